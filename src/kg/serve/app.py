"""The web app of `kg serve`: routes, CORS and the worker pool's life.

Starlette is the web framework: small, typed, asynchronous (one slow query must not hold up the
other clients), with CORS middleware and streaming request bodies built in; uvicorn runs it.
The graph itself lives only in the worker processes, which answer every request that touches it.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.errors import KgError
from kg.load import KnowledgeGraph
from kg.namespaces import ID
from kg.serve.assets import static_file
from kg.serve.browse import MAX_PAGE_SIZE, PAGE_SIZE
from kg.serve.headers import SecurityHeaders
from kg.serve.limits import ServeSettings
from kg.serve.sparql import client_of, refuse, run_job, sparql_endpoint, vary_on_accept
from kg.serve.workers import WorkerPool

AS_OF = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
"""The form of a group page's as_of (the year slider's value); the day itself is checked where
it is used (kg.query.period_bindings)."""

PICTURE_SHARE = 0.5
"""The share of the time limit a group's page may spend drawing its pictures; the rest is for
the page itself and for waiting for a free worker."""


_RESERVED = {"query", "catalogue", "offset", "per_page", "format"}
"""Query-string fields of the query page and downloads that are not catalogue parameters."""


def _form_of(request: Request) -> dict[str, object] | Response:
    """The query page's fields (a typed query, or a catalogue query and its parameters), or
    the answer that refuses them: a query over the size limit, a field given twice."""
    settings: ServeSettings = request.app.state.settings
    fields = request.query_params
    for key in fields:
        values = fields.getlist(key)
        if len(set(values)) > 1:
            first, second = sorted(set(values))[:2]
            return refuse(400, f"{key} is given twice ({first!r} and {second!r}); give it once")
    query = fields.get("query") or None
    name = fields.get("catalogue") or None
    if query and len(query.encode()) > settings.max_request_bytes:
        return refuse(413, f"the query is longer than {settings.max_request_bytes} bytes")
    params = {k: v for k, v in fields.items() if k not in _RESERVED} if name else {}
    return {"query": None if name else query, "catalogue_name": name, "params": params}


def _whole_number(text: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(text) if text else default
    except ValueError:
        number = default
    return min(max(number, low), high)


async def query_page(request: Request) -> Response:
    """The query page: the editor and the catalogue's forms, with one page of the answer of the
    typed or picked query (kg.serve.browse: no row cap, the next page on demand)."""
    settings: ServeSettings = request.app.state.settings
    form = _form_of(request)
    if isinstance(form, Response):
        return form
    fields = request.query_params
    return await run_job(
        request.app.state.pool,
        "page",
        client_of(request),
        **form,
        max_depth=settings.max_query_depth,
        offset=_whole_number(fields.get("offset"), 0, 0, 10**9),
        size=_whole_number(fields.get("per_page"), PAGE_SIZE, 10, MAX_PAGE_SIZE),
    )


async def front_page(request: Request) -> Response:
    """Every group with its acronym, years and attacks; `/?query=…` and `/?catalogue=…` (the
    query page's addresses before it moved to /query) still answer as the query page."""
    if "query" in request.query_params or "catalogue" in request.query_params:
        return await query_page(request)
    return await run_job(request.app.state.pool, "front", client_of(request))


async def download(request: Request) -> Response:
    """/download?format=F&query=… or &catalogue=NAME&param=…: the whole answer as a file."""
    settings: ServeSettings = request.app.state.settings
    form = _form_of(request)
    if isinstance(form, Response):
        return form
    return await run_job(
        request.app.state.pool,
        "download",
        client_of(request),
        **form,
        fmt=request.query_params.get("format", "csv"),
        max_rows=settings.max_download_rows,
        max_depth=settings.max_query_depth,
    )


async def search_page(request: Request) -> Response:
    """/search?q=TEXT&kind=KIND: the closest names (kg.search), as a page or JSON by Accept."""
    text = request.query_params.get("q", "")
    if len(text.encode()) > 1_000:
        return refuse(413, "a name to search for is at most 1,000 bytes")
    response = await run_job(
        request.app.state.pool,
        "search",
        client_of(request),
        text=text,
        kind=request.query_params.get("kind") or None,
        accept=request.headers.get("accept", ""),
        limit=25,
    )
    return vary_on_accept(response)


async def entity(request: Request) -> Response:
    """A dereferenced entity IRI: https://w3id.org/ctkg/id/X is served at /id/X."""
    raw = request.url.path.removeprefix("/id/")
    candidates = list(dict.fromkeys([str(ID) + unquote(raw), str(ID) + raw]))
    # a group page's year slider asks for the network as it stood then (kg.serve.group_pictures)
    as_of = request.query_params.get("as_of", "").strip() or None
    if as_of is not None and not AS_OF.fullmatch(as_of):
        return refuse(400, "as_of is a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD")
    response = await run_job(
        request.app.state.pool,
        "entity",
        client_of(request),
        iris=candidates,
        accept=request.headers.get("accept", ""),
        max_rows=request.app.state.settings.max_rows,
        picture_seconds=request.app.state.settings.timeout * PICTURE_SHARE,
        as_of=as_of,
    )
    return vary_on_accept(response)


def ensure_can_listen(host: str, port: int) -> None:
    """Fail with a one-line error before start-up if the address cannot be listened on."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise KgError(
            f"cannot listen on {host}:{port} ({os.strerror(error.errno or 0)}); "
            "pick another --port or --host"
        ) from None


def create_app(
    kg: KnowledgeGraph,
    settings: ServeSettings | None = None,
    *,
    on_ready: Callable[[int], None] | None = None,
) -> Starlette:
    """A read-only SPARQL endpoint, entity pages and a query page over `kg`. `on_ready` is
    told how many query workers are ready once they are, just before the server accepts
    connections (`kg serve` prints it: at a million triples a user waited in silence)."""
    settings = settings or ServeSettings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        with tempfile.TemporaryDirectory(prefix="kg-serve-") as folder:
            # A build's on-disk store is opened by every worker as it is (read-only, held
            # against removal by `kg.store_hold` while the server runs); any other graph is
            # written out once for them.
            source = kg.store_path
            if source is None:
                source = Path(folder) / "graph.nq"
                kg.store.dump(source, format=ox.RdfFormat.N_QUADS)
            pool = WorkerPool(source, settings)
            app.state.pool = pool
            try:
                await pool.start()
                if on_ready is not None:
                    on_ready(settings.workers)
                yield
            finally:
                await pool.close()

    app = Starlette(
        routes=[
            Route("/", front_page, methods=["GET"]),
            Route("/query", query_page, methods=["GET"]),
            Route("/download", download, methods=["GET"]),
            Route("/static/{digest}/{name}", static_file, methods=["GET"]),
            Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
            Route("/id/{path:path}", entity, methods=["GET"]),
            Route("/search", search_page, methods=["GET"]),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
                max_age=3600,
            ),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    return app
