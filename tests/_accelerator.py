"""Run reconciliation code with its numpy accelerator forced on, or with numpy missing.

From :data:`claimkit.reconciliation._NUMPY_FROM` claims on, canonical order is packed and
sorted with numpy when it is installed. Tests meet far fewer claims, so they lower the
threshold to take that path, or make numpy unimportable to take the plain one; both must
give the same order.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from types import ModuleType
from unittest import mock

import pytest

from claimkit import _optional
from claimkit import reconciliation as rec

#: The two ways canonical order can be computed.
MODES = ("numpy", "plain")


def _no_numpy(name: str) -> ModuleType:
    if name == "numpy":
        raise ImportError("numpy hidden by the test")
    return importlib.import_module(name)


@contextlib.contextmanager
def sorting(mode: str) -> Iterator[None]:
    """Within the block, canonical order is computed the way ``mode`` names."""
    if mode == "numpy":
        pytest.importorskip("numpy")
        with mock.patch.object(rec, "_NUMPY_FROM", 2):
            yield
    else:
        with mock.patch.object(rec, "_NUMPY_FROM", 2), mock.patch.object(_optional, "_import", _no_numpy):
            yield
