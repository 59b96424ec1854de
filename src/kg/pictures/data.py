"""What the pictures show, gathered from a reasoned graph as plain dataclasses.

Drawing and gathering are kept apart so that tests can check *what* a picture says (the GIA →
GSPC → AQIM path, twelve attack entries at their own precision, the place that has no
coordinates) without reading pixels, and so that `kg serve` can draw the same data with its own
links. Every function takes a `KnowledgeGraph` or any query target with `select(query, bindings)`
(the embedded store, a remote SPARQL store): the queries bind their one parameter as a variable,
never paste it into the text, and use it only at the top level of WHERE so a remote store can
bind it too.

The graph is expected to be reasoned (`kg.reason`): class memberships such as "a Split is a
LineageEvent" and the property-chain shortcuts come from there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from rdflib import RDF, URIRef
from rdflib.namespace import SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Literal, Node

from kg.errors import ParameterError
from kg.escape import picture_name
from kg.load import KnowledgeGraph
from kg.namespaces import COUNT_QUALIFIER, DATE_PRECISION, DERIVED_GRAPH, GEO, KG, PREFIXES
from kg.query import resolve_entity
from kg.store.sparql import QueryResult, QueryTarget

Source = KnowledgeGraph | QueryTarget

_PREFIXES = f"PREFIX rdf: <{RDF}>\n" + "".join(
    f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items()
)

# ---------------------------------------------------------------- the dataclasses


@dataclass(frozen=True)
class Organisation:
    """An organisation as a picture names it: preferred English name and acronym, each on one
    line and at most `kg.escape.LONGEST_NAME` characters (`kg.escape.picture_name`)."""

    iri: URIRef
    name: str | None = None
    acronym: str | None = None
    inception: str | None = None  # lexical form: "1998", "2006-09", "2008-08-19"

    @property
    def short(self) -> str:
        """The acronym, else the name, else the last part of the IRI: for tight spots."""
        return self.acronym or self.name or local_name(self.iri)

    @property
    def label(self) -> str:
        """'Name (ACRONYM)', or whichever of the two exists."""
        if self.name and self.acronym:
            return f"{self.name} ({self.acronym})"
        return self.short

    @property
    def inception_start(self) -> date | None:
        return edtf_bounds(self.inception)[0] if self.inception else None


@dataclass(frozen=True)
class LineageStep:
    """One direct lineage edge: `successor` came from `predecessor` by `kind`, at `when`."""

    successor: URIRef
    predecessor: URIRef
    relation: URIRef  # kg:splitFrom, kg:renamedFrom, …
    kind: str  # the property's rdfs:label: "split from", "renamed from"
    event: URIRef | None = None
    when: str | None = None  # the LineageEvent's EDTF date
    earliest: date | None = None
    latest: date | None = None


@dataclass(frozen=True)
class Relation:
    """A relation between organisations that is not lineage: affiliation, alliance, rivalry."""

    source: URIRef
    target: URIRef
    relation: URIRef
    kind: str  # "affiliate of", "allied with", "rival of"
    symmetric: bool


@dataclass
class Lineage:
    """A group with all its predecessors and descendants (up to a depth), the direct steps
    between them, and optionally the non-lineage relations of each."""

    focus: URIRef
    organisations: dict[URIRef, Organisation]
    steps: list[LineageStep]
    distance: dict[URIRef, int]  # lineage steps from the focus, for the members shown
    relations: list[Relation] = field(default_factory=list)
    palette_order: list[URIRef] = field(default_factory=list)  # the whole family, oldest first
    as_of: str | None = None  # the period the picture shows the network at ('2005'), if any

    @property
    def members(self) -> list[URIRef]:
        """The focus, its predecessors and descendants, oldest first where inceptions say."""
        return sorted(self.distance, key=lambda iri: _age_key(self.organisations[iri]))

    @property
    def predecessors(self) -> set[URIRef]:
        return self._reachable(up=True)

    @property
    def descendants(self) -> set[URIRef]:
        return self._reachable(up=False)

    def _reachable(self, *, up: bool) -> set[URIRef]:
        found: set[URIRef] = set()
        frontier = {self.focus}
        while frontier:
            nxt = set()
            for step in self.steps:
                a, b = (
                    (step.successor, step.predecessor) if up else (step.predecessor, step.successor)
                )
                if a in frontier and b not in found and b != self.focus:
                    nxt.add(b)
            found |= nxt
            frontier = nxt
        return found

    def path_years(self) -> list[tuple[str, str, str | None]]:
        """(predecessor, successor, when) by short name, for quick reading and tests."""
        names = self.organisations
        return [(names[s.predecessor].short, names[s.successor].short, s.when) for s in self.steps]


@dataclass(frozen=True)
class Figure:
    """A count as one source states it; `count` is None when the source says it is unknown."""

    iri: URIRef
    count: int | None
    qualifier: str  # exact, at-least, approximately, unknown (the concept's local name)
    verbatim: str | None
    sections: tuple[URIRef, ...] = ()

    @property
    def text(self) -> str:
        """'33', '≥29', '~30' or '?'."""
        if self.count is None:
            return "?"
        mark = {"at-least": "≥", "approximately": "~"}.get(self.qualifier, "")
        return f"{mark}{self.count}"


@dataclass(frozen=True)
class Place:
    iri: URIRef
    name: str
    lat: float | None
    long: float | None
    kind: str  # city, facility, region, country or place: how precise a point it is

    @property
    def located(self) -> bool:
        return self.lat is not None and self.long is not None


@dataclass(frozen=True)
class TimelineEntry:
    """One attack entry, attributed to a member of the group's lineage."""

    attack: URIRef
    name: str
    edtf: str | None
    precision: str | None  # day, month, year or range (the concept's local name)
    earliest: date | None
    latest: date | None
    perpetrator: Organisation  # the lineage member the colour stands for
    modality: str | None
    others: tuple[Organisation, ...] = ()  # co-attributed organisations outside the lineage
    killed: tuple[Figure, ...] = ()
    wounded: tuple[Figure, ...] = ()
    places: tuple[Place, ...] = ()
    campaign: bool = False

    @property
    def dated(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @property
    def before_inception(self) -> bool:
        """Attributed to an organisation that did not exist yet (the profile's April 2003
        hostage-taking 'by AQIM', which came to be in 2006): drawn as the data says, marked."""
        start = self.perpetrator.inception_start
        return bool(start and self.latest and self.latest < start)

    @property
    def killed_counts(self) -> list[int]:
        return sorted({f.count for f in self.killed if f.count is not None})

    @property
    def sources_disagree(self) -> bool:
        """True when sources give different killed figures (33 vs 38): both are drawn."""
        return len({(f.count, f.qualifier) for f in self.killed}) > 1


@dataclass
class Timeline:
    focus: Organisation
    lineage: Lineage  # which organisations count, their colours' order, the dated steps
    entries: list[TimelineEntry]

    @property
    def dated(self) -> list[TimelineEntry]:
        return [e for e in self.entries if e.dated]

    @property
    def undated(self) -> list[TimelineEntry]:
        return [e for e in self.entries if not e.dated]


@dataclass(frozen=True)
class AreaOfOperation:
    organisation: Organisation
    place: Place


@dataclass
class MapData:
    """Attack places and areas of operation; what has no coordinates is listed, not dropped."""

    focus: Organisation
    lineage: Lineage
    attacks: list[TimelineEntry]
    areas: list[AreaOfOperation]

    @property
    def unplaced_attacks(self) -> list[TimelineEntry]:
        return [e for e in self.attacks if not any(p.located for p in e.places)]

    @property
    def unplaced_areas(self) -> list[AreaOfOperation]:
        return [a for a in self.areas if not a.place.located]


# ---------------------------------------------------------------- entry points


def resolve_group(source: Source, text: str) -> URIRef:
    """The IRI of the armed group `text` names (a name, acronym, alias or IRI), as query
    parameters are resolved; an IRI that names no organisation in the graph is an error too."""
    iri = resolve_entity(_target(source), text, "group")
    if not _select(source, _IS_ORGANISATION, {"org": iri}).rows:
        raise ParameterError(f"no organisation {iri} in the graph; check the name or IRI")
    return iri


def lineage_of(
    source: Source,
    group: str | URIRef,
    *,
    depth: int | None = None,
    relations: bool = False,
    as_of: str | None = None,
) -> Lineage:
    """The group, its predecessors and descendants within `depth` lineage steps (all if None),
    the direct steps between them, and with `relations` their affiliations, alliances and
    rivalries (which are not lineage).

    With `as_of` (YYYY, YYYY-MM or YYYY-MM-DD), the network as it stood then, as the `lineage`
    query's as_of reads it: a step counts from the first day its event's date can denote (a step
    with no dated event is kept), and an organisation is drawn once it had come to be (by a
    step, or by its inception) by the end of the period. The focus itself may not be drawn:
    AQIM in 2005 was still GSPC."""
    if depth is not None and depth < 0:
        raise ParameterError(f"--depth must be 0 or more, not {depth}")
    focus = _as_group(source, group)
    all_steps = _lineage_steps(source)
    period_end = _period_end(as_of) if as_of is not None else None
    family = {focus: 0}
    # Up through predecessors and down through successors, never sideways: a sibling that
    # split from the same parent is neither a predecessor nor a descendant.
    for up in (True, False):
        frontier, seen = [focus], {focus: 0}
        while frontier:
            nxt = []
            for org in frontier:
                for step in all_steps:
                    near, far = (
                        (step.successor, step.predecessor)
                        if up
                        else (step.predecessor, step.successor)
                    )
                    if near == org and far not in seen:
                        seen[far] = seen[org] + 1
                        nxt.append(far)
            frontier = nxt
        family.update(seen)
    distance = {iri: d for iri, d in family.items() if depth is None or d <= depth}
    if period_end is not None:
        all_steps = [s for s in all_steps if s.earliest is None or s.earliest <= period_end]
        later = {s.successor for s in _lineage_steps(source) if s not in all_steps}
        distance = {
            iri: d
            for iri, d in distance.items()
            if iri not in later and not _born_after(organisation(source, iri), period_end)
        }
    steps = [s for s in all_steps if s.successor in distance and s.predecessor in distance]
    found_relations = _relations(source, list(distance)) if relations else []
    if period_end is not None:
        found_relations = [
            r
            for r in found_relations
            if not any(
                _born_after(organisation(source, o), period_end) for o in (r.source, r.target)
            )
        ]
    iris = set(family) | {r.target for r in found_relations} | {r.source for r in found_relations}
    organisations = {iri: organisation(source, iri) for iri in iris}
    # Colours follow the whole family, oldest first, so that GSPC keeps its colour whether
    # the picture shows one step or the whole lineage.
    palette_order = sorted(family, key=lambda iri: _age_key(organisations[iri]))
    return Lineage(
        focus, organisations, steps, distance, found_relations, palette_order, as_of=as_of
    )


def _period_end(as_of: str) -> date:
    """The last day of an as_of period, checked as the query parameter is (kg.query)."""
    from kg.query import period_bindings

    return date.fromisoformat(str(period_bindings("as_of", as_of)["as_of_end"]))


def _born_after(org: Organisation, day: date) -> bool:
    start = org.inception_start
    return start is not None and start > day


def timeline_of(source: Source, group: str | URIRef, *, lineage: bool = False) -> Timeline:
    """Attacks attributed to the group, or with `lineage` to any of its predecessors and
    descendants too, each with its date at its precision and every killed and wounded figure
    with the sections that state it."""
    family = lineage_of(source, group, depth=None if lineage else 0)
    entries = _attack_entries(source, family)
    return Timeline(family.organisations[family.focus], family, entries)


def map_of(source: Source, group: str | URIRef, *, lineage: bool = False) -> MapData:
    """Attack places and areas of operation of the group (and with `lineage`, its family)."""
    family = lineage_of(source, group, depth=None if lineage else 0)
    entries = _attack_entries(source, family)
    areas = []
    for iri in family.members:
        for row in _select(source, _AREAS, {"org": iri}).as_dicts():
            areas.append(AreaOfOperation(family.organisations[iri], _place(source, row["place"])))
    areas.sort(key=lambda a: (a.organisation.short, a.place.name))
    return MapData(family.organisations[family.focus], family, entries, areas)


def organisation(source: Source, iri: URIRef) -> Organisation:
    """Name, acronym and inception of one organisation (an English, else an untagged, else
    any preferred name)."""
    values = _values(source, _ORGANISATION, "org", iri)
    names = sorted((_language_rank(v), picture_name(v)) for v in values.get(SKOS.prefLabel, []))
    acronyms = sorted(picture_name(v) for v in values.get(KG.acronym, []))
    inceptions = sorted(str(v) for v in values.get(KG.inception, []))
    return Organisation(
        iri,
        name=names[0][1] if names else None,
        acronym=acronyms[0] if acronyms else None,
        inception=inceptions[0] if inceptions else None,
    )


# ---------------------------------------------------------------- dates


_EDTF_PART = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def edtf_bounds(text: str | None) -> tuple[date | None, date | None]:
    """First and last day of the simple EDTF forms the data uses: YYYY, YYYY-MM, YYYY-MM-DD
    and a range A/B of those. Anything else gives (None, None) rather than a guess."""
    import calendar

    if not text:
        return None, None
    start_text, _, end_text = text.partition("/")
    end_text = end_text or start_text

    def bound(part: str, last: bool) -> date | None:
        match = _EDTF_PART.match(part.strip())
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        m = month or (12 if last else 1)
        try:  # year 0000 or month 13 from the data is no date, not a crash
            d = day or (calendar.monthrange(year, m)[1] if last else 1)
            return date(year, m, d)
        except (ValueError, calendar.IllegalMonthError):
            return None

    return bound(start_text, False), bound(end_text, True)


def local_name(iri: URIRef | str) -> str:
    """The last segment of an IRI: the slug an analyst recognises (aqim, at-least, month)."""
    return re.split(r"[/#]", str(iri).rstrip("/#"))[-1]


# ---------------------------------------------------------------- queries

_IS_ORGANISATION = (
    _PREFIXES
    + """
SELECT ?class WHERE { ?org a ?class . ?class rdfs:subClassOf* kg:Organisation . } LIMIT 1
"""
)

_ORGANISATION = (
    _PREFIXES
    + """
SELECT ?property ?value WHERE {
  VALUES ?property { skos:prefLabel kg:acronym kg:inception }
  ?org ?property ?value .
}
"""
)

_LINEAGE_STEPS = (
    _PREFIXES
    + """
SELECT ?successor ?relation ?kind ?predecessor ?event ?when ?earliest ?latest WHERE {
  ?relation rdfs:subPropertyOf+ kg:hasDirectPredecessor .
  ?successor ?relation ?predecessor .
  OPTIONAL { ?relation rdfs:label ?kind FILTER(langMatches(lang(?kind), "en")) }
  OPTIONAL {
    ?event kg:priorOrganisation ?predecessor ;
      kg:resultingOrganisation ?successor .
    OPTIONAL { ?event kg:edtf ?when }
    OPTIONAL { ?event kg:earliest ?earliest }
    OPTIONAL { ?event kg:latest ?latest }
  }
}
"""
)

_RELATIONS = (
    _PREFIXES
    + """
SELECT ?property ?kind ?other ?symmetric WHERE {
  VALUES ?property { kg:affiliateOf kg:alliedWith kg:rivalOf }
  ?org ?property ?other .
  OPTIONAL { ?property rdfs:label ?kind FILTER(langMatches(lang(?kind), "en")) }
  BIND(EXISTS { ?property a owl:SymmetricProperty } AS ?symmetric)
}
"""
)

_ATTACKS = (
    _PREFIXES
    + """
SELECT ?attack ?name ?edtf ?earliest ?latest ?precision ?modality ?campaign WHERE {
  ?attack kg:attribution ?attribution .
  ?attribution kg:attributedTo ?perpetrator .
  # the pictures draw what the texts say, not the attributions kg.derive adds
  FILTER NOT EXISTS { ?attribution prov:wasDerivedFrom ?statement }
  OPTIONAL { ?attribution kg:modality/skos:prefLabel ?modality
             FILTER(langMatches(lang(?modality), "en")) }
  OPTIONAL { ?attack skos:prefLabel ?name FILTER(langMatches(lang(?name), "en")) }
  OPTIONAL { ?attack kg:edtf ?edtf }
  OPTIONAL { ?attack kg:earliest ?earliest }
  OPTIONAL { ?attack kg:latest ?latest }
  OPTIONAL { ?attack kg:datePrecision ?precision }
  BIND(EXISTS { ?attack a kg:Campaign } AS ?campaign)
}
"""
)

_ATTACK_DETAILS = (
    _PREFIXES
    + """
SELECT ?property ?value ?section ?count ?qualifier ?verbatim ?other WHERE {
  VALUES ?property { kg:killed kg:wounded kg:attribution kg:place }
  GRAPH ?section { ?attack ?property ?value }
  OPTIONAL { ?value kg:count ?count }
  OPTIONAL { ?value kg:countQualifier ?qualifier }
  OPTIONAL { ?value kg:verbatim ?verbatim }
  OPTIONAL { ?value kg:attributedTo ?other }
}
"""
)

_PLACE = (
    _PREFIXES
    + """
SELECT ?property ?value WHERE {
  VALUES ?property { skos:prefLabel geo:lat geo:long rdf:type }
  ?place ?property ?value .
}
"""
)

_AREAS = (
    _PREFIXES
    + """
SELECT ?place WHERE { ?org kg:areaOfOperation ?place . }
"""
)

# A place without coordinates of its own (an ISO 3166-2 subdivision: the gazetteer's packages
# give none) is drawn at the nearest place containing it that has some, smallest first.
_CONTAINER_POINT = (
    _PREFIXES
    + """
SELECT ?lat ?long WHERE {
  ?place kg:locatedIn ?container .
  ?container geo:lat ?lat ; geo:long ?long .
  FILTER NOT EXISTS {
    ?place kg:locatedIn ?inner . ?inner kg:locatedIn ?container ; geo:lat ?innerLat .
  }
  OPTIONAL { ?container a ?country . FILTER(?country = kg:Country) }
}
ORDER BY DESC(BOUND(?country)) ?container
LIMIT 1
"""
)
_PLACE_KINDS = {
    KG.Subdivision: "region",
    KG.City: "city",
    KG.Facility: "facility",
    KG.Region: "region",
    KG.Country: "country",
}
_PLACE_PRECISION = ["facility", "city", "region", "country"]  # most precise first


def _lineage_steps(source: Source) -> list[LineageStep]:
    steps: dict[tuple[URIRef, URIRef, URIRef], LineageStep] = {}
    for row in _select(source, _LINEAGE_STEPS, {}).as_dicts():
        relation = row["relation"]
        if relation == KG.hasDirectPredecessor or not isinstance(row["successor"], URIRef):
            continue
        key = (row["successor"], relation, row["predecessor"])
        step = LineageStep(
            successor=row["successor"],
            predecessor=row["predecessor"],
            relation=relation,
            kind=_name(row.get("kind")) or local_name(relation),
            event=row.get("event"),
            when=_text(row.get("when")),
            earliest=_date(row.get("earliest")),
            latest=_date(row.get("latest")),
        )
        if step.earliest is None and step.when:
            step = _with_bounds(step)
        # Prefer the row that carries an event and a date when there are several.
        old = steps.get(key)
        if old is None or (old.when is None and step.when is not None):
            steps[key] = step
    return sorted(steps.values(), key=lambda s: (s.earliest or date.max, str(s.successor)))


def _with_bounds(step: LineageStep) -> LineageStep:
    earliest, latest = edtf_bounds(step.when)
    return LineageStep(
        step.successor,
        step.predecessor,
        step.relation,
        step.kind,
        step.event,
        step.when,
        earliest,
        latest,
    )


def _relations(source: Source, members: list[URIRef]) -> list[Relation]:
    found: dict[tuple[URIRef, URIRef, URIRef], Relation] = {}
    for org in members:
        for row in _select(source, _RELATIONS, {"org": org}).as_dicts():
            other = row["other"]
            if not isinstance(other, URIRef) or other == org:
                continue
            symmetric = bool(row.get("symmetric") and row["symmetric"].toPython())
            a, b = (org, other) if not symmetric else tuple(sorted((org, other)))
            kind = _name(row.get("kind")) or local_name(row["property"])
            found[(a, row["property"], b)] = Relation(a, b, row["property"], kind, symmetric)
    return sorted(found.values(), key=lambda r: (r.kind, str(r.source), str(r.target)))


def _attack_entries(source: Source, family: Lineage) -> list[TimelineEntry]:
    members = family.members
    rows_by_attack: dict[URIRef, tuple[URIRef, dict[str, Any]]] = {}
    for iri in members:
        for row in _select(source, _ATTACKS, {"perpetrator": iri}).as_dicts():
            attack = row["attack"]
            if isinstance(attack, URIRef) and attack not in rows_by_attack:
                rows_by_attack[attack] = (iri, row)
    entries = []
    for attack, (perpetrator, row) in rows_by_attack.items():
        entries.append(_entry(source, family, attack, perpetrator, row))
    entries.sort(key=lambda e: (e.earliest or date.max, e.latest or date.max, str(e.attack)))
    return entries


def _entry(
    source: Source, family: Lineage, attack: URIRef, perpetrator: URIRef, row: dict[str, Any]
) -> TimelineEntry:
    figures: dict[tuple[URIRef, URIRef], dict[str, Any]] = {}
    others: set[URIRef] = set()
    places: set[URIRef] = set()
    for detail in _select(source, _ATTACK_DETAILS, {"attack": attack}).as_dicts():
        prop, value = detail["property"], detail["value"]
        if prop in (KG.killed, KG.wounded):
            entry = figures.setdefault((prop, value), {**detail, "sections": set()})
            if isinstance(detail.get("section"), URIRef):
                entry["sections"].add(detail["section"])
        elif prop == KG.attribution and detail.get("section") != DERIVED_GRAPH:
            other = detail.get("other")
            if isinstance(other, URIRef) and other not in family.distance:
                others.add(other)
        elif prop == KG.place and isinstance(value, URIRef):
            places.add(value)
    killed, wounded = [], []
    for (measure, figure_iri), d in sorted(figures.items(), key=lambda kv: str(kv[0][1])):
        figure = Figure(
            figure_iri,
            count=int(d["count"].toPython()) if d.get("count") is not None else None,
            qualifier=_concept(d.get("qualifier"), COUNT_QUALIFIER) or "unknown",
            verbatim=_text(d.get("verbatim")),
            sections=tuple(sorted(d["sections"], key=str)),
        )
        (killed if measure == KG.killed else wounded).append(figure)
    earliest, latest = _date(row.get("earliest")), _date(row.get("latest"))
    edtf = _text(row.get("edtf"))
    if (earliest is None or latest is None) and edtf:
        earliest, latest = edtf_bounds(edtf)
    place_list = sorted(
        (_place(source, p) for p in places),
        key=lambda p: (not p.located, _precision_rank(p.kind), p.name),
    )
    return TimelineEntry(
        attack=attack,
        name=_name(row.get("name")) or local_name(attack),
        edtf=edtf,
        precision=_concept(row.get("precision"), DATE_PRECISION),
        earliest=earliest,
        latest=latest,
        perpetrator=family.organisations[perpetrator],
        modality=_name(row.get("modality")),
        others=tuple(organisation(source, o) for o in sorted(others, key=str)),
        killed=tuple(sorted(killed, key=lambda f: (f.count is None, f.count or 0))),
        wounded=tuple(wounded),
        places=tuple(place_list),
        campaign=bool(row.get("campaign") is not None and row["campaign"].toPython()),
    )


def _place(source: Source, iri: URIRef) -> Place:
    values = _values(source, _PLACE, "place", iri)
    names = sorted((_language_rank(v), picture_name(v)) for v in values.get(SKOS.prefLabel, []))
    lat = next((float(v.toPython()) for v in values.get(GEO.lat, [])), None)
    long = next((float(v.toPython()) for v in values.get(GEO.long, [])), None)
    kinds = {_PLACE_KINDS[v] for v in values.get(RDF.type, []) if v in _PLACE_KINDS}
    kind = next((k for k in _PLACE_PRECISION if k in kinds), "place")
    if (lat is None or long is None) and kind != "place":
        row = next(iter(_select(source, _CONTAINER_POINT, {"place": iri}).rows), None)
        if row is not None and row[0] is not None and row[1] is not None:
            lat, long = float(row[0].toPython()), float(row[1].toPython())
            kind = "region" if kind in ("city", "facility") else kind  # drawn as approximate
    return Place(iri, names[0][1] if names else local_name(iri), lat, long, kind)


# ---------------------------------------------------------------- plumbing


def _target(source: Source) -> QueryTarget:
    from kg.store.embedded import OxigraphStore

    return OxigraphStore.of(source) if isinstance(source, KnowledgeGraph) else source


def _as_group(source: Source, group: str | URIRef) -> URIRef:
    return group if isinstance(group, URIRef) else resolve_group(source, group)


@lru_cache(maxsize=32)
def _prepared(text: str) -> Any:
    return prepareQuery(text)


def _select(source: Source, query: str, bindings: Mapping[str, Node]) -> QueryResult:
    """Run one of this module's own queries, in Oxigraph on the embedded graph."""
    return _target(source).select(query, bindings)


def _values(source: Source, query: str, name: str, iri: URIRef) -> dict[Node, list[Node]]:
    """property → values, from a query that selects ?property ?value of one bound subject."""
    found: dict[Node, list[Node]] = {}
    for row in _select(source, query, {name: iri}).rows:
        prop, value = row
        if prop is not None and value is not None:
            found.setdefault(prop, []).append(value)
    return found


def _text(node: Node | None) -> str | None:
    return None if node is None else str(node)


def _name(node: Node | None) -> str | None:
    """A name from the data as every picture shows it (`kg.escape.picture_name`): one line,
    bounded, so no caption, tooltip or tick label can grow without limit or break a line."""
    return None if node is None else picture_name(str(node))


def _date(node: Node | None) -> date | None:
    if isinstance(node, Literal):
        value = node.toPython()
        if isinstance(value, date):
            return value
    return None


def _concept(node: Node | None, scheme: Any) -> str | None:
    if node is None:
        return None
    return str(node).removeprefix(str(scheme))


def _language_rank(label: Node) -> int:
    language = getattr(label, "language", None)
    if language is None:
        return 1
    return 0 if language.lower().startswith("en") else 2


def _precision_rank(kind: str) -> int:
    return _PLACE_PRECISION.index(kind) if kind in _PLACE_PRECISION else len(_PLACE_PRECISION)


def _age_key(org: Organisation) -> tuple[date, str, str]:
    return (org.inception_start or date.min, org.short, str(org.iri))
