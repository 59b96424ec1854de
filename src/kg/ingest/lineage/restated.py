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
- another organisation's head noun as its name, in lower case or capitalised ("the Emirate"
  after "the Caucasus Emirate"): "AQI and five other groups merged into the
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

- the verb before its subject (sixteenth round): a text translated with its source's word order
  ("only in 2004 took it the name Y", "In October 2007, when …, entered the jamaat into X",
  "Was founded the jamaat in 2002 by P") puts, after a clause's opening adverbial, the verb
  before the subject. Where that subject is the group (it, they, "the group" and the nouns
  the text names the group by), the two are put back in the order every frame reads ("it took
  the name Y", "the jamaat entered into X", "the jamaat was founded"). Only verbs whose subject
  is the one who acted (split, renamed, took, became, merged, entered …: never absorbed,
  founded or joined, whose object is as often the group: "In 2006 absorbed the group P's
  men"), and only at a clause's start, after a date, a time adverb or a "when" clause: a
  subject before the verb, or another noun after it ("In 2015 swore most of the commanders
  allegiance to X"), is left as written.

The restated sentence is read; the review quotes the sentence as the profile has it.
"""

from __future__ import annotations

import re

from kg.ingest.context import IngestContext, Sentence
from kg.ingest.group_reference import HEAD_NOUNS, own_names
from kg.ingest.group_references import first_words, head_nouns
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
    text = _subject_first(ctx, text)
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
        r"\b(?P<the>[Tt]he)\s+(?P<noun>[A-Za-z][a-z]+)\b(?![’'-]|\s+(?:of|for|de|du|des|al|el)\b|"
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


# verbs whose subject is the one who acted, as a translated text puts them before it; a verb
# whose object is as often the group (absorbed, founded, joined, left) is not one of them
_ACTED = (
    r"split|broke|splintered|seceded|defected|separated|fractured|fragmented|divided|renamed|"
    r"changed|called|adopted|took|assumed|rebranded|became|restyled|reverted|began|merged|"
    r"united|fused|amalgamated|combined|dissolved|pledged|swore|emerged|grew|entered|"
    r"transferred"
)
# the passive's auxiliary before its subject: "Was founded the jamaat in 2002 by P"
_UNDERGONE = (
    r"(?:was|were)\s+(?:founded|formed|created|established|set\s+up|launched|renamed|absorbed|"
    r"incorporated|integrated|merged|dissolved|expelled|banned)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# a clause's start and what may open it before the verb: a time adverb, a date phrase ("in the
# year 2002", "In October 2007"), a "when" clause between commas
_OPENING = (
    r"(?P<open>^\W*|[;:]\s*|,\s+and\s+)"
    r"(?P<lead>(?:(?i:only|then|later|soon|finally|afterwards|thereafter|subsequently)\s+)*"
    r"(?:(?i:in|on|by|from|after|since|during|around|at)\s+(?:the\s+year\s+|(?i:early|late|"
    r"mid)[\s-]+)?(?:\d{1,2}\s+)?(?:" + _MONTH + r"\s+)?(?:1[89]|20)\d\d"
    r"(?:\s*,\s*(?i:when|after|as|once|while|before)\s+[^,;]{1,100}?\s*,)?\s*,?\s+)?)"
)
# the group as the subject after the verb (the nouns the text names it by)
_GROUP_NOUNS = ("group", "organisation", "organization", "movement", "party")


def _subject_first(ctx: IngestContext, text: str) -> str:
    """The group put back before the verb a translated clause puts first."""
    nouns = set(_GROUP_NOUNS)
    if ctx.subject is not None:
        # "the jamaat" of Shariat Jamaat, "the front" of the Dagestani Front: a word of the
        # group's own names in lower case (its title and listed names, as the history is read
        # before the names section)
        title = ctx.layout.get("title")
        names = [*own_names(ctx), *([title.body] if title is not None else [])]
        nouns |= {word.lower() for name in names
                  for word in re.findall(r"\b[A-Z][a-z]{3,}\b", name)}
        nouns |= {noun.lower() for noun in head_nouns(ctx) | first_words(ctx)}
    subject = r"it|they|the\s+(?:" + "|".join(sorted(map(re.escape, nouns))) + r")"
    pattern = re.compile(
        rf"{_OPENING}(?P<verb>(?i:{_ACTED}|{_UNDERGONE}))\s+(?P<subject>(?-i:{subject}))"
        r"(?![\w’'-])(?=\s*,\s|\s+[\w“\"(⟦])(?!\s+(?:and|or|but)\b)",
        re.I,
    )

    def turned(found: re.Match[str]) -> str:
        verb, who = found["verb"], found["subject"]
        if not found["lead"] and not found["open"].strip(" ;:,") and verb[0].isupper():
            verb, who = verb[0].lower() + verb[1:], who[0].upper() + who[1:]
        if verb.lower().startswith(("was ", "were ")):
            auxiliary, participle = verb.split(None, 1)
            return f"{found['open']}{found['lead']}{who} {auxiliary} {participle}"
        return f"{found['open']}{found['lead']}{who} {verb}"

    return pattern.sub(turned, text)
