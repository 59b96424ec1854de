"""Where an attack happened: the place-finding half of the ingest context.

`find_places` reads the gazetteer places a text names (cues, frames, containers, parts, lists,
landmarks) and `local_place` states a place the gazetteer lacks inside one it has. They lived in
`kg.ingest.context` beside the entity helpers; they are here so that the place rules can be read
(and changed) apart from the graph-writing helpers every reader shares. `IngestContext` takes
them as a mixin, so callers still write `context.find_places(...)`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.gazetteer.index import Place, fold
from kg.ingest.names import slugify
from kg.ingest.place_frames import AIRPORT_AFTER, relation_after, relation_before
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


_NATIONALITY_NOUNS = re.compile(  # used with match(text, pos): anchored at pos
    r"\.?\s{1,5}(?:citizens?|nationals?|[Ee]mbass(?:y|ies)|[Aa]mbassador|diplomats?|hostages?|"
    r"[Mm]arines|peacekeepers|contractors|[Nn]avy|[Aa]ir\s+[Ff]orce|warships?|interests|"
    r"tourists?|troops|forces|soldiers|military|army|operation|aid workers?|engineers?|"
    r"journalists?|missionar\w+|government|officials?|consulate|State\s+Department|"
    r"[Dd]epartment|authorities|investigators|prosecutors|judges?|police|intelligence|courts?|"
    r"prisons?)\b"
)
_LOCAL_INSTITUTIONS = (
    r"(?:[A-Z][a-z]+\s+){0,2}(?:Government|government|Constitutional Court|[Cc]ourt|President|"
    r"Minister|[Pp]arliament|police|policemen|gendarmes|army|military|soldiers|troops|forces|city|"
    r"town|capital|authorities|officials)\b"
)
# A count right before a nationality: "two Kenyan soldiers", "15 Nigerian policemen", "dozens of
# Malian troops" are people (victims, hostages), not the country an attack happened in
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"hundred|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|several|many|some|a\s+few)\s+$",
    re.I,
)
# A place name: capitalised words, with the particles and articles names carry ("San Benedetto
# del Tronto", "Jisr al-Shughur")
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+"
_N = (
    rf"{_WORD}(?:\s+(?:(?:del|de|di|da|do|dos|das|du|des|della|delle|la|le|es|el)\s+)?"
    rf"(?:{_WORD}|(?:al|el|ad|ash|as|ar|an|at|az|ud|ul)-{_WORD})){{0,3}}"
)
# "in Peshawar", "at Gao", "off Mullaghmore" (a boat at sea beside the town: the town)
_PLACE_CUE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|outside(?: of)?|off)\s+(?:the\s+)?(?P<name>" + _N + r")"
)
# "in Bauchi and Maiduguri", "in Eruh and Şemdinli": the second of two places
_AND_CUE = re.compile(
    r"\b(?:in|at|(?:city|town|village)\s+of)\s+(?:the\s+)?" + _N + r"\s+and\s+(?:then\s+)?"
    r"(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?(?:the\s+)?(?P<second>" + _N + r")"
)
# "near Tame", "around San Vicente del Caguán", "near the village of Zar’it": reference points
_NEAR_CUE = re.compile(
    r"\b(?:near|around|close\s+to|outside)\s+(?:the\s+(?:village|town|city)\s+of\s+)?(?:the\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+(?:del\s+|de\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3})"
)
# "the Algerian city of Batna", "in the heart of Ouagadougou": a place named after a noun
_PLACE_OF_CUE = re.compile(
    r"\b(?:city|town|village|capital|heart|centre|center|outskirts|suburbs?|province|region|"
    # "the town hall of Bordeaux", "the pirate haven of Harardhere", "the coastal villages of
    # Zamboanga City": a building or a part the city owns, or a town called by what it is
    r"(?:town|city|municipal)\s+hall|haven|stronghold|bastion|villages|towns|"
    r"state|airport|port|department|governorate|district|parts?|neighbou?rhood|quarter|area|"
    r"streets?|square|market|markets|seafront|waterfront|promenade|station|jungle|"
    r"old\s+town|old\s+city)"
    r"\s+of\s+(?P<name>" + _N + r")"
    # "the departmental capital Mitú", "the town Ipil": the noun in apposition
    r"|\b(?:city|town|village|capital)\s+(?P<apposed>" + _N + r")"
    # "in west London", "in central Kabul": the city (lowercase: not a region's own name)
    r"|\b(?:in|at)\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
    r"central|downtown|inner|outer)\s+(?P<city_part>" + _N + r")"
    # "the State of Borno", "the Province of Nampula": a subdivision, its generic word first
    r"|\bthe\s+(?:State|Province|Region|Governorate|District|Department|County|Prefecture)\s+"
    r"of\s+(?:the\s+)?(?P<designated>" + _N + r")"
)
# "in northern Hama", "across north-western Nigeria": a part of a place the index may not hold
# yet (a city is looked up only after a cue); read as a part, never as the whole
_DIRECTION_PART_CUE = re.compile(
    r"\b(?:in|at|across|throughout)\s+(?:the\s+)?(?P<dir>(?:north|south)(?:-?east|-?west)?ern|"
    r"eastern|western)\s+(?P<name>" + _N + r")"
)
# "15 km from Arlit", "south of Gao", "the border with Niger", "between Gao and Ansongo", "bound
# for Kidal", "after it left Manila": a name that may be a reference point; it counts as one
# only where a frame of `kg.ingest.place_frames` recognises the words before it
_REFERENCE_CUE = re.compile(
    r"\b(?:from|of|with|to|between|and|for|left|leaving)\s+(?:the\s+)?(?P<name>" + _N + r")"
)
_BARE_PLACE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3}")
# Cues whose name counts only when the gazetteer has it (never kept as unresolved text): "on
# Palawan", "crossed into X", "the fighting spread to Tripoli", "seized West Beirut", "a Madrid
# street". So many capitalised words follow them that an unknown one is no place.
_RESOLVED_ONLY_CUE = re.compile(
    r"\b(?:on|into|across|throughout|spread\s+(?:to|into)|extended\s+to|seized|captured|"
    # "AQAP held Mukalla", "the rebels controlled Jaar and Zinjibar": territory held
    r"held|controlled|ruled|governed|"
    # "seized most of Jolo", "overran parts of Marawi": a share of the place is the place
    r"(?:seized|captured|overran|held|controlled|occupied|took)\s+(?:most|much|parts?|all|half)"
    r"\s+of|"
    r"overran|stormed|raided|besieged|shelled|occupied|took\s+(?:control\s+of|over)|took|retook|"
    r"recaptured|entered|"
    r"seized\s+control\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
    rf"(?:the\s+)?(?P<name>{_N})"
    rf"|\b(?:a|an)\s+(?P<attributive>{_N})\s+(?:street|suburb|neighbou?rhood|square|road|avenue|"
    r"market|hotel|restaurant|caf[eé]|bus|train|metro|shopping|residential)\b"

    # "hit Aden airport", "shelled Hodeidah port": the city whose airport or port it is
    rf"|\b(?P<served>{_N})\s+(?:[Ii]nternational\s+)?(?:airport|airbase|seaport|port|harbou?r|Airport|Airfield|airfield|Airbase)\b"
    # "the old mosques of Djenné", "the shrines of Karbala": the city they stand in
    r"|\b(?:mausoleums?|shrines?|tombs?|mosques?|churches|temples|monuments?|ruins|streets|"
    rf"markets|old\s+(?:town|city|quarter)|residents|inhabitants)\s+of\s+(?:the\s+)?(?P<owner_of>{_N})"
)
# "held Jaar and Zinjibar", "seized Kidal and Gao": the second of two names a verb of taking or
# holding territory governs (counts only when the gazetteer has it, like the first)
_HELD_AND_CUE = re.compile(
    r"\b(?:held|controlled|ruled|governed|seized|captured|overran|took|retook|recaptured|"
    rf"occupied|besieged)\s+(?:the\s+)?{_N}\s+and\s+(?:the\s+)?(?P<name>{_N})"
)
# "the Belfast headquarters of the Northern Bank", "the Nairobi office of the agency": the city
# (apart from _RESOLVED_ONLY_CUE, whose matches would overlap it: "stormed the Nairobi office")
# So is "the Jeddah residence of Prince X", "his Tokyo apartment", "their Karachi home": a
# dwelling or office whose owner the text names (after "of", or by a possessive determiner)
_SEAT_OF = re.compile(
    rf"\bthe\s+(?P<seat>{_N})\s+(?:headquarters|offices?|branch|bureau|residence|home|house|"
    r"apartment|flat|villa|compound|embassy|consulate)\s+of\b"
    rf"|\b(?:his|her|its|their)\s+(?P<owned_seat>{_N})\s+(?:headquarters|offices?|branch|bureau|"
    r"residence|home|house|apartment|flat|villa|compound|hideout|hotel\s+room)\b"
)
# "Lod Airport", "Kandahar Airfield", "Naval Air Station Pensacola": an airfield named after the
# city it serves, the city being the place (when the gazetteer has it as a city)
_FACILITY_CITY = re.compile(
    r"(?P<head>.+?)\s+(?:International\s+)?(?:Airport|Airfield|Airbase|Air\s+Base)"
    r"|(?:Naval|Air|Army|Marine|Military)\s+(?:Air\s+)?(?:Station|Base|Facility)\s+(?P<tail>.+)"
)
# "in Kano, Kaduna and Bauchi": every item of a list after one cue is a place; so is every item
# of "in Jakarta, Medan, Batam and several other towns"
_LIST_CUE = re.compile(
    rf"\b(?:in|at|(?P<verb>hit|struck|rocked|shook|targeted))\s+(?:the\s+)?{_N}(?P<rest>(?:\s*,\s*{_N}){{1,8}},?\s+and\s+(?:{_N}|"
    r"(?=(?:several|many|some|other|a\s+few|a\s+dozen|dozens\s+of|more)\b)))"
)
# The words that end a building's name: "the Pearl Continental Hotel" names no place
_BUILDING_WORDS = (
    r"(?:Hotel|School|Airport|Park|Lines|Mosque|Church|Cathedral|Temple|Shrine|Market|Bazaar|"
    r"Stadium|Bank|Embassy|Consulate|Station|Mall|Centre|Center|Square|Bridge|Barracks|Base|"
    r"University|College|Hospital|Bagh|Club|Cafe|Café|Restaurant|Plaza|Office|Headquarters|"
    r"Ministry|Parliament|Prison|Jail|Road|Street|Avenue|Boulevard|Lane|Highway)"
)
_BUILDING_NAME = re.compile(r"\s" + _BUILDING_WORDS + r"$")
# "Madrid-Barajas Airport": the airport of the city its name starts with (see _gazetteer_place)
_CITY_AIRPORT = re.compile(r"[^\s\-]+-[^\s]+\s+(?:Airport|Airbase|Port)")
# "the Marriott Hotel, Islamabad", "Army Public School, Peshawar": a named building, a comma and
# the city it stands in, in the clipped style of a list of facts, with no "in" before the city
_SITE_THEN_CITY = re.compile(
    r"(?<![\w’'\-])(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+){0,4}" + _BUILDING_WORDS + r"\s*,\s+(?:in\s+)?"
    r"(?P<name>" + _N + r")"
)
# "Northern Israel", "West Beirut", "Lower Juba": a direction or part word before a name
_DIRECTION_WORD = re.compile(
    r"^(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|East(?:ern)?|West(?:ern)?|Central|"
    r"Upper|Lower|Greater|Inner|Outer)$",
    re.I,
)
# a lowercase designator after a name: "in Nangarhar province", "in Borno state"
_DESIGNATOR_AFTER = re.compile(
    r"\s+(?P<kind>province|state|governorate|region|county|territory|department|prefecture|"
    r"district|wilaya)\b"
)
# ... or before it: "the province of Nampula", "the State of Borno" (never "the Islamic State
# of Iraq": a capitalised word before the designator makes it an organisation's name)
_DESIGNATOR_BEFORE = re.compile(
    r"\bthe\s+(?P<kind>(?i:province|state|governorate|region|county|territory|department|"
    r"prefecture|district|wilaya))\s+of\s+(?:the\s+)?$"
)
# Designators of a second-level unit, often named after its chief town ("Chitral district",
# "Beni territory"): without a subdivision of that name, the unit, never the town
_DISTRICT_KINDS = {"district", "territory", "county", "prefecture", "department"}
# Designators of a subdivision the gazetteer may hold under its chief town's name
_REGION_KINDS = ("region", "province", "state", "governorate", "prefecture", "department",
                 "district", "county", "wilaya")
# "in the Karrada district of Baghdad": a district or neighbourhood of the city named after it
_DISTRICT_OF_AFTER = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb|area|section)\s+of\s+(?:the\s+)?(?P<city>"
    + _N + r")"
)
# What, after a name the gazetteer lacks, says which place contains it: "Chibok, Borno State",
# "Pınarcık, a village of Mardin Province", "Bojayá, in the department of Chocó", "X, Nigeria"
# What an apposition may call a place the gazetteer lacks: "Banjawarn, a sheep station in
# Western Australia", "Dawson’s Field, a disused airstrip near Zarqa in Jordan"
_SITE_NOUNS = (
    r"station|airstrip|airfield|farm|ranch|camp|base|compound|estate|plantation|mine|oasis|"
    r"island|outpost|spring|oil\s+field|gas\s+field|crossing|junction|hamlet"
)
# "Banjawarn, a sheep station in …" at the head of an entry or after any word: the name is the
# site the apposition describes (a cue of its own; its container is read by _CONTAINER_AFTER)
_APPOSED_SITE = re.compile(
    rf"(?<![\w’'\-])(?P<name>{_N}),\s+(?:an?|the)\s+(?:[a-z\-]+\s+){{0,2}}(?:{_SITE_NOUNS})"
    r"(?=\s+(?:in|near|on|outside|north|south|east|west|some|about|\d)\b)"
)


def describes_a_site(apposition: str) -> bool:
    """Whether an apposition (', a sheep station in Western Australia,') says what kind of
    site the name before it is: then it locates that name, it does not describe a person."""
    return re.match(rf",\s+(?:an?|the)\s+(?:[a-z\-]+\s+){{0,2}}(?:{_SITE_NOUNS})\b",
                    apposition) is not None


_CONTAINER_AFTER = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w’'\-]+\s+){0,2}(?:town|village|city|district|suburb|municipality|"
    rf"hamlet|settlement|{_SITE_NOUNS})\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|"
    r"kilometers|miles)\s+)?(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)\s+of|near)\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+){1,3})?(?:of|in)\s+(?:the\s+)?|in\s+the\s+(?:department|province|state|"
    r"region|district|governorate|county|prefecture)\s+of\s+|in\s+(?:the\s+)?)?"
    r"(?:(?:central|northern|southern|eastern|western|north|south|east|west)\s+)?(?P<container>"
    + _N + r")"
)
# "Kenya’s intervention", "Kenya’s north-east": a possessive after a place name
_POSSESSIVE_AFTER = re.compile(
    r"[’']s\b(?:\s+(?:far\s+)?(?P<direction>(?:north|south)(?:-?east|-?west)?(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|central|interior)\b(?!\s+[A-Z]))?"
)
# what a possessive place owns, when it is a name: "Pakistan’s Swat valley"
_OWNED_NAME = re.compile(
    r"\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3})(?P<designator>\s+(?:valley|"
    r"region|province|state|district|county|mountains|hills|desert|coast|border\s+(?:region|area)))?"
)
# The last word of a named site or landform the gazetteer does not hold: "W National Park"
_LANDFORM_NAMES = {"Park", "Forest", "Reserve", "Gorge", "Pass", "Valley", "Mountains", "Hills",
                   "Desert", "Plateau", "Delta", "Oasis", "Junction", "Crossing"}  # fmt: skip
# "the " right before a name, and a lowercase word after it that is no preposition, conjunction
# or verb: the name is used as an adjective ("the Kyrgyz mountains", "the Maxim restaurant")
_ATTRIBUTIVE_AFTER_THE = re.compile(r"\bthe\s+$")
_COMMON_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|of|in|on|at|near|to|from|by|with|for|when|where|while|after|before|as|"
    r"that|which|who|was|were|is|are|had|has|have|on|off|into|onto|during|until|"
    # a landform or a subdivision's generic word belongs to the name: "the Swat valley"
    r"valley|valleys|mountains?|hills|desert|region|province|state|district|governorate|county|"
    r"territory|department|area|coast|plain|plateau|delta|basin|forest|jungle|river|lake|"
    r"islands?|peninsula|strip|border|frontier|highlands|corridor)\b)[a-z][a-z’']+"
)
# "the Lukodi camp", "the Barlonyo camp for displaced people": a site named after its place
_NAMED_SITE = re.compile(
    r"\bthe\s+(?P<name>" + _N + r")\s+(?:camp|refugee\s+camp|IDP\s+camp|village|settlement|"
    r"(?P<landform>junction|crossroads|crossing|gorge|pass|oasis|mountains|hills|forest)|"
    r"oil\s+field|gas\s+field)\b"
)
# "Batande in Haut-Uélé": the container without a comma
_IN_CONTAINER_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?P<container>" + _N + r")")
# words inside a name: "San Benedetto del Tronto" is no "San Benedetto"
_PARTICLES = {"del", "de", "di", "da", "do", "dos", "das", "du", "des", "della", "delle", "la",
              "es", "el",
              "le"}
# After a place the gazetteer lacks, a reference point that locates it: "Atiak, about 65 km
# north of Gulu", "Barlonyo, north of Lira", "Thirunelveli, near Jaffna"
_REFERENCE_AFTER = re.compile(
    r",?\s+(?:(?:about|some|around|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles|"
    r"nautical\s+miles|nm)\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|"
    r"outside|close\s+to|next\s+to|beside|from)\s+(?:the\s+)?(?P<ref>" + _N + r")"
)
# "Quetta, in the Hazara quarter": a quarter, neighbourhood or area of a town, no place itself
_QUARTER_AFTER = re.compile(r"\s+(?:quarter|neighbou?rhood|suburb|section)\b(?!\s+of\b)")
# "Nasr City, in Cairo", "Bandra, in central Mumbai": the town a quarter lies in
_IN_TOWN_AFTER = re.compile(
    r",\s+in\s+(?:(?:central|northern|southern|eastern|western|downtown)\s+)?(?P<town>"
    + _N + r")(?!\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Gg]overnorate|[Cc]ounty))"
)
# "Le Jardin, a nightclub in Abidjan", "Chez Ali, a popular café": a venue named, not a place
_VENUE_AFTER = re.compile(
    r",\s+an?\s+(?:[\w’'\-]+\s+){0,2}(?:bar|bar-restaurant|restaurant|caf[eé]|hotel|"
    r"guesthouse|nightclub|club|disco(?:theque)?|mall|cinema|theatre|theater|school|church|mosque|"
    r"shop|supermarket|stadium|pub|brasserie|lounge|bakery)\b"
)
# soldiers of a country: abroad as often as at home
_MILITARY = re.compile(r"\s+(?:troops|forces|soldiers|army|military)\b")
# "X-based", "X-born": a name that qualifies something else
_HYPHEN_ADJECTIVE_AFTER = re.compile(
    r"[-‑–](?:based|born|bred|backed|funded|linked|led|run|administered|controlled|held|occupied|"
    r"ruled)\b"
)

_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|The|This|That|These|Following|However|After|Before|During|Addition|Response|"
    r"Islam|Islamic|Arabic|English|French|Total|Part|Order|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Christmas|Easter|Eid|Ramadan|Ashura|New\s+Year|Passover|Hanukkah|"
    r"Yom\s+Kippur|Diwali|Holi|Nowruz|Navruz|Vesak|Thanksgiving|Lent|Advent|"
    # a person's title: "aimed at Prime Minister Atef Sidqi" names a person
    r"President|Prime\s+Minister|Minister|Colonel|Lieutenant|Captain|Judge|Senator|Mayor|"
    r"Ayatollah|Sheikh|Mullah|Mr|Mrs|Dr)\b"
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


# "in the south of Kaduna State": a part, not a reference point ("south of Kaduna")
_THE_DIRECTION_OF = re.compile(
    r"\bthe\s+(?:far\s+)?(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)\s+of\s+(?:the\s+)?$",
    re.I,
)
_DIRECTION_ADJECTIVE = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "north-eastern", "north-east": "north-eastern", "northwest": "north-western",
    "north-west": "north-western", "southeast": "south-eastern", "south-east": "south-eastern",
    "southwest": "south-western", "south-west": "south-western", "centre": "central",
    "center": "central", "interior": "interior",
}  # fmt: skip
_PART_BEFORE = re.compile(
    r"\b(?P<part>(?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?ern|[Ee]astern|[Ww]estern|"
    r"[Cc]entral|Upper|Lower)\s+$"  # "Upper Egypt": a subdivision of that name, else a part
)


# "India blamed LeT", "Kenya said": a country as the one who speaks or acts, not a place
_AGENT_VERB = re.compile(
    # "the United States and Saudi Arabia attributed": the first of two who speak, too
    r"(?:\s+and\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3})?"
    r"\s{1,5}(?:blamed|accused|attributed|said|says|claimed|denied|announced|suspected|"
    r"retaliated|responded|declared|designated|banned|listed|arrested|extradited|freed|released|"
    r"agreed|refused|paid|negotiated|demanded|deployed|expelled|recalled|condemned)\b"
)
# "the Yemen Province of the Islamic State": a branch of an organisation named after a place
_BRANCH_OF_AFTER = re.compile(
    r"\s+(?:Province|Wilayah|Wilayat|Branch|Chapter)\s+of\s+(?:the\s+)?(?:Islamic\s+State|"
    r"Caliphate|IS\b|ISIS|ISIL|Daesh|al[- ]Qa)",
    re.I,
)
# "Lake Chad", "Mount Kenya": the place name is part of another one
_LONGER_NAME_BEFORE = re.compile(
    r"\b(?:Lake|Mount|Mt\.?|River|Gulf|Sea|Bay|Port|Fort|Cape)\s+$"
    # "the Gulf of Oman", "the Bay of Bengal", "the Strait of Hormuz": a sea, not the country
    r"|\b(?:Gulf|Bay|Sea|Straits?|Isle|Cape|Lake|Horn|Gulf)\s+of\s+(?:the\s+)?$"
)
_LONGER_NAME_AFTER = re.compile(r"\s+(?:del|de|de\s+la|do|da|dos|das)\s+[A-ZÀ-ÖØ-ÞĀ-ſ]")
# After a place and a comma, the place it lies in: "Chibok, Borno State", "Pınarcık, a village
# of Mardin Province", "Bojayá, in the department of Chocó", "Marawi, in Lanao del Sur"
_QUALIFIER_BEFORE = re.compile(
    r"(?<![.;])\b[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3},\s+(?:(?:an?|the)\s+(?:[a-z]+\s+)?"
    rf"(?:town|village|city|district|suburb|capital|port|municipality|{_SITE_NOUNS})\s+(?:of|in)\s+|in\s+the\s+"
    r"(?:department|province|state|region|district|governorate)\s+of\s+|in\s+(?:the\s+)?|on\s+"
    r"(?:the\s+)?)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?$"
)
# A name followed by what it names: a building or a body, not a place
_FACILITY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:barracks|stadium|arena|supermarket|hotel|building|headquarters|"
    r"school|church|mosque|market|embassy|station|club|garage|base|camp|office|offices|steelworks|"
    r"factory|plant|refinery|mill|works|mine|prison|jail|airport|hospital|university|college|"
    r"shrine|temple|cemetery|mausoleum|tomb|hall|compound|checkpoint|bazaar|mall|restaurant|"
    r"caf[eé]|bar|nightclub|bakery|resort|terminal|residence)\b"
)

_NAMED_FACILITY_AFTER = re.compile(
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){1,3}" + _FACILITY_AFTER.pattern
)


# "Borno, Yobe and Adamawa States", "Northern and Eastern Provinces": one designator for all
_SHARED_DESIGNATOR = re.compile(
    r"(?P<names>(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]{1,40}\s{0,3},\s{0,3}){0,10}[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]{1,40})\s+and\s+"
    r"(?P<last>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]{1,40})\s+(?P<kind>(?i:States|Provinces|Regions|Districts|"
    r"Departments|Governorates|Counties|Territories))\b"
)
# "northern and western Yemen", "Central and East Africa": two parts of one whole
_SHARED_WHOLE = re.compile(
    r"\b(?P<first>(?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|[Ee]ast(?:ern)?|"
    r"[Ww]est(?:ern)?|[Cc]entral)\s+and\s+(?P<second>(?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?"
    r"(?:ern)?|[Ee]ast(?:ern)?|[Ww]est(?:ern)?|[Cc]entral)\s+(?P<whole>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2})"
)


def shared_wholes(text: str) -> str:
    """'northern and western Yemen' → 'northern Yemen and western Yemen', 'Central and East
    Africa' → 'Central Africa and East Africa': each part with the whole both belong to."""
    return _SHARED_WHOLE.sub(
        lambda m: f"{m['first']} {m['whole']} and {m['second']} {m['whole']}", text
    )


def _singular_designator(kind: str) -> str:
    """'States' or 'states' → 'State', 'Counties' → 'County': the designator one name takes."""
    kind = kind.capitalize()
    return kind[:-3] + "y" if kind.endswith("ies") else kind[:-1]


def shared_designators(text: str) -> str:
    """'Borno, Yobe and Adamawa States' → 'Borno State, Yobe State and Adamawa State': each name
    with the designator the list shares, so each is looked up as the place it is."""

    def distribute(match: re.Match[str]) -> str:
        singular = _singular_designator(match["kind"])  # "the Gao and Timbuktu regions" too
        names = [n.strip() for n in match["names"].split(",")] + [match["last"]]
        designated = [f"{n} {singular}" for n in names]
        return f"{', '.join(designated[:-1])} and {designated[-1]}"  # still a list to the cues

    return _SHARED_DESIGNATOR.sub(distribute, text)


# "the Saudi border provinces of Jizan and Najran", "the Nigerian states of Borno, Yobe and
# Adamawa": subdivisions of the country the adjective names, one designator for all
_NATIONAL_DESIGNATOR = re.compile(
    r"(?:\bthe\s+)?\b(?P<demonym>[A-Z][a-zé]+(?:\s+Lankan)?)\s+(?:(?:border|northern|southern|"
    r"eastern|western|central|coastal|frontier|tribal|restive)\s+)?(?P<kind>provinces|regions|"
    r"states|governorates|districts|counties|departments|prefectures)\s+of\s+"
    rf"(?P<names>{_N}(?:\s*,\s*{_N}){{0,8}},?\s+and\s+{_N})"
)


def national_designators(text: str) -> str:
    """'the Saudi border provinces of Jizan and Najran' → 'Jizan Province and Najran Province':
    each name with the designator the list shares, so each is looked up as the subdivision it
    is ('Jizan Province' is Jazan Region, not the city of Jizan). Only after an adjective of
    nationality the index knows; other words are left as they are."""

    def distribute(match: re.Match[str]) -> str:
        if match["demonym"] not in DEMONYMS:
            return match.group(0)
        singular = _singular_designator(match["kind"])
        names = [f"{n.strip()} {singular}" for n in re.split(r",|\band\b", match["names"])
                 if n.strip()]
        return f"{', '.join(names[:-1])} and {names[-1]}"  # still a list to the place cues

    return _NATIONAL_DESIGNATOR.sub(distribute, text)


_NAME_AT = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3}")


# A street or square named before a comma and a city ("on the avenue Trudaine, in Paris", "at
# Plaza Miranda, in Manila", "Malvern Street, off the Shankill Road"): no place of its own
_STREET_WORD = re.compile(
    r"(?:Avenue|Boulevard|Street|Road|Lane|Plaza|Piazza|Praça|Place|Square|Rue|Calle|Avenida|"
    r"Via|Strasse|Straße|Maidan|Chowk)$|(?:Plaza|Piazza|Praça|Rue|Calle|Avenida|Via|Maidan)$"
)
_STREET_BEFORE = re.compile(
    r"\b(?:avenue|boulevard|rue|street|road|lane|square|plaza|quai|place)\s+(?:de\s+|du\s+|des\s+|"
    r"de\s+la\s+)?$"
)


# "the Lebanese town of ", "a Malian village called ": the country of a town the gazetteer lacks
_NATIONAL_TOWN_BEFORE = re.compile(
    r"\b(?P<demonym>[A-Z][a-zé]+)\s+(?P<kind>town|city|village|port|settlement)\s+"
    r"(?:of|called|named)\s+$"
)


_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|near|outside|around|from|to|into|of|on|across)\s+(?:the\s+)?$"
)
_ITEM_BEFORE = re.compile(rf"(?P<item>{_N})(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def _placed_name(text: str, start: int, depth: int = 0) -> bool:
    """Whether the name at `start` stands where a place stands: after a place word ('in
    Chibok'), or as an item of a list whose first item does ('in Kano and Kaduna'); never
    'two judges, Sohel Ahmed and Jagannath Pandey', a list of persons."""
    before = text[max(0, start - 80) : start]
    if _PLACE_WORD_BEFORE.search(before):
        return True
    item = _ITEM_BEFORE.search(before)
    if item is None or depth > 8:
        return False
    return _placed_name(text, max(0, start - 80) + item.start("item"), depth + 1)


def _qualifies_a_place(text: str, start: int) -> bool:
    """The name at `start` follows a place and a comma ('Chibok, Borno State'): it is the
    container written beside it, unless that place is only a reference point ('south of Gao,
    in Mali', 'near Tame, in the department of Arauca': there the second is where)."""
    window_start = max(0, start - 120)
    found = _QUALIFIER_BEFORE.search(text[window_start:start])
    if found is None:
        return False
    name_start = window_start + found.start()
    previous = found.group(0).split(",")[0].split()
    here = _NAME_AT.match(text, start)
    if here is not None and len(previous) > 1 and previous[-1] == here.group(0).split()[-1]:
        return False  # "Borno State, Yobe State": a list of places of one kind, not a container
    if re.fullmatch(r"[A-Z]{2,6}", previous[-1]):
        return False  # "with AQIM and MUJAO, on Konna": an organisation's acronym, no place
    if not _placed_name(text, name_start) and resolve_place(" ".join(previous)) is None:
        # "killed two judges, Sohel Ahmed and Jagannath Pandey, in Jhalakathi": a name that
        # stands where no place stands, and no place of the gazetteer: the name after the
        # comma is where, not its container
        return False
    if _STREET_BEFORE.search(text[max(0, name_start - 30) : name_start]) or _STREET_WORD.match(
        previous[0]
    ) or _STREET_WORD.fullmatch(previous[-1]):
        return False  # "on the avenue Trudaine, in Paris", "at Plaza Miranda, in Manila"
    return _reference_relation(text[max(0, name_start - 60) : name_start]) is None


def _cue_group(match: re.Match[str]) -> str:
    """The named group of a place cue that matched: the name, the second of two, or the name
    in apposition."""
    for group in ("name", "second", "apposed", "designated", "city_part"):
        if group in match.re.groupindex and match.group(group) is not None:
            return group
    return "name"


# "South Asia", "Southeast Asia", "West Africa": a region named after a continent
_REGION_BEFORE = re.compile(
    r"\b(?P<part>(?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|[Ee]ast(?:ern)?|"
    r"[Ww]est(?:ern)?|[Cc]entral|[Ss]ub-Saharan|[Cc]ontinental|[Mm]ainland)\s+$"
)
_DESIGNATORS = {
    "Peninsula", "Valley", "Mountains", "Mountain", "Basin", "Coast", "Desert", "Plateau",
    "Delta", "Island", "Islands", "Country", "Sea", "Lake", "River", "Highlands", "Hills",
    "Strip", "Bank", "Gulf", "Asia", "Africa", "Europe", "America",
}  # fmt: skip
_CONTINENTS = {"Asia", "Europe", "Africa", "North America", "South America", "Oceania",
               "Antarctica", "America", "Americas"}  # fmt: skip


def _reference_relation(before: str, after: str = "") -> str | None:
    """How a place named right after `before` is only a reference point or plays another role
    ('near-border-with', 'south-of', 'distance-from', 'held-in', 'source'), or None when the
    words before it make it a place where something happened: the frames of
    `kg.ingest.place_frames`, the one table of them."""
    return relation_before(before, after)




class PlaceFinder:
    """The place methods of `kg.ingest.context.IngestContext` (a mixin: it reads the context's
    entity index, the countries of the profile's areas and its guarded writes)."""

    index: EntityIndex
    area_countries: set[str]
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
        text = national_designators(shared_designators(text))
        mentions = self.mentions(text)
        placed: list[tuple[Mention, URIRef]] = []
        for mention in mentions:
            best = mention.best()
            if best is None or "place" not in self.index.kinds.get(best, set()):
                continue
            if _NATIONALITY_NOUNS.match(text, mention.end) or _AGENT_VERB.match(text, mention.end):
                continue  # "U.S. citizen", "India blamed LeT": not where anything happened
            if _BRANCH_OF_AFTER.match(text, mention.end):
                continue  # "the Yemen Province of the Islamic State claimed": who, not where
            if _HYPHEN_ADJECTIVE_AFTER.match(text, mention.end):
                continue  # "a Pakistan-based group": not where anything happened
            if _QUARTER_AFTER.match(text, mention.end) and mention.start > 0 and re.search(
                r"\bthe\s+$", text[max(0, mention.start - 5) : mention.start]
            ):
                continue  # "in Quetta, in the Hazara quarter": a quarter, named with its town
            if _inside_longer_name(text, mention.start, mention.end):
                continue  # "Tehrik-i-Taliban Pakistan", "Chad Smith", "Islamic State of Iraq"
            if _LONGER_NAME_BEFORE.search(text[max(0, mention.start - 12) : mention.start]) or _LONGER_NAME_AFTER.match(  # noqa: E501
                text, mention.end
            ):
                continue  # "Lake Chad", "San Vicente del Caguán": another place's name
            if _NAMED_FACILITY_AFTER.match(text, mention.end):
                continue  # "the Sahel Palace hotel": a building named after the place
            if _STREET_WORD.search(mention.text.split()[-1]) and len(mention.text.split()) > 1:
                continue  # "off the Shankill Road in Belfast": a street, the city is the place
            before = text[max(0, mention.start - 120) : mention.start]
            relation = _reference_relation(
                before, text[mention.end : mention.end + 80]
            ) or relation_after(text, mention.end, before)
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
                elif owned is not None and (
                    owned["designator"] or ""
                ).strip() in _DISTRICT_KINDS and (
                    district := self._district_of_town(
                        owned["name"], owned["designator"].strip(), self._countries_of(best), best
                    )
                ) is not None:
                    # "Kyrgyzstan’s Batken district": the district named after its chief town
                    # (never the town), inside what holds the town
                    finding.parts.append(district)
                elif owned is not None and not _NOT_PLACES.match(owned["name"]) and (
                    owned["name"].split()[-1] in _LANDFORM_NAMES
                ) and self._gazetteer_place(owned["name"], self._countries_of(best), inside=best,
                                            whole_name=True) is None:
                    # "Benin’s W National Park": a site the gazetteer lacks, inside the owner
                    finding.local.append((owned["name"], best, f"the text places it in "
                                          f"{text[mention.start : mention.end]!r}"))
                elif owned is not None and not _NOT_PLACES.match(owned["name"]):
                    # "Pakistan’s Swat valley": the place inside it, else a part of it
                    own = self._gazetteer_place(
                        owned["name"], self._countries_of(best), inside=best
                    )
                    if own is not None and own[0] != best:
                        owned_places.append((owned.start("name"), owned.end("name"), own[0]))
                    elif owned["designator"]:  # "Swat valley", never "Kenya’s President"
                        finding.parts.append((owned.group(0).strip(), best))
                continue
            region = _REGION_BEFORE.search(before)
            if (
                region is not None and region.end() == len(before)
                and self.index.labels.get(best, {}).get("en") in _CONTINENTS
            ):
                # "South Asia", "Western Europe" when data/places.ttl lacks the region: a
                # region of its own, never the continent
                written = f"{region['part']} {text[mention.start : mention.end]}"
                finding.parts.append((written, best))
                finding.regions.append(written)
                continue
            quarter = _THE_DIRECTION_OF.search(before)
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
                if own is not None and own != best and (
                    self._inside(own, best) or fold(self.name_of(own)) == fold(written)
                ):  # "Northern Ireland" is GB-NIR by its own name, no part of Ireland
                    placed.append((mention, own))
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
                ((m, p) for m, p in placed[i + 1 :]
                 if re.fullmatch(r"\s+of\s+(?:the\s+)?", text[mention.end : m.start])),
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
        for _, reference, _ in finding.references:  # "near Gulu": somewhere in Uganda
            sentence_countries |= self._countries_of(reference)
        verb_items = _verb_list_items(text)  # resolved only, and no item qualifies another
        list_items = {**_list_items(text), **verb_items}
        list_spans = _list_spans(text)  # start of each name in a list → end of the list
        kept = [
            (mention, place) for mention, place in kept
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
        direction_parts: dict[int, str] = {}  # "in northern Hama": start → "northern"
        for match in _DIRECTION_PART_CUE.finditer(text):
            if match["name"].split()[0] not in _PARTICLES:
                cue(match.start("name"), match["name"], 1)
                direction_parts[match.start("name")] = match["dir"]
        attributive: set[int] = set()  # "a Madrid street": the name before a common noun
        for match in _RESOLVED_ONLY_CUE.finditer(text):
            group = next(
                g for g in ("name", "attributive", "served", "owner_of") if match[g] is not None
            )
            cue(match.start(group), match[group], 1)
            if group in ("attributive", "served"):
                attributive.add(match.start(group))
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
        sites = {m.start("name"): m for m in _NAMED_SITE.finditer(text)}
        for start, match in sites.items():
            cue(start, match["name"], 1)
        # the countries of the sentence's reference points too ("Abok, 20 km east of Gulu":
        # somewhere in Uganda), before any name is resolved
        for start, (name, _) in sorted(cues.items()):
            if _reference_relation(
                text[max(0, start - 120) : start], text[start + len(name) : start + len(name) + 80]
            ) is not None:
                reference = self._known_place(name, sentence_countries)
                if reference is not None:
                    sentence_countries |= self._countries_of(reference)
        qualifying: set[URIRef] = set()  # wholes named only to say where a place lies
        attributive_items = _attributive_list_items(text)
        for start, (name, strength) in sorted(cues.items()):
            if start in attributive_items:
                finding.notes.append(f"{name!r} is one of a list of names that qualify the "
                                     "noun after them, not a place")
                continue
            if name.startswith("The ") and len(name.split()) > 1 and not any(
                a <= start < b for a, b in covered
            ) and not _NOT_PLACES.match(name[4:]) and self._gazetteer_place(
                name, sentence_countries, whole_name=True
            ):
                strength = max(strength, 1)  # "in The Hague": a name that has its article
            elif any(a <= start < b for a, b in covered) or _NOT_PLACES.match(name):
                continue
            if name.lower() in _REGION_KINDS:
                continue  # "the State of Borno": the generic word, read with the name after it
            if re.search(r"\s(?:Day|Eve)$", name):
                continue  # "the Independence Day parade": a holiday, not a place
            possessive = re.match(r"(?P<owner>[^\s’']+)[’']s(?:\s|$)", name)
            if possessive is not None and start not in apposed_sites:
                # "Lagos’s Murtala Muhammed airport", "Karachi’s port": in the city that owns it
                # (a country that owns is read with the mentions above)
                name = possessive["owner"]
            relation = _reference_relation(
                text[max(0, start - 120) : start], text[start + len(name) : start + len(name) + 80]
            ) or relation_after(
                text, start + len(name), text[max(0, start - 120) : start]
            )
            if relation == "route" and AIRPORT_AFTER.match(text, start + len(name)):
                relation = None  # "on the road from Addis Ababa airport": in Addis Ababa
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
            if re.match(r"\d", name) or name in finding.unresolved:
                continue
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
            if self.index.demonym(name.split()[0]) is not None or name.split()[0] in DEMONYMS:
                continue  # "in the Algerian city of Batna": the city comes with "city of"
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
            qualifier = re.match(r",\s+(?P<q>" + _N + r")", text[end:])
            beside = (
                self._known_place(qualifier["q"], context) if qualifier is not None else None
            )
            if beside is not None:
                # "Hamra, Beirut": the name is looked up in Lebanon, never a place elsewhere
                # that has it among its other names
                context |= self._countries_of(beside)
            if _STREET_WORD.match(name.split()[0]) and len(name.split()) > 1:
                # "at Plaza Miranda, in Manila", "in Via Fani, Rome": a street or square, never
                # a place of its own; the city the text puts it in is the place
                street_in = self._container_after(text, start + len(name), context)
                if street_in is not None and relation is None:
                    finding.notes.append(f"{name!r} is a street or square; {street_in[1]}: "
                                         "placed there")
                    resolved.append((start, start + len(name), street_in[0]))
                continue
            served = _FACILITY_CITY.fullmatch(name)
            if served is not None and relation is None:
                city_name = served["head"] or served["tail"]
                container = self._container_after(text, end, context)
                within_country = container[0] if container is not None and self._kind_of(
                    container[0]) in ("subdivision", "country") else None
                # "Heathrow Airport in England" is no Heathrow, Florida
                city = self._gazetteer_place(city_name, context, whole_name=True,
                                             inside=within_country)
                if city is not None and self._kind_of(city[0]) == "city":
                    finding.notes.append(f"{name!r} is named after the city it serves: placed "
                                         f"in {city_name!r}")
                    resolved.append((start, end, city[0]))
                    continue
                if within_country is not None and container is not None:
                    # "East Midlands Airport in England": an airfield the gazetteer lacks,
                    # inside the region or country the text puts it in
                    finding.local.append((name, container[0], container[1]))
                    resolved.append((start, end, container[0]))
                    continue
            if _BUILDING_NAME.search(name) and not _CITY_AIRPORT.fullmatch(name):
                continue  # "outside the Pearl Continental Hotel": a building, not the Pearl
            if _FACILITY_AFTER.match(text, end) and start not in attributive and start not in sites:
                continue  # "the Civil Guard barracks", "the Vodafone Arena football stadium"
            if start not in list_items and start not in site_cities and _qualifies_a_place(
                text, start
            ):
                continue  # the container written beside the place
            district = _DISTRICT_OF_AFTER.match(text, end)
            whole = self._known_place(district["city"], context) if district is not None else None
            if district is not None and whole is not None and self._kind_of(whole) in (
                "subdivision", "country"
            ) and self._gazetteer_place(name, context, inside=whole) is None:
                # "the Makombo area of Haut-Uélé": a place inside the province
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
                    f"{name} {designator['kind'].capitalize()}", context, inside=inside,
                    whole_name=True,
                )
                if found is not None and self._kind_of(found[0]) == "city":
                    found = None  # "Chitral District" is not the town of Chitral
                if found is None:  # "the Timbuktu region": ML-6, which ISO calls Tombouctou
                    region = self._subdivision_named(
                        f"{name} {designator['kind'].capitalize()}", context
                    )
                    found = (region, None) if region is not None else None
                district = None if found is not None else self._district_of_town(
                    name, designator["kind"], context, inside
                )
                if district is not None:
                    # "in Chitral district", "in Beni territory": the district named after its
                    # chief town, which the gazetteer lacks; never the town itself
                    if relation is None:
                        finding.parts.append(district)
                        resolved.append((start, end, district[1]))
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
                        finding.notes.append(f"{name!r} is a side of {' '.join(words[1:])!r}: "
                                             "placed in the city")
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
            if found is None:
                found = self._gazetteer_place(name, context, inside=inside)
            if found is not None and start in sites and sites[start]["landform"] in (
                "mountains", "hills", "forest", "gorge", "pass"
            ) and self._kind_of(found[0]) == "city":
                found = None  # "the Latakia mountains" are not the city of Latakia
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
                if container is not None and relation is None:
                    # "the Beit Lid junction", "the Kamarob gorge": a landform keeps its word
                    landform = sites[start]["landform"]
                    written = f"{name} {landform}" if landform else name
                    finding.local.append((written, container[0], container[1]))
                    resolved.append((start, end, container[0]))
                continue
            if found is None:
                if resolved_only:
                    # "pushed on Konna, about 60 km from Mopti": a town, since the text
                    # locates it (inside a country of the profile's areas)
                    near = _REFERENCE_AFTER.match(text, end) if relation is None else None
                    container = self._container_after(text, end, context) if near else None
                    if container is not None and not re.fullmatch(r"[A-Z]{2,6}", name):
                        finding.local.append((name, container[0], container[1]))
                        resolved.append((start, end, container[0]))
                    continue
                if relation is None:
                    container = self._container_after(text, end, context)
                    national = _NATIONAL_TOWN_BEFORE.search(text[max(0, start - 40) : start])
                    country = self.index.demonym(national["demonym"]) if national else None
                    if container is None and country is not None:
                        # "the Lebanese town of Arsal": a town of the country the adjective names
                        container = (country, f"the text calls it a {national['demonym']} "
                                     f"{national['kind']}")
                    if container is None and start in list_spans:
                        # "in Faradje, Doruma and Batande in Haut-Uélé": the list's container
                        container = self._container_after(text, list_spans[start], context)
                    if container is None and start in apposed_sites and (
                        not _PLACE_WORD_BEFORE.search(text[max(0, start - 12) : start])
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
                        continue
                    finding.unresolved.append(name)
                elif (name, relation) not in finding.unresolved_references:
                    # a reference point the gazetteer lacks is no place either: reported
                    finding.unresolved_references.append((name, relation))
                continue
            iri, choice = found
            if start in site_cities and start not in list_items and self._kind_of(iri) != "city":
                continue  # "the Marriott Hotel, Islamabad" names a city there, nothing else
            if relation is not None:  # a reference point, never where it happened
                if not any(r[1] == iri for r in finding.references):
                    finding.references.append((name, iri, relation))
                continue
            inner = _IN_TOWN_AFTER.match(text, end)
            known = self.index.lookup(inner["town"], "place")[0] if inner is not None else None
            if known is not None and self._kind_of(known) not in ("city", None):
                inner = None  # "Juanjuí, in San Martín": the region the profile names, no city
            if inner is not None and self._kind_of(iri) == "city":
                town = self._gazetteer_place(inner["town"], context | self._countries_of(iri))
                if town is not None and town[0] != iri and self._bigger_city(town[0], iri):
                    # "at Nasr City, in Cairo": a quarter of the city the text puts it in,
                    # which is the place
                    finding.notes.append(
                        f"{name!r} lies in {inner['town']!r}, which the text gives: placed there"
                    )
                    resolved.append((inner.start("town"), inner.end("town"), town[0]))
                    continue
            resolved.append((start, end, iri))
            if choice:
                finding.choices.append(choice)
        local_containers = {c for _, c, _ in finding.local}
        part_wholes = {w for _, w in finding.parts}
        if resolved or finding.local or finding.parts:
            # "Maiduguri, Nigeria": the country that only qualifies the town is not a place
            qualifiers = {
                place
                for start, end, iri in resolved
                for mention, place in kept
                if re.fullmatch(
                    r"\s*,\s*(?:the\s+(?:(?:capital|city|town|region|province)\s+of\s+)?)?",
                    text[end : mention.start],
                )
                and place in self.index.ancestors(iri)
            } | local_containers | qualifying
            order = sorted(
                [(m.start, p) for m, p in kept if p not in qualifiers]
                + [(start, iri) for start, _, iri in resolved
                   if iri not in local_containers and iri not in part_wholes]
            )
            finding.places = list(dict.fromkeys(p for _, p in order))
        bare = text.strip(" .")
        if (
            not finding.places and not finding.unresolved and not finding.parts
            and not finding.local and _BARE_PLACE.fullmatch(bare)
        ):
            # a list item that is only a name ("Borno", "Mogadishu" among areas of operation)
            region = None
            if bare.split()[-1].lower() in _REGION_KINDS and len(bare.split()) > 1:
                region = self._subdivision_named(bare, sentence_countries)  # "Timbuktu Region"
            found = (region, None) if region is not None else self._gazetteer_place(
                bare, sentence_countries, inside=within
            )
            if found is not None:
                finding.places.append(found[0])
                if found[1]:
                    finding.choices.append(found[1])
        if (
            not finding.places and not finding.parts and not finding.local and demonyms
            and not finding.unresolved  # a town the text names is where, not the nationality
        ):
            for match in re.finditer(r"\b([A-Z][a-zé]+)\s+" + _LOCAL_INSTITUTIONS, text):
                if _COUNTED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
                    continue  # "killed two Kenyan soldiers": victims, wherever they were
                place = self.index.demonym(match.group(1))
                if place is not None and _MILITARY.match(text, match.end(1)) and (
                    self.area_countries and not self._countries_of(place) & self.area_countries
                ):
                    continue  # "brought in French troops": foreign forces, not where it was
                if place is not None and place not in finding.places:
                    finding.places.append(place)
                    finding.by_demonym = True
        return finding

    def _bigger_city(self, city: URIRef, other: URIRef) -> bool:
        """Whether `city` is a city more populous than `other` (so `other` may be a quarter of
        it, as GeoNames lists some large quarters as cities of their own)."""
        from kg.gazetteer import gazetteer

        world = gazetteer()
        one, two = world.place(str(city)), world.place(str(other))
        return (
            one is not None and two is not None and one.kind == "city"
            and one.country == two.country and one.population > two.population
            and _km_apart(one, two) < _QUARTER_KM
        )

    def _inside(self, place: URIRef, whole: URIRef) -> bool:
        return place == whole or whole in self.index.ancestors(place)

    def _container_after(
        self, text: str, end: int, context: set[str]
    ) -> tuple[URIRef, str] | None:
        """The place the text puts right after a name the gazetteer lacks ('Chibok, Borno
        State'; 'Thirunelveli, near Jaffna' in a country of the profile's areas), with how."""
        match = _CONTAINER_AFTER.match(text, end) or _IN_CONTAINER_AFTER.match(text, end)
        owned = re.fullmatch(r"(?P<owner>.+?)[’']s\s+(?P<owned>.+)", match["container"]) if (
            match is not None
        ) else None
        if owned is not None:
            # "Kpinkankandi, in Togo’s Savanes region": the subdivision inside the owner
            owner = self._known_place(owned["owner"], context)
            if owner is None:
                return None
            designator = _DESIGNATOR_AFTER.match(text, match.end("container"))
            name = owned["owned"] + (f" {designator['kind'].capitalize()}" if designator else "")
            own = self._gazetteer_place(name, self._countries_of(owner), inside=owner,
                                        whole_name=True) or self._gazetteer_place(
                owned["owned"], self._countries_of(owner), inside=owner)
            where = own[0] if own is not None and self._kind_of(own[0]) != "city" else owner
            return where, f"the text places it in {match['container']!r}"
        if match is not None:
            written = match["container"]
            words = written.split()
            if len(words) > 1 and _DIRECTION_WORD.match(words[0]) and (
                self._known_place(written, context) is None
            ):
                written = " ".join(words[1:])  # "in central Rome": Rome; not Central Sulawesi
            designator = _DESIGNATOR_AFTER.match(text, match.end("container"))
            designated = None if designator is None else self._subdivision_named(
                f"{written} {designator['kind'].capitalize()}", context
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
            # a subdivision or a country: a town in it; a city: more likely a building or a
            # quarter of it ("the Radisson Blu, Bamako"), which the caller places in the city
            if iri is not None and self._kind_of(iri) in ("subdivision", "country", "city"):
                return iri, f"the text places it in {written!r}"
        near = _REFERENCE_AFTER.match(text, end)
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
            return None
        wholes = sorted(self.index.located_in.get(town[0], set()))
        whole = next((w for w in wholes if self._kind_of(w) == "subdivision"), None)
        whole = whole or next((w for w in wholes if self._kind_of(w) == "country"), None)
        return (f"{name} {kind.lower()}", whole) if whole is not None else None

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
            bare = {fold(re.sub(r"\s+(?:" + "|".join(_REGION_KINDS) + r")$", "", n, flags=re.I))
                    for n in names}
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

    def _site_container(
        self, text: str, end: int, context: set[str]
    ) -> tuple[URIRef, str] | None:
        """Where the clause after a named camp or village puts it: 'in Gulu District' (a
        subdivision or country), or ', north of Lira' (a reference point's country when it is
        among the profile's areas)."""
        clause = re.match(r"[^.;:]{0,80}", text[end:])
        tail = clause.group(0) if clause else ""
        # "in Gulu District", "of the Rasht Valley" (a region data/places.ttl has), "in
        # northern Israel" (a part: the country holds it)
        inside = re.match(
            r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|"
            r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
            r"(?P<container>" + _N + r")", tail
        ) or re.search(r"\bin\s+(?:the\s+)?(?P<container>" + _N + r")", tail)
        if inside is not None:
            iri = self._known_place(inside["container"], context)
            if iri is not None and self._kind_of(iri) in ("subdivision", "country", None):
                return iri, f"the text places it in {inside['container']!r}"
        for comma in re.finditer(",", tail):
            found = self._container_after(tail, comma.start(), context)
            if found is not None and self._kind_of(found[0]) == "country":
                return found
        return None

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
        what = "a part" if part else "a place"
        self.add(
            section, iri, DCTERMS.description,
            Literal(f"{what} the gazetteer lacks, as the profile names it ({why})", lang="en"),
        )
        self.index.add_kind(iri, "place")
        self.index.located_in.setdefault(iri, set()).add(whole)
        self.index._ancestors.pop(iri, None)
        return iri

    def _countries_of(self, place: URIRef) -> set[str]:
        """ISO codes of the country a place is in, or of a region's member countries."""
        code = country_code(place)
        if code:
            return {code}
        for parent in sorted(self.index.ancestors(place)):
            code = country_code(parent)
            if code:
                return {code}
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
                words[width] in _DESIGNATORS or _REGION_BEFORE.fullmatch(head + " ")
                or _DIRECTION_WORD.match(words[width - 1]) or words[width] in _PARTICLES
                or re.match(r"(?:al|el|ad|ash|as|ar|an|at|az|ud|ul)-", words[width])
            ):
                # "Zamboanga Peninsula" is not the city of Zamboanga, "South Asia" not "South"
                break
            found = None
            for form in _article_forms(head):  # "Jisr al-Shughur" is GeoNames' "Jisr ash-Shughur"
                found = resolve_place(
                    form,
                    context_countries=sentence_countries | inside_countries,
                    area_countries=self.area_countries,
                )
                if found is not None:
                    break
            if found is None and "-" in head and width == 1 and len(words) > 1 and words[-1] in (
                "Airport", "Airbase", "Port"
            ):
                # "Madrid-Barajas Airport": the airport of the city its name starts with
                found = resolve_place(
                    head.split("-")[0], context_countries=sentence_countries | inside_countries,
                    area_countries=self.area_countries,
                )
                if found is not None and self._kind_of(found.iri) != "city":
                    found = None
            if found is not None and inside_countries and found.country not in inside_countries:
                found = None  # "Navarre" inside Spain's brackets is not Navarre, Florida
            known = sentence_countries | inside_countries  # what the sentence itself names
            expected = known | self.area_countries
            if (
                found is not None and width < len(words) and words[width][:1].isupper()
                and (fold(found.name) != fold(form) or (expected and found.country not in expected)
                     or (words[width] not in DEMONYMS and not words[width].isupper()))
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
                found is not None and known and found.country not in known
                and fold(found.name) != fold(form) and found.country is not None
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


# Words that may stand capitalised right before a place without being part of its name
_BEFORE_A_PLACE = {
    "The", "A", "An", "In", "At", "On", "Near", "From", "To", "Into", "Across", "Of", "And", "Or",
    "Both", "All", "Throughout", "Northern", "Southern", "Eastern", "Western",
    "Central", "North", "South", "East", "West", "Upper", "Lower", "Greater", "Inner", "Outer",
    "Rural", "Coastal", "Occupied", "Mainland", "Neighbouring", "Neighboring", "Including",
    "Especially", "Notably", "Mainly", "Mostly", "Particularly", "Chiefly",
}  # fmt: skip
# "the Islamic State of Iraq", "the Liberation Front of Mozambique": an organisation's name
_ORGANISATION_OF = re.compile(
    r"\b(?:State|Front|Army|Movement|Party|Group|Brigades?|Organi[sz]ation|Council|Union|"
    r"Congress|Emirate|Mujahideen|Fighters|Forces|Commandos?|Battalions?|Caliphate)\s+of\s+"
    r"(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]*\s+and\s+(?:the\s+)?)?$"
)
# after a place, words that continue it as a place ("Niger State", "Kenya's") or end it
_AFTER_A_PLACE = re.compile(
    r"\s+(?:State|Province|Region|Governorate|District|County|Department|Territory|Division|"
    r"Valley|Basin|Mountains?|Coast|Delta|Peninsula|Desert|Plateau|Highlands)\b"
)


_UNDECOMPOSED = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d",
})


# How far a quarter GeoNames lists as a town of its own lies from the city it belongs to, at
# most ("Nasr City, in Cairo": 10 km); "Juanjuí, in San Martín" names the region, not the city
# of that name 100 km away
_QUARTER_KM = 30.0


def _km_apart(one: Place, two: Place) -> float:
    """Great-circle distance between two gazetteer places (inf when one has no coordinates)."""
    if one.lat is None or one.long is None or two.lat is None or two.long is None:
        return math.inf
    p1, p2 = math.radians(one.lat), math.radians(two.lat)
    dp, dl = p2 - p1, math.radians(two.long - one.long)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a country or region named at text[start:end] is only a word of a longer proper
    name: a capitalised word runs straight into it ('Tehrik-i-Taliban Pakistan', 'Chad Smith')
    or an organisation's head noun takes it with 'of' ('the Islamic State of Iraq')."""
    if _ORGANISATION_OF.search(text[max(0, start - 40) : start]):
        return True
    before = re.search(r"([A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]*)\s$", text[max(0, start - 40) : start])
    if before is not None and before.group(1) not in _BEFORE_A_PLACE and (
        before.start(1) + max(0, start - 40) > 0
        and not re.search(r"[.!?:;]\s*$", text[: before.start(1) + max(0, start - 40)])
    ):
        return True
    after = re.match(r"\s([A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]*)", text[end:])
    return after is not None and not _AFTER_A_PLACE.match(text, end)


_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "l")


def _article_forms(name: str) -> list[str]:
    """A name, then its other transliterations of the Arabic article: 'Jisr al-Shughur' →
    'Jisr ash-Shughur' (the article takes a sun letter's sound), 'Jisr el-Shughur'."""
    forms = [name]
    match = re.search(r"\b([Aa]l|[Ee]l)-(\w+)", name)
    if match is None:
        return forms
    word = match.group(2)
    letter = next((s for s in _SUN_LETTERS if word.lower().startswith(s)), None)
    article = match.group(1)
    options = []
    if letter is not None:
        options.append(f"{article[0]}{letter}-{word}")
    options.append(f"{'el' if article.lower() == 'al' else 'al'}-{word}")
    for option in options:
        forms.append(name[: match.start()] + option + name[match.end() :])
    return forms


def _list_spans(text: str) -> dict[int, int]:
    """The start of every name of a list one cue governs → where the list ends."""
    spans: dict[int, int] = {}
    for match in _LIST_CUE.finditer(text):
        first = re.search(_N, text[match.start() : match.start("rest")])
        if first is not None:
            spans[match.start() + first.start()] = match.end()
        for item in re.finditer(_N, match["rest"]):
            spans[match.start("rest") + item.start()] = match.end()
    for match in _AND_CUE.finditer(text):
        first = re.search(_N, text[match.start() : match.start("second")])
        if first is not None:
            spans.setdefault(match.start() + first.start(), match.end())
        spans.setdefault(match.start("second"), match.end())
    return spans


# "on Chiyoda, Marunouchi and Hibiya line trains", "the Delhi, Agra and Jaipur express
# trains": a coordinated list of names that together name a service or a unit (a line, a
# route, a train, a brigade) after them, not where anything happened ("the Cairo and Giza
# branches", where the branches stand, are places still)
_ATTRIBUTIVE_LIST = re.compile(
    rf"(?<![\w’'\-])(?P<items>{_N}(?:\s*,\s*{_N}){{0,8}}\s*,?\s+(?:and|or)\s+{_N})"
    r"(?=\s+(?:lines?|routes?|express|trains?|buses|coaches|flights?|ferr(?:y|ies)|metro|subway|"
    r"brigades?|battalions?|regiments?|divisions?|units?|teams?|clubs?)\b)"
)


def _attributive_list_items(text: str) -> set[int]:
    """The start of every name of a list that qualifies a common noun after it (no place
    unless a place cue ('in', 'at') governs the list, which makes it a list of places)."""
    starts: set[int] = set()
    for match in _ATTRIBUTIVE_LIST.finditer(text):
        if re.search(r"\b(?:in|at|near|from|of|to|and|between)\s+(?:the\s+)?$",
                     text[max(0, match.start() - 12) : match.start()]):
            continue
        starts |= {match.start("items") + m.start() for m in re.finditer(_N, match["items"])
                   if m.group(0) not in ("and", "or")}
    return starts


def _list_items(text: str) -> dict[int, str]:
    """'in Kano, Kaduna and Bauchi': the start and name of every item after the first of a
    list one cue governs (the first is the cue's own)."""
    items: dict[int, str] = {}
    for match in _LIST_CUE.finditer(text):
        if match["verb"]:
            continue  # see _verb_list_items
        offset = match.start("rest")
        for item in re.finditer(_N, match["rest"]):
            if item.group(0) != "and":
                items[offset + item.start()] = item.group(0)
    return items


def _verb_list_items(text: str) -> dict[int, str]:
    """'Blasts hit Guwahati, Kokrajhar, Barpeta and Bongaigaon': every item of a list a verb of
    striking governs, the first included; each counts only where the gazetteer has it."""
    items: dict[int, str] = {}
    for match in _LIST_CUE.finditer(text):
        if not match["verb"]:
            continue
        first = re.compile(_N).search(text, match.end("verb"), match.start("rest"))
        if first is not None:
            items[first.start()] = first.group(0)
        for item in re.finditer(_N, match["rest"]):
            items[match.start("rest") + item.start()] = item.group(0)
    return items
