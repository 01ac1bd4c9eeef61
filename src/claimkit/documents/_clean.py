"""Cleaning: split a text into lines, set page furniture aside, strip markup residue.

Cleaning only ever removes characters, so the clean view is described by the
original ranges it keeps (an :class:`~claimkit.model.OffsetMap`). A paragraph
is one non-blank line: reflowed text would need a model of the page, and a
line break in running text is rarer than a paragraph that must not merge.

Furniture is found by the shape of a line, never by its exact wording:

* anywhere: a language selector's leftover ("en_USEnglish"), an image or photo
  credit, a download or retrieval stamp, a disclaimer or reproduction notice;
* at the head or tail of the text only: postal-address blocks (an address
  label, street lines, "City, ST 12345", an institution line directly above an
  address), and a repository's cover sheet (a citation, a bare URL, an
  inverted author name, a lone year) ending in a download stamp or notice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimkit.model import OffsetMap

__all__ = ["Cleaned", "Line", "clean_text", "markup_removals", "split_lines"]

# ------------------------------------------------------------------ lines

# A line ends at any of the line terminators text files use.
# It opens with a character class (not a choice of "\r\n" and a class), so ``re`` skips in C to the next
# terminator instead of trying the pattern at every character; "\r\n" is still one terminator.
_NEWLINE = re.compile(r"[\n\r\u2028\u2029\x85\x0b\x0c](?:(?<=\r)\n)?")
# The terminators other than "\n" (a text without them splits at each "\n").
_OTHER_TERMINATORS = "\r\u2028\u2029\x85\x0b\x0c"


@attrs.frozen
class Line:
    """A non-blank line: its stripped original span and its number of blank lines before it."""

    start: int
    end: int
    block: int  # lines of one block are separated by no blank line


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, stripped of surrounding whitespace (and a BOM)."""
    lines: list[Line] = []
    pos = 0
    block = 0
    blank_before = False
    n = len(text)
    # Text whose only terminator is "\n" (most text) has its lines found by substring searches in C, where the
    # pattern's class is tested at every character; each test below is one such search.
    lf_only = True
    for terminator in _OTHER_TERMINATORS:  # a plain loop: a generator costs more than the tests it runs
        if terminator in text:
            lf_only = False
            break
    while True:
        if lf_only:
            end = text.find("\n", pos)
            end, nxt = (n, n + 1) if end < 0 else (end, end + 1)
        else:
            m = _NEWLINE.search(text, pos)
            end, nxt = m.span() if m else (n, n + 1)
        s, e = pos, end
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\ufeff"):
            e -= 1
        if e > s:
            if blank_before and lines:
                block += 1
            lines.append(Line(s, e, block))
            blank_before = False
        else:
            blank_before = True
        if nxt > n:  # the last line
            break
        pos = nxt
    return lines


# -------------------------------------------------------------- furniture

# A language selector's leftover: a locale code run into the language's name.
_LANGUAGE_LEFTOVER = re.compile(
    r"""^
    [a-z]{2,3}[_-][A-Z]{2}     # a locale code: en_US, pt-BR
    \s{0,3}
    [A-Z][a-z]{2,20}           # the language's name: English
    (?:\s{0,3}[a-z]{2,3}[_-][A-Z]{2}\s{0,3}[A-Z][a-z]{2,20}){0,20}   # more of the same menu
    $""",
    re.VERBOSE,
)

# An image or photo credit line.
_IMAGE_CREDIT = re.compile(
    r"""^
    (?:\(?\s{0,2})
    (?:featured\s|header\s|cover\s|top\s|lead\s)?   # "Featured image: ..."
    (?:image|photo|picture|photograph|illustration|graphic)s?
    (?:\s(?:source|credit|courtesy|by))?s?          # "Image source", "Photo credit"
    \s{0,2}[:\-–—]                                  # then a colon or dash
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A repository or archive stamp saying when the file was fetched.
_DOWNLOAD_STAMP = re.compile(
    r"""^
    (?:downloaded|retrieved|accessed|archived|printed|generated)   # the verb
    (?:\s(?:on|at|from)\b)?                                        # "on", "from <site> on"
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Wording of a publisher's disclaimer or reproduction notice.
_DISCLAIMER_WORDS = r"""
    views\s(?:expressed\s)?(?:in\s\w{1,12}\s\w{1,12}\s)?(?:are|is)\s(?:the\s)?(?:\w{1,12}[’']?s?\s)?own
        # "The views expressed in this article are the writer's own"
    | views\s(?:are|is)\s(?:their|his|her|the\s\w{1,12}['’]s?)\sown
    | do(?:es)?\snot\s(?:necessarily\s)?(?:represent|reflect)\s(?:the\s)?(?:official\s)?(?:position|views?|policy)
    | may\sbe\sreproduced
    | (?:reproduc\w{1,6}|reprinted|republished)\s(?:\w{1,12}\s){0,3}(?:without|with\sprior|by\spermission)
    | all\srights\sreserved
"""
_NOTICE_START = r"(?:©|\(c\)|copyright\b)"  # a copyright notice opening the line
_DISCLAIMER = re.compile(
    rf"""
    (?=[vdmra©(c])   # every alternative starts with one of these letters (a fast pre-check)
    (?:
    {_DISCLAIMER_WORDS}
    | ^{_NOTICE_START}
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Case-sensitive twins for lowered ASCII lines: a pattern that opens with a choice of literal
# words lets ``re`` skip ahead to their first letters, where the case-insensitive one tries every position.
_DISCLAIMER_LOWER = re.compile(_DISCLAIMER_WORDS, re.VERBOSE)
_NOTICE_START_LOWER = re.compile(_NOTICE_START)


# A word that every match of ``_DISCLAIMER_WORDS`` holds, lower-cased: the views' "views", the denial's verb, the
# reproduction's verbs, the reservation's "rights" (a substring test in C spares the scan on most lines).
_DISCLAIMER_NEEDLES = ("views", "represent", "reflect", "reproduc", "reprinted", "republished", "rights")
# Typographic marks without case (as in claim extraction): a line of ASCII and these marks lowers exactly as the
# case-insensitive pattern folds it.
_CASELESS = "“”‘’–—…\xa0"
# The notice's opening (``_NOTICE_START``) is read within this many characters of the line's start: "copyright"
# and the one character its ``\b`` looks at.
_NOTICE_REACH = len("copyright") + 1


def _has_disclaimer(line: str) -> bool:
    """Whether ``line`` holds a disclaimer's or reproduction notice's wording.

    >>> _has_disclaimer("The views expressed are the author’s own."), _has_disclaimer("Views differ.")
    (True, False)
    >>> _has_disclaimer("(C) 2024 Reuters"), _has_disclaimer("Text (c) 2024")
    (True, False)
    """
    # Lowering is exact case folding for ASCII letters, and the caseless marks stay as they are: such a line
    # is searched lowered with the case-sensitive twins; any other keeps the case-insensitive pattern.
    bare = line
    if not line.isascii():
        # Without the marks, is the rest ASCII? Each mark's removal is a substring search in C (a no-op when the
        # mark is absent), far cheaper than a class test at every character; so is lowering ASCII text.
        for mark in _CASELESS:
            bare = bare.replace(mark, "")
        if not bare.isascii():
            return _DISCLAIMER.search(line) is not None
    # Every character here lowers to one (ASCII letters fold, the marks have no case), so the lowered line's
    # head is the lowered head.
    if _NOTICE_START_LOWER.match(line[:_NOTICE_REACH].lower()) is not None:
        return True
    # A needle is a run of ASCII letters, which removing the marks leaves whole: a needle of the lowered line
    # is one of the lowered bare line (which may hold more, across a removed mark: the pattern then decides).
    low = bare.lower()
    for needle in _DISCLAIMER_NEEDLES:  # a plain loop: a generator costs more than the tests it runs
        if needle in low:
            return _DISCLAIMER_LOWER.search(low if bare is line else line.lower()) is not None
    return False


# A wire story's credit line: "(Reporting by A; Editing by B)".
_CREDIT_LINE = re.compile(
    r"""^
    \(?                                           # often in parentheses
    (?i:(?:additional\s)?(?:reporting|writing|editing|compiled|produced|translated)\sby)\s
    [A-Z][^()\n]{0,200}                           # the names, capitalised
    (?<![.!?])\)?$                                # no sentence ends here: it is a credit
    """,
    re.VERBOSE,
)

# An address label standing on its own line.
_ADDRESS_LABEL = re.compile(
    r"""^
    (?:(?:physical|postal|mailing|street|office|registered|postal\sand\sphysical)\s)?
    (?:address(?:es)?|contact(?:\sus)?|headquarters|head\soffice|find\sus|visit\sus)
    :?$""",
    re.VERBOSE | re.IGNORECASE,
)

# A street line: "304 North Cardinal St.", "Block S4, Level B3, 50 Nanyang Avenue, Singapore 639798".
_STREET = re.compile(
    r"""
    (?:^\d{1,5}[A-Za-z]?\s(?:[\w.'’-]{1,30}\s){0,5}      # a house number and the street's name
       (?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|drive|dr|way|place|pl|court|ct
          |square|sq|terrace|highway|hwy|parkway|pkwy|crescent|close)\b\.?)
    | \b(?:p\.?\s?o\.?\sbox|block\s\w{1,6},\slevel|suite\s\w{1,6}|floor\s\w{1,4},)   # box, block, suite
    | \b\d{1,5}\s(?:[\w'’-]{1,30}\s){0,4}(?:avenue|street|road|boulevard|drive|lane)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A town line ending in a postal code: "Dorchester Center, MA 02124", "Singapore 639798".
_POSTCODE_LINE = re.compile(
    r"""
    (?:,\s?[A-Z]{2}\s{1,2}\d{5}(?:-\d{4})?$)     # a US state and ZIP code
    | (?:\b[A-Z][a-z]{2,20}\s\d{4,6}$)         # a city and a numeric postcode
    | (?:\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$)   # a UK postcode
    """,
    re.VERBOSE,
)

# A reference-list citation: "Thompson, D. (2024). Title. *Series*, 175-24."
CITATION = re.compile(
    r"""^
    (?P<names>[A-Z][^()\n]{1,200}?)              # the authors, surname first
    \s\((?P<year>\d{4})[a-z]?\)\.\s              # the year in parentheses
    (?P<title>[^\n]{3,400}?)\.\s                 # the title
    \*{0,2}(?P<series>[^*,\n]{2,120}?)\*{0,2}    # the series or journal, maybe emphasised
    (?:,\s(?P<ident>[\w./:-]{1,40}?))?            # its number
    \.?$""",
    re.VERBOSE,
)

# A bare URL on its own line, maybe in angle brackets.
BARE_URL = re.compile(r"^<?(?P<url>https?://[^\s<>]{1,500})>?$")

# An inverted name on its own line: "Thompson, Drew".
INVERTED_NAME = re.compile(
    r"""^
    (?P<surname>[A-Z][\w’'-]{1,30})                 # the surname
    ,\s
    (?P<given>[A-Z][\w’'-]{0,30}\.?(?:\s[A-Z][\w’'-]{0,30}\.?){0,2})   # given names or initials
    $""",
    re.VERBOSE,
)

# A year standing alone on its line.
_LONE_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def is_strong_furniture(line: str) -> bool:
    """Furniture recognisable wherever it stands."""
    if _LANGUAGE_LEFTOVER.match(line) or _IMAGE_CREDIT.match(line) or _CREDIT_LINE.match(line):
        return True
    if _DOWNLOAD_STAMP.match(line) and len(line) <= 200 and any(c.isdigit() for c in line):
        return True
    return len(line) <= 1500 and _has_disclaimer(line)


def _is_address(line: str) -> bool:
    if len(line) > 160:
        return False
    return _STREET.search(line) is not None or _POSTCODE_LINE.search(line) is not None


def is_address_part(line: str) -> bool:
    """An address line or an address label."""
    return _is_address(line) or _ADDRESS_LABEL.match(line) is not None


def _is_short_label(line: str) -> bool:
    """A short line with no terminal punctuation (a name or an institution)."""
    return len(line) <= 100 and line[-1] not in '.!?:;”"' and not line[0].islower()


def match_citation(line: str) -> re.Match[str] | None:
    """``CITATION.match(line)``, skipped on lines without the "(" every citation's year stands in.

    The pattern's lazy author part tries the year at each of up to 200 characters: on running text, where it
    is asked most, a substring test answers first.

    >>> match_citation("Thompson, D. (2024). Title. *Series*, 175-24.")["year"], match_citation("Thompson, D.")
    ('2024', None)
    """
    return CITATION.match(line) if "(" in line else None


def _is_cover_metadata(line: str) -> bool:
    return bool(
        match_citation(line) or BARE_URL.match(line) or INVERTED_NAME.match(line) or _LONE_YEAR.match(line)
    )


def _is_cover_trigger(line: str) -> bool:
    """A line that only a cover sheet has: a citation, a download stamp, a notice."""
    if match_citation(line):
        return True
    if _DOWNLOAD_STAMP.match(line) and len(line) <= 200 and any(c.isdigit() for c in line):
        return True
    return len(line) <= 1500 and _has_disclaimer(line)


def find_furniture(text: str, lines: Sequence[Line]) -> set[int]:
    """Indices of the lines that are page furniture."""
    texts = [text[ln.start : ln.end] for ln in lines]
    furniture = {i for i, t in enumerate(texts) if is_strong_furniture(t)}

    # A repository cover sheet at the head: titles, names, a citation, a URL, a
    # download stamp, a notice, up to the last stamp, citation or notice, as long
    # as no line of running prose comes before it.
    last_cover = -1
    for i in range(min(len(texts), 14)):
        t = texts[i]
        if _is_cover_trigger(t):
            last_cover = i
        elif not (i in furniture or _is_cover_metadata(t) or _is_short_label(t)):
            break
    if last_cover >= 0:
        furniture.update(range(last_cover + 1))

    def edge(order: Sequence[int]) -> None:
        for i in order:
            t = texts[i]
            if i in furniture or _is_address(t) or _ADDRESS_LABEL.match(t):
                furniture.add(i)
                continue
            # An institution or label line in the same block as an address line next to it.
            neighbours = [
                j for j in (i - 1, i + 1) if 0 <= j < len(texts) and lines[j].block == lines[i].block
            ]
            if _is_short_label(t) and any(_is_address(texts[j]) for j in neighbours):
                furniture.add(i)
                continue
            break

    edge(range(len(texts)))
    edge(range(len(texts) - 1, -1, -1))
    return furniture


# ----------------------------------------------------------------- markup

# A Markdown link or image: the text stays, the brackets and the target go.
_LINK = re.compile(
    r"""
    (?P<open>!?\[)                 # "[" (or "![" of an image)
    [^\[\]\n]{0,300}               # the link text, kept
    (?P<close>\]\([^()\s]{0,500}\))  # "](target)"
    """,
    re.VERBOSE,
)

# An autolink: <https://...>; the angle brackets go.
_AUTOLINK = re.compile(
    r"""
    (?P<open><)                  # opening bracket
    https?://[^\s<>]{1,500}      # the URL, kept
    (?P<close>>)                 # closing bracket
    """,
    re.VERBOSE,
)

# Backslash escapes ("\$", "\*", and a doubly escaped "\\$"): the backslashes go.
_ESCAPE = re.compile(
    r"""
    \\{1,4}               # one to four backslashes
    (?=[!-/:-@\[-`{-~])    # before an ASCII punctuation mark
    """,
    re.VERBOSE,
)

# Emphasis: *text*, **text**, ***text*** within a line.
_EMPHASIS = re.compile(
    r"""
    (?<![\\*\w])(?P<mark>\*{1,3})     # an opening run of asterisks, not escaped or mid-word
    (?=[^\s*])                        # hugging the emphasised text
    [^*\n]{1,500}?                    # the text itself
    (?<=[^\s*])(?P=mark)              # the same run closes it
    (?![*\w])
    """,
    re.VERBOSE,
)

# Block markers at the start of a line: "## ", "> ", "* " bullets.
_LINE_MARKER = re.compile(r"^(?:\#{1,6}[ \t]+|>[ \t]?|[*+][ \t]+)")


def markup_removals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sorted, merged original ranges of markup residue inside ``text[start:end]``."""
    line = text[start:end]
    cuts: list[tuple[int, int]] = []
    m = _LINE_MARKER.match(line)
    if m:
        cuts.append((0, m.end()))
    if "[" in line:
        for m in _LINK.finditer(line):
            cuts.append(m.span("open"))
            cuts.append(m.span("close"))
    if "<" in line:
        for m in _AUTOLINK.finditer(line):
            cuts.append(m.span("open"))
            cuts.append(m.span("close"))
    if "\\" in line:
        cuts.extend(m.span() for m in _ESCAPE.finditer(line))
    if "*" in line:
        for m in _EMPHASIS.finditer(line):
            mark = len(m.group("mark"))
            cuts.append((m.start(), m.start() + mark))
            cuts.append((m.end() - mark, m.end()))
    if not cuts:
        return []
    cuts.sort()
    merged: list[tuple[int, int]] = []
    for s, e in cuts:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return [(start + s, start + e) for s, e in merged]


# ------------------------------------------------------------------ clean


@attrs.frozen
class Cleaned:
    """The result of cleaning: the clean view and where its paragraphs lie."""

    clean: str
    offsets: OffsetMap
    paragraphs: tuple[tuple[int, int], ...]  # original (start, end) of each kept paragraph
    clean_paragraphs: tuple[tuple[int, int], ...]  # clean (start, end) of each kept paragraph
    furniture: tuple[tuple[int, int], ...]  # original spans of the furniture lines
    lines: tuple[Line, ...]
    furniture_lines: frozenset[int]


def _newlines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line-terminator characters of a whitespace gap, as ranges to keep."""
    kept: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if (
            ch == "\n"
            or ch in "\u2028\u2029\x85"
            or (ch == "\r" and (i + 1 >= len(text) or text[i + 1] != "\n"))
        ):
            kept.append((i, i + 1))
        i += 1
    return kept


def clean_text(text: str) -> Cleaned:
    """Clean ``text``: set furniture aside and strip markup, keeping an offset map."""
    lines = split_lines(text)
    furniture_idx = find_furniture(text, lines)
    kept: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    clean_paragraphs: list[tuple[int, int]] = []
    clean_len = 0
    pending_gap: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        if i in furniture_idx:
            continue
        cuts = markup_removals(text, ln.start, ln.end)
        pieces: list[tuple[int, int]] = []
        pos = ln.start
        for s, e in cuts:
            if s > pos:
                pieces.append((pos, s))
            pos = max(pos, e)
        if pos < ln.end:
            pieces.append((pos, ln.end))
        # A line of nothing but markup (or whitespace left by it) is no paragraph.
        if not any(not text[s:e].isspace() for s, e in pieces):
            continue
        # Trim whitespace the markup removal exposed at the ends.
        while pieces and text[pieces[0][0]].isspace():
            s, e = pieces[0]
            pieces[0] = (s + 1, e)
            if pieces[0][0] >= e:
                pieces.pop(0)
        while pieces and text[pieces[-1][1] - 1].isspace():
            s, e = pieces[-1]
            pieces[-1] = (s, e - 1)
            if pieces[-1][1] <= s:
                pieces.pop()
        if paragraphs:
            for s, e in pending_gap:
                kept.append((s, e))
                clean_len += e - s
        c_start = clean_len
        for s, e in pieces:
            kept.append((s, e))
            clean_len += e - s
        paragraphs.append((ln.start, ln.end))
        clean_paragraphs.append((c_start, clean_len))
        nxt = lines[i + 1].start if i + 1 < len(lines) else len(text)
        pending_gap = _newlines(text, ln.end, nxt) or [(ln.end, min(ln.end + 1, nxt))]
    offsets = OffsetMap.from_kept(kept)
    clean = "".join(text[s:e] for s, e in kept)
    furniture = tuple((lines[i].start, lines[i].end) for i in sorted(furniture_idx))
    return Cleaned(
        clean=clean,
        offsets=offsets,
        paragraphs=tuple(paragraphs),
        clean_paragraphs=tuple(clean_paragraphs),
        furniture=furniture,
        lines=tuple(lines),
        furniture_lines=frozenset(furniture_idx),
    )
