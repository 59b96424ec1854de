"""Lineage and place containment are inferred, not typed by hand, and nothing invalid is kept."""

from __future__ import annotations

import importlib

import pyoxigraph as ox
from rdflib import OWL, Literal

from kg.namespaces import GROUP, INFERRED_GRAPH, KG, PERSON, PLACE
from kg.reason import is_wanted_entailment, rule_entailments
from kg.store.terms import to_rdflib


def stated(kg, triple) -> bool:
    return any(g != INFERRED_GRAPH for *_, g in kg.dataset.quads((*triple, None)))


def test_aqim_descends_from_gia_by_inference_only(reasoned_kg):
    triple = (GROUP.aqim, KG.hasPredecessor, GROUP.gia)
    assert triple in reasoned_kg.graph(INFERRED_GRAPH)
    assert not stated(reasoned_kg, triple)


def test_predecessors_of_aqim_are_exactly_gspc_and_gia(reasoned_kg):
    assert set(reasoned_kg.dataset.objects(GROUP.aqim, KG.hasPredecessor)) == {
        GROUP.gspc,
        GROUP.gia,
    }


def test_successors_are_the_inverse_of_predecessors(reasoned_kg):
    assert set(reasoned_kg.dataset.objects(GROUP.gia, KG.hasSuccessor)) == {GROUP.gspc, GROUP.aqim}


def test_affiliation_with_al_qaida_does_not_leak_into_lineage(reasoned_kg):
    assert (GROUP.aqim, KG.affiliateOf, GROUP["al-qaida"]) in reasoned_kg.dataset
    assert (GROUP.aqim, KG.hasPredecessor, GROUP["al-qaida"]) not in reasoned_kg.dataset
    assert (GROUP["al-qaida"], KG.hasSuccessor, GROUP.aqim) not in reasoned_kg.dataset


def test_alliances_hold_both_ways(reasoned_kg):
    assert (GROUP.mujao, KG.alliedWith, GROUP.aqim) in reasoned_kg.graph(INFERRED_GRAPH)
    assert (GROUP["ansar-al-din"], KG.alliedWith, GROUP.aqim) in reasoned_kg.graph(INFERRED_GRAPH)
    assert (GROUP.mujao, KG.hasPredecessor, GROUP.aqim) not in reasoned_kg.dataset


def test_places_are_contained_transitively(reasoned_kg):
    inferred = reasoned_kg.graph(INFERRED_GRAPH)
    assert (PLACE.issers, KG.locatedIn, PLACE.maghreb) in inferred
    assert (PLACE["ouagadougou-2357048"], KG.locatedIn, PLACE.sahel) in inferred
    assert (PLACE.issers, KG.locatedIn, PLACE.algeria) in inferred  # through Boumerdès Province
    assert (PLACE.issers, KG.locatedIn, PLACE["dz-35"]) not in inferred  # stated, not inferred


def test_perpetrator_and_leader_shortcuts_come_from_the_qualified_nodes(reasoned_kg):
    inferred = reasoned_kg.graph(INFERRED_GRAPH)
    assert (GROUP.aqim, KG.ledBy, PERSON["abdelmalek-droukdel"]) in inferred
    perpetrators = set(inferred.subjects(KG.perpetrator, GROUP.gspc))
    assert {str(a).rsplit("/", 1)[1] for a in perpetrators} == {"1998-2003-gspc-campaign-algeria"}


def test_inferred_graph_holds_no_generalised_rdf_or_reflexive_sameas(reasoned_kg):
    inferred = reasoned_kg.graph(INFERRED_GRAPH)
    assert len(inferred) > 0
    assert not [t for t in inferred if isinstance(t[0], Literal)]
    assert not list(inferred.triples((None, OWL.sameAs, None)))


def test_only_wanted_entailments_pass_the_filter():
    assert is_wanted_entailment((GROUP.aqim, KG.hasPredecessor, GROUP.gia))
    assert not is_wanted_entailment((Literal("2007"), KG.hasPredecessor, GROUP.gia))
    assert not is_wanted_entailment((GROUP.aqim, OWL.sameAs, GROUP.aqim))
    assert not is_wanted_entailment((KG.splitFrom, KG.hasPredecessor, KG.hasPredecessor))


def test_the_rules_make_no_triple_that_no_rule_reads_and_the_inferred_graph_drops(raw_kg):
    """kg:place is a sub-property of schema:location: the rule applies, but a schema:location
    triple feeds no other rule and is not kept (`is_wanted_entailment`), so the property
    rules do not make it (#13); what they make is still what owlrl's closure keeps
    (tests/test_scale.py compares the two)."""
    reason_module = importlib.import_module("kg.reason")
    schema = reason_module._read_schema(raw_kg)
    location = ox.NamedNode("https://schema.org/location")
    place = ox.NamedNode(str(KG.place))
    assert location in schema.super_properties[place]
    assert location in reason_module._unkept_properties(schema, set(schema.super_properties))
    assert any(True for _ in raw_kg.store.quads_for_pattern(None, place, None))
    made = rule_entailments(raw_kg)
    assert made
    assert not [t for t in made if not is_wanted_entailment(tuple(map(to_rdflib, t)))]
