"""The bundled corpus gold in full, and the unseen-style test set written for this library."""

from __future__ import annotations

from pathlib import Path

from claimkit.evaluation import corpus_gold, evaluate, evaluate_sentences

UNSEEN = Path(__file__).parent / "unseen"


def test_corpus_gold_is_met_in_full() -> None:
    report = evaluate(corpus_gold())
    assert report.matched_claims == report.gold_claims == 8, str(report)
    assert report.matched_stances == report.gold_stances == 4, str(report)
    assert not report.field_errors, str(report)
    assert not report.distractor_hits, str(report)
    assert report.precision == report.recall == 1.0, str(report)
    assert report.ok


def _check(report_text: str, precision: float, recall: float, fields: dict[str, float]) -> None:
    assert precision >= 0.95, report_text
    assert recall >= 0.90, report_text
    for name, value in fields.items():
        assert value >= 0.90, f"{name}: {value}\n{report_text}"


def test_unseen_sentences() -> None:
    report = evaluate_sentences(UNSEEN / "sentences.jsonl")
    assert report.gold_claims >= 60
    _check(
        str(report),
        report.precision,
        report.recall,
        {f: report.accuracy(f) for f in ("qualifier", "measure", "actor")},
    )
    assert not report.distractor_hits, str(report)


def test_blind_holdout_sentences() -> None:
    report = evaluate_sentences(UNSEEN / "holdout.jsonl")
    _check(
        str(report),
        report.precision,
        report.recall,
        {f: report.accuracy(f) for f in ("qualifier", "measure", "actor")},
    )
    assert not report.distractor_hits, str(report)


def test_unseen_articles() -> None:
    report = evaluate(UNSEEN / "articles" / "gold.json")
    assert report.gold_claims >= 15
    _check(
        str(report),
        report.precision,
        report.recall,
        {f: report.accuracy(f) for f in ("qualifier", "measure", "actor")},
    )
    assert not report.distractor_hits, str(report)


def test_unseen_set_size() -> None:
    lines = [ln for ln in (UNSEEN / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) >= 80
    assert len(list((UNSEEN / "articles").glob("*.txt"))) >= 5
