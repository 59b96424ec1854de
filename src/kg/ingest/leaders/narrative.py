"""Leadership told outside the leadership section: in the history, or in a paragraph the
layout took for the organisation.

Many writers have no leadership paragraph at all: a think-tank narrative or a translated report
tells who led the group in its history ("Santoso led the group until he was killed in July
2016"), and a history paragraph that happens to carry a leader word may be laid out as the
untitled leadership section while the sentence that names the leader lands in the next one.
The leadership reader never saw those sentences, so the profile had no leader.

They are read here by the same grammar (`read_sentence`) — which decides whose leader a clause
tells (the group, never another organisation, a wing or a deputy's post) and from when — but
only where the profile's leadership section stated no tenure: a profile that tells its leaders
in a leadership section is not read twice, where a history's looser retelling ("X, the group's
founder, was killed in 2009") could add a second, different tenure of the same person.

Only tenures are stated from these sections, each with its sentence's provenance; roles and
aliases stay with the leadership section's reader, and the other sections' persons are typed by
`kg.ingest.leaders.type_persons` as before. The sections are read in the order written, one
state across them, so a surname ("Al-Sahrawi led the group …") finds the full name the
paragraph before gave.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.ingest.context import IngestContext
from kg.ingest.leaders.graph import state_tenure
from kg.ingest.leaders.model import LeadershipState
from kg.ingest.leaders.reader import read_sentence
from kg.namespaces import KG

NARRATIVE_SECTIONS = ("leadership", "organisation", "history")
"""The sections read for leadership, in the order the profile writes them; the leadership
section's own sentences are read again only for what they tell the others (who was named)."""


def extract_leadership_in_narrative(ctx: IngestContext) -> None:
    """State the tenures the history and organisation paragraphs tell, when the leadership
    section stated none (see module docstring)."""
    if ctx.subject is None or _has_leadership(ctx, ctx.subject):
        return
    sections = sorted(
        (s for s in ctx.layout.sections if s.key in NARRATIVE_SECTIONS), key=lambda s: s.start
    )
    if all(s.key == "leadership" for s in sections):
        return
    state = LeadershipState()
    # every sentence read before any is stated: a later one may end an earlier tenure ("He
    # was killed in 2012"), as in the leadership section's own reader
    readings = [(section, sentence, read_sentence(ctx, sentence.text, state))
                for section in sections for sentence in ctx.sentences(section)]
    for section, sentence, reading in readings:
        if section.key == "leadership":
            continue  # stated, or reported, by the leadership section's own reader
        for tenure in reading.tenures:
            state_tenure(ctx, section, sentence, tenure)


def _has_leadership(ctx: IngestContext, group: URIRef) -> bool:
    """Whether the profile's graph already states a kg:Leadership of the group."""
    return any(True for _ in ctx.graph.objects(group, KG.hasLeadership))
