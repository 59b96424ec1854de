"""Typing on unseen text, thirteenth round (`kg.ingest.context_typing`, `kg.ingest.slots`):
the shapes a writer nobody tuned on used for the persons and armed groups of a profile — a
list of names in apposition to a count and a noun of persons, a kinship noun in apposition
with no article, "among them" after a noun of persons, a nom de guerre a name is "known by",
an office a name "became", a founding field with its verb capitalised, a kunya in brackets,
organisations that claimed an attack jointly with the group, and an armed wing whose name is
written in lower case beside its acronym. Each shape in three or more wordings of our own (no
corpus sentence), with sentences that must stay untyped beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_ingest_typing_context import _profile
from tests.test_ingest_typing_context import _types as types_of_text


def _types(tmp_path: Path, history: str, attack: str | None = None) -> dict[str, set[str]]:
    """Every named entity's types once `history` is the profile's history paragraph (and
    `attack` its one attack entry)."""
    if attack is None:
        return types_of_text(tmp_path, _profile(history=history))
    return types_of_text(tmp_path, _profile(history=history, attack=attack))


def _persons(types: dict[str, set[str]], names: set[str]) -> set[str]:
    return {n for n in names if "Person" in types.get(n, set())}


# ------------------------------------------------------------ persons

@pytest.mark.parametrize(("history", "persons"), [
    # a list of names in apposition to a count (or "both") and a noun of persons
    ("In 1990 the cells killed Ana Ruiz and Pedro Gil, two local journalists, in Tudela.",
     {"Ana Ruiz", "Pedro Gil"}),
    ("Karim Tahir, Omar Said and Musa Adamu, three former students, set up the cell in 2004.",
     {"Karim Tahir", "Omar Said", "Musa Adamu"}),
    ("In 2011 gunmen shot Idris Bello and Sani Garba, both customs officers, near Kano.",
     {"Idris Bello", "Sani Garba"}),
    # a kinship noun in apposition, no article
    ("In 1991 the cell kidnapped Tomas Verhoeven, son of a shipping magnate, in Antwerp.",
     {"Tomas Verhoeven"}),
    ("Leila Haddad, daughter of the former mayor, was shot by its gunmen in 2004.",
     {"Leila Haddad"}),
    ("The bomb of 1999 killed Ivo Petrov, brother of the interior minister, and two guards.",
     {"Ivo Petrov"}),
    # "among them" / "including" after a noun of persons
    ("In 1996 eight prisoners escaped from the jail of Kano, among them Musa Adamu and "
     "Sani Garba.", {"Musa Adamu", "Sani Garba"}),
    ("Four militants of the cell were killed in 2008, among them Karim Tahir.", {"Karim Tahir"}),
    ("In 2003 eleven defendants stood trial, several of them, including Ana Ruiz and Pedro "
     "Gil, for murder.", {"Ana Ruiz", "Pedro Gil"}),
    # a nom de guerre a name is known by
    ("Its fighters were commanded by Omar Said, better known by his kunya Abu Hafs, in 2012.",
     {"Omar Said"}),
    ("Ana Ruiz, known under her nom de guerre Comandante Rosa, was shot in 1993 by the DB.",
     {"Ana Ruiz"}),
    ("In 2008 the cell answered to Karim Tahir, also known by his alias Sheikh Karim.",
     {"Karim Tahir"}),
    # an office a name became, was elected or appointed to
    ("After Ana Ruiz became prime minister in 2010, the cells were hunted down.", {"Ana Ruiz"}),
    ("The talks stalled when Pedro Gil was elected president in 2014.", {"Pedro Gil"}),
    ("In 2011 Karim Tahir, who was appointed governor that year, banned the group.",
     {"Karim Tahir"}),
    # a founding field, its verb capitalised
    ("Founded: 1971, by Musa Adamu.", {"Musa Adamu"}),
    ("Created in 1988 by Ana Ruiz, a teacher from Gao.", {"Ana Ruiz"}),
    ("Established 2001, by Karim Tahir, in Timbuktu.", {"Karim Tahir"}),
    # a kunya in brackets after a name
    ("In 2015 the shura chose Omar Said (Abu Hafs al-Masri) as its head.", {"Omar Said"}),
    ("Karim Tahir (Abu Musab) was killed in 2016 near Gao.", {"Karim Tahir"}),
    ("The council named Musa Adamu (Abu al-Qaqa) in August 2017.", {"Musa Adamu"}),
    # nouns only a person is: a combatant, a rancher, an inspector, a security guard
    ("Its body was found beside that of the combatant Ana Ruiz in 1988.", {"Ana Ruiz"}),
    ("In 2009 its men kidnapped the rancher Pedro Gil near Concepción.", {"Pedro Gil"}),
    ("In 1991 a court convicted the inspector Karim Tahir and the sub-commissioner Omar Said.",
     {"Karim Tahir", "Omar Said"}),
    ("The money was taken by Musa Adamu, a bank security guard recruited by the DB, in 1983.",
     {"Musa Adamu"}),
])
def test_a_person_the_shape_shows_is_a_person(tmp_path, history, persons):
    assert _persons(_types(tmp_path, history), persons) == persons


@pytest.mark.parametrize(("history", "names"), [
    # an organisation's apposition, no noun of persons
    ("In 2012 the DB allied with Lake Front and Sahel Army, two smaller armed groups.",
     {"Lake Front", "Sahel Army"}),
    ("It fought the Kano Falcons and the Jos Eagles, both rival militias, in 2013.",
     {"Kano Falcons", "Jos Eagles"}),
    # "among them" after a noun of organisations
    ("In 2014 it joined several groups, among them Lake Front and Sahel Army.",
     {"Lake Front", "Sahel Army"}),
    # "its" name, not "his"/"her"
    ("The Lake Front, better known by its old name Desert Army, split from it in 2010.",
     {"Lake Front", "Desert Army"}),
    # became a party, not an office
    ("After the Lake Front became the ruling party in 2010, the DB split from it.",
     {"Lake Front"}),
    # a brackets' name with a head word is an organisation's, not a kunya
    ("In 2010 it merged with Kano Battalion (Abu Bakr Brigade) to form a front.",
     {"Kano Battalion", "Abu Bakr Brigade"}),
    # an organisation founded it
    ("Founded: 1964, by the Lake Front.", {"Lake Front"}),
])
def test_an_organisation_in_a_like_shape_is_no_person(tmp_path, history, names):
    assert _persons(_types(tmp_path, history), names) == set()


@pytest.mark.parametrize(("history", "person", "other"), [
    ("In 2015 the shura chose Omar Said (Abu Hafs al-Masri) as head.", "Omar Said",
     "Abu Hafs al-Masri"),
    ("The cells were set up in 2011 by Karim Tahir (nom de guerre Abu Musab al-Sahili), among "
     "others.", "Karim Tahir", "Abu Musab al-Sahili"),
    ("In 2009 the council named Musa Adamu (kunya Abu Bakr al-Kanawi) its emir.", "Musa Adamu",
     "Abu Bakr al-Kanawi"),
])
def test_a_person_s_other_name_in_brackets_mints_no_organisation(
        tmp_path, history, person, other):
    types = _types(tmp_path, history)
    assert not any(t & {"ArmedGroup", "Organisation"} for n, t in types.items()
                   if n in {person, other})


# ------------------------------------------------------------ armed groups

@pytest.mark.parametrize(("attack", "groups"), [
    ("Gunmen bombed a bus; the DB claimed it jointly with the Red Lake Front (RLF) and the "
     "People's Column (PC). (3 killed)", {"Red Lake Front", "People's Column"}),
    ("The DB claimed the ambush together with the Sahel Liberation Army. (4 killed)",
     {"Sahel Liberation Army"}),
    ("Rockets hit the airport; the DB claimed responsibility jointly with the Kano Battalion. "
     "(2 killed)", {"Kano Battalion"}),
])
def test_organisations_that_claimed_an_attack_with_the_group_are_armed_groups(
        tmp_path, attack, groups):
    types = _types(tmp_path, "The group emerged in 1994.", attack=attack)
    assert {g for g in groups if "ArmedGroup" in types.get(g, set())} == groups


@pytest.mark.parametrize("attack", [
    # a person who claimed it with the group, and a claim read out together with a statement
    "The DB claimed it jointly with Omar Said. (3 killed)",
    "The DB claimed it together with its statement of June. (3 killed)",
])
def test_what_claimed_with_the_group_is_no_organisation_unless_named_as_one(tmp_path, attack):
    types = _types(tmp_path, "The group emerged in 1994.", attack=attack)
    assert not any("ArmedGroup" in t for n, t in types.items()
                   if n in {"Omar Said", "June"})


@pytest.mark.parametrize(("history", "group"), [
    ("Its armed wing, the Forces combattantes du peuple (FCP), fought in the hills.",
     "Forces combattantes du peuple"),
    ("Armed wing: Brigades rouges combattantes (BRC).", "Brigades rouges combattantes"),
    ("In 1990 it set up its military wing, Ejército popular revolucionario (EPR), in Gao.",
     "Ejército popular revolucionario"),
])
def test_an_armed_wing_written_in_lower_case_beside_its_acronym_is_an_armed_group(
        tmp_path, history, group):
    assert "ArmedGroup" in _types(tmp_path, history).get(group, set())
