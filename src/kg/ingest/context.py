"""What every section extractor shares: the graph being built, the entity index, the report.

Extractors call these helpers rather than writing triples directly, so that the rules that keep
the result sound hold everywhere: an entity already in the graph gets no second preferred label
in a language it has, no second value of a single-valued property, and every problem names its
line and section. Finding places is `kg.ingest.place_finding`, which `IngestContext` takes as a
mixin (`context.find_places`, `context.local_place`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import SKOS, XSD
from rdflib.term import Node

from kg.ingest.abbreviations import ABBREVIATIONS
from kg.ingest.acronym_expansion import expanded_acronym_matches
from kg.ingest.bounds import MAX_SENTENCE_CHARS
from kg.ingest.dates import PartialDate
from kg.ingest.emit import ProfileGraph
from kg.ingest.names import (
    NameSet,
    is_acronym,
    language_of,
    slugify,
    without_describing_word,
)
from kg.ingest.place_finding import PlaceFinder, PlaceFinding
from kg.ingest.place_patterns import (  # re-exported: readers import them from here
    national_designators,
    shared_designators,
    shared_wholes,
)
from kg.ingest.report import Problem, SectionReport, Severity
from kg.ingest.resolve import (
    FUNCTIONAL,
    EntityIndex,
    Mention,
)
from kg.ingest.sections import Layout, Section
from kg.names import normalise_name
from kg.namespaces import DATE_PRECISION, GROUP, KG, ORG, PERSON

__all__ = [
    "AttackRecord",
    "IngestContext",
    "PlaceFinding",
    "Sentence",
    "looks_like_organisation",
    "national_designators",
    "quoted_title",
    "shared_designators",
    "shared_wholes",
    "split_sentences",
]

_ABBREVIATIONS = ABBREVIATIONS  # one list with the attack-entry grammar
# a full stop, or one followed by citation marks before the next sentence ("… in 2015.[4] Magomed
# Suleimanov …": the marks close the sentence they follow)
_BOUNDARY = re.compile(
    r"[.!?][\"”’)\]]*\s+|[.!?](?:\[\d{1,3}\])+\s+(?=[A-Z])"
    # a bulleted item ends where the next one starts, stop or none: "- 1997: X formed\n- 2004: …"
    r"|[^\S\n]*\n\s*(?=[-•*–—][^\S\n]+\S)"
)
_BULLET_AHEAD = re.compile(r"[-•*–—][^\S\n]+\S")
_ORG_WORDS = re.compile(
    r"\b(?:Nations|Government|Ministry|Department|Agency|Office|Bank|University|Centre|Center|"
    r"Intelligence|Directorate|Bureau|"
    r"Council|Committee|Court|Institute|Project|Union|Commission|Consortium|Consortum|Foundation|"
    r"Papers|News|Press|Times|Post|CNN|BBC|Reuters)\b"
)

@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the section body
    end: int
    text: str
    line: int


@dataclass
class AttackRecord:
    iri: URIRef
    section: str
    date: PartialDate
    places: list[URIRef]
    minted: bool  # this profile minted the IRI (else it links to another profile's attack)



@dataclass
class IngestContext(PlaceFinder):
    path: Path
    slug: str
    layout: Layout
    graph: ProfileGraph
    index: EntityIndex
    problems: list[Problem] = field(default_factory=list)
    reports: dict[str, SectionReport] = field(default_factory=dict)
    subject: URIRef | None = None
    minted: set[URIRef] = field(default_factory=set)
    attacks: list[AttackRecord] = field(default_factory=list)
    persons_in_order: list[URIRef] = field(default_factory=list)
    preexisting: set[URIRef] = field(default_factory=set)
    # ISO 3166-1 codes of the countries of the profile's areas of operation (for place names
    # that several countries have)
    area_countries: set[str] = field(default_factory=set)
    # ... of those the areas name themselves (a country, or a place inside one), not through a
    # region's members: "Middle East: Iraq" makes Iraq likelier than Turkey
    named_area_countries: set[str] = field(default_factory=set)
    # ISO codes of the countries each organisation of the graph operates in (kg:areaOfOperation)
    _organisation_countries: dict[URIRef, set[str]] = field(default_factory=dict)
    # why the title's look-up passed each namesake over (`forget_provisional_areas`)
    _passed_over_why: dict[URIRef, str] = field(default_factory=dict)

    # ------------------------------------------------------------ report

    def section_graph(self, key: str) -> URIRef:
        return self.graph.section_iri(key)

    def problem(
        self,
        section: Section | None,
        line: int,
        message: str,
        severity: Severity = Severity.WARNING,
    ) -> None:
        self.problems.append(Problem(max(1, line), message, severity, section.key if section else None))  # noqa: E501

    def extracted(self, section: Section, text: str) -> None:
        self.reports[section.key].extracted.append(text)

    def unused(self, section: Section, sentence: Sentence) -> None:
        self.reports[section.key].not_understood.append((sentence.line, sentence.text))

    def short(self, iri: URIRef) -> str:
        """A readable handle for the review: 'group:aqim (existing)'."""
        text = str(iri)
        local = text.rsplit("/", 1)[-1]
        kind = text.rsplit("/", 2)[-2] if text.count("/") >= 2 else ""
        state = "existing" if iri in self.preexisting else "new"
        return f"{kind}:{local} ({state})"

    # ------------------------------------------------------------ text

    def sentences(self, section: Section, text: str | None = None, offset: int = 0) -> list[Sentence]:  # noqa: E501
        """The sentences the readers read; one longer than MAX_SENTENCE_CHARS (no real profile
        has one) is reported and left out, which bounds every reader's work per sentence."""
        body = section.body if text is None else text
        result = []
        for start, end in split_sentences(body):
            sentence = Sentence(start + offset, end + offset, body[start:end],
                                section.line_of(start + offset))
            if end - start > MAX_SENTENCE_CHARS:
                self.problem(
                    section, sentence.line,
                    f"a sentence of {end - start:,} characters (over {MAX_SENTENCE_CHARS:,}) "
                    "was not read; split it into sentences",
                )
                self.reports[section.key].not_understood.append(
                    (sentence.line, sentence.text[:200] + " …")
                )
                continue
            result.append(sentence)
        return result

    # ------------------------------------------------------------ guarded writes

    def add(self, section: Section, s: Node, p: URIRef, o: Node, line: int | None = None) -> bool:
        """State a triple in the section's graph, unless it would give an entity already in the
        graph a second value of a single-valued property (then report it and skip)."""
        if p == KG.areaOfOperation and isinstance(o, URIRef):
            known = len(self.area_countries)
            self.area_countries |= self._countries_of(o)
            self.named_area_countries |= self._country_around(o)
            if len(self.area_countries) > known:
                self._keep_namesakes_apart()
        if p in FUNCTIONAL and isinstance(s, URIRef):
            existing = self.index.functional.get((s, p), set())
            if existing and o not in existing:
                shown = ", ".join(sorted(str(v) for v in existing))
                self.problem(
                    section,
                    line or section.start,
                    f"{self.short(s)} already has {p.n3().rsplit('#', 1)[-1].rstrip('>')} "
                    f"{shown}; this profile says {o} — kept the existing value",
                )
                return False
            stated = self.graph.objects(s, p)
            if stated and o not in stated:
                return False
        self.graph.add(self.section_graph(section.key), s, p, o)
        return True

    def add_label(self, section: Section, iri: URIRef, text: str, language: str) -> None:
        """A preferred name, or an alternative one if the entity already has a preferred name
        in that language."""
        labels = self.index.labels.setdefault(iri, {})
        if language in labels and labels[language] != text:
            if not self.index.has_name(iri, text):
                self.add(section, iri, SKOS.altLabel, Literal(text, lang=language))
                self.index.add_name(iri, text, 2)
            return
        labels[language] = text
        self.add(section, iri, SKOS.prefLabel, Literal(text, lang=language))
        self.index.add_name(iri, text, 0)

    def add_date(self, section: Section, node: URIRef, date: PartialDate, *, line: int) -> None:
        """kg:edtf, kg:earliest, kg:latest, kg:datePrecision, and kg:date for a single date."""
        if self.add(section, node, KG.edtf, Literal(date.edtf), line):
            if date.literal is not None:
                self.add(section, node, KG.date, date.literal, line)
            self.add(section, node, KG.earliest, Literal(date.earliest.isoformat(), datatype=XSD.date), line)  # noqa: E501
            self.add(section, node, KG.latest, Literal(date.latest.isoformat(), datatype=XSD.date), line)  # noqa: E501
            self.add(section, node, KG.datePrecision, DATE_PRECISION[date.precision], line)

    # ------------------------------------------------------------ entities

    def group(
        self,
        section: Section,
        names: NameSet,
        line: int,
        *,
        organisation: bool = False,
        describe: bool = True,
    ) -> URIRef | None:
        """The group (or organisation) these names denote: found in the index by any of them,
        else minted. Names the graph does not have yet are stated in the section's graph."""
        if not names.names and not names.acronyms:
            return None
        if len(names.names) == 1 and len(names.acronyms) == 1:
            # "the Shia Sipah-e-Muhammad Pakistan (SMP)": a faith or a nationality before the
            # name, which its acronym leaves out, is the writer's description, not the name
            name = without_describing_word(names.names[0], names.acronyms[0])
            if name != names.names[0]:
                self.extracted(section, f"{names.names[0]!r}: the first word describes the "
                                        f"organisation, its acronym leaves it out; named {name!r}")
                names = NameSet([name], list(names.acronyms))
        kinds = ("organisation", "group") if organisation else ("group", "organisation")
        found: URIRef | None = None
        collided: list[tuple[str, URIRef]] = []
        for text in [*names.acronyms, *names.names]:
            iri, loose, tied = self.index.lookup(text, *kinds)
            if iri is None:
                continue
            if text in names.acronyms and self._other_bearer(iri, names):
                # Same acronym, different organisation (two unrelated "MIA"s): never merge.
                collided.append((text, iri))
                continue
            if tied:
                self.problem(
                    section, line,
                    f"{text!r} names several entities ({', '.join(self.short(t) for t in [iri, *tied])});"  # noqa: E501
                    f" linked to the first",
                )
            if loose:
                self.extracted(section, f"{text!r} matched {self.short(iri)} by transliteration")
            found = iri
            break
        if found is None:
            found = self._acronym_expansion(section, names, line, {i for _, i in collided})
        is_org = organisation or bool(_ORG_WORDS.search(" ".join(names.names)))
        if found is None:
            acronym = next((a for a in names.acronyms if len(a) >= 3), None)
            english = next((n for n in names.names if language_of(n) != "fr"), None)
            full = english or (names.names or names.acronyms)[0]
            taken = acronym is not None and (
                acronym in self.index.acronyms
                or any(a == acronym for a, _ in collided)
                or (ORG if is_org else GROUP)[slugify(acronym)] in self.index.subjects
            )
            # An acronym names a new organisation's IRI only while nothing else bears it;
            # otherwise the IRI is minted from the acronym and the full name together.
            if acronym and not taken:
                base = acronym.lower()
            elif acronym:
                base = f"{acronym.lower()}-{full}"
            else:
                base = full
            found = self.index.mint(ORG if is_org else GROUP, base, self.minted)
            for text, other in collided:
                self.problem(
                    section, line,
                    f"{text!r} also names {self.short(other)} ({self._full_name(other)!r}), whose "
                    f"full names differ from {full!r}: minted {self.short(found)} rather than "
                    "merging them; if they are one organisation, state owl:sameAs in data/",
                )
                self.extracted(
                    section,
                    f"{self.short(found)} kept apart from {self.short(other)}: same acronym "
                    f"{text!r}, different full name",
                )
            self.index.add_kind(found, "organisation" if is_org else "group")
            if not is_org:
                self.index.add_kind(found, "organisation")
            self.add(section, found, RDF.type, KG.Organisation if is_org else KG.ArmedGroup)
        if describe:
            self.describe_names(section, found, names)
        return found

    def _keep_namesakes_apart(self) -> None:
        """Organisations the graph already has that this profile must not join by name: those
        the graph says operate only in countries the profile's group does not. Two "Ansar
        al-Islam"s (Iraq, Bangladesh) or "Ansar al-Sunna"s (Mozambique, Dagestan) share their
        very full names; where the text names one in passing, its country is the best evidence
        of which. A look-up then passes over them (`EntityIndex.elsewhere`), a name this profile
        gives one gets an IRI of its own, and the review says so (`report_namesakes`)."""
        self.index.elsewhere = {}
        self.index.elsewhere_countries = {}
        for organisation in sorted({*self.index.areas, *self.index.struck}):
            if (organisation not in self.preexisting or organisation == self.subject
                    or not self.index.kinds.get(organisation, set()) & {"group", "organisation"}
                    or organisation in self.index.senior):
                # an organisation other groups are affiliates of (the Islamic State, Al Qaida)
                # is named far beyond its own areas: its bare name is still that organisation
                continue
            theirs = self._organisation_countries.get(organisation)
            if theirs is None:  # the graph's areas do not change during an ingest
                theirs = set()
                # its areas, and where the attacks the graph credits it with took place: an
                # organisation another profile named only as an attack's claimant ("Ansar
                # al-Sunna", a Dagestani unit, claiming the Volgograd bombings) is placed by them
                for area in self.index.areas.get(organisation, ()):
                    theirs |= self._countries_of(area)
                for place in self.index.struck.get(organisation, ()):
                    theirs |= self._country_around(place)
                self._organisation_countries[organisation] = theirs
            if theirs and not theirs & self.area_countries:
                self.index.elsewhere_countries[organisation] = frozenset(theirs)
                self.index.elsewhere[organisation] = (
                    f"the graph places the organisation of the name (by its areas or its "
                    f"attacks) in {', '.join(sorted(theirs))}, this profile's group in "
                    f"{', '.join(sorted(self.area_countries))}"
                )

    def keep_namesakes_apart_by(self, areas_text: str | None) -> None:
        """Before the title is looked up, keep the graph's namesakes apart by the countries the
        areas section names (its countries, the places inside them, its regions' members), as
        `_keep_namesakes_apart` does once the areas are read: the title is read first, and an
        organisation another profile named only in passing ("Ansar al-Islam claimed the Dhaka
        killing") must not become the subject of a profile of a namesake in Iraq. Undone by
        `forget_provisional_areas` once the title is resolved; the areas reader then states
        the areas and keeps namesakes apart by them."""
        if not areas_text:
            return
        codes, regions = self.index.places_named(areas_text, regions=True)
        for members in regions:
            codes |= members
        if codes:
            self.area_countries = set(codes)
            self._keep_namesakes_apart()

    def forget_provisional_areas(self) -> None:
        """Undo `keep_namesakes_apart_by`: the areas reader states the areas themselves. Why
        the title passed a namesake over is kept for the review, whatever the areas say."""
        self._passed_over_why.update(
            (o, why) for o, why in self.index.elsewhere.items() if o in self.index.passed_over
        )
        self.area_countries = set()
        self.index.elsewhere = {}
        self.index.elsewhere_countries = {}

    def report_namesakes(self) -> None:
        """A note for each organisation of the graph a name in this profile was not joined to."""
        for organisation in sorted(self.index.passed_over):
            self.problem(
                None, 1,
                f"a name in this profile was not joined to {self.short(organisation)} "
                f"({self._full_name(organisation)!r}): {self._why_apart(organisation)}; kept "
                "apart as possibly a namesake; if they are one organisation, state owl:sameAs in "
                "data/",
                Severity.NOTE,
            )

    def _why_apart(self, organisation: URIRef) -> str:
        return (self.index.elsewhere.get(organisation) or self._passed_over_why.get(organisation)
                or "the graph places the organisation of the name elsewhere than this profile's "
                   "group")

    def _acronym_expansion(
        self, section: Section, names: NameSet, line: int, collided: set[URIRef]
    ) -> URIRef | None:
        """The one organisation the graph knows under one of these names with an acronym in it
        spelled out, or abbreviated ("Continuity Irish Republican Army" for "Continuity IRA":
        `kg.ingest.acronym_expansion`); None, and a note, when several fit."""
        for text in names.names:
            found = [i for i in expanded_acronym_matches(self.index, text) if i not in collided]
            if len(found) == 1:
                self.extracted(section, f"{text!r} joined {self.short(found[0])}: the same name "
                                        "with an acronym in it spelled out")
                return found[0]
            if found:
                self.problem(
                    section, line,
                    f"{text!r} could be any of {', '.join(self.short(f) for f in found)} (an "
                    "acronym in the name spelled out): not joined; state owl:sameAs in data/ if "
                    "one of them is it",
                )
        return None

    def _other_bearer(self, iri: URIRef, names: NameSet) -> bool:
        """Whether an organisation found by acronym is another one than `names` describe: the
        text gives full names, the found one has full names too, and they share no name nor
        half their words ("Salafist Group for Call and Combat" and "… for Preaching and
        Combat" share enough; "Movement for Islamic Action" and "Mouvement Islamique Armé"
        do not). With nothing to compare, they are taken as one (nothing contradicts it)."""
        if not names.names:
            return False
        if any(self.index.has_name(iri, n) for n in names.names):
            return False
        known = [
            k for k in self.index.names_of.get(iri, set())
            if not any(k == normalise_name(a) for a in self.index.acronyms if iri in self.index.acronyms[a])  # noqa: E501
        ]
        if not known:
            return False
        stop = {"the", "of", "in", "for", "and", "al", "el", "de", "la", "le", "et", "du", "des"}
        for name in names.names:
            words = set(normalise_name(name).split()) - stop
            for key in known:
                other = set(key.split()) - stop
                if words and other and len(words & other) / len(words | other) >= 0.5:
                    return False
        return True

    def _full_name(self, iri: URIRef) -> str:
        labels = self.index.labels.get(iri, {})
        return labels.get("en") or next(iter(sorted(labels.values())), str(iri))

    def describe_names(self, section: Section, iri: URIRef, names: NameSet) -> None:
        """Preferred name per language (an English one whenever the text gives a name not read
        as French), the rest as alternative names, and acronyms."""
        has_english = "en" in self.index.labels.get(iri, {}) or any(
            language_of(n) == "en" for n in names.names
        )
        for name in names.names:
            language = language_of(name)
            if language == "ar-Latn" and not has_english:
                language, has_english = "en", True
            if self.index.has_name(iri, name):
                continue
            if language in self.index.labels.get(iri, {}):
                self.add(section, iri, SKOS.altLabel, Literal(name, lang=language))
                self.index.add_name(iri, name, 2)
            else:
                self.add_label(section, iri, name, language)
        for acronym in names.acronyms:
            if not self.index.has_name(iri, acronym):
                self.add(section, iri, KG.acronym, Literal(acronym))
                self.index.add_name(iri, acronym, 1, acronym=True)

    def person(self, section: Section, name: str, line: int) -> URIRef:
        """A person by name: an existing one if the graph knows the name, else minted."""
        name = " ".join(name.split())
        iri, _, _ = self.index.lookup(name, "person")
        if iri is None:
            iri = self.index.mint(PERSON, name, self.minted)
            self.index.add_kind(iri, "person")
            self.add(section, iri, RDF.type, KG.Person)
            self.add_label(section, iri, name, "en")
        if iri not in self.persons_in_order:
            self.persons_in_order.append(iri)
        return iri

    def organisation(self, section: Section, name: str, line: int) -> URIRef:
        """A publisher, a government body: an existing organisation by name, else minted."""
        name = " ".join(name.split()).strip(" .")
        iri, _, _ = self.index.lookup(name, "organisation", "group")
        if iri is None:
            iri = self.index.mint(ORG, name, self.minted)
            self.index.add_kind(iri, "organisation")
            self.add(section, iri, RDF.type, KG.Organisation)
            self.add_label(section, iri, name, "en")
        return iri

    def mentions(self, text: str) -> list[Mention]:
        return self.index.scan(text)

def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; abbreviations ('U.S.', 'Jan.') and initials do not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        # only the last word matters: look back a bounded distance, not to the sentence start
        # (which would make a text of many abbreviations quadratic)
        before = text[max(start, match.start() - 64) : match.start()].split()
        last = before[-1] if before else ""
        following = text[match.end() : match.end() + 1]
        word = re.sub(r"^[\"“‘(]+", "", last)
        # a line break before a bullet ends the item, whatever word the item ends with
        stop = text[match.start()] in ".!?" and not (
            "\n" in match.group() and _BULLET_AHEAD.match(text, match.end()))
        # an initial, or a chain of them ("Jalan M.H. Thamrin", "J.R.R. Tolkien")
        initial = re.fullmatch(r"[A-Z](?:\.[A-Z])*", word)
        if stop and (word.rstrip(".") in _ABBREVIATIONS or initial):
            continue
        if stop and following and following.islower():
            continue
        # "c. 2014", "ca. 1990": the abbreviation of "circa" before a year ends no sentence
        if stop and word.lower() in ("c", "ca") and following.isdigit():
            continue
        end = match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        end = len(text.rstrip())
        spans.append((start, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]


def quoted_title(text: str) -> tuple[int, int] | None:
    """Span of the first “…” or "…" quotation (inside the quotes)."""
    match = re.search(r"[“\"](?P<t>.+?)[”\"]", text)
    return (match.start("t"), match.end("t")) if match else None


def looks_like_organisation(name: str) -> bool:
    return bool(_ORG_WORDS.search(name)) or name.startswith("The ") or is_acronym(name)

