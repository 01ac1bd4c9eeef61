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
