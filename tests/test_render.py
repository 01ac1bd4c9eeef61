from __future__ import annotations

import re

import pytest

from _surface import SOURCES, claims, estimate, stances
from claimkit.model import Actor, Claim, Claims, Measure, Quantity, Source, Span
from claimkit.render import (
    claim_html,
    claims_html,
    claims_table_text,
    estimate_html,
    estimate_markdown,
    estimate_text,
    footnote_numbers,
    format_number,
    source_html,
    sources_table_text,
    stance_html,
    stances_table_text,
    text_table,
)

# Raw markup from the data must never reach the HTML unescaped.
_RAW = ("<b>X</b>", "<sent>", "& counted", '"Wire"')


def _no_raw_markup(html: str) -> None:
    for raw in _RAW:
        assert raw not in html, raw


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (1500, "1,500"), (12000.0, "12,000"), (2.5, "2.5"), (1_500_000, "1,500,000"), (None, "-")],
)
def test_format_number(value: float | None, text: str) -> None:
    assert format_number(value) == text


def test_text_table_aligns_columns() -> None:
    table = text_table(["a", "long header"], [["xxxxx", 1], ["y", "multi\nline"]])
    lines = table.splitlines()
    assert [line.index(lines[0].split()[1][0]) for line in lines[:1]] == [7]
    assert lines[1].index("1") == lines[0].index("long")
    assert lines[2].endswith("multi line")


def test_claims_table_text_one_row_per_claim_and_aligned() -> None:
    cs = claims()
    lines = claims_table_text(cs).splitlines()
    assert len(lines) == 1 + len(cs)
    column = lines[0].index("actor")
    assert all(line[column - 2 : column] == "  " for line in lines[1:])
    assert "more than 12,000" in lines[4]
    assert lines[4].split()[0] == "4"


def test_long_evidence_is_shortened() -> None:
    evidence = "word " * 40
    c = Claim(
        subject="s",
        measure=Measure.OTHER,
        quantity=Quantity.exact(1),
        actor=Actor("a"),
        source=Source(id="d"),
        span=Span(0, len(evidence)),
        evidence=evidence,
    )
    row = claims_table_text([c], evidence_width=20).splitlines()[1]
    assert row.endswith("…")
    assert len(row.split("  ")[-1].strip()) <= 20


def test_claim_html_highlights_number_and_escapes() -> None:
    c = claims()[2]
    html = claim_html(c)
    assert "<mark>some 10,000</mark>" in html
    assert "Analyst &lt;b&gt;X&lt;/b&gt;" in html
    assert c.id in html
    _no_raw_markup(html)


def test_claim_html_shows_sentence_when_document_given() -> None:
    from claimkit.documents import read_document

    doc = read_document("Intro line.\n\nSeoul said on Monday that 1,500 troops had left. Later news.")
    start = doc.text.index("1,500 troops")
    c = Claim(
        subject="North Korean troops",
        measure=Measure.DEPLOYED,
        quantity=Quantity.exact(1500, text="1,500"),
        actor=Actor("Seoul"),
        source=doc.source,
        span=Span(start, start + 12),
        evidence="1,500 troops",
    )
    html = claim_html(c, document=doc)
    assert "Seoul said on Monday that <mark>1,500 troops</mark> had left." in html
    assert "Later news" not in html
    assert "Seoul said" in claims_html([c], documents=[doc])


def test_claims_html_table_rows_and_escaping() -> None:
    cs = claims()
    html = claims_html(cs)
    assert html.count("<tr>") == 1 + len(cs)
    assert f"<caption>{len(cs)} claims</caption>" in html
    assert "href='https://example.org/a?x=1&amp;y=2'" in html
    _no_raw_markup(html)


@pytest.mark.parametrize("obj", [claims(), claims()[0], stances()[0], SOURCES[0]])
def test_model_repr_html_delegates_and_escapes(obj: object) -> None:
    html = obj._repr_html_()  # type: ignore[attr-defined]
    assert html.startswith("<")
    assert "claimkit" in html
    _no_raw_markup(html)


def test_claims_str_and_repr() -> None:
    cs = claims()
    assert repr(cs) == "Claims(6 claims)"
    assert str(cs) == claims_table_text(cs)
    assert str(Claims([])).startswith("#  figure")


def test_stance_and_source_views() -> None:
    s = stances()[0]
    assert "<em>denies</em>" in stance_html(s)
    assert "Kremlin" in stances_table_text([s]).splitlines()[1]
    html = source_html(SOURCES[1])
    assert "<td>Ann Author</td>" in html
    assert "<td>October 2024 (stated)</td>" in html
    table = sources_table_text(SOURCES).splitlines()
    assert table[3].split()[:2] == ["doc-c", "-"]


def test_footnotes_follow_citations() -> None:
    est = estimate()
    numbers = footnote_numbers(est)
    assert sorted(numbers.values()) == list(range(1, len(est.citations()) + 1))
    for claim, n in zip(est.included, range(1, 100), strict=False):
        assert numbers[claim.id] == n
        assert est.citations()[n - 1].startswith(f"[{n}] {claim.actor.name}")


def test_estimate_text_is_sentence_then_citations() -> None:
    est = estimate()
    lines = estimate_text(est).splitlines()
    assert lines[0] == str(est)
    assert lines[1] == ""
    assert lines[2:] == list(est.citations())


def test_estimate_markdown_numbers_footnotes_and_lists_exclusions() -> None:
    est = estimate()
    md = estimate_markdown(est)
    assert md.splitlines()[0] == str(est)
    assert re.search(r"^1\. South Korea's National Intelligence Service", md, re.M)
    assert "[1] " not in md.split("\n", 2)[2]
    assert "**Set aside (1):**" in md
    assert "200,000 (formation)" in md
    assert est.excluded[0].reason in md


def test_estimate_html_superscripts_footnotes_and_escapes() -> None:
    est = estimate()
    html = estimate_html(est)
    assert "<sup>[1]</sup>" in html
    assert html.count("<li>") == len(est.citations())
    assert "1 claim set aside" in html
    assert html == est._repr_html_()
    _no_raw_markup(html)
