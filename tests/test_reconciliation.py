"""Reconciliation: grouping, exclusion, policies, merge, time, citations, the corpus estimate."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

import attrs
import pytest

import claimkit
from _accelerator import MODES, sorting
from claimkit import reconciliation as rec
from claimkit.errors import EmptyEstimateError, ModelTypeError, PolicyError, ReconcileError
from claimkit.model import (
    Actor,
    Claim,
    DateWindow,
    Measure,
    Modality,
    Polarity,
    Qualifier,
    Quantity,
    Source,
    Span,
    Stance,
)
from claimkit.reconciliation import (
    Bound,
    Estimate,
    ExclusionKind,
    Figure,
    Outcome,
    get_policy,
    merge,
    reconcile,
    register_policy,
    timeline,
)

NK = "North Korean troops"
OCT = DateWindow.month(2024, 10)


def day(d: int, month: int = 10) -> DateWindow:
    return DateWindow.on(dt.date(2024, month, d))


def make(
    quantity: Quantity | int,
    actor: str = "NIS",
    *,
    doc: str = "doc-1",
    measure: Measure = Measure.DEPLOYED,
    subject: str = NK,
    ref_date: DateWindow | None = None,
    published: DateWindow | None = None,
    start: int = 0,
    via: Sequence[str] = (),
) -> Claim:
    q = Quantity.exact(quantity, text=f"{quantity:,}") if isinstance(quantity, int) else quantity
    evidence = f"{q} troops"
    return Claim(
        subject=subject,
        measure=measure,
        quantity=q,
        actor=Actor(actor),
        source=Source(id=doc, title=f"Title of {doc}", outlet="Outlet", published=published),
        span=Span(start, start + len(evidence)),
        evidence=evidence,
        ref_date=ref_date,
        via=tuple(Actor(v) for v in via),
    )


# ------------------------------------------------------------------ the corpus


def _corpus() -> tuple[list[Claim], list[Stance]]:
    """The gold annotation of the bundled corpus as hand-built claims and stances."""
    corpus = resources.files("claimkit") / "corpus"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    claims: list[Claim] = []
    stances: list[Stance] = []

    def source(name: str, text: str) -> Source:
        return Source(id=name, title=text.splitlines()[0].strip()[:80])

    for name, doc in gold["documents"].items():
        text = (corpus / name).read_text(encoding="utf-8")
        src = source(name, text)
        for g in doc["claims"]:
            start = text.index(g["quote"])
            measure = Measure(g["counts"])
            ref = g["ref_date"]
            ref_date = None
            if ref is not None:
                parts = [int(p) for p in ref.split("-")]
                ref_date = (
                    DateWindow.on(dt.date(*parts))
                    if len(parts) == 3
                    else DateWindow.month(parts[0], parts[1])
                )
            claims.append(
                Claim(
                    subject=NK,
                    measure=measure,
                    quantity=Quantity(g["value"], qualifier=g["qualifier"], low=g["low"], high=g["high"]),
                    actor=Actor(g["actor"]),
                    source=src,
                    span=Span(start, start + len(g["quote"])),
                    evidence=g["quote"],
                    modality=Modality.PROJECTED if measure is Measure.EXPECTED_TOTAL else Modality.REPORTED,
                    ref_date=ref_date,
                )
            )
        for g in doc["stances"]:
            start = text.index(g["quote"])
            stances.append(
                Stance(
                    actor=Actor(g["actor"]),
                    polarity=Polarity(g["stance"]),
                    target=g["target"],
                    source=src,
                    span=Span(start, start + len(g["quote"])),
                    evidence=g["quote"],
                )
            )
    # Numbers that look alike but count something else, as an extractor might read them.
    distractors = [
        (
            "002_24881a71eaa017a8.txt",
            "averaging 1,500 casualties per day",
            1500,
            Measure.RATE,
            "Russian troops",
        ),
        (
            "004_c0fdde8aac91b2ff.txt",
            "which in total consists of 200,000 soldiers",
            200000,
            Measure.FORMATION,
            NK,
        ),
        ("002_24881a71eaa017a8.txt", r"US\\$2,000", 2000, Measure.MONEY, NK),
        (
            "004_c0fdde8aac91b2ff.txt",
            "600,000 Russian citizens have already been killed or wounded",
            600000,
            Measure.CASUALTIES,
            "Russian troops",
        ),
    ]
    for name, quote, value, measure, subject in distractors:
        text = (corpus / name).read_text(encoding="utf-8")
        start = text.index(quote)
        claims.append(
            Claim(
                subject=subject,
                measure=measure,
                quantity=Quantity.exact(value, unit="per day" if measure is Measure.RATE else None),
                actor=Actor("narration"),
                source=source(name, text),
                span=Span(start, start + len(quote)),
                evidence=quote,
            )
        )
    return claims, stances


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Claim], list[Stance]]:
    return _corpus()


@pytest.fixture(scope="module")
def corpus_estimate(corpus: tuple[list[Claim], list[Stance]]) -> Estimate:
    claims, stances = corpus
    return reconcile(claims, stances=stances)


def values(claims: Sequence[Claim]) -> list[float]:
    return sorted(c.quantity.value for c in claims)


def test_corpus_headline(corpus_estimate: Estimate) -> None:
    e = corpus_estimate
    assert e.headline == "1,500 – 12,000+ North Korean troops (best 10,000)"
    assert (e.low.value, e.low.open) == (1500, False)
    assert (e.high.value, e.high.open) == (12000, True)
    assert e.best.value == 10000
    assert e.measures == (Measure.DEPLOYED, Measure.EXPECTED_TOTAL)
    assert e.subject == NK


def test_corpus_low_cites_the_intelligence_service_in_the_first_document(corpus_estimate: Estimate) -> None:
    (claim,) = corpus_estimate.low.claims
    assert claim.actor.name == "South Korea's National Intelligence Service"
    assert claim.source.id.startswith("000_")


def test_corpus_high_cites_the_three_12000_claims(corpus_estimate: Estimate) -> None:
    high = corpus_estimate.high
    assert values(high.claims) == [12000, 12000, 12000]
    assert {c.quantity.qualifier for c in high.claims} == {
        Qualifier.EXACT,
        Qualifier.APPROXIMATE,
        Qualifier.MORE_THAN,
    }


def test_corpus_best_cites_two_independent_10000_claims(corpus_estimate: Estimate) -> None:
    best = corpus_estimate.best
    assert values(best.claims) == [10000, 10000]
    assert len(best.origins) == 2
    assert not best.approximate  # one of the two is an exact 10,000


def test_corpus_counts(corpus_estimate: Estimate) -> None:
    e = corpus_estimate
    assert len(e.included) == 7
    assert e.sources == 5
    assert e.origins == 6  # the NIS gives two figures, and is one origin
    assert "South Korea's National Intelligence Service" in e.origin_names


def test_corpus_excludes_other_counts_with_reasons(corpus_estimate: Estimate) -> None:
    reasons = {x.claim.quantity.value: x.reason for x in corpus_estimate.excluded}
    assert reasons[6] == "casualty count, not a deployment"
    assert reasons[200000] == "strength of a whole formation, not the troops sent"
    assert reasons[1500] == "a rate, not a headcount (per day)"
    assert reasons[2000] == "an amount of money, not a headcount"
    assert set(reasons) == {6, 200000, 1500, 2000, 600000}
    assert all(x.kind is ExclusionKind.MEASURE for x in corpus_estimate.excluded)


def test_corpus_denials_attached(corpus_estimate: Estimate) -> None:
    assert corpus_estimate.denied_by == ("North Korea", "Russia")
    assert len(corpus_estimate.stances) == 4
    assert str(corpus_estimate).endswith("; denied by North Korea and Russia.")


def test_corpus_parts_keep_reports_and_projections_apart(corpus_estimate: Estimate) -> None:
    deployed, expected = corpus_estimate.parts
    assert (deployed.measure, deployed.low.value, deployed.high.value) == (Measure.DEPLOYED, 1500, 10000)
    assert (expected.measure, expected.low.value, expected.high.value, expected.high.open) == (
        Measure.EXPECTED_TOTAL,
        12000,
        12000,
        True,
    )
    assert deployed.origins == 4
    assert expected.origins == 3


@pytest.mark.parametrize(
    ("measure", "low", "high", "best", "count"),
    [
        (Measure.DEPLOYED, 1500, 10000, 3000, 4),
        (Measure.EXPECTED_TOTAL, 12000, 12000, 12000, 3),
        ([Measure.DEPLOYED, Measure.EXPECTED_TOTAL], 1500, 12000, 10000, 7),
        ("deployed", 1500, 10000, 3000, 4),
    ],
)
def test_corpus_by_measure(
    corpus: tuple[list[Claim], list[Stance]], measure: Any, low: int, high: int, best: int, count: int
) -> None:
    e = reconcile(corpus[0], measure=measure)
    assert (e.low.value, e.high.value, e.best.value, len(e.included)) == (low, high, best, count)


def test_corpus_sentence_and_footnotes(corpus_estimate: Estimate) -> None:
    text = str(corpus_estimate)
    assert text.startswith("1,500 [1] – 12,000+ [5–7] North Korean troops (best 10,000 [3, 4];")
    assert "from 6 independent origins in 5 sources" in text
    notes = corpus_estimate.citations()
    assert len(notes) == 7
    assert notes[0].startswith("[1] South Korea's National Intelligence Service, in “")
    assert "21 October 2024" in notes[0]
    assert notes[0].endswith(": “North Korea had dispatched 1,500 elite troops to Russia”")
    assert corpus_estimate.footnotes(corpus_estimate.high) == (5, 6, 7)


def test_corpus_timeline(corpus: tuple[list[Claim], list[Stance]]) -> None:
    troops = [c for c in corpus[0] if c.measure in rec.HEADLINE_MEASURES]
    text = str(timeline(troops))
    assert text.startswith("1,500 on 21 October 2024 → ~3,000 on 23 October 2024 → 10,000 in October 2024 → ")
    assert text.endswith("12,000+ expected")
    assert [e.value for e in timeline(troops)][:3] == [1500, 3000, 10000]


def test_corpus_as_of_drops_later_documents(corpus: tuple[list[Claim], list[Stance]]) -> None:
    # Only the reference dates are known here: 21 and 23 October, and "October" (which could be earlier).
    e = reconcile(corpus[0], as_of=dt.date(2024, 10, 22))
    assert 3000 not in [c.quantity.value for c in e.included]
    (late,) = [x for x in e.excluded if x.kind is ExclusionKind.AS_OF]
    assert late.claim.quantity.value == 3000
    assert "after 2024-10-22" in late.reason


def test_corpus_estimate_round_trips_through_json(corpus_estimate: Estimate) -> None:
    text = claimkit.to_json(corpus_estimate)
    back = claimkit.from_json(text, Estimate)
    assert back == corpus_estimate
    assert str(back) == str(corpus_estimate)


def test_corpus_merge_of_documents_equals_whole(
    corpus: tuple[list[Claim], list[Stance]], corpus_estimate: Estimate
) -> None:
    claims, stances = corpus
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.source.id, []).append(c)
    parts = [reconcile(cs, stances=[s for s in stances if s.source.id == doc]) for doc, cs in by_doc.items()]
    # Per-document estimates choose their own measures; merge must repeat the choice over the union.
    assert merge(*parts) == corpus_estimate
    assert merge(*reversed(parts)) == corpus_estimate


# ------------------------------------------------------------- qualifiers


@pytest.mark.parametrize(
    ("quantities", "low", "high"),
    [
        ([Quantity.exact(5), Quantity.exact(9)], ("5", False, False), ("9", False, False)),
        ([Quantity.exact(5), Quantity.more_than(9)], ("5", False, False), ("9", True, False)),
        ([Quantity.more_than(9), Quantity.exact(12)], ("9", False, False), ("12", False, False)),
        ([Quantity.of(9, Qualifier.AT_MOST), Quantity.exact(12)], ("9", True, False), ("12", False, False)),
        ([Quantity.of(12, Qualifier.AT_MOST), Quantity.exact(9)], ("9", False, False), ("12", False, False)),
        ([Quantity.approximately(5), Quantity.approximately(9)], ("5", False, True), ("9", False, True)),
        ([Quantity.approximately(5), Quantity.exact(5)], ("5", False, False), ("5", False, False)),
        ([Quantity.between(4, 8), Quantity.exact(6)], ("4", False, False), ("8", False, False)),
        ([Quantity.of(7, Qualifier.AT_LEAST)], ("7", False, False), ("7", True, False)),
    ],
)
def test_qualifiers_feed_bounds_by_meaning(
    quantities: list[Quantity], low: tuple[str, bool, bool], high: tuple[str, bool, bool]
) -> None:
    claims = [make(q, f"origin {i}", start=i) for i, q in enumerate(quantities)]
    e = reconcile(claims)
    assert (rec._fmt_number(e.low.value), e.low.open, e.low.approximate) == low
    assert (rec._fmt_number(e.high.value), e.high.open, e.high.approximate) == high


@pytest.mark.parametrize(
    ("tolerance", "low", "high"),
    [
        (None, 10000, 12000),
        (0.1, 9000, 13200),
        (0.0, 10000, 12000),
    ],
)
def test_tolerance_turns_approximately_into_an_interval(
    tolerance: float | None, low: float, high: float
) -> None:
    claims = [make(Quantity.approximately(10000), "A"), make(Quantity.approximately(12000), "B", start=1)]
    e = reconcile(claims, tolerance=tolerance)
    assert (e.low.value, e.high.value) == pytest.approx((low, high))
    assert e.tolerance == tolerance
    assert e.low.approximate


def test_tolerance_dissolves_tension() -> None:
    claims = [make(Quantity.approximately(10000), "A"), make(Quantity.approximately(12000), "B", start=1)]
    (tension,) = reconcile(claims).tensions
    assert (tension.gap, values(tension.low), values(tension.high)) == (2000, [10000], [12000])
    assert reconcile(claims, tolerance=0.1).tensions == ()


@pytest.mark.parametrize("tolerance", [-0.1, 1.0, 3])
def test_bad_tolerance(tolerance: float) -> None:
    with pytest.raises(PolicyError, match="tolerance"):
        reconcile([make(5)], tolerance=tolerance)


# --------------------------------------------------------- origins and best


@pytest.mark.parametrize(
    ("figures", "best", "origins"),
    [
        # (value, origin, document): repetitions through more outlets count once.
        ([(1, "A", "d1"), (2, "B", "d1"), (3, "C", "d1")], 2, 3),
        ([(1, "A", "d1"), (9, "B", "d1"), (9, "B", "d2"), (9, "B", "d3")], 1, 2),
        ([(1, "A", "d1"), (2, "B", "d1"), (3, "C", "d1"), (4, "D", "d1")], 2, 4),
        ([(1, "A", "d1"), (5, "A", "d2"), (7, "B", "d1"), (8, "C", "d1")], 7, 3),
    ],
)
def test_best_is_median_over_origins(figures: list[tuple[int, str, str]], best: int, origins: int) -> None:
    e = reconcile([make(v, a, doc=d) for v, a, d in figures])
    assert e.best.value == best
    assert e.origins == origins
    assert all(c.quantity.value == best for c in e.best.claims)


@pytest.mark.parametrize(
    ("policy", "best"),
    [("range", 10000), ("conservative", 1500), (rec.ConservativePolicy(), 1500), (None, 10000)],
)
def test_policies_choose_best(corpus: tuple[list[Claim], list[Stance]], policy: Any, best: int) -> None:
    e = reconcile(corpus[0], policy=policy)
    assert e.best.value == best
    assert (e.low.value, e.high.value) == (1500, 12000)


def test_latest_policy_supersedes_an_origins_older_figure() -> None:
    claims = [
        make(1500, "NIS", ref_date=day(21)),
        make(3000, "NIS", ref_date=day(28), start=5),
        make(Quantity.approximately(2000), "NIS", start=9),  # undated: cannot be shown older
        make(12000, "NIS", measure=Measure.EXPECTED_TOTAL, ref_date=day(1), start=7),
        make(2500, "Kirby", ref_date=day(23), doc="doc-2"),
    ]
    e = reconcile(claims, policy="latest")
    assert values(e.included) == [2000, 2500, 3000, 12000]
    (gone,) = e.excluded
    assert gone.kind is ExclusionKind.SUPERSEDED
    assert gone.claim.quantity.value == 1500
    assert "NIS: 3,000 (28 October 2024)" in gone.reason
    assert e.low.value == 2000


def test_unknown_policy() -> None:
    with pytest.raises(PolicyError, match="unknown reconciliation policy 'widest'"):
        reconcile([make(5)], policy="widest")
    with pytest.raises(PolicyError, match="must be a name or a Policy"):
        get_policy(42)  # type: ignore[arg-type]


def test_a_policy_of_ones_own() -> None:
    class Highest:
        name = "test-highest"

        def apply(self, figures: Sequence[Figure]) -> Outcome:
            high = rec.highest(figures)
            return Outcome(
                low=rec.lowest(figures), high=high, best=Bound(value=high.value, claims=high.claims)
            )

    policy = register_policy(Highest(), replace=True)
    try:
        a = reconcile([make(5, "A"), make(9, "B")], policy=policy)
        b = reconcile([make(7, "C")], policy="test-highest")
        assert a.best.value == 9
        assert a.policy == "test-highest"
        assert merge(a, b).best.value == 9
        with pytest.raises(PolicyError, match="already registered"):
            register_policy(rec.RangePolicy(name="test-highest"))
    finally:
        del rec._REGISTRY["test-highest"]
    with pytest.raises(PolicyError, match="not a reconciliation policy"):
        register_policy(object())  # type: ignore[arg-type]


# --------------------------------------------------------------- grouping


@pytest.mark.parametrize(
    ("claims", "subject", "measures", "excluded"),
    [
        (
            [make(5), make(7, subject="Russian troops"), make(9, start=3)],
            NK,
            (Measure.DEPLOYED,),
            {7: "different subject (Russian troops)"},
        ),
        (
            [make(5), make(6, measure=Measure.CASUALTIES), make(8, measure=Measure.EXPECTED_TOTAL)],
            NK,
            (Measure.DEPLOYED, Measure.EXPECTED_TOTAL),
            {6: "casualty count, not a deployment"},
        ),
        (
            [
                make(6, measure=Measure.CASUALTIES),
                make(9, measure=Measure.CASUALTIES, start=2),
                make(1, "x", measure=Measure.MONEY),
            ],
            NK,
            (Measure.CASUALTIES,),
            {1: "counts in money, not killed or wounded"},
        ),
    ],
)
def test_grouping_never_mixes_measures_or_subjects(
    claims: list[Claim], subject: str, measures: tuple[Measure, ...], excluded: dict[int, str]
) -> None:
    e = reconcile(claims)
    assert (e.subject, e.measures) == (subject, measures)
    assert {x.claim.quantity.value: x.reason for x in e.excluded} == excluded


def test_subject_and_measure_can_be_asked_for() -> None:
    claims = [make(5), make(7, "A", subject="Russian troops"), make(9, "B", subject="Russian troops")]
    assert reconcile(claims).subject == "Russian troops"  # given by more independent origins
    repeated = [make(5, start=i) for i in range(5)]
    assert reconcile(claims + repeated).subject == "Russian troops"  # repetitions do not tip it
    e = reconcile(claims, subject=NK)
    assert (e.subject, e.requested_subject, values(e.included)) == (NK, NK, [5])
    e = reconcile(
        [*claims, make(8, measure=Measure.EXPECTED_TOTAL)], measure=Measure.EXPECTED_TOTAL, subject=NK
    )
    assert values(e.included) == [8]
    assert "counts deployed so far, not expected in total" in {x.reason for x in e.excluded}


def test_stances_kept_only_when_they_bear_on_the_subject() -> None:
    def stance(target: str, who: str) -> Stance:
        return Stance(
            actor=Actor(who),
            polarity=Polarity.DENIES,
            target=target,
            source=Source(id="s"),
            span=Span(0, 4),
            evidence="deny",
        )

    kept = [
        stance("North Korean troops deployed to Russia", "A"),
        stance("the deployment of North Korean soldiers", "B"),
    ]
    dropped = [stance("Russian troops in Kursk", "C"), stance("North Korea exports missiles", "D")]
    e = reconcile([make(5)], stances=kept + dropped)
    assert [s.actor.name for s in e.stances] == ["A", "B"]


# ----------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: reconcile([]), EmptyEstimateError, "no claims"),
        (
            lambda: reconcile([make(5, measure=Measure.CASUALTIES)], measure=Measure.DEPLOYED),
            EmptyEstimateError,
            "none of the 1 claim",
        ),
        (lambda: reconcile([5]), ModelTypeError, r"claims\[0\]"),  # type: ignore[list-item]
        (lambda: reconcile(make(5)), ModelTypeError, "an iterable of Claim"),  # type: ignore[arg-type]
        (lambda: reconcile([make(5)], as_of="2024-10-01"), ModelTypeError, "as_of"),  # type: ignore[arg-type]
        (lambda: reconcile([make(5)], measure="troops"), ReconcileError, "measure: got 'troops'"),  # type: ignore[arg-type]
        (lambda: reconcile([make(5)], measure=[]), ReconcileError, "empty collection"),
        (lambda: reconcile([make(5)], subject=""), ModelTypeError, "subject"),
        (lambda: reconcile([make(5)], stances=[1]), ModelTypeError, r"stances\[0\]"),  # type: ignore[list-item]
        (lambda: merge(), ReconcileError, "at least one"),
        (
            lambda: merge(reconcile([make(5)]), reconcile([make(6)], policy="latest")),
            ReconcileError,
            "policy 'range' vs 'latest'",
        ),
    ],
)
def test_errors(call: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()


def test_empty_after_exclusion_says_how_many_were_excluded() -> None:
    with pytest.raises(EmptyEstimateError) as info:
        reconcile(
            [make(5, measure=Measure.RATE), make(6, measure=Measure.RATE, start=1)], measure=Measure.DEPLOYED
        )
    assert info.value.excluded == 2


# ------------------------------------------------------------ merge, time


def test_merge_is_commutative_associative_idempotent() -> None:
    a = reconcile([make(5, "A"), make(6, "B")])
    b = reconcile([make(9, "C", doc="d2")])
    c = reconcile([make(2, "A", doc="d3", measure=Measure.EXPECTED_TOTAL)])
    assert a.merge(b) == b.merge(a)
    assert merge(a.merge(b), c) == merge(a, b.merge(c)) == merge(a, b, c)
    assert a.merge(a) == a
    assert values(merge(a, b, c).included) == [2, 5, 6, 9]


def test_duplicates_count_once_and_order_does_not_matter() -> None:
    claims = [make(5, "A"), make(9, "B", doc="d2"), make(7, "C", doc="d3")]
    e = reconcile(claims)
    assert reconcile(claims[::-1] + claims) == e
    assert len(e.included) == 3


@pytest.mark.parametrize(
    ("as_of", "kept"),
    [
        (dt.date(2024, 10, 20), [5, 8]),  # 8 has no date at all: it cannot be shown later
        (dt.date(2024, 10, 21), [5, 7, 8]),
        (dt.date(2024, 11, 30), [5, 7, 8, 9]),
        (None, [5, 7, 8, 9]),
    ],
)
def test_as_of(as_of: dt.date | None, kept: list[int]) -> None:
    claims = [
        make(5, "A", published=day(1)),
        make(7, "B", doc="d2", published=day(21)),
        make(8, "C", doc="d3"),
        make(9, "D", doc="d4", ref_date=day(3, 11)),  # no document date: falls back on the reference date
    ]
    e = reconcile(claims, as_of=as_of)
    assert values(e.included) == kept
    assert e.as_of == as_of


@pytest.mark.parametrize(
    ("dates", "window"),
    [
        ([day(21), day(23)], "2024-10-21 – 2024-10-23"),
        ([day(21), OCT, None], "2024-10-01 – 2024-10-31"),
        ([DateWindow.between(None, dt.date(2024, 10, 5)), day(21)], "by 2024-10-21"),
        ([None, None], "None"),
    ],
)
def test_window(dates: list[DateWindow | None], window: str) -> None:
    e = reconcile([make(i + 1, f"o{i}", ref_date=d) for i, d in enumerate(dates)])
    assert str(e.window) == window


@pytest.mark.parametrize(
    ("claims", "text"),
    [
        (
            [
                make(Quantity.more_than(12000), measure=Measure.EXPECTED_TOTAL),
                make(Quantity.approximately(3000), "Kirby", ref_date=day(23)),
                make(1500, ref_date=day(21)),
            ],
            "1,500 on 21 October 2024 → ~3,000 on 23 October 2024 → 12,000+ expected",
        ),
        (
            [
                make(
                    Quantity.between(8, 9),
                    ref_date=DateWindow.between(dt.date(2024, 10, 8), dt.date(2024, 10, 13)),
                )
            ],
            "8–9 in 8–13 October 2024",
        ),
        ([make(Quantity.of(5, Qualifier.AT_MOST), ref_date=DateWindow.year(2023))], "up to 5 in 2023"),
        (
            [
                make(
                    Quantity.of(5, Qualifier.LESS_THAN),
                    published=DateWindow.between(dt.date(2024, 1, 2), None),
                )
            ],
            "under 5 after 2 January 2024",
        ),
        ([], ""),
    ],
)
def test_timeline(claims: list[Claim], text: str) -> None:
    assert str(timeline(claims)) == text


# ------------------------------------------------------------- citations


def test_citation_names_origin_chain_document_date_and_evidence() -> None:
    c = make(1500, "NIS", via=["NBC News"], ref_date=day(21))
    e = reconcile([c])
    assert e.citations() == (
        "[1] NIS, through NBC News, in “Title of doc-1” (Outlet), 21 October 2024: “1,500 troops”",
    )
    assert (
        str(e)
        == "1,500 [1] North Korean troops deployed so far (best 1,500 [1]), from 1 independent origin in 1 source."
    )


@pytest.mark.parametrize(
    ("title", "outlet", "cited"),
    [
        ("Troops sent", "AsiaNews", "in “Troops sent” (AsiaNews)"),
        ("Troops sent", None, "in “Troops sent”"),
        (None, "AsiaNews", "in document doc-1 (untitled; AsiaNews)"),
        (None, None, "in document doc-1 (untitled)"),
    ],
)
def test_citation_names_the_document_by_title_or_says_it_has_none(
    title: str | None, outlet: str | None, cited: str
) -> None:
    c = attrs.evolve(make(1500), source=Source(id="doc-1", title=title, outlet=outlet))
    assert reconcile([c]).citations() == (f"[1] NIS, {cited}: “1,500 troops”",)


def test_spread_and_ratio() -> None:
    e = reconcile([make(1500), make(12000, "B")])
    assert (e.spread, e.ratio) == (10500, 8.0)
    assert reconcile([make(0), make(3, "B")]).ratio is None


def test_timeline_of_an_estimate_reads_only_its_included_figures() -> None:
    claims = claimkit.extract_collection(claimkit.load_corpus())[0]
    estimate = rec.reconcile(claims)
    assert estimate.excluded  # the casualty, rate and formation figures
    entries = rec.timeline(estimate)
    assert {e.claim for e in entries} == set(estimate.included)
    assert rec.timeline(estimate) == rec.timeline(estimate.included)


def test_claims_sharing_a_place_and_value_stay_apart_unless_they_are_the_same() -> None:
    # Same document, span and value; different actor or measure: different claims, all kept.
    a = make(3_000, "NIS", start=10)
    b = make(3_000, "Kirby", start=10)
    c = make(3_000, "NIS", start=10, measure=Measure.EXPECTED_TOTAL)
    duplicate = make(3_000, "NIS", start=10)
    others = [make(3_000, "NIS", start=s) for s in (0, 40, 90)]
    forward = reconcile([a, b, c, duplicate, *others], measure=[Measure.DEPLOYED, Measure.EXPECTED_TOTAL])
    backward = reconcile(
        [*reversed(others), duplicate, c, b, a], measure=[Measure.DEPLOYED, Measure.EXPECTED_TOTAL]
    )
    assert forward == backward
    assert len(forward.included) == 6  # the duplicate of `a` counted once
    assert {x.id for x in forward.included} == {x.id for x in (a, b, c, *others)}


def _reference_order(claims: Sequence[Claim]) -> list[Claim]:
    """What the canonical order means, written plainly: by full key then id, one claim per id."""
    table: dict[tuple[Any, ...], Claim] = {}
    for c in claims:
        k = (rec._claim_key(c), c.id)
        table[k] = min(table.get(k, c), c, key=repr)
    return [table[k] for k in sorted(table)]


#: Offsets that keep the packed sort key below 2**53 (sorted as floats) and beyond it
#: (sorted as exact ints): the order must not depend on which.
@pytest.mark.parametrize("base", [0, 7, 2**40, 2**60], ids=["zero", "small", "2^40", "2^60"])
#: The top value: whole counts pack the value itself; a fraction or a count too large
#: for an exact float key packs the value's rank instead.
@pytest.mark.parametrize("top", [12_000, 12_000.5, 10**16], ids=["count", "fraction", "huge"])
#: With numpy installed, large sets are packed and sorted by numpy: the same order.
@pytest.mark.parametrize("mode", MODES)
def test_canonical_order_is_value_place_then_full_key(base: int, top: float, mode: str) -> None:
    claims = [
        make(3_000, "NIS", doc="doc-2", start=base + 5),
        make(3_000, "Kirby", doc="doc-2", start=base + 5),  # same value and place, other origin
        make(3_000, "NIS", doc="doc-1", start=base + 1),
        make(3_000, "NIS", doc="doc-1", start=base),
        make(1_500, "NIS", doc="doc-9", start=base + 2**20),
        make(Quantity.exact(top, text=str(top)), "NIS", doc="doc-0", start=base),
        make(3_000, "NIS", doc="doc-2", start=base + 5),  # a duplicate
        make(3_000, "NIS", doc="doc-2", start=base + 5, measure=Measure.EXPECTED_TOTAL),
    ]
    expected = _reference_order(claims)
    assert len(expected) == 7
    with sorting(mode):
        for shuffled in (claims, claims[::-1], claims[3:] + claims[:3]):
            assert rec._unique(shuffled) == expected
    assert [(c.quantity.value, c.source.id, c.span.start - base) for c in expected][:4] == [
        (1_500, "doc-9", 2**20),
        (3_000, "doc-1", 0),
        (3_000, "doc-1", 1),
        (3_000, "doc-2", 5),
    ]
    assert expected[-1].quantity.value == top


@pytest.mark.parametrize("shared_rows", [False, True], ids=["one figure per claim", "shared rows"])
def test_figures_share_equal_numbers_but_keep_the_type_each_claim_stated(shared_rows: bool) -> None:
    # Three separate int objects equal to 3000 (built at run time, so not one folded
    # constant), and a float 3000.0: the ints end up as one object, the float stays a float.
    ints = [int(text) for text in ("3000", "3000", "3000")]
    assert ints[0] is not ints[1]
    claims = [
        make(Quantity.exact(ints[0], text="3,000"), "NIS", start=0),
        make(
            Quantity.exact(3_000.0, text="3,000"), "NIS", doc="doc-3", start=50
        ),  # same reading but the type
        make(Quantity.exact(ints[1], text="3,000"), "AP", start=90),
        make(Quantity.exact(ints[2], text="3,000"), "NIS", doc="doc-2", start=0),
    ]
    order, _ = rec._canonical_order(claims)
    figures = list(
        rec._read_figures(claims, order, None)
        if shared_rows
        else rec._figures(map(claims.__getitem__, order), None)
    )
    assert [type(f.value) for f in figures] == [type(f.claim.quantity.value) for f in figures]
    int_values = [f.value for f in figures if type(f.value) is int]
    assert len(int_values) == 3
    if not shared_rows:
        # The builder shares equal numbers, whatever object each claim holds.
        assert int_values[0] is int_values[1] is int_values[2]


def test_a_policy_of_ones_own_sees_every_figure_when_readings_repeat() -> None:
    # Many claims repeating two readings: reconcile keeps their figures as shared rows,
    # and a policy of one's own must still see one ordinary Figure per claim.
    seen: list[list[Figure]] = []

    class Middle:
        name = "test-middle"

        def apply(self, figures: Sequence[Figure]) -> Outcome:
            listed = list(figures)
            seen.append(listed)
            assert len(figures) == len(listed)
            assert figures[0] == listed[0]
            assert figures[-2:] == listed[-2:]
            middle = listed[len(listed) // 2]
            best = Bound(value=middle.value, claims=(middle.claim,))
            return Outcome(low=rec.lowest(listed), high=rec.highest(listed), best=best)

    claims = [make(3_000 if i % 3 else 5_000, "NIS", doc=f"doc-{i % 7}", start=40 * i) for i in range(60)]
    estimate = reconcile(claims, policy=Middle())
    (figures,) = seen
    assert [f.claim for f in figures] == list(estimate.included)
    assert all(type(f) is Figure and f.claim.quantity.value == f.value for f in figures)
    assert estimate.best.value == 3_000
    assert estimate.best.claims == (figures[30].claim,)
    assert (estimate.low.value, estimate.high.value) == (3_000, 5_000)


@pytest.mark.parametrize("backwards", [False, True])
def test_superseded_claims_are_listed_in_canonical_order_whatever_the_policy_gives(backwards: bool) -> None:
    class KeepHighest:
        name = "test-keep-highest"

        def apply(self, figures: Sequence[Figure]) -> Outcome:
            listed = list(figures)
            top = rec.highest(listed)
            dropped = [f for f in listed if f.claim not in top.claims]
            if backwards:
                dropped.reverse()
            superseded = tuple(
                rec.Exclusion(f.claim, "not the highest", kind=ExclusionKind.SUPERSEDED) for f in dropped
            )
            return Outcome(low=top, high=top, best=top, superseded=superseded)

    claims = [
        make(v, who, doc=f"doc-{i % 3}", start=30 * i)
        for i, (v, who) in enumerate(
            [
                (3_000, "NIS"),
                (1_500, "NIS"),
                (12_000, "Kirby"),
                (3_000, "AP"),
                (10_000, "Kirby"),
                (1_500, "AP"),
            ]
        )
    ]
    estimate = reconcile(claims[::-1], policy=KeepHighest())
    values = [e.claim.quantity.value for e in estimate.excluded]
    assert values == sorted(values) == [1_500, 1_500, 3_000, 3_000, 10_000]
    assert [e.claim for e in estimate.excluded] == [f.claim for f in rec.figures_of(claims)[:5]]
    assert estimate.included == (claims[2],)
    # with another exclusion (a casualty figure) everything is merged in one order
    mixed = reconcile([*claims, make(40, "NIS", measure=Measure.CASUALTIES, start=900)], policy=KeepHighest())
    assert [e.claim.quantity.value for e in mixed.excluded] == [40, 1_500, 1_500, 3_000, 3_000, 10_000]
