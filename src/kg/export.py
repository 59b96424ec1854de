"""Stage 4: write the graph in a standard RDF format, with a VoID/DCAT description beside it.

Formats that carry named graphs (N-Quads, TriG, JSON-LD) keep every graph as loaded, so a
partner still sees which profile section states which fact and which triples were inferred; the
triple formats (Turtle, N-Triples, RDF/XML) get the union of all graphs. JSON-LD embeds its
`@context`, generated from the ontology, so it reads offline; the same context is written beside
it for partners who want to reference it.

Every file is serialised to a temporary file in its target folder and renamed into place only
once all of them are complete and the main file has been read back and found equal to what was
written, so a failure leaves an earlier export exactly as it was. Graphs and statements are
written in sorted order, JSON-LD nodes sorted by `@id` and the ontology's few blank nodes (its OWL
lists) labelled canonically, so two exports of the same data are byte-for-byte equal and
releases can be diffed.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic, to_canonical_graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, DCTERMS
from rdflib.term import Node

from kg.errors import KgError
from kg.load import RDF_FORMATS, KnowledgeGraph, bind_prefixes, parse_file
from kg.namespaces import (
    DATASET,
    ID,
    KG,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    PREFIXES,
    VOCAB_GRAPH,
    VOID,
)
from kg.resources import ontology_dir

# IANA's registry gives every media type an IRI, which is what dcat:mediaType expects.
# TODO(namespaces): belongs in kg.namespaces beside the other external namespaces.
_MEDIA_TYPES = Namespace("https://www.iana.org/assignments/media-types/")

TITLE = "Counter-terrorism knowledge graph (ctkg)"
DESCRIPTION = (
    "Profiles of militant organisations as linked data: armed groups and their lineage, leaders, "
    "attacks, places and the sources behind each fact. Every fact stands in the named graph of "
    "the profile section that states it; the ctkg ontology, its SKOS vocabularies and the OWL 2 "
    "RL entailments each have a graph of their own."
)

# dcat:version is a DCAT 3 term that rdflib's DCAT (version 2) does not define yet.
_DCAT3 = Namespace(PREFIXES["dcat"])

# Graphs that describe the vocabulary rather than the world: not counted as entities, and the
# only graphs allowed blank nodes (OWL's RDF mapping needs them for lists and restrictions).
_VOCABULARY_GRAPHS = frozenset({ONTOLOGY_GRAPH, VOCAB_GRAPH})

Quad = tuple[Node, Node, Node, URIRef]


class ExportError(KgError):
    """An export that cannot be written: unknown format, wrong file name, data that the format
    cannot carry faithfully."""


@dataclass(frozen=True)
class Format:
    """One output format: how its files are named, which rdflib serializer writes it, its IANA
    media type, and whether it keeps named graphs or writes the union of all graphs."""

    name: str
    suffix: str
    serializer: str
    media_type: str
    keeps_graphs: bool

    @property
    def parser(self) -> str:
        """The rdflib parser `kg.load` uses for files with this suffix."""
        return RDF_FORMATS[self.suffix]

    @property
    def suffixes(self) -> list[str]:
        """Every file suffix `kg.load` reads back as this format."""
        return sorted(s for s, parser in RDF_FORMATS.items() if parser == self.parser)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", ".ttl", "turtle", "text/turtle", keeps_graphs=False),
        Format("ntriples", ".nt", "nt", "application/n-triples", keeps_graphs=False),
        Format("nquads", ".nq", "nquads", "application/n-quads", keeps_graphs=True),
        Format("trig", ".trig", "trig", "application/trig", keeps_graphs=True),
        Format("jsonld", ".jsonld", "json-ld", "application/ld+json", keeps_graphs=True),
        Format("rdfxml", ".rdf", "xml", "application/rdf+xml", keeps_graphs=False),
    )
}


@dataclass(frozen=True)
class Distribution:
    """A file holding the dataset, as the VoID/DCAT description lists it. `path` is only used
    for its name: the description sits beside the file and refers to it relatively."""

    path: Path
    format: str
    byte_size: int | None = None


@dataclass(frozen=True)
class ExportResult:
    """What `export` wrote. `statements` counts quads for the formats that keep named graphs
    and distinct triples for the others; `extra_files` are the VoID description and, for
    JSON-LD, the context file."""

    path: Path
    format: str
    statements: int
    graphs: int
    extra_files: tuple[Path, ...]


def export(
    kg: KnowledgeGraph,
    fmt: str,
    path: Path | str,
    *,
    context_file: Path | str | None = None,
    issued: date | None = None,
    sparql_endpoint: str | None = None,
    verify: bool = True,
) -> ExportResult:
    """Write `kg` to `path` in format `fmt` (a key of FORMATS), plus `<stem>.void.ttl` and, for
    JSON-LD, the context as `<stem>.context.jsonld` (or `context_file`).

    The main file is read back before anything is renamed into place (`verify`); if it does not
    give back the graphs it was written from, ExportError is raised and nothing changes.
    """
    form = _format(fmt)
    path = Path(path)
    if path.suffix.lower() not in form.suffixes:
        raise ExportError(
            f"{path}: a {form.name} export needs a file name ending in "
            f"{' or '.join(form.suffixes)}, so that `kg load` reads it back as {form.name}; "
            f"for example {path.with_suffix(form.suffix).name}"
        )
    if context_file is not None and form.name != "jsonld":
        raise ExportError(f"{context_file}: a context file is only written for jsonld exports")
    _refuse_what_rdf_cannot_carry(kg)

    stem = path.name[: -len(path.suffix)]
    void_path = path.with_name(f"{stem}.void.ttl")
    context_path = Path(context_file) if context_file else path.with_name(f"{stem}.context.jsonld")
    path.parent.mkdir(parents=True, exist_ok=True)
    if form.name == "jsonld":
        context_path.parent.mkdir(parents=True, exist_ok=True)

    content: Dataset | Graph = _ordered_dataset(kg) if form.keeps_graphs else _ordered_union(kg)
    options: dict[str, Any] = {}
    context: dict[str, Any] = {}
    if form.name == "jsonld":
        context = json_ld_context(_ontology_of(kg))
        options = {"context": context, "auto_compact": True}

    staged: dict[Path, Path] = {}
    try:
        staged[path] = _write_temp(
            path,
            lambda stream: content.serialize(
                destination=stream, format=form.serializer, encoding="utf-8", **options
            ),
        )
        if form.name in ("ntriples", "nquads"):
            _sort_lines(staged[path])
        if form.name == "jsonld":
            _sort_json_ld_nodes(staged[path])
            staged[context_path] = _write_temp(context_path, _json_writer({"@context": context}))
        if verify:
            _verify(content, staged[path], form, shown_as=path)
        distribution = Distribution(path, form.name, staged[path].stat().st_size)
        description = dataset_description(
            kg, distributions=[distribution], issued=issued, sparql_endpoint=sparql_endpoint
        )
        staged[void_path] = _write_temp(
            void_path,
            lambda stream: description.serialize(
                destination=stream, format="turtle", encoding="utf-8"
            ),
        )
        for target, temp in staged.items():
            os.replace(temp, target)
    finally:
        for temp in staged.values():
            temp.unlink(missing_ok=True)

    if isinstance(content, Dataset):
        statements = sum(1 for _ in content.quads((None, None, None, None)))
        graphs = len({_graph_name(g) for *_, g in content.quads((None, None, None, None))})
    else:
        statements, graphs = len(content), 1
    extra = (context_path, void_path) if form.name == "jsonld" else (void_path,)
    return ExportResult(path, form.name, statements, graphs, extra)


def read_back(path: Path | str, fmt: str) -> Dataset:
    """Parse an exported file the way `kg.load` does (no network, errors name the file)."""
    return parse_file(Path(path), _format(fmt).parser)


# ---------------------------------------------------------------- JSON-LD context


def json_ld_context(ontology: Graph) -> dict[str, Any]:
    """The JSON-LD context for our data, generated from the ontology so the two cannot drift:
    every prefix of `kg.namespaces.PREFIXES`, and a term for every `kg:` property, named by its
    local name. Object properties are coerced to IRIs; a datatype property whose single range is
    an XSD datatype is coerced to it. `xsd:string` is the exception: in RDF 1.1 a plain string
    already is an xsd:string, and coercing would only stop compaction from using the term.

    Two properties share their local name with a prefix (`place`, `modality`); a term cannot be
    both, so those terms are keyed by their compact IRI (`kg:place`), which JSON-LD allows and
    which still carries the coercion. Keys are sorted so the context is stable across releases.
    """
    kg_ns = str(KG._NS)
    kg_prefix = next(prefix for prefix, ns in PREFIXES.items() if ns == kg_ns)
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    properties = {
        p
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
        for p in ontology.subjects(RDF.type, kind)
        if isinstance(p, URIRef) and str(p).startswith(kg_ns)
    }
    context: dict[str, Any] = dict(PREFIXES)
    for prop in properties:
        name = str(prop)[len(kg_ns) :]
        key = f"{kg_prefix}:{name}" if name in PREFIXES else name
        if prop in object_properties:
            context[key] = {"@id": str(prop), "@type": "@id"}
        elif (datatype := _xsd_range(ontology, prop)) is not None:
            context[key] = {"@id": str(prop), "@type": str(datatype)}
        else:
            context[key] = str(prop)
    return dict(sorted(context.items()))


def _xsd_range(ontology: Graph, prop: URIRef) -> URIRef | None:
    ranges = set(ontology.objects(prop, RDFS.range))
    if len(ranges) != 1:
        return None
    (datatype,) = ranges
    if isinstance(datatype, URIRef) and str(datatype).startswith(str(XSD)):
        return None if datatype == XSD.string else datatype
    return None


def _sort_json_ld_nodes(path: Path) -> None:
    """rdflib emits nodes in set order, which changes from run to run; sort them by @id."""
    document = json.loads(path.read_text(encoding="utf-8"))
    _json_writer(_sorted_graphs(document))(path.open("wb"))


def _sorted_graphs(node: Any) -> Any:
    if isinstance(node, dict):
        sorted_node = {key: _sorted_graphs(value) for key, value in node.items()}
        if isinstance(sorted_node.get("@graph"), list):
            sorted_node["@graph"].sort(key=_json_node_key)
        return sorted_node
    if isinstance(node, list):
        return [_sorted_graphs(item) for item in node]
    return node


def _json_node_key(node: Any) -> tuple[str, str]:
    node_id = node.get("@id", "") if isinstance(node, dict) else ""
    return str(node_id), json.dumps(node, sort_keys=True, ensure_ascii=False)


def _json_writer(document: Any) -> Callable[[IO[bytes]], None]:
    def write(stream: IO[bytes]) -> None:
        with stream:
            text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            stream.write(text.encode("utf-8"))

    return write


# ---------------------------------------------------------------- VoID / DCAT


@dataclass(frozen=True)
class _Statistics:
    triples: int
    entities: int
    properties: frozenset[URIRef]
    distinct_subjects: int
    distinct_objects: int
    class_entities: dict[URIRef, int]
    graph_triples: dict[URIRef, int]
    vocabularies: frozenset[str]


def dataset_description(
    kg: KnowledgeGraph,
    *,
    distributions: Sequence[Distribution] = (),
    issued: date | None = None,
    sparql_endpoint: str | None = None,
) -> Graph:
    """A VoID + DCAT description of `kg` as a partner needs it to decide whether and how to use
    it: licence, version, size, vocabularies, one class partition per class and one subset per
    named graph, and the files it is distributed as (linked relatively, since the description
    sits beside them; read it with the file's location as base IRI).

    Counts are over the union of all graphs, except `void:entities`, which counts the IRI
    subjects outside the ontology and vocabulary graphs. Every node has an IRI under
    `namespaces.DATASET`, none is blank, so descriptions of two releases can be diffed.
    """
    stats = _statistics(kg)
    ontology = _ontology_of(kg)
    when = Literal(issued or date.today(), datatype=XSD.date)

    void = Graph()
    bind_prefixes(void)
    add = void.add
    add((DATASET, RDF.type, VOID.Dataset))
    add((DATASET, RDF.type, DCAT.Dataset))
    add((DATASET, DCTERMS.title, Literal(TITLE, lang="en")))
    add((DATASET, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    for licence in ontology.objects(ONTOLOGY_IRI, DCTERMS.license):
        add((DATASET, DCTERMS.license, licence))
    for version in ontology.objects(ONTOLOGY_IRI, OWL.versionInfo):
        add((DATASET, OWL.versionInfo, version))
        add((DATASET, _DCAT3.version, version))
    add((DATASET, DCTERMS.conformsTo, ONTOLOGY_IRI))
    add((DATASET, DCTERMS.issued, when))
    add((DATASET, DCTERMS.modified, when))
    add((DATASET, VOID.uriSpace, Literal(str(ID))))
    if sparql_endpoint:
        add((DATASET, VOID.sparqlEndpoint, URIRef(sparql_endpoint)))

    add((DATASET, VOID.triples, Literal(stats.triples)))
    add((DATASET, VOID.entities, Literal(stats.entities)))
    add((DATASET, VOID.classes, Literal(len(stats.class_entities))))
    add((DATASET, VOID.properties, Literal(len(stats.properties))))
    add((DATASET, VOID.distinctSubjects, Literal(stats.distinct_subjects)))
    add((DATASET, VOID.distinctObjects, Literal(stats.distinct_objects)))
    for vocabulary in sorted(stats.vocabularies):
        add((DATASET, VOID.vocabulary, URIRef(vocabulary)))

    for cls, entities in stats.class_entities.items():
        partition = _mint("partition/class", cls)
        add((DATASET, VOID.classPartition, partition))
        add((partition, VOID["class"], cls))
        add((partition, VOID.entities, Literal(entities)))

    for graph_name, triples in stats.graph_triples.items():
        subset = _mint("subset", graph_name)
        add((DATASET, VOID.subset, subset))
        add((subset, RDF.type, VOID.Dataset))
        add((subset, DCTERMS.source, graph_name))  # the named graph this subset is
        add((subset, VOID.triples, Literal(triples)))

    for distribution in distributions:
        form = _format(distribution.format)
        node = URIRef(f"{DATASET}/distribution/{quote(distribution.path.name, safe='')}")
        file = URIRef(quote(distribution.path.name))
        add((DATASET, DCAT.distribution, node))
        add((DATASET, VOID.dataDump, file))
        add((node, RDF.type, DCAT.Distribution))
        add((node, DCTERMS.title, Literal(f"{TITLE} as {form.name}", lang="en")))
        add((node, DCAT.mediaType, _MEDIA_TYPES[form.media_type]))
        add((node, DCAT.downloadURL, file))
        add((node, DCTERMS.issued, when))
        if distribution.byte_size is not None:
            size = Literal(distribution.byte_size, datatype=XSD.nonNegativeInteger)
            add((node, DCAT.byteSize, size))
    return void


def _statistics(kg: KnowledgeGraph) -> _Statistics:
    triples: set[tuple[Node, Node, Node]] = set()
    entities: set[URIRef] = set()
    graph_triples: Counter[URIRef] = Counter()
    for s, p, o, g in kg.dataset.quads((None, None, None, None)):
        name = _graph_name(g)
        triples.add((s, p, o))
        graph_triples[name] += 1
        if isinstance(s, URIRef) and name not in _VOCABULARY_GRAPHS:
            entities.add(s)
    instances: defaultdict[URIRef, set[Node]] = defaultdict(set)
    properties = frozenset(p for _, p, _ in triples if isinstance(p, URIRef))
    for s, p, o in triples:
        if p == RDF.type and isinstance(o, URIRef):
            instances[o].add(s)
    vocabulary_terms = set(properties) | set(instances)
    return _Statistics(
        triples=len(triples),
        entities=len(entities),
        properties=properties,
        distinct_subjects=len({s for s, _, _ in triples}),
        distinct_objects=len({o for _, _, o in triples}),
        class_entities={
            cls: sum(1 for s in members if isinstance(s, URIRef))
            for cls, members in sorted(instances.items())
        },
        graph_triples=dict(sorted(graph_triples.items())),
        vocabularies=frozenset(_namespace_of(str(term)) for term in vocabulary_terms),
    )


# Namespaces known by prefix, longest first, for minting IRIs and naming vocabularies.
_KNOWN_NAMESPACES: list[tuple[str, str]] = sorted(
    ((ns, prefix) for prefix, ns in {**PREFIXES, "rdf": str(RDF)}.items()),
    key=lambda item: -len(item[0]),
)


def _namespace_of(iri: str) -> str:
    for ns, _ in _KNOWN_NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return ns
    return iri[: max(iri.rfind("#"), iri.rfind("/")) + 1]


def _mint(kind: str, iri: URIRef) -> URIRef:
    """A stable IRI under the dataset for something about `iri`: `<dataset/kind/prefix/local>`
    when a known prefix fits, else `<dataset/kind/iri/escaped-iri>`; one IRI per input IRI."""
    text = str(iri)
    for ns, prefix in _KNOWN_NAMESPACES:
        if text.startswith(ns) and len(text) > len(ns):
            return URIRef(f"{DATASET}/{kind}/{prefix}/{quote(text[len(ns) :], safe='')}")
    return URIRef(f"{DATASET}/{kind}/iri/{quote(text, safe='')}")


# ---------------------------------------------------------------- helpers


def _format(fmt: str) -> Format:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}"
        ) from None


def _graph_name(graph: object) -> URIRef:
    identifier = getattr(graph, "identifier", graph)
    return identifier if isinstance(identifier, URIRef) else DATASET_DEFAULT_GRAPH_ID


def _ontology_of(kg: KnowledgeGraph) -> Graph:
    """The ontology graph of `kg`, or the project's ontology when `kg` was loaded without it,
    so a data-only export still gets the full context, licence and version."""
    ontology = Graph()
    for s, p, o, g in kg.dataset.quads((None, None, None, None)):
        if _graph_name(g) == ONTOLOGY_GRAPH:
            ontology.add((s, p, o))
    if len(ontology) == 0:
        ontology.parse(ontology_dir() / "kg.ttl", format="turtle")
    return ontology


def _refuse_what_rdf_cannot_carry(kg: KnowledgeGraph) -> None:
    """Blank nodes in the data make releases impossible to diff or link to. (Generalised RDF,
    a literal subject or a non-IRI predicate, never gets this far: the store refuses it.)"""
    from kg.fast_query import to_rdflib

    vocabulary = ", ".join(f"<{name}>" for name in sorted(_VOCABULARY_GRAPHS))
    rows = kg.store.query(
        "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER((isBlank(?s) || isBlank(?o)) && ?g NOT IN ({vocabulary})) }} LIMIT 1"
    )
    for row in rows:
        s, p, o, name = (to_rdflib(term) for term in row)
        source = kg.source_file_of(name)
        where = f"{source}: " if source else ""
        raise ExportError(
            f"{where}{s.n3()} {p.n3()} {o.n3()} in graph <{name}> uses a blank node; give the "
            f"node an IRI under {ID} so partners can link to it and diff releases"
        )


def _sort_key(term: Node) -> tuple[str, str, str, str]:
    datatype = getattr(term, "datatype", None)
    language = getattr(term, "language", None)
    return type(term).__name__, str(term), str(datatype or ""), str(language or "")


def _triple_key(triple: tuple[Node, Node, Node]) -> tuple[tuple[str, str, str, str], ...]:
    return tuple(_sort_key(term) for term in triple)


class _SortedDataset(Dataset):
    """A Dataset that lists its graphs by name: rdflib's memory store keeps them in a set, so
    TriG, N-Quads and JSON-LD would otherwise come out in a different order on every run."""

    def graphs(self, triple=None):  # type: ignore[no-untyped-def]
        yield from sorted(super().graphs(triple), key=lambda graph: str(graph.identifier))

    def contexts(self, triple=None):  # type: ignore[no-untyped-def]
        return self.graphs(triple)  # rdflib's serializers still call the deprecated name


class _SortedGraph(Graph):
    """A Graph that yields all its triples in sorted order (RDF/XML and N-Triples walk them)."""

    def triples(self, triple):  # type: ignore[no-untyped-def]
        found = super().triples(triple)
        return iter(sorted(found, key=_triple_key)) if triple == (None, None, None) else found


def _ordered_dataset(kg: KnowledgeGraph) -> Dataset:
    """A copy of `kg`'s graphs with statements inserted in sorted order, so every serializer
    walks them in the same order on every run."""
    by_graph: defaultdict[URIRef, list[tuple[Node, Node, Node]]] = defaultdict(list)
    for s, p, o, g in kg.dataset.quads((None, None, None, None)):
        by_graph[_graph_name(g)].append((s, p, o))
    copy = _SortedDataset()
    bind_prefixes(copy)
    for name in sorted(by_graph, key=str):
        graph = copy.default_graph if name == DATASET_DEFAULT_GRAPH_ID else copy.graph(name)
        for triple in sorted(_stable_blank_nodes(by_graph[name]), key=_triple_key):
            graph.add(triple)
    return copy


def _ordered_union(kg: KnowledgeGraph) -> Graph:
    union = _SortedGraph()
    bind_prefixes(union)
    for triple in sorted(_stable_blank_nodes(kg.union()), key=_triple_key):
        union.add(triple)
    return union


def _stable_blank_nodes(
    triples: Iterable[tuple[Node, Node, Node]],
) -> list[tuple[Node, Node, Node]]:
    """The same triples with blank nodes relabelled canonically (from their neighbourhood, not
    from the order of loading), so the ontology's OWL lists get the same labels every release."""
    plain, blank = [], Graph()
    for triple in triples:
        if any(isinstance(term, BNode) for term in triple):
            blank.add(triple)
        else:
            plain.append(triple)
    return plain + list(to_canonical_graph(blank)) if len(blank) else plain


def _sort_lines(path: Path) -> None:
    """N-Triples and N-Quads are one statement a line: sorted lines make releases diffable."""
    lines = sorted(line for line in path.read_bytes().splitlines(keepends=True) if line.strip())
    path.write_bytes(b"".join(lines))


def _write_temp(target: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Write to a new temporary file beside `target` and return its path; on failure, remove
    it and re-raise. The caller renames it into place."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.chmod(temp, 0o644)  # mkstemp makes files private; an export is for sharing
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _verify(written: Dataset | Graph, temp: Path, form: Format, *, shown_as: Path) -> None:
    """Read the file back and compare, graph by graph where the format keeps graphs."""
    back = parse_file(temp, form.parser)
    expected = _graphs(written) if isinstance(written, Dataset) else {None: set(written)}
    if form.keeps_graphs:
        found = _graphs(back)
    else:
        found = {None: {(s, p, o) for s, p, o, _ in back.quads((None, None, None, None))}}
    problems = []
    for name in sorted(set(expected) | set(found), key=str):
        want, got = expected.get(name, set()), found.get(name, set())
        if not _same_triples(want, got):
            label = f"graph <{name}>" if name else "the union"
            problems.append(f"{label}: {len(want - got)} statements lost, {len(got - want)} added")
    if problems:
        raise ExportError(
            f"{shown_as}: the {form.name} serialisation does not read back as the data it was "
            f"written from ({'; '.join(problems[:3])}); nothing was written. This is a bug in "
            "the serializer or an unusual term in the data; try another format."
        )


def _graphs(dataset: Dataset) -> dict[URIRef | None, set[tuple[Node, Node, Node]]]:
    graphs: defaultdict[URIRef | None, set[tuple[Node, Node, Node]]] = defaultdict(set)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graphs[_graph_name(g)].add((s, p, o))
    return dict(graphs)


def _same_triples(
    want: Iterable[tuple[Node, Node, Node]], got: Iterable[tuple[Node, Node, Node]]
) -> bool:
    want, got = set(want), set(got)
    if want == got:
        return True
    has_blank = any(isinstance(t, BNode) for triple in want | got for t in triple)
    if not has_blank or len(want) != len(got):
        return False
    a, b = Graph(), Graph()
    for triple in want:
        a.add(triple)
    for triple in got:
        b.add(triple)
    return isomorphic(a, b)
