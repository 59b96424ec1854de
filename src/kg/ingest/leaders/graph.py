"""The RDF of a reading and its review: a kg:Leadership per tenure, aliases, roles, persons,
and every declined clause with its reason.
"""

from __future__ import annotations

from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS, SKOS

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.leaders.model import TENURE_END, Reading, Tenure
from kg.ingest.leaders.reader import NO_LEADERSHIP_VERB
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.namespaces import KG, LEADERSHIP, SCHEMA

# ------------------------------------------------------------------ the graph


def state_leadership(
    ctx: IngestContext,
    section: Section,
    sentence: Sentence,
    reading: Reading,
    *,
    report_unread: bool = True,
) -> None:
    """The graph of one sentence's reading: a kg:Leadership per tenure with a start date (its
    end and how it ended where the text says), aliases as alternative names, roles as
    schema:jobTitle of a person who is a schema:memberOf the group, every person the sentence
    shows to be a person (a role, a pronoun, an end) as a kg:Person, and every declined
    leadership-like clause in the review with its reason."""
    if ctx.subject is None:
        return
    for main, alias in reading.aliases:
        iri = ctx.person(section, main, sentence.line)
        if not ctx.index.has_name(iri, alias):
            ctx.add(section, iri, SKOS.altLabel, Literal(alias, lang="en"))
            ctx.index.add_name(iri, alias, 2)
        ctx.extracted(section, f"alias {alias!r} of {ctx.short(iri)}")
    leaders = {t.person for t in reading.tenures}
    for tenure in reading.tenures:
        state_tenure(ctx, section, sentence, tenure)
    for who, role in reading.roles:
        if who in leaders and role in ("deputy", "founder", "co-founder"):
            continue
        person = ctx.person(section, who, sentence.line)
        ctx.add(section, person, SCHEMA.jobTitle, Literal(role, lang="en"))
        ctx.add(section, person, SCHEMA.memberOf, ctx.subject)
        ctx.extracted(section, f"{ctx.short(person)}: {role} (a role, not a leader)")
    for who in reading.typed:
        if who not in leaders and all(who != r for r, _ in reading.roles):
            person = ctx.person(section, who, sentence.line)
            ctx.extracted(section, f"{ctx.short(person)}: a person (named with a pronoun, an "
                          "alias or an end)")
    for clause, why in reading.declined:
        if why == NO_LEADERSHIP_VERB and not report_unread:
            continue
        ctx.problem(
            section, sentence.line,
            f"no leader read from {clause!r}: {why}", Severity.NOTE,
        )


def state_tenure(ctx: IngestContext, section: Section, sentence: Sentence, tenure: Tenure) -> None:
    """One kg:Leadership. Its start as the text gives it: an XSD date at the text's precision,
    an approximate one ("around 2005", "the mid-1990s") as kg:edtf only, or none at all where
    the text gives none (an acting leader; a review note says so) — never a guessed one."""
    if ctx.subject is None:
        return
    person = ctx.person(section, tenure.person, sentence.line)
    if tenure.start is None and tenure.start_unread:
        ctx.problem(
            section, sentence.line,
            f"leader {tenure.person!r} found, but the sentence tells a date or a duration not "
            "read as the start, or starts the tenure at an event no date is read for (a split, "
            "the group's founding); only the person was recorded",
        )
        return
    subject_local = str(ctx.subject).rsplit("/", 1)[-1]
    node = ctx.index.mint(
        LEADERSHIP, f"{subject_local}-{str(person).rsplit('/', 1)[-1]}", ctx.minted
    )
    ctx.add(section, ctx.subject, KG.hasLeadership, node)
    ctx.add(section, node, RDF.type, KG.Leadership)
    ctx.add(section, node, KG.ofOrganisation, ctx.subject)
    ctx.add(section, node, KG.leader, person)
    start = tenure.start
    if start is not None and start.literal is not None:
        ctx.add(section, node, KG.startDate, start.literal, sentence.line)
        described = f"leader {ctx.short(person)} since {start.edtf}"
    elif start is not None:
        ctx.add(section, node, KG.edtf, Literal(start.edtf), sentence.line)
        described = f"leader {ctx.short(person)} since about {start.edtf}"
    else:
        described = f"leader {ctx.short(person)} (start not given)"
        ctx.problem(
            section, sentence.line,
            f"leader {tenure.person!r}: the text gives no start of the tenure; stated without "
            "one",
            Severity.NOTE,
        )
    if (
        tenure.end is not None
        and tenure.end.literal is not None
        and (start is None or tenure.end.latest >= start.earliest)
    ):
        ctx.add(section, node, KG.endDate, tenure.end.literal, sentence.line)
        described += f" until {tenure.end.edtf}"
    if tenure.ended_by:
        ctx.add(section, node, DCTERMS.type, TENURE_END[tenure.ended_by])
        described += f" ({tenure.ended_by})"
    if tenure.hedged:
        ctx.problem(
            section, sentence.line,
            f"leader {tenure.person!r} is reported, not stated; recorded as a leader with "
            "the sentence kept verbatim",
            Severity.NOTE,
        )
        described += " (reportedly)"
    ctx.add(section, node, KG.verbatim, Literal(" ".join(sentence.text.split())))
    ctx.extracted(section, described)
