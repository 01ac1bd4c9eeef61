"""Evaluation against a gold file (placeholder until issue 4 lands)."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["EvaluationReport", "evaluate"]


@attrs.frozen
class EvaluationReport:
    """Scores of an extraction against gold."""


def evaluate(gold: Any, documents: Any) -> EvaluationReport:
    """Score extraction against a gold file."""
    raise NotImplementedError
