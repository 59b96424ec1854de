"""Stage 1: read the ontology, the vocabularies and the data files into one dataset.

Every file lands in a named graph: quad files (TriG, N-Quads) keep the graphs they name, and
everything else goes into a graph named after the file, so provenance survives the load. A file is
parsed on its own first and only then merged, so a bad file adds nothing. Nothing here fetches a
URL: remote JSON-LD contexts and XML entity declarations are refused before parsing.

The graph lives in a pyoxigraph Store (Rust): parsing and storing 1.4 M quads takes seconds there
and a minute and a half, at twice the memory, in rdflib's Memory store (docs/benchmarks.md).
Stages that touch every triple (loading, reasoning, validation, querying, N-Quads/TriG export)
work on `kg.store` directly; everything else keeps rdflib's API through `kg.dataset`, an oxrdflib
view of the same store. Oxigraph keeps literals in canonical form: "1.50"^^xsd:decimal is "1.5",
"1"^^xsd:boolean is "true", language tags are lower case (all the same values), and a value of a
derived integer type (xsd:int, xsd:positiveInteger …) is stored as xsd:integer. The project's
own data and vocabularies use only xsd:integer, so nothing of theirs changes type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from xml.sax import SAXParseException

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax

from kg.errors import DataFileError
from kg.namespaces import (
    GAZETTEER_GRAPH,
    GRAPH,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PLACE,
    PREFIXES,
    VOCAB_GRAPH,
)
from kg.resources import default_data_dir, ontology_dir

RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".n3": "n3",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


class KnowledgeGraph:
    """The graph every stage works on: a pyoxigraph Store holding every file in its own named
    graph (queries see their union as the default graph), an rdflib Dataset view of that store,
    and which file each named graph came from."""

    def __init__(
        self, store: ox.Store | None = None, files: dict[URIRef, Path] | None = None
    ) -> None:
        self.store = store if store is not None else ox.Store()
        self.files: dict[URIRef, Path] = files if files is not None else {}
        self.revision = 0
        """Bumped by `changed()`: what was worked out from the store (the query target's name
        index) is kept while it stays the same."""
        self.dataset = Dataset(store=_OxigraphView(store=self.store), default_union=True)
        bind_prefixes(self.dataset)

    def __len__(self) -> int:
        return len(self.store)

    def changed(self) -> None:
        """Say the store was written to (the pipeline's own writes say it themselves)."""
        self.revision += 1

    def union(self, *, exclude: Iterable[URIRef] = ()) -> Graph:
        """A plain in-memory Graph holding every triple once (the reference engines' input)."""
        from kg.fast_query import to_rdflib

        skipped = {ox.NamedNode(str(name)) for name in exclude}
        graph = Graph()
        bind_prefixes(graph)
        for quad in self.store:
            if quad.graph_name not in skipped:
                graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate),
                           to_rdflib(quad.object)))
        return graph

    def ntriples(self, *, exclude: Iterable[URIRef] = ()) -> bytes:
        """Every triple of every graph but `exclude`, as N-Triples written by Oxigraph (a triple
        in two graphs is written twice): the input of tools that read the whole stated graph."""
        skipped = {ox.NamedNode(str(name)) for name in exclude}
        return ox.serialize(
            (quad.triple for quad in self.store if quad.graph_name not in skipped),
            format=ox.RdfFormat.N_TRIPLES,
        )

    @contextmanager
    def inferred_set_aside(self) -> Iterator[None]:
        """The store without its inferred graph for the duration: what the files state, with the
        union of the named graphs as default graph and no copy (the inferred triples, a tenth of
        the graph, wait in a list)."""
        inferred = ox.NamedNode(str(INFERRED_GRAPH))
        saved = list(self.store.quads_for_pattern(None, None, None, inferred))
        self.store.remove_graph(inferred)
        try:
            yield
        finally:
            self.store.bulk_extend(saved)

    def graph(self, name: URIRef) -> Graph:
        return self.dataset.graph(name)

    def graph_names(self) -> list[URIRef]:
        return sorted(
            {URIRef(g.value) for g in self.store.named_graphs()
             if next(self.store.quads_for_pattern(None, None, None, g), None) is not None},
            key=str,
        )

    def data_graph_names(self) -> list[URIRef]:
        """Named graphs that hold data, not the ontology, vocabularies or inferences."""
        pipeline = {ONTOLOGY_GRAPH, VOCAB_GRAPH, INFERRED_GRAPH}
        return [g for g in self.graph_names() if g not in pipeline]

    def source_file_of(self, graph_name: URIRef) -> Path | None:
        return self.files.get(graph_name)


class _OxigraphView(OxigraphStore):
    """oxrdflib's store, with plain literals read back plain: Oxigraph, following RDF 1.1, gives
    every plain literal its implicit xsd:string type, which rdflib treats as a different term
    ("x" != "x"^^xsd:string), so a triple read back would not match the one written."""

    def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, _plain(o)), contexts

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # type: ignore[no-untyped-def]
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            result.bindings = [{v: _plain(t) for v, t in row.items()} for row in result.bindings]
        elif result.type == "CONSTRUCT":
            graph = Graph()
            graph += ((s, p, _plain(o)) for s, p, o in result.graph)
            result.graph = graph
        return result


def _plain(term: object) -> object:
    if isinstance(term, Literal) and term.datatype == XSD.string and not term.language:
        return Literal(str(term))
    return term


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def load(
    data: Sequence[Path | str] | None = None,
    *,
    with_ontology: bool = True,
) -> KnowledgeGraph:
    """Load the ontology and vocabularies plus every RDF file under `data` (files or folders;
    default: the project's `data/`). Raises DataFileError naming the file and line of the first
    file that cannot be read. Every file is parsed before any is stored, and the store takes
    them all in one bulk insert (a fifth faster than file by file at a million quads)."""
    kg = KnowledgeGraph()
    if with_ontology:
        load_ontology(kg)
    roots = [Path(p) for p in data] if data else [default_data_dir()]
    parsed: list[ox.Quad] = []
    places: set[str] = set()
    for root in roots:
        for path, graph_name in rdf_files(root):
            fmt = rdf_format(path)
            quads, names = parse_quads(path, fmt, graph_name)
            parsed += quads
            places |= places_mentioned(path, fmt, quads)
            for name in names:
                kg.files.setdefault(URIRef(name.value), path)
    kg.store.bulk_extend(parsed)
    kg.store.bulk_extend(gazetteer_quads(kg, places))
    kg.changed()
    return kg


_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PLACE_BYTES = str(PLACE).encode()
_FULL_PLACE_IRI = re.compile(re.escape(_PLACE_BYTES) + rb"([^>\s\"'<]+)")
_NAMESPACE_DECLARED = re.compile(rb"<" + re.escape(_PLACE_BYTES) + rb">")
_PREFIX_BEFORE = re.compile(rb"(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*$", re.I)
_TEXT_FORMATS = {"turtle", "trig", "nt", "nquads", "n3"}


def places_mentioned(path: Path, fmt: str, quads: Sequence[ox.Quad]) -> set[str]:
    """Every place IRI a data file may mention. In the Turtle family the file's text is
    searched (full IRIs and names under a prefix bound to the place namespace): a regular
    expression over the bytes costs a fraction of visiting a million parsed quads in Python.
    A name in a comment is found too, which at worst describes one place more; other formats
    are read quad by quad."""
    prefix = str(PLACE)
    if fmt not in _TEXT_FORMATS:
        found = set()
        for quad in quads:
            for term in (quad.subject, quad.object):
                if isinstance(term, ox.NamedNode) and term.value.startswith(prefix):
                    found.add(term.value)
        return found
    data = path.read_bytes()
    found = {prefix + m.decode("utf-8", "replace") for m in set(_FULL_PLACE_IRI.findall(data))}
    names = set()
    for declared in _NAMESPACE_DECLARED.finditer(data):  # a literal search, then a look back
        before = _PREFIX_BEFORE.search(data[max(0, declared.start() - 200) : declared.start()])
        if before is not None:
            names.add(before.group(1) or b"")
    for name in names:
        # no look-behind: a pattern that starts with a literal is searched far faster, and a
        # stray match ("xplace:mali") at worst describes one place more
        local = re.compile(re.escape(name) + rb":([A-Za-z0-9_][\w.-]*)")
        found |= {prefix + m.decode().rstrip(".") for m in set(local.findall(data))}
    return found


def gazetteer_quads(kg: KnowledgeGraph, places: Iterable[str]) -> list[ox.Quad]:
    """The gazetteer's description of each of `places` (and of every place containing one),
    in the gazetteer graph, for those not yet typed in the store: a place the data describes
    itself (data/places.ttl's regions) or already described stays as it is, and an IRI the
    gazetteer does not know is left alone (the SHACL shapes report it if it needs a type)."""
    from kg.gazetteer import describe, gazetteer, place_keys

    inferred = ox.NamedNode(str(INFERRED_GRAPH))

    def is_typed(key: str) -> bool:  # by the data, not by an earlier build's inferences
        node = ox.NamedNode(str(PLACE) + key)
        return any(
            q.graph_name != inferred for q in kg.store.quads_for_pattern(node, _RDF_TYPE, None)
        )

    wanted = {key for key in place_keys(places) if not is_typed(key)}
    if not wanted:
        return []
    graph = ox.NamedNode(str(GAZETTEER_GRAPH))
    return [
        ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), graph)
        for s, p, o in describe(gazetteer(), wanted, skip=is_typed)
    ]


def refresh_gazetteer_graph(kg: KnowledgeGraph) -> None:
    """Describe again exactly the places the data now mentions: after a file was changed or
    removed, places only it mentioned must leave the graph, as a full build would have them."""
    kg.store.remove_graph(ox.NamedNode(str(GAZETTEER_GRAPH)))
    places: set[str] = set()
    for path in sorted({Path(p) for p in kg.files.values()}):
        if path.is_file():
            fmt = rdf_format(path)
            quads = [] if fmt in _TEXT_FORMATS else parse_quads(path, fmt, GRAPH["x"])[0]
            places |= places_mentioned(path, fmt, quads)
    kg.store.bulk_extend(gazetteer_quads(kg, places))
    kg.changed()


def _ox_term(term: object) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))


def load_ontology(kg: KnowledgeGraph) -> None:
    """The ontology into its own graph and every SKOS scheme into the vocabulary graph."""
    folder = ontology_dir()
    add_file(kg, folder / "kg.ttl", ONTOLOGY_GRAPH)
    for path in sorted((folder / "vocab").glob("*.ttl")):
        add_file(kg, path, VOCAB_GRAPH)


def add_file(kg: KnowledgeGraph, path: Path, graph_name: URIRef) -> list[ox.Quad]:
    """Parse one file on its own, then merge it: a file that fails adds nothing. Returns the
    quads it added (what incremental reasoning starts from)."""
    fmt = rdf_format(path)
    quads, names = parse_quads(path, fmt, graph_name)
    kg.store.bulk_extend(quads)
    described = gazetteer_quads(kg, places_mentioned(path, fmt, quads))
    kg.store.bulk_extend(described)
    quads += described
    kg.changed()
    for name in names:
        kg.files.setdefault(URIRef(name.value), path)
    return quads


_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "n3": ox.RdfFormat.N3,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def parse_quads(
    path: Path, fmt: str, graph_name: URIRef
) -> tuple[list[ox.Quad], set[ox.NamedNode]]:
    """Every quad of a file, its default-graph triples put into `graph_name`, blank nodes made
    unique to this load, and the graphs they are in; a DataFileError naming the file and line
    if it cannot be read."""
    data = _read_checked(path, fmt)
    target = ox.NamedNode(str(graph_name))
    try:
        quads = list(
            ox.parse(
                input=data,
                format=_OX_FORMATS[fmt],
                base_iri=path.resolve().as_uri(),
                rename_blank_nodes=True,
            )
        )
    except SyntaxError as error:
        message = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(error.msg))
        raise DataFileError(path, f"{fmt} syntax error: {message}", error.lineno) from None
    except (ValueError, OSError) as error:
        raise DataFileError(path, f"cannot parse as {fmt}: {error}", _line_of(error)) from None
    names = {q.graph_name for q in quads}
    default = ox.DefaultGraph()
    if default in names:
        names.discard(default)
        names.add(target)
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, target) if q.graph_name == default else q
            for q in quads
        ]
    return quads, names


def _read_checked(path: Path, fmt: str) -> bytes:
    """The file's bytes, once it is known to be UTF-8 and not to ask for anything remote."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(path, "no such file") from None
    except IsADirectoryError:
        raise DataFileError(path, "is a folder, not a file") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataFileError(path, "not UTF-8 text; re-save it as UTF-8", line) from None
    if fmt == "json-ld":
        _refuse_remote_json_ld_context(path, text)
    if fmt == "xml":
        _refuse_xml_entities(path, text)
    return data


def rdf_format(path: Path) -> str:
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise DataFileError(path, f"unknown RDF file type; use one of {known}") from None


def parse_file(path: Path, fmt: str) -> Dataset:
    """Parse a file into a fresh Dataset, turning every parser failure into a DataFileError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, "no such file") from None
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise DataFileError(path, "not UTF-8 text; re-save it as UTF-8", line) from None
    if fmt == "json-ld":
        _refuse_remote_json_ld_context(path, text)
    if fmt == "xml":
        _refuse_xml_entities(path, text)
    parsed = Dataset()
    try:
        if fmt in QUAD_FORMATS:
            parsed.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
        else:
            parsed.default_graph.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except BadSyntax as error:
        raise DataFileError(path, f"{fmt} syntax error: {error.message}", error.lines + 1) from None
    except SAXParseException as error:
        raise DataFileError(
            path, f"XML error: {error.getMessage()}", error.getLineNumber()
        ) from None
    except json.JSONDecodeError as error:
        raise DataFileError(path, f"JSON error: {error.msg}", error.lineno) from None
    except Exception as error:  # rdflib parsers raise many types; the user needs the file
        raise DataFileError(path, f"cannot parse as {fmt}: {error}", _line_of(error)) from None
    return parsed


def rdf_files(root: Path) -> Iterator[tuple[Path, URIRef]]:
    """RDF files under a path, each with the graph its default-graph triples go into."""
    if root.is_file():
        yield root, _file_graph_name(root.name)
        return
    if not root.exists():
        raise DataFileError(root, "no such file or folder")
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in RDF_FORMATS:
            yield path, _file_graph_name(path.relative_to(root).as_posix())


def _file_graph_name(relative: str) -> URIRef:
    stem = relative.rsplit(".", 1)[0]
    return GRAPH[re.sub(r"[^A-Za-z0-9._/-]", "-", stem)]


def _refuse_remote_json_ld_context(path: Path, text: str) -> None:
    """rdflib fetches a `@context` given as a URL; we never fetch on a document's say-so."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataFileError(path, f"JSON error: {error.msg}", error.lineno) from None
    for context in _contexts(document):
        for item in context if isinstance(context, list) else [context]:
            if isinstance(item, str):
                raise DataFileError(
                    path,
                    f"JSON-LD @context refers to {item!r}; remote or external contexts are not "
                    "fetched — embed the context object in the file",
                    _line_containing(text, item),
                )
            if isinstance(item, dict) and "@import" in item:
                raise DataFileError(
                    path, "JSON-LD @import is not fetched; inline the imported context"
                )


def _contexts(node: object) -> Iterator[object]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                yield value
            yield from _contexts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _contexts(item)


def _refuse_xml_entities(path: Path, text: str) -> None:
    """Entity declarations are how XML documents reach outside (XXE) or explode (billion laughs)."""
    match = re.search(r"<!ENTITY", text)
    if match:
        line = text[: match.start()].count("\n") + 1
        raise DataFileError(path, "XML entity declarations are not allowed in RDF/XML input", line)


def _line_containing(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return text[:index].count("\n") + 1 if index >= 0 else None


def _line_of(error: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None
