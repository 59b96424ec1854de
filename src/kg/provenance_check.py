"""Which rows of `shapes/checks/provenance-violation.rq` statements added to a graph can
change, and those rows, so that a batch add (#13) answers the check for those focus nodes
only: over the whole store it read every attack, attribution, figure, leadership, lineage
event and enmity of the L corpus out of RocksDB (about a second of CPU) for a batch that adds
1 %. The query file stays the definition; `tests/test_validate_increment.py` compares
`provenance_violations` with it.

The check's row for a node depends on the node alone: its types (`?focus a ?type`, inferred
ones included, with the class hierarchy), its own `prov:wasDerivedFrom`, and the graphs that
type it (a `kg:ProfileSection`, or a graph with a `prov:wasDerivedFrom`). So an addition can
change the rows of the subjects it states something about, of the nodes it makes the reasoner
type (range and domain entailments), and of every node typed in a graph it makes a profile
section or gives a source. A new rdfs:subClassOf changes what every type means: validation
then runs every check whole (`kg.validate._scopable`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import RDF, RDFS
from rdflib.namespace import PROV

from kg.namespaces import KG

CHECK_STEM = "provenance-violation"
"""The check file this module scopes (`shapes/checks/provenance-violation.rq`)."""

_TYPE = ox.NamedNode(str(RDF.type))
_SECTION = ox.NamedNode(str(KG.ProfileSection))
_DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))
_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))


def affected_by(
    store: ox.Store, added: Iterable[ox.Quad], inferred: Iterable[ox.Quad] = ()
) -> set[object]:
    """The nodes whose rows `added` (stated quads already in `store`) and `inferred` (what
    the reasoner entailed from them) can change (see the module docstring)."""
    affected = {quad.subject for quad in added}
    affected |= {quad.subject for quad in inferred if quad.predicate == _TYPE}
    sourced = {
        quad.subject
        for quad in added
        if quad.predicate == _DERIVED_FROM or (quad.predicate == _TYPE and quad.object == _SECTION)
    }
    for graph in sourced:
        if isinstance(graph, ox.NamedNode | ox.BlankNode):
            affected |= {q.subject for q in store.quads_for_pattern(None, _TYPE, None, graph)}
    return affected


CLASSES = (KG.Attack, KG.Attribution, KG.Figure, KG.Leadership, KG.LineageEvent, KG.Enmity)
"""The classes whose instances need provenance (the query's `VALUES ?class`)."""


def provenance_violations(store: ox.Store, focus: Iterable[object]) -> Iterator[tuple[object, str]]:
    """The check's rows (focus, message) for the nodes `focus`, by index look-ups: the query
    given the nodes (a VALUES block) took Oxigraph 5 ms per node at the L corpus (its MINUS
    parts are evaluated for each row), more than the whole query for a batch's 2,000 nodes.
    Read as the query reads the store (its default graph the union of the named graphs)."""
    subclasses = {cls: _subclasses(store, ox.NamedNode(str(cls))) for cls in CLASSES}
    for node in focus:
        if isinstance(node, ox.Literal):
            continue
        typing = list(store.quads_for_pattern(node, _TYPE, None))  # type: ignore[arg-type]
        types = {quad.object for quad in typing}
        classes = [cls for cls in CLASSES if types & subclasses[cls]]
        if not classes or _has(store, node, _DERIVED_FROM):
            continue
        if any(_sourced(store, q.graph_name) for q in typing):
            continue
        for cls in classes:
            name = str(cls).split("#", 1)[1]
            yield (
                node,
                (
                    f"no provenance: state this {name} in a profile-section graph or give it "
                    "prov:wasDerivedFrom"
                ),
            )


def _sourced(store: ox.Store, graph: object) -> bool:
    """Whether a statement in `graph` has provenance: the graph is a profile section, or has
    a source (the default graph is neither)."""
    if not isinstance(graph, ox.NamedNode | ox.BlankNode):
        return False
    typed = store.quads_for_pattern(graph, _TYPE, _SECTION)
    return next(typed, None) is not None or _has(store, graph, _DERIVED_FROM)


def _has(store: ox.Store, subject: object, predicate: ox.NamedNode) -> bool:
    return next(store.quads_for_pattern(subject, predicate, None), None) is not None  # type: ignore[arg-type]


def _subclasses(store: ox.Store, top: ox.NamedNode) -> set[object]:
    """`top` and every class below it by rdfs:subClassOf (the query's `subClassOf*`)."""
    found: set[object] = {top}
    stack: list[object] = [top]
    while stack:
        for quad in store.quads_for_pattern(None, _SUBCLASS, stack.pop()):  # type: ignore[arg-type]
            if quad.subject not in found:
                found.add(quad.subject)
                stack.append(quad.subject)
    return found
