"""A subject written after its verb, as a translation keeps the word order of its source:
"Led Santoso the group until 2016", "In 2016 took over the leadership Ali Bah", "Succeeded
him Omar Sy". Put back before the verb, the clause is read by the grammar as any other.

The tenth round read the passive of such a writer ("Since then is the group led by Y",
`predicates._LED_BY`); this is the active voice. Two orders, both only where the clause has no
subject before its verb (the sentence's start, after a fronted time adjunct, or after ";"):

- verb, subject, object: "Led ⟪P⟫ the group", "From 2012 headed ⟪P⟫ the movement" — the verbs of
  leading and founding only, whose object is never a person ("Succeeded ⟪P⟫ in 2010" is a terse
  profile's fragment whose subject is the person named before: left to the reader);
- verb, object, subject: "took over the leadership ⟪P⟫", "took command of the group ⟪P⟫",
  "directed the group from its origins ⟪P⟫" (a date or the group's beginning between),
  "succeeded him ⟪P⟫", "to him succeeded ⟪P⟫", "led the group ⟪P⟫", "was named emir in D ⟪P⟫",
  "became the new leader ⟪P⟫" — a person right after the object, with no comma
  (an apposition) and no possessive ("took over ⟪P⟫'s post"), is the subject English would put
  first.

A clause with a subject of its own before the verb is never rearranged: "After X took the
leadership Y" may mean Y succeeded X or X took over; which, the words do not say.
"""

from __future__ import annotations

import re

from kg.ingest.leaders.lexicon import _GROUP, _P, _TOP_BODY

# Where a clause with no subject of its own opens: the sentence's start or ";", then a time
# adjunct with no person in it ("From 2012", "In July 2016,", "Later", "Then").
_OPENING = (
    r"(?P<open>(?:^|;\s*)"
    # (its words lowercase or dates: "After Santoso took …" opens with a person, not a time)
    # (after ";" the adjunct opens in lowercase: "…; since that date leads X the group")
    r"(?:(?:(?:In|On|From|Since|By|After|Until|During|Later|Then|Afterwards|Thereafter|Soon|"
    r"Already|Early|Late|(?<=;\s)(?:in|on|from|since|after|later|then|afterwards|thereafter))"
    r"\b(?:\s+(?:[a-z][\w-]*|⟪D\d+⟫)){0,6}|⟪D\d+⟫)\s*,?\s+)?)"
)
_OBJECT = rf"(?:{_GROUP}|{_TOP_BODY}|the\s+(?:movement|organi[sz]ation|group))"
# verb, subject, object: the verbs of leading and founding
_VSO = re.compile(
    _OPENING
    + r"(?P<verb>(?i:led|leads|headed|heads|commanded|commands|directed|directs|ran|runs|"
    r"chaired|chairs|founded|co-founded|established|created|formed))\s+"
    r"(?P<subject>" + _P + r")(?![’'])"
    + rf"(?=\s+{_OBJECT})"
)
# a post the subject took: "became emir (of the group)", "was named the new leader"
_POST = (
    r"(?:the\s+)?(?:new\s+|first\s+|acting\s+|interim\s+)?(?:emir|amir|leader|chief|head|"
    r"chairman|chairwoman|president|secretary[- ]general|general\s+secretary|"
    r"commander[- ]in[- ]chief|supreme\s+commander)"
)
# verb, object, subject: taking over the group or its leadership, taking its top post,
# succeeding someone ("To him succeeded X", a dative first); a date may stand before the subject
_VOS = re.compile(
    _OPENING
    # (an adverb of time may stand between the verb and its object: "Assumed then the command")
    + r"(?P<verb>(?i:(?:took|assumed|seized|inherited)\s+(?:over\s+)?"
    + r"(?:(?:then|later|thereafter|afterwards|subsequently)\s+)?(?:the\s+)?"
    # "took the head of the group": a translation's "prit la tête du groupe"
    + rf"(?:leadership|command|helm|reins|control|head(?=\s+of\b))(?:\s+of\s+{_OBJECT})?"
    + rf"|took\s+over\s+{_OBJECT}"
    + rf"|(?:led|headed|commanded|directed|ran)\s+{_OBJECT}"
    + rf"|(?:became|(?:was|were)\s+(?:named|appointed|elected|chosen|proclaimed|made))\s+{_POST}"
    + rf"(?:\s+of\s+{_OBJECT})?"
    + r"|(?:succeeded|replaced)\s+(?:him|her|⟪H⟫(?!’s))"
    + r"|to\s+(?:him|her|⟪H⟫(?!’s))\s+succeeded)"
    + r"(?:\s+(?:in|on|from|since)\s+⟪D\d+⟫"
    # "Directed the Front from its origins X": a start told by the group's own beginning
    + r"|\s+(?:from|since)\s+(?:its|the)\s+(?:very\s+)?(?:origins?|beginnings?|start|outset|"
    + r"creation|founding|formation|foundation|inception|birth))?)"
    + r"\s+(?P<subject>" + _P + r")(?![’'])(?!\s+and\b)"
)
_ADVERB_AFTER_VERB = re.compile(
    r"^(?P<verb>\w+)\s+(?P<adverb>then|later|thereafter|afterwards|subsequently)\s+", re.I
)
_TO_HIM_SUCCEEDED = re.compile(r"^to\s+(?P<him>him|her|⟪H⟫)\s+succeeded", re.I)

_THE_GROUP = re.compile(
    r"\bthe\s+(?:movement|organi[sz]ation|group)(?=$|\s+(?:in|on|from|since)\s)"
)


def put_subject_first(text: str) -> str:
    """The template with every subject written after its verb moved before it (see module
    docstring); the text unchanged where no clause has that order."""

    def vso(match: re.Match[str]) -> str:
        return f"{match['open']}{match['subject']} {match['verb'].lower()}"

    def vos(match: re.Match[str]) -> str:
        # "took the command of the group ⟪P⟫": the template left "the group" as written, a
        # name after it looking like the group's own; with the subject moved it is the group
        verb = _THE_GROUP.sub("⟪G⟫", match["verb"])
        verb = _TO_HIM_SUCCEEDED.sub(lambda m: f"succeeded {m['him']}", verb)
        # "Assumed then the command": English puts the adverb before its verb
        verb = _ADVERB_AFTER_VERB.sub(lambda m: f"{m['adverb']} {m['verb']} ", verb)
        return f"{match['open']}{match['subject']} {verb[0].lower()}{verb[1:]}"

    return _VOS.sub(vos, _VSO.sub(vso, text))
