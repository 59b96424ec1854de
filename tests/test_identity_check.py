"""The identity check as builds run it (`kg.identity_check`, index look-ups on the store) gives
the focus nodes its SPARQL file gives in rdflib's engine: on every fixture of the check, on
fixtures that mix the cases, and on the curated data."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph
from rdflib.namespace import SH

from kg.identity_check import identity_violations
from kg.load import KnowledgeGraph, load
from kg.namespaces import CHECKS
from kg.resources import shapes_dir
from kg.store.terms import to_rdflib
from kg.validate import run_checks

FIXTURES = sorted((Path(__file__).parent / "checks" / "identity-violation").glob("*/*.trig"))
CHECK = shapes_dir() / "checks" / "identity-violation.rq"


def by_the_query(kg: KnowledgeGraph) -> set:
    """The check's focus nodes as rdflib's engine finds them from the .rq file."""
    report = Graph()
    report.add((BNode(), RDF.type, SH.ValidationReport))
    folder = CHECK.parent
    return {
        r.focus_node
        for r in run_checks(kg, report, folder)
        if r.source_shape == CHECKS["identity-violation"]
    }


def by_look_ups(kg: KnowledgeGraph) -> set:
    with kg.inferred_set_aside():
        return {to_rdflib(focus) for focus, _ in identity_violations(kg.store)}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_look_ups_find_what_the_query_finds_on_each_fixture(fixture: Path):
    kg = load([fixture])
    assert by_look_ups(kg) == by_the_query(kg)


def test_look_ups_find_what_the_query_finds_on_every_fixture_at_once():
    """The fixtures together: organisations of several files, one of them named by three."""
    kg = load(FIXTURES)
    expected = by_the_query(kg)
    assert expected, "the invalid fixtures give focus nodes"
    assert by_look_ups(kg) == expected


def test_the_curated_data_gives_the_same_answer_both_ways(raw_kg):
    assert by_look_ups(raw_kg) == by_the_query(raw_kg)


def test_validate_reports_the_look_ups_as_the_check(tmp_path):
    from kg.validate import validate

    invalid = [p for p in FIXTURES if p.parent.name == "invalid"]
    report = validate(load(invalid))
    found = {r.focus_node for r in report.results if r.source_shape == CHECKS["identity-violation"]}
    assert found == by_the_query(load(invalid))
    assert found


def test_a_node_the_reasoner_newly_types_is_among_the_affected_organisations():
    """An increment can make an old node an organisation by entailment alone (a domain, a
    subclass): its identity row is then new although no stated quad names it."""
    import pyoxigraph as ox

    from kg.identity_check import affected_by
    from kg.namespaces import KG

    store = ox.Store()
    node, inferred_graph = ox.NamedNode("urn:x-test:old"), ox.NamedNode("urn:x-test:inferred")
    typed = ox.Quad(
        node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.ArmedGroup)), inferred_graph
    )
    store.add(typed)
    assert node not in affected_by(store, [])
    assert node in affected_by(store, [], [typed])
