"""Frames for the structure classes of the fourteenth round (`dev-15`; see
docs/ingest-lineage-grammar.md, "Structures (fourteenth round)"): steps told through the people
who made them, and clauses in an order the grammar did not expect, each written once for every
wording of its kind:

- a founder who founded the group *after* leaving another organisation: "P founded G in 2008,
  after he left X", "G was set up in 2011 by P after he had quit X", "G is the organisation
  that P founded in 2008, shortly after leaving X" (G split from X, dated by the founding);
  a span of years before "after" ("ten years after he left X") keeps the two apart, and a
  prior the graph does not know (a prison, a town, an army) is none;
- people led out of an organisation, then *they* founded a named one: "P led the members who
  rejected the oath out of G, and in 2014 they founded Y", "two commanders took their fighters
  out of G and founded Y" (Y split from G, dated by the founding);
- the verb before its subject, the source fronted: "From X split off in 1963 the faction
  around P; this faction is the present G", "Out of G grew in 2009 Y", "From X broke off the
  faction led by P, which is today's G" (the splinter named after the verb, or an unnamed
  faction a following clause names); an inserted clause after X (its own founding) dates
  nothing.

The prior of a step told through a person is an organisation the graph knows or the sentence
introduces (a slot) or the group itself: a person's leaving of a name nobody introduced is as
often a career, a prison or a country as an organisation. Read before the generated grammar,
as more specific readings of "founded", "left" and "split off". See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ADVERB,
    DESCRIBED_AS,
    FOUND_PASSIVE,
    FOUNDED_ACTIVE,
    NAMED,
    ORG,
    PART_OF,
    SELF,
    WHEN_LEFT,
    Frame,
    frame,
)
from kg.ingest.slots import NAME, G

# a prior told through a person: a slot or the group, never a name nobody introduced
_KNOWN = rf"(?:(?:the\s+)?{G}|{SELF}\b)"
# how the leaving is told after "after": a clause with a pronoun, or a gerund
_LEAVING = (
    r"(?:leaving|quitting|deserting|abandoning|breaking\s+(?:away\s+)?(?:from|with)|"
    r"splitting\s+(?:off\s+|away\s+)?from|seceding\s+from|walking\s+out\s+(?:of|on)|"
    r"being\s+expelled\s+from|having\s+(?:left|quit|deserted|abandoned|broken\s+(?:away\s+)?"
    r"(?:from|with)|split\s+(?:off\s+)?from|been\s+expelled\s+from))"
)
# "after he left X", "shortly after leaving X"; never "ten years after" or "long after": a span
# between the two tells they are not one step
_AFTER_LEAVING = (
    r"(?<!years\s)(?<!year\s)(?<!months\s)(?<!month\s)(?<!decades\s)(?<!weeks\s)(?<!days\s)"
    r"(?<!long\s)(?:(?:shortly|soon|just|right|immediately)\s+)?after\s+"
    rf"(?:(?:he|she|they|its\s+founders?)\s+(?:had\s+)?{WHEN_LEFT}|{_LEAVING})"
    rf"\s+{PART_OF}(?P<b>{_KNOWN})"
)
# the words between the founding and "after": a date, an agent ("in 2011 by P")
_TO_AFTER = r"[^⟦,.;]{0,60}?\s*,?\s+"
_FOUNDED_NOUN = (
    r"(?:organi[sz]ation|group|movement|party|network|outfit|faction|front|militia|body)"
)
# "and in 2014 they founded", "and then formed": the leavers' founding, a clause of its own
_AND_THEY_FOUNDED = (
    r"\s*,?\s+and\s+(?:(?:then|later|soon)\s+)?(?:(?:in|on|by|around|during)\s+[^⟦,.;]{1,30}?"
    r"\s*,?\s+)?(?:(?:they|he|she|these|those)\s+)?"
    rf"{ADVERB}(?:formed|founded|created|set\s+up|launched|established)\s+(?P<x>{NAMED})"
)
# the verb of a split told before its subject: "From X split off …", "Out of X grew …"
_INVERTED_SPLIT = (
    r"(?:split\s+(?:off|away)|split|broke\s+(?:away|off)|splintered(?:\s+off)?|seceded|grew|"
    r"emerged|arose|sprang)"
)
# a fronted source at the start of a clause: "From X", "In 1996 from X", "…; out of X"
_FRONTED_SOURCE = (
    r"(?:^\W{0,3}|[,;:]\s*|\b(?:in|on|by|around)\s+[^⟦,.;]{1,30}?\s+)(?:from|out\s+of)\s+"
    rf"{PART_OF}(?P<b>{_KNOWN})(?P<aside>\s*,[^;.]{{1,120}}?,)?\s+(?:there\s+)?{ADVERB}"
)
# the date between the verb and its subject: "split off in 1963", "split away, in March 2012,"
_DATE_BETWEEN = r"(?:\s*,\s*[^⟦,.;]{1,30}?\s*,|\s+(?:in|on|by|around|during)\s+[^⟦,.;]{1,30}?)?"
# an unnamed faction after the verb, named by the clause that follows: "the faction around P;
# this faction is the present G", "the faction led by P, which is today's G"
_PART_NOUN = r"(?-i:faction|group|wing|minority|majority|tendency|current|circle)"
_NAMED_BY_WHAT_FOLLOWS = (
    rf"(?:the|a)\s+(?:[\w-]+\s+)?{_PART_NOUN}\s+(?:around|led\s+by|under|of)\s+{NAME}\s*[;,]\s*"
    rf"(?:(?:this|that|the)\s+{_PART_NOUN}\s+|which\s+)(?:is|was|became|(?:later|eventually|"
    r"soon)\s+became|would\s+become|went\s+on\s+to\s+become)\s+(?:(?:the\s+)?(?:present(?:-day)?|"
    rf"today[’']s|current|modern|later)\s+|now\s+|today\s+)?(?P<x2>{ORG})"
)

PEOPLE_AND_ORDER: list[Frame] = [
    # "P founded ⟦G⟧ in 2008, after he left ⟦X⟧"; "launched ⟦Y⟧ after breaking with the SF"
    frame("h-split-founded-after-leaving", "split",
       rf"\b{FOUNDED_ACTIVE}\s+(?P<x>{ORG})(?![’']s){_TO_AFTER}{_AFTER_LEAVING}",
       "x", ("b",), ("after",)),
    # "⟦G⟧ was set up in March 2011 by P after he had quit ⟦X⟧"
    frame("h-split-founded-passive-after-leaving", "split",
       rf"(?P<x>{ORG})\s+(?:was|were)\s+{FOUND_PASSIVE}\b{_TO_AFTER}{_AFTER_LEAVING}",
       "x", ("b",), ("after",)),
    # "⟦G⟧ is generally described as the organisation that P founded in 2008, after he left ⟦X⟧"
    frame("h-split-the-organisation-p-founded-after-leaving", "split",
       rf"(?P<x>{ORG})\s+{DESCRIBED_AS}(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{_FOUNDED_NOUN}\s+"
       rf"(?:that|which)\s+[^⟦,.;]{{1,60}}?\s+{FOUNDED_ACTIVE}{_TO_AFTER}{_AFTER_LEAVING}",
       "x", ("b",), ("after",)),
    # "P led the members who rejected the oath out of ⟦G⟧, and in 2014 they founded ⟦Y⟧"
    frame("h-split-led-out-and-then-founded", "split",
       rf"\b(?:led|took|brought|drove)\s+[^⟦.;]{{1,80}}?\s+out\s+of\s+(?P<b>{_KNOWN})"
       rf"(?:\s+(?:in|on|by|around|during)\s+[^⟦,.;]{{1,30}}?)?{_AND_THEY_FOUNDED}",
       "x", ("b",), ("out of",)),
    # "From ⟦X⟧, which …, split off in 1963 the faction around P; this faction is the present
    # ⟦G⟧"; "Out of ⟦G⟧ grew in 2009 ⟦Y⟧"
    frame("h-split-verb-before-its-subject", "split",
       rf"{_FRONTED_SOURCE}{_INVERTED_SPLIT}{_DATE_BETWEEN}\s+(?:(?P<x>{NAMED})(?![’']s)|"
       rf"{_NAMED_BY_WHAT_FOLLOWS})",
       "x|x2", ("b",), ("from", "out of")),
]  # fmt: skip
