"""A SPARQL store that misbehaves on purpose, on 127.0.0.1, started and stopped by the test
that uses it. Each path is one behaviour:

- `/huge`: a 200 answer that never ends (until `limit` bytes), with no Content-Length;
- `/announced`: a 200 answer that announces 10 GB;
- `/drip-body`: headers at once, then one byte of body every `interval` seconds;
- `/drip-headers`: the status line and headers themselves, one byte every `interval` seconds;
- `/markup`: a 400 refusal whose text is Rich markup (`[/x]`, `[bold]`);
- `/rows`: a well-formed answer whose values are Rich markup (and "yes" to any ASK, such as
  the client's check that the store holds the precomputed graph);
- `/redirect`: a redirect to an ftp: URL.

It counts the bytes it managed to send, the proof that a client stopped reading."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field

MARKUP_REFUSAL = b"Parse error [/x] at [bold red]line 1[/] near [link=http://x]here"
ROWS = (
    b'{"head": {"vars": ["group", "name"]}, "results": {"bindings": [{"group": {"type": "uri", '
    b'"value": "http://example.org/[/x]"}, "name": {"type": "literal", "value": "[/] [bold]x"}}]}}'
)
YES = b'{"head": {}, "boolean": true}'


@dataclass
class HostileStore:
    port: int = 0
    interval: float = 0.3
    limit: int = 200 * 1024 * 1024
    sent: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextlib.contextmanager
def hostile_store(
    *, interval: float = 0.3, limit: int = 200 * 1024 * 1024
) -> Iterator[HostileStore]:
    store = HostileStore(interval=interval, limit=limit)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            path, _, query = self.path.partition("?")
            self.query = urllib.parse.unquote_plus(body.decode("utf-8", "replace") + query)
            with contextlib.suppress(OSError):  # the client hung up, as it should
                getattr(self, "answer_" + path.strip("/").replace("-", "_"))()

        do_GET = do_POST

        def _send(self, data: bytes) -> None:
            self.wfile.write(data)
            self.wfile.flush()
            store.sent += len(data)

        def _head(self, code: int = 200, length: int | None = None, kind: str = "json") -> None:
            self.send_response(code)
            self.send_header("Content-Type", f"application/sparql-results+{kind}")
            if length is not None:
                self.send_header("Content-Length", str(length))
            self.end_headers()

        def answer_huge(self) -> None:
            self._head()
            self._send(b'{"head": {"vars": ["x"]}, "results": {"bindings": [')
            row = b'{"x": {"type": "literal", "value": "' + b"y" * 1000 + b'"}},' * 64
            while store.sent < store.limit and not store.stop.is_set():
                self._send(row)

        def answer_announced(self) -> None:
            self._head(length=10 * 1024**3)
            self._send(b"{" * 1024)

        def answer_drip_body(self) -> None:
            self._head()
            while store.sent < store.limit and not store.stop.is_set():
                self._send(b" ")
                time.sleep(store.interval)

        def answer_drip_headers(self) -> None:
            for byte in b"HTTP/1.0 200 OK\r\nX-Padding: " + b"a" * 100_000:
                if store.stop.is_set():
                    return
                self._send(bytes([byte]))
                time.sleep(store.interval)

        def answer_redirect(self) -> None:
            self.send_response(307)
            self.send_header("Location", "ftp://127.0.0.1:1/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def answer_markup(self) -> None:
            self._head(400, len(MARKUP_REFUSAL), kind="xml")
            self._send(MARKUP_REFUSAL)

        def answer_rows(self) -> None:
            answer = YES if "ASK {" in self.query else ROWS
            self._head(200, len(answer))
            self._send(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    store.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield store
    finally:
        store.stop.set()
        server.shutdown()
        server.server_close()
