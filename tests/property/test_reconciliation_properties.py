"""Invariants of reconciliation, checked with claimkit's own shipped strategies."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from _accelerator import MODES, sorting
from claimkit import from_json, to_json
from claimkit import strategies as cks
from claimkit.model import Actor, Claim, Measure, Source, Span, Stance
from claimkit.reconciliation import (
    Bound,
    Estimate,
    _canonical_order,
    _claim_key,
    _figures,
    _measure_of_figure,
    _read_figures,
    _tension,
    _unique,
    _where,
    figures_of,
    get_policy,
    highest,
    lowest,
    median_over_origins,
    merge,
    reconcile,
)

NK = "North Korean troops"
ORIGINS = ("NIS", "Kirby", "AsiaNews", "Officials", "Defense Ministry", "Ukraine")
DOCUMENTS = ("doc-0", "doc-1", "doc-2", "doc-3")

#: Claims of any measure and either subject, drawn from small pools so that
#: origins and documents repeat the way they do in real reporting.
mixed = cks.claims(actors=ORIGINS, sources=DOCUMENTS, values=(1, 50_000))
#: Troop counts of one subject: every one of them is reconciled.
troops = cks.claims(
    actors=ORIGINS, sources=DOCUMENTS, values=(1, 50_000), measure=Measure.DEPLOYED, subject=NK
)

claim_sets = st.lists(mixed, min_size=1, max_size=12)
troop_sets = st.lists(troops, min_size=1, max_size=12)
tolerances = st.none() | st.sampled_from((0.0, 0.1, 0.25))
policies = st.sampled_from(("range", "conservative", "latest"))
stance_sets = st.lists(cks.stances(actors=("North Korea", "Russia")), max_size=3)


@given(claim_sets, st.randoms(use_true_random=False), policies, tolerances)
def test_order_does_not_matter(claims: list[Claim], rnd: Any, policy: str, tolerance: float | None) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert reconcile(shuffled, policy=policy, tolerance=tolerance) == reconcile(
        claims, policy=policy, tolerance=tolerance
    )


@given(claim_sets, claim_sets, claim_sets, policies, stance_sets)
def test_merge_is_associative_commutative_idempotent(
    a: list[Claim], b: list[Claim], c: list[Claim], policy: str, stances: list[Stance]
) -> None:
    ea = reconcile(a, policy=policy, stances=stances)
    eb, ec = reconcile(b, policy=policy), reconcile(c, policy=policy)
    assert ea.merge(eb) == eb.merge(ea)
    assert merge(ea.merge(eb), ec) == merge(ea, eb.merge(ec))
    assert ea.merge(ea) == ea
    assert merge(ea, eb, ec) == reconcile(a + b + c, policy=policy, stances=stances)


@given(claim_sets, st.lists(st.integers(0, 3), min_size=12, max_size=12), policies, tolerances)
def test_merging_any_partition_equals_reconciling_the_whole(
    claims: list[Claim], labels: list[int], policy: str, tolerance: float | None
) -> None:
    parts: dict[int, list[Claim]] = {}
    for claim, label in zip(claims, labels, strict=False):
        parts.setdefault(label, []).append(claim)
    estimates = [reconcile(p, policy=policy, tolerance=tolerance) for p in parts.values()]
    assert merge(*estimates) == reconcile(claims, policy=policy, tolerance=tolerance)


@given(claim_sets, policies, tolerances)
def test_every_included_claim_lies_within_the_range(
    claims: list[Claim], policy: str, tolerance: float | None
) -> None:
    e = reconcile(claims, policy=policy, tolerance=tolerance)
    for f in figures_of(e.included, tolerance=tolerance):
        assert e.low.value <= f.low or e.low.open
        assert f.high <= e.high.value or e.high.open
        assert e.low.value <= f.value <= e.high.value
    assert e.low.value <= e.best.value <= e.high.value
    assert len(e.included) + len(e.excluded) == len({c.id for c in claims})


def _check_cites(bound: Bound, given_ids: set[str], value_of: dict[str, float]) -> None:
    assert bound.claims, "a bound must cite at least one claim"
    for claim in bound.claims:
        assert claim.id in given_ids
        assert value_of[claim.id] == bound.value


@given(claim_sets, policies, tolerances)
def test_every_bound_cites_input_claims_that_set_it(
    claims: list[Claim], policy: str, tolerance: float | None
) -> None:
    e = reconcile(claims, policy=policy, tolerance=tolerance)
    ids = {c.id for c in claims}
    figures = figures_of(e.included, tolerance=tolerance)
    _check_cites(e.low, ids, {f.claim.id: f.low for f in figures})
    _check_cites(e.high, ids, {f.claim.id: f.high for f in figures})
    _check_cites(e.best, ids, {f.claim.id: f.value for f in figures})
    assert {c.id for c in e.included} <= ids
    assert {x.claim.id for x in e.excluded} <= ids


@given(troop_sets, troops, tolerances)
def test_adding_a_claim_never_narrows_the_range(
    claims: list[Claim], extra: Claim, tolerance: float | None
) -> None:
    before = reconcile(claims, tolerance=tolerance)
    after = reconcile([*claims, extra], tolerance=tolerance)
    assert after.low.value <= before.low.value
    assert after.high.value >= before.high.value
    if after.low.value == before.low.value:
        assert after.low.open or not before.low.open
    if after.high.value == before.high.value:
        assert after.high.open or not before.high.open


def _bounds(e: Estimate) -> tuple[Any, ...]:
    return tuple((b.value, b.open, b.approximate) for b in (e.low, e.high, e.best))


@given(claim_sets, st.data(), st.integers(1, 3), policies)
def test_repeating_a_claim_through_more_outlets_changes_nothing(
    claims: list[Claim], data: st.DataObject, outlets: int, policy: str
) -> None:
    original = data.draw(st.sampled_from(claims))
    repeats = [
        attrs.evolve(
            original,
            source=attrs.evolve(original.source, id=f"outlet-{i}"),
            via=(Actor(f"Outlet {i}"), *original.via),
        )
        for i in range(outlets)
    ]
    before = reconcile(claims, policy=policy)
    after = reconcile(claims + repeats, policy=policy)
    assert _bounds(after) == _bounds(before)
    assert (after.origins, after.origin_names) == (before.origins, before.origin_names)


@given(claim_sets, policies, tolerances, stance_sets)
def test_json_round_trip_preserves_the_estimate(
    claims: list[Claim], policy: str, tolerance: float | None, stances: list[Stance]
) -> None:
    e = reconcile(claims, policy=policy, tolerance=tolerance, stances=stances)
    text = to_json(e)
    back = from_json(text, Estimate)
    assert back == e
    assert to_json(back) == text
    assert str(back) == str(e)


@given(troop_sets)
def test_footnotes_of_the_sentence_point_at_the_bounds(claims: list[Claim]) -> None:
    e = reconcile(claims)
    notes = e.citations()
    assert len(notes) == len(e.included)
    for bound in (e.low, e.high, e.best):
        for n in e.footnotes(bound):
            assert e.included[n - 1] in bound.claims
        assert len(e.footnotes(bound)) == len(set(bound.claims))


def test_source_pool_is_shared() -> None:
    # The strategies draw documents from the pool by id: one document, many claims.
    assert Source(id="doc-0") == Source(id="doc-0")


@given(
    st.lists(mixed, min_size=1, max_size=10),
    st.lists(st.integers(0, 9), max_size=6),
    st.sampled_from((0, 2**52, 2**62)),
    st.randoms(use_true_random=False),
    st.sampled_from(MODES),
)
def test_canonical_order_is_sorting_by_full_key_without_duplicate_ids(
    claims: list[Claim], repeats: list[int], base: int, rnd: Any, mode: str
) -> None:
    # Shift every span by `base` (past 2**53 the packed sort key is an exact int, not a
    # float), repeat some claims, move some onto one shared place, and shuffle.
    moved = [attrs.evolve(c, span=Span(base + c.span.start, base + c.span.end)) for c in claims]
    moved += [moved[i % len(moved)] for i in repeats]
    moved += [attrs.evolve(c, span=Span(base, base + len(c.span))) for c in moved[: len(repeats)]]
    rnd.shuffle(moved)
    # One claim per id; of claims with one id but other details, the least by repr.
    table: dict[tuple[Any, ...], Claim] = {}
    for c in moved:
        k = (_claim_key(c), c.id)
        table[k] = min(table.get(k, c), c, key=repr)
    with sorting(mode):  # numpy (when installed) or the plain sort: one order
        assert _unique(moved) == [table[k] for k in sorted(table)]


@given(claim_sets, policies, tolerances)
def test_figures_kept_as_shared_rows_decide_like_one_figure_per_claim(
    claims: list[Claim], policy: str, tolerance: float | None
) -> None:
    # reconcile keeps figures as rows shared between claims when readings repeat, and as
    # one figure per claim otherwise: every policy and helper must decide the same on both.
    order, _ = _canonical_order(claims)
    view = _read_figures(claims, order, tolerance)
    plain = _figures(map(claims.__getitem__, order), tolerance)
    assert list(view) == plain
    assert view[1:3] == plain[1:3]
    assert view[-1] == plain[-1]
    chosen = get_policy(policy)
    assert chosen.apply(view) == chosen.apply(plain)
    for helper in (lowest, highest, median_over_origins):
        assert helper(view) == helper(plain)
    for m in Measure:
        group = _where(view, _measure_of_figure, m)
        assert list(group) == [f for f in plain if f.measure is m]
        if group:
            bound = lowest(group)
            assert _tension(m, group, bound, highest(group)) == _tension(
                m, list(group), bound, highest(group)
            )
