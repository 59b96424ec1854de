"""The named query catalogue: `queries/*.rq`, each a document with a grlc-compatible header.

    #+ summary: Lineage of a group
    #+ description: Every organisation the group descends from ...
    #+ params:
    #+   group: {type: group, description: "a name, acronym, alias or IRI", required: true}
    #+ tags: [lineage]

The header is YAML behind `#+`; keys we do not know are kept and ignored, as grlc does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kg.errors import QueryError
from kg.resources import queries_dir

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (the wheels are): the same documents,
read in C, which matters to a one-shot `kg query` that reads a header and exits."""

PARAMETER_TYPES = {
    "group": "an armed group: name, acronym, alias or IRI",
    "organisation": "an organisation: name, acronym, alias or IRI",
    "person": "a person: name or IRI",
    "place": "a place: name or IRI",
    "entity": "anything with a name: name, acronym, alias or IRI",
    "integer": "a whole number",
    "date": "YYYY, YYYY-MM or YYYY-MM-DD",
    "period": "YYYY, YYYY-MM or YYYY-MM-DD: the whole year, month or day",
    "string": "text",
    "iri": "an absolute IRI",
}


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str = ""
    default: str | None = None
    required: bool = False


@dataclass(frozen=True)
class CatalogueQuery:
    name: str
    path: Path
    summary: str
    description: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    text: str
    header: dict[str, Any]


def parse_header(text: str, path: Path | str) -> dict[str, Any]:
    """The YAML behind the leading `#+` lines of a query (empty if there are none)."""
    lines = []
    for line in text.splitlines():
        if line.startswith("#+"):
            lines.append(line[3:] if line.startswith("#+ ") else line[2:])
        elif line.strip() and not line.startswith("#"):
            break
    if not lines:
        return {}
    try:
        header = yaml.load("\n".join(lines), Loader=_SafeLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise QueryError(f"{where}: the #+ header is not valid YAML: {error}") from None
    if not isinstance(header, dict):
        raise QueryError(f"{path}: the #+ header must be a mapping of keys to values")
    return header


def read_query(path: Path) -> CatalogueQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{path}: no such query file") from None
    header = parse_header(text, path)
    parameters = []
    for name, spec in (header.get("params") or {}).items():
        spec = spec if isinstance(spec, dict) else {"description": str(spec)}
        kind = spec.get("type", "string")
        if kind not in PARAMETER_TYPES:
            raise QueryError(
                f"{path}: parameter {name!r} has unknown type {kind!r}; "
                f"use one of {', '.join(PARAMETER_TYPES)}"
            )
        default = spec.get("default")
        parameters.append(
            Parameter(
                name=name,
                type=kind,
                description=str(spec.get("description", PARAMETER_TYPES[kind])),
                default=None if default is None else str(default),
                required=bool(spec.get("required", False)),
            )
        )
    return CatalogueQuery(
        name=path.stem,
        path=path,
        summary=str(header.get("summary", path.stem)),
        description=" ".join(str(header.get("description", "")).split()),
        tags=tuple(header.get("tags") or ()),
        parameters=tuple(parameters),
        text=text,
        header=header,
    )


def catalogue(folder: Path | None = None) -> dict[str, CatalogueQuery]:
    """Every query of the catalogue by name (the file name without `.rq`)."""
    folder = folder or queries_dir()
    return {path.stem: read_query(path) for path in sorted(folder.glob("*.rq"))}


def find_query(name_or_path: str) -> CatalogueQuery:
    """A catalogue query by name, or any `.rq` file by path. Only that query's file is read:
    a one-shot `kg query` used to parse every header of the catalogue first."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return read_query(path)
    folder = queries_dir()
    names = sorted(p.stem for p in folder.glob("*.rq"))
    if name_or_path in names:
        return read_query(folder / f"{name_or_path}.rq")
    raise QueryError(
        f"no query named {name_or_path!r}; `kg queries` lists the catalogue "
        f"({', '.join(names)}), or give a path to a .rq file"
    )


def catalogue_markdown(queries: dict[str, CatalogueQuery] | None = None) -> str:
    """The catalogue's README, generated from the query headers (never written by hand)."""
    queries = queries if queries is not None else catalogue()
    lines = [
        "# Query catalogue",
        "",
        "Generated from the `#+` headers of the `.rq` files by `kg queries --markdown`; "
        "do not edit by hand.",
        "Run one with `kg query NAME --param name=value`.",
        "",
    ]
    for query in queries.values():
        lines += [f"## `{query.name}` — {query.summary}", "", query.description, ""]
        if query.parameters:
            lines += [
                "| parameter | type | required | default | description |",
                "|---|---|---|---|---|",
            ]
            for p in query.parameters:
                default = "" if p.default is None else f"`{p.default}`"
                required = "yes" if p.required else "no"
                lines.append(
                    f"| `{p.name}` | {p.type} | {required} | {default} | {p.description} |"
                )
            lines.append("")
        if query.tags:
            lines += ["Tags: " + ", ".join(query.tags), ""]
    return "\n".join(lines)
