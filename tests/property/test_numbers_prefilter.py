"""The number reader's qualifier prefilter never hides a qualifier the pattern would read."""

from __future__ import annotations

import re

from _joined import joined
from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.dates import reads_as_ascii
from claimkit.extract.numbers import (
    _AFTER_ANY,
    _AFTER_PATTERNS,
    _AFTER_WORD_STARTS,
    _LABEL_BEFORE,
    _LABEL_ENDS,
    _LABELS,
    _LOWER_MENTION_WORDS,
    _PLAIN_AFTER,
    _PREFIX,
    _QUALIFIER_LAST,
    _QUALIFIERS,
    _SPACES,
    _may_qualify,
    _may_spell,
)

WORDS = sorted({w for q in _QUALIFIERS for w in q.split()} | {"troops", "x", "U.S.", "ſome", "aboutſ"})
SEPARATORS = ["", " ", "  ", "   ", "    ", "\u00a0", "\u2009", ".", ",", "-", "\n", "5"]


# Text that may end in a qualifier: its words in any case, joined by spaces, marks or nothing.
befores = joined(WORDS, SEPARATORS, max_size=5, cased=True)


@given(before=befores, floor=st.integers(0, 30))
@example(before="more than ", floor=0)
@example(before="ſome ", floor=0)
@example(before="c. ", floor=0)
def test_prefilter_never_hides_a_match(before: str, floor: int) -> None:
    text = before + "500"
    start = len(before)
    low = max(min(floor, start), start - 40)
    if _PREFIX.search(text, low, start) is not None:
        assert _may_qualify(text, start, low)


def test_prefilter_skips_ordinary_words() -> None:
    assert not _may_qualify("the Ward 500", 9, 0)
    assert not _may_qualify("paid US$2,200", 8, 0)
    assert _may_qualify("well over 500", 10, 0)


AFTER_WORDS = [
    "troops", "a", "am", "pm", "a.m.", "p.m", "to", "and", "or", "more", "so", "plus", "odd", "strong", "year",
    "million", "bn", "k", "m", "percent", "per", "cent", "pct.", "percentage", "points", "dollars", "US", "euros",
    "North", "Cardinal", "Street", "St.", "th", "s", "'s", "G", "mn", "1", "22", "000", "ſ", "K", "ı",
]  # fmt: skip
AFTER_SEPARATORS = ["", " ", "  ", "   ", "    ", "\u00a0", "\u2009", ".", ",", "-", "–", "+", "%", ":", "/", "½", "\n"]  # fmt: skip


@given(text=joined(AFTER_WORDS, AFTER_SEPARATORS, max_size=6, cased=True), pos=st.integers(0, 8))
@example(text=" troops", pos=0)
@example(text=" North Cardinal Street", pos=0)
def test_after_any_fails_exactly_when_every_after_pattern_fails(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    every_fails = all(p.match(text, pos) is None for p in _AFTER_PATTERNS)
    assert (_AFTER_ANY.match(text, pos) is None) == every_fails
    # A plain word after one space is a proof that every pattern fails.
    if _PLAIN_AFTER.match(text, pos) is not None:
        assert every_fails


PLAIN_WORDS = [
    *AFTER_WORDS, *(w for phrase in _AFTER_WORD_STARTS for w in phrase.split()), "Ward", "personnel", "peRcent", "Per", "cent", "Plus", "To", "tot", "andere", "AM", "P.M.",
    "Percentage", "Thousands", "USD", "Usd", "dollars", "Won", "Yen", "Korea", "North", "Ave", "Main", "ſ", "K",
]  # fmt: skip


@given(text=joined(PLAIN_WORDS, [" ", "  ", "-", ".", "\u00a0", "", "’", "%"], max_size=6, cased=True))
@example(text=" North Cardinal Street")
@example(text=" per cent")
@example(text=" personnel")
@example(text=" US dollars and 5 pounds sterling")
def test_plain_word_after_proves_every_after_pattern_fails(text: str) -> None:
    for pos in range(len(text)):
        if _PLAIN_AFTER.match(text, pos) is not None:
            assert all(p.match(text, pos) is None for p in _AFTER_PATTERNS), (text, pos)


SPELL_PIECES = ["Twenty", "one", "A", "few", "troops", "HUNDRED", "x", "Lakh", "Some", "500", "half", "IV", "tens"]  # fmt: skip


@given(text=joined(SPELL_PIECES, [" ", "-", ".", "5", "“", "”", "’", "–", "—", "…", ""], cased=True))
@example(text="Twenty-one left")
def test_may_spell_lowers_bytes_as_str_lower_does(text: str) -> None:
    # On text that reads as ASCII, lowering the letters byte by byte is ``str.lower``.
    if reads_as_ascii(text):
        plain = not _LOWER_MENTION_WORDS.isdisjoint(re.findall("[a-z]+", text.lower()))
        assert _may_spell(text) == plain


def _may_qualify_by_characters(text: str, start: int, low: int) -> bool:
    # The plain reading: back over the spaces, then over the letters and dots, one character at a time.
    i = start
    while i > low and text[i - 1] in _SPACES:
        i -= 1
    if i == start or start - i > 3:
        return False
    j = i
    while j > low and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i]
    return not word.isascii() or word.lower() in _QUALIFIER_LAST


BEFORE_WORDS = [
    *WORDS,
    *_LABELS,
    "No.",
    "(some",
    "“about",
    "$",
    "3",
    "x.y",
    "Ward#",
    "ſome",
    "over.",
    "ABOUT",
]


@given(
    text=joined(BEFORE_WORDS, [*SEPARATORS, "#", " # ", ". ", "\t", "\u202f"], max_size=6, cased=True),
    low=st.integers(0, 8),
)
@example(text="some\n 500", low=0)
@example(text="(some 500", low=0)
@example(text="Unit No. #500", low=0)
def test_text_before_a_number_is_read_as_by_characters(text: str, low: int) -> None:
    for start in range(min(low, len(text)), len(text) + 1):
        assert _may_qualify(text, start, low) == _may_qualify_by_characters(text, start, low), (text, start)
        # A label before the number leaves its last two letters at the end once its marks are stripped.
        lo = max(low, start - 14)
        if _LABEL_BEFORE.search(text, lo, start) is not None:
            assert text[lo:start].rstrip(" #.")[-2:] in _LABEL_ENDS, (text, start)
