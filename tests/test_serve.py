"""`kg serve`: analysts' tools ask the graph over HTTP, and hostile requests get nothing.

Every test drives a real `kg serve` process on a free 127.0.0.1 port over HTTP; a local
listener records any request that leaves the server, so "refused or harmless" is proven by its
log staying empty.
"""

from __future__ import annotations

import io
import threading
import time
import urllib.parse
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result
from typer.testing import CliRunner

from kg.cli import app
from kg.namespaces import GROUP, ID, PREFIXES
from kg.query import run_query, to_csv
from kg.query_catalogue import catalogue
from kg.store.remote import RemoteStore

from .conftest import comparable_rows, csv_rows
from .serve.servers import free_port, hostile_file, listening, running_kg_serve

QUERIES = Path(__file__).parent / "queries"
PREFIX_LINES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
GROUP_NAMES = (
    PREFIX_LINES + "SELECT ?group ?name WHERE { ?group a kg:ArmedGroup ; skos:prefLabel ?name }"
)
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIME_LIMIT = 2


@pytest.fixture(scope="module")
def server(built):
    with running_kg_serve(
        "--build", str(built), "--timeout", str(TIME_LIMIT), "--max-rows", "500"
    ) as running:
        yield running


@pytest.fixture()
def client(server):
    with httpx.Client(base_url=server.base, timeout=30) as http:
        yield http


def select_rows(kg, text: str) -> set[tuple]:
    return {tuple(row) for row in kg.dataset.query(text)}


def triple_count(client) -> int:
    answer = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


# ---------------------------------------------------------------- the protocol


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ],
)
def test_group_names_come_in_the_results_format_the_client_accepts(client, embedded, accept, fmt):
    answer = client.get("/sparql", params={"query": GROUP_NAMES}, headers={"Accept": accept})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith(accept)
    rows = {tuple(r) for r in Result.parse(io.BytesIO(answer.content), format=fmt)}
    expected = select_rows(embedded, GROUP_NAMES)
    if fmt == "csv":  # CSV carries no datatypes or language tags: compare the text
        expected = {tuple(str(t) for t in row) for row in expected}
        rows = {tuple(str(t) for t in row) for row in rows}
    assert rows == expected and len(rows) >= 5


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_construct_and_describe_come_as_turtle_ntriples_or_json_ld(client, embedded, accept, fmt):
    construct = (
        PREFIX_LINES + "CONSTRUCT { ?g kg:hasPredecessor ?p } WHERE { ?g kg:hasPredecessor ?p }"
    )
    answer = client.post("/sparql", data={"query": construct}, headers={"Accept": accept})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=answer.text, format=fmt)
    assert isomorphic(graph, embedded.dataset.query(construct).graph)
    assert (GROUP.aqim, URIRef(PREFIXES["kg"] + "hasPredecessor"), GROUP.gia) in graph
    describe = client.get(
        "/sparql", params={"query": f"DESCRIBE <{GROUP.gia}>"}, headers={"Accept": accept}
    )
    assert (GROUP.gia, None, None) in Graph().parse(data=describe.text, format=fmt)


def test_get_post_form_and_sparql_query_body_give_the_same_answer(client):
    by_get = client.get("/sparql", params={"query": GROUP_NAMES})
    by_form = client.post("/sparql", data={"query": GROUP_NAMES})
    by_body = client.post(
        "/sparql",
        content=GROUP_NAMES.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.json() == by_form.json() == by_body.json()


@pytest.mark.parametrize(
    "case", sorted(QUERIES.glob("*/*.params")), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_every_catalogue_query_through_the_endpoint_equals_embedded(server, embedded, case):
    """SPARQLWrapper, as any SPARQL client, asks our endpoint; the rows are the embedded ones."""
    lines = case.read_text(encoding="utf-8").splitlines()
    params = dict(line.split("=", 1) for line in lines if line)
    query = catalogue()[case.parent.name]
    remote = run_query(RemoteStore(f"{server.base}/sparql"), query, params)
    local = run_query(embedded, query, params)
    assert comparable_rows(csv_rows(to_csv(remote))) == comparable_rows(csv_rows(to_csv(local)))
    # the AQIM profile states no designation: agreeing on none is all designations/aqim can show
    assert remote.rows or case.parent.name == "designations"


def test_an_accept_header_the_server_cannot_meet_gets_406(client):
    answer = client.get("/sparql", params={"query": GROUP_NAMES}, headers={"Accept": "image/png"})
    assert answer.status_code == 406
    assert "application/sparql-results+json" in answer.text


def test_a_browser_based_client_may_ask_across_origins(client):
    preflight = client.options(
        "/sparql",
        headers={
            "Origin": "https://yasgui.example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "POST" in preflight.headers["access-control-allow-methods"]
    answer = client.get(
        "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example.org"}
    )
    assert answer.headers["access-control-allow-origin"] == "*"


# ---------------------------------------------------------------- hostile requests


def test_updates_are_refused_with_403_and_change_nothing(client):
    before = triple_count(client)
    with listening() as listener:
        insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"
        load = f"LOAD <{listener.base}/data.ttl>"
        answers = [
            client.post("/sparql", data={"update": insert}),
            client.post("/sparql", data={"update": load}),
            client.post(
                "/sparql",
                content=load.encode(),
                headers={"Content-Type": "application/sparql-update"},
            ),
            client.get("/sparql", params={"query": insert}),
            client.post("/sparql", data={"query": load}),
        ]
        assert [a.status_code for a in answers] == [403] * 5
        assert all("read-only" in a.text for a in answers)
        assert listener.requests == []
    assert triple_count(client) == before


def test_service_is_refused_and_no_request_leaves_the_server(client):
    with listening() as listener:
        hostile = {"query": f"SELECT * WHERE {{ SERVICE <{listener.base}/sparql> {{ ?s ?p ?o }} }}"}
        answers = [client.get("/sparql", params=hostile), client.post("/sparql", data=hostile)]
        assert [a.status_code for a in answers] == [403, 403]
        assert all("SERVICE is not allowed" in a.text for a in answers)
        assert listener.requests == []


def test_a_remote_dataset_is_a_400_that_says_why_and_nothing_is_fetched(client):
    """FROM, FROM NAMED, default-graph-uri and named-graph-uri naming a graph the service does
    not hold: the SPARQL 1.1 Protocol's answer for a service with a fixed dataset is 400."""
    with listening() as listener:
        hostile = [
            {"query": f"SELECT * FROM <{listener.base}/data.ttl> WHERE {{ ?s ?p ?o }}"},
            {"query": f"SELECT * FROM NAMED <{listener.base}/g.ttl> WHERE {{ ?s ?p ?o }}"},
            {"query": "ASK {}", "default-graph-uri": f"{listener.base}/data.ttl"},
            {"query": "ASK {}", "named-graph-uri": f"{listener.base}/data.ttl"},
        ]
        answers = [client.get("/sparql", params=p) for p in hostile]
        answers += [client.post("/sparql", data=p) for p in hostile]
        assert [a.status_code for a in answers] == [400] * len(answers)
        assert all("not a graph this service holds" in a.text for a in answers)
        assert all("never fetches" in a.text for a in answers)
        assert listener.requests == []


@pytest.mark.parametrize("template", ["remote-context.jsonld", "external-entity.rdf"])
def test_serve_refuses_a_partner_file_that_would_fetch_and_fetches_nothing(tmp_path, template):
    with listening() as listener:
        partner_file = hostile_file(template, tmp_path, listener)
        result = CliRunner().invoke(
            app, ["serve", "--port", str(free_port()), "--data", str(partner_file)]
        )
        assert result.exit_code == 2
        assert f"{template}" in result.output and "error:" in result.output
        assert "Traceback" not in result.output
        assert listener.requests == []


def test_a_slow_query_is_stopped_at_the_time_limit_while_others_are_answered(server):
    """Another client (another address: 127.0.0.2 is this machine's loopback too) is answered
    while one client's slow query runs; each client may hold only a share of the workers."""
    slow: dict[str, httpx.Response] = {}

    def ask_slowly() -> None:
        with httpx.Client(base_url=server.base, timeout=60) as other:
            slow["answer"] = other.get("/sparql", params={"query": CROSS_PRODUCT})

    thread = threading.Thread(target=ask_slowly)
    thread.start()
    time.sleep(0.5)  # let the slow query reach a worker
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=server.base, timeout=30, transport=transport) as client:
        quick = client.get("/sparql", params={"query": GROUP_NAMES})
        still_running = thread.is_alive()
        thread.join()
        assert quick.status_code == 200
        assert still_running, "the quick query was answered while the slow one ran"
        assert slow["answer"].status_code == 503
        assert f"time limit of {TIME_LIMIT} s" in slow["answer"].text
        assert slow["answer"].headers["retry-after"] == str(TIME_LIMIT)
        assert client.get("/sparql", params={"query": GROUP_NAMES}).status_code == 200
    wait_for_share_back(server)


def wait_for_share_back(server) -> None:
    """A stopped query's client gets its share back once the worker that replaces the killed
    one is ready (seconds on this machine, longer than this module's 2 s limit), so the next
    tests, all from 127.0.0.1, wait for that rather than meet a 429."""
    deadline = time.monotonic() + 90
    with httpx.Client(base_url=server.base, timeout=30) as client:
        while True:
            answer = client.get("/sparql", params={"query": "ASK {}"})
            if answer.status_code != 429 or time.monotonic() > deadline:
                break
    assert answer.status_code == 200, answer.text


def test_an_answer_over_the_row_cap_is_refused_clearly(client):
    answer = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert answer.status_code == 422
    assert "more than 500 rows" in answer.text and "LIMIT" in answer.text
    limited = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 500"})
    assert len(limited.json()["results"]["bindings"]) == 500


def test_a_syntax_error_is_400_with_the_parser_message(client):
    answer = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert answer.status_code == 400
    assert "syntax error" in answer.text


# ---------------------------------------------------------------- dereferenceable IRIs


def test_aqim_iri_resolves_to_a_page_with_names_lineage_attacks_and_sources(client):
    page = client.get("/id/group/aqim", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "al-Qaïda dans les pays du Maghreb islamique" in html
    assert 'href="/id/group/gspc"' in html and 'href="/id/group/gia"' in html
    assert "Attack on a café and two hotels in Ouagadougou" in html
    assert "Alternative Names" in html  # the profile section that gives the names


@pytest.mark.parametrize(
    ("accept", "fmt"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld")]
)
def test_aqim_iri_resolves_to_rdf_for_programs(client, embedded, accept, fmt):
    answer = client.get("/id/group/aqim", headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=answer.text, format=fmt)
    stated = set(embedded.dataset.triples((GROUP.aqim, None, None)))
    assert stated and stated <= set(graph)
    assert (None, None, GROUP.aqim) in graph  # what points at it comes too


def test_every_entity_iri_the_graph_mints_resolves(client, embedded):
    iris = {
        str(term).split("#")[0]
        for term in embedded.dataset.subjects()
        if isinstance(term, URIRef) and str(term).startswith(str(ID))
    }
    assert len(iris) > 50
    failures = []
    for iri in sorted(iris):
        path = "/id/" + urllib.parse.quote(iri.removeprefix(str(ID)), safe="/")
        answer = client.get(path, headers={"Accept": "text/turtle"})
        if answer.status_code != 200:
            failures.append((iri, answer.status_code))
    assert failures == []


def test_an_unknown_entity_is_404(client):
    answer = client.get("/id/group/no-such-group")
    assert answer.status_code == 404
    assert "nothing is known" in answer.text


# ---------------------------------------------------------------- the query page


def test_the_query_page_offers_a_text_box_and_the_catalogue(client):
    page = client.get("/query")
    assert page.status_code == 200
    assert "<textarea" in page.text
    for name in catalogue():
        assert f'value="{name}"' in page.text


def test_picking_the_lineage_query_shows_a_table_with_clickable_iris(client):
    page = client.get("/", params={"catalogue": "lineage", "group": "AQIM"})
    assert page.status_code == 200
    assert "2 rows" in page.text
    assert 'href="/id/group/gia"' in page.text and 'href="/id/group/gspc"' in page.text


def test_a_typed_query_shows_its_rows_and_markup_in_data_is_escaped(client):
    page = client.get("/", params={"query": 'SELECT ("<script>x</script>" AS ?x) {}'})
    assert page.status_code == 200
    assert "&lt;script&gt;x&lt;/script&gt;" in page.text
    assert "<script>x" not in page.text  # neither in the results nor in the text box


def test_the_query_page_names_a_bad_parameter_and_reads_no_files(client):
    unknown = client.get("/", params={"catalogue": "lineage", "group": "Nobody at all"})
    assert unknown.status_code == 400
    assert "no group is named" in unknown.text
    path = client.get("/", params={"catalogue": "../../../etc/passwd"})
    assert path.status_code == 400
    assert "no catalogue query is named" in path.text


def test_a_port_already_in_use_is_a_one_line_error(server):
    port = server.base.rsplit(":", 1)[1]
    result = CliRunner().invoke(app, ["serve", "--port", port])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert len(result.output.strip().splitlines()) == 1
