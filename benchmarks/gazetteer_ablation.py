"""`kg` with the gazetteer left out, to measure what the gazetteer alone costs a build (#11).

`python -m benchmarks.gazetteer_ablation [--without] build --full --data … --out …` runs the CLI
as `kg` does; with `--without`, the build describes no gazetteer place (`kg.load.gazetteer_quads`
returns nothing) and leaves the gazetteer's data out of its fingerprint
(`kg.build.gazetteer_version`), so the resolver has only `data/places.ttl`. Run both under
`/usr/bin/time`, alternated, on the same commit: the difference is the gazetteer's own cost
(docs/benchmarks.md, "The gazetteer's own cost, measured by ablation"). Figures, never
pass/fail.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    if argv[:1] == ["--without"]:
        import kg.build
        import kg.load

        kg.load.gazetteer_quads = lambda kg_, places: []  # type: ignore[assignment]
        kg.build.gazetteer_version = lambda: "no-gazetteer"  # type: ignore[assignment]
        argv = argv[1:]
    from kg.cli import app

    sys.argv = ["kg", *argv]
    app()


if __name__ == "__main__":
    main(sys.argv[1:])
