"""#13: `kg build` leaves an on-disk Oxigraph store beside `graph.nq`, and the commands that
read the graph (`kg query`, `kg serve`'s workers, `kg export`, `kg push`, the pictures) open it
read-only instead of parsing `graph.nq` again; a build without a store (an older version's)
is still read from `graph.nq`.

How a test tells which was read: `graph.nq` is emptied after the build. A command that still
answers with the whole graph read the store; before #13 it read the empty file."""

from __future__ import annotations

import gc
import shutil
import threading
from multiprocessing import Pipe
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import open_built_graph
from kg.cli import app
from kg.serve.workers import worker_main
from tests.hermetic import DATA

from .conftest import csv_rows
from .test_build import AL_MOURABITOUN, build, graph_of


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("store") / "data"
    shutil.copytree(DATA, data)
    return data


@pytest.fixture(autouse=True)
def in_project(project, monkeypatch) -> None:
    """`open_built_graph` compares the build with ./data: make that the copy built here."""
    monkeypatch.chdir(project.parent)


@pytest.fixture()
def store_only(runner, project, tmp_path) -> Path:
    """A build whose `graph.nq` was emptied afterwards: only its store holds the graph."""
    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    (out / "graph.nq").write_bytes(b"")
    return out


def lineage_of_aqim(runner, project: Path, out: Path) -> set[str]:
    result = runner.invoke(
        app,
        ["query", "lineage", "--param", "group=AQIM", "--format", "csv",
         "--data", str(project), "--build", str(out)],
    )
    assert result.exit_code == 0, result.output
    return {row["predecessorAcronym"] for row in csv_rows(result.stdout)}


def test_a_build_leaves_a_store_holding_the_same_quads_as_graph_nq(runner, project, tmp_path):
    out = tmp_path / "build"
    result = build(runner, project, out)
    assert result.exit_code == 0, result.output
    assert f"wrote {out / 'store'}" in result.output
    store = ox.Store.read_only(str(out / "store"))
    written = list(ox.parse(path=out / "graph.nq", format=ox.RdfFormat.N_QUADS))
    assert len(store) == len(written) > 3000
    plain = {q for q in written if not isinstance(q.subject, ox.BlankNode)
             and not isinstance(q.object, ox.BlankNode)}
    assert all(quad in store for quad in plain)


def test_kg_query_reads_the_build_store_not_graph_nq(runner, project, store_only):
    assert lineage_of_aqim(runner, project, store_only) == {"GSPC", "GIA"}


def test_a_build_without_a_store_is_read_from_graph_nq(runner, project, tmp_path):
    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    shutil.rmtree(out / "store")  # as an older version left it
    assert lineage_of_aqim(runner, project, out) == {"GSPC", "GIA"}
    kg = open_built_graph(out)
    assert kg is not None and kg.store_path is None and len(kg) > 3000


def test_the_opened_store_is_read_only(store_only):
    kg = open_built_graph(store_only)
    assert kg is not None
    assert kg.store_path == store_only.resolve() / "store"
    quad = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"))
    with pytest.raises(RuntimeError, match="read-write"):
        kg.store.add(quad)


def test_export_and_pictures_read_the_store(runner, project, store_only, tmp_path):
    target = tmp_path / "release.nt"
    result = runner.invoke(
        app,
        ["export", "--format", "ntriples", "-o", str(target),
         "--data", str(project), "--build", str(store_only)],
    )
    assert result.exit_code == 0, result.output
    assert len(target.read_text(encoding="utf-8").splitlines()) > 3000
    result = runner.invoke(
        app,
        ["lineage", "AQIM", "--format", "mermaid",
         "--data", str(project), "--build", str(store_only)],
    )
    assert result.exit_code == 0, result.output
    assert "GSPC" in result.stdout and "GIA" in result.stdout


def test_a_serve_worker_opens_the_store_in_place(store_only):
    ours, theirs = Pipe()
    worker = threading.Thread(
        target=worker_main, args=(theirs, str(store_only / "store"), None, False), daemon=True
    )
    worker.start()
    try:
        assert ours.poll(60) and ours.recv()[0] == "ready"
        ours.send((
            "sparql",
            {"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
             "accept": "text/csv", "max_rows": 10},
        ))
        assert ours.poll(60)
        reply = ours.recv()
    finally:
        ours.close()
        worker.join(10)
    assert reply.status == 200, reply.body
    assert int(reply.body.decode().split()[-1]) > 3000


def test_a_later_build_keeps_a_store_in_use_and_removes_it_once_released(
    runner, project, tmp_path
):
    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    first = out.resolve()
    kg = open_built_graph(out)
    assert kg is not None and kg.store_path is not None
    data = tmp_path / "more"  # the next build has a profile more: a new generation
    shutil.copytree(project, data)
    shutil.copy(AL_MOURABITOUN, data / "profiles" / AL_MOURABITOUN.name)
    assert build(runner, data, out).exit_code == 0
    assert out.resolve() != first
    assert first.is_dir(), "the generation a reader holds was removed under it"
    assert len(kg.store) > 3000  # still readable
    del kg
    gc.collect()
    assert build(runner, data, out).exit_code == 0  # nothing to do, but tidies up
    assert not first.exists()
    assert graph_of(out)[0]
