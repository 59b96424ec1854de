"""Find an entity by a name the graph does not spell that way: the forgiving half of name lookup.

`kg.query.resolve_entity` resolves a parameter only when a name folds to exactly the text given
(case, diacritics, apostrophes, Qaida/Qaeda). Analysts type "Shabaab", "Maghrib", "AQMI", a name
in Arabic script or half of a long transliteration; this module ranks every name, alternative
name, former name and acronym of the graph against such text and returns candidates, so that the
CLI and the server can say "did you mean …" instead of "no group is named …".

Two libraries do the work that must not be hand-written: `anyascii` transliterates any script to
Latin (so "القاعدة" and "Al-Qaïda" meet a Latin name), and `rapidfuzz` scores similarity (edit
distance, token-set and partial ratios). What this module adds is the domain's folding: the
Arabic article ("al-", "el-") never decides a match, and an organisation also answers to the
initials of each of its names ("al-Qaïda au Maghreb islamique" → AQMI), so an acronym in another
language finds the group when the data has its name in that language.

Nothing here resolves a name on its own: `search` only ranks. A caller resolves when exactly one
entity matches *exactly* after folding (`exact_matches`), and otherwise shows the candidates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.load import KnowledgeGraph
from kg.names import normalise_name
from kg.namespaces import KG
from kg.store.sparql import QueryTarget

KINDS = ("group", "organisation", "person", "place")
"""What a candidate can be, most specific first (an armed group is also an organisation)."""

_KIND_CLASSES = {
    "group": KG.ArmedGroup,
    "organisation": KG.Organisation,
    "person": KG.Person,
    "place": KG.Place,
}
_PROPERTY_RANK = {SKOS.prefLabel: 0, KG.acronym: 1, SKOS.altLabel: 2, KG.formerName: 3}
_PROPERTY_WORD = {
    SKOS.prefLabel: "name",
    KG.acronym: "acronym",
    SKOS.altLabel: "alternative name",
    KG.formerName: "former name",
}
# A word of this list never becomes a letter of a derived acronym: articles, prepositions and
# conjunctions of the languages the profiles write names in (English, French, Spanish,
# Portuguese, Italian, German, transliterated Arabic).
_ACRONYM_SKIPS = frozenset(
    {"of", "the", "in", "and", "for", "to", "on", "at", "by", "a", "an"}
    | {"de", "du", "des", "la", "le", "les", "dans", "en", "au", "aux", "pour", "et"}
    | {"el", "los", "las", "del", "y", "e", "da", "do", "das", "dos", "di"}
    | {"und", "der", "die", "fi", "bi", "wa", "li", "min", "ila"}
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARTICLE = re.compile(r"\b(?:al|el|ul|ud|ad|ed|ar|as|ash|at|az|an|ibn|bin|bint|bi)\s+")
_NAMES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT ?entity ?property ?label ?class WHERE {
  VALUES ?property { skos:prefLabel kg:acronym skos:altLabel kg:formerName }
  VALUES ?class { kg:ArmedGroup kg:Organisation kg:Person kg:Place }
  ?entity ?property ?label .
  ?entity a ?class .
}
"""
_PAGE = 2000  # rows per request: a remote store caps its answers (kg serve, Virtuoso)
MIN_SCORE = 75.0
"""Below this similarity (0–100) a name is not worth suggesting."""


@dataclass(frozen=True)
class Candidate:
    """One entity a text may mean, with the name of it that matched best."""

    entity: URIRef
    kind: str
    label: str  # its preferred name (or the best name it has)
    matched: str  # the name, alternative name, former name or acronym that matched
    matched_as: str  # "name", "acronym", "alternative name", "former name", "initials"
    score: float  # 0–100; 100 = the same text after folding
    exact: bool

    def describe(self) -> str:
        """'AQIM (group): matched the acronym 'AQIM'' — the line of a did-you-mean list."""
        via = "" if self.matched == self.label else f", {self.matched_as} {self.matched!r}"
        return f"{self.label} ({self.kind}{via})"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name folded for matching: transliterated to Latin, `normalise_name`'s folding, and the
    Arabic article and nasab particles dropped ("al-Shabaab" and "Shabaab" fold alike)."""
    folded = normalise_name(anyascii(text))
    return _ARTICLE.sub("", folded + " ").strip() or folded


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """The consonants of a name, the way transliterations agree: Arabic script loses its
    article and final tā' marbūṭa before it is transliterated, then every vowel, y, w, ʿayn
    and doubled letter goes. "القاعدة", "al-Qa'ida", "Al Qaeda" all give "qd"; "Maghrib" and
    "Maghreb" "mghrb"; "Shabaab" and "Shabab" "shb"."""
    words = []
    for word in text.split():
        if _ARABIC.search(word):
            word = re.sub(r"^(?:و?ال)", "", word)
            word = re.sub(r"ة$", "", word)
        words.append(word)
    folded = fold(" ".join(words))
    consonants = re.sub(r"[aeiouyw]", "", folded)
    consonants = re.sub(r"(.)\1+", r"\1", consonants)
    return " ".join(t for t in consonants.split() if t)


@lru_cache(maxsize=65536)
def similarity(wanted: str, folded: str) -> float:
    """0–100: how close a folded text is to a folded name. 100 only for the same text; a text
    whose every word is close to a word of the name ("bin Laden" in "Osama bin Laden",
    "Droukdal" for "Abdelmalek Droukdel") scores by its words, a little below a whole match;
    consonant skeletons count a little less again, for transliterations."""
    if wanted == folded:
        return 100.0
    whole = fuzz.ratio(wanted, folded)
    by_words = _word_cover(wanted.split(), folded.split()) * 0.95
    wanted_skeleton, name_skeleton = skeleton(wanted), skeleton(folded)
    by_skeleton = 0.0
    if wanted_skeleton and name_skeleton:
        by_skeleton = (
            max(
                fuzz.ratio(wanted_skeleton, name_skeleton),
                _word_cover(wanted_skeleton.split(), name_skeleton.split()),
            )
            * 0.9
        )
    return min(99.0, max(whole, by_words, by_skeleton))


def _word_cover(wanted: list[str], name: list[str]) -> float:
    """The mean, over the text's words, of each one's best ratio with a word of the name; 0
    when any word has no counterpart at all (a text is not found by half of its words)."""
    if not wanted or not name:
        return 0.0
    best = [max(fuzz.ratio(w, n) for n in name) for w in wanted]
    if min(best) < 60:
        return 0.0
    return sum(best) / len(best)


def initials(text: str) -> str:
    """The acronym a name would have: first letters of its words but the small ones."""
    words = normalise_name(anyascii(text)).split()
    letters = [w[0] for w in words if w not in _ACRONYM_SKIPS and w[0].isalpha()]
    return "".join(letters) if len(letters) >= 2 else ""


@dataclass(frozen=True)
class _Name:
    entity: URIRef
    kind: str
    property: URIRef | None  # None: the initials of a name, not a name the graph states
    text: str
    language: str = ""


class NameIndex:
    """Every name of every group, organisation, person and place of a target, folded once."""

    def __init__(self, names: Iterable[_Name]) -> None:
        self.names = list(names)
        self.preferred: dict[URIRef, str] = {}

        def display_order(name: _Name) -> tuple[int, int, str]:
            english = 0 if name.language in ("en", "") else 1
            return _PROPERTY_RANK.get(name.property, 9), english, name.text

        for name in sorted(self.names, key=display_order):
            self.preferred.setdefault(name.entity, name.text)
        self.by_fold: dict[str, list[_Name]] = {}
        self.by_initials: dict[str, list[_Name]] = {}
        for name in self.names:
            self.by_fold.setdefault(fold(name.text), []).append(name)
            if name.kind in ("group", "organisation") and name.property != KG.acronym:
                acronym = initials(name.text)
                if acronym:
                    self.by_initials.setdefault(acronym, []).append(name)
        self._folds = list(self.by_fold)
        self._scored_texts: dict[str, list[tuple[_Name, float]]] = {}
        self.by_skeleton: dict[str, list[str]] = {}
        for folded in self._folds:
            self.by_skeleton.setdefault(skeleton(folded), []).append(folded)
        self._skeletons = [s for s in self.by_skeleton if s]
        self._initials = list(self.by_initials)

    @classmethod
    def of(cls, target: QueryTarget) -> NameIndex:
        """Read every name from the target (a page at a time, in a fixed order)."""
        return cls(_names_of(target))

    def search(self, text: str, *, kind: str | None = None, limit: int = 10) -> list[Candidate]:
        """The entities `text` may name, best first; of `kind` only if given."""
        wanted = fold(text)
        if not wanted:
            return []
        scored: dict[URIRef, Candidate] = {}
        if wanted not in self._scored_texts:  # a text is scored once, whatever kind is asked
            if len(self._scored_texts) > 4096:
                self._scored_texts.clear()
            self._scored_texts[wanted] = list(self._scored(wanted))
        for name, score in self._scored_texts[wanted]:
            if kind is not None and not _is_kind(name.kind, kind):
                continue
            exact = score >= 100.0 and name.property is not None
            candidate = Candidate(
                entity=name.entity,
                kind=name.kind,
                label=self.preferred.get(name.entity, name.text),
                matched=name.text,
                matched_as=_PROPERTY_WORD.get(name.property, "initials")
                if name.property is not None
                else "initials",
                score=round(score, 1),
                exact=exact,
            )
            kept = scored.get(name.entity)
            if kept is None or (candidate.score, -_rank(candidate)) > (kept.score, -_rank(kept)):
                scored[name.entity] = candidate
        ranked = sorted(
            scored.values(), key=lambda c: (-c.score, _rank(c), KINDS.index(c.kind), c.label)
        )
        return ranked[:limit]

    def _scored(self, wanted: str) -> Iterable[tuple[_Name, float]]:
        """(name, score) for every name close enough to `wanted`. rapidfuzz picks the few
        hundred closest folded names and consonant skeletons (C speed, any graph size); each is
        then scored by `similarity`. A short one-word text is also compared with the initials
        of organisation names."""
        near = {
            f for f, _, _ in process.extract(wanted, self._folds, scorer=fuzz.WRatio, limit=100)
        }
        skeleton_of_wanted = skeleton(wanted)
        if skeleton_of_wanted:
            near.update(
                f
                for s, _, _ in process.extract(
                    skeleton_of_wanted, self._skeletons, scorer=fuzz.WRatio, limit=100
                )
                for f in self.by_skeleton[s]
            )
        for folded in near:
            score = similarity(wanted, folded)
            if score >= MIN_SCORE:
                for name in self.by_fold[folded]:
                    yield name, score
        compact = wanted.replace(" ", "")
        if len(compact) <= 8 and " " not in wanted:
            for acronym, score, _ in process.extract(
                compact, self._initials, scorer=fuzz.ratio, score_cutoff=MIN_SCORE, limit=20
            ):
                for name in self.by_initials[acronym]:
                    yield _Name(name.entity, name.kind, None, name.text), min(score, 95.0)


def search(
    target: QueryTarget | KnowledgeGraph, text: str, *, kind: str | None = None, limit: int = 10
) -> list[Candidate]:
    """Candidates for `text` among the target's entities, best first (see `NameIndex.search`).
    A KnowledgeGraph is searched through its Oxigraph copy, as `kg.query.run_query` does."""
    if isinstance(target, KnowledgeGraph):
        from kg.store.embedded import OxigraphStore

        target = OxigraphStore.of(target)
    return index_of(target).search(text, kind=kind, limit=limit)


def exact_matches(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates whose name is the text itself after folding: one of them resolves."""
    return [c for c in candidates if c.exact]


def did_you_mean(candidates: list[Candidate], *, shown: int = 5) -> str:
    """'; did you mean: A (group), B (person, alternative name 'X')?' or '' if none."""
    if not candidates:
        return ""
    return "; did you mean: " + "; ".join(c.describe() for c in candidates[:shown]) + "?"


_INDEXES: dict[int, tuple[QueryTarget, NameIndex]] = {}


def index_of(target: QueryTarget) -> NameIndex:
    """The target's name index, built once per target object (a store opened read-only does not
    change while it is open; a build makes a new store and so a new target)."""
    kept = _INDEXES.get(id(target))
    if kept is None or kept[0] is not target:
        kept = (target, NameIndex.of(target))
        _INDEXES[id(target)] = kept
    return kept[1]


def _names_of(target: QueryTarget) -> Iterable[_Name]:
    kind_of: dict[URIRef, str] = {}
    rows: list[tuple[URIRef, URIRef, str, str]] = []
    for offset in itertools.count(0, _PAGE):
        order = "ORDER BY ?entity ?property ?label ?class"
        page = f"{_NAMES_QUERY}{order}\nLIMIT {_PAGE} OFFSET {offset}\n"
        result = target.select(page, {}).as_dicts()
        for row in result:
            entity, prop, label, cls = row["entity"], row["property"], row["label"], row["class"]
            if not isinstance(entity, URIRef) or not isinstance(prop, URIRef) or label is None:
                continue
            kind = _kind_of_class(cls)
            if KINDS.index(kind) < KINDS.index(kind_of.get(entity, "place")):
                kind_of[entity] = kind
            kind_of.setdefault(entity, kind)
            rows.append((entity, prop, str(label), getattr(label, "language", None) or ""))
        if len(result) < _PAGE:
            break
    seen: set[tuple[URIRef, URIRef, str]] = set()
    for entity, prop, label, language in rows:
        if (entity, prop, label) not in seen:
            seen.add((entity, prop, label))
            yield _Name(entity, kind_of[entity], prop, label, language)


def _kind_of_class(cls: object) -> str:
    for kind, kind_class in _KIND_CLASSES.items():
        if cls == kind_class:
            return kind
    return "organisation"


def _is_kind(found: str, wanted: str) -> bool:
    """An armed group is also an organisation; every other kind is only itself."""
    return found == wanted or (wanted == "organisation" and found == "group")


def _rank(candidate: Candidate) -> int:
    order = {"name": 0, "acronym": 1, "alternative name": 2, "former name": 3}
    return order.get(candidate.matched_as, 4)
