"""Does the fast SHACL Core validator flag exactly what pySHACL, the reference, flags?

`kg.shacl_core.validate_core` runs the core shapes (the SHACL-SPARQL constraints run elsewhere) in
shacl-rust and sends back to pySHACL only the focus nodes where the two are known to disagree. A
fast path that answers differently is a bug, so every test here runs both on the same N-Triples
and compares every result the way `kg.validate` reads a report: each sh:ValidationResult node,
nested sh:detail ones included, as (top-level?, focus, path, value, severity, source shape,
constraint component, and the messages wherever the shape gives an sh:message).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from benchmarks.generate import generate
from rdflib import RDF, BNode, Graph, Literal
from rdflib.namespace import SH, Namespace

from kg.errors import KgError
from kg.load import load
from kg.namespaces import ID, INFERRED_GRAPH
from kg.reason import reason
from kg.shacl_core import reference_only, validate_core
from kg.store.terms import OxigraphTerms, to_rdflib
from kg.validate import load_shapes
from tests.test_shapes import fixture_files, fixture_id, with_background

HERE = Path(__file__).resolve().parent / "shacl_core"
CORNER_CASES = HERE / "corner-cases.ttl"
EDGE = Namespace(ID["edge/"])


def core_shapes() -> Graph:
    """The project's shapes as the split validator hands them over: without sh:sparql."""
    core = Graph()
    for triple in load_shapes():
        if triple[1] != SH.sparql:
            core.add(triple)
    return core


CORE = core_shapes()


def stated(graph: Graph) -> tuple[bytes, Graph]:
    """The graph as N-Triples, written by Oxigraph's serializer but not through a Store (which
    would rewrite "5"^^xsd:int as an xsd:integer), and the same triples as an rdflib graph for
    pySHACL, blank-node labels and all."""
    convert = OxigraphTerms()
    data = ox.serialize(
        (ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in graph),
        format=ox.RdfFormat.N_TRIPLES,
    )
    reference = Graph()
    for triple in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        reference.add(tuple(to_rdflib(term) for term in triple.triple))
    return data, reference


def answers(report: Graph, shapes: Graph) -> Counter:
    top = set(report.objects(None, SH.result))
    found: Counter = Counter()
    for node in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(node, SH.sourceShape)
        messages = (
            frozenset(report.objects(node, SH.resultMessage))
            if shapes.value(shape, SH.message) is not None
            else None
        )
        found[
            (
                node in top,
                report.value(node, SH.focusNode),
                report.value(node, SH.resultPath),
                report.value(node, SH.value),
                report.value(node, SH.resultSeverity),
                shape,
                report.value(node, SH.sourceConstraintComponent),
                messages,
            )
        ] += 1
    return found


def pyshacl_answers(graph: Graph, shapes: Graph) -> Counter:
    _, report, _ = pyshacl.validate(
        graph, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    return answers(report, shapes)


def assert_same_answers(graph: Graph, shapes: Graph = CORE) -> Counter:
    data, reference = stated(graph)
    fast = answers(validate_core(data, shapes), shapes)
    expected = pyshacl_answers(reference, shapes)
    missing, unexpected = sorted(map(str, expected - fast)), sorted(map(str, fast - expected))
    assert fast == expected, f"missing: {missing}\nunexpected: {unexpected}"
    return fast


@pytest.mark.parametrize("fixture", fixture_files(), ids=fixture_id)
def test_fast_core_validation_flags_what_pyshacl_flags_in_each_shape_fixture(fixture: Path):
    found = assert_same_answers(with_background(Graph().parse(fixture, format="turtle")))
    if fixture.parent.name == "valid":
        assert not found


def test_fast_core_validation_agrees_with_pyshacl_on_corner_cases():
    found = assert_same_answers(with_background(Graph().parse(CORNER_CASES, format="turtle")))
    components = {row[6] for row in found}
    assert {
        SH.MinInclusiveConstraintComponent,
        SH.MaxInclusiveConstraintComponent,
        SH.LessThanOrEqualsConstraintComponent,
        SH.UniqueLangConstraintComponent,
        SH.NodeKindConstraintComponent,
        SH.NodeConstraintComponent,
    } <= components
    assert any(isinstance(row[1], BNode) for row in found), "a blank node as focus node"
    assert any(not row[0] for row in found), "sh:detail results under an sh:node result"


def test_fast_core_validation_agrees_with_pyshacl_on_a_generated_corpus_with_mistakes(
    tmp_path_factory,
):
    corpus = generate(tmp_path_factory.mktemp("corpus") / "XS", "XS", seed=11).folder
    kg = load([corpus, CORNER_CASES])
    reason(kg)
    found = assert_same_answers(kg.union(exclude=[INFERRED_GRAPH]))
    flagged = {row[1] for row in found if row[0]}
    assert flagged, "the corner cases are flagged"
    assert all(isinstance(node, BNode) or str(node).startswith(EDGE) for node in flagged), (
        "the generated corpus itself passes the shapes"
    )


def test_severity_deactivation_and_tagged_messages_come_out_as_in_pyshacl():
    shapes = Graph().parse(HERE / "feature-shapes.ttl", format="turtle")
    assert reference_only(shapes) == []
    found = assert_same_answers(Graph().parse(HERE / "feature-data.ttl", format="turtle"), shapes)
    assert {row[4] for row in found} == {SH.Warning, SH.Info}
    assert Literal("Donnez un nom à la chose.", lang="fr") in {m for row in found for m in row[7]}


def test_shapes_using_a_feature_the_tests_do_not_cover_are_validated_by_pyshacl_whole():
    shapes = Graph().parse(HERE / "closed-shapes.ttl", format="turtle")
    assert any("closed" in reason for reason in reference_only(shapes))
    found = assert_same_answers(Graph().parse(HERE / "feature-data.ttl", format="turtle"), shapes)
    assert SH.ClosedConstraintComponent in {row[6] for row in found}


def test_the_project_shapes_are_all_trusted_to_the_fast_engine():
    assert reference_only(CORE) == []


def test_dates_with_years_outside_1_to_9999_are_well_formed_for_the_fast_path_only():
    data, reference = stated(
        with_background(Graph().parse(HERE / "years-outside-1-to-9999.ttl", format="turtle"))
    )
    fast = answers(validate_core(data, CORE), CORE)
    expected = pyshacl_answers(reference, CORE)
    assert not fast
    flagged = {(row[1], row[6]) for row in expected}
    assert flagged == {
        (EDGE["ides-of-march"], SH.DatatypeConstraintComponent),
        (EDGE["far-future"], SH.DatatypeConstraintComponent),
    }


def test_a_stated_graph_that_is_not_n_triples_is_an_error_saying_where():
    with pytest.raises(KgError, match="line 2"):
        validate_core(b'<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> "open .\n', CORE)
