"""An answer over a cap is refused without leaving Oxigraph's answer to another thread.

pyoxigraph's `QuerySolutions` and `QueryTriples` raise a RuntimeError when freed on a thread other
than the one that made them. A cap error raised while one was still a local of a frame kept it
alive in the error's traceback; a test that caught the error (`pytest.raises(...) as caught`, a
cycle) had the garbage collector free it later on whatever thread ran next, a server's or a
listener's: the CI once reported it as an unraisable exception. Each cap is run on one thread and
its error dropped on another; nothing may be reported.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import pyoxigraph as ox
import pytest

from kg.construct import run_graph_query
from kg.load import KnowledgeGraph
from kg.serve import browse, jobs

EX = "http://example.org/"


@pytest.fixture(scope="module")
def three_triples() -> KnowledgeGraph:
    store = ox.Store()
    for name in ("a", "b", "c"):
        node = ox.NamedNode(EX + name)
        store.add(ox.Quad(node, node, node, ox.NamedNode(EX + "graph")))
    return KnowledgeGraph(store)


def refused_on_another_thread(call: Callable[[], object]) -> tuple[str, list[str]]:
    """Run `call` on a thread of its own; return its error as "Type: message" and what Python
    reports while that error, with its traceback, is freed on this thread."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # handed back to the test as it is
            caught.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert len(caught) == 1, "the cap was not enforced"
    refusal = f"{type(caught[0]).__name__}: {caught[0]}"
    reported: list[str] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda raised: reported.append(str(raised.exc_value))
    try:
        caught.clear()  # the only reference: the error and its traceback are freed here
    finally:
        sys.unraisablehook = previous
    return refusal, reported


SELECT_ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
CONSTRUCT_ALL = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xlsx"])
def test_a_download_over_its_cap_leaves_no_rows_answer_behind(three_triples, fmt):
    prepared = browse.Prepared(SELECT_ALL, "SelectQuery", "query")
    refusal, reported = refused_on_another_thread(
        lambda: browse.download(three_triples, prepared, fmt=fmt, max_rows=2)
    )
    assert refusal.startswith("ResultTooLarge: the answer has more than 2 rows")
    assert reported == []


def test_a_graph_download_over_its_cap_leaves_no_triples_answer_behind(three_triples):
    prepared = browse.Prepared(CONSTRUCT_ALL, "ConstructQuery", "query")
    refusal, reported = refused_on_another_thread(
        lambda: browse.download(three_triples, prepared, fmt="turtle", max_rows=2)
    )
    assert refusal.startswith("ResultTooLarge: the answer has more than 2 triples")
    assert reported == []


def test_an_endpoint_answer_over_its_cap_leaves_nothing_behind(three_triples):
    for query, unit in ((SELECT_ALL, "rows"), (CONSTRUCT_ALL, "triples")):
        refusal, reported = refused_on_another_thread(
            lambda q=query: jobs.answer(three_triples, q, 2)
        )
        assert refusal.startswith(f"ResultTooLarge: the answer has more than 2 {unit}")
        assert reported == []


def test_a_construct_over_its_cap_leaves_nothing_behind(three_triples):
    refusal, reported = refused_on_another_thread(
        lambda: run_graph_query(three_triples.store, CONSTRUCT_ALL, max_triples=2)
    )
    assert refusal == "TooManyTriples: the answer has more than 2 triples"
    assert reported == []
