"""Lineage from the history paragraph: splits, mergers, renames and absorptions, with dates.

Following Mapping Militant Organizations, only splits, mergers and renames are ancestry. The
sentence decides which: "A merged with B, changing its name to X" makes A the renamed
predecessor and B a merger partner that keeps its identity (X is then B's affiliate, not its
descendant); "A and B merged to form X" makes both predecessors. A direct edge (kg:splitFrom …)
and a dated kg:LineageEvent are stated for each step; the reasoner derives the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDF, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import DateError, PartialDate, approximately, find_dates
from kg.ingest.group_references import (
    UNRESOLVED,
    head_noun_spans,
    leaders_men_spans,
    other_subject_pronoun,
    own_name_spans,
    subject_of,
)
from kg.ingest.lineage_frames import (
    ASIDE,
    FRAMES,
    INSERT,
    LINEAGE_WORDS,
    PLEDGE,
    SELF_WORDS,
    Frame,
)
from kg.ingest.lineage_grammar import (
    GRAMMAR,
    carried_date,
    dates_with_carried,
    negated,
    survived,
)
from kg.ingest.names import could_name_new_organisation, is_organisation_name, strip_article
from kg.ingest.report import Severity
from kg.ingest.sections import Section
from kg.ingest.slots import (
    LIST,
    NAME,
    SLOT,
    SLOT_RE,
    Slotted,
    introductions,
    slot_entities,
    slotted,
)
from kg.ingest.vocabulary import IDEOLOGIES, concepts_in
from kg.namespaces import EVENT, KG, VOCAB

LINEAGE_KIND = Namespace(str(VOCAB) + "lineage-kind/")
"""The kind of a lineage event where its class does not say it: `pledge` (a rename on a
pledge of allegiance), as dcterms:type of the kg:LineageEvent."""

_SUBJECT = rf"(?:{SLOT}|the (?:new )?group|it|the organi[sz]ation)"
# The profile's own group, as prose names it when another organisation is the sentence's subject.
_SELF = r"(?P<self>the\s+(?:new|larger|main|parent)\s+(?:group|organi[sz]ation|party|movement)|the\s+group|it)"  # noqa: E501
_PLEDGE = PLEDGE
# Lineage told in prose. Read before the one-verb patterns below, as they are more specific;
# each names its kind: split, absorption, merger, rename (and pledge, a rename on a pledge).
_PROSE: list[tuple[str, re.Pattern[str]]] = [
    (
        # "ETA was founded on July 31, 1959, by students who broke away from EKIN"
        "founded-by-breakaway",
        re.compile(
            rf"(?P<x>{_SUBJECT})\s+was\s+(?:founded|formed|created|established)[^⟦.;]{{0,80}}?"
            rf"\s+by\s+[^⟦.;]{{0,60}}?\b(?:who|that)\s+(?:had\s+)?(?:broken\s+away|broke\s+away|"
            rf"split|splintered|seceded)\s+from\s+(?P<b>{SLOT})",
            re.I,
        ),
    ),
    (
        # "the Tamil New Tigers (TNT), a student militia that renamed itself the LTTE"
        "relative-rename",
        re.compile(
            rf"(?P<a>{SLOT})\s*,\s*(?:an?|the)\s+[^⟦.,;]{{1,60}}?\s+(?:that|which)\s+"
            rf"(?:later\s+|then\s+|eventually\s+)?(?:renamed\s+itself|changed\s+its\s+name\s+to|"
            rf"took\s+the\s+name)\s+(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        # "the Kurdistan Freedom Falcons (TAK), an urban cell that split from the PKK"
        "relative-split",
        re.compile(
            rf"(?P<x>{SLOT})\s*,\s*(?:an?|the)\s+[^⟦.,;]{{1,60}}?\s+(?:that|which)\s+"
            rf"(?:had\s+)?(?:split|splintered|broke\s+away|seceded)\s+(?:off\s+)?from\s+"
            rf"(?P<b>{_SUBJECT})",
            re.I,
        ),
    ),
    (
        # "the organisation split into A, which kept the name, and B": B split from it
        "split-into",
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+split\s+into\s+(?:two\s+(?:factions|groups|wings)\s*,?\s*)?"
            rf"(?P<x1>{SLOT})(?P<r1>\s*,\s*(?:which|that)\s+[^,.;]{{1,80}},)?\s*,?\s+and\s+"
            rf"(?P<x2>{SLOT})(?P<r2>\s*,\s*(?:which|that)\s+(?:kept|retained)\b)?",
            re.I,
        ),
    ),
    (
        # "emerged in 1992 as a radical offshoot of X", "was founded as a splinter of X"
        "offshoot",
        re.compile(
            rf"(?P<x>{_SUBJECT})\s+(?:emerged|arose|appeared|was\s+(?:formed|founded|created|"
            rf"established))[^⟦.]{{0,120}}?\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}"
            rf"(?:offshoot|splinter(?:\s+group)?|breakaway(?:\s+(?:group|faction))?)\s+"
            rf"(?:of|from)\s+(?P<b>{SLOT})",
            re.I,
        ),
    ),
    (
        # "fighters of Y, …, were integrated into the larger group"
        "integrated",
        re.compile(
            rf"\b(?:fighters|members|remnants|units|cadres|militants)\s+of\s+(?P<a>{SLOT})"
            rf"[^⟦.]{{0,120}}?\s(?:were|was)\s+(?:(?:gradually|later|eventually)\s+)?"
            rf"(?:integrated|absorbed|incorporated|folded|merged)\s+into\s+{_SELF}\b",
            re.I,
        ),
    ),
    (
        # "a faction that splintered from the group in 2012, Z (ACR), declared …"
        "faction-splintered",
        re.compile(
            rf"\b(?:a|one)\s+(?:faction|splinter\s+group|wing|breakaway\s+group)\s+that\s+"
            rf"(?:splintered|split|broke\s+away|seceded)\s+from\s+{_SELF}"
            rf"(?:\s+in\s+[^⟦.,]{{1,30}})?\s*,\s*(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        # "(he) broke away with other commanders to form T" (from the profile's group)
        "broke-away-to-form",
        re.compile(
            rf"\bbroke\s+away\b(?!\s+from)(?:\s+with\s+[^⟦.]{{0,60}}?)?\s+(?:and\s+"
            rf"(?:later\s+|then\s+)?(?:formed|founded|created)|to\s+(?:form|found|create))\s+"
            rf"(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        # "pledged allegiance to Z in 2015 and renamed itself W"
        "pledge-rename",
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+pledged\s+(?:allegiance|loyalty|bay[’']?a)\s+to\s+"
            rf"(?P<b>{SLOT})[^⟦.]{{0,60}}?\s(?:and|,)\s+(?:(?:then|later)\s+)?(?:renamed\s+itself|"
            rf"changed\s+its\s+name\s+to|took\s+the\s+name|rebranded\s+(?:itself\s+)?as)\s+"
            rf"(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        # "joined with V and U to form T"
        "joined-to-form",
        re.compile(
            rf"(?P<a>{_SUBJECT}|{LIST})\s+joined\s+(?:forces\s+)?(?:with\s+(?P<b>{LIST})\s+)?"
            rf"(?:together\s+)?[^⟦.]{{0,40}}?\b(?:to\s+form|forming|to\s+create)\s+(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        # "converted itself into a legal political party, the Common Alternative … Force"
        "converted",
        # the subject at most a few words before the verb: "(?:\S+\s+){0,8}" rather than a
        # free gap, which would rescan from every offset
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+(?:[^\s⟦.]+\s+){{0,8}}?(?:converted|transformed|turned)\s+"
            rf"itself\s+into\s+[^⟦.,]{{0,60}}?,\s+(?P<x>{SLOT})",
            re.I,
        ),
    ),
]
# Words without which a prose pattern cannot match: checked first, so a long sentence is
# searched only by the patterns whose verb it contains.
_CUES: dict[str, tuple[str, ...]] = {
    "founded-by-breakaway": ("broke away", "broken away", "split", "splintered", "seceded"),
    "relative-rename": ("renamed itself", "changed its name", "took the name"),
    "relative-split": ("split", "splintered", "broke away", "seceded"),
    "split-into": ("split into",),
    "offshoot": ("offshoot", "splinter", "breakaway"),
    "integrated": ("integrated", "absorbed", "incorporated", "folded", "merged"),
    "faction-splintered": ("splintered", "split", "broke away", "seceded"),
    "broke-away-to-form": ("broke away",),
    "pledge-rename": ("pledged",),
    "joined-to-form": ("joined",),
    "converted": ("itself into",),
    "merger-rename": ("merged",),
    "merger-when": ("merged",),
    "merger-of": ("merger of",),
    "merger-to-form": ("merged",),
    "absorbed-into": ("merged into", "absorbed"),
    "absorbed": ("absorbed",),
    "split-and-formed": ("split", "broke away"),
    "split": ("split", "splintered", "broke away", "separated"),
    "split-anonymous": ("broke away", "split off", "splintered", "seceded"),
    "named-itself": ("itself",),
    "rename": ("renamed", "changed its name", "rebranded", "became known"),
    "affiliate": ("pledged", "affiliate", "branch", "franchise"),
    "origin": ("originated", "traces its", "has its roots"),
}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "merger-rename",
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+merged\s+with\s+(?P<b>{LIST})[^⟦.]*?,?\s+(?:changing\s+its\s+"
            rf"name\s+to|and\s+(?:renamed|rebranded)\s+itself|renaming\s+itself|and\s+changed\s+"
            rf"its\s+name\s+to|and\s+took\s+the\s+name)\s+(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        "merger-when",
        re.compile(
            rf"(?P<x>{_SUBJECT})\s+was\s+(?:formed|founded|created|established)[^⟦.]*?\s+when\s+"
            rf"(?P<a>{LIST})\s+merged(?:\s+with\s+(?P<b>{LIST}))?",
            re.I,
        ),
    ),
    (
        "merger-of",
        re.compile(
            rf"(?P<x>{_SUBJECT})\s+was\s+(?:formed|founded|created|established)[^⟦.]*?\s+"
            rf"(?:by|through|from)\s+the\s+merger\s+of\s+(?P<a>{LIST})",
            re.I,
        ),
    ),
    (
        "merger-to-form",
        re.compile(
            rf"(?P<a>{LIST})\s+merged(?:\s+with\s+(?P<b>{LIST}))?[^⟦.]*?\s+(?:to\s+form|"
            rf"forming|creating|into\s+a\s+new\s+group,?)\s+(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        "absorbed-into",
        re.compile(
            rf"(?P<a>{LIST})\s+(?:merged\s+into|(?:was|were)\s+absorbed\s+(?:into|by))\s+"
            rf"(?P<x>{SLOT})",
            re.I,
        ),
    ),
    ("absorbed", re.compile(rf"(?P<x>{_SUBJECT})\s+absorbed\s+(?P<a>{LIST})", re.I)),
    (
        "split-and-formed",
        re.compile(
            rf"(?:{_SUBJECT}|he|she|they)\s+(?:had\s+)?(?:split|broke\s+away)\s+from\s+"
            rf"(?P<b>{SLOT})[^⟦.]*?\band\s+(?:then\s+)?(?:formed|founded|created|established)\s+"
            rf"(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        "split",
        re.compile(
            rf"(?P<x>{_SUBJECT})\s+(?:had\s+)?(?:itself\s+)?(?:split|splintered|broke\s+away|"
            rf"separated)\s+(?:off\s+)?from\s+(?P<b>{SLOT})",
            re.I,
        ),
    ),
    (
        "split-anonymous",
        re.compile(
            rf"\b(?:a|the)\s+(?:splinter|faction|wing|breakaway)\w*(?:\s+(?:group|faction))?"
            rf"(?:\s+(?:of|from|within)\s+(?P<b>{SLOT}))?[^.⟦]*?\s(?:broke\s+away|split\s+off|"
            rf"splintered|seceded)",
            re.I,
        ),
    ),
    (
        "named-itself",
        re.compile(
            rf"the\s+new\s+group\s+(?:named|called)\s+itself\s+(?P<x>{SLOT})", re.I
        ),
    ),
    (
        "rename",
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+(?:renamed\s+itself|changed\s+its\s+name\s+to|was\s+renamed"
            rf"(?:\s+again)?(?:\s+(?:as|to))?|rebranded\s+(?:itself\s+)?as|became\s+known\s+as)\s+"
            rf"(?P<x>{SLOT})",
            re.I,
        ),
    ),
    (
        "affiliate",
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+(?:pledged\s+(?:allegiance|loyalty|bay[’']?a)\s+to|became\s+"
            rf"an?\s+(?:affiliate|branch|franchise)\s+of|is\s+an?\s+(?:affiliate|branch)\s+of|"
            rf"affiliated\s+(?:itself\s+)?with)\s+(?P<b>{SLOT})",
            re.I,
        ),
    ),
    (
        "origin",
        re.compile(
            rf"(?P<a>{_SUBJECT})\s+(?:originated\s+as|traces\s+its\s+(?:roots|origins)\s+to|"
            rf"has\s+its\s+roots\s+in)\s+(?P<b>{SLOT})",
            re.I,
        ),
    ),
]
# "the Islamic Courts Union (ICU), which later fought Ethiopian forces": an organisation the
# text shows fighting is an armed group, so lineage questions can start from it.
_FOUGHT = re.compile(
    r"(?P<g>⟦\d+⟧)\s*,?\s+(?:which|that|whose\s+militias?)\s+(?:later\s+|then\s+|also\s+)?"
    r"(?:fought|battled|took\s+up\s+arms|waged|launched\s+(?:an\s+)?(?:insurgency|attacks?)|"
    r"became\s+an?\s+(?:armed|militant|insurgent)\s+(?:group|movement|militia))\b",
    re.I,
)
_AREA = re.compile(
    r"\b(?:group|organi[sz]ation|movement|force|presence)s?\s+(?:inside|in|operating in|active in|based in)\s+",  # noqa: E501
    re.I,
)


@dataclass
class _PendingSplit:
    prior: URIRef
    date: PartialDate | None
    sentence: Sentence


def extract_history(ctx: IngestContext, section: Section) -> None:
    pending: _PendingSplit | None = None
    previous: str | None = None
    last_subject: URIRef | None = None
    for sentence in ctx.sentences(section):
        understood = False
        spans = introductions(ctx, section, sentence.text, sentence.line)
        if spans:
            understood = True
        # "the Front" in the Sahel Front's profile is the group (kg.ingest.group_references)
        spans = spans + head_noun_spans(ctx, sentence.text, spans)
        spans += leaders_men_spans(ctx, sentence.text, spans)  # "Shigenobu’s group"
        # the group's listed names, but only those that are its preferred name written another
        # way ("Real IRA"): a profile lists former names there too, and lineage reads them as
        # the predecessors they were ("Those Who Sign in Blood")
        spans += own_name_spans(ctx, sentence.text, spans, variants_only=True)
        # "The DF was founded in 2005. In 2012 it split from …": "it" is the DF, not the group
        spans += other_subject_pronoun(ctx, sentence.text, spans, last_subject)
        template = slotted(ctx, sentence.text, spans)
        last_subject = subject_of(ctx, template)
        date = _first_date(ctx, section, sentence)
        # "two years later", "that August": dated by an anchor in this or the last sentence
        if date is None:
            date = carried_date(sentence.text, previous)
        for fought in _FOUGHT.finditer(template.text):
            fighter = template.entity(fought["g"])
            if (fighter is not None and fighter != UNRESOLVED
                    and "group" not in ctx.index.kinds.get(fighter, set())):
                ctx.add(section, fighter, RDF.type, KG.ArmedGroup, sentence.line)
                ctx.index.add_kind(fighter, "group")
                ctx.extracted(section, f"{ctx.short(fighter)} typed an armed group: it fought")
                understood = True
        lowered = " ".join(template.text.lower().split())
        # Every pattern, every place in the sentence: a sentence can tell two steps ("In April
        # 2002 it renamed itself KADEK, and in November 2003 KADEK was renamed again as
        # KONGRA-GEL"). The more specific patterns come first; a later match that overlaps an
        # earlier one is the same clause read again and is skipped.
        consumed: list[tuple[int, int]] = []
        told = len(ctx.reports[section.key].extracted)
        recruits = False
        refused: list[str] = []  # names a frame could not take, said only if nothing is read
        # per clause read by a frame: the span of its result and of its priors
        roles: dict[tuple[int, int], tuple[tuple[int, int], list[tuple[int, int]]]] = {}
        # per clause read by a frame: its inserted clauses and parentheses, which tell steps
        # of their own ("⟦1⟧, which had broken away from ⟦2⟧ in 2009, and ⟦3⟧")
        asides: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # The shapes first (kg.ingest.lineage_frames), then the older sentence patterns for
        # what the shapes do not cover (split-into, converted, the anonymous split …).
        for frame in [*FRAMES, *GRAMMAR]:
            if not any(word in lowered for word in frame.cues):
                continue
            for match in frame.pattern.finditer(template.text):
                if any(_overlaps(_unaside(template.text, asides.get(taken, [])), frame, match,
                                 taken, roles[taken])
                       for taken in consumed if taken in roles):
                    continue
                if any(not (match.end() <= a or match.start() >= b)
                       for a, b in consumed if (a, b) not in roles):
                    continue
                if _not_lineage_after_all(ctx, section, sentence, template, frame, match):
                    consumed.append(match.span())
                    understood = True
                    continue
                if frame.name == "its-fighters-joined":
                    # "After X was routed in November 1987, many of its fighters joined …":
                    # that date is the rout's; the joining is dated only by a date after it
                    clause_date = _date_of_clause(
                        ctx, section, sentence, template, match, closing_only=True,
                        previous=previous,
                    )
                else:
                    inserted = _asides_of(frame, match)
                    clause_date = _date_of_clause(
                        ctx, section, sentence, template, match, closing_first=True,
                        asides=inserted, previous=previous,
                    )
                    # the sentence's first date, unless it dates an inserted clause or an
                    # event the sentence opens with
                    if (clause_date is None and not inserted
                            and not _dated_elsewhere(sentence, template, match)
                            and not _date_in_a_relative_after(sentence, template, match)):
                        clause_date = date
                if _frame_lineage(
                    ctx, section, frame, template, match, clause_date, sentence, refused
                ):
                    consumed.append(match.span())
                    roles[match.span()] = _role_spans(frame, match)
                    asides[match.span()] = _asides_of(frame, match, whole=True)
                    understood = True
                    recruits |= frame.kind == "recruits"
        for name, pattern in [*_PROSE, *_PATTERNS]:
            cue = _CUES.get(name)
            if cue is not None and not any(word in lowered for word in cue):
                continue  # the pattern's verb is absent: no need to search
            for match in pattern.finditer(template.text):
                if any(not (match.end() <= a or match.start() >= b) for a, b in consumed):
                    continue
                consumed.append(match.span())
                understood = True
                if name == "split-anonymous":
                    prior = _subjects(ctx, section, template, match, "b", sentence) or [ctx.subject]
                    if prior[0] is not None:
                        pending = _PendingSplit(prior[0], date, sentence)
                    continue
                if name == "named-itself":
                    result = _subjects(ctx, section, template, match, "x", sentence)
                    if pending is not None and result:
                        _split(ctx, section, result[0], pending.prior, pending.date,
                               pending.sentence)
                        pending = None
                    continue
                clause_date = _date_of_clause(
                    ctx, section, sentence, template, match, previous=previous
                ) or date
                _lineage(ctx, section, name, template, match, clause_date, sentence)
        previous = sentence.text
        understood |= _facts_in_passing(ctx, section, sentence)
        if not understood:
            ctx.unused(section, sentence)
        anonymous = pending is not None and pending.sentence is sentence
        if not recruits and not anonymous:
            _review_unused_lineage(ctx, section, sentence, told, refused)
    if pending is not None:
        ctx.problem(
            section,
            pending.sentence.line,
            "a split is described but the new group is not named; no lineage recorded for it",
        )


_FACTION_OUT_OF = re.compile(
    r"\b(?:a|the|one)\s+(?:[\w-]+\s+)?(?:faction|wing|splinter|part|section)\s+(?:(?:that|which)\s+"
    r"[^⟦.;]{0,60}?\b(?:out\s+of|from|away\s+from))\s+(?:the\s+)?$",
    re.I,
)


def _faction_out_of(template: Slotted, match: re.Match[str], prior: URIRef) -> bool:
    """Whether a merger's party is named only as the organisation a faction came out of."""
    for slot in re.finditer(r"⟦\d+⟧", template.text[match.start() : match.end()]):
        if template.entity(slot.group(0)) == prior:
            start = match.start() + slot.start()
            return bool(_FACTION_OUT_OF.search(template.text, match.start(), start))
    return False


def _date_in_a_relative_after(sentence: Sentence, template: Slotted, match: re.Match[str]) -> bool:
    """Whether the sentence's first date lies in a relative clause about a person after the
    clause a frame read ("… broke away under Ali Musa, who was killed in January 2017"): it
    dates that person's fate, not the step. ("…, which it left in 1998" dates the step.)"""
    end = template.orig(match.end())
    found = _safe_dates(sentence.text)
    if not found:
        return False
    first = found[0][0]
    return first >= end and bool(
        re.search(r",\s*(?:who|whose)\b", sentence.text[end:first], re.I)
    )


def _safe_dates(text: str) -> list[tuple[int, int, PartialDate]]:
    try:
        return find_dates(text)
    except DateError:
        return []


def _not_lineage_after_all(
    ctx: IngestContext, section: Section, sentence: Sentence, template: Slotted, frame: Frame,
    match: re.Match[str],
) -> bool:
    """A clause a frame matched that says the step did not happen ("was not part of", "never
    merged with"), or fighters taken in while their own organisation lived on ("…, but X
    fought on"): nothing is stated, and the review says why."""
    clause = template.original_span(match.start(), match.end())
    if negated(clause):
        _not_lineage(ctx, section, sentence.line, " ".join(clause.split()),
                     "the clause is negated")
        return True
    if frame.kind == "absorption" and survived(template.original_span(match.end(),
                                                                      len(template.text))):
        _not_lineage(ctx, section, sentence.line, " ".join(clause.split()),
                     "the organisation the fighters came from lived on: recruits, not an "
                     "absorption")
        return True
    return False


# Frames whose roles are free text ("when Tuareg militants under Haddad joined with the
# remnants of ⟦PF⟧"): only the organisations already slotted there are parties, never a name
# the text leaves unexplained (a person, a people).
_SLOTS_ONLY = {"formed-when-joined", "formed-when-came-together", "g-merger-then-named",
               "g-merger-x-with-y-then-named"}
# Frames that say where the group came from without saying how: a rename into the group told
# later in the same sentence is the step itself.
_ORIGIN_FRAMES = {"roots-lie-in", "grew-out-of"}
_RENAME_INTO = re.compile(
    r"\b(?:renamed\s+itself|changed\s+its\s+name\s+to|took\s+(?:on\s+)?the\s+name(?:\s+of)?|"
    r"became\s+known\s+as|rebranded\s+(?:itself\s+)?as)\s+(?P<x>(?:the\s+)?⟦\d+⟧)",
    re.I,
)


def _renamed_into_group_later(ctx: IngestContext, template: Slotted, match: re.Match[str]) -> bool:
    """Whether the sentence goes on to rename something into the profile's own group."""
    return any(
        template.entity(found["x"]) == ctx.subject and ctx.subject is not None
        for found in _RENAME_INTO.finditer(template.text, match.end())
    )


def _antecedent(
    ctx: IngestContext, template: Slotted, match: re.Match[str], own: URIRef
) -> list[URIRef]:
    """The organisation a pronoun subject stands for: the last one named before it in the
    sentence that is not the group itself; nothing when there is none."""
    before = [template.entity(m.group(0))
              for m in re.finditer(r"⟦\d+⟧", template.text[: match.start()])]
    named = [e for e in before if e is not None and e != own
             and "person" not in ctx.index.kinds.get(e, set())]
    return named[-1:]


_ASIDE_RE = re.compile(rf"{ASIDE}|{INSERT}", re.I)


def _asides_of(
    frame: Frame, match: re.Match[str], *, whole: bool = False
) -> list[tuple[int, int]]:
    """The inserted clauses and parentheses inside a frame's prior roles (template offsets),
    or, `whole`, anywhere in its match (what a nested clause may still be read from)."""
    if whole:
        return [(match.start() + a.start(), match.start() + a.end())
                for a in _ASIDE_RE.finditer(match.group(0))]
    spans: list[tuple[int, int]] = []
    for role in frame.priors:
        if role in match.re.groupindex and match[role]:
            start, end = match.span(role)
            spans += [(start + a.start(), start + a.end())
                      for a in _ASIDE_RE.finditer(match.string[start:end])]
    return spans


def _unaside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans blanked (same length, so offsets still hold)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_AFTER_EVENT = re.compile(
    r"^\W*(?:after|following)\s+[^,]{0,80}?\b(?:death|killing|assassination|arrest|capture|"
    r"defeat|rout|collapse|fall|surrender)\b[^,]{0,40}$",
    re.I,
)


def _dated_elsewhere(sentence: Sentence, template: Slotted, match: re.Match[str]) -> bool:
    """Whether the only date before the clause belongs to another event the sentence opens
    with ("After Haddad’s death in 2019 its remnants formed …": 2019 dates the death)."""
    return bool(_AFTER_EVENT.match(sentence.text[: template.orig(match.start())]))


# Frames whose verb makes its result an organisation ("founded Hurras al-Din", "renamed itself
# Sinistra Proletaria", "to form …"): no person can stand there, so any name that is not an
# adjective or a common noun is taken.
_NAMED_BY_THE_VERB = {
    "pledge-and-rename", "after-pledging-renamed", "relative-rename", "and-took-the-name",
    "continued-as", "renamed", "merged-to-form", "born-of-union", "union-produced",
    "leavers-founded", "calling-itself-broke-away", "led-out-to-form", "left-to-form",
    "breakaway-named-itself", "faction-that-left-named-itself", "faction-went-on-as",
    "remnants-formed", "reconstituted-as",
    "g-rename-active", "g-rename-dropped", "g-merger-with-to-form", "g-split-people-left-founded",
    "g-split-expelled-formed", "g-pledge-province", "g-merger-then-named", "g-split-and-founded",
    "g-split-founded-a-breakaway", "g-split-followers-formed", "g-merger-its-remnant",
    "g-merger-x-with-y-then-named",
}  # fmt: skip
_SLOT_ONLY = re.compile(rf"\W*(?:the\s+)?(?:⟦\d+⟧|{NAME})\W*", re.I)


def _role_spans(
    frame: Frame, match: re.Match[str]
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    priors = [match.span(p) for p in frame.priors if p in match.re.groupindex and match[p]]
    results = [r.rsplit(":", 1)[-1] for r in frame.result.split("|")]
    result = next(
        (match.span(r) for r in results if r in match.re.groupindex and match[r]), (-1, -1)
    )
    return result, priors


def _overlaps(
    text: str, frame: Frame, match: re.Match[str], taken: tuple[int, int],
    taken_roles: tuple[tuple[int, int], list[tuple[int, int]]],
) -> bool:
    """Whether a match repeats a clause already read. Sharing only the organisation where
    one step ends and the next begins is no repeat: "renamed itself ⟦1⟧, which in 2018
    became ⟦2⟧" is two steps through ⟦1⟧ (the result of one, the prior of the other). The
    same organisation in the same role twice ("grew out of ⟦1⟧, a militia that renamed itself
    ⟦2⟧") is one step read twice."""
    start, end = max(match.start(), taken[0]), min(match.end(), taken[1])
    if start >= end:
        return False
    if not _SLOT_ONLY.fullmatch(text[start:end]):
        return True
    result, priors = _role_spans(frame, match)
    taken_result, taken_priors = taken_roles

    def covers(span: tuple[int, int]) -> bool:
        return span[0] <= end and start <= span[1]

    chain = (covers(result) and any(covers(p) for p in taken_priors)) or (
        covers(taken_result) and any(covers(p) for p in priors)
    )
    return not chain


_NOT_DESCENT = re.compile(r"\b(?:sister|wing|front\s+organi[sz]ation|political\s+party)\b", re.I)
_STATED = ("splitFrom", "renamedFrom", "absorbed ", "formedByMergerOf", "affiliate of")


def _review_unused_lineage(
    ctx: IngestContext, section: Section, sentence: Sentence, told: int, refused: list[str]
) -> None:
    """A sentence worded like lineage from which no lineage was stated is named in the review
    with the reason, so an analyst can add what the reader left out."""
    cue = LINEAGE_WORDS.search(sentence.text)
    if cue is None:
        return
    new = ctx.reports[section.key].extracted[told:]
    if any(word in line for line in new for word in _STATED):
        return
    if refused:
        reason = f"{', '.join(refused)} could be a person or a modifier, not an organisation"
    elif PLEDGE.search(sentence.text) and not re.search(r"\b(?:renam|name)", sentence.text, re.I):
        reason = "an oath of allegiance without a new name is an affiliation, not lineage"
    else:
        reason = (
            "no organisation stands in every role its verb needs (who came from whom), or a "
            "name there could be a person or a modifier"
        )
    _not_lineage(ctx, section, sentence.line, cue.group(0), reason)


def _not_lineage(ctx: IngestContext, section: Section, line: int, text: str, reason: str) -> None:
    """A lineage-like candidate left unused, with why, in the section's review (`--review`
    lists it beside the names, dates and numbers no statement used)."""
    ctx.reports[section.key].unused.append(
        (line, text, "lineage", f"lineage-like wording not used: {reason}; no lineage recorded")
    )


def _frame_lineage(
    ctx: IngestContext, section: Section, frame: Frame, template: Slotted,
    match: re.Match[str], date: PartialDate | None, sentence: Sentence, refused: list[str],
) -> bool:
    """State what one frame read; False when a role is empty (nothing is stated then, and
    the pattern lists after it may still read the clause)."""
    own = ctx.subject
    if frame.name.startswith("founded-by") and _NOT_DESCENT.search(sentence.text):
        # "a sister party founded by cadres of the group", "its political wing, founded by
        # members of the group": a creation by the group, not a descent from it
        return False
    result: list[URIRef] = []
    for role in frame.result.split("|"):
        if result:
            break
        if role.startswith("@leader:"):
            result = _leader_stands_for_group(ctx, template, match, role.split(":", 1)[1])
        elif role == "@self":
            result = [own] if own is not None else []
        else:
            result = _role(ctx, section, template, match, role, refused, sentence.line,
                           named=frame.name in _NAMED_BY_THE_VERB)
    priors: list[URIRef] = []
    for role in frame.priors:
        if role == "@self":
            if not priors and own is not None:
                priors = [own]
            continue
        # a party to a merger is an organisation by the verb ("merged with the Kidal Falcons")
        priors += [p for p in _role(ctx, section, template, match, role, refused, sentence.line,
                                    named=frame.kind == "merger",
                                    slots_only=frame.name in _SLOTS_ONLY)
                   if p not in priors]
    if (frame.kind in ("rename", "pledge") and own is not None and result == [own]
            and priors == [own]):
        # "…traced to ⟦BY⟧, a network founded in 1992; it renamed itself ⟦AA⟧": the pronoun
        # is the organisation named before it, not the group it became
        priors = _antecedent(ctx, template, match, own)
    if frame.name in _ORIGIN_FRAMES and _renamed_into_group_later(ctx, template, match):
        return False  # the rename that follows is the step ("grew out of X …; it renamed …")
    priors = [p for p in priors if not result or p != result[0]]
    if not result or not priors:
        return False
    if frame.kind == "recruits":
        _not_lineage(
            ctx, section, sentence.line, " ".join(match.group(0).split()),
            f"members of {ctx.short(priors[0])} who joined or defected to "
            f"{ctx.short(result[0])} are recruits, not an absorption of the organisation",
        )
        return True
    kind = {"split": "split", "merger": "merger", "absorption": "absorbed",
            "rename": "rename", "pledge": "rename"}[frame.kind]  # fmt: skip
    if kind == "merger":
        # "joined with a faction that Krekar had led out of ⟦IMK⟧": ⟦IMK⟧ lived on, so it
        # is the prior of a split, the other parties of the merger
        left = [p for p in priors if _faction_out_of(template, match, p)]
        for prior in left:
            _split(ctx, section, result[0], prior, date, sentence)
        priors = [p for p in priors if p not in left]
        if priors:
            _event(ctx, section, "merger", result[0], priors, [], date, sentence)
    elif kind == "split":
        _split(ctx, section, result[0], priors[0], date, sentence)
    elif kind == "absorbed":
        # "⟦DF⟧ and ⟦GC⟧ rejoined the SF": every body taken in
        _event(ctx, section, kind, result[0], priors, [], date, sentence)
    else:
        _event(ctx, section, kind, result[0], priors[:1], [], date, sentence)
    return True


# words a possessive inside a name is made of ("Lord’s Resistance Army", "New People’s Army",
# "Kurdistan Workers’ Party"): never an owner to strip
_NAME_POSSESSORS = {
    "people", "peoples", "lord", "lords", "god", "gods", "workers", "women", "martyrs",
    "nation", "nations", "allah", "prophet", "mother", "toilers", "masses", "mujahideen",
}  # fmt: skip


def _is_owner(ctx: IngestContext, said: str, owned: str = "") -> bool:
    """Whether "X’s " before a name names its owner (a person: "Alice Auma’s Holy Spirit
    Movement", "Belmokhtar’s al-Mulathamun Battalion") rather than being part of the name
    ("the Lord’s Resistance Army")."""
    owner = re.sub(r"[’']s?\s*$", "", said.strip())
    words = owner.split()
    if not words or words[-1].lower() in _NAME_POSSESSORS:
        return False
    known, _, _ = ctx.index.lookup(owner)
    if known is not None:
        return "person" in ctx.index.kinds.get(known, set())
    if len(words) == 1 and owned and could_name_new_organisation(owned):
        # one unknown word owning a name that says it is an organisation ("Battalion")
        return not could_name_new_organisation(owner)
    return 2 <= len(words) <= 3 and not could_name_new_organisation(owner)


def _offset_in_template(template: Slotted, span: tuple[int, int], chars: int) -> int:
    """How far into a template span the first `chars` characters of its original text reach
    (a span without slots is the same text in both)."""
    original = template.original_span(*span)
    text = template.text[span[0] : span[1]]
    return chars if original == text else 0


def _leader_stands_for_group(
    ctx: IngestContext, template: Slotted, match: re.Match[str], group: str
) -> list[URIRef]:
    """The profile's group, where a role is filled by a person its leadership paragraph
    names ("Julani broke away from the ISI", "its fighters joined Kony"); nothing otherwise."""
    leadership = ctx.layout.get("leadership")
    if ctx.subject is None or leadership is None or not match[group]:
        return []
    name = " ".join(template.original_span(*match.span(group)).split())
    known, _, _ = ctx.index.lookup(name)
    if known is not None and "person" not in ctx.index.kinds.get(known, set()):
        return []  # an organisation or a place by that name
    # "Julani", "Kony": a surname the leadership paragraph uses for its person
    if known is None and not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", leadership.body):
        return []
    if known is not None and name not in leadership.body:
        return []
    return [ctx.subject]


# the part after a slot's possessive, or a lowercase one after any ("⟦1⟧’s Sahara emirate",
# "the Niger Brigade’s southern wing"); never "Alice Auma’s Holy Spirit Movement"
_PART_AFTER = re.compile(
    r"(?:(?<=⟧[’']s)|(?<=[’']s)(?=\s+(?!(?:al|el|ad|ash|ar|as|az|an|at)-)[a-z]))\s+(?!⟦|the\s+⟦)(?:[\w-]{1,30}\s+){0,3}?[\w-]{1,30}"
    r"(?=\s*,|\s+and\s|\s*$)"
)
# "the Swat wing of ⟦TNSM⟧": the organisation is the one after "of"
_PART_OF_RE = re.compile(
    r"\b(?:(?-i:[A-Z][\w’'-]{1,30})\s+)?(?:local\s+|regional\s+|national\s+|militant\s+|"
    r"radical\s+|armed\s+|youth\s+)?(?:branch|chapter|section|wing)\s+of\b",
    re.I,
)
_OWNER = re.compile(
    r"^(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+[’']s\s+(?=[A-Z]|(?:al|el|ad|ash|ar|as|az|an|at)-)"
)
_ROLE_ITEM = re.compile(
    # a name first: "the Movement for the Emancipation …" is not "the movement" (the group)
    rf"{SLOT_RE.pattern}|\b(?:{'|'.join(re.escape(w) for w in SELF_WORDS)})\b", re.I
)


def _role(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str], group: str,
    refused: list[str], line: int, *, named: bool = False, slots_only: bool = False,
) -> list[URIRef]:
    """The organisations of one role: the profile's group for "the group", "it" …; the
    slots; an unknown name only where it could name an organisation (never a person, a place,
    an adjective)."""
    if group not in match.re.groupindex or match.group(group) is None:
        return []
    text = " ".join(match.group(group).split()).lower()
    if text in SELF_WORDS:
        return [ctx.subject] if ctx.subject is not None else []
    if text == "the new group":
        return []
    found: list[URIRef] = []
    start, end = match.span(group)
    said_role = template.text[start:end]
    # inserted clauses, parentheses and the part after a possessive ("⟦1⟧’s Sahara emirate")
    # are no party of this role; an owner ("Ali Musa’s ⟦2⟧") and a possessed item neither
    said_role = _PART_OF_RE.sub(lambda m: " " * len(m.group(0)), said_role)
    said_role = _PART_AFTER.sub(lambda m: " " * len(m.group(0)), _unaside(
        said_role, [(a.start(), a.end()) for a in _ASIDE_RE.finditer(said_role)]))
    items = [item for item in _ROLE_ITEM.finditer(said_role)
             if not re.match(r"[’']s\b", said_role[item.end():])
             and not re.search(r"[’']s$", item.group(0))
             and (not slots_only or template.slot_number(item.group(0)) is not None
                  or " ".join(item.group(0).split()).lower() in SELF_WORDS)]
    # In a list ("the merger of Ansar Dine, Al-Mourabitoun, the Macina Liberation Front and …")
    # every item is of one kind: once a sibling is an organisation the graph knows or a name
    # that says it is one, an unknown item needs only to be an organisation's kind of name.
    def known_organisation(said: str) -> bool:
        known = ctx.index.lookup(strip_article(said))[0]
        return known is not None and "person" not in ctx.index.kinds.get(known, set())

    # a known person is no organisation sibling ("Sungkar and Ba’asyir broke away …")
    listed_with_organisations = len(items) > 1 and any(
        template.slot_number(other.group(0)) is not None
        or known_organisation(other.group(0))
        or could_name_new_organisation(strip_article(other.group(0)))
        for other in items
    )
    for item in items:
        said = " ".join(item.group(0).split()).lower()
        if said in SELF_WORDS:
            iris = [ctx.subject] if ctx.subject is not None else []
        else:
            span = (start + item.start(), start + item.end())
            if template.slot_number(item.group(0)) is None:
                name = strip_article(template.original_span(*span))
                name = re.sub(r"^so-called\s+", "", name).strip("“”\"‘’ ")
                owner = _OWNER.match(name)
                if owner and _is_owner(ctx, name[: owner.end()], name[owner.end():]):
                    # "Alice Auma’s Holy Spirit Movement": the movement, not its owner
                    span = (span[0] + _offset_in_template(template, span, owner.end()), span[1])
                    name = name[owner.end():]
                known, _, _ = ctx.index.lookup(name)
                inner = re.search(r"(\w+)[’']s\s", name)
                if known is None and inner and inner.group(1).lower() not in _NAME_POSSESSORS:
                    # "the Niger Brigade’s Timbuktu battalion": a part of another, no party
                    if repr(name) not in refused:
                        refused.append(repr(name))
                    continue
                if known is None and _short_form_of_group(ctx, name):
                    # "the Provisionals" in the Provisional IRA's profile
                    found += [ctx.subject] if ctx.subject not in found else []
                    continue
                loose = (named or listed_with_organisations
                         or _called_an_organisation(template.original, name))
                fit = is_organisation_name if loose else could_name_new_organisation
                if known is None and not fit(name):
                    if repr(name) not in refused:
                        refused.append(repr(name))
                    continue
            iris = slot_entities(ctx, section, template, span, line)
        found += [i for i in iris if i not in found]
    return [i for i in found if i != UNRESOLVED]  # "it" for an organisation not known


_ORG_NOUN = (
    r"(?:movement|group|organi[sz]ation|party|militia|network|front|army|insurgency|faction|"
    r"brigade|battalion|guerrilla|rebel\s+group|jihadist\s+group)"
)


def _called_an_organisation(sentence: str, name: str) -> bool:
    """Whether the sentence itself says an unknown name is an organisation, by an appositive
    ("Darul Islam, the movement that had fought for …", "X, a Salafi militia")."""
    return bool(re.search(
        rf"(?<![\w-]){re.escape(name)}\s*,\s*(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{_ORG_NOUN}\b",
        sentence,
    ))


def _short_form_of_group(ctx: IngestContext, name: str) -> bool:
    """"The Provisionals" for the Provisional IRA: one plural word that is the first word of
    the profile's own group's preferred name. Only the profile's group: another
    organisation's short form is left unread."""
    if ctx.subject is None or not re.fullmatch(r"[A-Z][a-z]{3,}s", name):
        return False
    firsts = {label.split()[0] for label in ctx.index.labels.get(ctx.subject, {}).values()
              if label.split()}
    return name[:-1] in firsts


def _first_date(ctx: IngestContext, section: Section, sentence: Sentence) -> PartialDate | None:
    try:
        found = find_dates(sentence.text)
    except DateError as error:
        ctx.problem(section, sentence.line, str(error), Severity.ERROR)
        return None
    return found[0][2] if found else None


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b[^.;,]{0,60}?\s(?:in|on)\s+", re.I)
_CLOSING_DATE = re.compile(
    r"\s*,?\s*(?:(?:on|in|around|about|circa|c\.|approximately|by)\s*){0,2}", re.I
)
_HEDGE = re.compile(r"\b(?:around|about|circa|c\.|approximately)\s*$", re.I)


def _date_of_clause(
    ctx: IngestContext, section: Section, sentence: Sentence, template: Slotted,
    match: re.Match[str], *, closing_first: bool = False, closing_only: bool = False,
    asides: list[tuple[int, int]] | None = None, previous: str | None = None,
) -> PartialDate | None:
    """The date of the clause a pattern matched: one inside it, else the last one before it
    ("In January 2012 a faction that splintered …"), else None. A sentence can date two
    things ("After the agreement signed in November 2016, … in August 2017 converted itself")."""
    found = dates_with_carried(sentence.text, previous)
    start, end = template.orig(match.start()), template.orig(match.end())
    skipped = [(template.orig(a), template.orig(b)) for a, b in asides or []]
    inside = [d for a, b, d in found if start <= a and b <= end
              and not any(x <= a and b <= y for x, y in skipped)]
    # "renamed itself the LTTE on May 5, 1976": the date that closes the clause
    after = [
        (a, d) for a, b, d in found if end <= a and _CLOSING_DATE.fullmatch(sentence.text[end:a])
    ]
    # a frame ends at its result, so a date right after it dates the step itself ("…, a
    # circle formed in 1969, which renamed itself SP in 1970": 1970)
    if closing_only:
        return after[0][1] if after else None
    # "… split from X when she left for Beirut in February 1971": the when-clause dates it
    when = [(a, d) for a, b, d in found if end <= a
            and _WHEN_CLAUSE.fullmatch(sentence.text[end:a])]
    if not inside and not after and when:
        return when[0][1]
    if inside and not (closing_first and after):
        first = min(a for a, b, d in found if d is inside[0])
        # "began around 2011 as a faction of …": the hedge before a date inside the clause
        return approximately(inside[0]) if _HEDGE.search(sentence.text[:first]) else inside[0]
    if after:
        a, found_date = after[0]
        return approximately(found_date) if _HEDGE.search(sentence.text[end:a]) else found_date
    before = [(a, d) for a, b, d in found if b <= start]
    if before and _AFTER_EVENT.match(sentence.text[:start]):
        return None  # "After Haddad’s death in 2019 its remnants formed …": the death's date
    if not before:
        return None
    a, found_date = before[-1]
    # "From about 2005 Noordin Top led …": the hedge before the date
    return approximately(found_date) if _HEDGE.search(sentence.text[:a]) else found_date


def _subjects(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str], group: str,
    sentence: Sentence,
) -> list[URIRef]:
    if match.group(group) is None:
        return []
    text = match.group(group).strip().lower()
    if text in ("the group", "it", "the organisation", "the organization"):
        return [ctx.subject] if ctx.subject is not None else []
    if text == "the new group":
        return []
    return slot_entities(ctx, section, template, match.span(group), sentence.line)


def _lineage(
    ctx: IngestContext,
    section: Section,
    name: str,
    template: Slotted,
    match: re.Match[str],
    date: PartialDate | None,
    sentence: Sentence,
) -> None:
    def get(group: str) -> list[URIRef]:
        return _subjects(ctx, section, template, match, group, sentence)

    own = [ctx.subject] if ctx.subject is not None else []
    if name == "offshoot":
        result, prior = get("x"), get("b")
        if result and prior and result[0] != prior[0]:
            _split(ctx, section, result[0], prior[0], date, sentence)
        return
    if name == "integrated":
        absorbed = get("a")
        if own and absorbed and absorbed[0] != own[0]:
            _event(ctx, section, "absorbed", own[0], absorbed, [], date, sentence)
        return
    if name in ("founded-by-breakaway", "relative-split"):
        result, prior = get("x"), get("b")
        if result and prior and result[0] != prior[0]:
            _split(ctx, section, result[0], prior[0], date, sentence)
        return
    if name == "relative-rename":
        prior, result = get("a"), get("x")
        if prior and result and prior[0] != result[0]:
            _event(ctx, section, "rename", result[0], prior[:1], [], date, sentence)
        return
    if name == "split-into":
        parent = get("a")
        for slot, kept in (("x1", "r1"), ("x2", "r2")):
            if match.group(kept) and re.search(r"\b(?:kept|retained)\b", match.group(kept), re.I):
                continue  # "which kept the name": the organisation itself, not a split
            result = get(slot)
            if parent and result and result[0] != parent[0]:
                _split(ctx, section, result[0], parent[0], date, sentence)
        return
    if name in ("faction-splintered", "broke-away-to-form"):
        result = get("x")
        if own and result and result[0] != own[0]:
            _split(ctx, section, result[0], own[0], date, sentence)
        return
    if name == "joined-to-form":
        result = get("x")
        priors = [p for p in [*get("a"), *get("b")] if p not in result]
        if result and priors:
            _event(ctx, section, "merger", result[0], priors, [], date, sentence)
        return
    if name == "pledge-rename":
        prior, senior, result = get("a"), get("b"), get("x")
        if prior and result and prior[0] != result[0]:
            _event(ctx, section, "rename", result[0], prior[:1], [], date, sentence)
            if senior and senior[0] not in (result[0], prior[0]):
                ctx.add(section, result[0], KG.affiliateOf, senior[0])
                ctx.extracted(section, f"{ctx.short(result[0])} affiliate of {ctx.short(senior[0])}")  # noqa: E501
        return
    if name == "converted":
        prior, result = get("a"), get("x")
        if prior and result and prior[0] != result[0]:
            _event(ctx, section, "rename", result[0], prior[:1], [], date, sentence)
        return
    if name == "merger-rename":
        prior, partners, result = get("a"), get("b"), get("x")
        if prior and result:
            _event(ctx, section, "merger-rename", result[0], prior[:1], partners, date, sentence)
    elif name in ("merger-when", "merger-of", "merger-to-form"):
        result = get("x")
        priors = [*get("a"), *get("b")] if "b" in match.groupdict() else get("a")
        priors = [p for p in priors if p not in result]
        if result and priors:
            _event(ctx, section, "merger", result[0], priors, [], date, sentence)
    elif name in ("absorbed-into", "absorbed"):
        result, absorbed = get("x"), get("a")
        if result and absorbed:
            _event(ctx, section, "absorbed", result[0], absorbed, [], date, sentence)
    elif name in ("split-and-formed", "split"):
        result, prior = get("x"), get("b")
        if result and prior and result[0] != prior[0]:
            _split(ctx, section, result[0], prior[0], date, sentence)
    elif name == "rename":
        prior, result = get("a"), get("x")
        if prior and result and prior[0] != result[0]:
            _event(ctx, section, "rename", result[0], prior[:1], [], date, sentence)
    elif name == "affiliate":
        member, senior = get("a"), get("b")
        if member and senior and member[0] != senior[0]:
            ctx.add(section, member[0], KG.affiliateOf, senior[0])
            ctx.extracted(section, f"{ctx.short(member[0])} affiliate of {ctx.short(senior[0])}")
    elif name == "origin":
        origin = get("b")
        if origin:
            ctx.extracted(
                section,
                f"origin noted: {ctx.short(origin[0])} (lineage comes from the steps stated)",
            )


def _split(
    ctx: IngestContext, section: Section, result: URIRef, prior: URIRef,
    date: PartialDate | None, sentence: Sentence,
) -> None:
    _event(ctx, section, "split", result, [prior], [], date, sentence)


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


def _event(
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
    if kind == "rename" and _PLEDGE.search(sentence.text):
        # a rename on a pledge of allegiance ("pledged allegiance to Z and renamed itself W")
        ctx.add(section, event, DCTERMS.type, LINEAGE_KIND.pledge)
        how += " (on a pledge of allegiance)"
    extra = f", partner {', '.join(ctx.short(p) for p in partners)}" if partners else ""
    ctx.extracted(section, f"{ctx.short(result)} {how} {described}{extra} in {date.edtf}")


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


def _facts_in_passing(ctx: IngestContext, section: Section, sentence: Sentence) -> bool:
    """Ideology and area of operation a history sentence states by the way."""
    found = False
    for concept, words in concepts_in(sentence.text, IDEOLOGIES):
        if ctx.subject is not None:
            ctx.add(section, ctx.subject, KG.ideology, concept)
            ctx.extracted(section, f"ideology {concept.rsplit('/', 1)[-1]} (from {words!r})")
            found = True
    area = _AREA.search(sentence.text)
    if area and ctx.subject is not None:
        places = ctx.find_places(sentence.text[area.end() : area.end() + 60], demonyms=False)
        if places.places:
            ctx.add(section, ctx.subject, KG.areaOfOperation, places.places[0])
            ctx.extracted(section, f"area of operation {ctx.short(places.places[0])}")
            found = True
    return found

