"""Stances: actors asserting or denying a reported fact (placeholder, filled below)."""

from __future__ import annotations

from claimkit.model import Document, Stance

__all__ = ["extract_stances"]


def extract_stances(document: Document) -> tuple[Stance, ...]:
    """The stances actors take in a document."""
    return ()
