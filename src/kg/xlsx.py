"""Spreadsheets: query results and a group's whole profile as Excel workbooks (openpyxl).

Analysts hand results to colleagues as spreadsheets, and a CSV loses what the graph knows about
each value: Excel then reads "2004" as a number but "2015-02-13" as whatever the reader's locale
says, and an IRI as plain text. Here every cell is typed from its RDF term:

| RDF term | cell |
|---|---|
| xsd:integer (and its sub-types) | integer number |
| xsd:decimal, xsd:double, xsd:float | number |
| xsd:date | date (shown yyyy-mm-dd) |
| xsd:dateTime | date and time, in UTC (Excel has no time zones) |
| xsd:gYear | integer number, shown without a thousands separator (sorts and filters as a year) |
| xsd:gYearMonth, EDTF and every other literal | text, exactly as in the CSV |
| xsd:boolean | TRUE/FALSE |
| an http(s) IRI | a hyperlink to the IRI, showing the row's label of it, else the IRI |

An IRI's label is the value in the same row of the column named like it with `Name` or `Label`
after it (`attack` → `attackName`, `value` → `valueLabel`), as the catalogue queries name them.

Values always stay values: a literal that starts with `=`, `+`, `-` or `@` is stored as a string
cell, never as a formula (a profile's text could otherwise run a formula on a colleague's
machine: "CSV injection"); only http and https IRIs become links (never `file:` or
`javascript:`); characters XML forbids are replaced by U+FFFD; a text longer than Excel's
32,767 characters is cut there with a final "…". The header row is bold, the panes are frozen
below it, and columns are as wide as their longest value up to 60 characters.

Files are written atomically (kg.atomic), like every other output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from kg.atomic import write_atomically
from kg.errors import KgError
from kg.extras import needs
from kg.query import run_query, term_text
from kg.store.sparql import QueryResult

MAX_ROWS = 1_048_575
"""Excel's 1,048,576 rows, less the header."""

MAX_CELL_CHARS = 32_767
"""Excel shows and keeps at most this many characters in a cell."""

MAX_WIDTH = 60

_INTEGERS = {
    XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger,
    XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedInt,
    XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte,
}
_DECIMALS = {XSD.decimal, XSD.double, XSD.float}
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

GROUP_SHEETS: tuple[tuple[str, str, str], ...] = (
    ("Profile", "group-profile", "group"),
    ("Names", "names", "group"),
    ("Lineage", "lineage", "group"),
    ("Leaders", "leaders", "group"),
    ("Attacks", "attacks", "group"),
    ("Sources", "sources", "entity"),
)
"""The sheets of a group's workbook: each is the catalogue query of that name, so a sheet says
exactly what `kg query NAME --param group=…` says."""


class SpreadsheetError(KgError):
    """A workbook that cannot be written: a wrong file name, an answer that does not fit a
    sheet."""


def _openpyxl() -> Any:
    with needs("xlsx", "a spreadsheet (--format xlsx)"):
        import openpyxl
    return openpyxl


def _check_path(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise SpreadsheetError(
            f"{path}: a workbook needs a file name ending in .xlsx, for example "
            f"{path.with_suffix('.xlsx').name}"
        )


def write_result_workbook(result: QueryResult, path: Path | str, *, title: str = "Result") -> Path:
    """Write the rows of a SELECT result to `path` as a one-sheet workbook, atomically."""
    path = Path(path)
    _check_path(path)
    openpyxl = _openpyxl()
    workbook = openpyxl.Workbook()
    _fill(workbook.active, result, title)
    return _save(workbook, path)


def export_group_workbook(kg: Any, group: str, path: Path | str) -> Path:
    """Write one workbook about `group` (a name, acronym, alias or IRI) to `path`: the sheets of
    GROUP_SHEETS, each a catalogue query's answer."""
    from kg.query_catalogue import find_query

    path = Path(path)
    _check_path(path)
    openpyxl = _openpyxl()
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet_name, query_name, parameter in GROUP_SHEETS:
        result = run_query(kg, find_query(query_name), {parameter: group})
        _fill(workbook.create_sheet(sheet_name), result, sheet_name)
    return _save(workbook, path)


def _save(workbook: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer: Callable[[IO[bytes]], None] = workbook.save
    return write_atomically(path, writer)


def _fill(sheet: Any, result: QueryResult, title: str) -> None:
    from openpyxl.styles import Font

    if result.boolean is not None:
        raise SpreadsheetError(
            "an ASK query answers yes or no, which is not a table; use --format table or json"
        )
    if len(result.rows) > MAX_ROWS:
        raise SpreadsheetError(
            f"{len(result.rows)} rows do not fit an Excel sheet ({MAX_ROWS} at most); "
            "narrow the query with its parameters or use --format csv"
        )
    sheet.title = _sheet_title(title)
    sheet.append(list(result.variables))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    labels = _label_columns(result.variables)
    widths = [len(name) for name in result.variables]
    # each row's number is counted here: openpyxl's sheet.max_row scans every cell, which made
    # a 20,000-row answer take minutes (quadratic) where it now takes seconds
    for number, row in enumerate(result.rows, start=2):
        values = dict(zip(result.variables, row, strict=True))
        for column, (term, label_column) in enumerate(zip(row, labels, strict=True)):
            cell = sheet.cell(row=number, column=column + 1)
            _fill_cell(cell, term, values.get(label_column) if label_column else None)
            widths[column] = max(widths[column], len(str(cell.value or "")))
    sheet.freeze_panes = "A2"
    from openpyxl.utils import get_column_letter

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width, MAX_WIDTH) + 2


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Result"


def _label_columns(variables: Sequence[str]) -> list[str | None]:
    """For each column, the column holding its label (`xName` or `xLabel`), if selected."""
    chosen = set(variables)
    found: list[str | None] = []
    for name in variables:
        found.append(next((c for c in (f"{name}Name", f"{name}Label") if c in chosen), None))
    return found


def _fill_cell(cell: Any, term: Node | None, label: Node | None) -> None:
    """Give `cell` the typed value of an RDF term (see the module docstring)."""
    if term is None:
        return
    if isinstance(term, URIRef):
        iri = str(term)
        _text(cell, str(label) if label is not None and str(label) else iri)
        if iri.startswith(("http://", "https://")):
            cell.hyperlink = iri
            cell.style = "Hyperlink"
        return
    if isinstance(term, Literal):
        value = _typed(term)
        if value is not None:
            cell.value = value
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif term.datatype == XSD.gYear:
                cell.number_format = "0"
            return
    _text(cell, term_text(term))


def _typed(literal: Literal) -> Any:
    """The Python value a typed cell holds, or None for a literal that stays text (including a
    typed literal whose lexical form is not valid for its type)."""
    datatype = literal.datatype
    if datatype is None:
        return None
    text = str(literal).strip()
    try:
        if datatype in _INTEGERS or (datatype == XSD.gYear and re.fullmatch(r"-?\d{4,}", text)):
            return int(text)
        if datatype in _DECIMALS:
            number = float(Decimal(text)) if datatype == XSD.decimal else float(text)
            return number if number == number and abs(number) != float("inf") else None
        if datatype == XSD.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if datatype == XSD.dateTime:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is not None:
                moment = moment.astimezone(UTC).replace(tzinfo=None)
            return moment
        if datatype == XSD.boolean and text in ("true", "false", "1", "0"):
            return text in ("true", "1")
    except (ValueError, ArithmeticError):
        return None
    return None


def _text(cell: Any, text: str) -> None:
    """Store `text` as a string cell, never a formula, with what XML cannot carry replaced."""
    text = _ILLEGAL_XML.sub("\ufffd", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise read "=…" as a formula
