"""The claimkit exception hierarchy.

Every error claimkit raises on purpose derives from :class:`ClaimkitError`, and
each subclass also derives from the built-in exception a Python user already
catches (``ValueError``, ``TypeError``, ``FileNotFoundError`` ...). Errors carry
their context as attributes so that callers never have to parse messages.

>>> from claimkit.errors import ClaimkitError, ValidationError
>>> issubclass(ValidationError, ValueError) and issubclass(ValidationError, ClaimkitError)
True
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ClaimkitError",
    "DocumentDecodeError",
    "DocumentError",
    "DocumentNotFoundError",
    "EmptyDocumentError",
    "EmptyEstimateError",
    "GoldFileError",
    "MissingDependencyError",
    "ModelTypeError",
    "ParseError",
    "PolicyError",
    "ReconcileError",
    "SerializationError",
    "ValidationError",
]


class ClaimkitError(Exception):
    """Root of every error claimkit raises on purpose.

    Catch this to handle any claimkit failure in one place.
    """


class ValidationError(ClaimkitError, ValueError):
    """A model value broke an invariant at construction.

    Attributes:
        field: dotted name of the offending field, e.g. ``"Quantity.low"``.
        value: the rejected value.
    """

    def __init__(self, field: str, value: Any, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: got {value!r}, expected {expected}")


class ModelTypeError(ClaimkitError, TypeError):
    """A model field received a value of the wrong type.

    Attributes:
        field: dotted name of the offending field.
        value: the rejected value.
    """

    def __init__(self, field: str, value: Any, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: got {type(value).__name__} {value!r}, expected {expected}")


class SerializationError(ClaimkitError, ValueError):
    """JSON (or a plain dict) could not be turned into claimkit objects.

    Attributes:
        path: where in the input the problem is, e.g. ``"claims[3].quantity.low"``
            (``"$"`` for the whole input).
        reason: what was wrong there.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"at {path}: {reason}")


class DocumentError(ClaimkitError, ValueError):
    """A document could not be read.

    Attributes:
        path: the file concerned, or ``None`` for text given directly.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        where = f"{path}: " if path is not None else ""
        super().__init__(f"{where}{message}")


class DocumentNotFoundError(DocumentError, FileNotFoundError):
    """A path given to a reader does not exist, or a directory holds no text files."""


class DocumentDecodeError(DocumentError, UnicodeError):
    """A file's bytes are not text in any encoding claimkit accepts."""


class EmptyDocumentError(DocumentError):
    """The input is empty or holds only whitespace."""


class ParseError(ClaimkitError, ValueError):
    """A strict ``parse_*`` function could not read its input.

    Attributes:
        text: the input.
        reason: why it was refused.
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"cannot parse {shown!r}: {reason}")


class ReconcileError(ClaimkitError, ValueError):
    """Claims could not be reconciled into an estimate."""


class EmptyEstimateError(ReconcileError):
    """No claim is left to reconcile (none given, or all excluded).

    Attributes:
        excluded: how many claims were set aside, and so are not in the estimate.
    """

    def __init__(self, message: str, excluded: int = 0) -> None:
        self.excluded = excluded
        super().__init__(message)


class PolicyError(ReconcileError):
    """An unknown policy name, or a policy setting out of range."""


class GoldFileError(ClaimkitError, ValueError):
    """An evaluation gold file is missing fields or malformed.

    Attributes:
        path: where in the gold file the problem is.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"gold file at {path}: {reason}")


class MissingDependencyError(ClaimkitError, ImportError):
    """An optional extra is needed but not installed.

    Attributes:
        extra: the name of the ``claimkit[...]`` extra that provides it.
    """

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{feature} needs {package}, which is not installed; "
            f"install it with: pip install 'claimkit[{extra}]'"
        )
