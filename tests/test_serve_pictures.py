"""The pictures on `kg serve`'s pages: a group's page shows where it came from and what its
family has done, every mark a link to another page; the query page answers with a linked table.

Every test asks a real `kg serve` process on a free 127.0.0.1 port over HTTP: one serving the
shipped data (AQIM's family), one serving `tests/pictures/family.trig`, the made-up family with a
group that has nothing to draw and a name full of markup.
"""

from __future__ import annotations

import re
import signal
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from rdflib import RDF, URIRef

from kg.load import load
from kg.namespaces import GROUP, ID, KG
from kg.pictures import timeline_of
from kg.reason import reason
from kg.serve import group_pictures
from kg.serve.group_pictures import draw, inline_svg
from tests.hermetic import DATA

from .serve.servers import running_kg_serve

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client():
    with (
        running_kg_serve("--data", str(DATA), "--workers", "1") as server,
        httpx.Client(base_url=server.base, timeout=30) as http,
    ):
        yield http


@pytest.fixture(scope="module")
def family_client():
    with (
        running_kg_serve(
            "--data", str(HERE / "pictures" / "family.trig"), "--workers", "1"
        ) as server,
        httpx.Client(base_url=server.base, timeout=30) as http,
    ):
        yield http


def page_path(iri: URIRef) -> str:
    return "/id/" + str(iri).removeprefix(str(ID))


def figure(html: str, figure_id: str) -> ET.Element:
    """The inline SVG of the page's figure `figure_id`, parsed: it must be well-formed as it
    stands in the page, which proves nothing around it was cut into it."""
    match = re.search(rf'<figure class="picture" id="{figure_id}">(.*?)</figure>', html, re.S)
    assert match, f"the page has no figure {figure_id}"
    body = match.group(1)
    svg = body[body.index("<svg") : body.rindex("</svg>") + len("</svg>")]
    return ET.fromstring(svg)


def links(svg: ET.Element) -> set[str]:
    return {a.get(XLINK) for a in svg.iter(f"{SVG}a") if a.get(XLINK)}


def words(svg: ET.Element) -> str:
    return " ".join(" ".join(t.itertext()) for t in svg.iter(f"{SVG}text"))


def aqim_page(client: httpx.Client) -> str:
    answer = client.get("/id/group/aqim", headers=HTML)
    assert answer.status_code == 200, answer.text
    return answer.text


# ---------------------------------------------------------------- a group's page


def test_aqim_page_draws_its_lineage_from_gia_split_1998_through_gspc_renamed_2006(client):
    html = aqim_page(client)
    svg = figure(html, "lineage-diagram")
    assert {"/id/group/gia", "/id/group/gspc", "/id/group/aqim"} <= links(svg)
    edges = {
        "".join(g.find(f"{SVG}title").itertext())
        for g in svg.iter(f"{SVG}g")
        if g.get("class") == "edge"
    }
    assert {"gia->gspc", "gspc->aqim"} <= edges
    text = words(svg)
    for expected in ("GIA", "GSPC", "AQIM", "split from", "1998", "renamed from", "Sep 2006"):
        assert expected in text, expected
    # The events behind the arrows have pages too.
    assert "/id/event/1998-gspc-splits-from-gia" in links(svg)
    # What an SVG file starts with means nothing inside HTML and is left out.
    assert "<?xml" not in html and "<!DOCTYPE svg" not in html and "<metadata>" not in html


def test_aqim_page_shows_affiliates_and_allies_dashed_beside_the_lineage(client):
    svg = figure(aqim_page(client), "lineage-diagram")
    assert "/id/group/al-qaida" in links(svg)
    assert "Dashed: affiliation or alliance (not lineage)." in words(svg)


def test_aqim_page_times_the_twelve_attacks_of_its_lineage_each_linking_to_its_page(
    client, reasoned_kg
):
    svg = figure(aqim_page(client), "attack-timeline")
    entries = timeline_of(reasoned_kg, GROUP.aqim, lineage=True).entries
    expected = {page_path(e.attack) for e in entries}
    assert len(expected) == 12
    attack_links = {link for link in links(svg) if link.startswith("/id/attack/")}
    assert attack_links == expected
    text = words(svg)
    for shown in ("GSPC split from GIA (1998)", "33 or 38 killed (sources differ)", "1998–2003"):
        assert shown in text, shown


def test_every_link_in_aqims_pictures_leads_to_a_page_on_this_server(client):
    html = aqim_page(client)
    targets = links(figure(html, "lineage-diagram")) | links(figure(html, "attack-timeline"))
    assert all(t.startswith("/id/") for t in targets), targets
    broken = []
    for target in sorted(targets):
        answer = client.get(target, headers=HTML)
        if answer.status_code != 200:
            broken.append((target, answer.status_code))
    assert broken == []


def test_gspc_page_draws_the_same_family_with_gspc_in_focus(client):
    answer = client.get("/id/group/gspc", headers=HTML)
    assert answer.status_code == 200
    svg = figure(answer.text, "lineage-diagram")
    assert "Lineage of Salafist Group for Call and Combat (GSPC)" in words(svg)
    assert {"/id/group/gia", "/id/group/aqim"} <= links(svg)
    assert "/id/attack/1998-2003-gspc-campaign-algeria" in links(
        figure(answer.text, "attack-timeline")
    )


def test_every_group_page_draws_both_pictures_or_says_why_not(client, reasoned_kg):
    groups = sorted(set(reasoned_kg.dataset.subjects(RDF.type, KG.Organisation)), key=str)
    assert GROUP.aqim in groups and len(groups) > 10
    missing = []
    for group in groups:
        answer = client.get(page_path(group), headers=HTML)
        assert answer.status_code == 200, (group, answer.text)
        for picture in ("lineage-diagram", "attack-timeline"):
            if f'id="{picture}"' in answer.text:
                assert figure(answer.text, picture).tag == f"{SVG}svg"
            elif f'id="{picture}-note"' not in answer.text:
                missing.append((group, picture))
    assert missing == []


def test_an_attack_page_has_no_group_pictures(client):
    answer = client.get("/id/attack/2007-batna-bombing", headers=HTML)
    assert answer.status_code == 200
    assert "Suicide bombing in Batna" in answer.text
    assert "lineage-diagram" not in answer.text and "attack-timeline" not in answer.text


def test_a_group_with_no_lineage_and_no_attacks_says_so_instead_of_drawing(family_client):
    answer = family_client.get("/id/group/loner", headers=HTML)
    assert answer.status_code == 200
    html = answer.text
    assert 'id="lineage-diagram"' not in html and 'id="attack-timeline"' not in html
    assert "No predecessor, successor or ally of Les Solitaires is recorded" in html
    assert "No attack is attributed to Les Solitaires or its lineage in the graph." in html


def test_a_name_full_of_markup_is_drawn_as_text_and_never_becomes_markup(family_client):
    answer = family_client.get("/id/group/tricky", headers=HTML)
    assert answer.status_code == 200
    svg = figure(answer.text, "lineage-diagram")
    assert 'The "Quoted" <Group> & Co' in words(svg)  # parsed back as text
    assert "<Group>" not in answer.text  # nowhere on the page as a tag
    assert "/id/group/outsider" in links(svg)


def test_an_undated_attack_is_named_under_the_timeline_not_placed_on_it(family_client):
    answer = family_client.get("/id/group/delta", headers=HTML)
    svg = figure(answer.text, "attack-timeline")
    assert "Not on the time axis (no date in the graph): Undated kidnapping by Delta" in words(svg)
    assert {"/id/attack/d1", "/id/attack/e1"} <= links(svg)
    # The undated one is still a link on the page: in the table of the group's own attacks.
    assert '<a href="/id/attack/d2">Undated kidnapping by Delta</a>' in answer.text


def test_pictures_that_outrun_their_share_of_the_time_limit_give_way_to_a_note(reasoned_kg):
    """On a large graph a timeline can take longer than a page may; the page must still come."""
    before = signal.getsignal(signal.SIGALRM)
    hurried = draw(reasoned_kg, GROUP.aqim, seconds=0.0001)  # Graphviz alone takes longer
    assert hurried.lineage_svg is None and hurried.timeline_svg is None
    assert hurried.lineage_note.startswith(
        "Drawing the lineage diagram took longer than the 0.0001"
    )
    assert f"`kg timeline {GROUP.aqim} --lineage -o timeline.svg`" in hurried.timeline_note
    # Nothing is left armed, and a limit that leaves time draws both.
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
    patient = draw(reasoned_kg, GROUP.aqim, seconds=60)
    assert patient.lineage_svg is not None and patient.timeline_svg is not None


# ---------------------------------------------------------------- hostile names (issue #10)


@pytest.fixture(scope="module")
def hostile_kg():
    kg = load([HERE / "pictures" / "hostile-names.trig"])
    reason(kg)
    return kg


def test_a_name_holding_tex_costs_neither_the_page_nor_its_pictures(hostile_kg):
    """`$\\frac{$` in a name made the timeline raise, and the page of every group of the
    family answer 500; now both pictures are drawn, the name as text."""
    pictures = draw(hostile_kg, GROUP.tex)
    assert pictures.lineage_svg is not None and pictures.timeline_svg is not None
    assert "Bombing $\\frac{$ at dawn" in words(ET.fromstring(str(pictures.timeline_svg)))


def test_a_name_that_ends_a_graphviz_attribute_early_puts_no_script_link_on_a_page(hostile_kg):
    svg = ET.fromstring(str(draw(hostile_kg, GROUP.bee).lineage_svg))
    assert links(svg) == {"/id/group/scripted", "/id/group/bee", "/id/group/tex"}


def test_inline_svg_drops_script_and_script_links_even_if_a_renderer_let_them_through():
    """The second wall: SVG is rebuilt from an allow-list before it goes into a page."""
    svg = (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
        b'xmlns:xlink="http://www.w3.org/1999/xlink"><script>alert(1)</script>'
        b'<a xlink:href="javascript:alert(1)" onmouseover="alert(2)"><text>x</text></a>'
        b'<a xlink:href="/id/group/aqim"><text>AQIM</text></a>'
        b"<foreignObject><body>html</body></foreignObject></svg>"
    )
    inlined = str(inline_svg(svg))
    for gone in ("<script", "javascript:", "onmouseover", "foreignObject", "<?xml"):
        assert gone not in inlined, gone
    assert links(ET.fromstring(inlined)) == {"/id/group/aqim"}


def test_a_renderer_that_fails_costs_its_picture_not_the_page(reasoned_kg, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a renderer bug on some data")

    monkeypatch.setattr(group_pictures, "render_timeline", broken)
    pictures = draw(reasoned_kg, GROUP.aqim)
    assert pictures.lineage_svg is not None and pictures.timeline_svg is None
    assert pictures.timeline_note.startswith("The timeline cannot be drawn here")


# ---------------------------------------------------------------- the query page


def results_table(html: str) -> str:
    match = re.search(r'<table id="results">(.*?)</table>', html, re.S)
    assert match, "the page has no results table"
    return match.group(1)


def test_the_lineage_query_answers_with_a_table_whose_iris_link_to_their_pages(client):
    answer = client.get("/", params={"catalogue": "lineage", "group": "AQIM"})
    assert answer.status_code == 200
    table = results_table(answer.text)
    cells = re.findall(r'<a href="([^"]+)" title="([^"]+)">([^<]+)</a>', table)
    assert ("/id/group/gia", str(GROUP.gia), "group:gia") in cells
    assert ("/id/group/gspc", str(GROUP.gspc), "group:gspc") in cells
    split = "event/1998-gspc-splits-from-gia"
    assert (f"/id/{split}", str(ID) + split, "event:1998-gspc-splits-from-gia") in cells
    assert "<td>1998</td>" in table and "<td>2006-09</td>" in table
    # The answer comes first, naming the question and its parameter, above the catalogue.
    html = answer.text
    assert "Results of <i>lineage</i> (group = AQIM)" in html
    assert html.index('id="answer"') < html.index('id="catalogue-lineage"')


def test_a_typed_query_links_every_entity_iri_in_its_answer(client):
    query = (
        "PREFIX kg: <https://w3id.org/ctkg/ontology#>\n"
        "SELECT ?attack WHERE { ?attack a kg:Attack } ORDER BY ?attack"
    )
    answer = client.get("/", params={"query": query})
    assert answer.status_code == 200
    table = results_table(answer.text)
    rows = re.findall(r"<tr><td>(.*?)</td></tr>", table)
    assert len(rows) >= 12
    linked = re.compile(r'<a href="/id/(attack/[^"]+)" title="([^"]+)">attack:[^<]+</a>')
    for cell in rows:
        target = linked.fullmatch(cell)
        assert target, cell
        assert str(ID) + urllib.parse.unquote(target.group(1)) == target.group(2)
