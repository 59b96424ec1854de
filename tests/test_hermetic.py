"""The suite never reads or writes the checkout's data/ or build/ (issue #14): the guard in
tests/hermetic.py is what proves it, so these tests check the guard itself."""

from __future__ import annotations

from pathlib import Path

from kg.resources import default_build_dir, default_data_dir
from tests.conftest import GUARD
from tests.hermetic import DATA, PROJECT, REPO, Guard, curated_files, digests


def test_tests_run_in_a_temporary_project_with_the_curated_data_only():
    assert Path.cwd() == PROJECT
    assert default_data_dir() == DATA and default_build_dir() == PROJECT / "build"
    assert not PROJECT.is_relative_to(REPO)
    shipped = sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*") if p.is_file())
    assert shipped == curated_files() == [
        "places.ttl", "profiles/aqim.trig", "profiles/aqim.txt", "wikidata.ttl"
    ]


def test_the_guard_watches_the_checkouts_data_and_build_folders():
    assert GUARD.active
    assert GUARD.is_working_path(REPO / "data" / "profiles" / "jnim.trig")
    assert GUARD.is_working_path(str(REPO / "build"))
    assert not GUARD.is_working_path(DATA / "places.ttl")
    assert not GUARD.is_working_path(REPO / "database.txt")


def test_the_guard_notes_a_read_and_a_listing_under_a_watched_folder(tmp_path):
    watched = tmp_path / "data"
    watched.mkdir()
    (watched / "x.ttl").write_text("")
    guard = Guard((watched,))
    guard.install()
    try:
        (watched / "x.ttl").read_text()
        list(watched.iterdir())
        (tmp_path / "elsewhere.txt").write_text("")
    finally:
        guard.active = False
    assert guard.touched == [str(watched / "x.ttl"), str(watched)]


def test_the_guard_notices_a_changed_file(tmp_path):
    watched = tmp_path / "build"
    watched.mkdir()
    guard = Guard((watched,))
    assert guard.changed() == []
    (watched / "graph.nq").write_text("new")
    assert guard.changed() == [str(watched)]
    assert digests(watched) == {"graph.nq": digests(watched)["graph.nq"]}
