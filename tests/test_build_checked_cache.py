"""Does a build reuse the catalogue's safety checks from the build before it, instead of
parsing every catalogue query with rdflib's SPARQL parser again (1.6 s of CPU, the largest part
of the build's cost on the curated data, #11)? And does a record that does not fit the query
still get the query checked afresh?"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

# the modules, not the functions `kg` re-exports under the same names
build_module = importlib.import_module("kg.build")
query_module = importlib.import_module("kg.store.sparql")
catalogue_module = importlib.import_module("kg.query_catalogue")
NO_PREVIOUS_BUILD = Path("/nonexistent/checked-queries.json")  # the cache alone is tested here


@pytest.fixture
def fresh_checker(monkeypatch, tmp_path) -> Path:
    """No check remembered in this process, and a cache folder of the test's own."""
    monkeypatch.setattr(query_module, "_KNOWN", {})
    query_module.check_query.cache_clear()
    query_module._bindable_query.cache_clear()
    cache = tmp_path / "cache" / "checked-queries.json"
    monkeypatch.setattr(build_module, "checked_queries_cache", lambda: cache)
    # two small queries stand for the catalogue: parsing all eleven takes seconds
    small = {
        "people": SimpleNamespace(text="SELECT ?s WHERE { ?s a ?type } ORDER BY ?s"),
        "any": SimpleNamespace(text="ASK { ?s ?p ?o }"),
    }
    monkeypatch.setattr(catalogue_module, "catalogue", lambda: small)
    yield cache
    query_module.check_query.cache_clear()
    query_module._bindable_query.cache_clear()


def _forget(monkeypatch) -> None:
    monkeypatch.setattr(query_module, "_KNOWN", {})
    query_module.check_query.cache_clear()
    query_module._bindable_query.cache_clear()


def test_a_second_build_records_the_same_checks_without_parsing_a_query(
    fresh_checker, monkeypatch, tmp_path
):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    build_module._write_checked_queries(first, NO_PREVIOUS_BUILD)
    assert json.loads(fresh_checker.read_text(encoding="utf-8")) == json.loads(
        first.read_text(encoding="utf-8")
    )
    assert json.loads(first.read_text(encoding="utf-8")), "no catalogue query was recorded"

    _forget(monkeypatch)  # a new process: only the cache file is left

    def no_parsing(*args, **kwargs):
        raise AssertionError("a catalogue query was parsed again")

    monkeypatch.setattr(query_module, "_parse_checked", no_parsing)
    build_module._write_checked_queries(second, NO_PREVIOUS_BUILD)
    assert second.read_bytes() == first.read_bytes()


def test_a_cached_record_for_another_text_is_not_trusted(fresh_checker, monkeypatch, tmp_path):
    build_module._write_checked_queries(tmp_path / "first.json", NO_PREVIOUS_BUILD)
    records = json.loads(fresh_checker.read_text(encoding="utf-8"))
    for record in records.values():  # as if the cache had been written for other queries
        record["text"] = "SELECT * WHERE { ?s ?p ?o }"
    fresh_checker.write_text(json.dumps(records), encoding="utf-8")
    _forget(monkeypatch)
    parsed = []
    real = query_module._parse_checked

    def counting(text, *args, **kwargs):
        parsed.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(query_module, "_parse_checked", counting)
    build_module._write_checked_queries(tmp_path / "second.json", NO_PREVIOUS_BUILD)
    assert len(parsed) >= len(records)  # every query checked again
    assert (tmp_path / "second.json").read_bytes() != json.dumps(records).encode()


def test_an_unwritable_cache_folder_costs_time_not_the_build(fresh_checker, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setattr(build_module, "checked_queries_cache", lambda: blocker / "checked.json")
    build_module._write_checked_queries(tmp_path / "checked.json", NO_PREVIOUS_BUILD)
    assert json.loads((tmp_path / "checked.json").read_text(encoding="utf-8"))
