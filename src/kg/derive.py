"""Derived statements: what the data implies by a rule of our own, kept apart from what the
texts say and from OWL entailments, each with the rule that made it (PROV-O).

One rule so far, "held at the time" (`kg:heldAtTheTime`): a profile may credit a group with an
attack from before the group came to be (the AQIM profile's April 2003 kidnapping; AQIM was
named in September 2006). The attack is then also attributed to the predecessor that held the
name at the time (GSPC), found by walking the group's dated lineage steps back until one is
dated on or before the attack: a rename or split dated after the attack's last possible day
means the organisation did not exist yet, so its predecessor did it. The text's own
attribution stays as it is; the derived one is a new `kg:Attribution` in the derived graph
(`DERIVED_GRAPH`) with

    attribution prov:wasDerivedFrom <the text's attribution> ;
      prov:qualifiedDerivation [ prov:entity <the text's attribution> ;
                                 prov:hadPlan kg:heldAtTheTime ] .

(the qualified derivation is an IRI, not a blank node: exports refuse blank nodes), the same
modality as the text's, and the `kg:perpetrator` shortcut the reasoner would have added.

Nothing is guessed: a step without a date, or a step from several organisations at once (a
merger of equals), stops the walk and nothing is derived. It runs after reasoning, over stated
and inferred triples (the transitive lineage is not needed, only the direct steps), and is
written anew whenever the graph is reasoned (`kg.reason.reason`, `reason_increment`), so the
build validates it with SHACL like everything else.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from rdflib.namespace import PROV

from kg.load import KnowledgeGraph
from kg.namespaces import DERIVED_GRAPH, KG

_GRAPH = ox.NamedNode(str(DERIVED_GRAPH))

_STEPS = """
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT DISTINCT ?successor ?predecessor ?earliest WHERE {
  ?event kg:resultingOrganisation ?successor ;
    kg:priorOrganisation ?predecessor .
  OPTIONAL { ?event kg:earliest ?earliest }
}
"""
"""Every lineage event's direct step (prior → resulting organisation) with its first day."""

_CANDIDATES = """
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT DISTINCT ?attack ?attribution ?group ?modality ?latest WHERE {
  ?made kg:resultingOrganisation ?group ;
    kg:earliest ?madeOn .
  ?attribution kg:attributedTo ?group ;
    kg:modality ?modality .
  ?attack kg:attribution ?attribution ;
    kg:latest ?latest .
  FILTER(?latest < ?madeOn)
}
"""
"""Attributions to a group of an attack whose last possible day is before a lineage event
that made the group: the only ones the rule can apply to."""


def derive(kg: KnowledgeGraph) -> int:
    """(Re)write the derived graph of `kg` from what it states and entails now; returns how
    many triples it holds."""
    store = kg.store
    store.remove_graph(_GRAPH)
    steps: dict[ox.NamedNode, list[tuple[ox.NamedNode, ox.Literal | None]]] = defaultdict(list)
    for row in store.query(_STEPS, use_default_graph_as_union=True):
        steps[row["successor"]].append((row["predecessor"], row["earliest"]))
    quads: list[ox.Quad] = []
    for row in store.query(_CANDIDATES, use_default_graph_as_union=True):
        holder = _holder_at(row["group"], row["latest"], steps)
        if holder is None or holder == row["group"] or _stated(store, row["attack"], holder):
            continue
        quads += _held_at_the_time(row["attack"], row["attribution"], holder, row["modality"])
    store.bulk_extend(quads)
    kg.changed()
    return len(quads)


def _stated(store: ox.Store, attack: ox.NamedNode, holder: ox.NamedNode) -> bool:
    """Whether some attribution of the attack already names `holder`."""
    attribution = ox.NamedNode(str(KG.attribution))
    attributed_to = ox.NamedNode(str(KG.attributedTo))
    return any(
        next(store.quads_for_pattern(q.object, attributed_to, holder), None) is not None
        for q in store.quads_for_pattern(attack, attribution, None)
        if isinstance(q.object, ox.NamedNode | ox.BlankNode)
    )


def _holder_at(
    group: ox.NamedNode,
    latest: ox.Literal,
    steps: dict[ox.NamedNode, list[tuple[ox.NamedNode, ox.Literal | None]]],
) -> ox.NamedNode | None:
    """The organisation in the group's line that existed on the attack's last possible day
    (`latest`, an xsd:date): back through each step dated after it. None where a step has no
    date or comes from several organisations, or the walk loops."""
    holder, seen = group, {group}
    while True:
        came_from = steps.get(holder, [])
        if not came_from:
            return holder
        if len(came_from) != 1 or came_from[0][1] is None:
            return None
        predecessor, made_on = came_from[0]
        if not latest.value < made_on.value:  # ISO dates compare as text
            return holder
        if predecessor in seen:
            return None
        holder = predecessor
        seen.add(holder)


def _held_at_the_time(
    attack: ox.NamedNode, stated: ox.NamedNode, holder: ox.NamedNode, modality: ox.NamedNode
) -> list[ox.Quad]:
    name = ox.NamedNode(f"{stated.value}/held-at-the-time/{_local(holder)}")
    derivation = ox.NamedNode(f"{name.value}/derivation")

    def quad(s: ox.NamedNode, p: object, o: ox.NamedNode) -> ox.Quad:
        return ox.Quad(s, ox.NamedNode(str(p)), o, _GRAPH)

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return [
        quad(attack, KG.attribution, name),
        quad(attack, KG.perpetrator, holder),
        quad(name, rdf_type, ox.NamedNode(str(KG.Attribution))),
        quad(name, KG.attributedTo, holder),
        quad(name, KG.modality, modality),
        quad(name, PROV.wasDerivedFrom, stated),
        quad(name, PROV.qualifiedDerivation, derivation),
        quad(derivation, rdf_type, ox.NamedNode(str(PROV.Derivation))),
        quad(derivation, PROV.entity, stated),
        quad(derivation, PROV.hadPlan, ox.NamedNode(str(KG.heldAtTheTime))),
    ]


def _local(iri: ox.NamedNode) -> str:
    """The IRI's last segment (gspc), for a readable derived IRI."""
    return iri.value.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def drop_derived(kg: KnowledgeGraph) -> None:
    """Remove the derived graph (before reasoning: its premises may have changed)."""
    kg.store.remove_graph(_GRAPH)
    kg.changed()
