"""Label escaping, one function per output sink, so a name from the data is always text.

Names, dates and IRIs come from files a partner wrote or a profile we ingested, and every
picture and page hands them to a language of its own: HTML, Graphviz DOT (whose `<…>` strings
are HTML-like labels and whose `\\N`, `\\G`, `\\l` are escapes), matplotlib (where `$…$` is TeX
mathtext), Mermaid (with `#…;` entity codes and quoted labels). A string that means something in
that language can inject links or script (a group named `<x> href="javascript:…" y=<z>` gave
Graphviz a `javascript:` link) or crash the renderer (`$\\frac{$` kills matplotlib). So each sink
has exactly one function here, and every writer calls it on every string from the data:

    html_text      text or attribute value in HTML or XML
    safe_href      a link: http(s) or relative, or None (never javascript:, data:, …)
    dot_text       a DOT string attribute (label, xlabel, id, graph caption)
    dot_tooltip    a DOT tooltip
    dot_url        a DOT URL attribute (href, labelhref): safe_href, then dot_text
    dot_html_text  text inside a Graphviz HTML-like label
    matplotlib_text  a matplotlib Text artist's string
    mermaid_text   text inside a quoted Mermaid label, tooltip or link
    sanitised_svg  SVG from our renderers, made safe to inline in a page (defence in depth)
    console_text   text printed through Rich (the CLI), where `[bold]`/`[/x]` are markup

`picture_name` is not a sink: it makes a name fit any picture (one line, bounded length,
bidirectional overrides closed) before it is composed into a caption or a tooltip.
"""

from __future__ import annotations

import html
import re
from typing import Any, Final

from markupsafe import Markup

LONGEST_NAME: Final = 120
"""Characters of one name a picture shows; longer names end in "…". A name a megabyte long
would otherwise make a figure wider than any image format allows (matplotlib refuses PNGs over
2^16 pixels a side) and a page of it unreadable."""

_INVALID = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters no XML document may hold (C0 controls but tab and newline, lone surrogates,
non-characters) and the C1 controls: each becomes U+FFFD, so SVG stays well-formed and the
reader sees that something was there."""

_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
_BLANKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")
_BIDI_OPENERS = {"\u202a", "\u202b", "\u202d", "\u202e"}  # LRE RLE LRO RLO, closed by PDF
_BIDI_ISOLATES = {"\u2066", "\u2067", "\u2068"}  # LRI RLI FSI, closed by PDI
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_SAFE_SCHEMES = {"http", "https"}


def visible(text: str) -> str:
    """`text` with every character XML cannot hold replaced by U+FFFD (tab and newline stay)."""
    return _INVALID.sub("\ufffd", text)


def picture_name(text: str, *, limit: int = LONGEST_NAME) -> str:
    """A name as a picture shows it: one line (tabs and line breaks become spaces), at most
    `limit` characters, no invisible control characters, and every bidirectional embedding
    or override it opens closed at its end, so `\\u202e` in a name cannot reverse the words
    drawn after it."""
    text = _INVALID.sub("\ufffd", _BLANKS.sub(" ", text))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    embeddings = isolates = 0
    for char in text:
        if char in _BIDI_OPENERS:
            embeddings += 1
        elif char == "\u202c":
            embeddings = max(embeddings - 1, 0)
        elif char in _BIDI_ISOLATES:
            isolates += 1
        elif char == "\u2069":
            isolates = max(isolates - 1, 0)
    return text + "\u202c" * embeddings + "\u2069" * isolates


def html_text(text: str) -> Markup:
    """Text for HTML or XML content and quoted attribute values: `<>&"'` become references."""
    return Markup.escape(visible(text))


def safe_href(url: str | None) -> str | None:
    """`url` if a browser following it can only load a page: an http(s) URL or a relative one
    (`/id/group/aqim`, `#top`). Anything else — `javascript:`, `data:`, `vbscript:`, an
    unknown scheme, or a URL with spaces or control characters that browsers strip before
    reading the scheme (`java\\tscript:`) — is None: the caller draws no link."""
    if not url:
        return None
    if any(ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F for c in url) or _INVALID.search(url):
        return None
    if "\\" in url:
        return None  # browsers read `\\` as `/` (`/\\host` is `//host`); no IRI holds one
    scheme = _SCHEME.match(url)
    if scheme is not None:
        return url if scheme.group(1).lower() in _SAFE_SCHEMES else None
    first = re.split(r"[/?#]", url, maxsplit=1)[0]
    if ":" in first:
        return None  # `a:b` in the first segment would be read as a scheme by some parsers
    return url


def dot_text(text: str) -> str:
    """A string for a Graphviz attribute (label, xlabel, id, graph label; see `dot_tooltip`)

    `graphviz.escape` doubles backslashes (so `\\N`, `\\G`, `\\l` stay text) and marks the
    string as not HTML (so `<x> … <y>` is quoted, never an HTML-like label or raw DOT); `&`
    becomes `&amp;` because Graphviz reads entity references in strings and copies them into
    SVG as they are. Newlines stay line breaks."""
    import graphviz

    return graphviz.escape(visible(text).replace("&", "&amp;"))


def dot_tooltip(text: str) -> str:
    """A string for a Graphviz `tooltip` (and `edgetooltip`, `labeltooltip`).

    Graphviz expands escapes in tooltips more than once (2.43 reads `\\\\L` as `\\L`, then
    as the whole label), so doubling a backslash is not enough there. A backslash is shown as
    `⧵` (U+29F5, REVERSE SOLIDUS OPERATOR), which looks the same and which no version of
    Graphviz reads as an escape; the node's label itself keeps the real backslash."""
    return dot_text(text.replace("\\", "\u29f5"))


def dot_url(url: str | None) -> str | None:
    """A link for Graphviz's `href`/`URL` attributes: None unless `safe_href` allows it."""
    safe = safe_href(url)
    return None if safe is None else dot_text(safe)


def dot_html_text(text: str) -> str:
    """Text inside a Graphviz HTML-like label (`<<b>…</b>>`): XML-escaped, XML-valid, and
    with backslashes doubled, because Graphviz expands `\\N`, `\\G`, `\\E` … in the text of
    HTML-like labels too (`\\N` would show the node's id, `\\E` a no-break space)."""
    return str(html_text(text.replace("\\", "\\\\")))


def matplotlib_text(text: str) -> str:
    """A string for a matplotlib Text artist (title, tick label, annotation, legend entry).

    matplotlib reads text between two unescaped `$` as TeX mathtext, so `$\\frac{$` raises a
    parse error while drawing and `$x^2$` is typeset. Every `$` becomes `\\$`, which matplotlib
    shows as `$`; it also strips that backslash again (and only that one) when the text is not
    mathtext, so `\\$` in the data comes out as `\\$`. A leading `_` gets a zero-width space
    before it: matplotlib leaves legend entries whose label starts with `_` out."""
    text = visible(text).replace("$", r"\$")
    return "\u200b" + text if text.startswith("_") else text


def mermaid_text(text: str) -> str:
    """Text inside a quoted Mermaid label, link or tooltip (`["…"]`, `|"…"|`, `"…"`).

    Mermaid renders labels as HTML and reads `#name;` / `#35;` as entity codes before that, so
    `#` is coded first (`#35;`), then `&`, `<`, `>` are HTML-escaped, `"` (which would end the
    label) becomes `&quot;` and `'` `&apos;` (html.escape's `&#x27;` would be read as a Mermaid
    code), and a backtick (which opens a Markdown label) `#96;`. One line: a newline would end
    the statement."""
    text = visible(_LINE_BREAKS.sub(" ", text)).replace("#", "#35;").replace("`", "#96;")
    text = html.escape(text, quote=False)
    return text.replace('"', "&quot;").replace("'", "&apos;")


def mermaid_comment(text: str) -> str:
    """Text for a Mermaid `%%` comment, which ends at the first line break."""
    return visible(_LINE_BREAKS.sub(" ", text))


def console_text(text: str) -> str:
    """Text for a Rich console (`kg`'s messages): `[…]` is Rich markup, and an unmatched
    `[/x]` in a name or an error body raises MarkupError mid-print, so tags are escaped.

    Place it after any markup of the message, as in `f"[bold red]error:[/] {console_text(m)}"`:
    `rich.markup.escape` doubles a final backslash so that it cannot escape a tag that follows,
    which would print two; with nothing after it, one is right."""
    from rich.markup import escape

    escaped = escape(text)
    if escaped != text and escaped.endswith("\\\\") and not text.endswith("\\\\"):
        return escaped[:-1]
    return escaped


# ---------------------------------------------------------------- inline SVG

SVG_NS: Final = "http://www.w3.org/2000/svg"
XLINK_NS: Final = "http://www.w3.org/1999/xlink"
_SVG_ELEMENTS: Final = frozenset(
    {
        "svg", "g", "a", "title", "desc", "defs", "style", "clipPath", "pattern", "mask",
        "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "use",
        "text", "tspan", "linearGradient", "radialGradient", "stop", "marker", "symbol",
    }
)  # fmt: skip
"""What Graphviz and matplotlib draw with. Everything else — `script`, `foreignObject`
(arbitrary HTML), `iframe`, `image`, `animate`/`set` (which can rewrite an href), `metadata` —
is dropped with all it contains."""
_LINK_ATTRIBUTES: Final = frozenset({"href", f"{{{XLINK_NS}}}href"})
_URL_FUNCTION = re.compile(r"url\s*\(\s*['\"]?\s*([^)'\"]*)", re.I)
_ACTIVE_URL = re.compile(r"^(?:javascript|vbscript|data):", re.I)
_ACTIVE_CSS = re.compile(r"expression\s*\(|@import|javascript:|behavior\s*:", re.I)
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f-\x9f]+")


def sanitised_svg(svg: bytes | str) -> str:
    """An SVG document from our renderers as an `<svg>` element safe to put into an HTML page.

    The renderers escape every label already (see above); this is the second wall, in case a
    renderer or a future change lets something through. The SVG is parsed with defusedxml (no
    entity expansion, no DTD) and rebuilt from an allow-list: elements outside it are dropped
    with their content, `on…` attributes and attributes in foreign namespaces are dropped, a
    link survives only if it points inside the document (`#id`) or, on an `<a>`, if
    `safe_href` allows it; a `url(…)` only if it points inside the document, and no attribute
    keeps a value that starts `javascript:`, `vbscript:` or `data:`. What precedes the `<svg>`
    element (XML declaration, DOCTYPE) is cut, and comments do not survive parsing.

    Raises ValueError if the input is not well-formed SVG."""
    import xml.etree.ElementTree as ET

    from defusedxml import ElementTree as SafeET

    text = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    start = text.find("<svg")
    if start < 0:
        raise ValueError("no <svg> element")
    # The DOCTYPE is cut, not parsed: the renderers' DOCTYPE names an external DTD.
    try:
        root = SafeET.fromstring(text[start:], forbid_dtd=True)
    except ET.ParseError as error:
        raise ValueError(f"not well-formed SVG: {error}") from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise ValueError(f"the root element is {root.tag}, not svg")
    _clean(root)
    # Written with plain names and the prefix HTML parsers know for SVG links (`xlink:`),
    # rather than through ElementTree's process-wide namespace registry.
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]
        for name in [n for n in element.attrib if n.startswith(f"{{{XLINK_NS}}}")]:
            element.attrib["xlink:" + name.rpartition("}")[2]] = element.attrib.pop(name)
    root.set("xmlns", SVG_NS)
    root.set("xmlns:xlink", XLINK_NS)
    return ET.tostring(root, encoding="unicode")


def _clean(element: Any) -> None:
    """Drop what the allow-list does not name from `element` and, recursively, its children."""
    inside_only = not element.tag.endswith("}a")  # only <a> may leave the picture
    for name in list(element.attrib):
        if not _allowed_attribute(name, element.attrib[name], inside_only=inside_only):
            del element.attrib[name]
    for child in list(element):
        tag = child.tag if isinstance(child.tag, str) else ""
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        if namespace != SVG_NS or local not in _SVG_ELEMENTS:
            element.remove(child)  # its tail text is layout whitespace in our renderers' SVG
            continue
        if local == "style" and (_ACTIVE_CSS.search(child.text or "") or _foreign_url(child.text)):
            element.remove(child)
            continue
        _clean(child)


def _allowed_attribute(name: str, value: str, *, inside_only: bool) -> bool:
    local = name.rpartition("}")[2]
    if local.lower().startswith("on"):
        return False
    if name.startswith("{") and not name.startswith(f"{{{XLINK_NS}}}"):
        return False  # xml:base, foreign namespaces: nothing our renderers write
    if name in _LINK_ATTRIBUTES:
        return value.startswith("#") or (not inside_only and safe_href(value) is not None)
    if _ACTIVE_URL.match(_CONTROL_OR_SPACE.sub("", value)):
        return False
    if local == "style" and _ACTIVE_CSS.search(value):
        return False
    return not _foreign_url(value)


def _foreign_url(value: str | None) -> bool:
    """Whether a CSS value holds a `url(…)` that leaves the document (only `url(#id)` stays)."""
    return any(
        not _CONTROL_OR_SPACE.sub("", target).startswith("#")
        for target in _URL_FUNCTION.findall(value or "")
    )
