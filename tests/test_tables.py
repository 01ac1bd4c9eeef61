from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

import claimkit._optional
from _surface import claims, estimate
from claimkit.errors import MissingDependencyError
from claimkit.tables import (
    CLAIM_COLUMNS,
    ESTIMATE_COLUMNS,
    claim_records,
    claims_frame,
    estimate_frame,
    estimate_records,
    to_csv,
)


def test_claim_records_flat_columns() -> None:
    cs = claims()
    rows = claim_records(cs)
    assert len(rows) == len(cs)
    assert all(tuple(r) == CLAIM_COLUMNS for r in rows)
    assert all(isinstance(v, str | int | float | dt.date | type(None)) for r in rows for v in r.values())


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (
            0,
            {
                "value": 1500,
                "low": 1500,
                "high": 1500,
                "qualifier": "exact",
                "date_start": dt.date(2024, 10, 21),
                "outlet": 'Daily "Wire"',
                "actor_root": "South Korea",
                "span_start": 100,
            },
        ),
        (
            1,
            {
                "value": 3000,
                "low": None,
                "high": None,
                "qualifier": "approximate",
                "via": "NBC News",
                "actor_root": "United States",
            },
        ),
        (
            3,
            {
                "value": 12000,
                "low": 12000,
                "high": None,
                "measure": "expected_total",
                "date_start": None,
                "published_start": dt.date(2024, 10, 1),
                "published_end": dt.date(2024, 10, 31),
            },
        ),
        (4, {"source_title": None, "outlet": None, "source_id": "doc-c", "published_start": None}),
    ],
)
def test_claim_record_values(index: int, expected: dict[str, Any]) -> None:
    row = claim_records(claims())[index]
    assert {k: row[k] for k in expected} == expected


def test_records_keep_evidence_offsets() -> None:
    for claim, row in zip(claims(), claim_records(claims()), strict=True):
        assert (row["span_start"], row["span_end"], row["evidence"]) == (
            claim.span.start,
            claim.span.end,
            claim.evidence,
        )
        assert row["id"] == claim.id


def test_estimate_records_included_then_excluded() -> None:
    est = estimate()
    rows = estimate_records(est)
    assert len(rows) == len(est.included) + len(est.excluded)
    assert all(tuple(r)[: len(ESTIMATE_COLUMNS)] == ESTIMATE_COLUMNS for r in rows)
    included = [r for r in rows if r["status"] == "included"]
    assert [r["footnote"] for r in included] == list(range(1, len(est.included) + 1))
    (out,) = [r for r in rows if r["status"] == "excluded"]
    assert out["reason"] == est.excluded[0].reason
    assert out["footnote"] is None
    assert {r["estimate_low"] for r in rows} == {est.low.value}
    assert rows[0]["estimate_high_open"] is True
    setters = {r["id"]: r["sets"] for r in included}
    assert "low" in setters[est.low.claims[0].id].split()
    assert "high" in setters[est.high.claims[0].id].split()
    assert est.to_records() == rows


def test_csv_of_claims_best_low_high_first(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    assert claims().to_csv(path) == len(claims())
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:3] == ["best", "low", "high"]
    assert "value" not in rows[0]
    assert (rows[3]["best"], rows[3]["low"], rows[3]["high"]) == ("12000", "12000", "")
    assert rows[0]["date_start"] == "2024-10-21"
    assert rows[0]["outlet"] == 'Daily "Wire"'


def test_csv_of_estimate() -> None:
    out = io.StringIO()
    est = estimate()
    assert to_csv(est, out) == len(est.included) + len(est.excluded)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0])[: len(ESTIMATE_COLUMNS)] == list(ESTIMATE_COLUMNS)
    assert rows[0]["estimate_high_open"] == "true"
    assert rows[-1]["status"] == "excluded"


@pytest.mark.extras
def test_claims_frame() -> None:
    frame = claims().to_frame()
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert len(frame) == len(claims())
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert frame["high"].isna().sum() == 3  # two "about" figures and one "more than"
    assert claims_frame([]).empty


@pytest.mark.extras
def test_estimate_frame() -> None:
    est = estimate()
    frame = est.to_frame()
    assert list(frame.columns) == [*ESTIMATE_COLUMNS, *CLAIM_COLUMNS]
    assert frame["status"].tolist().count("excluded") == 1
    assert estimate_frame(est).shape == frame.shape


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = claimkit._optional._import

    def fake(name: str, package: str | None = None) -> Any:
        if name.partition(".")[0] == "pandas":
            raise ImportError("No module named 'pandas'")
        return real(name, package)

    monkeypatch.setattr(claimkit._optional, "_import", fake)
    with pytest.raises(MissingDependencyError, match=r"pip install 'claimkit\[pandas\]'") as info:
        claims().to_frame()
    assert info.value.extra == "pandas"
    assert info.value.package == "pandas"
