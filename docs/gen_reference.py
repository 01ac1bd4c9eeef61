"""Generate docs/reference.md, the API reference, from claimkit's docstrings.

Run ``python docs/gen_reference.py`` after changing a public docstring or
signature; ``python docs/gen_reference.py --check`` exits 1 when the committed
file is out of date (the test suite runs the same check).

Only the standard library is used (``inspect``). Each public module is listed
with its ``__all__``, in the order of the data flow. Interactive examples
(``>>>`` blocks) are left out of the page: they run as doctests of their
module, and the page itself is collected by pytest's ``--doctest-glob=*.md``,
where they would run a second time without their module's names.
"""

from __future__ import annotations

import argparse
import enum
import importlib
import inspect
import sys
from pathlib import Path
from typing import Any

REFERENCE = Path(__file__).with_name("reference.md")

#: The public modules, in the order of the data flow.
MODULES = (
    "claimkit",
    "claimkit.model",
    "claimkit.documents",
    "claimkit.dates",
    "claimkit.extract",
    "claimkit.extract.actors",
    "claimkit.reconciliation",
    "claimkit.evaluation",
    "claimkit.serialize",
    "claimkit.render",
    "claimkit.tables",
    "claimkit.plot",
    "claimkit.jsonld",
    "claimkit.dask",
    "claimkit.strategies",
    "claimkit.cli",
    "claimkit.errors",
)


def _strip_examples(doc: str) -> str:
    """The docstring without its ``>>>`` examples (each runs until the next blank line)."""
    out: list[str] = []
    in_example = False
    for line in doc.splitlines():
        stripped = line.strip()
        if stripped.startswith(">>>"):
            in_example = True
            continue
        if in_example:
            if not stripped:
                in_example = False
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out).strip("\n")


def _doc(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return _strip_examples(doc)


def _signature_block(name: str, obj: object) -> list[str]:
    """The signature of ``obj`` as a code block (no lines when it has none)."""
    sig = _signature(name, obj)
    return ["", "```python", sig, "```"] if sig else []


def _body(obj: object) -> list[str]:
    """The docstring of ``obj`` as reference text (no lines when it has none)."""
    body = _doc(obj)
    return ["", body] if body else []


def _signature(name: str, obj: Any) -> str | None:
    try:
        return f"{name}{inspect.signature(obj)}"
    except (TypeError, ValueError):
        return None


def _entry(module: Any, name: str) -> list[str]:
    obj = getattr(module, name)
    lines: list[str] = []
    if inspect.isclass(obj):
        kind = "enum" if issubclass(obj, enum.Enum) else "class"
        lines.append(f"### `{name}` ({kind})")
        if issubclass(obj, enum.Enum):
            lines += ["", "Values: " + ", ".join(f"`{m.value}`" for m in obj)]
        else:
            lines += _signature_block(name, obj)
        lines += _body(obj)
        methods = [
            (n, m)
            for n, m in vars(obj).items()
            if not n.startswith("_") and (inspect.isfunction(m) or isinstance(m, classmethod | property))
        ]
        for method_name, method in methods:
            target = method.__func__ if isinstance(method, classmethod) else method
            if isinstance(method, property):
                lines += ["", f"- `{method_name}` (property): {_first_line(method)}"]
            else:
                sig = _signature(method_name, target) or method_name
                lines += ["", f"- `{sig}`: {_first_line(target)}"]
    elif callable(obj):
        lines.append(f"### `{name}()`")
        lines += _signature_block(name, obj) + _body(obj)
    else:
        lines.append(f"### `{name}`")
        lines += ["", f"A constant of type `{type(obj).__name__}`."]
    return lines


def _first_line(obj: Any) -> str:
    doc = _doc(obj)
    return doc.splitlines()[0] if doc else ""


def render() -> str:
    """The whole reference page, as Markdown."""
    lines = [
        "# API reference",
        "",
        "Generated from the docstrings by `docs/gen_reference.py`; do not edit by hand.",
        "The runnable examples live in the docstrings themselves (`help(claimkit.reconcile)`),",
        "where they run as doctests, and in the [tutorial](tutorial.md).",
        "",
        "Modules, in the order of the data flow:",
        "",
    ]
    lines += [f"- [`{m}`](#{m.replace('.', '')})" for m in MODULES]
    for module_name in MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError as err:  # pragma: no cover - an extra missing where docs are built
            lines += ["", f"## {module_name}", "", f"(not importable here: {err})"]
            continue
        lines += ["", f"## {module_name}", ""]
        summary = _doc(module)
        if summary:
            lines += [summary, ""]
        names = getattr(module, "__all__", [])
        if module_name == "claimkit":
            lines += ["Re-exports: " + ", ".join(f"`{n}`" for n in names) + "."]
            continue
        for name in names:
            lines += ["", *_entry(module, name)]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the reference, or with ``--check`` report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/reference.md is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = REFERENCE.read_text(encoding="utf-8") if REFERENCE.exists() else ""
        if current != text:
            print("docs/reference.md is out of date: run python docs/gen_reference.py", file=sys.stderr)
            return 1
        return 0
    REFERENCE.write_text(text, encoding="utf-8")
    print(f"wrote {REFERENCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
