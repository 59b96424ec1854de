"""An attack entry written as labelled fields: where its place is (issues #11 and #12).

Profiles turned from tables into lines write an attack as fields, not prose: "Target: the
courthouse | Location: Exarchia, Athens | Method: car bomb | Responsibility: claimed". No field
holds a cue ("in", "at") the place reader needs, and the fields that are not about where
(how the bomb was delivered, who claimed it) name places that are not the attack's ("fired from
a building site opposite", "claimed in a letter sent from Rome"). So when an entry has this
shape, the place is read from its where-field alone, as if written "in <value>"; an entry with
no where-field is read from what was attacked ("at <value>": "Target: Athens courts complex"),
and the other fields are never read for a place.
"""

from __future__ import annotations

import re

# "Label: value", a label of one to three capitalised or lower-case words
_FIELD = re.compile(
    r"^\s*(?P<label>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2})\s*:\s*(?P<value>.*?)\s*$", re.S
)
_SEPARATOR = re.compile(r"\s+\|\s+")
# the labels that say where an attack happened, and those that say what it was aimed at
WHERE_LABELS = frozenset({"location", "place", "where", "site", "scene", "venue", "locality"})
TARGET_LABELS = frozenset({"target", "targets", "target(s)", "objective"})
# a value that opens with its own frame keeps it ("outside his home, Athens", "near Gao")
_OWN_FRAME = re.compile(
    r"^(?:in|at|on|near|outside|inside|off|along|between|around|from|into|over|across|"
    r"beside|opposite|behind|close\s+to|\d)\b|^(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b",
    re.I,
)


def labelled_fields(text: str) -> list[tuple[str, str]] | None:
    """The (label, value) fields of an entry written as "Label: value | Label: value", or None
    when the entry is prose (fewer than two fields, or a piece that is no field)."""
    pieces = [p for p in _SEPARATOR.split(text.strip()) if p.strip()]
    if len(pieces) < 2:
        return None
    fields = []
    for piece in pieces:
        match = _FIELD.match(piece)
        if match is None:
            return None
        fields.append((match["label"].lower(), match["value"]))
    return fields


def place_text_of_fields(text: str) -> tuple[str, str] | None:
    """(the text to read the attack's places from, the label it came from) for an entry
    written as labelled fields; None for prose, or when no field says where or what."""
    fields = labelled_fields(text)
    if fields is None:
        return None
    for labels, frame in ((WHERE_LABELS, "in"), (TARGET_LABELS, "at")):
        values = [(label, value) for label, value in fields if label in labels and value]
        if values:
            return "; ".join(_framed(value, frame) for _, value in values), values[0][0]
    return "", ""


# the last piece of a list of names: "… and Bongaigaon", "… and Kilifi counties"
_LIST_END = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][^,]*\s+and\s+[A-ZÀ-ÖØ-ÞĀ-ſ]")


def _framed(value: str, frame: str) -> str:
    """A field's value as prose: "Exarchia, Athens" → "in Exarchia, in Athens" (a field lists
    a site and what holds it with commas alone: each piece is where the one before it lies),
    "outside his home, Athens" → "outside his home, in Athens", "Korydallos prison, west of
    Athens" → "at Korydallos prison, west of Athens" (a piece with its own frame keeps it)."""
    items = [item for item in re.split(r"\s*;\s*", value) if item.strip()]
    if len(items) > 1:
        # "Kochchikade (Colombo); Katuwapitiya (Negombo); Batticaloa": semicolons part the
        # sites of one attack, each where it lies (its commas still say what holds it)
        return " and ".join(_framed(item, frame) for item in items)
    pieces = [p.strip() for p in value.split(",") if p.strip()]
    if frame == "in" and len(pieces) > 1 and _LIST_END.search(pieces[-1]) and not any(
        _OWN_FRAME.match(p) for p in pieces[1:]
    ):
        # "Guwahati, Kokrajhar, Barpeta and Bongaigaon": the commas of a list whose last
        # item follows "and" part its items; none of them lies in the next ("in Rolpa, Rukum
        # and Sindhuli districts": the first item may bring its own cue)
        listed = ", ".join(pieces)
        return listed if _OWN_FRAME.match(pieces[0]) else f"in {listed}"
    framed = [p if _OWN_FRAME.match(p) else f"{frame if i == 0 else 'in'} {p}"
              for i, p in enumerate(pieces)]
    return ", ".join(framed)


# An unlabelled table row ("c. 1992 | Bosaso, Bari region | seized the port | casualties not
# known") reaches the reader as "Bosaso, Bari region; seized the port …": its where-cell is a
# clause of bare names with no cue. A cell is a where-cell when it is nothing but names (each
# capitalised, optionally with a lower-case designator), joined by commas or "and", perhaps
# closed by a filler that says the list is not whole ("among other places", "and elsewhere").
_CELL_SEPARATOR = re.compile(r"\s+\|\s+")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.\-]*|al|el|de|del|da|do|dos|di|du|la|le|of|the|upon|on|sur)"
_DESIGNATOR_WORD = (
    r"(?:region|province|state|district|county|governorate|department|prefecture|municipality|"
    r"division|territory|regency|oblast|area)"
)
_BARE_NAME = re.compile(
    # a name may open with an ordinal ("6th of October City")
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)\s+of\s+)?"
    rf"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.\-]*(?:\s+{_NAME_WORD}){{0,5}}(?:\s+{_DESIGNATOR_WORD})?"
)
_LIST_FILLER = re.compile(
    r",?\s+(?:among\s+other\s+(?:places|towns|cities|sites)|and\s+elsewhere|"
    r"and\s+(?:several\s+|many\s+|some\s+)?other\s+(?:places|towns|cities|sites|villages))\s*$",
    re.I,
)


def _is_where_cell(cell: str) -> bool:
    """Whether a table cell is nothing but a list of place names ("Bosaso, Bari region",
    "Ethiopia, Addis Ababa among other places", "Kano and Kaduna")."""
    names = _LIST_FILLER.sub("", cell.strip().rstrip(".;"))
    pieces = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+", names)]
    return bool(pieces) and all(p and _BARE_NAME.fullmatch(p) for p in pieces)


def place_text_of_row(verbatim: str, text: str) -> str | None:
    """The entry's text with its where-cell framed as prose ("in Bosaso, in Bari region; seized
    the port …"), for an entry written as an unlabelled table row whose first cell after the
    date lists places and nothing else; None for any other entry (prose, labelled fields, a
    row with a header, whose cells are read as fields)."""
    cells = [c.strip() for c in _CELL_SEPARATOR.split(verbatim.strip())]
    if len(cells) < 3 or any(_FIELD.match(c) for c in cells[1:]):
        return None
    head, sep, rest = text.partition(";")
    if not sep or head.strip() != cells[1].rstrip(".;").strip() or not _is_where_cell(head):
        return None
    names = _LIST_FILLER.sub("", head.strip())
    framed = ", ".join(f"in {p.strip()}" for p in re.split(r"\s*,\s*", names) if p.strip())
    return f"{framed};{rest}"
