"""Field validators and converters shared by the model and reconciliation classes.

Each raises a claimkit error naming the field (``Quantity.low``) and the bad value.
:func:`arguments` does the same for the arguments of a public function.

This module is never compiled (see the accelerated build in the README): a compiled function
refuses an argument of the wrong type on entry with a plain ``TypeError``, before its body could
raise claimkit's own error, so the check must run in a Python-level wrapper around it.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import attrs

from claimkit.errors import ModelTypeError, ValidationError


def name(inst: object, attr: attrs.Attribute[Any]) -> str:
    return f"{type(inst).__name__}.{attr.name}"


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_count(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    """A count: a real, finite, non-negative number (``None`` allowed for bounds)."""
    if value is None and attr.name != "value":
        return
    if not is_number(value):
        raise ModelTypeError(name(inst, attr), value, "an int or float")
    assert isinstance(value, int | float)
    if math.isnan(value) or math.isinf(value):
        raise ValidationError(name(inst, attr), value, "a finite number")
    if value < 0:
        raise ValidationError(name(inst, attr), value, "a number >= 0")


def check_str(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ModelTypeError(name(inst, attr), value, "a str")


def check_nonempty_str(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    check_str(inst, attr, value)
    assert isinstance(value, str)
    if not value.strip():
        raise ValidationError(name(inst, attr), value, "a non-empty string")


def check_optional_str(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_str(inst, attr, value)


def check_str_tuple(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        raise ModelTypeError(name(inst, attr), value, "a tuple of str")


def instance_of(*types: type, optional: bool = False) -> Any:
    expected = " or ".join(t.__name__ for t in types) + (" or None" if optional else "")

    def check(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, types):
            raise ModelTypeError(name(inst, attr), value, expected)

    return check


def tuple_of(item: type) -> Any:
    def check(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, item) for v in value):
            raise ModelTypeError(name(inst, attr), value, f"a tuple of {item.__name__}")

    return check


def one_of(cls: type[enum.Enum]) -> Any:
    """Validator that accepts members of ``cls`` (converters turn strings into them)."""

    def check(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            choices = ", ".join(repr(m.value) for m in cls)
            raise ValidationError(name(inst, attr), value, f"one of {choices}")

    return check


def coerce(cls: type[enum.Enum], value: Any) -> Any:
    """Accept an enum member or its string value; anything else is left for the validator."""
    if isinstance(value, str) and not isinstance(value, cls):
        try:
            return cls(value)
        except ValueError:
            return value  # left for the validator to reject with a named field
    return value


def to_tuple(value: Any) -> Any:
    """Converter: accept any list or tuple for a tuple field (not a bare string)."""
    if isinstance(value, list):
        return tuple(value)
    return value


P = ParamSpec("P")
R = TypeVar("R")

#: What one argument may be: a type, a tuple of types (``None`` among them for an optional one), or a predicate.
Kind = type | tuple[type | None, ...] | Callable[[Any], bool]


def arguments(
    *positional: tuple[str, Kind, str], **keyword: tuple[Kind, str]
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorator: check the arguments of a public function before it runs.

    ``positional`` names the function's leading parameters in order (each may
    also be passed by keyword); ``keyword`` its keyword-only ones. Each gives
    the types the argument may have (``None`` among them for an optional one)
    or a predicate, and what it should be in words. A wrong value raises
    :class:`~claimkit.errors.ModelTypeError` naming the argument, in the pure
    and the accelerated build alike (a compiled function has no signature to
    read them from). An argument left to its default is not checked.

    >>> @arguments(("text", str, "a str"), limit=((int, None), "an int or None"))
    ... def head(text: str, *, limit: int | None = None) -> str:
    ...     return text[:limit]
    >>> head("some 10,000 troops", limit=4)
    'some'
    >>> head(text=b"bytes")
    Traceback (most recent call last):
    ...
    claimkit.errors.ModelTypeError: text: got bytes b'bytes', expected a str
    """
    checks = [(arg, index, _predicate(kind), words) for index, (arg, kind, words) in enumerate(positional)]
    checks += [(arg, -1, _predicate(kind), words) for arg, (kind, words) in keyword.items()]

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            for arg, index, ok, words in checks:
                if 0 <= index < len(args):
                    value = args[index]
                elif arg in kwargs:
                    value = kwargs[arg]
                else:
                    continue
                if not ok(value):
                    raise ModelTypeError(arg, value, words)
            return func(*args, **kwargs)

        return checked

    return decorate


def _predicate(kind: Kind) -> Callable[[Any], bool]:
    if isinstance(kind, type | tuple):
        types = tuple(type(None) if t is None else t for t in (kind if isinstance(kind, tuple) else (kind,)))
        return lambda value: isinstance(value, types)
    return kind
