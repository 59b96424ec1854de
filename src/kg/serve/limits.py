"""What a `kg serve` instance allows: time and size limits, and the errors that enforce them.

Every query runs in a worker process that the server kills when the time limit passes, because
rdflib has no way to cancel a query running in a thread; the result-size cap is checked while the
answer is collected, so a huge answer is refused before it is built in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import KgError, QueryError
from kg.store.sparql import MAX_QUERY_DEPTH, MAX_QUERY_DEPTH_CEILING


@dataclass(frozen=True)
class ServeSettings:
    """Limits of one server; every one is a `kg serve` option."""

    timeout: float = 10.0
    """Seconds a query may run (waiting for a free worker included) before it is stopped."""
    max_rows: int = 10_000
    """Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in one answer of the SPARQL endpoint
    (machine clients get all or a clear refusal). The query page has no cap: it shows a page at
    a time (kg.serve.browse)."""
    max_download_rows: int = 1_000_000
    """Most rows or triples in one download from the query page (the whole answer, built in
    the worker within the time limit and its memory limit)."""
    workers: int = 2
    """Worker processes answering queries at the same time; each holds a copy of the graph."""
    max_memory_mb: int | None = 2048
    """Address-space limit of each worker process, so one query cannot exhaust the machine."""
    max_request_bytes: int = 1_000_000
    """Largest request body or query text accepted."""
    max_query_depth: int = MAX_QUERY_DEPTH
    """How deeply brackets may nest in a query (see `kg.store.sparql.MAX_QUERY_DEPTH`)."""
    per_client: int | None = None
    """Most requests one client address may have with the workers at once; None means one
    fewer than the workers (at least one), so one client's slow queries always leave a worker
    for everyone else. A client's further requests wait for one of its own to finish."""

    @property
    def client_share(self) -> int:
        """`per_client` as it applies: the set value, else `workers - 1` (at least 1)."""
        return self.per_client if self.per_client is not None else max(1, self.workers - 1)

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise KgError("--timeout must be a positive number of seconds")
        if self.max_rows < 1:
            raise KgError("--max-rows must be at least 1")
        if self.max_download_rows < 1:
            raise KgError("--max-download-rows must be at least 1")
        if self.workers < 1:
            raise KgError("--workers must be at least 1")
        if self.max_memory_mb is not None and self.max_memory_mb < 256:
            raise KgError("--max-memory must be at least 256 (MB)")
        if not 1 <= self.max_query_depth <= MAX_QUERY_DEPTH_CEILING:
            raise KgError(f"--max-query-depth must be from 1 to {MAX_QUERY_DEPTH_CEILING}")
        if self.per_client is not None and self.per_client < 1:
            raise KgError("--per-client must be at least 1")


class QueryTimeout(QueryError):
    """The query ran longer than the server's time limit and was stopped."""


class ServerBusy(QueryError):
    """Every worker stayed busy for the whole time limit."""


class ClientOverShare(QueryError):
    """This client's own requests held its whole share of the workers for the whole time limit
    (answered 429 with Retry-After)."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ResultTooLarge(QueryError):
    """The answer has more rows or triples than the server's cap."""


class NotAcceptable(QueryError):
    """No media type the client accepts can carry this kind of answer."""
