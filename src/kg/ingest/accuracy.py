"""How well `kg ingest` reads profiles it was not written against: precision and recall per fact
type, measured against answer keys written by hand.

    python -m kg.ingest.accuracy tests/ingest/corpus --verbose
    kg ingest-accuracy tests/ingest/corpus --format json

A corpus folder holds profiles (`<slug>.txt`) each beside its key (`<slug>.key.yaml`, format in
docs/ingest-accuracy.md); its sub-folders (`dev`, `heldout`) are scored and reported apart, so
text the readers were tuned on never hides how they do on text they were not. Every profile is
ingested with `ingest_profile`, its RDF turned into the same fact tuples as the key, and the two
compared by meaning — names folded with `kg.names.normalise_name`, places by name or GeoNames id —
never by IRI, so a reader that mints other IRIs is not punished and one that reuses a wrong IRI
is not rewarded.

A fact type the ingest does not produce yet scores recall 0, not an error: the report is the
measuring stick while the readers are rewritten.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, SKOS
from rdflib.term import Literal, Node

from kg.errors import KgError
from kg.namespaces import KG

__all__ = [
    "FACT_TYPES",
    "AccuracyError",
    "AnswerKey",
    "CorpusReport",
    "Score",
    "extract_facts",
    "load_key",
    "main",
    "render_json",
    "render_table",
    "score_corpus",
    "score_facts",
    "score_identity",
]

# The fact types in report order. "not-leaders" and "reference places" are the share of persons
# (places) the key says must never become leaders (attack places) that indeed did not.
FACT_TYPES: list[str] = [
    "names", "areas", "area mentions", "leaders", "not-leaders", "predecessors", "successors",
    "lineage kind", "lineage date", "attacks", "attack dates", "killed", "wounded",
    "perpetrator", "modality", "places", "place mentions", "reference places", "references",
    "reference authors", "reference publishers", "typing",
]  # fmt: skip
_KEPT_OUT = {"not-leaders", "reference places"}
# Places the ingest could not resolve are kept as text (schema:location, schema:areaServed):
# "place mentions" and "area mentions" count them too, so reading the sentence right (issue #12)
# is measured apart from finding the place in the gazetteer (issue #11: "places", "areas").
_TEXT_PLACE = {"location": URIRef("https://schema.org/location"),
               "area": URIRef("https://schema.org/areaServed")}  # fmt: skip
# Folders of profiles the readers were written against (AQIM): reported on their own, as a check
# of the scorer, and left out of the overall figures, which measure text the rules never saw.
SANITY_FOLDERS = {"sanity"}

LINEAGE_KINDS = {"split", "merger", "absorption", "rename", "pledge"}
MODALITIES = {"conducted", "claimed", "attributed", "suspected", "denied"}
QUALIFIERS = {"exact", "at-least", "unknown", "approximately"}
# The ontology's attribution modalities in the key's five words: an implied subject ("Took 32
# Europeans hostage") is the group conducting it; a statement announcing a killing is a claim;
# being implicated is a suspicion others hold.
_MODALITY_WORDS = {
    "conducted": "conducted",
    "implied-subject": "conducted",
    "claimed-responsibility": "claimed",
    "claimed": "claimed",
    "announced": "claimed",
    "implicated": "suspected",
    "suspected": "suspected",
    "attributed": "attributed",
    "denied": "denied",
}
_LINEAGE_EDGES = {
    KG.splitFrom: "split",
    KG.renamedFrom: "rename",
    KG.formedByMergerOf: "merger",
    KG.absorbed: "absorption",
}
_EVENT_KINDS = {"split": "split", "merger": "merger", "rename": "rename",
                "absorption": "absorption", "pledge": "pledge"}  # fmt: skip
_NAME_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, KG.acronym, KG.formerName)
_HONORIFICS = re.compile(
    r"^(?:mullah|mawlawi|maulana|sheikh|shaykh|sheik|dr|colonel|comrade|emir|commander|"
    r"hafiz|imam|ayatollah)\s+"
)
_GEONAMES = re.compile(r"geonames\.org/(\d+)")
_EDTF = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?|\d{3}X)"
    r"(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?|\.\.))?$"
)


class AccuracyError(KgError):
    """A corpus folder or answer key that cannot be used; the message names the file and fix."""


# ---------------------------------------------------------------------------------------------
# Names


def fold(text: str) -> str:
    """A name folded for comparison: `normalise_name`, then a leading honorific dropped
    ("Mullah Mohammad Omar" is the key's "Mohammad Omar")."""
    from kg.names import normalise_name

    folded = normalise_name(text)
    return _HONORIFICS.sub("", folded)


def _name_forms(text: str) -> set[str]:
    """A written name and its parts: "Tamil New Tigers (TNT)" also answers to "Tamil New Tigers"
    and "TNT"."""
    forms = {fold(text)}
    match = re.match(r"^(?P<name>.+?)\s*\((?P<inner>[^()]+)\)\s*$", text.strip())
    if match:
        forms |= {fold(match["name"]), fold(match["inner"])}
    return {f for f in forms if f}


def _full_names(text: str) -> set[str]:
    """A written name without its bracketed acronym: "Inter-Services Intelligence (ISI)" is
    "Inter-Services Intelligence" (and the whole as written), never just "ISI"."""
    match = re.match(r"^(?P<name>.+?)\s*\((?P<inner>[^()]+)\)\s*$", text.strip())
    return {f for f in {fold(text), fold(match["name"]) if match else ""} if f}


# ---------------------------------------------------------------------------------------------
# The answer key


@dataclass
class AnswerKey:
    """One key file, checked: every fact a careful analyst takes from the profile."""

    path: Path
    profile: Path
    data: dict[str, Any]

    @property
    def slug(self) -> str:
        return self.path.name.removesuffix(".key.yaml")


def _fail(path: Path, message: str) -> AccuracyError:
    return AccuracyError(f"{path}: {message}")


def _check_date(path: Path, where: str, value: object, *, allow_null: bool = True) -> None:
    if value is None and allow_null:
        return
    from edtf import EDTFParseException, parse_edtf

    try:
        valid = isinstance(value, str) and _EDTF.match(value) is not None and bool(
            parse_edtf(value)
        )
    except EDTFParseException:
        valid = False  # the edtf package also refuses 1992-02-30 and month 13
    if not valid:
        raise _fail(
            path, f"{where}: {value!r} is not an EDTF date; write YYYY, YYYY-MM, YYYY-MM-DD or "
            "a range START/END, quoted"
        )


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def load_key(path: Path | str) -> AnswerKey:
    """Read and check one key; a malformed key raises AccuracyError naming the field to fix."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AccuracyError(f"{path}: no such key file") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise AccuracyError(f"{path}{line}: not valid YAML ({error}); fix the syntax") from None
    if not isinstance(data, dict):
        raise _fail(path, "a key is a mapping with profile, group, names, … (see "
                    "docs/ingest-accuracy.md)")
    for required in ("profile", "group", "attacks"):
        if required not in data:
            raise _fail(path, f"missing {required!r}; every key names its profile, its group "
                        "and its attacks (an empty list if none)")
    for list_field in ("names", "areas", "leaders", "not_leaders", "predecessors", "successors",
                       "attacks", "references"):
        data[list_field] = data.get(list_field) or []
        if not isinstance(data[list_field], list):
            raise _fail(path, f"{list_field!r} must be a list")
    for i, leader in enumerate(data["leaders"], 1):
        if not isinstance(leader, dict) or not leader.get("name"):
            raise _fail(path, f"leaders[{i}] needs a name")
        _check_date(path, f"leaders[{i}].since", leader.get("since"))
        _check_date(path, f"leaders[{i}].until", leader.get("until"))
    for i, entry in enumerate(data.get("identities") or [], 1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("id"):
            raise _fail(path, f"identities[{i}] needs a name and an id (the same id in every "
                        "key that names the same organisation)")
    for direction in ("predecessors", "successors"):
        for i, link in enumerate(data[direction], 1):
            if not isinstance(link, dict) or not link.get("name"):
                raise _fail(path, f"{direction}[{i}] needs a name")
            if link.get("kind") not in LINEAGE_KINDS:
                raise _fail(path, f"{direction}[{i}].kind is {link.get('kind')!r}; use one of "
                            f"{', '.join(sorted(LINEAGE_KINDS))}")
            _check_date(path, f"{direction}[{i}].date", link.get("date"))
    for i, attack in enumerate(data["attacks"], 1):
        where = f"attacks[{i}]"
        if not isinstance(attack, dict) or not isinstance(attack.get("line"), int):
            raise _fail(path, f"{where} needs the line number of its Major Attacks entry")
        _check_date(path, f"{where}.date", attack.get("date"), allow_null=False)
        for figure in ("killed", "wounded"):
            value = attack.get(figure)
            if value is None:
                continue
            if not isinstance(value, dict) or value.get("qualifier") not in QUALIFIERS:
                raise _fail(path, f"{where}.{figure} needs a qualifier, one of "
                            f"{', '.join(sorted(QUALIFIERS))} (or null for no figure)")
        perpetrators = _as_list(attack.get("perpetrator"))
        modalities = _as_list(attack.get("modality"))
        if not perpetrators:
            raise _fail(path, f"{where} needs a perpetrator")
        if len(modalities) not in (1, len(perpetrators)) or not set(modalities) <= MODALITIES:
            raise _fail(path, f"{where}.modality must be one of {', '.join(sorted(MODALITIES))}"
                        ", or a list as long as the perpetrators")
    profile = path.parent / str(data["profile"])
    return AnswerKey(path, profile, data)


# ---------------------------------------------------------------------------------------------
# Facts out of the ingested RDF


@dataclass
class Labels:
    """Names and identifiers of every entity, from the ingested graph and the graph it was
    resolved against (places live in the gazetteer, not in the profile's output)."""

    names: dict[Node, set[str]] = field(default_factory=dict)
    display: dict[Node, str] = field(default_factory=dict)
    geonames: dict[Node, set[int]] = field(default_factory=dict)
    countries: dict[Node, str] = field(default_factory=dict)  # a country's ISO 3166-1 code

    def add_graph(self, graph: Graph | Dataset) -> None:
        triples = graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else (
            (s, p, o, None) for s, p, o in graph
        )
        acronyms: dict[Node, list[str]] = {}
        labels: dict[Node, list[str]] = {}
        for s, p, o, _ in triples:
            if p in _NAME_PROPERTIES and isinstance(o, Literal):
                self.names.setdefault(s, set()).update(_name_forms(str(o)))
                if p == SKOS.prefLabel:
                    self.display.setdefault(s, str(o))
                    labels.setdefault(s, []).append(str(o))
                if p == KG.acronym:
                    acronyms.setdefault(s, []).append(str(o))
            elif p in (SKOS.exactMatch, OWL.sameAs, SKOS.closeMatch):
                match = _GEONAMES.search(str(o))
                if match:
                    self.geonames.setdefault(s, set()).add(int(match[1]))
            elif _local(p).lower() in ("geonamesid", "geonames") and str(o).isdigit():
                self.geonames.setdefault(s, set()).add(int(str(o)))
            elif p == KG.iso3166Alpha2:
                self.countries.setdefault(s, str(o))
        for s, acronym_list in acronyms.items():
            for label in labels.get(s, []):
                for acronym in acronym_list:
                    self.names[s].add(fold(f"{label} {acronym}"))

    def of(self, node: Node) -> set[str]:
        return self.names.get(node, set())

    def show(self, node: Node) -> str:
        return self.display.get(node) or str(node).rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Place:
    node: Node
    names: frozenset[str]
    geonames: frozenset[int]
    shown: str
    country: str | None = None  # ISO 3166-1 alpha-2, where the place is a country


@dataclass
class Facts:
    """What the ingest said, in the key's terms (entities as their sets of folded names)."""

    names: list[str] = field(default_factory=list)
    areas: list[Place] = field(default_factory=list)
    area_mentions: list[Place] = field(default_factory=list)
    leaders: list[tuple[frozenset[str], str | None, str]] = field(default_factory=list)
    lineage: list[tuple[str, frozenset[str], frozenset[str], str | None, str]] = field(
        default_factory=list
    )  # (direction, names, kinds, date, shown)
    attacks: dict[int | None, list[dict[str, Any]]] = field(default_factory=dict)
    kinds: list[tuple[frozenset[str], str]] = field(default_factory=list)  # (names, kind)
    references: list[dict[str, Any]] = field(default_factory=list)


def _local(node: Node) -> str:
    return re.split(r"[/#]", str(node))[-1]


def _one(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    return next(iter(graph.objects(subject, predicate)), None)


def extract_facts(dataset: Dataset, labels: Labels) -> Facts:
    """The ingested profile's facts: its group's names, areas, leaderships, lineage, the attacks
    of its Major Attacks entries (each by the line its section graph starts on) and references.
    `labels` must already hold the names of the dataset and of the graph it was resolved
    against."""
    merged = Graph()
    start_line: dict[Node, int] = {}
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
        if p == KG.startLine:
            start_line[s] = int(o)
    facts = Facts()
    document = next(iter(merged.subjects(RDF.type, KG.ProfileDocument)), None)
    group = _one(merged, document, FOAF.primaryTopic) if document is not None else None
    if group is None:
        return facts

    def place(node: Node) -> Place:
        return Place(node, frozenset(labels.of(node)), frozenset(labels.geonames.get(node, ())),
                     labels.show(node), labels.countries.get(node))

    # one fact per name as written: two spellings that fold alike ("Epanastatikos Agonas",
    # "Epanastatikos Agónas"; "CPI (Maoist)", "CPI-Maoist") are two names the key lists apart
    written = dict.fromkeys(
        str(o) for prop in (SKOS.altLabel, KG.formerName) for o in merged.objects(group, prop)
    )
    facts.names = [fold(name) for name in written]
    facts.areas = [place(p) for p in dict.fromkeys(merged.objects(group, KG.areaOfOperation))]
    facts.area_mentions = facts.areas + _text_places(merged, group, _TEXT_PLACE["area"])

    tenures = set(merged.objects(group, KG.hasLeadership)) | set(
        merged.subjects(KG.ofOrganisation, group)
    )
    for tenure in tenures:
        for person in merged.objects(tenure, KG.leader):
            # no start stated matches a key's `since: null`; an approximate one is kg:edtf
            since = _one(merged, tenure, KG.startDate) or _one(merged, tenure, KG.edtf)
            facts.leaders.append(
                (frozenset(labels.of(person)), str(since) if since is not None else None,
                 labels.show(person))
            )

    facts.lineage = _lineage(merged, group, labels)
    for node, kind in ((n, _kind(merged, n)) for n in set(merged.subjects(RDF.type, None))):
        if kind:
            facts.kinds.append((frozenset(labels.of(node)), kind))

    for attack, context in _attacks(dataset):
        line = start_line.get(context)
        entry = dataset.graph(context) if context is not None else merged
        facts.attacks.setdefault(line, []).append(_attack(merged, entry, attack, labels, place))

    for source in merged.objects(document, DCTERMS.references):
        url = _one(merged, source, URIRef("https://schema.org/url"))
        accessed = _one(merged, source, KG.accessed)
        facts.references.append({
            "title": fold(str(_one(merged, source, DCTERMS.title) or "")),
            "shown": str(_one(merged, source, DCTERMS.title) or source),
            "url": _clean_url(str(url)) if url is not None else None,
            "accessed": str(accessed) if accessed is not None else None,
            "publishers": [frozenset(labels.of(p)) for p in
                           merged.objects(source, DCTERMS.publisher)],
            "authors": [(frozenset(labels.of(c)), labels.show(c)) for c in
                        merged.objects(source, DCTERMS.creator)],
        })
    return facts


def _kind(graph: Graph, node: Node) -> str | None:
    """person, armed group or organisation: the typing that says who can lead and who can
    fight."""
    types = {_local(t) for t in graph.objects(node, RDF.type)}
    if "Person" in types:
        return "person"
    if "ArmedGroup" in types:
        return "armed group"
    if "Organisation" in types:
        return "organisation"
    return None


def _attacks(dataset: Dataset) -> Iterable[tuple[Node, Node]]:
    seen: set[Node] = set()
    for s, _, o, context in dataset.quads((None, RDF.type, None, None)):
        if _local(o) in ("Attack", "Campaign") and s not in seen:
            seen.add(s)
            yield s, (context.identifier if isinstance(context, Graph) else context)


def _attack(
    graph: Graph, entry: Graph, attack: Node, labels: Labels, place: Callable[[Node], Place]
) -> dict[str, Any]:
    """One attack's facts; its figures as its own entry states them (another section, such as
    the tactics paragraph of AQIM, may add a second, conflicting count to the same attack)."""

    def figure(prop: URIRef) -> tuple[int | None, str] | None:
        node = _one(entry, attack, prop) or _one(graph, attack, prop)
        if node is None:
            return None
        count = _one(graph, node, KG.count)
        qualifier = _one(graph, node, KG.countQualifier)
        return (int(count) if count is not None else None,
                _local(qualifier) if qualifier is not None else "exact")

    attributions = []
    for attribution in graph.objects(attack, KG.attribution):
        modality = _one(graph, attribution, KG.modality)
        word = _local(modality) if modality is not None else "conducted"
        # a state the entry names as behind it is a perpetrator the keys list too
        for perpetrator in [*graph.objects(attribution, KG.attributedTo),
                            *graph.objects(attribution, KG.attributedToState)]:
            attributions.append((frozenset(labels.of(perpetrator)),
                                 _MODALITY_WORDS.get(word, word), labels.show(perpetrator)))
    edtf = _one(graph, attack, KG.edtf)
    places = [place(p) for p in graph.objects(attack, KG.place) if _local(p) != "unknown"]
    return {
        "node": attack,
        "date": str(edtf) if edtf is not None else None,
        "killed": figure(KG.killed),
        "wounded": figure(KG.wounded),
        "attributions": attributions,
        "places": places,
        "mentions": places + _text_places(graph, attack, _TEXT_PLACE["location"]),
    }


def _text_places(graph: Graph, subject: Node, prop: URIRef) -> list[Place]:
    return [Place(o, frozenset(_name_forms(str(o))), frozenset(), str(o))
            for o in graph.objects(subject, prop) if isinstance(o, Literal)]


def _lineage(
    graph: Graph, group: Node, labels: Labels
) -> list[tuple[str, frozenset[str], frozenset[str], str | None, str]]:
    """Every ancestor and descendant of the group with the kind and date of its step: ancestors
    through any lineage edge; descendants of the group and of what it was renamed from (a rename
    keeps the organisation, so a split from its earlier name is a split from it)."""
    steps: dict[tuple[Node, Node], dict[str, Any]] = {}
    for prop, kind in _LINEAGE_EDGES.items():
        for result, prior in graph.subject_objects(prop):
            steps.setdefault((result, prior), {"kinds": set(), "date": None})["kinds"].add(kind)
    for event in set(graph.subjects(KG.resultingOrganisation, None)):
        kinds = {_EVENT_KINDS[_local(t).lower()] for t in graph.objects(event, RDF.type)
                 if _local(t).lower() in _EVENT_KINDS}
        edtf = _one(graph, event, KG.edtf) or _one(graph, event, KG.date)
        for result in graph.objects(event, KG.resultingOrganisation):
            for prior in graph.objects(event, KG.priorOrganisation):
                step = steps.setdefault((result, prior), {"kinds": set(), "date": None})
                step["kinds"] |= kinds
                if edtf is not None:
                    step["date"] = str(edtf)
    for (result, _prior), step in steps.items():
        if "rename" in step["kinds"] and next(graph.objects(result, KG.affiliateOf), None):
            step["kinds"].add("pledge")

    # The walk below takes the first route that reaches a node (and that route's date): the
    # steps in the order of their dates and names, never of the graph's or a set's order, so
    # that an ancestor two routes reach (two splits from AQIM, 2011 and 2012) gets the same
    # date in every run (a set's order changes with the process's hash seed).
    ordered = sorted(steps.items(), key=lambda item: (
        item[1]["date"] or "", labels.show(item[0][0]), labels.show(item[0][1]),
        str(item[0][0]), str(item[0][1])))
    found: list[tuple[str, frozenset[str], frozenset[str], str | None, str]] = []

    def walk(direction: str, start: set[Node], follow_rename_only: bool = False) -> set[Node]:
        # a step dated before the step that reached a node is no descent through it (AQIM
        # absorbed al-Mourabitoun in 2015; MUJAO's split from AQIM in 2011 makes MUJAO no
        # successor of al-Mourabitoun), and the other way round for ancestors
        seen, frontier = set(start), [(node, None) for node in start]
        while frontier:
            here, arrived = frontier.pop()
            for (result, prior), step in ordered:
                if follow_rename_only and not (result == here and "rename" in step["kinds"]):
                    continue
                nxt = prior if direction == "predecessor" else result
                if (result if direction == "predecessor" else prior) != here or nxt in seen:
                    continue
                if _out_of_order(direction, arrived, step["date"]):
                    continue
                seen.add(nxt)
                frontier.append((nxt, step["date"] or arrived))
                if not follow_rename_only and nxt != group:
                    found.append((direction, frozenset(labels.of(nxt)),
                                  frozenset(step["kinds"]), step["date"], labels.show(nxt)))
        return seen

    walk("predecessor", {group})
    renamed_from = walk("predecessor", {group}, follow_rename_only=True)
    walk("successor", renamed_from)
    return found


def _out_of_order(direction: str, arrived: str | None, step: str | None) -> bool:
    """Whether a lineage step happened before (walking to descendants) or after (walking to
    ancestors) the step that reached the node, at the precision both dates share."""
    if not arrived or not step:
        return False
    a, b = arrived.split("/")[0].rstrip("~?%"), step.split("/")[0].rstrip("~?%")
    width = min(len(a), len(b))
    a, b = a[:width], b[:width]
    return b < a if direction == "successor" else b > a


def _clean_url(url: str) -> str:
    return url.strip().rstrip(".")


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    """One fact type: how many facts the key states, how many the ingest stated, how many of
    those agree; with what was missed (in the key, not found) and wrong (found, not in the key)."""

    key: int = 0
    found: int = 0
    matched: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    kept_out: bool = False

    @property
    def recall(self) -> float | None:
        return self.matched / self.key if self.key else None

    @property
    def precision(self) -> float | None:
        if self.kept_out:
            return None
        return self.matched / self.found if self.found else None

    def add(self, other: Score) -> None:
        self.key += other.key
        self.found += other.found
        self.matched += other.matched
        self.missed += other.missed
        self.wrong += other.wrong
        self.kept_out = other.kept_out

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "found": self.found, "matched": self.matched,
                "recall": self.recall, "precision": self.precision,
                "missed": self.missed, "wrong": self.wrong}  # fmt: skip


def _match(
    wanted: Sequence[Any],
    got: Sequence[Any],
    same: Callable[[Any, Any], bool],
    show_wanted: Callable[[Any], str],
    show_got: Callable[[Any], str],
) -> Score:
    """Pair each wanted fact with one found fact it agrees with (first come, each used once)."""
    used: set[int] = set()
    score = Score(key=len(wanted), found=len(got))
    for w in wanted:
        for i, g in enumerate(got):
            if i not in used and same(w, g):
                used.add(i)
                score.matched += 1
                break
        else:
            score.missed.append(show_wanted(w))
    score.wrong = [show_got(g) for i, g in enumerate(got) if i not in used]
    return score


def _names_of(entry: dict[str, Any] | str) -> set[str]:
    if isinstance(entry, str):
        return _name_forms(entry)
    names = _name_forms(entry["name"])
    for alias in entry.get("aliases") or []:
        names |= _name_forms(alias)
    return names


def _same_kind(wanted: dict[str, Any], kinds: frozenset[str]) -> bool:
    """A key's "pledge" is a group that pledged allegiance and took a new name: a reader that
    states the rename (with or without the affiliation) has it right."""
    if wanted["kind"] == "pledge":
        return bool(kinds & {"pledge", "rename"})
    return wanted["kind"] in kinds


def _same_place(wanted: dict[str, Any], got: Place) -> bool:
    """A place as the key writes it (or as one of its `aliases`: "Karrada" may also be read as
    the city it lies in, Baghdad) against a place found, by name, by GeoNames id, or for a
    country by its ISO code."""
    if wanted.get("geonames") and wanted["geonames"] in got.geonames:
        return True
    # a country is written in a key as its name and ISO code alone ("Republic of Ireland",
    # iso IE); a part of it also carries `geonames` (null) and a `note`, and is not the country
    if ("geonames" not in wanted and not wanted.get("note") and wanted.get("iso")
            and got.country == wanted["iso"]):
        return True
    names = _name_forms(str(wanted["text"]))
    for alias in wanted.get("aliases") or []:
        names |= _name_forms(str(alias))
    return bool(names & got.names)


def score_facts(key: AnswerKey, facts: Facts) -> dict[str, Score]:
    """Compare a key with the facts of one ingested profile, fact type by fact type."""
    data = key.data
    scores: dict[str, Score] = {}
    own = set()  # the title's own name and acronym are not alternative names, right or wrong
    for part in (data["group"] or {}).values():
        own |= _name_forms(str(part)) if part else set()
    scores["names"] = _match(
        [str(n) for n in data["names"]],
        [n for n in facts.names if n not in own or any(n in _name_forms(str(k))
                                                       for k in data["names"])],
        lambda w, g: g in _name_forms(w), str, str,
    )
    scores["areas"] = _match(
        data["areas"], facts.areas, _same_place, lambda w: str(w["text"]), lambda g: g.shown
    )
    scores["area mentions"] = _match(
        data["areas"], facts.area_mentions, _same_place, lambda w: str(w["text"]),
        lambda g: g.shown,
    )
    scores["leaders"] = _match(
        data["leaders"], facts.leaders,
        lambda w, g: bool(_names_of(w) & g[0]) and w.get("since") == g[1],
        lambda w: f"{w['name']} since {w.get('since')}", lambda g: f"{g[2]} since {g[1]}",
    )
    false_leaders = [n for n in data["not_leaders"] if any(_names_of(n) & g[0]
                                                          for g in facts.leaders)]
    scores["not-leaders"] = Score(
        key=len(data["not_leaders"]), found=len(false_leaders),
        matched=len(data["not_leaders"]) - len(false_leaders),
        missed=[f"{n} made a leader" for n in false_leaders], kept_out=True,
    )
    for direction, plural in (("predecessor", "predecessors"), ("successor", "successors")):
        got = [f for f in facts.lineage if f[0] == direction]
        scores[plural] = _match(
            data[plural], got, lambda w, g: bool(_names_of(w) & g[1]),
            lambda w: str(w["name"]), lambda g: g[4],
        )
    kinds_wanted = [(d, w) for d, p in (("predecessor", "predecessors"),
                                        ("successor", "successors")) for w in data[p]]
    scores["lineage kind"] = _match(
        kinds_wanted, facts.lineage,
        lambda w, g: w[0] == g[0] and bool(_names_of(w[1]) & g[1]) and _same_kind(w[1], g[2]),
        lambda w: f"{w[0]} {w[1]['name']}: {w[1]['kind']}",
        lambda g: f"{g[0]} {g[4]}: {'/'.join(sorted(g[2])) or 'no kind'}",
    )
    scores["lineage date"] = _match(
        [w for w in kinds_wanted if w[1].get("date")],
        [g for g in facts.lineage if g[3]],
        lambda w, g: w[0] == g[0] and bool(_names_of(w[1]) & g[1]) and w[1]["date"] == g[3],
        lambda w: f"{w[0]} {w[1]['name']}: {w[1]['date']}",
        lambda g: f"{g[0]} {g[4]}: {g[3]}",
    )
    scores["typing"] = _score_typing(data, facts)
    scores.update(_score_attacks(data["attacks"], facts.attacks))
    scores.update(_score_references(data["references"], facts.references))
    return scores


def _score_typing(data: dict[str, Any], facts: Facts) -> Score:
    """Every person the key names (leaders, not-leaders, other roles) must come out as a person,
    never as an organisation (a spokesman who "claimed the attack" is not an armed group); every
    organisation in `armed_groups` (one the text shows fighting, such as a courts union that
    later fought as a militia) as an armed group. Only entities the ingest stated at all count
    as found."""
    wanted: list[tuple[set[str], str, str]] = []
    for entry in data["leaders"]:
        wanted.append((_names_of(entry), "person", str(entry["name"])))
    for name in data["not_leaders"]:
        wanted.append((_names_of(str(name)), "person", str(name)))
    for role in data.get("other_roles") or []:
        if not any(_names_of(role) & w[0] for w in wanted):
            wanted.append((_names_of(role), "person", str(role["name"])))
    for name in data.get("armed_groups") or []:
        wanted.append((_names_of(str(name)), "armed group", str(name)))
    score = Score(key=len(wanted))
    for names, kind, shown in wanted:
        stated = [k for n, k in facts.kinds if names & n]
        if not stated:
            score.missed.append(f"{shown}: not stated")
            continue
        score.found += 1
        if kind in stated:
            score.matched += 1
        else:
            score.missed.append(f"{shown}: {'/'.join(sorted(set(stated)))}, not {kind}")
            score.wrong.append(f"{shown}: {'/'.join(sorted(set(stated)))}")
    return score


def _score_attacks(
    wanted: list[dict[str, Any]], found: dict[int | None, list[dict[str, Any]]]
) -> dict[str, Score]:
    got = [(line, a) for line, attacks in found.items() for a in attacks]
    scores: dict[str, Score] = {}
    scores["attacks"] = _match(
        [w["line"] for w in wanted], got, lambda w, g: w == g[0],
        lambda w: f"line {w}", lambda g: f"line {g[0]}: {_local(g[1]['node'])}",
    )
    scores["attack dates"] = _match(
        [(w["line"], w["date"]) for w in wanted],
        [(line, a["date"]) for line, a in got if a["date"]],
        lambda w, g: w == g, lambda w: f"line {w[0]}: {w[1]}", lambda g: f"line {g[0]}: {g[1]}",
    )
    for figure in ("killed", "wounded"):
        scores[figure] = _match(
            [(w["line"], w[figure].get("value"), w[figure]["qualifier"]) for w in wanted
             if w.get(figure)],
            [(line, *a[figure]) for line, a in got if a[figure]],
            lambda w, g: w == g,
            lambda w: f"line {w[0]}: {w[1]} ({w[2]})", lambda g: f"line {g[0]}: {g[1]} ({g[2]})",
        )
    attributions_wanted = []
    for w in wanted:
        perpetrators = _as_list(w["perpetrator"])
        modalities = _as_list(w["modality"])
        if len(modalities) == 1:
            modalities = modalities * len(perpetrators)
        attributions_wanted += [(w["line"], p, m) for p, m in zip(perpetrators, modalities,
                                                                  strict=True)]
    attributions_got = [(line, *att) for line, a in got for att in a["attributions"]]
    scores["perpetrator"] = _match(
        attributions_wanted, attributions_got,
        lambda w, g: w[0] == g[0] and bool(_name_forms(w[1]) & g[1]),
        lambda w: f"line {w[0]}: {w[1]}", lambda g: f"line {g[0]}: {g[3]}",
    )
    scores["modality"] = _match(
        attributions_wanted, attributions_got,
        lambda w, g: w[0] == g[0] and bool(_name_forms(w[1]) & g[1]) and w[2] == g[2],
        lambda w: f"line {w[0]}: {w[1]} {w[2]}", lambda g: f"line {g[0]}: {g[3]} {g[2]}",
    )
    places_got = [(line, p) for line, a in got for p in a["places"]]
    scores["places"] = _match(
        [(w["line"], p) for w in wanted for p in w.get("places") or []], places_got,
        lambda w, g: w[0] == g[0] and _same_place(w[1], g[1]),
        lambda w: f"line {w[0]}: {w[1]['text']}", lambda g: f"line {g[0]}: {g[1].shown}",
    )
    mentions_got = [(line, p) for line, a in got for p in a["mentions"]]
    scores["place mentions"] = _match(
        [(w["line"], p) for w in wanted for p in w.get("places") or []], mentions_got,
        lambda w, g: w[0] == g[0] and _same_place(w[1], g[1]),
        lambda w: f"line {w[0]}: {w[1]['text']}", lambda g: f"line {g[0]}: {g[1].shown}",
    )
    references = [(w["line"], p) for w in wanted for p in w.get("reference_places") or []]
    taken = [r for r in references if any(g[0] == r[0] and _same_place(r[1], g[1])
                                          for g in mentions_got)]
    scores["reference places"] = Score(
        key=len(references), found=len(taken), matched=len(references) - len(taken),
        missed=[f"line {r[0]}: {r[1]['text']} ({r[1].get('relation')}) taken as the attack's "
                "place" for r in taken], kept_out=True,
    )
    return scores


def _score_references(
    wanted: list[dict[str, Any]], got: list[dict[str, Any]]
) -> dict[str, Score]:
    def same_source(w: dict[str, Any], g: dict[str, Any]) -> bool:
        return fold(str(w["title"])) == g["title"]

    scores: dict[str, Score] = {}
    scores["references"] = _match(
        wanted, got,
        lambda w, g: same_source(w, g)
        and (_clean_url(w["url"]) if w.get("url") else None) == g["url"]
        and (str(w["accessed"]) if w.get("accessed") else None) == g["accessed"],
        lambda w: str(w["title"]), lambda g: g["shown"],
    )
    scores["reference authors"] = _match(
        [(w, a) for w in wanted for a in w.get("authors") or []],
        [(g, a) for g in got for a in g["authors"]],
        lambda w, g: same_source(w[0], g[0]) and bool(_name_forms(w[1]) & g[1][0]),
        lambda w: f"{w[0]['title']}: {w[1]}", lambda g: f"{g[0]['shown']}: {g[1][1]}",
    )
    scores["reference publishers"] = _match(
        [w for w in wanted if w.get("publisher")],
        [(g, p) for g in got for p in g["publishers"]],
        lambda w, g: same_source(w, g[0]) and bool(_name_forms(str(w["publisher"])) & g[1]),
        lambda w: f"{w['title']}: {w['publisher']}",
        lambda g: f"{g[0]['shown']}: {sorted(g[1])[0] if g[1] else '?'}",
    )
    return scores


# ---------------------------------------------------------------------------------------------
# A corpus


@dataclass
class ProfileReport:
    folder: str
    slug: str
    scores: dict[str, Score]


@dataclass
class CorpusReport:
    """Scores per profile, summed per folder (dev, heldout) and over the whole corpus but its
    sanity folders."""

    profiles: list[ProfileReport]
    identity: Score = field(default_factory=Score)

    def folders(self) -> list[str]:
        return list(dict.fromkeys(p.folder for p in self.profiles))

    def total(self, folder: str | None = None) -> dict[str, Score]:
        totals = {t: Score(kept_out=t in _KEPT_OUT) for t in FACT_TYPES}
        for profile in self.profiles:
            if profile.folder == folder or (
                folder is None and profile.folder not in SANITY_FOLDERS
            ):
                for fact_type, score in profile.scores.items():
                    totals[fact_type].add(_prefixed(score, profile.slug))
        return totals


def _prefixed(score: Score, slug: str) -> Score:
    return Score(score.key, score.found, score.matched, [f"{slug}: {m}" for m in score.missed],
                 [f"{slug}: {w}" for w in score.wrong], score.kept_out)


def find_keys(corpus: Path) -> list[tuple[str, Path]]:
    """The keys of a corpus folder and of its sub-folders, each with the folder it reports in."""
    if not corpus.is_dir():
        raise AccuracyError(f"{corpus}: not a folder; give a corpus folder holding <slug>.txt "
                            "and <slug>.key.yaml files (e.g. tests/ingest/corpus)")
    keys = [(corpus.name, k) for k in sorted(corpus.glob("*.key.yaml"))]
    for sub in sorted(p for p in corpus.iterdir() if p.is_dir()):
        keys += [(sub.name, k) for k in sorted(sub.glob("*.key.yaml"))]
    if not keys:
        raise AccuracyError(f"{corpus}: no *.key.yaml answer keys here or in its sub-folders")
    return keys


def score_corpus(corpus: Path | str, *, data: Path | str | None = None) -> CorpusReport:
    """Ingest every keyed profile of the corpus (against the project's data/, or `data`) and
    score it against its key."""
    from kg.ingest import ingest_profile
    from kg.load import load
    from kg.resources import default_data_dir

    keys = [(folder, load_key(path)) for folder, path in find_keys(Path(corpus))]
    existing = load([Path(data) if data else default_data_dir()], with_ontology=False)
    base = Labels()
    base.add_graph(existing.dataset)
    reports = []
    for folder, key in keys:
        if not key.profile.is_file():
            raise AccuracyError(f"{key.path}: its profile {key.profile} does not exist; fix the "
                                "key's 'profile' (relative to the key's folder)")
        result = ingest_profile(key.profile, existing=existing)
        labels = Labels(dict(base.names), dict(base.display), dict(base.geonames))
        labels.names = {k: set(v) for k, v in base.names.items()}
        labels.add_graph(result.dataset)
        labels.add_graph(_gazetteer_places(result.dataset))
        reports.append(ProfileReport(folder, key.slug, score_facts(key, extract_facts(
            result.dataset, labels))))
    identity = Score()
    if any(key.data.get("identities") for _, key in keys):
        identity = score_identity(_identity_mentions(keys, existing.dataset))
    return CorpusReport(reports, identity)


def _gazetteer_places(dataset: Dataset) -> Graph:
    """The gazetteer's description (names, GeoNames id, containment) of every place the
    ingested profile mentions: the profile's own output names only the place's IRI, and the
    build adds the rest, so the scorer must add it too to compare places by name or id."""
    from kg.gazetteer import describe_mentioned, gazetteer

    triples = [(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))]
    described = Graph()
    for triple in describe_mentioned(gazetteer(), triples):
        described.add(triple)
    return described


@dataclass(frozen=True)
class IdentityMention:
    """An organisation a key says a profile names, with the corpus-wide id of what it is, and
    the IRIs the ingest gave whatever bears that name in that profile's output."""

    profile: str
    name: str
    id: str
    iris: frozenset[Node]


def _identity_mentions(
    keys: list[tuple[str, AnswerKey]], existing: Dataset
) -> list[IdentityMention]:
    """Ingest the profiles one after the other, each against the data and every profile before
    it, as a user adding profiles does: where two organisations share a name or an acronym, this
    is where a silent merge shows."""
    from kg.ingest import ingest_profile

    graph = Dataset()
    for quad in existing.quads((None, None, None, None)):
        graph.add(quad)
    mentions = []
    for _, key in keys:
        result = ingest_profile(key.profile, existing=graph)
        for quad in result.dataset.quads((None, None, None, None)):
            graph.add(quad)
        if not key.data.get("identities"):
            continue
        labels = Labels()
        labels.add_graph(graph)
        stated = stated_iris(result.dataset)
        for entry in key.data["identities"]:
            # by its full name only: the shared acronym is what must not decide identity
            names = _full_names(str(entry["name"]))
            iris = frozenset(n for n in stated if names & labels.of(n))
            mentions.append(IdentityMention(key.slug, str(entry["name"]), str(entry["id"]), iris))
    return mentions


def stated_iris(dataset: Dataset) -> set[URIRef]:
    """The IRIs a profile's graphs state something about. An organisation named only to say
    another is not it ("not to be confused with Colombia's ELN": owl:differentFrom) is kept
    apart by that statement, the opposite of a merge, so it does not count as stated."""
    return {n for s, p, o, _ in dataset.quads((None, None, None, None))
            if p != OWL.differentFrom for n in (s, o) if isinstance(n, URIRef)}


def score_identity(mentions: Sequence[IdentityMention]) -> Score:
    """Every pair of mentions (in different profiles) that share a name, or an id, is one fact:
    the same id must share an IRI, different ids must not. Found = both mentions stated."""
    score = Score()
    for i, a in enumerate(mentions):
        for b in mentions[i + 1:]:
            if a.profile == b.profile:
                continue
            if a.id != b.id and not (_name_forms(a.name) & _name_forms(b.name)):
                continue
            same = a.id == b.id
            what = f"{a.profile}: {a.name} / {b.profile}: {b.name}"
            score.key += 1
            if not (a.iris and b.iris):
                score.missed.append(f"{what}: not both stated")
                continue
            score.found += 1
            if bool(a.iris & b.iris) == same:
                score.matched += 1
            else:
                verdict = "split over two IRIs" if same else "merged into one IRI"
                score.missed.append(f"{what}: {verdict}")
                score.wrong.append(f"{what}: {verdict}")
    return score


# ---------------------------------------------------------------------------------------------
# Output


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def render_table(report: CorpusReport, *, verbose: bool = False) -> str:
    """A Markdown table per folder and one overall, rows by fact type; under `verbose`, the
    facts missed and the facts found that the key does not state."""
    parts = []
    sections = [(f, report.total(f)) for f in report.folders()]
    if len([f for f in report.folders() if f not in SANITY_FOLDERS]) > 1:
        sections.append(("overall", report.total()))
    for title, totals in sections:
        profiles = [p.slug for p in report.profiles if p.folder == title or (
            title == "overall" and p.folder not in SANITY_FOLDERS)]
        parts.append(f"## {title} ({len(profiles)} profiles: {', '.join(profiles)})\n")
        parts.append("| fact type | key | found | matched | recall | precision |")
        parts.append("|---|---:|---:|---:|---:|---:|")
        for fact_type in FACT_TYPES:
            s = totals[fact_type]
            parts.append(f"| {fact_type} | {s.key} | {s.found} | {s.matched} | "
                         f"{_fmt(s.recall)} | {_fmt(s.precision)} |")
        parts.append("")
        if verbose and title != "overall":
            for fact_type in FACT_TYPES:
                s = totals[fact_type]
                for label, items in (("missed", s.missed), ("wrong", s.wrong)):
                    for item in items:
                        parts.append(f"- {fact_type} {label}: {item}")
            parts.append("")
    i = report.identity
    if i.key:
        parts.append("## identity (every profile ingested after the ones before it)\n")
        parts.append("| fact type | key | found | matched | recall | precision |")
        parts.append("|---|---:|---:|---:|---:|---:|")
        parts.append(f"| identity | {i.key} | {i.found} | {i.matched} | {_fmt(i.recall)} | "
                     f"{_fmt(i.precision)} |")
        parts.append("")
        if verbose:
            parts += [f"- identity missed: {m}" for m in i.missed] + [""]
    return "\n".join(parts)


def render_json(report: CorpusReport) -> str:
    out: dict[str, Any] = {"fact_types": FACT_TYPES, "folders": {}}
    for folder in report.folders():
        out["folders"][folder] = {
            "profiles": {p.slug: {t: s.as_json() for t, s in p.scores.items()}
                         for p in report.profiles if p.folder == folder},
            "total": {t: s.as_json() for t, s in report.total(folder).items()},
        }
    out["overall"] = {t: s.as_json() for t, s in report.total().items()}
    out["overall"]["identity"] = report.identity.as_json()
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kg.ingest.accuracy [CORPUS_DIR] [--format table|json] [--verbose]`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kg.ingest.accuracy", description=(
        "Precision and recall of kg ingest per fact type over an answer-keyed corpus."))
    parser.add_argument("corpus", nargs="?", type=Path, default=None)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    try:
        report = score_corpus(args.corpus or default_corpus())
    except KgError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    sys.stdout.write(render_json(report) if args.format == "json"
                     else render_table(report, verbose=args.verbose))
    return 0


def default_corpus() -> Path:
    """tests/ingest/corpus of the project checkout, where the development corpus lives."""
    from kg.resources import default_data_dir

    return default_data_dir().parent / "tests" / "ingest" / "corpus"


if __name__ == "__main__":
    raise SystemExit(main())
