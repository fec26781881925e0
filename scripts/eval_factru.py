#!/usr/bin/env python
"""PER/LOC/ORG scores on factRuEval-2016 for bare Natasha NER and newsfacts.

    .venv/bin/python scripts/eval_factru.py [DATA_DIR] [--split testset|devset|all]
        [--systems natasha,newsfacts] [--gold names|objects] [--limit N]
        [--errors N] [--json [PATH]]

Systems, run in the same process on the same documents:
  natasha    Segmenter + NewsEmbedding + NewsNERTagger on natasha.Doc
             (segment, tag_ner): the NER model Natasha's published numbers are for;
  newsfacts  newsfacts.extract(text).entities[*].mentions, typed by their
             entity; skipped with a message while that API is not importable.

Two metrics, per type and overall (micro):
  exact  a predicted mention counts if (start, stop, type) equals a gold one;
  token  naeval's metric, the one behind Natasha's published factru figures
         (naeval/ner/score.py): text split into razdel tokens, each token
         tagged with the type of the mention covering it, then precision and
         recall over tokens per type. Partial overlaps earn partial credit.
Gold mentions are `factru.gold_mentions` (scheme "names" by default, see
scripts/factru.py). As naeval does, overlapping mentions are reduced to the
first/outermost and mentions not on razdel token bounds are dropped, for gold
and (token metric only) for predictions. The exact metric takes predictions
as they are, de-duplicated.

The published figures are on devset + testset together (naeval loads factru
with corus' default, both sets); use `--split all` to compare like with like.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import factru  # noqa: E402
from factru import LOC, ORG, PER, TYPES, Mention  # noqa: E402

ALL = "ALL"

# Published F1 of Natasha's NER model (slovnet_ner_news_v1, loaded by
# natasha.NewsNERTagger) on factRuEval-2016, naeval token-level metric,
# devset + testset. Row "slovnet" of the NER table ("ner1") in
#   https://github.com/natasha/naeval#ner
# which the same notebook (naeval scripts/03_ner) also writes into
#   https://github.com/natasha/slovnet#evaluation
PUBLISHED_SOURCE = "https://github.com/natasha/naeval#ner"
PUBLISHED = {
    "slovnet (= natasha NewsNERTagger)": {PER: 0.959, LOC: 0.915, ORG: 0.825},
    "slovnet_bert": {PER: 0.973, LOC: 0.928, ORG: 0.831},
}
NATASHA_PUBLISHED = "slovnet (= natasha NewsNERTagger)"


# ---------------------------------------------------------------- systems


def natasha_system() -> Callable[[str], list[Mention]]:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())

    def run(text: str) -> list[Mention]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [Mention(s.start, s.stop, s.type) for s in doc.spans]

    return run


class Unavailable(Exception):
    pass


def newsfacts_extract() -> Callable:
    """`newsfacts.extract` or Unavailable with the reason.

    The name may resolve to the subpackage `newsfacts/extract/`: a plain
    module is not the API, a callable one (module class with __call__) is."""
    try:
        import newsfacts
    except Exception as e:  # noqa: BLE001
        raise Unavailable(f"cannot import newsfacts: {e!r}")
    fn = getattr(newsfacts, "extract", None)
    if not callable(fn):
        raise Unavailable("newsfacts.extract(text) is not defined yet "
                          "(newsfacts/__init__.py must export the function)")
    return fn


def newsfacts_system() -> Callable[[str], list[Mention]]:
    extract = newsfacts_extract()

    def run(text: str) -> list[Mention]:
        facts = extract(text)
        mentions = []
        for entity in facts.entities:
            for m in entity.mentions:
                mentions.append(Mention(m.start, m.end, entity.type))
        return mentions

    return run


SYSTEMS = {"natasha": natasha_system, "newsfacts": newsfacts_system}


# ---------------------------------------------------------------- scoring


class Score:
    """Counts for precision/recall: `correct` of `pred` predicted, `hit` of `gold`."""

    def __init__(self) -> None:
        self.pred_correct = 0
        self.pred = 0
        self.gold_correct = 0
        self.gold = 0

    def add(self, other: "Score") -> None:
        self.pred_correct += other.pred_correct
        self.pred += other.pred
        self.gold_correct += other.gold_correct
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.pred_correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "pred": self.pred, "gold": self.gold,
                "pred_correct": self.pred_correct, "gold_correct": self.gold_correct}


def new_scores() -> dict[str, Score]:
    return {t: Score() for t in (*TYPES, ALL)}


def tokenize(text: str) -> list[tuple[int, int]]:
    from razdel import tokenize as razdel_tokenize
    return [(t.start, t.stop) for t in razdel_tokenize(text)]


def align(mentions: Iterable[Mention], tokens: list[tuple[int, int]]) -> list[Mention]:
    """naeval's adaptation: our types only, no overlaps, on token bounds."""
    starts = {s for s, _ in tokens}
    stops = {e for _, e in tokens}
    return [m for m in factru.drop_overlapping(m for m in mentions if m.type in TYPES)
            if m.start in starts and m.stop in stops]


def token_tags(tokens: list[tuple[int, int]], mentions: list[Mention]) -> list[str | None]:
    index = {start: i for i, (start, _) in enumerate(tokens)}
    tags: list[str | None] = [None] * len(tokens)
    for m in mentions:
        i = index[m.start]
        while i < len(tokens) and tokens[i][1] <= m.stop:
            tags[i] = m.type
            i += 1
    return tags


def score_tokens(tokens, pred: list[Mention], gold: list[Mention], scores: dict[str, Score]) -> None:
    for p, g in zip(token_tags(tokens, pred), token_tags(tokens, gold)):
        for t in TYPES:
            s = scores[t]
            if p == t:
                s.pred += 1
                s.pred_correct += g == t
            if g == t:
                s.gold += 1
                s.gold_correct += p == t


def score_exact(pred: set[Mention], gold: list[Mention], scores: dict[str, Score]) -> None:
    gold_set = set(gold)
    for m in pred:
        if m.type in TYPES:
            scores[m.type].pred += 1
            scores[m.type].pred_correct += m in gold_set
    for m in gold_set:
        scores[m.type].gold += 1
        scores[m.type].gold_correct += m in pred


def total(scores: dict[str, Score]) -> None:
    scores[ALL] = Score()
    for t in TYPES:
        scores[ALL].add(scores[t])


# ---------------------------------------------------------------- run


def evaluate(docs: list[factru.Document], systems: dict[str, Callable[[str], list[Mention]]],
             scheme: str, n_errors: int) -> tuple[dict, dict]:
    """Run every system on every document (interleaved) and score them."""
    golds, tokens_of = [], []
    dropped = 0
    gold_counts: Counter = Counter()
    for doc in docs:
        tokens = tokenize(doc.text)
        raw = factru.gold_mentions(doc, scheme)
        gold = align(raw, tokens)
        dropped += len(raw) - len(gold)
        gold_counts.update(m.type for m in gold)
        golds.append(gold)
        tokens_of.append(tokens)

    results = {}
    state = {name: {"exact": new_scores(), "token": new_scores(), "seconds": 0.0,
                    "errors": 0, "offset_mismatches": 0, "fp": [], "fn": []}
             for name in systems}
    for doc, gold, tokens in zip(docs, golds, tokens_of):
        for name, run in systems.items():
            st = state[name]
            t0 = time.perf_counter()
            try:
                pred = run(doc.text)
            except Exception:  # noqa: BLE001 - a crash on one text must not hide the rest
                if not st["errors"]:
                    print(f"[{name}] error on {doc.split}/{doc.id} (first shown, others counted):",
                          file=sys.stderr)
                    traceback.print_exc()
                st["errors"] += 1
                pred = []
            st["seconds"] += time.perf_counter() - t0
            pred = [m for m in pred if m.type in TYPES]
            st["offset_mismatches"] += sum(not (0 <= m.start < m.stop <= len(doc.text)) for m in pred)
            pred_set = set(pred)
            score_exact(pred_set, gold, st["exact"])
            score_tokens(tokens, align(pred, tokens), gold, st["token"])
            if n_errors:
                gold_set = set(gold)
                st["fp"].extend((doc, m) for m in sorted(pred_set - gold_set))
                st["fn"].extend((doc, m) for m in sorted(gold_set - pred_set))
    for name, st in state.items():
        total(st["exact"])
        total(st["token"])
        results[name] = st
    meta = {"gold_counts": {t: gold_counts[t] for t in TYPES}, "gold_dropped_misaligned": dropped}
    return results, meta


def system_json(st: dict) -> dict:
    return {
        "exact": {t: s.as_dict() for t, s in st["exact"].items()},
        "token": {t: s.as_dict() for t, s in st["token"].items()},
        "seconds": round(st["seconds"], 2),
        "errors": st["errors"],
        "offset_mismatches": st["offset_mismatches"],
    }


def print_table(report: dict, results: dict, skipped: dict) -> None:
    print(f"factRuEval-2016 {report['split']}: {report['documents']} documents, "
          f"{sum(report['gold_counts'].values())} gold mentions "
          f"({', '.join(f'{t} {n}' for t, n in report['gold_counts'].items())}; "
          f"{report['gold_dropped_misaligned']} dropped off razdel token bounds), "
          f"gold scheme '{report['gold_scheme']}'")
    print()
    pub = PUBLISHED[NATASHA_PUBLISHED]
    head = (f"{'system':<10} {'type':<4} | {'exact P':>7} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6} | "
            f"{'token P':>7} {'R':>6} {'F1':>6} | {'published':>9}")
    print(head)
    print("-" * len(head))
    for name, st in results.items():
        for t in (*TYPES, ALL):
            e, k = st["exact"][t], st["token"][t]
            published = f"{pub[t]:.3f}" if t in pub else ""
            print(f"{name:<10} {t:<4} | {e.precision:7.3f} {e.recall:6.3f} {e.f1:6.3f} {e.pred:6d} {e.gold:6d} | "
                  f"{k.precision:7.3f} {k.recall:6.3f} {k.f1:6.3f} | {published:>9}")
        extra = f"  errors: {st['errors']}" if st["errors"] else ""
        if st["offset_mismatches"]:
            extra += f"  mentions with offsets outside the text: {st['offset_mismatches']}"
        print(f"{'':<10} {st['seconds']:.1f} s for {report['documents']} texts "
              f"(+{report['systems'][name]['load_seconds']:.1f} s loading){extra}")
        print("-" * len(head))
    for name, reason in skipped.items():
        print(f"{name:<10} SKIPPED: {reason}")
    print()
    print("published = token-level F1 of Natasha's NER model (slovnet) on devset+testset, "
          f"naeval: {PUBLISHED_SOURCE}")
    others = ", ".join(f"{k}: " + " ".join(f"{t} {v:.3f}" for t, v in f.items())
                       for k, f in PUBLISHED.items() if k != NATASHA_PUBLISHED)
    print(f"  (for reference, {others})")
    if report["split"] != "all":
        print("  compare like with like with --split all; these rows are on "
              f"{report['split']} only")


def print_errors(results: dict, n: int) -> None:
    for name, st in results.items():
        for kind, label in (("fp", "false positives (predicted, not gold)"),
                            ("fn", "false negatives (gold, not predicted)")):
            items = st[kind][:n]
            if not items:
                continue
            print(f"\n{name}: first {len(items)} exact-match {label}")
            for doc, m in items:
                ctx = doc.text[max(0, m.start - 25):m.start] + "[" + doc.text[m.start:m.stop] + "]" + \
                    doc.text[m.stop:m.stop + 25]
                print(f"  {doc.split}/{doc.id} {m.type} {m.start}-{m.stop}  " + ctx.replace("\n", " "))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(factru.DEFAULT_DATA_DIR),
                    help="factRuEval-2016 directory (default: %(default)s)")
    ap.add_argument("--split", default="testset", choices=["testset", "devset", "all"],
                    help="documents to score (default: testset; published figures are on all)")
    ap.add_argument("--systems", default="natasha,newsfacts",
                    help="comma-separated, of: natasha, newsfacts (default: both)")
    ap.add_argument("--gold", default="names", choices=["names", "objects"],
                    help="gold mention scheme, see scripts/factru.py (default: names, as naeval)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="also print the first N exact-match false positives/negatives per system")
    ap.add_argument("--json", nargs="?", const="-", metavar="PATH",
                    help="write the scores as JSON to PATH, or to stdout instead of the table")
    args = ap.parse_args(argv)

    docs = factru.load_split(args.data_dir, args.split)
    if args.limit:
        docs = docs[:args.limit]
    if not docs:
        print(f"no annotated documents in {args.data_dir} ({args.split})", file=sys.stderr)
        return 2

    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SYSTEMS]
    if unknown:
        ap.error(f"unknown systems: {', '.join(unknown)}")
    systems, skipped = {}, {}
    load_seconds = {}
    for name in wanted:
        t0 = time.perf_counter()
        try:
            systems[name] = SYSTEMS[name]()
            systems[name]("Сергей Лавров прибыл в Москву.")  # lazy model loading, out of the timing
        except Unavailable as e:
            skipped[name] = str(e)
            print(f"[{name}] skipped: {e}", file=sys.stderr)
            continue
        load_seconds[name] = time.perf_counter() - t0

    results, meta = evaluate(docs, systems, args.gold, args.errors)
    report = {
        "data_dir": str(Path(args.data_dir).resolve()),
        "split": args.split,
        "documents": len(docs),
        "gold_scheme": args.gold,
        **meta,
        "published": {"source": PUBLISHED_SOURCE, "metric": "token", "split": "all",
                      "f1": PUBLISHED},
        "systems": {name: {**system_json(st), "load_seconds": round(load_seconds[name], 2)}
                    for name, st in results.items()},
        "skipped": skipped,
    }
    if args.json == "-":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_table(report, results, skipped)
        if args.errors:
            print_errors(results, args.errors)
        if args.json:
            Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
            print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
