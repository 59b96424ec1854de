"""`kg serve` speaks the SPARQL 1.1 Protocol as clients expect (issue #15): graph answers in
every RDF syntax the exporter writes, chosen by q-values; `Vary: Accept` on every negotiated
answer; the endpoint's URL as the base IRI; the 4xx answers the protocol asks for; JSON-LD with
the exporter's context. One real `kg serve` on 127.0.0.1 over the session's build."""

from __future__ import annotations

import json

import httpx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.construct import json_ld_context_of
from kg.namespaces import GROUP, KG, PREFIXES

from .serve.servers import running_kg_serve

PREFIX_LINES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
LINEAGE = PREFIX_LINES + "CONSTRUCT { ?g kg:hasPredecessor ?p } WHERE { ?g kg:hasPredecessor ?p }"
SYNTAXES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


@pytest.fixture(scope="module")
def server(built):
    with running_kg_serve("--build", str(built), "--per-client", "2") as running:
        yield running


@pytest.fixture()
def client(server):
    with httpx.Client(base_url=server.base, timeout=30) as http:
        yield http


def media_of(answer: httpx.Response) -> str:
    return answer.headers["content-type"].split(";")[0].strip()


@pytest.mark.parametrize("accept", sorted(SYNTAXES))
def test_a_construct_comes_in_every_rdf_syntax_the_exporter_writes(client, embedded, accept):
    answer = client.get("/sparql", params={"query": LINEAGE}, headers={"Accept": accept})
    assert answer.status_code == 200, answer.text
    assert media_of(answer) == accept
    graph = Graph().parse(data=answer.content, format=SYNTAXES[accept])
    assert isomorphic(graph, embedded.dataset.query(LINEAGE).graph)
    assert (GROUP.aqim, KG.hasPredecessor, GROUP.gia) in graph


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/turtle;q=0.5, application/rdf+xml", "application/rdf+xml"),
        ("application/rdf+xml;q=0.2, application/n-triples;q=0.9", "application/n-triples"),
        ("*/*;q=0.1, application/ld+json", "application/ld+json"),
        ("text/turtle;q=0, */*", "application/n-triples"),
        ("application/*", "application/n-triples"),
        ("text/html, application/xhtml+xml, */*;q=0.8", "text/turtle"),
    ],
)
def test_q_values_choose_the_syntax(client, accept, expected):
    answer = client.get("/sparql", params={"query": LINEAGE}, headers={"Accept": accept})
    assert answer.status_code == 200, answer.text
    assert media_of(answer) == expected


def test_rdf_xml_that_cannot_be_written_falls_to_the_next_accepted_syntax(client):
    query = "CONSTRUCT { <http://example.org/s> <http://example.org/1> 1 } WHERE {}"
    fallback = client.get(
        "/sparql",
        params={"query": query},
        headers={"Accept": "application/rdf+xml, text/turtle;q=0.5"},
    )
    assert fallback.status_code == 200 and media_of(fallback) == "text/turtle"
    only_xml = client.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/rdf+xml"}
    )
    assert only_xml.status_code == 406
    assert "cannot be written as RDF/XML" in only_xml.text


def test_406_only_when_nothing_fits(client):
    answer = client.get("/sparql", params={"query": LINEAGE}, headers={"Accept": "image/png"})
    assert answer.status_code == 406
    assert "application/rdf+xml" in answer.text and "text/turtle" in answer.text


@pytest.mark.parametrize(
    "path",
    [
        "/sparql?query=ASK%7B%7D",
        "/sparql?query=CONSTRUCT%7B%7D%7B%7D",
        "/id/group/aqim",
        "/id/group/no-such-group",
    ],
)
@pytest.mark.parametrize("accept", ["text/html", "text/turtle", "image/png", None])
def test_every_negotiated_answer_varies_on_accept(client, path, accept):
    headers = {"Accept": accept} if accept else {}
    answer = client.get(path, headers=headers)
    vary = {v.strip().lower() for v in answer.headers.get("vary", "").split(",")}
    assert "accept" in vary, (answer.status_code, answer.headers)


def test_a_refused_request_varies_on_accept_too(client):
    answer = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 415
    assert "accept" in answer.headers["vary"].lower()


def test_relative_iris_resolve_against_the_endpoint(client, server):
    answer = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { <s> <p> <o> } WHERE {}"},
        headers={"Accept": "application/n-triples"},
    )
    assert answer.status_code == 200, answer.text
    base = f"{server.base}/"
    assert answer.text.strip() == f"<{base}s> <{base}p> <{base}o> ."
    select = client.get("/sparql", params={"query": "SELECT * WHERE { <x> ?p ?o }"})
    assert select.status_code == 200 and select.json()["results"]["bindings"] == []


def test_a_hostile_host_header_does_not_become_the_base(client, server):
    answer = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { <s> <p> <o> } WHERE {}"},
        headers={"Accept": "application/n-triples", "Host": "a b<c>"},
    )
    assert answer.status_code in (200, 400), answer.text
    assert "<c>" not in answer.text and "a b" not in answer.text


def test_a_post_without_content_type_is_400(client):
    for body in (b"query=ASK%20%7B%7D", b"ASK {}"):
        answer = client.post("/sparql", content=body)
        assert answer.status_code == 400, answer.text
        assert "no Content-Type" in answer.text


def test_an_unknown_body_type_is_415_and_a_non_utf8_body_too(client):
    plain = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415 and "text/plain" in plain.text
    utf16 = client.post(
        "/sparql",
        content="ASK {}".encode("utf-16"),
        headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
    )
    assert utf16.status_code == 415 and "UTF-8" in utf16.text
    latin1 = client.post(
        "/sparql",
        content='SELECT ("caf\xe9" AS ?x) {}'.encode("latin-1"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert latin1.status_code == 400 and "not UTF-8" in latin1.text


def test_two_queries_or_a_query_and_an_update_are_400(client):
    two = client.get("/sparql", params=[("query", "ASK {}"), ("query", "SELECT * {}")])
    assert two.status_code == 400 and "exactly one query" in two.text
    both = client.post("/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"})
    assert both.status_code == 400 and "never both" in both.text
    body_and_url = client.post(
        "/sparql",
        params={"query": "ASK {}"},
        content=b"ASK {}",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert body_and_url.status_code == 400


def test_a_named_profile_section_can_be_the_dataset(client, embedded):
    """Provenance: the section graph that states a fact is reachable by FROM and by the
    protocol's parameters; the union is the default otherwise."""
    section = next(
        str(g.identifier)
        for g in embedded.dataset.graphs()
        if (GROUP.aqim, KG.acronym, None) in g and str(g.identifier).startswith("https://w3id")
    )
    query = PREFIX_LINES + "SELECT ?a WHERE { group:aqim kg:acronym ?a }"
    union = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    by_param = client.get("/sparql", params={"query": query, "default-graph-uri": section})
    from_clause = query.replace("SELECT ?a WHERE", f"SELECT ?a FROM <{section}> WHERE")
    by_from = client.get("/sparql", params={"query": from_clause})
    assert by_param.status_code == by_from.status_code == 200, (by_param.text, by_from.text)
    assert by_param.json() == by_from.json()
    assert 0 < len(by_param.json()["results"]["bindings"]) <= len(union)
    named = client.get(
        "/sparql",
        params={
            "query": PREFIX_LINES + "SELECT ?g WHERE { GRAPH ?g { group:aqim kg:acronym ?a } }",
            "named-graph-uri": section,
        },
    ).json()["results"]["bindings"]
    assert {b["g"]["value"] for b in named} == {section}


def test_entity_pages_in_json_ld_carry_the_exporters_context(client, embedded):
    answer = client.get("/id/group/aqim", headers={"Accept": "application/ld+json"})
    assert answer.status_code == 200
    document = json.loads(answer.text)
    assert document["@context"] == json_ld_context_of(embedded)
    assert document["@context"]["acronym"] == str(KG.acronym)
    assert "acronym" in answer.text and str(KG.acronym) not in answer.text.split('"@graph"')[1]
    graph = Graph().parse(data=answer.text, format="json-ld")
    assert (GROUP.aqim, KG.acronym, None) in graph


@pytest.mark.parametrize("accept", ["application/rdf+xml", "application/trig"])
def test_entity_pages_come_in_the_other_rdf_syntaxes(client, accept):
    answer = client.get("/id/group/aqim", headers={"Accept": accept})
    assert answer.status_code == 200 and media_of(answer) == accept
    graph = Graph().parse(data=answer.content, format=SYNTAXES[accept])
    assert (GROUP.aqim, None, None) in graph
