"""What a user waits for, as whole processes (interpreter start and imports included), beside
the same queries in-process: `kg build`, `kg query` of every catalogue query, and `kg serve`
until its first answer, on one corpus. Figures, never pass/fail timings (#13).

`python -m benchmarks.whole_process CORPUS_DIR WORK_DIR [--runs N] [--skip-build]`

WORK_DIR becomes a project folder (`data/` a copy of the corpus, `build/` beside it), and every
command runs in it, as a user would. Each figure is the minimum of `--runs` runs (the machine
is shared: the minimum is the least disturbed run); `kg build` runs once. Every process runs
under `/usr/bin/time -v`, which gives its wall time, its CPU time (user + sys: on a loaded
machine the steadier figure, since wall time also counts the waits for a core) and its peak
memory; the in-process figures are wall and CPU time of the query alone, after one warm-up run.
The load average is printed before and after, so that a reader can tell a quiet run from a
busy one. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from benchmarks.params import catalogue_params

KG = str(Path(sys.executable).with_name("kg"))


@dataclass(frozen=True, order=True)
class Run:
    """One process, as /usr/bin/time -v saw it (ordered by wall time, then CPU)."""

    wall: float  # seconds
    cpu: float  # seconds of user + system time
    rss: int  # peak resident set, KiB


def timed(command: list[str], cwd: Path) -> Run:
    """Wall and CPU seconds and peak RSS of one run of `command`, from /usr/bin/time -v."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *command], cwd=cwd, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    user = re.search(r"User time \(seconds\): ([\d.]+)", done.stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", done.stderr)
    assert wall and rss and user and system, done.stderr[-2000:]
    hours, minutes, seconds = wall.groups()
    return Run(
        wall=int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds),
        cpu=float(user.group(1)) + float(system.group(1)),
        rss=int(rss.group(1)),
    )


def load_average() -> str:
    """The machine's load average over 1, 5 and 15 minutes, as `uptime` says it."""
    return " ".join(f"{figure:.1f}" for figure in os.getloadavg())


def first_answer(cwd: Path, port: int) -> float:
    """Seconds from `kg serve` to its first answer to ASK at /sparql (the server is stopped)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [KG, "serve", "--port", str(port), "--quiet"], cwd=cwd,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"
    try:
        while time.perf_counter() - start < 300:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.05)
        raise SystemExit("kg serve did not answer within 300 s")
    finally:
        process.terminate()
        process.wait(timeout=30)


def in_process(cwd: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each catalogue query on the opened build store, in this
    process, after one warm-up run (which parses the query, as any process does once)."""
    os.chdir(cwd)
    from kg.build import open_built_graph
    from kg.query import run_query
    from kg.query_catalogue import catalogue
    from kg.store.embedded import OxigraphStore

    kg = open_built_graph()
    assert kg is not None, "no current build"
    target = OxigraphStore.of(kg)
    figures = {}
    for name, query in catalogue().items():
        for label, params in catalogue_params(cwd / "data", name):
            run_query(target, query, params)  # parses the query once, as any process does
            walls, cpus = [], []
            for _ in range(runs):
                start, cpu = time.perf_counter(), time.process_time()
                run_query(target, query, params)
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
            figures[label] = statistics.median(walls), statistics.median(cpus)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    work = args.work.resolve()
    print(f"load average at the start: {load_average()}", flush=True)
    if not args.skip_build:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copytree(args.corpus, work / "data")
        run = timed([KG, "build", "--quiet"], work)
        print(f"`kg build` (full): {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, "
              f"{run.rss / 1024:.0f} MiB peak RSS", flush=True)
    from kg.query_catalogue import catalogue

    inner = in_process(work, 5)
    print(f"| query | `kg query` whole process: wall (min of {args.runs}) | CPU (min) "
          "| peak RSS | in-process, median of 5: wall | CPU |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in catalogue():
        for label, params in catalogue_params(work / "data", name):
            command = [KG, "query", name, "--format", "csv"]
            for key, value in params.items():
                command += ["--param", f"{key}={value}"]
            runs = [timed(command, work) for _ in range(args.runs)]
            wall, cpu = inner[label]
            print(f"| {label} | {min(r.wall for r in runs):.2f} s | "
                  f"{min(r.cpu for r in runs):.2f} s | {min(r.rss for r in runs) / 1024:.0f} MiB "
                  f"| {wall * 1000:.1f} ms | {cpu * 1000:.1f} ms |", flush=True)
    serves = [first_answer(work, args.port) for _ in range(args.runs)]
    print(f"`kg serve` to first answer: {min(serves):.1f} s (min of {args.runs}; "
          f"{', '.join(f'{s:.1f}' for s in serves)})")
    print(f"load average at the end: {load_average()}")


if __name__ == "__main__":
    main()
