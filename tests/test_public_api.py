"""The public surface: __all__ is complete and sorted, everything public is documented."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
from types import ModuleType

import pytest

import claimkit
from conftest import COMPILED

PUBLIC_MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(claimkit.__path__, "claimkit.")
    if not any(part.startswith("_") for part in name.split("."))
)


def _public_names(module: ModuleType) -> list[str]:
    return [n for n in getattr(module, "__all__", []) if n != "__version__"]


def test_all_is_sorted_and_matches_what_the_package_exposes() -> None:
    assert list(claimkit.__all__) == sorted(claimkit.__all__)
    exposed = {
        name
        for name in dir(claimkit)
        if not name.startswith("_")
        and not inspect.ismodule(getattr(claimkit, name))
        and name != "annotations"
    }
    assert exposed == set(claimkit.__all__) - {"__version__"}


def test_lazy_names_resolve_to_their_module_objects() -> None:
    from claimkit import documents, reconciliation, serialize

    assert claimkit.reconcile is reconciliation.reconcile
    assert claimkit.to_json is serialize.to_json
    assert claimkit.load_corpus is documents.load_corpus
    with pytest.raises(AttributeError, match="no attribute 'reconcile_everything'"):
        claimkit.reconcile_everything  # noqa: B018 - the attribute access is what is tested


# The accelerated build compiles these modules with mypyc, which keeps no docstrings; the
# pure run checks them. (It compiles ``claimkit.documents._sentences`` too, and other
# modules re-export names from them: those names are skipped on that build.)
COMPILED_MODULES = {
    "claimkit.dates",
    "claimkit.extract.attribution",
    "claimkit.extract.claims",
    "claimkit.extract.numbers",
}


@pytest.mark.parametrize(
    "module_name",
    [pytest.param(m, marks=pytest.mark.pure_only) if m in COMPILED_MODULES else m for m in PUBLIC_MODULES],
)
def test_every_public_name_has_a_docstring(module_name: str) -> None:
    try:
        module = importlib.import_module(module_name)
    except claimkit.ClaimkitError as err:  # an optional extra is missing: its module says so clearly
        pytest.skip(str(err))
    assert module.__doc__, f"{module_name} has no module docstring"
    for name in _public_names(module):
        obj = getattr(module, name)
        if COMPILED and getattr(obj, "__module__", None) in (
            *COMPILED_MODULES,
            "claimkit.documents._sentences",
        ):
            continue
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), f"{module_name}.{name} has no docstring"
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if attr.startswith("_") or not callable(member):
                        continue
                    assert inspect.getdoc(member), f"{module_name}.{name}.{attr} has no docstring"


def test_version_is_importable_from_a_fresh_interpreter() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import claimkit; print(claimkit.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == claimkit.__version__
    assert out.stdout.strip()[0].isdigit()


def test_every_error_is_a_claimkit_error() -> None:
    from claimkit import errors

    for name in errors.__all__:
        assert issubclass(getattr(errors, name), claimkit.ClaimkitError)
