"""Rules generalised from the sixth blind holdout: each with other phrasings and one it must not take."""

from __future__ import annotations

import pytest

from claimkit.documents import read_document
from claimkit.extract import extract_claims


def _actors(text: str) -> list[str]:
    return [c.actor.name for c in extract_claims(read_document(text))]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # An appositive role after a person's name describes the person: the name speaks.
        (
            "About 900 soldiers landed on Crete, Colonel Maria Lopez, the brigade's commander, told reporters.",
            "Maria Lopez",
        ),
        ("Some 400 troops are in the town, Anna Berg, a spokeswoman for the mission, said.", "Anna Berg"),
        ("About 1,500 troops remain, Peter Hall, the regiment's commander, said on Monday.", "Peter Hall"),
        ("Roughly 700 marines arrived, John Reyes, an army spokesman, told reporters.", "John Reyes"),
        # ... not a role before a name: "a spokesman for X, Name," keeps the role with the name.
        (
            "About 600 troops left, a spokesman for the Defence Ministry, Oleh Marchenko, said.",
            "Oleh Marchenko",
        ),
    ],
)
def test_an_appositive_role_after_a_name_is_not_part_of_it(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # The area a command is named for, after its title, is part of the title, not of the name.
        ("Around 9,000 troops are taking part, Supreme Allied Commander Europe Anna Lind said.", "Anna Lind"),
        ("About 2,000 marines will deploy, Commander Pacific John Aquino said on Monday.", "John Aquino"),
        ("Some 500 soldiers arrived, Special Envoy Africa Marta Ruiz told reporters.", "Marta Ruiz"),
        ("About 1,000 troops remain, Force Commander Europe Mark Stone said.", "Mark Stone"),
        # ... not a first name that is also a country's: two words stay a name.
        ("About 3,000 troops left, Defence Minister Israel Katz said.", "Israel Katz"),
    ],
)
def test_a_commands_area_after_its_title_is_not_part_of_the_name(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


def _counts(text: str) -> list[int]:
    return [int(c.quantity.value) for c in extract_claims(read_document(text)) if c.measure.value != "other"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Soldiers a court sentences or convicts are no deployment.
        ("A military court sentenced 12 Ukrainian soldiers to life in prison, state media said.", []),
        ("Some 30 Russian soldiers were convicted of desertion, the court said on Friday.", []),
        ("The tribunal convicted 46 Ivorian soldiers of mercenary activity, officials said.", []),
        ("About 20 soldiers were sentenced to ten years, the army said.", []),
        # ... not soldiers deployed beside a sentence passed on someone else.
        (
            "The court sentenced a colonel in absentia; the army said about 2,000 soldiers remain deployed in the north.",
            [2_000],
        ),
    ],
)
def test_soldiers_sentenced_by_a_court_are_no_deployment(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Members after an alliance's or a bloc's name are its member states, not personnel.
        ("Around 40,000 troops from all 32 NATO members will take part, the alliance said.", [40_000]),
        ("Some 5,000 soldiers from 15 ECOWAS members are ready to deploy, officials said.", [5_000]),
        ("About 3,000 troops drawn from 10 alliance members arrived in Poland, the ministry said.", [3_000]),
        ("About 12,000 troops from 27 EU members joined the exercise, the army said.", [12_000]),
        # ... not members of an armed body.
        ("About 300 militia members were deployed to the town, the army said.", [300]),
    ],
)
def test_a_blocs_members_are_states(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A humanitarian speaker keeps its kind, and its count, in the speaker phrase.
        (
            "About 3,000 troops are still in the region, two aid officials told reporters.",
            "two aid officials",
        ),
        ("Some 800 soldiers entered the camp, a humanitarian official said.", "humanitarian official"),
        (
            "About 1,000 fighters hold the town, three relief officials told reporters.",
            "three relief officials",
        ),
        ("Roughly 500 troops are in the town, senior aid officials said.", "senior aid officials"),
        # ... not a word of the clause before the speaker.
        ("About 700 troops blocked the aid convoy, officials said.", "officials"),
    ],
)
def test_a_humanitarian_speaker_keeps_its_kind(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Personnel as the subject of "number" or "total" give the count after the verb its noun.
        ("Russian troops in the enclave number about 3,000, the ministry said.", [3_000]),
        ("French soldiers at the base number at least 1,500, the report said.", [1_500]),
        ("Turkish personnel inside the zone total some 4,000, officials said.", [4_000]),
        ("Chinese marines number 2,000, the think tank estimated.", [2_000]),
        # ... not a subject that is no personnel.
        ("Armoured vehicles at the base number about 300, the ministry said.", []),
    ],
)
def test_personnel_numbering_a_count(text: str, found: list[int]) -> None:
    assert _counts(text) == found
