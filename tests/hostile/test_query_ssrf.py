"""The query check and the engine read the same text: a comment that ends differently for
rdflib (the check) and Oxigraph (the engine) no longer smuggles a SERVICE past the check, and
queries too deep or too large for either parser are refused with a clear error.

A local listener counts the requests that leave; it must stay at 0 whatever the query does.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError, QueryError, UnsafeQueryError
from kg.store.embedded import OxigraphStore
from kg.store.sparql import ensure_safe_query

from ..serve.servers import listening

SEPARATORS = ["\r", "\r\n", "\n\r", "\f", "\v", "\u2028", "\u0085", "\r\f"]
KEYWORDS = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT"]


def comment_trick(listener_base: str, separator: str, keyword: str = "SERVICE") -> str:
    """Issue #10, item 1: SERVICE after a comment that a bare CR ends for Oxigraph only."""
    return (
        f"SELECT * WHERE {{ ?s ?p ?o . # x{separator}"
        f"{keyword} <{listener_base}/x> {{ ?a ?b ?c }}\n}}"
    )


@pytest.fixture(scope="module")
def one_triple_store() -> OxigraphStore:
    """A store with one triple, so that a SERVICE joined with `?s ?p ?o` would be called."""
    store = ox.Store()
    example = ox.NamedNode("http://example.org/a")
    store.add(ox.Quad(example, example, example))
    return OxigraphStore(store)


@pytest.mark.parametrize("keyword", KEYWORDS)
@pytest.mark.parametrize("separator", SEPARATORS, ids=repr)
def test_a_comment_never_hides_a_service_from_the_check(one_triple_store, separator, keyword):
    with listening() as listener:
        query = comment_trick(listener.base, separator, keyword)
        try:
            result = one_triple_store.select(query, {})
        except UnsafeQueryError as error:
            assert "SERVICE is not allowed" in str(error)
        except QueryError:
            pass  # a syntax error is as good: nothing ran
        else:  # the SERVICE stayed inside the comment for both parsers
            assert sorted(result.variables) == ["o", "p", "s"]
        assert listener.requests == []


def test_the_cr_trick_is_refused_as_service():
    with pytest.raises(UnsafeQueryError, match="SERVICE is not allowed"):
        ensure_safe_query(comment_trick("http://127.0.0.1:9", "\r"))


def test_the_text_that_runs_has_no_comment_no_carriage_return_and_no_escape():
    query = 'PREFIX ex: <http://ex.org/a#>\r# note\rSELECT ("a\\u0041" AS ?x) { ?s ex:p ex:a\\#b }'
    text = ensure_safe_query(query)
    assert "\r" not in text and "note" not in text and "\\u" not in text
    assert "<http://ex.org/a#>" in text and "ex:a\\#b" in text and '"aA"' in text


def test_a_carriage_return_inside_a_long_string_keeps_its_meaning():
    from kg.store.sparql import normalise_query

    assert normalise_query('SELECT ("""a\rb""" AS ?x) {}') == 'SELECT ("""a\\rb""" AS ?x) {}'


def test_an_escape_that_spells_another_escape_is_refused():
    with pytest.raises(QueryError, match="spells another escape"):
        ensure_safe_query("SELECT * { ?s ?p ?o \\u005Cu0023 }")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{ " * 60 + "?s ?p ?o " + "}" * 60,
        "SELECT * WHERE { FILTER(" + "(" * 60 + "1" + ")" * 60 + ") }",
        "SELECT * WHERE { ?s ?p " + "[ ?p " * 60 + "1" + " ]" * 60 + " }",
    ],
    ids=["braces", "parentheses", "blank-nodes"],
)
def test_a_query_nested_60_deep_is_a_clear_error(query):
    with pytest.raises(QueryError, match="nests brackets more than 32 deep"):
        ensure_safe_query(query)


def test_a_query_nested_30_deep_runs(one_triple_store):
    query = "SELECT * WHERE { FILTER(" + "(" * 29 + "1" + ")" * 29 + ") ?s ?p ?o }"
    assert len(one_triple_store.select(query, {}).rows) == 1


def test_a_long_run_of_negations_is_a_query_error_not_a_recursion_error():
    with pytest.raises(QueryError):
        ensure_safe_query("ASK { FILTER(" + "!" * 400 + "true) }")


def test_an_escape_beyond_unicode_is_a_syntax_error():
    with pytest.raises(QueryError, match=r"\\U00110000 names no Unicode character"):
        ensure_safe_query('SELECT ("\\U00110000" AS ?x) {}')


def test_a_chain_of_20000_operators_is_refused_not_a_crash():
    """Oxigraph 0.5.13 dies of a segmentation fault on it, so it runs in a child process."""
    script = textwrap.dedent(
        """
        import pyoxigraph as ox
        from kg.errors import QueryError
        from kg.store.embedded import OxigraphStore
        try:
            OxigraphStore(ox.Store()).select("SELECT (1" + " + 1" * 20000 + " AS ?x) {}", {})
        except QueryError as error:
            print(error)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]
    assert "more than 2000 operators" in done.stdout


def write_query(folder: Path, text: str) -> Path:
    path = folder / "hostile.rq"
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_kg_query_refuses_the_cr_trick_and_sends_nothing(built, tmp_path):
    with listening() as listener:
        path = write_query(tmp_path, comment_trick(listener.base, "\r", "service"))
        result = CliRunner().invoke(app, ["query", str(path), "--build", str(built)])
        assert listener.requests == []
    assert result.exit_code == 2
    assert "SERVICE is not allowed" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE " + "{ " * 60 + "?s ?p ?o " + "}" * 60, "nests brackets"),
        ('SELECT ("\\U00110000" AS ?x) {}', "names no Unicode character"),
    ],
    ids=["nested-60-deep", "beyond-unicode"],
)
def test_kg_query_says_what_is_wrong_in_one_line(built, tmp_path, text, message):
    path = write_query(tmp_path, text)
    result = CliRunner().invoke(app, ["query", str(path), "--build", str(built)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.output
    assert len(result.output.strip().splitlines()) <= 3  # one message, wrapped at most
    assert "Traceback" not in result.output


def test_every_refusal_is_a_kg_error():
    for query in ("ASK { FILTER(" + "(" * 99 + "1" + ")" * 99 + ") }", "\ud800"):
        with pytest.raises(KgError):
            ensure_safe_query(query)
