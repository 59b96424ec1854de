"""Finding a place by name, code or IRI, and choosing among places that share a name.

An ambiguous name is settled by context, in this order: a country or continent by that name
beats a town (Niger the country, not Niger State); then a place in a country named in the
same sentence; then one in the profile's areas of operation; then a place whose own name it
is over one that merely has it among its alternate names; then a town over a province; then a
first-level subdivision over a second-level one; then the most populous. Every
choice among several places is returned with its reason, so that the ingest review can list it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from rdflib import URIRef

from kg.gazetteer.index import _TYPE_WORDS, GazetteerStore, Place, fold, open_store
from kg.namespaces import PLACE

_KIND_RANK = {"country": 0, "continent": 0, "city": 1, "subdivision": 2}


@dataclass(frozen=True)
class PlaceMatch:
    """The place a name was resolved to, and how: `choice` says why this place and not the
    others when several share the name (None when only one place has it)."""

    place: Place
    iri: URIRef
    others: tuple[Place, ...] = ()
    choice: str | None = None


@dataclass
class Gazetteer:
    """The whole world's places from the installed packages (see kg.gazetteer.index)."""

    store: GazetteerStore
    _cache: dict[str, Place | None] = field(default_factory=dict)

    def iri(self, place: Place) -> URIRef:
        return PLACE[place.key]

    def place(self, iri_or_key: str) -> Place | None:
        """A gazetteer place by its IRI (place:…) or local key; None if it is not one."""
        key = str(iri_or_key)
        if key.startswith(str(PLACE)):
            key = key[len(str(PLACE)) :]
        if key not in self._cache:
            self._cache[key] = self.store.place(key)
        return self._cache[key]

    def by_code(self, code: str) -> Place | None:
        """A country by ISO 3166-1 alpha-2 or alpha-3 code, or a subdivision by ISO 3166-2."""
        return self.store.coded(code.strip())

    def named(self, name: str) -> list[Place]:
        """Every place one of whose names folds like `name`; 'Borno State' also finds Borno."""
        folded = fold(name)
        if not folded:
            return []
        found = self.store.named(folded)
        words = name.split()
        if not found and len(words) > 1 and words[-1].capitalize() in _TYPE_WORDS:
            found = [p for p in self.store.named(fold(" ".join(words[:-1]))) if p.kind == "subdivision"]  # noqa: E501
        return found

    def ancestors(self, place: Place) -> list[Place]:
        """Every place that contains this one, nearest first (transitively)."""
        seen: list[Place] = []
        queue = list(place.parents)
        while queue:
            parent = self.place(queue.pop(0))
            if parent is not None and parent not in seen:
                seen.append(parent)
                queue.extend(parent.parents)
        return seen

    def country_of(self, place: Place) -> str | None:
        return place.country

    def resolve(
        self,
        name: str,
        *,
        context_countries: Iterable[str] = (),
        area_countries: Iterable[str] = (),
        region_countries: Iterable[str] = (),
    ) -> PlaceMatch | None:
        """The place `name` most likely means. `context_countries` are ISO 3166-1 alpha-2
        codes of countries named in the same sentence; `area_countries` those the profile's
        areas of operation name (a country, or a place in one); `region_countries` the members
        of the regions they name ("the Middle East" holds Turkey as well as Iraq: weaker
        evidence than "Iraq" written out)."""
        candidates = self.named(name)
        if not candidates:
            return None
        sentence = {c.upper() for c in context_countries}
        areas = {c.upper() for c in area_countries}
        regions = {c.upper() for c in region_countries} - areas
        folded = fold(name)

        def tier(place: Place) -> int:
            if place.country in sentence:
                return 0
            if place.country in areas:
                return 1
            return 2 if place.country in regions else 3

        def order(place: Place) -> tuple:  # type: ignore[type-arg]
            return (
                _KIND_RANK.get(place.kind, 3) if place.kind in ("country", "continent") else 1,
                tier(place),
                fold(place.name) != folded,  # Borno State before Borna, once called "Borno"
                _KIND_RANK.get(place.kind, 3),
                self._level(place),  # Navarre the community before Navarra the province in it
                -place.population,
                place.key,
            )

        ranked = sorted(candidates, key=order)
        if areas and all(_unlikely_namesake(p, tier(p), folded) for p in ranked):
            # "Tole" (a village in Ethiopia the gazetteer lacks) is one of Tholen's other names:
            # a town in a country the profile never names, known only by another of its names,
            # is more likely a namesake the gazetteer lacks: kept as text
            return None
        metropolis = _metropolis_by_older_name(ranked, folded, tier)
        if metropolis is not None:  # "Madras": Chennai, not Madras, Oregon
            ranked.remove(metropolis)
            ranked.insert(0, metropolis)
        best, others = ranked[0], tuple(ranked[1:])
        choice = None
        # Batna the town over Batna Province, which contains it, is no real choice
        containing = set(self.ancestors(best))
        if any(p not in containing for p in others):
            if best.kind in ("country", "continent"):
                why = f"a {best.kind} of that name comes before towns and provinces"
            elif tier(best) == 0:
                why = "its country is named in the same sentence"
            elif tier(best) == 1:
                why = "its country is among the profile's areas of operation"
            elif tier(best) == 2:
                why = "its country is in a region among the profile's areas of operation"
            else:
                why = "no country in the sentence or the profile's areas decides; most populous"
            choice = (
                f"{name!r} could be {len(ranked)} places; chose {self.describe(best)} over "
                + "; ".join(self.describe(p) for p in others[:3])
                + (f" and {len(others) - 3} more" if len(others) > 3 else "")
                + f" ({why})"
            )
        return PlaceMatch(best, self.iri(best), others, choice)

    def _level(self, place: Place) -> int:
        """0 for a subdivision directly in its country (ISO's first level), else 1."""
        if place.kind != "subdivision" or not place.parents:
            return 0
        parent = self.place(place.parents[0])
        return 0 if parent is not None and parent.kind == "country" else 1

    def describe(self, place: Place) -> str:
        """'Tripoli, Libya (place:tripoli-2210247)': a place as a reader can check it."""
        where = [a.name for a in self.ancestors(place) if a.kind == "country"]
        label = place.name + (f", {where[0]}" if where and place.kind != "country" else "")
        return f"{label} (place:{place.key})"


def _unlikely_namesake(place: Place, tier: int, folded: str) -> bool:
    """A town or city outside every country the sentence and the profile's areas name (tier
    3), whose own name is not the name written nor begins with it (only one of its other
    names is), and which is
    no metropolis ("Bombay", "Kiev": a city of a million is what its older names mean)."""
    own = fold(place.name)
    return (place.kind == "city" and tier == 3 and own != folded
            # "Frankfurt" of Frankfurt am Main, "Kempten" of Kempten (Allgäu): its own name, short
            and not own.startswith(f"{folded} ")
            # "Kiryat Shmona" of Qiryat Shmona: its own name in another transliteration
            and SequenceMatcher(None, own, folded).ratio() < _SPELLING_VARIANT
            and place.population < _METROPOLIS)


_SPELLING_VARIANT = 0.85  # Kiryat/Qiryat Shmona .92, Beit/Bet She'an .95; Tole/Tholen .80


# A city this populous is what its former and local names mean, rather than a small town that
# bears one of them as its own name (Madras, Oregon; Calcutta, South Africa)
_METROPOLIS = 1_000_000


_DWARFS = 20  # ... and at least this many times as populous as the town of that name


def _metropolis_by_older_name(ranked: list[Place], folded: str, tier) -> Place | None:  # type: ignore[no-untyped-def]
    """A city of a million or more that has the name among its older or local names
    ('Bombay', 'Madras', 'Rangoon', 'Saigon') when the place ranked first is a town whose own
    name it is and which it dwarfs, in the same tier of context; else None. ('Islamabad' stays
    Pakistan's capital: Chattogram, once also called so, does not dwarf it.)"""
    best = ranked[0]
    if best.kind != "city" or fold(best.name) != folded:
        return None
    for place in ranked[1:]:
        if (
            place.kind == "city" and tier(place) <= tier(best)
            and place.population >= _METROPOLIS
            and place.population >= _DWARFS * max(best.population, 1)
        ):
            return place
    return None


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The one gazetteer of this process (opening the cached index costs milliseconds; the
    first use on a machine builds it from the packages)."""
    return Gazetteer(open_store())


def resolve_place(
    name: str,
    *,
    context_countries: Iterable[str] = (),
    area_countries: Iterable[str] = (),
    region_countries: Iterable[str] = (),
) -> PlaceMatch | None:
    """`Gazetteer.resolve` on the process's gazetteer: what ingest calls for a place name."""
    return gazetteer().resolve(
        name, context_countries=context_countries, area_countries=area_countries,
        region_countries=region_countries,
    )
