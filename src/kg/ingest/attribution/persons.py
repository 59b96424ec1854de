"""Persons an attack entry names by their role ("spokesman Abu Soliman") or as the ones
fighters follow ("fighters loyal to Isnilon Hapilon"): typed as persons, never as groups."""

from __future__ import annotations

import re

from kg.ingest.attribution.lexicon import _I, _NOT_A_GROUP
from kg.ingest.context import IngestContext
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, Slotted

# "spokesman Abu Soliman claimed", "fighters under Hatib Hajan Sawadjaan", "fighters loyal to
# Isnilon Hapilon and the Maute Group": the name is a person's (typing from context)
_PERSON_CUES = re.compile(
    rf"\b(?:spokes(?:man|woman|person)|commander|emir|deputy|chief)\s+(?P<a>{NAME})"
    rf"|\b(?:fighters|militants|men|gunmen|forces|commandos)\s+(?:under|led\s+by|loyal\s+to)\s+"
    rf"(?P<b>{NAME})",
    _I,
)


def persons_in_entry(ctx: IngestContext, section: Section, template: Slotted) -> list[str]:
    """Persons an attack entry names by their role or as the ones fighters follow, stated as
    persons (never as groups); returns the names as written."""
    names: list[str] = []
    for match in _PERSON_CUES.finditer(template.text):
        group = "a" if match["a"] else "b"
        name = template.original_span(*match.span(group)).strip()
        if not name or _NOT_A_GROUP.match(name) or name in DEMONYMS:
            continue
        known, _, _ = ctx.index.lookup(name)
        if known is not None and not ctx.index.kinds.get(known, set()) & {"person"}:
            continue  # a group, a place or an organisation by that name
        ctx.person(section, name, section.start)
        names.append(name)
    return names
