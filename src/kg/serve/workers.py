"""Worker processes that answer queries, and the pool the web process hands requests to.

rdflib cannot cancel a query running in a thread, so each query runs in a process of its own
that holds a copy of the graph; when the time limit passes the server kills that process, answers
with a clear error and starts a replacement, while the other workers go on answering. Workers are
started with `spawn` (a fresh interpreter, no threads inherited from the web server) and open the
build's on-disk store read-only (milliseconds at any size), or read the graph from an N-Quads
file the server writes once at start-up when there is no such store.

A worker answers queries with no network: its first act is to move into a network namespace of its
own (`unshare(CLONE_NEWNET)`, with a user namespace where the server is not root), which has no
interface but a loopback that is down, so even a SERVICE that got past the query check could reach
nothing, not even this machine's loopback services. Where the kernel refuses (no namespaces in a
container, unprivileged user namespaces switched off) the server logs one warning and the query
check is the only guard.

Each client address may hold only a share of the workers (`ServeSettings.client_share`, by
default one fewer than the workers), so one client's slow queries cannot keep the others waiting:
its further requests wait for its own earlier ones, not for a worker, and are answered 429 with
Retry-After if none of its own finishes within the time limit. A slow query that is stopped keeps
its client's share until the worker that replaces the killed one is ready.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import os
import resource
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.serve.limits import ClientOverShare, QueryTimeout, ServerBusy, ServeSettings

_START_TIMEOUT = 120.0
_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000
log = logging.getLogger("kg.serve")


def drop_network() -> str | None:
    """Move this process into a network namespace of its own, which has no way out; None when
    done, else why not (the caller logs it). Must run before the process starts threads: a
    user namespace cannot be entered by a threaded process."""
    if not hasattr(os, "fork") or not os.path.exists("/proc/self/ns/net"):
        return "this system has no network namespaces"
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError as error:
        return f"cannot reach the C library ({error})"
    reasons = []
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return None
        reasons.append(os.strerror(ctypes.get_errno()))
    return f"unshare(CLONE_NEWNET) was refused ({'; with a user namespace: '.join(reasons)})"


def worker_main(
    conn: Connection, source: str, max_memory_mb: int | None, isolate: bool = True
) -> None:
    """A worker's life: leave the network, load the graph, say ready (with why the network
    could not be left, if so), then answer jobs until the pipe closes."""
    no_isolation = drop_network() if isolate else "not asked for"
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import pyoxigraph as ox

    from kg.load import KnowledgeGraph
    from kg.precompute import trust_precomputed
    from kg.serve.jobs import JOBS, Reply, error_reply

    if os.path.isdir(source):  # a build's store: opened, not copied
        kg = KnowledgeGraph(store=ox.Store.read_only(source))
        kg.store_path = Path(source)
    else:
        kg = KnowledgeGraph()
        kg.store.bulk_load(path=source, format=ox.RdfFormat.N_QUADS)
    trust_precomputed(kg)  # the server's graph was precomputed before it was handed over
    conn.send(("ready", no_isolation))
    # The picture renderers (matplotlib, graphviz: seconds to import on a busy machine) load
    # after the worker says it is ready, while it waits for its first job, so that the server
    # answers its first query without waiting for them (#13); a group page asked for at once
    # waits for the import to finish, as it would have waited for the worker.
    threading.Thread(target=_warm_up, name="kg-serve-warm-up", daemon=True).start()
    while True:
        try:
            name, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = JOBS[name](kg, **kwargs)
        except MemoryError:
            reply = Reply(
                503,
                "text/plain; charset=utf-8",
                b"the query needed more memory than the server allows each query; narrow it\n",
                retire=True,
            )
        except Exception as error:  # every failure becomes an answer; the worker lives on
            reply = error_reply(error)
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return
        if reply.retire:
            return


def _warm_up() -> None:
    with contextlib.suppress(Exception):  # a page that needs them reports the failure itself
        from kg.serve.group_pictures import warm_up

        warm_up()


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection


class WorkerPool:
    """A fixed number of worker processes; `run` hands one job to an idle worker and waits at
    most the time limit for its answer."""

    def __init__(self, source: Path, settings: ServeSettings) -> None:
        self.source = source
        self.settings = settings
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._starting: set[asyncio.Task[None]] = set()
        # Threads only wait on pipes (one per busy worker, plus stragglers of killed ones).
        self._threads = ThreadPoolExecutor(max_workers=2 * settings.workers + 4)
        self._closed = False
        self.shares = ClientShares(settings.client_share)
        self.network_isolated: bool | None = None
        """Whether the workers run without network (None until the first one is ready)."""

    async def start(self) -> None:
        await asyncio.gather(*(self._spawn() for _ in range(self.settings.workers)))

    async def _spawn(self) -> None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=worker_main,
            args=(theirs, str(self.source), self.settings.max_memory_mb),
            daemon=True,
            name="kg-serve-worker",
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.add(worker)
        loop = asyncio.get_running_loop()
        try:
            ready, no_isolation = await loop.run_in_executor(self._threads, _wait_ready, ours)
        except Exception:
            ready, no_isolation = False, None
        if ready and self.network_isolated is None:
            self.network_isolated = no_isolation is None
            if no_isolation:
                log.warning(
                    "kg serve: query workers keep network access: %s; only the query check "
                    "stops SERVICE (run as root, or allow user namespaces, to isolate them)",
                    no_isolation,
                )
        if not ready or self._closed:
            self._discard(worker)
            if not self._closed:
                raise KgError("a query worker could not load the graph")
            return
        self._idle.put_nowait(worker)

    async def run(self, job: str, client: str = "", **kwargs: Any) -> Any:
        """The answer of `job` for `client` (its address): QueryTimeout once the time limit has
        passed, ClientOverShare if the client's own requests held its share all that time."""
        limit = self.settings.timeout
        loop = asyncio.get_running_loop()
        started = loop.time()
        if not await self.shares.acquire(client, limit):
            raise ClientOverShare(
                f"this client already has {self.shares.share} requests with the server's query "
                f"workers, the most one client may have at once, and none finished within "
                f"{limit:g} s; wait for their answers before sending more (the operator can "
                "raise kg serve --per-client)",
                retry_after=limit,
            )
        release = True
        try:
            remaining = max(0.01, limit - (loop.time() - started))
            try:
                worker = await asyncio.wait_for(self._idle.get(), timeout=remaining)
            except TimeoutError:
                raise ServerBusy(
                    f"every query worker stayed busy for {limit:g} s; try again shortly"
                ) from None
            remaining = max(0.01, limit - (loop.time() - started))
            pending = self._threads.submit(_exchange, worker.conn, (job, kwargs))
            try:
                reply = await asyncio.wait_for(asyncio.wrap_future(pending), timeout=remaining)
            except TimeoutError:
                release = False  # until the worker that takes the killed one's place is ready
                self._replace(worker, pending, then=lambda: self.shares.release(client))
                raise QueryTimeout(
                    f"the query ran longer than the server's time limit of {limit:g} s and was "
                    "stopped; narrow it (more specific patterns, a LIMIT) or ask the operator "
                    "for a longer kg serve --timeout"
                ) from None
            except (EOFError, OSError):
                self._replace(worker, pending)
                raise KgError(
                    "the query worker stopped unexpectedly; the query was not answered"
                ) from None
            except asyncio.CancelledError:  # the client went away: the worker may still be busy
                self._replace(worker, pending)
                raise
            if getattr(reply, "retire", False):
                self._replace(worker, pending)
            else:
                self._idle.put_nowait(worker)
            return reply
        finally:
            if release:
                self.shares.release(client)

    def _replace(
        self, worker: _Worker, pending: Any, then: Callable[[], None] | None = None
    ) -> None:
        """Kill a worker (its pipe is closed once the thread reading it returns) and start a
        new one in its place; `then` runs once the new one is ready (or could not start)."""
        worker.process.kill()
        pending.add_done_callback(lambda _: worker.conn.close())
        self._workers.discard(worker)
        if self._closed:
            if then:
                then()
            return
        task = asyncio.get_running_loop().create_task(self._spawn())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)
        if then:
            task.add_done_callback(lambda _: then())

    def _discard(self, worker: _Worker) -> None:
        with contextlib.suppress(Exception):
            worker.process.kill()
            worker.process.join(timeout=5)
            worker.conn.close()
        self._workers.discard(worker)

    async def close(self) -> None:
        self._closed = True
        for task in list(self._starting):
            task.cancel()
        for worker in list(self._workers):
            worker.process.kill()
        loop = asyncio.get_running_loop()
        for worker in list(self._workers):
            await loop.run_in_executor(self._threads, worker.process.join, 5)
        self._workers.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)


def _wait_ready(conn: Connection) -> tuple[bool, str | None]:
    """Whether the worker said it is ready, and why it could not leave the network if so."""
    if not conn.poll(_START_TIMEOUT):
        return False, None
    message = conn.recv()
    if isinstance(message, tuple) and message and message[0] == "ready":
        return True, message[1]
    return False, None


class ClientShares:
    """How many requests each client address has with the workers, and the requests waiting
    for their own client's share. A freed share goes straight to that client's longest-waiting
    request; addresses with nothing held are forgotten, so the table stays small."""

    def __init__(self, share: int) -> None:
        self.share = share
        self.holding: dict[str, int] = {}
        self._waiting: dict[str, list[asyncio.Future[None]]] = {}

    async def acquire(self, client: str, timeout: float) -> bool:
        """Take one of `client`'s share, waiting at most `timeout`; False if none came."""
        if self.holding.get(client, 0) < self.share:
            self.holding[client] = self.holding.get(client, 0) + 1
            return True
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(client, []).append(turn)
        try:
            await asyncio.wait({turn}, timeout=timeout)
        except asyncio.CancelledError:  # the client went away; a share handed over goes back
            if turn.done() and not turn.cancelled():
                self.release(client)
            raise
        finally:
            if not turn.done():
                turn.cancel()
                queue = self._waiting.get(client, [])
                if turn in queue:
                    queue.remove(turn)
                if not queue:
                    self._waiting.pop(client, None)
        return turn.done() and not turn.cancelled()

    def release(self, client: str) -> None:
        """Give back one of `client`'s share: to its next waiting request, else to the pool."""
        queue = self._waiting.get(client, [])
        while queue:
            turn = queue.pop(0)
            if not turn.done():
                turn.set_result(None)  # the share passes on; the count stays
                if not queue:
                    self._waiting.pop(client, None)
                return
        self._waiting.pop(client, None)
        held = self.holding.get(client, 0) - 1
        if held > 0:
            self.holding[client] = held
        else:
            self.holding.pop(client, None)


def _exchange(conn: Connection, message: Any) -> Any:
    conn.send(message)
    return conn.recv()
