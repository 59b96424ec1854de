"""The whole pipeline, load → reason → validate → write, as one function, and again only as much
of it as the changed files need.

The build folder (`build/`) is a symbolic link to a generation folder beside it
(`.build.gen-<id>/`). A build writes every artefact into a new generation folder, flushes it to
disk, and then points the link at it with one atomic rename: a reader, or the next build, sees
either the whole previous build or the whole new one, never the new graph with the old manifest,
whatever moment a failed build (bad file, violations, a crash, a power cut) stopped at. A build
folder left by an older version as a plain folder is moved aside to `.build.gen-legacy/` and
linked the same way (a crash in between is repaired by the next build). Builds of one folder
take turns through a lock file (`.build.lock`): a second one started while the first runs is
refused with a message, never interleaved with it. `manifest.json` records a digest of every input
file and which named graphs each data file gave, which lets the next build:

- do nothing when no input changed (a no-op rebuild reads the files and the manifest, nothing
  more), and `kg query` reuse the build instead of reasoning again;
- when files were only added, work on a copy of the previous build's on-disk store (RocksDB's
  checkpoint, hard links): load the new files into it, reason only about what they add
  (`kg.reason.reason_increment`), validate and precompute what they can change, and write
  `graph.nq` as the previous one with the lines that changed (`_add_to_the_store`);
- when data files were changed or removed, start from the previous reasoned graph (`graph.nq`
  read into memory), drop the graphs of changed and removed files, parse only the new and
  changed ones and reason over the whole graph, since an entailment may have lost its premises;
- rebuild everything when the ontology, vocabularies, shapes or reasoning engine changed.

Validation covers the whole graph, except after files were only added: then the core shapes,
the SHACL-SPARQL constraints and the identity check are checked on the focus nodes the new
statements can change, the previous report giving the rest (`kg.validate.Increment`,
`kg.constraint_scope`; the two other checks still run in full). The build works out what
catalogue queries would otherwise pair across the whole graph on every run into the
precomputed graph (`kg.precompute`): an incremental build of added files brings the previous
one up to date after validation (`kg.precompute.precompute_increment`), any other writes it
anew before validation, which does not see it (`_SharedDump.precomputed`). `graph.nq`
(every named graph, inferred and precomputed included, written by Oxigraph in seconds at a
million triples) is the build's graph; Turtle, JSON-LD and the other release formats, sorted
and read back, are `kg export`'s job.

Beside `graph.nq` the generation holds the same quads as an on-disk Oxigraph store (`store/`,
RocksDB), written and closed before the link is switched: `kg query`, `kg serve`, `kg export`,
`kg push` and the pictures open it read-only (`open_built_graph`), which takes milliseconds
where parsing `graph.nq` took 18 s at the L corpus. A build of an older version has no store;
its `graph.nq` is read instead. A reader holds a shared lock on the store folder for as long as
it uses it, and a build removes an old generation only when it can take that lock exclusively:
`kg serve` started on one build keeps its store (and can start new workers on it) while later
builds publish newer ones; the generation is removed by the first build after the server stops.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import gc
import hashlib
import itertools
import json
import os
import queue
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from kg.atomic import write_atomically
from kg.errors import KgError
from kg.gazetteer.index import gazetteer_version
from kg.load import (
    RDF_FORMATS,
    KnowledgeGraph,
    add_file,
    load,
    rdf_files,
    refresh_gazetteer_graph,
)
from kg.namespaces import DERIVED_GRAPH, INFERRED_GRAPH, PRECOMPUTED_GRAPH
from kg.resources import default_build_dir, default_data_dir, ontology_dir, shapes_dir

if TYPE_CHECKING:
    from kg.reason import ReasoningResult
    from kg.validate import Increment, ValidationReport

# Reasoning and validation (owlrl, the SHACL engines, rdflib's SPARQL parser) are imported by the
# functions that build, not here: `kg query` imports this module only to open the last build.
DEFAULT_ENGINE = "rules"
"""`kg.reason.DEFAULT_ENGINE`, repeated so that importing this module does not import kg.reason
(tests/test_store_imports.py checks that the two agree)."""

GRAPH_FILE = "graph.nq"
MANIFEST_FILE = "manifest.json"
REPORT_FILE = "validation-report.ttl"
STORE_DIR = "store"
AS_WRITTEN_FILE = "as-written.nq"
"""The data's typed literals that the store holds rewritten, as written (`kg.store.as_written`)."""
CHECKED_FILE = "checked-queries.json"  # kg.store.sparql.CHECKED_FILE (tests check they agree)
ARTEFACTS = (GRAPH_FILE, MANIFEST_FILE, REPORT_FILE)
_MANIFEST_VERSION = 6
"""3: the graph holds the precomputed graph (kg.precompute). 4: `as-written.nq` is written when
the store rewrote literals (kg.store.as_written); an older build has none, so an incremental
build from it would validate its unchanged files as the store keeps them: it builds in full.
5: the precomputed graph holds casualties-by-year's index (kg.precompute.lineage_casualties);
an older build's store would answer that query with no rows, so it is not taken as current.
6: the same for attacks-by-country's index and the ranks of conflicting-claims' rows
(kg.precompute.attacks_by_country, conflicting_claims)."""
_LEGACY = "legacy"


class BuildFolderError(KgError):
    """The build folder cannot be written: another build holds it, or it is not a build's."""


@dataclass
class BuildResult:
    """What a build did. `mode` is "full", "incremental" or "current" (nothing to do: then
    there is no graph, reasoning or report, only the counts the manifest recorded)."""

    kg: KnowledgeGraph | None
    reasoning: ReasoningResult | None
    report: ValidationReport | None
    files_loaded: int
    artefacts: list[Path] = field(default_factory=list)
    mode: str = "full"
    changed: list[Path] = field(default_factory=list)
    triples: int = 0
    inferred: int = 0

    @property
    def succeeded(self) -> bool:
        return self.report is None or self.report.conforms


@dataclass(frozen=True)
class Inputs:
    """Every file a build reads, with digests: the schema (ontology, vocabularies, shapes and
    checks) as one digest, each data file on its own."""

    schema: str
    data: dict[Path, str]
    default_graphs: dict[Path, URIRef] = field(default_factory=dict, compare=False)
    stats: dict[Path, list[int]] = field(default_factory=dict, compare=False)
    """Each data file's `_file_stat`, recorded in the manifest so the next scan can skip
    hashing what did not change."""
    scanned_ns: int = field(default=0, compare=False)
    """When the scan started (`time.time_ns`)."""

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(self.schema.encode())
        for path, sha in sorted(self.data.items()):
            digest.update(f"{path}\0{sha}\n".encode())
        return digest.hexdigest()

    @classmethod
    def scan(
        cls, data: Sequence[Path | str] | None = None, *, previous: _Previous | None = None
    ) -> Inputs:
        """Digest every input. A data file whose size, times and inode are those `previous`
        recorded, and that was last written well before that build, keeps the digest recorded
        for it instead of being read again: at the L corpus (71 MB of data) hashing every
        file cost a one-shot `kg query` a large part of its second. The rule is git's, with
        the change time, which a copy that keeps the modification time (`cp -p`, `touch -d`)
        cannot keep."""
        scanned_ns = time.time_ns()
        schema = hashlib.sha256()
        for root in (ontology_dir(), shapes_dir()):
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if path.suffix.lower() in {*RDF_FORMATS, ".rq"}:
                    schema.update(str(path.resolve()).encode() + b"\0" + _sha256(path).encode())
        # the gazetteer's data is part of the schema: a new package version rebuilds in full
        schema.update(gazetteer_version().encode())
        files, graphs, stats = {}, {}, {}
        recorded = previous.inputs if previous is not None else {}
        settled = (previous.scanned_ns if previous is not None else 0) - _SETTLED_NS
        for root in [Path(p) for p in data] if data else [default_data_dir()]:
            for path, graph_name in rdf_files(root):
                resolved = path.resolve()
                stat = _file_stat(path)
                entry = recorded.get(resolved)
                if entry and entry.get("stat") == stat and max(stat[1], stat[2]) < settled:
                    files[resolved] = entry["sha256"]
                else:
                    files[resolved] = _sha256(path)
                stats[resolved] = stat
                graphs[resolved] = graph_name
        return cls(
            schema=schema.hexdigest(), data=files, default_graphs=graphs, stats=stats,
            scanned_ns=scanned_ns,
        )


_SETTLED_NS = 2_000_000_000
"""A file written less than this before the build that recorded it is hashed again: it may
have changed again within the file system's time resolution, as git's racy-index rule says."""


def _file_stat(path: Path) -> list[int]:
    """Size, modification and change time (ns), inode: what changes when a file is written."""
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


@dataclass(frozen=True)
class _Previous:
    """The manifest of the build in the output folder, if it is complete and readable."""

    fingerprint: str
    schema: str
    engine: str
    inputs: dict[Path, dict]
    recorded_files: dict[str, str]
    triples: int
    inferred: int
    folder: Path = Path()
    scanned_ns: int = 0
    rewritten_offset: int | None = None
    """Where `graph.nq`'s lines of the rewritten graphs start (`_dump_graph`); None for a build
    that did not record it (older, or its graph dumped from a store)."""

    @functools.cached_property
    def files(self) -> dict[URIRef, Path]:
        """graph → file, made when first asked: 78 k graphs at L, a third of a second of CPU
        that a one-shot `kg query` never needs."""
        return _files_of(self.recorded_files)

    @classmethod
    def read(cls, out_dir: Path) -> _Previous | None:
        """The manifest, read from the generation folder the link points to now: the graph is
        then read from that same folder (`folder`), even if a build switches the link between
        the two reads."""
        folder = Path(os.path.realpath(out_dir))
        try:
            manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if manifest.get("version") != _MANIFEST_VERSION or not (folder / GRAPH_FILE).is_file():
            return None
        return cls(
            fingerprint=manifest["fingerprint"],
            schema=manifest["schema"],
            engine=manifest["engine"],
            inputs={Path(p): entry for p, entry in manifest["inputs"].items()},
            recorded_files=manifest["files"],
            triples=manifest.get("triples", 0),
            inferred=manifest.get("inferred", 0),
            folder=folder,
            scanned_ns=manifest.get("scanned_ns", 0),
            rewritten_offset=manifest.get(_REWRITTEN_OFFSET),
        )


def _files_of(recorded: dict[str, str]) -> dict[URIRef, Path]:
    """graph → file from the manifest, one Path object per file (not one per graph). The graph
    names were the store's, so Oxigraph checks them (`to_rdflib` then skips rdflib's check in
    Python: at L, 78,000 names took a third of a second of a batch add's CPU)."""
    from kg.store.terms import to_rdflib

    paths: dict[str, Path] = {}
    return {
        to_rdflib(ox.NamedNode(g)): paths.get(p) or paths.setdefault(p, Path(p))  # type: ignore[misc]
        for g, p in recorded.items()
    }


def build(
    data: Sequence[Path | str] | None = None,
    *,
    out_dir: Path | None = None,
    engine: str = DEFAULT_ENGINE,
    write: bool = True,
    incremental: bool = True,
    progress: Progress | None = None,
) -> BuildResult:
    """Load, reason and validate; write the artefacts only if there is no violation. With
    `incremental` (and `write`), reuse the previous build in `out_dir` as far as the inputs
    allow (see the module docstring). `progress` is told each stage as it starts and what it
    found, in a few words with counts: at a million triples a build takes half a minute, and
    a user should see which part (the command line shows it; the library never prints)."""
    out_dir = out_dir or default_build_dir()
    say = progress or _silent
    if not write:
        with _cyclic_collector_paused():
            return _build(data, out_dir, engine, write=False, incremental=incremental, say=say)
    with build_lock(out_dir):
        try:
            _repair_interrupted_migration(out_dir)
            _ensure_build_folder(out_dir)
            _remove_old_generations(out_dir)
        except OSError as error:
            raise _cannot_write(out_dir, error) from None
        with _cyclic_collector_paused():
            return _build(data, out_dir, engine, write=True, incremental=incremental, say=say)


@contextlib.contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration (as it was, after). A build makes
    and drops millions of small containers (sets and tuples of terms, rows, dictionaries), and
    each automatic collection of the oldest generation walks every object alive: at the L
    corpus 40 of them took 3.2 s of the main thread's 19.9 s of CPU, and none freed anything
    worth having. The few cycles a build makes (rdflib graphs, the oxrdflib view of the
    store) are collected where it lets go of the in-memory store (`gc.collect()` runs either
    way) and after the build; the peak memory did not rise (1,382 MiB before, 1,323 with it,
    at L)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Progress = Callable[[str], None]
"""Told, in a few words with counts, each stage of a long piece of work as it goes."""


def _silent(_message: str) -> None:
    """The progress of a caller that did not ask for it."""


def _build(
    data: Sequence[Path | str] | None,
    out_dir: Path,
    engine: str,
    *,
    write: bool,
    incremental: bool,
    say: Progress,
) -> BuildResult:
    say("reading the inputs")
    previous = _Previous.read(out_dir) if write and incremental else None
    inputs = Inputs.scan(data, previous=previous)
    say(f"{len(inputs.data):,} data files found")
    if previous and previous.engine == engine and previous.fingerprint == inputs.fingerprint:
        return BuildResult(
            None, None, None, len(inputs.data), mode="current",
            triples=previous.triples, inferred=previous.inferred,
        )
    from kg.reason import reason
    from kg.validate import validate

    update = _plan_update(previous, inputs, engine) if previous else None
    if update is not None and previous is not None and _adds_to_the_store(previous, update, engine):
        return _add_to_the_store(out_dir, previous, update, inputs, engine, say)
    increment = None
    if update is not None:
        kg, changed = _apply_update(previous, update, inputs, say)
        mode = "incremental"
        say(f"reasoning ({engine}) over {len(kg):,} triples")
    else:
        say(f"loading {len(inputs.data):,} data files and the ontology")
        kg = load(data)
        changed, mode = sorted(inputs.data), "full"
        say(f"loaded {len(inputs.data):,} data files; reasoning ({engine})")
    # the stated graphs are final once loaded: the on-disk store is written from them on a
    # thread of its own while reasoning, precompute and validation run (_StoreWriter), from
    # `graph.nq`, whose first part is also the stated N-Quads validation reads (_SharedDump);
    # what reasoning and precompute add follows it
    shared = _SharedDump(kg, out_dir) if write else None
    indexed = 0
    try:
        reasoning = reason(kg, engine=engine)
        # counts from the reasoner: len(kg) counts the whole store (about a second each at L)
        validating = f"validating {reasoning.asserted:,} stated triples"
        if shared is not None:
            shared.reasoned()
            # precomputed before validation, so that the store's writer loads the last part
            # and compacts the store while validation runs (_SharedDump.precomputed)
            say(f"inferred {reasoning.inferred:,} triples; precomputing the catalogue's indexes")
            indexed = shared.precomputed()
            say(f"precomputed {indexed:,} triples; {validating}")
        else:
            say(f"inferred {reasoning.inferred:,} triples; {validating}")
        report = validate(
            kg, increment=increment, write_stated=shared.write_stated if shared else None
        )
        # shacl-rust ran on a thread of its own (kg.validate): what it freed stays in that
        # thread's malloc arena (70-80 MiB at the L corpus), under the write's peak
        _return_freed_memory()
        _say_validated(say, report)
    except BaseException:
        if shared is not None:
            shared.abandon()
        raise
    result = BuildResult(
        kg, reasoning, report, len(inputs.data), mode=mode, changed=changed,
        triples=reasoning.asserted, inferred=reasoning.inferred,
    )
    if shared is None:
        return result
    if not report.conforms:  # a violation: nothing is published, the previous build stays
        shared.abandon()
        return result
    say("writing the build")
    result.artefacts = write_artefacts(
        kg, report, out_dir, inputs, engine, reasoning, writer=shared.writer
    )
    total = reasoning.asserted + reasoning.inferred + indexed
    say(f"wrote {total:,} triples to {out_dir}")
    return result


def _say_validated(say: Progress, report: ValidationReport) -> None:
    say(
        f"validated: {len(report.violations):,} violations, {len(report.warnings):,} warnings"
    )


def _adds_to_the_store(previous: _Previous, update: _Update, engine: str) -> bool:
    """Whether this build only adds files to the previous one and can work on a copy of its
    on-disk store (`_add_to_the_store`): not after a change or removal (the whole graph is
    reasoned again, in memory), with another engine than the rules (which reason only about
    what is new), or from a build without a store (an older version's)."""
    return (
        not update.changed and not update.removed and engine == DEFAULT_ENGINE
        and (previous.folder / STORE_DIR / "CURRENT").is_file()
    )


def _add_to_the_store(
    out_dir: Path,
    previous: _Previous,
    update: _Update,
    inputs: Inputs,
    engine: str,
    say: Progress,
) -> BuildResult:
    """A build that only adds files, done on the previous build's on-disk store (#13): a new
    generation whose store is a copy of the previous one (RocksDB's checkpoint, hard links to
    its immutable files: milliseconds, whatever the size), the new files loaded into it, the
    reasoning about them, validation of the focus nodes they can affect (`kg.validate.Increment`),
    the precomputed graph brought up to date in place, and `graph.nq` dumped from that store;
    then the link is switched as after any build. Reading the previous `graph.nq` back into
    memory instead took about 10 s of CPU at the L corpus and most of the add's memory, and
    writing the whole store anew from it 20 s more. Nothing outside the new generation is
    written before the switch: a failure or a kill at any point leaves the previous build."""
    from kg.precompute import drop_precomputed, precompute, precompute_increment
    from kg.reason import reason_increment
    from kg.validate import validate

    generation = _new_generation(out_dir)
    kg = KnowledgeGraph()
    try:
        say(f"copying the previous build's store ({previous.triples + previous.inferred:,} "
            "triples)")
        # kg holds the only reference to the copy: closing it (_close_store) closes RocksDB
        kg.store = _Recording(  # type: ignore[assignment]
            _copy_store(previous.folder / STORE_DIR, generation / STORE_DIR)
        )
        kg.defer_files(lambda: dict(previous.files))
        kg.as_written.read(previous.folder / AS_WRITTEN_FILE)
        say(f"{len(update.added)} data files added, 0 changed, 0 removed: reading them")
        added: list[ox.Quad] = []
        for path in update.added:
            added += add_file(kg, path, inputs.default_graphs[path])
        say(f"reasoning about the {len(added):,} new triples")
        derived = ox.NamedNode(str(DERIVED_GRAPH))
        before = set(kg.store.quads_for_pattern(None, None, None, derived))
        inferred: list[ox.Quad] = []
        stated = previous.triples + len(kg.store.added)  # type: ignore[attr-defined]
        # (the files' quads only so far, each new: _Recording keeps those not already there)
        reasoning = reason_increment(
            kg, added, inferred_out=inferred, stated=stated, inferred_before=previous.inferred
        )
        after = set(kg.store.quads_for_pattern(None, None, None, derived))
        # validation sees the derived graph: what the rule now derives is new too, and a
        # statement it no longer derives can change any result (validated in full: None)
        gained = sorted(after - before, key=str) if before <= after else None
        increment = _increment(
            previous, update, None if gained is None else added + gained, inferred
        )
        if increment is None:  # validated whole: the previous build's index is not data
            drop_precomputed(kg)
            say(f"inferred {reasoning.inferred:,} triples; validating "
                f"{reasoning.asserted:,} stated triples")
        else:
            say(f"inferred {reasoning.inferred:,} triples; validating what the "
                f"{len(increment.added):,} new triples can change")
        report = validate(kg, increment=increment)
        _say_validated(say, report)
        result = BuildResult(
            kg, reasoning, report, len(inputs.data), mode="incremental",
            changed=list(update.added), triples=reasoning.asserted, inferred=reasoning.inferred,
        )
        if not report.conforms:
            _close_store(kg)
            shutil.rmtree(generation, ignore_errors=True)
            return result
        say("precomputing the catalogue's indexes")
        indexed = None
        if increment is not None and gained is not None:
            indexed = precompute_increment(kg, [*added, *inferred, *gained])
        if indexed is None:
            indexed = precompute(kg)
    except BaseException as error:  # a bad file, a full disk …: no half generation is left
        _close_store(kg)  # RocksDB's own threads would write into the folder being removed
        shutil.rmtree(generation, ignore_errors=True)
        if isinstance(error, OSError):
            raise _cannot_write(out_dir, error) from None
        raise
    say(f"precomputed {indexed:,} triples; writing the build")
    result.artefacts = write_artefacts(  # removes the generation itself if it fails
        kg, report, out_dir, inputs, engine, reasoning, generation=generation, previous=previous
    )
    say(f"wrote {reasoning.asserted + reasoning.inferred + indexed:,} triples to {out_dir}")
    return result


class _Recording:
    """The store a batch add works on, remembering what the build adds to it and removes from
    it (net: a quad set aside and put back is neither): `graph.nq` is then the previous one
    with those lines taken out and added (`_write_graph_by_changes`), where dumping the
    on-disk store whole took 20 s of CPU at the L corpus (each term read back from RocksDB).
    Everything else is the wrapped store's own."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.added: set[ox.Quad] = set()
        self.removed: set[ox.Quad] = set()

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    def __len__(self) -> int:
        return len(self.store)

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def __contains__(self, quad: object) -> bool:
        return quad in self.store

    def add(self, quad: ox.Quad) -> None:
        self.bulk_extend([quad])

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self.bulk_extend(quads)

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        new = [quad for quad in dict.fromkeys(quads) if quad not in self.store]
        for quad in new:
            if quad in self.removed:
                self.removed.discard(quad)
            else:
                self.added.add(quad)
        if len(new) >= _BULK_LOAD_FROM:
            self.store.bulk_extend(new)
        elif new:  # RocksDB's bulk loader costs 50–140 ms of CPU a call, however few the quads
            self.store.extend(new)

    def remove(self, quad: ox.Quad) -> None:
        if quad in self.store:
            self._forget(quad)
            self.store.remove(quad)

    def remove_graph(self, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> None:
        for quad in self.store.quads_for_pattern(None, None, None, graph):
            self._forget(quad)
        self.store.remove_graph(graph)

    def _forget(self, quad: ox.Quad) -> None:
        if quad in self.added:
            self.added.discard(quad)
        else:
            self.removed.add(quad)


_BULK_LOAD_FROM = 8_000
"""Quads from which the batch add's on-disk store is given them by its bulk loader rather than
in a transaction. Measured on a copy of the L build's store: the loader took 50, 80 and 140 ms
of CPU for 10, 100 and 1,000 quads (it writes and ingests files of its own) and 0.18 s for
10,000; a transaction 0.3 ms, 0.6 ms, 17 ms and 0.22 s. A batch add makes some twenty such
writes (the inferred and derived quads, the precomputed graph's entries, the claims' ranks),
all but the file's own of a few hundred quads or none."""


_REWRITTEN_GRAPHS = frozenset(map(ox.NamedNode, (str(DERIVED_GRAPH), str(PRECOMPUTED_GRAPH))))
"""The graphs a build writes anew from the whole graph (`kg.derive`, `kg.precompute`): the
only ones a batch add removes quads from, written last in `graph.nq` (`_dump_graph`)."""
_REWRITTEN_OFFSET = "rewritten_offset"
"""The manifest's record of where in `graph.nq` the rewritten graphs' lines start."""


def _dump_graph(kg: KnowledgeGraph, path: Path) -> int:
    """`graph.nq` from the in-memory store of a full build, by Oxigraph, the rewritten graphs'
    lines last; returns the offset where they start (the store is let go of next, so they are
    not put back)."""
    tail = path.with_name(f".{path.name}.tail")
    _append_rewritten(kg.store, tail)
    for name in _REWRITTEN_GRAPHS:
        kg.store.remove_graph(name)
    kg.store.dump(path, format=ox.RdfFormat.N_QUADS)
    offset = path.stat().st_size
    with path.open("ab") as target, tail.open("rb") as source:
        shutil.copyfileobj(source, target, _STORE_CHUNK)
    tail.unlink()
    return offset


def _rewritten_quads(kg: KnowledgeGraph) -> list[ox.Quad]:
    """The quads of the graphs a build writes anew (`_REWRITTEN_GRAPHS`)."""
    return [
        quad
        for name in _REWRITTEN_GRAPHS
        for quad in kg.store.quads_for_pattern(None, None, None, name)
    ]


def _append_rewritten(store: ox.Store, path: Path) -> None:
    """Append to `path` the N-Quads lines of the graphs a build writes anew (`_append_graphs`).
    Making the 278,533 quads of the L corpus's precomputed graph Python objects, to serialise
    them back, took about a second, and at the XL corpus their 2.8 M objects, then their
    bytes (400 MB), were held at the build's peak of memory; this holds one piece."""
    _append_graphs(store, path, _REWRITTEN_GRAPHS)


def _append_graphs(store: ox.Store, path: Path, names: Iterable[ox.NamedNode]) -> None:
    """Append to `path` the N-Quads lines of the graphs `names`, serialised by Oxigraph: each
    graph dumped as N-Triples into a scratch file beside `path`, then copied a piece at a
    time with its name put before every line's end. Those are the bytes `_nquads` gives for
    the same quads (a line break inside a literal is written escaped, so " .\n" ends a line
    and nothing else)."""
    with path.open("ab") as target:
        for name in names:
            ending = f" {name} .\n".encode()
            with tempfile.TemporaryFile(dir=path.parent) as scratch:
                store.dump(scratch, format=ox.RdfFormat.N_TRIPLES, from_graph=name)
                scratch.seek(0)
                rest = b""
                while chunk := scratch.read(_STORE_CHUNK):
                    chunk = rest + chunk
                    cut = chunk.rfind(b"\n") + 1
                    rest = chunk[cut:]
                    target.write(chunk[:cut].replace(b" .\n", ending))
                target.write(rest)  # nothing: a dump ends with a line break


@contextlib.contextmanager
def _rewritten_set_aside(kg: KnowledgeGraph) -> Iterator[None]:
    """The store without the graphs a build writes anew, for the duration (their quads, a few
    or none before precompute, wait in a list)."""
    saved = _rewritten_quads(kg)
    for name in _REWRITTEN_GRAPHS:
        kg.store.remove_graph(name)
    try:
        yield
    finally:
        kg.store.bulk_extend(saved)


_INFERRED = ox.NamedNode(str(INFERRED_GRAPH))
_DERIVED = ox.NamedNode(str(DERIVED_GRAPH))


class _SharedDump:
    """`graph.nq`, written a part at a time as the build makes it, and the store's writer
    (`_StoreWriter`) loading each part as it is written, from right after loading (#13,
    thirteenth round).

    The stated graphs are final once the files are loaded: reasoning, validation and
    precompute add graphs of their own (inferred, derived, precomputed) or set some aside and
    put them back, and change no other. So `graph.nq`'s first part, every graph but the
    inferred and rewritten ones, without the quads the store holds rewritten (1,476,142 of the
    L corpus's 1,476,839 stated quads), is dumped by Oxigraph as soon as loading ends, and the
    writer bulk-loads it into RocksDB on the second core while reasoning runs on the first.
    After reasoning the literals the store rewrote, as it holds them, and the inferred graph
    are appended (`reasoned`), and after precompute, which runs before validation, the
    rewritten graphs (`precomputed`), each loaded in turn; the writer then compacts the store
    while validation runs. Before this round the writer started only after reasoning: at L on
    two idle cores its main part ended 2.3 s after the main thread's precompute, its
    compaction 5.6 s after.

    The same first part is validation's stated N-Quads but for what validation adds to it, the
    derived graph and the literals as the files wrote them (`write_stated`, called by
    `kg.validate.validate`): copied by the kernel, not dumped again. The lines of `graph.nq`
    come in another order than a dump of the store gives them; the store and every reader take
    them as a set."""

    def __init__(self, kg: KnowledgeGraph, out_dir: Path) -> None:
        """Dump the stated part into a new generation and start the store's writer on it.
        Call it with the files loaded and before reasoning."""
        self.kg = kg
        self.out_dir = out_dir
        self.generation = _new_generation(out_dir)
        graph = self.generation / GRAPH_FILE
        # the literals the store rewrote, as it holds them, outside the rewritten graphs
        # (whose lines come in graph.nq's tail): graph.nq's, not validation's
        self._held = [
            quad for quad in kg.as_written.quads
            if quad.graph_name not in _REWRITTEN_GRAPHS and quad in kg.store
        ]
        try:
            # a full build's store holds no inferred or rewritten graph yet; a rebuild after
            # changed files holds the previous build's until reasoning replaces them
            with (
                kg.inferred_set_aside(),
                _rewritten_set_aside(kg),
                kg.as_written.set_aside(kg.store),
            ):
                kg.store.dump(graph, format=ox.RdfFormat.N_QUADS)
            self.stated_size = graph.stat().st_size
            self.writer = _StoreWriter(self.generation, self.stated_size)
        except BaseException as error:
            shutil.rmtree(self.generation, ignore_errors=True)
            if isinstance(error, OSError):
                raise _cannot_write(out_dir, error) from None
            raise

    def reasoned(self) -> None:
        """Append the literals the store holds rewritten, as it holds them, and the inferred
        graph to `graph.nq`, and have the writer load them: call it after reasoning."""
        graph = self.generation / GRAPH_FILE
        try:
            with graph.open("ab") as target:
                target.write(_nquads(self._held))
            _append_graphs(self.kg.store, graph, (_INFERRED,))
            self.writer.load_to(graph.stat().st_size)
        except OSError as error:
            raise _cannot_write(self.out_dir, error) from None

    def precomputed(self) -> int:
        """Append the derived graph to `graph.nq`, precompute the catalogue's indexes
        (`kg.precompute.precompute`) and append each part of the precomputed graph as it is
        made, have the writer load them, then compact and close the store. The precomputed
        graph never enters the in-memory store but for the candidates its claims read, which
        are taken back out, so that validation reads what it read when precompute ran after
        it (its checks read the union of the graphs). Returns how many triples the
        precomputed graph holds. Call it after `reasoned`, before validation.

        Precompute reads the reasoned graph only, never the validation report, so it can run
        first (#13, fourteenth round): the writer's last part and its compaction (`optimize`,
        about 2.5 s of CPU at the L corpus) then overlap validation instead of following the
        main thread's end, when the writer was alone for the last 4.5 s of an idle build. A
        build that fails validation pays precompute before it says so, and is published no
        more than before (`abandon`)."""
        from kg.precompute import drop_precomputed, precompute

        graph = self.generation / GRAPH_FILE
        try:
            _append_graphs(self.kg.store, graph, (_DERIVED,))
            with graph.open("ab") as target:
                # each part straight into graph.nq, not through the store (`precompute`)
                indexed = precompute(self.kg, into=lambda quads: target.write(_nquads(quads)))
            self.writer.load_last(graph.stat().st_size)
        except OSError as error:
            raise _cannot_write(self.out_dir, error) from None
        drop_precomputed(self.kg)
        return indexed

    def write_stated(self, stated: Path) -> None:
        """Write validation's stated N-Quads into `stated` (what
        `KnowledgeGraph.write_stated_nquads` writes, the same lines in another order):
        `graph.nq`'s stated part, the rewritten graphs (the derived one: the precomputed graph
        is out of the store again, `precomputed`) and the quads as the files wrote them."""
        kg = self.kg
        try:
            with (self.generation / GRAPH_FILE).open("rb") as source, stated.open("wb") as target:
                _copy_start(source, target, self.stated_size)
            _append_rewritten(kg.store, stated)
            if kg.as_written:
                with stated.open("ab") as stream:
                    stream.write(kg.as_written.nquads())
        except OSError as error:
            raise _cannot_write(self.out_dir, error) from None

    def abandon(self) -> None:
        """Stop the writer, and remove the generation."""
        self.writer.abandon()
        shutil.rmtree(self.generation, ignore_errors=True)


def _nquads(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _write_graph_by_changes(
    store: _Recording, previous: Path, offset: int | None, path: Path
) -> int | None:
    """`graph.nq` of a batch add from the previous one (`previous`, whose rewritten graphs
    start at `offset`) and what the build changed in the store: the lines before `offset`
    copied as they are, the quads added outside the rewritten graphs appended to them, then
    the previous rewritten graphs' lines without those removed, and those added. None (nothing
    written) when the previous build recorded no offset or a quad outside the rewritten graphs
    went: then the store is dumped whole. Each line is Oxigraph's N-Quads serialisation of one
    quad, the same whether written by a dump or by `ox.serialize`, so a removed quad's line is
    found by its text; blank nodes keep their labels in the copied store."""
    if offset is None or any(q.graph_name not in _REWRITTEN_GRAPHS for q in store.removed):
        return None
    gone = {_nquads([quad]) for quad in store.removed}
    with previous.open("rb") as source, path.open("wb") as target:
        _copy_start(source, target, offset)
        target.write(_nquads(q for q in store.added if q.graph_name not in _REWRITTEN_GRAPHS))
        written = target.tell()
        kept = source.read().splitlines(keepends=True)
        target.write(b"".join(line for line in kept if line not in gone))
        target.write(_nquads(q for q in store.added if q.graph_name in _REWRITTEN_GRAPHS))
    return written


def _copy_start(source: BinaryIO, target: BinaryIO, size: int) -> None:
    """The first `size` bytes of `source` into `target`, both at their start: by the kernel
    (`copy_file_range`, no pass through user space; at the L corpus 300 MB read and written
    by Python took 2–3 s of CPU), else a MiB at a time. Leaves both positioned after them."""
    copy = getattr(os, "copy_file_range", None)
    done = 0
    if copy is not None:
        try:
            while done < size and (
                step := copy(source.fileno(), target.fileno(), size - done, done, done)
            ):
                done += step
        except OSError:  # a file system or kernel without it: copied by hand from `done`
            pass
        source.seek(done)
        target.seek(done)
    while done < size and (chunk := source.read(min(size - done, 1 << 20))):
        target.write(chunk)
        done += len(chunk)


def _new_generation(out_dir: Path) -> Path:
    """A new, empty generation folder beside `out_dir` (published by `_switch_to`)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _ensure_build_folder(out_dir)
    generation = out_dir.parent / f"{_generation_prefix(out_dir)}{uuid.uuid4().hex}"
    generation.mkdir()
    return generation


def _copy_store(source: Path, target: Path) -> ox.Store:
    """A copy of the on-disk store `source` at `target`, opened for writing: RocksDB's
    checkpoint (`Store.backup`), which hard-links the immutable table files on the same file
    system and copies only the rest; the copy is independent of `source`, whose readers and
    files are not touched. Blank nodes keep their labels (the same store, copied), so the
    copy's quads are the previous build's to the letter."""
    reader = ox.Store.read_only(str(source))
    try:
        reader.backup(str(target))
    finally:
        del reader
    return ox.Store(str(target))


def _close_store(kg: KnowledgeGraph) -> None:
    """Close the on-disk store `kg` writes (RocksDB closes when its last reference goes): its
    folder can then be published, and opened read-only by any process."""
    kg.store = ox.Store()
    kg.forget_views()
    gc.collect()  # the oxrdflib view holds the store in a reference cycle


@dataclass(frozen=True)
class _Update:
    added: list[Path]
    changed: list[Path]
    removed: list[Path]


def _plan_update(previous: _Previous, inputs: Inputs, engine: str) -> _Update | None:
    """Which data files to drop and (re)read, or None if only a full build will do."""
    if previous.schema != inputs.schema or previous.engine != engine:
        return None
    before = {path: entry["sha256"] for path, entry in previous.inputs.items()}
    added = [p for p in inputs.data if p not in before]
    changed = [p for p in inputs.data if p in before and before[p] != inputs.data[p]]
    removed = [p for p in before if p not in inputs.data]
    # A graph that another, unchanged file also writes to cannot be dropped file by file.
    redo = set(changed + removed)
    graphs = {path: set(entry["graphs"]) for path, entry in previous.inputs.items()}
    dropped = {g for p in redo for g in graphs[p]}
    kept = {g for p in graphs if p not in redo for g in graphs[p]}
    if dropped & kept:
        return None
    return _Update(sorted(added), sorted(changed), sorted(removed))


def _increment(
    previous: _Previous,
    update: _Update,
    added: list[ox.Quad] | None,
    inferred: list[ox.Quad] | None = None,
) -> Increment | None:
    """What lets validation check only what the added files can change (`kg.validate.Increment`):
    the quads they added and the previous build's report. None when files were changed or
    removed (a removal can change any result), when the derived graph lost a statement (`added`
    None), or the previous report cannot be read."""
    if update.changed or update.removed or added is None:
        return None
    from rdflib import Graph

    from kg.validate import Increment

    try:
        report = Graph().parse(previous.folder / REPORT_FILE, format="turtle")
    except (OSError, SyntaxError, ValueError):
        return None
    return Increment(added, report, inferred or ())


def _apply_update(
    previous: _Previous, update: _Update, inputs: Inputs, say: Progress = _silent
) -> tuple[KnowledgeGraph, list[Path]]:
    """The previous build's graph read back into memory, the graphs of changed and removed
    files dropped, and new and changed files read; the caller reasons about the whole graph
    again, since an entailment may have lost its premises. (Files only added go to
    `_add_to_the_store`.)"""
    from kg.precompute import drop_precomputed

    say(f"reading the previous build ({previous.triples + previous.inferred:,} triples)")
    kg = KnowledgeGraph(files=dict(previous.files))
    kg.store.bulk_load(path=previous.folder / GRAPH_FILE, format=ox.RdfFormat.N_QUADS)
    kg.as_written.read(previous.folder / AS_WRITTEN_FILE)
    drop_precomputed(kg)  # derived from the previous data: written anew after validation
    dropped = [
        ox.NamedNode(name)
        for path in update.changed + update.removed
        for name in previous.inputs[path]["graphs"]
    ]
    for name in dropped:
        kg.store.remove_graph(name)
        kg.files.pop(URIRef(name.value), None)
    kg.as_written.drop_graphs(dropped)
    kg.changed()
    say(
        f"{len(update.added)} data files added, {len(update.changed)} changed, "
        f"{len(update.removed)} removed: reading them"
    )
    for path in update.added + update.changed:
        add_file(kg, path, inputs.default_graphs[path])
    if update.changed or update.removed:
        refresh_gazetteer_graph(kg)
    return kg, update.added + update.changed + update.removed


def write_artefacts(
    kg: KnowledgeGraph,
    report: ValidationReport,
    out_dir: Path,
    inputs: Inputs,
    engine: str,
    reasoning: ReasoningResult,
    *,
    generation: Path | None = None,
    previous: _Previous | None = None,
    writer: _StoreWriter | None = None,
) -> list[Path]:
    """Write the graph, report and manifest into a new generation folder, then switch the
    build folder's link to it in one rename (see the module docstring). Call it holding
    `build_lock(out_dir)`; `build` does. With `generation` (a batch add,
    `_add_to_the_store`, from the `previous` build), that folder already holds the store `kg`
    works on: `graph.nq` is the previous one changed as the store was
    (`_write_graph_by_changes`), and the store is closed where it is. With `writer` (a build
    in memory), `graph.nq` is written already, and the store is being written from it in the
    writer's generation (`_SharedDump`): the writer finishes, compacts and closes it while
    the report and manifest are written."""
    on_disk = generation is not None
    generation = writer.generation if writer else generation or _new_generation(out_dir)
    graph = generation / GRAPH_FILE
    try:
        offset = None
        if on_disk and isinstance(kg.store, _Recording) and previous is not None:
            offset = _write_graph_by_changes(
                kg.store, previous.folder / GRAPH_FILE, previous.rewritten_offset, graph
            )
        if writer is not None:
            offset = writer.offset
        elif offset is None and on_disk:
            kg.store.dump(graph, format=ox.RdfFormat.N_QUADS)
        elif offset is None:
            offset = _dump_graph(kg, graph)
        _flush(graph)
        if on_disk:
            kg.store.flush()
            _close_store(kg)
            _flush_store(generation / STORE_DIR)
        else:
            _let_go_of_the_memory_store(kg)
            if writer is None:
                _write_store(generation / STORE_DIR, generation / GRAPH_FILE)
        if kg.as_written:  # none: no file (the curated data has a few, coordinates "8.0")
            kg.as_written.write(generation / AS_WRITTEN_FILE)
            _flush(generation / AS_WRITTEN_FILE)
        report.graph.serialize(generation / REPORT_FILE, format="turtle")
        _flush(generation / REPORT_FILE)
        _write_checked_queries(generation / CHECKED_FILE, out_dir / CHECKED_FILE)
        graphs_of: dict[Path, list[str]] = {path: [] for path in inputs.data}
        resolved: dict[object, Path] = {}  # a few files, tens of thousands of graphs
        for name, path in kg.files.items():
            found = resolved.get(path) or resolved.setdefault(path, Path(path).resolve())
            if found in graphs_of:
                graphs_of[found].append(str(name))
        manifest = {
            "version": _MANIFEST_VERSION,
            "fingerprint": inputs.fingerprint,
            "schema": inputs.schema,
            "engine": engine,
            "triples": reasoning.asserted,
            "inferred": reasoning.inferred,
            "scanned_ns": inputs.scanned_ns,
            **({_REWRITTEN_OFFSET: offset} if offset is not None else {}),
            "inputs": {
                str(path): {
                    "sha256": sha, "graphs": sorted(graphs_of[path]), "stat": inputs.stats.get(path)
                }
                for path, sha in sorted(inputs.data.items())
            },
            "files": {str(g): str(p) for g, p in sorted(kg.files.items())},
        }
        (generation / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        _flush(generation / MANIFEST_FILE)
        if writer is not None:
            writer.wait()  # the store written, closed and flushed before the switch
        _flush(generation)
    except BaseException as error:  # a failed write (disk full …) leaves no half generation
        if on_disk:
            _close_store(kg)  # RocksDB's own threads would write into the folder being removed
        if writer is not None:
            writer.abandon()  # nor the writer's thread
        shutil.rmtree(generation, ignore_errors=True)
        if isinstance(error, OSError):
            raise _cannot_write(out_dir, error) from None
        raise
    try:
        _switch_to(out_dir, generation)
    except OSError as error:
        raise _cannot_write(out_dir, error) from None
    _remove_old_generations(out_dir)
    _use_the_written_store(kg, generation / STORE_DIR)
    return [out_dir / name for name in sorted((*ARTEFACTS, STORE_DIR))]


def _let_go_of_the_memory_store(kg: KnowledgeGraph) -> None:
    """Free the in-memory store once `graph.nq` holds it (and ask the C library to hand the
    memory back): the rest of the build, and a caller of `build`, use the
    published store. `_use_the_written_store` gives the graph its store back, from disk."""
    kg.store = ox.Store()
    kg.forget_views()
    # the oxrdflib view and its Dataset hold the store in a reference cycle: without a
    # collection here it outlived the write (RSS unchanged across it at the L corpus)
    gc.collect()
    _return_freed_memory()


def _return_freed_memory() -> None:
    """Ask the C library to hand freed memory back to the system (glibc's `malloc_trim`): the
    store's many small allocations otherwise stay with the process, and RocksDB's bulk load
    would be stacked on top of them. Nothing where the library has no such call."""
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


def _use_the_written_store(kg: KnowledgeGraph, folder: Path) -> None:
    """The build's graph is now the store just published, opened read-only and held as any
    reader's (`hold_store`): what the build returns answers as the next command will."""
    held = hold_store(folder)
    if held is None:  # cannot happen but by a race with a removal: reread the N-Quads
        kg.store.bulk_load(path=folder.parent / GRAPH_FILE, format=ox.RdfFormat.N_QUADS)
    else:
        kg.store, kg.store_path, kg.store_hold = held.store, held.store_path, held.store_hold
    kg.forget_views()
    kg.changed()


def _write_checked_queries(path: Path, previous: Path) -> None:
    """The safety checks of every catalogue query, recorded for `kg query` (see
    `kg.store.sparql.remember_checked`), reusing the previous build's records (`previous`) of the
    same texts; a catalogue that cannot be read records none.

    Checking means parsing each query with rdflib's SPARQL parser (pyparsing): 1.6 s of CPU
    for the eleven catalogue queries, more than loading, reasoning and validating the curated
    data together (#11's build cost). The records are therefore also kept in the user's cache
    folder (beside the gazetteer's index) and reused by any build, the first of a new project
    too: a record counts only for the very query text it was made from, by the very version
    of the checker, and the text it records is compared with the query normalised again, so a
    changed query or checker is checked afresh."""
    from kg.query_catalogue import catalogue
    from kg.store.sparql import remember_checked, write_checked

    try:
        texts = [query.text for query in catalogue().values()]
    except KgError:
        texts = []
    cache = checked_queries_cache()
    remember_checked(cache)
    write_checked(path, texts, previous=previous)
    _flush(path)
    with contextlib.suppress(OSError, ValueError):  # a cache that fails only costs time
        records = json.loads(path.read_text(encoding="utf-8"))
        try:
            cached = json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cached = {}
        # other projects' catalogues and checker versions stay too, the newest first, so
        # builds of two projects on one account do not evict each other's records
        kept = {**records, **{k: v for k, v in dict(cached).items() if k not in records}}
        kept = dict(list(kept.items())[:_CHECKED_CACHE_SIZE])
        if kept != cached:
            cache.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(cache, json.dumps(kept, ensure_ascii=False))


_CHECKED_CACHE_SIZE = 512  # records, about 1 kB each


def checked_queries_cache() -> Path:
    """Where builds keep the catalogue's safety checks for the next build: the cache folder
    the gazetteer's index lives in ($CTKG_CACHE_DIR, else $XDG_CACHE_HOME/ctkg, else
    ~/.cache/ctkg)."""
    from kg.gazetteer.index import cache_path

    return cache_path().parent / CHECKED_FILE


_STORE_CHUNK = 64 << 20
"""Bytes of `graph.nq` per bulk load into the on-disk store (`_write_store`)."""


def _write_store(
    folder: Path,
    nquads: Path,
    *,
    size: int | None = None,
    then: Iterable[int] = (),
    cancelled: Callable[[], bool] = bool,
) -> bool:
    """The on-disk store readers open instead of parsing `graph.nq`: `graph.nq` (its first
    `size` bytes, then the bytes up to each end `then` gives, which are appended meanwhile:
    `then` may wait for them) bulk-loaded into RocksDB by Oxigraph, parsed in Rust, 64 MiB of
    lines at a time (beside the in-memory store: `_StoreWriter`). Copying the
    in-memory store quad by quad instead spent two thirds of the write making and freeing 1.9 M
    Python quads, and held the in-memory store meanwhile: measured at the L corpus, 34.8 s of
    CPU against 27.9 s, and 931 against 399 MiB for the write alone. Loading the whole file in
    one call held 1.36 GB. Each load call gives the blank nodes it reads labels of its own, so
    a node used on both sides of a cut would become two: lines that name a blank node are
    parsed apart (labels kept) and added as quads. The store is closed (nothing of it left in
    RocksDB's write-ahead log) and every file flushed before the caller publishes the
    generation. Returns False, the store left unfinished, when `cancelled` says so between two
    pieces or once `then` has no more ends.

    The loaded store is compacted (`Store.optimize`) before it is closed. The bulk loader's
    pieces leave RocksDB's files overlapping, and the compaction they call for runs in
    RocksDB's background threads whenever the store is next opened for writing: in a batch
    add's copy of it, which at the L corpus spent 1.7 s of CPU on it (of 4) and closed before
    it ended, so that the next add paid again. Compacting here costs the full build 2.6 s of
    CPU, once; an add on the compacted copy spends 0.02 s in those threads. Compacting before
    the rewritten graphs' lines (on the writer's thread while validation runs) was tried: the
    files they leave made the first add's own writes start a compaction of the whole store
    (1.3–1.7 s of its CPU again)."""
    store = ox.Store(str(folder))
    try:
        with nquads.open("rb") as stream:
            first = size if size is not None else nquads.stat().st_size
            for end in itertools.chain((first,), then):
                if not _load_pieces(store, stream, end, cancelled):
                    return False
            if cancelled():
                return False
            store.optimize()  # compacted now, once, rather than by every batch add's copy of it
        store.flush()
    finally:
        del store  # closes RocksDB: the folder can then be opened read-only by any process
    _flush_store(folder)
    return True


def _load_pieces(
    store: ox.Store, stream: BinaryIO, end: int, cancelled: Callable[[], bool]
) -> bool:
    """`stream`'s lines from where it stands to `end` (a line's end) into `store`, at most
    `_STORE_CHUNK` bytes at a time (`_load_lines`); False if `cancelled` says so first."""
    left = end - stream.tell()
    rest = b""
    while left > 0 and (chunk := stream.read(min(left, _STORE_CHUNK))):
        if cancelled():
            return False
        left -= len(chunk)
        chunk = rest + chunk
        cut = chunk.rfind(b"\n") + 1
        rest, chunk = chunk[cut:], chunk[:cut]
        _load_lines(store, chunk)
    _load_lines(store, rest)
    return True


class _StoreWriter:
    """The on-disk store of a full build written on a thread of its own, from `graph.nq` as the
    main thread writes it (`_SharedDump`): its first `size` bytes at once, then the lines
    appended up to each end the build gives (`load_to`, `load_last`), then compacted, closed
    and flushed. RocksDB's bulk load (a third of a full build's CPU at the L corpus, in Rust,
    without the GIL) thus overlaps reasoning, validation and precompute on the second core. A
    build that fails validation or stops (`abandon`) stops the thread between two pieces;
    nothing is published before the link is switched, as before."""

    def __init__(self, generation: Path, size: int) -> None:
        self.generation = generation
        self.offset = size
        """Where the lines appended next start: after `load_to`, where the rewritten graphs'
        lines start."""
        self._ends: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._write, args=(size,), name="kg-store-writer", daemon=True
        )
        self._thread.start()

    def _write(self, size: int) -> None:
        try:
            _write_store(
                self.generation / STORE_DIR,
                self.generation / GRAPH_FILE,
                size=size,
                then=self._appended(),
                cancelled=self._cancelled.is_set,
            )
        except BaseException as error:  # handed to the main thread by `wait`
            self._error = error

    def _appended(self) -> Iterator[int]:
        """Each end the build gives, as it gives it; over after the last (or `abandon`)."""
        while (end := self._ends.get()) is not None:
            yield end

    def load_to(self, end: int) -> None:
        """Load the lines appended to `graph.nq`, which now ends at `end`, a piece at a time
        as the rest."""
        self.offset = end
        self._ends.put(end)

    def load_last(self, end: int) -> None:
        """Load the last lines appended (up to `end`), then compact, close and flush the
        store; `wait` for it."""
        self._ends.put(end)
        self._ends.put(None)

    def wait(self) -> None:
        """Wait for the store to be written, closed and flushed; raises what the thread
        raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        """Stop the thread (at its next piece); the caller removes the generation."""
        self._cancelled.set()
        self._ends.put(None)
        self._thread.join()


def _flush_store(folder: Path) -> None:
    """Force a closed store's files to disk before the generation holding it is published."""
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != "LOCK":
            _flush(path)
    _flush(folder)


def _load_lines(store: ox.Store, lines: bytes) -> None:
    """Whole N-Quads lines into `store`: bulk-loaded, but those naming a blank node (`_:`, or
    a literal or IRI that merely contains it) parsed with their labels kept (see
    `_write_store`). The bulk loads skip validating IRIs and language tags again
    (`lenient`): the lines are this build's own, written by Oxigraph from terms it parsed
    strictly or made itself; measured on 128 MB of L's `graph.nq`, 5.5–5.8 → 4.9–5.2 s of
    CPU."""
    if not lines:
        return
    plain, blank = _lines_apart(lines, b"_:")
    if plain:
        store.bulk_load(input=plain, format=ox.RdfFormat.N_QUADS, lenient=True)
    if blank:
        store.bulk_extend(ox.parse(blank, format=ox.RdfFormat.N_QUADS))


def _lines_apart(lines: bytes, needle: bytes) -> tuple[bytes, bytes]:
    """`lines` as two texts, each in its order: the lines without `needle`, and those with it.
    Found from where `needle` occurs, not by testing every line: at the L corpus 10 of
    `graph.nq`'s 1.9 M lines name a blank node, all in one 64 MiB piece, and splitting that
    piece into its 340,000 lines to test each, then joining them back, took 0.31 s of CPU
    (0.11 s this way) holding the GIL that the main thread wants."""
    plain, marked = [], []
    start = 0
    found = lines.find(needle)
    while found != -1:
        line_start = lines.rfind(b"\n", start, found) + 1 or start
        line_end = lines.find(b"\n", found) + 1 or len(lines)
        plain.append(lines[start:line_start])
        marked.append(lines[line_start:line_end])
        start = line_end
        found = lines.find(needle, start)
    if not marked:
        return lines, b""
    plain.append(lines[start:])
    return b"".join(plain), b"".join(marked)


def _cannot_write(out_dir: Path, error: OSError) -> BuildFolderError:
    return BuildFolderError(
        f"{out_dir}: cannot write the build ({error.strerror or error}"
        f"{f': {error.filename}' if error.filename else ''}); the previous build is left as it "
        "was: free some space or fix the folder's permissions, then build again"
    )


def _generation_prefix(out_dir: Path) -> str:
    return f".{out_dir.name}.gen-"


def _lock_path(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.lock"


@contextlib.contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold the build folder's lock: one build writes a folder at a time. A second build
    is refused at once rather than queued, so that it never reuses a previous build that the
    first is about to replace, and the user sees why at once. The lock is the kernel's (flock),
    so a build that crashes or is killed releases it."""
    lock = _lock_path(out_dir)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        handle = lock.open("a+b")
    except OSError as error:
        raise BuildFolderError(
            f"{out_dir}: cannot create the build lock {lock} ({error.strerror}); "
            "check that the folder is writable or give another --out"
        ) from None
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildFolderError(
                f"{out_dir}: another `kg build` is writing this build folder (lock {lock}); "
                "wait for it to finish, then build again"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _ensure_build_folder(out_dir: Path) -> None:
    """Refuse an output folder that holds anything but a build's artefacts: switching the link
    replaces the folder as a whole, and must never take a user's other files with it."""
    if out_dir.is_symlink() or not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise BuildFolderError(
            f"--out {out_dir}: this is a file, not a build folder; give a folder"
        )
    ours = (*ARTEFACTS, STORE_DIR, CHECKED_FILE, AS_WRITTEN_FILE)
    others = sorted(p.name for p in out_dir.iterdir() if p.name not in ours)
    if others:
        raise BuildFolderError(
            f"--out {out_dir}: the folder holds files that are not a build's ({others[0]}"
            f"{' …' if len(others) > 1 else ''}); give a new or empty folder, or move them away"
        )


def _switch_to(out_dir: Path, generation: Path) -> None:
    """Point `out_dir` at `generation` with one rename of a symbolic link, which readers see
    happen all at once. A plain folder from an older build is swapped with the link in one
    step where the kernel can (Linux `renameat2` with RENAME_EXCHANGE), else moved aside as the
    legacy generation first (a crash in between is repaired by `_repair_interrupted_migration`)."""
    link = out_dir.parent / f".{out_dir.name}.link-{uuid.uuid4().hex}"
    os.symlink(generation.name, link)
    if out_dir.exists() and not out_dir.is_symlink():
        if not _exchange(link, out_dir):
            legacy = out_dir.parent / f"{_generation_prefix(out_dir)}{_LEGACY}"
            shutil.rmtree(legacy, ignore_errors=True)
            os.rename(out_dir, legacy)
            os.replace(link, out_dir)
    else:
        os.replace(link, out_dir)
    _flush(out_dir.parent)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one atomic step; False where the kernel, C library or file system
    cannot (then the caller takes two steps)."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(
        at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange
    )
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _repair_interrupted_migration(out_dir: Path) -> None:
    """A crash between moving a plain build folder aside and linking the new generation left no
    build folder: link the legacy generation back, so the previous build is found again."""
    legacy = out_dir.parent / f"{_generation_prefix(out_dir)}{_LEGACY}"
    if not out_dir.exists() and not out_dir.is_symlink() and legacy.is_dir():
        os.symlink(legacy.name, out_dir)
        _flush(out_dir.parent)


def _remove_old_generations(out_dir: Path) -> None:
    """Delete every generation but the current one, and links a crash left behind. A
    generation whose store a reader holds (`hold_store`) is left for a later build; a reader
    still loading an old generation's `graph.nq` either has the file open already (and reads
    it whole) or finds it gone and reasons afresh."""
    current = os.path.realpath(out_dir)
    prefixes = (_generation_prefix(out_dir), f".{out_dir.name}.link-")
    for path in out_dir.parent.iterdir():
        if not path.name.startswith(prefixes) or os.path.realpath(path) == current:
            continue
        if path.is_symlink() or not path.is_dir():
            path.unlink(missing_ok=True)
            continue
        with _store_unused(path / STORE_DIR) as unused:
            if unused:
                shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _store_unused(folder: Path) -> Iterator[bool]:
    """Whether no reader holds the store in `folder` (True when there is none), keeping the
    answer true, by holding the lock exclusively, until the block ends."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield True
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        yield False
        return
    try:
        yield True
    finally:
        os.close(fd)


class _StoreHold:
    """A shared lock on a generation's store folder, held while a reader uses the store: the
    builds that follow leave that generation in place (see `_remove_old_generations`). Closed
    when the KnowledgeGraph that keeps it is collected, or at the process's end."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


def hold_store(folder: Path) -> KnowledgeGraph | None:
    """The store in `folder` opened read-only, held against removal (`_StoreHold`), or None if
    there is none or it cannot be opened (a build of an older version, a removed generation):
    the caller then reads `graph.nq`."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    hold = _StoreHold(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)  # waits while a build is removing this generation
        store = ox.Store.read_only(str(folder))
    except OSError:
        return None
    kg = KnowledgeGraph(store=store)
    kg.store_path = folder
    kg.store_hold = hold
    return kg


def _flush(path: Path) -> None:
    """Force a file or folder entry to disk, so that the rename that publishes it is never
    written before what it publishes (a power cut would otherwise leave empty files)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_built_graph(
    build_dir: Path | None = None, *, progress: Progress | None = None
) -> KnowledgeGraph | None:
    """The reasoned graph of the last build if its inputs have not changed since, else None:
    its on-disk store opened read-only, or, for a build without one, its `graph.nq` read into
    memory."""
    say = progress or _silent
    build_dir = build_dir or default_build_dir()
    previous = _Previous.read(build_dir)
    if previous is None:
        say(f"no current build in {build_dir}")
        return None
    if previous.fingerprint != Inputs.scan(previous=previous).fingerprint:
        say(f"the inputs changed since the build in {build_dir}")
        return None
    triples = previous.triples + previous.inferred
    kg = hold_store(previous.folder / STORE_DIR)
    if kg is not None:
        kg.defer_files(lambda: dict(previous.files))
        say(f"opened the build's store ({triples:,} triples)")
        return kg
    say(f"reading the build's {GRAPH_FILE} ({triples:,} triples)")
    kg = KnowledgeGraph(files=dict(previous.files))
    try:
        kg.store.bulk_load(path=previous.folder / GRAPH_FILE, format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, OSError, ValueError):
        return None
    return kg


def current_graph(
    data: Sequence[Path | str] | None = None,
    *,
    build_dir: Path | None = None,
    engine: str = DEFAULT_ENGINE,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """The graph commands query: the last build if current, else loaded and reasoned now.
    `progress` is told which, with counts (see `build`)."""
    say = progress or _silent
    if not data:
        built = open_built_graph(build_dir, progress=say)
        if built is not None:
            return built
    from kg.precompute import precompute
    from kg.reason import reason

    say("loading the data and the ontology")
    kg = load(data)
    say(f"loaded {len(kg):,} triples; reasoning ({engine})")
    reasoning = reason(kg, engine=engine)
    say(f"inferred {reasoning.inferred:,} triples; precomputing the catalogue's indexes")
    precompute(kg)
    return kg
