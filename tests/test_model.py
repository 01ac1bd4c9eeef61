"""Example tests for the model: construction, validation, helpers."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys
from typing import Any

import attrs
import pytest

from claimkit.errors import ClaimkitError, ModelTypeError, ValidationError
from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    Claims,
    DateProvenance,
    DateWindow,
    Measure,
    Modality,
    OffsetMap,
    Precision,
    Qualifier,
    Quantity,
    Source,
    Span,
    Stance,
)

SOURCE = Source(id="doc-1", title="Troops sent", outlet="AsiaNews")
NIS = Actor(
    "South Korea's National Intelligence Service", kind=ActorKind.AGENCY, affiliation=("South Korea",)
)


def make_claim(**changes: Any) -> Claim:
    base = Claim(
        subject="North Korean troops",
        measure=Measure.DEPLOYED,
        quantity=Quantity.exact(1500, unit="troops", text="1,500"),
        actor=NIS,
        source=SOURCE,
        span=Span(10, 25),
        evidence="1,500 elite tro",
        modality=Modality.REPORTED,
    )
    return attrs.evolve(base, **changes)


# ------------------------------------------------------------------ invalid input

INVALID: list[tuple[str, Any, type[Exception], str]] = [
    # (what, thunk, error type, text the message must name)
    ("low above high", lambda: Quantity(5, low=10, high=3), ValidationError, "Quantity.low"),
    ("negative count", lambda: Quantity(-1), ValidationError, "Quantity.value"),
    ("NaN count", lambda: Quantity(math.nan), ValidationError, "nan"),
    ("infinite bound", lambda: Quantity(1, high=math.inf), ValidationError, "Quantity.high"),
    ("bool as count", lambda: Quantity(True), ModelTypeError, "Quantity.value"),
    ("string as count", lambda: Quantity("12,000"), ModelTypeError, "'12,000'"),  # type: ignore[arg-type]
    ("value below low", lambda: Quantity(5, low=10), ValidationError, "Quantity.value"),
    ("unknown qualifier", lambda: Quantity(5, qualifier="lots"), ValidationError, "'lots'"),
    ("span end before start", lambda: Span(5, 2), ValidationError, "Span.end"),
    ("negative span start", lambda: Span(-1, 2), ValidationError, "Span.start"),
    (
        "window earliest after latest",
        lambda: DateWindow.between(dt.date(2024, 10, 2), dt.date(2024, 10, 1)),
        ValidationError,
        "2024-10-02",
    ),
    ("window with no side", lambda: DateWindow.between(None, None), ValidationError, "DateWindow.earliest"),
    ("datetime for a date", lambda: DateWindow.on(dt.datetime(2024, 1, 1)), ModelTypeError, "DateWindow"),
    ("bad month", lambda: DateWindow.month(2024, 13), ValidationError, "DateWindow.month"),
    ("empty actor name", lambda: Actor(""), ValidationError, "Actor.name"),
    ("blank actor name", lambda: Actor("   "), ValidationError, "Actor.name"),
    ("actor name not str", lambda: Actor(3), ModelTypeError, "Actor.name"),  # type: ignore[arg-type]
    ("aliases not strings", lambda: Actor("x", aliases=(1,)), ModelTypeError, "Actor.aliases"),
    ("empty source id", lambda: Source(id=""), ValidationError, "Source.id"),
    ("evidence not the span", lambda: make_claim(evidence="short"), ValidationError, "Claim.evidence"),
    ("unknown measure", lambda: make_claim(measure="vibes"), ValidationError, "Claim.measure"),
    ("actor not an Actor", lambda: make_claim(actor="NIS"), ModelTypeError, "Claim.actor"),
    ("range qualifier via of()", lambda: Quantity.of(5, Qualifier.RANGE), ValidationError, "qualifier"),
]


@pytest.mark.parametrize(("what", "thunk", "error", "named"), INVALID, ids=[row[0] for row in INVALID])
def test_invalid_input_raises_a_named_claimkit_error(
    what: str, thunk: Any, error: type[Exception], named: str
) -> None:
    with pytest.raises(error) as info:
        thunk()
    assert isinstance(info.value, ClaimkitError)
    assert named in str(info.value)


def test_validation_error_is_a_value_error_and_type_error_a_type_error() -> None:
    with pytest.raises(ValueError, match=r"Span\.end"):
        Span(3, 1)
    with pytest.raises(TypeError, match=r"Actor\.name"):
        Actor(None)  # type: ignore[arg-type]


# ------------------------------------------------------------------ quantities

QUALIFIED: list[tuple[Qualifier, int | None, int | None]] = [
    (Qualifier.EXACT, 100, 100),
    (Qualifier.APPROXIMATE, None, None),
    (Qualifier.AT_LEAST, 100, None),
    (Qualifier.MORE_THAN, 100, None),
    (Qualifier.AT_MOST, None, 100),
    (Qualifier.LESS_THAN, None, 100),
]


@pytest.mark.parametrize(("qualifier", "low", "high"), QUALIFIED)
def test_quantity_of_sets_bounds_from_the_qualifier(
    qualifier: Qualifier, low: int | None, high: int | None
) -> None:
    q = Quantity.of(100, qualifier)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)
    assert q.open_low is (low is None)
    assert q.open_high is (high is None)


def test_range_value_is_the_midpoint_and_stays_int_when_whole() -> None:
    assert Quantity.between(10_000, 12_000).value == 11_000
    assert isinstance(Quantity.between(10_000, 12_000).value, int)
    assert Quantity.between(1, 2).value == 1.5


def test_qualifier_accepts_its_string_value() -> None:
    assert Quantity(5, qualifier="approximate").qualifier is Qualifier.APPROXIMATE


def test_models_are_frozen() -> None:
    q = Quantity.exact(5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.value = 6  # type: ignore[misc]


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("window", "text", "precision"),
    [
        (DateWindow.on(dt.date(2024, 10, 21)), "2024-10-21", Precision.DAY),
        (DateWindow.month(2024, 10), "October 2024", Precision.MONTH),
        (DateWindow.month(2024, 2), "February 2024", Precision.MONTH),
        (DateWindow.year(2024), "2024", Precision.YEAR),
        (
            DateWindow.between(dt.date(2024, 10, 8), dt.date(2024, 10, 13)),
            "2024-10-08 – 2024-10-13",
            Precision.DAY,
        ),
        (DateWindow.between(dt.date(2024, 10, 8), None), "after 2024-10-08", Precision.DAY),
        (DateWindow.between(None, dt.date(2025, 2, 9)), "by 2025-02-09", Precision.DAY),
    ],
)
def test_date_windows_read_at_their_precision(window: DateWindow, text: str, precision: Precision) -> None:
    assert str(window) == text
    assert window.precision is precision


def test_month_window_covers_the_whole_month_in_a_leap_year() -> None:
    w = DateWindow.month(2024, 2)
    assert (w.earliest, w.latest) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert w.contains(dt.date(2024, 2, 29))
    assert not w.contains(dt.date(2024, 3, 1))


def test_window_could_be_before_respects_open_ends() -> None:
    assert DateWindow.between(None, dt.date(2024, 1, 1)).could_be_before(dt.date(1990, 1, 1))
    assert not DateWindow.on(dt.date(2024, 1, 2)).could_be_before(dt.date(2024, 1, 1))
    assert (
        DateWindow.on(dt.date(2024, 1, 2), provenance=DateProvenance.INFERRED).provenance
        is DateProvenance.INFERRED
    )


# ------------------------------------------------------------------ spans and offsets


def test_span_helpers() -> None:
    assert len(Span(3, 8)) == 5
    assert Span(0, 10).contains(Span(0, 10))
    assert not Span(0, 10).contains(Span(5, 11))
    assert Span(0, 5).overlaps(Span(4, 6))
    assert not Span(0, 5).overlaps(Span(5, 6))


def test_offset_map_maps_every_clean_character_back() -> None:
    original = "keep [this](#) and \\$5 *here*"
    kept = [(0, 5), (6, 10), (14, 19), (20, 23), (24, 28), (29, 29)]
    m = OffsetMap.from_kept(kept)
    clean = "".join(original[a:b] for a, b in kept)
    assert clean == "keep this and $5 here"
    for i, ch in enumerate(clean):
        assert original[m.to_original(i)] == ch
    assert m.clean_length == len(clean)
    assert m.span_to_original(5, 9).slice(original) == "this"
    assert m.span_to_original(3, 3) == Span(3, 3)


def test_offset_map_identity_and_empty() -> None:
    assert OffsetMap.identity(4).to_original(2) == 2
    assert OffsetMap.identity(0).to_original(0) == 0


# ------------------------------------------------------------------ claims and stances


def test_claim_id_is_content_derived() -> None:
    a, b = make_claim(), make_claim()
    assert a is not b
    assert a.id == b.id
    assert a.id.startswith("c-")
    assert make_claim(quantity=Quantity.exact(1501, text="1,501")).id != a.id
    assert make_claim(measure=Measure.EXPECTED_TOTAL).id != a.id


def test_claim_id_treats_int_and_whole_float_alike() -> None:
    assert make_claim(quantity=Quantity.exact(1500)).id == make_claim(quantity=Quantity.exact(1500.0)).id


def test_claim_id_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = "import sys; sys.path.insert(0, 'tests');from test_model import make_claim; print(make_claim().id)"
    ids = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout.strip()
        for seed in ("0", "1", "12345")
    }
    assert ids == {make_claim().id}


def test_stance_has_an_id_and_reads_as_a_sentence() -> None:
    s = Stance(
        actor=Actor("North Korea"),
        polarity="denies",
        target="North Korean troops deployed to Russia",
        source=SOURCE,
        span=Span(0, 4),
        evidence="lies",
    )
    assert s.id.startswith("s-")
    assert str(s) == "North Korea denies: North Korean troops deployed to Russia"


def test_actor_root_follows_the_affiliation_chain() -> None:
    kirby = Actor("John F. Kirby", affiliation=["US National Security Council", "United States"])
    assert kirby.affiliation == ("US National Security Council", "United States")
    assert kirby.root == "United States"
    assert Actor("NATO").root == "NATO"


def test_source_label_falls_back_to_outlet_then_id() -> None:
    assert Source(id="x", outlet="AP").label() == "AP"
    assert Source(id="x").label() == "x"


def test_claims_collection_is_a_tuple() -> None:
    c = make_claim()
    claims = Claims([c, c])
    assert claims == (c, c)
    assert isinstance(claims, tuple)
    assert "2 claims" in repr(claims)
