"""Worker processes that answer queries, and the pool the web process hands requests to.

rdflib cannot cancel a query running in a thread, so each query runs in a process of its own
that holds a copy of the graph; when the time limit passes the server kills that process, answers
with a clear error and starts a replacement, while the other workers go on answering. Workers are
started with `spawn` (a fresh interpreter, no threads inherited from the web server) and read the
graph from an N-Quads file the server writes once at start-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import resource
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.serve.limits import QueryTimeout, ServerBusy, ServeSettings

_START_TIMEOUT = 120.0


def worker_main(conn: Connection, source: str, max_memory_mb: int | None) -> None:
    """A worker's life: load the graph, say ready, then answer jobs until the pipe closes."""
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import pyoxigraph as ox

    from kg.load import KnowledgeGraph
    from kg.serve.jobs import JOBS, Reply, error_reply

    kg = KnowledgeGraph()
    kg.store.bulk_load(path=source, format=ox.RdfFormat.N_QUADS)
    from kg.serve.group_pictures import warm_up

    warm_up()
    conn.send("ready")
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
            ready = await loop.run_in_executor(self._threads, _wait_ready, ours)
        except Exception:
            ready = False
        if not ready or self._closed:
            self._discard(worker)
            if not self._closed:
                raise KgError("a query worker could not load the graph")
            return
        self._idle.put_nowait(worker)

    async def run(self, job: str, **kwargs: Any) -> Any:
        """The answer of `job`, or QueryTimeout once the time limit has passed."""
        limit = self.settings.timeout
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout=limit)
        except TimeoutError:
            raise ServerBusy(
                f"every query worker stayed busy for {limit:g} s; try again shortly"
            ) from None
        remaining = max(0.01, limit - (loop.time() - started))
        pending = self._threads.submit(_exchange, worker.conn, (job, kwargs))
        try:
            reply = await asyncio.wait_for(asyncio.wrap_future(pending), timeout=remaining)
        except TimeoutError:
            self._replace(worker, pending)
            raise QueryTimeout(
                f"the query ran longer than the server's time limit of {limit:g} s and was "
                "stopped; narrow it (more specific patterns, a LIMIT) or ask the operator for a "
                "longer kg serve --timeout"
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

    def _replace(self, worker: _Worker, pending: Any) -> None:
        """Kill a worker (its pipe is closed once the thread reading it returns) and start a
        new one in its place."""
        worker.process.kill()
        pending.add_done_callback(lambda _: worker.conn.close())
        self._workers.discard(worker)
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._spawn())
            self._starting.add(task)
            task.add_done_callback(self._starting.discard)

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


def _wait_ready(conn: Connection) -> bool:
    return conn.poll(_START_TIMEOUT) and conn.recv() == "ready"


def _exchange(conn: Connection, message: Any) -> Any:
    conn.send(message)
    return conn.recv()
