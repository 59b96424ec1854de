"""A one-shot command pays for what it imports before it does anything: `kg query` took 3.5 s
on a small graph, most of it importing every stage (#13). Each check runs a fresh interpreter,
since the test process itself has long imported everything."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg as kg_package

HEAVY = (
    # reasoning, validation and pictures: no read-only command needs them
    "pyshacl",
    "owlrl",
    "shacl_rust",
    "matplotlib",
    "starlette",
    "uvicorn",
    "jinja2",
    "graphviz",
    # rdflib's SPARQL engine (and oxrdflib, which imports it), the ingest readers' date grammar
    "rdflib.plugins.sparql",
    "oxrdflib",
    "edtf",
    "kg.ingest",
    "kg.reason",
    "kg.validate",
    "kg.export",
)


def imported_after(code: str) -> set[str]:
    """The heavy modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    return {name for name in HEAVY if name in loaded}


def test_importing_the_command_line_imports_nothing_heavy():
    assert imported_after("import kg.cli") == set()


def test_kg_help_imports_nothing_heavy():
    code = (
        "import sys\nfrom kg.cli import app\nsys.argv = ['kg', '--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    )
    assert imported_after(code) == set()


def test_opening_the_last_build_needs_no_reasoner_or_validator():
    assert imported_after("import kg.build") == set()


def test_importing_kg_still_gives_every_public_name():
    import kg

    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    import kg.load  # the module's import must not hide the function of the same name

    assert callable(kg.load) and kg.load.__module__ == "kg.load"


@pytest.mark.parametrize("name", ["build", "export", "load", "reason", "validate"])
def test_a_stage_function_named_like_its_module_is_the_function(name):
    code = f"import kg.{name}\nfrom kg import {name}\nassert callable({name}), {name}"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_build_default_engine_is_the_reasoners():
    from kg.build import DEFAULT_ENGINE
    from kg.reason import DEFAULT_ENGINE as REASONER_DEFAULT

    assert DEFAULT_ENGINE == REASONER_DEFAULT


def test_the_build_and_the_query_module_name_the_same_checked_file():
    from kg.build import CHECKED_FILE
    from kg.store.sparql import CHECKED_FILE as QUERY_CHECKED_FILE

    assert CHECKED_FILE == QUERY_CHECKED_FILE


def test_kg_query_on_a_build_needs_no_sparql_parser_of_rdflib(built):
    """The build checked every catalogue query (`checked-queries.json`): a one-shot `kg query`
    reuses those checks instead of importing and running rdflib's parser."""
    code = (
        "import sys\nfrom kg.cli import app\n"
        f"sys.argv = ['kg', 'query', 'lineage', '--param', 'group=AQIM', '--format', 'csv',"
        f" '--build', {str(built)!r}]\n"
        "try:\n    app()\nexcept SystemExit as done:\n    assert not done.code, done.code"
    )
    assert imported_after(code) == set()


def test_a_recorded_check_is_used_only_for_the_text_it_records(tmp_path, monkeypatch):
    from kg.errors import UnsafeQueryError
    from kg.store import sparql

    safe = "SELECT * WHERE { ?s ?p ?o }"
    unsafe = "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }"
    record = sparql.checked_entry(safe)
    monkeypatch.setattr(sparql, "_KNOWN", {
        sparql._known_key(unsafe, sparql.MAX_QUERY_DEPTH): record})
    sparql.check_query.cache_clear()
    with pytest.raises(UnsafeQueryError):
        sparql.check_query(unsafe)


# ---------------------------------------------------------------- arrows point one way

PACKAGE = Path(kg_package.__file__).resolve().parent


def module_files() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ["kg", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports, at the top or inside a function (an
    import made late still makes the two depend on each other); imports only for type checkers
    (`if TYPE_CHECKING:`) left out. `from kg.x import y` is an import of `kg.x.y` when that is a
    module, else of `kg.x`."""
    modules = module_files()

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parents, *([base] if base else [])])
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            for target in targets:
                found = owner(target) if target.startswith("kg") else None
                if found is not None and found != name:
                    graph[name].add(found)
    return graph


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under `if TYPE_CHECKING:`."""
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                stack.extend(child.orelse)
                continue
            stack.append(child)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a circle (the strongly
    connected components of more than one module, Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_no_module_of_the_package_imports_itself_round_a_circle():
    """kg.load, kg.fast_query, kg.query, kg.store, kg.precompute and kg.search imported each other
    in a circle (#13); the storage layer now sits below the stages."""
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_store_package_sits_below_the_stages():
    """Terms, SPARQL text and the literals as written import nothing of kg but errors and
    namespaces; no store module imports a stage at the top (the remote store's push check runs
    one catalogue query, imported when it runs)."""
    graph = import_graph()
    for name in ("kg.store.terms", "kg.store.sparql", "kg.store.as_written", "kg.names"):
        assert graph[name] <= {"kg.errors", "kg.namespaces"}, (name, graph[name])
    stages = {"kg.query", "kg.build", "kg.validate", "kg.reason", "kg.export", "kg.cli",
              "kg.ingest", "kg.serve"}
    for name in ("kg.store.embedded", "kg.store.remote"):
        assert not imported_after(f"import {name}") & {"kg.validate", "kg.reason", "kg.export"}
        tree = ast.parse(module_files()[name].read_text(encoding="utf-8"))
        top = {
            node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module
        }
        assert not top & stages, (name, top & stages)
