"""Which organisations a claimant slot names: known organisations, or an unknown name the
clause or the profile shows as one, resolved or created; never a person, a place, a
nationality adjective or a word that merely opens a sentence."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest.attribution.lexicon import (
    _ACRONYM,
    _ADJECTIVE,
    _GENERIC_HEAD,
    _MEMBER_WORDS,
    _NOT_A_GROUP,
    _ORG_HEAD,
    _POSSESSIVE,
)
from kg.ingest.attribution.persons_named import _person_in_profile
from kg.ingest.attribution.subject_names import (
    _exact_name_of_subject,
    _head_of_subject,
    _longer_name_in_profile,
    _one_of_subjects_names,
    _short_form_of_subject,
)
from kg.ingest.context import IngestContext
from kg.ingest.names import (
    NameSet,
    is_organisation_name,
    looks_like_person,
    split_owner,
    strip_article,
)
from kg.ingest.resolve import DEMONYMS
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, G, Slotted


def _groups(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int], *,
    named: bool, shown: bool = True,
) -> list[URIRef]:
    """The organisations of a list: its slots, and (where the clause says so) unknown names,
    resolved or created; a person, a place or a nationality adjective is never one. With
    `shown` false, an unknown bare name must be shown as an organisation by the profile."""
    found: list[URIRef] = []
    item = re.compile(rf"{G}|{NAME}" if named else G)
    for match in item.finditer(template.text, *span):
        iri = template.entity(match.group(0))
        _keep_loose_name(ctx, section, template, match.group(0), iri)
        if iri is None and not shown:
            written = strip_article(template.original_span(match.start(), match.end()).strip())
            written = _POSSESSIVE.sub("", _without_place(ctx, written))
            beside_a_group = re.search(G, template.text[span[0]:span[1]]) is not None and not (
                looks_like_person(written) or _person_in_profile(ctx, written))
            if not (beside_a_group or _shown_as_organisation(ctx, written)):
                continue  # "Musa claimed the raid": a bare name shown nowhere as a group
        part = _PART_BEFORE.search(template.text, 0, match.start())
        if iri is not None and part is not None:
            # "the Gao Province (GP) of the SAF claimed": the named part acts, not its parent
            iri = template.entity(part["g"]) or iri
        province = _PART_NAME_BEFORE.search(template.text, max(0, match.start() - 80),
                                             match.start())
        if iri is not None and province is not None:
            # "the Gao Province of ⟦CM⟧ claimed": the province acts, not its parent
            iri = _organisation(ctx, section, strip_article(province["part"]))
        if iri is None:
            name = strip_article(template.original_span(match.start(), match.end()).strip())
            name = _without_place(ctx, name)  # "the Taliban in Kunduz": the name runs on
            name = _PROVINCE_OF.sub(r"\g<part>", name)  # "Yemen Province of the Islamic State"
            owned = split_owner(name)
            owner = None
            if owned is not None:
                owner = _POSSESSIVE.sub("", name[: len(name) - len(owned)].strip())
                name = owned  # "Haddad’s Kidal Brigade", "the Provisionals’ Belfast Brigade"
            iri = _organisation(ctx, section, name)
            if (iri is not None and iri != ctx.subject and owner
                    and _shown_as_organisation(ctx, strip_article(owner))):
                # "The Islamic State’s Khorasan Province": the unit's full name says whose
                full = f"{strip_article(owner)} {name}"
                ctx.add(section, iri, SKOS.altLabel, Literal(full, lang="en"))
        written = strip_article(template.original_span(match.start(), match.end()))
        if (iri is not None and iri != ctx.subject and match.group(0).startswith("⟦")
                and not _exact_name_of_subject(ctx, written)
                and _short_form_of_subject(ctx, written)):
            # "Al-Nusra" slotted as the lineage's node, in the profile of the group once called
            # "Jabhat al-Nusra": a short form of the group's name is the group. A name the
            # profile gives exactly to the group and to another node ("Those Who Sign in
            # Blood", the battalion that merged into it) stays that node's.
            iri = ctx.subject
        if iri is not None and iri != ctx.subject and _one_of_subjects_names(ctx, iri):
            iri = ctx.subject  # "in ISCAP’s name" where ISCAP is one of the ADF's own names
        if iri is not None and iri not in found:
            found.append(iri)
    return found


def _keep_loose_name(
    ctx: IngestContext, section: Section, template: Slotted, token: str, iri: URIRef | None
) -> None:
    """A slot found only by the loose key ("Ansar Dine" for the curated "Ansar al-Din"): the
    profile's own spelling becomes an alternative name, so the name it uses is the group's."""
    found = re.fullmatch(r"⟦(\d+)⟧", token)
    if iri is None or found is None or iri == ctx.subject:
        return  # the group's own names are the Alternative Names paragraph's alone
    written = template.loose.get(int(found.group(1)))
    if written and "group" in ctx.index.kinds.get(iri, set()) | {"group"}:
        ctx.add(section, iri, SKOS.altLabel, Literal(strip_article(written), lang="en"))


def _shown_as_organisation(ctx: IngestContext, name: str) -> bool:
    """Whether the profile shows a bare name as an organisation: the index knows it as one,
    it carries an organisation's head word or is an acronym, or the profile writes it with an
    article ("the Taliban": a person takes none) or with its members ("Taliban fighters",
    "al-Mourabitoun’s commanders"). "Musa claimed the raid" alone shows nothing."""
    if not name:
        return False
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        return bool(ctx.index.kinds.get(known, set()) & {"group", "organisation"})
    if _ORG_HEAD.search(name) or re.fullmatch(_ACRONYM, name):
        return True
    if looks_like_person(name) or _person_in_profile(ctx, name):
        return False
    text = "\n".join(section.body for section in ctx.layout.sections)
    quoted = re.escape(name)
    return bool(
        re.search(rf"\b(?:the|The)\s+{quoted}(?:’s|'s)?(?![\w’'-])(?!\s+(?-i:[A-Z]))", text)
        or re.search(rf"(?<![\w-]){quoted}(?:’s|'s)?\s+{_MEMBER_WORDS}\b", text)
    )


def _without_place(ctx: IngestContext, name: str) -> str:
    """A name that ran on into the place of the deed ("Taliban in Kunduz", the name pattern
    taking "in" as a word of names like "Al Qaida in the Islamic Maghreb"): cut where the
    rest is a place the gazetteer knows."""
    found = re.match(r"^(?P<name>.+?)\s+(?:in|at)\s+(?:the\s+)?(?P<place>[^,;]+)$", name)
    if found is None:
        return name
    place, _, _ = ctx.index.lookup(found["place"])
    if place is not None and "place" in ctx.index.kinds.get(place, set()):
        return found["name"]
    if ctx.find_places(found["place"], demonyms=False).places:
        return found["name"]
    return name


_PART_BEFORE = re.compile(rf"(?P<g>{G})\s+of\s+(?:the\s+)?$")


_PART_NAME_BEFORE = re.compile(
    r"(?P<part>\b(?-i:[A-Z][\w’'-]{1,40}\s+){1,4}(?-i:Province|Wilayat?|Branch|Emirate|Division|"
    r"Battalion|Brigade|Column|Unit|Cell|Company|Regiment|Squad|Detachment|Sector))"
    r"\s+of\s+(?:the\s+)?$"
)


_PROVINCE_OF = re.compile(
    r"^(?P<part>.+?\b(?:Province|Wilayat?|Branch|Emirate|Division))\s+of\s+(?:the\s+)?\S.*$"
)


def _organisation(ctx: IngestContext, section: Section, name: str) -> URIRef | None:
    """An unknown name in an organisation's place: the known organisation it names (also in
    the plural, 'Black Tiger' for the Black Tigers; "Amniyat’s operatives" names Amniyat), or a
    new one; never a person, a place, a nationality adjective or a common word that opens a
    sentence ('Suicide bombers attacked …': `_NOT_A_GROUP`)."""
    name = _POSSESSIVE.sub("", name)
    if len(name) < 2 or re.match(r"^(?:[A-Z]\.)+[A-Z]?$|^U$", name):
        return None  # "U" of "U.S.": an abbreviation cut at its point, never a name
    if not name or _NOT_A_GROUP.match(name) or name in DEMONYMS or _ADJECTIVE.fullmatch(name):
        return None
    for candidate in (name, name + "s"):
        known, loose, _ = ctx.index.lookup(candidate)
        if known is None:
            continue
        kinds = ctx.index.kinds.get(known, set())
        if kinds & {"person", "place"}:
            return None
        if kinds & {"group", "organisation"}:
            if known != ctx.subject and _short_form_of_subject(ctx, name):
                # "Al-Nusra claimed" in the profile of the group once called Jabhat al-Nusra:
                # the profile's own group under a short form of one of its names
                return ctx.subject
            if loose and candidate == name and known != ctx.subject:
                # "Ansar Dine" found as the curated "Ansar al-Din": the profile names it so
                ctx.add(section, known, SKOS.altLabel, Literal(name, lang="en"))
            return known
    if _GENERIC_HEAD.fullmatch(name):
        # "the Front", "Front fighters": the head noun of the group's own name is the group;
        # a generic word alone never names a new organisation
        return ctx.subject if _head_of_subject(ctx, name) else None
    if not is_organisation_name(name) or looks_like_person(name) or _person_in_profile(ctx, name):
        return None  # "Palestinian", "the movement", "Abu Talha", "Yuldashev": never a new group
    if _short_form_of_subject(ctx, name):
        return ctx.subject
    longer = _longer_name_in_profile(ctx, name)
    if longer is not None:
        if longer != ctx.subject:
            # "Ansar al-Sunna" for another group's "Jaish Ansar al-Sunna": the profile calls it
            # so (the group's own names are the Alternative Names paragraph's alone)
            ctx.add(section, longer, SKOS.altLabel, Literal(name, lang="en"))
        return longer
    return ctx.group(section, NameSet([name]), section.start)
