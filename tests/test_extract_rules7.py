"""Rules generalised from the seventh blind holdout: each with other phrasings and one it must not take."""

from __future__ import annotations

import pytest

from claimkit.documents import read_document
from claimkit.extract import extract_claims


def _found(text: str) -> list[tuple[int, str]]:
    return [(int(c.quantity.value), c.measure.value) for c in extract_claims(read_document(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A change of a contingent or garrison: the "from" figure is the current one, a planned "to" the target.
        (
            "Belgium will cut its contingent in Mali from 800 to about 200 by next spring.",
            [(800, "deployed"), (200, "expected_total")],
        ),
        (
            "Norway's contingent in Lithuania has grown to 1,200 from about 400 two years ago.",
            [(1200, "deployed"), (400, "deployed")],
        ),
        ("The garrison on the island has fallen to 350, officials said.", [(350, "deployed")]),
        (
            "The navy plans to expand its presence in the gulf from around 600 sailors to 1,500 next year.",
            [(600, "deployed"), (1500, "expected_total")],
        ),
        # ... not a contingent's budget or ships: the bare number counts no troops.
        ("Spain will cut its contingent's budget from 40 to 30 million euros.", []),
    ],
)
def test_a_change_of_a_named_force_counts_its_troops(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A figure given for troops named after "figure for" or "number of", set "to" or "at" a number.
        (
            "The ministry revised its figure for soldiers sent to the flooded region to 4,200 on Monday.",
            [(4200, "deployed")],
        ),
        ("The army put its figure for troops in the capital at 2,000.", [(2000, "deployed")]),
        ("Officials raised the figure for personnel helping the rescue effort to 900.", [(900, "deployed")]),
        # ... not a figure for money or equipment.
        ("The ministry revised its figure for aid sent to the region to 4,200 tonnes.", []),
    ],
)
def test_a_figure_for_troops_gives_them_a_bare_number(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


def _actors(text: str) -> list[str]:
    """The actor of each claim, empty where the document's default source stands in."""
    return [
        c.actor.name if c.attribution.value != "default" else "" for c in extract_claims(read_document(text))
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A body revising or giving its own figure is its source, even when the gazetteer does not know it.
        (
            "Peru's Interior Ministry revised its figure for troops sent to the border to 3,000.",
            "Peru's Interior Ministry",
        ),
        ("The Chilean Army raised its count of soldiers helping firefighters to 1,200.", "Chilean Army"),
        (
            "Kenya's Defence Department updated its tally of troops deployed to 800 on Friday.",
            "Kenya's Defence Department",
        ),
        # ... not a person or outlet revising a figure: no body, the default source stays.
        ("Kate Miller revised her figure for troops sent to the border to 3,000.", ""),
    ],
)
def test_a_body_revising_its_figure_is_its_source(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare number staying or kept somewhere counts the troops named before it in the sentence.
        (
            "Officials said Kenyan troops had been deployed to Haiti, adding that about 400 were now stationed in the capital.",
            [(400, "deployed")],
        ),
        (
            "The army sent 2,000 paratroopers to the border in May; roughly 900 remained there in July.",
            [(2000, "deployed"), (900, "deployed")],
        ),
        (
            "Ghana says 600 of its peacekeepers serve in Lebanon, after the 850 it keeps in South Sudan.",
            [(600, "deployed"), (850, "deployed")],
        ),
        (
            "Washington says 3,000 troops remain, but a leaked review suggests the true figure is closer to 2,100.",
            [(3000, "deployed"), (2100, "deployed")],
        ),
        # ... not a number of people staying with no troops named before it.
        ("The storm left 300 families homeless, and about 400 remained there in shelters.", []),
    ],
)
def test_a_bare_number_staying_counts_the_troops_named_before(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


def _dates(text: str) -> list[str | None]:
    return [str(c.ref_date) if c.ref_date else None for c in extract_claims(read_document(text))]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A later clause with its own time ("today", "now", "a year later") takes no date from the clause before.
        ("In 2019, some 4,000 troops were based there; today the figure is closer to 1,500.", ["2019", None]),
        ("In 2020, about 900 soldiers were deployed, but now fewer than 300 remain there.", ["2020", None]),
        (
            "In 2018, 2,000 troops were in the region; currently about 700 are stationed there.",
            ["2018", None],
        ),
        # ... not a figure in the date's own clause.
        ("In 2019, some 4,000 troops and 300 marines were based there.", ["2019", "2019"]),
    ],
)
def test_a_clause_with_its_own_time_takes_no_earlier_date(text: str, dates: list[str | None]) -> None:
    assert _dates(text) == dates


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # An event a body held ends the speaker phrase: the body, not its briefing, is the source.
        (
            "About 800 troops serve abroad, the Harbour Courier reported, citing a Defence Ministry briefing held on Monday.",
            "Defence Ministry",
        ),
        (
            "Some 300 soldiers were sent, Reuters reported, citing an army news conference held in the capital.",
            "army",
        ),
        (
            "About 2,000 troops remain, the Harbour Courier said, citing a Foreign Ministry meeting ahead of the summit.",
            "Foreign Ministry",
        ),
        # ... not an event noun ending the phrase with no event after it: the phrase is kept whole.
        (
            "About 800 troops serve abroad, the Harbour Courier reported, citing a Defence Ministry briefing.",
            "Defence Ministry briefing",
        ),
    ],
)
def test_an_event_held_ends_the_speaker(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # "daily" makes a rate; "Daily" in an outlet's name does not.
        ("About 2,000 troops have arrived in the region, the Daily Courier reported.", "deployed"),
        ("About 2,000 troops have arrived, the Daily Telegraph said.", "deployed"),
        ("About 200 troops cross the border daily, officials said.", "rate"),
    ],
)
def test_an_outlet_named_daily_is_no_rate(text: str, measure: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.measure.value == measure
