"""The bundled corpus gold in full, and the unseen-style test set written for this library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

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


class Level(NamedTuple):
    """What a set must keep scoring: the least number of gold troop counts, then floors."""

    least: int
    precision: float = 0.95
    recall: float = 0.90
    fields: float = 0.90  # qualifier, measure and actor accuracy
    date: float = 0.0
    stance_recall: float = 0.0
    stance_target: float = 0.0  # share of found stances whose target reads as the annotator's
    distractors: int = 0  # non-troop figures it may still take (named in the set's comment)


# Each set with its report and the level it must hold, never with a distractor taken: the
# thresholds of issue 4 for the first three; each blind holdout pinned at the level its
# rules reached (history, blind scores and the misses left: tests/unseen/README.md).
UNSEEN_SETS: dict[str, tuple[Callable[[], EvaluationReport], Level]] = {
    "sentences": (lambda: evaluate_sentences(UNSEEN / "sentences.jsonl"), Level(60)),
    "blind holdout": (lambda: evaluate_sentences(UNSEEN / "holdout.jsonl"), Level(1)),
    "articles": (lambda: evaluate(UNSEEN / "articles" / "gold.json"), Level(15)),
    # Session 2, blind: P 0.971, R 0.850, actor 0.794.
    "holdout2": (lambda: evaluate_sentences(UNSEEN / "holdout2.jsonl"), Level(40, fields=0.94)),
    # Session 3, blind: P 0.941, R 0.727, actor 0.879, date 0.879, one distractor taken.
    "holdout3": (
        lambda: evaluate_sentences(UNSEEN / "holdout3.jsonl"),
        Level(44, recall=0.93, fields=0.95, date=0.92, stance_recall=1.0, stance_target=0.75),
    ),
    # Session 3, six blind articles: P 0.923, R 0.828, qualifier 0.962, measure 0.846, actor 0.654,
    # date 0.577, one distractor taken, stance recall 0.25. Dates stay low: weekdays are left unread, as the
    # other sets' gold wants (tests/unseen/README.md).
    "articles2": (
        lambda: evaluate(UNSEEN / "articles2" / "gold.json"),
        Level(29, precision=1.0, recall=1.0, fields=0.87, date=0.56, stance_recall=1.0, stance_target=0.75),
    ),
    # Session 3, six blind articles in new genres: P 0.973, R 0.706, qualifier 0.974, measure 0.947, actor 0.553,
    # date 0.763, stances 2/5. Misses left as found are listed in tests/unseen/README.md.
    "articles3": (
        lambda: evaluate(UNSEEN / "articles3" / "gold.json"),
        # Stance recall 5/5 since "the Minister" reads as the person introduced with the title; the fifth
        # stance's target ("Irish troops withdrawn from UNIFIL observation posts") is not one the rules write,
        # so the target share fell from 2/4 to 2/5 with the same two right.
        Level(51, precision=1.0, recall=0.94, fields=0.85, date=0.85, stance_recall=1.0, stance_target=0.4),
    ),
    # Session 3, 60 blind items (headlines, captions, bullets, Q/A, corrections, Indian English): P 0.977,
    # R 0.750, qualifier 0.976, measure 0.929, actor 0.833, date 0.857, one distractor taken, stances 5/5.
    "holdout4": (
        lambda: evaluate_sentences(UNSEEN / "holdout4.jsonl"),
        Level(56, precision=1.0, recall=0.94, fields=0.88, date=0.88, stance_recall=1.0, stance_target=0.8),
    ),
    # Session 3, 50 blind items of ordinary wire and broadsheet reporting: P 0.977, R 0.796, qualifier 0.955,
    # measure 0.932, actor 0.886, date 0.977, one distractor taken, stances 2/4.
    "holdout5": (
        lambda: evaluate_sentences(UNSEEN / "holdout5.jsonl"),
        # Stance recall 4/4 since doubts are read ("cast doubt on Armenian claims").
        Level(54, precision=1.0, recall=0.85, fields=0.91, date=0.99, stance_recall=1.0),
    ),
    # Session 3 (the last round), 50 blind items: P 0.952, R 0.889, actor 0.780, date 0.976, two distractors taken, stances 1/5.
    "holdout6": (
        lambda: evaluate_sentences(UNSEEN / "holdout6.jsonl"),
        # Stance recall 5/5 since doubts, subjects after a semicolon and alleged deployments are read; targets
        # 4/5 right (was 2/2): "its troops were operating in Congo" keeps "in", as "operating in northern Iraq"
        # does in holdout's gold, where this gold writes "to".
        Level(45, precision=1.0, recall=0.91, fields=0.85, date=0.97, stance_recall=1.0, stance_target=0.8),
    ),
    # Session 4, 50 blind items (revisions and changes of figures): P 1.000, R 0.712, actor 0.892, date 0.919,
    # no distractor taken, stances 2/5.
    "holdout7": (
        lambda: evaluate_sentences(UNSEEN / "holdout7.jsonl"),
        Level(52, precision=1.0, recall=0.92, fields=0.89, date=0.93, stance_recall=0.8, stance_target=0.75),
    ),
    # Session 5, 40 blind items: P 0.941, R 0.842, measure 0.969, actor 0.719, date 0.938, two distractors taken,
    # stances 2/3.
    "holdout8": (
        lambda: evaluate_sentences(UNSEEN / "holdout8.jsonl"),
        Level(38, precision=1.0, recall=0.92, fields=0.91, date=0.99, stance_recall=0.66, stance_target=1.0),
    ),
    # 45 blind items (47 troop counts): P 0.929, R 0.830, measure 0.881, actor 0.810, date 0.786, two distractors taken,
    # stances 2/4.
    "holdout9": (
        lambda: evaluate_sentences(UNSEEN / "holdout9.jsonl"),
        Level(47, precision=1.0, recall=0.91, fields=0.84, date=0.79, stance_recall=0.5, stance_target=0.5),
    ),
    # Six blind articles (feature, wire roundup, briefing transcript, newsletter, translated statement, regional
    # report; 47 troop counts): P 0.944, R 0.723, qualifier 0.917, measure 0.833, actor 0.333, date 0.722, two
    # distractors taken, stances 2/8. No stance target is one the rules write (the annotator's are paraphrases).
    "articles4": (
        lambda: evaluate(UNSEEN / "articles4" / "gold.json"),
        Level(47, precision=1.0, recall=0.89, fields=0.76, date=0.79, stance_recall=1.0),
    ),
    # Six blind articles (explainer, timeline, opinion column, radio interview, blog, brief; 41 troop counts):
    # P 0.884, R 0.927, qualifier 0.976, measure 0.857, actor 0.619, date 0.762, five distractors taken,
    # stances 4/8. No stance target is one the rules write (the annotator's are paraphrases).
    "articles5": (
        lambda: evaluate(UNSEEN / "articles5" / "gold.json"),
        Level(41, precision=1.0, recall=0.92, fields=0.71, date=0.78, stance_recall=0.5),
    ),
    # Six blind documents read by their layout (press release, live blog, hearing transcript, digest, MFA Q&A,
    # wire with correction; 42 troop counts): P 0.776, R 0.905, measure 0.846, actor 0.513, date 0.821, ten
    # distractors taken, stances 3/7 (rules16 -> P 0.844, six distractors; rules17 -> P 0.905, measure 0.897). Three
    # still taken: a formation's full strength ("about 5,000 soldiers"), exercise troops at home ("5,000 Filipino
    # soldiers") and a cumulative total over 35 years ("over 50,000 peacekeepers").
    "articles6": (
        lambda: evaluate(UNSEEN / "articles6" / "gold.json"),
        Level(
            42,
            precision=0.92,
            recall=0.90,
            fields=0.76,
            date=0.82,
            stance_recall=0.85,
            stance_target=0.16,
            distractors=3,
        ),
    ),
    # Six blind documents as an archive holds them (press-conference transcript, PDF report with a flattened table,
    # social thread, newsletter with a forwarded message, tribunal judgment, translated state media; 49 troop
    # counts): P 0.818, R 0.551, measure 0.897, actor 0.138, date 0.862, three distractors taken, stances 4/8
    # (rules18 -> P 0.875, R 0.571, actor 0.733; rules19 -> P 0.946, R 0.714, actor 0.865, stances 5/8, target
    # 0.40). Since rules19 neither distractor is taken: the footnote's "the 4,000 figure includes civilians" nor
    # the retracted "about 1,200 personnel" (it included civilian staff).
    "articles7": (
        lambda: evaluate(UNSEEN / "articles7" / "gold.json"),
        Level(
            49,
            precision=0.94,
            recall=0.71,
            fields=0.86,
            date=0.86,
            stance_recall=0.62,
            stance_target=0.4,
        ),
    ),
    # 45 blind items (51 troop counts: revisions, two speakers, chains, weekday and season dates, projections):
    # P 0.913, R 0.824, measure 0.976, actor 0.857, date 0.667, three distractors taken, stances 1/5.
    "holdout10": (
        lambda: evaluate_sentences(UNSEEN / "holdout10.jsonl"),
        Level(51, precision=1.0, recall=0.94, fields=0.97, date=0.75, stance_recall=0.4, stance_target=0.5),
    ),
    # Session 4, 40 blind items of general news (staff, fans, police, choirs, Scout troops; 14 troop counts among
    # them): P 0.684, R 0.929, six civilian figures taken; none now (the Salvation Army is a charity by name).
    "holdout11": (
        lambda: evaluate_sentences(UNSEEN / "holdout11.jsonl"),
        Level(14, precision=1.0, recall=0.92, fields=0.92, date=1.0, stance_recall=1.0),
    ),
    # Session 4, 40 blind items of news outside war (engineers, a novel, a charity, police, a quake toll; 12 troop
    # counts among them): P 0.667, R 1.0, actor 0.833, date 0.667, six non-troop figures taken, stances 1/2. One
    # is still taken: "Cloudflare ... had deployed 1,200 engineers" (a company no word of the sentence names).
    "holdout12": (
        lambda: evaluate_sentences(UNSEEN / "holdout12.jsonl"),
        Level(
            12,
            precision=0.92,
            recall=1.0,
            fields=0.91,
            date=0.66,
            stance_recall=0.5,
            stance_target=1.0,
            distractors=1,
        ),
    ),
    # Session 5, 40 blind items of general news (strikes, festivals, pilgrims, "army ants", "deployed" doctors;
    # 12 with real troop counts): P 1.0, R 0.929, qualifier 0.923, measure 0.769, actor 0.692, date 1.0,
    # stances 2/2 (target 1/2), no distractor taken.
    "holdout13": (
        lambda: evaluate_sentences(UNSEEN / "holdout13.jsonl"),
        Level(
            15,
            precision=1.0,
            recall=0.92,
            fields=0.84,
            date=1.0,
            stance_recall=1.0,
            stance_target=0.5,
        ),
    ),
    # Session 5, 40 blind items of English as newsrooms around the world write it (lakh, jawans, DG ISPR, Datuk
    # Seri; 32 troop counts): P 0.931, R 0.844, measure 0.926, actor 0.630, date 0.778, two distractors taken,
    # stances 3/5 (target 1/3). Second round: no distractor taken, every gold count found.
    "holdout14": (
        lambda: evaluate_sentences(UNSEEN / "holdout14.jsonl"),
        Level(
            32,
            precision=1.0,
            recall=1.0,
            fields=0.87,
            date=0.81,
            stance_recall=0.6,
            stance_target=0.33,
        ),
    ),
    # Session 6, 40 blind items on what a figure counts (plans, requests, hypotheticals, rotations, cumulative
    # totals, draw-downs, revisions; 46 troop counts): P 0.750, R 0.783, measure 0.892, actor 0.757, date 0.838,
    # twelve distractors taken, stances 3/4 (target 1/3). Two are still taken: "2,000" (u014, "could raise the
    # number to 2,000 if Manila asks", a conditional read as expected) and "50,000 European troops" (u024, a
    # gerund's hypothetical, "Sending even 50,000 ... would strain"). Second round (evidence cited with no
    # issuer, an owner's force, what a pull-out leaves, troops offered): P 0.955, R 0.913, measure 0.930, actor
    # 0.860, date 0.860.
    "holdout15": (
        lambda: evaluate_sentences(UNSEEN / "holdout15.jsonl"),
        Level(
            46,
            precision=0.95,
            recall=0.91,
            fields=0.86,
            date=0.86,
            stance_recall=0.75,
            stance_target=0.33,
            distractors=2,
        ),
    ),
}


@pytest.mark.parametrize("name", list(UNSEEN_SETS))
def test_unseen_set_holds_its_level(name: str) -> None:
    run, level = UNSEEN_SETS[name]
    report = run()
    text = str(report)
    assert report.gold_claims >= level.least, text
    assert report.precision >= level.precision, text
    assert report.recall >= level.recall, text
    for field in ("qualifier", "measure", "actor"):
        assert report.accuracy(field) >= level.fields, f"{field}: {report.accuracy(field)}\n{text}"
    assert report.accuracy("date") >= level.date, text
    assert report.stance_recall >= level.stance_recall, text
    targets = {f.name: f.accuracy for f in report.stance_fields}
    assert targets.get("target", 1.0) >= level.stance_target, text
    assert len(report.distractor_hits) <= level.distractors, text


def test_unseen_set_size() -> None:
    lines = [ln for ln in (UNSEEN / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) >= 80
    assert len(list((UNSEEN / "articles").glob("*.txt"))) >= 5
