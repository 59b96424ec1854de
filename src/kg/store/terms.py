"""The one place where rdflib and pyoxigraph terms meet.

The stores are Oxigraph's (Rust, fast at a million quads); rdflib is the project's API for terms,
SHACL (pySHACL), the report graphs and the serialisers Oxigraph lacks. Every crossing goes
through here, so a rule about it is kept once: plain literals (Oxigraph gives every plain literal
its implicit xsd:string type, which rdflib treats as another term), and lexical forms kept as
written (rdflib would otherwise rewrite them from their value, `normalize=False`).
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import QueryError

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class OxigraphTerms:
    """rdflib terms to pyoxigraph terms, IRIs cached (they repeat a lot); None is the default
    graph."""

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


def _iri(value: str) -> URIRef:
    """An rdflib IRI for one Oxigraph holds, made without rdflib's check of its characters:
    Oxigraph only holds valid IRIs, and the check is most of the cost of `URIRef(value)` (an
    answer of conflicting-claims at the L corpus hands back 3,568 distinct IRIs: 40 ms made
    with the check, 6 ms without). A URIRef is a str with no state of its own; this is what
    its constructor does after the check."""
    return str.__new__(URIRef, value)


def to_rdflib(term: object) -> Node | None:
    """A pyoxigraph term as the rdflib term the rest of the project works with."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string
        # normalize=False: rdflib would otherwise rewrite the lexical form from its Python
        # value ("2020-01-01+00:00"^^xsd:date loses its time zone, "01" becomes "1"), and
        # validation must see the data as written (kg.store.as_written)
        return Literal(term.value, datatype=URIRef(term.datatype.value), normalize=False)
    raise QueryError(f"unexpected term {term!r} in a query answer")


class RdflibTerms:
    """`to_rdflib` for the rows of one answer, each distinct term converted once: answers repeat
    the same places, sections and labels row after row, and an rdflib Literal is costly to make
    (it parses its lexical form)."""

    def __init__(self) -> None:
        self.seen: dict[object, Node | None] = {}

    def __call__(self, term: object) -> Node | None:
        if term is None:
            return None
        if type(term) is ox.NamedNode:  # made faster than it is found again (`_iri`)
            return _iri(term.value)
        found = self.seen.get(term)
        if found is None:
            found = self.seen[term] = to_rdflib(term)
        return found


def plain_literal(term: object) -> object:
    """An rdflib xsd:string literal as the plain literal rdflib writes and matches (RDF 1.1
    makes them one term; rdflib does not), anything else as it is."""
    if isinstance(term, Literal) and term.datatype == XSD.string and not term.language:
        return Literal(str(term))
    return term
