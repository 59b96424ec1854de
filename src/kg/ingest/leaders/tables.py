"""A leadership told as a table written with pipes: a header row naming the columns, then a
row per person ("Name | Role | From | To | …" / "X | emir | 2003 | 2014 | …").

The sentence splitter hands the reader the whole table as one text; each row is rewritten as
the sentence it stands for ("X was emir from 2003 until 2014.") and read by the clause grammar
like any other, so a row whose role is not the group's leadership (a member, a deputy, a
spokesman) states nothing, as its sentence would not. Only columns the header names are read:
a table without a header naming a person and a role is left as written (which column is the
start, which a note, the rows alone cannot say), and a "Notes" column is never read — its
dates belong to other events.
"""

from __future__ import annotations

import re

_COLUMNS = {
    "name": re.compile(r"(?:name|person|leader|who)", re.I),
    "role": re.compile(r"(?:role|post|position|title|office|function|rank)", re.I),
    "start": re.compile(r"(?:from|since|start(?:ed)?|began|in\s+office\s+from|took\s+office)",
                        re.I),
    "end": re.compile(r"(?:to|until|till|end|left\s+office)", re.I),
}
_EMPTY = re.compile(r"(?:[–—-]+|n/?a|\?|unknown|none|)", re.I)
_OPEN = re.compile(r"(?:present|today|now|incumbent)", re.I)
# a hedge on the role: "co-leader (as described by prosecutors)", "emir (reportedly)"
_HEDGED = re.compile(r"\(\s*(?:[^()]*\b(?:described|according|reportedly|alleged(?:ly)?|"
                     r"claimed|said)\b[^()]*)\)")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def table_rows(text: str) -> list[str] | None:
    """The rows of a pipe table of tenures as sentences, or None when `text` is no such table
    (fewer than two lines with pipes, or a header that names no person and role columns)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not all("|" in line for line in lines):
        return None
    header = _cells(lines[0])
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        for key, pattern in _COLUMNS.items():
            if key not in columns and pattern.fullmatch(cell):
                columns[key] = i
                break
    if "name" not in columns or "role" not in columns:
        return None
    rows = []
    for line in lines[1:]:
        cells = _cells(line)
        if len(cells) != len(header) or all(re.fullmatch(r"[\s:|-]*", c) for c in cells):
            continue  # a rule ("---|---") or a row the header does not fit: not read
        name, role = cells[columns["name"]], cells[columns["role"]]
        if _EMPTY.fullmatch(name) or _EMPTY.fullmatch(role):
            continue
        hedged = bool(_HEDGED.search(role))
        role = " ".join(_HEDGED.sub(" ", role).split())
        sentence = f"{name}{' reportedly' if hedged else ''} was {role}"
        start = cells[columns["start"]] if "start" in columns else ""
        end = cells[columns["end"]] if "end" in columns else ""
        if not _EMPTY.fullmatch(start):
            sentence += f" from {start}"
        if not _EMPTY.fullmatch(end) and not _OPEN.fullmatch(end):
            sentence += f" until {end}"
        rows.append(sentence + ".")
    return rows


_BULLET = re.compile(r"\s*[-•*–]\s+\S")


def bullet_items(text: str) -> list[str] | None:
    """The items of a bulleted list that reaches the reader as one text (its lines end without
    a full stop), each its own sentence: "- Emir: X, 2003 – present" must not lend its subject
    or its dates to "- Acting emir: Y, 2010 – 2012" on the next line. A line without a bullet
    continues the item before it; None when fewer than two lines carry a bullet."""
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if _BULLET.match(line)) < 2:
        return None
    items: list[str] = []
    for line in lines:
        if _BULLET.match(line) or not items:
            items.append(line.strip())
        else:
            items[-1] += " " + line.strip()
    return items
