"""A fuzzer for data files: random and mutated Turtle, TriG, N-Quads, JSON-LD and RDF/XML bytes
through `kg.load` (and a few through `kg build`). Whatever the bytes, loading either succeeds
or raises a `kg.errors` exception; a failed build leaves the previous one as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.load import Limits, load

SEEDS = {
    "ttl": b'@prefix ex: <http://example.org/> .\nex:a ex:p [ ex:q ( ex:b "c"@en 1.5 ) ] ;\n'
    b'  ex:r """long\nstring""" , \'x\'^^ex:t .\n# comment\n',
    "trig": b"@prefix ex: <http://example.org/> .\nex:g { ex:a ex:p ex:b . }\n"
    b'GRAPH ex:h { ex:a ex:p [ ex:q "v" ] }\n',
    "nq": b'<http://e/a> <http://e/p> "x\\n" <http://e/g> .\n_:b <http://e/p> _:c .\n',
    "jsonld": b'{"@context": {"ex": "http://example.org/"}, "@graph": [{"@id": "ex:a",'
    b' "ex:p": {"@id": "ex:b", "ex:q": [{"@value": "v", "@language": "en"}]}}]}\n',
    "rdf": b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#" xmlns:ex="http://example.org/">\n<rdf:Description rdf:about="http://e/a">'
    b'<ex:p rdf:parseType="Resource"><ex:q>v</ex:q></ex:p></rdf:Description></rdf:RDF>\n',
}
# Bytes that matter to some parser: brackets, quotes, escapes, prefixes, control bytes,
# broken UTF-8, JSON-LD keywords and XML markup.
PIECES = [
    b"[", b"]", b"(", b")", b"{", b"}", b"<", b">", b'"', b"'", b'"""', b"\\", b"\\u", b"@",
    b"@prefix", b"_:", b":", b".", b";", b",", b"#", b"\n", b"\r", b"\x00", b"\x1b[2J", b"\xff",
    b"\xc3", b"\xe2\x80\xae", b"@context", b"@id", b"@graph", b"@value", b"<!ENTITY",
    b"<!DOCTYPE", b"rdf:parseType", b"http://127.0.0.1/", b"file:///etc/passwd", b"^^", b"1e9",
]
LIMITS = Limits(max_file_bytes=1_000_000, max_literal_chars=10_000, max_nesting=20)


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["insert", "delete", "truncate", "repeat", "flip"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data[at:at] = draw(st.sampled_from(PIECES) | st.binary(max_size=8))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 16))]
        elif op == "truncate":
            del data[at:]
        elif op == "repeat":
            data[at:at] = draw(st.sampled_from(PIECES)) * draw(st.integers(2, 60))
        elif data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
    return bytes(data)


def random_bytes():
    return st.lists(st.sampled_from(PIECES) | st.binary(max_size=6), max_size=40).map(b"".join)


def file_contents(suffix: str):
    return mutated(SEEDS[suffix]) | random_bytes()


def load_one(folder: Path, suffix: str, content: bytes) -> None:
    path = folder / f"fuzz.{suffix}"
    path.write_bytes(content)
    try:
        load([path], with_ontology=False, limits=LIMITS)
    except KgError as error:
        message = str(error)
        assert message.startswith(str(path))
        assert "\n" not in message and "\x1b" not in message and "\x00" not in message


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_any_bytes_load_or_fail_with_a_kg_error(tmp_path_factory, suffix):
    folder = tmp_path_factory.mktemp(f"fuzz-{suffix}")

    @settings(max_examples=150, deadline=None, database=None)
    @given(content=file_contents(suffix))
    def check(content: bytes) -> None:
        load_one(folder, suffix, content)

    check()


def test_the_seeds_themselves_load(tmp_path):
    for suffix, content in SEEDS.items():
        path = tmp_path / f"seed.{suffix}"
        path.write_bytes(content)
        assert len(load([path], with_ontology=False, limits=LIMITS)) > 0, suffix


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("cli-data")
    (data / "good.ttl").write_bytes(b"<http://e/a> <http://e/p> <http://e/b> .\n")
    out = tmp_path_factory.mktemp("cli-build")
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return data, out


@settings(
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(suffix=st.sampled_from(sorted(SEEDS)), content=st.data())
def test_a_build_that_fails_on_fuzzed_data_leaves_the_previous_build(
    previous_build, suffix, content
):
    data, out = previous_build
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = data / f"fuzz.{suffix}"
    bad.write_bytes(content.draw(file_contents(suffix)) + b"\n[ ( {")  # never valid
    try:
        result = CliRunner().invoke(app, ["build", "--data", str(data), "--out", str(out)])
    finally:
        bad.unlink()
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception)
    )
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
