"""Entity resolution: link what a profile mentions to what the graph already has.

A group, person or place already in the graph is found by any of its names, folded the way
`kg.names.normalise_name` folds a user's input (case, diacritics, apostrophes, Qaida/Qaeda), so a
new profile that says "al-Qaeda" links to `group:al-qaida` instead of minting a duplicate. When
the strict key finds nothing, a looser key for transliterations is tried (Arabic articles and
variant vowels folded: "Ansar Dine" meets "Ansar al-Din"), and the review says so.

New entities get IRIs minted deterministically from their names (acronym-based for groups that
have one, as in the curated data), with a numeric suffix only if another entity already holds
the slug. The profile being ingested is left out of the index, so re-ingesting a profile whose
earlier output is already loaded gives the same IRIs again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import SKOS, Namespace
from rdflib.term import Node

from kg.ingest.names import DEMONYMS, loose_key, slugify
from kg.names import normalise_name as _normalise_name
from kg.namespaces import GAZETTEER_GRAPH, INFERRED_GRAPH, KG, PLACE

# The scan normalises every token and span of every sentence, often the same ones: cached.
normalise_name = lru_cache(maxsize=1 << 16)(_normalise_name)

# Name properties in order of preference, as kg.query.resolve_entity ranks them.
NAME_RANK = {SKOS.prefLabel: 0, KG.acronym: 1, SKOS.altLabel: 2, KG.formerName: 3}
KIND_OF_CLASS = {
    KG.ArmedGroup: "group",
    KG.Organisation: "organisation",
    KG.Person: "person",
    KG.Place: "place",
    KG.Country: "place",
    KG.Region: "place",
    KG.City: "place",
    KG.Facility: "facility",
    KG.Attack: "attack",
    KG.Campaign: "attack",
    KG.Event: "event",
    KG.LegalEvent: "event",
    KG.Split: "split",
    KG.Merger: "merger",
    KG.Rename: "rename",
}
# Values an entity can have only one of (SHACL maxCount 1, or one prefLabel per language):
# a profile must not add a second, conflicting one to an entity already in the graph.
FUNCTIONAL = {
    KG.inception, KG.dissolved, KG.date, KG.edtf, KG.earliest, KG.latest, KG.datePrecision,
    KG.suicide, KG.startDate, KG.endDate,
}  # fmt: skip
_TOKEN = re.compile(r"\w+(?:[’‘´`'ʼʻ′]\w+)*")
_JOINED_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?:-[A-Z][A-Z0-9&]{1,9}){1,2}\b(?!-)")
_POSSESSIVE = re.compile(r"[’'](?:s)$", re.I)
_MAX_TOKENS = 14
_BREAK = re.compile(r"[,;:()\[\]]|\.\s")
_ARTICLE_TOKENS = {"al", "el", "ad", "ed", "ud", "ul", "ar", "ash", "az", "an"}


@dataclass(frozen=True)
class Candidate:
    iri: URIRef
    rank: int
    kinds: frozenset[str]


@dataclass(frozen=True)
class Mention:
    """A span of text that names something in the index."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    loose: bool = False

    def best(self, *kinds: str) -> URIRef | None:
        """The best-ranked candidate of one of the kinds (any kind if none given)."""
        fitting = [c for c in self.candidates if not kinds or c.kinds & set(kinds)]
        if not fitting:
            return None
        top = min(c.rank for c in fitting)
        return sorted(c.iri for c in fitting if c.rank == top)[0]



@dataclass
class KnownAttack:
    iri: URIRef
    edtf: str
    places: tuple[URIRef, ...]


@dataclass
class EntityIndex:
    """What the graph already knows, for resolution: names, kinds, a few single-valued facts,
    place containment and attacks by date and place. Mutable: entities a profile introduces are
    added as it is read, so a later sentence finds them."""

    kinds: dict[URIRef, set[str]] = field(default_factory=dict)
    strict: dict[str, dict[URIRef, int]] = field(default_factory=dict)
    loose: dict[str, dict[URIRef, int]] = field(default_factory=dict)
    acronyms: dict[str, dict[URIRef, int]] = field(default_factory=dict)
    labels: dict[URIRef, dict[str, str]] = field(default_factory=dict)  # pref label per language
    names_of: dict[URIRef, set[str]] = field(default_factory=dict)  # strict keys of all names
    functional: dict[tuple[URIRef, URIRef], set[Node]] = field(default_factory=dict)
    located_in: dict[URIRef, set[URIRef]] = field(default_factory=dict)
    # where each organisation operates, as the graph states it (kg:areaOfOperation): two
    # namesakes are told apart by where they operate (kg.ingest.context, kg.ingest.mentions)
    areas: dict[URIRef, set[URIRef]] = field(default_factory=dict)
    # where the attacks the graph attributes to each organisation took place (kg:attribution /
    # kg:attributedTo, kg:place): an organisation a profile named only as an attack's claimant
    # has no areas, and the places of its attacks are then all the graph says of where it is
    struck: dict[URIRef, set[URIRef]] = field(default_factory=dict)
    # organisations a profile does not join by name, with why: the graph's namesakes that
    # operate only in countries the profile's group does not (kg.ingest.context); and those a
    # look-up passed over, for the review
    elsewhere: dict[URIRef, str] = field(default_factory=dict)
    # ... and the ISO codes of the countries the graph places each of them in: a name or a
    # sentence that itself names one of them is evidence enough to join (`placed_by`)
    elsewhere_countries: dict[URIRef, frozenset[str]] = field(default_factory=dict)
    # organisations others are affiliates of (kg:affiliateOf): a name that carries across borders
    senior: set[URIRef] = field(default_factory=set)
    passed_over: set[URIRef] = field(default_factory=set)
    attacks: list[KnownAttack] = field(default_factory=list)
    subjects: set[URIRef] = field(default_factory=set)
    events: dict[tuple[str, URIRef, str], URIRef] = field(default_factory=dict)
    # subjects of the graphs left out (the profile's own earlier output): minting may give
    # them again, so a re-ingest keeps the IRIs other sources point to
    own_subjects: set[URIRef] = field(default_factory=set)
    _ancestors: dict[URIRef, frozenset[URIRef]] = field(default_factory=dict)

    @classmethod
    def from_dataset(
        cls, dataset: Dataset | None, *, skip_graph: Callable[[URIRef], bool] = lambda g: False
    ) -> EntityIndex:
        """Index a dataset, leaving out the inferred graph and the graphs `skip_graph` names."""
        index = cls()
        if dataset is None:
            return index
        attack_dates: dict[URIRef, str] = {}
        results: dict[URIRef, URIRef] = {}
        attack_places: dict[URIRef, list[URIRef]] = {}
        attributions: dict[URIRef, set[URIRef]] = {}  # attack → its attributions
        perpetrators: dict[URIRef, set[URIRef]] = {}  # attribution → the organisations named
        names: list[tuple[URIRef, URIRef, Literal]] = []
        data_names: set[tuple[URIRef, URIRef, Literal]] = set()  # not the gazetteer's own
        for s, p, o, g in dataset.quads((None, None, None, None)):
            graph = getattr(g, "identifier", g)
            if graph == INFERRED_GRAPH:
                continue
            if isinstance(graph, URIRef) and skip_graph(graph):
                if isinstance(s, URIRef):
                    index.own_subjects.add(s)
                continue
            if not isinstance(s, URIRef):
                continue
            index.subjects.add(s)
            if p == RDF.type and o in KIND_OF_CLASS:
                index.kinds.setdefault(s, set()).add(KIND_OF_CLASS[o])
            elif p in NAME_RANK and isinstance(o, Literal):
                names.append((s, p, o))
                if graph != GAZETTEER_GRAPH and p != SKOS.prefLabel:
                    data_names.add((s, p, o))
            elif p in FUNCTIONAL:
                index.functional.setdefault((s, p), set()).add(o)
                if p == KG.edtf:
                    attack_dates[s] = str(o)
            elif p == KG.locatedIn and isinstance(o, URIRef):
                index.located_in.setdefault(s, set()).add(o)
            if p == KG.resultingOrganisation and isinstance(o, URIRef):
                results[s] = o
            if p == KG.areaOfOperation and isinstance(o, URIRef):
                index.areas.setdefault(s, set()).add(o)
            if p == KG.affiliateOf and isinstance(o, URIRef):
                index.senior.add(o)
            if p == KG.place and isinstance(o, URIRef):
                attack_places.setdefault(s, []).append(o)
            if p == KG.attribution and isinstance(o, URIRef):
                attributions.setdefault(s, set()).add(o)
            if p == KG.attributedTo and isinstance(o, URIRef):
                perpetrators.setdefault(s, set()).add(o)
        for attack, nodes in attributions.items():
            for node in nodes:
                for organisation in perpetrators.get(node, ()):
                    index.struck.setdefault(organisation, set()).update(
                        attack_places.get(attack, ()))
        named_kinds = {"group", "organisation", "person", "place"}
        for s, p, o in sorted(names, key=lambda t: (str(t[0]), NAME_RANK[t[1]], str(t[2]))):
            if index.kinds.get(s, set()) & named_kinds or (
                # "place:ru-kc skos:altLabel 'Karachay-Cherkessia'" in data/places.ttl: a name
                # the data itself gives a gazetteer place it does not type, found once
                # add_gazetteer_places makes it a place; never the gazetteer's own names of a
                # subdivision it describes (bare "Khalil" for Hebron is looked up only where a
                # sentence puts a place)
                s not in index.kinds and str(s).startswith(str(PLACE)) and (s, p, o) in data_names
            ):
                # facilities, attacks and events are not looked up by name: "the U.S. Embassy
                # in Benghazi" must still say Benghazi
                index.add_name(s, str(o), NAME_RANK[p], acronym=p == KG.acronym)
            if p == SKOS.prefLabel:
                index.labels.setdefault(s, {}).setdefault(o.language or "", str(o))
        for event, result in sorted(results.items()):
            for kind in sorted(index.kinds.get(event, set()) & {"split", "merger", "rename"}):
                if event in attack_dates:
                    index.events.setdefault((kind, result, attack_dates[event]), event)
        for iri, kinds in sorted(index.kinds.items()):
            if "attack" in kinds and iri in attack_dates:
                places = tuple(sorted(attack_places.get(iri, [])))
                index.attacks.append(KnownAttack(iri, attack_dates[iri], places))
        return index

    # ------------------------------------------------------------ adding what a profile says

    def add_kind(self, iri: URIRef, kind: str) -> None:
        self.kinds.setdefault(iri, set()).add(kind)
        self.subjects.add(iri)

    def add_name(self, iri: URIRef, name: str, rank: int, *, acronym: bool = False) -> None:
        key = normalise_name(name)
        if not key:
            return
        if acronym or _is_acronym_text(name):
            # "AQIM", "US": matched only in their own case, never as the word "us"
            entry = self.acronyms.setdefault(name.strip(), {})
            entry[iri] = min(rank, entry.get(iri, rank))
            self.names_of.setdefault(iri, set()).add(key)
            return
        entry = self.strict.setdefault(key, {})
        entry[iri] = min(rank, entry.get(iri, rank))
        self.names_of.setdefault(iri, set()).add(key)
        loose = loose_key(name)
        if loose:
            entry = self.loose.setdefault(loose, {})
            entry[iri] = min(rank, entry.get(iri, rank))

    def has_name(self, iri: URIRef, name: str) -> bool:
        return normalise_name(name) in self.names_of.get(iri, set()) or (
            name.strip() in self.acronyms and iri in self.acronyms[name.strip()]
        )

    # ------------------------------------------------------------ looking up

    def lookup(self, name: str, *kinds: str) -> tuple[URIRef | None, bool, list[URIRef]]:
        """(best entity, found only by the loose key, other entities tied with it)."""
        for table, key, loose in (
            (self.acronyms, name.strip(), False),
            (self.strict, normalise_name(name), False),
            (self.loose, loose_key(name), True),
        ):
            found = self._best(table.get(key, {}), kinds, name)
            if found[0] is not None:
                return found[0], loose, found[1]
        return None, False, []

    def _best(self, entries: dict[URIRef, int], kinds: Iterable[str], name: str = "") -> tuple[URIRef | None, list[URIRef]]:  # noqa: E501
        wanted = set(kinds)
        fitting = {
            iri: rank
            for iri, rank in entries.items()
            if not wanted or self.kinds.get(iri, set()) & wanted
        }
        if self.elsewhere:
            hidden = {iri for iri in fitting if iri in self.elsewhere
                      and not self.placed_by(iri, name, whole=False)}
            self.passed_over |= hidden
            fitting = {iri: rank for iri, rank in fitting.items() if iri not in hidden}
        if not fitting:
            return None, []
        top = min(fitting.values())
        winners = sorted(iri for iri, rank in fitting.items() if rank == top)
        return winners[0], winners[1:]

    def scan(self, text: str) -> list[Mention]:
        """Every name of an indexed entity in a text, longest first, left to right. Names start
        with a capital (or an Arabic article); acronyms match only in their own case."""
        tokens = [
            (m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)
        ]
        normalised = [normalise_name(t) for _, _, t in tokens]
        bare = [
            normalise_name(_POSSESSIVE.sub("", t)) if _POSSESSIVE.search(t) else None
            for _, _, t in tokens
        ]
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            found = self._match_at(text, tokens, normalised, bare, i)
            if found is None:
                i += 1
                continue
            mention, width = found
            mentions.append(mention)
            i += width
        return mentions

    def _match_at(self, text, tokens, normalised, bare, i):
        first = tokens[i][2]
        if not (first[:1].isupper() or first.lower() in ("al", "el") or first in self.acronyms):
            return None  # "17N" opens with a digit and is still an acronym
        limit = min(_MAX_TOKENS, len(tokens) - i)
        # a name never runs across a comma, a colon, a bracket or the end of a sentence
        for width in range(1, limit):
            between = text[tokens[i + width - 1][1] : tokens[i + width][0]]
            if _BREAK.search(between):
                limit = width
                break
        for width in range(limit, 0, -1):
            head = normalised[i : i + width - 1]
            last_forms = [(normalised[i + width - 1], tokens[i + width - 1][1])]
            if bare[i + width - 1] is not None:
                end = tokens[i + width - 1][1] - 2
                last_forms.append((bare[i + width - 1], end))
            for last, end in last_forms:
                key = " ".join([*head, last]).strip()
                key = re.sub(r"^the ", "", key)
                entries = self.strict.get(key)
                if entries:
                    return self._mention(text, tokens[i][0], end, entries, False), width
        token = first
        # "PROCUP-PDLP", "PFLP-GC": an acronym joined by hyphens is one acronym, never its first
        # part (the tokens split at the hyphen)
        joined = _JOINED_ACRONYM.match(text, tokens[i][0])
        if joined and joined.group(0) in self.acronyms:
            width = len(_TOKEN.findall(joined.group(0)))
            if width <= limit:
                return self._mention(text, tokens[i][0], joined.end(),
                                     self.acronyms[joined.group(0)], False), width
        if token in self.acronyms:
            return self._mention(text, tokens[i][0], tokens[i][1], self.acronyms[token], False), 1
        if _POSSESSIVE.search(token) and _POSSESSIVE.sub("", token) in self.acronyms:
            end = tokens[i][1] - 2
            return self._mention(text, tokens[i][0], end, self.acronyms[_POSSESSIVE.sub("", token)], False), 1  # noqa: E501
        for width in range(min(limit, 6), 0, -1):
            last = tokens[i + width - 1][2]
            if not last[:1].isupper() or last.lower() in _ARTICLE_TOKENS:
                continue
            span = text[tokens[i][0] : tokens[i + width - 1][1]]
            key = loose_key(span)
            if key and key in self.loose:
                return self._mention(text, tokens[i][0], tokens[i + width - 1][1], self.loose[key], True), width  # noqa: E501
        return None

    def _mention(self, text: str, start: int, end: int, entries: dict[URIRef, int], loose: bool) -> Mention:  # noqa: E501
        # `text` is the whole sentence: its own places may tell which namesake it means
        hidden = {iri for iri in entries if iri in self.elsewhere
                  and not self.placed_by(iri, text[start:end], whole=False)
                  and not self.placed_by(iri, text, whole=True)}
        self.passed_over |= hidden
        candidates = tuple(
            Candidate(iri, rank, frozenset(self.kinds.get(iri, set())))
            for iri, rank in sorted(entries.items()) if iri not in hidden
        )
        return Mention(start, end, text[start:end], candidates, loose)

    # ------------------------------------------------------------ namesakes

    def placed_by(self, organisation: URIRef, text: str, *, whole: bool) -> bool:
        """Whether `text` itself places a namesake this profile keeps apart (`elsewhere`), so
        that it is that organisation after all: the name names a country, and is then no
        generic name ("Popular Front for the Liberation of Palestine", "Egyptian Islamic
        Jihad", "Islamic State of Iraq"), or, for a whole sentence (`whole`), the sentence
        names one of its countries, a place inside one, or a region (not a continent) all its
        countries lie in ("trained in the Front's camps in Lebanon"). An acronym or a bare
        generic name ("Ansar al-Islam") names no place, so a namesake named by it stays apart;
        a sentence that names only other countries ("a separate insurgency in northern
        Mozambique") keeps it apart too."""
        theirs = self.elsewhere_countries.get(organisation)
        if not theirs or not text:
            return False
        named, regions = self.places_named(text, regions=whole)
        if not whole:
            # a name that names a country is no generic name: whoever bears it in the graph
            # is the one meant, wherever its attacks took place ("Islamic State of Iraq")
            return bool(named)
        return bool(named & theirs) or any(theirs <= members for members in regions)

    def places_named(self, text: str, *, regions: bool) -> tuple[set[str], list[frozenset[str]]]:
        """ISO codes of the countries `text` names, as a country's name, a nationality
        ("Palestinian") or a place of the graph inside a country; with `regions`, also the
        member countries of each region (not continent) it names."""
        tokens = [t for t in _TOKEN.findall(text)]
        codes: set[str] = set()
        members: list[frozenset[str]] = []
        for i, token in enumerate(tokens):
            if not token[:1].isupper():
                continue
            if token in DEMONYMS:
                codes.add(_country_of_slug(DEMONYMS[token]))
            for width in range(min(4, len(tokens) - i), 0, -1):
                span = " ".join(tokens[i : i + width])
                key = normalise_name(span)
                found = [iri for iri in self.strict.get(key, {})
                         if "place" in self.kinds.get(iri, set())]
                found += [PLACE[slug] for slug in _country_words().get(key, ())]
                for place in found:
                    code = self._country_code_around(place)
                    if code:
                        codes.add(code)
                    elif regions and not _is_continent(place):
                        members.append(self._member_countries(place))
                if found:
                    break
        codes.discard("")
        return codes, [m for m in members if m]

    def _country_code_around(self, place: URIRef) -> str | None:
        code = country_code(place)
        if code:
            return code
        for parent in sorted(self.ancestors(place)):
            code = country_code(parent)
            if code:
                return code
        return None

    def _member_countries(self, region: URIRef) -> frozenset[str]:
        members = {p for p, parents in self.located_in.items() if region in parents}
        return frozenset(c for c in (country_code(m) for m in members) if c)

    # ------------------------------------------------------------ places

    def ancestors(self, place: URIRef) -> frozenset[URIRef]:
        """Every place this one lies in (transitively)."""
        if place in self._ancestors:
            return self._ancestors[place]
        seen: set[URIRef] = set()
        stack = sorted(self.located_in.get(place, set()))
        while stack:
            parent = stack.pop()
            if parent not in seen:
                seen.add(parent)
                stack.extend(sorted(self.located_in.get(parent, set())))
        self._ancestors[place] = frozenset(seen)
        return self._ancestors[place]

    def demonym(self, word: str) -> URIRef | None:
        slug = DEMONYMS.get(word)
        if slug is None:
            return None
        iri = PLACE[slug]
        return iri if "place" in self.kinds.get(iri, set()) else None

    # ------------------------------------------------------------ minting

    def mint(self, namespace: Namespace, base: str, taken: set[URIRef]) -> URIRef:
        """A new IRI in the namespace from a slug, unique against the graph and `taken`. An IRI
        the profile's own earlier output minted is given again even where another source
        (data/wikidata.ttl, a later profile's attribution) now says something of it, as long
        as nothing else names it: those sources point to this profile's entity, and a
        re-ingest that minted "al-qaida-2" beside them would give one organisation two IRIs."""
        base = slugify(base)
        candidate = namespace[base]
        suffix = 2
        while candidate in taken or (
            candidate in self.subjects and not self._own_unnamed(candidate)
        ):
            candidate = namespace[f"{base}-{suffix}"]
            suffix += 1
        taken.add(candidate)
        return candidate


    def _own_unnamed(self, iri: URIRef) -> bool:
        return iri in self.own_subjects and not self.names_of.get(iri)


def _country_of_slug(slug: str) -> str:
    return country_code(PLACE[slug]) or ""


def _is_continent(place: URIRef) -> bool:
    from kg.gazetteer import gazetteer

    found = gazetteer().place(str(place))
    return found is not None and found.kind == "continent"


@lru_cache(maxsize=1)
def _country_words() -> dict[str, tuple[str, ...]]:
    """Countries by the short form of an inverted official name ("Palestine" of "Palestine,
    State of"; "Korea" of "Korea, Republic of"), which the gazetteer does not list as a name
    of its own; for telling namesakes apart only, never for finding places in a text."""
    from kg.gazetteer import gazetteer

    words: dict[str, set[str]] = {}
    for place in gazetteer().store.of_kind("country"):
        for text, _ in place.alt_names:
            if "," in text:
                short = normalise_name(text.split(",", 1)[0])
                if short:
                    words.setdefault(short, set()).add(place.key)
    return {k: tuple(sorted(v)) for k, v in words.items()}


def _is_acronym_text(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", name.strip()))


# ---------------------------------------------------------------- the gazetteer

def add_gazetteer_places(index: EntityIndex) -> None:
    """Make the world's continents and countries findable anywhere in a text, and its ISO
    3166-2 subdivisions by their full names ("Borno State"): the bare name of a subdivision
    ("Sahel", "Centre") and every town are looked up only where a sentence puts a place
    (`resolve_place`), since so many of them are also ordinary words."""
    for iri, parents, name, names in _gazetteer_entries():
        if "place" in index.kinds.get(iri, set()):
            continue  # data/places.ttl or another profile describes it already
        index.add_kind(iri, "place")
        index.located_in.setdefault(iri, set()).update(parents)
        index.labels.setdefault(iri, {}).setdefault("en", name)
        for text, rank in names:
            index.add_name(iri, text, rank)
    index._ancestors.clear()


@lru_cache(maxsize=1)
def _gazetteer_entries() -> tuple[
    tuple[URIRef, tuple[URIRef, ...], str, tuple[tuple[str, int], ...]], ...
]:
    """What `add_gazetteer_places` adds of each continent, country and subdivision (its IRI,
    containers, English name, and names with their rank), read out of the gazetteer once per
    process like the gazetteer itself: every ingest builds a new index, and reading the
    places anew each time was a third of ingesting a short profile."""
    from kg.gazetteer import gazetteer

    world = gazetteer()
    entries = []
    for kind in ("continent", "country", "subdivision"):
        for place in world.store.of_kind(kind):
            if kind == "subdivision":
                # only "Borno State": the bare and local names ("Madrid", "Bekaa", "West")
                # are found where a sentence puts a place, so many are towns or words too
                names = [t for t, language in place.alt_names if language == "en"]
            else:
                names = [place.name, *(t for t, _ in place.alt_names)]
            ranked = tuple(
                (name, 0 if rank == 0 and kind != "subdivision" else 2)
                for rank, name in enumerate(names)
            )
            parents = tuple(PLACE[p] for p in place.parents)
            entries.append((world.iri(place), parents, place.name, ranked))
    return tuple(entries)


@lru_cache(maxsize=1)
def gazetteer_names() -> frozenset[str]:
    """Every name of the gazetteer's continents, countries and subdivisions (own, alternate,
    ISO), read once per process."""
    from kg.gazetteer import gazetteer

    world = gazetteer()
    return frozenset(
        text
        for kind in ("continent", "country", "subdivision")
        for place in world.store.of_kind(kind)
        for text in (place.name, *(t for t, _ in place.alt_names))
    )


@dataclass(frozen=True)
class PlaceMatch:
    """What `resolve_place` found: the place's IRI, and the choice made among several places
    of that name (None when the name is unambiguous), for the review."""

    iri: URIRef
    name: str
    country: str | None
    choice: str | None
    parents: tuple[URIRef, ...] = ()


def resolve_place(
    name: str, *, context_countries: Iterable[str] = (), area_countries: Iterable[str] = (),
    region_countries: Iterable[str] = (),
) -> PlaceMatch | None:
    """The gazetteer place a name most likely means: a place in a country named in the same
    sentence (ISO 3166-1 alpha-2 codes in `context_countries`), else in a country the profile's
    areas of operation name (`area_countries`), else in a region they name
    (`region_countries`), else the most populous; None if no place has the name."""
    from kg.gazetteer import resolve_place as gazetteer_resolve

    found = gazetteer_resolve(
        name, context_countries=context_countries, area_countries=area_countries,
        region_countries=region_countries,
    )
    if found is None:
        return None
    return PlaceMatch(
        found.iri, found.place.name, found.place.country, found.choice,
        tuple(PLACE[p] for p in found.place.parents),
    )  # fmt: skip


def country_code(iri: URIRef) -> str | None:
    """The ISO 3166-1 code of the country a gazetteer place lies in (None for a region)."""
    from kg.gazetteer import gazetteer

    place = gazetteer().place(str(iri))
    return place.country if place is not None else None
