"""`kg push` checks its work (issue #15): a store whose default graph is not the union of its
named graphs takes the push and then answers every catalogue query with nothing, so the push
fails and says how to set each store up; a URL that takes no SPARQL Update, and credentials that
are missing or may not write, are one clear line. Real Oxigraph servers on 127.0.0.1, started
and stopped by the tests."""

from __future__ import annotations

import contextlib
import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.namespaces import INFERRED_GRAPH, KGI, PRECOMPUTED_GRAPH
from kg.store.remote import RemoteStore

from .conftest import comparable_rows, csv_rows, without_progress
from .serve.servers import (
    Server,
    _stop,
    _wait_until_answering,
    free_port,
    oxigraph_command,
    running_oxigraph,
)


@contextlib.contextmanager
def oxigraph_without_union(folder: Path) -> Iterator[Server]:
    """`oxigraph serve` as it starts by default: its default graph is a graph of its own."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_command(), "serve", "--location", str(folder / "ox"), "--bind",
         f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    server = Server(process, f"http://127.0.0.1:{port}")
    try:
        _wait_until_answering(server, "/query?query=ASK%7B%7D")
        yield server
    finally:
        _stop(process)


@contextlib.contextmanager
def refusing(status: int) -> Iterator[str]:
    """A store that answers every request with `status` (401 or 403)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _refuse(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            body = b"Access denied\n"
            self.send_response(status)
            if status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="store"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _refuse

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def kg_push(built: Path, endpoint: str, *extra: str):
    return CliRunner().invoke(app, ["push", "--endpoint", endpoint, *extra, "--build", str(built)])


def one_line(output: str) -> bool:
    """The error is one line (the progress lines before it, `kg push: …`, say what was done)."""
    return len(without_progress(output)) == 1 and "Traceback" not in output


def test_a_store_without_a_union_default_graph_fails_the_push_and_says_how_to_fix_it(
    built, tmp_path
):
    with oxigraph_without_union(tmp_path) as server:
        result = kg_push(
            built, f"{server.base}/query", "--update-endpoint", f"{server.base}/update"
        )
        pushed = RemoteStore(f"{server.base}/query").total_triples()
    assert result.exit_code == 2, result.output
    assert one_line(result.output)
    assert "not the union of its named graphs" in result.output
    for fix in (
        "oxigraph serve --union-default-graph",
        "tdb2:unionDefaultGraph",
        "GraphDB",
        "Virtuoso",
    ):
        assert fix in result.output
    assert pushed > 2000  # the data arrived; only the default graph does not show it


def test_the_same_push_with_a_union_default_graph_succeeds(built, tmp_path):
    with running_oxigraph(tmp_path) as server:
        result = kg_push(
            built, f"{server.base}/query", "--update-endpoint", f"{server.base}/update"
        )
    assert result.exit_code == 0, result.output
    assert "the store's counts match" in result.output


def test_a_push_to_the_query_endpoint_says_it_takes_no_update_and_sends_nothing(built, tmp_path):
    with running_oxigraph(tmp_path) as server:
        result = kg_push(built, f"{server.base}/query")  # no --update-endpoint
        held = RemoteStore(f"{server.base}/query").total_triples()
    assert result.exit_code == 2, result.output
    assert one_line(result.output)
    assert f"{server.base}/query takes no SPARQL Update (HTTP 400" in result.output
    assert "--update-endpoint" in result.output and "Oxigraph: /update" in result.output
    assert "QueryBadFormed" not in result.output
    assert held == 0


@pytest.mark.parametrize(
    ("status", "message"),
    [(401, "it wants credentials"), (403, "the credentials given may not do this")],
)
def test_an_auth_failure_is_one_clear_line(built, status, message):
    with refusing(status) as base:
        result = kg_push(built, f"{base}/sparql")
    assert result.exit_code == 2, result.output
    assert one_line(result.output)
    assert f"HTTP {status}" in result.output and message in result.output


def test_a_query_reading_the_precomputed_graph_at_a_store_without_it_says_what_to_push(
    built, tmp_path
):
    """casualties-by-year and conflicting-claims read what the build precomputed (#15); a store
    given only chosen graphs would answer them with no rows, which reads as "no data"."""
    expected = Path(__file__).parent / "queries" / "casualties-by-year" / "aqim.csv"

    def query(name: str, *params: str):
        args = ["query", name, "--format", "csv", "--endpoint", f"{server.base}/query"]
        return CliRunner().invoke(app, [*args, *(f"--param={p}" for p in params)])

    with running_oxigraph(tmp_path) as server:
        update = ("--update-endpoint", f"{server.base}/update")
        first = kg_push(built, f"{server.base}/query", *update, "--graph", str(INFERRED_GRAPH))
        refused = [query("casualties-by-year", "group=group:aqim"), query("conflicting-claims")]
        second = kg_push(built, f"{server.base}/query", *update, "--graph", str(PRECOMPUTED_GRAPH))
        answered = query("casualties-by-year", "group=group:aqim")
        # as an older kg pushed it: the precomputed graph without casualties-by-year's index,
        # then with it but without attacks-by-country's (#13)
        store = RemoteStore(f"{server.base}/query", update_endpoint=f"{server.base}/update")
        holds = f"<{PRECOMPUTED_GRAPH}> <{KGI.holds}>"
        store.update(
            f"DELETE DATA {{ GRAPH <{PRECOMPUTED_GRAPH}> {{ {holds} <{KGI.lineageAttack}> }} }}"
        )
        refused.append(query("casualties-by-year", "group=group:aqim"))
        store.update(
            f"INSERT DATA {{ GRAPH <{PRECOMPUTED_GRAPH}> {{ {holds} <{KGI.lineageAttack}> }} }}; "
            f"DELETE DATA {{ GRAPH <{PRECOMPUTED_GRAPH}> {{ {holds} <{KGI.country}> }} }}"
        )
        refused.append(query("attacks-by-country"))
    assert first.exit_code == 0, first.output
    for result in refused:
        assert result.exit_code == 2, result.output
        assert one_line(result.output)
        assert f"holds no precomputed graph <{PRECOMPUTED_GRAPH}>" in result.output
        assert f"--graph {PRECOMPUTED_GRAPH}" in result.output
    assert second.exit_code == 0, second.output
    assert answered.exit_code == 0, answered.output
    assert comparable_rows(csv_rows(answered.stdout)) == comparable_rows(
        csv_rows(expected.read_text(encoding="utf-8"))
    )
