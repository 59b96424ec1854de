"""`kg serve` against the W3C SPARQL 1.1 Protocol tests, and against partners' own clients.

The manifest and its data are copied from the W3C test suite (tests/w3c/protocol/, with its
licence). Every case runs as written against a real `kg serve` on 127.0.0.1 whose dataset holds
the graphs the manifest loads (`ut:graphData`: data1.rdf, data2.rdf, data3.rdf), plus one graph
the manifest names without giving it data: `http://kasei.us/2009/09/sparql/data/data0.rdf`, the
`default-graph-uri` of query_get, query_post_form, query_content_type_* and bad_query_method. A
service that fixes its dataset answers a graph it does not hold with 400 (it never fetches
one), so the suite's dataset holds data0.rdf with one triple;
`test_a_graph_the_service_does_not_hold_is_400` checks the 400 without it.

Left out, because they need a service that accepts updates and `kg serve` is read-only by
design (docs/security.md): update_dataset_default_graph, update_dataset_default_graphs,
update_dataset_named_graphs, update_dataset_full, update_post_form, update_post_direct and
update_base_uri. Each is still sent, and must be refused with 403 and change nothing
(`test_the_update_cases_are_refused_and_change_nothing`). Every bad_update_* case applies (an
update refused is a 4xx) and runs as written: 27 of the 34 cases run as written.

Then the clients partners use, with their default settings: SPARQLWrapper (SELECT, ASK, and
CONSTRUCT and DESCRIBE, for which it asks for RDF/XML) and rdflib's `SPARQLStore` (which also
asks for RDF/XML for CONSTRUCT, and names a graph with `default-graph-uri` when a query goes to
one of a Dataset's graphs: a profile section, for provenance).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SKOS
from rdflib.query import Result

from kg.namespaces import GROUP, KG, PREFIXES

from .serve.servers import running_kg_serve

SUITE = Path(__file__).parent / "w3c" / "protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
KASEI = "http://kasei.us/2009/09/sparql/data/"
DATA0 = f"{KASEI}data0.rdf"
FOAF_DOCUMENT = "<http://xmlns.com/foaf/0.1/Document>"

READ_ONLY_EXCLUDED = {
    "update_dataset_default_graph",
    "update_dataset_default_graphs",
    "update_dataset_named_graphs",
    "update_dataset_full",
    "update_post_form",
    "update_post_direct",
    "update_base_uri",
}
RESULT_TYPES = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
}
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


@dataclass
class Step:
    """One HTTP request of a protocol test and what its answer must be."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[int] = field(default_factory=set)  # 2, 3 or 4: the class of status
    boolean: bool | None = None
    format: str | None = None


@dataclass
class Case:
    name: str
    steps: list[Step]


def read_manifest() -> tuple[list[Case], dict[str, Path]]:
    """The manifest's cases in order, and the data each named graph is loaded from."""
    base = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl"
    graph = Graph().parse(SUITE / "manifest.ttl", publicID=base)
    manifest = URIRef(base)
    entries = Collection(graph, graph.value(manifest, MF.entries))
    cases, data = [], {}
    for entry in entries:
        for graph_data in graph.objects(entry, UT.graphData):
            file = graph.value(graph_data, UT.graph)
            data[str(graph.value(graph_data, RDFS_LABEL))] = SUITE / str(file).rsplit("/", 1)[1]
        action = graph.value(entry, MF.action)
        steps = []
        for request in Collection(graph, graph.value(action, HT.requests)):
            headers = {}
            header_list = graph.value(request, HT.headers)
            for header in Collection(graph, header_list) if header_list else []:
                headers[str(graph.value(header, HT.fieldName))] = str(
                    graph.value(header, HT.fieldValue)
                )
            body = graph.value(request, HT.body)
            chars = graph.value(body, CNT.chars) if body is not None else None
            response = graph.value(request, HT.resp)
            expected = {
                int(str(s).rsplit("StatusCode", 1)[1][0])
                for s in graph.objects(response, MF.expectedStatus)
            }
            boolean = graph.value(response, MF.expectedBoolean)
            fmt = graph.value(response, MF.expectedFormat)
            steps.append(
                Step(
                    method=str(graph.value(request, HT.methodName)),
                    path=str(graph.value(request, HT.absolutePath)),
                    headers=headers,
                    body=str(chars).encode("utf-8") if chars is not None else None,
                    statuses=expected,
                    boolean=boolean.toPython() if isinstance(boolean, Literal) else None,
                    format=str(fmt) if fmt is not None else None,
                )
            )
        cases.append(Case(str(entry).rsplit("#", 1)[1], steps))
    return cases, data


CASES, GRAPH_DATA = read_manifest()
APPLICABLE = [c for c in CASES if c.name not in READ_ONLY_EXCLUDED]


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory):
    """`kg serve` over the suite's graphs, each a named graph of one TriG file."""
    folder = tmp_path_factory.mktemp("w3c")
    blocks = [
        f"<{name}> {{\n{path.read_text(encoding='utf-8')}}}\n"
        for name, path in sorted(GRAPH_DATA.items())
    ]
    blocks.append(f"<{DATA0}> {{ <{DATA0}> a {FOAF_DOCUMENT} . }}\n")
    trig = folder / "w3c-protocol.trig"
    trig.write_text("".join(blocks), encoding="utf-8")
    with running_kg_serve("--data", str(trig), "--workers", "2", "--per-client", "2") as server:
        yield server


@pytest.fixture()
def w3c(w3c_server):
    with httpx.Client(base_url=w3c_server.base, timeout=30) as client:
        yield client


def send(client: httpx.Client, step: Step) -> httpx.Response:
    """The request exactly as the manifest writes it, at our endpoint's path."""
    path = step.path.replace("/sparql/", "/sparql", 1)
    request = client.build_request(step.method, path, content=step.body, headers=step.headers)
    if "accept" not in {h.lower() for h in step.headers}:
        request.headers.pop("accept", None)  # no Accept header: the server's default
    return client.send(request)


def check(step: Step, answer: httpx.Response) -> None:
    assert answer.status_code // 100 in step.statuses, (answer.status_code, answer.text)
    media = answer.headers.get("content-type", "").split(";")[0].strip()
    if step.format == "boolean" or step.boolean is not None:
        assert media in RESULT_TYPES - {"text/csv", "text/tab-separated-values"}, media
        fmt = "json" if media.endswith("json") else "xml"
        result = Result.parse(io.BytesIO(answer.content), format=fmt)
        assert result.type == "ASK"
        if step.boolean is not None:
            assert result.askAnswer is step.boolean
    elif step.format == "tabular":
        assert media in RESULT_TYPES, media
    elif step.format == "RDF":
        assert media in RDF_TYPES, media
        Graph().parse(data=answer.content, format=RDF_TYPES[media])


def test_the_manifest_is_read_whole():
    assert len(CASES) == 34
    assert {c.name for c in CASES} >= READ_ONLY_EXCLUDED
    assert len(APPLICABLE) == 27
    assert set(GRAPH_DATA) == {f"{KASEI}data{n}.rdf" for n in (1, 2, 3)}


@pytest.mark.parametrize("case", APPLICABLE, ids=lambda c: c.name)
def test_w3c_protocol_case(w3c, case):
    for step in case.steps:
        check(step, send(w3c, step))


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.name in READ_ONLY_EXCLUDED], ids=lambda c: c.name
)
def test_the_update_cases_are_refused_and_change_nothing(w3c, case):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = w3c.get("/sparql", params={"query": count}).json()
    first = case.steps[0]
    answer = send(w3c, first)
    assert answer.status_code == 403, answer.text
    assert "read-only" in answer.text
    assert w3c.get("/sparql", params={"query": count}).json() == before


def test_a_graph_the_service_does_not_hold_is_400(w3c):
    absent = f"{KASEI}data4.rdf"
    for answer in (
        w3c.get("/sparql", params={"query": "ASK {}", "default-graph-uri": absent}),
        w3c.post("/sparql", data={"query": "ASK {}", "named-graph-uri": absent}),
        w3c.get("/sparql", params={"query": f"ASK FROM <{absent}> {{}}"}),
    ):
        assert answer.status_code == 400
        assert f"<{absent}>, which is not a graph this service holds" in answer.text


def test_the_protocol_dataset_wins_over_from(w3c):
    """query_multiple_dataset only looks at named graphs; here the default graph decides."""
    query = f"ASK FROM <{KASEI}data3.rdf> {{ <{KASEI}data1.rdf> a ?type }}"
    by_from = w3c.get("/sparql", params={"query": query}).json()["boolean"]
    by_protocol = w3c.get(
        "/sparql", params={"query": query, "default-graph-uri": f"{KASEI}data1.rdf"}
    ).json()["boolean"]
    assert (by_from, by_protocol) == (False, True)


def test_from_named_alone_leaves_the_default_graph_empty(w3c):
    """SPARQL 1.1 section 13.2: FROM NAMED without FROM gives an empty default graph."""
    query = f"SELECT * FROM NAMED <{KASEI}data1.rdf> WHERE {{ ?s ?p ?o }}"
    assert w3c.get("/sparql", params={"query": query}).json()["results"]["bindings"] == []


# ---------------------------------------------------------------- partners' clients


@pytest.fixture(scope="module")
def aqim_server(built):
    with running_kg_serve("--build", str(built), "--per-client", "2") as server:
        yield server


GROUP_NAMES = (
    "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    + "SELECT ?name WHERE { group:aqim skos:prefLabel ?name }"
)


def test_sparqlwrapper_with_its_defaults_asks_select_ask_construct_and_describe(aqim_server):
    from SPARQLWrapper import SPARQLWrapper

    def ask(query: str):
        client = SPARQLWrapper(f"{aqim_server.base}/sparql")
        client.setQuery(query)
        return client.query().convert()

    rows = ask(GROUP_NAMES)  # SPARQL results XML, parsed into a DOM by default
    names = {node.firstChild.data for node in rows.getElementsByTagName("literal")}
    assert "Al Qaida in the Islamic Maghreb" in names
    for query, expected in (
        (f"ASK {{ <{GROUP.aqim}> a <{KG.ArmedGroup}> }}", "true"),
        (f"ASK {{ <{GROUP.aqim}> a <{KG.Person}> }}", "false"),
    ):
        boolean = ask(query).getElementsByTagName("boolean")[0]  # SPARQL results XML
        assert boolean.firstChild.data == expected
    construct = ask(
        f"CONSTRUCT {{ ?g <{KG.hasPredecessor}> ?p }} WHERE {{ ?g <{KG.hasPredecessor}> ?p }}"
    )
    assert isinstance(construct, Graph)  # SPARQLWrapper asked for and parsed RDF/XML
    assert (GROUP.aqim, KG.hasPredecessor, GROUP.gia) in construct
    describe = ask(f"DESCRIBE <{GROUP.aqim}>")
    assert isinstance(describe, Graph)
    assert (GROUP.aqim, RDF.type, KG.ArmedGroup) in describe


def test_rdflib_sparqlstore_with_its_defaults_selects_and_constructs(aqim_server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(f"{aqim_server.base}/sparql"))
    names = {str(row[0]) for row in graph.query(GROUP_NAMES)}
    assert "Al Qaida in the Islamic Maghreb" in names
    construct = graph.query(
        f"CONSTRUCT {{ ?g <{KG.hasPredecessor}> ?p }} WHERE {{ ?g <{KG.hasPredecessor}> ?p }}"
    )
    assert (GROUP.aqim, KG.hasPredecessor, GROUP.gia) in set(construct)
    assert (GROUP.aqim, SKOS.prefLabel, None) in graph  # triples() is a SELECT too


def test_rdflib_sparqlstore_reaches_a_profile_section_for_provenance(aqim_server):
    """SPARQLStore lists the named graphs and, asked through a Graph named after one of them,
    names it with default-graph-uri: the profile section that states AQIM's English name."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{aqim_server.base}/sparql")
    english = Literal("Al Qaida in the Islamic Maghreb", lang="en")
    graphs = list(store.contexts())  # URIRefs of the named graphs
    sections = [g for g in graphs if (GROUP.aqim, SKOS.prefLabel, english) in Graph(store, g)]
    assert sections, "no section graph states AQIM's English name"
    names = f"SELECT ?name WHERE {{ <{GROUP.aqim}> <{SKOS.prefLabel}> ?name }}"
    assert english in {row[0] for row in Graph(store, sections[0]).query(names)}
    silent = next(g for g in graphs if (GROUP.aqim, None, None) not in Graph(store, g))
    assert list(Graph(store, silent).query(names)) == []  # only that graph was read
