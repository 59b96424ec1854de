"""References to the profile's own group in a sentence: the descriptive phrases ("the
group", "the movement") and the names listed in its "Alternative Names" section.

Shared by the leadership and lineage readers: whether a clause is about *this* group decides
whether a tenure or a split is stated, so both must recognise the group the same way.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext
from kg.ingest.names import split_name_list

_GROUP_PHRASE = re.compile(
    r"\b(?:[Tt]he\s+(?:group|movement|organi[sz]ation|network|party|front|insurgency)(?![’']s)\b)"
)
_GENERIC_HEAD = re.compile(
    r"^(?:Jabhat|Harakat|Jama[’']?at|Jamaat|Hay[’']at|Tanzim|The)\s+|"
    r"\s+(?:Front|Movement|Group|Army|Organi[sz]ation|Party|Brigades?)$"
)


def _listed_names(ctx: IngestContext | None) -> list[str]:
    """The group's own names from its "Alternative Names" section, each also without a generic
    head ("Jabhat al-Nusra", "al-Nusra Front" → "al-Nusra"): the leadership paragraph is read
    before that section, yet "led al-Nusra from 2012" is a tenure of this group."""
    if ctx is None:
        return []
    names: set[str] = set()
    title = ctx.layout.get("title")
    if title is not None:
        # "the Brigades" of the Red Brigades, "the Tigers" of the Liberation Tigers: a plural
        # head noun of the title with "the" is the group
        head = re.sub(r"\s*\([^()]*\)\s*$", "", title.body).split()
        if head and head[-1].endswith("s") and len(head[-1]) > 4 and head[-1][0].isupper():
            names.add(f"the {head[-1]}")
    section = ctx.layout.get("alternative-names")
    if section is None:
        return sorted(names, key=len, reverse=True)
    for _start, _end, name in split_name_list(section.body):
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
        for form in (bare, _GENERIC_HEAD.sub("", bare).strip()):
            if len(form) >= 4 and (" " in form or "-" in form or form.isupper()):
                names.add(form)
    return sorted(names, key=len, reverse=True)

