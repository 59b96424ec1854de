"""Does the offline gazetteer put attacks anywhere in the world where the text says, and do
`attacks --param country=…` filters work by name, ISO code and analysts' region?"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.gazetteer import GEONAMES, describe, fold, gazetteer, resolve_place
from kg.gazetteer.index import russian_name_forms
from kg.ingest import ingest_profile
from kg.load import load
from kg.namespaces import KG, PLACE
from tests.hermetic import DATA

from .conftest import csv_rows

REPO = Path(__file__).resolve().parent.parent
PROFILE = Path(__file__).parent / "gazetteer" / "world-attacks.txt"

# attack date → GeoNames id (cities) or ISO 3166-2 code (Borno State) of its place
EXPECTED = {
    "2015-01-05": "53654",  # Mogadishu
    "2015-02-06": "184745",  # Nairobi
    "2015-03-07": "2331447",  # Maiduguri
    "2015-04-08": "NG-BO",  # Borno State
    "2015-05-09": "1168197",  # Peshawar
    "2015-06-10": "2210247",  # Tripoli, Libya
    "2015-07-11": "266826",  # Tripoli, Lebanon
    "2015-08-12": "3688689",  # Bogotá
    "2015-09-13": "2440485",  # Niamey
    "2015-10-14": "2457163",  # Gao, "near the border with Niger": Niger is a reference point
}


@pytest.fixture(scope="module")
def ingested():
    existing = load([DATA / "places.ttl"], with_ontology=False)
    result = ingest_profile(PROFILE, existing=existing)
    assert result.ok, result.review()
    return result


def _identifier(place: URIRef) -> str:
    found = gazetteer().place(str(place))
    assert found is not None, f"{place} is not a gazetteer place"
    return str(found.code) if found.kind == "subdivision" else str(found.geonames)


def test_each_attack_lands_on_the_expected_geonames_place(ingested):
    places = {}
    for attack, predicate, place, _ in ingested.graph.quads():
        if predicate != KG.place:
            continue
        date = str(attack).rsplit("/", 1)[-1][:10]
        places[date] = _identifier(place)
    assert places == EXPECTED


def test_the_two_tripolis_are_told_apart_by_the_sentence_and_the_review_says_so(ingested):
    review = ingested.review()
    assert "chose Tripoli, Libya (place:tripoli-2210247)" in review
    assert "chose Tripoli, Lebanon (place:tripoli-266826)" in review


def test_near_the_border_with_niger_keeps_niger_as_a_reference_point_not_the_place(ingested):
    report = next(s for s in ingested.sections if s.key == "attack-10")
    assert any("reference point place:niger" in line for line in report.extracted)
    attack_places = {
        place
        for attack, predicate, place, _ in ingested.graph.quads()
        if predicate == KG.place and "2015-10-14" in str(attack)
    }
    assert PLACE["niger"] not in attack_places


def test_an_ambiguous_name_without_context_goes_to_the_most_populous_place():
    assert resolve_place("Paris").place.country == "FR"
    assert resolve_place("Tripoli").place.country == "LY"
    assert resolve_place("Tripoli", context_countries=["LB"]).place.country == "LB"
    assert resolve_place("Tripoli", area_countries=["LB"]).place.country == "LB"


# a name that is only one of the other names of a town in a country neither the sentence nor the
# profile's areas name: a namesake the gazetteer lacks is likelier (kept as text); the town's own
# name, a metropolis's older name, and any town in a named country still resolve
@pytest.mark.parametrize(("written", "areas", "expected"), [
    ("Tole", ["ET"], None),  # an Ethiopian village; one of Tholen's (Netherlands) other names
    ("Tole", [], "Tholen"),  # no areas told: nothing says it is elsewhere
    ("Bombay", ["PK"], "Mumbai"),  # a metropolis is what its older names mean
    ("Kiev", ["SY"], "Kyiv"),
    ("Munich", ["PS"], "Munich"),  # its own name, in a country the profile never names
    ("Gimbi", ["ET"], "Gimbi"),
    ("Kiryat Shmona", ["LB"], "Qiryat Shmona"),  # its own name in another transliteration
    ("Beit She'an", ["JO"], "Bet She’an"),
])
def test_a_foreign_town_known_only_by_another_of_its_names_is_kept_as_text(
    written: str, areas: list[str], expected: str | None
) -> None:
    match = resolve_place(written, area_countries=areas)
    assert (match.place.name if match else None) == expected


def test_a_country_name_means_the_country_not_a_province_of_that_name():
    # "near the border with Niger": the reference point is the country Niger (NE), even in a
    # sentence about Nigeria, which has a Niger State. Reading the sentence's relation is the
    # sentence reader's part (issue 12).
    found = resolve_place("Niger", context_countries=["NG"])
    assert found.place.kind == "country" and found.place.code == "NE"
    assert found.choice is not None and "place:ng-ni" in found.choice


@pytest.mark.parametrize(
    ("written", "code"),
    [("DR Congo", "CD"), ("the DRC", "CD"), ("Democratic Republic of Congo", "CD"),
     ("Congo-Kinshasa", "CD"), ("Congo-Brazzaville", "CG"), ("Burma", "MM"),
     ("East Timor", "TL"), ("Swaziland", "SZ")],
)
def test_a_countrys_common_english_name_the_packages_lack_is_that_country(written, code):
    # without kg/gazetteer/country_names.tsv "DR Congo" was read as "Congo", the Republic
    found = resolve_place(written.removeprefix("the "))
    assert found is not None and found.place.kind == "country" and found.place.code == code


def test_a_described_town_has_its_geonames_match_iso_notation_and_containment():
    triples = describe(gazetteer(), ["maiduguri-2331447"])
    about = {(str(s), str(p), str(o)) for s, p, o in triples}
    town, nigeria = str(PLACE["maiduguri-2331447"]), str(PLACE["nigeria"])
    borno = str(PLACE["ng-bo"])
    exact = "http://www.w3.org/2004/02/skos/core#exactMatch"
    notation = "http://www.w3.org/2004/02/skos/core#notation"
    assert (town, exact, f"{GEONAMES}2331447/") in about
    assert (town, str(KG.locatedIn), borno) in about  # the town in its state,
    assert (borno, str(KG.locatedIn), nigeria) in about  # the state in its country
    assert (borno, notation, "NG-BO") in about
    assert (borno, exact, f"{GEONAMES}2346794/") in about
    assert (nigeria, notation, "NG") in about
    assert (nigeria, str(KG.locatedIn), str(PLACE["africa"])) in about


def test_unknown_name_stays_unresolved():
    assert resolve_place("Qwxzyville") is None


@pytest.fixture(scope="module")
def world_build(ingested, tmp_path_factory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("data")
    (data / "places.ttl").write_bytes((DATA / "places.ttl").read_bytes())
    (data / "world-attacks.trig").write_text(ingested.graph.trig(), encoding="utf-8")
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return data, out


@pytest.mark.parametrize(
    ("country", "dates"),
    [
        ("Kenya", {"2015-02-06"}),
        ("NG", {"2015-03-07", "2015-04-08"}),
        # Maiduguri lies in Borno State, which lies in the analysts' Lake Chad Basin
        ("Borno State", {"2015-03-07", "2015-04-08"}),
        ("NG-BO", {"2015-03-07", "2015-04-08"}),
        ("Lake Chad Basin", {"2015-03-07", "2015-04-08"}),
        ("PK-KP", {"2015-05-09"}),
        ("Gao Region", {"2015-10-14"}),
        # the analysts' Sahel (data/places.ttl), not Burkina Faso's Sahel Region of that name
        ("Sahel", {"2015-09-13", "2015-10-14"}),
        ("NE", {"2015-09-13"}),
        ("East Africa", {"2015-01-05", "2015-02-06"}),
        ("LB", {"2015-07-11"}),
    ],
)
def test_attacks_filtered_by_country_name_iso_code_or_region(world_build, country, dates):
    data, out = world_build
    result = CliRunner().invoke(
        app,
        ["query", "attacks", "--format", "csv", "--data", str(data), "--build", str(out),
         "--param", "group=group:gtf", "--param", f"country={country}"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert {row["date"] for row in csv_rows(result.output)} == dates


def test_a_town_over_the_province_that_contains_it_is_no_choice_to_report():
    found = resolve_place("Batna")
    assert found.place.kind == "city" and found.place.country == "DZ"
    assert found.choice is None


def test_a_province_by_its_full_name_and_a_country_by_iso_code():
    assert resolve_place("Borno State").place.code == "NG-BO"
    assert resolve_place("Médéa Province").place.code == "DZ-26"
    assert gazetteer().by_code("NG").key == "nigeria"
    assert gazetteer().by_code("KEN").key == "kenya"


def test_the_build_describes_only_the_places_the_data_mentions_and_their_containers():
    from kg.namespaces import GAZETTEER_GRAPH

    kg = load([DATA])
    described = {
        str(s) for s in kg.graph(GAZETTEER_GRAPH).subjects() if str(s).startswith(str(PLACE))
    }
    assert str(PLACE["batna-2505572"]) in described  # an AQIM attack place
    assert str(PLACE["algeria"]) in described  # contains it
    assert str(PLACE["africa"]) in described  # contains Algeria
    assert str(PLACE["tripoli-266826"]) not in described  # nothing mentions Tripoli, Lebanon
    # every place described is one the data names, or contains one (not a world of cities)
    gazetteer_graph = kg.graph(GAZETTEER_GRAPH)
    named = {
        str(term)
        for s, p, o, g in kg.dataset.quads((None, None, None, None))
        if getattr(g, "identifier", g) != GAZETTEER_GRAPH
        for term in (s, o)
        if str(term).startswith(str(PLACE))
    }
    contained, frontier = set(named), set(named)
    while frontier:
        frontier = {
            str(whole)
            for part in frontier
            for whole in gazetteer_graph.objects(URIRef(part), KG.locatedIn)
        } - contained
        contained |= frontier
    assert described <= contained
    assert len(described) < 1000  # the gazetteer has over 30,000 places


def test_places_a_turtle_file_mentions_are_found_under_any_prefix(tmp_path):
    from kg.load import places_mentioned

    path = tmp_path / "x.ttl"
    path.write_text(
        "@prefix p: <https://w3id.org/ctkg/id/place/> .\n"
        "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n"
        "<https://w3id.org/ctkg/id/attack/a> kg:place p:kenya , "
        "<https://w3id.org/ctkg/id/place/nairobi-184745> .\n",
        encoding="utf-8",
    )
    found = places_mentioned(path, "turtle", [])
    assert {str(PLACE["kenya"]), str(PLACE["nairobi-184745"])} <= found


def test_a_place_whose_own_name_it_is_beats_one_that_has_it_as_an_alternate_name():
    # Borna (Germany) lists "Borno" among its alternate names; Borno State is named Borno
    assert resolve_place("Borno").place.code == "NG-BO"


def test_every_attack_is_on_the_map_a_province_at_its_own_point_as_approximate(ingested, tmp_path):
    from kg.pictures.data import map_of
    from kg.reason import reason

    path = tmp_path / "world.trig"
    path.write_text(ingested.graph.trig(), encoding="utf-8")
    kg = load([DATA / "places.ttl", path])
    reason(kg)
    data = map_of(kg, URIRef("https://w3id.org/ctkg/id/group/gtf"))
    assert data.unplaced_attacks == []
    borno = next(p for e in data.attacks for p in e.places if p.iri == PLACE["ng-bo"])
    # Borno's point is the population-weighted centre of its towns, near Maiduguri, and drawn
    # as a region (approximate), not at Nigeria's centre
    state = gazetteer().place("ng-bo")
    assert (borno.lat, borno.long, borno.kind) == (state.lat, state.long, "region")
    assert abs(borno.lat - 11.8) < 1.5 and abs(borno.long - 13.2) < 1.5


def test_a_choice_among_places_for_an_area_of_operation_is_noted_in_the_review():
    # "Lebanon, Tripoli.": Tripoli is Lebanon's because Lebanon is among the areas, and the
    # review says that a choice was made, among which places and why
    result = ingest_profile(PROFILE.with_name("ambiguous-areas.txt"))
    review = result.review()
    note = next(line for line in review.splitlines() if "area of operation 'Tripoli'" in line)
    assert "could be" in note and "chose Tripoli, Lebanon (place:tripoli-266826)" in note
    assert "over Tripoli, Libya (place:tripoli-2210247)" in note
    assert "profile's areas of operation" in note


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Ingushetia", "RU-IN"),  # ISO "Ingushetiya, Respublika"
        ("Dagestan", "RU-DA"),  # ISO "Dagestan, Respublika"
        ("Kabardino-Balkaria", "RU-KB"),  # GeoNames "Kabardino-Balkariya Republic"
        ("Kalmykia", "RU-KL"),  # ISO "Kalmykiya, Respublika"
        ("Tatarstan", "RU-TA"),  # ISO "Tatarstan, Respublika"
    ],
)
def test_a_russian_republic_is_found_by_its_english_name(written, code):
    match = resolve_place(written)
    assert match is not None and match.place.code == code


def test_an_oblast_is_not_its_capital_by_a_stripped_designator():
    # "Tverskaya oblast'" keeps its designator: "Tver" is the city, never the region
    assert resolve_place("Tver").place.kind == "city"
    assert russian_name_forms("Tverskaya oblast'") == []
    assert russian_name_forms("Ingushetiya Republic") == ["Ingushetiya", "Ingushetia"]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Bukhara Region", "UZ-BU"),  # ISO "Buxoro", GeoNames "Bukhara"
        ("Muthanna Province", "IQ-MU"),  # ISO "Al Muthanná", a governorate
        ("Muthanna Governorate", "IQ-MU"),
        ("Kirkuk Province", "IQ-KI"),  # ISO "Kirkūk"
    ],
)
def test_a_subdivision_is_found_by_its_other_name_with_its_designator(written, code):
    match = resolve_place(written)
    assert match is not None and match.place.code == code
    assert any(fold(alt) == fold(written) for alt, _ in match.place.alt_names)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Somali Region", "ET-SO"),  # ISO "Somali", a regional state
        ("Tigrai Region", "ET-TI"),
        ("Afar Regional State", "ET-AF"),
    ],
)
def test_an_ethiopian_regional_state_is_found_as_a_region(written, code):
    match = resolve_place(written)
    assert match is not None and match.place.code == code
    assert (written, "en") in match.place.alt_names  # a label the scorer and queries read
