"""Reconciliation: the claims about one thing, turned into one ranged, cited estimate.

:func:`reconcile` groups claims by subject and measure, sets aside what counts
something else (casualties are not a deployment, Russian troops are not North
Korean troops) with the reason, reads each remaining claim as an interval
according to its qualifier, and lets a *policy* choose the low, high and best
values, each a :class:`Bound` that cites the claims setting it.

How qualifiers become intervals (the reading every built-in policy shares):

* "exactly N" is ``[N, N]``;
* "approximately N" is the point ``N`` marked approximate, or ``N ± r·N``
  with ``tolerance=r``;
* "more than N" / "at least N" is ``[N, …)``: it can set the low side and
  opens the top when it sets the top;
* "up to N" / "less than N" is ``(…, N]``: it closes the top at ``N``;
* "N to M" is ``[N, M]``.

Corroboration is counted by independent *origins* (``claim.actor.name``), not by
documents: three outlets repeating one agency are one origin cited three times.

>>> from claimkit.model import Actor, Claim, Measure, Quantity, Source, Span
>>> def claim(n, who, doc):
...     text = f"{n:,} troops"
...     return Claim(subject="North Korean troops", measure=Measure.DEPLOYED,
...                  quantity=Quantity.exact(n, text=f"{n:,}"), actor=Actor(who),
...                  source=Source(id=doc), span=Span(0, len(text)), evidence=text)
>>> estimate = reconcile([claim(1500, "NIS", "a"), claim(3000, "Kirby", "b"), claim(3000, "Kirby", "c")])
>>> estimate.headline
'1,500 – 3,000 North Korean troops deployed so far (best 1,500)'
>>> (estimate.origins, estimate.sources)
(2, 3)
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import gc
import itertools
import operator
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, Protocol, overload, runtime_checkable

import attrs

from claimkit import _validators as _v
from claimkit._optional import accelerator
from claimkit.errors import EmptyEstimateError, ModelTypeError, PolicyError, ReconcileError, ValidationError
from claimkit.model import (
    Claim,
    DateProvenance,
    DateWindow,
    Measure,
    Number,
    Polarity,
    Qualifier,
    Stance,
    _slot_setters,
)

__all__ = [
    "HEADLINE_MEASURES",
    "Bound",
    "ConservativePolicy",
    "Estimate",
    "Exclusion",
    "ExclusionKind",
    "Figure",
    "LatestPolicy",
    "Outcome",
    "Part",
    "Policy",
    "RangePolicy",
    "Tension",
    "Timeline",
    "TimelineEntry",
    "figures_of",
    "get_policy",
    "highest",
    "lowest",
    "median_over_origins",
    "merge",
    "policy_names",
    "reconcile",
    "register_policy",
    "timeline",
]

#: The troop-count measures a headline estimate spans: what was reported as
#: already sent and what was projected in total.
HEADLINE_MEASURES: tuple[Measure, ...] = (Measure.DEPLOYED, Measure.EXPECTED_TOTAL)

_MEASURE_ORDER = {m: i for i, m in enumerate(Measure)}

_MEASURE_LABEL = {
    Measure.DEPLOYED: "deployed so far",
    Measure.EXPECTED_TOTAL: "expected in total",
    Measure.CASUALTIES: "killed or wounded",
    Measure.RATE: "per unit of time",
    Measure.FORMATION: "in whole formations",
    Measure.MONEY: "in money",
    Measure.OTHER: "(other measure)",
}

# Why a claim of another measure stays out of a troop-count estimate.
_HEADLINE_REASON = {
    Measure.CASUALTIES: "casualty count, not a deployment",
    Measure.RATE: "a rate, not a headcount",
    Measure.FORMATION: "strength of a whole formation, not the troops sent",
    Measure.MONEY: "an amount of money, not a headcount",
    Measure.OTHER: "counts something other than troops",
}

_APPROXIMATE = frozenset({Qualifier.APPROXIMATE, Qualifier.VAGUE})

# Among equal values, how far up the wording lets a figure reach ("up to" lowest, "more than" highest).
_REACH = {
    Qualifier.LESS_THAN: 0,
    Qualifier.AT_MOST: 1,
    Qualifier.APPROXIMATE: 2,
    Qualifier.VAGUE: 2,
    Qualifier.EXACT: 3,
    Qualifier.RANGE: 3,
    Qualifier.AT_LEAST: 4,
    Qualifier.MORE_THAN: 5,
}


# ------------------------------------------------------------------ classes


def _check_tuple(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    # Only the container is checked: these tuples can hold a million claims.
    if not isinstance(value, tuple):
        raise ModelTypeError(_v.name(inst, attr), value, "a tuple")


def _check_optional_tuple(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_tuple(inst, attr, value)


def _check_bool(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ModelTypeError(_v.name(inst, attr), value, "True or False")


def _check_count_int(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ModelTypeError(_v.name(inst, attr), value, "an int >= 0")


def _check_tolerance_field(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _v.check_count(inst, attr, value)


def _check_side(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value not in ("low", "high", "best"):
        raise ValidationError(_v.name(inst, attr), value, "'low', 'high' or 'best'")


def _check_as_of(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, _dt.datetime) or not isinstance(value, _dt.date)):
        raise ModelTypeError(_v.name(inst, attr), value, "a datetime.date or None")


def _to_tuple(value: Any) -> Any:
    return _v.to_tuple(value)


@attrs.frozen(kw_only=True)
class Bound:
    """One side of an estimate (or its best value), with the claims that set it.

    Args:
        value: the number.
        open: whether the text allows more (for a high bound) or less (for a
            low bound) than ``value``: "more than 12,000" leaves the top open.
        approximate: whether every claim setting it is only approximate.
        claims: the claims whose figure sets this value.

    >>> Bound(value=12000, open=True).text
    '12,000+'
    """

    value: Number = attrs.field(validator=_v.check_count)
    open: bool = attrs.field(default=False, validator=_check_bool)
    approximate: bool = attrs.field(default=False, validator=_check_bool)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_to_tuple, validator=_check_tuple)
    #: ``"low"``, ``"high"`` or ``"best"``: decides how ``open`` reads.
    side: str = attrs.field(default="best", validator=_check_side)

    @property
    def origins(self) -> tuple[str, ...]:
        """The independent origins behind this bound, sorted."""
        return tuple(sorted({c.actor.name for c in self.claims}))

    @property
    def text(self) -> str:
        """The value as a reader sees it: ``~10,000``, ``12,000+``, ``≤1,500``."""
        text = _fmt_number(self.value)
        if self.approximate:
            text = "~" + text
        if self.open:
            text = "≤" + text if self.side == "low" else text + "+"
        return text

    def __str__(self) -> str:
        return self.text


class ExclusionKind(str, enum.Enum):
    """Why a claim was set aside (the machine-readable half of the reason)."""

    MEASURE = "measure"
    SUBJECT = "subject"
    AS_OF = "as_of"
    SUPERSEDED = "superseded"


@attrs.frozen
class Exclusion:
    """A claim set aside, with the reason.

    >>> Exclusion.__attrs_attrs__.reason.name
    'reason'
    """

    claim: Claim = attrs.field(validator=_v.instance_of(Claim))
    reason: str = attrs.field(validator=_v.check_nonempty_str)
    kind: ExclusionKind = attrs.field(
        default=ExclusionKind.MEASURE, kw_only=True, validator=_v.one_of(ExclusionKind)
    )

    def __str__(self) -> str:
        return f"{self.claim.quantity} ({self.claim.actor.name}): {self.reason}"


#: The slots of :class:`Exclusion`, written directly by :func:`_exclusions`.
_EXCLUSION_SLOTS = _slot_setters(Exclusion, "claim reason kind")


def _exclusions(
    claims: Iterable[Claim], reasons: Iterable[str], kinds: Iterable[ExclusionKind]
) -> list[Exclusion]:
    """:class:`Exclusion` objects built without re-validating arguments known to be good.

    The hot path of :func:`reconcile`: a million claims of another measure each get
    one, their claim already checked by ``_claim_list`` and their reason written here.
    The objects are made and their slots filled column by column in C (``map`` over
    the slot descriptors), about twice as fast as a Python call per exclusion.
    """
    claims = list(claims)
    made: list[Exclusion] = list(map(object.__new__, itertools.repeat(Exclusion, len(claims))))
    set_claim, set_reason, set_kind = _EXCLUSION_SLOTS
    _drain(map(set_claim, made, claims))
    _drain(map(set_reason, made, reasons))
    _drain(map(set_kind, made, kinds))
    return made


#: Run an iterator to its end, keeping nothing (in C).
_drain: Callable[[Iterable[object]], object] = functools.partial(deque, maxlen=0)


@attrs.frozen(kw_only=True)
class Part:
    """The estimate for one measure inside a headline estimate (deployed vs expected).

    >>> Part.__attrs_attrs__.measure.name
    'measure'
    """

    measure: Measure
    low: Bound
    high: Bound
    best: Bound
    origins: int
    claims: int

    @property
    def text(self) -> str:
        """``"deployed so far 1,500 – 10,000"``."""
        return f"{_MEASURE_LABEL[self.measure]} {_range_text(self.low, self.high)}"


@attrs.frozen(kw_only=True)
class Tension:
    """The lowest and highest figures for one measure, whose intervals do not overlap.

    ``gap`` is how far apart they are (the low side of the highest figures minus
    the high side of the lowest).

    >>> Tension.__attrs_attrs__.gap.name
    'gap'
    """

    measure: Measure
    low: tuple[Claim, ...] = attrs.field(converter=_to_tuple, validator=_check_tuple)
    high: tuple[Claim, ...] = attrs.field(converter=_to_tuple, validator=_check_tuple)
    gap: Number


class Figure(NamedTuple):
    """A claim read as an interval under the reconciliation's settings.

    This is what a :class:`Policy` sees. ``low``/``high`` are finite; ``open_low``
    and ``open_high`` say whether the wording leaves that side open.
    """

    claim: Claim
    value: Number
    low: Number
    high: Number
    open_low: bool
    open_high: bool
    approximate: bool
    origin: str
    measure: Measure


@attrs.frozen(kw_only=True)
class Outcome:
    """What a policy decides: the three bounds, and any claims it superseded.

    >>> Outcome.__attrs_attrs__.superseded.default
    ()
    """

    low: Bound
    high: Bound
    best: Bound
    superseded: tuple[Exclusion, ...] = ()


# ------------------------------------------------------------------ policies


@runtime_checkable
class Policy(Protocol):
    """How low, high and best are chosen from the figures of one estimate.

    A policy is a small object with a ``name`` (used to find it again when
    estimates are merged: see :func:`register_policy`) and a method ``apply``
    that receives the figures (sorted by value, never empty) and returns an
    :class:`Outcome`. It must be a pure function of the *set* of figures.
    Write one by composing :func:`lowest`, :func:`highest` and
    :func:`median_over_origins`: when claims repeat few readings the figures
    come as a compact sequence that makes each :class:`Figure` on access, and
    those helpers decide on its distinct readings instead.
    """

    @property
    def name(self) -> str:
        """The name the policy is registered and recorded under."""

    def apply(self, figures: Sequence[Figure]) -> Outcome:
        """Choose the bounds for ``figures``."""


# Figure fields read in C: the policies below pass over every figure a few times, and
# at a million figures a Python-level loop per pass costs more than the rest together.
_claim_of_figure = operator.itemgetter(0)
_value_of_figure = operator.itemgetter(1)
_low_of = operator.itemgetter(2)
_high_of = operator.itemgetter(3)
_open_low_of = operator.itemgetter(4)
_open_high_of = operator.itemgetter(5)
_approximate_of = operator.itemgetter(6)
_origin_of_figure = operator.itemgetter(7)
_measure_of_figure = operator.itemgetter(8)


def _rows(figures: Sequence[Figure]) -> Sequence[Figure]:
    """Figures enough to decide anything that depends on their *set* of readings.

    For a :class:`_FigureView` these are its distinct readings (claim left out), in
    canonical order of first appearance; otherwise the figures themselves.
    """
    return figures.rows() if isinstance(figures, _FigureView) else figures


def _claims_of(figures: Sequence[Figure]) -> tuple[Claim, ...]:
    if isinstance(figures, _FigureView):
        return tuple(figures.claims)
    return tuple(map(_claim_of_figure, figures))


def _column(figures: Sequence[Figure], field: Callable[[Figure], Any]) -> list[Any]:
    """One field of every figure, in order (read from the shared rows of a :class:`_FigureView`)."""
    if isinstance(figures, _FigureView):
        return list(map(field, map(figures.table.__getitem__, figures.numbers)))
    return list(map(field, figures))


def _select(figures: Sequence[Figure], keep: list[bool]) -> Sequence[Figure]:
    """The figures where ``keep`` is true, in their order (a view stays a view)."""
    if isinstance(figures, _FigureView):
        return _FigureView(
            list(itertools.compress(figures.claims, keep)),
            list(itertools.compress(figures.numbers, keep)),
            figures.table,
        )
    return list(itertools.compress(figures, keep))


def _where(figures: Sequence[Figure], field: Callable[[Figure], Any], value: Any) -> Sequence[Figure]:
    """The figures whose ``field`` equals ``value``, in their order (one pass in C)."""
    if isinstance(figures, _FigureView):
        return figures.where(field, value)
    return list(itertools.compress(figures, map(operator.eq, map(field, figures), itertools.repeat(value))))


def _bound(side: str, value: Number, setters: Sequence[Figure], *, opened: bool) -> Bound:
    return Bound(
        value=value,
        open=opened,
        approximate=all(map(_approximate_of, _rows(setters))),
        claims=_claims_of(setters),
        side=side,
    )


def lowest(figures: Sequence[Figure]) -> Bound:
    """The lowest credible figure: the smallest low side, open if a setter says "up to".

    >>> lowest(figures_of(_example_claims())).text
    '1,500'
    """
    value = min(map(_low_of, _rows(figures)))
    setters = _where(figures, _low_of, value)
    return _bound("low", value, setters, opened=any(map(_open_low_of, _rows(setters))))


def highest(figures: Sequence[Figure]) -> Bound:
    """The highest credible figure: the largest high side, open if a setter says "more than".

    >>> highest(figures_of(_example_claims())).text
    '12,000+'
    """
    value = max(map(_high_of, _rows(figures)))
    setters = _where(figures, _high_of, value)
    return _bound("high", value, setters, opened=any(map(_open_high_of, _rows(setters))))


def _lower_median(values: Sequence[Number]) -> Number:
    """The lower middle of sorted ``values``: always one of the values themselves."""
    return values[(len(values) - 1) // 2]


def median_over_origins(figures: Sequence[Figure]) -> Bound:
    """Median over independent origins, not over repetitions.

    Each origin is represented by the lower median of the *distinct* values it
    gave (so repeating a figure through more outlets changes nothing); best is
    the lower median of those representatives. Taking the lower middle keeps
    best a figure someone actually stated, and errs low. Best cites every claim
    stating that value.

    >>> median_over_origins(figures_of(_example_claims())).text
    '~10,000'
    """
    by_origin: dict[str, set[Number]] = defaultdict(set)
    rows = _rows(figures)
    for origin, value in zip(map(_origin_of_figure, rows), map(_value_of_figure, rows), strict=True):
        by_origin[origin].add(value)
    representatives = sorted(_lower_median(sorted(values)) for values in by_origin.values())
    best = _lower_median(representatives)
    return _bound("best", best, _where(figures, _value_of_figure, best), opened=False)


@attrs.frozen
class RangePolicy:
    """The default policy: lowest to highest credible figure, best = median over origins.

    >>> RangePolicy().apply(figures_of(_example_claims())).best.value
    10000
    """

    name: str = "range"

    def apply(self, figures: Sequence[Figure]) -> Outcome:
        """Low = :func:`lowest`, high = :func:`highest`, best = :func:`median_over_origins`."""
        return Outcome(low=lowest(figures), high=highest(figures), best=median_over_origins(figures))


@attrs.frozen
class ConservativePolicy:
    """Best = the lowest credible figure, as conflict-event datasets do when reports disagree.

    >>> ConservativePolicy().apply(figures_of(_example_claims())).best.value
    1500
    """

    name: str = "conservative"

    def apply(self, figures: Sequence[Figure]) -> Outcome:
        """Low and high as the range policy; best = the smallest stated value."""
        value = min(map(_value_of_figure, _rows(figures)))
        best = _bound("best", value, _where(figures, _value_of_figure, value), opened=False)
        return Outcome(low=lowest(figures), high=highest(figures), best=best)


def _figure_date(claim: Claim) -> DateWindow | None:
    """The date a figure speaks for: its reference date, else its document's date."""
    return claim.ref_date if claim.ref_date is not None else claim.source.published


def _recency(window: DateWindow) -> tuple[_dt.date, _dt.date]:
    # A window is as recent as the last day it may refer to; ties go to the later start.
    return (window.latest or _dt.date.max, window.earliest or _dt.date.min)


@attrs.frozen
class LatestPolicy:
    """The most recent figure of each origin supersedes that origin's older ones.

    Supersession is per origin *and* measure (a projected total does not replace
    a count of troops already sent). Recency is the figure's reference date, else
    its document's date; a window is as recent as its last day. Undated figures
    can be shown neither older nor newer, so they are never superseded and
    supersede nothing. Superseded claims are excluded with the reason, and the
    rest reconciled as the range policy does.

    >>> LatestPolicy().apply(figures_of(_example_claims())).superseded
    ()
    """

    name: str = "latest"

    def apply(self, figures: Sequence[Figure]) -> Outcome:
        """Drop superseded figures, then low, high and best as :class:`RangePolicy`."""
        claims = _claims_of(figures)
        windows = [
            r if r is not None else p
            for r, p in zip(map(_ref_date_of, claims), map(_published_of, claims), strict=True)
        ]
        # Few distinct (origin, measure, date) stand behind many figures: decide each once,
        # knowing the first figure (in their order) that shows it.
        places = list(
            zip(
                _column(figures, _origin_of_figure),
                _column(figures, _measure_of_figure),
                map(id, windows),
                strict=True,
            )
        )
        first = dict(zip(reversed(places), range(len(places) - 1, -1, -1), strict=True))
        rank = {id(w): _recency(w) for w in windows if w is not None}
        newest: dict[tuple[str, Measure], tuple[tuple[_dt.date, _dt.date], int]] = {}
        for (origin, measure, day), i in first.items():
            if day == _NO_DATE:
                continue
            held = newest.get((origin, measure))
            # The first figure of the newest date wins: figures come sorted by value, so the
            # choice does not depend on the input order.
            if held is None or rank[day] > held[0] or (rank[day] == held[0] and i < held[1]):
                newest[(origin, measure)] = (rank[day], i)
        verdict = {
            place: place[2] == _NO_DATE or rank[place[2]] >= newest[(place[0], place[1])][0]
            for place in first
        }
        keep = list(map(verdict.__getitem__, places))
        if all(keep):
            return Outcome(low=lowest(figures), high=highest(figures), best=median_over_origins(figures))
        reasons = {
            key: f"superseded by a later figure from {key[0]}: {_figure_text(claims[i])} ({_fmt_window(windows[i])})"
            for key, (_, i) in newest.items()
        }
        dropped = list(map(operator.not_, keep))
        superseded = tuple(
            _exclusions(
                itertools.compress(claims, dropped),
                map(reasons.__getitem__, map(_origin_and_measure, itertools.compress(places, dropped))),
                itertools.repeat(ExclusionKind.SUPERSEDED),
            )
        )
        kept = _select(figures, keep)
        return Outcome(
            low=lowest(kept), high=highest(kept), best=median_over_origins(kept), superseded=superseded
        )


#: The id that stands for "no date" among the ids of date windows.
_NO_DATE = id(None)
_origin_and_measure = operator.itemgetter(0, 1)


_REGISTRY: dict[str, Policy] = {}


def register_policy(policy: Policy, *, replace: bool = False) -> Policy:
    """Make ``policy`` findable by its name (so estimates made with it can be merged).

    Raises:
        PolicyError: not a policy, or the name is taken by a different policy
            and ``replace`` is false.

    >>> register_policy(RangePolicy()) == RangePolicy()
    True
    """
    if not isinstance(policy, Policy) or not isinstance(getattr(policy, "name", None), str):
        raise PolicyError(f"not a reconciliation policy (needs a str `name` and `apply`): {policy!r}")
    held = _REGISTRY.get(policy.name)
    if held is not None and held != policy and not replace:
        raise PolicyError(f"a different policy is already registered as {policy.name!r}: {held!r}")
    _REGISTRY[policy.name] = policy
    return policy


def get_policy(policy: str | Policy | None = None) -> Policy:
    """The policy of that name (or the policy itself); ``None`` is the range policy.

    Raises:
        PolicyError: no policy of that name is registered.

    >>> get_policy("conservative").name
    'conservative'
    >>> get_policy("widest")
    Traceback (most recent call last):
    ...
    claimkit.errors.PolicyError: unknown reconciliation policy 'widest'; known: conservative, latest, range...
    """
    if policy is None:
        return _REGISTRY["range"]
    if isinstance(policy, str):
        try:
            return _REGISTRY[policy]
        except KeyError:
            known = ", ".join(policy_names())
            raise PolicyError(f"unknown reconciliation policy {policy!r}; known: {known}") from None
    if isinstance(policy, Policy):
        return policy
    raise PolicyError(f"policy must be a name or a Policy object, got {type(policy).__name__} {policy!r}")


def policy_names() -> tuple[str, ...]:
    """The names of the registered policies, sorted.

    >>> policy_names()[:3]
    ('conservative', 'latest', 'range')
    """
    return tuple(sorted(_REGISTRY))


for _policy in (RangePolicy(), ConservativePolicy(), LatestPolicy()):
    register_policy(_policy)


# ------------------------------------------------------------------ figures


_new_figure: Callable[[tuple[Any, ...]], Figure] = functools.partial(tuple.__new__, Figure)


#: What decides a claim's figure: its quantity's numbers and qualifier (with the
#: numbers' types, so that 3000 and 3000.0 stay apart), its origin and its measure.
_reading = operator.attrgetter(
    "quantity.value",
    "quantity.low",
    "quantity.high",
    "quantity.qualifier",
    "quantity.value.__class__",
    "quantity.low.__class__",
    "quantity.high.__class__",
    "actor.name",
    "measure",
)


def _row(reading: tuple[Any, ...], tolerance: float | None) -> Figure:
    """The figure of one reading, without a claim (``claim`` is ``None``)."""
    value, low, high, qualifier = reading[:4]
    origin, measure = reading[-2:]
    approximate = qualifier in _APPROXIMATE
    if approximate and low is None and high is None:
        # "Approximately N" is a point marked approximate, or N ± r·N on request.
        if tolerance:
            return _new_figure(
                (
                    None,
                    value,
                    value * (1 - tolerance),
                    value * (1 + tolerance),
                    False,
                    False,
                    True,
                    origin,
                    measure,
                )
            )
        return _new_figure((None, value, value, value, False, False, True, origin, measure))
    return _new_figure((
        None,
        value,
        value if low is None else low,
        value if high is None else high,
        low is None,
        high is None,
        approximate,
        origin,
        measure,
    ))  # fmt: skip


#: Figures are kept as rows shared between claims (:class:`_FigureView`) when the claims
#: can hold at most a quarter as many distinct readings as there are claims (bounded by
#: the distinct values times the distinct who-says-what triples); otherwise building
#: one figure per claim is cheaper than numbering readings that hardly repeat.
_REPEATS = 4


class _FigureView(Sequence[Figure]):
    """Figures held as columns: the claims, and for each the number of its row (its reading).

    A million claims repeat few distinct readings (value, interval, origin,
    measure): often a few hundred. The built-in policies decide on the distinct rows
    and pick claims by row number in one pass in C, instead of building and
    comparing a million figures. To anyone else (a policy of one's own) this is an
    ordinary sequence of :class:`Figure`, each made on access.
    """

    __slots__ = ("_present", "claims", "numbers", "table")

    def __init__(self, claims: list[Claim], numbers: list[int], table: list[Figure]) -> None:
        self.claims = claims
        self.numbers = numbers
        self.table = table
        self._present: list[int] | None = None

    def __len__(self) -> int:
        return len(self.claims)

    @overload
    def __getitem__(self, index: int) -> Figure: ...

    @overload
    def __getitem__(self, index: slice) -> list[Figure]: ...

    def __getitem__(self, index: int | slice) -> Figure | list[Figure]:
        if isinstance(index, slice):
            return list(map(self._figure, self.claims[index], self.numbers[index]))
        return self._figure(self.claims[index], self.numbers[index])

    def __iter__(self) -> Iterator[Figure]:
        return map(self._figure, self.claims, self.numbers)

    def _figure(self, claim: Claim, number: int) -> Figure:
        return _new_figure((claim, *self.table[number][1:]))

    def present(self) -> list[int]:
        """The row numbers present, in order of first appearance."""
        if self._present is None:
            self._present = list(dict.fromkeys(self.numbers))
        return self._present

    def rows(self) -> list[Figure]:
        """The distinct readings present (``claim`` is ``None``), in order of first appearance."""
        return list(map(self.table.__getitem__, self.present()))

    def where(self, field: Callable[[Figure], Any], value: Any) -> _FigureView:
        """The figures whose ``field`` equals ``value``, in their order."""
        present = self.present()
        matches = map(operator.eq, map(field, map(self.table.__getitem__, present)), itertools.repeat(value))
        chosen = set(itertools.compress(present, matches))
        if len(chosen) == len(present):
            return self
        keep = list(map(chosen.__contains__, self.numbers))
        return _FigureView(
            list(itertools.compress(self.claims, keep)),
            list(itertools.compress(self.numbers, keep)),
            self.table,
        )


def _figures(claims: Iterable[Claim], tolerance: float | None) -> list[Figure]:
    """Each claim read as a figure (see the module docstring), equal numbers and names shared.

    A million claims hold a million number objects scattered over memory, and the
    policies compare the figures' numbers several times over: comparing shared
    objects stays in the CPU cache (at 10^6 claims, 4-5x faster passes for ~10 %
    more time here). Ints and floats are shared apart, so a figure keeps the type
    of the number its claim stated.
    """
    ints: dict[Number, Number] = {}
    floats: dict[Number, Number] = {}
    names: dict[str, str] = {}
    bands: dict[Number, tuple[Number, Number]] = {}
    out: list[Figure] = []
    append, new, name = out.append, _new_figure, names.setdefault
    for claim in claims:
        q = claim.quantity
        value = q.value
        value = (ints if value.__class__ is int else floats).setdefault(value, value)
        low, high = q.low, q.high
        approximate = q.qualifier in _APPROXIMATE
        origin = claim.actor.name
        if approximate and low is None and high is None:
            # "Approximately N" is a point marked approximate, or N ± r·N on request.
            if tolerance:
                band = bands.get(value)
                if band is None:
                    band = bands[value] = (value * (1 - tolerance), value * (1 + tolerance))
                append(new((claim, value, *band, False, False, True, name(origin, origin), claim.measure)))
            else:
                append(
                    new((claim, value, value, value, False, False, True, name(origin, origin), claim.measure))
                )
            continue
        append(new((
            claim,
            value,
            value if low is None else (ints if low.__class__ is int else floats).setdefault(low, low),
            value if high is None else (ints if high.__class__ is int else floats).setdefault(high, high),
            low is None,
            high is None,
            approximate,
            name(origin, origin),
            claim.measure,
        )))  # fmt: skip
    return out


def _read_figures(claims: Sequence[Claim], order: Iterable[int], tolerance: float | None) -> _FigureView:
    """The figures of ``claims[i]`` for ``i`` in ``order``.

    The readings are taken in input order, where claims usually lie in memory as they
    were made, numbered as they first appear, and only the compact column of numbers
    is put in ``order``.
    """
    numbers: defaultdict[tuple[Any, ...], int] = defaultdict(itertools.count().__next__)
    column = list(map(numbers.__getitem__, map(_reading, claims)))
    table: list[Figure] = [_row(reading, tolerance) for reading in numbers]
    order = list(order)
    return _FigureView(list(map(claims.__getitem__, order)), list(map(column.__getitem__, order)), table)


def figures_of(claims: Iterable[Claim], *, tolerance: float | None = None) -> tuple[Figure, ...]:
    """Read claims as figures (intervals) the way :func:`reconcile` does, sorted by value.

    Useful for testing a policy of your own.

    >>> [(f.low, f.high, f.open_high) for f in figures_of(_example_claims())][-1]
    (12000, 12000, True)
    """
    items = _claim_list(claims)
    return tuple(_read_figures(items, _canonical_order(items)[0], tolerance))


# --------------------------------------------------------------- estimate


#: A sort and identity key for the rare claims that share a value and a place: value,
#: place, then the rest of the content. Computing ``Claim.id`` (a sha256) for every
#: claim would dominate the cost of reconciling a million claims; this key tells
#: claims apart in practice, and the rare collisions between different claims fall
#: back on the id.
_claim_key: Callable[[Claim], tuple[Any, ...]] = operator.attrgetter(
    "quantity.value",
    "source.id",
    "span.start",
    "span.end",
    "measure",
    "actor.name",
    "subject",
    "quantity.qualifier",
)


def _pick(claims: Sequence[Claim]) -> Claim:
    """One of several claims with one key or id, chosen independently of their order."""
    first = claims[0]
    if all(c is first or c == first for c in claims):
        return first
    return min(claims, key=repr)


def _claim_list(claims: Iterable[Claim]) -> Sequence[Claim]:
    """The claims as a sequence, every item checked to be a Claim."""
    if isinstance(claims, Claim | str | bytes) or not isinstance(claims, Iterable):
        raise ModelTypeError("claims", claims, "an iterable of Claim")
    items = claims if isinstance(claims, list | tuple) else list(claims)
    if not all(issubclass(t, Claim) for t in set(map(type, items))):
        i, bad = next((i, c) for i, c in enumerate(items) if not isinstance(c, Claim))
        raise ModelTypeError(f"claims[{i}]", bad, "a Claim")
    return items


def _unique(claims: Iterable[Claim]) -> list[Claim]:
    """Claims without duplicates (same id), in a canonical order independent of input order."""
    items = _claim_list(claims)
    return list(map(items.__getitem__, _canonical_order(items)[0]))


_span_start = operator.attrgetter("span.start")

#: Below this, a float holds every integer exactly (and floats sort several times faster
#: than Python ints, which are not machine words).
_EXACT_IN_FLOAT = 2**53

#: From this many claims on, canonical order is packed and sorted with numpy when it is
#: installed (``pip install 'claimkit[fast]'``): at a million claims it saves about a
#: tenth of :func:`reconcile`'s time. Below, importing numpy would cost more than it saves.
_NUMPY_FROM = 100_000


def _canonical_order(items: Sequence[Claim], sources: list[str] | None = None) -> tuple[list[int], int]:
    """Indices of ``items`` in canonical order, one index per distinct claim; and how many values.

    Canonical order is by value, then place (source id, span start), then the full
    :data:`_claim_key`; claims with one id count once. The value (or its rank), the
    source's rank and the start are packed into one number per claim, gathered in input order
    (sequential memory access) and sorted as numbers: at a million claims this is
    several times faster than sorting the claims by a tuple. Only claims sharing
    value, source and start (rare) are then ordered by the full key. From
    :data:`_NUMPY_FROM` claims on, numpy (when installed) packs and sorts the numbers;
    the order is the same.
    """
    n = len(items)
    if n < 2:
        return list(range(n)), n
    values = list(map(_value_of, items))
    if sources is None:
        sources = list(map(_source_id, items))
    starts = list(map(_span_start, items))
    distinct_values = set(values)
    source_rank = {s: r for r, s in enumerate(sorted(set(sources)))}
    # One number per claim orders by (value, source, start): the value part, plus the
    # source's rank scaled past every start, plus the start. Floats sort several times
    # faster than Python ints and are exact while the largest key stays below 2**53
    # (else the exact ints are used).
    width = max(starts) + 1
    scale = len(source_rank) * width
    whole = (max(distinct_values) + 1) * scale < _EXACT_IN_FLOAT and all(
        v.__class__ is int and v >= 0 for v in distinct_values
    )
    value_rank: dict[Number, int] = {}
    if not whole:
        value_rank = {v: r for r, v in enumerate(sorted(distinct_values))}
    exact = whole or len(value_rank) * scale < _EXACT_IN_FLOAT
    np = accelerator("numpy") if exact and n >= _NUMPY_FROM else None
    keys: list[float] | list[int]
    if np is not None:
        # Whole counts (the usual case) are their own value part; else the value's rank.
        packed = np.array(values if whole else list(map(value_rank.__getitem__, values)), dtype=np.int64)
        packed *= scale
        packed += np.array(list(map(source_rank.__getitem__, sources)), dtype=np.int64) * width
        packed += np.array(starts, dtype=np.int64)
        del values, starts
        order = np.argsort(packed, kind="stable")
        ordered = packed[order]
        # Positions (in sorted order) whose key equals the next one's: the rare runs of
        # claims sharing value, source and start. The stable sort left each run in input
        # order; its distinct members in full-key order take its place.
        ties: list[int] = np.flatnonzero(ordered[1:] == ordered[:-1]).tolist()
        in_order: list[int] = order.tolist()
        if not ties:
            return in_order, len(distinct_values)
        return _settle_runs(items, in_order, ties), len(distinct_values)
    else:
        source_part = {s: r * float(width) for s, r in source_rank.items()}
        if whole:
            # The value itself, scaled, is its part: no ranking of values, nor a lookup per claim.
            value_parts: Iterable[float] = map(operator.mul, values, itertools.repeat(float(scale)))
        else:
            if not exact:
                source_part = {s: r * width for s, r in source_rank.items()}
            value_part = {v: r * (float(scale) if exact else scale) for v, r in value_rank.items()}
            value_parts = map(value_part.__getitem__, values)
        keys = list(
            map(operator.add, value_parts, map(operator.add, map(source_part.__getitem__, sources), starts))
        )
        del values, starts
        if len(set(keys)) == n:
            return sorted(range(n), key=keys.__getitem__), len(distinct_values)
    # Claims sharing value, source and start (rare: mostly repetitions of one claim) are
    # deduplicated and ordered by the full key first, in input order: each run's distinct
    # members are written into the slots the run holds (the rest dropped), and the stable
    # sort keeps equal keys in slot order. Cheaper than finding the runs after sorting,
    # which reads the keys again in sorted (scattered) order.
    shared = {key for key, count in Counter(keys).items() if count > 1}
    runs: defaultdict[float, list[int]] = defaultdict(list)
    for i in itertools.compress(range(n), map(shared.__contains__, keys)):
        runs[keys[i]].append(i)
    slots = list(range(n))
    keep = bytearray(b"\x01") * n
    for members in runs.values():
        distinct = _dedupe_indices(items, members)
        for slot, i in zip(members, distinct, strict=False):  # distinct is the shorter
            slots[slot] = i
        for slot in members[len(distinct) :]:
            keep[slot] = 0
    return sorted(itertools.compress(slots, keep), key=keys.__getitem__), len(distinct_values)


def _settle_runs(items: Sequence[Claim], order: list[int], ties: list[int]) -> list[int]:
    """``order`` with each run of equal keys deduplicated and ordered by the full key.

    ``ties`` are the positions ``p`` of ``order`` whose key equals that at ``p + 1``,
    ascending; consecutive positions belong to one run, which spans ``p`` to the last
    tie plus one, its members in input order.
    """
    settled: list[int] = []
    done = 0
    k = 0
    while k < len(ties):
        first = last = ties[k]
        k += 1
        while k < len(ties) and ties[k] == last + 1:
            last = ties[k]
            k += 1
        settled += order[done:first]
        settled += _dedupe_indices(items, order[first : last + 2])
        done = last + 2
    settled += order[done:]
    return settled


def _dedupe_indices(items: Sequence[Claim], indices: list[int]) -> list[int]:
    """Of claims sharing a place, the indices of the distinct ones in full-key order."""
    position = {id(items[i]): i for i in indices}
    return [position[id(c)] for c in _dedupe_by_key([items[i] for i in indices])]


def _dedupe_by_key(items: list[Claim]) -> list[Claim]:
    """Claims without duplicates, ordered by their full key (the id breaks the rare ties)."""
    keys = list(map(_claim_key, items))
    table = dict(zip(keys, items, strict=True))
    if len(table) < len(items):
        repeated = {k for k, n in Counter(keys).items() if n > 1}
        groups: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
        for k, c in zip(keys, items, strict=True):
            if k in repeated:
                groups[k].append(c)
        for k, group in groups.items():
            by_id: dict[str, list[Claim]] = defaultdict(list)
            if all(c is group[0] or c == group[0] for c in group):
                table[k] = group[0]
                continue
            for c in group:
                by_id[c.id].append(c)
            if len(by_id) == 1:
                # Same content id, different details (e.g. a source title): keep one.
                table[k] = _pick(group)
            else:
                del table[k]
                for claim_id, same in by_id.items():
                    extended = (*k, claim_id)
                    table[extended] = _pick(same)
    return list(map(operator.itemgetter(1), sorted(table.items(), key=operator.itemgetter(0))))


def _stance_bears_on(stance: Stance, subject: str) -> bool:
    """Whether a stance's target is about the subject (or its deployment)."""
    target = set(stance.target.casefold().replace("’", "'").split())
    words = subject.casefold().split()
    if set(words) <= target:
        return True
    # "the deployment of North Korean soldiers": the nationality plus a word of deploying.
    return len(words) > 1 and set(words[:-1]) <= target and any(w.startswith("deploy") for w in target)


def _unique_stances(stances: Iterable[Stance]) -> tuple[Stance, ...]:
    table: dict[str, Stance] = {}
    for i, s in enumerate(stances):
        if not isinstance(s, Stance):
            raise ModelTypeError(f"stances[{i}]", s, "a Stance")
        table[s.id] = s
    return tuple(table[k] for k in sorted(table))


def _check_date_option(as_of: object) -> _dt.date | None:
    if as_of is None:
        return None
    if isinstance(as_of, _dt.datetime) or not isinstance(as_of, _dt.date):
        raise ModelTypeError("as_of", as_of, "a datetime.date or None")
    return as_of


def _check_tolerance(tolerance: object) -> float | None:
    if tolerance is None:
        return None
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise ModelTypeError("tolerance", tolerance, "a float in [0, 1) or None")
    if not 0 <= tolerance < 1:
        raise PolicyError(f"tolerance: got {tolerance!r}, expected a relative margin in [0, 1) (0.1 = ±10%)")
    return float(tolerance)


def _measures_option(measure: object) -> tuple[Measure, ...] | None:
    if measure is None:
        return None
    items = [measure] if isinstance(measure, Measure | str) else measure
    if not isinstance(items, Iterable):
        raise ModelTypeError("measure", measure, "a Measure, a collection of Measures, or None")
    out: set[Measure] = set()
    for m in items:
        try:
            out.add(Measure(m))
        except ValueError:
            choices = ", ".join(repr(x.value) for x in Measure)
            raise ReconcileError(f"measure: got {m!r}, expected one of {choices}") from None
    if not out:
        raise ReconcileError("measure: got an empty collection, expected at least one Measure")
    return tuple(sorted(out, key=_MEASURE_ORDER.__getitem__))


@attrs.frozen(kw_only=True)
class Estimate:
    """A ranged, cited estimate of one measure (or the headline troop count) of one subject.

    ``low``, ``high`` and ``best`` each cite the claims that set them;
    ``included`` and ``excluded`` together hold every claim given (without
    duplicates), so estimates can be merged (:meth:`merge`) exactly.

    Attributes:
        subject: what is counted ("North Korean troops").
        measures: the measures reconciled together (the headline spans
            deployed and expected-total figures).
        policy: the name of the policy used (see :func:`get_policy`).
        low, high, best: the bounds.
        included: the claims reconciled, sorted by value (footnote order).
        excluded: the claims set aside, each with its reason.
        sources: number of documents among the included claims.
        origins: number of independent origins (actors) among them.
        origin_names: their names, sorted.
        parts: one :class:`Part` per measure when several are reconciled together.
        tensions: per measure, extreme figures that contradict each other.
        stances: the stances bearing on the subject.
        window: the dates the included figures speak for, when known.
        as_of, tolerance: the settings used.
        requested_subject, requested_measures: what was asked for (``None``
            when chosen automatically), kept so merging repeats the choice.
    """

    subject: str = attrs.field(validator=_v.check_nonempty_str)
    measures: tuple[Measure, ...] = attrs.field(converter=_to_tuple, validator=_v.tuple_of(Measure))
    policy: str = attrs.field(validator=_v.check_nonempty_str)
    low: Bound = attrs.field(validator=_v.instance_of(Bound))
    high: Bound = attrs.field(validator=_v.instance_of(Bound))
    best: Bound = attrs.field(validator=_v.instance_of(Bound))
    included: tuple[Claim, ...] = attrs.field(converter=_to_tuple, validator=_check_tuple)
    excluded: tuple[Exclusion, ...] = attrs.field(default=(), converter=_to_tuple, validator=_check_tuple)
    sources: int = attrs.field(validator=_check_count_int)
    origins: int = attrs.field(validator=_check_count_int)
    origin_names: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_v.check_str_tuple)
    parts: tuple[Part, ...] = attrs.field(default=(), converter=_to_tuple, validator=_v.tuple_of(Part))
    tensions: tuple[Tension, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_v.tuple_of(Tension)
    )
    stances: tuple[Stance, ...] = attrs.field(default=(), converter=_to_tuple, validator=_v.tuple_of(Stance))
    window: DateWindow | None = attrs.field(default=None, validator=_v.instance_of(DateWindow, optional=True))
    as_of: _dt.date | None = attrs.field(default=None, validator=_check_as_of)
    tolerance: float | None = attrs.field(default=None, validator=_check_tolerance_field)
    requested_subject: str | None = attrs.field(default=None, validator=_v.check_optional_str)
    requested_measures: tuple[Measure, ...] | None = attrs.field(
        default=None, converter=_to_tuple, validator=_check_optional_tuple
    )

    # ------------------------------------------------------------- reading

    @property
    def spread(self) -> Number:
        """``high - low``: how far the figures disagree."""
        return self.high.value - self.low.value

    @property
    def ratio(self) -> float | None:
        """``high / low`` (``None`` when low is 0)."""
        return self.high.value / self.low.value if self.low.value else None

    @property
    def denied_by(self) -> tuple[str, ...]:
        """The actors denying the subject's proposition, sorted."""
        return self._stance_actors(Polarity.DENIES)

    def _stance_actors(self, polarity: Polarity) -> tuple[str, ...]:
        return tuple(sorted({s.actor.name for s in self.stances if s.polarity is polarity}))

    @property
    def noun(self) -> str:
        """What the figures count: ``"North Korean troops"`` (plus the measure when only one)."""
        if len(self.measures) == 1:
            return f"{self.subject} {_MEASURE_LABEL[self.measures[0]]}"
        if set(self.measures) == set(HEADLINE_MEASURES):
            return self.subject
        return f"{self.subject} ({', '.join(m.value for m in self.measures)})"

    @property
    def headline(self) -> str:
        """The range without footnotes: ``"1,500 – 12,000+ North Korean troops (best 10,000)"``."""
        return f"{_range_text(self.low, self.high)} {self.noun} (best {self.best.text})"

    @functools.cached_property
    def _footnote(self) -> dict[tuple[Any, ...], list[int]]:
        index: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for i, key in enumerate(map(_claim_key, self.included), 1):
            index[key].append(i)
        return index

    def footnotes(self, bound: Bound) -> tuple[int, ...]:
        """The footnote numbers (see :meth:`citations`) of the claims behind ``bound``."""
        index, included = self._footnote, self.included
        return tuple(
            sorted({i for c in bound.claims for i in index.get(_claim_key(c), ()) if included[i - 1] == c})
        )

    def citations(self) -> tuple[str, ...]:
        """Numbered footnotes, one per included claim, in the order ``str()`` refers to.

        Each names the origin, the chain it came through, the document (title,
        outlet), the date the figure refers to, and quotes the evidence.
        """
        return tuple(f"[{i}] {_citation(c)}" for i, c in enumerate(self.included, 1))

    def __str__(self) -> str:
        def ref(bound: Bound) -> str:
            return f"{bound.text} [{_fmt_refs(self.footnotes(bound))}]"

        if self.low.value == self.high.value and self.low.claims == self.high.claims:
            figure = ref(self.high)
        else:
            figure = f"{ref(self.low)} – {ref(self.high)}"
        detail = f"best {ref(self.best)}"
        if self.parts:
            detail += "; " + ", ".join(p.text for p in self.parts)
        text = (
            f"{figure} {self.noun} ({detail}), from {_plural(self.origins, 'independent origin')} "
            f"in {_plural(self.sources, 'source')}"
        )
        for polarity, verb in ((Polarity.DENIES, "denied"), (Polarity.DOUBTS, "doubted")):
            actors = self._stance_actors(polarity)
            if actors:
                text += f"; {verb} by {_join(actors)}"
        return text + "."

    # ------------------------------------------------------------ merging

    def merge(self, other: Estimate) -> Estimate:
        """This estimate merged with ``other`` (see :func:`merge`)."""
        return merge(self, other)

    # ---------------------------------------------- views (other modules)

    def _repr_html_(self) -> str:
        from claimkit.render import estimate_html  # type: ignore[import-not-found,unused-ignore]

        return str(estimate_html(self))

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per claim (included and excluded), for tables."""
        from claimkit.tables import estimate_records  # type: ignore[import-not-found,unused-ignore]

        return list(estimate_records(self))

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records` (needs ``claimkit[pandas]``)."""
        from claimkit.tables import estimate_frame  # type: ignore[import-not-found,unused-ignore]

        return estimate_frame(self)

    def plot(self, ax: Any = None, **kwargs: Any) -> Any:
        """Plot the figures and the range (needs ``claimkit[plot]``)."""
        from claimkit.plot import plot_estimate  # type: ignore[import-not-found,unused-ignore]

        return plot_estimate(self, ax=ax, **kwargs)


_source_id = operator.attrgetter("source.id")
_ref_date_of = operator.attrgetter("ref_date")
_published_of = operator.attrgetter("source.published")
_value_of = operator.attrgetter("quantity.value")
_who_what = operator.attrgetter("subject", "measure", "actor.name")


def _choose_measures(
    triples: Collection[tuple[str, Measure, str]], subject: str | None
) -> tuple[Measure, ...]:
    # Dominance is counted in independent origins, so repetitions cannot tip the choice.
    counts = Counter(m for s, m, _ in triples if subject is None or s == subject)
    headline = tuple(m for m in HEADLINE_MEASURES if counts[m])
    if headline:
        return headline
    if not counts:
        return HEADLINE_MEASURES
    # No troop count at all: reconcile the most frequent measure (ties in Measure order).
    return (min(counts, key=lambda m: (-counts[m], _MEASURE_ORDER[m])),)


def _choose_subject(
    triples: Collection[tuple[str, Measure, str]], measures: Collection[Measure]
) -> str | None:
    counts = Counter(s for s, _ in {(s, a) for s, m, a in triples if m in measures})
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], s))


def _measure_reason(measure: Measure, measures: tuple[Measure, ...], unit: str | None) -> str:
    if any(m in HEADLINE_MEASURES for m in measures) and measure in _HEADLINE_REASON:
        reason = _HEADLINE_REASON[measure]
        if measure is Measure.RATE and unit:
            reason += f" ({unit})"
        return reason
    wanted = " or ".join(_MEASURE_LABEL[m] for m in measures)
    return f"counts {_MEASURE_LABEL[measure]}, not {wanted}"


def reconcile(
    claims: Iterable[Claim],
    *,
    measure: Measure | Collection[Measure] | None = None,
    subject: str | None = None,
    as_of: _dt.date | None = None,
    policy: str | Policy | None = None,
    tolerance: float | None = None,
    stances: Iterable[Stance] = (),
) -> Estimate:
    """Reconcile the claims about one thing into one ranged, cited estimate.

    Claims are grouped by subject and measure. With ``measure=None`` the
    estimate is the headline troop count: deployed and expected-total figures
    together (kept apart in ``parts``); if there is no troop count at all, the
    measure given by the most independent origins. The subject is likewise the
    one given by the most origins among those claims, unless asked for. Everything else is excluded with the reason. The
    result does not depend on the order of the claims; duplicates count once.

    Args:
        claims: the claims (built by hand, loaded from JSON, or extracted).
        measure: a :class:`~claimkit.model.Measure`, several, or ``None``.
        subject: the subject to reconcile (default: the dominant one).
        as_of: use only claims whose document could have been known by then:
            its published window (else the figure's reference date) starts on
            or before ``as_of``. Claims with neither date are kept: they cannot
            be shown to be later.
        policy: ``"range"`` (default), ``"conservative"``, ``"latest"``, or
            any :class:`Policy` object.
        tolerance: read "approximately N" as ``N ± tolerance·N`` (e.g. 0.1).
        stances: stances to attach; those whose target bears on the subject
            (or its deployment) are kept.

    Returns:
        The estimate.

    Raises:
        EmptyEstimateError: no claims, or none left after exclusion.
        ModelTypeError: something other than claims, stances or a date given.
        PolicyError: unknown policy, or tolerance outside ``[0, 1)``.
        ReconcileError: an unknown measure.

    >>> str(reconcile(_example_claims()))
    '1,500 [1] – 12,000+ [3, 4] North Korean troops (best ~10,000 [2]; deployed so far 1,500 – ~10,000, expected in total 12,000+), from 3 independent origins in 2 sources.'
    """
    # Reconciling allocates a few small objects per claim over a heap holding all the
    # claims; the cyclic collector would rescan that heap again and again (3x slower at
    # 10^6 claims) and none of these objects form cycles, so it is paused meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _reconcile(
            claims,
            measure=measure,
            subject=subject,
            as_of=as_of,
            policy=policy,
            tolerance=tolerance,
            stances=stances,
        )
    finally:
        if collecting:
            gc.enable()


def _reconcile(
    claims: Iterable[Claim],
    *,
    measure: Measure | Collection[Measure] | None,
    subject: str | None,
    as_of: _dt.date | None,
    policy: str | Policy | None,
    tolerance: float | None,
    stances: Iterable[Stance],
) -> Estimate:
    chosen_policy = get_policy(policy)
    as_of = _check_date_option(as_of)
    tolerance = _check_tolerance(tolerance)
    requested_measures = _measures_option(measure)
    if subject is not None and (not isinstance(subject, str) or not subject.strip()):
        raise ModelTypeError("subject", subject, "a non-empty str or None")
    items = _claim_list(claims)
    stance_list = _unique_stances(stances)
    if not items:
        raise EmptyEstimateError("no claims to reconcile")
    # Whatever is read from every claim is read in input order, where claims usually lie
    # in memory as they were made: at a million claims, visiting them in sorted order
    # instead costs several times more (cache misses). Claims are split by subject and
    # measure first (duplicates share both, so they never straddle the split), each side
    # ordered canonically, and only the figures are built in that order.
    triples: set[tuple[str, Measure, str]] = set(map(_who_what, items))
    measures = requested_measures or _choose_measures(triples, subject)
    chosen_subject = subject or _choose_subject(triples, measures)
    sources = list(map(_source_id, items))
    fits = _fits(items, triples, chosen_subject, measures)
    if fits is None:
        fitting, rest = items, []
    else:
        fitting = list(itertools.compress(items, fits))
        sources = list(itertools.compress(sources, fits))
        rest = list(itertools.compress(items, map(operator.not_, fits)))
    del fits
    kept, distinct_values = _canonical_order(fitting, sources)
    excluded = _set_aside(rest, measures, chosen_subject)
    if as_of is not None:
        kept = _known_by(fitting, kept, as_of, excluded)
    if not kept or chosen_subject is None:
        what = " or ".join(m.value for m in measures)
        raise EmptyEstimateError(
            f"none of the {len(kept) + len(excluded)} claim(s) is a {what} figure for "
            f"{chosen_subject or 'any subject'}" + (f" known by {as_of.isoformat()}" if as_of else ""),
            excluded=len(excluded),
        )
    figures: Sequence[Figure]
    if len(triples) * distinct_values * _REPEATS <= len(kept):
        figures = _read_figures(fitting, kept, tolerance)
        in_order = figures.claims
    else:
        in_order = list(map(fitting.__getitem__, kept))
        figures = _figures(in_order, tolerance)

    outcome = chosen_policy.apply(figures)
    if outcome.superseded:
        before = in_order
        gone = set(map(id, map(_claim_of_exclusion, outcome.superseded)))
        dropped = list(map(gone.__contains__, map(id, before)))
        figures = _select(figures, list(map(operator.not_, dropped)))
        excluded = _with_superseded(excluded, outcome.superseded, list(itertools.compress(before, dropped)))
        included = _claims_of(figures)
        source_count, window = len(set(map(_source_id, included))), _window(included)
    else:
        included = tuple(in_order)
        if len(kept) == len(fitting):
            source_count, window = len(set(sources)), _window(fitting)
        else:
            # Membership in input order, for the same reason as above.
            member = bytearray(len(fitting))
            for i in kept:
                member[i] = 1
            source_count = len(set(itertools.compress(sources, member)))
            window = _window(list(itertools.compress(fitting, member)))
    del sources
    parts, tensions = _parts(measures, figures, outcome, chosen_policy)
    origin_names = tuple(sorted(set(map(_origin_of_figure, _rows(figures)))))
    return Estimate(
        subject=chosen_subject,
        measures=measures,
        policy=chosen_policy.name,
        low=outcome.low,
        high=outcome.high,
        best=outcome.best,
        included=included,
        excluded=tuple(excluded),
        sources=source_count,
        origins=len(origin_names),
        origin_names=origin_names,
        parts=parts,
        tensions=tensions,
        stances=tuple(s for s in stance_list if _stance_bears_on(s, chosen_subject)),
        window=window,
        as_of=as_of,
        tolerance=tolerance,
        requested_subject=subject,
        requested_measures=requested_measures,
    )


_subject_and_measure = operator.attrgetter("subject", "measure")
_date_of_document = operator.attrgetter("source.published", "ref_date")


def _fits(
    items: Sequence[Claim],
    triples: Collection[tuple[str, Measure, str]],
    subject: str | None,
    measures: Collection[Measure],
) -> list[bool] | None:
    """Per claim (input order), whether it is of the subject and one of the measures.

    ``None`` when every claim is: the usual case, decided from who-says-what alone.
    """
    if all(s == subject and m in measures for s, m, _ in triples):
        return None
    pairs = {(subject, m) for m in measures}
    return list(map(pairs.__contains__, map(_subject_and_measure, items)))


def _known_by(
    claims: Sequence[Claim], kept: list[int], as_of: _dt.date, excluded: list[Exclusion]
) -> list[int]:
    """Of ``kept``, the claims whose document could have been known by ``as_of``.

    Its published window (else the figure's reference date) must start on or before
    ``as_of``; claims with neither date are kept (they cannot be shown to be later).
    The others are added to ``excluded``, which stays in canonical order.
    """
    # Read in input order (sequential memory), then taken in the order of ``kept``.
    read = [published or ref for published, ref in map(_date_of_document, claims)]
    days = list(map(id, map(read.__getitem__, kept)))
    # Few distinct dates stand behind many claims: decide each distinct one once.
    distinct = dict(zip(map(id, read), read, strict=True))
    verdict = {day: w is None or w.could_be_before(as_of) for day, w in distinct.items()}
    known = list(map(verdict.__getitem__, days))
    if all(known):
        return kept
    after = as_of.isoformat()
    reasons = {day: f"dated {w}, after {after}" for day, w in distinct.items() if not verdict[day]}
    gone = list(map(operator.not_, known))
    late = _exclusions(
        map(claims.__getitem__, itertools.compress(kept, gone)),
        map(reasons.__getitem__, itertools.compress(days, gone)),
        itertools.repeat(ExclusionKind.AS_OF),
    )
    if excluded:
        # Claims sharing a key share subject and measure, so never fall on both sides: a
        # stable sort by key restores the canonical order.
        late = sorted(excluded + late, key=_exclusion_key)
    excluded[:] = late
    return list(itertools.compress(kept, known))


def _with_superseded(
    excluded: list[Exclusion], superseded: Sequence[Exclusion], in_order: list[Claim]
) -> list[Exclusion]:
    """``excluded`` and a policy's ``superseded`` together, in canonical order.

    ``in_order`` holds the superseded claims as they stand among the figures, that is in
    canonical order; a policy may give its exclusions in any order. With other
    exclusions, all are sorted by content key (stable: claims sharing a key keep their
    order).
    """
    if excluded:
        return sorted([*excluded, *superseded], key=_exclusion_key)
    if len(in_order) == len(superseded) and all(
        map(operator.is_, in_order, map(_claim_of_exclusion, superseded))
    ):
        return list(superseded)
    by_claim = {id(e.claim): e for e in superseded}
    return [by_claim[id(c)] for c in in_order]


_claim_of_exclusion = operator.attrgetter("claim")
#: :data:`_claim_key` of an exclusion's claim.
_exclusion_key: Callable[[Exclusion], tuple[Any, ...]] = operator.attrgetter(
    "claim.quantity.value",
    "claim.source.id",
    "claim.span.start",
    "claim.span.end",
    "claim.measure",
    "claim.actor.name",
    "claim.subject",
    "claim.quantity.qualifier",
)


_why_set_aside = operator.attrgetter("measure", "subject", "quantity.unit")


def _set_aside(
    claims: Sequence[Claim], measures: tuple[Measure, ...], subject: str | None
) -> list[Exclusion]:
    """The claims of another measure or subject, set aside with the reason, in canonical order."""
    if not claims:
        return []
    whys = list(map(_why_set_aside, claims))
    # Few distinct reasons stand behind many claims: each is written once, read in input
    # order, and reordered with the claims.
    reasons: dict[tuple[Measure, str, str | None], tuple[str, ExclusionKind]] = {}
    for why in set(whys):
        measure, claim_subject, unit = why
        if measure not in measures:
            reasons[why] = (_measure_reason(measure, measures, unit), ExclusionKind.MEASURE)
        else:
            reasons[why] = (f"different subject ({claim_subject})", ExclusionKind.SUBJECT)
    verdicts = list(map(reasons.__getitem__, whys))
    order, _ = _canonical_order(claims)
    ordered = list(map(verdicts.__getitem__, order))
    return _exclusions(map(claims.__getitem__, order), map(_first, ordered), map(_second, ordered))


_first = operator.itemgetter(0)
_second = operator.itemgetter(1)


def _parts(
    measures: tuple[Measure, ...], figures: Sequence[Figure], outcome: Outcome, policy: Policy
) -> tuple[tuple[Part, ...], tuple[Tension, ...]]:
    """The estimate of each measure present (when several are), and the tensions within each."""
    groups: dict[Measure, Sequence[Figure]] = {}
    if len(measures) == 1:
        groups[measures[0]] = figures
    else:
        for m in measures:
            group = _where(figures, _measure_of_figure, m)
            if group:
                groups[m] = group
    parts: list[Part] = []
    tensions: list[Tension] = []
    for m, members in groups.items():
        part = outcome if len(groups) == 1 else policy.apply(members)
        if len(groups) > 1:
            parts.append(
                Part(
                    measure=m,
                    low=part.low,
                    high=part.high,
                    best=part.best,
                    origins=len(set(map(_origin_of_figure, _rows(members)))),
                    claims=len(members),
                )
            )
        tension = _tension(m, members, part.low, part.high)
        if tension is not None:
            tensions.append(tension)
    return tuple(parts), tuple(tensions)


def _tension(measure: Measure, figures: Sequence[Figure], low: Bound, high: Bound) -> Tension | None:
    """The extreme figures of one measure, when their intervals do not overlap."""
    lows = _where(figures, _low_of, low.value)
    highs = _where(figures, _high_of, high.value)
    top_of_lows = max(map(_high_of, _rows(lows)))
    bottom_of_highs = min(map(_low_of, _rows(highs)))
    if top_of_lows >= bottom_of_highs:
        return None
    return Tension(
        measure=measure,
        low=_claims_of(lows),
        high=_claims_of(highs),
        gap=bottom_of_highs - top_of_lows,
    )


def _window(claims: Sequence[Claim]) -> DateWindow | None:
    """The smallest window holding every dated figure's window (open on a side if any is).

    ``None`` when no figure is dated, or when the window is unbounded on both sides.
    """
    # Few distinct windows stand behind many claims: fold each distinct object once. The
    # gathering runs in C (attrgetter, map, compress), which matters at a million claims.
    refs = list(map(_ref_date_of, claims))
    distinct: dict[int, DateWindow | None] = dict(zip(map(id, refs), refs, strict=True))
    published = list(map(_published_of, itertools.compress(claims, map(operator.not_, refs))))
    distinct.update(zip(map(id, published), published, strict=True))
    distinct.pop(id(None), None)
    earliest: _dt.date | None = _dt.date.max
    latest: _dt.date | None = _dt.date.min
    seen = bool(distinct)
    for w in distinct.values():
        assert w is not None
        if earliest is not None:
            earliest = None if w.earliest is None else min(earliest, w.earliest)
        if latest is not None:
            latest = None if w.latest is None else max(latest, w.latest)
    if not seen or (earliest is None and latest is None):
        return None
    return DateWindow.between(earliest, latest, provenance=DateProvenance.INFERRED)


def merge(*estimates: Estimate) -> Estimate:
    """Merge estimates made with the same settings into the estimate of all their claims.

    Merging is associative and commutative, merging an estimate with itself
    changes nothing, and merging the estimates of the parts of a claim set equals
    reconciling the whole set: a corpus can be split over processes or a cluster.
    A custom policy must be registered (:func:`register_policy`) to be merged.

    Raises:
        ReconcileError: no estimates, or estimates made with different settings.
        PolicyError: the policy name is not registered.

    >>> a = reconcile(_example_claims()[:2])
    >>> b = reconcile(_example_claims()[2:])
    >>> merge(a, b) == reconcile(_example_claims())
    True
    """
    if not estimates:
        raise ReconcileError("merge needs at least one estimate")
    for i, e in enumerate(estimates):
        if not isinstance(e, Estimate):
            raise ModelTypeError(f"estimates[{i}]", e, "an Estimate")
    first = estimates[0]
    if len(estimates) == 1:
        return first

    def settings(e: Estimate) -> tuple[Any, ...]:
        return (e.policy, e.tolerance, e.as_of, e.requested_subject, e.requested_measures)

    for i, e in enumerate(estimates[1:], 1):
        if settings(e) != settings(first):
            names = ("policy", "tolerance", "as_of", "subject", "measure")
            diff = [
                f"{n} {a!r} vs {b!r}"
                for n, a, b in zip(names, settings(first), settings(e), strict=True)
                if a != b
            ]
            raise ReconcileError(
                f"cannot merge estimates made with different settings (estimates[{i}]: {'; '.join(diff)})"
            )

    def every_claim() -> Iterator[Claim]:
        for e in estimates:
            yield from e.included
            for x in e.excluded:
                yield x.claim

    return reconcile(
        every_claim(),
        measure=first.requested_measures,
        subject=first.requested_subject,
        as_of=first.as_of,
        policy=get_policy(first.policy),
        tolerance=first.tolerance,
        stances=[s for e in estimates for s in e.stances],
    )


# ------------------------------------------------------------------ timeline


@attrs.frozen
class TimelineEntry:
    """One figure on the timeline: the date it refers to and the claim.

    >>> TimelineEntry.__attrs_attrs__.date.name
    'date'
    """

    date: DateWindow | None
    claim: Claim

    @property
    def value(self) -> Number:
        """The figure's value."""
        return self.claim.quantity.value

    @property
    def qualifier(self) -> Qualifier:
        """How the text qualified it."""
        return self.claim.quantity.qualifier

    def __str__(self) -> str:
        text = _figure_text(self.claim)
        if self.claim.measure is Measure.EXPECTED_TOTAL:
            text += " expected"
        if self.date is not None:
            text += " " + _date_phrase(self.date)
        return text


class Timeline(tuple[TimelineEntry, ...]):
    """Figures in order of the dates they refer to; reads as ``"1,500 on … → ~3,000 on …"``.

    >>> str(Timeline(()))
    ''
    """

    __slots__ = ()

    def __str__(self) -> str:
        return " → ".join(map(str, self))


def timeline(claims: Iterable[Claim] | Estimate) -> Timeline:
    """The figures in order of the dates they refer to.

    Given an :class:`Estimate`, the timeline of the claims it includes (the
    troop figures, without the casualty or formation figures set aside).

    A figure's date is its reference date, else its document's date. Windows
    are ordered by their last day (when the figure is known to have held), then
    their first; figures without a date come last; ties go deployed before
    expected, then by value, then "about N" before "N" before "more than N".
    Duplicates count once.

    >>> str(timeline(_example_claims()))
    '1,500 on 21 October 2024 → ~10,000 → 12,000 expected → 12,000+ expected'
    """
    if isinstance(claims, Estimate):
        claims = claims.included
    entries = [TimelineEntry(_figure_date(c), c) for c in _unique(claims)]

    def order(e: TimelineEntry) -> tuple[Any, ...]:
        dated = e.date is not None
        rank = _recency(e.date) if e.date is not None else (_dt.date.max, _dt.date.max)
        q = e.claim.quantity
        return (
            not dated,
            rank[0],
            rank[1],
            _MEASURE_ORDER[e.claim.measure],
            q.value,
            _REACH[q.qualifier],
            _claim_key(e.claim),
        )

    return Timeline(sorted(entries, key=order))


# ---------------------------------------------------------------- formatting


def _fmt_number(value: Number) -> str:
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:,}"


def _figure_text(claim: Claim) -> str:
    """A figure as a reader would write it: ``~3,000``, ``12,000+``, ``up to 500``."""
    q = claim.quantity
    n = _fmt_number(q.value)
    if q.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return f"{n}+"
    if q.qualifier is Qualifier.AT_MOST:
        return f"up to {n}"
    if q.qualifier is Qualifier.LESS_THAN:
        return f"under {n}"
    if q.qualifier is Qualifier.RANGE and q.low is not None and q.high is not None:
        return f"{_fmt_number(q.low)}–{_fmt_number(q.high)}"
    if q.qualifier in _APPROXIMATE:
        return f"~{n}"
    return n


def _day(d: _dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _fmt_window(window: DateWindow | None) -> str:
    """``21 October 2024``, ``October 2024``, ``8–13 October 2024``, ``after 1 May 2024``."""
    if window is None:
        return "undated"
    e, l_ = window.earliest, window.latest
    if e is not None and l_ is not None:
        if window.precision.value == "year" and e.year == l_.year:
            return str(e.year)
        if window.precision.value == "month" and (e.year, e.month) == (l_.year, l_.month):
            return f"{e:%B %Y}"
        if e == l_:
            return _day(e)
        if (e.year, e.month) == (l_.year, l_.month):
            return f"{e.day}–{l_.day} {l_:%B %Y}"
        return f"{_day(e)} – {_day(l_)}"
    if e is not None:
        return f"after {_day(e)}"
    assert l_ is not None
    return f"by {_day(l_)}"


def _date_phrase(window: DateWindow) -> str:
    text = _fmt_window(window)
    if text.startswith(("after", "by")):
        return text
    if window.earliest == window.latest:
        return f"on {text}"
    return f"in {text}"


def _range_text(low: Bound, high: Bound) -> str:
    if low.value == high.value:
        return high.text
    return f"{low.text} – {high.text}"


def _fmt_refs(numbers: Sequence[int]) -> str:
    """``[1, 2, 3, 5]`` -> ``"1–3, 5"``."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(
        str(r[0]) if len(r) == 1 else f"{r[0]}, {r[1]}" if len(r) == 2 else f"{r[0]}–{r[-1]}" for r in runs
    )


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _join(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def _citation(claim: Claim) -> str:
    source = claim.source
    parts = [claim.actor.name]
    if claim.via:
        parts.append("through " + " → ".join(a.name for a in claim.via))
    if source.title:
        doc = f"“{source.title}”" + (f" ({source.outlet})" if source.outlet else "")
    else:
        # An id alone reads like a title; say that the document has none.
        doc = f"document {source.id} (untitled" + (f"; {source.outlet})" if source.outlet else ")")
    parts.append(f"in {doc}")
    window = _figure_date(claim)
    if window is not None:
        parts.append(_fmt_window(window))
    return ", ".join(parts) + f": “{claim.evidence}”"


# -------------------------------------------------------------- doc example


def _example_claims() -> list[Claim]:
    """Four claims for the examples in this module's docstrings."""
    from claimkit.model import Actor, Quantity, Source, Span

    def claim(quantity: Quantity, who: str, doc: str, measure: Measure, day: int | None = None) -> Claim:
        text = f"{quantity.text} troops"
        return Claim(
            subject="North Korean troops",
            measure=measure,
            quantity=quantity,
            actor=Actor(who),
            source=Source(id=doc, title=f"Report {doc}"),
            span=Span(0, len(text)),
            evidence=text,
            ref_date=DateWindow.on(_dt.date(2024, 10, day)) if day else None,
        )

    return [
        claim(Quantity.exact(1500, text="1,500"), "NIS", "a", Measure.DEPLOYED, 21),
        claim(Quantity.approximately(10000, text="some 10,000"), "AsiaNews", "b", Measure.DEPLOYED),
        claim(Quantity.exact(12000, text="a total of 12,000"), "NIS", "a", Measure.EXPECTED_TOTAL),
        claim(Quantity.more_than(12000, text="more than 12,000"), "Yonhap", "b", Measure.EXPECTED_TOTAL),
    ]
