"""Content negotiation and serialisation of answers, as the SPARQL 1.1 Protocol asks.

SELECT and ASK answers go out as SPARQL results JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE
answers as Turtle, N-Triples or JSON-LD; the client's Accept header chooses. rdflib's own
serialisers are used except for TSV, which rdflib can read but not write.
"""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

from kg.load import bind_prefixes
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
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/json": "json-ld",
}
_CHARSET = {"text/csv", "text/tab-separated-values", "text/turtle", "text/html", "text/plain"}


def choose(accept: str | None, offered: Sequence[str]) -> str:
    """The offered media type the Accept header rates highest (ties: the order offered).

    No Accept header, or `*/*`, gets the first one offered."""
    if not accept or not accept.strip():
        return offered[0]
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
    best, best_q = None, 0.0
    for media in offered:
        main = media.split("/")[0]
        matches = [
            (3 if r == media else 2 if r == f"{main}/*" else 1, q)
            for r, q in ranges
            if r in (media, f"{main}/*", "*/*")
        ]
        if not matches:
            continue
        quality = max(matches)[1]
        if quality > best_q:
            best, best_q = media, quality
    if best is None:
        raise NotAcceptable(
            f"cannot answer in any type the Accept header asks for ({accept}); "
            f"this answer can be {', '.join(dict.fromkeys(offered))}"
        )
    return best


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


def serialise_graph(graph: Graph, media: str) -> bytes:
    bind_prefixes(graph)
    fmt = GRAPH_TYPES[media]
    return graph.serialize(format=fmt, encoding="utf-8")


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
