"""The profile's group as the target of the deed, not its doer.

A writer who puts the verb first ("Struck the American command for Africa (AFRICOM) the
hideouts of the group …") tells a strike *on* the group: the group is the owner of the
object, the organisation the clause names beside it is the doer. Read as the implied subject
of a verb-first entry, the group would be credited with the strike made on it, the worst
answer the reader can give (an army's deed laid at the door of the group it struck).

Two readings, both precision first:

- `deeds_on_the_group`: a deed verb opens the clause, the group stands only as the owner of
  its object ("the hideouts of the group", "the group's camps", "its positions"), and exactly
  one other organisation is named in the clause: that one conducted the deed.
- `the_group_as_target`: the same deed with nobody else named, or the group's own men or camps
  as the subject of a passive of harm ("Members of the group were killed in …"): the group is
  the target and nobody is stated (the review says so), never the implied doer.
"""

from __future__ import annotations

import re

from kg.ingest.attribution.lexicon import _DEED, _I
from kg.ingest.attribution.model import Statement
from kg.ingest.context import IngestContext
from kg.ingest.sections import Section
from kg.ingest.slots import G, Slotted

# what of a group a strike or a raid hits: its places and its men
_HELD = (
    r"(?:hide-?outs?|camps?|training\s+camps?|bases?|positions?|strongholds?|compounds?|"
    r"headquarters|safe\s*houses?|depots?|convoys?|vehicles?|outposts?|checkpoints?|"
    r"fighters|members|militants|men|commanders?|leaders?|cadres|ranks|units?|cells?)"
)
# the group named as the owner of the object: "the hideouts of the group", "the group's
# camps", "its positions", "the ⟦X⟧’s bases", "hideouts of the ⟦X⟧"
_OWNER = r"(?:the\s+(?:group|organi[sz]ation|movement)|(?P<slot>{g}))"
_TARGET = (
    rf"(?:(?:the\s+|some\s+|several\s+)?(?:[\w-]+\s+){{0,2}}?{_HELD}\s+of\s+(?:the\s+)?"
    rf"{_OWNER.format(g=G)}(?![\w’'])"
    rf"|(?:(?:the\s+(?:group|organi[sz]ation|movement)|(?P<slot2>{G}))(?:’s|'s)|\bits)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_HELD}\b)"
)
# the clause opens with its verb: no subject stands before it
_OPENS = r"(?:^|[.;:]\s*)\W*(?:(?-i:[A-Z][a-z]+)(?:–|-)(?-i:[A-Z][a-z]+)\s*:\s*)?"
_DOER_FIRST = re.compile(
    rf"{_OPENS}(?P<verb>{_DEED})\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?(?P<doer>{G})\s+"
    rf"(?P<target>{_TARGET})",
    _I,
)
_TARGET_FIRST = re.compile(
    rf"{_OPENS}(?P<verb>{_DEED})\s+(?P<target>{_TARGET})(?:\s+(?:in|near|at|around|outside)\s+"
    rf"[^,.;⟦]{{1,60}}?)?\s*,?\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?(?P<doer>{G})(?=\s*[,.;]|\s*$|"
    rf"\s+(?:in|with|during|after|on|as)\b)",
    _I,
)
# the target with nobody, or more than one organisation, named before it
_TARGET_ALONE = re.compile(
    rf"{_OPENS}(?P<verb>{_DEED})\s+(?:(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?{G}(?:\s*(?:,|and)\s+"
    rf"(?:the\s+)?{G})*\s+)?(?P<target>{_TARGET})",
    _I,
)
# "Members of the group were killed in an air strike": the group's men harmed, the passive's
# subject
_HARMED = re.compile(
    rf"(?:^|[.;:]\s*)\W*(?P<target>{_TARGET})\s+(?:was|were|had\s+been|have\s+been)\s+"
    rf"(?:[a-z]+ly\s+)?(?:killed|struck|bombed|raided|attacked|targeted|shelled|destroyed|"
    rf"overrun|hit|ambushed|wiped\s+out)\b(?!\s+(?:for|over|in\s+connection))",
    _I,
)


def _owned_by_the_group(ctx: IngestContext, template: Slotted, match: re.Match[str]) -> bool:
    slot = match["slot"] or match["slot2"]
    return slot is None or template.entity(slot) == ctx.subject


def deeds_on_the_group(ctx: IngestContext, template: Slotted) -> list[Statement]:
    """"Struck ⟦AFRICOM⟧ the hideouts of the group": the verb first, the group the owner of
    the object, one other organisation named: that organisation conducted the deed."""
    if ctx.subject is None:
        return []
    found: list[Statement] = []
    for pattern in (_DOER_FIRST, _TARGET_FIRST):
        for match in pattern.finditer(template.text):
            if not _owned_by_the_group(ctx, template, match):
                continue
            doer = template.entity(match["doer"])
            clause = re.split(r"[.;]", template.text[match.start("verb"):], maxsplit=1)[0]
            others = {template.entity(s) for s in re.findall(G, clause)} - {ctx.subject, None}
            if doer is None or doer == ctx.subject or others != {doer}:
                continue  # two others named: which one struck is not told
            found.append(Statement("deed on the group, verb first", "conducted",
                                   match.start("verb"), match.end(), (doer,)))
    return found


def the_group_as_target(ctx: IngestContext, section: Section, template: Slotted) -> bool:
    """Whether an entry that credits no organisation tells a deed done *to* the profile's
    group (its camps struck, its men killed) with nobody named as the doer: the group is the
    target, so it is no implied subject, and nobody is stated (the review says why)."""
    if ctx.subject is None:
        return False
    for pattern in (_TARGET_ALONE, _HARMED):
        match = pattern.search(template.text)
        if match is None or not _owned_by_the_group(ctx, template, match):
            continue
        ctx.reports[section.key].unused.append((
            section.start, " ".join(template.original_span(match.start(), match.end()).split()),
            "attribution",
            "the profile's group is the target of the deed (its camps or its men), not its "
            "doer, and the entry names no doer the reader can state: no perpetrator is stated",
        ))
        return True
    return False
