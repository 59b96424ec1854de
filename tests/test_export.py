"""Exports from a partner's side: every format gives back the graph it was written from, read by
rdflib and by an independent parser (Oxigraph); JSON-LD reads offline; the VoID description tells
the truth about the data; a failed export leaves the previous one untouched."""

from __future__ import annotations

import inspect
import io
import json
import os
import re
import socket
import subprocess
import sys
import urllib.request
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib._networking
from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS
from rdflib.plugin import get as get_plugin
from rdflib.serializer import Serializer

from kg.export import (
    FORMATS,
    ExportError,
    ExportResult,
    dataset_description,
    export,
    json_ld_context,
    read_back,
)
from kg.load import KnowledgeGraph, load, parse_file
from kg.namespaces import (
    DATASET,
    GEO,
    GRAPH,
    GROUP,
    ID,
    KG,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    PLACE,
    PREFIXES,
    VOCAB_GRAPH,
    VOID,
)
from kg.reason import reason

HERE = Path(__file__).resolve().parent
SRC = Path(inspect.getfile(ExportResult)).resolve().parents[1]  # the kg under test
ISSUED = date(2026, 1, 31)
DCAT3 = Namespace(PREFIXES["dcat"])  # dcat:version is DCAT 3; rdflib's DCAT is version 2
UNION_FORMATS = [name for name, f in FORMATS.items() if not f.keeps_graphs]
GRAPH_FORMATS = [name for name, f in FORMATS.items() if f.keeps_graphs]


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    """The shipped data, reasoned, built once for this module. Tests must not modify it."""
    graph = load()
    reason(graph)
    return graph


@pytest.fixture(scope="module")
def exports(kg, tmp_path_factory) -> dict[str, ExportResult]:
    """One export per format, each in its own folder so their VoID files do not collide."""
    root = tmp_path_factory.mktemp("exports")
    return {
        fmt: export(kg, fmt, root / fmt / f"ctkg{FORMATS[fmt].suffix}", issued=ISSUED)
        for fmt in FORMATS
    }


@pytest.fixture(scope="module")
def oxigraph_store(kg) -> ox.Store:
    """The built dataset in Oxigraph, handed over by rdflib's own N-Quads writer (not ours), so
    the VoID counts can be checked by an independent SPARQL engine."""
    store = ox.Store()
    store.load(kg.dataset.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    return store


def graph_id(graph) -> URIRef:
    return getattr(graph, "identifier", graph)  # rdflib yields graphs or their names


def graphs_of(dataset: Dataset) -> dict[URIRef, Graph]:
    graphs: defaultdict[URIRef, Graph] = defaultdict(Graph)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graphs[graph_id(g)].add((s, p, o))
    return dict(graphs)


def union_of(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def has_blank_node(statement) -> bool:
    return any(isinstance(term, (BNode, ox.BlankNode)) for term in statement)


# ---------------------------------------------------------------- every format reads back


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
def test_graph_keeping_formats_read_back_graph_by_graph(kg, exports, fmt):
    back = graphs_of(read_back(exports[fmt].path, fmt))
    built = graphs_of(kg.dataset)
    assert sorted(back, key=str) == sorted(built, key=str) == kg.graph_names()
    different = [name for name in built if not isomorphic(back[name], built[name])]
    assert different == []


@pytest.mark.parametrize("fmt", UNION_FORMATS)
def test_union_formats_read_back_as_the_union_of_all_graphs(kg, exports, fmt):
    back = read_back(exports[fmt].path, fmt)
    assert {graph_id(g) for *_, g in back.quads((None, None, None, None))} == {
        back.default_graph.identifier
    }
    assert isomorphic(union_of(back), kg.union())


def oxigraph_key(term) -> tuple[str, ...]:
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.Literal):
        # Oxigraph lower-cases language tags (they are case-insensitive in BCP 47)
        return ("literal", term.value, term.datatype.value, (term.language or "").lower())
    if isinstance(term, ox.DefaultGraph):
        return ("default graph",)
    raise AssertionError(f"unexpected term {term!r}")


def rdflib_key(term) -> tuple[str, ...]:
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, Literal):
        datatype = term.datatype or (RDF.langString if term.language else XSD.string)
        return ("literal", str(term), str(datatype), (term.language or "").lower())
    raise AssertionError(f"unexpected term {term!r}")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_oxigraph_reads_every_format_without_error_as_the_same_statements(kg, exports, fmt):
    form = FORMATS[fmt]
    path = exports[fmt].path
    # the media type we publish is the one Oxigraph knows the format by
    quads = list(ox.parse(path=path, format=ox.RdfFormat.from_media_type(form.media_type)))
    if form.keeps_graphs:
        expected = {
            (*map(rdflib_key, (s, p, o)), rdflib_key(graph_id(g)))
            for s, p, o, g in kg.dataset.quads((None, None, None, None))
            if not has_blank_node((s, p, o))
        }
        assert len(quads) == len(kg)
    else:
        expected = {
            (*map(rdflib_key, t), ("default graph",)) for t in kg.union() if not has_blank_node(t)
        }
        assert len(quads) == len(kg.union())
    found = {
        tuple(oxigraph_key(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
        for q in quads
        if not has_blank_node((q.subject, q.object))
    }
    assert found == expected


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exports_hold_plain_rdf_with_blank_nodes_only_in_the_ontology(kg, exports, fmt):
    quads = list(
        ox.parse(
            path=exports[fmt].path, format=ox.RdfFormat.from_media_type(FORMATS[fmt].media_type)
        )
    )
    assert not [q for q in quads if isinstance(q.subject, ox.Literal)]
    blank = [q for q in quads if has_blank_node((q.subject, q.object))]
    in_vocabulary_graphs = [
        q
        for q in kg.dataset.quads((None, None, None, None))
        if has_blank_node(q[:3]) and graph_id(q[3]) in (ONTOLOGY_GRAPH, VOCAB_GRAPH)
    ]
    assert blank, "the ontology's property chains are OWL lists: blank nodes expected"
    assert len(blank) == len(in_vocabulary_graphs)
    if FORMATS[fmt].keeps_graphs:
        assert {q.graph_name.value for q in blank} <= {str(ONTOLOGY_GRAPH), str(VOCAB_GRAPH)}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_result_counts_what_was_written(kg, exports, fmt):
    result = exports[fmt]
    keeps_graphs = FORMATS[fmt].keeps_graphs
    assert result.format == fmt
    assert result.statements == (len(kg) if keeps_graphs else len(kg.union()))
    assert result.graphs == (len(kg.graph_names()) if keeps_graphs else 1)
    assert all(path.is_file() for path in (result.path, *result.extra_files))
    leftovers = [p.name for p in result.path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_turtle_family_exports_declare_our_prefixes(exports, fmt):
    text = exports[fmt].path.read_text(encoding="utf-8")
    declared = dict(re.findall(r"^@prefix (\w*): <([^>]*)> \.$", text, flags=re.MULTILINE))
    assert {"kg", "skos", "dcterms", "group", "place", "attack"} <= set(declared)
    assert {p: ns for p, ns in declared.items() if p in PREFIXES} == {
        p: PREFIXES[p] for p in declared if p in PREFIXES
    }


def test_two_exports_of_the_same_data_are_byte_identical_so_releases_diff(tmp_path):
    """rdflib keeps graphs and nodes in hash-ordered sets and every load gives the ontology's
    blank nodes new labels; the export must depend on neither."""
    script = (
        "import sys; from datetime import date; from pathlib import Path\n"
        "from kg.load import load; from kg.reason import reason\n"
        "from kg.export import FORMATS, export\n"
        "kg = load(); reason(kg); out = Path(sys.argv[1])\n"
        "for fmt, form in FORMATS.items():\n"
        "    export(kg, fmt, out / fmt / f'g{form.suffix}', issued=date(2026, 1, 31))\n"
    )
    runs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env)
        runs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*.*"))})
    assert len(runs[0]) == 6 + 6 + 1  # six files, six VoID files, one context
    assert runs[0] == runs[1]


@pytest.mark.parametrize("fmt", ["nquads", "ntriples"])
def test_line_based_exports_are_sorted_one_statement_a_line(kg, exports, fmt):
    lines = exports[fmt].path.read_bytes().splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines)) == exports[fmt].statements


# ---------------------------------------------------------------- JSON-LD


def test_json_ld_embeds_the_generated_context_and_writes_it_beside_the_file(kg, exports):
    result = exports["jsonld"]
    document = json.loads(result.path.read_text(encoding="utf-8"))
    context_file = result.path.with_name("ctkg.context.jsonld")
    assert context_file in result.extra_files
    assert isinstance(document["@context"], dict), "a URL would need the network to read"
    assert document["@context"] == json.loads(context_file.read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == json_ld_context(graphs_of(kg.dataset)[ONTOLOGY_GRAPH])


class NetworkBlocked(Exception):
    pass


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkBlocked("this test has no network")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(rdflib._networking, "urlopen", refuse)  # rdflib imported it by name
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_json_ld_reads_offline(kg, exports, no_network):
    # the guard bites: a document whose context is a URL cannot be read here
    remote = {"@context": "https://example.org/context.jsonld", "@id": str(GROUP["x"])}
    with pytest.raises(NetworkBlocked):
        Dataset().parse(data=json.dumps(remote), format="json-ld")
    # rdflib's own parser, not kg.load's, which refuses remote contexts before parsing
    back = Dataset().parse(exports["jsonld"].path, format="json-ld")
    back_graphs, built = graphs_of(back), graphs_of(kg.dataset)
    assert set(back_graphs) == set(built)
    assert all(isomorphic(back_graphs[name], built[name]) for name in built)


def test_json_ld_uses_the_short_terms_of_the_context(exports):
    text = exports["jsonld"].path.read_text(encoding="utf-8")
    assert '"splitFrom": "group:' in text
    assert '"kg:place": "place:' in text  # the term whose name is also a prefix
    graph_part = text.split('"@graph"', 1)[1]
    assert re.search(rf'"{re.escape(str(KG._NS))}\w+":', graph_part) is None  # no full-IRI keys


def test_context_has_a_term_for_every_kg_property_of_the_ontology(kg):
    ontology = graphs_of(kg.dataset)[ONTOLOGY_GRAPH]
    context = json_ld_context(ontology)
    kg_ns = str(KG._NS)
    object_properties = {
        p for p in ontology.subjects(RDF.type, OWL.ObjectProperty) if p.startswith(kg_ns)
    }
    datatype_properties = {
        p for p in ontology.subjects(RDF.type, OWL.DatatypeProperty) if p.startswith(kg_ns)
    }
    terms = {key: value for key, value in context.items() if key not in PREFIXES}
    iri = {key: URIRef(v if isinstance(v, str) else v["@id"]) for key, v in terms.items()}
    assert sorted(iri.values()) == sorted(object_properties | datatype_properties)
    assert {p: ns for p, ns in context.items() if p in PREFIXES} == PREFIXES
    for key, value in terms.items():
        prop = iri[key]
        assert key in (prop.removeprefix(kg_ns), f"kg:{prop.removeprefix(kg_ns)}")
        if prop in object_properties:
            assert value == {"@id": str(prop), "@type": "@id"}, key
        else:
            ranges = list(ontology.objects(prop, RDFS.range))
            typed = len(ranges) == 1 and ranges[0].startswith(str(XSD)) and ranges[0] != XSD.string
            assert value == ({"@id": str(prop), "@type": str(ranges[0])} if typed else str(prop))
    assert list(context) == sorted(context), "keys sorted, so the context diffs cleanly"


SAMPLE_VALUES = {XSD.integer: "42", XSD.date: "2007-12-11", XSD.boolean: "true"}


def test_every_context_term_expands_to_its_property_in_rdflib_and_oxigraph(kg):
    """A term named like a prefix (place, modality) must still expand to the property."""
    context = json_ld_context(graphs_of(kg.dataset)[ONTOLOGY_GRAPH])
    wrong = []
    for key, value in context.items():
        if key in PREFIXES:
            continue
        prop = URIRef(value if isinstance(value, str) else value["@id"])
        coercion = value.get("@type") if isinstance(value, dict) else None
        if coercion == "@id":
            given, expected = "place:algeria", PLACE["algeria"]
        elif coercion:
            given = SAMPLE_VALUES[URIRef(coercion)]  # a KeyError means: add a sample here
            expected = Literal(given, datatype=URIRef(coercion))
        else:
            given, expected = "x", Literal("x")
        document = json.dumps({"@context": context, "@id": str(GROUP["probe"]), key: given})
        by_rdflib = set(Graph().parse(data=document, format="json-ld"))
        if by_rdflib != {(GROUP["probe"], prop, expected)}:
            wrong.append((key, "rdflib", by_rdflib))
        by_oxigraph = [
            (q.predicate.value, q.object.value)
            for q in ox.parse(document, format=ox.RdfFormat.JSON_LD)
        ]
        if by_oxigraph != [(str(prop), str(expected))]:
            wrong.append((key, "oxigraph", by_oxigraph))
    assert wrong == []


# ---------------------------------------------------------------- VoID / DCAT


def void_of(result: ExportResult) -> tuple[Path, Graph]:
    path = result.path.with_name("ctkg.void.ttl")
    assert path in result.extra_files
    return path, parse_file(path, "turtle").default_graph


def count(store: ox.Store, query: str) -> int:
    prefixes = f"PREFIX rdf: <{RDF}>\n"
    (row,) = list(store.query(prefixes + query))
    return int(row["n"].value)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_void_parses_with_rdflib_and_oxigraph_and_has_no_blank_nodes(exports, fmt):
    path, void = void_of(exports[fmt])
    triples = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE, base_iri=path.as_uri()))
    assert len(triples) == len(void) > 0
    assert not [t for t in void if has_blank_node(t)]
    assert all(str(s).startswith(str(DATASET)) for s in void.subjects())


def test_void_counts_are_those_of_the_dataset(exports, oxigraph_store):
    _, void = void_of(exports["trig"])
    says = {
        p: int(void.value(DATASET, p))
        for p in (
            VOID.triples,
            VOID.entities,
            VOID.classes,
            VOID.properties,
            VOID.distinctSubjects,
            VOID.distinctObjects,
        )
    }
    not_vocabulary = f"FILTER(?g NOT IN ({ONTOLOGY_GRAPH.n3()}, {VOCAB_GRAPH.n3()}))"
    assert says == {
        VOID.triples: count(
            oxigraph_store,
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }",
        ),
        VOID.entities: count(
            oxigraph_store,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) "
            f"{{ GRAPH ?g {{ ?s ?p ?o }} FILTER(isIRI(?s)) {not_vocabulary} }}",
        ),
        VOID.classes: count(
            oxigraph_store,
            "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s rdf:type ?c } FILTER(isIRI(?c)) }",
        ),
        VOID.properties: count(
            oxigraph_store, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
        ),
        VOID.distinctSubjects: count(
            oxigraph_store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
        ),
        VOID.distinctObjects: count(
            oxigraph_store, "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
        ),
    }


def plain_python_statistics(dataset: Dataset) -> tuple[dict, dict, dict]:
    """The VoID figures counted the obvious way, statement by statement in rdflib: the dataset's
    counts, entities per class, and statements per named graph."""
    triples, entities, per_graph = set(), set(), Counter()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        triples.add((s, p, o))
        per_graph[graph_id(g)] += 1
        if isinstance(s, URIRef) and graph_id(g) not in (ONTOLOGY_GRAPH, VOCAB_GRAPH):
            entities.add(s)
    members = defaultdict(set)
    for s, p, o in triples:
        if p == RDF.type and isinstance(o, URIRef):
            members[o].add(s)
    counts = {
        VOID.triples: len(triples),
        VOID.entities: len(entities),
        VOID.classes: len(members),
        VOID.properties: len({p for _, p, _ in triples}),
        VOID.distinctSubjects: len({s for s, _, _ in triples}),
        VOID.distinctObjects: len({o for _, _, o in triples}),
    }
    classes = {c: sum(isinstance(s, URIRef) for s in found) for c, found in members.items()}
    return counts, classes, dict(per_graph)


def test_void_figures_equal_a_plain_python_count_of_the_statements(kg):
    """The description counts with SPARQL aggregates in Oxigraph; counting every statement in
    rdflib, as the first version of the export did, must give the same figures."""
    counts, classes, per_graph = plain_python_statistics(kg.dataset)
    void = dataset_description(kg)
    assert {p: int(void.value(DATASET, p)) for p in counts} == counts
    assert {
        void.value(part, VOID["class"]): int(void.value(part, VOID.entities))
        for part in void.objects(DATASET, VOID.classPartition)
    } == classes
    assert {
        void.value(subset, DCTERMS.source): int(void.value(subset, VOID.triples))
        for subset in void.objects(DATASET, VOID.subset)
    } == per_graph
    assert counts[VOID.triples] > 1000 and len(per_graph) > 3  # the AQIM data, not a stub


def test_void_has_a_class_partition_per_class_counting_its_entities(exports, oxigraph_store):
    _, void = void_of(exports["nquads"])
    partitions = {
        void.value(part, VOID["class"]): int(void.value(part, VOID.entities))
        for part in void.objects(DATASET, VOID.classPartition)
    }
    rows = oxigraph_store.query(
        f"PREFIX rdf: <{RDF}>\nSELECT ?c (COUNT(DISTINCT ?s) AS ?n) "
        "{ GRAPH ?g { ?s rdf:type ?c } FILTER(isIRI(?s) && isIRI(?c)) } GROUP BY ?c"
    )
    assert partitions == {URIRef(row["c"].value): int(row["n"].value) for row in rows}
    assert partitions[KG.Attack] == 12  # the profile lists twelve major attacks


def test_void_has_a_subset_per_named_graph_with_its_triples(kg, exports, oxigraph_store):
    _, void = void_of(exports["turtle"])
    subsets = {
        void.value(subset, DCTERMS.source): int(void.value(subset, VOID.triples))
        for subset in void.objects(DATASET, VOID.subset)
    }
    rows = oxigraph_store.query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert subsets == {URIRef(row["g"].value): int(row["n"].value) for row in rows}
    assert sorted(subsets) == kg.graph_names()
    assert GRAPH["inferred"] in subsets


def test_void_lists_the_vocabulary_of_every_predicate_and_class(exports, oxigraph_store):
    _, void = void_of(exports["turtle"])
    vocabularies = {str(v) for v in void.objects(DATASET, VOID.vocabulary)}
    used = {
        row["t"].value
        for row in oxigraph_store.query(
            f"PREFIX rdf: <{RDF}>\nSELECT DISTINCT ?t "
            "{ GRAPH ?g { { ?s ?t ?o } UNION { ?s rdf:type ?t FILTER(isIRI(?t)) } } }"
        )
    }
    assert [t for t in used if not any(t.startswith(v) for v in vocabularies)] == []
    assert {PREFIXES[p] for p in ("kg", "skos", "dcterms", "rdfs", "owl", "geo")} <= vocabularies


def test_void_gives_licence_version_uri_space_and_dates(kg, exports):
    _, void = void_of(exports["jsonld"])
    expected = Graph().parse(HERE / "export" / "void_header.ttl")
    assert [t for t in expected if t not in void] == []
    version = graphs_of(kg.dataset)[ONTOLOGY_GRAPH].value(ONTOLOGY_IRI, OWL.versionInfo)
    assert version is not None
    assert list(void.objects(DATASET, OWL.versionInfo)) == [version]
    assert list(void.objects(DATASET, DCAT3.version)) == [version]
    assert list(void.objects(DATASET, DCTERMS.issued)) == [Literal(ISSUED, datatype=XSD.date)]
    assert list(void.objects(DATASET, DCTERMS.modified)) == [Literal(ISSUED, datatype=XSD.date)]
    assert void.value(DATASET, DCTERMS.title) is not None
    assert void.value(DATASET, DCTERMS.description) is not None
    assert void.value(DATASET, VOID.sparqlEndpoint) is None


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_void_describes_the_file_it_sits_beside(exports, fmt):
    result = exports[fmt]
    _, void = void_of(result)  # read with the file's own location as base IRI
    (distribution,) = void.objects(DATASET, DCAT.distribution)
    assert void.value(distribution, DCAT.downloadURL) == URIRef(result.path.resolve().as_uri())
    assert list(void.objects(DATASET, VOID.dataDump)) == [URIRef(result.path.resolve().as_uri())]
    assert int(void.value(distribution, DCAT.byteSize)) == result.path.stat().st_size
    media_type = str(void.value(distribution, DCAT.mediaType))
    assert media_type.endswith("/" + FORMATS[fmt].media_type)


def test_description_names_a_sparql_endpoint_only_when_given(kg):
    endpoint = "https://example.org/sparql"
    described = dataset_description(kg, distributions=[], sparql_endpoint=endpoint)
    assert described.value(DATASET, VOID.sparqlEndpoint) == URIRef(endpoint)
    assert dataset_description(kg, distributions=[]).value(DATASET, DCTERMS.issued) == Literal(
        date.today(), datatype=XSD.date
    )


# ---------------------------------------------------------------- failures leave files alone


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def previous_release(folder: Path, fmt: str) -> Path:
    """An earlier export's files, with content no export would produce."""
    path = folder / f"ctkg{FORMATS[fmt].suffix}"
    for name in (path.name, "ctkg.void.ttl", "ctkg.context.jsonld"):
        (folder / name).write_bytes(f"previous release of {name}\n".encode())
    return path


def writer_then(monkeypatch, change) -> None:
    """Make every export write its main file as usual and then pass it through `change`."""
    export_module = sys.modules["kg.export"]  # kg.export names the function the package exports
    real_writer = export_module._writer

    def writer(*args, **kwargs):
        write = real_writer(*args, **kwargs)

        def changed(stream):
            buffer = io.BytesIO()
            write(buffer)
            change(stream, buffer.getvalue())

        return changed

    monkeypatch.setattr(export_module, "_writer", writer)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_writer_failing_half_way_leaves_the_previous_export_unchanged(
    kg, tmp_path, monkeypatch, fmt
):
    path = previous_release(tmp_path, fmt)
    before = snapshot(tmp_path)

    def fail_half_way(stream, data):
        stream.write(data[: len(data) // 2])
        raise RuntimeError("writer failed half-way")

    writer_then(monkeypatch, fail_half_way)
    with pytest.raises(RuntimeError, match="half-way"):
        export(kg, fmt, path)
    assert snapshot(tmp_path) == before  # same files, same bytes, no temporary file left


@pytest.mark.parametrize("fmt", [name for name, f in FORMATS.items() if f.rdflib_serializer])
def test_an_rdflib_serializer_failing_half_way_leaves_the_previous_export_unchanged(
    kg, tmp_path, monkeypatch, fmt
):
    path = previous_release(tmp_path, fmt)
    before = snapshot(tmp_path)

    def fail_half_way(self, stream, *args, **kwargs):
        stream.write(b"half a file")
        raise RuntimeError("serializer failed half-way")

    serializer = get_plugin(FORMATS[fmt].rdflib_serializer, Serializer)
    monkeypatch.setattr(serializer, "serialize", fail_half_way)
    with pytest.raises(RuntimeError, match="half-way"):
        export(kg, fmt, path)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_an_export_that_does_not_read_back_is_refused_and_writes_nothing(
    kg, tmp_path, monkeypatch, fmt
):
    """A writer that renames a group (valid syntax, wrong statements) is caught by the
    read-back, whichever format it writes."""
    path = previous_release(tmp_path, fmt)
    before = snapshot(tmp_path)
    assert GROUP["gspc"] in set(kg.union().subjects())
    writer_then(monkeypatch, lambda stream, data: stream.write(data.replace(b"gspc", b"gspx")))
    with pytest.raises(ExportError, match=r"does not read back .*statements lost"):
        export(kg, fmt, path)
    assert snapshot(tmp_path) == before


def blank_node_statements(kg: KnowledgeGraph) -> int:
    return sum(1 for quad in kg.store if has_blank_node((quad.subject, quad.object)))


def test_the_read_back_does_not_mind_other_blank_node_labels(kg, tmp_path, monkeypatch):
    writer_then(monkeypatch, lambda stream, data: stream.write(data.replace(b"_:", b"_:other")))
    result = export(kg, "nquads", tmp_path / "ctkg.nq")
    relabelled = [line for line in result.path.read_bytes().splitlines() if b"_:other" in line]
    assert len(relabelled) == blank_node_statements(kg) > 0  # the ontology's OWL lists


def test_the_read_back_minds_a_lost_statement_about_a_blank_node(kg, tmp_path, monkeypatch):
    path = previous_release(tmp_path, "nquads")
    before = snapshot(tmp_path)

    def drop_a_list_cell(stream, data):
        lines = data.splitlines(keepends=True)
        lines.remove(next(line for line in lines if line.startswith(b"_:")))
        stream.write(b"".join(lines))

    writer_then(monkeypatch, drop_a_list_cell)
    written = blank_node_statements(kg)
    message = f"its {written} statements with blank nodes read back as {written - 1} that say"
    with pytest.raises(ExportError, match=message):
        export(kg, "nquads", path)
    assert snapshot(tmp_path) == before


def test_an_export_cut_short_does_not_parse_and_is_refused(kg, tmp_path, monkeypatch):
    path = previous_release(tmp_path, "nquads")
    before = snapshot(tmp_path)
    writer_then(monkeypatch, lambda stream, data: stream.write(data[:-10]))
    with pytest.raises(ExportError, match=r"does not read back .*does not parse"):
        export(kg, "nquads", path)
    assert snapshot(tmp_path) == before


def test_a_successful_export_replaces_the_previous_one(kg, tmp_path):
    path = previous_release(tmp_path, "turtle")
    export(kg, "turtle", path)
    assert not path.read_bytes().startswith(b"previous release")
    assert not (tmp_path / "ctkg.void.ttl").read_bytes().startswith(b"previous release")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ctkg.context.jsonld",  # another format's file: not touched
        "ctkg.ttl",
        "ctkg.void.ttl",
    ]


# ---------------------------------------------------------------- errors a user can make


def test_unknown_format_names_the_formats_there_are(kg, tmp_path):
    with pytest.raises(ExportError, match="use one of turtle, ntriples, nquads, trig, jsonld"):
        export(kg, "csv", tmp_path / "ctkg.csv")


def test_a_file_name_that_would_not_load_back_is_refused_with_a_suggestion(kg, tmp_path):
    with pytest.raises(ExportError, match=r"ending in \.ttl.*ctkg\.ttl"):
        export(kg, "turtle", tmp_path / "ctkg.nt")
    assert list(tmp_path.iterdir()) == []


def test_a_context_file_is_only_for_json_ld(kg, tmp_path):
    with pytest.raises(ExportError, match="only written for jsonld"):
        export(kg, "trig", tmp_path / "ctkg.trig", context_file=tmp_path / "c.jsonld")


def test_a_given_context_file_name_is_used(kg, tmp_path):
    result = export(kg, "jsonld", tmp_path / "ctkg.jsonld", context_file=tmp_path / "ctx.jsonld")
    assert result.extra_files == (tmp_path / "ctx.jsonld", tmp_path / "ctkg.void.ttl")
    assert "@context" in json.loads((tmp_path / "ctx.jsonld").read_text(encoding="utf-8"))


def small_graph(*statements) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for s, p, o in statements:
        kg.dataset.graph(GRAPH["scratch"]).add((s, p, o))
    kg.files[GRAPH["scratch"]] = Path("data/scratch.ttl")
    return kg


def test_a_literal_subject_never_enters_the_graph():
    """Generalised RDF has no standard serialisation: the store refuses it on the way in."""
    with pytest.raises((TypeError, ValueError)):
        small_graph((Literal("AQIM"), RDFS.label, Literal("x")))


def test_a_blank_node_in_the_data_is_refused_naming_the_file_and_the_fix(tmp_path):
    kg = small_graph((GROUP["aqim"], KG.ransom, BNode()))
    with pytest.raises(ExportError, match=re.escape(f"give the node an IRI under {ID}")) as error:
        export(kg, "turtle", tmp_path / "ctkg.ttl")
    assert str(error.value).startswith(f"{Path('data/scratch.ttl')}: <{GROUP['aqim']}> ")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_whole_number_latitude_reads_back_in_every_format(tmp_path, fmt):
    """Oxigraph stores "36.0"^^xsd:decimal as "36"; rdflib's Turtle writer turned that back into
    36.0, another term to rdflib, and the read-back refused Turtle and TriG exports of the M
    benchmark corpus, whose synthetic places have whole-degree coordinates."""
    kg = small_graph((PLACE["algiers"], GEO.lat, Literal("36.0", datatype=XSD.decimal)))
    result = export(kg, fmt, tmp_path / f"ctkg{FORMATS[fmt].suffix}")
    back = union_of(read_back(result.path, fmt))
    assert back.value(PLACE["algiers"], GEO.lat).toPython() == Decimal(36)
