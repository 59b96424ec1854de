"""Stage 2: OWL 2 RL reasoning, keeping only the entailments the ontology is for.

The engine computes the closure over the union of all graphs; we keep the new triples an analyst
or a partner store needs (lineage and place containment closures, inverses, symmetric alliances,
the property-chain shortcuts, class memberships in our ontology, SKOS label propagation) and
store them in their own named graph, so "inferred" stays distinguishable from "stated". The rest
of an OWL RL closure (literals as subjects, reflexive owl:sameAs, RDFS/OWL/alignment
bookkeeping) is not valid RDF or not wanted in an export, and is dropped.

Schema axioms (what a property or class is: sub-class, sub-property, domain, range, inverse,
transitive, chains, equivalence, restrictions, owl:sameAs between terms …) are read only from the
ontology and vocabulary graphs, which only the files under `ontology/` fill. A data file that
states one (`kg:affiliateOf owl:inverseOf kg:splitFrom` made "Al Qaida split from AQIM") is not
obeyed by either engine and is a validation violation naming the file: `schema_axioms_in_data`
is the one definition both use.

Engines are registered by name. owlrl is the reference: a full OWL 2 RL closure over a copy of
the whole graph, minutes at a few hundred thousand triples. `rules` applies only the
OWL 2 RL rules this ontology uses, read from the ontology itself, straight on the dataset, and is
the default because tests/test_scale.py shows it gives exactly owlrl's kept triples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.load import KnowledgeGraph
from kg.namespaces import (
    DERIVED_GRAPH,
    INFERRED_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    PRECOMPUTED_GRAPH,
    VOCAB,
    VOCAB_GRAPH,
)
from kg.store.terms import OxigraphTerms, to_rdflib

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


OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
OxTriple = tuple[OxTerm, OxTerm, OxTerm]
Entailer = Callable[[KnowledgeGraph], set[OxTriple]]
"""An engine that reads the stated graphs of a KnowledgeGraph's Oxigraph store in place (no copy)
and returns only the new triples it entails, as Oxigraph terms; `entailments` still applies the
wanted-entailment filter."""

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
    return _wanted(
        str(s) if isinstance(s, URIRef) else None, str(p), str(o) if isinstance(o, URIRef) else None
    )


def _wanted(subject_iri: str | None, predicate: str, object_iri: str | None) -> bool:
    """The filter on plain strings (None: not an IRI), for rdflib and Oxigraph terms alike."""
    if subject_iri is None or subject_iri.startswith(_OWN_TERMS):
        return False  # a blank node or literal, or a statement about our own terms or concepts
    if predicate == _RDF_TYPE:
        return object_iri is not None and object_iri.startswith(str(KG._NS))
    return predicate.startswith(_KEPT_PREDICATE_NAMESPACES)


_OWN_TERMS = (str(KG._NS), str(VOCAB))
_RDF_TYPE = str(RDF.type)


def entailments(kg: KnowledgeGraph, *, engine: str = DEFAULT_ENGINE) -> set[Triple]:
    """The wanted triples the engine infers that no graph states."""
    return {
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
        for q in _entailed_quads(kg, engine)
    }


def _entailed_quads(kg: KnowledgeGraph, engine: str) -> list[ox.Quad]:
    """The wanted entailments as Oxigraph quads in the inferred graph."""
    _register_builtin()
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    if engine in ENTAILERS:
        return _inferred_quads(ENTAILERS[engine](kg))
    try:
        closure = ENGINES[engine]
    except KeyError:
        raise KgError(
            f"unknown reasoning engine {engine!r}; choose one of {engine_names()}"
        ) from None
    asserted = kg.union(exclude=[INFERRED_GRAPH])
    stated = set(asserted)
    schema = _schema_graph(kg)
    for axiom in schema_axioms_in_data(kg):  # the engine reads what it is given as schema
        if axiom.triple not in schema:
            asserted.remove(axiom.triple)
    closed = closure(asserted)
    convert = OxigraphTerms()
    return [
        ox.Quad(convert(s), convert(p), convert(o), inferred)
        for s, p, o in closed
        if (s, p, o) not in stated and is_wanted_entailment((s, p, o))
    ]


def _inferred_quads(triples: set[OxTriple]) -> list[ox.Quad]:
    """The wanted ones of an entailer's Oxigraph triples, as quads of the inferred graph."""
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    return [
        ox.Quad(s, p, o, inferred)
        for s, p, o in triples
        if _wanted(
            s.value if isinstance(s, ox.NamedNode) else None,
            p.value,
            o.value if isinstance(o, ox.NamedNode) else None,
        )
    ]


def reason(kg: KnowledgeGraph, *, engine: str = DEFAULT_ENGINE) -> ReasoningResult:
    """Replace the inferred graph of `kg` with the entailments of the current data, and the
    derived graph with what the project's rules derive from both (`kg.derive`)."""
    from kg.derive import derive, drop_derived

    drop_derived(kg)  # derived from the previous data: not a premise
    new = _entailed_quads(kg, engine)
    kg.store.remove_graph(ox.NamedNode(str(INFERRED_GRAPH)))
    kg.store.bulk_extend(new)
    kg.changed()
    result = ReasoningResult(engine=engine, asserted=len(kg) - len(new), inferred=len(new))
    derive(kg)
    return result


# ---------------------------------------------------------------- schema axioms in data

SCHEMA_GRAPHS = (ONTOLOGY_GRAPH, VOCAB_GRAPH)
"""The only graphs schema axioms are read from: the files under `ontology/` fill them, and
`kg.load` refuses a data file that writes into them."""


@dataclass(frozen=True)
class DataAxiom:
    """A schema axiom stated in a data graph: what the reasoner ignores and validation reports."""

    graph: URIRef
    triple: Triple


def _owl_terms(*, properties: bool) -> set[URIRef]:
    return {
        OWL[name]
        for name in OWL.__annotations__
        if name[0].islower() == properties and name not in {"rational", "real"}
    }


_AXIOM_PREDICATES = frozenset(
    {RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range}
    | _owl_terms(properties=True)
    - {
        # statements about individuals, or annotations: no reasoner reads them as schema
        OWL.sameAs,  # unless it names an ontology term: see schema_axioms_in_data
        OWL.differentFrom,
        OWL.versionInfo,
        OWL.versionIRI,
        OWL.priorVersion,
        OWL.backwardCompatibleWith,
        OWL.incompatibleWith,
        OWL.deprecated,
        OWL.annotatedSource,
        OWL.annotatedProperty,
        OWL.annotatedTarget,
        OWL.sourceIndividual,
        OWL.assertionProperty,
        OWL.targetIndividual,
        OWL.targetValue,
    }
)
"""Predicates whose every statement is an axiom: RDFS's four and OWL's constructors."""

_META_CLASSES = frozenset(
    (_owl_terms(properties=False) - {OWL.NamedIndividual, OWL.Thing})
    | {RDFS.Class, RDFS.Datatype, RDFS.ContainerMembershipProperty, RDF.Property}
)
"""Classes whose members are classes, properties or axioms: `x a owl:TransitiveProperty`."""

_SCHEMA_NAMESPACES = (str(RDF), str(RDFS), str(OWL))


def schema_axioms_in_data(kg: KnowledgeGraph) -> list[DataAxiom]:
    """Every schema axiom a data graph (any graph but the ontology, vocabulary and inferred
    ones) states. A triple is one if
    - its predicate is rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain, rdfs:range or an OWL
      constructor (owl:inverseOf, owl:equivalentClass/Property, owl:propertyChainAxiom,
      owl:onProperty, owl:disjointWith, owl:imports …);
    - it types something as a class, property or axiom (owl:TransitiveProperty, owl:Class,
      owl:Restriction, rdf:Property, rdfs:Class …; owl:NamedIndividual and owl:Thing are data);
    - its subject is a term of the ontology or vocabularies and its predicate is in the RDF,
      RDFS or OWL namespace (a redefinition: a new type, label or comment for kg:splitFrom);
    - it is owl:sameAs with an ontology term, an RDF/RDFS/OWL term, or a term used as a
      predicate or class on either side (OWL RL would then rewrite every statement using it).
    Found by index look-ups on the store, never a scan of every statement."""
    store = kg.store
    skip = {ox.NamedNode(str(g)) for g in (*SCHEMA_GRAPHS, INFERRED_GRAPH)}
    found: dict[ox.Quad, None] = {}

    def look(subject=None, predicate=None, obj=None) -> Iterator[ox.Quad]:
        for quad in store.quads_for_pattern(subject, predicate, obj, None):
            if quad.graph_name not in skip:
                yield quad

    for predicate in sorted(_AXIOM_PREDICATES):
        found.update(dict.fromkeys(look(predicate=ox.NamedNode(str(predicate)))))
    rdf_type = ox.NamedNode(str(RDF.type))
    for cls in sorted(_META_CLASSES):
        found.update(dict.fromkeys(look(predicate=rdf_type, obj=ox.NamedNode(str(cls)))))
    terms = _ontology_terms(store)
    for term in terms:
        found.update(
            dict.fromkeys(
                q for q in look(subject=term) if q.predicate.value.startswith(_SCHEMA_NAMESPACES)
            )
        )

    def is_schema_term(node: object) -> bool:
        if not isinstance(node, ox.NamedNode):
            return False
        return (
            node in terms
            or node.value.startswith((*_SCHEMA_NAMESPACES, str(KG._NS)))
            or next(store.quads_for_pattern(None, node, None, None), None) is not None
            or next(store.quads_for_pattern(None, rdf_type, node, None), None) is not None
        )

    for quad in look(predicate=ox.NamedNode(str(OWL.sameAs))):
        if is_schema_term(quad.subject) or is_schema_term(quad.object):
            found[quad] = None
    return [
        DataAxiom(
            URIRef(getattr(q.graph_name, "value", _DEFAULT_GRAPH)),
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)),
        )
        for q in found
    ]


_DEFAULT_GRAPH = URIRef("urn:x-rdflib:default")  # rdflib's name for a dataset's default graph


def _ontology_terms(store: ox.Store) -> set[ox.NamedNode]:
    """Every IRI the ontology or the vocabularies say something about."""
    return {
        quad.subject
        for name in SCHEMA_GRAPHS
        for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))
        if isinstance(quad.subject, ox.NamedNode)
    }


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
    OWL.sameAs,  # in the ontology; in data, see _read_schema
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
    """The axioms the rules read, as Oxigraph terms (the chainer's triples are Oxigraph's)."""

    super_classes: dict[object, set[object]]
    super_properties: dict[object, set[object]]
    domains: dict[object, set[object]]
    ranges: dict[object, set[object]]
    inverses: dict[object, set[object]]
    symmetric: set[object]
    transitive: set[object]
    chains: dict[object, list[tuple[object, ...]]]  # chain member -> chains it is in (with result)


class _SchemaGraphs:
    """The ontology and vocabulary graphs read from the store by index look-ups, as Oxigraph
    terms: the schema is a few thousand triples, and reading it through rdflib's view of the
    store (made for the purpose, its terms then made Oxigraph's again) took about a second of
    CPU per batch add at the L corpus, most of it importing and building that view."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.graphs = [ox.NamedNode(str(name)) for name in SCHEMA_GRAPHS]

    def __call__(
        self, subject: object = None, predicate: URIRef | None = None, obj: object = None
    ) -> Iterator[ox.Quad]:
        """The schema statements matching a pattern (rdflib IRIs for the predicate and object
        are made Oxigraph's)."""
        p = None if predicate is None else ox.NamedNode(str(predicate))
        o = ox.NamedNode(str(obj)) if isinstance(obj, URIRef) else obj
        for graph in self.graphs:
            yield from self.store.quads_for_pattern(subject, p, o, graph)

    def pairs(self, predicate: URIRef) -> set[tuple[object, object]]:
        return {(q.subject, q.object) for q in self(predicate=predicate)}

    def by_subject(self, predicate: URIRef) -> dict[object, set[object]]:
        found: dict[object, set[object]] = {}
        for s, o in self.pairs(predicate):
            found.setdefault(s, set()).add(o)
        return found

    def members(self, head: object) -> tuple[object, ...]:
        """The members of the RDF list starting at `head` (rdf:first / rdf:rest)."""
        found: list[object] = []
        nil = ox.NamedNode(str(RDF.nil))
        seen = set()
        while head != nil and head not in seen:
            seen.add(head)
            found += [q.object for q in self(head, RDF.first)]
            head = next((q.object for q in self(head, RDF.rest)), nil)
        return tuple(found)


def _schema_graph(kg: KnowledgeGraph) -> Graph:
    """The ontology and vocabulary graphs together, as one rdflib Graph (a few thousand
    triples): what the owlrl engine is given as schema."""
    graph = Graph()
    for name in SCHEMA_GRAPHS:
        graph += kg.graph(name)
    return graph


def _closure(pairs: set[tuple[object, object]]) -> dict[object, set[object]]:
    """Reflexive-transitive closure of a relation given as pairs (a ⊑ b)."""
    direct: dict[object, set[object]] = {}
    for a, b in pairs:
        direct.setdefault(a, set()).add(b)
    closed: dict[object, set[object]] = {}
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


def _term_text(term: object) -> str:
    """A term as rdflib prints it in a message: an IRI or blank node label without brackets."""
    return getattr(term, "value", str(term))


def _read_schema(kg: KnowledgeGraph) -> _Schema:
    schema = _SchemaGraphs(kg.store)
    for kind in _UNSUPPORTED_TYPES:
        for quad in schema(predicate=RDF.type, obj=kind):
            raise KgError(
                f"the rules engine does not cover {kind} (on {_term_text(quad.subject)}); "
                "use --engine owlrl"
            )
    for predicate in _UNSUPPORTED_PREDICATES:
        for quad in schema(predicate=predicate):
            raise KgError(
                f"the rules engine does not cover {predicate} (on {_term_text(quad.subject)}); "
                "use --engine owlrl"
            )
    # owl:sameAs between individuals is data, not schema, and still beyond these rules (a
    # sameAs on ontology terms in data is a schema axiom: ignored here, reported by validation)
    ignored = {axiom.triple for axiom in schema_axioms_in_data(kg)}
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    for quad in kg.store.quads_for_pattern(None, ox.NamedNode(str(OWL.sameAs)), None, None):
        triple = (to_rdflib(quad.subject), OWL.sameAs, to_rdflib(quad.object))
        if quad.graph_name != inferred and triple not in ignored:
            raise KgError(
                f"the rules engine does not cover {OWL.sameAs} (on {triple[0]}); use --engine owlrl"
            )
    sub_class = schema.pairs(RDFS.subClassOf)
    for s, o in schema.pairs(OWL.equivalentClass):
        sub_class |= {(s, o), (o, s)}
    sub_property = schema.pairs(RDFS.subPropertyOf)
    for s, o in schema.pairs(OWL.equivalentProperty):
        sub_property |= {(s, o), (o, s)}
    inverses: dict[object, set[object]] = {}
    for s, o in schema.pairs(OWL.inverseOf):
        inverses.setdefault(s, set()).add(o)
        inverses.setdefault(o, set()).add(s)
    chains: dict[object, list[tuple[object, ...]]] = {}
    for s, head in schema.pairs(OWL.propertyChainAxiom):
        members = schema.members(head)
        for member in set(members):
            chains.setdefault(member, []).append((s, *members))
    return _Schema(
        super_classes=_closure(sub_class),
        super_properties=_closure(sub_property),
        domains=schema.by_subject(RDFS.domain),
        ranges=schema.by_subject(RDFS.range),
        inverses=inverses,
        symmetric={q.subject for q in schema(predicate=RDF.type, obj=OWL.SymmetricProperty)},
        transitive={q.subject for q in schema(predicate=RDF.type, obj=OWL.TransitiveProperty)},
        chains=chains,
    )


def rule_entailments(kg: KnowledgeGraph) -> set[OxTriple]:
    """Every triple the ontology's rules entail from the stated graphs that no graph states.

    The rules stratify: property rules (sub-property, inverse, symmetric, transitive, chains)
    never need a class membership, and class rules (domain, range, subclass) only produce class
    memberships. So property triples are chained in Python over the few properties that feed
    property rules, and class memberships are then worked out by Oxigraph in one query over the
    whole graph (plus the new property triples), so Python handles what is inferred rather than
    everything stated. Works on Oxigraph terms straight from `kg.store`, with any inferred graph
    set aside; the schema, small, is read with rdflib."""
    with kg.inferred_set_aside():
        schema = _read_schema(kg)
        properties = _property_entailments(kg.store, schema)
        return properties | _class_entailments(kg.store, schema, properties)


def reason_increment(
    kg: KnowledgeGraph,
    added: list[ox.Quad],
    *,
    inferred_out: list[ox.Quad] | None = None,
    stated: int | None = None,
    inferred_before: int | None = None,
) -> ReasoningResult:
    """Add to the inferred graph what `added` (quads just put into `kg.store`, whose inferred
    graph was complete before) entails, with the `rules` engine: only rules whose premises
    touch a new triple fire, so adding one profile to a large graph costs what that profile
    entails. Valid for additions only (entailment is monotonic); a removal needs `reason`.
    The inferred quads it adds are appended to `inferred_out`, if given. `stated` is how many
    stated quads the store holds, if the caller knows (a batch add: the previous build's count
    and what it added); else they are counted, which reads the whole store (a second of CPU
    at the L corpus on disk); likewise `inferred_before`, how many quads the inferred graph
    held before (every quad this adds is new to the store: the rules keep no triple it
    already holds). The derived graph, which must be the previous data's, is
    worked out again only where the addition can change it (`kg.derive.derive_increment`)."""
    from kg.derive import derive, derive_increment, drop_derived

    derived = ox.NamedNode(str(DERIVED_GRAPH))
    previous = list(kg.store.quads_for_pattern(None, None, None, derived))
    drop_derived(kg)  # not a premise; what the addition leaves as it was is written back
    schema = _read_schema(kg)
    triples = {(q.subject, q.predicate, q.object) for q in added}
    properties = _property_entailments(kg.store, schema, added=triples)
    classes = _class_entailments(kg.store, schema, properties | triples, whole=False)
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    new = _inferred_quads(properties | classes)
    kg.store.bulk_extend(new)
    if inferred_out is not None:
        inferred_out += new
    kg.changed()
    total = _count(kg, inferred) if inferred_before is None else inferred_before + len(new)
    if stated is None:  # a batch add's store also holds the previous precomputed graph
        stated = len(kg) - total - _count(kg, ox.NamedNode(str(PRECOMPUTED_GRAPH)))
    result = ReasoningResult(engine="rules", asserted=stated, inferred=total)
    if derive_increment(kg, previous, [*added, *new]) is None:
        derive(kg)
    return result


def _count(kg: KnowledgeGraph, graph: ox.NamedNode) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    return int(next(iter(kg.store.query(query)))[0].value)


def _property_entailments(
    store: ox.Store, schema: _Schema, *, added: set[OxTriple] | None = None
) -> set[OxTriple]:
    """New property triples: a semi-naive forward chainer over sets (prp-spo1/2, prp-inv1/2,
    prp-symp, prp-trp), seeded with the stated triples of the properties those rules read. With
    `added`, only those triples are seeded and the store (whose closure was complete before
    they came) answers for everything else: a triple it already holds has had its consequences."""
    indexed = schema.transitive | set(schema.chains)
    outgoing: dict[object, dict[object, set[object]]] = {p: {} for p in indexed}
    incoming: dict[object, dict[object, set[object]]] = {p: {} for p in indexed}
    known: set[OxTriple] = set()
    queue: list[OxTriple] = []
    delta = added is not None
    chained = set(schema.super_properties) | set(schema.inverses) | schema.symmetric | indexed
    unkept = _unkept_properties(schema, chained)

    def add(triple: OxTriple) -> None:
        if triple in known or triple[1] in unkept:
            return
        known.add(triple)
        if delta and triple not in seeds and _held(store, triple):
            return
        queue.append(triple)
        s, p, o = triple
        if p in outgoing:
            outgoing[p].setdefault(s, set()).add(o)
            incoming[p].setdefault(o, set()).add(s)

    def objects(p: object, s: object) -> set[object]:
        found = set(outgoing[p].get(s, ()))
        if delta and not isinstance(s, ox.Literal):
            found |= {q.object for q in store.quads_for_pattern(s, p, None, None)}
        return found

    def subjects(p: object, o: object) -> set[object]:
        found = set(incoming[p].get(o, ()))
        if delta:
            found |= {q.subject for q in store.quads_for_pattern(None, p, o, None)}
        return found

    seeds: set[OxTriple] = (
        {t for t in added if t[1] in chained}
        if added is not None
        else {
            (quad.subject, quad.predicate, quad.object)
            for p in chained
            for quad in store.quads_for_pattern(None, p, None, None)
        }
    )
    for triple in seeds:
        add(triple)
    stated = set(known)

    def chain_paths(chain: tuple, position: int, s: object, o: object) -> Iterator[OxTriple]:
        result, members = chain[0], chain[1:]
        starts = {s}
        for member in reversed(members[:position]):
            starts = {w for x in starts for w in subjects(member, x)}
        ends = {o}
        for member in members[position + 1 :]:
            ends = {z for x in ends for z in objects(member, x)}
        for start in starts:
            for end in ends:
                yield start, result, end

    while queue:
        s, p, o = queue.pop()
        for q in schema.super_properties.get(p, ()):
            add((s, q, o))
        for q in schema.inverses.get(p, ()):
            add((o, q, s))
        if p in schema.symmetric:
            add((o, p, s))
        if p in schema.transitive:
            for z in objects(p, o):
                add((s, p, z))
            for w in subjects(p, s):
                add((w, p, o))
        for chain in schema.chains.get(p, ()):
            for position, member in enumerate(chain[1:]):
                if member == p:
                    for triple in list(chain_paths(chain, position, s, o)):
                        add(triple)
    return {
        t
        for t in known - stated
        if not isinstance(t[0], ox.Literal)  # a literal as subject is no RDF triple
        and not _held(store, t)
    }


def _unkept_properties(schema: _Schema, chained: set[object]) -> set[object]:
    """The properties the property rules can infer a triple of that no rule reads and the
    inferred graph does not keep (`_wanted`: none of ours, e.g. schema:location, a
    super-property of kg:place): their triples need not be made. At the L corpus they were
    a third of the property rules' 130,000 triples (schema:location, prov:agent,
    schema:containedInPlace), each chained, looked up in the store and then dropped (#13,
    fifteenth round). A property in `chained` feeds a property rule, one with a domain or a
    range a class rule; rdf:type is kept for our classes."""
    inferable = {q for qs in schema.super_properties.values() for q in qs}
    inferable |= {q for qs in schema.inverses.values() for q in qs}
    inferable |= {chain[0] for chains in schema.chains.values() for chain in chains}
    read = chained | set(schema.domains) | set(schema.ranges) | {ox.NamedNode(_RDF_TYPE)}
    return {
        p for p in inferable
        if p not in read and not p.value.startswith(_KEPT_PREDICATE_NAMESPACES)
    }


def _held(store: ox.Store, triple: OxTriple) -> bool:
    """True if some graph of the store holds the triple (never for a literal subject)."""
    if isinstance(triple[0], ox.Literal):
        return False
    return next(store.quads_for_pattern(*triple, None), None) is not None


def _class_entailments(
    store: ox.Store,
    schema: _Schema,
    new_triples: set[OxTriple],
    *,
    whole: bool = True,
) -> set[OxTriple]:
    """New class memberships (prp-dom, prp-rng, cax-sco) of IRIs, in our own classes only (the
    wanted-entailment filter would drop the others): with `whole`, from the graph by one
    Oxigraph query (`_class_membership_query`); and from `new_triples` here. Without `whole`
    (an increment: the store's inferred graph was complete for what it held), only from
    `new_triples`, the added triples and their property entailments: every old triple has had
    its consequences. The increment once looked at every statement naming each node the
    addition names, in both directions: a class, a country or a count qualifier is named by a
    large part of the graph, and at the L corpus that walk took 33 s of CPU on the on-disk
    store."""
    rdf_type = ox.NamedNode(str(RDF.type))
    queried: set[OxTriple] = set()
    query = _class_membership_query(schema) if whole else None
    if query is not None:  # rows the graph does not state already (its FILTER NOT EXISTS)
        queried = {
            (row[0], rdf_type, row[1])
            for row in store.query(query, use_default_graph_as_union=True)
            if isinstance(row[0], ox.NamedNode)
        }
    # each property's classes worked out once, not once per triple (about 100,000 at L)
    supers: dict[object, frozenset[object]] = {}

    def own_supers(classes: Iterable[object]) -> frozenset[object]:
        return frozenset(c for cls in classes for c in _own_supers(schema, cls))

    def of_domain(p: object) -> frozenset[object]:
        key = ("domain", p)
        if key not in supers:
            supers[key] = own_supers(schema.domains.get(p, ()))
        return supers[key]

    def of_range(p: object) -> frozenset[object]:
        key = ("range", p)
        if key not in supers:
            supers[key] = own_supers(schema.ranges.get(p, ()))
        return supers[key]

    def of_class(o: object) -> frozenset[object]:
        key = ("class", o)
        if key not in supers:
            supers[key] = own_supers((o,))
        return supers[key]

    found: set[OxTriple] = set()
    for s, p, o in new_triples:
        if isinstance(s, ox.NamedNode):
            classes = of_domain(p)
            if p == rdf_type and o in schema.super_classes:
                classes = classes | of_class(o)
            found.update((s, rdf_type, c) for c in classes)
        if isinstance(o, ox.NamedNode):
            found.update((o, rdf_type, c) for c in of_range(p))
    return queried | {t for t in found - queried if not _held(store, t)}


def _own_supers(schema: _Schema, cls: object) -> set[object]:
    """The class and its super-classes that are ours: the only memberships kept."""
    return {
        c for c in schema.super_classes.get(cls, {cls}) | {cls} if c.value.startswith(str(KG._NS))
    }


def _class_membership_query(schema: _Schema) -> str | None:
    """SPARQL for every (node, class) membership the graph entails by prp-dom, prp-rng and
    cax-sco that it does not state (None if the schema entails none); the caller drops nodes
    that are not IRIs.

    Shaped for what it costs at the L corpus (1.5 M triples; 4.4 → about 2 s of CPU): only
    the domains and ranges whose class has a super-class of ours are scanned (a range of
    xsd:date, or one outside our namespace, entails nothing kept: scanning them was a third of
    the rows), and only the classes with a proper super-class of ours for cax-sco (a node
    stated to be of a class is already of it); the candidate (node, class) pairs are made
    distinct before each is spread to its super-classes and looked up, since a node is named
    by many triples of the same domain; and whether the node is an IRI is tested in Python
    on the few rows left rather than on every row scanned."""
    domains = [(p, c) for p, cs in schema.domains.items() for c in cs if _own_supers(schema, c)]
    ranges = [(p, c) for p, cs in schema.ranges.items() for c in cs if _own_supers(schema, c)]
    sub_classes = [c for c in schema.super_classes if _own_supers(schema, c) - {c}]
    closure = {(c, s) for _, c in (*domains, *ranges) for s in _own_supers(schema, c)}
    closure |= {(c, s) for c in sub_classes for s in _own_supers(schema, c) - {c}}
    if not closure:
        return None

    def values(pairs: Iterable[tuple[object, object]]) -> str:
        return " ".join(f"({a} {b})" for a, b in sorted(pairs, key=str))  # none: no rows

    return (
        "SELECT ?node ?super WHERE {\n"
        "  { SELECT DISTINCT ?node ?class WHERE {\n"
        "    { VALUES (?p ?class) { " + values(domains) + " } ?node ?p ?o }\n"
        "    UNION { VALUES (?p ?class) { " + values(ranges) + " } ?s ?p ?node }\n"
        "    UNION { VALUES ?class { " + " ".join(map(str, sub_classes)) + " } ?node a ?class }\n"
        "  } }\n"
        "  VALUES (?class ?super) { " + values(closure) + " }\n"
        "  FILTER NOT EXISTS { ?node a ?super }\n"
        "}"
    )
