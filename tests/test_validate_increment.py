"""Validating only what an increment can change (#13): after statements are added to a graph
whose validation is known, `validate(kg, increment=…)` checks the core shapes on the focus
nodes the additions can affect and keeps the previous results elsewhere. Each case compares
that scoped report with a full validation of the same graph, result for result, on the curated
data: a new profile, a violation the increment causes in old data (at the changed node, and
one step back from it), and a violation in the new data itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.load import KnowledgeGraph, add_file, load
from kg.namespaces import GROUP
from kg.validate import (
    Increment,
    ValidationReport,
    _validate_core_scoped,
    _without,
    load_shapes,
    sparql_constraints,
)
from kg.validate import validate as run_validation
from tests.hermetic import DATA

AL_MOURABITOUN = Path(__file__).parent / "ingest" / "expected" / "al-mourabitoun.trig"
PREFIXES = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix group: <https://w3id.org/ctkg/id/group/> .
@prefix attribution: <https://w3id.org/ctkg/id/attribution/> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <urn:x-test:> .
"""
ATTRIBUTION = URIRef("https://w3id.org/ctkg/id/attribution/2003-04-northern-mali-hostages-aqim")
ATTACK = URIRef("https://w3id.org/ctkg/id/attack/2003-04-northern-mali-hostages")
# a shape that reads one step further than the project's: an attack's attributions may name
# one organisation each (a violation at the attack when an attribution gains a second)
ONE_STEP_BACK = PREFIXES + """
ex:AttackAttributionsShape a sh:NodeShape ;
  sh:targetClass kg:Attack ;
  sh:property [
    sh:path kg:attribution ;
    sh:node [ sh:property [ sh:path kg:attributedTo ; sh:maxCount 1 ] ]
  ] .
"""


@pytest.fixture(scope="module")
def shapes() -> Graph:
    graph = load_shapes()
    graph.parse(data=ONE_STEP_BACK, format="turtle")
    return graph


def results(report) -> set[tuple]:
    return {
        (r.focus_node, r.path, r.source_shape, r.severity, r.value, r.message)
        for r in report.results
    }


@pytest.fixture(scope="module")
def base(shapes) -> tuple[KnowledgeGraph, ValidationReport]:
    """The curated data and its validation, loaded once per module."""
    kg = load([DATA])
    return kg, run_validation(kg, shapes=shapes)


def scoped_and_full(base, shapes: Graph, tmp_path: Path, name: str, text: str | Path):
    """A copy of the curated data with the increment added, validated both ways."""
    original, previous = base
    kg = KnowledgeGraph(files=dict(original.files))
    kg.store.bulk_extend(original.store)
    kg.as_written.quads = dict(original.as_written.quads)
    added = increment_file(tmp_path, name, text)
    quads = add_file(kg, added, URIRef(f"urn:x-test:graph/{name}"))
    increment = Increment(quads, previous.graph)
    core = _without(shapes, sparql_constraints(shapes) or [])
    with kg.inferred_set_aside():
        assert _validate_core_scoped(kg, core, increment) is not None, "the scoped path ran"
    scoped = run_validation(kg, shapes=shapes, increment=increment)
    full = run_validation(kg, shapes=shapes)
    return previous, scoped, full


def increment_file(tmp_path: Path, name: str, text: str | Path) -> Path:
    if isinstance(text, Path):
        return text
    path = tmp_path / f"{name}.trig"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_profile_gets_the_results_a_full_validation_gives(base, shapes, tmp_path):
    _, scoped, full = scoped_and_full(base, shapes, tmp_path, "al-mourabitoun", AL_MOURABITOUN)
    assert results(scoped) == results(full)


def test_a_second_english_name_for_an_old_group_is_found_at_the_old_group(base, shapes, tmp_path):
    text = PREFIXES + '<urn:x-test:g> { group:aqim skos:prefLabel "Another name"@en . }\n'
    previous, scoped, full = scoped_and_full(base, shapes, tmp_path, "renamed", text)
    assert GROUP.aqim not in {r.focus_node for r in previous.violations}
    assert GROUP.aqim in {r.focus_node for r in scoped.violations}
    assert results(scoped) == results(full)


def test_a_second_perpetrator_of_an_old_attribution_is_found_one_step_back(base, shapes, tmp_path):
    """The attribution is the subject of the new statement; the attack that points to it is
    the focus node whose result changes."""
    text = PREFIXES + (
        "<urn:x-test:g> { attribution:2003-04-northern-mali-hostages-aqim "
        "kg:attributedTo group:gspc . }\n"
    )
    previous, scoped, full = scoped_and_full(base, shapes, tmp_path, "second", text)
    violated = {r.focus_node for r in scoped.violations}
    assert {ATTRIBUTION, ATTACK} <= violated
    assert not {ATTRIBUTION, ATTACK} & {r.focus_node for r in previous.violations}
    assert results(scoped) == results(full)


def test_a_new_group_without_a_name_is_reported(base, shapes, tmp_path):
    text = PREFIXES + "<urn:x-test:g> { group:nameless a kg:Organisation ; kg:acronym \"NL\" . }\n"
    _, scoped, full = scoped_and_full(base, shapes, tmp_path, "nameless", text)
    assert GROUP.nameless in {r.focus_node for r in scoped.violations}
    assert results(scoped) == results(full)


def test_a_new_subclass_axiom_means_validating_everything(shapes):
    kg = KnowledgeGraph()
    kg.store.load(
        (PREFIXES + "<urn:x-test:g> { ex:Cell <http://www.w3.org/2000/01/rdf-schema#subClassOf> "
         "kg:Organisation . }").encode(), format=__import__("pyoxigraph").RdfFormat.TRIG,
    )
    added = list(kg.store)
    core = _without(shapes, sparql_constraints(shapes) or [])
    assert _validate_core_scoped(kg, core, Increment(added, Graph())) is None
