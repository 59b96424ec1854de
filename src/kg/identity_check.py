"""`shapes/checks/identity-violation.rq` answered by index look-ups on the store, for builds.

The check (an organisation named by two sources that share none of its names) is written as a
SPARQL file, the project's form for checks, and that file stays the definition: the fixture
tests run it in rdflib's engine, and `tests/test_identity_check.py` compares this module's
answers with it on every fixture and on the curated data. Oxigraph cannot run it at scale: it
evaluates a sub-select anew for every row it is joined with, and every form of the pairing
tried (two sub-selects joined, the organisations named by two sources first, FILTER EXISTS
for the type) took from 45 s to more than ten minutes of CPU and up to 3 GB at the L corpus
(1.45 M triples), where the whole build should take 20 s. Here the same steps are a few
passes over the name statements (about 80 k at L): under a second.

What it reads, as the query does: every preferred, alternative and former name of every
instance of kg:Organisation or a subclass, in every named graph outside the pipeline's own
(`https://w3id.org/ctkg/graph/…`); each graph's source is the kg:ProfileDocument it is part of
(dcterms:isPartOf, transitively), else the graph itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS
from rdflib.namespace import DCTERMS

from kg.namespaces import GRAPH, KG

CHECK_STEM = "identity-violation"
"""The check file this module answers (`shapes/checks/identity-violation.rq`)."""

_PIPELINE = str(GRAPH)
_NAMINGS = ((SKOS.prefLabel, True), (SKOS.altLabel, True), (KG.formerName, False))
_TYPE = ox.NamedNode(str(RDF.type))


def _node(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _subclasses(store: ox.Store, top: ox.NamedNode) -> set[ox.NamedNode]:
    """`top` and every class below it by rdfs:subClassOf, stated in any graph."""
    found, stack = {top}, [top]
    sub = _node(RDFS.subClassOf)
    while stack:
        for quad in store.quads_for_pattern(None, sub, stack.pop(), None):
            if quad.subject not in found:
                found.add(quad.subject)
                stack.append(quad.subject)
    return found


def affected_by(
    store: ox.Store, added: Iterable[ox.Quad], inferred: Iterable[ox.Quad] = ()
) -> set[object]:
    """The organisations whose rows `added` (quads already in `store`) and `inferred` (what the
    reasoner entailed from them) can change: an organisation's row reads its own statements
    (type, names, owl:sameAs, skos:exactMatch, inferred ones included: a node the reasoner
    newly types as an organisation gains a row) and the sources of the graphs naming it, so the
    subjects of the added and inferred quads, and whatever is named in a graph whose source
    they can change (a graph that is, transitively, part of a node given a dcterms:isPartOf or
    typed kg:ProfileDocument by the addition)."""
    affected: set[object] = {quad.subject for quad in inferred}
    moved: set[object] = set()
    part_of, document = _node(DCTERMS.isPartOf), _node(KG.ProfileDocument)
    for quad in added:
        affected.add(quad.subject)
        if quad.predicate == part_of or (quad.predicate == _TYPE and quad.object == document):
            moved.add(quad.subject)
    stack = list(moved)
    while stack:
        for quad in store.quads_for_pattern(None, part_of, stack.pop(), None):
            if quad.subject not in moved:
                moved.add(quad.subject)
                stack.append(quad.subject)
    for graph in moved:
        if isinstance(graph, ox.NamedNode | ox.BlankNode):
            for prop, _ in _NAMINGS:
                named = store.quads_for_pattern(None, _node(prop), None, graph)
                affected |= {quad.subject for quad in named}
    return affected


def identity_violations(
    store: ox.Store, *, focus: set[object] | None = None
) -> Iterator[tuple[ox.NamedNode, str]]:
    """(focus, message) for each organisation two sources name without a full name in common,
    as the check's rows (the query's DISTINCT ?focus ?message): the store's default graph is
    taken as the union of its named graphs, as the query runs. With `focus`, the rows of those
    nodes only (`affected_by`), found from their own names instead of every name."""
    classes = _subclasses(store, _node(KG.Organisation))
    document = _node(KG.ProfileDocument)
    documents: dict[object, bool] = {}
    if focus is None:  # every name is read: every document too
        documents = {q.subject: True for q in store.quads_for_pattern(None, _TYPE, document)}

    def is_document(node: object) -> bool:
        """Whether `node` is a profile document; with `focus`, looked up node by node: a batch's
        names reach a few hundred graphs, where reading all 7,000 documents at L took longer."""
        if node not in documents:
            documents[node] = (
                focus is not None
                and not isinstance(node, ox.Literal)
                and next(store.quads_for_pattern(node, _TYPE, document), None) is not None  # type: ignore[arg-type]
            )
        return documents[node]

    part_of = _node(DCTERMS.isPartOf)
    sources_of: dict[object, tuple[object, ...]] = {}

    def sources(graph: object) -> tuple[object, ...]:
        """The documents `graph` is part of (transitively), or the graph itself."""
        if graph not in sources_of:
            reached, stack = set(), [graph]
            while stack:
                for quad in store.quads_for_pattern(stack.pop(), part_of, None, None):
                    if quad.object not in reached:
                        reached.add(quad.object)
                        stack.append(quad.object)
            found = (node for node in reached if is_document(node))
            sources_of[graph] = tuple(sorted(found, key=str)) or (graph,)
        return sources_of[graph]

    typed: dict[object, bool] = {}

    def is_organisation(node: object) -> bool:
        if node not in typed:
            typed[node] = any(
                q.object in classes for q in store.quads_for_pattern(node, _TYPE, None, None)
            )
        return typed[node]

    # focus → source → [(lower-cased name, naming, name)]
    names: dict[object, dict[object, list[tuple[str, bool, ox.Literal]]]] = {}
    # with `focus`, its organisations first (one look-up each), then their names: most of a
    # batch's focus nodes are attacks, figures and sources, whose names would be read for
    # nothing (three look-ups each)
    subjects = (
        [None] if focus is None
        else [f for f in focus if not isinstance(f, ox.Literal) and is_organisation(f)]
    )
    for prop, naming in _NAMINGS:
        for quad in (
            q for s in subjects for q in store.quads_for_pattern(s, _node(prop), None, None)
        ):
            graph = quad.graph_name
            if isinstance(graph, ox.DefaultGraph) or str(graph.value).startswith(_PIPELINE):
                continue
            if not is_organisation(quad.subject):
                continue
            value = quad.object
            lowered = value.value.lower()
            for source in sources(graph):
                names.setdefault(quad.subject, {}).setdefault(source, []).append(
                    (lowered, naming, value)
                )
    same = (_node(OWL.sameAs), _node(SKOS.exactMatch))
    for focus, by_source in names.items():
        if len(by_source) < 2:
            continue
        if any(next(store.quads_for_pattern(focus, p, None, None), None) for p in same):
            continue
        # Sources that give the same names with the same first one behave alike: compare kinds
        # of source, not every pair (an organisation named in 2,000 graphs at the L corpus made
        # 2.4 M pairs). A pair (first, second) in the sources' order exists between two kinds
        # exactly when the smallest source of the one sorts before the largest of the other.
        kinds: dict[tuple[frozenset[str], ox.Literal | None], list[str]] = {}
        for source, entries in by_source.items():
            named = [v for _, naming, v in entries if naming]
            key = (frozenset(n for n, _, _ in entries), named[0] if named else None)
            kinds.setdefault(key, []).append(source.value)
        for one, sources_one in kinds.items():
            for two, sources_two in kinds.items():
                if one is two or one[0] & two[0] or one[1] is None or two[1] is None:
                    continue
                if min(sources_one) < max(sources_two):
                    yield focus, _message(one[1], two[1])


def _message(first: object, second: object) -> str:
    return (
        f"named '{_text(first)}' by one source and '{_text(second)}' by another, and no full "
        "name is stated by both: if these are two organisations, give one its own IRI; if one, "
        "state owl:sameAs or a name both use"
    )


def _text(term: object) -> str:
    return getattr(term, "value", str(term))
