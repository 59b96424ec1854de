"""#16, CLI comfort: a result table fits the terminal (prefixed names, the most wanted columns,
an ellipsis instead of a word cut across lines), `--format wide` shows every column in full,
csv stays as it was, and the shell completes query and parameter names."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from kg.cli import app
from kg.table import column_priority, fit_table

EXPECTED = Path(__file__).parent / "table"
WIDTHS = (60, 100, 200)
LINEAGE = ["query", "lineage", "--param", "group=AQIM"]


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def kg(built: Path, args: list[str], width: int):
    result = CliRunner().invoke(app, [*args, "--build", str(built)], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result


LEFT_OUT = {  # startUnknown, empty without as_of, is left out before any column with values
    60: "2 rows; 5 of 9 columns left out to fit 60 columns (predecessor, predecessorAcronym, "
    "successor, event, startUnknown): --format wide shows every column",
    100: "2 rows; 2 of 9 columns left out to fit 100 columns (predecessorAcronym, startUnknown): "
    "--format wide shows every column",
    200: "2 rows",
}


@pytest.mark.parametrize("width", WIDTHS)
def test_the_lineage_of_aqim_fits_a_terminal_of_each_width(built, width):
    result = kg(built, LINEAGE, width)
    shown = lines(result.stdout)
    assert shown == lines((EXPECTED / f"lineage-aqim-{width}.txt").read_text(encoding="utf-8"))
    assert max(cell_len(line) for line in shown) <= width
    # title, top border, header, rule, one line per row (no cell wraps), bottom border
    assert len(shown) == 4 + 2 + 1
    assert lines(result.stderr) == [LEFT_OUT[width]]


def test_at_60_columns_the_names_are_shown_before_the_iris_and_cut_with_an_ellipsis(built):
    shown = lines(kg(built, LINEAGE, 60).stdout)
    assert shown[2].split("┃")[1:-1] == [
        " predecessorName ", " how        ", " successorName   ", " when    "
    ]
    assert shown[4] == "│ Salafist Group… │ renamed f… │ Al Qaida in th… │ 2006-09 │"
    assert shown[5] == "│ Armed Islamic … │ split from │ Salafist Group… │ 1998    │"


@pytest.mark.parametrize("width", WIDTHS)
def test_wide_shows_every_column_in_full_whatever_the_terminal(built, width):
    result = kg(built, [*LINEAGE, "--format", "wide"], width)
    shown = lines(result.stdout)
    assert shown == lines((EXPECTED / "lineage-aqim-wide.txt").read_text(encoding="utf-8"))
    assert "│ group:gspc  │ Salafist Group for Call and Combat │ GSPC " in shown[4]
    assert shown[4].endswith("│ event:2006-09-gspc-merges-with-al-qaida │              │")
    assert "…" not in result.stdout
    assert lines(result.stderr) == ["2 rows"]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_machine_formats_ignore_the_terminal_width(built, fmt):
    outputs = {kg(built, [*LINEAGE, "--format", fmt], w).stdout for w in WIDTHS}
    assert len(outputs) == 1
    (text,) = outputs
    assert "https://w3id.org/ctkg/id/event/2006-09-gspc-merges-with-al-qaida" in text
    assert "…" not in text and "group:" not in text


SEARCH_HEADER = {
    60: "┃ score ┃ kind  ┃ name              ┃ matched ┃ matched_as ┃",
    100: "┃ score ┃ kind  ┃ name                            ┃ matched ┃ matched_as ┃ iri        ┃",
}
SEARCH_HEADER[200] = SEARCH_HEADER[100]
SEARCH_NOTE = {
    60: ["1 name; 1 of 6 columns left out to fit 60 columns (iri): --format wide shows every "
         "column"],
    100: [],
    200: [],
}


@pytest.mark.parametrize("width", WIDTHS)
def test_search_results_fit_the_terminal_too(built, width):
    result = kg(built, ["search", "AQMI", "--limit", "1"], width)
    shown = lines(result.stdout)
    assert shown[2] == SEARCH_HEADER[width]
    assert max(cell_len(line) for line in shown) <= width
    assert lines(result.stderr) == SEARCH_NOTE[width]


def test_an_iri_with_a_readable_sibling_and_an_empty_column_come_last():
    variables = ["predecessor", "predecessorName", "predecessorAcronym", "how", "note", "event"]
    cells = [["group:gia", "Armed Islamic Group", "GIA", "split from", "", "event:1998"]]
    assert column_priority(variables, cells) == [1, 3, 5, 0, 2, 4]


def test_a_header_is_never_cut_and_a_long_cell_ends_in_an_ellipsis():
    fitted = fit_table(["name", "description"], [["x" * 50, "y" * 50]], width=40)
    assert fitted.shown == ("name", "description") and fitted.left_out == ()
    assert fitted.width == 40
    from rich.console import Console

    console = Console(width=40, record=True)
    console.print(fitted.table)
    shown = lines(console.export_text())
    assert shown[1] == "┃ name              ┃ description      ┃"  # the room shared out
    assert shown[3] == "│ xxxxxxxxxxxxxxxx… │ yyyyyyyyyyyyyyy… │"


def complete(words: str) -> list[str]:
    """What `kg` offers bash for the last of `words` (click's completion protocol)."""
    result = CliRunner().invoke(
        app,
        [],
        prog_name="kg",
        env={
            "_KG_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split(" ")) - 1),
        },
    )
    assert result.exit_code == 0, result.output
    return result.stdout.split()


def test_the_shell_completes_catalogue_query_names():
    assert complete("kg query li") == ["lineage"]
    assert sorted(complete("kg query attacks")) == ["attacks", "attacks-by-country"]


def test_the_shell_completes_the_parameters_of_the_query_named_before_them():
    assert complete("kg query attacks --param ") == [
        "country=", "from=", "group=", "min_killed=", "to="
    ]
    assert complete("kg query attacks -p group=AQIM -p ") == [
        "country=", "from=", "min_killed=", "to="
    ]
    assert complete("kg query sources -p pr") == ["property="]
    assert complete("kg query no-such-query -p ") == []


def test_completion_can_be_shown_and_installed():
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="kg")
    assert result.exit_code == 0, result.output
    assert "_KG_COMPLETE=complete_bash" in result.stdout
    assert "--install-completion" in CliRunner().invoke(app, ["--help"]).stdout
