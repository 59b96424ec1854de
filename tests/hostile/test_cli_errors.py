"""#10 item 6, the CLI's part: inputs that used to end `kg` in a traceback (a year 0 date, a
store's error text or a data file's names holding Rich markup, a malformed store URL, an
out-of-range port) now end in one line naming the problem, and an exception nobody expected is
one line saying it is a bug, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import app

from .remote_hostile_server import hostile_store

UNDATED_ATTACK = """@prefix kg: <https://w3id.org/ctkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/ctkg/id/attack/undated> a kg:Attack ;
  skos:prefLabel "no date, place or perpetrator"@en .
"""


def one_line_error(result, code: int = 2) -> str:
    """The command ended as it should for a user's mistake: its exit code, one line saying so,
    no exception escaping (the test runner would catch one silently), no traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


@pytest.mark.parametrize("option", ["to=0000", "from=0000", "to=0000-12-31"])
def test_a_year_0_date_is_a_parameter_error(runner, built, option):
    result = runner.invoke(
        app,
        ["query", "attacks", "-p", "group=AQIM", "-p", option, "--format", "csv",
         "--build", str(built)],
    )
    assert "there is no year 0" in one_line_error(result)


def test_a_stores_refusal_is_printed_as_it_is_never_read_as_markup(runner):
    with hostile_store() as store:
        result = runner.invoke(
            app, ["query", "names", "-p", "group=AQIM", "--endpoint", store.url("/markup")]
        )
    line = one_line_error(result)
    assert "HTTP 400" in line
    assert "Parse error [/x] at [bold red]line 1[/] near [link=http://x]here" in line


def test_values_from_a_store_are_printed_as_they_are_never_read_as_markup(runner):
    with hostile_store() as store:
        result = runner.invoke(
            app, ["query", "conflicting-claims", "--endpoint", store.url("/rows")]
        )
    assert result.exit_code == 0, (result.output, result.exception)
    assert "http://example.org/[/x]" in result.output
    assert "[/] [bold]x" in result.output


def test_a_data_file_named_like_markup_is_named_as_it_is_in_a_report(runner, tmp_path):
    data = tmp_path / "[red]attack :bomb:.ttl"
    data.write_text(UNDATED_ATTACK, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(data)])
    assert result.exit_code == 1, (result.output, result.exception)
    assert "Violation" in result.output
    assert "[red]attack :bomb:.ttl" in result.output


def test_a_path_with_markup_is_printed_as_it_is(runner, built, tmp_path):
    output = tmp_path / "[/x] :bomb:.ttl"
    result = runner.invoke(
        app, ["export", "--format", "turtle", "-o", str(output), "--build", str(built)]
    )
    assert result.exit_code == 0, (result.output, result.exception)
    assert f"wrote {output}" in result.output


@pytest.mark.parametrize(
    ("endpoint", "said"),
    [
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://127.0.0.1:99999/q", "Port out of range"),
        ("http://127.0.0.1:abc/q", "is not a valid URL"),
        ("http://127.0.0.1/a b", "cannot hold spaces"),
        ("ftp://127.0.0.1/q", "is not an http(s) URL"),
    ],
)
def test_a_malformed_store_url_is_one_line(runner, endpoint, said):
    result = runner.invoke(app, ["query", "names", "-p", "group=AQIM", "--endpoint", endpoint])
    assert said in one_line_error(result)


def test_an_out_of_range_port_or_batch_is_a_usage_error(runner):
    for args in (
        ["serve", "--port", "99999"],
        ["push", "--endpoint", "http://x/", "--batch-size", "0"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (result.output, result.exception)
        assert isinstance(result.exception, SystemExit)


def test_an_exception_nobody_expected_is_one_line_saying_it_is_a_bug(runner, monkeypatch):
    import kg.query_catalogue

    def broken(name: str) -> None:
        raise ValueError("Invalid unicode code point: 00110000")

    monkeypatch.setattr(kg.query_catalogue, "find_query", broken)
    line = one_line_error(runner.invoke(app, ["query", "names"]), code=3)
    assert "ValueError: Invalid unicode code point" in line and "KG_DEBUG=1" in line

    monkeypatch.setenv("KG_DEBUG", "1")
    result = runner.invoke(app, ["query", "names"])
    assert isinstance(result.exception, ValueError)


def test_a_query_file_that_breaks_the_parser_is_not_a_traceback(runner, tmp_path):
    query: Path = tmp_path / "bad.rq"
    query.write_text('SELECT * WHERE { ?s ?p "\\U00110000" }', encoding="utf-8")
    result = runner.invoke(app, ["query", str(query)])
    assert result.exit_code in (2, 3)
    one_line_error(result, code=result.exit_code)
