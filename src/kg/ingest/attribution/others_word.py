"""Statements in which others' word decides the modality, read by the shape of the clause
rather than by a verb before a name (fourteenth round, `dev-15`):

- a responsibility field whose items name their source in a parenthesis, as a fact sheet's
  table writes it ("Responsibility: ⟦X⟧ (Government); ⟦Y⟧ (claim, 23 April)"): an item
  qualified by a voice (the police, the army, "according to …") is that voice's word,
  `attributed`; one qualified by a claim is the group's claim; a parenthesis that is neither (an
  expansion, a count) is left to the other shapes, which read the field as before;
- mutual blame ("each side blamed the other", "the two groups accused each other"): the sides
  the sentence names are each blamed by the other, `attributed`, never the doer told;
- others' attribution pointing back by a pronoun ("⟦X⟧ never claimed it, but it has been
  widely attributed to them"): the one organisation the sentence names before it.

Each returns `Statement`s for the reader (`reader`), which orders them with the others."""

from __future__ import annotations

import re

from kg.ingest.attribution.claimants import _groups
from kg.ingest.attribution.lexicon import _MEMBERS, _SPEAKER
from kg.ingest.attribution.model import Statement
from kg.ingest.context import IngestContext
from kg.ingest.sections import Section
from kg.ingest.slots import NAME, G, Slotted

# the label of a field that says who was responsible, up to the next field ("|") or the end
_RESPONSIBILITY_FIELD = re.compile(
    r"(?:^|[.;|]\s*)\W*(?:responsibility|responsible|perpetrators?|attribution|attributed\s+to|"
    r"blamed\s+on|perpetrated\s+by|carried\s+out\s+by)\s*:\s*(?P<field>[^|]*)",
    re.I,
)
# one item of the field: a name (its men, or men linked to it), then its source in parentheses
_SOURCED_ITEM = re.compile(
    rf"(?P<list>(?:the\s+)?(?:{G}|{NAME}))(?:-(?:linked|affiliated|aligned)\s+[a-z]+|"
    rf"\s+{_MEMBERS})?\s*\((?P<source>[^()]{{1,80}})\)",
    re.I,
)
_CLAIM_SOURCE = re.compile(r"^\s*(?:self-)?claim(?:s|ed)?\b", re.I)
# a voice, as the shared list of speakers has it, or a source introduced by "according to"
_VOICE_SOURCE = re.compile(
    rf"^\s*(?:according\s+to\b.*|per\s+.+|(?:the\s+)?(?:[A-Z][\w.-]*\s+)?{_SPEAKER}\b[^()]*"
    rf"|(?:the\s+)?(?:UN|United\s+Nations|court|courts|inquiry|commission|media|reports?)\b"
    rf"[^()]*)$",
    re.I,
)


def sourced_responsibility(
    ctx: IngestContext, section: Section, template: Slotted, taken: list[tuple[int, int]]
) -> list[Statement]:
    """The items of a responsibility field each qualified by its source in parentheses; their
    spans are taken, so the field's label does not read them as the doers told."""
    found: list[Statement] = []
    for field in _RESPONSIBILITY_FIELD.finditer(template.text):
        start, end = field.span("field")
        for item in _SOURCED_ITEM.finditer(template.text, start, end):
            source = item["source"]
            if _CLAIM_SOURCE.match(source):
                modality = "claimed"
            elif _VOICE_SOURCE.match(source):
                modality = "attributed"
            else:
                continue  # "⟦X⟧ (Front for …)": an expansion or a note, no source
            groups = _groups(ctx, section, template, item.span("list"), named=True, shown=False)
            if not groups:
                continue
            taken.append(item.span("list"))
            found.append(Statement("sourced responsibility", modality, item.start(),
                                   item.end(), tuple(groups)))
    return found


_MUTUAL_BLAME = re.compile(
    r"\b(?:each\s+(?:side|group|party|camp|force)\s+(?:(?:then|later|quickly)\s+)?"
    r"(?:blamed|blames|accused|accuses)\s+the\s+other"
    r"|(?:both(?:\s+sides|\s+groups)?|they|the\s+two(?:\s+sides|\s+groups|\s+parties|"
    r"\s+forces)?)\s+(?:(?:then|later|quickly|also)\s+)?(?:blamed|blame|accused|accuse)\s+"
    r"(?:each\s+other|one\s+another)"
    r"|\b(?:traded|exchanged)\s+(?:blame|accusations))\b",
    re.I,
)


def mutual_blame(template: Slotted) -> list[Statement]:
    """"Fighting broke out between ⟦X⟧ and ⟦Y⟧; each side blamed the other": the one or two
    organisations the sentence names before the blame, each blamed by the other side.
    More than two named, the blame does not say whose it is: nothing."""
    found: list[Statement] = []
    for match in _MUTUAL_BLAME.finditer(template.text):
        sentence = _sentence_start(template.text, match.start())
        sides = list(dict.fromkeys(
            g for g in (template.entity(s) for s in re.findall(G, template.text[
                sentence:match.start()])) if g is not None))
        if 1 <= len(sides) <= 2:
            found.append(Statement("mutual blame", "attributed", sentence, match.end(),
                                   tuple(sides)))
    return found


_ATTRIBUTED_TO_A_PRONOUN = re.compile(
    r"\b(?:(?:attributed|ascribed)\s+to|(?:blamed|pinned)\s+on)\s+(?:them|it)\b"
    r"(?!\s+(?:by|to|for)\b)",
    re.I,
)


def attributed_by_pronoun(template: Slotted) -> list[Statement]:
    """"⟦X⟧ never claimed the killing, but it has been widely attributed to them": the one
    organisation the sentence names before the pronoun; with two or none, nothing."""
    found: list[Statement] = []
    for match in _ATTRIBUTED_TO_A_PRONOUN.finditer(template.text):
        sentence = _sentence_start(template.text, match.start())
        named = list(dict.fromkeys(
            g for g in (template.entity(s) for s in re.findall(G, template.text[
                sentence:match.start()])) if g is not None))
        if len(named) == 1:
            found.append(Statement("attributed to a pronoun", "attributed", match.start(),
                                   match.end(), tuple(named)))
    return found


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins (after the last full stop before it)."""
    stop = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    return stop + 1 if stop >= 0 else 0


# a voice that names nobody: "some sources", "several analysts", "other reports" opening the
# clause that tells others' word (the keys' convention: unnamed sources' ties are suspected,
# a named voice's attributed)
_UNNAMED_VOICE = re.compile(
    r"\W*(?:(?:and|but|while|whereas|yet|though|although)\s+)?(?:(?:some|several|other|a\s+few|"
    r"many|various|unnamed|unconfirmed|anonymous)\s+(?:sources|reports|analysts|observers|"
    r"accounts|researchers|scholars|commentators|authors|historians|experts|journalists|"
    r"writers|officials|press\s+reports|media\s+reports)"
    # "Sources said …", "media reports linked …": bare sources or reports name nobody either
    # ("police sources" name the police, and do not open the clause with "sources")
    r"|(?:(?:media|press|news|local)\s+)?(?:sources|reports))\b",
    re.I,
)
# where the clause that holds others' word opens: a sentence, a semicolon, or a clause
# joined by a comma and a conjunction ("…, and several analysts blamed ⟦X⟧")
_CLAUSE_OPENS = re.compile(r"[.;:]|,\s*(?=(?:and|but|while|whereas|yet)\s)", re.I)


def voiced_by_unnamed(text: str, statement: Statement) -> Statement:
    """Others' word (`attributed`) whose clause opens with a voice that names nobody ("Some
    sources attribute the attacks to ⟦X⟧", "several analysts blamed ⟦X⟧", "some reports
    link the bombers to ⟦X⟧") is a suspicion: who says so is not told, so the text states no
    more than that the group is suspected. A named voice (the police, a ministry, a court)
    keeps it `attributed`; a clause opened by a named voice that unnamed sources then echo
    ("officials blamed ⟦X⟧, and some sources agreed") is the named voice's."""
    if statement.modality != "attributed":
        return statement
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, 0, statement.start)]
    start = opens[-1] if opens else 0
    if not _UNNAMED_VOICE.match(text, start):
        return statement
    return Statement(statement.shape, "implicated", statement.start, statement.end,
                     statement.groups)
