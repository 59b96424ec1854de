"""One full build timed by thread: when each stage of the main thread starts and when the
on-disk store's writer starts, finishes each part and closes the store (#13, thirteenth
round), what `docs/benchmarks.md` reports for "the full build at L".

`python -m benchmarks.build_timeline DATA OUT`

Builds DATA into OUT in full in this process (`kg.build.build`, `incremental=False`). Every
progress line and every event of the writer (`kg.build._write_store` and each call of
`_load_pieces`, wrapped), and when the main thread starts waiting for the writer
(`_StoreWriter.wait`), is printed with the wall time since the start, the process's CPU time,
the main thread's CPU time and the resident memory now and at its peak, and the load average;
at the end, every thread's CPU time by name, sampled from `/proc/self/task` every 0.1 s
(Python's threads by name, RocksDB's as `rocksdb:low` / `rocksdb:high`, the threads Oxigraph's
bulk loader starts for each batch as `rust:python`). On a shared machine the wall times stretch
with the load; read the CPU columns, and the writer's events against the main thread's.
"""

from __future__ import annotations

import importlib
import os
import re
import resource
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

_START = time.perf_counter()
_TICK = os.sysconf("SC_CLK_TCK")
_MAIN = threading.get_native_id()
_SEEN: dict[int, tuple[str, float]] = {}


def _memory_mib() -> tuple[int, int]:
    """Resident memory now and its high-water mark."""
    now = peak = 0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            now = int(line.split()[1]) >> 10
        elif line.startswith("VmHWM"):
            peak = int(line.split()[1]) >> 10
    return now, peak


def _thread_stat(tid: int) -> tuple[str, float] | None:
    """A thread's name and CPU time (user + system), or None if it has ended."""
    try:
        stat = Path(f"/proc/self/task/{tid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return stat[stat.index("(") + 1 : stat.rindex(")")], (int(fields[11]) + int(fields[12])) / _TICK


def say(message: str) -> None:
    now, peak = _memory_mib()
    main = _thread_stat(_MAIN)
    print(
        f"{time.perf_counter() - _START:7.2f} s wall {time.process_time():6.1f} s CPU "
        f"{main[1] if main else 0:6.1f} s main {now:5d} / {peak:5d} MiB "
        f"load {os.getloadavg()[0]:4.1f} [{threading.current_thread().name}] | {message}",
        flush=True,
    )


def _sample_threads() -> None:
    while True:
        # a pool's threads by the pool's name ("kg-load_0" → "kg-load")
        python_names = {t.native_id: re.sub(r"_\d+$", "", t.name) for t in threading.enumerate()}
        for entry in os.listdir("/proc/self/task"):
            tid = int(entry)
            found = _thread_stat(tid)
            if found is None:
                continue
            name, cpu = found
            if tid == _MAIN:
                label = "main"
            elif name.startswith("rocksdb"):
                label = name
            else:
                known = _SEEN.get(tid)
                label = python_names.get(tid) or (known[0] if known else f"rust:{name}")
            _SEEN[tid] = (label, cpu)
        time.sleep(0.1)


def _wrapped(builder: object) -> None:
    """Print the writer's events: the store's write starting and ending, each part loaded; and
when the main thread, its own work done, starts waiting for the writer."""
    write_store: Callable = builder._write_store  # type: ignore[attr-defined]
    load_pieces: Callable = builder._load_pieces  # type: ignore[attr-defined]

    def timed_write_store(*args: object, **kwargs: object) -> bool:
        say("writer: starts")
        try:
            return write_store(*args, **kwargs)
        finally:
            say("writer: store closed and flushed")

    def timed_load_pieces(store: object, stream, end: int, cancelled) -> bool:  # type: ignore[no-untyped-def]
        start = stream.tell()
        say(f"writer: loading bytes {start:,} to {end:,}")
        loaded = load_pieces(store, stream, end, cancelled)
        say(f"writer: loaded bytes {start:,} to {end:,}")
        return loaded

    builder._write_store = timed_write_store  # type: ignore[attr-defined]
    builder._load_pieces = timed_load_pieces  # type: ignore[attr-defined]
    writer_class = builder._StoreWriter  # type: ignore[attr-defined]
    wait: Callable = writer_class.wait

    def timed_wait(writer: object) -> None:
        say("main: its own work done, waits for the writer")
        wait(writer)

    writer_class.wait = timed_wait


def main(data: Path, out: Path) -> None:
    threading.Thread(target=_sample_threads, name="sampler", daemon=True).start()
    builder = importlib.import_module("kg.build")  # `kg.build` is also the function's name
    _wrapped(builder)
    result = builder.build([data], out_dir=out, incremental=False, progress=say)
    say(f"done: {result.mode}, {result.triples:,} stated, {result.inferred:,} inferred, "
        f"succeeded {result.succeeded}")
    by_name: dict[str, float] = {}
    for name, cpu in list(_SEEN.values()):
        by_name[name] = by_name.get(name, 0.0) + cpu
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("threads' CPU:", ", ".join(f"{k} {v:.2f} s" for k, v in sorted(by_name.items())))
    print(
        f"process CPU {usage.ru_utime + usage.ru_stime:.2f} s (user {usage.ru_utime:.2f}, "
        f"system {usage.ru_stime:.2f}), peak {usage.ru_maxrss >> 10} MiB"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
