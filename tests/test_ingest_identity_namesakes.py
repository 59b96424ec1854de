"""Namesakes across profiles: an organisation the graph places only in other countries than a
profile's group is not joined by name (`IngestContext._keep_namesakes_apart`), where the graph
places it by its areas or, for one another profile named only as an attack's claimant, by where
its attacks took place; the profile's own title obeys the rule too (it is read before the
areas). A name that names a country, or a sentence that names one of the namesake's countries
or a region holding them, is evidence enough to join (`EntityIndex.placed_by`); an acronym or a
bare generic name is not. Every class has its own wordings, and the pairs that must stay apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import FOAF, SKOS

from kg.namespaces import SCHEMA
from tests.test_ingest_identity_mentions import _ingest


def _profile(title: str, areas: str, *, history: str = "The group emerged in 1994.",
             attack: str = "The group attacked a barracks. (3 killed)",
             ideology: str = "Salafi-jihadist.") -> str:
    return (
        f"Terrorism Profiles\n\n{title}\n\nAlternative Names:\n\nNone known\n\n{areas}\n\n"
        "Omar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: {attack}\n\n"
        f"Ideological Roots:\n\n{ideology}\n"
    )


def _named(dataset: Dataset, name: str) -> set:
    return {q[0] for q in dataset.quads((None, SKOS.prefLabel, None, None)) if str(q[2]) == name}


def _subject(dataset: Dataset):
    (topic,) = {q[2] for q in dataset.quads((None, FOAF.primaryTopic, None, None))}
    return topic


def _mentioned(dataset: Dataset) -> set:
    return {q[2] for q in dataset.quads((None, SCHEMA.mentions, None, None))}


# A profile that names an organisation only as the claimant of an attack abroad: the graph
# then knows the organisation by nothing but that attack's place.
CLAIMANTS = [
    ("South Asia: Bangladesh.", "Bloggers were hacked to death in Dhaka. Ansar al-Tawhid "
     "claimed responsibility. (2 killed)", "Ansar al-Tawhid"),
    ("Russia: the North Caucasus.", "Two suicide bombers struck the railway station in "
     "Volgograd; a video in the name of Jund al-Haqq claimed both. (34 killed)", "Jund al-Haqq"),
    ("South America: Peru.", "A car bomb exploded in Lima; the Shining Vanguard claimed it. "
     "(5 killed)", "Shining Vanguard"),
]


@pytest.mark.parametrize(("claimant_areas", "attack", "name"), CLAIMANTS)
@pytest.mark.parametrize("areas", ["Middle East: Iraq.", "East Africa: Somalia and Kenya."])
def test_a_profile_of_a_namesake_elsewhere_does_not_become_the_claimant_another_profile_named(
    tmp_path, claimant_areas, attack, name, areas
):
    """The namesake's own profile is read title first: its group must not become the
    organisation another profile named only as an attack's claimant in another country."""
    first, graph = _ingest(tmp_path, "first", _profile("Desert Brigades (DB)", claimant_areas,
                                                       attack=attack), Dataset())
    (claimant,) = _named(first.dataset, name)
    second, _ = _ingest(tmp_path, "second", _profile(name, areas), graph)
    assert _subject(second.dataset) != claimant
    assert "kept apart as possibly a namesake" in second.review()


@pytest.mark.parametrize(("claimant_areas", "attack", "name"), CLAIMANTS)
def test_a_profile_of_the_claimant_in_its_own_country_is_the_claimant(
    tmp_path, claimant_areas, attack, name
):
    first, graph = _ingest(tmp_path, "first", _profile("Desert Brigades (DB)", claimant_areas,
                                                       attack=attack), Dataset())
    (claimant,) = _named(first.dataset, name)
    second, _ = _ingest(tmp_path, "second", _profile(name, claimant_areas), graph)
    assert _subject(second.dataset) == claimant


@pytest.mark.parametrize(("claimant_areas", "attack", "name"), CLAIMANTS)
@pytest.mark.parametrize(("areas", "sentence", "linked"), [
    # the sentence names only another country, or nothing: possibly another of the name
    ("Southern Africa: Mozambique.",
     "The same label was later given to {name}, a separate insurgency in Mozambique.", False),
    ("West Africa: Mali.", "Its preachers praised {name} in 2012.", False),
    # the sentence names the claimant's own country: that organisation
    ("West Africa: Mali.", "Its first recruits had trained in {country} with {name}.", True),
    ("Southern Africa: Mozambique.",
     "In 2015 it received money from {name}, which was then active in {country}.", True),
])
def test_a_mention_of_a_claimant_placed_elsewhere_is_linked_only_where_the_sentence_places_it(
    tmp_path, claimant_areas, attack, name, areas, sentence, linked
):
    first, graph = _ingest(tmp_path, "first", _profile("Desert Brigades (DB)", claimant_areas,
                                                       attack=attack), Dataset())
    (claimant,) = _named(first.dataset, name)
    country = {"Ansar al-Tawhid": "Bangladesh", "Jund al-Haqq": "Russia",
               "Shining Vanguard": "Peru"}[name]
    text = _profile("Coastal Front (CF)", areas,
                    ideology=sentence.format(name=name, country=country))
    second, _ = _ingest(tmp_path, "second", text, graph)
    assert (claimant in _mentioned(second.dataset)) is linked


# ------------------------------------------------------------ a name that names a country


@pytest.mark.parametrize(("known", "known_areas", "written"), [
    ("Popular Front for the Liberation of Chad (PFLC)", "Central Africa: Chad.",
     "Its founders had trained with the Popular Front for the Liberation of Chad."),
    ("Egyptian Islamic Vanguard (EIV)", "North Africa: Egypt.",
     "The group shares the outlook of the Egyptian Islamic Vanguard."),
    ("Islamic Movement of Tajikistan (IMT)", "Central Asia: Tajikistan.",
     "Unlike the Islamic Movement of Tajikistan, it never sought a state of its own."),
])
@pytest.mark.parametrize("areas", ["Western Europe: Germany.", "South America: Peru."])
def test_a_name_that_names_a_country_is_joined_wherever_the_graph_places_it(
    tmp_path, known, known_areas, written, areas
):
    """A full name with a country (or a nationality) in it is no generic name: a profile from
    anywhere that writes it means the graph's organisation of that name."""
    _, graph = _ingest(tmp_path, "known", _profile(known, known_areas), Dataset())
    (organisation,) = _named(graph, known.split(" (")[0])
    result, _ = _ingest(tmp_path, "other", _profile("Red Cells (RC)", areas, ideology=written),
                        graph)
    assert organisation in _mentioned(result.dataset)


@pytest.mark.parametrize(("known", "known_areas", "written"), [
    # an acronym alone, even of a name that names a country
    ("Popular Front for the Liberation of Chad (PFLC)", "Central Africa: Chad.",
     "Its founders had trained with the PFLC."),
    # a generic name: two "Ansar al-Tawhid"s, two "People's Vanguard"s
    ("Ansar al-Tawhid (AAT)", "South Asia: Bangladesh.",
     "The group shares the outlook of Ansar al-Tawhid."),
    ("People's Vanguard (PV)", "South America: Peru.",
     "Unlike People's Vanguard, it never sought a state of its own."),
])
def test_an_acronym_or_a_generic_name_of_a_namesake_elsewhere_stays_apart(
    tmp_path, known, known_areas, written
):
    _, graph = _ingest(tmp_path, "known", _profile(known, known_areas), Dataset())
    (organisation,) = _named(graph, known.split(" (")[0])
    result, _ = _ingest(tmp_path, "other", _profile("Red Cells (RC)", "Western Europe: Germany.",
                                                    ideology=written), graph)
    assert organisation not in _mentioned(result.dataset)


# ------------------------------------------------------------ a date is no organisation


@pytest.mark.parametrize("ideology", [
    "In May 2016 the group renewed its oath.",
    "Its leaders met again on 12 March 2009 and broke with the council.",
    "By March 2011, its cells had spread to the coast.",
])
def test_a_date_the_graph_holds_as_an_organisation_name_is_never_linked(tmp_path, ideology):
    """A reference once read with a date for its publisher left an organisation named "May
    2016" in a graph: a date in another profile's sentence never links to it."""
    from rdflib import RDF, Literal, URIRef

    from kg.namespaces import KG, ORG

    graph = Dataset()
    curated = URIRef("https://example.org/graph/curated")
    for day in ("May 2016", "12 March 2009", "March 2011"):
        iri = ORG[day.lower().replace(" ", "-")]
        graph.add((iri, RDF.type, KG.Organisation, curated))
        graph.add((iri, SKOS.prefLabel, Literal(day, lang="en"), curated))
    result, _ = _ingest(tmp_path, "other", _profile("Red Cells (RC)", "Western Europe: Germany.",
                                                    ideology=ideology), graph)
    assert not {str(i) for i in _mentioned(result.dataset)} & {str(ORG["may-2016"]), str(
        ORG["12-march-2009"]), str(ORG["march-2011"])}


def test_the_review_says_why_a_namesake_was_passed_over_whatever_the_areas_later_say():
    """A namesake the title's look-up passed over (by the areas the title was read with) is
    noted in the review even where the areas, once stated, no longer keep it apart: the note
    never fails for want of a reason."""
    from rdflib import URIRef

    from kg.ingest.context import IngestContext
    from kg.ingest.emit import ProfileGraph
    from kg.ingest.report import Severity
    from kg.ingest.resolve import EntityIndex
    from kg.ingest.sections import split_sections

    index = EntityIndex()
    namesake = URIRef("https://w3id.org/ctkg/id/group/jund-al-haqq")
    ctx = IngestContext(Path("p.txt"), "p", split_sections(["Terrorism Profiles", "", "X"]),
                        ProfileGraph("p"), index)
    index.elsewhere = {namesake: "placed in BD, this profile's group in IQ"}
    index.passed_over = {namesake}
    ctx.forget_provisional_areas()
    ctx.report_namesakes()
    (note,) = [p for p in ctx.problems if p.severity is Severity.NOTE]
    assert "placed in BD, this profile's group in IQ" in note.message
    assert "kept apart as possibly a namesake" in note.message
