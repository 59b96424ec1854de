"""Frames for the structure classes of the tenth round (`dev-10`; see
docs/ingest-lineage-grammar.md, "Structures (tenth round)"): steps a profile describes rather
than narrates, each written once for every wording of its kind:

- an origin in a part of another organisation, hedged: "the brigades appear to have emerged
  in 2000, …, from local networks of P's Q militia", "the group grew out of cells of X" (a
  split from X, the organisation the part belongs to; a person's or an organisation's
  possessive before the name is its owner, not the name);
- an identity restated as a rename: "most analysts treat the group as X renamed", "the group
  is essentially X under a new name" (X renamed into the group);
- a replacement whose predecessor lived on: "the group took the place of X: … X's exiled
  government continued under the old name" (a split, since X still exists; without a
  continuation "took the place of" may be a rename or a succession, and nothing is stated);
- a chronology's note without a subject whose predicate is a nominal: "Formed 2004: merger of
  A and B", "Founded in 1990: a split from X" (the profile's group is the subject the note
  leaves out);
- a chronology's note in the historical present or with no subject: "2003: splits from X",
  "2006: absorbs Y", "2004: the group merges with A to form Z", "2009: renames itself V";
- a note's antecedent founded out of another, told by participles: "A founded 1980 by P, out
  of B", "A set up in 1969 by P, breaking away from B" (A split from B).

A role cut short before a qualifier ("out of the ⟦CPI⟧ (Marxist)") reads nothing
(`cut_short`): the slotter took only the start of another organisation's name.

Read first: each is a more specific reading of words the older frames also read ("emerged",
"renamed", "founded"). See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

import re

from kg.ingest.lineage.lexicon import (
    ADVERB,
    AUX,
    GAP,
    ITEMS,
    NAMED,
    ORG,
    SHORT_GAP,
    Frame,
    frame,
)

# the people or the units of an organisation a group came out of: "local networks of",
# "cells of", "the ranks of", "dissident members of"
_PARTS_OF = (
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:networks?|cells?|ranks|circles?|members|cadres|"
    r"elements|units|structures|remnants|veterans|fighters|militants|activists|sections?)"
    r"\s+(?:of|in|within)\s+(?:the\s+)?"
)
# "P's Q militia": the owner before the name, no part of it (`kg.ingest.lineage.roles` reads
# the owner off the role)
_OWNER = r"(?:(?:(?-i:[A-Z][\w-]{1,30})\s+){0,2}(?-i:[A-Z][\w-]{1,30})[’']s\s+)?"
_CAME_OUT = (
    r"(?:emerged|emerge|grew|grown|grow|arose|arisen|arise|sprang|sprung|spring|originated|"
    r"originate|came|come)"
)
# the hedges a judgement is told through: "most analysts treat", "is widely regarded as"
_JUDGED_AS = (
    r"(?:treat|treats|treated|regard|regards|regarded|see|sees|saw|seen|describe|describes|"
    r"described|consider|considers|considered|view|views|viewed)\s+"
)
_UNDER_A_NEW_NAME = (
    r"(?:renamed|rebranded|re-?named|under\s+(?:a\s+)?(?:new|different|another)\s+name|"
    r"by\s+(?:a\s+|an\s+)?(?:new|another|other|different)\s+name|with\s+a\s+new\s+name)"
    r"(?!\s+(?:itself|as|to|in\s+its)\b)"
)
_ESSENTIALLY = (
    r"(?:(?:essentially|simply|merely|just|in\s+effect|effectively|really|basically|largely|"
    r"little\s+more\s+than|nothing\s+but|no\s+more\s+than)\s+)?"
)
# "took the place of X": a replacement, a split only where the sentence says X lived on (the
# reader checks that the organisation said to live on is X: `SAME_ORGANISATION_LATER`)
_REPLACED = (
    r"(?:took\s+the\s+place\s+of|replaced|supplanted|superseded|took\s+over\s+from|"
    r"stepped\s+into\s+the\s+place\s+of)"
)
_LIVED_ON = (
    r"(?:continued|lived\s+on|survived|carried\s+on|persisted|remained\s+active|went\s+on|"
    r"kept\s+going|still\s+exists)"
)
# a note's label: "Formed 21 September 2004:", "Founded in 1990 -", "Origins (1990):"
_NOTE_LABEL = (
    r"^\W{0,3}(?:formed|founded|created|established|set\s+up|launched|constituted|born)\b"
    r"[^⟦.;:]{0,40}?(?:\s*:|\s+[–—-])\s+"
)
_UNION = r"(?-i:merger|union|fusion|amalgamation|unification)"
_SPLIT_NOUN = r"(?-i:split|breakaway|splinter|offshoot|secession)"
_FOUNDED_NOTE = (
    r"(?:founded|formed|created|established|set\s+up|launched|constituted)"
)
# "out of X", "breaking from X", "after breaking away from X", "splitting from X"
_OUT_OF = (
    r"(?:out\s+of|(?:after\s+)?(?:breaking|splitting|splintering|seceding|defecting|"
    r"walking\s+out)\s+(?:away\s+|off\s+)?(?:from|with|of))"
)

# frames whose named group "later" must stand for the same organisation as "slot"
SAME_ORGANISATION_LATER = {"d-split-replaced-one-that-lived-on"}

# a chronology note's label: "2004:", "about 2006:", "March 2010 -" (no organisation in it)
# (a dash only with a space either side: "Fatah–Revolutionary Council" is one name)
_LABEL = r"^[^⟦;:.]{1,40}?(?:\s*:|\s+[–—-])\s+"
# a note's verbs in the historical present a chronology is often written in, and the past
_NOTE_SPLIT = (
    r"(?:breaks?|splits?|splinters?|secedes?|broke|splintered|seceded)\s+(?:away\s+|off\s+)?"
    r"from"
)
_NOTE_MERGE = r"(?:merges?|joins?|unites?|fuses?|combines?|amalgamates?)(?:\s+forces)?"
_NOTE_ABSORB = r"(?:absorbs|absorbed|takes\s+over|incorporates|incorporated)"
_NOTE_RENAME = (
    r"(?:renames\s+itself(?:\s+as)?|is\s+renamed(?:\s+as)?|changes\s+its\s+name\s+to|"
    r"(?:takes|adopts|assumes)\s+the\s+name(?:\s+of)?|rebrands\s+(?:itself\s+)?as)"
)

# A role followed by a qualifier in parentheses ("⟦CPI⟧ (Marxist)") or by more capitalised
# words is only the start of a longer name the slotter cut short (another organisation than
# the slot's: the Communist Party of India (Marxist) is not the Communist Party of India).
# The introducer takes a name's own acronym or alias into its slot, so what is left after it
# is no name of the slot's organisation; nothing is read from such a role.
_CUT_SHORT = re.compile(r"\s*\((?![A-Z]{2,8}\))[^()⟦]{1,40}\)|\s+(?-i:[A-Z])")


_ROLE_GROUPS = {"x", "x2", "a", "b"}


def cut_short(text: str, match: re.Match[str]) -> bool:
    """Whether a role of a `DESCRIBED` frame ends where the sentence as written (`text`, the
    slotted template before any parenthesis is set aside) goes on with a qualifier: the role
    is then part of a longer name (`_CUT_SHORT`), whichever reading the frame matched (the
    sentence without its parentheses hides the qualifier)."""
    return any(
        match.group(role) is not None and match.end(role) > 0
        and _CUT_SHORT.match(text, match.end(role)) is not None
        for role in match.re.groupindex if role in _ROLE_GROUPS
    )


DESCRIBED: list[Frame] = [
    # "the brigades appear to have emerged in late 2000, …, from networks of P's ⟦Q⟧ militia"
    frame("d-split-emerged-from-parts-of", "split",
       rf"(?P<x>{ORG})\s+{AUX}{ADVERB}{_CAME_OUT}\b{GAP}\s+(?:out\s+of|from|among|within)\s+"
       rf"{_PARTS_OF}{_OWNER}(?P<b>{NAMED})",
       "x", ("b",), ("emerge", "grew", "grow", "arose", "arisen", "arise", "sprang", "sprung",
                     "spring", "originat", "came", "come")),
    # "most analysts treat the group as ⟦X⟧ renamed"; "the group is essentially ⟦X⟧ under a
    # new name"
    frame("d-rename-judged-as-renamed", "rename",
       # a negation before the verb is the clause's, so the review names it and nothing
       # is stated ("do not regard the group as X renamed")
       rf"(?:(?:\b(?:do|does|did)\s+not\s+|\bnever\s+)?{_JUDGED_AS}(?P<x>{ORG})\s+as\s+"
       rf"{_ESSENTIALLY}|(?P<x2>{ORG})\s+(?:is|was|are|were)\s+(?:not\s+)?"
       rf"(?:(?:widely|generally|usually|often|commonly)\s+)?(?:(?:seen|regarded|treated|"
       rf"viewed|described|considered)\s+as\s+)?{_ESSENTIALLY})(?P<a>{NAMED})\s+"
       rf"{_UNDER_A_NEW_NAME}",
       "x|x2", ("a",), ("renamed", "rebranded", "new name", "another name", "different name",
                        "other name")),
    # "the group took the place of ⟦X⟧: …, and ⟦X⟧'s exiled government continued …"
    frame("d-split-replaced-one-that-lived-on", "split",
       rf"(?P<x>{ORG})\s+{ADVERB}{_REPLACED}\s+(?P<b>(?:the\s+)?(?P<slot>⟦\d+⟧))"
       # what lived on, later in the sentence: "which", "whose council", or a slot
       rf"(?=[^.]{{0,300}}?(?:,\s*which|,\s*whose\s+(?:[\w-]+\s+){{0,2}}?|"
       rf"(?P<later>⟦\d+⟧)(?:[’']s)?)[^⟦.;]{{0,80}}?\b{_LIVED_ON}\b)",
       "x", ("b",), ("took the place", "replaced", "supplanted", "superseded", "took over from",
                     "stepped into")),
    # "Formed 21 September 2004: merger of ⟦A⟧ and ⟦B⟧"
    frame("d-merger-note-nominal", "merger",
       rf"{_NOTE_LABEL}(?:(?:by|through|from|in|as)\s+)?(?:an?\s+|the\s+)?{_UNION}\s+"
       rf"(?:of|between)\s+(?P<a>{ITEMS})",
       "@self", ("a",), ("merger", "union", "fusion", "amalgamation", "unification")),
    # a chronology's note, its subject the group where it names none: "2004: splits from
    # ⟦X⟧", "2004: the group breaks away from ⟦X⟧", "2005: absorbed ⟦Y⟧", "2006: the group
    # merges with ⟦Z⟧ to form ⟦W⟧", "2009: renames itself ⟦V⟧"
    frame("d-note-split", "split",
       rf"{_LABEL}(?:(?:then|later)\s+)?(?:(?P<x>{ORG})\s+)?{_NOTE_SPLIT}\s+(?P<b>{ORG})",
       "x|@self", ("b",), ("break", "split", "splinter", "secede", "broke")),
    frame("d-note-absorbed", "absorption",
       rf"{_LABEL}(?:(?:then|later)\s+)?(?:(?P<x>{ORG})\s+)?{_NOTE_ABSORB}\s+(?P<a>{ORG})",
       "x|@self", ("a",), ("absorbs", "absorbed", "takes over", "incorporates", "incorporated")),
    frame("d-note-merger", "merger",
       rf"{_LABEL}(?:(?:then|later)\s+)?(?:(?P<a>{ITEMS})\s+)?{_NOTE_MERGE}(?:\s+together)?"
       rf"(?:\s+with\s+(?P<b>{ITEMS}))?\s+(?:to\s+(?:form|create|found|launch)|forming|"
       rf"creating|into)\s+(?P<x>{ORG})",
       "x", ("a", "@self", "b"), ("merge", "join", "unite", "fuse", "combine", "amalgamate")),
    frame("d-note-rename", "rename",
       rf"{_LABEL}(?:(?:then|later)\s+)?(?:(?P<a>{ORG})\s+)?{_NOTE_RENAME}\s+(?P<x>{NAMED})",
       "x", ("a", "@self"), ("renames", "renamed", "changes its name", "takes the name",
                             "adopts the name", "assumes the name", "rebrands")),
    # "Founded 1990: a split from ⟦X⟧"
    frame("d-split-note-nominal", "split",
       rf"{_NOTE_LABEL}(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_SPLIT_NOUN}\s+(?:group\s+|"
       rf"faction\s+)?(?:from|of)\s+(?P<b>{ORG})",
       "@self", ("b",), ("split", "breakaway", "splinter", "offshoot", "secession")),
    # "⟦A⟧ founded 1980 in Andhra by P, out of ⟦B⟧"; "⟦A⟧ set up in 1969 by P, breaking
    # from ⟦B⟧": a chronology's antecedent, no finite verb
    frame("d-split-founded-out-of", "split",
       rf"(?:^|[:;]\s*)(?:(?:then|later)\s+)?(?P<x>{NAMED})\s+(?:itself\s+)?(?:was\s+)?"
       rf"{_FOUNDED_NOTE}\b{SHORT_GAP}(?:\s+by\s+[^⟦.;]{{1,60}}?)?\s*,?\s+{_OUT_OF}\s+"
       rf"(?P<b>{NAMED})",
       "x", ("b",), ("out of", "breaking", "splitting", "splintering", "seceding",
                     "defecting", "walking out")),
]  # fmt: skip

DESCRIBED_NAMES = {f.name for f in DESCRIBED}
