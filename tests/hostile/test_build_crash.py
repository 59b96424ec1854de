"""#10 item 7: a build killed at any moment leaves the previous build whole and consistent (its
graph with its own manifest and report), and the next build then equals a full build.

Each case SIGKILLs a real `kg build` subprocess (tests/hostile/build_crasher.py) right after
its Nth filesystem step, so no clean-up code runs, as in a power cut or an OOM kill. The build
adds a profile to a previous build (the incremental path that used to re-read the added file on
top of a graph that already had it)."""

from __future__ import annotations

import fcntl
import importlib
import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildFolderError, build, build_lock
from tests.hermetic import DATA

from ..test_build import AL_MOURABITOUN

REPO = Path(__file__).resolve().parents[2]
CRASHER = Path(__file__).with_name("build_crasher.py")
STEPS = 19  # more than any build below takes (checked by a test below)


FULL_STEPS = 18  # more than a full build below takes (checked by a test below)


def crash_build(
    kill_at: int, data: Path, out: Path, *mode: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CRASHER), str(kill_at), str(data), str(out), *mode],
        capture_output=True,
        text=True,
        timeout=120,
    )


def state_of(out: Path) -> tuple[tuple[set, int], set[str], bool, bool]:
    """What a reader of `out` sees: the graph (its quads without blank nodes, which get new
    labels on every load, and how many quads have one), the data files its manifest names,
    whether the report is there, and whether the on-disk store opens read-only and holds that
    same graph. graph.nq is read once, by Oxigraph's parser (a tenth of rdflib's time: this runs
    twice in each of the 32 crash cases)."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    graph = split_blank(ox.parse(path=out / "graph.nq", format=ox.RdfFormat.N_QUADS))
    return (
        graph,
        set(manifest["inputs"]),
        (out / "validation-report.ttl").is_file(),
        store_holds(out, graph),
    )


def split_blank(quads) -> tuple[set, int]:
    """The quads without blank nodes, and how many quads have one."""
    plain, blank = set(), 0
    for quad in quads:
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            blank += 1
        else:
            plain.add(quad)
    return plain, blank


def store_holds(out: Path, graph: tuple[set, int]) -> bool:
    """Whether `out/store` opens read-only and holds `graph` (the quads of `out/graph.nq`)."""
    try:
        store = ox.Store.read_only(str(out / "store"))
    except OSError:
        return False
    return split_blank(store) == graph


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict:
    """A data folder, a build of it, and the same data with a profile added, built in full."""
    root = tmp_path_factory.mktemp("crash")
    data = root / "data"
    shutil.copytree(DATA, data)
    build([data], out_dir=root / "base" / "build")
    old = state_of(root / "base" / "build")
    shutil.copy(AL_MOURABITOUN, data / "profiles" / AL_MOURABITOUN.name)
    build([data], out_dir=root / "full" / "build", incremental=False)
    new = state_of(root / "full" / "build")
    assert old[0] != new[0] and old[1] < new[1] and old[3] and new[3]
    return {"data": data, "base": root / "base", "old": old, "new": new}


def previous_build(builds: dict, tmp_path: Path, layout: str) -> Path:
    """A copy of the previous build: as this version writes it (a link to a generation folder)
    or as older versions did (a plain folder, moved aside by the next build)."""
    if layout == "linked":
        shutil.copytree(builds["base"], tmp_path / "case", symlinks=True)
    else:
        shutil.copytree(builds["base"] / "build", tmp_path / "case" / "build")
    return tmp_path / "case" / "build"


@pytest.mark.parametrize("layout", ["linked", "plain"])
@pytest.mark.parametrize("kill_at", range(1, STEPS))
def test_a_build_killed_at_any_step_leaves_a_consistent_build_and_the_next_one_completes(
    builds, tmp_path, layout, kill_at
):
    out = previous_build(builds, tmp_path, layout)
    run = crash_build(kill_at, builds["data"], out)
    assert run.returncode in (0, -signal.SIGKILL), run.stderr
    # whatever was killed, a reader sees the old build whole or the new one whole
    assert state_of(out) in (builds["old"], builds["new"])

    build([builds["data"]], out_dir=out)
    assert state_of(out) == builds["new"]
    beside = {p.name for p in out.parent.iterdir() if p.name != "build"}
    assert beside == {out.resolve().name, ".build.lock"}, "a crashed build's leftovers stay"


def test_every_step_of_a_build_is_among_the_killed_ones(builds, tmp_path):
    for layout in ("linked", "plain"):
        out = previous_build(builds, tmp_path / layout, layout)
        run = crash_build(0, builds["data"], out)
        assert run.returncode == 0, run.stderr
        assert int(run.stdout) < STEPS
        assert state_of(out) == builds["new"]


@pytest.mark.parametrize("kill_at", range(1, FULL_STEPS))
def test_a_full_build_killed_at_any_step_leaves_a_consistent_build_and_the_next_one_completes(
    builds, tmp_path, kill_at
):
    """A full build writes its store on a thread of its own from right after loading, while
    reasoning, validation and precompute run, a part of `graph.nq` at a time: killed at any
    step of either thread, it leaves the previous build whole, or its own."""
    out = previous_build(builds, tmp_path, "linked")
    run = crash_build(kill_at, builds["data"], out, "full")
    assert run.returncode in (0, -signal.SIGKILL), run.stderr
    assert state_of(out) in (builds["old"], builds["new"])

    build([builds["data"]], out_dir=out)
    assert state_of(out) == builds["new"]
    beside = {p.name for p in out.parent.iterdir() if p.name != "build"}
    assert beside == {out.resolve().name, ".build.lock"}, "a crashed build's leftovers stay"


def test_every_step_of_a_full_build_is_among_the_killed_ones(builds, tmp_path):
    out = previous_build(builds, tmp_path, "linked")
    run = crash_build(0, builds["data"], out, "full")
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) < FULL_STEPS
    assert state_of(out) == builds["new"]


def test_a_write_that_fails_leaves_the_previous_build_and_no_half_generation(
    builds, tmp_path, monkeypatch
):
    module = importlib.import_module("kg.build")  # `kg.build` is also the function's name
    out = previous_build(builds, tmp_path, "linked")
    before = set(out.parent.iterdir())

    def disk_full(path: Path) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(module, "_flush", disk_full)
    with pytest.raises(BuildFolderError, match=r"No space left on device.*previous build is left"):
        build([builds["data"]], out_dir=out)
    assert set(out.parent.iterdir()) == before
    assert state_of(out) == builds["old"]


def test_a_crash_while_moving_an_old_plain_build_folder_aside_is_repaired(builds, tmp_path):
    """Where the kernel cannot swap a folder and a link in one step, the plain folder is moved
    aside first; a crash right then leaves no build folder, and the next build links it back
    and carries on from it (an incremental build, not a full one)."""
    out = previous_build(builds, tmp_path, "plain")
    out.rename(out.parent / ".build.gen-legacy")
    result = build([builds["data"]], out_dir=out)
    assert result.mode == "incremental"
    assert state_of(out) == builds["new"]


def test_a_second_build_of_the_same_folder_is_refused_while_the_first_runs(
    builds, tmp_path, runner
):
    from kg.cli import app

    out = previous_build(builds, tmp_path, "linked")
    with build_lock(out):
        result = runner.invoke(app, ["build", "--data", str(builds["data"]), "--out", str(out)])
        with pytest.raises(BuildFolderError, match="another `kg build` is writing"):
            build([builds["data"]], out_dir=out)
    assert result.exit_code == 2
    assert "another `kg build` is writing this build folder" in result.output
    assert "Traceback" not in result.output
    assert state_of(out) == builds["old"]


def test_the_lock_is_the_kernels_and_goes_with_a_killed_build(builds, tmp_path):
    out = previous_build(builds, tmp_path, "linked")
    with (out.parent / ".build.lock").open("a+b") as lock:  # as a build holds it
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert crash_build(0, builds["data"], out).returncode != 0
    assert crash_build(3, builds["data"], out).returncode == -signal.SIGKILL
    build([builds["data"]], out_dir=out)  # the killed build holds nothing
    assert state_of(out) == builds["new"]


def test_a_folder_with_other_files_is_never_replaced(builds, tmp_path, runner):
    from kg.cli import app

    out = tmp_path / "results"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["build", "--data", str(builds["data"]), "--out", str(out)])
    assert result.exit_code == 2
    assert "notes.txt" in result.output and "give a new or empty folder" in result.output
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
