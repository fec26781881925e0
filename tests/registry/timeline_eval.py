"""Cluster the projects the real extractor finds in samples/timeline/ with
the registry functions, and score the clustering against expected.json.

Run on its own for the numbers and the clusters:
    .venv/bin/python tests/registry/timeline_eval.py [-v] [--samples] [--dir samples/timeline2]

--dir scores another corpus of the same layout; its projects are labelled
by the distinctive words of their names and aliases in expected.json.

--samples adds the ten single-article samples: five continue timeline
projects, the others are distractors.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMELINE = ROOT / "samples" / "timeline"

# Which extracted project is which real one: words of the real project's
# names (the evaluation's gold, not the matcher's). An extracted project is
# labelled when its name holds one of these words, or, failing that, one of
# the figures expected.json gives for the article.
GOLD_WORDS = {
    "atyrau-polyethylene": ("полиэтилен", "silleno", "polyethylene"),
    "kpi-polypropylene": ("полипропилен",),
    "kambarata-hpp-1": ("камбарат",),
    "cku-railway": ("железн", "кук"),
    "kazakhstan-npp-ulken": ("аэс", "атомн"),
    "kazakhstan-npp-2-cnnc": ("вторая аэс", "второй аэс"),
    "power-of-siberia-2": ("силасибири2", "сила сибири", "газопровод", "трубопровод"),
    "oyu-tolgoi-underground": ("оюу", "oyu", "подземн", "рудник"),
    "kola-wind": ("кольск", "ветр", "вэс"),
    "acwa-sirdarya-ccgt": ("acwa", "аква пауэр"),
    "syrdarya-2-ccgt": ("syrdarya ii", "сырдарья-2", "сырдарья ii", "edf"),
    "rogun-hpp": ("рогун", "rogun"),
}


# The single-article samples (samples/articles, gold in samples/gold) join
# the run: five continue the timeline's projects, the rest are distractors.
# Their gold projects, in file order, that are timeline projects:
SAMPLE_LINKS = {
    "kz-kpi-polypropylene-launch-2022": ["kpi-polypropylene", "atyrau-polyethylene"],
    "kg-cku-railway-start-2024": ["cku-railway"],
    "kz-npp-rosatom-consortium-2025": ["kazakhstan-npp-ulken", "kazakhstan-npp-2-cnnc"],
    "ru-cn-power-of-siberia-2-memorandum-2025": ["power-of-siberia-2"],
    "kg-ru-hpp-agreements-denounced-2016": ["kambarata-hpp-1"],
}
SAMPLES = ROOT / "samples"


@dataclass
class Item:
    article: str
    published: str
    project: dict
    entities: list
    label: str | None = None
    cluster: int = -1


@dataclass
class Result:
    items: list[Item]
    clusters: dict[int, list[Item]] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    precision: float = 0.0  # pairs of extracted projects (labelled ones)
    recall: float = 0.0
    f1: float = 0.0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    article_precision: float = 0.0  # pairs of (article, real project) as expected.json lists them
    article_recall: float = 0.0


def available() -> bool:
    return (TIMELINE / "articles.jsonl").exists() and (TIMELINE / "expected.json").exists()


def derived_words(gold: list[dict]) -> dict[str, tuple[str, ...]]:
    """For a corpus without hand-picked GOLD_WORDS: each project's names and
    aliases, and the stems (six letters) of words of six or more letters
    that no other project's names use."""
    stems: dict[str, set[str]] = {}
    for g in gold:
        names = [g["name"], *g.get("aliases", [])]
        stems[g["key"]] = {w[:6] for n in names for w in _squash_words(n) if len(w) >= 6}
    out = {}
    for g in gold:
        others = set().union(*(v for k, v in stems.items() if k != g["key"]))
        out[g["key"]] = (g["name"], *g.get("aliases", []), *sorted(stems[g["key"]] - others))
    return out


def _squash_words(text: str) -> list[str]:
    return [w for w in "".join(ch if ch.isalnum() else " " for ch in text.lower().replace("ё", "е")).split()]


def load_gold(with_samples: bool = False) -> dict[str, list[dict]]:
    """Per article, its real projects: {key, words, capacities, investments}."""
    gold = json.loads((TIMELINE / "expected.json").read_text("utf-8"))["projects"]
    derived = derived_words(gold)
    by_article: dict[str, list[dict]] = {}
    for g in gold:
        for a in g["articles"]:
            by_article.setdefault(a["id"], []).append({
                "key": g["key"], "words": GOLD_WORDS.get(g["key"]) or derived[g["key"]],
                "capacities": [a["capacity"]] if a.get("capacity") else [],
                "investments": [a["investment"]] if a.get("investment") else []})
    if with_samples:
        for path in sorted((SAMPLES / "gold").glob("*.gold.json")):
            doc = path.name[: -len(".gold.json")]
            links = SAMPLE_LINKS.get(doc, [])
            for i, p in enumerate(json.loads(path.read_text("utf-8")).get("projects", [])):
                key = links[i] if i < len(links) else f"{doc}#{i}"
                words = tuple(w.lower() for w in p.get("object_keys") or ())
                if key == "power-of-siberia-2":
                    words += GOLD_WORDS[key]
                by_article.setdefault(doc, []).append({
                    "key": key, "words": words,
                    "capacities": [[c["value"], c["unit"]] for c in p.get("capacity") or []],
                    "investments": [[m["amount"], m["currency"]] for m in _as_list(p.get("investment"))]})
    return by_article


def _as_list(x):
    return [] if not x else x if isinstance(x, list) else [x]


def extract_all(with_samples: bool = False) -> list[tuple[dict, dict]]:
    from newsfacts.pipeline import extract
    out = []
    lines = (TIMELINE / "articles.jsonl").read_text("utf-8").splitlines()
    if with_samples:
        lines += (SAMPLES / "articles.jsonl").read_text("utf-8").splitlines()
    for line in lines:
        if not line.strip():
            continue
        a = json.loads(line)
        facts = extract(a["text"], published=a.get("date"), id=a["id"], title=a.get("title"))
        out.append((a, facts.to_dict()))
    return out


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.03 * max(abs(x), abs(y))


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower().replace("ё", "е") if ch.isalnum())


def label(project: dict, golds: list[dict]) -> str | None:
    """The real project an extracted one is: by a word of its names (the
    longest such word wins: "вторая аэс" over "аэс"), else by a figure."""
    name = _squash(project.get("name") or "")
    hits = {}
    for g in golds:
        found = [len(_squash(w)) for w in g["words"] if _squash(w) and _squash(w) in name]
        if found:
            hits[g["key"]] = max(found)
    if hits:
        best = max(hits.values())
        keys = [k for k, n in hits.items() if n == best]
        return keys[0] if len(keys) == 1 else None
    by_figure = set()
    for g in golds:
        if any(c.get("unit") == u and _close(c["value"], v)
               for v, u in g["capacities"] for c in project.get("capacity") or []):
            by_figure.add(g["key"])
        if any(m.get("currency") == cur and _close(m["amount"], a)
               for a, cur in g["investments"] for m in project.get("investment") or []):
            by_figure.add(g["key"])
    return by_figure.pop() if len(by_figure) == 1 else None


def cluster(items: list[Item]) -> tuple[dict[int, list[Item]], list[str]]:
    """Greedy, in date order, as the store does: each project joins the best
    matching registry project or starts a new one."""
    from datetime import date

    from newsfacts.registry.match import best_match, merge_views, project_view
    clusters: dict[int, list] = {}
    views: dict[int, object] = {}
    reasons = []
    for it in sorted(items, key=lambda i: i.published):
        view = project_view(it.project, it.entities, date.fromisoformat(it.published))
        it.view = view
        m = best_match(view, list(views.items()))
        if m is None:
            cid = len(clusters)
            clusters[cid] = []
        else:
            cid = m.target
            reasons.append(f"{it.article}:{it.project['name']!r} -> #{cid} ({m.score:.2f}: {m.reason})")
        clusters[cid].append(it)
        it.cluster = cid
        views[cid] = merge_views([i.view for i in clusters[cid]])
    return clusters, reasons


def pairwise(items: list[Item]) -> tuple[int, int, int]:
    scored = [i for i in items if i.label]
    tp = fp = fn = 0
    for a, b in combinations(scored, 2):
        same_pred, same_gold = a.cluster == b.cluster, a.label == b.label
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp, fp, fn


def article_pairwise(items: list[Item], by_article: dict[str, list[dict]]) -> tuple[float, float]:
    """Pairwise over the (article, real project) units of the gold: two units
    are joined when one cluster holds a project of each. A unit whose
    project the extractor missed joins nothing (it costs recall)."""
    units = {(a, g["key"]) for a, golds in by_article.items() for g in golds}
    clusters_of: dict[tuple[str, str], set[int]] = {}
    for i in items:
        if i.label and (i.article, i.label) in units:
            clusters_of.setdefault((i.article, i.label), set()).add(i.cluster)
    tp = fp = fn = 0
    for u, v in combinations(sorted(units), 2):
        if u[0] == v[0]:
            continue  # two projects of one article: not a cross-article question
        joined = bool(clusters_of.get(u, set()) & clusters_of.get(v, set()))
        same = u[1] == v[1]
        tp += joined and same
        fp += joined and not same
        fn += same and not joined
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def run(extracted=None, with_samples: bool = False) -> Result:
    by_article = load_gold(with_samples)
    extracted = extracted if extracted is not None else extract_all(with_samples)
    items = []
    for a, facts in extracted:
        golds = by_article.get(a["id"], [])
        for p in facts["projects"]:
            items.append(Item(a["id"], a["date"], p, facts["entities"], label(p, golds)))
    clusters, reasons = cluster(items)
    tp, fp, fn = pairwise(items)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    ids = {a["id"] for a, _ in extracted}
    ap, ar = article_pairwise(items, {k: v for k, v in by_article.items() if k in ids})
    return Result(items, clusters, reasons, prec, rec, f1, tp, fp, fn, ap, ar)


def main(argv: list[str]) -> None:
    global TIMELINE
    if "--dir" in argv:
        TIMELINE = Path(argv[argv.index("--dir") + 1]).resolve()
    r = run(with_samples="--samples" in argv)
    labelled = sum(1 for i in r.items if i.label)
    print(f"items {len(r.items)} (labelled {labelled}), clusters {len(r.clusters)}")
    print(f"pairwise precision {r.precision:.3f} recall {r.recall:.3f} F1 {r.f1:.3f} "
          f"(tp {r.tp} fp {r.fp} fn {r.fn})")
    print(f"article-level pairwise precision {r.article_precision:.3f} recall {r.article_recall:.3f}")
    if "-v" in argv:
        for cid, members in r.clusters.items():
            labels = {i.label for i in members if i.label}
            flag = " MIXED" if len(labels) > 1 else ""
            print(f"#{cid}{flag}")
            for i in members:
                print(f"   {i.published} {i.article}: {i.project['name']!r} [{i.label}]")
        print("\nmerges:")
        for line in r.reasons:
            print("  ", line)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(sys.argv[1:])
