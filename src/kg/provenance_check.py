"""Which rows of `shapes/checks/provenance-violation.rq` statements added to a graph can
change, so that a batch add (#13) runs the check on those focus nodes only: over the whole
store it read every attack, attribution, figure, leadership, lineage event and enmity of the
L corpus out of RocksDB (about a second of CPU) for a batch that adds 1 %.

The check's row for a node depends on the node alone: its types (`?focus a ?type`, inferred
ones included, with the class hierarchy), its own `prov:wasDerivedFrom`, and the graphs that
type it (a `kg:ProfileSection`, or a graph with a `prov:wasDerivedFrom`). So an addition can
change the rows of the subjects it states something about, of the nodes it makes the reasoner
type (range and domain entailments), and of every node typed in a graph it makes a profile
section or gives a source. A new rdfs:subClassOf changes what every type means: validation
then runs every check whole (`kg.validate._scopable`).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF
from rdflib.namespace import PROV

from kg.namespaces import KG

CHECK_STEM = "provenance-violation"
"""The check file this module scopes (`shapes/checks/provenance-violation.rq`)."""

_TYPE = ox.NamedNode(str(RDF.type))
_SECTION = ox.NamedNode(str(KG.ProfileSection))
_DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))


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


def for_focus_nodes(query: str, nodes: Iterable[ox.NamedNode]) -> str:
    """The check's query with its `?focus` given the values `nodes` (IRIs)."""
    values = " ".join(str(node) for node in nodes)
    return query.replace("WHERE {", f"WHERE {{\n  VALUES ?focus {{ {values} }}", 1)
