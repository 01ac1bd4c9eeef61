"""Extraction over a collection: undated documents are read against the collection's time."""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit.errors import ModelTypeError
from claimkit.extract import collection_anchor, extract_claims, extract_collection
from claimkit.model import DateProvenance, DateWindow, Source

UNDATED = "On October 23, a spokesman said officials had tracked around 3,000 troops at the border."
DATED = "Seoul, October 21, 2024 - The agency said 1,500 soldiers had been sent."


def test_an_undated_document_is_dated_by_the_collection_and_marked_inferred() -> None:
    undated = claimkit.read_document(UNDATED)
    dated = claimkit.read_document(DATED)
    alone = extract_claims(undated)
    assert [c.ref_date for c in alone] == [None]
    claims, _ = extract_collection([dated, undated])
    late = [c for c in claims if c.quantity.value == 3000]
    assert len(late) == 1
    ref = late[0].ref_date
    assert ref is not None
    assert (ref.earliest, ref.latest) == (dt.date(2024, 10, 23), dt.date(2024, 10, 23))
    assert ref.provenance is DateProvenance.INFERRED


def test_a_document_with_its_own_date_keeps_it() -> None:
    own = claimkit.read_document(
        UNDATED,
        source=Source(id="own", published=DateWindow.on(dt.date(2022, 11, 1))),
    )
    other = claimkit.read_document(DATED)
    claims, _ = extract_collection([own, other])
    ref = next(c for c in claims if c.quantity.value == 3000).ref_date
    assert ref is not None
    assert ref.earliest == dt.date(2022, 10, 23)


def test_no_known_date_gives_no_anchor() -> None:
    assert collection_anchor([claimkit.read_document(UNDATED)]) is None
    assert collection_anchor([]) is None


def test_the_bundled_corpus_dates_every_dated_gold_claim() -> None:
    claims, stances = extract_collection(claimkit.load_corpus())
    kirby = next(c for c in claims if c.actor.name == "John F. Kirby")
    assert str(kirby.ref_date) == "2024-10-23"
    assert {s.actor.name for s in stances} >= {"North Korea", "Russia"}


@pytest.mark.parametrize("bad", [None, 3, "text", [object()]])
def test_wrong_arguments_are_typed_errors(bad: object) -> None:
    with pytest.raises(ModelTypeError, match="documents"):
        extract_collection(bad)  # type: ignore[arg-type]
