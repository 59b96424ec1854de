"""Where the ontology, shapes, query catalogue and default data live.

From a source checkout (editable install) they are the repository's top-level folders; from a
wheel they are packed under `kg/_resources`, the curated data (the places gazetteer and the AQIM
profile) included, so an installed `kg build` works from any folder. Data is looked up in the
current directory first, so `kg build` run inside a checkout, or in a project folder made by
`kg init`, uses that folder's `data/`.
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


def curated_data_dir() -> Path:
    """The curated data that ships with the package (`data/` of the wheel or the checkout)."""
    return _resource_dir("data")


def default_data_dir() -> Path:
    """`data/` of the current directory if there is one, else the curated data."""
    here = Path.cwd() / "data"
    return here if here.is_dir() else curated_data_dir()


def default_build_dir() -> Path:
    """`build/` beside the data folder in use; for the curated data of an installed package
    (whose folder may not be writable, and is no place for outputs) `build/` of the current
    directory."""
    data = default_data_dir()
    if data.parent == _WHEEL_RESOURCES:
        return Path.cwd() / "build"
    return data.parent / "build"
