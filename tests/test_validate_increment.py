"""Validating only what an increment can change (#13): after statements are added to a graph
whose validation is known, `validate(kg, increment=…)` checks the core shapes on the focus
nodes the additions can affect and keeps the previous results elsewhere. Each case compares
that scoped report with a full validation of the same graph, result for result, on the curated
data: a new profile, a violation the increment causes in old data (at the changed node, and
one step back from it), and a violation in the new data itself; and each SHACL-SPARQL
constraint's scoped run (`kg.constraint_scope`) against its whole-graph run, with violations the
increment causes in old data (one and two steps back, along a `+` path, against the direction of
a property) and one it clears (FILTER NOT EXISTS)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, URIRef
from rdflib.namespace import SH

from kg.constraint_scope import scope_of
from kg.load import KnowledgeGraph, add_file, load
from kg.namespaces import ATTACK as ATTACKS
from kg.namespaces import CHECKS, FIGURE, GROUP, LEADERSHIP
from kg.provenance_check import provenance_violations
from kg.resources import shapes_dir
from kg.store.terms import to_rdflib
from kg.validate import (
    Increment,
    ValidationReport,
    _new_statements,
    _run_constraint,
    _validate_core_scoped,
    _without,
    load_shapes,
    run_checks,
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


def test_a_restated_statement_makes_no_focus_node_and_a_new_one_still_does(
    base, shapes, tmp_path
):
    """A profile restating AQIM's name as another file states it changes no result (shapes
    see the union of the graphs): only the new name of GSPC is walked from."""
    text = PREFIXES + (
        '<urn:x-test:g> { group:aqim skos:prefLabel "Al Qaida in the Islamic Maghreb"@en .\n'
        '  group:gspc skos:prefLabel "Another name"@en . }\n'
    )
    _, scoped, full = scoped_and_full(base, shapes, tmp_path, "restated", text)
    assert results(scoped) == results(full)
    assert GROUP.gspc in {r.focus_node for r in scoped.violations}
    kg, quads = with_file(base[0], tmp_path, "restated-again", text.removeprefix(PREFIXES))
    assert {q.subject.value for q in _new_statements(kg, quads)} == {str(GROUP.gspc)}


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


# ---------------------------------------------------------------- SHACL-SPARQL constraints

MORE_PREFIXES = """@prefix leadership: <https://w3id.org/ctkg/id/leadership/> .
@prefix profile: <https://w3id.org/ctkg/id/profile/> .
@prefix figure: <https://w3id.org/ctkg/id/figure/> .
@prefix countqualifier: <https://w3id.org/ctkg/vocab/count-qualifier/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def constraint_report(results_of) -> Graph:
    """A report graph holding only the constraints' results (all the scoped run reads)."""
    graph = Graph()
    graph.add((BNode(), RDF.type, SH.ValidationReport))
    results_of(graph)
    return graph


def constraints_both_ways(kg: KnowledgeGraph, shapes: Graph, increment: Increment):
    """Every SHACL-SPARQL constraint's results after the increment, run on the focus nodes it
    can affect (the previous results kept elsewhere) and over the whole graph."""
    both: dict[str, set[tuple]] = {"scoped": set(), "full": set()}
    with kg.inferred_set_aside():
        for constraint in sparql_constraints(shapes):
            for way, scoped in (("scoped", increment), ("full", None)):
                report = constraint_report(lambda graph: None)
                found = _run_constraint(kg, constraint, report, increment=scoped)
                both[way] |= {
                    (r.focus_node, r.source_shape, r.severity, r.value, r.message) for r in found
                }
    return both["scoped"], both["full"]


def with_file(original: KnowledgeGraph, tmp_path: Path, name: str, text: str):
    """A copy of `original` with one more file: the copy and the quads the file added."""
    kg = KnowledgeGraph(files=dict(original.files))
    kg.store.bulk_extend(original.store)
    kg.as_written.quads = dict(original.as_written.quads)
    path = increment_file(tmp_path, name, PREFIXES + MORE_PREFIXES + text)
    return kg, add_file(kg, path, URIRef(f"urn:x-test:graph/{name}"))


@pytest.mark.parametrize(
    ("case", "text", "violated"),
    [
        (
            "an end before the start of an old tenure",
            "<urn:x-test:g> { leadership:aqim-abdelmalek-droukdel "
            'kg:endDate "2001"^^xsd:gYear . }',
            {LEADERSHIP["aqim-abdelmalek-droukdel"]},
        ),
        (
            "a late inception of an old group warns at its attacks, two steps back",
            '<urn:x-test:g> { group:mujao kg:inception "2030"^^xsd:gYear . }',
            {ATTACKS["2012-03-mali-offensive"]},
        ),
        (
            "a lineage statement that closes a cycle through old groups",
            "<urn:x-test:g> { group:gia kg:splitFrom group:aqim . }",
            {GROUP.aqim, GROUP.gspc, GROUP.gia},
        ),
        (
            "an early update of an old profile warns at every source it cites",
            '<urn:x-test:g> { profile:aqim dcterms:modified "2000-01-01"^^xsd:date . }',
            "sources of profile:aqim",
        ),
    ],
)
def test_a_constraint_violated_in_old_data_is_found_as_a_full_run_finds_it(
    base, shapes, tmp_path, case, text, violated
):
    original, previous = base
    kg, quads = with_file(original, tmp_path, "case", text)
    scoped, full = constraints_both_ways(kg, shapes, Increment(quads, previous.graph))
    assert scoped == full
    before = {(r.focus_node, r.source_shape) for r in previous.results}
    new = {focus for focus, shape, *_ in full if (focus, shape) not in before}
    if isinstance(violated, str):  # the nodes are found by the full run: more than one
        assert len(new) > 1, case
    else:
        assert violated <= new, case


def test_a_count_given_to_an_old_figure_clears_its_result_as_a_full_run_does(
    base, shapes, tmp_path
):
    """FILTER NOT EXISTS: the increment removes a result the previous report holds."""
    original, _ = base
    figure = "<urn:x-test:g> { figure:x a kg:Figure ; kg:countQualifier countqualifier:exact . }"
    kg, _ = with_file(original, tmp_path, "figure", figure)
    constraints = sparql_constraints(shapes)
    with kg.inferred_set_aside():
        previous = constraint_report(
            lambda graph: [_run_constraint(kg, c, graph) for c in constraints]
        )
    assert FIGURE.x in set(previous.objects(None, SH.focusNode))
    count = increment_file(tmp_path, "count", PREFIXES + MORE_PREFIXES + (
        "<urn:x-test:h> { figure:x kg:count 3 . }"
    ))
    quads = add_file(kg, count, URIRef("urn:x-test:graph/count"))
    scoped, full = constraints_both_ways(kg, shapes, Increment(quads, previous))
    assert scoped == full
    assert FIGURE.x not in {focus for focus, *_ in scoped}


def test_every_constraint_of_the_project_is_scoped(shapes):
    """None of the project's constraints falls back to a whole-graph run in an increment."""
    unscoped = [
        c.constraint for c in sparql_constraints(shapes)
        if scope_of(c.query.replace("#classes#", "<urn:x-test:class>")) is None
    ]
    assert unscoped == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?this WHERE { ?this <urn:p> ?x OPTIONAL { ?x <urn:q> ?y } }",
        "SELECT ?this WHERE { ?this <urn:p> ?x { SELECT ?x WHERE { ?x <urn:q> ?y } } }",
        "SELECT ?this WHERE { ?this ?p ?x }",
        "SELECT ?this WHERE { ?this <urn:p> ?x . ?y <urn:q> ?z }",
        "SELECT ?this WHERE { GRAPH ?g { ?this <urn:p> ?x } }",
        "SELECT ?this WHERE { { ?this <urn:p> ?x } UNION { ?this <urn:q> ?x } }",
    ],
)
def test_a_query_the_scoping_argument_does_not_cover_is_run_whole(query):
    assert scope_of(query) is None


def test_a_values_block_restricts_its_variable_to_its_iris_only_in_the_pattern_itself():
    """VALUES of the conjunctive pattern bind a variable to its IRIs in every match; a block
    with UNDEF or a literal, or one inside FILTER NOT EXISTS (which need not hold), does not."""
    scope = scope_of(
        "SELECT ?this WHERE { VALUES ?class { <urn:x-test:a> <urn:x-test:b> }\n"
        "  VALUES (?mixed ?undef) { (<urn:x-test:c> UNDEF) (1 <urn:x-test:d>) }\n"
        "  ?this a ?class ; <urn:x-test:p> ?mixed ; <urn:x-test:q> ?undef .\n"
        "  FILTER NOT EXISTS { VALUES ?inner { <urn:x-test:e> } ?this <urn:x-test:r> ?inner } }"
    )
    assert scope is not None
    assert {str(var): {n.value for n in iris} for var, iris in scope.allowed.items()} == {
        "class": {"urn:x-test:a", "urn:x-test:b"}
    }


def test_a_type_outside_a_constraints_target_classes_makes_no_focus_node(base, tmp_path):
    """The constraints' target (`VALUES ?shapeClass_ { … } ?this a ?shapeClass_`): an added
    rdf:type statement makes its subject a focus node only if the class is a target class."""
    import pyoxigraph as ox

    from kg.constraint_scope import Lookups

    original, _ = base
    text = (
        "<urn:x-test:g> { figure:x a kg:Attack . figure:y a kg:Figure .\n"
        "  figure:z kg:countQualifier countqualifier:exact . }"
    )
    kg, quads = with_file(original, tmp_path, "types", text)
    known = next(
        c for c in sparql_constraints(load_shapes()) if str(c.constraint).endswith("knownHasCount")
    )
    scope = scope_of(known.query.replace("#classes#", "kg:Figure"))
    assert scope is not None
    found = scope.affected(Lookups(kg.store, frozenset()), quads)
    assert found == {ox.NamedNode(str(FIGURE.y)), ox.NamedNode(str(FIGURE.z))}


def test_an_old_node_given_a_target_class_is_validated_as_a_full_run_does(base, shapes, tmp_path):
    """An old, untyped node with a qualifier and no count is no focus node; typed kg:Figure by
    a later file it is one, and the scoped run finds its violation where the full run does;
    typed with a class no constraint targets it stays without one."""
    original, _ = base
    figure = "<urn:x-test:g> { figure:x kg:countQualifier countqualifier:exact . }"
    kg, _ = with_file(original, tmp_path, "untyped", figure)
    constraints = sparql_constraints(shapes)
    with kg.inferred_set_aside():
        previous = constraint_report(
            lambda graph: [_run_constraint(kg, c, graph) for c in constraints]
        )
    assert FIGURE.x not in set(previous.objects(None, SH.focusNode))
    for number, (kind, violated) in enumerate([("kg:Attack", False), ("kg:Figure", True)]):
        typed = increment_file(tmp_path, f"typed-{number}", PREFIXES + MORE_PREFIXES + (
            f"<urn:x-test:h{number}> {{ figure:x a {kind} . }}"
        ))
        quads = add_file(kg, typed, URIRef(f"urn:x-test:graph/typed-{number}"))
        scoped, full = constraints_both_ways(kg, shapes, Increment(quads, previous))
        assert scoped == full
        assert (FIGURE.x in {focus for focus, *_ in scoped}) is violated, kind


def check_results(kg: KnowledgeGraph, stem: str, increment=None, report=None) -> list:
    """The results of one of the project's checks, scoped to `increment` if given, added to
    `report` (a fresh report graph if none)."""
    report = report if report is not None else constraint_report(lambda graph: None)
    with kg.inferred_set_aside():
        found = run_checks(
            kg, report, shapes_dir() / "checks", in_oxigraph=True, increment=increment
        )
    return [r for r in found if r.source_shape == CHECKS[stem]]


def test_the_identity_check_of_an_increment_keeps_old_rows_and_finds_new_ones(base, tmp_path):
    """A source naming an old group only by a name no other source gives it: a row at that
    group, found from its own names; the previous report's rows of other groups are kept."""
    original, _ = base
    mujao = '<urn:x-test:one> { group:mujao skos:prefLabel "Mouvement X"@fr . }'
    kg, _ = with_file(original, tmp_path, "one", mujao)

    def rows(increment=None, previous_graph=None) -> set[tuple]:
        found = check_results(kg, "identity-violation", increment, previous_graph)
        return {(r.focus_node, r.message) for r in found}

    previous = constraint_report(lambda graph: None)
    assert GROUP.mujao in {focus for focus, _ in rows(previous_graph=previous)}
    gspc = increment_file(tmp_path, "two", PREFIXES + (
        '<urn:x-test:two> { group:gspc skos:prefLabel "Groupe Y"@fr . }'
    ))
    quads = add_file(kg, gspc, URIRef("urn:x-test:graph/two"))
    scoped, full = rows(Increment(quads, previous)), rows()
    assert scoped == full
    assert {GROUP.mujao, GROUP.gspc} <= {focus for focus, _ in scoped}


def test_the_provenance_check_of_an_increment_drops_the_row_it_answers_and_keeps_the_rest(
    base, tmp_path
):
    """Two attacks stated outside any profile section have no provenance; a later file gives
    one of their graphs a source: the scoped check drops that old attack's row, as the whole
    check does, and keeps the other's from the previous report."""
    original, _ = base
    attacks = (
        "<urn:x-test:one> { <urn:x-test:attack-1> a kg:Attack . }\n"
        "<urn:x-test:other> { <urn:x-test:attack-2> a kg:Attack . }"
    )
    kg, _ = with_file(original, tmp_path, "one", attacks)

    def rows(increment=None, report=None) -> set[URIRef]:
        return {r.focus_node for r in check_results(kg, "provenance-violation", increment, report)}

    previous = constraint_report(lambda graph: None)
    first, second = URIRef("urn:x-test:attack-1"), URIRef("urn:x-test:attack-2")
    assert {first, second} <= rows(report=previous)
    # the look-ups answer as the query does, asked about every node
    everything = {quad.subject for quad in kg.store}
    by_query = {(r.focus_node, r.message) for r in check_results(kg, "provenance-violation")}
    assert {(to_rdflib(node), message)
            for node, message in provenance_violations(kg.store, everything)} == by_query
    source = increment_file(tmp_path, "two", PREFIXES + (
        "<urn:x-test:two> { <urn:x-test:one> "
        "<http://www.w3.org/ns/prov#wasDerivedFrom> <urn:x-test:source> . }"
    ))
    quads = add_file(kg, source, URIRef("urn:x-test:graph/two"))
    scoped, full = rows(Increment(quads, previous)), rows()
    assert scoped == full
    assert second in scoped and first not in scoped


def test_a_cached_scope_is_the_scope_the_query_gives(tmp_path, monkeypatch):
    """Every shipped constraint's scope read back from the cache (`scope_of(cache=…)`) is the
    one parsing its query gives, an unscopable query's None included, and a cached query is not
    parsed again."""
    import importlib

    constraint_scope = importlib.import_module("kg.constraint_scope")
    cache = tmp_path / "scopes.json"
    queries = [
        c.query.replace("#classes#", "<urn:x-test:class>")
        for c in sparql_constraints(load_shapes())
    ]
    queries.append("SELECT ?this WHERE { OPTIONAL { ?this <urn:x-test:p> ?o } }")
    parsed = [scope_of(query, cache=cache) for query in queries]  # parsed, then cached
    assert sum(scope is not None for scope in parsed) == len(queries) - 1
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert len(stored) == len(queries) and None in stored.values()

    def not_again(query: str) -> None:
        raise AssertionError(f"parsed again: {query}")

    monkeypatch.setattr(constraint_scope, "_parsed_scope", not_again)
    assert [scope_of(query, cache=cache) for query in queries] == parsed
