"""The `kg` command: a thin shell that parses arguments, calls the library and prints.

Exit codes: 0 success; 1 the data does not conform (violations); 2 the command could not run
(bad file, bad query, bad parameter) — always with a one-line message naming what and where.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KgError
from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    from kg.validate import ValidationReport

app = typer.Typer(
    help="A knowledge graph of militant organisations: build, validate, query and export it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

BuildOption = Annotated[
    Path | None,
    typer.Option(
        "--build", help="Build folder whose graph to reuse when current (default: build/)."
    ),
]
DataOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--data",
        help="RDF file or folder to use instead of data/ (repeatable); ontology always loaded.",
    ),
]


def short(term: object) -> str:
    """An IRI as a prefixed name where one of our prefixes fits."""
    if term is None:
        return ""
    text = str(term)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        local = text.removeprefix(namespace)
        if local != text and "/" not in local:
            return f"{prefix}:{local}"
    return text


def fail(error: KgError) -> None:
    err.print(f"[bold red]error:[/] {error}", highlight=False)
    raise typer.Exit(error.exit_code)


@app.command()
def build(
    data: DataOption = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Build folder (default: build/).")
    ] = None,
    engine: Annotated[str, typer.Option(help="Reasoning engine.")] = "owlrl",
) -> None:
    """Load ontology and data, reason (OWL 2 RL), validate (SHACL) and write the artefacts."""
    from kg.build import build as run_build

    try:
        with err.status("building…"):
            result = run_build(data, out_dir=out_dir, engine=engine)
    except KgError as error:
        fail(error)
        return
    out.print(
        f"loaded {result.files_loaded} files, {result.reasoning.asserted} triples; "
        f"inferred {result.reasoning.inferred} triples ({result.reasoning.engine})"
    )
    print_results(result.report)
    print_report_summary(result.report)
    if not result.succeeded:
        err.print("[bold red]build failed:[/] violations found; previous build left untouched")
        raise typer.Exit(1)
    for path in result.artefacts:
        out.print(f"wrote {path}", highlight=False)


@app.command("validate")
def validate_command(
    files: Annotated[
        list[Path] | None, typer.Argument(help="RDF files or folders (default: data/).")
    ] = None,
    data: DataOption = None,
    fmt: Annotated[
        str, typer.Option("--format", help="text, or the SHACL report graph as turtle or json.")
    ] = "text",
) -> None:
    """Validate what the data states against the SHACL shapes and report every result."""
    from kg.load import load
    from kg.validate import validate

    try:
        kg = load([*(files or []), *(data or [])] or None)
        report = validate(kg)
    except KgError as error:
        fail(error)
        return
    if fmt in ("turtle", "json-ld", "json"):
        sys.stdout.write(report.graph.serialize(format="json-ld" if fmt == "json" else fmt))
    elif fmt == "text":
        print_results(report)
        print_report_summary(report)
    else:
        fail(KgError(f"unknown --format {fmt!r}; use text, turtle or json"))
    raise typer.Exit(0 if report.conforms else 1)


@app.command()
def query(
    name: Annotated[
        str, typer.Argument(help="A catalogue query name (see `kg queries`) or a .rq file.")
    ],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value (repeatable).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
    data: DataOption = None,
    build_dir: BuildOption = None,
) -> None:
    """Run a named query with bound parameters."""
    from kg.build import current_graph
    from kg.query import parse_param_options, run_query, to_csv, to_sparql_json
    from kg.query_catalogue import find_query

    if fmt not in ("table", "csv", "tsv", "json"):
        fail(KgError(f"unknown --format {fmt!r}; use table, csv, tsv or json"))
    try:
        catalogue_query = find_query(name)
        params = parse_param_options(param or [])
        kg = current_graph(data, build_dir=build_dir)
        result = run_query(kg, catalogue_query, params)
    except KgError as error:
        fail(error)
        return
    if fmt == "csv":
        sys.stdout.write(to_csv(result))
    elif fmt == "tsv":
        sys.stdout.write(to_csv(result, delimiter="\t"))
    elif fmt == "json":
        sys.stdout.write(to_sparql_json(result) + "\n")
    elif result.boolean is not None:
        out.print("yes" if result.boolean else "no")
    else:
        table = Table(title=catalogue_query.summary, show_lines=False)
        for variable in result.variables:
            table.add_column(variable, overflow="fold")
        for row in result.rows:
            table.add_row(*(short(term) for term in row))
        out.print(table)
        err.print(f"{len(result.rows)} rows")


@app.command()
def queries(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the catalogue README (queries/README.md).")
    ] = False,
) -> None:
    """List the query catalogue with each query's parameters."""
    from kg.query_catalogue import catalogue, catalogue_markdown

    try:
        entries = catalogue()
    except KgError as error:
        fail(error)
        return
    if markdown:
        sys.stdout.write(catalogue_markdown(entries))
        return
    table = Table(title="Query catalogue (queries/*.rq)")
    table.add_column("name", style="bold")
    table.add_column("summary")
    table.add_column("parameters")
    for entry in entries.values():
        params = ", ".join(
            f"{p.name}{'' if p.required else '?'}:{p.type}" for p in entry.parameters
        )
        table.add_row(entry.name, entry.summary, params)
    out.print(table)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="turtle, ntriples, nquads, trig, jsonld or rdfxml.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    data: DataOption = None,
    build_dir: BuildOption = None,
) -> None:
    """Export the reasoned graph; a VoID/DCAT description is written beside it."""
    from kg.build import current_graph
    from kg.export import FORMATS
    from kg.export import export as run_export

    if fmt not in FORMATS:
        fail(KgError(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}"))
    try:
        kg = current_graph(data, build_dir=build_dir)
        result = run_export(kg, fmt, output)
    except KgError as error:
        fail(error)
        return
    for path in [result.path, *result.extra_files]:
        out.print(f"wrote {path}", highlight=False)


def print_report_summary(report) -> None:
    colour = "green" if report.conforms else "red"
    out.print(
        f"[{colour}]validation: {len(report.violations)} violations, "
        f"{len(report.warnings)} warnings[/]"
    )


def print_results(report: ValidationReport, *, only_violations: bool = False) -> None:
    """One result per line, then its message indented: greppable, and never folded mid-word."""
    results = report.violations if only_violations else report.results
    for r in results:
        style = "red" if r.severity.value == "Violation" else "yellow"
        path = f" {short(r.path)}" if r.path is not None else ""
        files = ", ".join(display_path(p) for p in r.source_files)
        out.print(
            f"[{style}]{r.severity.value:<9}[/] [bold]{short(r.focus_node)}[/]{path}"
            + (f"  ({files})" if files else ""),
            highlight=False,
        )
        out.print(f"          {r.message}", highlight=False)


def display_path(path: Path) -> str:
    """A path relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
