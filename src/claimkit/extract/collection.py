"""Extraction over a collection: documents read together share a time of writing.

A document that states no year ("On October 23, ... Kirby stated") cannot date
its figures on its own. Read beside others, it can be read against the
collection's own time: the latest publication date its members state or
imply. That anchor is an inference, so dates resolved through it are marked
:attr:`~claimkit.model.DateProvenance.INFERRED`; a document with a date of its
own always uses its own.

>>> import claimkit
>>> claims, stances = extract_collection(claimkit.load_corpus())
>>> kirby = next(c for c in claims if c.actor.name == "John F. Kirby")
>>> str(kirby.ref_date), kirby.ref_date.provenance.value
('2024-10-23', 'inferred')
"""

from __future__ import annotations

from collections.abc import Iterable

from claimkit.errors import ModelTypeError
from claimkit.extract.actors import Gazetteer
from claimkit.extract.claims import extract_claims
from claimkit.extract.stances import extract_stances
from claimkit.model import Claims, DateWindow, Document, Stance

__all__ = ["collection_anchor", "extract_collection"]


def collection_anchor(documents: Iterable[Document]) -> DateWindow | None:
    """The time a collection was written in: from its latest known publication date on.

    Args:
        documents: the documents read together.

    Returns:
        An open-ended window starting at the latest earliest-publication date
        of any member, or ``None`` when no member's date is known.

    >>> import claimkit
    >>> str(collection_anchor(claimkit.load_corpus()))
    'after 2024-10-21'
    """
    days = [
        d.source.published.earliest
        for d in documents
        if isinstance(d, Document) and d.source.published and d.source.published.earliest
    ]
    return DateWindow.between(max(days), None) if days else None


def extract_collection(
    documents: Iterable[Document], *, gazetteer: Gazetteer | None = None
) -> tuple[Claims, tuple[Stance, ...]]:
    """Claims and stances of documents read together, undated ones read against the collection.

    Args:
        documents: the documents (materialised once: the anchor needs them all).
        gazetteer: the actor gazetteer (the default one when ``None``).

    Returns:
        All claims (document order, then text order) and all stances.

    Raises:
        ModelTypeError: ``documents`` is not an iterable of :class:`~claimkit.model.Document`.
    """
    if isinstance(documents, Document | str | bytes) or not isinstance(documents, Iterable):
        raise ModelTypeError("documents", documents, "an iterable of Document")
    docs = list(documents)
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise ModelTypeError(f"documents[{i}]", doc, "a Document")
    anchor = collection_anchor(docs)
    claims = [c for d in docs for c in extract_claims(d, gazetteer=gazetteer, anchor=anchor)]
    stances = [s for d in docs for s in extract_stances(d, gazetteer=gazetteer)]
    return Claims(claims), tuple(stances)
