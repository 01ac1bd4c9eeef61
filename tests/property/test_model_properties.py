"""Invariants of the model, checked with claimkit's own shipped strategies."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import from_json, to_json
from claimkit import strategies as cks
from claimkit.errors import ValidationError
from claimkit.model import Actor, Claim, DateWindow, Measure, Qualifier, Quantity, Source, Span, Stance

MODEL_STRATEGIES: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (Span, cks.spans()),
    (DateWindow, cks.date_windows()),
    (Actor, cks.actors()),
    (Source, cks.sources()),
    (Quantity, cks.quantities()),
    (Claim, cks.claims()),
    (Stance, cks.stances()),
]


@pytest.mark.parametrize(("cls", "strategy"), MODEL_STRATEGIES, ids=[c.__name__ for c, _ in MODEL_STRATEGIES])
def test_json_round_trip_is_identity(cls: type[Any], strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(obj: Any) -> None:
        text = to_json(obj)
        back = from_json(text, cls)
        assert back == obj
        assert to_json(back) == text

    check()


@given(st.lists(cks.claims(), max_size=5))
def test_list_round_trip(claims: list[Claim]) -> None:
    assert from_json(to_json(claims), list[Claim]) == claims


@given(cks.claims())
def test_id_is_stable_across_copies(claim: Claim) -> None:
    copy = from_json(to_json(claim), Claim)
    assert copy.id == claim.id
    assert attrs.evolve(claim).id == claim.id


@given(cks.claims(), st.integers(1, 1_000))
def test_id_changes_when_content_changes(claim: Claim, delta: int) -> None:
    moved = attrs.evolve(claim, span=Span(claim.span.start + delta, claim.span.end + delta))
    assert moved.id != claim.id
    other_measure = next(m for m in Measure if m is not claim.measure)
    assert attrs.evolve(claim, measure=other_measure).id != claim.id


@given(st.lists(cks.claims(), min_size=2, max_size=10, unique_by=lambda c: (c.source.id, c.span, c.evidence)))
def test_ids_are_unique_over_differing_claims(claims: list[Claim]) -> None:
    assert len({c.id for c in claims}) == len(claims)


@given(cks.quantities(qualifiers=[Qualifier.RANGE, Qualifier.VAGUE, Qualifier.EXACT]))
def test_generated_quantities_respect_their_bounds(q: Quantity) -> None:
    if q.low is not None:
        assert q.low <= q.value
    if q.high is not None:
        assert q.value <= q.high


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_validators_reject_inverted_bounds(low: int, gap: int) -> None:
    with pytest.raises(ValidationError, match=r"Quantity\.low"):
        Quantity(low, low=low + gap, high=low)


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_validators_reject_inverted_spans(start: int, gap: int) -> None:
    with pytest.raises(ValidationError, match=r"Span\.end"):
        Span(start + gap, start)


@given(cks.dates(), st.integers(1, 400))
def test_validators_reject_inverted_windows(day: Any, gap: int) -> None:
    import datetime as dt

    with pytest.raises(ValidationError, match=r"DateWindow\.earliest"):
        DateWindow.between(day + dt.timedelta(days=gap), day)


@given(st.floats(allow_nan=True, allow_infinity=True).filter(lambda x: not (x >= 0 and x < float("inf"))))
def test_validators_reject_negative_and_non_finite_counts(x: float) -> None:
    with pytest.raises(ValidationError, match=r"Quantity\.value"):
        Quantity(x)
