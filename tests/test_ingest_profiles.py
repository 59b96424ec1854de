"""New profiles join the graph: Al-Mourabitoun and JNIM, written for these tests from public
facts in the collection's format (tests/ingest/profiles/), link to AQIM, MUJAO, Ansar al-Din and
the Ouagadougou attack already in data/, and the lineage questions then answer across profiles.

Each profile's expected graph is a file under tests/ingest/expected/, compared quad for quad.
After a deliberate change to the parser, regenerate them with (in this order):

    kg ingest tests/ingest/profiles/al-mourabitoun.txt --data data/places.ttl \\
        --data data/profiles/aqim.trig -o tests/ingest/expected/al-mourabitoun.trig --force
    kg ingest tests/ingest/profiles/jnim.txt --data data/places.ttl \\
        --data data/profiles/aqim.trig --data tests/ingest/expected/al-mourabitoun.trig \\
        -o tests/ingest/expected/jnim.trig --force

and read the diff before committing it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Dataset

from kg.build import build
from kg.ingest import ingest_profile, write_ingested
from kg.load import load
from kg.namespaces import ATTACK, ATTRIBUTION_MODALITY, GROUP, KG
from kg.query import run_query
from kg.query_catalogue import find_query
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent
PROFILES = Path(__file__).parent / "ingest" / "profiles"
EXPECTED = Path(__file__).parent / "ingest" / "expected"
OUAGADOUGOU_2016 = ATTACK["2016-01-15-ouagadougou-cafe-and-hotels-attack"]


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """A scratch copy of data/ into which the two profiles are ingested, as an analyst would:
    Al-Mourabitoun against data/, then JNIM against data/ with Al-Mourabitoun in it."""
    folder = tmp_path_factory.mktemp("project") / "data"
    shutil.copytree(DATA, folder)
    for name in ("al-mourabitoun", "jnim"):
        result = ingest_profile(PROFILES / f"{name}.txt", existing=load([folder], with_ontology=False))  # noqa: E501
        write_ingested(result, folder / "profiles" / f"{name}.trig")
    return folder


@pytest.fixture(scope="module")
def ingested(data) -> dict[str, Path]:
    return {name: data / "profiles" / f"{name}.trig" for name in ("al-mourabitoun", "jnim")}


@pytest.fixture(scope="module")
def combined(data):
    """`kg build` on the data folder, ingested profiles included like any other data."""
    return build([data], write=False)


def quads(path: Path) -> set[tuple]:
    dataset = Dataset()
    dataset.parse(path, format="trig")
    return {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in dataset.quads()}


def test_al_mourabitoun_links_to_aqim_mujao_and_the_ouagadougou_attack_already_in_data(ingested):
    stated = quads(ingested["al-mourabitoun"])
    triples = {(s, p, o) for s, p, o, _ in stated}
    assert (GROUP["mujao"], KG.splitFrom, GROUP["aqim"]) in triples
    assert (GROUP["al-mourabitoun"], KG.formedByMergerOf, GROUP["mujao"]) in triples
    assert (GROUP["al-mourabitoun"], KG.affiliateOf, GROUP["aqim"]) in triples
    claims = {
        (by, how)
        for s, p, node in triples if s == OUAGADOUGOU_2016 and p == KG.attribution
        for n, q, by in triples if n == node and q == KG.attributedTo
        for m, r, how in triples if m == node and r == KG.modality
    }
    # on the attack AQIM's profile already describes, what this entry says: "Al-Mourabitoun
    # fighters attacked …; AQIM claimed the attack"
    assert claims == {
        (GROUP["al-mourabitoun"], ATTRIBUTION_MODALITY["conducted"]),
        (GROUP["aqim"], ATTRIBUTION_MODALITY["claimed-responsibility"]),
    }
    attacks = {s for s, p, o in triples if p == RDF.type and o in (KG.Attack, KG.Campaign)}
    assert not [a for a in attacks if "2016-01-15" in str(a) and a != OUAGADOUGOU_2016]
    groups = {s for s, _, _ in triples if str(s).startswith(str(GROUP))}
    assert not [g for g in groups if str(g).endswith("-2")]  # nothing minted twice


def test_jnim_links_to_groups_another_ingested_profile_introduced(ingested):
    triples = {(s, p, o) for s, p, o, _ in quads(ingested["jnim"])}
    merged = {o for s, p, o in triples if s == GROUP["jnim"] and p == KG.formedByMergerOf}
    assert merged == {
        GROUP["ansar-al-din"],
        GROUP["al-mourabitoun"],
        GROUP["macina-liberation-front"],
        GROUP["sahara-emirate-of-aqim"],
    }
    assert (GROUP["jnim"], KG.affiliateOf, GROUP["al-qaida"]) in triples


def test_descendants_of_gia_include_al_mourabitoun_and_jnim(combined):
    rows = run_query(combined.kg, find_query("descendants"), {"group": "GIA"}).as_dicts()
    steps = {(str(r["descendant"]).rsplit("/", 1)[-1], str(r["how"]), str(r["when"])) for r in rows}
    assert {
        ("gspc", "split from", "1998"),
        ("aqim", "renamed from", "2006-09"),
        ("mujao", "split from", "2011"),
        ("those-who-sign-in-blood", "split from", "2012-12"),
        ("al-mourabitoun", "formed by merger of", "2013-08"),
        ("jnim", "formed by merger of", "2017-03"),
    } <= steps


def test_the_lineage_of_jnim_reaches_gia_through_al_mourabitoun_and_aqim(combined):
    rows = run_query(combined.kg, find_query("lineage"), {"group": "JNIM"}).as_dicts()
    predecessors = {str(r["predecessor"]).rsplit("/", 1)[-1] for r in rows}
    assert {"al-mourabitoun", "those-who-sign-in-blood", "mujao", "aqim", "gspc", "gia"} <= predecessors  # noqa: E501
    assert "al-qaida" not in predecessors  # an affiliation, not an ancestor


def test_the_graph_with_both_profiles_has_no_shacl_violations(combined):
    loaded = {path.name for path in combined.kg.files.values()}
    assert {"al-mourabitoun.trig", "jnim.trig", "aqim.trig", "places.ttl"} <= loaded
    assert combined.report.violations == [], [r.message for r in combined.report.violations]


def test_the_ouagadougou_attack_carries_the_claims_of_both_profiles(combined):
    rows = run_query(combined.kg, find_query("attacks"), {"group": "Al-Mourabitoun"}).as_dicts()
    ouagadougou = [r for r in rows if r["attack"] == OUAGADOUGOU_2016]
    assert ouagadougou, "the attack Al-Mourabitoun carried out is the one AQIM's profile lists"
    perpetrators = {
        str(o).rsplit("/", 1)[-1]
        for o in combined.kg.dataset.objects(OUAGADOUGOU_2016, KG.perpetrator)
    }
    assert {"aqim", "al-mourabitoun"} <= perpetrators


@pytest.mark.parametrize("name", ["al-mourabitoun", "jnim"])
def test_a_fixture_profile_ingests_to_its_expected_graph(name, monkeypatch):
    # kg:sourceFile is the profile's path from the project folder; the expected graphs were
    # written with the checkout as the project (nothing is read from its data/: `existing` is given)
    monkeypatch.chdir(REPO)
    existing = [DATA / "places.ttl", DATA / "profiles" / "aqim.trig"]
    if name == "jnim":
        existing.append(EXPECTED / "al-mourabitoun.trig")
    result = ingest_profile(PROFILES / f"{name}.txt", existing=load(existing, with_ontology=False))
    got = set(result.graph.quads())
    expected = quads(EXPECTED / f"{name}.trig")
    missing = sorted(map(str, expected - got))[:20]
    extra = sorted(map(str, got - expected))[:20]
    assert got == expected, f"missing: {missing}\nextra: {extra}\n(see this module's docstring)"


def test_a_split_whose_new_group_is_not_named_is_reported_not_dropped():
    result = ingest_profile(PROFILES / "al-mourabitoun.txt", existing=load([DATA / "places.ttl"], with_ontology=False))  # noqa: E501
    assert [(p.line, p.message) for p in result.warnings] == [
        (23, "a split is described but the new group is not named; no lineage recorded for it")
    ]


@pytest.mark.parametrize("name", ["al-mourabitoun", "jnim"])
def test_pictures_render_for_every_ingested_profile(combined, name):
    """Issue 6: lineage, timeline and map draw for ingested groups as they do for AQIM."""
    from kg.pictures import (
        lineage_of,
        map_of,
        render_lineage,
        render_map,
        render_timeline,
        timeline_of,
    )

    group = GROUP[name]
    lineage = lineage_of(combined.kg, group)
    dot = render_lineage(lineage, "dot").decode("utf-8")
    assert "GIA" in dot and "AQIM" in dot  # both descend from GIA through AQIM
    timeline = timeline_of(combined.kg, group)
    assert timeline.entries, f"no attacks drawn for {name}"
    svg = render_timeline(timeline, "svg").decode("utf-8")
    assert str(ATTACK) in svg  # every mark links to its attack
    assert render_map(map_of(combined.kg, group), "svg").startswith(b"<?xml")
