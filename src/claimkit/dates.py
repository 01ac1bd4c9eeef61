"""Dates: the one module that reads calendar dates from text (with python-dateutil).

``parse_date`` reads one stated date at the precision it was given ("21
October 2024" is a day, "October 2024" a month, "2024" a year) into a
:class:`~claimkit.model.DateWindow`. ``find_dates`` finds every date
expression of a text, complete or partial ("on the 22nd", "Monday (21st)",
"from October 8th to 13th", "in August", "this week"), and resolves the
partial ones against an anchor; ``resolve_date`` does the same for one
expression.

How partial dates are resolved:

* A date that states its year ("October 21, 2024") is resolved alone and
  becomes the *running anchor*: later "on the 22nd" takes its month and year.
* A date without a year ("October 23", "in August") takes the year that puts
  it between nine months before and two months after the running anchor (news
  looks back: in a January 2025 text "December 28" is 2024); a day without a month ("on the 22nd", "Monday (21st)")
  takes its month and year. Anything taken from the anchor makes the window
  :attr:`~claimkit.model.DateProvenance.INFERRED`.
* Words relative to the time of writing ("today", "this week", "last month")
  resolve against the anchor given by the caller (the publication date), never
  against the running anchor.
* With no anchor, a partial date stays unresolved (``window=None``): claimkit
  never guesses a year.

>>> str(parse_date("09 Feb 2025 00:18:40 SGT"))
'2025-02-09'
>>> parse_date("October 2024").precision.value
'month'
>>> [str(m.window) for m in find_dates("On October 21, 2024 it began; on the 22nd it spread.")]
['2024-10-21', '2024-10-22']
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
from dateutil import parser as _dateutil_parser
from dateutil.relativedelta import relativedelta

from claimkit._validators import arguments
from claimkit.errors import ModelTypeError, ParseError
from claimkit.model import DateProvenance, DateWindow, Precision, Span, _new, _slot_setters

__all__ = ["DateMention", "find_dates", "parse_date", "resolve_date"]

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR_ONLY = re.compile(r"^\s*(?P<year>1[89]\d\d|2\d\d\d)\s*$")
_MONTH_YEAR = re.compile(
    rf"""^\s*
    (?P<month>{_MONTHS})\.?   # a month name, maybe abbreviated with a dot
    ,?\s+
    (?P<year>[1-9]\d{{3}})    # a four-digit year
    \s*$""",
    re.I | re.X,
)


_FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
# The commonest stated dates, read directly (anything else goes to dateutil).
_PLAIN_DAY = re.compile(
    rf"""(?:(?P<m>{_FULL_MONTH})\ (?P<d>[1-9]|[12]\d|3[01]),\ (?P<y>[12]\d{{3}})   # November 20, 2024
    |(?P<d2>[1-9]|[12]\d|3[01])\ (?P<m2>{_FULL_MONTH})\ (?P<y2>[12]\d{{3}}))      # 20 November 2024
    """,
    re.X,
)


@arguments(("text", str, "a str"))
def parse_date(text: str, *, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow:
    """Read one date, keeping the precision it was given at.

    Args:
        text: "21 October 2024", "Oct. 21, 2024", "2024-10-21", "October 2024", "2024"...
        provenance: whether the date is stated or inferred.

    Returns:
        A one-day window, or a whole month or year.

    Raises:
        ParseError: the text is not a complete date (a day without a year is
            refused rather than guessed).
        ModelTypeError: ``text`` is not a str.

    >>> str(parse_date("On October 21, 2024"))
    '2024-10-21'
    >>> parse_date("the 22nd")
    Traceback (most recent call last):
    ...
    claimkit.errors.ParseError: cannot parse 'the 22nd': no year: a date without a year needs an anchor
    """
    found = _parse_date_cached(text, provenance)
    if isinstance(found, str):
        raise ParseError(text, found)
    return found


# News repeats its dates ("on Monday", "October 21, 2024" in every dateline), and dateutil's fuzzy
# parse is slow: a bounded memo of the pure parse (a window, or the reason it is not a date).
@functools.lru_cache(maxsize=4096)
def _parse_date_cached(text: str, provenance: DateProvenance) -> DateWindow | str:
    return _parse_date(text, provenance)


def _parse_date(text: str, provenance: DateProvenance) -> DateWindow | str:
    m = _YEAR_ONLY.match(text)
    if m:
        return DateWindow.year(int(m["year"]), provenance=provenance)
    m = _MONTH_YEAR.match(text)
    if m:
        name = m["month"]
        month = (
            _MONTH_NUMBER[fold(name[:3])]
            if name.isascii()  # every ASCII spelling the pattern admits is a dateutil month name
            else _dateutil_parser.parse(f"1 {name} 2000").month
        )
        return DateWindow.month(int(m["year"]), month, provenance=provenance)
    m = _PLAIN_DAY.fullmatch(text)
    if m:
        # "November 20, 2024" / "20 November 2024": what dateutil reads them as, without its tokenizer.
        try:
            day = _dt.date(
                int(m["y"] or m["y2"]), _MONTH_NUMBER[fold((m["m"] or m["m2"])[:3])], int(m["d"] or m["d2"])
            )
        except ValueError:
            pass  # an impossible day: dateutil below words the error
        else:
            return DateWindow.on(day, provenance=provenance)
    if not re.search(r"\b\d{4}\b", text):
        return "no year: a date without a year needs an anchor"
    try:
        # The day is what matters; ignoring the zone also keeps "SGT" from warning.
        parsed = _dateutil_parser.parse(text, fuzzy=True, ignoretz=True, default=_dt.datetime(1, 1, 1))
    except (ValueError, OverflowError) as err:
        return f"not a date ({err})"
    if parsed.year == 1:
        return "no year found"
    return DateWindow.on(parsed.date(), provenance=provenance)


# ------------------------------------------------------------------ find_dates


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression found in a text.

    Args:
        span: where the expression is in the text given to :func:`find_dates`.
        text: the characters of ``span``.
        window: the resolved window, or ``None`` when the expression lacks a
            year (or month) and no anchor supplies it.
    """

    span: Span
    text: str
    window: DateWindow | None


_DATE_MENTION_SETTERS = _slot_setters(DateMention, "span text window")


def _date_mention(span: Span, text: str, window: DateWindow | None) -> DateMention:
    """A mention built through its slots' setters (one a date: the frozen ``__init__`` costs more).

    >>> _date_mention(Span(0, 4), "2024", None) == DateMention(span=Span(0, 4), text="2024", window=None)
    True
    """
    mention: DateMention = _new(DateMention)
    set_span, set_text, set_window = _DATE_MENTION_SETTERS
    set_span(mention, span)
    set_text(mention, text)
    set_window(mention, window)
    return mention


def word_trie(words: str | Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (shared with the number reader).

    The regex engine tries alternatives one by one; factored, a word start that
    begins none of the words fails after a character or two instead of trying
    every branch.

    >>> word_trie(["ten", "two", "twelve"])
    '(?:t(?:en|w(?:elve|o)))'
    """
    tree: dict[str, Any] = {}
    for word in words.split() if isinstance(words, str) else words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return "(?:" + emit(tree) + ")"


def word_start_twin(pattern: re.Pattern[str], first: str) -> re.Pattern[str]:
    r"""A twin of ``pattern`` that matches at exactly its match positions, found by a scan in C.

    ``re`` tries a pattern that opens with an assertion (``\b``, a lookahead) at
    every position of the text, but skips in C to the next candidate character
    when the pattern opens with a character class. The twin opens with the class
    ``[first]``, requires a word start (no word character before it), then holds
    ``pattern`` in a lookahead read from that character: for the same
    ``pos``/``endpos`` (the lookbehinds and lookaheads see the same text) it
    matches exactly where ``pattern`` does, **provided every match of ``pattern``
    starts a word with a character of ``first``** (the caller's comment says why;
    under ``re.I`` ``first`` must hold every case of those letters). Read the
    match itself with ``pattern.match(text, twin_match.start(), endpos)``.

    >>> twin = word_start_twin(re.compile(r"\b(?:troops|tanks)\b"), "t")
    >>> twin.search("Some troops and tanks").start(), twin.search("footanks") is None
    (5, True)
    """
    if pattern.flags & re.IGNORECASE:
        # ``re`` skips ahead to a leading class only when it is compiled case-sensitively: the case-insensitive
        # reading is scoped to the lookahead, and the class spelt out with the letters outside ASCII that fold
        # to its own ("ſ" to "s"; ``first`` already holds both cases of its ASCII letters).
        folds = "".join(ch for ch in _ASCII_FOLDS if re.fullmatch(f"[{first}]", ch, re.IGNORECASE))
        return re.compile(
            rf"[{first}{folds}](?<!\w.)(?<=(?i:(?={pattern.pattern})).)", pattern.flags & ~re.IGNORECASE
        )
    return re.compile(rf"[{first}](?<!\w.)(?<=(?={pattern.pattern}).)", pattern.flags)


# The code points outside ASCII that ``re.IGNORECASE`` folds to an ASCII letter ("İ", "ı", "ſ", the Kelvin sign).
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def finditer_twin(
    pattern: re.Pattern[str], twin: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text, pos, endpos)``, found through the ``twin`` of :func:`word_start_twin`.

    For a pattern that never matches the empty string: each search resumes
    where the last match ended, as ``finditer`` does.

    >>> p = re.compile(r"\b(?:troops|tanks)\b")
    >>> [m.span() for m in finditer_twin(p, word_start_twin(p, "t"), "troops, tanks")]
    [(0, 6), (8, 13)]
    """
    end = len(text) if endpos is None else endpos
    search, match = twin.search, pattern.match
    while (at := search(text, pos, end)) is not None:
        m = match(text, at.start(), end)
        assert m is not None  # the twin matches only where the pattern does
        yield m
        pos = max(m.end(), m.start() + 1)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` compiled with ``re.ASCII``: the same matches on text that :func:`reads_as_ascii`, found faster.

    Unicode ``\w``, ``\d``, ``\b`` and case-insensitive letters cost ``re`` a call into the Unicode
    database for each character tested; their ASCII forms a table lookup. On ASCII text the two readings
    differ only in ``\s``, which in Unicode also matches the information separators U+001C-U+001F (and
    in the case folds of non-ASCII letters such as "ſ", which ASCII text does not hold); the caseless
    typographic marks :func:`reads_as_ascii` admits are punctuation in both.

    >>> p = re.compile(r"\b\w+\s(?i:troops)")
    >>> ascii_twin(p).findall("500 TROOPS, 9 troops") == p.findall("500 TROOPS, 9 troops")
    True
    """
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


# Typographic marks that every twinned pattern reads as the ASCII punctuation they stand in for: none is a
# word character, a digit or whitespace in either reading, and none has a case (so no ASCII letter folds
# to one under ``re.I``); a pattern that names one names it as a literal, which both readings match alike.
# The no-break space is left out: Unicode ``\s`` matches it.
_TWIN_SAFE_MARKS = "“”‘’–—…"
# A character the twins could read differently: outside ASCII and the marks, or a separator U+001C-U+001F (the
# plain reading of :func:`reads_as_ascii`).
_TWIN_UNSAFE = re.compile(f"[^\\x00-\\x1b\\x20-\\x7f{_TWIN_SAFE_MARKS}]")


def reads_as_ascii(text: str) -> bool:
    r"""Whether :func:`ascii_twin` patterns read ``text`` exactly as their Unicode originals do.

    ASCII text without the information separators that Unicode ``\s`` matches, where curly quotes,
    dashes and the ellipsis may stand among the ASCII (news copy is full of them, and sending each such
    sentence down the Unicode paths cost ~5 % of extraction). On ASCII text four substring tests, each a
    ``memchr`` in C, are cheaper than a class scan or ``str.isprintable``; other text takes one class scan.

    >>> reads_as_ascii("500 troops\tleft"), reads_as_ascii("500 “troops”"), reads_as_ascii("a\x1fb")
    (True, True, False)
    >>> reads_as_ascii("500 troops in Kyiv’s “Zoné”"), reads_as_ascii("a\xa0b")
    (False, False)
    """
    if not text.isascii():
        # Without the marks, is the rest ASCII? Each mark's removal is a substring search in C (a no-op when
        # the mark is absent): cheaper than a class test at every character of the text.
        for mark in _TWIN_SAFE_MARKS:
            text = text.replace(mark, "")
        if not text.isascii():
            return False
    return "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text


_ANY_DIGIT = re.compile(r"\d")


def holds_digit(text: str) -> bool:
    r"""Whether ``text`` holds a decimal digit (``\d``: any script's): ``re.search(r"\d", text) is not None``.

    The ten ASCII digits are looked for by substring searches in C (``memchr``), far cheaper than a class
    test at every character; only text outside ASCII without any of them takes the pattern.

    >>> holds_digit("500 troops"), holds_digit("troops"), holds_digit("troops \u0665")
    (True, False, True)
    """
    for digit in "0123456789":  # a plain loop: a generator costs more than the tests it runs
        if digit in text:
            return True
    return not text.isascii() and _ANY_DIGIT.search(text) is not None


#: Characters that case-insensitive matching (``re.I`` on ``str``) takes for an ASCII letter of a
#: pattern's word: the long s, the Kelvin sign, the dotless i and the dotted capital I.
_CASE_TWINS = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "i"})


def fold(text: str) -> str:
    """``text`` in lower case as ``re.I`` compares it: a matched word, ready to look up among ASCII words.

    ``re.I`` matches "ſome" (a long s) where a pattern says "some", and ``str.lower`` keeps the long s;
    looking the word up lowered would then fail. Text in ASCII is only lowered.

    >>> fold("Some"), fold("\u017fome"), fold("B\u0131LL\u0130ON"), fold("\u212aM")
    ('some', 'some', 'billion', 'km')
    """
    return text.lower() if text.isascii() else text.translate(_CASE_TWINS).lower()


_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# Month names must be capitalised: lower-case "may" and "march" are verbs.
_MONTH_WORDS = (
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec"
)
_WEEKDAY_WORDS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_MONTH = word_trie(_MONTH_WORDS) + "(?![a-z])"
_WEEKDAY = word_trie(_WEEKDAY_WORDS)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ORD = r"(?:st|nd|rd|th)?(?![A-Za-z])"
_YEAR_PREPOSITIONS = word_trie("in during since by until till before after from early mid late")
_MONTH_PREPOSITIONS = word_trie(
    "in during since by until till before after from early mid late last next this through throughout of"
)
_TO = r"(?:-|–|—|to|through|until|till|and)"

_DATE = re.compile(
    rf"""
    (?<![\w])                                  # a date starts a word: most positions fail here at once
    (?:
      (?=[\dA-Z])(?:                           # nearly every form starts at a digit or a capital;
                                                # words before it ("the", "in", "last") are checked after
        (?P<iso>                                #   2024-10-21, maybe with a time
            (?<![\d-])(?P<iso_y>[1-9]\d{{3}})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>{_DAY})
            (?:[T\ ]\d{{2}}:\d{{2}}(?::\d{{2}})?)?
        )
      | (?P<num>                                #   23/10/2024, 10.12.2024, 23-10-2024: which of the two
            (?<![\d.,/\-])                       #     numbers is the day, the text's other dates tell
            (?P<num_a>[0-3]?\d)(?P<num_s1>[/.\-])(?P<num_b>[0-3]?\d)(?P<num_s2>[/.\-])  # (one mark, twice)
            (?P<num_y>(?:19|20)\d\d)(?!\w|[/.\-]\d)
        )
      | (?P<mdy>                                #   (Monday,) October 21(st)(, 2024), or a day range
            (?:{_WEEKDAY},?\ {{1,3}})?
            (?P<mdy_m>{_MONTH})\.?\ {{1,3}}(?P<mdy_d>{_DAY}){_ORD}
            (?:\ {{0,3}}{_TO}\ {{0,3}}            #     a second day: "to 13th", "-24"
               (?:(?P<mdy_m2>{_MONTH})\.?\ {{1,3}})?(?P<mdy_d2>{_DAY}){_ORD})?
            (?:,?\ {{1,3}}(?P<mdy_y>[1-9]\d{{3}})(?!\d|,\d))?  # an optional year
        )
      | (?P<dmy>                                #   (Monday,) 21(st) (of) October( 2024)( 00:18:40 SGT)
            (?:{_WEEKDAY},?\ {{1,3}})?
            (?<![\d.,])(?P<dmy_d>{_DAY}){_ORD}
            (?:\ {{0,3}}{_TO}\ {{0,3}}(?P<dmy_d2>{_DAY}){_ORD})?
            \ {{1,3}}(?:of\ {{1,3}})?(?P<dmy_m>{_MONTH})\.?
            (?:,?\ {{1,3}}(?P<dmy_y>[1-9]\d{{3}})(?!\d|,\d))?
            (?:\ {{1,3}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\ ?[AaPp]\.?[Mm]\.?)?  # a time of day
               (?:\ [A-Z]{{2,5}}(?![A-Za-z]))?)?  #     and its time zone
        )
      | (?P<my>                                 #   October 2024
            (?P<my_m>{_MONTH})\.?,?\ {{1,3}}(?P<my_y>[1-9]\d{{3}})(?!\d|,\d)
        )
      | (?P<paren>                              #   Tuesday (15th), maybe after "last"/"next"/"this"
            (?P<par_wd>{_WEEKDAY})\ {{0,3}}\(\ {{0,2}}(?P<par_d>{_DAY}){_ORD}\ {{0,2}}\)
        )
      | (?P<the>                                #   22nd, valid only after "the"
            (?P<the_d>{_DAY})(?:st|nd|rd|th)(?![A-Za-z])
        )
      | (?P<rel_month>                          #   October with no day after it, valid only after
            (?P<rm_m>{_MONTH})\.?(?!\ {{0,3}}\d)  #     "in", "since", "mid-" ...
        )
      | (?P<year>                               #   2019, valid only after "in", "since" ...
            (?P<y>1[5-9]\d\d|20\d\d)(?![\d,.\-–]\d|\d|\ {{1,3}}[a-z]{{2,20}}s\b)
        )
      )
    | (?P<relative>                             # words relative to the time of writing
        (?i:to(?:day|morrow)|yesterday|(?:this|last|next)\ {{1,3}}(?:week|month|year)
           |this\ {{1,3}}(?:morning|afternoon|evening)           # the day of writing
           |the\ {{1,3}}(?:start|beginning)\ {{1,3}}of\ {{1,3}}the\ {{1,3}}year  # its January
           |(?:this|last|next|the)\ {{1,3}}(?:spring|summer|autumn|fall|winter)(?!\ {{1,3}}of\b)  # a season
           )(?![\w])
      )
    )
    """,
    re.X,
)

# Where ``_DATE`` can match, found fast. ``re`` cannot skip ahead through a pattern that opens with an
# assertion, so ``_DATE.search`` runs the whole pattern at every position (~65 ns a character). This pattern
# opens with a character class, which ``re`` scans for in C, and holds ``_DATE`` itself in a lookahead, so
# it matches at exactly the positions ``_DATE`` matches at (same ``pos``/``endpos``: the lookbehind and
# lookaheads see the same text). Exact because every match of ``_DATE`` starts with a character of the class:
# an ASCII digit (every numeric form opens with ``[1-9]``, a day or a year), the capital of a month or
# weekday name, or t/y/l/n of the relative words (no other character folds to these under ``re.I``; a test
# checks every code point). The second lookahead is a cheap necessary condition taken first, which most word
# starts fail: the first three letters of a month or weekday name or of a relative word ("the st", "the be" for
# "the start/beginning of the year"); or, for a digit,
# four digits (a year, an ISO date) or a day of one or two digits and what every form goes on with right
# after a day: an ordinal suffix (``_ORD`` forbids any other letter there), a dash, a numeric date's slash or
# dot before a digit, or spaces before a
# month's capital, "of" or a word of ``_TO`` (to, through, till, until, and). Most numbers in news fail it
# at once ("11,500", "2.5", "10:42", "500 troops").
# What may follow a day: an ordinal suffix, a dash, or spaces before a month's capital, "of" or a word of ``_TO``.
# The condition is spelt as choices that each open with a character or a class (not an optional digit or a
# case-insensitive letter): ``re`` skips such a choice with one test of the character, where it enters each
# other choice. The relative words' first letters have no other case under ``re.I`` (a test checks every code
# point), so only the letters after them are read case-insensitively.
_AFTER_DAY = r"(?:st|nd|rd|th|[\-–—]|\ \ {0,2}(?:[\-–—]|[A-Z]|of\ |to|th|ti|un|an))"
_DATE_START_CHARS = (
    "0-9" + "".join(sorted({w[0] for w in f"{_MONTH_WORDS} {_WEEKDAY_WORDS}".split()})) + "tTyYlLnN"
)
_DATE_AT = re.compile(
    rf"""
    [{_DATE_START_CHARS}]                          # what every date's first character is
    (?<!\w.)                                       # at a word start (mid-word positions fail here)
    (?<=(?=[0-9](?:\d(?:\d\d                         # a year or an ISO date's four digits,
                      |[/.]\d                        # a numeric date's first two numbers,
                      |{_AFTER_DAY})                  # or a day and what may follow a day,
                  |[/.]\d|{_AFTER_DAY})              #   for a day of one digit as of two
           |{word_trie(sorted({w[:3] for w in f"{_MONTH_WORDS} {_WEEKDAY_WORDS}".split()}))}  # a month, a weekday
           |[tT](?i:o[dm]|h(?:i|e\ {{1,3}}(?:st|be|sp|su|au|fa|wi)))|[yY](?i:es)|[lL](?i:as)|[nN](?i:ex))  # a relative word
        (?=(?P<whole>{_DATE.pattern})).)            # and the date itself, read from that character
    """,
    re.X,
)

# A lookaround keeps what it captures: a match of ``_DATE_AT`` holds the groups of the match of ``_DATE`` at its
# start, and the whole of it as ``whole``, so the scan reads the date off the twin's match, without matching
# ``_DATE`` a second time.

# The scan's patterns for ASCII text (see ``ascii_twin``).
_DATE_ASCII = ascii_twin(_DATE)
_DATE_AT_ASCII = ascii_twin(_DATE_AT)

# Words that must come right before some forms, searched backwards from the form.
_THE_BEFORE = re.compile(r"(?<![\w])(?i:the)\ {1,3}\Z")
_IN_BEFORE = re.compile(r"(?<![\w])(?i:in|during|by)\ {1,3}\Z")
_REL_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?i:{word_trie('last next this')})\ {{1,3}}\Z")
_MONTH_PREPOSITION_BEFORE = re.compile(rf"(?<![\w])(?i:{_MONTH_PREPOSITIONS})[\ -]{{1,3}}\Z")
_YEAR_PREPOSITION_BEFORE = re.compile(rf"(?<![\w])(?i:{_YEAR_PREPOSITIONS})[\ -]{{1,3}}\Z")

# After "the 22nd" without a month, only punctuation or a function word makes it a
# date: "the 16th BRICS summit" and "the 11th Corps" are ordinals.
_THE_DAY_FOLLOW = re.compile(
    r"""\ {0,3}(?:[.,;:)!?"'”’]|$|\n
    |(?:and|to|at|in|on|when|that|with|as|after|before|from|until|through|but|or|he|she|they|it|we
       |the|a|an|this|for|of|-|–)(?![\w]))""",
    re.X,
)


def _month_number(name: str) -> int:
    return _MONTH_NUMBER[fold(name[:3])]


@attrs.frozen
class _Context:
    """What a partial date borrows: the running year, month and day."""

    year: int | None = None
    month: int | None = None
    day: _dt.date | None = None


def _context_of(anchor: _dt.date | DateWindow | None) -> _Context:
    if anchor is None:
        return _Context()
    if isinstance(anchor, _dt.datetime):
        anchor = anchor.date()  # a timestamp anchors its day
    if isinstance(anchor, _dt.date):
        return _Context(anchor.year, anchor.month, anchor)
    if not isinstance(anchor, DateWindow):
        raise ModelTypeError("anchor", anchor, "a datetime.date, a DateWindow or None")
    day = anchor.earliest if anchor.earliest is not None else anchor.latest
    assert day is not None
    if anchor.earliest == anchor.latest:
        return _Context(day.year, day.month, day)
    if anchor.precision is Precision.MONTH:
        return _Context(day.year, day.month)
    if anchor.precision is Precision.YEAR:
        return _Context(day.year)
    return _Context()


def _safe_day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_day(year: int, month: int, day: int, weekday: int) -> _dt.date | None:
    """The day-of-month ``day`` that falls on ``weekday``, in the anchor's month or next to it.

    "Tuesday (15th)" names one day only in months where the 15th is a Tuesday:
    try the anchor's month, then the month before, then the month after.
    """
    for shift in (0, -1, 1):
        # The first of the month ``shift`` months away, by arithmetic (``relativedelta`` costs ~20x more).
        shifted_year, shifted_month = divmod(year * 12 + month - 1 + shift, 12)
        if not _dt.MINYEAR <= shifted_year <= _dt.MAXYEAR:
            raise ValueError(f"year {shifted_year} is out of range")  # as ``relativedelta`` raised it
        candidate = _safe_day(shifted_year, shifted_month + 1, day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return None


# A document repeats its dates ("October 21, 2024", "this year", the dateline's day): a bounded memo of the
# validated windows of a day, a month, a year and a range of days (immutable values, shared safely).
@functools.lru_cache(maxsize=4096)
def _on(day: _dt.date, *, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow:
    return DateWindow.on(day, provenance=provenance)


@functools.lru_cache(maxsize=4096)
def _month(year: int, month: int, *, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow:
    return DateWindow.month(year, month, provenance=provenance)


@functools.lru_cache(maxsize=4096)
def _year(year: int, *, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow:
    return DateWindow.year(year, provenance=provenance)


@functools.lru_cache(maxsize=4096)
def _between(
    first: _dt.date, last: _dt.date, *, precision: Precision, provenance: DateProvenance
) -> DateWindow:
    return DateWindow.between(first, last, precision=precision, provenance=provenance)


def _window(first: _dt.date | None, last: _dt.date | None, provenance: DateProvenance) -> DateWindow | None:
    if first is None or last is None or last < first:
        return None
    return _between(first, last, precision=Precision.DAY, provenance=provenance)


def _year_for(month: int | None, ctx: _Context) -> int | None:
    """The year of a month named without one: within 9 months before to 2 after the anchor's month.

    News reports mostly look back: in a January 2025 article "December 28" is
    2024, and in an October 2024 one "March" is March 2024, "December" 2024.
    """
    if ctx.year is None or month is None or ctx.month is None:
        return ctx.year
    for year in (ctx.year - 1, ctx.year, ctx.year + 1):
        if -9 <= (year - ctx.year) * 12 + month - ctx.month <= 2:
            return year
    return ctx.year  # pragma: no cover - one of the three always fits


# The clause before a month named without a year tells its tense: "Russia had 7,500 personnel in January" (a
# past state) looks back, so in a December article January is the one before; "will send ... in January" or a
# past word in a clause about the future ("was due to arrive in January") keeps the month ahead.
_CLAUSE_START = re.compile(r"[.!?;\n](?=[^.!?;\n]{0,300}\Z)")
_PAST = re.compile(r"\b(?:had|was|were|did|ago)\b")
_FUTURE = re.compile(
    r"""\b(?:will|would|shall|next|plans?|planned|planning|expects?|expected|due|scheduled|set\ to
    |going\ to|intends?|to\ be|could|may|might|should)\b""",
    re.X,
)


def _looks_back(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the past and not of a plan ("had ... in January")."""
    head = max(0, start - 300)
    boundary = _CLAUSE_START.search(text, head, start)
    clause = text[boundary.end() if boundary else head : start]
    return _PAST.search(clause) is not None and _FUTURE.search(clause) is None


def _past_year(year: int, month: int, text: str, start: int, now: _Context) -> int:
    """The year of a month named without one, a year earlier when it would lie ahead of a past clause."""
    ahead = now.year is not None and now.month is not None and (year, month) > (now.year, now.month)
    return year - 1 if ahead and _looks_back(text, start) else year


def _resolve(m: re.Match[str], ctx: _Context, now: _Context) -> tuple[DateWindow | None, _Context]:
    """Resolve one match; return its window and the running context after it."""
    stated, inferred = DateProvenance.STATED, DateProvenance.INFERRED
    if m["iso"]:
        day = _safe_day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        if day is None:
            return None, ctx
        return _on(day), _Context(day.year, day.month, day)
    if m["mdy"] or m["dmy"] or m["the"]:
        g = "mdy" if m["mdy"] else "dmy" if m["dmy"] else "the"
        month_name = m[f"{g}_m"] if g != "the" else None  # "the 22nd" borrows its month and year
        year_text = m[f"{g}_y"] if g != "the" else None
        month = _month_number(month_name) if month_name else ctx.month
        year = int(year_text) if year_text else _year_for(month, ctx)
        if month is None or year is None:
            return None, ctx
        if not year_text:
            year = _past_year(year, month, m.string, m.start(), ctx)
        provenance = stated if year_text else inferred
        first = _safe_day(year, month, int(m[f"{g}_d"]))
        second_day = m["mdy_d2"] if g == "mdy" else m["dmy_d2"] if g == "dmy" else None
        last = first
        if second_day:
            month2 = _month_number(m["mdy_m2"]) if g == "mdy" and m["mdy_m2"] else month
            last = _safe_day(year, month2, int(second_day))
        window = _window(first, last, provenance)
        if window is not None and year_text:
            ctx = _Context(year, month, first)
        return window, ctx
    if m["my"]:
        year, month = int(m["my_y"]), _month_number(m["my_m"])
        return _month(year, month), _Context(year, month)
    if m["paren"]:
        if ctx.year is None or ctx.month is None:
            return None, ctx
        day = _weekday_day(ctx.year, ctx.month, int(m["par_d"]), _WEEKDAY_NUMBER[fold(m["par_wd"][:3])])
        return (None if day is None else _on(day, provenance=inferred)), ctx
    if m["rel_month"]:
        month = _month_number(m["rm_m"])
        said = _REL_WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
        if said is not None and now.year is not None and now.month is not None:
            # "last July", "next March": counted from the time of writing, not from the last year named
            shift = {"last": -1, "next": 1}.get(fold(said.group().split()[0]), 0)
            year = now.year + (shift if (month - now.month) * shift <= 0 else 0)
            return _month(year, month, provenance=inferred), ctx
        if ctx.year is None:
            return None, ctx
        year = _year_for(month, ctx)
        assert year is not None
        year = _past_year(year, month, m.string, m.start(), ctx)
        return _month(year, month, provenance=inferred), ctx
    if m["year"]:
        return _year(int(m["y"])), ctx
    return _relative(fold(m["relative"]).split(), now), ctx


# A numeric date alone ("23/10/2024"), and the two ways dates with a month name put the day.
_NUMERIC_DATE = re.compile(r"(?<![\d.,/\-])([0-3]?\d)([/.\-])([0-3]?\d)\2(?:19|20)\d\d(?!\w|[/.\-]\d)")
_DAY_THEN_MONTH = re.compile(rf"(?<![\w.,]){_DAY}{_ORD}\ {{1,3}}(?:of\ {{1,3}})?{_MONTH}")
_MONTH_THEN_DAY = re.compile(rf"{_MONTH}\.?\ {{1,3}}{_DAY}{_ORD}")


def _day_first(text: str) -> bool | None:
    """Whether ``text`` writes its numeric dates day first ("23/10/2024"), or None when it does not tell.

    A numeric date that reads one way only (a first number over 12) decides; failing that, the text's
    dates with a month name, by the order most of them use ("23 October" or "October 23").

    >>> _day_first("On 23/10/2024 and 10/12/2024"), _day_first("On 10/23/2024"), _day_first("On 10/12/2024")
    (True, False, None)
    >>> _day_first("On 10/12/2024, a week after 3 December")
    True
    """
    for m in _NUMERIC_DATE.finditer(text):
        first, second = int(m[1]), int(m[3])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    day_month = sum(1 for _ in _DAY_THEN_MONTH.finditer(text))
    month_day = sum(1 for _ in _MONTH_THEN_DAY.finditer(text))
    return None if day_month == month_day else day_month > month_day


def _numeric(m: re.Match[str], day_first: bool | None, now: _Context) -> _dt.date | None:
    """The day a numeric date names: the one reading that is a date, else the text's order, else the anchor.

    Where both readings are dates and the text does not tell its order, the reading that is not later than
    the time of writing wins if the other is; with both before it (or no anchor) the date stays unresolved.
    """
    first, second, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    as_day_first, as_month_first = _safe_day(year, second, first), _safe_day(year, first, second)
    if as_day_first is None or as_month_first is None or as_day_first == as_month_first:
        return as_day_first or as_month_first
    if day_first is not None:
        return as_day_first if day_first else as_month_first
    if now.day is None:
        return None
    possible = [d for d in (as_day_first, as_month_first) if d <= now.day]
    return possible[0] if len(possible) == 1 else None


# The month a season (in the northern hemisphere) ends in: a season "last" names ended before the writing.
_SEASONS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _relative(words: list[str], now: _Context) -> DateWindow | None:
    """'today', 'this week', 'last month' ... against the time of writing."""
    inferred = DateProvenance.INFERRED
    if words[-1] in _SEASONS:
        if now.year is None or now.month is None:
            return None
        # "last autumn": the year of the latest such season already over; "in the spring": the year of writing
        late = words[0] == "last" and _SEASONS[words[-1]] >= now.month
        ahead = words[0] == "next" and _SEASONS[words[-1]] < now.month
        return _year(now.year - late + ahead, provenance=inferred)
    if words[0] == "the":  # "the start of the year": the first month of the year of writing
        return _month(now.year, 1, provenance=inferred) if now.year is not None else None
    if words[-1] in ("morning", "afternoon", "evening"):  # "this morning": the day of writing
        return _on(now.day, provenance=inferred) if now.day is not None else None
    if words[-1] == "year":
        if now.year is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[words[0]]
        return _year(now.year + shift, provenance=inferred)
    if now.day is None:
        if words[-1] == "month" and words[0] == "this" and now.year and now.month:
            return _month(now.year, now.month, provenance=inferred)
        return None
    day = now.day
    shifts = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if words[0] in shifts:
        return _on(day + _dt.timedelta(days=shifts[words[0]]), provenance=inferred)
    step = {"this": 0, "last": -1, "next": 1}[words[0]]
    if words[-1] == "week":
        monday = day - _dt.timedelta(days=day.weekday()) + _dt.timedelta(weeks=step)
        return _window(monday, monday + _dt.timedelta(days=6), inferred)
    first = day.replace(day=1) + relativedelta(months=step)
    return _month(first.year, first.month, provenance=inferred)


def _mention_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of a match, with the word before it where one is needed; start -1 if it is missing.

    ``m`` is a match of ``_DATE_AT`` (or its ASCII twin): the date is its group ``whole``.
    """
    start, end = m.span("whole")
    window_start = max(0, start - 16)
    if m["the"]:
        before = _THE_BEFORE.search(text, window_start, start)
        if before is None or not _THE_DAY_FOLLOW.match(text, end):
            return -1, end
        return before.start(), end
    if m["paren"]:
        before = _REL_WEEKDAY_BEFORE.search(text, window_start, start)
        return (start if before is None else before.start()), end
    if m["relative"] and fold(m["relative"][:3]) == "the" and fold(m["relative"][-4:]) != "year":
        # "in the spring": the season of the year of writing ("the fall" alone may be a city's)
        return (-1 if _IN_BEFORE.search(text, window_start, start) is None else start), end
    if m["rel_month"]:
        if _MONTH_PREPOSITION_BEFORE.search(text, window_start, start) is None:
            return -1, end
        return m.span("rm_m")
    if m["num"] and m["num_s1"] != m["num_s2"]:
        return -1, end  # "23/10-2024": two marks, no date
    if m["year"] and _YEAR_PREPOSITION_BEFORE.search(text, window_start, start) is None:
        return -1, end
    return start, end


# A wire dateline before a day without a year: "CAIRO, June 9 (Reuters) -" opens a line with a place in capitals
# (maybe a country after it). A roundup's items are all current: its day takes the publication's year, never
# the year of a past event an earlier item named ("landed in July 2021").
_DATELINE_BEFORE = re.compile(
    r"""(?:\A|\n)[\ \t]{0,4}
    [A-Z][A-Z.'\-]{1,20}(?:\ [A-Z][A-Z.'\-]{1,20}){0,3}   # the place, in capitals: "DAR ES SALAAM"
    (?:,\ [A-Z][\w.'\-]{1,20}(?:\ [A-Z][\w.'\-]{1,20}){0,2})?  # maybe its country: ", Mozambique"
    ,\ {1,3}\Z""",
    re.X,
)


def _is_dateline(text: str, m: re.Match[str]) -> bool:
    """Whether a day without a year opens a wire dateline ("MOGADISHU, June 9")."""
    if not m["mdy"] or m["mdy_y"]:
        return False
    start = m.start()
    return _DATELINE_BEFORE.search(text, max(0, start - 80), start) is not None


@arguments(
    ("text", str, "a str"), anchor=((_dt.date, DateWindow, None), "a datetime.date, a DateWindow or None")
)
def find_dates(text: str, *, anchor: _dt.date | DateWindow | None = None) -> tuple[DateMention, ...]:
    """Find every date expression of a text, in order, resolving partial ones.

    Args:
        text: any text.
        anchor: the time of writing (usually the publication date); it gives
            partial dates their month and year until the text states a full
            date, and it alone resolves "today", "this week" and the like.

    Returns:
        Non-overlapping mentions in text order; ``window`` is ``None`` where
        nothing supplies a missing year or month.

    A numeric date ("23/10/2024", "10.12.2024") is read day first or month
    first as the text writes its dates: a numeric one that reads one way only,
    else most of its dates with a month name ("23 October" or "October 23").
    Where the text does not tell, the one reading not later than ``anchor``
    wins; else the date is found but left unresolved.

    >>> [(m.text, str(m.window)) for m in find_dates(
    ...     "From October 8th to 13th; on Monday (21st)", anchor=_dt.date(2024, 10, 23))]
    [('October 8th to 13th', '2024-10-08 – 2024-10-13'), ('Monday (21st)', '2024-10-21')]
    >>> [str(m.window) for m in find_dates("Sent on 4/11/2024, a day after 11 March")]
    ['2024-11-04', '2024-03-11']
    >>> find_dates("on the 22nd")[0].window is None
    True
    """
    return dates_and_spans(text, anchor=anchor)[0]


def dates_and_spans(
    text: str, *, anchor: _dt.date | DateWindow | None = None
) -> tuple[tuple[DateMention, ...], tuple[tuple[int, int, bool], ...]]:
    """:func:`find_dates` and :func:`date_spans` of ``text`` from one scan.

    >>> mentions, spans = dates_and_spans("In 2019 and on October 21, 2024")
    >>> [m.text for m in mentions], spans
    (['2019', 'October 21, 2024'], ((3, 7, True), (15, 31, False)))
    """
    if not isinstance(text, str):
        raise ModelTypeError("text", text, "a str")
    now = _context_of(anchor)
    ctx = now
    found: list[DateMention] = []
    spans: list[tuple[int, int, bool]] = []
    day_first: bool | None = None
    ordered = False  # whether ``day_first`` was read off the text (only a numeric date needs it)
    for m, start, end in _scan(text):
        if now.year is not None and _is_dateline(text, m):
            ctx = now  # a dateline is the time of writing again
        if m["num"]:
            if not ordered:
                day_first, ordered = _day_first(text), True
            day = _numeric(m, day_first, now)
            window = None if day is None else _on(day)
            if day is not None:
                ctx = _Context(day.year, day.month, day)
        else:
            window, ctx = _resolve(m, ctx, now)
        found.append(_date_mention(Span._trusted(start, end), text[start:end], window))
        spans.append((start, end, m["year"] is not None))
    return tuple(found), tuple(spans)


def spans_by_sentence(
    text: str, spans: Sequence[tuple[int, int, bool]], sentences: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int, bool], ...] | None]:
    """Each sentence's :func:`date_spans`, read off the spans of the whole ``text`` where that is exact.

    ``spans`` are ``date_spans(text)``; ``sentences`` are ``(start, end)`` ranges of ``text`` in order
    (the sentences of a document). The scan of a sentence alone finds what the scan of the whole text
    finds inside it unless the text around the sentence could change a reading: a mention across its
    edges, a word right before it (the date forms read "the", "in" ... before them, joined by spaces or
    a hyphen), or a space after it followed by something a form could go on with ("October. 21").
    Such a sentence gets ``None``, and is scanned alone.

    >>> t = "It began in 2019. On October 21, 2024, 500 left."
    >>> spans_by_sentence(t, date_spans(t), [(0, 17), (18, len(t))])
    [((12, 16, True),), ((3, 19, False),)]
    >>> spans_by_sentence("In May. 2024 was", date_spans("In May. 2024 was"), [(0, 7), (8, 16)])
    [None, None]
    """
    out: list[tuple[tuple[int, int, bool], ...] | None] = []
    n = len(text)
    k = 0
    for start, end in sentences:
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        j = k
        inside: list[tuple[int, int, bool]] = []
        exact = 0 <= start <= end <= n
        while exact and j < len(spans) and spans[j][0] < end:
            s, e, year = spans[j]
            if s < start or e > end:
                exact = False  # a mention across the sentence's edge
            inside.append((s - start, e - start, year))
            j += 1
        if exact and start > 0:
            i = start - 1
            if not text[i].isspace():
                exact = False
            while i > 0 and text[i].isspace():
                i -= 1
            if text[i].isalnum() or text[i] in "_-":
                exact = False  # a word (or a hyphen) before the spaces: "the", "in", "mid-"
        if exact and end < n and not _closed(text, start, end):
            exact = False
        out.append(tuple(inside) if exact else None)
    return out


def _closed(text: str, start: int, end: int) -> bool:
    """Whether no date form can read on past ``end``, where a sentence ``text[start:end]`` ends.

    The forms join their parts with spaces (never a line break): after a space, the sentence must end in a
    terminal or closing mark and the next one open with a capital letter or an opening mark (no day, year,
    time zone or function word a form could take).
    """
    if not text[end].isspace():
        return False
    if text[end] != " ":
        return True
    if end == start or text[end - 1] not in _SENTENCE_CLOSERS:
        return False
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    return i < len(text) and (text[i].isupper() or text[i] in _SENTENCE_OPENERS)


_SENTENCE_CLOSERS = ".!?…\"'”’»)]"
_SENTENCE_OPENERS = "\"'“‘«(["


def date_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Where :func:`find_dates` (without an anchor) finds dates, and whether each is a bare year.

    The number reader needs only this, once per sentence: resolving windows and
    building mentions for it would be wasted work. Without an anchor a window
    has year precision exactly when the expression is a bare year ("in 2019").

    >>> date_spans("In 2019 and on October 21, 2024")
    ((3, 7, True), (15, 31, False))
    """
    return tuple((start, end, m["year"] is not None) for m, start, end in _scan(text))


def _scan(text: str) -> Iterator[tuple[re.Match[str], int, int]]:
    """Every date expression in ``text``, left to right, with the span of its mention."""
    pos = 0
    find = _DATE_AT_ASCII.search if reads_as_ascii(text) else _DATE_AT.search
    while (m := find(text, pos)) is not None:
        # ``_DATE_AT`` finds exactly where ``_DATE`` matches, and holds that match's groups (``whole`` is the date)
        start, end = _mention_span(text, m)
        if start < 0:  # a form that needs a word before it, and lacks it
            pos = m.start() + 1
            continue
        yield m, start, end
        pos = max(m.end("whole"), pos + 1)


@arguments(
    ("text", str, "a str"), anchor=((_dt.date, DateWindow, None), "a datetime.date, a DateWindow or None")
)
def resolve_date(text: str, *, anchor: _dt.date | DateWindow | None) -> DateWindow | None:
    """Resolve the first date expression of ``text`` against ``anchor``.

    Args:
        text: a text holding one date expression ("on the 22nd", "In October").
        anchor: the date partial expressions borrow from (see :func:`find_dates`).

    Returns:
        The window, or ``None`` when the text holds no date or it cannot be
        resolved without a (better) anchor.

    >>> str(resolve_date("on the 22nd", anchor=_dt.date(2024, 10, 21)))
    '2024-10-22'
    >>> str(resolve_date("In October", anchor=_dt.date(2024, 10, 21)))
    'October 2024'
    >>> resolve_date("October 23", anchor=None) is None
    True
    """
    mentions = dates_and_spans(text, anchor=anchor)[0]
    return mentions[0].window if mentions else None
