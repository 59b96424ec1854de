"""#10 item 5: a remote store that answers without end or drips its answer a byte at a time
is cut off by a size cap and an overall deadline, with a one-line error, never a hang or a
memory blow-up. Every store here is a local hostile server
(tests/hostile/remote_hostile_server.py)."""

from __future__ import annotations

import time

import pytest

from kg.cli import app
from kg.errors import StoreError
from kg.store.remote import RemoteStore

from .remote_hostile_server import hostile_store

ASK = "ASK { ?s ?p ?o }"
MiB = 1024 * 1024


def test_a_store_that_answers_without_end_is_cut_off_at_the_size_cap():
    with hostile_store() as store:
        remote = RemoteStore(store.url("/huge"), max_response_bytes=2 * MiB)
        with pytest.raises(StoreError, match=r"larger than the limit of 2,097,152 bytes"):
            remote.select(ASK, {})
        # it stopped reading: what the server got out is the cap plus what sockets buffer
        time.sleep(0.5)
        assert store.sent < 40 * MiB


def test_an_answer_announced_larger_than_the_cap_is_refused_before_it_is_read():
    with hostile_store() as store:
        remote = RemoteStore(store.url("/announced"), max_response_bytes=MiB)
        with pytest.raises(StoreError, match="announces 10,737,418,240 bytes"):
            remote.select(ASK, {})


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_store_that_drips_its_answer_is_stopped_at_the_deadline(path):
    with hostile_store(interval=0.2) as store:
        remote = RemoteStore(store.url(path), deadline=1.5)  # per-read timeout stays 60 s
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"within the deadline of 1\.5 s.*--deadline"):
            remote.select(ASK, {})
        assert time.monotonic() - started < 15


def test_the_bounds_have_defaults_that_a_catalogue_answer_fits_in():
    remote = RemoteStore("http://127.0.0.1:1/query")
    assert remote.max_response_bytes == 16 * MiB
    assert remote.deadline == 300


def test_kg_query_takes_the_bounds_as_options_and_fails_in_one_line(runner):
    with hostile_store(interval=0.2) as store:
        for path, options, said in [
            ("/huge", [], "larger than the limit of 16,777,216 bytes"),
            ("/huge", ["--max-response-bytes", "100000"], "larger than the limit of 100,000"),
            ("/drip-body", ["--deadline", "1"], "within the deadline of 1 s"),
        ]:
            result = runner.invoke(
                app,
                ["query", "names", "-p", "group=AQIM", "--endpoint", store.url(path), *options],
            )
            assert result.exit_code == 2, result.output
            assert said in result.output
            assert "Traceback" not in result.output
            assert len(result.output.strip().splitlines()) == 1


def test_kg_push_takes_the_bounds_too(runner, built):
    with hostile_store(interval=0.2) as store:
        endpoint = store.url("/drip-body")
        result = runner.invoke(
            app, ["push", "--endpoint", endpoint, "--deadline", "1", "--build", str(built)]
        )
    assert result.exit_code == 2, result.output
    assert "within the deadline of 1 s" in result.output


def test_a_redirect_is_not_followed_but_named():
    with hostile_store() as store:
        remote = RemoteStore(store.url("/redirect"))
        with pytest.raises(StoreError, match=r"redirects \(HTTP 307\) to ftp://127\.0\.0\.1:1"):
            remote.select(ASK, {})
