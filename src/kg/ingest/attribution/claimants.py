"""Which organisations a claimant slot names: known organisations, or an unknown name the
clause or the profile shows as one, resolved or created; never a person, a place, a
nationality adjective or a word that merely opens a sentence."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest.attribution.lexicon import (
    _ADJECTIVE,
    _GENERIC_HEAD,
    _MEMBER_WORDS,
    _NOT_A_GROUP,
    _ORG_HEAD,
    _POSSESSIVE,
    IN_APPOSITIVE,
    LOWER_TAIL,
    QUOTED,
)
from kg.ingest.attribution.persons_named import _names_a_person, _person_in_profile
from kg.ingest.attribution.subject_names import (
    _exact_name_of_subject,
    _former_self,
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
from kg.names import normalise_name


def _groups(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int], *,
    named: bool, shown: bool = True,
) -> list[URIRef]:
    """The organisations of a list: its slots, and (where the clause says so) unknown names,
    resolved or created; a person, a place or a nationality adjective is never one. With
    `shown` false, an unknown bare name must be shown as an organisation by the profile."""
    found: list[URIRef] = []
    span = _after_bare_commas(template.text, span)
    item = re.compile(rf"{QUOTED}|{G}|{NAME}" if named else G)
    described = [m.span() for m in IN_APPOSITIVE.finditer(template.text)
                 if span[0] <= m.start() < span[1]]
    if not shown and _TYPED_BEFORE.search(template.text, max(0, span[0] - 60), span[0]):
        shown = True  # "blamed the Dogon militia Dan Na Ambassagou": the clause types it
    for match in item.finditer(template.text, *span):
        if any(a <= match.start() < b for a, b in described):
            continue  # "⟦X⟧, a Pakistani Taliban faction, and ⟦Y⟧": the appositive names nobody
        if match.group(0)[0] == "⟦" and GLUED_QUALIFIER.match(template.text, match.end()):
            faction = glued_faction(ctx, section, template, match)
            if faction is not None and faction not in found:
                found.append(faction)
            continue
        if match.group(0)[0] != "⟦" and _TAIL_OF_NAME.search(template.text, 0, match.start()):
            _refuse(ctx, section, template, match.span(), "the tail of a longer name (after "
                    "'in', 'of' or 'for' the name before it): a fragment names no organisation")
            continue
        if (match.group(0)[0] not in "⟦“\""
                and _OWNER_BEFORE.search(template.text, 0, match.start())
                and re.match(r"\s+(?-i:[a-z])", template.text[match.end():span[1]])):
            # "⟦X⟧’s Chechen vilayat claimed": a word that qualifies the owner's unnamed unit
            # (a region, a nationality) names no organisation; the owner claimed
            continue
        if match.group(0)[0] in "“\"":
            quoted = _quoted_organisation(ctx, section, match.group(0)[1:-1])
            if quoted is not None and quoted not in found:
                found.append(quoted)
            continue
        iri = template.entity(match.group(0))
        evidenced = False
        longer = _LONGER_NAME.match(template.text, match.end()) if iri is not None else None
        if longer is not None and not _is_place(ctx, longer["rest"]):
            # "⟦Al Qaida⟧ in the Arabian Sea Province claimed": the known name heads a longer
            # one; the whole name is the organisation, never the known head
            whole = strip_article(template.original_span(match.start(), longer.end()).strip())
            iri = _organisation(ctx, section, whole)
            if iri is None:
                continue
        _keep_loose_name(ctx, section, template, match.group(0), iri)
        if iri is None and not shown:
            written = strip_article(template.original_span(match.start(), match.end()).strip())
            written = _POSSESSIVE.sub("", _without_place(ctx, written))
            owned_by_a_state = _without_state_owner(ctx, written) != written
            evidenced = owned_by_a_state or _shown_as_organisation(ctx, written)
            # "traced the bomb to Hassan Belkacem and ⟦DHB⟧": a group beside a name does not
            # make a given name and a surname an organisation
            beside_a_group = re.search(G, template.text[span[0]:span[1]]) is not None and not (
                looks_like_person(written) or _person_in_profile(ctx, written)
                or _names_a_person(ctx, written))
            if not (beside_a_group or evidenced):
                written_as = " ".join(template.original_span(*match.span()).split())
                ctx.reports[section.key].unused.append((
                    section.start, written_as, "attribution", "a bare name in a slot a person "
                    "fills as well, shown nowhere in the profile as an organisation"))
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
        if doubt := _namesake_in_doubt(ctx, template, match, iri):
            # "as did Jundallah, a Pakistani ⟦TTP⟧ splinter": told from its namesakes only by
            # the appositive, so nothing is stated
            ctx.reports[section.key].unused.append((
                section.start, " ".join(template.original_span(*match.span()).split()),
                "attribution", doubt))
            continue
        if iri is None:
            name = strip_article(template.original_span(match.start(), match.end()).strip())
            name = _with_written_tail(ctx, template, name, match.end(), span[1])
            name = _without_place(ctx, name)  # "the Taliban in Kunduz": the name runs on
            name = _without_state_owner(ctx, name)  # "Israel’s Mossad" is the Mossad
            name = _PROVINCE_OF.sub(r"\g<part>", name)  # "Yemen Province of the Islamic State"
            owned = split_owner(name)
            owner = None
            if owned is not None:
                owner = _POSSESSIVE.sub("", name[: len(name) - len(owned)].strip())
                name = owned  # "Haddad’s Kidal Brigade", "the Provisionals’ Belfast Brigade"
            # "Abu Sayyaf" opens like a person's name: the profile's "Abu Sayyaf fighters"
            # shows it is an organisation all the same
            iri = _organisation(ctx, section, name, evidenced=evidenced)
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
        if iri is not None and iri != ctx.subject and _former_self(ctx, iri):
            iri = ctx.subject  # the group under a name it was renamed from
        if iri is not None and iri not in found:
            found.append(iri)
    return found


def _after_bare_commas(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """"In El Aro, a village of Ituango, Antioquia, ⟦AUC⟧ units killed": names joined by
    commas with no "and" anywhere are no list of actors but a circumstance (places, mostly)
    that runs into the subject; only the last item is the list. A list of known
    organisations only, and an appositive after the last comma ("…, a Pakistani faction"),
    are kept whole."""
    listed = text[span[0]:span[1]]
    if "," not in listed or re.search(r"\b(?:and|or|as\s+well\s+as|along\s+with)\b|&", listed):
        return span
    last = listed.rindex(",") + 1
    pieces = [p.strip() for p in listed.split(",")]
    if all(re.fullmatch(rf"(?:the\s+)?{G}", p) for p in pieces if p):
        return span
    if re.match(r"\s*(?:an?|the|its|one)\s", listed[last:], re.I) or not re.match(
            rf"\s*(?:{G}|(?-i:[A-Z]))", listed[last:]):
        return span
    return (span[0] + last + len(listed[last:]) - len(listed[last:].lstrip()), span[1])


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
    it carries an organisation's head word, or the profile writes it with an
    article ("the Taliban": a person takes none) or with its members ("Taliban fighters",
    "al-Mourabitoun’s commanders"). "Musa claimed the raid" alone shows nothing."""
    if not name:
        return False
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        return bool(ctx.index.kinds.get(known, set()) & {"group", "organisation"})
    if _ORG_HEAD.search(name):
        return True  # an unknown acronym alone shows nothing ("sprayed with VX")
    text = "\n".join(section.body for section in ctx.layout.sections)
    quoted = re.escape(name)
    # "Abu Sayyaf" opens like a person's name; "Abu Sayyaf fighters", "an Abu Sayyaf
    # spokesman", "its Abu Sayyaf allies" show an organisation all the same
    if re.search(rf"(?<![\w-]){quoted}\s+(?:{_MEMBER_WORDS}|allies|ally)\b", text):
        return True
    if looks_like_person(name) or _person_in_profile(ctx, name):
        return False
    if any(_names_an_organisation(ctx, part) for part in re.split(r"[-\s]", name)
           if part and part != name):
        return True  # "Neo-JMB": a name built on an organisation's is an organisation's
    return bool(
        re.search(rf"\b(?:the|The)\s+{quoted}(?:’s|'s)?(?![\w’'-])(?!\s+(?-i:[A-Z]))", text)
        # "Noordin Top’s faction": a person has a faction, fighters or men too; only an
        # organisation has members, cadres, ranks or a leadership
        or re.search(rf"(?<![\w-]){quoted}(?:’s|'s)\s+{_ORGANISATION_OWNS}\b", text)
        or re.search(rf"\b{_ORGANISATION_BEFORE}\s+{quoted}(?![\w’'-])", text)
        or re.search(rf"(?<![\w-]){quoted}\s*,\s*(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?"
                     rf"{_ORGANISATION_NOUN}\b", text)
    )


# What the profile says elsewhere that only an organisation has: "split from X", "the
# leadership of X", "X’s bombings", "X, the operations room of …"
_ORGANISATION_BEFORE = (
    r"(?:(?:split|splintered|broke\s+away|defected|expelled)\s+from|(?:leadership|ranks|"
    r"founders?|members?|emir|spokes(?:man|woman|person))\s+of|(?:drifted|returned)\s+back\s+to|"
    r"(?:joined|merged\s+with|pledged\s+allegiance\s+to))"
)
_ORGANISATION_OWNS = (
    r"(?:division|split|ranks|leadership|founders?|emir|insurgency|members|cadres|"
    r"spokes(?:man|woman|person)|operatives|units?)"
)
_ORGANISATION_NOUN = (
    r"(?:group|faction|front|militia|coalition|alliance|operations\s+room|wing|branch|cell|"
    r"organi[sz]ation|movement|network|umbrella|outfit|offshoot|splinter|guerrilla|"
    r"insurgency|party|agency|service)"
)


def _names_an_organisation(ctx: IngestContext, part: str) -> bool:
    """Whether one word of a name is the name or acronym of an organisation the index knows."""
    if len(part) < 2:
        return False
    known, _, _ = ctx.index.lookup(part)
    return known is not None and bool(
        ctx.index.kinds.get(known, set()) & {"group", "organisation"})


# "⟦X⟧ in the Y", "Army of the Y": a name that begins after a connector continues the name
# before it
_TAIL_OF_NAME = re.compile(
    r"(?:⟦\d+⟧|(?<![.;:]\s)(?<![.;:])(?<!^)(?<=\w\s)(?-i:[A-Z][\w’'-]*))\s+(?-i:in|of|for)\s+"
    r"(?:(?-i:the)\s+)?$"
)
# a word that types the name after it: "the Dogon militia Dan Na Ambassagou", "an unknown
# group, Fedayeen-e-Islam"
_TYPED_BEFORE = re.compile(
    r"\b(?:militia|group|faction|outfit|movement|organi[sz]ation|front|network|cell|"
    r"brigade|battalion|wing|splinter\s+group|offshoot)\s*,?\s+(?:(?:called|named|known\s+as)\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
_OWNER_BEFORE = re.compile(rf"{G}(?:’s|'s)\s+$")
_LONGER_NAME = re.compile(rf"\s+(?-i:in|of|for)\s+(?:(?-i:the)\s+)?(?P<rest>{NAME})")


def _is_place(ctx: IngestContext, name: str) -> bool:
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        return "place" in ctx.index.kinds.get(known, set())
    return bool(ctx.find_places(name, demonyms=False).places)


def _refuse(
    ctx: IngestContext, section: Section, template: Slotted, span: tuple[int, int], why: str
) -> None:
    """A name in a claimant's place that names no organisation, kept in the review under the
    kind `REFUSED`: the entry then credits nobody rather than the profile's group (the clause
    named someone, only not whole)."""
    written = " ".join(template.original_span(*span).split())
    ctx.reports[section.key].unused.append((section.start, written, REFUSED, why))


REFUSED = "refused claimant"


# "the NDFB(S)", "the CPN(M)": a letter or a word glued to a known name in parentheses makes
# the name of a faction of its own, never the organisation the first part names
GLUED_QUALIFIER = re.compile(r"\((?-i:[A-Z][\w.-]{0,11})\)")


def _faction_written_whole(
    ctx: IngestContext, written: str, parent: URIRef | None
) -> str | None:
    """"… broke away as the NDFB (Songbijit), or NDFB(S)": the whole name the profile gives
    the faction beside its glued short form (the parent under any of its names, the qualifier
    spelt out from the glued letters), or None where the profile never writes it whole."""
    glued = re.fullmatch(r"(?P<head>.+?)\((?P<q>[^()]+)\)", written)
    if glued is None:
        return None
    head, qualifier = glued["head"].strip(), glued["q"]
    heads = {head, *ctx.index.labels.get(parent, {}).values(),
             *(a for a, bearers in ctx.index.acronyms.items() if parent in bearers)}
    parents = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True) if h)
    profile = "\n".join(section.body for section in ctx.layout.sections)
    found = re.search(
        rf"(?<![\w-])(?P<whole>(?:{parents})\s*\({re.escape(qualifier)}[\w’'-]*\))\s*,?\s+"
        rf"(?:or|alias|also\s+(?:known\s+as|called))\s+(?:the\s+)?{re.escape(written)}", profile)
    if found is None or found["whole"].replace(" ", "") == written.replace(" ", ""):
        return None
    return found["whole"]


def faction_of_glued(
    ctx: IngestContext, section: Section, written: str, parent: URIRef | None
) -> URIRef | None:
    """The faction a known name with a glued qualifier names ("NDFB(S)"): the organisation
    the index knows by that written form, or the one the profile names whole beside it
    ("… as the NDFB (Songbijit), or NDFB(S)"), found or minted; None where the profile never
    writes it whole. Never the parent."""
    known, _, _ = ctx.index.lookup(written)
    if known is not None and known != parent:
        return known
    whole = _faction_written_whole(ctx, written, parent)
    if whole is None:
        return None
    # found or minted by the glued form alone: the whole form ("NDFB (Songbijit)") reads to
    # the index as the parent and its qualifier, the parent's name
    faction = ctx.group(section, NameSet([written]), section.start, describe=False)
    if faction is None or faction == parent:
        return None
    ctx.describe_names(section, faction, NameSet([whole, written]))
    return faction


def glued_faction(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str]
) -> URIRef | None:
    """The faction a slot with a glued qualifier names ("⟦NDFB⟧(S)"), else nobody: the
    parent is never credited with its faction's deed, and the review keeps the name
    ("refused claimant": the entry then credits nobody rather than the profile's group)."""
    glued = GLUED_QUALIFIER.match(template.text, match.end())
    assert glued is not None
    written = " ".join(template.original_span(match.start(), glued.end()).split())
    faction = faction_of_glued(ctx, section, written, template.entity(match.group(0)))
    if faction is not None:
        return faction
    if any(kind == REFUSED and text == written
           for _, text, kind, _ in ctx.reports[section.key].unused):
        return None  # refused once already, by the entry's first reading
    _refuse(ctx, section, template, (match.start(), glued.end()), "a known name with a "
            "qualifier glued to it names a faction of its own, which the profile does not "
            "name whole: neither the faction nor its parent is stated")
    return None


def _namesake_in_doubt(
    ctx: IngestContext, template: Slotted, match: re.Match[str], iri: URIRef | None
) -> str | None:
    """Why a one-word name with no head word, described as another organisation's splinter or
    faction ("as did Jundallah, a Pakistani ⟦TTP⟧ splinter"), can be neither minted nor joined;
    None when its identity is not in doubt. Told from its namesakes only by the appositive:

    - unknown, it would be minted by its bare name, which a namesake's in the next profile
      then joins (unless the appositive makes it a splinter of the profile's own group);
    - known from an earlier profile whose organisation came from no split, it is another
      organisation of the same name, and joining the two would merge them.

    A name with a head word ("the Northern Front, a breakaway faction of ⟦MB⟧") names itself,
    and the profile's own group is not in doubt."""
    splinter = _SPLINTER_OF_ANOTHER.match(template.text, match.end())
    if splinter is None:
        return None
    if iri is None:
        if len(match.group(0).split()) != 1 or _ORG_HEAD.search(match.group(0)) or any(
                template.entity(slot) == ctx.subject for slot in re.findall(G, splinter.group(0))):
            return None
        return ("an unknown name described only as another organisation's splinter or faction: "
                "its identity cannot be told from a namesake's")
    written = " ".join(template.original_span(*match.span()).split())
    if iri == ctx.subject or iri not in ctx.preexisting:
        return None
    if len(written.split()) != 1 or _ORG_HEAD.search(written):
        return None
    if any(kind == "split" and result == iri for kind, result, _ in ctx.index.events):
        return None
    return ("a name the graph knows, described here as another organisation's splinter or "
            "faction, which the one it knows is not: a namesake cannot be told apart, so "
            "nothing is stated")


_SPLINTER_OF_ANOTHER = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?=[^,.;]{0,40}?(?:⟦\d+⟧|(?-i:\b[A-Z]{2,9}\b)))[^,.;]{0,50}?"
    r"\b(?:splinter|faction|offshoot|breakaway)\b"
)


def _with_written_tail(
    ctx: IngestContext, template: Slotted, name: str, end: int, limit: int
) -> str:
    """"FLNC-Canal historique": a name that runs on in lower case inside the list is read
    whole only where the profile writes the whole name elsewhere too;
    "the DHB later claimed" keeps "later" out."""
    tail = re.match(LOWER_TAIL, template.text[end:limit])
    if tail is None:
        return name
    words = tail.group(0).split()
    elsewhere = "\n".join(section.body for section in ctx.layout.sections
                          if template.original not in section.body)
    for count in range(len(words), 0, -1):
        whole = " ".join([name, *words[:count]])
        if re.search(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", elsewhere):
            return whole
    return name


def _quoted_organisation(ctx: IngestContext, section: Section, name: str) -> URIRef | None:
    """A name the writer quotes in an organisation's place ("a “Catholic Reaction Force”
    claimed it"): a cover name or a group's own, taken whole; never a person or a place."""
    name = " ".join(name.split()).strip(" ,")
    known, _, _ = ctx.index.lookup(name)
    if known is not None:
        kinds = ctx.index.kinds.get(known, set())
        return known if kinds & {"group", "organisation"} else None
    if looks_like_person(name) or _person_in_profile(ctx, name) or len(name.split()) > 12:
        return None
    return ctx.group(section, NameSet([name]), section.start)


_OWNED_BY = re.compile(r"^(?P<owner>[A-Z][\w.\- ]{1,40}?)[’']s\s+(?P<rest>\S.*)$")


def _without_state_owner(ctx: IngestContext, name: str) -> str:
    """"Israel’s Mossad", "Pakistan’s Inter-Services Intelligence": an agency named with its
    state as owner is the agency; the state is a place, never part of the organisation's
    name (the history and the keys name it without its owner)."""
    found = _OWNED_BY.match(name)
    if found is None:
        return name
    place, _, _ = ctx.index.lookup(found["owner"])
    if place is not None and "place" in ctx.index.kinds.get(place, set()):
        return found["rest"]
    return name


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


def _whole_name_is_a_place(ctx: IngestContext, name: str) -> bool:
    """Whether the whole name is a gazetteer place ("Gao", "Tver Oblast"): a place is never
    minted as an organisation, even beside one in a list ("in Gao and the DHB claimed it").
    A name that only holds a place ("Gao Cell", "Islamic State in Iraq") is not one."""
    # the gazetteer's label itself, never a near spelling ("Hamas" is not Hamm) nor a place
    # inside the name ("DHB-Niger")
    wanted = normalise_name(name.strip())
    return any(normalise_name(str(label)) == wanted
               for place in ctx.find_places(name, demonyms=False).places
               for label in ctx.index.labels.get(place, {}).values())


def _organisation(
    ctx: IngestContext, section: Section, name: str, *, evidenced: bool = False
) -> URIRef | None:
    """An unknown name in an organisation's place: the known organisation it names (also in
    the plural, 'Black Tiger' for the Black Tigers; "Amniyat’s operatives" names Amniyat), or a
    new one; never a person, a place, a nationality adjective or a common word that opens a
    sentence ('Suicide bombers attacked …': `_NOT_A_GROUP`)."""
    name = _POSSESSIVE.sub("", name)
    if len(name) < 2 or re.match(r"^(?:[A-Z]\.)+[A-Z]?$|^U$", name):
        return None  # "U" of "U.S.": an abbreviation cut at its point, never a name
    if not name or _NOT_A_GROUP.match(name) or name in DEMONYMS or _ADJECTIVE.fullmatch(name):
        return None
    if _whole_name_is_a_place(ctx, name):
        return None  # "a bar in Gao and the DHB claimed it": the place before "and" is none
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
    if _short_form_of_subject(ctx, name):
        return ctx.subject  # "Maute members" in the Maute Group's profile
    if not evidenced and (not is_organisation_name(name) or looks_like_person(name)
                          or _person_in_profile(ctx, name)):
        return None  # "Palestinian", "the movement", "Abu Talha", "Yuldashev": never a new group
    if evidenced and (_person_in_profile(ctx, name) or name in DEMONYMS):
        return None
    longer = _longer_name_in_profile(ctx, name)
    if longer is not None:
        if longer != ctx.subject:
            # "Ansar al-Sunna" for another group's "Jaish Ansar al-Sunna": the profile calls it
            # so (the group's own names are the Alternative Names paragraph's alone)
            ctx.add(section, longer, SKOS.altLabel, Literal(name, lang="en"))
        return longer
    return ctx.group(section, NameSet([name]), section.start)
