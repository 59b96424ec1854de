"""The code's view of the ontology and the ontology itself must agree, term for term."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.namespaces import KG, ONTOLOGY_IRI

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


def test_defined_namespace_lists_exactly_the_ontology_terms():
    graph = ontology()
    declared = {
        str(s).removeprefix(str(KG._NS))
        for s in graph.subjects()
        if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))
    }
    in_code = set(KG.__annotations__)
    assert declared == in_code, (
        f"only in ontology: {declared - in_code}; only in code: {in_code - declared}"
    )


def test_every_ontology_term_has_an_english_label_and_comment():
    graph = ontology()
    missing = []
    for term in graph.subjects(RDF.type, None):
        if not str(term).startswith(str(KG._NS)):
            continue
        labels = [o for o in graph.objects(term, RDFS.label) if o.language == "en"]
        comments = [o for o in graph.objects(term, RDFS.comment) if o.language == "en"]
        if len(labels) != 1 or len(comments) != 1:
            missing.append(term)
    assert not missing


def test_ontology_header_has_version_licence_creator_and_date():
    graph = ontology()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    for prop in (
        OWL.versionIRI,
        DCTERMS.license,
        DCTERMS.creator,
        DCTERMS.created,
        DCTERMS.modified,
    ):
        assert graph.value(ONTOLOGY_IRI, prop) is not None, prop


def test_lineage_is_transitive_with_an_inverse_and_alliances_are_symmetric():
    graph = ontology()
    assert (KG.hasPredecessor, RDF.type, OWL.TransitiveProperty) in graph
    assert (KG.hasPredecessor, OWL.inverseOf, KG.hasSuccessor) in graph
    assert (KG.alliedWith, RDF.type, OWL.SymmetricProperty) in graph
    for how in (KG.splitFrom, KG.renamedFrom, KG.absorbed, KG.formedByMergerOf):
        assert (how, RDFS.subPropertyOf, KG.hasDirectPredecessor) in graph


def test_affiliation_alliance_and_rivalry_are_not_lineage():
    graph = ontology()
    for relation in (KG.affiliateOf, KG.alliedWith, KG.rivalOf, KG.mergerPartner):
        assert not list(graph.objects(relation, RDFS.subPropertyOf)), relation
