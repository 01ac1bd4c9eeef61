from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import claimkit._optional
from _surface import claims, estimate
from claimkit.errors import MissingDependencyError
from claimkit.plot import claim_date, plot_estimate

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

pytestmark = pytest.mark.extras


def test_plot_returns_axes_with_one_marker_per_claim(tmp_path: Path) -> None:
    est = estimate()
    ax = est.plot()
    markers = [line for line in ax.get_lines() if line.get_marker() not in (None, "None", "")]
    assert len(markers) == len(est.included)
    texts = {t.get_text() for t in ax.texts}
    assert {str(n) for n in range(1, len(est.included) + 1)} <= texts
    assert "date unknown" in texts  # the claim from a source without any date has its own column
    assert f"best {est.best.text}" in texts
    assert "high 12,000+" in texts  # "more than 12,000" leaves the top open
    assert ax.get_ylim()[1] > est.high.value
    assert ax.get_ylabel() == est.noun
    out = tmp_path / "estimate.png"
    ax.figure.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_draws_on_given_axes() -> None:
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    assert plot_estimate(estimate(), ax, title="T", annotate=False) is ax
    assert ax.get_title(loc="left") == "T"
    assert not [t for t in ax.texts if t.get_text().isdigit()]


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, dt.date(2024, 10, 21)), (2, dt.date(2024, 10, 16)), (4, None)],
    ids=["own date", "month of publication", "no date"],
)
def test_claim_date_falls_back_to_publication(index: int, expected: dt.date | None) -> None:
    assert claim_date(claims()[index]) == expected


def test_missing_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = claimkit._optional._import

    def fake(name: str, package: str | None = None) -> Any:
        if name.partition(".")[0] == "matplotlib":
            raise ImportError("No module named 'matplotlib'")
        return real(name, package)

    monkeypatch.setattr(claimkit._optional, "_import", fake)
    with pytest.raises(MissingDependencyError, match=r"pip install 'claimkit\[plot\]'"):
        estimate().plot()
