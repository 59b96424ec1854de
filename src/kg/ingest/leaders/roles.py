"""Aliases ("alias", "also known as", kunyas, noms de guerre, a name in brackets) and the
roles that are not leadership (deputy, spokesman, security chief, ideologue, founder…).
"""

from __future__ import annotations

import re

from kg.ingest.leaders.lexicon import _P
from kg.ingest.leaders.model import Reading, Template


def _read_aliases(tpl: Template, reading: Reading) -> None:
    def person(token: str) -> str | None:
        return tpl.persons.get(token.strip("⟪⟫"))

    for match in _ALIAS.finditer(tpl.text):
        main, alias = person(match["p"]), person(match["a"])
        if main and alias and main != alias:
            reading.aliases.append((main, alias))
    for match in _QUOTED_ALIAS.finditer(tpl.text):
        main = person(match["p"])
        if main and (main, match["a"].strip()) not in reading.aliases:
            reading.aliases.append((main, match["a"].strip()))
    for pair in tpl.nicknames:
        if pair not in reading.aliases:
            reading.aliases.append(pair)
    for match in _BRACKETED_QUOTE.finditer(tpl.text):
        main = person(match["p"])
        if main and (main, match["a"].strip()) not in reading.aliases:
            reading.aliases.append((main, match["a"].strip()))
    for match in _BRACKETED_ALIAS.finditer(tpl.text):
        main, alias = person(match["p"]), person(match["a"])
        if main and alias and main != alias and (main, alias) not in reading.aliases:
            reading.aliases.append((main, alias))


def _read_roles(tpl: Template, reading: Reading) -> None:
    for pattern in (_ROLE_BEFORE, _ROLE_AFTER, _ROLE_SERVED, _ROLE_SITS, _ROLE_REVERSED):
        for match in pattern.finditer(tpl.text):
            role = " ".join(match["role"].lower().split())
            if pattern is _ROLE_SITS:
                role = f"member of the {role}"
            tokens = [match["p"], *([match["p2"]] if "p2" in pattern.groupindex and match["p2"] else [])]  # noqa: E501
            for token in tokens:
                who = tpl.persons.get(token.strip("⟪⟫"))
                who = next((main for main, alias in reading.aliases if alias == who), who)
                if who is None or (who, role) in reading.roles:
                    continue
                if any(t.person == who for t in reading.tenures) and role in (
                    "founder", "co-founder", "commander", "military commander"
                ):
                    continue  # "the group's founder, X, … led it": a founder who led
                reading.roles.append((who, role))


# ------------------------------------------------------------------ aliases and roles

_AKA = (
    r"(?:alias|a\.k\.a\.|aka|also\s+known\s+as|better\s+known\s+(?:as|by\s+(?:his|her|⟪H⟫(?:’s)?)\s+"
    r"(?:nom\s+de\s+guerre|kunya|nickname|alias))|known\s+(?:to\s+[\w\s]{1,30}?\s+)?as|"
    r"also\s+called|nicknamed|whose\s+(?:kunya|nom\s+de\s+guerre|nickname|alias)\s+is|"
    r"(?:his|her|⟪H⟫(?:’s)?)\s+(?:kunya|nom\s+de\s+guerre)|"
    r"who\s+(?:took|adopted|uses|used|goes\s+by)\s+the\s+(?:name|nom\s+de\s+guerre|kunya)|"
    r"whose\s+(?:real|birth|given|true)\s+name\s+(?:is|was)|born)"
)
_ALIAS = re.compile(
    rf"(?P<p>{_P})\s*(?:,\s*|\(\s*)(?:{_AKA}|kunya)\s+(?P<q>[‘“\"'])?(?P<a>{_P})"
)
_QUOTED_ALIAS = re.compile(
    rf"(?P<p>{_P})\s*(?:,\s*|\(\s*)(?:{_AKA})\s+[‘“\"']"
    r"(?P<a>[^’”\"'⟪,]{1,60}?),?[’”\"']"
)
# "Ibrahim Awad al-Badri (Abu Dua)": a name in brackets right after a name
_BRACKETED_ALIAS = re.compile(rf"(?P<p>{_P})\s*\(\s*[‘“\"']?(?P<a>{_P})[’”\"']?\s*\)")
_BRACKETED_QUOTE = re.compile(rf"(?P<p>{_P})\s*\(\s*[‘“\"](?P<a>[^’”\"⟪()]{{1,40}}?)[’”\"]\s*\)")
_ROLE = (
    r"(?:(?:first|second|third|new|former|top|senior|chief|military|deputy|security|media|"
    r"religious|spiritual|political|field|regional|local|international|eastern|western|"
    r"northern|southern)\s+){0,3}"  # bounded: a run of adjectives is never rescanned
    r"(?:deputy(?:\s+(?:leader|emir|commander))?|spokes(?:man|woman|person)|"
    r"(?:second|third|fourth)-in-command|"
    # "security chief", "the group's security and military chief", "chief of operations"
    r"(?:security|military|intelligence|operations)(?:\s+and\s+(?:security|military|"
    r"intelligence|operations))?\s+chief|chief\s+of\s+(?:security|operations|intelligence)|"
    r"head\s+of\s+security|treasurer|ideologue|financier|negotiator|strategist|"
    r"brother-in-law|(?:military\s+)?commander|co-founder|founder|mufti|judge|envoy|recruiter|"
    r"governor)"
)
_GROUP_WORDS = r"(?:the\s+(?:group|movement|organi[sz]ation|network)\b|it\b|(?:the\s+)?⟪G⟫)"
_ROLE_BEFORE = re.compile(
    rf"(?:(?:his|her|its|the\s+group[’']s|the|a|an|⟪H⟫(?:’s)?)\s+)?(?P<role>{_ROLE})(?:\s+of\s+{_GROUP_WORDS})?,?\s+(?P<p>⟪P\d+⟫)",
    re.I,
)
_ROLE_AFTER = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s*,\s*(?:(?:the|a|an|its|his|her|⟪H⟫(?:’s)?|the\s+(?-i:[a-z]{{2,20}})[’']s|⟪G⟫[’']s)\s+)?"
    rf"(?:(?-i:[A-Z][\w’'\-]{{1,40}})\s+)?(?P<role>{_ROLE})\b",
    re.I,
)
_ROLE_SERVED = re.compile(
    rf"(?P<p>⟪P\d+⟫)\s+(?:(?:has\s+served|served|serves|is|was|has\s+been)\s+as\s+"
    rf"(?:(?:⟪P\d+⟫(?:[’']s)?|its|the\s+group[’']s|the|a|an)\s+)?"
    # "Makki is Saeed's brother-in-law and deputy", "X is a spokesman of the movement"
    rf"|(?:is|was)\s+(?:⟪P\d+⟫[’']s|(?-i:[A-Z][\w\-]{{1,30}})[’']s|its|the\s+group[’']s|"
    rf"(?:a|the)(?=\s+\w+\s+of\b))\s+"
    rf"(?:[\w-]{{1,20}}\s+and\s+)?"
    # "was appointed spokesman", "became military chief", "was named the group's security chief"
    rf"|(?:was|were)\s+(?:named|appointed|made)\s+(?:(?:its|the\s+group[’']s|the|a|an)\s+)?"
    rf"|became\s+(?:(?:its|the\s+group[’']s|the|a|an)\s+)?)(?P<role>{_ROLE})\b",
    re.I,
)
# the role first: "the group's spokesman throughout the fighting was X", "its treasurer is X"
_ROLE_REVERSED = re.compile(
    rf"(?:\b(?:its|his|her)|\bthe\s+group[’']s|⟪G⟫[’']s|(?-i:\bThe))\s+(?P<role>{_ROLE})"
    rf"(?:\s+(?-i:[a-z]+)){{0,4}}?\s+(?:was|is|(?:has|had)\s+(?:long\s+|always\s+)?been|remained|"
    rf"remains)\s+(?P<p>⟪P\d+⟫)"
    rf"(?![’']s)",
    re.I,
)
# "⟪P⟫ and ⟪P⟫ sit on the executive committee": members of a top body, not leaders
_ROLE_SITS = re.compile(
    r"(?P<p>⟪P\d+⟫)(?:\s*,?\s+and\s+(?P<p2>⟪P\d+⟫))?\s+(?:sits?|sat|has\s+sat|serves?|served)\s+"
    r"on\s+(?:the\s+|its\s+|the\s+group[’']s\s+)?(?P<role>(?:executive|central|leadership|"
    r"shura|military|political)\s+(?:committee|council|bureau|body))\b",
    re.I,
)


