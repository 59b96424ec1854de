"""Persons typed from context, in any prose section: a name with an honorific, in a role, at
the head of a faction, named to a post, or taken up by he/his/she/her is a kg:Person — and a
capitalised name with none of these is left alone (it may be a group or a place)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Literal
from rdflib.namespace import SKOS

from kg.ingest import ingest_profile
from kg.ingest.leaders import LeadershipState, persons_in
from kg.namespaces import KG
from tests.test_ingest_leaders import PROFILE


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # honorifics
        ("The group follows the teachings of Ayatollah Ruhollah Khomeini.",
         ["Ayatollah Ruhollah Khomeini"]),
        ("Its ideology owes much to Sheikh Abdullah Azzam and Mullah Dadullah Akhund.",
         ["Sheikh Abdullah Azzam", "Mullah Dadullah Akhund"]),
        ("Money reached the cells through Comrade Artemio Flores.", ["Comrade Artemio Flores"]),
        # roles, before and after the name
        ("In 2004 the eastern commander Vinayagamoorthy Muralitharan broke away with 6,000 "
         "fighters.", ["Vinayagamoorthy Muralitharan"]),
        ("In 2019 Iván Márquez, the former chief negotiator, broke away.", ["Iván Márquez"]),
        ("Its spokesman, Ali Mohamud Rage, announced the merger.", ["Ali Mohamud Rage"]),
        ("Zaki Rehman Lakhvi, the group’s military commander, planned the raid.",
         ["Zaki Rehman Lakhvi"]),
        # at the head of a faction, named to a post
        ("Fighters of Islamic Amal, the breakaway faction of Hussein al-Musawi, joined the "
         "group.", ["Hussein al-Musawi"]),
        ("The Sulu factions of Radullan Sahiron did not pledge.", ["Radullan Sahiron"]),
        ("Fighters loyal to Abu Bakar Bashir left the front in 2008.", ["Abu Bakar Bashir"]),
        ("In 2016 the Islamic State named Abu Musab al-Barnawi as governor of its province.",
         ["Abu Musab al-Barnawi"]),
        # a person's noun right before the name, a person's relations
        ("In 2013 the ISI leader Abu Bakr Hamdani declared the merger.", ["Abu Bakr Hamdani"]),
        ("Gunmen shot dead the chief prosecutor Franco Moretti in Genoa.", ["Franco Moretti"]),
        ("Gunmen shot the trade unionist Guido Bassi at his factory.", ["Guido Bassi"]),
        ("A faction of the army under Odong Okello was absorbed in 1988.", ["Odong Okello"]),
        ("It pledged allegiance to Ayman Hamid Zawari in 2013.", ["Ayman Hamid Zawari"]),
        ("It seeks the overthrow of the government of Bashir al-Hassan.", ["Bashir al-Hassan"]),
        ("In 1981 Giulio Senzano led the prison cadres out to form a new party.",
         ["Giulio Senzano"]),
        # taken up by a pronoun
        ("Tariq Anwar Khan left the movement in 2001 after he lost a vote.", ["Tariq Anwar Khan"]),
        ("Leila Haddad joined in 1990; her brother was killed in 1994.", ["Leila Haddad"]),
    ],
)
def test_a_person_is_typed_from_the_context_of_the_name(text: str, persons: list[str]) -> None:
    assert persons_in(None, text, LeadershipState()) == persons


@pytest.mark.parametrize(
    "text",
    [
        "The group received money from Gulf Charities and Rabita Trust.",
        "Its fighters trained in North Waziristan and Upper Dir.",
        "Support came from Al Rashid Trust through its offices in Karachi.",
        "The movement allied with Jaish Muhammad in 2001.",
    ],
)
def test_a_capitalised_name_without_a_person_context_is_not_typed(text: str) -> None:
    assert persons_in(None, text, LeadershipState()) == []


def test_an_ingested_history_types_its_persons_and_not_its_groups(tmp_path: Path) -> None:
    """In the history section: the faction's leader and the governor become persons; the
    faction itself stays an organisation, never a person."""
    history = (
        "The group emerged in 2002. Fighters of Islamic Amal, the breakaway faction of Hussein "
        "al-Musawi, joined it in 2004. In 2016 the Islamic State named Abu Musab al-Barnawi "
        "as governor of its province."
    )
    text = PROFILE.replace("The group emerged in 2002.", history)
    graph = ingest_profile(tmp_path / "sf.txt", text=text, existing=Dataset()).dataset
    for name in ("Hussein al-Musawi", "Abu Musab al-Barnawi"):
        (person,) = graph.subjects(SKOS.prefLabel, Literal(name, lang="en"))
        assert (person, RDF.type, KG.Person) in graph
    persons = {str(graph.value(p, SKOS.prefLabel)) for p in graph.subjects(RDF.type, KG.Person)}
    assert not {"Islamic Amal", "Islamic State"} & persons


def test_an_office_is_not_part_of_the_persons_name_and_victims_in_attacks_are_persons(
    tmp_path: Path,
) -> None:
    """"the overthrow of President Kofi Mensah" types "Kofi Mensah"; the victim "the
    magistrate Ali Bongo Ondimba" of an attack entry is a person too."""
    text = PROFILE.replace(
        "Kidnapping for ransom.", "Kidnapping for ransom, to overthrow President Kofi Mensah."
    ).replace(
        "June 2010: The group attacked a barracks in Mali. (3 killed)",
        "June 2010: Gunmen killed the magistrate Ali Bongo Ondimba in Mali. (1 killed)",
    )
    graph = ingest_profile(tmp_path / "sf.txt", text=text, existing=Dataset()).dataset
    persons = {str(graph.value(p, SKOS.prefLabel)) for p in graph.subjects(RDF.type, KG.Person)}
    assert {"Kofi Mensah", "Ali Bongo Ondimba"} <= persons
    assert "President Kofi Mensah" not in persons
