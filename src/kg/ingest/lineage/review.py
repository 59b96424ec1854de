"""What lineage-like wording stated nothing, and why, for `--review`.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.lineage.lexicon import LINEAGE_WORDS, PLEDGE, Frame
from kg.ingest.sections import Section
from kg.ingest.slots import Slotted

# --- what is not lineage however worded ----------------------------------------------------
_NEGATED = re.compile(r"\b(?:not|never|no|nor)\b", re.I)


def negated(clause: str) -> bool:
    """Whether a clause read as lineage says it did not happen ("was not part of", "never
    formed one organisation", "did not merge")."""
    return bool(_NEGATED.search(clause))


_SURVIVED = re.compile(
    r"\b(?:fought\s+on|survived|lived\s+on|carried\s+on|continued\s+(?:to\s+(?:exist|fight|"
    r"operate)|on|independently|its\s+own)|remained\s+(?:independent|intact|active)|"
    r"kept\s+(?:fighting|its\s+name|operating))\b",
    re.I,
)


def survived(rest: str) -> bool:
    """Whether what follows a clause says the organisation it took fighters from lived on
    ("…, but X fought on"): fighters taken in, not an absorption."""
    return bool(_SURVIVED.search(rest))


# "…, but never split from it", "…, though it did not merge with them": the step denied later
# (the denial's object is the party again — "it", "them", "the group" —, never other people:
# "…, but most fighters never left" is theirs)
_DENIED_AFTER = re.compile(
    r"[^.;]*?\b(?:but|though|although|yet)\s+(?:(?:it|they|the\s+(?:group|organi[sz]ation|"
    r"movement|party|front))\s+)?(?:\w+\s+)?(?:never|not|no\s+longer)\s+(?:\w+\s+)?"
    r"(?:split|splinter\w*|broke\s+away|broken\s+away|seceded|merged?|joined|left|absorbed|"
    r"integrated|folded)\b(?:\s+(?:away\s+)?(?:from|with|into))?\s+(?:it|them|the\s+"
    r"(?:group|organi[sz]ation|movement|party|front))\b",
    re.I,
)


def not_lineage_after_all(
    ctx: IngestContext, section: Section, sentence: Sentence, template: Slotted, frame: Frame,
    match: re.Match[str], blanked: list[tuple[int, int]] | None = None,
) -> bool:
    """A clause a frame matched that says the step did not happen ("was not part of", "never
    merged with"), or fighters taken in while their own organisation lived on ("…, but X
    fought on"): nothing is stated, and the review says why. `blanked`: inserted clauses set
    aside (template offsets), whose own negation is theirs, not this clause's."""
    pieces, at = [], match.start()
    for start, end in sorted(blanked or []):
        if match.start() <= start and end <= match.end():
            pieces.append(template.original_span(at, start))
            at = end
    clause = " ".join([*pieces, template.original_span(at, match.end())])
    if negated(clause):
        not_lineage(ctx, section, sentence.line, " ".join(clause.split()),
                     "the clause is negated")
        return True
    if frame.kind in ("split", "merger", "absorption") and _DENIED_AFTER.match(
            template.original_span(match.end(), len(template.text))):
        # "broke with X over tactics in 2009, but never split from it": a quarrel, not a split
        not_lineage(ctx, section, sentence.line, " ".join(clause.split()),
                    "the sentence goes on to deny the step")
        return True
    if frame.kind == "absorption" and survived(template.original_span(match.end(),
                                                                      len(template.text))):
        not_lineage(ctx, section, sentence.line, " ".join(clause.split()),
                     "the organisation the fighters came from lived on: recruits, not an "
                     "absorption")
        return True
    return False



NOT_DESCENT = re.compile(r"\b(?:sister|wing|front\s+organi[sz]ation|political\s+party)\b", re.I)
_STATED = ("splitFrom", "renamedFrom", "absorbed ", "formedByMergerOf", "affiliate of")


def stated_lineage(ctx: IngestContext, section: Section, told: int) -> bool:
    """Whether a lineage step was stated since the section's review held `told` lines."""
    new = ctx.reports[section.key].extracted[told:]
    return any(word in line for line in new for word in _STATED)


def review_unused_lineage(
    ctx: IngestContext, section: Section, sentence: Sentence, told: int, refused: list[str]
) -> None:
    """A sentence worded like lineage from which no lineage was stated is named in the review
    with the reason, so an analyst can add what the reader left out."""
    cue = LINEAGE_WORDS.search(sentence.text)
    if cue is None or stated_lineage(ctx, section, told):
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
    not_lineage(ctx, section, sentence.line, cue.group(0), reason)


def not_lineage(ctx: IngestContext, section: Section, line: int, text: str, reason: str) -> None:
    """A lineage-like candidate left unused, with why, in the section's review (`--review`
    lists it beside the names, dates and numbers no statement used)."""
    ctx.reports[section.key].unused.append(
        (line, text, "lineage", f"lineage-like wording not used: {reason}; no lineage recorded")
    )

