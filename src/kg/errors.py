"""Exceptions a user can cause. Each says what went wrong, where, and how to fix it.

"Could not run" is one of these; "ran and found problems" (SHACL violations) is a returned
report, not an exception. The CLI prints `str(error)` on one line and exits non-zero.
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class for every error the user can cause and fix."""

    exit_code = 2


class DataFileError(KgError):
    """An RDF file that cannot be read: bad syntax, unknown format, unsafe content."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


class QueryError(KgError):
    """A query that cannot be found, parsed or run."""


class UnsafeQueryError(QueryError):
    """A query refused for what it would do (an update, SERVICE, FROM), not for its syntax:
    `kg serve` answers it with 403 rather than 400."""


class ParameterError(KgError):
    """A query parameter that is missing, malformed or names nothing in the graph."""


class StoreError(KgError):
    """A SPARQL store that cannot be reached or refuses a request."""


class IngestError(KgError):
    """A profile that cannot be read (missing, not a regular file, over a size bound), or an
    ingest result that must not be written."""
