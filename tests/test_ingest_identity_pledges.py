"""The organisation a pledge of allegiance is given to (`kg.ingest.context_typing.
state_pledged_to`, twelfth round, issue #12): linked from the section and, where the graph lacks
it, minted, so the profile ingested first names it as certainly as later ones do; one IRI for
it across profiles; nothing for a person, a name qualifying a noun, a possessor or an acronym
alone. Wordings, names and places of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.namespaces import SCHEMA
from tests.test_ingest_typing_context import _profile


def _mentioned(dataset: Dataset) -> set[str]:
    """The names of everything a section of the profile mentions."""
    return {str(label) for _, _, o, _ in dataset.quads((None, SCHEMA.mentions, None, None))
            for label in dataset.objects(o, SKOS.prefLabel)}


def _ingest(tmp_path: Path, history: str, existing: Dataset | None = None,
            name: str = "p") -> Dataset:
    return ingest_profile(tmp_path / f"{name}.txt", text=_profile(history=history),
                          existing=existing if existing is not None else Dataset()).dataset


@pytest.mark.parametrize(("history", "organisation"), [
    ("In 2014 its southern faction pledged allegiance to the Lake State; others did not.",
     "Lake State"),
    ("Its emir swore an oath of allegiance to the Sahel Liberation Front in 2012.",
     "Sahel Liberation Front"),
    ("In 2016 two cells gave their bay'ah to the Islamic Emirate of the Dunes and were expelled.",
     "Islamic Emirate of the Dunes"),
    ("Its leaders renewed their allegiance to the Red Lake Army instead.", "Red Lake Army"),
])
def test_the_organisation_a_pledge_is_given_to_is_named_and_linked(tmp_path, history,
                                                                    organisation):
    assert organisation in _mentioned(_ingest(tmp_path, history))


@pytest.mark.parametrize("history", [
    # a person
    "In 2014 its emir pledged allegiance to Karim Tahir, the caliph.",
    # a name qualifying the noun after it, a possessor
    "In 2014 its emir pledged allegiance to Lake State leader Karim Tahir.",
    "In 2014 its emir pledged allegiance to the Lake State’s leader.",
    # an acronym alone: which bearer is not said
    "In 2014 its emir pledged allegiance to the LSF.",
    # no name that says it is an organisation's
    "In 2014 its emir pledged allegiance to Karim Tahir and Omar Said.",
])
def test_nothing_is_minted_from_a_pledge_to_what_is_not_certainly_an_organisation(tmp_path,
                                                                                 history):
    before = _mentioned(_ingest(tmp_path, "The group emerged in 1994."))
    assert _mentioned(_ingest(tmp_path, history)) == before


def test_a_pledge_in_the_profile_ingested_first_gives_the_iri_later_profiles_join(tmp_path):
    """One thing, one IRI: the first profile mints the organisation from its pledge; a second
    profile that names it as its attacks' claimant finds the same IRI."""
    first = _ingest(tmp_path, "In 2014 a faction pledged allegiance to the Lake State.")
    second = ingest_profile(
        tmp_path / "q.txt", existing=first,
        text=_profile(attack="The Lake State claimed the bombing of a barracks. (3 killed)"),
    ).dataset
    first_iris = {o for _, _, o, _ in first.quads((None, SCHEMA.mentions, None, None))
                  if "Lake State" in {str(x) for x in first.objects(o, SKOS.prefLabel)}}
    assert len(first_iris) == 1
    labelled = {s for s, _, o, _ in second.quads((None, SKOS.prefLabel, None, None))
                if str(o) == "Lake State"}
    assert labelled <= first_iris
