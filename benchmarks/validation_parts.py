"""Each part of a whole validation timed on its own, on a copy of a build's store, to find which
part grows faster than the data (#13: XL's validation had not ended after 16 minutes where L's
takes about 20 s). One line per part: CPU seconds (user + sys of this process) and wall seconds.

`python -m benchmarks.validation_parts BUILD_DIR [BUILD_DIR …]`

The parts are those `kg.validate.validate` runs in a full build: setting the inferred graph
aside (and back), writing the stated N-Quads, the core shapes in shacl-rust, each SHACL-SPARQL
constraint over the whole store, the identity check, the two other SPARQL checks and the
schema-axiom check. Each build's `graph.nq` is read into an in-memory store, as a full build
validates it (`--on-disk`: a copy of the build's RocksDB store instead, as a batch add works),
and its precomputed graph dropped, as validation never sees it.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.build import _copy_store
from kg.load import KnowledgeGraph
from kg.precompute import drop_precomputed
from kg.resources import shapes_dir
from kg.shacl_core import validate_core
from kg.validate import (
    _identity_rows,
    _n3,
    _select,
    _subclasses,
    _without,
    load_shapes,
    schema_axiom_results,
    sparql_constraints,
)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def _timed(label: str, figures: dict[str, tuple[float, float]]) -> Iterator[None]:
    cpu, wall = _cpu(), time.perf_counter()
    yield
    figures[label] = (_cpu() - cpu, time.perf_counter() - wall)
    print(f"{label}: {figures[label][0]:.2f} s CPU, {figures[label][1]:.2f} s wall", flush=True)


def parts(build_dir: Path, *, on_disk: bool = False) -> dict[str, tuple[float, float]]:
    """CPU and wall seconds of each part of validating the build in `build_dir`."""
    figures: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-validation-parts-") as scratch:
        folder = build_dir.resolve()
        if on_disk:
            kg = KnowledgeGraph(store=_copy_store(folder / "store", Path(scratch) / "s"))
        else:
            kg = KnowledgeGraph()
            kg.store.bulk_load(path=folder / "graph.nq", format=ox.RdfFormat.N_QUADS)
        kg.as_written.read(folder / "as-written.nq")
        drop_precomputed(kg)
        shapes = load_shapes()
        constraints = sparql_constraints(shapes) or []
        core = _without(shapes, constraints)
        run: list[tuple[str, Callable[[], object]]] = []
        with _timed("inferred graph set aside", figures):
            aside = kg.inferred_set_aside()
            aside.__enter__()
        stated = Path(scratch) / "stated.nq"
        with _timed("stated N-Quads written", figures):
            kg.write_stated_nquads(stated)
        with _timed("core shapes (shacl-rust)", figures):
            validate_core(stated, core, data_format="nq")
        for constraint in constraints:
            query = constraint.for_whole_graph().replace(
                "#classes#", _n3(_subclasses(kg, constraint.target_classes))
            )
            name = str(constraint.constraint).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            run.append((f"constraint {name}", lambda q=query, s=kg.store: _select(s, q, "time")))
        for label, work in run:
            with _timed(label, figures):
                work()
        with _timed("inferred graph put back", figures):
            aside.__exit__(None, None, None)
        for path in sorted((shapes_dir() / "checks").glob("*.rq")):
            if path.stem == "identity-violation":
                with _timed("check identity (look-ups)", figures):
                    _identity_rows(kg)
            else:
                text = path.read_text(encoding="utf-8")
                with _timed(f"check {path.stem}", figures):
                    _select(kg.store, text, "timing")
        from rdflib import Graph

        with _timed("schema axioms in data", figures):
            schema_axiom_results(kg, Graph())
        del kg
    return figures


def main(arguments: list[str]) -> None:
    on_disk = "--on-disk" in arguments
    folders = [Path(arg) for arg in arguments if arg != "--on-disk"]
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for folder in folders:
        print(f"== {folder} ({len(ox.Store.read_only(str(folder / 'store'))):,} quads)", flush=True)
        table[str(folder)] = parts(folder, on_disk=on_disk)
    labels = list(dict.fromkeys(label for figures in table.values() for label in figures))
    print("| part | " + " | ".join(table) + " |")
    print("|---|" + "---:|" * len(table))
    for label in labels:
        cells = [f"{figures[label][0]:.2f} s" if label in figures else "–"
                 for figures in table.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
