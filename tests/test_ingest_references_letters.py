"""Authors whose names carry letters outside English's alphabet (thirteenth round, issue #12):
"Núñez", "Ødegård", "Çelik" opened no inverted name, so a Chicago book by them took the
author for its title, its title for a sentence after it and its publisher for nothing, and a
Chicago author-date entry took "Name. 2020" for an author. Each style in three citations of
our own, with a title that opens with such a letter beside them (no author may come of it)."""

from __future__ import annotations

import pytest

from tests.test_ingest_references_styles import PER, _read


@pytest.mark.parametrize(("reference", "title", "authors", "publishers"), [
    # Chicago's book: "Surname, Given. Title. City: Publisher, Year."
    ("Núñez, Lucía. Los años del plomo: memoria de una guerra. Madrid: Alianza, 2004.",
     "Los años del plomo: memoria de una guerra", [("Lucía Núñez", PER)], ["Alianza"]),
    ("Ødegård, Knut. Nordic Fronts and Their Ends. Oslo: Cappelen, 1999.",
     "Nordic Fronts and Their Ends", [("Knut Ødegård", PER)], ["Cappelen"]),
    ("Çelik, Ayşe and Jörg Müller. The Long March East. Berlin: Dietz, 2010.",
     "The Long March East", [("Ayşe Çelik", PER), ("Jörg Müller", PER)], ["Dietz"]),
    # two surnames, the second with an accent, and a quoted phrase inside the title
    ("Rojas Peña, Andrés. El caso “Lago Rojo” y sus secuelas. Lima: Andes Press, 2015.",
     "El caso “Lago Rojo” y sus secuelas", [("Andrés Rojas Peña", PER)], ["Andes Press"]),
])
def test_a_book_by_an_author_with_accented_letters_is_read_as_a_book(
        tmp_path, reference, title, authors, publishers):
    read = _read(tmp_path, reference)
    assert read["title"] == [title]
    assert sorted(read["authors"]) == sorted(authors)
    assert read["publisher"] == publishers


@pytest.mark.parametrize(("reference", "title", "authors"), [
    # Chicago's author-date: the year a sentence of its own
    ("Ødegård, Knut, and Lena Park. 2019. “The Lake Front.” Journal of Lakes 3 (2).",
     "The Lake Front.", [("Knut Ødegård", PER), ("Lena Park", PER)]),
    ("Éluard, Marie. 2016. “Cells of the South.” Sahel Review 9 (1).",
     "Cells of the South.", [("Marie Éluard", PER)]),
    ("Świątek, Ola, and Tomás Ibáñez. 2021. “Border Raids.” Andean Politics 2 (4).",
     "Border Raids.", [("Ola Świątek", PER), ("Tomás Ibáñez", PER)]),
])
def test_an_author_date_entry_by_authors_with_accented_letters_keeps_the_year_apart(
        tmp_path, reference, title, authors):
    read = _read(tmp_path, reference)
    assert read["title"] == [title]
    assert sorted(read["authors"]) == sorted(authors)


@pytest.mark.parametrize(("reference", "title"), [
    # a title that opens with an accented capital: no author comes of it
    ("Años de plomo en el sur. Madrid: Alianza, 2004.", "Años de plomo en el sur"),
    ("Örebro, the Lake and the Fronts. Oslo: Cappelen, 1999.",
     "Örebro, the Lake and the Fronts"),
])
def test_a_title_opening_with_an_accented_letter_gives_no_author(tmp_path, reference, title):
    read = _read(tmp_path, reference)
    assert read["title"] == [title]
    assert read["authors"] == []
