"""The SPARQL 1.1 Protocol query operation, kept apart from the rest of the web app.

GET with `?query=`, POST with a form body (`query=`, `Content-Type:
application/x-www-form-urlencoded`) or an `application/sparql-query` body, as the protocol
(section 2.1) lists them; a POST without a Content-Type is 400 and one of another type 415, and a
body in another encoding than UTF-8 is 415. The endpoint is read-only: an update (`update=`,
`application/sparql-update`, or an update sent as a query) is refused with 403, as is SERVICE.

The dataset: `default-graph-uri` / `named-graph-uri` and a query's own FROM / FROM NAMED are
honoured when they name graphs the service holds (provenance, one profile section, is such a
graph), the protocol's parameters winning over FROM as the protocol says; a graph the service
does not hold is 400 with the reason. Nothing is ever fetched: Oxigraph reads FROM graphs from
its own store and the workers have no network. Relative IRIs in a query resolve against the
endpoint's own URL (the protocol lets the service choose the base IRI). Every answer of a
negotiated route says `Vary: Accept`, so a shared cache keeps the Turtle and the HTML apart.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import KgError
from kg.serve.jobs import Reply, error_reply
from kg.serve.limits import ClientOverShare, QueryTimeout, ServerBusy, ServeSettings
from kg.serve.workers import WorkerPool

log = logging.getLogger("kg.serve")

_USAGE = (
    "send a SPARQL query as GET ?query=…, or POST it as a form field query=… or as an "
    "application/sparql-query body"
)


def refuse(status: int, message: str, retry_after: float | None = None) -> Response:
    headers = {"Retry-After": str(math.ceil(retry_after))} if retry_after else None
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


@dataclass(frozen=True)
class ProtocolQuery:
    """One query operation as the protocol request gave it."""

    query: str
    default_graph_uris: tuple[str, ...] = ()
    named_graph_uris: tuple[str, ...] = ()


_FORM = "application/x-www-form-urlencoded"
_DIRECT = "application/sparql-query"
_SAFE_IRI = re.compile(r'[a-z][a-z0-9+.-]*://[^<>"{}|^`\\\x00-\x20]*', re.IGNORECASE)


def vary_on_accept(response: Response) -> Response:
    """Say that the answer depends on the Accept header (HTTP caches key on it)."""
    vary = response.headers.get("vary")
    if not vary:
        response.headers["Vary"] = "Accept"
    elif "accept" not in {v.strip().lower() for v in vary.split(",")}:
        response.headers["Vary"] = f"{vary}, Accept"
    return response


def base_iri_of(request: Request) -> str:
    """The IRI relative IRIs in a query resolve against: the endpoint's own URL, without its
    query string. Built from the Host header, so a header that makes no IRI falls back to the
    address the server listens on."""
    url = str(request.url.replace(query="", fragment=""))
    if _SAFE_IRI.fullmatch(url):
        return url
    host, port = request.scope.get("server") or ("127.0.0.1", 80)
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/sparql"


def client_of(request: Request) -> str:
    """The address a request's share of the workers is counted by (see WorkerPool)."""
    return request.client.host if request.client else ""


async def read_query(request: Request, settings: ServeSettings) -> ProtocolQuery | Response:
    """The query of a protocol request, or the answer that refuses the request."""
    fields: dict[str, list[str]] = {
        k: request.query_params.getlist(k) for k in request.query_params
    }
    body_query = None
    if request.method == "POST":
        try:
            body = await _read_body(request, settings.max_request_bytes)
        except ClientDisconnect:  # nobody is left to answer: one short line, no traceback
            log.info("kg serve: %s went away while sending its request", client_of(request))
            return refuse(400, "the request body ended early")
        if body is None:
            return refuse(413, f"the request is larger than {settings.max_request_bytes} bytes")
        content_type = request.headers.get("content-type", "")
        media, *options = (part.strip() for part in content_type.split(";"))
        media = media.lower()
        if media == "application/sparql-update":
            return refuse(403, "updates are not allowed: this endpoint is read-only")
        if not media:
            return refuse(
                400,
                "the POST has no Content-Type; send Content-Type: application/sparql-query "
                f"with the query as the body, or {_FORM} with query=…",
            )
        if media not in (_FORM, _DIRECT):
            return refuse(415, f"unsupported request body type {media!r}; {_USAGE}")
        charset = _charset(options)
        if charset not in ("utf-8", "utf8"):
            return refuse(415, f"the body is in {charset}; send it in UTF-8 (the protocol's)")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            return refuse(400, f"the body is not UTF-8 (byte {error.start}); send it in UTF-8")
        if media == _DIRECT:
            body_query = text
        else:
            for key, values in parse_qs(text, keep_blank_values=True).items():
                fields.setdefault(key, []).extend(values)
    queries = fields.get("query", []) + ([body_query] if body_query is not None else [])
    if "update" in fields or any(k.startswith("using-") for k in fields):
        if queries:
            return refuse(400, "a request carries a query or an update, never both")
        return refuse(403, "updates are not allowed: this endpoint is read-only")
    if len(queries) != 1 or not queries[0].strip():
        return refuse(400, f"exactly one query is needed: {_USAGE}")
    if len(queries[0].encode()) > settings.max_request_bytes:
        return refuse(413, f"the query is longer than {settings.max_request_bytes} bytes")
    return ProtocolQuery(
        queries[0],
        tuple(fields.get("default-graph-uri", [])),
        tuple(fields.get("named-graph-uri", [])),
    )


def _charset(options: list[str]) -> str:
    """The charset parameter of a Content-Type (its options after the media type), else UTF-8."""
    for option in options:
        key, _, value = option.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return "utf-8"


async def _read_body(request: Request, limit: int) -> bytes | None:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def to_response(reply: Reply) -> Response:
    headers = None
    if reply.filename:  # made by the server from a catalogue name or "query": no quoting needed
        headers = {"Content-Disposition": f'attachment; filename="{reply.filename}"'}
    return Response(
        reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers
    )


async def run_job(pool: WorkerPool, job: str, client: str, **kwargs: object) -> Response:
    """A job's answer as a response; the time limit and a busy server as 503, a client over
    its share of the workers as 429, both with Retry-After."""
    try:
        reply = await pool.run(job, client=client, **kwargs)
    except ClientOverShare as error:
        return refuse(429, str(error), retry_after=error.retry_after)
    except (QueryTimeout, ServerBusy) as error:
        return refuse(503, str(error), retry_after=pool.settings.timeout)
    except KgError as error:
        return to_response(error_reply(error))
    return to_response(reply)


async def sparql_endpoint(request: Request) -> Response:
    pool: WorkerPool = request.app.state.pool
    settings: ServeSettings = request.app.state.settings
    operation = await read_query(request, settings)
    if isinstance(operation, Response):
        return vary_on_accept(operation)
    response = await run_job(
        pool,
        "sparql",
        client_of(request),
        query=operation.query,
        accept=request.headers.get("accept", ""),
        max_rows=settings.max_rows,
        max_depth=settings.max_query_depth,
        base_iri=base_iri_of(request),
        default_graph_uris=operation.default_graph_uris,
        named_graph_uris=operation.named_graph_uris,
    )
    return vary_on_accept(response)
