"""A picture of an estimate: its claims on a time axis, the low–high band and the best line.

Needs matplotlib (``pip install 'claimkit[plot]'``), imported only when a plot
is drawn. Without an ``ax``, the figure is built with matplotlib's object API
on the Agg canvas, so nothing opens a window and no global backend changes;
inside a notebook that already uses pyplot, the figure comes from pyplot so it
shows inline.

Each included claim is one marker at the date its figure refers to (the
document's publication date when the text gives none): a circle for an exact
figure, a diamond for an approximate one, a triangle with an arrow for an
open-ended one ("more than 12,000"), a vertical bar for a stated range. Colour
marks the origin; the numbers beside the markers are the estimate's footnotes.
"""

from __future__ import annotations

import datetime as _dt
import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from claimkit._optional import import_optional
from claimkit.model import Claim, DateWindow, Qualifier
from claimkit.render import footnote_numbers, format_number

if TYPE_CHECKING:
    from claimkit.reconciliation import Estimate

__all__ = ["claim_date", "plot_estimate"]

_MARKERS: dict[Qualifier, str] = {
    Qualifier.EXACT: "o",
    Qualifier.APPROXIMATE: "D",
    Qualifier.AT_LEAST: "^",
    Qualifier.MORE_THAN: "^",
    Qualifier.AT_MOST: "v",
    Qualifier.LESS_THAN: "v",
    Qualifier.RANGE: "_",
    Qualifier.VAGUE: "X",
}
_MARKER_NAMES: dict[str, str] = {
    "o": "exact",
    "D": "approximate (about, some)",
    "^": "open above (more than, at least)",
    "v": "open below (up to, fewer than)",
    "_": "stated range",
    "X": "vague",
}
# Colour-blind-safe qualitative palette (Okabe & Ito); cycles beyond eight origins.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7F7F00", "#000000")


def _middle(window: DateWindow) -> _dt.date | None:
    if window.earliest is not None and window.latest is not None:
        return window.earliest + (window.latest - window.earliest) / 2
    return window.earliest or window.latest


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def claim_date(claim: Claim) -> _dt.date | None:
    """The date a claim is drawn at: its own reference date, else its source's publication date.

    The middle of the window is used for a window longer than a day; ``None``
    when neither is known.

    >>> from claimkit.model import Actor, Claim, DateWindow, Measure, Quantity, Source, Span
    >>> c = Claim(subject="troops", measure=Measure.DEPLOYED, quantity=Quantity.exact(5),
    ...           actor=Actor("A"), source=Source(id="d", published=DateWindow.month(2024, 10)),
    ...           span=Span(0, 1), evidence="5")
    >>> claim_date(c)
    datetime.date(2024, 10, 16)
    """
    for window in (claim.ref_date, claim.source.published):
        if window is not None:
            day = _middle(window)
            if day is not None:
                return day
    return None


def _new_axes(figsize: tuple[float, float]) -> Any:
    if "matplotlib.pyplot" in sys.modules:
        plt = sys.modules["matplotlib.pyplot"]
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
        return ax
    figure_mod = import_optional("matplotlib.figure", extra="plot", feature="estimate.plot()")
    fig = figure_mod.Figure(figsize=figsize, layout="constrained")
    return fig.add_subplot()


def _dodge(points: Sequence[tuple[_dt.date, float]]) -> list[float]:
    """Horizontal offsets, in days, that keep markers with the same date and value apart."""
    seen: dict[tuple[_dt.date, float], int] = {}
    counts: dict[tuple[_dt.date, float], int] = {}
    for p in points:
        counts[p] = counts.get(p, 0) + 1
    offsets = []
    for p in points:
        k = seen.get(p, 0)
        seen[p] = k + 1
        offsets.append((k - (counts[p] - 1) / 2) * 0.35)
    return offsets


def plot_estimate(
    estimate: Estimate,
    ax: Any = None,
    *,
    title: str | None = None,
    figsize: tuple[float, float] = (10.0, 5.0),
    annotate: bool = True,
) -> Any:
    """Draw an estimate and its claims on a time axis; return the matplotlib ``Axes``.

    Args:
        estimate: the estimate to draw.
        ax: the ``Axes`` to draw on; a new figure is made when ``None``.
        title: the title; the estimate's sentence by default.
        figsize: size in inches of a new figure.
        annotate: write each claim's footnote number beside its marker.

    Returns:
        The ``Axes`` drawn on (its ``.figure`` can be saved with ``savefig``).

    Raises:
        MissingDependencyError: matplotlib is not installed.
    """
    mdates = import_optional("matplotlib.dates", extra="plot", feature="estimate.plot()")
    lines_mod = import_optional("matplotlib.lines", extra="plot", feature="estimate.plot()")
    if ax is None:
        ax = _new_axes(figsize)

    numbers = footnote_numbers(estimate)
    origins = sorted({c.origin for c in estimate.included})
    colours = {o: _PALETTE[i % len(_PALETTE)] for i, o in enumerate(origins)}
    dated = [(c, d) for c in estimate.included if (d := claim_date(c)) is not None]
    undated = len(estimate.included) - len(dated)
    offsets = _dodge([(d, float(c.quantity.value)) for c, d in dated])

    low, high, best = estimate.low, estimate.high, estimate.best
    values = [float(c.quantity.value) for c, _ in dated] + [
        float(b.value) for b in (low, high, best) if b is not None
    ]
    top = max(values, default=1.0)
    arrow = top * 0.12  # length of the open-ended arrows, in data units

    if low is not None and high is not None:
        ax.axhspan(
            float(low.value), float(high.value), color="#999999", alpha=0.18, lw=0, label="low–high range"
        )
        for bound, name in ((low, "low"), (high, "high")):
            opens = " (open)" if bound.open else ""
            ax.axhline(float(bound.value), color="#777777", lw=0.8, ls=":")
            ax.annotate(
                f"{name} {format_number(bound.value)}{opens}",
                xy=(1.0, float(bound.value)),
                xycoords=("axes fraction", "data"),
                xytext=(-14, 3 if name == "high" else -11),
                textcoords="offset points",
                ha="right",
                fontsize=8,
                color="#555555",
            )
        if high.open:
            ax.annotate(
                "",
                xy=(0.985, float(high.value) + arrow),
                xytext=(0.985, float(high.value)),
                xycoords=("axes fraction", "data"),
                arrowprops={"arrowstyle": "-|>", "color": "#777777", "lw": 1.0},
            )
    if best is not None:
        ax.axhline(float(best.value), color="#222222", lw=1.6, ls="--", label="best")
        ax.annotate(
            f"best {format_number(best.value)}",
            xy=(0.0, float(best.value)),
            xycoords=("axes fraction", "data"),
            xytext=(4, 3),
            textcoords="offset points",
            fontsize=8,
            fontweight="bold",
        )

    for (claim, day), offset in zip(dated, offsets, strict=True):
        q = claim.quantity
        x = _dt.datetime.combine(day, _dt.time(12)) + _dt.timedelta(days=offset)
        y = float(q.value)
        colour = colours[claim.origin]
        marker = _MARKERS[q.qualifier]
        if q.qualifier is Qualifier.RANGE and q.low is not None and q.high is not None:
            ax.vlines(x, float(q.low), float(q.high), color=colour, lw=2.5)
        if q.open_high and q.qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
            ax.annotate(
                "", xy=(x, y + arrow), xytext=(x, y), arrowprops={"arrowstyle": "-|>", "color": colour}
            )
        if q.open_low and q.qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
            ax.annotate(
                "", xy=(x, y - arrow), xytext=(x, y), arrowprops={"arrowstyle": "-|>", "color": colour}
            )
        ax.plot([x], [y], marker=marker, ms=8, color=colour, mec="white", mew=0.8, ls="none", zorder=3)
        if annotate and claim.id in numbers:
            ax.annotate(
                str(numbers[claim.id]),
                xy=(x, y),
                xytext=(6, -3),
                textcoords="offset points",
                fontsize=8,
                color=colour,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
            )

    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if dated:
        days = [d for _, d in dated]
        ax.set_xlim(
            _dt.datetime.combine(min(days), _dt.time()) - _dt.timedelta(days=1.5),
            _dt.datetime.combine(max(days), _dt.time()) + _dt.timedelta(days=2.5),
        )
    ax.set_ylim(0, top + 2.2 * arrow)
    ax.yaxis.set_major_formatter(lambda v, _pos: format_number(round(v)))
    ax.set_ylabel(estimate.noun)
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    heading = title if title is not None else textwrap.fill(str(estimate), 100)
    ax.set_title(heading, fontsize=10, loc="left")
    if undated:
        ax.text(
            0.0,
            -0.12,
            f"{undated} undated claim{'s' if undated != 1 else ''} not drawn",
            transform=ax.transAxes,
            fontsize=8,
            color="#555555",
        )

    def handle(colour: str, marker: str) -> Any:
        return lines_mod.Line2D([], [], color=colour, marker=marker, ls="none", ms=7)

    origin_handles = [handle(colours[o], "o") for o in origins]
    used = sorted({_MARKERS[c.quantity.qualifier] for c, _ in dated}, key=list(_MARKER_NAMES).index)
    shape_handles = [handle("#444444", m) for m in used]
    first = ax.legend(
        origin_handles,
        [_short(o, 34) for o in origins],
        title="origin (colour)",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        alignment="left",
        fontsize=7,
        title_fontsize=8,
        frameon=False,
    )
    ax.add_artist(first)
    ax.legend(
        shape_handles,
        [_MARKER_NAMES[m] for m in used],
        title="figure as stated (shape)",
        loc="lower left",
        bbox_to_anchor=(1.01, 0.0),
        alignment="left",
        fontsize=7,
        title_fontsize=8,
        frameon=False,
    )
    return ax
