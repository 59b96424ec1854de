"""Identity that never collides silently: two organisations that share an acronym get two IRIs
and a review note, one organisation named two ways by two profiles stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Literal
from rdflib.namespace import SKOS

from kg.ingest import IngestError, ingest_profile, write_ingested
from kg.namespaces import KG
from tests.hermetic import DATA


def _profile(title: str, history: str = "The group emerged in 1994.") -> str:
    return (
        f"Terrorism Profiles\n\n{title}\n\nAlternative Names:\n\nNone known\n\n"
        "The Sahel: Mali.\n\nOmar Haddad has led the group since 2009.\n\n"
        "The group is divided into cells.\n\nFunding Sources:\n\nKidnapping for ransom.\n\n"
        f"{history}\n\nMajor Attacks:\n\nJune 2010: The group attacked a barracks. (3 killed)\n"
    )


def _groups_named(dataset: Dataset, acronym: str) -> set:
    return set(dataset.subjects(KG.acronym, Literal(acronym)))


def test_a_second_organisation_with_the_same_acronym_gets_its_own_iri_and_a_note(tmp_path: Path):
    first = ingest_profile(
        tmp_path / "mia-one.txt", text=_profile("Movement for Islamic Action (MIA)"),
        existing=Dataset(),
    )
    second = ingest_profile(
        tmp_path / "mia-two.txt", text=_profile("Mouvement Islamique Armé (MIA)"),
        existing=first.dataset,
    )
    (one,) = _groups_named(first.dataset, "MIA")
    (two,) = _groups_named(second.dataset, "MIA")
    assert one != two
    assert {str(n) for n in second.dataset.objects(two, SKOS.prefLabel)} == {
        "Mouvement Islamique Armé"
    }
    assert not set(second.dataset.triples((one, None, None)))  # nothing said of the first
    notes = [p.message for p in second.problems if "'MIA' also names" in p.message]
    assert len(notes) == 1 and "owl:sameAs" in notes[0]


def test_a_history_that_introduces_another_mia_keeps_it_apart_from_the_known_one(tmp_path):
    known = ingest_profile(
        tmp_path / "mia.txt", text=_profile("Movement for Islamic Action (MIA)"),
        existing=Dataset(),
    )
    result = ingest_profile(
        tmp_path / "sf.txt",
        text=_profile(
            "Sahel Front (SAF)",
            "The group emerged in 1994 as an offshoot of the Mouvement Islamique Armé (MIA).",
        ),
        existing=known.dataset,
    )
    (known_mia,) = _groups_named(known.dataset, "MIA")
    parents = set(result.dataset.objects(None, KG.splitFrom))
    assert len(parents) == 1 and known_mia not in parents


def test_one_organisation_named_in_two_translations_stays_one(tmp_path: Path):
    known = ingest_profile(
        tmp_path / "gspc.txt",
        text=_profile("Salafist Group for Preaching and Combat (GSPC)"),
        existing=Dataset(),
    )
    result = ingest_profile(
        tmp_path / "gspc-2.txt", text=_profile("Salafist Group for Call and Combat (GSPC)"),
        existing=known.dataset,
    )
    assert _groups_named(known.dataset, "GSPC") == set(
        result.dataset.subjects(RDF.type, KG.ArmedGroup)
    )
    assert not [p for p in result.problems if "also names" in p.message]


AQIM = DATA / "profiles" / "aqim.txt"


def _attacks(dataset: Dataset) -> set:
    return {q[0] for q in dataset.quads((None, RDF.type, KG.Attack, None))}


def test_re_ingesting_a_profile_under_another_file_name_keeps_the_number_of_attacks(tmp_path):
    text = AQIM.read_text(encoding="utf-8")
    first = ingest_profile(tmp_path / "aqim.txt", text=text, existing=Dataset())
    union = Dataset()
    for quad in first.dataset.quads((None, None, None, None)):
        union.add(quad)
    second = ingest_profile(tmp_path / "aqim-copy.txt", text=text, existing=union)
    for quad in second.dataset.quads((None, None, None, None)):
        union.add(quad)
    assert len(_attacks(first.dataset)) >= 10
    assert _attacks(union) == _attacks(first.dataset)


def test_writing_a_profile_beside_a_file_that_holds_it_under_another_name_is_refused(tmp_path):
    text = AQIM.read_text(encoding="utf-8")
    write_ingested(ingest_profile(tmp_path / "aqim.txt", text=text, existing=Dataset()),
                   tmp_path / "out" / "aqim.trig")
    again = ingest_profile(tmp_path / "renamed.txt", text=text, existing=Dataset())
    with pytest.raises(IngestError, match=r"aqim\.trig: already holds the profile 'Al Qaida"):
        write_ingested(again, tmp_path / "out" / "renamed.trig", refuse_duplicate=True)
    assert not (tmp_path / "out" / "renamed.trig").exists()
