"""One pipeline path over one corpus, in its own process so that peak memory is its own.

`python -m benchmarks.run_path CORPUS_DIR PATH OUT_DIR [--runs N]` prints one JSON line per stage
as soon as it finishes (so a parent that stops a capped run still has the stages that finished)
and writes the inferred triples and every catalogue query's answer into OUT_DIR for the
equality checks. PATH is `default` (the project's defaults: the graph in a pyoxigraph Store,
the rules engine, the split validator, queries in Oxigraph) or `naive` (what the design card
suggests: rdflib's Memory store, owlrl's closure over a copy of the graph, every shape in
pySHACL, queries in rdflib's SPARQL engine).
"""

from __future__ import annotations

import dataclasses
import json
import resource
import signal
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import SH

from benchmarks.params import catalogue_params
from kg.errors import KgError
from kg.export import export
from kg.load import RDF_FORMATS, load, rdf_files
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH
from kg.query import EmbeddedStore, run_query
from kg.query_catalogue import catalogue
from kg.reason import is_wanted_entailment, reason
from kg.resources import ontology_dir, shapes_dir
from kg.store.embedded import OxigraphStore
from kg.validate import load_shapes, validate

WITHOUT_PRECOMPUTE = Path(__file__).parent / "without_precompute"
"""The catalogue queries that read the precomputed graph, as they were before it (#13)."""
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
    out.mkdir(parents=True, exist_ok=True)
    naive = path == "naive"
    start = time.perf_counter()
    kg = NaiveGraph.load(corpus) if naive else load([corpus])
    emit("load", time.perf_counter() - start, triples=len(kg))

    start = time.perf_counter()
    inferred_count = kg.reason() if naive else reason(kg).inferred
    emit("reason", time.perf_counter() - start, inferred=inferred_count)
    inferred = sorted(" ".join(t.n3() for t in triple) for triple in kg.graph(INFERRED_GRAPH))
    (out / "inferred.txt").write_text("\n".join(inferred) + "\n", encoding="utf-8")

    # Validation before export and queries: load, reason and validate are the build, so a run
    # stopped at the cap during them shows the naive build took longer than the cap.
    start = time.perf_counter()
    results, conforms = kg.validate() if naive else _validated(kg)
    emit("validate", time.perf_counter() - start, results=results, conforms=conforms)

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        if naive:
            kg.dataset.serialize(Path(tmp) / "graph.nq", format="nquads")
        else:
            export(kg, "nquads", Path(tmp) / "graph.nq")
        emit("export", time.perf_counter() - start)

    if naive:
        store = EmbeddedStore(kg)
    else:
        start = time.perf_counter()
        store = OxigraphStore.of(kg)  # precomputes the graph (kg.precompute), timed here
        store.names.lookup("")
        emit("query store", time.perf_counter() - start)

    answers: dict[str, list[list[str]]] = {}
    for name, query in catalogue().items():
        without = WITHOUT_PRECOMPUTE / f"{name}.rq"
        if naive and without.exists():  # rdflib's path has no precomputed graph (kg.precompute)
            query = dataclasses.replace(query, text=without.read_text(encoding="utf-8"))
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
            except KgError as error:  # e.g. a parameter the corpus has no value for
                emit(f"query {label}", None, error=str(error))
                continue
            answers[label] = sorted(
                [[comparable(t, v) for t, v in zip(r, result.variables, strict=True)] for r in rows]
            )
            emit(f"query {label}", statistics.median(timings), rows=len(rows), runs=len(timings))
    (out / "answers.json").write_text(json.dumps(answers, indent=1), encoding="utf-8")



def _validated(kg) -> tuple[int, bool]:
    report = validate(kg)
    return len(report.results), report.conforms


class NaiveGraph:
    """The naive path's graph: an rdflib Memory Dataset, one named graph per file as the
    project loads them, with just what the catalogue's rdflib engine needs (`dataset`)."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    @classmethod
    def load(cls, corpus: Path) -> NaiveGraph:
        dataset = Dataset(default_union=True)
        folder = ontology_dir()
        sources = [(folder / "kg.ttl", ONTOLOGY_GRAPH)]
        sources += [(path, VOCAB_GRAPH) for path in sorted((folder / "vocab").glob("*.ttl"))]
        sources += list(rdf_files(corpus))
        for path, graph_name in sources:
            if path.suffix == ".trig":
                dataset.parse(path, format="trig")
            else:
                dataset.graph(graph_name).parse(path, format=RDF_FORMATS[path.suffix])
        return cls(dataset)

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def graph(self, name: URIRef) -> Graph:
        return self.dataset.graph(name)

    def stated(self) -> Graph:
        union = Graph()
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            if getattr(g, "identifier", g) != INFERRED_GRAPH:
                union.add((s, p, o))
        return union

    def reason(self) -> int:
        """owlrl's full OWL 2 RL closure over a copy, kept as the project keeps entailments."""
        import owlrl

        stated = self.stated()
        closure = Graph()
        closure += stated
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
        inferred = self.dataset.graph(INFERRED_GRAPH)
        for triple in closure:
            if triple not in stated and is_wanted_entailment(triple):
                inferred.add(triple)
        return len(inferred)

    def validate(self) -> tuple[int, bool]:
        """Every shape in pySHACL over the stated graph, and the SPARQL checks in rdflib."""
        import pyshacl

        conforms, report, _ = pyshacl.validate(
            self.stated(), shacl_graph=load_shapes(), inference="none", advanced=True,
            allow_warnings=True,
        )
        results = len(list(report.subjects(RDF.type, SH.ValidationResult)))
        for path in sorted((shapes_dir() / "checks").glob("*.rq")):
            found = len(list(self.dataset.query(path.read_text(encoding="utf-8"))))
            results += found
            conforms = conforms and not found
        return results, bool(conforms)


if __name__ == "__main__":
    runs = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--runs" else 5
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), runs)
