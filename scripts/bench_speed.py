#!/usr/bin/env python
"""Speed and memory of newsfacts against bare Natasha on the factRuEval-2016 texts.

    .venv/bin/python scripts/bench_speed.py [DATA_DIR] [--limit N] [--repeat N]
        [--skip-inprocess] [--skip-subprocess] [--json [PATH]]

All `book_N.txt` of testset/ and devset/ (254 texts; testset/list.txt is not
a document), or the first N with --limit. Two comparisons in one run:

in-process   models loaded (and warmed on one text) before timing, then per
             text, alternating which goes first (ABBA) so drift hits both:
               natasha    Doc.segment, tag_morph, parse_syntax, tag_ner
               newsfacts  newsfacts.extract(text)
subprocess   fresh interpreters, model loading and start-up included:
               natasha    this script with --natasha-worker (same four steps,
                          one JSON of NER spans per text written to a temp dir)
               newsfacts  `newsfacts extract --out TMPDIR FILES...`
             alternating which runs first from one repeat to the next.

Each figure is the best of --repeat runs. Speed relative to Natasha is
natasha_seconds / newsfacts_seconds (1.0: as fast; the target is >= 0.8).
Peak RSS of each subprocess comes from os.wait4 on that child alone, started
through a small launcher so it does not inherit this process's RSS peak;
CPU seconds (user+sys) are shown too, since a tool that runs several
processes can win on wall time alone. In-process
memory is the RSS growth when each system's models load, and the process peak.

The newsfacts parts are skipped with a message while `newsfacts.extract` or
`newsfacts.cli` is not there yet.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve()
TARGET = 0.8


# ---------------------------------------------------------------- worker


def natasha_worker(out_dir: str, files: list[str]) -> int:
    """Bare Natasha as a command-line tool: load, process every file, write JSON."""
    from natasha import (Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(emb)
    syntax, ner = NewsSyntaxParser(emb), NewsNERTagger(emb)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for path in files:
        text = Path(path).read_text(encoding="utf-8")
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        record = {"file": path, "tokens": len(doc.tokens),
                  "spans": [[s.start, s.stop, s.type] for s in doc.spans]}
        (out / (Path(path).stem + ".json")).write_text(json.dumps(record, ensure_ascii=False),
                                                       encoding="utf-8")
    return 0


# ---------------------------------------------------------------- helpers


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc/self/status."""
    cur = peak = 0.0
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    cur = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return cur, peak


def newsfacts_extract():
    """newsfacts.extract or a string saying why it is not available."""
    try:
        import newsfacts
    except Exception as e:  # noqa: BLE001
        return f"cannot import newsfacts: {e!r}"
    fn = getattr(newsfacts, "extract", None)
    # The name can resolve to the subpackage newsfacts/extract/: a plain module
    # is not the API, a callable one is.
    if not callable(fn):
        return "newsfacts.extract(text) is not defined yet (newsfacts/__init__.py must export it)"
    return fn


def newsfacts_cli():
    """Command line for the newsfacts tool, or a string saying why it is not available."""
    try:
        if importlib.util.find_spec("newsfacts.cli") is None:
            return "newsfacts.cli does not exist yet"
    except Exception as e:  # noqa: BLE001
        return f"cannot look up newsfacts.cli: {e!r}"
    script = Path(sys.executable).parent / "newsfacts"
    if script.exists():
        return [str(script)]
    found = shutil.which("newsfacts")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from newsfacts.cli import main; sys.exit(main())"]


# Linux gives a forked child the parent's RSS high-water mark (the copied page
# tables count), and exec keeps it: a child of this process, which holds
# Natasha's models, would report at least our own peak. So children are
# started from a tiny Python launcher, which forks and execs the command and
# reports that grandchild's own wall time and rusage.
LAUNCHER = r"""
import json, os, sys, time
report, cmd = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(cmd[0], cmd)
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
with open(report, "w") as f:
    json.dump({"seconds": wall, "rc": os.waitstatus_to_exitcode(status),
               "cpu_seconds": ru.ru_utime + ru.ru_stime, "peak_rss_kb": ru.ru_maxrss}, f)
"""


def run_child(cmd: list[str]) -> dict:
    """Run `cmd`; its wall/CPU seconds, peak RSS (that process tree's largest), rc, stderr tail."""
    with tempfile.TemporaryDirectory(prefix="bench-launch-") as tmp:
        report = Path(tmp) / "rusage.json"
        err_path = Path(tmp) / "stderr"
        with open(err_path, "wb") as err:
            launcher = subprocess.run([sys.executable, "-c", LAUNCHER, str(report), *cmd],
                                      stdout=subprocess.DEVNULL, stderr=err, check=False)
        tail = err_path.read_bytes()[-2000:].decode("utf-8", "replace")
        if not report.exists():
            return {"seconds": 0.0, "cpu_seconds": 0.0, "peak_rss_mb": 0.0,
                    "rc": launcher.returncode or 1, "stderr": tail}
        r = json.loads(report.read_text())
    return {"seconds": r["seconds"], "cpu_seconds": r["cpu_seconds"],
            "peak_rss_mb": r["peak_rss_kb"] / 1024, "rc": r["rc"], "stderr": tail}


def fmt_ratio(natasha: float, newsfacts: float) -> str:
    ratio = natasha / newsfacts if newsfacts else float("inf")
    verdict = "meets target" if ratio >= TARGET else "BELOW target"
    return f"{ratio:.2f}  ({verdict} >= {TARGET})"


# ---------------------------------------------------------------- in-process


def bench_inprocess(texts: list[str], repeat: int) -> dict:
    from natasha import (Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    res: dict = {}
    rss0, _ = rss_mb()
    t0 = time.perf_counter()
    emb = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(emb)
    syntax, ner = NewsSyntaxParser(emb), NewsNERTagger(emb)

    def natasha(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)

    natasha(texts[0])  # warm-up
    rss1, _ = rss_mb()
    res["natasha"] = {"load_seconds": time.perf_counter() - t0, "models_rss_mb": rss1 - rss0}

    systems = {"natasha": natasha}
    extract = newsfacts_extract()
    if isinstance(extract, str):
        res["newsfacts"] = {"skipped": extract}
        print(f"[in-process newsfacts] skipped: {extract}", file=sys.stderr)
    else:
        t0 = time.perf_counter()
        try:
            extract(texts[0])  # loads its models
        except Exception as e:  # noqa: BLE001
            res["newsfacts"] = {"skipped": f"newsfacts.extract failed on the warm-up text: {e!r}"}
            print(f"[in-process newsfacts] skipped: {e!r}", file=sys.stderr)
        else:
            rss2, _ = rss_mb()
            res["newsfacts"] = {"load_seconds": time.perf_counter() - t0, "models_rss_mb": rss2 - rss1}
            systems["newsfacts"] = extract

    names = list(systems)
    best = {n: float("inf") for n in names}
    per_text_best = {n: [float("inf")] * len(texts) for n in names}
    failures = {n: 0 for n in names}
    for r in range(repeat):
        totals = {n: 0.0 for n in names}
        for i, text in enumerate(texts):
            order = names if (i + r) % 2 == 0 else names[::-1]
            for n in order:
                t0 = time.perf_counter()
                try:
                    systems[n](text)
                except Exception as e:  # noqa: BLE001
                    if not failures[n]:
                        print(f"[in-process {n}] error on text {i}: {e!r} (further errors counted)",
                              file=sys.stderr)
                    failures[n] += 1
                dt = time.perf_counter() - t0
                totals[n] += dt
                per_text_best[n][i] = min(per_text_best[n][i], dt)
        for n in names:
            best[n] = min(best[n], totals[n])
    for n in names:
        times = sorted(per_text_best[n])
        res[n].update({"seconds": best[n], "median_ms_per_text": 1000 * times[len(times) // 2],
                       "max_ms_per_text": 1000 * times[-1], "errors": failures[n] // repeat})
    res["process_peak_rss_mb"] = rss_mb()[1]
    return res


# ---------------------------------------------------------------- subprocess


def bench_subprocess(files: list[str], repeat: int) -> dict:
    cli = newsfacts_cli()
    cmds = {"natasha": lambda out: [sys.executable, str(SCRIPT), "--natasha-worker", "--out", out, *files]}
    res: dict = {}
    if isinstance(cli, str):
        res["newsfacts"] = {"skipped": cli}
        print(f"[subprocess newsfacts] skipped: {cli}", file=sys.stderr)
    else:
        cmds["newsfacts"] = lambda out: [*cli, "extract", "--out", out, *files]
        res["newsfacts"] = {"command": " ".join([*cli, "extract", "--out", "TMPDIR", "FILES..."])}
    names = list(cmds)
    runs: dict[str, list[dict]] = {n: [] for n in names}
    for r in range(repeat):
        for n in (names if r % 2 == 0 else names[::-1]):
            if n in res and "skipped" in res[n]:
                continue
            with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as out:
                run = run_child(cmds[n](out))
                run["outputs"] = sum(1 for _ in Path(out).rglob("*") if _.is_file())
            if run["rc"] != 0:
                reason = f"exit code {run['rc']}; stderr tail:\n{run['stderr']}"
                res[n] = {**res.get(n, {}), "skipped": reason}
                print(f"[subprocess {n}] failed: {reason}", file=sys.stderr)
                continue
            runs[n].append(run)
    for n in names:
        if not runs[n]:
            continue
        best = min(runs[n], key=lambda x: x["seconds"])
        res[n] = {**{k: v for k, v in res.get(n, {}).items() if k != "skipped"},
                  "seconds": best["seconds"], "cpu_seconds": best["cpu_seconds"],
                  "peak_rss_mb": max(x["peak_rss_mb"] for x in runs[n]),
                  "outputs": best["outputs"]}
    return res


# ---------------------------------------------------------------- report


def print_report(report: dict) -> None:
    chars = report["chars"]
    print(f"{report['texts']} texts, {chars:,} characters, best of {report['repeat']} "
          f"({report['data_dir']})")
    ip = report.get("inprocess")
    if ip:
        print("\nIn-process (models loaded before timing):")
        print(f"  {'system':<10} {'seconds':>8} {'chars/s':>9} {'ms/text med':>11} {'max':>7} "
              f"{'load s':>7} {'models RSS':>10}")
        for n in ("natasha", "newsfacts"):
            r = ip.get(n, {})
            if "skipped" in r:
                print(f"  {n:<10} SKIPPED: {r['skipped']}")
                continue
            err = f"  errors: {r['errors']}" if r.get("errors") else ""
            print(f"  {n:<10} {r['seconds']:8.2f} {chars / r['seconds']:9,.0f} "
                  f"{r['median_ms_per_text']:11.1f} {r['max_ms_per_text']:7.0f} "
                  f"{r['load_seconds']:7.2f} {r['models_rss_mb']:7.0f} MB{err}")
        print(f"  process peak RSS (both systems loaded): {ip['process_peak_rss_mb']:.0f} MB")
        if "seconds" in ip.get("newsfacts", {}):
            print(f"  speed relative to Natasha (natasha s / newsfacts s): "
                  f"{fmt_ratio(ip['natasha']['seconds'], ip['newsfacts']['seconds'])}")
    sp = report.get("subprocess")
    if sp:
        print("\nSubprocess (start-up and model loading included):")
        print(f"  {'system':<10} {'seconds':>8} {'chars/s':>9} {'CPU s':>7} {'peak RSS':>9}")
        for n in ("natasha", "newsfacts"):
            r = sp.get(n, {})
            if "seconds" not in r:
                # One line here; the full stderr tail went to stderr and --json.
                lines = [x for x in r.get("skipped", "not run").splitlines() if x.strip()]
                reason = lines[0] + (f" ... {lines[-1].strip()}" if len(lines) > 1 else "")
                print(f"  {n:<10} SKIPPED: {reason}")
                continue
            print(f"  {n:<10} {r['seconds']:8.2f} {chars / r['seconds']:9,.0f} "
                  f"{r['cpu_seconds']:7.2f} {r['peak_rss_mb']:6.0f} MB   ({r['outputs']} output files)")
        if "command" in sp.get("newsfacts", {}):
            print(f"  newsfacts: {sp['newsfacts']['command']}")
        print("  natasha:   bench_speed.py --natasha-worker (segment, morph, syntax, NER; JSON per text)")
        if "seconds" in sp.get("newsfacts", {}) and "seconds" in sp.get("natasha", {}):
            print(f"  speed relative to Natasha, CLI vs CLI: "
                  f"{fmt_ratio(sp['natasha']['seconds'], sp['newsfacts']['seconds'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", default=None,
                    help="factRuEval-2016 directory (default: ../shared/data/factRuEval-2016 "
                         "from the repo root)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts")
    ap.add_argument("--repeat", type=int, default=1, help="take the best of N runs (default 1)")
    ap.add_argument("--skip-inprocess", action="store_true")
    ap.add_argument("--skip-subprocess", action="store_true")
    ap.add_argument("--json", nargs="?", const="-", metavar="PATH",
                    help="write the results as JSON to PATH, or to stdout instead of the table")
    ap.add_argument("--natasha-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    # both systems with one BLAS thread, as the newsfacts CLI runs
    # (newsfacts/compute.py): the comparison is of the pipelines, not of
    # thread settings; subprocesses inherit it
    from newsfacts.compute import one_blas_thread
    one_blas_thread()

    if args.natasha_worker:
        # `data_dir` swallowed the first file.
        files = ([args.data_dir] if args.data_dir else []) + args.files
        return natasha_worker(args.out or tempfile.mkdtemp(prefix="natasha-worker-"), files)
    if args.files:
        ap.error("unexpected arguments: " + " ".join(args.files))
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    sys.path.insert(0, str(SCRIPT.parent))
    import factru

    data_dir = Path(args.data_dir) if args.data_dir else factru.DEFAULT_DATA_DIR
    paths = factru.list_texts(data_dir, (factru.TESTSET, factru.DEVSET))
    if args.limit:
        paths = paths[:args.limit]
    if not paths:
        print(f"no texts in {data_dir}", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    report = {"data_dir": str(data_dir.resolve()), "texts": len(texts),
              "chars": sum(len(t) for t in texts), "repeat": args.repeat,
              "cpus": os.cpu_count(), "target_ratio": TARGET}
    if not args.skip_inprocess:
        report["inprocess"] = bench_inprocess(texts, args.repeat)
    if not args.skip_subprocess:
        report["subprocess"] = bench_subprocess([str(p) for p in paths], args.repeat)
    for part in ("inprocess", "subprocess"):
        r = report.get(part, {})
        if "seconds" in r.get("natasha", {}) and "seconds" in r.get("newsfacts", {}):
            r["ratio_natasha_over_newsfacts"] = r["natasha"]["seconds"] / r["newsfacts"]["seconds"]

    if args.json == "-":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_report(report)
        if args.json:
            Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
            print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
