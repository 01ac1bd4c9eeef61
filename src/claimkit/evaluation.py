"""Evaluation: score extracted claims and stances against a gold file.

A gold file has the shape of the bundled ``corpus/gold.json``::

    {"documents": {"<file name>": {
        "claims": [{"quote", "value", "low", "high", "qualifier", "counts", "actor",
                    "also_acceptable", "ref_date"}, ...],
        "not_troop_counts": ["<quote>", ...],
        "stances": [{"actor", "stance", "target", "quote"}, ...]}}}

A gold claim is matched by an extracted claim of the same document whose span
overlaps the position of the gold ``quote`` and whose value is the gold value.
*Troop-count* claims are those that count troops deployed so far or expected
in total; precision and recall are reported for them, and the accuracy of
value, qualifier, bounds, measure, actor and date on every matched claim. An
extracted troop-count claim that overlaps a ``not_troop_counts`` quote is a
distractor hit. Actors compare after canonicalising both sides through the
gazetteer, so any alias or ``also_acceptable`` reading counts; for stances an
organ also matches the body it speaks for (its affiliation or country: a
ministry's denial is its state's).

>>> report = evaluate(corpus_gold())
>>> report.ok, report.precision, report.recall
(True, 1.0, 1.0)
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from claimkit.errors import ClaimkitError, GoldFileError, ModelTypeError
from claimkit.model import Claim, DateWindow, Document, Measure, Span, Stance

__all__ = [
    "EvaluationReport",
    "FieldScore",
    "Finding",
    "corpus_gold",
    "evaluate",
    "evaluate_sentences",
    "read_sentence_gold",
]

_TROOP_MEASURES = frozenset({Measure.DEPLOYED, Measure.EXPECTED_TOTAL})
_FIELDS = ("value", "qualifier", "low", "high", "measure", "actor", "date")


@attrs.frozen
class FieldScore:
    """How often one field of matched claims was right."""

    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        """The share right (1.0 when nothing was compared)."""
        return self.correct / self.total if self.total else 1.0


@attrs.frozen(kw_only=True)
class Finding:
    """One line of an evaluation's detail: a miss, a false positive, a wrong field."""

    document: str
    quote: str
    what: str
    expected: str = ""
    got: str = ""

    def __str__(self) -> str:
        detail = f" (expected {self.expected!s}, got {self.got!s})" if self.expected or self.got else ""
        return f"{self.document}: {self.what}: {self.quote!r}{detail}"


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """Scores of an extraction against gold.

    Attributes:
        gold_troop_counts: gold claims counting troops deployed or expected.
        extracted_troop_counts: extracted claims with those measures.
        true_positives: extracted troop-count claims matched to such gold claims.
        gold_claims / matched_claims: all gold claims, and those found (any measure).
        fields: per-field accuracy on matched claims.
        gold_stances / extracted_stances / matched_stances: stance counts.
        stance_fields: polarity and target accuracy on matched stances.
        misses, false_positives, distractor_hits, field_errors, stance_misses:
            the detail, with document and quote.
    """

    gold_troop_counts: int
    extracted_troop_counts: int
    true_positives: int
    gold_claims: int
    matched_claims: int
    fields: tuple[FieldScore, ...]
    gold_stances: int
    extracted_stances: int
    matched_stances: int
    stance_fields: tuple[FieldScore, ...]
    misses: tuple[Finding, ...] = ()
    false_positives: tuple[Finding, ...] = ()
    distractor_hits: tuple[Finding, ...] = ()
    field_errors: tuple[Finding, ...] = ()
    stance_misses: tuple[Finding, ...] = ()

    @property
    def precision(self) -> float:
        """Share of extracted troop-count claims that are gold troop counts."""
        return self.true_positives / self.extracted_troop_counts if self.extracted_troop_counts else 1.0

    @property
    def recall(self) -> float:
        """Share of gold troop-count claims extracted as troop counts."""
        return self.true_positives / self.gold_troop_counts if self.gold_troop_counts else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def stance_precision(self) -> float:
        """Share of extracted stances that match a gold stance."""
        return self.matched_stances / self.extracted_stances if self.extracted_stances else 1.0

    @property
    def stance_recall(self) -> float:
        """Share of gold stances found."""
        return self.matched_stances / self.gold_stances if self.gold_stances else 1.0

    def accuracy(self, field: str) -> float:
        """Accuracy of one claim field ("value", "qualifier", "low", "high", "measure", "actor", "date").

        Raises:
            KeyError: for an unknown field name.
        """
        for score in (*self.fields, *self.stance_fields):
            if score.name == field:
                return score.accuracy
        raise KeyError(field)

    @property
    def ok(self) -> bool:
        """Every gold claim and stance found, every field right, no distractor taken as a troop count."""
        return (
            self.matched_claims == self.gold_claims
            and self.matched_stances == self.gold_stances
            and not self.field_errors
            and not self.distractor_hits
            and all(s.correct == s.total for s in self.stance_fields if s.name == "polarity")
        )

    def __str__(self) -> str:
        lines = [
            f"troop-count claims: precision {self.precision:.3f} ({self.true_positives}/"
            f"{self.extracted_troop_counts}), recall {self.recall:.3f} ({self.true_positives}/"
            f"{self.gold_troop_counts}), F1 {self.f1:.3f}",
            f"all gold claims found: {self.matched_claims}/{self.gold_claims}",
            "field accuracy on matched claims: "
            + ", ".join(f"{s.name} {s.accuracy:.3f} ({s.correct}/{s.total})" for s in self.fields),
            f"stances: precision {self.stance_precision:.3f}, recall {self.stance_recall:.3f} "
            f"({self.matched_stances}/{self.gold_stances}); "
            + ", ".join(f"{s.name} {s.accuracy:.3f}" for s in self.stance_fields),
        ]
        for title, items in (
            ("missed", self.misses),
            ("false positives", self.false_positives),
            ("distractors taken as troop counts", self.distractor_hits),
            ("wrong fields", self.field_errors),
            ("stances missed", self.stance_misses),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  {item}" for item in items)
        lines.append("OK" if self.ok else "NOT OK")
        return "\n".join(lines)


# ------------------------------------------------------------------ gold reading


def corpus_gold() -> dict[str, Any]:
    """The gold annotation of the bundled corpus, as a dict.

    >>> sorted(corpus_gold()["documents"])[0]
    '000_d69e534d39ca228e.txt'
    """
    text = resources.files("claimkit").joinpath("corpus").joinpath("gold.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    data.setdefault("_bundled", True)
    return data


def _load_gold(gold: str | os.PathLike[str] | Mapping[str, Any]) -> tuple[Mapping[str, Any], Path | None]:
    if isinstance(gold, Mapping):
        return gold, None
    if not isinstance(gold, str | os.PathLike):
        raise ModelTypeError("gold", gold, "a path to a gold JSON file or its content as a dict")
    path = Path(gold)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise GoldFileError(str(path), "no such file") from err
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldFileError(str(path), f"not readable JSON ({err})") from err
    if not isinstance(data, Mapping):
        raise GoldFileError(str(path), "expected a JSON object at the top")
    return data, path


def _documents_of(gold: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    docs = gold.get("documents")
    if not isinstance(docs, Mapping):
        raise GoldFileError(f"{where}: documents", "expected an object mapping file names to annotations")
    return docs


def _parse_ref_date(value: object, where: str) -> DateWindow | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise GoldFileError(where, f"expected null or a date string, got {value!r}")
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return DateWindow.on(_dt.date(*parts))
        if len(parts) == 2:
            return DateWindow.month(parts[0], parts[1])
        if len(parts) == 1:
            return DateWindow.year(parts[0])
    except (ValueError, ClaimkitError) as err:
        raise GoldFileError(where, f"not a date: {value!r}") from err
    raise GoldFileError(where, f"not a date: {value!r}")


def _key(name: str) -> str:
    return name[:-4] if name.endswith(".txt") else name


def _match_documents(
    names: Iterable[str],
    documents: Sequence[Document] | Mapping[str, Document] | None,
    path: Path | None,
    bundled: bool,
) -> dict[str, Document]:
    from claimkit.documents import load_corpus, read_document

    names = list(names)
    if documents is None:
        if path is not None and not bundled:
            return {n: read_document(path.parent / n) for n in names}
        documents = load_corpus()
    if isinstance(documents, Mapping):
        pool = {_key(str(k)): v for k, v in documents.items()}
    elif not isinstance(documents, tuple | list):
        raise ModelTypeError(
            "documents", documents, "a sequence of Documents, a mapping of name to Document, or None"
        )
    else:
        pool = {}
        for d in documents:
            if not isinstance(d, Document):
                raise ModelTypeError(
                    "documents", d, "claimkit Documents (read them with claimkit.read_document)"
                )
            pool[_key(d.source.id)] = d
            if d.path is not None:
                pool[_key(Path(d.path).name)] = d
    for value in pool.values():
        if not isinstance(value, Document):
            raise ModelTypeError(
                "documents", value, "claimkit Documents (read them with claimkit.read_document)"
            )
    found: dict[str, Document] = {}
    for n in names:
        doc = pool.get(_key(n))
        if doc is None:
            raise GoldFileError(f"documents.{n}", "no document of that name was given")
        found[n] = doc
    return found


def _positions(text: str, quote: str) -> list[Span]:
    spans = []
    at = text.find(quote)
    while at >= 0:
        spans.append(Span(at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


# ------------------------------------------------------------------ comparing


def _names_of(actor_names: Iterable[str], gazetteer: Any) -> set[str]:
    from claimkit.extract.actors import normalise_name

    keys: set[str] = set()
    for name in actor_names:
        keys.add(normalise_name(name))
        resolved = gazetteer.resolve(name)
        if resolved is not None:
            keys.add(normalise_name(resolved.name))
    return {k for k in keys if k}


def _actor_ok(
    claim_actor: Any, gold_actor: str, also: Sequence[str], gazetteer: Any, *, roll_up: bool = False
) -> bool:
    """Whether an extracted actor is the gold actor (or an accepted alternative).

    With ``roll_up`` (stances), an organ of a body also matches the body it
    speaks for: a foreign ministry's denial is its state's position.
    """
    from claimkit.extract.actors import normalise_name

    names = [claim_actor.name]
    if roll_up:
        names.extend(claim_actor.affiliation)
        if claim_actor.country:
            names.append(claim_actor.country)
    got = {normalise_name(n) for n in names}
    accepted = _names_of([gold_actor, *also], gazetteer)
    return bool(got & accepted)


def _same_window(a: DateWindow | None, b: DateWindow | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.earliest, a.latest) == (b.earliest, b.latest)


def _fmt(value: object) -> str:
    return "null" if value is None else str(value)


def _number_equal(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is b
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    return abs(float(a) - float(b)) < 1e-9


def evaluate(
    gold: str | os.PathLike[str] | Mapping[str, Any],
    documents: Sequence[Document] | Mapping[str, Document] | None = None,
    *,
    extract: Callable[[Document], Sequence[Claim]] | None = None,
    extract_stances: Callable[[Document], Sequence[Stance]] | None = None,
    gazetteer: Any = None,
) -> EvaluationReport:
    """Score claim and stance extraction against a gold file.

    Args:
        gold: a path to a gold JSON file, or its content as a dict.
        documents: the documents the gold file annotates, as a sequence (matched
            by source id or file name) or a mapping from file name; by default
            the files next to the gold file, or the bundled corpus for the
            bundled gold (:func:`corpus_gold`).
        extract: the claim extractor to score (default
            :func:`claimkit.extract_claims`).
        extract_stances: the stance extractor (default
            :func:`claimkit.extract_stances`).
        gazetteer: canonicalises actor names on both sides (default
            :meth:`claimkit.extract.actors.Gazetteer.default`).

    Returns:
        The report: precision and recall on troop counts, field accuracy,
        stance scores and the detail of every miss.

    Raises:
        GoldFileError: the gold file is missing, malformed, or names a quote
            that is not in its document.

    >>> evaluate({"documents": {}}, documents=[]).recall
    1.0
    """
    from claimkit.extract import collection_anchor
    from claimkit.extract import extract_claims as default_extract
    from claimkit.extract import extract_stances as default_stances
    from claimkit.extract.actors import Gazetteer

    data, path = _load_gold(gold)
    where = str(path) if path is not None else "gold"
    gold_docs = _documents_of(data, where)
    bundled = bool(data.get("_bundled"))
    docs = _match_documents(gold_docs.keys(), documents, path, bundled) if gold_docs else {}
    anchor = collection_anchor(docs.values())

    def _default_run(document: Document) -> Sequence[Claim]:
        # A document that states no year is read against the collection it came with.
        return default_extract(document, anchor=anchor)

    run = extract or _default_run
    run_stances = extract_stances or default_stances
    gaz = gazetteer or Gazetteer.default()

    tallies = dict.fromkeys(_FIELDS, 0)
    totals = dict.fromkeys(_FIELDS, 0)
    stance_right = {"polarity": 0, "target": 0}
    gold_troops = extracted_troops = tp = gold_claims = matched_claims = 0
    gold_stances = extracted_stances_n = matched_stances = 0
    misses: list[Finding] = []
    false_pos: list[Finding] = []
    distractors: list[Finding] = []
    field_errors: list[Finding] = []
    stance_misses: list[Finding] = []

    for name, annotation in gold_docs.items():
        at = f"{where}: documents.{name}"
        if not isinstance(annotation, Mapping):
            raise GoldFileError(at, "expected an object with claims, not_troop_counts and stances")
        doc = docs[name]
        claims = list(run(doc))
        troop_claims = [c for c in claims if c.measure in _TROOP_MEASURES]
        extracted_troops += len(troop_claims)
        used: set[int] = set()
        matched_troop_ids: set[int] = set()
        gold_list = annotation.get("claims", [])
        if not isinstance(gold_list, list):
            raise GoldFileError(f"{at}.claims", "expected a list")
        for i, g in enumerate(gold_list):
            gat = f"{at}.claims[{i}]"
            if not isinstance(g, Mapping) or "quote" not in g or "value" not in g or "counts" not in g:
                raise GoldFileError(gat, "expected an object with quote, value and counts")
            spans = _positions(doc.text, str(g["quote"]))
            if not spans:
                raise GoldFileError(f"{gat}.quote", f"{g['quote']!r} is not in the document")
            try:
                counts = Measure(g["counts"])
            except ValueError as err:
                raise GoldFileError(f"{gat}.counts", f"unknown measure {g['counts']!r}") from err
            gold_claims += 1
            is_troop = counts in _TROOP_MEASURES
            gold_troops += is_troop
            candidates = [
                (k, c)
                for k, c in enumerate(claims)
                if k not in used
                and any(c.span.overlaps(s) for s in spans)
                and _number_equal(c.quantity.value, g["value"])
            ]
            if not candidates:
                misses.append(
                    Finding(
                        document=name,
                        quote=str(g["quote"]),
                        what="gold claim not found",
                        expected=f"{g['value']} {counts.value}",
                    )
                )
                continue
            candidates.sort(key=lambda kc: kc[1].measure is not counts)
            k, claim = candidates[0]
            used.add(k)
            matched_claims += 1
            if is_troop and claim.measure in _TROOP_MEASURES:
                tp += 1
                matched_troop_ids.add(k)
            q = claim.quantity
            checks = {
                "value": (_number_equal(q.value, g["value"]), g["value"], q.value),
                "qualifier": (
                    q.qualifier.value == g.get("qualifier", "exact"),
                    g.get("qualifier"),
                    q.qualifier.value,
                ),
                "low": (_number_equal(q.low, g.get("low")), g.get("low"), q.low),
                "high": (_number_equal(q.high, g.get("high")), g.get("high"), q.high),
                "measure": (claim.measure is counts, counts.value, claim.measure.value),
                "actor": (
                    _actor_ok(claim.actor, str(g.get("actor", "")), list(g.get("also_acceptable", [])), gaz),
                    g.get("actor"),
                    claim.actor.name,
                ),
                "date": (
                    _same_window(claim.ref_date, _parse_ref_date(g.get("ref_date"), f"{gat}.ref_date")),
                    g.get("ref_date"),
                    claim.ref_date,
                ),
            }
            for field, (right, expected, got) in checks.items():
                totals[field] += 1
                if right:
                    tallies[field] += 1
                else:
                    field_errors.append(
                        Finding(
                            document=name,
                            quote=str(g["quote"]),
                            what=f"wrong {field}",
                            expected=_fmt(expected),
                            got=_fmt(got),
                        )
                    )
        distractor_spans = [
            s for quote in annotation.get("not_troop_counts", []) for s in _positions(doc.text, quote)
        ]
        for k, c in enumerate(claims):
            if c.measure not in _TROOP_MEASURES or k in matched_troop_ids:
                continue
            if any(c.span.overlaps(s) for s in distractor_spans):
                distractors.append(
                    Finding(
                        document=name,
                        quote=c.evidence,
                        what="distractor taken as a troop count",
                        got=f"{c.quantity.value} {c.measure.value}",
                    )
                )
            false_pos.append(
                Finding(
                    document=name,
                    quote=c.evidence,
                    what="not a gold troop count",
                    got=f"{c.quantity.value} {c.measure.value} ({c.actor.name})",
                )
            )
        stances = list(run_stances(doc))
        extracted_stances_n += len(stances)
        taken: set[int] = set()
        gold_st = annotation.get("stances", [])
        for i, g in enumerate(gold_st):
            gat = f"{at}.stances[{i}]"
            if not isinstance(g, Mapping) or "quote" not in g or "actor" not in g or "stance" not in g:
                raise GoldFileError(gat, "expected an object with actor, stance and quote")
            spans = _positions(doc.text, str(g["quote"]))
            if not spans:
                raise GoldFileError(f"{gat}.quote", f"{g['quote']!r} is not in the document")
            gold_stances += 1
            found = [
                (k, s)
                for k, s in enumerate(stances)
                if k not in taken
                and any(s.span.overlaps(sp) for sp in spans)
                and _actor_ok(s.actor, str(g["actor"]), list(g.get("also_acceptable", [])), gaz, roll_up=True)
            ]
            if not found:
                stance_misses.append(
                    Finding(
                        document=name,
                        quote=str(g["quote"]),
                        what="gold stance not found",
                        expected=f"{g['actor']} {g['stance']}",
                    )
                )
                continue
            found.sort(key=lambda ks: ks[1].polarity.value != g["stance"])
            k, stance = found[0]
            taken.add(k)
            matched_stances += 1
            stance_right["polarity"] += stance.polarity.value == g["stance"]
            stance_right["target"] += _norm_target(stance.target) == _norm_target(str(g.get("target", "")))
            if stance.polarity.value != g["stance"]:
                field_errors.append(
                    Finding(
                        document=name,
                        quote=str(g["quote"]),
                        what="wrong stance polarity",
                        expected=str(g["stance"]),
                        got=stance.polarity.value,
                    )
                )

    return EvaluationReport(
        gold_troop_counts=gold_troops,
        extracted_troop_counts=extracted_troops,
        true_positives=tp,
        gold_claims=gold_claims,
        matched_claims=matched_claims,
        fields=tuple(FieldScore(f, tallies[f], totals[f]) for f in _FIELDS),
        gold_stances=gold_stances,
        extracted_stances=extracted_stances_n,
        matched_stances=matched_stances,
        stance_fields=tuple(FieldScore(f, stance_right[f], matched_stances) for f in ("polarity", "target")),
        misses=tuple(misses),
        false_positives=tuple(false_pos),
        distractor_hits=tuple(distractors),
        field_errors=tuple(field_errors),
        stance_misses=tuple(stance_misses),
    )


def _norm_target(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def read_sentence_gold(path: str | os.PathLike[str]) -> tuple[dict[str, Any], dict[str, Document]]:
    """Read a JSON-lines sentence set into a gold dict and its documents.

    Each line is one short document: ``{"id", "text", "published"?, "outlet"?,
    "claims", "not_troop_counts", "stances"}`` with claims and stances in the
    gold-file shape.

    Raises:
        GoldFileError: a line is not JSON or lacks ``id`` or ``text``.
    """
    from claimkit.documents import read_document
    from claimkit.model import Source

    where = Path(path)
    try:
        lines = where.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldFileError(str(where), f"not readable ({err})") from err
    gold: dict[str, Any] = {"documents": {}}
    documents: dict[str, Document] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFileError(f"{where}:{number}", f"not JSON ({err})") from err
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("id"), str)
            or not isinstance(record.get("text"), str)
        ):
            raise GoldFileError(f"{where}:{number}", "expected an object with string id and text")
        published = _parse_ref_date(record.get("published"), f"{where}:{number}.published")
        source = Source(id=record["id"], outlet=record.get("outlet"), published=published)
        documents[record["id"]] = read_document(record["text"], source=source)
        gold["documents"][record["id"]] = {
            "claims": record.get("claims", []),
            "not_troop_counts": record.get("not_troop_counts", []),
            "stances": record.get("stances", []),
        }
    return gold, documents


def evaluate_sentences(path: str | os.PathLike[str], **options: Any) -> EvaluationReport:
    """Score extraction on a JSON-lines sentence set (see :func:`read_sentence_gold`).

    Args:
        path: the ``.jsonl`` file.
        options: passed on to :func:`evaluate` (``extract``, ``gazetteer`` ...).
    """
    gold, documents = read_sentence_gold(path)
    return evaluate(gold, documents, **options)
