"""Extraction: from a Document to claims and stances (placeholder until issue 4 lands)."""

from __future__ import annotations

from claimkit.model import Claims, Document, Quantity, Stance

__all__ = ["extract_claims", "extract_quantities", "extract_stances", "parse_quantity"]


def extract_claims(document: Document) -> Claims:
    """The numeric claims of a document."""
    raise NotImplementedError


def extract_stances(document: Document) -> tuple[Stance, ...]:
    """The stances actors take in a document."""
    raise NotImplementedError


def parse_quantity(text: str) -> Quantity:
    """Read one quantity, strictly."""
    raise NotImplementedError


def extract_quantities(text: str) -> tuple[object, ...]:
    """Every number mention of a text."""
    raise NotImplementedError
