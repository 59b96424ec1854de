"""Reading an attack entry's attribution: the shapes matched left to right, the statements the
entry's structure adds (claims made for another, partners, back references, hedges), and the
one modality each organisation takes.

Each organisation takes the modality of the first statement that names it, except that a claim
outranks plain conduct (the claim says more of the group's part), a hedge on a doubted claim
outranks the claim, and a denial never overrides anything else: `denied` is stated only where
the denial is all the entry says of the group."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rdflib import URIRef

from kg.ingest.attribution.across_clauses import (
    _DOUBTED_CLAIM,
    _back_references,
    _claims_made_for,
    _coordinated_claims,
    _hedged_before,
    _hedged_work,
    _led_by_the_leader,
    _on_others_word,
    _owner_claims,
    _subjectless_claims,
    _voices_speaking_for,
    _with_partners,
    accused_a_description,
)
from kg.ingest.attribution.claimants import (
    GLUED_QUALIFIER,
    _groups,
    _is_place,
    glued_faction,
)
from kg.ingest.attribution.entry import _PARENT_IN_APPOSITIVE, _units_of, _with_group_slotted
from kg.ingest.attribution.model import Statement
from kg.ingest.attribution.others_word import (
    attributed_by_pronoun,
    mutual_blame,
    sourced_responsibility,
    voiced_by_unnamed,
)
from kg.ingest.attribution.persons_named import _voice_of_group
from kg.ingest.attribution.shapes import (
    _DENIAL,
    _OPEN_SLOT_SHAPES,
    _SHAPES,
    _SLOTS_ONLY_SHAPES,
    _SPEAKER_BEFORE,
)
from kg.ingest.attribution.targets import deeds_on_the_group
from kg.ingest.context import IngestContext
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, G, Slotted


def read_attributions(
    ctx: IngestContext, section: Section, template: Slotted
) -> list[tuple[URIRef, str, str]]:
    """(organisation, modality, verbatim) for every organisation the entry credits, in order of
    first mention; empty when the entry names nobody (the caller then falls back to the page's
    subject)."""
    template = _with_group_slotted(ctx, section, template)
    statements: list[Statement] = []
    taken: list[tuple[int, int]] = []
    for glued in re.finditer(rf"{G}(?={GLUED_QUALIFIER.pattern})", template.text):
        # "the ⟦NDFB⟧(S) killed …": a faction's name, read here whatever shape reads it, so
        # the entry never falls back to the profile's group
        glued_faction(ctx, section, template, glued)
    _claims_made_for(ctx, section, template, statements, taken)
    # "Responsibility: ⟦X⟧ (police); ⟦Y⟧ (claim)": each item's source says how
    statements += sourced_responsibility(ctx, section, template, taken)
    for shape, modality, pattern in _SHAPES:
        for match in _past_refused(ctx, section, template, pattern, shape):
            ana, own, listed = (_part(match, name) for name in ("ana", "own", "list"))
            if ana is not None:
                span = ana  # "the group's spokesman", "its spokesman": the page's
                groups = [ctx.subject] if ctx.subject is not None else []
                owner = _ITS_OWNER.search(template.text, 0, ana[0])
                if owner is not None and template.text[ana[0]:ana[1]].lower().startswith("its"):
                    # "⟦X⟧, through its media arm, claimed": "its" is the organisation the
                    # clause has just named, not the page's
                    groups = [template.entity(owner["g"])] if template.entity(owner["g"]) else []
            else:
                span = own or listed or match.span()  # "at ⟦JI⟧’s door", "in the DF’s name"
                groups = []
            if any(not (span[1] <= a or span[0] >= b) for a, b in taken):
                continue
            if _PARENT_IN_APPOSITIVE.search(template.text, 0, span[0]) and re.match(
                r"\s*,", template.text[span[1]:]
            ):
                continue  # "⟦U⟧, a unit of ⟦SAF⟧, carried out": the unit did, not ⟦SAF⟧
            groups = groups or _groups(ctx, section, template, span,
                                       named=shape != "conduct" and shape not in _SLOTS_ONLY_SHAPES,
                                       shown=shape not in _OPEN_SLOT_SHAPES)
            if not groups and shape == "claim" and _voice_of_group(ctx, template, span):
                groups = [ctx.subject]  # "Abu Salma claimed": the group's man speaks for it
            if not groups:
                continue
            taken.append(span)
            if "voice" in pattern.groupindex and match["voice"]:
                taken.append(match.span("voice"))  # the man who spoke for it is no claimant
            statements.append(Statement(shape, modality, match.start(), match.end(), tuple(groups)))
    _units_of(ctx, section, template)
    # "Struck ⟦AFRICOM⟧ the hideouts of the group": the other organisation struck the group
    statements += [s for s in deeds_on_the_group(ctx, template)
                   if not any(not (s.end <= a or s.start >= b) for a, b in taken)]
    statements += _with_partners(ctx, section, template, statements)
    statements += _led_by_the_leader(ctx, template)
    statements += _owner_claims(ctx, section, template, statements)
    statements += mutual_blame(template)
    statements += attributed_by_pronoun(template)
    statements.sort(key=lambda s: s.start)
    statements += _voices_speaking_for(ctx, template, statements)
    statements += _coordinated_claims(template, statements)
    statements.sort(key=lambda s: s.start)
    statements += _subjectless_claims(ctx, template, statements)
    statements.sort(key=lambda s: s.start)
    statements += _back_references(ctx, section, template, statements)
    statements.sort(key=lambda s: s.start)
    denials: list[Statement] = []
    for match in _DENIAL.finditer(template.text):
        if match["list"]:
            groups = _groups(ctx, section, template, match.span("list"), named=False)
        elif _NAMED_BEFORE_RELATIVE.search(template.text, 0, match.start("ana")) and match[
                "ana"].lower() in ("which", "who"):
            # "traced the bomb to the Gao Cell, which denied it": the relative points to the
            # name just before it, one the reader did not credit; nobody else denied
            named = _NAMED_BEFORE_RELATIVE.search(template.text, 0, match.start("ana"))
            groups = _groups(ctx, section, template, named.span("g"), named=False) if named[
                "g"] else []  # the slot as a list reads it (a short form is the group's own)
            if not groups:  # "attributed to the nascent al-Nusra, which never claimed them"
                closing = [s for s in statements if s.start <= named.start() < s.end + 2]
                groups = list(closing[-1].groups) if closing else []
        else:
            speaker = _SPEAKER_BEFORE.search(template.text, 0, match.start("ana"))
            before = [s for s in statements if s.start < match.start()]
            groups = list(before[-1].groups) if before else []
            if speaker is not None and template.entity(speaker["g"]) is not None:
                groups = [template.entity(speaker["g"])]  # "⟦X⟧ said it had nothing to do"
            if not groups and ctx.subject is not None and not (
                    match["ana"].lower() in ("which", "who")
                    and GLUED_QUALIFIER.search(template.text, 0, match.start())):
                # "blamed the ⟦NDFB⟧(S), which denied it": the relative is the faction's,
                # which the reader could not name; never the profile's group
                groups = [ctx.subject]
        if groups:
            denials.append(Statement("denial", "denied", match.start(), match.end(), tuple(groups)))
    statements += _hedged_work(ctx, template, statements)
    statements.sort(key=lambda s: s.start)
    doubted = bool(_DOUBTED_CLAIM.search(template.text))
    statements = [voiced_by_unnamed(template.text, _hedged_before(
        template, _on_others_word(template.text, s))) for s in statements]
    result: dict[URIRef, tuple[str, str]] = {}
    for statement in statements:
        for group in statement.groups:
            verbatim = " ".join(template.original_span(statement.start, statement.end).split())
            if group not in result:
                result[group] = (statement.modality, verbatim)
            elif (result[group][0] in ("conducted", "attributed")
                  and statement.modality == "claimed"):
                # "its fighters seized the plant …; it claimed the operation", "officials
                # blamed ⟦X⟧, and a man who spoke for it claimed the bombing": the group's own
                # claim says more of its part than telling the deed or others' blame
                result[group] = (statement.modality, verbatim)
            elif result[group][0] == "conducted" and statement.shape == "mutual blame":
                # "⟦X⟧ and ⟦Y⟧ fought in Gao; each side blamed the other": who began it is
                # each side's word against the other's, no deed the text tells
                result[group] = (statement.modality, verbatim)
            elif (result[group][0] == "claimed" and statement.shape == "hedged work"
                  and doubted):
                # "a claim in its name, never authenticated; only suspected to be its work":
                # the hedge binds to the group's part, the claim being in doubt
                result[group] = (statement.modality, verbatim)
    for denial in denials:
        for group in denial.groups:
            verbatim = " ".join(template.original_span(denial.start, denial.end).split())
            if group not in result:
                # "police blamed the cell behind the bombings; ⟦X⟧ denied any role": the group
                # denies what others laid at its door, so it stays the one accused
                accused = accused_a_description(template.text, denial.start)
                result[group] = ("attributed" if accused else "denied", verbatim)
            elif result[group][0] == "claimed" and any(
                    s.shape == "his organisation's claim" and group in s.groups
                    and s.start < denial.start for s in statements):
                # "A ⟦JuA⟧ commander claimed the bombing, but the group’s spokesman denied
                # any role": one man's claim that the group disowns is no claim of the group's;
                # the deed stays laid at its door
                result[group] = ("attributed", result[group][1])
    for match in _RETRACTED.finditer(template.text):
        claims = [s for s in statements if s.start < match.start() and s.modality == "claimed"]
        for group in claims[-1].groups if claims else ():
            # "a spokesman first claimed it, then took the claim back": a withdrawn claim
            result[group] = ("denied", " ".join(
                template.original_span(claims[-1].start, match.end()).split()))
    for match in _LATER_DENIED.finditer(template.text):
        claims = [s for s in statements if s.end <= match.start() and s.modality == "claimed"]
        if not claims:
            continue
        between = template.text[claims[-1].end:match.start()]
        if re.search(r"[.;]", between) and not re.search(r"\b(?:it|the\s+group)\b|⟦", between):
            continue  # a later sentence that does not say who denied
        if any(template.entity(slot) not in claims[-1].groups
               for slot in re.findall(G, between)):
            continue  # "⟦X⟧ claimed it; ⟦Y⟧ later denied any role": another's denial
        for group in claims[-1].groups:
            # "⟦X⟧ claimed the bombing, but later denied any role": the claimant took its
            # claim back, as the key convention reads a withdrawn claim
            result[group] = ("denied", " ".join(
                template.original_span(claims[-1].start, match.end()).split()))
    ordered = sorted(
        result,
        key=lambda g: min(s.start for s in [*statements, *denials] if g in s.groups),
    )
    return [(g, *result[g]) for g in ordered]


# the organisation an "its" in the same clause points back to: named just before, with at most
# a preposition or a comma between ("⟦X⟧, through its media arm,")
_ITS_OWNER = re.compile(rf"(?P<g>{G})\s*,?\s*(?:(?:through|via|in|with|on|by)\s+)?$")
_NAMED_BEFORE_RELATIVE = re.compile(rf"(?:(?P<g>{G})|{NAME})\s*,\s*$")
# the claimant's own later denial of the deed (not of a part of it: "denied killing civilians"
# is no retraction)
_LATER_DENIED = re.compile(
    r"\b(?:later|then|subsequently|afterwards|since)\s+(?:(?:publicly|flatly|firmly)\s+)?"
    r"(?:denied|disowned|rejected|repudiated)\s+(?:it\b|them\b|(?:any|all|its)\s+(?:role|"
    r"involvement|responsibility|part)|responsibility|involvement|the\s+(?:claim|attack|"
    r"bombing|killing|kidnapping|operation))",
    re.I,
)
_RETRACTED = re.compile(
    r"\b(?:took\s+(?:the|its|his|her|that)\s+claim\s+back|withdrew\s+(?:the|its|his|her|that)\s+"
    r"claim|retracted\s+(?:the|its|his|her|that)\s+claim|(?:later\s+)?retracted\s+it)\b",
    re.I,
)


def _past_refused(
    ctx: IngestContext, section: Section, template: Slotted, pattern: re.Pattern[str],
    shape: str,
) -> Iterator[re.Match[str]]:
    """The shape's matches; where a match's list is only places ("traced the bomb sent to Gao
    to the Gao Cell": the lazy "to" found a place), the same clause read once more with that
    list masked, so a later list of the clause is tried."""
    for match in pattern.finditer(template.text):
        yield match
        listed = _part(match, "list")
        if listed is None or _part(match, "ana") is not None:
            continue
        names = re.findall(rf"{G}|{NAME}", template.text[listed[0]:listed[1]])
        if not names or not all(name[0] != "⟦" and _is_place(ctx, name) for name in names):
            continue
        masked = (template.text[:listed[0]] + "x" * (listed[1] - listed[0])
                  + template.text[listed[1]:])
        again = pattern.match(masked, match.start())
        if again is not None and _part(again, "list") not in (None, listed):
            yield again


def _part(match: re.Match[str], name: str) -> tuple[int, int] | None:
    """The span of a named part of a shape's match, where the shape has it: a shape with two
    alternatives names the second one's parts `list2`, `ana2` (a pattern names a group once)."""
    for key in (name, f"{name}2"):
        if key in match.re.groupindex and match[key]:
            return match.span(key)
    return None
