"""The group's founding date as another section tells it, for a tenure told "from its
formation" in the leadership paragraph ("X directed the group from its formation until 2020";
the history: "The group is reported to have been formed in or about 2007").

Only the passive of founding with the group itself as subject counts (in either order: "Was
founded the Front in 1983", a translation's), or a fact sheet's "Founded: c. 2014" field that
opens a line; the first one told counts; an
approximate date stays approximate ("in or about 2007" is 2007~).
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext
from kg.ingest.dates import PartialDate
from kg.ingest.leaders.lexicon import _D, _GROUP, _LEADER_WORD
from kg.ingest.leaders.model import LeadershipState, Template
from kg.ingest.leaders.persons import template

_FOUNDED_PASSIVE = re.compile(
    rf"(?:^|[;,]\s*)(?:the\s+)?⟪G⟫\s+(?:(?:is|was)\s+(?:reported|said|believed|thought|known)\s+"
    rf"to\s+have\s+been|was|were|had\s+been)\s+(?:officially\s+|formally\s+)?(?:formed|founded|"
    rf"established|created|set\s+up|launched)\s+(?:in|on)\s+(?:or\s+(?:about|around)\s+)?"
    rf"(?P<date>{_D})"
    # a translation's inverted passive: "Was founded the Front in 1983 as …"
    rf"|(?:^|[;,]\s*)(?:was|were)\s+(?:officially\s+|formally\s+)?(?:formed|founded|"
    rf"established|created|set\s+up|launched)\s+(?:the\s+)?⟪G⟫\s+(?:in|on)\s+"
    rf"(?:or\s+(?:about|around)\s+)?(?P<date2>{_D})"
    # the founding dated by the writer's account of it: "The group is usually dated to 13 March
    # 1960", "The front dates back to 1975", "The movement traces its origins to 2001"
    rf"|(?:^|[;,]\s*)(?:the\s+)?⟪G⟫\s+(?:(?:is|was)\s+(?:(?:usually|generally|commonly|often|"
    rf"widely)\s+)?dated\s+(?:back\s+)?to|dates\s+(?:back\s+)?(?:to|from)|traces\s+its\s+"
    rf"(?:origins?|roots|beginnings?|founding)\s+(?:back\s+)?to)\s+(?:(?:in\s+)?(?:or\s+)?"
    rf"(?:about|around)\s+)?(?P<date4>{_D})"
    # a fact sheet's field: "Founded: c. 2014, Kattankudy", "Established: March 2009"
    rf"|^\s*(?:[-•*]\s*)?(?:founded|formed|established|created)(?:\s+(?:in|on))?\s*:\s*"
    rf"(?:(?:c\.|ca\.|circa|about|around|approximately)\s*)?(?P<date3>{_D})",
    re.I,
)
FROM_THE_BIRTH = re.compile(
    r"\b(?:from|since)\s+(?:(?:its|the\s+group[’']s|⟪G⟫[’']s|the)\s+(?:formation|founding|creation|"
    r"birth|inception|establishment|foundation|origins?|beginnings?|start)\b"
    r"(?!\s+(?:in|on)\s+⟪D)(?!\s+of\b)"
    # "was its leader from the first day", "from the outset", "from day one": the start of the
    # group, unless another thing's start is named ("from the start of the war")
    r"|(?:the\s+)?(?:very\s+)?(?:first\s+day|outset|start|beginning|day\s+one)\b"
    r"(?!\s+(?:of|in|on)\b))",
    re.I,
)
"""A start told by reference to the group's birth, with no date of its own: the founding this
paragraph dated for the same person ("founded the group in D and was its leader from the first
day"), else the one the history section dates."""


FIRST_POST = re.compile(
    rf"\b(?:first|founding|original|inaugural)\s+{_LEADER_WORD}"
    rf"(?:\s+(?:of|over)\s+{_GROUP})?(?!\s+(?:of|for|over|in|at)\b)",
    re.I,
)
"""The group's first post ("is described as its first chief", "X, the founding emir, …"): a
post held from the group's birth, so its start is the founding's date, which the sentence, the
paragraph or the history tells — never another body's first post ("the first chief of the
Front", "its first emir in Gaza")."""


def founding_elsewhere(ctx: IngestContext | None) -> PartialDate | None:
    """The date the history section first says the group was founded, formed or created."""
    section = ctx.layout.get("history") if ctx is not None else None
    if ctx is None or section is None:
        return None
    for sentence in ctx.sentences(section):
        told = founding_told(template(ctx, sentence.text, LeadershipState()))
        if told is not None:
            return told
    return None


def founding_told(tpl: Template) -> PartialDate | None:
    """The group's founding date as this sentence tells it, if it does."""
    match = _FOUNDED_PASSIVE.search(tpl.text)
    if match is None:
        return None
    token = match["date"] or match["date2"] or match["date3"] or match["date4"]
    return tpl.dates.get(token.strip("⟪⟫"))
