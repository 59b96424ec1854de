"""Typing on unseen text, eleventh round (`kg.ingest.context_typing`): the shapes of sentence a
writer nobody tuned on used for persons and armed groups — an office written with capitals in
apposition, a correspondent of a named outlet, a trade after the name, what only a person
undergoes (acquitted, extradited, pleaded guilty), a person's own fatwa or memoirs, a birth
name in brackets, "until his death", organisations named together as militias or as fighting
each other — each in wordings, names and places of its own (none taken from the corpus), with
the sentences that must stay untyped beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.context_typing import office_holders
from kg.ingest.designations import read_designations
from kg.ingest.names import parse_named, split_name_list
from tests.test_ingest_typing_context import _profile
from tests.test_ingest_typing_context import _types as types_of_text


def _types(tmp_path: Path, history: str) -> dict[str, set[str]]:
    """Every named entity's types once `history` is the profile's history paragraph."""
    return types_of_text(tmp_path, _profile(history=history))


# ------------------------------------------------------------ persons


@pytest.mark.parametrize(("history", "person"), [
    # an office written with capitals, in apposition: the name after it holds the office
    ("On May 3 Kenya’s Foreign Minister, Amina Odhiambo, blamed the group.", "Amina Odhiambo"),
    ("In 2014 the Punjab Home Secretary, Rajiv Mehta, ordered raids on its cells.",
     "Rajiv Mehta"),
    ("France's Interior Minister, Paul Girard, called the group a threat in 2016.",
     "Paul Girard"),
    # a possessor's person, the noun after a capitalised place ("the paper's Lagos correspondent")
    ("In 2011 its gunmen seized the paper’s Lagos correspondent, Musa Bello, in Kano.",
     "Musa Bello"),
    ("The embassy's Bamako driver, Karim Aziz, was shot in 2013.", "Karim Aziz"),
    ("Gunmen killed the agency’s Gao photographer, Lisa Marquardt, in 2012.", "Lisa Marquardt"),
    # a trade after the name, in apposition
    ("Ravi Kumar, a mechanic from Pune, was arrested in 2012.", "Ravi Kumar"),
    ("Lena Okafor, a shopkeeper in Jos, was shot by its fighters in 2015.", "Lena Okafor"),
    ("In 2010 Tariq Hameed, the translator who worked for the mission, was kidnapped.",
     "Tariq Hameed"),
    # what only a person undergoes, as the subject
    ("Jonas Berg and Elif Kaya were acquitted of the bombing in 2009.", "Elif Kaya"),
    ("In 2011 Samir Haddad was extradited to Spain.", "Samir Haddad"),
    ("After the trial Paulo Mendes pleaded guilty to arson.", "Paulo Mendes"),
    # the same, as the object
    ("Police arrested Yusuf Adamu and Bala Musa in Kano in 2012.", "Bala Musa"),
    ("Spain extradited Ander Goikoetxea to France in 2001.", "Ander Goikoetxea"),
    ("A court in Lyon sentenced Marc Reynaud to life in 2015.", "Marc Reynaud"),
    # convicted, with a noun of persons before the names
    ("A court convicted two members Omar Said and Ali Nur of the bombing in 2008.",
     "Ali Nur"),
    ("In 2012 a tribunal convicted DB members Hamid Zaki and Rafiq Omar of murder.",
     "Hamid Zaki"),
    ("In 2010 judges convicted militants Idris Musa and Kabir Sani of the attack.",
     "Kabir Sani"),
    # a person's own act or writing, owned by the name
    ("Its founders quoted Karim Nasser's 1996 fatwa against the state.", "Karim Nasser"),
    ("The cells circulated Rahul Verma’s last sermon in 2004.", "Rahul Verma"),
    ("Ana Ruiz's memoirs describe the group's first years.", "Ana Ruiz"),
    # a person's noun before the name
    ("Its doctrine follows the theorist Paolo Rinaldi.", "Paolo Rinaldi"),
    ("The economist Kwame Asante studied its finances in 2012.", "Kwame Asante"),
    ("Its founders read the philosopher Jean Morel in prison.", "Jean Morel"),
    # a birth name in brackets: only a person has one
    ("In 2013 Abu Tariq (real name Faisal Omar) took command of the cells.", "Abu Tariq"),
    ("The cells answered to Tomas Red (born Tomas Eriksson) until 2001.", "Tomas Red"),
    ("Jamal Faris (real name: Jamal Haddad) ran its finances in 2010.", "Jamal Faris"),
    # "until his death": the pronoun takes the name up
    ("A rival circle, headed by Hamza Idris until his death in 2015, stayed apart.",
     "Hamza Idris"),
    ("The committee was run by Nadia Karim until her arrest in 2012.", "Nadia Karim"),
    ("Its southern cells were commanded by Bilal Qureshi until his extradition.",
     "Bilal Qureshi"),
])
def test_a_person_the_sentence_shows_to_be_a_person_is_a_person(tmp_path, history, person):
    assert "Person" in _types(tmp_path, history).get(person, set())


@pytest.mark.parametrize(("history", "name"), [
    # places after a preposition: the men were arrested, not the places
    ("Dozens of men from Tchoma Bangou and Beled Hawo were arrested in 2019.", "Beled Hawo"),
    ("Youths from Ras Kamboni, Bur Gabo and Kolbiyow were detained in 2011.", "Bur Gabo"),
    # a company or a charity can be convicted: without a noun of persons, no person
    ("In 2008 a jury convicted Lafarge Holcim of funding the group.", "Lafarge Holcim"),
    ("In 2009 a court convicted Holy Land Trust of funding the group.", "Holy Land Trust"),
    # a town can be freed or released: those verbs type nothing
    ("In 2012 the army freed Beled Hawo from the group.", "Beled Hawo"),
    ("In 2013 the group released Dabiq Magazine online.", "Dabiq Magazine"),
    # an apposition that says the name is an organisation's, whatever the verb
    ("In 2009 the army arrested Jund al-Sahel, a local faction, in Gao.", "Jund al-Sahel"),
    ("Police detained Sahel Relief Trust, a charity of the north, in 2012.",
     "Sahel Relief Trust"),
    ("In 2011 Mali extradited Nour Holdings, a trading company, to Niger.", "Nour Holdings"),
    # the office itself is no person
    ("On May 3 Kenya’s Foreign Minister, Amina Odhiambo, blamed the group.",
     "Foreign Minister"),
])
def test_what_only_looks_like_a_person_is_not_made_one(tmp_path, history, name):
    assert "Person" not in _types(tmp_path, history).get(name, set())


def test_a_birth_name_is_the_same_person_not_a_second_one(tmp_path):
    """One person, one IRI: the name in brackets is not typed as a person of its own."""
    types = _types(tmp_path, "In 2013 Abu Tariq (real name Faisal Omar) took command.")
    assert "Faisal Omar" not in types


@pytest.mark.parametrize(("persons", "text", "holders"), [
    ({"P0": "Interior Minister", "P1": "Habib Karam"}, "Egypt’s ⟪P0⟫, ⟪P1⟫, said", ["Habib Karam"]),
    ({"P0": "Chief Minister", "P1": "Rajiv Mehta"}, "the ⟪P0⟫, ⟪P1⟫.", ["Rajiv Mehta"]),
    ({"P0": "Omar Said", "P1": "Ali Nur"}, "⟪P0⟫, ⟪P1⟫, and others", []),
])
def test_an_office_in_apposition_names_its_holder_only(persons, text, holders):
    assert office_holders(persons, text) == holders


# ------------------------------------------------------------ armed groups


@pytest.mark.parametrize(("history", "groups"), [
    # several organisations named together as militias
    ("In 2018 it fought the KDF and the SRM, Tuareg and Arab militias allied to the army.",
     {"KDF", "SRM"}),
    ("The Lion Brigade and the Sahel Vanguard Front, two rival armed groups, held the roads.",
     {"Lion Brigade", "Sahel Vanguard Front"}),
    ("Its fighters met the ARF and the Nuba Youth Front, local militias, in 2016.",
     {"ARF", "Nuba Youth Front"}),
    # organisations fighting each other
    ("Since 2017 the Lion Brigade and Jama’at Ansar al-Din wal-Hijra (JADH) have fought "
     "each other in Gao.", {"Lion Brigade", "Jama’at Ansar al-Din wal-Hijra"}),
    ("The Sahel Vanguard Front and the Red Column clashed with each other in 2004.",
     {"Sahel Vanguard Front", "Red Column"}),
    ("The KDF and the SRM fought one another for the market towns.", {"KDF", "SRM"}),
    # one organisation introduced as a militia or a rebel group
    ("Kel Adagh Guard, a Tuareg militia, held Kidal in 2015.", {"Kel Adagh Guard"}),
    ("In 2012 the Azawad Liberation Army, an insurgent group of the north, took Gao.",
     {"Azawad Liberation Army"}),
    ("It allied with Nuba Youth Front, a rebel group of the hills, in 2013.",
     {"Nuba Youth Front"}),
])
def test_organisations_the_sentence_shows_fighting_are_armed_groups(tmp_path, history, groups):
    types = _types(tmp_path, history)
    assert {g for g in groups if "ArmedGroup" in types.get(g, set())} == groups


@pytest.mark.parametrize("history", [
    "Ahmad Shah Karimi and Gulbuddin Rahimi fought each other for years.",
    "India and Pakistan have fought each other three times since 1947.",
    "Musa Bello and Karim Aziz, two local traders, fed the militias.",
])
def test_persons_and_states_fighting_each_other_are_no_armed_groups(tmp_path, history):
    types = _types(tmp_path, history)
    assert {n for n, t in types.items() if "ArmedGroup" in t} == {"Desert Brigades"}


# ------------------------------------------------------------ designations


@pytest.mark.parametrize(("sentence", "authority"), [
    ("The United States designated the group a Foreign Terrorist Organization in 2011. (It is "
     "not to be confused with the Sahel Front, formed in 2013 and led by Karim Aziz.)",
     "United States"),
    ("In 2010 the European Union added it to its terrorist list, a move welcomed by Turkey.",
     "European Union"),
    ("Canada listed the group as a terrorist entity in 2003; its cells, founded by Musa Bello, "
     "survived.", "Canada"),
    ("The group was designated a Foreign Terrorist Organization by the U.S. State Department "
     "in 2013.", "United States Department of State"),
])
def test_the_authority_of_a_listing_is_never_another_clause_s_agent(sentence, authority):
    (reading,) = read_designations(sentence)
    assert reading.authority == authority


# ------------------------------------------------------------ names written as a table


@pytest.mark.parametrize(("body", "names"), [
    ("Name | Form\nJabhat al-Sahel | transliteration\nSahel Front | English\nJS | acronym",
     ["Jabhat al-Sahel", "Sahel Front", "JS"]),
    ("| Language | Name |\n|---|---|\n| Arabic | Liwa al-Nasr |\n| English | Victory Brigade |",
     ["Liwa al-Nasr", "Victory Brigade"]),
    ("Alias | Used by | Period\nThe Column | the press | 1970s\n— | — | —\nRed Column | itself | "
     "1980s", ["The Column", "Red Column"]),
])
def test_a_names_table_gives_the_cells_of_its_name_column(body, names):
    assert [name for _, _, name in split_name_list(body)] == names


def test_a_table_without_a_header_of_titles_is_not_read_as_columns():
    """Without titles a second column may hold a second name: the old reading stands."""
    body = "Sahel Front | Jabhat al-Sahel\nVictory Brigade | Liwa al-Nasr"
    assert len(split_name_list(body)) == 1


@pytest.mark.parametrize(("text", "names"), [
    ("Sahel Front (Arabic: جبهة الساحل, Jabhat al-Sahel)",
     ["Sahel Front", "جبهة الساحل", "Jabhat al-Sahel"]),
    ("Arabic: لواء النصر, Liwa al-Nasr", ["لواء النصر", "Liwa al-Nasr"]),
    ("Red Column (Italian: Colonna Rossa)", ["Red Column", "Colonna Rossa"]),
    ("the council (Persian: shura)", ["council"]),     # a term glossed, no name
])
def test_a_language_s_label_in_brackets_is_no_part_of_a_name(text, names):
    """"(Arabic: …, …)": the label says which language the names after it are in; it was
    stated as part of one name ("Arabic: …, Jaish …")."""
    assert parse_named(text).names == names
