"""Stating a lineage step: the direct edge, the result's inception and a dated kg:LineageEvent.

The one place that writes lineage triples; every frame that read a step ends here.
"""

from __future__ import annotations

from rdflib import RDF, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import PartialDate
from kg.ingest.group_references import UNRESOLVED
from kg.ingest.lineage.lexicon import PLEDGE
from kg.ingest.lineage.review import not_lineage
from kg.ingest.sections import Section
from kg.namespaces import EVENT, KG, VOCAB

LINEAGE_KIND = Namespace(str(VOCAB) + "lineage-kind/")
"""The kind of a lineage event where its class does not say it: `pledge` (a rename on a
pledge of allegiance), as dcterms:type of the kg:LineageEvent."""


def state_split(
    ctx: IngestContext, section: Section, result: URIRef, prior: URIRef,
    date: PartialDate | None, sentence: Sentence,
) -> None:
    state_step(ctx, section, "split", result, [prior], [], date, sentence)


_EDGE = {
    "split": KG.splitFrom,
    "merger": KG.formedByMergerOf,
    "merger-rename": KG.renamedFrom,
    "rename": KG.renamedFrom,
    "absorbed": KG.absorbed,
}
_CLASSES = {
    "split": [KG.Split],
    "merger": [KG.Merger],
    "merger-rename": [KG.Merger, KG.Rename],
    "rename": [KG.Rename],
    "absorbed": [KG.Merger],
}


def state_step(
    ctx: IngestContext,
    section: Section,
    kind: str,
    result: URIRef,
    priors: list[URIRef],
    partners: list[URIRef],
    date: PartialDate | None,
    sentence: Sentence,
) -> None:
    """The direct lineage edges, the result's inception, and a dated kg:LineageEvent."""
    partners = [p for p in partners if p not in priors and p != result]
    priors = [p for p in priors if p != result]
    if not priors or UNRESOLVED in (result, *priors, *partners):
        return
    if section.key != "history":
        # a step the history told already, told again in passing elsewhere ("commanded it
        # until March 2017, when it was folded into X"): the history's telling stands
        again = [p for p in priors if _told_already(ctx, result, p)]
        for prior in again:
            not_lineage(ctx, section, sentence.line, f"{ctx.short(result)} / {ctx.short(prior)}",
                        "the history tells a step between these two already")
        priors = [p for p in priors if p not in again]
        if not priors:
            return
    if kind == "split":
        # "a faction split from ⟦PFLP-GC⟧ and took the old name ⟦PLF⟧", where the PLF is an
        # ancestor of the group: a new organisation under an old name is another organisation
        # than the one the graph knows by it, and no organisation splits from its descendant
        # (a body absorbed back into its parent may split again: absorption is no descent here)
        looping = [p for p in priors if _descends_from(ctx, p, result)]
        for prior in looping:
            not_lineage(ctx, section, sentence.line, f"{ctx.short(result)} / {ctx.short(prior)}",
                        f"{ctx.short(result)} is already an ancestor of {ctx.short(prior)}: a "
                        "new organisation under an old name is another organisation, which "
                        "the graph cannot tell apart by its name")
        priors = [p for p in priors if p not in looping]
        if not priors:
            return
    for prior in priors:
        ctx.add(section, result, _EDGE[kind], prior, sentence.line)
    for partner in partners:
        ctx.add(section, result, KG.affiliateOf, partner, sentence.line)
    how = _EDGE[kind].n3().rsplit("#", 1)[-1].rstrip(">")
    described = ", ".join(ctx.short(p) for p in priors)
    if date is None:
        ctx.extracted(section, f"{ctx.short(result)} {how} {described} (no date)")
        ctx.problem(
            section,
            sentence.line,
            f"{how}: the sentence gives no date, so no dated lineage event was recorded",
        )
        return
    if kind != "absorbed" and not date.approximate:  # 'around 2004' is no inception date
        ctx.add(section, result, KG.inception, date.literal or Literal(date.edtf), sentence.line)
    event_kind = "split" if kind == "split" else "rename" if kind == "rename" else "merger"
    event = ctx.index.events.get((event_kind, result, date.edtf))
    label = _event_label(ctx, kind, result, priors, partners)
    if event is None:
        base = {
            "split": f"{date.slug}-{_local(result)}-splits-from-{_local(priors[0])}",
            "merger": f"{date.slug}-{_local(result)}-formed-by-merger",
            "merger-rename": f"{date.slug}-{_local(priors[0])}-merges-with-"
            + "-".join(_local(p) for p in partners or [result]),
            "rename": f"{date.slug}-{_local(priors[0])}-renamed-{_local(result)}",
            "absorbed": f"{date.slug}-{_local(result)}-absorbs-"
            + "-".join(_local(p) for p in priors),
        }[kind]
        event = ctx.index.mint(EVENT, base, ctx.minted)
        ctx.index.events[(event_kind, result, date.edtf)] = event
        ctx.index.add_kind(event, event_kind)
    for cls in _CLASSES[kind]:
        ctx.add(section, event, RDF.type, cls)
    ctx.add_label(section, event, label, "en")
    for prior in priors:
        ctx.add(section, event, KG.priorOrganisation, prior)
    for partner in partners:
        ctx.add(section, event, KG.mergerPartner, partner)
    ctx.add(section, event, KG.resultingOrganisation, result)
    ctx.add_date(section, event, date, line=sentence.line)
    ctx.add(section, event, KG.verbatim, Literal(" ".join(sentence.text.split())))
    if kind == "rename" and PLEDGE.search(sentence.text):
        # a rename on a pledge of allegiance ("pledged allegiance to Z and renamed itself W")
        ctx.add(section, event, DCTERMS.type, LINEAGE_KIND.pledge)
        how += " (on a pledge of allegiance)"
    extra = f", partner {', '.join(ctx.short(p) for p in partners)}" if partners else ""
    ctx.extracted(section, f"{ctx.short(result)} {how} {described}{extra} in {date.edtf}")


_LINEAGE_EDGES = (KG.splitFrom, KG.formedByMergerOf, KG.renamedFrom, KG.absorbed)


def _told_already(ctx: IngestContext, one: URIRef, other: URIRef) -> bool:
    """Whether a lineage edge joins the two organisations, either way round."""
    return any(b in ctx.graph.objects(a, edge)
               for edge in _LINEAGE_EDGES for a, b in ((one, other), (other, one)))


def _descends_from(ctx: IngestContext, organisation: URIRef, ancestor: URIRef) -> bool:
    """Whether the graph already makes `ancestor` an ancestor of `organisation` by splits,
    mergers and renames."""
    seen, frontier = {organisation}, [organisation]
    while frontier:
        here = frontier.pop()
        for edge in (KG.splitFrom, KG.formedByMergerOf, KG.renamedFrom):
            for prior in ctx.graph.objects(here, edge):
                if prior == ancestor:
                    return True
                if prior not in seen:
                    seen.add(prior)
                    frontier.append(prior)
    return False


def _event_label(
    ctx: IngestContext, kind: str, result: URIRef, priors: list[URIRef], partners: list[URIRef]
) -> str:
    name = _name(ctx, result)
    if kind == "split":
        return f"{name} splits from {_name(ctx, priors[0])}"
    if kind == "merger":
        return f"Formation of {name} by merger"
    if kind == "merger-rename":
        partner = " and ".join(_name(ctx, p) for p in partners) or "others"
        return f"{_name(ctx, priors[0])} merges with {partner} and renames itself {name}"
    if kind == "rename":
        return f"{_name(ctx, priors[0])} renames itself {name}"
    return f"{name} absorbs {', '.join(_name(ctx, p) for p in priors)}"


def _name(ctx: IngestContext, iri: URIRef) -> str:
    acronyms = sorted(
        (a for a, entries in ctx.index.acronyms.items() if iri in entries and entries[iri] <= 1),
        key=len,
    )
    if acronyms:
        return acronyms[0]
    labels = ctx.index.labels.get(iri, {})
    return labels.get("en") or next(iter(sorted(labels.values())), _local(iri))


def _local(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]

