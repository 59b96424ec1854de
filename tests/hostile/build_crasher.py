"""Run one `kg build` and SIGKILL it right after its Nth filesystem step (a folder made, a file
flushed, a rename, a link, a removal, the on-disk store half written or written whole), as a
power cut or the OOM killer would: no `finally`, no clean-up. Usage: python build_crasher.py N
DATA OUT [full] (N = 0: never; prints the step count; `full`: a full build, not an
incremental one)."""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import sys
import types
from pathlib import Path

import pyoxigraph as ox

from kg.build import build

steps = 0
kill_at = int(sys.argv[1])
inside = 0  # within a step that is counted whole (a removal of a folder, the store written)


def step_done() -> None:
    global steps
    steps += 1
    if steps == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


def counted(function):
    """A step: the files a folder removal deletes or the store's own flushes are not steps of
    their own (a kill among them is one before or after the step: nothing else runs between)."""

    def step(*args, **kwargs):
        global inside
        inside += 1
        try:
            result = function(*args, **kwargs)
        finally:
            inside -= 1
        if not inside:
            step_done()
        return result

    return step


class HalfWrittenStore:
    """Oxigraph's Store as the build opens it, with a step right after its bulk load: the
    RocksDB folder written but neither flushed nor closed. A batch add works on a copy of the
    previous store (`_copy_store`, a step) and writes to it at every stage: there the steps are
    the copy and the written store flushed, before `graph.nq` is flushed (an fsync, a step)."""

    def __init__(self, path: str) -> None:
        self.store = ox.Store(path)

    def bulk_load(self, **kwargs) -> None:
        self.store.bulk_load(**kwargs)
        step_done()

    def bulk_extend(self, quads) -> None:
        """A batch of the build's quads written (a full build's, with blank nodes)."""
        self.store.bulk_extend(quads)

    def flush(self) -> None:
        self.store.flush()
        step_done()

    def __len__(self) -> int:
        return len(self.store)

    def __iter__(self):
        return iter(self.store)

    def __contains__(self, quad: object) -> bool:
        return quad in self.store

    def __getattr__(self, name: str) -> object:  # reading and removing, as the store does
        return getattr(self.store, name)


for module, name in [
    (os, "mkdir"),
    (os, "fsync"),
    (os, "rename"),
    (os, "replace"),
    (os, "symlink"),
    (os, "unlink"),
    (shutil, "rmtree"),
]:
    setattr(module, name, counted(getattr(module, name)))

builder = importlib.import_module("kg.build")  # `kg.build` is also the function's name


class Store:
    """`ox.Store` as the build sees it: its on-disk store half written; an in-memory one (the
    build frees its memory store by replacing it with an empty one before the bulk load) and
    the published store opened read-only, as Oxigraph makes them."""

    def __new__(cls, path: str | None = None) -> object:
        return ox.Store() if path is None else HalfWrittenStore(path)

    read_only = staticmethod(ox.Store.read_only)


builder.ox = types.SimpleNamespace(**{**vars(ox), "Store": Store})
builder._write_store = counted(builder._write_store)
builder._copy_store = counted(builder._copy_store)
builder._flush_store = counted(builder._flush_store)  # its files flushed: one step

full = sys.argv[4:] == ["full"]  # a full build (its store written from graph.nq as it grows)
result = build([Path(sys.argv[2])], out_dir=Path(sys.argv[3]), incremental=not full)
assert result.succeeded
print(steps)
