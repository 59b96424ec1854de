"""The core clause of a sentence, with the asides that stand between a subject and its
predicate taken out: a parenthetical ("X (alias Y) took over"), an appositive noun phrase
("X, a physician from Rafah, founded …"), a participle phrase ("the organisation, weakened by
arrests, was headed by …") and a participle phrase that opens the sentence ("Having fought in
Chad in 1987, X became …").

Why a module of its own: every reader of the profiles (leadership, lineage, attribution) meets
the same problem — the next writer puts something between the subject and the verb, and a
pattern that expects them side by side reads nothing, or reads the aside's date as the
predicate's. Taking the aside out first lets one predicate pattern serve every wording; the
aside itself stays in the original text, for the readers of aliases and roles, and a date in it
is never the predicate's.

The functions work on any text whose names are already tokens (`⟪P0⟫`, `⟪G⟫`, …): the caller
says which tokens may be the subject (`anchor`) and which asides it must keep (`keep`, e.g. one
with a leader word that a later stage reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What an appositive noun phrase opens with: a determiner or possessive ("a former teacher",
# "the son of a fisherman", "his brother-in-law", "⟪P1⟫’s deputy"), or an adverb of time
# before one ("for years the treasurer", "long the family's fund-raiser", "once a student").
_NP_START = (
    r"(?:(?:for\s+(?:long|years|decades|a\s+time)|long|once|then|later|now|by\s+then|"
    r"at\s+the\s+time|until\s+then|formerly|previously)\s+)?"
    r"(?:a|an|the|his|her|its|their|one\s+of|(?:⟪[A-Z]\d*⟫|[A-Z][\w’'-]+)[’']s?)\b"
)
# An alias phrase: "known to the guerrillas as ⟪P1⟫", "better known as ⟪P1⟫", "alias ⟪P1⟫"
_ALIAS_START = (
    r"(?:(?:also|better|widely)\s+)?known\s+(?:to\s+[^,;⟪]{1,40}?\s+)?as|alias|a\.k\.a\.|aka|"
    r"nicknamed|also\s+called"
)
# A participle phrase: "weakened by arrests", "released in 2009", "born in Kidal"
_PARTICIPLE_START = r"(?:born|[a-z]{3,}(?:ed|en)|by\s+then|long\s+since)\b"
# What makes a phrase a clause, not an aside: a relative pronoun, an auxiliary or a finite verb
# of its own, or a conjunction that coordinates clauses.
_CLAUSE_WORD = re.compile(
    r"\b(?:who|whom|whose|which|that|was|were|is|are|has|had|have|will|would|did|does|and\s+"
    r"(?:was|were|is|has|had|then)|led|leads|heads|took|takes|became|becomes|founded|said|"
    r"says|told|claimed)\b"
)
_PARENTHETICAL = r"\s*\((?P<paren>[^()]{1,120})\)"


@dataclass(frozen=True)
class Aside:
    """An aside taken out of a text: where it stood (in the text it was taken from) and
    what it said."""

    start: int
    end: int
    text: str


def strip_asides(
    text: str,
    anchor: str,
    *,
    keep: re.Pattern[str] | None = None,
    participles: bool = False,
    not_participles: re.Pattern[str] | None = None,
) -> tuple[str, list[Aside]]:
    """`text` with the parenthetical and the appositive right after each `anchor` (a regex of
    the subject tokens) taken out, and the asides taken, in order.

    An appositive is ", NP," — a noun phrase with a determiner, no verb of its own — and is
    taken only where the text goes on after it (a comma closes it); with `participles`, also
    ", participle phrase,". An aside that `keep` matches stays (a stage after this one reads
    it), and so does a participle that `not_participles` matches ("named emir in 2011" is a
    tenure, not an aside). A parenthetical with a digit stays unless it gives a birth ("(born
    1970)"): "(1998–2005)" is a tenure's range."""
    appositive = f"{_NP_START}|{_ALIAS_START}" + (f"|{_PARTICIPLE_START}" if participles else "")
    pattern = re.compile(
        rf"(?P<anchor>{anchor})(?P<bracket>{_PARENTHETICAL})?"
        rf"(?P<apos>\s*,\s*(?P<np>(?:{appositive})[^,;:()⟪]{{0,80}}?"
        rf"(?:⟪[A-Z]\d*⟫[’']?s?[^,;:()⟪]{{0,60}}?){{0,2}})(?:\s*,\s*(?=(?!(?:and|or|but|who|whom|whose|which)\b)[a-z⟪])|\s*(?=;)))?"
    )
    asides: list[Aside] = []
    parts: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        paren, np = match["paren"], match["np"]
        cuts: list[tuple[int, int]] = []
        digits = re.sub(r"⟪[A-CE-Z]\d*⟫", "", paren or "")  # a person token's number is no date
        if paren is not None and (not re.search(r"\d|⟪D", digits) or re.match(
            r"\s*(?:born|b\.)\s", paren
        )) and not (keep and keep.search(paren)):
            cuts.append(match.span("bracket"))
        if np is not None and not _CLAUSE_WORD.search(np) and not (keep and keep.search(np)) and (
            not (not_participles and not_participles.match(np))
        ):
            # the appositive and the commas around it: "X, a teacher, took" → "X took"
            cuts.append(match.span("apos"))
        for cut_from, cut_to in cuts:
            asides.append(Aside(cut_from, cut_to, text[cut_from:cut_to]))
            parts.append(text[position:cut_from])
            parts.append(" ")
            position = cut_to
    parts.append(text[position:])
    stripped = re.sub(r"[ ]{2,}", " ", "".join(parts))
    stripped = re.sub(r"\s+([,;:.])", r"\1", stripped)
    return stripped, asides


# A participle phrase that opens a sentence and ends at its first comma: "Having fought in
# Chad in 1987,", "Born in Kidal in 1961,", "Released from prison in 2009,".
OPENING_PARTICIPLE = re.compile(
    r"^(?:Having\s+(?:been\s+)?[a-z]+|Born|(?!(?:Founded|Formed|Established|Created|Launched|"
    r"Named|Appointed|Elected|Chosen|Installed|Proclaimed|Made|Designated|Selected|Picked|"
    r"Confirmed|Led|Headed|Succeeded|Replaced|United|Based|Reported|Believed|Said|Thought)\b)"
    r"[A-Z][a-z]{2,}(?:ed|en))\b[^,;]{1,120},\s*"
)
"""The opening participle phrase of a sentence: its own clause, whose dates are never the main
predicate's. Verbs of founding and of taking a post are left out: "Named emir in 2011, X led
…" tells the tenure itself."""


# --- Blanking: the same asides set aside with every offset kept ---------------------------
# `strip_asides` removes an aside; a reader that points back into the sentence (slots, dates,
# the review) blanks it instead, to spaces of the same length. The lineage reader reads every
# sentence as written, without its parentheses, and as its core clause (`blanked_readings`).

Span = tuple[int, int]

# "(Sekigun-ha)", "(the “Bund”)", "(Marxist-Leninist)": a parenthesis with no name token in it
PARENTHESIS = re.compile(r"\s?\([^()⟦⟪;.]{1,80}\)")
# What opens an inserted clause after a name: a determiner (an appositive noun phrase), a
# relative pronoun, a participle or a short adverbial ("⟦1⟧, which had split from ⟦2⟧ in 2009,
# merged …"; "⟦1⟧, formed in 2010, merged …").
INSERTED_CLAUSE_OPENER = (
    r"(?:an?|the|its|itself|one|once|then|now|formerly|originally|later|long|both|each|"
    r"which|who|whose|that|where|when|whom|"
    r"(?:[a-z]+ed|born|known|led|founded|formed|built|set\s+up|based|made\s+up)\b|"
    r"(?:in|by|from|after|until|since|with|under|like|unlike|as)\b)"
)


def inserted_clauses(text: str, *, after: str) -> list[Span]:
    """The inserted clauses of `text` that follow a name token (`after`: a lookbehind for the
    token's end, e.g. "⟧"), each with its commas: an insertion ends at the comma after which a
    predicate follows (a lower-case word that is not a list's connector), and holds no
    sentence boundary. A comma list ("⟦A⟧, ⟦B⟧ and ⟦C⟧ merged") is never an insertion: its
    items open with a name, not with a determiner, relative pronoun or participle."""
    pattern = re.compile(
        rf"(?<={after})(?P<aside>\s*,\s{{1,3}}{INSERTED_CLAUSE_OPENER}[^,;.()]{{1,120}}?,)"
        r"(?=\s{1,3}(?!and\b|or\b|but\b|⟦|⟪|the\s+⟦)(?-i:[a-z]))",
        re.I,
    )
    return [m.span("aside") for m in pattern.finditer(text)]


# --- Asides inside a role of the lineage grammar -----------------------------------------
# A lineage frame's role is a list of parties ("⟦A⟧ (the Masked Men), ⟦B⟧, which had split from
# ⟦C⟧ in 2009, and ⟦D⟧ merged"). There an aside may hold a name (a parenthesis giving another
# name, an inserted clause telling another step), and an inserted clause ends before the list's
# "and" rather than at a comma before a predicate; `kg.ingest.lineage.roles` blanks both out of
# a role before reading its parties. Kept here, beside the clause-level asides above, so every
# notion of an aside is read, and changed, in one module.
ROLE_PARENTHESIS = r"(?:\s{0,3}\([^()]{1,60}\))"
LIST_ITEM_INSERT = (
    r"(?:\s{0,3},\s{0,3}(?:which|that|who|whose|itself|formed|founded|created|established|set\s+up|"
    r"born|led|or|an?)\b[^;.()]{1,120}?(?=\s{0,3},\s{0,3}and\s|\s{1,3}and\s))"
)


def blank(text: str, spans: list[Span]) -> str:
    """`text` with each span replaced by as many spaces: every offset stays where it was."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
