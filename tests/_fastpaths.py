"""Shared checks that a fast path reads what its plain counterpart reads.

The scans search a *twin* pattern that finds where the plain pattern matches and holds
that match's groups (a lookahead keeps its captures); offsets are mapped through kept
pieces of a text. Tests of several modules build the same inputs and ask the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimkit.extract.actors import Gazetteer, _name_words
from claimkit.model import Actor, OffsetMap


def assert_twin_holds_the_plain_groups(twin: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    """Every match of ``twin`` in ``text`` holds, in ``whole`` and its groups, the match of ``plain`` at its start."""
    for at in twin.finditer(text):
        m = plain.match(text, at.start())
        assert m is not None
        assert at.span("whole") == m.span()
        assert {name: at.span(name) for name in plain.groupindex} == {
            name: m.span(name) for name in plain.groupindex
        }


def offsets_of(pieces: Iterable[tuple[int, int]]) -> OffsetMap:
    """The offset map of a text cleaned by keeping pieces, given as (characters skipped, characters kept) pairs."""
    kept, at = [], 0
    for skip, size in pieces:
        kept.append((at + skip, at + skip + size))
        at += skip + size
    return OffsetMap.from_kept(kept)


def names_longest_first(gazetteer: Gazetteer, text: str, *, acronyms: bool = True) -> list[Actor]:
    """What ``gazetteer.mentions(text)`` must find, by trying every run of the text's key words, longest first.

    At each word not inside the last name found, the longest run of words that is a key of the index names
    an actor (skipped, but consumed, when it is a bare acronym and ``acronyms`` is false).
    """
    keys = _name_words(text)
    found: list[Actor] = []
    i = 0
    for j in range(len(keys)):
        if j < i:
            continue
        for size in range(len(keys) - j, 0, -1):
            key = " ".join(keys[j : j + size])
            if key in gazetteer._index:
                if acronyms or key not in gazetteer._acronyms:
                    found.append(gazetteer._index[key])
                i = j + size
                break
    return found
