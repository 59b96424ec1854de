"""Do the SHACL shapes flag exactly what they should, and does the curated data pass them?

Every shape in `shapes/*.ttl` has fixtures under `tests/shapes/<ShapeLocalName>/`: `valid/*.ttl`
that must give no result at all, and `invalid/*.ttl` whose results must be exactly the rows of the
`*.expected.csv` beside it (focus, path, shape, severity; focus and path as full IRIs, path empty
for node-level and SPARQL results). Each fixture is validated the way production validates: one
graph holding the fixture, the ontology, the vocabularies and the places gazetteer, with pyshacl
doing no inference of its own.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import owlrl
import pyshacl
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.gazetteer import describe_mentioned, gazetteer
from tests.hermetic import DATA

ROOT = Path(__file__).resolve().parent.parent
SHAPES_DIR = ROOT / "shapes"
FIXTURES_DIR = Path(__file__).resolve().parent / "shapes"
AQIM_PROFILE = DATA / "profiles" / "aqim.trig"
AQIM_EXPECTED = FIXTURES_DIR / "aqim-profile.expected.csv"
SHAPES_NS = "https://w3id.org/ctkg/shapes#"
CSV_HEADER = ["focus", "path", "shape", "severity"]

# (focus, path, shape, severity): IRIs as strings, "" for no path, severity "Violation"|"Warning".
Result = tuple[str, str, str, str]


def background_files() -> list[Path]:
    """What every validated graph holds beside the data: ontology, vocabularies, gazetteer."""
    vocabularies = sorted((ROOT / "ontology" / "vocab").glob("*.ttl"))
    return [ROOT / "ontology" / "kg.ttl", *vocabularies, DATA / "places.ttl"]


@cache
def background_graph() -> Graph:
    graph = Graph()
    for path in background_files():
        graph.parse(path, format="turtle")
    return graph


@cache
def shapes_graph() -> Graph:
    graph = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def with_background(data: Graph) -> Graph:
    graph = Graph()
    for triple in background_graph():
        graph.add(triple)
    for triple in data:
        graph.add(triple)
    # data/places.ttl holds only analysts' regions; countries and towns come from the
    # gazetteer, as the build adds them
    for triple in describe_mentioned(gazetteer(), list(graph)):
        graph.add(triple)
    return graph


def named_shape(shapes: Graph, shape: Node) -> Node:
    """The shape a result names: a blank nested shape is reported as the named shape holding it."""
    seen: set[Node] = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        holder = next(shapes.subjects(None, shape), None)
        if holder is None:
            break
        shape = holder
    return shape


def _iri_or_empty(node: Node | None, what: str) -> str:
    if node is None:
        return ""
    if not isinstance(node, URIRef):
        raise AssertionError(f"{what} {node!r} is not an IRI; fixtures and shapes must name it")
    return str(node)


def results_of(report: Graph, shapes: Graph) -> set[Result]:
    """The validation report as a set of (focus, path, shape, severity)."""
    results: set[Result] = set()
    for report_node in report.subjects(RDF.type, SH.ValidationReport):
        for result in report.objects(report_node, SH.result):
            severity = report.value(result, SH.resultSeverity)
            results.add(
                (
                    _iri_or_empty(report.value(result, SH.focusNode), "focus node"),
                    _iri_or_empty(report.value(result, SH.resultPath), "result path"),
                    _iri_or_empty(
                        named_shape(shapes, report.value(result, SH.sourceShape)), "source shape"
                    ),
                    str(severity).rsplit("#", 1)[-1],
                )
            )
    return results


def validate(data: Graph) -> set[Result]:
    """Validate a union graph as production does (no pyshacl inference, SHACL-SPARQL on)."""
    shapes = shapes_graph()
    _, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    return results_of(report, shapes)


def read_expected(path: Path) -> set[Result]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        assert header == CSV_HEADER, f"{path}: header must be {','.join(CSV_HEADER)}"
        return {(focus, path_, shape, severity) for focus, path_, shape, severity in reader}


def show(results: set[Result]) -> str:
    return "\n".join(",".join(row) for row in sorted(results)) or "(none)"


def top_level_shapes(shapes: Graph) -> set[Node]:
    """Shapes that select focus nodes themselves: typed sh:NodeShape or carrying a target."""
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    found = set(shapes.subjects(RDF.type, SH.NodeShape))
    for target in targets:
        found.update(shapes.subjects(target, None))
    return found


def fixture_files() -> list[Path]:
    return sorted(FIXTURES_DIR.glob("*/valid/*.ttl")) + sorted(FIXTURES_DIR.glob("*/invalid/*.ttl"))


def fixture_id(path: Path) -> str:
    return str(path.relative_to(FIXTURES_DIR).with_suffix(""))


# ---------------------------------------------------------------- fixtures, one validation each


@pytest.mark.parametrize("fixture", fixture_files(), ids=fixture_id)
def test_shape_fixture_gives_exactly_expected_results(fixture: Path) -> None:
    shape_name, kind = fixture.parent.parent.name, fixture.parent.name
    data = Graph().parse(fixture, format="turtle")
    actual = validate(with_background(data))
    if kind == "valid":
        assert not actual, f"{fixture_id(fixture)} should give no result, got:\n{show(actual)}"
        return
    expected_file = fixture.with_name(fixture.stem + ".expected.csv")
    assert expected_file.is_file(), f"{fixture_id(fixture)} has no {expected_file.name}"
    expected = read_expected(expected_file)
    own = {row for row in expected if row[2].removeprefix(SHAPES_NS).split("-")[0] == shape_name}
    assert own, f"{expected_file.name} expects no result from {shape_name}, the shape it is for"
    assert actual == expected, (
        f"{fixture_id(fixture)}\nmissing:\n{show(expected - actual)}\n"
        f"unexpected:\n{show(actual - expected)}"
    )


def test_every_shape_has_a_valid_and_an_invalid_fixture() -> None:
    shapes = {
        str(shape).removeprefix(SHAPES_NS)
        for shape in top_level_shapes(shapes_graph())
        if isinstance(shape, URIRef)
    }
    missing = sorted(
        f"{name}/{kind}"
        for name in shapes
        for kind in ("valid", "invalid")
        if not any((FIXTURES_DIR / name / kind).glob("*.ttl"))
    )
    assert not missing, f"shapes without fixtures: {missing}"
    orphans = sorted(
        path.name for path in FIXTURES_DIR.iterdir() if path.is_dir() and path.name not in shapes
    )
    assert not orphans, f"fixture folders for shapes that do not exist: {orphans}"
    stray = sorted(
        fixture_id(path)
        for path in FIXTURES_DIR.glob("*/invalid/*.expected.csv")
        if not path.with_name(path.name.removesuffix(".expected.csv") + ".ttl").is_file()
    )
    assert not stray, f"expectations without a fixture: {stray}"


def test_every_shape_is_named_and_every_constraint_says_what_to_fix() -> None:
    shapes = shapes_graph()
    blank = [s for s in top_level_shapes(shapes) if not isinstance(s, URIRef)]
    assert not blank, "top-level shapes must be IRIs in the kgsh: namespace"
    outside = sorted(str(s) for s in top_level_shapes(shapes) if not str(s).startswith(SHAPES_NS))
    assert not outside, f"shapes outside {SHAPES_NS}: {outside}"
    # Property shapes of named shapes report results, so they are named too; the blank ones nested
    # inside sh:node (a concept's scheme) only ever surface as their named holder's result.
    property_shapes = {
        shape for holder, shape in shapes.subject_objects(SH.property) if isinstance(holder, URIRef)
    }
    unnamed = sorted(str(s) for s in property_shapes if not isinstance(s, URIRef))
    assert not unnamed, f"property shapes of named shapes must be named: {unnamed}"
    constraints = property_shapes | set(shapes.objects(None, SH.sparql))
    silent = sorted(str(c) for c in constraints if shapes.value(c, SH.message) is None)
    assert not silent, f"constraints without sh:message: {silent}"


# ---------------------------------------------------------------- the curated AQIM profile


@cache
def aqim_union() -> Graph:
    """The AQIM profile's quads, merged into one graph with ontology, vocabularies and places."""
    dataset = Dataset()
    dataset.parse(AQIM_PROFILE, format="trig")
    data = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    return with_background(data)


def reasoned(graph: Graph) -> Graph:
    """An OWL RL closure of a copy, without the triples whose subject is a literal."""
    closure = Graph()
    for triple in graph:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    for triple in [t for t in closure if isinstance(t[0], Literal)]:
        closure.remove(triple)
    return closure


@pytest.mark.parametrize("reasoning", [False, True], ids=["as-curated", "after-owl-rl-reasoning"])
def test_aqim_profile_has_no_violations_and_warns_only_about_known_source_inconsistencies(
    reasoning: bool,
) -> None:
    graph = reasoned(aqim_union()) if reasoning else aqim_union()
    actual = validate(graph)
    violations = {row for row in actual if row[3] == "Violation"}
    assert not violations, f"AQIM profile violates the shapes:\n{show(violations)}"
    expected = read_expected(AQIM_EXPECTED)
    assert actual == expected, (
        f"missing:\n{show(expected - actual)}\nunexpected:\n{show(actual - expected)}"
    )
