"""Drive `kg serve` with N concurrent clients for T seconds; print requests/s, latency, errors.

    python benchmarks/serve_load.py --clients 1 10 50 --seconds 5

Starts its own `kg serve` on a free 127.0.0.1 port (or uses --url) and stops it at the end.
Each client sends catalogue questions over the SPARQL protocol, one after the other, as an
analyst's notebook would: lineage, attacks, names and casualties of AQIM, with the parameters
already bound (a VALUES block), in turn. Figures, not pass/fail: the clients run on the same
machine as the server, so they compete with it for the CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

import httpx

from kg.query import bind_parameters
from kg.query_catalogue import catalogue
from kg.store.remote import RemoteStore
from kg.store.sparql import bind_with_values

QUESTIONS = [
    ("lineage", {"group": "AQIM"}),
    ("attacks", {"group": "AQIM", "min_killed": "20"}),
    ("names", {"group": "AQIM"}),
    ("casualties-by-year", {"group": "AQIM"}),
    ("leaders", {"group": "AQIM"}),
]


def start_server(args: argparse.Namespace) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "kg.cli", "serve", "--port", str(port)]
    command += ["--workers", str(args.workers), "--timeout", str(args.timeout)]
    if args.build:
        command += ["--build", args.build]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/sparql?query=ASK%7B%7D", timeout=2):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("kg serve did not start within 120 s")


def bound_questions(url: str) -> list[str]:
    """The questions as plain SPARQL, names resolved to IRIs by the server itself."""
    store = RemoteStore(f"{url}/sparql")
    queries = catalogue()
    texts = []
    for name, params in QUESTIONS:
        bindings = bind_parameters(store, queries[name], params)
        texts.append(bind_with_values(queries[name].text, bindings))
    return texts


async def client(
    http: httpx.AsyncClient, texts: list[str], offset: int, until: float, log: list
) -> None:
    index = offset
    while time.monotonic() < until:
        text = texts[index % len(texts)]
        index += 1
        started = time.monotonic()
        try:
            answer = await http.post(
                "/sparql",
                data={"query": text},
                headers={"Accept": "application/sparql-results+json"},
            )
            ok = answer.status_code == 200
        except httpx.HTTPError:
            ok = False
        log.append((time.monotonic() - started, ok))


async def run(url: str, texts: list[str], clients: int, seconds: float) -> dict[str, float]:
    log: list[tuple[float, bool]] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
        started = time.monotonic()
        until = started + seconds
        await asyncio.gather(*(client(http, texts, i, until, log) for i in range(clients)))
        elapsed = time.monotonic() - started
    latencies = sorted(t for t, _ in log)
    return {
        "requests": len(log),
        "rps": len(log) / elapsed,
        "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
        if latencies
        else float("nan"),
        "errors": sum(1 for _, ok in log if not ok),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--url", help="an already running kg serve (default: start one)")
    parser.add_argument("--build", help="build folder for the server (default: build/)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()

    process, url = (None, args.url) if args.url else start_server(args)
    try:
        texts = bound_questions(url)
        print(
            f"kg serve at {url}; {len(texts)} catalogue questions in turn; {args.seconds:g} s each"
        )
        print(
            f"{'clients':>8} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"
        )
        for clients in args.clients:
            figures = asyncio.run(run(url, texts, clients, args.seconds))
            print(
                f"{clients:>8} {figures['requests']:>9} {figures['rps']:>8.1f} "
                f"{figures['p50']:>8.1f} {figures['p99']:>8.1f} {figures['errors']:>7}"
            )
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=15)


if __name__ == "__main__":
    main()
