"""The map: where a group's attacks happened and where it operates, on an offline base layer.

The base layer (coastlines, country borders) comes from `basemap` with `basemap-data`, which ship
it inside the package: nothing is fetched from a tile server or any other URL, so the map renders
on a machine with no network at all (a test blocks sockets and still renders).

Points come from the places' WGS84 coordinates. A place is only as precise as the text: an
attack "in Algeria" sits at Algeria's centroid, so places that are countries or regions are drawn
with a dashed edge. Areas of operation are drawn as translucent discs at their centroids, not as
borders the data does not have. Anything without coordinates (the GTD-style `place:unknown`) is
listed under the map rather than dropped.

As in the timeline, every string from the data reaches matplotlib through
`kg.escape.matplotlib_text` and every link through `kg.escape.safe_href`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.escape import matplotlib_text, safe_href
from kg.pictures.data import AreaOfOperation, MapData, Place, TimelineEntry
from kg.pictures.style import (
    UNKNOWN_GREY,
    Href,
    date_text,
    iri_href,
    lineage_colours,
    marker_area,
)
from kg.pictures.timeline import figure_bytes

FORMATS = ("svg", "png")
SUFFIXES = {".svg": "svg", ".png": "png"}
WATER = "#DCEBF5"
LAND = "#F3F0E8"
_HALO = {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.65}
_WORLD = (-58.0, 78.0, -180.0, 180.0)


def render_map(data: MapData, fmt: str = "svg", *, href: Href = iri_href) -> bytes:
    """The map as SVG or PNG bytes."""
    return figure_bytes("map", fmt, lambda: map_figure(data, href=href))


def map_figure(data: MapData, *, href: Href = iri_href) -> Any:
    """The map as a matplotlib `Figure` (not attached to pyplot, so safe in a server)."""
    from matplotlib.figure import Figure as MplFigure
    from mpl_toolkits.basemap import Basemap

    colours = lineage_colours(data.lineage)
    figure = MplFigure(figsize=(11, 8.5))
    ax = figure.add_subplot()
    south, north, west, east = extent(data)
    wide = (east - west) > 60 or (north - south) > 45
    base = Basemap(
        projection="merc",
        llcrnrlat=south,
        urcrnrlat=north,
        llcrnrlon=west,
        urcrnrlon=east,
        lat_ts=(south + north) / 2,
        resolution="c" if wide else "l",
        ax=ax,
    )
    base.drawmapboundary(fill_color=WATER, linewidth=0.6)
    base.fillcontinents(color=LAND, lake_color=WATER)
    base.drawcoastlines(linewidth=0.4, color="#8C8C8C")
    base.drawcountries(linewidth=0.6, color="#A5A5A5")
    step = 30 if (east - west) > 150 else 10 if wide else 5
    grid = {"linewidth": 0.3, "color": "#B8B8B8", "fontsize": 7, "dashes": [1, 3]}
    base.drawparallels(range(-90, 91, step), labels=[1, 0, 0, 0], **grid)
    base.drawmeridians(range(-180, 181, step), labels=[0, 0, 0, 1], **grid)

    for area in data.areas:
        if area.place.located:
            _draw_area(ax, base, area, colours, href)
    by_place: dict[Place, list[TimelineEntry]] = defaultdict(list)
    for entry in data.attacks:
        for place in entry.places:
            if place.located:
                by_place[place].append(entry)
    for place, entries in by_place.items():
        _draw_attacks(ax, base, place, entries, colours, href)

    focus = data.focus
    family = len(data.lineage.distance) > 1
    ax.set_title(
        matplotlib_text(
            f"Attack places and areas of operation: {focus.label}"
            + (", its predecessors and descendants" if family else "")
        ),
        loc="left",
        fontsize=12,
        fontweight="bold",
    )
    if not by_place and not any(a.place.located for a in data.areas):
        ax.text(
            0.5,
            0.5,
            "No attack place or area of operation with coordinates in the graph.",
            transform=ax.transAxes,
            ha="center",
            fontsize=10,
            bbox={"facecolor": "white", "edgecolor": "#999999"},
        )
    _legend(ax, data, colours)
    _note_unplaced(ax, data)
    return figure


def extent(data: MapData) -> tuple[float, float, float, float]:
    """(south, north, west, east) around every located point, padded, never smaller than a
    region, and within what a Mercator map can show; the world when nothing is located."""
    points = [p for e in data.attacks for p in e.places if p.located]
    points += [a.place for a in data.areas if a.place.located]
    if not points:
        return _WORLD
    lats = [p.lat for p in points if p.lat is not None]
    longs = [p.long for p in points if p.long is not None]
    south, north = min(lats) - 5, max(lats) + 5
    west, east = min(longs) - 7, max(longs) + 11  # room for labels, which go east
    if north - south < 18:
        middle = (north + south) / 2
        south, north = middle - 9, middle + 9
    if east - west < 26:
        middle = (east + west) / 2
        west, east = middle - 13, middle + 13
    return max(south, _WORLD[0]), min(north, _WORLD[1]), max(west, -180.0), min(east, 180.0)


def _draw_area(ax: Any, base: Any, area: AreaOfOperation, colours: dict, href: Href) -> None:
    colour = colours.get(area.organisation.iri, UNKNOWN_GREY)
    x, y = base(area.place.long, area.place.lat)
    disc = ax.scatter(
        [x],
        [y],
        s=5200 if area.place.kind == "region" else 3000,
        facecolors=colour,
        edgecolors=colour,
        alpha=0.13,
        linewidths=1.2,
        linestyles="dashed",
        zorder=2,
    )
    url = safe_href(href(area.place.iri))
    disc.set_urls([url])
    ax.annotate(
        matplotlib_text(area.place.name),
        xy=(x, y),
        xytext=(0, -14),
        textcoords="offset points",
        ha="center",
        fontsize=8,
        fontstyle="italic",
        color="#3A3A3A",
        url=url,
        zorder=4,
        bbox=_HALO,  # not a path effect: that would turn the SVG text into outlines
    )


def _draw_attacks(
    ax: Any, base: Any, place: Place, entries: list[TimelineEntry], colours: dict, href: Href
) -> None:
    x, y = base(place.long, place.lat)
    coarse = place.kind in ("country", "region")
    sized = []
    for entry in entries:
        counts = [f.count for f in entry.killed if f.count is not None]
        minimum_only = bool(entry.killed) and all(f.qualifier == "at-least" for f in entry.killed)
        sized.append((max(counts) if counts else None, minimum_only, entry))
    # Largest first, and the hollow marks of entries without a figure on top: all stay visible.
    sized.sort(key=lambda item: (item[0] is None, -(item[0] or 0)))
    for count, minimum_only, entry in sized:
        colour = colours.get(entry.perpetrator.iri, UNKNOWN_GREY)
        if count is None:
            if entry.killed:  # the source says the count is unknown
                points = ax.scatter([x], [y], s=120, marker="$?$", color=colour, zorder=5)
            else:  # no killed figure at all (a campaign, an offensive)
                points = ax.scatter(
                    [x],
                    [y],
                    s=150,
                    marker="D",
                    facecolors="none",
                    edgecolors=colour,
                    linewidths=1.6,
                    zorder=5,
                )
        else:
            points = ax.scatter(
                [x],
                [y],
                s=marker_area(count),
                facecolors="none" if minimum_only else colour,
                edgecolors=colour if minimum_only else "#333333",
                linewidths=2.2 if minimum_only else 0.9,
                linestyles="dashed" if coarse else "solid",
                alpha=0.8,
                zorder=5,
            )
        points.set_urls([safe_href(href(entry.attack))])
    dates = ", ".join(date_text(e.edtf) for e in sorted(entries, key=lambda e: e.edtf or ""))
    largest = max((marker_area(c) for c, _, _ in sized if c is not None), default=120.0)
    ax.annotate(
        matplotlib_text(f"{place.name}: {dates}"),
        xy=(x, y),
        xytext=(largest**0.5 / 2 + 4, 0),
        textcoords="offset points",
        va="center",
        fontsize=8,
        color="#1E1E1E",
        url=safe_href(href(place.iri)),
        zorder=6,
        bbox=_HALO,  # not a path effect: that would turn the SVG text into outlines
    )


def _legend(ax: Any, data: MapData, colours: dict) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    names = data.lineage.organisations
    shown = {e.perpetrator.iri for e in data.attacks} | {a.organisation.iri for a in data.areas}
    grey = "#9A9A9A"
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=9,
            color=colours[iri],
            label=matplotlib_text(names[iri].label),
        )
        for iri in data.lineage.members
        if iri in shown
    ]
    handles += [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=marker_area(10) ** 0.5,
            markerfacecolor=grey,
            markeredgecolor="#333333",
            label="attack (area ∝ killed)",
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=marker_area(10) ** 0.5,
            markerfacecolor="none",
            markeredgecolor=grey,
            markeredgewidth=2.2,
            label="at least this many killed",
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="$?$",
            markersize=10,
            color=grey,
            label="killed unknown",
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="D",
            markersize=9,
            markerfacecolor="none",
            markeredgecolor=grey,
            markeredgewidth=1.6,
            label="no killed figure given",
        ),
        Patch(
            facecolor="none",
            edgecolor="#333333",
            linestyle="--",
            label="placed at a country or region (dashed edge)",
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=22,
            color=grey,
            alpha=0.25,
            label="area of operation (centroid)",
        ),
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        labelspacing=1.2,
        borderpad=0.6,
    )


def _note_unplaced(ax: Any, data: MapData) -> None:
    lines = [
        f"{e.name} ({date_text(e.edtf)}): " + (", ".join(p.name for p in e.places) or "no place")
        for e in data.unplaced_attacks
    ]
    lines += [f"area of operation {a.place.name}" for a in data.unplaced_areas]
    if lines:
        ax.text(
            0.0,
            -0.06,
            matplotlib_text("Unplaced (no coordinates in the graph):\n" + "\n".join(lines)),
            transform=ax.transAxes,
            fontsize=8,
            color="#333333",
            va="top",
        )
