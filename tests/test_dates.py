"""Example tables for claimkit.dates: stated dates, partial dates and their anchors."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from _fastpaths import assert_twin_holds_the_plain_groups
from claimkit import dates
from claimkit.dates import DateMention, find_dates, parse_date, resolve_date
from claimkit.errors import ModelTypeError, ParseError
from claimkit.model import DateProvenance, DateWindow, Precision

D = _dt.date
ANCHOR = D(2024, 10, 21)  # a Monday
DEC = D(2024, 12, 10)  # a December anchor: January and February lie ahead of it
ST, INF = DateProvenance.STATED, DateProvenance.INFERRED

# ----------------------------------------------------------------- parse_date

PARSED: list[tuple[str, D, D, Precision]] = [
    # text                         earliest          latest            precision
    ("On October 21, 2024", D(2024, 10, 21), D(2024, 10, 21), Precision.DAY),
    ("21 October 2024", D(2024, 10, 21), D(2024, 10, 21), Precision.DAY),
    ("Oct. 21, 2024", D(2024, 10, 21), D(2024, 10, 21), Precision.DAY),
    ("2024-10-21", D(2024, 10, 21), D(2024, 10, 21), Precision.DAY),
    ("09 Feb 2025 00:18:40 SGT", D(2025, 2, 9), D(2025, 2, 9), Precision.DAY),
    ("October 2024", D(2024, 10, 1), D(2024, 10, 31), Precision.MONTH),
    ("February 2024", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH),
    ("2024", D(2024, 1, 1), D(2024, 12, 31), Precision.YEAR),
]


@pytest.mark.parametrize(("text", "earliest", "latest", "precision"), PARSED)
def test_parse_date(text: str, earliest: D, latest: D, precision: Precision) -> None:
    w = parse_date(text)
    assert (w.earliest, w.latest, w.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("text", ["the 22nd", "October 23", "no date here", "In October"])
def test_parse_date_refuses_partial_dates(text: str) -> None:
    with pytest.raises(ParseError):
        parse_date(text)


# --------------------------------------------------------------- resolve_date

RESOLVED: list[
    tuple[str, D | DateWindow | None, D | None, D | None, Precision | None, DateProvenance | None]
] = [
    # text                       anchor             earliest          latest            precision        provenance
    ("On October 21, 2024", None, D(2024, 10, 21), D(2024, 10, 21), Precision.DAY, ST),
    ("October 23", ANCHOR, D(2024, 10, 23), D(2024, 10, 23), Precision.DAY, INF),
    ("October 23", None, None, None, None, None),
    ("on the 22nd.", ANCHOR, D(2024, 10, 22), D(2024, 10, 22), Precision.DAY, INF),
    ("on the 22nd.", None, None, None, None, None),
    ("the 3rd of November", ANCHOR, D(2024, 11, 3), D(2024, 11, 3), Precision.DAY, INF),
    ("Monday (21st)", ANCHOR, D(2024, 10, 21), D(2024, 10, 21), Precision.DAY, INF),
    ("Last Tuesday (15th)", ANCHOR, D(2024, 10, 15), D(2024, 10, 15), Precision.DAY, INF),
    # the weekday settles the month when the anchor's month does not fit
    ("Tuesday (24th)", ANCHOR, D(2024, 9, 24), D(2024, 9, 24), Precision.DAY, INF),
    ("from October 8th to 13th", ANCHOR, D(2024, 10, 8), D(2024, 10, 13), Precision.DAY, INF),
    ("October 22 to 24", ANCHOR, D(2024, 10, 22), D(2024, 10, 24), Precision.DAY, INF),
    ("October 22-24, 2023", None, D(2023, 10, 22), D(2023, 10, 24), Precision.DAY, ST),
    ("September 30 to October 2", ANCHOR, D(2024, 9, 30), D(2024, 10, 2), Precision.DAY, INF),
    ("In October", ANCHOR, D(2024, 10, 1), D(2024, 10, 31), Precision.MONTH, INF),
    ("in August", ANCHOR, D(2024, 8, 1), D(2024, 8, 31), Precision.MONTH, INF),
    ("in June", DateWindow.month(2023, 7), D(2023, 6, 1), D(2023, 6, 30), Precision.MONTH, INF),
    ("in June", None, None, None, None, None),
    # a month named without a year lies from 9 months before to 2 months after the anchor
    ("December 28", D(2025, 1, 5), D(2024, 12, 28), D(2024, 12, 28), Precision.DAY, INF),
    ("in March", D(2025, 1, 5), D(2025, 3, 1), D(2025, 3, 31), Precision.MONTH, INF),
    ("in March", ANCHOR, D(2024, 3, 1), D(2024, 3, 31), Precision.MONTH, INF),
    ("November 5", ANCHOR, D(2024, 11, 5), D(2024, 11, 5), Precision.DAY, INF),
    # ... but never ahead of a clause in the past: it looks back
    ("Russia had 7,500 troops there in January", DEC, D(2024, 1, 1), D(2024, 1, 31), Precision.MONTH, INF),
    ("The brigade was formed on January 5", DEC, D(2024, 1, 5), D(2024, 1, 5), Precision.DAY, INF),
    ("Troops were sent there in February", DEC, D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH, INF),
    (
        "The talks ended. The unit had left in late January",
        DEC,
        D(2024, 1, 1),
        D(2024, 1, 31),
        Precision.MONTH,
        INF,
    ),
    ("Troops will arrive in January", DEC, D(2025, 1, 1), D(2025, 1, 31), Precision.MONTH, INF),
    ("The unit was due to arrive in January", DEC, D(2025, 1, 1), D(2025, 1, 31), Precision.MONTH, INF),
    ("October 2024", None, D(2024, 10, 1), D(2024, 10, 31), Precision.MONTH, ST),
    ("since 1953", None, D(1953, 1, 1), D(1953, 12, 31), Precision.YEAR, ST),
    ("today", ANCHOR, D(2024, 10, 21), D(2024, 10, 21), Precision.DAY, INF),
    ("yesterday", ANCHOR, D(2024, 10, 20), D(2024, 10, 20), Precision.DAY, INF),
    ("this week", ANCHOR, D(2024, 10, 21), D(2024, 10, 27), Precision.DAY, INF),
    ("last week", D(2024, 10, 23), D(2024, 10, 14), D(2024, 10, 20), Precision.DAY, INF),
    ("last month", ANCHOR, D(2024, 9, 1), D(2024, 9, 30), Precision.MONTH, INF),
    ("this year", ANCHOR, D(2024, 1, 1), D(2024, 12, 31), Precision.YEAR, INF),
    ("today", DateWindow.month(2024, 10), None, None, None, None),
    ("today", None, None, None, None, None),
    ("Wednesday, October 23, 2024", None, D(2024, 10, 23), D(2024, 10, 23), Precision.DAY, ST),
    ("the 22nd of October 2024", None, D(2024, 10, 22), D(2024, 10, 22), Precision.DAY, ST),
]


@pytest.mark.parametrize(("text", "anchor", "earliest", "latest", "precision", "provenance"), RESOLVED)
def test_resolve_date(
    text: str,
    anchor: D | DateWindow | None,
    earliest: D | None,
    latest: D | None,
    precision: Precision | None,
    provenance: DateProvenance | None,
) -> None:
    w = resolve_date(text, anchor=anchor)
    if earliest is None:
        assert w is None
        return
    assert w is not None
    assert (w.earliest, w.latest, w.precision, w.provenance) == (earliest, latest, precision, provenance)


# ------------------------------------------------------------------ find_dates

NOT_DATES = [
    "the 16th BRICS summit",  # an ordinal before a noun
    "the 11th Corps",
    "they may march on",  # lower-case month words are verbs
    "May I ask",
    "12,000 troops",
    "in 2,000 places",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, anchor=ANCHOR) == ()


def _windows(found: tuple[DateMention, ...]) -> list[str | None]:
    return [None if m.window is None else str(m.window) for m in found]


def test_running_anchor_from_stated_dates() -> None:
    text = (
        "On October 21, 2024, the agency spoke. Xi would attend the summit on the 22nd. "
        "The ministers met on the 20th, and on Monday (21st) the ambassador was summoned. "
        "Ships sailed from October 8th to 13th; the summit runs from October 22 to 24."
    )
    found = find_dates(text)  # no anchor: the first date, stated in full, becomes one
    assert [m.text for m in found] == [
        "October 21, 2024",
        "the 22nd",
        "the 20th",
        "Monday (21st)",
        "October 8th to 13th",
        "October 22 to 24",
    ]
    assert _windows(found) == [
        "2024-10-21",
        "2024-10-22",
        "2024-10-20",
        "2024-10-21",
        "2024-10-08 – 2024-10-13",
        "2024-10-22 – 2024-10-24",
    ]


def test_relative_words_use_the_callers_anchor_not_the_running_one() -> None:
    text = "On March 3, 2020, it began. Today it goes on."
    found = find_dates(text, anchor=ANCHOR)
    assert _windows(found) == ["2020-03-03", "2024-10-21"]


def test_without_any_anchor_partial_dates_stay_unknown() -> None:
    found = find_dates("On the 22nd. In October. October 23. Monday (21st). This week.")
    assert [m.window for m in found] == [None] * 5


def test_impossible_days_are_unresolved_not_errors() -> None:
    found = find_dates("February 30, 2024 and the 31st of September 2023")
    assert [m.window for m in found] == [None, None]


def test_year_zero_is_not_a_date_and_does_not_crash() -> None:
    # Found by fuzzing: "Feb 0000" reached datetime.date(0, ...) and raised ValueError.
    assert find_dates("In Feb 0000 the troops left.") == ()
    assert resolve_date("Feb 0000", anchor=ANCHOR) is None


def test_spans_slice_to_text() -> None:
    text = "in August and on 09 Feb 2025 00:18:40 SGT, then today"
    for m in find_dates(text, anchor=ANCHOR):
        assert text[m.span.start : m.span.end] == m.text


def test_datetime_anchor_counts_as_its_day() -> None:
    w = resolve_date("today", anchor=_dt.datetime(2024, 10, 21, 15, 30))
    assert w is not None
    assert w.earliest == D(2024, 10, 21)


@pytest.mark.parametrize(("text", "anchor"), [("today", "2024-10-21"), (None, None), (b"today", None)])
def test_wrong_types_are_clear_errors(text: object, anchor: object) -> None:
    with pytest.raises(ModelTypeError):
        find_dates(text, anchor=anchor)  # type: ignore[arg-type]


def test_adversarial_inputs_complete() -> None:
    for text in [
        "1," * 50000,
        "1 " * 50000,
        "9" * 100000,
        "more than " * 10000,
        "(" * 50000,
        "the 1st " * 10000,
    ]:
        find_dates(text)


# ------------------------------------------------------------------ numeric dates

# (text, anchor, the windows found): which number is the day, the text and the anchor tell.
NUMERIC = [
    ("The army said on 27/12/2023 that it had deployed.", None, ["2023-12-27"]),  # 27 is no month
    ("Filed 12/27/2023 by the clerk.", None, ["2023-12-27"]),  # month first: 27 is no month
    ("Troops left on 05.11.2024, a week after 29.10.2024.", None, ["2024-11-05", "2024-10-29"]),
    ("From 03-04-2024 the mission grew; by 20-04-2024 it was whole.", None, ["2024-04-03", "2024-04-20"]),
    ("Sent on 4/11/2024, a day after 11 March.", None, ["2024-11-04", "2024-03-11"]),  # "11 March": day first
    (
        "Sent on 4/11/2024, a day after March 11.",
        None,
        ["2024-04-11", "2024-03-11"],
    ),  # "March 11": month first
    ("Sent on 4/4/2024.", None, ["2024-04-04"]),  # both readings are the same day
    # No order in the text: the one reading not after the time of writing, if only one is.
    ("Sent on 10/12/2024.", D(2024, 11, 20), ["2024-10-12"]),
    ("Sent on 10/12/2024.", D(2024, 12, 20), [None]),  # both readings are past: unresolved
    ("Sent on 10/12/2024.", None, [None]),
    ("A form dated 31/02/2024 was void.", None, [None]),  # no such day either way
]


@pytest.mark.parametrize(("text", "anchor", "windows"), NUMERIC)
def test_numeric_dates(text: str, anchor: D | None, windows: list[str | None]) -> None:
    assert _windows(find_dates(text, anchor=anchor)) == windows


@pytest.mark.parametrize(
    "text",
    [
        "a ratio of 3/4 and 1/2",  # no year
        "version 10.12.2024b",  # a word goes on after it
        "23/10-2024",  # two marks
        "ref 1.2.3.2024",  # part of a longer dotted number
        "3/4/20245",  # five digits
        "12/10/1850",  # no year of this reporting
    ],
)
def test_not_numeric_dates(text: str) -> None:
    assert find_dates(text, anchor=ANCHOR) == ()


def test_a_numeric_date_is_no_count() -> None:
    from claimkit.documents import read_document
    from claimkit.extract import extract_claims

    claims = extract_claims(read_document("On 27/12/2023 the ministry said 2,000 troops were deployed."))
    assert [(c.quantity.value, str(c.ref_date)) for c in claims] == [(2000, "2023-12-27")]


# ------------------------------------------------------------ the scan's twin

_TWIN_PIECES = [
    "January", "Oct", "Sept.", "May", "Monday", "Tue", "today", "tomorrow", "yesterday", "this", "last", "next",
    "week", "month", "year", "the", "in", "start", "beginning", "of", "spring", "fall", "22nd", "1st", "21", "3",
    "2024", "1999", "23/10/2024", "10.12.2024", "2024-10-21", "00:18:40", "SGT", "(21st)", "to", "-", "–", ",",
    ".", "mid", "since", "ſ", "K", "é",
]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_TWIN_PIECES), max_size=12),
    gaps=st.lists(st.sampled_from([" ", "  ", "", "-", ", ", "\n", "’"]), min_size=12, max_size=12),
)
@example(words=["the", "22nd", "in", "October", "21", "2024"], gaps=[" "] * 12)
def test_the_date_twin_holds_the_groups_of_the_date_at_its_start(words: list[str], gaps: list[str]) -> None:
    text = "".join(gap + word for gap, word in zip(gaps, words, strict=False))
    for twin, plain in ((dates._DATE_AT, dates._DATE), (dates._DATE_AT_ASCII, dates._DATE_ASCII)):
        assert_twin_holds_the_plain_groups(twin, plain, text)
