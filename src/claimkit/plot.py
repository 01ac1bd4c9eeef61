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
    """The middle of a closed window; ``None`` for a window open on one side.

    "After 1 January 2023" says too little to place a point on a time axis.
    """
    if window.earliest is not None and window.latest is not None:
        return window.earliest + (window.latest - window.earliest) / 2
    return None


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def claim_date(claim: Claim) -> _dt.date | None:
    """The date a claim is drawn at: its own reference date, else its source's publication date.

    The middle of the window is used for a window longer than a day. A window
    open on one side ("after 1 January 2023") places nothing; ``None`` when
    neither date places the claim.

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
    """Horizontal offsets, in marker widths, that keep markers with the same date and value apart."""
    seen: dict[tuple[_dt.date, float], int] = {}
    counts: dict[tuple[_dt.date, float], int] = {}
    for p in points:
        counts[p] = counts.get(p, 0) + 1
    offsets = []
    for p in points:
        k = seen.get(p, 0)
        seen[p] = k + 1
        offsets.append(k - (counts[p] - 1) / 2)
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
    dates = {c.id: claim_date(c) for c in estimate.included}
    known = [d for d in dates.values() if d is not None]
    first_day = min(known, default=_dt.date(2000, 1, 1))
    last_day = max(known, default=first_day)
    span_days = max((last_day - first_day).days, 4)
    # Claims without a usable date still appear, in a column of their own right of the dated ones.
    undated_day = last_day + _dt.timedelta(days=max(2, round(span_days * 0.3)))
    placed = [(c, dates[c.id] or undated_day) for c in estimate.included]
    offsets = _dodge([(d, float(c.quantity.value)) for c, d in placed])
    dodge_scale = span_days * 0.06  # days between markers that share a date and a value

    low, high, best = estimate.low, estimate.high, estimate.best
    values = [float(c.quantity.value) for c in estimate.included]
    values += [float(b.value) for b in (low, high, best)]
    top = max(values, default=1.0)
    arrow = top * 0.12  # length of the open-ended arrows, in data units

    def label(value: float, text: str, *, bold: bool = False) -> None:
        ax.annotate(
            text,
            xy=(1.0, value),
            xycoords=("axes fraction", "data"),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            fontweight="bold" if bold else "normal",
            color="#222222" if bold else "#555555",
            annotation_clip=False,
        )

    ax.axhspan(float(low.value), float(high.value), color="#999999", alpha=0.18, lw=0)
    for bound, name in ((low, "low"), (high, "high")):
        ax.axhline(float(bound.value), color="#777777", lw=0.8, ls=":")
        label(float(bound.value), f"{name} {bound.text}")
    ax.axhline(float(best.value), color="#222222", lw=1.6, ls="--")
    label(float(best.value), f"best {best.text}", bold=True)

    for (claim, day), offset in zip(placed, offsets, strict=True):
        q = claim.quantity
        x = _dt.datetime.combine(day, _dt.time(12)) + _dt.timedelta(days=offset * dodge_scale)
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

    undated = len(known) < len(estimate.included)
    left = _dt.datetime.combine(first_day, _dt.time()) - _dt.timedelta(days=span_days * 0.15)
    right = _dt.datetime.combine(undated_day if undated else last_day, _dt.time()) + _dt.timedelta(
        days=span_days * 0.2
    )
    ax.set_xlim(left, right)
    if undated:
        edge = _dt.datetime.combine(undated_day, _dt.time(12)) - _dt.timedelta(days=span_days * 0.12)
        ax.axvline(edge, color="#bbbbbb", lw=0.8, ls="-")
        ax.annotate(
            "date unknown",
            xy=(_dt.datetime.combine(undated_day, _dt.time(12)), 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, -2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=8,
            color="#555555",
        )
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if undated:
        # No date ticks in the undated column.
        ticks = [t for t in ax.get_xticks() if mdates.num2date(t).date() < edge.date()]
        ax.set_xticks(ticks)
    ax.set_ylim(0, top + 2.2 * arrow)
    ax.yaxis.set_major_formatter(lambda v, _pos: format_number(round(v)))
    ax.set_ylabel(estimate.noun)
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    heading = title if title is not None else textwrap.fill(str(estimate), 100)
    ax.set_title(heading, fontsize=10, loc="left")

    def handle(colour: str, marker: str) -> Any:
        return lines_mod.Line2D([], [], color=colour, marker=marker, ls="none", ms=7)

    used = sorted({_MARKERS[c.quantity.qualifier] for c in estimate.included}, key=list(_MARKER_NAMES).index)
    gap = lines_mod.Line2D([], [], ls="none")
    handles = [gap, *(handle(colours[o], "o") for o in origins), gap, *(handle("#444444", m) for m in used)]
    labels = ["origin (colour)", *(_short(o, 40) for o in origins), "figure as stated (shape)"]
    labels += [_MARKER_NAMES[m] for m in used]
    legend = ax.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(1.12, 1.0),
        fontsize=7.5,
        frameon=False,
        handletextpad=0.4,
    )
    for text in (legend.get_texts()[0], legend.get_texts()[len(origins) + 1]):
        text.set_fontweight("bold")
    return ax
