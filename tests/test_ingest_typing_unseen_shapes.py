"""Typing, names and references on unseen text, fourteenth round (issue #12): the shapes a
set of profiles nobody tuned on (a court summary, a translation keeping its source's word
order, a sanctions listing) used for persons, armed groups, alternative names and court
cases, each in three or more wordings of our own (no corpus sentence), with look-alikes that
must state nothing beside them.

- persons (`kg.ingest.context_typing.PERSON_CONTEXTS`, `kg.ingest.leaders.person_types`):
  what befalls a person told with "of" ("the murder of X"); an office of a body in
  apposition ("X, governor of …"); a short apposition before what only a person undergoes
  ("X, wanted for …, was arrested"); the followers "around" a person; a plural kinship noun
  ("X's sons A and B"); a name with a count of persons ("X and two accomplices"); a
  participle only a person bears ("the exiled X"); a leader's post over what the name led
  ("led it as its emir"); a cleric's style ("the Reverend X"), also in the leadership section;
- armed groups (`kg.ingest.context_typing.type_armed_wings`): "militias known as the X";
- names (`kg.ingest.names.split_name_list`): a sanctions listing's "a.k.a.: (a) …; (b) …";
- references (`kg.ingest.citations.court_case`): a case named in a sentence of its own
  ("United States v. X. Plea Agreement. Court. Date.").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import SKOS, Dataset

from kg.ingest import ingest_profile
from kg.ingest.citations import author_date
from kg.ingest.names import split_name_list
from tests.test_ingest_references_styles import _read
from tests.test_ingest_typing_context import _profile
from tests.test_ingest_typing_context import _types as types_of_text


def _types(tmp_path: Path, history: str, attack: str | None = None) -> dict[str, set[str]]:
    if attack is None:
        return types_of_text(tmp_path, _profile(history=history))
    return types_of_text(tmp_path, _profile(history=history, attack=attack))


def _persons(types: dict[str, set[str]], names: set[str]) -> set[str]:
    return {n for n in names if "Person" in types.get(n, set())}


# ------------------------------------------------------------ persons

PERSON_BANK = [
    # what befalls a person, told with "of"
    ("After the murder of Karim Tahir in 1998 the cells fell apart.", {"Karim Tahir"}),
    ("The assassination of Lucía Ferraz, a week later, ended the talks.", {"Lucía Ferraz"}),
    ("It grew quickly after the execution of Omar Said and Musa Adamu by the army in 2004.",
     {"Omar Said", "Musa Adamu"}),
    ("Its founding followed the killing of Ivo Petrov near the lake in 1989.", {"Ivo Petrov"}),
    # an office of a body in apposition, no article
    ("In 2003 its gunmen shot Pedro Gil, governor of the northern province, in his car.",
     {"Pedro Gil"}),
    ("The cell kidnapped Ana Ruiz, director general of customs, in 1992.", {"Ana Ruiz"}),
    ("A bomb killed Idris Bello, minister of the interior, and two guards in 2010.",
     {"Idris Bello"}),
    ("Sani Garba, mayor of the lake town, survived an attack by the DB in 2012.",
     {"Sani Garba"}),
    # a short apposition, then what only a person undergoes
    ("Musa Adamu, wanted for the bombing, was arrested in 2016 after years in hiding.",
     {"Musa Adamu"}),
    ("In 2001 Lena Park, then aged 40, was extradited to face trial.", {"Lena Park"}),
    ("Tomas Reyes, its treasurer since 1994, pleaded guilty in 2003.", {"Tomas Reyes"}),
    ("Ivo Petrov, its chief bomb-maker, was later sentenced to life.", {"Ivo Petrov"}),
    # the followers around a person
    ("In 1970 the faction around Tanaka Hiroshi broke away and took the name.",
     {"Tanaka Hiroshi"}),
    ("The circle grouped around Ana Ruiz published the first manifesto in 1985.", {"Ana Ruiz"}),
    ("The members around Karim Tahir rejected the truce of 2008.", {"Karim Tahir"}),
    # a plural kinship noun, the names after it
    ("In 2014 Tahir's sons Omar Tahir and Idris Tahir took the cells into exile.",
     {"Omar Tahir", "Idris Tahir"}),
    ("His brothers, Pedro Gil and Luis Gil, ran the finances until 2009.",
     {"Pedro Gil", "Luis Gil"}),
    ("Her two daughters Ana Ruiz and Marta Ruiz were arrested in 1999.",
     {"Ana Ruiz", "Marta Ruiz"}),
    # a name with a count of persons
    ("The judge was kidnapped in 1984 by Sani Garba and two accomplices.", {"Sani Garba"}),
    ("Lena Park and three other women founded the first cell in 1978.", {"Lena Park"}),
    ("In 1995 Tomas Reyes and several unnamed gunmen robbed the bank at Kano.", {"Tomas Reyes"}),
    # a participle only a person bears, before the name
    ("Its founders embraced the exiled Omar Said in the early 1960s.", {"Omar Said"}),
    ("The cells took the name of the late Musa Adamu in 2001.", {"Musa Adamu"}),
    ("Members demanded the release of the jailed Ivo Petrov in 1997.", {"Ivo Petrov"}),
    # a leader's post over what the name led
    ("The cells joined the Lake Emirate, which Karim Tahir proclaimed in 2007 and led as its "
     "emir.", {"Karim Tahir"}),
    ("Pedro Gil founded the front in 1990 and led it as its first chairman.", {"Pedro Gil"}),
    ("In 1975 Ana Ruiz took over the DB and ruled it as its supreme leader until 1980.",
     {"Ana Ruiz"}),
    # a cleric's style before the name
    ("The Reverend Paul Okafor wrote the tracts circulated in its name from 1990.",
     {"Paul Okafor"}),
    ("In 2002 Pastor Lena Park spoke for the cells to the press.", {"Lena Park"}),
    ("Rabbi David Levin, a critic of the group, was threatened in 2005.", {"David Levin"}),
]


@pytest.mark.parametrize(("history", "persons"), PERSON_BANK)
def test_a_person_the_shape_shows_is_a_person(tmp_path, history, persons):
    assert _persons(_types(tmp_path, history), persons) == persons


@pytest.mark.parametrize(("history", "names"), [
    # what befalls a person, but the name qualifies a noun after it, or an organisation's
    ("After the arrest of Lake Front militants in 1998 the cells fell apart.", {"Lake Front"}),
    ("The killing of Sahel Army fighters near Gao in 2004 followed.", {"Sahel Army"}),
    # an organisation's apposition before "was sentenced"
    ("The Lake Company, a trading firm of the region, was sentenced to a fine in 2010.",
     {"Lake Company"}),
    # an organisation is no governor, and is a member of a body
    ("The Lake Front, member of the Sahel Alliance, joined the talks in 2012.",
     {"Lake Front", "Sahel Alliance"}),
    # around a place or an organisation
    ("In 1970 the faction around the Lake Front broke away.", {"Lake Front"}),
    # a count of organisations, not of persons
    ("In 2011 Kano Battalion and two other groups joined the front.", {"Kano Battalion"}),
    ("The Lake Front and three smaller factions split from it in 1999.", {"Lake Front"}),
    # the exiled body is an organisation's (a government in exile)
    ("It embraced the exiled Sahel Government in 1990.", {"Sahel Government"}),
    # an organisation led as a wing, not as an emir
    ("The DB absorbed Kano Battalion, which Lake Front led as its armed wing.",
     {"Kano Battalion", "Lake Front"}),
    # the kinship noun used of an organisation's men ("sons of the revolution")
    ("The Lake Front's sons of the revolution fought in 1980.", {"Lake Front"}),
])
def test_an_organisation_in_a_like_shape_is_no_person(tmp_path, history, names):
    assert _persons(_types(tmp_path, history), names) == set()


def test_the_honorific_is_no_part_of_the_person_s_name(tmp_path):
    types = _types(tmp_path, "The Reverend Paul Okafor wrote the tracts in 1990.")
    assert "Person" in types.get("Paul Okafor", set())
    assert "Reverend Paul Okafor" not in types


@pytest.mark.parametrize("leadership", [
    "Musa Adamu led the group until 1987, when he was pardoned by President Pedro Gil.",
    "Musa Adamu has led the group since 2009; Governor Pedro Gil banned it in 2010.",
    "Musa Adamu has led the group since 2009. The Reverend Pedro Gil speaks for it.",
])
def test_an_office_before_a_name_in_the_leadership_section_makes_a_person(
        tmp_path, leadership):
    text = _profile().replace("Omar Haddad has led the group since 2009.", leadership)
    assert "Person" in types_of_text(tmp_path, text).get("Pedro Gil", set())


# ------------------------------------------------------------ armed groups

@pytest.mark.parametrize(("history", "group"), [
    ("It recruited from the Arab militias known as the Desert Riders, active since 2003.",
     "Desert Riders"),
    ("In 2010 an armed group calling itself Kano Brigades claimed the bombing.",
     "Kano Brigades"),
    ("The government armed paramilitaries known locally as the Lake Guards in 1996.",
     "Lake Guards"),
    ("A rebel movement called the Sahel Column fought it in 2014.", "Sahel Column"),
])
def test_a_militia_known_by_a_name_is_an_armed_group(tmp_path, history, group):
    assert "ArmedGroup" in _types(tmp_path, history).get(group, set())


@pytest.mark.parametrize(("history", "name"), [
    # a militia's commander known by a kunya: a person, never an armed group
    ("In 2010 a militia commander known as Abu Salim took the town.", "Abu Salim"),
    # a militia known by a name in lower case is no name
    ("It fought militias known as popular committees in 2012.", "popular committees"),
])
def test_a_person_or_a_common_noun_after_known_as_is_no_armed_group(tmp_path, history, name):
    assert "ArmedGroup" not in _types(tmp_path, history).get(name, set())


# ------------------------------------------------------------ names: a sanctions listing

@pytest.mark.parametrize(("body", "names"), [
    ("a.k.a.: (a) Jaysh al-Sahil; (b) Jaish al-Sahel; (c) Sahel Army",
     ["Jaysh al-Sahil", "Jaish al-Sahel", "Sahel Army"]),
    ("Also known as: (i) Lake Front, (ii) Front of the Lake", ["Lake Front", "Front of the Lake"]),
    ("a.k.a. Kano Brigades; Brigades of Kano", ["Kano Brigades", "Brigades of Kano"]),
    ("AKA: a) Desert Riders; b) Riders of the Desert", ["Desert Riders", "Riders of the Desert"]),
    # no listing marks: as before
    ("Aka Brigade, Red Front", ["Aka Brigade", "Red Front"]),
    ("Sahel Army (a.k.a. SA), Desert Army", ["Sahel Army (a.k.a. SA)", "Desert Army"]),
])
def test_a_sanctions_listing_s_label_and_letters_are_no_part_of_a_name(body, names):
    assert [name for _, _, name in split_name_list(body)] == names


def test_a_listed_name_with_letters_is_the_group_s_alternative_name(tmp_path):
    text = _profile().replace("None known", "a.k.a.: (a) Jaysh al-Sahil; (b) Sahel Army")
    dataset = ingest_profile(tmp_path / "p.txt", text=text, existing=Dataset()).dataset
    names = {str(o) for _, _, o, _ in dataset.quads((None, SKOS.altLabel, None, None))}
    assert {"Jaysh al-Sahil", "Sahel Army"} <= names
    assert not any("a.k.a" in n or n.startswith("(") for n in names)


# ------------------------------------------------------------ references: a case named first

@pytest.mark.parametrize(("reference", "title", "publishers", "issued"), [
    ("State of Ohio v. John T. Miller. Indictment. Court of Common Pleas of Franklin County. "
     "June 2011.", "State of Ohio v. John T. Miller", ["Court of Common Pleas of Franklin County"],
     ["2011-06"]),
    ("United States v. Ana Ruiz. Plea Agreement. United States District Court for the District "
     "of Kansas. May 2004.", "United States v. Ana Ruiz",
     ["United States District Court for the District of Kansas"], ["2004-05"]),
    ("People v. Ramos. Supreme Court of California. 1998.", "People v. Ramos",
     ["Supreme Court of California"], ["1998"]),
])
def test_a_case_named_in_a_sentence_of_its_own_is_the_title(
        tmp_path, reference, title, publishers, issued):
    read = _read(tmp_path, reference)
    assert read["title"] == [title]
    assert read["publisher"] == publishers
    assert read["issued"] == issued
    # a party is no author, no series and no organisation, and the filing no series
    assert read["authors"] == []
    assert read["series"] == []


@pytest.mark.parametrize(("reference", "title"), [
    # a report about a case, not the case: its first sentence is the title, as before
    ("Report on Smith v. Jones. Human Rights Watch. 2010.", "Report on Smith v. Jones"),
    # the US form with its reporter citation, read as before
    ("United States v. Lena Park, 922 F.2d 934 (2d Cir. 1990).", "United States v. Lena Park"),
])
def test_what_is_no_case_named_first_is_read_as_before(tmp_path, reference, title):
    assert _read(tmp_path, reference)["title"] == [title]



# ------------------------------------------------------------ references: a body before the year

@pytest.mark.parametrize(("reference", "author", "title"), [
    ("Sahel Policy Institute (SPI). 2016. “The Lake Cells.” SPI Report No. 9. Accessed 3 May "
     "2017.", "Sahel Policy Institute (SPI)", "The Lake Cells."),
    ("U.S. Department of Justice. 2009. “Indictment of Four Members.” Accessed 3 May 2010.",
     "U.S. Department of Justice", "Indictment of Four Members."),
    ("National Security Council. 2021. “Annual Threat Review.” Accessed 3 May 2022.",
     "National Security Council", "Annual Threat Review."),
    ("Ministry of the Interior (MoI). 2013. “Listing of the Lake Front.” Accessed 3 May 2014.",
     "Ministry of the Interior (MoI)", "Listing of the Lake Front."),
])
def test_a_body_as_author_before_a_year_is_the_author(tmp_path, reference, author, title):
    read = _read(tmp_path, reference)
    assert [name for name, _ in read["authors"]] == [author]
    assert read["title"] == [title]
    # the year after the block is the date of issue (the first number of the citation)
    assert read["issued"] == [next(w[:4] for w in reference.split() if w[:4].isdigit())]


@pytest.mark.parametrize("reference", [
    # a title in the author's place, then a year: the author-date reader takes no author block
    "The Long War on the Lake (LWL). 2010. Kano: Lake Press.",
    "Sahel Review special issue (SR). 2012. Kano: Lake Press.",
    "Fronts and cells of the Department. 2014. Kano: Lake Press.",
])
def test_a_title_before_a_year_is_no_author_block(reference):
    assert author_date(reference) is None


@pytest.mark.parametrize(("reference", "publishers"), [
    ("U.S. Department of Justice. “Four Charged.” Press Release, May 3, 2010. Accessed May 4, "
     "2010.", []),
    ("Lake Police. “Trends of the Fronts.” Police White Paper. Accessed May 4, 2010.", []),
    ("Ministry of the Interior. “Listing of the Lake Front.” Media Note. Accessed 3 May 2014.",
     []),
    # a publisher beside the kind of document stays the publisher
    ("“Four Charged.” Press Statement. Sahel Times. Accessed May 4, 2010.", ["Sahel Times"]),
])
def test_a_kind_of_document_in_title_case_is_no_publisher(tmp_path, reference, publishers):
    assert _read(tmp_path, reference)["publisher"] == publishers


# ------------------------------------------------------------ references: the city of issue

@pytest.mark.parametrize(("reference", "title", "author", "issued"), [
    # a body's report: the body, the title, then the city it was issued in and the date
    ("National Commission of Inquiry. Final Report. Nairobi, 2 May 2014.", "Final Report",
     "National Commission of Inquiry", "2014-05-02"),
    ("Ministry of Defence. Annual Review of the Insurgency. London, March 2012.",
     "Annual Review of the Insurgency", "Ministry of Defence", "2012-03"),
    ("Comisión de la Verdad y la Memoria. Informe sobre los frentes del lago. Lima, 2003.",
     "Informe sobre los frentes del lago", "Comisión de la Verdad y la Memoria", "2003"),
])
def test_a_body_s_report_issued_in_a_city_has_no_publisher(
        tmp_path, reference, title, author, issued):
    read = _read(tmp_path, reference)
    assert read["title"] == [title]
    assert [name for name, _ in read["authors"]] == [author]
    assert read["publisher"] == []
    assert read["issued"] == [issued]


@pytest.mark.parametrize(("reference", "publishers"), [
    # an author-date report's city and day after the title
    ("Sahel Policy Institute (SPI). 2016. “The Lake Cells.” SPI Report No. 9. Nairobi/London, "
     "6 July. Accessed 3 May 2017.", []),
    ("Lake Police. “Trends of the Fronts.” Tokyo, January 2021. Accessed May 4, 2021.", []),
    # a one-word publisher that is no large city stays the publisher, as before
    ("“Four Charged.” Reuters, 5 May 2019. Accessed May 6, 2019.", ["Reuters"]),
    ("“Ferry Sunk.” Xinhua, 5 May 2019. Accessed May 6, 2019.", ["Xinhua"]),
])
def test_the_city_a_document_was_issued_in_is_no_publisher(tmp_path, reference, publishers):
    assert _read(tmp_path, reference)["publisher"] == publishers
