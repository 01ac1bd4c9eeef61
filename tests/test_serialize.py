"""JSON and dict interchange: readable output, strict reading, errors naming paths."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from claimkit import from_dict, from_json, to_dict, to_json
from claimkit.errors import ClaimkitError, SerializationError
from claimkit.model import (
    Actor,
    Claim,
    DateWindow,
    Measure,
    Quantity,
    Source,
    Span,
)

SOURCE = Source(id="doc-1", title="T", published=DateWindow.month(2024, 10))


def claim(value: int = 12_000) -> Claim:
    evidence = f"more than {value:,} soldiers"
    return Claim(
        subject="North Korean troops",
        measure=Measure.EXPECTED_TOTAL,
        quantity=Quantity.more_than(value, unit="soldiers", text=f"more than {value:,}"),
        actor=Actor("NIS"),
        source=SOURCE,
        span=Span(100, 100 + len(evidence)),
        evidence=evidence,
        ref_date=DateWindow.on(dt.date(2024, 10, 21)),
    )


def test_json_is_readable_enums_as_values_dates_as_iso() -> None:
    data = json.loads(to_json(claim()))
    assert data["measure"] == "expected_total"
    assert data["quantity"]["qualifier"] == "more_than"
    assert data["quantity"]["high"] is None
    assert data["ref_date"] == {
        "earliest": "2024-10-21",
        "latest": "2024-10-21",
        "precision": "day",
        "provenance": "stated",
    }
    assert data["id"] == claim().id


def test_round_trip_of_a_list() -> None:
    claims = [claim(1_500), claim(12_000)]
    assert from_json(to_json(claims), list[Claim]) == claims
    assert from_dict(to_dict(claims), list[Claim]) == claims


def test_output_is_deterministic() -> None:
    assert to_json(claim()) == to_json(claim())


def test_id_in_input_is_ignored_not_trusted() -> None:
    data = to_dict(claim())
    data["id"] = "c-0000000000000000"
    assert from_dict(data, Claim).id == claim().id


def _broken(edit: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"claims": [to_dict(claim()) for _ in range(4)]}
    edit(data)
    return data


def _set(path: list[Any], value: Any) -> Any:
    def edit(data: Any) -> None:
        node = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return edit


def _delete(path: list[Any]) -> Any:
    def edit(data: Any) -> None:
        node = data
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return edit


BAD: list[tuple[str, Any, str, str]] = [
    # (what, edit, path reported, words in the reason)
    ("wrong type deep", _set(["claims", 3, "quantity", "low"], "x"), "[3].quantity.low", "int | float"),
    (
        "bound contradicts value",
        _set(["claims", 1, "quantity", "low"], 20_000),
        "[1].quantity",
        "Quantity.value",
    ),
    ("missing field", _delete(["claims", 2, "span"]), "[2].span", "missing required field 'span'"),
    ("unknown field", _set(["claims", 0, "colour"], "red"), "[0]", "unknown field"),
    ("bad enum", _set(["claims", 0, "measure"], "vibes"), "[0].measure", "vibes"),
    ("bad date", _set(["claims", 0, "ref_date", "earliest"], "2024-13-01"), "[0].ref_date.earliest", "month"),
    ("date as number", _set(["claims", 0, "ref_date", "earliest"], 20241001), "[0].ref_date.earliest", "ISO"),
    ("negative span", _set(["claims", 0, "span", "start"], -4), "[0].span", "Span.start"),
    ("null actor", _set(["claims", 0, "actor"], None), "[0].actor", ""),
]


@pytest.mark.parametrize(("what", "edit", "path", "words"), BAD, ids=[b[0] for b in BAD])
def test_schema_violations_name_the_path(what: str, edit: Any, path: str, words: str) -> None:
    data = _broken(edit)["claims"]
    with pytest.raises(SerializationError) as info:
        from_dict(data, list[Claim])
    assert info.value.path == path
    assert words in info.value.reason
    assert isinstance(info.value, ClaimkitError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"start": 1', "not valid JSON"),
        ("", "not valid JSON"),
        ('{"start": 1, "start": 2, "end": 3}', "duplicate key 'start'"),
        ("[" * 100_000 + "]" * 100_000, "not readable JSON"),
        ('"a string"', "$"),
        ("[1, 2]", "$"),
    ],
)
def test_malformed_json_raises_a_serialization_error(text: str, words: str) -> None:
    with pytest.raises(SerializationError, match=words.replace("$", r"\$")):
        from_json(text, Span)


def test_bytes_input_is_accepted() -> None:
    assert from_json(b'{"start": 1, "end": 2}', Span) == Span(1, 2)
