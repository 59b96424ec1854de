"""Typing and names on unseen text, fifteenth round (issue #12): the shapes behind the persons
and organisations `dev-16` (an encyclopaedia article, a court summary, a list-heavy brief)
named and no reader typed, each in three or more wordings of our own (no corpus sentence),
with look-alikes that must state nothing beside them.

- a person described before the name: a nationality used as a noun ("the Briton X", "the
  Egyptian Abu Y": `kg.ingest.context_typing.nationals`), or a nationality and a noun of
  persons ("the Dutch contractor X", "the Swiss mountain guide Y");
- the object of any verb of leading ("headed by X", "commanded by X", as "led by X");
- names in apposition to a count of persons of a body ("Two members of the cell, A and B,");
- a member named before the name ("the cell's former member X", "DB member Y");
- no shape makes a person of a name that says it is an organisation's ("Jaish al-Nasr",
  "… Front": `kg.ingest.names.names_an_organisation`);
- an organisation's name starts where its acronym spells it: a person's possessive or a word
  opening the sentence is no part of it ("Karim Tahir's Sahel Liberation Front (SLF)",
  "Unlike the Lake Front (LF)": `kg.ingest.slots._where_the_acronym_starts`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Dataset, Literal, URIRef

from kg.ingest import ingest_profile
from kg.ingest.slots import _where_the_acronym_starts
from kg.namespaces import KG
from tests.test_ingest_typing_context import _profile
from tests.test_ingest_typing_context import _types as types_of_text


def _types(tmp_path: Path, history: str) -> dict[str, set[str]]:
    return types_of_text(tmp_path, _profile(history=history))


def _persons(types: dict[str, set[str]], names: set[str]) -> set[str]:
    return {n for n in names if "Person" in types.get(n, set())}


PERSON_BANK = [
    # a nationality used as a noun before the name
    ("In 2007 its cell killed the Briton Tom Hale near the port.", {"Tom Hale"}),
    ("In 2015 the group released the Turk Murat Demir after a ransom was paid.",
     {"Murat Demir"}),
    ("Witnesses named the Egyptian Abu Hafs al-Qahiri as the organiser of the raid.",
     {"Abu Hafs al-Qahiri"}),
    ("The raid of 2009 was planned by the Yemeni Abu Salim al-Adeni, who fled in 2010.",
     {"Abu Salim al-Adeni"}),
    # a nationality and a noun of persons before the name
    ("In 2004 its men beheaded the Dutch contractor Pieter Smit on video.", {"Pieter Smit"}),
    ("The Swiss mountain guide Urs Keller was abducted by the cell in 2011.", {"Urs Keller"}),
    ("It freed the Italian tour guide Marco Rossi in 2013 for a ransom.", {"Marco Rossi"}),
    ("In 2016 the DB signed a truce; its signatory, Amir Rahman, spoke for the cells.",
     {"Amir Rahman"}),
    # the object of a verb of leading
    ("Since 2019 its negotiating team has been headed by Idris Bello.", {"Idris Bello"}),
    ("The northern unit was commanded by Sani Garba, also known as Abu Sani, until 2014.",
     {"Sani Garba"}),
    ("In 2012 the talks, chaired by Lena Park, broke down after a week.", {"Lena Park"}),
    ("Its media office, directed by Tomas Reyes from 2008, issued the claims.",
     {"Tomas Reyes"}),
    # names in apposition to a count of persons of a body
    ("Two members of the cell, Omar Said and Musa Adamu, were convicted in 2005.",
     {"Omar Said", "Musa Adamu"}),
    ("Three militants of the DB, Karim Tahir, Ivo Petrov and Ana Ruiz, died in the blast.",
     {"Karim Tahir", "Ivo Petrov", "Ana Ruiz"}),
    ("In 2010 police arrested two fighters of the northern unit, Luis Gil and Pedro Gil, "
     "near the lake.", {"Luis Gil", "Pedro Gil"}),
    # a member named before the name
    ("Former members were tried in 2003 on the word of the Kano cell's former member Ivo "
     "Petrov.", {"Ivo Petrov"}),
    ("DB member Sani Garba was shot dead in 2008.", {"Sani Garba"}),
    ("In 2001 the founding member Lena Park left for Europe.", {"Lena Park"}),
    # a court's verdict or charge on the names, the offence after them
    ("In 1999 a jury convicted Omar Said and Musa Adamu of the bombing.",
     {"Omar Said", "Musa Adamu"}),
    ("Prosecutors charged Lena Park and Tomas Reyes with murder in 2004.",
     {"Lena Park", "Tomas Reyes"}),
    ("A court in Kano tried Ivo Petrov and Karim Tahir for the raid in 2006.",
     {"Ivo Petrov", "Karim Tahir"}),
    ("The state indicted Ana Ruiz, Luis Gil and Omar Said on three counts in 2001.",
     {"Ana Ruiz", "Luis Gil", "Omar Said"}),
    # the names among a body's members
    ("Luis Gil, Pedro Gil and Sani Garba were among its most active members.",
     {"Luis Gil", "Pedro Gil", "Sani Garba"}),
    ("Tomas Reyes and Lena Park were among the founders of the first cell in 1980.",
     {"Tomas Reyes", "Lena Park"}),
    ("By 1999 Idris Bello was also among its regional commanders.", {"Idris Bello"}),
    # a part of the group named, then the persons it gathered around
    ("A section of the DB, around Ana Ruiz, Luis Gil and Omar Said, worked abroad.",
     {"Ana Ruiz", "Luis Gil", "Omar Said"}),
    ("In 1980 a wing of the DB formed around Karim Tahir and Ivo Petrov.",
     {"Karim Tahir", "Ivo Petrov"}),
    ("The faction of the DB grouped around Lena Park broke away in 1985.", {"Lena Park"}),
]


@pytest.mark.parametrize(("history", "persons"), PERSON_BANK)
def test_a_person_the_description_shows_is_a_person(tmp_path, history, persons):
    assert _persons(_types(tmp_path, history), persons) == persons


@pytest.mark.parametrize(("history", "names"), [
    # a nationality as an adjective before an organisation's name
    ("In 2004 the group trained with the Kurdish Ansar al-Sunna in the hills.",
     {"Ansar al-Sunna"}),
    ("It sheltered fighters of the Lebanese Fatah al-Intifada in 1999.", {"Fatah al-Intifada"}),
    ("In 2003 it merged with the Egyptian Abu Bakr Brigade.", {"Abu Bakr Brigade"}),
    # a nationality and a noun of things or bodies before a name
    ("The French daily Le Matin reported the raid in 2011.", {"Le Matin"}),
    ("The American firm Delta Holdings paid the ransom in 2012.", {"Delta Holdings"}),
    # a verb of leading whose object is an organisation
    ("In 2015 a coalition headed by Jaish al-Nasr took the town.", {"Jaish al-Nasr"}),
    ("The offensive of 2016 was commanded by the Lake Front.", {"Lake Front"}),
    # a count of members of an alliance: organisations
    ("Two members of the alliance, the Lake Front and the Kano Battalion, left in 2014.",
     {"Lake Front", "Kano Battalion"}),
    ("In 2013 two members of the coalition, Jaish al-Nasr and Liwa al-Fajr, quit.",
     {"Jaish al-Nasr", "Liwa al-Fajr"}),
    # a member organisation
    ("The alliance's member Kano Battalion withdrew in 2017.", {"Kano Battalion"}),
    # a court's verdict on an organisation
    ("In 2008 a court convicted the Sahel Relief Foundation of financing the cells.",
     {"Sahel Relief Foundation"}),
    ("Prosecutors charged Kano Trading Company with smuggling arms in 2009.",
     {"Kano Trading Company"}),
    # one name alone: a company's name need not say it is one
    ("In 2011 a court convicted Sahel Cement of paying the cells.", {"Sahel Cement"}),
    # an alliance's member organisations
    ("The Lake Front and Jaish al-Nasr were among its founding members in 2012.",
     {"Lake Front", "Jaish al-Nasr"}),
    ("Kano Battalion and Tessalit Brigade were among the members of the alliance.",
     {"Kano Battalion", "Tessalit Brigade"}),
    # a part of the group around a place or an organisation
    ("A section of the DB, around the Lake Front and the Kano Battalion, split in 1999.",
     {"Lake Front", "Kano Battalion"}),
    ("A wing of the DB formed around Jaish al-Nasr in 2004.", {"Jaish al-Nasr"}),
])
def test_an_organisation_in_a_like_shape_is_no_person(tmp_path, history, names):
    assert _persons(_types(tmp_path, history), names) == set()


# ------------------------------------------------------------ where a name starts

@pytest.mark.parametrize(("name", "acronym", "spelled"), [
    ("Karim Tahir's Sahel Liberation Front", "SLF", "Sahel Liberation Front"),
    ("Unlike the Lake Front", "LF", "Lake Front"),
    ("Omar Haddad's Popular Front for the Liberation of the Sahel – External Operations",
     "PFLS-EO", "Popular Front for the Liberation of the Sahel – External Operations"),
    ("Meanwhile the Kano Battalion", "KB", "Kano Battalion"),
    # the whole spells its acronym: nothing is left out
    ("People's Liberation Army", "PLA", "People's Liberation Army"),
    ("Islamic State's Sahel Province", "ISSP", "Islamic State's Sahel Province"),
    # an acronym of another language spells no part: nothing is left out
    ("Revolutionary Cells", "RZ", "Revolutionary Cells"),
    ("National Liberation Army", "ELN", "National Liberation Army"),
])
def test_a_name_starts_where_its_acronym_spells_it(name, acronym, spelled):
    assert name[_where_the_acronym_starts(name, [acronym]):] == spelled


@pytest.mark.parametrize(("history", "wing"), [
    ("Its fighters served in the Sahel Liberation Army (SLA), the party's armed wing.",
     "Sahel Liberation Army"),
    ("In 2004 the Kano Battalion, the movement's military wing, took the town.",
     "Kano Battalion"),
    ("The Lake Guards (LG), the front's armed wing, were disbanded in 2009.", "Lake Guards"),
])
def test_a_wing_named_with_whose_it_is_is_an_armed_group(tmp_path, history, wing):
    assert "ArmedGroup" in _types(tmp_path, history).get(wing, set())


@pytest.mark.parametrize(("history", "name"), [
    # the wing of a person, or no wing at all
    ("In 2004 Karim Tahir, the party's armed wing commander, was killed.", "Karim Tahir"),
    ("The Lake Union (LU), the party's trade-union arm, called a strike in 2009.",
     "Lake Union"),
])
def test_what_is_no_wing_named_with_whose_it_is_is_no_armed_group(tmp_path, history, name):
    assert "ArmedGroup" not in _types(tmp_path, history).get(name, set())


def test_a_person_s_possessive_is_no_part_of_the_organisation_s_name(tmp_path):
    types = _types(tmp_path, "In 1990 the DB worked with Karim Tahir's Sahel Liberation Front "
                             "(SLF), a splinter of the Lake Front.")
    assert "ArmedGroup" in types["Sahel Liberation Front"]
    assert types["Karim Tahir"] == {"Person"}
    assert not any("Tahir" in name for name, kinds in types.items() if "Person" not in kinds)


def test_a_description_left_out_of_the_name_is_no_organisation_of_its_own(tmp_path):
    types = _types(tmp_path, "In 2016 the Lake Front-aligned Sahel Ansar Brigade (SAB) "
                             "struck the port.")
    assert "ArmedGroup" in types["Sahel Ansar Brigade"]
    assert not any("aligned" in name for name in types)


def test_a_word_opening_the_sentence_is_no_part_of_the_organisation_s_name(tmp_path):
    types = _types(tmp_path, "Unlike the Lake Front (LF), the DB never struck abroad.")
    assert "Lake Front" in types
    assert not any(name.startswith("Unlike") for name in types)


# ------------------------------------------------------------ armed groups by their fighters

@pytest.mark.parametrize(("history", "group"), [
    # the organisation's name before a noun of fighters
    ("In 2008 Sahel Liberation Front gunmen ambushed a convoy near the lake.",
     "Sahel Liberation Front"),
    ("Its founder, a former KLF gunman, had deserted in 1990.", "KLF"),
    ("In 2013 the Lake Front militiamen fled south with their families.", "Lake Front"),
    # a noun of fighters "of" the organisation
    ("In 2011 fighters of the Kano Battalion crossed into the valley.", "Kano Battalion"),
    ("In 2014 militiamen of Jaish al-Nasr took the oil field near the border.", "Jaish al-Nasr"),
    # fighting for it
    ("Hundreds of volunteers went north to fight for the Tessalit Brigade in 2001.",
     "Tessalit Brigade"),
])
def test_an_organisation_shown_by_its_fighters_is_an_armed_group(tmp_path, history, group):
    assert "ArmedGroup" in _types(tmp_path, history).get(group, set())


@pytest.mark.parametrize(("history", "name"), [
    # a nationality qualifies the name: which organisation of the name is not said
    ("In 2009 fighters of the Kurdish Ansar al-Sunna were seen in the valley.",
     "Kurdish Ansar al-Sunna"),
    # a single word the graph does not know may be a place, a clan or a person
    ("Fatih gunmen killed its founder in the camp in 1991.", "Fatih"),
    # a person's fighters
    ("In 2010 fighters loyal to Hafiz Gul Bahadur clashed with it.", "Hafiz Gul Bahadur"),
    # a place the fighters came from
    ("In 2010 fighters from Jabal Marra joined the group.", "Jabal Marra"),
    # a state's force
    ("In 2012 gunmen of the National Guard fired on its march.", "National Guard"),
    # a head word alone: the writer's short form of an organisation named in full
    ("In 2012 militants of the Front were seen near the lake.", "Front"),
])
def test_what_is_no_organisation_s_name_before_fighters_is_no_armed_group(
        tmp_path, history, name):
    assert "ArmedGroup" not in _types(tmp_path, history).get(name, set())


# an organisation the graph already has is the mention linker's
# (`kg.ingest.mentions.shown_fighting`): fighting for it, or beside it as the last of the allies
# listed, shows it fighting
def _armed_in_profile(tmp_path: Path, history: str, name: str) -> bool:
    """Whether the profile states the graph's organisation `name` an armed group."""
    iri = URIRef(f"https://w3id.org/ctkg/id/org/{name.lower().replace(' ', '-')}")
    existing = Dataset()
    graph = existing.graph(URIRef("urn:x-test:orgs"))
    graph.add((iri, RDF.type, KG.Organisation))
    graph.add((iri, SKOS.prefLabel, Literal(name, lang="en")))
    dataset = ingest_profile(tmp_path / "p.txt", text=_profile(history=history),
                             existing=existing).dataset
    return (iri, RDF.type, KG.ArmedGroup) in dataset


@pytest.mark.parametrize(("history", "group"), [
    ("Hundreds of young men went to fight for the Lake Union in 2001.", "Lake Union"),
    ("In 2015 the DB fought alongside the army and the Kano Council near Gao.", "Kano Council"),
    ("In 2015 the DB fought alongside the militia, the police and the Tessalit Committee.",
     "Tessalit Committee"),
])
def test_an_organisation_fought_for_or_beside_is_an_armed_group(tmp_path, history, group):
    assert _armed_in_profile(tmp_path, history, group)


@pytest.mark.parametrize(("history", "group"), [
    # fought against, or named after a date: no ally
    ("In 2015 the DB fought against the Lake Union near Gao.", "Lake Union"),
    ("The DB fought beside the army until 2010, and the Kano Council then paid its men.",
     "Kano Council"),
])
def test_an_organisation_fought_against_is_no_armed_group_by_it(tmp_path, history, group):
    assert not _armed_in_profile(tmp_path, history, group)
