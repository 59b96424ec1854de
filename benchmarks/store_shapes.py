"""What the shape of a full build's on-disk store costs (#13, twelfth round): `docs/benchmarks.md`.

`python -m benchmarks.store_shapes writers BUILD` writes BUILD's `graph.nq` into a new RocksDB
store in four ways, each in a process of its own: as the build's writer does (64 MiB pieces up
to the rewritten graphs, then their lines, then `Store.optimize`), the same without
`optimize`, one `bulk_load` of the whole file (the bulk loader's own batches, one ingest), and
that one load compacted. For each it prints the CPU time of every thread, the store's table
files and size, the peak memory, and the CPU a copy of the store (`Store.backup`, as a batch
add makes it) spends opened for writing and left idle 4 s: the compaction RocksDB still owes.

`python -m benchmarks.store_shapes working BUILD` loads the stated graph of BUILD's `graph.nq`
(every graph but the inferred, derived and precomputed ones) into an in-memory store and into
an on-disk one, then reasons, runs the SPARQL checks and precomputes on each: the CPU of each
stage, to tell whether the on-disk store could be the one a build works on.

On a shared machine read the CPU columns, not the wall times.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

WRITERS = ("pieces+optimize", "pieces", "one-load", "one-load+optimize")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def write_store(variant: str, build: Path, folder: Path) -> None:
    """One way of writing `build`'s store into `folder`, measured (run in its own process)."""
    import importlib

    builder = importlib.import_module("kg.build")  # `kg.build` is also the function's name
    graph = build / "graph.nq"
    offset = json.loads((build / "manifest.json").read_text())["rewritten_offset"]
    start, started = _cpu(), time.perf_counter()
    if variant.startswith("pieces"):
        if not variant.endswith("+optimize"):
            ox.Store.optimize = lambda self: None  # type: ignore[method-assign]
        builder._write_store(folder, graph, size=offset, then=[graph.stat().st_size])
    else:  # relabels blank nodes, which the build's writer must not: a measure, not a store
        store = ox.Store(str(folder))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.N_QUADS, lenient=True)
        if variant.endswith("+optimize"):
            store.optimize()
        store.flush()
        del store
    cpu, wall = _cpu() - start, time.perf_counter() - started
    tables = list(folder.glob("*.sst"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
    copy = folder.with_name(folder.name + "-copy")
    before = _cpu()
    ox.Store.read_only(str(folder)).backup(str(copy))
    opened = ox.Store(str(copy))
    time.sleep(4)
    owed = _cpu() - before
    del opened
    shutil.rmtree(copy, ignore_errors=True)
    print(
        f"| {variant} | {cpu:.2f} s | {wall:.1f} s | {len(tables)} | "
        f"{sum(p.stat().st_size for p in tables) >> 20} MiB | {peak} MiB | {owed:.2f} s |",
        flush=True,
    )


def writers(build: Path) -> None:
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| variant | CPU | wall | table files | size | peak RSS | a copy opened, idle 4 s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="kg-store-shapes-") as tmp:
        for variant in WRITERS:
            folder = Path(tmp) / variant
            subprocess.run(
                [sys.executable, "-m", "benchmarks.store_shapes", "_one", variant, str(build),
                 str(folder)],
                check=True,
            )
            shutil.rmtree(folder, ignore_errors=True)


def working(build: Path) -> None:
    """Load, reason, check and precompute on the stated graph in memory, then on disk."""
    from rdflib import Graph

    from kg.load import KnowledgeGraph
    from kg.namespaces import DERIVED_GRAPH, INFERRED_GRAPH, PRECOMPUTED_GRAPH
    from kg.precompute import precompute
    from kg.reason import reason
    from kg.resources import shapes_dir
    from kg.validate import run_checks

    skipped = tuple(
        f"<{g}> .\n".encode() for g in (INFERRED_GRAPH, PRECOMPUTED_GRAPH, DERIVED_GRAPH)
    )
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| store | bulk load | reason | SPARQL checks | precompute |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="kg-store-shapes-") as tmp:
        stated = Path(tmp) / "stated.nq"
        with (build / "graph.nq").open("rb") as source, stated.open("wb") as target:
            target.writelines(line for line in source if not line.endswith(skipped))

        def stages(store: ox.Store) -> list[float]:
            start = _cpu()
            store.bulk_load(path=str(stated), format=ox.RdfFormat.N_QUADS)
            times = [_cpu() - start]
            kg = KnowledgeGraph(store=store)
            for stage in (
                lambda: reason(kg),
                lambda: run_checks(kg, Graph(), shapes_dir() / "checks", in_oxigraph=True),
                lambda: precompute(kg),
            ):
                start = _cpu()
                stage()
                times.append(_cpu() - start)
            return times

        for kind in ("in memory", "on disk"):
            store = ox.Store(str(Path(tmp) / "store")) if kind == "on disk" else ox.Store()
            times = stages(store)
            print(f"| {kind} | " + " | ".join(f"{t:.2f} s" for t in times) + " |", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "_one":
        write_store(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    elif sys.argv[1] == "writers":
        writers(Path(sys.argv[2]))
    else:
        working(Path(sys.argv[2]))
