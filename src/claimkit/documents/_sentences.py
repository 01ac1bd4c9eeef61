"""Sentence segmentation of one paragraph of the clean view.

The segmenter is a small rule set, not a model: a sentence ends at terminal
punctuation (with any closing quotes or brackets that follow it) when the next
non-space character could start a sentence, unless the word before the full
stop is an abbreviation, an initial or a dotted acronym. Numbers ("2.5",
"1,500") and spaced ellipses ("[. . .]") never end a sentence because no space
and capital letter follow their dots.
"""

from __future__ import annotations

import re

from claimkit._validators import arguments

__all__ = ["split_sentences"]

# Terminal punctuation, then the closing marks that belong to the same sentence.
_END = re.compile(
    r"""
    (?P<marks>
    [.!?…][.!?…]{0,7}      # one to eight terminal marks ("?!", "...", "…"); a class first, not a
                           # repetition, lets ``re`` skip to the next mark in C instead of trying each position
    [\"'”’»)\]]{0,4}       # closing quotes or brackets stay with the sentence
    (?:\[\d{1,3}\]){0,3}    # and its footnote marks: "... for the first time.[12] Fifty-eight"
    )
    \s+                    # a boundary needs whitespace after it; the next sentence starts after it all
    """,
    re.VERBOSE,
)
# ``_END`` for text whose only terminal mark is the full stop (most paragraphs): the same pattern opening with
# the literal ".", which ``re`` finds by a byte search instead of a class test at every character.
_END_DOT = re.compile(_END.pattern.replace("[.!?…][.!?…]{0,7}", r"\.[.!?…]{0,7}"), re.VERBOSE)
_WORD_END = re.compile(r"\S*")  # the rest of a word (``\S`` is what ``str.isspace`` refuses)

# Opening marks a new sentence may begin with, before its first letter.
_OPENERS = frozenset("\"'“‘«([")

# Words written with a full stop that does not end a sentence (case-sensitive).
_ABBREVIATIONS = frozenset(
    """
    Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr Brig Gov Sen Rep Rev
    Hon Pres Amb Supt Insp Fr St Ste Mt Ft Jr Sr No Nos Vol Vols Fig Figs Art Sec Dept Univ
    Corp Inc Ltd Co Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri
    Sat Sun approx vs cf al viz ca pp p para ed eds est Ave Blvd Rd Gov't
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Words that start sentences often enough that a dotted acronym before them
# ("... in the U.S. The next day") is taken to end its sentence.
_STARTERS = frozenset(
    """
    The This That These Those There Then He She It They We I You His Her Its Their Our But And
    However Yet So In On At As A An After Before When While If Meanwhile Moreover Still Now
    """.split()  # noqa: SIM905 - a word list reads better as text
)


# The opening marks a word may start with, before its letters.
_OPENER_MARKS = "\"'“‘«(["


def _is_abbreviation(word: str, next_word: str) -> bool:
    """Whether the full stop after ``word`` belongs to the word, not the sentence."""
    core = word.lstrip(_OPENER_MARKS)
    if not core:
        return False
    if core in _ABBREVIATIONS:
        return True
    if core.isupper() and core.capitalize() in _ABBREVIATIONS and next_word[:2].isupper():
        return True  # a title in capitals before a name in capitals: "MS. WHITFIELD:" in a transcript
    if len(core) == 1 and core.isalpha() and core.isupper():
        return True  # an initial: "John F. Kirby"
    if "." in core and all(part.isalpha() and len(part) <= 3 for part in core.split(".")):
        # A dotted acronym ("U.S", "e.g", "a.m"): it ends a sentence only before a
        # word that usually starts one.
        return next_word.strip("\"'“‘«([,;:") not in _STARTERS
    return False


def _starts_sentence(text: str, at: int, *, digits: bool) -> bool:
    """Whether a sentence may begin at ``text[at]`` (skipping opening marks).

    A digit may start a sentence after a full stop, not after a question mark:
    "2027? 2035?" is one question.
    """
    end = min(len(text), at + 4)
    i = at
    while i < end and text[i] in _OPENERS:
        i += 1
    if i >= len(text):
        return False
    ch = text[i]
    return ch.isupper() or (digits and ch.isdigit())


@arguments(("text", str, "a str"))
def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in one paragraph.

    Spans are trimmed of surrounding whitespace; whitespace-only text gives no
    sentences.

    >>> t = 'U.S. spokesman John F. Kirby said 1,500 left. "It is 2.5 times more." Gen. Kim agreed.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['U.S. spokesman John F. Kirby said 1,500 left.', '"It is 2.5 times more."', 'Gen. Kim agreed.']
    """
    return _split_sentences(text)


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` without its argument check, for callers that hold a ``str``."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    # A match ends after the whitespace that follows the marks (none of it can start another match): the
    # sentence ends where the whitespace begins, and the next one may start right after the match.
    ends = _END if "!" in text or "?" in text or "…" in text else _END_DOT
    for m in ends.finditer(text):
        nxt = m.end()
        if nxt >= n:
            continue
        at = m.start()  # where the marks start (group 1, "marks", opens the match)
        dot = text[at] == "."
        # A capital starts a sentence (no opening mark is one): ``_starts_sentence`` says so, asked or not.
        if not text[nxt].isupper() and not _starts_sentence(text, nxt, digits=dot):
            continue
        # The marks are "." alone or "." before a closing mark: a second "." would be among the marks.
        if dot and text[at + 1] != ".":
            word_start = text.rfind(" ", start, at) + 1
            word = text[max(word_start, start) : at]
            core = word.lstrip(_OPENER_MARKS)
            if core.isupper() or "." in core:
                next_word = _WORD_END.match(text, nxt)
                assert next_word is not None  # ``\S*`` matches everywhere
                if _is_abbreviation(word, next_word.group()):
                    continue
            elif core in _ABBREVIATIONS:
                # A word neither in capitals nor dotted is an abbreviation exactly when it is one of the list
                # (``_is_abbreviation``'s other rules read only such words): the next word is not needed.
                continue
        spans.append((start, m.end(1)))
        start = nxt
    spans.append((start, n))
    # Only the paragraph's own ends can be whitespace: every other sentence ends with its marks and starts
    # after all the whitespace that follows them (``\s`` is what ``str.isspace`` accepts), so none is empty.
    s, e = spans[0]
    while s < e and text[s].isspace():
        s += 1
    spans[0] = (s, e)
    s, e = spans[-1]
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans[-1] = (s, e)
    else:
        spans.pop()  # whitespace alone (or nothing): the only span
    return spans
