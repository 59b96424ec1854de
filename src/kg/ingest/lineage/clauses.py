"""The core clause of a sentence: its appositives, parentheses and inserted clauses set aside.

Writers put anything between an organisation and its predicate: "The Red Army Faction
(Sekigun-ha), which had itself broken away …", "⟦AM⟧, a compound of its own, was born …",
"⟦A⟧, which had split from ⟦B⟧ in 2009, merged with ⟦C⟧ …". A frame written for "ORG PRED ORG"
reads none of them. Rather than one frame per insertion, the reader reads every sentence twice:
as written (an inserted clause is then read as the clause of its own it is — "⟦A⟧, which had
split from ⟦B⟧" is a relative clause the grammar reads), and as its *core*, the same text with
the insertions blanked to spaces. Blanking keeps every offset, so slots, dates and the review
still point into the sentence; the blanked spans are handed to the dating so a date inside an
insertion never dates the main clause.

An insertion is set aside only where the main clause plainly goes on after it (a predicate
follows), and only when it holds no sentence boundary; a comma list ("⟦A⟧, ⟦B⟧ and ⟦C⟧ merged")
is never an insertion, as its items start with an organisation, not with a determiner,
relative pronoun or participle. What an aside is, and how one is blanked, is
`kg.ingest.clauses`'s, the one clause splitter every reader uses (the leaders reader strips
the same asides); this module only says which readings lineage takes and keeps a name's
other name in brackets.
"""

from __future__ import annotations

import re

from kg.ingest.clauses import PARENTHESIS, Span, blank, inserted_clauses
from kg.ingest.lineage.lexicon import CONCLUSIVE_ADVERB

# "⟦1⟧ (Sekigun-ha)", "the Red Army Faction (Sekigun-ha)": a short name in brackets right after
# a name is that organisation's other name, the one that tells it from a namesake (Japan's Red
# Army Faction, not West Germany's). Blanked, the organisation would be read, and minted, under
# its bare name alone, which another profile's namesake then joins; kept, the sentence is read
# as written or not at all.
_NAME_BEFORE = re.compile(r"(?:⟧|\b[A-Z][\w’'-]*)\s?$")
_ALIAS_IN_BRACKETS = re.compile(r"\s?\([“\"‘']?[A-Z][\w’'-]*(?:[ -][\w’'-]+){0,3}[”\"’']?\)")

# "⟦A⟧ in turn merged with …", "⟦A⟧ for its part broke away …": a connective adverb between
# a subject and its verb ties the clause to the one before and tells nothing of the step; it is
# set aside like an inserted clause (with its commas, if it has them)
_CONNECTIVE = re.compile(
    r"(?<=⟧)(?:\s*,)?\s+(?:in\s+(?:its\s+|their\s+)?turn|for\s+(?:its|their)\s+part|"
    r"in\s+its\s+own\s+right|in\s+the\s+end|at\s+last)(?:\s*,)?(?=\s+[a-z])"
)
# "⟦JAT⟧ is therefore usually treated as a splinter of ⟦MMI⟧", "⟦A⟧ thus broke away …": an
# adverb that draws a conclusion from the sentence before tells nothing of the step either,
# wherever it stands in the clause (after the subject, the copula or an auxiliary)
_CONCLUSIVE = re.compile(
    rf"(?<=[\w⟧])(?:\s*,)?\s+{CONCLUSIVE_ADVERB}(?:\s*,)?(?=\s+[a-z])"
)

__all__ = ["Span", "core", "readings"]


def core(text: str) -> tuple[str, list[Span]]:
    """The text with its parentheses and inserted clauses blanked (same length), and the
    blanked spans. Nothing blanked: the text itself and no spans."""
    views = readings(text)
    return views[-1] if views else (text, [])


def readings(text: str) -> list[tuple[str, list[Span]]]:
    """The sentence's other readings, each a blanked text and its blanked spans: first with
    its parentheses set aside ("⟦1⟧ (in Hausa, …), which had broken away from ⟦2⟧" is then a
    relative clause the grammar reads), then with its inserted clauses set aside too (the
    core clause). Only readings that differ from the one before are given."""
    found: list[tuple[str, list[Span]]] = []
    spans = [m.span() for m in PARENTHESIS.finditer(text) if not _names_an_alias(text, m)]
    if spans:
        found.append((blank(text, spans), list(spans)))
    inserted = inserted_clauses(blank(text, spans), after="⟧")
    inserted += [m.span() for pattern in (_CONNECTIVE, _CONCLUSIVE)
                 for m in pattern.finditer(blank(text, spans))
                 if not any(a <= m.start() < b for a, b in inserted)]
    if inserted:
        spans = sorted(spans + inserted)
        found.append((blank(text, spans), spans))
    return found


def _names_an_alias(text: str, bracket: re.Match[str]) -> bool:
    """Whether the bracket is a name's other name ("Red Army Faction (Sekigun-ha)")."""
    return bool(_ALIAS_IN_BRACKETS.fullmatch(bracket.group(0))
                and _NAME_BEFORE.search(text, 0, bracket.start()))
