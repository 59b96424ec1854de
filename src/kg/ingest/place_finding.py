"""Where an attack happened: the place-finding half of the ingest context.

`find_places` reads the gazetteer places a text names (cues, frames, containers, parts, lists,
landmarks) and `local_place` states a place the gazetteer lacks inside one it has. They lived in
`kg.ingest.context` beside the entity helpers; they are here so that the place rules can be read
(and changed) apart from the graph-writing helpers every reader shares. `IngestContext` takes
them as a mixin, so callers still write `context.find_places(...)`. The patterns it reads a
text with (cues, frames, designators, list shapes) are `kg.ingest.place_patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.gazetteer.index import fold
from kg.gazetteer.rdf import GEONAMES
from kg.ingest.names import slugify
from kg.ingest.place_frames import AIRPORT_AFTER, NON_PLACE_RELATIONS, relation_after
from kg.ingest.place_patterns import (  # the patterns the reader applies (one table of them)
    _ADDRESS_TAIL,
    _ADDRESS_TOWN,
    _AGENT_VERB,
    _AMONG_CUE,
    _AND_CUE,
    _APPOSED_SITE,
    _ATTRIBUTIVE_AFTER_THE,
    _BARE_PLACE,
    _BETWEEN_THEN_UNIT,
    _BORDER_THEN_UNIT,
    _BRACKET_CONTAINER_AFTER,
    _BRANCH_OF_AFTER,
    _BUILDING_NAME,
    _CITY_AIRPORT,
    _CITY_HALL,
    _CITY_PART_AFTER,
    _COMMON_NOUN_AFTER,
    _CONTAINER_AFTER,
    _CONTAINER_OF_NAME_BEFORE,
    _CONTINENTS,
    _COUNTED_BEFORE,
    _DESIGNATOR_AFTER,
    _DESIGNATOR_BEFORE,
    _DESIGNATORS,
    _DIRECTION_ADJECTIVE,
    _DIRECTION_PART_CUE,
    _DIRECTION_WORD,
    _DISTRICT_KINDS,
    _DISTRICT_OF_AFTER,
    _EDGE_APPOSED,
    _FACILITY_AFTER,
    _FACILITY_CITY,
    _FACILITY_IN,
    _GATE_CUE,
    _HELD_AND_CUE,
    _HYPHEN_ADJECTIVE_AFTER,
    _IN_CONTAINER_AFTER,
    _IN_TOWN_AFTER,
    _IN_UNIT_AFTER,
    _LANDED_CUE,
    _LANDFORM_NAMES,
    _LANDFORM_OF,
    _LOCAL_INSTITUTIONS,
    _LONGER_NAME_AFTER,
    _LONGER_NAME_BEFORE,
    _MILITARY,
    _N,
    _NAMED_FACILITY_AFTER,
    _NAMED_SITE,
    _NATIONAL_TOWN_BEFORE,
    _NATIONALITY_NOUNS,
    _NEAR_CUE,
    _NEAR_THEN_UNIT,
    _NETWORK_CUE,
    _NOT_PLACES,
    _ORDINAL_NAME_CUE,
    _ORGANISATION_OF,
    _OWNED_NAME,
    _PART_BEFORE,
    _PARTICLES,
    _PLACE_CUE,
    _PLACE_OF_CUE,
    _PLACE_WORD_BEFORE,
    _POSSESSIVE_AFTER,
    _QUARTER_AFTER,
    _QUARTER_KM,
    _REFERENCE_AFTER,
    _REFERENCE_CUE,
    _REGION_BEFORE,
    _REGION_KINDS,
    _RESOLVED_ONLY_CUE,
    _SEA_COAST_AFTER,
    _SEAT_OF,
    _SHARED_FACILITY,
    _SITE_BEFORE_COMMA,
    _SITE_THEN_CITY,
    _STREET_AFTER,
    _STREET_WORD,
    _SUBURBS_BEFORE,
    _THE_DIRECTION_OF,
    _THROUGH_CUE,
    _TOWN_FACILITY_AFTER,
    _UNDECOMPOSED,
    _VENUE_AFTER,
    _VILLAGE_BEFORE,
    STATION_QUALIFIERS,
    _article_forms,
    _attributive_list_items,
    _cue_group,
    _inside_longer_name,
    _km_apart,
    _list_items,
    _list_spans,
    _qualifies_a_place,
    _reference_relation,
    _verb_list_items,
    names_an_owner,
    national_designators,
    shared_designators,
    shared_wholes,
)
from kg.ingest.resolve import (
    DEMONYMS,
    EntityIndex,
    Mention,
    country_code,
    resolve_place,
)
from kg.namespaces import KG, PLACE

if TYPE_CHECKING:
    from kg.ingest.emit import ProfileGraph
    from kg.ingest.sections import Section


# Words that open a longer place name more often than they stand alone as a town's ("San
# Vicente del Caguán", "Puerto Jordán", "Ras Kamboni"): never a town before a person's name
_NAME_OPENERS = frozenset({
    "San", "Santa", "Santo", "Santos", "São", "Saint", "St", "St.", "Sainte", "Puerto", "Porto",
    "Port", "Fort", "Mount", "Cape", "New", "Old", "El", "La", "Los", "Las", "Le", "Les", "Al",
    "Ban", "Bir", "Ain", "Tel", "Kafr", "Sidi", "Ras", "Wadi", "Jebel", "Djebel", "Ciudad",
    "Villa", "Bandar", "Kota", "Kampung", "Dera", "Mazar", "Nueva", "Nuevo", "Vila",
})

# A direction word alone: the names ISO gives some provinces ("North", Cameroon; "Northern",
# Rwanda), which a text writes for a part of whatever country it is about
_BARE_DIRECTION = re.compile(
    r"(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|East(?:ern)?|West(?:ern)?|Centre|"
    r"Center|Central|Nord|Sud|Est|Ouest)"
)


@dataclass
class PlaceFinding:
    places: list[URIRef] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    by_demonym: bool = False
    # choices among several gazetteer places of one name, with why, for the review
    choices: list[str] = field(default_factory=list)
    # places named only as a reference point ("near the border with Niger": near-border-with,
    # "south of Gao": south-of, "15 km from Gao": distance-from) or in a role that is not where
    # anything happened ("prisoners held in Mauritania": held-in, "According to the U.S. State
    # Department": source): (text, place, relation); never among `places`
    references: list[tuple[str, URIRef, str]] = field(default_factory=list)
    # "Southern Algeria" when the gazetteer has only Algeria: (text as written, the whole)
    parts: list[tuple[str, URIRef]] = field(default_factory=list)
    # "South Asia", "Western Europe": regions of a continent, kept as written and never
    # coarsened to the continent (also among `parts`, with the continent as the whole)
    regions: list[str] = field(default_factory=list)
    # reference points the gazetteer lacks ("near Tessalit"): (text, relation), reported only
    unresolved_references: list[tuple[str, str]] = field(default_factory=list)
    # places the gazetteer lacks that the text locates in one it has: "Chibok, Borno State" →
    # ("Chibok", place:ng-bo, why); the caller states each as a place inside that one
    local: list[tuple[str, URIRef, str]] = field(default_factory=list)
    # what the review should say about a reading ("'Karrada' is a district of Baghdad")
    notes: list[str] = field(default_factory=list)
    # a part named otherwise than its label, as written ("northern Israel" → "the north of
    # Israel"): kept as another name of the part, so the text's own words stay searchable
    written_as: dict[str, str] = field(default_factory=dict)


class PlaceFinder:
    """The place methods of `kg.ingest.context.IngestContext` (a mixin: it reads the context's
    entity index, the countries of the profile's areas and its guarded writes)."""

    index: EntityIndex
    area_countries: set[str]
    named_area_countries: set[str]
    minted: set[URIRef]
    graph: ProfileGraph

    def find_places(
        self, text: str, *, demonyms: bool = True, within: URIRef | None = None
    ) -> PlaceFinding:
        """The gazetteer places a text names, most specific first where one qualifies another
        ('Issers, Algeria' is Issers); adjectives of nationality ('U.S. citizen') are not
        places. With none named, a nationality adjective on a local institution ('Tunisian
        Interior Minister') gives the country. Capitalised names after 'in'/'at' that the
        gazetteer lacks are returned as unresolved, or as `local` places when the text says
        what contains them ('Chibok, Borno State'). A direction word before a place
        ('northern Israel', 'West Beirut') makes a part of it (`parts`), never the whole.
        `within`: the place the text is known to lie in (an area listed inside a country's
        brackets): a name is then resolved only to a place inside it."""
        finding = PlaceFinding()
        possessors: set[URIRef] = set()  # "Kenya’s": a country that owns, not a place
        owned_places: list[tuple[int, int, URIRef]] = []  # "Pakistan’s Swat": Swat
        # "across North and South Kivu": "North Kivu and South Kivu", as in an areas line (a
        # bare "North" is a Rwandan province's name too)
        text = national_designators(shared_wholes(shared_designators(text)))
        mentions = self.mentions(text)
        placed: list[tuple[Mention, URIRef]] = []
        for mention in mentions:
            best = mention.best()
            if best is None or "place" not in self.index.kinds.get(best, set()):
                continue
            if _BARE_DIRECTION.fullmatch(mention.text):
                # "the North", "the East": ISO's names of Cameroon's and Rwanda's provinces,
                # and in any other text a part of a country it does not name
                continue
            designated = _DESIGNATOR_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
            if designated is not None and self._kind_of(best) == "country":
                # "the State of Mexico": the subdivision of that name, never the country
                own = self._subdivision_named(
                    f"{mention.text} {designated['kind'].capitalize()}", self._countries_of(best)
                )
                if own is not None and own != best:
                    placed.append((mention, own))
                    continue
            designator_after = re.match(r"\s+(?P<kind>[Rr]egion|[Ss]tate|[Pp]rovince)\b",
                                        text[mention.end :])
            if designator_after is not None and self._kind_of(best) == "country":
                # "the Somali Region of Ethiopia", "Kurdistan Region": a subdivision whose own
                # name is a country's name or adjective, never that country
                own = self._subdivision_named(
                    f"{mention.text} {designator_after['kind'].capitalize()}", set()
                )
                if own is not None and own != best and self._kind_of(own) == "subdivision":
                    placed.append((mention, own))
                    continue
            if _NATIONALITY_NOUNS.match(text, mention.end) or _AGENT_VERB.match(text, mention.end):
                continue  # "U.S. citizen", "India blamed LeT": not where anything happened
            if self._kind_of(best) == "country" and names_an_owner(
                text, mention.start, mention.end
            ):
                finding.notes.append(
                    f"{mention.text!r} says whose people, forces or institution "
                    "the text names, not where anything happened: no place"
                )
                continue
            if _BRANCH_OF_AFTER.match(text, mention.end):
                continue  # "the Yemen Province of the Islamic State claimed": who, not where
            if _HYPHEN_ADJECTIVE_AFTER.match(text, mention.end):
                continue  # "a Pakistan-based group": not where anything happened
            if (
                _QUARTER_AFTER.match(text, mention.end)
                and mention.start > 0
                and re.search(r"\bthe\s+$", text[max(0, mention.start - 5) : mention.start])
            ):
                continue  # "in Quetta, in the Hazara quarter": a quarter, named with its town
            if _inside_longer_name(text, mention.start, mention.end):
                continue  # "Tehrik-i-Taliban Pakistan", "Chad Smith", "Islamic State of Iraq"
            if self._kind_of(best) is None and any(
                re.fullmatch(r"\s*,\s*", text[site.end() : mention.start])
                for site in _NAMED_SITE.finditer(text)
            ):
                # "the Jhiram valley, Bastar region, Chhattisgarh": a part the profile states
                # (its areas name the Bastar region) written after a named site only says where
                # the site lies; the site is the place, inside the unit the address ends with
                continue
            if _SEA_COAST_AFTER.match(text, mention.end) and not self.index.ancestors(best):
                # "a hotel on the Mediterranean coast", "resorts on the Mediterranean and
                # Aegean coasts": the land along a sea, never the sea (a sea lies in nothing)
                finding.notes.append(
                    f"'{mention.text} coast' is the land along the sea, not the sea: no place"
                )
                continue
            if _LONGER_NAME_BEFORE.search(
                text[max(0, mention.start - 12) : mention.start]
            ) or _LONGER_NAME_AFTER.match(text, mention.end):
                continue  # "Lake Chad", "San Vicente del Caguán": another place's name
            if _NAMED_FACILITY_AFTER.match(text, mention.end) and not self._serves_town(
                best, text, mention.end
            ):
                continue  # "the Sahel Palace hotel": a building named after the place
            if _STREET_WORD.search(mention.text.split()[-1]) and len(mention.text.split()) > 1:
                continue  # "off the Shankill Road in Belfast": a street, the city is the place
            if _STREET_AFTER.match(text, mention.end):
                continue  # "on West 11th Street": the first word of a street's name
            before = text[max(0, mention.start - 120) : mention.start]
            relation = _reference_relation(
                before, text[mention.end : mention.end + 80]
            ) or relation_after(text, mention.end, before)
            if (
                relation == "on-the-edge-of"
                and self._kind_of(best) == "city"
                and not _EDGE_APPOSED.search(before)
            ):
                relation = None  # "on the southern edge of Damascus": in the city
            if relation is not None:
                finding.references.append((text[mention.start : mention.end], best, relation))
                continue
            owner = _POSSESSIVE_AFTER.match(text, mention.end)
            if owner is not None:
                # "Kenya’s intervention", "Pakistan’s Swat valley": the owner of what follows
                # (which names the place, if anything does); "Kenya’s north-east": a part
                possessors.add(best)
                owned = _OWNED_NAME.match(text, owner.end())
                if owner["direction"]:
                    written = f"{text[mention.start : owner.end('direction')]}"
                    finding.parts.append((written, best))
                elif (
                    owned is not None
                    and (owned["designator"] or "").strip() in _DISTRICT_KINDS
                    and (
                        district := self._district_of_town(
                            owned["name"],
                            owned["designator"].strip(),
                            self._countries_of(best),
                            best,
                        )
                    )
                    is not None
                ):
                    # "Kyrgyzstan’s Batken district": the district named after its chief town
                    # (never the town), inside what holds the town
                    finding.parts.append(district)
                elif (
                    owned is not None
                    and not _NOT_PLACES.match(owned["name"])
                    and (owned["name"].split()[-1] in _LANDFORM_NAMES)
                    and self._gazetteer_place(
                        owned["name"], self._countries_of(best), inside=best, whole_name=True
                    )
                    is None
                ):
                    # "Benin’s W National Park": a site the gazetteer lacks, inside the owner
                    finding.local.append(
                        (
                            owned["name"],
                            best,
                            f"the text places it in {text[mention.start : mention.end]!r}",
                        )
                    )
                elif owned is not None and not _NOT_PLACES.match(owned["name"]):
                    # "Pakistan’s Swat valley": the place inside it, else a part of it
                    own = self._gazetteer_place(
                        owned["name"], self._countries_of(best), inside=best
                    )
                    kind = (owned["designator"] or "").strip()
                    unit = (
                        self._subdivision_named(
                            f"{owned['name']} {kind.capitalize()}", self._countries_of(best)
                        )
                        if kind in ("region", "province", "state")
                        else None
                    )
                    if unit is not None and self._inside(unit, best):
                        # "Niger’s Tillabéri region": the region, never its chief town
                        own = (unit, None)
                    if own is not None and own[0] != best:
                        owned_places.append((owned.start("name"), owned.end("name"), own[0]))
                    elif owned["designator"]:  # "Swat valley", never "Kenya’s President"
                        finding.parts.append((owned.group(0).strip(), best))
                continue
            region = _REGION_BEFORE.search(before)
            if (
                region is not None
                and region.end() == len(before)
                and self.index.labels.get(best, {}).get("en") in _CONTINENTS
            ):
                # "South Asia", "Western Europe" when data/places.ttl lacks the region: a
                # region of its own, never the continent
                written = f"{region['part']} {text[mention.start : mention.end]}"
                finding.parts.append((written, best))
                finding.regions.append(written)
                continue
            quarter = _THE_DIRECTION_OF.search(before)
            if quarter is not None and self._kind_of(best) == "city":
                # "in the north of Bogotá": a side of a city is in the city, as "in north
                # Belfast" and "in central Kabul" are (a country's or a province's is a part)
                finding.notes.append(
                    f"'the {quarter['dir'].lower()} of {mention.text}' is a "
                    "side of the city: placed in the city"
                )
                placed.append((mention, best))
                continue
            if quarter is not None and self._divisible(best):
                # "in the south of Kaduna State", "across the north of Mali": a part of it,
                # written as a direction word ("southern Kaduna State"), never the whole
                direction = quarter["dir"].lower()
                written = f"{_DIRECTION_ADJECTIVE.get(direction, direction)} {mention.text}"
                own = self._known_place(written, self._countries_of(best))
                if own is not None and own != best and self._inside(own, best):
                    placed.append((mention, own))  # "the north of Mali": Northern Mali
                else:
                    finding.parts.append((written, best))
                    finding.written_as[written] = " ".join(
                        (quarter.group(0) + mention.text).split()
                    )
                continue
            part = _PART_BEFORE.search(before)
            if part is not None and part.end() == len(before):
                # "Northern Israel": a subdivision of that name if the gazetteer has one, else
                # a part of the country, never the whole country
                written = f"{part['part']} {text[mention.start : mention.end]}"
                if part["part"].lower() in ("central", "downtown", "inner", "outer") and (
                    part["part"].islower() and self._kind_of(best) == "city"
                ):
                    placed.append((mention, best))  # "in central Kabul": the city, as a cue
                    continue  # gives it the first time the text names the city
                own = self._known_place(written, self._countries_of(best))
                if (
                    own is not None
                    and own != best
                    and (self._inside(own, best) or fold(self.name_of(own)) == fold(written))
                ):  # "Northern Ireland" is GB-NIR by its own name, no part of Ireland
                    placed.append((mention, own))
                elif _qualifies_a_place(text, mention.start):
                    # "Ariel, a settlement in the northern West Bank": the part only says
                    # where the place before it lies; that place is the attack's
                    finding.notes.append(f"{written!r} only locates the place before it")
                else:
                    finding.parts.append((written, best))
                continue
            if within is not None and not self._inside(best, within):
                continue  # "Navarre" inside Spain's brackets is not Navarre, Florida
            placed.append((mention, best))
        # "the Northern Province of Sri Lanka": the place of that name inside the country named
        # after it (not Papua New Guinea's), and the country only says where it lies
        of_wholes: set[URIRef] = set()
        for i, (mention, place) in enumerate(placed):
            following = next(
                (
                    (m, p)
                    for m, p in placed[i + 1 :]
                    if re.fullmatch(r"\s+of\s+(?:the\s+)?", text[mention.end : m.start])
                ),
                None,
            )
            if following is None or self._kind_of(following[1]) not in ("country", "subdivision"):
                continue
            whole = following[1]
            if not self._inside(place, whole):
                own = self._gazetteer_place(
                    mention.text, self._countries_of(whole), inside=whole, whole_name=True
                )
                placed[i] = (mention, own[0] if own is not None else whole)
            if placed[i][1] != whole:
                of_wholes.add(whole)
        placed = [(m, p) for m, p in placed if p not in of_wholes]
        kept: list[tuple[Mention, URIRef]] = []
        for mention, place in placed:
            if kept:
                previous_mention, previous = kept[-1]
                between = text[previous_mention.end : mention.start]
                if re.fullmatch(
                    r"\s*,\s*(?:the\s+(?:(?:capital|city|town|region|province)\s+of\s+)?)?", between
                ) and place in self.index.ancestors(previous):
                    continue
            kept.append((mention, place))
        # the countries of every place named, containers included, tell which Tripoli is meant
        sentence_countries: set[str] = set()
        for _, place in kept:
            sentence_countries |= self._countries_of(place)
        for _, whole in finding.parts:
            sentence_countries |= self._countries_of(whole)
        if within is not None:
            sentence_countries |= self._countries_of(within)
        for owner_place in possessors:
            sentence_countries |= self._countries_of(owner_place)
        for _, reference, role in finding.references:  # "near Gulu": somewhere in Uganda
            if role not in NON_PLACE_RELATIONS:  # "fired from Lebanon": says nothing of where
                sentence_countries |= self._countries_of(reference)
        verb_items = _verb_list_items(text)  # resolved only, and no item qualifies another
        list_items = {**_list_items(text), **verb_items}
        list_spans = _list_spans(text)  # start of each name in a list → end of the list
        kept = [
            (mention, place)
            for mention, place in kept
            if mention.start in list_items or not _qualifies_a_place(text, mention.start)
        ]  # "Chibok, Borno State", "Pınarcık, a village of Mardin Province": the container
        for _, place in kept:
            if place not in finding.places:
                finding.places.append(place)
        covered = [(m.start, m.end) for m in mentions]
        resolved: list[tuple[int, int, URIRef]] = list(owned_places)
        # (start, name, strength): 0 a place cue ("in", "at", "city of", a list item), 1 a cue
        # whose name counts only if the gazetteer has it, 2 "of"/"from"/"with", which name a
        # place only after the words of a reference point ("south of", "km from")
        cues: dict[int, tuple[str, int]] = {}

        def cue(start: int, name: str, strength: int) -> None:
            if start not in cues or cues[start][1] > strength:
                cues[start] = (name, strength)

        for match in [
            *_PLACE_CUE.finditer(text),
            *_PLACE_OF_CUE.finditer(text),
            *_NEAR_CUE.finditer(text),
            *_AND_CUE.finditer(text),
        ]:
            group = _cue_group(match)
            cue(match.start(group), match[group], 0)
        for match in _REFERENCE_CUE.finditer(text):
            cue(match.start("name"), match["name"], 2)
        for match in [*_NETWORK_CUE.finditer(text), *_ORDINAL_NAME_CUE.finditer(text)]:
            cue(match.start("name"), match["name"], 1)
        shared_facility: set[int] = {
            match.start("names") + item.start()
            for match in _SHARED_FACILITY.finditer(text)
            for item in re.finditer(r"[^\s,][^,]*?(?=\s*,|\s+and\s+|$)",
                                    # "and" → a comma and two spaces: same offsets
                                    re.sub(r"\band\b", ",  ", match["names"]))
        }
        # "derailed near Jhargram, West Bengal": the unit written after a reference point
        # holds it, and so the attack (as "near Okene, in Kogi State" does)
        reference_units: set[int] = set()
        for match in [
            *_NEAR_THEN_UNIT.finditer(text),
            *_BORDER_THEN_UNIT.finditer(text),
            *_BETWEEN_THEN_UNIT.finditer(text),
        ]:
            cue(match.start("name"), match["name"], 1)
            reference_units.add(match.start("name"))
        direction_parts: dict[int, str] = {}  # "in northern Hama": start → "northern"
        for match in _DIRECTION_PART_CUE.finditer(text):
            if match["name"].split()[0] not in _PARTICLES:
                cue(match.start("name"), match["name"], 1)
                direction_parts[match.start("name")] = match["dir"]
        attributive: set[int] = set()  # "a Madrid street": the name before a common noun
        city_owned: set[int] = set()  # "near Belfast’s docks": a city owning what is near
        city_sides: set[int] = set()  # "the north Belfast home": a side of a city, the city
        for match in _RESOLVED_ONLY_CUE.finditer(text):
            group = next(
                g
                for g in (
                    "name",
                    "attributive",
                    "served",
                    "owner_of",
                    "city_owner",
                    "city_side",
                    "side_of",
                    "venue_of",
                )
                if match[g] is not None
            )
            cue(match.start(group), match[group], 1)
            if group in ("attributive", "served"):
                attributive.add(match.start(group))
            if group == "city_owner":
                city_owned.add(match.start(group))
            if group in ("city_side", "side_of", "venue_of"):
                city_sides.add(match.start(group))
        apposed_sites = {m.start("name") for m in _APPOSED_SITE.finditer(text)}
        for match in _APPOSED_SITE.finditer(text):
            cue(match.start("name"), match["name"], 0)
        for match in _HELD_AND_CUE.finditer(text):
            cue(match.start("name"), match["name"], 1)
        for match in _SEAT_OF.finditer(text):
            group = "seat" if match["seat"] is not None else "owned_seat"
            cue(match.start(group), match[group], 1)
            attributive.add(match.start(group))
        for start, name in list_items.items():
            cue(start, name, 1 if start in verb_items else 0)
        site_cities: set[int] = set()  # "the Marriott Hotel, Islamabad": a city, when it is one
        for match in _SITE_THEN_CITY.finditer(text):
            cue(match.start("name"), match["name"], 1)
            site_cities.add(match.start("name"))
        for match in [
            *_LANDED_CUE.finditer(text), *_THROUGH_CUE.finditer(text), *_GATE_CUE.finditer(text)
        ]:
            group = "hijack" if match.re is _LANDED_CUE and match["hijack"] else "name"
            cue(match.start(group), match[group], 1)
        among_kinds: dict[int, str] = {}  # "in several provinces, among them X": Province
        for match in _AMONG_CUE.finditer(text):
            kind = re.search(
                r"\b(?P<kind>" + "|".join(_REGION_KINDS) + r")s?\b[^.;]{0,25}$",
                text[max(0, match.start() - 40) : match.start()],
            )
            for group in ("name", "second"):
                if match[group]:
                    cue(match.start(group), match[group], 1)
                    if kind is not None:
                        among_kinds[match.start(group)] = kind["kind"].capitalize()
        unresolved_starts: dict[int, str] = {}  # where each name the gazetteer lacks stands
        local_starts: dict[int, tuple[str, URIRef]] = {}  # … and each one the text locates
        address_towns: set[int] = set()  # "the Pentagon, Arlington, Virginia": Arlington
        for match in _ADDRESS_TOWN.finditer(text):
            cue(match.start("name"), match["name"], 1)
            address_towns.add(match.start("name"))
        sites = {m.start("name"): m for m in _NAMED_SITE.finditer(text)}
        landform_owners = {
            m.start(g) for m in _LANDFORM_OF.finditer(text) for g in ("name", "second") if m[g]
        }
        for start, match in sites.items():
            cue(start, match["name"], 1)
        # the countries of the sentence's reference points too ("Abok, 20 km east of Gulu":
        # somewhere in Uganda), before any name is resolved
        for start, (name, _) in sorted(cues.items()):
            role = _reference_relation(
                text[max(0, start - 120) : start], text[start + len(name) : start + len(name) + 80]
            )
            if role is not None and role not in NON_PLACE_RELATIONS:
                reference = self._known_place(name, sentence_countries)
                if reference is not None:
                    sentence_countries |= self._countries_of(reference)
        self._join_and_names(text, cues)
        qualifying: set[URIRef] = set()  # wholes named only to say where a place lies
        person_ends: set[int] = set()  # where a person's name written after a town ends
        attributive_items = _attributive_list_items(text)
        for start, (name, strength) in sorted(cues.items()):
            if start in attributive_items:
                finding.notes.append(
                    f"{name!r} is one of a list of names that qualify the "
                    "noun after them, not a place"
                )
                continue
            if (
                name.startswith("The ")
                and len(name.split()) > 1
                and not any(a <= start < b for a, b in covered)
                and not _NOT_PLACES.match(name[4:])
                and self._gazetteer_place(name, sentence_countries, whole_name=True)
            ):
                strength = max(strength, 1)  # "in The Hague": a name that has its article
            elif any(a <= start < b for a, b in covered) or _NOT_PLACES.match(name):
                continue
            if name.lower() in _REGION_KINDS:
                continue  # "the State of Borno": the generic word, read with the name after it
            if any(re.fullmatch(r"\s+and\s+", text[e:start]) for e in person_ends if e < start):
                continue  # "in Bayonne José Antonio Lasa and José Ignacio Zabala": a person
            if _BARE_DIRECTION.fullmatch(name):
                continue  # "across the North": a part of a country the text does not name
            if re.search(r"\s(?:Day|Eve)$", name):
                continue  # "the Independence Day parade": a holiday, not a place
            if _STREET_AFTER.match(text, start + len(name)):
                continue  # "on West 11th Street": the first word of a street's name
            possessive = re.match(r"(?P<owner>[^\s’']+)[’']s(?:\s|$)", name)
            airport_town = (
                self._airport_town(possessive["owner"], text, start + possessive.end())
                if possessive is not None and start not in apposed_sites
                else None
            )
            if airport_town is not None:
                # "Tokyo's Narita airport", "Moscow's Domodedovo airport": the airport lies in
                # the town it is named after; the city that owns it only locates it
                town_name, town_iri, owner_iri = airport_town
                finding.references.append((possessive["owner"], owner_iri, "airport-of"))
                left = _reference_relation(text[max(0, start - 120) : start])
                if left is not None:
                    # "airliners that had left Moscow's Domodedovo airport": the airport is
                    # where the craft came from, as a town after the same words would be
                    finding.references.append((town_name, town_iri, left))
                    continue
                finding.notes.append(
                    f"{town_name!r} names the town the airport of {possessive['owner']!r} lies "
                    f"in: placed there, {possessive['owner']!r} only locates it"
                )
                resolved.append((start, start + len(name), town_iri))
                continue
            if possessive is not None and start not in apposed_sites:
                # "Lagos’s Murtala Muhammed airport", "Karachi’s port": in the city that owns it
                # (a country that owns is read with the mentions above)
                name = possessive["owner"]
            relation = _reference_relation(
                text[max(0, start - 120) : start], text[start + len(name) : start + len(name) + 80]
            ) or relation_after(text, start + len(name), text[max(0, start - 120) : start])
            if relation == "route" and AIRPORT_AFTER.match(text, start + len(name)):
                relation = None  # "on the road from Addis Ababa airport": in Addis Ababa
            inside_its_city = relation in ("near", "around") and (
                start in city_owned or _CITY_HALL.fullmatch(name) is not None
            )
            if inside_its_city:
                # "near Belfast’s docks", "near Leeds Town Hall": the reference point is a part
                # or a building of the city, so the city is where (if the name is a city)
                relation = None
            of_in_unit = (
                strength == 2
                and re.search(r"\bof\s+(?:the\s+)?$", text[max(0, start - 8) : start]) is not None
                and _IN_UNIT_AFTER.match(text, start + len(name)) is not None
                # only a name the gazetteer lacks: "the Emir of Kano, in the state of Kano" is
                # a title, and a known town after "of" is too often an owner
                and self._known_place(name, sentence_countries) is None
            )
            if of_in_unit and relation is None:
                # "the army post of Nassoumbou, in the province of Soum": the text names the
                # unit that holds the name after "of", so it is where the site is
                strength = 1
            if strength == 2 and relation is None:
                continue  # "of"/"from"/"with" alone do not name a place
            # an acronym ("the KDP offices") names a place only when the gazetteer has it
            resolved_only = strength == 1 or bool(re.fullmatch(r"[A-Z]{2,6}", name))
            if _ATTRIBUTIVE_AFTER_THE.search(text[max(0, start - 6) : start]) and (
                _COMMON_NOUN_AFTER.match(text, start + len(name))
            ):
                # "in the Kyrgyz mountains", "at the Japanese ambassador’s residence", "in the
                # Maxim restaurant": a word before a common noun qualifies it; a place only if
                # the gazetteer has it ("in the Swat valley")
                resolved_only = True
            if (
                re.match(r"\d", name) and not _ORDINAL_NAME_CUE.match(f"in {name}")
            ) or name in finding.unresolved:
                continue  # a figure, never a name; but "6th of October City" is a town's
            if _VENUE_AFTER.match(text, start + len(name)):
                continue  # "in Le Jardin, a nightclub in Abidjan": a venue's name, no place
            if _QUARTER_AFTER.match(text, start + len(name)):
                # "in Quetta, in the Hazara quarter": a quarter of the city named with it
                finding.notes.append(f"{name!r} is a quarter or area of a town, not a place")
                continue
            if re.match(r"\s+of\s+[A-Z]", text[start + len(name) :]) and _ORGANISATION_OF.search(
                name + " of "
            ):
                continue  # "united in the Army of Conquest": an organisation's name
            if (
                self.index.demonym(name.split()[0]) is not None or name.split()[0] in DEMONYMS
            ) and not self._named_unit(name):
                # "in the Algerian city of Batna": the city comes with "city of" ("in British
                # Columbia", "in French Guiana": a unit whose own name starts with one is one)
                continue
            if any(start == b for b, _, _ in resolved):
                continue
            context = set(sentence_countries)
            for _, _, earlier in resolved:  # "the city of Idlib and then Jisr al-Shughur"
                context |= self._countries_of(earlier)
            for word in re.findall(r"\b([A-Z][a-zé]+)\s+(?:city|town|village|capital)\b", text):
                country = self.index.demonym(word)
                if country is not None:
                    context |= self._countries_of(country)
            end = start + len(name)
            # "Kora, Kenya", and "Kora, in north-eastern Kenya": what the text writes beside it
            qualifier = re.match(
                r",\s+(?:in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:-?(?:east|west))?"
                r"(?:ern)?\s+)?)?(?P<q>" + _N + r")",
                text[end:],
            )
            beside = self._known_place(qualifier["q"], context) if qualifier is not None else None
            if (
                beside is not None
                and self._kind_of(beside) != "country"
                and not self._countries_of(beside) & (context | self.area_countries)
            ):
                beside = None  # "Tansen, in Palpa district" (Nepal) says nothing of Palpa, Peru
            if beside is not None:
                # "Hamra, Beirut": the name is looked up in Lebanon, never a place elsewhere
                # that has it among its other names
                context |= self._countries_of(beside)
            if _STREET_WORD.match(name.split()[0]) and len(name.split()) > 1:
                # "at Plaza Miranda, in Manila", "in Via Fani, Rome": a street or square, never
                # a place of its own; the city the text puts it in is the place
                street_in = self._container_after(text, start + len(name), context)
                if street_in is not None and relation is None:
                    finding.notes.append(
                        f"{name!r} is a street or square; {street_in[1]}: placed there"
                    )
                    resolved.append((start, start + len(name), street_in[0]))
                continue
            station = re.fullmatch(
                rf"(?P<town>.+?)\s+(?:{STATION_QUALIFIERS}|Metro|Underground|Subway)",
                name,
            )
            town = self._known_place(station["town"], context) if station is not None else None
            if (
                station is not None
                and relation is None
                and self._serves_town(town, name + text[end:], len(station["town"]))
            ):
                # "at Ürümqi South railway station", "stations of the Moscow Metro": the town
                finding.notes.append(f"{name!r} is named after the town it serves: placed there")
                resolved.append((start, end, town))
                continue
            served = _FACILITY_CITY.fullmatch(name)
            if served is not None and relation is None:
                city_name = served["head"] or served["tail"]
                container = self._container_after(text, end, context)
                within_country = (
                    container[0]
                    if container is not None
                    and self._kind_of(container[0]) in ("subdivision", "country")
                    else None
                )
                # "Heathrow Airport in England" is no Heathrow, Florida
                city = self._gazetteer_place(
                    city_name, context, whole_name=True, inside=within_country
                )
                if city is not None and self._kind_of(city[0]) == "city":
                    finding.notes.append(
                        f"{name!r} is named after the city it serves: placed in {city_name!r}"
                    )
                    resolved.append((start, end, city[0]))
                    continue
                if within_country is not None and container is not None:
                    # "East Midlands Airport in England": an airfield the gazetteer lacks,
                    # inside the region or country the text puts it in
                    finding.local.append((name, container[0], container[1]))
                    resolved.append((start, end, container[0]))
                    continue
            if _BUILDING_NAME.search(name) and not _CITY_AIRPORT.fullmatch(name):
                # "outside the Pearl Continental Hotel": a building, not the Pearl; "at the
                # Jakarta Stock Exchange": in the city it is named after, when the text does
                # not say where it stands ("the Bardo National Museum in Tunis": in Tunis)
                city = (
                    self._city_of_building(name, text, end, context) if relation is None else None
                )
                if city is not None:
                    finding.notes.append(
                        f"{name!r} is a building named after the city it stands in: placed there"
                    )
                    resolved.append((start, end, city))
                continue
            if (
                _FACILITY_AFTER.match(text, end)
                and start not in attributive
                and start not in sites
                and not self._serves_town(self._known_place(name, context), text, end)
            ):
                continue  # "the Civil Guard barracks", "the Vodafone Arena football stadium"
            unit = self._known_place(name, context) if start in reference_units else None
            if unit is not None and self._kind_of(unit) in ("subdivision", "country"):
                finding.notes.append(
                    f"{name!r} holds the reference point written before it: the place"
                )
                resolved.append((start, end, unit))
                continue
            if (
                start not in list_items
                and start not in site_cities
                and not (start in address_towns and self._address_of(name, text, end))
                and _qualifies_a_place(text, start)
            ):
                continue  # the container written beside the place
            district = _DISTRICT_OF_AFTER.match(text, end)
            whole = self._unit_holding(text, district, context) if district is not None else None
            town = (
                self._gazetteer_place(name, context, inside=whole) if whole is not None else None
            )
            if (
                district is not None
                and town is not None
                and relation is None
                and re.match(r"\s+area\b", text[end:])
                and self._kind_of(town[0]) == "city"
            ):
                # "the Pahalgam area of Kashmir", "the Kidal area of northern Mali": the
                # surroundings of a town the gazetteer has inside that unit are the town's (a
                # "district" named after a town is bigger than it: "the Kupwara district")
                finding.notes.append(
                    f"'the {name} area of {district['city']}' is named after a town of the "
                    "unit: placed in the town"
                )
                resolved.append((start, end, town[0]))
                continue
            if whole is not None and town is None:
                # "the Makombo area of Haut-Uélé", "the Jakigur area of Saravan County", "the
                # Panjgur district of Pakistan’s Balochistan province": a place inside the unit
                finding.local.append((name, whole, f"the text places it in {district['city']!r}"))
                resolved.append((start, end, whole))
                continue
            if district is not None:
                # "the Karrada district of Baghdad": the city is the place (its own cue)
                finding.notes.append(
                    f"{name!r} is a district of {district['city']!r}, which the gazetteer does "
                    f"not divide: placed in {district['city']!r}"
                )
                continue
            of_whole = re.match(r"\s+of\s+(?:the\s+)?(?P<whole>" + _N + ")", text[end:])
            inside = within
            if of_whole is not None and inside is None:
                whole = self.index.lookup(of_whole["whole"], "place")[0]
                if whole is not None and self._kind_of(whole) in ("country", "subdivision"):
                    inside = whole  # "the Northern Province of Sri Lanka"
                    context = context | self._countries_of(whole)
                    qualifying.add(whole)
            designator = _DESIGNATOR_AFTER.match(text, end) or _DESIGNATOR_BEFORE.search(
                text[max(0, start - 40) : start]
            )  # "the province of Nampula", "the State of Borno": the generic word before
            found = None
            if designator is not None:  # "in Nangarhar province": the province, not a town
                found = self._gazetteer_place(
                    f"{name} {designator['kind'].capitalize()}",
                    context,
                    inside=inside,
                    whole_name=True,
                )
                if found is not None and self._kind_of(found[0]) == "city":
                    found = None  # "Chitral District" is not the town of Chitral
                if found is None:  # "the Timbuktu region": ML-6, which ISO calls Tombouctou
                    region = self._subdivision_named(
                        f"{name} {designator['kind'].capitalize()}", context
                    )
                    found = (region, None) if region is not None else None
                held = self._unit_after_designator(name, designator, text, end, context)
                if held is not None and found is not None and not (
                    found[0] == held[1] or self._inside(found[0], held[1])
                ):
                    # "Chirang district, Assam": not Bhutan's Tsirang, which has that name among
                    # its others; the unit the text writes after it must hold it
                    finding.notes.append(
                        f"{name!r}: the gazetteer's place of that name is not in "
                        f"{self.name_of(held[1])!r}, where the text puts it: not taken"
                    )
                    found = None
                district = (
                    None
                    if found is not None
                    else self._district_of_town(name, designator["kind"], context, inside)
                )
                if district is not None and held is not None and not (
                    district[1] == held[1] or self._inside(district[1], held[1])
                ):
                    # "Bijapur district, Chhattisgarh": not the district of Karnataka's town of
                    # Bijapur; the district the text names lies in the unit written after it
                    district = None
                if district is not None and re.search(
                    r",\s+near\s+(?:the\s+)?" + _N + r"\s+in\s+(?:the\s+)?$", text[:start]
                ):
                    # "at Ain Alaq, near Bikfaya in the Metn district": the district holds the
                    # place and its reference point, and only says where they lie
                    finding.notes.append(
                        f"{district[0]!r} only says where the place before it lies"
                    )
                    continue
                if district is not None:
                    # "in Chitral district", "in Beni territory": the district named after its
                    # chief town, which the gazetteer lacks; never the town itself
                    if relation is None:
                        finding.parts.append(district)
                        resolved.append((start, end, district[1]))
                    continue
                unit = self._unit_after_designator(name, designator, text, end, context)
                if unit is not None and any(
                    re.fullmatch(r"\s*,\s*", text[site.end() : start]) for site in sites.values()
                ):
                    # "the Jhiram valley, Bastar region, Chhattisgarh": the unit after a named
                    # site only says where the site lies
                    finding.notes.append(f"{unit[0]!r} only says where the site before it lies")
                    continue
                if found is None and unit is not None:
                    # "Dantewada district, Chhattisgarh", "the district of Kurigram, Rangpur":
                    # a district the gazetteer lacks (nor a town of its name), which the unit
                    # written after it holds
                    if relation is None:
                        finding.local.append(unit)
                        resolved.append((start, end, unit[1]))
                    continue
            words = name.split()
            if found is None and len(words) > 1 and words[-1].lower() in _REGION_KINDS:
                # "Timbuktu Region" (from "the Gao and Timbuktu regions"): the subdivision,
                # else the district named after its chief town, never the town itself
                region = self._subdivision_named(name, context)
                if region is not None:
                    found = (region, None)
                elif words[-1].lower() in _DISTRICT_KINDS:
                    district = self._district_of_town(
                        " ".join(words[:-1]), words[-1].lower(), context, inside
                    )
                    if district is not None and relation is None:
                        finding.parts.append(district)
                        resolved.append((start, end, district[1]))
                    continue
            if found is None and len(words) > 1 and _DIRECTION_WORD.match(words[0]):
                # "West Beirut", "Southeastern Anatolia": its own name, else a part of the rest
                found = self._gazetteer_place(name, context, inside=inside, whole_name=True)
                if found is not None and self._kind_of(found[0]) == "city":
                    city = self._gazetteer_place(" ".join(words[1:]), context, inside=inside)
                    if city is not None and self._bigger_city(city[0], found[0]):
                        # "West Jerusalem", "East Beirut": GeoNames lists the quarter as a
                        # town of its own; the city it is a side of is the place
                        finding.notes.append(
                            f"{name!r} is a side of {' '.join(words[1:])!r}: placed in the city"
                        )
                        found = city
                if found is None:
                    rest = self._gazetteer_place(" ".join(words[1:]), context, inside=inside)
                    if rest is not None and not self._divisible(rest[0]):
                        rest = None  # "the Central Bank": no part of a hamlet called Bank
                    if rest is not None and relation is None:
                        finding.parts.append((name, rest[0]))
                        resolved.append((start, end, rest[0]))
                    elif rest is None and relation is None and not resolved_only:
                        finding.unresolved.append(name)
                    continue
            if found is None and start in among_kinds:
                # "in several provinces, among them Kandahar": the province, not its town
                region = self._subdivision_named(f"{name} {among_kinds[start]}", context)
                found = (region, None) if region is not None else None
            address = _ADDRESS_TAIL.match(text, end)
            by_address = False
            if found is None and inside is None and address is not None:
                # "in Portland, Maine": the Portland Maine holds, not the most populous one
                found = self._address_city(name, address["whole"])
                by_address = found is not None
            if found is None:
                found = self._gazetteer_place(name, context, inside=inside)
            if found is None and relation is None and not resolved_only:
                # "kidnapped in Bayonne José Antonio Lasa and …": a town, then the person the
                # clause names (a verb before its subject); the town alone is the place
                head = self._town_before_a_person(name, text[:start], context)
                if head is not None:
                    found, width = head
                    person_ends.add(end)  # "… and José Ignacio Zabala": a second person
                    end = start + width
                    finding.notes.append(
                        f"{name!r} is a town and a person's name after it: placed in "
                        f"{name[:width]!r}"
                    )
            if (
                found is not None
                and not by_address  # "London, Ontario" is no town beside Ontario, California
                and beside is not None
                and (
                    self._kind_of(beside) in ("city", "country")
                    or (
                        self._kind_of(beside) == "subdivision"
                        and qualifier["q"].split()[-1].lower() in _REGION_KINDS
                    )
                )
                and (not self._countries_of(found[0]) & self._countries_of(beside))
            ):
                # "Heliopolis, Cairo", "Eastleigh, Nairobi County", "Camden, Lagos State",
                # "Eastleigh, Kenya": not a town of that name in another country than the city,
                # the unit its designator names or the country the text puts it beside (only
                # the country is compared: GeoNames' first-level units are not ISO's
                # everywhere); a place the gazetteer lacks, in what holds it
                finding.notes.append(
                    f"{name!r} is written beside {qualifier['q']!r}; the "
                    f"gazetteer's {name!r} lies in another country: not taken"
                )
                found = None
            if found is not None and start in landform_owners and self._kind_of(found[0]) == "city":
                # "the mountains of Ayacucho": the province, when one has the town's name
                province = self._region_of_town(name, context)
                if province is not None:
                    finding.notes.append(
                        f"{name!r} after a landform's name is the province "
                        "named after the town, not the town"
                    )
                    found = (province, None)
            if (
                found is not None
                and start in sites
                and sites[start]["landform"] in ("mountains", "hills", "forest", "gorge", "pass")
                and self._kind_of(found[0]) == "city"
            ):
                found = None  # "the Latakia mountains" are not the city of Latakia
            if (
                found is not None
                and start in sites
                and relation is None
                and sites[start]["camp"]
                and (held := self._site_container(text, sites[start].end(), context)) is not None
                and held[0] != found[0]
                and not self._inside(found[0], held[0])
            ):
                # "the Yarmouk camp in Damascus": a camp the text puts in a place that does not
                # hold the gazetteer's town of that name is a site of its own, there
                finding.notes.append(
                    f"'{name} camp' lies where the text puts it ({held[1]}), not in the "
                    f"gazetteer's {name!r}"
                )
                found = None
            if found is not None and start in direction_parts and relation is None:
                if self._divisible(found[0]):
                    # "in northern Hama": a part of the place, inside it, never the whole
                    finding.parts.append((f"{direction_parts[start]} {name}", found[0]))
                    resolved.append((start, end, found[0]))
                continue
            if found is None and start in sites:
                # "the Lukodi camp for displaced people in Gulu District", "the Barlonyo camp,
                # north of Lira": a camp or village named after a place the gazetteer lacks
                container = self._site_container(text, sites[start].end(), context)
                # "the Beit Lid junction", "the Kamarob gorge": a landform keeps its word
                landform = sites[start]["landform"]
                written = f"{name} {landform}" if landform else name
                if container is not None and relation is None:
                    finding.local.append((written, container[0], container[1]))
                    resolved.append((start, end, container[0]))
                    if sites[start]["camp"]:  # "Lukodi", also "the Lukodi camp" as written
                        finding.written_as[written] = f"{name} {sites[start]['camp']}"
                elif (
                    relation is None
                    and sites[start]["camp"]
                    and re.search(
                        r"\b(?:[Ii]n|[Aa]t|[Ii]nside)\s+the\s+$", text[max(0, start - 12) : start]
                    )
                    and self.index.demonym(name.split()[0]) is None
                    and name.split()[0] not in DEMONYMS
                ):
                    # "in the Balukhali camp" with nothing that says where the camp lies: the
                    # camp as written, kept as text, never a guess at its country (only a camp:
                    # "in the Kyrgyz mountains" names a nationality's, no site)
                    finding.unresolved.append(f"{name} {sites[start]['camp']}")
                continue
            if found is None:
                if resolved_only:
                    # "pushed on Konna, about 60 km from Mopti": a town, since the text
                    # locates it (inside a country of the profile's areas)
                    near = _REFERENCE_AFTER.match(text, end) if relation is None else None
                    # "occupied El Salado, in the municipality of El Carmen de Bolívar": the
                    # text names the unit that holds it, so it is a place, as after "in"
                    unit = relation is None and _IN_UNIT_AFTER.match(text, end) is not None
                    container = (
                        self._container_after(text, end, context) if near or unit else None
                    )
                    if container is None and start in site_cities:
                        # "on West 11th Street, Greenwich Village, New York": the quarter the
                        # gazetteer lacks after a street, in the place its address ends with
                        container = self._container_after(text, end, context)
                        if container is not None and self._kind_of(container[0]) == "city":
                            finding.notes.append(
                                f"{name!r} is not in the gazetteer; {container[1]}: placed there"
                            )
                            resolved.append((start, end, container[0]))
                            continue
                    if container is not None and not re.fullmatch(r"[A-Z]{2,6}", name):
                        finding.local.append((name, container[0], container[1]))
                        resolved.append((start, end, container[0]))
                    continue
                if relation is None:
                    # "in Kalimago village, Poso": the word after the name says what it is
                    called = re.match(r"\s+(?:village|hamlet)\b", text[end:])
                    container = self._container_after(
                        text, end + (called.end() if called else 0), context
                    )
                    village = called is not None or _VILLAGE_BEFORE.search(
                        text[max(0, start - 30) : start]
                    ) or re.match(r",\s+(?:an?|the|two|three|four|five|six|both|several)\s+"
                                  r"(?:[\w’'\-]+\s+){0,2}(?:villages?|hamlets?)\b", text[end:])
                    if village and container is not None and self._kind_of(container[0]) == "city":
                        # a village is no quarter of the town beside it: it lies where the town
                        # lies (in the district named after it), as "Chengue, in the
                        # municipality of Ovejas" does
                        unit = self._unit_of_town(container[0])
                        if unit is not None:
                            container = (unit, f"{container[1]}, a town of {self.name_of(unit)!r}")
                    national = _NATIONAL_TOWN_BEFORE.search(text[max(0, start - 40) : start])
                    country = self.index.demonym(national["demonym"]) if national else None
                    if container is None and country is not None:
                        # "the Lebanese town of Arsal": a town of the country the adjective names
                        container = (
                            country,
                            f"the text calls it a {national['demonym']} {national['kind']}",
                        )
                    if container is None and start in list_spans:
                        # "in Faradje, Doruma and Batande in Haut-Uélé": the list's container
                        container = self._container_after(text, list_spans[start], context)
                    if (
                        container is None
                        and start in apposed_sites
                        and (not _PLACE_WORD_BEFORE.search(text[max(0, start - 12) : start]))
                    ):
                        continue  # a site the apposition describes but locates nowhere known
                    if container is not None and self._kind_of(container[0]) == "city":
                        finding.notes.append(
                            f"{name!r} is not in the gazetteer; {container[1]}: placed there"
                        )
                        resolved.append((start, end, container[0]))
                        qualifying.discard(container[0])
                        continue
                    if container is not None:
                        finding.local.append((name, container[0], container[1]))
                        resolved.append((start, end, container[0]))
                        local_starts[start] = (name, container[0])
                        continue
                    if start in shared_facility:
                        # "the Lubyanka and Park Kultury stations": a facility's name
                        finding.notes.append(f"{name!r} names a facility, not a place")
                        continue
                    if _CONTAINER_OF_NAME_BEFORE.search(text[max(0, start - 80) : start]):
                        # "in Oberschledorn in the Sauerland", "near Bikfaya in the Metn
                        # district": only says where the name before it lies
                        finding.notes.append(
                            f"{name!r} only says where the name before it lies: not a place"
                        )
                        continue
                    if re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]*(?:straße|strasse|gasse|allee|platz|"
                                    r"damm|straat|gracht|steeg|laan)", name):
                        # "in the Keupstraße", "on the Kurfürstendamm": a one-word street
                        # name, which the town after it (if any) holds; no place of its own
                        finding.notes.append(f"{name!r} names a street, not a place")
                        continue
                    city = self._city_of_quarter(name, context)
                    if city is not None:
                        # "in Cologne-Mülheim", "in Munich-Schwabing": a city and its quarter
                        # joined by a hyphen; the gazetteer lacks the quarter, the city holds it
                        finding.notes.append(
                            f"{name!r} is a quarter of {self.name_of(city)!r} the gazetteer "
                            "lacks: placed in the city"
                        )
                        resolved.append((start, end, city))
                        continue
                    finding.unresolved.append(name)
                    unresolved_starts[start] = name
                elif (name, relation) not in finding.unresolved_references:
                    # a reference point the gazetteer lacks is no place either: reported
                    finding.unresolved_references.append((name, relation))
                continue
            iri, choice = found
            if start in shared_facility and not (self._countries_of(iri) & self.area_countries):
                # "stormed the Hilton and Sheraton hotels": a hotel's name, not Hilton, New York
                finding.notes.append(f"{name!r} names a facility, not a place")
                continue
            if (
                relation == "on-the-edge-of"
                and self._kind_of(iri) == "city"
                and not _EDGE_APPOSED.search(text[max(0, start - 120) : start])
            ):
                relation = None  # "on the southern edge of Damascus": in the city
                finding.notes.append(f"{name!r} is named by its edge, in the city: placed there")
            if (inside_its_city or start in city_sides) and self._kind_of(iri) != "city":
                continue  # "near Pakistan’s port", "the south Lebanon coast": no city here
            if inside_its_city:
                finding.notes.append(
                    f"{name!r} owns the part or building the attack was near: placed in the city"
                )
            elif start in city_sides:
                finding.notes.append(
                    f"{name!r} is written with a side of it ('north', 'the south "
                    "of'): placed in the city"
                )
            if start in site_cities and start not in list_items and self._kind_of(iri) != "city":
                continue  # "the Marriott Hotel, Islamabad" names a city there, nothing else
            if relation == "suburb-of" and self._kind_of(iri) != "city":
                relation = None  # "the suburbs of Attica": a region's suburbs lie in it
            if relation is not None:  # a reference point, never where it happened
                if not any(r[1] == iri for r in finding.references):
                    finding.references.append((name, iri, relation))
                suburbs = _SUBURBS_BEFORE.search(text[max(0, start - 60) : start])
                if relation == "suburb-of" and suburbs is not None:
                    # "in the northern suburbs of Buenos Aires": where, as written (no
                    # gazetteer place is that ring around the city)
                    finding.unresolved.append(f"{suburbs['suburbs']}{name}")
                continue
            inner = _IN_TOWN_AFTER.match(text, end)
            known = self.index.lookup(inner["town"], "place")[0] if inner is not None else None
            if known is not None and self._kind_of(known) not in ("city", None):
                inner = None  # "Juanjuí, in San Martín": the region the profile names, no city
            if inner is not None and re.match(r"\d", name):
                inner = None  # "6th of October City, Giza": a new town named after a date
            if inner is not None and self._kind_of(iri) == "city":
                town = self._gazetteer_place(inner["town"], context | self._countries_of(iri))
                if (
                    town is not None
                    and town[0] != iri
                    and self._bigger_city(town[0], iri)
                    and (" in " in inner.group(0) or self._metropolis(town[0]))
                ):
                    # "at Nasr City, in Cairo": a quarter of the city the text puts it in,
                    # which is the place; after a bare comma only a metropolis's ("Nasr City,
                    # Cairo"), never a town beside a smaller city ("Sabanagrande, Soledad")
                    finding.notes.append(
                        f"{name!r} lies in {inner['town']!r}, which the text gives: placed there"
                    )
                    resolved.append((inner.start("town"), inner.end("town"), town[0]))
                    continue
            resolved.append((start, end, iri))
            if choice:
                finding.choices.append(choice)
        for start, name in unresolved_starts.items():
            # "the hotel in Taba and two camps at Ras Shitan, on the Sinai coast of Egypt": the
            # container written after the last of two coordinated places holds the first too
            later = [
                (other, whole)
                for at, (other, whole) in sorted(local_starts.items())
                if at > start
                and " and " in text[start:at]
                and not re.search(r"[.;:]", text[start:at])
                and self._kind_of(whole) in ("country", "subdivision")
            ]
            if later and name in finding.unresolved:
                other, whole = later[0]
                finding.unresolved.remove(name)
                finding.local.append(
                    (name, whole, f"it is coordinated with {other!r}, which the text places "
                     f"in {self.name_of(whole)!r}")
                )
                resolved.append((start, start + len(name), whole))
        self._drop_facility_namesakes(text, resolved, finding)
        local_containers = {c for _, c, _ in finding.local}
        part_wholes = {w for _, w in finding.parts}
        if resolved or finding.local or finding.parts:
            # "Maiduguri, Nigeria": the country that only qualifies the town is not a place
            qualifiers = (
                {
                    place
                    for start, end, iri in resolved
                    for mention, place in kept
                    if re.fullmatch(
                        r"\s*,\s*(?:the\s+(?:(?:capital|city|town|region|province)\s+of\s+)?)?",
                        text[end : mention.start],
                    )
                    and place in self.index.ancestors(iri)
                }
                | local_containers
                | qualifying
            )
            order = sorted(
                [(m.start, p) for m, p in kept if p not in qualifiers]
                + [
                    (start, iri)
                    for start, _, iri in resolved
                    if iri not in local_containers and iri not in part_wholes
                ]
            )
            finding.places = list(dict.fromkeys(p for _, p in order))
        bare = text.strip(" .")
        if (
            not finding.places
            and not finding.unresolved
            and not finding.parts
            and not finding.local
            # (with its particles: "Norte de Santander", "Valle del Cauca")
            and (_BARE_PLACE.fullmatch(bare) or re.fullmatch(_N, bare))
        ):
            # a list item that is only a name ("Borno", "Mogadishu" among areas of operation)
            region = None
            if bare.split()[-1].lower() in _REGION_KINDS and len(bare.split()) > 1:
                region = self._subdivision_named(bare, sentence_countries)  # "Timbuktu Region"
            found = (
                (region, None)
                if region is not None
                else self._gazetteer_place(bare, sentence_countries, inside=within)
            )
            if found is not None:
                finding.places.append(found[0])
                if found[1]:
                    finding.choices.append(found[1])
        if (
            not finding.places
            and not finding.parts
            and not finding.local
            and demonyms
            and not finding.unresolved  # a town the text names is where, not the nationality
        ):
            for match in re.finditer(r"\b([A-Z][a-zé]+)\s+" + _LOCAL_INSTITUTIONS, text):
                if _COUNTED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
                    continue  # "killed two Kenyan soldiers": victims, wherever they were
                place = self.index.demonym(match.group(1))
                if (
                    place is not None
                    and _MILITARY.match(text, match.end(1))
                    and (
                        self.area_countries and not self._countries_of(place) & self.area_countries
                    )
                ):
                    continue  # "brought in French troops": foreign forces, not where it was
                if place is not None and place not in finding.places:
                    finding.places.append(place)
                    finding.by_demonym = True
        return finding

    def _city_of_building(
        self, name: str, text: str, end: int, context: set[str]
    ) -> URIRef | None:
        """The city a building's name opens with ('Jakarta Stock Exchange', 'Manchester
        Arena'), when the gazetteer has a town of that very name in a country the sentence or
        the profile's areas name and the text writes no place after the building (which would
        say where it stands); None otherwise."""
        words = name.split()
        if re.match(r"\s*(?:,|\(|in\b|at\b|on\b|near\b|outside\b)", text[end:]):
            return None
        for width in (2, 1):
            if width >= len(words) or _STREET_WORD.match(words[width]):
                continue
            head = " ".join(words[:width])
            found = self._gazetteer_place(head, context, whole_name=True)
            if (
                found is not None
                and self._kind_of(found[0]) == "city"
                and fold(self.name_of(found[0])) == fold(head)
                and self._countries_of(found[0]) & (context | self.area_countries)
            ):
                return found[0]
        return None

    def _town_before_a_person(
        self, name: str, before: str, context: set[str]
    ) -> tuple[tuple[URIRef, str | None], int] | None:
        """('Bayonne', its width) for 'Bayonne José Antonio Lasa': a town of that very name in a
        country the sentence or the profile's areas name, then two or more capitalised words
        that are no place, no designator and no building (a person's name, written after the
        place where a clause puts its subject after the verb: the clause opens with its verb
        and nothing stands between the verb's phrase and the place; never "Was ambushed near
        Kalora village, in Poso Pesisir Utara", a district). None otherwise."""
        clause = re.split(r"[.;:!?]\s+", before)[-1]
        if "," in clause or not re.match(
            r"\s*(?:Was|Were|Had|Has|Have|Is|Are|[A-Z][a-z]+(?:ed|en))\b", clause
        ):
            return None
        words = name.split()
        for width in (1, 2):
            rest = words[width:]
            capitals = [w for w in rest if w[:1].isupper()]
            if len(capitals) < 2 or not rest[0][:1].isupper():
                continue
            if any(
                w in _DESIGNATORS or w.lower() in _REGION_KINDS or _DIRECTION_WORD.match(w)
                or _BUILDING_NAME.search(w) or _STREET_WORD.match(w) or w in DEMONYMS
                for w in rest
            ):
                continue
            head = " ".join(words[:width])
            if words[width - 1] in _NAME_OPENERS:
                continue  # "San Vicente del Caguán" is no San (Mali) and a person
            found = self._gazetteer_place(head, context, whole_name=True)
            if (
                found is None
                or self._kind_of(found[0]) != "city"
                or fold(self.name_of(found[0])) != fold(head)
                or not self._countries_of(found[0]) & (context | self.area_countries)
                or self._known_place(" ".join(rest), context) is not None
            ):
                continue
            return found, len(head)
        return None

    def _drop_facility_namesakes(
        self, text: str, resolved: list[tuple[int, int, URIRef]], finding: PlaceFinding
    ) -> None:
        """'the Dubrovka theatre in Moscow', 'the Kabul hotel in Dubai': a name before a
        facility's common noun and 'in <place>' names the facility; it is the attack's place
        only when it lies in that place ('the Garissa police station in Garissa County'),
        else it is a namesake elsewhere (a village called Dubrovka far from Moscow)."""
        at = {start: iri for start, _, iri in resolved}
        dropped = set()
        for start, end, iri in resolved:
            if self._kind_of(iri) != "city":
                continue
            after = _FACILITY_IN.match(text, end)
            if after is None or not re.search(r"\bthe\s+$", text[max(0, start - 5) : start]):
                continue
            where = at.get(after.start("where"))
            if where is None or where == iri or not self._lies_elsewhere(iri, where):
                continue
            dropped.add((start, iri))
            finding.notes.append(
                f"{text[start:end]!r} names a facility in {after['where']!r}, where no place of "
                "that name lies: not a place"
            )
        resolved[:] = [r for r in resolved if (r[0], r[2]) not in dropped]

    def _lies_elsewhere(self, city: URIRef, where: URIRef) -> bool:
        """Whether the gazetteer puts a city outside a place: not among the subdivisions and
        countries that hold it, or, for a city, farther than a quarter of it could lie. A place
        the gazetteer lacks (a region of data/places.ttl) says nothing."""
        from kg.gazetteer import gazetteer

        world = gazetteer()
        one, two = world.place(str(city)), world.place(str(where))
        if one is None or two is None:
            return False
        if two.kind == "city":
            return _km_apart(one, two) > _QUARTER_KM
        return two.key not in {a.key for a in world.ancestors(one)}

    def _airport_town(
        self, owner: str, text: str, after: int
    ) -> tuple[str, URIRef, URIRef] | None:
        """(the town, its IRI, the owner's IRI) for "<City>'s <Town> airport" where <Town> is
        a town the gazetteer has in the owner's own country, other than the owner ("Tokyo's
        Narita airport", "Brussels' Zaventem airport"); None for an airport named after a
        person or a site the gazetteer lacks ("Lagos's Murtala Muhammed airport", "Amsterdam's
        Schiphol airport"), which the owner holds."""
        airport = re.match(
            r"\s*(?P<town>" + _N + r")\s+(?:international\s+)?(?:airport|airfield|air\s+base)\b",
            text[after:],
            re.I,
        )
        owner_iri = self._known_place(owner, set())
        if airport is None or owner_iri is None or self._kind_of(owner_iri) != "city":
            return None
        countries = self._countries_of(owner_iri)
        town = self._gazetteer_place(airport["town"], countries, whole_name=True)
        if (
            town is None
            or town[0] == owner_iri
            or self._kind_of(town[0]) != "city"
            or not self._countries_of(town[0]) & countries
            or fold(self.name_of(town[0])) != fold(airport["town"])
        ):
            return None
        return airport["town"], town[0], owner_iri

    def _named_unit(self, name: str) -> bool:
        """Whether a name of two words or more is, exactly, a country's or a subdivision's own
        name ("British Columbia", "French Guiana", "Indian-administered" is none)."""
        if len(name.split()) < 2:
            return False
        found = resolve_place(name)
        return (
            found is not None
            and self._kind_of(found.iri) in ("country", "subdivision")
            and fold(found.name) == fold(name)
        )

    def _unit_of_town(self, town: URIRef) -> URIRef | None:
        """The most specific subdivision holding a town (Poso: Central Sulawesi), None when the
        gazetteer puts the town in no subdivision."""
        units = [a for a in self.index.ancestors(town) if self._kind_of(a) == "subdivision"]
        inner = [u for u in units if not any(u in self.index.ancestors(o) for o in units)]
        return inner[0] if len(inner) == 1 else None

    def _join_and_names(self, text: str, cues: dict[int, tuple[str, int]]) -> None:
        """"in Jammu and Kashmir", "in Trinidad and Tobago", "the Andaman and Nicobar Islands":
        a country or subdivision whose own name holds "and" is one place, never its first word
        read as a town (Jammu) beside a second place. The cue is widened to the whole name when
        the gazetteer has a country or subdivision of exactly that name, and the cue at its
        second half dropped."""
        for start, (name, strength) in sorted(cues.items()):
            second = re.match(r"\s+and\s+(?P<second>" + _N + ")", text[start + len(name) :])
            if second is None:
                continue
            # "Indian-administered Jammu and Kashmir": who holds it is no part of the name
            holder = re.match(r"[A-Z][\w’']+-(?:administered|held|controlled|occupied|ruled)\s+",
                              name)
            skip = holder.end() if holder else 0
            joined = f"{name[skip:]} and {second['second']}"
            found = resolve_place(joined)
            if (
                found is None
                or self._kind_of(found.iri) not in ("country", "subdivision")
                or fold(found.name) != fold(joined)
            ):
                continue
            cues.pop(start)
            cues[start + skip] = (joined, strength)
            cues.pop(start + len(name) + second.start("second"), None)

    def _bigger_city(self, city: URIRef, other: URIRef) -> bool:
        """Whether `city` is a city more populous than `other` (so `other` may be a quarter of
        it, as GeoNames lists some large quarters as cities of their own)."""
        from kg.gazetteer import gazetteer

        world = gazetteer()
        one, two = world.place(str(city)), world.place(str(other))
        return (
            one is not None
            and two is not None
            and one.kind == "city"
            and one.country == two.country
            and one.population > two.population
            and _km_apart(one, two) < _QUARTER_KM
        )

    def _inside(self, place: URIRef, whole: URIRef) -> bool:
        return place == whole or whole in self.index.ancestors(place)

    def _container_after(self, text: str, end: int, context: set[str]) -> tuple[URIRef, str] | None:
        """The place the text puts right after a name the gazetteer lacks ('Chibok, Borno
        State'; 'Thirunelveli, near Jaffna' in a country of the profile's areas), with how."""
        match = _CONTAINER_AFTER.match(text, end) or _IN_CONTAINER_AFTER.match(text, end)
        bracket = _BRACKET_CONTAINER_AFTER.match(text, end) if match is None else None
        if bracket is not None:
            # "the village of Kourfayel (Soum)": the province or country in brackets after a
            # village holds it; a town in brackets may be another name, so only a unit counts
            unit = self._known_place(bracket["container"], context)
            if unit is not None and self._kind_of(unit) in ("subdivision", "country"):
                return unit, f"the text places it in {bracket['container']!r} (in brackets)"
            if unit is not None and self._kind_of(unit) == "city" and (
                self._countries_of(unit) & (context | self.area_countries)
            ):
                # "Kochchikade (Colombo)": a city in brackets after a name the gazetteer lacks,
                # in a country the sentence or the areas name, is the city it is a quarter of
                return unit, f"the text places it in {bracket['container']!r} (in brackets)"
            return None
        owned = (
            re.fullmatch(r"(?P<owner>.+?)[’']s\s+(?P<owned>.+)", match["container"])
            if (match is not None)
            else None
        )
        if owned is not None:
            # "Kpinkankandi, in Togo’s Savanes region": the subdivision inside the owner
            where = self._owned_unit(owned, text, match.end("container"), context)
            if where is None:
                return None
            return where, f"the text places it in {match['container']!r}"
        if match is not None:
            written = match["container"]
            longer = re.match(r"\s+of\s+(?:the\s+)?" + _N, text[match.end("container") :])
            if longer is not None:
                # "Bonga Field, in the Gulf of Guinea": the whole name holds the site (a sea of
                # data/places.ttl), never its head ("Gulf" is Papua New Guinea's Gulf Province)
                whole = self._known_place(f"{written}{longer.group(0)}", context)
                if whole is not None and self._kind_of(whole) is None:
                    return whole, f"the text places it in {written}{longer.group(0)!r}"
                return None
            address = _ADDRESS_TAIL.match(text, match.end("container"))
            city_part = re.fullmatch(r"(?P<owner>.+?)[’']s", written)
            if city_part is not None and _CITY_PART_AFTER.match(text, match.end("container")):
                # "Bir Hassan, in Beirut’s southern suburbs": a quarter of the city
                city = self._known_place(city_part["owner"], context)
                if city is not None and self._kind_of(city) == "city":
                    return city, f"the text places it in a part of {city_part['owner']!r}"
                return None
            site = _SITE_BEFORE_COMMA.search(text[max(0, end - 60) : end])
            town = self._address_city(written, address["whole"]) if address and site else None
            if town is not None:
                # "the Pentagon, Arlington, Virginia", "the State Department, Washington,
                # D.C.": a site, then the town and the state of its address; in the town
                return town[0], f"the text gives its address: {written}, {address['whole']}"
            unit = re.search(
                r"\bin\s+the\s+(?P<kind>municipality|commune|municipio|tehsil|taluka|"
                r"subdistrict)\s+of\s+$",
                text[match.start() : match.start("container")],
            )
            if unit is not None:
                # "Chengue, in the municipality of Ovejas, Sucre": a unit named after its chief
                # town holds the village; the village lies where the town lies, never in the
                # town itself (a village of the municipality is no quarter of its town)
                district = self._district_of_town(written, "district", context, None)
                if district is None:
                    return None
                return district[1], f"the text places it in the {unit['kind']} of {written!r}"
            words = written.split()
            if (
                len(words) > 1
                and _DIRECTION_WORD.match(words[0])
                and (self._known_place(written, context) is None)
            ):
                written = " ".join(words[1:])  # "in central Rome": Rome; not Central Sulawesi
            designator = _DESIGNATOR_AFTER.match(text, match.end("container"))
            designated = (
                None
                if designator is None
                else self._subdivision_named(
                    f"{written} {designator['kind'].capitalize()}", context
                )
            )
            if designated is not None:
                # "Bagmara, Rajshahi district": inside the unit the designator names (or the
                # one that holds it), never in the town the unit is named after
                return designated, f"the text places it in {written} {designator['kind']!r}"
            if designator is not None:
                # "Mukondi, in Beni territory", "Daraban, Dera Ismail Khan district": inside the
                # district, so inside what holds its chief town, never in the town
                district = self._district_of_town(written, designator["kind"], context, None)
                if district is not None:
                    return district[1], f"the text places it in {district[0]!r}"
            iri = self._known_place(written, context)
            if iri is not None and self._kind_of(iri) == "city" and not self._metropolis(iri):
                # "Puerto Jordán, Arauca", "Trishal, Mymensingh": a town the gazetteer lacks
                # beside a name that is both a town and the province named after it lies in
                # the province; beside a city of a million ("Kasumigaseki, Tokyo") it is a
                # quarter of the city
                region = self._region_of_town(written, context)
                if region is not None:
                    return region, f"the text places it in {written!r}, a province"
                # "Menes, Pandeglang, Banten": a town, then a small town's name and the province
                # that holds it, is an address (town, district, province); the district named
                # after its town is not the town, so the place is inside the province
                province = re.match(
                    r",\s+(?P<province>" + _N + r")", text[match.end("container") :]
                )
                if re.match(r",?\s+in\b", match.group(0)):
                    province = None  # "Khagragarh in Burdwan, West Bengal": in the town
                whole = self._known_place(province["province"], context) if province else None
                if (
                    whole is not None
                    and self._kind_of(whole) == "subdivision"
                    and self._inside(iri, whole)
                ):
                    return whole, (
                        f"the text places it in {written!r}, {province['province']!r}: "
                        f"a district named after its town, in the province"
                    )
            # a subdivision or a country: a town in it; a city: more likely a building or a
            # quarter of it ("the Radisson Blu, Bamako"), which the caller places in the city
            if iri is not None and self._kind_of(iri) in ("subdivision", "country", "city"):
                return iri, f"the text places it in {written!r}"
            if iri is not None and self._kind_of(iri) is None and self.index.ancestors(iri):
                # "Castlerock, County Londonderry": a region of data/places.ttl (an old county,
                # Northern Mali) holds a town the gazetteer lacks as well as a province does
                return iri, f"the text places it in {written!r}"
        near = _REFERENCE_AFTER.match(text, end)
        beyond = (
            re.match(r"\s+in\s+(?:the\s+)?(?P<container>" + _N + r")", text[near.end() :])
            if (near is not None)
            else None
        )
        whole = self._known_place(beyond["container"], context) if beyond is not None else None
        if whole is not None and (
            self._kind_of(whole) in ("subdivision", "country")
            or (self._kind_of(whole) is None and self.index.ancestors(whole))
        ):
            # "Darkley, near Keady in County Armagh": what holds the reference point holds
            # the place near it
            return whole, f"the text puts it near {near['ref']!r} in {beyond['container']!r}"
        if near is not None:
            iri = self._known_place(near["ref"], context)
            countries = self._countries_of(iri) if iri is not None else set()
            if len(countries) == 1 and countries <= self.area_countries:
                country = self._country_iri(next(iter(countries)))
                if country is not None:
                    return country, (
                        f"the text puts it near {near['ref']!r}, in a country of the profile's "
                        "areas of operation"
                    )
        return None

    def _owned_unit(
        self, owned: re.Match[str], text: str, end: int, context: set[str]
    ) -> URIRef | None:
        """The unit a possessive names ("Togo’s Savanes region", matched as owner and owned,
        ending at `end`): the subdivision inside the owner, else the owner; None when the
        owner is no known place."""
        owner = self._known_place(owned["owner"], context)
        if owner is None:
            return None
        designator = _DESIGNATOR_AFTER.match(text, end)
        name = owned["owned"] + (f" {designator['kind'].capitalize()}" if designator else "")
        own = self._gazetteer_place(
            name, self._countries_of(owner), inside=owner, whole_name=True
        ) or self._gazetteer_place(owned["owned"], self._countries_of(owner), inside=owner)
        return own[0] if own is not None and self._kind_of(own[0]) != "city" else owner

    def _unit_holding(self, text: str, district: re.Match[str], context: set[str]) -> URIRef | None:
        """The subdivision or country that holds "the <name> area of <whole>": the whole when
        the gazetteer has it as one ("Haut-Uélé"), the unit inside a possessive's owner
        ("Pakistan’s Balochistan province"), or what holds a district named after its chief
        town ("Saravan County", which the gazetteer lacks). None for a city (the city is the
        place: "the Karrada district of Baghdad") or a name it does not know."""
        written = district["city"]
        owned = re.fullmatch(r"(?P<owner>.+?)[’']s\s+(?P<owned>.+)", written)
        if owned is not None:
            return self._owned_unit(owned, text, district.end("city"), context)
        whole = self._known_place(written, context)
        if whole is not None and self._kind_of(whole) in ("subdivision", "country"):
            return whole
        designator = _DESIGNATOR_AFTER.match(text, district.end("city"))
        words = written.split()
        if designator is None and len(words) > 1:  # "Saravan County" read as one name
            designator = _DESIGNATOR_AFTER.match(" " + words[-1].lower())
            written = " ".join(words[:-1])
        if designator is None:
            return None
        unit = self._district_of_town(written, designator["kind"], context, None)
        return unit[1] if unit is not None else None

    def _district_of_town(
        self, name: str, kind: str, context: set[str], inside: URIRef | None
    ) -> tuple[str, URIRef] | None:
        """'Chitral district', 'Beni territory', 'Kasese district' when the gazetteer has no
        subdivision of that name: the district named after its chief town, as written, and the
        subdivision (else the country) the town lies in, which contains the district too.
        None when no town has the name or the designator does not name a district."""
        if kind.lower() not in _DISTRICT_KINDS:
            return None
        town = self._gazetteer_place(name, context, inside=inside)
        if town is None or self._kind_of(town[0]) != "city":
            return self._second_level_unit(name, kind, context, inside)
        known = context | self.area_countries
        if (
            known
            and not self._countries_of(town[0]) & known
            and fold(self.name_of(town[0])) != fold(name)
        ):
            # "Chirang district" in Assam: not Bhutan's Tsirang, which has the name only among
            # its others, in a country neither the sentence nor the areas name
            return None
        wholes = sorted(self.index.located_in.get(town[0], set()))
        whole = next((w for w in wholes if self._kind_of(w) == "subdivision"), None)
        whole = whole or next((w for w in wholes if self._kind_of(w) == "country"), None)
        return (f"{name} {kind.lower()}", whole) if whole is not None else None

    def _second_level_unit(
        self, name: str, kind: str, context: set[str], inside: URIRef | None
    ) -> tuple[str, URIRef] | None:
        """'Kech district', 'Walikale territory', named after no town the gazetteer has: the
        GeoNames second-level unit of that name (kg.gazetteer.index.read_admin2), as written,
        and the subdivision that holds it. Only in a country the sentence or the profile's
        areas name, and only when exactly one subdivision there holds a unit of that name."""
        from kg.gazetteer import gazetteer
        from kg.gazetteer.index import read_admin2

        known = context | self.area_countries
        if inside is not None:
            known = self._countries_of(inside)
        if not known or _DIRECTION_WORD.match(name.split()[0]):
            # "North Aceh district": the reader takes "North Aceh" for a part of Aceh
            # elsewhere, and one regency must not get two IRIs; left for a later round
            return None
        rows = [row for row in read_admin2().get(fold(name), ()) if row[0].split("-")[0] in known]
        holders = {code for code, _, _ in rows}
        if len(holders) != 1:
            return None
        units = {geonames for _, geonames, _ in rows}
        world = gazetteer()
        holder = world.by_code(next(iter(holders)))
        if holder is None:
            return None
        whole = world.iri(holder)
        if inside is not None and whole != inside and not self._inside(whole, inside):
            return None
        label = f"{name} {kind.lower()}"
        if not hasattr(self, "_second_level_names"):
            self._second_level_names: dict[str, tuple[str, int | None]] = {}
        # the bare name and, where one unit alone has it, its GeoNames id (local_place)
        self._second_level_names[label.casefold()] = (
            name, next(iter(units)) if len(units) == 1 else None
        )
        return label, whole

    def _unit_after_designator(
        self, name: str, designator: re.Match[str], text: str, end: int, context: set[str]
    ) -> tuple[str, URIRef, str] | None:
        """("Dantewada district", the subdivision, why) when a district-like unit the
        gazetteer lacks is followed by a comma and the subdivision or country that holds it
        ("Dantewada district, Chhattisgarh"); None otherwise. The unit is stated as written,
        inside that container, never as the container itself."""
        kind = designator["kind"].lower()
        if kind not in _DISTRICT_KINDS and kind not in ("region", "valley"):
            return None
        after = designator.end() if designator.start() >= end else end
        holder = re.match(r",\s+(?:in\s+)?(?:the\s+)?(?P<unit>" + _N + r")", text[after:])
        if holder is None:
            return None
        whole = self._known_place(holder["unit"], context)
        if whole is None or self._kind_of(whole) not in ("subdivision", "country"):
            return None
        written = f"{name} {designator['kind']}"
        return written, whole, f"the text places it in {holder['unit']!r}"

    def _subdivision_named(self, name: str, context: set[str]) -> URIRef | None:
        """A place of exactly this name ('Borno State', 'Kunar Province') that is no town; else
        the subdivision named after its chief town ('Timbuktu Region': ML-6, 'Tombouctou
        Region' to ISO, which holds Timbuktu, also called Tombouctou)."""
        found = self._gazetteer_place(name, context, whole_name=True)
        if found is not None and self._kind_of(found[0]) != "city":
            return found[0]
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in _REGION_KINDS:
            return None
        return self._region_of_town(" ".join(words[:-1]), context)

    def _region_of_town(self, name: str, context: set[str]) -> URIRef | None:
        """The subdivision holding the town of this name when one of the town's names is the
        subdivision's own name: a region named after its chief town."""
        from kg.gazetteer import gazetteer

        town = self._gazetteer_place(name, context, whole_name=True)
        if town is None or self._kind_of(town[0]) != "city":
            return None
        world = gazetteer()
        place = world.place(str(town[0]))
        if place is None:
            return None
        town_names = {fold(place.name)} | {fold(t) for t, _ in place.alt_names}
        for parent in place.parents:
            whole = world.place(parent)
            if whole is None or whole.kind != "subdivision":
                continue
            names = {whole.name} | {t for t, _ in whole.alt_names}
            bare = {
                fold(re.sub(r"\s+(?:" + "|".join(_REGION_KINDS) + r")$", "", n, flags=re.I))
                for n in names
            }
            if town_names & bare:
                return world.iri(whole)
        return None

    def district_area(self, text: str) -> tuple[str, URIRef] | None:
        """An area item that is only 'X district' / 'X territory' ('Beni territory'), when the
        gazetteer has no subdivision of that name: the district as a part of what holds its
        chief town (see `_district_of_town`)."""
        match = re.fullmatch(r"(?P<name>" + _N + r")\s+(?P<kind>[a-z]+)", text.strip())
        if match is None or match["kind"] not in _DISTRICT_KINDS:
            return None
        if self._subdivision_named(f"{match['name']} {match['kind'].capitalize()}", set()):
            return None
        return self._district_of_town(match["name"], match["kind"], set(), None)

    def _metropolis(self, iri: URIRef) -> bool:
        """A city of a million people or more: a name written after a comma beside it is
        more likely one of its quarters than a town of the province named after it."""
        from kg.gazetteer import gazetteer

        place = gazetteer().place(str(iri))
        return place is not None and place.population >= 1_000_000

    def _divisible(self, iri: URIRef) -> bool:
        """Whether a text may name a part of this place by a direction ('West Beirut',
        'Southern Lebanon'): a country, a subdivision or a city of 100,000 people or more."""
        from kg.gazetteer import gazetteer

        place = gazetteer().place(str(iri))
        if place is None:
            return False
        return place.kind in ("country", "subdivision") or place.population >= 100_000

    def _site_container(self, text: str, end: int, context: set[str]) -> tuple[URIRef, str] | None:
        """Where the clause after a named camp or village puts it: 'in Gulu District' (a
        subdivision or country), or ', north of Lira' (a reference point's country when it is
        among the profile's areas)."""
        clause = re.match(r"[^.;:]{0,80}", text[end:])
        tail = clause.group(0) if clause else ""
        # "the Kutupalong camp, in Cox's Bazar district": the unit with its designator
        designated = re.match(
            r",?\s+in\s+(?:the\s+)?(?P<container>" + _N + r"\s+(?:[Dd]istrict|[Pp]rovince|"
            r"[Gg]overnorate|[Rr]egion|[Ss]tate|[Cc]ounty|[Dd]epartment))\b",
            tail,
        )
        if designated is not None:
            iri = self._known_place(designated["container"], context)
            if iri is not None and self._kind_of(iri) in ("subdivision", "country", None):
                return iri, f"the text places it in {designated['container']!r}"
        # "the Yarmouk camp in Damascus": a camp may lie in a city the text names right after
        camp_in_city = re.match(r"\s+in\s+(?P<container>" + _N + r")", tail)
        if camp_in_city is not None and re.search(r"\bcamp$", text[:end]):
            iri = self._known_place(camp_in_city["container"], context)
            if iri is not None and self._kind_of(iri) == "city":
                return iri, f"the text places it in {camp_in_city['container']!r}"
        # "in Gulu District", "of the Rasht Valley" (a region data/places.ttl has), "in
        # northern Israel" (a part: the country holds it)
        inside = re.match(
            r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|"
            r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
            r"(?P<container>" + _N + r")",
            tail,
        ) or re.search(r"\bin\s+(?:the\s+)?(?P<container>" + _N + r")", tail)
        if inside is not None:
            iri = self._known_place(inside["container"], context)
            if iri is not None and self._kind_of(iri) in ("subdivision", "country", None):
                return iri, f"the text places it in {inside['container']!r}"
        for comma in re.finditer(",", tail):
            # "the Jhiram valley, Bastar region, Chhattisgarh": the first unit after a comma
            # (a country or a province; a town there may be one the site is only near)
            found = self._container_after(tail, comma.start(), context)
            if found is not None and self._kind_of(found[0]) in ("country", "subdivision"):
                return found
        return None

    def _address_city(self, name: str, whole_name: str) -> tuple[URIRef, str] | None:
        """The town of an address, 'Arlington, Virginia', 'Portland, Maine', 'Washington,
        D.C.': of the gazetteer's towns of that name, the most populous one the unit written
        after it holds (a state, a province, a country), or the one that unit's name is itself
        another name of ('D.C.'). None when no town of that name lies there: then the name
        after the comma is no container of it, and the address says nothing."""
        from kg.gazetteer import gazetteer

        world = gazetteer()
        wholes = {p.key: p for p in world.named(whole_name) if p.kind != "continent"}
        if not wholes:
            return None
        towns = [
            town
            for form in _article_forms(name)
            for town in world.named(form)
            if town.kind == "city"
            and (town.key in wholes or any(a.key in wholes for a in world.ancestors(town)))
        ]
        if not towns:
            return None
        town = max(towns, key=lambda t: t.population)
        iri = world.iri(town)
        self.index.add_kind(iri, "place")
        self.index.located_in.setdefault(iri, set()).update(PLACE[p] for p in town.parents)
        self.index.labels.setdefault(iri, {}).setdefault("en", town.name)
        others = len({t.key for form in _article_forms(name) for t in world.named(form)}) - 1
        choice = (
            f"{name!r} could be {others + 1} places; chose {world.describe(town)} "
            f"(the address after it names {whole_name!r})"
            if others
            else None
        )
        return iri, choice

    def _address_of(self, name: str, text: str, end: int) -> bool:
        """Whether the name ending at `end` is the town of an address ('…, Arlington,
        Virginia'), not the container of the name before it."""
        tail = _ADDRESS_TAIL.match(text, end)
        return tail is not None and self._address_city(name, tail["whole"]) is not None

    def _city_of_quarter(self, name: str, context: set[str]) -> URIRef | None:
        """The city of a name written "<City>-<Quarter>" ("Cologne-Mülheim") that the gazetteer
        lacks whole: the city, when the gazetteer has it as a town of a country the sentence
        or the profile's areas name; None for any other name."""
        joined = re.fullmatch(
            r"(?P<city>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’']{2,})-(?P<quarter>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’']{2,})", name
        )
        if joined is None:
            return None
        city = self._known_place(joined["city"], context)
        if city is None or self._kind_of(city) != "city":
            return None
        return city if self._countries_of(city) & (context | self.area_countries) else None

    def _known_place(self, name: str, context: set[str]) -> URIRef | None:
        iri, _, _ = self.index.lookup(name, "place")
        if iri is not None:
            return iri
        found = self._gazetteer_place(name, context)
        return found[0] if found is not None else None

    def _kind_of(self, iri: URIRef) -> str | None:
        from kg.gazetteer import gazetteer

        place = gazetteer().place(str(iri))
        return place.kind if place is not None else None

    def _country_iri(self, code: str) -> URIRef | None:
        from kg.gazetteer import gazetteer

        world = gazetteer()
        place = world.by_code(code)
        return world.iri(place) if place is not None else None

    def name_of(self, iri: URIRef) -> str:
        """An entity's English name as the index has it, else its short handle."""
        return self.index.labels.get(iri, {}).get("en") or self.short(iri)

    def local_place(
        self, section: Section, written: str, whole: URIRef, why: str, *, part: bool
    ) -> URIRef:
        """A place the gazetteer lacks, stated as the text gives it: its name as written,
        inside the place that contains it ('Southern Lebanon' in Lebanon, 'Chibok' in Borno
        State), so that containment queries (attacks in Nigeria) still find it and nothing is
        coarsened. One already known by that name inside the same place is reused."""
        written = " ".join(written.split())
        iri, _, _ = self.index.lookup(written, "place")
        if iri is not None and (iri == whole or whole in self.index.ancestors(iri)):
            return iri
        from kg.gazetteer import gazetteer

        world = gazetteer()
        # letters NFKD does not take apart ("Pınarcık" → pinarcik, not p-narc-k)
        base = slugify(written.translate(_UNDECOMPOSED))
        code = country_code(whole) or ""
        if world.place(base) is not None or PLACE[base] in self.index.subjects:
            base = f"{base}-{code.lower() or 'part'}"
        iri = self.index.mint(PLACE, base, self.minted)
        # a part is a region; a town or village is a kg:City ("a city or town"), which the map
        # draws, approximate, at the point of what contains it
        self.add(section, iri, RDF.type, KG.Region if part else KG.City)
        self.add_label(section, iri, written, "en")
        self.add(section, iri, KG.locatedIn, whole)
        # (as the caller writes it: "North Aceh District" after "the districts of")
        unit = getattr(self, "_second_level_names", {}).get(written.casefold())
        if unit is not None:
            # "Kech district": GeoNames' second-level unit, which also answers to its bare
            # name ("Kech"; no town of the gazetteer has it, else it would be the town's
            # district, _district_of_town), and is that GeoNames place
            self.add_label(section, iri, unit[0], "en")
            if unit[1]:
                self.add(section, iri, SKOS.exactMatch, URIRef(f"{GEONAMES}{unit[1]}/"))
        what = "a part" if part else "a place"
        self.add(
            section,
            iri,
            DCTERMS.description,
            Literal(f"{what} the gazetteer lacks, as the profile names it ({why})", lang="en"),
        )
        self.index.add_kind(iri, "place")
        self.index.located_in.setdefault(iri, set()).add(whole)
        self.index._ancestors.pop(iri, None)
        return iri

    def _serves_town(self, place: URIRef | None, text: str, end: int) -> bool:
        """Whether the name ending at `end` is a town whose station, prison or metro the text
        names ("at Ürümqi South railway station", "at Korydallos prison"): such a facility
        lies in the town it is named after. Only a town of a country among the profile's
        areas: a "Victoria station" elsewhere is no Victoria of another continent."""
        facility = _TOWN_FACILITY_AFTER.match(text, end)
        if place is None or facility is None:
            return False
        # "at Saint-Michel station in Paris": the text says where the facility is, and the
        # town it is named after is not that place ("the New York City police headquarters on
        # Centre Street, Manhattan": so does its address); but "the Cirebon police
        # headquarters, West Java" names the province that holds the town, which says no more
        # than where the town is
        said = re.match(rf",?\s+(?:(?:in|on|at)\s+)?(?:the\s+)?(?P<where>{_N})",
                        text[facility.end() :])
        if said is not None:
            holder = self._known_place(said["where"], self._countries_of(place))
            if (
                holder is None
                or self._kind_of(holder) not in ("subdivision", "country")
                or self._lies_elsewhere(place, holder)
            ):
                return False
        return self._kind_of(place) == "city" and bool(
            self._countries_of(place) & self.area_countries
        )

    def _country_around(self, place: URIRef) -> set[str]:
        """The ISO code of the country a place is or lies in; empty for a region."""
        code = country_code(place)
        if code:
            return {code}
        for parent in sorted(self.index.ancestors(place)):
            code = country_code(parent)
            if code:
                return {code}
        return set()

    def _countries_of(self, place: URIRef) -> set[str]:
        """ISO codes of the country a place is in, or of a region's member countries."""
        around = self._country_around(place)
        if around:
            return around
        members = {p for p, parents in self.index.located_in.items() if place in parents}
        return {c for c in (country_code(m) for m in members) if c}

    def _gazetteer_place(
        self,
        name: str,
        sentence_countries: set[str],
        *,
        inside: URIRef | None = None,
        whole_name: bool = False,
    ) -> tuple[URIRef, str | None] | None:
        """A name after 'in'/'at'/'near' that the graph lacks, looked up in the gazetteer with
        the sentence's countries and the profile's areas as context; the place becomes known to
        the index so later sentences find it too. `inside`: only a place inside that one;
        `whole_name`: the name as written, never a shorter head of it."""
        words = name.split()
        inside_countries = self._countries_of(inside) if inside is not None else set()
        for width in range(len(words), 0, -1):  # "Mogadishu Somali" → "Mogadishu"
            if len(" ".join(words[:width])) < 3 or (whole_name and width < len(words)):
                break
            head = " ".join(words[:width])
            if width < len(words) and (
                words[width] in _DESIGNATORS
                or _REGION_BEFORE.fullmatch(head + " ")
                or _DIRECTION_WORD.match(words[width - 1])
                or words[width] in _PARTICLES
                or re.match(r"(?:al|el|ad|ash|as|ar|an|at|az|ud|ul)-", words[width])
            ):
                # "Zamboanga Peninsula" is not the city of Zamboanga, "South Asia" not "South"
                break
            found = None
            for form in _article_forms(head):  # "Jisr al-Shughur" is GeoNames' "Jisr ash-Shughur"
                found = resolve_place(
                    form,
                    context_countries=sentence_countries | inside_countries,
                    area_countries=self.named_area_countries,
                    region_countries=self.area_countries,
                )
                if found is not None:
                    break
            if (
                found is None
                and "-" in head
                and width == 1
                and len(words) > 1
                and words[-1] in ("Airport", "Airbase", "Port")
            ):
                # "Madrid-Barajas Airport": the airport of the city its name starts with
                found = resolve_place(
                    head.split("-")[0],
                    context_countries=sentence_countries | inside_countries,
                    area_countries=self.named_area_countries,
                    region_countries=self.area_countries,
                )
                if found is not None and self._kind_of(found.iri) != "city":
                    found = None
            if found is not None and inside_countries and found.country not in inside_countries:
                found = None  # "Navarre" inside Spain's brackets is not Navarre, Florida
            if (
                found is not None
                and re.fullmatch(r"[A-Z]{2,5}", head)
                and self._kind_of(found.iri) == "city"
                and fold(found.name) != fold(head)
            ):
                # "AST supporters": an acronym (a group's, an agency's) is no town that has it
                # among its alternate names (Asti's airport code); a town of that very name is
                found = None
            known = sentence_countries | inside_countries  # what the sentence itself names
            expected = known | self.area_countries
            if (
                found is not None
                and width < len(words)
                and words[width][:1].isupper()
                and (
                    fold(found.name) != fold(form)
                    or (expected and found.country not in expected)
                    or (words[width] not in DEMONYMS and not words[width].isupper())
                )
                and words[-1] not in ("Airport", "Airbase", "Port")  # "Madrid-Barajas Airport"
                and not (words[width] == "City" and width + 1 == len(words))  # "Masbate City"
            ):
                # a partial name: the first words of a longer capitalised name ("Puerto Jordán"
                # is no "Puerto", El Puerto de Santa María; "Naval Air Station Pensacola" no
                # "Naval" in the Philippines, "San Vicente Norte" no "San Vicente") count only
                # as a place of that very name in a country the sentence or the profile names,
                # before a nationality or an acronym ("Mogadishu Somali forces", "Gao MNLA")
                found = None
            if (
                found is not None
                and known
                and found.country not in known
                and fold(found.name) != fold(form)
                and found.country is not None
                # "Frankfurt" for Frankfurt am Main, "Halle" for Halle (Saale): the town's own
                # name without the river or region that tells it from its namesakes
                and not re.fullmatch(
                    re.escape(form) + r"\s+(?:\(.+\)|(?:am|an|im|in|ob|upon|on|sur|"
                    r"sous|en|de|del|di)\s.+)", found.name, re.I
                )
                # "County Sligo", "Jizan Region": a subdivision's designated name says itself
                # which subdivision it is, whatever else the sentence names
                and not (self._kind_of(found.iri) == "subdivision" and len(form.split()) > 1)
            ):
                # "Abok, 20 km east of Gulu" is not Obock in Djibouti, which has "Abok" among
                # its alternate names: outside every country the sentence names
                found = None
            if found is not None:
                self.index.add_kind(found.iri, "place")
                self.index.located_in.setdefault(found.iri, set()).update(found.parents)
                self.index.labels.setdefault(found.iri, {}).setdefault("en", found.name)
                return found.iri, found.choice
        return None
