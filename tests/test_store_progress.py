"""#13: long work says what it is doing, stage by stage, with counts. At a million triples `kg
build` took half a minute and `kg serve` 43 s, both silent. Off a terminal (a pipe, a log, CI,
these tests) each stage is one line `kg CMD: …` on standard error; `--quiet` prints none."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.hermetic import DATA

from .serve.servers import Server, _stop, _wait_until_answering, free_port, running_oxigraph

COUNT = re.compile(r"\d[\d,]*")


def stage_lines(text: str, command: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(f"kg {command}: ")]


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_kg_build_says_each_stage_with_its_counts(tmp_path):
    result = invoke("build", "--out", str(tmp_path / "build"))
    assert result.exit_code == 0, result.output
    lines = stage_lines(result.stderr, "build")
    said = "\n".join(lines)
    for stage in ("data files found", "loaded", "inferred", "validated", "precomputed",
                  "wrote"):
        assert stage in said, (stage, said)
    assert sum(bool(COUNT.search(line)) for line in lines) >= 5
    assert not stage_lines(result.stdout, "build")  # standard output keeps the outcome only


def test_kg_build_quiet_says_no_stage_but_the_outcome(tmp_path):
    result = invoke("build", "--quiet", "--out", str(tmp_path / "build"))
    assert result.exit_code == 0, result.output
    assert not stage_lines(result.output, "build")
    assert "wrote" in result.stdout


def test_an_incremental_build_says_what_changed(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "places.ttl").write_bytes((DATA / "places.ttl").read_bytes())
    out = str(tmp_path / "build")
    assert invoke("build", "--data", str(data), "--out", out).exit_code == 0
    (data / "aqim.trig").write_bytes((DATA / "profiles" / "aqim.trig").read_bytes())
    result = invoke("build", "--data", str(data), "--out", out)
    assert result.exit_code == 0, result.output
    said = "\n".join(stage_lines(result.stderr, "build"))
    assert "1 data files added, 0 changed, 0 removed" in said
    assert "reasoning about the" in said


@pytest.mark.parametrize("quiet", [False, True])
def test_kg_export_says_what_it_opens_and_writes(tmp_path, built, quiet):
    target = tmp_path / "graph.nq"
    result = invoke("export", "--format", "nquads", "-o", str(target), "--build", str(built),
                    *(["--quiet"] if quiet else []))
    assert result.exit_code == 0, result.output
    lines = stage_lines(result.stderr, "export")
    if quiet:
        assert lines == []
    else:
        assert "opened the build's store" in lines[0] and COUNT.search(lines[0])
        assert any(line.startswith("kg export: wrote ") and "statements" in line
                   for line in lines)


@pytest.mark.parametrize("quiet", [False, True])
def test_kg_ingest_says_what_it_reads(tmp_path, quiet):
    result = invoke("ingest", str(DATA / "profiles" / "aqim.txt"), "-o",
                    str(tmp_path / "aqim.trig"), *(["--quiet"] if quiet else []))
    assert result.exit_code == 0, result.output
    lines = stage_lines(result.stderr, "ingest")
    if quiet:
        assert lines == []
    else:
        assert any("reading" in line and "aqim.txt" in line for line in lines)
        assert any(re.search(r"read [\d,]+ quads in [\d,]+ sections", line) for line in lines)


def test_kg_push_says_what_it_pushes(tmp_path, built):
    with running_oxigraph(tmp_path) as server:
        result = invoke("push", "--endpoint", f"{server.base}/query", "--update-endpoint",
                        f"{server.base}/update", "--build", str(built))
        quiet = invoke("push", "--quiet", "--endpoint", f"{server.base}/query",
                       "--update-endpoint", f"{server.base}/update", "--build", str(built))
    assert result.exit_code == 0 and quiet.exit_code == 0, result.output + quiet.output
    said = "\n".join(stage_lines(result.stderr, "push"))
    assert "opened the build's store" in said
    assert re.search(r"pushed [\d,]+ triples in [\d,]+ named graphs", said)
    assert stage_lines(quiet.stderr, "push") == []


def test_kg_serve_says_its_start_up_stages_before_it_answers(built):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--workers", "1",
         "--build", str(built)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    server = Server(process, f"http://127.0.0.1:{port}")
    try:
        _wait_until_answering(server, "/sparql?query=ASK%7B%7D")
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
        _stop(process)
    lines = stage_lines(stderr.decode(), "serve")
    said = "\n".join(lines)
    assert "opened the build's store" in said, said
    assert "starting 1 query workers" in said
    assert re.search(r"1 query workers ready \([\d.]+ s since start\)", said)


def test_kg_serve_quiet_says_only_where_it_serves(built):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--quiet", "--port", str(port), "--workers",
         "1", "--build", str(built)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    server = Server(process, f"http://127.0.0.1:{port}")
    try:
        _wait_until_answering(server, "/sparql?query=ASK%7B%7D")
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
        _stop(process)
    text = stderr.decode()
    assert stage_lines(text, "serve") == []
    assert "serving read-only at" in text


def test_stage_lines_are_never_read_as_markup(tmp_path):
    """A folder name with Rich markup in it is printed as it is."""
    result = invoke("build", "--out", str(tmp_path / "[bold]build"))
    assert result.exit_code == 0, result.output
    assert "[bold]" in "\n".join(stage_lines(result.stderr, "build"))
