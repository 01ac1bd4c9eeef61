"""Tables: claims and estimates as flat records, pandas frames and CSV.

:func:`claim_records` needs nothing beyond the standard library, so any tool
can take the rows; :func:`claims_frame` and :func:`estimate_frame` wrap them in
a pandas ``DataFrame`` (extra ``claimkit[pandas]``); :func:`to_csv` writes the
flat CSV that conflict-data users know from event datasets: ``best``, ``low``
and ``high`` first, then the date window, the origin and the source columns.

Open bounds stay open: a ``None`` in a record, an empty cell in the CSV, a
missing value (``NaN``/``NaT``) in a frame.

>>> from claimkit.model import Actor, Claim, Measure, Quantity, Source, Span
>>> claim = Claim(subject="North Korean troops", measure=Measure.DEPLOYED,
...               quantity=Quantity.more_than(12000, text="more than 12,000"), actor=Actor("NIS"),
...               source=Source(id="doc-1", title="Troops", outlet="AsiaNews"),
...               span=Span(10, 26), evidence="more than 12,000")
>>> row = claim_records([claim])[0]
>>> row["value"], row["low"], row["high"], row["qualifier"], row["outlet"]
(12000, 12000, None, 'more_than', 'AsiaNews')
>>> import io
>>> out = io.StringIO()
>>> to_csv([claim], out)
1
>>> out.getvalue().splitlines()[0].split(",")[:5]
['best', 'low', 'high', 'id', 'qualifier']
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
from collections.abc import Iterable
from typing import IO, Any

from claimkit._optional import import_optional
from claimkit.model import Claim
from claimkit.reconciliation import Estimate

__all__ = [
    "CLAIM_COLUMNS",
    "ESTIMATE_COLUMNS",
    "claim_records",
    "claims_frame",
    "estimate_frame",
    "estimate_records",
    "to_csv",
]

#: The columns of :func:`claim_records`, in order. ``low``/``high`` are the
#: bounds the wording states (``None`` = open); ``date_start``/``date_end`` the
#: window the figure refers to; ``span_start``/``span_end`` the evidence offsets.
CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "value",
    "low",
    "high",
    "qualifier",
    "measure",
    "subject",
    "unit",
    "figure",
    "modality",
    "date_start",
    "date_end",
    "date_precision",
    "actor",
    "actor_kind",
    "actor_root",
    "via",
    "attribution",
    "source_id",
    "source_title",
    "outlet",
    "source_kind",
    "source_url",
    "published_start",
    "published_end",
    "span_start",
    "span_end",
    "evidence",
)

#: The columns :func:`estimate_records` adds in front of each claim's columns:
#: the estimate's own figures (repeated on every row, as event datasets do),
#: whether the claim is included, its footnote number, which bounds it sets,
#: and the reason it was set aside.
ESTIMATE_COLUMNS: tuple[str, ...] = (
    "estimate_best",
    "estimate_low",
    "estimate_high",
    "estimate_low_open",
    "estimate_high_open",
    "policy",
    "status",
    "footnote",
    "sets",
    "reason",
)

_DATE_COLUMNS = ("date_start", "date_end", "published_start", "published_end")


def claim_records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """One flat ``dict`` per claim, with the keys of :data:`CLAIM_COLUMNS`.

    Values are plain Python: numbers, strings, ``datetime.date`` and ``None``
    for anything unknown or open. ``via`` joins the reporting chain with
    ``" > "``, nearest first.

    >>> claim_records([])
    []
    """
    rows = []
    for c in claims:
        q, s, d = c.quantity, c.source, c.ref_date
        pub = s.published
        rows.append(
            {
                "id": c.id,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "qualifier": q.qualifier.value,
                "measure": c.measure.value,
                "subject": c.subject,
                "unit": q.unit,
                "figure": q.text or None,
                "modality": c.modality.value,
                "date_start": d.earliest if d else None,
                "date_end": d.latest if d else None,
                "date_precision": d.precision.value if d else None,
                "actor": c.actor.name,
                "actor_kind": c.actor.kind.value,
                "actor_root": c.actor.root,
                "via": " > ".join(a.name for a in c.via) or None,
                "attribution": c.attribution.value,
                "source_id": s.id,
                "source_title": s.title,
                "outlet": s.outlet,
                "source_kind": s.kind.value,
                "source_url": s.url,
                "published_start": pub.earliest if pub else None,
                "published_end": pub.latest if pub else None,
                "span_start": c.span.start,
                "span_end": c.span.end,
                "evidence": c.evidence,
            }
        )
    return rows


def _bound_value(bound: Any) -> Any:
    return None if bound is None else bound.value


def estimate_records(estimate: Estimate) -> list[dict[str, Any]]:
    """One flat ``dict`` per claim the estimate considered, included ones first.

    Each row holds :data:`ESTIMATE_COLUMNS` then :data:`CLAIM_COLUMNS`:
    ``status`` is ``"included"`` or ``"excluded"``, ``footnote`` the number
    of the claim in ``estimate.citations()`` (``None`` when excluded),
    ``sets`` which of ``low``/``best``/``high`` the claim sets (space
    separated), ``reason`` why it was set aside.
    """
    from claimkit.render import footnote_numbers

    numbers = footnote_numbers(estimate)
    roles: dict[str, list[str]] = {}
    for role in ("low", "best", "high"):
        bound = getattr(estimate, role, None)
        for claim in bound.claims if bound is not None else ():
            roles.setdefault(claim.id, []).append(role)
    head = {
        "estimate_best": _bound_value(estimate.best),
        "estimate_low": _bound_value(estimate.low),
        "estimate_high": _bound_value(estimate.high),
        "estimate_low_open": bool(estimate.low is not None and estimate.low.open),
        "estimate_high_open": bool(estimate.high is not None and estimate.high.open),
        "policy": _policy_name(estimate),
    }
    rows: list[dict[str, Any]] = []
    for claim, record in zip(estimate.included, claim_records(estimate.included), strict=True):
        status = {"status": "included", "footnote": numbers.get(claim.id), "reason": None}
        rows.append({**head, **status, "sets": " ".join(roles.get(claim.id, ())) or None, **record})
    excluded = [x.claim for x in estimate.excluded]
    for exclusion, record in zip(estimate.excluded, claim_records(excluded), strict=True):
        status = {"status": "excluded", "footnote": None, "sets": None, "reason": exclusion.reason}
        rows.append({**head, **status, **record})
    return [{k: row[k] for k in (*ESTIMATE_COLUMNS, *CLAIM_COLUMNS)} for row in rows]


def _policy_name(estimate: Estimate) -> str | None:
    policy = getattr(estimate, "policy", None)
    if policy is None or isinstance(policy, str):
        return policy
    return str(getattr(policy, "name", policy))


def _frame(records: list[dict[str, Any]], columns: tuple[str, ...], feature: str) -> Any:
    pd = import_optional("pandas", extra="pandas", feature=feature)
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def claims_frame(claims: Iterable[Claim]) -> Any:
    """The claims as a pandas ``DataFrame``, one row per claim (needs ``claimkit[pandas]``).

    Columns are :data:`CLAIM_COLUMNS`; the date columns are ``datetime64``.

    >>> claims_frame([]).columns[:4].tolist()
    ['id', 'value', 'low', 'high']

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    return _frame(claim_records(claims), CLAIM_COLUMNS, "claims_frame()")


def estimate_frame(estimate: Estimate) -> Any:
    """The estimate's claims as a pandas ``DataFrame`` (rows of :func:`estimate_records`).

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    return _frame(estimate_records(estimate), (*ESTIMATE_COLUMNS, *CLAIM_COLUMNS), "estimate_frame()")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _csv_columns(columns: Iterable[str]) -> list[str]:
    """Claim columns in CSV order: best, low, high first (``value`` is written as ``best``)."""
    rest = [c for c in columns if c not in ("value", "low", "high")]
    return ["best", "low", "high", *rest]


def to_csv(data: Iterable[Claim] | Estimate, file: str | os.PathLike[str] | IO[str]) -> int:
    """Write claims, or an estimate's claims, as flat CSV; return the number of rows.

    For claims the columns are :data:`CLAIM_COLUMNS` with ``value`` written as
    ``best`` and moved, with ``low`` and ``high``, to the front. For an
    estimate they are :data:`ESTIMATE_COLUMNS` first. Open bounds are empty
    cells; dates are ISO 8601; the file is UTF-8 with newline line ends.

    Args:
        data: a collection of claims, or an :class:`~claimkit.reconciliation.Estimate`.
        file: a path, or an open text file.

    >>> import io
    >>> out = io.StringIO()
    >>> to_csv([], out), out.getvalue().startswith("best,low,high,id,")
    (0, True)
    """
    if isinstance(data, Estimate):
        records = estimate_records(data)
        columns = [*ESTIMATE_COLUMNS, *_csv_columns(CLAIM_COLUMNS)]
    else:
        records = claim_records(data)
        columns = _csv_columns(CLAIM_COLUMNS)
    rows = [{("best" if k == "value" else k): _csv_cell(v) for k, v in r.items()} for r in records]
    if isinstance(file, str | os.PathLike):
        with open(file, "w", encoding="utf-8", newline="") as handle:
            _write(handle, columns, rows)
    else:
        _write(file, columns, rows)
    return len(rows)


def _write(handle: IO[str], columns: list[str], rows: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
