"""References to the profile's own group in a sentence, as a closed grammar of three forms:

1. a description: "the group", "the organisation", "the movement", "the network", "the
   insurgency", "the province", with at most two adjectives from a closed list ("the new
   group", "the breakaway movement", "the armed movement");
2. the head noun of its own name with "the": "the Front" (Sahel Liberation Front), "the Army"
   (Lord's Resistance Army), "the Brigades" (Red Brigades) — the head nouns are a closed list
   of the words organisations are named with;
3. its own names from the "Alternative Names" section, each also without a generic head
   ("Jabhat al-Nusra", "al-Nusra Front" → "al-Nusra"). (Its title name and acronym are found
   through the entity index, `IngestContext.mentions`.)

A description or head noun followed by a capitalised name ("the Front for the Liberation of
Azawad", "the Movement Party") is part of another organisation's name, never a reference to
this group; "the Popular Front" never matches, "the" not standing before the head noun.

Shared by the leadership and lineage readers: whether a clause is about *this* group decides
whether a tenure or a split is stated, so both must recognise the group the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.ingest.context import IngestContext
from kg.ingest.names import split_name_list

# adjectives that keep a description this group's: "the new group" (the one just formed)
_ADJECTIVES = (
    r"(?:new|breakaway|militant|armed|jihadist|jihadi|Islamist|rebel|insurgent|merged|united|"
    r"whole|entire|clandestine|underground|renamed|reconstituted|original|same|banned|outlawed)"
)
# lowercase, or capitalised as a defined term ("The Organisation was constituted …")
_NOUNS = (
    r"(?:[Gg]roup|[Mm]ovement|[Oo]rgani[sz]ation|network|party|front|insurgency|province|"
    r"outfit|militia|entity)"
)
# what follows a description that makes it another name: "the Front for the Liberation of …"
_NOT_OURS_AFTER = r"(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])(?!\s+[A-Z][\w’'-])"
DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+(?:{_ADJECTIVES}\s+){{0,2}}{_NOUNS}\b{_NOT_OURS_AFTER}(?![’']s)"
)
"""A description of the profile's group: "the group", "the breakaway movement"."""

# the words organisations are named with, whose "the X" stands for the whole name
HEAD_NOUNS = frozenset({
    "Front", "Army", "Movement", "Brigades", "Brigade", "Party", "Organisation", "Organization",
    "Group", "Tigers", "Council", "Union", "Network", "Province", "Faction", "Alliance",
    "Coalition", "Battalion", "Battalions", "Forces", "Commandos", "Cells", "League",
    "Committee", "Committees", "Resistance", "Mujahideen", "Legion", "Guard", "Guards",
    "Congress", "Militia", "Column", "Falcons", "Jihad", "Emirate", "Force",
})  # fmt: skip
_GENERIC_HEAD = re.compile(
    r"^(?:Jabhat|Harakat|Jama[’']?at|Jamaat|Hay[’']at|Tanzim|The)\s+|"
    r"\s+(?:Front|Movement|Group|Army|Organi[sz]ation|Party|Brigades?)$"
)


def head_nouns(title: str | None) -> list[str]:
    """'the Front' for 'Sahel Liberation Front (SLF)', 'the Army' for 'Army of Islam': every
    word of the title's name that is a head noun organisations are named with."""
    if not title:
        return []
    name = re.sub(r"\s*\([^()]*\)\s*$", "", title)
    return [f"the {word}" for word in dict.fromkeys(re.findall(r"[\w’'-]+", name))
            if word in HEAD_NOUNS]


def own_names(ctx: IngestContext | None) -> list[str]:
    """The group's own names from its "Alternative Names" section (each also without a generic
    head) and "the <head noun>" of its title, longest first: the leadership paragraph is read
    before that section, yet "led al-Nusra from 2012" is a tenure of this group."""
    if ctx is None:
        return []
    names: set[str] = set()
    title = ctx.layout.get("title")
    if title is not None:
        names.update(head_nouns(title.body))
    section = ctx.layout.get("alternative-names")
    if section is not None:
        for _start, _end, name in split_name_list(section.body):
            bare = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
            for form in (bare, _GENERIC_HEAD.sub("", bare).strip()):
                if len(form) >= 4 and (" " in form or "-" in form or form.isupper()):
                    names.add(form)
    return sorted(names, key=len, reverse=True)


def references(ctx: IngestContext | None, text: str) -> Iterator[tuple[int, int]]:
    """Spans of `text` that refer to the profile's group by a description, a head noun or a
    listed name (descriptions first; the caller keeps the spans no earlier token took)."""
    for match in DESCRIPTION.finditer(text):
        yield match.span()
    for name in own_names(ctx):
        if name.startswith("the "):
            # "the Front’s emir": the possessive of the head noun is the group's too
            pattern = rf"\b[Tt]he\s+{re.escape(name[4:])}(?=[’']s\b|(?![\w’'-])){_NOT_OURS_AFTER}"
        else:
            pattern = rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])"
        for match in re.finditer(pattern, text):
            yield match.span()


_HEADS = "|".join(sorted(HEAD_NOUNS, key=len, reverse=True))
_CAPITAL = r"[A-Z][\w’'-]+(?<![’']s)"  # never a possessive: "Grace Akello's Holy Spirit Movement"
OTHER_ORGANISATION = re.compile(
    # "the Movement for Unity and Jihad", "the Popular Front", "Islamic Salvation Army": a head
    # noun with at least one more capitalised word before it or after "of"/"for"
    rf"\b(?:[Tt]he\s+)?(?:(?:{_CAPITAL}\s+){{1,4}}(?:{_HEADS})\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPITAL}(?:\s+(?:and\s+|of\s+|for\s+|the\s+)?{_CAPITAL}){{0,4}})?"
    rf"|(?:{_HEADS})\s+(?:of|for)\s+(?:the\s+)?{_CAPITAL}"
    rf"(?:\s+(?:and\s+|of\s+|for\s+|the\s+)?{_CAPITAL}){{0,4}})"
)
"""An organisation named by the shape of its name (capitalised words around a head noun): in a
sentence, any such name that is not one of the group's own is another organisation."""


def other_organisations(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names shaped like an organisation's (`OTHER_ORGANISATION`); the caller keeps
    those no reference to the group took first."""
    for match in OTHER_ORGANISATION.finditer(text):
        yield match.span()
