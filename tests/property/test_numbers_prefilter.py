"""The number reader's qualifier prefilter never hides a qualifier the pattern would read."""

from __future__ import annotations

from _joined import joined
from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.extract.numbers import _PREFIX, _QUALIFIERS, _may_qualify

WORDS = sorted({w for q in _QUALIFIERS for w in q.split()} | {"troops", "x", "U.S.", "ſome", "aboutſ"})
SEPARATORS = ["", " ", "  ", "   ", "    ", "\u00a0", "\u2009", ".", ",", "-", "\n", "5"]


# Text that may end in a qualifier: its words in any case, joined by spaces, marks or nothing.
befores = joined(WORDS, SEPARATORS, max_size=5, cased=True)


@given(before=befores, floor=st.integers(0, 30))
@example(before="more than ", floor=0)
@example(before="ſome ", floor=0)
@example(before="c. ", floor=0)
def test_prefilter_never_hides_a_match(before: str, floor: int) -> None:
    text = before + "500"
    start = len(before)
    low = max(min(floor, start), start - 40)
    if _PREFIX.search(text, low, start) is not None:
        assert _may_qualify(text, start, low)


def test_prefilter_skips_ordinary_words() -> None:
    assert not _may_qualify("the Ward 500", 9, 0)
    assert not _may_qualify("paid US$2,200", 8, 0)
    assert _may_qualify("well over 500", 10, 0)
