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
