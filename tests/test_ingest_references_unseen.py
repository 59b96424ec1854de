"""Citation styles of an unseen writer, eleventh round (`kg.ingest.citations`,
`kg.ingest.sections`): a list of references behind bullets, an encyclopaedia's caret and its
full date in brackets after the author, Chicago's author-date bibliography (the year as a
sentence of its own) and a Commonwealth court's neutral citation. Each shape in three or more
citations written for this file (other names, places, dates and orders), each asserting the
exact title, authors, publisher and date stated."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest import ingest_profile
from kg.ingest.citations import author_date, court_case
from kg.namespaces import KG


def _profile(references: str) -> str:
    return (
        "Terrorism Profiles\n\nLake Front (LKF)\n\nAlternative Names:\n\nFront du Lac\n\n"
        "The Lake: Chad.\n\nAmadou Sy has led the group since 2011.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nSmuggling.\n\n"
        "The group emerged in 2011.\n\nMajor Attacks:\n\n"
        "May 2012: The group attacked a ferry. (4 killed)\n\n"
        f"View References:\n\n{references}\n"
    )


def _sources(tmp_path: Path, references: str) -> list[dict[str, object]]:
    """Every source as stated, in the order of its number: title, authors, publishers, issued."""
    graph = ingest_profile(tmp_path / "lkf.txt", text=_profile(references),
                           existing=Dataset()).dataset

    def labels(source: URIRef, prop: URIRef) -> list[str]:
        return sorted(str(label) for node in graph.objects(source, prop)
                      for label in graph.objects(node, SKOS.prefLabel))

    sources = sorted(
        (int(n), s) for s in graph.subjects(RDF.type, KG.Source)
        for n in graph.objects(s, KG.referenceNumber)
    )
    return [{
        "title": [str(t) for t in graph.objects(s, DCTERMS.title)],
        "authors": labels(s, DCTERMS.creator),
        "publisher": labels(s, DCTERMS.publisher),
        "issued": sorted(str(d) for d in graph.objects(s, DCTERMS.issued)),
    } for _, s in sources]


def test_a_list_behind_bullets_is_one_reference_per_bullet(tmp_path):
    sources = _sources(tmp_path, (
        "- Okafor, Ruth. \"The Lake Front at Ten.\" Sahel Review. Lagos Institute. May 4, 2019.\n"
        "• \"Ferry attack kills four on Lake Chad.\" Radio Kanem. May 12, 2012.\n"
        "* \"Lake Front names a new emir.\" Chad Daily. June 3, 2014."
    ))
    assert [s["title"] for s in sources] == [
        ["The Lake Front at Ten."], ["Ferry attack kills four on Lake Chad."],
        ["Lake Front names a new emir."]]
    assert sources[0]["authors"] == ["Ruth Okafor"]
    assert [s["publisher"] for s in sources] == [["Lagos Institute"], ["Radio Kanem"],
                                                 ["Chad Daily"]]


@pytest.mark.parametrize(("line", "title", "authors", "publisher"), [
    # the caret alone, before a citation that has no author
    ("1. ^ “The Lake Front’s ferry war”. Radio Kanem (12 May 2012). Retrieved 3 June 2014.",
     "The Lake Front’s ferry war", [], ["Radio Kanem"]),
    # the caret with the letters of several back-links
    ("2. ^ a b “Lake Front names a new emir”. Chad Daily. Retrieved 3 June 2014.",
     "Lake Front names a new emir", [], ["Chad Daily"]),
    # the caret before an author in natural order
    ("3. ^ Okafor, Ruth (4 May 2019). “The Lake Front at Ten”. Sahel Review. Lagos Institute.",
     "The Lake Front at Ten", ["Ruth Okafor"], ["Lagos Institute"]),
])
def test_an_encyclopaedia_s_caret_is_a_mark_never_an_author(tmp_path, line, title, authors,
                                                            publisher):
    (source,) = _sources(tmp_path, line)
    assert source["title"] == [title]
    assert source["authors"] == authors
    assert source["publisher"] == publisher


@pytest.mark.parametrize(("text", "authors", "date"), [
    ("Sahel Watch (14 February 2016). “Title”. Report No. 9.", "Sahel Watch", "14 February 2016"),
    ("Okafor, Ruth (May 4, 2019). “Title”. Lagos Institute.", "Okafor, Ruth", "May 4, 2019"),
    ("Lake Chad Monitor (June 2013). “Title”. Retrieved 2 July 2014.", "Lake Chad Monitor",
     "June 2013"),
])
def test_an_author_with_a_full_date_in_brackets_is_the_author_and_the_date_of_issue(
    text, authors, date
):
    dated = author_date(text)
    assert dated is not None
    assert (dated.authors, dated.date) == (authors, date)


@pytest.mark.parametrize(("line", "title", "authors", "publisher", "issued"), [
    ("1. Okafor, Ruth. 2019. “The Lake Front at Ten.” Sahel Review 4 (2). Lagos Institute.",
     "The Lake Front at Ten.", ["Ruth Okafor"], ["Lagos Institute"], ["2019"]),
    ("1. Haddad, Omar, and Lena Park. 2008. Ferries and Fighters: War on the Lake. "
     "Ndjamena: Kanem Press.", "Ferries and Fighters: War on the Lake",
     ["Lena Park", "Omar Haddad"], ["Kanem Press"], ["2008"]),
    ("1. Interpol. 2014. “Lake Chad Basin Threat Assessment.” Lyon: Interpol.",
     "Lake Chad Basin Threat Assessment.", ["Interpol"], ["Interpol"], ["2014"]),
])
def test_a_year_written_as_a_sentence_after_the_authors_is_the_date_of_issue(
    tmp_path, line, title, authors, publisher, issued
):
    (source,) = _sources(tmp_path, line)
    assert source["title"] == [title]
    assert source["authors"] == authors
    assert source["publisher"] == publisher
    assert source["issued"] == issued


@pytest.mark.parametrize("text", [
    "The Long War on the Lake. 2015. Hurst.",   # a title, then a year: no author block
    "Ferries and Fighters. 2008. “A chapter.” Kanem Press.",
    "Sahel Review special issue. 2019. Lagos Institute.",
])
def test_a_title_followed_by_a_year_is_no_author(text):
    assert author_date(text) is None


# a case's title is its name alone; the neutral citation after it locates the decision (the
# key convention the lead settled in the fourteenth round, as for a US reporter)
@pytest.mark.parametrize(("text", "title"), [
    ("R. v. Haddad and Sy, 2009 ONSC 1412. Ontario Superior Court of Justice. May 3, 2009.",
     "R. v. Haddad and Sy"),
    ("Okafor v. Attorney General, 2015 UKSC 22. Supreme Court of the United Kingdom.",
     "Okafor v. Attorney General"),
    ("R v Park, 2011 EWCA Crim 905. Court of Appeal.", "R v Park"),
])
def test_a_neutral_citation_locates_the_case_whose_name_is_the_title(text, title):
    case = court_case(text)
    assert case is not None and case.title == title


def test_a_neutral_citation_s_court_named_on_its_own_is_the_publisher(tmp_path):
    (source,) = _sources(tmp_path, "1. R. v. Haddad and Sy, 2009 ONSC 1412. Ontario Superior "
                                   "Court of Justice. May 3, 2009.")
    assert source["title"] == ["R. v. Haddad and Sy"]
    assert source["publisher"] == ["Ontario Superior Court of Justice"]
    assert source["issued"] == ["2009-05-03"]


@pytest.mark.parametrize(("table", "expected"), [
    ("No. | Author | Title | Publisher | Year | Accessed\n"
     "1 | Okafor, Ruth | The Lake Front at Ten | Lagos Institute | 2019 | May 4, 2020\n"
     "2 | — | Lake Chad Basin Threat Assessment | Interpol, Lyon Office | 2014 | —",
     [(["The Lake Front at Ten"], ["Ruth Okafor"], ["Lagos Institute"], ["2019"]),
      (["Lake Chad Basin Threat Assessment"], [], ["Interpol, Lyon Office"], ["2014"])]),
    ("| # | Title | Authors | Source | Date |\n|---|---|---|---|---|\n"
     "| 1 | Ferries and Fighters | Haddad, Omar | Kanem Press | 2008 |",
     [(["Ferries and Fighters"], ["Omar Haddad"], ["Kanem Press"], ["2008"])]),
    ("Ref. | Title | Published by | Date\n"
     "1 | Lake Front names a new emir | Chad Daily | June 3, 2014\n"
     "2 | Ferry attack kills four | Radio Kanem | May 12, 2012",
     [(["Lake Front names a new emir"], [], ["Chad Daily"], ["2014-06-03"]),
      (["Ferry attack kills four"], [], ["Radio Kanem"], ["2012-05-12"])]),
])
def test_a_table_of_references_is_read_cell_by_cell_by_its_column_titles(tmp_path, table,
                                                                          expected):
    sources = _sources(tmp_path, table)
    assert [(s["title"], s["authors"], s["publisher"], s["issued"]) for s in sources] == expected
