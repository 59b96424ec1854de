"""The whole pipeline, load → reason → validate → write, as one function, and again only as much
of it as the changed files need.

Artefacts are written into a temporary folder beside the build folder and only moved into place
once every one of them is complete, so a failed build (bad file, violations, a crash half-way)
leaves the previous build exactly as it was. `manifest.json` records a digest of every input
file and which named graphs each data file gave, which lets the next build:

- do nothing when no input changed (a no-op rebuild reads the files and the manifest, nothing
  more), and `kg query` reuse the build instead of reasoning again;
- when only data files changed, start from the previous reasoned graph (`graph.nq`), drop the
  graphs of changed and removed files, parse only the new and changed ones and, if files were
  only added, reason only about what they add (`kg.reason.reason_increment`); a removal or a
  change re-reasons the whole graph, since an entailment may have lost its premises;
- rebuild everything when the ontology, vocabularies, shapes or reasoning engine changed.

Validation always covers the whole graph. `graph.nq` (every named graph, inferred included,
written by Oxigraph in seconds at a million triples) is the build's graph; Turtle, JSON-LD and
the other release formats, sorted and read back, are `kg export`'s job.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kg.gazetteer.index import gazetteer_version
from kg.load import (
    RDF_FORMATS,
    KnowledgeGraph,
    add_file,
    load,
    rdf_files,
    refresh_gazetteer_graph,
)
from kg.reason import DEFAULT_ENGINE, ReasoningResult, reason, reason_increment
from kg.resources import default_build_dir, default_data_dir, ontology_dir, shapes_dir
from kg.validate import ValidationReport, validate

GRAPH_FILE = "graph.nq"
MANIFEST_FILE = "manifest.json"
REPORT_FILE = "validation-report.ttl"
_MANIFEST_VERSION = 2


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

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(self.schema.encode())
        for path, sha in sorted(self.data.items()):
            digest.update(f"{path}\0{sha}\n".encode())
        return digest.hexdigest()

    @classmethod
    def scan(cls, data: Sequence[Path | str] | None = None) -> Inputs:
        schema = hashlib.sha256()
        for root in (ontology_dir(), shapes_dir()):
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if path.suffix.lower() in {*RDF_FORMATS, ".rq"}:
                    schema.update(str(path.resolve()).encode() + b"\0" + _sha256(path).encode())
        # the gazetteer's data is part of the schema: a new package version rebuilds in full
        schema.update(gazetteer_version().encode())
        files, graphs = {}, {}
        for root in [Path(p) for p in data] if data else [default_data_dir()]:
            for path, graph_name in rdf_files(root):
                files[path.resolve()] = _sha256(path)
                graphs[path.resolve()] = graph_name
        return cls(schema=schema.hexdigest(), data=files, default_graphs=graphs)


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
    files: dict[URIRef, Path]
    triples: int
    inferred: int

    @classmethod
    def read(cls, out_dir: Path) -> _Previous | None:
        try:
            manifest = json.loads((out_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None
        if manifest.get("version") != _MANIFEST_VERSION or not (out_dir / GRAPH_FILE).is_file():
            return None
        return cls(
            fingerprint=manifest["fingerprint"],
            schema=manifest["schema"],
            engine=manifest["engine"],
            inputs={Path(p): entry for p, entry in manifest["inputs"].items()},
            files=_files_of(manifest["files"]),
            triples=manifest.get("triples", 0),
            inferred=manifest.get("inferred", 0),
        )


def _files_of(recorded: dict[str, str]) -> dict[URIRef, Path]:
    """graph → file from the manifest, one Path object per file (not one per graph)."""
    paths: dict[str, Path] = {}
    return {URIRef(g): paths.get(p) or paths.setdefault(p, Path(p)) for g, p in recorded.items()}


def build(
    data: Sequence[Path | str] | None = None,
    *,
    out_dir: Path | None = None,
    engine: str = DEFAULT_ENGINE,
    write: bool = True,
    incremental: bool = True,
) -> BuildResult:
    """Load, reason and validate; write the artefacts only if there is no violation. With
    `incremental` (and `write`), reuse the previous build in `out_dir` as far as the inputs
    allow (see the module docstring)."""
    out_dir = out_dir or default_build_dir()
    inputs = Inputs.scan(data)
    previous = _Previous.read(out_dir) if write and incremental else None
    if previous and previous.engine == engine and previous.fingerprint == inputs.fingerprint:
        return BuildResult(
            None, None, None, len(inputs.data), mode="current",
            triples=previous.triples, inferred=previous.inferred,
        )
    update = _plan_update(previous, inputs, engine) if previous else None
    if update is not None:
        kg, reasoning, changed = _apply_update(out_dir, previous, update, inputs, engine)
        mode = "incremental"
    else:
        kg = load(data)
        reasoning = reason(kg, engine=engine)
        changed, mode = sorted(inputs.data), "full"
    report = validate(kg)
    result = BuildResult(
        kg, reasoning, report, len(inputs.data), mode=mode, changed=changed,
        triples=reasoning.asserted, inferred=reasoning.inferred,
    )
    if write and report.conforms:
        result.artefacts = write_artefacts(kg, report, out_dir, inputs, engine, reasoning)
    return result


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


def _apply_update(
    out_dir: Path, previous: _Previous, update: _Update, inputs: Inputs, engine: str
) -> tuple[KnowledgeGraph, ReasoningResult, list[Path]]:
    kg = KnowledgeGraph(files=dict(previous.files))
    kg.store.bulk_load(path=out_dir / GRAPH_FILE, format=ox.RdfFormat.N_QUADS)
    for path in update.changed + update.removed:
        for name in previous.inputs[path]["graphs"]:
            kg.store.remove_graph(ox.NamedNode(name))
            kg.files.pop(URIRef(name), None)
    kg.changed()
    added: list[ox.Quad] = []
    for path in update.added + update.changed:
        added += add_file(kg, path, inputs.default_graphs[path])
    if update.changed or update.removed:
        refresh_gazetteer_graph(kg)
    if update.changed or update.removed or engine != DEFAULT_ENGINE:
        reasoning = reason(kg, engine=engine)
    else:
        reasoning = reason_increment(kg, added)
    return kg, reasoning, update.added + update.changed + update.removed


def write_artefacts(
    kg: KnowledgeGraph,
    report: ValidationReport,
    out_dir: Path,
    inputs: Inputs,
    engine: str,
    reasoning: ReasoningResult,
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        kg.store.dump(staging / GRAPH_FILE, format=ox.RdfFormat.N_QUADS)
        report.graph.serialize(staging / REPORT_FILE, format="turtle")
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
            "inputs": {
                str(path): {"sha256": sha, "graphs": sorted(graphs_of[path])}
                for path, sha in sorted(inputs.data.items())
            },
            "files": {str(g): str(p) for g, p in sorted(kg.files.items())},
        }
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        written = []
        for path in sorted(staging.iterdir()):
            target = out_dir / path.name
            os.replace(path, target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def open_built_graph(build_dir: Path | None = None) -> KnowledgeGraph | None:
    """The reasoned graph of the last build if its inputs have not changed since, else None."""
    build_dir = build_dir or default_build_dir()
    previous = _Previous.read(build_dir)
    if previous is None or previous.fingerprint != Inputs.scan().fingerprint:
        return None
    kg = KnowledgeGraph(files=dict(previous.files))
    try:
        kg.store.bulk_load(path=build_dir / GRAPH_FILE, format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, OSError, ValueError):
        return None
    return kg


def current_graph(
    data: Sequence[Path | str] | None = None,
    *,
    build_dir: Path | None = None,
    engine: str = DEFAULT_ENGINE,
) -> KnowledgeGraph:
    """The graph commands query: the last build if current, else loaded and reasoned now."""
    if not data:
        built = open_built_graph(build_dir)
        if built is not None:
            return built
    kg = load(data)
    reason(kg, engine=engine)
    return kg

