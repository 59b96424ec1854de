"""Factions a history names: by an acronym and a qualifier, or by the group's leader.

The group's own acronym with a qualifier in parentheses names another organisation, a faction.

South Asian and other profiles name the factions of a split by the parent's acronym and the
faction's qualifier: "the NDFB (Progressive), or NDFB(P)", "ULFA (Independent)", "the NSCN
(IM)", "NDFB(R)". The slotter finds the acronym inside and reads the parent (often the
profile's own group), so "the pro-talks faction broke away as the NDFB (Progressive)" read as
the group breaking away from itself, and nothing was stated. Here the whole name is one
organisation of its own (one IRI for the name and the short form an apposition gives it:
"X (Q), or X(Q')"), so the grammar sees two organisations where the text names two.

Only the profile's own acronym: another group's acronym with a word in parentheses is as
often that group and its alias ("ISIS (Daesh)"). Not a faction either: a qualifier that is a
place or a people ("FARC (Colombia)", "ETA (Basque)"), or a name the graph already knows as an
organisation's.

"The Daimary faction", where Daimary is a leader the profile's leadership paragraph names, is
the group itself, as "Daimary's men" is (`kg.ingest.group_references.leaders_men_spans`): a
faction that "broke away from the Daimary faction" split from the group.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.ingest.context import IngestContext
from kg.ingest.names import NameSet, is_acronym
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME

# "NDFB (Progressive)", "NDFB(R)", "NSCN (IM)", "ULFA (Independent)": an acronym and a short
# capitalised qualifier in parentheses, a space between them or none
_QUALIFIED = (
    r"(?<![\w-])(?P<acr>[A-Z][A-Za-z0-9]{1,9})\s?\((?P<q>[A-Z][\w’'-]{0,24}"
    r"(?:\s[A-Z][\w’'-]{0,24})?)\)"
)
_WITH_ALIAS = re.compile(
    rf"{_QUALIFIED}(?:\s*,\s*or\s+(?P<alias>[A-Z][A-Za-z0-9]{{1,9}}\s?\([A-Z][\w’'-]{{0,24}}\)))?"
)


def qualified_acronym_spans(
    ctx: IngestContext, section: Section, text: str, line: int,
    taken: list[tuple[int, int, URIRef]],
) -> list[tuple[int, int, URIRef]]:
    """The spans of a known acronym with a faction's qualifier, each an organisation of its
    own (found by its whole name, else minted); an alias after ", or" is the same one."""
    spans: list[tuple[int, int, URIRef]] = []
    for found in _WITH_ALIAS.finditer(text):
        if any(not (found.end() <= a or found.start() >= b) for a, b, _ in taken):
            continue
        if not _names_a_faction(ctx, found["acr"], found["q"], text[: found.start()]):
            continue
        whole = found.group(0)[: found.end("q") + 1 - found.start()]
        alias = found["alias"]
        if alias and ctx.index.lookup(alias)[0] not in (None, ctx.index.lookup(whole)[0]):
            alias = None  # a short form the graph gives another organisation: not this one's
        iri = ctx.group(section, NameSet([whole, *([alias] if alias else [])]), line)
        if iri is None:
            continue
        spans.append((found.start(), found.end("q") + 1, iri))
        if alias:
            spans.append((found.start("alias"), found.end("alias"), iri))
    return spans


def _names_a_faction(ctx: IngestContext, acronym: str, qualifier: str, before: str = "") -> bool:
    """Whether "ACR (Q)" is a faction's name: ACR the acronym of the profile's own group, Q
    neither a place, a people nor a name of an organisation the graph knows — unless Q closes
    a person's name the sentence gives before it ("led by Wassan Singh Zaffarwal under the
    name KCF (Zaffarwal)": a faction named after its leader, though a town bears the name)."""
    if not is_acronym(acronym):
        return False
    # only the profile's own group: "pledged allegiance to ISIS (Daesh)" in another group's
    # profile is an acronym and its alias, and a faction would be a second IRI for one thing
    parent = ctx.index.lookup(acronym)[0]
    if parent is None or parent != ctx.subject:
        return False
    leaders = re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(qualifier)}\b(?!\s*\()", before)
    if not leaders and (qualifier in DEMONYMS
                        or ctx.find_places(qualifier, demonyms=True).places):
        return False
    known = ctx.index.lookup(qualifier)[0]
    # "NDFB (Songbijit)": a faction named after its leader is still a faction
    return known is None or not (ctx.index.kinds.get(known, set()) & {"group", "organisation"})


# "the Daimary faction": a leader's surname before the word
_LEADERS_FACTION = re.compile(rf"\bthe\s+(?P<person>{NAME})\s+(?-i:faction)\b")


def leaders_faction_spans(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """Spans of "the <leader> faction" where the leader is a person the profile's leadership
    paragraph names: the group."""
    leadership = ctx.layout.get("leadership")
    if ctx.subject is None or leadership is None:
        return []
    spans: list[tuple[int, int, URIRef]] = []
    for found in _LEADERS_FACTION.finditer(text):
        if any(not (found.end() <= a or found.start() >= b) for a, b, _ in taken):
            continue
        person = found["person"].split()[-1]
        known = ctx.index.lookup(found["person"])[0]
        if known is not None and "person" not in ctx.index.kinds.get(known, set()):
            continue  # "the Hamas faction": an organisation's faction, not a leader's
        if re.search(rf"(?<![\w-]){re.escape(person)}(?![\w-])", leadership.body):
            spans.append((found.start(), found.end(), ctx.subject))
    return spans
