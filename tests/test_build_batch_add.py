"""A batch add (files only added) works on a copy of the previous build's on-disk store, not on
its `graph.nq` read back (#13): the build it leaves must be the one a full build of the same
files leaves — the same report, the same answer to every catalogue query — and a violation the
new file causes in the old data must be found (and the previous build left as it was)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from kg.build import build, hold_store
from kg.query import run_query
from kg.query_catalogue import catalogue
from kg.store.embedded import OxigraphStore
from tests.hermetic import DATA

from .test_build import AL_MOURABITOUN, graph_of
from .test_queries import CASES

CYCLE = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix group: <https://w3id.org/ctkg/id/group/> .
<urn:x-test:cycle> { group:gia kg:splitFrom group:aqim . }
"""
"""GIA split from AQIM: AQIM descends from GIA (through GSPC), so the lineage becomes a cycle,
which the lineage-cycle constraint reports on the old organisations."""


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Path]:
    """The curated data built, then al-Mourabitoun's profile added by a batch add; and the same
    files built in full."""
    root = tmp_path_factory.mktemp("batch-add")
    data = root / "data"
    shutil.copytree(DATA, data)
    build([data], out_dir=root / "added" / "build")
    base = root / "base"
    shutil.copytree(root / "added", base, symlinks=True)  # the build before the add, kept
    shutil.copy(AL_MOURABITOUN, data / "profiles" / AL_MOURABITOUN.name)
    assert build([data], out_dir=root / "added" / "build").mode == "incremental"
    assert build([data], out_dir=root / "full" / "build", incremental=False).mode == "full"
    return {"data": data, "added": root / "added" / "build", "full": root / "full" / "build",
            "base": base / "build"}


def results(report: Graph) -> set[tuple]:
    """A report's results as comparable tuples (their nodes are blank)."""
    return {
        tuple(report.value(r, p) for p in (SH.focusNode, SH.resultPath, SH.sourceShape,
                                           SH.resultSeverity, SH.resultMessage, SH.value))
        for r in report.subjects(SH.focusNode, None)
    }


def test_a_batch_add_leaves_the_graph_and_report_of_a_full_build(builds):
    assert graph_of(builds["added"]) == graph_of(builds["full"])
    counts = [
        {k: v for k, v in json.loads((builds[b] / "manifest.json").read_text()).items()
         if k in ("triples", "inferred")}
        for b in ("added", "full")
    ]
    assert counts[0] == counts[1]  # counted from what the add wrote, not from the store
    reports = [Graph().parse(builds[k] / "validation-report.ttl") for k in ("added", "full")]
    assert results(reports[0]) == results(reports[1])


def test_a_batch_add_answers_every_catalogue_query_as_a_full_build(builds):
    targets = [OxigraphStore.of(hold_store(builds[k] / "store")) for k in ("added", "full")]
    queries = catalogue()
    for case in CASES:
        lines = case.with_suffix(".params").read_text(encoding="utf-8").splitlines()
        params = dict(line.split("=", 1) for line in lines if line)
        added, full = (run_query(t, queries[case.parent.name], params) for t in targets)
        assert added.variables == full.variables, case
        assert sorted(added.rows, key=str) == sorted(full.rows, key=str), case


def test_a_violation_the_batch_causes_in_old_data_is_found_and_the_build_kept(
    builds, tmp_path
):
    data = tmp_path / "data"
    shutil.copytree(builds["data"], data)
    (data / "profiles" / AL_MOURABITOUN.name).unlink()
    (data / "cycle.trig").write_text(CYCLE, encoding="utf-8")
    out = tmp_path / "case" / "build"
    shutil.copytree(builds["base"].parent, out.parent, symlinks=True)
    before = graph_of(out)
    added = build([data], out_dir=out)
    full = build([data], out_dir=tmp_path / "unused", write=False, incremental=False)
    assert added.mode == "incremental" and not added.succeeded
    key = {(str(r.focus_node), str(r.source_shape), r.message) for r in added.report.violations}
    assert key == {(str(r.focus_node), str(r.source_shape), r.message)
                   for r in full.report.violations}
    old = {str(r.focus_node).rsplit("/", 1)[-1] for r in added.report.violations}
    assert old & {"aqim", "gia", "gspc"}, old
    assert graph_of(out) == before  # the failed add published nothing
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".build.gen-")) == [
        out.resolve().name
    ]


@pytest.mark.parametrize("bulk_from", [1, 1_000_000])
def test_the_batch_add_store_records_the_same_changes_by_bulk_load_or_transaction(
    tmp_path, monkeypatch, bulk_from
):
    """A batch add's store hands small sets of quads to a transaction and large ones to
    RocksDB's bulk loader (`_BULK_LOAD_FROM`): either way it holds the same quads and records
    the same net additions and removals for `graph.nq`."""
    import importlib

    import pyoxigraph as ox

    build_module = importlib.import_module("kg.build")  # `kg.build` is also the function
    monkeypatch.setattr(build_module, "_BULK_LOAD_FROM", bulk_from)
    graph, says = ox.NamedNode("urn:test:graph"), ox.NamedNode("urn:test:says")
    old, kept, new = (
        ox.Quad(ox.NamedNode(f"urn:test:{name}"), says, ox.Literal(name), graph)
        for name in ("old", "kept", "new")
    )
    disk = ox.Store(str(tmp_path / "store"))
    disk.extend([old, kept])
    store = build_module._Recording(disk)
    store.bulk_extend([])
    store.remove(old)
    store.bulk_extend([new, kept, new, old])
    store.remove(new)
    store.extend([new])
    assert set(disk) == {old, kept, new}
    assert (store.added, store.removed) == ({new}, set())
