"""The pictures on a group's page: its lineage diagram and its attack timeline, inline SVG.

Drawn by `kg.pictures` (Graphviz, matplotlib) in the worker process that answers the page, so the
web process never waits on a renderer, and kept per worker: the graph a server holds never
changes, and a timeline costs a few hundred milliseconds to draw while a cached one costs
nothing. Every node, edge, bar and point links to its entity's page on this server.

A picture may take at most a share of the page's time limit. On a large graph gathering a
timeline can take far longer than a page may (tens of seconds for a family of a few hundred
attacks), and a page that runs past the limit is lost with the worker that drew it; so the
drawing is stopped when its share is spent and the page says so, and names the command that
draws it offline. The worker is single-threaded, so an interval timer (SIGALRM) can interrupt
the pure-Python query evaluation wherever it is.

Why the SVG may go into the page as markup: every name and label from the data is escaped for
its renderer by `kg.escape` before Graphviz or matplotlib sees it, and the links are
`entities.href`'s, which only ever gives this server's /id/… paths or http(s) IRIs. As a second
wall, the SVG is then rebuilt by `kg.escape.sanitised_svg` from an allow-list (no `<script>`, no
`<foreignObject>`, no `on…` attribute, no link that is not http(s), relative or inside the
picture), so even a renderer that let a label through could not put script into the page.
What precedes the `<svg>` element and matplotlib's RDF `<metadata>` mean nothing in HTML and
are cut.

A picture that cannot be drawn for any reason costs that picture, never the page: the page
says so in a sentence, and the server's log gets one line (no traceback per request).
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import signal
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from markupsafe import Markup
from rdflib import RDF, RDFS, URIRef

from kg.errors import KgError
from kg.escape import safe_href, sanitised_svg
from kg.load import KnowledgeGraph
from kg.namespaces import KG
from kg.pictures import lineage_of, render_lineage, render_timeline, timeline_of
from kg.pictures.data import Lineage, LineageStep, organisation
from kg.pictures.style import date_text
from kg.serve.entities import href

log = logging.getLogger(__name__)

CACHE_SIZE = 256
"""Groups whose pictures a worker keeps (a lineage and a timeline are ~50 KB together)."""

Drawn = tuple[Markup | None, str]
"""A picture as the page shows it: the inline SVG, or else a sentence saying why there is none."""


@dataclass(frozen=True)
class GroupPictures:
    """What a group's page shows in place of each picture: the SVG, or a sentence saying why
    there is none (nothing to draw, the renderer is missing, drawing took too long)."""

    lineage_svg: Markup | None
    lineage_note: str
    timeline_svg: Markup | None
    timeline_note: str
    years: YearSlider | None = None


@dataclass(frozen=True)
class YearSlider:
    """The group page's year slider: the years it spans, the years where the lineage changed
    (the page links each, for a browser without the slider), the year shown (None: all of it)
    and the lineage steps taken by then, as the table under the diagram lists them."""

    first: int
    last: int
    changes: tuple[int, ...]
    as_of: str | None = None
    steps: tuple[tuple[str, str, str, str], ...] = ()  # (successor, how, predecessor, when)


class PictureTooSlow(BaseException):
    """The picture's share of the time limit ran out. A BaseException, so that no library's
    `except Exception` on the way can swallow it and carry on drawing."""


_cache_graph: KnowledgeGraph | None = None
_cache: OrderedDict[tuple[URIRef, str | None], GroupPictures] = OrderedDict()


def is_organisation(kg: KnowledgeGraph, iri: URIRef) -> bool:
    """Whether `iri` is typed as an organisation or as any subclass of one (armed group …)."""
    ds = kg.dataset
    for kind in set(ds.objects(iri, RDF.type)):
        if KG.Organisation in ds.transitive_objects(kind, RDFS.subClassOf):
            return True
    return False


def page_href(iri: URIRef) -> str:
    """Where a node or point links: the entity's page on this server (or its http(s) IRI); a
    term that is neither links nowhere rather than to a scheme a browser would run."""
    return safe_href(href(iri)) or "#"


def pictures_of(
    kg: KnowledgeGraph, group: URIRef, *, seconds: float | None = None, as_of: str | None = None
) -> GroupPictures:
    """The group's lineage diagram and timeline, drawn once per worker and then reused (a
    picture that took too long is not tried again: the graph, and so its cost, stays the same).
    With `as_of` the lineage is drawn as it stood then (`kg.pictures.lineage_of`); the timeline
    is the whole one, drawn once for the group."""
    global _cache_graph
    if kg is not _cache_graph:  # a worker holds one graph for life; a new graph starts afresh
        _cache.clear()
        _cache_graph = kg
    key = (group, as_of)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    if as_of is None:
        pictures = draw(kg, group, seconds=seconds)
    else:
        whole = pictures_of(kg, group, seconds=seconds)
        pictures = draw_as_of(kg, group, whole, as_of, seconds=seconds)
    _cache[key] = pictures
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return pictures


def draw_as_of(
    kg: KnowledgeGraph,
    group: URIRef,
    whole: GroupPictures,
    as_of: str,
    *,
    seconds: float | None = None,
) -> GroupPictures:
    """`whole` with its lineage diagram drawn again as of `as_of`, and the steps taken by then
    listed for the table under it."""
    deadline = None if seconds is None else time.monotonic() + seconds
    name = organisation(kg, group).label
    then: list[Lineage] = []

    def drawing() -> Drawn:
        lineage = lineage_of(kg, group, relations=True, as_of=as_of)
        then.append(lineage)
        if not lineage.steps and not lineage.relations:
            return None, f"No lineage step of {name} had been taken by {as_of}."
        return _drawn(
            "lineage diagram", group, lambda: render_lineage(lineage, "svg", href=page_href)
        )

    try:
        svg, note = _within(
            deadline,
            drawing,
            f"Drawing the lineage diagram took longer than the page may spend on it; "
            f"`kg lineage {group} --as-of {as_of} -o lineage.svg` draws it without a limit.",
        )
    except KgError as error:  # an as_of that names no day (2006-02-30)
        svg, note = None, f"The lineage as of {as_of} cannot be drawn: {error}"
    slider = whole.years
    if slider is not None:
        steps = tuple(_step_row(then[0], step) for step in then[0].steps) if then else ()
        slider = replace(slider, as_of=as_of, steps=steps)
    return replace(whole, lineage_svg=svg, lineage_note=note, years=slider)


def _step_row(lineage: Lineage, step: LineageStep) -> tuple[str, str, str, str]:
    names = lineage.organisations
    when = date_text(step.when) if step.when else "date unknown"
    return (names[step.successor].label, step.kind, names[step.predecessor].label, when)


def year_slider(lineage: Lineage) -> YearSlider | None:
    """The years a group's slider spans: from its family's first dated step or inception to
    this year; None for a group with no dated lineage (nothing would change)."""
    changes = sorted({s.earliest.year for s in lineage.steps if s.earliest is not None})
    starts = [o.inception_start.year for o in lineage.organisations.values() if o.inception_start]
    if not changes:
        return None
    this_year = datetime.date.today().year
    return YearSlider(min([*changes, *starts]), max(this_year, changes[-1]), tuple(changes))


def draw(kg: KnowledgeGraph, group: URIRef, *, seconds: float | None = None) -> GroupPictures:
    """Both pictures of `group`, each linking to this server's pages, within `seconds` together
    (None: no limit). A renderer that cannot run or runs out of time costs its picture, never
    the page."""
    deadline = None if seconds is None else time.monotonic() + seconds
    name = organisation(kg, group).label
    limit = f"{seconds:g} s" if seconds is not None else ""
    families: list[Lineage] = []
    lineage = _within(
        deadline,
        lambda: _lineage(kg, group, name, families),
        f"Drawing the lineage diagram took longer than the {limit} a page may spend on it; "
        f"`kg lineage {group} --relations -o lineage.svg` draws it without a limit.",
    )
    timeline = _within(
        deadline,
        lambda: _timeline(kg, group, name),
        f"Drawing the timeline took longer than the {limit} a page may spend on it; "
        f"`kg timeline {group} --lineage -o timeline.svg` draws it without a limit.",
    )
    return GroupPictures(*lineage, *timeline, years=year_slider(families[0]) if families else None)


def _lineage(kg: KnowledgeGraph, group: URIRef, name: str, families: list[Lineage]) -> Drawn:
    lineage = lineage_of(kg, group, relations=True)
    families.append(lineage)
    if not lineage.steps and not lineage.relations:
        return None, f"No predecessor, successor or ally of {name} is recorded in the graph."
    return _drawn("lineage diagram", group, lambda: render_lineage(lineage, "svg", href=page_href))


def _timeline(kg: KnowledgeGraph, group: URIRef, name: str) -> Drawn:
    timeline = timeline_of(kg, group, lineage=True)
    if not timeline.entries:
        return None, f"No attack is attributed to {name} or its lineage in the graph."
    return _drawn("timeline", group, lambda: render_timeline(timeline, "svg", href=page_href))


def _drawn(what: str, group: URIRef, render: Callable[[], bytes]) -> Drawn:
    """`render()`'s SVG made ready for the page, or a sentence saying why there is none.

    Beyond our own errors, any failure of a renderer on some data is caught here too: the
    labels are escaped (so none is known), but a 500 for every page of a family is the wrong
    price for a picture, so the page comes without it and the log says which group and why."""
    try:
        return inline_svg(render()), ""
    except KgError as error:
        return None, f"The {what} cannot be drawn here: {error}"
    except Exception as error:  # a last wall: see the docstring
        log.warning("the %s of %s could not be drawn: %r", what, group, error)
        return None, f"The {what} cannot be drawn here: its renderer failed on this data."


def _within(deadline: float | None, drawing: Callable[[], Drawn], too_slow: str) -> Drawn:
    """`drawing()`, or `(None, too_slow)` if the deadline passes first."""
    if deadline is None:
        return drawing()
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return None, too_slow
    try:  # around the `with`: the alarm may also go off while the limit is being lifted
        with time_limit(remaining):
            return drawing()
    except PictureTooSlow:
        return None, too_slow


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise PictureTooSlow in this thread once `seconds` have passed. Only the main thread
    receives signals; elsewhere (a notebook's worker thread) there is no limit."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise PictureTooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def inline_svg(svg: bytes) -> Markup:
    """An SVG document as an element to place in HTML: sanitised (`kg.escape.sanitised_svg`),
    from `<svg` on, without `<metadata>`."""
    try:
        return Markup(sanitised_svg(svg))  # escaped and sanitised: see the module docstring
    except ValueError as error:
        raise KgError(f"the renderer returned no usable SVG ({error})") from None


def warm_up() -> None:
    """Load the renderers before the worker says it is ready, so the first group page does not
    pay for importing matplotlib (and, on a fresh machine, building its font cache) inside the
    time limit."""
    import graphviz  # noqa: F401
    import matplotlib.font_manager  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401
