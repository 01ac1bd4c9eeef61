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

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from claimkit.documents import (
    DocumentBatch,
    ReadFailure,
    iter_documents,
    load_corpus,
    read_document,
    read_documents,
)
from claimkit.errors import ClaimkitError
from claimkit.evaluation import EvaluationReport, evaluate
from claimkit.extract import extract_claims, extract_quantities, extract_stances, parse_quantity
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
from claimkit.reconciliation import Bound, Estimate, Exclusion, merge, reconcile, timeline
from claimkit.serialize import from_dict, from_json, to_dict, to_json

try:
    __version__ = _version("claimkit")
except _PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0+unknown"

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
