"""One pipeline path over one corpus, in its own process so that peak memory is its own.

`python -m benchmarks.run_path CORPUS_DIR PATH OUT_DIR [--runs N]` prints one JSON line per stage
as soon as it finishes (so a parent that stops a capped run still has the stages that finished)
and writes the inferred triples and every catalogue query's answer into OUT_DIR for the
equality checks. PATH is `default` (the project's defaults: rules engine, split validator) or
`naive` (owlrl closure over a copy of the graph, every shape in pySHACL). Queries run where
each path runs them: the default on the graph's in-memory Oxigraph copy (kg.fast_query), the
naive path in rdflib's own SPARQL engine.
"""

from __future__ import annotations

import json
import resource
import signal
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from benchmarks.params import catalogue_params
from kg.export import export
from kg.fast_query import OxigraphStore
from kg.load import load
from kg.namespaces import INFERRED_GRAPH
from kg.query import EmbeddedStore, run_query
from kg.query_catalogue import catalogue
from kg.reason import reason
from kg.validate import validate

QUERY_CAP = 60  # seconds; a query still running then is reported as "> cap"
SLOW = 5.0  # a query slower than this is run once, not `runs` times


@contextmanager
def time_limit(seconds: int):
    """Stop a pure-Python query evaluation after `seconds` (SIGALRM; main thread only)."""

    def stop(signum, frame):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


PATHS = {"default": ("rules", "split"), "naive": ("owlrl", "pyshacl")}


def comparable(term: object, variable: str = "") -> str:
    """A term's N-Triples form, with what engines may legitimately write differently folded:
    language-tag case (BCP 47; also in a `language` column holding LANG()) and the order of
    GROUP_CONCAT lists (undefined in SPARQL)."""
    if term is None:
        return ""
    if variable == "language":
        return str(term).casefold()
    language = getattr(term, "language", None)
    if language:
        return f'"{"; ".join(sorted(str(term).split("; ")))}"@{language.lower()}'
    text = term.n3()
    if "; " in text and text.startswith('"'):
        return '"' + "; ".join(sorted(str(term).split("; "))) + '"'
    return text


def emit(stage: str, seconds: float | None, **extra: object) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"stage": stage, "seconds": seconds, "peak_mib": peak, **extra}), flush=True)


def main(corpus: Path, path: str, out: Path, runs: int = 5) -> None:
    engine, validator = PATHS[path]
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    kg = load([corpus])
    emit("load", time.perf_counter() - start, triples=len(kg))

    start = time.perf_counter()
    result = reason(kg, engine=engine)
    emit("reason", time.perf_counter() - start, inferred=result.inferred)
    inferred = sorted(" ".join(t.n3() for t in triple) for triple in kg.graph(INFERRED_GRAPH))
    (out / "inferred.txt").write_text("\n".join(inferred) + "\n", encoding="utf-8")

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        export(kg, "nquads", Path(tmp) / "graph.nq")
        emit("export", time.perf_counter() - start)

    if path == "default":
        start = time.perf_counter()
        store = OxigraphStore(kg)
        emit("query store", time.perf_counter() - start)
    else:
        store = EmbeddedStore(kg)

    answers: dict[str, list[list[str]]] = {}
    for name, query in catalogue().items():
        for label, params in catalogue_params(corpus, name):
            timings = []
            try:
                for _ in range(runs):
                    with time_limit(QUERY_CAP):
                        start = time.perf_counter()
                        result = run_query(store, query, params)
                        rows = result.rows
                        timings.append(time.perf_counter() - start)
                    if timings[-1] > SLOW:
                        break  # one run of a slow query says enough
            except TimeoutError:
                emit(f"query {label}", None, capped=QUERY_CAP)
                continue
            answers[label] = sorted(
                [[comparable(t, v) for t, v in zip(r, result.variables, strict=True)] for r in rows]
            )
            emit(f"query {label}", statistics.median(timings), rows=len(rows), runs=len(timings))
    (out / "answers.json").write_text(json.dumps(answers, indent=1), encoding="utf-8")

    start = time.perf_counter()
    report = validate(kg, validator=validator)
    emit("validate", time.perf_counter() - start, results=len(report.results),
         conforms=report.conforms)


if __name__ == "__main__":
    runs = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--runs" else 5
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), runs)
