"""Where an attack happened, read by the shape of the sentence rather than by its words (issues
#11 and #12): each shape in four or more wordings of our own, through one ingest of a profile
whose Major Attacks entries are these sentences, against the gazetteer and data/places.ttl.

Precision first: a reference point ("near Gao") is never the place, a part ("northern Israel")
is never coarsened to the whole, a town the gazetteer lacks is placed only inside what the text
says contains it, and a name inside another name ("Tehrik-i-Taliban Pakistan") is no place."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.report import Severity
from kg.load import load
from kg.namespaces import KG, PLACE, SCHEMA
from tests.hermetic import DATA

# (sentence, the attack's places: gazetteer keys, or "part:<label>@<whole key>" for a place the
# gazetteer lacks stated inside another; "unknown" for none). The comment names the shape.
ENTRIES: list[tuple[str, set[str]]] = [
    # in X / at X
    ("Gunmen opened fire on worshippers in Peshawar.", {"peshawar-1168197"}),
    ("A bomb exploded at a crowded market in Karachi.", {"karachi-1174872"}),
    ("In Mogadishu, militants stormed a hotel used by officials.", {"mogadishu-53654"}),
    ("Fighters attacked an army camp at Gao before dawn.", {"gao-2457163"}),
    # near / south of / km from / the border with: a reference point, not the place
    ("A convoy was ambushed near Gao.", {"unknown"}),
    ("A roadside bomb exploded 15 km from Kidal.", {"unknown"}),
    ("Soldiers were ambushed south of Timbuktu.", {"unknown"}),
    ("A patrol was attacked near the border with Niger.", {"unknown"}),
    # the X district of Y: the city, with a note
    ("A car bomb exploded in the Karrada district of Baghdad.", {"baghdad-98182"}),
    ("Gunmen attacked a hotel in the Hodan district of Mogadishu.", {"mogadishu-53654"}),
    ("A bomb went off in the Saddar neighbourhood of Karachi.", {"karachi-1174872"}),
    ("Militants struck a park in the Gulberg area of Lahore.", {"lahore-1172451"}),
    # X, Y: the town, not the country that qualifies it
    ("Fighters raided a barracks in Gao, Mali.", {"gao-2457163"}),
    ("A bomb killed worshippers in Maiduguri, Nigeria.", {"maiduguri-2331447"}),
    ("Gunmen killed a judge in Peshawar, Pakistan.", {"peshawar-1168197"}),
    ("Rebels attacked the town of Ménaka, Mali.", {"menaka-2453514"}),
    # in X province / state / governorate / region: the subdivision, not a town of that name
    ("Taliban fighters overran police posts in Kunar province.", {"af-knr"}),
    ("Militants burnt villages in Borno state.", {"ng-bo"}),
    ("A suicide bomber struck a checkpoint in Anbar governorate.", {"iq-an"}),
    ("Jihadists attacked an army post in the Gao region.", {"ml-7"}),
    # northern X / North X: a subdivision of that name, else a part of X, never X itself
    ("Fighters crossed into northern Israel and captured two soldiers.",
     {"part:northern Israel@israel"}),
    ("Gunmen attacked a gas field in southern Algeria.", {"part:southern Algeria@algeria"}),
    ("Jihadists attacked a village in central Mali.", {"part:central Mali@mali"}),
    ("Rebels attacked a camp in North Kivu.", {"cd-nk"}),
    ("Soldiers were killed in the Northern Province of Sri Lanka.", {"lk-4"}),
    ("Militants seized West Beirut after a week of clashes.", {"part:West Beirut@beirut-276781"}),
    # coordinated lists
    ("Fighters attacked towns in Borno, Yobe and Adamawa States.", {"ng-bo", "ng-yo", "ng-ad"}),
    ("The bombers struck churches in Kano, Kaduna and Bauchi.",
     {"kano-2335204", "kaduna-2335727", "bauchi-2347470"}),
    ("Fighters attacked police stations in Bauchi and Maiduguri.",
     {"bauchi-2347470", "maiduguri-2331447"}),
    ("Rebels took control of army posts in Gao, Timbuktu and Kidal.",
     {"gao-2457163", "timbuktu-2449067", "kidal-2455290"}),
    # spellings, diacritics and transliterations
    ("A bomb exploded at a checkpoint in Muqdisho.", {"mogadishu-53654"}),
    ("A bomb exploded outside the barracks in Medea.", {"medea-2488835"}),
    ("Gunmen attacked the ministry in Sana’a.", {"sanaa-71137"}),
    ("A car bomb exploded in Bogota.", {"bogota-3688689"}),
    ("Rebels attacked the camp in Menaka.", {"menaka-2453514"}),
    ("Fighters attacked gendarmerie posts in Eruh and Şemdinli.",
     {"eruh-315378", "semdinli-301209"}),
    # a name several places share: the country the sentence names
    ("A bomb exploded near a mosque in Tripoli, Lebanon.", {"tripoli-266826"}),
    ("Gunmen attacked a hotel in Tripoli, Libya.", {"tripoli-2210247"}),
    ("A bomb exploded at a rally in Hyderabad, Pakistan.", {"hyderabad-1176734"}),
    ("A bomb exploded at a temple in Hyderabad, India.", {"hyderabad-1269843"}),
    # words that name a place without the attack being there
    ("According to the U.S. State Department, gunmen attacked a convoy in Mogadishu.",
     {"mogadishu-53654"}),
    ("The group killed a hostage after demanding the release of prisoners held in Mauritania.",
     {"unknown"}),
    ("The victim, a Kenyan national, was shot dead in Mogadishu.", {"mogadishu-53654"}),
    ("The attackers, who had flown from Pakistan, struck hotels in Mumbai.", {"mumbai-1275339"}),
    ("The Pakistan-based group attacked a bus in Srinagar.", {"srinagar-1255634"}),
    ("Fighters of Tehrik-i-Taliban Pakistan attacked a school in Peshawar.",
     {"peshawar-1168197"}),
    ("The Islamic State of Iraq and the Levant claimed a bombing in Amman.", {"amman-250441"}),
    ("Chad Smith, an aid worker, was kidnapped in Niamey.", {"niamey-2440485"}),
    ("A courier named Georgia Brown was killed in Lagos.", {"lagos-2332459"}),
    ("The ferry sank after it left Manila.", {"unknown"}),
    ("Two suicide bombers destroyed the barracks of U.S. Marines in Beirut.", {"beirut-276781"}),
    ("Gunmen fired on a convoy of Kenyan peacekeepers in Mogadishu.", {"mogadishu-53654"}),
    ("In retaliation for Kenya’s intervention in Somalia, gunmen stormed a mall in Nairobi.",
     {"nairobi-184745"}),
    ("Citing the invasion of Iraq and the occupation in Afghanistan, bombers struck in Madrid.",
     {"madrid-3117735"}),
    ("A bomb hit a bus carrying French Navy engineers in Karachi.", {"karachi-1174872"}),
    ("Protesting the U.S. presence in Saudi Arabia, the group bombed a barracks in Khobar.",
     {"khobar-109323"}),
    # a possessive place owns what follows: the place inside it, a part of it, or nothing
    ("Militants attacked a market in Nigeria’s Borno State.", {"ng-bo"}),
    ("Bombers struck a bus station in Kenya’s Mandera County.", {"ke-24"}),
    ("Gunmen attacked a village in Kenya’s north-east.", {"part:Kenya’s north-east@kenya"}),
    ("Fighters attacked a police post in Pakistan’s Swat valley.", {"part:Swat valley@pakistan"}),
    ("A bomb aimed at Kenya’s President exploded.", {"unknown"}),
    # where another event, before or after the attack, happened: not its place
    ("Gunmen kidnapped an engineer in Kano; he was freed by soldiers in Lagos months later.",
     {"kano-2335204"}),
    ("Fighters killed villagers in Gao, after the army struck their bases in Kidal.",
     {"gao-2457163"}),
    ("A hostage seized in Niamey was released in Bamako a year later.", {"niamey-2440485"}),
    ("Militants bombed a church in Maiduguri; two accomplices were arrested in Kano.",
     {"maiduguri-2331447"}),
    # a street or a building written beside its city: the city
    ("His body was left in a car in Via Caetani, in central Rome.", {"rome-3169070"}),
    ("Gunmen shot a judge in Via Fani, Rome.", {"rome-3169070"}),
    ("A trade unionist was shot at the Italsider steelworks, in Genoa.", {"genoa-3176219"}),
    ("Gunmen attacked guests at the Radisson Blu, Bamako.", {"bamako-2460596"}),
    # names with particles and articles, and "and then"
    ("He had been seized in San Benedetto del Tronto.", {"san-benedetto-del-tronto-3168550"}),
    ("A bomb exploded in Santa Cruz de Tenerife.", {"santa-cruz-de-tenerife-2511174"}),
    ("Fighters took the city of Idlib and then Jisr al-Shughur.",
     {"idlib-169389", "jisr-ash-shughur-169023"}),
    ("Rebels took the city of Aleppo and then Idlib.", {"aleppo-170063", "idlib-169389"}),
    # a town the gazetteer lacks, inside what the text says contains it
    ("Fighters abducted schoolgirls in Chibok, Borno State.", {"part:Chibok@ng-bo"}),
    ("Gunmen massacred villagers in Pınarcık, a village of Mardin Province.",
     {"part:Pınarcık@tr-47"}),
    ("A bomb struck a church in Bojayá, in the department of Chocó.", {"part:Bojayá@co-cho"}),
    ("Militants kidnapped workers in Jama’are, Bauchi State.", {"part:Jama’are@ng-ba"}),
    ("Fighters attacked an army post in Konna, Mali.", {"part:Konna@mali"}),
    # ... or whose camp, village or area the text names inside a province or near a town of a
    # country among the profile's areas (here Uganda)
    ("LRA fighters raided the Lukodi camp for displaced people in Gulu District.",
     {"part:Lukodi@ug-304"}),
    ("Gunmen attacked the Barlonyo camp for displaced people, north of Lira.",
     {"part:Barlonyo@uganda"}),
    ("Fighters burnt the village of Abok, 20 km east of Gulu.", {"part:Abok@uganda"}),
    ("LRA fighters massacred civilians at Atiak, about 65 km north of Gulu.",
     {"part:Atiak@uganda"}),
    ("Killings in the Makombo area of Haut-Uélé left 300 dead.", {"part:Makombo@cd-hu"}),
    ("LRA groups attacked churches in Faradje, Doruma and Batande in Haut-Uélé.",
     {"part:Faradje@cd-hu", "part:Doruma@cd-hu", "part:Batande@cd-hu"}),
]
FIRST_DAY = date(2001, 1, 1)


def _day(i: int) -> str:
    return (FIRST_DAY + timedelta(days=i)).isoformat()


def _profile() -> str:
    entries = "\n\n".join(
        f"{(FIRST_DAY + timedelta(days=i)).strftime('%B %-d, %Y')}:\u00a0{sentence} (1 killed)"
        for i, (sentence, _) in enumerate(ENTRIES)
    )
    return (
        "Terrorism Profiles\n\nShapes Front (SHF)\n\nAlternative Names:\n\nFront des Formes\n\n"
        "Worldwide: Chad, Uganda.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"The group emerged in 2009.\n\nMajor Attacks:\n\n{entries}\n"
    )


@pytest.fixture(scope="module")
def places():
    """data/places.ttl (the analysts' regions), loaded once: what the profiles resolve against."""
    return load([DATA / "places.ttl"], with_ontology=False).dataset


@pytest.fixture(scope="module")
def ingested(places, tmp_path_factory):
    folder = tmp_path_factory.mktemp("shapes")
    return ingest_profile(folder / "shf.txt", text=_profile(), existing=places)


def _attack_places(result, day: str) -> set[str]:
    graph = result.dataset
    attacks = {s for s, _, o, _ in graph.quads((None, KG.edtf, Literal(day), None))}
    assert len(attacks) == 1, f"one attack on {day}"
    attack = next(iter(attacks))
    found: set[str] = set()
    for _, _, place, _ in graph.quads((attack, KG.place, None, None)):
        key = str(place)[len(str(PLACE)) :]
        label = next((str(o) for _, _, o, _ in graph.quads((place, SKOS.prefLabel, None, None))),
                     None)
        if label is not None:  # stated by this profile: a part or a town the gazetteer lacks
            wholes = [str(o)[len(str(PLACE)) :] for _, _, o, _ in
                      graph.quads((place, KG.locatedIn, None, None))]
            found |= {f"part:{label}@{whole}" for whole in wholes}
        else:
            found.add(key)
    return found


@pytest.mark.parametrize(
    ("i", "sentence", "expected"),
    [(i, s, e) for i, (s, e) in enumerate(ENTRIES)],
    ids=[s[:60] for s, _ in ENTRIES],
)
def test_the_attack_lands_where_the_sentence_puts_it(ingested, i, sentence, expected):
    assert _attack_places(ingested, _day(i)) == expected


def test_a_reference_point_is_reported_never_a_place(ingested):
    messages = " ".join(line for report in ingested.sections for line in report.extracted)
    for name in ("gao-2457163 (new) (near", "kidal-2455290 (new) (distance-from",
                 "timbuktu-2449067 (new) (south-of", "niger (existing) (near-border-with"):
        assert f"reference point place:{name}" in messages


def test_a_district_of_a_city_is_noted_in_the_review(ingested):
    notes = [p.message for p in ingested.problems if p.severity is Severity.NOTE]
    for district in ("Karrada", "Hodan", "Saddar", "Gulberg"):
        assert any(f"{district!r} is a district of" in n for n in notes), district


def test_a_choice_among_places_of_one_name_is_listed_in_the_review(ingested):
    notes = [p.message for p in ingested.problems if p.severity is Severity.NOTE]
    assert any("'Tripoli' could be" in n and "Lebanon" in n for n in notes)
    assert any("'Hyderabad' could be" in n for n in notes)


def test_a_part_is_stated_inside_its_whole_and_never_as_the_whole(ingested):
    graph = ingested.dataset
    part = next(s for s, _, o, _ in graph.quads((None, SKOS.prefLabel, None, None))
                if str(o) == "northern Israel")
    assert (part, KG.locatedIn, PLACE["israel"]) in set(
        (s, p, o) for s, p, o, _ in graph.quads((part, None, None, None))
    )
    day = _day(next(i for i, (s, _) in enumerate(ENTRIES) if "northern Israel" in s))
    assert "israel" not in _attack_places(ingested, day)


def test_a_name_nothing_locates_stays_text_with_a_warning(places, tmp_path):
    text = _profile().replace(
        ENTRIES[0][0], "A drone strike hit a compound in North Zarghun Kach."
    )
    result = ingest_profile(tmp_path / "shf.txt", text=text, existing=places)
    graph = result.dataset
    attack = next(s for s, _, o, _ in graph.quads((None, KG.edtf, Literal(_day(0)), None)))
    places = {o for _, _, o, _ in graph.quads((attack, KG.place, None, None))}
    written = {str(o) for _, _, o, _ in graph.quads((attack, SCHEMA.location, None, None))}
    assert places == {PLACE["unknown"]} and written == {"North Zarghun Kach"}
    assert any("'North Zarghun Kach' is not in the gazetteer" in p.message for p in result.problems)


# ----------------------------------------------------------------- areas of operation

AREA_LINES = [
    # items inside a country's brackets lie in that country: a place of it, else a part of it
    ("Western Europe: Spain (Basque Country, Navarre), France (French Basque Country).",
     {"western-europe", "spain", "es-pv", "es-nc", "france", "part:French Basque Country@france"}),
    # (the Bekaa Valley is a region of data/places.ttl since #11's twelfth round)
    ("The Levant: Lebanon (especially Southern Lebanon and the Bekaa Valley), Syria.",
     {"levant", "lebanon", "part:Southern Lebanon@lebanon", "bekaa-valley", "syria"}),
    ("The Middle East: Turkey (Southeastern Anatolia), Northern Iraq (Qandil Mountains), Iran.",
     {"middle-east", "turkey", "part:Southeastern Anatolia@turkey", "part:Northern Iraq@iraq",
      "part:Qandil Mountains@northern-iraq", "iran"}),
    ("Southeast Asia: the Southern Philippines (Basilan, Tawi-Tawi, Zamboanga Peninsula).",
     {"southeast-asia", "part:Southern Philippines@philippines", "ph-bas", "ph-taw", "ph-09"}),
    ("South Asia: Pakistan (Punjab), Indian-administered Kashmir, Sri Lanka (Northern and "
     "Eastern Provinces).",
     {"south-asia", "pakistan", "pk-pb", "part:Indian-administered Kashmir@india", "sri-lanka",
      "lk-4", "lk-5"}),
    # "and beyond", "in the west", "the country around", hedges ("it appears"), Upper X
    ("North Africa and beyond: Libya (Misrata, the Nafusa Mountains in the west; the country "
     "around Sirte), Egypt (Upper Egypt), Tunisia and, it appears, Algeria.",
     {"north-africa", "libya", "misratah-2214846", "part:Nafusa Mountains@libya",
      "sirte-2210554", "egypt", "part:Upper Egypt@egypt", "tunisia", "algeria"}),
    # a name with "and" in it, "X-administered", "the towns of", "the area around"
    ("South Asia: Indian-administered Jammu and Kashmir (the towns of Sopore and Srinagar), "
     "Pakistan-administered Kashmir (the area around Muzaffarabad).",
     {"south-asia", "part:Indian-administered Jammu and Kashmir@india", "sopur-1255714",
      "srinagar-1255634", "part:Pakistan-administered Kashmir@pakistan",
      "muzaffarabad-1169607"}),
    # "the border districts of A and B", "the X coast near Y"
    ("Europe: Bosnia and Herzegovina (the border districts of Bihać and Cazin), Croatia (the "
     "Dalmatian coast near Split).",
     {"europe", "bosnia-and-herzegovina", "bihac-3204222", "cazin-3202822", "croatia",
      "part:Dalmatian coast@croatia"}),
]


def _areas(places, tmp_path: Path, line: str) -> set[str]:
    text = (
        "Terrorism Profiles\n\nAreas Front (ARF)\n\nAlternative Names:\n\nFront des Zones\n\n"
        f"{line}\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\nJune 2010:\u00a0The group attacked a "
        "barracks. (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "arf.txt", text=text, existing=places).dataset
    found: set[str] = set()
    for _, _, place, _ in graph.quads((None, KG.areaOfOperation, None, None)):
        assert isinstance(place, URIRef)
        label = next((str(o) for _, _, o, _ in graph.quads((place, SKOS.prefLabel, None, None))),
                     None)
        if label is None:
            found.add(str(place)[len(str(PLACE)) :])
        else:
            for _, _, whole, _ in graph.quads((place, KG.locatedIn, None, None)):
                found.add(f"part:{label}@{str(whole)[len(str(PLACE)) :]}")
    assert not list(graph.quads((None, SCHEMA.areaServed, None, None))), "nothing left as text"
    return found


@pytest.mark.parametrize(("line", "expected"), AREA_LINES, ids=[a[:40] for a, _ in AREA_LINES])
def test_every_area_is_a_place_or_a_part_of_the_place_the_text_puts_it_in(
    places, tmp_path, line, expected
):
    assert _areas(places, tmp_path, line) == expected


def test_a_place_the_gazetteer_lacks_gets_a_readable_iri_from_its_name(ingested):
    graph = ingested.dataset
    named = {str(o): s for s, _, o, _ in graph.quads((None, SKOS.prefLabel, None, None))}
    assert named["Pınarcık"] == PLACE["pinarcik"]
    assert named["Chibok"] == PLACE["chibok"]
    assert named["northern Israel"] == PLACE["northern-israel"]


def test_a_border_that_only_locates_an_area_is_not_part_of_its_name(places, tmp_path):
    text = (
        "Terrorism Profiles\n\nAreas Front (ARF)\n\nAlternative Names:\n\nFront des Zones\n\n"
        "The Levant: Syria, the Qalamoun mountains on the Lebanese border.\n\n"
        "Omar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\nJune 2010:\u00a0The group attacked a "
        "barracks. (3 killed)\n"
    )
    graph = ingest_profile(tmp_path / "arf.txt", text=text, existing=places).dataset
    written = {str(o) for _, _, o, _ in graph.quads((None, SCHEMA.areaServed, None, None))}
    assert written == {"Qalamoun mountains"}



def test_a_place_note_never_takes_the_place_of_the_casualty_figures(ingested):
    """Every entry ends '(1 killed)'. A place noted in the review ('the Karrada district of
    Baghdad', a town the text locates) once replaced that parenthesis in the casualty reader,
    and the figure was lost."""
    assert not [p.message for p in ingested.problems if "casualty figure" in p.message]
    graph = ingested.dataset
    attacks = {s for s, _, _, _ in graph.quads((None, KG.edtf, None, None))}
    killed = {s for s, _, _, _ in graph.quads((None, KG.killed, None, None))}
    assert len(attacks) == len(ENTRIES) and attacks <= killed
