"""The whole pipeline, load → reason → validate → write, as one function.

Artefacts are written into a temporary folder beside the build folder and only moved into place
once every one of them is complete, so a failed build (bad file, violations, a crash half-way)
leaves the previous build exactly as it was. `manifest.json` records a fingerprint of every
input, which lets `kg query` reuse a build that is still current instead of reasoning again.
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

from rdflib import URIRef

from kg.errors import DataFileError
from kg.load import RDF_FORMATS, KnowledgeGraph, add_file, load
from kg.reason import DEFAULT_ENGINE, ReasoningResult, reason
from kg.resources import default_build_dir, default_data_dir, ontology_dir, shapes_dir
from kg.validate import ValidationReport, validate

GRAPH_FILE = "graph.trig"
MANIFEST_FILE = "manifest.json"
REPORT_FILE = "validation-report.ttl"
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")


@dataclass
class BuildResult:
    kg: KnowledgeGraph
    reasoning: ReasoningResult
    report: ValidationReport
    files_loaded: int
    artefacts: list[Path] = field(default_factory=list)

    @property
    def succeeded(self) -> bool:
        return self.report.conforms


def build(
    data: Sequence[Path | str] | None = None,
    *,
    out_dir: Path | None = None,
    engine: str = DEFAULT_ENGINE,
    write: bool = True,
) -> BuildResult:
    """Load, reason and validate; write the artefacts only if there is no violation."""
    kg = load(data)
    reasoning = reason(kg, engine=engine)
    report = validate(kg)
    result = BuildResult(kg, reasoning, report, files_loaded=len(set(kg.files.values())))
    if write and report.conforms:
        result.artefacts = write_artefacts(kg, report, out_dir or default_build_dir(), data)
    return result


def write_artefacts(
    kg: KnowledgeGraph,
    report: ValidationReport,
    out_dir: Path,
    data: Sequence[Path | str] | None = None,
) -> list[Path]:
    from kg.export import FORMATS, Distribution, dataset_description, export

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        distributions = []
        for fmt in EXPORT_FORMATS:
            path = staging / f"graph{FORMATS[fmt].suffix}"
            export(kg, fmt, path)
            distributions.append(Distribution(path, fmt, path.stat().st_size))
        # One description of the release listing every file (each export wrote its own).
        dataset_description(kg, distributions=distributions).serialize(
            staging / "graph.void.ttl", format="turtle"
        )
        report.graph.serialize(staging / REPORT_FILE, format="turtle")
        manifest = {
            "fingerprint": input_fingerprint(data),
            "files": {str(g): str(p) for g, p in sorted(kg.files.items())},
        }
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        written = []
        for path in sorted(staging.iterdir()):
            target = out_dir / path.name
            os.replace(path, target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def input_fingerprint(data: Sequence[Path | str] | None = None) -> str:
    """A hash of every file a build reads: ontology, vocabularies, shapes and data."""
    digest = hashlib.sha256()
    roots = [
        ontology_dir(),
        shapes_dir(),
        *([Path(p) for p in data] if data else [default_data_dir()]),
    ]
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if path.suffix.lower() in {*RDF_FORMATS, ".rq"}:
                digest.update(str(path.resolve()).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def open_built_graph(build_dir: Path | None = None) -> KnowledgeGraph | None:
    """The reasoned graph of the last build if its inputs have not changed since, else None."""
    build_dir = build_dir or default_build_dir()
    manifest_path = build_dir / MANIFEST_FILE
    graph_path = build_dir / GRAPH_FILE
    if not (manifest_path.is_file() and graph_path.is_file()):
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if manifest.get("fingerprint") != input_fingerprint():
        return None
    kg = KnowledgeGraph()
    try:
        add_file(kg, graph_path, URIRef("urn:x-ctkg:unnamed"))
    except DataFileError:
        return None
    kg.files = {URIRef(g): Path(p) for g, p in manifest.get("files", {}).items()}
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
