"""From a matched frame to the steps it states: roles filled, kind decided, emitted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import RDF, URIRef
from rdflib.namespace import SKOS

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import PartialDate
from kg.ingest.group_reference import own_names
from kg.ingest.lineage.emit import state_split, state_step
from kg.ingest.lineage.lexicon import ARMED_PEERS, Frame
from kg.ingest.lineage.review import NOT_DESCENT, not_lineage
from kg.ingest.lineage.roles import (
    antecedent,
    faction_out_of,
    leader_stands_for_group,
    role_organisations,
)
from kg.ingest.names import NameSet, is_organisation_name, strip_article
from kg.ingest.sections import Section
from kg.ingest.slots import Slotted
from kg.names import normalise_name
from kg.namespaces import KG

# Frames whose roles are free text ("when Tuareg militants under Haddad joined with the
# remnants of ⟦PF⟧"): only the organisations already slotted there are parties, never a name
# the text leaves unexplained (a person, a people).
_SLOTS_ONLY = {"formed-when-joined", "formed-when-came-together", "g-merger-then-named",
               "g-merger-x-with-y-then-named", "g-merger-in-a-body-called"}
# Frames that say where the group came from without saying how: a rename into the group told
# later in the same sentence is the step itself.
_ORIGIN_FRAMES = {"roots-lie-in", "grew-out-of"}
_RENAME_INTO = re.compile(
    r"\b(?:renamed\s+itself|changed\s+its\s+name\s+to|took\s+(?:on\s+)?the\s+name(?:\s+of)?|"
    r"became\s+known\s+as|rebranded\s+(?:itself\s+)?as)\s+(?P<x>(?:the\s+)?⟦\d+⟧)",
    re.I,
)


def _renamed_into_group_later(ctx: IngestContext, template: Slotted, match: re.Match[str]) -> bool:
    """Whether the sentence goes on to rename something into the profile's own group."""
    return any(
        template.entity(found["x"]) == ctx.subject and ctx.subject is not None
        for found in _RENAME_INTO.finditer(template.text, match.end())
    )



_OWNER_ROLES = {"g-absorb-most-of-its-fighters"}
# Frames whose result role is a list, each item a step of its own
_EACH_RESULT = {"s-split-carved-out-of-list", "s-split-carved-named-out-of",
                "pt-split-into-named-parts"}
_PRIOR_NAMED_BY_THE_VERB = {"g-rename-began-as-then-took-the-name", "g-absorb-most-of-its-fighters",
                            "the-former-in-parenthesis", "s-rename-note-began-as",
                            "and-took-the-name"}
# Frames whose verb makes its result an organisation ("founded Hurras al-Din", "renamed itself
# Sinistra Proletaria", "to form …"): no person can stand there, so any name that is not an
# adjective or a common noun is taken.
_NAMED_BY_THE_VERB = {
    "pledge-and-rename", "after-pledging-renamed", "relative-rename", "and-took-the-name",
    "continued-as", "renamed", "merged-to-form", "born-of-union", "union-produced",
    "leavers-founded", "calling-itself-broke-away", "led-out-to-form", "left-to-form",
    "breakaway-named-itself", "faction-that-left-named-itself", "faction-went-on-as",
    "remnants-formed", "reconstituted-as",
    "s-rename-note", "s-rename-note-began-as", "s-split-took-his-men-and-named-them",
    "s-merger-note",
    "g-rename-active", "g-rename-dropped", "g-merger-with-to-form", "g-split-people-left-founded",
    "g-split-expelled-formed", "g-pledge-province", "g-merger-then-named", "g-split-and-founded",
    "g-split-founded-a-breakaway", "g-split-followers-formed",
    "g-split-members-of-broke-away-and-founded", "g-merger-its-remnant",
    "g-merger-x-with-y-then-named", "g-merger-in-a-body-called",
    "g-rename-refounded-under-a-new-name", "g-rename-under-a-new-name",
    "i-merger-together-with-formed", "i-merger-together-with-fronted", "i-split-labelled-note",
    "b-faction-driven-from-and-named", "b-former-name-before-boundary",
    "b-former-name-boundary-after", "b-former-name-originally", "b-faction-left-and-named",
    "i-split-labelled-name",
}  # fmt: skip
# Frames whose result is a unit named by its qualifier and a lower-case noun ("the Kidal
# brigade"): the whole phrase is the organisation's name, never its capitalised part alone
_NAMED_UNITS = {"i-split-named-unit-broke-away"}


def _own_name_shortened(
    ctx: IngestContext, template: Slotted, match: re.Match[str], frame: Frame
) -> str | None:
    """The rename's new name, where it is a shorter form of the group's preferred name (its
    words a run of the name's words, the name having more): the group's own name, not a
    successor's."""
    role = frame.result.split("|")[0].split("+")[0]
    if ctx.subject is None or role.startswith("@") or role not in match.re.groupindex:
        return None
    if not match[role] or template.entity(match[role]) is not None:
        return None  # a name the graph already knows is whatever it is
    text = strip_article(" ".join(template.original_span(*match.span(role)).split()))
    words = text.split()
    for label in ctx.graph.objects(ctx.subject, SKOS.prefLabel):
        name = str(label).split()
        if words and len(words) < len(name) and any(
                name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1)):
            return text
    return None


def frame_lineage(
    ctx: IngestContext, section: Section, frame: Frame, template: Slotted,
    match: re.Match[str], date: PartialDate | None, sentence: Sentence, refused: list[str],
) -> bool:
    """State what one frame read; False when a role is empty (nothing is stated then, and
    the frames after it may still read the clause)."""
    if "+" in frame.result:
        # "split into ⟦A⟧, which kept the name, and ⟦B⟧": each result its own step, but the
        # one that kept the name is the organisation itself
        told = False
        for role in frame.result.split("+"):
            if not _kept_the_name(template, match, role):
                told |= frame_lineage(ctx, section, replace(frame, result=role), template, match,
                                      date, sentence, refused)
        return told
    own = ctx.subject
    if frame.name.startswith("founded-by") and NOT_DESCENT.search(sentence.text):
        # "a sister party founded by cadres of the group", "its political wing, founded by
        # members of the group": a creation by the group, not a descent from it
        return False
    if frame.kind == "rename" and (short := _own_name_shortened(ctx, template, match, frame)):
        # "only in 2004 it took the name Shariat" in Shariat Jamaat's profile: the new name is
        # the group's own, without its generic noun — no new organisation, and the text does
        # not say which name it left; nothing is stated
        not_lineage(ctx, section, sentence.line, " ".join(match.group(0).split()),
                    f"the new name {short!r} is the group's own name shortened: no other "
                    "organisation, and the name it replaced is not told here; not stated")
        return True
    result: list[URIRef] = []
    for role in frame.result.split("|"):
        if result:
            break
        if role.startswith("@leader:"):
            result = leader_stands_for_group(ctx, template, match, role.split(":", 1)[1])
        elif role == "@self":
            result = [own] if own is not None else []
        elif frame.name in _NAMED_UNITS:
            result = _named_unit(ctx, section, template, match, role, sentence.line)
        else:
            result = role_organisations(ctx, section, template, match, role, refused,
                                        sentence.line, named=frame.name in _NAMED_BY_THE_VERB,
                                        plain=frame.plain)
    if result == [own] and own is not None and _said_to_be_another(template, match, frame.result):
        # "… and formed the ⟦CPN–Maoist⟧, a different party despite the near-identical name":
        # the name found the group, but the sentence says it is another organisation
        not_lineage(ctx, section, sentence.line, " ".join(match.group(0).split()),
                    "the sentence calls the organisation it names a different one from the "
                    "group, though the name finds the group: not stated")
        return True
    priors: list[URIRef] = []
    for role in frame.priors:
        if role == "@self":
            if not priors and own is not None:
                priors = [own]
            continue
        # a party to a merger is an organisation by the verb ("merged with the Kidal Falcons"),
        # and so is what a group "began as"
        priors += [p for p in role_organisations(
                       ctx, section, template, match, role, refused, sentence.line,
                       named=frame.kind == "merger" or frame.name in _PRIOR_NAMED_BY_THE_VERB,
                       slots_only=frame.name in _SLOTS_ONLY, possessive=frame.name in _OWNER_ROLES,
                       plain=frame.plain)
                   if p not in priors]
    if (frame.kind in ("rename", "pledge") and own is not None and result == [own]
            and priors == [own]):
        # "…traced to ⟦BY⟧, a network founded in 1992; it renamed itself ⟦AA⟧": the pronoun
        # is the organisation named before it, not the group it became
        priors = antecedent(ctx, template, match, own)
    if frame.name in _ORIGIN_FRAMES and _renamed_into_group_later(ctx, template, match):
        return False  # the rename that follows is the step ("grew out of X …; it renamed …")
    if frame.name in _EACH_RESULT:
        # "broke up into ⟦G⟧, ⟦A⟧ and ⟦B⟧", the first part the whole going on: the others split
        result = [part for part in result if part not in priors]
    priors = [p for p in priors if not result or p != result[0]]
    if not result or not priors:
        return False
    if frame.kind == "recruits":
        not_lineage(
            ctx, section, sentence.line, " ".join(match.group(0).split()),
            f"members of {ctx.short(priors[0])} who joined or defected to "
            f"{ctx.short(result[0])} are recruits, not an absorption of the organisation",
        )
        return True
    if frame.kind == "origin":
        ctx.extracted(section, f"origin noted: {ctx.short(priors[0])} (lineage comes from the "
                               "steps stated)")
        return True
    if frame.kind == "affiliate":
        _affiliate(ctx, section, result[0], priors[0])
        return True
    partners = [p for role in frame.partners
                for p in role_organisations(ctx, section, template, match, role, refused,
                                            sentence.line, named=True, plain=frame.plain)
                if p not in (result[0], *priors)]
    kind = {"split": "split", "merger": "merger", "absorption": "absorbed", "rename": "rename",
            "pledge": "rename", "merger-rename": "merger-rename"}[frame.kind]  # fmt: skip
    if frame.kind == "pledge":
        # "pledged allegiance to ⟦Z⟧ and renamed itself ⟦W⟧": W is Z's affiliate
        for partner in partners:
            _affiliate(ctx, section, result[0], partner)
        partners = []
    if (kind == "merger" and frame.name == "g-merger-with-to-form" and len(priors) == 1
            and not match["b"] and not match["unnamed_and"]
            and not re.search(r"\bwith\b", match.group(0), re.I)):
        # "the cells of ⟦A⟧ united as one movement, ⟦B⟧": one party is no merger
        not_lineage(ctx, section, sentence.line, " ".join(match.group(0).split()),
                    "a merger needs two parties and the clause names one")
        return True
    if kind == "merger":
        # "joined with a faction that Krekar had led out of ⟦IMK⟧": ⟦IMK⟧ lived on, so it
        # is the prior of a split, the other parties of the merger
        left = [p for p in priors if faction_out_of(template, match, p)]
        for prior in left:
            state_split(ctx, section, result[0], prior, date, sentence)
        priors = [p for p in priors if p not in left]
        if priors:
            state_step(ctx, section, "merger", result[0], priors, [], date, sentence)
            # what armed peers merged into is an armed group too
            _armed_like_its_peers(ctx, section, match, [*priors, result[0]], sentence.line)
    elif kind == "split":
        # "carved two provinces out of ⟦G⟧: ⟦A⟧ and ⟦B⟧": every listed part is a split; a
        # part that "kept the name" is the body itself ("split into ⟦A⟧, which kept the name,
        # and ⟦B⟧")
        kept = (_parts_that_kept_the_name(ctx, template, match, priors[0], result)
                if frame.name in _EACH_RESULT else set())
        for each in result if frame.name in _EACH_RESULT else result[:1]:
            if each != priors[0] and each not in kept:
                state_split(ctx, section, each, priors[0], date, sentence)
    elif kind == "absorbed":
        # "⟦DF⟧ and ⟦GC⟧ rejoined the SF": every body taken in
        state_step(ctx, section, kind, result[0], priors, [], date, sentence)
        _left_again(ctx, section, template, match, result[0], priors, sentence)
    else:
        state_step(ctx, section, kind, result[0], priors[:1], partners, date, sentence)
    return True


# "⟦Y⟧ (…), a different party despite the near-identical name": the sentence denies that the
# name is the one it resembles
_ANOTHER_ONE = re.compile(
    r"\s*(?:\([^()]{0,60}\))?\s*,\s*(?:an?|quite\s+a)\s+(?:different|distinct|separate|other)\s+"
    r"(?:party|group|organi[sz]ation|movement|body|faction)\b",
    re.I,
)


def _said_to_be_another(template: Slotted, match: re.Match[str], roles: str) -> bool:
    """Whether the result role is followed by an appositive calling it a different body."""
    for role in roles.split("|"):
        if role in match.re.groupindex and match[role] is not None:
            return bool(_ANOTHER_ONE.match(template.text, match.end(role)))
    return False


# "⟦A⟧ was absorbed into ⟦G⟧ in March 2015 and broke away again in September 2016": the body
# taken in, the subject of both verbs, left again; the second verb has no subject of its own
_AND_LEFT_AGAIN = re.compile(
    r"(?:\s+(?:in|on|by|around|during|after)\s+[^⟦,.;]{1,30}?)?\s*,?\s+(?:and|but)\s+"
    r"(?P<step>(?:later\s+|then\s+|soon\s+)?(?:broke|split|splintered)\s+(?:away|off)"
    r"(?:\s+again)?(?:\s+from\s+(?:it|them|the\s+group))?(?:\s+again)?)(?=[\s,.;])",
    re.I,
)


def _left_again(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str],
    taker: URIRef, taken: list[URIRef], sentence: Sentence,
) -> None:
    """A body taken in that the same sentence says broke away again: a split of its own,
    dated only by a date of its own after the verb (never the absorption's)."""
    from kg.ingest.lineage.dates import date_of_clause  # dates imports nothing of steps

    found = _AND_LEFT_AGAIN.match(template.text, match.end())
    if found is None or len(taken) != 1 or taken[0] == taker:
        return
    step = re.compile(re.escape(found["step"])).match(template.text, found.start("step"))
    if step is None:
        return
    date = date_of_clause(ctx, section, sentence, template, step, closing_only=True)
    state_split(ctx, section, taken[0], taker, date, sentence)


def _armed_like_its_peers(
    ctx: IngestContext, section: Section, match: re.Match[str], priors: list[URIRef], line: int,
) -> None:
    """"⟦A⟧ united with a dozen smaller armed organisations", "⟦A⟧ and five other armed groups
    merged": compared with armed peers, the
    named party is an armed group too, whatever its name sounds like (a "Union", a "Party")."""
    counted = [match[name] for name in ("unnamed", "unnamed_and")
               if name in match.re.groupindex and match[name]]
    if not any(ARMED_PEERS.search(peers) for peers in counted):
        return
    for prior in priors:
        if KG.ArmedGroup in set(ctx.graph.objects(prior, RDF.type)):
            continue
        ctx.add(section, prior, RDF.type, KG.ArmedGroup, line)
        ctx.index.add_kind(prior, "group")
        ctx.extracted(section, f"{ctx.short(prior)} typed an armed group: merged with its armed "
                               "peers")


def _named_unit(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str], role: str,
    line: int,
) -> list[URIRef]:
    """The organisation a unit's name stands for ("the South East Antrim brigade"), joined to
    a known one only where exactly one fits (`IngestContext.group`). A qualifier that is no
    place is the unit's name by itself too ("the Comuneros del Sur front" is Comuneros del
    Sur); a place never is ("South East Antrim" names no organisation)."""
    name = strip_article(" ".join(template.original_span(*match.span(role)).split()))
    qualifier = name.rsplit(" ", 1)[0]
    names = [name]
    if is_organisation_name(qualifier) and not ctx.find_places(qualifier, demonyms=False).places:
        names.append(qualifier)
    iri = ctx.group(section, NameSet(names), line)
    return [iri] if iri is not None else []


def _affiliate(ctx: IngestContext, section: Section, member: URIRef, senior: URIRef) -> None:
    ctx.add(section, member, KG.affiliateOf, senior)
    ctx.extracted(section, f"{ctx.short(member)} affiliate of {ctx.short(senior)}")


_KEPT = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*,\s*(?:which|that)\s+(?:kept|retained)\b", re.I)


def _parts_that_kept_the_name(
    ctx: IngestContext, template: Slotted, match: re.Match[str], whole: URIRef,
    parts: list[URIRef],
) -> set[URIRef]:
    """The parts of a listed result that are the whole body itself: one the sentence says
    kept the name ("⟦A⟧, which kept the name"), or, where the whole is the profile's group,
    one that bears a name the group's names section lists ("fractured into A, B and
    BRN-Coordinate", BRN-Coordinate a listed name of the group: the group went on as it)."""
    kept: set[URIRef] = set()
    if "x" in match.re.groupindex and match["x"] is not None:
        for slot in re.finditer(r"⟦\d+⟧", template.text[: match.end("x")]):
            entity = template.entity(slot.group(0))
            if (slot.start() >= match.start("x") and entity is not None
                    and _KEPT.match(template.text, slot.end())):
                kept.add(entity)
    if whole != ctx.subject:
        return kept
    # the names section is read after the history: its names as the profile lists them
    own = _names_of(ctx, whole) | {normalise_name(name) for name in own_names(ctx)}
    return kept | {part for part in parts if _names_of(ctx, part) & own}


def _names_of(ctx: IngestContext, organisation: URIRef) -> set[str]:
    return {normalise_name(str(label)) for predicate in (SKOS.prefLabel, SKOS.altLabel)
            for label in ctx.graph.objects(organisation, predicate)}


def _kept_the_name(template: Slotted, match: re.Match[str], role: str) -> bool:
    """Whether a result role is followed by "which kept the name": the organisation itself."""
    if role not in match.re.groupindex or match[role] is None:
        return False
    return bool(_KEPT.match(template.text, match.end(role)))

