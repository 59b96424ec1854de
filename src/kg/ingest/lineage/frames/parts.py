"""Frames for a body that divided into parts (the fifteenth round; see
docs/ingest-lineage-grammar.md, "Structures (fifteenth round)").

Writers tell a split as the division of the whole as often as the departure of a part: "the
movement fractured into three factions, A, B and C", "in 1990 it split into A and B", "after
the founder's death the force broke into factions, one of which P led under the name Y". Each
named part that is not the body itself is a split from it; a part the sentence says "kept the
name", or one of the body's own names (the group's listed alternative name), is the body
itself and no split. The first rounds' frame read one wording only ("split into A, which kept
the name, and B": the verb "split", exactly two parts); this one reads the verb class
(`kg.ingest.lineage.lexicon.DIVIDED_INTO`: split, splintered, fractured, fragmented, divided,
broke up; "broke into" only before a noun of parts, as "broke into a bank" is a burglary),
any number of parts, a count or a noun of parts before them ("three factions", "rival
wings"), and a part named by a relative after the noun ("one of which … under the name Y",
"the largest of them became known as Y").

No part named, or a part that is no organisation (regional commands, smaller units): nothing.
Read before the generated grammar. See `kg.ingest.lineage.frames`.
"""

from __future__ import annotations

from kg.ingest.lineage.lexicon import (
    ADVERB,
    AUX,
    BROKE_INTO,
    DIVIDED_INTO,
    ITEMS,
    NAMED,
    ORG,
    PARTS,
    REL,
    UNDER_THE_NAME,
    Frame,
    frame,
)

_CUES = ("into",)
# the named parts given as examples of the parts counted: "into rival factions, among them A
# and B", "into several wings, including A", "into three camps, notably A and B" (the parts
# not named state nothing; the ones named are each a split)
_AMONG_THEM = (
    r"(?:(?:(?:chief(?:ly)?\s+)?among\s+(?:them|which|these|others)|including|notably|such\s+as|"
    r"for\s+example|e\.g\.)\s*[,:]?\s*)"
)
# "one of which", "the largest of them", "the first of these"
_ONE_OF_THEM = (
    r"(?:one|(?:the\s+)?(?:largest|biggest|strongest|smallest|most\s+[\w-]+|first|second|"
    r"last))\s+of\s+(?:which|them|these|whom)\b"
)
# how the relative names the part: "under the name Y", "(was) called Y", "became known as Y"
_NAMES_THE_PART = (
    rf"(?:{UNDER_THE_NAME}|(?:(?:was|were|became|is)\s+)?(?:called|named|known\s+as|styled))"
)

PARTS_OF_A_WHOLE: list[Frame] = [
    # "the movement fractured into three factions, A, B and C"; "in 1990 it split into A and B"
    frame("pt-split-into-named-parts", "split",
          rf"(?P<a>{ORG}){REL}\s+{AUX}{ADVERB}(?:{DIVIDED_INTO}\s+(?:{PARTS}\s*[,:]?\s*"
          rf"{_AMONG_THEM}?)?|{BROKE_INTO}\s+{PARTS}\s*[,:]?\s*{_AMONG_THEM}?)(?P<x>{ITEMS})",
          "x", ("a",), _CUES),
    # "the force broke into factions, one of which P led under the name Y"
    frame("pt-split-into-parts-one-named", "split",
          rf"(?P<a>{ORG}){REL}\s+{AUX}{ADVERB}(?:{DIVIDED_INTO}|{BROKE_INTO})\s+{PARTS}\s*,\s*"
          rf"{_ONE_OF_THEM}[^⟦.;]{{0,80}}?\s{_NAMES_THE_PART}\s+(?P<x>{NAMED})",
          "x", ("a",), _CUES),
]  # fmt: skip
