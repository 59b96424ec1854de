"""Designations as data (#16): who lists the group, on which list, since when, and any
delisting, read from the profile's own sentences (kg.ingest.designations)."""

from __future__ import annotations

import pytest
from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.ingest import ingest_profile
from kg.ingest.designations import authority_name, read_designations
from kg.namespaces import KG
from tests.hermetic import DATA

AQIM_TEXT = DATA / "profiles" / "aqim.txt"


def read(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (
            r.authority,
            r.list_name,
            r.date.edtf if r.date else None,
            r.delisted.edtf if r.delisted else None,
        )
        for r in read_designations(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. State Department designated the group as a Foreign Terrorist "
            "Organization in 2013.",
            ("United States Department of State", "Foreign Terrorist Organization", "2013"),
        ),
        (
            "In 2013, the United States designated Ansar al-Sharia a Foreign Terrorist "
            "Organization (FTO).",
            ("United States", "Foreign Terrorist Organization", "2013"),
        ),
        (
            "AQIM was designated a Foreign Terrorist Organization by the US Department of "
            "State on March 27, 2002.",
            ("United States Department of State", "Foreign Terrorist Organization", "2002-03-27"),
        ),
        (
            "The State Department designated it as a Foreign Terrorist Organisation in "
            "December 2016.",
            ("United States Department of State", "Foreign Terrorist Organisation", "2016-12"),
        ),
    ],
)
def test_a_foreign_terrorist_organization_designation_in_several_wordings(text, expected):
    assert read(text) == [(*expected, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was added to the UN Security Council's sanctions list in 2012.",
            ("United Nations Security Council", "sanctions list", "2012"),
        ),
        (
            "The group was sanctioned by the UN Security Council in 2012.",
            ("United Nations Security Council", "sanctions list", "2012"),
        ),
        (
            "In May 2014 the United Nations Security Council added the group to its "
            "Al-Qaida sanctions list.",
            ("United Nations Security Council", "Al-Qaida sanctions list", "2014-05"),
        ),
    ],
)
def test_a_un_sanctions_listing_in_several_wordings(text, expected):
    assert read(text) == [(*expected, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group was proscribed by the United Kingdom in 2001.",
            ("United Kingdom", "proscribed organisations", "2001", None),
        ),
        (
            "The British government proscribed the group in March 2001 and delisted it in 2018.",
            ("United Kingdom", "proscribed organisations", "2001-03", "2018"),
        ),
        (
            "The UK Home Office has proscribed the group since 2001.",
            ("United Kingdom", "proscribed organisations", "2001", None),
        ),
        (
            "Canada listed the group as a terrorist entity in 2008.",
            ("Canada", "terrorist entity", "2008", None),
        ),
    ],
)
def test_a_proscription_or_national_listing_in_several_wordings(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group was delisted in 2018.", (None, None, None, "2018")),
        (
            "The UN removed the group from its sanctions list in 2019.",
            ("United Nations", None, None, "2019"),
        ),
        (
            "In 2021 the State Department revoked its designation.",
            ("United States Department of State", None, None, "2021"),
        ),
    ],
)
def test_a_delisting_in_several_wordings(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He was designated emir in 2010.",
        "The group sanctioned attacks on civilians in 2012.",
        "AQIM leaders threaten to stage attacks in France regularly.",
        "France is placed above Spain in this list of enemies.",
        "The GSPC merged with Al Qaida in September 2006.",
    ],
)
def test_sentences_that_list_nobody_give_no_designation(text):
    assert read_designations(text) == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("the U.S. State Department", "United States Department of State"),
        ("Department of State", "United States Department of State"),
        ("the UN Security Council's", "United Nations Security Council"),
        ("Britain", "United Kingdom"),
        ("the Government of Mali", "Government of Mali"),
    ],
)
def test_an_authority_has_one_name_however_written(written, name):
    assert authority_name(written) == name


SAF = """Terrorism Profiles

Sahel Armed Front (SAF)

Alternative Names:

Front armé du Sahel


The Sahel: Mali, Niger.


Amadou Kone has led the group since 2010.


The group is divided into brigades.

Funding Sources:

The group raises money through kidnapping for ransom.


The Sahel Armed Front split from the Groupe Islamique Armeé in 2009. The U.S. State \
Department designated the group as a Foreign Terrorist Organization in 2013. It was added to \
the UN Security Council's sanctions list in 2014. The group was proscribed by the United \
Kingdom in 2015. The group was delisted in 2019.

Major Attacks:

March 2012: SAF conducted a bombing in Gao, Mali. (3 killed)

Profile Last Updated: 11/13/2015, 12:00 pm
"""


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Dataset:
    folder = tmp_path_factory.mktemp("saf")
    result = ingest_profile(folder / "saf.txt", text=SAF, existing=Dataset())
    assert result.ok, result.review()
    return result.dataset


def designations(dataset: Dataset) -> dict[URIRef, dict[URIRef, set]]:
    found: dict[URIRef, dict[URIRef, set]] = {}
    for node in set(dataset.subjects(RDF.type, KG.Designation)):
        values: dict[URIRef, set] = {}
        for _, p, o, _ in dataset.quads((node, None, None, None)):
            values.setdefault(p, set()).add(o)
        found[node] = values
    return found


def test_an_ingested_profile_states_each_designation_with_its_authority_list_and_date(ingested):
    found = designations(ingested)
    assert len(found) == 3
    by_list = {str(next(iter(v[KG.listName]))): v for v in found.values()}
    fto = by_list["Foreign Terrorist Organization"]
    assert fto[KG.date] == {Literal("2013", datatype=XSD.gYear)}
    (authority,) = fto[KG.designatedBy]
    assert (authority, RDF.type, KG.Organisation) in ingested
    assert "United States Department of State" in {
        str(o) for o in ingested.objects(authority, None) if isinstance(o, Literal)
    }
    assert by_list["sanctions list"][KG.edtf] == {Literal("2014")}
    # the delisting of the next sentence completes the designation named just before it
    assert by_list["proscribed organisations"][KG.delisted] == {Literal("2019", datatype=XSD.gYear)}
    assert all(KG.delisted not in v for k, v in by_list.items() if k != "proscribed organisations")


def test_each_designation_is_stated_in_the_section_that_says_it(ingested):
    for node in designations(ingested):
        graphs = {g for _, _, _, g in ingested.quads((node, KG.designatedOrganisation, None, None))}
        assert [str(g).rsplit("#", 1)[-1] for g in graphs] == ["history"]
        assert any(
            "designated" in str(v) or "added" in str(v) or "proscribed" in str(v)
            for v in ingested.objects(node, KG.verbatim)
        )


def test_the_aqim_profile_states_no_designation_so_none_is_made(tmp_path):
    # its references name Canada's and the UK's lists, but no sentence says who listed AQIM
    # when: nothing to record, nothing invented
    text = AQIM_TEXT.read_text(encoding="utf-8")
    result = ingest_profile(tmp_path / "aqim.txt", text=text, existing=Dataset())
    assert designations(result.dataset) == {}


def test_the_designations_query_lists_them_with_authority_list_date_and_section(ingested, tmp_path):
    from kg.load import load
    from kg.query import run_query
    from kg.query_catalogue import find_query
    from kg.reason import reason

    path = tmp_path / "saf.trig"
    path.write_text(ingested.serialize(format="trig"), encoding="utf-8")
    kg = load([path])
    reason(kg)
    result = run_query(kg, find_query("designations"), {"group": "SAF"})
    rows = [{k: str(v) if v is not None else "" for k, v in r.items()} for r in result.as_dicts()]
    assert [(r["authorityName"], r["list"], r["date"], r["delisted"]) for r in rows] == [
        ("United States Department of State", "Foreign Terrorist Organization", "2013", ""),
        ("United Nations Security Council", "sanctions list", "2014", ""),
        ("United Kingdom", "proscribed organisations", "2015", "2019"),
    ]
    assert {r["section"].rsplit("#", 1)[-1] for r in rows} == {"history"}
