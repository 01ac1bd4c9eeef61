"""Dates: the one module that reads calendar dates from text (with python-dateutil).

``parse_date`` reads one stated date at the precision it was given ("21
October 2024" is a day, "October 2024" a month, "2024" a year) into a
:class:`~claimkit.model.DateWindow`.

>>> str(parse_date("09 Feb 2025 00:18:40 SGT"))
'2025-02-09'
>>> parse_date("October 2024").precision.value
'month'
"""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser as _dateutil_parser

from claimkit.errors import ParseError
from claimkit.model import DateProvenance, DateWindow

__all__ = ["parse_date"]

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR_ONLY = re.compile(r"^\s*(?P<year>1[89]\d\d|2\d\d\d)\s*$")
_MONTH_YEAR = re.compile(
    rf"""^\s*
    (?P<month>{_MONTHS})\.?   # a month name, maybe abbreviated with a dot
    ,?\s+
    (?P<year>\d{{4}})         # a four-digit year
    \s*$""",
    re.I | re.X,
)
_HAS_DAY = re.compile(r"\d")


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

    >>> str(parse_date("On October 21, 2024"))
    '2024-10-21'
    >>> parse_date("the 22nd")
    Traceback (most recent call last):
    ...
    claimkit.errors.ParseError: cannot parse 'the 22nd': no year: a date without a year needs an anchor
    """
    m = _YEAR_ONLY.match(text)
    if m:
        return DateWindow.year(int(m["year"]), provenance=provenance)
    m = _MONTH_YEAR.match(text)
    if m:
        month = _dateutil_parser.parse(f"1 {m['month']} 2000").month
        return DateWindow.month(int(m["year"]), month, provenance=provenance)
    if not re.search(r"\b\d{4}\b", text):
        raise ParseError(text, "no year: a date without a year needs an anchor")
    try:
        parsed = _dateutil_parser.parse(text, fuzzy=True, default=_dt.datetime(1, 1, 1))
    except (ValueError, OverflowError) as err:
        raise ParseError(text, f"not a date ({err})") from err
    if parsed.year == 1:
        raise ParseError(text, "no year found")
    return DateWindow.on(parsed.date(), provenance=provenance)
