"""`kg init`: a project folder for an analyst's own profiles, outside any checkout.

An installed `kg` works from any folder: where the current folder has a `data/`, that is the
graph's data, and `build/` lands beside it. `init_project` lays such a folder out so that
`kg ingest profile.txt` then `kg build` there just work: `data/places.ttl` (the curated places,
which ingested profiles link to), `data/profiles/` for the ingested profiles, `queries/` for the
analyst's own `.rq` files (with one example to adapt), and a README saying so.
"""

from __future__ import annotations

from pathlib import Path

from kg.atomic import write_atomically
from kg.errors import KgError
from kg.resources import curated_data_dir, queries_dir

README = """\
# A ctkg project

Made by `kg init`. Run every `kg` command from this folder: `kg` reads `data/` here and writes
`build/` here.

- `data/places.ttl`: the curated places (countries, regions, cities) that profiles link to.
- `data/profiles/`: your profiles as RDF. `kg ingest my-profile.txt` reads a profile written as
  the collection's are and writes `data/profiles/my-profile.trig`; `kg ingest my-profile.txt
  --review` shows what it understood first, writing nothing.
- `queries/`: your own SPARQL questions, one `.rq` file each; run one with
  `kg query queries/example.rq --param group=NAME`. `kg queries` lists the catalogue that comes
  with kg, whose queries run by name (`kg query lineage --param group=NAME`).

Then `kg build` reasons over and validates everything under `data/` into `build/`, and
`kg query`, `kg export` (and, with the extras installed, `kg serve`, `kg lineage`, `kg map`)
use that build.

To start from the curated AQIM profile too, copy it in: it is in the installed package, at
the path `python -c "import kg.resources as r; print(r.curated_data_dir())"` prints.
"""

EXAMPLE_QUERY = "lineage.rq"


def init_project(folder: Path) -> list[Path]:
    """Lay out a project folder and return the files written. A folder that exists is used
    only if it is empty: `kg init` never mixes its files with a user's."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise KgError(
            f"{folder}: already exists and is not an empty folder; give a new folder "
            "(kg init DIR makes it)"
        )
    try:
        (folder / "data" / "profiles").mkdir(parents=True, exist_ok=True)
        (folder / "queries").mkdir(exist_ok=True)
    except OSError as error:
        raise KgError(f"{folder}: cannot create the project folder ({error.strerror})") from None
    written = [
        write_atomically(folder / "README.md", README),
        write_atomically(
            folder / "data" / "places.ttl", (curated_data_dir() / "places.ttl").read_bytes()
        ),
        write_atomically(
            folder / "queries" / "example.rq",
            (queries_dir() / EXAMPLE_QUERY).read_bytes(),
        ),
    ]
    return written


__all__ = ["init_project"]
