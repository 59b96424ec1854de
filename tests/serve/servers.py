"""Real servers for the store and serve tests, each on a free 127.0.0.1 port and stopped by the
test that started it: an Oxigraph server on a temporary store, `kg serve`, and a listener that
only records the requests it gets (the proof that nothing left a server)."""

from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_command() -> str:
    """The `oxigraph` server installed beside this Python (the PyPI package), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph server is not installed: pip install -e '.[test]'"
    return found


@dataclass
class Server:
    process: subprocess.Popen
    base: str

    def stderr(self) -> str:
        return self.process.stderr.read().decode() if self.process.stderr else ""


def _wait_until_answering(server: Server, probe: str, seconds: float = 90.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError(f"server exited {server.process.returncode}: {server.stderr()}")
        try:
            with urllib.request.urlopen(server.base + probe, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{server.base} did not answer within {seconds} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()


@contextlib.contextmanager
def running_oxigraph(folder: Path) -> Iterator[Server]:
    """`oxigraph serve` on a temporary store, the union of named graphs as default graph."""
    port = free_port()
    process = subprocess.Popen(
        [
            oxigraph_command(),
            "serve",
            "--location",
            str(folder / "oxigraph"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    server = Server(process, f"http://127.0.0.1:{port}")
    try:
        _wait_until_answering(server, "/query?query=ASK%7B%7D")
        yield server
    finally:
        _stop(process)


VIRTUOSO_PACKAGE = "virtuoso-opensource-7-bin"
VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {folder}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


def virtuoso_commands() -> tuple[str, str]:
    """Debian's Virtuoso server and its SQL client (`.ci/run` installs the package)."""
    server, client = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    assert server and client, (
        f"Virtuoso is not installed: apt-get install {VIRTUOSO_PACKAGE} (.ci/run does)"
    )
    return server, client


@contextlib.contextmanager
def running_virtuoso(folder: Path) -> Iterator[Server]:
    """Virtuoso Open-Source on a new database in `folder`, HTTP and SQL on 127.0.0.1 only.
    Its /sparql endpoint takes updates once the anonymous SPARQL user is granted them, as a
    partner's data engineer does for a load (a real deployment would use /sparql-auth)."""
    server_command, client = virtuoso_commands()
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [server_command, "-c", str(ini), "+foreground"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    server = Server(process, f"http://127.0.0.1:{http_port}")
    try:
        _wait_until_answering(server, "/sparql?query=ASK%7B%7D", seconds=180.0)
        grants = (
            'GRANT SPARQL_UPDATE TO "SPARQL"; '
            'GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO "SPARQL"; '
            'GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO "SPARQL";'
        )
        subprocess.run(
            [client, str(sql_port), "dba", "dba", f"exec={grants}"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield server
    finally:
        _stop(process)


@contextlib.contextmanager
def running_kg_serve(*args: str) -> Iterator[Server]:
    """`kg serve` with `args`, on a free port."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    server = Server(process, f"http://127.0.0.1:{port}")
    try:
        _wait_until_answering(server, "/sparql?query=ASK%7B%7D")
        yield server
    finally:
        _stop(process)


@dataclass
class Listener:
    """An HTTP server that answers anything with a small Turtle document and records it."""

    port: int
    requests: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@contextlib.contextmanager
def listening() -> Iterator[Listener]:
    listener = Listener(0)

    class Handler(http.server.BaseHTTPRequestHandler):
        def _record(self) -> None:
            listener.requests.append(f"{self.command} {self.path}")
            auth = self.headers.get("Authorization")
            if auth:
                listener.requests.append(f"Authorization: {auth}")
            body = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
            self.send_response(401 if auth else 200)
            self.send_header("Content-Type", "text/turtle")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _record

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    listener.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield listener
    finally:
        server.shutdown()
        server.server_close()


def hostile_file(template: str, folder: Path, listener: Listener) -> Path:
    """A partner's file from tests/serve/ that points at the listener (its URL filled in)."""
    text = (HERE / template).read_text(encoding="utf-8").replace("LISTENER", listener.base)
    path = folder / template
    path.write_text(text, encoding="utf-8")
    return path
