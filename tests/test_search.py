"""The forgiving name search (kg.search, `kg search`, did-you-mean on every name parameter):
issue #16's spellings of AQIM and its neighbours, an Arabic-script name, shortened names, and
ambiguity that is listed, never resolved silently."""

from __future__ import annotations

import json

import pytest

from kg.cli import app
from kg.errors import ParameterError
from kg.namespaces import GROUP
from kg.query import resolve_entity
from kg.search import fold, search, similarity, skeleton
from tests.hermetic import DATA

SHABAAB = """
@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix group: <https://w3id.org/ctkg/id/group/> .
@prefix src: <https://w3id.org/ctkg/id/source/> .

<https://w3id.org/ctkg/id/graph/search-fixture> {
  group:harakat-al-shabaab-al-mujahideen a kg:ArmedGroup ;
    skos:prefLabel "Harakat al-Shabaab al-Mujahideen"@en ;
    skos:altLabel "al-Shabaab"@en .
  group:shabaab-of-elsewhere a kg:ArmedGroup ;
    skos:prefLabel "Shabaab"@en .
}
"""


@pytest.fixture
def curated(reasoned_kg):
    return reasoned_kg


@pytest.fixture
def with_two_shabaabs(tmp_path):
    extra = tmp_path / "shabaab.trig"
    extra.write_text(SHABAAB, encoding="utf-8")
    return extra


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("AQMI", "aqim"),  # the French acronym: only the initials of a name come near it
        ("Maghrib", None),  # a place: the Maghreb region, named Maghrib in the data
        ("Ansar Dine", "ansar-al-din"),
        ("تنظيم القاعدة في بلاد المغرب الإسلامي", "aqim"),
        ("Tanzim al-Qaida fi bilad al-Maghreb", "aqim"),
        ("al-Qaeda in the Islamic Maghrib", "aqim"),
    ],
)
def test_each_spelling_analysts_type_gives_the_right_first_candidate(curated, spelling, expected):
    found = search(curated, spelling, kind=None if expected is None else "group")
    assert found, spelling
    if expected is None:
        assert found[0].kind == "place" and found[0].matched == "Maghrib"
    else:
        assert found[0].entity == GROUP[expected], [c.describe() for c in found]


def test_a_shortened_name_shared_by_a_group_and_its_successor_offers_both(curated):
    # the profile lists GSPC's names among AQIM's former names: both are fair candidates, and
    # neither is exact, so a parameter would list them rather than pick one
    found = search(curated, "Salafist Group for Preaching", kind="group")
    assert {c.entity for c in found[:2]} == {GROUP["aqim"], GROUP["gspc"]}
    assert not any(c.exact for c in found)


def test_a_person_misspelt_is_suggested_as_a_person(curated):
    first = search(curated, "Droukdal")[0]
    assert (first.kind, first.label) == ("person", "Abdelmalek Droukdel")
    assert not first.exact


def test_folding_drops_the_article_transliterates_and_skeletons_agree():
    assert fold("al-Shabaab") == fold("Shabaab") == "shabaab"
    assert fold("Al-Qaïda") == fold("al Qaeda") == "qaida"
    assert skeleton("القاعدة") == skeleton("al-Qa'ida") == skeleton("Al Qaeda") == "qd"
    assert skeleton("Maghrib") == skeleton("Maghreb") == "mghrb"
    assert similarity("shabaab", "shabaab") == 100.0
    assert similarity("shabab", "shabaab") < 100.0  # only the same text is exact


def test_a_name_parameter_resolves_one_exact_folded_match_and_suggests_otherwise(curated):
    # "El Ansar al-Din" folds to the group's name with the articles dropped: one exact match
    assert resolve_entity_of(curated, "El Ansar al-Din") == GROUP["ansar-al-din"]
    with pytest.raises(ParameterError) as error:
        resolve_entity_of(curated, "AQMI")
    message = str(error.value)
    assert message.startswith("no group is named 'AQMI'; did you mean: ")
    assert "Al Qaida in the Islamic Maghreb (group" in message
    assert "kg search" in message and "kg query names" not in message


def test_a_person_parameter_never_talks_about_groups(curated):
    with pytest.raises(ParameterError) as error:
        resolve_entity_of(curated, "Droukdal", kind="person")
    assert str(error.value).startswith("no person is named 'Droukdal'; did you mean: ")
    assert "Abdelmalek Droukdel (person)" in str(error.value)


def test_an_ambiguous_name_lists_both_candidates_and_exits_non_zero(runner, with_two_shabaabs):
    result = runner.invoke(
        app,
        [
            "query",
            "lineage",
            "--param",
            "group=El Shabaab",
            "--data",
            str(DATA),
            "--data",
            str(with_two_shabaabs),
        ],
    )
    assert result.exit_code != 0
    assert "Harakat al-Shabaab al-Mujahideen (group" in result.output
    assert "Shabaab (group)" in result.output


def test_kg_search_ranks_candidates_with_kind_and_the_name_that_matched(runner, with_two_shabaabs):
    result = runner.invoke(
        app,
        [
            "search",
            "Shabab",
            "--format",
            "json",
            "--data",
            str(DATA),
            "--data",
            str(with_two_shabaabs),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {row["name"] for row in rows[:2]} == {"Harakat al-Shabaab al-Mujahideen", "Shabaab"}
    assert all(row["kind"] == "group" for row in rows[:2])
    assert rows[0]["score"] >= rows[-1]["score"]


def test_kg_search_with_nothing_close_says_so_and_fails(runner):
    result = runner.invoke(app, ["search", "Zzyzx Qwrtp", "--data", str(DATA)])
    assert result.exit_code == 1
    assert "no name is close to 'Zzyzx Qwrtp'" in result.output


def test_an_unknown_kind_is_refused_with_the_choices(runner):
    result = runner.invoke(app, ["search", "AQIM", "--kind", "weapon", "--data", str(DATA)])
    assert result.exit_code == 2
    assert "group, organisation, person, place" in result.output


def resolve_entity_of(kg, text, kind="group"):
    from kg.store.embedded import OxigraphStore

    return resolve_entity(OxigraphStore.of(kg), text, kind)


def test_a_parameter_given_twice_with_two_values_is_an_error_not_the_last_one(runner):
    result = runner.invoke(
        app,
        ["query", "lineage", "--param", "group=AQIM", "--param", "group=GSPC", "--data", str(DATA)],
    )
    assert result.exit_code == 2
    assert "--param group is given twice ('AQIM' and 'GSPC')" in result.output
