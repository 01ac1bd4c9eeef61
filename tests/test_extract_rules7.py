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
