"""What a user waits for, as whole processes (interpreter start and imports included), beside
the same queries in-process: `kg build`, `kg query` of every catalogue query, and `kg serve`
until its first answer, on one corpus. Figures, never pass/fail timings (#13).

`python -m benchmarks.whole_process CORPUS_DIR WORK_DIR [--runs N] [--skip-build]`

WORK_DIR becomes a project folder (`data/` a copy of the corpus, `build/` beside it), and every
command runs in it, as a user would. Each figure is the minimum of `--runs` runs (the machine
is shared: the minimum is the least disturbed run); `kg build` runs once under
`/usr/bin/time -v` for its wall time and peak memory. Prints a Markdown table.
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
from pathlib import Path

from benchmarks.params import catalogue_params

KG = str(Path(sys.executable).with_name("kg"))


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run of `command`, from /usr/bin/time -v."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *command], cwd=cwd, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert wall and rss, done.stderr[-2000:]
    hours, minutes, seconds = wall.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), int(rss.group(1))


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


def in_process(cwd: Path, runs: int) -> dict[str, float]:
    """Median seconds of each catalogue query on the opened build store, in this process."""
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
            timings = []
            for _ in range(runs):
                start = time.perf_counter()
                run_query(target, query, params)
                timings.append(time.perf_counter() - start)
            figures[label] = statistics.median(timings)
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
    if not args.skip_build:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        shutil.copytree(args.corpus, work / "data")
        wall, rss = timed([KG, "build", "--quiet"], work)
        print(f"| `kg build` (full) | {wall:.1f} s | {rss / 1024:.0f} MiB |", flush=True)
    from kg.query_catalogue import catalogue

    inner = in_process(work, 5)
    print("| query | `kg query` whole process (min) | peak RSS | in-process (median of 5) |")
    print("|---|---:|---:|---:|")
    for name in catalogue():
        for label, params in catalogue_params(work / "data", name):
            command = [KG, "query", name, "--format", "csv"]
            for key, value in params.items():
                command += ["--param", f"{key}={value}"]
            runs = [timed(command, work) for _ in range(args.runs)]
            wall, rss = min(runs)
            print(f"| {label} | {wall:.2f} s | {rss / 1024:.0f} MiB | "
                  f"{inner[label] * 1000:.1f} ms |", flush=True)
    serves = [first_answer(work, args.port) for _ in range(args.runs)]
    print(f"| `kg serve` to first answer (min of {args.runs}) | {min(serves):.1f} s | | |")


if __name__ == "__main__":
    main()
