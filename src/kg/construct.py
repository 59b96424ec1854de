"""CONSTRUCT and DESCRIBE: a query whose answer is a graph, run on Oxigraph and written in any
RDF syntax `kg export` writes.

Partners pull subgraphs (a group and its lineage, an attack and its sources) with CONSTRUCT
rather than rows, from `kg query` and from `kg serve`; both go through here so the two give the
same triples in the same syntaxes. The query is checked first (`kg.store.sparql.check_query`: no
update, no SERVICE) and the checked text is what runs, on the store's union of named graphs, as
for every other query.

Oxigraph writes the line-based syntaxes (Turtle, N-Triples, N-Quads, TriG): fast, and exact for
any graph. rdflib writes RDF/XML, because it refuses what RDF/XML cannot hold (a predicate IRI
that does not split into a namespace and an XML name, such as `http://example.org/1`) where
Oxigraph writes an element with no name, and JSON-LD, compacted with the exporter's `@context`
(generated from the ontology, `kg.export.json_ld_context`) so terms read as `prefLabel` rather
than full IRIs and the document reads offline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.load import KnowledgeGraph, bind_prefixes
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES
from kg.store.sparql import MAX_QUERY_DEPTH, check_query
from kg.store.terms import OxigraphTerms, to_rdflib

GRAPH_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}
"""The RDF syntaxes a graph answer can be written in, by name (`kg query --format`), with the
media type of each; the same syntaxes `kg export` writes (its `rdfxml` is `xml` here, the name
rdflib and SPARQL clients use)."""

_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
GRAPH_FORMS = ("ConstructQuery", "DescribeQuery")


class CannotWrite(QueryError):
    """The answer cannot be written in the syntax asked for (RDF/XML and a predicate that does
    not split into a namespace and a name); another syntax can carry it."""


class TooManyTriples(QueryError):
    """The answer has more triples than the caller's cap."""


def is_graph_query(query: str, *, max_depth: int = MAX_QUERY_DEPTH) -> bool:
    """Whether the query is a CONSTRUCT or DESCRIBE (after the safety checks)."""
    return check_query(query, max_depth=max_depth).form in GRAPH_FORMS


def construct(
    kg: KnowledgeGraph,
    query: str,
    *,
    bindings: Mapping[str, Node] | None = None,
    max_triples: int | None = None,
    max_depth: int = MAX_QUERY_DEPTH,
    base_iri: str | None = None,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> Graph:
    """The graph a CONSTRUCT or DESCRIBE query answers on `kg`, stopped past `max_triples`
    (TooManyTriples). `bindings` (a catalogue query's parameters, already RDF terms) are handed
    to Oxigraph as substitutions, never pasted into the text: a VALUES block at the top of WHERE
    (how SELECTs are bound) has no place in a CONSTRUCT, whose first group is its template. With
    `default_graphs` or `named_graphs` (IRIs of graphs the store holds; the caller checks that)
    those make the query's dataset, otherwise the default graph is the union of all named
    graphs."""
    safe = check_query(query, max_depth=max_depth, allow_dataset=False)
    if safe.form not in GRAPH_FORMS:
        raise QueryError(
            "only CONSTRUCT and DESCRIBE queries answer with a graph; a SELECT or ASK gives "
            "rows (kg query --format table, csv, tsv or json)"
        )
    return run_graph_query(
        kg.store,
        safe.text,
        bindings=bindings,
        max_triples=max_triples,
        base_iri=base_iri,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )


def run_graph_query(
    store: ox.Store,
    checked_text: str,
    *,
    bindings: Mapping[str, Node] | None = None,
    max_triples: int | None = None,
    base_iri: str | None = None,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> Graph:
    """Run the text of an already checked CONSTRUCT or DESCRIBE on `store` (see `construct`)."""
    graph = Graph()
    answer = _run(store, checked_text, base_iri, default_graphs, named_graphs, bindings)
    too_many = False
    for triple in answer:
        graph.add(tuple(to_rdflib(term) for term in triple))  # type: ignore[arg-type]
        if max_triples is not None and len(graph) > max_triples:
            too_many = True
            break
    del answer  # before raising: "An answer belongs to the thread" (kg.store.embedded)
    if too_many:
        raise TooManyTriples(f"the answer has more than {max_triples} triples")
    return graph


def run_on_dataset(
    store: ox.Store,
    checked_text: str,
    *,
    base_iri: str | None = None,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> Any:
    """Oxigraph's answer to any checked query: over the union of all named graphs, or over the
    dataset the two lists make when either is given (both meant as graphs `store` holds)."""
    return _run(store, checked_text, base_iri, default_graphs, named_graphs)


def _run(
    store: ox.Store,
    text: str,
    base_iri: str | None,
    default_graphs: Sequence[str] | None,
    named_graphs: Sequence[str] | None,
    bindings: Mapping[str, Node] | None = None,
) -> Any:
    convert = OxigraphTerms()
    substitutions = {ox.Variable(name): convert(term) for name, term in (bindings or {}).items()}
    try:
        if default_graphs is None and named_graphs is None:
            return store.query(
                text,
                base_iri=base_iri,
                use_default_graph_as_union=True,
                substitutions=substitutions or None,
            )
        return store.query(
            text,
            base_iri=base_iri,
            default_graph=[ox.NamedNode(g) for g in default_graphs or ()],
            named_graphs=[ox.NamedNode(g) for g in named_graphs or ()],
            substitutions=substitutions or None,
        )
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"the query could not run: {error}") from None


def write_graph(graph: Graph, fmt: str, *, context: Mapping[str, Any] | None = None) -> bytes:
    """`graph` in the RDF syntax `fmt` (a key of GRAPH_FORMATS), UTF-8. JSON-LD is compacted
    with `context` when one is given, and carries it. CannotWrite when the syntax cannot hold
    the graph."""
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"unknown RDF syntax {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    if fmt in _OXIGRAPH_FORMATS:
        convert = OxigraphTerms()
        return ox.serialize(
            [ox.Triple(*(convert(term) for term in triple)) for triple in graph],
            format=_OXIGRAPH_FORMATS[fmt],
            prefixes=_prefixes_used(graph) if fmt in ("turtle", "trig") else None,
        )
    bind_prefixes(graph)
    if fmt == "jsonld":
        if context is None:
            return graph.serialize(format="json-ld", encoding="utf-8")
        return graph.serialize(
            format="json-ld", encoding="utf-8", context=dict(context), auto_compact=True
        )
    try:
        return graph.serialize(format="xml", encoding="utf-8")
    except Exception as error:  # rdflib: "there is no valid way to shorten <IRI>"
        raise CannotWrite(
            f"the answer cannot be written as RDF/XML ({error}); ask for another RDF syntax, "
            "such as Turtle"
        ) from None


def _prefixes_used(graph: Graph) -> dict[str, str]:
    """Our prefixes that some IRI of `graph` starts with, so an answer about one group does not
    open with thirty prefix lines."""
    iris = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    return {
        prefix: namespace
        for prefix, namespace in PREFIXES.items()
        if any(iri.startswith(namespace) for iri in iris)
    }


def json_ld_context_of(kg: KnowledgeGraph) -> dict[str, Any]:
    """The exporter's JSON-LD context for `kg` (`kg.export.json_ld_context`, generated from the
    ontology graph, or from the project's ontology when `kg` was loaded without it), worked out
    once per graph."""
    cached = kg.__dict__.get("_json_ld_context")
    if cached is not None and cached[0] == kg.revision:
        return cached[1]
    from kg.export import json_ld_context
    from kg.resources import ontology_dir

    ontology = Graph()
    name = ox.NamedNode(str(ONTOLOGY_GRAPH))
    convert = to_rdflib
    for quad in kg.store.quads_for_pattern(None, None, None, name):
        ontology.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))  # type: ignore[arg-type]
    if len(ontology) == 0:
        ontology.parse(ontology_dir() / "kg.ttl", format="turtle")
    context = json_ld_context(ontology)
    kg.__dict__["_json_ld_context"] = (kg.revision, context)
    return context
