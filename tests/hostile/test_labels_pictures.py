"""Every picture of a family named by the hostile-label corpus: drawn, and every name text.

Issue #10, items 2 and 4: a group named `<x> href="javascript:alert(1)" target=<_top>` gave the
lineage SVG a `javascript:` link, and a name holding `$\\frac{$` stopped `kg timeline` with a
traceback. Here every label of `labels.txt` names a group, an attack and a place of one lineage,
and each picture (lineage SVG, PNG, DOT, Mermaid; timeline and map SVG and PNG) is drawn once
for the module; the tests then ask of each output that it holds no live markup and shows each
label as the text it is.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import graphviz
import pytest

from kg.cli import app
from kg.load import KnowledgeGraph, load
from kg.pictures import (
    lineage_of,
    map_of,
    render_lineage,
    render_map,
    render_timeline,
    timeline_of,
)
from kg.reason import reason

from .labels import (
    LABELS,
    SCRIPT_IRI,
    YOUNGEST,
    group,
    shown,
    svg_problems,
    svg_words,
    write_family,
)

PNG = b"\x89PNG\r\n\x1a\n"
LABEL_IDS = [f"{i}:{label[:24]!r}" for i, label in enumerate(LABELS)]


@pytest.fixture(scope="module")
def family_file(tmp_path_factory) -> Path:
    return write_family(tmp_path_factory.mktemp("hostile") / "hostile.trig")


@pytest.fixture(scope="module")
def family(family_file) -> KnowledgeGraph:
    kg = load([family_file])
    reason(kg)
    return kg


class Pictures(dict):
    """Each picture of the youngest group's whole family, drawn on first use and kept, so that
    a renderer that fails costs only the tests of its own picture."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        super().__init__()
        self.kg = kg

    def __missing__(self, name: str) -> bytes:
        picture, fmt = name.split(".")
        if picture == "lineage":
            drawn = render_lineage(lineage_of(self.kg, YOUNGEST, relations=True), fmt)
        elif picture == "timeline":
            drawn = render_timeline(timeline_of(self.kg, YOUNGEST, lineage=True), fmt)
        else:
            drawn = render_map(map_of(self.kg, YOUNGEST, lineage=True), fmt)
        self[name] = drawn
        return drawn


@pytest.fixture(scope="module")
def pictures(family) -> Pictures:
    return Pictures(family)


def test_the_family_holds_every_label_in_one_lineage(family):
    lineage = lineage_of(family, YOUNGEST, relations=True)
    assert {group(i) for i in range(len(LABELS))} <= set(lineage.members)
    assert SCRIPT_IRI in lineage.organisations  # the rival whose IRI is a script


@pytest.mark.parametrize("picture", ["lineage.png", "timeline.png", "map.png"])
def test_every_png_picture_of_the_family_is_drawn(pictures, picture):
    assert pictures[picture].startswith(PNG)


@pytest.mark.parametrize("picture", ["lineage.svg", "timeline.svg", "map.svg"])
def test_no_svg_picture_holds_script_an_event_handler_or_a_script_link(pictures, picture):
    assert svg_problems(pictures[picture]) == []
    assert b"javascript:alert(document.domain)" not in pictures[picture]  # the IRI: no link


@pytest.mark.parametrize("i", range(len(LABELS)), ids=LABEL_IDS)
def test_every_label_is_text_in_the_lineage_diagram(pictures, i):
    """The node's tooltip carries the whole (one-line, bounded) name as text; a backslash is
    shown there as its look-alike ⧵, which Graphviz does not read as an escape."""
    assert shown(LABELS[i]).replace("\\", "\u29f5") in svg_words(pictures["lineage.svg"])


@pytest.mark.parametrize("i", range(len(LABELS)), ids=LABEL_IDS)
def test_every_label_is_text_in_the_timeline(pictures, i):
    """The legend names each perpetrator as the data does: `$…$` is shown, not typeset."""
    assert shown(LABELS[i]) in svg_words(pictures["timeline.svg"])


@pytest.mark.parametrize("i", range(len(LABELS)), ids=LABEL_IDS)
def test_every_label_is_text_on_the_map(pictures, i):
    assert f"{shown(LABELS[i])}: {1990 + i}" in svg_words(pictures["map.svg"])


def test_the_dot_source_gives_graphviz_exactly_our_links_and_no_html_labels_but_ours(pictures):
    """Graphviz's own reading of the DOT (its JSON output): only our nodes and edges, every
    link one of our IRIs, and the script IRI linked nowhere."""
    parsed = json.loads(graphviz.Source(pictures["lineage.dot"].decode()).pipe("json"))
    nodes = {o["name"]: o for o in parsed["objects"] if "nodes" not in o and "subgraphs" not in o}
    assert {f"hostile_{i}" for i in range(len(LABELS))} <= set(nodes)
    links = [
        item.get(key)
        for item in [*nodes.values(), *parsed.get("edges", [])]
        for key in ("href", "URL", "labelhref", "labelURL", "tailhref", "headhref")
        if item.get(key)
    ]
    assert links and all(link.startswith("https://w3id.org/ctkg/id/") for link in links)
    assert "href" not in nodes["javascript_alert_document_domain_"]
    for name, node in nodes.items():
        if name.startswith("hostile_"):
            assert node["label"].startswith("<") and node["target"] == "_top"


def mermaid_label(line: str) -> str:
    """The text a Mermaid node label shows, decoded as Mermaid and then HTML would."""
    body = re.fullmatch(r'  \w+\["(.*)"\]', line)
    assert body, line
    text = re.sub(r"<br/>|</?b>|</?small>", " ", body.group(1))
    assert '"' not in text and "<" not in text and ">" not in text, line
    return html.unescape(re.sub(r"#(\d+);", lambda m: f"&#{m.group(1)};", text))


@pytest.mark.parametrize("i", range(len(LABELS)), ids=LABEL_IDS)
def test_every_label_is_text_in_the_mermaid_diagram(pictures, i):
    mermaid = pictures["lineage.mermaid"].decode()
    line = next(line for line in mermaid.splitlines() if line.startswith(f"  hostile_{i}["))
    assert shown(LABELS[i]) in mermaid_label(line)


def test_mermaid_links_only_to_our_iris_and_every_statement_is_one_line(pictures):
    mermaid = pictures["lineage.mermaid"].decode()
    clicks = [line for line in mermaid.splitlines() if line.startswith("  click ")]
    assert len(clicks) == len(LABELS)  # the script IRI gets no click line
    assert all(re.match(r'  click \w+ href "https://w3id\.org/ctkg/id/group/', c) for c in clicks)
    statement = re.compile(r"  (\w+\[\".*\"\]|\w+ -[-.]+>?\|\".*\"\| \w+|click .*|style .*)")
    assert all(statement.fullmatch(line) for line in mermaid.splitlines()[2:])


@pytest.mark.parametrize(
    ("command", "suffix"), [("lineage", "svg"), ("timeline", "svg"), ("map", "png")]
)
def test_the_picture_commands_draw_the_family_without_a_traceback(
    runner, family_file, tmp_path, command, suffix
):
    out = tmp_path / f"{command}.{suffix}"
    args = [command, str(YOUNGEST), "--data", str(family_file), "-o", str(out)]
    result = runner.invoke(app, args + ([] if command == "lineage" else ["--lineage"]))
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if suffix == "svg":
        assert svg_problems(out.read_bytes()) == []
    else:
        assert out.read_bytes().startswith(PNG)
