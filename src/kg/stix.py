"""STIX 2.1: the graph as a bundle that threat-intelligence platforms (OpenCTI, MISP) import.

Counter-terrorism partners mostly run platforms that speak STIX 2.1, not SPARQL. The bundle is
built with the OASIS `stix2` library (so every object is checked against the specification as it
is made) and is meant to pass `stix2-validator` with zero errors. `docs/stix.md` has the mapping
table; the main decisions, and why:

- **Armed groups are `intrusion-set`s.** OpenCTI imports an `intrusion-set` as an Intrusion Set,
  the entity it (like MITRE ATT&CK, whose groups its connector imports as intrusion sets) uses
  for a named adversary known from reporting of its activity, with aliases, first/last seen and
  goals — what a profile says. A `threat-actor` would become a Threat-Actor-Group, and would ask
  for `threat_actor_types` such as "terrorist": a label the ontology deliberately leaves to
  governments' designations (ontology/README.md).
- **Persons**: a leader of an armed group, or a person an attack is attributed to, is a
  `threat-actor` with `resource_level: individual`, which OpenCTI (pycti's
  `ThreatActor.import_from_stix2`) imports as a Threat-Actor-Individual; every other person (a
  victim, a politician, an author of a source) is an `identity` of class `individual`. Other
  organisations (governments, publishers, the UN) are `identity` objects of class `organization`.
- **Attacks are `incident`s, campaigns (`kg:Campaign`, a series over a period) `campaign`s.**
  STIX 2.1's incident is a stub (name and description), so dates, casualty figures with their
  qualifier, classification and places travel in our property extension (`EXTENSION_ID`, an
  `extension-definition` in the bundle), defined with `stix2`'s `CustomExtension`.
- **Relationships**: attribution is `attributed-to` (incident/campaign → group or person), one per
  `kg:Attribution` node, its modality in the description and in the extension; direct lineage
  steps (split, rename, absorption, merger) are `derived-from` (successor → predecessor);
  merger partners, affiliations, alliances, rivalries, leadership and areas of operation are
  `related-to` with a description saying which; an attack's places are `located-at`; a state
  named as behind an attack (`kg:attributedToState`) is `related-to` from the incident to the
  state's `location` (STIX's `attributed-to` targets actors, and a state is a place here).
- **Sources**: every object carries `external_references` to its IRI and to each profile section
  that states something about it (with the section's line span); each profile becomes one
  `report` whose `object_refs` are the objects its sections speak of and whose
  `external_references` are the profile's references. Curated `skos:exactMatch` links to
  Wikidata (data/wikidata.ttl) become `wikidata` external references.
- **Identifiers are UUIDv5** of our IRIs in a fixed namespace (`STIX_NAMESPACE`), so exporting
  again gives the same ids and a platform updates its objects instead of duplicating them.
  `created`/`modified` are the latest `dcterms:modified` of the profiles (or `timestamp`), so an
  unchanged graph gives a byte-identical file.

Only the groups, persons, organisations, places, attacks, attributions, leaderships and lineage
are exported; legal events, enmities and other events stay in the RDF exports.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.atomic import write_atomically
from kg.errors import KgError
from kg.extras import needs
from kg.load import KnowledgeGraph
from kg.namespaces import DATASET, DERIVED_GRAPH, KG, PREFIXES

STIX_NAMESPACE = uuid.UUID("6f3c8a52-2b1e-5d6b-9a43-7c0e1f2d9b10")
"""The UUIDv5 namespace of every id the export mints. Fixed for ever: changing it would make
every platform that imported an earlier export duplicate every object."""

EXTENSION_ID = "extension-definition--" + str(
    uuid.uuid5(STIX_NAMESPACE, "https://w3id.org/ctkg/stix/extension")
)
"""The `extension-definition` of the ctkg property extension (dates in EDTF, casualty figures
with their qualifier, attribution modality, our IRIs)."""

EXTENSION_SCHEMA = "https://w3id.org/ctkg/stix/extension"
PRODUCER_IRI = "https://w3id.org/ctkg/"
FALLBACK_TIMESTAMP = datetime(2000, 1, 1, tzinfo=UTC)
"""`created`/`modified` when no profile says when it was last updated and none is given."""

_WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

_PREFIXES = "\n".join(
    f"PREFIX {prefix}: <{namespace}>" for prefix, namespace in sorted(PREFIXES.items())
)


class StixError(KgError):
    """A STIX export that cannot be written (a wrong file name)."""


def _stix2() -> Any:
    """The stix2 library with our extension registered; a MissingExtraError (one line naming
    the extra) when it is not installed."""
    with needs("stix", "the STIX export (--format stix)"):
        import stix2
    _register_extension(stix2)
    return stix2


_REGISTERED: list[Any] = []


def _register_extension(stix2: Any) -> Any:
    """Define the ctkg property extension once per process (stix2 refuses a second definition
    of the same id)."""
    if _REGISTERED:
        return _REGISTERED[0]
    from stix2.properties import (
        BooleanProperty,
        DictionaryProperty,
        IntegerProperty,
        ListProperty,
        StringProperty,
    )

    @stix2.v21.CustomExtension(
        EXTENSION_ID,
        [
            ("iri", StringProperty()),
            ("edtf", StringProperty()),
            ("earliest", StringProperty()),
            ("latest", StringProperty()),
            ("date_precision", StringProperty()),
            ("killed", ListProperty(DictionaryProperty())),
            ("wounded", ListProperty(DictionaryProperty())),
            ("hostages_taken", ListProperty(DictionaryProperty())),
            ("hostages_released", ListProperty(DictionaryProperty())),
            ("attack_types", ListProperty(StringProperty())),
            ("weapon_types", ListProperty(StringProperty())),
            ("target_types", ListProperty(StringProperty())),
            ("suicide", BooleanProperty()),
            ("place_unknown", BooleanProperty()),
            ("modality", StringProperty()),
            ("modality_iri", StringProperty()),
            ("verbatim", StringProperty()),
            ("relation", StringProperty()),
            ("start", StringProperty()),
            ("end", StringProperty()),
            ("former_names", ListProperty(StringProperty())),
            ("inception", StringProperty()),
            ("ideologies", ListProperty(StringProperty())),
            ("tactics", ListProperty(StringProperty())),
            ("funding_activities", ListProperty(StringProperty())),
            ("co_defendants", IntegerProperty()),
        ],
    )
    class CtkgExtension:
        """ctkg's property extension: what STIX 2.1 has no property for."""

        extension_type = "property-extension"

    _REGISTERED.append(CtkgExtension)
    return CtkgExtension


def stix_id(kind: str, key: str) -> str:
    """The STIX id of the object of type `kind` made from `key` (an IRI, or an IRI-based key
    for a relationship): the same every export."""
    return f"{kind}--{uuid.uuid5(STIX_NAMESPACE, key)}"


@dataclass(frozen=True)
class StixResult:
    """What `export_stix` wrote: the file and how many objects of each type."""

    path: Path
    counts: dict[str, int]


def export_stix(
    kg: KnowledgeGraph, path: Path | str, *, timestamp: datetime | None = None
) -> StixResult:
    """Write `kg` as a STIX 2.1 bundle (JSON) to `path`, atomically."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise StixError(
            f"{path}: a STIX bundle is JSON; give a file name ending in .json, for example "
            f"{path.with_suffix('.json').name}"
        )
    bundle = stix_bundle(kg, timestamp=timestamp)
    # stix2's `pretty=True` orders properties by a search that is quadratic in the bundle's
    # size (50 s for 300 objects); plain json.dumps keeps stix2's own, deterministic order.
    text = bundle.serialize(indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text)
    counts: dict[str, int] = defaultdict(int)
    for obj in bundle.objects:
        counts[obj["type"]] += 1
    return StixResult(path, dict(sorted(counts.items())))


def stix_bundle(kg: KnowledgeGraph, *, timestamp: datetime | None = None) -> Any:
    """The graph as a `stix2.v21.Bundle` (objects sorted by id, ids deterministic)."""
    stix2 = _stix2()
    return _Builder(kg, stix2, timestamp).bundle()


# ---------------------------------------------------------------- reading the graph


def _value(term: Any) -> str | None:
    return None if term is None else term.value


def _rows(kg: KnowledgeGraph, query: str) -> list[dict[str, str | None]]:
    """Rows of a SELECT over the union of all graphs, as plain strings."""
    solutions = kg.store.query(f"{_PREFIXES}\n{query}", use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return [{name: _value(row[name]) for name in names} for row in solutions]


def _start_of(text: str) -> date | None:
    """The first day of an xsd:gYear, gYearMonth, date or dateTime lexical form."""
    parts = text.strip()[:10].split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _end_of(text: str) -> date | None:
    """The last day of an xsd:gYear, gYearMonth or date lexical form."""
    start = _start_of(text)
    if start is None:
        return None
    parts = text.strip()[:10].split("-")
    if len(parts) == 1:
        return date(start.year, 12, 31)
    if len(parts) == 2:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return start


def _instant(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day, tzinfo=UTC)


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _compact(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and "/" not in iri[len(namespace) :]:
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


class _Builder:
    """Reads the graph with a handful of SPARQL queries and makes the STIX objects."""

    def __init__(self, kg: KnowledgeGraph, stix2: Any, timestamp: datetime | None) -> None:
        self.kg = kg
        self.stix2 = stix2
        self.objects: dict[str, Any] = {}
        self.sections = self._sections()
        self.stated_in = self._stated_in()
        self.wikidata = self._wikidata()
        self.labels = self._labels()
        self.timestamp = timestamp or self._latest_profile_update() or FALLBACK_TIMESTAMP
        self.producer = stix_id("identity", PRODUCER_IRI)
        self.ids: dict[str, str] = {}  # our IRI -> STIX id of what it became
        self.relationship_sections: dict[str, set[str]] = defaultdict(set)

    # -------------------------------------------------- shared look-ups

    def _sections(self) -> dict[str, dict[str, str | None]]:
        rows = _rows(
            self.kg,
            """SELECT ?section ?title ?start ?end ?document ?file WHERE {
                 ?section a kg:ProfileSection ; dcterms:isPartOf+ ?document .
                 ?document a kg:ProfileDocument .
                 OPTIONAL { ?section dcterms:title ?title }
                 OPTIONAL { ?section kg:startLine ?start }
                 OPTIONAL { ?section kg:endLine ?end }
                 OPTIONAL { ?document kg:sourceFile ?file }
               }""",
        )
        return {row["section"]: row for row in rows if row["section"]}

    def _stated_in(self) -> dict[str, set[str]]:
        """Each subject IRI -> the profile sections whose graphs state something about it."""
        found: dict[str, set[str]] = defaultdict(set)
        for graph in self.kg.store.named_graphs():
            name = graph.value
            if name not in self.sections:
                continue
            quads = self.kg.store.quads_for_pattern(None, None, None, graph)
            for subject in {q.subject for q in quads}:
                if isinstance(subject, ox.NamedNode):
                    found[subject.value].add(name)
        return found

    def _wikidata(self) -> dict[str, list[str]]:
        rows = _rows(
            self.kg,
            f"""SELECT DISTINCT ?entity ?item WHERE {{
                  ?entity skos:exactMatch ?item
                  FILTER(STRSTARTS(STR(?item), "{_WIKIDATA_ENTITY}"))
                }}""",
        )
        found: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            found[row["entity"]].append(row["item"])
        return {key: sorted(items) for key, items in found.items()}

    def _labels(self) -> dict[str, str]:
        """An English (else any) preferred label, else an acronym, for every labelled IRI."""
        rows = _rows(
            self.kg,
            """SELECT ?x ?label (LANG(?label) AS ?lang) WHERE {
                 { ?x skos:prefLabel ?label } UNION { ?x kg:acronym ?label }
               }""",
        )
        best: dict[str, tuple[int, str]] = {}
        for row in rows:
            rank = 0 if row["lang"] == "en" else 1 if row["lang"] else 2
            candidate = (rank, row["label"] or "")
            if row["x"] and (row["x"] not in best or candidate < best[row["x"]]):
                best[row["x"]] = candidate
        return {iri: label for iri, (_, label) in best.items()}

    def _latest_profile_update(self) -> datetime | None:
        rows = _rows(
            self.kg,
            "SELECT ?modified WHERE { ?doc a kg:ProfileDocument ; dcterms:modified ?modified }",
        )
        days = [_start_of(row["modified"] or "") for row in rows]
        latest = max((d for d in days if d), default=None)
        return _instant(latest)

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or _local(iri)

    def references(self, *iris: str) -> list[dict[str, str]]:
        """External references for an object made from `iris`: each IRI, its Wikidata items
        and every profile section stating something about it."""
        refs: list[dict[str, str]] = []
        sections: set[str] = set()
        for iri in iris:
            refs.append({"source_name": "ctkg", "url": iri, "external_id": _compact(iri)})
            for item in self.wikidata.get(iri, []):
                qid = _local(item)
                refs.append(
                    {
                        "source_name": "wikidata",
                        "external_id": qid,
                        "url": f"https://www.wikidata.org/wiki/{qid}",
                    }
                )
            sections |= self.stated_in.get(iri, set())
        for section in sorted(sections):
            refs.append(self.section_reference(section))
        return refs

    def section_reference(self, section: str) -> dict[str, str]:
        info = self.sections[section]
        lines = (
            f", lines {info['start']}-{info['end']}" if info["start"] and info["end"] else ""
        )
        where = f" of {info['file']}" if info["file"] else ""
        return {
            "source_name": "ctkg profile section",
            "url": section,
            "description": f"{info['title'] or _local(section)}{lines}{where}",
        }

    def common(self) -> dict[str, Any]:
        return {
            "created": self.timestamp,
            "modified": self.timestamp,
            "created_by_ref": self.producer,
        }

    def extension(self, **values: Any) -> dict[str, Any]:
        kept = {k: v for k, v in values.items() if v not in (None, [], "")}
        return {EXTENSION_ID: {"extension_type": "property-extension", **kept}}

    def add(self, obj: Any, *iris: str) -> None:
        self.objects[obj.id] = obj
        for iri in iris:
            self.ids.setdefault(iri, obj.id)

    # -------------------------------------------------- the bundle

    def bundle(self) -> Any:
        s = self.stix2
        self.add(
            s.v21.Identity(
                id=self.producer,
                name="ctkg",
                identity_class="system",
                description="The counter-terrorism knowledge graph (ctkg) that wrote this bundle.",
                created=self.timestamp,
                modified=self.timestamp,
                external_references=[{"source_name": "ctkg", "url": PRODUCER_IRI}],
            )
        )
        self.add(
            s.v21.ExtensionDefinition(
                id=EXTENSION_ID,
                name="ctkg",
                description=(
                    "What STIX 2.1 has no property for in ctkg's data: EDTF dates with their "
                    "bounds and precision, casualty figures with their qualifier and the "
                    "words of the source, attack classification (GTD), attribution modality, "
                    "and each object's IRI in the graph."
                ),
                schema=EXTENSION_SCHEMA,
                version="1.0.0",
                extension_types=["property-extension"],
                **self.common(),
            )
        )
        self.groups()
        self.persons_and_organisations()
        self.places()
        self.attacks()
        self.lineage()
        self.leaderships()
        self.reports()
        ordered = [self.objects[key] for key in sorted(self.objects)]
        return s.v21.Bundle(
            objects=ordered, id=stix_id("bundle", str(DATASET)), allow_custom=False
        )

    # -------------------------------------------------- groups

    def groups(self) -> None:
        names = _rows(
            self.kg,
            """SELECT DISTINCT ?group ?name ?kind WHERE {
                 ?group a kg:ArmedGroup .
                 VALUES (?p ?kind) { (skos:prefLabel "pref") (kg:acronym "acronym")
                                     (skos:altLabel "alt") (kg:formerName "former") }
                 ?group ?p ?name
               }""",
        )
        by_group: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in names:
            by_group[row["group"] or ""][row["kind"] or ""].add(row["name"] or "")
        facts = _rows(
            self.kg,
            """SELECT DISTINCT ?group ?p ?label WHERE {
                 ?group a kg:ArmedGroup .
                 VALUES ?p { kg:goal kg:ideology kg:tactic kg:fundingActivity }
                 ?group ?p ?concept .
                 ?concept skos:prefLabel ?label FILTER(langMatches(lang(?label), "en"))
               }""",
        )
        concepts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for row in sorted(facts, key=lambda r: (r["group"] or "", r["p"] or "", r["label"] or "")):
            concepts[row["group"] or ""][_local(row["p"] or "")].append(row["label"] or "")
        seen = self._seen()
        details = {
            row["group"]: row
            for row in _rows(
                self.kg,
                """SELECT ?group (SAMPLE(?i) AS ?inception) (SAMPLE(?d) AS ?dissolved)
                          (SAMPLE(?text) AS ?description) WHERE {
                     ?group a kg:ArmedGroup .
                     OPTIONAL { ?group kg:inception ?i }
                     OPTIONAL { ?group kg:dissolved ?d }
                     OPTIONAL { ?group dcterms:description ?text
                                FILTER(langMatches(lang(?text), "en")) }
                   } GROUP BY ?group""",
            )
        }
        for group in sorted(by_group):
            kinds = by_group[group]
            name = self.label(group)
            former = kinds["former"]
            aliases = sorted((kinds["pref"] | kinds["acronym"] | kinds["alt"]) - former - {name})
            info = details.get(group, {})
            first, last = seen.get(group, (None, None))
            inception = info.get("inception")
            if inception and (start := _start_of(inception)):
                first = min(filter(None, [first, start]))
            if info.get("dissolved") and (end := _end_of(info["dissolved"] or "")):
                last = max(filter(None, [last, end]))
            if first and last and last < first:
                last = None
            goals = concepts[group].get("goal", [])
            self.add(
                self.stix2.v21.IntrusionSet(
                    id=stix_id("intrusion-set", group),
                    name=name,
                    description=info.get("description"),
                    aliases=aliases or None,
                    first_seen=_instant(first),
                    last_seen=_instant(last),
                    goals=goals or None,
                    resource_level="organization",
                    primary_motivation="ideology" if concepts[group].get("ideology") else None,
                    external_references=self.references(group),
                    extensions=self.extension(
                        iri=group,
                        former_names=sorted(former),
                        inception=inception,
                        ideologies=concepts[group].get("ideology", []),
                        tactics=concepts[group].get("tactic", []),
                        funding_activities=concepts[group].get("fundingActivity", []),
                    ),
                    **self.common(),
                ),
                group,
            )

    def _seen(self) -> dict[str, tuple[date | None, date | None]]:
        """Each group's earliest and latest attack date (any modality)."""
        rows = _rows(
            self.kg,
            """SELECT ?group (MIN(?earliest) AS ?first) (MAX(?latest) AS ?last) WHERE {
                 ?attack kg:attribution/kg:attributedTo ?group .
                 ?group a kg:ArmedGroup .
                 ?attack kg:earliest ?earliest ; kg:latest ?latest .
               } GROUP BY ?group""",
        )
        return {
            row["group"] or "": (_start_of(row["first"] or ""), _start_of(row["last"] or ""))
            for row in rows
        }

    # -------------------------------------------------- persons and organisations

    def persons_and_organisations(self) -> None:
        actors = {
            row["person"]
            for row in _rows(
                self.kg,
                """SELECT DISTINCT ?person WHERE {
                     ?person a kg:Person .
                     { ?tenure kg:leader ?person ; kg:ofOrganisation ?group .
                       ?group a kg:ArmedGroup }
                     UNION { ?attribution kg:attributedTo ?person }
                   }""",
            )
        }
        people = _rows(
            self.kg,
            """SELECT ?person (SAMPLE(?text) AS ?description) WHERE {
                 ?person a kg:Person .
                 OPTIONAL { ?person dcterms:description ?text
                            FILTER(langMatches(lang(?text), "en")) }
               } GROUP BY ?person""",
        )
        for row in sorted(people, key=lambda r: r["person"] or ""):
            person = row["person"] or ""
            common = {
                "name": self.label(person),
                "description": row["description"],
                "external_references": self.references(person),
                "extensions": self.extension(iri=person),
                **self.common(),
            }
            if person in actors:
                obj = self.stix2.v21.ThreatActor(
                    id=stix_id("threat-actor", person), resource_level="individual", **common
                )
            else:
                obj = self.stix2.v21.Identity(
                    id=stix_id("identity", person), identity_class="individual", **common
                )
            self.add(obj, person)
        organisations = _rows(
            self.kg,
            """SELECT DISTINCT ?org WHERE {
                 ?org a kg:Organisation FILTER NOT EXISTS { ?org a kg:ArmedGroup }
               }""",
        )
        for row in sorted(organisations, key=lambda r: r["org"] or ""):
            org = row["org"] or ""
            self.add(
                self.stix2.v21.Identity(
                    id=stix_id("identity", org),
                    name=self.label(org),
                    identity_class="organization",
                    external_references=self.references(org),
                    extensions=self.extension(iri=org),
                    **self.common(),
                ),
                org,
            )

    # -------------------------------------------------- places

    def places(self) -> None:
        """Every place an attack happened in or a group operates in (and its containing
        places' country code), as a `location`. A place with neither coordinates nor a country
        (`place:unknown`) is left out: STIX needs one of them."""
        rows = _rows(
            self.kg,
            """SELECT ?place (SAMPLE(?lat) AS ?latitude) (SAMPLE(?long) AS ?longitude)
                      (SAMPLE(?iso) AS ?country) (SAMPLE(?sub) AS ?subdivision)
                      (SAMPLE(?upIso) AS ?parentCountry)
                      (MAX(IF(EXISTS { ?place a kg:City }, 1, 0)) AS ?city) WHERE {
                 { ?x kg:place ?place } UNION { ?g kg:areaOfOperation ?place }
                 UNION { ?a kg:target ?place . ?place a kg:Place }
                 UNION { ?attribution kg:attributedToState ?place }
                 OPTIONAL { ?place geo:lat ?lat ; geo:long ?long }
                 OPTIONAL { ?place kg:iso3166Alpha2 ?iso }
                 OPTIONAL { ?place a kg:Subdivision ; skos:notation ?sub }
                 OPTIONAL { ?place kg:locatedIn+ ?up . ?up kg:iso3166Alpha2 ?upIso }
               } GROUP BY ?place""",
        )
        for row in sorted(rows, key=lambda r: r["place"] or ""):
            place = row["place"] or ""
            country = row["country"] or row["parentCountry"]
            coordinates: dict[str, float] = {}
            if row["latitude"] is not None and row["longitude"] is not None:
                coordinates = {
                    "latitude": float(row["latitude"]),
                    "longitude": float(row["longitude"]),
                }
            if not coordinates and not country:
                continue
            self.add(
                self.stix2.v21.Location(
                    id=stix_id("location", place),
                    name=self.label(place),
                    country=country,
                    administrative_area=row["subdivision"],
                    city=self.label(place) if row["city"] == "1" else None,
                    external_references=self.references(place),
                    extensions=self.extension(iri=place),
                    **coordinates,
                    **self.common(),
                ),
                place,
            )

    # -------------------------------------------------- attacks

    def attacks(self) -> None:
        rows = _rows(
            self.kg,
            """SELECT ?attack ?verbatim ?edtf ?earliest ?latest ?precision ?suicide
                      (EXISTS { ?attack a kg:Campaign } AS ?campaign) WHERE {
                 ?attack a kg:Attack .
                 OPTIONAL { ?attack kg:verbatim ?verbatim }
                 OPTIONAL { ?attack kg:edtf ?edtf }
                 OPTIONAL { ?attack kg:earliest ?earliest }
                 OPTIONAL { ?attack kg:latest ?latest }
                 OPTIONAL { ?attack kg:datePrecision ?precision }
                 OPTIONAL { ?attack kg:suicide ?suicide }
               }""",
        )
        figures = self._figures()
        classes = self._classification()
        places = _rows(
            self.kg,
            "SELECT DISTINCT ?attack ?place ?section "
            "WHERE { ?attack a kg:Attack . GRAPH ?section { ?attack kg:place ?place } }",
        )
        targets = _rows(
            self.kg,
            "SELECT DISTINCT ?attack ?target ?section "
            "WHERE { ?attack a kg:Attack . GRAPH ?section { ?attack kg:target ?target } }",
        )
        place_sections = _sections_by(places, "attack", "place")
        places_of: dict[str, set[str]] = defaultdict(set)
        for attack, place in place_sections:
            places_of[attack].add(place)
        target_sections = _sections_by(targets, "attack", "target")
        seen_attack: set[str] = set()
        for row in sorted(rows, key=lambda r: r["attack"] or ""):
            attack = row["attack"] or ""
            if attack in seen_attack:  # two verbatims or dates: the first, sorted, is kept
                continue
            seen_attack.add(attack)
            is_campaign = row["campaign"] == "true"
            kind = "campaign" if is_campaign else "incident"
            attack_places = sorted(places_of[attack])
            extension = self.extension(
                iri=attack,
                edtf=row["edtf"],
                earliest=row["earliest"],
                latest=row["latest"],
                date_precision=_local(row["precision"]) if row["precision"] else None,
                killed=figures[attack].get("killed", []),
                wounded=figures[attack].get("wounded", []),
                hostages_taken=figures[attack].get("hostagesTaken", []),
                hostages_released=figures[attack].get("hostagesReleased", []),
                attack_types=classes[attack].get("attackType", []),
                weapon_types=classes[attack].get("weaponType", []),
                target_types=classes[attack].get("targetType", []),
                suicide=row["suicide"] == "true" if row["suicide"] else None,
                place_unknown=any(_local(p) == "unknown" for p in attack_places) or None,
            )
            fields: dict[str, Any] = {
                "id": stix_id(kind, attack),
                "name": self.label(attack),
                "description": row["verbatim"],
                "external_references": self.references(attack),
                "extensions": extension,
                **self.common(),
            }
            if is_campaign:
                first = _instant(_start_of(row["earliest"] or ""))
                last = _instant(_start_of(row["latest"] or ""))
                obj = self.stix2.v21.Campaign(first_seen=first, last_seen=last, **fields)
            else:
                obj = self.stix2.v21.Incident(**fields)
            self.add(obj, attack)
            for place in attack_places:
                if place in self.ids:
                    self.relationship(
                        "located-at",
                        attack,
                        place,
                        key=f"{attack} kg:place {place}",
                        sections=place_sections[(attack, place)],
                    )
        for attack, target in sorted(target_sections):
            self.relationship(
                "targets",
                attack,
                target,
                key=f"{attack} kg:target {target}",
                sections=target_sections[(attack, target)],
            )
        self.attributions()

    def _figures(self) -> dict[str, dict[str, list[dict[str, Any]]]]:
        rows = _rows(
            self.kg,
            """SELECT DISTINCT ?attack ?p ?figure ?count ?qualifier ?verbatim ?section WHERE {
                 VALUES ?p { kg:killed kg:wounded kg:hostagesTaken kg:hostagesReleased }
                 GRAPH ?section { ?attack ?p ?figure }
                 ?section a kg:ProfileSection .
                 OPTIONAL { ?figure kg:count ?count }
                 OPTIONAL { ?figure kg:countQualifier ?qualifier }
                 OPTIONAL { ?figure kg:verbatim ?verbatim }
               }""",
        )
        found: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for row in sorted(rows, key=lambda r: (r["attack"] or "", r["p"] or "", r["figure"] or "")):
            figure: dict[str, Any] = {"figure": row["figure"], "section": row["section"]}
            if row["count"] is not None:
                figure["count"] = int(row["count"])
            if row["qualifier"]:
                figure["qualifier"] = _local(row["qualifier"])
            if row["verbatim"]:
                figure["verbatim"] = row["verbatim"]
            found[row["attack"] or ""][_local(row["p"] or "")].append(figure)
        return found

    def _classification(self) -> dict[str, dict[str, list[str]]]:
        rows = _rows(
            self.kg,
            """SELECT DISTINCT ?attack ?p ?label ?code WHERE {
                 VALUES ?p { kg:attackType kg:weaponType kg:targetType }
                 ?attack a kg:Attack ; ?p ?concept .
                 ?concept skos:prefLabel ?label FILTER(langMatches(lang(?label), "en"))
                 OPTIONAL { ?concept skos:notation ?code }
               }""",
        )
        found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for row in sorted(rows, key=lambda r: (r["attack"] or "", r["p"] or "", r["label"] or "")):
            text = f"{row['label']} (GTD {row['code']})" if row["code"] else row["label"] or ""
            found[row["attack"] or ""][_local(row["p"] or "")].append(text)
        return found

    def _attributions_by(
        self, relation: str, keep: Callable[[dict[str, Any]], bool] = lambda row: True
    ) -> Iterator[tuple[dict[str, Any], str, str, Any]]:
        """Each attribution the texts state with `relation` (`kg:attributedTo`,
        `kg:attributedToState`; not those kg.derive adds, held at the time), once, by its
        first row that `keep` accepts: the row (`?attack`, `?attribution`, `?agent`,
        `?modality`, `?verbatim`), its modality's label, the verbatim words as a description's
        tail, and its sections."""
        rows = _rows(
            self.kg,
            """SELECT DISTINCT ?attack ?attribution ?agent ?modality ?modalityLabel ?verbatim
                               ?section WHERE {
                 ?attack a kg:Attack ; kg:attribution ?attribution .
                 GRAPH ?section { ?attribution """
            + relation
            + """ ?agent }
                 FILTER(?section != <"""
            + str(DERIVED_GRAPH)
            + """>)
                 OPTIONAL { ?attribution kg:modality ?modality .
                            OPTIONAL { ?modality skos:prefLabel ?modalityLabel
                                       FILTER(langMatches(lang(?modalityLabel), "en")) } }
                 OPTIONAL { ?attribution kg:verbatim ?verbatim }
               }""",
        )
        sections = _sections_by(rows, "attribution")
        done: set[str] = set()
        for row in sorted(rows, key=lambda r: (r["attribution"] or "", r["modality"] or "")):
            attribution = row["attribution"] or ""
            if attribution in done or not keep(row):
                continue
            done.add(attribution)
            modality = row["modalityLabel"] or (_local(row["modality"]) if row["modality"] else "")
            said = f': "{row["verbatim"]}"' if row["verbatim"] else ""
            yield row, modality, said, sections[attribution]

    def attributions(self) -> None:
        def in_bundle(row: dict[str, Any]) -> bool:  # both ends exported
            return row["attack"] in self.ids and row["agent"] in self.ids

        for row, modality, said, sections in self._attributions_by("kg:attributedTo", in_bundle):
            self.relationship(
                "attributed-to",
                row["attack"] or "",
                row["agent"] or "",
                key=row["attribution"] or "",
                description=f"{modality or 'attributed'}{said}",
                sections=sections,
                extension=self.extension(
                    iri=row["attribution"] or "",
                    modality=_local(row["modality"]) if row["modality"] else None,
                    modality_iri=row["modality"],
                    verbatim=row["verbatim"],
                ),
            )
        self.state_attributions()

    def state_attributions(self) -> None:
        """A state the text names as behind an attack (`kg:attributedToState`): `related-to`
        from the incident or campaign to the state's `location`. STIX 2.1's `attributed-to`
        points to an intrusion set, a threat actor or an identity, and a state is none here: it
        is the gazetteer's country, exported once as a `location` (one IRI, one object).
        Making it a `threat-actor` of type `nation-state` as well would give that IRI a second
        object and call a country a threat actor on one side's word; `related-to`, which the
        specification allows between any two objects, keeps the single location, and the
        description and the extension say how (`relation` `kg:attributedToState`, modality,
        verbatim)."""
        for row, modality, said, sections in self._attributions_by("kg:attributedToState"):
            state = row["agent"] or ""
            self.relationship(
                "related-to",
                row["attack"] or "",
                state,
                key=row["attribution"] or "",
                description=f"attributed to the state {self.label(state)} "
                            f"({modality or 'attributed'}){said}",
                sections=sections,
                extension=self.extension(
                    iri=row["attribution"] or "",
                    relation="kg:attributedToState",
                    modality=_local(row["modality"]) if row["modality"] else None,
                    modality_iri=row["modality"],
                    verbatim=row["verbatim"],
                ),
            )

    # -------------------------------------------------- lineage and other relations

    def lineage(self) -> None:
        rows = _rows(
            self.kg,
            """SELECT DISTINCT ?successor ?relation ?how ?predecessor ?edtf ?event ?section
               WHERE {
                 ?relation rdfs:subPropertyOf kg:hasDirectPredecessor .
                 FILTER(?relation != kg:hasDirectPredecessor)
                 GRAPH ?section { ?successor ?relation ?predecessor }
                 OPTIONAL { ?relation rdfs:label ?how FILTER(langMatches(lang(?how), "en")) }
                 OPTIONAL { ?event a kg:LineageEvent ; kg:resultingOrganisation ?successor ;
                                   kg:priorOrganisation ?predecessor .
                            OPTIONAL { ?event kg:edtf ?edtf } }
               }""",
        )
        sections = _sections_by(rows, "successor", "relation", "predecessor")
        order = ("successor", "relation", "predecessor", "event")
        for row in sorted(rows, key=lambda r: tuple(r[k] or "" for k in order)):
            successor, predecessor = row["successor"] or "", row["predecessor"] or ""
            relation = row["relation"] or ""
            key = f"{successor} {relation} {predecessor}"
            if stix_id("relationship", key) in self.objects:
                continue
            how = row["how"] or _local(relation)
            when = f" ({row['edtf']})" if row["edtf"] else ""
            self.relationship(
                "derived-from",
                successor,
                predecessor,
                key=key,
                description=f"{self.label(successor)} {how} {self.label(predecessor)}{when}",
                sections=sections[(successor, relation, predecessor)],
                extension=self.extension(
                    relation=_compact(relation), edtf=row["edtf"], iri=row["event"]
                ),
            )
        others = _rows(
            self.kg,
            """SELECT DISTINCT ?a ?relation ?how ?b ?section WHERE {
                 VALUES ?relation { kg:mergerPartner kg:affiliateOf kg:alliedWith kg:rivalOf
                                    kg:areaOfOperation }
                 GRAPH ?section { ?a ?relation ?b }
                 OPTIONAL { ?relation rdfs:label ?how FILTER(langMatches(lang(?how), "en")) }
               }""",
        )
        sections = _sections_by(others, "a", "relation", "b")
        for row in sorted(others, key=lambda r: tuple(r[k] or "" for k in ("a", "relation", "b"))):
            a, b, relation = row["a"] or "", row["b"] or "", row["relation"] or ""
            symmetric = relation in (str(KG.alliedWith), str(KG.rivalOf))
            if symmetric and b < a:  # one relationship for a symmetric pair, stated either way
                continue
            said_in = sections[(a, relation, b)] | sections[(b, relation, a)]
            how = row["how"] or _local(relation)
            self.relationship(
                "related-to",
                a,
                b,
                key=f"{a} {relation} {b}",
                description=f"{self.label(a)} {how} {self.label(b)}",
                sections=said_in,
                extension=self.extension(relation=_compact(relation)),
            )

    def leaderships(self) -> None:
        rows = _rows(
            self.kg,
            """SELECT DISTINCT ?tenure ?leader ?group ?start ?end ?verbatim ?section WHERE {
                 ?tenure a kg:Leadership ; kg:ofOrganisation ?group .
                 GRAPH ?section { ?tenure kg:leader ?leader }
                 OPTIONAL { ?tenure kg:startDate ?start }
                 OPTIONAL { ?tenure kg:endDate ?end }
                 OPTIONAL { ?tenure kg:verbatim ?verbatim }
               }""",
        )
        sections = _sections_by(rows, "tenure")
        done: set[str] = set()
        order = ("tenure", "start", "end")
        for row in sorted(rows, key=lambda r: tuple(r[k] or "" for k in order)):
            tenure = row["tenure"] or ""
            if tenure in done:
                continue
            done.add(tenure)
            since = f" since {row['start']}" if row["start"] else ""
            until = f" until {row['end']}" if row["end"] else ""
            self.relationship(
                "related-to",
                row["leader"] or "",
                row["group"] or "",
                key=tenure,
                description=f"leader of {self.label(row['group'] or '')}{since}{until}",
                sections=sections[tenure],
                extension=self.extension(
                    iri=tenure,
                    relation="kg:leader",
                    start=row["start"],
                    end=row["end"],
                    verbatim=row["verbatim"],
                ),
            )

    def relationship(
        self,
        kind: str,
        source: str,
        target: str,
        *,
        key: str,
        description: str | None = None,
        sections: Iterable[str | None] = (),
        extension: dict[str, Any] | None = None,
    ) -> None:
        """A relationship between the objects made from two IRIs (skipped when either was not
        exported), with a reference to each profile section in `sections` (those stating it)."""
        if source not in self.ids or target not in self.ids:
            return
        sections = sorted({s for s in sections if s in self.sections})
        refs = [self.section_reference(s) for s in sections]
        obj = self.stix2.v21.Relationship(
            id=stix_id("relationship", key),
            relationship_type=kind,
            source_ref=self.ids[source],
            target_ref=self.ids[target],
            description=description,
            external_references=refs or None,
            extensions=extension,
            **self.common(),
        )
        self.objects[obj.id] = obj
        for section in sections:
            self.relationship_sections[obj.id].add(section)

    # -------------------------------------------------- reports

    def reports(self) -> None:
        documents = _rows(
            self.kg,
            """SELECT ?doc (SAMPLE(?t) AS ?title) (SAMPLE(?m) AS ?modified)
                      (SAMPLE(?topic) AS ?primaryTopic) WHERE {
                 ?doc a kg:ProfileDocument .
                 OPTIONAL { ?doc dcterms:title ?t }
                 OPTIONAL { ?doc dcterms:modified ?m }
                 OPTIONAL { ?doc foaf:primaryTopic ?topic }
               } GROUP BY ?doc""",
        )
        references = _rows(
            self.kg,
            """SELECT DISTINCT ?doc ?source ?number ?title ?url ?publisher WHERE {
                 ?doc a kg:ProfileDocument ; dcterms:references ?source .
                 OPTIONAL { ?source kg:referenceNumber ?number }
                 OPTIONAL { ?source dcterms:title ?title }
                 OPTIONAL { ?source schema:url ?url }
                 OPTIONAL { ?source dcterms:publisher ?publisher }
               }""",
        )
        by_document: dict[str, set[str]] = defaultdict(set)
        for iri, sections in self.stated_in.items():
            if iri in self.ids:
                for section in sections:
                    by_document[self.sections[section]["document"] or ""].add(self.ids[iri])
        for relationship, sections in self.relationship_sections.items():
            for section in sections:
                by_document[self.sections[section]["document"] or ""].add(relationship)
        for row in sorted(documents, key=lambda r: r["doc"] or ""):
            doc = row["doc"] or ""
            objects = sorted(by_document.get(doc, set()))
            if not objects:
                continue
            refs = [{"source_name": "ctkg", "url": doc, "external_id": _compact(doc)}]
            mine = [r for r in references if r["doc"] == doc]
            for ref in sorted(mine, key=lambda r: (int(r["number"] or 0), r["source"] or "")):
                entry = {
                    "source_name": self.label(ref["publisher"] or "") or "reference",
                    "description": ref["title"] or self.label(ref["source"] or ""),
                    "external_id": f"{_compact(ref['source'] or '')}",
                }
                if ref["url"]:
                    entry["url"] = ref["url"]
                refs.append(entry)
            published = _instant(_start_of(row["modified"] or "")) or self.timestamp
            self.add(
                self.stix2.v21.Report(
                    id=stix_id("report", doc),
                    name=row["title"] or _local(doc),
                    description=(
                        f"The ctkg profile {_compact(doc)}: every object its sections state "
                        "something about."
                    ),
                    report_types=["intrusion-set"],
                    published=published,
                    object_refs=objects,
                    external_references=refs,
                    extensions=self.extension(iri=doc),
                    **self.common(),
                ),
                doc,
            )


def _sections_by(rows: list[dict[str, str | None]], *keys: str) -> dict[Any, set[str]]:
    """The `section` of each row, grouped by the row's values for `keys` (one key: the value
    itself; several: a tuple)."""
    found: dict[Any, set[str]] = defaultdict(set)
    for row in rows:
        key = row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)
        if row.get("section"):
            found[key].add(row["section"] or "")
    return found
