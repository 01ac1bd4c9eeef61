"""claimkit.dask: the estimate computed on Dask equals the single-process estimate, exactly."""

from __future__ import annotations

import datetime as _dt
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import strategies as cks
from claimkit.dask import (
    Partial,
    claims_of_path,
    extract_bag,
    fold_estimates,
    reconcile_bag,
    reconcile_partition,
)
from claimkit.errors import DocumentNotFoundError, EmptyEstimateError, MissingDependencyError, ValidationError
from claimkit.model import Actor, Claim, Measure, Quantity, Source, Span

db = pytest.importorskip("dask.bag")

pytestmark = pytest.mark.extras

CORPUS = Path(claimkit.__file__).parent / "corpus"


def _claim(value: int, measure: Measure, actor: str, source: str, at: int = 0) -> Claim:
    evidence = f"{value:,} troops"
    return Claim(
        subject="North Korean troops",
        measure=measure,
        quantity=Quantity.exact(value, unit="troops", text=f"{value:,}"),
        actor=Actor(actor),
        source=Source(id=source),
        span=Span(at, at + len(evidence)),
        evidence=evidence,
    )


# Claims laid out so that some partitions hold no deployed figure at all.
MIXED = [
    _claim(1_500, Measure.DEPLOYED, "NIS", "a", 0),
    _claim(1_500, Measure.CASUALTIES, "ISW", "a", 40),
    _claim(600_000, Measure.CASUALTIES, "UK MoD", "b", 0),
    _claim(3_000, Measure.DEPLOYED, "Pentagon", "b", 80),
    _claim(12_000, Measure.EXPECTED_TOTAL, "NIS", "c", 0),
    _claim(2_000, Measure.MONEY, "NIS", "c", 50),
    _claim(10_000, Measure.DEPLOYED, "Pentagon", "d", 0),
    _claim(200_000, Measure.FORMATION, "ISW", "d", 90),
]


def _same(a: claimkit.Estimate, b: claimkit.Estimate) -> None:
    assert a == b
    assert claimkit.to_json(a) == claimkit.to_json(b)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"measure": Measure.DEPLOYED},
        {"measure": Measure.CASUALTIES},
        {"policy": "conservative"},
        {"as_of": _dt.date(2024, 10, 25)},
    ],
    ids=["headline", "deployed", "casualties", "conservative", "as_of"],
)
@pytest.mark.parametrize("npartitions", [1, 3, 8])
def test_reconcile_bag_equals_reconcile_on_threads(options: dict[str, Any], npartitions: int) -> None:
    bag = db.from_sequence(MIXED, npartitions=npartitions)
    _same(reconcile_bag(bag, scheduler="threads", **options), claimkit.reconcile(MIXED, **options))


def test_a_partition_with_no_qualifying_claim_keeps_its_claims_in_the_exclusions() -> None:
    # One claim per partition: most partitions have no deployed figure of their own.
    bag = db.from_sequence(MIXED, npartitions=len(MIXED))
    got = reconcile_bag(bag, scheduler="synchronous", measure=Measure.DEPLOYED)
    assert len(got.included) + len(got.excluded) == len(MIXED)
    _same(got, claimkit.reconcile(MIXED, measure=Measure.DEPLOYED))


def test_empty_bag_raises_as_reconcile_does() -> None:
    with pytest.raises(EmptyEstimateError):
        reconcile_bag(db.from_sequence([], npartitions=1), scheduler="synchronous")


def test_no_qualifying_claim_anywhere_raises_as_reconcile_does() -> None:
    casualties = [c for c in MIXED if c.measure is Measure.CASUALTIES]
    with pytest.raises(EmptyEstimateError):
        claimkit.reconcile(casualties, measure=Measure.DEPLOYED)
    with pytest.raises(EmptyEstimateError):
        reconcile_bag(
            db.from_sequence(casualties, npartitions=2), scheduler="synchronous", measure=Measure.DEPLOYED
        )


@settings(max_examples=25)
@given(
    claims=st.lists(
        cks.claims(
            actors=["NIS", "Pentagon", "ISW", "Kirby"], sources=["a", "b", "c"], subject="North Korean troops"
        ),
        min_size=1,
        max_size=25,
    ),
    npartitions=st.integers(1, 6),
    measure=st.none() | st.sampled_from([Measure.DEPLOYED, Measure.EXPECTED_TOTAL]),
)
def test_any_split_gives_the_single_process_estimate(
    claims: list[Claim], npartitions: int, measure: Measure | None
) -> None:
    bag = db.from_sequence(claims, npartitions=npartitions)
    try:
        expected = claimkit.reconcile(claims, measure=measure)
    except EmptyEstimateError:
        with pytest.raises(EmptyEstimateError):
            reconcile_bag(bag, scheduler="synchronous", measure=measure)
        return
    _same(reconcile_bag(bag, scheduler="synchronous", measure=measure), expected)


# ---------------------------------------------------------------- extraction


def _single_process(paths: Path | list[Path], **options: object) -> claimkit.Estimate:
    claims = [c for doc in claimkit.iter_documents(paths) for c in claimkit.extract_claims(doc)]
    return claimkit.reconcile(claims, **options)  # type: ignore[arg-type]


def _corpus_copy(tmp_path: Path, copies: int) -> Path:
    """The bundled documents, each saved several times under new names (new source ids)."""
    out = tmp_path / "corpus"
    out.mkdir()
    for i in range(copies):
        for path in sorted(CORPUS.glob("*.txt")):
            (out / f"{i}_{path.name}").write_bytes(path.read_bytes())
    return out


@pytest.mark.parametrize("npartitions", [2, 5])
def test_extract_bag_on_threads_equals_the_single_process_path(tmp_path: Path, npartitions: int) -> None:
    directory = _corpus_copy(tmp_path, 2)
    bag = extract_bag(directory, npartitions=npartitions)
    expected_claims = [c for doc in claimkit.iter_documents(directory) for c in claimkit.extract_claims(doc)]
    assert sorted(c.id for c in bag.compute(scheduler="threads")) == sorted(c.id for c in expected_claims)
    _same(reconcile_bag(bag, scheduler="threads"), _single_process(directory))


@pytest.mark.slow
def test_extract_bag_on_processes_equals_the_single_process_path(tmp_path: Path) -> None:
    # Worker processes prove that paths, claims, options and partial estimates pickle.
    directory = _corpus_copy(tmp_path, 1)
    bag = extract_bag(directory, npartitions=3)
    _same(
        reconcile_bag(bag, scheduler="processes", measure=Measure.DEPLOYED),
        _single_process(directory, measure=Measure.DEPLOYED),
    )


def test_the_parts_a_cluster_ships_pickle() -> None:
    part = reconcile_partition(measure=Measure.DEPLOYED, as_of=_dt.date(2024, 11, 1))
    again = pickle.loads(pickle.dumps(part))
    assert again(MIXED) == part(MIXED)
    estimate = claimkit.reconcile(MIXED)
    assert pickle.loads(pickle.dumps(Partial(estimate=estimate))) == Partial(estimate=estimate)


def test_fold_accepts_plain_estimates_and_partials_in_any_order() -> None:
    a, b = claimkit.reconcile(MIXED[:4]), claimkit.reconcile(MIXED[4:])
    whole = claimkit.reconcile(MIXED)
    assert fold_estimates([a, Partial(estimate=b)]) == whole
    assert fold_estimates([Partial(estimate=b), a]) == whole


def test_claims_of_path_reads_one_file() -> None:
    path = sorted(CORPUS.glob("*.txt"))[0]
    claims = claims_of_path(str(path))
    doc = claimkit.read_document(path)
    assert claims == tuple(claimkit.extract_claims(doc))
    assert all(doc.text[c.span.start : c.span.end] == c.evidence for c in claims)


# -------------------------------------------------------------------- errors


def test_missing_directory_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentNotFoundError, match="no-such-dir"):
        extract_bag(tmp_path / "no-such-dir")


def test_directory_without_text_files_is_a_document_error(tmp_path: Path) -> None:
    (tmp_path / "data.bin").write_bytes(b"\x00")
    with pytest.raises(DocumentNotFoundError, match="no text files"):
        extract_bag(tmp_path)


@pytest.mark.parametrize("bad", [0, -1, 2.5, "3", True])
def test_npartitions_must_be_a_positive_int(bad: object) -> None:
    with pytest.raises(ValidationError, match="npartitions"):
        extract_bag(CORPUS, npartitions=bad)  # type: ignore[arg-type]


def test_without_dask_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingDependencyError, match=r"claimkit\[dask\]"):
        extract_bag(CORPUS)
