"""Choosing a picture's format and writing it safely: shared by the three commands."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from kg import atomic
from kg.errors import KgError


def picture_format(
    picture: str,
    fmt: str | None,
    output: Path | None,
    formats: Sequence[str],
    suffixes: Mapping[str, str],
) -> str:
    """The format asked for with --format, else the one -o's suffix names, else the first.

    A suffix that contradicts --format, or names no format, is an error rather than a file
    whose contents do not match its name."""
    by_suffix = suffixes.get(output.suffix.lower()) if output is not None else None
    if fmt is not None:
        if fmt not in formats:
            raise KgError(f"unknown {picture} format {fmt!r}; use one of {', '.join(formats)}")
        if output is not None and output.suffix and by_suffix not in (None, fmt):
            raise KgError(f"{output}: the suffix says {by_suffix} but --format says {fmt}")
        return fmt
    if output is not None:
        if by_suffix is None:
            known = ", ".join(sorted(suffixes))
            raise KgError(
                f"{output}: cannot tell the {picture} format from the suffix; use "
                f"one of {known} or --format"
            )
        return by_suffix
    return formats[0]


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place, so a failure never
    leaves a half-written picture or touches the file that was there."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise KgError(f"{path}: the folder {folder} does not exist")
    atomic.write_atomically(path, data)  # 0644: a README image is for sharing
