"""The analyst's workbench in `kg serve` (#16): the front page of every group, the editor served
by the server itself, catalogue forms with their SPARQL, answers paged without a row cap, and
downloads of the whole answer. One real `kg serve` on the built AQIM graph, its SPARQL
endpoint capped at 50 rows so that a browsable answer is larger than the machine clients' cap.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from html.parser import HTMLParser

import httpx
import pytest
from markupsafe import escape
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.namespaces import GROUP, KG
from kg.query_catalogue import catalogue
from kg.serve.assets import CACHE_FOREVER, EDITOR

from .serve.servers import running_kg_serve

CAP = 50
QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
CONSTRUCT = (
    "PREFIX kg: <https://w3id.org/ctkg/ontology#>\n"
    "CONSTRUCT { ?g kg:hasPredecessor ?p } WHERE { ?g kg:hasPredecessor ?p }"
)


@pytest.fixture(scope="module")
def client(built):
    with (
        running_kg_serve(
            "--build", str(built), "--max-rows", str(CAP), "--workers", "1", "--timeout", "30"
        ) as server,
        httpx.Client(base_url=server.base, timeout=60) as http,
    ):
        yield http


class Page(HTMLParser):
    """What a test reads from a page: the cells of each table by id, every address the page
    would load or send to, its script elements, and its links."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.loads: list[str] = []
        self.links: list[str] = []
        self.scripts: list[tuple[str | None, str]] = []
        self._table: str | None = None
        self._cell: list[str] | None = None
        self._script: str | None = None
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "table":
            self._table = values.get("id") or ""
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []
        if tag == "script":
            self._in_script, self._script = True, values.get("src")
            self.scripts.append((self._script, ""))
        for name in ("src", "action", "data", "poster", "srcset"):
            if values.get(name):
                self.loads.append(values[name] or "")
        if tag == "link" and values.get("href"):
            self.loads.append(values["href"] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._in_script and data.strip():
            src, _ = self.scripts[-1]
            self.scripts[-1] = (src, data)


def rows_of(answer: httpx.Response, table: str = "results") -> list[list[str]]:
    assert answer.status_code == 200, answer.text[:500]
    return Page(answer.text).tables[table][1:]


# ---------------------------------------------------------------- the front page


def test_the_front_page_lists_every_group_with_its_acronym_years_and_attacks(client, embedded):
    answer = client.get("/")
    page = Page(answer.text)
    rows = {row[0]: row for row in page.tables["groups"][1:]}
    groups = set(embedded.dataset.subjects(RDF.type, KG.ArmedGroup))
    assert len(rows) == len(groups) >= 5
    assert {f"/id/group/{str(g).rsplit('/', 1)[-1]}" for g in groups} <= set(page.links)
    aqim = rows["Al Qaida in the Islamic Maghreb"]
    attacks = set(embedded.dataset.subjects(KG.perpetrator, GROUP.aqim))
    assert aqim[1:] == ["AQIM", "2006", "", str(len(attacks))] and len(attacks) >= 10
    gspc = rows["Salafist Group for Call and Combat"]
    assert gspc[1:3] == ["GSPC", "1998"]


def test_the_old_query_page_addresses_still_answer_as_the_query_page(client):
    answer = client.get("/", params={"catalogue": "lineage", "group": "AQIM"})
    assert len(rows_of(answer)) == 2


# ---------------------------------------------------------------- the editor and its assets


def test_the_editor_is_served_by_the_server_with_a_long_cache_and_its_licence(client):
    page = Page(client.get("/query").text)
    assert page.scripts == [(EDITOR.url, "")]  # one script, from here, nothing inline
    editor = client.get(EDITOR.url)
    assert editor.status_code == 200 and editor.content == EDITOR.body
    assert editor.headers["cache-control"] == CACHE_FOREVER
    assert editor.headers["content-type"].startswith("text/javascript")
    assert "script-src 'self'" in editor.headers["content-security-policy"]
    licence = client.get(EDITOR.url.replace("sparql-editor.min.js", "sparql-editor.LICENSE.txt"))
    assert "@codemirror/view" in licence.text and "MIT" in licence.text
    stale = client.get(f"/static/0000000000000000/{EDITOR.name}")
    assert stale.status_code == 200 and stale.headers["cache-control"] == "no-cache"
    assert client.get(f"/static/{EDITOR.digest}/..%2F..%2Fpages.py").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/query",
        "/query?catalogue=lineage&group=AQIM",
        "/id/group/aqim",
        "/id/group/no-such-group",
        "/search?q=shabaab",
    ],
)
def test_no_page_loads_anything_from_outside_the_server(client, path):
    """Links may lead elsewhere (a group's Wikidata item); nothing a page loads or sends may."""
    answer = client.get(path, headers={"Accept": "text/html"})
    page = Page(answer.text)
    outside = [a for a in page.loads if re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", a, re.I)]
    assert outside == [], outside
    assert all(src and src.startswith("/static/") for src, _ in page.scripts)
    assert "@import" not in answer.text and not re.search(
        r"url\(\s*['\"]?\s*(https?:)?//", answer.text
    )
    policy = answer.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "connect-src" not in policy  # scripts may not talk to anything, not even here


def test_the_editor_bundle_fetches_nothing():
    assert not re.search(
        rb"\bfetch\(|XMLHttpRequest|WebSocket|importScripts|sendBeacon", EDITOR.body
    )


# ---------------------------------------------------------------- catalogue forms


def test_every_catalogue_query_is_a_form_with_its_parameters_and_its_sparql(client):
    text = client.get("/query").text
    for query in catalogue().values():
        form = text[text.index(f'id="catalogue-{query.name}"') :]
        form = form[: form.index("</details>\n</details>")]
        assert str(escape(query.text)) in form, query.name
        for parameter in query.parameters:
            assert f'name="{parameter.name}"' in form, (query.name, parameter.name)
            assert f"{parameter.type}:" in form
            if parameter.default is not None:
                assert f"default {html.escape(parameter.default)}" in form


def test_a_parameter_given_twice_is_refused_rather_than_one_kept(client):
    answer = client.get("/query?catalogue=lineage&group=AQIM&group=GSPC")
    assert answer.status_code == 400 and "given twice" in answer.text


# ---------------------------------------------------------------- pages


def test_an_answer_over_the_endpoints_cap_is_browsed_page_by_page_and_the_pages_join_up(
    client, embedded
):
    refused = client.get("/sparql", params={"query": QUADS})
    assert refused.status_code == 422  # machine clients keep the cap
    total = len(list(embedded.store.query(QUADS, use_default_graph_as_union=True)))
    assert total > 20 * CAP
    first = client.get("/query", params={"query": QUADS})
    assert len(rows_of(first)) == 100
    assert f"rows 1–100 of {total:,}" in first.text
    seen: list[tuple[str, ...]] = []
    offset = 0
    while True:
        answer = client.get("/query", params={"query": QUADS, "offset": offset, "per_page": 1000})
        rows = rows_of(answer)
        seen += [tuple(r) for r in rows]
        if 'rel="next"' not in answer.text:
            break
        offset += 1000
    assert len(seen) == total and len(set(seen)) == total  # no row twice, none missing
    assert [tuple(r) for r in rows_of(first)] == seen[:100]  # the same order every time
    past = client.get("/query", params={"query": QUADS, "offset": total + 5})
    assert "past the end" in past.text and 'rel="prev"' in past.text


def test_a_construct_answer_pages_its_triples(client):
    answer = client.get("/query", params={"query": CONSTRUCT})
    rows = rows_of(answer)
    assert rows and all(len(r) == 3 for r in rows)
    assert Page(answer.text).tables["results"][0] == ["subject", "predicate", "object"]
    assert re.search(r'id="row-count">\d+ triples<', answer.text)


# ---------------------------------------------------------------- downloads


def test_the_whole_answer_downloads_as_csv_tsv_json_and_xlsx(client, embedded, tmp_path):
    total = len(list(embedded.store.query(QUADS, use_default_graph_as_union=True)))
    got = {}
    for fmt in ("csv", "tsv", "json", "xlsx"):
        # a workbook of every quad takes openpyxl tens of seconds on a busy machine; the browser
        # test downloads 20,000 rows as XLSX, so here its first 500 are enough
        query = QUADS + (" LIMIT 500" if fmt == "xlsx" else "")
        answer = client.get("/download", params={"query": query, "format": fmt})
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-disposition"] == f'attachment; filename="query.{fmt}"'
        got[fmt] = answer
    assert len(list(csv.reader(io.StringIO(got["csv"].text)))) == total + 1
    assert len(got["tsv"].text.splitlines()) == total + 1
    assert len(got["json"].json()["results"]["bindings"]) == total
    from openpyxl import load_workbook

    (tmp_path / "answer.xlsx").write_bytes(got["xlsx"].content)
    sheet = load_workbook(tmp_path / "answer.xlsx", read_only=True).active
    assert sheet.max_row == 500 + 1


def test_a_catalogue_answer_downloads_under_its_name(client):
    answer = client.get(
        "/download", params={"catalogue": "lineage", "group": "AQIM", "format": "csv"}
    )
    assert answer.headers["content-disposition"] == 'attachment; filename="lineage.csv"'
    assert len(list(csv.DictReader(io.StringIO(answer.text)))) == 2


@pytest.mark.parametrize(("fmt", "syntax"), [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_a_construct_answer_downloads_as_rdf(client, embedded, fmt, syntax):
    answer = client.get("/download", params={"query": CONSTRUCT, "format": fmt})
    assert answer.status_code == 200, answer.text
    graph = Graph().parse(data=answer.text, format=syntax)
    assert isomorphic(graph, embedded.dataset.query(CONSTRUCT).graph)
    assert (GROUP.aqim, URIRef(str(KG.hasPredecessor)), GROUP.gia) in graph


def test_a_download_in_a_format_the_answer_cannot_have_says_which_it_can(client):
    answer = client.get("/download", params={"query": QUADS, "format": "turtle"})
    assert answer.status_code == 400
    assert "csv, tsv, json, xlsx" in answer.text


def test_the_query_page_offers_the_downloads_of_its_answer(client):
    page = Page(client.get("/query", params={"query": CONSTRUCT}).text)
    offered = [link for link in page.links if link.startswith("/download?")]
    assert {re.search(r"format=(\w+)", link)[1] for link in offered} == {
        "turtle",
        "ntriples",
        "jsonld",
        "rdfxml",
    }


def test_downloads_keep_the_servers_limits(built):
    with (
        running_kg_serve(
            "--build", str(built), "--workers", "1", "--max-download-rows", "10"
        ) as server,
        httpx.Client(base_url=server.base, timeout=60) as http,
    ):
        answer = http.get("/download", params={"query": QUADS, "format": "csv"})
        assert answer.status_code == 422
        assert "more than 10 rows" in answer.text and "--max-download-rows" in answer.text
        updated = http.get("/download", params={"query": "INSERT DATA { <a:a> <a:b> <a:c> }"})
        assert updated.status_code == 403
        json.loads(http.get("/sparql", params={"query": "ASK {}"}).text)


# ---------------------------------------------------------------- entity pages


@pytest.mark.parametrize("entity", ["group/gspc", "attack/2007-batna-bombing"])
def test_an_entity_page_links_every_entity_it_mentions(client, embedded, entity):
    """Every entity of ours that the entity's statements name, or that names it, is a link on
    its page (only the page's own address and literals are plain text). The pages are within
    this server's statement cap (AQIM's 65 statements are not: its page says so). The build's
    precomputed graph (indexes such as an attack's countries) holds no statements of the data
    and is not shown."""
    from kg.namespaces import ID, PRECOMPUTED_GRAPH

    iri = URIRef(str(ID) + entity)
    text = client.get(f"/id/{entity}", headers={"Accept": "text/html"}).text
    assert "Only the first statements are shown" not in text
    stated = [q for q in embedded.dataset.quads((None, None, None, None))
              if q[3] != PRECOMPUTED_GRAPH and iri in (q[0], q[2])]
    mentioned = {
        node for s, _, o, _ in stated for node in (s, o)
        if node != iri and str(node).startswith(str(ID))
    }
    assert len(mentioned) >= 3
    expected = {"/id/" + str(t).removeprefix(str(ID)) for t in mentioned}
    assert expected - set(Page(text).links) == set()
