"""Pictures analysts would rather look at than read: lineage diagrams, attack timelines, maps.

Each picture is two steps, so that tests can check what a picture says and `kg serve` can draw
the same data with links to its own pages:

    from kg import load, reason
    from kg.pictures import lineage_of, render_lineage, timeline_of, render_timeline
    kg = load(); reason(kg)
    svg = render_lineage(lineage_of(kg, "AQIM"), "svg", href=lambda iri: f"/entity?iri={iri}")
    rows = timeline_of(kg, "AQIM", lineage=True).entries

`data` gathers plain dataclasses from a reasoned graph; `lineage` draws with Graphviz (SVG, PNG)
or writes DOT and Mermaid; `timeline` and `map` draw with matplotlib on the Agg backend, the map
on basemap's offline coastlines and borders. `href` turns an IRI into the link a node or point
carries; by default the IRI itself, and a link is drawn only if `kg.escape.safe_href` allows it
(http(s) or relative).

Names come from partners' files and ingested profiles, so every string from the data reaches a
renderer through its escaper in `kg.escape` (DOT, HTML-like label, matplotlib, Mermaid): a name
is always drawn as text, never read as markup, a link or TeX. `data` keeps names to one line of
at most `kg.escape.LONGEST_NAME` characters.
"""

from kg.pictures.data import (
    AreaOfOperation,
    Figure,
    Lineage,
    LineageStep,
    MapData,
    Organisation,
    Place,
    Relation,
    Timeline,
    TimelineEntry,
    lineage_of,
    map_of,
    resolve_group,
    timeline_of,
)
from kg.pictures.lineage import render_lineage, to_dot, to_mermaid
from kg.pictures.map import render_map
from kg.pictures.output import picture_format, write_atomically
from kg.pictures.style import Href, iri_href
from kg.pictures.timeline import render_timeline

__all__ = [
    "AreaOfOperation",
    "Figure",
    "Href",
    "Lineage",
    "LineageStep",
    "MapData",
    "Organisation",
    "Place",
    "Relation",
    "Timeline",
    "TimelineEntry",
    "iri_href",
    "lineage_of",
    "map_of",
    "picture_format",
    "render_lineage",
    "render_map",
    "render_timeline",
    "resolve_group",
    "timeline_of",
    "to_dot",
    "to_mermaid",
    "write_atomically",
]
