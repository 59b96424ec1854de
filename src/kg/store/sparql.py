"""SPARQL text before it reaches a store: the safety check, parameter binding, and the rows.

Both stores run the same checked text and bind parameters the same way, so this sits below them
and below the catalogue (`kg.query`), which imports it, never the reverse:

- safety: updates, SERVICE, FROM / FROM NAMED (which make rdflib fetch URLs), queries nested or
  long enough to exhaust a parser's stack are refused; the text that is checked is the text that
  runs (`ensure_safe_query` returns the query as `normalise_query` rewrote it). rdflib's parser
  (the check) and Oxigraph (the engine) disagree on where a comment ends when a line ends in a
  bare carriage return, and on escapes outside strings; in the rewritten text neither can occur.
- binding: values, already RDF terms, in a VALUES block at the top of the WHERE group, found by
  the same parse that checks the query for the embedded store (`bindable_query`) and by a lexical
  scan checked by a parse for a remote one (`bind_with_values`), which has no other way.
- the checks a build recorded (`write_checked`, `remember_checked`), which a one-shot `kg query`
  reuses instead of importing rdflib's parser.
- `QueryResult`, the rows of a SELECT (or the answer of an ASK) whichever store ran it, and
  `QueryTarget`, what a store offers the catalogue.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urljoin

from rdflib import Literal, URIRef, Variable
from rdflib.term import Node

from kg.errors import QueryError, UnsafeQueryError


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
        block = values_blocks([(name, _term_text(name, bindings[name])) for name in names])
        return self.text[: self.probe] + block + self.text[self.probe + len(_PROBE) :]


def values_blocks(terms: Sequence[tuple[str, str]]) -> str:
    """One `VALUES ?name { term }` block per parameter, rather than one block of them all: the
    same one-row join, but Virtuoso 7.2's SQL compiler fails ("no SPART_VARR_FIXED") on a
    block of several variables when the query also has an OPTIONAL (`sources` with `property`).
    `bind_with_values` writes the same text for a remote store."""
    return "".join(f"\n  VALUES ?{name} {{ {term} }}\n" for name, term in terms)


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


# ---------------------------------------------------------------- binding by VALUES


def bind_with_values(query: str, bindings: Mapping[str, Node]) -> str:
    """The query with `VALUES ?a { <term> } VALUES ?b { "term" }` opening its WHERE group, one
    block per parameter (`values_blocks` says why).

    Terms are written by rdflib in N-Triples form; only IRIs and literals can be bound. The
    result is parsed again and must show the block as the first element of the top-level WHERE
    group, so a query the scanner misreads is refused instead of run differently."""
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        if not isinstance(bindings[name], URIRef | Literal):
            raise QueryError(f"parameter {name!r}: only IRIs and literals can be bound")
    nested = nested_parameter_uses(query, names)
    if nested:
        raise QueryError(
            "a remote store cannot bind parameters used inside OPTIONAL, UNION, MINUS or a "
            f"sub-select: {', '.join('?' + n for n in sorted(nested))}"
        )
    block = values_blocks([(n, bindings[n].n3()) for n in names])
    brace = where_group_start(query)
    bound = query[: brace + 1] + block + query[brace + 1 :]
    first = _top_level_parts(bound)[: len(names)]
    if [(p.name, [str(v) for v in p.var]) for p in first] != [("InlineData", [n]) for n in names]:
        raise QueryError("could not find the WHERE group of the query to bind its parameters")
    return bound


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[?$]?[\w:.\-\u00b7]+")


def where_group_start(query: str) -> int:
    """Index of the `{` opening the WHERE group of a SELECT or ASK query.

    A small lexical scan that steps over comments, strings and IRIs: the group is the first
    brace at nesting depth 0 after the WHERE keyword, or the first one at all when the optional
    WHERE keyword is left out."""
    depth = parens = 0
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c in "\"'":
            i = _skip_string(query, i)
            continue
        if c == "<":
            match = _IRIREF.match(query, i)
            i = match.end() if match else i + 1
            continue
        if c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
        elif c == "{":
            if depth == 0 and parens == 0:
                return i
            depth += 1
        elif c == "}":
            depth -= 1
        elif c.isalnum() or c in "?$_":
            match = _WORD.match(query, i)
            if match:
                i = match.end()
                continue
        i += 1
    raise QueryError("the query has no WHERE group")


def _skip_string(text: str, i: int) -> int:
    quote = text[i] * 3 if text.startswith(text[i] * 3, i) else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(quote, j):
            return j + len(quote)
        j += 1
    raise QueryError("a string in the query is not closed")


def _top_level_parts(query: str) -> list[Any]:
    # rdflib's parser imported here: a one-shot `kg query` on a build never needs it
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except ParseException as error:
        raise QueryError(f"SPARQL syntax error: {error}") from None
    where = tree[1].get("where")
    return list(where.get("part") or []) if where is not None else []


def nested_parameter_uses(query: str, names: Iterable[str]) -> dict[str, str]:
    """Parameters used where a VALUES block at the top of WHERE would not bind them as
    embedded binding does, each with where (`kg.store.sparql.nested_variable_uses`)."""
    wanted = set(names)
    uses = nested_variable_uses(_top_level_parts(query))
    return {name: place for name, place in uses.items() if name in wanted}


