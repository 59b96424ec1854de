"""A reference's author list is split into its persons, whatever the separators."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest import ingest_profile
from kg.namespaces import KG


def _ingested(tmp_path: Path, reference: str) -> Dataset:
    """A small profile whose one reference is `reference`, ingested."""
    text = (
        "Terrorism Profiles\n\nSahel Front (SAF)\n\nAlternative Names:\n\nFront du Sahel\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        "The group emerged in 2009.\n\nMajor Attacks:\n\n"
        "June 2010: The group attacked a barracks. (3 killed)\n\n"
        f"View References:\n\n1. {reference}\n"
    )
    return ingest_profile(tmp_path / "saf.txt", text=text, existing=Dataset()).dataset


def _authors(tmp_path: Path, reference: str) -> list[str]:
    graph = _ingested(tmp_path, reference)
    names = []
    for _, _, creator in graph.triples((None, DCTERMS.creator, None)):
        names += [str(n) for n in graph.objects(creator, SKOS.prefLabel)]
    return sorted(names)


@pytest.mark.parametrize(
    ("reference", "authors"),
    [
        ("Zenn, Jacob, Atta Barkindo and Nicholas A. Heras. “The Ideological Evolution of Boko "
         "Haram in Nigeria.” The RUSI Journal. Last modified 2013. Accessed June 14, 2021.",
         ["Atta Barkindo", "Jacob Zenn", "Nicholas A. Heras"]),
        ("Smith, Anna, Peter Jones, and Maria Lopez. “Sahel Groups.” Sahel Review. Accessed June "
         "14, 2021.", ["Anna Smith", "Maria Lopez", "Peter Jones"]),
        ("Minder, Raphael and Palko Karasz. “ETA Disbands.” The New York Times. Accessed May 30, "
         "2018.", ["Palko Karasz", "Raphael Minder"]),
        ("Filiu, Jean-Pierre. “Al-Qaeda in the Islamic Maghreb.” Carnegie. Accessed May 30, 2018.",
         ["Jean-Pierre Filiu"]),
    ],
)
def test_a_list_of_authors_is_split_into_persons(tmp_path, reference, authors):
    assert _authors(tmp_path, reference) == authors


def _source(tmp_path: Path, reference: str) -> dict[str, list[str]]:
    """The one source's title, authors, publisher and year of issue, as stated."""
    graph = _ingested(tmp_path, reference)
    label = lambda node: sorted(str(n) for n in graph.objects(node, SKOS.prefLabel))  # noqa: E731
    found: dict[str, list[str]] = {"title": [], "authors": [], "publisher": [], "issued": []}
    for source in graph.subjects(RDF.type, KG.Source):
        found["title"] += [str(title) for title in graph.objects(source, DCTERMS.title)]
        for creator in graph.objects(source, DCTERMS.creator):
            found["authors"] += label(creator)
        for publisher in graph.objects(source, DCTERMS.publisher):
            found["publisher"] += label(publisher)
        found["issued"] += [str(year) for year in graph.objects(source, DCTERMS.issued)]
    return {key: sorted(values) for key, values in found.items()}


BOOKS = [
    # (reference, title, authors, publisher, year): a book as Chicago's bibliography writes it
    (
        "Hyde, Anna M. The Long War: Insurgency in the Hills. London: Hurst, 2012.",
        "The Long War: Insurgency in the Hills",
        ["Anna M Hyde"],
        "Hurst",
        "2012",
    ),
    (
        "Okafor, Chidi, and Ruth Baines. Guns and Grain. Oxford: Oxford University Press, 2009.",
        "Guns and Grain",
        ["Chidi Okafor", "Ruth Baines"],
        "Oxford University Press",
        "2009",
    ),
    (
        "Tanaka, K. J. Red Flags over the Harbour. Tokyo: Kodansha, 1990.",
        "Red Flags over the Harbour",
        ["K. J Tanaka"],
        "Kodansha",
        "1990",
    ),
    (
        "de Vries, Jan. Ports of Call. Amsterdam: Boom, 1999.",
        "Ports of Call",
        ["Jan de Vries"],
        "Boom",
        "1999",
    ),
    (
        "Al-Amin, Hasan. Between Two Rivers. Beirut: Dar al-Saqi, 2004.",
        "Between Two Rivers",
        ["Hasan Al-Amin"],
        "Dar al-Saqi",
        "2004",
    ),
    (
        "Jones, Seth G., Andrew Liepman, and Nathan Chandler. Counterterrorism in Somalia. Santa "
        "Monica, CA: RAND Corporation, 2016.",
        "Counterterrorism in Somalia",
        ["Andrew Liepman", "Nathan Chandler", "Seth G Jones"],
        "RAND Corporation",
        "2016",
    ),
]


@pytest.mark.parametrize(("reference", "title", "authors", "publisher", "year"), BOOKS)
def test_a_book_without_quotes_has_its_title_authors_publisher_and_year(
    tmp_path, reference, title, authors, publisher, year
):
    found = _source(tmp_path, reference)
    assert found["title"] == [title]
    assert [a.replace(".", "") for a in found["authors"]] == sorted(
        a.replace(".", "") for a in authors
    )
    assert found["publisher"] == [publisher] and found["issued"] == [year]


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        # an organisation first, or a title alone: the first sentence is the title, as before
        (
            "Country Reports on Terrorism 2015. U.S. Department of State. Accessed June 2, 2016.",
            "Country Reports on Terrorism 2015",
        ),
        (
            "Mapping Militant Organizations, Stanford University. Sahel Front. Accessed June 2, "
            "2016.",
            "Mapping Militant Organizations, Stanford University",
        ),
        # a quoted title is read from its quotes whatever precedes it
        (
            "Brandt, Lukas. “Cells and Couriers.” Berlin Review. Accessed June 2, 2016.",
            "Cells and Couriers.",
        ),
    ],
)
def test_what_is_not_a_book_is_read_as_before(tmp_path, reference, title):
    assert [t.rstrip(".") for t in _source(tmp_path, reference)["title"]] == [title.rstrip(".")]


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        # a numbered report: "No." and its number are one designation, never a publisher "137",
        # and the series it numbers is no publisher either (the citation keeps it verbatim)
        ("Sahel Watch. “Arms along the River.” Africa Briefing No. 212. Accessed May 3, 2015.",
         "Arms along the River."),
        ("Delta Institute. “The Coastal Cells.” Occasional Paper no. 9. Last modified June 2, "
         "2011. Accessed July 1, 2014.", "The Coastal Cells."),
        ("Lake Forum. “Boats and Guns.” Policy Report N°31. Accessed May 3, 2015.",
         "Boats and Guns."),
    ],
)
def test_a_numbered_report_is_a_series_never_a_publisher(tmp_path, reference, title):
    found = _source(tmp_path, reference)
    assert found["title"] == [title]
    assert found["publisher"] == []


def test_a_journal_keeps_its_name_without_its_volume(tmp_path):
    found = _source(tmp_path, "Marsh, Ellen. “Ports and Smugglers.” Review of Maritime Crime, "
                              "Vol. 7. Accessed March 9, 2018.")
    assert found["title"] == ["Ports and Smugglers."]
    assert found["publisher"] == ["Review of Maritime Crime"]
