"""The search box of `kg serve` and its 404 pages (issue #16): the forgiving name search of
`kg search` over HTTP, as a page and as JSON, never choosing for the analyst."""

from __future__ import annotations

import httpx
import pytest

from kg.namespaces import GROUP

from .serve.servers import running_kg_serve

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def client(built):
    with running_kg_serve("--build", str(built)) as server, httpx.Client(
        base_url=server.base, timeout=60
    ) as http:
        yield http


def test_the_search_page_ranks_a_misspelt_name_with_a_link_to_its_page(client):
    answer = client.get("/search", params={"q": "Droukdal"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "Vary" in answer.headers and "Accept" in answer.headers["Vary"]
    page = answer.text
    assert 'href="/id/person/abdelmalek-droukdel"' in page
    assert "Abdelmalek Droukdel" in page and "person" in page


def test_the_search_answers_json_with_kind_and_the_name_that_matched(client):
    answer = client.get(
        "/search", params={"q": "AQMI", "kind": "group"}, headers={"Accept": "application/json"}
    )
    assert answer.status_code == 200
    first = answer.json()[0]
    assert first["iri"] == str(GROUP["aqim"])
    assert (first["kind"], first["matched"], first["matchedAs"]) == ("group", "AQIM", "acronym")


def test_an_unknown_kind_is_a_400_naming_the_kinds(client):
    answer = client.get("/search", params={"q": "AQIM", "kind": "weapon"})
    assert answer.status_code == 400
    assert "group, organisation, person, place" in answer.text


def test_an_unknown_entity_address_is_a_404_page_that_suggests_the_closest_names(client):
    answer = client.get("/id/group/ansar-dine", headers={"Accept": "text/html"})
    assert answer.status_code == 404
    assert 'href="/id/group/ansar-al-din"' in answer.text
    assert "Did you mean" in answer.text
    plain = client.get("/id/group/ansar-dine", headers={"Accept": "text/turtle"})
    assert plain.status_code == 404
    assert "did you mean: Ansar al-Din (group)" in plain.text


def test_every_page_has_the_search_box(client):
    assert 'action="/search"' in client.get("/").text
    assert 'action="/search"' in client.get("/id/group/aqim", headers={"Accept": "text/html"}).text


def test_a_hostile_search_text_is_shown_escaped_never_as_markup(client):
    for url, params in (("/search", {"q": HOSTILE}), ("/id/group/" + HOSTILE, None)):
        answer = client.get(url, params=params, headers={"Accept": "text/html"})
        assert answer.status_code in (200, 404)
        assert "<script>" not in answer.text and "<img" not in answer.text
        assert "&lt;script&gt;" in answer.text


def test_a_search_text_over_the_bound_is_refused(client):
    assert client.get("/search", params={"q": "x" * 2_000}).status_code == 413
