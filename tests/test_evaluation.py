"""Evaluation against gold files: matching, scores, distractors, malformed gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimkit.documents import read_document
from claimkit.errors import GoldFileError
from claimkit.evaluation import (
    EvaluationReport,
    corpus_gold,
    evaluate,
    evaluate_sentences,
    read_sentence_gold,
)
from claimkit.model import Claim, Document, Measure, Source

TEXT = "Seoul's spy agency said 1,500 troops had left. Russia loses 1,500 casualties per day."


def gold_for(claims: list[dict[str, object]], distractors: list[str] | None = None) -> dict[str, object]:
    return {"documents": {"d.txt": {"claims": claims, "not_troop_counts": distractors or [], "stances": []}}}


GOOD = {
    "quote": "1,500 troops had left",
    "value": 1500,
    "low": 1500,
    "high": 1500,
    "qualifier": "exact",
    "counts": "deployed",
    "actor": "NIS",
    "also_acceptable": [],
    "ref_date": None,
}


def docs() -> dict[str, Document]:
    return {"d.txt": read_document(TEXT, source=Source(id="d"))}


def test_a_perfect_extraction_scores_one() -> None:
    report = evaluate(gold_for([GOOD], ["1,500 casualties per day"]), docs())
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.accuracy("actor") == 1.0
    assert report.ok
    assert "OK" in str(report)


def test_a_wrong_field_is_reported_and_not_ok() -> None:
    wrong = {**GOOD, "qualifier": "approximate", "actor": "Pentagon"}
    report = evaluate(gold_for([wrong]), docs())
    assert report.recall == 1.0
    assert report.accuracy("qualifier") == 0.0
    assert report.accuracy("actor") == 0.0
    assert not report.ok
    assert {f.what for f in report.field_errors} == {"wrong qualifier", "wrong actor"}


def test_a_missed_claim_lowers_recall() -> None:
    def nothing(document: Document) -> tuple[Claim, ...]:
        return ()

    report = evaluate(gold_for([GOOD]), docs(), extract=nothing)
    assert (report.recall, report.precision) == (0.0, 1.0)
    assert [m.quote for m in report.misses] == ["1,500 troops had left"]


def test_a_distractor_taken_as_a_troop_count_is_a_false_positive() -> None:
    from claimkit.extract import extract_claims

    def careless(document: Document) -> list[Claim]:
        import attrs

        return [attrs.evolve(c, measure=Measure.DEPLOYED) for c in extract_claims(document)]

    report = evaluate(gold_for([GOOD], ["1,500 casualties per day"]), docs(), extract=careless)
    assert report.precision == 0.5
    assert len(report.distractor_hits) == 1
    assert not report.ok


@pytest.mark.parametrize(
    ("gold", "where"),
    [
        ({"nope": 1}, "documents"),
        ({"documents": {"d.txt": []}}, "documents.d.txt"),
        (gold_for([{"quote": "not in the text", "value": 1, "counts": "deployed"}]), "claims[0].quote"),
        (gold_for([{"quote": "1,500 troops", "value": 1500, "counts": "marching"}]), "claims[0].counts"),
        (gold_for([{"quote": "1,500 troops"}]), "claims[0]"),
        (gold_for([{**GOOD, "ref_date": "someday"}]), "claims[0].ref_date"),
        ({"documents": {"missing.txt": {"claims": []}}}, "documents.missing.txt"),
    ],
)
def test_malformed_gold_names_the_place(gold: dict[str, object], where: str) -> None:
    with pytest.raises(GoldFileError, match=where.replace("[", r"\[").replace("]", r"\]")):
        evaluate(gold, docs())


def test_gold_file_errors_name_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "gold.json"
    with pytest.raises(GoldFileError, match="no such file"):
        evaluate(missing)
    missing.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFileError, match=str(missing)):
        evaluate(missing)


def test_gold_file_reads_documents_next_to_it(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps(gold_for([GOOD])), encoding="utf-8")
    assert evaluate(tmp_path / "gold.json").ok


def test_sentence_sets(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    record = {"id": "s1", "text": TEXT, "published": "2024-11-04", "claims": [GOOD], "not_troop_counts": []}
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    gold, documents = read_sentence_gold(path)
    assert list(gold["documents"]) == ["s1"]
    assert documents["s1"].source.published is not None
    assert evaluate_sentences(path).ok
    path.write_text("{bad\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"s\.jsonl:1"):
        read_sentence_gold(path)


def test_report_is_frozen_and_readable() -> None:
    report = evaluate(corpus_gold())
    assert isinstance(report, EvaluationReport)
    text = str(report)
    assert "precision" in text
    assert "recall" in text
    with pytest.raises(AttributeError):
        report.true_positives = 0  # type: ignore[misc]


def test_stance_actor_rolls_up_to_the_body_it_speaks_for() -> None:
    doc = read_document(
        "Russia's foreign ministry denied that North Korean troops were in Russia.", source=Source(id="r")
    )
    stance = {
        "actor": "Russia",
        "stance": "denies",
        "target": "North Korean troops deployed to Russia",
        "quote": "denied that North Korean troops were in Russia",
    }
    gold = {"documents": {"r.txt": {"claims": [], "not_troop_counts": [], "stances": [stance]}}}
    report = evaluate(gold, {"r.txt": doc})
    assert report.stance_recall == 1.0
    wrong = {**stance, "actor": "Ukraine"}
    gold_wrong = {"documents": {"r.txt": {"claims": [], "not_troop_counts": [], "stances": [wrong]}}}
    assert evaluate(gold_wrong, {"r.txt": doc}).stance_recall == 0.0
