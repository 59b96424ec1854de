"""The validation stage: a typed report, SPARQL checks with fixtures, results traced to files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.load import load
from kg.namespaces import ATTACK, CHECKS
from kg.resources import shapes_dir
from kg.validate import Severity, load_shapes, run_checks, validate

CHECK_FIXTURES = Path(__file__).parent / "checks"
CHECK_FILES = sorted((shapes_dir() / "checks").glob("*.rq"))
FIXTURES = sorted(CHECK_FIXTURES.glob("*/*/*.trig"))


def test_every_sparql_check_has_valid_and_invalid_fixtures():
    for check in CHECK_FILES:
        for kind in ("valid", "invalid"):
            assert list((CHECK_FIXTURES / check.stem / kind).glob("*.trig")), (check.stem, kind)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: f"{p.parts[-3]}/{p.parts[-2]}/{p.stem}")
def test_sparql_check_fixture_gives_exactly_the_expected_focus_nodes(fixture: Path):
    check = fixture.parts[-3]
    kg = load([fixture])
    report_graph = Graph()
    report_graph.add((BNode(), RDF.type, SH.ValidationReport))
    results = [
        r
        for r in run_checks(kg, report_graph, shapes_dir() / "checks")
        if r.source_shape == CHECKS[check]
    ]
    expected_file = fixture.with_suffix(".expected.csv")
    expected = set()
    if fixture.parts[-2] == "invalid":
        with expected_file.open(encoding="utf-8") as handle:
            expected = {URIRef(row["focus"]) for row in csv.DictReader(handle)}
    assert {r.focus_node for r in results} == expected


def test_shipped_data_conforms_with_four_warnings(reasoned_kg):
    report = validate(reasoned_kg)
    assert report.conforms
    assert report.violations == []
    assert {r.severity for r in report.warnings} == {Severity.WARNING}
    assert len(report.warnings) == 4


def test_the_written_report_does_not_conform_when_it_holds_warnings(reasoned_kg):
    """SHACL 1.0 section 3.1: sh:conforms is true only without any result; the build still
    passes on warnings (issue #15)."""
    report = validate(reasoned_kg)
    root = next(report.graph.subjects(RDF.type, SH.ValidationReport))
    assert report.conforms and not report.shacl_conforms
    assert report.graph.value(root, SH.conforms) == Literal(False)
    severities = [
        report.graph.value(r, SH.resultSeverity) for r in report.graph.objects(root, SH.result)
    ]
    assert severities.count(SH.Warning) == 4 and SH.Violation not in severities


def test_a_report_without_results_conforms(tmp_path):
    (tmp_path / "empty.ttl").write_text("", encoding="utf-8")
    report = validate(load([tmp_path / "empty.ttl"]))
    assert report.results == []
    root = next(report.graph.subjects(RDF.type, SH.ValidationReport))
    assert report.graph.value(root, SH.conforms) == Literal(True)


def test_each_result_names_the_file_that_states_the_focus_node(reasoned_kg):
    report = validate(reasoned_kg)
    hostage = [
        r for r in report.warnings if r.focus_node == ATTACK["2003-04-northern-mali-hostages"]
    ]
    assert len(hostage) == 1
    assert [p.name for p in hostage[0].source_files] == ["aqim.trig"]


def test_a_violation_makes_the_report_not_conform(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n"
        "<https://w3id.org/ctkg/id/attack/x> a kg:Attack .\n",
        encoding="utf-8",
    )
    report = validate(load([bad]))
    assert not report.conforms
    shapes = {str(r.source_shape) for r in report.violations}
    assert str(CHECKS["provenance-violation"]) in shapes  # no provenance
    assert any("AttackShape" in s for s in shapes)  # no date, place, perpetrator, name


def test_shapes_load_from_the_shapes_folder():
    assert len(load_shapes()) > 100


def test_a_constraint_targets_the_subclasses_the_data_states_but_not_inferred_ones(tmp_path):
    """SHACL's class targets reach a class's subclasses stated in the data (a partner's
    kg:Organisation below kg:ArmedGroup, and below it again), not those only the reasoner's
    graph holds, read from the store as a SPARQL constraint's target is built."""
    import pyoxigraph as ox

    from kg.namespaces import INFERRED_GRAPH, KG
    from kg.validate import _subclasses

    data = tmp_path / "partner.trig"
    data.write_text(
        "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n"
        "@prefix ex: <urn:x-test:> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "ex:g { ex:Cell rdfs:subClassOf kg:ArmedGroup . _:b rdfs:subClassOf ex:Cell . }\n",
        encoding="utf-8",
    )
    kg = load([data])
    kg.store.add(ox.Quad(
        ox.NamedNode("urn:x-test:Inferred"), ox.NamedNode(str(RDFS_SUBCLASS)),
        ox.NamedNode(str(KG.ArmedGroup)), ox.NamedNode(str(INFERRED_GRAPH)),
    ))
    found = _subclasses(kg, (KG.ArmedGroup,))
    assert URIRef("urn:x-test:Cell") in found and KG.ArmedGroup in found
    assert sum(isinstance(node, BNode) for node in found) == 1
    assert URIRef("urn:x-test:Inferred") not in found


RDFS_SUBCLASS = URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf")
