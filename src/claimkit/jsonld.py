"""Claims with their provenance as JSON-LD (schema.org ``Claim`` + W3C PROV-O + Web Annotation).

:func:`to_jsonld` returns a plain ``dict`` (``json.dumps`` it) holding an
``@context`` and an ``@graph`` of nodes: one per claim and stance, one per
source document, one per actor (and per body an actor speaks for). Linked-data
tools (rdflib, Apache Jena, a triple store) read it as RDF. The mapping, term
by term, is in ``docs/jsonld.md``; in short:

- a claim is a ``schema:Claim`` and a ``prov:Entity``;
- who asserted it: ``prov:wasAttributedTo`` / ``schema:author`` -> the actor
  (a ``prov:Agent``);
- quoted from which document: ``prov:wasDerivedFrom``, ``schema:isBasedOn`` and
  ``schema:appearance`` -> the document; ``prov:wasQuotedFrom`` -> the exact
  passage, an ``oa:SpecificResource`` with an ``oa:TextPositionSelector``
  (character offsets) and an ``oa:TextQuoteSelector`` (the characters);
- when: ``schema:datePublished`` / ``prov:generatedAtTime`` from the
  document's date (only when it is known to the day, month or year; claimkit
  never invents a date), ``schema:temporalCoverage`` for the date the figure
  refers to;
- the number: ``schema:QuantitativeValue`` with ``schema:value``,
  ``schema:minValue``/``schema:maxValue`` (absent when the wording leaves a side
  open) and claimkit's own qualifier, measure and modality terms (``ck:``).

>>> from claimkit.model import Actor, Claim, Measure, Quantity, Source, Span
>>> claim = Claim(subject="North Korean troops", measure=Measure.DEPLOYED,
...               quantity=Quantity.exact(1500, text="1,500"), actor=Actor("NIS"),
...               source=Source(id="doc-1", outlet="AsiaNews"), span=Span(40, 52), evidence="1,500 troops")
>>> doc = to_jsonld([claim])
>>> node = doc["@graph"][0]
>>> node["@type"], node["prov:wasAttributedTo"]
(['schema:Claim', 'prov:Entity'], {'@id': 'urn:claimkit:actor:NIS'})
>>> node["prov:wasQuotedFrom"]["oa:hasSelector"][0]
{'@type': 'oa:TextPositionSelector', 'oa:start': 40, 'oa:end': 52}
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from claimkit.model import Actor, ActorKind, Claim, DateWindow, Precision, Source, SourceKind, Stance

__all__ = ["CK_NAMESPACE", "CONTEXT", "to_jsonld"]

#: claimkit's own terms (measure, qualifier, modality, polarity, via ...), for
#: what schema.org and PROV-O have no word for.
CK_NAMESPACE = "urn:claimkit:term:"

#: The JSON-LD ``@context`` every document from :func:`to_jsonld` carries.
CONTEXT: dict[str, Any] = {
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "ck": CK_NAMESPACE,
    "ck:via": {"@container": "@list"},
    "oa:start": {"@type": "xsd:nonNegativeInteger"},
    "oa:end": {"@type": "xsd:nonNegativeInteger"},
}

_SOURCE_TYPES: dict[SourceKind, str] = {
    SourceKind.NEWS: "schema:NewsArticle",
    SourceKind.COMMENTARY: "schema:OpinionNewsArticle",
    SourceKind.OPINION: "schema:OpinionNewsArticle",
    SourceKind.ANALYSIS: "schema:AnalysisNewsArticle",
    SourceKind.BLOG: "schema:BlogPosting",
    SourceKind.INTERVIEW: "schema:NewsArticle",
    SourceKind.UNKNOWN: "schema:CreativeWork",
}

_ACTOR_TYPES: dict[ActorKind, str] = {
    ActorKind.PERSON: "schema:Person",
    ActorKind.AGENCY: "schema:GovernmentOrganization",
    ActorKind.GOVERNMENT: "schema:GovernmentOrganization",
    ActorKind.ORGANISATION: "schema:Organization",
    ActorKind.MEDIA: "schema:NewsMediaOrganization",
    ActorKind.GROUP: "schema:Organization",
    ActorKind.UNKNOWN: "schema:Thing",
}


def _iri(kind: str, key: str) -> str:
    return f"urn:claimkit:{kind}:{quote(key, safe='')}"


def _actor_iri(name: str) -> str:
    return _iri("actor", name)


def _source_iri(source: Source) -> str:
    return _iri("source", source.id)


def _date_literal(window: DateWindow | None) -> dict[str, str] | None:
    """A typed literal for a window known to one day, month or year; ``None`` otherwise."""
    if window is None or window.earliest is None or window.latest is None:
        return None
    e, l_ = window.earliest, window.latest
    if e == l_:
        return {"@value": e.isoformat(), "@type": "xsd:date"}
    if window.precision is Precision.MONTH and (e.year, e.month) == (l_.year, l_.month):
        return {"@value": e.strftime("%Y-%m"), "@type": "xsd:gYearMonth"}
    if window.precision is Precision.YEAR and e.year == l_.year:
        return {"@value": f"{e.year:04d}", "@type": "xsd:gYear"}
    return None


def _interval(window: DateWindow) -> str:
    """ISO 8601 interval text (``..`` for an open end), as ``schema:temporalCoverage`` takes it."""

    def side(day: _dt.date | None) -> str:
        return day.isoformat() if day is not None else ".."

    if window.earliest is not None and window.earliest == window.latest:
        return window.earliest.isoformat()
    return f"{side(window.earliest)}/{side(window.latest)}"


def _window_terms(window: DateWindow | None, prefix: str) -> dict[str, Any]:
    if window is None:
        return {}
    terms: dict[str, Any] = {f"ck:{prefix}Provenance": window.provenance.value}
    if window.earliest is not None:
        terms[f"ck:{prefix}Earliest"] = {"@value": window.earliest.isoformat(), "@type": "xsd:date"}
    if window.latest is not None:
        terms[f"ck:{prefix}Latest"] = {"@value": window.latest.isoformat(), "@type": "xsd:date"}
    return terms


def _source_node(source: Source) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": _source_iri(source),
        "@type": [_SOURCE_TYPES[source.kind], "prov:Entity"],
        "schema:identifier": source.identifier or source.id,
    }
    if source.title:
        node["schema:headline"] = source.title
    if source.outlet:
        node["schema:publisher"] = {"@type": "schema:Organization", "schema:name": source.outlet}
    if source.authors:
        node["schema:author"] = [{"@type": "schema:Person", "schema:name": a} for a in source.authors]
    if source.url:
        node["schema:url"] = {"@id": source.url}
    if source.series:
        node["schema:isPartOf"] = {"@type": "schema:CreativeWorkSeries", "schema:name": source.series}
    published = _date_literal(source.published)
    if published is not None:
        node["schema:datePublished"] = published
        node["prov:generatedAtTime"] = published
    node.update(_window_terms(source.published, "published"))
    return node


def _actor_nodes(actor: Actor) -> list[dict[str, Any]]:
    """The actor's node, then one per body it speaks for, chained by ``prov:actedOnBehalfOf``."""
    node: dict[str, Any] = {
        "@id": _actor_iri(actor.name),
        "@type": ["prov:Agent", _ACTOR_TYPES[actor.kind]],
        "schema:name": actor.name,
    }
    if actor.aliases:
        node["schema:alternateName"] = list(actor.aliases)
    if actor.country:
        node["schema:nationality" if actor.kind is ActorKind.PERSON else "schema:location"] = {
            "@type": "schema:Country",
            "schema:name": actor.country,
        }
    nodes = [node]
    for body in actor.affiliation:
        nodes[-1]["prov:actedOnBehalfOf"] = {"@id": _actor_iri(body)}
        nodes.append({"@id": _actor_iri(body), "@type": ["prov:Agent"], "schema:name": body})
    return nodes


def _evidence(item: Claim | Stance, iri: str) -> dict[str, Any]:
    return {
        "@id": f"{iri}#evidence",
        "@type": "oa:SpecificResource",
        "oa:hasSource": {"@id": _source_iri(item.source)},
        "oa:hasSelector": [
            {"@type": "oa:TextPositionSelector", "oa:start": item.span.start, "oa:end": item.span.end},
            {"@type": "oa:TextQuoteSelector", "oa:exact": item.evidence},
        ],
    }


def _provenance(item: Claim | Stance, iri: str) -> dict[str, Any]:
    source = {"@id": _source_iri(item.source)}
    terms: dict[str, Any] = {
        "prov:wasAttributedTo": {"@id": _actor_iri(item.actor.name)},
        "schema:author": {"@id": _actor_iri(item.actor.name)},
        "prov:wasDerivedFrom": source,
        "schema:isBasedOn": source,
        "schema:appearance": source,
        "prov:wasQuotedFrom": _evidence(item, iri),
        "schema:text": item.evidence,
    }
    if item.via:
        terms["ck:via"] = [{"@id": _actor_iri(a.name)} for a in item.via]
    published = _date_literal(item.source.published)
    if published is not None:
        terms["schema:datePublished"] = published
    return terms


def _quantity_node(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    node: dict[str, Any] = {
        "@type": "schema:QuantitativeValue",
        "schema:value": q.value,
        "ck:qualifier": q.qualifier.value,
    }
    if q.low is not None:
        node["schema:minValue"] = q.low
    if q.high is not None:
        node["schema:maxValue"] = q.high
    if q.unit:
        node["schema:unitText"] = q.unit
    if q.text:
        node["ck:surfaceText"] = q.text
    return node


def _claim_node(claim: Claim) -> dict[str, Any]:
    iri = _iri("claim", claim.id)
    node: dict[str, Any] = {
        "@id": iri,
        "@type": ["schema:Claim", "prov:Entity"],
        "schema:identifier": claim.id,
        "schema:name": str(claim),
        "schema:about": claim.subject,
        "ck:measure": claim.measure.value,
        "ck:modality": claim.modality.value,
        "ck:attribution": claim.attribution.value,
        "ck:quantity": _quantity_node(claim),
        **_provenance(claim, iri),
    }
    if claim.ref_date is not None:
        node["schema:temporalCoverage"] = _interval(claim.ref_date)
        node.update(_window_terms(claim.ref_date, "refDate"))
    return node


def _stance_node(stance: Stance) -> dict[str, Any]:
    iri = _iri("stance", stance.id)
    return {
        "@id": iri,
        "@type": ["schema:Claim", "prov:Entity"],
        "schema:identifier": stance.id,
        "schema:name": str(stance),
        "schema:about": stance.target,
        "ck:polarity": stance.polarity.value,
        **_provenance(stance, iri),
    }


def to_jsonld(claims: Iterable[Claim], stances: Iterable[Stance] = ()) -> dict[str, Any]:
    """Claims (and stances) with their provenance as one JSON-LD document.

    Args:
        claims: the claims, in the order their nodes should appear.
        stances: stances to include beside them.

    Returns:
        A ``dict`` with ``@context`` (:data:`CONTEXT`) and ``@graph``: claim
        nodes, then stance nodes, then each distinct source and actor once.
        Node ids are stable URNs built from content ids
        (``urn:claimkit:claim:c-…``), so exports of the same text agree.

    >>> to_jsonld([])["@graph"]
    []
    """
    claim_list, stance_list = list(claims), list(stances)
    graph: list[dict[str, Any]] = [_claim_node(c) for c in claim_list]
    graph += [_stance_node(s) for s in stance_list]
    seen: set[str] = set()
    items: list[Claim | Stance] = [*claim_list, *stance_list]
    for item in items:
        for node in (
            _source_node(item.source),
            *(n for a in (item.actor, *item.via) for n in _actor_nodes(a)),
        ):
            if node["@id"] not in seen:
                seen.add(node["@id"])
                graph.append(node)
    return {"@context": dict(CONTEXT), "@graph": graph}
