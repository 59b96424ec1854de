"""Every output is written whole or not at all, readable by others (0644) unless told otherwise."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kg.atomic import atomic_path, write_atomically
from kg.ingest import ingest_profile, write_ingested

PROFILES = Path(__file__).resolve().parent / "ingest" / "profiles"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_is_readable_by_others(tmp_path):
    target = write_atomically(tmp_path / "out.ttl", "<a> <b> <c> .\n")
    assert target.read_text() == "<a> <b> <c> .\n"
    assert mode_of(target) == 0o644


def test_the_caller_may_ask_for_another_mode(tmp_path):
    assert mode_of(write_atomically(tmp_path / "secret", b"x", mode=0o600)) == 0o600


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_text("old")

    def broken(stream) -> None:
        stream.write(b"half")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_a_path_writer_that_fails_leaves_nothing(tmp_path):
    target = tmp_path / "cache.sqlite"
    with pytest.raises(ValueError), atomic_path(target) as temporary:
        temporary.write_bytes(b"partial")
        raise ValueError("stop")
    assert list(tmp_path.iterdir()) == []


def test_an_ingested_profile_is_shared_like_every_other_output(tmp_path):
    """`kg ingest` used to write 0600 files while exports and pictures were 0644."""
    result = ingest_profile(PROFILES / "al-mourabitoun.txt")
    written = write_ingested(result, tmp_path / "al-mourabitoun.trig")
    assert mode_of(written) == 0o644
