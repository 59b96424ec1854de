"""Bounds on what `kg ingest` reads, so a hostile or careless input fails fast and clearly.

A profile of the collection is about 8 KB with lines under 1,000 characters. Without bounds,
`kg ingest /dev/zero` reads until memory runs out and a 20 MB profile (or one 1 MB line) keeps
the readers busy for minutes. So: only regular files are read (devices and FIFOs never end or
block), at most `max_bytes` are read, and no line may exceed `max_line_chars`. Both have
generous defaults (30 times what a real profile needs, which keeps the worst case at the
bound, a profile written to be slow, within 30 seconds) and CLI flags to raise them. The
sentence readers, in addition, skip sentences longer than `MAX_SENTENCE_CHARS` and say so in the
review: no real sentence is that long, and it bounds the work per sentence.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kg.errors import IngestError

MAX_SENTENCE_CHARS = 2_000


@dataclass(frozen=True)
class ProfileLimits:
    """How large a profile may be: bytes of the file, characters of its longest line."""

    max_bytes: int = 250_000
    max_line_chars: int = 10_000


DEFAULT_LIMITS = ProfileLimits()


def read_profile_bytes(path: Path, limits: ProfileLimits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refusing what is not a regular file or is larger than the bound.

    The type is checked before opening (opening a FIFO for reading blocks until a writer
    comes) and the read itself is bounded, so a file that grows while it is read cannot
    push past the limit either."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except OSError as error:
        raise IngestError(f"{path}: cannot read: {error.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(f"{path}: is a folder; give a profile's text file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(
            f"{path}: not a regular file (a device, FIFO or socket); give a profile's text file"
        )
    if info.st_size > limits.max_bytes:
        raise _too_large(path, info.st_size, limits)
    try:
        with open(path, "rb") as stream:
            data = stream.read(limits.max_bytes + 1)
    except OSError as error:
        raise IngestError(f"{path}: cannot read: {error.strerror}") from None
    if len(data) > limits.max_bytes:
        raise _too_large(path, len(data), limits)
    return data


def check_size(path: Path, data: bytes, limits: ProfileLimits = DEFAULT_LIMITS) -> None:
    """The same size bound for a profile given in memory."""
    if len(data) > limits.max_bytes:
        raise _too_large(path, len(data), limits)


def check_lines(path: Path, text: str, limits: ProfileLimits = DEFAULT_LIMITS) -> None:
    """Refuse the first line longer than the bound, naming it (in linear time)."""
    start = 0
    number = 1
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        if end - start > limits.max_line_chars:
            raise IngestError(
                f"{path}:{number}: line of {end - start:,} characters, over the limit of "
                f"{limits.max_line_chars:,} (a profile's lines are paragraphs of under 1,000); "
                "check the file is a profile, or raise the limit with --max-line-length"
            )
        start = end + 1
        number += 1


def _too_large(path: Path, size: int, limits: ProfileLimits) -> IngestError:
    return IngestError(
        f"{path}: {size:,} bytes or more, over the limit of {limits.max_bytes:,} bytes (a "
        "profile is about 10 KB); check the file is a profile, or raise the limit with "
        "--max-bytes"
    )
