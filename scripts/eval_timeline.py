#!/usr/bin/env python
"""Per-article project accuracy on the team's timeline corpus.

    .venv/bin/python scripts/eval_timeline.py [--verbose] [--dir samples/timeline2]

Extracts every article of samples/timeline/articles.jsonl and checks each
(article, project) pair of samples/timeline/expected.json (minor mentions
left out): is the project there (same sector and a name or a figure that
fits), with the expected stage, capacity and investment; and how many
projects the article yields beyond the expected ones (fragments and false
ones). A second accuracy signal beside the shared dev set, on texts no
extraction rule was tuned on when it was written.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfacts import extract  # noqa: E402


def _close(a: float, b: float, rel: float = 0.02) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[\w-]{4,}", text.lower())}


def _fits(pred: dict, proj: dict, item: dict) -> bool:
    if pred.get("sector") not in proj["sector"].split("|"):  # "a|b": either, as FORMAT.md allows
        return False
    names = [proj["name"], *proj.get("aliases", [])]
    if any(_stems(n) & _stems(pred["name"]) - {"завод", "проек", "строи"} for n in names):
        return True
    cap, inv = item.get("capacity"), item.get("investment")
    if cap and any(c["unit"] == cap[1] and _close(c["value"], cap[0]) for c in pred["capacity"]):
        return True
    if inv and any(i["currency"] == inv[1] and _close(i["amount"], inv[0]) for i in pred["investment"]):
        return True
    return False


def _fit_strength(pred: dict, proj: dict, item: dict) -> int:
    """How well a fitting prediction fits: shared name stems and figures, so
    that of two lines from Москва the one with the gold's other stop wins."""
    names = [proj["name"], *proj.get("aliases", [])]
    words = max(len(_stems(n) & _stems(pred["name"]) - {"завод", "проек", "строи"}) for n in names)
    cap, inv = item.get("capacity"), item.get("investment")
    figures = bool(cap) and any(c["unit"] == cap[1] and _close(c["value"], cap[0]) for c in pred["capacity"])
    figures += bool(inv) and any(i["currency"] == inv[1] and _close(i["amount"], inv[0]) for i in pred["investment"])
    return words + 2 * figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--dir", default=str(ROOT / "samples" / "timeline"),
                    help="a corpus of the timeline's layout (articles.jsonl, expected.json)")
    args = ap.parse_args(argv)
    tdir = Path(args.dir)
    articles = {}
    for line in (tdir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        articles[a["id"]] = a
    expected = json.loads((tdir / "expected.json").read_text(encoding="utf-8"))["projects"]
    facts = {aid: extract(a["text"], published=date.fromisoformat(a["date"])).to_dict()
             for aid, a in articles.items()}

    n = found = status = cap_n = cap_ok = inv_n = inv_ok = 0
    expected_per_article: dict[str, int] = {}
    for proj in expected:
        for item in proj["articles"]:
            if item.get("minor") or proj.get("optional"):
                continue
            aid = item["id"]
            expected_per_article[aid] = expected_per_article.get(aid, 0) + 1
            preds = facts[aid]["projects"]
            fitting = [p for p in preds if _fits(p, proj, item)]
            hit = max(fitting, key=lambda p: _fit_strength(p, proj, item)) if fitting else None
            n += 1
            cap, inv = item.get("capacity"), item.get("investment")
            cap_n += bool(cap)
            inv_n += bool(inv)
            if hit is None:
                if args.verbose:
                    print(f"MISS {aid} {proj['key']}: {[p['name'] for p in preds]}")
                continue
            found += 1
            ok_status = hit["status"] in (item.get("status") or "").split("|")
            status += ok_status
            ok_cap = bool(cap) and any(c["unit"] == cap[1] and _close(c["value"], cap[0]) for c in hit["capacity"])
            ok_inv = bool(inv) and any(i["currency"] == inv[1] and _close(i["amount"], inv[0])
                                       for i in hit["investment"])
            cap_ok += ok_cap
            inv_ok += ok_inv
            if args.verbose and not (ok_status and (ok_cap or not cap) and (ok_inv or not inv)):
                print(f"SLOT {aid} {proj['key']}: '{hit['name']}' status {hit['status']} (want {item.get('status')})"
                      f" cap {hit['capacity']} (want {cap}) inv {hit['investment']} (want {inv})")
    extra = sum(max(0, len(facts[a]["projects"]) - k) for a, k in expected_per_article.items())
    total_pred = sum(len(facts[a]["projects"]) for a in expected_per_article)
    print(f"pairs {n}: found {found} ({found / n:.2f}), stage right {status} ({status / n:.2f}), "
          f"capacity {cap_ok}/{cap_n}, investment {inv_ok}/{inv_n}; "
          f"projects predicted {total_pred}, beyond expected {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
