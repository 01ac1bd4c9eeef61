"""Every script in examples/ runs, end to end, in the test suite."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.py"))

pytestmark = pytest.mark.extras


def test_examples_are_found() -> None:
    assert {p.name for p in EXAMPLES} >= {"walkthrough.py", "own_article.py"}


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(
    script: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    monkeypatch.setenv("CLAIMKIT_EXAMPLE_OUT", str(tmp_path))
    runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out
    assert "North Korean troops" in out
    assert "[1] " in out


def test_walkthrough_writes_table_and_plot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    monkeypatch.setenv("CLAIMKIT_EXAMPLE_OUT", str(tmp_path))
    namespace = runpy.run_path(str(EXAMPLES[0].parent / "walkthrough.py"), run_name="__main__")
    estimate = namespace["estimate"]
    assert (tmp_path / "estimate.png").read_bytes()[:4] == b"\x89PNG"
    lines = (tmp_path / "estimate.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(estimate.included) + len(estimate.excluded)


def test_own_article_actor_is_cited(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMKIT_EXAMPLE_OUT", str(tmp_path))
    namespace = runpy.run_path(str(EXAMPLES[0].parent / "own_article.py"), run_name="__main__")
    claims = namespace["claims"]
    assert any(c.actor.name == "Korea Defence Watch" for c in claims)
    assert any(c.actor.name == "Korea Defence Watch" for c in namespace["estimate"].included)
