"""Robustness: a light import, numbers that lie, and JSON from strangers.

* ``import claimkit`` pulls in none of the optional extras.
* Numbers written in misleading ways ("12.000", "1,500,00", "10 000", "12k",
  "XI Corps") are read right or not at all — never misread by a factor of a
  thousand — end to end through ``read_document`` and ``extract_claims``.
* ``from_json`` on truncated, wrong-typed, extra-field, deeply nested,
  duplicate-key and huge input returns the right object or raises
  :class:`~claimkit.errors.SerializationError`; never a partly built object.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import claimkit
from claimkit.errors import SerializationError
from claimkit.model import Actor, Claim, DateWindow, Measure, Quantity, Source, Span

# ------------------------------------------------------------------- import


def test_import_claimkit_pulls_in_no_optional_extra() -> None:
    probe = textwrap.dedent(
        """
        import sys
        import claimkit
        heavy = ("pandas", "matplotlib", "dask", "hypothesis", "numpy", "quantulum3", "cattrs.preconf.orjson")
        print(" ".join(m for m in heavy if m in sys.modules))
        """
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [], f"import claimkit imported {out.stdout.split()}"


def test_reconciling_a_small_set_imports_no_numpy() -> None:
    # numpy (the `fast` extra) sorts only sets of 100,000 claims and more: below, its
    # import would cost more than it saves.
    probe = textwrap.dedent(
        """
        import sys
        import claimkit
        claims, stances = claimkit.extract_collection(claimkit.load_corpus())
        print(claimkit.reconcile(claims, stances=stances).low.value, "numpy" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1500", "False"]


# ---------------------------------------------------------- numbers that lie

# (sentence, the values a claim from it may hold). A claim with any other value
# is a misreading; no claim at all is an honest refusal.
LYING_NUMBERS: list[tuple[str, set[float]]] = [
    ("Officials said 12.000 troops were sent to Russia.", {12_000}),
    ("Officials said 1.500 North Korean troops were sent to Russia.", {1_500}),
    ("Officials said 10 000 North Korean troops were sent to Russia.", {10_000}),
    ("Officials said 10\u00a0000 North Korean troops were sent to Russia.", {10_000}),
    ("Officials said 10\u202f000 North Korean troops were sent to Russia.", {10_000}),
    ("Officials said 1,500,00 North Korean troops were sent to Russia.", set()),
    ("Officials said 12k North Korean troops were sent to Russia.", {12_000}),
    ("Officials said 12K North Korean troops were sent to Russia.", {12_000}),
    ("Officials said 1.5 million rounds and 3,000 North Korean troops were sent.", {1_500_000, 3_000}),
    ("Officials said 3 thousand North Korean troops were sent to Russia.", {3_000}),
    ("Officials said 12 thousand North Korean troops were sent to Russia.", {12_000}),
    ("Officials said ½ of the 3,000 North Korean troops were sent to Russia.", {0.5, 1_500, 3_000}),
    ("The XI Corps sent 3,000 North Korean troops to Russia, officials said.", {3_000}),
    ("Troops of the XI Corps, 3,000 in all, were sent to Russia, officials said.", {3_000}),
    ("Officials said 0 North Korean troops were sent to Russia.", {0}),
    ("Officials said zero North Korean troops were sent to Russia.", {0}),
    ("Officials said -500 North Korean troops were sent to Russia.", {500}),
    ("Officials said 1,000,000,000,000,000 North Korean troops were sent to Russia.", {10**15}),
    ("Officials said 10^15 North Korean troops were sent to Russia.", {10**15}),
    ("Officials said 12,000.5 North Korean troops were sent to Russia.", {12_000.5}),
    ("Officials said 12.000,5 North Korean troops were sent to Russia.", {12_000.5}),
    ("Officials said 1 500 North Korean troops were sent to Russia on 21 October 2024.", {1_500}),
    ("Officials said some 10,000 North Korean troops were sent in 2024.", {10_000}),
]


def _claims_of(text: str) -> list[Claim]:
    return list(claimkit.extract_claims(claimkit.read_document(text)))


@pytest.mark.parametrize(("sentence", "allowed"), LYING_NUMBERS, ids=[s for s, _ in LYING_NUMBERS])
def test_a_misleading_number_is_read_right_or_refused(sentence: str, allowed: set[float]) -> None:
    claims = _claims_of(sentence)
    for claim in claims:
        assert claim.quantity.value in allowed, (
            f"{sentence!r} gave {claim.quantity.value!r} from {claim.evidence!r}; allowed: {sorted(allowed)}"
        )
        if claim.quantity.value > 0 and allowed:
            ratio = max(
                claim.quantity.value / min(allowed, key=lambda a: abs(a - claim.quantity.value) or 1), 1
            )
            assert ratio < 1000


def test_european_thousands_in_a_news_sentence_is_never_twelve_troops() -> None:
    claims = _claims_of("Officials said 12.000 troops were sent to the Kursk region on Monday.")
    assert all(c.quantity.value != 12 for c in claims), [str(c) for c in claims]


#: Letters that case-insensitive matching takes for an ASCII letter: the long s, the Kelvin
#: sign, the dotless i and the dotted capital I. Old typography, OCR and Turkish keyboards
#: put them in running text; a matched word must still be looked up as the word it reads as.
CASE_TWINS = [("s", "\u017f"), ("k", "\u212a"), ("i", "\u0131"), ("I", "\u0130")]


@pytest.mark.parametrize(
    ("plain", "twin"), CASE_TWINS, ids=["long s", "Kelvin sign", "dotless i", "dotted I"]
)
def test_case_twins_of_ascii_letters_never_break_reading(plain: str, twin: str) -> None:
    # Every bundled document with one letter replaced throughout by its twin: no raw
    # exception (it once raised KeyError from the number and date readers).
    for document in claimkit.load_corpus():
        spoiled = claimkit.read_document(document.text.replace(plain, twin))
        claimkit.extract_claims(spoiled)
        claimkit.extract_stances(spoiled)


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("Officials said \u017fome 500 troops were sent.", 500, "approximate"),
        ("Officials said f\u0131ve thousand troops were sent.", 5_000, "exact"),
        ("Officials said 2 b\u0131llion dollars and 300 troops were sent.", 300, "exact"),
        ("Officials said approx\u0131mately 700 troops were sent.", 700, "approximate"),
    ],
)
def test_a_word_spelt_with_a_case_twin_reads_as_the_word(sentence: str, value: int, qualifier: str) -> None:
    [claim] = [c for c in _claims_of(sentence) if c.quantity.unit == "troops"]
    assert (claim.quantity.value, claim.quantity.qualifier.value) == (value, qualifier)


# --------------------------------------------------------- JSON from strangers


def _claim(i: int) -> Claim:
    evidence = f"{1_000 + i:,} troops"
    return Claim(
        subject="North Korean troops",
        measure=Measure.DEPLOYED,
        quantity=Quantity.more_than(1_000 + i, unit="troops", text=f"more than {1_000 + i:,}"),
        actor=Actor(f"Origin {i % 7}", aliases=("O",)),
        source=Source(id=f"doc-{i % 11}", outlet="Wire", published=DateWindow.month(2024, 10)),
        span=Span(i, i + len(evidence)),
        evidence=evidence,
        ref_date=DateWindow.on(__import__("datetime").date(2024, 10, 1 + i % 30)),
    )


CLAIM_JSON = claimkit.to_json(_claim(3))


@pytest.mark.parametrize("cut", range(1, len(CLAIM_JSON), max(1, len(CLAIM_JSON) // 60)))
def test_truncated_json_is_a_serialization_error(cut: int) -> None:
    with pytest.raises(SerializationError):
        claimkit.from_json(CLAIM_JSON[:cut], Claim)


WRONG_TYPED = [
    ("quantity.value", lambda d: d["quantity"].__setitem__("value", "3000")),
    ("quantity.low", lambda d: d["quantity"].__setitem__("low", [1])),
    ("quantity.qualifier", lambda d: d["quantity"].__setitem__("qualifier", "lots")),
    ("span.start", lambda d: d["span"].__setitem__("start", -4)),
    ("span.start float", lambda d: d["span"].__setitem__("start", 2.7)),
    ("span.start string", lambda d: d["span"].__setitem__("start", "3")),
    ("span.start bool", lambda d: d["span"].__setitem__("start", True)),
    ("source.id number", lambda d: d["source"].__setitem__("id", 17)),
    ("actor.affiliation string", lambda d: d["actor"].__setitem__("affiliation", "United States")),
    ("span", lambda d: d.__setitem__("span", [0, 5])),
    ("evidence", lambda d: d.__setitem__("evidence", "x")),
    ("measure", lambda d: d.__setitem__("measure", 7)),
    ("actor.name", lambda d: d["actor"].__setitem__("name", None)),
    ("actor.aliases", lambda d: d["actor"].__setitem__("aliases", "O")),
    ("ref_date.earliest", lambda d: d["ref_date"].__setitem__("earliest", "21 October")),
    ("ref_date.latest", lambda d: d["ref_date"].__setitem__("latest", 20241021)),
    ("source.published", lambda d: d["source"].__setitem__("published", "2024-10")),
    ("subject", lambda d: d.__setitem__("subject", {"a": 1})),
    ("via", lambda d: d.__setitem__("via", [{"name": 5}])),
    ("extra", lambda d: d.__setitem__("confidence", 0.9)),
    ("extra nested", lambda d: d["quantity"].__setitem__("precision", "day")),
    ("missing", lambda d: d.pop("quantity")),
    ("missing nested", lambda d: d["span"].pop("end")),
    ("root is a list", lambda d: None),
]


@pytest.mark.parametrize(("label", "spoil"), WRONG_TYPED, ids=[label for label, _ in WRONG_TYPED])
def test_wrong_typed_or_extra_fields_are_a_serialization_error_naming_the_place(
    label: str, spoil: object
) -> None:
    data = json.loads(CLAIM_JSON)
    assert callable(spoil)
    spoil(data)
    text = json.dumps([data]) if label == "root is a list" else json.dumps(data)
    with pytest.raises(SerializationError) as info:
        claimkit.from_json(text, Claim)
    head = label.split()[0].split(".")[0]
    if head not in ("extra", "missing", "root"):
        assert head in str(info.value), f"the error does not say where: {info.value}"


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        "[" * 1_000_000,
    ],
    ids=["deep lists", "deep objects", "unclosed million"],
)
def test_deeply_nested_json_is_a_serialization_error(text: str) -> None:
    with pytest.raises(SerializationError):
        claimkit.from_json(text, list[Claim])


@pytest.mark.parametrize(
    "text",
    [
        '{"start": 0, "start": 1, "end": 5}',
        '{"start": 0, "end": 5, "end": 5}',
    ],
)
def test_duplicate_keys_are_a_serialization_error(text: str) -> None:
    with pytest.raises(SerializationError, match="duplicate key"):
        claimkit.from_json(text, Span)


def test_one_bad_claim_in_a_list_spoils_the_whole_list_and_says_which() -> None:
    data = [json.loads(claimkit.to_json(_claim(i))) for i in range(200)]
    data[137]["quantity"]["value"] = -1
    with pytest.raises(SerializationError) as info:
        claimkit.from_json(json.dumps(data), list[Claim])
    assert "137" in info.value.path or "137" in str(info.value)


@pytest.mark.parametrize(
    "junk", ["", " ", "null", "0", '"claim"', "true", "[]", "{}", "\x00", "\ud800", "NaN"]
)
def test_junk_is_a_serialization_error_or_an_empty_list(junk: str) -> None:
    try:
        got = claimkit.from_json(junk, list[Claim])
    except SerializationError:
        return
    assert got == [], f"{junk!r} read as {got!r}"


HUGE_PROBE = """
import json, resource, sys
import claimkit
from claimkit.model import Claim
sys.path.insert(0, {tests!r})
from test_robustness import _claim
pieces = [claimkit.to_json(_claim(i)) for i in range(500)]
count = 100_000_000 // (sum(map(len, pieces)) // len(pieces)) + 1
text = "[" + ",".join(pieces[i % 500] for i in range(count)) + "]"
del pieces
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
claims = claimkit.from_json(text, list[Claim])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
assert len(claims) == count and claims[-1] == _claim((count - 1) % 500)
print(len(text), after - before, count)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX-only")
def test_100_mb_of_claims_read_in_bounded_memory() -> None:
    from pathlib import Path

    probe = HUGE_PROBE.format(tests=str(Path(__file__).parent))
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=600
    )
    assert out.returncode == 0, out.stderr[-3000:]
    size, grown, _count = map(int, out.stdout.split())
    assert size >= 100_000_000
    assert grown < 20 * size, f"reading {size / 1e6:.0f} MB of JSON took {grown / 1e6:.0f} MB more memory"
