"""Fuzzing the reader and the extractor with hostile text.

Invariants, for any input:

* reading returns a Document or raises a documented
  :class:`~claimkit.errors.DocumentError` — nothing else;
* extraction never raises on a Document;
* every span lies inside the text, and every claim's and stance's evidence is
  exactly ``document.text[span]`` — no claim without evidence;
* big inputs (1 MB) complete (run time linear in size is measured by
  ``benchmarks/bench_scale.py``; here there is no wall-clock assert).

The generators aim at what breaks text code: combining marks, right-to-left
text, zero-width characters, NUL, lone surrogates from ``surrogateescape``
reads, very long lines, deep nests of quotes and brackets, numbers hundreds of
digits long, "1,2,3,4,…" chains and cue words repeated.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.errors import DocumentError
from claimkit.model import Document

# ------------------------------------------------------------------ generators

COMBINING = "\u0301\u0308\u0327\u20dd"
RTL = "\u05e9\u05dc\u05d5\u05dd \u0627\u0644\u0633\u0644\u0627\u0645 \u200f\u202e\u202c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SPACES = " \t\n\r\u00a0\u2009\u202f\u3000\u2028\u2029\x0b\x0c\x85"
QUOTES = "\"'“”‘’«»„‹›"
BRACKETS = "()[]{}<>"
CUES = (
    "said",
    "according to",
    "more than",
    "some",
    "about",
    "up to",
    "at least",
    "troops",
    "soldiers",
    "North Korean",
    "officials",
    "the NIS",
    "per day",
    "US$",
    "million",
    "thousand",
    "between",
    "and",
    "to",
    "denied",
    "on Monday (21 October)",
)

_pieces = st.one_of(
    st.text(max_size=40),
    st.text(st.sampled_from(COMBINING + RTL + ZERO_WIDTH + SPACES + QUOTES + BRACKETS + "\x00"), max_size=40),
    st.sampled_from(CUES),
    st.integers(0, 10**300).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(2, 400).map(lambda n: ",".join(str(i % 10) for i in range(n))),
    st.integers(1, 300).map(lambda n: "(" * n + "12,000 troops" + ")" * (n // 2)),
    st.integers(1, 300).map(lambda n: "“" * n + "some 3,000" + "”" * n),
    st.tuples(st.sampled_from(CUES), st.integers(1, 200)).map(lambda t: (t[0] + " ") * t[1]),
    st.binary(max_size=60).map(lambda b: b.decode("utf-8", errors="surrogateescape")),
)

hostile_texts = st.lists(_pieces, min_size=1, max_size=25).map(" ".join)


def _read(text: str | bytes) -> Document | None:
    try:
        return claimkit.read_document(text)
    except DocumentError:
        return None


def _check_document(doc: Document) -> None:
    n = len(doc.text)
    for sentence in doc.sentences:
        assert 0 <= sentence.span.start <= sentence.span.end <= n
        assert doc.text[sentence.span.start : sentence.span.end] == sentence.text
    for claim in claimkit.extract_claims(doc):
        assert 0 <= claim.span.start <= claim.span.end <= n, claim.span
        assert claim.evidence == doc.text[claim.span.start : claim.span.end], claim
        assert claim.evidence.strip(), f"a claim with blank evidence: {claim}"
        if claim.sentence is not None:
            assert 0 <= claim.sentence.start <= claim.sentence.end <= n
    for stance in claimkit.extract_stances(doc):
        assert 0 <= stance.span.start <= stance.span.end <= n, stance.span
        assert stance.evidence == doc.text[stance.span.start : stance.span.end], stance


# ------------------------------------------------------------------ properties


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_texts)
@example("Officials said 12.000 troops were sent.")
@example("\x00")
@example("\udcff\udcfe some 10,000 troops, the NIS said.")
@example("1," * 400 + " troops")
@example("(" * 300 + "more than 12,000 North Korean troops" + ")" * 150)
@example("said " * 500 + "3,000 troops")
@example("9" * 400 + " troops were sent, officials said.")
@example("\u202esome 3,000 troops\u202c, the NIS said\u200b.")
@example("e\u0301\u0301\u0301 1\u0308,000 soldiers")
def test_reading_and_extracting_hostile_text_keeps_every_invariant(text: str) -> None:
    doc = _read(text)
    if doc is not None:
        assert doc.text == text
        _check_document(doc)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
@example(b"\xef\xbb\xbfSome 3,000 troops were sent, officials said.")
@example(b"\xff\xfe3\x000\x000\x000\x00")
@example(b"Some 3,000 troops \x93were\x94 sent, officials said \x96 on Monday.")
def test_any_bytes_read_or_give_a_document_error(raw: bytes) -> None:
    doc = _read(raw)
    if doc is not None:
        _check_document(doc)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(CUES) | st.integers(0, 10**6).map(lambda n: f"{n:,}"), min_size=1, max_size=200)
)
def test_cue_word_soup_keeps_every_invariant(words: list[str]) -> None:
    doc = _read(" ".join(words) + ".")
    if doc is not None:
        _check_document(doc)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 North Korean troops were sent to Russia, officials said. " * 15_000,
        "x" * 1_000_000,
        ("1," * 200_000) + " troops",
        "(" * 500_000 + "12,000 troops" + ")" * 500_000,
        "said " * 200_000,
        "\n".join(["A line with 1,500 troops in it, the NIS said"] * 25_000),
    ],
    ids=["sentences", "one-word", "digit-chain", "brackets", "cue-words", "lines"],
)
def test_one_megabyte_inputs_complete(text: str) -> None:
    doc = _read(text)
    if doc is not None:
        _check_document(doc)
