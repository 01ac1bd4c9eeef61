"""Every public function and constructor answers wrong input with a claimkit error that names the problem.

Two walks over ``claimkit.__all__``: every function called with values of the
wrong type (it must return normally — a documented empty or passthrough
result — or raise a :class:`~claimkit.ClaimkitError`, never a raw
``TypeError``/``AttributeError`` from deep inside), and every attrs class
rebuilt with each field set to a wrong value (it must raise a ClaimkitError
naming the field). Then a table of specific wrong values and the error and
message each must give.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import claimkit
from claimkit.errors import (
    ClaimkitError,
    DocumentDecodeError,
    DocumentError,
    DocumentNotFoundError,
    EmptyDocumentError,
    EmptyEstimateError,
    ModelTypeError,
    ParseError,
    PolicyError,
    ReconcileError,
    SerializationError,
    ValidationError,
)
from claimkit.model import Actor, Claim, DateWindow, Measure, Quantity, Source, Span, Stance


def _claim(value: int = 3_000, measure: Measure = Measure.DEPLOYED, actor: str = "NIS") -> Claim:
    evidence = f"{value:,} troops"
    return Claim(
        subject="North Korean troops",
        measure=measure,
        quantity=Quantity.approximately(value, unit="troops", text=f"about {value:,}"),
        actor=Actor(actor),
        source=Source(id="doc-1", outlet="Example News"),
        span=Span(10, 10 + len(evidence)),
        evidence=evidence,
        ref_date=DateWindow.on(_dt.date(2024, 10, 23)),
    )


CLAIMS = [_claim(1_500, actor="NIS"), _claim(10_000, actor="Pentagon"), _claim(600_000, Measure.CASUALTIES)]
TEXT = "Seoul (Yonhap) – Some 3,000 North Korean troops were sent to Russia, the NIS said on Monday (21 October)."


class _Opaque:
    """A value no claimkit function or field can mean to accept."""

    def __repr__(self) -> str:
        return "<opaque>"


WRONG_VALUES: list[Any] = [None, 42, 2.5, _Opaque(), [_Opaque()], {"a": _Opaque()}, 3 + 4j]


# ------------------------------------------------------------- the function walk


def _functions() -> list[str]:
    return sorted(
        name
        for name in claimkit.__all__
        if inspect.isroutine(getattr(claimkit, name, None)) and name != "load_corpus"
    )


def _required_positional(fn: Callable[..., Any], name: str) -> int:
    try:
        params = inspect.signature(fn).parameters.values()
    except ValueError:  # a compiled function that has no signature to read: its valid call tells
        return len(_valid_args(name))
    return sum(
        1
        for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is inspect.Parameter.empty
    )


# A valid value for each function's arguments, so that one argument at a time can be made wrong.
VALID_ARGS: dict[str, tuple[Any, ...]] = {
    "evaluate": (),  # filled lazily: needs the corpus gold
    "extract_claims": (),
    "extract_quantities": (TEXT,),
    "extract_stances": (),
    "from_dict": ({"start": 0, "end": 5}, Span),
    "from_json": ('{"start": 0, "end": 5}', Span),
    "iter_documents": ([],),
    "merge": (),
    "extract_collection": (),
    "parse_quantity": ("some 10,000",),
    "read_document": (TEXT,),
    "read_documents": ([],),
    "reconcile": (CLAIMS,),
    "timeline": (CLAIMS,),
    "to_dict": (Span(0, 1),),
    "to_json": (Span(0, 1),),
}


# The public functions of the text-reading modules, which the accelerated build compiles: there a
# compiled function would refuse a wrong type with a plain TypeError unless claimkit checks it first.
SUBMODULE_ARGS: dict[str, tuple[Any, ...]] = {
    "claimkit.dates.find_dates": (TEXT,),
    "claimkit.dates.parse_date": ("21 October 2024",),
    "claimkit.dates.resolve_date": (TEXT,),
    "claimkit.documents.split_sentences": (TEXT,),
    "claimkit.extract.attribution.cited_origin": (),
    "claimkit.extract.attribution.find_cues": (TEXT,),
    "claimkit.extract.attribution.governing_cue": (),
    "claimkit.extract.numbers.find_numbers": (TEXT,),
}


def _resolve(name: str) -> Callable[..., Any]:
    if "." not in name:
        return getattr(claimkit, name)  # type: ignore[no-any-return]
    module, _, attr = name.rpartition(".")
    return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]


def _valid_args(name: str) -> tuple[Any, ...]:
    if name.startswith("claimkit.extract.attribution.") and not SUBMODULE_ARGS[name]:
        from claimkit.extract.attribution import find_cues

        cues = find_cues("The report, citing U.S. intelligence, said 8,000 left.")
        return (cues, 40) if name.endswith("governing_cue") else (cues,)
    if name in SUBMODULE_ARGS:
        return SUBMODULE_ARGS[name]

    if name in ("extract_claims", "extract_stances"):
        return (claimkit.read_document(TEXT),)
    if name == "extract_collection":
        return ([claimkit.read_document(TEXT)],)
    if name == "merge":
        return (claimkit.reconcile(CLAIMS),)
    if name == "evaluate":
        from claimkit.documents import load_corpus_gold

        return (load_corpus_gold(), claimkit.load_corpus())
    return VALID_ARGS[name]


# Known gaps, each a strict xfail so that a fix shows up. None are open now.
KNOWN_FUNCTION_GAPS: dict[tuple[str, str], str] = {}
KNOWN_CLASS_GAPS: dict[str, str] = {}


#: Fields of those classes that do validate already.
VALIDATED = {("Bound", "claims")}


def _walk_cases() -> list[Any]:
    cases = []
    for name in [*_functions(), *SUBMODULE_ARGS]:
        fn = _resolve(name)
        arity = max(_required_positional(fn, name), 1)
        for position in range(arity):
            for bad in WRONG_VALUES:
                gap = KNOWN_FUNCTION_GAPS.get((name, repr(bad))) if position == 0 else None
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                cases.append(pytest.param(name, position, bad, marks=marks))
    return cases


def test_every_public_function_is_in_the_walk() -> None:
    assert set(_functions()) <= set(VALID_ARGS), "add a valid call for the new public function"
    # Every public function of the modules the accelerated build compiles is walked too.
    compiled = (
        "claimkit.dates",
        "claimkit.extract.attribution",
        "claimkit.extract.claims",
        "claimkit.extract.numbers",
    )
    public = {
        getattr(module, attr)
        for module in map(importlib.import_module, compiled)
        for attr in module.__all__
        if inspect.isroutine(getattr(module, attr))
    }
    walked = {_resolve(name) for name in [*_functions(), *SUBMODULE_ARGS]}
    assert public <= walked, "add a valid call for the new public function"


@pytest.mark.parametrize(("name", "position", "bad"), _walk_cases(), ids=repr)
def test_wrong_argument_gives_a_claimkit_error_or_a_documented_result(
    name: str, position: int, bad: Any
) -> None:
    fn = _resolve(name)
    args = list(_valid_args(name)) or [None]
    args[position] = bad
    message = "returned normally"
    try:
        result = fn(*args)
        if inspect.isgenerator(result) or name == "iter_documents":
            result = list(result)
    except ClaimkitError as err:
        message = str(err)
    except RecursionError:
        pytest.fail(f"{name}({args!r}) recursed without end")
    except Exception as err:
        pytest.fail(f"{name}: argument {position} = {bad!r} escaped as a raw {type(err).__name__}: {err}")
    assert message, f"{name} raised a claimkit error with an empty message"


# ---------------------------------------------------------- the constructor walk


def _valid_instances() -> dict[str, Any]:
    estimate = claimkit.reconcile(CLAIMS)
    doc = claimkit.read_document(TEXT)
    stance = Stance(
        actor=Actor("Kremlin"),
        polarity="denies",
        target="North Korean troops deployed to Russia",
        source=Source(id="doc-1"),
        span=Span(0, 6),
        evidence="denied",
    )
    out: dict[str, Any] = {
        "Actor": Actor("NIS"),
        "Claim": CLAIMS[0],
        "DateWindow": DateWindow.on(_dt.date(2024, 10, 21)),
        "Document": doc,
        "Quantity": Quantity.more_than(12_000),
        "Source": Source(id="doc-1"),
        "Span": Span(0, 5),
        "Stance": stance,
        "Estimate": estimate,
        "Bound": estimate.low,
        "Sentence": doc.sentences[0],
    }
    if estimate.excluded:
        out["Exclusion"] = estimate.excluded[0]
    return out


def _constructor_cases() -> list[Any]:
    cases: list[Any] = []
    for name in claimkit.__all__:
        cls = getattr(claimkit, name, None)
        if inspect.isclass(cls) and attrs.has(cls):
            for field in attrs.fields(cls):
                gap = KNOWN_CLASS_GAPS.get(name) if (name, field.name) not in VALIDATED else None
                marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
                if field.init:
                    cases.append(pytest.param(name, field.name, marks=marks))
    return sorted(cases, key=lambda p: p.values)


@pytest.mark.parametrize(("cls_name", "field"), _constructor_cases())
def test_wrong_field_value_gives_a_claimkit_error_naming_the_field(cls_name: str, field: str) -> None:
    valid = _valid_instances().get(cls_name)
    if valid is None:
        pytest.skip(f"no valid {cls_name} to start from")
    for bad in (_Opaque(), 3 + 4j):
        with pytest.raises(ClaimkitError) as info:
            attrs.evolve(valid, **{field.lstrip("_"): bad})
        assert field.lstrip("_") in str(info.value), f"the message does not name the field: {info.value}"


# -------------------------------------------------------------- specific errors


def _raises(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[[], Any]:
    return lambda: fn(*args, **kwargs)


CASES: list[tuple[str, Callable[[], Any], type[ClaimkitError], str]] = [
    ("empty text", _raises(claimkit.read_document, ""), EmptyDocumentError, r"empty"),
    ("whitespace text", _raises(claimkit.read_document, " \n\t "), EmptyDocumentError, r"empty|whitespace"),
    (
        "missing file",
        _raises(claimkit.read_document, Path("no/such/file.txt")),
        DocumentNotFoundError,
        r"no/such/file\.txt",
    ),
    (
        "binary bytes",
        _raises(claimkit.read_document, b"\x00\x01\x02binary\x00"),
        DocumentDecodeError,
        r"binary|NUL|decode",
    ),
    ("read a number", _raises(claimkit.read_document, 42), DocumentError, r"int|42|text|path"),
    ("extract from a str", _raises(claimkit.extract_claims, TEXT), ModelTypeError, r"Document"),
    ("parse no number", _raises(claimkit.parse_quantity, "no figure here"), ParseError, r"no figure here"),
    ("parse empty", _raises(claimkit.parse_quantity, ""), ParseError, r"cannot parse"),
    ("reconcile nothing", _raises(claimkit.reconcile, []), EmptyEstimateError, r"no claims"),
    ("reconcile strings", _raises(claimkit.reconcile, ["3,000 troops"]), ModelTypeError, r"Claim"),
    ("unknown policy", _raises(claimkit.reconcile, CLAIMS, policy="median-ish"), PolicyError, r"median-ish"),
    ("bad tolerance", _raises(claimkit.reconcile, CLAIMS, tolerance=2.0), PolicyError, r"tolerance"),
    ("unknown measure", _raises(claimkit.reconcile, CLAIMS, measure="troopz"), ReconcileError, r"troopz"),
    ("as_of a string", _raises(claimkit.reconcile, CLAIMS, as_of="2024-10-21"), ModelTypeError, r"as_of"),
    ("merge nothing", _raises(claimkit.merge), ReconcileError, r"at least one"),
    ("merge a claim", _raises(claimkit.merge, CLAIMS[0]), ModelTypeError, r"Estimate"),
    ("not JSON", _raises(claimkit.from_json, "{not json", Span), SerializationError, r"not valid JSON"),
    (
        "JSON wrong field",
        _raises(claimkit.from_json, '{"start": "a", "end": 5}', Span),
        SerializationError,
        r"start",
    ),
    (
        "JSON extra field",
        _raises(claimkit.from_json, '{"start": 0, "end": 5, "x": 1}', Span),
        SerializationError,
        r"'x'",
    ),
    ("JSON missing field", _raises(claimkit.from_json, '{"start": 0}', Span), SerializationError, r"end"),
    ("negative count", _raises(Quantity, -5), ValidationError, r"Quantity\.value"),
    ("NaN count", _raises(Quantity, float("nan")), ValidationError, r"finite"),
    ("reversed span", _raises(Span, 5, 2), ValidationError, r"Span\.end"),
    (
        "evidence of wrong length",
        _raises(attrs.evolve, CLAIMS[0], evidence="x"),
        ValidationError,
        r"evidence",
    ),
    ("empty subject", _raises(attrs.evolve, CLAIMS[0], subject="  "), ValidationError, r"subject"),
    (
        "reversed window",
        _raises(DateWindow.between, _dt.date(2024, 10, 2), _dt.date(2024, 10, 1)),
        ValidationError,
        r"earliest",
    ),
    ("no such month", _raises(DateWindow.month, 2024, 13), ValidationError, r"month"),
]


@pytest.mark.parametrize(("label", "call", "error", "message"), CASES, ids=[c[0] for c in CASES])
def test_specific_wrong_input_gives_the_documented_error(
    label: str, call: Callable[[], Any], error: type[ClaimkitError], message: str
) -> None:
    with pytest.raises(error) as info:
        call()
    assert re.search(message, str(info.value), re.IGNORECASE), f"{label}: {info.value}"
