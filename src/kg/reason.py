"""Stage 2: OWL 2 RL reasoning, keeping only the entailments the ontology is for.

The engine computes the closure over the union of all graphs; we keep the new triples an analyst
or a partner store needs (lineage and place containment closures, inverses, symmetric alliances,
the property-chain shortcuts, class memberships in our ontology, SKOS label propagation) and
store them in their own named graph, so "inferred" stays distinguishable from "stated". The rest
of an OWL RL closure (literals as subjects, reflexive owl:sameAs, RDFS/OWL/alignment
bookkeeping) is not valid RDF or not wanted in an export, and is dropped.

Engines are registered by name. owlrl is the reference: a full OWL 2 RL closure over a copy of
the whole graph, minutes at a few hundred thousand triples. `rules` applies only the
OWL 2 RL rules this ontology uses, read from the ontology itself, straight on the dataset, and is
the default because tests/test_scale.py shows it gives exactly owlrl's kept triples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection
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


Entailer = Callable[[KnowledgeGraph], set[Triple]]
"""An engine that reads the stated graphs of a KnowledgeGraph in place (no copy) and returns
only the new triples it entails; `entailments` still applies the wanted-entailment filter."""

ENGINES: dict[str, Engine] = {"owlrl": _owlrl_closure}
ENTAILERS: dict[str, Entailer] = {}
DEFAULT_ENGINE = "rules"


def register_engine(name: str, engine: Engine) -> None:
    """Add a reasoning engine: a function that takes the union graph and returns its closure."""
    ENGINES[name] = engine


def register_entailer(name: str, entailer: Entailer) -> None:
    """Add an engine that works on the dataset in place and returns only new triples."""
    ENTAILERS[name] = entailer


def engine_names() -> list[str]:
    _register_builtin()
    return sorted({*ENGINES, *ENTAILERS})


def _register_builtin() -> None:
    ENTAILERS.setdefault("rules", rule_entailments)


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


def entailments(kg: KnowledgeGraph, *, engine: str = DEFAULT_ENGINE) -> set[Triple]:
    """The wanted triples the engine infers that no graph states."""
    _register_builtin()
    if engine in ENTAILERS:
        return {t for t in ENTAILERS[engine](kg) if is_wanted_entailment(t)}
    try:
        closure = ENGINES[engine]
    except KeyError:
        raise KgError(
            f"unknown reasoning engine {engine!r}; choose one of {engine_names()}"
        ) from None
    asserted = kg.union(exclude=[INFERRED_GRAPH])
    stated = set(asserted)
    closed = closure(asserted)
    return {t for t in closed if t not in stated and is_wanted_entailment(t)}


def reason(kg: KnowledgeGraph, *, engine: str = DEFAULT_ENGINE) -> ReasoningResult:
    """Replace the inferred graph of `kg` with the entailments of the current data."""
    new = entailments(kg, engine=engine)
    kg.dataset.remove_graph(INFERRED_GRAPH)
    inferred = kg.dataset.graph(INFERRED_GRAPH)
    for triple in new:
        inferred.add(triple)
    return ReasoningResult(engine=engine, asserted=len(kg) - len(new), inferred=len(new))


# ---------------------------------------------------------------- the `rules` engine
#
# The OWL 2 RL rules whose premises this ontology actually uses (prp-dom, prp-rng, prp-spo1,
# prp-spo2, prp-inv1/2, prp-symp, prp-trp, cax-sco, cax-eqc, prp-eqp and the scm-* schema
# closure), applied by a semi-naive forward chainer over Python sets. The schema is read from the
# graph, never listed here, so a new transitive or inverse property in kg.ttl is picked up as is.
# An axiom kind these rules do not cover (a functional property, a restriction, owl:sameAs …)
# makes the engine refuse rather than silently give fewer triples than owlrl.

_UNSUPPORTED_TYPES = (
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.ReflexiveProperty,
    OWL.Restriction,
    OWL.AllDifferent,
    OWL.AllDisjointClasses,
    OWL.AllDisjointProperties,
)
_UNSUPPORTED_PREDICATES = (
    OWL.sameAs,
    OWL.hasKey,
    OWL.intersectionOf,
    OWL.unionOf,
    OWL.complementOf,
    OWL.oneOf,
    OWL.someValuesFrom,
    OWL.allValuesFrom,
    OWL.hasValue,
    OWL.maxCardinality,
    OWL.maxQualifiedCardinality,
)


@dataclass
class _Schema:
    super_classes: dict[Node, set[Node]]
    super_properties: dict[Node, set[Node]]
    domains: dict[Node, set[Node]]
    ranges: dict[Node, set[Node]]
    inverses: dict[Node, set[Node]]
    symmetric: set[Node]
    transitive: set[Node]
    chains: dict[Node, list[tuple[Node, ...]]]  # chain member -> chains it is in (with result)


def _stated(kg: KnowledgeGraph, pattern: tuple[Node | None, Node | None, Node | None]):
    for s, p, o, g in kg.dataset.quads((*pattern, None)):
        if getattr(g, "identifier", g) != INFERRED_GRAPH:
            yield s, p, o


def _closure(pairs: set[tuple[Node, Node]]) -> dict[Node, set[Node]]:
    """Reflexive-transitive closure of a relation given as pairs (a ⊑ b)."""
    direct: dict[Node, set[Node]] = {}
    for a, b in pairs:
        direct.setdefault(a, set()).add(b)
    closed: dict[Node, set[Node]] = {}
    for start in direct:
        seen = {start}
        stack = [start]
        while stack:
            for nxt in direct.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        closed[start] = seen
    return closed


def _read_schema(kg: KnowledgeGraph) -> _Schema:
    for kind in _UNSUPPORTED_TYPES:
        for s, _, _ in _stated(kg, (None, RDF.type, kind)):
            raise KgError(
                f"the rules engine does not cover {kind} (on {s}); use --engine owlrl"
            )
    for predicate in _UNSUPPORTED_PREDICATES:
        for s, _, _ in _stated(kg, (None, predicate, None)):
            raise KgError(
                f"the rules engine does not cover {predicate} (on {s}); use --engine owlrl"
            )
    sub_class = {(s, o) for s, _, o in _stated(kg, (None, RDFS.subClassOf, None))}
    for s, _, o in _stated(kg, (None, OWL.equivalentClass, None)):
        sub_class |= {(s, o), (o, s)}
    sub_property = {(s, o) for s, _, o in _stated(kg, (None, RDFS.subPropertyOf, None))}
    for s, _, o in _stated(kg, (None, OWL.equivalentProperty, None)):
        sub_property |= {(s, o), (o, s)}
    inverses: dict[Node, set[Node]] = {}
    for s, _, o in _stated(kg, (None, OWL.inverseOf, None)):
        inverses.setdefault(s, set()).add(o)
        inverses.setdefault(o, set()).add(s)
    domains: dict[Node, set[Node]] = {}
    for s, _, o in _stated(kg, (None, RDFS.domain, None)):
        domains.setdefault(s, set()).add(o)
    ranges: dict[Node, set[Node]] = {}
    for s, _, o in _stated(kg, (None, RDFS.range, None)):
        ranges.setdefault(s, set()).add(o)
    chains: dict[Node, list[tuple[Node, ...]]] = {}
    for s, _, head in _stated(kg, (None, OWL.propertyChainAxiom, None)):
        members = tuple(Collection(kg.dataset, head))
        for member in set(members):
            chains.setdefault(member, []).append((s, *members))
    return _Schema(
        super_classes=_closure(sub_class),
        super_properties=_closure(sub_property),
        domains=domains,
        ranges=ranges,
        inverses=inverses,
        symmetric={s for s, _, _ in _stated(kg, (None, RDF.type, OWL.SymmetricProperty))},
        transitive={s for s, _, _ in _stated(kg, (None, RDF.type, OWL.TransitiveProperty))},
        chains=chains,
    )


def rule_entailments(kg: KnowledgeGraph) -> set[Triple]:
    """Every triple the ontology's rules entail from the stated graphs that no graph states."""
    schema = _read_schema(kg)
    indexed = schema.transitive | set(schema.chains)
    outgoing: dict[Node, dict[Node, set[Node]]] = {p: {} for p in indexed}
    incoming: dict[Node, dict[Node, set[Node]]] = {p: {} for p in indexed}
    known: set[Triple] = set()
    queue: list[Triple] = []

    def add(triple: Triple) -> None:
        if triple in known:
            return
        known.add(triple)
        queue.append(triple)
        s, p, o = triple
        if p in outgoing:
            outgoing[p].setdefault(s, set()).add(o)
            incoming[p].setdefault(o, set()).add(s)

    seeds = (
        set(schema.super_properties)
        | set(schema.domains)
        | set(schema.ranges)
        | set(schema.inverses)
        | schema.symmetric
        | indexed
    )
    for p in seeds:
        for triple in _stated(kg, (None, p, None)):
            add(triple)
    for cls in schema.super_classes:
        for triple in _stated(kg, (None, RDF.type, cls)):
            add(triple)
    stated = set(known)

    def chain_paths(chain: tuple[Node, ...], position: int, s: Node, o: Node) -> Iterator[Triple]:
        result, members = chain[0], chain[1:]
        starts = {s}
        for member in reversed(members[:position]):
            starts = {w for x in starts for w in incoming[member].get(x, ())}
        ends = {o}
        for member in members[position + 1 :]:
            ends = {z for x in ends for z in outgoing[member].get(x, ())}
        for start in starts:
            for end in ends:
                yield start, result, end

    while queue:
        s, p, o = queue.pop()
        if p == RDF.type:
            for cls in schema.super_classes.get(o, ()):
                add((s, RDF.type, cls))
            continue
        for q in schema.super_properties.get(p, ()):
            add((s, q, o))
        for q in schema.inverses.get(p, ()):
            add((o, q, s))
        if p in schema.symmetric:
            add((o, p, s))
        for cls in schema.domains.get(p, ()):
            add((s, RDF.type, cls))
        if not isinstance(o, Literal):
            for cls in schema.ranges.get(p, ()):
                add((o, RDF.type, cls))
        if p in schema.transitive:
            for z in list(outgoing[p].get(o, ())):
                add((s, p, z))
            for w in list(incoming[p].get(s, ())):
                add((w, p, o))
        for chain in schema.chains.get(p, ()):
            for position, member in enumerate(chain[1:]):
                if member == p:
                    for triple in list(chain_paths(chain, position, s, o)):
                        add(triple)
    return {
        t
        for t in known - stated
        if not any(
            getattr(g, "identifier", g) != INFERRED_GRAPH for *_, g in kg.dataset.quads((*t, None))
        )
    }
