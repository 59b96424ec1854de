"""One sentence read through the stages: template, asides and labels, aliases, dated
mentions, then clause by clause; what the paragraph has told so far is kept in the state.
"""

from __future__ import annotations

import bisect
import re

from kg.ingest.clauses import Aside, strip_asides
from kg.ingest.context import IngestContext
from kg.ingest.dates import PartialDate
from kg.ingest.leaders.clauses import _clauses, restrictive_relatives, ungapped
from kg.ingest.leaders.collective import read_collective
from kg.ingest.leaders.founding import founding_elsewhere, founding_told
from kg.ingest.leaders.fragments import _drop_asides, _read_labels, _read_posts
from kg.ingest.leaders.inversion import put_subject_first
from kg.ingest.leaders.lexicon import _GROUP, _LEADER_WORD, _P, _PH
from kg.ingest.leaders.model import LeadershipState, Reading, Template, Tenure, _typed, single_date
from kg.ingest.leaders.person_types import _DESCRIBED_AFTER, _PERSON_CONTEXT
from kg.ingest.leaders.persons import template
from kg.ingest.leaders.predicates import (
    _APPOSED,
    _APPOSED_SINCE,
    _BIRTH_WORDS,
    _CIRCUMSTANCES,
    _GROUP_BORN,
    _HELD_SINCE,
    _IN_BRACKETS,
    _LEADER_LIST,
    _LISTED,
    _SUCCESSOR_NP,
    _TENURE_NP,
    _UNDER,
)
from kg.ingest.leaders.roles import _read_aliases, _read_roles
from kg.ingest.leaders.sources import without_citations
from kg.ingest.leaders.tables import bullet_items, table_rows
from kg.ingest.leaders.tenures import _read_clause
from kg.ingest.names import could_name_new_organisation

_OPENER = re.compile(r"^\s*(?:(?:In|On|By|After|From|Since|During|Later|Then)\b[^,⟪]{0,40}"
                     r"(?:⟪D\d+⟫)?[^,⟪]{0,20},\s*)?")
# A verb of founding or leading that opens a sentence: the fragment has no subject of its own.
_SUBJECTLESS = re.compile(
    r"(?:Founded|Co-founded|Set|Established|Created|Formed|Launched|Led|Headed|Commanded|Ran|"
    r"Directed|Chaired|Took|Became|Succeeded|Replaced|Assumed|Seized|Was|Has|Had|Returned)\b"
)
# A verb of leading or founding first, whose object is never a person, and a person after it
# in the same clause ("Directed the Front from its start X, called …"): the fragment names its
# own subject after its verb, and the person of the sentence before is not it
_OWN_SUBJECT_AFTER = re.compile(
    r"(?:Founded|Co-founded|Established|Created|Formed|Launched|Led|Headed|Commanded|Ran|"
    r"Directed|Chaired)\b(?:[^;⟪]|⟪[DGX]\d*⟫)*?"
    r"(?<!\bby\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\band\s)⟪P\d+⟫(?![’'])"
)
_SUBORDINATE = {"after", "when", "whereupon", "before", "while", "although", "though"}
_IT = re.compile(r"(?<![\w’'-])(?:[Ii]t|[Ii]ts)(?![\w’'-])")


def _other_subject(tpl: Template) -> str | None:
    """The organisation, not the group, that the sentence is about ("The Movement for Unity
    and Jihad was founded in 1998."), or None when its subject is the group or a person."""
    opened = tpl.text[_OPENER.match(tpl.text).end() :]  # type: ignore[union-attr]
    if opened.startswith("⟪X⟫") and tpl.others:
        return tpl.others[tpl.text[: len(tpl.text) - len(opened)].count("⟪X⟫")]
    return None


def _pronouns_for(tpl: Template, other: str) -> None:
    """"It"/"its" after a sentence about another organisation stand for that organisation,
    not for the group (unless the sentence names the group before them)."""
    parts, others, position = [], list(tpl.others), 0
    for match in _IT.finditer(tpl.text):
        before = tpl.text[: match.start()]
        if "⟪G⟫" in before:
            break
        parts.append(tpl.text[position : match.start()])
        others.insert("".join(parts).count("⟪X⟫"), other)
        parts.append("⟪X⟫’s" if match.group(0).lower() == "its" else "⟪X⟫")
        position = match.end()
    if parts:
        tpl.text = "".join(parts) + tpl.text[position:]
        tpl.others[:] = others


def read_sentence(ctx: IngestContext | None, text: str, state: LeadershipState) -> Reading:
    """The tenures, successions, aliases and roles one sentence states (see module docstring).

    Tenures read in earlier sentences (kept in `state`) may be completed by this one: "He was
    killed in 2012" ends the tenure of the person "he" stands for."""
    if not state.founding_looked_up:
        state.founding, state.founding_looked_up = founding_elsewhere(ctx), True
    rows = table_rows(text) or bullet_items(text)
    if rows is not None:
        # a table of tenures, a bulleted list: each row or item read as the sentence it
        # stands for
        reading = Reading()
        for row in rows:
            read = read_sentence(ctx, row, state)
            reading.tenures += read.tenures
            reading.aliases += read.aliases
            reading.roles += read.roles
            reading.declined += read.declined
            reading.persons += [n for n in read.persons if n not in reading.persons]
            reading.typed += [n for n in read.typed if n not in reading.typed]
        return reading
    # "(Smith 2015)": a citation's year is never a date the sentence tells
    tpl = template(ctx, without_citations(text), state)
    # "Led Santoso the group until 2016": a subject written after its verb put first
    tpl.text = put_subject_first(tpl.text)
    if state.last_person and _SUBJECTLESS.match(tpl.text) and not _OWN_SUBJECT_AFTER.match(
        tpl.text
    ):
        # a terse profile's fragment with no subject: "Set the group up in 2011; commanded it
        # until 2017" after "Emir: X" — its subject is the person named before
        tpl.text = "⟪H⟫ " + tpl.text[0].lower() + tpl.text[1:]
    reading = Reading()
    read_collective(tpl, state, reading)
    other = state.other_subject
    state.other_subject = _other_subject(tpl)
    if other is not None:
        _pronouns_for(tpl, other)
    _drop_asides(tpl)
    _read_posts(tpl, state)
    _read_labels(tpl)
    for name in tpl.persons.values():
        if name not in reading.persons:
            reading.persons.append(name)
    _read_aliases(tpl, reading)
    born = _GROUP_BORN.search(tpl.text)
    state.born = tpl.dates.get(born["date"].strip("⟪⟫")) if born else None
    if state.founding is None:
        # "The movement dates back to 1987": the founding this paragraph tells, for a first
        # leader or a tenure "from its formation" told later (the history's, if any, first)
        state.founding = founding_told(tpl)
    _read_dated_mentions(tpl, state, reading)
    _read_undated_list(tpl, state, reading)
    _read_shared(tpl, state)
    tpl.text = _SHARED_AUXILIARY.sub(r"\g<head> and was ", tpl.text)
    tpl.text = ungapped(tpl.text)
    tpl.text = _THEN_BY.sub(r"\g<head> by \g<first>; then ⟪G⟫ was \g<verb> by ", tpl.text)
    tpl.text = _IN_FAVOUR.sub(r"\g<s>\g<rest>; \g<o> succeeded \g<s>", tpl.text)
    for match in _SUCCESSOR_NP.finditer(tpl.text):
        name = tpl.persons.get(match["o"].strip("⟪⟫"))
        if name:
            state.successors.add(name)
            _successor_named(tpl, match, name, state, reading)
    subject: list[str] = []
    last_end: tuple[PartialDate | None, str | None] | None = None
    # the core clauses: asides between a subject and its predicate out (their aliases, roles
    # and dated mentions were read above); the full text back for the readers after the loop
    written, others = tpl.text, list(tpl.others)
    tpl.text, asides = strip_asides(
        tpl.text, r"⟪P\d+⟫|⟪G⟫", keep=_KEEP_ASIDE, participles=True,
        not_participles=_TENURE_PARTICIPLE,
    )
    _drop_others(tpl, written, asides)
    _drop_until_aside(tpl)
    tpl.text = restrictive_relatives(tpl.text)
    _it_of_the_nearest(tpl)
    _note_other_leaders(tpl, state)
    if asides:
        _read_labels(tpl)  # "Next: X (Y), Z's brother-in-law, named in …": the label, now bare
    tpl.text, named = _FACTION_NAMED.subn("⟪G⟫", tpl.text)
    tpl.faction = bool(named)
    clauses = _clauses(tpl.text)
    for i, clause in enumerate(clauses):
        following = clauses[i + 1] if i + 1 < len(clauses) else None
        # "X took over after Y was killed in D", "X became emir when Y died in D": the end told
        # in the clause after dates the start
        if following is not None and (following.link not in ("after", "when", "who") or (
            # "led it until D, when soldiers killed him": the "when" tells the end, not a start
            following.link == "when" and re.search(r"\b(?:until|till)\b", clause.text)
        )):
            following = None
        told, last_end = _read_clause(
            tpl, clause, subject, last_end, state, reading, following
        )
        # a subordinate clause with no subject of its own ("after a quarrel with his tribe")
        # leaves the main clause's subject to the clauses after it
        subject = told or (subject if clause.link in _SUBORDINATE else told)
    tpl.text, tpl.others[:] = written, others
    _read_roles(tpl, reading)
    for match in (*_PERSON_CONTEXT.finditer(tpl.text), *_DESCRIBED_AFTER.finditer(tpl.text)):
        for token in match.groupdict().values():
            if token:
                _typed(reading, tpl.persons.get(token.strip("⟪⟫")))
    roled = {name for name, _ in reading.roles}
    if not reading.tenures and not reading.declined and tpl.persons and _LEADERSHIP_LIKE.search(
        tpl.text
    ) and not set(tpl.persons.values()) <= roled:
        reading.declined.append((text, NO_LEADERSHIP_VERB))
    for name in reading.persons:
        if name not in state.known:
            state.known.append(name)
    if tpl.dates:
        state.last_date = list(tpl.dates.values())[-1].edtf
    state.previous_dates = list(tpl.dates.values())
    for name, _ in reading.roles:
        _typed(reading, name)
    for name, _ in reading.aliases:
        _typed(reading, name)
    if reading.persons and not reading.tenures and state.last_person not in reading.persons:
        state.last_person = reading.persons[0]
    return reading


# An aside that tells a post of the group is read by the clause stages, never taken out; a
# participle of taking a post ("X, named emir in 2011, …") is the tenure itself.
_KEEP_ASIDE = re.compile(rf"\b{_LEADER_WORD}|\bleadership\b", re.I)
_TENURE_PARTICIPLE = re.compile(
    r"(?:named|appointed|elected|chosen|installed|proclaimed|made|designated|selected|picked|"
    r"confirmed|succeeded|replaced|founded|established|created|formed|launched)\b"
    # "designated as a terrorist on D": a participle with "as" and no leader word names another
    # status (a leader word keeps the aside anyway)
    r"(?!\s+as\b)"
)


# a part of the group that the text makes the group by its name: "led that larger faction,
# which kept the BLA name, until …" is a tenure of the group
_FACTION_NAMED = re.compile(
    r"\b(?:that|this|the)\s+(?:[a-z]+\s+)?(?:faction|wing|branch|part|majority|remnant)\s*,\s*"
    r"which\s+(?:kept|retained|carried\s+on|went\s+on\s+using)\s+(?:the\s+)?(?:⟪G⟫|group)"
    r"(?:[’']s)?\s+"
    r"name\s*(?:,|(?=;|$))"
)


# an organisation made the object of founding, leading or joining: "who had founded the CPP
# … and chaired it" — a later "it" in the sentence is that organisation, not the group
_OBJECT_ORGANISATION = re.compile(
    r"\b(?:founded|co-founded|established|created|formed|set\s+up|launched|joined|chaired|"
    r"led|headed|ran|built|commanded)\s+(?:the\s+)?⟪X⟫"
)
# "it", "its", and a "took over" with no object of its own ("who had taken over in 2004"): each
# stands for the organisation the sentence named last before it
_NEAREST_REFERENCE = re.compile(
    r"(?<![\w’'-])(?P<it>it|its)(?![\w’'-])"
    r"|\b(?:took|taken|take|takes)\s+over(?P<over>)(?=\s*(?:[,;.)]|$)|\s+(?:in|on|at|from|after|"
    r"when|following|upon|until|briefly|again|while|before|during|once|shortly|soon|later|"
    r"as\s+(?!⟪))\b)"
)
# Another organisation is what "it" stands for only where the reference hangs from it by a
# relative ("⟪X⟫, whose commander, P, had run it"; "P, the leader of ⟪X⟫, who had led it") or
# in "⟪X⟫ and its leader": a later clause of the sentence ("…, a veteran of ⟪X⟫, and Q founded
# it") may well go back to the group, and which one it is the words do not say
_RELATIVE_BETWEEN = re.compile(r"^[^;]*\b(?:who|whom|whose|which)\b[^;]*$")
# a time adjunct that opens the sentence, with or without its comma ("In 2010 the Front …")
_TIME_FIRST = re.compile(
    r"^\s*(?:(?:In|On|By|From|Since|During|Later|Then)\s+(?:[a-z]+\s+){0,2}⟪D\d+⟫\s*,?\s+)?"
)
# a noun phrase (the group's ally, partner, rival …) with an organisation in apposition to it
_APPOSED_SUBJECT = re.compile(
    r"(?:[Ii]ts|[Tt]heir|[Tt]he|⟪G⟫[’']s|[Tt]he\s+⟪G⟫[’']s)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z-]+\s*,?\s*"
    r"(?:the\s+)?(?P<x>⟪X⟫)(?!\s*[’'])"
)
# a place named after a preposition of place is no organisation ("was set up in Bari Province")
_AT_A_PLACE = re.compile(r"\b(?:in|at|near|around|across|inside|outside)\s+(?:the\s+)?$")


def _it_of_the_nearest(tpl: Template) -> None:
    """"It" stands for the nearest organisation before it: when that is another organisation —
    made the object of a verb since the group was last named, or another organisation named
    after the group that the reference hangs from by a relative ("cooperated with the Kindia
    Front and its leader, X, who had headed it since 2008"; "the leader of the Islamic State,
    who had led it since 2010") — "it" is that organisation. A "took over" with no object is
    read the same way ("The Front was led by X, who had taken over in 2004"): whose leadership
    was taken is the nearest organisation's."""
    parts, others, position = [], list(tpl.others), 0
    objects = [m.end() for m in _OBJECT_ORGANISATION.finditer(tpl.text)]
    written = list(re.finditer("⟪X⟫", tpl.text))
    organisations = [
        (m.start(), m.end(), i) for i, m in enumerate(written)
        if i < len(tpl.others) and could_name_new_organisation(tpl.others[i])
        and not _AT_A_PLACE.search(tpl.text, 0, m.start())
    ]
    groups = [m.start() for m in re.finditer("⟪G⟫", tpl.text)]
    # "In 2010 the Kayes Front elected X as its emir": the sentence's subject is another
    # organisation, and its "it"/"its" before any mention of the group are that organisation's
    opened = tpl.text[_TIME_FIRST.match(tpl.text).end() :]  # type: ignore[union-attr]
    subject, subject_end = None, 0
    # "Its partner the Kayes Front elected X as its chairman", "The group's ally, the Front,
    # …": an organisation in apposition to a noun phrase that opens the sentence is its subject
    apposed = _APPOSED_SUBJECT.match(opened)
    if opened.startswith(("⟪X⟫", "the ⟪X⟫", "The ⟪X⟫")) or apposed:
        first = tpl.text.count("⟪X⟫", 0, len(tpl.text) - len(opened) + (
            apposed.start("x") if apposed else 0))
        if first < len(tpl.others) and could_name_new_organisation(tpl.others[first]):
            subject = first
            subject_end = len(tpl.text) - len(opened) + (apposed.end("x") if apposed else 0)
    for match in _NEAREST_REFERENCE.finditer(tpl.text):
        at = match.start()
        made = bisect.bisect_right(objects, at)
        last_group = groups[bisect.bisect_right(groups, at) - 1] if bisect.bisect_right(
            groups, at) else -1
        named: int | None = None
        if made and objects[made - 1] > last_group and match["it"] == "it":
            named = tpl.text.count("⟪X⟫", 0, objects[made - 1]) - 1
        elif subject is not None and last_group < subject_end <= at and match["it"] is not None:
            named = subject
        else:
            before = [o for o in organisations if last_group < o[0] and o[1] <= at]
            between = tpl.text[before[-1][1] : at] if before else ""
            if before and (_RELATIVE_BETWEEN.search(between) or (
                match["it"] == "its" and re.fullmatch(r"\s+and\s+", between)
            )):
                named = before[-1][2]
        if named is None:
            continue
        if match["over"] is not None:
            parts.append(tpl.text[position : match.end()])
            others.insert("".join(parts).count("⟪X⟫"), tpl.others[named])
            parts.append(" ⟪X⟫")
        else:
            parts.append(tpl.text[position : match.start()])
            others.insert("".join(parts).count("⟪X⟫"), tpl.others[named])
            parts.append("⟪X⟫’s" if match["it"] == "its" else "⟪X⟫")
        position = match.end()
    if parts:
        tpl.text = "".join(parts) + tpl.text[position:]
        tpl.others[:] = others


# Another organisation's leader, by the shapes that say whose: "⟪X⟫ was led by P", "P led ⟪X⟫",
# "P, the leader of ⟪X⟫", "⟪X⟫'s leader, P", "⟪X⟫, whose leader P"
_OTHERS_LEADER = re.compile(
    r"⟪X⟫(?P<x1>)\s+(?:(?:was|were|had\s+been|has\s+been|is)\s+)(?:[a-z]+\s+){0,2}?"
    r"(?:led|headed|commanded|run|directed)\s+(?:[a-z]+\s+){0,2}?by\s+(?P<p1>⟪P\d+⟫)"
    r"|(?P<p2>⟪P\d+⟫)(?![’'])\s+(?:[a-z]+\s+){0,2}?(?:led|headed|commanded|ran|directed)\s+"
    r"(?:the\s+)?⟪X⟫(?P<x2>)(?![’'])"
    r"|(?P<p3>⟪P\d+⟫),\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?(?:leader|emir|amir|chief|head|"
    r"commander|founder|chairman|president)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?⟪X⟫(?P<x3>)"
    r"|⟪X⟫(?P<x4>)[’']s\s+(?:[a-z]+\s+)?(?:leader|emir|amir|chief|head|commander|chairman|"
    r"president|founder),?\s+(?P<p4>⟪P\d+⟫)"
)


def _note_other_leaders(tpl: Template, state: LeadershipState) -> None:
    """Keep the persons the sentence makes leaders of another organisation (not a place), for a
    later "Y succeeded him" to be read as that organisation's succession."""
    for match in _OTHERS_LEADER.finditer(tpl.text):
        x = next(match.start(g) for g in ("x1", "x2", "x3", "x4") if match[g] is not None)
        index = tpl.text.count("⟪X⟫", 0, x) - 1
        token = match["p1"] or match["p2"] or match["p3"] or match["p4"]
        name = tpl.persons.get(token.strip("⟪⟫"))
        if name and 0 <= index < len(tpl.others) and could_name_new_organisation(
            tpl.others[index]
        ):
            state.other_leaders.add(name)


# "until, reportedly after being wounded in ⟪X⟫, he was handed over in D": an aside right after
# "until" (no person, no date in it) tells the circumstance of the end, never a clause of its own
_UNTIL_ASIDE = re.compile(r"\b(?P<until>until|till)\s*,(?:[^,;⟪]|⟪X⟫){1,100}?,\s*")


def _drop_until_aside(tpl: Template) -> None:
    """Take the aside after "until," out, with its ⟪X⟫, so that the end after it is read as the
    end of the tenure and the aside's "after …" opens no clause."""
    written = tpl.text
    found = list(_UNTIL_ASIDE.finditer(written))
    if not found:
        return
    asides = [Aside(m.end("until"), m.end(), m.group(0)) for m in found]
    tpl.text = _UNTIL_ASIDE.sub(lambda m: m["until"] + " ", written)
    _drop_others(tpl, written, asides)


def _successor_named(
    tpl: Template, match: re.Match[str], name: str, state: LeadershipState, reading: Reading
) -> None:
    """"X led the group until he was killed in 2009. His successor, Y, was arrested in 2012":
    the successor of a leader whose tenure the text told is the next leader, from that tenure's
    end (inferred; with no end told, reported only). Whose successor must be a leader read
    before — "his successor, Y" of anyone else names another post."""
    possessor = match.group(0).split()[0]
    token = re.match(r"⟪(P\d+)⟫", possessor)
    before = tpl.persons.get(token.group(1)) if token else (
        state.last_person if possessor.lower().startswith(("⟪h", "his", "her")) else None)
    earlier = state.tenures.get(before) if before else None
    if earlier is None or name in state.tenures or name in tpl.partial or name == before:
        return
    tenure = Tenure(name, earlier.end, inferred=True, start_unread=earlier.end is None)
    state.tenures[name] = tenure
    reading.tenures.append(tenure)
    _typed(reading, name)


# A leadership shared with a companion: "X shared the leadership with Y (from D)", "X co-led the
# group with Y", "X and Y shared the command of the group": the companion leads from the
# clause's date; one who leads already keeps the tenure told before. Only the group's own
# leadership (none named, or "of" the group): "shared the command of the northern front with Y"
# is another body's.
_SHARED = re.compile(
    rf"(?P<a>{_PH})(?:\s+and\s+(?P<a2>{_P}))?,?\s+(?:(?:has|have|had)\s+)?"
    rf"(?:(?:then|later|thereafter|also|jointly|briefly)\s+)?"
    rf"(?:(?:shared|share|shares)\s+(?:the\s+|its\s+|⟪G⟫[’']s\s+)?(?:overall\s+|top\s+)?"
    rf"(?:leadership|command)(?:\s+of\s+{_GROUP})?"
    rf"|co-?(?:led|leads|lead|chaired|chairs|chair|headed|heads|commanded|commands)\s+{_GROUP})"
    rf"(?:\s+with\s+(?:(?:⟪H⟫’s|his|her|its)\s+(?:[a-z][\w-]*\s+){{0,2}}?)?(?P<b>{_P}))?"
)


# An end that shares the auxiliary of a passive start: "X was named emir in D and killed by
# soldiers in D2", "was elected leader in D and arrested in R in D2" — the participle is passive
# only where no object follows it ("and killed two soldiers" is another act)
_SHARED_AUXILIARY = re.compile(
    r"(?P<head>\b(?:was|were)\s+(?:\w+\s+)?(?:named|appointed|elected|chosen|made|installed|"
    r"proclaimed|sworn\s+in)\b[^;,]*?)\s+and\s+"
    r"(?=(?:killed|assassinated|executed|arrested|captured|detained|extradited|deposed|"
    r"dismissed|removed|ousted)\s+(?:by|in|on|at|during|near|when|while|after)\b)"
)


# A passive of leading with its agents in succession: "The group was led first by X (D1–D2)
# and then by Y (D2–D3)", "… by X until 2010, and then by Y" — each agent a clause of its own,
# the second starting where the first ended (never "led by X and Y", a shared leadership)
_THEN_BY = re.compile(
    r"(?P<head>(?:the\s+)?⟪G⟫\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?P<verb>led|headed|commanded|run|directed|chaired))\s+(?:first\s+|initially\s+)?by\s+"
    r"(?P<first>⟪P\d+⟫(?:[^;⟪]|⟪(?:D\d+|H)⟫(?:’s)?)*?)\s*,?\s+and\s+(?:then|later|afterwards|"
    r"subsequently|thereafter)\s+by\s+(?=⟪P\d+⟫)"
)


# An end "in favour of" someone: "X stepped down in 2001 in favour of Y" — Y succeeded X
_IN_FAVOUR = re.compile(
    r"(?P<s>⟪(?:P\d+|H)⟫)(?![’'])(?P<rest>\s+(?:[a-z]+\s+){0,2}?(?:(?:stepped|stood)\s+(?:down|aside)|"
    r"resigned|abdicated|retired)(?:[^;,⟪]|⟪D\d+⟫)*?)\s*,?\s+in\s+fav(?:ou)?r\s+of\s+"
    r"(?:(?:⟪H⟫’s|his|her|its)\s+(?:[a-z-]+\s+){0,2})?(?P<o>⟪P\d+⟫)(?![’'])"
)


def _read_shared(tpl: Template, state: LeadershipState) -> None:
    """Rewrite a shared leadership as the start of a co-leader: "Y became co-leader", and "X and
    Y became co-leaders" where X leads from the same date (X is no leader told before)."""

    def leads(token: str) -> bool:
        name = state.last_person if token.startswith("⟪H") else tpl.persons.get(token.strip("⟪⟫"))
        return name is not None and name in state.tenures

    def rewrite(match: re.Match[str]) -> str:
        pair = [t for t in (match["a"], match["a2"], match["b"]) if t]
        if len(pair) < 2:
            return match.group(0)
        new = [t for t in pair if not leads(t)]
        if not new:
            return match.group(0)
        if len(new) == 1:
            return f"{new[0]} became co-leader"
        return f"{', '.join(new[:-1])} and {new[-1]} became co-leaders"

    tpl.text = _SHARED.sub(rewrite, tpl.text)


def _drop_others(tpl: Template, written: str, asides: list[Aside]) -> None:
    """Keep `tpl.others` (each ⟪X⟫ as written, in order) in step with a text whose asides were
    taken out: the ⟪X⟫ of an aside go with it."""
    positions = [m.start() for m in re.finditer("⟪X⟫", written)]
    tpl.others[:] = [other for position, other in zip(positions, tpl.others, strict=False)
                     if not any(a.start <= position < a.end for a in asides)]


def _read_dated_mentions(tpl: Template, state: LeadershipState, reading: Reading) -> None:
    """Tenures told beside a name with their years: "under the leadership of X (2001–2009)",
    "X (emir 1998–2003)", "X, the party's first secretary-general (1989-1991)"; and as the
    circumstance of what the group did ("Under the leadership of X, the group …")."""
    listed = _LEADER_LIST.search(tpl.text)
    for pattern in (_UNDER, _IN_BRACKETS, _APPOSED, _APPOSED_SINCE, _HELD_SINCE, _TENURE_NP,
                    *([_LISTED] if listed else [])):
        for match in pattern.finditer(tpl.text):
            groups = match.groupdict()
            token = groups.get("o") or groups.get("o2")
            when_token = groups.get("date") or groups.get("date2")
            who = tpl.persons.get(token.strip("⟪⟫")) if token else None
            # "X, alias Y, emir since 2010": the alias stands for its person
            who = next((main for main, alias in reading.aliases if alias == who), who)
            when = tpl.dates.get(when_token.strip("⟪⟫")) if when_token else None
            if who is None or when is None or who in state.tenures or who in tpl.partial:
                continue
            if pattern is _TENURE_NP and groups.get("date2") and not groups.get("until") and (
                "/" not in when.edtf
            ):
                continue  # "X's rule lasted until 2004": one date, no range — no start told
            start, end = when, None
            if "/" in when.edtf:
                first, last = when.edtf.split("/", 1)
                start, end = single_date(first), single_date(last)
            if groups.get("until"):  # "X's term as chairman ran from 1999 to 2003"
                end = tpl.dates.get(groups["until"].strip("⟪⟫"))
            tenure = Tenure(who, start, end)
            state.tenures[who] = tenure
            reading.tenures.append(tenure)
            _typed(reading, who)
    for pattern in _CIRCUMSTANCES:
        match = pattern.search(tpl.text)
        token = match and (match["o"] or match["o2"] or match.groupdict().get("o3")
                           or match.groupdict().get("o4"))
        who = tpl.persons.get(token.strip("⟪⟫")) if token else None
        if who is None or who in state.tenures or who in tpl.partial:
            continue
        when = tpl.dates.get(match["date"].strip("⟪⟫")) if match and match["date"] else None
        between = (match.groupdict().get("between") or "") if match else ""
        born = re.search(r"⟪(D\d+)⟫", between)
        if when is None and born and _BIRTH_WORDS.search(between):
            # "The group was founded in 1989 under the command of X": X from the founding
            when = tpl.dates.get(born.group(1))
        tenure = Tenure(who, when, no_start_given=True)  # no start unless "since" gives one
        state.tenures[who] = tenure
        reading.tenures.append(tenure)
        _typed(reading, who)


# A plural label followed by names and nothing else: "Leaders: A; B.", "LEADERS: A and B" —
# the group's leaders, with no start told (a dated list is read by `_LISTED`; a list with
# any other word in it — "Leaders: A (deputy), B" — is left to the review)
_UNDATED_LIST = re.compile(
    rf"^\s*(?i:leaders|co-leaders|emirs|amirs|chiefs|joint\s+leaders)\s*:\s*"
    rf"(?P<list>{_P}(?:\s*(?:[;,]|,?\s+and)\s*{_P})+)\s*\.?\s*$"
)


def _read_undated_list(tpl: Template, state: LeadershipState, reading: Reading) -> None:
    """The leaders a plural label lists without dates (see `_UNDATED_LIST`): each a tenure
    stated with no start, as the text gives none."""
    listed = _UNDATED_LIST.match(tpl.text)
    if listed is None:
        return
    for token in re.findall(_P, listed["list"]):
        who = tpl.persons.get(token.strip("⟪⟫"))
        if who is None or who in state.tenures or who in tpl.partial:
            continue
        tenure = Tenure(who, None, no_start_given=True)
        state.tenures[who] = tenure
        reading.tenures.append(tenure)
        _typed(reading, who)


NO_LEADERSHIP_VERB = "a leader word and a name, but no leadership of the group read"
"""The reason given for a sentence that only looks like leadership; the caller reports it only
when no other reader used the sentence (a leader "trained with" someone is another fact)."""
_LEADERSHIP_LIKE = re.compile(
    rf"\b(?:{_LEADER_WORD}|led|leads|headed|heads|took\s+over|succeeded|leadership)\b", re.I
)



