"""Bytes to text: profiles arrive as UTF-8, Windows-1252 or with CRLF line endings.

The collection's pages are copied out of browsers and word processors, so the same profile can
come as UTF-8 with a BOM, as Windows-1252 (curly quotes as bytes 0x91-0x94) or with CRLF line
endings. All of these read to the same text; anything that cannot be read as text is reported
with the line of the first bad byte instead of failing with a decoding traceback.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from kg.ingest.report import Problem, Severity

# Characters Python treats as line breaks besides \n, and C0 controls other than tab: replaced
# by a space so that line numbers stay those of a text editor and literals stay printable.
_STRAY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]")


@dataclass
class ProfileText:
    text: str
    encoding: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def decode_profile(data: bytes) -> ProfileText:
    """Decode and normalise line endings; every oddity becomes a Problem naming its line."""
    problems: list[Problem] = []
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
            encoding = "utf-16"
        except UnicodeDecodeError as error:
            text = data.decode("utf-16", errors="replace")
            problems.append(
                Problem(_line_of_byte(data, error.start), "not valid UTF-16 text", Severity.ERROR)
            )
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = _line_of_byte(data, error.start)
            try:
                text = data.decode("cp1252")
                encoding = "cp1252"
                problems.append(
                    Problem(
                        line,
                        "not UTF-8 (first non-UTF-8 byte on this line); read as Windows-1252",
                        Severity.NOTE,
                    )
                )
            except UnicodeDecodeError:
                text = data.decode("utf-8", errors="replace")
                problems.append(
                    Problem(
                        line,
                        "neither UTF-8 nor Windows-1252 text; re-save the profile as UTF-8",
                        Severity.ERROR,
                    )
                )
    if "\r" in text:
        first = text[: text.index("\r")].count("\n") + 1
        problems.append(Problem(first, "CRLF or CR line endings read as LF", Severity.NOTE))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    stray = _STRAY.search(text)
    if stray:
        line = text[: stray.start()].count("\n") + 1
        problems.append(
            Problem(line, "control characters replaced by spaces", Severity.WARNING)
        )
        text = _STRAY.sub(" ", text)
    return ProfileText(text, encoding, problems)


def _line_of_byte(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1
