"""Stage 0: turn a profile document of the collection into RDF, every fact traced to its lines.

    from kg.ingest import ingest_profile, write_ingested
    result = ingest_profile("profiles/mali-group.txt")        # resolves against data/
    print(result.review())                                     # what was read, what was not
    if result.ok:
        write_ingested(result, "data/profiles/mali-group.trig")

The text is split into sections (`sections`), each section read by its extractor (`lineage`,
`attacks`, `references`, `profile_facts`) against an index of what the graph already holds
(`resolve`), and the facts are stated in one named graph per section (`emit`), in the modelling
of the curated `data/profiles/aqim.trig`. Problems are returned, never raised: only a file that
cannot be read at all raises an IngestError.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.namespace import DCMITYPE, DCTERMS
from rdflib.term import Node

from kg.atomic import write_atomically
from kg.errors import IngestError
from kg.ingest.attacks import extract_attack
from kg.ingest.bounds import (
    DEFAULT_LIMITS,
    ProfileLimits,
    check_lines,
    check_size,
    read_profile_bytes,
)
from kg.ingest.candidates import unused_candidates
from kg.ingest.context import IngestContext
from kg.ingest.context_typing import (
    state_pledged_to,
    type_armed_wings,
    type_fighting_owners,
    type_leadership_persons,
)
from kg.ingest.designations import extract_designations
from kg.ingest.emit import ProfileGraph
from kg.ingest.index_cache import cached_index
from kg.ingest.leaders import type_persons
from kg.ingest.leaders.narrative import extract_leadership_in_narrative
from kg.ingest.lineage import extract_former_names, extract_history, extract_lineage
from kg.ingest.mentions import link_mentions
from kg.ingest.names import slugify
from kg.ingest.profile_facts import (
    extract_alternative_names,
    extract_areas,
    extract_enemies,
    extract_funding,
    extract_goals,
    extract_ideology,
    extract_last_updated,
    extract_leadership,
    extract_organisation,
    extract_tactics,
    extract_title,
)
from kg.ingest.references import extract_reference
from kg.ingest.report import Problem, SectionReport, Severity, render_review, review_json
from kg.ingest.resolve import EntityIndex, add_gazetteer_places
from kg.ingest.sections import OUTSIDE_THE_LAYOUT, Section, split_sections
from kg.ingest.state_bodies import state_state_bodies
from kg.ingest.text import decode_profile
from kg.load import KnowledgeGraph
from kg.namespaces import COLLECTION, KG
from kg.resources import default_data_dir

__all__ = [
    "IngestError",
    "IngestResult",
    "Problem",
    "ProfileLimits",
    "SectionReport",
    "Severity",
    "default_output",
    "ingest_profile",
    "write_ingested",
]


@dataclass
class IngestResult:
    """The ingested profile: its quads (one graph per section), the problems found, and per
    section what was extracted and what was not understood."""

    source: Path
    slug: str
    graph: ProfileGraph
    problems: list[Problem] = field(default_factory=list)
    sections: list[SectionReport] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        """No error: the result is what the profile says, as far as the parser can tell."""
        return not self.errors

    @property
    def dataset(self) -> Dataset:
        return self.graph.dataset()

    def trig(self) -> str:
        header = (
            f"{self._title()}: the profile {self._source_name()} as RDF, ingested by `kg ingest`.\n"
            "\n"
            "Every fact stands in the named graph of the profile section (or attack / reference\n"
            "entry) that states it; the document graph describes each section with its lines."
        )
        return self.graph.trig(header)

    def review(self) -> str:
        return render_review(self.sections, self.problems, source=str(self.source))

    def review_json(self) -> dict:
        """The review as data, for tooling (`kg ingest --review --format json`)."""
        return review_json(self.sections, self.problems, source=str(self.source))

    def _title(self) -> str:
        titles = self.graph.objects(self.graph.document, DCTERMS.title)
        return str(titles[0]) if titles else self.slug

    def _source_name(self) -> str:
        files = self.graph.objects(self.graph.document, KG.sourceFile)
        return str(files[0]) if files else self.source.name


def ingest_profile(
    path: Path | str,
    *,
    existing: KnowledgeGraph | Dataset | None = None,
    text: bytes | str | None = None,
    slug: str | None = None,
    limits: ProfileLimits = DEFAULT_LIMITS,
) -> IngestResult:
    """Read a profile and return it as RDF with its problems and per-section report.

    `existing` is the graph to resolve names against (default: the project's data/, loaded);
    the profile's own earlier output in it is ignored, so re-ingesting gives the same IRIs.
    `text` reads the profile from memory instead of `path` (which then only names it).
    `limits` bounds the file's size and its longest line (see `kg.ingest.bounds`); a profile
    over either raises an IngestError before any reader runs."""
    path = Path(path)
    if text is None:
        data = read_profile_bytes(path, limits)
    else:
        data = text.encode("utf-8") if isinstance(text, str) else text
        check_size(path, data, limits)
    slug = slug or slugify(path.stem)
    decoded = decode_profile(data)
    check_lines(path, decoded.text, limits)
    layout = split_sections(decoded.lines)
    graph = ProfileGraph(slug)
    title = layout.get("title")
    index = _index(existing, graph.document, title.body if title is not None else None)
    ctx = IngestContext(path, slug, layout, graph, index)
    ctx.preexisting = set(index.subjects)
    ctx.problems.extend(decoded.problems)
    ctx.problems.extend(layout.problems)
    _describe_document(ctx, path)
    _read_sections(ctx)
    _account(ctx)
    problems = sorted(ctx.problems, key=lambda p: (p.line, p.severity.value, p.message))
    return IngestResult(path, slug, graph, problems, [ctx.reports[s.key] for s in layout.sections])


def _index(
    existing: KnowledgeGraph | Dataset | None, document: URIRef, title: str | None = None
) -> EntityIndex:
    """The entities to resolve against, without the profile's own earlier output: the graphs
    of this document, and of any document with the same title (a profile is identified by its
    title, so one re-ingested under another file name mints the same IRIs, not a second copy
    of its attacks)."""
    if existing is None:
        from kg.load import load

        existing = load([default_data_dir()], with_ontology=False)
    dataset = existing.dataset if isinstance(existing, KnowledgeGraph) else existing
    owns = {str(document)} | {str(d) for d in same_title_documents(dataset, title)}

    def build() -> EntityIndex:
        index = EntityIndex.from_dataset(
            dataset,
            skip_graph=lambda g: str(g) in owns or str(g).split("#", 1)[0] in owns,
        )
        add_gazetteer_places(index)
        return index

    return cached_index(dataset, owns, build)  # built once per process for the same quads


def same_title_documents(dataset: Dataset, title: str | None) -> list[URIRef]:
    """Profile documents in the dataset whose title is `title` (compared without case and
    spacing differences)."""
    if not title:
        return []
    wanted = " ".join(title.split()).casefold()
    found = []
    documents = {q[0] for q in dataset.quads((None, RDF.type, KG.ProfileDocument, None))}
    for document in documents:
        for _, _, stated, _ in dataset.quads((document, DCTERMS.title, None, None)):
            if " ".join(str(stated).split()).casefold() == wanted and isinstance(document, URIRef):
                found.append(document)
    return found


def _account(ctx: IngestContext) -> None:
    """Per section: how many statements its graph(s) hold, and the candidates (names, dates,
    numbers, place words) of its sentences that no statement uses."""
    counts: dict[str, int] = {}
    for _, _, _, graph in ctx.graph.quads():
        key = str(graph).rsplit("#", 1)[-1] if "#" in str(graph) else ""
        counts[key] = counts.get(key, 0) + 1
    for section in ctx.layout.sections:
        report = ctx.reports.get(section.key)
        if report is None:
            continue
        # the section's own description in the document graph is not a fact read from it
        report.statements = counts.get(section.key, 0)
        report.not_understood = [sentence for sentence in report.not_understood
                                 if sentence not in report.understood_elsewhere]
        if section.key in _NARRATIVE or section.parent == "major-attacks":
            # readers may have listed candidates of their own (kg.ingest.lineage): kept first
            report.unused = [*report.unused] + [
                (c.line, c.text, c.kind, c.reason) for c in unused_candidates(ctx, section.key)
            ]


# Sections whose sentences are read for facts (lists, titles and references are not prose).
_NARRATIVE = {"leadership", "history", "organisation", "funding", "ideology", "goals",
              "enemies", "tactics"}
# Prose sections whose sentences may tell lineage besides the history: a writer's story of the
# group wherever the layout put it (the funding and the ideology tell whom a group draws on or
# is inspired by, never its descent)
_LINEAGE_ELSEWHERE = {"areas", "leadership", "organisation", "goals", "enemies", "tactics"}


def _describe_document(ctx: IngestContext, path: Path) -> None:
    """The document graph: the profile, its collection, and every section with its lines."""
    document = ctx.graph.document
    ctx.graph.declare_graph(document, (0, 0, 0))
    title = ctx.layout.get("title")

    def add(subject: URIRef, predicate: URIRef, obj: Node) -> None:
        ctx.graph.add(document, subject, predicate, obj)

    add(document, RDF.type, KG.ProfileDocument)
    if title is not None:
        add(document, DCTERMS.title, Literal(title.body, lang="en"))
    if ctx.layout.collection:
        collection = COLLECTION[slugify(ctx.layout.collection)]
        add(document, DCTERMS.isPartOf, collection)
    add(document, KG.sourceFile, Literal(_source_file(path)))
    for section in ctx.layout.sections:
        add(document, KG.section, ctx.section_graph(section.key))
    if ctx.layout.collection:
        add(collection, RDF.type, DCMITYPE.Collection)
        add(collection, DCTERMS.title, Literal(ctx.layout.collection, lang="en"))
    for order, section in enumerate(ctx.layout.sections, 1):
        node = ctx.section_graph(section.key)
        parent = ctx.section_graph(section.parent) if section.parent else document
        add(node, RDF.type, KG.ProfileSection)
        add(node, DCTERMS.title, Literal(section.title, lang="en"))
        add(node, DCTERMS.isPartOf, parent)
        add(node, KG.startLine, Literal(section.start))
        add(node, KG.endLine, Literal(section.end))
        add(node, KG.verbatim, Literal(section.verbatim))
        ctx.graph.declare_graph(node, (1, order, 0))
        ctx.reports[section.key] = SectionReport(section.key, section.title, section.start, section.end)  # noqa: E501


def _source_file(path: Path) -> str:
    """The profile's path relative to the project (as kg:sourceFile records it), else its name."""
    root = default_data_dir().parent.resolve()
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.name


_READERS: dict[str, Callable[[IngestContext, Section], None]] = {
    "title": extract_title,
    "history": extract_history,
    "alternative-names": extract_alternative_names,
    "areas": extract_areas,
    "leadership": extract_leadership,
    "organisation": extract_organisation,
    "funding": extract_funding,
    "ideology": extract_ideology,
    "goals": extract_goals,
    "enemies": extract_enemies,
    "tactics": extract_tactics,
    "last-updated": extract_last_updated,
}
# The areas first: where the group operates tells the graph's namesakes apart before any name is
# looked up (IngestContext._keep_namesakes_apart). The leadership before the history, so its
# persons are not taken for groups there;
# the history before the names, as it says which listed names belong to a predecessor; the
# attacks before the tactics and references, which give figures for dated attacks.
_ORDER = [
    "title", "areas", "leadership", "history", "alternative-names", "organisation", "funding",
    "attack", "ideology", "goals", "enemies", "tactics", "last-updated", "reference",
]  # fmt: skip


def _read_sections(ctx: IngestContext) -> None:
    if ctx.layout.get("title") is None:
        return  # nothing can be said about a group without its name
    for step in _ORDER:
        for section in ctx.layout.sections:
            if step == "attack" and section.parent == "major-attacks":
                extract_attack(ctx, section)
            elif step == "reference" and section.parent == "references":
                extract_reference(ctx, section)
            elif section.key == step and step in _READERS:
                _READERS[step](ctx, section)
        if step == "leadership":
            # leaders told only in the history (kg.ingest.leaders.narrative), before the
            # lineage reader reads it, as the leadership section's are
            extract_leadership_in_narrative(ctx)
        if step == "history":
            # lineage told outside the history (kg.ingest.lineage.reader.extract_lineage),
            # before the names, which it tells apart from predecessors' names
            for section in ctx.layout.sections:
                if section.key in _LINEAGE_ELSEWHERE or section.key.startswith(
                        OUTSIDE_THE_LAYOUT):
                    extract_lineage(ctx, section)
                elif section.key == "alternative-names":
                    extract_former_names(ctx, section)  # "formerly X", "X (until 2009)"
    # Designations may be stated in any prose section (kg.ingest.designations).
    for section in ctx.layout.sections:
        if section.key in _NARRATIVE or section.key == "areas":
            extract_designations(ctx, section)
    # A state's bodies named with the state's possessive and their acronym ("Pakistan's
    # Inter-Services Intelligence (ISI)"), before the persons: kg.ingest.state_bodies
    state_state_bodies(ctx, [
        s for s in ctx.layout.sections
        if s.key in _NARRATIVE or s.parent == "major-attacks"
    ])
    # Persons named in a role or taken up by "he/his" in the other prose sections, once every
    # reader has said which names are groups and places (kg.ingest.leaders.type_persons).
    for section in ctx.layout.sections:
        if (section.key in _NARRATIVE and section.key != "leadership") or (
            section.parent == "major-attacks"
        ):
            type_persons(ctx, section)
    # Organisations a sentence names as an armed wing or an armed group, and the leadership
    # section's persons only the shape of a sentence shows (kg.ingest.context_typing)
    for section in ctx.layout.sections:
        if section.key in _NARRATIVE or section.parent == "major-attacks":
            type_armed_wings(ctx, section)
            type_fighting_owners(ctx, section)
            state_pledged_to(ctx, section)
        if section.key == "leadership":
            type_leadership_persons(ctx, section)
    # Organisations named in passing, linked where the name is certain (kg.ingest.mentions).
    link_mentions(ctx, [
        s for s in ctx.layout.sections
        if s.key in _NARRATIVE or s.parent == "major-attacks"
    ])
    ctx.report_namesakes()


def write_ingested(
    result: IngestResult,
    output: Path | str,
    *,
    force: bool = False,
    partial: bool = False,
    refuse_duplicate: bool = False,
) -> Path:
    """Write the result as TriG, atomically (temp file, then rename).

    Refuses a result with errors unless `partial`, an existing file unless `force`, and a
    suffix that cannot hold named graphs. With `refuse_duplicate` (what `kg ingest` does, as
    the files of a data folder are loaded together) it also refuses to write beside another
    file that holds a profile of the same title, naming that file."""
    output = Path(output)
    if output.suffix.lower() != ".trig":
        raise IngestError(
            f"{output}: an ingested profile is one named graph per section, which "
            f"{output.suffix or 'this format'} cannot hold; write it as .trig "
            f"(e.g. {output.with_suffix('.trig')})"
        )
    if result.errors and not partial:
        first = result.errors[0]
        more = f" (and {len(result.errors) - 1} more)" if len(result.errors) > 1 else ""
        raise IngestError(
            f"{result.source}:{first.line}: {first.message}{more}; nothing written — fix the "
            "profile, or pass --partial to write what could be read"
        )
    if output.exists() and not force:
        raise IngestError(f"{output}: already exists; pass --force to overwrite it")
    twin = _same_profile_elsewhere(result, output) if refuse_duplicate else None
    if twin is not None:
        raise IngestError(
            f"{twin}: already holds the profile '{result._title()}' (ingested from another "
            f"file); writing {output} too would state its facts twice — write to {twin} with "
            "--force, or remove it first"
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(output, result.trig())
    return output


def _same_profile_elsewhere(result: IngestResult, output: Path) -> Path | None:
    """Another TriG file beside the output holding a profile document with the same title."""
    title = result._title()
    if not output.parent.is_dir():
        return None
    for other in sorted(output.parent.glob("*.trig")):
        if other.resolve() == output.resolve():
            continue
        try:
            text = other.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "ProfileDocument" not in text or title.split("(")[0].strip() not in text:
            continue  # cheap filter before parsing
        dataset = Dataset()
        try:
            dataset.parse(data=text, format="trig")
        except Exception:  # an unreadable neighbour is not this write's problem
            continue
        if same_title_documents(dataset, title):
            return other
    return None


def default_output(result: IngestResult) -> Path:
    """Where `kg ingest` writes by default: data/profiles/<slug>.trig."""
    return default_data_dir() / "profiles" / f"{result.slug}.trig"


