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
from kg.ingest.leaders.lexicon import _D
from kg.ingest.leaders.model import LeadershipState
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


def founding_elsewhere(ctx: IngestContext | None) -> PartialDate | None:
    """The date the history section first says the group was founded, formed or created."""
    section = ctx.layout.get("history") if ctx is not None else None
    if ctx is None or section is None:
        return None
    for sentence in ctx.sentences(section):
        tpl = template(ctx, sentence.text, LeadershipState())
        match = _FOUNDED_PASSIVE.search(tpl.text)
        if match:
            token = match["date"] or match["date2"] or match["date3"]
            return tpl.dates.get(token.strip("⟪⟫"))
    return None
