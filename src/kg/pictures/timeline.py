"""The attack timeline: one row per attack entry, drawn with matplotlib (Agg, no pyplot state).

What each mark means, so the picture never claims more than the data:
- a date is drawn at its precision: a day is a point; a month or a year is a bar over the whole
  month or year (never a point on the 1st of January); a range such as 1998/2003 is a hatched bar;
- the circle's area grows with the number killed; a filled circle is an exact count, a hollow
  one a minimum ("at least", "10+"), a "?" an unknown count; where sources disagree (33 vs 38
  killed) every figure is drawn, one inside the other, and the label says "sources differ";
- the colour is the organisation the attack is attributed to (GSPC before 2006, AQIM after);
  an attack attributed to a group before the group existed is drawn as the data says and marked;
- dashed vertical lines are the lineage events (GSPC split from GIA, 1998).
Every bar, circle and row label links to `href(attack)` in SVG output.

Every string from the data goes through `kg.escape.matplotlib_text` before it becomes a Text
artist (a `$` would start TeX mathtext: `$\\frac{$` in a name stopped the drawing), and every
link through `kg.escape.safe_href`.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from kg.errors import KgError
from kg.escape import matplotlib_text, safe_href
from kg.pictures.data import Figure, Timeline, TimelineEntry
from kg.pictures.style import (
    RENDER_LOCK,
    UNKNOWN_GREY,
    Href,
    date_text,
    figures_text,
    iri_href,
    lineage_colours,
    marker_area,
)

FORMATS = ("svg", "png")
SUFFIXES = {".svg": "svg", ".png": "png"}
RC = {
    "svg.fonttype": "none",  # text stays text: searchable, selectable, smaller
    "svg.hashsalt": "ctkg",  # stable element ids, so regenerated images diff cleanly
    "font.family": "DejaVu Sans",
    "font.size": 9,
}
_NAME_WIDTH = 52


def render_timeline(timeline: Timeline, fmt: str = "svg", *, href: Href = iri_href) -> bytes:
    """The timeline as SVG or PNG bytes."""
    return figure_bytes(
        "timeline",
        fmt,
        lambda: timeline_figure(timeline, href=href),
        extra_artists=lambda figure: [*figure.legends, *_legends_of(figure)],
    )


def figure_bytes(
    kind: str,
    fmt: str,
    make_figure: Callable[[], Any],
    *,
    extra_artists: Callable[[Any], list[Any]] | None = None,
) -> bytes:
    """Draw a matplotlib figure and save it as SVG or PNG, under the render lock (matplotlib's
    settings are process-wide) and without dates in the metadata, so output is reproducible."""
    if fmt not in FORMATS:
        raise KgError(f"unknown {kind} format {fmt!r}; use one of {', '.join(FORMATS)}")
    import matplotlib

    with RENDER_LOCK, matplotlib.rc_context(RC), warnings.catch_warnings():
        # A name in a script DejaVu Sans lacks (emoji, some CJK) is drawn as boxes; a warning
        # per glyph per picture would only fill a server's log.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")
        figure = make_figure()
        buffer = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        extra = {"bbox_extra_artists": extra_artists(figure)} if extra_artists else {}
        figure.savefig(buffer, format=fmt, dpi=120, bbox_inches="tight", metadata=metadata, **extra)
    return buffer.getvalue()


def timeline_figure(timeline: Timeline, *, href: Href = iri_href) -> Any:
    """The timeline as a matplotlib `Figure` (not attached to pyplot, so safe in a server)."""
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure as MplFigure

    entries = timeline.dated
    colours = lineage_colours(timeline.lineage)
    rows = max(len(entries), 1)
    figure = MplFigure(figsize=(12, 1.9 + 0.46 * rows))
    ax = figure.add_subplot()
    focus = timeline.focus
    family = len(timeline.lineage.distance) > 1
    ax.set_title(
        matplotlib_text(
            f"Attacks attributed to {focus.label}"
            + (", its predecessors and descendants" if family else "")
        ),
        loc="left",
        fontsize=12,
        fontweight="bold",
        pad=28,
    )
    if not entries:
        ax.text(
            0.5,
            0.5,
            "No dated attack is attributed to this group in the graph.",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
        ax.set_axis_off()
        _note_undated(figure, timeline)
        return figure

    start = min(e.earliest for e in entries if e.earliest)
    end = max(e.latest for e in entries if e.latest)
    span_days = max((end - start).days, 365)
    ax.set_yticks(range(len(entries)))
    labels = ax.set_yticklabels([matplotlib_text(_short(e.name)) for e in entries])
    for label, entry in zip(labels, entries, strict=True):
        label.set_url(safe_href(href(entry.attack)))
        if entry.before_inception:
            label.set_fontstyle("italic")
    ax.set_ylim(len(entries) - 0.4, -0.6)
    ax.set_xlim(
        mdates.date2num(start - timedelta(days=int(span_days * 0.04) + 60)),
        mdates.date2num(end + timedelta(days=int(span_days * 0.30))),
    )
    low, high = ax.get_xlim()
    points_per_day = ax.get_position().width * figure.get_figwidth() * 72 / (high - low)
    for y, entry in enumerate(entries):
        _draw_entry(ax, y, entry, colours, href, points_per_day)
    ax.xaxis.set_major_locator(mdates.YearLocator(_year_step(span_days)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#E3E3E3", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    _draw_lineage_events(ax, timeline)
    _legends(ax, timeline, colours)
    _note_undated(figure, timeline)
    return figure


def _draw_entry(
    ax: Any, y: int, entry: TimelineEntry, colours: dict, href: Href, points_per_day: float
) -> None:
    from matplotlib import dates as mdates

    assert entry.earliest is not None and entry.latest is not None
    colour = colours.get(entry.perpetrator.iri, UNKNOWN_GREY)
    url = safe_href(href(entry.attack))
    left = mdates.date2num(entry.earliest)
    right = mdates.date2num(entry.latest + timedelta(days=1))
    if entry.latest > entry.earliest:
        is_range = entry.precision == "range" or "/" in (entry.edtf or "")
        bars = ax.barh(
            y,
            right - left,
            left=left,
            height=0.52,
            color=colour,
            alpha=0.22 if is_range else 0.32,
            edgecolor=colour,
            linewidth=1.0,
            hatch="///" if is_range else None,
        )
        for bar in bars:
            bar.set_url(url)
    elif not entry.killed:
        ax.plot([left, left], [y - 0.26, y + 0.26], color=colour, linewidth=1.5)
    middle = (left + right) / 2
    _draw_killed(ax, middle, y, entry.killed, colour, url)
    if entry.before_inception:
        ax.plot([left, right], [y + 0.33, y + 0.33], color=colour, linewidth=0.8, linestyle=":")
    # The label starts just right of the bar or of the largest circle, whichever reaches further.
    largest = max((marker_area(f.count) for f in entry.killed), default=0.0)
    clearance = max(largest**0.5 / 2, (right - middle) * points_per_day) + 5
    ax.annotate(
        matplotlib_text(_annotation(entry)),
        xy=(middle, y),
        xytext=(clearance, 0),
        textcoords="offset points",
        va="center",
        ha="left",
        fontsize=8,
        color="#222222",
        url=url,
        annotation_clip=False,
    )


def _draw_killed(
    ax: Any, x: float, y: float, figures: tuple[Figure, ...], colour: str, url: str | None
) -> None:
    """Every killed figure at the same date: largest first so smaller ones stay on top, hollow
    minimums last; a second figure gets a white rim so 33 inside 38 shows as two circles."""
    known = sorted(
        (f for f in figures if f.count is not None),
        key=lambda f: (f.qualifier == "at-least", -(f.count or 0)),
    )
    for index, figure in enumerate(known):
        area = marker_area(figure.count)
        if figure.qualifier == "at-least":
            style = {"facecolors": "none", "edgecolors": colour, "linewidths": 2.2}
        elif figure.qualifier == "approximately":
            style = {
                "facecolors": colour,
                "edgecolors": "#333333",
                "linewidths": 1.0,
                "alpha": 0.55,
                "linestyles": "dashed",
            }
        else:
            style = {"facecolors": colour, "edgecolors": "#333333", "linewidths": 0.8, "alpha": 0.8}
            if index:
                style.update(edgecolors="white", linewidths=1.4, alpha=0.9)
        points = ax.scatter([x], [y], s=area, zorder=3, **style)
        points.set_urls([url])
    if figures and not known:
        points = ax.scatter([x], [y], s=110, marker="$?$", color=UNKNOWN_GREY, zorder=3)
        points.set_urls([url])


def _annotation(entry: TimelineEntry) -> str:
    parts = [date_text(entry.edtf)]
    killed = figures_text(entry.killed, "killed")
    parts.append(killed or ("campaign, no casualty figure" if entry.campaign else "no figure"))
    wounded = figures_text(entry.wounded, "wounded")
    if wounded and not wounded.endswith("unknown"):
        parts.append(wounded)
    text = " · ".join(parts)
    if entry.modality and entry.modality.lower() != "conducted":
        text += f" ({entry.modality.lower()})"
    if entry.others:
        text += " · with " + ", ".join(o.short for o in entry.others)
    if entry.before_inception:
        text += (
            f"\nattributed to {entry.perpetrator.short} before it existed "
            f"({date_text(entry.perpetrator.inception)})"
        )
    return text


def _draw_lineage_events(ax: Any, timeline: Timeline) -> None:
    """Dashed lines where the organisations changed: splits, renames, mergers, inceptions."""
    from matplotlib import dates as mdates
    from matplotlib.transforms import blended_transform_factory

    lineage = timeline.lineage
    names = lineage.organisations
    marks: list[tuple[date, str]] = []
    marked = set()
    for step in lineage.steps:
        if step.earliest:
            marks.append(
                (
                    step.earliest,
                    f"{names[step.successor].short} {step.kind} "
                    f"{names[step.predecessor].short} ({date_text(step.when)})",
                )
            )
            marked.add(step.successor)
    for iri in lineage.members:
        org = names[iri]
        if iri not in marked and org.inception_start:
            marks.append((org.inception_start, f"{org.short} from {date_text(org.inception)}"))
    low, high = ax.get_xlim()
    transform = blended_transform_factory(ax.transData, ax.transAxes)
    for i, (when, text) in enumerate(sorted(marks)):
        x = mdates.date2num(when)
        if not low <= x <= high:
            continue
        ax.axvline(x, color="#555555", linestyle="--", linewidth=0.9, zorder=1)
        ax.text(
            x,
            1.005 + 0.035 * (i % 2),
            matplotlib_text(text),
            transform=transform,
            fontsize=8,
            color="#333333",
            ha="center",
            va="bottom",
            clip_on=False,
        )


def _legends(ax: Any, timeline: Timeline, colours: dict) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    shown = {e.perpetrator.iri for e in timeline.dated}
    names = timeline.lineage.organisations
    perpetrators = [
        Patch(
            facecolor=colours[iri],
            edgecolor=colours[iri],
            alpha=0.8,
            label=matplotlib_text(names[iri].label),
        )
        for iri in timeline.lineage.members
        if iri in shown
    ]
    first = ax.legend(
        handles=perpetrators,
        title="Attributed to",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        alignment="left",
    )
    ax.add_artist(first)

    def circle(label: str, area: float, **style: Any) -> Line2D:
        return Line2D(
            [], [], linestyle="none", marker="o", markersize=area**0.5, label=label, **style
        )

    grey = "#9A9A9A"
    marks = [
        circle("1 killed", marker_area(1), markerfacecolor=grey, markeredgecolor="#333333"),
        circle("10 killed", marker_area(10), markerfacecolor=grey, markeredgecolor="#333333"),
        circle("40 killed", marker_area(40), markerfacecolor=grey, markeredgecolor="#333333"),
        circle("exact count (filled)", 80, markerfacecolor=grey, markeredgecolor="#333333"),
        circle(
            "at least (hollow)",
            80,
            markerfacecolor="white",
            markeredgecolor=grey,
            markeredgewidth=2.2,
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="$?$",
            markersize=10,
            color=UNKNOWN_GREY,
            label="count unknown",
        ),
        Patch(facecolor=grey, alpha=0.35, edgecolor=grey, label="date known to the month or year"),
        Patch(facecolor=grey, alpha=0.22, edgecolor=grey, hatch="///", label="period (range)"),
        Line2D([], [], color="#555555", linestyle="--", label="lineage event"),
    ]
    ax.legend(
        handles=marks,
        title="Killed · dates",
        loc="upper left",
        bbox_to_anchor=(1.01, 0.55 if len(perpetrators) < 4 else 0.35),
        frameon=False,
        alignment="left",
        labelspacing=1.1,
        borderpad=0.8,
    )


def _legends_of(figure: Any) -> list[Any]:
    from matplotlib.legend import Legend

    return [
        artist for ax in figure.axes for artist in ax.get_children() if isinstance(artist, Legend)
    ]


def _note_undated(figure: Any, timeline: Timeline) -> None:
    undated = timeline.undated
    if undated:
        names = "; ".join(_short(e.name) for e in undated)
        figure.text(
            0.01,
            0.002,
            matplotlib_text(f"Not on the time axis (no date in the graph): {names}"),
            fontsize=8,
            color="#444444",
            va="bottom",
        )


def _short(text: str) -> str:
    return text if len(text) <= _NAME_WIDTH else text[: _NAME_WIDTH - 1].rstrip() + "…"


def _year_step(span_days: int) -> int:
    years = span_days / 365
    return 1 if years <= 12 else 2 if years <= 25 else 5 if years <= 60 else 10
