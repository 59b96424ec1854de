"""A citation is read by its style's shape, whatever its words: each style below is tested in
three or more citations written for this file (other names, places, orders and dates), each
asserting the exact title, authors, publisher, series and date of issue stated."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest import ingest_profile
from kg.ingest.citations import in_english, is_date, read_tail
from kg.namespaces import KG, SCHEMA


def _ingested(tmp_path: Path, reference: str) -> Dataset:
    """A small profile whose one reference is `reference`, ingested."""
    text = (
        "Terrorism Profiles\n\nLake Front (LKF)\n\nAlternative Names:\n\nFront du Lac\n\n"
        "The Lake: Chad.\n\nAmadou Sy has led the group since 2011.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nSmuggling.\n\n"
        "The group emerged in 2011.\n\nMajor Attacks:\n\n"
        "May 2012: The group attacked a ferry. (4 killed)\n\n"
        f"View References:\n\n1. {reference}\n"
    )
    return ingest_profile(tmp_path / "lkf.txt", text=text, existing=Dataset()).dataset


def _kind(graph: Dataset, node: URIRef) -> str:
    types = set(graph.objects(node, RDF.type))
    return "person" if any(str(t).endswith("Person") for t in types) else "organisation"


def _read(tmp_path: Path, reference: str) -> dict[str, object]:
    """The one source as stated: title, authors (name, kind), publishers, series, issued,
    accessed, editors, translators."""
    graph = _ingested(tmp_path, reference)
    (source,) = [s for s in graph.subjects(RDF.type, KG.Source)
                 if (None, DCTERMS.references, s) in graph]

    def labels(prop: URIRef) -> list[str]:
        return sorted(str(label) for node in graph.objects(source, prop)
                      for label in graph.objects(node, SKOS.prefLabel))

    return {
        "title": [str(t) for t in graph.objects(source, DCTERMS.title)],
        "authors": sorted((str(label), _kind(graph, node))
                          for node in graph.objects(source, DCTERMS.creator)
                          for label in graph.objects(node, SKOS.prefLabel)),
        "publisher": labels(DCTERMS.publisher),
        "series": labels(SCHEMA.isPartOf),
        "issued": sorted(str(d) for d in graph.objects(source, DCTERMS.issued)),
        "accessed": sorted(str(d) for d in graph.objects(source, KG.accessed)),
        "editors": labels(SCHEMA.editor),
        "translators": labels(SCHEMA.translator),
        "creators": set(graph.objects(source, DCTERMS.creator)),
        "publishers": set(graph.objects(source, DCTERMS.publisher)),
    }


PER, ORG = "person", "organisation"

# (style, citation, title, authors, publishers, series, issued)
CASES = [
    # a note's own mark before the citation: "[n]" is neither author nor title
    ("note mark", "[2] Mensah, Kofi. “Boats at Night.” Lake Studies. Accessed May 1, 2019.",
     "Boats at Night.", [("Kofi Mensah", PER)], ["Lake Studies"], [], []),
    ("note mark", "[11] “Ferry Attack.” Chad Monitor Weekly. Accessed June 3, 2018.",
     "Ferry Attack.", [], ["Chad Monitor Weekly"], [], []),
    ("note mark", "[7] Ruiz, Elena M. The Southern Column. Lima: Andes Press, 2001.",
     "The Southern Column", [("Elena M Ruiz", PER)], ["Andes Press"], [], ["2001"]),
    # titles in guillemets and low-high quotes, as European notes write them
    ("guillemets", "Observatoire du Lac, «Les passeurs du lac», Note N°12, 4 mars 2019.",
     "Les passeurs du lac", [("Observatoire du Lac", ORG)], [], [], ["2019-03-04"]),
    ("guillemets", "« Le front oublié ». Institut Sahel, juin 2020. Accessed 2 July 2020.",
     "Le front oublié", [], ["Institut Sahel"], [], ["2020-06"]),
    ("guillemets", "„Die Zellen am See“. Landesamt für Sicherheit, März 2016.",
     "Die Zellen am See", [], ["Landesamt für Sicherheit"], [], ["2016-03"]),
    # comma-separated notes: series, then publisher; a unit and its body are one publisher
    ("comma style", "“Lake Front”, Armed Groups Atlas, Kano University. Accessed 3 May 2020.",
     "Lake Front", [], ["Kano University"], ["Armed Groups Atlas"], []),
    ("comma style", "“Listing of the Lake Front”, U.S. Department of State, Office of the "
     "Spokesperson, 2 May 2014. Accessed 3 May 2014.",
     "Listing of the Lake Front", [],
     ["U.S. Department of State, Office of the Spokesperson"], [], ["2014-05-02"]),
    ("comma style", "Lake Security Council, “Lake Front”, Sanctions Summary, LSC.014. Accessed "
     "4 May 2021.", "Lake Front", [("Lake Security Council", ORG)], [], [], []),
    # a date of issue after the publisher, after a comma or as its own sentence
    ("date of issue", "Okoro, Ada. “The Ferry War.” Lake Institute. March 2017. Accessed "
     "April 2, 2018.", "The Ferry War.", [("Ada Okoro", PER)], ["Lake Institute"], [], ["2017-03"]),
    ("date of issue", "“Ferry Attack Toll Rises.” Sahel Herald, 5 June 2012. Accessed June 9, "
     "2012.", "Ferry Attack Toll Rises.", [], ["Sahel Herald"], [], ["2012-06-05"]),
    ("date of issue", "“Smuggling Routes.” Coastal Review. October 3, 2015. Accessed October 9, "
     "2015.", "Smuggling Routes.", [], ["Coastal Review"], [], ["2015-10-03"]),
    # a numbered report: the series it numbers is kept in the citation, never a publisher
    ("numbered report", "Sahel Forum. “Guns and Fish.” Africa Paper No. 41, 2 June 2016. "
     "Accessed June 9, 2016.", "Guns and Fish.", [("Sahel Forum", ORG)], [], [], ["2016-06-02"]),
    ("numbered report", "“The Lake Cells.” Brief N°7. Accessed 9 June 2016.",
     "The Lake Cells.", [], [], [], []),
    ("numbered report", "Kane, Ibrahima. “Ransom Routes.” Working Paper no. 18. Lake Institute. "
     "Accessed June 9, 2016.", "Ransom Routes.", [("Ibrahima Kane", PER)], ["Lake Institute"], [],
     []),
    # a kind of document in lower case is no publisher
    ("genre", "Lake Ministry of Interior, “Ban on the Lake Front”, press release, 2 May 2013.",
     "Ban on the Lake Front", [("Lake Ministry of Interior", ORG)], [], [], ["2013-05-02"]),
    ("genre", "“Lake Front Leader Listed”, fact sheet, Treasury Office. Accessed 4 May 2014.",
     "Lake Front Leader Listed", [], ["Treasury Office"], [], []),
    ("genre", "Nwosu, Ike, “Fishermen Flee”, opinion, Delta Daily, 7 July 2015.",
     "Fishermen Flee", [("Ike Nwosu", PER)], ["Delta Daily"], [], ["2015-07-07"]),
    # a brand written in lower case with a capital inside is a name, not a genre
    ("lower-case brand", "Sari, Dewi. “Floods and Fighters.” kabarLake. Accessed May 3, 2019.",
     "Floods and Fighters.", [("Dewi Sari", PER)], ["kabarLake"], [], []),
    ("lower-case brand", "“The Island Front.” openHarbour, 4 June 2017.",
     "The Island Front.", [], ["openHarbour"], [], ["2017-06-04"]),
    ("lower-case brand", "“Curfew in the Delta”, eDelta Times, press release, 2 May 2016.",
     "Curfew in the Delta", [], ["eDelta Times"], [], ["2016-05-02"]),
    # an organisation's book or report, its title unquoted, then its imprint
    ("organisation book", "Lake Truth Commission. The Ferry Years. Ndjamena: State Press, 2010.",
     "The Ferry Years", [("Lake Truth Commission", ORG)], ["State Press"], [], ["2010"]),
    ("organisation book", "Sahel Research Group. Desert Ransoms. SRG-2018-2. Dakar: Sahel "
     "Research Group, 2018.", "Desert Ransoms", [("Sahel Research Group", ORG)],
     ["Sahel Research Group"], [], ["2018"]),
    ("organisation book", "Instituto de Estudios Andinos. Memoria del valle. Quito: Editorial "
     "Sur, 2012.", "Memoria del valle", [("Instituto de Estudios Andinos", ORG)], ["Editorial Sur"],
     [], ["2012"]),
    # APA: inverted names with initials, the year in brackets, the title unquoted
    ("APA", "Mensah, K. A., & Ruiz, E. (2016). Militias of the lake. Lake Press.",
     "Militias of the lake", [("E. Ruiz", PER), ("K. A. Mensah", PER)], ["Lake Press"], [],
     ["2016"]),
    ("APA", "Lake Policy Forum. (2019, June 4). Ransom on the water. Lake Policy Forum.",
     "Ransom on the water", [("Lake Policy Forum", ORG)], ["Lake Policy Forum"], [],
     ["2019-06-04"]),
    ("APA", "Okafor, N., Bello, S., & Tanko, U. (2020). “Boats and bullets.” Journal of Lake "
     "Security, 4(2), 11–29.", "Boats and bullets.",
     [("N. Okafor", PER), ("S. Bello", PER), ("U. Tanko", PER)], ["Journal of Lake Security"], [],
     ["2020"]),
    # Harvard: the same, no full stop after the bracketed year
    ("Harvard", "Diallo, Awa (2013) Fishing villages at war. Bamako: Niger Books.",
     "Fishing villages at war", [("Awa Diallo", PER)], ["Niger Books"], [], ["2013"]),
    ("Harvard", "Berg, T. (2007) The northern front. Oslo: Fjord Press.",
     "The northern front", [("T. Berg", PER)], ["Fjord Press"], [], ["2007"]),
    ("Harvard", "Costa, Rui (2019) Rivers of smoke. Lisbon: Tejo Editions.",
     "Rivers of smoke", [("Rui Costa", PER)], ["Tejo Editions"], [], ["2019"]),
    # MLA: a journal with its volume, issue and pages, which are not its name
    ("MLA", "Sato, Yuki. “Sects and Cells.” Pacific Security, vol. 12, no. 3, 2018, pp. 40–58.",
     "Sects and Cells.", [("Yuki Sato", PER)], ["Pacific Security"], [], ["2018"]),
    ("MLA", "Lund, Erik. “The Ferry Raids.” Nordic Conflict Review, vol. 5, 2011, pp. 3–19.",
     "The Ferry Raids.", [("Erik Lund", PER)], ["Nordic Conflict Review"], [], ["2011"]),
    ("MLA", "Adu, Kwame. “Harbour Gangs.” Gulf Studies, 9(1), 2014.",
     "Harbour Gangs.", [("Kwame Adu", PER)], ["Gulf Studies"], [], ["2014"]),
    # Chicago's journal article: the journal, then volume, issue, year in brackets and pages
    ("Chicago journal", "Mensah, Kofi. “Boats at Night.” Journal of Lake Studies 12, no. 3 "
     "(2015): 45–67.", "Boats at Night.", [("Kofi Mensah", PER)], ["Journal of Lake Studies"],
     [], ["2015"]),
    ("Chicago journal", "Ruiz, Ana. “The Coca Front.” Andean Review 4 (2011): 101–30.",
     "The Coca Front.", [("Ana Ruiz", PER)], ["Andean Review"], [], ["2011"]),
    ("Chicago journal", "Holt, Anna, and Tom Hale. “Cells.” Harbour Security 7, no. 2 (Spring "
     "2019): 3–19. Accessed May 2, 2020.", "Cells.", [("Anna Holt", PER), ("Tom Hale", PER)],
     ["Harbour Security"], [], ["2019"]),
    # newspapers: the paper, the day, a page
    ("newspaper", "“Gunmen Raid Fish Market.” The Lake Courier, April 3, 2017, p. A2.",
     "Gunmen Raid Fish Market.", [], ["The Lake Courier"], [], ["2017-04-03"]),
    ("newspaper", "Bello, Sani. “Ferry Sunk Near Island.” Daily Lake Times, 2 May 2012.",
     "Ferry Sunk Near Island.", [("Sani Bello", PER)], ["Daily Lake Times"], [], ["2012-05-02"]),
    ("newspaper", "“Curfew After Blasts.” Harbour Gazette, 12 January 2016, sec. 2.",
     "Curfew After Blasts.", [], ["Harbour Gazette"], [], ["2016-01-12"]),
    # court cases: the case's name is the title; the court is no publisher
    ("court case", "United States v. Okafor, No. 1:16-cr-00123 (S.D.N.Y. 2017).",
     "United States v. Okafor", [], [], [], ["2017"]),
    ("court case", "Republic v. Sy and Others, Case No. LK/44/2015 (Lake High Court 2016).",
     "Republic v. Sy and Others", [], [], [], ["2016"]),
    ("court case", "Mensah v. Minister of Interior, 2019 LKSC 12 (Supreme Court 2019).",
     "Mensah v. Minister of Interior", [], [], [], ["2019"]),
    # "et al.": only the authors named, never a person called "et al"
    ("et al.", "Sy, Amadou, et al. “Networks on the Water.” Lake Review. Accessed May 4, 2019.",
     "Networks on the Water.", [("Amadou Sy", PER)], ["Lake Review"], [], []),
    ("et al.", "Moreau, Lea, Tom Hale, et al. “Island Cells.” Sea Monitor. Accessed June 1, 2020.",
     "Island Cells.", [("Lea Moreau", PER), ("Tom Hale", PER)], ["Sea Monitor"], [], []),
    ("et al.", "Ortiz, Juan et al. “Coca and Guns.” Andes Review. Accessed July 2, 2018.",
     "Coca and Guns.", [("Juan Ortiz", PER)], ["Andes Review"], [], []),
    # several publishers: two imprints
    ("several publishers", "Holt, Anna. Lake Wars. London: Hurst; New York: Columbia "
     "University Press, 2015.", "Lake Wars", [("Anna Holt", PER)],
     ["Columbia University Press", "Hurst"], [], ["2015"]),
    ("several publishers", "Lim, Wei. Harbour Cells. Singapore: ISEAS; Canberra: ANU Press, "
     "2019.", "Harbour Cells", [("Wei Lim", PER)], ["ANU Press", "ISEAS"], [], ["2019"]),
    ("several publishers", "Roy, Mira. Forest Fronts. Delhi: Sage; Oxford: Hart, 2011.",
     "Forest Fronts", [("Mira Roy", PER)], ["Hart", "Sage"], [], ["2011"]),
]


@pytest.mark.parametrize(
    ("style", "reference", "title", "authors", "publishers", "series", "issued"), CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_each_style_gives_its_title_authors_publisher_and_date(
    tmp_path, style, reference, title, authors, publishers, series, issued
):
    found = _read(tmp_path, reference)
    assert found["title"] == [title]
    assert [(n.replace(".", ""), k) for n, k in found["authors"]] == sorted(
        (n.replace(".", ""), k) for n, k in authors
    )
    assert found["publisher"] == sorted(publishers)
    assert found["series"] == sorted(series)
    assert found["issued"] == issued


@pytest.mark.parametrize(
    "reference",
    [
        "Lake Watch. “Burned Villages.” Lake Watch. Accessed May 2, 2016.",
        "Amnesty Lake. “Detained.” New York: Amnesty Lake, March 2014.",
        "Sahel Monitor, “Ferry Toll”, Sahel Monitor, 4 April 2013.",
    ],
)
def test_an_author_that_is_also_the_publisher_is_one_organisation(tmp_path, reference):
    found = _read(tmp_path, reference)
    assert found["creators"] == found["publishers"] and len(found["creators"]) == 1
    assert all(kind == ORG for _name, kind in found["authors"])


@pytest.mark.parametrize(
    ("reference", "editors", "publishers"),
    [
        ("Sy, Amadou. “Militias and Ferries.” In Armed Lakes, edited by Ruth Baines, 45–67. "
         "Lagos: Lake Press, 2014.", ["Ruth Baines"], ["Lake Press"]),
        ("Ortiz, Juan. “The Coca Front.” In Andean Wars, edited by Ana Ruiz and Tom Hale, "
         "101–130. Lima: Sierra, 2011.", ["Ana Ruiz", "Tom Hale"], ["Sierra"]),
        ("Holt, Anna. “Cells.” In Urban Guerrillas, edited by Carl Moss, 12–30. London: Zed, "
         "2003.", ["Carl Moss"], ["Zed"]),
    ],
)
def test_a_chapter_names_its_editors_and_the_book_is_no_publisher(
    tmp_path, reference, editors, publishers
):
    found = _read(tmp_path, reference)
    assert found["editors"] == sorted(editors)
    assert found["publisher"] == publishers and found["series"] == []


@pytest.mark.parametrize(
    ("reference", "translators", "publishers"),
    [
        ("Rahimi, Farid. Mountain Fronts. Translated by Jane Cole. London: Saqi, 2010.",
         ["Jane Cole"], ["Saqi"]),
        ("“The Lake Letters.” Translated by Omar Said. Lake Review. Accessed May 4, 2012.",
         ["Omar Said"], ["Lake Review"]),
        ("Duarte, Inês. “A Frente Esquecida.” Translated by Paul Hart. Lusophone Studies. "
         "Accessed June 6, 2016.", ["Paul Hart"], ["Lusophone Studies"]),
    ],
)
def test_a_translator_is_neither_author_nor_series(tmp_path, reference, translators, publishers):
    found = _read(tmp_path, reference)
    assert found["translators"] == translators
    assert found["publisher"] == publishers and found["series"] == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/reports/lake-front.html",
        "http://news.example.net/2019/03/ferry",
        "https://archive.example.com/item/4471",
    ],
)
def test_a_reference_that_is_only_a_url_has_it_as_title_and_nothing_else(tmp_path, url):
    found = _read(tmp_path, url)
    assert found["title"] == [url]
    assert found["authors"] == [] and found["publisher"] == [] and found["series"] == []


@pytest.mark.parametrize(
    ("text", "english"),
    [("3 avril 2016", "3 April 2016"), ("4 de mayo de 2019", "4 May 2019"),
     ("März 2015", "March 2015"), ("2018, March 4", "March 4, 2018"), ("May 2016", "May 2016"),
     ("Spring 2019", "2019"), ("Winter 2008", "2008")],
)
def test_a_date_of_issue_in_another_language_or_apa_order_reads_in_english(text, english):
    assert in_english(text) == english and is_date(text)


@pytest.mark.parametrize("text", ["Narrative Summary", "QDe.088", "Policy Report No. 4", "Vol. 7"])
def test_a_name_or_a_number_is_no_date(text):
    assert not is_date(text)


def test_a_tail_says_what_it_set_aside():
    tail = read_tail(", Sanctions Summary, LSC.014, 4 May 2021. Accessed 5 May 2021",
                     comma_style=True)
    assert tail.publishers == [] and tail.issued == ["4 May 2021"]
    assert tail.accessed == "5 May 2021"
    assert any("LSC.014" in note for note in tail.notes)
    assert any("Sanctions Summary" in note for note in tail.notes)


def test_a_given_name_ed_is_no_editor_mark(tmp_path):
    found = _read(tmp_path, "Boyle, Ed. “Harbour Nights.” Lake Press. Accessed June 3, 2019.")
    assert found["authors"] == [("Ed Boyle", PER)] and found["editors"] == []


@pytest.mark.parametrize(
    ("reference", "title", "editors", "publishers"),
    [
        ("Park, Lena, ed. Armed Lakes. Lagos: Lake Press, 2014.", "Armed Lakes", ["Lena Park"],
         ["Lake Press"]),
        ("Ruiz, Ana, and Tom Hale, eds. Andean Wars. Lima: Sierra, 2011.", "Andean Wars",
         ["Ana Ruiz", "Tom Hale"], ["Sierra"]),
        ("Moss, C., & Udo, G. (Eds.). Urban Guerrillas. London: Zed, 2003.", "Urban Guerrillas",
         ["C. Moss", "G. Udo"], ["Zed"]),
    ],
)
def test_an_edited_volume_names_its_editors_and_no_author(
    tmp_path, reference, title, editors, publishers
):
    found = _read(tmp_path, reference)
    assert found["title"] == [title]
    assert found["authors"] == []
    assert [e.replace(".", "") for e in found["editors"]] == sorted(
        e.replace(".", "") for e in editors
    )
    assert found["publisher"] == publishers


@pytest.mark.parametrize(
    ("reference", "title", "publishers"),
    [
        ("Ruiz, Ana. “La guerra del lago [The Lake War].” Revista Andina. Accessed May 2, 2015.",
         "La guerra del lago [The Lake War].", ["Revista Andina"]),
        ("Sy, Amadou. Le front du fleuve [The River Front]. Dakar: Editions du Lac, 2009.",
         "Le front du fleuve [The River Front]", ["Editions du Lac"]),
        ("“Die Seefront [The Lake Front].” Nordkurier, 3 May 2011.",
         "Die Seefront [The Lake Front].", ["Nordkurier"]),
    ],
)
def test_a_translated_title_in_brackets_stays_part_of_the_title(
    tmp_path, reference, title, publishers
):
    found = _read(tmp_path, reference)
    assert found["title"] == [title]
    assert found["publisher"] == publishers


@pytest.mark.parametrize(
    ("reference", "authors"),
    [
        ("Santos, Rafael M. Jr. “Hill Fronts.” Lake Press. Accessed May 2, 2015.",
         [("Rafael M. Santos Jr", PER)]),
        ("Okafor, Chidi, Jr., and Ruth Baines. “Delta Cells.” Lake Press. Accessed May 2, 2015.",
         [("Chidi Okafor Jr", PER), ("Ruth Baines", PER)]),
        ("Hale, Thomas B. III. “River Raids.” Lake Press. Accessed May 2, 2015.",
         [("Thomas B. Hale III", PER)]),
    ],
)
def test_a_suffix_after_the_given_names_follows_the_surname(tmp_path, reference, authors):
    found = _read(tmp_path, reference)
    assert [(n.replace(".", ""), k) for n, k in found["authors"]] == sorted(
        (n.replace(".", ""), k) for n, k in authors
    )


@pytest.mark.parametrize(
    "author",
    ["Analytical Support and Sanctions Monitoring Team", "Peace and Security Monitoring Group",
     "Arms and Ammunition Watch"],
)
def test_an_and_inside_one_bodys_name_does_not_split_it(tmp_path, author):
    found = _read(tmp_path, f"{author}. “Lake Front Listing.” Lake Council. Accessed May 2, 2015.")
    assert found["authors"] == [(author, ORG)]


@pytest.mark.parametrize(
    ("reference", "accessed", "publishers"),
    [
        ("Park, L. J. (2016). Militias of the lake. Retrieved from https://www.example.org/lake",
         [], []),
        ("Lake Policy Forum. (2019). Ransom on the water. Retrieved March 4, 2020, from "
         "https://example.org/r", ["2020-03-04"], []),
        ("“Ferry Toll.” Lake Herald, May 2, 2016. Available at https://example.org/f", [],
         ["Lake Herald"]),
    ],
)
def test_retrieved_from_a_url_is_neither_a_date_nor_a_publisher(
    tmp_path, reference, accessed, publishers
):
    found = _read(tmp_path, reference)
    assert found["accessed"] == accessed and found["publisher"] == publishers


@pytest.mark.parametrize(
    ("reference", "authors", "publishers"),
    [
        ("Carlos de la Torre. “Andean Cells.” Revista Andina. Accessed May 2, 2015.",
         [("Carlos de la Torre", PER)], ["Revista Andina"]),
        ("“Ferry Toll.” France24, May 2, 2016.", [], ["France24"]),
        ("Maria dos Santos. “Delta Raids.” Channel4 News. Accessed June 3, 2016.",
         [("Maria dos Santos", PER)], ["Channel4 News"]),
    ],
)
def test_a_persons_particle_or_a_brands_digits_do_not_change_what_it_is(
    tmp_path, reference, authors, publishers
):
    found = _read(tmp_path, reference)
    assert found["authors"] == authors and found["publisher"] == publishers
