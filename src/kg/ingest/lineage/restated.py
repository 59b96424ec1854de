"""A history sentence restated for the grammar: the historical present put in the past,
another organisation's head noun ("the council") written out as the name it stands for, and
author-date citations set aside.

Each is a way a writer tells a step that the grammar's closed lexicons, its slots and its
dating never reach, whatever the frame (fifteenth round, docs/ingest-lineage-grammar.md):

- the historical present of a dated chronology ("1994: the party splits; …", "January 2009:
  merges with X to form Y", "May 2016: Y renames itself Z"): every lexicon is written in the
  past ("split", "merged", "renamed itself"), so a note in the present was read by no frame.
  Rather than a present form beside every past one in every frame, the third-person present of
  the lexicons' verbs (`kg.ingest.lineage.lexicon.HISTORICAL_PRESENT`) is put in the past, in a
  sentence that carries a year (a step dated in the past is told in the historical present);
  a verb after "today", "now", "still", "currently" or "no longer", or in a sentence with no
  year, is the present it says ("the organisation that today calls itself the BRN") and stays;
- another organisation's head noun as its name: "AQI and five other groups merged into the
  Mujahideen Shura Council, and in October 2006 the council and several tribal factions
  merged into the ISI". "The council" is the one organisation named before it in the sentence
  whose name ends with that noun (a head noun organisations are named with,
  `kg.ingest.group_reference.HEAD_NOUNS`); it is written out as that name, so the slotter and
  every frame read it as the organisation it stands for. Not where two organisations named
  before it end with the noun, where the noun is also one of the group's own head nouns ("the
  Front" in the Sahel Front's profile is the group's: `kg.ingest.group_references`), where the
  noun is one the grammar reads as the group itself ("the group", "the movement", "the
  party", "the organisation"), or where the noun opens a name of its own ("the Council of
  …", "the Council for …").
- an author-date citation ("(ICG 2005; Helbardt 2015)", "(Askew 2010, p. 4)", "(Smith and
  Jones 2004)") names a source, never a date of the step: blanked (same length), so a clause
  with no date of its own is not dated by the year a source was published. A month or a
  season before the year ("(March 2005)", "(spring 2013)") is a date, and stays.

The restated sentence is read; the review quotes the sentence as the profile has it.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.group_reference import HEAD_NOUNS
from kg.ingest.group_references import head_nouns
from kg.ingest.lineage.lexicon import HISTORICAL_PRESENT

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PRESENT = re.compile(
    r"(?<![\w’'-])(?P<verb>" + "|".join(sorted(HISTORICAL_PRESENT, key=len, reverse=True))
    + r")(?![\w’'-])",
    re.I,
)
# the present it says: "today calls itself", "still leads", "no longer merges"
_TRUE_PRESENT = re.compile(r"\b(?:today|now|still|currently|no\s+longer|presently)\s+$", re.I)

# the nouns the grammar reads as the group itself (`kg.ingest.lineage.lexicon.SELF`)
_SELF_NOUNS = {"Group", "Organisation", "Organization", "Movement", "Party", "Alliance"}
_NAME_WORD = r"[A-Z][\w’'-]*(?<![’']s)"


# "(ICG 2005; Helbardt 2015)", "(Askew 2010, p. 4)", "(Smith and Jones 2004)", "(Lia et al.
# 2019)": author and year, never a month, a season or a time word before the year
_MONTH_OR_SEASON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|"
    r"Winter|Early|Late|Mid|Since|Until|From|In|By|Before|After|Around|About|Circa)\b"
)
_AUTHOR = rf"(?!{_MONTH_OR_SEASON})[A-Z][\w’'-]+"
_CITED = (
    rf"(?:see\s+)?{_AUTHOR}(?:\s+(?:and|&)\s+{_AUTHOR}|\s+et\s+al\.?)?,?\s+(?:1[89]|20)\d\d[a-z]?"
    r"(?:\s*,\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?"
)
_CITATION = re.compile(rf"\(\s*{_CITED}(?:\s*;\s*{_CITED})*\s*\)")


def restated(ctx: IngestContext, sentence: Sentence) -> Sentence:
    """The sentence as the grammar reads it (itself where nothing is restated)."""
    text = _CITATION.sub(lambda found: " " * len(found.group(0)), sentence.text)
    text = _in_the_past(text)
    text = _antecedents_named(ctx, text)
    if text == sentence.text:
        return sentence
    return Sentence(sentence.start, sentence.end, text, sentence.line)


def _in_the_past(text: str) -> str:
    """The historical present of the lexicons' verbs in the past, where the sentence carries
    a year; any other sentence as written."""
    if not _YEAR.search(text):
        return text

    def past(found: re.Match[str]) -> str:
        if _TRUE_PRESENT.search(text, 0, found.start()):
            return found.group(0)
        word = found.group(0)
        verb = HISTORICAL_PRESENT[word.lower()]
        return verb[0].upper() + verb[1:] if word[0].isupper() else verb

    return _PRESENT.sub(past, text)


def _antecedents_named(ctx: IngestContext, text: str) -> str:
    """"the council" written out as the one organisation named before it in the sentence
    whose name ends with "Council"."""
    own = {noun.split()[-1] for noun in head_nouns(ctx)} if ctx.subject is not None else set()
    nouns = HEAD_NOUNS - _SELF_NOUNS - own
    pieces: list[str] = []
    position = 0
    for anaphor in re.finditer(
        r"\b(?P<the>[Tt]he)\s+(?P<noun>[a-z]+)\b(?![’'-]|\s+(?:of|for|de|du|des|al|el)\b|"
        r"\s+[A-Z(])",
        text,
    ):
        noun = anaphor["noun"].capitalize()
        if noun not in nouns:
            continue
        names = {" ".join(found.group(0).split()) for found in re.finditer(
            rf"(?:{_NAME_WORD}\s+){{1,6}}{noun}\b", text[: anaphor.start()])}
        names = {re.sub(r"^(?:(?:The|In|On|By|After|Before|Since|When|From)\s+)+", "", name)
                 for name in names}
        names = {name for name in names if name != noun}
        if len(names) != 1:
            continue
        pieces += [text[position : anaphor.end("the")], " ", names.pop()]
        position = anaphor.end()
    return "".join(pieces) + text[position:] if pieces else text
