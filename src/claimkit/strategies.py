"""Hypothesis strategies for claimkit's model, shipped for users' own property tests.

Every strategy generates only valid instances. Use them the way claimkit's
own tests do::

    from hypothesis import given
    from claimkit import strategies as cks

    @given(cks.claims(measure=Measure.DEPLOYED, values=(1_000, 20_000)))
    def test_my_dashboard_accepts_any_claim(claim): ...

Importing this module needs hypothesis (``pip install 'claimkit[test]'``).

>>> from claimkit.model import Measure
>>> claim = claims(measure=Measure.DEPLOYED).example()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from claimkit.errors import MissingDependencyError

try:
    from hypothesis import strategies as st
except ImportError as _err:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError("hypothesis", "test", "claimkit.strategies") from _err

from claimkit.model import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    DateProvenance,
    DateWindow,
    Measure,
    Modality,
    Number,
    Polarity,
    Precision,
    Qualifier,
    Quantity,
    Source,
    SourceKind,
    Span,
    Stance,
)

__all__ = [
    "actors",
    "claims",
    "date_windows",
    "dates",
    "quantities",
    "sources",
    "spans",
    "stances",
]

_NAME_ALPHABET = st.characters(categories=("L", "N"), max_codepoint=0x024F)
_names = st.text(_NAME_ALPHABET, min_size=1, max_size=20)
_texts = st.text(st.characters(categories=("L", "N", "P", "Zs"), max_codepoint=0x024F), max_size=30)


def dates(
    min_value: _dt.date = _dt.date(2000, 1, 1), max_value: _dt.date = _dt.date(2030, 12, 31)
) -> st.SearchStrategy[_dt.date]:
    """Calendar dates in ``[min_value, max_value]``."""
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def _windows(draw: st.DrawFn, min_value: _dt.date, max_value: _dt.date, open_ends: bool) -> DateWindow:
    provenance = draw(st.sampled_from(DateProvenance))
    shape = draw(st.sampled_from(("day", "month", "year", "between")))
    day = draw(dates(min_value, max_value))
    if shape == "day":
        return DateWindow.on(day, provenance=provenance)
    if shape == "month":
        return DateWindow.month(day.year, day.month, provenance=provenance)
    if shape == "year":
        return DateWindow.year(day.year, provenance=provenance)
    other = draw(dates(day, max_value))
    earliest: _dt.date | None = day
    latest: _dt.date | None = other
    if open_ends:
        side = draw(st.sampled_from(("none", "low", "high")))
        if side == "low":
            earliest = None
        elif side == "high":
            latest = None
    return DateWindow.between(earliest, latest, precision=Precision.DAY, provenance=provenance)


def date_windows(
    min_value: _dt.date = _dt.date(2000, 1, 1),
    max_value: _dt.date = _dt.date(2030, 12, 31),
    *,
    open_ends: bool = True,
) -> st.SearchStrategy[DateWindow]:
    """Valid date windows: days, months, years and spans (optionally open-ended)."""
    return _windows(min_value, max_value, open_ends)


def spans(max_start: int = 10_000, max_length: int = 200) -> st.SearchStrategy[Span]:
    """Valid spans: ``0 <= start <= end``."""
    return st.builds(
        lambda s, n: Span(s, s + n),
        st.integers(0, max_start),
        st.integers(0, max_length),
    )


def actors(
    names: Sequence[str] | None = None, kinds: Sequence[ActorKind] | None = None
) -> st.SearchStrategy[Actor]:
    """Actors, their names drawn from ``names`` when given (an actor pool)."""
    name_strategy = st.sampled_from(list(names)) if names else _names
    return st.builds(
        Actor,
        name_strategy,
        kind=st.sampled_from(list(kinds) if kinds else list(ActorKind)),
        aliases=st.lists(_names, max_size=2).map(tuple),
        affiliation=st.lists(_names, max_size=2).map(tuple),
        country=st.none() | _names,
    )


def sources(ids: Sequence[str] | None = None) -> st.SearchStrategy[Source]:
    """Sources, their ids drawn from ``ids`` when given."""
    return st.builds(
        Source,
        id=st.sampled_from(list(ids)) if ids else _names,
        title=st.none() | _texts.filter(str.strip),
        outlet=st.none() | _names,
        authors=st.lists(_names, max_size=3).map(tuple),
        kind=st.sampled_from(SourceKind),
        url=st.none() | _names.map(lambda s: f"https://example.org/{s}"),
        series=st.none() | _names,
        identifier=st.none() | _names,
        published=st.none() | date_windows(),
    )


@st.composite
def _quantities(draw: st.DrawFn, lo: int, hi: int, qualifiers: Sequence[Qualifier], floats: bool) -> Quantity:
    qualifier = draw(st.sampled_from(list(qualifiers)))
    number = st.floats(lo, hi, allow_nan=False, allow_infinity=False) if floats else st.integers(lo, hi)
    value: Number = draw(number)
    if qualifier is Qualifier.RANGE:
        other: Number = draw(number)
        low, high = sorted((value, other))
        return Quantity.between(low, high, unit="troops", text=f"{low} to {high}")
    if qualifier is Qualifier.VAGUE:
        low = draw(number.filter(lambda x: x <= value))
        high = draw(number.filter(lambda x: x >= value))
        return Quantity(value, qualifier=qualifier, low=low, high=high, unit="troops", text=f"some {value}")
    return Quantity.of(value, qualifier, unit="troops", text=str(value))


def quantities(
    values: tuple[int, int] = (0, 1_000_000),
    *,
    qualifiers: Sequence[Qualifier] | None = None,
    floats: bool = False,
) -> st.SearchStrategy[Quantity]:
    """Valid quantities with values in ``values`` (inclusive), any qualifier by default."""
    return _quantities(values[0], values[1], tuple(qualifiers or Qualifier), floats)


@st.composite
def _claims(
    draw: st.DrawFn,
    actor_strategy: st.SearchStrategy[Actor],
    source_strategy: st.SearchStrategy[Source],
    quantity_strategy: st.SearchStrategy[Quantity],
    measure: Measure | None,
    subject: str | None,
    modality: Modality | None,
) -> Claim:
    quantity = draw(quantity_strategy)
    evidence = f"{quantity.text or quantity.value} {quantity.unit or 'troops'}"
    start = draw(st.integers(0, 5_000))
    return Claim(
        subject=subject or draw(st.sampled_from(("North Korean troops", "Russian troops"))),
        measure=measure or draw(st.sampled_from(Measure)),
        quantity=quantity,
        actor=draw(actor_strategy),
        source=draw(source_strategy),
        span=Span(start, start + len(evidence)),
        evidence=evidence,
        modality=modality or draw(st.sampled_from(Modality)),
        ref_date=draw(st.none() | date_windows()),
        via=tuple(draw(st.lists(actors(kinds=[ActorKind.MEDIA]), max_size=2))),
        attribution=draw(st.sampled_from(Attribution)),
        sentence=None,
    )


def _any_source() -> st.SearchStrategy[Source]:
    return sources()


def claims(
    *,
    actors: st.SearchStrategy[Actor] | Sequence[str] | None = None,
    sources: st.SearchStrategy[Source] | Sequence[str] | None = None,
    values: tuple[int, int] = (1, 100_000),
    qualifiers: Sequence[Qualifier] | None = None,
    measure: Measure | None = None,
    subject: str | None = None,
    modality: Modality | None = None,
) -> st.SearchStrategy[Claim]:
    """Valid claims, with arguments for the constraints tests usually need.

    Args:
        actors: a strategy for the origin actor, or a pool of actor names.
        sources: a strategy for the source, or a pool of source ids.
        values: inclusive range of the quantity's value.
        qualifiers: the qualifiers to draw from (all by default).
        measure: fix the measure (drawn at random otherwise).
        subject: fix the subject (e.g. ``"North Korean troops"``).
        modality: fix the modality.
    """
    actor_strategy = actors if isinstance(actors, st.SearchStrategy) else _actor_pool(actors)
    source_strategy = sources if isinstance(sources, st.SearchStrategy) else _source_pool(sources)
    return _claims(
        actor_strategy,
        source_strategy,
        quantities(values, qualifiers=qualifiers),
        measure,
        subject,
        modality,
    )


def _actor_pool(names: Sequence[str] | None) -> st.SearchStrategy[Actor]:
    if names:
        return st.sampled_from([Actor(n) for n in names])
    return actors()


def _source_pool(ids: Sequence[str] | None) -> st.SearchStrategy[Source]:
    if ids:
        return st.sampled_from([Source(id=i) for i in ids])
    return _any_source()


@st.composite
def _stances(draw: st.DrawFn, actor_strategy: st.SearchStrategy[Actor]) -> Stance:
    evidence = draw(_texts)
    start = draw(st.integers(0, 5_000))
    return Stance(
        actor=draw(actor_strategy),
        polarity=draw(st.sampled_from(Polarity)),
        target=draw(_texts.filter(str.strip)),
        source=draw(sources()),
        span=Span(start, start + len(evidence)),
        evidence=evidence,
        via=tuple(draw(st.lists(actors(kinds=[ActorKind.MEDIA]), max_size=2))),
    )


def stances(*, actors: Sequence[str] | None = None) -> st.SearchStrategy[Stance]:
    """Valid stances, the actor drawn from a pool of names when given."""
    return _stances(_actor_pool(actors))
