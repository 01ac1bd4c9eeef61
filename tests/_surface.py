"""Hand-built claims and an estimate for the user-surface tests (render, tables, plot, JSON-LD, CLI).

Built from the model alone, so these tests do not depend on extraction.
"""

from __future__ import annotations

import datetime as dt

from claimkit.model import (
    Actor,
    ActorKind,
    Claim,
    Claims,
    DateWindow,
    Measure,
    Polarity,
    Quantity,
    Source,
    SourceKind,
    Span,
    Stance,
)
from claimkit.reconciliation import Estimate, reconcile

SOURCES = (
    Source(
        id="doc-a",
        title="Troops <sent> & counted",
        outlet='Daily "Wire"',
        kind=SourceKind.NEWS,
        published=DateWindow.on(dt.date(2024, 10, 23)),
        url="https://example.org/a?x=1&y=2",
    ),
    Source(
        id="doc-b",
        title="Analysis",
        outlet="Review",
        authors=("Ann Author",),
        kind=SourceKind.ANALYSIS,
        published=DateWindow.month(2024, 10),
    ),
    Source(id="doc-c"),
)

NIS = Actor(
    "South Korea's National Intelligence Service",
    kind=ActorKind.AGENCY,
    aliases=("NIS",),
    affiliation=("South Korea",),
)
KIRBY = Actor(
    "John F. Kirby", kind=ActorKind.PERSON, affiliation=("US National Security Council", "United States")
)


def _claim(
    quantity: Quantity,
    actor: Actor,
    source: Source,
    *,
    measure: Measure = Measure.DEPLOYED,
    day: int | None = None,
    prefix: str = "they said ",
    start: int = 100,
    via: tuple[Actor, ...] = (),
) -> Claim:
    evidence = f"{prefix}{quantity.text} troops"
    return Claim(
        subject="North Korean troops",
        measure=measure,
        quantity=quantity,
        actor=actor,
        source=source,
        span=Span(start, start + len(evidence)),
        evidence=evidence,
        ref_date=DateWindow.on(dt.date(2024, 10, day)) if day else None,
        via=via,
    )


def claims() -> Claims:
    """Five troop claims (one open-ended, one <b>-laden), and one formation to be set aside."""
    return Claims(
        [
            _claim(Quantity.exact(1500, text="1,500"), NIS, SOURCES[0], day=21),
            _claim(
                Quantity.approximately(3000, text="around 3,000"),
                KIRBY,
                SOURCES[0],
                day=23,
                start=300,
                via=(Actor("NBC News", kind=ActorKind.MEDIA),),
            ),
            _claim(Quantity.approximately(10000, text="some 10,000"), Actor("Analyst <b>X</b>"), SOURCES[1]),
            _claim(
                Quantity.more_than(12000, text="more than 12,000"),
                NIS,
                SOURCES[1],
                start=400,
                measure=Measure.EXPECTED_TOTAL,
            ),
            _claim(Quantity.exact(10000, text="10,000"), Actor("Officials"), SOURCES[2]),
            _claim(
                Quantity.exact(200000, text="200,000"),
                Actor("Analyst <b>X</b>"),
                SOURCES[1],
                start=600,
                measure=Measure.FORMATION,
            ),
        ]
    )


def stances() -> tuple[Stance, ...]:
    text = "reports are false"
    return (
        Stance(
            actor=Actor("Kremlin", kind=ActorKind.GOVERNMENT),
            polarity=Polarity.DENIES,
            target="North Korean troops",
            source=SOURCES[0],
            span=Span(700, 700 + len(text)),
            evidence=text,
        ),
    )


def estimate() -> Estimate:
    return reconcile(claims(), stances=stances())
