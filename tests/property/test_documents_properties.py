"""Properties of reading: any text reads, or fails with a documented error."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.documents import read_document
from claimkit.documents._clean import _DISCLAIMER, _NEWLINE, _has_disclaimer, split_lines
from claimkit.errors import DocumentError
from claimkit.model import Document

# Fragments of news pages, furniture and markup, glued in any order: random text
# alone rarely builds a link, a dateline or an address block.
_FRAGMENTS = st.sampled_from(
    [
        "Gen. Kim said 1,500 troops left. ",
        "U.S. spokesman John F. Kirby said so. ",
        "“Russia is testing NATO.” ",
        "[. . .] ",
        "[munitions](#) ",
        "US\\$2,000 ",
        "**bold** ",
        "*",
        "[",
        "](",
        "\\",
        "Milan (AsiaNews) – ",
        "By Ann Lee\n",
        "Physical Address\n",
        "304 North Cardinal St.\n",
        "Dorchester Center, MA 02124\n",
        "en_USEnglish\n",
        "Image source: Wikimedia Commons\n",
        "Downloaded on 09 Feb 2025 00:18:40 SGT\n",
        "Thompson, Drew\n",
        "Thompson, D. (2024). A title. *Series*, 1-24.\n",
        "<https://hdl.handle.net/1/2>\n",
        "On October 21, 2024, officials said so. ",
        "2.5 ",
        "?",
        "… ",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "\ufeff",
        "\t",
        "SYNOPSIS\n",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_FRAGMENTS | st.text(max_size=8), max_size=30).map("".join),
)


def _check(doc: Document) -> None:
    text = doc.text
    for sentence in doc.sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text
        assert doc.clean[sentence.clean_span.start : sentence.clean_span.end] == sentence.clean
        assert sentence.clean.strip() == sentence.clean
        assert sentence.clean
    for i, ch in enumerate(doc.clean):
        assert text[doc.offsets.to_original(i)] == ch
    for para in doc.paragraphs:
        assert para.end <= len(text)


@given(_TEXTS)
@example("\ufeff")
@example("a.txt")
@example("x\x00y")
@example("[](#)")
@example("**\n\nText.")
@example("\r\r\n\x85\u2028A.")
def test_reading_any_text_never_raises_an_undocumented_error(text: str) -> None:
    try:
        doc = read_document(text)
    except DocumentError:
        return  # documented: empty input, or a str that names a missing .txt file
    assert doc.text == text
    _check(doc)


@given(st.binary(max_size=300))
@example(b"\xef\xbb\xbfA sentence.")
@example(b"\x81\x8d")
def test_reading_any_bytes_never_raises_an_undocumented_error(data: bytes) -> None:
    try:
        doc = read_document(data)
    except DocumentError:
        return  # documented: binary data, undecodable bytes, empty input
    _check(doc)


def _split_lines_by_pattern(text: str) -> list[tuple[int, int, int]]:
    """The lines as first written: every terminator found by ``_NEWLINE``, each line stripped char by char."""
    out: list[tuple[int, int, int]] = []
    pos, block, blank_before = 0, 0, False
    while pos <= len(text):
        m = _NEWLINE.search(text, pos)
        s, e = pos, m.start() if m else len(text)
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\ufeff"):
            e -= 1
        if e > s:
            block += blank_before and bool(out)
            out.append((s, e, block))
            blank_before = False
        else:
            blank_before = True
        if m is None:
            break
        pos = m.end()
    return out


@given(text=st.text(alphabet="ab \t\ufeff\n\r\u2028\u2029\x85\x0b\x0c\x1c", max_size=40))
@example(text="a\n")
@example(text="\na\n\n b\r\nc")
def test_lines_split_at_line_feeds_alone_are_the_pattern_lines(text: str) -> None:
    assert [(ln.start, ln.end, ln.block) for ln in split_lines(text)] == _split_lines_by_pattern(text)


@given(
    text=st.lists(
        st.sampled_from(
            ["(c)", "copyright", "Copyright’s", "©", "views", "are", "own", "rights", "reserved", "x"]
        ),
        max_size=6,
    ).map(" ".join),
    lead=st.sampled_from(["", "’", "“", "\u00a0", "…", "é", "K", " "]),
    mark=st.sampled_from(["", "’", "—", "\u00a0", "ſ"]),
)
@example(text="(c) 2024", lead="’", mark="")
@example(text="copyright", lead="", mark="’")
def test_disclaimer_test_of_text_with_marks_is_the_pattern(text: str, lead: str, mark: str) -> None:
    line = lead + text.replace("o", "o" + mark, 1)
    assert _has_disclaimer(line) == (_DISCLAIMER.search(line) is not None)
