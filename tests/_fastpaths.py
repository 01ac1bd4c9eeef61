"""Shared checks that a fast path reads what its plain counterpart reads.

The scans search a *twin* pattern that finds where the plain pattern matches and holds
that match's groups (a lookahead keeps its captures); offsets are mapped through kept
pieces of a text. Tests of several modules build the same inputs and ask the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimkit.model import OffsetMap


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
