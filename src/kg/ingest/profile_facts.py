"""The group's own facts: name, alternative and former names, areas, leadership, structure,
funding, ideology, goals, enemies, tactics, and when the profile was last updated."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS, XSD

from kg.ingest.area_fields import infobox_areas
from kg.ingest.area_phrases import (
    BULLET,
    FOOTNOTE_MARKS,
    LINE_LABEL,
    NAMED_AREA_OF,
    SIDE_OF,
    city_of_metropolitan_area,
    distribute_designators,
    is_a_clause,
    is_where_clause,
    names_a_comparison,
    names_a_site,
    names_another_name,
    names_no_place,
    names_no_presence,
    names_only_a_border,
    names_only_an_aim,
    place_of_clause,
    split_inclusions,
    unit_name,
    where_presence,
)
from kg.ingest.attacks import add_figure
from kg.ingest.casualties import killed_in_text
from kg.ingest.context import (
    IngestContext,
    PlaceFinding,
    Sentence,
    national_designators,
    shared_designators,
    shared_wholes,
)
from kg.ingest.dates import DateError, find_dates, parse_timestamp
from kg.ingest.events import (
    PERSON,
    first_date,
    is_legal,
    legal_event,
    praised_event,
    trained_with,
    war_event,
)
from kg.ingest.leaders import LeadershipState, read_sentence, state_leadership
from kg.ingest.names import (
    NameSet,
    is_qualifier,
    language_of,
    parse_named,
    split_name_list,
    without_gloss,
)
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.ingest.slots import G, slotted
from kg.ingest.vocabulary import (
    FUNDING,
    GOALS,
    IDEOLOGIES,
    STRUCTURE,
    TACTICS,
    TARGET_TYPES,
    Rules,
    concepts_in,
)
from kg.names import normalise_name
from kg.namespaces import ENMITY, KG, LEADERSHIP, SCHEMA

_TITLE = re.compile(r"^(?P<name>.+?)\s*(?:\((?P<acronym>[^()]+)\))?\s*$")
_STOP_TOKENS = {"the", "of", "in", "for", "and", "al", "el", "de", "la", "le", "et", "du", "des"}
_LEADER_PATTERNS = [
    re.compile(rf"(?P<p>{PERSON})\s+(?:has|had)\s+(?:led|headed|commanded)\s+(?:the\s+group|{G}|it)\b(?P<rest>[^.]*)"),
    re.compile(rf"(?P<p>{PERSON})\s+(?:has\s+been|is|was|became)\s+(?:the\s+)?(?:group[’']s\s+|{G}[’']s\s+)?(?:leader|emir|head|commander)\b(?P<rest>[^.]*)"),
    re.compile(rf"(?:[Tt]he\s+group|{G}|[Ii]t)\s+(?:is|has\s+been|was)\s+(?:led|headed)\s+by\s+(?P<p>{PERSON})(?P<rest>[^.]*)"),
    re.compile(rf"(?P<p>{PERSON})\s+took\s+over\b(?P<rest>[^.]*)"),
]
_SEE = re.compile(r"^\s*See\s+(?P<name>[^.]+)\.")
_ENEMY = re.compile(r"\benem(?:y|ies)\b", re.I)
# "X is placed above Y": the verb phrase is found first and X, Y are the text either side,
# rather than a lazy ".*?" that rescans the sentence from every offset.
_ABOVE = re.compile(r"\s(?:is|are)\s+(?:placed|ranked|put)\s+(?:above|before|ahead of)\s+(?=\S)", re.I)  # noqa: E501


def extract_title(ctx: IngestContext, section: Section) -> None:
    """'Al Qaida in the Islamic Maghreb (AQIM)' → the group (found or minted), its preferred
    name and acronym; the document's primary topic."""
    match = _TITLE.match(section.body)
    if match and match["acronym"] and is_qualifier(match["acronym"]):
        match = None  # "Communist Party of India (Maoist)": the bracket is part of the name
    name = (match["name"] if match else section.body).strip()
    acronyms = []
    names = [name]
    if match and match["acronym"]:
        inner = parse_named(match["acronym"])
        acronyms = inner.acronyms
        names += inner.names
    # With its full name, so an existing organisation that only shares the acronym is told
    # apart (kg.ingest.context: IngestContext._other_bearer).
    areas = ctx.layout.get("areas")
    ctx.keep_namesakes_apart_by(infobox_areas(areas.body)[0] if areas is not None else None)
    iri = ctx.group(section, NameSet([name], acronyms), section.start, describe=False)
    ctx.forget_provisional_areas()
    assert iri is not None
    ctx.subject = iri
    # The profile states its subject in full even when another profile introduced it first.
    ctx.add(section, iri, RDF.type, KG.ArmedGroup)
    ctx.add_label(section, iri, name, "en")
    for other in names[1:]:
        ctx.describe_names(section, iri, NameSet([other]))
    for acronym in acronyms:
        ctx.add(section, iri, KG.acronym, Literal(acronym))
        ctx.index.add_name(iri, acronym, 1, acronym=True)
    ctx.add(section, ctx.graph.document, FOAF.primaryTopic, iri)
    _short_forms_of_title(ctx, iri, name)
    ctx.extracted(section, f"group {ctx.short(iri)}: {name!r}" + (f", acronym {', '.join(acronyms)}" if acronyms else ""))  # noqa: E501


def _short_forms_of_title(ctx: IngestContext, iri: URIRef, title: str) -> None:
    """Listed alternative names that are a short form of the title ('Abu Sayyaf' for 'Abu
    Sayyaf Group') name the subject already while the history is read (it is read before the
    names), so 'Abu Sayyaf emerged in 1991 …' is the group, not a second one. Only indexed
    here; the names section states them."""
    names = ctx.layout.get("alternative-names")
    if names is None:
        return
    words = set(normalise_name(title).split())
    for _start, _end, name in split_name_list(names.body):
        own = set(normalise_name(name).split())
        if own and own < words and len(own) >= 2:
            ctx.index.add_name(iri, name, 2)


def extract_alternative_names(ctx: IngestContext, section: Section) -> None:
    """Every listed name with a language tag; those the history shows belong to a predecessor
    are former names (and also named on the predecessor if it lacks them)."""
    subject = ctx.subject
    if subject is None:
        return
    predecessors = _predecessors(ctx, subject)
    own = [normalise_name(n) for n in ctx.index.labels.get(subject, {}).values()]
    for _start, _end, listed in split_name_list(section.body):
        name, gloss = without_gloss(listed)
        if gloss is not None:
            ctx.problem(section, section.start, f"{name!r}: the gloss in brackets ({gloss!r}) is about the name, not part of it; kept out", Severity.NOTE)  # noqa: E501
        parsed = parse_named(name)
        owner = _predecessor_named(ctx, parsed, name, predecessors, own)
        language = language_of(name)
        if owner is None:
            ctx.add(section, subject, SKOS.altLabel, Literal(name, lang=language))
            ctx.index.add_name(subject, name, 2)
            _index_name_and_acronym(ctx, subject, name)
            ctx.extracted(section, f"alternative name {name!r}@{language}")
            continue
        ctx.add(section, subject, KG.formerName, Literal(name, lang=language))
        ctx.index.add_name(subject, name, 3)
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()
        if not ctx.index.has_name(owner, bare) and not ctx.index.has_name(owner, name):
            # the profile lists a predecessor's name the graph does not have for it yet
            ctx.add(section, owner, SKOS.altLabel, Literal(name, lang=language))
            ctx.index.add_name(owner, name, 2)
        ctx.extracted(section, f"former name {name!r}@{language} (of {ctx.short(owner)})")


# "Ulster Freedom Fighters (UFF)": one name and its one acronym, nothing else in the brackets
_NAME_AND_ACRONYM = re.compile(r"^(?P<name>[^()/]+?)\s*\((?P<acronym>[A-Z][A-Z0-9&-]{1,9})\)$")


def _index_name_and_acronym(ctx: IngestContext, subject: URIRef, listed: str) -> None:
    """A listed name written with its acronym names the group by either ("UFF gunmen fired",
    "the UFF claimed" in the UDA's profile): both are indexed, as the title's are. Only the
    plain form "Name (ACR)"; a list of acronyms ("CPP/NPA/NDF") names several bodies."""
    found = _NAME_AND_ACRONYM.match(listed.strip())
    if found is None:
        return
    ctx.index.add_name(subject, found["name"], 2)
    ctx.index.add_name(subject, found["acronym"], 2, acronym=True)


def _predecessors(ctx: IngestContext, subject: URIRef) -> list[URIRef]:
    """Organisations the profile's history makes ancestors of the subject."""
    edges = (KG.splitFrom, KG.renamedFrom, KG.absorbed, KG.formedByMergerOf)
    found: list[URIRef] = []
    stack = [subject]
    while stack:
        current = stack.pop()
        for edge in edges:
            for prior in ctx.graph.objects(current, edge):
                if isinstance(prior, URIRef) and prior not in found and prior != subject:
                    found.append(prior)
                    stack.append(prior)
    return found


def _tokens(name: str) -> set[str]:
    return {t for t in normalise_name(name).split() if t not in _STOP_TOKENS}


def _predecessor_named(
    ctx: IngestContext, parsed: NameSet, name: str, predecessors: list[URIRef], own: list[str]
) -> URIRef | None:
    """The predecessor a listed name belongs to: by acronym, by exact name, or by being
    clearly closer in wording to the predecessor's names than to the subject's."""
    for predecessor in predecessors:
        if any(ctx.index.has_name(predecessor, a) for a in parsed.acronyms):
            return predecessor
        if any(ctx.index.has_name(predecessor, n) for n in parsed.names):
            return predecessor
    words = _tokens(name)
    if not words:
        return None
    own_score = max((_jaccard(words, set(o.split()) - _STOP_TOKENS) for o in own), default=0.0)
    best: tuple[float, URIRef | None] = (0.0, None)
    for predecessor in predecessors:
        for key in sorted(ctx.index.names_of.get(predecessor, set())):
            score = _jaccard(words, set(key.split()) - _STOP_TOKENS)
            if score > best[0]:
                best = (score, predecessor)
    if best[1] is not None and best[0] >= 0.5 and best[0] > own_score:
        return best[1]
    return None


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# "London above all", "Mindanao in particular": the same words after the item
_AREA_FILLER_AFTER = re.compile(
    r"\s+(?:above\s+all|in\s+particular|especially|mostly|mainly|chiefly|in\s+the\s+(?:far\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|"
    r"interior)|(?:on|along)\s+the\s+coast|(?:around|near|outside)\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2})$",
    # "the Jebel al-Akhdar in the east", "the Red Sea coast around Hodeidah": the name
    re.I,
)
_AREA_FILLER = re.compile(
    # "principally the cities of Nablus", "in the cities of Medellín" ("In Amenas" keeps its
    # capital "In", "in the northeast" its "in": only "in the <towns> of" leads up to names)
    r"^(?:(?:especially|notably|mainly|mostly|particularly|including|chiefly|principally|"
    r"(?-i:in)(?=\s+the\s+(?:towns?|cities|city|villages|(?:border\s+)?(?:counties|districts|"
    r"provinces|regions|states|departments|governorates|prefectures))\s+of\b)|(?:almost\s+)?"
    r"exclusively|primarily|largely|also|"
    # "in smaller measure Valparaíso", "to a lesser extent Bolivia": a degree, not a name;
    # "the neighbouring Bajaur agency": where it lies beside the others (from 88ab6d5)
    r"(?:in|to)\s+(?:a\s+)?(?:smaller|lesser)\s+(?:measure|extent|degree)|"
    r"neighbou?ring|adjacent|adjoining|the\s+border\s+"
    r"regions?\s+of|parts?\s+of|in\s+particular|above\s+all|for\s+the\s+most\s+part|"
    # "around Halabja", "the towns of Timbuktu and Gao": the towns themselves; hedges
    r"around|the\s+(?:areas?|country(?:side)?)\s+around|the\s+(?:towns?|cities|city)\s+of|"
    r"the\s+(?:border\s+|(?:north|south|east|west)[\w\-]*\s+)?(?:counties|districts|provinces|"
    r"regions|states|departments|governorates|prefectures)\s+of|"
    r"reportedly|apparently|possibly|probably|perhaps|it\s+(?:appears|seems),?|"
    r"the)\s+)+",
    re.I,
)
# an item that is only a hedge ("and, it appears, Northern Burkina Faso"), no place
_AREA_HEDGE = re.compile(
    r"(?:it\s+(?:appears|seems|is\s+said)|reportedly|apparently|possibly|perhaps|probably|"
    r"beyond|elsewhere|abroad|other\s+countries)",  # "North Africa and beyond"
    re.I,
)


# " and " inside a place's own name ("Jammu and Kashmir", "Trinidad and Tobago") is no list
_AND_IN_NAME = "\u2060\u00a0\u2060"


@lru_cache(maxsize=1)
def _names_with_and() -> re.Pattern[str] | None:
    """Every country's and first-level subdivision's name that has 'and' inside it."""
    from kg.ingest.resolve import gazetteer_names

    names = sorted({_bare(n.strip()) for n in gazetteer_names() if " and " in n},
                   key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


def _bare(text: str) -> str:
    """The text without diacritics, one character for one ('Kashmīr' → 'Kashmir'), so that a
    match in it is a match at the same offsets in the text."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def _protect_and(text: str) -> str:
    pattern = _names_with_and()
    if pattern is None or " and " not in text:
        return text
    out, last = [], 0
    for match in pattern.finditer(_bare(text)):
        out += [text[last : match.start()],
                text[match.start() : match.end()].replace(" and ", _AND_IN_NAME)]
        last = match.end()
    return "".join(out) + text[last:]


def _restore_and(name: str) -> str:
    return name.replace(_AND_IN_NAME, " and ")


def area_items(text: str) -> list[str]:
    """The names of an areas-of-operation line, as a small grammar reads it: a heading before
    the colon, then items separated by commas, semicolons and 'and', where an item may carry
    a parenthesised list of its parts ('Spain (Basque Country, Navarre)'), a list may share one
    plural designator ('Borno, Yobe and Adamawa States' is three states) and filler words
    ('especially', 'the border regions of') are not part of a name."""
    return [item.name for item in area_items_within(text) if item.unstated is None]


_ITEM_SEPARATORS = frozenset({":", ";", ",", "and", "", "—", "–", "|"})
# the header row of an areas table turned into lines: only the names of its columns
_TABLE_HEADER = re.compile(
    r"\s*(?:(?:Countr(?:y|ies)|Regions?|Provinces?|States?|Cities|City|Towns?|Areas?|"
    r"Districts?|Notes?|Period|Years?|Since|Presence|Activity)\s*\|\s*)+"
    r"(?:Countr(?:y|ies)|Regions?|Provinces?|States?|Cities|City|Towns?|Areas?|Districts?|"
    r"Notes?|Period|Years?|Since|Presence|Activity)\s*"
)
_BORDER_QUALIFIER = re.compile(
    r"\s+(?:on|along|near|close\s+to|at)\s+the\s+(?:[\w’'\-]+\s+){1,3}borders?$"
)


class AreaItem(NamedTuple):
    """One item of an areas line: its name; the item whose brackets it is written in
    ('Spain (Basque Country)'); the heading its clause is written under ('India: Assam,
    Sonitpur district; camps in Bhutan': Assam and Sonitpur district, not Bhutan)."""

    name: str
    owner: str | None
    heading: str | None
    # why the item states nothing though it names a place ("to a lesser extent than in the
    # Sahel", "banned in the United Kingdom"), for the review; None for an item to read
    unstated: str | None = None
    # the place a site's brackets say it lies in ("Dadaab refugee camp (Garissa County)")
    lies_in: str | None = None


# the section's own label written as the line's heading: 'Location/Area of Operation:',
# 'Main areas of activity:', 'Bases:'
_SECTION_LABEL = re.compile(
    r"(?i)(?:(?:main\s+|principal\s+)?(?:locations?|areas?|zones?|theatres?|bases?|presence)"
    r"(?:\s+of\s+(?:operations?|activity|activities))?\s*/?\s*)+"
)
# "Links to Mindanao and Sulu through the ASG.", "Ties with cells in Kenya.": a sentence that
# opens with a relation names where the group's partners are, not where it operates
_RELATION_SENTENCE = re.compile(
    r"(?:^[ \t\-•*]*|(?<=[.;])\s+)(?:(?:Close|Loose|Reported|Alleged)\s+)?(?i:links|ties|"
    r"connections|contacts|relations|cooperation|alliances?|affiliations?)\s+(?:to|with)\b"
    r"[^.;\n]*[.;]?",
    re.M,  # a line of its own ("- Links to …") opens a sentence too
)
# 'India:', '- Syria:': a heading of one name at the start of a line, before its colon
_HEADING = re.compile(r"^[\s\-•*]*(?P<name>[^:;,()|\n]+?)\s*:")


def area_items_within(text: str) -> list[AreaItem]:
    """`area_items` with, for each item written inside brackets, the item the brackets belong
    to: 'Spain (Basque Country, Navarre)' → (Spain, None), (Basque Country, Spain), (Navarre,
    Spain). What the text puts inside a country lies in that country. An item of the first
    clause after a heading of one name ('Somalia: the Bari region, Cal Miskaad mountains;
    cells in Kenya') carries that heading: up to the first semicolon the heading holds it."""
    # an infobox ("Name: …", "Founded: …", "Area of operations: …"): its areas field alone
    text = infobox_areas(text)[0]
    text = _protect_and(national_designators(shared_wholes(shared_designators(
        distribute_designators(split_inclusions(FOOTNOTE_MARKS.sub("", text.strip()).rstrip(".")))
    ))))
    found: list[AreaItem] = []
    owner: str | None = None
    last: str | None = None
    heading: str | None = None
    depth = 0
    skip = False  # inside the brackets of a site, already read as where it lies
    # "Corsica — Ajaccio, Bastia — and the mainland": a spaced dash sets off items too
    # a table's header row ("Country | Region | Cities") names no place; its cells do
    text = "\n".join(line for line in text.split("\n") if not _TABLE_HEADER.fullmatch(line))
    # "- Base area: …", "Rear bases and leadership hideouts: …": a line's label names no place
    text = LINE_LABEL.sub("", text)
    # "… in most of Colombia's departments. Its strongholds lay in …": a prose paragraph's
    # sentences are items apart ("St. Louis" and "U.S." keep their full stops)
    text = _RELATION_SENTENCE.sub(" ", text).strip().rstrip(".")
    pieces = re.split(r"([:;,()|]|\band\b|\n|\s[—–]\s|(?:(?<=[a-z]{2})|(?<=\)))\.\s+(?=[A-Z]))",
                      text)
    for index, piece in enumerate(pieces):
        if depth == 0 and (piece in (";", "\n") or piece.strip() == "."):
            heading = None  # the heading's clause ends here, as does its sentence
        if piece == "(" and not skip:
            depth += 1
            if depth == 1:
                # "Kokrajhar, Chirang and Baksa districts (the Bodoland Territorial Areas)":
                # brackets after a list of units name the list, not a part of its last unit
                owner = None if _ends_a_list_of_units(found, last) else last
                inner = re.match(r"([^()]*)\)", "".join(pieces[index + 1 :]))
                if (owner is not None and found and found[-1].name == owner
                        and found[-1].owner is None and names_a_site(owner)
                        and inner is not None and not re.search(r"[,;]|\band\b", inner[1])):
                    # "Dadaab refugee camp (Garissa County)": where the site lies, not an
                    # area of its own; the site is stated inside it
                    found[-1] = found[-1]._replace(lies_in=inner[1].strip())
                    found.append(AreaItem(inner[1].strip(), owner, heading,
                                          "names where the site before it lies"))
                    owner = None
                    skip = True
            continue
        if skip:
            if piece == ")":
                depth = max(0, depth - 1)
                skip = False
            continue
        if piece == ")":
            depth = max(0, depth - 1)
            owner = None if depth == 0 else owner
            continue
        if names_only_a_border(piece):
            # "along the Libyan frontier": locates the items beside it, names no area
            found.append(AreaItem(piece.strip(), None, None,
                                  "only locates the items beside it by a border"))
            continue
        if names_a_comparison(piece) or names_no_presence(piece):
            # "to a lesser extent than in the Sahel", "banned in the United Kingdom": a place
            # only compared with, or named for a ban, a diaspora or a rival
            why = ("names a place only to compare with it" if names_a_comparison(piece) else
                   "names a place for a ban, a listing, a diaspora, a rival, a source or a "
                   "sponsor, not for the group's presence")
            found.append(AreaItem(piece.strip(), None, None, why))
            continue
        bare = BULLET.sub("", piece.strip())  # "- Nepal": the bullet is no part of the name
        name = _AREA_FILLER_AFTER.sub("", _AREA_FILLER.sub("", bare).strip())
        # "the Qalamoun mountains on the Lebanese border": the border only locates it
        name = _restore_and(_BORDER_QUALIFIER.sub("", place_of_clause(name)).strip())
        if is_where_clause(piece):
            # "Syria, where its fighters have been deployed around Damascus": read whole, by
            # whom it names and inside the place it follows (extract_areas)
            name = _restore_and(piece.strip())
        if not name or piece.strip() in _ITEM_SEPARATORS or piece.strip() == "." or (
            _AREA_HEDGE.fullmatch(name)
        ):
            continue
        if depth == 0 and index + 1 < len(pieces) and pieces[index + 1] == ":" and (
            index == 0 or pieces[index - 1] == "\n"
        ) and _HEADING.match(piece + ":"):
            if not _SECTION_LABEL.fullmatch(name):  # "Location/Area of Operation:" names none
                found.append(AreaItem(name, None, None))
            heading = name  # "India: …": the items up to the first semicolon lie in it
            last = name
            continue
        found.append(AreaItem(name, owner if depth else None, heading))
        if depth == 0:
            last = name
    return found


# words of the longest place's name an areas line is expected to hold as text ("Bodoland
# Territorial Areas", "the tribal belt across the Durand Line"); a longer item is a clause
_LONGEST_AREA_NAME = 8
_UNIT_WORDS = frozenset({
    "district", "township", "county", "province", "governorate", "state", "region",
    "department", "prefecture", "territory", "municipality", "oblast", "tehsil", "division",
})  # fmt: skip


def _ends_a_list_of_units(found: list[AreaItem], last: str | None) -> bool:
    """Whether the last two items outside brackets are units of one kind ('Swat District',
    'Dir District') and the last of them is the item just read: brackets written after them
    name the list as a whole."""
    outside = [item.name for item in found if item.owner is None]
    if len(outside) < 2 or outside[-1] != last:
        return False
    kinds = {name.split()[-1].lower() for name in outside[-2:]}
    return len(kinds) == 1 and kinds <= _UNIT_WORDS


def extract_areas(ctx: IngestContext, section: Section) -> None:
    """'The Sahara and Sahel: Niger, Mauritania, Northern Mali.' → five places. Every item is a
    gazetteer place (continent, region, country, subdivision, town) or, where the gazetteer
    lacks it, a part of the place the text puts it in ('Lebanon (Southern Lebanon)', 'Northern
    Iraq', 'Indian-administered Kashmir') with a note; only what nothing locates stays text."""
    if ctx.subject is None:
        return
    text = section.body.strip().rstrip(".")
    position = 0
    resolved: dict[str, URIRef] = {}
    text, other_fields = infobox_areas(text)  # blanked in place: lines stay where they were
    for field in other_fields:
        ctx.problem(section, section.line_of(field.offset), f"infobox field {field.label!r} is "
                    "not the areas field (where the group was founded, who leads it, its "
                    "status …): nothing read from it", Severity.NOTE)
    items = area_items_within(text)
    runs = _coordinated_runs(text, [item.name for item in items if item.unstated is None])
    previous: list[URIRef] = []  # what the last item outside brackets stated
    for piece, owner, heading, unstated, lies_in in items:
        offset = text.find(piece, position)
        position = max(position, offset + len(piece)) if offset >= 0 else position
        name = piece.strip()
        if not name:
            continue
        line = section.line_of(max(0, offset))
        if unstated is not None:
            ctx.problem(section, line, f"area item {name!r} {unstated}: nothing stated",
                        Severity.NOTE)
            continue
        within = resolved.get(owner) if owner else None
        scope = within  # a part the profile names ("Southern Philippines") holds its country's
        while scope is not None and scope in ctx.minted:
            scope = next(iter(sorted(ctx.index.located_in.get(scope, ()))), None)
        if names_only_an_aim(name):
            ctx.problem(section, line, f"area item {name!r} only names an aim or a threat of "
                        "the group, not where it operates: nothing stated", Severity.NOTE)
            continue
        if names_another_name(name):
            ctx.problem(section, line, f"area item {name!r} gives another name of the item it "
                        "is written after, not another place: nothing stated", Severity.NOTE)
            continue
        if is_where_clause(name):
            told = _where_clause_places(ctx, section, line, name, within, previous)
            for place in told:
                ctx.add(section, ctx.subject, KG.areaOfOperation, place)
                ctx.extracted(section, f"area of operation {ctx.short(place)} ({name!r})")
            continue
        if _only_locates(ctx, name, previous):
            ctx.problem(section, line, f"area item {name!r} only locates the item before it "
                        "in the country that holds it: nothing more stated", Severity.NOTE)
            continue
        told = _named_area_or_site(ctx, section, line, name, lies_in, scope or _heading_country(
            ctx, resolved.get(heading) if heading else None))
        if told is not None:
            for place in told:
                ctx.add(section, ctx.subject, KG.areaOfOperation, place)
                ctx.extracted(section, f"area of operation {ctx.short(place)} ({name!r})")
            if owner is None:
                previous = list(told)
            if told:
                resolved[name] = told[0]
            continue
        found = _country_by_its_side(ctx, name, ctx.find_places(name, demonyms=False,
                                                                within=scope))
        if not (found.places or found.parts or found.regions):
            found = _unit_written_before(ctx, section, name, scope, found)
        found = _city_of_metropolitan_area(
            ctx, section, line, name, found,
            scope or _heading_country(ctx, resolved.get(heading) if heading else None)
            or _one_country(ctx, resolved.values()),
        )
        country = _heading_country(ctx, resolved.get(heading) if heading else None)
        if within is None and country is not None:
            found, within = _under_heading(ctx, section, line, name, found, country)
            if within is not None and (
                any(item.owner == piece for item in items) or not re.search(r"\w{3}", name)
            ):
                # a part minted for "Java (Jakarta, West Java)" would be the scope of its
                # brackets and take "West Java" from ISO's ID-JB; "D.C." is no name of its own
                within = None
        areas: list[URIRef] = list(found.places)
        if len(areas) == 1:
            areas = [_province_not_its_capital(ctx, name, areas[0], runs.get(piece, []))]
        for choice in found.choices:  # "Tripoli": Libya's or Lebanon's, and why
            ctx.problem(section, line, f"area of operation {choice}", Severity.NOTE)
        for written, whole in found.parts:
            if written in found.regions:
                # "South Asia" when data/places.ttl lacks it: never the continent
                ctx.add(section, ctx.subject, SCHEMA.areaServed, Literal(written))
                ctx.problem(
                    section, line,
                    f"area {written!r} is a region of {ctx.short(whole)} the gazetteer lacks; "
                    "kept as text (schema:areaServed), never the whole continent",
                    Severity.NOTE,
                )
                continue
            areas.append(_part_area(ctx, section, line, written, whole))
        district = None if areas or found.regions else _district(ctx, name, within)
        if district is not None:  # "Beni territory": the district, not its chief town
            areas.append(_part_area(ctx, section, line, district[0], district[1]))
        if not areas and not found.regions and names_no_place(name):
            ctx.problem(
                section, line,
                f"area item {name!r} names no place (no proper name in it): nothing stated",
                Severity.NOTE,
            )
            continue
        if not areas and not found.regions and is_a_clause(name):
            # "Since 2011", "(Papadopoulos 2019)", "through <an allied group>": neither a part
            # of the place it is written in nor a text of its own
            ctx.problem(section, line, f"area item {name!r} is a clause or a date, not a "
                        "place's name, and names no known place: nothing stated", Severity.NOTE)
            continue
        if not areas and not found.regions:
            whole = within if within is not None else _side_whole(ctx, name)
            whole = whole if whole is not None else _demonym_whole(ctx, name)
            if whole is not None:
                # "Spain (Basque Country)", "Indian-administered Kashmir": a part of it
                areas.append(_part_area(ctx, section, line, name, whole))
        if len(areas) == 1 and not found.choices:
            _answers_to_its_written_name(ctx, section, name, areas[0])
        for place in areas:
            ctx.add(section, ctx.subject, KG.areaOfOperation, place)
            ctx.extracted(section, f"area of operation {ctx.short(place)} ({name!r})")
        if owner is None:
            previous = list(areas)
        if areas:
            resolved[name] = areas[0]
        elif not found.regions and len(name.split()) > _LONGEST_AREA_NAME:
            # a clause of prose that names nothing the gazetteer has is no place's name
            ctx.problem(section, line, f"area item {name!r} is a clause, not a place's name, "
                        "and names no known place: nothing stated", Severity.NOTE)
        elif not found.regions:
            ctx.add(section, ctx.subject, SCHEMA.areaServed, Literal(name))
            ctx.problem(
                section, line,
                f"area {name!r} is not in the gazetteer (kg.gazetteer or data/places.ttl); "
                "kept as text (schema:areaServed)",
            )


def _answers_to_its_written_name(
    ctx: IngestContext, section: Section, written: str, place: URIRef
) -> None:
    """'al-Anbar province' stated as IQ-AN, which the gazetteer labels 'Al Anbār'; 'Batken
    Province' as KG-B ('Batken'): the unit answers to the text's wording too (skos:altLabel in
    the profile's graph, as 'the State of Mexico' does), so that an analyst finds it by the name
    the profile gives it. Only for a first-level unit written as its own name and a first-level
    designator, whose own name shares a word with a name the index knows it by; never a town, a
    part, a district (whose province may have been found in its stead) or a country."""
    before = _FIRST_LEVEL_DESIGNATOR_BEFORE.match(written)
    bare = before["name"] if before is not None else (
        unit_name(written) if _FIRST_LEVEL_DESIGNATOR.search(written) else None
    )
    if bare is None or ctx._kind_of(place) != "subdivision":
        return
    words = {w for w in normalise_name(bare).split() if len(w) >= 4}
    known = {w for n in ctx.index.names_of.get(place, set()) for w in n.split()}
    if not words & known:
        return
    ctx.add(section, place, SKOS.altLabel, Literal(re.sub(r"^the\s+", "", written), lang="en"))


_FIRST_LEVEL_DESIGNATOR = re.compile(
    r"(?i)\s(?:province|governorate|state|region|prefecture|department|oblast|republic)$"
)
# 'the Republic of Dagestan', 'the Province of Alicante': the designator written first
_FIRST_LEVEL_DESIGNATOR_BEFORE = re.compile(
    r"^(?:the\s+)?(?i:province|governorate|state|region|prefecture|department|oblast|republic)"
    r"\s+of\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][^,;()]*)$"
)


_COMPASS_FIRST = re.compile(r"^(?:the\s+)?(?:North|South|East|West|Central|Upper|Lower)\s+\S")


def _country_by_its_side(ctx: IngestContext, name: str, found: PlaceFinding) -> PlaceFinding:
    """'West Germany', 'South Yemen', 'East Germany': a compass word before a country, where
    the words are no name of that country ('East Timor', 'South Sudan', 'North Korea' are), is
    a part of it, never the whole country in its stead."""
    if (len(found.places) != 1 or found.choices or not _COMPASS_FIRST.match(name)
            or ctx._kind_of(found.places[0]) != "country"):
        return found
    country = found.places[0]
    written = re.sub(r"^the\s+", "", name)
    if ctx.index.has_name(country, written):
        return found
    return PlaceFinding(parts=[(written, country)])


def _named_area_or_site(
    ctx: IngestContext, section: Section, line: int, name: str, lies_in: str | None,
    scope: URIRef | None,
) -> list[URIRef] | None:
    """'the Paletwa area of southern Chin State' → Paletwa area, a part of Chin State (never
    the holder in its stead); 'Dadaab refugee camp (Garissa County)' → the camp inside the
    county its brackets name (never the county as an area). A place of that name the
    gazetteer has inside the holder is the place. None where the item is no such shape, names
    a unit ('the Kurdistan Region of Iraq') or an adjective ('the Kurdish region of Iraq'), or
    the holder is not one known place, so the other readers have it as before."""
    match = NAMED_AREA_OF.match(name) if lies_in is None else None
    bare: str | None
    if match is not None:
        if ctx.index.demonym(match["name"].split()[0]) is not None or re.search(
            r"(?:ish|ese|ian|ic|ean)$", match["name"]
        ) or ctx.find_places(
            f"{match['name']} {match['kind'].capitalize()}", demonyms=False, within=scope
        ).places:
            # "the Kurdish region of Iraq": an adjective names no place of its own (the
            # reverted 88ab6d5's control); "the Kurdistan Region of Iraq" is a unit
            return None
        site, holder = f"{match['name']} {match['kind']}", match["holder"]
        # "the Wollega zones": no one name to answer to
        bare = match["name"] if not match["kind"].lower().endswith("s") else None
    elif lies_in is not None:
        site, holder = name, lies_in
        camp = re.match(r"^(?P<bare>.+?)\s+(?:(?P<adj>[A-ZÀ-ÖØ-Þ][\w\-]+)\s+)?(?:refugee\s+)?"
                        r"camp$", name)
        bare = camp["bare"] if camp is not None and (
            camp["adj"] is None or ctx.index.demonym(camp["adj"]) is not None) else None
    else:
        return None
    found = ctx.find_places(holder, demonyms=False, within=scope)
    if len(found.places) == 1 and not found.choices and not found.parts:
        whole = found.places[0]
    elif not found.places and len(found.parts) == 1:
        whole = found.parts[0][1]  # "southern Chin State": inside Chin State
    else:
        district = _district(ctx, holder, scope) if not found.places else None
        if district is None:
            return None
        whole = district[1]  # "Sidon district": inside what holds the district
    if scope is not None and whole != scope and scope not in ctx.index.ancestors(whole):
        return None  # "Lebanon: … (North Governorate)" is no namesake abroad
    inner = ctx.find_places(bare or site, demonyms=False, within=whole)
    inside = [p for p in inner.places if whole in ctx.index.ancestors(p)]
    if inside and not inner.choices:
        return inside
    part = _part_area(ctx, section, line, site, whole, bare_name=bare is not None)
    if bare is not None and bare != site and not ctx.index.has_name(part, bare):
        ctx.add(section, part, SKOS.altLabel, Literal(bare, lang="en"))
    ctx.problem(section, line, f"area {name!r} is named inside {holder!r}: the holder is not "
                "stated in its stead", Severity.NOTE)
    return [part]


def _where_clause_places(
    ctx: IngestContext, section: Section, line: int, clause: str, within: URIRef | None,
    before: list[URIRef],
) -> list[URIRef]:
    """The places a 'where' clause says the group is in, inside the country it follows ('Syria,
    where its fighters have been deployed around Damascus': Damascus): only a clause whose
    subject is the group and whose verb says it is there, only places inside that country
    (or the countries coordinated before it), and 'around' a town as the town, never 'near'
    one. Anything else states nothing, and the review says why."""
    rest = where_presence(clause)
    countries = [within] if within is not None else before
    if rest is None or not countries or any(ctx._kind_of(p) != "country" for p in countries):
        ctx.problem(section, line, f"area clause {clause!r} does not say the group is "
                    "somewhere inside the country it follows: nothing stated", Severity.NOTE)
        return []
    # "deployed to Mombasa": where the fighters went is where they are
    rest = re.sub(r"^\s*to\s+", " in ", rest)
    found = ctx.find_places(rest, demonyms=False,
                            within=countries[0] if len(countries) == 1 else None)
    named = found.places + [p for _t, p, relation in found.references if relation == "around"]
    inside = [p for p in named if any(c in ctx.index.ancestors(p) for c in countries)]
    if not inside:
        ctx.problem(section, line, f"area clause {clause!r} names no place inside "
                    f"{', '.join(ctx.short(c) for c in countries)}: nothing stated",
                    Severity.NOTE)
    return inside


# "in the continental United States", "in mainland China", "in metropolitan France": which
# part of a country the item before lies in, said only to locate it (from 88ab6d5)
_MAINLAND_LOCATOR = re.compile(
    r"^in\s+(?:the\s+)?(?:continental|mainland|metropolitan)\s+(?P<whole>[A-ZÀ-ÖØ-ÞĀ-ſ].*)$"
)


def _only_locates(ctx: IngestContext, name: str, before: list[URIRef]) -> bool:
    """Whether the item is a mainland locator of the item before it ('the State of
    Connecticut, in the continental United States'): only when the item before stated
    something and every place of it lies in that country ('Guam, in the continental United
    States' is no such item, and the country is stated as before)."""
    match = _MAINLAND_LOCATOR.match(name)
    if match is None or not before:
        return False
    found = ctx.find_places(match["whole"], demonyms=False)
    if len(found.places) != 1 or found.choices or ctx._kind_of(found.places[0]) != "country":
        return False
    country = found.places[0]
    return all(country in ctx.index.ancestors(p) for p in before)


# "the State of Connecticut", "the Department of Ayacucho": a first-level unit named after its
# designator (from 88ab6d5; find_places reads it so only where the name is also a country's)
_UNIT_BEFORE_NAME = re.compile(
    r"^(?:the\s+)?(?P<kind>(?i:state|province|department|region|governorate|district|county|"
    r"prefecture|territory|municipality))\s+of\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][^,;()]*)$"
)


def _unit_written_before(
    ctx: IngestContext, section: Section, name: str, scope: URIRef | None, found: PlaceFinding
) -> PlaceFinding:
    """'the State of Connecticut' → US-CT: looked up as 'Connecticut State', kept only when
    every place so found is a first-level unit; anything else keeps the finding it had."""
    match = _UNIT_BEFORE_NAME.match(name)
    if match is None or any(
        ctx._kind_of(p) == "country"
        for p in ctx.find_places(match["name"], demonyms=False).places
    ):
        # "the State of Mexico" shares its name with a country: kept as it was (text), since
        # the unit stated under ISO's name is counted as the country's namesake
        return found
    again = ctx.find_places(f"{match['name'].strip()} {match['kind'].capitalize()}",
                            demonyms=False, within=scope)
    if again.places and all(ctx._kind_of(p) == "subdivision" for p in again.places):
        for unit in again.places:
            # "the State of Mexico" answers to the text's wording too, not only to ISO's name
            ctx.add(section, unit, SKOS.altLabel,
                    Literal(re.sub(r"^the\s+", "", name), lang="en"))
        return again
    return found


def _one_country(ctx: IngestContext, places: Iterable[URIRef]) -> URIRef | None:
    """The one country among places the line stated so far, None for none or several."""
    countries = {p for p in places if ctx._kind_of(p) == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


def _city_of_metropolitan_area(
    ctx: IngestContext, section: Section, line: int, name: str, found: PlaceFinding,
    where: URIRef | None,
) -> PlaceFinding:
    """'the Osaka metropolitan area' → Osaka, where the gazetteer has no place of the area's
    own name (data/places.ttl's Greater Cairo answers to 'Cairo metropolitan area' and stays):
    the one city of that name inside the place the item lies in (its brackets' owner, the
    line's country heading or the one country the line named), never a namesake abroad; with
    no such place, nothing changes."""
    city = city_of_metropolitan_area(name)
    if city is None or found.places or where is None:
        return found
    town = ctx.find_places(city, demonyms=False, within=where)
    places = [p for p in town.places if ctx._kind_of(p) == "city"]
    if len(places) != 1 or where not in ctx.index.ancestors(places[0]):
        return found
    ctx.problem(section, line, f"area {name!r} is named after the city {ctx.short(places[0])}: "
                "stated as that city (the gazetteer has no place of the area's own name)",
                Severity.NOTE)
    return PlaceFinding(places=places)


def _heading_country(ctx: IngestContext, heading: URIRef | None) -> URIRef | None:
    """The country a heading names ('India: …'); None for a region heading ('The Sahel: …'),
    whose items need not lie inside it, or for no heading."""
    return heading if heading is not None and ctx._kind_of(heading) == "country" else None


def _under_heading(
    ctx: IngestContext, section: Section, line: int, name: str, found: PlaceFinding,
    country: URIRef,
) -> tuple[PlaceFinding, URIRef | None]:
    """An item of a country's heading clause ('India: Assam, Chirang district'): a place inside
    that country, else what the item names elsewhere only when that is a country or a region
    ('Somalia: Mogadishu, Kenya'); a town or a unit of another country is a namesake (Bhutan's
    Chirang), not the item, which is then a part of the heading's country. Returns the finding
    and the place the item lies in where it is to be stated as a part."""
    inside = ctx.find_places(name, demonyms=False, within=country)
    if inside.places or inside.parts or inside.regions:
        return inside, None
    elsewhere = [
        p for p in found.places
        if ctx._kind_of(p) in ("city", "subdivision") and country not in ctx.index.ancestors(p)
    ]
    if not elsewhere:
        return found, (country if not found.places and not found.regions else None)
    ctx.problem(
        section, line,
        f"area {name!r} under the heading {ctx.short(country)} is not "
        f"{', '.join(ctx.short(p) for p in elsewhere)} (a namesake outside it): stated as a "
        "part of the heading's country",
        Severity.NOTE,
    )
    return PlaceFinding(), country


def _district(ctx: IngestContext, name: str, within: URIRef | None) -> tuple[str, URIRef] | None:
    """'Beni territory', 'Kokrajhar District': the district named after its chief town, as a
    part of what holds the town; with a place the item is known to lie in, only a district
    inside it (never a namesake abroad)."""
    unit = unit_name(name)
    written = f"{unit} {name.split()[-1].lower()}" if unit is not None else name
    district = ctx.district_area(written)
    if district is None or within is None:
        return district
    if district[1] == within or within in ctx.index.ancestors(district[1]):
        return district
    return None


def _part_area(
    ctx: IngestContext, section: Section, line: int, written: str, whole: URIRef,
    *, bare_name: bool = True,
) -> URIRef:
    part = ctx.local_place(section, written, whole, f"a part of {ctx.name_of(whole)}", part=True)
    bare = unit_name(written) if bare_name else None  # "the Kurdish region": no name of its own
    if bare is not None and not ctx.index.has_name(part, bare):
        # "Kokrajhar district" is also called Kokrajhar; in the graph only, so that a later
        # "Kokrajhar" of the text stays the town the gazetteer has
        ctx.add(section, part, SKOS.altLabel, Literal(bare, lang="en"))
    ctx.problem(
        section, line,
        f"area {written!r} is a part of {ctx.short(whole)} the gazetteer lacks: stated as "
        f"{ctx.short(part)} inside it",
        Severity.NOTE,
    )
    return part


def _coordinated_runs(text: str, names: list[str]) -> dict[str, list[str]]:
    """For each name, the other names of the bare list it stands in ('Khost, Paktia and
    Paktika'): names joined only by commas and 'and'; any other word, bracket or semicolon
    between two names ends the list."""
    runs: dict[str, list[str]] = {}
    run: list[str] = []
    end = 0
    for name in names:
        start = text.find(name, end)
        if start < 0:
            run = []
            continue
        if run and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[end:start]):
            run = []
        run.append(name)
        for member in run:
            runs[member] = [other for other in run if other != member]
        end = start + len(name)
    return runs


def _province_not_its_capital(
    ctx: IngestContext, name: str, town: URIRef, siblings: list[str]
) -> URIRef:
    """'Khost, Paktia and Paktika': a name a province shares with its chief town, in a bare list
    whose other names are all provinces of the same country, is the province ('Khost
    Province'), not the town; the town stays wherever anything beside it is not a province."""
    key = normalise_name(name)
    country_of: dict[URIRef, set[URIRef]] = ctx.index.located_in
    for holder in sorted(country_of.get(town, ())):
        named_after = any(n.startswith(f"{key} ") for n in ctx.index.names_of.get(holder, ()))
        countries = country_of.get(holder, set())
        if not named_after or not countries:
            continue
        if siblings and all(
            len(places) == 1 and country_of.get(places[0], set()) & countries
            for places in (ctx.find_places(s, demonyms=False).places for s in siblings)
        ):
            return holder
    return town


def _side_whole(ctx: IngestContext, name: str) -> URIRef | None:
    """'west of Niger', 'far north of Togo': the one place the side belongs to, so that the
    side is stated inside it, never the whole country in its stead."""
    match = SIDE_OF.match(name)
    if match is None:
        return None
    found = ctx.find_places(match["whole"], demonyms=False)
    return found.places[0] if len(found.places) == 1 and not found.choices else None


def _demonym_whole(ctx: IngestContext, name: str) -> URIRef | None:
    """'Indian-administered Kashmir', 'French Basque Country': the country its adjective
    names, for an area the gazetteer lacks."""
    first = re.split(r"[\s\-‑–]", name, maxsplit=1)[0]
    if first == name:
        return None
    whole = ctx.index.demonym(first)
    if whole is None and re.match(r"[\-‑–](?:administered|controlled|held|occupied|ruled)\b",
                                  name[len(first) :]):
        # "Pakistan-administered Kashmir": the country named before the hyphen
        whole, _, _ = ctx.index.lookup(first, "place")
    return whole


def extract_leadership(ctx: IngestContext, section: Section) -> None:
    """Tenures, successions, aliases, non-leading roles and persons by the clause grammar of
    `kg.ingest.leaders`. Every sentence is read before any is stated, because a later one may
    complete an earlier tenure ("He was killed in 2012"); the older one-line patterns remain
    for a sentence the grammar reads nothing from."""
    state = LeadershipState()
    readings = [(s, read_sentence(ctx, s.text, state)) for s in ctx.sentences(section)]
    for sentence, reading in readings:
        understood = False
        template = slotted(ctx, sentence.text)
        for pattern in [] if (reading.tenures or reading.declined) else _LEADER_PATTERNS:
            match = pattern.search(template.text)
            if match:
                _leadership(ctx, section, sentence, template.original_span(*match.span("p")),
                            template.original_span(*match.span("rest")))
                understood = True
                break
        if is_legal(sentence):
            understood |= legal_event(ctx, section, sentence) is not None
        understood |= trained_with(ctx, section, sentence) is not None
        understood |= war_event(ctx, section, sentence) is not None
        if reading.anything or reading.declined:
            # a sentence only "like" leadership is reported when no other reader used it
            state_leadership(ctx, section, sentence, reading, report_unread=not understood)
            understood = True
        if not understood:
            ctx.unused(section, sentence)


def _leadership(ctx: IngestContext, section: Section, sentence: Sentence, name: str, rest: str) -> None:  # noqa: E501
    if ctx.subject is None:
        return
    date = first_date(ctx, section, sentence, rest)
    person = ctx.person(section, name, sentence.line)
    if date is None or date.literal is None:
        ctx.problem(
            section, sentence.line,
            f"leader {name!r} found but no start date; a kg:Leadership needs one, so only the "
            "person was recorded",
        )
        return
    subject_local = str(ctx.subject).rsplit("/", 1)[-1]
    node = ctx.index.mint(LEADERSHIP, f"{subject_local}-{str(person).rsplit('/', 1)[-1]}", ctx.minted)  # noqa: E501
    ctx.add(section, ctx.subject, KG.hasLeadership, node)
    ctx.add(section, node, RDF.type, KG.Leadership)
    ctx.add(section, node, KG.ofOrganisation, ctx.subject)
    ctx.add(section, node, KG.leader, person)
    ctx.add(section, node, KG.startDate, date.literal, sentence.line)
    ctx.add(section, node, KG.verbatim, Literal(" ".join(sentence.text.split())))
    ctx.extracted(section, f"leader {ctx.short(person)} since {date.edtf}")


def extract_concepts(
    ctx: IngestContext, section: Section, rules: Rules, prop: URIRef, what: str
) -> None:
    """Keyword concepts on the group, in the order the text names them; sentences that name
    none are reported."""
    if ctx.subject is None:
        return
    for sentence in ctx.sentences(section):
        hits = concepts_in(sentence.text, rules)
        for concept, words in hits:
            ctx.add(section, ctx.subject, prop, concept)
            ctx.extracted(section, f"{what} {concept.rsplit('/', 1)[-1]} (from {words!r})")
        if not hits:
            ctx.unused(section, sentence)


def extract_ideology(ctx: IngestContext, section: Section) -> None:
    if ctx.subject is None:
        return
    for sentence in ctx.sentences(section):
        understood = False
        see = _SEE.match(sentence.text)
        if see:
            names = NameSet([see["name"].strip()])
            other = ctx.group(section, names, sentence.line, describe=False)
            if other is not None and other != ctx.subject:
                ctx.add(section, ctx.subject, RDFS.seeAlso, other)
                ctx.extracted(section, f"see also {ctx.short(other)}")
                understood = True
        for concept, words in concepts_in(sentence.text, IDEOLOGIES):
            ctx.add(section, ctx.subject, KG.ideology, concept)
            ctx.extracted(section, f"ideology {concept.rsplit('/', 1)[-1]} (from {words!r})")
            understood = True
        if not understood:
            ctx.unused(section, sentence)


def extract_goals(ctx: IngestContext, section: Section) -> None:
    extract_concepts(ctx, section, GOALS, KG.goal, "goal")


def extract_enemies(ctx: IngestContext, section: Section) -> None:
    """Declared enemies ranked in the profile's order, re-ranked where the text says one is
    placed above another."""
    if ctx.subject is None:
        return
    order: list[URIRef] = []
    verbatim: dict[URIRef, str] = {}
    for sentence in ctx.sentences(section):
        understood = False
        if _ENEMY.search(sentence.text):
            above = _ABOVE.search(sentence.text)
            named = _enemies_in(ctx, section, sentence)
            if above:
                upper = _enemies_in(ctx, section, sentence, sentence.text[: above.start()])
                lower = _enemies_in(ctx, section, sentence, sentence.text[above.end() :])
                for a in upper:
                    for b in lower:
                        if a in order and b in order and order.index(a) > order.index(b):
                            order.remove(a)
                            order.insert(order.index(b), a)
                            verbatim[a] = sentence.text
                understood = bool(upper and lower)
            else:
                for enemy in named:
                    if enemy not in order:
                        order.append(enemy)
                        verbatim[enemy] = sentence.text
                understood = bool(named)
        if praised_event(ctx, section, sentence) is not None:
            understood = True
        if not understood:
            ctx.unused(section, sentence)
    subject_local = str(ctx.subject).rsplit("/", 1)[-1]
    for rank, enemy in enumerate(order, 1):
        node = ctx.index.mint(ENMITY, f"{subject_local}-{str(enemy).rsplit('/', 1)[-1]}", ctx.minted)  # noqa: E501
        ctx.add(section, ctx.subject, KG.declaredEnemy, node)
        ctx.add(section, node, RDF.type, KG.Enmity)
        ctx.add(section, node, KG.enemy, enemy)
        ctx.add(section, node, KG.rank, Literal(rank))
        ctx.add(section, node, KG.verbatim, Literal(" ".join(verbatim[enemy].split())))
        ctx.extracted(section, f"enemy {rank}: {ctx.short(enemy)}")


def _enemies_in(
    ctx: IngestContext, section: Section, sentence: Sentence, text: str | None = None
) -> list[URIRef]:
    text = sentence.text if text is None else text
    found: list[URIRef] = []
    for mention in ctx.mentions(text):
        best = mention.best()
        if best is None or best == ctx.subject:
            continue
        kinds = ctx.index.kinds.get(best, set())
        if kinds & {"place", "group", "organisation"} and best not in found:
            found.append(best)
    return found


def extract_tactics(ctx: IngestContext, section: Section) -> None:
    """Tactics and the target types the group chooses; a death toll given for a dated attack
    ('in December 2007 … to kill 38 people') is a figure for that attack, from this section."""
    if ctx.subject is None:
        return
    for sentence in ctx.sentences(section):
        understood = False
        for concept, words in concepts_in(sentence.text, TACTICS):
            ctx.add(section, ctx.subject, KG.tactic, concept)
            ctx.extracted(section, f"tactic {concept.rsplit('/', 1)[-1]} (from {words!r})")
            understood = True
        for concept, words in concepts_in(sentence.text, TARGET_TYPES):
            ctx.add(section, ctx.subject, KG.targetType, concept)
            ctx.extracted(section, f"target type {concept.rsplit('/', 1)[-1]} (from {words!r})")
            understood = True
        understood |= cross_section_figure(ctx, section, sentence)
        if not understood:
            ctx.unused(section, sentence)


def cross_section_figure(ctx: IngestContext, section: Section, sentence: Sentence) -> bool:
    """A toll for an attack that a later paragraph retells with its date."""
    figure = killed_in_text(sentence.text)
    if figure is None:
        return False
    try:
        dates = [d for _, _, d in find_dates(sentence.text) if d.precision in ("day", "month")]
    except DateError:
        return False
    matches = [a for a in ctx.attacks if any(a.date.edtf == d.edtf for d in dates)]
    if len(matches) != 1:
        return False
    attack = matches[0].iri
    add_figure(ctx, section, attack, figure, f"{str(attack).rsplit('/', 1)[-1]}-killed-{section.key}")  # noqa: E501
    return True


def extract_last_updated(ctx: IngestContext, section: Section) -> None:
    try:
        when = parse_timestamp(section.body)
    except DateError as error:
        ctx.problem(section, section.start, str(error), Severity.ERROR)
        return
    ctx.add(section, ctx.graph.document, DCTERMS.modified,
            Literal(when.isoformat(), datatype=XSD.dateTime))
    ctx.extracted(section, f"profile last updated {when.isoformat()}")


def extract_funding(ctx: IngestContext, section: Section) -> None:
    extract_concepts(ctx, section, FUNDING, KG.fundingActivity, "funding")


def extract_organisation(ctx: IngestContext, section: Section) -> None:
    extract_concepts(ctx, section, STRUCTURE, KG.structure, "structure")
