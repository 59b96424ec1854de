"""A leadership the text declares collective, and the persons it names as its members.

Some groups are led by a body, not a person: "collective leadership, the 'Weather Bureau'",
"the movement was led collectively by a council, the Majlis". Membership of a body is not
leadership in general (a politburo member is not the party's leader), so a member is read as a
leader only once the text has declared that the body *is* the group's leadership, and only
with the date the text gives for the membership ("X: Bureau member from 1969", "Y sat on the
Bureau from 1971", "Z joined the Bureau in 1972").

The body's name is never a person: the template may take a capitalised name in quotes for one
("Weather Bureau"), so its tokens are turned into another organisation's (⟪X⟫) here.
"""

from __future__ import annotations

import re

from kg.ingest.leaders.lexicon import _D, _NEGATION, _P
from kg.ingest.leaders.model import LeadershipState, Reading, Template, Tenure, _typed

# the declaration: "collective leadership, the “Bureau”", "a collective leadership known as the
# Command", "(was) led collectively by a council, the Majlis"
_NAME = r"(?P<body>⟪P\d+⟫|⟪X⟫|(?-i:[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}))"
_DECLARED = re.compile(
    rf"(?:\bcollective\s+leadership|\b(?:led|run|directed|headed)\s+collectively\s+by|"
    rf"\bcollectively\s+(?:led|run|directed|headed)\s+by)"
    rf"\s*(?:,|:|\(|—|–|-|\bof\b|\bknown\s+as\b|\bcalled\b|\bnamed\b)?\s*"
    rf"(?:(?:a|an|its|the)\s+(?:[a-z-]+\s+){{0,3}}?(?:council|committee|bureau|command|body|"
    rf"board|directorate|politburo|shura|collective)\s*(?:,|\(|—|–|\bknown\s+as\b|\bcalled\b)?\s*)?"
    rf"(?:the\s+)?[“\"‘']?{_NAME}",
    re.I,
)


def _member() -> list[re.Pattern[str]]:
    """The wordings of membership of the declared body, over a template whose body is ⟪B⟫."""
    of = r"(?:a\s+)?(?:⟪B⟫\s+member|member\s+of\s+(?:the\s+)?⟪B⟫)"
    when = rf"(?:from|since|in)\s+(?P<date>{_D})"
    return [
        # a list: "X, Y and Z sat on the Bureau from 1969", "X and Y were Bureau members from …"
        re.compile(
            rf"(?P<list>{_P}(?:\s*,\s*{_P})*\s*,?\s+and\s+{_P})\s+(?:(?:were|became|remained)\s+"
            rf"(?:⟪B⟫\s+members|members\s+of\s+(?:the\s+)?⟪B⟫)|(?:sat|served)\s+on\s+"
            rf"(?:the\s+)?⟪B⟫|joined\s+(?:the\s+)?⟪B⟫)\s+{when}",
            re.I,
        ),
        # a labelled line: "X: Bureau member from 1969", "X (Y): member of the Bureau since 1970"
        re.compile(rf"^\s*(?:[-•*–]\s*)?(?P<o>{_P})\s*(?:\([^()]*\)\s*)?:\s*{of}\s+{when}", re.I),
        # a clause: "X was a member of the Bureau from 1969", "X became a Bureau member in 1970",
        # "X sat on the Bureau from 1971", "X joined the Bureau in 1972"
        re.compile(
            rf"(?P<o>{_P})(?:\s*,[^,;]{{1,60}},)?\s+(?:(?:was|became|remained|has\s+been|had\s+been)"
            rf"\s+{of}|(?:sat|served)\s+on\s+(?:the\s+)?⟪B⟫|joined\s+(?:the\s+)?⟪B⟫)\s+{when}",
            re.I,
        ),
    ]


def read_collective(tpl: Template, state: LeadershipState, reading: Reading) -> None:
    """Declare a collective leadership body, or read the members of the declared one."""
    declared = _DECLARED.search(tpl.text)
    if declared is not None and _NEGATION.search(
        re.split(r"[,;:()]", tpl.text[max(0, declared.start() - 40) : declared.start()])[-1]
    ):
        declared = None  # "it has no collective leadership", "never led collectively by …"
    if declared is not None:
        token = declared["body"]
        if token == "⟪X⟫":
            named = tpl.text.count("⟪X⟫", 0, declared.start("body"))
            token = tpl.others[named] if named < len(tpl.others) else token
        state.collective = tpl.persons.get(token.strip("⟪⟫"), token)
    if state.collective is None:
        return
    words = state.collective.split()
    spelt = {state.collective, words[-1]}
    tokens = [t for t, name in tpl.persons.items() if name in spelt]
    others = iter(tpl.others)
    # the body named as another organisation ("sat on the Majlis Council"): ⟪B⟫ too
    marked = re.sub("⟪X⟫", lambda m: "⟪B⟫" if next(others, None) in spelt else m.group(0),
                    tpl.text)
    for token in tokens:
        marked = marked.replace(f"⟪{token}⟫", "⟪B⟫")
    for name in sorted(spelt, key=len, reverse=True):
        marked = re.sub(rf"(?:the\s+)?(?<![\w⟪]){re.escape(name)}(?![\w⟫])", "⟪B⟫", marked)
    marked = re.sub(r"[“\"‘']⟪B⟫[”\"’']", "⟪B⟫", marked)
    if declared is None:
        read: list[tuple[int, int]] = []
        for pattern in _member():
            for match in pattern.finditer(marked):
                if any(a < match.end() and match.start() < b for a, b in read):
                    continue  # "X, Y and Z sat on …": the list, read once, in its order
                read.append(match.span())
                members = re.findall(_P, match.groupdict().get("list") or match["o"])
                when = tpl.dates.get(match["date"].strip("⟪⟫"))
                for member in members:
                    who = tpl.persons.get(member.strip("⟪⟫"))
                    if who is None or who in state.tenures or who in tpl.partial or when is None:
                        continue
                    tenure = Tenure(who, when)
                    state.tenures[who] = tenure
                    reading.tenures.append(tenure)
                    _typed(reading, who)
    _unperson(tpl, tokens)


def _unperson(tpl: Template, tokens: list[str]) -> None:
    """The body's tokens become another organisation's (⟪X⟫): a body is never a person."""
    for token in tokens:
        position = tpl.text.find(f"⟪{token}⟫")
        while position >= 0:
            tpl.others.insert(tpl.text.count("⟪X⟫", 0, position), tpl.persons[token])
            tpl.text = tpl.text[:position] + "⟪X⟫" + tpl.text[position + len(token) + 2 :]
            position = tpl.text.find(f"⟪{token}⟫")
        del tpl.persons[token]
