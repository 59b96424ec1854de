"""Where the ontology, shapes, query catalogue and default data live.

From a source checkout (editable install) they are the repository's top-level folders; from a
wheel they are packed under `kg/_resources`. Data is looked up in the current directory first,
so `kg build` run inside a checkout uses that checkout's `data/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent.parent
_WHEEL_RESOURCES = _PACKAGE_DIR / "_resources"


def _resource_dir(name: str) -> Path:
    packed = _WHEEL_RESOURCES / name
    return packed if packed.is_dir() else _REPO_ROOT / name


def ontology_dir() -> Path:
    """`ontology/`: kg.ttl and the SKOS vocabularies under vocab/."""
    return _resource_dir("ontology")


def shapes_dir() -> Path:
    """`shapes/`: SHACL shapes, one file per family, and SPARQL checks under checks/."""
    return _resource_dir("shapes")


def queries_dir() -> Path:
    """`queries/`: the named query catalogue."""
    return _resource_dir("queries")


def default_data_dir() -> Path:
    """`data/` of the current directory if there is one, else of the source checkout."""
    here = Path.cwd() / "data"
    return here if here.is_dir() else _REPO_ROOT / "data"


def default_build_dir() -> Path:
    """`build/` beside the data folder in use."""
    return default_data_dir().parent / "build"
