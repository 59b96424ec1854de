"""Run queries on an in-memory Oxigraph copy of the graph: the embedded default for `kg query`.

rdflib's SPARQL engine is the reference, but it evaluates `GRAPH ?section { … }` patterns and
some joins by scanning, so provenance questions ("who says so?") grow with the number of
section graphs: `conflicting-claims` took more than ten minutes on a 16 k-triple corpus, and
milliseconds on Oxigraph. The reasoned rdflib dataset is copied once into a pyoxigraph Store
(kept with the graph until the graph changes) and queried there, with the default graph as the
union of the named graphs, as everywhere else in the project.

Parameters are bound exactly as for a remote store (`kg.store.bind_with_values`): values that are
already RDF terms, in a VALUES block at the top of WHERE. The same catalogue rows come back as
from rdflib (tested), except that Oxigraph writes language tags in lower case (`ar-latn`), which
BCP 47 treats as the same tag.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError
from kg.load import KnowledgeGraph
from kg.query import QueryResult, ensure_safe_query
from kg.store import bind_with_values

_CACHE_ATTRIBUTE = "_oxigraph_copy"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class OxigraphStore:
    """A QueryTarget over an in-memory Oxigraph copy of a KnowledgeGraph."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.store = oxigraph_copy(kg)

    def select(self, query: str, bindings: Mapping[str, Node]) -> QueryResult:
        ensure_safe_query(query)
        text = bind_with_values(query, bindings) if bindings else query
        try:
            answer = self.store.query(text, use_default_graph_as_union=True)
        except (SyntaxError, ValueError, OSError) as error:
            raise QueryError(f"the query could not run: {error}") from None
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(variables=[], boolean=bool(answer))
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError("only SELECT and ASK queries can be printed as rows")
        variables = [v.value for v in answer.variables]
        rows = [
            tuple(to_rdflib(solution[v]) for v in answer.variables) for solution in answer
        ]
        return QueryResult(variables=variables, rows=rows)


def oxigraph_copy(kg: KnowledgeGraph) -> ox.Store:
    """The graph's Oxigraph copy, made on first use and again whenever the graph has changed."""
    size = len(kg.dataset.store)
    cached = kg.__dict__.get(_CACHE_ATTRIBUTE)
    if cached is not None and cached[0] == size:
        return cached[1]
    store = ox.Store()
    convert = OxigraphTerms()
    store.bulk_extend(
        ox.Quad(convert(s), convert(p), convert(o), _graph_name(g))
        for s, p, o, g in kg.dataset.quads((None, None, None, None))
    )
    kg.__dict__[_CACHE_ATTRIBUTE] = (size, store)
    return store


def _graph_name(graph: object) -> ox.NamedNode | ox.DefaultGraph:
    identifier = getattr(graph, "identifier", graph)
    return ox.NamedNode(str(identifier)) if isinstance(identifier, URIRef) else ox.DefaultGraph()


class OxigraphTerms:
    """rdflib terms to pyoxigraph terms, IRIs cached (they repeat a lot); None is the default
    graph. Shared by the query copy here and the validator's SPARQL store."""

    def __init__(self) -> None:
        self.iris: dict[URIRef, ox.NamedNode] = {}

    def __call__(self, term: Node | None) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(term, URIRef):
            found = self.iris.get(term)
            if found is None:
                found = self.iris[term] = ox.NamedNode(str(term))
            return found
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype:
                return ox.Literal(str(term), datatype=self(term.datatype))
            return ox.Literal(str(term))
        if term is None:
            return ox.DefaultGraph()
        raise QueryError(f"cannot hand {term!r} to Oxigraph")


def to_rdflib(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"unexpected term {term!r} in a query answer")
