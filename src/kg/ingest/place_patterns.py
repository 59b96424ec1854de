"""The words around a place name, as patterns: the cues, frames, designators and list shapes
that `kg.ingest.place_finding` reads a text with, and the small text helpers that need no
gazetteer state (which lists a cue governs, whether a name is part of a longer one). Kept apart
from the reader so that the rules (what a sentence's shape says) can be read in one place.
"""

from __future__ import annotations

import math
import re

from kg.gazetteer.index import Place
from kg.ingest.place_frames import relation_before
from kg.ingest.resolve import DEMONYMS, resolve_place

_NATIONALITY_NOUNS = re.compile(  # used with match(text, pos): anchored at pos
    r"\.?\s{1,5}(?:citizens?|nationals?|[Ee]mbass(?:y|ies)|[Aa]mbassador|diplomats?|hostages?|"
    r"[Mm]arines|peacekeepers|contractors|[Nn]avy|[Aa]ir\s+[Ff]orce|warships?|interests|"
    r"tourists?|troops|forces|soldiers|military|army|operation|aid workers?|engineers?|"
    r"journalists?|missionar\w+|government|officials?|consulate|State\s+Department|"
    r"[Dd]epartment|authorities|investigators|prosecutors|judges?|police|intelligence|courts?|"
    r"prisons?)\b"
)
# "a United States civilian contractor", "United States and Iraqi service members", "the
# Canada embassy staff": a country written as the adjective of a noun of people, forces or
# property says whose they are, not where anything happened (a town before such a noun, "the
# Peshawar home of", still is the place: only countries are read so)
_COUNTRY_AS_MODIFIER = re.compile(  # used with match(text, pos) at the country's end
    r"(?:\s+and\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2})?"
    r"(?:\s+(?:armed|(?!(?:that|which|who|whose|where|when|while|and|or|but|in|on|at|of|to|from|"
    r"by|with|for|into|after|before|during|since|until|was|were|is|are|had|has)\b)"
    r"[a-z][a-z\-]+(?<!ed)(?<!ing)(?<!ly))){0,2}"
    r"\s+(?:citizens?|nationals?|residents?|embass(?:y|ies)|ambassadors?|envoys?|diplomats?|"
    r"consulates?|hostages?|captives?|marines|peacekeepers|contractors?|navy|warships?|ships?|"
    r"vessels?|tankers?|aircraft|planes?|jets?|drones?|helicopters?|interests|tourists?|troops|"
    r"forces|soldiers|military|army|service\s*(?:members|men|women)|servicemen|personnel|"
    r"reservists|veterans|sailors|pilots|airmen|advisers|advisors|instructors|trainers|officers|"
    r"guards|staff|employees|workers|engineers?|linguists?|teachers?|missionar\w+|"
    r"journalists?|businessm[ae]n|companies|company|firms?|bases?|outposts?|garrisons?|"
    r"convoys?|patrols?|facilities|installations?|compounds?|property|assets|targets)\b"
)
# "the Embassy of the Dominican Republic", "the Confederation of Workers of Colombia", "the
# Central Bank of Kenya": a country after "<Capitalised word> of" names whose the institution
# is; the words that are the country's own style ("the Republic of Ireland") are not such heads
_HEAD_OF_BEFORE = re.compile(r"\b(?P<head>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+)\s+of\s+(?:the\s+)?$")
_COUNTRY_STYLES = {
    "Republic", "Kingdom", "State", "States", "Commonwealth", "Sultanate", "Emirate", "Emirates",
    "Principality", "Islands", "Isle", "Gulf", "Bay", "Sea", "Strait", "Coast",
    "Part", "Parts", "Rest", "Most", "All", "Much",
}  # fmt: skip
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
    rf"{_WORD}(?:\s+(?:(?:del|de|di|da|do|dos|das|du|des|della|delle|la|le|es|el)\s+"
    # "San Cristóbal de las Casas", "Santa Cruz de la Sierra": a particle and its article
    r"(?:(?<=de\s)(?:(?:la|las|los|les)\s+|l[’']))?)?"
    rf"(?:{_WORD}|(?:al|el|ad|ash|as|ar|an|at|az|ud|ul)-{_WORD})){{0,3}}"
)
# "in Peshawar", "at Gao", "off Mullaghmore" (a boat at sea beside the town: the town), "inside
# Israel", "in and around Gao" (the place and its surroundings: the place); "exploded over
# Lockerbie", "was shot down over Donetsk" (an aircraft destroyed in the air: where it fell)
_PLACE_CUE = re.compile(
    r"\b(?:[Ii]n(?:\s+and\s+around)?|[Aa]t|outside(?: of)?|off|[Ii]nside|"
    r"(?:exploded|blew\s+up|broke\s+up|(?:was|were)\s+(?:shot|brought|blown)\s+down)"
    r"(?:\s+in\s+mid-?air)?\s+over)\s+(?:the\s+)?(?P<name>" + _N + r")"
)
# "at the gate of the Poso police headquarters", "outside the entrance to the Mardan court": a
# building's gate, entrance or wall is where the building is, so the cue reaches past it, for
# what the gazetteer has ("at the entrance of the Confucius Institute" names a building)
_GATE_CUE = re.compile(
    r"\b(?:[Ii]n|[Ii]nto|[Aa]t|[Oo]n|outside(?: of)?)\s+(?:the\s+)?(?:main\s+|front\s+|back\s+)?"
    r"(?:gates?|entrance|perimeter|outer\s+walls?|walls?|car\s+park|parking\s+lot|forecourt|"
    # … and a room or hall inside it: "in the second-class waiting room of X station", "on
    # the platform of X station", "in the departure hall of X airport"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?:waiting\s+room|platforms?|concourse|lobby|foyer|"
    r"(?:ticket|booking|departures?|arrivals?|entrance)\s+hall))"
    r"\s+(?:of|to)\s+(?:the\s+)?(?P<name>" + _N + r")"
)
# "rioted through Chicago’s Loop", "throughout Kano": where the attackers went is where it was,
# when the gazetteer has it ("tore through Paddy’s Pub" names a bar, no place)
_THROUGH_CUE = re.compile(r"\bthrough(?:out)?\s+(?:the\s+)?(?P<name>" + _N + r")")
# "in Bauchi and Maiduguri", "in Eruh and Şemdinli", "across Kano and Kaduna": the second of
# two places
_AND_CUE = re.compile(
    r"\b(?:in|at|across|throughout|(?:city|town|village|desert|mountains|hills|forests?)\s+of)\s+(?:the\s+)?"
    + _N
    + r"\s+and\s+(?:then\s+)?"
    r"(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?(?:the\s+)?(?P<second>" + _N + r")"
)
# "in the mountains of Ayacucho and Huancavelica": a landform names the province, where a town
# has the same name
_LANDFORM_OF = re.compile(
    r"\b(?:desert|mountains|hills|forests?|swamps|marshes)\s+of\s+(?:the\s+)?(?P<name>"
    + _N
    + r")(?:\s+and\s+(?:the\s+)?(?P<second>"
    + _N
    + r"))?"
)
# "near Tame", "around San Vicente del Caguán", "near the village of Zar’it": reference points
_NEAR_CUE = re.compile(
    r"\b(?:near|around|close\s+to|outside)\s+(?:the\s+(?:village|town|city)\s+of\s+)?(?:the\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+(?:del\s+|de\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3})"
)
# "near Jhargram, West Bengal", "close to Kidal, Mali": the unit after a reference point and a
# comma (a subdivision or country: read only when the gazetteer has it as one)
_NEAR_THEN_UNIT = re.compile(
    r"\b(?:near|close\s+to|outside)\s+(?:the\s+(?:village|town|city)\s+of\s+)?(?:the\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+(?:del\s+|de\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3}\s*,\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3})"
)
# "on the road between Goma and Rutshuru in North Kivu", "between Kano and Zaria, in Kaduna
# State": the unit written after the two ends of a line holds the line (a subdivision or a
# country: read only when the gazetteer has it as one)
_BETWEEN_THEN_UNIT = re.compile(
    r"\bbetween\s+(?:the\s+)?" + _N + r"\s+and\s+(?:the\s+)?" + _N
    + r"\s*,?\s+in\s+(?:the\s+)?(?P<name>" + _N + r")"
)
# "on the Sukma–Bijapur border, Chhattisgarh": the unit after a border between two places
_BORDER_THEN_UNIT = re.compile(
    r"\b(?:border|frontier|boundary)\s*,\s+(?:in\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3})"
)
# "at the Lubyanka and Park Kultury stations of the Moscow Metro", "on a train of the Paris
# Metro": a town's metro, read as the town (see _TOWN_FACILITY_AFTER)
_NETWORK_CUE = re.compile(
    r"\b(?:stations?|platforms?|trains?|carriages?|lines?)\s+of\s+the\s+(?P<name>"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2}\s+(?:Metro|Underground|Subway))\b"
)
# "in 6th of October City", "at 10th of Ramadan City": a town named after a date, its first
# word an ordinal (read only when the gazetteer has it)
_ORDINAL_NAME_CUE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ii]nside)\s+(?:the\s+)?(?P<name>\d{1,2}(?:st|nd|rd|th)\s+of\s+"
    + _WORD + r"(?:\s+" + _WORD + r"){0,2})"
)
# "the Lubyanka and Park Kultury stations", "the Hilton and Sheraton hotels": names that share
# the facility noun after them name the facilities, not places (unless the gazetteer has them)
_SHARED_FACILITY = re.compile(
    r"\bthe\s+(?P<names>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2}"
    r"(?:\s*,\s*[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2}){0,4}"
    r",?\s+and\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2})\s+"
    r"(?:metro\s+|railway\s+|train\s+|bus\s+|police\s+|army\s+)?(?:stations|hotels|embassies|"
    r"churches|mosques|temples|schools|markets|offices|barracks|camps|bases|prisons|banks|"
    r"restaurants|cinemas|hospitals)\b"
)
# "the Algerian city of Batna", "in the heart of Ouagadougou": a place named after a noun
_PLACE_OF_CUE = re.compile(
    r"\b(?:city|town|village|hamlet|capital|heart|centre|center|outskirts|suburbs?|province|region|"
    # "the town hall of Bordeaux", "the pirate haven of Harardhere", "the coastal villages of
    # Zamboanga City": a building or a part the city owns, or a town called by what it is
    r"(?:town|city|municipal)\s+hall|haven|stronghold|bastion|villages|towns|"
    r"state|airport|port|department|governorate|district|parts?|neighbou?rhoods?|quarters?|area|"
    r"streets?|square|market|markets|seafront|waterfront|promenade|station|jungle|"
    # "in the desert of Anbar Province", "in the mountains of Cauca": a landform of the place
    r"desert|mountains|hills|forests?|swamps|marshes|"
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
# what a city owns, written after its possessive: a part of it or a building in it
# The venues people meet in, lower case: "a nightclub in Abidjan" (_VENUE_AFTER), "in a bar of
# Bayonne" (_RESOLVED_ONLY_CUE)
_VENUE_NOUNS = (
    r"(?:bar|bar-restaurant|restaurant|caf[eé]|hotel|guesthouse|nightclub|club|"
    r"disco(?:theque)?|mall|cinema|theatre|theater|school|church|mosque|shop|supermarket|stadium|"
    r"pub|brasserie|lounge|bakery)"
)
_CITY_PARTS = (
    r"(?:docks?|port|harbou?r|waterfront|seafront|station|terminal|airport|stadium|university|"
    r"hospital|cathedral|mosque|market|bazaar|old\s+(?:city|town)|centre|center|downtown|"
    r"suburbs?|outskirts|streets|neighbou?rhood|quarter|district|city\s+hall|town\s+hall)\b"
)
_CITY_SIDE = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|downtown)"
)
# Verbs of taking or holding territory, one word class for every rule that reads the town a
# verb takes as its object ("seized Kidal", "held Jaar and Zinjibar", "occupied A, B and C")
_TAKING_VERBS = (
    r"held|controlled|ruled|governed|seized|captured|overran|took|retook|recaptured|occupied|"
    r"besieged"
)
# Verbs of assault whose object is the place assaulted ("stormed Kidal", "attacked Bangui from
# the north"), shared by the cue that reads the object and by what counts as a placed name
_ASSAULT_VERBS = r"overran|stormed|raided|attacked|shelled"
_RESOLVED_ONLY_CUE = re.compile(
    r"\b(?:on|into|across|throughout|spread\s+(?:to|into)|extended\s+to|seized|captured|"
    # "AQAP held Mukalla", "the rebels controlled Jaar and Zinjibar": territory held
    r"held|controlled|ruled|governed|"
    # "seized most of Jolo", "overran parts of Marawi": a share of the place is the place
    r"(?:seized|captured|overran|held|controlled|occupied|took)\s+(?:most|much|parts?|all|half)"
    r"\s+of|"
    rf"{_ASSAULT_VERBS}|besieged|occupied|took\s+(?:control\s+of|over)|took|retook|"
    r"recaptured|entered|"
    # "took part in the capture of Jisr al-Shughur", "during the siege of Marawi": the act
    # named by its noun is the verb's (never "the fall of", which mostly dates other news)
    r"(?:capture|seizure|recapture|storming|siege|sack|occupation|battle)\s+(?:of|for)|"
    r"seized\s+control\s+of|"
    # "drove government forces out of Jisr al-Shughur", "pushed the militants out of Marawi":
    # where the fighting was (a verb of expelling, its object, then "out of")
    r"(?:drove|driven|pushed|forced|expelled|ousted|chased|routed)\s+(?:[\w’'\-]+\s+){0,4}?"
    r"out\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+|"
    # "captured the provincial capital, Idlib", "seized the state capital Maiduguri": the
    # capital the verb took, named in apposition
    r"the\s+(?:(?:provincial|regional|state|district|departmental|county|national|federal)\s+)?"
    r"capital,?\s+)?"
    rf"(?:the\s+)?(?P<name>{_N})"
    rf"|\b(?:a|an)\s+(?P<attributive>{_N})\s+(?:street|suburb|neighbou?rhood|square|road|avenue|"
    r"market|hotel|restaurant|caf[eé]|bus|train|metro|shopping|residential)\b"
    # "hit Aden airport", "shelled Hodeidah port": the city whose airport or port it is
    rf"|\b(?P<served>{_N})\s+(?:[Ii]nternational\s+)?(?:airport|airbase|seaport|port|harbou?r|Airport|Airfield|airfield|Airbase)\b"
    # "the old mosques of Djenné", "the shrines of Karbala": the city they stand in
    r"|\b(?:mausoleums?|shrines?|tombs?|mosques?|churches|temples|monuments?|ruins|streets|"
    rf"markets|old\s+(?:town|city|quarter)|residents|inhabitants|"
    # "the University of Karachi", "the port of Aden": an institution named after its city
    r"[Uu]niversity|[Pp]ort|[Hh]arbou?r|[Cc]ity\s+[Hh]all|[Tt]own\s+[Hh]all)"
    rf"\s+of\s+(?:the\s+)?(?P<owner_of>{_N})"
    # "in a bar of Bayonne", "at the cinema of Kano": a venue of the city (read only when the
    # name is a city: "at a school of Islam" names none)
    r"|\b(?:[Ii]n|[Aa]t|inside|outside)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[a-z\-]+\s+){0,2}?"
    + _VENUE_NOUNS
    + rf"s?\s+of\s+(?:the\s+)?(?P<venue_of>{_N})"
    # "the north Belfast home of", "across the Shankill Road and north Belfast", "in the north
    # of Bogotá": a side of a city is in the city (read only when the name is a city)
    rf"|\b(?:across|throughout|and|the|his|her|their|its)\s+{_CITY_SIDE}\s+(?P<city_side>{_N})"
    rf"|\b(?:in|across|into|to)\s+the\s+(?:far\s+)?{_CITY_SIDE}\s+of\s+(?P<side_of>{_N})"
    # "the platform of Quetta’s railway station", "near Belfast’s docks": the city that owns a
    # part or a building of its own (a country that owns is read with the mentions)
    rf"|\b(?P<city_owner>{_WORD})[’']s\s+(?=(?:[a-z\-]+\s+){{0,2}}{_CITY_PARTS})"
)
# "held Jaar and Zinjibar", "seized Kidal and Gao": the second of two names a verb of taking or
# holding territory governs (counts only when the gazetteer has it, like the first)
_HELD_AND_CUE = re.compile(
    rf"\b(?:{_TAKING_VERBS})\s+(?:the\s+)?{_N}\s+and\s+(?:the\s+)?(?P<name>{_N})"
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
_CITY_HALL = re.compile(r"(?P<head>.+?)\s+(?:City|Town)\s+Hall")  # "Belfast City Hall"
_FACILITY_CITY = re.compile(
    r"(?P<head>.+?)\s+(?:(?:International\s+)?(?:Airport|Airfield|Airbase|Air\s+Base)|"
    r"(?:City|Town)\s+Hall)"
    r"|(?:Naval|Air|Army|Marine|Military)\s+(?:Air\s+)?(?:Station|Base|Facility)\s+(?P<tail>.+)"
)
# "in Kano, Kaduna and Bauchi": every item of a list after one cue is a place; so is every item
# of "in Jakarta, Medan, Batam and several other towns"
_LIST_CUE = re.compile(
    rf"\b(?:in|at|(?P<verb>hit|struck|rocked|shook|targeted|{_TAKING_VERBS}))\s+(?:the\s+)?{_N}(?P<rest>(?:\s*,\s*{_N}){{1,8}},?\s+and\s+(?:{_N}|"
    r"(?=(?:several|many|some|other|a\s+few|a\s+dozen|dozens\s+of|more)\b)))"
)
# Buildings and works, one word class for every rule that asks whether a name is a building's:
# lower case after a place's name it says what the name names ("the Civil Guard barracks", "the
# Dubrovka theatre": a building, _FACILITY_AFTER), capitalised it ends a building's own name
# ("the Bardo National Museum", "the Pearl Continental Hotel": no place, _BUILDING_NAME)
BUILDINGS = (
    "barracks", "stadium", "arena", "supermarket", "hotel", "building", "headquarters", "school",
    "church", "cathedral", "chapel", "synagogue", "mosque", "shrine", "temple", "market", "bazaar",
    "mall", "embassy", "consulate", "ministry", "parliament", "courthouse", "station", "terminal",
    "airport", "club", "nightclub", "garage", "base", "office", "offices", "steelworks", "factory",
    "plant", "refinery", "mill", "works", "mine", "prison", "jail", "hospital", "university",
    "college", "institute", "academy", "museum", "theatre", "theater", "cinema", "palace",
    "library", "cemetery", "mausoleum", "tomb", "hall", "compound", "checkpoint", "restaurant",
    "café", "cafe", "bar", "bakery", "resort", "residence", "bank",
)  # fmt: skip
_SITES_NOT_BUILDINGS = frozenset(
    {"terminal", "checkpoint", "works", "plant", "mill", "mine", "compound", "base", "station"}
)
# The words that end a building's name: "the Pearl Continental Hotel" names no place. Words
# that are also towns' own names ("Bar", "Hall", "Mine") end a name only after another word
_BUILDING_WORDS = (
    r"(?:Hotel|School|Airport|Park|Lines|Mosque|Church|Cathedral|Temple|Shrine|Market|Bazaar|"
    r"Stadium|Bank|Embassy|Consulate|Station|Mall|Centre|Center|Square|Bridge|Barracks|Base|"
    r"University|College|Hospital|Bagh|Club|Cafe|Café|Restaurant|Plaza|Office|Headquarters|"
    r"Ministry|Parliament|Prison|Jail|Road|Street|Avenue|Boulevard|Lane|Highway|Exchange|"
    # a site the text names ("Ebok Terminal", "the Kilo Mine") is a place the gazetteer lacks,
    # stated where the text puts it (as _SITE_NOUNS says), never a building's name
    + "|".join(sorted({w.capitalize() for w in BUILDINGS if w not in _SITES_NOT_BUILDINGS},
                      key=len, reverse=True))
    + ")"
)
_BUILDING_ALONE = re.compile(
    r"(?:Hotel|School|Airport|Park|Lines|Mosque|Church|Cathedral|Temple|Shrine|Market|Bazaar|"
    r"Stadium|Bank|Embassy|Consulate|Station|Mall|Centre|Center|Square|Bridge|Barracks|Base|"
    r"University|College|Hospital|Bagh|Club|Cafe|Café|Restaurant|Plaza|Office|Headquarters|"
    r"Ministry|Parliament|Prison|Jail|Road|Street|Avenue|Boulevard|Lane|Highway)"
)
# (the older words alone too: "at the Cathedral of Our Lady in Jolo" names the cathedral, not a
# town called Cathedral)
_BUILDING_NAME = re.compile(
    r"(?:\s" + _BUILDING_WORDS + r"|^" + _BUILDING_ALONE.pattern + r")$"
)
# "Madrid-Barajas Airport": the airport of the city its name starts with (see _gazetteer_place)
_CITY_AIRPORT = re.compile(r"[^\s\-]+-[^\s]+\s+(?:Airport|Airbase|Port)")
# "the Marriott Hotel, Islamabad", "Army Public School, Peshawar": a named building, a comma and
# the city it stands in, in the clipped style of a list of facts, with no "in" before the city
_SITE_THEN_CITY = re.compile(
    r"(?<![\w’'\-])(?:[A-ZÀ-ÖØ-ÞĀ-ſ0-9][\w’'\-]+\s+){0,4}" + _BUILDING_WORDS + r"\s*,\s+(?:in\s+)?"
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
_REGION_KINDS = (
    "region",
    "province",
    "state",
    "governorate",
    "prefecture",
    "department",
    "district",
    "county",
    "wilaya",
)
# "in the northern suburbs of ": the words a ring around a city is written with, after a
# place cue (the city itself is a reference point: kg.ingest.place_frames)
_SUBURBS_BEFORE = re.compile(
    r"\b(?:in|at|across|throughout)\s+(?:the|a|an|one\s+of\s+the)\s+(?P<suburbs>(?:[a-z\-]+\s+)?"
    r"suburbs?\s+of\s+(?:the\s+)?)$"
)
# "the Dubrovka theatre in Moscow": a facility's common noun (one to three lower-case words)
# after a name, then the place the facility stands in
_FACILITY_IN = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){1,3}(?:in|at)\s+(?:the\s+)?(?P<where>" + _N + r")"
)
# "in the Karrada district of Baghdad": a district or neighbourhood of the city named after it
_DISTRICT_OF_AFTER = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb|area|section)\s+of\s+(?:the\s+)?(?P<city>"
    + _N
    + r")"
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
    # a site's name may end in its number ("Tower 22"), and its modifiers name whose it is
    # ("a United States logistics outpost")
    rf"(?<![\w’'\-])(?P<name>{_N}(?:\s+\d+)?),\s+(?:an?|the)\s+(?:[A-Za-z\-]+\s+){{0,3}}"
    rf"(?:{_SITE_NOUNS})"
    r"(?=\s+(?:in|near|on|outside|north|south|east|west|some|about|\d)\b)"
)


def describes_a_site(apposition: str) -> bool:
    """Whether an apposition (', a sheep station in Western Australia,') says what kind of
    site the name before it is: then it locates that name, it does not describe a person."""
    return (
        re.match(rf",\s+(?:an?|the)\s+(?:[a-z\-]+\s+){{0,2}}(?:{_SITE_NOUNS})\b", apposition)
        is not None
    )


_CONTAINER_AFTER = re.compile(
    # "Tchoma and Zaroum, two villages of the Tillabéri region": a count names each of a list
    r",\s+(?:(?:an?|the|two|three|four|five|six|both|several)\s+(?:[\w’'\-]+\s+){0,3}(?:town|"
    rf"village|city|district|suburb|municipality|hamlet|settlement|{_SITE_NOUNS})s?\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|"
    r"kilometers|miles)\s+)?(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)\s+of|near)\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+){1,3})?(?:of|in)\s+(?:the\s+)?|in\s+the\s+(?i:department|province|state|"
    # "El Salado, in the municipality of El Carmen de Bolívar", "in the commune of Tin-Essako",
    # "Los Ríos, in the Region of the Araucanía" (a Spanish "Región de la …" in English words)
    r"region|district|governorate|county|prefecture|municipality|commune|municipio|"
    r"tehsil|taluka|subdistrict)\s+of\s+(?:the\s+)?|in\s+(?:the\s+)?|"
    # "Taba, on the Sinai coast of Egypt": the coast of a country holds the town
    r"on\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+|(?:north|south|east|west)(?:ern)?\s+)?coast\s+of\s+(?:the\s+)?)?"
    r"(?:(?:central|(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|north|"
    r"south|east|west)\s+)?(?P<container>" + _N + r")"
)
# the last part of an address after a town: "Arlington, Virginia", "Portland, Maine",
# "Washington, D.C." (a state, a country, or an abbreviation the town itself is known by)
_ADDRESS_TAIL = re.compile(r"\s*,\s+(?P<whole>(?:[A-Z]\.){2,3}|" + _N + r")")
# the town of an address after a site written before it, with no "in": "a restroom of the
# Pentagon, Arlington, Virginia", "at the federal courthouse, Austin, Texas" (a site: "the"
# and at most four words, none of them "of", "in", "at")
_ADDRESS_TOWN = re.compile(
    r"\bthe\s+(?:(?!of\b|in\b|at\b)[\w.’'\-]+\s+){0,3}[\w.’'\-]+,\s+(?P<name>" + _N + r")"
    r"(?=\s*,\s+(?:(?:[A-Z]\.){2,3}|[A-ZÀ-ÖØ-ÞĀ-ſ]))"
)
# a site named right before a comma ("the Pentagon", "the federal courthouse"), never a town
# ("Menes, Pandeglang, Banten": a town, a district named after its town, the province)
_SITE_BEFORE_COMMA = re.compile(
    r"\bthe\s+(?:(?!of\b|in\b|at\b)[\w.’'\-]+\s+){0,3}[\w.’'\-]+$"
)
# "in Oberschledorn in the Sauerland", "near Bikfaya in the Metn district": the words before a
# name that make it the container of the name before (a place or a reference point)
_CONTAINER_OF_NAME_BEFORE = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?" + _N + r"\s+in\s+(?:the\s+)?$"
)
# after a city's possessive, a part of it: "Bir Hassan, in Beirut’s southern suburbs"
_CITY_PART_AFTER = re.compile(
    r"\s+(?:(?:far\s+)?(?:north|south|east|west)(?:-?east|-?west)?(?:ern)?\s+|inner\s+|"
    r"outer\s+)?" + _CITY_PARTS
)
# a name that begins a street's ("West 11th Street", "Jalalabad Road", "East 42nd Street"):
# no place of its own
_STREET_AFTER = re.compile(
    r"\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+){0,2}"
    r"(?:Street|Avenue|Road|Boulevard|Lane|Drive)\b"
)
# "a concert hall in Krasnogorsk, on the north-western edge of Moscow": the edge of a city
# that locates the place before it, which only lies beside the city
_EDGE_APPOSED = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+,\s+on\s+the\s+(?:[\w\-]+\s+)?(?:edges?|fringes?)\s+of\s+"
    r"(?:the\s+)?$"
)
# "rockets fired from southern Lebanon into Kiryat Shmona", "shells fell on Sderot": where a
# shot landed (counted only when the gazetteer has it)
_LANDED_CUE = re.compile(
    r"\b(?:fired|launched|lobbed|fell|landed|crashed|slammed)\b[^.;:]{0,40}?\b(?:into|on|onto)"
    r"\s+(?:the\s+)?(?P<name>" + _N + r")"
    # "hijacked the flight and forced it to Kandahar", "forced the pilot to land at Larnaca",
    # "diverted the airliner to Entebbe": a hijack goes on where the aircraft was made to land
    r"|\b(?:forced|ordered|made|diverted)\s+(?:it|the\s+(?:[a-z]+\s+)?(?:aircraft|plane|jet|"
    r"airliner|flight|pilots?|crew|ship|vessel|ferry))\s+(?:to\s+(?:fly\s+to|land\s+(?:at|in)|"
    r"sail\s+to|divert\s+to)|to)\s+(?:the\s+)?(?P<hijack>" + _N + r")"
)
# "in several states, among them Guerrero and the State of Mexico": the items of a list the
# sentence's places are chosen from (counted only when the gazetteer has them)
_AMONG_CUE = re.compile(
    r"\b(?:among\s+them|including|notably|especially|above\s+all)\s+(?:the\s+)?"
    r"(?P<name>" + _N + r")(?:\s*,?\s+and\s+(?:the\s+)?(?P<second>" + _N + r"))?"
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
    r"\bthe\s+(?P<name>" + _N + r")\s+(?:(?P<camp>camp|refugee\s+camp|IDP\s+camp)|village|"
    r"settlement|"
    # "the Kouré giraffe reserve", "the Tsavo game reserve", "the Bwindi forest reserve"
    r"(?P<landform>(?:(?:game|wildlife|nature|forest|national|[a-z]+)\s+)?(?:reserve|sanctuary)|"
    r"junction|crossroads|crossing|gorge|pass|oasis|mountains|hills|forest|valley)|"
    r"oil\s+field|gas\s+field)\b"
)
# "in the village of Kalimago, Poso": a name called a village before it
_VILLAGE_BEFORE = re.compile(r"\b(?:the\s+)?(?:villages?|hamlets?)\s+of\s+(?:the\s+)?$", re.I)
# "Batande in Haut-Uélé": the container without a comma
_IN_CONTAINER_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?P<container>" + _N + r")")
# "Kourfayel (Soum)", "Dogon (in Mopti)": a unit in brackets after a village holds it
_BRACKET_CONTAINER_AFTER = re.compile(
    r"\s+\((?:in\s+)?(?:the\s+)?(?P<container>" + _N + r")\)"
)
# "El Salado, in the municipality of El Carmen de Bolívar", "Tessit, in the commune of
# Ansongo": the unit the text says holds the name before it
_IN_UNIT_AFTER = re.compile(
    r",\s+in\s+the\s+(?:municipality|commune|municipio|department|province|state|region|"
    r"district|governorate|county|prefecture|tehsil|taluka|subdistrict)\s+of\b"
)
# words inside a name: "San Benedetto del Tronto" is no "San Benedetto"
_PARTICLES = {
    "del",
    "de",
    "di",
    "da",
    "do",
    "dos",
    "das",
    "du",
    "des",
    "della",
    "delle",
    "la",
    "es",
    "el",
    "le",
}
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
    r",\s+(?:in\s+)?(?:(?:central|northern|southern|eastern|western|downtown)\s+)?(?P<town>"
    + _N
    + r")(?!\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Gg]overnorate|[Cc]ounty))"
)
# "Le Jardin, a nightclub in Abidjan", "Chez Ali, a popular café": a venue named, not a place
_VENUE_AFTER = re.compile(r",\s+an?\s+(?:[\w’'\-]+\s+){0,2}" + _VENUE_NOUNS + r"\b")
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
# "the Mediterranean coast", "the Red Sea and Gulf of Aden shores": the land along a sea
_SEA_COAST_AFTER = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,2})?"
    r"\s+(?:coasts?|coastline|shores?|seaboard|littoral|riviera)\b",
    re.I,
)
_LONGER_NAME_AFTER = re.compile(
    r"\s+(?:del|de|de\s+(?:la|las|los)|do|da|dos|das)\s+[A-ZÀ-ÖØ-ÞĀ-ſ]"
)
# After a place and a comma, the place it lies in: "Chibok, Borno State", "Pınarcık, a village
# of Mardin Province", "Bojayá, in the department of Chocó", "Marawi, in Lanao del Sur"
_QUALIFIER_BEFORE = re.compile(
    r"(?<![.;])\b[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3},\s+(?:(?:an?|the)\s+"
    # "Ariel, an Israeli settlement in the northern West Bank": up to two modifiers, a demonym
    r"(?:[a-z]+\s+|[A-Z][a-z]+(?:an|ian|i|ese|ish)\s+){0,2}"
    rf"(?:town|village|city|district|suburb|capital|port|municipality|settlement|{_SITE_NOUNS})"
    r"\s+(?:of|in)\s+(?:the\s+)?|in\s+the\s+"
    r"(?:department|province|state|region|district|governorate)\s+of\s+|in\s+(?:the\s+)?|"
    # "Ras Shitan, on the Sinai coast of Egypt": the coast of the country holds the town
    r"on\s+the\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+\s+|(?:north|south|east|west)(?:ern)?\s+)?coast\s+of\s+(?:the\s+)?|on\s+"
    # "…, in south-western Uganda": a compound direction as well as a simple one
    r"(?:the\s+)?)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?$"
)
# A name followed by what it names: a building or a body, not a place
_FACILITY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(BUILDINGS, key=len, reverse=True)) + r"|camp|"
    # "the Arun gas fields", "the Bonga field": a field named after a place is no town ("Arun"
    # is a town in Iran, "Bonga" one in Ethiopia)
    r"(?:(?:oil|gas)\s*)?fields?)\b"
)

# The words a station's name adds to its town's, one word class for the facility rule here and
# for the reader that places a named station in its town (place_finding)
STATION_QUALIFIERS = (
    r"North|South|East|West|Central|Main|Centrale|Centraal|Cantonment|Cantt|Junction"
)
# "Ürümqi South railway station", "Korydallos prison", "the Moscow Metro": a facility that takes
# the name of the town it serves (a station, a prison, a town's university or metro), so lies in
# that town, unlike a hotel or a palace named after a place ("the Sahel Palace hotel"); so does a
# town's own police, gendarmerie or council building ("the Garissa police station", "the Mopti
# gendarmerie post", "the Tikrit council building"): a local institution is named after the town
# whose institution it is
_TOWN_FACILITY_AFTER = re.compile(
    # the station's own qualifier, in English or the country's language ("Bologna Centrale",
    # "Amsterdam Centraal", "Rawalpindi Cantonment")
    rf"(?:\s+(?:{STATION_QUALIFIERS}))?\s+(?:(?:railway|train|rail|bus|metro|"
    r"underground|subway|coach)\s+)?(?:station|terminal|prison|jail|penitentiary)\b"
    r"|\s+(?:Metro|Underground|Subway)\b"
    r"|\s+(?:(?:district|provincial|regional|municipal|city|town)\s+)?(?:police|gendarmerie)\s+"
    r"(?:headquarters|station|post|barracks|compound|office|offices|precinct)\b"
    r"|\s+(?:(?:city|town|municipal|district|provincial|county)\s+)?(?:council|court|"
    r"courthouse|governor['’]s)\s+(?:building|offices?|headquarters|compound|house)\b",
    re.I,
)
_NAMED_FACILITY_AFTER = re.compile(r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){1,3}" + _FACILITY_AFTER.pattern)


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
        names = [
            f"{n.strip()} {singular}" for n in re.split(r",|\band\b", match["names"]) if n.strip()
        ]
        return f"{', '.join(names[:-1])} and {names[-1]}"  # still a list to the place cues

    def distribute_plain(match: re.Match[str]) -> str:
        singular = _singular_designator(match["kind"])
        names = [
            f"{n.strip()} {singular}" for n in re.split(r",|\band\b", match["names"]) if n.strip()
        ]
        return f"{', '.join(names[:-1])} and {names[-1]}"

    return _PLURAL_DESIGNATOR_OF.sub(distribute_plain, _NATIONAL_DESIGNATOR.sub(distribute, text))


# "in the provinces of Soum and Oudalan", "across the departments of Cauca, Nariño and Huila":
# the same list with no adjective of nationality before the designator
_PLURAL_DESIGNATOR_OF = re.compile(
    r"\bthe\s+(?P<kind>provinces|regions|states|governorates|districts|counties|departments|"
    rf"prefectures)\s+of\s+(?P<names>{_N}(?:\s*,\s*{_N}){{0,8}},?\s+and\s+{_N})"
)


_NAME_AT = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]+){0,3}")


# A street or square named before a comma and a city ("on the avenue Trudaine, in Paris", "at
# Plaza Miranda, in Manila", "Malvern Street, off the Shankill Road"): no place of its own
_STREET_WORD = re.compile(
    r"(?:Avenue|Boulevard|Street|Road|Lane|Plaza|Piazza|Praça|Place|Square|Rue|Calle|Avenida|"
    r"Via|Strasse|Straße|Maidan|Chowk)$|(?:Plaza|Piazza|Praça|Rue|Calle|Avenida|Via|Maidan|"
    r"Jalan|Jl|Sharia|Shari)$"
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
# "attacked Busurungi, in …", "seized Tessit, in …": the object of a verb of assault or taking
_TAKEN_OBJECT_BEFORE = re.compile(rf"\b(?:{_ASSAULT_VERBS}|{_TAKING_VERBS})\s+(?:the\s+)?$")


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
    if _in_an_institutions_name(text, name_start):
        return False  # "head of the Federation of Farmers of Colombia, in Medellín"
    if _in_a_series_of_places(text, name_start, start, " ".join(previous)):
        return False  # "in Boda, in Carnot and in Berbérati": three places, no container
    if (
        not _placed_name(text, name_start)
        and not _taken_object_in_a_unit(text, name_start, start)
        and resolve_place(" ".join(previous)) is None
    ):
        # "killed two judges, Sohel Ahmed and Jagannath Pandey, in Jhalakathi": a name that
        # stands where no place stands, and no place of the gazetteer: the name after the
        # comma is where, not its container
        return False
    if (
        _STREET_BEFORE.search(text[max(0, name_start - 30) : name_start])
        or _STREET_WORD.match(previous[0])
        or _STREET_WORD.fullmatch(previous[-1])
    ):
        return False  # "on the avenue Trudaine, in Paris", "at Plaza Miranda, in Manila"
    return _reference_relation(text[max(0, name_start - 60) : name_start]) is None


# "in A, in B and in C", "at A, at B, or at C": the same preposition before every item and
# the series closed by "and"/"or" with it once more
_SERIES_PREPOSITION_BEFORE = re.compile(r"\b(?P<prep>in|at|on)\s+(?:the\s+)?$")


def _in_a_series_of_places(text: str, name_start: int, start: int, previous: str) -> bool:
    """Whether the name at `start`, written after a comma and a preposition right after the
    place at `name_start`, is one item of a series that repeats the preposition before every
    place ('in Boda, in Carnot and in Berbérati'; 'in Kano, in Zaria, or in Kaduna'), rather
    than the place the one before it lies in ('in Kalunguta, in Beni territory'). The series
    must close with 'and'/'or' and the preposition once more, and the name must not be a place
    the gazetteer puts around the one before it ('in Maiduguri, in Borno State, and in
    Damaturu': Borno State holds Maiduguri) nor a unit above a town ('… in Walikale territory,
    and in …'), so that a writer's container stays a container."""
    cue = _SERIES_PREPOSITION_BEFORE.search(text[max(0, name_start - 12) : name_start])
    if cue is None:
        return False
    prep = cue["prep"]
    if not re.match(rf",\s+{prep}\s", text[name_start + len(previous) : start + 1]):
        return False
    here = _NAME_AT.match(text, start)
    if here is None or _DESIGNATOR_AFTER.match(text, here.end()):
        return False  # "in Kalunguta, in Beni territory, and in Oicha": a unit holds it
    tail = re.compile(
        rf"(?:,\s+{prep}\s+(?:the\s+)?{_NAME_AT.pattern})*,?\s+(?:and|or)\s+{prep}\s+(?:the\s+)?"
        rf"[A-ZÀ-ÖØ-ÞĀ-ſ]"
    )
    if tail.match(text, here.end()) is None:
        return False
    from kg.gazetteer import gazetteer

    this = resolve_place(here.group(0))
    if this is None:
        return True  # a name the gazetteer lacks holds nothing it can tell
    kind = gazetteer().place(str(this.iri))
    if kind is None or kind.kind != "city":
        return False  # a unit or a country: the writer's container
    before = resolve_place(previous)
    return before is None or this.iri not in before.parents


def _taken_object_in_a_unit(text: str, name_start: int, start: int) -> bool:
    """Whether the name at `name_start` is what a verb of assault or taking governs and the
    name at `start` after it is a unit ('attacked Busurungi, in Walikale territory'; 'overran
    Tinzawatene, in the Kidal region'): the unit says where that village lies, and is not
    where the attack was. A town after such an object ('attacked Christians, in Jos') is
    still the place, since people are attacked too."""
    if not _TAKEN_OBJECT_BEFORE.search(text[max(0, name_start - 40) : name_start]):
        return False
    here = _NAME_AT.match(text, start)
    if here is None:
        return False
    if _DESIGNATOR_AFTER.match(text, here.end()) or re.search(
        r"\bthe\s+(?:province|state|region|district|department|county|territory)\s+of\s+$",
        text[max(0, start - 30) : start],
    ):
        return True
    from kg.gazetteer import gazetteer

    found = resolve_place(here.group(0))
    place = gazetteer().place(str(found.iri)) if found is not None else None
    return place is not None and place.kind in ("subdivision", "country")


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


_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
    }
)


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


def names_an_owner(text: str, start: int, end: int) -> bool:
    """Whether a country named at text[start:end] says whose something is, not where anything
    happened: the adjective of a noun of people, forces or property ('a United States
    contractor', 'United States and Coalition forces'), or the owner of an institution named
    with 'of' ('the Embassy of the Dominican Republic', 'the Federation of Workers of
    Colombia')."""
    return bool(_COUNTRY_AS_MODIFIER.match(text, end)) or _in_an_institutions_name(text, start)


def _in_an_institutions_name(text: str, start: int) -> bool:
    """Whether the name at `start` ends an institution's name after '<Capitalised word> of'
    ('the Federation of Farmers', 'the Embassy of Peru'), where a place's own style ('the
    Republic of', 'the Province of', 'the North of') does not stand."""
    head = _HEAD_OF_BEFORE.search(text[max(0, start - 40) : start])
    return head is not None and not (
        head["head"] in _COUNTRY_STYLES
        or head["head"] in _BEFORE_A_PLACE
        or head["head"].lower() in _REGION_KINDS
        or bool(_DIRECTION_WORD.match(head["head"]))
    )


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a country or region named at text[start:end] is only a word of a longer proper
    name: a capitalised word runs straight into it ('Tehrik-i-Taliban Pakistan', 'Chad Smith')
    or an organisation's head noun takes it with 'of' ('the Islamic State of Iraq')."""
    if _ORGANISATION_OF.search(text[max(0, start - 40) : start]):
        return True
    before = re.search(r"([A-ZÀ-ÖØ-ÞĀ-ſ][\w’'\-]*)\s$", text[max(0, start - 40) : start])
    if (
        before is not None
        and before.group(1) not in _BEFORE_A_PLACE
        and (
            before.start(1) + max(0, start - 40) > 0
            and not re.search(r"[.!?:;]\s*$", text[: before.start(1) + max(0, start - 40)])
        )
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
        if re.search(
            r"\b(?:in|at|near|from|of|to|and|between)\s+(?:the\s+)?$",
            text[max(0, match.start() - 12) : match.start()],
        ):
            continue
        starts |= {
            match.start("items") + m.start()
            for m in re.finditer(_N, match["items"])
            if m.group(0) not in ("and", "or")
        }
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
