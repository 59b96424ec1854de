"""Citation styles a writer nobody tuned on used (twelfth round, issue #12), each in three or
more citations written for this file, other names, bodies, journals and dates than any
profile's: a journal's volume (issue): pages after an author-date year, a document number
written with a slash after its series' words, a body's numbered document with no quotes (a
court's judgment, a parliament's paper), a book whose unquoted title holds a quoted phrase, and
a day's ordinal full stop ("vom 3. Mai 2016") that ends no segment."""

from __future__ import annotations

import pytest

from kg.ingest.citations import SEGMENT, read_tail
from tests.test_ingest_references_styles import ORG, PER, _read

# ------------------------------------------------------------ the elements after the title


@pytest.mark.parametrize(("tail", "journal"), [
    ("Lake Studies Quarterly 14 (2): 201–230.", "Lake Studies Quarterly"),
    ("Journal of Sahel Affairs 7 (4): 55–81.", "Journal of Sahel Affairs"),
    ("Andean Politics 21(3), 12–40.", "Andean Politics"),
])
def test_a_journal_s_volume_issue_and_pages_leave_the_journal_as_publisher(tail, journal):
    assert read_tail(tail).publishers == [journal]


@pytest.mark.parametrize("tail", [
    "Drucksache 19/20765. June 3, 2020. Accessed May 2, 2021.",
    "Command Paper 2019/47. Accessed May 2, 2021.",
    "Sessional Paper 12/2011. March 2011.",
])
def test_a_document_number_with_a_slash_and_its_series_is_no_publisher(tail):
    found = read_tail(tail)
    assert found.publishers == [] and any("document number" in n for n in found.notes)


@pytest.mark.parametrize(("text", "segments"), [
    ("Beschluss vom 3. Mai 2016, Az. 2 BvR 1/15. Accessed May 2, 2021.",
     ["Beschluss vom 3. Mai 2016, Az. 2 BvR 1/15", "Accessed May 2, 2021."]),
    ("Dom den 14. mars 2019, Nr. 4. Accessed", ["Dom den 14. mars 2019, Nr. 4", "Accessed"]),
    ("Bericht, 1. Juni 2012. Accessed", ["Bericht, 1. Juni 2012", "Accessed"]),
    # an English sentence ending with a number is still a segment of its own
    ("Lake Studies 11. May 2015. Accessed", ["Lake Studies 11", "May 2015", "Accessed"]),
])
def test_a_day_s_ordinal_full_stop_ends_no_segment(text, segments):
    assert SEGMENT.split(text) == segments


# ------------------------------------------------------------ whole citations


@pytest.mark.parametrize(("reference", "title", "authors", "publishers"), [
    # a body's numbered document: the body writes it, the document is the title
    ("Landgericht Köln. Urteil vom 4. März 2015, Az. 13 KLs 2/14. Accessed May 2, 2016.",
     "Urteil vom 4. März 2015, Az. 13 KLs 2/14", [("Landgericht Köln", ORG)], []),
    ("High Court of Lagos. Judgment of 9 June 2014, Suit 31/2013. Accessed May 2, 2016.",
     "Judgment of 9 June 2014, Suit 31/2013", [("High Court of Lagos", ORG)], []),
    ("Cour d'Appel de Niamey. Arrêt du 2 mai 2017, No. 44/2017.",
     "Arrêt du 2 mai 2017, No. 44/2017", [("Cour d'Appel de Niamey", ORG)], []),
    # a book whose unquoted title holds a quoted phrase
    ("Mensah, Kofi. The “Lake Front” and the Fishermen of Chad. Accra: Harbour Press, 2016.",
     "The “Lake Front” and the Fishermen of Chad", [("Kofi Mensah", PER)], ["Harbour Press"]),
    ("Ruiz, Ana. Militias After the “Coca Peace”: Andean Cases. Lima: Editorial Sur, 2019.",
     "Militias After the “Coca Peace”: Andean Cases", [("Ana Ruiz", PER)], ["Editorial Sur"]),
    ("Holt, Anna and Tom Hale. Why the “Red Column” Fell. London: Kestrel Books, 2012.",
     "Why the “Red Column” Fell", [("Anna Holt", PER), ("Tom Hale", PER)], ["Kestrel Books"]),
    # author-date with a journal's volume (issue): pages
    ("Sy, Amadou (2011). “Ferries and Militias.” Lake Studies Quarterly 14 (2): 201–230.",
     "Ferries and Militias.", [("Amadou Sy", PER)], ["Lake Studies Quarterly"]),
    ("Baines, Ruth (2004). “The Coast.” Journal of Sahel Affairs 7 (4): 55–81.",
     "The Coast.", [("Ruth Baines", PER)], ["Journal of Sahel Affairs"]),
])
def test_each_document_style_gives_its_title_authors_and_publisher(
    tmp_path, reference, title, authors, publishers
):
    found = _read(tmp_path, reference)
    assert found["title"] == [title]
    assert found["authors"] == sorted(authors)
    assert found["publisher"] == sorted(publishers)


@pytest.mark.parametrize("reference", [
    # the quotation opens the text after the author: it is the title, as before
    "Mensah, Kofi. “The Lake Front.” Harbour Press. Accessed May 2, 2016.",
    # a first sentence with no number after its date: nothing says it is a body's document
    "Lake Watch Annual. Report of 3 May 2014. Accessed May 2, 2016.",
    # a person's name, then a book: no docket number
    "Ruiz, Ana. Coca and Guns. Lima: Editorial Sur, 2019.",
])
def test_no_body_s_document_is_read_without_its_number(tmp_path, reference):
    found = _read(tmp_path, reference)
    assert not any(kind == ORG for _name, kind in found["authors"])
