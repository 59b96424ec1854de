"""Stage 4: write the graph in a standard RDF format, with a VoID/DCAT description beside it.

Formats that carry named graphs (N-Quads, TriG, JSON-LD) keep every graph as loaded, so a
partner still sees which profile section states which fact and which triples were inferred; the
triple formats (Turtle, N-Triples, RDF/XML) get the union of all graphs. JSON-LD embeds its
`@context`, generated from the ontology, so it reads offline; the same context is written beside
it for partners who want to reference it.

Every file is serialised to a temporary file in its target folder and renamed into place only
once all of them are complete and the main file has been parsed back by Oxigraph and found to
say exactly what the graph says, so a failure leaves an earlier export exactly as it was.
Statements are written in sorted order, graph by graph where the format keeps graphs, JSON-LD
nodes sorted by `@id` and the ontology's few blank nodes (its OWL lists) labelled canonically, so
two exports of the same data are byte-for-byte equal and releases can be diffed.

Oxigraph does the work that grows with the graph: each graph is dumped from `kg.store` as
N-Triples lines, which are sorted, merged and compared as bytes rather than as Python terms.
N-Quads and N-Triples are those lines; TriG and Turtle, and the VoID description, are Oxigraph's
writing of them with our prefixes; the VoID counts are SPARQL aggregates on the store. On the L
benchmark corpus (1.6 M quads, reasoned) an N-Quads, TriG or Turtle export takes 15 to 20 s,
where rdflib took 5 to 10 minutes. JSON-LD and RDF/XML are still written by rdflib, whose
serializers walk every triple in Python: a second for the curated data, 25 s for the M corpus
(160 k quads), so several minutes at a million.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, DCTERMS
from rdflib.term import Node

from kg._version import __version__
from kg.atomic import commit, stage
from kg.errors import KgError
from kg.load import (
    RDF_FORMATS,
    KnowledgeGraph,
    bind_prefixes,
    blank_node_depth,
    escaped,
    parse_file,
)
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
from kg.store.terms import OxigraphTerms, to_rdflib

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

# The prefixes Turtle and TriG are written with: ours, and rdf: for the OWL lists.
_WRITTEN_PREFIXES = {**PREFIXES, "rdf": str(RDF)}


class ExportError(KgError):
    """An export that cannot be written: unknown format, wrong file name, data that the format
    cannot carry faithfully."""


@dataclass(frozen=True)
class Format:
    """One output format: how its files are named, its IANA media type (by which Oxigraph also
    knows it), whether it keeps named graphs or writes the union of all graphs, and the rdflib
    serializer that writes it, for the formats Oxigraph does not write (None otherwise)."""

    name: str
    suffix: str
    media_type: str
    keeps_graphs: bool
    rdflib_serializer: str | None = None

    @property
    def parser(self) -> str:
        """The rdflib parser name `kg.load` uses for files with this suffix."""
        return RDF_FORMATS[self.suffix]

    @property
    def suffixes(self) -> list[str]:
        """Every file suffix `kg.load` reads back as this format."""
        return sorted(s for s, parser in RDF_FORMATS.items() if parser == self.parser)

    @property
    def oxigraph_format(self) -> ox.RdfFormat:
        return ox.RdfFormat.from_media_type(self.media_type)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", ".ttl", "text/turtle", keeps_graphs=False),
        Format("ntriples", ".nt", "application/n-triples", keeps_graphs=False),
        Format("nquads", ".nq", "application/n-quads", keeps_graphs=True),
        Format("trig", ".trig", "application/trig", keeps_graphs=True),
        Format(
            "jsonld",
            ".jsonld",
            "application/ld+json",
            keeps_graphs=True,
            rdflib_serializer="json-ld",
        ),
        Format(
            "rdfxml", ".rdf", "application/rdf+xml", keeps_graphs=False, rdflib_serializer="xml"
        ),
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
    give back the statements of the graph, ExportError is raised and nothing changes.
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
    statements = _Statements.of(
        kg.store, before_labelling=lambda blank: _refuse_what_rdf_cannot_carry(kg, blank)
    )
    content = statements if form.keeps_graphs else statements.union()

    stem = path.name[: -len(path.suffix)]
    void_path = path.with_name(f"{stem}.void.ttl")
    context_path = Path(context_file) if context_file else path.with_name(f"{stem}.context.jsonld")
    path.parent.mkdir(parents=True, exist_ok=True)
    context: dict[str, Any] = {}
    if form.name == "jsonld":
        context_path.parent.mkdir(parents=True, exist_ok=True)
        context = json_ld_context(_ontology_of(kg))

    staged: dict[Path, Path] = {}
    try:
        staged[path] = _write_temp(path, _writer(form, content, context))
        if form.name == "jsonld":
            staged[context_path] = _write_temp(context_path, _json_writer({"@context": context}))
        if verify:
            _verify(content, staged[path], form, shown_as=path)
        distribution = Distribution(path, form.name, staged[path].stat().st_size)
        description = _description(
            kg, [distribution], issued=issued, sparql_endpoint=sparql_endpoint
        )
        staged[void_path] = _write_temp(void_path, _void_writer(description))
        for target, temp in staged.items():
            commit(temp, target)
    finally:
        for temp in staged.values():
            temp.unlink(missing_ok=True)

    extra = (context_path, void_path) if form.name == "jsonld" else (void_path,)
    return ExportResult(path, form.name, len(content), len(content.graphs()), extra)


def read_back(path: Path | str, fmt: str) -> Dataset:
    """Parse an exported file with rdflib, as a partner would (no network, errors name the
    file): a second parser beside the Oxigraph one the export checks itself with."""
    return parse_file(Path(path), _format(fmt).parser)


# ---------------------------------------------------------------- statements as sorted lines

# The statements of the query's default graph that have a blank node (a handful: OWL lists).
_BLANK_NODE_STATEMENTS = (
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }"
)


class _Statements:
    """Every statement of a dataset as an N-Triples line written by Oxigraph, graph by graph,
    sorted: what every writer starts from and what every read-back is compared with. Lines are
    bytes, so a million statements are sorted and compared in C rather than as Python terms.

    Statements with a blank node are kept apart (`blank`), their nodes labelled canonically
    (Oxigraph's canonicalisation of all of them together, as one dataset, so a node keeps one
    label across graphs), and the ontology's OWL lists get the same labels in every export
    whatever labels the load gave them. Oxigraph may change its labelling between versions
    ("UNSTABLE"), as rdflib may: an upgrade can relabel those few lines once.
    """

    def __init__(self, plain: dict[bytes, list[bytes]], blank: dict[bytes, list[bytes]]) -> None:
        self.plain = plain  # graph (b"<iri>", b"" for the default graph) -> its sorted lines
        self.blank = blank  # the same for the statements with a blank node

    @classmethod
    def of(
        cls,
        store: ox.Store,
        *,
        before_labelling: Callable[[dict[bytes, list[bytes]]], None] | None = None,
    ) -> _Statements:
        """The statements of `store`. `before_labelling` sees the statements with blank nodes,
        graph by graph, with the labels of the store, before the canonical labelling (which
        grows steeply with how deep blank nodes nest): a check that refuses them runs first."""
        plain: dict[bytes, list[bytes]] = {}
        blank: list[ox.Quad] = []
        for graph in [ox.DefaultGraph(), *store.named_graphs()]:
            text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            lines = text.splitlines(keepends=True)
            if b"_:" in text:  # a blank node, or only these characters in a literal
                triples = list(store.query(_BLANK_NODE_STATEMENTS, default_graph=graph))
                as_dumped = set(_lines(triples))
                lines = [line for line in lines if line not in as_dumped]
                blank.extend(ox.Quad(*triple, graph) for triple in triples)
            if lines:
                lines.sort()
                plain[_graph_key(graph)] = lines
        if before_labelling is not None:
            before_labelling(_by_graph(blank))
        return cls(plain, _by_graph(_canonical(blank)))

    def __len__(self) -> int:
        return sum(map(len, self.plain.values())) + sum(map(len, self.blank.values()))

    def graphs(self) -> list[bytes]:
        """The graphs holding statements, sorted by name."""
        return sorted(self.plain.keys() | self.blank.keys())

    def lines_of(self, graph: bytes) -> list[bytes]:
        return sorted(self.plain.get(graph, []) + self.blank.get(graph, []))

    def union(self) -> _Statements:
        """Every distinct triple, in the default graph."""
        plain = sorted(set(chain.from_iterable(self.plain.values())))
        blank = sorted(set(chain.from_iterable(self.blank.values())))
        return _Statements({b"": plain} if plain else {}, {b"": blank} if blank else {})

    @cached_property
    def plain_nquads(self) -> list[bytes]:
        return _nquads(self.plain)

    def sorted_lines(self) -> list[bytes]:
        """N-Quads lines (N-Triples lines in the default graph), sorted: the whole file."""
        return sorted(self.plain_nquads + _nquads(self.blank))

    def trig(self) -> bytes:
        """TriG with a block per graph holding its sorted lines, which Oxigraph reads back, in
        this order, to write it again with prefixes."""
        parts = []
        for graph in self.graphs():
            parts.extend(
                (graph, b" {\n", *self.lines_of(graph), b"}\n") if graph else self.lines_of(graph)
            )
        return b"".join(parts)

    def rdflib_triples(self, graph: bytes) -> list[tuple[Node, Node, Node]]:
        data = b"".join(self.lines_of(graph))
        return [_rdflib_triple(t) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def _graph_key(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> bytes:
    return b"" if isinstance(graph, ox.DefaultGraph) else str(graph).encode("utf-8")


def _lines(
    statements: Iterable[ox.Triple] | Iterable[ox.Quad],
    *,
    fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES,
) -> list[bytes]:
    """The statements as Oxigraph writes them, one a line."""
    return ox.serialize(statements, format=fmt).splitlines(keepends=True)


def _nquads(lines_by_graph: dict[bytes, list[bytes]]) -> list[bytes]:
    """N-Triples lines (`s p o .`) as the sorted N-Quads lines that put them in their graphs."""
    quads = []
    for graph, lines in lines_by_graph.items():
        if graph:
            in_graph = graph + b" .\n"
            quads.extend([line[:-2] + in_graph for line in lines])
        else:
            quads.extend(lines)
    quads.sort()
    return quads


_MAX_LABELLED_DEPTH = 100
"""How deep blank nodes may nest for the canonical labelling: Oxigraph's takes 0.2 s for a
chain of 100, 1.4 s for 150, half a minute for 500 and gigabytes beyond (kg.load refuses data
nested deeper than KG_MAX_NESTING, 100 by default, and export refuses blank nodes in data
before labelling, so only the ontology's OWL lists get here)."""


def _canonical(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The quads with their blank nodes relabelled from what is said about them, not from the
    labels they came with (cheap here: the few statements that have a blank node, nested
    shallowly; deeper nesting is refused rather than labelled for minutes)."""
    quads = list(quads)
    depth = blank_node_depth(quads, stop_above=_MAX_LABELLED_DEPTH)
    if depth > _MAX_LABELLED_DEPTH:
        raise ExportError(
            f"blank nodes nest more than {_MAX_LABELLED_DEPTH} deep; give the inner nodes IRIs "
            "so the export can be labelled and compared"
        )
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return list(dataset)


def _by_graph(quads: Iterable[ox.Quad]) -> dict[bytes, list[bytes]]:
    triples: dict[bytes, list[ox.Triple]] = {}
    for quad in quads:
        triples.setdefault(_graph_key(quad.graph_name), []).append(quad.triple)
    return {graph: sorted(_lines(found)) for graph, found in triples.items()}


def _rdflib_triple(triple: ox.Triple | ox.Quad) -> tuple[Node, Node, Node]:
    return to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)


# ---------------------------------------------------------------- writers


def _writer(
    form: Format, content: _Statements, context: dict[str, Any]
) -> Callable[[IO[bytes]], None]:
    """How the main file of `form` is written from `content` (already the union for the
    formats that do not keep graphs)."""
    if form.rdflib_serializer is not None:
        return _rdflib_writer(form, content, context)
    if form.name in ("nquads", "ntriples"):
        return lambda stream: stream.writelines(content.sorted_lines())
    return lambda stream: stream.write(_with_prefixes(content, form.oxigraph_format))


def _with_prefixes(
    content: _Statements, fmt: ox.RdfFormat, *, base_iri: str | None = None
) -> bytes:
    """Turtle or TriG of `content`, in its order (graph by graph, sorted), written by Oxigraph
    with our prefixes; IRIs under `base_iri` are written relative to it."""
    quads = ox.parse(content.trig(), format=ox.RdfFormat.TRIG)
    return ox.serialize(quads, format=fmt, prefixes=_WRITTEN_PREFIXES, base_iri=base_iri)


def _void_writer(description: list[ox.Triple]) -> Callable[[IO[bytes]], None]:
    """The VoID description in sorted Turtle, the files it sits beside named relatively (the
    @base line Oxigraph writes for them is dropped: a reader takes the file's own location).
    Written by Oxigraph: a subset per named graph makes it too big for rdflib's Turtle writer."""
    content = _Statements({b"": sorted(_lines(description))}, {})
    base = f"@base <{_FILES_BESIDE}> .\n".encode()

    def write(stream: IO[bytes]) -> None:
        text = _with_prefixes(content, ox.RdfFormat.TURTLE, base_iri=_FILES_BESIDE)
        stream.write(text.removeprefix(base))

    return write


def _rdflib_writer(
    form: Format, content: _Statements, context: dict[str, Any]
) -> Callable[[IO[bytes]], None]:
    """JSON-LD and RDF/XML, written by rdflib from a copy of `content` that gives its graphs
    and statements in sorted order (rdflib's serializers follow the order they are given)."""
    data: Dataset | Graph
    if form.keeps_graphs:
        data = _SortedDataset()
        for graph in content.graphs():
            name = URIRef(graph.decode("utf-8")[1:-1]) if graph else DATASET_DEFAULT_GRAPH_ID
            target = data.default_graph if not graph else data.graph(name)
            for triple in content.rdflib_triples(graph):
                target.add(triple)
    else:
        data = _SortedGraph()
        for graph in content.graphs():
            for triple in content.rdflib_triples(graph):
                data.add(triple)
    bind_prefixes(data)
    options = {"context": context, "auto_compact": True} if form.name == "jsonld" else {}

    def write(stream: IO[bytes]) -> None:
        text = data.serialize(format=form.rdflib_serializer, encoding="utf-8", **options)
        if form.name == "jsonld":  # rdflib emits nodes in set order; sort them by @id
            document = _sorted_graphs(json.loads(text))
            text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            text = text.encode("utf-8")
        stream.write(text)

    return write


def _sort_key(term: Node) -> tuple[str, str, str, str]:
    datatype = getattr(term, "datatype", None)
    language = getattr(term, "language", None)
    return type(term).__name__, str(term), str(datatype or ""), str(language or "")


def _triple_key(triple: tuple[Node, Node, Node]) -> tuple[tuple[str, str, str, str], ...]:
    return tuple(_sort_key(term) for term in triple)


class _SortedDataset(Dataset):
    """A Dataset that lists its graphs by name: rdflib's memory store keeps them in a set, so
    JSON-LD would otherwise come out in a different order on every run."""

    def graphs(self, triple=None):  # type: ignore[no-untyped-def]
        yield from sorted(super().graphs(triple), key=lambda graph: str(graph.identifier))

    def contexts(self, triple=None):  # type: ignore[no-untyped-def]
        return self.graphs(triple)  # rdflib's serializers still call the deprecated name


class _SortedGraph(Graph):
    """A Graph that yields all its triples in sorted order (RDF/XML walks them)."""

    def triples(self, triple):  # type: ignore[no-untyped-def]
        found = super().triples(triple)
        return iter(sorted(found, key=_triple_key)) if triple == (None, None, None) else found


def _write_temp(target: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Write to a new temporary file beside `target` and return its path; on failure, remove
    it and re-raise. The caller renames it into place."""
    return stage(target, write)


# ---------------------------------------------------------------- reading back


def _verify(expected: _Statements, temp: Path, form: Format, *, shown_as: Path) -> None:
    """Parse the file with Oxigraph and compare what it says with `expected`, statement by
    statement (as sorted N-Quads lines, so graph by graph where the format keeps graphs), the
    statements with blank nodes after canonical labelling on both sides."""
    blank: list[ox.Quad] = []

    def set_apart_blank(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        for quad in quads:
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                blank.append(quad)
            else:
                yield quad

    base = shown_as.resolve().as_uri()
    try:
        quads = ox.parse(path=temp, format=form.oxigraph_format, base_iri=base)
        plain = sorted(_lines(set_apart_blank(quads), fmt=ox.RdfFormat.N_QUADS))
    except (SyntaxError, ValueError, OSError) as error:
        problems = [f"it does not parse: {error}"]
    else:
        expected_blank = ox.parse(b"".join(_nquads(expected.blank)), format=ox.RdfFormat.N_QUADS)
        problems = _differences(expected.plain_nquads, plain)
        wanted, found = _canonical_lines(expected_blank), _canonical_lines(blank)
        if wanted != found:  # canonical labels shift when a statement is missing: count them
            problems.append(
                f"its {len(wanted)} statements with blank nodes read back as {len(found)} that "
                "say something else"
            )
    if problems:
        raise ExportError(
            f"{shown_as}: the {form.name} serialisation does not read back as the data it was "
            f"written from ({'; '.join(problems)}); nothing was written. This is a bug in "
            "the serializer or an unusual term in the data; try another format."
        )


def _differences(want: list[bytes], got: list[bytes]) -> list[str]:
    if want == got:
        return []
    lost, added = sorted(set(want) - set(got)), sorted(set(got) - set(want))
    example = (lost or added or [b"(the same statements, some repeated)"])[0]
    return [
        f"{len(lost)} statements lost, {len(added)} added, such as "
        f"{example.decode('utf-8', 'replace').strip()[:200]}"
    ]


def _canonical_lines(quads: Iterable[ox.Quad]) -> list[bytes]:
    return sorted(_lines(_canonical(quads), fmt=ox.RdfFormat.N_QUADS))


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
    graph_triples: dict[str, int]  # by graph IRI, rdflib's name for the default graph
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
    void = Graph()
    bind_prefixes(void)
    for triple in _description(kg, distributions, issued=issued, sparql_endpoint=sparql_endpoint):
        void.add(tuple(_relative(to_rdflib(term)) for term in triple))  # type: ignore[arg-type]
    return void


# The description names the files it sits beside by relative IRIs. Oxigraph's terms are absolute,
# so they are made under this stand-in base, and written relative to it.
_FILES_BESIDE = "file:///export/"


def _relative(term: Node | None) -> Node | None:
    if isinstance(term, URIRef) and term.startswith(_FILES_BESIDE):
        return URIRef(term[len(_FILES_BESIDE) :])
    return term


def _description(
    kg: KnowledgeGraph,
    distributions: Sequence[Distribution],
    *,
    issued: date | None,
    sparql_endpoint: str | None,
) -> list[ox.Triple]:
    """The statements of `dataset_description` as Oxigraph triples (a few hundred thousand at a
    million quads, one subset per named graph), the files under `_FILES_BESIDE`."""
    stats = _statistics(kg)
    ontology = _ontology_of(kg)
    when = Literal(issued or date.today(), datatype=XSD.date)
    to_oxigraph = OxigraphTerms()

    def term(node: Node | ox.NamedNode | ox.Literal) -> ox.NamedNode | ox.Literal:
        return node if isinstance(node, (ox.NamedNode, ox.Literal)) else to_oxigraph(node)

    statements: list[ox.Triple] = []

    def add(triple: tuple[Any, Any, Any]) -> None:
        statements.append(ox.Triple(*map(term, triple)))

    add((DATASET, RDF.type, VOID.Dataset))
    add((DATASET, RDF.type, DCAT.Dataset))
    add((DATASET, DCTERMS.title, Literal(TITLE, lang="en")))
    add((DATASET, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    for licence in ontology.objects(ONTOLOGY_IRI, DCTERMS.license):
        add((DATASET, DCTERMS.license, licence))
    # The release of kg that wrote the files (the ontology's owl:versionInfo names the same one)
    release = Literal(__version__)
    add((DATASET, OWL.versionInfo, release))
    add((DATASET, _DCAT3.version, release))
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
        partition = URIRef(_mint("partition/class", cls))
        add((DATASET, VOID.classPartition, partition))
        add((partition, VOID["class"], cls))
        add((partition, VOID.entities, Literal(entities)))

    integer = term(XSD.integer)
    for graph_name, triples in stats.graph_triples.items():  # Oxigraph terms: there are many
        subset = ox.NamedNode(_mint("subset", graph_name))
        add((DATASET, VOID.subset, subset))
        add((subset, RDF.type, VOID.Dataset))
        add((subset, DCTERMS.source, ox.NamedNode(graph_name)))  # the named graph this subset is
        add((subset, VOID.triples, ox.Literal(str(triples), datatype=integer)))

    for distribution in distributions:
        form = _format(distribution.format)
        node = URIRef(f"{DATASET}/distribution/{quote(distribution.path.name, safe='')}")
        file = URIRef(_FILES_BESIDE + quote(distribution.path.name))
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
    return statements


# Every statement of the store, in its default graph or a named one (?g unbound or bound).
_EVERY_STATEMENT = "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def _statistics(kg: KnowledgeGraph) -> _Statistics:
    """The counts of the description, each a SPARQL aggregate that Oxigraph computes on the
    store (a million quads take seconds; walking them in Python took minutes)."""
    vocabulary = ", ".join(name.n3() for name in sorted(_VOCABULARY_GRAPHS))
    (sizes,) = _select(
        kg.store,
        "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
        f"WHERE {_EVERY_STATEMENT}",
    )
    (triples,) = _select(
        kg.store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o {_EVERY_STATEMENT} }}"
    )
    (entities,) = _select(
        kg.store,
        f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {_EVERY_STATEMENT} "
        f"FILTER(isIRI(?s) && (!BOUND(?g) || ?g NOT IN ({vocabulary}))) }}",
    )
    properties = frozenset(
        URIRef(row["p"].value)
        for row in _select(kg.store, f"SELECT DISTINCT ?p WHERE {_EVERY_STATEMENT}")
    )
    # Every class is listed, including one whose members are all blank nodes (0 entities).
    typed = f"{{ {{ ?s {RDF.type.n3()} ?c }} UNION {{ GRAPH ?g {{ ?s {RDF.type.n3()} ?c }} }} }}"
    class_entities = {
        URIRef(row["c"].value): 0
        for row in _select(kg.store, f"SELECT DISTINCT ?c WHERE {{ {typed} FILTER(isIRI(?c)) }}")
    }
    for row in _select(
        kg.store,
        f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {typed} FILTER(isIRI(?s) && isIRI(?c)) }} "
        "GROUP BY ?c",
    ):
        class_entities[URIRef(row["c"].value)] = int(row["n"].value)
    default_graph = str(DATASET_DEFAULT_GRAPH_ID)  # ?g is unbound for the default graph
    graph_triples = {
        (row["g"].value if row["g"] is not None else default_graph): int(row["n"].value)
        for row in _select(
            kg.store, f"SELECT ?g (COUNT(*) AS ?n) WHERE {_EVERY_STATEMENT} GROUP BY ?g"
        )
    }
    vocabulary_terms = set(properties) | set(class_entities)
    return _Statistics(
        triples=int(triples["n"].value),
        entities=int(entities["n"].value),
        properties=properties,
        distinct_subjects=int(sizes["subjects"].value),
        distinct_objects=int(sizes["objects"].value),
        class_entities=dict(sorted(class_entities.items())),
        graph_triples=dict(sorted(graph_triples.items())),
        vocabularies=frozenset(_namespace_of(str(term)) for term in vocabulary_terms),
    )


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    return list(store.query(query))


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


def _mint(kind: str, iri: str) -> str:
    """A stable IRI under the dataset for something about `iri`: `<dataset/kind/prefix/local>`
    when a known prefix fits, else `<dataset/kind/iri/escaped-iri>`; one IRI per input IRI."""
    for ns, prefix in _KNOWN_NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{DATASET}/{kind}/{prefix}/{quote(iri[len(ns) :], safe='')}"
    return f"{DATASET}/{kind}/iri/{quote(iri, safe='')}"


# ---------------------------------------------------------------- helpers


def _format(fmt: str) -> Format:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}"
        ) from None


def _ontology_of(kg: KnowledgeGraph) -> Graph:
    """The ontology graph of `kg`, or the project's ontology when `kg` was loaded without it,
    so a data-only export still gets the full context, licence and version."""
    ontology = Graph()
    name = ox.NamedNode(str(ONTOLOGY_GRAPH))
    for quad in kg.store.quads_for_pattern(None, None, None, name):
        ontology.add(_rdflib_triple(quad))
    if len(ontology) == 0:
        ontology.parse(ontology_dir() / "kg.ttl", format="turtle")
    return ontology


def _refuse_what_rdf_cannot_carry(kg: KnowledgeGraph, blank: dict[bytes, list[bytes]]) -> None:
    """Blank nodes in the data make releases impossible to diff or link to. (Generalised RDF,
    a literal subject or a non-IRI predicate, never gets this far: the store refuses it.)
    `blank`: the statements with a blank node, by graph, before canonical labelling."""
    allowed = {f"<{name}>".encode() for name in _VOCABULARY_GRAPHS}
    for graph, lines in sorted(blank.items()):
        if graph in allowed or not lines:
            continue
        name = URIRef(graph.decode("utf-8")[1:-1]) if graph else None
        source = kg.source_file_of(name) if name is not None else None
        where = f"{source}: " if source else ""
        in_graph = f"in graph {graph.decode('utf-8')}" if graph else "in the default graph"
        raise ExportError(
            f"{where}{escaped(lines[0].decode('utf-8').strip(), 300)} {in_graph} uses a blank "
            f"node; give the node an IRI under {ID} so partners can link to it and diff "
            "releases"
        )
    for graph in kg.store.named_graphs():
        if isinstance(graph, ox.BlankNode):
            raise ExportError(
                f"a named graph is a blank node ({graph}); name it with an IRI so the export "
                "can say which graph states what"
            )
