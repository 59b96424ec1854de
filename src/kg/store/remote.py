"""A remote SPARQL store: catalogue queries run there, and the built graph is pushed there.

Only the standard protocols are used, so any SPARQL 1.1 store works (Oxigraph, Fuseki, GraphDB,
Virtuoso, Neptune): queries over the SPARQL 1.1 Protocol, the push as SPARQL 1.1 Update. The
requests are sent with the standard library's urllib (proxies from the environment honoured) and
the answer is read in pieces against two bounds, so a hostile or broken store can neither fill
the memory (`max_response_bytes`, refused as soon as it is passed or announced) nor hold the
command forever by dripping bytes (`deadline`, a wall-clock limit for the whole request, enforced
by shutting the socket down, which also ends a read that is waiting). SPARQLWrapper, used
before, reads the whole body and has only a per-read timeout.

The store's reasoning support is not assumed: what is pushed is the reasoned
graph, inferences included, so the same query gives the same rows there as embedded.

The store must answer queries over the union of its named graphs by default (the catalogue reads
facts without naming the section graph they sit in), as our embedded dataset does; see
docs/stores-and-serving.md for the setting in each store.

Parameters are bound without editing the query with user text: the SPARQL protocol has no binding
mechanism, so each value, already an RDF term (a group's name is first resolved to its IRI), is
written in its N-Triples form into a `VALUES` block at the start of the query's top-level WHERE
group. That is the same as binding the variable beforehand only where the variable is used at
the top level of WHERE, so a query that uses a parameter inside OPTIONAL, UNION, MINUS or a
sub-select is refused rather than answered differently (`kg.store.sparql.nested_parameter_uses`).

Catalogue queries that read the build's precomputed graph (`kg.precompute`: conflicting-claims,
casualties-by-year) find it at the store because `kg push` pushes every named graph, that one
included. A store that was given only some graphs (`kg push --graph`) would answer them with
nothing, silently; such a query is refused there instead, with the command that fixes it.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.client
import io
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, BNode, Literal, URIRef, Variable
from rdflib.namespace import SKOS, XSD
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import KgError, StoreError
from kg.load import KnowledgeGraph
from kg.namespaces import KG, KGI, PRECOMPUTED_GRAPH
from kg.store.sparql import (
    QueryResult,
    bind_with_values,
    ensure_safe_query,
)

TOKEN_ENV = "KG_ENDPOINT_TOKEN"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
DEFAULT_BATCH = 50_000
DEFAULT_TIMEOUT = 60.0  # seconds the store may stay silent
DEFAULT_DEADLINE = 300.0  # seconds one request may take in all
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024  # ~100,000 rows; ~250 MB once parsed by rdflib
_CHUNK = 64 * 1024
_ERROR_EXCERPT = 300  # characters of a store's error body quoted in a message
_STAGING = "urn:x-ctkg:push:"


# ---------------------------------------------------------------- credentials


@dataclass(frozen=True)
class Credentials:
    """How to authenticate to a store: HTTP Basic (user and password) or a bearer token."""

    user: str | None = None
    password: str | None = None
    token: str | None = None

    def __repr__(self) -> str:  # never show secrets in a log or a traceback
        return f"Credentials(user={self.user!r}, password=***, token=***)"

    def header(self) -> str | None:
        """The Authorization header value, or None for anonymous access."""
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None:
            pair = f"{self.user}:{self.password or ''}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None


def credentials_from_env(
    user: str | None = None, password: str | None = None, *, token_env: str = TOKEN_ENV
) -> Credentials | None:
    """Credentials for a store: a bearer token from the environment variable `token_env`
    (so it never appears on a command line or in shell history), else user and password."""
    token = os.environ.get(token_env)
    if token:
        return Credentials(token=token)
    if user is not None:
        return Credentials(user=user, password=password or os.environ.get(PASSWORD_ENV))
    return None


# ---------------------------------------------------------------- the store


def _canonical(term: Node | None) -> Node | None:
    """A boolean in its canonical form: Virtuoso writes xsd:boolean values as "1" and "0",
    which mean true and false (XML Schema allows both) but would print unlike every other
    store's answer."""
    if isinstance(term, Literal) and term.datatype == XSD.boolean and str(term) in ("1", "0"):
        return Literal(str(term) == "1")
    return term


class RemoteStore:
    """A SPARQL 1.1 endpoint, as a `QueryTarget`: `select(query, bindings)`.

    `endpoint` answers queries; `update_endpoint` (default: the same URL) takes SPARQL Update,
    which only `push` uses."""

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        credentials: Credentials | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        for url, option in ((endpoint, "--endpoint"), (update_endpoint, "--update-endpoint")):
            if url is not None:
                _check_url(url, option)
        if not deadline > 0 or not timeout > 0:
            raise StoreError("--deadline and the timeout must be more than 0 seconds")
        if max_response_bytes < 1:
            raise StoreError("--max-response-bytes must be at least 1")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.credentials = credentials
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.server_software = ""  # the `Server` header of the last answer ("Virtuoso/07.20…")
        self._holds_precomputed = False  # asked on the first query that needs it

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    def select(self, query: str, bindings: Mapping[str, Node]) -> QueryResult:
        """Run a SELECT or ASK with `bindings` written into a VALUES block, never pasted text."""
        query = ensure_safe_query(query)
        if f"<{PRECOMPUTED_GRAPH}>" in query:
            self._ensure_precomputed()
        return self._answer(bind_with_values(query, bindings) if bindings else query)

    def _answer(self, text: str) -> QueryResult:
        """Send a checked and bound query; its answer as rows or a yes or no."""
        raw = self._request(text, update=False)
        try:
            result = Result.parse(io.BytesIO(raw), format="json")
        except Exception as error:  # a store that answers with something else than JSON
            raise StoreError(
                f"{self.endpoint}: the answer is not SPARQL JSON results "
                f"({_excerpt(str(error))})"
            ) from None
        if result.type == "ASK":
            return QueryResult(variables=[], boolean=bool(result.askAnswer))
        variables = [str(v) for v in result.vars or []]
        if variables == ["__ASK_RETVAL"]:
            # Virtuoso 7 answers an ASK in JSON as a table: one row (1) for yes, none for no
            answers = [b.get(Variable("__ASK_RETVAL")) for b in result.bindings]
            return QueryResult(
                variables=[], boolean=any(str(a) not in ("0", "false") for a in answers)
            )
        rows = [
            tuple(_canonical(binding.get(Variable(v))) for v in variables)
            for binding in result.bindings
        ]
        return QueryResult(variables=variables, rows=rows)

    def _ensure_precomputed(self) -> None:
        """Refuse a query that reads the precomputed graph at a store that lacks it: it would
        answer with no rows, which reads as "no data" (a yes is remembered by this object,
        a no asked again: a push may come in between)."""
        if not self._holds_precomputed:
            marker = (
                f"GRAPH <{PRECOMPUTED_GRAPH}> {{ <{PRECOMPUTED_GRAPH}> a <{KGI.Index}> ; "
                f"<{KGI.holds}> <{KGI.lineageAttack}> , <{KGI.country}> }}"
            )
            self._holds_precomputed = bool(self._answer(f"ASK {{ {marker} }}").boolean)
        if not self._holds_precomputed:
            raise StoreError(
                f"{self.endpoint}: the store holds no precomputed graph <{PRECOMPUTED_GRAPH}>, "
                "or one an older kg pushed, and this query reads it (the build works it out "
                "from the data); push the build with kg push, which sends every named graph, "
                f"or add --graph {PRECOMPUTED_GRAPH} to a push of chosen graphs"
            )

    def update(self, text: str) -> None:
        """Send one SPARQL Update request (only `push` writes to a store)."""
        self._request(text, update=True)

    def _request(self, text: str, *, update: bool) -> bytes:
        """POST one query or update (URL-encoded form, SPARQL 1.1 Protocol) and return the
        body, read within `deadline` seconds and `max_response_bytes` bytes."""
        url = self.update_endpoint if update else self.endpoint
        form = urllib.parse.urlencode({"update" if update else "query": text}).encode("ascii")
        request = urllib.request.Request(url, data=form, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header(
            "Accept",
            "text/plain, */*;q=0.1"
            if update
            else "application/sparql-results+json, application/json;q=0.9",
        )
        request.add_header("User-Agent", "ctkg (kg query / kg push)")
        header = self.credentials.header() if self.credentials else None
        if header:
            request.add_header("Authorization", header)
        with _Deadline(self.deadline) as deadline:
            try:
                opener = urllib.request.build_opener(
                    _WatchedHTTPHandler(deadline), _WatchedHTTPSHandler(deadline), _NoRedirect()
                )
                with opener.open(request, timeout=min(self.timeout, self.deadline)) as response:
                    self.server_software = response.headers.get("Server", "") or ""
                    return self._read_body(url, response, deadline)
            except urllib.error.HTTPError as error:
                if 300 <= error.code < 400:
                    target = _excerpt(error.headers.get("Location", "") if error.headers else "")
                    raise StoreError(
                        f"{url}: the store redirects (HTTP {error.code}) to {target or '?'}; "
                        "give the address it should be as --endpoint (redirects are not followed)"
                    ) from None
                said = _excerpt(_read_error_body(error))
                raise StoreRefused(url, error.code, str(error.reason), said) from None
            except StoreError:
                raise
            except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
                if deadline.expired:
                    raise self._too_slow(url) from None
                reason = getattr(error, "reason", None) or error
                if isinstance(error, urllib.error.URLError):
                    raise StoreError(f"{url}: cannot reach the store ({reason})") from None
                said = _excerpt(str(reason)) or type(error).__name__
                raise StoreError(f"{url}: no answer from the store ({said})") from None

    def _read_body(
        self, url: str, response: http.client.HTTPResponse, deadline: _Deadline
    ) -> bytes:
        announced = response.headers.get("Content-Length", "")
        if announced.strip().isdigit() and int(announced) > self.max_response_bytes:
            raise self._too_large(url, f"it announces {int(announced):,} bytes")
        body = bytearray()
        while True:
            if deadline.expired:
                raise self._too_slow(url)
            try:
                chunk = response.read1(_CHUNK)
            except (OSError, http.client.HTTPException, ValueError):
                if deadline.expired:
                    raise self._too_slow(url) from None
                raise
            if not chunk:
                if deadline.fired:  # the end was the socket being shut, not the answer's
                    raise self._too_slow(url)
                return bytes(body)
            body += chunk
            if len(body) > self.max_response_bytes:
                raise self._too_large(url, "it sent more")

    def _too_large(self, url: str, how: str) -> StoreError:
        return StoreError(
            f"{url}: the answer is larger than the limit of {self.max_response_bytes:,} bytes "
            f"({how}); narrow the query or raise --max-response-bytes"
        )

    def _too_slow(self, url: str) -> StoreError:
        return StoreError(
            f"{url}: the store did not answer in full within the deadline of "
            f"{self.deadline:g} s; try again later or raise --deadline"
        )

    def triple_counts(self, graphs: Sequence[URIRef]) -> dict[URIRef, int]:
        """How many triples each of `graphs` holds in the store (absent graphs count 0)."""
        counts: dict[URIRef, int] = dict.fromkeys(graphs, 0)
        if not graphs:
            return counts
        values = " ".join(g.n3() for g in graphs)
        result = self.select(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
            "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            {},
        )
        for graph, n in result.rows:
            if isinstance(graph, URIRef) and isinstance(n, Literal):
                counts[graph] = int(n.toPython())
        return counts

    def total_triples(self) -> int:
        """Triples in all named graphs of the store together."""
        result = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {})
        return int(result.rows[0][0].toPython()) if result.rows else 0  # type: ignore[union-attr]


class StoreRefused(StoreError):
    """The store answered a request with an HTTP error status; `status` says which, so a caller
    can tell a missing update endpoint from missing rights."""

    def __init__(self, url: str, status: int, reason: str, said: str) -> None:
        self.url, self.status, self.said = url, status, said
        message = f"{url}: the store refused the request: HTTP {status} {reason}"
        if status == 401:
            message += (
                " (it wants credentials: give --user with the password in "
                f"{PASSWORD_ENV}, or a bearer token in {TOKEN_ENV} or the variable --token-env "
                "names)"
            )
        elif status == 403:
            message += (
                " (the credentials given may not do this: the store's user needs the right to "
                "query, and to update for kg push; Virtuoso: grant SPARQL_UPDATE)"
            )
        super().__init__(message + (f": {said}" if said else ""))


def _check_url(url: str, option: str) -> None:
    """Refuse a store URL that urllib would choke on later with an exception of its own."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 (reading it checks it: a port that is no number, or too big)
    except ValueError as error:
        raise StoreError(f"{option} {url!r} is not a valid URL ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{option} {url!r} is not an http(s) URL")
    if re.search(r"[\x00-\x20\x7f]", url):
        raise StoreError(f"{option} {url!r}: a URL cannot hold spaces or control characters")


def _read_error_body(error: urllib.error.HTTPError) -> str:
    """The start of a refusal's body, for the message: a few KiB, never more (the deadline
    still holds while it is read)."""
    try:
        return error.read(4 * _ERROR_EXCERPT).decode("utf-8", "replace")
    except Exception:  # the refusal is what matters; its body is only a courtesy
        return ""


def _excerpt(text: str) -> str:
    """A store's own words, on one line and short: it may be anything, of any length."""
    return " ".join(text.split())[:_ERROR_EXCERPT]


class _Deadline:
    """A wall-clock limit for one request. When it passes, every socket registered with it is
    shut down, which ends a read or write that is waiting on it (a per-read timeout cannot: a
    store that sends one byte every few seconds never lets one read time out)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._fired = threading.Event()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    @property
    def expired(self) -> bool:
        return self._fired.is_set() or time.monotonic() >= self.ends

    @property
    def fired(self) -> bool:
        """The sockets were shut down: whatever they gave last is not the store's answer."""
        return self._fired.is_set()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
        if self.expired:
            self._fire()

    def _fire(self) -> None:
        self._fired.set()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: urllib would turn the POST into a GET without the query,
    and would follow a store's redirect to any host or to ftp:, outside the bounds above."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class _Watched:
    """A connection whose socket the deadline watches from the moment it connects (for
    HTTPS, the TLS socket that `connect` leaves in `sock`)."""

    sock: Any

    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self._deadline.watch(self.sock)


class _WatchedHTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_WatchedHTTPConnection, deadline=self._deadline), req
        )


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_WatchedHTTPSConnection, deadline=self._deadline), req
        )


# ---------------------------------------------------------------- push


@dataclass
class PushResult:
    """What a push wrote: triples per named graph, as counted in the store afterwards."""

    endpoint: str
    graphs: dict[URIRef, int] = field(default_factory=dict)
    requests: int = 0

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def push(
    kg: KnowledgeGraph,
    store: RemoteStore | str,
    *,
    graphs: Sequence[URIRef] | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> PushResult:
    """Replace the graph's named graphs in the store with the ones of `kg`.

    Idempotent: each named graph is dropped and written again, so a second push leaves the same
    triple count. Up to `batch_size` triples go in one SPARQL Update request (drop, then insert
    every graph), which a transactional store (Oxigraph, Fuseki, GraphDB) applies entirely or
    not at all. A larger graph is written into staging graphs first, in batches that keep every
    blank node with all its triples, and then moved onto the real graphs in one final request;
    if a batch fails, the staging graphs are dropped and the real graphs were never touched.
    The store's own counts are checked afterwards, and any difference is an error naming the
    graphs and their counts."""
    if isinstance(store, str):
        store = RemoteStore(store)
    batch_size = min(batch_size, _largest_batch(store))
    by_graph = _quads_by_graph(kg, graphs)
    if not by_graph:
        raise StoreError("nothing to push: the graph has no named graph with triples")
    _probe_update_endpoint(store)
    total = sum(len(t) for t in by_graph.values())
    if total <= batch_size:
        requests = _push_in_one_request(store, by_graph)
    else:
        requests = _push_through_staging(store, by_graph, batch_size)
    expected = {g: len(t) for g, t in by_graph.items()}
    actual = store.triple_counts(sorted(expected, key=str))
    wrong = {g: (expected[g], actual[g]) for g in expected if actual[g] != expected[g]}
    if wrong:
        listing = "; ".join(f"{g}: {a} in the store, {e} pushed" for g, (e, a) in wrong.items())
        raise StoreError(f"{store.endpoint}: the push did not arrive whole — {listing}")
    check_default_graph(kg, store, by_graph)
    return PushResult(store.endpoint, actual, requests)


VIRTUOSO_BATCH = 500
"""Triples per update request at Virtuoso: it compiles SPARQL to SQL and refuses a request whose
SQL passes 10,000 lines (2,000 triples did, 500 pass with room for long literals)."""


def _largest_batch(store: RemoteStore) -> int:
    """The most triples one update request may carry at this store: Virtuoso (recognised by the
    `Server` header of its answer to `ASK {}`) takes fewer than any other store we test."""
    store.select("ASK {}", {})
    return VIRTUOSO_BATCH if store.server_software.startswith("Virtuoso") else DEFAULT_BATCH


_UPDATE_ENDPOINTS = (
    "Oxigraph: /update; Fuseki: /DATASET/update; GraphDB: /repositories/REPO/statements; "
    "Virtuoso: /sparql, its SPARQL user granted SPARQL_UPDATE"
)
_UNION_SETTINGS = (
    "Oxigraph: start it with oxigraph serve --union-default-graph; Fuseki: set "
    "tdb2:unionDefaultGraph true on the dataset (fuseki-server --set tdb:unionDefaultGraph=true); "
    "GraphDB: its default graph already holds every named graph, so check that --endpoint and "
    "--update-endpoint name the same repository; Virtuoso: a query without FROM reads every "
    "graph, so check that both endpoints are the same server and the SPARQL user may read the "
    "graphs. See docs/stores-and-serving.md"
)


def _probe_update_endpoint(store: RemoteStore) -> None:
    """Send a harmless update (dropping a graph no one has, SILENT) before any data, so that a
    URL that takes no SPARQL Update, or credentials that may not write, are one clear line
    rather than a store's parser error about the first batch."""
    try:
        store.update(f"DROP SILENT GRAPH <{_STAGING}probe>")
    except StoreRefused as error:
        if error.status in (401, 403):
            raise
        raise StoreError(
            f"{error.url} takes no SPARQL Update (HTTP {error.status}"
            + (f": {error.said}" if error.said else "")
            + "); is it the store's update endpoint? Give it as --update-endpoint ("
            + _UPDATE_ENDPOINTS
            + "); nothing was pushed"
        ) from None


def check_default_graph(
    kg: KnowledgeGraph,
    store: RemoteStore,
    by_graph: Mapping[URIRef, list[tuple[Node, Node, Node]]],
) -> None:
    """Check that queries which name no graph, as every catalogue query, see the pushed data:
    a store whose default graph is not the union of its named graphs (an Oxigraph server
    started without --union-default-graph) takes the push, counts it right, and then answers
    every question with nothing. Asks for one pushed triple without GRAPH, then runs the
    catalogue's `names` query for a pushed group, if any, at the store and embedded."""
    # A triple of IRIs only: a literal may come back from the store in another lexical form
    # ("01" as "1"), which an ASK would then not match.
    plain = [t for triples in by_graph.values() for t in triples if not _has_blank(t)]
    probe = next((t for t in plain if all(isinstance(x, URIRef) for x in t)), None)
    probe = probe or (plain[0] if plain else None)
    seen = True
    if probe is not None:
        seen = bool(store.select(f"ASK {{ {_triple_text(probe)} }}", {}).boolean)
    group = _a_pushed_group(by_graph) if seen else None
    if group is not None:
        from kg.query import run_query  # the catalogue is a stage above the store
        from kg.query_catalogue import catalogue

        names = catalogue().get("names")
        if names is not None:
            expected = run_query(kg, names, {"group": str(group)}).rows
            try:
                found = run_query(store, names, {"group": str(group)}).rows
            except KgError:  # the store cannot even resolve the name: it sees nothing
                found = []
            seen = bool(found) or not expected
    if not seen:
        total = sum(len(t) for t in by_graph.values())
        raise StoreError(
            f"{store.endpoint}: the {total} triples arrived in {len(by_graph)} named graphs, "
            "but a query that names no graph sees none of them: the store's default graph is "
            "not the union of its named graphs, which every catalogue query needs (kg query "
            "would answer nothing). " + _UNION_SETTINGS
        )


def _has_blank(triple: tuple[Node, Node, Node]) -> bool:
    return any(isinstance(term, BNode) for term in triple)


def _a_pushed_group(
    by_graph: Mapping[URIRef, list[tuple[Node, Node, Node]]],
) -> URIRef | None:
    """An armed group typed in the pushed graphs that also has a preferred name there."""
    typed, named = set(), set()
    for triples in by_graph.values():
        for s, p, o in triples:
            if p == RDF.type and o == KG.ArmedGroup:
                typed.add(s)
            elif p == SKOS.prefLabel:
                named.add(s)
    both = sorted(t for t in typed & named if isinstance(t, URIRef))
    return both[0] if both else None


def _quads_by_graph(
    kg: KnowledgeGraph, only: Sequence[URIRef] | None
) -> dict[URIRef, list[tuple[Node, Node, Node]]]:
    wanted = set(only) if only else None
    by_graph: dict[URIRef, list[tuple[Node, Node, Node]]] = {}
    for s, p, o, g in kg.dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if not isinstance(name, URIRef) or (wanted is not None and name not in wanted):
            continue
        by_graph.setdefault(name, []).append((s, p, o))
    if wanted is not None:
        missing = sorted(wanted - set(by_graph))
        if missing:
            raise StoreError(f"--graph {missing[0]}: the built graph has no such named graph")
    return dict(sorted(by_graph.items(), key=lambda kv: str(kv[0])))


def _triple_text(triple: tuple[Node, Node, Node]) -> str:
    try:
        return " ".join(term.n3() for term in triple) + " ."
    except Exception as error:  # rdflib refuses to write an IRI with forbidden characters
        raise StoreError(f"cannot push {triple!r}: {error}") from None


def _graph_block(name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> str:
    body = "\n".join(_triple_text(t) for t in triples)
    return f"GRAPH {name.n3()} {{\n{body}\n}}"


def _insert(blocks: str) -> str:
    """`INSERT { … } WHERE {}` rather than `INSERT DATA { … }`: the same triples in every store,
    but Virtuoso refuses blank nodes in INSERT DATA ("not allowed in a constant clause") and
    takes them in a template, where one label is one node for the whole request as in DATA."""
    return f"INSERT {{\n{blocks}\n}}\nWHERE {{}}"


def _push_in_one_request(
    store: RemoteStore, by_graph: Mapping[URIRef, list[tuple[Node, Node, Node]]]
) -> int:
    drops = " ;\n".join(f"DROP SILENT GRAPH {g.n3()}" for g in by_graph)
    blocks = "\n".join(_graph_block(g, t) for g, t in by_graph.items())
    try:
        store.update(f"{drops} ;\n{_insert(blocks)}")
    except StoreError as error:
        raise StoreError(
            f"{error}. The push was one update request: a transactional store "
            f"{_state_after_failure(store, by_graph)}"
        ) from None
    return 1


def _push_through_staging(
    store: RemoteStore,
    by_graph: Mapping[URIRef, list[tuple[Node, Node, Node]]],
    batch_size: int,
) -> int:
    run = uuid.uuid4().hex
    staging = {g: URIRef(f"{_STAGING}{run}:{i}") for i, g in enumerate(by_graph)}
    batches = _batches(by_graph, batch_size)
    requests = 0
    for number, batch in enumerate(batches, start=1):
        blocks = "\n".join(_graph_block(staging[g], t) for g, t in batch.items())
        try:
            store.update(_insert(blocks))
        except StoreError as error:
            cleaned = _drop_quietly(store, staging.values())
            raise StoreError(
                f"{error}. Batch {number} of {len(batches)} failed while writing staging graphs "
                f"{_STAGING}{run}:*; the pushed graphs were not touched"
                + ("" if cleaned else " (the staging graphs could not be dropped: DROP them)")
            ) from None
        requests += 1
    moves = " ;\n".join(f"MOVE SILENT GRAPH {staging[g].n3()} TO {g.n3()}" for g in by_graph)
    try:
        store.update(moves)
    except StoreError as error:
        cleaned = _drop_quietly(store, staging.values())
        raise StoreError(
            f"{error}. All {len(batches)} batches were staged but the final move failed: a "
            f"transactional store {_state_after_failure(store, by_graph)}"
            + ("" if cleaned else f"; staging graphs {_STAGING}{run}:* are left over")
        ) from None
    return requests + 1


def _batches(
    by_graph: Mapping[URIRef, list[tuple[Node, Node, Node]]], batch_size: int
) -> list[dict[URIRef, list[tuple[Node, Node, Node]]]]:
    """Triples in batches of about `batch_size`, every blank node with all its triples (a blank
    node label means one node only inside one INSERT DATA)."""
    parent: dict[BNode, BNode] = {}

    def find(node: BNode) -> BNode:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for triples in by_graph.values():
        for s, _, o in triples:
            if isinstance(s, BNode) and isinstance(o, BNode):
                parent[find(s)] = find(o)
    units: dict[object, list[tuple[URIRef, tuple[Node, Node, Node]]]] = {}
    for graph, triples in by_graph.items():
        for index, triple in enumerate(triples):
            blank = next((t for t in (triple[0], triple[2]) if isinstance(t, BNode)), None)
            key = find(blank) if blank is not None else (graph, index)
            units.setdefault(key, []).append((graph, triple))
    batches: list[dict[URIRef, list[tuple[Node, Node, Node]]]] = []
    current: dict[URIRef, list[tuple[Node, Node, Node]]] = {}
    size = 0
    for unit in units.values():
        if size and size + len(unit) > batch_size:
            batches.append(current)
            current, size = {}, 0
        for graph, triple in unit:
            current.setdefault(graph, []).append(triple)
        size += len(unit)
    if current:
        batches.append(current)
    return batches


def _drop_quietly(store: RemoteStore, graphs: Iterable[URIRef]) -> bool:
    try:
        store.update(" ;\n".join(f"DROP SILENT GRAPH {g.n3()}" for g in graphs))
    except StoreError:
        return False
    return True


def _state_after_failure(
    store: RemoteStore, by_graph: Mapping[URIRef, list[tuple[Node, Node, Node]]]
) -> str:
    """What the store holds now in the graphs the push was writing, in words."""
    try:
        counts = store.triple_counts(list(by_graph))
    except StoreError:
        return "applied none of it; the store could not be asked what it now holds"
    held = sum(counts.values())
    return (
        f"applied none of it; the {len(by_graph)} graphs now hold {held} triples in the store "
        f"({sum(1 for n in counts.values() if n)} of them non-empty)"
    )
