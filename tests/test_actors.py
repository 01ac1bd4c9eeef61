"""The actor gazetteer: aliases, titles, groups, state voices, extension without mutation."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from _fastpaths import names_longest_first
from claimkit.extract.actors import Gazetteer, _name_words, normalise_name
from claimkit.model import Actor, ActorKind

G = Gazetteer.default()


@pytest.mark.parametrize(
    ("mention", "name", "kind"),
    [
        (
            "South Korea’s intelligence agency",
            "South Korea's National Intelligence Service",
            ActorKind.AGENCY,
        ),
        (
            "South Korea’s National Intelligence Service",
            "South Korea's National Intelligence Service",
            ActorKind.AGENCY,
        ),
        (
            "the South Korean National Intelligence Service",
            "South Korea's National Intelligence Service",
            ActorKind.AGENCY,
        ),
        ("NIS", "South Korea's National Intelligence Service", ActorKind.AGENCY),
        (
            "South Korean intelligence services",
            "South Korea's National Intelligence Service",
            ActorKind.AGENCY,
        ),
        ("John F. Kirby", "John F. Kirby", ActorKind.PERSON),
        ("Kirby", "John F. Kirby", ActorKind.PERSON),
        ("U.S. National Security Council spokesman John F. Kirby", "John F. Kirby", ActorKind.PERSON),
        ("the Pentagon", "US Department of Defense", ActorKind.AGENCY),
        ("A US Department of Defense spokesperson", "US Department of Defense", ActorKind.AGENCY),
        ("Defense Ministry of South Korea", "South Korea's Defense Ministry", ActorKind.AGENCY),
        ("South Korean Ministry of National Defense", "South Korea's Defense Ministry", ActorKind.AGENCY),
        ("the South Korean Foreign Ministry", "South Korea's Foreign Ministry", ActorKind.AGENCY),
        ("the Kremlin", "Russia", ActorKind.GOVERNMENT),
        ("Moscow", "Russia", ActorKind.GOVERNMENT),
        ("Pyongyang", "North Korea", ActorKind.GOVERNMENT),
        ("North Korean representatives", "North Korea", ActorKind.GOVERNMENT),
        ("Reuters", "Reuters", ActorKind.MEDIA),
        ("a senior NATO official", "NATO", ActorKind.ORGANISATION),
        (
            "Ukrainian, South Korean, and US officials",
            "Ukrainian, South Korean, and US officials",
            ActorKind.GROUP,
        ),
        ("Israeli officials", "Israeli officials", ActorKind.GROUP),
        ("Defence Secretary John Healey", "John Healey", ActorKind.PERSON),
        ("lawmaker Park Sun-won", "Park Sun-won", ActorKind.PERSON),
        ("A spokesman for the Ukrainian army, Andriy Kovalenko", "Andriy Kovalenko", ActorKind.PERSON),
        # A country's own government speaks for the country, as "the Japanese government" does.
        ("Japan's government", "Japan", ActorKind.GOVERNMENT),
        ("South Korea's government", "South Korea", ActorKind.GOVERNMENT),
        ("Kenya's authorities", "Kenya", ActorKind.GOVERNMENT),
        ("the company's government", "company's government", ActorKind.ORGANISATION),
        # People speaking from inside a named body: the body speaks.
        ("Analysts at the Horn Security Group", "Horn Security Group", ActorKind.AGENCY),
        ("researchers from RUSI", "Royal United Services Institute", ActorKind.ORGANISATION),
        (
            "Senior analysts with the International Crisis Group",
            "International Crisis Group",
            ActorKind.AGENCY,
        ),
        ("officials at the Pentagon", "US Department of Defense", ActorKind.AGENCY),
        # ... not from a place or a time: the phrase stays the speaker.
        ("experts in the region", "experts in the region", ActorKind.ORGANISATION),
        # A body described by its kind before its name is the name.
        ("group Orinoco Watch", "Orinoco Watch", ActorKind.ORGANISATION),
        ("the open-source research group Orinoco Watch", "Orinoco Watch", ActorKind.ORGANISATION),
        (
            "the monitoring group Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            ActorKind.ORGANISATION,
        ),
        ("the newspaper Le Monde", "Le Monde", ActorKind.MEDIA),
        ("think tank RUSI", "Royal United Services Institute", ActorKind.ORGANISATION),
        # ... not a kind with no name after it.
        ("the research group in Caracas", "research group in Caracas", ActorKind.AGENCY),
        # Longer titles before a name are stripped too.
        ("Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", ActorKind.PERSON),
        ("Permanent Secretary Jane Doe", "Jane Doe", ActorKind.PERSON),
        ("Acting Defence Minister Ali Khan", "Ali Khan", ActorKind.PERSON),
        ("Assistant Secretary Mary Smith", "Mary Smith", ActorKind.PERSON),
        # ... not a title with no name after it: the office itself stays a body.
        ("the Cabinet Office", "Cabinet Office", ActorKind.AGENCY),
    ],
)
def test_resolve(mention: str, name: str, kind: ActorKind) -> None:
    actor = G.resolve(mention)
    assert actor is not None
    assert (actor.name, actor.kind) == (name, kind)


@pytest.mark.parametrize(
    ("mention", "affiliation"),
    [
        ("John F. Kirby", ("US National Security Council", "United States")),
        ("Ukrainian intelligence chief Kyrylo Budanov", ("Ukraine's Defence Intelligence (HUR)", "Ukraine")),
        ("South Korean lawmaker Lee Seong-kweun", ("South Korea",)),
        ("Ukrainian officials", ("Ukraine",)),
    ],
)
def test_affiliation(mention: str, affiliation: tuple[str, ...]) -> None:
    actor = G.resolve(mention)
    assert actor is not None
    assert actor.affiliation == affiliation


@pytest.mark.parametrize("mention", ["", "   ", "he", "It", "they", "“”"])
def test_unresolvable_mentions_give_none(mention: str) -> None:
    assert G.resolve(mention) is None


def test_unknown_names_become_new_actors_not_dropped() -> None:
    actor = G.resolve("the Ruritanian Border Agency")
    assert actor is not None
    assert actor.name == "Ruritanian Border Agency"
    assert actor.kind is ActorKind.AGENCY


def test_extension_returns_a_new_gazetteer() -> None:
    extra = Actor("Ruritania", kind=ActorKind.GOVERNMENT, aliases=("Strelsau",))
    extended = G.with_actors([extra])
    assert extended.lookup("Strelsau") == extra
    assert G.lookup("Strelsau") is None
    assert extended.extend([]) == extended


def test_extension_overrides_an_existing_alias() -> None:
    mine = Actor("My Pentagon", kind=ActorKind.AGENCY, aliases=("Pentagon",))
    assert G.with_actors([mine]).lookup("the Pentagon") == mine
    assert G.lookup("the Pentagon") is not None
    assert G.lookup("the Pentagon") != mine


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The U.S. Department of Defense", "us department of defense"),
        ("South Korea’s NIS", "south korea's nis"),
        ("  an   official ", "official"),
    ],
)
def test_normalise_name(text: str, key: str) -> None:
    assert normalise_name(text) == key


_NAME_PIECES = st.sampled_from(
    ["the", "a", "an", "its", "some", "many", "The", "THE", "then", "x", " ", "  ", ".", "’", "‘", "`", "'",
     "U.S.", "ſome", "İ", "K", ",", "\n", "\t", "\u00a0", "_", "5", "Pentagon"]
)  # fmt: skip


@given(st.lists(_NAME_PIECES, max_size=12).map("".join))
def test_name_words_are_the_words_of_the_normalised_name(text: str) -> None:
    assert _name_words(text) == normalise_name(text).split()


_EXTRA = Gazetteer.default().with_actors(
    [
        Actor("Alpha Beta Gamma Delta", aliases=("ABGD", "Alpha Beta Gamma")),
        Actor("Beta Gamma", aliases=("BG",)),
        Actor("Gamma", aliases=("Delta Epsilon Zeta",)),
        Actor("Alpha"),
        Actor("Alpha Beta Unit", aliases=("Alpha Beta",)),
    ]
)
_MENTION_PIECES = st.sampled_from(
    ["alpha", "Beta", "gamma", "delta", "epsilon", "zeta", "ABGD", "BG", "the", "North", "Korea", "Korean",
     "US", "U.S.", "Department", "of", "Defense", "NIS", "x", ",", "’s"]
)  # fmt: skip


@given(words=st.lists(_MENTION_PIECES, max_size=14), acronyms=st.booleans())
@example(
    words=["the", "US", "Department", "of", "Defense", "alpha", "beta", "gamma", "delta", "epsilon"],
    acronyms=False,
)
def test_mentions_follow_the_tree_of_names_as_the_longest_alias_first(
    words: list[str], acronyms: bool
) -> None:
    # The tree of names' words finds, at each word not inside the last name found, the longest name opening
    # there: what trying every length of the index's keys, longest first, finds.
    plain = names_longest_first(_EXTRA, " ".join(words), acronyms=acronyms)
    assert list(_EXTRA.mentions(" ".join(words), acronyms=acronyms)) == plain
