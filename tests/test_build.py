"""Rebuilding: a build with nothing changed does nothing, a new or changed profile is read
on its own and reasoned about against the previous build, and either way the build folder ends
up holding exactly what a full build of the same files holds."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Dataset

from kg.build import Inputs, _plan_update, _Previous
from kg.cli import app
from kg.namespaces import DERIVED_GRAPH, GROUP, INFERRED_GRAPH, KG, KGI, PRECOMPUTED_GRAPH
from tests.hermetic import DATA

REPO = Path(__file__).resolve().parent.parent
AL_MOURABITOUN = Path(__file__).parent / "ingest" / "expected" / "al-mourabitoun.trig"
MERGER = "    kg:formedByMergerOf group:mujao , group:those-who-sign-in-blood ;\n"


@pytest.fixture()
def project(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    return data


def build(runner, data: Path, out: Path, *options: str):
    return runner.invoke(app, ["build", "--data", str(data), "--out", str(out), *options])


def rebuild_as_a_full_build_would(runner, data: Path, out: Path, full: Path) -> tuple[str, set]:
    """Rebuild `out` from `data`, build the same files afresh into `full`, check both graphs
    are the same; the rebuild's output and its quads without blank nodes."""
    result = build(runner, data, out)
    assert result.exit_code == 0, result.output
    assert build(runner, data, full, "--full").exit_code == 0
    rebuilt = graph_of(out)
    assert rebuilt == graph_of(full)
    return result.output, rebuilt[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the store's RocksDB files included) by its relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def graph_of(out: Path) -> tuple[set[tuple], int]:
    """The build's quads without blank nodes (the ontology's OWL lists get new labels on every
    load), and how many quads have one."""
    dataset = Dataset()
    dataset.parse(out / "graph.nq", format="nquads")
    plain, blank = set(), 0
    for quad in dataset.quads():
        s, p, o, g = quad
        if isinstance(s, BNode) or isinstance(o, BNode):
            blank += 1
        else:
            plain.add((s, p, o, getattr(g, "identifier", g)))
    return plain, blank


def test_a_rebuild_with_nothing_changed_does_nothing_and_leaves_the_build(
    runner, project, tmp_path
):
    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    before = snapshot(out)
    again = build(runner, project, out)
    assert again.exit_code == 0, again.output
    assert "build is current" in again.output
    assert snapshot(out) == before


def test_an_added_profile_is_reasoned_into_the_lineage_as_a_full_build_would(
    runner, project, tmp_path
):
    out, full = tmp_path / "build", tmp_path / "full"
    assert build(runner, project, out).exit_code == 0
    shutil.copy(AL_MOURABITOUN, project / "profiles" / AL_MOURABITOUN.name)

    output, quads = rebuild_as_a_full_build_would(runner, project, out, full)
    assert "incremental: 1 data files added, changed or removed" in output
    # GIA is reached through MUJAO → AQIM → GSPC → GIA, three of them stated in other files
    assert (GROUP["al-mourabitoun"], KG.hasPredecessor, GROUP["gia"], INFERRED_GRAPH) in quads
    # the precomputed graph is worked out anew (#15): MUJAO's attacks, stated in another file,
    # now count for al-Mourabitoun's casualties-by-year too
    lineage = {(s, o) for s, p, o, g in quads if p == KGI.lineageAttack and g == PRECOMPUTED_GRAPH}
    by_mujao = {attack for group, attack in lineage if group == GROUP["mujao"]}
    assert by_mujao
    assert by_mujao <= {attack for group, attack in lineage if group == GROUP["al-mourabitoun"]}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert str((project / "profiles" / AL_MOURABITOUN.name).resolve()) in manifest["inputs"]


def test_a_changed_profile_withdraws_what_its_old_text_entailed(runner, project, tmp_path):
    out, full = tmp_path / "build", tmp_path / "full"
    added = project / "profiles" / AL_MOURABITOUN.name
    shutil.copy(AL_MOURABITOUN, added)
    assert build(runner, project, out).exit_code == 0
    before, _ = graph_of(out)
    assert (GROUP["al-mourabitoun"], KG.hasPredecessor, GROUP["mujao"], INFERRED_GRAPH) in before

    text = added.read_text(encoding="utf-8")
    assert MERGER in text
    added.write_text(text.replace(MERGER, ""), encoding="utf-8")
    output, after = rebuild_as_a_full_build_would(runner, project, out, full)
    assert "incremental" in output
    assert (GROUP["al-mourabitoun"], KG.formedByMergerOf, GROUP["mujao"], None) not in {
        (s, p, o, None) for s, p, o, _ in after
    }
    assert before != after


def test_a_removed_profile_takes_its_graphs_and_entailments_with_it(runner, project, tmp_path):
    out, full = tmp_path / "build", tmp_path / "full"
    added = project / "profiles" / AL_MOURABITOUN.name
    shutil.copy(AL_MOURABITOUN, added)
    assert build(runner, project, out).exit_code == 0
    added.unlink()
    _, after = rebuild_as_a_full_build_would(runner, project, out, full)
    assert not any(s == GROUP["al-mourabitoun"] for s, *_ in after)


def test_a_bad_new_file_fails_the_rebuild_and_leaves_the_previous_build(
    runner, project, tmp_path
):
    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    before = snapshot(out)
    (project / "broken.ttl").write_text("@prefix kg: <urn:x#> .\nkg:a kg:b .\n", encoding="utf-8")
    result = build(runner, project, out)
    assert result.exit_code == 2
    assert f"{project / 'broken.ttl'}:2" in result.output
    assert snapshot(out) == before


def test_a_changed_ontology_or_shape_means_a_full_rebuild(project):
    inputs = Inputs.scan([project])
    entries = {p: {"sha256": sha, "graphs": []} for p, sha in inputs.data.items()}

    def previous(schema: str, engine: str = "rules") -> _Previous:
        return _Previous("x", schema, engine, entries, {}, 0, 0)

    assert _plan_update(previous(inputs.schema), inputs, "rules") is not None
    assert _plan_update(previous("another schema"), inputs, "rules") is None
    assert _plan_update(previous(inputs.schema, "owlrl"), inputs, "rules") is None


def test_an_added_profile_updates_a_copy_of_the_previous_store(
    runner, project, tmp_path, monkeypatch
):
    """Files only added: the new store is the previous one (copied by hard links) plus what the
    new file adds and entails and the graphs written anew, not a bulk load of every quad, and
    `graph.nq` the previous one changed as the store was, not dumped from it; the store holds
    exactly what `graph.nq` holds, each quad on one line (#13)."""
    import pyoxigraph as ox

    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    shutil.copy(AL_MOURABITOUN, project / "profiles" / AL_MOURABITOUN.name)

    def no_full_write(*_args: object) -> None:
        raise AssertionError("the store was bulk-loaded in full")

    def no_dump(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("graph.nq was dumped from the on-disk store whole")

    build_module = importlib.import_module("kg.build")
    monkeypatch.setattr(build_module, "_write_store", no_full_write)
    monkeypatch.setattr(build_module._Recording, "dump", no_dump, raising=False)
    result = build(runner, project, out)
    assert result.exit_code == 0, result.output
    assert "incremental" in result.output
    store = ox.Store.read_only(str(out / "store"))
    written = list(ox.parse(path=out / "graph.nq", format=ox.RdfFormat.N_QUADS))
    assert len(store) == len(written) == len(set(written))
    plain = [q for q in written if not isinstance(q.subject, ox.BlankNode)
             and not isinstance(q.object, ox.BlankNode)]
    assert all(quad in store for quad in plain)
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    lineage = ox.Quad(ox.NamedNode(str(GROUP["al-mourabitoun"])),
                      ox.NamedNode(str(KG.hasPredecessor)), ox.NamedNode(str(GROUP["gia"])),
                      inferred)
    assert lineage in store


def test_the_store_written_from_graph_nq_in_pieces_keeps_each_blank_node_one_node(
    tmp_path, monkeypatch
):
    """`graph.nq` is bulk-loaded a piece at a time, and each load would relabel the blank nodes
    it reads: a node named on both sides of a cut must stay one node, with its label."""
    import pyoxigraph as ox

    build_module = importlib.import_module("kg.build")
    lines = [
        f'_:b{n % 3} <urn:x-test:p> "{n}" <urn:x-test:g> .\n'
        f"<urn:x-test:s{n}> <urn:x-test:q> _:b{n % 3} <urn:x-test:g> .\n"
        f'<urn:x-test:s{n}> <urn:x-test:r> "_:not a node" <urn:x-test:g> .\n'
        for n in range(12)
    ]
    nquads = tmp_path / "graph.nq"
    nquads.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr(build_module, "_STORE_CHUNK", 150)  # cuts between lines of a node
    build_module._write_store(tmp_path / "store", nquads)
    store = ox.Store.read_only(str(tmp_path / "store"))
    written = set(ox.parse(path=nquads, format=ox.RdfFormat.N_QUADS))
    assert set(store) == written
    assert len({q.subject for q in store if isinstance(q.subject, ox.BlankNode)}) == 3


def test_the_rewritten_graphs_lines_are_oxigraphs_n_quads_of_their_quads(tmp_path):
    """`graph.nq`'s tail (the derived and precomputed graphs) is dumped graph by graph as
    N-Triples with the graph's name put in each line: the same bytes as the quads' N-Quads,
    whatever a literal holds (a line break, a quote, " ." at a line's end) or a node is."""
    import pyoxigraph as ox

    from kg.namespaces import DERIVED_GRAPH

    build_module = importlib.import_module("kg.build")
    store = ox.Store()
    p, kept = ox.NamedNode("urn:x-test:p"), ox.NamedNode("urn:x-test:kept")
    for n, graph in enumerate((PRECOMPUTED_GRAPH, DERIVED_GRAPH)):
        g = ox.NamedNode(str(graph))
        store.extend([
            ox.Quad(ox.NamedNode(f"urn:x-test:s{n}"), p, ox.Literal('two .\nlines " .'), g),
            ox.Quad(ox.BlankNode(), p, ox.Literal("5", datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#integer")), g),
            ox.Quad(ox.NamedNode(f"urn:x-test:s{n}"), p, ox.Literal("fr", language="fr"), g),
        ])
    store.add(ox.Quad(kept, p, kept, kept))  # another graph: not in the tail
    path = tmp_path / "graph.nq"
    path.write_bytes(b"before\n")
    build_module._append_rewritten(store, path)
    graphs = build_module._REWRITTEN_GRAPHS
    expected = build_module._nquads(
        q for g in graphs for q in store.quads_for_pattern(None, None, None, g)
    )
    assert path.read_bytes() == b"before\n" + expected
    assert len(expected.splitlines()) == 6


def test_blank_node_lines_are_found_apart_from_the_others_each_in_its_order():
    """The store's writer parses the lines that name a blank node apart (`_load_lines`): they
    are found from where "_:" occurs, first line, last line without a line break, two in a
    row, and "_:" inside a literal alike, as testing every line found them."""
    lines_apart = importlib.import_module("kg.build")._lines_apart
    text = (
        b"_:a <p> <o> .\n<s> <p> <o> .\n<s> <p> _:b .\n_:b <p> _:a .\n"
        b'<s> <p> "x_:y" .\n<s> <q> <o> .\n_:c <p> <o> .'
    )
    split = text.splitlines(keepends=True)
    expected = (
        b"".join(line for line in split if b"_:" not in line),
        b"".join(line for line in split if b"_:" in line),
    )
    assert lines_apart(text, b"_:") == expected
    assert expected[0] == b"<s> <p> <o> .\n<s> <q> <o> .\n"
    assert lines_apart(b"<s> <p> <o> .\n", b"_:") == (b"<s> <p> <o> .\n", b"")
    assert lines_apart(b"", b"_:") == (b"", b"")


def test_graph_nq_written_from_loading_on_and_the_stated_n_quads_hold_what_two_dumps_held(
    tmp_path,
):
    """A full build dumps `graph.nq`'s stated part right after loading, before reasoning, and
    appends the rest as the build makes it, the precomputed graph before validation;
    validation's stated N-Quads are that part and what validation adds (`_SharedDump`). Each
    file holds the very lines its own dump of the finished graph gives, on the curated data,
    which has literals the store rewrites (coordinates "8.0") and a derived graph (in the
    stated file, in `graph.nq` only in its tail); validation finds the store as it was before
    precompute, and the store's writer, fed each part as it comes, holds the graph quad for
    quad, blank nodes with their labels."""
    import pyoxigraph as ox

    from kg.load import load
    from kg.precompute import is_precomputed, precompute
    from kg.reason import reason

    build_module = importlib.import_module("kg.build")
    kg = load([DATA])
    shared = build_module._SharedDump(kg, tmp_path / "out")
    try:
        reason(kg)
        shared.reasoned()
        reasoned = set(kg.store)
        indexed = shared.precomputed()
        validated = set(kg.store)
        with kg.inferred_set_aside():
            shared.write_stated(tmp_path / "stated.nq")
        graph_nq = shared.generation / "graph.nq"
        graph = sorted(graph_nq.read_bytes().splitlines())
        tail = graph_nq.read_bytes()[shared.writer.offset:].splitlines()
        shared.writer.wait()
        written = set(ox.Store.read_only(str(shared.generation / "store")))
    finally:
        shared.abandon()
    assert not shared.generation.exists()

    assert validated == reasoned  # the precomputed graph out again, nothing else changed
    assert not is_precomputed(kg)
    kg.write_stated_nquads(tmp_path / "stated-alone.nq")
    assert precompute(kg) == indexed > 0
    kg.store.dump(tmp_path / "graph-alone.nq", format=ox.RdfFormat.N_QUADS)

    def lines(path: Path) -> list[bytes]:
        return sorted(path.read_bytes().splitlines())

    assert lines(tmp_path / "stated.nq") == lines(tmp_path / "stated-alone.nq")
    assert graph == lines(tmp_path / "graph-alone.nq")
    assert written == set(kg.store)
    assert validated < written
    assert any(isinstance(q.subject, ox.BlankNode) for q in written)
    inferred, derived = f"<{INFERRED_GRAPH}> .".encode(), f"<{DERIVED_GRAPH}> .".encode()
    precomputed = f"<{PRECOMPUTED_GRAPH}> .".encode()
    assert any(line.endswith(inferred) for line in graph)
    assert any(line.endswith(derived) for line in lines(tmp_path / "stated.nq"))
    assert not any(line.endswith(precomputed) for line in lines(tmp_path / "stated.nq"))
    # the rewritten graphs, and only they, after the offset a batch add reads from
    assert {line.endswith((derived, precomputed)) for line in tail} == {True}
    assert len(tail) == sum(line.endswith((derived, precomputed)) for line in graph)
    assert any(line.endswith(precomputed) for line in tail)
    assert kg.as_written


def test_the_store_writer_loads_each_part_appended_to_graph_nq_as_it_is_told_of_it(
    tmp_path, monkeypatch
):
    """The store's writer loads `graph.nq`'s first part at once, then, each time it is told
    the file's new end, the lines appended since, in pieces as the rest; only after the last
    part is the store closed and flushed. Abandoned, it stops and finishes nothing."""
    import pyoxigraph as ox

    build_module = importlib.import_module("kg.build")
    monkeypatch.setattr(build_module, "_STORE_CHUNK", 100)
    parts = [
        "".join(f'<urn:x-test:s{n}> <urn:x-test:p> "{n}" <urn:x-test:g> .\n' for n in range(9)),
        "".join(f"<urn:x-test:t{n}> <urn:x-test:p> _:b <urn:x-test:h> .\n" for n in range(9)),
        "".join(f"_:b <urn:x-test:q> <urn:x-test:u{n}> <urn:x-test:h> .\n" for n in range(9)),
    ]
    flushed = []
    real_flush_store = build_module._flush_store
    monkeypatch.setattr(
        build_module, "_flush_store", lambda folder: flushed.append(real_flush_store(folder))
    )
    generation = tmp_path / "generation"
    generation.mkdir()
    nquads = generation / "graph.nq"
    nquads.write_text(parts[0], encoding="utf-8")
    writer = build_module._StoreWriter(generation, nquads.stat().st_size)
    for number, part in enumerate(parts[1:], 1):
        with nquads.open("a", encoding="utf-8") as stream:
            stream.write(part)
        if number < len(parts) - 1:
            writer.load_to(nquads.stat().st_size)
        else:
            assert not flushed  # still open, waiting for the rest
            writer.load_last(nquads.stat().st_size)
    writer.wait()
    assert len(flushed) == 1
    assert writer.offset == len(parts[0]) + len(parts[1])
    store = ox.Store.read_only(str(generation / "store"))
    assert len(store) == 27
    assert len({q.object for q in store if isinstance(q.object, ox.BlankNode)}) == 1
    assert {q.subject for q in store if isinstance(q.subject, ox.BlankNode)} == {
        q.object for q in store if isinstance(q.object, ox.BlankNode)
    }
    del store

    other = tmp_path / "other"
    other.mkdir()
    (other / "graph.nq").write_text(parts[0], encoding="utf-8")
    stopped = build_module._StoreWriter(other, len(parts[0]))
    stopped.abandon()
    stopped.wait()  # stopped without an error
    assert len(flushed) == 1  # and never closed as finished


def test_letting_go_of_the_memory_store_frees_it_before_the_store_is_written():
    """The oxrdflib view holds the store in a reference cycle; the build's memory peak is the
    in-memory store plus RocksDB's loader unless the store is freed when let go."""
    import sys

    from kg.load import KnowledgeGraph

    kg = KnowledgeGraph()
    assert kg.dataset is not None  # the view, as validation makes it
    memory_store = kg.store
    importlib.import_module("kg.build")._let_go_of_the_memory_store(kg)
    assert sys.getrefcount(memory_store) == 2  # this name and the call's argument only


def test_a_full_build_precomputes_before_validation_which_does_not_see_the_precomputed_graph(
    tmp_path, monkeypatch
):
    """A full build precomputes before it validates, so that the store's writer can load the
    last part of `graph.nq` and compact the store while validation runs: when validation
    starts, `graph.nq` already ends with the precomputed graph, the store validation reads
    holds none of it, and the published store holds it."""
    import pyoxigraph as ox

    from kg.build import build as run_build
    from kg.precompute import is_precomputed

    validate_module = importlib.import_module("kg.validate")  # `kg.validate` is the function

    precomputed = ox.NamedNode(str(PRECOMPUTED_GRAPH))
    ending = f"<{PRECOMPUTED_GRAPH}> .".encode()
    seen: list[tuple[int, int]] = []
    real_validate = validate_module.validate

    def validate(graph, **options):
        written = [
            line
            for path in tmp_path.glob(".build.gen-*/graph.nq")
            for line in path.read_bytes().splitlines()
            if line.endswith(ending)
        ]
        in_store = sum(1 for _ in graph.store.quads_for_pattern(None, None, None, precomputed))
        seen.append((len(written), in_store))
        return real_validate(graph, **options)

    monkeypatch.setattr(validate_module, "validate", validate)
    result = run_build([DATA], out_dir=tmp_path / "build", incremental=False)
    assert result.succeeded
    [(written, in_store)] = seen
    assert in_store == 0
    published = sum(
        1 for _ in result.kg.store.quads_for_pattern(None, None, None, precomputed)
    )
    assert written == published > 0
    assert is_precomputed(result.kg)


def test_a_full_build_with_a_violation_stops_its_store_writer_and_leaves_the_previous_build(
    runner, project, tmp_path
):
    """A full build writes its store on a thread from right after reasoning (`_StoreWriter`):
    when validation then finds a violation, the thread is stopped and its generation removed,
    and the previous build stays the build, its folder the only generation."""
    import threading

    out = tmp_path / "build"
    assert build(runner, project, out).exit_code == 0
    before = snapshot(out)
    (project / "cycle.trig").write_text(
        "@prefix kg: <https://w3id.org/ctkg/ontology#> .\n"
        "@prefix group: <https://w3id.org/ctkg/id/group/> .\n"
        "<urn:x-test:cycle> { group:gia kg:splitFrom group:aqim . }\n",  # AQIM descends from GIA
        encoding="utf-8",
    )
    result = build(runner, project, out, "--full")
    assert result.exit_code == 1, result.output
    assert "cycle" in result.output.lower(), result.output
    assert snapshot(out) == before
    generations = [p.name for p in tmp_path.iterdir() if p.name.startswith(".build.gen-")]
    assert generations == [out.resolve().name]
    assert not [t for t in threading.enumerate() if t.name == "kg-store-writer"]


def test_a_build_runs_with_the_cyclic_collector_paused_and_leaves_it_as_it_was(
    tmp_path, monkeypatch
):
    """The build pauses Python's cyclic garbage collector (its automatic collections took a
    sixth of the main thread's CPU at L) and gives it back as it found it, after a failure
    too."""
    import gc

    build_module = importlib.import_module("kg.build")
    seen = []

    def fake_build(*args, **kwargs):
        seen.append(gc.isenabled())
        if len(seen) == 3:
            raise RuntimeError("a build that fails")
        return "built"

    monkeypatch.setattr(build_module, "_build", fake_build)
    was = gc.isenabled()
    try:
        gc.enable()
        assert build_module.build([tmp_path], out_dir=tmp_path / "b", write=False) == "built"
        assert gc.isenabled()
        gc.disable()
        build_module.build([tmp_path], out_dir=tmp_path / "b", write=False)
        assert not gc.isenabled()
        gc.enable()
        with pytest.raises(RuntimeError):
            build_module.build([tmp_path], out_dir=tmp_path / "b", write=False)
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False, False]
