"""Citation shapes the sixteenth round found in the wrong references of `dev-17`, `dev-16`,
`dev-14` and `dev-13`, pooled by shape (`kg.ingest.citations`, `kg.ingest.references`).

A co-author joined by "with" ("Collier, George A., with Elizabeth …", three sets); a title
that opens with a quoted phrase and goes on after a colon ("“They Came To Kill”: …", two
sets); a court named first, then the case it decided; what is no publisher though it stands
where one does — a document named with its date ("Judgment of July 1992"), a date ("July/August
2006", "2 November"), a sentence that describes the document ("Narrative summary of reasons for
listing", two sets), a kind of document in sentence case ("Press release"), a great city of
issue known by a shorter name ("New York, December 2013"); a publisher followed by the
numbered series it issued the document in; and the access date in French, Spanish or German
("Consulté le 1er octobre 2015"). Each shape in three or more citations written for this file
(other names, places, dates and orders; no corpus line), with controls that look alike and must
not change, each asserting the exact parts stated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest import ingest_profile
from kg.namespaces import KG
from tests.test_ingest_references_unseen import _profile


def _source(tmp_path: Path, citation: str) -> dict[str, object]:
    """The one source a citation states: title, authors, publishers, issued and accessed."""
    graph = ingest_profile(tmp_path / "lkf.txt", text=_profile(f"1. {citation}"),
                           existing=Dataset()).dataset

    def labels(source: URIRef, prop: URIRef) -> list[str]:
        return sorted(str(label) for node in graph.objects(source, prop)
                      for label in graph.objects(node, SKOS.prefLabel))

    (source,) = graph.subjects(RDF.type, KG.Source)
    return {
        "title": [str(t) for t in graph.objects(source, DCTERMS.title)],
        "authors": labels(source, DCTERMS.creator),
        "publisher": labels(source, DCTERMS.publisher),
        "issued": sorted(str(d) for d in graph.objects(source, DCTERMS.issued)),
        "accessed": sorted(str(d) for d in graph.objects(source, KG.accessed)),
    }


def _parts(source: dict[str, object], *keys: str) -> tuple[object, ...]:
    return tuple(source[key] for key in keys)


# --- a co-author joined by "with" -------------------------------------------------------------

WITH_COAUTHOR = [
    ("Park, Lena, with Tomas Reyes. The Lake Wars: Fishing and Fighting on Lake Chad. London: "
     "Hurst, 2012.", "The Lake Wars: Fishing and Fighting on Lake Chad",
     ["Lena Park", "Tomas Reyes"], ["Hurst"]),
    ("Okafor, Chidi with Ruth Baines. Ferries and Guns. Lagos: Cassava Republic, 2016.",
     "Ferries and Guns", ["Chidi Okafor", "Ruth Baines"], ["Cassava Republic"]),
    ("Hale, T., with K. Odu. River of Exile: The Front in Niger. Oxford: James Currey, 2019.",
     "River of Exile: The Front in Niger", ["K. Odu", "T. Hale"], ["James Currey"]),
    ("Ndiaye, Awa, with Jean-Paul Sy. Un fleuve en armes. Paris: Karthala, 2014.",
     "Un fleuve en armes", ["Awa Ndiaye", "Jean-Paul Sy"], ["Karthala"]),
]


@pytest.mark.parametrize(("citation", "title", "authors", "publisher"), WITH_COAUTHOR,
                         ids=[c[:30] for c, *_ in WITH_COAUTHOR])
def test_a_co_author_joined_by_with_is_an_author(tmp_path, citation, title, authors,
                                                 publisher):
    source = _source(tmp_path, citation)
    assert _parts(source, "title", "authors", "publisher") == ([title], authors, publisher)


@pytest.mark.parametrize(("citation", "authors"), [
    # controls: "with" inside the title; a writer of an introduction is no author
    ("Park, Lena. Living with Tomas Reyes. London: Hurst, 2012.", ["Lena Park"]),
    ("Park, Lena, with an introduction by Tomas Reyes. The Lake Wars. London: Hurst, 2012.",
     []),
])
def test_with_that_joins_no_co_author_adds_none(tmp_path, citation, authors):
    assert _source(tmp_path, citation)["authors"] == authors


# --- a title that opens with a quoted phrase, its subtitle after a colon -------------------

QUOTED_OPENING = [
    ("Amnesty International. “No One Is Safe”: Killings on the Shores of Lake Chad. London, "
     "May 2015.", "“No One Is Safe”: Killings on the Shores of Lake Chad",
     ["Amnesty International"], []),
    ("Human Rights Watch. \"We Will Return\": The Siege of Diffa. New York: Human Rights Watch, "
     "2016.", "\"We Will Return\": The Siege of Diffa", ["Human Rights Watch"],
     ["Human Rights Watch"]),
    ("Sahel Watch. “Burn Everything” – Raids on Herders in Mopti. Bamako, 2018.",
     "“Burn Everything” – Raids on Herders in Mopti", ["Sahel Watch"], []),
]


@pytest.mark.parametrize(("citation", "title", "authors", "publisher"), QUOTED_OPENING,
                         ids=[c[:30] for c, *_ in QUOTED_OPENING])
def test_a_quoted_phrase_and_its_subtitle_are_one_title(tmp_path, citation, title, authors,
                                                        publisher):
    source = _source(tmp_path, citation)
    assert _parts(source, "title", "authors", "publisher") == ([title], authors, publisher)


@pytest.mark.parametrize(("citation", "title", "publisher"), [
    # controls: a quotation closed by its own full stop, then the publisher; a quotation that
    # is the whole title, then a city and its publisher
    ("Lake Monitor. “Ferry attack kills four.” Radio Kanem, 12 May 2012.",
     "Ferry attack kills four.", ["Radio Kanem"]),
    ("Okafor, Ruth. “The Lake Front at Ten” Lagos: Lagos Institute, 2019.",
     "The Lake Front at Ten", ["Lagos Institute"]),
])
def test_a_quotation_that_closes_the_title_keeps_it(tmp_path, citation, title, publisher):
    source = _source(tmp_path, citation)
    assert _parts(source, "title", "publisher") == ([title], publisher)


# --- a court named first, then the case it decided ------------------------------------------

COURT_THEN_CASE = [
    ("International Criminal Court. The Prosecutor v. Amadou Sy and Ali Musa. "
     "ICC-02/11-01/15.", "The Prosecutor v. Amadou Sy and Ali Musa",
     ["International Criminal Court"], []),
    ("Supreme Court of Nigeria. State v. Ibrahim Bello. Judgment of 3 May 2015.",
     "State v. Ibrahim Bello", ["Supreme Court of Nigeria"], ["2015-05-03"]),
    ("European Court of Human Rights. Sy v. Chad. Application no. 46221/99. 12 May 2005.",
     "Sy v. Chad", ["European Court of Human Rights"], ["2005-05-12"]),
]


@pytest.mark.parametrize(("citation", "title", "authors", "issued"), COURT_THEN_CASE,
                         ids=[c[:30] for c, *_ in COURT_THEN_CASE])
def test_a_court_named_first_wrote_the_case_that_is_the_title(tmp_path, citation, title,
                                                              authors, issued):
    source = _source(tmp_path, citation)
    assert _parts(source, "title", "authors", "publisher", "issued") == (
        [title], authors, [], issued)


@pytest.mark.parametrize(("citation", "title"), [
    # controls: a report about a case names no case as its title; a case quoted in a title
    ("Human Rights Watch. Report on Smith v. Jones. New York: Human Rights Watch, 2015.",
     "Report on Smith v. Jones"),
    ("Amnesty International. “Sy v. Chad: a fair trial?” Accessed May 3, 2016.",
     "Sy v. Chad: a fair trial?"),
])
def test_a_case_inside_a_report_s_title_is_no_court_s_case(tmp_path, citation, title):
    source = _source(tmp_path, citation)
    assert source["title"] == [title]
    assert source["authors"] in (["Human Rights Watch"], ["Amnesty International"])


# --- what stands where a publisher does and is none --------------------------------------

NOT_A_PUBLISHER = [
    # a document named with its date: the date of issue
    ("State of Borno v. Ibrahim Bello and Another. Supreme Court of Nigeria. Judgment of July "
     "2014.", ["Supreme Court of Nigeria"], ["2014-07"]),
    ("“Ruling on the Lake Front's appeal.” High Court of Niger. Decision dated 3 May 2015.",
     ["High Court of Niger"], ["2015-05-03"]),
    # a magazine's double issue, a day or a month after a year given before the title
    ("Weaver, Anne. “The Ferry War.” The Lake Monthly. July/August 2013. Accessed May 12, 2016.",
     ["The Lake Monthly"], []),
    ("Amnesty International. 2020. “Niger: investigate the killings in Diffa.” 2 November. "
     "Accessed January 20, 2023.", [], ["2020"]),
    ("Sahel Commission. 2022. “Statement on the raids in Mopti.” June. Accessed January 20, "
     "2023.", [], ["2022"]),
    # a sentence that describes the document, a kind of document in sentence case
    ("United Nations Security Council. “Amadou Sy.” Narrative summary of reasons for listing. "
     "Accessed 30 May 2014.", [], []),
    ("Lake Chad Basin Commission. “Amadou Sy.” Summary of the charges against the accused. "
     "Accessed 30 May 2014.", [], []),
    ("U.S. Department of the Treasury. “Treasury Sanctions Lake Front Leaders.” Press release. "
     "December 6, 2019.", [], ["2019-12-06"]),
    # a great city of issue known by a shorter name, then the date
    ("Human Rights Watch. “They Burned the Ferries”: Abuses on Lake Chad. New York, December "
     "2013.", [], ["2013-12"]),
]


@pytest.mark.parametrize(("citation", "publisher", "issued"), NOT_A_PUBLISHER,
                         ids=[c[:40] for c, *_ in NOT_A_PUBLISHER])
def test_a_date_a_document_or_a_description_is_no_publisher(tmp_path, citation, publisher,
                                                            issued):
    source = _source(tmp_path, citation)
    assert _parts(source, "publisher", "issued") == (publisher, issued)


@pytest.mark.parametrize(("citation", "publisher"), [
    # controls: names that hold a month or a lower-case word stay publishers
    ("Okafor, Ruth. “Ferry Strikes.” May Day Press. 2015.", ["May Day Press"]),
    ("Ndiaye, Awa. “Le Front du Lac.” Institut français des relations internationales. 2016.",
     ["Institut français des relations internationales"]),
    ("“Lake Front names a new emir.” Le Monde diplomatique. June 3, 2014.",
     ["Le Monde diplomatique"]),
    ("“Ferry attack kills four.” Reuters, 12 May 2012.", ["Reuters"]),
])
def test_a_name_that_holds_a_month_or_a_small_word_stays_a_publisher(tmp_path, citation,
                                                                    publisher):
    assert _source(tmp_path, citation)["publisher"] == publisher


# --- a publisher, then the numbered series it issued the document in -------------------------

PUBLISHER_THEN_SERIES = [
    ("Kirdar, M. J. “The Lake Front.” Center for Strategic and International Studies, Sahel "
     "Futures Case Study Series No. 4. June 2014.", ["Center for Strategic and International "
                                                    "Studies"]),
    ("“Ferries and Fighters.” Lagos Institute for Security Studies, Occasional Paper No. 212. "
     "2019.", ["Lagos Institute for Security Studies"]),
    ("Okafor, Ruth. “Arms on the Lake.” Sahel Research Network, Working Paper Series No. 7. "
     "May 2020.", ["Sahel Research Network"]),
]


@pytest.mark.parametrize(("citation", "publisher"), PUBLISHER_THEN_SERIES,
                         ids=[c[:30] for c, _ in PUBLISHER_THEN_SERIES])
def test_a_publisher_before_its_numbered_series_is_the_publisher(tmp_path, citation,
                                                                 publisher):
    assert _source(tmp_path, citation)["publisher"] == publisher


@pytest.mark.parametrize("citation", [
    # controls: a numbered series alone is no publisher; nor is a series after a date
    "Sahel Watch. “Arms along the River.” Africa Briefing No. 212. Accessed May 3, 2015.",
    "Sahel Watch. “Arms along the River.” 3 May 2015, Africa Briefing No. 212.",
])
def test_a_numbered_series_alone_is_no_publisher(tmp_path, citation):
    assert _source(tmp_path, citation)["publisher"] == []


# --- the access date in the languages the collection cites -----------------------------------

ACCESSED_ABROAD = [
    ("« Attentat de Diffa : le ministère désigne le Front du Lac ». Le Monde Afrique. 2015. "
     "Consulté le 1er octobre 2015.", "2015-10-01", ["Le Monde Afrique"]),
    ("«Ataque en el lago». El País. 2016. Consultado el 4 de mayo de 2019.", "2019-05-04",
     ["El País"]),
    ("„Anschlag am Tschadsee“. Deutsche Welle. 2017. Abgerufen am 3. Mai 2018.", "2018-05-03",
     ["Deutsche Welle"]),
]


@pytest.mark.parametrize(("citation", "accessed", "publisher"), ACCESSED_ABROAD,
                         ids=[c[:30] for c, *_ in ACCESSED_ABROAD])
def test_an_access_date_in_french_spanish_or_german_is_the_access_date(tmp_path, citation,
                                                                       accessed, publisher):
    source = _source(tmp_path, citation)
    assert _parts(source, "accessed", "publisher") == ([accessed], publisher)


@pytest.mark.parametrize("citation", [
    # controls: a title that speaks of consulting, and an English access date, stay as before
    ("« Consulté le peuple, le Front se tait ». Le Monde Afrique. 2015."),
    ("“Lake Front names a new emir.” Chad Daily. Accessed June 3, 2014."),
])
def test_consulting_inside_a_title_is_no_access_date(tmp_path, citation):
    source = _source(tmp_path, citation)
    expected = ["2014-06-03"] if "Accessed" in citation else []
    assert source["accessed"] == expected
    assert source["publisher"] in (["Le Monde Afrique"], ["Chad Daily"])
