"""The `kg` command: a thin shell that parses arguments, calls the library and prints.

Exit codes: 0 success; 1 the data does not conform (violations); 2 the command could not run
(bad file, bad query, bad parameter) — always with a one-line message naming what and where;
3 kg itself failed (an exception it did not expect: a bug), also in one line, never a traceback
unless KG_DEBUG=1 asks for it.

Almost everything printed carries someone else's text: names and IRIs from data files, a store's
error body, file names, query headers. So both consoles have Rich markup and emoji codes off
(text such as `[/x]` or `:bomb:` is printed as it is, never read as markup, which used to crash
the command), and the few styled words are given as `Text` with a style. Python warnings and
library log records (rdflib logs a traceback for a literal it cannot convert) become one line.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.errors import KgError

try:  # typer on click (below 0.25, as pyproject.toml pins it): a usage error is click's
    from click.exceptions import ClickException as _UsageError
except ImportError:  # pragma: no cover - typer 0.25+ carries its own
    from typer.exceptions import TyperException as _UsageError
from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    from rich.console import Console

    from kg.query_catalogue import CatalogueQuery
    from kg.validate import ValidationReport


class _LazyConsole:
    """A Rich console made when first used: importing Rich costs a one-shot `kg query --format
    csv` (which writes to sys.stdout itself) about 60 ms of CPU it never needs."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return getattr(self._console, name)


out: Console = _LazyConsole(soft_wrap=True, markup=False, emoji=False)  # type: ignore[assignment]
err: Console = _LazyConsole(  # type: ignore[assignment]
    stderr=True, soft_wrap=True, markup=False, emoji=False
)
DEBUG_ENV = "KG_DEBUG"


class _OneLineOnBugs(typer.core.TyperGroup):
    """The last line of defence: an exception no command expected (a bug, or an input nobody
    thought of) is one line naming it and exit code 3, not a traceback over the user's screen.
    Errors a user can fix are `KgError`s, handled by each command before they get here."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, _UsageError, SystemExit):
            raise  # usage errors, --help, exits a command chose: typer prints them itself
        except BrokenPipeError:
            # `kg query … | head`: the reader left; stop quietly as other Unix tools do
            # (stdout is pointed at /dev/null so that Python's exit flush does not fail too)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(141) from None  # 128 + SIGPIPE, what a shell reports
        except Exception as error:
            if os.environ.get(DEBUG_ENV):
                raise
            from rich.text import Text

            said = " ".join(str(error).split())[:300]
            err.print(
                Text.assemble(
                    ("error:", "bold red"),
                    f" kg failed unexpectedly ({type(error).__name__}: {said}); this is a bug "
                    f"in kg: please report it with the command (set {DEBUG_ENV}=1 for the "
                    "traceback)",
                ),
                highlight=False,
            )
            raise typer.Exit(3) from None


app = typer.Typer(
    help="A knowledge graph of militant organisations: build, validate, query and export it.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion; see complete_* below
    pretty_exceptions_enable=False,
    cls=_OneLineOnBugs,
)


class _OneLineLog(logging.Handler):
    """Library log records (warnings and worse) as one line each on standard error, without
    the traceback some libraries attach: a user reads what happened, not where in rdflib."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = " ".join(record.getMessage().split())[:500]
        except Exception:  # a record whose arguments do not fit its format
            text = str(record.msg)[:500]
        err.print(f"{record.levelname.lower()}: {text}", highlight=False)


def _print_version(wanted: bool) -> None:
    if wanted:
        from kg import __version__

        out.print(f"kg (ctkg) {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _setup(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the release and exit."
        ),
    ] = False,
    max_file_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-file-bytes", min=1, envvar="KG_MAX_FILE_BYTES",
            help="Largest RDF data file read, in bytes (default 512 MiB).",
        ),
    ] = None,
    max_literal_chars: Annotated[
        int | None,
        typer.Option(
            "--max-literal-chars", min=1, envvar="KG_MAX_LITERAL_CHARS",
            help="Longest literal in a data file, in characters (default 1,048,576).",
        ),
    ] = None,
    max_nesting: Annotated[
        int | None,
        typer.Option(
            "--max-nesting", min=1, envvar="KG_MAX_NESTING",
            help="Deepest nesting of blank nodes, lists or JSON-LD in a data file (default 100).",
        ),
    ] = None,
) -> None:
    """A knowledge graph of militant organisations: build, validate, query and export it."""
    # The data-file bounds (kg.load.Limits) are read from the environment wherever a file is
    # loaded, the server's worker processes included, so a flag given here sets its variable.
    for variable, value in (
        ("KG_MAX_FILE_BYTES", max_file_bytes),
        ("KG_MAX_LITERAL_CHARS", max_literal_chars),
        ("KG_MAX_NESTING", max_nesting),
    ):
        if value is not None:
            os.environ[variable] = str(value)
    root = logging.getLogger()
    if not any(isinstance(h, _OneLineLog) for h in root.handlers):
        root.addHandler(_OneLineLog(logging.WARNING))
    logging.captureWarnings(True)

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
EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        help="SPARQL query endpoint of a store to use instead of the embedded graph.",
    ),
]
UserOption = Annotated[
    str | None, typer.Option("--user", help="User name for HTTP Basic auth at the store.")
]
PasswordOption = Annotated[
    str | None,
    typer.Option(
        "--password",
        envvar="KG_ENDPOINT_PASSWORD",
        help="Password for --user (better: set KG_ENDPOINT_PASSWORD).",
        show_envvar=True,
    ),
]
TokenEnvOption = Annotated[
    str,
    typer.Option(
        "--token-env",
        help="Environment variable holding a bearer token for the store (never on the "
        "command line).",
    ),
]

DeadlineOption = Annotated[
    float,
    typer.Option(
        "--deadline",
        min=0.001,
        help="Seconds one request to the store may take in all, however it trickles in.",
    ),
]
MaxResponseOption = Annotated[
    int,
    typer.Option(
        "--max-response-bytes",
        min=1,
        help="Largest answer accepted from the store, in bytes (default 16 MiB).",
    ),
]


QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print no progress, only the outcome.")
]


class Stages:
    """Says what a long command is doing, stage by stage, with counts, on standard error (its
    standard output stays for what it produces). On a terminal a Rich status line shows the
    stage under way; otherwise (a log, a pipe, CI) each stage is one line `kg CMD: …`;
    with --quiet, nothing. Use as a context manager and call it with each stage."""

    def __init__(self, command: str, *, quiet: bool = False) -> None:
        self.command = command
        self.quiet = quiet
        self._status: Any = None

    def __enter__(self) -> Stages:
        if not self.quiet and err.is_terminal:
            from rich.text import Text

            self._status = err.status(Text(f"{self.command}: starting…"))
            self._status.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.__exit__(None, None, None)
            self._status = None

    def __call__(self, message: str) -> None:
        if self.quiet:
            return
        from rich.text import Text

        line = Text(f"kg {self.command}: {message}")
        if self._status is not None:
            self._status.update(line)
        else:
            err.print(line, highlight=False)


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


def print_table(
    variables: list[str], cells: list[list[str]], *, title: str, wide: bool = False
) -> str:
    """Print rows as a table that fits the terminal (`kg.table`), or every column in full when
    `wide`; says which columns were left out, for the line that follows the table."""
    import shutil

    from kg.table import fit_table

    width = shutil.get_terminal_size().columns  # $COLUMNS first, then the terminal, else 80
    fitted = fit_table(variables, cells, width=width, title=title, wide=wide)
    from rich.console import Console

    console = Console(width=fitted.width, markup=False, emoji=False, highlight=False)
    console.print(fitted.table)
    sys.stdout.flush()  # before the count on standard error, when both go to one place
    if not fitted.left_out:
        return ""
    return (
        f"; {len(fitted.left_out)} of {len(variables)} columns left out to fit {width} "
        f"columns ({', '.join(fitted.left_out)}): --format wide shows every column"
    )


def fail(error: KgError) -> None:
    from rich.text import Text

    err.print(Text.assemble(("error:", "bold red"), " ", str(error)), highlight=False)
    raise typer.Exit(error.exit_code)


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="The project folder to make (new or empty).")],
) -> None:
    """Make a project folder for your own profiles: data/, queries/ and a README.

    data/ starts with the curated places that profiles link to; then run kg ingest and kg build
    inside the folder."""
    from kg.project import init_project

    try:
        init_project(folder)
    except KgError as error:
        fail(error)
    out.print(
        f"made {display_path(folder)}: cd into it, then kg ingest PROFILE.txt and kg build",
        highlight=False,
    )


@app.command()
def build(
    data: DataOption = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Build folder (default: build/).")
    ] = None,
    engine: Annotated[
        str, typer.Option(help="Reasoning engine: rules (fast, default) or owlrl (reference).")
    ] = "rules",
    full: Annotated[
        bool, typer.Option("--full", help="Rebuild everything, reusing nothing.")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Load ontology and data, reason (OWL 2 RL), validate (SHACL) and write the artefacts.

    A rebuild reuses the previous build in the output folder: nothing is done if no input
    changed, and only new or changed data files are read if the ontology and shapes did not."""
    from kg.build import build as run_build

    try:
        with Stages("build", quiet=quiet) as stages:
            result = run_build(
                data, out_dir=out_dir, engine=engine, incremental=not full, progress=stages
            )
    except KgError as error:
        fail(error)
        return
    if result.report is None:
        out.print(
            f"build is current: {result.files_loaded} data files unchanged "
            f"({result.triples} triples, {result.inferred} inferred); nothing to do"
        )
        return
    how = (
        f"incremental: {len(result.changed)} data files added, changed or removed"
        if result.mode == "incremental"
        else f"{result.files_loaded} data files"
    )
    out.print(
        f"loaded {how}; {result.triples} triples; "
        f"inferred {result.inferred} triples ({result.reasoning.engine})"
    )
    print_results(result.report)
    print_report_summary(result.report)
    if not result.succeeded:
        from rich.text import Text

        err.print(
            Text.assemble(
                ("build failed:", "bold red"), " violations found; previous build left untouched"
            )
        )
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


def complete_query_name(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of a catalogue query's name, with its summary as the help text.
    Completion runs on every <Tab>: it reads only the query headers, and never fails."""
    try:
        from kg.query_catalogue import catalogue

        queries = catalogue()
    except (KgError, OSError):
        return []
    return [(name, q.summary) for name, q in queries.items() if name.startswith(incomplete)]


def complete_param(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of `--param NAME=` for the query named before it on the line (every
    query's parameters when there is none yet), without the ones already given."""
    try:
        from kg.query_catalogue import catalogue, find_query

        # click leaves the argument unparsed (in ctx.args) while it completes an option's value
        name = ctx.params.get("name") or next(iter(ctx.args), None)
        queries = [find_query(name)] if name else list(catalogue().values())
    except (KgError, OSError):
        return []
    given = {p.partition("=")[0] for p in ctx.params.get("param") or []}
    found: dict[str, str] = {}
    for query in queries:
        for parameter in query.parameters:
            word = f"{parameter.name}="
            if word.startswith(incomplete) and parameter.name not in given:
                found.setdefault(word, parameter.description)
    return sorted(found.items())


QUERY_FORMATS = ("table", "wide", "csv", "tsv", "json", "xlsx")
GRAPH_QUERY_FORMATS = ("turtle", "ntriples", "nquads", "jsonld", "xml", "trig")


@app.command()
def query(
    name: Annotated[
        str,
        typer.Argument(
            help="A catalogue query name (see `kg queries`) or a .rq file.",
            autocompletion=complete_query_name,
        ),
    ],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", help="name=value (repeatable).", autocompletion=complete_param
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="SELECT/ASK: table (fitted to the terminal), wide (every column in full), csv, "
            "tsv, json or xlsx (default: table). CONSTRUCT/DESCRIBE: "
            "turtle, ntriples, nquads, jsonld, xml or trig (default: turtle).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write, atomically (default: stdout)."),
    ] = None,
    data: DataOption = None,
    build_dir: BuildOption = None,
    endpoint: EndpointOption = None,
    user: UserOption = None,
    password: PasswordOption = None,
    token_env: TokenEnvOption = "KG_ENDPOINT_TOKEN",
    deadline: DeadlineOption = 300.0,
    max_response_bytes: MaxResponseOption = 16 * 1024 * 1024,
) -> None:
    """Run a named query with bound parameters (embedded, or at a store with --endpoint).
    A CONSTRUCT or DESCRIBE query writes RDF."""
    from kg.build import current_graph
    from kg.query import parse_param_options, run_query, to_csv, to_sparql_json
    from kg.query_catalogue import find_query

    known = (*QUERY_FORMATS, *GRAPH_QUERY_FORMATS)
    if fmt is not None and fmt not in known:
        fail(KgError(f"unknown --format {fmt!r}; use one of {', '.join(known)}"))
    if fmt == "xlsx" and output is None:
        fail(KgError("--format xlsx writes a workbook: give it --output FILE.xlsx"))
    try:
        catalogue_query = find_query(name)
        params = parse_param_options(param or [])
        from kg.construct import is_graph_query

        graph = None if endpoint else current_graph(data, build_dir=build_dir)
        if graph is not None:
            from kg.store.embedded import OxigraphStore

            # opening a build's store reads the safety checks the build recorded for the
            # catalogue, so that telling a CONSTRUCT from a SELECT needs no SPARQL parser
            OxigraphStore.of(graph)
        if is_graph_query(catalogue_query.text):
            _graph_query(catalogue_query, params, fmt, output, data, build_dir, endpoint)
            return
        if fmt in GRAPH_QUERY_FORMATS:
            raise KgError(
                f"--format {fmt} is for CONSTRUCT and DESCRIBE queries; {catalogue_query.name!r} "
                f"answers with rows: use {', '.join(QUERY_FORMATS)}"
            )
        if output is not None and fmt in (None, "table", "wide"):
            raise KgError("--output writes csv, tsv, json or xlsx: add --format csv (or another)")
        if endpoint:
            from kg.store.remote import RemoteStore, credentials_from_env

            auth = credentials_from_env(user, password, token_env=token_env)
            target = RemoteStore(
                endpoint,
                credentials=auth,
                deadline=deadline,
                max_response_bytes=max_response_bytes,
            )
        else:
            target = graph
        result = run_query(target, catalogue_query, params)
        if fmt == "xlsx" and output is not None:
            from kg.xlsx import write_result_workbook

            write_result_workbook(result, output, title=catalogue_query.name)
            out.print(f"wrote {output} ({len(result.rows)} rows)", highlight=False)
            return
        if output is not None:
            from kg.atomic import write_atomically

            text = (
                to_sparql_json(result) + "\n"
                if fmt == "json"
                else to_csv(result, delimiter="\t" if fmt == "tsv" else ",")
            )
            write_atomically(output, text)
            err.print(f"wrote {output}", highlight=False)
            return
    except KgError as error:
        fail(error)
        return
    except OSError as error:
        fail(KgError(f"{output}: cannot write ({error.strerror or error})"))
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
        cells = [[short(term) for term in row] for row in result.rows]
        left_out = print_table(
            result.variables, cells, title=catalogue_query.summary, wide=fmt == "wide"
        )
        err.print(f"{len(result.rows)} rows{left_out}", highlight=False)


def _graph_query(
    catalogue_query: CatalogueQuery,
    params: dict[str, str],
    fmt: str | None,
    output: Path | None,
    data: list[Path] | None,
    build_dir: Path | None,
    endpoint: str | None,
) -> None:
    """`kg query` for a CONSTRUCT or DESCRIBE: the graph in an RDF syntax, on stdout or written
    atomically to --output."""
    from kg.build import current_graph
    from kg.construct import construct, json_ld_context_of, write_graph
    from kg.query import bind_parameters
    from kg.store.embedded import OxigraphStore

    if fmt in QUERY_FORMATS:
        raise KgError(
            f"{catalogue_query.name!r} is a CONSTRUCT or DESCRIBE query and answers with a "
            f"graph: use --format {', '.join(GRAPH_QUERY_FORMATS)}"
        )
    if endpoint:
        raise KgError(
            "CONSTRUCT and DESCRIBE queries run on the embedded graph (or ask kg serve); "
            "with --endpoint, kg query runs SELECT and ASK queries"
        )
    syntax = fmt or "turtle"
    kg = current_graph(data, build_dir=build_dir)
    bindings = bind_parameters(OxigraphStore.of(kg), catalogue_query, params)
    graph = construct(kg, catalogue_query.text, bindings=bindings)
    context = json_ld_context_of(kg) if syntax == "jsonld" else None
    body = write_graph(graph, syntax, context=context)
    if output is None:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    else:
        from kg.atomic import write_atomically

        write_atomically(output, body)
        err.print(f"wrote {len(graph)} triples to {output}", highlight=False)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="A name in any spelling or script.")],
    kind: Annotated[
        str | None, typer.Option("--kind", help="group, organisation, person or place.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=100)] = 10,
    fmt: Annotated[
        str, typer.Option("--format", help="table (fitted to the terminal), wide, csv or json.")
    ] = "table",
    data: DataOption = None,
    build_dir: BuildOption = None,
    endpoint: EndpointOption = None,
    user: UserOption = None,
    password: PasswordOption = None,
    token_env: TokenEnvOption = "KG_ENDPOINT_TOKEN",
) -> None:
    """Rank the groups, persons and places whose names are closest to TEXT (kg.search)."""
    import csv
    import json

    from rdflib import URIRef

    from kg.build import current_graph
    from kg.search import KINDS
    from kg.search import search as search_names

    if kind is not None and kind not in KINDS:
        fail(KgError(f"unknown --kind {kind!r}; use one of {', '.join(KINDS)}"))
    if fmt not in ("table", "wide", "csv", "json"):
        fail(KgError(f"unknown --format {fmt!r}; use table, wide, csv or json"))
    try:
        if endpoint:
            from kg.store.remote import RemoteStore, credentials_from_env

            auth = credentials_from_env(user, password, token_env=token_env)
            target = RemoteStore(endpoint, credentials=auth)
        else:
            target = current_graph(data, build_dir=build_dir)
        found = search_names(target, text, kind=kind, limit=limit)
    except KgError as error:
        fail(error)
        return
    fields = ("score", "kind", "name", "matched", "matched_as", "iri")
    rows = [
        (f"{c.score:.1f}", c.kind, c.label, c.matched, c.matched_as, str(c.entity)) for c in found
    ]
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(fields, r, strict=True)) for r in rows], indent=2))
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(fields)
        writer.writerows(rows)
    else:
        cells = [[*row[:-1], short(URIRef(row[-1]))] for row in rows]
        left_out = print_table(
            list(fields), cells, title=f"names closest to {text!r}", wide=fmt == "wide"
        )
        if left_out:
            err.print(f"{len(rows)} name{'' if len(rows) == 1 else 's'}{left_out}", highlight=False)
    if not found:
        err.print(f"no name is close to {text!r}", markup=False, highlight=False)
        raise typer.Exit(1)


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
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Query catalogue (queries/*.rq)")
    table.add_column("name", style="bold")
    table.add_column("summary")
    table.add_column("parameters")
    for entry in entries.values():
        params = ", ".join(
            f"{p.name}{'' if p.required else '?'}:{p.type}" for p in entry.parameters
        )
        table.add_row(Text(entry.name), Text(entry.summary), Text(params))
    out.print(table)


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="turtle, ntriples, nquads, trig, jsonld, rdfxml, stix (a STIX 2.1 bundle) "
            "or xlsx (one group's workbook, with --group).",
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    group: Annotated[
        str | None,
        typer.Option("--group", help="For xlsx: the group (a name, acronym, alias or IRI)."),
    ] = None,
    data: DataOption = None,
    build_dir: BuildOption = None,
    quiet: QuietOption = False,
) -> None:
    """Export the reasoned graph; a VoID/DCAT description is written beside RDF exports."""
    from kg.build import current_graph
    from kg.export import FORMATS

    other_formats = ("stix", "xlsx")
    if fmt not in FORMATS and fmt not in other_formats:
        choices = ", ".join([*FORMATS, *other_formats])
        fail(KgError(f"unknown --format {fmt!r}; use one of {choices}"))
    if (group is None) != (fmt != "xlsx"):
        fail(KgError("--group goes with --format xlsx (the workbook of one group), and only"))
    try:
        with Stages("export", quiet=quiet) as stages:
            kg = current_graph(data, build_dir=build_dir, progress=stages)
            if fmt == "stix":
                from kg.stix import export_stix

                stages(f"writing a STIX 2.1 bundle to {display_path(output)}")
                written = export_stix(kg, output)
                summary = ", ".join(f"{n} {kind}" for kind, n in written.counts.items())
                out.print(f"wrote {written.path} ({summary})", highlight=False)
                return
            if fmt == "xlsx":
                from kg.xlsx import export_group_workbook

                stages(f"writing the workbook of {group} to {display_path(output)}")
                workbook = export_group_workbook(kg, group or "", output)
                out.print(f"wrote {workbook}", highlight=False)
                return
            from kg.export import export as run_export

            stages(f"writing the graph as {fmt} to {display_path(output)}")
            result = run_export(kg, fmt, output)
            stages(f"wrote {result.statements:,} statements in {result.graphs:,} graphs")
    except KgError as error:
        fail(error)
        return
    for path in [result.path, *result.extra_files]:
        out.print(f"wrote {path}", highlight=False)


@app.command()
def push(
    endpoint: Annotated[
        str, typer.Option("--endpoint", help="SPARQL query endpoint of the store.")
    ],
    update_endpoint: Annotated[
        str | None,
        typer.Option(
            "--update-endpoint", help="SPARQL Update endpoint (default: the same as --endpoint)."
        ),
    ] = None,
    graph: Annotated[
        list[str] | None,
        typer.Option("--graph", help="Push only this named graph (IRI; repeatable)."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Triples per update request.")
    ] = 50_000,
    user: UserOption = None,
    password: PasswordOption = None,
    token_env: TokenEnvOption = "KG_ENDPOINT_TOKEN",
    deadline: DeadlineOption = 300.0,
    max_response_bytes: MaxResponseOption = 16 * 1024 * 1024,
    data: DataOption = None,
    build_dir: BuildOption = None,
    quiet: QuietOption = False,
) -> None:
    """Load the reasoned graph, provenance graphs included, into a SPARQL store; a second push
    replaces the same named graphs."""
    from kg.build import current_graph
    from kg.query import expand_iri
    from kg.store.remote import RemoteStore, credentials_from_env
    from kg.store.remote import push as run_push

    try:
        auth = credentials_from_env(user, password, token_env=token_env)
        store = RemoteStore(
            endpoint,
            update_endpoint=update_endpoint,
            credentials=auth,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        only = [expand_iri(g) for g in graph] if graph else None
        with Stages("push", quiet=quiet) as stages:
            kg = current_graph(data, build_dir=build_dir, progress=stages)
            what = f"{len(only)} named graphs" if only else "every named graph"
            stages(
                f"pushing {what} to {endpoint} ({batch_size:,} triples per update request)"
            )
            result = run_push(kg, store, graphs=only, batch_size=batch_size)
            stages(
                f"pushed {result.triples:,} triples in {len(result.graphs):,} named graphs "
                f"({result.requests} requests)"
            )
    except KgError as error:
        fail(error)
        return
    out.print(
        f"pushed {result.triples} triples in {len(result.graphs)} named graphs to "
        f"{result.endpoint} in {result.requests} update request(s); the store's counts match",
        highlight=False,
    )


@app.command()
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")
    ] = 8000,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds a query may run before it is stopped.")
    ] = 10.0,
    max_rows: Annotated[
        int,
        typer.Option(
            "--max-rows",
            help="Most rows or triples in one answer of the SPARQL endpoint (the query page "
            "shows any answer a page at a time).",
        ),
    ] = 10_000,
    max_download_rows: Annotated[
        int,
        typer.Option(
            "--max-download-rows", help="Most rows or triples in one download from the query page."
        ),
    ] = 1_000_000,
    workers: Annotated[
        int, typer.Option("--workers", help="Queries answered at the same time.")
    ] = 2,
    max_memory: Annotated[
        int, typer.Option("--max-memory", help="Memory limit of each query worker, in MB.")
    ] = 2048,
    max_query_depth: Annotated[
        int,
        typer.Option("--max-query-depth", help="How deeply brackets may nest in a query."),
    ] = 32,
    per_client: Annotated[
        int | None,
        typer.Option(
            "--per-client",
            help="Requests one client address may have with the workers at once "
            "(default: --workers minus 1, at least 1).",
        ),
    ] = None,
    data: DataOption = None,
    build_dir: BuildOption = None,
    quiet: QuietOption = False,
) -> None:
    """Serve the graph read-only: a SPARQL 1.1 endpoint at /sparql, every group at /, a query
    page with an editor and the catalogue at /query, and every entity IRI
    https://w3id.org/ctkg/id/X at /id/X."""
    import time

    from kg.extras import needs

    started = time.perf_counter()
    stages = Stages("serve", quiet=quiet)  # not entered: one line per stage, as a server logs
    try:
        with needs("serve", "kg serve"):
            import uvicorn

            from kg.serve import ServeSettings, create_app, ensure_can_listen
    except KgError as error:
        fail(error)
    from kg.build import current_graph

    try:
        settings = ServeSettings(
            timeout=timeout,
            max_rows=max_rows,
            max_download_rows=max_download_rows,
            workers=workers,
            max_memory_mb=max_memory,
            max_query_depth=max_query_depth,
            per_client=per_client,
        )
        ensure_can_listen(host, port)  # refused in one line, before any progress is said
        stages(f"loaded the server ({time.perf_counter() - started:.1f} s)")
        kg = current_graph(data, build_dir=build_dir, progress=stages)
    except KgError as error:
        fail(error)
        return
    stages(f"starting {workers} query workers")

    def ready(count: int) -> None:
        stages(f"{count} query workers ready ({time.perf_counter() - started:.1f} s since start)")
        err.print(
            f"serving read-only at http://{host}:{port}/ (SPARQL endpoint: /sparql); "
            "Ctrl-C stops",
            highlight=False,
        )

    try:
        app = create_app(kg, settings, on_ready=ready)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except KgError as error:
        fail(error)


# ---------------------------------------------------------------- pictures (kg.pictures)

GroupArgument = Annotated[
    str, typer.Argument(help="The group: a name, acronym, alias or IRI (e.g. AQIM).")
]
PictureOutput = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="File to write; its suffix picks the format (default: stdout)."
    ),
]
LineageFlag = Annotated[
    bool,
    typer.Option("--lineage", help="Include the group's predecessors and descendants."),
]


@app.command()
def lineage(
    group: GroupArgument,
    fmt: Annotated[
        str | None, typer.Option("--format", help="svg, png, dot or mermaid (default: svg).")
    ] = None,
    output: PictureOutput = None,
    depth: Annotated[
        int | None,
        typer.Option("--depth", min=0, help="Lineage steps to follow each way (default: all)."),
    ] = None,
    relations: Annotated[
        bool,
        typer.Option(
            "--relations", help="Also draw affiliates, allies and rivals, dashed (not lineage)."
        ),
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Draw the network as it stood then: YYYY, YYYY-MM or YYYY-MM-DD.",
        ),
    ] = None,
    data: DataOption = None,
    build_dir: BuildOption = None,
) -> None:
    """Draw a group's lineage: its predecessors and descendants with dated splits and renames."""
    from kg.build import current_graph
    from kg.extras import needs
    from kg.pictures import lineage_of, picture_format, render_lineage
    from kg.pictures.lineage import FORMATS, SUFFIXES

    try:
        with needs("pictures", "kg lineage"):
            chosen = picture_format("lineage", fmt, output, FORMATS, SUFFIXES)
            kg = current_graph(data, build_dir=build_dir)
            family = lineage_of(kg, group, depth=depth, relations=relations, as_of=as_of)
            emit_picture(render_lineage(family, chosen), output, chosen)
    except KgError as error:
        fail(error)


@app.command()
def timeline(
    group: GroupArgument,
    with_lineage: LineageFlag = False,
    fmt: Annotated[str | None, typer.Option("--format", help="svg or png (default: svg).")] = None,
    output: PictureOutput = None,
    data: DataOption = None,
    build_dir: BuildOption = None,
) -> None:
    """Draw a group's attacks over time: sized by the killed, coloured by the perpetrator,
    dates at their precision."""
    from kg.build import current_graph
    from kg.extras import needs
    from kg.pictures import picture_format, render_timeline, timeline_of
    from kg.pictures.timeline import FORMATS, SUFFIXES

    try:
        with needs("pictures", "kg timeline"):
            chosen = picture_format("timeline", fmt, output, FORMATS, SUFFIXES)
            kg = current_graph(data, build_dir=build_dir)
            picture = render_timeline(timeline_of(kg, group, lineage=with_lineage), chosen)
            emit_picture(picture, output, chosen)
    except KgError as error:
        fail(error)


@app.command("map")
def map_command(
    group: GroupArgument,
    with_lineage: LineageFlag = False,
    fmt: Annotated[str | None, typer.Option("--format", help="svg or png (default: svg).")] = None,
    output: PictureOutput = None,
    data: DataOption = None,
    build_dir: BuildOption = None,
) -> None:
    """Map a group's attack places and areas of operation on an offline base layer."""
    from kg.build import current_graph
    from kg.extras import needs
    from kg.pictures import map_of, picture_format, render_map
    from kg.pictures.map import FORMATS, SUFFIXES

    try:
        with needs("pictures", "kg map"):
            chosen = picture_format("map", fmt, output, FORMATS, SUFFIXES)
            kg = current_graph(data, build_dir=build_dir)
            picture = render_map(map_of(kg, group, lineage=with_lineage), chosen)
            emit_picture(picture, output, chosen)
    except KgError as error:
        fail(error)


def emit_picture(picture: bytes, output: Path | None, fmt: str) -> None:
    """Write the picture to `output` (atomically), or text formats to standard output."""
    from kg.pictures import write_atomically

    if output is not None:
        write_atomically(output, picture)
        out.print(f"wrote {output}", highlight=False)
    elif fmt == "png":
        raise KgError("a PNG is binary: give a file with -o FILE.png")
    else:
        sys.stdout.write(picture.decode("utf-8"))


@app.command()
def ingest(
    profile: Annotated[
        Path, typer.Argument(help="A profile of the collection, as text (e.g. aqim.txt).")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="TriG file to write (default: data/profiles/<name>.trig)."
        ),
    ] = None,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Print, per section, what was extracted and what was not understood; "
            "writes nothing unless -o is given.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the output file if it exists.")
    ] = False,
    partial: Annotated[
        bool,
        typer.Option("--partial", help="Write what could be read even if the profile has errors."),
    ] = False,
    review_format: Annotated[
        str,
        typer.Option("--format", help="With --review: text (default) or json, for tooling."),
    ] = "text",
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes", min=1, help="Refuse a profile larger than this (default 250,000)."
        ),
    ] = 250_000,
    max_line_length: Annotated[
        int,
        typer.Option(
            "--max-line-length",
            min=1,
            help="Refuse a profile with a line longer than this many characters (default 10,000).",
        ),
    ] = 10_000,
    data: DataOption = None,
    quiet: QuietOption = False,
) -> None:
    """Turn a profile document into RDF, one named graph per section, every fact traced to its
    lines; groups, persons and places already in the graph are linked, not duplicated."""
    from kg.ingest import (
        ProfileLimits,
        Severity,
        default_output,
        ingest_profile,
        write_ingested,
    )
    from kg.load import load

    if review_format not in ("text", "json"):
        fail(KgError(f"--format {review_format}: give text or json"))
    written = None
    limits = ProfileLimits(max_bytes=max_bytes, max_line_chars=max_line_length)
    try:
        if output is None and not review and not (Path.cwd() / "data").is_dir():
            raise KgError(
                "no data/ folder here to write the profile into: run kg init DIR and "
                "ingest inside DIR, or give -o FILE.trig"
            )
        with Stages("ingest", quiet=quiet) as stages:
            existing = None
            if data:
                stages("reading the graph to link to (--data)")
                existing = load(data, with_ontology=False)
                stages(f"read {len(existing):,} triples")
            stages(f"reading {display_path(profile)}")
            result = ingest_profile(profile, existing=existing, limits=limits)
            stages(
                f"read {len(result.graph):,} quads in {len(result.graph.graphs()):,} sections "
                f"({len(result.errors)} errors, {len(result.warnings)} warnings)"
            )
        if review and review_format == "json":
            sys.stdout.write(json.dumps(result.review_json(), ensure_ascii=False, indent=1) + "\n")
        elif review:
            sys.stdout.write(result.review())
        if output is not None or not review:
            target = output or default_output(result)
            written = write_ingested(
                result, target, force=force, partial=partial, refuse_duplicate=True
            )
    except KgError as error:
        fail(error)
        return
    if not review:
        for problem in result.problems:
            if problem.severity is not Severity.NOTE:
                err.print(
                    f"{problem.severity.value}: {display_path(profile)}:{problem.line}: "
                    f"{problem.message}",
                    highlight=False,
                )
    if written is not None:
        out.print(
            f"wrote {display_path(written)}: {len(result.graph)} quads in "
            f"{len(result.graph.graphs())} graphs ({len(result.errors)} errors, "
            f"{len(result.warnings)} warnings)",
            highlight=False,
        )
    elif result.errors:
        raise typer.Exit(2)


@app.command("ingest-accuracy")
def ingest_accuracy(
    corpus: Annotated[Path | None, typer.Argument(help="Folder of profiles and keys.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses.")] = False,
) -> None:
    """Precision and recall of kg ingest per fact type over an answer-keyed corpus
    (default tests/ingest/corpus): see docs/ingest-accuracy.md."""
    from kg.ingest import accuracy

    if fmt not in ("table", "json"):
        fail(KgError(f"unknown --format {fmt!r}; use table or json"))
    try:
        report = accuracy.score_corpus(corpus or accuracy.default_corpus())
    except KgError as error:
        fail(error)
        return
    text = accuracy.render_json(report) if fmt == "json" else accuracy.render_table(
        report, verbose=verbose)
    sys.stdout.write(text)


def print_report_summary(report) -> None:
    from rich.text import Text

    colour = "green" if report.conforms else "red"
    out.print(
        Text(
            f"validation: {len(report.violations)} violations, "
            f"{len(report.warnings)} warnings",
            style=colour,
        )
    )


def print_results(report: ValidationReport, *, only_violations: bool = False) -> None:
    """One result per line, then its message indented: greppable, and never folded mid-word."""
    from rich.text import Text

    results = report.violations if only_violations else report.results
    for r in results:
        style = "red" if r.severity.value == "Violation" else "yellow"
        path = f" {short(r.path)}" if r.path is not None else ""
        files = ", ".join(display_path(p) for p in r.source_files)
        out.print(
            Text.assemble(
                (f"{r.severity.value:<9}", style),
                " ",
                (short(r.focus_node), "bold"),
                path + (f"  ({files})" if files else ""),
            ),
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
