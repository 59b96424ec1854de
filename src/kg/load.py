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
derived integer type (xsd:int, xsd:positiveInteger …) is stored as xsd:integer. Queries see the
same values; validation must see what the files wrote, so the quads the store rewrites are kept
as parsed beside it (`kg.store.as_written`, `KnowledgeGraph.stated_quads`).
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat
from xml.sax import SAXParseException

import pyoxigraph as ox
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax

from kg.errors import DataFileError, KgError
from kg.namespaces import (
    DERIVED_GRAPH,
    GAZETTEER_GRAPH,
    GRAPH,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PLACE,
    PREFIXES,
    VOCAB_GRAPH,
)
from kg.resources import default_data_dir, ontology_dir
from kg.store.as_written import AsWritten
from kg.store.terms import OxigraphTerms, plain_literal, to_rdflib

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
        self._files: dict[URIRef, Path] | None = files if files is not None else {}
        self._files_source: Callable[[], dict[URIRef, Path]] | None = None
        self.revision = 0
        """Bumped by `changed()`: what was worked out from the store (the query target's name
        index) is kept while it stays the same."""
        self.store_path: Path | None = None
        """The on-disk store `store` was opened from read-only (a build's), if any: `kg serve`
        hands this path to its workers instead of writing them a copy."""
        self.store_hold: object | None = None
        """Kept for as long as the store is used: the lock that stops a later build from
        removing it (`kg.build.hold_store`)."""
        self.as_written = AsWritten()
        """The data files' typed literals that the store holds rewritten, as written: what
        validation reads in their place (`kg.store.as_written`)."""
        self._dataset: Dataset | None = None

    @property
    def files(self) -> dict[URIRef, Path]:
        """Which file each named graph came from."""
        if self._files is None:
            assert self._files_source is not None
            self._files, self._files_source = self._files_source(), None
        return self._files

    @files.setter
    def files(self, files: dict[URIRef, Path]) -> None:
        self._files, self._files_source = files, None

    def defer_files(self, source: Callable[[], dict[URIRef, Path]]) -> None:
        """Make `files` with `source` when it is first asked for: a build's manifest names the
        file of every section graph (78 k at L), which a one-shot `kg query` never reads."""
        self._files, self._files_source = None, source

    @property
    def dataset(self) -> Dataset:
        """rdflib's API over the same store (an oxrdflib view), made on first use: oxrdflib
        imports rdflib's SPARQL engine, which a one-shot `kg query` on Oxigraph never needs."""
        if self._dataset is None:
            self._dataset = Dataset(store=_oxigraph_view(self.store), default_union=True)
            bind_prefixes(self._dataset)
        return self._dataset

    def __len__(self) -> int:
        return len(self.store)

    def forget_views(self) -> None:
        """Drop what was made over the store (the oxrdflib view, the query target and its name
        index) after `store` was replaced by another."""
        self._dataset = None
        self.__dict__.pop("_query_target", None)  # where kg.store.embedded keeps its target

    def changed(self) -> None:
        """Say the store was written to (the pipeline's own writes say it themselves)."""
        self.revision += 1

    def union(self, *, exclude: Iterable[URIRef] = (), as_written: bool = False) -> Graph:
        """A plain in-memory Graph holding every triple once (the reference engines' input):
        as the store holds it, as exports write it, or with `as_written` the literals as the
        files wrote them (what pySHACL must validate)."""
        graph = Graph()
        bind_prefixes(graph)
        skipped = {ox.NamedNode(str(name)) for name in exclude}
        quads = (
            self.stated_quads(exclude=exclude)
            if as_written
            else (quad for quad in self.store if quad.graph_name not in skipped)
        )
        for quad in quads:
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate),
                       to_rdflib(quad.object)))
        return graph

    def ntriples(self, *, exclude: Iterable[URIRef] = ()) -> bytes:
        """Every triple of every graph but `exclude`, as N-Triples written by Oxigraph (a triple
        in two graphs is written twice), literals as the files wrote them: the input of tools
        that read the whole stated graph."""
        return ox.serialize(
            (quad.triple for quad in self.stated_quads(exclude=exclude)),
            format=ox.RdfFormat.N_TRIPLES,
        )

    def write_stated_nquads(self, path: Path) -> None:
        """Every quad but the inferred graph's, as N-Quads into `path`, literals as the files
        wrote them: what validation reads. Oxigraph writes them from the store in Rust, with the
        inferred graph and the rewritten quads set aside meanwhile and the quads as written
        appended; written to a file, they are not held in memory beside the store (a quarter of
        a gigabyte at the L corpus) while shacl-rust reads them."""
        with self.inferred_set_aside(), self.as_written.set_aside(self.store):
            self.store.dump(path, format=ox.RdfFormat.N_QUADS)
        if self.as_written:
            with path.open("ab") as stream:
                stream.write(self.as_written.nquads())

    def stated_quads(self, *, exclude: Iterable[URIRef] = ()) -> Iterator[ox.Quad]:
        """The store's quads outside `exclude`, each literal the store rewrote given back as
        the files wrote it (`kg.store.as_written`): what validation must see."""
        skipped = {ox.NamedNode(str(name)) for name in exclude}
        quads = (quad for quad in self.store if quad.graph_name not in skipped)
        return self.as_written.restore(quads) if self.as_written else quads

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
        pipeline = {ONTOLOGY_GRAPH, VOCAB_GRAPH, INFERRED_GRAPH, DERIVED_GRAPH}
        return [g for g in self.graph_names() if g not in pipeline]

    def source_file_of(self, graph_name: URIRef) -> Path | None:
        return self.files.get(graph_name)


def _oxigraph_view(store: ox.Store) -> object:
    """An oxrdflib store over `store`, with plain literals read back plain: Oxigraph, following
    RDF 1.1, gives every plain literal its implicit xsd:string type, which rdflib treats as a
    different term ("x" != "x"^^xsd:string), so a triple read back would not match the one
    written."""
    return _oxigraph_view_class()(store=store)


@functools.cache
def _oxigraph_view_class() -> type:
    """The view's class, made once; oxrdflib is imported here, on first use."""
    from oxrdflib import OxigraphStore

    class _OxigraphView(OxigraphStore):

        def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
            for (s, p, o), contexts in super().triples(triple_pattern, context):
                yield (s, p, plain_literal(o)), contexts

        def query(  # type: ignore[no-untyped-def]
            self, query, initNs, initBindings, queryGraph, **kwargs
        ):
            result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
            if result.type == "SELECT":
                result.bindings = [
                    {v: plain_literal(t) for v, t in row.items()} for row in result.bindings
                ]
            elif result.type == "CONSTRUCT":
                graph = Graph()
                graph += ((s, p, plain_literal(o)) for s, p, o in result.graph)
                result.graph = graph
            return result

    return _OxigraphView


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def load(
    data: Sequence[Path | str] | None = None,
    *,
    with_ontology: bool = True,
    limits: Limits | None = None,
) -> KnowledgeGraph:
    """Load the ontology and vocabularies plus every RDF file under `data` (files or folders;
    default: the project's `data/`). Raises DataFileError naming the file and line of the first
    file that cannot be read or breaks `limits` (default: `Limits.from_environment()`); the
    graph being loaded is then dropped whole. Each file's quads go into the store as soon as
    it is parsed: holding every parsed quad as a Python object until one bulk insert at the
    end was a fifth faster, but made loading the peak of a build's memory (1.45 GB at the
    L corpus, 1.45 M quads, where the store itself takes about 1 GB). Oxigraph parses each
    file into the store (`_parse_into`) on a second thread, without the GIL, while the next
    file is read and checked in Python on this one; one file at a time waits for it."""
    kg = KnowledgeGraph()
    if with_ontology:
        load_ontology(kg)
    roots = [Path(p) for p in data] if data else [default_data_dir()]
    places: set[str] = set()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load") as into_store:
        pending: Future[None] | None = None
        for root in roots:
            for path, graph_name in rdf_files(root):
                fmt = rdf_format(path)
                data, quads, names = _parsed(path, fmt, graph_name, limits=limits)
                places |= places_mentioned(path, fmt, quads)
                for name in names:
                    kg.files.setdefault(URIRef(name.value), path)
                kept = kg.as_written.record(quads)
                if pending is not None:
                    pending.result()  # the previous file is in: raises what its load raised
                if any(_names_a_blank_node(quad) for quad in (*kept, *names)):
                    pending = into_store.submit(kg.store.bulk_extend, quads)
                else:
                    pending = into_store.submit(_parse_into, kg.store, path, fmt, graph_name, data)
                del quads
        if pending is not None:
            pending.result()
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
    convert = OxigraphTerms()
    return [
        ox.Quad(convert(s), convert(p), convert(o), graph)
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


def load_ontology(kg: KnowledgeGraph) -> None:
    """The ontology into its own graph and every SKOS scheme into the vocabulary graph. They
    are the project's own files, so the bounds a user sets for data files do not apply to
    them (the defaults still do)."""
    folder = ontology_dir()
    add_file(kg, folder / "kg.ttl", ONTOLOGY_GRAPH, limits=Limits())
    for path in sorted((folder / "vocab").glob("*.ttl")):
        add_file(kg, path, VOCAB_GRAPH, limits=Limits())


def add_file(
    kg: KnowledgeGraph, path: Path, graph_name: URIRef, *, limits: Limits | None = None
) -> list[ox.Quad]:
    """Parse one file on its own, then merge it: a file that fails adds nothing. Returns the
    quads it added (what incremental reasoning starts from)."""
    fmt = rdf_format(path)
    quads, names = parse_quads(path, fmt, graph_name, limits=limits)
    kg.as_written.record(quads)
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
    path: Path, fmt: str, graph_name: URIRef, *, limits: Limits | None = None
) -> tuple[list[ox.Quad], set[ox.NamedNode]]:
    """Every quad of a file, its default-graph triples put into `graph_name`, blank nodes made
    unique to this load, and the graphs they are in; a DataFileError naming the file and line
    if it cannot be read, breaks `limits`, or writes into a graph the pipeline keeps for
    itself (the ontology, vocabulary and inferred graphs: a data file that could write there
    could hand the reasoner axioms of its own)."""
    _data, quads, names = _parsed(path, fmt, graph_name, limits=limits)
    return quads, names


def _parse_into(store: ox.Store, path: Path, fmt: str, graph_name: URIRef, data: bytes) -> None:
    """A file's bytes, already parsed and checked by `_parsed`, parsed again into `store` by
    Oxigraph in Rust, as `parse_quads` reads them (same base IRI, default graph into
    `graph_name`, blank nodes made unique to this load): at the L corpus handing the store
    1.46 M parsed Python quads (`bulk_extend`) took 6.6 s of CPU, parsing the 140 files again
    in Rust 4.7 s. The two parses label blank nodes apart, so `load` uses this only for files
    where no quad the literal table keeps, and no graph, is a blank node."""
    store.load(
        data,
        _OX_FORMATS[fmt],
        base_iri=path.resolve().as_uri(),
        to_graph=ox.NamedNode(str(graph_name)),
    )


def _names_a_blank_node(term: ox.Quad | ox.NamedNode | ox.BlankNode) -> bool:
    if isinstance(term, ox.Quad):
        return isinstance(term.subject, ox.BlankNode) or isinstance(term.graph_name, ox.BlankNode)
    return isinstance(term, ox.BlankNode)


def _parsed(
    path: Path, fmt: str, graph_name: URIRef, *, limits: Limits | None = None
) -> tuple[bytes, list[ox.Quad], set[ox.NamedNode]]:
    """`parse_quads` with the bytes it parsed."""
    limits = limits or Limits.from_environment()
    data = _read_checked(path, fmt, limits)
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
        message = _PARSER_ERROR_PREFIX.sub("", str(error.msg))
        raise DataFileError(path, f"{fmt} syntax error: {escaped(message)}", error.lineno) from None
    except MemoryError:  # Oxigraph's token buffer: a literal or IRI of 16 MiB or more
        raise DataFileError(
            path,
            f"a literal or IRI is too long to parse (16 MiB or more; literals may have at most "
            f"{limits.max_literal_chars:,} characters, KG_MAX_LITERAL_CHARS)",
            _first_long_line(data, _PARSER_TOKEN_LIMIT),
        ) from None
    except (ValueError, OSError, RecursionError) as error:
        raise DataFileError(
            path, f"cannot parse as {fmt}: {escaped(str(error))}", _line_of(error)
        ) from None
    names = {q.graph_name for q in quads}
    default = ox.DefaultGraph()
    if default in names:
        names.discard(default)
        names.add(target)
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, target) if q.graph_name == default else q
            for q in quads
        ]
    for name in names - {target}:
        if URIRef(name.value) in PIPELINE_GRAPHS:
            raise DataFileError(
                path,
                f"writes into the graph <{name.value}>, which the pipeline keeps for the "
                "ontology, vocabularies, inferences or gazetteer places; put these statements "
                "in a graph of your own (schema axioms belong in the ontology)",
                _line_containing(data.decode("utf-8"), name.value),
            )
    _check_limits(path, fmt, data, quads, limits)
    return data, quads, names


# Oxigraph's own "where", which DataFileError says again as file:line.
_PARSER_ERROR_PREFIX = re.compile(r"^Parser error at line \d+ (column|between columns) [\d and]+: ")

PIPELINE_GRAPHS = frozenset(
    {ONTOLOGY_GRAPH, VOCAB_GRAPH, INFERRED_GRAPH, DERIVED_GRAPH, GAZETTEER_GRAPH}
)
"""Graphs that only the pipeline writes: the ontology's, the vocabularies', the reasoner's, the
derived statements' (kg.derive) and the gazetteer places the build describes (a data file
`gazetteer.ttl` would otherwise land in it, and be replaced by the next build)."""

_PARSER_TOKEN_LIMIT = 16 * 1024 * 1024  # Oxigraph's parser buffer (MemoryError at it)


# ---------------------------------------------------------------- bounds on a data file


@dataclass(frozen=True)
class Limits:
    """Bounds on one data file, so that a hostile or broken file gets a one-line error naming
    it instead of exhausting the memory or the stack of a later stage. The defaults suit the
    curated profiles and the benchmark corpora with room to spare; each can be set in the
    environment (`KG_MAX_FILE_BYTES`, `KG_MAX_LITERAL_CHARS`, `KG_MAX_NESTING`) or passed to
    `load`.

    - `max_file_bytes`: a data file is read whole and parsed in memory (several times its
      size); past this it is refused before it is read.
    - `max_literal_chars`: the longest literal. Oxigraph cannot parse a token of 16 MiB, and
      later stages (SHACL patterns, labels in pictures and pages) are not made for megabytes.
    - `max_nesting`: how deep blank nodes may sit inside blank nodes (`[ … [ … ] ]`, lists
      inside lists, nested JSON-LD node objects), and how deep JSON-LD objects and arrays may
      nest. An RDF list's own links (rdf:rest) do not count: a long flat list is one level.
      Oxigraph's canonical blank-node labelling (which `kg export` uses) takes seconds at 250
      levels and minutes at 500, and Python's JSON reader stops at about a thousand.
    """

    max_file_bytes: int = 512 * 1024 * 1024
    max_literal_chars: int = 1024 * 1024
    max_nesting: int = 100

    @classmethod
    def from_environment(cls) -> Limits:
        """The defaults, each overridden by its environment variable when that is set."""
        values = {}
        for name, variable in _LIMIT_VARIABLES.items():
            text = os.environ.get(variable, "").strip()
            if not text:
                continue
            value = int(text) if text.isdigit() else 0
            if value < 1:
                raise KgError(f"{variable}={escaped(text, 40)}: give a positive whole number")
            values[name] = value
        return cls(**values)


_LIMIT_VARIABLES = {
    "max_file_bytes": "KG_MAX_FILE_BYTES",
    "max_literal_chars": "KG_MAX_LITERAL_CHARS",
    "max_nesting": "KG_MAX_NESTING",
}


def _check_limits(
    path: Path, fmt: str, data: bytes, quads: list[ox.Quad], limits: Limits
) -> None:
    """Literal sizes and blank-node depth of a parsed file (file size and JSON nesting are
    checked before parsing)."""
    if len(data) > limits.max_literal_chars:  # a shorter file cannot hold a longer literal
        for quad in quads:
            value = quad.object
            if isinstance(value, ox.Literal) and len(value.value) > limits.max_literal_chars:
                raise DataFileError(
                    path,
                    f"a literal of {len(value.value):,} characters is longer than the limit "
                    f"of {limits.max_literal_chars:,} (KG_MAX_LITERAL_CHARS); keep long texts "
                    "in files of their own and refer to them",
                    _line_containing(data.decode("utf-8"), value.value[:64]),
                )
    if blank_node_depth(quads, stop_above=limits.max_nesting) > limits.max_nesting:
        raise DataFileError(
            path,
            f"blank nodes or lists nest more than {limits.max_nesting} deep (KG_MAX_NESTING); "
            "give the inner nodes IRIs or flatten the structure",
            _line_too_deep(data.decode("utf-8"), fmt, limits.max_nesting),
        )


_RDF_REST = ox.NamedNode(str(RDF.rest))


def blank_node_depth(
    statements: Iterable[ox.Quad] | Iterable[ox.Triple], *, stop_above: int | None = None
) -> int:
    """How deep blank nodes nest in `statements`: the most blank nodes on one path of
    statements from blank node to blank node, where an RDF list's rdf:rest links add nothing
    (a list is as deep as its deepest member) and a cycle is not gone round. 0 without
    blank-node-to-blank-node statements. Iterative, so any depth is measured without
    recursion; stops early once past `stop_above`."""
    children: dict[ox.BlankNode, list[tuple[ox.BlankNode, int]]] = {}
    for statement in statements:
        s, o = statement.subject, statement.object
        if isinstance(s, ox.BlankNode) and isinstance(o, ox.BlankNode):
            children.setdefault(s, []).append((o, 0 if statement.predicate == _RDF_REST else 1))
    depth: dict[ox.BlankNode, int] = {}
    on_path: set[ox.BlankNode] = set()
    deepest = 0
    for root in children:
        if root in depth:
            continue
        stack: list[tuple[ox.BlankNode, int]] = [(root, 0)]
        on_path.add(root)
        while stack:
            node, index = stack[-1]
            edges = children.get(node, ())
            if index < len(edges):
                stack[-1] = (node, index + 1)
                child = edges[index][0]
                if child not in depth and child not in on_path:  # a cycle is not gone round
                    on_path.add(child)
                    stack.append((child, 0))
                continue
            stack.pop()
            on_path.discard(node)
            depth[node] = max(  # a child still on the path closes a cycle: not counted
                (depth[c] + extra for c, extra in edges if c in depth), default=1
            )
            deepest = max(deepest, depth[node])
            if stop_above is not None and deepest > stop_above:
                return deepest
    return deepest


# Strings, IRIs and comments are stepped over; the brackets that nest are counted.
_TURTLE_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*+"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*+'''"
    r'|"(?:[^"\\\n]|\\.)*+"'
    r"|'(?:[^'\\\n]|\\.)*+'"
    r'|<[^<>"{}|^`\\\s]*+>'
    r"|#[^\n]*+"
    r"|[\[\]()]",
    re.DOTALL,
)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*+"|[\[\]{}]', re.DOTALL)


def _line_too_deep(text: str, fmt: str, limit: int) -> int | None:
    """The line where brackets first nest past `limit` (Turtle family: `[` and `(`; JSON-LD:
    objects and arrays), or None where the text does not show nesting (N-Triples, RDF/XML).
    Linear: each pattern is possessive, so no input makes it backtrack."""
    if fmt == "json-ld":
        tokens, openers = _JSON_TOKENS, "[{"
    elif fmt in ("turtle", "trig", "n3"):
        tokens, openers = _TURTLE_TOKENS, "[("
    else:
        return None
    depth = 0
    for match in tokens.finditer(text):
        token = match.group()
        if len(token) != 1:
            continue
        if token in openers:
            depth += 1
            if depth > limit:
                return text.count("\n", 0, match.start()) + 1
        else:
            depth -= 1
    return None


def _first_long_line(data: bytes, length: int) -> int | None:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if len(line) >= length:
            return number
    return None


_UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
)


def escaped(text: str, limit: int = 160) -> str:
    """`text` fit to quote in a one-line message on a terminal: control characters, terminal
    escapes and bidirectional overrides written as `\\xNN` or `\\uNNNN`, and at most `limit`
    characters. Parsers quote the text they choke on; this keeps that to a short, inert
    excerpt."""
    text = _UNSAFE_CHARACTERS.sub(_escape_character, text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape_character(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _read_checked(path: Path, fmt: str, limits: Limits | None = None) -> bytes:
    """The file's bytes, once it is known to be a regular file within `max_file_bytes`, UTF-8,
    nested no deeper than `max_nesting` (JSON-LD, before Python's recursive JSON reader sees
    it) and not to ask for anything remote. The file is opened once and checked through that
    descriptor, so it cannot be swapped for a device or a bigger file in between."""
    limits = limits or Limits.from_environment()
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise DataFileError(path, "no such file") from None
    except IsADirectoryError:
        raise DataFileError(path, "is a folder, not a file") from None
    except OSError as error:
        raise DataFileError(path, f"cannot be opened: {escaped(error.strerror or '')}") from None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise DataFileError(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise DataFileError(
                path, "is not a regular file (a device, pipe or socket); give an RDF file"
            )
        if info.st_size > limits.max_file_bytes:
            raise DataFileError(path, _too_big(info.st_size, limits))
        data = stream.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise DataFileError(path, _too_big(len(data), limits))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataFileError(path, "not UTF-8 text; re-save it as UTF-8", line) from None
    if fmt == "json-ld":
        line = _line_too_deep(text, fmt, limits.max_nesting)
        if line is not None:
            raise DataFileError(
                path,
                f"JSON-LD objects and arrays nest more than {limits.max_nesting} deep "
                "(KG_MAX_NESTING); flatten the document (a @graph of nodes that refer to "
                "each other by @id)",
                line,
            )
        _refuse_remote_json_ld_context(path, text)
    if fmt == "xml":
        _refuse_xml_entities(path, text)
        _check_xml(path, data, limits)
    return data


def _too_big(size: int, limits: Limits) -> str:
    return (
        f"is {size:,} bytes, more than the limit of {limits.max_file_bytes:,} "
        "(KG_MAX_FILE_BYTES); split it into several files"
    )


def rdf_format(path: Path) -> str:
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise DataFileError(path, f"unknown RDF file type; use one of {known}") from None


def parse_file(path: Path, fmt: str, *, limits: Limits | None = None) -> Dataset:
    """Parse a file into a fresh Dataset with rdflib, turning every parser failure into a
    DataFileError; the file passes the same checks and bounds as `parse_quads` first."""
    text = _read_checked(path, fmt, limits).decode("utf-8")
    parsed = Dataset()
    try:
        if fmt in QUAD_FORMATS:
            parsed.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
        else:
            parsed.default_graph.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except BadSyntax as error:
        raise DataFileError(
            path, f"{fmt} syntax error: {escaped(str(error.message))}", error.lines + 1
        ) from None
    except SAXParseException as error:
        raise DataFileError(
            path, f"XML error: {escaped(error.getMessage())}", error.getLineNumber()
        ) from None
    except json.JSONDecodeError as error:
        raise DataFileError(path, f"JSON error: {escaped(error.msg)}", error.lineno) from None
    except Exception as error:  # rdflib parsers raise many types; the user needs the file
        raise DataFileError(
            path, f"cannot parse as {fmt}: {escaped(str(error))}", _line_of(error)
        ) from None
    return parsed


def rdf_files(root: Path) -> Iterator[tuple[Path, URIRef]]:
    """RDF files under a path, each with the graph its default-graph triples go into.

    Data files must be regular files within the folder they are given in (for a file given on
    its own, the folder it is in): a symbolic link that leads out of it is refused rather than
    followed, so a link to a system file cannot make a parse error quote that file, and a
    device or pipe is refused rather than read without end. A file whose graph would be one
    the pipeline keeps for itself (`ontology.ttl` at the top of the folder) is refused too."""
    if _is_link(root) or root.is_file():
        _check_within(root, root.parent.resolve())
        yield root, _data_graph_name(root, root.name)
        return
    if not root.exists():
        raise DataFileError(root, "no such file or folder")
    if not root.is_dir():
        raise DataFileError(
            root, "is not a regular file or folder (a device, pipe or socket); give RDF files"
        )
    folder = root.resolve()
    found: list[Path] = []
    for directory, subfolders, names in os.walk(root, followlinks=False):
        for name in subfolders:
            if _is_link(Path(directory, name)):
                _check_within(Path(directory, name), folder)  # inside: reached as itself
        found += [Path(directory, name) for name in names]
    for path in sorted(found):
        if path.suffix.lower() not in RDF_FORMATS:
            continue
        _check_within(path, folder)
        yield path, _data_graph_name(path, path.relative_to(root).as_posix())


def _is_link(path: Path) -> bool:
    return path.is_symlink()


def _check_within(path: Path, folder: Path) -> None:
    """Refuse a symbolic link that leads out of `folder`, and a name with control characters
    (it would reach the terminal in every message naming the file)."""
    if _UNSAFE_CHARACTERS.search(str(path)):
        raise DataFileError(
            escaped(str(path), 200), "has control characters in its name; rename the file"
        )
    if not path.is_symlink():
        return
    target = path.resolve()
    if not target.is_relative_to(folder):
        raise DataFileError(
            path,
            f"is a symbolic link that leads out of {folder}; data files must be regular files "
            "in the data folder: copy the file in instead of linking to it",
        )


def _file_graph_name(relative: str) -> URIRef:
    stem = relative.rsplit(".", 1)[0]
    return GRAPH[re.sub(r"[^A-Za-z0-9._/-]", "-", stem)]


def _data_graph_name(path: Path, relative: str) -> URIRef:
    name = _file_graph_name(relative)
    if name in PIPELINE_GRAPHS:
        raise DataFileError(
            path,
            f"its graph would be <{name}>, which the pipeline keeps for the ontology, "
            "vocabularies, inferences or gazetteer places; rename the file",
        )
    return name


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
                    f"JSON-LD @context refers to {escaped(repr(item), 100)}; remote or external "
                    "contexts are not "
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


def _check_xml(path: Path, data: bytes, limits: Limits) -> None:
    """RDF/XML must be well-formed XML, nested no deeper than `max_nesting` elements past the
    usual three (rdf:RDF, a node, a property). Oxigraph's parser takes a file cut short
    as it stands (silently losing the end of it); expat, non-recursive and linear, says where
    it breaks. Entity declarations are refused before this, so nothing is expanded."""
    parser = expat.ParserCreate()
    depth = 0
    limit = limits.max_nesting + 3

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > limit:
            raise DataFileError(
                path,
                f"XML elements nest more than {limit} deep (KG_MAX_NESTING + 3); give the "
                "inner nodes IRIs (rdf:about) and describe them at the top level",
                parser.CurrentLineNumber,
            )

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        message = expat.ErrorString(error.code) if error.code else str(error)
        raise DataFileError(path, f"XML error: {escaped(message)}", error.lineno) from None


def _line_containing(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return text[:index].count("\n") + 1 if index >= 0 else None


def _line_of(error: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None
