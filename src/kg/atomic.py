"""The one way `kg` writes a file: whole or not at all, with the same permissions everywhere.

Every output (ingested TriG, exports and their VoID, pictures, the gazetteer cache) is written
to a temporary file in the target's own folder (a rename is only atomic within one file
system), flushed to disk with fsync, given its final mode, and renamed onto the target; the
folder is then flushed so the rename itself survives a power cut. A failure at any point leaves
the previous file as it was and no temporary file behind.

`mkstemp` creates files private (0600); an output meant for sharing would then be unreadable by
a web server or a colleague, so the mode is set explicitly: 0644 unless the caller says
otherwise. (The build folder is switched as a whole by `kg.build`, a folder-level version of the
same idea.)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

DEFAULT_MODE = 0o644
"""Readable by everyone, writable by the owner: outputs are for sharing."""

Writer = Callable[[IO[bytes]], None]


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def flush_folder(folder: Path) -> None:
    """fsync a folder so a rename inside it is on disk (a no-op where folders cannot be
    opened, as on some file systems)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _fsync(path: Path) -> None:
    """Flush a closed file's data to disk (through a new descriptor: the writer may have closed
    the stream it was handed)."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def stage(path: Path, content: bytes | str | Writer, *, mode: int = DEFAULT_MODE) -> Path:
    """Write `content` to a new temporary file beside `path`, flushed and with `mode`, and
    return it; the caller renames it into place with `commit` (so several files can be staged
    first and switched together). On failure the temporary file is removed and the error
    re-raised."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=_folder_of(path))
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(content, str):
                stream.write(content.encode("utf-8"))
            elif isinstance(content, bytes | bytearray):
                stream.write(content)
            else:
                content(stream)  # some serialisers close the stream they were given
        _fsync(temporary)
        os.chmod(temporary, mode)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def commit(temporary: Path, path: Path) -> None:
    """Rename a staged file onto `path` in one step and flush the folder."""
    os.replace(temporary, path)
    flush_folder(_folder_of(path))


def write_atomically(
    path: Path, content: bytes | str | Writer, *, mode: int = DEFAULT_MODE
) -> Path:
    """Replace `path` with `content` (bytes, text as UTF-8, or a function writing to a binary
    stream) atomically; readers see the old file or the new one, never part of either."""
    temporary = stage(path, content, mode=mode)
    try:
        commit(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


@contextlib.contextmanager
def atomic_path(path: Path, *, mode: int = DEFAULT_MODE) -> Iterator[Path]:
    """For writers that need a file name rather than a stream (SQLite): yields an empty
    temporary path beside `path`; when the block ends without error it is flushed, given `mode`
    and renamed onto `path`, otherwise removed."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=_folder_of(path))
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _fsync(temporary)
        os.chmod(temporary, mode)
        commit(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
