"""claimkit: source-attributed claims from text, reconciled into ranged, cited estimates.

The pipeline, one verb per stage::

    documents = claimkit.load_corpus()                        # read
    claims = [c for d in documents for c in claimkit.extract_claims(d)]   # extract
    estimate = claimkit.reconcile(claims)                     # reconcile
    print(estimate)                                           # render

Everything else is reached through its module (``claimkit.model``,
``claimkit.reconciliation``, ``claimkit.strategies`` ...).
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from claimkit.errors import ClaimkitError
from claimkit.model import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    Claims,
    DateProvenance,
    DateWindow,
    Document,
    Measure,
    Modality,
    Polarity,
    Precision,
    Qualifier,
    Quantity,
    Sentence,
    Source,
    SourceKind,
    Span,
    Stance,
)

# The pipeline stages are imported on first use (PEP 562), so that ``import claimkit``
# stays cheap: a notebook that only loads claims from JSON never compiles the parsers.
_LAZY: dict[str, str] = {
    "DocumentBatch": "claimkit.documents",
    "ReadFailure": "claimkit.documents",
    "iter_documents": "claimkit.documents",
    "load_corpus": "claimkit.documents",
    "read_document": "claimkit.documents",
    "read_documents": "claimkit.documents",
    "EvaluationReport": "claimkit.evaluation",
    "evaluate": "claimkit.evaluation",
    "extract_claims": "claimkit.extract",
    "extract_collection": "claimkit.extract",
    "extract_quantities": "claimkit.extract",
    "extract_stances": "claimkit.extract",
    "parse_quantity": "claimkit.extract",
    "Bound": "claimkit.reconciliation",
    "Estimate": "claimkit.reconciliation",
    "Exclusion": "claimkit.reconciliation",
    "merge": "claimkit.reconciliation",
    "reconcile": "claimkit.reconciliation",
    "timeline": "claimkit.reconciliation",
    "from_dict": "claimkit.serialize",
    "from_json": "claimkit.serialize",
    "to_dict": "claimkit.serialize",
    "to_json": "claimkit.serialize",
}


def __getattr__(name: str) -> _Any:
    """Import a pipeline verb (or ``__version__``) on first access."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value: _Any = version("claimkit")
        except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
            value = "0+unknown"
    elif name in _LAZY:
        value = getattr(_importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'claimkit' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Everything public, loaded or not."""
    return sorted(set(globals()) | set(__all__))


if _TYPE_CHECKING:
    from claimkit.documents import (
        DocumentBatch,
        ReadFailure,
        iter_documents,
        load_corpus,
        read_document,
        read_documents,
    )
    from claimkit.evaluation import EvaluationReport, evaluate
    from claimkit.extract import (
        extract_claims,
        extract_collection,
        extract_quantities,
        extract_stances,
        parse_quantity,
    )
    from claimkit.reconciliation import Bound, Estimate, Exclusion, merge, reconcile, timeline
    from claimkit.serialize import from_dict, from_json, to_dict, to_json

    __version__: str

__all__ = [
    "Actor",
    "ActorKind",
    "Attribution",
    "Bound",
    "Claim",
    "ClaimkitError",
    "Claims",
    "DateProvenance",
    "DateWindow",
    "Document",
    "DocumentBatch",
    "Estimate",
    "EvaluationReport",
    "Exclusion",
    "Measure",
    "Modality",
    "Polarity",
    "Precision",
    "Qualifier",
    "Quantity",
    "ReadFailure",
    "Sentence",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "__version__",
    "evaluate",
    "extract_claims",
    "extract_collection",
    "extract_quantities",
    "extract_stances",
    "from_dict",
    "from_json",
    "iter_documents",
    "load_corpus",
    "merge",
    "parse_quantity",
    "read_document",
    "read_documents",
    "reconcile",
    "timeline",
    "to_dict",
    "to_json",
]
