"""What an item of an areas line says about the places around it, beyond its own name: the
place it names after 'of' or with a possessive ('the Malakand Division of Pakistan's Khyber
Pakhtunkhwa province', 'the Pacific Northwest of the United States'), the one country a line
is about ('the south-central zone of the country', 'the Shia-majority provinces of the south'),
a clause that tells where inside a country ('Syria, where its fighters have been deployed
around Damascus'), and a locator that only says which country an item lies in ('Connecticut,
in the continental United States').

The line's grammar stays in `kg.ingest.profile_facts.extract_areas`; these judge one item
against what the items before it stated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import URIRef

from kg.ingest.context import IngestContext

_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"
# "the Malakand Division of …", "the Pacific Northwest of …": a named thing, then what holds
# it; a side ("the north of Hama province") is read by the side rules, never here
_HEAD_OF_WHOLE = re.compile(
    rf"^(?:the\s+)?(?P<head>{_CAPITAL}[\w’'\-]*(?:\s+[\w’'\-]+){{0,4}}?)\s+of\s+(?:the\s+)?"
    rf"(?P<whole>{_CAPITAL}.*)$"
)
# a side or a preposition in what comes before 'of': no named thing of the holder
_SIDE_OR_PREPOSITION = re.compile(
    r"(?i)^(?:in|at|on|from|across)\b|\b(?:north|south|east|west|centre|center|central|"
    r"(?:north|south)?(?:east|west)?ern|northern|southern|interior|far)\b"
)
# a place's name alone: capitalised words and the small words inside names
_BARE_NAME = re.compile(
    rf"^{_CAPITAL}[\w’'\-.]*(?:\s+(?:(?:of|the|and|de|del|la|el|al|du|des)\s+)*"
    rf"{_CAPITAL}[\w’'\-.]*)*$"
)
# the designator a named unit ends with ('Malakand Division', 'Swat District')
_UNIT_LAST_WORD = re.compile(
    r"(?i)\s(?:division|province|region|district|county|zone|state|territory|department|"
    r"governorate|prefecture|agency|valley|basin|plateau|highlands)$"
)
# "the State of Connecticut", "the Province of Alicante": the designator before the name
_UNIT_BEFORE_NAME = re.compile(
    r"^(?:the\s+)?(?P<kind>(?i:state|province|department|region|governorate|district|county|"
    rf"prefecture|territory|municipality))\s+of\s+(?P<name>{_CAPITAL}[^,;()]*)$"
)
# "the south-central zone of the country", "the Shia-majority provinces of the south": a part
# named by description, inside the one country the line is about
_PART_OF_THE_COUNTRY = re.compile(
    r"^(?:the\s+)?(?P<part>(?:[\w\-]+\s+){0,3}?(?:zone|part|region|area|provinces|districts|"
    r"regions|areas|parts|governorates|states|departments|counties))\s+of\s+the\s+"
    r"(?P<where>country|(?:far\s+)?(?:north|south)(?:-?(?:east|west))?|east|west|centre|"
    r"center|interior)$",
    re.I,
)
# "where its fighters have been deployed around Damascus since 2013": a clause of the item
# before it, which says where inside that item the group is
_WHERE_CLAUSE = re.compile(r"^where\s+\S", re.I)
# "in the continental United States", "in mainland Spain": a locator of the item before it
_LOCATOR = re.compile(
    rf"^in\s+(?:the\s+)?(?:(?:continental|mainland|metropolitan)\s+)?(?P<whole>{_CAPITAL}.*)$"
)


def countries_of(ctx: IngestContext, places: Iterable[URIRef]) -> set[URIRef]:
    """The countries the places lie in (or are)."""
    found: set[URIRef] = set()
    for place in places:
        for candidate in (place, *ctx.index.ancestors(place)):
            if ctx._kind_of(candidate) == "country":
                found.add(candidate)
    return found


def _one_place(ctx: IngestContext, text: str) -> URIRef | None:
    found = ctx.find_places(text, demonyms=False)
    return found.places[0] if len(found.places) == 1 and not found.choices else None


def _holds(ctx: IngestContext, whole: URIRef, place: URIRef) -> bool:
    return whole in ctx.index.ancestors(place)


def containers_named(ctx: IngestContext, name: str, stated: list[URIRef]) -> list[URIRef]:
    """The place an item names after 'of' as holding what it states, to be stated as well
    ('the Pacific Northwest of the United States': the United States). Only a place that
    does hold every place the item stated, written as a bare name; a name with 'of' inside
    it ('the Gulf of Guinea', 'the Democratic Republic of the Congo') names no holder, nor
    does a side ('the east of the Congo', 'In the north of Burkina Faso operates …') or a
    designator ('the State of Mexico'). A possessive ("Pakistan's North Waziristan") states
    only what it owns: the keys list the country only where the line names it apart."""
    head = _HEAD_OF_WHOLE.match(name)
    if not stated or head is None or unit_written_before(name) is not None:
        return []
    if _SIDE_OR_PREPOSITION.search(head["head"]) or not _BARE_NAME.match(head["whole"]):
        return []
    whole = _one_place(ctx, head["whole"])
    if whole is None or whole in stated or not all(_holds(ctx, whole, p) for p in stated):
        return []
    return [whole]


def unit_of_a_place(ctx: IngestContext, name: str) -> tuple[str, URIRef] | None:
    """'the Malakand Division of Pakistan's Khyber Pakhtunkhwa province' → ('Malakand
    Division', PK-KP): a unit the gazetteer lacks, named with its designator, and the one
    place the text puts it in. None unless both hold."""
    head = _HEAD_OF_WHOLE.match(name)
    if head is None or not _UNIT_LAST_WORD.search(head["head"]):
        return None
    whole = _one_place(ctx, head["whole"])
    return (head["head"], whole) if whole is not None else None


# "the Dir districts", "Bajaur tribal agency", "Masisi Territory": a name and the kind of unit
# it is, singular or plural (a valley or a plateau may cross borders: it stays text)
_NAMED_UNIT = re.compile(
    rf"^(?:the\s+)?{_CAPITAL}[\w’'\-]*(?:\s+{_CAPITAL}[\w’'\-]*){{0,2}}\s+(?i:(?:tribal\s+)?"
    r"(?:district|province|region|county|zone|state|territory|department|governorate|"
    r"prefecture|agency|division|tehsil|township|municipality)"
    r"s?|agencies|counties|territories|municipalities)$"
)
_NOT_A_UNIT_NAME = frozenset({
    "Metropolitan", "Capital", "Federal", "Autonomous", "Special", "National", "Tribal",
    "Administrative", "Northern", "Southern", "Eastern", "Western", "Central",
})  # fmt: skip


def names_a_unit(name: str) -> bool:
    """'the Dir districts', 'Masisi Territory': a proper name with the kind of unit it is.
    'Metropolitan Region' and 'Northern Region' are no names of their own: which region they
    are the gazetteer must say, not a part minted for them."""
    if _NAMED_UNIT.match(name) is None:
        return False
    first = re.sub(r"^the\s+", "", name).split()[0]
    return first not in _NOT_A_UNIT_NAME


def unit_written_before(name: str) -> str | None:
    """'the State of Connecticut' → 'Connecticut State'; None for anything else."""
    match = _UNIT_BEFORE_NAME.match(name)
    if match is None:
        return None
    return f"{match['name'].strip()} {match['kind'].capitalize()}"


def part_of_the_country(name: str) -> str | None:
    """'the south-central zone of the country' → the part's name as written, when the item
    is a part described inside the line's country; None otherwise."""
    match = _PART_OF_THE_COUNTRY.match(name)
    if match is None or re.search(rf"\s{_CAPITAL}", " " + match["part"].split()[-1]):
        return None
    return re.sub(r"^the\s+", "", name)


_TRAILING_PLACE = re.compile(
    rf"\b(?:around|in|at)\s+(?:the\s+)?(?P<place>{_CAPITAL}[\w’'\-]*(?:\s+{_CAPITAL}[\w’'\-]*)"
    r"{0,3})\s*$"
)


def trailing_place(clause: str) -> str | None:
    """'where its bases lay around Miram Shah' → 'Miram Shah': the place a clause ends on."""
    match = _TRAILING_PLACE.search(clause)
    return match["place"] if match is not None else None


def is_where_clause(name: str) -> bool:
    return _WHERE_CLAUSE.match(name) is not None


def places_in_where_clause(
    ctx: IngestContext, clause: str, countries: list[URIRef]
) -> list[URIRef]:
    """The places a 'where' clause names inside the countries it follows."""
    found = ctx.find_places(clause, demonyms=False,
                            within=countries[0] if len(countries) == 1 else None)
    # "deployed around Damascus": around a town is the town, as an areas line's "around
    # Halabja" is (a reference point of an attack, but where a group is)
    named = found.places + [p for _t, p, relation in found.references if relation == "around"]
    return [p for p in named if any(_holds(ctx, country, p) for country in countries)]


def locator_of(ctx: IngestContext, name: str, before: list[URIRef]) -> URIRef | None:
    """'in the continental United States' after 'the State of Connecticut': the country the
    item before it lies in, which the line names only to locate it. None unless the item
    is such a locator and every place the item before stated lies in that country."""
    match = _LOCATOR.match(name)
    if match is None or not before:
        return None
    whole = _one_place(ctx, match["whole"])
    if whole is None or ctx._kind_of(whole) != "country":
        return None
    return whole if all(_holds(ctx, whole, place) for place in before) else None


def unit_for_a_town_abroad(
    ctx: IngestContext, name: str, town: URIRef, siblings: list[str]
) -> URIRef:
    """'Washington, Idaho, Oregon', 'California and Colorado' in an areas line: the
    first-level unit of that name, when every other name of its list can be a unit of the
    same country and the town the resolver chose lies in that country but outside the unit (a
    namesake: California, Maryland; Washington, D.C.). Alone ('Washington, D.C.') the town
    stays; a town inside its namesake unit is its chief town (Durango in Durango), read by the
    rules of a list of provinces instead."""
    from kg.gazetteer import gazetteer

    world = gazetteer()
    chosen = world.place(str(town))
    if chosen is None or chosen.kind != "city" or not siblings:
        return town
    countries = countries_of(ctx, [town])
    units = [
        world.iri(p) for p in world.named(name)
        if p.kind == "subdivision" and countries & countries_of(ctx, [world.iri(p)])
    ]
    if len(units) != 1 or _holds(ctx, units[0], town):
        return town
    def could_be_a_unit(sibling: str) -> bool:
        return any(
            p.kind == "subdivision" and countries_of(ctx, [world.iri(p)]) & countries
            for p in world.named(sibling)
        )

    # every name of the list can be a unit of that country ("New York, Washington and
    # Chicago" is a list of cities: Chicago is no unit)
    return units[0] if all(could_be_a_unit(s) for s in siblings) else town

