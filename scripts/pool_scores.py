"""Pool the scorer's counts over several sets: one line per field with the
summed tp/fp/fn and the P/R/F1 they give, so that many small sets read as
one (a set of 12 articles moves by a project; the pool does not).

    for s in fresh fresh3 fresh4; do
        .venv/bin/newsfacts extract -q --out /tmp/o-$s samples/$s/articles.jsonl
        python3 ../shared/eval/score.py samples/$s/gold /tmp/o-$s > /tmp/o-$s.txt
    done
    python3 scripts/pool_scores.py /tmp/o-*.txt

Reads the lines `score.py` prints ("projects.slots  P=... (tp=1 fp=2 fn=3)");
a line may carry a leading set name, which is ignored.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict

_LINE = re.compile(r"(?:^|\s)([a-z_]+(?:\.[a-z_]+)?)\s+P=\S+ R=\S+ F1=\S+ \(tp=(\d+) fp=(\d+) fn=(\d+)\)")


def pool(lines) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in lines:
        m = _LINE.search(line)
        if m:
            counts = out[m.group(1)]
            for i in range(3):
                counts[i] += int(m.group(i + 2))
    return dict(out)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(paths: list[str]) -> int:
    if not paths:
        print("usage: pool_scores.py SCORE_OUTPUT.txt ...", file=sys.stderr)
        return 2
    lines = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                lines += fh.readlines()
        except OSError as e:
            print(f"pool_scores: cannot read {path}: {e.strerror}", file=sys.stderr)
            return 1
    pooled = pool(lines)
    if not pooled:
        print("pool_scores: no score lines found", file=sys.stderr)
        return 1
    print(f"{len(paths)} score file(s)")
    for field, (tp, fp, fn) in sorted(pooled.items()):
        p, r, f = prf(tp, fp, fn)
        print(f"{field:28s} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
