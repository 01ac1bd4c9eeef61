"""Text made of chosen pieces joined by chosen separators, for tests of patterns and their fast paths.

Random text rarely holds what a pattern looks for; text built from the pattern's own words, with the
separators that decide its edge cases, matches often and near its boundaries.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined(
    pieces: Sequence[str],
    separators: Sequence[str],
    *,
    min_size: int = 1,
    max_size: int = 10,
    cased: bool = False,
) -> st.SearchStrategy[str]:
    """Pieces in any order, each after a separator, and a last separator.

    With ``cased``, each piece is drawn as written, lower-cased, upper-cased or title-cased.
    """

    @st.composite
    def build(draw: st.DrawFn) -> str:
        out = ""
        for piece in draw(st.lists(st.sampled_from(pieces), min_size=min_size, max_size=max_size)):
            if cased:
                piece = draw(st.sampled_from([piece, piece.lower(), piece.upper(), piece.title()]))
            out += draw(st.sampled_from(separators)) + piece
        return out + draw(st.sampled_from(separators))

    return build()
