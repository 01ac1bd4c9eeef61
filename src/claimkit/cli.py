"""The ``claimkit`` command line (placeholder until issue 6 lands)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    raise NotImplementedError
