"""What an ingestion found and what it could not read, section by section.

A parser that drops what it does not understand hides gaps from the analyst; here every such gap
is a `Problem` that names its line, and every section keeps a list of what was extracted and
which sentences were left unused, so `kg ingest --review` can show both before anything is
written into `data/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(Enum):
    """ERROR: the result would be wrong or incomplete (written only with `partial=True`).
    WARNING: something was kept as text or guessed; the result is still sound.
    NOTE: how the input was read (encoding, line endings), for the record."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Problem:
    """Something the analyst should know about, always tied to a 1-based line of the profile."""

    line: int
    message: str
    severity: Severity = Severity.WARNING
    section: str | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class SectionReport:
    """Per section: what became RDF and which sentences were not used at all."""

    key: str
    title: str
    start_line: int
    end_line: int
    extracted: list[str] = field(default_factory=list)
    not_understood: list[tuple[int, str]] = field(default_factory=list)
    # sentences a reader of another kind of fact read from this section (lineage told in a
    # leadership paragraph): never "not understood", whichever reader runs first
    understood_elsewhere: list[tuple[int, str]] = field(default_factory=list)
    statements: int = 0  # triples stated in the section's graph(s)
    # (line, candidate, kind, reason): a name, date, number or place word no statement uses
    unused: list[tuple[int, str, str, str]] = field(default_factory=list)

    def as_json(self, problems: list[Problem]) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "statements": self.statements,
            "extracted": list(self.extracted),
            "not_understood": [{"line": n, "text": t} for n, t in self.not_understood],
            "unused_candidates": [
                {"line": n, "text": t, "kind": k, "reason": r} for n, t, k, r in self.unused
            ],
            "problems": [_problem_json(p) for p in problems],
        }


def _problem_json(problem: Problem) -> dict:
    return {
        "line": problem.line,
        "severity": problem.severity.value,
        "message": problem.message,
        "section": problem.section,
    }


def review_json(
    sections: list[SectionReport], problems: list[Problem], *, source: str = ""
) -> dict:
    """The review as data (`kg ingest --review --format json`), for tooling: the same content
    as the text review, every section with its statements, extracted facts, sentences not
    understood, unused candidates and problems."""
    by_section: dict[str | None, list[Problem]] = {}
    for problem in problems:
        by_section.setdefault(problem.section, []).append(problem)
    keys = {s.key for s in sections}
    return {
        "source": source,
        "sections": [s.as_json(by_section.get(s.key, [])) for s in sections],
        "problems_outside_sections": [
            _problem_json(p) for p in problems if p.section not in keys
        ],
        "errors": sum(1 for p in problems if p.severity is Severity.ERROR),
        "warnings": sum(1 for p in problems if p.severity is Severity.WARNING),
    }


def render_review(
    sections: list[SectionReport], problems: list[Problem], *, source: str = ""
) -> str:
    """The `--review` text: sections in document order, each with its extracted facts, the
    sentences not understood and the problems raised in it; then problems tied to no section."""
    out: list[str] = []
    if source:
        out.append(f"Review of {source}")
        out.append("")
    by_section: dict[str | None, list[Problem]] = {}
    for problem in problems:
        by_section.setdefault(problem.section, []).append(problem)
    for report in sections:
        span = (
            f"line {report.start_line}"
            if report.start_line == report.end_line
            else f"lines {report.start_line}-{report.end_line}"
        )
        out.append(f"== {report.title} [{report.key}] ({span})")
        for item in report.extracted:
            out.append(f"  + {item}")
        if not report.extracted and report.statements:
            # facts were stated though no reader summarised them: never "nothing extracted"
            out.append(f"  + {report.statements} statements (see the section's graph)")
        elif not report.extracted:
            out.append("  (nothing extracted)")
        for line, sentence in report.not_understood:
            out.append(f"  ? line {line}: not understood: {_shorten(sentence)}")
        for line, text, kind, reason in report.unused:
            out.append(f"  - line {line}: unused {kind} {text!r}: {reason}")
        for problem in by_section.pop(report.key, []):
            out.append(f"  ! {problem.severity.value}: {problem}")
        out.append("")
    rest = [p for _, items in sorted(by_section.items(), key=lambda kv: str(kv[0])) for p in items]
    if rest:
        out.append("== Outside any section")
        for problem in sorted(rest, key=lambda p: p.line):
            out.append(f"  ! {problem.severity.value}: {problem}")
        out.append("")
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
    out.append(f"{len(sections)} sections; {errors} errors, {warnings} warnings")
    return "\n".join(out) + "\n"


def _shorten(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
