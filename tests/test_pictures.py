"""Lineage diagrams, attack timelines and maps: what they say, checked on their data and output.

The AQIM questions run on the shipped data; `tests/pictures/family.trig` is a made-up family
for what AQIM does not exercise (siblings, mergers, undated attacks, approximate counts, a group
with nothing to draw). Expectations are files beside the tests where they are tables.
"""

from __future__ import annotations

import csv
import re
import socket
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from rdflib import RDF, URIRef

from kg.cli import app
from kg.errors import KgError, ParameterError
from kg.load import KnowledgeGraph, load
from kg.namespaces import ATTACK, GROUP, KG, PLACE
from kg.pictures import (
    lineage_of,
    map_of,
    picture_format,
    render_lineage,
    render_map,
    render_timeline,
    resolve_group,
    timeline_of,
    to_dot,
    to_mermaid,
)
from kg.pictures.data import edtf_bounds
from kg.pictures.style import date_text
from kg.pictures.timeline import timeline_figure
from kg.reason import reason
from tests.hermetic import DATA

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FIXTURES = HERE / "pictures"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"


def page(iri: URIRef) -> str:
    """A server-style link, to tell our links from the default (the IRI itself)."""
    return "/entity/" + re.split(r"[/#]", str(iri))[-1]


@pytest.fixture(scope="module")
def family_kg() -> KnowledgeGraph:
    kg = load([FIXTURES / "family.trig"])
    reason(kg)
    return kg


def svg_texts(svg: bytes) -> str:
    """All the words an SVG shows, joined, whatever element holds them."""
    root = ET.fromstring(svg)
    return " ".join(" ".join(e.itertext()) for e in root.iter(f"{SVG}text"))


def svg_links(svg: bytes) -> set[str]:
    return {a.get(XLINK) for a in ET.fromstring(svg).iter(f"{SVG}a")}


def dot_edges(dot: str) -> dict[tuple[str, str], str]:
    """(tail, head) → label of every edge statement in DOT source."""
    edges = {}
    for match in re.finditer(r'^\s*(\w+) -> (\w+) \[label="([^"]*)"', dot, re.M):
        edges[(match.group(1), match.group(2))] = match.group(3)
    return edges


# ---------------------------------------------------------------- lineage


def test_lineage_of_aqim_runs_from_gia_through_gspc_split_1998_renamed_2006(reasoned_kg):
    lineage = lineage_of(reasoned_kg, "AQIM")
    assert lineage.path_years() == [("GIA", "GSPC", "1998"), ("GSPC", "AQIM", "2006-09")]
    assert [s.kind for s in lineage.steps] == ["split from", "renamed from"]
    assert lineage.predecessors == {GROUP.gspc, GROUP.gia}
    assert lineage.descendants == set()
    assert GROUP["al-qaida"] not in lineage.distance  # a merger partner is not an ancestor


def test_lineage_dot_holds_the_gia_gspc_aqim_path_with_kinds_and_years(reasoned_kg):
    dot = to_dot(lineage_of(reasoned_kg, "AQIM"))
    edges = dot_edges(dot)
    assert edges == {
        ("gia", "gspc"): "split from\n1998",
        ("gspc", "aqim"): "renamed from\nSep 2006",
    }
    # Nodes carry the preferred English name and the acronym.
    assert re.search(r"aqim \[label=<.*AQIM.*Al Qaida in the Islamic<br/>Maghreb", dot)
    assert "Salafist Group for Call and" in dot and "GSPC" in dot


def test_lineage_svg_shows_the_path_and_links_each_group_to_its_page(reasoned_kg):
    svg = render_lineage(lineage_of(reasoned_kg, "AQIM"), "svg", href=page)
    root = ET.fromstring(svg)
    edge_titles = {
        "".join(g.find(f"{SVG}title").itertext())
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "edge"
    }
    assert edge_titles == {"gia->gspc", "gspc->aqim"}
    words = svg_texts(svg)
    for expected in ("GIA", "GSPC", "AQIM", "split from", "1998", "renamed from", "Sep 2006"):
        assert expected in words
    assert {"/entity/aqim", "/entity/gspc", "/entity/gia"} <= svg_links(svg)
    assert "/entity/1998-gspc-splits-from-gia" in svg_links(svg)  # the edge links its event


def test_lineage_png_is_a_picture(reasoned_kg):
    png = render_lineage(lineage_of(reasoned_kg, "GSPC"), "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_lineage_mermaid_has_the_same_steps_pointing_to_the_predecessor(reasoned_kg):
    text = to_mermaid(lineage_of(reasoned_kg, "AQIM"), href=page)
    assert text.splitlines()[1] == "flowchart BT"
    assert '  gspc -->|"split from · 1998"| gia' in text
    assert '  aqim -->|"renamed from · Sep 2006"| gspc' in text
    assert 'click aqim href "/entity/aqim"' in text
    assert re.search(r'aqim\["<b>AQIM</b><br/>Al Qaida in the Islamic Maghreb', text)


def test_affiliates_and_allies_appear_dashed_only_when_asked(reasoned_kg):
    plain = to_dot(lineage_of(reasoned_kg, "AQIM"))
    assert "al_qaida" not in plain and "dashed" not in plain
    lineage = lineage_of(reasoned_kg, "AQIM", relations=True)
    assert {
        (r.kind, r.target if r.source == GROUP.aqim else r.source) for r in lineage.relations
    } == {
        ("affiliate of", GROUP["al-qaida"]),
        ("allied with", GROUP["ansar-al-din"]),
        ("allied with", GROUP.mujao),
    }
    dot = to_dot(lineage)
    affiliate = re.search(r"aqim -> al_qaida \[([^\]]*)\]", dot)
    assert (
        affiliate and "style=dashed" in affiliate.group(1) and "affiliate of" in affiliate.group(1)
    )
    assert GROUP["al-qaida"] not in lineage.distance  # drawn, but still not lineage
    mermaid = to_mermaid(lineage)
    assert '  aqim -.->|"affiliate of"| al_qaida' in mermaid


def test_depth_one_keeps_only_the_direct_predecessor(reasoned_kg):
    lineage = lineage_of(reasoned_kg, "AQIM", depth=1)
    assert set(lineage.distance) == {GROUP.aqim, GROUP.gspc}
    assert dot_edges(to_dot(lineage)) == {("gspc", "aqim"): "renamed from\nSep 2006"}


def test_descendants_of_gia_are_gspc_and_aqim(reasoned_kg):
    lineage = lineage_of(reasoned_kg, "Armed Islamic Group")
    assert lineage.descendants == {GROUP.gspc, GROUP.aqim}
    assert lineage.predecessors == set()


def test_a_sibling_split_and_a_merger_partner_are_not_in_the_lineage(family_kg):
    lineage = lineage_of(family_kg, "Delta Organisation")
    assert set(lineage.distance) == {GROUP.alpha, GROUP.beta, GROUP.delta, GROUP.epsilon}
    assert lineage.path_years() == [
        ("AF", "BM", "1995"),
        ("BM", "DO", "2001-03"),
        ("DO", "EU", "2005/2006"),
    ]
    assert dot_edges(to_dot(lineage))[("delta", "epsilon")] == "formed by merger of\n2005–2006"
    # Epsilon's own lineage does include Zeta, its other merger predecessor.
    assert GROUP.zeta in lineage_of(family_kg, "EU").distance


def test_every_groups_lineage_matches_the_reasoned_predecessor_closure(reasoned_kg):
    union = reasoned_kg.dataset
    for group in set(union.subjects(RDF.type, KG.ArmedGroup)):
        lineage = lineage_of(reasoned_kg, group)
        assert lineage.predecessors == set(union.objects(group, KG.hasPredecessor)), group
        assert lineage.descendants == set(union.objects(group, KG.hasSuccessor)), group


def test_a_group_with_only_a_french_name_still_gets_a_lineage_diagram(family_kg):
    lineage = lineage_of(family_kg, "Les Solitaires")
    assert lineage.steps == [] and lineage.organisations[GROUP.loner].label == "Les Solitaires"
    assert "Les Solitaires" in svg_texts(render_lineage(lineage, "svg"))


def test_names_with_quotes_and_angle_brackets_cannot_break_the_diagram(family_kg):
    lineage = lineage_of(family_kg, "Q&A")
    svg = render_lineage(lineage, "svg")
    assert 'The "Quoted" <Group> & Co' in svg_texts(svg)  # parsed as text, not as markup
    mermaid = to_mermaid(lineage)
    assert '  tricky["<b>Q&amp;A</b><br/>The &quot;Quoted&quot; &lt;Group&gt; &amp; Co"]' in mermaid
    assert '  tricky -->|"split from"| outsider' in mermaid


# ---------------------------------------------------------------- timeline


def test_aqim_lineage_timeline_holds_twelve_entries_at_their_precision(reasoned_kg):
    timeline = timeline_of(reasoned_kg, "AQIM", lineage=True)
    got = {
        (
            str(e.attack).removeprefix(str(ATTACK)),
            e.edtf,
            e.precision,
            e.perpetrator.short,
            frozenset(f.text for f in e.killed),
            "yes" if e.before_inception else "no",
        )
        for e in timeline.entries
    }
    with (FIXTURES / "aqim-lineage-timeline.csv").open(encoding="utf-8") as stream:
        expected = {
            (
                r["attack"],
                r["date"],
                r["precision"],
                r["perpetrator"],
                frozenset(t for t in r["killed"].split(" | ") if t),
                r["before_inception"],
            )
            for r in csv.DictReader(stream)
        }
    assert len(timeline.entries) == 12
    assert got == expected


def test_partial_dates_are_spans_not_first_of_january(reasoned_kg):
    by_date = {e.edtf: e for e in timeline_of(reasoned_kg, "AQIM", lineage=True).entries}
    assert (by_date["2007"].earliest, by_date["2007"].latest) == (
        date(2007, 1, 1),
        date(2007, 12, 31),
    )
    assert (by_date["2007-12"].earliest, by_date["2007-12"].latest) == (
        date(2007, 12, 1),
        date(2007, 12, 31),
    )
    assert (by_date["1998/2003"].earliest, by_date["1998/2003"].latest) == (
        date(1998, 1, 1),
        date(2003, 12, 31),
    )


def test_the_timeline_draws_a_year_as_a_year_long_bar_and_a_day_as_no_bar(reasoned_kg):
    timeline = timeline_of(reasoned_kg, "AQIM", lineage=True)
    figure = timeline_figure(timeline, href=page)
    bars = {p.get_url(): p for p in figure.axes[0].patches if p.get_url()}
    assert bars["/entity/2007-batna-bombing"].get_width() == pytest.approx(365)
    assert bars["/entity/2007-12-algeria-court-and-un-bombings"].get_width() == pytest.approx(31)
    assert bars["/entity/1998-2003-gspc-campaign-algeria"].get_width() == pytest.approx(2191)
    assert bars["/entity/1998-2003-gspc-campaign-algeria"].get_hatch() == "///"
    assert "/entity/2008-08-19-issers-police-college-bombing" not in bars


def test_attacks_are_coloured_by_the_organisation_at_the_time(reasoned_kg):
    timeline = timeline_of(reasoned_kg, "AQIM", lineage=True)
    figure = timeline_figure(timeline, href=page)
    bars = {p.get_url(): to_hex(p.get_facecolor()) for p in figure.axes[0].patches if p.get_url()}
    gspc = bars["/entity/1998-2003-gspc-campaign-algeria"]
    aqim = bars["/entity/2007-batna-bombing"]
    assert gspc != aqim
    assert bars["/entity/2014-05-tunisia-police-killing"] == aqim


def test_conflicting_killed_figures_are_both_kept_with_their_sections(reasoned_kg):
    by_date = {e.edtf: e for e in timeline_of(reasoned_kg, "AQIM").entries}
    december = by_date["2007-12"]
    assert december.killed_counts == [33, 38] and december.sources_disagree
    sections = {str(s).rsplit("#", 1)[-1] for f in december.killed for s in f.sections}
    assert sections == {"attack-04", "tactics"}
    ouagadougou = by_date["2016-01-15"]
    assert {(f.count, f.qualifier) for f in ouagadougou.killed} == {(30, "exact"), (29, "at-least")}


def test_the_april_2003_hostage_taking_is_marked_as_before_aqim_existed(reasoned_kg):
    entry = next(e for e in timeline_of(reasoned_kg, "AQIM").entries if e.edtf == "2003-04")
    assert entry.perpetrator.short == "AQIM" and entry.modality == "Implied subject"
    assert entry.before_inception


def test_without_lineage_the_timeline_keeps_only_the_groups_own_attacks(reasoned_kg):
    entries = timeline_of(reasoned_kg, "AQIM").entries
    assert len(entries) == 11
    assert {e.perpetrator.short for e in entries} == {"AQIM"}
    gspc = timeline_of(reasoned_kg, "GSPC").entries
    assert [e.edtf for e in gspc] == ["1998/2003"] and gspc[0].campaign


def test_timeline_svg_has_the_perpetrator_legend_figures_and_links(reasoned_kg):
    svg = render_timeline(timeline_of(reasoned_kg, "AQIM", lineage=True), "svg", href=page)
    words = svg_texts(svg)
    for expected in (
        "Attributed to",
        "Salafist Group for Call and Combat (GSPC)",
        "Al Qaida in the Islamic Maghreb (AQIM)",
        "1998–2003",
        "33 or 38 killed (sources differ)",
        "≥29 or 30 killed (sources differ)",
        "≥10 wounded",
        "attributed to AQIM before it existed (Sep 2006)",
        "GSPC split from GIA (1998)",
        "at least (hollow)",
    ):
        assert expected in words, expected
    assert "/entity/2008-08-19-issers-police-college-bombing" in svg_links(svg)


def test_timeline_png_is_a_picture(reasoned_kg):
    png = render_timeline(timeline_of(reasoned_kg, "AQIM"), "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000


def test_undated_attacks_and_approximate_counts_are_shown_as_what_they_are(family_kg):
    timeline = timeline_of(family_kg, "Delta Organisation", lineage=True)
    assert [e.name for e in timeline.undated] == ["Undated kidnapping by Delta"]
    approx = next(e for e in timeline.entries if e.edtf == "2002")
    assert [f.text for f in approx.killed] == ["~12"] and approx.precision == "year"
    joint = next(e for e in timeline.entries if e.edtf == "2007-06-02")
    assert joint.perpetrator.short == "EU" and [o.short for o in joint.others] == ["OG"]
    words = svg_texts(render_timeline(timeline, "svg"))
    assert "Not on the time axis (no date in the graph): Undated kidnapping by Delta" in words
    assert "~12 killed" in words and "≥5 killed" in words and "with OG" in words


def test_a_group_without_attacks_gets_an_empty_timeline_that_says_so(family_kg):
    svg = render_timeline(timeline_of(family_kg, "Les Solitaires"), "svg")
    assert "No dated attack is attributed to this group in the graph." in svg_texts(svg)


# ---------------------------------------------------------------- map


def test_aqim_map_places_attacks_and_lists_the_unknown_place(reasoned_kg):
    data = map_of(reasoned_kg, "AQIM")
    placed = {p.name for e in data.attacks for p in e.places if p.located}
    assert {"Issers", "Batna", "Benghazi", "Ouagadougou", "Northern Mali"} <= placed
    assert [e.name for e in data.unplaced_attacks] == ["Killing of a British hostage"]
    assert data.unplaced_attacks[0].places[0].iri == PLACE.unknown
    assert {a.place.name for a in data.areas} == {
        "Algeria",
        "Mauritania",
        "Niger",
        "Northern Mali",
        "Sahara",
        "Sahel",
    }
    issers = next(p for e in data.attacks for p in e.places if p.name == "Issers")
    assert (issers.kind, issers.lat, issers.long) == ("city", 36.7167, 3.6667)


def test_the_map_renders_with_the_network_blocked(reasoned_kg, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the map tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    data = map_of(reasoned_kg, "AQIM", lineage=True)
    svg = render_map(data, "svg", href=page)
    words = svg_texts(svg)
    assert "Issers: 19 Aug 2008" in words
    assert "Unplaced (no coordinates in the graph):" in words
    assert "Killing of a British hostage (May 2009): Unknown location" in words
    assert "Salafist Group for Call and Combat (GSPC)" in words
    assert {"/entity/2016-01-15-ouagadougou-cafe-and-hotels-attack", "/entity/sahel"} <= svg_links(
        svg
    )
    assert render_map(data, "png").startswith(b"\x89PNG")


def test_a_place_without_coordinates_is_listed_not_dropped(family_kg):
    data = map_of(family_kg, "Delta Organisation")
    assert [e.name for e in data.unplaced_attacks] == ["Undated kidnapping by Delta"]
    assert "Somewhere unnamed" in svg_texts(render_map(data, "svg"))


# ---------------------------------------------------------------- every group, every picture


def test_every_group_in_the_graph_gets_all_three_pictures(reasoned_kg):
    groups = sorted(set(reasoned_kg.dataset.subjects(RDF.type, KG.ArmedGroup)))
    assert GROUP.aqim in groups
    for group in groups:
        lineage = lineage_of(reasoned_kg, group, relations=True)
        assert ET.fromstring(render_lineage(lineage, "svg")).tag == f"{SVG}svg", group
        timeline = timeline_of(reasoned_kg, group, lineage=True)
        assert ET.fromstring(render_timeline(timeline, "svg")).tag == f"{SVG}svg", group
        assert ET.fromstring(render_map(map_of(reasoned_kg, group), "svg")).tag == f"{SVG}svg"


def test_pictures_can_be_drawn_from_any_query_target_not_only_the_embedded_graph(reasoned_kg):
    from kg.query import EmbeddedStore

    store = EmbeddedStore(reasoned_kg)  # what a server passes: anything with select()
    assert lineage_of(store, "AQIM").path_years() == lineage_of(reasoned_kg, "AQIM").path_years()
    assert (
        timeline_of(store, "AQIM", lineage=True).entries
        == timeline_of(reasoned_kg, "AQIM", lineage=True).entries
    )


# ---------------------------------------------------------------- names, dates and errors


def test_a_group_is_found_by_any_of_its_names(reasoned_kg):
    for name in ("AQIM", "al-Qaeda in the Islamic Maghreb", "group:aqim", str(GROUP.aqim)):
        assert resolve_group(reasoned_kg, name) == GROUP.aqim


def test_an_unknown_group_or_an_iri_naming_nothing_is_a_clear_error(reasoned_kg):
    with pytest.raises(ParameterError, match="no group is named 'Nobody'"):
        lineage_of(reasoned_kg, "Nobody")
    with pytest.raises(ParameterError, match=r"no organisation \S*group/nobody in the graph"):
        timeline_of(reasoned_kg, "group:nobody")


@pytest.mark.parametrize(
    ("edtf", "text", "bounds"),
    [
        ("1998", "1998", (date(1998, 1, 1), date(1998, 12, 31))),
        ("2006-09", "Sep 2006", (date(2006, 9, 1), date(2006, 9, 30))),
        ("2008-02", "Feb 2008", (date(2008, 2, 1), date(2008, 2, 29))),
        ("2008-08-19", "19 Aug 2008", (date(2008, 8, 19), date(2008, 8, 19))),
        ("1998/2003", "1998–2003", (date(1998, 1, 1), date(2003, 12, 31))),
        ("2006~", "2006~", (None, None)),
    ],
)
def test_dates_read_at_their_precision(edtf, text, bounds):
    assert date_text(edtf) == text
    assert edtf_bounds(edtf) == bounds


def test_the_format_comes_from_the_option_or_the_suffix_and_must_agree():
    formats, suffixes = ("svg", "png"), {".svg": "svg", ".png": "png"}
    assert picture_format("map", None, None, formats, suffixes) == "svg"
    assert picture_format("map", None, Path("x.png"), formats, suffixes) == "png"
    with pytest.raises(KgError, match="suffix says svg but --format says png"):
        picture_format("map", "png", Path("x.svg"), formats, suffixes)
    with pytest.raises(KgError, match="cannot tell the map format"):
        picture_format("map", None, Path("x.jpg"), formats, suffixes)


# ---------------------------------------------------------------- the commands


def test_kg_lineage_prints_dot_and_mermaid(runner):
    data = ["--data", str(DATA)]
    result = runner.invoke(app, ["lineage", "AQIM", "--format", "dot", *data])
    assert result.exit_code == 0, result.output
    assert dot_edges(result.output).keys() == {("gia", "gspc"), ("gspc", "aqim")}
    result = runner.invoke(app, ["lineage", "GSPC", "--format", "mermaid", "--depth", "1", *data])
    assert result.exit_code == 0, result.output
    assert '  gspc -->|"split from · 1998"| gia' in result.output
    assert '  aqim -->|"renamed from · Sep 2006"| gspc' in result.output


def test_kg_timeline_and_map_write_the_files_they_are_given(runner, tmp_path):
    data = ["--data", str(DATA)]
    timeline = tmp_path / "aqim-timeline.png"
    result = runner.invoke(app, ["timeline", "AQIM", "--lineage", "-o", str(timeline), *data])
    assert result.exit_code == 0, result.output
    assert timeline.read_bytes().startswith(b"\x89PNG")
    mapped = tmp_path / "aqim-map.svg"
    result = runner.invoke(app, ["map", "AQIM", "-o", str(mapped), *data])
    assert result.exit_code == 0, result.output
    assert "Issers: 19 Aug 2008" in svg_texts(mapped.read_bytes())
    assert set(tmp_path.iterdir()) == {timeline, mapped}  # no temporary file left behind


def test_an_unknown_group_exits_2_with_one_line_and_leaves_the_file_alone(runner, tmp_path):
    existing = tmp_path / "lineage.svg"
    existing.write_text("previous picture", encoding="utf-8")
    result = runner.invoke(
        app, ["lineage", "Nobody", "-o", str(existing), "--data", str(DATA)]
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: no group is named 'Nobody' (`kg search 'Nobody'` ranks every name; an IRI is "
        "also accepted)"
    ]
    assert existing.read_text(encoding="utf-8") == "previous picture"
    assert list(tmp_path.iterdir()) == [existing]


def test_a_png_needs_a_file_and_a_suffix_must_name_a_format(runner, tmp_path):
    data = ["--data", str(DATA)]
    result = runner.invoke(app, ["timeline", "AQIM", "--format", "png", *data])
    assert result.exit_code == 2 and "a PNG is binary" in result.output
    result = runner.invoke(app, ["lineage", "AQIM", "-o", str(tmp_path / "x.jpg"), *data])
    assert result.exit_code == 2 and "cannot tell the lineage format" in result.output
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- names that are markup or TeX


@pytest.fixture(scope="module")
def hostile_kg() -> KnowledgeGraph:
    kg = load([FIXTURES / "hostile-names.trig"])
    reason(kg)
    return kg


def svg_titles(svg: bytes) -> set[str]:
    """Every tooltip in a Graphviz SVG (its links' xlink:title)."""
    return {a.get(XLINK.replace("href", "title")) for a in ET.fromstring(svg).iter(f"{SVG}a")}


def test_a_name_that_ends_a_graphviz_attribute_early_cannot_add_a_link(hostile_kg):
    """Issue #10: `<x> href="javascript:alert(1)" target=<_top>` was passed to Graphviz as an
    HTML-like string, so the tooltip ended at `<x>` and the rest became the node's link."""
    svg = render_lineage(lineage_of(hostile_kg, "Bee Brigade"), "svg")
    assert svg_links(svg) - {None} == {str(GROUP.scripted), str(GROUP.bee), str(GROUP.tex)}
    assert '<x> href="javascript:alert(1)" target=<_top>' in svg_titles(svg)  # text, as written
    dot = to_dot(lineage_of(hostile_kg, "Bee Brigade"))
    assert 'tooltip="<x> href=\\"javascript:alert(1)\\" target=<_top>"' in dot


def test_kg_lineage_writes_no_script_link_for_a_hostile_name(runner, tmp_path):
    out = tmp_path / "lineage.svg"
    data = ["--data", str(FIXTURES / "hostile-names.trig")]
    result = runner.invoke(app, ["lineage", "Bee Brigade", *data, "-o", str(out)])
    assert result.exit_code == 0, result.output
    links = svg_links(out.read_bytes()) - {None}
    assert links and all(link.startswith("https://w3id.org/ctkg/id/group/") for link in links)


def test_a_link_that_is_not_http_or_relative_is_never_drawn(hostile_kg):
    """Whatever `href` gives, a picture links only to http(s) or relative addresses."""

    def script(iri: URIRef) -> str:
        return "javascript:alert(1)"

    lineage = lineage_of(hostile_kg, "Bee Brigade")
    assert svg_links(render_lineage(lineage, "svg", href=script)) == {None}
    assert "click" not in to_mermaid(lineage, href=script)
    timeline = render_timeline(timeline_of(hostile_kg, GROUP.tex), "svg", href=script)
    assert b"javascript:" not in timeline


def test_a_name_holding_tex_is_drawn_as_written_on_the_timeline_and_the_map(hostile_kg):
    """Issue #10: `$\\frac{$` in a name made matplotlib parse TeX and `kg timeline` crash."""
    timeline = svg_texts(render_timeline(timeline_of(hostile_kg, GROUP.tex), "svg"))
    for expected in ("Bombing $\\frac{$ at dawn", "Attacks attributed to Cost $\\frac{$ Front"):
        assert expected in timeline, expected
    assert render_timeline(timeline_of(hostile_kg, GROUP.tex), "png").startswith(b"\x89PNG")
    assert "$x^2$ Town: 2002" in svg_texts(render_map(map_of(hostile_kg, GROUP.tex), "svg"))


def test_kg_timeline_draws_a_name_holding_tex_without_a_traceback(runner, tmp_path):
    out = tmp_path / "timeline.svg"
    data = ["--data", str(FIXTURES / "hostile-names.trig")]
    result = runner.invoke(app, ["timeline", "Cost $\\frac{$ Front", *data, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Bombing $\\frac{$ at dawn" in svg_texts(out.read_bytes())


# ---------------------------------------------------------------- the README's pictures


def test_the_readme_shows_the_aqim_lineage_and_timeline_made_by_the_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "kg lineage AQIM --relations --format svg -o docs/pictures/aqim-lineage.svg" in readme
    assert "kg timeline AQIM --lineage -o docs/pictures/aqim-timeline.svg" in readme
    lineage = (REPO / "docs/pictures/aqim-lineage.svg").read_bytes()
    assert "](docs/pictures/aqim-lineage.svg)" in readme
    assert "](docs/pictures/aqim-timeline.svg)" in readme
    words = svg_texts(lineage)
    for expected in ("GIA", "GSPC", "AQIM", "split from", "1998", "renamed from", "Sep 2006"):
        assert expected in words
    timeline = svg_texts((REPO / "docs/pictures/aqim-timeline.svg").read_bytes())
    assert "33 or 38 killed (sources differ)" in timeline
