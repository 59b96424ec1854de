"""The entry's own structure before the shapes are matched: "the group", "the movement" and the
head noun of the group's name slotted as the profile's group, and a unit the entry names as
part of another organisation tied to it."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.ingest.attribution.claimants import (
    _ORGANISATION_NOUN,
    GLUED_QUALIFIER,
    faction_of_glued,
)
from kg.ingest.attribution.lexicon import _GENERIC_HEAD, _UNIT_WORDS
from kg.ingest.attribution.persons_named import stated_leader_names
from kg.ingest.attribution.subject_names import _former_self, _head_of_subject, own_last_words
from kg.ingest.context import IngestContext
from kg.ingest.group_references import (
    head_noun_spans,
    head_nouns,
    leaders_men_spans,
    own_name_spans,
)
from kg.ingest.names import NameSet, strip_article
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, G, Slotted, slotted
from kg.namespaces import KG

_SELF_REFERENCE = re.compile(
    r"\b(?:the\s+(?-i:group|organi[sz]ation|movement|entity|outfit|(?:Central|High|Supreme)\s+"
    r"Command))(?![\w-])", re.I
)


_ITS_MEMBERS = re.compile(
    r"(?<=\bto\s)its\s+(?:own\s+)?(?:members|fighters|militants|cadres|men|operatives)\b", re.I
)


def _with_group_slotted(ctx: IngestContext, section: Section, template: Slotted) -> Slotted:
    """The entry with "the group", "the organisation", "the movement" and the head noun of
    the group's own name ("the Front") slotted as the profile's group, where no other
    organisation is named before it (then the reference could be that one's); and a name that
    runs on into a place slotted whole where the profile writes it so as an organisation's."""
    if ctx.subject is None:
        return template
    kept = [(a, b, template.slots[i]) for i, (_, _, a, b) in enumerate(template._pieces)]
    text = template.original
    whole_names = _names_running_into_a_place(ctx, section, text)
    whole_names += _names_running_past_a_known_one(ctx, section, text, kept)
    whole_names += _named_factions_of_another(ctx, section, text, whole_names)
    whole_names += _factions_named_by_their_parent(ctx, section, text, kept, whole_names)
    whole_names += _glued_factions(ctx, section, text, kept, whole_names)
    whole_names += [(a, b, iri) for a, b, iri in _qualified_own_names(ctx, text)
                    if not any(not (b <= x or a >= y) for x, y, _ in whole_names)]
    # "⟦al-Qaida⟧ in Yemen": the known head inside the whole name is no slot of its own
    kept = [(a, b, iri) for a, b, iri in kept
            if not any(x <= a and b <= y for x, y, _ in whole_names)]
    spans: list[tuple[int, int, URIRef]] = _band_of_the_leader(ctx, text, kept)
    for match in _SELF_REFERENCE.finditer(text):
        if re.match(r"[’']s\s+(?:own\s+)?(?:news|media|propaganda|spokes)", text[match.end():]):
            continue  # "the group’s news agency": its own shape reads the voice
        if re.match(r"\s+(?:of|around|led\s+by)\s+(?:the\s+)?(?:⟦|(?-i:[A-Z]))",
                    text[match.end():]):
            continue  # "the group of Santoso", "the Organisation of …": whose it is says who
        spans.append((match.start(), match.end(), ctx.subject))
    spans += head_noun_spans(ctx, text, kept + spans)
    spans += own_name_spans(ctx, text, kept + spans)
    spans += leaders_men_spans(ctx, text, kept + spans)
    spans += _stated_leaders_men(ctx, text, kept + spans)
    # "attributed the attack in part to its members": the group's members
    spans += [(m.start(), m.end(), ctx.subject) for m in _ITS_MEMBERS.finditer(text)]
    # another organisation named before "the group" may be whom it means, but not the group
    # under a name it was renamed from ("ISGS fighters ambushed …; the group claimed it")
    others = [x for x, _, other in kept if other != ctx.subject and not _former_self(ctx, other)]
    spans = [(a, b, iri) for a, b, iri in spans
             if not any(not (b <= x or a >= y) for x, y, _ in kept)
             and not any(x < a for x in others)]
    spans += [(a, b, iri) for a, b, iri in _head_references(ctx, text, kept)
              if not any(not (b <= x or a >= y) for x, y, _ in kept + spans)]
    spans += [(a, b, iri) for a, b, iri in _lower_case_head_references(ctx, text, kept)
              if not any(not (b <= x or a >= y) for x, y, _ in kept + spans)]
    spans += [(a, b, iri) for a, b, iri in _last_word_references(ctx, text, kept)
              if not any(not (b <= x or a >= y) for x, y, _ in kept + spans)]
    # the whole name first: "the Front in Kidal" is no head noun of the group's own name
    spans = whole_names + [(a, b, iri) for a, b, iri in spans
                           if not any(not (b <= x or a >= y) for x, y, _ in whole_names)]
    if not spans:
        return template
    return slotted(ctx, text, kept + spans)


# "the network of Santoso", "the men of Karim Haddou": the band a person leads, named by him
_BAND_OF = re.compile(
    rf"\b[Tt]he\s+(?:armed\s+)?(?:group|network|men|followers|fighters|band|militants|"
    rf"loyalists|gang)\s+(?:of|around|led\s+by)\s+(?P<person>{NAME})"
)


def _band_of_the_leader(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"Police blamed the group of Santoso", "linked the bomber to the network of Santoso": the
    band of a man who leads the profile's group is the group. He leads it where the profile
    says so: its leadership paragraph names him, a tenure read from the profile has him as
    leader, or one of the group's own names is his ("Kelompok Santoso (Santoso group)"). The
    band of anyone else ("the group of Abu Bakar Ba’asyir", another group's founder) names
    nobody the reader can state."""
    if ctx.subject is None:
        return []
    leaders = _leaders_of_the_group(ctx)
    found: list[tuple[int, int, URIRef]] = []
    for match in _BAND_OF.finditer(text):
        if any(not (match.end() <= a or match.start() >= b) for a, b, _ in taken):
            continue
        surname = match["person"].split()[-1]
        if any(re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", leader)
               for leader in leaders):
            found.append((match.start(), match.end(), ctx.subject))
    return found


def _leaders_of_the_group(ctx: IngestContext) -> list[str]:
    """The texts that say who leads the profile's group: the leadership paragraph, the names
    of the persons of its tenures, and its own names (a band may be named for its leader)."""
    texts: list[str] = []
    leadership = ctx.layout.get("leadership")
    if leadership is not None:
        texts.append(leadership.body)
    for tenure in ctx.graph.objects(ctx.subject, KG.hasLeadership):
        for person in ctx.graph.objects(tenure, KG.leader):
            texts += [str(label) for label in ctx.index.labels.get(person, {}).values()]
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        texts += [str(label) for label in ctx.graph.objects(ctx.subject, predicate)]
    return texts


# "the Islamic Resistance in Iraq", "al-Qaida in Yemen": a name whose last words are "in" and
# a place
_RUNS_INTO_A_PLACE = re.compile(rf"{NAME}")
_IN_A_PLACE = re.compile(r"^(?P<head>.+?)\s+in\s+(?:the\s+)?(?P<place>[^,;]+)$")


def _names_running_into_a_place(
    ctx: IngestContext, section: Section, text: str
) -> list[tuple[int, int, URIRef]]:
    """"The Islamic Resistance in Iraq claimed the strike": the claimant readers cut a name at
    "in <place>" ("the Taliban in Kunduz" is the Taliban, where they acted), which leaves a
    fragment ("Islamic Resistance"). The whole name is the organisation's where another
    the profile (this entry too) writes it as one: after "the name of", or followed by an
    appositive that says it is an organisation ("…, a coalition that …", "…, the branch that
    merged into …"). A name the index knows whole is slotted already."""
    found: list[tuple[int, int, URIRef]] = []
    profile = "\n".join(s.body for s in ctx.layout.sections)
    for match in _RUNS_INTO_A_PLACE.finditer(text):
        whole = strip_article(match.group(0))
        located = _IN_A_PLACE.match(whole)
        if located is None:
            continue
        if not ctx.find_places(located["place"], demonyms=False).places:
            continue
        known, _, _ = ctx.index.lookup(whole)
        if known is not None or not _written_as_an_organisation(whole, profile):
            continue
        iri = ctx.group(section, NameSet([whole]), section.start)
        if iri is not None:
            start = match.start() + match.group(0).index(whole)
            found.append((start, start + len(whole), iri))
    return found


def _names_running_past_a_known_one(
    ctx: IngestContext, section: Section, text: str, kept: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"Officials blamed Harakat ul-Mujahideen al-Alami": a known organisation's name that runs
    on into more words of a name ("al-Alami", "the global") is another organisation, a splinter
    named after its parent; slotting the known part would credit the parent. The whole name is
    taken where the profile writes it as an organisation of its own ("A further splinter,
    Harakat ul-Mujahideen al-Alami, broke away"); elsewhere nothing is changed."""
    found: list[tuple[int, int, URIRef]] = []
    profile = "\n".join(s.body for s in ctx.layout.sections)
    for match in _RUNS_INTO_A_PLACE.finditer(text):
        whole = strip_article(match.group(0))
        start = match.start() + match.group(0).index(whole)
        end = start + len(whole)
        inner = [(a, b) for a, b, _ in kept if a == start and b < end]
        if not inner or any(a < start < b or a < end < b for a, b, _ in kept):
            continue
        if ctx.index.lookup(whole)[0] is not None:
            continue
        if not _written_as_an_organisation(whole, profile):
            continue
        iri = ctx.group(section, NameSet([whole]), section.start)
        if iri is not None:
            found.append((start, end, iri))
    return found


def _qualified_own_names(ctx: IngestContext, text: str) -> list[tuple[int, int, URIRef]]:
    """"Blamed on … the CPI (Maoist)" in the profile whose Alternative Names list "CPI
    (Maoist)": a name of the group's own with a qualifier in parentheses (not an acronym) is
    the group whole, never the organisation its first part names (the lawful CPI) with a
    slot of its own for the qualifier."""
    listed = ctx.layout.get("alternative-names")
    title = ctx.layout.get("title")
    names = [" ".join(n.split()) for section in (listed, title) if section is not None
             for n in re.split(r"[,;\n]", section.body) if n.strip()]
    found: list[tuple[int, int, URIRef]] = []
    for name in sorted(set(names), key=len, reverse=True):
        qualifier = re.fullmatch(r"(?P<head>[^()]{2,80}?)\s*\((?P<q>[^()]{2,40})\)", name)
        if qualifier is None or not re.search(r"[a-z]", qualifier["q"]):
            continue  # "Ulster Freedom Fighters (UFF)": an acronym, read by the index
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}", text):
            if not any(not (match.end() <= a or match.start() >= b) for a, b, _ in found):
                found.append((match.start(), match.end(), ctx.subject))
    return found


# "the Ajang-Ajang faction of the Abu Sayyaf Group": a faction named by a word of its own
# before the lower-case head, then whose it is
_NAMED_FACTION = re.compile(
    rf"\b[Tt]he\s+(?P<name>{NAME})\s+(?P<head>faction|cell)\s+of\s+(?:the\s+)?"
    rf"(?P<parent>{NAME})"
)


def _named_factions_of_another(
    ctx: IngestContext, section: Section, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"Officials blamed the Ajang-Ajang faction of the Abu Sayyaf Group": the faction acts,
    named by its own word and its head ("Ajang-Ajang faction"), never the whole organisation
    whose faction it is; the phrase is slotted whole, so no shape reads the parent's name as a
    second perpetrator. A place or a person's name before the head ("the Gao cell", "the Kaci
    faction" where the profile names a Kaci) names no faction of its own."""
    found: list[tuple[int, int, URIRef]] = []
    for match in _NAMED_FACTION.finditer(text):
        if any(not (match.end() <= a or match.start() >= b) for a, b, _ in taken):
            continue
        name = match["name"]
        known, _, _ = ctx.index.lookup(name)
        if known is not None or ctx.find_places(name, demonyms=False).places:
            continue
        iri = ctx.group(section, NameSet([f"{name} {match['head']}"]), section.start)
        if iri is not None:
            found.append((match.start("name"), match.end(), iri))
    return found


# "the PRC’s al-Nasser Salah al-Din Brigades": a name after a known organisation's possessive
# that ends in the word for a body of fighters is a faction of its own
_FACTION_HEAD = (
    r"(?:Brigades?|Battalions?|Wing|Army|Division|Regiment|Squad|Cells?|Columns?|Commandos?|"
    r"Units?|Guards?|Forces|Front|Corps|Detachment|Company|Companies)"
)
_AFTER_OWNER = re.compile(rf"(?:’s|'s)\s+(?P<name>{NAME})")
_ENDS_AS_FACTION = re.compile(rf"\S\s+(?:[\w’'-]+\s+)*{_FACTION_HEAD}$")


def _factions_named_by_their_parent(
    ctx: IngestContext, section: Section, text: str, kept: list[tuple[int, int, URIRef]],
    taken: list[tuple[int, int, URIRef]],
) -> list[tuple[int, int, URIRef]]:
    """"The PRC’s al-Nasser Salah al-Din Brigades claimed the raid": a name of its own after
    a known organisation's possessive, ending in a word for a body of fighters (Brigades,
    Battalion, Wing, Army …), is the faction, minted whole and tied to its parent by
    kg:affiliateOf; the parent is only whose it is, never the doer (a faction named as the
    perpetrator gets the attack, as the keys are written). A lower-case unit ("the ⟦X⟧’s
    Songhai wing") is the owner's unit, read by its own shape."""
    found: list[tuple[int, int, URIRef]] = []
    for owner_start, end, parent in kept:
        match = _AFTER_OWNER.match(text, end)
        if match is None or not _ENDS_AS_FACTION.search(match["name"]):
            continue
        own_words = match["name"].split()[:-1]
        if all(ctx.find_places(w, demonyms=True).places or w.lower() in _PLAIN_QUALIFIERS
               for w in own_words):
            continue  # "the DHB’s Kidal Battalion", "its Western Brigade": the owner's unit
        start, stop = match.span("name")
        if any(not (stop <= a or start >= b) for a, b, _ in [*taken, *kept]
               if (a, b) != (owner_start, end)):
            continue
        iri = ctx.group(section, NameSet([match["name"]]), section.start)
        if iri is None or iri == parent:
            continue
        ctx.add(section, iri, KG.affiliateOf, parent)
        ctx.extracted(section, f"{ctx.short(iri)} a faction of {ctx.short(parent)} (affiliate "
                      "of): named by its parent's possessive")
        # the owner's name and its possessive go into the faction's slot: no shape reads the
        # parent as a second doer
        found.append((owner_start, stop, iri))
    return found


def _glued_factions(
    ctx: IngestContext, section: Section, text: str, kept: list[tuple[int, int, URIRef]],
    taken: list[tuple[int, int, URIRef]],
) -> list[tuple[int, int, URIRef]]:
    """"police blamed the NDFB(S)": a known name with a qualifier glued to it, slotted whole
    as the faction the profile names so ("… as the NDFB (Songbijit), or NDFB(S)"); one the
    profile never names whole is left to the reader, which refuses it."""
    found: list[tuple[int, int, URIRef]] = []
    for start, end, parent in kept:
        glued = GLUED_QUALIFIER.match(text, end)
        if glued is None or any(not (glued.end() <= a or start >= b) for a, b, _ in taken):
            continue
        faction = faction_of_glued(ctx, section, text[start:glued.end()], parent)
        if faction is not None:
            found.append((start, glued.end(), faction))
    return found


# words that qualify a unit without naming it: a direction, a rank, a number
_PLAIN_QUALIFIERS = frozenset({
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "first", "second", "third", "fourth", "fifth", "main", "special", "new", "old", "armed",
    "military", "political", "urban", "rural", "local", "regional", "national", "elite",
})  # fmt: skip


def _written_as_an_organisation(name: str, text: str) -> bool:
    quoted = re.escape(name)
    return bool(
        re.search(rf"\bname\s+of\s+(?:the\s+)?{quoted}(?![\w-])", text)
        # "A further splinter, Harakat ul-Mujahideen al-Alami, broke away": typed before it
        or re.search(rf"\b(?:splinter|faction|offshoot|breakaway|group|wing|cell|front)\s*,\s*"
                     rf"(?:the\s+)?{quoted}\s*,", text)
        or re.search(rf"(?<![\w-]){quoted}\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
                     rf"{_ORGANISATION_NOUN}\b(?![’'])", text)  # not "the group’s stronghold"
    )


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


def _last_word_references(
    ctx: IngestContext, text: str, kept: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"the Emirate claimed responsibility" in the Caucasus Emirate's profile: the last word of
    the group's own name, capitalised and after "the", is the group whatever the word (the
    closed list of head nouns cannot hold every one: Emirate, Struggle, Jamaat …). Never a
    word that names a place or a nationality, and not where another organisation the entry
    names ends in the same word."""
    found: list[tuple[int, int, URIRef]] = []
    for word in own_last_words(ctx) - set(DEMONYMS):
        if ctx.find_places(word, demonyms=False).places:
            continue
        if any(other != ctx.subject and any(
                str(label).split()[-1:] == [word]
                for label in ctx.index.labels.get(other, {}).values())
               for _, _, other in kept):
            continue
        for match in re.finditer(rf"\b[Tt]he\s+(?P<w>{re.escape(word)})(?![\w-])", text):
            found.append((match.start(), match.end(), ctx.subject))
    return found


# head nouns that also name a state's forces or another body ("the army", "the police", "the
# guard"): in lower case they are never read as the group
# heads of a group's name that never name a place or a position ("to the faction", never "to
# the front" of a battlefield)
_NO_PLACE_SENSE = frozenset({
    "faction", "factions", "battalion", "battalions", "brigade", "brigades", "movement",
    "organisation", "organization", "tigers", "mujahideen", "legion", "falcons", "force",
})  # fmt: skip


_STATE_LIKE_HEADS = frozenset({
    "army", "forces", "guard", "guards", "police", "militia", "navy", "command", "commandos",
    "council", "congress", "party", "committee", "committees", "league", "union",
})  # fmt: skip


# "Zarqawi's network", "Rakan’s men": a man's band named by his possessive
_HIS_BAND = re.compile(
    rf"(?P<person>{NAME})(?:(?<=[’']s)|[’']s)\s+(?:own\s+)?(?:network|group|followers|men|"
    r"fighters|movement|organi[sz]ation|militants|loyalists|band)\b"
    r"(?!\s*,\s*(?:the\s+)?[A-Z⟦“\"])"
)


def _stated_leaders_men(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"attributed the bombing to Zarqawi's network": the band of the man the leaders reader
    stated as the group's leader is the group, as `leaders_men_spans` reads it for a man of
    the leadership paragraph; never where his band is named as an organisation of its own
    ("Zarqawi's network, Jund al-Sham,")."""
    names = stated_leader_names(ctx)
    if not names:
        return []
    spans: list[tuple[int, int, URIRef]] = []
    for match in _HIS_BAND.finditer(text):
        if any(not (match.end() <= a or match.start() >= b) for a, b, _ in taken):
            continue
        person = re.sub(r"[’']s$", "", match["person"].split()[-1])
        if person in names or re.sub(r"[’']s$", "", match["person"]) in names:
            spans.append((match.start(), match.end(), ctx.subject))
    return spans


def _singular_force_head(ctx: IngestContext) -> set[str]:
    """"force" where the group's own name ends in "Force" ("Khalistan Commando Force"): the
    shared head nouns hold only the plural ("Forces", as often a state's), so the singular is
    taken here, for the writer's lower-case usage alone ("The force was founded …")."""
    labels = [str(label) for p in (SKOS.prefLabel, SKOS.altLabel)
              for label in ctx.graph.objects(ctx.subject, p)]
    ends = {tuple(re.split(r"\s+of\s+", label, maxsplit=1)[0].split()[-1:]) for label in labels}
    return {"force"} if ("Force",) in ends else set()


def _lower_case_head_references(
    ctx: IngestContext, text: str, kept: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"responsibility was claimed by the front", "three gunmen of the front" in a profile
    whose writer calls the group so in lower case ("The front is headquartered in …"): the
    head noun of its own name stands for the group. Only where the profile itself opens a
    sentence with "The <head>" in lower case (the writer's own usage), never for a head that
    also names a state's forces or another body, never in a phrase of place ("at the front",
    "the front of the bus"), and not where another organisation the entry names has the same
    head noun."""
    if ctx.subject is None:
        return []
    heads = ({h.lower() for h in head_nouns(ctx)} | _singular_force_head(ctx)) - _STATE_LIKE_HEADS
    if not heads:
        return []
    profile = "\n".join(section.body for section in ctx.layout.sections)
    used = {h for h in heads
            if re.search(rf"(?:^|[.;]\s+)The\s+{re.escape(h)}\s+(?-i:[a-z])", profile, re.M)}
    found: list[tuple[int, int, URIRef]] = []
    for head in used:
        if any(other != ctx.subject and any(
                str(label).split()[-1:] and str(label).split()[-1].lower() == head
                for label in ctx.index.labels.get(other, {}).values())
               for _, _, other in kept):
            continue
        # "to the front", "at the front": a phrase of place, unless the head has no such sense
        # ("attribute the attack to the faction")
        place = "" if head in _NO_PLACE_SENSE else (
            r"(?<!\b[Aa]t\s)(?<!\b[Tt]o\s)(?<!\b[Oo]n\s)(?<!\bnear\s)(?<!\bfrom\s)")
        for match in re.finditer(
                rf"{place}"
                rf"\b[Tt]he\s+{re.escape(head)}(?![\w-])(?!\s+(?:of|line|lines|row|page|door|gate|"
                rf"seat|desk|yard|wheel|end|entrance|office))", text):
            found.append((match.start(), match.end(), ctx.subject))
    return found
