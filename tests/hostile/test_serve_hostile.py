"""`kg serve` under issue #10's hostile requests: nothing leaves the machine, deep or malformed
queries are a 400 with a reason, one client's slow queries leave the others answered, a client
that hangs up mid-body costs no traceback, and every page carries a Content-Security-Policy.

Each test drives a real `kg serve` on a free 127.0.0.1 port; a local listener counts the
requests that leave the server.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.parse

import httpx
import pytest

from kg.serve.assets import EDITOR

from ..serve.servers import Server, listening, running_kg_serve
from ..test_serve import wait_for_share_back
from .test_query_ssrf import KEYWORDS, SEPARATORS, comment_trick

TIME_LIMIT = 2
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
DEEP = "SELECT * WHERE " + "{ " * 60 + "?s ?p ?o " + "}" * 60


@pytest.fixture(scope="module")
def server(built):
    with running_kg_serve(
        "--build", str(built), "--timeout", str(TIME_LIMIT), "--workers", "2"
    ) as running:
        assert running.process.stderr is not None
        os.set_blocking(running.process.stderr.fileno(), False)
        yield running


@pytest.fixture()
def client(server):
    with httpx.Client(base_url=server.base, timeout=30) as http:
        yield http


def logged(server: Server) -> str:
    """What the server has written to stderr so far (without waiting for more)."""
    assert server.process.stderr is not None
    chunks = []
    while True:
        try:
            chunk = os.read(server.process.stderr.fileno(), 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def every_way(client: httpx.Client, query: str) -> list[httpx.Response]:
    """The query by GET, by POST form, as an application/sparql-query body and on the page."""
    return [
        client.get("/sparql", params={"query": query}),
        client.post("/sparql", data={"query": query}),
        client.post(
            "/sparql",
            content=query.encode(),
            headers={"Content-Type": "application/sparql-query"},
        ),
        client.get("/", params={"query": query}),
    ]


@pytest.mark.parametrize("keyword", KEYWORDS)
@pytest.mark.parametrize("separator", SEPARATORS, ids=repr)
def test_the_comment_trick_sends_nothing_by_get_post_or_page(client, separator, keyword):
    with listening() as listener:
        # LIMIT 1: one solution of `?s ?p ?o` is enough to make Oxigraph call the SERVICE were it
        # read, and the answer stays small enough for the 2 s limit on a busy machine
        trick = comment_trick(listener.base, separator, keyword) + " LIMIT 1"
        answers = every_way(client, trick)
        assert listener.requests == []
    for answer in answers:
        assert answer.status_code in (200, 400, 403), answer.text
        assert "SECRET" not in answer.text and "example.org" not in answer.text
    if separator in ("\r", "\r\n", "\n\r"):
        assert {a.status_code for a in answers} == {403}
        assert all("SERVICE is not allowed" in a.text for a in answers)


def test_a_query_nested_60_deep_is_a_400_with_the_limit(client):
    for answer in every_way(client, DEEP):
        assert answer.status_code == 400
        assert "nests brackets more than 32 deep" in answer.text


def test_an_escape_beyond_unicode_is_a_400(client):
    for answer in every_way(client, 'SELECT ("\\U00110000" AS ?x) {}'):
        assert answer.status_code == 400
        assert "names no Unicode character" in answer.text


def test_a_chain_of_20000_operators_is_a_400_and_the_worker_lives(client):
    answer = client.post("/sparql", data={"query": "SELECT (1" + " + 1" * 20000 + " AS ?x) {}"})
    assert answer.status_code == 400
    assert "more than 2000 operators" in answer.text


def test_a_client_that_hangs_up_mid_body_costs_no_traceback(server, client):
    logged(server)
    host, port = urllib.parse.urlsplit(server.base).netloc.split(":")
    for _ in range(20):
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\nASK"
            )
    for _ in range(5):  # and gone before the answer is ready
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n")
    assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
    time.sleep(0.5)
    log = logged(server)
    assert "Traceback" not in log
    assert len(log.splitlines()) <= 20


@pytest.mark.parametrize("path", ["/", "/id/group/aqim", "/sparql?query=ASK%7B%7D"])
def test_pages_and_answers_carry_a_content_security_policy(client, path):
    answer = client.get(path, headers={"Accept": "text/html,*/*"})
    assert answer.status_code == 200
    policy = answer.headers["content-security-policy"]
    for directive in (
        "script-src 'self'",  # the editor, served from /static/ (#16); never inline script
        "object-src 'none'",
        "base-uri 'none'",
        "img-src 'self'",
        "default-src 'none'",
    ):
        assert directive in policy
    assert answer.headers["x-content-type-options"] == "nosniff"
    if path != "/sparql?query=ASK%7B%7D":
        scripts = re.findall(r"<script[^>]*>", answer.text, re.IGNORECASE)
        assert scripts == [f'<script src="{EDITOR.url}" defer>'], scripts
        assert "</script>" not in answer.text.replace(scripts[0] + "</script>", "")


def test_slow_queries_from_one_client_leave_ask_fast_for_another(server):
    """Issue #10, item 5: three slow queries at the time limit from one address must not make
    `ASK {}` from another address wait and get 503. The other address is 127.0.0.2 (the whole
    127/8 is this machine's loopback)."""
    slow: list[httpx.Response] = []

    def ask_slowly() -> None:
        with httpx.Client(base_url=server.base, timeout=60) as other:
            slow.append(other.get("/sparql", params={"query": CROSS_PRODUCT}))

    threads = [threading.Thread(target=ask_slowly) for _ in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)  # let the slow queries reach the server
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    latencies, statuses = [], []
    with httpx.Client(base_url=server.base, timeout=30, transport=transport) as quick:
        deadline = time.monotonic() + TIME_LIMIT + 0.5
        while time.monotonic() < deadline:
            started = time.monotonic()
            statuses.append(quick.get("/sparql", params={"query": "ASK {}"}).status_code)
            latencies.append(time.monotonic() - started)
    for thread in threads:
        thread.join()
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"ASK {{}} while three slow queries ran: {len(latencies)} asked, p99 {p99 * 1000:.0f} ms")
    assert set(statuses) == {200}
    assert p99 < 1.5  # generous: the target is 200 ms, the machine is shared
    assert sorted(a.status_code for a in slow).count(503) >= 1  # the one that ran was stopped
    refused = [a for a in slow if a.status_code == 429]
    assert all(a.headers.get("retry-after") == str(TIME_LIMIT) for a in refused)
    assert all("kg serve --per-client" in a.text for a in refused)
    wait_for_share_back(server)


def test_a_worker_has_no_network_after_dropping_it():
    """The second guard: a query worker's network namespace has no way out, so a SERVICE that
    got past the check would still reach nothing (not even this machine's loopback)."""
    with listening() as listener:
        script = textwrap.dedent(
            f"""
            import socket, sys
            from kg.serve.workers import drop_network
            reason = drop_network()
            if reason:
                print("SKIP", reason); sys.exit(0)
            try:
                socket.create_connection(("127.0.0.1", {listener.port}), timeout=5)
            except OSError as error:
                print("refused", error)
            else:
                print("connected")
            """
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        assert listener.requests == []
    assert done.returncode == 0, done.stderr[-500:]
    if done.stdout.startswith("SKIP"):
        pytest.skip(f"network namespaces not permitted here: {done.stdout}")
    assert done.stdout.startswith("refused"), done.stdout
