"""Dates as writers outside the collection write them: ISO days and ranges, ordinals, dotted
day-first dates, slashed dates whose order only the profile tells, ranges across months. Each
form in several wordings; an ambiguous day is kept as 'one of' both, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import ingest_profile
from kg.ingest.dates import DateError, find_dates, numeric_date_order, parse_date
from kg.load import load
from kg.namespaces import KG
from tests.hermetic import DATA

FORMS = {
    "an ISO day": [
        ("2011-09-14", "2011-09-14"),
        ("1999-01-02", "1999-01-02"),
    ],
    "an ISO range": [
        ("2004-05-01 to 2004-05-03", "2004-05-01/2004-05-03"),
        ("2016-11-30 – 2016-12-02", "2016-11-30/2016-12-02"),
        ("1987-06-10 through 1987-06-14", "1987-06-10/1987-06-14"),
        ("1990-03-01 - 1990-03-05", "1990-03-01/1990-03-05"),
        ("From 2004-05-01 to 2004-06-01", "2004-05-01/2004-06-01"),
    ],
    "a dotted day-first date": [
        ("30.07.2004", "2004-07-30"),
        ("1.2.1999", "1999-02-01"),
        ("09.11.2013", "2013-11-09"),
    ],
    "a slashed date read the only way it can be": [
        ("25/03/2012", "2012-03-25"),
        ("03/25/2012", "2012-03-25"),
        ("31/12/1999", "1999-12-31"),
        ("12/31/1999", "1999-12-31"),
    ],
    "an ordinal day": [
        ("the 21st of May 2007", "2007-05-21"),
        ("21st May 2007", "2007-05-21"),
        ("May 21st, 2007", "2007-05-21"),
        ("3rd of March, 1985", "1985-03-03"),
        ("March the 3rd, 1985", "1985-03-03"),
        ("2nd Sept. 1970", "1970-09-02"),
    ],
    "two days of one month": [
        ("20th–21st May 2007", "2007-05-20/2007-05-21"),
        ("the 20th to the 21st of May 2007", "2007-05-20/2007-05-21"),
        ("4-6 June 1982", "1982-06-04/1982-06-06"),
        ("June 4 to 6, 1982", "1982-06-04/1982-06-06"),
        ("11 and 12 October 2001", "2001-10-11/2001-10-12"),
    ],
    "a range across months or years, the year written once": [
        ("30 April – 2 May 2007", "2007-04-30/2007-05-02"),
        ("April 30 to May 2, 2007", "2007-04-30/2007-05-02"),
        ("28th of February until 3rd of March 1996", "1996-02-28/1996-03-03"),
        ("December 30 to January 2, 2008", "2007-12-30/2008-01-02"),
        ("31 December – 1 January 2000", "1999-12-31/2000-01-01"),
    ],
    "two numeric dates joined": [
        ("30.07.2004 – 01.08.2004", "2004-07-30/2004-08-01"),
        ("25/12/2010 to 27/12/2010", "2010-12-25/2010-12-27"),
    ],
}
CASES = [(kind, text, edtf) for kind, cases in FORMS.items() for text, edtf in cases]


@pytest.mark.parametrize(("kind", "text", "edtf"), CASES)
def test_each_written_form_reads_as_its_date(kind, text, edtf):
    assert parse_date(text).edtf == edtf


@pytest.mark.parametrize(
    ("text", "order", "edtf"),
    [
        ("03/04/2012", "dmy", "2012-04-03"),
        ("03/04/2012", "mdy", "2012-03-04"),
        ("11/10/1995", "dmy", "1995-10-11"),
        ("11/10/1995", "mdy", "1995-11-10"),
    ],
)
def test_a_slashed_date_follows_the_order_the_profile_uses(text, order, edtf):
    assert parse_date(text, order).edtf == edtf


@pytest.mark.parametrize("text", ["03/04/2012", "11/10/1995", "1/2/2003"])
def test_a_slashed_date_nothing_orders_is_one_of_two_days(text):
    parsed = parse_date(text)
    assert parsed.precision == "range" and parsed.edtf.startswith("[")
    assert parsed.literal is None  # no xsd:date is stated for a day not known
    assert (parsed.latest - parsed.earliest).days > 0


def test_the_same_number_twice_is_one_day_whatever_the_order():
    assert parse_date("05/05/2010").edtf == "2010-05-05"


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        (["25/03/2012: a", "03/04/2012: b"], "dmy"),
        (["03/25/2012: a", "03/04/2012: b"], "mdy"),
        (["03/04/2012: a", "05/06/2013: b"], None),
        (["25/03/2012: a", "03/25/2012: b"], None),  # contradictory: nothing is told
        (["30.07.2004: a", "03/04/2012: b"], None),  # dots say nothing of slashes
    ],
)
def test_the_profile_s_order_is_told_only_by_dates_read_one_way(texts, order):
    assert numeric_date_order(texts) == order


@pytest.mark.parametrize("text", ["31/02/2012", "13/13/2012", "31.04.2001", "2011-02-30"])
def test_a_numeric_date_that_denotes_no_day_is_refused(text):
    with pytest.raises(DateError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "edtfs"),
    [
        ("1.5 million people fled in 2004.", ["2004"]),
        ("Version 3.10.2 of the manual appeared in 2009.", ["2009"]),
        ("The cell met on 3.4.2005.", ["2005-04-03"]),
        ("Between 2 and 3 May 2007 it shelled the town.", ["2007-05-02/2007-05-03"]),
    ],
)
def test_dates_inside_sentences_are_found_and_nothing_else(text, edtfs):
    assert [found.edtf for _, _, found in find_dates(text)] == edtfs


def _profile(dates: list[str]) -> str:
    entries = "\n\n".join(
        f"{d}:\u00a0Gunmen of the front attacked a convoy. (3 killed)" for d in dates
    )
    return (
        "Terrorism Profiles\n\nDatewise Front (DWF)\n\nAlternative Names:\n\nFront Datewise\n\n"
        "Areas of Operation:\n\nKenya\n\nAli Rahman has led the group since 2001.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nExtortion.\n\n"
        f"The group emerged in 2001.\n\nMajor Attacks:\n\n{entries}\n"
    )


@pytest.fixture(scope="module")
def places():
    return load([DATA / "places.ttl"], with_ontology=False).dataset


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["25/03/2012", "03/04/2012"], {"2012-03-25", "2012-04-03"}),
        (["03/25/2012", "03/04/2012"], {"2012-03-25", "2012-03-04"}),
        (["03/04/2012", "05/06/2013"], {"[2012-03-04,2012-04-03]", "[2013-05-06,2013-06-05]"}),
        (["2004-05-01 to 2004-05-03", "30.07.2004"], {"2004-05-01/2004-05-03", "2004-07-30"}),
    ],
)
def test_every_entry_is_kept_with_the_date_its_profile_gives(
    dates, expected, places, tmp_path: Path
):
    ingested = ingest_profile(tmp_path / "dwf.txt", text=_profile(dates), existing=places)
    found = {str(o) for _, _, o, _ in ingested.dataset.quads((None, KG.edtf, None, None))}
    assert expected <= found
    assert not [p for p in ingested.problems if "entry skipped" in p.message]


def test_the_review_says_when_a_day_could_not_be_told(places, tmp_path: Path):
    ingested = ingest_profile(
        tmp_path / "dwf.txt", text=_profile(["03/04/2012", "05/06/2013"]), existing=places
    )
    notes = [p.message for p in ingested.problems if "day/month or month/day" in p.message]
    assert len(notes) == 2 and "[2012-03-04,2012-04-03]" in notes[0]
