"""Properties of number and date reading: round trips, and no crash on any text."""

from __future__ import annotations

import datetime as _dt

from hypothesis import example, given
from hypothesis import strategies as st

from claimkit import strategies as cks
from claimkit.dates import find_dates, parse_date, resolve_date
from claimkit.extract.numbers import MentionKind, find_numbers, parse_quantity
from claimkit.model import DateProvenance, Precision, Qualifier

# Qualifier words that come before the number, and the qualifier they give.
_PREFIXES = [
    ("", Qualifier.EXACT),
    ("some", Qualifier.APPROXIMATE),
    ("about", Qualifier.APPROXIMATE),
    ("around", Qualifier.APPROXIMATE),
    ("roughly", Qualifier.APPROXIMATE),
    ("approximately", Qualifier.APPROXIMATE),
    ("nearly", Qualifier.AT_MOST),  # a little under N
    ("almost", Qualifier.AT_MOST),
    ("an estimated", Qualifier.APPROXIMATE),
    ("close to", Qualifier.APPROXIMATE),
    ("at least", Qualifier.AT_LEAST),
    ("no fewer than", Qualifier.AT_LEAST),
    ("more than", Qualifier.MORE_THAN),
    ("over", Qualifier.MORE_THAN),
    ("in excess of", Qualifier.MORE_THAN),
    ("upwards of", Qualifier.MORE_THAN),
    ("up to", Qualifier.AT_MOST),
    ("as many as", Qualifier.AT_MOST),
    ("at most", Qualifier.AT_MOST),
    ("no more than", Qualifier.AT_MOST),
    ("fewer than", Qualifier.LESS_THAN),
    ("less than", Qualifier.LESS_THAN),
    ("under", Qualifier.LESS_THAN),
]
_SUFFIXES = [("or more", Qualifier.AT_LEAST), ("or so", Qualifier.APPROXIMATE)]
_UNITS = ["troops", "soldiers", "personnel", "brigades", "North Korean troops", ""]


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@st.composite
def _phrases(draw: st.DrawFn) -> tuple[str, int, Qualifier]:
    n = draw(st.integers(0, 10**9))
    # Grouped, so that a bare four-digit number is never read as a year.
    sep = draw(st.sampled_from([",", "\u00a0", "\u2009", "\u202f", " "]))
    numeral = _group(n, sep)
    if draw(st.booleans()):
        word, qualifier = draw(st.sampled_from(_PREFIXES))
        phrase = f"{word} {numeral}".strip()
    else:
        word, qualifier = draw(st.sampled_from(_SUFFIXES))
        phrase = f"{numeral} {word}"
    unit = draw(st.sampled_from(_UNITS))
    return f"{phrase} {unit}".strip(), n, qualifier


@given(_phrases())
@example(("more than 12,000 soldiers", 12000, Qualifier.MORE_THAN))
@example(("0 troops", 0, Qualifier.EXACT))
@example(("some 2 000", 2000, Qualifier.APPROXIMATE))
def test_formatted_phrase_parses_back(case: tuple[str, int, Qualifier]) -> None:
    phrase, n, qualifier = case
    q = parse_quantity(phrase)
    assert q.value == n
    assert q.qualifier is qualifier
    mention = find_numbers(f"They said {phrase} were there.")
    assert len(mention) == 1
    assert mention[0].quantity is not None
    assert mention[0].quantity.value == n


@given(st.integers(0, 10**6), st.sampled_from(_PREFIXES))
def test_numbers_in_words_context(n: int, prefix: tuple[str, Qualifier]) -> None:
    word, qualifier = prefix
    text = f"Officials said {word} {n:,} troops had arrived by then."
    counts = [m for m in find_numbers(text) if m.kind is MentionKind.COUNT]
    assert len(counts) == 1
    assert counts[0].quantity is not None
    assert (counts[0].quantity.value, counts[0].quantity.qualifier) == (n, qualifier)


@given(st.integers(0, 10**8), st.integers(0, 10**8))
def test_ranges_round_trip(a: int, b: int) -> None:
    low, high = sorted((a, b))
    q = parse_quantity(f"between {low:,} and {high:,} troops")
    assert (q.qualifier, q.low, q.high) == (Qualifier.RANGE, low, high)


_NEWSY = st.lists(
    st.sampled_from(list("0123456789,. -–/:$€%()+½abcdefstnrohiuXIVLCMAB\n\u00a0\u2009'’\\"))
    | st.sampled_from(
        [
            "more than ",
            "some ",
            "between ",
            " and ",
            " to ",
            "thousand",
            "million",
            "October ",
            "the ",
            "th",
            "st ",
            "US$",
            "percent",
            "Corps",
            " troops",
            "twenty-",
            "one ",
            "half ",
            "per day",
            "Monday (",
            "Singapore ",
            "MA ",
            " St.",
        ]
    ),
    max_size=60,
).map("".join)


@given(st.one_of(st.text(max_size=200), _NEWSY))
@example("1,2,3,4")
@example("10,000-12,000-14,000")
@example("1.234,5")
@example("between 5 and")
@example("0-0")
@example("$1 to $")
@example("the 31st of February")
@example("February 30, 2024")
def test_find_numbers_never_raises_and_spans_hold(text: str) -> None:
    mentions = find_numbers(text)
    previous_end = 0
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= previous_end  # in order, never overlapping
        assert m.span.contains(m.number_span)
        previous_end = m.span.end
        if m.quantity is not None:
            assert m.quantity.value >= 0
        else:
            assert m.reason


@given(st.one_of(st.text(max_size=200), _NEWSY), st.none() | cks.dates())
def test_find_dates_never_raises_and_spans_hold(text: str, anchor: _dt.date | None) -> None:
    previous_end = 0
    for m in find_dates(text, anchor=anchor):
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= previous_end
        previous_end = m.span.end


_FORMATS = ["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%b %d, %Y", "%A, %B %d, %Y", "%d %b %Y"]


@given(cks.dates(_dt.date(1900, 1, 1), _dt.date(2099, 12, 31)), st.sampled_from(_FORMATS))
def test_formatted_dates_round_trip(day: _dt.date, fmt: str) -> None:
    text = day.strftime(fmt)
    found = find_dates(f"It happened on {text}.")
    assert len(found) == 1
    window = found[0].window
    assert window is not None
    assert (window.earliest, window.latest, window.precision) == (day, day, Precision.DAY)
    assert window.provenance is DateProvenance.STATED
    assert parse_date(text).earliest == day


@given(cks.dates(_dt.date(1900, 1, 1), _dt.date(2099, 12, 31)))
def test_day_of_anchor_month_resolves(day: _dt.date) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    window = resolve_date(f"on the {day.day}{suffix}.", anchor=day.replace(day=1))
    assert window is not None
    assert window.earliest == day
    assert window.provenance is DateProvenance.INFERRED
    assert resolve_date(f"on the {day.day}{suffix}.", anchor=None) is None


@given(cks.dates(_dt.date(1900, 1, 1), _dt.date(2099, 12, 31)))
def test_running_anchor_follows_stated_dates(day: _dt.date) -> None:
    later = day + _dt.timedelta(days=1)
    if later.month != day.month:
        return
    text = f"On {day.strftime('%B %d, %Y')}, it began; on the {later.day}th it spread."
    windows = [m.window for m in find_dates(text, anchor=_dt.date(1950, 6, 1))]
    assert windows[-1] is not None
    assert windows[-1].earliest == later
