"""What the three pictures have in common: colours, date wording, casualty marks and links.

One place decides that GSPC is orange and AQIM green in the lineage diagram, the timeline and
the map alike, that "2006-09" reads "Sep 2006", and how exact, minimum and unknown counts look,
so a reader who has learnt one picture can read the others.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from rdflib import URIRef

from kg.escape import picture_name
from kg.pictures.data import Figure, Lineage, edtf_bounds

Href = Callable[[URIRef], str]
"""Where a node or point links to: the server passes IRI → its own page; the CLI the IRI.
Whatever it returns, the renderers draw the link only if `kg.escape.safe_href` allows it."""

# Okabe–Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print.
PALETTE = ("#D55E00", "#009E73", "#0072B2", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
FOCUS_FILL = "#FFF3C4"
RELATION_GREY = "#6B6B6B"
UNKNOWN_GREY = "#8A8A8A"

RENDER_LOCK = threading.Lock()
"""matplotlib's rc settings are process-wide: one timeline or map is saved at a time, so a
server rendering in several threads never mixes one picture's settings into another's."""

_LONGEST_DATE = 40
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def iri_href(iri: URIRef) -> str:
    """The default link: the entity's own IRI, which dereferences to its description."""
    return str(iri)


def lineage_colours(lineage: Lineage) -> dict[URIRef, str]:
    """A colour per member of the group's whole lineage, oldest first, so a lineage reads along
    the palette and an organisation keeps its colour in every picture of the group.
    Organisations outside the lineage (allies, co-perpetrators) are drawn grey."""
    order = lineage.palette_order or lineage.members
    return {iri: PALETTE[i % len(PALETTE)] for i, iri in enumerate(order)}


def date_text(edtf: str | None) -> str:
    """An EDTF date as an analyst writes it, keeping its precision: '1998', 'Sep 2006',
    '19 Aug 2008', '1998–2003'. Forms it does not know are shown as they are (on one line, cut
    short: the data may put anything in a date's lexical form)."""
    if not edtf:
        return "undated"
    if edtf.count("/") == 1:  # one interval; more slashes are not EDTF, and not recursed into
        start, _, end = edtf.partition("/")
        return f"{date_text(start)}–{date_text(end)}"
    parts = edtf.split("-")
    if len(parts) == 1 and parts[0].isdigit():
        return picture_name(parts[0], limit=_LONGEST_DATE)
    earliest, _ = edtf_bounds(edtf)
    if earliest is None:
        return picture_name(edtf, limit=_LONGEST_DATE)
    if len(parts) == 2:
        return f"{_MONTHS[earliest.month - 1]} {earliest.year}"
    return f"{earliest.day} {_MONTHS[earliest.month - 1]} {earliest.year}"


def figures_text(figures: Iterable[Figure], noun: str) -> str:
    """'48 killed', '33 or 38 killed (sources differ)', '≥29 or 30 killed', 'killed unknown'."""
    figures = list(figures)
    if not figures:
        return ""
    texts = sorted({f.text for f in figures}, key=lambda t: (t == "?", t.lstrip("≥~").zfill(9)))
    known = [t for t in texts if t != "?"]
    if not known:
        return f"{noun} unknown"
    text = " or ".join(known) + f" {noun}"
    if len(known) > 1:
        text += " (sources differ)"
    return text


def marker_area(count: int | None) -> float:
    """Marker area in points² for a count: area grows with the count (a circle for 48 dead
    has 48 times the area of one for 1), with a floor so a single death stays visible."""
    if count is None:
        return 60.0
    return 40.0 + 14.0 * count
