"""The keyword prefilters of claim extraction never hide a match of the pattern they guard."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.extract import attribution as at
from claimkit.extract import claims as cl

# Each guarded pattern with its needles. A prefilter is sound when every match holds a needle.
GUARDED = [
    (cl._RATE, cl._NEEDLES_RATE, "match"),
    (cl._CASUALTY_AFTER, cl._NEEDLES_CASUALTY_AFTER, "match"),
    (cl._CASUALTY_BEFORE, cl._NEEDLES_CASUALTY_BEFORE, "search"),
    (cl._LOSSES_AT, cl._NEEDLES_LOSSES_AT, "search"),
    (cl._FORMATION_BEFORE, cl._NEEDLES_FORMATION_BEFORE, "search"),
    (cl._FORCE_OF, cl._NEEDLES_FORCE_OF, "search"),
    (cl._NUMBERS_VERB, cl._NEEDLES_NUMBERS_VERB, "search"),
    (cl._HAVE_BEFORE, cl._NEEDLES_HAVE_BEFORE, "search"),
    (cl._IN_TOTAL_AFTER, cl._NEEDLES_IN_TOTAL_AFTER, "match"),
    (cl._PEAK_AFTER, cl._NEEDLES_PEAK_AFTER, "match"),
    (cl._OTHER_CUE, cl._NEEDLES_OTHER_CUE, "search"),
    (cl._OTHER_AFTER, cl._NEEDLES_OTHER_AFTER, "match"),
    (cl._HEDGE, cl._NEEDLES_HEDGE, "search"),
]


def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The literal words of a pattern's source: the vocabulary its matches are made of."""
    return sorted(set(re.findall(r"[a-z']{2,}", re.sub(r"\\[a-zA-Z]", " ", pattern.pattern))))


COMMON = ["troops", "the", "a", "of", "at", "to", "some", "per", "each", "its", "in", "all", "with", "were"]
FILLER = st.sampled_from([" ", "  ", ", ", " - ", "’", "'"])


@st.composite
def windows(draw: st.DrawFn, pattern: re.Pattern[str]) -> str:
    """ASCII text made of the pattern's own words in any case, so matches are frequent."""
    vocabulary = sorted(set(_pattern_words(pattern)) | set(COMMON))
    words = draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=8))
    cased = [draw(st.sampled_from([w, w.upper(), w.title()])) for w in words]
    seps = [draw(FILLER) for _ in cased]
    return "".join(w + s for w, s in zip(cased, seps, strict=True))


@pytest.mark.parametrize(("pattern", "needles", "how"), GUARDED, ids=lambda x: getattr(x, "pattern", "")[:20])
@given(data=st.data())
def test_every_match_holds_a_needle(
    pattern: re.Pattern[str], needles: tuple[str, ...], how: str, data: st.DataObject
) -> None:
    text = data.draw(windows(pattern))
    found = pattern.match(text) if how == "match" else pattern.search(text)
    if found is not None:
        assert cl._may(text.lower(), needles), (text, found.group())


@pytest.mark.parametrize(("pattern", "needles", "how"), GUARDED, ids=lambda x: getattr(x, "pattern", "")[:20])
def test_pattern_words_hit_the_needles(pattern: re.Pattern[str], needles: tuple[str, ...], how: str) -> None:
    # The filter is not vacuous: text without the needles is skipped.
    assert not cl._may("troops were seen near the river", needles)


@pytest.mark.parametrize(
    ("pattern", "how", "text"),
    [
        (cl._RATE, "match", " Each Day"),
        (cl._RATE, "match", " troops Per Week"),
        (cl._CASUALTY_AFTER, "match", " were Perished"),
        (cl._CASUALTY_BEFORE, "search", "they Lost some "),
        (cl._LOSSES_AT, "search", "put Losses AT about "),
        (cl._LOSSES_AT, "search", "the TOLL at "),
        (cl._FORMATION_BEFORE, "search", "which Comprised of "),
        (cl._FORMATION_BEFORE, "search", "EACH Company has "),
        (cl._FORCE_OF, "search", "a Grouping of some "),
        (cl._NUMBERS_VERB, "search", "the force Totalled "),
        (cl._HAVE_BEFORE, "search", "it Fields some "),
        (cl._IN_TOTAL_AFTER, "match", " troops In All"),
        (cl._IN_TOTAL_AFTER, "match", " troops On Active Duty"),
        (cl._PEAK_AFTER, "match", " troops at Their HEIGHT"),
        (cl._OTHER_CUE, "search", "they Won't send"),
        (cl._OTHER_CUE, "search", "it Amounted to"),
        (cl._OTHER_AFTER, "match", " troops Taken Prisoner"),
        (cl._HEDGE, "search", "troops Appear to have left"),
        (cl._HEDGE, "search", "they Might Have"),
    ],
)
def test_matches_hold_their_needles(pattern: re.Pattern[str], how: str, text: str) -> None:
    needles = next(n for p, n, _ in GUARDED if p is pattern)
    found = pattern.match(text) if how == "match" else pattern.search(text)
    assert found is not None
    assert cl._may(text.lower(), needles)


PHRASE_CUES = [(pattern, kind) for pattern, kind, _ in at._PHRASE_CUES]


@pytest.mark.parametrize(("pattern", "kind"), PHRASE_CUES, ids=lambda x: getattr(x, "value", ""))
@given(data=st.data())
def test_every_phrase_cue_holds_one_of_its_words(
    pattern: re.Pattern[str], kind: at.CueKind, data: st.DataObject
) -> None:
    text = data.draw(windows(pattern))
    found = pattern.search(text)
    if found is not None:
        assert any(word in text.lower() for word in at._PHRASE_WORDS[kind]), (text, found.group())
        hint = at._PHRASE_HINTS.get(kind)
        if hint is not None and cl._lower_twin(text) is not None:
            assert hint.search(text.lower()) is not None, (text, found.group())


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The figure, as Reported BY the ministry, rose to 3,000.", "the ministry"),
        ("Some 3,000 troops, CITING Ukrainian intelligence.", "Ukrainian intelligence"),
        ("Drawing on Figures From the agency, 3,000 left.", "the agency"),
        ("An internal Briefing by the ministry put it at 3,000.", "the ministry"),
    ],
)
def test_phrase_cues_are_still_read(sentence: str, speaker: str) -> None:
    assert speaker in [c.speaker for c in at.find_cues(sentence)]


def test_by_without_a_reporting_word_is_no_cue() -> None:
    assert at.find_cues("Some 3,000 troops will arrive by the end of the year.") == ()


@pytest.mark.parametrize("text", ["North  Korean elite ", "the U.S. ", "US troop ", "Israeli "])
def test_topic_demonyms_are_found(text: str) -> None:
    assert cl._TOPIC_DEMONYM.search(text) is not None
    assert cl._TOPIC_DEMONYM_AT.search(text) is not None
