"""A synthetic corpus shaped like the curated profiles, at any size, deterministic from a seed.

The corpus is written in the project's own ontology and passes its SHACL shapes, so every stage
(load, reason, validate, query) does the work it would do on real data: a gazetteer of regions →
countries → cities with coordinates, and profile documents shaped like `data/profiles/aqim.trig`
— one named graph per profile section (title, names, history, leadership, one per attack entry,
one per reference), groups with names in en / fr / ar-Latn, acronyms and former names, lineage
trees with splits, renames and mergers (each with a dated lineage event), alliances, rivalries
and affiliations, leaders with tenures, attacks with partial dates (day, month, year, range),
attributions with modalities, killed / wounded figures that are exact, "at least" or unknown,
and now and then a second, conflicting figure stated in another section.

Profiles are written in batches of `PROFILES_PER_FILE` per TriG file (an export of a collection),
so an L corpus is hundreds of files rather than tens of thousands. Text is written directly rather
than through an rdflib serializer: that is what makes an L corpus take seconds, not minutes.

Generated data is never committed: `benchmarks/corpora/` is git-ignored.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kg.namespaces import PREFIXES, VOCAB

PROFILES_PER_FILE = 50
FAMILY_SIZE = 40  # lineage trees stay inside a family of consecutively numbered groups


@dataclass(frozen=True)
class Size:
    name: str
    groups: int
    attacks_per_group: float
    cities: int
    countries: int


SIZES: dict[str, Size] = {
    "XS": Size("XS", 24, 2.0, 12, 4),
    "S": Size("S", 70, 4.0, 60, 12),
    "M": Size("M", 700, 4.0, 400, 60),
    "L": Size("L", 7000, 4.0, 3000, 200),
    # ten times L (about 15 M triples, 1,400 files): #13 asks whether it builds on a 2-core
    # machine at all; generating it writes about 720 MB
    "XL": Size("XL", 70000, 4.0, 30000, 2000),
}

REGIONS = [
    ("north-africa", "North Africa", "Afrique du Nord", 28.0, 10.0),
    ("sahel", "Sahel", "Sahel", 15.0, 0.0),
    ("west-africa", "West Africa", "Afrique de l'Ouest", 10.0, -5.0),
    ("east-africa", "East Africa", "Afrique de l'Est", 2.0, 38.0),
    ("middle-east", "Middle East", "Moyen-Orient", 31.0, 40.0),
    ("south-asia", "South Asia", "Asie du Sud", 25.0, 75.0),
    ("central-asia", "Central Asia", "Asie centrale", 42.0, 65.0),
    ("southeast-asia", "Southeast Asia", "Asie du Sud-Est", 5.0, 110.0),
]
SYLLABLES = ["ka", "ra", "ta", "mo", "li", "sa", "du", "ne", "bi", "zo", "fa", "ri", "ha", "tu"]
NOUNS = [
    ("Front", "Front", "Jabhat"),
    ("Movement", "Mouvement", "Harakat"),
    ("Brigades", "Brigades", "Kata'ib"),
    ("Army", "Armée", "Jaysh"),
    ("Group", "Groupe", "Jama'at"),
    ("Organisation", "Organisation", "Tanzim"),
]
CAUSES = [
    ("Liberation", "libération", "Tahrir"),
    ("Call and Combat", "prédication et combat", "Da'wa wal-Qital"),
    ("Unity and Jihad", "unicité et jihad", "Tawhid wal-Jihad"),
    ("Defenders of the Faith", "défenseurs de la foi", "Ansar al-Din"),
    ("Victory", "victoire", "Nusra"),
]
FIRST = ["Abdel", "Mokhtar", "Yahya", "Omar", "Hamid", "Ali", "Said", "Karim", "Nabil", "Amadou"]
LAST = ["Belkacem", "Haddad", "Toure", "Maiga", "Ould", "Benali", "Diallo", "Rahmani", "Zerrouk"]
MODALITIES = ["conducted", "claimed-responsibility", "implicated", "announced", "implied-subject"]
ATTACK_KINDS = [
    ("bombing-explosion", "explosives", "Bombing"),
    ("armed-assault", "firearms", "Armed assault"),
    ("assassination", "firearms", "Assassination"),
    ("hostage-taking-kidnapping", "firearms", "Kidnapping"),
    ("facility-infrastructure-attack", "incendiary", "Attack on infrastructure"),
    ("unknown", "unknown", "Attack"),
]
TARGETS = ["government-general", "police", "military", "business", "private-citizens-property",
           "tourists", "transportation", "government-diplomatic", "unknown"]


@dataclass
class Group:
    index: int
    key: str
    name_en: str
    name_fr: str
    name_ar: str
    acronym: str
    inception: int
    predecessors: list[int] = field(default_factory=list)
    how: str = ""  # split | rename | merger
    country: str = ""
    allies: list[int] = field(default_factory=list)  # groups it is kg:alliedWith


@dataclass
class Corpus:
    """What the runner needs to know about a generated corpus: where it is and what to ask."""

    folder: Path
    size: Size
    seed: int
    groups: list[Group]
    countries: list[tuple[str, str]]  # (key, English name)
    sample_attack: str = ""

    @property
    def profiles_dir(self) -> Path:
        return self.folder / "profiles"


def lit(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(text: str, datatype: str) -> str:
    return f'"{text}"^^xsd:{datatype}'


def concept(scheme: str, name: str) -> str:
    return f"<{VOCAB}{scheme}/{name}>"


def prefix_block() -> str:
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    return "\n".join(lines) + "\n\n"


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def generate(folder: Path, size: str | Size = "S", *, seed: int = 7) -> Corpus:
    """Write a corpus into `folder` (places.ttl + profiles/*.trig) and describe it."""
    spec = SIZES[size] if isinstance(size, str) else size
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profiles").mkdir(exist_ok=True)
    countries, cities = _write_places(folder / "places.ttl", spec, rng)
    groups = _plan_groups(spec, rng, countries)
    corpus = Corpus(folder, spec, seed, groups, [(k, n) for k, n, _ in countries])
    batch: list[str] = []
    number = 0
    for group in groups:
        batch.append(_profile(group, groups, cities, countries, spec, rng, corpus))
        if len(batch) == PROFILES_PER_FILE:
            number += 1
            _write_batch(folder, number, batch)
            batch = []
    if batch:
        _write_batch(folder, number + 1, batch)
    (folder / "corpus.json").write_text(json.dumps(_samples(corpus), indent=2), encoding="utf-8")
    return corpus


def _samples(corpus: Corpus) -> dict[str, object]:
    """Names to ask the catalogue about: the group with the longest lineage, the root of its
    tree, a country, an attack with conflicting figures (benchmarks/params.py uses these)."""
    groups = corpus.groups

    def ancestors(i: int) -> set[int]:
        found: set[int] = set()
        stack = list(groups[i].predecessors)
        while stack:
            j = stack.pop()
            if j not in found:
                found.add(j)
                stack.extend(groups[j].predecessors)
        return found

    deep = max(range(len(groups)), key=lambda i: (len(ancestors(i)), -i))
    root = min(ancestors(deep) or {deep})
    ally = next((g for g in groups if g.allies), groups[deep])
    return {
        "size": corpus.size.name,
        "seed": corpus.seed,
        "group": groups[deep].acronym,
        "root": groups[root].acronym,
        # a group with an ally (the allies query's sample), else the deep group, and a year when
        # both existed (the later inception; the ally may be renamed or merged away later)
        "ally": ally.acronym,
        "ally_year": str(max([ally.inception] + [groups[i].inception for i in ally.allies])),
        "country": corpus.countries[0][1],
        "attack": f"attack:{corpus.sample_attack}",
    }


def _write_batch(folder: Path, number: int, profiles: list[str]) -> None:
    path = folder / "profiles" / f"batch-{number:04d}.trig"
    path.write_text(prefix_block() + "".join(profiles), encoding="utf-8")


# ---------------------------------------------------------------- places


def _write_places(
    path: Path, spec: Size, rng: random.Random
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Regions, countries in a region, cities in a country; returns (key, name, parent) lists."""
    out = [prefix_block()]
    for key, en, fr, lat, long in REGIONS:
        out.append(
            f"place:syn-{key} a kg:Region ;\n  skos:prefLabel {lit(en, 'en')} , {lit(fr, 'fr')} ;\n"
            f"  geo:lat {typed(f'{lat:.2f}', 'decimal')} ;\n"
            f"  geo:long {typed(f'{long:.2f}', 'decimal')} .\n\n"
        )
    out.append(
        "place:syn-unknown a kg:Place ;\n  skos:prefLabel \"Unknown location\"@en .\n\n"
    )
    countries = []
    used_names: set[str] = set()
    for i in range(spec.countries):
        region = REGIONS[i % len(REGIONS)]
        name = _word(rng, 3) + "ia"
        while name in used_names:
            name = _word(rng, 3) + "ia"
        used_names.add(name)
        key = f"syn-{name.lower()}"
        iso = chr(65 + i // 26 % 26) + chr(65 + i % 26)
        lat = max(-89.0, min(89.0, region[3] + rng.uniform(-8, 8)))
        long = max(-179.0, min(179.0, region[4] + rng.uniform(-10, 10)))
        countries.append((key, name, f"syn-{region[0]}"))
        out.append(
            f"place:{key} a kg:Country ;\n  skos:prefLabel {lit(name, 'en')} ;\n"
            f"  skos:altLabel {lit(name[:-2] + 'ie', 'fr')} ;\n"
            f"  kg:iso3166Alpha2 {lit(iso)} ;\n"
            f"  geo:lat {typed(f'{lat:.2f}', 'decimal')} ;\n"
            f"  geo:long {typed(f'{long:.2f}', 'decimal')} ;\n"
            f"  kg:locatedIn place:syn-{region[0]} .\n\n"
        )
    cities = []
    for i in range(spec.cities):
        country = countries[i % len(countries)]
        name = _word(rng, 2 + i % 2) + ("ou" if i % 3 else "a")
        key = f"syn-city-{i:05d}"
        cities.append((key, name, country[0]))
        out.append(
            f"place:{key} a kg:City ;\n  skos:prefLabel {lit(name, 'en')} ;\n"
            f"  geo:lat {typed(f'{rng.uniform(-60, 60):.4f}', 'decimal')} ;\n"
            f"  geo:long {typed(f'{rng.uniform(-120, 120):.4f}', 'decimal')} ;\n"
            f"  kg:locatedIn place:{country[0]} .\n\n"
        )
    path.write_text("".join(out), encoding="utf-8")
    return countries, cities


# ---------------------------------------------------------------- groups and lineage


def _plan_groups(
    spec: Size, rng: random.Random, countries: list[tuple[str, str, str]]
) -> list[Group]:
    """Groups numbered in order of founding; lineage only points back inside a family, so the
    trees are realistic (a few levels deep) and never cyclic."""
    groups: list[Group] = []
    acronyms: set[str] = set()
    for i in range(spec.groups):
        noun = NOUNS[rng.randrange(len(NOUNS))]
        cause = CAUSES[rng.randrange(len(CAUSES))]
        place = _word(rng, 2)
        acronym = "".join(w[0] for w in f"{noun[0]} {cause[0]} {place}".split()).upper()
        acronym = f"{acronym}-{i:05d}"  # unique, so the benchmark can resolve groups by name
        acronyms.add(acronym)
        family_start = i - i % FAMILY_SIZE
        group = Group(
            index=i,
            key=f"syn-{i:05d}",
            name_en=f"{noun[0]} for {cause[0]} in {place} {i}",
            name_fr=f"{noun[1]} pour la {cause[1]} au {place} {i}",
            name_ar=f"{noun[2]} {cause[2]} fi {place} {i}",
            acronym=acronym,
            inception=1970 + (i % FAMILY_SIZE) + rng.randrange(3),
            country=countries[rng.randrange(len(countries))][0],
        )
        if i > family_start and rng.random() < 0.7:
            roll = rng.random()
            first = rng.randrange(family_start, i)
            if roll < 0.5:
                group.how, group.predecessors = "split", [first]
            elif roll < 0.75:
                group.how, group.predecessors = "rename", [first]
            else:
                second = rng.randrange(family_start, i)
                group.how = "merger"
                group.predecessors = sorted({first, second})
            group.inception = max(group.inception, *(groups[p].inception + 1 for p in
                                                     group.predecessors))
        groups.append(group)
    return groups


# ---------------------------------------------------------------- one profile document


def _profile(
    group: Group,
    groups: list[Group],
    cities: list[tuple[str, str, str]],
    countries: list[tuple[str, str, str]],
    spec: Size,
    rng: random.Random,
    corpus: Corpus,
) -> str:
    doc = f"profile:{group.key}"
    sec = f"<{PREFIXES['profile']}{group.key}#"
    sections: list[tuple[str, str, str]] = []  # (graph IRI, title, body)
    line = 1
    spans: dict[str, tuple[int, int]] = {}

    def section(local: str, title: str, body: str, lines: int = 1) -> None:
        nonlocal line
        iri = f"{sec}{local}>"
        spans[iri] = (line, line + lines - 1)
        line += lines + 1
        sections.append((iri, title, body))

    g = f"group:{group.key}"
    section(
        "title",
        "Group name",
        f"  {g} a kg:ArmedGroup ;\n    skos:prefLabel {lit(group.name_en, 'en')} , "
        f"{lit(group.name_fr, 'fr')} ;\n    kg:acronym {lit(group.acronym)} .\n"
        f"  {doc} foaf:primaryTopic {g} .\n",
    )
    names = [lit(group.name_ar, "ar-Latn"), lit(f"The {group.name_en}", "en")]
    former = ""
    if group.how == "rename":
        old = groups[group.predecessors[0]]
        former = f" ;\n    kg:formerName {lit(old.name_en, 'en')} , {lit(old.name_fr, 'fr')}"
    section(
        "alternative-names",
        "Alternative Names",
        f"  {g} skos:altLabel {' , '.join(names)}{former} .\n",
        3,
    )
    section("history", "History", _history(group, groups, countries, rng), 2)
    section("leadership", "Leadership", _leadership(group, countries, rng), 2)
    n_attacks = int(spec.attacks_per_group) + (rng.random() < spec.attacks_per_group % 1)
    conflicting: list[str] = []
    for k in range(n_attacks):
        body, second = _attack(group, k, cities, rng)
        section(f"attack-{k + 1:02d}", f"Major Attacks, entry {k + 1}", body)
        if second:
            conflicting.append(second)
        if not corpus.sample_attack and second:
            corpus.sample_attack = f"{group.key}-{k + 1:02d}"
    if conflicting:
        section("tactics", "Tactics", "".join(conflicting), 2)
    for r in range(1, 3):
        section(f"reference-{r}", f"View References, entry {r}", _reference(group, r, rng))
    modified = date(2015, 1, 1) + timedelta(days=rng.randrange(2000))
    out = [f"{doc} {{\n  {doc} a kg:ProfileDocument ;\n"
           f"    dcterms:title {lit(f'{group.name_en} ({group.acronym})', 'en')} ;\n"
           f"    kg:sourceFile {lit(f'profiles/{group.key}.txt')} ;\n"
           f"    dcterms:modified {typed(modified.isoformat(), 'date')} ;\n"
           f"    kg:section {' , '.join(iri for iri, _, _ in sections)} .\n"]
    for iri, title, _ in sections:
        start, end = spans[iri]
        out.append(
            f"  {iri} a kg:ProfileSection ;\n    dcterms:title {lit(title, 'en')} ;\n"
            f"    dcterms:isPartOf {doc} ;\n    kg:startLine {start} ;\n    kg:endLine {end} .\n"
        )
    out.append("}\n\n")
    for iri, _, body in sections:
        out.append(f"{iri} {{\n{body}}}\n\n")
    return "".join(out)


def _history(
    group: Group, groups: list[Group], countries: list[tuple[str, str, str]], rng: random.Random
) -> str:
    g = f"group:{group.key}"
    ideology = concept("ideology", rng.choice(["global-jihad", "salafi-jihadism",
                                               "regional-historical-narratives"]))
    lines = [
        f"  {g} kg:inception {typed(str(group.inception), 'gYear')} ;\n"
        f"    kg:areaOfOperation place:{group.country} ;\n    kg:ideology {ideology} .\n"
    ]
    family_start = group.index - group.index % FAMILY_SIZE
    if group.index > family_start + 2 and rng.random() < 0.3:
        other = groups[rng.randrange(family_start, group.index)]
        relation = rng.choice(["kg:alliedWith", "kg:rivalOf", "kg:affiliateOf"])
        lines.append(f"  {g} {relation} group:{other.key} .\n")
        if relation == "kg:alliedWith":
            group.allies.append(other.index)
    if group.predecessors:
        year = group.inception
        prop = {"split": "kg:splitFrom", "rename": "kg:renamedFrom",
                "merger": "kg:formedByMergerOf"}[group.how]
        cls = {"split": "kg:Split", "rename": "kg:Rename", "merger": "kg:Merger"}[group.how]
        priors = " , ".join(f"group:{groups[p].key}" for p in group.predecessors)
        lines.append(f"  {g} {prop} {priors} .\n")
        verb = {"split": "splits from", "rename": "is renamed from", "merger": "forms by merger of"}
        lines.append(
            f"  event:{group.key}-{group.how} a {cls} ;\n"
            f"    skos:prefLabel {lit(f'{group.acronym} {verb[group.how]} ' + ', '.join(groups[p].acronym for p in group.predecessors), 'en')} ;\n"  # noqa: E501
            f"    kg:priorOrganisation {priors} ;\n"
            f"    kg:resultingOrganisation {g} ;\n"
            f"    kg:date {typed(str(year), 'gYear')} ;\n    kg:edtf {lit(str(year))} ;\n"
            f"    kg:earliest {typed(f'{year}-01-01', 'date')} ;\n"
            f"    kg:latest {typed(f'{year}-12-31', 'date')} ;\n"
            f"    kg:datePrecision {concept('date-precision', 'year')} .\n"
        )
    else:  # the root of a lineage tree is designated (the `designations` query); no rng draw,
        # so the rest of the corpus stays as it was
        year = group.inception + 2
        authority = "<https://w3id.org/ctkg/id/org/syn-security-council>"
        lines.append(
            f"  <https://w3id.org/ctkg/id/designation/{group.key}-syn-security-council>\n"
            f"    a kg:Designation ;\n    kg:designatedOrganisation {g} ;\n"
            f"    kg:designatedBy {authority} ;\n    kg:listName {lit('sanctions list')} ;\n"
            f"    kg:date {typed(str(year), 'gYear')} ;\n    kg:edtf {lit(str(year))} ;\n"
            f"    kg:earliest {typed(f'{year}-01-01', 'date')} ;\n"
            f"    kg:latest {typed(f'{year}-12-31', 'date')} .\n"
            f"  {authority} a kg:Organisation ;\n"
            f"    skos:prefLabel {lit('Syn Security Council', 'en')} .\n"
        )
    return "".join(lines)


def _leadership(group: Group, countries: list[tuple[str, str, str]], rng: random.Random) -> str:
    g = f"group:{group.key}"
    out = []
    start = group.inception
    for n in range(1 + rng.randrange(2)):
        person = f"person:{group.key}-leader-{n + 1}"
        tenure = f"leadership:{group.key}-{n + 1}"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {group.index}-{n + 1}"
        end = start + 1 + rng.randrange(8)
        ending = f" ;\n    kg:endDate {typed(str(end), 'gYear')}" if n == 0 and rng.random() < 0.6 \
            else ""
        out.append(
            f"  {g} kg:hasLeadership {tenure} .\n"
            f"  {tenure} a kg:Leadership ;\n    kg:ofOrganisation {g} ;\n"
            f"    kg:leader {person} ;\n    kg:startDate {typed(str(start), 'gYear')}{ending} .\n"
            f"  {person} a kg:Person ;\n    skos:prefLabel {lit(name, 'en')} ;\n"
            f"    kg:nationality place:{rng.choice(countries)[0]} .\n"
        )
        start = end
    return "".join(out)


def _date_fields(rng: random.Random, year: int) -> tuple[str, bool]:
    """EDTF date at one of four precisions with its bounds; True for a range (a campaign)."""
    roll = rng.random()
    month, day = 1 + rng.randrange(12), 1 + rng.randrange(28)
    if roll < 0.45:
        d = f"{year}-{month:02d}-{day:02d}"
        return (f"    kg:date {typed(d, 'date')} ;\n    kg:edtf {lit(d)} ;\n"
                f"    kg:earliest {typed(d, 'date')} ;\n    kg:latest {typed(d, 'date')} ;\n"
                f"    kg:datePrecision {concept('date-precision', 'day')} ;\n"), False
    if roll < 0.75:
        ym = f"{year}-{month:02d}"
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return (f"    kg:date {typed(ym, 'gYearMonth')} ;\n    kg:edtf {lit(ym)} ;\n"
                f"    kg:earliest {typed(ym + '-01', 'date')} ;\n"
                f"    kg:latest {typed(f'{ym}-{last}', 'date')} ;\n"
                f"    kg:datePrecision {concept('date-precision', 'month')} ;\n"), False
    if roll < 0.93:
        return (f"    kg:date {typed(str(year), 'gYear')} ;\n    kg:edtf {lit(str(year))} ;\n"
                f"    kg:earliest {typed(f'{year}-01-01', 'date')} ;\n"
                f"    kg:latest {typed(f'{year}-12-31', 'date')} ;\n"
                f"    kg:datePrecision {concept('date-precision', 'year')} ;\n"), False
    end = year + 1 + rng.randrange(5)
    return (f"    kg:edtf {lit(f'{year}/{end}')} ;\n"
            f"    kg:earliest {typed(f'{year}-01-01', 'date')} ;\n"
            f"    kg:latest {typed(f'{end}-12-31', 'date')} ;\n"
            f"    kg:datePrecision {concept('date-precision', 'range')} ;\n"), True


def _figure(iri: str, rng: random.Random, what: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        unknown = concept("count-qualifier", "unknown")
        return (f"  {iri} a kg:Figure ;\n    kg:countQualifier {unknown}"
                f" ;\n    kg:verbatim {lit(f'unknown {what}')} .\n")
    n = int(rng.paretovariate(1.2)) - 1 + (rng.random() < 0.5)
    qualifier = "at-least" if roll < 0.3 else "exact"
    words = f"{n}+ {what}" if qualifier == "at-least" else f"{n} {what}"
    return (f"  {iri} a kg:Figure ;\n    kg:count {n} ;\n"
            f"    kg:countQualifier {concept('count-qualifier', qualifier)} ;\n"
            f"    kg:verbatim {lit(words)} .\n")


def _attack(
    group: Group, k: int, cities: list[tuple[str, str, str]], rng: random.Random
) -> tuple[str, str]:
    """One attack entry; and, for a few, a conflicting killed figure for another section."""
    key = f"{group.key}-{k + 1:02d}"
    a = f"attack:{key}"
    year = min(2020, group.inception + rng.randrange(12))
    dates, is_range = _date_fields(rng, year)
    kind = ATTACK_KINDS[rng.randrange(len(ATTACK_KINDS))]
    city = rng.choice(cities)
    roll = rng.random()
    place = "syn-unknown" if roll < 0.03 else (city[2] if roll < 0.15 else city[0])
    modality = rng.choice(MODALITIES)
    suicide = " ;\n    kg:suicide true" if kind[0] == "bombing-explosion" and roll < 0.5 else ""
    body = [
        f"  {a} a {'kg:Campaign' if is_range else 'kg:Attack'} ;\n"
        f"    skos:prefLabel {lit(f'{kind[2]} in {city[1]} by {group.acronym}', 'en')} ;\n"
        f"{dates}"
        f"    kg:place place:{place} ;\n"
        f"    kg:attribution attribution:{key}-1 ;\n"
        f"    kg:attackType {concept('attack-type', kind[0])} ;\n"
        f"    kg:weaponType {concept('weapon-type', kind[1])} ;\n"
        f"    kg:targetType {concept('target-type', rng.choice(TARGETS))} ;\n"
        f"    kg:killed figure:{key}-killed ;\n"
        f"    kg:wounded figure:{key}-wounded{suicide} .\n"
        f"  attribution:{key}-1 a kg:Attribution ;\n    kg:attributedTo group:{group.key} ;\n"
        f"    kg:modality {concept('attribution-modality', modality)} .\n",
        _figure(f"figure:{key}-killed", rng, "killed"),
        _figure(f"figure:{key}-wounded", rng, "wounded"),
    ]
    second = ""
    if rng.random() < 0.05:
        second = f"  {a} kg:killed figure:{key}-killed-tactics .\n" + _figure(
            f"figure:{key}-killed-tactics", rng, "killed"
        )
    return "".join(body), second


def _reference(group: Group, number: int, rng: random.Random) -> str:
    source = f"source:{group.key}-ref-{number}"
    accessed = date(2015, 1, 1) + timedelta(days=rng.randrange(1500))
    return (
        f"  {source} a kg:Source ;\n"
        f"    dcterms:title {lit(f'{group.name_en}: report {number}', 'en')} ;\n"
        f"    kg:referenceNumber {number} ;\n"
        f"    kg:accessed {typed(accessed.isoformat(), 'date')} ;\n"
        f"    schema:url {typed(f'https://example.org/reports/{group.key}/{number}', 'anyURI')} .\n"
    )


def iter_files(corpus: Corpus) -> Iterator[Path]:
    yield corpus.folder / "places.ttl"
    yield from sorted(corpus.profiles_dir.glob("*.trig"))
