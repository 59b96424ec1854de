"""Typing from the shape of the sentence (`kg.ingest.context_typing`): a person no reader takes a
fact from is still a person where the words around the name say so (a victim's noun, a life's
event, a relative, a founder, an oath), an organisation named as an armed wing or an armed
group is an armed group, and a place, a date or a group never becomes a person. Every shape has
its own names, places and wordings, none taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.namespaces import KG


def _profile(*, history: str = "The group emerged in 1994.",
             attack: str = "The group attacked a barracks. (3 killed)") -> str:
    return (
        "Terrorism Profiles\n\nDesert Brigades (DB)\n\nAlternative Names:\n\nNone known\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: {attack}\n\n"
        "Ideological Roots:\n\nSalafi-jihadist.\n"
    )


def _types(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Every named entity's types in the profile's output, by its preferred name (by its
    acronym where it has no other name)."""
    dataset = ingest_profile(tmp_path / "p.txt", text=text, existing=Dataset()).dataset
    names = {s: str(o) for s, _, o, _ in dataset.quads((None, KG.acronym, None, None))}
    names |= {s: str(o) for s, _, o, _ in dataset.quads((None, SKOS.prefLabel, None, None))}
    types: dict[str, set[str]] = {}
    for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
        if s in names:
            types.setdefault(names[s], set()).add(str(o).rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    return types


# ------------------------------------------------------------ persons from the sentence


@pytest.mark.parametrize(("history", "person"), [
    # a life's event owned by the name
    ("Its cells struck on the anniversary of Tomas Verhoeven's death.", "Tomas Verhoeven"),
    ("The campaign opened on the eve of Lucia Ferraz's assassination in 2003.", "Lucia Ferraz"),
    ("Thousands attended Amadou Sissoko's funeral in 2011, and the group grew.",
     "Amadou Sissoko"),
    # a noun only a person is, before the name (and the names it lists)
    ("In 2005 its gunmen shot the novelist Karim Benali outside his office.", "Karim Benali"),
    ("Trade-union activists Hugo Marchetti and Selma Okoye were killed in 2007.",
     "Selma Okoye"),
    ("Two senior judges, Ravi Menon and Anil Desai, died in the blast.", "Ravi Menon"),
    # a possessor's relative or aide, in apposition
    ("In 2009 his wife, Leila Haddad, was badly injured.", "Leila Haddad"),
    ("Marchetti's deputy (naib), Omar Farouk, was killed in 2011.", "Omar Farouk"),
    ("Its cultural attaché, Ivo Petrov, was shot in 1999.", "Ivo Petrov"),
    # a founder of something the group came from
    ("The Vanguard was founded in 1971 in Kerala by Suresh Nambiar.", "Suresh Nambiar"),
    ("The circle was created in March 1969 by Jonas Lindqvist, a former teacher.",
     "Jonas Lindqvist"),
    ("The first cells were set up in 1980 by Kofi Mensah.", "Kofi Mensah"),
    # an oath or loyalty to the name; led somewhere by the name
    ("In 2012 its emir expressed his loyalty to Idris Kamara.", "Idris Kamara"),
    ("Its commanders swore an oath to Youssef Benali in 2014.", "Youssef Benali"),
    ("Most of the fighters, led in Kidal by Moussa Traore, left in 2015.", "Moussa Traore"),
    # a noun only a person is, after the name
    ("Peter Lindgren, a Swedish linguist with a mission, was seized in 1981.", "Peter Lindgren"),
    ("Kenji Sato, a company employee, was attacked in 1994.", "Kenji Sato"),
    ("Sean Doyle, the North Antrim brigadier, was shot in 2003.", "Sean Doyle"),
    # an office or a rank written with a capital, as a title
    ("In 2010 Admiral Hugo Lindqvist called the group a threat.", "Hugo Lindqvist"),
    ("The bomb killed Ambassador Ruth Okafor and two guards in 2012.", "Ruth Okafor"),
    ("The cells grew after the fall of President Samuel Doe in 1990.", "Samuel Doe"),
    # a nationality or a faith as the head of the apposition, either side of the name
    ("Tomas Berg, a Norwegian said to have trained in Yemen, was arrested in 2009.",
     "Tomas Berg"),
    ("Karim Haddad, a Lebanese-Canadian who led a cell, was killed in 2016.", "Karim Haddad"),
    ("In 2008 a young Turk, Emre Yilmaz, drove a truck bomb into the base.",
     "Emre Yilmaz"),
    # a list of names in apposition with what only persons are
    ("Lena Vogt and Paul Kessler, members of the last cell, were taken in 1987.", "Paul Kessler"),
    ("In 1999 Ali Rahimi and Reza Karimi, both veterans of the war, left it.", "Ali Rahimi"),
    ("Marco Bellini and Sara Conti, the founders of the circle, were convicted.", "Sara Conti"),
])
def test_a_person_the_sentence_shows_to_be_a_person_is_a_person(tmp_path, history, person):
    types = _types(tmp_path, _profile(history=history))
    assert "Person" in types.get(person, set())


@pytest.mark.parametrize(("history", "name"), [
    # a place after a locative or a noun of what befalls a place: never the "he" that follows
    ("During the siege of Tel Zaatar he fled the camp, in 1976.", "Tel Zaatar"),
    ("The fighting in Bab Tebbaneh lasted a week; he survived it.", "Bab Tebbaneh"),
    ("After the destruction of Wadi Khaled he went into hiding in 2008.", "Wadi Khaled"),
])
def test_a_place_a_pronoun_follows_is_never_a_person(tmp_path, history, name):
    text = _profile(history=history).replace(
        "Omar Haddad has led the group since 2009.", f"Omar Haddad has led the group since "
        f"2009. {history}")
    types = _types(tmp_path, text)
    assert "Person" not in types.get(name, set())


@pytest.mark.parametrize("history", [
    "The group was founded in 1994 by veterans of the Afghan war.",
    "In 2005 its gunmen shot the novelist outside his office.",
    "Its commanders swore an oath to the Sahel Emirate in 2014.",
])
def test_a_shape_without_a_personal_name_makes_no_person(tmp_path, history):
    types = _types(tmp_path, _profile(history=history))
    persons = {n for n, t in types.items() if "Person" in t}
    assert persons == {"Omar Haddad"}


# ------------------------------------------------------------ armed wings and armed groups


@pytest.mark.parametrize(("history", "group"), [
    ("Armed wing: the Red Hand Brigade (RHB).", "Red Hand Brigade"),
    ("The party has an armed wing, the People’s Defence Units (PDU), and a youth league.",
     "People’s Defence Units"),
    ("A council sat above the Nuba Freedom Army (NFA), the armed wing, from 1994.",
     "Nuba Freedom Army"),
    ("It kept a military wing (the Lotus Column) with three battalions.", "Lotus Column"),
    ("Ostra Linea, a rival armed group of the same years, never merged with it.",
     "Ostra Linea"),
])
def test_an_organisation_named_as_an_armed_wing_or_group_is_an_armed_group(
    tmp_path, history, group
):
    types = _types(tmp_path, _profile(history=history))
    assert "ArmedGroup" in types.get(group, set())


@pytest.mark.parametrize("history", [
    "Armed wing: none known.",
    "Its armed wing fought in the hills from 1994.",
    "The group has no armed wing of its own, and a political council leads it.",
])
def test_an_armed_wing_without_a_name_makes_no_organisation(tmp_path, history):
    types = _types(tmp_path, _profile(history=history))
    groups = {n for n, t in types.items() if {"ArmedGroup", "Organisation"} & t}
    assert groups == {"Desert Brigades"}


def test_a_person_named_as_an_armed_wing_is_not_made_an_armed_group(tmp_path):
    """The graph knows the name as a person (the profile's leader): a wing of that name is
    left alone rather than given a second kind."""
    types = _types(tmp_path, _profile(history="Armed wing: Omar Haddad."))
    assert types["Omar Haddad"] == {"Person"}


@pytest.mark.parametrize(("history", "person"), [
    ("The group was rebuilt in exile around Hassan Karimi, who ran it until 1999.",
     "Hassan Karimi"),
    ("In 2004 a faction around Tamar Levi, who had trained the cells, broke away.", "Tamar Levi"),
    ("Its commanders gathered around Idris Kamara, who became emir in 2010.", "Idris Kamara"),
])
def test_a_person_a_group_gathers_around_is_still_a_person(tmp_path, history, person):
    """"Around" is no locative before a name: a group is rebuilt, and a faction gathers,
    around a person."""
    types = _types(tmp_path, _profile(history=history))
    assert "Person" in types.get(person, set())


@pytest.mark.parametrize(("sentence", "person"), [
    ("Haddad's deputy (naib), Yusuf Karimov, was killed in 2011.", "Yusuf Karimov"),
    ("His spokesman, Idris Bello, was arrested in 2013.", "Idris Bello"),
    ("The group's counsellor, Amina Diallo, fled in 2015.", "Amina Diallo"),
])
def test_a_person_in_the_leadership_section_only_the_sentence_shows_is_a_person(
    tmp_path, sentence, person
):
    """The leadership section is read by the leadership reader, which types leaders and the
    roles it reads; a relative or an aide in apposition is typed by the shape as elsewhere."""
    text = _profile().replace("Omar Haddad has led the group since 2009.",
                              f"Omar Haddad has led the group since 2009. {sentence}")
    types = _types(tmp_path, text)
    assert "Person" in types.get(person, set())
