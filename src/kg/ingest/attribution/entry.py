"""The entry's own structure before the shapes are matched: "the group", "the movement" and the
head noun of the group's name slotted as the profile's group, and a unit the entry names as
part of another organisation tied to it."""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.ingest.attribution.lexicon import _GENERIC_HEAD, _UNIT_WORDS
from kg.ingest.attribution.subject_names import _head_of_subject
from kg.ingest.context import IngestContext
from kg.ingest.group_references import (
    head_noun_spans,
    leaders_men_spans,
    own_name_spans,
)
from kg.ingest.sections import Section
from kg.ingest.slots import G, Slotted, slotted
from kg.namespaces import KG

_SELF_REFERENCE = re.compile(
    r"\b(?:the\s+(?-i:group|organi[sz]ation|movement|entity|outfit|(?:Central|High|Supreme)\s+"
    r"Command))(?![\w-])", re.I
)


_ITS_MEMBERS = re.compile(
    r"(?<=\bto\s)its\s+(?:own\s+)?(?:members|fighters|militants|cadres|men|operatives)\b", re.I
)


def _with_group_slotted(ctx: IngestContext, template: Slotted) -> Slotted:
    """The entry with "the group", "the organisation", "the movement" and the head noun of
    the group's own name ("the Front") slotted as the profile's group, where no other
    organisation is named before it (then the reference could be that one's)."""
    if ctx.subject is None:
        return template
    kept = [(a, b, template.slots[i]) for i, (_, _, a, b) in enumerate(template._pieces)]
    spans: list[tuple[int, int, URIRef]] = []
    text = template.original
    for match in _SELF_REFERENCE.finditer(text):
        if re.match(r"[’']s\s+(?:own\s+)?(?:news|media|propaganda|spokes)", text[match.end():]):
            continue  # "the group’s news agency": its own shape reads the voice
        spans.append((match.start(), match.end(), ctx.subject))
    spans += head_noun_spans(ctx, text, kept + spans)
    spans += own_name_spans(ctx, text, kept + spans)
    spans += leaders_men_spans(ctx, text, kept + spans)
    # "attributed the attack in part to its members": the group's members
    spans += [(m.start(), m.end(), ctx.subject) for m in _ITS_MEMBERS.finditer(text)]
    spans = [(a, b, iri) for a, b, iri in spans
             if not any(not (b <= x or a >= y) for x, y, _ in kept)
             and not any(other != ctx.subject and x < a for x, _, other in kept)]
    spans += [(a, b, iri) for a, b, iri in _head_references(ctx, text, kept)
              if not any(not (b <= x or a >= y) for x, y, _ in kept + spans)]
    if not spans:
        return template
    return slotted(ctx, text, kept + spans)


_PARENT_IN_APPOSITIVE = re.compile(
    rf",\s*(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\s+(?:of|within)\s+"
    rf"(?:the\s+)?$",
    re.I,
)


_UNIT_OF = re.compile(
    rf"(?P<unit>{G})\s*,\s*(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\s+"
    rf"(?:of|within)\s+(?:the\s+)?(?P<parent>{G})\s*,"
    rf"|(?P<unit2>{G})\s*,\s*(?:the\s+)?(?P<parent2>{G})(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_UNIT_WORDS}\s*,",
    re.I,
)


def _units_of(ctx: IngestContext, section: Section, template: Slotted) -> None:
    """A unit the entry says is part of another organisation ("⟦U⟧, a unit of ⟦SAF⟧,") is
    tied to it by kg:affiliateOf (the nearest relation the model has for a part that answers
    to a senior body; not lineage). The unit alone is credited with the attack."""
    for match in _UNIT_OF.finditer(template.text):
        unit = template.entity(match["unit"] or match["unit2"])
        parent = template.entity(match["parent"] or match["parent2"])
        if unit is None or parent is None or unit == parent:
            continue
        ctx.add(section, unit, KG.affiliateOf, parent)
        ctx.extracted(section, f"{ctx.short(unit)} a unit of {ctx.short(parent)} (affiliate of)")


_HEAD_REFERENCE = re.compile(
    rf"(?:\b[Tt]he\s+|^\W*|(?<=[.;:]\s))(?P<head>{_GENERIC_HEAD.pattern})(?![\w-])"
)


def _head_references(
    ctx: IngestContext, text: str, kept: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"the Front", "The Front’s spokesman", "Front gunmen": the head noun of the group's own
    name, capitalised as a name, is the group, unless another organisation the entry names
    has the same head noun (then the reference is ambiguous and nothing is slotted)."""
    found: list[tuple[int, int, URIRef]] = []
    for match in _HEAD_REFERENCE.finditer(text):
        head = match["head"]
        if not _head_of_subject(ctx, head):
            continue
        if any(other != ctx.subject and any(
                str(label).split()[-1:] == [head]
                for label in ctx.index.labels.get(other, {}).values())
               for _, _, other in kept):
            continue
        found.append((match.start(), match.end(), ctx.subject))
    return found
