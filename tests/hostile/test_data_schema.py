"""Schema poisoning (issue #10, item 3): a data file that states a schema axiom is not obeyed by
either reasoning engine, and validation reports it as a violation naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS

from kg.load import load
from kg.namespaces import GROUP, INFERRED_GRAPH, KG
from kg.query import run_query
from kg.query_catalogue import find_query
from kg.reason import reason, schema_axioms_in_data
from kg.validate import SCHEMA_AXIOM_CHECK, Severity, validate
from tests.hermetic import DATA

PREFIXES = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix group: <https://w3id.org/ctkg/id/group/> .
@prefix ex: <http://example.org/> .
"""
POISON = "kg:affiliateOf owl:inverseOf kg:splitFrom ."

# A few statements to reason over, small enough for owlrl to close in seconds.
SMALL_DATA = PREFIXES + """
group:aqim a kg:ArmedGroup ; kg:renamedFrom group:gspc ; kg:affiliateOf group:al-qaida .
group:gspc a kg:ArmedGroup ; kg:splitFrom group:gia .
group:gia a kg:ArmedGroup .
group:al-qaida a kg:ArmedGroup .
"""

# Each a schema axiom that, obeyed, would put Al Qaida into AQIM's lineage.
AXIOMS = {
    "inverse": POISON,
    "sub-property": "kg:affiliateOf rdfs:subPropertyOf kg:hasPredecessor .",
    "equivalent-property": "kg:affiliateOf owl:equivalentProperty kg:hasPredecessor .",
    "same-as-on-a-property": "kg:affiliateOf owl:sameAs kg:hasPredecessor .",
    "chain": "kg:hasPredecessor owl:propertyChainAxiom ( kg:affiliateOf ) .",
    "domain-and-redefinition": "kg:affiliateOf a owl:TransitiveProperty, owl:SymmetricProperty ;"
    " rdfs:subPropertyOf kg:hasSuccessor .",
    "functional-property": "kg:affiliateOf a owl:FunctionalProperty .",
    "sub-class": "kg:ArmedGroup rdfs:subClassOf ex:Poisoned .",
    "a-new-term": "ex:p rdfs:subPropertyOf kg:hasPredecessor . group:aqim ex:p group:al-qaida .",
}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def inferred(kg) -> set:
    return set(kg.graph(INFERRED_GRAPH))


@pytest.fixture(scope="module")
def small_data(tmp_path_factory) -> Path:
    return write(tmp_path_factory.mktemp("data"), "groups.ttl", SMALL_DATA)


@pytest.fixture(scope="module")
def baseline(small_data) -> set:
    kg = load([small_data])
    reason(kg)
    return inferred(kg)


@pytest.mark.parametrize("kind", sorted(AXIOMS))
def test_a_schema_axiom_in_data_changes_no_inference_and_is_a_violation_naming_the_file(
    tmp_path, small_data, baseline, kind
):
    poison = write(tmp_path, "poison.ttl", PREFIXES + AXIOMS[kind] + "\n")
    kg = load([small_data, poison])
    reason(kg)
    assert inferred(kg) == baseline
    assert (GROUP["al-qaida"], KG.splitFrom, GROUP.aqim) not in kg.dataset
    assert (GROUP.aqim, KG.hasPredecessor, GROUP["al-qaida"]) not in kg.dataset
    violations = [r for r in validate(kg).violations if r.source_shape == SCHEMA_AXIOM_CHECK]
    assert violations, f"no violation for {kind}"
    for result in violations:
        assert result.severity is Severity.VIOLATION
        assert result.source_files == (poison,)
        assert str(poison) in result.message
        assert "schema axiom" in result.message


def test_the_owlrl_engine_ignores_schema_axioms_in_data_too(tmp_path, small_data):
    """Without the ontology (whose OWL RL closure takes owlrl ten seconds): the axioms of the
    poisoned file are then the only schema there is, and still none may be obeyed."""
    clean = load([small_data], with_ontology=False)
    reason(clean, engine="owlrl")
    poisons = [AXIOMS[k] for k in ("inverse", "sub-property", "same-as-on-a-property", "chain")]
    poison = write(tmp_path, "poison.ttl", PREFIXES + "\n".join(poisons) + "\n")
    kg = load([small_data, poison], with_ontology=False)
    reason(kg, engine="owlrl")
    assert inferred(kg) == inferred(clean)
    assert (GROUP["al-qaida"], KG.splitFrom, GROUP.aqim) not in kg.dataset


def test_descendants_of_aqim_are_unchanged_by_a_poisoned_data_file(tmp_path, small_data):
    """Issue #10: with kg:affiliateOf owl:inverseOf kg:splitFrom in a data file, `descendants
    AQIM` answered "Al Qaida split from AQIM"."""
    query = find_query("descendants")

    def descendants(*extra: Path) -> list:
        kg = load([small_data, *extra])
        reason(kg)
        rows = run_query(kg, query, {"group": str(GROUP.aqim)}).as_dicts()
        return sorted((sorted(map(str, row.items())) for row in rows), key=str)

    before = descendants()
    poison = write(tmp_path, "poison.ttl", PREFIXES + POISON + "\n")
    assert descendants(poison) == before


def test_the_shipped_data_states_no_schema_axiom(raw_kg):
    assert schema_axioms_in_data(raw_kg) == []


def test_data_may_still_type_individuals_and_label_its_own_terms(tmp_path, small_data):
    ordinary = PREFIXES + (
        "group:aqim a owl:NamedIndividual ; rdfs:label \"AQIM\" ; rdfs:seeAlso group:gspc .\n"
        "group:aqim owl:sameAs <http://www.wikidata.org/entity/Q212849> .\n"
    )
    kg = load([small_data, write(tmp_path, "ordinary.ttl", ordinary)], with_ontology=True)
    assert schema_axioms_in_data(kg) == []


def test_the_rules_engine_still_refuses_same_as_between_individuals(tmp_path, small_data):
    """owl:sameAs between two groups is data, not schema, and beyond the rules engine."""
    from kg.errors import KgError

    same = write(tmp_path, "same.ttl", PREFIXES + "group:gia owl:sameAs group:al-qaida .\n")
    with pytest.raises(KgError, match="does not cover"):
        reason(load([small_data, same]))


def test_a_poisoned_build_fails_naming_the_file_and_the_axiom(tmp_path, runner):
    from kg.cli import app

    poison = write(tmp_path / "extra", "poison.ttl", PREFIXES + POISON + "\n")
    result = runner.invoke(
        app, ["build", "--data", str(DATA), "--data", str(poison), "--out",
              str(tmp_path / "build")]
    )
    assert result.exit_code == 1, result.output
    assert "poison.ttl states the schema axiom kg:affiliateOf owl:inverseOf kg:splitFrom" in (
        result.output.replace("\n", " ")
    )
    assert not (tmp_path / "build" / "graph.nq").exists()


def test_every_rdfs_and_owl_axiom_predicate_counts(tmp_path, small_data):
    """The definition is not a hand-kept list of the ones this ontology uses."""
    from kg.reason import _AXIOM_PREDICATES, _META_CLASSES

    assert {RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range} <= _AXIOM_PREDICATES
    assert {OWL.inverseOf, OWL.propertyChainAxiom, OWL.onProperty, OWL.imports,
            OWL.equivalentClass, OWL.hasKey, OWL.disjointWith} <= _AXIOM_PREDICATES
    assert {OWL.TransitiveProperty, OWL.Restriction, OWL.Class, RDF.Property,
            RDFS.Class} <= _META_CLASSES
    assert OWL.NamedIndividual not in _META_CLASSES
