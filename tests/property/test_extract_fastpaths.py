"""The fast scans of the number and date readers find exactly what the plain patterns find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.dates import _DATE, _DATE_AT, _MONTH_WORDS, _WEEKDAY_WORDS
from claimkit.extract.numbers import _CORE, _CORE_AT, _FIRST_WORDS

# Pieces of news text that start (or almost start) a number or a date, in any case, with tricky neighbours.
PIECES = sorted(
    set(_FIRST_WORDS.split())
    | set(f"{_MONTH_WORDS} {_WEEKDAY_WORDS}".split())
    | set(
        """today tomorrow yesterday this last next week month year the 22nd 1st 21 2024 1999 02124 12,000 1.500
        2,5 12 000 +65 6790 6982 (617) 555-0100 617-555-0100 ½ ¾ XI IV Corps Army F-16 COVID-19 G7 MH17 Su-27
        one-third two-thirds a few a couple of twenty-five twenty-first and half an 5G 9mm 16th 10:30 1990s
        ſeven ſix thouſand Sİx ſeventh K Kelvin İ ı troops said Mar may March 3 31 of to - – ( ) , . ١٢ ٣""".split()  # noqa: SIM905 - a word list reads best as prose
    )
    | {"+65 6790 6982", "+82 2 3715 9760", "(617) 555-0100", "XI Corps", "12 000", "a few hundred"}
)
SEPARATORS = ["", " ", "  ", "-", "–", ",", ".", "(", ")", "\n", "x", "7", "\u00a0", "\u2009", "'", "’"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Pieces joined by separators, each piece in its own case, lower, upper or title."""
    out = ""
    for piece in draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=10)):
        cased = draw(st.sampled_from([piece, piece.lower(), piece.upper(), piece.title()]))
        out += draw(st.sampled_from(SEPARATORS)) + cased
    return out + draw(st.sampled_from(SEPARATORS))


def _starts(fast: re.Pattern[str], plain: re.Pattern[str], text: str, endpos: int) -> None:
    for pos in range(endpos + 1):
        found = fast.search(text, pos, endpos)
        expected = plain.search(text, pos, endpos)
        assert (found and found.start()) == (expected and expected.start()), (text, pos, endpos)


@given(text=texts(), cut=st.integers(0, 12))
@example(text="some 10,000 troops on October 21, 2024 and the 22nd", cut=0)
@example(text="XI Corps, F-16s, one-third, ſix thouſand, twenty-first", cut=0)
@example(text="call +65 6790 6982 or (617) 555-0100", cut=0)
@example(text="Today, LAST WEEK and next month; tomorrow", cut=3)
def test_number_scan_matches_the_plain_pattern(text: str, cut: int) -> None:
    _starts(_CORE_AT, _CORE, text, max(0, len(text) - cut))


@given(text=texts(), cut=st.integers(0, 12))
@example(text="On Monday (21st), October 8th to 13th, in 2019, 2024-10-21", cut=0)
@example(text="Today, LAST WEEK and next month; tomorrow, YESTERDAY", cut=0)
def test_date_scan_matches_the_plain_pattern(text: str, cut: int) -> None:
    _starts(_DATE_AT, _DATE, text, max(0, len(text) - cut))


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
