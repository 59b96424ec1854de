"""A fuzzer for the query check and the engine behind it: arbitrary text, and catalogue queries
cut, spliced and sprinkled with the characters that separate tokens, through `kg query`'s own
path (check, then Oxigraph). Whatever comes in, the answer is rows or one of our own errors,
and nothing is sent to the local listener that every SERVICE in the mutations points at."""

from __future__ import annotations

import contextlib

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.query_catalogue import catalogue
from kg.store.embedded import OxigraphStore

from ..serve.servers import Listener, listening

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CATALOGUE = [q.text for q in catalogue().values()]
TOKENS = [
    "\r", "\n", "\r\n", "\f", "\v", "\t", "\u2028", "\u0085", "\x00", "#", "# x\r", "'", '"',
    "'''", '"""', "<", ">", "{", "}", "(", ")", "[", "]", "\\", "\\u000D", "\\u0023",
    "\\U00110000", "\\uD800", "\\u005Cu0023", "SERVICE", "service", "SILENT", "FROM",
    "FROM NAMED", "LOAD", "INSERT DATA { <a:b> <a:b> <a:b> }", ";", ".", "?s ?p ?o", "!", "^",
    "|", "/", "*", "+",
]  # fmt: skip


@pytest.fixture(scope="module")
def listener():
    with listening() as running:
        yield running


@pytest.fixture(scope="module")
def target() -> OxigraphStore:
    store = ox.Store()
    example = ox.NamedNode("http://example.org/a")
    store.add(ox.Quad(example, example, example))
    return OxigraphStore(store)


def service(listener: Listener) -> str:
    return f" SERVICE <{listener.base}/sparql> {{ ?a ?b ?c }} "


def ask(target: OxigraphStore, listener: Listener, query: str) -> None:
    """Run the query as `kg query` would; only our own errors may come out, nothing may leave."""
    with contextlib.suppress(KgError):
        target.select(query, {})
    assert listener.requests == []


@FUZZ
@given(text=st.text(max_size=120))
def test_any_text_is_rows_or_our_error(target, listener, text):
    ask(target, listener, text)


@FUZZ
@given(
    base=st.sampled_from(CATALOGUE),
    edits=st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.one_of(st.sampled_from(TOKENS), st.just("SERVICE-CALL"), st.text(max_size=4)),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_catalogue_queries_are_rows_or_our_error(target, listener, base, edits):
    text = base
    for where, token, cut in edits:
        at = int(where * len(text))
        token = service(listener) if token == "SERVICE-CALL" else token
        text = text[:at] + token + text[at + (len(token) if cut else 0) :]
    ask(target, listener, text)


@FUZZ
@given(
    separator=st.text(
        alphabet=st.sampled_from(["\r", "\n", "\f", "\v", "\u2028", "\u0085", " ", "\t"]),
        min_size=1,
        max_size=4,
    ),
    keyword=st.sampled_from(["SERVICE", "service", "Service", "SERVICE SILENT"]),
)
def test_no_line_ending_lets_a_commented_service_through(target, listener, separator, keyword):
    query = (
        f"SELECT * WHERE {{ ?s ?p ?o . # x{separator}{keyword} <{listener.base}/x> "
        "{ ?a ?b ?c }\n}"
    )
    ask(target, listener, query)
