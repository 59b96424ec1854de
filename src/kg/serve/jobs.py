"""The work a server's worker process does on its copy of the graph, one function per kind of
request. Each returns a finished HTTP answer (`Reply`), so the web process only forwards bytes and
never parses a query or walks the graph itself: it stays free to answer other clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

from kg.errors import KgError, ParameterError, QueryError, UnsafeQueryError
from kg.load import KnowledgeGraph
from kg.query import MAX_QUERY_DEPTH, CheckedQuery, check_query, run_query
from kg.query_catalogue import catalogue
from kg.serve import entities, group_pictures, pages
from kg.serve.limits import NotAcceptable, ResultTooLarge
from kg.serve.results import (
    ASK_TYPES,
    GRAPH_TYPES,
    SELECT_TYPES,
    choose,
    content_type,
    serialise_boolean,
    serialise_graph,
    serialise_rows,
)

ENTITY_TYPES = ["text/html", "text/turtle", "application/ld+json", "application/n-triples"]


@dataclass(frozen=True)
class Reply:
    """A finished HTTP answer."""

    status: int
    media_type: str
    body: bytes
    retire: bool = False
    """The worker must be replaced after this answer (it ran out of memory)."""


def error_reply(error: Exception) -> Reply:
    """A user's mistake as a short text answer with the status that says whose it is."""
    if isinstance(error, UnsafeQueryError):
        status = 403
    elif isinstance(error, NotAcceptable):
        status = 406
    elif isinstance(error, ResultTooLarge):
        status = 422
    elif isinstance(error, KgError):
        status = 400
    else:
        status = 500
    return Reply(status, "text/plain; charset=utf-8", f"{error}\n".encode())


@dataclass
class Answer:
    """A query's answer collected within the size cap."""

    form: str
    variables: list[str]
    rows: list[tuple[Any, ...]]
    boolean: bool | None = None
    graph: Any = None


def checked(query: str, max_depth: int = MAX_QUERY_DEPTH) -> CheckedQuery:
    """The query after the safety checks: the text to run (the one that was checked) and its form
    (SelectQuery, AskQuery, ConstructQuery, DescribeQuery). Tools ask the same questions again
    and again, so `check_query` keeps the last few hundred it passed (a refused query raises
    and is not kept)."""
    return check_query(query, max_depth=max_depth)


def answer(
    kg: KnowledgeGraph, query: str, max_rows: int, max_depth: int = MAX_QUERY_DEPTH
) -> Answer:
    """Run a query after the safety checks, keeping at most `max_rows` rows or triples. The
    query runs in Oxigraph, over the union of the named graphs, as `kg query` does; what runs is
    the checked text, never the text as sent."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.fast_query import to_rdflib

    safe = checked(query, max_depth)
    form = safe.form
    try:
        result = kg.store.query(safe.text, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"the query could not run: {error}") from None
    if form == "AskQuery":
        return Answer(form, [], [], boolean=bool(result))
    if form in ("ConstructQuery", "DescribeQuery"):
        graph = Graph()
        for triple in result:
            graph.add(tuple(to_rdflib(term) for term in triple))
            if len(graph) > max_rows:
                raise ResultTooLarge(_too_large(max_rows, "triples"))
        return Answer(form, [], [], graph=graph)
    assert isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append(tuple(to_rdflib(solution[v]) for v in result.variables))
        if len(rows) > max_rows:
            raise ResultTooLarge(_too_large(max_rows, "rows"))
    return Answer(form, variables, rows)


def _too_large(cap: int, unit: str) -> str:
    return (
        f"the answer has more than {cap} {unit}, the server's cap; add a LIMIT or narrow "
        "the query (the operator can raise the cap with kg serve --max-rows)"
    )


def sparql(
    kg: KnowledgeGraph,
    *,
    query: str,
    accept: str,
    max_rows: int,
    max_depth: int = MAX_QUERY_DEPTH,
) -> Reply:
    """SPARQL 1.1 Protocol query operation."""
    form = checked(query, max_depth).form
    offered = {
        "AskQuery": ASK_TYPES,
        "ConstructQuery": GRAPH_TYPES,
        "DescribeQuery": GRAPH_TYPES,
    }.get(form, SELECT_TYPES)
    media = choose(accept, list(offered))  # before running: a 406 costs nothing
    result = answer(kg, query, max_rows, max_depth)
    if result.boolean is not None:
        body = serialise_boolean(result.boolean, media)
    elif result.graph is not None:
        body = serialise_graph(result.graph, media)
    else:
        body = serialise_rows(result.variables, result.rows, media)
    return Reply(200, content_type(media), body)


def entity(
    kg: KnowledgeGraph,
    *,
    iris: list[str],
    accept: str,
    max_rows: int,
    picture_seconds: float | None = None,
) -> Reply:
    """A dereferenced entity IRI: an HTML page or an RDF description, by Accept header. A
    group's page carries its pictures, drawn within `picture_seconds` (see group_pictures)."""
    media = choose(accept, ENTITY_TYPES)
    for text in iris:
        iri = URIRef(text)
        if entities.is_known(kg, iri):
            break
    else:
        return Reply(
            404, "text/plain; charset=utf-8", f"nothing is known about <{iris[0]}>\n".encode()
        )
    if media == "text/html":
        description = entities.describe(kg, iri, limit=max_rows)
        pictures = (
            group_pictures.pictures_of(kg, iri, seconds=picture_seconds)
            if group_pictures.is_organisation(kg, iri)
            else None
        )
        html = pages.entity_page(description, pictures)
        return Reply(200, content_type(media), html.encode())
    graph = entities.description_graph(kg, iri, limit=max_rows)
    return Reply(200, content_type(media), serialise_graph(graph, media))


def page(
    kg: KnowledgeGraph,
    *,
    query: str | None,
    catalogue_name: str | None,
    params: Mapping[str, str],
    max_rows: int,
    max_depth: int = MAX_QUERY_DEPTH,
) -> Reply:
    """The query page, with the answer of the typed or picked query when there is one."""
    queries = catalogue()
    status, result, error = 200, None, None
    try:
        if catalogue_name:
            picked = queries.get(catalogue_name)
            if picked is None:
                raise ParameterError(f"no catalogue query is named {catalogue_name!r}")
            given = {k: v for k, v in params.items() if v.strip()}
            rows = run_query(kg, picked, given)
            if len(rows.rows) > max_rows:
                raise ResultTooLarge(_too_large(max_rows, "rows"))
            result = Answer("SelectQuery", rows.variables, rows.rows, boolean=rows.boolean)
        elif query:
            result = answer(kg, query, max_rows, max_depth)
    except KgError as problem:
        reply = error_reply(problem)
        status, error = reply.status, str(problem)
    html = pages.query_page(
        queries=list(queries.values()),
        query=query,
        catalogue_name=catalogue_name,
        params=params,
        result=result,
        error=error,
    )
    return Reply(status, "text/html; charset=utf-8", html.encode())


JOBS = {"sparql": sparql, "entity": entity, "page": page}
