"""Every page `kg serve` makes of groups, attacks and places named by the hostile-label corpus.

Issue #10, items 2 and 4, as a visitor meets them: a group's page inlined a lineage SVG with a
`javascript:` link, and a name holding `$\\frac{$` made the page of every group of its family
answer 500. Here the corpus names the groups (in pairs, one split from the other, so each page
draws a small lineage and timeline), their attacks and their places, and every page must answer
200, carry no script, event handler or script link, and show each name as text.
"""

from __future__ import annotations

import re
import urllib.parse
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import httpx
import pytest

from ..serve.servers import running_kg_serve
from .labels import (
    ID,
    LABELS,
    attack,
    group,
    html_problems,
    place,
    shown,
    svg_problems,
    svg_words,
    write_family,
)

HTML = {"Accept": "text/html"}
LABEL_IDS = [f"{i}:{label[:24]!r}" for i, label in enumerate(LABELS)]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    data = write_family(tmp_path_factory.mktemp("hostile") / "hostile.trig", family_size=2)
    # A generous time limit: the pages must draw their pictures, not give way to a note,
    # however busy the machine running the tests is.
    with (
        running_kg_serve("--data", str(data), "--workers", "1", "--timeout", "120") as server,
        httpx.Client(base_url=server.base, timeout=120) as http,
    ):
        yield http


def page_of(client: httpx.Client, iri: str) -> str:
    path = "/id/" + urllib.parse.quote(iri.removeprefix(ID))
    answer = client.get(path, headers=HTML)
    assert answer.status_code == 200, answer.text[:500]
    assert answer.headers["content-type"].startswith("text/html")
    return answer.text


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def page_text(page: str) -> str:
    """What a reader sees: the text of the page, character references decoded."""
    parser = _Text()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)


def figure_svg(page: str, figure_id: str) -> str:
    match = re.search(rf'<figure class="picture" id="{figure_id}">(.*?)</figure>', page, re.S)
    assert match, f"the page has no figure {figure_id}"
    body = match.group(1)
    return body[body.index("<svg") : body.rindex("</svg>") + len("</svg>")]


@pytest.mark.parametrize("i", range(len(LABELS)), ids=LABEL_IDS)
def test_a_groups_page_draws_both_pictures_and_its_name_stays_text(client, i):
    page = page_of(client, group(i))
    assert html_problems(page) == []
    assert LABELS[i] in page_text(page)  # the whole name, as text, in the heading and table
    for figure_id in ("lineage-diagram", "attack-timeline"):
        svg = figure_svg(page, figure_id)
        ET.fromstring(svg)  # well-formed as it stands in the page
        assert svg_problems(svg) == []
    lineage = svg_words(figure_svg(page, "lineage-diagram"))
    assert shown(LABELS[i]).replace("\\", "\u29f5") in lineage  # the node's tooltip
    assert shown(LABELS[i]) in svg_words(figure_svg(page, "attack-timeline"))  # the legend


@pytest.mark.parametrize("i", range(len(LABELS)), ids=LABEL_IDS)
def test_an_attacks_and_a_places_page_show_the_name_as_text(client, i):
    for iri in (attack(i), place(i)):
        page = page_of(client, iri)
        assert html_problems(page) == []
        assert LABELS[i] in page_text(page)


def test_the_rival_with_a_script_iri_is_drawn_but_never_linked(client):
    page = page_of(client, group(len(LABELS) - 1))
    svg = figure_svg(page, "lineage-diagram")
    assert "Group with a script IRI" in svg_words(svg)
    assert "javascript:alert(document.domain)" not in svg
