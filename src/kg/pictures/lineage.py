"""The lineage diagram: where a group came from and what came of it, as Graphviz or Mermaid.

Oldest organisations sit at the top. Each lineage step is an arrow from the newer organisation to
the one it came from, read as the property says ("GSPC split from GIA"), labelled with the
property's label and the date of the lineage event at its own precision. Affiliations, alliances
and rivalries are not lineage, so they are drawn dashed or dotted and do not shape the layout.
Nodes carry the preferred English name and the acronym, and link to `href(iri)`.

Graphviz (the Debian package `graphviz`, driven through the `graphviz` Python binding) lays out
and renders SVG and PNG; DOT and Mermaid are text, for documents and other tools.

Every string from the data reaches Graphviz through `kg.escape` (`dot_text` for labels and ids,
`dot_tooltip` for tooltips, `dot_url` for links, `dot_html_text` inside the HTML-like node
labels) and Mermaid through `mermaid_text`: a name such as `<x> href="javascript:…" y=<z>` is
drawn as text, never read as DOT or markup, and a link is drawn only if it is http(s) or
relative.
"""

from __future__ import annotations

import re
import textwrap

from rdflib import URIRef

from kg.errors import KgError
from kg.escape import (
    dot_html_text,
    dot_text,
    dot_tooltip,
    dot_url,
    mermaid_comment,
    mermaid_text,
    safe_href,
)
from kg.namespaces import KG
from kg.pictures.data import Lineage, Organisation, local_name
from kg.pictures.style import (
    FOCUS_FILL,
    RELATION_GREY,
    Href,
    date_text,
    iri_href,
    lineage_colours,
)

FORMATS = ("svg", "png", "dot", "mermaid")
SUFFIXES = {".svg": "svg", ".png": "png", ".dot": "dot", ".gv": "dot", ".mmd": "mermaid"}
FONT = "DejaVu Sans"
_MERMAID_WORDS = {"end", "graph", "subgraph", "flowchart", "click", "style", "class", "classdef"}


def render_lineage(lineage: Lineage, fmt: str = "svg", *, href: Href = iri_href) -> bytes:
    """The diagram in `fmt` (svg, png, dot or mermaid) as bytes ready to write or serve."""
    if fmt == "dot":
        return to_dot(lineage, href=href).encode()
    if fmt == "mermaid":
        return to_mermaid(lineage, href=href).encode()
    if fmt not in FORMATS:
        raise KgError(f"unknown lineage format {fmt!r}; use one of {', '.join(FORMATS)}")
    import graphviz

    try:
        graph = lineage_graph(lineage, href=href)
        if fmt == "png":
            graph.attr(dpi="144")
        return graph.pipe(format=fmt)
    except graphviz.ExecutableNotFound:
        raise KgError(
            "Graphviz's `dot` program is not installed (Debian: apt-get install graphviz); "
            "--format dot or mermaid work without it"
        ) from None
    except graphviz.CalledProcessError as error:
        raise KgError(f"Graphviz could not lay out the diagram: {error.stderr!r}") from None


def to_dot(lineage: Lineage, *, href: Href = iri_href) -> str:
    """The diagram as Graphviz DOT source."""
    return lineage_graph(lineage, href=href).source


def lineage_graph(lineage: Lineage, *, href: Href = iri_href):  # -> graphviz.Digraph
    """The diagram as a `graphviz.Digraph`, for callers that want to adjust it."""
    import graphviz

    ids = node_ids(lineage)
    colours = lineage_colours(lineage)
    focus = lineage.organisations[lineage.focus]
    graph = graphviz.Digraph(
        name=dot_text(f"lineage-{ids[lineage.focus]}"),
        graph_attr={
            "rankdir": "TB",
            "nodesep": "0.45",
            "ranksep": "0.7",
            "fontname": FONT,
            "fontsize": "11",
            "labelloc": "b",
            "label": dot_text(caption(lineage)),
            "tooltip": dot_tooltip(f"Lineage of {focus.label}"),
        },
        node_attr={"shape": "box", "style": "rounded,filled", "fontname": FONT, "margin": "0.15"},
        edge_attr={"fontname": FONT, "fontsize": "10"},
    )
    for iri in lineage.members:
        org = lineage.organisations[iri]
        is_focus = iri == lineage.focus
        graph.node(
            ids[iri],
            label=_html_label(org),
            id=dot_text(f"org-{ids[iri]}"),
            href=dot_url(href(iri)),
            target="_top",
            tooltip=dot_tooltip(org.label),
            color=colours[iri],
            fillcolor=FOCUS_FILL if is_focus else "white",
            penwidth="3" if is_focus else "1.6",
        )
    related = {r.source for r in lineage.relations} | {r.target for r in lineage.relations}
    for iri in sorted(related - set(lineage.distance), key=str):
        org = lineage.organisations[iri]
        graph.node(
            ids[iri],
            label=_html_label(org),
            id=dot_text(f"org-{ids[iri]}"),
            href=dot_url(href(iri)),
            target="_top",
            tooltip=dot_tooltip(f"{org.label} (not lineage)"),
            color=RELATION_GREY,
            fontcolor="#333333",
            fillcolor="#F4F4F4",
            style="rounded,filled,dashed",
        )
    # A related organisation sits beside the first member it relates to, not above the tree.
    beside: dict[URIRef, list[URIRef]] = {}
    for relation in lineage.relations:
        for member, other in (
            (relation.source, relation.target),
            (relation.target, relation.source),
        ):
            placed = any(other in group for group in beside.values())
            if member in lineage.distance and other not in lineage.distance and not placed:
                beside.setdefault(member, []).append(other)
    for member, others in beside.items():
        with graph.subgraph() as row:
            row.attr(rank="same")
            for iri in [member, *others]:
                row.node(ids[iri])
    for step in lineage.steps:
        label = step.kind + (f"\n{date_text(step.when)}" if step.when else "")
        attrs = {
            "label": dot_text(label),
            "dir": "back",  # the arrow points to the predecessor, as "split from" reads
            "color": colours[step.successor],
            "penwidth": "2",
            "tooltip": dot_tooltip(
                f"{lineage.organisations[step.successor].short} {step.kind} "
                f"{lineage.organisations[step.predecessor].short}"
                + (f" ({date_text(step.when)})" if step.when else "")
            ),
        }
        link = dot_url(href(step.event)) if step.event is not None else None
        if link is not None:
            attrs["labelhref"] = attrs["href"] = link
            attrs["target"] = "_top"
        graph.edge(ids[step.predecessor], ids[step.successor], **attrs)
    for relation in lineage.relations:
        graph.edge(
            ids[relation.source],
            ids[relation.target],
            label=dot_text(relation.kind),
            style="dotted" if relation.relation == KG.rivalOf else "dashed",
            color=RELATION_GREY,
            fontcolor=RELATION_GREY,
            dir="none" if relation.symmetric else "forward",
            arrowhead="empty",
            constraint="false",
            tooltip=dot_tooltip(
                f"{lineage.organisations[relation.source].short} {relation.kind} "
                f"{lineage.organisations[relation.target].short} (not lineage)"
            ),
        )
    return graph


def to_mermaid(lineage: Lineage, *, href: Href = iri_href) -> str:
    """The diagram as a Mermaid flowchart (bottom to top, so the oldest stays on top while
    arrows point from each organisation to the one it came from)."""
    ids = node_ids(lineage)
    colours = lineage_colours(lineage)
    focus = lineage.organisations[lineage.focus]
    lines = [
        f"%% Lineage of {mermaid_comment(focus.label)}"
        + (f" as of {mermaid_comment(lineage.as_of)}" if lineage.as_of else "")
        + ": arrows point to the organisation each "
        "came from; dashed links are not lineage.",
        "flowchart BT",
    ]
    related = {r.source for r in lineage.relations} | {r.target for r in lineage.relations}
    shown = list(lineage.members) + sorted(related - set(lineage.distance), key=str)
    for iri in shown:
        org = lineage.organisations[iri]
        lines.append(f'  {ids[iri]}["{_plain_label(org)}"]')
    for step in lineage.steps:
        label = step.kind + (f" · {date_text(step.when)}" if step.when else "")
        lines.append(
            f'  {ids[step.successor]} -->|"{mermaid_text(label)}"| {ids[step.predecessor]}'
        )
    for relation in lineage.relations:
        arrow = "-.-" if relation.symmetric else "-.->"
        lines.append(
            f'  {ids[relation.source]} {arrow}|"{mermaid_text(relation.kind)}"| '
            f"{ids[relation.target]}"
        )
    for iri in shown:
        link = safe_href(href(iri))
        if link is None:  # javascript:, data: …: no link rather than one a browser would run
            continue
        tooltip = mermaid_text(lineage.organisations[iri].label)
        lines.append(f'  click {ids[iri]} href "{mermaid_text(link)}" "{tooltip}"')
    for iri in lineage.members:
        width = "3px" if iri == lineage.focus else "2px"
        fill = f"fill:{FOCUS_FILL}," if iri == lineage.focus else ""
        lines.append(f"  style {ids[iri]} {fill}stroke:{colours[iri]},stroke-width:{width}")
    for iri in sorted(related - set(lineage.distance), key=str):
        lines.append(f"  style {ids[iri]} stroke:{RELATION_GREY},stroke-dasharray:4 3")
    return "\n".join(lines) + "\n"


def node_ids(lineage: Lineage) -> dict[URIRef, str]:
    """A short, stable identifier per organisation (its IRI's last segment, `gspc`), safe in
    DOT and Mermaid, made unique when two IRIs end alike."""
    ids: dict[URIRef, str] = {}
    used: set[str] = set()
    for iri in sorted(lineage.organisations, key=str):
        base = re.sub(r"\W", "_", local_name(iri)) or "org"
        if base[0].isdigit() or base.lower() in _MERMAID_WORDS:
            base = f"org_{base}"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}_{n}", n + 1
        used.add(candidate)
        ids[iri] = candidate
    return ids


def caption(lineage: Lineage) -> str:
    focus = lineage.organisations[lineage.focus]
    text = f"Lineage of {focus.label}: each arrow points to the organisation it came from."
    if lineage.as_of:
        text = (
            f"Lineage of {focus.label} as of {lineage.as_of}: the steps taken by then; "
            "each arrow points to the organisation it came from."
        )
    kinds = {r.relation for r in lineage.relations}
    notes = []
    if kinds - {KG.rivalOf}:
        notes.append("dashed: affiliation or alliance")
    if KG.rivalOf in kinds:
        notes.append("dotted: rivalry")
    if notes:
        text += "\n" + "; ".join(notes).capitalize() + " (not lineage)."
    return text


def _html_label(org: Organisation) -> str:
    """A Graphviz HTML-like label: acronym in bold, the name under it, the inception small.
    Only this function writes markup into it; every piece of data goes through
    `dot_html_text`."""
    rows = []
    if org.acronym:
        rows.append(f'<b><font point-size="13">{dot_html_text(org.acronym)}</font></b>')
    if org.name:
        wrapped = textwrap.wrap(org.name, 30) or [org.name]
        rows.append(
            '<font point-size="10">' + "<br/>".join(dot_html_text(w) for w in wrapped) + "</font>"
        )
    if not rows:
        rows.append(dot_html_text(org.short))
    if org.inception:
        rows.append(
            f'<font point-size="9" color="#555555">from {dot_html_text(date_text(org.inception))}'
            "</font>"
        )
    return "<" + "<br/>".join(rows) + ">"


def _plain_label(org: Organisation) -> str:
    """A Mermaid node label (Mermaid renders it as HTML): acronym in bold, name, inception."""
    parts = [f"<b>{mermaid_text(org.acronym)}</b>"] if org.acronym else []
    if org.name:
        parts.append(mermaid_text(org.name))
    if not parts:
        parts.append(mermaid_text(org.short))
    if org.inception:
        parts.append(f"<small>from {mermaid_text(date_text(org.inception))}</small>")
    return "<br/>".join(parts)
