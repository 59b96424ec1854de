"""`kg.escape`, sink by sink: what each function lets through and what it turns into text.

Each sink is checked by the program that reads it where one is at hand (Graphviz reads the DOT,
matplotlib lays out the text, an XML parser reads the SVG), not only by comparing strings.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import graphviz
import pytest

from kg.escape import (
    LONGEST_NAME,
    console_text,
    dot_html_text,
    dot_text,
    dot_tooltip,
    dot_url,
    html_text,
    matplotlib_text,
    mermaid_text,
    picture_name,
    safe_href,
    sanitised_svg,
)

from .labels import LABELS, svg_problems

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


@pytest.mark.parametrize(
    "url",
    [
        "https://w3id.org/ctkg/id/group/aqim",
        "http://example.org/a?b=c&d=e#f",
        "/id/group/aqim",
        "#org-aqim",
        "?q=1",
        "HTTPS://EXAMPLE.ORG/",
    ],
)
def test_http_and_relative_links_are_kept(url):
    assert safe_href(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "urn:isbn:123",
        "/\\evil.example/",
        "http://ok.example/\\..",
        "a:b/c",
        "",
        None,
    ],
)
def test_every_other_link_is_refused(url):
    assert safe_href(url) is None
    assert dot_url(url) is None


def test_html_text_escapes_markup_and_replaces_what_xml_cannot_hold():
    assert html_text('<a href="x">&\'</a>') == "&lt;a href=&#34;x&#34;&gt;&amp;&#39;&lt;/a&gt;"
    assert html_text("bell\x07 nul-free\x1f \ud800") == "bell\ufffd nul-free\ufffd \ufffd"


def test_a_picture_name_is_one_bounded_line_that_closes_its_bidi_overrides():
    assert picture_name("line\none\ttab\r\u2028x") == "line one tab  x"
    long = picture_name("x" * 10_000)
    assert len(long) == LONGEST_NAME and long.endswith("…")
    assert picture_name("\u202egnp.exe") == "\u202egnp.exe\u202c"
    assert picture_name("\u2067isolated") == "\u2067isolated\u2069"
    assert picture_name("\u202eclosed\u202c") == "\u202eclosed\u202c"


def graphviz_svg(**attrs: str) -> ET.Element:
    graph = graphviz.Digraph()
    graph.node("n", **attrs)
    return ET.fromstring(graph.pipe(format="svg"))


@pytest.mark.parametrize("label", LABELS, ids=range(len(LABELS)))
def test_graphviz_shows_a_dot_label_exactly_as_written(label):
    """`dot_text` for a plain label: Graphviz draws the very characters (newlines as lines)."""
    name = picture_name(label, limit=60)
    root = graphviz_svg(label=dot_text(name), fontname="DejaVu Sans")
    shown = " ".join(t.text or "" for t in root.iter(f"{SVG}text")).replace("\xa0", " ")
    assert shown == name


@pytest.mark.parametrize("label", LABELS, ids=range(len(LABELS)))
def test_graphviz_shows_a_tooltip_as_written_with_backslashes_as_look_alikes(label):
    name = picture_name(label, limit=60)
    root = graphviz_svg(tooltip=dot_tooltip(name), href="https://example.org/")
    titles = [a.get(f"{XLINK}title") for a in root.iter(f"{SVG}a")]
    assert [t.replace("\xa0", " ") for t in titles] == [name.replace("\\", "\u29f5")]


@pytest.mark.parametrize("label", LABELS, ids=range(len(LABELS)))
def test_graphviz_shows_html_like_label_text_exactly_as_written(label):
    name = picture_name(label, limit=60)
    root = graphviz_svg(label=f"<<b>{dot_html_text(name)}</b>>", fontname="DejaVu Sans")
    shown = " ".join(t.text or "" for t in root.iter(f"{SVG}text")).replace("\xa0", " ")
    assert shown == name


def test_a_name_that_looks_like_an_html_like_label_is_quoted_in_dot():
    graph = graphviz.Digraph()
    graph.node("n", tooltip=dot_tooltip('<x> href="javascript:alert(1)" target=<_top>'))
    assert 'tooltip="<x> href=\\"javascript:alert(1)\\" target=<_top>"' in graph.source
    assert svg_problems(graph.pipe(format="svg")) == []


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("$\\frac{$", "$\\frac{$"),
        ("Costs $5 and $6", "Costs $5 and $6"),
        ("$x^2$", "$x^2$"),
        ("already \\$ escaped $", "already \\$ escaped $"),
        ("_hidden from legends", "\u200b_hidden from legends"),
    ],
)
def test_matplotlib_draws_dollars_as_dollars(label, text):
    """matplotlib lays the text out (where `$\\frac{$` used to raise) and shows it as given."""
    import io

    from matplotlib.figure import Figure

    figure = Figure()
    artist = figure.text(0.1, 0.5, matplotlib_text(label))
    figure.savefig(io.BytesIO(), format="png")
    shown, is_math = artist._preprocess_math(artist.get_text())
    assert (shown, is_math) == (text, False)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ('The "Quoted" <Group> & Co', "The &quot;Quoted&quot; &lt;Group&gt; &amp; Co"),
        ("#quot; #35;", "#35;quot; #35;35;"),
        ("`**md**`", "#96;**md**#96;"),
        ("it's", "it&apos;s"),
        ("two\nlines\r\u2028three", "two lines  three"),
    ],
)
def test_mermaid_text_is_coded_for_mermaid_then_html(label, text):
    assert mermaid_text(label) == text


def svg_document(body: str) -> str:
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f"{body}</svg>"
    )


def test_the_svg_sanitiser_drops_script_and_keeps_the_picture():
    dirty = svg_document(
        '<script>alert(1)</script><g onclick="alert(1)" id="keep">'
        '<a xlink:href="javascript:alert(1)"><text>bad link</text></a>'
        '<a xlink:href="/id/group/aqim" target="_top"><text>good link</text></a>'
        '<a href=" data:text/html,x"><text>data</text></a>'
        '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>'
        '<path d="M0 0" style="fill: url(https://evil.example/x)"/>'
        '<path d="M0 0" clip-path="url(#clip1)"/>'
        '<use xlink:href="#m1"/><use xlink:href="https://evil.example/x.svg#m"/>'
        '<set attributeName="href" to="javascript:alert(1)"/>'
        "<style>@import url(https://evil.example/x.css);</style>"
        "</g>"
    )
    clean = sanitised_svg(dirty)
    root = ET.fromstring(clean)
    assert svg_problems(clean) == []
    assert "script" not in clean.replace("javascript", "") and "onclick" not in clean
    assert "foreignObject" not in clean and "@import" not in clean and "<set" not in clean
    links = [a.get(f"{XLINK}href") or a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == [None, "/id/group/aqim", None]
    assert [u.get(f"{XLINK}href") for u in root.iter(f"{SVG}use")] == ["#m1", None]
    paths = list(root.iter(f"{SVG}path"))
    assert paths[0].get("style") is None and paths[1].get("clip-path") == "url(#clip1)"
    assert "good link" in clean and "bad link" in clean  # text stays text
    assert clean.startswith("<svg ") and "DOCTYPE" not in clean


def test_the_svg_sanitiser_refuses_what_is_not_svg():
    for bad in ("<html></html>", "<svg><unclosed></svg>", "no markup"):
        with pytest.raises(ValueError):
            sanitised_svg(bad)


@pytest.mark.parametrize("label", LABELS, ids=range(len(LABELS)))
def test_rich_prints_console_text_as_written(label):
    """For the CLI's messages: Rich markup in a name is printed, not interpreted or raised."""
    import io

    from rich.console import Console

    def printed(text: str, *, markup: bool) -> str:
        out = io.StringIO()
        console = Console(file=out, width=10**6, color_system=None, soft_wrap=True)
        console.print(text, markup=markup, highlight=False, end="")
        return out.getvalue()

    got = printed(f"[bold red]error:[/] {console_text(label)}", markup=True)
    assert got == printed(f"error: {label}", markup=False)
