"""Tests never read or write the working `data/` and `build/` folders of the checkout.

Those folders belong to the user: after the README's "add a profile" step (`kg ingest` into
`data/`, then `kg build`) they hold more than the curated data, and a test that read them would
see a different graph (issue #14). So the curated files, the ones the wheel ships (listed under
`[tool.hatch.build.targets.wheel.force-include]` in pyproject.toml), are copied once into a
temporary project folder, `PROJECT`, whose `data/` is `DATA`; every test runs with that folder as
its working directory, so `kg` commands without `--data` or `--build` use it too.

`Guard` is the proof: an audit hook notes every open, listing or scan of a path under the
checkout's `data/` or `build/` from the moment the copy is made, and digests of both folders
taken at the start are compared at the end (this also catches subprocesses, which the hook does
not see). `conftest.py` fails the test that touched them, and the session if they changed.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORKING = (REPO / "data", REPO / "build")
_PACKED_DATA = "kg/_resources/data/"


def curated_files() -> list[str]:
    """The curated data files, relative to `data/`, as the wheel ships them."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packed = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    return sorted(t[len(_PACKED_DATA) :] for t in packed.values() if t.startswith(_PACKED_DATA))


def copy_curated(destination: Path, source: Path | None = None) -> Path:
    """Copy the curated data files into `destination` (a new `data/` folder) and return it."""
    source = source or REPO / "data"
    for name in curated_files():
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / name, target)
    return destination


def digests(folder: Path) -> dict[str, str]:
    """Every file under `folder` (symbolic links by their target's name) with its digest."""
    found: dict[str, str] = {}
    if not folder.exists() and not folder.is_symlink():
        return found
    if folder.is_symlink():
        found["."] = f"-> {os.readlink(folder)}"
        folder = folder.resolve()
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


class Guard:
    """Notes every access to the working folders; see the module docstring."""

    def __init__(self, working: tuple[Path, ...] = WORKING) -> None:
        self.prefixes = tuple(str(folder) for folder in working)
        self.before = {str(folder): digests(folder) for folder in working}
        self.touched: list[str] = []
        self.active = False

    def is_working_path(self, path: object) -> bool:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str | os.PathLike):
            return False
        text = os.fspath(path)
        if not os.path.isabs(text):
            text = os.path.abspath(text)
        return any(text == p or text.startswith(p + os.sep) for p in self.prefixes)

    def audit(self, event: str, args: tuple) -> None:
        watched = self.active and event in ("open", "os.listdir", "os.scandir") and args
        if watched and self.is_working_path(args[0]):
            self.touched.append(os.fspath(args[0]))

    def changed(self) -> list[str]:
        """The working folders whose files differ from the start of the session."""
        return [folder for folder, seen in self.before.items() if digests(Path(folder)) != seen]

    def install(self) -> None:
        sys.addaudithook(self.audit)  # audit hooks cannot be removed; `active` turns it off
        self.active = True


def _make_project() -> Path:
    project = Path(tempfile.mkdtemp(prefix="ctkg-tests-"))
    copy_curated(project / "data")
    atexit.register(shutil.rmtree, project, ignore_errors=True)
    return project


PROJECT = _make_project()
"""A temporary project folder holding a copy of the curated data: every test's working folder."""
DATA = PROJECT / "data"
"""The curated data, copied: what tests load instead of the checkout's `data/`."""
