"""An infobox written where the areas line is expected: a block of 'Field: value' lines ('Name:
…', 'Founded: 17 June 1990, <town>', 'Command: …', 'Area of operations: …', 'Status: …').

Only the areas field says where the group operates. Every other field names places for another
reason (where the group was founded, who founded or commands it, whom it fights, since when it
is in a ceasefire) or no place at all, and read as an areas line each of its words became an
area (a founding town, 'Name' as a Belgian town, a commander's name kept as text). This module
finds the block and keeps the areas field; the line's own grammar stays in
`kg.ingest.profile_facts`."""

from __future__ import annotations

import re
from typing import NamedTuple

# 'Label: value', 'Label .......... value': a label of up to six words opening its line (after a
# bullet), then a colon or a dotted leader, then the value on the same line
_FIELD_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]+)?(?P<label>[A-ZÀ-ÖØ-Þ][^\s:.;,()]*(?:[ \t]+[^\s:.;,()]+){0,5})"
    r"[ \t]*(?::|\.{3,}|…+)[ \t]*(?P<value>\S[^\n]*)$",
    re.M,
)
# The areas field itself, however an infobox titles it ('Area of operations', 'Areas of
# activity', 'Operating area', 'Location/Area of Operation', 'Geographic scope', 'Active in')
AREAS_FIELD = re.compile(
    r"(?i)(?:(?:main|principal|primary)\s+)?(?:locations?\s*/\s*)?(?:areas?|zones?|theatres?|"
    r"theaters?|regions?|locations?)\s+of\s+(?:operations?|activity|activities|presence)|"
    r"operating\s+areas?|operational\s+areas?|areas?\s+(?:active|served)|active\s+in|"
    r"geographic(?:al)?\s+(?:scope|reach|focus|presence)"
)
# The word class of the other fields an infobox has: one list, shared by every reader that needs
# to tell an infobox from a list of place headings ('India: Assam', 'Northern Mali: Kidal')
OTHER_FIELD_WORDS = re.compile(
    r"(?i)\b(?:names?|abbreviations?|acronyms?|founded|formed|established|created|founders?|"
    r"leaders?|led|leadership|commanders?|command|spokes(?:man|woman|person|people)|chief|emir|"
    r"head|chairman|president|secretary|status|dissolved|disbanded|defunct|ideology|"
    r"allegiance|affiliations?|affiliated|allies|opponents|enemies|rivals|size|strength|"
    r"membership|members|motto|slogan|flag|colou?rs|designations?|designated|proscribed|"
    r"listed|type|predecessors?|successors?|origins?|funding|religion|website|wings?|"
    r"dates?|years|period|active\s+since|attacks|battles|wars?|conflicts?|part\s+of)\b"
)
# fewer 'Field: value' lines than this are a line with a heading, not an infobox
_FEWEST_FIELDS = 3


class InfoboxField(NamedTuple):
    """A field of an infobox that is not its areas field: where its line starts in the text and
    its label, for the review."""

    offset: int
    label: str


def infobox_areas(text: str) -> tuple[str, list[InfoboxField]]:
    """The text with only what an infobox's areas field says ('Area of operations: Chiapas;
    the Lacandon Jungle' → 'Chiapas; the Lacandon Jungle'), each other field's line left blank
    (so that offsets and lines stay where they were), and the fields left out. A text that is
    no infobox (fewer than three fields, or fewer than two labelled as fields are, 'India:
    Assam' being a heading) comes back as it was. An infobox with no areas field keeps every
    line whose label is no field's ('Syria: Idlib'), so a place heading among the fields is
    read as before."""
    fields = list(_FIELD_LINE.finditer(text))
    others = [f for f in fields if not AREAS_FIELD.fullmatch(f["label"].strip())
              and OTHER_FIELD_WORDS.search(f["label"])]
    if len(fields) < _FEWEST_FIELDS or len(others) < 2:
        return text, []
    has_areas = any(AREAS_FIELD.fullmatch(f["label"].strip()) for f in fields)
    out: list[str] = []
    dropped: list[InfoboxField] = []
    position = 0
    for field in fields:
        out.append(text[position : field.start()])
        position = field.end()
        if AREAS_FIELD.fullmatch(field["label"].strip()):
            # the value alone, at its own place in the line (the label blanked)
            out.append(" " * (field.start("value") - field.start()) + field["value"])
        elif has_areas or field in others:
            out.append(" " * (field.end() - field.start()))
            dropped.append(InfoboxField(field.start(), field["label"].strip()))
        else:
            out.append(field.group(0))
    out.append(text[position:])
    return "".join(out), dropped
