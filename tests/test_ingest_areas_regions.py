"""The analysts' regions of data/places.ttl that profiles name (the Nile Delta, the Bekaa
Valley, the Volga region, Urabá …), each found by the resolver and held in its
country; and the twelfth round's shapes of an areas line (#11, #12), each in a bank of
wordings of our own: a country heading holds the items of its clause, brackets after a list of
units name the list, a unit the gazetteer lacks answers to its bare name, more plural
designators, reference marks and a lead-in 'at'."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.gazetteer import gazetteer
from kg.ingest import ingest_profile
from kg.ingest.area_phrases import unit_name
from kg.ingest.profile_facts import area_items
from kg.load import load
from kg.namespaces import KG, PLACE, SCHEMA
from tests.hermetic import DATA


@pytest.fixture(scope="module")
def curated() -> Dataset:
    return load([DATA / "places.ttl"], with_ontology=False)


@pytest.fixture(scope="module")
def places_ttl() -> Graph:
    return Graph().parse(DATA / "places.ttl")


def _areas(
    tmp_path: Path, line: str, existing: Dataset | None = None
) -> tuple[set[str], set[str], Dataset]:
    text = (
        "Terrorism Profiles\n\nDelta Brigades (DB)\n\nAlternative Names:\n\nKataib al-Delta\n\n"
        f"{line}\n\nSamir Haddad has led the group since 2011.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        "The group emerged in 2011.\n\nMajor Attacks:\n\nJune 2012: The group attacked a "
        "checkpoint. (2 killed)\n"
    )
    result = ingest_profile(
        tmp_path / "db.txt", text=text, existing=existing if existing is not None else Dataset()
    )
    graph = result.dataset
    places = {str(o).rsplit("/", 1)[-1] for o in graph.objects(None, KG.areaOfOperation)}
    written = {str(o) for o in graph.objects(None, SCHEMA.areaServed) if isinstance(o, Literal)}
    return places, written, graph


def _country_of(graph: Graph, place: URIRef) -> str | None:
    """The ISO code of the country a place lies in, through data/places.ttl's kg:locatedIn and
    the gazetteer's parents (the way the build's containment runs)."""
    world = gazetteer()
    seen: set[URIRef] = set()
    todo = [place]
    while todo:
        here = todo.pop()
        if here in seen:
            continue
        seen.add(here)
        known = world.place(str(here))
        if known is not None and known.kind == "country":
            return known.code
        todo += list(graph.objects(here, KG.locatedIn))
        if known is not None:
            todo += [PLACE[p] for p in known.parents]
    return None


# region of data/places.ttl → (the wordings a profile writes it in, its country)
REGIONS = {
    "greater-cairo": (["Greater Cairo", "Cairo metropolitan area"], "EG"),
    "nile-delta": (["Nile Delta", "the Nile Delta"], "EG"),
    "bekaa-valley": (["Bekaa Valley", "the Beqaa Valley", "Bekaa valley"], "LB"),
    "volga-region": (["Volga region", "the Volga region", "Povolzhye"], "RU"),
    "uraba": (["Urabá", "Uraba"], "CO"),
    "magdalena-medio": (["Magdalena Medio", "the Middle Magdalena"], "CO"),
    "north-caucasus": (["North Caucasus", "the Northern Caucasus"], "RU"),
}


@pytest.mark.parametrize(
    ("key", "written"),
    [(key, w) for key, (wordings, _code) in REGIONS.items() for w in wordings],
)
def test_the_resolver_finds_an_analysts_region_by_the_names_profiles_use(tmp_path, curated, key,
                                                                         written):
    places, _written, _graph = _areas(tmp_path, f"{written}.", curated)
    assert places == {key}


@pytest.mark.parametrize(("key", "code"), [(k, c) for k, (_w, c) in REGIONS.items()])
def test_a_region_and_each_of_its_members_lie_in_its_country(places_ttl, key, code):
    region = PLACE[key]
    assert _country_of(places_ttl, region) == code
    assert places_ttl.value(region, URIRef("http://purl.org/dc/terms/source")) is not None
    for member in places_ttl.subjects(KG.locatedIn, region):
        assert gazetteer().place(str(member)) is not None, f"{member} is no gazetteer place"
        assert _country_of(places_ttl, member) == code


def test_no_member_of_a_new_region_is_a_unit_named_like_its_chief_town(places_ttl):
    # a member is described in the graph, and its names indexed: "Cairo" (EG-C's other name)
    # would then take "in Heliopolis, Cairo" from the city to the governorate
    from kg.gazetteer import fold

    world = gazetteer()
    for key in REGIONS:
        for member in places_ttl.subjects(KG.locatedIn, PLACE[key]):
            unit = world.place(str(member))
            assert unit is not None
            names = {unit.name, *(text for text, _language in unit.alt_names)}
            towns = {n for n in names for p in world.named(fold(n))
                     if p.kind == "city" and unit.key in p.parents}
            assert not towns, f"{member} shares {towns} with its own town"


def test_karachay_cherkessia_is_the_gazetteer_republic_by_its_english_name(tmp_path, curated):
    for written in ("Karachay-Cherkessia", "the Karachay-Cherkess Republic"):
        places, _written, _graph = _areas(tmp_path, f"Russia: {written}.", curated)
        assert places == {"russia", "ru-kc"}


def test_a_region_line_names_each_region_not_its_units_or_towns(tmp_path, curated):
    places, written, _graph = _areas(
        tmp_path, "Lebanon: the Bekaa Valley; Egypt: Greater Cairo, Nile Delta governorates.",
        curated,
    )
    assert places == {"lebanon", "bekaa-valley", "egypt", "greater-cairo", "nile-delta"}
    assert not written


# A country heading holds the items of its clause: a town or a unit of another country that
# shares an item's name is a namesake, not the item (which is a part of the heading's country);
# after the first semicolon the heading holds nothing.
@pytest.mark.parametrize(
    ("line", "namesake", "part"),
    [
        ("Nepal: Morang and Chirang districts; Bhutan.", "bt-21", "chirang-district"),
        ("Nepal: Jhapa, Chirang district", "bt-21", "chirang-district"),
        ("Nepal: the Terai (Jhapa), Tsirang district", "bt-21", "tsirang-district"),
    ],
)
def test_a_country_heading_keeps_a_namesake_abroad_out(tmp_path, line, namesake, part):
    places, _written, graph = _areas(tmp_path, line)
    assert namesake not in places
    assert part in places
    assert (PLACE[part], KG.locatedIn, PLACE["nepal"]) in graph


@pytest.mark.parametrize(
    ("line", "inside", "outside"),
    [
        ("Kenya: Mandera, the Boni forest; camps in Somalia.", "boni-forest", "somalia"),
        ("Mozambique: Cabo Delgado (Mocímboa da Praia), Quirimbas islands; Tanzania.",
         "quirimbas-islands", "tanzania"),
        ("Uganda: Kasese, Rwenzori foothills; later in the Democratic Republic of the Congo",
         "rwenzori-foothills", "democratic-republic-of-the-congo"),
    ],
)
def test_a_country_heading_holds_its_clause_and_nothing_after_the_semicolon(
    tmp_path, line, inside, outside
):
    places, written, graph = _areas(tmp_path, line)
    country = line.split(":", 1)[0].lower()
    assert inside in places
    assert (PLACE[inside], KG.locatedIn, PLACE[country]) in graph
    assert outside in places
    assert not written


def test_a_region_heading_does_not_hold_its_items(tmp_path):
    # "The Sahel:" is no country: an item it does not contain is not made a part of it
    places, _written, _graph = _areas(tmp_path, "West Africa: Nigeria, Cameroon.")
    assert {"nigeria", "cameroon"} <= places


# Brackets after a list of units name the list as a whole, not a part of its last unit
@pytest.mark.parametrize(
    "line",
    [
        "Pakistan: Swat and Dir districts (the Malakand division)",
        "Pakistan: Swat, Buner and Dir districts (Malakand division)",
        "Pakistan: the Buner, Shangla and Swat districts (the Malakand division), Peshawar",
    ],
)
def test_brackets_after_a_list_of_units_name_the_list(tmp_path, line):
    _places, _written, graph = _areas(tmp_path, line)
    part = next(s for s in graph.subjects(SKOS.prefLabel, None)
                if "malakand" in str(s))
    holders = set(graph.objects(part, KG.locatedIn))
    assert not any("swat" in str(h) or "dir" in str(h).rsplit("/", 1)[-1] for h in holders)


# A unit the gazetteer lacks, stated as a part, answers to its bare name too
@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Sonitpur district", "Sonitpur"),
        ("Buthidaung Township", "Buthidaung"),
        ("the Puntland state", "Puntland"),
        ("Tank tehsil", "Tank"),
    ],
)
def test_the_bare_name_of_a_unit(written, bare):
    assert unit_name(written) == bare


@pytest.mark.parametrize(
    "written",
    ["Cal Miskaad mountains", "Northern Rakhine State", "Xinjiang Uyghur Autonomous Region",
     "the south", "Bodoland Territorial Areas"],
)
def test_no_bare_name_for_what_is_no_unit_or_is_named_with_its_designator(written):
    assert unit_name(written) is None


@pytest.mark.parametrize(
    ("line", "part", "bare"),
    [
        ("Nepal: Morang and Sunsari districts", "sunsari-district", "Sunsari"),
        ("Myanmar (Paletwa and Kyauktaw townships)", "kyauktaw-township", "Kyauktaw"),
        ("Bangladesh: Bandarban Hill district", "bandarban-hill-district", "Bandarban Hill"),
    ],
)
def test_a_unit_stated_as_a_part_answers_to_its_bare_name(tmp_path, line, part, bare):
    _places, _written, graph = _areas(tmp_path, line)
    assert Literal(bare, lang="en") in set(graph.objects(PLACE[part], SKOS.altLabel))


# More plural designators a list shares; reference marks and a lead-in "at" or "in"
@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Myanmar (Paletwa and Kyauktaw townships)",
         ["Myanmar", "Paletwa Township", "Kyauktaw Township"]),
        ("Pakistan: Tank and Kulachi tehsils", ["Pakistan", "Tank Tehsil", "Kulachi Tehsil"]),
        ("Mexico: the municipalities of Apatzingán, Aguililla and Tepalcatepec",
         ["Mexico", "Apatzingán Municipality", "Aguililla Municipality",
          "Tepalcatepec Municipality"]),
        ("Russia: Saratov and Samara oblasts", ["Russia", "Saratov Oblast", "Samara Oblast"]),
    ],
)
def test_more_designators_a_list_shares(line, items):
    assert area_items(line) == items


@pytest.mark.parametrize(
    ("line", "items"),
    [
        # a "where" clause stays whole: extract_areas reads who it names, and where
        # (tests/test_ingest_areas_unseen.py)
        ("Syria and Lebanon, where it kept camps in the Bekaa Valley and at Naameh on the "
         "coast.[1]", ["Syria", "Lebanon", "where it kept camps in the Bekaa Valley", "Naameh"]),
        ("Iraq[2], Jordan [3] and Kuwait.[14]", ["Iraq", "Jordan", "Kuwait"]),
        ("Libya, with a cell at Derna and offices in Benghazi[a]",
         ["Libya", "Derna", "Benghazi"]),
        ("Yemen: at Mukalla on the coast, in Shabwa", ["Yemen", "Mukalla", "Shabwa"]),
    ],
)
def test_reference_marks_and_a_lead_in_preposition_name_no_place(line, items):
    assert area_items(line) == items


# A prose paragraph: its sentences are items apart; a share of a country's units written with
# its possessive is the country; the section's own label as a heading names nothing
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("At its peak the LTF was present in most of Peru's provinces. Its cells met in Lima.",
         {"peru", "lima-3936456"}),
        ("The front was active in all of Nigeria's states. Later it moved into Chad.",
         {"nigeria", "chad"}),
        ("The cells operated across many of Mexico's states, and in Guatemala.",
         {"mexico", "guatemala"}),
        ("Location/Area of Operation: Based in Kandahar, Afghanistan.",
         {"kandahar-1138336", "afghanistan"}),
        ("Main areas of activity: Mali (Kidal Region), Niger", {"mali", "ml-8", "niger"}),
    ],
)
def test_a_prose_paragraph_and_a_label_heading_give_only_places(tmp_path, line, expected):
    places, written, _graph = _areas(tmp_path, line)
    assert places == expected
    assert not written


# What the group only named, threatened or called to is no area; a clause that names nothing
# known is no place's name; "Its …" at a sentence's start is no proper name
@pytest.mark.parametrize(
    ("line", "country", "not_an_area"),
    [
        ("Pakistan and India; the group has also named Myanmar as a field of jihad.",
         "india", "myanmar"),
        ("Algeria and Mali; its emir has threatened France in several videos.",
         "mali", "france"),
        ("Somalia; it has declared Kenya a legitimate target.", "somalia", "kenya"),
    ],
)
def test_a_place_the_group_only_named_or_threatened_is_no_area(tmp_path, line, country,
                                                               not_an_area):
    places, written, _graph = _areas(tmp_path, line)
    assert country in places
    assert not_an_area not in places and not written


@pytest.mark.parametrize(
    "line",
    [
        "Peru: Ayacucho. Its columns were strongest in the highlands.",
        "Peru: Ayacucho. Its fighters later withdrew into the jungle valleys of the interior.",
        "Peru: Ayacucho. Most of its support came from the poorest villages of the south.",
    ],
)
def test_a_sentence_that_names_no_place_states_nothing(tmp_path, line):
    places, written, _graph = _areas(tmp_path, line)
    assert "peru" in places and len(places) == 2  # Peru and Ayacucho, nothing of the sentence
    assert not written


# the lead's reading of `dev-13`: a sentence that tells the group's links names its partners'
# ground, not its own; a heading's clause ends with its sentence
@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        ("Kenya: Mandera (Boni forest). Links to Mogadishu and Kismayo through al-Shabaab.",
         {"kenya"}, {"mogadishu", "kismayo", "links-to-mogadishu"}),
        ("Mali: Mopti and Ségou. Ties with cells in Niger and Burkina Faso.",
         {"mali"}, {"niger", "burkina-faso"}),
        ("Nigeria (Borno). Reported connections to fighters in Chad; Cameroon.",
         {"nigeria", "cameroon"}, {"chad"}),
        ("Somalia: Jubaland\nLinks to recruiters in Tanzania and Uganda\nKenya: Lamu",
         {"somalia", "kenya"}, {"tanzania", "uganda"}),
    ],
)
def test_a_sentence_of_links_names_no_area(tmp_path, line, kept, dropped):
    places, written, _ = _areas(tmp_path, line)
    assert kept <= places, places
    assert not places & dropped, places
    assert not any("Links" in w or "Ties" in w or "connections" in w for w in written), written


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Syria (Idlib and, until 2018, in the Homs countryside).", "homs-countryside"),
        ("Iraq: Anbar, and at times in the Diyala countryside.", "diyala-countryside"),
        ("Lebanon: in the Tripoli hinterland.", "tripoli-hinterland"),
    ],
)
def test_a_preposition_before_a_described_part_keeps_the_part(tmp_path, line, part):
    places, _, _ = _areas(tmp_path, line)
    assert part in places, places
    town = part.split("-")[0]
    assert not {p for p in places if p.startswith(town + "-") and p != part}, places


@pytest.mark.parametrize(
    "line",
    ["DR Congo: North Kivu and Ituri.", "North Kivu and Ituri (DRC).",
     "Eastern Congo-Kinshasa: North Kivu, Ituri."],
)
def test_dr_congo_is_never_the_republic_of_the_congo(tmp_path, line):
    places, _, _ = _areas(tmp_path, line)
    assert "republic-of-the-congo" not in places, places
    assert {"cd-nk", "cd-it"} <= places, places
