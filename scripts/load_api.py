"""Bounded load test of `newsfacts serve` on this machine.

    python scripts/load_api.py --db newsfacts.db            # starts a server on a free port
    python scripts/load_api.py --base http://127.0.0.1:8000 # or uses a running one

Two measurements:
1. server time (the `Server-Timing` header: arrival to first byte, no
   network) of the projects page (first 100 rows), the projects API and the
   map data, sequentially, median and p95 of --samples requests each;
2. load: --clients concurrent clients (20) for --duration seconds (30), each
   with one keep-alive connection, cycling through a mix of API requests;
   latency percentiles as the clients saw them.

Bounded by design: loopback addresses only, a fixed duration and a cap on
the number of requests; it stops by itself.
"""
from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_REQUESTS = 2_000_000  # hard cap whatever the duration

TIMED = ["/projects", "/api/projects?limit=100", "/api/map"]


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, cache_ttl: float, workers: int) -> subprocess.Popen:
    url = db if "://" in db else f"sqlite:///{Path(db).resolve()}"
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "serve", "--db", url, "--port", str(port),
                             "--cache-ttl", str(cache_ttl), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/api/stats")
            if c.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("load_api: the server did not start")


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, float, float | None]:
    """(status, client latency in ms, server time in ms)."""
    t0 = time.perf_counter()
    conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
    r = conn.getresponse()
    r.read()
    ms = (time.perf_counter() - t0) * 1000
    st = r.getheader("server-timing") or ""
    server = float(st.split("dur=")[1]) if "dur=" in st else None
    return r.status, ms, server


def paths_for(conn, ids: int = 200) -> list[str]:
    """A realistic mix: list pages with filters and pages, details of `ids`
    real projects (the most recently reported first: the largest ones) and
    half as many entities and articles, searches. Wide enough that a server's
    response cache cannot hold the test by itself."""
    def js(path):
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())
    stats = js("/api/stats")
    projects = js(f"/api/projects?limit={ids}")["items"]
    articles = js(f"/api/articles?limit={ids // 2}")["items"]
    entities = js(f"/api/entities?limit={ids // 2}")["items"]
    sectors = [c["key"] for c in stats["by_sector"] if c["key"]][:5]
    countries = [c["key"] for c in stats["by_country"] if c["key"]][:5]
    mix = ["/api/projects", "/api/projects?sort=name&limit=50", "/api/stats", "/api/events", "/api/quotes",
           "/api/entities?type=PER", "/api/articles",
           "/api/search?q=" + urllib.parse.quote("завод"), "/api/search?q=" + urllib.parse.quote("Газпром")]
    mix += [f"/api/projects?sector={urllib.parse.quote(s)}" for s in sectors]
    mix += [f"/api/projects?country={c}" for c in countries]
    mix += [f"/api/projects?offset={k * 100}" for k in range(1, 11)]
    mix += [f"/api/search?q={urllib.parse.quote(w)}" for w in ("газопровод", "электростанция", "рудник",
                                                                "строительство", "Sinopec", "Узбекистан")]
    mix += [f"/api/projects/{p['id']}" for p in projects]
    mix += [f"/api/articles/{a['id']}" for a in articles]
    mix += [f"/api/entities/{e['id']}" for e in entities]
    return mix


def server_times(host, port, samples: int) -> dict:
    """Each request with its own throwaway parameter: the server's response
    cache must not answer these, the database must."""
    conn = http.client.HTTPConnection(host, port, timeout=30)
    out = {}
    for path in TIMED:
        sep = "&" if "?" in path else "?"
        get(conn, f"{path}{sep}_=warm")  # warm the database's own caches
        times = [t if (t := get(conn, f"{path}{sep}_={i}")[2]) is not None else float("nan")
                 for i in range(samples)]
        out[path] = {"median_ms": round(statistics.median(times), 1), "p95_ms": round(pct(times, 95), 1)}
    return out


async def _read_response(reader) -> int:
    """Read one HTTP/1.1 response (Content-Length or chunked); its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _client(i, host, port, mix, stop, lat, errors, budget):
    # One keep-alive connection per client, as a browser tab or a script would
    # hold. asyncio in one thread: the load generator must not need more CPU
    # than the server it measures (20 Python threads contending for the GIL
    # added their own waiting to the latencies).
    rnd = random.Random(i)
    reader = writer = None
    while time.monotonic() < stop and budget[0] > 0:
        budget[0] -= 1
        path = rnd.choice(mix)
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            t0 = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\n\r\n".encode())
            status = await _read_response(reader)
            lat.append((time.perf_counter() - t0) * 1000)
            if status >= 400:
                errors[0] += 1
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors[0] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def load(host, port, clients: int, duration: float, mix: list[str]) -> dict:
    lat: list[float] = []
    errors = [0]
    budget = [MAX_REQUESTS]

    async def run():
        stop = time.monotonic() + duration
        await asyncio.gather(*(_client(i, host, port, mix, stop, lat, errors, budget) for i in range(clients)))

    t0 = time.monotonic()
    asyncio.run(run())
    elapsed = time.monotonic() - t0
    return {"clients": clients, "duration_s": round(elapsed, 1), "requests": len(lat),
            "errors": errors[0], "rps": round(len(lat) / elapsed, 1),
            "p50_ms": round(pct(lat, 50), 1), "p95_ms": round(pct(lat, 95), 1),
            "p99_ms": round(pct(lat, 99), 1), "max_ms": round(max(lat, default=float("nan")), 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--db", help="database to serve (a server is started on a free port and stopped after)")
    g.add_argument("--base", help="URL of a running server on this machine, e.g. http://127.0.0.1:8000")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load (at most 300)")
    ap.add_argument("--samples", type=int, default=30, help="sequential requests per timed path")
    ap.add_argument("--cache-ttl", type=float, default=60.0,
                    help="with --db: start the server with this --cache-ttl (default 60, as `newsfacts serve`; "
                         "0: every request hits the database)")
    ap.add_argument("--workers", type=int, default=1, help="with --db: server worker processes (default 1)")
    ap.add_argument("--ids", type=int, default=200,
                    help="distinct project ids in the mix (half as many entities and articles; default 200)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    if not (1 <= args.clients <= 200) or not (0 < args.duration <= 300):
        ap.error("--clients 1..200 and --duration up to 300 s: this is a bounded test")

    proc = None
    if args.db:
        port = free_port()
        host = "127.0.0.1"
        proc = start_server(args.db, port, args.cache_ttl, args.workers)
    else:
        u = urllib.parse.urlsplit(args.base)
        host, port = u.hostname or "", u.port or 80
        if host not in LOOPBACK:
            ap.error("load tests only target this machine (127.0.0.1, localhost, ::1)")
    try:
        mix = paths_for(http.client.HTTPConnection(host, port, timeout=30), args.ids)
        result = {"server_time": server_times(host, port, args.samples),
                  "load": load(host, port, args.clients, args.duration, mix),
                  "mix_size": len(mix), "cpus": os.cpu_count()}
    finally:
        if proc:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print("server time (Server-Timing, sequential):")
        for path, t in result["server_time"].items():
            print(f"  {path:28} median {t['median_ms']:7.1f} ms   p95 {t['p95_ms']:7.1f} ms")
        ld = result["load"]
        print(f"load: {ld['clients']} clients, {ld['duration_s']} s, {ld['requests']} requests "
              f"({ld['rps']}/s), {ld['errors']} errors")
        print(f"  latency p50 {ld['p50_ms']} ms, p95 {ld['p95_ms']} ms, p99 {ld['p99_ms']} ms, max {ld['max_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
