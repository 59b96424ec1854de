"""A group's names as written: a creed in brackets is part of the name (without it the name is
another party's), and every spelling the list gives is stated, accented or hyphenated."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.namespace import FOAF, SKOS

from kg.ingest import ingest_profile
from kg.ingest.names import is_qualifier, language_of, parse_named


def _profile(title: str, names: str) -> str:
    return (
        f"Terrorism Profiles\n\n{title}\n\nAlternative Names:\n\n{names}\n\n"
        "Areas of Operation:\n\nNepal.\n\nThe group emerged in 1994.\n\nMajor Attacks:\n\n"
        "June 2001: The group attacked a police post. (3 killed)\n"
    )


def _group(tmp_path: Path, title: str, names: str) -> tuple[str, list[str], list[str]]:
    """The group's IRI, preferred labels and alternative names, as ingested."""
    result = ingest_profile(tmp_path / "p.txt", text=_profile(title, names), existing=Dataset())
    graph = result.dataset
    (group,) = set(graph.objects(None, FOAF.primaryTopic))
    return (
        str(group),
        sorted(str(n) for n in graph.objects(group, SKOS.prefLabel)),
        sorted(str(n) for n in graph.objects(group, SKOS.altLabel)),
    )


@pytest.mark.parametrize(
    ("title", "slug", "alternative"),
    [
        ("Communist Party of Nepal (Maoist)", "communist-party-of-nepal-maoist", "CPN-Maoist"),
        ("Workers’ Party of Anatolia (Marxist-Leninist)",
         "workers-party-of-anatolia-marxist-leninist", "WPA-ML"),
        ("Revolutionary League (Leninist)", "revolutionary-league-leninist", "RL-L"),
    ],
)
def test_a_creed_in_brackets_is_part_of_the_title_never_a_name_of_its_own(
    tmp_path, title, slug, alternative
):
    iri, preferred, names = _group(tmp_path, title, alternative)
    assert iri.endswith("/" + slug)
    assert preferred == [title]
    assert names == [alternative]  # no bare "Maoist", "Marxist-Leninist", "Leninist"


@pytest.mark.parametrize(
    ("written", "names", "acronyms"),
    [
        ("Communist Party of Nepal (Maoist)", ["Communist Party of Nepal (Maoist)"], []),
        ("the People’s Front (Marxist-Leninist) or PF-ML",
         ["People’s Front (Marxist-Leninist)"], ["PF-ML"]),
        ("Armed Islamic Group (GIA)", ["Armed Islamic Group"], ["GIA"]),
        ("Groupe Islamique Armé (Armed Islamic Group or GIA)",
         ["Groupe Islamique Armé", "Armed Islamic Group"], ["GIA"]),
    ],
)
def test_a_name_keeps_its_creed_and_gives_up_its_acronym_and_translation(
    written, names, acronyms
):
    parsed = parse_named(written)
    assert (parsed.names, parsed.acronyms) == (names, acronyms)


@pytest.mark.parametrize(
    ("inner", "qualifier"),
    [("Maoist", True), ("Marxist-Leninist", True), ("Kurdish", True), ("GIA", False),
     ("Armed Islamic Group", False), ("Greece", False), ("PF-ML", False)],
)
def test_only_an_adjective_of_creed_or_nation_is_a_qualifier(inner, qualifier):
    assert is_qualifier(inner) is qualifier


@pytest.mark.parametrize(
    "names",
    [
        ["Epanastatikos Agonas", "Epanastatikos Agónas"],
        ["Sendero Luminoso", "Sendero Lumínoso", "PCP-SL"],
        ["CPN (Maoist)", "CPN-Maoist", "Maobadi", "Maobādī"],
    ],
)
def test_every_spelling_the_list_gives_is_stated(tmp_path, names):
    _iri, _preferred, stated = _group(tmp_path, "Lake Front (LKF)", ", ".join(names))
    assert stated == sorted(names)


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("Επαναστατικός Αγώνας", "el"),  # a script one language owns: its language
        ("Λαϊκή Αντίσταση", "el"),
        ("Имарат Кавказ", "und-Cyrl"),  # a script many languages share: the script only
        ("الجبهة الشعبية", "und-Arab"),
        ("Epanastatikos Agónas", "en"),  # Latin letters with an accent: as before
    ],
)
def test_a_name_in_another_script_is_tagged_by_its_script_never_as_english(name, tag):
    assert language_of(name) == tag


def test_a_listed_name_in_greek_letters_is_stated_in_greek(tmp_path):
    result = ingest_profile(
        tmp_path / "p.txt", text=_profile("Lake Front (LKF)", "Lake Front, Μέτωπο της Λίμνης"),
        existing=Dataset(),
    )
    tags = {str(n): n.language for n in result.dataset.objects(None, SKOS.altLabel)}
    assert tags["Μέτωπο της Λίμνης"] == "el"


@pytest.mark.parametrize(
    ("listed", "name"),
    [
        ("Jabhat al-Buhayra (“Lake Front,” as the government calls it)", "Jabhat al-Buhayra"),
        ("Harakat al-Nahr (the name the press used in 2009)", "Harakat al-Nahr"),
        ("Frente del Lago (“the Front”)", "Frente del Lago"),
    ],
)
def test_a_gloss_in_brackets_is_kept_out_of_the_name(tmp_path, listed, name):
    _iri, _preferred, stated = _group(tmp_path, "Lake Front (LKF)", f"Front du Lac, {listed}")
    assert stated == sorted(["Front du Lac", name])


@pytest.mark.parametrize(
    "listed", ["Jaish al-Buhayra (Army of the Lake)", "Front du Lac (FDL)", "CPN (Maoist)"]
)
def test_a_translation_an_acronym_or_a_creed_in_brackets_stays_with_the_name(tmp_path, listed):
    _iri, _preferred, stated = _group(tmp_path, "Lake Front (LKF)", listed)
    assert stated == [listed]


@pytest.mark.parametrize(
    ("written", "acronyms"),
    [("DHKP/C", ["DHKP"]), ("PKK/K", ["PKK"]), ("ML/B", ["ML"])],
)
def test_one_letter_after_a_slash_is_no_name(written, acronyms):
    parsed = parse_named(written)
    assert parsed.names == [] and parsed.acronyms == acronyms
