"""One batch add timed stage by stage, on a copy of a previous build (#13): what
`docs/benchmarks.md` reports for "add one batch of 50 profiles to an L build".

`python -m benchmarks.batch_add BUILD DATA_DIR BATCH`

BUILD is the build folder a `kg build --data DATA_DIR --out BUILD` left (a link to its
generation); it is copied with hard links (`cp -al` of its parent folder, so keep each build
in a folder of its own) and left as it was, so the same add can be timed again and again.
BATCH (a TriG file) is put into `DATA_DIR/profiles/` for the add and taken out after: the
build's manifest names its inputs by path, so the add must read the very folder the build
read. Each progress line of `kg.build.build` is printed with the wall time, the CPU time
(user + system, of every thread: RocksDB's and shacl-rust's work included; of it, RocksDB's
own background threads, whose compactions run beside whatever stage is going on) and the
resident memory since the line before; on a shared machine read the CPU column, not the wall.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.build import build


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rocksdb_cpu() -> float:
    """CPU time (user + system) of RocksDB's own threads (`rocksdb:low`, `rocksdb:high`: its
    compactions and flushes), which run beside whatever stage the build is in: a stage's CPU
    column counts them, this tells how much of it they were. They live as long as the process
    (RocksDB's thread pool is the process's), so their counts only grow."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            if not (task / "comm").read_text().startswith("rocksdb"):
                continue
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def _rss_mib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
    return 0


def main(previous: Path, data: Path, batch: Path) -> None:
    target = data / "profiles" / batch.name
    with tempfile.TemporaryDirectory(prefix="kg-batch-add-") as tmp:
        copy = Path(tmp) / "builds"
        subprocess.run(["cp", "-al", str(previous.parent), str(copy)], check=True)
        out = copy / previous.name
        shutil.copy(batch, target)
        start, first_cpu, first_rocksdb = time.perf_counter(), _cpu(), _rocksdb_cpu()
        last = [start, first_cpu, first_rocksdb]

        def say(message: str) -> None:
            now, cpu, rocksdb = time.perf_counter(), _cpu(), _rocksdb_cpu()
            print(
                f"{now - last[0]:7.2f} s wall {cpu - last[1]:6.2f} s CPU "
                f"(RocksDB's threads {rocksdb - last[2]:5.2f}) "
                f"| {cpu - first_cpu:6.2f} s CPU so far | {_rss_mib():5d} MiB | {message}",
                flush=True,
            )
            last[:] = [now, cpu, rocksdb]

        try:
            result = build([data], out_dir=out, progress=say)
        finally:
            target.unlink()
        say("end")
        print(
            f"mode {result.mode}, {result.triples:,} stated, {result.inferred:,} inferred, "
            f"succeeded {result.succeeded}; {_cpu() - first_cpu:.2f} s CPU; "
            f"load average {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
