from __future__ import annotations

import json
from typing import Any

import pytest

from _surface import SOURCES, claims, stances
from claimkit.jsonld import CONTEXT, to_jsonld
from claimkit.model import Claim, DateWindow, Measure, Quantity, Source, Span

_PREFIXES = {k for k, v in CONTEXT.items() if isinstance(v, str)}


def _nodes(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["@id"]: n for n in doc["@graph"]}


def _keys(value: Any) -> list[str]:
    """Every property name anywhere in a JSON-LD value."""
    if isinstance(value, dict):
        return list(value) + [k2 for v in value.values() for k2 in _keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []


def test_every_term_is_a_keyword_or_a_declared_prefix() -> None:
    doc = to_jsonld(claims(), stances())
    for key in _keys(doc["@graph"]):
        assert key.startswith("@") or key.partition(":")[0] in _PREFIXES, key
    json.dumps(doc)  # plain JSON all the way down


def test_claim_node_provenance() -> None:
    claim = claims()[1]
    doc = to_jsonld([claim])
    node = doc["@graph"][0]
    assert node["@id"] == f"urn:claimkit:claim:{claim.id}"
    assert "schema:Claim" in node["@type"]
    assert "prov:Entity" in node["@type"]
    actor = {"@id": "urn:claimkit:actor:John%20F.%20Kirby"}
    assert node["prov:wasAttributedTo"] == actor
    assert node["schema:author"] == actor
    source = {"@id": "urn:claimkit:source:doc-a"}
    assert node["prov:wasDerivedFrom"] == source
    assert node["schema:isBasedOn"] == source
    assert node["schema:datePublished"] == {"@value": "2024-10-23", "@type": "xsd:date"}
    assert node["schema:temporalCoverage"] == "2024-10-23"
    assert node["ck:via"] == [{"@id": "urn:claimkit:actor:NBC%20News"}]
    quoted = node["prov:wasQuotedFrom"]
    assert quoted["oa:hasSource"] == source
    position, quote = quoted["oa:hasSelector"]
    assert (position["oa:start"], position["oa:end"]) == (claim.span.start, claim.span.end)
    assert quote["oa:exact"] == claim.evidence == node["schema:text"]


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (Quantity.exact(1500), {"schema:value": 1500, "schema:minValue": 1500, "schema:maxValue": 1500}),
        (Quantity.more_than(12000), {"schema:value": 12000, "schema:minValue": 12000}),
        (Quantity.approximately(3000), {"schema:value": 3000}),
        (Quantity.between(10, 20), {"schema:value": 15, "schema:minValue": 10, "schema:maxValue": 20}),
    ],
)
def test_open_bounds_are_left_out(quantity: Quantity, expected: dict[str, Any]) -> None:
    claim = Claim(
        subject="s",
        measure=Measure.DEPLOYED,
        quantity=quantity,
        actor=claims()[0].actor,
        source=Source(id="d"),
        span=Span(0, 1),
        evidence="x",
    )
    node = to_jsonld([claim])["@graph"][0]["ck:quantity"]
    assert {k: v for k, v in node.items() if k.startswith("schema:") and k != "schema:unitText"} == expected
    assert node["ck:qualifier"] == quantity.qualifier.value


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (DateWindow.month(2024, 10), {"@value": "2024-10", "@type": "xsd:gYearMonth"}),
        (DateWindow.year(2024), {"@value": "2024", "@type": "xsd:gYear"}),
        (DateWindow.between(None, DateWindow.year(2024).latest), None),
        (None, None),
    ],
)
def test_source_date_never_invented(window: DateWindow | None, expected: dict[str, str] | None) -> None:
    source = Source(id="s1", published=window)
    node = _nodes(to_jsonld([_with_source(source)]))["urn:claimkit:source:s1"]
    assert node.get("schema:datePublished") == expected
    assert node.get("prov:generatedAtTime") == expected


def _with_source(source: Source) -> Claim:
    return Claim(
        subject="s",
        measure=Measure.DEPLOYED,
        quantity=Quantity.exact(1),
        actor=claims()[0].actor,
        source=source,
        span=Span(0, 1),
        evidence="x",
    )


def test_sources_and_actors_appear_once_with_affiliation_chain() -> None:
    doc = to_jsonld(claims(), stances())
    ids = [n["@id"] for n in doc["@graph"]]
    assert len(ids) == len(set(ids))
    nodes = _nodes(doc)
    kirby = nodes["urn:claimkit:actor:John%20F.%20Kirby"]
    assert kirby["prov:actedOnBehalfOf"] == {"@id": "urn:claimkit:actor:US%20National%20Security%20Council"}
    council = nodes["urn:claimkit:actor:US%20National%20Security%20Council"]
    assert council["prov:actedOnBehalfOf"] == {"@id": "urn:claimkit:actor:United%20States"}
    source = nodes["urn:claimkit:source:doc-b"]
    assert "schema:AnalysisNewsArticle" in source["@type"]
    assert source["schema:author"] == [{"@type": "schema:Person", "schema:name": "Ann Author"}]
    assert source["schema:publisher"]["schema:name"] == SOURCES[1].outlet


def test_stance_node() -> None:
    stance = stances()[0]
    node = _nodes(to_jsonld([], [stance]))[f"urn:claimkit:stance:{stance.id}"]
    assert node["ck:polarity"] == "denies"
    assert node["schema:about"] == stance.target
    assert node["prov:wasAttributedTo"] == {"@id": "urn:claimkit:actor:Kremlin"}


def test_claims_method_and_stable_output() -> None:
    assert claims().to_jsonld(stances()) == to_jsonld(claims(), stances())
    assert json.dumps(to_jsonld(claims())) == json.dumps(to_jsonld(claims()))
