"""The core shapes (shacl-rust, on a thread of its own) validated beside the SHACL-SPARQL
constraints (on the main thread): the same report, in the same order, as one after the other."""

from __future__ import annotations

import importlib
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from rdflib import RDF, BNode
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from kg.errors import KgError
from kg.load import add_file, load
from kg.namespaces import GRAPH
from kg.reason import reason
from kg.validate import ValidationReport, validate
from tests.hermetic import DATA

# the module, not the function `kg.validate` that the package exports under its name
validation = importlib.import_module("kg.validate")
BROKEN = Path(__file__).resolve().parent / "scale" / "broken-groups.trig"


class _OneAfterTheOther:
    """An executor that runs what it is given at once, on the calling thread: validation as
    it was before the core shapes had a thread of their own."""

    def __init__(self, **_options: object) -> None:
        pass

    def __enter__(self) -> _OneAfterTheOther:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def submit(self, work, *args, **kwargs) -> Future:
        done: Future = Future()
        done.set_result(work(*args, **kwargs))
        return done


@pytest.fixture(scope="module")
def broken_kg():
    """The curated places with broken groups: results from core shapes and from SHACL-SPARQL
    constraints (the lineage cycle) alike."""
    kg = load([DATA / "places.ttl"])
    add_file(kg, BROKEN, GRAPH["broken"])
    reason(kg)
    return kg


def _ordered(report: ValidationReport) -> list[tuple[str, ...]]:
    return [
        (
            r.severity.value,
            str(r.focus_node),
            "_:" if isinstance(r.source_shape, BNode) else str(r.source_shape),
            str(r.path),
            r.message,
            str(r.value),
        )
        for r in report.results
    ]


def test_broken_groups_give_the_same_results_in_the_same_order_as_one_after_the_other(
    broken_kg, monkeypatch
):
    beside = validate(broken_kg)
    with monkeypatch.context() as patched:
        patched.setattr(validation, "ThreadPoolExecutor", _OneAfterTheOther)
        in_turn = validate(broken_kg)
    assert not beside.conforms
    sources = {str(r.source_shape).rsplit("#", 1)[-1] for r in beside.results}
    assert "LineageCycleShape" in sources  # a SHACL-SPARQL constraint's results are there
    assert _ordered(beside) == _ordered(in_turn)
    assert isomorphic(beside.graph, in_turn.graph)


def test_every_result_hangs_from_the_one_validation_report(broken_kg):
    report = validate(broken_kg)
    roots = list(report.graph.subjects(RDF.type, SH.ValidationReport))
    assert len(roots) == 1
    hung = set(report.graph.objects(roots[0], SH.result))
    assert hung == set(report.graph.subjects(RDF.type, SH.ValidationResult))
    assert len(hung) == len(report.results)


def test_core_shapes_run_on_a_thread_of_their_own_and_constraints_on_the_callers(
    broken_kg, monkeypatch
):
    threads: dict[str, set[str]] = {"core": set(), "constraint": set()}
    validate_core, run_constraint = validation.validate_core, validation._run_constraint

    def core(*args, **kwargs):
        threads["core"].add(threading.current_thread().name)
        return validate_core(*args, **kwargs)

    def constraint(*args, **kwargs):
        threads["constraint"].add(threading.current_thread().name)
        return run_constraint(*args, **kwargs)

    monkeypatch.setattr(validation, "validate_core", core)
    monkeypatch.setattr(validation, "_run_constraint", constraint)
    validate(broken_kg)
    main = threading.main_thread().name
    assert threads["constraint"] == {main}
    assert len(threads["core"]) == 1 and main not in threads["core"]


def test_a_failing_constraint_waits_for_the_core_shapes_and_leaves_no_stated_file(
    broken_kg, monkeypatch
):
    read: list[Path] = []
    finished = threading.Event()
    validate_core = validation.validate_core

    def core(data, *args, **kwargs):
        read.append(Path(data))
        try:
            return validate_core(data, *args, **kwargs)
        finally:
            finished.set()

    def failing(*_args, **_kwargs):
        raise KgError("a constraint could not run")

    monkeypatch.setattr(validation, "validate_core", core)
    monkeypatch.setattr(validation, "_run_constraint", failing)
    with pytest.raises(KgError, match="could not run"):
        validate(broken_kg)
    assert finished.is_set()
    assert len(read) == 1 and not read[0].exists()
