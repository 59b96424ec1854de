"""Stage 4: run catalogue or ad-hoc SPARQL queries, with parameters bound, never pasted.

A parameter value is first turned into an RDF term (a group name is resolved to the group's IRI
by its names, an integer is parsed, a date becomes an xsd:date) and then handed to the store as a
binding of the query variable of the same name. The query text itself is never edited with user
input, so a value like `AQIM" } ; DROP ALL ; #` can only fail to resolve.

Queries are also checked before they run: updates, SERVICE, and FROM / FROM NAMED (which make
rdflib fetch URLs) are refused, so nothing leaves the machine on a query's say-so. The text that is
checked is the text that runs: `ensure_safe_query` returns the query as `normalise_query` rewrote
it (escapes expanded, comments removed, one line terminator), and callers hand that text, not the
one they were given, to the engine. rdflib's parser (the check) and Oxigraph (the engine) disagree
on where a comment ends when a line ends in a bare carriage return, and on escapes outside
strings; in the rewritten text neither can occur, so both read the same tokens.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol, runtime_checkable
from urllib.parse import urljoin

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import SKOS, XSD
from rdflib.term import Node

from kg.errors import ParameterError, QueryError, UnsafeQueryError
from kg.load import KnowledgeGraph
from kg.namespaces import KG, PREFIXES
from kg.query_catalogue import CatalogueQuery, Parameter


@dataclass
class QueryResult:
    """Rows of a SELECT (or the answer of an ASK), the same whichever store ran it."""

    variables: list[str]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None

    def as_dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Node | None]:
        index = self.variables.index(name)
        return [row[index] for row in self.rows]


class QueryTarget(Protocol):
    """Where a query runs: the embedded graph or a remote SPARQL endpoint."""

    def select(self, query: str, bindings: Mapping[str, Node]) -> QueryResult: ...


class EmbeddedStore:
    """The in-process rdflib dataset (default graph = union of all named graphs)."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg

    def select(self, query: str, bindings: Mapping[str, Node]) -> QueryResult:
        from pyparsing import ParseException

        query = ensure_safe_query(query)
        try:
            with deep_enough(MAX_QUERY_DEPTH):
                result = self.kg.dataset.query(  # rdflib's own engine, not the store's
                    query,
                    initBindings={Variable(k): v for k, v in bindings.items()},
                    use_store_provided=False,
                )
        except ParseException as error:
            raise QueryError(f"SPARQL syntax error: {error}") from None
        if result.type == "ASK":
            return QueryResult(variables=[], boolean=bool(result.askAnswer))
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries can be printed as rows")
        variables = [str(v) for v in result.vars or []]
        return QueryResult(variables=variables, rows=[tuple(row) for row in result])


# ---------------------------------------------------------------- safety


MAX_QUERY_DEPTH = 32
"""How deeply brackets (`{ }`, `( )`, `[ ]`) may nest in a query. rdflib's parser recurses some
40 Python frames per level (it ran out of stack at 20 nested parentheses) and Oxigraph's parser
recurses on the machine stack; no catalogue query nests more than a few levels. `kg serve
--max-query-depth` sets it for a server."""

MAX_QUERY_DEPTH_CEILING = 128
"""The most `--max-query-depth` may be: past it the parser's recursion needs more stack than a
thread is sure to have."""


MAX_QUERY_STEPS = 2000
"""How many operators, separators, brackets and pattern keywords (UNION, OPTIONAL, FILTER …) a
query may hold. Oxigraph builds a tree one level deeper for each and walks it recursively on the
machine stack: 20 000 triple patterns or UNIONs, or 20 000 `+` in a row, crash the process
(a segmentation fault, measured with pyoxigraph 0.5.13), 5 000 did not. The largest catalogue
query holds about 120."""


@dataclass(frozen=True)
class CheckedQuery:
    """A query found safe: the text to run (see `normalise_query`) and its form
    (SelectQuery, AskQuery, ConstructQuery or DescribeQuery)."""

    text: str
    form: str
    default_graphs: tuple[str, ...] = ()
    """The query's own `FROM` graphs (prefixed names expanded, the query's BASE applied; an
    IRI may still be relative to the service's base). Only with `allow_dataset`."""
    named_graphs: tuple[str, ...] = ()
    """The query's own `FROM NAMED` graphs, as `default_graphs`."""


def ensure_safe_query(query: str, *, max_depth: int = MAX_QUERY_DEPTH) -> str:
    """Refuse updates, SERVICE, FROM/FROM NAMED and queries nested deeper than `max_depth`,
    and return the text to run: the query as `normalise_query` rewrote it. Run that text, never
    the one given, so that the engine reads exactly what was checked.

    A query text found safe is remembered: rdflib's parser takes tens of milliseconds for a
    catalogue query, more than Oxigraph takes to answer most of them."""
    return check_query(query, max_depth=max_depth).text


@lru_cache(maxsize=512)
def check_query(
    query: str, *, max_depth: int = MAX_QUERY_DEPTH, allow_dataset: bool = False
) -> CheckedQuery:
    """`ensure_safe_query` with the query's form; raises for an unsafe query, which is therefore
    never cached.

    `allow_dataset` lets `FROM` / `FROM NAMED` through and reports their graphs, for a caller
    that runs the query on Oxigraph (which reads those graphs from its own store and never
    fetches them) and checks that each is a graph it holds: `kg serve`. rdflib's engine would
    fetch them, so everything else keeps refusing them."""
    text = normalise_query(query, max_depth=max_depth)
    if not allow_dataset:
        known = _known(query, text, max_depth)
        if known is not None:
            return CheckedQuery(text, known["form"])
    tree = _parse_checked(text, max_depth, allow_dataset=allow_dataset)
    defaults, named = _dataset_clauses(tree) if allow_dataset else ((), ())
    return CheckedQuery(text, tree[1].name, defaults, named)


def _dataset_clauses(tree: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The `FROM` and `FROM NAMED` IRIs of a parsed query, prefixed names expanded and the
    query's own BASE applied (a relative IRI left relative when it has none)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    base, prefixes = "", {}
    for declaration in tree[0]:
        if declaration.name == "Base":
            base = urljoin(base, str(declaration.iri)) if base else str(declaration.iri)
        elif declaration.name == "PrefixDecl":
            prefixes[_part(declaration, "prefix")] = str(declaration.iri)
    found: dict[str, list[str]] = {"default": [], "named": []}
    # not .get(): CompValue.get answers a missing key's own name (see _part)
    clauses = tree[1]["datasetClause"] if "datasetClause" in tree[1] else None  # noqa: SIM401
    for clause in clauses or []:
        kind = "named" if "named" in clause else "default"
        term = clause[kind]
        if isinstance(term, CompValue):  # a prefixed name
            prefix = _part(term, "prefix")
            if prefix not in prefixes:
                raise QueryError(f"SPARQL syntax error: the prefix {prefix}: is not declared")
            iri = prefixes[prefix] + _part(term, "localname")
        else:
            iri = str(term)
        found[kind].append(urljoin(base, iri) if base else iri)
    return tuple(found["default"]), tuple(found["named"])


def _part(node: Any, key: str) -> str:
    """A part of a parse-tree node, "" when absent (rdflib's `CompValue.get` answers the key's
    own name for a missing key)."""
    return str(node[key]) if key in node and node[key] is not None else ""


def parse_safe_query(query: str, *, max_depth: int = MAX_QUERY_DEPTH) -> Any:
    """The parse tree of the normalised text of a query that is safe to run (see
    `ensure_safe_query`)."""
    return _parse_checked(normalise_query(query, max_depth=max_depth), max_depth)


def _parse_checked(text: str, max_depth: int, *, allow_dataset: bool = False) -> Any:
    # rdflib's SPARQL parser is imported here, not with this module: a one-shot `kg query` of a
    # query the build checked already (`remember_checked`) never needs it (half a second).
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        with deep_enough(max_depth):
            tree = parseQuery(text)
            nodes = list(_walk(tree))
    except ParseException as error:
        try:
            with deep_enough(max_depth):
                parseUpdate(text)
        except (ParseException, RecursionError, ValueError):
            raise QueryError(f"SPARQL syntax error: {error}") from None
        raise UnsafeQueryError(
            "updates are not allowed: this is a read-only query interface"
        ) from None
    except RecursionError:
        raise QueryError(
            _too_deep(
                "the query chains too many operators inside one another "
                "(a long run of !, - or ^, or the like)",
                max_depth,
            )
        ) from None
    except ValueError as error:  # rdflib's own checks of terms while parsing
        raise QueryError(f"SPARQL syntax error: {error}") from None
    for node in nodes:
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                raise UnsafeQueryError(
                    "SERVICE is not allowed: queries never make requests to other endpoints"
                )
            if node.name == "DatasetClause" and not allow_dataset:
                raise UnsafeQueryError(
                    "FROM / FROM NAMED is not allowed: the dataset is fixed; "
                    "use GRAPH <iri> { … } to pick a named graph"
                )
    return tree


_PROBE = "\n  VALUES () { () }\n"
"""An empty VALUES block (no variables, one empty row: it changes no answer), placed where
parameters will be bound so that the one parse of the safety check also shows where it landed."""


@dataclass(frozen=True)
class BindableQuery:
    """A SELECT or ASK query found safe, ready to have parameters bound by a VALUES block at the
    top of its WHERE group, with the query parsed once in all (the safety check) rather than
    once more per binding (docs/benchmarks.md, #13: three parses cost a one-shot `kg query`
    most of a second)."""

    text: str
    """The normalised query (`normalise_query`) with `_PROBE` opening its WHERE group."""
    form: str
    probe: int
    """Where `_PROBE` starts in `text`."""
    nested: Mapping[str, str]
    """Variables used where a VALUES block at the top would not bind them as initial bindings
    do (see `nested_variable_uses`), each with where."""

    def bind(self, bindings: Mapping[str, Node]) -> str:
        """The text to run with `bindings` (IRIs and literals only) in the VALUES block."""
        names = sorted(bindings)
        for name in names:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                raise QueryError(f"{name!r} is not a SPARQL variable name")
        nested = {name: self.nested[name] for name in names if name in self.nested}
        if nested:
            raise QueryError(
                "a remote store cannot bind parameters used inside OPTIONAL, UNION, MINUS or a "
                f"sub-select: {', '.join('?' + n for n in sorted(nested))}"
            )
        terms = " ".join(_term_text(name, bindings[name]) for name in names)
        block = f"\n  VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}\n"
        return self.text[: self.probe] + block + self.text[self.probe + len(_PROBE) :]


def bindable_query(query: str, *, max_depth: int = MAX_QUERY_DEPTH) -> BindableQuery:
    """`query` checked as `ensure_safe_query` does, in one parse, and made ready for binding
    (see `BindableQuery`). Remembered per query text, as `check_query` is."""
    return _bindable_query(query, max_depth)


@lru_cache(maxsize=256)
def _bindable_query(query: str, max_depth: int) -> BindableQuery:
    text = normalise_query(query, max_depth=max_depth)
    known = _known(query, text, max_depth)
    slot = known.get("slot") if known is not None else None
    if known is not None and isinstance(slot, int) and text[slot - 1 : slot] == "{":
        return BindableQuery(
            text[:slot] + _PROBE + text[slot:], known["form"], slot, dict(known["nested"])
        )
    from rdflib.plugins.sparql.parserutils import CompValue

    from kg.store import where_group_start  # a lexical scan; kg.store imports this module

    try:
        slot = where_group_start(text) + 1
    except QueryError:
        _parse_checked(text, max_depth)  # the query's own error first, if it has one
        raise
    probed = text[:slot] + _PROBE + text[slot:]
    try:
        tree = _parse_checked(probed, max_depth)
    except QueryError:
        _parse_checked(text, max_depth)  # the query's own error, not one the probe caused
        raise QueryError(
            "could not find the WHERE group of the query to bind its parameters"
        ) from None
    where = tree[1].get("where")
    parts = list(where.get("part") or []) if where is not None else []
    first = parts[0] if parts else None
    if not isinstance(first, CompValue) or first.name != "InlineData" or "var" in first:
        raise QueryError("could not find the WHERE group of the query to bind its parameters")
    return BindableQuery(probed, tree[1].name, slot, nested_variable_uses(parts[1:]))


_NESTED = {
    "OptionalGraphPattern": "OPTIONAL",
    "GroupOrUnionGraphPattern": "a nested group, UNION or sub-select",
    "MinusGraphPattern": "MINUS",
}


def nested_variable_uses(parts: Iterable[Any]) -> dict[str, str]:
    """Variables of a WHERE group's parsed `parts` used where a VALUES block at the top of the
    group would not bind them as initial bindings do, each with where: inside OPTIONAL, UNION,
    MINUS, a nested group or a sub-select, or in a FILTER or BIND inside a GRAPH block.
    Top-level triples, FILTERs (EXISTS included) and BINDs, and triples inside a top-level
    GRAPH block, are fine."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found: dict[str, str] = {}

    def check(parts: Iterable[Any], top: bool) -> None:
        for part in parts:
            if not isinstance(part, CompValue):
                continue
            if part.name == "GraphGraphPattern":
                inner = part.graph
                inner_parts = (inner.get("part") or []) if isinstance(inner, CompValue) else []
                check(inner_parts, top=False)
                continue
            if part.name in ("TriplesBlock", "InlineData"):
                continue
            if part.name in ("Filter", "Bind") and top:
                continue
            place = _NESTED.get(part.name, f"{part.name} inside GRAPH")
            for node in _walk(part):
                if isinstance(node, Variable):
                    found.setdefault(str(node), place)

    check(parts, top=True)
    return found


# ---------------------------------------------------------------- checked by the build

CHECKED_FILE = "checked-queries.json"
"""Beside a build's store: every catalogue query as the build checked it (`write_checked`)."""
_KNOWN: dict[str, dict[str, Any]] = {}


@lru_cache(maxsize=1)
def _checker_digest() -> str:
    """A digest of this module's source: a check recorded by another version of the checker
    is not reused."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def _known_key(query: str, max_depth: int) -> str:
    digest = hashlib.sha256(f"{_checker_digest()}\0{max_depth}\0".encode())
    digest.update(query.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _known(query: str, text: str, max_depth: int) -> dict[str, Any] | None:
    """The build's record of `query`, if it has one and it records `text` (the normalised
    query, worked out here again: the record only says it is safe, never what runs)."""
    known = _KNOWN.get(_known_key(query, max_depth)) if _KNOWN else None
    return known if known is not None and known.get("text") == text else None


def checked_entry(query: str, *, max_depth: int = MAX_QUERY_DEPTH) -> dict[str, Any]:
    """What `check_query` and `bindable_query` found for `query`, as a record to keep: the
    normalised text, the form and, for a query parameters can be bound in, where the VALUES
    block goes and which variables are nested. Raises as they do for an unsafe query."""
    checked = check_query(query, max_depth=max_depth)
    entry: dict[str, Any] = {"text": checked.text, "form": checked.form, "slot": None,
                             "nested": {}}
    try:
        bindable = bindable_query(query, max_depth=max_depth)
    except QueryError:  # no WHERE group to bind in (CONSTRUCT …): runs without parameters
        return entry
    entry["slot"] = bindable.probe
    entry["nested"] = dict(bindable.nested)
    return entry


def write_checked(path: Path, queries: Iterable[str], *, previous: Path | None = None) -> None:
    """Record the checks of `queries` (the catalogue's texts; unsafe ones are left out, and
    fail when run) in `path`, which the caller publishes atomically with the build. A record of
    the same text in `previous` (the last build's file) is kept instead of checked again: its
    key digests the text and this module's checker, and rdflib's parser took several seconds
    of an L build for the fourteen catalogue queries."""
    try:
        before = json.loads(previous.read_text(encoding="utf-8")) if previous else {}
    except (OSError, ValueError):
        before = {}
    records = {}
    for query in queries:
        key = _known_key(query, MAX_QUERY_DEPTH)
        if isinstance(before, dict) and isinstance(before.get(key), dict):
            records[key] = before[key]
            continue
        try:
            records[key] = checked_entry(query)
        except QueryError:
            continue
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def remember_checked(path: Path) -> None:
    """Reuse the checks a build recorded (`write_checked`), if it has the file: a one-shot
    `kg query` then neither imports nor runs rdflib's SPARQL parser (about a second of its
    time). Only texts equal to a recorded one, checked by this very version of this module,
    are taken from it; anything else is checked here as always."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(records, dict):
        _KNOWN.update(records)


_SAFE_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


def _term_text(name: str, term: Node) -> str:
    """A bound term as SPARQL text; only IRIs and literals, and only well-formed IRIs (rdflib
    escapes literals itself but writes any string it was given as an IRI)."""
    if not isinstance(term, URIRef | Literal):
        raise QueryError(f"parameter {name!r}: only IRIs and literals can be bound")
    iri = term if isinstance(term, URIRef) else term.datatype
    if iri is not None and not _SAFE_IRI.fullmatch(f"<{iri}>"):
        raise QueryError(f"parameter {name!r}: {str(iri)!r} is not a valid IRI")
    return term.n3()


def _too_deep(what: str, max_depth: int) -> str:
    return (
        f"{what}; the most allowed is {max_depth} levels of nesting "
        "(a server's operator can change it with kg serve --max-query-depth); "
        "write the query flatter"
    )


@contextlib.contextmanager
def deep_enough(max_depth: int) -> Iterator[None]:
    """Let rdflib's recursive parser and evaluator reach `max_depth` nested brackets: Python's
    default recursion limit (1000 frames) runs out at 20 nested parentheses. Raised for the
    call only, and never lowered below what it was."""
    frames, frame = 0, sys._getframe()
    while frame is not None:
        frames, frame = frames + 1, frame.f_back
    needed = frames + 1000 + 60 * min(max_depth, MAX_QUERY_DEPTH_CEILING)
    before = sys.getrecursionlimit()
    if needed > before:
        sys.setrecursionlimit(needed)
    try:
        yield
    finally:
        if needed > before:
            sys.setrecursionlimit(before)


# The SPARQL grammar (sections 19.2, 19.4, 19.8): `\uXXXX` and `\UXXXXXXXX` escapes are code
# points written anywhere in the text, processed before parsing; a comment runs from `#` to the
# end of the line, and a line ends at #xA or #xD.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ANY_CODEPOINT = re.compile(r"\\[uU][0-9A-Fa-f]{4}")  # rdflib's reading: \u may take 8 digits
_SPECIAL = re.compile(r"""[#'"<\\\r\n{}()\[\]]""")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_COMMENT = re.compile(r"#[^\r\n]*")
_STRINGS = {
    "'" * 3: re.compile("'''(?:[^'\\\\]|\\\\[\\s\\S]|'(?!''))*'''"),
    '"' * 3: re.compile('"""(?:[^"\\\\]|\\\\[\\s\\S]|"(?!""))*"""'),
    "'": re.compile(r"'(?:[^'\\\r\n]|\\[^\r\n])*'"),
    '"': re.compile(r'"(?:[^"\\\r\n]|\\[^\r\n])*"'),
}
_OPENING, _CLOSING = "{([", "})]"
_STEP = re.compile(
    r"&&|\|\||[.;,|/+*!^=>-]|\b(?:UNION|OPTIONAL|MINUS|FILTER|BIND|VALUES|GRAPH|EXISTS)\b",
    re.IGNORECASE,
)


def normalise_query(query: str, *, max_depth: int = MAX_QUERY_DEPTH) -> str:
    """The query as both the safety check and the engine must read it.

    Codepoint escapes are expanded (as the grammar says, before anything else: rdflib does so,
    Oxigraph only inside strings and IRIs), comments are removed, and every line ends in #xA (a
    carriage return inside a long string becomes the escape `\\r`, which means the same
    character). Strings and IRIs are otherwise kept as they are. The result holds no carriage
    return and no escape, so no parser can read it differently on those grounds. Brackets
    nested deeper than `max_depth` are an error, as are a query larger than `MAX_QUERY_STEPS`
    and escapes that name no character."""
    text = _expand_codepoints(query)
    out: list[str] = []
    depth, steps, position, length = 0, 0, 0, len(text)
    while position < length:
        found = _SPECIAL.search(text, position)
        start = length if found is None else found.start()
        plain = text[position:start]
        out.append(plain)
        steps += len(_STEP.findall(plain))
        if steps > MAX_QUERY_STEPS:
            raise QueryError(
                f"the query holds more than {MAX_QUERY_STEPS} operators, patterns and brackets "
                f"(line {text.count(chr(10), 0, start) + 1}), more than the engine can take "
                "safely; split it into smaller queries"
            )
        if found is None:
            break
        char = text[start]
        position = start + 1
        if char == "#":
            position = _COMMENT.match(text, start).end()  # type: ignore[union-attr]
        elif char == "\r":
            out.append("\n")
            position += text.startswith("\n", position)
        elif char == "\\":  # a prefixed name's escape (ex:a\#b): two characters kept together
            out.append(text[start : start + 2].replace("\r", "\n"))
            position = start + 2
        elif char == "<":
            iri = _IRIREF.match(text, start)
            steps += iri is None
            position = iri.end() if iri else position
            out.append(text[start:position])
        elif char in "'\"":
            position = _string_end(text, start)
            literal = text[start:position]
            long_string = text.startswith(char * 3, start)
            out.append(literal.replace("\r", "\\r" if long_string else "\n"))
        else:
            if char in _OPENING:
                depth, steps = depth + 1, steps + 1
                if depth > max_depth:
                    line = text.count("\n", 0, start) + 1
                    raise QueryError(
                        _too_deep(
                            f"the query nests brackets more than {max_depth} deep (line {line})",
                            max_depth,
                        )
                    )
            elif char in _CLOSING:
                depth = max(0, depth - 1)
            out.append(char)
    result = "".join(out)
    if "\r" in result or _ANY_CODEPOINT.search(result):
        raise QueryError(  # an escape that spells another escape (\u005Cu0023) is not read twice
            "SPARQL syntax error: an escape in the query spells another escape; "
            "write the character itself"
        )
    return result


def _string_end(text: str, start: int) -> int:
    """Where the string literal opening at `start` ends; an unterminated one runs to the end of
    its line (the parser then reports it)."""
    char = text[start]
    quote = char * 3 if text.startswith(char * 3, start) else char
    string = _STRINGS[quote].match(text, start)
    if string is not None:
        return string.end()
    line_end = _LINE_END.search(text, start)
    return len(text) if line_end is None else line_end.start()


_LINE_END = re.compile(r"[\r\n]")


def _expand_codepoints(query: str) -> str:
    def expand(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            line = query.count("\n", 0, match.start()) + 1
            raise QueryError(
                f"SPARQL syntax error at line {line}: {match.group()} names no Unicode "
                "character (escapes go up to \\U0010FFFF, surrogates excluded)"
            )
        return chr(code)

    text = _CODEPOINT.sub(expand, query)
    surrogate = _SURROGATE.search(text)
    if surrogate:
        line = text.count("\n", 0, surrogate.start()) + 1
        raise QueryError(
            f"SPARQL syntax error at line {line}: the query holds a lone surrogate "
            f"(U+{ord(surrogate.group()):04X}), which is no character; check its encoding"
        )
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _walk(node: Any) -> Iterable[Any]:
    from rdflib.plugins.sparql.parserutils import CompValue

    yield node
    if isinstance(node, CompValue):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for item in node:
            yield from _walk(item)


# ---------------------------------------------------------------- parameters

_CLASS_OF_TYPE = {
    "group": KG.ArmedGroup,
    "organisation": KG.Organisation,
    "person": KG.Person,
    "place": KG.Place,
}
_NAME_RANK = {SKOS.prefLabel: 0, KG.acronym: 1, SKOS.altLabel: 2, KG.formerName: 3}
NAME_PROPERTIES = tuple(_NAME_RANK)
"""The properties a name parameter is matched against, best first."""
_NAMES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/ctkg/ontology#>
SELECT ?entity ?property ?label WHERE {
  VALUES ?property { skos:prefLabel kg:acronym skos:altLabel kg:formerName }
  ?entity ?property ?label .
  ?entity a ?class .
}
"""
_ANY_NAMES_QUERY = _NAMES_QUERY.replace("  ?entity a ?class .\n", "")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def normalise_name(text: str) -> str:
    """Fold a name for matching: case, diacritics, apostrophes, Qaida/Qaeda, a leading 'the'."""
    text = re.sub(r"[’‘´`'ʼʻ′]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"qa[ei]da", "qaida", text)
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


class Name(NamedTuple):
    """One name of an entity: the entity, the property that gives it, the text."""

    entity: URIRef
    property: URIRef
    label: str


@runtime_checkable
class NameLookup(Protocol):
    """A QueryTarget that can find names by their folded form itself (kg.fast_query's index)
    instead of sending every name of every entity for `resolve_entity` to fold."""

    def names_matching(self, wanted: str, cls: URIRef | None) -> list[Name]: ...


def resolve_entity(target: QueryTarget, text: str, kind: str = "entity") -> URIRef:
    """The IRI of the one entity of `kind` whose name best matches `text`.

    Preferred names beat acronyms, which beat alternative names, which beat former names; a tie
    between different entities is an error that lists them, never a guess."""
    if _looks_like_iri(text):
        return expand_iri(text)
    wanted = normalise_name(text)
    if not wanted:
        raise ParameterError(f"empty {kind} name")
    names = names_matching(target, wanted, _CLASS_OF_TYPE.get(kind))
    former = {(n.entity, n.label) for n in names if n.property in (KG.formerName, KG.acronym)}
    best: dict[URIRef, int] = {}
    for entity, prop, label in names:
        if prop == SKOS.altLabel and (entity, label) in former:
            continue  # an inferred altLabel of a former name or acronym keeps its own rank
        rank = _NAME_RANK[prop]
        best[entity] = min(rank, best.get(entity, rank))
    if not best:
        return _forgiving_match(target, text, kind)
    top = min(best.values())
    winners = sorted(e for e, r in best.items() if r == top)
    if len(winners) > 1:
        raise ParameterError(
            f"{text!r} names several {kind}s: {', '.join(winners)}; pass the IRI instead"
        )
    return winners[0]


def _forgiving_match(target: QueryTarget, text: str, kind: str) -> URIRef:
    """No name is `text` as written: resolve it when exactly one entity of `kind` has a name
    that is `text` once transliterated and folded with the Arabic article dropped (kg.search),
    else fail with the closest names of that kind, or of any kind if it has none."""
    from kg.search import did_you_mean, exact_matches, search

    wanted_kind = kind if kind in ("group", "organisation", "person", "place") else None
    candidates = search(target, text, kind=wanted_kind)
    exact = {c.entity for c in exact_matches(candidates)}
    if len(exact) == 1:
        return exact.pop()
    if not candidates and wanted_kind is not None:
        candidates = search(target, text)
    raise ParameterError(
        f"no {kind} is named {text!r}{did_you_mean(candidates)} "
        f"(`kg search {text!r}` ranks every name; an IRI is also accepted)"
    )


def resolve_place_parameter(target: QueryTarget, text: str) -> URIRef:
    """A place by ISO code ('NG', 'NGA', 'NG-BO'), by any name the graph gives it (the Sahel,
    Kenya), or else by the gazetteer's name for it: a country the data never mentions is
    still a valid filter (and matches nothing), not an error."""
    from kg.gazetteer import gazetteer

    stripped = text.strip()
    if re.fullmatch(r"[A-Z]{2,3}(?:-[A-Z0-9]{1,3})?", stripped):
        place = gazetteer().by_code(stripped)
        if place is not None:
            return gazetteer().iri(place)
    if _looks_like_iri(text):
        return expand_iri(text)
    names = names_matching(target, normalise_name(text), KG.Place)
    if not names:
        found = gazetteer().resolve(text)
        if found is None or found.place.kind not in ("country", "continent", "subdivision"):
            raise ParameterError(f"no place is named {text!r}; give a country, region or ISO code")
        return found.iri
    best: dict[URIRef, int] = {}
    for entity, prop, _ in names:
        best[entity] = min(_NAME_RANK[prop], best.get(entity, 9))
    top = min(best.values())
    winners = [e for e, r in best.items() if r == top]

    def breadth(iri: URIRef) -> int:
        # the Sahel of data/places.ttl before Burkina Faso's Sahel Region: an analysts'
        # region (not in the gazetteer) first, then a country, continent, province, town
        place = gazetteer().place(str(iri))
        order = {"country": 1, "continent": 2, "subdivision": 3, "city": 4}
        return 0 if place is None else order.get(place.kind, 5)

    widest = min(breadth(w) for w in winners)
    winners = sorted(w for w in winners if breadth(w) == widest)
    if len(winners) > 1:
        raise ParameterError(
            f"{text!r} names several places: {', '.join(winners)}; pass the IRI instead"
        )
    return winners[0]


def names_matching(target: QueryTarget, wanted: str, cls: URIRef | None) -> list[Name]:
    """Every name that folds to `wanted` (see `normalise_name`), of an instance of `cls` (any
    entity if None): from the target's own index when it has one, otherwise by fetching every
    name (of every instance of `cls`) and folding them here."""
    if isinstance(target, NameLookup):
        return target.names_matching(wanted, cls)
    query, bindings = (_ANY_NAMES_QUERY, {}) if cls is None else (_NAMES_QUERY, {"class": cls})
    found = []
    # A remote store caps its answers (kg serve at --max-rows, Virtuoso at 10,000 rows), and a
    # graph with gazetteer places has thousands of names: fetch them a page at a time, in a
    # fixed order so that pages neither overlap nor skip.
    for offset in itertools.count(0, _NAME_PAGE):
        page = f"{query}ORDER BY ?entity ?property ?label\nLIMIT {_NAME_PAGE} OFFSET {offset}\n"
        rows = target.select(page, bindings).as_dicts()
        found += [
            Name(entity, prop, str(label))
            for entity, prop, label in ((r["entity"], r["property"], r["label"]) for r in rows)
            if isinstance(entity, URIRef)
            and isinstance(prop, URIRef)
            and normalise_name(str(label)) == wanted
        ]
        if len(rows) < _NAME_PAGE:
            return found
    return found


_NAME_PAGE = 500  # names per request when resolving a parameter at a remote store


def expand_iri(text: str) -> URIRef:
    """An absolute IRI, or a prefixed name with one of our prefixes (group:aqim)."""
    text = text.strip().removeprefix("<").removesuffix(">")
    prefix, _, local = text.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        text = PREFIXES[prefix] + local
    if not _IRI.match(text):
        raise ParameterError(f"{text!r} is not a valid IRI")
    return URIRef(text)


def _looks_like_iri(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith("<") or re.match(r"^(https?|urn):", stripped):
        return True
    prefix, sep, local = stripped.partition(":")
    return bool(sep) and prefix in PREFIXES and bool(local) and " " not in stripped


def to_term(target: QueryTarget, parameter: Parameter, value: str, *, bound: str) -> Node:
    """Turn one textual parameter value into the RDF term bound to the query variable.

    `bound` is "lower" or "upper": a partial date given as a lower bound means its first day,
    as an upper bound its last day ('--param to=2007' includes December 2007)."""
    kind = parameter.type
    if kind == "place":
        return resolve_place_parameter(target, value)
    if kind in _CLASS_OF_TYPE or kind == "entity":
        return resolve_entity(target, value, kind)
    if kind == "iri":
        return expand_iri(value)
    if kind == "integer":
        try:
            return Literal(int(value.strip()), datatype=XSD.integer)
        except ValueError:
            raise ParameterError(
                f"parameter {parameter.name!r} must be a whole number, not {value!r}"
            ) from None
    if kind == "date":
        return Literal(_date_bound(parameter.name, value, bound), datatype=XSD.date)
    return Literal(value)


def _date_bound(name: str, value: str, bound: str) -> str:
    import calendar

    match = _DATE.match(value.strip())
    if not match:
        raise ParameterError(
            f"parameter {name!r} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
        )
    year, month, day = match.groups()
    y = int(year)
    if y < 1:  # xsd:date has no year 0 here (rdflib and Python dates start at 1)
        raise ParameterError(f"parameter {name!r}: there is no year 0; the first year is 0001")
    m = int(month) if month else (1 if bound == "lower" else 12)
    if not 1 <= m <= 12:
        raise ParameterError(f"parameter {name!r}: month {m} is out of range")
    last = calendar.monthrange(y, m)[1]
    d = int(day) if day else (1 if bound == "lower" else last)
    if not 1 <= d <= last:
        raise ParameterError(f"parameter {name!r}: day {d} is out of range")
    return f"{y:04d}-{m:02d}-{d:02d}"


def bind_parameters(
    target: QueryTarget, query: CatalogueQuery, params: Mapping[str, str]
) -> dict[str, Node]:
    """Bindings for every parameter given or defaulted; unknown or missing ones are errors."""
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise ParameterError(
            f"query {query.name!r} has no parameter {unknown[0]!r} (it takes: {known})"
        )
    bindings: dict[str, Node] = {}
    for parameter in query.parameters:
        value = params.get(parameter.name, parameter.default)
        if value is None:
            if parameter.required:
                raise ParameterError(
                    f"query {query.name!r} needs --param {parameter.name}=… "
                    f"({parameter.description})"
                )
            continue
        bound = "upper" if parameter.name in {"to", "until", "before"} else "lower"
        bindings[parameter.name] = to_term(target, parameter, value, bound=bound)
    return bindings


def run_query(
    target: QueryTarget | KnowledgeGraph,
    query: CatalogueQuery,
    params: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a catalogue query with textual parameters, as `kg query NAME --param k=v` does.

    A KnowledgeGraph is queried through its Oxigraph copy (kg.fast_query), which answers like
    rdflib's engine but fast; pass `EmbeddedStore(kg)` to use rdflib's engine itself."""
    if isinstance(target, KnowledgeGraph):
        from kg.fast_query import OxigraphStore

        store: QueryTarget = OxigraphStore.of(target)
    else:
        store = target
    bindings = bind_parameters(store, query, params or {})
    return store.select(query.text, bindings)


def parse_param_options(options: Sequence[str]) -> dict[str, str]:
    """`name=value` strings from the command line into a mapping."""
    params: dict[str, str] = {}
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"--param takes name=value, not {option!r}")
        name = name.strip()
        if name in params and params[name] != value:
            # keeping the last one silently would answer a question the analyst did not ask
            raise ParameterError(
                f"--param {name} is given twice ({params[name]!r} and {value!r}); a catalogue "
                "parameter takes one value: run the query once per value"
            )
        params[name] = value
    return params


# ---------------------------------------------------------------- output


def term_text(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(result: QueryResult, *, delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([term_text(t) for t in row])
    return out.getvalue()


def to_sparql_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, indent=2)
    bindings = []
    for row in result.rows:
        binding = {}
        for name, term in zip(result.variables, row, strict=True):
            if term is None:
                continue
            if isinstance(term, URIRef):
                binding[name] = {"type": "uri", "value": str(term)}
            elif isinstance(term, BNode):
                binding[name] = {"type": "bnode", "value": str(term)}
            else:
                entry: dict[str, str] = {"type": "literal", "value": str(term)}
                if term.language:
                    entry["xml:lang"] = term.language
                elif term.datatype:
                    entry["datatype"] = str(term.datatype)
                binding[name] = entry
        bindings.append(binding)
    return json.dumps(
        {"head": {"vars": result.variables}, "results": {"bindings": bindings}},
        indent=2,
        ensure_ascii=False,
    )
