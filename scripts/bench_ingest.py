#!/usr/bin/env python
"""Ingest benchmarks for BENCHMARKS.md.

    # extract alone vs ingest into SQLite, and 2 workers vs 1, on the same texts
    .venv/bin/python scripts/bench_ingest.py throughput [--n 60] [--corpus FILE.jsonl]

    # ... and with --null-writer also against a store that writes nothing
    .venv/bin/python scripts/bench_ingest.py throughput --n 120 --null-writer

    # a large ingest as a user runs it (CLI, --workers 2): time, DB size, peak
    # memory of the whole process tree; then `projects --json` and a search
    .venv/bin/python scripts/bench_ingest.py big --corpus corpus10k.jsonl [--workers 2] [--db FILE]

`throughput` runs everything in one process after loading the models, so
model loading is not counted; the worker pool forks from that process. It
times extraction alone, ingest with no worker (extracting and writing in
turn, `ingest_paths(workers=0)`), and `--workers 1` and `2` as the CLI runs
them (extraction processes working while the calling process writes). The
corpus defaults to the team samples repeated with a line added to each copy
(so every copy is a new article). Timings on a shared machine vary: run it
on an otherwise idle one.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = [ROOT / "samples" / "articles.jsonl", ROOT / "samples" / "timeline" / "articles.jsonl"]


def sample_corpus(n: int, out: Path) -> Path:
    lines = [json.loads(x) for f in SAMPLES if f.exists()
             for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            obj = dict(lines[i % len(lines)])
            copy = i // len(lines)
            obj["id"] = f"{obj.get('id', 'a')}-{copy}"
            obj["text"] = obj["text"] + f"\n\nВыпуск {copy}."
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return out


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (the workers)."""
    import resource
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class _NullStore:
    """Takes every article and writes nothing: what ingest costs without the database."""

    def stored_id(self, article):
        return None

    def ingest(self, prepared):
        from newsfacts.model.registry import IngestResult
        return IngestResult(article_id=0, outcome="new")


def throughput(args) -> dict:
    from newsfacts.batch.ingest import ingest_paths
    from newsfacts.pipeline import extract_article
    from newsfacts.read import read_inputs
    from newsfacts.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    corpus = Path(args.corpus) if args.corpus else sample_corpus(args.n, tmp / "corpus.jsonl")
    articles = [a for _, a in read_inputs([str(corpus)]) if not isinstance(a, Exception)]
    n = len(articles)
    # load the models and the gazetteer, and warm the registry's caches
    warm = Store(f"sqlite:///{tmp / 'warm.db'}")
    warm.ingest(extract_article(articles[0]))
    warm.close()

    # best of --repeat rounds, each round timing the three in turn, so that
    # a burst of load from other jobs on the machine hits one round, not one
    # measure
    best: dict[str, tuple[float, float]] = {}

    def keep(name: str, wall: float, cpu: float) -> None:
        if name not in best or wall < best[name][0]:
            best[name] = (wall, cpu)

    for r in range(args.repeat):
        t0, c0 = time.perf_counter(), _cpu()
        for a in articles:
            extract_article(a)
        keep("extract", time.perf_counter() - t0, _cpu() - c0)
        for workers in (0, 1, 2):
            store = Store(f"sqlite:///{tmp / f'w{workers}-{r}.db'}")
            t0, c0 = time.perf_counter(), _cpu()
            summary = ingest_paths(store, [str(corpus)], workers=workers, progress=False)
            keep(f"w{workers}", time.perf_counter() - t0, _cpu() - c0)
            store.close()
            assert summary.new == n, summary.line()
        for workers in (1, 2) if args.null_writer else ():
            t0, c0 = time.perf_counter(), _cpu()
            ingest_paths(_NullStore(), [str(corpus)], workers=workers, progress=False)
            keep(f"null{workers}", time.perf_counter() - t0, _cpu() - c0)
    extract_s, extract_cpu = best["extract"]
    results = {"articles": n, "repeat": args.repeat, "extract_s": extract_s, "extract_cpu_s": extract_cpu}
    for workers in (0, 1, 2):
        results[f"ingest_w{workers}_s"], results[f"ingest_w{workers}_cpu_s"] = best[f"w{workers}"]
    results["ingest_overhead_pct"] = 100 * (results["ingest_w1_s"] / extract_s - 1)
    results["speedup_w2"] = results["ingest_w1_s"] / results["ingest_w2_s"]
    print(f"{n} articles, {os.cpu_count()} CPUs, best of {args.repeat} rounds")
    results["ingest_cpu_overhead_pct"] = 100 * (results["ingest_w1_cpu_s"] / extract_cpu - 1)
    print(f"  extract alone        {extract_s:7.1f} s wall {extract_cpu:7.1f} s CPU  {n / extract_s:6.2f} articles/s")
    for w in (0, 1, 2):
        s, c = results[f"ingest_w{w}_s"], results[f"ingest_w{w}_cpu_s"]
        label = f"ingest --workers {w}" if w else "ingest, no worker  "
        print(f"  {label}   {s:7.1f} s wall {c:7.1f} s CPU  {n / s:6.2f} articles/s")
    results["inline_overhead_pct"] = 100 * (results["ingest_w0_s"] / extract_s - 1)
    print(f"  (no worker: extraction and writing in turn in one process, {results['inline_overhead_pct']:+.1f}%)")
    print(f"  ingest vs extract: {results['ingest_overhead_pct']:+.1f}% wall, "
          f"{results['ingest_cpu_overhead_pct']:+.1f}% CPU;  2 workers vs 1: {results['speedup_w2']:.2f}x wall")
    if args.null_writer:
        results["speedup_w2_null_writer"] = best["null1"][0] / best["null2"][0]
        print(f"  with a store that writes nothing: 1 worker {best['null1'][0]:.1f} s, 2 workers "
              f"{best['null2'][0]:.1f} s, {results['speedup_w2_null_writer']:.2f}x (the most the writer leaves)")
    return results


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            pass
    return total


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsfacts.cli", *args]


def _timed(cmd: list[str], repeat: int = 5) -> float:
    """Best wall time of a command, in seconds (process start included)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def _in_process(db: str, repeat: int = 5) -> dict:
    """Best time of the store calls behind `projects --json` and `search`,
    without the interpreter start-up."""
    from newsfacts.store import Store
    store = Store(db)
    out = {}
    for name, call in [("projects_json", lambda: store.projects().model_dump_json()),
                       ("search", lambda: store.search("строительство завода")),
                       ("search_rare", lambda: store.search("полиэтилена Атырау"))]:
        call()
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            call()
            best = min(best, time.perf_counter() - t0)
        out[f"{name}_ms"] = best * 1000
    store.close()
    return out


def big(args) -> dict:
    db_path = Path(args.db or tempfile.mkdtemp(prefix="bench-big-") + "/newsfacts.db")
    db = f"sqlite:///{db_path}"
    cmd = _cli("ingest", args.corpus, "--db", db, "--workers", str(args.workers), "-q")
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample():
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.5)
    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    watcher.join()
    size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    results = {"ingest_s": elapsed, "summary": out.strip(), "db_bytes": size, "peak_rss_bytes": peak,
               "exit": proc.returncode}
    results["cli_projects_json_s"] = _timed(_cli("projects", "--json", "--db", db))
    results["cli_search_s"] = _timed(_cli("search", "строительство завода", "--json", "--db", db))
    results.update(_in_process(db))
    print(f"ingest: {elapsed:.0f} s ({out.strip()}), exit {proc.returncode}")
    if err.strip():
        print("stderr (last lines):", *err.strip().splitlines()[-5:], sep="\n  ")
    print(f"database: {size / 1e6:.1f} MB at {db_path}; peak memory (all processes): {peak / 1e6:.0f} MB")
    print(f"`projects --json`: {results['cli_projects_json_s'] * 1000:.0f} ms as a command, "
          f"{results['projects_json_ms']:.1f} ms in the store")
    print(f"`search`: {results['cli_search_s'] * 1000:.0f} ms as a command, "
          f"{results['search_ms']:.1f} ms in the store (rarer words: {results['search_rare_ms']:.1f} ms)")
    return results


def main() -> None:
    from newsfacts.compute import one_blas_thread
    one_blas_thread()  # as the CLI runs; extraction alone and ingest alike
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="mode", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--n", type=int, default=60)
    t.add_argument("--repeat", type=int, default=3, help="rounds; the best time of each measure counts (default 3)")
    t.add_argument("--corpus")
    t.add_argument("--null-writer", action="store_true",
                   help="also time 1 and 2 workers with a store that writes nothing: the ratio the writer caps")
    b = sub.add_parser("big")
    b.add_argument("--corpus", required=True)
    b.add_argument("--workers", type=int, default=2)
    b.add_argument("--db", help="SQLite file to fill (default: a new temporary one)")
    p.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = p.parse_args()
    results = throughput(args) if args.mode == "throughput" else big(args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
