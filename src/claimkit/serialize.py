"""JSON and plain-dict interchange for every claimkit class, through one cattrs converter.

Enums are written as their string values, dates as ISO 8601, tuples as lists.
Reading is strict: unknown keys, wrong types, bad values and duplicate keys
raise :class:`~claimkit.errors.SerializationError` naming the path of the bad
field (``claims[3].quantity.low``); no half-built object ever comes back.

>>> from claimkit.model import Quantity
>>> text = to_json(Quantity.more_than(12000, unit="soldiers"))
>>> text
'{"value": 12000, "qualifier": "more_than", "low": 12000, "high": null, "unit": "soldiers", "text": ""}'
>>> from_json(text, Quantity) == Quantity.more_than(12000, unit="soldiers")
True
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any, TypeVar, overload

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.preconf.json import make_converter

from claimkit.errors import ClaimkitError, SerializationError
from claimkit.model import Claim, Stance

__all__ = ["converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

#: The single converter behind every (un)structuring in claimkit. Other tools
#: may register hooks for their own classes on it.
converter = make_converter(forbid_extra_keys=True, detailed_validation=True)


def _unstructure_date(value: _dt.date) -> str:
    return value.isoformat()


def _structure_date(value: Any, _: type) -> _dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return _dt.date.fromisoformat(value)


converter.register_unstructure_hook(_dt.date, _unstructure_date)
converter.register_structure_hook(_dt.date, _structure_date)


# cattrs' default hooks coerce (str(None) -> "None", int(2.7) -> 2, tuple("NIS") ->
# ("N", "I", "S")): a silently wrong object. Reading JSON from strangers must refuse instead.
def _strict_str(value: Any, target: type) -> Any:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__} {value!r}")
    if target is not str:  # a str-valued enum (this hook is dispatched on str and its subclasses)
        return target(value)
    return value


def _strict_int(value: Any, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {type(value).__name__} {value!r}")
    return value


def _strict_float(value: Any, _: type) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"expected a number, got {type(value).__name__} {value!r}")
    return float(value)


def _strict_bool(value: Any, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__} {value!r}")
    return value


converter.register_structure_hook(str, _strict_str)
converter.register_structure_hook(int, _strict_int)
converter.register_structure_hook(float, _strict_float)
converter.register_structure_hook(bool, _strict_bool)


def _is_tuple(t: Any) -> bool:
    return getattr(t, "__origin__", None) is tuple


def _strict_tuple_factory(t: Any, conv: cattrs.Converter) -> Any:
    base = homogenous_tuple_structure_factory(t, conv)

    def structure(value: Any, target: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected a JSON array, got {type(value).__name__} {value!r}")
        return base(value, target)

    return structure


converter.register_structure_hook_factory(_is_tuple, _strict_tuple_factory)


def _with_id(cls: type[Any]) -> None:
    """Write the content id of claims and stances beside their fields.

    The id is derived from content, so reading ignores it (and a hand-edited
    file whose id no longer matches still reads to the right object).
    """
    base_unstructure = converter.get_unstructure_hook(cls)
    base_structure = converter.get_structure_hook(cls)

    def unstructure(obj: Any) -> dict[str, Any]:
        return {"id": obj.id, **base_unstructure(obj)}

    def structure(data: Any, target: type) -> Any:
        if isinstance(data, dict) and "id" in data:
            data = {k: v for k, v in data.items() if k != "id"}
        return base_structure(data, target)

    converter.register_unstructure_hook(cls, unstructure)
    converter.register_structure_hook(cls, structure)


_with_id(Claim)
_with_id(Stance)


# --------------------------------------------------------------- error paths

_AT = re.compile(r"^(?P<msg>.*?) @ (?P<path>\$.*)$", re.S)


def _tidy_path(path: str) -> str:
    """``$.claims[3].quantity.low`` -> ``claims[3].quantity.low`` (``$`` alone stays)."""
    if path == "$":
        return path
    path = path[1:]
    return path[1:] if path.startswith(".") else path


def _first_leaf(exc: BaseException, path: str) -> tuple[str, BaseException]:
    """Walk a cattrs exception group to its first leaf, tracking the path."""
    if isinstance(exc, cattrs.ClassValidationError | cattrs.IterableValidationError):
        for sub in exc.exceptions:
            note = getattr(sub, "__notes__", None) or []
            step = ""
            for n in note:
                if hasattr(n, "name"):  # AttributeValidationNote
                    step = f".{n.name}"
                elif hasattr(n, "index"):  # IterableValidationNote
                    step = f"[{n.index}]"
            return _first_leaf(sub, path + step)
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return path, exc
    return path, exc


def _describe(exc: BaseException) -> str:
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s) {sorted(exc.extra_fields)!r}"
    if isinstance(exc, KeyError):
        return f"missing required field {exc.args[0]!r}"
    if isinstance(exc, ClaimkitError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _wrap(exc: BaseException, root: str) -> SerializationError:
    messages = cattrs.transform_error(exc, path=root) if isinstance(exc, cattrs.BaseValidationError) else []
    path, leaf = _first_leaf(exc, root)
    if isinstance(leaf, KeyError) and leaf.args and not path.endswith(f".{leaf.args[0]}"):
        path = f"{path}.{leaf.args[0]}"
    reason = _describe(leaf)
    if len(messages) > 1:
        reason += f" (and {len(messages) - 1} more problem(s))"
    return SerializationError(_tidy_path(path), reason)


# ------------------------------------------------------------------- public


def to_dict(obj: Any) -> Any:
    """Turn a claimkit object (or a list of them) into plain JSON-ready data.

    >>> from claimkit.model import Span
    >>> to_dict([Span(0, 5)])
    [{'start': 0, 'end': 5}]
    """
    return converter.unstructure(obj)


@overload
def from_dict(data: Any, cls: type[T]) -> T: ...
@overload
def from_dict(data: Any, cls: Any) -> Any: ...
def from_dict(data: Any, cls: Any) -> Any:
    """Build ``cls`` (a claimkit class, or e.g. ``list[Claim]``) from plain data.

    Raises:
        SerializationError: the data does not fit ``cls``; ``path`` says where.

    >>> from claimkit.model import Span
    >>> from_dict({"start": 0, "end": 5}, Span)
    Span(start=0, end=5)
    >>> from_dict({"start": 5, "end": 0}, Span)
    Traceback (most recent call last):
    ...
    claimkit.errors.SerializationError: at $: Span.end: got 0, expected an int >= start (5)
    """
    try:
        return converter.structure(data, cls)
    except ClaimkitError as err:
        if isinstance(err, SerializationError):
            raise
        raise SerializationError("$", str(err)) from err
    except (cattrs.BaseValidationError, cattrs.StructureHandlerNotFoundError) as err:
        raise _wrap(err, "$") from err
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as err:
        raise SerializationError("$", _describe(err)) from err


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialise a claimkit object (or a list of them) to a JSON string.

    Output is deterministic: the same object always gives the same bytes.

    Raises:
        SerializationError: ``obj`` holds something that is not JSON data.
    """
    try:
        return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)
    except (TypeError, ValueError, RecursionError) as err:
        raise SerializationError("$", f"cannot write {type(obj).__name__} as JSON: {err}") from err


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise SerializationError("$", f"duplicate key {key!r} in a JSON object")
        out[key] = value
    return out


@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
@overload
def from_json(text: str | bytes, cls: Any) -> Any: ...
def from_json(text: str | bytes, cls: Any) -> Any:
    """Read ``cls`` (a claimkit class, or e.g. ``list[Claim]``) from JSON text.

    Raises:
        SerializationError: the text is not JSON, has duplicate keys, or does
            not fit ``cls``; ``path`` says where.
    """
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except SerializationError:
        raise
    except json.JSONDecodeError as err:
        raise SerializationError(
            "$", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}"
        ) from err
    except (RecursionError, UnicodeDecodeError, TypeError, ValueError) as err:
        raise SerializationError("$", f"not readable JSON: {type(err).__name__}: {err}") from err
    return from_dict(data, cls)
