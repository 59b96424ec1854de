"""The files the pages load from `kg serve` itself: the SPARQL editor (CodeMirror 6, bundled by
`tools/editor/vendor.sh` into `static/`) and its licence.

Nothing a page needs comes from anywhere else, so the Content-Security-Policy can say
`script-src 'self'` and an analyst's browser behind an air gap works as well as any. Each asset
is read once, at import, and served from memory under an address that carries its digest
(`/static/<digest>/<name>`): the address changes when the file does, so the answer may be cached
for a year (`immutable`) and a new release is never shown with an old editor. Only the files
listed here are served; there is no path from a URL to the file system.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import files

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

CACHE_FOREVER = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    name: str
    media_type: str
    body: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.body).hexdigest()[:16]

    @property
    def url(self) -> str:
        return f"/static/{self.digest}/{self.name}"


_MEDIA = {
    "sparql-editor.min.js": "text/javascript; charset=utf-8",
    "sparql-editor.LICENSE.txt": "text/plain; charset=utf-8",
}


def _read() -> dict[str, Asset]:
    folder = files("kg.serve").joinpath("static")
    return {
        name: Asset(name, media, folder.joinpath(name).read_bytes())
        for name, media in _MEDIA.items()
    }


ASSETS = _read()
EDITOR = ASSETS["sparql-editor.min.js"]


async def static_file(request: Request) -> Response:
    """An asset by digest and name; an old digest still gets the current file (a page cached
    before an upgrade keeps working) but is not cached for long."""
    asset = ASSETS.get(request.path_params["name"])
    if asset is None:
        return PlainTextResponse("no such file\n", status_code=404)
    current = request.path_params["digest"] == asset.digest
    return Response(
        asset.body,
        media_type=asset.media_type,
        headers={"Cache-Control": CACHE_FOREVER if current else "no-cache"},
    )
