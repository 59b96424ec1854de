"""The history paragraph read sentence by sentence: candidate sentences, the grammar's frames
matched over the slotted template, and what each sentence told or left unused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDF, URIRef

from kg.ingest.clauses import blank
from kg.ingest.context import IngestContext, Sentence
from kg.ingest.dates import PartialDate
from kg.ingest.group_references import (
    UNRESOLVED,
    head_noun_spans,
    leaders_men_spans,
    other_subject_pronoun,
    own_name_spans,
    subject_of,
)
from kg.ingest.lineage.clauses import readings
from kg.ingest.lineage.dates import (
    boundary_date,
    carried_date,
    date_in_a_relative_after,
    date_of_clause,
    dated_elsewhere,
    first_date,
    first_date_within,
    prior_founding_asides,
)
from kg.ingest.lineage.distinct import read_distinct
from kg.ingest.lineage.dropped_word import read_dropped_word
from kg.ingest.lineage.emit import state_split
from kg.ingest.lineage.former_names import known_as_spans, listed_name_as_result_spans
from kg.ingest.lineage.frames import LINEAGE_FRAMES
from kg.ingest.lineage.frames.described import (
    DESCRIBED_NAMES,
    SAME_ORGANISATION_LATER,
    cut_short,
)
from kg.ingest.lineage.lexicon import (
    BROKE_INTO,
    DIVIDED_INTO,
    HEDGE_ADVERB,
    LINEAGE_WORDS,
    Frame,
)
from kg.ingest.lineage.qualified import leaders_faction_spans, qualified_acronym_spans
from kg.ingest.lineage.restated import restated
from kg.ingest.lineage.review import (
    not_lineage_after_all,
    review_unused_lineage,
    stated_lineage,
)
from kg.ingest.lineage.roles import asides_of, overlaps, role_organisations, role_spans
from kg.ingest.lineage.steps import frame_lineage
from kg.ingest.lineage.subject import (
    date_line_as_label,
    dotted_rows,
    table_rows,
    with_its_subject,
)
from kg.ingest.name_variants import variant_of
from kg.ingest.sections import Section
from kg.ingest.slots import Slotted, introductions, slotted
from kg.ingest.vocabulary import IDEOLOGIES, concepts_in
from kg.namespaces import KG

# "the Islamic Courts Union (ICU), which later fought Ethiopian forces": an organisation the
# text shows fighting is an armed group, so lineage questions can start from it.
_FOUGHT = re.compile(
    r"(?P<g>⟦\d+⟧)\s*,?\s+(?:which|that|whose\s+militias?)\s+(?:later\s+|then\s+|also\s+)?"
    r"(?:fought|battled|took\s+up\s+arms|waged|launched\s+(?:an\s+)?(?:insurgency|attacks?)|"
    r"became\s+an?\s+(?:armed|militant|insurgent)\s+(?:group|movement|militia))\b",
    re.I,
)
# "rebuilt the movement in Swat", "the hideouts of the group in the X mountains", "its presence
# in Y": the profile's own group, named by the article or its possessive. Another's
# forces or groups ("killed by Russian security forces in Ekazhevo", "a Salafi study group in
# Gao", "fought rebel movements in Darfur") say where someone else is, never the group's area.
_AREA = re.compile(
    # "the largest extremist armed group inside Algeria", "among the largest rebel groups in
    # Syria": the group described, the article before lower-case words only
    r"(?:\b(?i:the|its|their)\s+(?:[a-z][a-z\-]*\s+){0,6}?(?i:groups?|organi[sz]ations?|"
    r"movements?)|\b(?i:its|their|the\s+group[’']s)"
    r"\s+(?i:forces|presence|fighters|units|cells|bases))"
    r"\s+(?i:inside|in|operating\s+in|active\s+in|based\s+in)\s+",
)


# "In 1993 ⟦ABB⟧ broke away …, and it later merged with …": a second clause that says it came
# later has no date of its own; the sentence's first date is the earlier clause's ("In 2019
# the group later became ⟦SU⟧" is one clause, dated 2019)
_LATER = re.compile(r"\b(?:later|subsequently|eventually|afterwards|thereafter)\b", re.I)
_SECOND_CLAUSE = re.compile(r"(?:,\s*and|;|,\s*but|,\s*then)\s*$", re.I)


def _later_clause(template: Slotted, match: re.Match[str]) -> bool:
    return bool(_LATER.search(match.group(0))
                and _SECOND_CLAUSE.search(template.text[:match.start()]))
# Frames whose clause opens with another event's date ("After X was routed in November 1987,
# many of its fighters joined …"; "had begun in 1980 as X … and took the name Y a few years
# later"; "After the ban of January 2002 it continued under the name Y"): the step is dated
# only by a date right after it
_CLOSING_ONLY = {"its-fighters-joined", "g-rename-began-as-then-took-the-name",
                 "b-after-it-ended-its-members-formed", "continued-as-then"}
# … and a name carried on after another event the sentence opens with or tells in a clause
# before ("After the ban of January 2002 it continued under the name Y"; "In 2011 the group
# was banned; it carried on as Y"), while "In 1984 the militants divided: the majority
# continued as Y" is dated by its sentence
_CARRIED_ON_AFTER = {"continued-as"}
_ANOTHER_EVENT_BEFORE = re.compile(r"^\W*(?:after|following|once|when|since)\b|;", re.I)
# "⟦KW⟧, a splinter of ⟦SF⟧, attacked Gao in 2011": an appositive tells no event; the main
# clause's date is its own ("attacked … in 2011"), unless that clause is the splinter's founding
# ("…, was founded in 2011")
_APPOSITIVE_SPLIT = {"g-split-faction-of"}
_FOUNDED_AFTER = re.compile(
    r"\s*,\s*(?:(?:was|were)\s+(?:\w+ly\s+)?(?:founded|formed|created|established|set\s+up|"
    r"launched|born)|(?:emerged|appeared|surfaced))\b",
    re.I,
)
# Frames that read a further step of a clause another frame has read: "⟦A⟧ entered into ⟦B⟧
# and became its ⟦Y⟧" is A's absorption into B (read first) and A's rename into Y, the
# coordinated verb phrase sharing the subject
_FURTHER_STEP = {"g-became-its-named-part"}
# Frames of a former name behind a boundary ("until 2005", "before then"): the boundary is the
# rename's date, and no other date of the sentence is (`boundary_date`)
_BOUNDARY_DATED = {"b-former-name-before-boundary", "b-former-name-boundary-after",
                   "b-former-name-originally"}
# "⟦LG⟧, previously ⟦TY⟧, took Gossi in 2011": the main clause's date is its own, unless
# that clause is about the name ("…, formerly known as ⟦GYF⟧, adopted its name in 2006")
_ASIDE_OF_A_FORMER_NAME = {"formerly-known-as"}
_ABOUT_A_NAME = re.compile(r"\b(?:name|renamed|rebranded|called\s+itself)\b", re.I)
# Frames whose "its" is the group only where the sentence is about the group ("The DF was
# founded in 1990; its founders had left X": its is the DF's)
_ITS_IS_THE_SUBJECT = {"b-founders-left"}
# A sentence longer than this is read once, as written: its other readings (parentheses and
# inserted clauses set aside) would triple the cost of a line built to be slow, and no profile
# sentence telling lineage comes near it.
_MOST_READ = 1_500


# the raising verbs of a hedge the grammar reads through (kg.ingest.lineage.lexicon.AUX)
_HEDGE = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:{HEDGE_ADVERB}\s+)?(?:thought|believed|said|reported|"
    r"understood|known)|(?:seems?|seemed|appears?|appeared))\s+to\s+have\b".replace(
        "{HEDGE_ADVERB}", HEDGE_ADVERB),
    re.I,
)
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,8}(?=[\s,;:’')]|$)")


def _undotted(ctx: IngestContext, text: str) -> str:
    """An acronym written with dots ("I.R.A.") as its letters, padded to the same length, so
    the index and the frames read it as the acronym it is — only where one organisation bears
    it (`kg.ingest.name_variants`); otherwise it stays dotted, and no frame takes it."""

    def letters(match: re.Match[str]) -> str:
        variant = variant_of(ctx.index, match.group(0))
        if variant is None or variant.one is None:
            return match.group(0)
        return match.group(0).replace(".", "").ljust(len(match.group(0)))

    return _DOTTED.sub(letters, text)


@dataclass
class _PendingSplit:
    prior: URIRef
    date: PartialDate | None
    sentence: Sentence
    # named in this sentence or the next only ("a faction … was split from X; the new
    # organisation was called Y"): a "new organisation" further on is another step's
    near: bool = False


# a body dividing into parts (`kg.ingest.lineage.frames.parts`)
_DIVISION = re.compile(rf"\b(?:{DIVIDED_INTO}|{BROKE_INTO})\b", re.I)
# Frames of an unnamed split whose name must follow at once (`_PendingSplit.near`)
_NAMED_NEAR = {"b-faction-driven-from"}


def extract_history(ctx: IngestContext, section: Section) -> None:
    """The lineage the history section tells, and what it tells in passing (ideology, area,
    an organisation that fought); every sentence it leaves unused is named in the review."""
    _read_lineage(ctx, section, history=True)


# Lineage-like wording that sends a sentence of another section to the grammar: the words of
# the review's own test, and the predicates of a rename or a founding, which it leaves out
_TELLS_LINEAGE = re.compile(
    rf"{LINEAGE_WORDS.pattern}|\b(?:became|name|formed|founded|created|established)\b", re.I
)


def extract_lineage(ctx: IngestContext, section: Section) -> None:
    """The lineage a prose section other than the history tells.

    Writers tell lineage wherever their story is: an untitled paragraph the layout takes for
    the leadership or the organisation (`kg.ingest.sections` assigns untitled paragraphs by
    position and cue words, and a history told before the funding has no history slot), a
    leadership paragraph ("…, who left X to found the group"). The same grammar reads them,
    sentence by sentence, where a sentence has lineage-like wording; the section's own reader
    says what else a sentence told, so nothing here marks a sentence as not understood."""
    _read_lineage(ctx, section, history=False)


def _read_lineage(ctx: IngestContext, section: Section, *, history: bool) -> None:
    pending: _PendingSplit | None = None
    previous: str | None = None
    last_subject: URIRef | None = None
    before_last: Sentence | None = None
    # the organisation a fact sheet's notes are about when they leave out their subject: the
    # group, until a note merges it into another ("Merged with X in 1993 to form Y. Renamed
    # itself Z in 1997.": Y renamed itself Z)
    current: URIRef | None = None
    for written in _items(ctx, section):
        # the historical present in the past, "the council" as the council named before it
        # (`kg.ingest.lineage.restated`); the review still quotes the sentence as written
        told_as = restated(ctx, written)
        if not history and not _TELLS_LINEAGE.search(told_as.text):
            previous = written.text
            continue
        # the sentence as written; then, where no frame read anything from it and it opens
        # with a step's verb and no subject ("Merged with X in 1993 to form Y."), with the
        # group supplied as the subject the note leaves out (`kg.ingest.lineage.subject`)
        attempts: list[tuple[Sentence, tuple[int, int] | None]] = [(told_as, None)]
        if history and (reading := with_its_subject(told_as))[1] is not None:
            attempts.append(reading)
        understood = False
        for sentence, supplied in attempts:
            if pending is not None and pending.near and pending.sentence is not before_last:
                ctx.problem(section, pending.sentence.line, "a split is described but the new "
                            "group is not named in that sentence or the next; no lineage recorded")
                pending = None
            # organisations a sentence introduces with their names ("the Gao Riders (GR)"); in
            # another section only where the sentence tells a step in so many words, as its
            # parentheses say other things too ("X (the name recalls …) was announced")
            spans = (introductions(ctx, section, sentence.text, sentence.line)
                     if history or LINEAGE_WORDS.search(sentence.text) else [])
            if spans:
                understood = True
            # "the NDFB (Progressive), or NDFB(P)": a faction of the NDFB, not the NDFB
            if history or LINEAGE_WORDS.search(sentence.text):
                spans += qualified_acronym_spans(ctx, section, sentence.text, sentence.line,
                                                 spans)
            if supplied is not None and current is not None:
                # the chronology is at the organisation the group merged into (`current`)
                spans.append((*supplied, current))
            # "the Front" in the Sahel Front's profile is the group (kg.ingest.group_references)
            spans = spans + head_noun_spans(ctx, sentence.text, spans)
            spans += leaders_men_spans(ctx, sentence.text, spans)  # "Shigenobu’s group"
            spans += leaders_faction_spans(ctx, sentence.text, spans)  # "the Daimary faction"
            # the group's listed names, but only those that are its preferred name written another
            # way ("Real IRA"): a profile lists former names there too, and lineage reads them as
            # the predecessors they were ("Those Who Sign in Blood")
            spans += own_name_spans(ctx, sentence.text, spans, variants_only=True)
            # "… to form Harakat Ahrar al-Sham al-Islamiyya", a listed name: the group
            spans += listed_name_as_result_spans(ctx, sentence.text, spans)
            # "X, known in the West as ⟦AQI⟧": X is that organisation
            spans += known_as_spans(ctx, sentence.text, spans)
            if _DIVISION.search(sentence.text):
                # "fractured into three factions, A, B and BRN-Coordinate", a listed name of
                # the group: that part is the group, which went on under it (never a second
                # organisation beside it, `kg.ingest.lineage.frames.parts`)
                spans += own_name_spans(ctx, sentence.text, spans)
            # "The DF was founded in 2005. In 2012 it split from …": "it" is the DF, not the group
            spans += other_subject_pronoun(ctx, sentence.text, spans, last_subject)
            # "⟦NU⟧ collapsed in 2010. Its remnants …": "Its" is that organisation's
            spans += _possessive_after_another_subject(ctx, sentence.text, spans, last_subject)
            # "⟦FIDA⟧ traces its origin to the front: it was formed by …": "it" is ⟦FIDA⟧
            spans += _pronoun_after_colon(ctx, sentence.text, spans)
            # "the I.R.A." read as "the IRA" (same length: every offset stays)
            template = slotted(ctx, _undotted(ctx, sentence.text), spans)
            # "X is not to be confused with Y": data (owl:differentFrom), never lineage
            if read_distinct(ctx, section, sentence, last_subject):
                understood = True
            last_subject = subject_of(ctx, template)
            if history and supplied is None and (began := _began_as(ctx, template)) is not None:
                # "3 October 1986: founded as the ⟦BdSF⟧." — the notes after it, leaving out
                # their subject, are about the organisation under that name, until a rename
                # ("25 November 1994: renamed the ⟦NDFB⟧") makes it the group again
                current = began
            # "The word “Popular” was dropped from the name in 1974": a rename from the name
            # with the word, where an organisation the graph knows bears it
            if read_dropped_word(ctx, section, sentence, template, previous):
                understood = True
            date = first_date(ctx, section, sentence)
            # "two years later", "that August": dated by an anchor in this or the last sentence
            if date is None:
                date = carried_date(sentence.text, previous)
            for fought in _FOUGHT.finditer(template.text) if history else ():
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
            # One grammar (kg.ingest.lineage.frames), its more specific shapes first; then the
            # sentence without its parentheses, then its core clause (kg.ingest.lineage.clauses),
            # for what the asides hid.
            views: list[tuple[str, list[tuple[int, int]]]] = [(template.text, [])]
            if len(template.text) <= _MOST_READ:
                views += readings(template.text)
            for text, set_aside in views:
                for frame in LINEAGE_FRAMES:
                    if (not any(word in lowered for word in frame.cues)
                            or (set_aside and frame.plain)):
                        continue
                    for match in frame.pattern.finditer(text):
                        # a clause read inside an aside does not stop the core clause around it
                        live = [c for c in consumed
                                if not any(a <= c[0] and c[1] <= b for a, b in set_aside)]
                        if frame.plain and any(not (match.end() <= a or match.start() >= b)
                                               for a, b in live):
                            continue  # the first rounds' shapes: any clause already read is taken
                        if frame.name not in _FURTHER_STEP and any(
                                overlaps(blank(text, asides.get(taken, [])), frame, match,
                                         taken, roles[taken])
                                for taken in live if taken in roles):
                            continue
                        if any(not (match.end() <= a or match.start() >= b)
                               for a, b in live if (a, b) not in roles):
                            continue
                        if not_lineage_after_all(ctx, section, sentence, template, frame, match,
                                                 set_aside):
                            consumed.append(match.span())
                            understood = True
                            continue
                        if frame.kind in ("split-unnamed", "names-the-split"):
                            # a split told without its new group's name, named in a later sentence
                            pending = _unnamed_split(ctx, section, template, match, frame, date,
                                                     sentence, pending)
                            consumed.append(match.span())
                            understood = True
                            continue
                        if frame.name in DESCRIBED_NAMES and cut_short(template.text, match):
                            continue  # "⟦CPI⟧ (Marxist)": a longer name the slotter cut short
                        if frame.name in SAME_ORGANISATION_LATER and match["later"] and (
                                template.entity(match["later"]) != template.entity(match["slot"])):
                            continue  # another organisation lived on: which step it was is unsaid
                        if frame.name in _ITS_IS_THE_SUBJECT and last_subject not in (
                                None, ctx.subject):
                            continue
                        if frame.name in _BOUNDARY_DATED or (
                                frame.name in _ASIDE_OF_A_FORMER_NAME
                                and not _ABOUT_A_NAME.search(template.text[match.end():])):
                            clause_date = boundary_date(sentence, template, match, previous)
                        elif frame.name in _CLOSING_ONLY or (
                                frame.name in _CARRIED_ON_AFTER
                                and _ANOTHER_EVENT_BEFORE.search(text[:match.start()])) or (
                                frame.name in _APPOSITIVE_SPLIT
                                and not _FOUNDED_AFTER.match(text, match.end())):
                            # "After X was routed in November 1987, many of its fighters joined …":
                            # that date is the rout's; the joining is dated only by a date after it
                            clause_date = date_of_clause(
                                ctx, section, sentence, template, match, closing_only=True,
                                previous=previous,
                            )
                        elif frame.plain:
                            # "broke away from ⟦X⟧, a party founded in 1973": the prior's own
                            # founding dates nothing of the step
                            founding = prior_founding_asides(template, role_spans(frame, match)[1])
                            clause_date = date_of_clause(
                                ctx, section, sentence, template, match, previous=previous,
                                blanked=founding or None,
                            ) or (None if first_date_within(sentence, template, founding)
                                  else date)
                        else:
                            founding = prior_founding_asides(template, role_spans(frame, match)[1])
                            inserted = asides_of(frame, match) + [
                                (a, b) for a, b in set_aside
                                if match.start() <= a and b <= match.end()] + founding
                            clause_date = date_of_clause(
                                ctx, section, sentence, template, match, closing_first=True,
                                asides=inserted, previous=previous,
                                blanked=sorted(set_aside + founding),
                                earlier=not _later_clause(template, match),
                            )
                            # the sentence's first date, unless it dates an inserted clause or an
                            # event the sentence opens with
                            if (clause_date is None and not inserted
                                    and not dated_elsewhere(sentence, template, match)
                                    and not date_in_a_relative_after(sentence, template, match)
                                    and not _later_clause(template, match)):
                                clause_date = date
                        if frame_lineage(
                            ctx, section, frame, template, match, clause_date, sentence, refused
                        ) or frame.plain:
                            if hedge := _HEDGE.search(match.group(0)):
                                ctx.extracted(section, f"the step above is hedged "
                                              f"({hedge.group(0)!r}): stated, as the profile's "
                                              "reader takes it")
                            consumed.append(match.span())
                            roles[match.span()] = role_spans(frame, match)
                            if supplied is not None and frame.kind in ("merger", "rename"):
                                current = _merged_into(ctx, template, roles[match.span()],
                                                       supplied, current)
                            asides[match.span()] = asides_of(frame, match, whole=True)
                            understood = True
                            recruits |= frame.kind == "recruits"
            if consumed:
                break
        previous = sentence.text
        before_last = sentence
        if history:
            understood |= _facts_in_passing(ctx, section, written)
            if not understood:
                ctx.unused(section, written)
        elif stated_lineage(ctx, section, told):
            # whatever the section's own reader makes of it, lineage was read from it
            ctx.reports[section.key].understood_elsewhere.append((written.line, written.text))
        anonymous = pending is not None and pending.sentence is sentence
        if not recruits and not anonymous:
            review_unused_lineage(ctx, section, written, told, refused)
    if pending is not None:
        ctx.problem(
            section,
            pending.sentence.line,
            "a split is described but the new group is not named; no lineage recorded for it",
        )



# A list item's marker opening a sentence ("- ", "* ", "• ", "– ", "— "): the shared splitter
# (`kg.ingest.context.split_sentences`) ends a sentence where one starts a line, and at a
# footnote's number after a full stop; the marker itself is no part of the note it opens
_ITEM_MARKER = re.compile(r"[ \t]*[-*•–—][ \t]+(?=\S)")


def _items(ctx: IngestContext, section: Section) -> list[Sentence]:
    """The history's sentences, a bulleted chronology's items each without its marker.

    A bulleted chronology ("- 1997: X founded …" / "- about 2006: …") seldom ends its items
    with a full stop; the splitter cuts it item by item, and without the marker a note's label
    is at the start of its clause, where the frames that read notes without a subject look."""
    sentences: list[Sentence] = []
    for written in ctx.sentences(section):
        # a chronology written as a table: one item per row (`kg.ingest.lineage.subject`)
        # a table turned into dotted label lines: one item per line (twelfth round)
        for sentence in table_rows(written) or dotted_rows(written) or [written]:
            # "1998" on a line of its own, the note on the next: the date is its label
            _drop_marker(section, date_line_as_label(sentence), sentences)
    return sentences


def _drop_marker(section: Section, sentence: Sentence, sentences: list[Sentence]) -> None:
    """The item without its list marker, appended to `sentences`."""
    marker = _ITEM_MARKER.match(sentence.text)
    if marker is None:
        sentences.append(sentence)
        return
    offset = sentence.start + marker.end()
    sentences.append(Sentence(offset, sentence.end, sentence.text[marker.end():],
                              section.line_of(offset)))


def _merged_into(
    ctx: IngestContext, template: Slotted,
    roles: tuple[tuple[int, int], list[tuple[int, int]]], supplied: tuple[int, int],
    current: URIRef | None,
) -> URIRef | None:
    """The organisation a merger or a rename made of the supplied subject: the notes that
    follow, leaving out their subject, are about it (None: the group again)."""
    (result_start, result_end), priors = roles
    if not any(a <= supplied[0] and supplied[1] <= b for a, b in priors):
        return current
    slots = re.findall(r"⟦\d+⟧", template.text[result_start:result_end])
    formed = template.entity(slots[0]) if len(slots) == 1 else None
    if formed is None or formed == UNRESOLVED:
        return current
    return None if formed == ctx.subject else formed


# a note of the group's founding under another name: "1986: founded by P as the ⟦BdSF⟧"
_BEGAN_AS = re.compile(
    r"^(?:[^⟦;:.]{0,40}:\s*)?(?:(?:was|were)\s+)?(?:first\s+)?(?:founded|formed|established|"
    r"created|set\s+up|launched|began|started|emerged|surfaced|appeared)\b[^⟦.;:]{0,60}?\s+as\s+"
    r"(?:the\s+)?(?P<x>⟦\d+⟧)(?![’']s|\s+(?:of|in|and|or)\b)\s*(?:\([^()]{1,60}\)\s*)?[.;]?\s*$",
    re.I,
)


def _began_as(ctx: IngestContext, template: Slotted) -> URIRef | None:
    """The organisation a note without a subject says the group was founded as, where that
    is a name other than the group's."""
    found = _BEGAN_AS.match(template.text)
    if found is None:
        return None
    began = template.entity(found["x"])
    if began is None or began == UNRESOLVED or began == ctx.subject:
        return None
    return began


_ITS_OPENING = re.compile(r"\W{0,3}(?P<its>Its|Their)\s")


def _possessive_after_another_subject(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]],
    last_subject: URIRef | None,
) -> list[tuple[int, int, URIRef]]:
    """"Its" opening a sentence after a sentence about another organisation stands for that
    organisation ("…⟦NU⟧ collapsed in 2010. Its remnants were absorbed into ⟦AF⟧"): the word is
    slotted as that one, so no frame reads the group's remnants there (a possessive slotted
    whole is read by no frame: nothing is stated, rather than the group's step)."""
    if last_subject is None or last_subject == ctx.subject or last_subject == UNRESOLVED:
        return []
    found = _ITS_OPENING.match(text)
    if found is None or any(a <= found.start("its") < b for a, b, _ in taken):
        return []
    return [(found.start("its"), found.end("its"), last_subject)]


_IT_AFTER_COLON = re.compile(r":\s+(?P<it>it)\b(?![’'])")


def _pronoun_after_colon(
    ctx: IngestContext, text: str, taken: list[tuple[int, int, URIRef]]
) -> list[tuple[int, int, URIRef]]:
    """"It" opening the elaboration after a colon stands for the organisation the clause
    before the colon opens with, where that is another organisation than the profile's."""
    found = _IT_AFTER_COLON.search(text)
    if found is None or any(a <= found.start("it") < b for a, b, _ in taken):
        return []
    head = slotted(ctx, text[: found.start()], [s for s in taken if s[1] <= found.start()])
    subject = subject_of(ctx, head)
    if subject is None or subject == ctx.subject or subject == UNRESOLVED:
        return []
    return [(found.start("it"), found.end("it"), subject)]


def _unnamed_split(
    ctx: IngestContext, section: Section, template: Slotted, match: re.Match[str], frame: Frame,
    date: PartialDate | None, sentence: Sentence, pending: _PendingSplit | None,
) -> _PendingSplit | None:
    """"A faction broke away" keeps its prior (the named one, else the group) until a later
    clause names the new group ("the new group named itself X")."""
    if frame.kind == "split-unnamed":
        named = role_organisations(ctx, section, template, match, "b", [], sentence.line,
                                   plain=True)
        prior = named[0] if named else ctx.subject
        return (_PendingSplit(prior, date, sentence, frame.name in _NAMED_NEAR)
                if prior is not None else pending)
    result = role_organisations(ctx, section, template, match, "x", [], sentence.line, plain=True)
    if pending is not None and result:
        state_split(ctx, section, result[0], pending.prior, pending.date, pending.sentence)
        return None
    return pending


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


