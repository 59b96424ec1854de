"""The release, in one place: read from the installed package's metadata (pyproject.toml's
`version`), so the code, `kg --version`, the ontology's owl:versionInfo and every export's
VoID/DCAT description name the same one (tests/test_release.py checks the ontology agrees)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__: str = metadata.version("ctkg")
except metadata.PackageNotFoundError:  # a source tree put on sys.path without installing it
    __version__ = "0.0.0+unknown"
