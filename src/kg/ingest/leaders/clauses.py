"""A template split into clauses (at ";", ", when", " after", " and" before a verb, ", who"),
each with the word that joined it, and the subject of a clause's predicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kg.ingest.clauses import OPENING_PARTICIPLE
from kg.ingest.leaders.lexicon import _END_VERB, _P, _PH, REPORTING_VERB

# "; since then X has led it", "; since that date X leads it": a time adjunct that dates the
# clause by the date told before, never a subordinator of its own
_SINCE_THEN = re.compile(
    r"\s*since\s+(?:then|that\s+(?:date|day|time|moment|point|year))\b", re.I
)
_SPLIT = re.compile(
    r"\s*;\s*|:\s+|\s*[—–]\s+"
    # "after that", "before then": an adverb of time, no subordinate clause
    r"|,?\s+(?=(?:when|whereupon|after(?!\s+(?:that|this|then)\b)|but|while|whereas|"
    r"before(?!\s+(?:that|this|then)\b)|although|though)\s)"
    r"|,\s+(?=(?:who|whom|which)\s)"
    # "has led it since X was killed in 2010": the end of another, told as a clause after
    # "since", dates the start as an "after" clause does (never "since he was released in D",
    # whose date is the start itself)
    rf"|,?\s+(?=since\s+{_P}\s+{_END_VERB})"
    r"|,?\s+(?=and\s+(?:the\s+(?:two|three|four|five|pair|couple|duo)|both|they)\b)"
    # "… was founded in 1998 and from then X led it": a start by reference opens a clause
    r"|,?\s+(?=and\s+(?:from\s+(?:then|that\s+\w+)|thereafter|since\s+then|"
    r"(?:\w+\s+){1,2}(?:years?|months?)\s+later)\b)"
    r"|,?\s+(?=and\s+(?:then\s+|later\s+|subsequently\s+|also\s+|eventually\s+|briefly\s+)?"
    r"(?:again|was|were|has|had|have|is|led|leads|headed|heads|commanded|ran|runs|took|became|"
    r"assumed|succeeded|replaced|died|resigned|stepped|surrendered|remained|served|never|run|"
    r"co-founded|founded|established|created|directed|chaired|declared|rose)\b)",
    re.I,
)
# (a person in apposition to a post or kin noun stays in the adjunct: "After the death of the
# front's leader, X, in 2011, Y took over" — X is no subject of the main clause)
_LEADING = re.compile(
    r"^(?:After|Following|Upon|On|With|When|Once)\b"
    r"(?:[^,]{1,120}?\b(?:leader|emir|amir|chief|founder|commander|head|president|chairman|"
    r"deputy|spokesman|brother|son|father|uncle|successor|predecessor)s?,\s*⟪P\d+⟫\s*,[^,]{0,60}"
    r"|[^,]{1,120}),\s*"
)
# words before a token that make it no subject: a preposition, an alias marker, "the"
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:of|by|with|from|to|after|under|alias|aka|as|than|called|nicknamed|killed|name|"
    r"in|at|near|into|across|outside|inside|through|toward|towards|"
    r"captured|arrested|succeeded|replaced|the|a|an|for|against|named|appointed|elected|"
    r"brought)|[(“‘\"']"
    # "According to the historian X, Y led it": the source of an account, never its subject
    r"|\baccording\s+to\b[^,;⟪]*)\s*$",
    re.I,
)


# a preposition of place before a name ("in ⟪P1⟫", "a candidate from ⟪P1⟫"); "took over from
# ⟪P1⟫, who …" keeps its person
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside)|\b(?:a|an)\s+(?:[\w-]+\s+){0,3}from)\s+(?:the\s+)?$"
)


@dataclass
class _Clause:
    text: str  # template text
    link: str  # "", "and", "when", "after", "but", "who", ";"
    antecedent: str | None = None  # for "who": the last person token before it


# A timeline's dated line opens with its date as a label ("1970s: X founds the cooperative and
# leads it", "March 2014: X is named emir"): the label dates the line's clause as "In D, …"
# would, never a clause of its own.
_DATED_LINE = re.compile(r"\s*⟪D\d+⟫\s*")


def _clauses(text: str) -> list[_Clause]:
    """The template split into clauses, each with the word that joined it to the one before."""
    result: list[_Clause] = []
    leading = _LEADING.match(text)
    participle = None if leading else OPENING_PARTICIPLE.match(text)
    if participle:
        # "Having fought in Chad in 1987, X became emir": a clause of its own, whose dates are
        # never the main predicate's
        result.append(_Clause(text[: participle.end()].rstrip(", "), ""))
        text = text[participle.end() :]
    if leading:
        result.append(_Clause(text[: leading.end()].rstrip(", "), ""))
        text = text[leading.end() :]
    position, link = 0, "after" if leading else "participle" if participle else ""
    for match in _SPLIT.finditer(text):
        if _DATED_LINE.fullmatch(text, 0, match.start()) and match.group(0).startswith(":"):
            continue  # "2014: X takes command …": a dated line's label dates its clause
        piece = text[position : match.start()]
        if piece.strip():
            result.append(_Clause(piece.strip(" ,"), link))
        position = match.end()
        after = text[position:]
        first = after.split(None, 1)[0].lower() if after.strip() else ""
        link = first if first in {"and", "when", "whereupon", "after", "but", "while", "before",
                                  "who", "whom", "which", "although", "though"} else ";"
        adjunct = first == "since" and bool(_SINCE_THEN.match(after))
        if first == "since" and not adjunct:
            link = "after"  # "since X was killed in D": an end the start followed
        if first in {"and", "when", "whereupon", "after", "but", "while", "before", "who",
                     "whom", "which", "although", "though", "since"} and not adjunct:
            position += len(after) - len(after.lstrip()) + len(first)
    piece = text[position:]
    if piece.strip():
        result.append(_Clause(piece.strip(" ,"), link))
    result = [part for clause in result for part in _split_new_subject(clause)]
    for index, (before, clause) in enumerate(pairwise(result)):
        if clause.link in ("who", "whom"):
            # "X, a candidate from ⟪P1⟫, who …": a name after a preposition of place is where
            # the antecedent came from, never the antecedent; nor is an alias of it
            tokens = [m.group(0) for m in re.finditer(_P, before.text)
                      if not _PLACE_BEFORE.search(before.text, 0, m.start())
                      and not _ALIAS_BEFORE.search(before.text, 0, m.start())]
            if not tokens:
                # "When police shot X dead in 2002, they ended the career of the man who …":
                # the one person the sentence named before, if only one
                earlier = {t for c in result[: index + 1] for t in re.findall(_P, c.text)}
                tokens = sorted(earlier) if len(earlier) == 1 else []
            clause.antecedent = tokens[-1] if tokens else None
            pair = (re.search(rf"({_P})\s+and\s+{re.escape(tokens[-1])}", before.text)
                    if tokens else None)
            if pair is not None:
                # "brothers X and Y, sons of …, who ran the group": both are the antecedent
                clause.antecedent = f"{pair.group(1)} {tokens[-1]}"
    return [part for clause in result for part in _split_relative(clause)]


# The main verb that takes up the subject again after a relative clause: "X, who denied any
# part in it, is held to have succeeded him", "X, who had trained in Libya, took over".
_MAIN_AFTER_RELATIVE = re.compile(
    r",\s+(?=(?:is|was|were|are|has|had|have|then|later|also|became|took|led|headed|succeeded|"
    r"remained|served|stood|acted|assumed|replaced|rose|ran|commanded)\b)"
)


def _split_relative(clause: _Clause) -> list[_Clause]:
    """A relative clause between the subject and its verb ends at the comma before the main
    verb; what follows is a clause of its own whose subject is the relative's antecedent."""
    if clause.link in _SUBORDINATE_LINKS:
        # "X, …, before he became its leader, was arrested in 2016": the subordinate clause
        # ends at the comma before the main clause's auxiliary, whose subject is carried
        main = _MAIN_AFTER_SUBORDINATE.search(clause.text)
        if main is not None and _FINITE.search(clause.text[: main.start()]):
            return [_Clause(clause.text[: main.start()], clause.link, clause.antecedent),
                    _Clause(clause.text[main.end() :], "")]
        return [clause]
    if clause.link not in ("who", "whom") or clause.antecedent is None:
        return [clause]
    match = _MAIN_AFTER_RELATIVE.search(clause.text)
    if match is None or not (
        _FINITE.search(clause.text[: match.start()])
        # "X, whom the government identifies as Y, has led it": a "whom" clause has a subject
        # and a verb of its own, whatever the verb; so has "who" with a verb in -s or -ed
        or clause.link == "whom" or _OTHER_FINITE.search(clause.text[: match.start()])
    ):
        return [clause]
    return [_Clause(clause.text[: match.start()], clause.link, clause.antecedent),
            _Clause(clause.text[match.end() :], "who", clause.antecedent)]


_OTHER_FINITE = re.compile(r"^\s*(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|es|s))\b")
_SUBORDINATE_LINKS = ("before", "after", "when", "while", "although", "though")
_MAIN_AFTER_SUBORDINATE = re.compile(
    r",\s+(?=(?:was|were|is|are|has|had|have)\s+(?!been\s+\w+\s+by\b))"
)
_FINITE = re.compile(
    r"\b(?:was|were|has|had|is|are|led|leads|headed|commanded|took|became|assumed|succeeded|"
    r"replaced|died|resigned|founded|killed|arrested|captured|chaired|ran|named|appointed|"
    r"stepped|surrendered|held|kept|remained|returned|fled|defected|created|established|"
    r"co-founded|formed|launched|rebuilt|revived|rose|fought|went|set)\b"
)
# "…, and his deputy X replaced him": a possessive and a role noun may stand before the new
# subject (the possessive is never the subject)
_ROLE_OF = r"(?:(?:⟪H⟫’s|his|its|their|⟪G⟫[’']s|the\s+group[’']s)\s+(?:[a-z-]+\s+){1,2})?"
_AND_PERSON = re.compile(
    rf",?\s+and\s+(?=(?:(?:[\w’'-]+|⟪D\d+⟫),?\s+){{0,3}}?{_ROLE_OF}{_PH}(?![’']s))"
)
# "…, and in 2008 he became …": a time adjunct before the new subject
_ADJUNCT = r"(?:(?:in|on|by|from|since|after|later|then|soon)\s+(?:[\w’'-]+\s+)?(?:⟪D\d+⟫)?,?\s*)?"


def _split_new_subject(clause: _Clause) -> list[_Clause]:
    """"X was killed in 2024 and Y, its chief in Gaza, was named head": a second subject
    after "and" opens a clause of its own once the first has its verb."""
    for match in _AND_PERSON.finditer(clause.text):
        before, after = clause.text[: match.start()], clause.text[match.end() :]
        if (
            re.search(_PH, before)  # "he was detained, and X took over"
            and (_FINITE.search(before) or re.search(r"\b[a-z]{3,}ed\b", before))
            and not re.search(rf"{_P}\s*$", before)  # "until X and Y were arrested": one subject
            and re.match(rf"{_ADJUNCT}{_ROLE_OF}{_PH}(?:\s*,[^,]{{0,80}},|\s*\([^)]*\))?"
                         rf"\s+(?:\w+\s+)?"
                         rf"(?:{_FINITE.pattern}|[a-z]{{3,}}ed\b)", after)
        ):
            return [_Clause(before, clause.link, clause.antecedent),
                    *_split_new_subject(_Clause(after, "and-new"))]
    return [clause]


_MODIFIER_OF_PERSON = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:commander|leader|chief|emir|amir|spokes(?:man|woman)|member|fighter|"
    r"militant|official|cleric|ideologue|veteran|founder|co-founder|operative)\s+⟪P\d+⟫"
)


_SAID_THAT = re.compile(
    rf"\b{REPORTING_VERB}\b(?:[^;⟪]|⟪(?:[DX]\d*|H)⟫){{0,40}}?\bthat\s+",
    re.I,
)


# A relative clause with its verb before a name: "an exchange that also freed the hostage ⟪P⟫",
# "a ransom which had bought the freedom of ⟪P⟫" — the name is that verb's object (or further
# inside), never the subject of the clause around it, nor the person a later "he" stands for.
# ("that year ⟪P⟫ took over": a demonstrative, no verb after it, keeps its subject.)
INSIDE_A_RELATIVE = re.compile(
    r"\b(?:that|which|whom)\s+(?:(?:also|later|then|once|had|has|have|was|were|had\s+been|"
    r"would|reportedly|allegedly)\s+)*"
    r"(?:[a-z]+ed|brought|bought|took|sent|held|kept|left|made|won|shot|freed|hit|sold|gave|"
    r"caught|struck|fought|swapped|traded)\b[^,;()⟪]*$"
)


def _subjects(clause: str, end: int, *, reported: bool = True) -> list[str]:
    """The person tokens that are the subject of a predicate starting at `end`: the first
    person token before it that is not possessive, not after a preposition or alias word and
    not in brackets or quotes; a second one joined by "and" is a co-subject."""
    found: list[str] = []
    depth = 0
    # "X announced in 2010 that Y had become its leader": the subject of a reported clause is
    # the one after "that", never the one who reports it
    said = [m.end() for m in _SAID_THAT.finditer(clause, 0, end)] if reported else []
    for match in re.compile(rf"{_PH}|[()]").finditer(clause, said[-1] if said else 0, end):
        token = match.group(0)
        if token == "(":
            depth += 1
            continue
        if token == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        before = clause[: match.start()]
        after = clause[match.end() : match.end() + 2]
        if after.startswith(("’s", "'s")):
            continue
        if _MODIFIER_OF_PERSON.match(clause, match.end()):
            continue  # "the veteran Ahrar al-Sham commander X": a name that modifies a person
        if found:
            if re.search(r"(?:,\s*|\s)and\s*$", before) and not re.search(_NOT_SUBJECT_BEFORE, before[:-4]):  # noqa: E501
                found.append(token)
            elif re.search(rf"{_PH}\s*,\s*$", before) and re.match(
                rf"(?:\s*,\s*{_PH})*\s*,?\s+and\s+{_PH}", clause[match.end() : end]
            ):
                found.append(token)  # "X, Y and Z led it in turn": the middle of a list
            continue
        if _NOT_SUBJECT_BEFORE.search(before):
            continue
        if INSIDE_A_RELATIVE.search(clause, said[-1] if said else 0, match.start()):
            continue
        found.append(token)
    return found


def _co_founders(text: str) -> list[str]:
    """"together with his wife X and Y": every person token of the "together with" list."""
    # "together with X", or a plain "with X" right after the founding: "set it up with X"
    match = re.search(r"\b(?:together|jointly|along)\s+with\s+(?P<rest>[^;]*)", text, re.I) or (
        re.search(r"\b(?:founded|established|created|set\s+up|formed|launched|⟪G⟫\s+up)"
                  r"(?:\s+(?:the\s+)?⟪G⟫)?(?:\s+(?:in|on)\s+⟪D\d+⟫)?\s+with\s+(?P<rest>[^;]*)",
                  text, re.I))
    if match is None:
        return []
    tokens = []
    for token in re.finditer(rf"{_P}|[,.;]\s*(?!and\b)|\bwho\b", match["rest"]):
        if not token.group(0).startswith("⟪"):
            if (tokens and token.group(0).strip() in (".", ";")) or token.group(0) == "who":
                break
            continue
        tokens.append(token.group(0))
    return tokens


def _dates_in(text: str) -> list[str]:
    return re.findall(r"⟪(D\d+)⟫", text)


# "… ended the life of the man who had founded the group": a restrictive relative after a noun
# for a person is a clause of that person's — when the sentence names one person before it
_RESTRICTIVE = re.compile(
    r"\b(?P<np>(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:man|woman|person|one|figure|cleric|preacher|"
    r"veteran|militant|engineer|teacher|student|doctor|physician|lawyer|officer|soldier)"
    # "a preacher from Kayes who …"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w’'-]+)?)\s+"
    r"(?=(?:who|whom)\s)"
)


_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|also\s+known\s+as|known\s+as)\s+$")


def restrictive_relatives(text: str) -> str:
    """"the man who …" read as "the man, who …" (a relative clause of its own, whose
    antecedent is the one person named before it), only where exactly one person is named
    before it in the sentence: with two, which one is meant is not said."""
    def comma(match: re.Match[str]) -> str:
        # "X alias Y, the cleric who …": an alias is the same person, not a second one
        named = {m.group(0) for m in re.finditer(_P, text[: match.start()])
                 if not _ALIAS_BEFORE.search(text, 0, m.start())}
        return f"{match['np']}, " if len(named) == 1 else match.group(0)

    return _RESTRICTIVE.sub(comma, text)


# A chain told with the verb left out of its later links ("X followed him until 2016, and Y
# until 2017"; "A led it from 1990, and B from 1995"): gapping, each later link its own clause
# with the verb written again, so the tenure readers see a subject, a verb and its dates
_GAPPED = re.compile(
    r"(?P<subj>⟪P\d+⟫)(?P<a1>\s*\([^()]*\))?\s+"
    r"(?:(?P<succ>followed|succeeded|replaced)\s+(?:⟪H⟫|him|her|⟪P\d+⟫)"
    r"|(?P<lead>(?:led|headed|commanded|ran|directed|chaired)\s+(?:it|⟪G⟫)))\s+"
    # (a range "from 1990 to 1995" is one date token, its words inside it)
    r"(?P<dates>(?:(?:from|until|till|since)\s+)?⟪D\d+⟫(?:\s+(?:to|until|till)\s+⟪D\d+⟫)?)"
    r"\s*,?\s+and\s+(?:then\s+)?(?P<next>⟪P\d+⟫)(?P<a2>\s*\([^()]*\))?\s+"
    # the later link is its subject and its dates only, up to the clause's end ("…, and B from
    # 1995 the youth wing" names another object: no gapping)
    r"(?=(?:(?:from|until|till|since)\s+)?⟪D\d+⟫(?:\s+(?:to|until|till)\s+⟪D\d+⟫)?"
    r"\s*(?:[,;.]|$|(?:when|after|before|and)\b))"
)


def ungapped(text: str) -> str:
    """The chain's later links with their verb written again: a succession's object is the link
    before it ("Y followed X until 2017"), a verb of leading keeps its own object."""
    def link(match: re.Match[str]) -> str:
        verb = (f"{match['succ']} {match['subj']}" if match["succ"] else match["lead"])
        return (f"{match.group(0)[: match.start('dates') - match.start()]}{match['dates']}; "
                f"{match['next']}{match['a2'] or ''} {verb} ")

    previous = None
    while previous != text:  # a chain of three or more: each link in turn
        previous, text = text, _GAPPED.sub(link, text, count=1)
    return text
