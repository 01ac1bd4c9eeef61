"""The extractors' fast paths (scans, windowed searches, prefilters) find exactly what the plain patterns find."""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
import string

import pytest
from _joined import joined
from hypothesis import assume, example, given
from hypothesis import strategies as st

from _fastpaths import names_longest_first, offsets_of
from claimkit import Actor, dates, read_document
from claimkit.dates import _DATE, _DATE_AT, _MONTH_WORDS, _WEEKDAY_WORDS, finditer_twin
from claimkit.documents import _read, _sentences, _source
from claimkit.documents._clean import _DISCLAIMER, _NEWLINE, _has_disclaimer
from claimkit.documents._source import _DATE_IN_TEXT, _DATE_IN_TEXT_AT
from claimkit.extract import actors, attribution, claims, numbers
from claimkit.extract.attribution import _BE_BEFORE, _RELATIVE_END, _TRAILING_TIME, _TRAILING_TIME_REACH
from claimkit.extract.numbers import (
    _COMMA_GROUPED,
    _CORE,
    _CORE_AT,
    _CURRENCY_BEFORE,
    _CURRENCY_LAST,
    _FIRST_WORDS,
    _PREFIX,
    _QUALIFIERS,
    _read_digits,
)
from claimkit.model import DateProvenance, DateWindow, Precision

# Pieces of news text that start (or almost start) a number or a date, in any case, with tricky neighbours.
PIECES = sorted(
    set(_FIRST_WORDS.split())
    | set(f"{_MONTH_WORDS} {_WEEKDAY_WORDS}".split())
    | set(
        """today tomorrow yesterday this last next week month year the 22nd 1st 21 2024 1999 02124 12,000 1.500
        2,5 12 000 +65 6790 6982 (617) 555-0100 617-555-0100 ½ ¾ XI IV Corps Army F-16 COVID-19 G7 MH17 Su-27
        one-third two-thirds a few a couple of twenty-five twenty-first and half an 5G 9mm 16th 10:30 1990s
        ſeven ſix thouſand Sİx ſeventh K Kelvin İ ı troops said Mar may March 3 31 of to - – ( ) , . ١٢ ٣
        start beginning morning afternoon evening spring summer autumn fall winter 23/10/2024 10.12.2024 12-03-2024 1/2 /""".split()  # noqa: SIM905 - a word list reads best as prose
    )
    | {"+65 6790 6982", "+82 2 3715 9760", "(617) 555-0100", "XI Corps", "12 000", "a few hundred"}
    | {"the start of the year", "the beginning of  the year", "this morning"}
)
SEPARATORS = ["", " ", "  ", "-", "–", ",", ".", "(", ")", "\n", "x", "7", "\u00a0", "\u2009", "'", "’"]


texts = joined(PIECES, SEPARATORS, cased=True)


def _starts(fast: re.Pattern[str], plain: re.Pattern[str], text: str, endpos: int) -> None:
    for pos in range(endpos + 1):
        found = fast.search(text, pos, endpos)
        expected = plain.search(text, pos, endpos)
        assert (found and found.start()) == (expected and expected.start()), (text, pos, endpos)


@given(text=texts, cut=st.integers(0, 12))
@example(text="some 10,000 troops on October 21, 2024 and the 22nd", cut=0)
@example(text="XI Corps, F-16s, one-third, ſix thouſand, twenty-first", cut=0)
@example(text="call +65 6790 6982 or (617) 555-0100", cut=0)
@example(text="Today, LAST WEEK and next month; tomorrow", cut=3)
def test_number_scan_matches_the_plain_pattern(text: str, cut: int) -> None:
    endpos = max(0, len(text) - cut)
    _starts(_CORE_AT, _CORE, text, endpos)
    # The scan reads the mention from the twin's own groups: the last one closed names the shape and spans it.
    for pos in range(endpos + 1):
        at = _CORE_AT.search(text, pos, endpos)
        if at is not None:
            m = _CORE.match(text, at.start(), endpos)
            assert m is not None
            assert at.lastgroup == m.lastgroup
            assert m.lastgroup is not None
            assert at.span(m.lastgroup) == m.span()


@given(text=texts, cut=st.integers(0, 12))
@example(text="On Monday (21st), October 8th to 13th, in 2019, 2024-10-21", cut=0)
@example(text="Today, LAST WEEK and next month; tomorrow, YESTERDAY", cut=0)
@example(
    text="21 to 23 October, 5 through 7 May, 8 till 9 June, 3 until 4 July, 1 and 2 March, 7 of Aug", cut=0
)
@example(text="7—9 Sept., 7-9 Oct, 12 – 14 Nov 2024, 3rd Dec, Mark, Marching, 2019 and 1999s", cut=0)
@example(text="at the start of the year, THE BEGINNING  OF THE YEAR, this morning, the start", cut=0)
@example(text="in the spring, last AUTUMN, the fall of Kabul, next winter, The Summer of 2024", cut=0)
def test_date_scan_matches_the_plain_pattern(text: str, cut: int) -> None:
    _starts(_DATE_AT, _DATE, text, max(0, len(text) - cut))


@given(text=texts, cut=st.integers(0, 12))
@example(text="On 21 October 2024, 121 October, Oct. 21, 2024, 2024-10-21, in 1999 and May 5th", cut=0)
@example(text="12 000 ١٢ October 2019-20, $2019 and 3rd of March 2023", cut=2)
def test_source_date_scan_matches_the_plain_pattern(text: str, cut: int) -> None:
    _starts(_DATE_IN_TEXT_AT, _DATE_IN_TEXT, text, max(0, len(text) - cut))
    endpos = max(0, len(text) - cut)
    expected = [m.span() for m in _DATE_IN_TEXT.finditer(text, 0, endpos)]
    assert [m.span() for m in finditer_twin(_DATE_IN_TEXT, _DATE_IN_TEXT_AT, text, 0, endpos)] == expected


def test_relative_words_start_only_with_ascii_letters() -> None:
    # The date scan's first-character class lists t, y, l and n in both cases only: no other code point
    # matches them case-insensitively (unlike "ſ" for "s", "K" for "k", "İ" for "i").
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert sorted(set(re.findall("(?i:[tyln])", everything))) == sorted("tTyYlLnN")


def test_fast_scans_skip_ordinary_words() -> None:
    text = "The Pentagon said troops were sent"
    assert _CORE_AT.search(text) is None
    assert _DATE_AT.search(text) is None
    assert _CORE_AT.search("some 500 troops").start() == 5  # type: ignore[union-attr]


# Tails of text before a reporting verb: words that the cue patterns end with, spaces and commas.
TAIL_PIECES = [
    "is", "are", "WAS", "were", "be", "been", "Being", "iſ", "this", "on", "in", "last", "earlier", "late",
    "October", "Mon", "21st", "2024", "week", "year", "which", "who", "has", "also", "the ministry", "x",
]  # fmt: skip
TAIL_SEPARATORS = ["", " ", "  ", "\t", "\n", ",", ", ", ".", "\u00a0", "\u2009"]


tails = joined(TAIL_PIECES, TAIL_SEPARATORS, min_size=0, max_size=8)


@given(head=tails, pad=st.integers(0, 60))
@example(head="the ministry, which has ", pad=0)
@example(head="troops were \n", pad=0)
@example(head="The ministry on October 21st, 2024 \n", pad=0)
def test_windowed_cue_searches_find_the_plain_match(head: str, pad: int) -> None:
    head = "x" * pad + head
    full = _TRAILING_TIME.search(head)
    windowed = _TRAILING_TIME.search(head, max(0, len(head) - _TRAILING_TIME_REACH))
    assert (full and full.span()) == (windowed and windowed.span())
    comma = head.rfind(",")
    assert (_RELATIVE_END.search(head) is None) == (comma < 0 or _RELATIVE_END.search(head, comma) is None)
    stripped = head.rstrip()
    assert bool(_BE_BEFORE.search(head)) == bool(_BE_BEFORE.search(head, max(0, len(stripped) - 5)))


AMOUNT_PIECES = ["US", "USD", "EUR", "HK", "S", "$", "\\$", "€", "£", "₩", "x", "some", "JPY", "INR", "CNY", "RUB"]  # fmt: skip


@given(
    before=st.lists(st.sampled_from([*AMOUNT_PIECES, " ", "  ", "   "]), max_size=5).map("".join),
    floor=st.integers(0, 12),
)
@example(before="USD  ", floor=0)
@example(before="US\\$ ", floor=0)
def test_currency_prefilter_never_hides_a_currency(before: str, floor: int) -> None:
    text = before + "500"
    start = len(before)
    floor = min(floor, start)
    if _CURRENCY_BEFORE.search(text, max(floor, start - 8), start) is not None:
        tail = text[max(floor, start - 3) : start].rstrip(" ")
        assert tail
        assert tail[-1] in _CURRENCY_LAST


@given(st.from_regex(r"\A[0-9,]{1,40}\Z"))
@example("1,000,000")
@example("12,0000")
def test_comma_grouped_fast_path_reads_as_the_general_rules(raw: str) -> None:
    if _COMMA_GROUPED.fullmatch(raw):
        groups = raw.split(",")
        assert 1 <= len(groups[0]) <= 3
        assert all(len(g) == 3 for g in groups[1:])
        assert sum(ch.isdigit() for ch in raw) <= 30
        assert _read_digits(raw, 0, len(raw)).value == int("".join(groups))


SUBJECT_PIECES = [
    "South", "Korea's", "National", "Intelligence", "Service", "the", "of", "and", "officials", "U.S.", ",",
    "“We", "believe”", "troops", "said", "has", "also", "Ukrainian", "American", "an", "analyst", "at",
    "Institute", "for", "Study", "War", "x" * 70, "NATO", "Secretary", "General", "Mark", "Rutte",
]  # fmt: skip


@given(words=st.lists(st.sampled_from(SUBJECT_PIECES), min_size=1, max_size=40))
@example(words=["Then", *(["Ukrainian", ","] * 13), "and", "American", "officials"])
def test_subject_walk_reads_the_same_from_a_short_tail(words: list[str]) -> None:
    # The walk back tokenises the last ``_TAIL`` characters first and the whole window only when it reaches
    # their start: the subject found is the one a walk over the whole window finds.
    sentence = " ".join(words) + " said 500 troops left."
    end = sentence.rindex(" said")
    short = attribution._speaker_before(sentence, end)
    saved = attribution._TAIL
    attribution._TAIL = 10**6
    try:
        assert attribution._speaker_before(sentence, end) == short
    finally:
        attribution._TAIL = saved


# Words the word-start twins must find (and miss) in any case, with neighbours that make or break a word start.
TWIN_PIECES = [
    "said", "says", "states that", "States", "figures show that", "data indicated that", "put the number at",
    "told", "Reported", "will", "WOULD", "set to", "expected to", "its planned", "planned", "is", "are set",
    "may have", "North Korea", "the North", "U.S.", "US", "UK", "Kremlin", "Seoul", "troops", "units", "forces",
    "soldiers", "military", "fighters", "personnel", "ſent", "Kelvin", "İs", "ıs", "x", "7", "_", "é", "-",
]  # fmt: skip


twin_texts = joined(TWIN_PIECES, SEPARATORS, cased=True)


TWINS = [
    (attribution._SPEECH_VERB, attribution._SPEECH_VERB_AT),
    (claims._TENSE, claims._TENSE_AT),
    (claims._PLACE_WORD, claims._PLACE_WORD_AT),
]


@given(text=twin_texts, cut=st.integers(0, 12))
@example(text="The ministry said, and U.S. officials' figures show that the North will send troops", cut=0)
@example(text="ſent ſaid İs Kelvin", cut=0)
def test_word_start_twins_match_where_their_patterns_match(text: str, cut: int) -> None:
    endpos = max(0, len(text) - cut)
    for plain, twin in TWINS:
        _starts(twin, plain, text, endpos)
        expected = [m.span() for m in plain.finditer(text, 0, endpos)]
        assert [m.span() for m in finditer_twin(plain, twin, text, 0, endpos)] == expected


@given(text=twin_texts)
@example(text="troops, subunits, units_x and 500 fighters-troops")
@example(text="ſoldiers militaryé personnel7 forces")
def test_topic_nouns_are_found_where_the_pattern_matches(text: str) -> None:
    assert claims._topic_nouns(text) == [m.start() for m in claims._TOPIC_NOUN.finditer(text)]


def test_case_insensitive_twin_class_holds_every_folded_letter() -> None:
    # ``_TENSE`` is case-insensitive and opens with ASCII letters: any code point that one of them matches
    # under ``re.I`` ("ſ", "K", "İ" ...) is in the twin's class under ``re.I`` too.
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    folded = {ch for letter in letters for ch in re.findall(f"(?i:{letter})", everything)}
    assert folded <= set(re.findall("(?i:[a-zA-Z])", everything))
    # The twin reads its class case-sensitively (so that ``re`` scans for it in C): spelt out, it holds
    # every code point the case-insensitive class holds.
    assert not claims._TENSE_AT.flags & re.IGNORECASE
    twin_class = claims._TENSE_AT.pattern[: claims._TENSE_AT.pattern.index("]") + 1]
    assert set(re.findall(twin_class, everything)) == set(re.findall("(?i:[a-zA-Z])", everything))
    assert set(dates._ASCII_FOLDS) == set(re.findall("(?i:[a-zA-Z])", everything)) - set(string.ascii_letters)


# The qualifier phrases as a flat alternation, longest first (the prefix tree's language, in its old order).
_FLAT_PREFIX = re.compile(
    r"(?<![\w.])(?P<q>(?i:"
    + "|".join(re.escape(q).replace(r"\ ", r"\s{1,3}") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r"))[\u0020\u00a0\u2009\u202f]{1,3}\Z"
)
QUALIFIER_PIECES = sorted({w for q in _QUALIFIERS for w in q.split()} | {"ſome", "x", "500", "K"})


@given(
    text=joined(QUALIFIER_PIECES, [" ", "  ", "\t", "\u00a0", ".", "", "\n"], cased=True),
    cut=st.integers(0, 4),
)
@example(text="well in excess of ", cut=0)
@example(text="some  estimated\u00a0 ", cut=0)
def test_qualifier_tree_finds_what_the_flat_alternation_finds(text: str, cut: int) -> None:
    for low in range(0, len(text) + 1, 3):
        found = _PREFIX.search(text, low, len(text) - min(cut, len(text) - low))
        expected = _FLAT_PREFIX.search(text, low, len(text) - min(cut, len(text) - low))
        assert (found and (found.start(), found["q"])) == (expected and (expected.start(), expected["q"]))


DISCLAIMER_PIECES = [
    "The", "views", "expressed", "in", "this", "article", "are", "the", "author’s", "writer's", "own", "do",
    "does", "not", "necessarily", "represent", "reflect", "official", "position", "may", "be", "reproduced",
    "reprinted", "without", "permission", "all", "rights", "reserved", "©", "(c)", "copyright", "ſ", "K", "é",
]  # fmt: skip


@given(text=joined(DISCLAIMER_PIECES, [" ", "  ", "\u00a0", "“", "’", ", "], cased=True, max_size=14))
@example(text="The views expressed are the author’s own.")
@example(text="(C) 2024 Reuters")
@example(text="Text. All rights  reserved. all rights reserved")
@example(text="Does not represent the views")
def test_disclaimer_fast_path_answers_as_the_pattern(text: str) -> None:
    assert _has_disclaimer(text) == (_DISCLAIMER.search(text) is not None)


@given(text=st.text(alphabet="ab\r\n\u2028\u2029\x85\x0b\x0c", max_size=30))
def test_line_terminators_are_found_as_before(text: str) -> None:
    old = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
    assert [m.span() for m in _NEWLINE.finditer(text)] == [m.span() for m in old.finditer(text)]


def _split_sentences_by_steps(text: str) -> list[tuple[int, int]]:
    """The segmenter as it was written first: a boundary looked ahead for whitespace, skipped char by char."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    for m in re.finditer(r"[.!?…]{1,8}[\"'”’»)\]]{0,4}(?:\[\d{1,3}\]){0,3}(?=\s)", text):
        boundary = nxt = m.end()
        while nxt < n and text[nxt].isspace():
            nxt += 1
        marks = m.group()
        if nxt >= n or not _sentences._starts_sentence(text, nxt, digits=marks[0] == "."):
            continue
        if marks.startswith(".") and not marks.startswith(".."):
            word = text[max(text.rfind(" ", start, m.start()) + 1, start) : m.start()]
            next_end = nxt
            while next_end < n and not text[next_end].isspace():
                next_end += 1
            if _sentences._is_abbreviation(word, text[nxt:next_end]):
                continue
        spans.append((start, boundary))
        start = nxt
    spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


SENTENCE_PIECES = ["Mr.", "U.S.", "It", "left.", "2.5", "“Go!”", "(see)", "[12]", "...", "…", "?!", "x", "Gen.", "The", "7"]  # fmt: skip


@given(text=joined(SENTENCE_PIECES, [" ", "  ", "\u00a0", "\n", "\t", "", ".", ". "], max_size=14))
@example(text="U.S. spokesman John F. Kirby said 1,500 left. “It is 2.5 times more.” Gen. Kim agreed.")
@example(text="It ended.[12] Fifty-eight \u2009 more. . . came.\u00a0 Then")
def test_sentence_boundaries_are_found_as_before(text: str) -> None:
    assert _sentences.split_sentences(text) == _split_sentences_by_steps(text)


# Every Unicode pattern with an ASCII twin, with the twin: on text that ``reads_as_ascii`` they must agree.
ASCII_TWINS = [
    (_CORE_AT, numbers._CORE_AT_ASCII),
    (_DATE, dates._DATE_ASCII),
    (_DATE_AT, dates._DATE_AT_ASCII),
    (attribution._SPEECH_VERB, attribution._SPEECH_VERBS_ASCII[0]),
    (attribution._SPEECH_VERB_AT, attribution._SPEECH_VERBS_ASCII[1]),
    (claims._MILITARY_LOWER, claims._MILITARY_LOWER_ASCII),
    (attribution._WORD, attribution._WORD_ASCII),
    (claims._TENSE, claims._TENSES_ASCII[0]),
    (claims._TENSE_AT, claims._TENSES_ASCII[1]),
    (_DATE_IN_TEXT, _source._DATE_IN_TEXT_ASCII[0]),
    (_DATE_IN_TEXT_AT, _source._DATE_IN_TEXT_ASCII[1]),
]
ASCII_SEPARATORS = [
    " ",
    "  ",
    "\t",
    "\n",
    "\x0b",
    "\x1c",
    "\x1f",
    "-",
    ",",
    ".",
    "(",
    ")",
    "_",
    "7",
    "x",
    "'",
]


# The typographic marks ``reads_as_ascii`` admits among ASCII, and marks it must refuse (space, letters).
MARKS = [*dates._TWIN_SAFE_MARKS, "\u00a0", "\u2009", "é", "ſ", "\u212a"]


@given(
    text=st.one_of(
        joined([p for p in [*PIECES, *TWIN_PIECES] if p.isascii()], ASCII_SEPARATORS + MARKS, cased=True),
        st.text(st.characters(max_codepoint=127) | st.sampled_from(MARKS), max_size=40),
    )
)
@example(text="The ministry said 500 troops will\x1cbe sent on October 21, 2024; front\x1flines")
@example(text="figures show\x1dthat 12,000 soldiers were deployed")
@example(text="“500 troops” said—on October 21–22, 2024…the ministry’s ‘figures’ show 12,000")
def test_ascii_twins_read_ascii_text_as_their_patterns(text: str) -> None:
    for plain, twin in ASCII_TWINS:
        if dates.reads_as_ascii(text):
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in twin.finditer(text)] == expected, (
                plain.pattern[:40],
                text,
            )


def test_ascii_reading_refuses_the_separators_unicode_whitespace_holds() -> None:
    # ``\s`` differs between the two readings on exactly these ASCII characters.
    ascii_chars = "".join(chr(c) for c in range(128))
    differ = {ch for ch in ascii_chars if bool(re.match(r"\s", ch)) != bool(re.match(r"\s", ch, re.ASCII))}
    assert differ == {"\x1c", "\x1d", "\x1e", "\x1f"}
    assert not any(dates.reads_as_ascii(f"a{ch}b") for ch in differ)


def test_ascii_reading_admits_only_caseless_punctuation_outside_ascii() -> None:
    # Each admitted mark is no word character, digit or space in either reading, and has no case: no letter
    # folds to it and it folds to none, so a twin cannot tell it from ASCII punctuation.
    for ch in dates._TWIN_SAFE_MARKS:
        for cls in (r"\w", r"\d", r"\s", r"\b"):
            assert re.search(cls, ch) is None, (ch, cls)
            assert re.search(cls, ch, re.ASCII) is None, (ch, cls)
        assert ch.lower() == ch.upper() == ch.casefold() == ch.title() == ch
        folds = re.compile(re.escape(ch), re.I).fullmatch
        assert [c for c in map(chr, range(0x30000)) if folds(c)] == [ch]
        assert dates.reads_as_ascii(f"a{ch}b")
        assert not dates.reads_as_ascii(f"a{ch}b\u00e9")
    assert not dates.reads_as_ascii("a\u00a0b")
    assert not dates.reads_as_ascii("a\x1f\u201cb")


SHARE_PIECES = ["one", "Nine", "12", "a", "in", "IN", "out", "of", "OF", "ten", "x", "ın", "troops"]


@given(text=joined(SHARE_PIECES, [" ", "  ", "\t", "\n", "", "-", "\u00a0"], max_size=6))
@example(text="one of \n")
@example(text="nine in\u00a0")
def test_share_prefilter_never_hides_a_share(text: str) -> None:
    for start in range(len(text) + 1):
        if claims._SHARE_BEFORE.search(text, max(0, start - 16), start) is not None:
            assert claims._may_share(text, start), (text, start)


WINDOW_PIECES = [
    "up", "down", "from", "FROM", "From", "the", "current", "about", "numbering", "TOTALLING", "totaling",
    "troops", "and", "but", "who", "whereas", ",", ";", "(", "—", "–", "ſ", "K", "İ", "ı", "14,000", "x",
]  # fmt: skip


@given(text=joined(WINDOW_PIECES, [" ", "  ", "\t", "\n", "", "-", "\u00a0"], max_size=10, cased=True))
@example(text="up from about ")
@example(text="troops numbering ")
@example(text="x and\u00a0y, z")
def test_window_prefilters_never_hide_a_match(text: str) -> None:
    cut = claims._CLAUSE_CUT_AFTER.search(text)
    fast = claims._CLAUSE_CUT_AFTER_AT.search(text)
    assert (cut and cut.start()) == (fast and fast.start())
    if claims._EARLIER_LEVEL.search(text) or claims._FROM_BEFORE.search(text):
        assert "from" in text.lower()
    if claims._NOUN_BEFORE.search(text):
        assert "number" in text.lower() or "total" in text.lower()


@given(text=texts)
@example(text="On 21 October 2024 and in 1999, 2019-20")
def test_source_date_needles_hold_every_match(text: str) -> None:
    for m in _DATE_IN_TEXT.finditer(text):
        assert any(needle in m.group() for needle in _source._DATE_IN_TEXT_NEEDLES), m.group()


# The ends of a speaker's phrase (``attribution._PHRASE_END``): marks, full stops of initials and titles, the
# words and times that close a phrase, with the spaces and line breaks around them.
PHRASE_END_PIECES = [
    "the", "ministry", "U.S.", "Capt.", "Lt.", "Mrs.", "Brig.", "said", "that", "in a", "in 2024", "published",
    "by", "quoted", "cited", "at the time", "last week", "briefing", "held", "news conference", ",", ";", ":",
    "(", ")", "“", "”", '"', "[", "]", "?", "!", ".", "A.", "x", "ſaid", "7",
]  # fmt: skip


@given(
    text=joined(PHRASE_END_PIECES, [" ", "  ", "\t", "\n", "", "\u00a0", "\u2009"], cased=True),
    cut=st.integers(0, 12),
)
@example(text="a report by X published on Monday", cut=0)
@example(text="said Capt.\nLauren Okafor at the time, in 2024", cut=0)
def test_phrase_end_scan_matches_the_plain_pattern(text: str, cut: int) -> None:
    _starts(attribution._PHRASE_END_AT, attribution._PHRASE_END, text, max(0, len(text) - cut))


@given(
    text=joined([".", "!", "?", "…", '"', "”", ")", "[12]", "A", "b", "7", " "], [" ", "\n", ""], cased=True)
)
@example(text='It left... "Then!?” [1] Next')
def test_sentence_end_marks_read_as_a_bounded_repetition(text: str) -> None:
    # ``_END`` spells its "one to eight marks" as a class and up to seven more (so that ``re`` scans for it).
    plain = re.compile(_sentences._END.pattern.replace("[.!?…][.!?…]{0,7}", "[.!?…]{1,8}"), re.X)
    assert plain.pattern != _sentences._END.pattern
    assert [m.span("marks") for m in _sentences._END.finditer(text)] == [
        m.span("marks") for m in plain.finditer(text)
    ]


@given(text=st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
@example(text="The U.S. Department's 5_th\x1cunit\tof `the` NIS, a-b")
@example(text="the the")
def test_name_words_of_ascii_text_are_the_normalised_words(text: str) -> None:
    # ASCII text takes a byte-table path; the plain path is the normalised key split into words.
    assert actors._name_words(text) == actors.normalise_name(text).split()


@given(text=st.text(alphabet=st.sampled_from([*string.printable, *"“”‘’–—…", "\x1c", "é", "ſ"]), max_size=60))
@example(text="“The U.S.” Department’s—5_th…unit")
def test_name_words_of_text_read_as_ascii_are_the_normalised_words(text: str) -> None:
    # Text whose only other characters are typographic marks takes the byte-table path too.
    assert actors._name_words(text) == actors.normalise_name(text).split()


@given(
    text=st.text(st.characters(max_codepoint=127) | st.sampled_from([*MARKS, "\u00e9", "\u0665", "\u00b2"]))
)
@example(text="“500 troops”\x1c")
@example(text="a\u2019b\u00e9")
def test_ascii_reading_and_digit_test_match_their_patterns(text: str) -> None:
    # The substring tests in C answer as the class scans they replace.
    assert dates.reads_as_ascii(text) == (dates._TWIN_UNSAFE.search(text) is None)
    assert dates.holds_digit(text) == (re.search(r"\d", text) is not None)


# Sentences of news text about dates, with the marks, spaces and line breaks that end them.
SENTENCE_PIECES = [
    *PIECES, "in", "the", "mid", "since", "on", "at 10:30 a.m.", "US", "UK-based", "The", "It", "“", '"', "(15th)",
    "Tuesday", "October.", "May.", "2024.", "21.", "the 22nd", "22nd.", "last", "of", "to", "a.m.", "[1]",
]  # fmt: skip
SENTENCE_SEPARATORS = [" ", "  ", ". ", ".  ", "? ", '." ', "\n", ".\n", "-", ", ", "", "x"]


@given(
    text=joined(SENTENCE_PIECES, SENTENCE_SEPARATORS, max_size=14, cased=True),
    cuts=st.lists(st.integers(0, 200), max_size=8),
)
@example(text="It began in May. 2024 was the year; in October. 21 left", cuts=[16, 17, 46, 47])
@example(text="on the 22nd The army", cuts=[11, 12])
@example(text="at 10:30 a.m. US officials said", cuts=[13, 14])
def test_sentence_dates_read_off_the_text_are_the_sentence_scans(text: str, cuts: list[int]) -> None:
    # Any ranges in order, as the sentences of a document are: where the document's spans are taken, they
    # are exactly what the sentence's own scan finds.
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    ranges = [(a, b) for a, b in itertools.pairwise(points) if b > a]
    for (a, b), found in zip(
        ranges, dates.spans_by_sentence(text, dates.date_spans(text), ranges), strict=True
    ):
        if found is not None:
            assert found == dates.date_spans(text[a:b]), (text[a:b], text)


@given(text=joined(SENTENCE_PIECES, SENTENCE_SEPARATORS, max_size=14, cased=True))
@example(text="It began in May. 2024 was the year. On October 21, 2024, 500 left.\nIn 2019 the 22nd")
def test_sentence_dates_of_a_document_are_the_sentence_scans(text: str) -> None:
    if not text.strip():
        return
    document = read_document(text)
    ranges = [(s.clean_span.start, s.clean_span.end) for s in document.sentences]
    _, spans = dates.dates_and_spans(document.clean)
    for sentence, found in zip(
        document.sentences, dates.spans_by_sentence(document.clean, spans, ranges), strict=True
    ):
        if found is not None:
            assert found == dates.date_spans(sentence.clean), (sentence.clean, text)


def test_qualifier_window_holds_the_longest_match() -> None:
    # ``_prefix`` searches only the last ``_PREFIX_REACH`` characters before a number: the longest phrase
    # with three spaces wherever it has one, and three before the number, fits and matches there.
    longest = max(numbers._QUALIFIERS, key=lambda q: len(q) + 2 * q.count(" ")).replace(" ", "   ") + "   "
    assert len(longest) == numbers._PREFIX_REACH
    assert _PREFIX.fullmatch(longest) is not None
    assert numbers._prefix(f"x {longest}500", len(longest) + 2, 0)[1] == 2


@given(text=joined(QUALIFIER_PIECES, [" ", "  ", "   ", "\t", "\u00a0", ".", ""], cased=True))
@example(text="a little more than   ")
def test_qualifier_window_finds_what_the_whole_window_finds(text: str) -> None:
    start = len(text)
    m = _PREFIX.search(text, max(0, start - 40), start)
    fast = _PREFIX.search(text, max(0, start - numbers._PREFIX_REACH), start)
    assert (fast and (fast.start(), fast["q"])) == (m and (m.start(), m["q"]))


@given(
    text=joined(
        [".", "...", "a", "U.S.", "2.5", '"', "”", ")", "[12]", "B", " "], [" ", "\n", "", "  "], cased=True
    )
)
@example(text='It left... "Then.” [1] Next. A. B')
def test_full_stop_sentence_ends_are_the_general_ends(text: str) -> None:
    # Without "!", "?" or "…" the pattern opening with a literal full stop finds what ``_END`` finds.
    assert [(m.span(), m.span("marks")) for m in _sentences._END_DOT.finditer(text)] == [
        (m.span(), m.span("marks")) for m in _sentences._END.finditer(text)
    ]


ASCII_NUMBER_PIECES = [p for p in PIECES if p.isascii()] + [
    "a few", "a couple of", "a half", "a-half", "a quarter", "a lakh", "an", "crores", "thirds", "someone",
    "often", "tent", "nineteenth", "dozens", "tens", "hundreds",
]  # fmt: skip


# Mostly words that open no mention, so that the skipping scan is taken.
GATE_PIECES = [
    "a", "an", "the", "troops", "some", "500", "12,000", "XI", "Corps", "F-16", "G7", "(617)", "+65", "few",
    "couple", "of", "half", "Twenty", "one", "someone", "often", "a-half", "2.5", "IV", "1st", "May", "left",
    "lakh", "dozen", "Thousand", "x",
]  # fmt: skip


@given(
    text=st.one_of(
        joined(ASCII_NUMBER_PIECES, [s for s in SEPARATORS if s.isascii()], cased=True),
        joined(GATE_PIECES, [s for s in SEPARATORS if s.isascii()]),
        joined(GATE_PIECES, [*(s for s in SEPARATORS if s.isascii()), *"“”‘’–—…"]),
    ),
    cut=st.integers(0, 12),
)
@example(text="a few troops, a couple of, a-half and a lakh left", cut=0)
@example(text="“twenty”—troops…“Some 500”", cut=0)
@example(text="Some 500 troops left", cut=0)
def test_number_scan_without_spelt_words_skips_only_what_cannot_match(text: str, cut: int) -> None:
    # Where no word of the text may open a mention spelt in lower case, the scan that skips lower-case
    # letters finds what the plain pattern finds.
    endpos = max(0, len(text) - cut)
    # The scan stops at a date's start, never inside a word: a cut word ("nine|teenthx") is no case of it.
    assume(not (text[endpos - 1 : endpos].isalpha() and text[endpos : endpos + 1].isalpha()))
    if not numbers._may_spell(text) and dates.reads_as_ascii(text):
        _starts(numbers._CORE_AT_UPPER_ASCII, _CORE, text, endpos)


def test_verb_words_hold_every_word_the_verb_pattern_matches() -> None:
    # The words written in ``_SPEECH_VERB`` besides its list (outside its comments) are verbs it matches, with
    # the last letter "s?" or "d?" makes optional dropped too, or words its lookarounds read.
    pattern = re.sub(r"#[^\n]*", "", attribution._SPEECH_VERB.pattern.replace(attribution._SPEECH_WORDS, ""))
    pattern = re.sub(r"\\[a-zA-Z]", " ", pattern)  # escapes: \b, \s
    lookaround = {
        "figures",
        "data",
        "statistics",
        "records",
        "numbers",
        "that",
        "at",
        "down",
        "up",
        "wards",
        "to",
    }
    written = set(re.findall(r"[a-z]+", pattern)) - {"verb"} - lookaround
    optional = {word[:-1] for word in re.findall(r"([a-z]+)\?", pattern)} - {"ward"}
    assert written | optional <= attribution._VERB_WORDS


VERB_PIECES = [
    *TWIN_PIECES,
    "essays",
    "said_",
    "x_said",
    "Said",
    "puts",
    "accepted that",
    "conceded",
    "deposed",
]


@given(text=st.one_of(twin_texts, joined(VERB_PIECES, ["", " "])))
@example(text="essays said, the figures show that they put the number at 5; revised down to 9")
@example(text="essays_x 500 left")
@example(text="the witness accepted that 500 left")
@example(text="“We left,” he said—and “x”said")
def test_verb_search_starts_where_no_verb_precedes(text: str) -> None:
    # The search for reporting verbs starts at the first of them the sentence holds, or is not made.
    expected = [m.span() for m in attribution._SPEECH_VERB.finditer(text)]
    first = attribution._first_verb_at(text)
    if first < 0:
        assert expected == []
    else:
        twins = (attribution._SPEECH_VERB, attribution._SPEECH_VERB_AT)
        assert [m.span() for m in finditer_twin(*twins, text, first)] == expected


@given(text=st.one_of(texts, st.text(max_size=40)))
@example(text="Twenty-ONE troops, über 5 and ſix")
@example(text="KELVIN \u212a İstanbul \ud800 one")
def test_lower_words_split_as_the_letters_pattern(text: str) -> None:
    # The words of a sentence without digits are split by a byte table, not ``_LETTERS``.
    assert claims._lower_words(text) == claims._LETTERS.findall(text.lower())


CREDIT_PIECES = [
    "(AFP)", "(via Reuters)", "— via Reuters", "– Le Monde", "— The Times", "(", ")", "—", "–", "AFP", "Reuters",
    "said.", "left!", '"', "”", "via", "The", "x", "500",
]  # fmt: skip


@given(text=joined(CREDIT_PIECES, [" ", "  ", "", ". ", "\n"], cased=True, max_size=14))
@example(text="Some 500 troops left. (AFP)")
def test_item_credit_prefilter_never_hides_a_credit(text: str) -> None:
    # A paragraph's end is searched for its credit only when it holds a bracket or a dash.
    read = read_document(text) if text.strip() else None
    if read is None:
        return
    expected = {}
    last = {s.paragraph: s.clean for s in read.sentences}
    for paragraph, end in last.items():
        m = claims._ITEM_CREDIT.search(end, max(0, len(end) - 50))
        if m is not None:
            expected[paragraph] = m["paren"] or m["dash"]
    assert claims._item_credits(read.sentences) == expected


TITLE_PIECES = [
    "General", "Major-General", "Mr.", "Mr", "Mrs", "Ms.", "Dr.", "Drs", "Minister", "Ministry", "Department",
    "Government", "of", "the", "Anna", "Kowal", "Heiko", "Brandt", "O'Neil", "Lt", "x", "Secretary", "General_",
    "Generals", "\x1c", "SecretaryGeneral", "Spokesperson", "Foreign", "Affairs", "and", "for", "7",
]  # fmt: skip


@given(
    text=joined(TITLE_PIECES, [" ", "  ", "", "-", ".", ",", "\n", "\x1f", "_", "“", "—", "’"], max_size=12)
)
@example(text="Defence Minister Anna Kowal visited the Ministry of Foreign Affairs")
@example(text="Mr.\x1cAnna Kowal")
def test_title_and_body_words_hold_every_match(text: str) -> None:
    # Memory takes in titled people and "Ministry of X" bodies: scanned for only where their words stand.
    words = attribution.ascii_words(text)
    if words is None:
        return
    if claims._TITLE_WORDS.isdisjoint(words):
        assert claims._TITLED_PERSON.search(text) is None
    if "of" not in words or claims._OF_BODY_HEADS.isdisjoint(words):
        assert claims._OF_BODY.search(text) is None


def test_title_words_are_the_patterns_titles() -> None:
    titles = re.search(r"\(\?:(General.*?)\)\s*#", claims._TITLED_PERSON.pattern, re.S)
    assert titles is not None
    written = {w.replace("\\.?", "") for w in re.split(r"\s*\|\s*", titles.group(1))}
    assert written == claims._TITLE_WORDS
    heads = sorted(claims._OF_BODY_HEADS, key=lambda w: "MDG".index(w[0]))
    assert claims._OF_BODY.pattern.startswith(r"\b(?:" + "|".join(heads) + r")\sof\s")


# The noun reader's word pattern as first written: a choice of a word character or an inner dot at each step.
PLAIN_WORD = re.compile(
    r"""[A-Z](?:\.[A-Z])+\.?
    |[A-Za-z](?:[\w’'-]|\.(?=\w))*
    |\d[\d,.]*
    |[^\w\s]""",
    re.X,
)


@given(text=st.text(alphabet="aB.Z’'-_ 9,é\n.xſ", max_size=24), pos=st.integers(0, 24))
@example(text="U.S.-led troops’ e.g. x..y 1,500.", pos=0)
def test_word_runs_read_as_the_plain_word_pattern(text: str, pos: int) -> None:
    assert [m.span() for m in claims._WORD.finditer(text)] == [m.span() for m in PLAIN_WORD.finditer(text)]
    fast, plain = claims._WORD.match(text, pos), PLAIN_WORD.match(text, pos)
    assert (fast and fast.span()) == (plain and plain.span())


@given(
    text=joined([*SUBJECT_PIECES, ":", "—", "–", "•", "|", "10:42", "GMT", "&", "-"], [" ", "", "  ", "\n"])
)
@example(text="10:42 GMT — the minister|x•y")
def test_no_subject_word_holds_a_phrase_break(text: str) -> None:
    # The subject walk looks for break marks between its words only when its whole span holds one: no word can.
    for m in attribution._WORD.finditer(text):
        assert attribution._PHRASE_BREAK.search(m.group()) is None
    s = f"{text} said"
    plain = attribution._speaker_before(s, len(text))
    assert plain is None or attribution._PHRASE_BREAK.search(plain[0].replace(",", "")) is None


RATE_PIECES = [
    "a", "A", "per", "PER", "each", "every", "day", "DAY", "week", "month", "year", "hour", "daily", "Daily",
    "in", "within", "over", "for", ",", "and", "but", "earlier", "ago", "troops", "Monday", "ſ", "K", "’", "x",
]  # fmt: skip


@given(text=joined(RATE_PIECES, [" ", "  ", "\t", "\n", "", "-", "\u00a0"], max_size=10, cased=True))
@example(text=" troops a day")
@example(text=" troops, and every month")
def test_rate_hint_holds_every_rate(text: str) -> None:
    # The rate pattern is tried only where its hint is found in the lowered window.
    folded = claims._lower_twin(text)
    if folded is not None and claims._RATE.match(text):
        assert claims._RATE_HINT.search(folded) is not None


REPORT_PIECES = [
    "a", "an", "the", "The", "report", "Reports", "statement", "new", "U.N.", "estimate", "estimates", "claims",
    "allegation", "figures", "data", "numbers", "released", "Published", "given", "from", "FROM", "by", "By",
    "x-y", "ſ", "K", ",", "troops",
]  # fmt: skip


@given(text=joined(REPORT_PIECES, [" ", "  ", "\t", "\n", "", "-", "\u00a0"], max_size=10, cased=True))
@example(text="a new U.N. report from the agency")
@example(text="figures released by the ministry")
def test_report_hint_holds_every_report_cue(text: str) -> None:
    # The report cue's pattern is searched only where its hint stands in the lowered sentence.
    if claims._lower_twin(text) is not None and attribution._REPORT_FROM.search(text):
        assert attribution._REPORT_HINT.search(text.lower()) is not None


@given(
    start=st.lists(st.sampled_from("ABCDEFGH"), max_size=6),
    names=st.lists(st.sampled_from("ABCDEFGHIJKLMNOPQRSTU"), max_size=60),
)
@example(start=["A", "A"], names=["A"])
def test_memory_keeps_what_the_plain_filter_keeps(start: list[str], names: list[str]) -> None:
    # The memory drops the actor's earlier mention found among its names, as the plain filter does.
    ctx = claims._Context(actors.Gazetteer(()), Actor("X"), [Actor(n) for n in start])
    plain = [Actor(n) for n in start]
    for name in names:
        ctx.remember(Actor(name))
        if plain and plain[-1].name == name:
            plain[-1] = Actor(name)
        else:
            plain = [a for a in plain if a.name != name][-15:]
            plain.append(Actor(name))
        assert [a.name for a in ctx.recent] == [a.name for a in plain]


@given(
    gaps=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), min_size=1, max_size=8),
    cuts=st.lists(st.integers(0, 60), min_size=4, max_size=4),
)
@example(gaps=[(0, 3), (2, 4)], cuts=[0, 7, 0, 3])
def test_sentence_range_reads_as_the_four_position_lookups(
    gaps: list[tuple[int, int]], cuts: list[int]
) -> None:
    # A sentence inside one kept piece maps by a shift; the plain rule maps four positions one by one.
    offsets = offsets_of(gaps)
    size = offsets.clean_length
    c_start, c_end = sorted(min(c, size) for c in cuts[:2])
    cs, ce = sorted(c_start + c % (c_end - c_start + 1) for c in cuts[2:]) if c_end > c_start else (0, 0)
    assume(c_start <= cs < ce <= c_end)
    f = offsets.to_original
    p_start = f(c_start - 1) + 1 if c_start > 0 else 0
    p_end = f(c_end)
    o_start = f(cs - 1) + 1 if cs > c_start else p_start
    o_end = f(ce) if ce < c_end else p_end
    plain = (min(o_start, f(cs)), max(o_end, f(ce - 1) + 1))
    starts = [piece[0] for piece in offsets.pieces]
    found = _read._original_range(
        cs, ce, (c_start, c_end, p_start, p_end), offsets.pieces, starts, _read._position_map(offsets)
    )
    assert found == plain


@given(
    text=joined(
        [
            "a",
            "A",
            "the",
            "The",
            "senior",
            "spokesman",
            "Spokesman",
            "spokesperson",
            "for",
            "of",
            "at",
            "x",
            "NATO",
            "ſ",
        ],
        [" ", "  ", "\t", ""],
        max_size=8,
        cased=True,
    )
)
@example(text="a spokesman for NATO")
def test_voice_needle_holds_every_voice(text: str) -> None:
    # A speaker is read as a body's spokesperson only where the word stands as written.
    if claims._VOICE_FOR.match(text.strip()):
        assert "spokes" in text


@given(text=st.one_of(twin_texts, texts))
@example(text="“The ministry said 500 troops will leave,” he added")
def test_shared_sentence_facts_read_as_computed_alone(text: str) -> None:
    # A sentence's ASCII reading and words are computed once and handed on: the readers answer the same.
    readable = dates.reads_as_ascii(text)
    words = attribution.ascii_words(text, readable)
    assert words == attribution.ascii_words(text)
    assert attribution.find_cues(text, words=words, readable=readable) == attribution.find_cues(text)
    assert numbers.find_counts(text, readable=readable) == numbers.find_counts(text)
    if readable:
        half = len(text) // 2
        assert claims._tense(text[:half], text[half:], True) == claims._tense(text[:half], text[half:])


NAME_PIECES = ["the", "Kremlin", "NIS", "North", "South", "Korea", "Korean", "US", "U.S.", "Department", "of",
               "Defense", "NATO", "Ministry", "Foreign", "Affairs", "x", "army", "said", "Russia", "Ukraine"]  # fmt: skip


@given(words=st.lists(st.sampled_from(NAME_PIECES), max_size=16))
@example(words=["the", "US", "Department", "of", "Defense", "and", "the", "NIS"])
def test_gazetteer_tries_only_the_lengths_of_names(words: list[str]) -> None:
    # Each word that opens a name is tried at the lengths of the names it opens, not at every length below.
    gazetteer = actors.Gazetteer.default()
    text = " ".join(words)
    keys = actors._name_words(text)
    longest = max((len(k.split()) for k in gazetteer._index), default=1)
    plain, i = [], 0
    for j in range(len(keys)):
        if j < i or keys[j] not in gazetteer._heads:
            continue
        for size in range(min(longest, len(keys) - j), 0, -1):
            key = " ".join(keys[j : j + size])
            if key in gazetteer._index:
                plain.append(gazetteer._index[key])
                i = j + size
                break
    assert list(gazetteer.mentions(text)) == plain


@given(
    year=st.integers(1, 9999),
    month=st.integers(1, 12),
    span=st.integers(0, 40),
    provenance=st.sampled_from(list(DateProvenance)),
)
def test_memoised_windows_are_the_windows_built_afresh(
    year: int, month: int, span: int, provenance: DateProvenance
) -> None:
    # The date reader shares the windows it builds again and again: each equals the one built afresh.
    day = datetime.date(year, month, 1)
    assert dates._on(day, provenance=provenance) == DateWindow.on(day, provenance=provenance)
    assert dates._month(year, month, provenance=provenance) == DateWindow.month(
        year, month, provenance=provenance
    )
    assert dates._year(year, provenance=provenance) == DateWindow.year(year, provenance=provenance)
    if year < 9999:
        last = day + datetime.timedelta(days=span)
        assert dates._between(
            day, last, precision=Precision.DAY, provenance=provenance
        ) == DateWindow.between(day, last, precision=Precision.DAY, provenance=provenance)


@given(
    text=st.one_of(
        twin_texts, joined([*REPORT_PIECES, "according", "to", "citing"], [" ", ", "], max_size=10)
    )
)
@example(text="The ministry said 500 left")
@example(text="citing U.S. intelligence")
def test_cue_index_of_one_cue_is_the_general_index(text: str) -> None:
    # A sentence's single cue is indexed without sorting: the index equals the one built in general.
    cues = attribution.find_cues(text)
    index = attribution.CueIndex.of(cues)
    main = tuple(c for c in cues if c.kind is not attribution.CueKind.CITING)
    by_end = tuple(sorted(main, key=lambda c: c.end))
    assert index.main == main
    assert index.by_end == by_end
    assert index.ends == tuple(c.end for c in by_end)
    assert index.starts == tuple(c.start for c in main)
    assert index.cited == next((c for c in cues if c.kind is attribution.CueKind.CITING), None)


# Pieces with identifiers at every reach from their capital to their first digit, Roman numerals and their nouns.
IDENT_PIECES = [
    "F-16", "G7", "COVID-19", "MH17", "Su-27", "Abcdefghij7", "Abcdefghijk7", "Abcdefghij-7", "x7", "ab-12",
    "IL-76", "V2", "XI", "IV", "Corps", "Army", "C", "I", "500", "12,000", "+65", "(617)", "troops", "the", "B3x",
]  # fmt: skip


@given(
    text=st.one_of(
        joined(IDENT_PIECES, [" ", "  ", "-", ",", ".", "", "(", "“", "’", "\n", "_"], cased=True),
        joined(GATE_PIECES, [s for s in SEPARATORS if s.isascii()], cased=True),
    ),
    cut=st.integers(0, 12),
)
@example(text="the F-16 and XI Corps, 500 troops", cut=0)
@example(text="Abcdefghij-7 Abcdefghijk7 ab-12 IL-76", cut=0)
def test_number_scan_at_digits_finds_what_the_scan_at_capitals_finds(text: str, cut: int) -> None:
    # The scan that stops only at digits, "+", "(" and Roman letters, searching again from ``_IDENT_REACH``
    # characters back at a digit after a letter, finds the match (and its groups) the scan at capitals finds.
    endpos = max(0, len(text) - cut)
    if numbers._may_spell(text) or not dates.reads_as_ascii(text):
        return
    for pos in range(endpos + 1):
        found = numbers._CORE_AT_DIGIT_ASCII.search(text, pos, endpos)
        if found is not None and found.lastgroup is None:
            found = numbers._CORE_AT_UPPER_ASCII.search(
                text, max(pos, found.start() - numbers._IDENT_REACH), endpos
            )
        expected = numbers._CORE_AT_UPPER_ASCII.search(text, pos, endpos)
        assert (found and (found.start(), found.lastgroup, found.span(found.lastgroup or 0))) == (
            expected and (expected.start(), expected.lastgroup, expected.span(expected.lastgroup or 0))
        ), (text, pos, endpos)


# A gazetteer where a name is a determiner ``_name_words`` drops ("its", "some"): ``mentions`` must drop them too.
_DETERMINED = actors.Gazetteer.default().with_actors([Actor("Its", aliases=("Some",)), Actor("Zoé Body")])
MENTION_PIECES = [*NAME_PIECES, "The", "its", "Its", "some", "SOME", "Korea’s", "Korea's", "Russia‘s", "“", "”",
                  "—", "Zoé", "Body", "BODY", "nOrTh", "U.S", ".", "`s"]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(MENTION_PIECES), max_size=16),
    sep=st.sampled_from([" ", "  ", ", ", " “", "\u00a0"]),
    acronyms=st.booleans(),
)
@example(words=["the", "some", "Its", "North", "Korea"], sep=" ", acronyms=False)
def test_mentions_skip_the_first_words_check_exactly(words: list[str], sep: str, acronyms: bool) -> None:
    # ``mentions`` returns at once where no first word of a name is a word of the text, and keeps leading
    # determiners where no name starts with one: what the plain walk over ``_name_words`` finds, longest first.
    text = sep.join(words)
    for gazetteer in (actors.Gazetteer.default(), _DETERMINED):
        plain = names_longest_first(gazetteer, text, acronyms=acronyms)
        assert list(gazetteer.mentions(text, acronyms=acronyms)) == plain


RESOLVE_MENTIONS = ["he", "she", "it", "the ministry", "the alliance", "Roe", "the spokesperson", "NATO", "the DIA",
                    "A spokesperson for NATO", "the Pentagon", "officials", "analyst Roe", "Kim"]  # fmt: skip
MEMORY_ACTORS = [Actor("Jane Roe", kind="person"), Actor("Kim Jong Un", kind="person"), Actor("NATO"),
                 Actor("Ministry of Defence", kind="government"), Actor("Jane Roe", kind="organisation")]  # fmt: skip


@given(
    steps=st.lists(st.one_of(st.sampled_from(RESOLVE_MENTIONS), st.sampled_from(MEMORY_ACTORS)), max_size=20)
)
@example(
    steps=[MEMORY_ACTORS[0], "he", MEMORY_ACTORS[1], "he", "A spokesperson for NATO", "the spokesperson"]
)
def test_resolutions_heard_since_the_memory_changed_are_resolved_again_the_same(
    steps: list[str | Actor],
) -> None:
    # ``resolve`` answers a mention asked again before the memory changed from ``heard``: what resolving it
    # afresh (``heard`` emptied first) answers, whatever the memory holds.
    fast = claims._Context(actors.Gazetteer.default(), Actor("X"))
    plain = claims._Context(actors.Gazetteer.default(), Actor("X"))
    for step in steps:
        if isinstance(step, Actor):
            fast.remember(step)
            plain.remember(step)
            continue
        plain.heard.clear()
        got, want = fast.resolve(step), plain.resolve(step)
        if got is not None and want is not None:
            fast.hear(step, got)
            plain.hear(step, want)
        assert got == want


@given(
    words=st.lists(st.sampled_from(MENTION_PIECES), max_size=16),
    sep=st.sampled_from([" ", "  ", ", ", " “", "\u00a0", "—", "-", "_"]),
    end=st.sampled_from(["", ".", "?", "”", "."]),
    acronyms=st.booleans(),
)
@example(words=["The", "nOrTh", "Korea", "NIS"], sep=" ", end=".", acronyms=True)
@example(words=["North", "Korea", "U.S"], sep=" ", end="", acronyms=False)
def test_mentions_given_the_ascii_words_find_what_the_text_names(
    words: list[str], sep: str, end: str, acronyms: bool
) -> None:
    # Given a text's ASCII words, ``mentions`` walks them as written (lowered where read, classified in a memo)
    # where they are the key's words: what it finds splitting the text itself, on any text.
    text = sep.join(words) + end
    ascii = attribution.ascii_words(text)
    for gazetteer in (actors.Gazetteer.default(), _DETERMINED, actors.Gazetteer(())):
        assert gazetteer._mentions(text, acronyms, ascii) == gazetteer.mentions(text, acronyms=acronyms)
    if ascii is not None and actors._plain_words(text):
        assert actors._name_runs(text) == [w.lower() for w in ascii]


@pytest.mark.pure_only  # sets a module constant
def test_the_memo_of_written_words_is_bounded_and_emptied_without_losing_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A stream of texts of ever new words: the memo never holds more than its bound and one text's words, and
    # the names found after each emptying are the names the text holds.
    monkeypatch.setattr(actors, "_SEEN_WORDS", 8)
    gazetteer = actors.Gazetteer.default()
    for i in range(40):
        text = f"Word{i} alpha{i} beta{i} said North Korea and NATO, gamma{i} and the Kremlin sent delta{i}"
        ascii = attribution.ascii_words(text)
        assert ascii is not None
        assert gazetteer._mentions(text, True, ascii) == actors.Gazetteer.default().mentions(text)
        assert len(gazetteer._seen) <= 8 + len(ascii)


HELD_PIECES = [*MENTION_PIECES, "said", "Said", "says", "told", "by", "BY", "according", "to", "citing", "from",
               "Ministry", "Department", "General", "Dr", "Secretary", "Kim", "Jong", "Un", "reported", "of", "Of",
               "officials", "estimate", "(", ")", ",", "spokesman", "Mr", "Lee"]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(HELD_PIECES), max_size=18),
    sep=st.sampled_from([" ", "  ", ", ", " “", "\u00a0", "—"]),
)
@example(
    words=["General", "Kim", "Lee", "of", "the", "Ministry", "of", "Defense", "said", "by", "NIS"], sep=" "
)
@example(words=["officials", "told", "Kim", "Lee", "according", "to", "Dr", "Kim", "Lee"], sep=" ")
@example(words=["the", "Ministry", "of", "Foreign", "Affairs", "says", "citing", "NIS"], sep=", ")
def test_sentence_words_held_read_as_all_the_words(words: list[str], sep: str) -> None:
    # The cue finder and the memory read, of a sentence's words, only those of ``_HELD_WORDS``: given them
    # alone they find and remember what they do given every word.
    text = sep.join(words) + "."
    ascii = attribution.ascii_words(text)
    held = None if ascii is None else claims._HELD_WORDS.intersection(ascii)
    cues = attribution._find_cues(text, held, None)
    assert cues == attribution._find_cues(text, ascii, None) == attribution.find_cues(text)
    fast = claims._Context(actors.Gazetteer.default(), Actor("X"))
    plain = claims._Context(actors.Gazetteer.default(), Actor("X"))
    fast.take_in(text, cues, words=ascii, held=held)
    plain.take_in(text, cues)
    assert fast.recent == plain.recent
    assert fast.voiced == plain.voiced


# Words the segmenter reads before a full stop: in capitals ("MS", "GMT)"), dotted, listed in either case, with
# opening marks, and after-words that start a sentence or not.
ABBREVIATION_PIECES = ["MS.", "Ms.", "ms.", "WHITFIELD:", "GMT).", "(Dr.", "“Gen.", "A.B.C.", "e.g.", "approx.",
                       "No.", "NO.", "x.", "X.", "said.", "2024.", "İ.", "ſt.", "(", "«", "The", "the", "7", "Kim"]  # fmt: skip


@given(text=joined(ABBREVIATION_PIECES, [" ", "  ", "\n", "\u00a0", "", ". "], max_size=14))
@example(text="MS. WHITFIELD: It rose. Dr. Kim left (updated 10:42 GMT). The end.")
@example(text="  It left.  ")
def test_sentence_boundaries_of_abbreviations_are_found_as_before(text: str) -> None:
    # The segmenter asks ``_is_abbreviation`` (and reads the next word) only of words in capitals or dotted,
    # and ``_starts_sentence`` only when no capital follows the boundary; it trims only the paragraph's ends.
    assert _sentences.split_sentences(text) == _split_sentences_by_steps(text)


@given(text=texts)
@example(text="On 21st of October 2024, 3rd of\u2009March 2023, 7 Oct. 5, 2019-10-21 and 1999")
def test_source_date_needles_lie_within_reach_of_every_match(text: str) -> None:
    # ``_latest_past_event`` starts each date search ``_DATE_HINT_REACH`` before the next needle: exact because
    # every date opens at most that far before a needle of its own.
    for m in _DATE_IN_TEXT.finditer(text):
        hint = _source._DATE_HINT.search(text, m.start())
        assert hint is not None, m.group()
        assert hint.start() <= m.start() + _source._DATE_HINT_REACH, m.group()


PAST_EVENT_PIECES = ["On", "on", "21", "21st", "of", "October", "Oct.", "Oct", "2024", "2019", "1999", "in", "since",
                     "May", "Mark", "said", "will", "sent", "3", "11,500", "troops", "2019-10-21", "121", "Dec", "5th",
                     "١٢", "“", ",", "."]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(PAST_EVENT_PIECES), max_size=24),
    sep=st.sampled_from([" ", "  ", "\u00a0", "\u2009"]),
    cuts=st.lists(st.integers(0, 200), max_size=6),
)
@example(
    words=["On", "21st", "of", "October", "2024", "troops", "were", "sent", ".", "Oct", "5", "said", "2019"],
    sep=" ",
    cuts=[],
)
def test_latest_past_event_reads_the_dates_the_plain_scan_finds(
    words: list[str], sep: str, cuts: list[int]
) -> None:
    # ``_dates_in`` searches only from near each needle: it finds the same matches, with the same groups, as
    # ``finditer_twin`` from the sentence's start (a sentence without a needle holds none).
    clean = sep.join(words)
    bounds = sorted({0, len(clean), *(min(c, len(clean)) for c in cuts)})
    for s, e in itertools.pairwise(bounds):
        sentence = clean[s:e]
        fast = [
            (m.start(), m.end("whole"), {g: m.span(g) for g in _DATE_IN_TEXT.groupindex})
            for m in _source._dates_in(sentence, _source._DATE_HINT.search(sentence))
        ]
        plain = [
            (m.start(), m.end(), {g: m.span(g) for g in _DATE_IN_TEXT.groupindex})
            for m in finditer_twin(_DATE_IN_TEXT, _DATE_IN_TEXT_AT, sentence)
        ]
        assert fast == plain, sentence


ACCORDING_PIECES = [
    "according",
    "to",
    "According",
    "accordingto",
    "x",
    "ſ",
    "K",
    "é",
    "_",
    "'",
    "“",
    "according to",
]


@given(
    text=joined(
        ACCORDING_PIECES, [" ", "", "  ", "\n", "\t", ",", "-", "\u00a0", "’", "—"], max_size=12, cased=True
    )
)
@example(text="ACCORDING to X, according to Y")
@example(text="xaccording to Y, according  TO\nZ")
def test_according_cues_tried_where_written_are_the_scan(text: str) -> None:
    # Where lowering folds case exactly, "according to" is tried only where the lowered text writes "according".
    if text.isascii() or attribution._CASED_NON_ASCII.search(text) is None:
        fast = [m.span() for m in attribution._according_at(text, text.lower())]
        assert fast == [m.span() for m in attribution._ACCORDING.finditer(text)]


HINT_PIECES = [
    *attribution._PASSIVE_VERBS.split(), *attribution._REPORT_PARTICIPLES.split(), *attribution._REPORT_NOUNS.split(),
    "information", "by", "from", "citing", "quoting", "exciting", "nearby", "byfrom", "x", "ſ", "K", "é", "_", "'",
]  # fmt: skip


@given(
    text=joined(
        HINT_PIECES,
        [" ", "", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2009", ",", "-", "’"],
        max_size=8,
        cased=True,
    )
)
@example(text="figures released  by\tthe ministry")
@example(text="Data From x, as reported by y")
@example(text="the claims\u00a0from x")
def test_hints_searched_backwards_answer_as_the_forward_hints(text: str) -> None:
    # The phrase cues' hints are searched in the reversed lowered sentence: they hold where the forward ones do,
    # and the report hint's words ("by", "from") read from the sentence's words where it has them.
    low = text.lower()
    words = attribution.ascii_words(text)
    exact = text.isascii() or attribution._CASED_NON_ASCII.search(text) is None
    held = (
        None
        if words is None or not exact
        else {w.lower() for w in attribution._PHRASE_TRIGGERS.intersection(words)}
    )
    for kind, hint in attribution._PHRASE_HINTS.items():
        want = hint.search(low) is not None
        assert attribution._hinted(kind, low, low[::-1], None) == want, kind
        if held is not None:
            assert attribution._hinted(kind, low, low[::-1], held) == want, kind


def _governing_by_the_searches(index: attribution.CueIndex, position: int) -> attribution.Cue | None:
    # The general reading of ``CueIndex.governing``: the searches by end and by start.
    if not index.main:
        return None
    i = bisect.bisect_right(index.ends, position) - 1
    for k in range(i, i - 4 if i > 3 else -1, -1):
        if index.by_end[k].speaker_start < position:
            return index.by_end[k]
    j = bisect.bisect_left(index.starts, position)
    return index.main[j] if j < len(index.main) else None


@given(
    speaker_start=st.integers(0, 40),
    start=st.integers(0, 40),
    length=st.integers(0, 20),
    position=st.integers(0, 70),
)
@example(speaker_start=0, start=4, length=4, position=8)
@example(speaker_start=12, start=4, length=4, position=8)
@example(speaker_start=12, start=8, length=4, position=8)
def test_one_cue_governs_as_the_searches_say(
    speaker_start: int, start: int, length: int, position: int
) -> None:
    # An index of one cue answers without its searches: what they find, at every position around the cue.
    cue = attribution.Cue(
        kind=attribution.CueKind.SPEECH,
        speaker="X",
        speaker_start=speaker_start,
        start=start,
        end=start + length,
    )
    index = attribution.CueIndex.of((cue,))
    assert index.governing(position) is _governing_by_the_searches(index, position)


@given(
    text=st.one_of(
        twin_texts, joined(["North", "Korean", "U.S.", "US", "Russian", "troops", "a", "_7"], [" ", "\n", ""])
    )
)
@example(text="the North Korean  elite troops, US troops and xUS troops")
def test_topic_demonym_twin_finds_what_the_pattern_finds(text: str) -> None:
    # ``_topic`` reads the demonym before each troop noun through the twin: the same match as the plain search.
    for end in range(len(text) + 1):
        start = max(0, end - 32)
        at = claims._TOPIC_DEMONYM_AT.search(text, start, end)
        found = claims._TOPIC_DEMONYM.match(text, at.start(), end) if at is not None else None
        expected = claims._TOPIC_DEMONYM.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span()), (text, end)


HEDGE_PIECES = """reportedly allegedly purportedly suggest suggests suggested appear appears likely possibly probably
    unconfirmed may might could believed thought have already to be troops sent ReportedLY MAY mAy
    may_have may2 Could-have unlikely suggestion appeared thoughts ſuggest “may” é 500""".split()  # noqa: SIM905 - a word list reads best as prose


@given(text=joined(HEDGE_PIECES, [" ", "  ", "\n", "-", ", ", "’", ""], cased=True))
@example(text="Troops MaY  have left")
@example(text="troops may_have left, thoughts")
def test_hedge_read_off_the_held_words_is_the_plain_hedge(text: str) -> None:
    # ``_Facts.hedged`` tests the hedges' words among the sentence's held words before its scan: the same answer.
    ascii = attribution.ascii_words(text)
    held = None if ascii is None else claims._HELD_WORDS.intersection(ascii)
    folded = claims._lower_twin(text)
    fast = claims._Facts(text, folded, None, held).hedged()
    assert fast == claims._Facts(text, folded).hedged() == (claims._HEDGE.search(text) is not None), text


# ``_TENSE`` as written before its alternatives were factored by their first letter.
_PLAIN_TENSE = re.compile(
    r"""\b(?:
      (?P<fact>may\s+have|might\s+have|could\s+have|had|has|have|were|was|been|already|so\s+far|now
        |are(?!\s+(?:set|expected|due|to|scheduled|preparing|planning|planned|pledged|promised|likely))
        |is(?!\s+(?:set|expected|due|to|scheduled|preparing|planning|planned|pledged|promised|likely))
        |sent|dispatched|deployed|deploying|moved|arrived|tracked|stationed|massed|massing|crossed|reached
        |joined|remain|remains|based|concentrated|transferred|transported|committed|present|sending)
    | (?P<proj>will\s+have|will|would|shall|set\s+to|expected\s+to|expects?|expecting|expected|plans?\s+to
        |(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\ba\s)planned
        |planning|preparing\s+to|prepares\s+to|could|may\s+(?:send|deploy|soon|dispatch)|is\s+to|are\s+to
        |due\s+to|scheduled|eventually|ultimately|in\s+the\s+coming|next\s+(?:week|month|year)
        |intends?\s+to|aims?\s+to|to\s+be\s+(?:deployed|sent|stationed|dispatched)|to\s+follow|to\s+come
        |pledged|pledges?|promised|promises?|vowed\s+to|offered(?:\s+to|(?!\s+(?:a|an|the|its|their|his|her|no)\b))
        |(?:begun|began|begins?|started|starts?)\s+(?:deploying|sending|dispatching))
    )\b""",
    re.X | re.I,
)
TENSE_PIECES = sorted(
    set(re.findall(r"[a-z]+", _PLAIN_TENSE.pattern.replace(r"\s", " ").replace(r"\b", " ")))
    | {"its", "the", "their", "a", "an", "no", "expects", "plans", "pledges", "promises", "begins", "starts"}
    | {"ſent", "İs", "ıs", "Kelvin", "PLANNED", "Will", "_", "7", "é", "troops"}
)


@given(text=joined(TENSE_PIECES, [" ", "  ", "\n", "", ",", "-", "’"], cased=True), cut=st.integers(0, 6))
@example(text="its planned brigade, ITS  Planned, the\nplanned troops are set to will have", cut=0)
@example(text="are expected to, is to, may send, may have sent, offered the, offered to", cut=0)
def test_tense_by_first_letter_matches_the_plain_tense(text: str, cut: int) -> None:
    # The factored alternation finds the same matches, the same groups, at every start and end.
    endpos = max(0, len(text) - cut)
    for pattern, plain in (
        (claims._TENSE, _PLAIN_TENSE),
        (claims._TENSES_ASCII[0], dates.ascii_twin(_PLAIN_TENSE)),
    ):
        for pos in range(endpos + 1):
            found = pattern.match(text, pos, endpos)
            expected = plain.match(text, pos, endpos)
            assert (found and (found.span(), found["fact"], found["proj"])) == (
                expected and (expected.span(), expected["fact"], expected["proj"])
            ), (text, pos)
    assert [m.span() for m in claims._TENSE.finditer(text)] == [m.span() for m in _PLAIN_TENSE.finditer(text)]
