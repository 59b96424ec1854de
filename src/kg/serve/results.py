"""Content negotiation and serialisation of answers, as the SPARQL 1.1 Protocol asks.

SELECT and ASK answers go out as SPARQL results JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE
answers in every RDF syntax `kg export` writes (Turtle, N-Triples, N-Quads, TriG, RDF/XML,
JSON-LD with the exporter's `@context`); the client's Accept header chooses, q-values included
(RFC 9110 section 12.5.1). RDF/XML is the default of SPARQLWrapper and rdflib's SPARQLStore for
CONSTRUCT, so without it both fail out of the box.

RDF/XML cannot write every graph: a predicate IRI must split into a namespace and an XML name
(`http://example.org/1` cannot). Such an answer goes out in the next type the client accepts,
and only when none is left is it 406 with the reason. Oxigraph writes the line-based syntaxes
(fast and exact); rdflib writes RDF/XML (it refuses what it cannot write, where Oxigraph writes
an element with no name) and JSON-LD (compacted with a context). SPARQL results are rdflib's,
except TSV, which rdflib can read but not write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

from kg.construct import write_graph
from kg.serve.limits import NotAcceptable

SELECT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
}
ASK_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "application/json": "json",
    "application/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/rdf+xml": "xml",
    "application/ld+json": "jsonld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
    "application/json": "jsonld",
    "application/xml": "xml",
}
"""Media types of CONSTRUCT and DESCRIBE answers, each with the `kg.construct.GRAPH_FORMATS`
syntax that writes it; the first is the default. `application/json` and `application/xml` are
what older clients ask for."""
_CHARSET = {"text/csv", "text/tab-separated-values", "text/turtle", "text/html", "text/plain"}


def choose(accept: str | None, offered: Sequence[str]) -> str:
    """The offered media type the Accept header rates highest (ties: the order offered).

    No Accept header, or `*/*`, gets the first one offered."""
    return acceptable(accept, offered)[0]


def acceptable(accept: str | None, offered: Sequence[str]) -> list[str]:
    """Every offered media type the Accept header allows, best first (by its q-value, then in
    the order offered); NotAcceptable when there is none. A type's q-value is the one of the
    most specific range that matches it (`text/turtle;q=0` beats `*/*`), and q=0 refuses it."""
    if not accept or not accept.strip():
        return list(offered)
    ranges: list[tuple[str, float]] = []
    for item in accept.split(","):
        media, *options = (part.strip() for part in item.split(";"))
        quality = 1.0
        for option in options:
            key, _, value = option.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media.lower(), quality))
    rated: list[tuple[float, int, str]] = []
    for position, media in enumerate(offered):
        main = media.split("/")[0]
        matches = [
            (3 if r == media else 2 if r == f"{main}/*" else 1, q)
            for r, q in ranges
            if r in (media, f"{main}/*", "*/*")
        ]
        if matches:
            quality = max(matches)[1]
            if quality > 0:
                rated.append((-quality, position, media))
    if not rated:
        raise NotAcceptable(
            f"cannot answer in any type the Accept header asks for ({accept}); "
            f"this answer can be {', '.join(dict.fromkeys(offered))}"
        )
    return [media for _, _, media in sorted(rated)]


def content_type(media: str) -> str:
    return f"{media}; charset=utf-8" if media in _CHARSET else media


def serialise_rows(
    variables: Sequence[str], rows: Sequence[Sequence[Node | None]], media: str
) -> bytes:
    """A SELECT answer in the negotiated results format."""
    fmt = SELECT_TYPES[media]
    if fmt == "tsv":
        return _tsv(variables, rows).encode("utf-8")
    result = Result("SELECT")
    result.vars = [Variable(v) for v in variables]
    result.bindings = [
        {Variable(v): t for v, t in zip(variables, row, strict=True) if t is not None}
        for row in rows
    ]
    return result.serialize(format=fmt, encoding="utf-8") or b""


def serialise_boolean(answer: bool, media: str) -> bytes:
    result = Result("ASK")
    result.askAnswer = answer
    return result.serialize(format=ASK_TYPES[media], encoding="utf-8") or b""


def serialise_graph(graph: Graph, media: str, *, context: Mapping[str, Any] | None = None) -> bytes:
    """A CONSTRUCT or DESCRIBE answer (or an entity's description) in the negotiated RDF
    syntax, JSON-LD with `context` (see `kg.construct.write_graph`)."""
    return write_graph(graph, GRAPH_TYPES[media], context=context)


def _tsv(variables: Sequence[str], rows: Sequence[Sequence[Node | None]]) -> str:
    """SPARQL 1.1 TSV: a `?name` header, then terms written as in Turtle, one row a line."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in rows:
        lines.append("\t".join(_tsv_term(t) for t in row))
    return "\n".join(lines) + "\n"


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = (
            str(term)
            .replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
        )
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return str(term)
