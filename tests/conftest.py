"""Shared test configuration: hypothesis profiles and corpus fixtures.

Profiles (choose with the ``HYPOTHESIS_PROFILE`` environment variable):

* ``ci`` — thorough and derandomised: 300 examples per property, no deadline,
  the same examples on every run, so CI is reproducible. ``.ci/run`` uses it.
* ``dev`` — the default for local runs: 50 examples, randomised.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def _compiled() -> bool:
    """Whether claimkit was installed as the accelerated build (its text readers compiled by mypyc)."""
    from importlib.machinery import EXTENSION_SUFFIXES

    import claimkit.extract.claims

    where = (claimkit.extract.claims.__file__ or "").replace("\\", "/")
    compiled = where.endswith(tuple(EXTENSION_SUFFIXES))
    if compiled and "/src/claimkit/" in where:  # a build's leftovers would shadow the sources under test
        raise pytest.UsageError(f"a compiled module lies beside the sources: {where}; delete src/**/*.so")
    return compiled


COMPILED = _compiled()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``pure_only`` tests on the accelerated build: they read what compiling removes."""
    if not COMPILED:
        return
    skip = pytest.mark.skip(
        reason="the accelerated build: compiled functions carry no docstrings, take no monkeypatch, "
        "and reject wrong argument types with TypeError before claimkit's own check"
    )
    for item in items:
        if "pure_only" in item.keywords:
            item.add_marker(skip)
