"""Typing on unseen text, sixteenth round (issue #12): what a sentence says a name is *not*,
which no shape for persons may override, and the shapes behind the persons `dev-17` (an
infobox, a proscription order's note, a timeline brief, an NGO report, a magazine feature, an
oral history) named and no reader typed. Each shape in three or more wordings of our own (no
corpus sentence), with look-alikes that must state nothing beside them.

Refusals (`kg.ingest.context_typing.not_persons`, applied after every shape for persons):
- a name its acronym in brackets spells ("Darul Amanah (DA)"): no one introduces a person
  with initials;
- a name in apposition to a noun of organisations that ends the noun phrase ("X, a network
  its leaders had funded"), never "X, the group's founder" or "X, a cell commander";
- a name in quotation marks (a title, a motto, an alias): never a second person.

Shapes for persons:
- a count of persons, the object of what is done only to persons, the names in apposition
  ("shot dead two other members, A and B");
- a person's tie to a country or a town in apposition ("X, citizen of Niger", "a native of");
- a subject at the start of an entry, after its date and place, taken up by a pronoun
  ("12 March 2004, Kano: X shot dead his …");
- two nouns of persons the one list lacked: a coordinator, a chargé d'affaires.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.leaders.model import LeadershipState
from kg.ingest.leaders.person_types import persons_in
from kg.ingest.names import spelled_by
from tests.test_ingest_typing_context import _profile
from tests.test_ingest_typing_context import _types as types_of_text


def _types(tmp_path: Path, history: str, attack: str | None = None) -> dict[str, set[str]]:
    if attack is None:
        return types_of_text(tmp_path, _profile(history=history))
    return types_of_text(tmp_path, _profile(history=history, attack=attack))


def _persons(types: dict[str, set[str]], names: set[str]) -> set[str]:
    return {n for n in names if "Person" in types.get(n, set())}


# ------------------------------------------------------------ refusals

@pytest.mark.parametrize(("history", "name"), [
    # an acronym that spells the name, then an apposition a person's noun closes
    ("In 2002 the group disbanded, days before the bombings carried out by Darul Amanah (DA), "
     "a network whose leaders it had denounced.", "Darul Amanah"),
    ("The 2005 raid was blamed on Nur Bakti (NB), an outfit the group's founders had "
     "financed.", "Nur Bakti"),
    ("Police later named Tanah Merah (TM), the organization its former commander had set up, "
     "as the culprit.", "Tanah Merah"),
    # a noun of organisations heads the apposition, with no acronym
    ("In 2006 the cells drew money from Sinar Fajar, a charity its leaders ran in Kano.",
     "Sinar Fajar"),
    ("Police blamed Bumi Putra, the faction its founder had left in 2001, for the raid.",
     "Bumi Putra"),
    # a title in quotation marks whose first word is a rank or an office
    ('In 2013 the DB signed a "General Accord" on dialogue with the government.',
     "General Accord"),
    ("Its 2010 charter, the “Colonel Papers”, was seized in a raid on the camp.",
     "Colonel Papers"),
    ("In 2015 the cells circulated a pamphlet titled ‘President Mandate’ in the north.",
     "President Mandate"),
])
def test_a_name_the_sentence_says_is_no_person_is_no_person(tmp_path, history, name):
    assert "Person" not in _types(tmp_path, history).get(name, set())


@pytest.mark.parametrize(("sentence", "name"), [
    # the sentence alone, before any reader has minted the organisation its acronym names
    # (a profile read against a graph that already bears the acronym mints nothing for it)
    ("Days later came the bombings carried out by Darul Amanah (DA), a network whose leaders "
     "the group had denounced.", "Darul Amanah"),
    ("The 2005 raid was blamed on Nur Bakti (NB), an outfit the group's founders had financed.",
     "Nur Bakti"),
    ("Police later named Tanah Merah (TM), the organization its former commander had set up.",
     "Tanah Merah"),
    ('In 2013 the DB signed a "General Accord" on dialogue with the government.',
     "General Accord"),
])
def test_no_shape_for_persons_reads_a_name_the_sentence_says_is_none(sentence, name):
    assert name not in persons_in(None, sentence, LeadershipState())


@pytest.mark.parametrize(("history", "person"), [
    # an apposition a person's noun closes, after a possessive or a noun of organisations
    ("In 2004 the raid was planned by Omar Said, the group's founder, who fled in 2005.",
     "Omar Said"),
    ("The attack was led by Musa Adamu, a cell commander, who was killed in 2008.",
     "Musa Adamu"),
    # a noun of organisations as the possessor of a person's noun
    ("In 2009 the talks were opened by Lena Park, the network's spokeswoman, in Kano.",
     "Lena Park"),
    # a bracket with a kunya or a birth name, not an acronym
    ("Its treasurer was Idris Bello (Abu Khalid), a trader who was arrested in 2011.",
     "Idris Bello"),
])
def test_a_person_s_apposition_beside_a_refusal_still_types_the_person(tmp_path, history,
                                                                        person):
    assert "Person" in _types(tmp_path, history).get(person, set())


@pytest.mark.parametrize(("name", "acronym", "spelled"), [
    ("Jemaah Ansharut", "JA", True),
    ("Front for the Liberation of the Sahel", "FLS", True),
    ("Harakat al-Nur", "HN", True),
    ("Lena Park", "PDP", False),
    ("Omar Said", "Os", False),
])
def test_an_acronym_spells_a_name_only_by_its_initials(name, acronym, spelled):
    assert spelled_by(name, acronym) is spelled


# ------------------------------------------------------------ shapes for persons

PERSON_BANK = [
    # a count of persons, the object of what is done only to persons, the names in apposition
    ("In 2011 its gunmen killed two policemen, Tomas Reyes and Luis Gil, at a checkpoint.",
     {"Tomas Reyes", "Luis Gil"}),
    ("The cell kidnapped three engineers, Ivo Petrov, Ana Ruiz and Pedro Gil, in 2009.",
     {"Ivo Petrov", "Ana Ruiz", "Pedro Gil"}),
    ("In 2014 a rival shot dead two other members, Karim Tahir and Sani Garba, in a flat.",
     {"Karim Tahir", "Sani Garba"}),
    ("A court later sentenced both gunmen, Idris Bello and Amir Rahman, to life in prison.",
     {"Idris Bello", "Amir Rahman"}),
    # a person's tie to a country or a town, in apposition
    ("After 2008 the unit passed to Karim Tahir, citizen of Niger, killed in 2010.",
     {"Karim Tahir"}),
    ("Police said its bomb-maker was Ivo Petrov, a native of Sofia, in 2012.", {"Ivo Petrov"}),
    ("In 2012 Sani Garba, a resident of Kano, drove the truck to the barracks.",
     {"Sani Garba"}),
    ("Money came through Omar Said, a dual national of France and Mali, until 2015.",
     {"Omar Said"}),
    # two nouns of persons the one list lacked
    ("Its gunmen killed the ambassador and the Belgian chargé d’affaires, Luc Martens, in "
     "1999.", {"Luc Martens"}),
    ("A rival wing followed Lena Park, its coordinator of operations, in 2014.",
     {"Lena Park"}),
    ("In 2016 its field coordinator, Tomas Reyes, was handed to the police.", {"Tomas Reyes"}),
]


@pytest.mark.parametrize(("history", "persons"), PERSON_BANK)
def test_a_person_the_sentence_shows_is_a_person(tmp_path, history, persons):
    assert _persons(_types(tmp_path, history), persons) == persons


@pytest.mark.parametrize(("history", "names"), [
    # a count of things or of organisations, whatever the verb
    ("In 2012 it attacked two towns, Menaka and Ansongo, in one night.",
     {"Menaka", "Ansongo"}),
    ("Air strikes killed two militant groups' commanders in 2015; Jaish al-Nasr and the Lake "
     "Front vowed revenge.", {"Jaish al-Nasr", "Lake Front"}),
    ("In 2016 the alliance admitted two new members, Kel Adagh and Ansar Tawhid, at Kidal.",
     {"Kel Adagh", "Ansar Tawhid"}),
    ("In 2013 it freed two districts, Gossi and Hombori, from the army.", {"Gossi", "Hombori"}),
    # a town's or a movement's apposition, no person's tie to a place
    ("Kano, the native city of its founder, was its base until 2010.", {"Kano"}),
    ("It allied with Tamasheq Union, a national movement of the north, in 2012.",
     {"Tamasheq Union"}),
])
def test_what_the_new_shapes_do_not_show_is_no_person(tmp_path, history, names):
    assert _persons(_types(tmp_path, history), names) == set()


@pytest.mark.parametrize("attack", [
    "Karim Tahir shot dead his cousin, a police officer, in the market. (1 killed)",
    "Musa Adamu set off a bomb at a checkpoint and died with his driver. (2 killed)",
    "Lena Park stabbed a guard at the gate and was arrested at her home. (1 killed)",
])
def test_an_entry_s_subject_taken_up_by_a_pronoun_is_a_person(tmp_path, attack):
    types = _types(tmp_path, "The group emerged in 1994.", attack)
    named = {n for n in ("Karim Tahir", "Musa Adamu", "Lena Park") if n in attack}
    assert _persons(types, named) == named


@pytest.mark.parametrize("attack", [
    # an organisation's name opening the entry: its head word says it is none
    "Tessalit Brigade gunmen attacked a convoy and killed its commander and his driver. "
    "(2 killed)",
    # the pronoun in another clause, after a semicolon, takes up someone else
    "Sahel Cement trucks were seized at the border; the driver said his cargo was cement. "
    "(0 killed)",
])
def test_an_entry_s_subject_not_taken_up_is_no_person(tmp_path, attack):
    types = _types(tmp_path, "The group emerged in 1994.", attack)
    names = {"Tessalit Brigade", "Sahel Cement"}
    assert _persons(types, names) == set()


# ------------------------------------------------------------ one list of fighters' nouns

@pytest.mark.parametrize(("attack", "group"), [
    # the one list (`kg.ingest.mentions.FIGHTER_NOUNS`) has bombers, as the mention linker had
    ("Kano Battalion suicide bombers struck a barracks. (3 killed)", "Kano Battalion"),
    ("Two Tessalit Brigade bombers blew up a bridge. (0 killed)", "Tessalit Brigade"),
    ("A Lake Front gunman opened fire on a patrol. (1 killed)", "Lake Front"),
])
def test_an_organisation_shown_by_any_noun_of_its_fighters_is_an_armed_group(tmp_path, attack,
                                                                             group):
    types = _types(tmp_path, "The group emerged in 1994.", attack)
    assert "ArmedGroup" in types.get(group, set())


@pytest.mark.parametrize(("history", "name"), [
    # one word, or two that do not say they name an organisation
    ("Police hunted the Kano bombers for years after 2004.", "Kano"),
    ("Police hunted the Market Street bombers for years after 2004.", "Market Street"),
    ("In 2008 the Boston Marathon bomber's brother was questioned.", "Boston Marathon"),
])
def test_a_name_before_bombers_that_says_no_organisation_is_no_armed_group(tmp_path, history,
                                                                           name):
    assert "ArmedGroup" not in _types(tmp_path, history).get(name, set())

