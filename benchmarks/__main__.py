"""`python -m benchmarks [S M L ...] [--cap SECONDS] [--runs N] [--write docs/benchmarks.md]`

Generates each corpus (benchmarks/corpora/<size>, git-ignored, seed 7), runs the default path
and the naive path (rdflib Memory + owlrl + pySHACL) on it in separate processes, each stage
timed and each process's peak memory taken, prints one table per size with the ratios, and checks
that both paths infer the same triples (all of them, and the lineage and place-containment ones
counted apart) and give the same answers to every catalogue query. The naive path is stopped
after `--cap` seconds; stages it did not reach read "> cap". Figures, never pass/fail timings.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate
from benchmarks.run_path import QUERY_CAP

ROOT = Path(__file__).resolve().parent.parent
LINEAGE = ("ontology#hasPredecessor>", "ontology#hasSuccessor>", "ontology#locatedIn>")


def run_path(corpus: Path, path: str, out: Path, cap: float, runs: int) -> tuple[dict, float]:
    """Stage → figures for one path; stops the process at `cap` seconds of wall time."""
    command = [sys.executable, "-m", "benchmarks.run_path", str(corpus), path, str(out),
               "--runs", str(runs)]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    stages: dict[str, dict] = {}
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env) as proc:
        try:
            stdout, _ = proc.communicate(timeout=cap)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, _ = proc.communicate()
    for line in stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            stages[record["stage"]] = record
    return stages, time.perf_counter() - start


def run_rebuild(corpus: Path) -> dict[str, dict]:
    """The `kg build` stages (full, no-op, one batch added) from benchmarks.rebuild."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    command = [sys.executable, "-m", "benchmarks.rebuild", str(corpus)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    stages = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            stages[record["stage"]] = record
    return stages


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "> cap"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def compare(a: Path, b: Path, name: str) -> str:
    if not (a / name).exists() or not (b / name).exists():
        return "not checked (naive path capped before it got there)"
    if name == "inferred.txt":
        left = set((a / name).read_text().splitlines())
        right = set((b / name).read_text().splitlines())
        closure = {t for t in left | right if any(p in t for p in LINEAGE)}
        if left == right:
            kept = len([t for t in left if t in closure])
            return f"identical ({len(left)} triples; {kept} lineage/place-containment)"
        return f"DIFFERENT: {len(left - right)} only default, {len(right - left)} only naive"
    left = json.loads((a / name).read_text())
    right = json.loads((b / name).read_text())
    common = sorted(set(left) & set(right))
    differing = [k for k in common if left[k] != right[k]]
    if differing:
        return f"DIFFERENT for {', '.join(differing)}"
    return f"identical for {len(common)} of {len(set(left) | set(right))} query runs"


def table(
    size: str, triples: int, default: dict, naive: dict | None, wall: tuple[float, float]
) -> str:
    """One size's table; `naive` is None when the naive path was not run on this size."""
    if naive is None:
        return _default_only(size, triples, default, wall[0])
    lines = [
        f"### {size}: {triples:,} triples",
        "",
        "| stage | default | naive | naive / default |",
        "|---|---:|---:|---:|",
    ]
    order = [s for s in default if s not in ("load", "reason", "export", "validate")]
    total = {"default": 0.0, "naive": 0.0}
    complete = {"default": True, "naive": True}
    for stage in ["load", "reason", "validate", "export", *order]:
        d = default.get(stage, {}).get("seconds")
        n = naive.get(stage, {}).get("seconds")
        for key, value in (("default", d), ("naive", n)):
            if stage in ("load", "reason", "validate") and value is None:
                complete[key] = False
            elif stage in ("load", "reason", "validate"):
                total[key] += value
        if stage == "query store":  # the default path's name index; the naive path has none
            lines.append(f"| query store (name index) | {fmt(d)} | – | |")
            continue
        if stage.startswith(("kg build", "rebuild")):  # the default path's own command
            lines.append(f"| `{stage}` | {fmt(d)} | – | |")
            continue
        cap = QUERY_CAP if stage.startswith("query ") else CAP[0]
        ratio = f"{n / d:.1f}×" if d and n else ("> " + f"{cap / d:.0f}×" if d else "")
        lines.append(f"| {stage} | {fmt(d)} | {fmt(n)} | {ratio if n or d else ''} |")
    d_total = total["default"] if complete["default"] else None
    n_total = total["naive"] if complete["naive"] else None
    ratio = f"{n_total / d_total:.0f}×" if d_total and n_total else (
        f"> {CAP[0] / d_total:.0f}×" if d_total else "")
    lines.append(f"| **build (load + reason + validate)** | {fmt(d_total)} | {fmt(n_total)} "
                 f"| **{ratio}** |")
    peak_d = max((r.get("peak_mib", 0) for r in default.values()), default=0)
    peak_n = max((r.get("peak_mib", 0) for r in naive.values()), default=0)
    lines.append(f"| peak memory | {peak_d:.0f} MiB | {peak_n:.0f} MiB | |")
    lines.append(f"| wall, whole process | {wall[0]:.1f} s | {wall[1]:.1f} s | |")
    return "\n".join(lines)


def _default_only(size: str, triples: int, default: dict, wall: float) -> str:
    lines = [f"### {size}: {triples:,} triples (default path only)", "",
             "| stage | default |", "|---|---:|"]
    build = 0.0
    for stage, record in default.items():
        seconds = record.get("seconds")
        if stage in ("load", "reason", "validate") and seconds is not None:
            build += seconds
        name = f"`{stage}`" if stage.startswith(("kg build", "rebuild")) else stage
        lines.append(f"| {name} | {fmt(seconds)} |")
    lines.append(f"| **load + reason + validate** | {fmt(build)} |")
    peak = max((r.get("peak_mib", 0) for r in default.values()), default=0)
    lines.append(f"| peak memory | {peak:.0f} MiB |")
    lines.append(f"| wall, whole process | {wall:.1f} s |")
    return "\n".join(lines)


CAP = [600.0]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(
            int(line.split()[1]) / 1024 / 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem = 0.0
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("sizes", nargs="*", default=["S", "M"])
    parser.add_argument("--cap", type=float, default=600.0, help="naive path cap, seconds")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--write", type=Path, help="write the tables into this Markdown file")
    parser.add_argument("--no-naive", action="store_true", help="default path only")
    parser.add_argument(
        "--naive-sizes", nargs="*", default=["XS", "S", "M"],
        help="sizes the naive path runs on (default XS S M: on L it would only hit the cap)",
    )
    args = parser.parse_args()
    CAP[0] = args.cap
    sections = []
    for size in args.sizes:
        corpus = ROOT / "benchmarks" / "corpora" / size
        generate(corpus, size)
        with tempfile.TemporaryDirectory() as tmp:
            out_d, out_n = Path(tmp) / "default", Path(tmp) / "naive"
            default, wall_d = run_path(corpus, "default", out_d, 24 * 3600, args.runs)
            default.update(run_rebuild(corpus))
            skip_naive = args.no_naive or size not in args.naive_sizes
            naive, wall_n = ({}, 0.0) if skip_naive else run_path(
                corpus, "naive", out_n, args.cap, args.runs)
            triples = default.get("load", {}).get("triples", 0)
            text = table(size, triples, default, None if skip_naive else naive, (wall_d, wall_n))
            if not skip_naive:
                text += (
                    "\n\nEquality, default vs naive path:\n"
                    f"- inferred triples: {compare(out_d, out_n, 'inferred.txt')}\n"
                    f"- catalogue query answers: {compare(out_d, out_n, 'answers.json')}\n"
                )
        print(text, flush=True)
        sections.append(text)
    if args.write:
        header = (f"Machine: {machine()}.\nNaive path cap: {args.cap:.0f} s. "
                  f"Command: `python -m benchmarks {' '.join(args.sizes)} --cap {args.cap:.0f}`\n")
        _write_results(args.write, header + "\n" + "\n\n".join(sections) + "\n")


def _write_results(path: Path, body: str) -> None:
    """Replace the generated part of the Markdown file (between the markers), atomically."""
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else f"{begin}\n{end}\n"
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(f"{head}{begin}\n{body}{end}{tail}", encoding="utf-8")
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
