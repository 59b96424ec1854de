"""What the server says about one entity when its IRI is dereferenced.

For a person the page is what an analyst wants first: the entity's names, its lineage, the
attacks attributed to it and the profile sections that state each fact, with every neighbour a
link. For a program it is RDF: the entity's concise bounded description, the statements that
point at it, and the names of its neighbours, so a client can label the links without another
request.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.load import KnowledgeGraph
from kg.namespaces import ID, INFERRED_GRAPH, KG, PRECOMPUTED_GRAPH

NAME_KINDS = {
    SKOS.prefLabel: "preferred",
    KG.acronym: "acronym",
    SKOS.altLabel: "alternative",
    KG.formerName: "former",
}
LINEAGE_STEPS = (KG.splitFrom, KG.renamedFrom, KG.absorbed, KG.formedByMergerOf)
SAME_ELSEWHERE = (SKOS.exactMatch, OWL.sameAs)
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class Link:
    """A term as shown on a page: its text, and where it leads if it is an IRI."""

    text: str
    href: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Designation:
    """A listing of the entity as terrorist, as its page shows it (kg:Designation)."""

    authority: Link | None
    list_name: str
    date: str
    delisted: str
    source: Link | None


@dataclass
class EntityDescription:
    iri: URIRef
    title: str
    types: list[Link] = field(default_factory=list)
    names: list[tuple[str, str, str]] = field(default_factory=list)
    predecessors: list[Link] = field(default_factory=list)
    successors: list[Link] = field(default_factory=list)
    direct_steps: list[tuple[Link, Link]] = field(default_factory=list)
    attacks: list[tuple[Link, str]] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    sources: list[Link] = field(default_factory=list)
    elsewhere: list[Link] = field(default_factory=list)
    statements: list[tuple[Link, Link, Link]] = field(default_factory=list)
    referenced_by: list[tuple[Link, Link]] = field(default_factory=list)
    truncated: bool = False


def href(term: Node) -> str | None:
    """Where a link to `term` goes: our own entities resolve on this server, other http(s)
    IRIs are linked as they are, and anything else is not a link."""
    if not isinstance(term, URIRef):
        return None
    text = str(term)
    if text.startswith(str(ID)):
        return "/id/" + quote(text[len(str(ID)) :], safe="/#:@!$&'()*+,;=-._~")
    if text.startswith(("http://", "https://")):
        return text
    return None


def label(kg: KnowledgeGraph, term: Node) -> str:
    """A readable name: the English preferred label, any label, an acronym, else the IRI."""
    if isinstance(term, Literal):
        return str(term)
    candidates = []
    for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title, KG.acronym):
        for value in kg.dataset.objects(term, prop):
            if isinstance(value, Literal):
                rank = 0 if value.language in ("en", None) else 1
                candidates.append((rank, str(value)))
        if candidates:
            return min(candidates)[1]
    return str(term)


def link(kg: KnowledgeGraph, term: Node, note: str = "") -> Link:
    if isinstance(term, Literal):
        suffix = f"@{term.language}" if term.language else ""
        return Link(f"{term}{suffix}", note=note)
    if isinstance(term, BNode):
        return Link(f"_:{term}", note=note)
    return Link(label(kg, term), href(term), note)


def is_known(kg: KnowledgeGraph, iri: URIRef) -> bool:
    """Whether the graph says anything about `iri`, as subject or as object."""
    return (
        next(iter(kg.dataset.triples((iri, None, None))), None) is not None
        or next(iter(kg.dataset.triples((None, None, iri))), None) is not None
    )


def describe(kg: KnowledgeGraph, iri: URIRef, *, limit: int = 10_000) -> EntityDescription:
    """The facts an entity page shows, gathered from the union of all graphs."""
    ds = kg.dataset
    page = EntityDescription(iri, label(kg, iri))
    page.types = sorted({link(kg, t) for t in ds.objects(iri, RDF.type)}, key=lambda x: x.text)
    names = {
        (NAME_KINDS[p], str(o), o.language or "") for p in NAME_KINDS for o in ds.objects(iri, p)
    }
    former = {(t, lang) for kind, t, lang in names if kind in ("acronym", "former")}
    page.names = sorted(
        (k, t, lang) for k, t, lang in names if not (k == "alternative" and (t, lang) in former)
    )
    page.elsewhere = sorted(
        {_elsewhere(o) for p in SAME_ELSEWHERE for o in ds.objects(iri, p) if href(o)},
        key=lambda x: x.text,
    )
    page.predecessors = _links(kg, ds.objects(iri, KG.hasPredecessor))
    page.successors = _links(kg, ds.objects(iri, KG.hasSuccessor))
    page.direct_steps = sorted(
        (
            (link(kg, step), link(kg, other))
            for step in LINEAGE_STEPS
            for other in ds.objects(iri, step)
        ),
        key=lambda pair: (pair[0].text, pair[1].text),
    )
    attacks = {a for a in ds.subjects(KG.perpetrator, iri) if (a, RDF.type, KG.Attack) in ds}
    page.attacks = sorted(
        ((link(kg, a), str(next(iter(ds.objects(a, KG.edtf)), ""))) for a in attacks),
        key=lambda pair: (pair[1], pair[0].text),
    )
    page.designations = designations_of(kg, iri)
    graphs: dict[URIRef, int] = defaultdict(int)
    statements = []
    for _, p, o, g in ds.quads((iri, None, None, None)):
        graph = getattr(g, "identifier", g)
        if graph == PRECOMPUTED_GRAPH:  # the build's index for queries, not a statement
            continue
        graphs[graph] += 1
        statements.append((link(kg, p), link(kg, o), _graph_link(kg, graph)))
    page.statements = sorted(set(statements), key=lambda s: (s[0].text, s[1].text, s[2].text))
    page.sources = sorted(
        (_graph_link(kg, g, f"{n} statements") for g, n in graphs.items()),
        key=lambda x: x.text,
    )
    inbound = sorted(
        {(link(kg, s), link(kg, p)) for s, p in ds.subject_predicates(iri)},
        key=lambda pair: (pair[1].text, pair[0].text),
    )
    page.truncated = len(page.statements) > limit or len(inbound) > limit
    page.statements = page.statements[:limit]
    page.referenced_by = inbound[:limit]
    return page


def designations_of(kg: KnowledgeGraph, iri: URIRef) -> list[Designation]:
    """Who lists the entity, on which list, since when, and any delisting, each with the
    section that says so; oldest first."""
    ds = kg.dataset
    found = []
    for node in set(ds.subjects(KG.designatedOrganisation, iri)):
        authority = ds.value(node, KG.designatedBy)
        sections = {
            getattr(g, "identifier", g)
            for _, _, _, g in ds.quads((node, KG.designatedOrganisation, iri, None))
        }
        found.append(
            Designation(
                link(kg, authority) if authority is not None else None,
                str(ds.value(node, KG.listName) or ""),
                str(ds.value(node, KG.edtf) or ""),
                str(ds.value(node, KG.delisted) or ""),
                _graph_link(kg, min(sections, key=str)) if sections else None,
            )
        )
    return sorted(found, key=lambda d: (d.date, d.list_name))


def _elsewhere(term: Node) -> Link:
    """The same entity in another knowledge base (data/wikidata.ttl, the gazetteer's GeoNames
    links): a Wikidata item links to its page, which a browser reads, rather than to its
    entity IRI, which answers with data."""
    text = str(term)
    if text.startswith(WIKIDATA_ENTITY):
        item = text[len(WIKIDATA_ENTITY) :]
        return Link(f"Wikidata {item}", f"https://www.wikidata.org/wiki/{quote(item)}")
    return Link(text, href(term))


def _links(kg: KnowledgeGraph, terms) -> list[Link]:
    return sorted({link(kg, t) for t in terms}, key=lambda x: x.text)


def _graph_link(kg: KnowledgeGraph, graph: Node, note: str = "") -> Link:
    if graph == INFERRED_GRAPH:
        return Link("inferred", href(graph), note)
    found = link(kg, graph, note)
    lines = [
        str(v)
        for v in (*kg.dataset.objects(graph, KG.startLine), *kg.dataset.objects(graph, KG.endLine))
    ]
    if len(lines) == 2 and lines[0] != lines[1]:
        return Link(f"{found.text} (lines {lines[0]}–{lines[1]})", found.href, note)
    if lines:
        return Link(f"{found.text} (line {lines[0]})", found.href, note)
    return found


def description_graph(kg: KnowledgeGraph, iri: URIRef, *, limit: int = 10_000) -> Graph:
    """The entity's concise bounded description, what points at it, and its neighbours'
    preferred names."""
    union = kg.dataset
    graph = Graph()
    for triple in union.cbd(iri):
        graph.add(triple)
    for s, p in union.subject_predicates(iri):
        graph.add((s, p, iri))
        if len(graph) > limit:
            break
    neighbours = {t for t in (*graph.subjects(), *graph.objects()) if isinstance(t, URIRef)}
    for term in neighbours - {iri}:
        for name in union.objects(term, SKOS.prefLabel):
            graph.add((term, SKOS.prefLabel, name))
    return graph
