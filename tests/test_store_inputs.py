"""#13: `kg query` decides whether the last build is current by the digests of its inputs, and
hashing every data file of the L corpus (71 MB) cost it a large part of its second. A file
whose size, times and inode are those the build recorded keeps its recorded digest; anything
that writes the file changes its change time, even a copy that restores the modification
time."""

from __future__ import annotations

import dataclasses
import importlib
import os
import time

import pytest

from kg.build import Inputs, _Previous, build
from tests.hermetic import DATA

build_module = importlib.import_module("kg.build")  # `kg.build` is the function


@pytest.fixture()
def project(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "places.ttl").write_bytes((DATA / "places.ttl").read_bytes())
    (data / "aqim.trig").write_bytes((DATA / "profiles" / "aqim.trig").read_bytes())
    out = tmp_path / "build"
    assert build([data], out_dir=out).succeeded
    previous = _Previous.read(out)
    assert previous is not None
    # as if the build had run well after the files were last written
    return data, dataclasses.replace(previous, scanned_ns=time.time_ns() + 10**10)


def hashed_during(monkeypatch, scan) -> list[str]:
    hashed: list[str] = []
    real = build_module._sha256
    monkeypatch.setattr(build_module, "_sha256", lambda p: hashed.append(p) or real(p))
    scan()
    return [path.name for path in hashed if path.parent.name == "data"]


def test_unchanged_data_files_are_not_read_again(monkeypatch, project):
    data, previous = project
    inputs: list[Inputs] = []
    assert (
        hashed_during(monkeypatch, lambda: inputs.append(Inputs.scan([data], previous=previous)))
        == []
    )
    assert inputs[0].fingerprint == previous.fingerprint


def test_a_file_rewritten_with_its_old_size_and_time_is_read_again(monkeypatch, project):
    data, previous = project
    path = data / "aqim.trig"
    before = path.stat()
    text = path.read_bytes()
    time.sleep(0.01)
    path.write_bytes(text.replace(b"Algeria", b"Algerie", 1))  # same size, other content
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `touch -d`
    assert path.stat().st_size == before.st_size
    inputs: list[Inputs] = []
    assert hashed_during(
        monkeypatch, lambda: inputs.append(Inputs.scan([data], previous=previous))
    ) == ["aqim.trig"]
    assert inputs[0].fingerprint != previous.fingerprint


def test_a_file_written_just_before_its_build_is_read_again(monkeypatch, project):
    data, previous = project
    written = max(path.stat().st_ctime_ns for path in data.iterdir())
    racy = dataclasses.replace(previous, scanned_ns=written + 10**9)  # scanned 1 s after
    assert sorted(hashed_during(monkeypatch, lambda: Inputs.scan([data], previous=racy))) == [
        "aqim.trig",
        "places.ttl",
    ]
