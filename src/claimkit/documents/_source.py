"""Source inference: what the text itself says about where it came from.

Every field is filled only when a rule finds the text saying so; otherwise it
stays unknown. Rules look at the shape of news and repository pages (a byline,
a dateline, a citation header, a closing author line), never at particular
outlets or texts.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from claimkit.dates import _parse_date_cached, ascii_twin, holds_digit, reads_as_ascii
from claimkit.documents._clean import (
    BARE_URL,
    INVERTED_NAME,
    Cleaned,
    is_address_part,
    is_strong_furniture,
    match_citation,
)
from claimkit.documents._sentences import _split_sentences
from claimkit.model import DateProvenance, DateWindow, Precision, Source, SourceKind

__all__ = ["infer_source", "merge_sources", "text_id"]

# A person's name: two to four capitalised words or initials ("Gordon G. Chang", "Philips O’Brien").
_NAME = r"(?:[A-Z][a-zà-ÿ’'-]{1,30}|[A-Z]\.)(?:\s(?:[A-Z][a-zà-ÿ’'-]{1,30}|[A-Z]\.|de|van|von|bin|al-)){1,3}"

# A byline: "By Drew Thompson", "By Ann Lee and Bo Kim", "Written by ...", and the author of a written
# answer ("Answered by: Luke Amberley MP, Minister of State"), who speaks for the figures the answer gives
# (the one who asked is no author of them).
_BYLINE = re.compile(
    rf"""^
    (?i:an?\s(?P<genre>analysis|commentary|opinion|interview|column|blog\spost)\s)?   # "An analysis by"
    (?P<opener>(?i:by|written\sby|posted\sby|answered\sby:?|authors?:))\s{{1,3}}     # the byline's opener
    (?P<names>{_NAME}(?:(?:,\s|\s(?:and|&)\s|,\sand\s){_NAME}){{0,5}})   # one or more names
    (?:\s(?:MP|MEP|MSP|MS|TD|KC|QC))?               # a member's or counsel's letters after the name
    \s{{0,3}}(?:[|,–—-].{{0,80}})?$                  # maybe a date or a role after a separator
    """,
    re.VERBOSE,
)
_BYLINE_GENRES = {
    "analysis": SourceKind.ANALYSIS,
    "commentary": SourceKind.COMMENTARY,
    "opinion": SourceKind.OPINION,
    "column": SourceKind.OPINION,
    "interview": SourceKind.INTERVIEW,
    "blog post": SourceKind.BLOG,
}

# A dateline with a date and no outlet: "Seoul, November 20, 2024 - ".
_DATED_DATELINE = re.compile(
    r"""^
    [A-Z][A-Za-z.'’ -]{1,40}?,\s         # the place
    (?P<date>[^–—()\n-]{4,40}?)          # the date
    \s[–—-]{1,2}\s                       # a dash before the story
    """,
    re.VERBOSE,
)
_NAME_RE = re.compile(_NAME)

# A header line of fields set apart by bars: "By Ann Lee | The Daily Planet | 12 March 2025",
# "ANALYSIS | The Daily Planet | 2025-04-03": one field a full date, the others a byline, a genre or the outlet.
_FIELD_BAR = re.compile(r"\s{1,3}\|\s{1,3}")
_OUTLET_FIELD = re.compile(r"^(?:The\s)?[A-Z][\w’'&.-]{0,30}(?:\s[A-Z][\w’'&.-]{0,30}){0,4}$")

# An email's sender in its header: "From: Caribbean Security Brief <brief@example.org>" (a newsletter's outlet).
_EMAIL_FROM = re.compile(
    r"""^From:\ {1,3}
    (?P<name>"?[A-Z][^<>\n@]{1,60}?)\ {0,3}  # the sender's name, maybe in quotes
    <[^<>\s@]{1,64}@[^<>\s@]{1,100}>\s*$    # and address""",
    re.VERBOSE,
)

# A closing sign-off: "- Ann Lee, 3 December 2024", "— Ann Lee, 3 December 2024" (a blog's or letter's last line).
_SIGN_OFF = re.compile(
    rf"""^
    [–—-]{{1,2}}\s{{0,3}}                 # the dash that opens a signature
    (?P<name>{_NAME}),\s{{1,3}}           # the author
    (?P<date>.{{6,40}})$                   # the date
    """,
    re.VERBOSE,
)

# A closing author line: "Drew Thompson is a Senior Fellow at ...", "X is the author of ...".
_BIO = re.compile(
    rf"""^
    (?P<name>{_NAME})                      # the author's name
    \s(?:is|was|serves\sas)\s(?:a|an|the)\s # "is a", "is the"
    (?:[\w,-]{{1,25}}\s){{0,6}}?            # adjectives: "Senior", "former", "visiting"
    (?:fellow|professor|author|editor|correspondent|columnist|director|researcher|analyst
      |contributor|writer|journalist|reporter|scholar|lecturer|chair|founder|associate
      |economist|historian|commentator|president|head|member|officer|expert)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A dateline: "Milan (AsiaNews) – ", "SEOUL, Oct 21 (Reuters) - ".
_DATELINE = re.compile(
    r"""^
    (?P<place>[A-Z][^()\n–—]{0,60}?)      # the place (and maybe a date)
    \s?\((?P<outlet>[A-Z][^()\n]{1,40})\)  # the outlet in parentheses
    \s{0,3}[–—-]{1,2}\s                    # a dash before the story
    """,
    re.VERBOSE,
)

# An agency's credit line: "Middle East News Agency (MENA), Cairo, 27 January 2026." (the outlet, its initials,
# the place and the date, the way translated wire copy opens).
_AGENCY_LINE = re.compile(
    r"""^
    (?P<outlet>[A-Z][\w’'&.-]{1,30}(?:\ [A-Z][\w’'&.-]{1,30}){1,5})   # the outlet's name
    \ \([A-Z]{2,8}\),                                             # its initials in brackets
    \ [A-Z][\w’' .-]{1,30},                                         # the place
    \ (?P<date>[^.\n]{4,30}?\d{4})\.?                              # the date
    """,
    re.VERBOSE,
)

# A genre label beside a title: "Title | Opinion", "Opinion: Title", "Title: Analysis on ...".
_GENRES = {
    "opinion": SourceKind.OPINION,
    "op-ed": SourceKind.OPINION,
    "oped": SourceKind.OPINION,
    "editorial": SourceKind.OPINION,
    "commentary": SourceKind.COMMENTARY,
    "commentaries": SourceKind.COMMENTARY,
    "analysis": SourceKind.ANALYSIS,
    "blog": SourceKind.BLOG,
    "interview": SourceKind.INTERVIEW,
    "news": SourceKind.NEWS,
}
_GENRE_WORD_MAX = max(map(len, _GENRES))  # the longest genre word
_TITLE_SUFFIX = re.compile(r"\s[|–—]\s(?P<label>[^|–—]{1,60})$")
# A PDF's running header ends in its page mark: "Monitor | Briefing Paper 7/2025      Page 3 of 12".
_PAGE_MARK = re.compile(r"\s{2,80}(?:Page|p\.)\x20\d{1,4}(?:\x20(?:of|/)\x20\d{1,4})?$")
_SUBTITLE_GENRE = re.compile(r"[:|]\s(?P<word>[A-Za-z-]{4,12})\b")

# A stated publication date: "Published: 21 October 2024", "Posted on Oct. 21, 2024".
_PUBLISHED = re.compile(
    r"""^
    (?:published|posted|first\spublished|date|dated|updated|broadcast|aired)   # the label (a broadcast's too)
    (?:\s(?:on|at))?:?\s{1,3}
    (?P<date>.{6,60})$                                          # the date itself
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A download or retrieval stamp, with the date after it.
_STAMP = re.compile(
    r"""^
    (?:downloaded|retrieved|accessed|archived)   # the verb
    (?:\sfrom\s\S{1,200})?                      # maybe the place it came from
    (?:\s(?:on|at))?:?\s{1,3}
    (?P<date>.{6,80})$                          # the date and time
    """,
    re.VERBOSE | re.IGNORECASE,
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"

# Dates inside running text, located here and read by claimkit.dates.parse_date.
_DATE_IN_TEXT = re.compile(
    rf"""
    (?=[JFMASOND\d])      # a date starts with a month's capital or a digit (a fast pre-check)
    (?:
    (?P<full>
        {_MONTH}\.?\s\d{{1,2}}{_ORD},?\s(?:19|20)\d\d      # October 21, 2024
      | \d{{1,2}}{_ORD}\s(?:of\s)?{_MONTH}\.?,?\s(?:19|20)\d\d   # 21 October 2024
      | (?:19|20)\d\d-\d\d-\d\d                           # 2024-10-21
    )
    | (?P<month_year>{_MONTH}\.?,?\s(?:19|20)\d\d)\b       # October 2024
    | (?P<month_day>{_MONTH}\.?\s\d{{1,2}}{_ORD})\b(?!,?\s\d)   # October 23 (year from context)
    | (?<![\w$.,])(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)     # a year alone: "in 2019"
    )
    """,
    re.VERBOSE,
)

# ``_DATE_IN_TEXT.finditer`` found by a scan in C (as ``claimkit.dates.word_start_twin``, without its word-start
# test: "121 October" holds "21 October"). ``re`` runs a pattern that opens with a lookahead at every
# position, but skips in C to the characters of a leading class. The twin opens with the class of the
# pattern's own lookahead, then a cheap necessary condition (a date's digits start a year, or a day before
# an ordinal, a space, maybe "of " and a month's capital; a month name's three letters), then the pattern
# itself in a lookahead read from that character: it matches exactly where the pattern does (see
# ``claimkit.dates.finditer_twin``). Most digits of a count ("11,500 troops") fail the condition.
_DATE_IN_TEXT_AT = re.compile(
    rf"""[JFMASOND\d]                     # the first character of every match (the pattern's lookahead)
    (?<=(?=19\d\d|20\d\d|\d\d?(?:st|nd|rd|th)?\s(?:of\s)?[JFMASOND]
           |Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)
        (?=(?P<whole>{_DATE_IN_TEXT.pattern})).)      # then the date itself, read from that character
    """,
    re.VERBOSE,
)
# Each choice of the condition opens with a character or a class, which ``re`` tests before entering it. A
# lookaround keeps what it captures: a match of the twin holds the groups of the date at its start, and the
# whole date as ``whole`` (read without matching ``_DATE_IN_TEXT`` a second time).
# Every match of ``_DATE_IN_TEXT`` holds a month's first three letters (as written: the pattern is
# case-sensitive) or a year's "19"/"20", at most ``_DATE_HINT_REACH`` characters after its start (a day before
# its month: "21st of October"; every other form opens with the month or the year). One search for these
# needles spares the scan of most sentences, and starts the scan of the others near their first date: the
# date search tests the condition of ``_DATE_IN_TEXT_AT`` at every digit and capital, the needles' search
# only a character class. No two needles overlap (each opens with a digit or a capital, and no needle's
# tail holds one), so the search finds the first of them after any position.
_DATE_IN_TEXT_NEEDLES = (
    "19",
    "20",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_DATE_HINT = re.compile("|".join(_DATE_IN_TEXT_NEEDLES))
_DATE_HINT_REACH = len("21st of ")

_DATE_IN_TEXT_ASCII = (
    ascii_twin(_DATE_IN_TEXT),
    ascii_twin(_DATE_IN_TEXT_AT),
)  # text that ``reads_as_ascii``

# Phrases that put a sentence's event in the future or the hypothetical (single
# words such as "will" are in _FUTURE_WORDS).
_NOT_PAST = re.compile(
    r"""
    (?=[gaspdbfGASPDBF])             # every alternative starts with one of these (a fast pre-check)
    \b(?:going\sto
      | anticipat\w{0,6}              # anticipates, anticipating
      | schedul\w{0,4}                # scheduled
      | plan(?:s|ned)?\sto
      | set\sto | due\sto
      | by\sthe\send\sof
      | forecast\w{0,3}
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Common irregular past-tense verbs (a regular one ends in "-ed"), and "now"/"today".
_IRREGULAR_PAST = frozenset(
    """
    said told saw met held began begun sent took made came went was were had did gave left won lost
    fought blew led thought found became broke ran wrote spoke struck chose stood brought bought kept
    set put sought shot hit fell rose drew flew knew grew threw now today
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_FUTURE_WORDS = frozenset(
    ["will", "would", "shall", "upcoming", "next", "until", "expect", "expects", "expected"]
)
_WORD_EDGES = "\"'“”‘’()[],.;:!?—–-"


def _is_past(sentence: str) -> bool:
    """Whether a sentence reports its events as past (a past-tense verb, no future or modal)."""
    words = {w.strip(_WORD_EDGES) for w in sentence.lower().split()}
    if words & _FUTURE_WORDS or _NOT_PAST.search(sentence):
        return False
    return bool(words & _IRREGULAR_PAST) or any(len(w) > 3 and w.endswith("ed") for w in words)


_YEAR_CONTEXT = re.compile(r"\b(?:in|since|of|during|by|from|year)\s$", re.IGNORECASE)


def text_id(text: str) -> str:
    """A stable id for text given without a file: ``doc-`` + 12 hex digits of its SHA-256.

    >>> text_id("hello")
    'doc-2cf24dba5fb0'
    """
    return "doc-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@attrs.frozen
class _Lines:
    texts: tuple[str, ...]
    furniture: frozenset[int]

    def body(self) -> list[int]:
        return [i for i in range(len(self.texts)) if i not in self.furniture]


_HEADING_MARK = re.compile(r"^#{1,6}\s+")  # a Markdown heading's hashes
_EMPHASIS = re.compile(
    r"""\*{1,3}(?=\S)         # opening stars before a non-space
    ([^*]{1,400}?)            # the emphasised text
    (?<=\S)\*{1,3}           # closing stars after a non-space""",
    re.X,
)


def _strip_markup(line: str) -> str:
    if "#" in line:
        line = _HEADING_MARK.sub("", line)
    if "*" in line:
        line = _EMPHASIS.sub(r"\1", line)
    return line.strip()


def _is_title_like(line: str) -> bool:
    if len(line) > 250 or len(line.split()) > 35:
        return False
    return len(_split_sentences(line)) == 1


def _title(lines: _Lines) -> tuple[str | None, SourceKind, str | None]:
    """The title (first title-like line), a genre label beside it, and an outlet suffix."""
    for i, raw in enumerate(lines.texts[:6]):
        # Furniture before the title (an address block, a stamp) is skipped; a
        # cover sheet's first line is still the title.
        if i in lines.furniture and (is_strong_furniture(raw) or is_address_part(raw)):
            continue
        line = _strip_markup(raw)
        if not line or not _is_title_like(line) or _BYLINE.match(line) or _DATELINE.match(line):
            return None, SourceKind.UNKNOWN, None
        if match_citation(line) or BARE_URL.match(line) or INVERTED_NAME.match(line):
            return None, SourceKind.UNKNOWN, None
        kind = SourceKind.UNKNOWN
        outlet = None
        page = _PAGE_MARK.search(line) if "  " in line else None
        if page is not None:
            # A running header: the page mark is furniture, the name before its bar the publisher.
            line = line[: page.start()].strip()
            publisher, bar, _series = line.partition(" | ")
            if bar and _is_title_like(publisher):
                return line, kind, publisher.strip()
        m = _TITLE_SUFFIX.search(line)
        if m:
            label = m["label"].strip()
            genre = _GENRES.get(label.lower())
            if genre is not None:
                kind = genre
                line = line[: m.start()].strip()
            elif len(label.split()) <= 5 and label[:1].isupper():
                outlet = label
                line = line[: m.start()].strip()
        if kind is SourceKind.UNKNOWN:
            for sm in _SUBTITLE_GENRE.finditer(line):
                genre = _GENRES.get(sm["word"].lower())
                if genre is not None:
                    kind = genre
                    break
            first = line.split(":", 1)[0].strip().lower()
            if first in _GENRES and ":" in line:
                kind = _GENRES[first]
        return line, kind, outlet
    return None, SourceKind.UNKNOWN, None


def _byline_kind(lines: _Lines) -> SourceKind:
    """A genre the byline names ("An analysis by ..."), or a blog's "Posted by"."""
    for i in lines.body()[:15]:
        m = _BYLINE.match(_strip_markup(lines.texts[i]))
        if m:
            if m["genre"]:
                return _BYLINE_GENRES.get(" ".join(m["genre"].lower().split()), SourceKind.UNKNOWN)
            if m["opener"].lower().startswith("posted"):
                return SourceKind.BLOG
    return SourceKind.UNKNOWN


def _authors(lines: _Lines, citation_surnames: Sequence[str]) -> tuple[str, ...]:
    found: list[str] = []

    def add(name: str) -> None:
        name = " ".join(name.split())
        surname = name.split()[-1].lower()
        for k, other in enumerate(found):
            if other.split()[-1].lower() == surname:
                if len(name) > len(other):
                    found[k] = name
                return
        found.append(name)

    body = lines.body()
    for i in body[:15]:
        m = _BYLINE.match(_strip_markup(lines.texts[i]))
        if m:
            for nm in _NAME_RE.finditer(m["names"]):
                add(nm.group())
    for t in lines.texts[:15]:
        m = INVERTED_NAME.match(t)
        if m and m["surname"].lower() in citation_surnames:
            add(f"{m['given']} {m['surname']}")
    for i in body[-4:]:
        m = _BIO.match(_strip_markup(lines.texts[i]))
        if m:
            add(m["name"])
    return tuple(found)


@attrs.frozen
class _Citation:
    surnames: tuple[str, ...]
    year: int
    series: str
    identifier: str | None


def _citation(lines: _Lines) -> _Citation | None:
    for t in lines.texts[:15]:
        m = match_citation(t)
        if m:
            surnames = tuple(
                s.lower() for s in re.findall(r"([A-Z][\w’'-]{1,30}),\s(?:[A-Z]\.\s?){1,3}", m["names"])
            )
            return _Citation(surnames, int(m["year"]), m["series"].strip(), m["ident"])
    return None


def _url(lines: _Lines) -> str | None:
    for t in lines.texts[:15]:
        m = BARE_URL.match(t)
        if m:
            return m["url"]
    return None


def _dateline_outlet(lines: _Lines) -> tuple[str | None, DateWindow | None, str | None]:
    """The outlet and date of a dateline, and its day without a year ("Feb 11") when it gives no year."""
    for i in lines.body()[:6]:
        dated = _DATED_DATELINE.match(lines.texts[i])
        if dated:
            found = _parse(dated["date"])
            if found is not None:
                return None, found, None
        agency = _AGENCY_LINE.match(lines.texts[i])
        if agency is not None:
            return agency["outlet"], _parse(agency["date"]), None
        m = _DATELINE.match(lines.texts[i])
        if m:
            published = None
            day = None
            dm = _DATE_IN_TEXT.search(m["place"])
            if dm and (dm["full"] or dm["month_year"]):
                published = _parse(dm.group())
            elif dm and dm["month_day"]:
                day = dm["month_day"]
            return m["outlet"].strip(), published, day
    return None, None, None


def _header_fields(lines: _Lines) -> tuple[str | None, SourceKind, DateWindow | None]:
    """Outlet, genre and date of a header line of barred fields with a full date among them.

    >>> outlet, kind, date = _header_fields(_Lines(("Title", "ANALYSIS | The Daily Planet | 2025-04-03"), frozenset()))
    >>> outlet, kind.value, str(date)
    ('The Daily Planet', 'analysis', '2025-04-03')
    """
    for t in lines.texts[:8]:
        if "|" not in t or len(t) > 160:
            continue
        fields = [f.strip() for f in _FIELD_BAR.split(_strip_markup(t))]
        if len(fields) < 2:
            continue
        date = None
        outlet = None
        kind = SourceKind.UNKNOWN
        for field in fields:
            dm = _DATE_IN_TEXT.fullmatch(field)
            if date is None and dm is not None and dm["full"]:
                date = _parse(field)
            elif field.lower() in _GENRES:
                kind = _GENRES[field.lower()]
            elif outlet is None and not _BYLINE.match(field) and _OUTLET_FIELD.match(field):
                outlet = field
        if date is not None:
            return outlet, kind, date
    return None, SourceKind.UNKNOWN, None


def _email_sender(lines: _Lines) -> str | None:
    """The sender an email's header names in its first lines.

    >>> _email_sender(_Lines(("Subject: News", "From: The Brief <a@b.org>"), frozenset()))
    'The Brief'
    """
    for t in lines.texts[:4]:
        if t[:5] == "From:":
            m = _EMAIL_FROM.match(t)
            return m["name"].strip().strip('"') if m is not None else None
        if not t.startswith(("Subject:", "To:", "Date:", "Sent:", "Cc:")):
            return None  # the header block has ended
    return None


def _sign_off(lines: _Lines) -> tuple[str | None, DateWindow | None]:
    """The author and date of a closing sign-off line ("- Ann Lee, 3 December 2024").

    >>> name, date = _sign_off(_Lines(("Text.", "- Ann Lee, 3 December 2024"), frozenset()))
    >>> name, str(date)
    ('Ann Lee', '2024-12-03')
    """
    for t in lines.texts[-3:]:
        m = _SIGN_OFF.match(_strip_markup(t))
        if m is not None:
            found = _parse(m["date"])
            if found is not None and found.precision is Precision.DAY:
                return m["name"], found
    return None, None


def _undated_day(day: str, earliest: _dt.date | None) -> DateWindow | None:
    """A dateline's day without a year ("Feb 11"): its first occurrence on or after the latest past event.

    A story is written after every past event it reports, and wire datelines are current, so the first
    such day not before that event is the likeliest; without a dated event the year stays unknown.

    >>> str(_undated_day("Feb 11", _dt.date(2024, 7, 1)))
    '2025-02-11'
    >>> _undated_day("Feb 11", None) is None
    True
    """
    if earliest is None:
        return None
    for year in (earliest.year, earliest.year + 1):
        found = _parse(f"{day}, {year}", DateProvenance.INFERRED)
        if found is not None and found.earliest is not None and found.earliest >= earliest:
            return found
    return None


def _parse(text: str, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow | None:
    """``parse_date(text, provenance=provenance)``, or ``None`` where it raises a ``ParseError``.

    Read from the memo ``parse_date`` reads, which gives the reason instead of raising: no argument check
    (``text`` is a ``str`` here) and no exception raised and caught for every date-like phrase that is no date.
    """
    found = _parse_date_cached(text, provenance)
    return None if isinstance(found, str) else found


def _stated_date(lines: _Lines) -> DateWindow | None:
    for t in lines.texts[:15]:
        m = _PUBLISHED.match(t)
        if m:
            found = _parse(m["date"])
            if found is not None:
                return found
        if len(t) <= 40 and _DATE_IN_TEXT.fullmatch(t):
            dm = _DATE_IN_TEXT.fullmatch(t)
            if dm is not None and (dm["full"] or dm["month_year"]):
                found = _parse(t)
                if found is not None:
                    return found
    # A masthead's short line near the top ("Issue 212 | Friday, 21 March 2025") dates the issue: only a
    # full day, so a heading naming a month or a year of the events it covers does not.
    for t in lines.texts[:4]:
        if len(t) <= _MASTHEAD_MAX:
            dm = _DATE_IN_TEXT.search(t)
            if dm is not None and dm["full"] and _MASTHEAD_LEAD.search(t, 0, dm.start()):
                found = _parse(dm.group())
                if found is not None and found.precision is Precision.DAY:
                    return found
    return None


_MASTHEAD_MAX = 64  # a masthead or issue line is short; a longer line is a title or a sentence
# What stands before a masthead's date: nothing, a field separator or a weekday ("Issue 212 | Friday, ..."),
# never a verb's preposition ("tabled on 3 February 2025" dates an event, not the issue).
_MASTHEAD_LEAD = re.compile(
    r"""(?:^                  # the date opens the line
      | [|—–,]\s?              # or follows a field separator
      | day,?\s                # or a weekday ("Tuesday 28 January 2025")
    )$""",
    re.VERBOSE,
)


def _stamp_date(lines: _Lines) -> _dt.date | None:
    latest: _dt.date | None = None
    for t in lines.texts:
        m = _STAMP.match(t)
        if m:
            found = _parse(m["date"])
            if found is not None and found.latest is not None and (latest is None or found.latest < latest):
                latest = found.latest
    return latest


def _dates_in(sentence: str, hint: re.Match[str] | None) -> Iterator[re.Match[str]]:
    """The matches of ``_DATE_IN_TEXT``'s twin in a sentence: what ``finditer_twin`` finds, found faster.

    ``hint`` is the sentence's first ``_DATE_HINT`` needle; the caller need not ask for it (nor call this) in a
    sentence without a digit, which holds no date the rules read. Each search starts where the next date can
    start at the earliest: no match starts before the end of the last, nor more than ``_DATE_HINT_REACH``
    before the next needle (the lookbehinds still read the text before that start).
    """
    hint_search = _DATE_HINT.search
    search = (_DATE_IN_TEXT_ASCII[1] if reads_as_ascii(sentence) else _DATE_IN_TEXT_AT).search
    pos = 0
    while hint is not None and (m := search(sentence, max(pos, hint.start() - _DATE_HINT_REACH))) is not None:
        pos = max(m.end("whole"), m.start() + 1)
        hint = hint_search(sentence, pos)
        yield m


def _latest_past_event(
    clean: str, sentences: Sequence[tuple[int, int]], anchor_year: int | None, *, years: bool = True
) -> _dt.date | None:
    """The earliest day the text can have been written: the start of its latest past dated event.

    With ``years=False`` a year alone ("at its height in 2015") is not an event: it names a period of
    history, too coarse to pick the year of a dateline's day.
    """
    latest: _dt.date | None = None
    year = anchor_year
    hint_search = _DATE_HINT.search
    for s, e in sentences:
        sentence = clean[s:e]
        # Every date the rules read has a digit and a needle.
        if not holds_digit(sentence) or (hint := hint_search(sentence)) is None:
            continue
        past: bool | None = None  # read only when a date could move the latest event
        for m in _dates_in(sentence, hint):
            window: DateWindow | None = None
            if m["full"] or m["month_year"]:
                window = _parse(m["whole"], DateProvenance.INFERRED)
                if window is not None and window.earliest is not None:
                    year = window.earliest.year
            elif m["month_day"] and year is not None:
                window = _parse(f"{m['month_day']}, {year}", DateProvenance.INFERRED)
            elif years and m["year"] and _YEAR_CONTEXT.search(sentence[max(0, m.start() - 12) : m.start()]):
                window = _parse(m["year"], DateProvenance.INFERRED)
            if (
                window is None
                or window.earliest is None
                or (latest is not None and window.earliest <= latest)
            ):
                continue
            if past is None:
                past = _is_past(sentence)
            if past:
                latest = window.earliest
    return latest


def _published(
    lines: _Lines,
    clean: str,
    sentences: Sequence[tuple[int, int]],
    stated: DateWindow | None,
    citation_year: int | None,
    day: str | None = None,
) -> DateWindow | None:
    if stated is not None and stated.precision is Precision.DAY:
        return stated
    if stated is None and citation_year is not None:
        stated = DateWindow.year(citation_year)
    anchor = stated.earliest.year if stated is not None and stated.earliest is not None else None
    earliest = _latest_past_event(clean, sentences, anchor)
    if stated is None and day is not None:
        # The dateline's day is in an unknown year unless a dated event picks it: a lower bound from a
        # year alone would anchor the day's reading in that year ("Dec 19" read as 2015-12-19).
        return _undated_day(day, _latest_past_event(clean, sentences, anchor, years=False))
    latest = _stamp_date(lines)
    if stated is not None:
        lo = (
            stated.earliest
            if earliest is None or (stated.earliest and stated.earliest > earliest)
            else earliest
        )
        hi = stated.latest if latest is None or (stated.latest and stated.latest < latest) else latest
        if (lo, hi) == (stated.earliest, stated.latest) or lo is None or hi is None or lo > hi:
            return stated
        return DateWindow.between(lo, hi, provenance=DateProvenance.INFERRED)
    if earliest is None and latest is None:
        return None
    if earliest is not None and latest is not None and earliest > latest:
        return DateWindow.between(None, latest, provenance=DateProvenance.INFERRED)
    return DateWindow.between(earliest, latest, provenance=DateProvenance.INFERRED)


def _section_kind(lines: _Lines) -> SourceKind:
    """A genre named by a one-word section heading ("COMMENTARY")."""
    for i in lines.body()[:20]:
        word = lines.texts[i].strip()
        # Lowering maps each character to one or more, never to none: a line longer than every genre word
        # lowers to no genre word, and is not lowered (a paragraph of running text, where most lines are).
        if len(word) > _GENRE_WORD_MAX:
            continue
        genre = _GENRES.get(word.lower())
        if genre is not None and genre is not SourceKind.NEWS:
            return genre
    return SourceKind.UNKNOWN


def infer_source(
    text: str,
    cleaned: Cleaned,
    sentences: Sequence[tuple[int, int]],
    *,
    source_id: str,
) -> Source:
    """Infer a :class:`Source` from the text (each field only when the text says so)."""
    lines = _Lines(
        tuple(text[ln.start : ln.end] for ln in cleaned.lines),
        cleaned.furniture_lines,
    )
    title, kind, title_outlet = _title(lines)
    citation = _citation(lines)
    authors = _authors(lines, citation.surnames if citation else ())
    dateline_outlet, dateline_date, dateline_day = _dateline_outlet(lines)
    header_outlet, header_kind, header_date = _header_fields(lines)
    signer, signed = _sign_off(lines)
    if signer is not None and not authors:
        authors = (signer,)
    series = citation.series if citation else None
    outlet = dateline_outlet or title_outlet or header_outlet or series or _email_sender(lines)
    if kind is SourceKind.UNKNOWN:
        kind = header_kind
    if kind is SourceKind.UNKNOWN and series:
        for word in re.findall(r"[A-Za-z-]+", series):
            genre = _GENRES.get(word.lower())
            if genre is not None:
                kind = genre
                break
    if kind is SourceKind.UNKNOWN:
        kind = _byline_kind(lines)
    if kind is SourceKind.UNKNOWN:
        kind = _section_kind(lines)
    if kind is SourceKind.UNKNOWN and dateline_outlet:
        told = re.search(rf"\btold\s{re.escape(dateline_outlet)}\b", cleaned.clean)
        kind = SourceKind.INTERVIEW if told else SourceKind.NEWS
    stated = dateline_date or header_date or _stated_date(lines) or signed
    published = _published(
        lines, cleaned.clean, sentences, stated, citation.year if citation else None, dateline_day
    )
    return Source(
        id=source_id,
        title=title,
        outlet=outlet,
        authors=authors,
        kind=kind,
        url=_url(lines),
        series=series,
        identifier=citation.identifier if citation else None,
        published=published,
    )


def merge_sources(supplied: Source, inferred: Source) -> Source:
    """Supplied fields win; fields the supplier left unknown are filled from inference."""
    changes: dict[str, Any] = {}
    for field in ("title", "outlet", "url", "series", "identifier", "published"):
        if getattr(supplied, field) is None and getattr(inferred, field) is not None:
            changes[field] = getattr(inferred, field)
    if not supplied.authors and inferred.authors:
        changes["authors"] = inferred.authors
    if supplied.kind is SourceKind.UNKNOWN and inferred.kind is not SourceKind.UNKNOWN:
        changes["kind"] = inferred.kind
    return attrs.evolve(supplied, **changes) if changes else supplied
