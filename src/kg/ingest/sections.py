"""Split a profile into its sections, each with its 1-based line span.

The collection's layout: a header ("Terrorism Profiles"), the group's name, `Alternative Names:`,
three untitled paragraphs (areas, leadership, organisation), `Funding Sources:`, an untitled
history paragraph, `Major Attacks:` with one entry per paragraph, `Ideological Roots:`, untitled
goals, enemies and tactics paragraphs, `Profile Last Updated: …`, `View References` with a
numbered list, and navigation boilerplate. Titled sections are found by their headings; untitled
paragraphs are assigned to the untitled sections expected between two headings, by the words that
mark each kind (a history speaks of splits and mergers) and, where those are silent, by position.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.ingest.entry_layouts import attack_entries
from kg.ingest.report import Problem, Severity

# Titled sections in the collection's order, with how their heading reads.
HEADINGS: list[tuple[str, str, str]] = [
    ("alternative-names", "Alternative Names", r"alternative names?|also known as|aliases"),
    ("funding", "Funding Sources", r"funding sources?|funding|financing"),
    ("major-attacks", "Major Attacks", r"major attacks?|attacks"),
    ("ideology", "Ideological Roots", r"ideological roots?|ideology"),
    ("recent-articles", "Recent Articles", r"recent articles"),
    ("last-updated", "Profile Last Updated", r"profile last updated|last updated"),
    ("references", "View References", r"view references|references|sources"),
]
# The sections the collection leaves untitled, as other writers title them ("Leadership:",
# "History:"). They may come anywhere among the others, in any order, so their headings neither
# open a new part of the layout nor are ever out of order; every paragraph under one, up to the
# next heading, is its text.
FLOATING_HEADINGS: list[tuple[str, str, str]] = [
    ("areas", "Areas of Operation", r"areas?\s+of\s+(?:operations?|activity)|operating\s+areas?|"
     r"geographic(?:al)?\s+(?:scope|reach|focus)"),
    ("leadership", "Leadership", r"leadership|leaders|key\s+(?:leaders|figures)"),
    ("organisation", "Organisation", r"organi[sz]ation(?:al\s+structure)?|structure"),
    ("history", "History", r"history|background|origins?|history\s+and\s+background"),
    ("goals", "Goals", r"goals?|objectives?|aims"),
    ("tactics", "Tactics", r"tactics|modus\s+operandi"),
]
FLOATING = {key for key, _, _ in FLOATING_HEADINGS}
_HEADING_ORDER = [key for key, _, _ in HEADINGS]
_HEADING_TITLES = {key: title for key, title, _ in [*HEADINGS, *FLOATING_HEADINGS]}
_HEADING_RE = [
    (key, re.compile(rf"^\s*(?:{pattern})\s*(?::\s*(?P<rest>.*))?$", re.I))
    for key, _, pattern in [*HEADINGS, *FLOATING_HEADINGS]
]
# The untitled sections in canonical order, with where they sit relative to the headings.
LAYOUT: list[str] = [
    "title",
    "alternative-names",
    "areas",
    "leadership",
    "organisation",
    "funding",
    "history",
    "major-attacks",
    "ideology",
    "goals",
    "enemies",
    "tactics",
    "recent-articles",
    "last-updated",
    "references",
]
UNTITLED = {
    "areas": ("Areas of operation (untitled)", r"^[^.:]{1,160}:\s*\S|\b(?:operates?|operating|active|based)\s+in\b"),  # noqa: E501
    "leadership": ("Leadership (untitled)", r"\b(?:led|leads|leader|leaders|leadership|emir|headed|heads|commander|founder|took over)\b"),  # noqa: E501
    "organisation": ("Organisation (untitled)", r"\b(?:divided|brigades?|cells?|structure|organi[sz]ed|katibas?|battalions?|units?|syndicate|hierarch\w*|shura|council)\b"),  # noqa: E501
    "history": ("History (untitled)", r"\b(?:originated|formed|founded|split|merged?|merger|broke away|renamed|emerged|established|created|splinter)\b"),  # noqa: E501
    "goals": ("Goals (untitled)", r"\b(?:objectives?|goals?|aims?|seeks?|strives?|wants)\b"),
    "enemies": ("Enemies (untitled)", r"\benem(?:y|ies)\b"),
    "tactics": ("Tactics (untitled)", r"\btactics?\b"),
}
_CUES = {key: re.compile(cue, re.I) for key, (_, cue) in UNTITLED.items()}
_BOILERPLATE = re.compile(
    r"^\s*(?:continue researching.*|back to .*profiles?|recent articles)\s*$", re.I
)
_HEADER = re.compile(r"^\s{0,10}[\w ]{0,60}?profiles?\s{0,10}$", re.I)
# a numbered reference: "1. …", "1) …", or a table's row "1 | Author | Title | …"
_REFERENCE = re.compile(r"^\s*(?:\|\s*)?(?P<n>\d{1,3})\s*[.)|]\s+\S")
# a table's header row of column titles ("No. | Author | Title | Publisher | Year"): no entry
_REFERENCE_HEADER = re.compile(r"^[^|\d]{1,30}(?:\|[^|\d]{1,30})+$|^[\s|:-]+$")
# a reference written as a bullet: "- Brandon, James. …", "• …" (the marker is no number)
_BULLET = re.compile(r"^\s{0,10}[-•*–]\s+(?=\S)")


@dataclass
class Paragraph:
    start: int  # 1-based line numbers, inclusive
    end: int
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Section:
    """A section or entry: its key (the fragment of its graph IRI), title, line span, verbatim
    text (lines without the blank ones) and body (the text after the heading)."""

    key: str
    title: str
    start: int
    end: int
    verbatim: str
    body: str
    body_start: int  # line of the body's first line
    parent: str | None = None
    number: int | None = None  # for entries: the attack or reference number

    def line_of(self, offset: int) -> int:
        """The line of a character offset into `body` (by bisection over the body's line
        starts, computed once: counting newlines per call is quadratic on a long section)."""
        starts = self.__dict__.get("_line_starts")
        if starts is None or self.__dict__.get("_line_body") is not self.body:
            starts = [i for i, c in enumerate(self.body) if c == "\n"]
            self.__dict__["_line_starts"] = starts
            self.__dict__["_line_body"] = self.body
        return self.body_start + bisect.bisect_left(starts, offset)


@dataclass
class Layout:
    sections: list[Section] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    collection: str | None = None

    def get(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


def split_sections(lines: list[str]) -> Layout:
    """The sections of a profile given as its lines (without line-end characters)."""
    layout = Layout()
    paragraphs = _paragraphs(lines)
    if not paragraphs:
        layout.problems.append(
            Problem(1, "the file is empty: no group name, no sections", Severity.ERROR)
        )
        return layout
    index = 0
    first = paragraphs[0]
    if len(first.lines) == 1 and _HEADER.match(first.lines[0]) and len(paragraphs) > 1:
        layout.collection = first.lines[0].strip()
        index = 1
    name = paragraphs[index]
    if _heading_of(name.lines[0]) is not None or len(name.lines[0]) > 200:
        layout.problems.append(
            Problem(
                name.start,
                "expected the group's name (e.g. 'Al Qaida in the Islamic Maghreb (AQIM)') "
                "before the first section",
                Severity.ERROR,
            )
        )
    else:
        layout.sections.append(
            Section("title", "Group name", name.start, name.start, name.lines[0].strip(),
                    name.lines[0].strip(), name.start)
        )
        if len(name.lines) > 1:
            rest = Paragraph(name.start + 1, name.end, name.lines[1:])
            paragraphs.insert(index + 1, rest)
        index += 1
    _titled_and_untitled(paragraphs[index:], layout)
    layout.sections.sort(key=lambda s: (s.start, s.parent is not None, s.number or 0))
    return layout


def _paragraphs(lines: list[str]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            paragraphs.append(Paragraph(start, number - 1, current))
            current = []
    if current:
        paragraphs.append(Paragraph(start, start + len(current) - 1, current))
    return paragraphs


def _heading_of(line: str) -> tuple[str, str] | None:
    """(key, inline text after the colon) if the line is a section heading."""
    if len(line.strip()) > 80:
        return None
    for key, pattern in _HEADING_RE:
        match = pattern.match(line)
        if match:
            return key, (match["rest"] or "").strip()
    return None


def _titled_and_untitled(paragraphs: list[Paragraph], layout: Layout) -> None:
    """Walk the paragraphs after the name: headings open titled sections; the paragraphs
    between them are assigned to the untitled sections the layout expects there."""
    # Break paragraphs at heading lines, so a heading directly above its text still counts.
    pieces: list[tuple[str | None, str, Paragraph]] = []  # (heading key, inline rest, paragraph)
    for paragraph in paragraphs:
        run: list[str] = []
        run_start = paragraph.start
        for offset, line in enumerate(paragraph.lines):
            number = paragraph.start + offset
            heading = _heading_of(line)
            if heading is not None or _BOILERPLATE.match(line):
                if run:
                    pieces.append((None, "", Paragraph(run_start, number - 1, run)))
                    run = []
                if heading is not None:
                    pieces.append((heading[0], heading[1], Paragraph(number, number, [line])))
                run_start = number + 1
            else:
                if not run:
                    run_start = number
                run.append(line)
        if run:
            pieces.append((None, "", Paragraph(run_start, run_start + len(run) - 1, run)))

    seen: dict[str, int] = {}
    last_position = LAYOUT.index("title")
    region_start = last_position
    region: list[Paragraph] = []
    current_heading: str | None = None
    heading_paragraph: Paragraph | None = None
    heading_rest = ""
    body: list[Paragraph] = []

    def close_heading() -> None:
        if current_heading is not None and heading_paragraph is not None:
            _titled_section(current_heading, heading_paragraph, heading_rest, body, layout)

    for key, rest, paragraph in pieces:
        if key is None:
            if (current_heading in FLOATING and not heading_rest) or current_heading in (
                "major-attacks", "references") or (
                current_heading in ("alternative-names", "funding", "ideology")
                and not body
                and not heading_rest
            ):
                body.append(paragraph)
            elif current_heading == "recent-articles":
                pass  # the site's list of articles, not part of the profile
            else:
                region.append(paragraph)
            continue
        if key in seen:
            layout.problems.append(
                Problem(
                    paragraph.start,
                    f"a second '{_HEADING_TITLES[key]}' heading (the first is on line "
                    f"{seen[key]}); merge the two sections",
                    Severity.ERROR,
                )
            )
            continue
        if key in FLOATING:
            # a titled section the collection leaves untitled: its own text, wherever it is
            close_heading()
            body = []
            seen[key] = paragraph.start
            current_heading, heading_paragraph, heading_rest = key, paragraph, rest
            continue
        position = LAYOUT.index(key)
        if position < last_position:
            earlier = max(seen, key=lambda k: LAYOUT.index(k))
            layout.problems.append(
                Problem(
                    paragraph.start,
                    f"section '{_HEADING_TITLES[key]}' is out of order: it comes after "
                    f"'{_HEADING_TITLES[earlier]}' (line {seen[earlier]}); the collection's "
                    f"order is {', '.join(_HEADING_TITLES[k] for k in _HEADING_ORDER)}",
                    Severity.ERROR,
                )
            )
        expected = LAYOUT[region_start + 1 : max(position, region_start + 1)]
        _assign_untitled(region, [k for k in expected if k not in seen], layout)
        close_heading()
        region = []
        body = []
        seen[key] = paragraph.start
        current_heading, heading_paragraph, heading_rest = key, paragraph, rest
        last_position = max(last_position, position)
        region_start = max(region_start, position)
    close_heading()
    _assign_untitled(region, [k for k in LAYOUT[region_start + 1 :] if k not in seen], layout)
    if "major-attacks" not in seen:
        later = [seen[k] for k in ("ideology", "recent-articles", "last-updated", "references") if k in seen]  # noqa: E501
        layout.problems.append(
            Problem(
                min(later) if later else max((p.end for _, _, p in pieces), default=1),
                "no 'Major Attacks:' section; every profile of the collection has one "
                "(write 'Major Attacks:' on a line of its own above the entries)",
                Severity.ERROR,
            )
        )


def _titled_section(
    key: str, heading: Paragraph, rest: str, body: list[Paragraph], layout: Layout
) -> None:
    title = _HEADING_TITLES[key]
    heading_line = heading.lines[0]
    if key == "recent-articles":
        return
    # Verbatim as the text has it, blank lines dropped; reference lines keep their indent.
    lines = [heading_line.strip()]
    for paragraph in body:
        for line in paragraph.lines:
            lines.append(line.rstrip() if key == "references" else line.strip())
    verbatim = "\n".join(lines)
    end = body[-1].end if body else heading.end
    if rest:
        body_text, body_start = rest, heading.start
    elif body and key in FLOATING:
        # its paragraphs with the blank lines between them, so each line keeps its number
        first = body[0].start
        rows = [""] * (body[-1].end - first + 1)
        for paragraph in body:
            for offset, line in enumerate(paragraph.lines):
                rows[paragraph.start - first + offset] = line.strip()
        body_text, body_start = "\n".join(rows), first
    elif body:
        body_text = "\n".join(line.strip() for p in body for line in p.lines)
        body_start = body[0].start
    else:
        body_text, body_start = "", heading.start
    section = Section(key, title, heading.start, end, verbatim, body_text, body_start)
    layout.sections.append(section)
    if key in ("alternative-names", "funding", "ideology") and not body and not rest:
        layout.problems.append(
            Problem(heading.start, f"'{title}' has no text under it", Severity.WARNING, key)
        )
    if key == "major-attacks":
        _attack_entries(section, body, layout)
    elif key == "references":
        _reference_entries(section, body, layout)


def _attack_entries(section: Section, body: list[Paragraph], layout: Layout) -> None:
    """The section's entries as `kg.ingest.entry_layouts` reads its layout (one paragraph per
    entry in the collection; bullets, numbered lists, table rows, dates on lines of their own,
    year headings, place-first lines elsewhere). The entry's verbatim text keeps the lines as
    written; its body is what the attack reader reads, in the collection's 'DATE: …' form."""
    lines = [(p.start + offset, line) for p in body for offset, line in enumerate(p.lines)]
    entries = attack_entries(lines, {p.start for p in body})
    if not entries:
        layout.problems.append(
            Problem(section.start, "'Major Attacks' lists no entries", Severity.WARNING,
                    "major-attacks")
        )
    width = max(2, len(str(len(entries))))
    for number, entry in enumerate(entries, 1):
        layout.sections.append(
            Section(
                f"attack-{number:0{width}d}",
                f"Major Attacks, entry {number}",
                entry.start,
                entry.end,
                "\n".join(line.strip() for line in entry.written),
                "\n".join(row.strip() for row in entry.rows),
                entry.start,
                parent="major-attacks",
                number=number,
            )
        )


def _reference_entries(section: Section, body: list[Paragraph], layout: Layout) -> None:
    """Numbered lines; an unnumbered line continues the entry above it. A list written behind
    bullets ("- Brandon, James. …") is numbered in its order, when no line of it is numbered:
    the bullet is a marker, as a number is."""
    entries: list[tuple[int, Paragraph]] = []
    lines = [line for paragraph in body for line in paragraph.lines]
    bulleted = not any(_REFERENCE.match(line) for line in lines) and any(
        _BULLET.match(line) for line in lines)
    for paragraph in body:
        for offset, line in enumerate(paragraph.lines):
            number = paragraph.start + offset
            match = _REFERENCE.match(line)
            if bulleted and _BULLET.match(line):
                entries.append((len(entries) + 1, Paragraph(number, number, [line])))
            elif match:
                entries.append((int(match["n"]), Paragraph(number, number, [line])))
            elif entries:
                entries[-1][1].lines.append(line)
                entries[-1][1].end = number
            elif _REFERENCE_HEADER.match(line.strip().strip("|")) and (
                re.search(r"\bTitle\b", line, re.I) or not line.strip(" |:-")
            ):
                continue  # a table's header or rule: each row's reader reads the header
            else:
                layout.problems.append(
                    Problem(number, "reference line without a number ('1. …'); skipped",
                            Severity.WARNING, "references")
                )
    used: set[str] = set()
    for number, entry in entries:
        key = f"reference-{number}"
        if key in used:
            layout.problems.append(
                Problem(entry.start, f"reference number {number} is used twice",
                        Severity.WARNING, "references")
            )
            suffix = 2
            while f"{key}-{suffix}" in used:
                suffix += 1
            key = f"{key}-{suffix}"
        used.add(key)
        text = " ".join(line.strip() for line in entry.lines)
        layout.sections.append(
            Section(key, f"View References, entry {number}", entry.start, entry.end, text,
                    text, entry.start, parent="references", number=number)
        )


def _assign_untitled(paragraphs: list[Paragraph], slots: list[str], layout: Layout) -> None:
    """Give each paragraph one of the untitled sections expected here, keeping their order:
    the assignment with the most cue words wins, ties going to position."""
    slots = [s for s in slots if s in UNTITLED]
    if not paragraphs:
        return
    n, m = len(paragraphs), len(slots)
    scores = [[_cue_score(p.text, s) for s in slots] for p in paragraphs]
    skip_paragraph = -10
    # best[i][j]: best score placing paragraphs[i:] into slots[j:]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    choice: list[list[str]] = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        best[i][m] = best[i + 1][m] + skip_paragraph
        choice[i][m] = "skip-paragraph"
        for j in range(m - 1, -1, -1):
            options = [
                (best[i + 1][j + 1] + scores[i][j], "assign"),
                (best[i][j + 1], "skip-slot"),
                (best[i + 1][j] + skip_paragraph, "skip-paragraph"),
            ]
            best[i][j], choice[i][j] = max(options, key=lambda o: o[0])
    assigned: list[str | None] = []  # each paragraph's slot, None where it is left out
    i = j = 0
    while i < n:
        action = choice[i][j] if j <= m else "skip-paragraph"
        if action == "assign":
            if scores[i][j] == 0:
                layout.problems.append(
                    Problem(
                        paragraphs[i].start,
                        f"paragraph read as '{UNTITLED[slots[j]][0]}' by its position; none of "
                        "the words that usually mark it are there",
                        Severity.NOTE,
                        slots[j],
                    )
                )
            assigned.append(slots[j])
            i, j = i + 1, j + 1
        elif action == "skip-slot":
            j += 1
        else:
            assigned.append(None)
            i += 1
    _continue_history(assigned)
    for slot, run in _runs(paragraphs, assigned):
        if slot is None:
            for paragraph in run:
                layout.problems.append(
                    Problem(
                        paragraph.start,
                        "paragraph not understood: no section of the collection's layout is "
                        "expected here; only the lineage reader reads it",
                        Severity.WARNING,
                    )
                )
                layout.sections.append(_outside_the_layout(paragraph))
            continue
        if len(run) > 1:
            layout.problems.append(
                Problem(
                    run[0].start,
                    f"{len(run)} paragraphs (lines {run[0].start}-{run[-1].end}) read as one "
                    f"'{UNTITLED[slot][0]}': a history told in several paragraphs",
                    Severity.NOTE,
                    slot,
                )
            )
        # the paragraphs with the blank lines between them, so each line keeps its number
        rows = [""] * (run[-1].end - run[0].start + 1)
        for paragraph in run:
            for offset, line in enumerate(paragraph.lines):
                rows[paragraph.start - run[0].start + offset] = line.strip()
        verbatim = "\n".join(line.strip() for paragraph in run for line in paragraph.lines)
        layout.sections.append(
            Section(slot, UNTITLED[slot][0], run[0].start, run[-1].end, verbatim,
                    "\n".join(rows), run[0].start)
        )


# A paragraph no section of the layout is expected for (a proscription order's numbered notes
# after a heading the collection does not use): kept as a section of its own, which no
# section reader reads, so a reader that looks for its facts in every prose paragraph (the
# lineage reader, `kg.ingest.lineage.extract_lineage`) still finds them there
OUTSIDE_THE_LAYOUT = "outside-layout"


def _outside_the_layout(paragraph: Paragraph) -> Section:
    verbatim = "\n".join(line.strip() for line in paragraph.lines)
    return Section(f"{OUTSIDE_THE_LAYOUT}-{paragraph.start}", "Outside the layout (untitled)",
                   paragraph.start, paragraph.end, verbatim, verbatim, paragraph.start)


def _continue_history(assigned: list[str | None]) -> None:
    """A paragraph no untitled section is left for, right before or after the history's, is
    more of the history: writers tell a history in several paragraphs (an origin, then a
    split, then the group's later alliances), and the layout has one untitled history. Each
    such paragraph was left out whole before, with every person, group and link in it."""
    for index, slot in enumerate(assigned):
        if slot != "history":
            continue
        before = index - 1
        while before >= 0 and assigned[before] is None:
            assigned[before] = "history"
            before -= 1
        after = index + 1
        while after < len(assigned) and assigned[after] is None:
            assigned[after] = "history"
            after += 1


def _runs(
    paragraphs: list[Paragraph], assigned: list[str | None]
) -> list[tuple[str | None, list[Paragraph]]]:
    """Consecutive paragraphs of one history as one run; every other paragraph its own."""
    runs: list[tuple[str | None, list[Paragraph]]] = []
    for paragraph, slot in zip(paragraphs, assigned, strict=True):
        if runs and slot == "history" and runs[-1][0] == "history":
            runs[-1][1].append(paragraph)
        else:
            runs.append((slot, [paragraph]))
    return runs


def _cue_score(text: str, slot: str) -> int:
    return min(3, len({m.group(0).lower() for m in _CUES[slot].finditer(text)}))
