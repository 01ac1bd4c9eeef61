"""Reconciliation: claims to a ranged, cited estimate (placeholder until issue 5 lands)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from claimkit.model import Claim

__all__ = ["Bound", "Estimate", "Exclusion", "merge", "reconcile", "timeline"]


@attrs.frozen
class Bound:
    """One side (or the best value) of an estimate."""


@attrs.frozen
class Exclusion:
    """A claim set aside, with the reason."""


@attrs.frozen
class Estimate:
    """A ranged, cited estimate."""


def reconcile(claims: Iterable[Claim], **options: Any) -> Estimate:
    """Reconcile claims into one estimate."""
    raise NotImplementedError


def merge(*estimates: Estimate) -> Estimate:
    """Merge estimates."""
    raise NotImplementedError


def timeline(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """The figures in date order."""
    raise NotImplementedError
