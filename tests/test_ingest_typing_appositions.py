"""Typing on unseen text, twelfth round (`kg.ingest.context_typing`,
`kg.ingest.leaders.person_types`, `kg.ingest.leaders.persons`, `kg.ingest.names`): the shapes
of sentence a writer nobody tuned on used for persons, armed groups and names — a post of a
body in apposition with no article, an office after its holder's name, the profile's own group
inside a person's description, a list after "under", a bracket inside "led by A (…) and B", a
given name that organisations' names also bear after a kinship noun, a trade of two words, an
armed wing's field led by a row of dots to a name opening with "al-", and a faith or a
nationality written before a name its acronym leaves out. Each shape in three or more wordings
of our own (no corpus sentence), with the sentences that must stay untyped beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.context_typing import office_holders
from kg.ingest.names import parse_named, without_describing_word
from tests.test_ingest_typing_context import _profile
from tests.test_ingest_typing_context import _types as types_of_text


def _types(tmp_path: Path, history: str) -> dict[str, set[str]]:
    """Every named entity's types once `history` is the profile's history paragraph."""
    return types_of_text(tmp_path, _profile(history=history))


# ------------------------------------------------------------ persons


@pytest.mark.parametrize(("history", "person"), [
    # a post of a body in apposition, no article before it
    ("In 2014 the army killed Karim Tahir, chief of its finance office, near Gao.",
     "Karim Tahir"),
    ("Musa Adamu, head of the group’s bomb cell, was arrested in 2012.", "Musa Adamu"),
    ("Arrested in 2019 in Kano was Idris Bello, former spokesman of the cells in the north.",
     "Idris Bello"),
    # a caliph, a financier, a trade of two words before the name
    ("In 2014 its emir swore loyalty to Omar al-Tikriti, the caliph of the Sahel State.",
     "Omar al-Tikriti"),
    ("The first victim was the fruit seller Hamid Yusuf, shot in his shop in 2003.",
     "Hamid Yusuf"),
    ("Kwame Boateng, a financier of the cells, fled to Accra in 2010.", "Kwame Boateng"),
    # the profile's own group inside the description: "a former DB commander"
    ("In 2012 the Lake Column was formed by Sani Garba, a former DB commander, and his men.",
     "Sani Garba"),
    ("Its cells were rebuilt by Ayo Bankole, a senior Desert Brigades recruiter, in 2015.",
     "Ayo Bankole"),
    ("The split was led by Yaw Mensah, the DB’s last field commander, in 2016.", "Yaw Mensah"),
])
def test_a_person_the_apposition_shows_to_be_a_person_is_a_person(tmp_path, history, person):
    assert "Person" in _types(tmp_path, history).get(person, set())


@pytest.mark.parametrize(("history", "persons"), [
    # a list after "under": each one is followed, as the first is
    ("The Lake Column broke away in 2011 under Musa Adamu, Idris Bello and Sani Garba.",
     {"Musa Adamu", "Idris Bello", "Sani Garba"}),
    ("In 2009 its cells regrouped under Karim Tahir and Omar Said.", {"Karim Tahir", "Omar Said"}),
    ("A faction formed in 2013 under Ayo Bankole, Yaw Mensah and Kwame Boateng fled south.",
     {"Ayo Bankole", "Yaw Mensah", "Kwame Boateng"}),
    # "led by A (better known as X) and B": the bracket does not hide B
    ("In 2010 a faction led by Musa Adamu (better known as Abu Musa) and Idris Bello left.",
     {"Musa Adamu", "Idris Bello"}),
    ("A cell led by Karim Tahir (alias Abu Karim) and Sani Garba struck in 2012.",
     {"Karim Tahir", "Sani Garba"}),
    ("The raid was led by Ayo Bankole (a former teacher) and Yaw Mensah in 2014.",
     {"Ayo Bankole", "Yaw Mensah"}),
])
def test_every_person_of_a_list_the_relation_takes_is_a_person(tmp_path, history, persons):
    types = _types(tmp_path, history)
    assert {p for p in persons if "Person" in types.get(p, set())} == persons


@pytest.mark.parametrize(("history", "person"), [
    # a given name that an organisation's name also bears, after a kinship noun
    ("In 2002 Haddad’s son Jihad Haddad, head of its armed wing, was killed in Sidon.",
     "Jihad Haddad"),
    ("His brother Jihad Mansour was arrested in Tyre in 2006.", "Jihad Mansour"),
    ("Her son Jihad Khalil Nasser was killed in 2011 in a raid.", "Jihad Khalil Nasser"),
])
def test_a_name_after_a_kinship_noun_is_a_person(tmp_path, history, person):
    assert "Person" in _types(tmp_path, history).get(person, set())


@pytest.mark.parametrize(("history", "name"), [
    # an organisation's name after a kinship noun keeps the organisation's word at its end
    ("In 2008 his son joined Jihad Movement after the war.", "Jihad Movement"),
    # "head of" after a plural or a known place: no apposition of a person
    ("In 2011 Gao, head of the region's trade, fell to the group.", "Gao"),
    # a person's post of a body: "member of" is no post only a person holds
    ("The Lake Column, member of the Sahel Alliance, fought beside it in 2012.", "Lake Column"),
])
def test_what_only_looks_like_these_shapes_is_not_made_a_person(tmp_path, history, name):
    assert "Person" not in _types(tmp_path, history).get(name, set())


@pytest.mark.parametrize(("persons", "text", "holders"), [
    ({"P0": "Ali Hamdan", "P1": "Grand Mufti"}, "Target: ⟪P0⟫, former ⟪P1⟫ (survived)",
     ["Ali Hamdan"]),
    ({"P0": "Rajiv Mehta", "P1": "Home Secretary"}, "⟪P0⟫, then ⟪P1⟫, was shot.",
     ["Rajiv Mehta"]),
    ({"P0": "Paul Girard", "P1": "Interior Minister"}, "⟪P0⟫, the ⟪P1⟫, blamed it.",
     ["Paul Girard"]),
    # two persons in apposition: no office, no holder
    ({"P0": "Omar Said", "P1": "Ali Nur"}, "⟪P0⟫, former ⟪P1⟫, and others", []),
])
def test_an_office_after_its_holder_names_the_holder_only(persons, text, holders):
    assert office_holders(persons, text) == holders


# ------------------------------------------------------------ armed wings


@pytest.mark.parametrize(("history", "group"), [
    ("Armed wing .......... al-Nasr Salah al-Din Battalions (claims its attacks)",
     "al-Nasr Salah al-Din Battalions"),
    ("Military wing ...... the Lake Martyrs Brigade", "Lake Martyrs Brigade"),
    ("Armed wing … al-Quds Lake Brigades", "al-Quds Lake Brigades"),
])
def test_an_armed_wing_named_in_a_dotted_field_is_an_armed_group(tmp_path, history, group):
    assert "ArmedGroup" in _types(tmp_path, history).get(group, set())


def test_a_dotted_field_that_names_nothing_types_nothing(tmp_path):
    types = _types(tmp_path, "Armed wing .......... none known")
    assert {n for n, t in types.items() if "ArmedGroup" in t} == {"Desert Brigades"}


# ------------------------------------------------------------ a word before the name


@pytest.mark.parametrize(("written", "name"), [
    ("Shia Lashkar-e-Ali Pakistan (LAP)", "Lashkar-e-Ali Pakistan"),
    ("Sunni Jaish al-Haq Brigade (JHB)", "Jaish al-Haq Brigade"),
    ("Kenyan Jeshi la Mlima (JM)", "Jeshi la Mlima"),
    ("Maoist People’s Lake Army (PLA)", "People’s Lake Army"),
])
def test_a_describing_word_the_acronym_leaves_out_is_no_part_of_the_name(written, name):
    assert parse_named(written).names == [name]


@pytest.mark.parametrize(("name", "acronym"), [
    ("Shia Ulema Council", "SUC"),          # the acronym counts the word: part of the name
    ("Sunni Tehreek Pakistan", "STP"),
    ("Islamic Lake Front", "LF"),           # "Islamic" is no faith's or nation's adjective here
    ("Kenyan Lake", "KL"),                  # two words: nothing left to be a name
])
def test_a_word_the_acronym_counts_stays_in_the_name(name, acronym):
    assert without_describing_word(name, acronym) == name


@pytest.mark.parametrize("attack", [
    "In June 2010 gunmen of the Shia Lashkar-e-Ali Pakistan (LAP) killed five clerics.",
    "Militants of the Sunni Lashkar-e-Ali Pakistan (LAP) are believed to have shot three men.",
    "In June 2010 the Maoist Lashkar-e-Ali Pakistan (LAP) claimed the bombing of a depot.",
])
def test_a_group_written_with_a_describing_word_is_named_without_it(tmp_path, attack):
    """The attack names it with the adjective; the group is named without it, so a later bare
    "Lashkar-e-Ali Pakistan" finds the same organisation (one thing, one IRI)."""
    types = types_of_text(tmp_path, _profile(attack=attack))
    assert "Lashkar-e-Ali Pakistan" in types
    assert not any(name.endswith("Lashkar-e-Ali Pakistan") and name != "Lashkar-e-Ali Pakistan"
                   for name in types)


@pytest.mark.parametrize(("written", "names"), [
    ("al-Nasr Battalions (claims its attacks)", ["al-Nasr Battalions"]),
    ("Lake Front (active since the war)", ["Lake Front"]),
    ("claims most attacks in its own name", []),
    # a transliteration in lower case is still a name
    ("Lake Army (jaish al-buhayra)", ["Lake Army", "jaish al-buhayra"]),
])
def test_words_in_lower_case_in_brackets_describe_the_name_and_name_nothing(written, names):
    assert parse_named(written).names == names


@pytest.mark.parametrize(("history", "group"), [
    ("In 2015 a caller who spoke for Jund al-Bahr al-Alami (“the international”) claimed a "
     "bombing in Gao.", "Jund al-Bahr al-Alami"),
    ("In 2012 leaflets of Lake Column al-Jadida (‘the new’) appeared in Gao.",
     "Lake Column al-Jadida"),
    ("Its cells later formed Liwa al-Sahil al-Gharbi (“the western coast brigade”) in 2016.",
     "Liwa al-Sahil al-Gharbi"),
])
def test_a_translation_in_quotes_introduces_the_name_and_is_no_name(tmp_path, history, group):
    """The quoted translation says the words before it are a name (the introduction), but it is
    itself no name of the organisation."""
    types = _types(tmp_path, history)
    assert group in types
    assert not any(name.islower() for name in types)
