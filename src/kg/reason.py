"""Stage 2: OWL 2 RL reasoning, keeping only the entailments the ontology is for.

The engine computes the closure over the union of all graphs; we keep the new triples an analyst
or a partner store needs (lineage and place containment closures, inverses, symmetric alliances,
the property-chain shortcuts, class memberships in our ontology, SKOS label propagation) and
store them in their own named graph, so "inferred" stays distinguishable from "stated". The rest
of an OWL RL closure (literals as subjects, reflexive owl:sameAs, RDFS/OWL/alignment
bookkeeping) is not valid RDF or not wanted in an export, and is dropped.

Engines are registered by name so the scale work can add a faster one that must give the same
triples; owlrl is the reference.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.load import KnowledgeGraph
from kg.namespaces import INFERRED_GRAPH, KG, VOCAB

Triple = tuple[Node, Node, Node]
Engine = Callable[[Graph], Graph]

_KEPT_PREDICATE_NAMESPACES = (str(KG._NS), str(SKOS))


@dataclass(frozen=True)
class ReasoningResult:
    engine: str
    asserted: int
    inferred: int


def _owlrl_closure(graph: Graph) -> Graph:
    import owlrl

    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


ENGINES: dict[str, Engine] = {"owlrl": _owlrl_closure}


def register_engine(name: str, engine: Engine) -> None:
    """Add a reasoning engine: a function that takes the union graph and returns its closure."""
    ENGINES[name] = engine


def is_wanted_entailment(triple: Triple) -> bool:
    """True for a triple that belongs in the inferred graph (see the module docstring)."""
    s, p, o = triple
    if not isinstance(s, URIRef) or isinstance(s, Literal):
        return False
    if str(s).startswith((str(KG._NS), str(VOCAB))):
        return False  # statements about the ontology's own terms or concepts
    if p == RDF.type:
        return isinstance(o, URIRef) and str(o).startswith(str(KG._NS))
    return str(p).startswith(_KEPT_PREDICATE_NAMESPACES)


def entailments(kg: KnowledgeGraph, *, engine: str = "owlrl") -> set[Triple]:
    """The wanted triples the engine infers that no graph states."""
    try:
        closure = ENGINES[engine]
    except KeyError:
        raise KgError(
            f"unknown reasoning engine {engine!r}; choose one of {sorted(ENGINES)}"
        ) from None
    asserted = kg.union(exclude=[INFERRED_GRAPH])
    stated = set(asserted)
    closed = closure(asserted)
    return {t for t in closed if t not in stated and is_wanted_entailment(t)}


def reason(kg: KnowledgeGraph, *, engine: str = "owlrl") -> ReasoningResult:
    """Replace the inferred graph of `kg` with the entailments of the current data."""
    new = entailments(kg, engine=engine)
    kg.dataset.remove_graph(INFERRED_GRAPH)
    inferred = kg.dataset.graph(INFERRED_GRAPH)
    for triple in new:
        inferred.add(triple)
    return ReasoningResult(engine=engine, asserted=len(kg) - len(new), inferred=len(new))
