"""Can an analyst hand a query's answer, or a group's whole profile, to a colleague as a
spreadsheet that says the same as the CSV but with numbers as numbers, dates as dates and IRIs
as links?"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from rdflib import XSD, Literal, URIRef

from kg.cli import app
from kg.store.sparql import QueryResult
from kg.xlsx import GROUP_SHEETS, SpreadsheetError, write_result_workbook

from .conftest import csv_rows, without_progress

TYPED_QUERY = """\
#+ summary: Sources with typed values
PREFIX kg: <https://w3id.org/ctkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?source ?sourceLabel ?number ?accessed ?document ?updated ?tenure ?since
WHERE {
  ?document dcterms:references ?source ; dcterms:modified ?updated .
  ?source kg:referenceNumber ?number ; kg:accessed ?accessed ; dcterms:title ?sourceLabel .
  OPTIONAL { ?tenure kg:leader ?leader ; kg:startDate ?since }
}
ORDER BY ?number
"""


def query(runner, built, name: str, fmt: str, *extra: str) -> str:
    result = runner.invoke(
        app, ["query", name, "--format", fmt, "--build", str(built), *extra]
    )
    assert result.exit_code == 0, result.output
    return result.output


def sheet_rows(path: Path, sheet: str | None = None) -> tuple[list[str], list[tuple]]:
    workbook = openpyxl.load_workbook(path)
    ws = workbook[sheet] if sheet else workbook.active
    rows = list(ws.iter_rows())
    return [c.value for c in rows[0]], [tuple(row) for row in rows[1:]]


def assert_cells_say_what_the_csv_says(header, cells, csv) -> None:
    """Every cell against the CSV's text of the same value, by the cell's type."""
    assert header == list(csv[0].keys())
    assert len(cells) == len(csv)
    for row, expected in zip(cells, csv, strict=True):
        for name, cell in zip(header, row, strict=True):
            text = expected[name]
            if text == "":
                assert cell.value is None, name
            elif text.startswith("https://"):
                assert cell.hyperlink is not None and cell.hyperlink.target == text, name
                label = expected.get(f"{name}Name") or expected.get(f"{name}Label")
                assert cell.value == (label or text), name
            elif isinstance(cell.value, bool):
                assert str(cell.value).lower() == text, name
            elif isinstance(cell.value, int):
                assert cell.value == int(text) and cell.data_type == "n", name
            elif isinstance(cell.value, float):
                assert cell.value == pytest.approx(float(text)), name
            elif isinstance(cell.value, datetime):
                assert cell.value == datetime.fromisoformat(text), name
            elif isinstance(cell.value, date):
                assert cell.value.isoformat() == text, name
            else:
                assert cell.value == text and cell.data_type == "s", name


def test_the_attacks_workbook_says_what_the_csv_says_with_numbers_and_links(
    runner, built, tmp_path
):
    target = tmp_path / "attacks.xlsx"
    csv = csv_rows(query(runner, built, "attacks", "csv", "-p", "group=AQIM"))
    query(runner, built, "attacks", "xlsx", "-p", "group=AQIM", "-o", str(target))
    header, cells = sheet_rows(target)
    assert_cells_say_what_the_csv_says(header, cells, csv)
    killed = [row[header.index("killed")].value for row in cells]
    assert 33 in killed and 38 in killed  # numbers, not text
    attack = cells[0][header.index("attack")]
    assert attack.value == csv[0]["attackName"]  # the label shows, the IRI is the link


def test_dates_are_dates_years_are_numbers_and_the_sheet_is_readable(runner, built, tmp_path):
    rq = tmp_path / "typed.rq"
    rq.write_text(TYPED_QUERY, encoding="utf-8")
    target = tmp_path / "typed.xlsx"
    csv = csv_rows(query(runner, built, str(rq), "csv"))
    query(runner, built, str(rq), "xlsx", "-o", str(target))
    header, cells = sheet_rows(target)
    assert_cells_say_what_the_csv_says(header, cells, csv)
    first = dict(zip(header, cells[0], strict=True))
    assert first["accessed"].value == datetime(2015, 10, 15)  # xsd:date: a date cell
    assert first["accessed"].number_format == "yyyy-mm-dd"
    assert first["updated"].value == datetime(2015, 11, 13, 12, 0)  # xsd:dateTime
    assert first["since"].value == 2004 and first["since"].number_format == "0"  # xsd:gYear
    assert first["number"].value == 1

    ws = openpyxl.load_workbook(target).active
    assert ws.freeze_panes == "A2"
    assert all(cell.font.bold for cell in ws[1])
    assert ws.column_dimensions["B"].width > len("sourceLabel")


def test_text_that_looks_like_a_formula_stays_text_and_only_web_iris_are_links(tmp_path):
    result = QueryResult(
        variables=["text", "link", "other"],
        rows=[
            (
                Literal('=HYPERLINK("http://evil.example","x")'),
                URIRef("javascript:alert(1)"),
                Literal("bell\x07 and a long tail"),
            ),
            (Literal("not a number", datatype=XSD.integer), URIRef("https://ok.example/"), None),
        ],
    )
    path = write_result_workbook(result, tmp_path / "hostile.xlsx")
    _, cells = sheet_rows(path)
    formula, link, bell = cells[0]
    assert formula.data_type == "s" and formula.value.startswith("=HYPERLINK")
    assert link.hyperlink is None and link.value == "javascript:alert(1)"
    assert bell.value == "bell\ufffd and a long tail"
    assert cells[1][0].value == "not a number"  # an ill-typed literal stays text
    assert cells[1][1].hyperlink.target == "https://ok.example/"


def test_kg_export_xlsx_writes_one_sheet_per_part_of_the_groups_profile(runner, built, tmp_path):
    target = tmp_path / "aqim.xlsx"
    result = runner.invoke(app, ["export", "--format", "xlsx", "--group", "AQIM",
                                 "-o", str(target), "--build", str(built)])
    assert result.exit_code == 0, result.output
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == [name for name, _, _ in GROUP_SHEETS]
    for sheet, name, parameter in GROUP_SHEETS:
        csv = csv_rows(query(runner, built, name, "csv", "-p", f"{parameter}=AQIM"))
        header, cells = sheet_rows(target, sheet)
        assert_cells_say_what_the_csv_says(header, cells, csv)
    _, lineage = sheet_rows(target, "Lineage")
    assert {row[2].value for row in lineage} == {"GSPC", "GIA"}


@pytest.mark.parametrize(
    "args",
    [
        ["query", "names", "-p", "group=AQIM", "--format", "xlsx"],  # no --output
        ["query", "names", "-p", "group=AQIM", "--format", "xlsx", "-o", "names.csv"],
        ["export", "--format", "xlsx", "-o", "aqim.xlsx"],  # no --group
        ["export", "--format", "xlsx", "--group", "AQIM", "-o", "aqim.xls"],
    ],
)
def test_a_workbook_without_its_file_or_group_is_one_line_and_nothing_written(
    runner, built, tmp_path, args
):
    result = runner.invoke(app, [*args, "--build", str(built)])
    assert result.exit_code == 2, result.output
    assert len(without_progress(result.output)) == 1
    assert not list(Path.cwd().glob("names.*")) and not list(Path.cwd().glob("aqim.*"))


def test_an_ask_answer_is_not_a_sheet(tmp_path):
    with pytest.raises(SpreadsheetError, match="ASK"):
        write_result_workbook(QueryResult(variables=[], boolean=True), tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


def test_without_openpyxl_a_workbook_is_one_line_naming_the_extra(runner, built, tmp_path,
                                                                  monkeypatch):
    for name in [m for m in sys.modules if m == "openpyxl" or m.startswith("openpyxl.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # `import openpyxl` now fails
    target = tmp_path / "names.xlsx"
    result = runner.invoke(app, ["query", "names", "-p", "group=AQIM", "--format", "xlsx",
                                 "-o", str(target), "--build", str(built)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: a spreadsheet (--format xlsx) needs the 'xlsx' extra: pip install 'ctkg[xlsx]'"
    )
    assert not target.exists()

