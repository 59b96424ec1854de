"""Hostile data files (issue #10): each case of the campaign that broke `kg` through `--data`
gets a clear one-line error naming the file and line, and nothing else."""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import DataFileError
from kg.export import ExportError, export
from kg.load import Limits, blank_node_depth, load
from kg.namespaces import GRAPH, ONTOLOGY_GRAPH
from tests.hermetic import DATA

from ..conftest import without_progress

EX = "@prefix ex: <http://example.org/> .\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def nested_blank_nodes(depth: int) -> str:
    return EX + "ex:a ex:p " + "[ ex:p " * depth + "ex:b" + " ]" * depth + " .\n"


def nested_lists(depth: int) -> str:
    return EX + "ex:a ex:p " + "( " * depth + "ex:b" + " )" * depth + " .\n"


def nested_json_ld(depth: int) -> str:
    return (
        '{"@id": "http://example.org/a",\n "http://example.org/p": '
        + '{"http://example.org/p": ' * depth
        + '"x"'
        + "}" * depth
        + "}\n"
    )


def nested_xml(depth: int) -> str:
    return (
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:ex="http://example.org/">\n<rdf:Description rdf:about="http://example.org/a">'
        + '<ex:p rdf:parseType="Resource">' * depth
        + "</ex:p>" * depth
        + "</rdf:Description></rdf:RDF>\n"
    )


def run_cli(*args: str) -> tuple[int, str]:
    """Run `kg`; a traceback (any exception but the exit) fails the test here."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}"
    )
    assert "Traceback" not in result.output
    return result.exit_code, result.output


# ---------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    "name, text",
    [
        ("blank.ttl", nested_blank_nodes(5_000)),
        ("lists.ttl", nested_lists(5_000)),
        ("lists.trig", "ex:g {\n" + nested_lists(300).replace(EX, "") + "}\n"),
        ("deep.jsonld", nested_json_ld(5_000)),
        ("deep.rdf", nested_xml(5_000)),
    ],
)
def test_deeply_nested_data_is_refused_naming_file_line_and_limit(tmp_path, name, text):
    if name.endswith(".trig"):
        text = EX + text
    path = write(tmp_path, name, text)
    with pytest.raises(DataFileError) as caught:
        load([path], with_ontology=False)
    assert caught.value.path == path
    assert caught.value.line in (1, 2, 3)
    assert re.search(r"nest more than 10[03] deep \(KG_MAX_NESTING", str(caught.value))


def test_nesting_limit_is_a_setting(tmp_path, monkeypatch):
    path = write(tmp_path, "blank.ttl", nested_blank_nodes(150))
    with pytest.raises(DataFileError):
        load([path], with_ontology=False)
    monkeypatch.setenv("KG_MAX_NESTING", "200")
    assert len(load([path], with_ontology=False)) == 151
    assert len(load([path], with_ontology=False, limits=Limits(max_nesting=151))) == 151


def test_the_data_file_bounds_are_flags_of_the_kg_command(tmp_path, monkeypatch):
    # The flags set the variables kg.load reads, so they hold in every stage and worker. An
    # empty variable means "not set" to both kg and typer; setting it here lets monkeypatch
    # remove what the command sets when the test ends.
    variables = ("KG_MAX_NESTING", "KG_MAX_LITERAL_CHARS", "KG_MAX_FILE_BYTES")

    def unset() -> None:
        for variable in variables:
            monkeypatch.setenv(variable, "")

    unset()
    data = write(tmp_path / "data", "blank.ttl", nested_blank_nodes(20))
    assert run_cli("validate", "--data", str(data))[0] == 0
    code, output = run_cli("--max-nesting", "5", "validate", "--data", str(data))
    assert code == 2 and "nest more than 5 deep" in output, output
    unset()
    literal = write(tmp_path / "data2", "long.ttl", EX + f'ex:a ex:p "{"x" * 100}" .\n')
    code, output = run_cli("--max-literal-chars", "50", "validate", "--data", str(literal))
    assert code == 2 and "long.ttl" in output and "KG_MAX_LITERAL_CHARS" in output, output
    unset()
    code, output = run_cli("--max-file-bytes", "10", "validate", "--data", str(literal))
    assert code == 2 and "long.ttl" in output and "KG_MAX_FILE_BYTES" in output, output
    unset()


def test_a_long_flat_list_is_one_level_deep(tmp_path):
    path = write(tmp_path, "flat.ttl", EX + "ex:a ex:p (" + " ex:b" * 5_000 + " ) .\n")
    kg = load([path], with_ontology=False)
    assert len(kg) == 2 * 5_000 + 1


def test_blank_node_depth_is_measured_without_recursion_and_survives_cycles():
    import pyoxigraph as ox

    p = ox.NamedNode("http://example.org/p")
    chain = [ox.BlankNode() for _ in range(20_001)]
    quads = [ox.Triple(a, p, b) for a, b in itertools.pairwise(chain)]
    assert blank_node_depth(quads) == 20_001
    assert blank_node_depth([*quads, ox.Triple(chain[-1], p, chain[0])]) == 20_001
    assert blank_node_depth([]) == 0


def test_export_of_deep_blank_nodes_fails_fast_instead_of_exhausting_memory(
    tmp_path, monkeypatch
):
    """Issue #10: export of blank nodes nested 5,000 deep used 5-18 GB and crashed."""
    monkeypatch.setenv("KG_MAX_NESTING", "100000")  # even when the load bound is lifted
    kg = load([write(tmp_path / "data", "deep.ttl", nested_blank_nodes(5_000))])
    with pytest.raises(ExportError, match="uses a blank node"):
        export(kg, "jsonld", tmp_path / "out" / "ctkg.jsonld")
    assert not (tmp_path / "out" / "ctkg.jsonld").exists()


def test_export_never_labels_blank_nodes_nested_past_its_bound(tmp_path, monkeypatch):
    """Blank nodes are allowed in the ontology graphs only; even there deep nesting is refused
    rather than labelled for minutes."""
    import pyoxigraph as ox

    monkeypatch.setenv("KG_MAX_NESTING", "100000")
    kg = load([write(tmp_path / "data", "ok.ttl", EX + "ex:a ex:p ex:b .\n")])
    chain = [ox.BlankNode() for _ in range(2_001)]
    p, graph = ox.NamedNode("http://example.org/p"), ox.NamedNode(str(ONTOLOGY_GRAPH))
    kg.store.bulk_extend(ox.Quad(a, p, b, graph) for a, b in itertools.pairwise(chain))
    with pytest.raises(ExportError, match="nest more than 100 deep"):
        export(kg, "nquads", tmp_path / "out" / "ctkg.nq")


# ---------------------------------------------------------------- size


def test_a_literal_too_big_for_the_parser_is_a_clear_error(tmp_path):
    """Issue #10: a 50 MB literal gave `MemoryError: Reached the buffer maximal size`."""
    path = write(tmp_path, "big.ttl", EX + 'ex:a ex:p "' + "x" * (17 * 1024 * 1024) + '" .\n')
    with pytest.raises(DataFileError, match="too long to parse") as caught:
        load([path], with_ontology=False)
    assert caught.value.line == 2


def test_a_literal_over_the_limit_is_refused_naming_its_line(tmp_path, monkeypatch):
    text = EX + "ex:a ex:p ex:b .\n" + 'ex:a ex:q "' + "y" * 3_000 + '" .\n'
    path = write(tmp_path, "long.ttl", text)
    monkeypatch.setenv("KG_MAX_LITERAL_CHARS", "2000")
    with pytest.raises(DataFileError, match="3,000 characters is longer than the limit") as caught:
        load([path], with_ontology=False)
    assert caught.value.line == 3


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.nt", "<http://e/a> <http://e/p> <http://e/b> .\n" * 100)
    monkeypatch.setenv("KG_MAX_FILE_BYTES", "1000")
    with pytest.raises(DataFileError, match="more than the limit of 1,000"):
        load([path], with_ontology=False)


@pytest.mark.parametrize("value", ["-1", "ten", "0"])
def test_a_bad_limit_setting_is_a_clear_error(monkeypatch, tmp_path, value):
    monkeypatch.setenv("KG_MAX_NESTING", value)
    code, output = run_cli("build", "--data", str(write(tmp_path, "a.ttl", EX)), "--out",
                           str(tmp_path / "b"))
    assert code == 2
    assert "KG_MAX_NESTING" in output


# ---------------------------------------------------------------- through the CLI


CLI_CASES = {
    "deep.jsonld": nested_json_ld(5_000),
    "blank.ttl": nested_blank_nodes(5_000),
    "truncated.ttl": EX + 'ex:a ex:p "abc',
    "truncated.jsonld": nested_json_ld(3)[:-6],
    "truncated.trig": EX + "ex:g { ex:a ex:p ex:b .",
    "truncated.rdf": '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    '22-rdf-syntax-ns#">\n<rdf:Description rdf:about="http://e/a">',
    "half-a-character.ttl": (EX + 'ex:a ex:p "é" .\n').encode("utf-8")[:-5],
}


@pytest.mark.parametrize("name", sorted(CLI_CASES))
@pytest.mark.parametrize("command", ["build", "export"])
def test_hostile_data_gives_one_line_error_no_traceback(tmp_path, name, command):
    data = write(tmp_path / "data", name, CLI_CASES[name])
    if command == "build":
        args = ["build", "--data", str(data), "--out", str(tmp_path / "build")]
    else:
        args = ["export", "--format", "nquads", "-o", str(tmp_path / "x.nq"), "--data", str(data)]
    code, output = run_cli(*args)
    assert code == 2
    # the progress lines before the error ("kg build: reading the inputs") say what was done
    said = without_progress(output)
    assert len(said) == 1 and said[0].startswith(f"error: {data}:")


def test_a_failed_load_leaves_the_previous_build_untouched(tmp_path):
    data = write(tmp_path / "data", "good.ttl", EX + "ex:a ex:p ex:b .\n")
    out = tmp_path / "build"
    code, output = run_cli("build", "--data", str(data.parent), "--out", str(out))
    assert code == 0, output
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    write(tmp_path / "data", "deep.jsonld", nested_json_ld(5_000))
    code, _ = run_cli("build", "--data", str(data.parent), "--out", str(out))
    assert code == 2
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


# ---------------------------------------------------------------- files that are not files


def test_a_symlink_to_a_system_file_is_refused_and_its_content_never_shown(tmp_path):
    """Issue #10: a data file linked to /etc/passwd was followed and the parse error quoted
    its first line."""
    system_file = Path("/etc/passwd")
    first_line = system_file.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "passwd.ttl").symlink_to(system_file)
    with pytest.raises(DataFileError, match="symbolic link that leads out of") as caught:
        load([folder], with_ontology=False)
    assert first_line not in str(caught.value)
    code, output = run_cli("build", "--data", str(folder), "--out", str(tmp_path / "b"))
    assert code == 2
    assert first_line not in output
    assert "root:" not in output


def test_a_symlink_given_directly_that_leads_out_of_its_folder_is_refused(tmp_path):
    outside = write(tmp_path / "elsewhere", "x.ttl", EX + "ex:a ex:p ex:b .\n")
    link = tmp_path / "data" / "x.ttl"
    link.parent.mkdir()
    link.symlink_to(outside)
    with pytest.raises(DataFileError, match="symbolic link"):
        load([link], with_ontology=False)


def test_a_linked_folder_that_leads_out_of_the_data_folder_is_refused(tmp_path):
    write(tmp_path / "elsewhere", "x.ttl", EX + "ex:a ex:p ex:b .\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "more").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(DataFileError, match="symbolic link that leads out of"):
        load([tmp_path / "data"], with_ontology=False)


def test_a_symlink_within_the_data_folder_is_still_read(tmp_path):
    real = write(tmp_path / "data", "real.ttl", EX + "ex:a ex:p ex:b .\n")
    (tmp_path / "data" / "alias.ttl").symlink_to(real)
    kg = load([tmp_path / "data"], with_ontology=False)
    assert [g.rsplit("/", 1)[1] for g in kg.data_graph_names()] == ["alias", "real"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_not_read(device):
    with pytest.raises(DataFileError, match="not a regular file"):
        load([device], with_ontology=False)


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "data" / "pipe.ttl"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    with pytest.raises(DataFileError, match="not a regular file"):
        load([fifo.parent], with_ontology=False)


def test_parse_errors_quote_only_a_short_escaped_excerpt(tmp_path):
    hostile = "\x1b]0;owned\x07\x1b[2J" + "A" * 5_000
    path = write(tmp_path, "esc.ttl", EX + f"ex:a ex:p {hostile} .\n")
    with pytest.raises(DataFileError) as caught:
        load([path], with_ontology=False)
    message = str(caught.value)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in message)
    assert "\\x1b" in message
    assert len(message) < len(str(path)) + 300


def test_a_file_name_with_terminal_escapes_is_refused_with_the_name_escaped(tmp_path):
    folder = tmp_path / "data"
    write(folder, "x\x1b[31m.ttl", EX)
    with pytest.raises(DataFileError, match="control characters in its name") as caught:
        load([folder], with_ontology=False)
    assert "\x1b" not in str(caught.value)


# ---------------------------------------------------------------- the pipeline's own graphs


def test_a_data_file_cannot_write_into_the_ontology_graph_by_naming_it(tmp_path):
    text = EX + f"<{ONTOLOGY_GRAPH}> {{ ex:a ex:p ex:b . }}\n"
    path = write(tmp_path, "sneaky.trig", text)
    with pytest.raises(DataFileError, match="keeps for the ontology") as caught:
        load([path], with_ontology=False)
    assert caught.value.line == 2


@pytest.mark.parametrize("name", ["ontology.ttl", "inferred.ttl", "vocab.nt"])
def test_a_data_file_whose_name_is_a_pipeline_graph_is_refused(tmp_path, name):
    folder = tmp_path / "data"
    write(folder, name, EX.replace("@prefix ex: <http://example.org/> .\n", ""))
    assert GRAPH[name.split(".")[0]] is not None
    with pytest.raises(DataFileError, match="rename the file"):
        load([folder], with_ontology=False)


def test_json_ld_context_refusal_quotes_the_url_escaped(tmp_path):
    document = {"@context": "http://127.0.0.1/\x1b[2J" + "x" * 500, "@id": "http://e/a"}
    path = write(tmp_path, "ctx.jsonld", json.dumps(document))
    with pytest.raises(DataFileError, match="not fetched") as caught:
        load([path], with_ontology=False)
    assert "\x1b" not in str(caught.value)
    assert len(str(caught.value)) < 400


def test_the_shipped_data_loads_within_the_default_limits():
    kg = load([DATA])
    assert len(kg) > 2_000
