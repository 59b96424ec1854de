"""The SPARQL 1.1 Protocol query operation, kept apart from the rest of the web app.

GET with `?query=`, POST with a form body (`query=`) or an `application/sparql-query` body. The
endpoint is read-only: an update (`update=`, `application/sparql-update`, or an update sent as a
query) is refused with 403, as are SERVICE, FROM / FROM NAMED and the protocol's own dataset
parameters (`default-graph-uri`, `named-graph-uri`), which would have the server fetch or pick
data on the request's say-so.
"""

from __future__ import annotations

import logging
import math
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


def client_of(request: Request) -> str:
    """The address a request's share of the workers is counted by (see WorkerPool)."""
    return request.client.host if request.client else ""


async def read_query(request: Request, settings: ServeSettings) -> str | Response:
    """The query text of a protocol request, or the answer that refuses the request."""
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
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return refuse(403, "updates are not allowed: this endpoint is read-only")
        if media == "application/sparql-query":
            body_query = body.decode("utf-8", errors="replace")
        elif media in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(body.decode("utf-8", errors="replace")).items():
                fields.setdefault(key, []).extend(values)
        else:
            return refuse(415, f"unsupported request body type {media!r}; {_USAGE}")
    if "update" in fields:
        return refuse(403, "updates are not allowed: this endpoint is read-only")
    if "default-graph-uri" in fields or "named-graph-uri" in fields:
        return refuse(
            403,
            "default-graph-uri / named-graph-uri are not allowed: the dataset is fixed; "
            "use GRAPH <iri> { … } to pick a named graph",
        )
    queries = fields.get("query", []) + ([body_query] if body_query is not None else [])
    if len(queries) != 1 or not queries[0].strip():
        return refuse(400, f"exactly one query is needed: {_USAGE}")
    if len(queries[0].encode()) > settings.max_request_bytes:
        return refuse(413, f"the query is longer than {settings.max_request_bytes} bytes")
    return queries[0]


async def _read_body(request: Request, limit: int) -> bytes | None:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def to_response(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type)


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
    query = await read_query(request, settings)
    if isinstance(query, Response):
        return query
    return await run_job(
        pool,
        "sparql",
        client_of(request),
        query=query,
        accept=request.headers.get("accept", ""),
        max_rows=settings.max_rows,
        max_depth=settings.max_query_depth,
    )
