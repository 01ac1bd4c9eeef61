"""Field validators and converters shared by the model and reconciliation classes.

Each raises a claimkit error naming the field (``Quantity.low``) and the bad value.
"""

from __future__ import annotations

import enum
import math
from typing import Any

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
