"""The pictures on a group's page: its lineage diagram and its attack timeline, inline SVG.

Drawn by `kg.pictures` (Graphviz, matplotlib) in the worker process that answers the page, so the
web process never waits on a renderer, and kept per worker: the graph a server holds never
changes, and a timeline costs a few hundred milliseconds to draw while a cached one costs
nothing. Every node, edge, bar and point links to its entity's page on this server.

Why the SVG may go into the page unescaped: Graphviz and matplotlib write well-formed SVG in
which every name and label from the data is escaped text (the lineage labels are escaped by
`kg.pictures` before Graphviz sees them), and the links are `entities.href`'s, which only ever
gives this server's /id/… paths or http(s) IRIs. What precedes the `<svg>` element (the XML
declaration, the DOCTYPE, generator comments) and matplotlib's RDF `<metadata>` mean nothing in
HTML and are cut.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from markupsafe import Markup
from rdflib import RDF, RDFS, URIRef

from kg.errors import KgError
from kg.load import KnowledgeGraph
from kg.namespaces import KG
from kg.pictures import lineage_of, render_lineage, render_timeline, timeline_of
from kg.serve.entities import href

CACHE_SIZE = 256
"""Groups whose pictures a worker keeps (a lineage and a timeline are ~50 KB together)."""


@dataclass(frozen=True)
class GroupPictures:
    """What a group's page shows in place of each picture: the SVG, or a sentence saying why
    there is none (nothing to draw, or the renderer is missing)."""

    lineage_svg: Markup | None
    lineage_note: str
    timeline_svg: Markup | None
    timeline_note: str


_cache_graph: KnowledgeGraph | None = None
_cache: OrderedDict[URIRef, GroupPictures] = OrderedDict()


def is_organisation(kg: KnowledgeGraph, iri: URIRef) -> bool:
    """Whether `iri` is typed as an organisation or as any subclass of one (armed group …)."""
    ds = kg.dataset
    for kind in set(ds.objects(iri, RDF.type)):
        if KG.Organisation in ds.transitive_objects(kind, RDFS.subClassOf):
            return True
    return False


def page_href(iri: URIRef) -> str:
    """Where a node or point links: the entity's page on this server (or its http(s) IRI); a
    term that is neither links nowhere rather than to a scheme a browser would run."""
    return href(iri) or "#"


def pictures_of(kg: KnowledgeGraph, group: URIRef) -> GroupPictures:
    """The group's lineage diagram and timeline, drawn once per worker and then reused."""
    global _cache_graph
    if kg is not _cache_graph:  # a worker holds one graph for life; a new graph starts afresh
        _cache.clear()
        _cache_graph = kg
    if group in _cache:
        _cache.move_to_end(group)
        return _cache[group]
    pictures = draw(kg, group)
    _cache[group] = pictures
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return pictures


def draw(kg: KnowledgeGraph, group: URIRef) -> GroupPictures:
    """Both pictures of `group`, each linking to this server's pages; a renderer that cannot
    run costs its picture, not the page."""
    lineage = lineage_of(kg, group, relations=True)
    name = lineage.organisations[group].label
    lineage_svg, lineage_note = None, ""
    if not lineage.steps and not lineage.relations:
        lineage_note = f"No predecessor, successor or ally of {name} is recorded in the graph."
    else:
        try:
            lineage_svg = inline_svg(render_lineage(lineage, "svg", href=page_href))
        except KgError as error:
            lineage_note = f"The lineage diagram cannot be drawn here: {error}"
    timeline = timeline_of(kg, group, lineage=True)
    timeline_svg, timeline_note = None, ""
    if not timeline.entries:
        timeline_note = f"No attack is attributed to {name} or its lineage in the graph."
    else:
        try:
            timeline_svg = inline_svg(render_timeline(timeline, "svg", href=page_href))
        except KgError as error:
            timeline_note = f"The timeline cannot be drawn here: {error}"
    return GroupPictures(lineage_svg, lineage_note, timeline_svg, timeline_note)


def inline_svg(svg: bytes) -> Markup:
    """An SVG document as an element to place in HTML: from `<svg` on, without `<metadata>`."""
    text = svg.decode("utf-8")
    start = text.find("<svg")
    if start < 0:
        raise KgError("the renderer returned no SVG element")
    text = text[start:]
    begin, end = text.find("<metadata>"), text.find("</metadata>")
    if 0 <= begin < end:
        text = text[:begin] + text[end + len("</metadata>") :]
    return Markup(text.strip())  # escaped by its renderer: see the module docstring


def warm_up() -> None:
    """Load the renderers before the worker says it is ready, so the first group page does not
    pay for importing matplotlib (and, on a fresh machine, building its font cache) inside the
    time limit."""
    import graphviz  # noqa: F401
    import matplotlib.font_manager  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401
