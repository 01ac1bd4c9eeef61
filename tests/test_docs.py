"""The docs: every page exists and is linked, links resolve, the reference is current.

The ``>>>`` examples of every page run as doctests through pytest's
``--doctest-glob=*.md`` (see pyproject.toml); this file checks the rest.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).parent.parent / "docs"
PAGES = sorted(DOCS.rglob("*.md"))

REQUIRED = [
    "index.md",
    "tutorial.md",
    "howto/own-documents.md",
    "howto/extend-gazetteer.md",
    "howto/write-a-policy.md",
    "howto/strategies-in-your-tests.md",
    "howto/run-on-a-cluster.md",
    "explanation/attribution.md",
    "explanation/reconciliation.md",
    "jsonld.md",
    "reference.md",
]

# A Markdown link or image target: ](target) — relative targets only are checked.
_LINK = re.compile(r"\]\((?P<target>[^)\s#]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", REQUIRED)
def test_required_page_exists_and_is_linked_from_index(page: str) -> None:
    assert (DOCS / page).is_file()
    if page != "index.md":
        assert f"]({page})" in (DOCS / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_relative_links_resolve(page: Path) -> None:
    for match in _LINK.finditer(page.read_text(encoding="utf-8")):
        target = match.group("target")
        if "://" in target:
            continue
        assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


@pytest.mark.parametrize("page", [p for p in PAGES if p.name != "reference.md"], ids=lambda p: p.name)
def test_python_examples_are_doctests(page: Path) -> None:
    """A ```python block is either all doctest (it runs) or a labelled recipe needing a cluster."""
    text = page.read_text(encoding="utf-8")
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        if ">>>" not in block:
            assert "Client(" in block, f"{page.name}: a python block that does not run:\n{block}"


@pytest.mark.pure_only  # the reference is generated from the pure-Python source
def test_reference_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("gen_reference", DOCS / "gen_reference.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (DOCS / "reference.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/reference.md is stale: run python docs/gen_reference.py"


def test_estimate_image_is_committed_and_small() -> None:
    image = DOCS / "img" / "estimate.png"
    data = image.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) < 150_000
