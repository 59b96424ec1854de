"""`kg build` as a user runs it, on a copy of one corpus: a full build (load, reason, validate,
write graph.nq and the manifest), the same build again with nothing changed, and again after one
batch of profiles was added. One JSON line per stage, as `benchmarks.run_path` prints them.

`python -m benchmarks.rebuild CORPUS_DIR`
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.run_path import emit
from kg.build import build


def main(corpus: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(corpus, data)
        batches = sorted((data / "profiles").glob("*.trig"))
        # The last batch is set aside, then added as "the new profile": groups of earlier batches
        # never name a later batch's, so the build without it is valid (one from the middle
        # would leave lineage events pointing at groups that are not there).
        held = batches[-1]
        aside = Path(tmp) / held.name
        shutil.move(held, aside)
        out = Path(tmp) / "build"

        start = time.perf_counter()
        result = build([data], out_dir=out, incremental=False)
        emit("kg build (full)", time.perf_counter() - start, triples=result.triples,
             conforms=result.succeeded)

        start = time.perf_counter()
        result = build([data], out_dir=out)
        emit("rebuild, nothing changed", time.perf_counter() - start, mode=result.mode)

        shutil.move(aside, held)
        quads = sum(1 for line in held.read_bytes().splitlines() if line.strip())
        start = time.perf_counter()
        result = build([data], out_dir=out)
        emit(f"rebuild, one batch added ({quads:,} lines)", time.perf_counter() - start,
             mode=result.mode, conforms=result.succeeded)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
