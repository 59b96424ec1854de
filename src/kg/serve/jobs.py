"""The work a server's worker process does on its copy of the graph, one function per kind of
request. Each returns a finished HTTP answer (`Reply`), so the web process only forwards bytes and
never parses a query or walks the graph itself: it stays free to answer other clients.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urljoin

import pyoxigraph as ox
from rdflib import URIRef

from kg.construct import (
    GRAPH_FORMS,
    CannotWrite,
    TooManyTriples,
    json_ld_context_of,
    run_graph_query,
    run_on_dataset,
)
from kg.errors import KgError, ParameterError, QueryError, UnsafeQueryError
from kg.load import KnowledgeGraph
from kg.query_catalogue import catalogue
from kg.serve import browse, entities, group_pictures, pages
from kg.serve.limits import NotAcceptable, ResultTooLarge
from kg.serve.results import (
    ASK_TYPES,
    GRAPH_TYPES,
    SELECT_TYPES,
    acceptable,
    choose,
    content_type,
    serialise_boolean,
    serialise_graph,
    serialise_rows,
)
from kg.store.sparql import MAX_QUERY_DEPTH, CheckedQuery, check_query

ENTITY_TYPES = ["text/html", *GRAPH_TYPES]
"""An entity page is HTML for a browser, else RDF in any syntax a CONSTRUCT answer can have."""


@dataclass(frozen=True)
class Reply:
    """A finished HTTP answer."""

    status: int
    media_type: str
    body: bytes
    retire: bool = False
    """The worker must be replaced after this answer (it ran out of memory)."""
    filename: str | None = None
    """A download's file name (sent as Content-Disposition: attachment)."""


def error_reply(error: Exception) -> Reply:
    """A user's mistake as a short text answer with the status that says whose it is."""
    if isinstance(error, UnsafeQueryError):
        status = 403
    elif isinstance(error, NotAcceptable | CannotWrite):
        status = 406
    elif isinstance(error, ResultTooLarge | TooManyTriples):
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


def checked(
    query: str, max_depth: int = MAX_QUERY_DEPTH, *, allow_dataset: bool = False
) -> CheckedQuery:
    """The query after the safety checks: the text to run (the one that was checked) and its form
    (SelectQuery, AskQuery, ConstructQuery, DescribeQuery). Tools ask the same questions again
    and again, so `check_query` keeps the last few hundred it passed (a refused query raises
    and is not kept). `allow_dataset` lets FROM / FROM NAMED through (see `dataset_of`)."""
    return check_query(query, max_depth=max_depth, allow_dataset=allow_dataset)


@dataclass(frozen=True)
class Dataset:
    """The graphs a query reads, when it names them (the protocol's `default-graph-uri` and
    `named-graph-uri`, or the query's FROM / FROM NAMED): IRIs of graphs the service holds."""

    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


def dataset_of(
    kg: KnowledgeGraph,
    safe: CheckedQuery,
    *,
    base_iri: str | None,
    default_graph_uris: tuple[str, ...] = (),
    named_graph_uris: tuple[str, ...] = (),
) -> Dataset | None:
    """The dataset a protocol request asks for, or None for the service's own (the union of
    all named graphs as the default graph). The protocol's parameters win over the query's
    FROM / FROM NAMED, as the SPARQL 1.1 Protocol says. Every graph named must be one the
    service holds: nothing is ever fetched (Oxigraph reads FROM graphs from its own store, and
    the query workers have no network), and a graph the service does not hold is a 400 that
    says so, not an empty answer that looks like one."""
    if default_graph_uris or named_graph_uris:
        defaults, named = default_graph_uris, named_graph_uris
    elif safe.default_graphs or safe.named_graphs:
        defaults, named = safe.default_graphs, safe.named_graphs
    else:
        return None
    resolve = (lambda iri: urljoin(base_iri, iri)) if base_iri else (lambda iri: iri)
    dataset = Dataset(
        tuple(dict.fromkeys(resolve(g) for g in defaults)),
        tuple(dict.fromkeys(resolve(g) for g in named)),
    )
    for iri in (*dataset.default_graphs, *dataset.named_graphs):
        try:
            held = kg.store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:
            raise QueryError(f"the dataset names {iri!r}, which is not an IRI") from None
        if not held:
            raise QueryError(
                f"the dataset names <{iri}>, which is not a graph this service holds; it never "
                "fetches graphs from elsewhere. Its graphs are listed by "
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
            )
    return dataset


def answer(
    kg: KnowledgeGraph,
    query: str,
    max_rows: int,
    max_depth: int = MAX_QUERY_DEPTH,
    *,
    base_iri: str | None = None,
    default_graph_uris: tuple[str, ...] = (),
    named_graph_uris: tuple[str, ...] = (),
    allow_dataset: bool = False,
) -> Answer:
    """Run a query after the safety checks, keeping at most `max_rows` rows or triples. The
    query runs in Oxigraph, over the union of the named graphs as `kg query` does, or over the
    dataset the request names (see `dataset_of`); relative IRIs resolve against `base_iri` (the
    service's own URL). What runs is the checked text, never the text as sent."""
    from kg.store.terms import to_rdflib

    safe = checked(query, max_depth, allow_dataset=allow_dataset)
    form = safe.form
    dataset = dataset_of(
        kg,
        safe,
        base_iri=base_iri,
        default_graph_uris=default_graph_uris,
        named_graph_uris=named_graph_uris,
    )
    graphs = {
        "base_iri": base_iri,
        "default_graphs": dataset.default_graphs if dataset else None,
        "named_graphs": dataset.named_graphs if dataset else None,
    }
    if form in GRAPH_FORMS:
        try:
            graph = run_graph_query(kg.store, safe.text, max_triples=max_rows, **graphs)
        except TooManyTriples:
            raise ResultTooLarge(_too_large(max_rows, "triples")) from None
        return Answer(form, [], [], graph=graph)
    result = run_on_dataset(kg.store, safe.text, **graphs)
    if form == "AskQuery":
        return Answer(form, [], [], boolean=bool(result))
    assert isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append(tuple(to_rdflib(solution[v]) for v in result.variables))
        if len(rows) > max_rows:
            break
    del result  # before raising: "An answer belongs to the thread" (kg.store.embedded)
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
    base_iri: str | None = None,
    default_graph_uris: tuple[str, ...] = (),
    named_graph_uris: tuple[str, ...] = (),
) -> Reply:
    """SPARQL 1.1 Protocol query operation, over the dataset the request names, if any."""
    form = checked(query, max_depth, allow_dataset=True).form
    offered = {
        "AskQuery": ASK_TYPES,
        "ConstructQuery": GRAPH_TYPES,
        "DescribeQuery": GRAPH_TYPES,
    }.get(form, SELECT_TYPES)
    ranked = acceptable(accept, list(offered))  # before running: a 406 costs nothing
    result = answer(
        kg,
        query,
        max_rows,
        max_depth,
        base_iri=base_iri,
        default_graph_uris=default_graph_uris,
        named_graph_uris=named_graph_uris,
        allow_dataset=True,
    )
    media = ranked[0]
    if result.boolean is not None:
        body = serialise_boolean(result.boolean, media)
    elif result.graph is not None:
        media, body = graph_reply(kg, result.graph, ranked)
    else:
        body = serialise_rows(result.variables, result.rows, media)
    return Reply(200, content_type(media), body)


def graph_reply(kg: KnowledgeGraph, graph: object, ranked: list[str]) -> tuple[str, bytes]:
    """The graph in the best of the `ranked` RDF media types that can hold it (RDF/XML cannot
    hold every graph), JSON-LD with the exporter's context."""
    refusal: CannotWrite | None = None
    for media in ranked:
        context = json_ld_context_of(kg) if GRAPH_TYPES[media] == "jsonld" else None
        try:
            return media, serialise_graph(graph, media, context=context)  # type: ignore[arg-type]
        except CannotWrite as error:
            refusal = refusal or error
    assert refusal is not None
    raise refusal


def entity(
    kg: KnowledgeGraph,
    *,
    iris: list[str],
    accept: str,
    max_rows: int,
    picture_seconds: float | None = None,
    as_of: str | None = None,
) -> Reply:
    """A dereferenced entity IRI: an HTML page or an RDF description, by Accept header. A
    group's page carries its pictures, drawn within `picture_seconds` (see group_pictures),
    the lineage as it stood at `as_of` if given (the page's year slider)."""
    media = choose(accept, ENTITY_TYPES)
    for text in iris:
        iri = URIRef(text)
        if entities.is_known(kg, iri):
            break
    else:
        return _unknown_entity(kg, iris[0], accept)
    if media == "text/html":
        description = entities.describe(kg, iri, limit=max_rows)
        pictures = (
            group_pictures.pictures_of(kg, iri, seconds=picture_seconds, as_of=as_of)
            if group_pictures.is_organisation(kg, iri)
            else None
        )
        html = pages.entity_page(description, pictures)
        return Reply(200, content_type(media), html.encode())
    graph = entities.description_graph(kg, iri, limit=max_rows)
    ranked = [m for m in acceptable(accept, ENTITY_TYPES) if m != "text/html"]
    media, body = graph_reply(kg, graph, ranked)
    return Reply(200, content_type(media), body)


def page(
    kg: KnowledgeGraph,
    *,
    query: str | None,
    catalogue_name: str | None,
    params: Mapping[str, str],
    max_depth: int = MAX_QUERY_DEPTH,
    offset: int = 0,
    size: int = browse.PAGE_SIZE,
) -> Reply:
    """The query page, with one page of the answer of the typed or picked query when there is
    one (browse.page_of: no row cap, the next page on demand)."""
    queries = catalogue()
    status, result, error, shown = 200, None, None, None
    try:
        if catalogue_name or query:
            prepared = browse.prepare(
                kg, query=query, catalogue_name=catalogue_name, params=params, max_depth=max_depth
            )
            result = browse.page_of(kg, prepared, offset=offset, size=size)
            shown = prepared
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
        downloads=browse.formats_for(shown.form) if shown else {},
        xlsx=browse.xlsx_available(),
    )
    return Reply(status, "text/html; charset=utf-8", html.encode())


def front(kg: KnowledgeGraph) -> Reply:
    """The front page: every group, its acronym, years and attacks, each linking its page."""
    html = pages.front_page(browse.groups(kg))
    return Reply(200, "text/html; charset=utf-8", html.encode())


def download(
    kg: KnowledgeGraph,
    *,
    query: str | None,
    catalogue_name: str | None,
    params: Mapping[str, str],
    fmt: str,
    max_rows: int,
    max_depth: int = MAX_QUERY_DEPTH,
) -> Reply:
    """The whole answer of a typed or catalogue query as a file (browse.download)."""
    prepared = browse.prepare(
        kg, query=query, catalogue_name=catalogue_name, params=params, max_depth=max_depth
    )
    got = browse.download(kg, prepared, fmt=fmt, max_rows=max_rows)
    return Reply(200, got.media_type, got.body, filename=got.filename)


def _unknown_entity(kg: KnowledgeGraph, iri: str, accept: str) -> Reply:
    """404, with the entities whose names are closest to the address's last part
    ("…/group/shabaab" → "shabaab"): a page for a browser, lines for anything else."""
    from kg.search import did_you_mean
    from kg.search import search as search_names

    words = unquote(iri.rstrip("/").rsplit("/", 1)[-1]).replace("-", " ").replace("_", " ")
    candidates = search_names(kg, words, limit=5) if words.strip() else []
    try:
        browser = choose(accept, ["text/html", "text/plain"]) == "text/html"
    except NotAcceptable:  # an RDF client: the short text answer, whatever it asked for
        browser = False
    if browser:
        html = pages.search_page(text=words, kind=None, candidates=candidates, missing=iri)
        return Reply(404, "text/html; charset=utf-8", html.encode())
    return Reply(
        404,
        "text/plain; charset=utf-8",
        f"nothing is known about <{iri}>{did_you_mean(candidates)}\n".encode(),
    )


def search(kg: KnowledgeGraph, *, text: str, kind: str | None, accept: str, limit: int) -> Reply:
    """The ranked candidates for a name (kg.search), as a page or as JSON."""
    from kg.search import KINDS
    from kg.search import search as search_names

    if kind is not None and kind not in KINDS:
        return error_reply(ParameterError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}"))
    candidates = search_names(kg, text, kind=kind, limit=limit) if text.strip() else []
    if choose(accept, ["text/html", "application/json"]) == "application/json":
        rows = [
            {
                "iri": str(c.entity),
                "name": c.label,
                "kind": c.kind,
                "matched": c.matched,
                "matchedAs": c.matched_as,
                "score": c.score,
            }
            for c in candidates
        ]
        return Reply(200, "application/json", json.dumps(rows, ensure_ascii=False).encode())
    html = pages.search_page(text=text or None, kind=kind, candidates=candidates)
    return Reply(200, "text/html; charset=utf-8", html.encode())


JOBS = {
    "sparql": sparql,
    "entity": entity,
    "page": page,
    "search": search,
    "front": front,
    "download": download,
}
