"""Rendering: claims, stances, sources and estimates as text, Markdown and HTML.

Everything here is a pure function from model objects to a string. The HTML is
what notebooks show (``_repr_html_`` on the model classes delegates here): a
compact table, the evidence with its number highlighted (inside its sentence
when the document is at hand), and an estimate as a sentence with footnotes.
All text taken from documents is HTML-escaped.

>>> from claimkit.model import Actor, Claim, Measure, Quantity, Source, Span
>>> claim = Claim(subject="North Korean troops", measure=Measure.DEPLOYED,
...               quantity=Quantity.exact(1500, text="1,500"), actor=Actor("NIS"),
...               source=Source(id="doc-1", outlet="Example <News>"),
...               span=Span(0, 12), evidence="1,500 troops")
>>> print(claims_table_text([claim]))
#  figure  qualifier  measure   subject              actor  source          date  evidence
1  1,500   exact      deployed  North Korean troops  NIS    Example <News>  -     1,500 troops
>>> "Example &lt;News&gt;" in claim_html(claim)
True
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from claimkit.model import Claim, DateWindow, Document, Number, Quantity, Source, Stance

if TYPE_CHECKING:
    from claimkit.reconciliation import Estimate

__all__ = [
    "claim_html",
    "claims_html",
    "claims_table_text",
    "estimate_html",
    "estimate_markdown",
    "estimate_text",
    "footnote_numbers",
    "format_number",
    "source_html",
    "sources_table_text",
    "stance_html",
    "stances_table_text",
    "text_table",
]

#: Longest evidence shown in a text table cell before it is shortened with "…".
EVIDENCE_WIDTH = 60
#: Longest source label (outlet, else title) shown in a text table cell.
SOURCE_WIDTH = 32

_CSS_CLASS = "claimkit"
# Notebook front ends centre table cells by default; evidence reads better flush left.
_LEFT = "style='text-align:left'"


# ------------------------------------------------------------------ helpers


def format_number(value: Number | None) -> str:
    """A number with thousands separators; whole floats print as integers.

    >>> format_number(12000), format_number(2.5), format_number(1500.0), format_number(None)
    ('12,000', '2.5', '1,500', '-')
    """
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.6g}"


def _figure(quantity: Quantity) -> str:
    """The figure as the text wrote it, else a rendering of value and bounds."""
    if quantity.text:
        return quantity.text
    if quantity.low is not None and quantity.high is not None and quantity.low != quantity.high:
        return f"{format_number(quantity.low)}–{format_number(quantity.high)}"
    return format_number(quantity.value)


def _date(window: DateWindow | None) -> str:
    return str(window) if window is not None else "-"


def _shorten(text: str, width: int) -> str:
    """Collapse whitespace and cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _mark(text: str, start: int, end: int) -> str:
    """``text`` escaped, with ``[start, end)`` wrapped in ``<mark>``."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return f"{_e(text[:start])}<mark>{_e(text[start:end])}</mark>{_e(text[end:])}"


def _number_in(evidence: str, quantity: Quantity) -> tuple[int, int] | None:
    """Where the quantity's surface text lies inside the evidence, if it does."""
    for needle in (quantity.text, format_number(quantity.value)):
        if needle:
            at = evidence.find(needle)
            if at >= 0:
                return at, at + len(needle)
    return None


def _documents_by_id(documents: Iterable[Document] | Mapping[str, Document] | None) -> dict[str, Document]:
    if documents is None:
        return {}
    if isinstance(documents, Mapping):
        return dict(documents)
    return {d.source.id: d for d in documents}


def _evidence_html(claim: Claim | Stance, document: Document | None = None) -> str:
    """The evidence highlighted in its sentence when the document is given.

    Without the document the evidence stands alone, with the claim's number
    highlighted inside it.
    """
    sentence = getattr(claim, "sentence", None)
    if document is not None:
        window = sentence if sentence is not None and sentence.contains(claim.span) else None
        if window is None:
            window = next((s.span for s in document.sentences if s.span.contains(claim.span)), None)
        if window is not None and window.end <= len(document.text):
            text = document.text[window.start : window.end]
            return _mark(text, claim.span.start - window.start, claim.span.end - window.start)
    if isinstance(claim, Claim):
        where = _number_in(claim.evidence, claim.quantity)
        if where is not None:
            return _mark(claim.evidence, *where)
    return _e(claim.evidence)


def text_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Rows as an aligned plain-text table (columns padded with spaces).

    >>> print(text_table(["a", "bb"], [[1, "x"], [22, "yyy"]]))
    a   bb
    1   x
    22  yyy
    """
    cells = [[str(h) for h in header], *[[" ".join(str(c).split()) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


# ------------------------------------------------------------------- claims


def claims_table_text(claims: Iterable[Claim], *, evidence_width: int = EVIDENCE_WIDTH) -> str:
    """The claims as an aligned text table, one numbered row per claim.

    Args:
        claims: the claims, in the order to show them.
        evidence_width: longest evidence shown before it is shortened.

    Returns:
        The table, header first, without a trailing newline.

    >>> print(claims_table_text([]))
    #  figure  qualifier  measure  subject  actor  source  date  evidence
    """
    rows = [
        (
            n,
            _figure(c.quantity),
            c.quantity.qualifier.value,
            c.measure.value,
            c.subject,
            c.actor.name,
            _shorten(c.source.outlet or c.source.label(), SOURCE_WIDTH),
            _date(c.ref_date),
            _shorten(c.evidence, evidence_width),
        )
        for n, c in enumerate(claims, 1)
    ]
    header = ("#", "figure", "qualifier", "measure", "subject", "actor", "source", "date", "evidence")
    return text_table(header, rows)


def stances_table_text(stances: Iterable[Stance], *, evidence_width: int = EVIDENCE_WIDTH) -> str:
    """The stances as an aligned text table.

    >>> from claimkit.model import Actor, Polarity, Source, Span, Stance
    >>> s = Stance(actor=Actor("Kremlin"), polarity=Polarity.DENIES, target="troops in Russia",
    ...            source=Source(id="d"), span=Span(0, 5), evidence="false")
    >>> print(stances_table_text([s]))
    #  actor    polarity  target            source  evidence
    1  Kremlin  denies    troops in Russia  d       false
    """
    rows = [
        (
            n,
            s.actor.name,
            s.polarity.value,
            s.target,
            _shorten(s.source.outlet or s.source.label(), SOURCE_WIDTH),
            _shorten(s.evidence, evidence_width),
        )
        for n, s in enumerate(stances, 1)
    ]
    return text_table(("#", "actor", "polarity", "target", "source", "evidence"), rows)


def sources_table_text(sources: Iterable[Source]) -> str:
    """What is known of each source, as an aligned text table ("-" where unknown).

    >>> print(sources_table_text([Source(id="doc-1", outlet="AsiaNews")]))
    id     title  outlet    authors  kind     published
    doc-1  -      AsiaNews  -        unknown  -
    """
    rows = [
        (
            s.id,
            _shorten(s.title, EVIDENCE_WIDTH) if s.title else "-",
            s.outlet or "-",
            ", ".join(s.authors) or "-",
            s.kind.value,
            _published(s),
        )
        for s in sources
    ]
    return text_table(("id", "title", "outlet", "authors", "kind", "published"), rows)


def _published(source: Source) -> str:
    if source.published is None:
        return "-"
    return f"{source.published} ({source.published.provenance.value})"


def claim_html(claim: Claim, *, document: Document | None = None) -> str:
    """One claim as a compact two-column HTML table.

    Args:
        claim: the claim.
        document: the claim's document; when given, the evidence is shown
            highlighted inside its whole sentence.

    >>> from claimkit.model import Actor, Claim, Measure, Quantity, Source, Span
    >>> c = Claim(subject="troops", measure=Measure.DEPLOYED, quantity=Quantity.exact(5, text="5"),
    ...           actor=Actor("A & B"), source=Source(id="d"), span=Span(0, 8), evidence="5 troops")
    >>> "<mark>5</mark> troops" in claim_html(c), "A &amp; B" in claim_html(c)
    (True, True)
    """
    q = claim.quantity
    rows = [
        ("figure", f"<strong>{_e(_figure(q))}</strong> <small>({_e(q.qualifier.value)})</small>"),
        ("subject", _e(claim.subject)),
        ("measure", _e(claim.measure.value)),
        ("modality", _e(claim.modality.value)),
        ("actor", _e(claim.actor.name) + _attribution_note(claim)),
        ("via", _e(" → ".join(a.name for a in claim.via)) or "-"),
        ("source", _source_label_html(claim.source)),
        ("date", _e(_date(claim.ref_date))),
        ("evidence", f"<q>{_evidence_html(claim, document)}</q>"),
        ("span", f"{claim.span.start}:{claim.span.end}"),
        ("id", f"<code>{_e(claim.id)}</code>"),
    ]
    body = "".join(f"<tr><th {_LEFT}>{k}</th><td {_LEFT}>{v}</td></tr>" for k, v in rows)
    return f"<table class='{_CSS_CLASS} {_CSS_CLASS}-claim'>{body}</table>"


def _attribution_note(claim: Claim) -> str:
    return " <small>(default: the document)</small>" if claim.attribution.value == "default" else ""


def _source_label_html(source: Source) -> str:
    label = _e(source.label())
    if source.url:
        label = f"<a href='{_e(source.url)}'>{label}</a>"
    if source.outlet and source.title:
        label += f" <small>({_e(source.outlet)})</small>"
    return label


def claims_html(
    claims: Iterable[Claim], *, documents: Iterable[Document] | Mapping[str, Document] | None = None
) -> str:
    """A claim collection as one HTML table, a row per claim.

    Args:
        claims: the claims.
        documents: the documents they come from (or a mapping of source id to
            document); when given, each evidence is shown inside its sentence.

    >>> claims_html([]).count("<tr>")
    1
    """
    by_id = _documents_by_id(documents)
    header = ("#", "figure", "qualifier", "measure", "subject", "actor", "source", "date", "evidence")
    head = "<tr>" + "".join(f"<th {_LEFT}>{h}</th>" for h in header) + "</tr>"
    rows = []
    for n, c in enumerate(claims, 1):
        cells = (
            str(n),
            f"<strong>{_e(_figure(c.quantity))}</strong>",
            _e(c.quantity.qualifier.value),
            _e(c.measure.value),
            _e(c.subject),
            _e(c.actor.name) + _attribution_note(c),
            _source_label_html(c.source),
            _e(_date(c.ref_date)),
            _evidence_html(c, by_id.get(c.source.id)),
        )
        rows.append("<tr>" + "".join(f"<td {_LEFT}>{x}</td>" for x in cells) + "</tr>")
    caption = f"<caption>{len(rows)} claim{'s' if len(rows) != 1 else ''}</caption>"
    return f"<table class='{_CSS_CLASS} {_CSS_CLASS}-claims'>{caption}{head}{''.join(rows)}</table>"


def stance_html(stance: Stance, *, document: Document | None = None) -> str:
    """One stance as a short HTML paragraph with its evidence.

    >>> from claimkit.model import Actor, Polarity, Source, Span, Stance
    >>> s = Stance(actor=Actor("Kremlin"), polarity=Polarity.DENIES, target="troops <here>",
    ...            source=Source(id="d"), span=Span(0, 5), evidence="false")
    >>> print(stance_html(s))  # doctest: +NORMALIZE_WHITESPACE
    <p class='claimkit claimkit-stance'><strong>Kremlin</strong> <em>denies</em>: troops &lt;here&gt;
    <small>(d)</small><br><q>false</q></p>
    """
    via = f" <small>via {_e(' → '.join(a.name for a in stance.via))}</small>" if stance.via else ""
    return (
        f"<p class='{_CSS_CLASS} {_CSS_CLASS}-stance'><strong>{_e(stance.actor.name)}</strong> "
        f"<em>{_e(stance.polarity.value)}</em>: {_e(stance.target)}{via} "
        f"<small>({_source_label_html(stance.source)})</small><br>"
        f"<q>{_evidence_html(stance, document)}</q></p>"
    )


def source_html(source: Source) -> str:
    """What is known of a source as a compact HTML table; unknown fields show "-".

    >>> "<td>AsiaNews</td>" in source_html(Source(id="doc-1", outlet="AsiaNews"))
    True
    """
    rows = [
        ("id", source.id),
        ("title", source.title or "-"),
        ("outlet", source.outlet or "-"),
        ("authors", ", ".join(source.authors) or "-"),
        ("kind", source.kind.value),
        ("published", _published(source)),
        ("url", source.url or "-"),
        ("series", " ".join(x for x in (source.series, source.identifier) if x) or "-"),
    ]
    body = "".join(f"<tr><th {_LEFT}>{k}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return f"<table class='{_CSS_CLASS} {_CSS_CLASS}-source'>{body}</table>"


# ----------------------------------------------------------------- estimates


def footnote_numbers(estimate: Estimate) -> dict[str, int]:
    """Map each included claim's id to its footnote number (1-based).

    The numbers are those of ``estimate.citations()`` and of the ``[n]``
    marks in ``str(estimate)``: footnote *n* is ``estimate.included[n - 1]``.
    """
    numbers: dict[str, int] = {}
    for n, claim in enumerate(estimate.included, 1):
        numbers.setdefault(claim.id, n)
    return numbers


# A footnote mark in an estimate sentence: "[1]", "[3, 4]", "[1–3, 5]".
_REFS = re.compile(
    r"""
    \[                             # opening bracket
    (?P<refs>\d{1,4}               # a footnote number
      (?:(?:,\ ?|–)\d{1,4}){0,50}  # more numbers, after a comma or an en dash (a run)
    )
    \]                             # closing bracket
    """,
    re.VERBOSE,
)


def estimate_text(estimate: Estimate) -> str:
    """The estimate sentence, then its numbered citations, one per line.

    This is what ``claimkit estimate`` prints.
    """
    return "\n".join([str(estimate), "", *estimate.citations()]).rstrip()


def _excluded_lines(estimate: Estimate) -> list[tuple[Claim, str]]:
    return [(x.claim, x.reason) for x in estimate.excluded]


def estimate_markdown(estimate: Estimate) -> str:
    """The estimate as Markdown: the sentence, its footnotes, and what was set aside.

    The footnotes are a numbered list; excluded claims follow under their own
    heading with the reason for each.
    """
    lines = [str(estimate), ""]
    lines += [f"{n}. {_strip_number(c)}" for n, c in enumerate(estimate.citations(), 1)]
    excluded = _excluded_lines(estimate)
    if excluded:
        lines += ["", f"**Set aside ({len(excluded)}):**", ""]
        lines += [
            f"- {_figure(c.quantity)} ({c.measure.value}) — {c.actor.name}, {c.source.label()}: {reason}"
            for c, reason in excluded
        ]
    return "\n".join(lines).rstrip() + "\n"


def _strip_number(citation: str) -> str:
    """``"[3] NIS, ..."`` -> ``"NIS, ..."`` so Markdown can number the list itself."""
    text = citation.lstrip()
    if text.startswith("["):
        close = text.find("]")
        if 0 < close <= 6 and text[1:close].isdigit():
            return text[close + 1 :].lstrip()
    head, dot, rest = text.partition(". ")
    if dot and head.isdigit():
        return rest
    return text


def estimate_html(estimate: Estimate) -> str:
    """The estimate as HTML: the sentence with superscript footnote marks, the footnotes, what was set aside.

    The footnotes are an ordered list (the numbers of ``estimate.citations()``);
    the excluded claims, each with its reason, sit in a collapsed ``<details>``.
    """
    sentence = _REFS.sub(lambda m: f"<sup>[{m.group('refs')}]</sup>", _e(str(estimate)))
    parts = [f"<p>{sentence}</p>"]
    notes = "".join(f"<li>{_e(_strip_number(c))}</li>" for c in estimate.citations())
    if notes:
        parts.append(f"<ol class='{_CSS_CLASS}-citations'>{notes}</ol>")
    excluded = _excluded_lines(estimate)
    if excluded:
        rows = "".join(
            f"<tr><td>{_e(_figure(c.quantity))}</td><td>{_e(c.measure.value)}</td>"
            f"<td>{_e(c.actor.name)}</td><td>{_e(c.source.label())}</td><td>{_e(reason)}</td></tr>"
            for c, reason in excluded
        )
        parts.append(
            f"<details><summary>{len(excluded)} claim{'s' if len(excluded) != 1 else ''} set aside</summary>"
            "<table><tr><th>figure</th><th>measure</th><th>actor</th><th>source</th><th>reason</th></tr>"
            f"{rows}</table></details>"
        )
    return f"<div class='{_CSS_CLASS} {_CSS_CLASS}-estimate'>{''.join(parts)}</div>"
