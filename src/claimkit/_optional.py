"""Lazy imports of optional extras (pandas, matplotlib, dask, numpy).

claimkit's core needs only attrs, cattrs and python-dateutil. Features that
need more import it here, inside the function that needs it, so that a user
without the extra gets a :class:`~claimkit.errors.MissingDependencyError`
naming the ``pip install 'claimkit[...]'`` line instead of a bare
``ImportError`` from deep inside. An *accelerator* (numpy, the ``fast`` extra)
is different: claimkit works the same without it, only slower, so
:func:`accelerator` returns ``None`` instead of raising.

>>> import_optional("json", extra="core", feature="this example").__name__
'json'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from claimkit.errors import MissingDependencyError

__all__ = ["accelerator", "import_optional"]

# The one place optional modules are imported, so tests can simulate a missing extra.
_import = importlib.import_module


def import_optional(module: str, *, extra: str, feature: str, package: str | None = None) -> ModuleType:
    """Import ``module``, or raise an error that says which extra provides it.

    Args:
        module: the dotted module name (``"pandas"``, ``"matplotlib.pyplot"``).
        extra: the claimkit extra that installs it (``"pandas"``, ``"plot"``).
        feature: what needs it, for the message (``"Claims.to_frame()"``).
        package: the distribution name, when it differs from the module's top level.

    Returns:
        The imported module.

    Raises:
        MissingDependencyError: the module is not installed.

    >>> import_optional("no_such_module_xyz", extra="plot", feature="estimate.plot()")
    Traceback (most recent call last):
    ...
    claimkit.errors.MissingDependencyError: estimate.plot() needs no_such_module_xyz, ...
    """
    try:
        return _import(module)
    except ImportError as err:
        name = package or module.partition(".")[0]
        raise MissingDependencyError(name, extra, feature) from err


def accelerator(module: str) -> ModuleType | None:
    """Import an optional speed-up, or ``None`` when it is not installed.

    Code that takes an accelerated path must give exactly the result of its plain
    path; the accelerator only changes how fast it comes.

    Args:
        module: the module name (``"numpy"``).

    Returns:
        The imported module, or ``None``.

    >>> accelerator("no_such_module_xyz") is None
    True
    """
    try:
        return _import(module)
    except ImportError:
        return None
