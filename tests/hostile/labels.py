"""The hostile-label corpus (`labels.txt`) and a made-up family of groups that carries it.

Every label in the corpus names a group, an attack and a place of one lineage, so a single
lineage diagram, timeline and map of the family's youngest group shows every label in every
role at once, and every group's page in `kg serve` draws all of them. The checks that an output
holds no live markup are here too, shared by the picture and the page tests.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from rdflib import XSD, Dataset, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.escape import picture_name
from kg.namespaces import KG

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "labels.txt"
ID = "https://w3id.org/ctkg/id/"
GROUP, ATTACK, PLACE = (f"{ID}group/", f"{ID}attack/", f"{ID}place/")
SCRIPT_IRI = URIRef("javascript:alert(document.domain)")
"""An organisation whose IRI is itself a script: it must never become a link."""
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
ACTIVE_URL = re.compile(r"^(?:javascript|vbscript|data):", re.I)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "background", "poster"}


def hostile_labels() -> list[str]:
    """The corpus, one label per entry, in file order."""
    labels = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        value = json.loads(line)
        labels.append(value if isinstance(value, str) else value["repeat"] * value["times"])
    return labels


LABELS = hostile_labels()


def group(i: int) -> URIRef:
    return URIRef(f"{GROUP}hostile-{i}")


def attack(i: int) -> URIRef:
    return URIRef(f"{ATTACK}hostile-{i}")


def place(i: int) -> URIRef:
    return URIRef(f"{PLACE}hostile-{i}")


YOUNGEST = group(len(LABELS) - 1)
"""The group whose lineage holds every other: each group i split from group i-1."""


def write_family(path: Path, *, family_size: int = len(LABELS)) -> Path:
    """The groups as a TriG file at `path`: group i, named by label i, split from group i-1
    (unless i is a multiple of `family_size`: the default makes one lineage of every group)
    and perpetrated attack i (named by label i, in 1990+i) at place i (named by label i).
    Group 0's acronym, one undated attack's date and its place (without coordinates) are
    hostile too, and the organisation
    with a `javascript:` IRI is a rival of the youngest group."""
    ds = Dataset()
    g = ds.graph(URIRef(f"{ID}profile/hostile#labels"))
    for i, label in enumerate(LABELS):
        text = Literal(label, lang="en")
        g.add((group(i), RDF.type, KG.ArmedGroup))
        g.add((group(i), SKOS.prefLabel, text))
        if i % family_size:
            g.add((group(i), KG.splitFrom, group(i - 1)))
        g.add((place(i), RDF.type, KG.City))
        g.add((place(i), SKOS.prefLabel, text))
        geo = "http://www.w3.org/2003/01/geo/wgs84_pos#"
        g.add(
            (place(i), URIRef(geo + "lat"), Literal(f"{10 + (i % 8) * 1.5}", datatype=XSD.decimal))
        )
        g.add(
            (place(i), URIRef(geo + "long"), Literal(f"{-5 + i * 0.6:.1f}", datatype=XSD.decimal))
        )
        _attack(g, attack(i), text, group(i), place(i), year=1990 + i)
    g.add((group(0), KG.acronym, Literal("<b>$A$</b> [bold]")))
    _attack(
        g,
        URIRef(f"{ATTACK}hostile-undated"),
        Literal("Undated $\\frac{$ raid", lang="en"),
        group(0),
        URIRef(f"{PLACE}hostile-unplaced"),
        year=None,
        edtf="$\\frac{$ <script>",
    )
    unplaced = URIRef(f"{PLACE}hostile-unplaced")
    g.add((unplaced, RDF.type, KG.Place))
    g.add((unplaced, SKOS.prefLabel, Literal("Nowhere $known$ <b>", lang="en")))
    g.add((SCRIPT_IRI, RDF.type, KG.ArmedGroup))
    g.add((SCRIPT_IRI, SKOS.prefLabel, Literal("Group with a script IRI", lang="en")))
    g.add((YOUNGEST, KG.rivalOf, SCRIPT_IRI))
    ds.serialize(path, format="trig", encoding="utf-8")
    return path


def _attack(
    g,
    iri: URIRef,
    name: Literal,
    perpetrator: URIRef,
    where: URIRef,
    *,
    year: int | None,
    edtf: str | None = None,
) -> None:
    attribution = URIRef(f"{iri}-attribution")
    killed = URIRef(f"{iri}-killed")
    g.add((iri, RDF.type, KG.Attack))
    g.add((iri, SKOS.prefLabel, name))
    g.add((iri, KG.place, where))
    g.add((iri, KG.attribution, attribution))
    g.add((attribution, RDF.type, KG.Attribution))
    g.add((attribution, KG.attributedTo, perpetrator))
    g.add((iri, KG.killed, killed))
    g.add((killed, RDF.type, KG.Figure))
    g.add((killed, KG.count, Literal(3)))
    if year is not None:
        g.add((iri, KG.edtf, Literal(str(year))))
        g.add((iri, KG.earliest, Literal(f"{year}-01-01", datatype=XSD.date)))
        g.add((iri, KG.latest, Literal(f"{year}-12-31", datatype=XSD.date)))
    elif edtf is not None:
        g.add((iri, KG.edtf, Literal(edtf)))


# ---------------------------------------------------------------- what an output must not hold


def svg_problems(svg: bytes | str) -> list[str]:
    """What in an SVG document could run script: a `<script>` or `<foreignObject>`, an `on…`
    attribute, a link that is not http(s), relative or `#id`. Parsing proves it well-formed."""
    root = ET.fromstring(svg)
    problems = []
    for element in root.iter():
        local = element.tag.rpartition("}")[2]
        if local in ("script", "foreignObject", "iframe", "embed", "object"):
            problems.append(f"<{local}> element")
        for name, value in element.attrib.items():
            attribute = name.rpartition("}")[2]
            if attribute.lower().startswith("on"):
                problems.append(f"{attribute}= on <{local}>")
            if attribute == "href" and not _safe_link(value):
                problems.append(f"link {value!r} on <{local}>")
    return problems


def html_problems(page: str) -> list[str]:
    """The same for an HTML page: script elements other than the server's own editor (one
    file from /static/, #16), `on…` attributes, and URL attributes whose value a browser would
    run."""
    from kg.serve.assets import EDITOR

    finder = _Elements()
    finder.feed(page)
    finder.close()
    problems = []
    for tag, attrs in finder.elements:
        if tag == "script" and attrs == [("src", EDITOR.url), ("defer", None)]:
            continue
        if tag in ("script", "foreignobject", "iframe", "embed", "object"):
            problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                problems.append(f"{name}= on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None and not _safe_link(value):
                problems.append(f"{name}={value!r} on <{tag}>")
    return problems


def _safe_link(value: str) -> bool:
    flat = re.sub(r"[\x00-\x20\x7f-\x9f]+", "", html.unescape(value))
    return not ACTIVE_URL.match(flat)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))


def svg_words(svg: bytes | str) -> str:
    """Everything an SVG shows or says in a tooltip: text, titles and xlink:title values."""
    root = ET.fromstring(svg)
    words = [" ".join(e.itertext()) for e in root.iter() if e.tag in (f"{SVG}text", f"{SVG}title")]
    words += [v for e in root.iter() for k, v in e.attrib.items() if k == f"{XLINK}title"]
    return "\n".join(words).replace("\xa0", " ")  # Graphviz writes a second space as U+00A0


def shown(label: str) -> str:
    """The label as a picture shows it: kg.escape.picture_name (one line, bounded)."""
    return picture_name(label)
