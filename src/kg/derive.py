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
written anew whenever the graph is reasoned (`kg.reason.reason`; a batch add's
`reason_increment` works it out again only for the attributions the addition can change,
`derive_increment`), so the build validates it with SHACL like everything else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

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


Step = tuple[ox.NamedNode, ox.Literal | None]
"""A direct lineage step of an organisation: (prior organisation, first day of the event)."""
Steps = Callable[[ox.NamedNode], list[Step]]
"""An organisation's direct lineage steps."""


def derive(kg: KnowledgeGraph) -> int:
    """(Re)write the derived graph of `kg` from what it states and entails now; returns how
    many triples it holds."""
    store = kg.store
    store.remove_graph(_GRAPH)
    steps: dict[ox.NamedNode, list[Step]] = defaultdict(list)
    for row in store.query(_STEPS, use_default_graph_as_union=True):
        steps[row["successor"]].append((row["predecessor"], row["earliest"]))
    quads = _derived(store, _CANDIDATES, lambda holder: steps.get(holder, []))
    store.bulk_extend(quads)
    kg.changed()
    return len(quads)


def _derived(store: ox.Store, candidates: str, steps: Steps) -> list[ox.Quad]:
    """The rule applied to the rows of `candidates` (`_CANDIDATES`, or a part of its rows)."""
    quads: list[ox.Quad] = []
    for row in store.query(candidates, use_default_graph_as_union=True):
        holder = _holder_at(row["group"], row["latest"], steps)
        if holder is None or holder == row["group"] or _stated(store, row["attack"], holder):
            continue
        quads += _held_at_the_time(row["attack"], row["attribution"], holder, row["modality"])
    return quads


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
    steps: Steps,
) -> ox.NamedNode | None:
    """The organisation in the group's line that existed on the attack's last possible day
    (`latest`, an xsd:date): back through each step dated after it. None where a step has no
    date or comes from several organisations, or the walk loops."""
    holder, seen = group, {group}
    while True:
        came_from = steps(holder)
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


# ---------------------------------------------------------------- an increment (#13, kg build)

_RESULTING = ox.NamedNode(str(KG.resultingOrganisation))
_PRIOR = ox.NamedNode(str(KG.priorOrganisation))
_EARLIEST, _LATEST = ox.NamedNode(str(KG.earliest)), ox.NamedNode(str(KG.latest))
_ATTRIBUTION = ox.NamedNode(str(KG.attribution))
_ATTRIBUTED_TO = ox.NamedNode(str(KG.attributedTo))
_MODALITY = ox.NamedNode(str(KG.modality))
_DERIVED_FROM, _ENTITY = ox.NamedNode(str(PROV.wasDerivedFrom)), ox.NamedNode(str(PROV.entity))


def derive_increment(
    kg: KnowledgeGraph, previous: Iterable[ox.Quad], added: Iterable[ox.Quad]
) -> int | None:
    """Write the derived graph of `kg` (emptied: `drop_derived`) after the quads `added`
    (stated and inferred, already in the store) from `previous`, what it held before them:
    the rule applied again only to the attributions the addition can change, every other
    entry kept. At the L corpus `derive` runs two queries over the whole graph (every lineage
    event, every attribution of every attack) for a batch that adds 1 %. Returns how many
    triples the graph holds, or None (nothing written) where an attribution to work out again
    is a blank node, which a query cannot be given: then the caller runs `derive`.

    Why the rest stays as it was: a row of `_CANDIDATES` (attack, attribution, group) and what
    the rule makes of it depend on the attack's `kg:latest` and attributions (and those
    attributions' groups, for `_stated`), the attribution's group and modality, the lineage
    events that made the group, and the steps of every organisation the walk back from the
    group passes (`_holder_at`). So an added statement about a lineage event changes the rows
    of the event's resulting organisation and of everything that descends from it; one about
    an attribution or an attack changes the rows of that attribution or attack. Those rows'
    attributions, closed over shared attacks (`_affected_attributions`), are worked out again
    whole; an entry of the derived graph is about one stated attribution and its attack, so the
    entries of the others are kept as they are."""
    store = kg.store
    attributions = _affected_attributions(store, added)
    if any(not isinstance(node, ox.NamedNode) for node in attributions):
        return None
    previous = list(previous)
    redone = {
        q.subject for q in previous
        if q.predicate in (_DERIVED_FROM, _ENTITY) and q.object in attributions
    }
    redone |= {  # the attacks of those attributions: the rule's kg:attribution, kg:perpetrator
        q.subject for q in previous if q.predicate == _ATTRIBUTION and q.object in redone
    }
    quads = [q for q in previous if q.subject not in redone]
    if attributions:
        values = " ".join(str(node) for node in attributions)
        scoped = _CANDIDATES.replace(
            "WHERE {", f"WHERE {{\n  VALUES ?attribution {{ {values} }}", 1
        )
        quads += _derived(store, scoped, lambda holder: _steps_of(store, holder))
    store.bulk_extend(quads)
    kg.changed()
    return len(set(quads))


def _steps_of(store: ox.Store, successor: ox.NamedNode) -> list[Step]:
    """`_STEPS`' rows for one organisation, by look-ups."""
    steps: dict[Step, None] = {}
    for made in store.quads_for_pattern(None, _RESULTING, successor):
        event = made.subject
        earliest = [q.object for q in store.quads_for_pattern(event, _EARLIEST, None)] or [None]
        for prior in store.quads_for_pattern(event, _PRIOR, None):
            steps.update(dict.fromkeys((prior.object, day) for day in earliest))
    return list(steps)


def _affected_attributions(store: ox.Store, added: Iterable[ox.Quad]) -> set[object]:
    """The attributions whose rows `added` can change (`derive_increment`), with every
    attribution of their attacks and every attack of those attributions."""
    organisations: set[object] = set()
    attributions: set[object] = set()
    attacks: set[object] = set()
    for quad in added:
        p = quad.predicate
        if p == _RESULTING:
            organisations.add(quad.object)
        elif p in (_PRIOR, _EARLIEST):
            organisations |= _objects(store, quad.subject, _RESULTING)
        elif p in (_ATTRIBUTED_TO, _MODALITY):
            attributions.add(quad.subject)
        elif p == _ATTRIBUTION:
            attacks.add(quad.subject)
            attributions.add(quad.object)
        elif p == _LATEST:
            attacks.add(quad.subject)
    for organisation in _descendants_or_self(store, organisations):
        attributions |= _subjects(store, _ATTRIBUTED_TO, organisation)
    attacks_done: set[object] = set()
    attributions_done: set[object] = set()
    while attacks - attacks_done or attributions - attributions_done:
        for attack in attacks - attacks_done:
            attributions |= _objects(store, attack, _ATTRIBUTION)
            attacks_done.add(attack)
        for attribution in attributions - attributions_done:
            attacks |= _subjects(store, _ATTRIBUTION, attribution)
            attributions_done.add(attribution)
    return attributions


def _descendants_or_self(store: ox.Store, organisations: set[object]) -> set[object]:
    """The organisations and every one made from them by a lineage event, step by step."""
    found = set(organisations)
    stack = list(organisations)
    while stack:
        for event in _subjects(store, _PRIOR, stack.pop()):
            for successor in _objects(store, event, _RESULTING) - found:
                found.add(successor)
                stack.append(successor)
    return found


def _objects(store: ox.Store, subject: object, predicate: ox.NamedNode) -> set[object]:
    if isinstance(subject, ox.Literal):
        return set()
    return {q.object for q in store.quads_for_pattern(subject, predicate, None)}  # type: ignore[arg-type]


def _subjects(store: ox.Store, predicate: ox.NamedNode, obj: object) -> set[object]:
    return {q.subject for q in store.quads_for_pattern(None, predicate, obj)}  # type: ignore[arg-type]
