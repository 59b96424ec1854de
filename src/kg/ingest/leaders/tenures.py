"""One clause read into tenures: which predicate, whose, of what, from when, until when and
how it ended; a clause with a leadership word not read as leadership of the group is declined
with a reason the review lists.
"""

from __future__ import annotations

import re

from kg.ingest.dates import PartialDate
from kg.ingest.leaders.carried import carried_start
from kg.ingest.leaders.clauses import (
    INSIDE_A_RELATIVE,
    _Clause,
    _co_founders,
    _dates_in,
    _subjects,
)
from kg.ingest.leaders.founding import FIRST_POST, FROM_THE_BIRTH
from kg.ingest.leaders.fragments import _UNCONFIRMED, _fragment
from kg.ingest.leaders.lexicon import (
    _BARE_SINCE,
    _D,
    _DURATION,
    _END_AGENT,
    _END_NOUN,
    _END_POSSESSIVE,
    _END_VERB,
    _END_WORDS,
    _GROUP,
    _HEDGE,
    _LEADER_NP,
    _LEADER_WORD,
    _NEGATION,
    _OTHER_POST_WORDS,
    _P,
    _PH,
    _TOP_BODY,
    _UNREALISED,
    _UNTIL,
    NOT_A_NAMED_SUBJECT,
    OUTSIDE_NAMER,
    UNNAMED_SUBJECT,
)
from kg.ingest.leaders.model import LeadershipState, Reading, Template, Tenure, _typed, single_date
from kg.ingest.leaders.predicates import (
    _AS_LEADER,
    _BE,
    _BE_REVERSED,
    _BIRTH_WORDS,
    _BROUGHT,
    _DESCRIBED_AS,
    _ELECTED_OBJECT,
    _FOUNDED,
    _FOUNDED_BY,
    _FOUNDED_RELATIVE,
    _HANDED,
    _HELD,
    _HELD_ON,
    _LEAD,
    _LED_BY,
    _PASSED_TO,
    _POSSESSED,
    _RISE,
    _SHIFTED_OBJECT,
    _START,
    _SUCCEEDED,
    _SUCCEEDED_BY,
    _SUCCESSOR_OBJECT,
    _TAKEN_BY,
    _TENURE_BEGAN,
    _TOGETHER,
)

# a coup told before an appointment: the post filled is a state's ("overthrew the president and
# installed X as president", "toppled the government and proclaimed X head of state")
_COUP = re.compile(r"\b(?:overthr[eo]w\w*|toppl\w*|depos(?:e|ed|ing)\b|oust\w*|coup)\b", re.I)
# a state's office, not a group's post once its group is not named ("as president", "as prime
# minister"): "the group ousted its emir and elected X as emir" is the group's own succession
_STATE_OFFICE = re.compile(
    r"\bas\s+(?:the\s+(?:country|island|state|nation)[’']s\s+)?(?:(?:new|interim|acting)\s+)?"
    r"(?:president|prime\s+minister|head\s+of\s+(?:state|government)|premier|governor)\b(?!\s+of\s+(?:the\s+)?⟪G⟫)",
    re.I,
)

_OWN_START = re.compile(r"\b(?:from|since|after|following)\s+\w", re.I)
"""A start the clause tells after its post ("was its emir from the start of the war")."""


_BY_A_TIME = re.compile(r"(?<![\w-])(?i:by|as\s+of|as\s+early\s+as|already\s+in)\s+⟪D\d+⟫")


def _read_clause(
    tpl: Template,
    clause: _Clause,
    carried: list[str],
    previous_end: tuple[PartialDate | None, str | None] | None,
    state: LeadershipState,
    reading: Reading,
    following: _Clause | None = None,
) -> tuple[list[str], tuple[PartialDate | None, str | None] | None]:
    """Read one clause; return its subject (carried to an "and" clause) and the end it told."""
    # "X succeeded Y, who had been killed in 2011": a relative clause after the succession
    # tells the predecessor's end (used only for the predecessor a succession names)
    relative = following if following is not None and following.link == "who" else None
    if relative is not None:
        following = None
    text = _fragment(clause.text)
    hedged = bool(_HEDGE.search(text))
    if hedged:
        # "is believed to have been emir" reads as "has been emir"
        text = _HEDGE.sub(lambda m: "has " if m.group(0).rstrip().endswith("have") else " ", text)
        text = re.sub(r"\s{2,}", " ", text)

    aliased = {alias: main for main, alias in reading.aliases}

    def person(token: str) -> str | None:
        if token.startswith("⟪H") or token.lower() in ("him", "her"):
            # "In 2014 fighters loyal to X took the town, and he became emir": with no one
            # before the sentence, "he" is the last person the sentence named before him
            if tpl.unknown_subject:
                return None
            return state.last_person or tpl.pronoun or _named_before(tpl, clause.text)
        if token.startswith("⟪P"):
            name = tpl.persons.get(token.strip("⟪⟫"))
            # "X, known as Y, who has led it since": an alias stands for its person
            return aliased.get(name, name) if name else None
        return _surname(token, state)

    def names(tokens: list[str]) -> list[str]:
        return [n for n in (person(t) for t in tokens) if n]

    def own_names(tokens: list[str]) -> list[str]:
        """In an end told of the subject ("until her death"), he/his/her is the subject."""
        return [n for n in ((own[0] if t.startswith("⟪H") and own[0] else person(t))
                            for t in tokens) if n]

    own: list[str | None] = [None]

    def date(token: str | None) -> PartialDate | None:
        return tpl.dates.get(token.strip("⟪⟫")) if token else None

    def decline(why: str) -> None:
        reading.declined.append((_written(tpl, clause.text), _written(tpl, why, clause.text)))

    # the subject: the persons before the predicate, else the one carried over by "and"
    predicates = [
        (p, p.search(text)) for p in (_SUCCESSOR_OBJECT, _SUCCEEDED_BY, _PASSED_TO, _HANDED,
                                      _TAKEN_BY, _BROUGHT, _BE_REVERSED, _POSSESSED, _RISE,
                                      _SHIFTED_OBJECT,
                                      _ELECTED_OBJECT, _DESCRIBED_AS, _FOUNDED_BY,
                                      _FOUNDED_RELATIVE, _LED_BY,
                                      _START, _SUCCEEDED,
                                      _LEAD, _BE, _HELD, _AS_LEADER, _TENURE_BEGAN, _FOUNDED)
    ]
    # a predicate of a restrictive relative ("the merger that created HTS") is not the clause's
    found = [(p, m) for p, m in predicates
             if m and not re.search(r"\b(?:that|which)\s+$", text[: m.start()])]
    found.sort(key=lambda pm: pm[1].start())
    shifted = next((pm for pm in found if pm[0] is _SHIFTED_OBJECT), None)
    if shifted is not None and found[0][1].end() > shifted[1].start():
        # "had chosen as his successor X": the object after the complement is the new leader,
        # not a subject before the verb
        found.remove(shifted)
        found.insert(0, shifted)
    first = found[0][1] if found else None
    # with no leadership predicate, the subject stands before the clause's end verb if any:
    # "was killed by a drone in South Waziristan, August 2009" has none of its own
    end_verb = None if first else re.search(_END_VERB, text, re.I)
    subject_tokens = _subjects(
        text, first.start() if first else (end_verb.start() if end_verb else len(text)),
        # "X said that Y spoke for himself, and has since led it": with no predicate of its
        # own, the reported clause lends its subject to nobody
        reported=first is not None or end_verb is not None,
    )
    subjects = names(subject_tokens)
    if not subjects and state.founders and re.match(
        r"(?:the\s+(?:two|three|four|five|pair|couple|duo)\b|both\b|they\b|"
        r"all\s+(?:two|three|four)\b)",
        text.strip(), re.I,
    ):
        subjects = list(state.founders)  # "founded it together with Y and Z, and the three ran it"
    if not subjects and clause.link in ("and", "but", "", ";") and carried:
        subjects = list(carried)
    if not subjects and clause.link in ("who",) and clause.antecedent:
        subjects = names(re.findall(_PH, clause.antecedent))
    if subjects and not any(t.startswith("⟪H") for t in subject_tokens):
        own[0] = subjects[0]  # "Tesfaye remained leader until her death": her = Tesfaye
    # "X's death has been announced several times and never confirmed": no end is stated
    told_end = None if _UNCONFIRMED.search(tpl.text) else _end_told(text, own_names, date, tpl)
    if told_end is not None and told_end[0] is None and subjects:
        told_end = (subjects[0], told_end[1], told_end[2])
    if told_end is not None and told_end[1] is None and following is not None and (
        following.link == "when"
    ):
        # "stepped down when his term ended in September 2015", "resigned when the council
        # met in May 2009": an end with no date of its own happened at the one date of the
        # "when" clause right after it
        when_dates = _dates_in(following.text)
        if len(when_dates) == 1:
            told_end = (told_end[0], date(when_dates[0]), told_end[2])
    for who in subjects:
        _typed(reading, who)
    if "⟪H⟫" in text and state.last_person:
        _typed(reading, state.last_person)
    for name in _all_end_subjects(text, names):
        _typed(reading, name)
    # a negation belongs to the predicate when it stands right before it or inside it ("never
    # led it", "neither of whom ever led"), not to an earlier part of the clause ("its emir
    # would be neither of their own commanders, and the post went to X")
    negated = first is not None and bool(_NEGATION.search(
        re.split(r"[,;()]", text[max(0, first.start() - 40) : first.start()])[-1]
        + text[first.start() : first.end()]
    ))

    dates = _dates_in(text)
    # "when he took over was never made public", "when X succeeded Y is unclear": an indirect
    # question whose answer the text says it does not know — a tenure with no start
    unknown_start = bool(_START_UNKNOWN.search(text))
    until = _UNTIL.search(text)
    # whatever follows "until" is the end, read or not: never a start
    bound = re.search(r"\b(?:until|till)\b", text)
    cut = until.start() if until else (bound.start() if bound else len(text))
    ended_after = re.search(_END_VERB, text[first.end():], re.I) if first is not None else None
    if ended_after is not None:
        # "…, led the group for six years, was killed in 2016": the end's date, never a start
        cut = min(cut, first.end() + ended_after.start())  # type: ignore[union-attr]
    # "who, having returned from exile in 2003, led it for a year": a participle phrase is a
    # clause of its own, and its date is never the predicate's start
    participle = [m.span() for m in _HAVING.finditer(text)]
    if first is not None:
        # "X, the group's deputy leader since 2010, took over after …": the date of another
        # post in apposition to the subject is that post's, never the leadership's start
        participle += [m.span() for m in _OTHER_POST_ASIDE.finditer(text, 0, first.start())]
    # "By 2014 X was leading the group", "as of 2019 X heads it": a time by which the tenure
    # had begun, never when it began
    participle += [(m.start(), m.end()) for m in _BY_A_TIME.finditer(text)]
    start_dates = [d for d in dates if text.index(f"⟪{d}⟫") < cut and not any(
        a <= text.index(f"⟪{d}⟫") < b for a, b in participle)]
    if first is not None:  # "X, its chief in Gaza since 2017, was named head in 2024"
        after = [d for d in start_dates if text.index(f"⟪{d}⟫") >= first.start()]
        start_dates = after or start_dates
    # "A year after the founding in 2004, X became emir": a time counted from the event the
    # "after" clause dates — its date is the event's, never the start
    offset = clause.link == "after" and bool(
        _OFFSET_BEFORE.search(tpl.text[: max(0, tpl.text.find(clause.text))]))
    if offset and first is not None:
        start_dates = [d for d in start_dates if text.index(f"⟪{d}⟫") >= first.start()]
    start = date(start_dates[0]) if start_dates else None
    if start is not None and first is not None and _CONTINUED.search(first.group(0)) and not (
        re.search(r"\b(?:from|since|between)\s+$", text[: text.index(f"⟪{start_dates[0]}⟫")])
    ):
        # "In 2016 he remained emir", "was still its leader in 2010": a date inside a tenure
        # that continues, never its start (only "remained emir from D" tells one)
        start = None
    if start is None and clause.link in ("and", "and-new") and not [
        # "In early 2014 X proclaimed himself coordinator, and he led it until 2018": a date
        # after "until" ends the tenure and leaves the opener to date its start
        d for d in dates if text.index(f"⟪{d}⟫") < cut
    ]:
        # "In 2014 fighters loyal to X took the town, and he became emir": a time adjunct that
        # opens the sentence dates every clause coordinated with its main one
        opener = _OPENING_DATE.match(tpl.text)
        start = date(opener["d"]) if opener else None
    # "Y then took over", "Took then the command Y": a start told by the end before, written
    # ("later" tells only that it came after: "X later acted as amir" has no start to report)
    written_then = re.search(r"\b(?:then|thereupon|thereafter|subsequently)\b", text)
    then = bool(re.search(r"\b(?:then|thereupon|thereafter|subsequently)\b", text)) or bool(
        # "…, and then his deputy, Y, who led it until 2001": "then" before the antecedent
        clause.link in ("who", "whom")
        and re.search(r"\bthen\b(?:[^;.⟪]|⟪(?:P\d+|H)⟫)*$",
                      tpl.text[: max(0, tpl.text.find(clause.text))])
    )
    end: PartialDate | None = None
    how: str | None = None
    if until:
        how = _how(until)
        end_token = until["date"] or next(iter(_dates_in(text[until.start():])), None)
        end = date(end_token)
        if start is None and end is not None and until["date"] is None:
            pass
    end_owner = None
    if until is not None:
        owner = until["who1"] or until["who2"]
        if owner and owner.startswith("⟪P"):
            end_owner = person(owner)
    if start is not None and "/" in start.edtf:
        first_half, last_half = start.edtf.split("/", 1)
        start, end = single_date(first_half), (end or single_date(last_half))

    new: list[Tenure] = []

    def without_start(tenure: Tenure) -> Tenure:
        """A tenure the text gives no start for, with any end told before, taken as read."""
        tenure.end, tenure.ended_by = state.ends.get(tenure.person, (None, None))
        state.tenures[tenure.person] = tenure
        reading.tenures.append(tenure)
        new.append(tenure)
        _typed(reading, tenure.person)
        state.last_leader = tenure.person
        return tenure

    def begin(who: str, since: PartialDate | None, prior: str | None = None,
              infer: bool = True) -> Tenure | None:
        if who in tpl.partial:
            decline(f"a name given by one part only ({who}): the full name is not said")
            return None
        if unknown_start:
            # "when X succeeded Y is unclear": the text says it does not know the start
            existing = state.tenures.get(who)
            if existing is not None and (existing.start is None or existing.inferred):
                existing.start, existing.start_unread, existing.no_start_given = None, False, True
                return existing
            if existing is None:
                return without_start(Tenure(who, None, hedged=hedged, no_start_given=True))
        written = since is not None
        if not infer and not written:
            # "officials described him as the leader": a characterisation tells that he led,
            # never from when — only a date written with it is the start
            existing = state.tenures.get(who)
            if existing is not None:
                return existing
            return without_start(
                Tenure(who, None, hedged=hedged, start_unread=bool(_DURATION.search(text))))
        # "From then, X led it", "Two years later X took over": a date by reference, resolved
        # only from a date told before it in this sentence or the one before, else unknown
        told_before = _told_before(tpl, clause.text)
        by_reference, referred = (False, None) if written else carried_start(
            text, [*state.previous_dates, *(tpl.dates[d] for d in told_before)]
        )
        settled = by_reference
        if by_reference:
            since = referred
        if prior is not None:
            before = state.tenures.get(prior)
            if since is None:
                since = (before.end if before and before.end else None) or state.ends.get(
                    prior, (None, None)
                )[0]
            if since is None and relative is not None and relative.antecedent and (
                person(relative.antecedent.split()[-1]) == prior
            ):
                told = _end_told(relative.text, names, date, tpl)
                since = told[1] if told is not None else None
            if before is not None and before.end is None and since is not None:
                before.end = since
        if since is None and not settled and previous_end is not None and (
            clause.link in ("when", "after", "")
            or re.search(r"\b(?:ever\s+since|since\s+then)\b", text)
        ):
            since = previous_end[0]  # "X stepped down in 2017, and Y has led it ever since"
        if since is None and not settled and previous_end is not None and (
            previous_end[0] is not None
        ) and (
            then or (clause.link in ("and-new", ";") and kind in (_START, _SUCCEEDED, _LEAD))
        ):
            # "X was arrested in May 2004; Y then took over"; "X was killed in 2005, and Y was
            # named the new emir"; "X was detained in May 2011, and Y led it as acting emir"
            since = previous_end[0]
        if since is None and not settled and _BARE_SINCE.search(text):
            # "… in May 2015 …, and has since led it", "who has led it since.": from the last
            # date the sentence told before this clause, else the last the paragraph told
            before_clause = _told_before(tpl, clause.text)
            if before_clause:
                since = date(before_clause[-1])
            elif state.last_date is not None:
                since = single_date(state.last_date)
        if since is None and not settled and clause.link == "when":
            # "… lost the leadership in early 1985, when the council replaced him with X": a
            # "when" clause with no date of its own happened at the date its clause ends on
            hung = _DATED_BEFORE_WHEN.search(tpl.text[: max(0, tpl.text.find(clause.text))])
            since = date(hung["d"]) if hung else None
        if since is None and not settled and clause.link == "after":
            # "After the merger that created the coalition in 2012, X became its chief";
            # "On 5 June 2010, X was proclaimed emir" — never "A year after the founding in
            # 2004" (a time after the date: the start the reader does not compute)
            before_clause = tpl.text[: max(0, tpl.text.find(clause.text))]
            told = _dates_in(before_clause)
            if told and not offset and (_BIRTH_WORDS.search(before_clause) or re.match(
                # "After the split in 2009, X took over": an event of the group's, dated
                rf"\s*(?:After|Following)\s+(?:the|its|that)\s+(?:[a-z-]+\s+)?{_EVENT_NOUN}"
                rf"\s+(?:in|on)\s+{_D}\s*,?\s*$", before_clause) or re.fullmatch(
                rf"\s*(?:On|In|By|During)\s+{_D}\s*,?\s*", before_clause
            )):
                since = date(told[-1])
        if since is None and not settled:
            before_clause = tpl.text[: max(0, tpl.text.find(clause.text))]
            told = _dates_in(before_clause)
            ended = _END_OPENER.match(before_clause) if clause.link == "after" else None
            inner = None if ended else re.match(r"(?:[^,;⟪]|⟪[^⟫]*⟫)*?,", text)
            if inner is not None and _END_OPENER.match(inner.group(0)):
                # "…; upon the death of X, Y assumed the command": the opener inside the clause
                ended, told = _END_OPENER.match(inner.group(0)), _dates_in(inner.group(0))
            gone_token = ended and (ended["o"] or ended["o2"])
            if ended is not None and (
                person(gone_token) if gone_token else None
            ) != who and (gone_token or told):
                # "Upon the death of X, Y assumed the command", "After X's arrest in 2004, Y
                # took over": from the end the opener tells, dated there or told before; "After
                # Bamba's death in 2011" of a name not read as a person: dated there only
                gone = person(gone_token) if gone_token else None
                earlier = state.tenures.get(gone) if gone else None
                since = (date(told[-1]) if told else None) or (
                    earlier.end if earlier is not None else None) or (
                    state.ends.get(gone, (None, None))[0] if gone else None)
        # (the opener is a clause of its own when it names no one: "After the arrests, Y …")
        event = None if written or settled else _EVENT_OPENER.match(
            tpl.text[: max(0, tpl.text.find(clause.text))] + text
            if clause.link == "after" else text
        )
        if since is None and event is not None:
            since = _end_of_the_event(event, person, state, who)
        since_end = None if written or settled else _SINCE_END.search(text)
        if since is None and since_end is not None:
            # "Y has led it since X's death", "since the arrest of X", "ever since his
            # killing": from the end of X's tenure (or X's end) the text told before — never
            # the new leader's own end, and with none told the start is unread, not unknown
            gone = person(since_end["o"] or since_end["o2"])
            earlier = state.tenures.get(gone) if gone and gone != who else None
            since = (earlier.end if earlier is not None else None) or (
                state.ends.get(gone, (None, None))[0] if gone and gone != who else None)
        birth = None if written or settled else FROM_THE_BIRTH.search(text)
        if since is None and birth is not None:
            # "founded the group in D and was its leader from the first day": the founding this
            # paragraph dated for the same person; "directed the group from its formation": the
            # founding the history tells, if any
            since = state.founded.get(who) or state.founding
        if since is None and not settled and state.born is not None and not state.tenures and (
            not offset
        ):
            since = state.born  # the first leader, in the sentence that tells the founding
        if since is None and not settled and told_end is not None and told_end[0] != who:
            since = told_end[1]  # "Y's death in June 2010 brought X to the head of the group"
        if since is None and not settled and (then or who in state.successors) and (
            state.last_leader
        ):
            # "Godane then became emir", "His successor, X, led …": from the last one's end,
            # when the narrative goes on from that end (not from a later date)
            before = state.tenures.get(state.last_leader)
            if before is not None and before.end is not None and before.person != who and (
                state.last_date is None or state.last_date.split("/")[-1] == before.end.edtf
                or who in state.successors or before.end in tpl.dates.values()
                # "headed it from 2004 until March 2011, …, after which Y took over": the end
                # of a range this sentence told
                or before.end.edtf in {d.edtf.split("/")[-1] for d in tpl.dates.values()}
            ):
                since = before.end
        if since is None and not settled and following is not None:
            # "X took over after Y was killed in 2006": the end told in the "after" clause
            later = _end_told(following.text, names, date, tpl)
            since = later[1] if later is not None else None
            if since is None and later is not None and later[0] is not None:
                # "Y was killed in 2010. X took over after Y's death": the end told before
                ended = state.tenures.get(later[0])
                since = state.ends.get(later[0], (None, None))[0] or (
                    ended.end if ended is not None else None
                )
            # "after Guzmán’s arrest in 1992"; "after their deaths in 1992": the ends of two
            # who led together, one date
            # "after the arrests of X and Y in 2011": the persons named between
            noun = re.search(rf"\b{_END_NOUN}s?\b(?:[^⟪]|⟪P\d+⟫){{0,60}}?⟪(D\d+)⟫",
                             following.text)
            if since is None and noun:
                since = date(noun.group(2))
        if since is None and not settled:
            # "The group's top leader is X, who was appointed in 2009": a bare appointment in
            # the relative clause right after the tenure dates it
            rest = tpl.text[tpl.text.find(clause.text) + len(clause.text) :]
            named = _APPOINTED_AFTER.match(rest) if clause.text in tpl.text else None
            since = date(named["d"]) if named else None
        soon = None if written else _SHORTLY.search(text)
        shortly = soon is not None
        if soon is not None and soon["days"] and since is not None and len(since.edtf) >= 7:
            # "was named in his place within days": the start fell days after the carried date,
            # stated at the month of that date as the analysts' keys do
            since, shortly = single_date(since.edtf[:7]), False
        elif shortly:
            # "Weeks later X took over", "soon afterwards": the start came after the date
            # carried from the predecessor, not on it — state none, say why
            since = None
        existing = state.tenures.get(who)
        if existing is not None and (since is None or existing.start == since
                                     or existing.start is None or (
            # "became acting emir in May 2011 and was confirmed as emir in 2012": a leader
            # confirmed in the post goes on with the tenure begun, never starts another
            existing.end is None and _CONFIRMED.search(text) is not None)):
            if existing.start is None:
                existing.start = since
                # a start read now for a tenure reported without one: stated from here on
                existing.start_unread = existing.start_unread and since is None
            return existing
        if existing is not None and existing.inferred and written and existing in reading.tenures:
            # "Command passed to X, who has led it since 2004": the date written with the
            # tenure wins over the one carried from the predecessor's end
            existing.start, existing.inferred = since, False
            return existing
        tenure = Tenure(who, since, hedged=hedged, inferred=not written,
                        no_start_given=by_reference and since is None)
        if since is None and not by_reference:
            # a date in the clause other than its end, or a duration: the text may well give
            # the start in a way the reader did not read — state nothing, and say so
            tenure.start_unread = bool(
                [d for d in _dates_in(text) if date(d) != end] or _DURATION.search(text)
                # "took command of the survivors after the siege (late 2017)": a date in the
                # "after" clause dates the event the start followed, not the start itself
                or shortly or (following is not None and _dates_in(following.text))
                # "from its formation", a founding no section dates
                or birth is not None
                # "During X's detention", "After the arrests": an end the text did not date
                or event is not None
                # "Y then took over" after an end the reader did not read: told by that end
                or written_then is not None
                # "since X's death" with no end of X told, "since the split": an event the
                # start is told by, which the reader did not date
                or _SINCE_EVENT.search(text) is not None
                or offset
                # "took over after their deaths": the same, told in the "after" clause
                or (following is not None and following.link == "after" and (
                    re.search(rf"\b{_EVENT_NOUN}\b", following.text) is not None
                    or re.search(_END_VERB, following.text, re.I) is not None))
            )
        pending = state.ends.get(who)
        if pending is not None and pending[0] is not None and since is not None and (
            pending[0].earliest >= since.earliest
        ):
            tenure.end, tenure.ended_by = pending
        state.tenures[who] = tenure
        reading.tenures.append(tenure)
        new.append(tenure)
        _typed(reading, who)
        state.last_leader = who
        return tenure

    kind = found[0][0] if found else None
    match = first
    if kind is None and clause.link == "and" and carried and state.last_kind in ("lead", "be") and (
        re.match(rf"again\b.*?\b(?:from|since|in)\s+{_D}", text)
    ):
        # "led the group from 2004 to 2006 and again from 2010 until …": a second tenure
        kind, match = _LEAD, None
        if start is not None:
            for who in carried:
                again = Tenure(who, start, end, how if end is not None else None, hedged)
                state.tenures[who] = again
                reading.tenures.append(again)
                new.append(again)
        kind = None
    if match is not None and kind in (_START, _SUCCEEDED, _LEAD, _SUCCESSOR_OBJECT) and (
        not negated
    ):
        tail = text[match.end() :]
        if re.match(r"\s+as\s+", tail) and not re.match(r"\s+as\s+such\b", tail):
            post = re.match(rf"\s+as\s+{_LEADER_NP}", tail, re.I) or _COORDINATED_POST.match(
                tail)
            if post is None or _other_post(post):
                written = re.match(
                    r"\s+as\s+([^,;.]{1,60}?)(?:\s+(?:in|from|since)\s+⟪D|[,;.]|$)", tail
                )
                decline(f"in another post: as {written.group(1) if written else '…'}")
                kind = None
    if match is not None and kind in (_LEAD, _START, _BE) and not negated and (
        _CONTRASTED.match(text, match.end()) or (
            # "commanded the front, but not the movement": the contrast opens the next clause
            not text[match.end() :].strip(" ,")
            and _CONTRASTED.match(tpl.text, tpl.text.find(clause.text) + len(clause.text))
        )
    ):
        # "then headed the party, not the guerrilla": the writer tells two bodies apart, and
        # which of them is the group a description cannot say — whose leader is not said
        decline("the body led is set against another (\u201cnot …\u201d): which of them is the "
                "group is not said")
        kind = None
    if kind is _START and start is None and re.search(
        r"\b(?i:the\s+same|that|the\s+following|the\s+next)\s+year\b", text
    ):
        earlier = _dates_in(tpl.text[: max(0, tpl.text.find(clause.text))])
        year = date(earlier[-1]) if earlier else (
            single_date(state.last_date.split("/")[-1]) if state.last_date else None
        )  # "Ali Musa was emir until 2005. That year Omar Bakr became emir."
        if year is not None:
            start = single_date(year.edtf[:4])
            if year.edtf[:4].isdigit() and re.search(r"following|next", text):
                start = single_date(str(int(year.edtf[:4]) + 1))
    if kind in (_START, _SUCCEEDED) and not then and (
        kind is _SUCCEEDED or (match is not None and match["took"] and not match["over"])
        or (match is not None and kind is _START and match["inplace"])
    ):
        then = True  # "X took over", "X succeeded him": from the last tenure's end
    if kind is _START and match is not None and match["took"] and not any(
        match[g] for g in ("over", "other2", "other3", "other4")
    ) and not negated:
        # "After the death of the front's leader, X, in 2011, Y took over": a "took over" with
        # no object, after the end of another organisation's leader, took that one's post
        named = [tpl.persons[t] for t in re.findall(
            r"⟪(P\d+)⟫", tpl.text[: max(0, tpl.text.find(clause.text))]) if t in tpl.persons]
        others = [p for p in named or [state.last_person] if p in state.other_leaders
                  and p not in state.tenures]
        if others:
            decline(f"took over after {others[-1]}, a leader of another organisation: whose "
                    "post is not said")
            kind = None
    if match is not None and negated and kind not in (_SUCCEEDED_BY,):
        if kind in (_START, _LEAD, _BE, _SUCCEEDED, _FOUNDED):
            decline("a leadership verb, negated")
        kind = None
    if match is not None and kind is not None and kind is not _FOUNDED and _UNREALISED.search(
        re.split(r"[,;()]", text[max(0, match.start() - 40) : match.start()])[-1]
        + text[match.start() : match.end()]
    ):
        # "claimed to lead the group", "sought to take over", "was expected to become emir"
        decline("an attempt, a claim or an expectation, not a tenure")
        kind = None
    if kind is _SUCCEEDED_BY:
        assert match is not None
        successor = person(match["o"])
        prior = subjects[0] if subjects else state.last_leader
        if match["q"]:
            decline(f"succeeded as {match['q'].strip()} …: another post")
        elif successor and not match.group(0).lstrip().lower().startswith(
            ("was", "were", "had", "has")
        ) and prior not in state.tenures:
            # "… who was eased out of that post in 2014 and replaced by Y": with the auxiliary
            # shared, the post is the clause before's — the group's leadership only if the one
            # replaced is a leader the text told before
            decline("a successor named, but the one succeeded is not a leader told before")
            _typed(reading, successor)  # a person who took someone's post, if not the group's
        elif successor:
            # a date before "was followed by" is the predecessor's: "X (2001–2005) was followed
            # by Y" starts Y at the range's end, never at its start
            # (never a date after "until": "was succeeded by Y until 2008" ends Y's tenure)
            written = [d for d in _dates_in(text) if text.index(f"⟪{d}⟫") >= match.start()
                       and (until is None or text.index(f"⟪{d}⟫") < until.start())]
            earlier = [d for d in _dates_in(text) if text.index(f"⟪{d}⟫") < match.start()]
            bracketed = bool(earlier) and bool(
                re.search(r"\(\s*(?:[a-z]+\s+)?$", text[: text.index(f"⟪{earlier[-1]}⟫")])
            )
            last_before = date(earlier[-1]) if earlier else None
            if last_before is not None and bracketed:
                last_before = (single_date(last_before.edtf.split("/", 1)[1])
                               if "/" in last_before.edtf else None)
            since = date(match["date"]) or (date(written[0]) if written else None) or last_before
            if since is None and prior is not None:
                t = state.tenures.get(prior)
                since = t.end if t is not None else None
            tenure = begin(successor, since or (told_end[1] if told_end else None) or (
                previous_end[0] if previous_end else None), prior)
            if until is None or until.start() > match.start():
                # "X, its leader until his death in 2006, was succeeded by Y": an end told
                # before "was succeeded by" is the predecessor's, never the successor's
                _close(tenure, until, end, how, end_owner)
    elif kind in (_PASSED_TO, _HANDED, _TAKEN_BY, _BROUGHT, _ELECTED_OBJECT, _TENURE_BEGAN,
                  _BE_REVERSED, _POSSESSED, _RISE, _SHIFTED_OBJECT, _SUCCESSOR_OBJECT):
        assert match is not None
        successor = person(match.groupdict().get("o2") or match.groupdict().get("o3")
                           or match.groupdict().get("o4") or match["o"])
        prior = (subjects[0] if subjects else state.last_leader) if kind is _HANDED else (
            state.last_leader if kind in (_PASSED_TO, _TAKEN_BY) else None)
        if kind is _SUCCESSOR_OBJECT:
            named_prior = (match["prior"] or match["prior2"] or match["prior3"]
                           or match["prior4"])
            prior = person(named_prior) if named_prior else state.last_leader
            if prior not in state.tenures:
                # "the government named X to replace him": a succession in a post the text
                # has not shown to be the group's leadership
                decline("a successor chosen, but the one succeeded is not a leader told before")
                successor = None
        if prior is None and kind is _PASSED_TO and state.last_person in state.ends:
            # "X was shot dead in May 2002. Command fell to Y": Y from X's end
            prior = state.last_person
        if _other_post(match):
            decline(_other_post(match) or "")
        elif (kind is _ELECTED_OBJECT and _COUP.search(text[: match.start()])
              and _STATE_OFFICE.search(match.group(0))):
            # "overthrew the president and installed X as president": the post taken by a
            # coup is the state's, not the group's
            decline("a post filled by a coup: the state's, not the group's")
        elif successor:
            said = kind is _ELECTED_OBJECT and bool(match["said"])
            if kind is _ELECTED_OBJECT and OUTSIDE_NAMER.search(text[: match.start()]):
                # "Security officials named X as its head in 2018", "In 2014 the army
                # identified X as its chief": an account of who leads, reported; its date is
                # the account's — unless the text writes a start: with the post ("… as its
                # chief since 2009") or as a time from which ("after his release in July 2011
                # the press called him its chief")
                said = True
                tokens = [d for d in _dates_in(text) if tpl.dates.get(d) == start]
                account = any(
                    text.index(f"⟪{d}⟫") > match.start()
                    or re.match(rf"\s*(?:In|By|On)\s+⟪{d}⟫\s*,?\s", text)
                    for d in tokens
                )
                if start is not None and account and not any(re.search(
                    rf"\b(?:since|from|after|following|upon)\b[^;⟪]{{0,40}}⟪{d}⟫", text
                ) for d in tokens):
                    start = None
            tenure = begin(successor, start, prior, infer=not said)
            _close(tenure, until, end, how, end_owner)
            if tenure is not None and said:
                tenure.hedged = True  # "the press called him the group's chief": reported
            if tenure is not None and until is None and end is not None and tenure.end is None and (
                kind is _BE_REVERSED
            ):
                tenure.end = end  # "The group's first leader was X (1998–2005)"
    elif kind is _DESCRIBED_AS:
        assert match is not None
        other = _other_post(match)
        if other:
            decline(other)
        elif not subjects:
            decline("a characterisation, but no person as its subject")
        else:
            # others' description tells that he led, never from when — unless it says since
            # when ("identified by the army as its emir since 2014"); "in D" dates the account
            # "regarded as its leader from 1975 until his arrest": a range of the tenure's own
            told_since = re.match(r"\s*(?:(?:since|from)\s+)?⟪(D\d+)⟫", text[match.end() :])
            since, until = date(told_since.group(1)) if told_since else None, None
            if since is not None and "/" in since.edtf:
                # "as its leader from 2002 until 2006": the range read as one date
                first, last = since.edtf.split("/", 1)
                since, until = single_date(first), single_date(last)
            elif since is not None and not re.match(r"\s*(?:since|from)\b", text[match.end() :]):
                since = None  # "described as its leader in 2009": the account's date
            for who in subjects:
                tenure = begin(who, since, infer=False)
                if tenure is not None and tenure in new:
                    tenure.hedged = True
                    if until is not None and tenure.end is None:
                        tenure.end = until
    elif kind is _FOUNDED_BY or kind is _FOUNDED_RELATIVE:
        assert match is not None
        tokens = [match["o"], match["o2"]]
        if match["including"]:  # every name of the list: "including X, Y, Z and W"
            tokens = re.findall(_P, re.split(r"[;.]", text[match.start("o") :])[0])
        founders = [w for w in dict.fromkeys(person(t) for t in tokens if t) if w]
        if founders and start is not None:
            state.founders = founders
            for who in founders:
                state.founded[who] = start
        if founders:
            state.last_person = founders[0]  # "…, who led it", "he headed it"
    elif kind is _LED_BY:
        assert match is not None
        for token in (match["o"], match["o2"]):
            who = person(token) if token else None
            if who:
                tenure = begin(who, start)
                if tenure is not None and end is not None:
                    tenure.end, tenure.ended_by = end, how
    elif kind is _FOUNDED:
        assert match is not None
        # an object of its own, not the group ("founded a militia"); never the passive's
        # adjunct ("was founded in 1998 and from then X led it")
        tpl.founded_other = bool(match["other"]) and bool(re.match(
            r"(?:an?|the|its|his|her|their|another|⟪X⟫)(?![\w’'-])", match["other"], re.I))
        if (match["obj"] or match["made"] or match["announced"] or match["named"]
                or match["named2"]) and start is not None:
            partners = [person(t) for t in _co_founders(text)]
            state.founders = [w for w in dict.fromkeys([*subjects, *partners]) if w]
            for who in state.founders:
                state.founded[who] = start
        # "founded the group in 2002 and led it": the next clause reads the leading
    elif kind in (_START, _SUCCEEDED, _LEAD, _BE, _HELD, _AS_LEADER) and match is not None:
        other = _other_post(match) if kind in (_START, _BE, _AS_LEADER) else None
        obj_other = None
        if kind is _START:
            obj_other = next(
                (match[g] for g in ("other2", "other3", "other4", "other5", "other6", "other7",
                                    "other8") if match[g]),
                None,
            )
            if obj_other and _is_group_text(obj_other):
                obj_other = None
        if kind is _LEAD and match["other"]:
            obj_other = match["other"]
        if kind is _SUCCEEDED and match["q"] is not None and _other_post(match):
            other = _other_post(match)
        succeeded = person(match["o"]) if kind is _SUCCEEDED else None
        if other:
            decline(other)
        elif succeeded in state.other_leaders and succeeded not in state.tenures:
            # "the rival front was led by X; in 2012 he was killed, and Y succeeded him"
            decline(f"succeeded {succeeded}, a leader of another organisation")
        elif obj_other:
            decline(f"led something other than the group ({_written(tpl, obj_other).strip()})")
        elif kind is _LEAD and tpl.founded_other and re.fullmatch(r"it", match["obj"] or "", re.I):
            # "founded a militia in 2005 and led it": the "it" is what was founded, which the
            # reader did not bind to the group
            decline("led what the sentence founded, which is not told to be the group")
        elif not subjects:
            decline("a leadership verb, but no person as its subject")
        else:
            # "until 2020, when he was killed, together with Y, by a strike": a companion
            # named in the end shared the end, not the tenure
            co = [person(m["o"]) for m in _TOGETHER.finditer(text) if m.start() < cut]
            prior = person(match["o"]) if kind is _SUCCEEDED else None
            since = start
            if since is None and (kind is _LEAD or (
                    kind is _BE and not _OWN_START.search(text, match.end()))):
                # "founded the group in 1968 and led it" / "… and was its secretary-general
                # until his death": the founder's tenure starts at the founding; "… and was
                # its emir from the start of the war" tells a start of its own, undated
                since = next((state.founded[w] for w in subjects if w in state.founded), None)
            # "X, Y and Z led it in turn from 1996": the date is the first one's start only
            in_turn = len(subjects) > 1 and bool(_IN_TURN.search(text))
            for index, who in enumerate(subjects):
                tenure = begin(who, since if not (in_turn and index) else None, prior)
                if in_turn and index and tenure is not None and tenure in new:
                    tenure.start, tenure.start_unread = None, True
                if tpl.faction and kind is _LEAD and tenure is not None and tenure.start is None:
                    # "led that larger faction, which kept the group's name": the tenure began
                    # with the faction, at a split this clause does not date — reported only
                    tenure.start_unread = True
                if end_owner is not None and end_owner != who:
                    continue  # "… together with Y until Y died": Y's end, not the subject's
                if tenure is not None and end is not None and tenure.end is None:
                    tenure.end, tenure.ended_by = end, how
                elif tenure is not None and until is not None and how and tenure.ended_by is None:
                    tenure.ended_by = how
            for partner in co:
                if partner and partner not in subjects:
                    joint = begin(partner, start)  # only a date this clause states
                    if joint is not None and end_owner == partner and joint.end is None:
                        joint.end, joint.ended_by = end, how
    if unknown_start and not new and reading.tenures and reading.tenures[-1].inferred and (
        _OF_THE_START.search(text) and not re.search(r"\b(?:ended|end|ceased)\b", text)
    ):
        # "X succeeded him; when he did so has never been made public": the start carried from
        # the predecessor's end is not the text's — it says it does not know
        last = reading.tenures[-1]
        last.start, last.start_unread, last.no_start_given = None, False, True
    held = _HELD_ON.search(text) if kind is None and not negated else None
    if FIRST_POST.search(text):
        _from_the_founding([t for t in new if t.start is None and not t.no_start_given], state)
    elif _LATER_POST.search(text):
        _from_the_predecessor([t for t in new if t.start is None and not t.no_start_given], state)
    if held is not None:
        # "X is the group's head; he has held the post since 2015": the start of the tenure
        # told before without one — never a post of its own (only a subject already leading)
        for who in subjects:
            existing = state.tenures.get(who)
            if existing is not None and existing.start is None and existing.end is None:
                existing.start = date(held["d"] or held["d2"])
                existing.start_unread = existing.no_start_given = existing.inferred = False
    # an end told in this clause closes the open tenure of its subject
    if told_end is not None:
        who, when, how_ended = told_end
        tenure = state.tenures.get(who) if who else None
        if who and (tenure is None or tenure.end is None) and not (
            tenure is not None and tenure in new and until is not None
        ):
            if tenure is not None and (
                when is None or tenure.start is None or when.earliest >= tenure.start.earliest
            ):
                later = re.search(_END_VERB, text[first.end():], re.I) if first else None
                if tenure not in new or kind is None or (
                    # "X, emir since 1998, was captured on 3 May 2005": the end told after
                    # the tenure's own predicate, of its subject
                    later is not None and who in subjects and when is not None
                ):
                    tenure.end, tenure.ended_by = when, how_ended
            elif tenure is None:
                state.ends[who] = (when, how_ended)
        elif who and tenure is not None and tenure.ended_by is None and (
            (clause.link == "when" and (when is None or when == tenure.end))
            or (clause.link in (";", "and") and when is not None and when == tenure.end)
        ):
            # "… until February 2022, when he too died"; "emir 2003–2008; arrested, 2008"
            tenure.ended_by = how_ended
    state.last_kind = (
        "lead" if kind is _LEAD else "be" if kind in (_BE, _START, _SUCCEEDED, _HELD, _AS_LEADER)
        else state.last_kind
    )
    if new:
        last = new[-1]
        state.last_person = subjects[0] if subjects and kind not in (
            _SUCCEEDED_BY, _PASSED_TO, _BROUGHT, _ELECTED_OBJECT
        ) else last.person
    elif subjects:
        state.last_person = subjects[0]
    elif _names_an_unknown_subject(text):
        # "Khazali was released in D, …; he has held the title ever since": "he" is that
        # unknown one, not the person the paragraph named before, nor one inside this clause
        state.last_person, tpl.pronoun, tpl.unknown_subject = None, None, True
    ends = [t.end for t in reading.tenures if t.end is not None]
    if ends:
        state.last_end = ends[-1]
    this_end = (told_end[1], told_end[2]) if told_end else (
        (end, how) if end is not None else None
    )
    return subjects, this_end


# a time counted from an event: "A year after the founding in 2004", "two months after"
_OFFSET_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|\d+)\s+"
    r"(?:years?|months?|weeks?|days?)\s+(?:after|later)\b\s*$",
    re.I,
)
_CONFIRMED = re.compile(r"\b(?:confirmed|formally\s+(?:named|appointed|elected))\b", re.I)
_IN_TURN = re.compile(
    r"\b(?:in\s+turn|successively|one\s+after\s+(?:the\s+)?(?:other|another)|in\s+succession)\b",
    re.I,
)
_APPOINTED_AFTER = re.compile(
    r"\s*,?\s*who\s+(?:was|had\s+been|has\s+been)\s+(?:appointed|named|elected|chosen|installed|"
    r"selected|proclaimed)(?:\s+to\s+(?:the|that|this)\s+(?:post|office|position))?"
    r"(?:\s+by\s+[^,;⟪]{1,40}?)?\s+(?:in|on)\s+⟪(?P<d>D\d+)⟫"
)
_START_UNKNOWN = re.compile(
    # "has been its chief since a date that is not publicly known", "since an unknown date":
    # the start given as a date the text says it does not know
    r"\b(?:since|from)\s+(?:a|an|some)\s+(?:(?:unknown|undisclosed|unspecified|unrecorded|"
    r"uncertain|unstated)\s+)?(?:date|time|year|point|moment)\b"
    r"(?=\s+(?:that|which)\s+(?:is|was|has|remains)\s+(?:not|never|still\s+not)\b|\s*[,;.]|\s*$)"
    r"|\b(?:is|was|are|were|remains|remained|has|have|had)\s+(?:been\s+)?(?:(?:still|also|far)\s+)?"
    r"(?:unclear|unknown|uncertain|not\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:known|clear|recorded|established|"
    r"disclosed|public)|never\s+(?:been\s+)?(?:established|made\s+public|recorded|disclosed|"
    r"published|known|confirmed|clear)|nowhere\s+recorded)\b"
    r"|\bdid\s+not\s+(?:try\s+to\s+)?establish\b"
    r"|\bnot\s+known\s+to\s+have\s+taken\s+(?:the|that|this)\s+(?:post|role|office)\b",
    re.I,
)
# what a clause that says "… is not known" must be about for it to be the start: "when he did
# so", "when he took over" — never "how and when his tenure ended is not known"
_OF_THE_START = re.compile(
    r"\b(?:did\s+so|took\s+over|took\s+(?:that|the|this)\s+(?:role|post|office)|succeeded|became|"
    r"began|started|assumed|rose|came\s+to|was\s+(?:named|chosen|elected|appointed))\b",
    re.I,
)
# a time after the date the start is carried from: "within days", "weeks later", "soon after"
_SHORTLY = re.compile(
    r"\b(?:within\s+(?:a\s+few\s+|several\s+)?(?:(?P<days>days|hours)|weeks|months)|"
    r"(?:a\s+few\s+|several\s+)?(?:days|weeks|months)\s+(?:later|afterwards)|"
    r"(?:soon|shortly)\s+(?:after(?:wards)?|thereafter))\b",
    re.I,
)
# "led the organisation as its ideologue and highest authority": a post coordinated with the
# group's top one is a capacity of the leader, not another post
_COORDINATED_POST = re.compile(
    rf"\s+as\s+(?:its|the\s+group[’']s|⟪G⟫[’']s|his|her)\s+(?!(?:deputy|vice|acting)\b)"
    rf"[a-z-]+(?:\s+[a-z-]+)?\s+and\s+{_LEADER_NP}",
    re.I,
)
_CONTRASTED = re.compile(
    r"\s*,\s*(?:and\s+|but\s+)?not\s+(?:the|its|his|her|a|an|⟪G⟫|⟪X⟫)(?![\w-])"
)
_DATED_BEFORE_WHEN = re.compile(
    r"\b(?:in|on|by)\s+(?:(?:early|late|mid-?)\s*)?⟪(?P<d>D\d+)⟫\s*,?\s*when\s*$", re.I
)
_HAVING = re.compile(r"\bhaving\s+(?:been\s+)?[a-z]+\b[^,;]*(?:,|$)")
# an opener that tells the end of someone's tenure: "Upon the death of X,", "After X's arrest
# in 2004,", "Following the killing of X in May 2010,"
_END_OPENER = re.compile(
    rf"^\s*(?:Upon|On|After|Following|With)\s+(?:the\s+{_END_NOUN}\s+of\s+(?P<o>{_PH})"
    rf"|(?P<o2>{_PH})[’']s\s+(?:\w+\s+)?{_END_NOUN.replace('?P<noun>', '?:')}"
    # a name the template did not take for a person ("After Bamba's death in 2011"): the
    # opener's own date only
    rf"|the\s+{_END_NOUN.replace('?P<noun>', '?:')}\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}"
    rf"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}[’']s\s+(?:\w+\s+)?"
    rf"{_END_NOUN.replace('?P<noun>', '?:')})"
    rf"(?:[^,;⟪]|{_D})*,?\s*$",
    re.I,
)
# a tenure told as continuing: its date is a point inside it
_CONTINUED = re.compile(r"\b(?:remained|remains|stayed|stays|still|continued|continues)\b", re.I)
# an appositive naming another post than the leadership: "X, the group's deputy leader since
# 2010, …", "X, its spokesman from 2004, …"
_OTHER_POST_ASIDE = re.compile(
    rf",\s*(?:(?:the\s+group[’']s|⟪G⟫[’']s|its|the|a|an|his|her|then|former|long-serving|"
    rf"long-time)\s+)*"
    rf"(?:(?:{_OTHER_POST_WORDS}\s+)+(?:leader|emir|amir|head|chief|commander)|deputy|"
    rf"spokes(?:man|woman|person)|treasurer|ideologue|negotiator|financier|"
    rf"secretary(?![- ]general))"
    rf"\b[^,;]*,",
    re.I,
)
# "since X's death", "since the arrest of X", "ever since his killing", "from X's death
# onward": a start told by the end of someone's tenure
_SINCE_END = re.compile(
    rf"\b(?:(?:ever\s+)?since|from)\s+(?:the\s+{_END_NOUN}s?\s+of\s+(?P<o>{_PH})"
    rf"|(?P<o2>{_PH})[’']s\s+(?:\w+\s+)?{_END_NOUN.replace('?P<noun>', '?:')})",
    re.I,
)
# the nouns of an event a tenure may be dated by: a step of the group's lineage, someone's end
_EVENT_NOUN = (
    rf"(?:split|schism|breakaway|break-?up|rupture|merger|pledge|secession|takeover|coup|"
    rf"{_END_NOUN.replace('?P<noun>', '?:')}|release|return)s?"
)
# "since" before a noun phrase, not a date: the start is told by an event ("since the split",
# "since his release", "since Umar's death"); so is "from" before an event's noun ("from that
# split onward", "from the merger on") — never "from" before a place ("led it from Lahore")
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:(?:the|his|her|its|their)(?![\w’'-])|⟪(?:P\d+|H|G|X)⟫)"
    rf"|\bfrom\s+(?:the|that|this|its|his|her|their|⟪H⟫’s|⟪P\d+⟫[’']s)\s+"
    rf"(?:[a-z-]+\s+)?{_EVENT_NOUN}\b",
    re.I,
)
_OPENING_DATE = re.compile(
    r"^\s*(?:(?:In|On|By|During|Early\s+in|Late\s+in|Later\s+in)\s+)?(?:(?:late|early|mid-?)\s*)?"
    # "1970s: X founds the cooperative and leads it": a dated line's label opens it as well
    r"⟪(?P<d>D\d+)⟫\s*(?:,?\s|:\s)"
)


def _from_the_founding(tenures: list[Tenure], state: LeadershipState) -> None:
    """The group's first leader ("described as its first chief") holds the post from the
    group's birth: the founding this sentence tells, else the one the paragraph dated for him
    or for any founder, else the history's. With none told the start is unread — the tenure is
    reported, never stated without the start the post itself implies."""
    for tenure in tenures:
        founding = state.born or state.founded.get(tenure.person) or next(
            iter(state.founded.values()), None) or state.founding
        if founding is not None:
            tenure.start, tenure.inferred = founding, True
        else:
            tenure.start_unread = True


# "X was the group's second emir", "Y, its third chief, …": a post that follows another holder's,
# whose start is that holder's end (never another body's: "the second emir of the Front")
_LATER_POST = re.compile(
    rf"\b(?:second|third|fourth|fifth|sixth|seventh|next)\s+{_LEADER_WORD}"
    rf"(?:\s+(?:of|over)\s+{_GROUP})?(?!\s+(?:of|for|over|in|at)\b)",
    re.I,
)


def _from_the_predecessor(tenures: list[Tenure], state: LeadershipState) -> None:
    """A later holder of the post ("its second emir") starts where the holder before ended,
    when the text dates that end; else the start is unread and the tenure only reported."""
    for tenure in tenures:
        before = [t for t in state.tenures.values() if t.person != tenure.person]
        end = before[-1].end if before else None
        if end is not None:
            tenure.start, tenure.inferred = end, True
        else:
            tenure.start_unread = True


def _close(
    tenure: Tenure | None,
    until: re.Match[str] | None,
    end: PartialDate | None,
    how: str | None,
    owner: str | None,
) -> None:
    """"… the post went to X, until French troops killed him in April 2014": the "until" of a
    succession clause ends the successor's tenure (unless it names someone else's end)."""
    if tenure is None or until is None or end is None or tenure.end is not None:
        return
    if owner is not None and owner != tenure.person:
        return
    if tenure.start is not None and end.latest < tenure.start.earliest:
        return
    tenure.end, tenure.ended_by = end, how


def _told_before(tpl: Template, clause: str) -> list[str]:
    """The date tokens the sentence told before a clause, in the order written — those of an
    aside taken out of the text too ("X, freed in February 2014, has led it since then"):
    tokens are numbered in the order written, so every one numbered below the first date at
    or after the clause came before it."""
    later = _dates_in(tpl.text[max(0, tpl.text.find(clause)) :])
    first = min((int(d[1:]) for d in later), default=len(tpl.dates))
    return [d for d in tpl.dates if int(d[1:]) < first]


# An opening adjunct that dates the clause by someone's end, with no date of its own: "After
# the arrests, Y is said to have led it", "During X's detention Y ran it", "Following the
# death of its founder, …" — the start is that end, when the text told it
_EVENT_OPENER = re.compile(
    r"^\s*(?:During|After|Following|Upon|On|With|Since|Throughout)\s+"
    r"(?:(?P<o>⟪(?:P\d+|H)⟫)[’']s\s+|(?P<name>[A-Z][\w’'-]+)[’']s\s+|(?:the|his|her|their)\s+)"
    r"(?:[a-z-]+\s+)?"
    rf"(?P<noun>{_END_NOUN.replace('?P<noun>', '?:')}|imprisonment|captivity|incarceration)s?"
    r"(?:\s+of\s+(?P<o2>⟪(?:P\d+|H)⟫|(?:its|their|the)\s+[a-z]+|[A-Z][\w’'-]+))?"
    r"(?!\s+(?:in|on)\s+⟪D)\s*(?:,\s*|\s+(?=⟪P))"
)
_END_OF_CONFINEMENT = {"imprisonment": "arrested", "captivity": "arrested",
                       "incarceration": "arrested"}


def _end_of_the_event(
    event: re.Match[str], person, state: LeadershipState, who: str  # type: ignore[no-untyped-def]
) -> PartialDate | None:
    """The date of the end an opening adjunct refers to (see `_EVENT_OPENER`): the end told
    before for the person it names; with no one named ("after the arrests", "after his
    death"), the end of the last leader read, when it ended the way the noun says."""
    token = event["o"] or (event["o2"] if event["o2"] and event["o2"].startswith("⟪") else None)
    word = event["name"] or (event["o2"] if event["o2"] and event["o2"][0].isupper() else None)
    if token is not None:
        gone = person(token)
    elif word is not None:
        gone = _surname(word, state)
    elif event["o2"] is not None:
        return None  # "the death of its founder": whose, the reader does not know
    else:
        gone = state.last_leader
        noun = event["noun"].lower()
        how = _END_WORDS.get(noun) or _END_OF_CONFINEMENT.get(noun)
        earlier = state.tenures.get(gone) if gone else None
        if earlier is None or earlier.ended_by != how:
            return None
    if gone is None or gone == who:
        return None
    earlier = state.tenures.get(gone)
    return (earlier.end if earlier is not None else None) or state.ends.get(gone, (None, None))[0]


def _names_an_unknown_subject(text: str) -> bool:
    """Whether the clause's subject is a capitalised name the template did not take for a
    person (an unknown surname), see `lexicon.UNNAMED_SUBJECT`."""
    named = UNNAMED_SUBJECT.match(text)
    return named is not None and named["name"].split()[0] not in NOT_A_NAMED_SUBJECT


def _named_before(tpl: Template, clause: str) -> str | None:
    """The last person the sentence names before the first pronoun of a clause."""
    offset = tpl.text.find(clause)
    if offset < 0:
        return None
    pronoun = clause.find("⟪H⟫")
    before = tpl.text[: offset + (pronoun if pronoun >= 0 else len(clause))]
    # a name after a preposition of place ("killed X in ⟪P1⟫") is where, not who
    # a name after a preposition of place ("killed X in ⟪P1⟫") is where, not who; the owner of
    # an organisation ("a commander of ⟪P1⟫’s Hezb-e-Islami") is not who either
    tokens = [m.group(1) for m in re.finditer(r"⟪(P\d+)⟫", before)
              if not re.search(r"\b(?:in|at|near|into|from|across|outside|inside)\s+$",
                               before[: m.start()])
              and not re.match(r"[’']s\s+(?:⟪X⟫|[A-Z])", before[m.end() :])
              # "an exchange that also freed the hostage ⟪P1⟫, …; he …": an object inside a
              # relative clause is not whom "he" stands for
              and not INSIDE_A_RELATIVE.search(before, 0, m.start())]
    return tpl.persons.get(tokens[-1]) if tokens else None


def _end_told(
    text: str, names, date, tpl: Template  # type: ignore[no-untyped-def]
) -> tuple[str | None, PartialDate | None, str | None] | None:
    """An end of a person's tenure told outside an "until": (person, date, how)."""
    if _UNTIL.search(text) and not _END_POSSESSIVE.search(text):
        return None
    dates = _dates_in(text)
    possessive = _END_POSSESSIVE.search(text)
    if possessive:
        token = possessive["o"] or possessive["o2"]
        after = _dates_in(text[possessive.end() :])
        who = names([token])
        return (who[0] if who else None, date(after[0]) if after else None,
                _END_WORDS.get(possessive["noun"].lower()))
    agent = _END_AGENT.search(text)
    if agent:
        who = names([agent["o"] or agent["o2"] or agent["o3"]])
        after = _dates_in(text[agent.end() :])
        # "In 2013 police arrested him": a time adjunct opening the clause dates the end when
        # none follows the agent; any other date before it is another event's
        opening = _OPENING_DATE.match(text)
        return (who[0] if who else None, date(after[0]) if after else (
            date(opening["d"]) if opening else None),
                _END_WORDS.get((agent["agent"] or agent["agent2"] or agent["agent3"]).lower()))
    verb = re.search(_END_VERB, text, re.I)
    if verb:
        before = text[: verb.start()]
        tokens = re.findall(_PH, before)
        who = names(tokens[:1]) if tokens else []
        after = _dates_in(text[verb.end() :])
        word = (verb["passive"] or verb["active"]).split()[0].lower()
        return (who[0] if who else None, date(after[0]) if after else (
            date(dates[0]) if dates else None), _END_WORDS.get(word))
    return None


def _all_end_subjects(text: str, names) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for match in _END_POSSESSIVE.finditer(text):
        found += names([match["o"] or match["o2"]])
    for match in _END_AGENT.finditer(text):
        found += names([match["o"] or match["o2"] or match["o3"]])
    return found


def _how(until: re.Match[str]) -> str | None:
    word = until["noun"] or until["passive"] or until["active"] or until["agent"]
    return _END_WORDS.get(word.split()[0].lower()) if word else None


def _other_post(match: re.Match[str]) -> str | None:
    """Why a leader noun phrase is not the group's top post, or None if it is."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    for key, value in groups.items():
        if key.startswith("q") and value.strip():
            return f"a {value.strip()} post, not the group's leadership"
    for key, value in groups.items():
        if not key.startswith("other"):
            continue
        of = groups.get("of" + key[5:], "")
        if _is_group_text(value) or re.match(r"\s*in\s+⟪D\d+⟫", of):
            continue
        value = re.sub(r"\s+(?:in|on|since|from|until)\s+⟪D\d+⟫.*$", "", value.strip())
        return f"leader of another organisation or a part of it ({value})"
    return None


def _is_group_text(text: str) -> bool:
    """'the group', 'it', '⟪G⟫', its top body — the profile's group itself."""
    text = text.strip()
    return bool(re.fullmatch(rf"(?:{_GROUP}|{_TOP_BODY})(?:\s+(?:in|on|from|since)\s.*)?", text))


def _surname(word: str, state: LeadershipState) -> str | None:
    """The one person named before whose first or last name `word` is; None if none or two."""
    matches = {known for known in state.known
               if word.lower() in (known.split()[0].lower(), known.split()[-1].lower())}
    return matches.pop() if len(matches) == 1 else None


def _written(tpl: Template, text: str, within: str | None = None) -> str:
    """A template text back in words, for the review (`within`: the clause it is part of,
    so each ⟪X⟫ is the organisation or place written there)."""
    clause = within or text
    offset = tpl.text.find(clause)
    if offset >= 0 and "⟪X⟫" in text:
        first = tpl.text[:offset].count("⟪X⟫") + clause[: max(0, clause.find(text))].count("⟪X⟫")
        names = iter(tpl.others[first:])
        text = re.sub("⟪X⟫", lambda _: next(names, "…"), text)

    def back(match: re.Match[str]) -> str:
        token = match.group(1)
        if token.startswith("P"):
            return tpl.persons.get(token, token)
        if token.startswith("D"):
            date = tpl.dates.get(token)
            return date.text if date is not None else token
        return {"G": "the group", "H": "he", "X": "…"}.get(token, token)

    return re.sub(r"⟪([A-Z]\d*)⟫", back, text.replace("⟪H⟫’s", "his"))


