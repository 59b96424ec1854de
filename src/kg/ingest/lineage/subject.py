"""History items as the grammar reads them: a table's rows one by one, and the subject a fact
sheet's sentence leaves out.

Three layouts defeat a grammar written for narrated sentences before a single frame is tried:

- a chronology as a table ("Date | Event", then "early 1980s | Formed by the merger of A and
  B"): the shared splitter (`kg.ingest.context.split_sentences`) ends sentences at full stops,
  so the rows run together into one long "sentence" whose first date dates every step. Each
  row is an item of its own, its first cell the note's label ("early 1980s: Formed by …"), as
  a bulleted chronology's items are; a header row names the columns and is no note;
- a chronology whose dates stand on lines of their own ("1998", then "Founded as a splinter
  of X."): the date line is the note's label ("1998: Founded as …");
- a fact sheet's sentence with no subject ("Formed in 1985 as a splinter of X. Merged with X
  in 1993 to form Y. Renamed itself Z in 1997."): in a history section the subject left out
  is the profile's group, so the item is read as "The group was formed in 1985 as …", "The
  group merged with …", and every frame of the grammar (active, passive, relative, founding)
  reads it as it reads the sentence with its subject. A chronology's note after its label
  ("2005: absorbed X") is the same shape.

Only a closed list of the grammar's own verbs opens such a sentence: a founding participle
("Formed", "Founded", "Created", "Established", "Set up", "Launched", "Born", "Constituted")
and a passive one followed by "into" or "by" ("Absorbed into X", "Merged into X") take "was"
(the group was formed); every other verb of a step is the group's own act ("Merged with",
"Broke away from", "Renamed itself", "Began using the name", "Became"). Anything else — a
name, an adverb, a person's act ("Led the group until …") — is left as written, and the
supplied subject is used only for reading: the review quotes the sentence as the profile has
it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.ingest.context import Sentence

# a chronology note's label: "2005: ", "early 1980s: ", "c. 1992 – " (no full stop inside)
_LABEL = r"(?:[^:|.;⟦\n]{1,40}?(?:\s*:|\s+[–—-])\s+)?"
# the group was …: a founding participle, whatever follows it
_FOUNDING = r"(?:formed|founded|created|established|set\s+up|launched|born|constituted|re-?formed)"
# the group was … into / by: a participle of being taken in; the group was renamed …
_TAKEN_IN = (
    r"(?:(?:absorbed|folded|integrated|incorporated|subsumed|merged|brought|taken|"
    r"reorgani[sz]ed|reconstituted)(?=\s+(?:into|by|under|within|as)\b)|"
    # "Renamed the X in 2006": renamed (as, to) without "itself" is the participle
    r"renamed(?!\s+itself\b))"
)
# the group …: every other verb a step is told with, the group its subject
_ACTED = (
    r"(?:merged|broke|split|splintered|seceded|defected|spun|parted|walked|joined|fused|"
    r"amalgamated|absorbed|incorporated|subsumed|took|adopted|assumed|changed|rebranded|"
    r"renamed|restyled|reverted|began|started|became|emerged|re-?emerged|grew|arose|pledged|"
    r"swore|dissolved)"
)
# "Was absorbed into X", "Had split from X": the auxiliary opens the sentence; not where a
# subject follows it ("Was the group founded by …" is a question's order, not a note's)
_AUXILIARY = r"(?:was|were|had)(?!\s+(?:the|a|an|it|its|this|that|these|those)\b)"
_OPENS_WITHOUT_SUBJECT = re.compile(
    rf"^(?P<label>{_LABEL})(?P<verb>(?P<passive>{_FOUNDING}|{_TAKEN_IN})|{_ACTED}|{_AUXILIARY})"
    # "Split: members who …" is a label, not a verb
    r"\b(?!\s*[’']s\b)(?!\s*[:–—|])",
    re.I,
)


def with_its_subject(sentence: Sentence) -> tuple[Sentence, tuple[int, int] | None]:
    """The sentence with the group supplied as its subject where it opens with a step's verb
    and names no subject, and the span of the words supplied ("the group"); else the
    sentence itself and None."""
    opening = _OPENS_WITHOUT_SUBJECT.match(sentence.text)
    if opening is None:
        return sentence, None
    label, verb = opening["label"], opening["verb"]
    subject = "the group was " if opening["passive"] else "the group "
    if not label:
        subject = subject[0].upper() + subject[1:]
    at = opening.start("verb")
    text = sentence.text[:at] + subject + verb[0].lower() + sentence.text[at + 1:]
    return Sentence(sentence.start, sentence.end, text, sentence.line), (at, at + len("the group"))


# a table row: cells set apart by " | "
_CELL = re.compile(r"\s+\|\s+")
_ROW = re.compile(r"\S\s+\|\s+\S")


def table_rows(sentence: Sentence) -> list[Sentence] | None:
    """A sentence the splitter ran over a table's rows, as one item per row, its first cell
    the label ("early 1980s: Formed by …"); a header row ("Date | Event") is dropped. None
    where the sentence holds no row."""
    if not any(_ROW.search(line) for line in sentence.text.split("\n")):
        return None

    def cells(line: str) -> list[str] | None:
        row = _CELL.split(line.strip())
        return None if len(row) > 1 and _header(row) else row

    return _rows(sentence, cells)


# "Offshoots .......... the Army of Islam, formed in 2006 …": a table turned into dotted label
# lines, the label, dot leaders, then the value (and more cells after further leaders)
_LEADERS = re.compile(r"\s*\.{4,}\s*")
_DOTTED_ROW = re.compile(r"^\s*[A-Z][^.\n|]{0,40}?\s*\.{4,}\s*\S")


def dotted_rows(sentence: Sentence) -> list[Sentence] | None:
    """A sentence the splitter ran over lines of "Label .......... value", one item per line,
    the label the note's label ("Offshoots: the Army of Islam, …"). None where no line is
    written so."""
    if not any(_DOTTED_ROW.match(line) for line in sentence.text.split("\n")):
        return None
    return _rows(sentence, lambda line: _LEADERS.split(line.strip()) if _DOTTED_ROW.match(line)
                 else [line.strip()])


def _rows(sentence: Sentence, cells_of: Callable[[str], list[str] | None]) -> list[Sentence]:
    """One item per non-blank line of the sentence, "label: cell; cell", at the line's own
    offsets and line number; a line `cells_of` gives no cells for is dropped."""
    rows: list[Sentence] = []
    offset = 0
    for number, line in enumerate(sentence.text.split("\n")):
        start, offset = offset, offset + len(line) + 1
        cells = cells_of(line) if line.strip() else None
        if not cells:
            continue
        text = cells[0] + (": " + "; ".join(cells[1:]) if len(cells) > 1 else "")
        rows.append(Sentence(sentence.start + start, sentence.start + start + len(line), text,
                             sentence.line + number))
    return rows


def _header(cells: list[str]) -> bool:
    """A row naming its columns: short cells, no figure ("Date | Event", "Year | What")."""
    return all(len(cell.split()) <= 3 and not re.search(r"\d", cell) for cell in cells)


# a line that is only a date: "1998", "March 2004", "early 1980s", "c. 1992", "2001–2003"
_DATE_LINE = re.compile(
    r"\s*(?:(?:early|mid|late|c\.|circa|about|around)\s*-?\s*)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}s?(?:\s*[-–—/]\s*\d{2,4})?\s*:?\s*"
)


def date_line_as_label(sentence: Sentence) -> Sentence:
    """An item whose first line is only a date, its text on the lines after: the date is the
    note's label ("1998: Founded as a splinter of X."); else the item itself."""
    first, newline, rest = sentence.text.partition("\n")
    if not newline or not rest.strip() or not _DATE_LINE.fullmatch(first):
        return sentence
    text = f"{first.strip().rstrip(':')}: {' '.join(rest.split())}"
    return Sentence(sentence.start, sentence.end, text, sentence.line)
