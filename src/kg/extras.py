"""The optional parts of ctkg and what to say when one is missing.

The core (`kg build/validate/query/export/ingest/push`) installs without the web server and the
picture stacks, which are most of an environment's size (matplotlib, basemap and its data, the
Graphviz binding, Starlette, uvicorn, Jinja). Commands that need them import them only when they
run, inside `needs(...)`, so that a missing one is one line naming the extra to install rather
than a ModuleNotFoundError traceback.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from kg.errors import KgError

# The top-level modules each extra brings; an ImportError for any other module is a bug, not a
# missing extra, and is left alone.
EXTRA_MODULES: dict[str, frozenset[str]] = {
    "serve": frozenset(
        {"starlette", "uvicorn", "jinja2", "graphviz", "matplotlib"}
    ),
    "pictures": frozenset({"graphviz", "matplotlib", "mpl_toolkits"}),
    "stix": frozenset({"stix2", "stix2patterns"}),
    "xlsx": frozenset({"openpyxl", "et_xmlfile"}),
}


class MissingExtraError(KgError):
    """A command needs an optional part of ctkg that is not installed."""


def missing_extra_message(what: str, extra: str) -> str:
    """The one line a user sees: what needs which extra, and the command that installs it."""
    return f"{what} needs the '{extra}' extra: pip install 'ctkg[{extra}]'"


@contextlib.contextmanager
def needs(extra: str, what: str) -> Iterator[None]:
    """Run the block (which imports the extra's modules); a missing one becomes a
    `MissingExtraError` naming the extra."""
    try:
        yield
    except ModuleNotFoundError as error:
        top = (error.name or "").split(".")[0]
        if top in EXTRA_MODULES[extra]:
            raise MissingExtraError(missing_extra_message(what, extra)) from error
        raise
