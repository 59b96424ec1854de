"""Query results as a table that fits the terminal, for `kg query` and `kg search` (#16).

An analyst reads results at 80–160 columns; a table as wide as its longest IRI used to wrap
every cell mid-word. Here the columns are laid out by hand and handed to rich with fixed widths
(rich itself shrinks no-wrap columns evenly, below what a header needs):

- IRIs are shortened to the project's prefixed names (`kg.namespaces.PREFIXES`) by the caller;
- columns are taken by priority until the next one would not fit at its minimum width: the
  projection's order, except that an IRI column with a readable sibling (`x` beside `xName` or
  `xLabel`) and a column with no value at all come last; the columns left out are named, so the
  CLI can say so and point at `--format wide`;
- a column never narrows below its header (or 10 cells, when its values are longer) and a cell
  longer than its column ends in an ellipsis: one line per row, never a word cut across lines;
- `wide` keeps every column at its full width, for a pager or a wide window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

MIN_CELL = 10
"""The narrowest a column with longer values is made (its header may ask for more)."""
SIBLING_SUFFIXES = ("Name", "Label")
"""A column `x` whose values another column `xName` (or `xLabel`) names readably is needed
less, and so is `xAcronym` beside `xName`."""


@dataclass(frozen=True)
class FittedTable:
    table: Table
    width: int
    """The table's width, to print it at (at most the terminal's unless wide)."""
    shown: tuple[str, ...]
    left_out: tuple[str, ...]


def _frame(columns: int) -> int:
    """Cells a table of `columns` columns spends on borders and padding: `│ a │ b │`."""
    return 3 * columns + 1


def column_priority(variables: Sequence[str], cells: Sequence[Sequence[str]]) -> list[int]:
    """Column indexes, most wanted first (see the module's docstring)."""
    names = set(variables)

    def rank(index: int) -> tuple[int, int]:
        variable = variables[index]
        if not any(row[index] for row in cells):
            return (2, index)
        if any(variable + suffix in names for suffix in SIBLING_SUFFIXES):
            return (1, index)
        if variable.endswith("Acronym") and variable.removesuffix("Acronym") + "Name" in names:
            return (1, index)
        return (0, index)

    return sorted(range(len(variables)), key=rank)


def fit_table(
    variables: Sequence[str],
    cells: Sequence[Sequence[str]],
    *,
    width: int,
    title: str | None = None,
    wide: bool = False,
) -> FittedTable:
    """A rich Table of `cells` (already text) at most `width` cells wide, or in full if `wide`."""
    full = [
        max([cell_len(name)] + [cell_len(row[i]) for row in cells])
        for i, name in enumerate(variables)
    ]
    if wide:
        chosen = list(range(len(variables)))
        widths = {i: full[i] for i in chosen}
    else:
        least = [min(full[i], max(cell_len(name), MIN_CELL)) for i, name in enumerate(variables)]
        chosen = []
        for index in column_priority(variables, cells):
            if sum(least[i] for i in (*chosen, index)) + _frame(len(chosen) + 1) <= width:
                chosen.append(index)
        if not chosen and variables:  # not even one fits: the first, cut to what there is
            first = column_priority(variables, cells)[0]
            chosen = [first]
            least[first] = max(1, width - _frame(1))
        chosen.sort()
        widths = _share(
            {i: least[i] for i in chosen},
            {i: full[i] for i in chosen},
            width - _frame(len(chosen)),
        )
    table = Table(
        title=Text(title) if title else None,
        box=box.HEAVY_HEAD,
        expand=False,
        width=sum(widths.values()) + _frame(len(widths)),
    )
    for i in chosen:
        table.add_column(
            Text(variables[i]), width=widths[i], no_wrap=True, overflow="ellipsis"
        )
    for row in cells:
        table.add_row(*(Text(row[i], no_wrap=True, overflow="ellipsis") for i in chosen))
    return FittedTable(
        table=table,
        width=sum(widths.values()) + _frame(len(widths)),
        shown=tuple(variables[i] for i in chosen),
        left_out=tuple(v for i, v in enumerate(variables) if i not in chosen),
    )


def _share(least: dict[int, int], full: dict[int, int], room: int) -> dict[int, int]:
    """Widths from `least` up to `full`, the room left given out one cell at a time to the
    column that lacks the most, so that short columns show whole and long ones share."""
    widths = dict(least)
    spare = room - sum(widths.values())
    while spare > 0:
        lacking = [i for i in widths if widths[i] < full[i]]
        if not lacking:
            break
        neediest = max(lacking, key=lambda i: (full[i] - widths[i], -i))
        widths[neediest] += 1
        spare -= 1
    return widths
