#!/usr/bin/env python
"""Synthetic Russian news articles for ingest benchmarks, made from the team samples.

    .venv/bin/python scripts/gen_corpus.py [--n 10000] [--seed 0] [--out corpus.jsonl]
        [--inputs A.jsonl B.jsonl ...]

Each generated article starts from one of the team's sample articles
(`samples/articles.jsonl` and `samples/timeline/articles.jsonl` by default) and
is varied as follows:

- places: cities and regions of Central Asia, Russia, China and Mongolia found in
  the gazetteer (`newsfacts/data/gazetteer.json`) are swapped for other such
  places of the same declension class, in the same grammatical case,
  consistently within the article. The upper-case dateline city
  ("АТЫРАУ, 22 апреля.") is swapped too;
- companies: Latin-script company names of the gazetteer (CNPC, Sinopec, Rio Tinto)
  are swapped for others, and Cyrillic ones in «» («Газпрома», «Росатому») for
  others of the same declension class, in the same case;
- figures: every quantity is multiplied by one factor per article and rounded
  to the precision it was written with, so restatements inside an article
  ("1250 тыс. тонн" and "1,25 млн тонн") stay consistent. Percentages,
  one-digit counts, days of the month and numbers in names ("ГЭС-1",
  "ВВЭР-1200") stay as they are;
- dates: all years move by one offset per article (and years in the text
  with them, decades such as "1960-х" excepted); the publication day and
  month are drawn anew and written into the dateline;
- paragraphs after the lead are shuffled. A paragraph that opens by
  referring back ("По словам президента", "Это", "Теперь") stays after the
  paragraph before it.

The output is JSON Lines, one {"id", "title", "date", "text", "template"}
per line, with `title` the first line of `text`. It is deterministic for a given
--seed, template set and gazetteer. Every text differs from every other and from
the templates, so content hashes never collide. The texts are for
benchmarking, not for reading: some swaps give odd but well-formed Russian
(a river named after a city, a company building something it never would).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, TextIO

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [ROOT / "samples" / "articles.jsonl",
                  ROOT / "samples" / "timeline" / "articles.jsonl"]
GAZETTEER = ROOT / "newsfacts" / "data" / "gazetteer.json"

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
              "августа", "сентября", "октября", "ноября", "декабря"]

# Places are swapped only for places of these countries, the region the
# samples cover, so a Kyrgyz power plant does not move to London.
REGION_COUNTRIES = {"KZ", "KG", "UZ", "TJ", "TM", "MN", "RU", "CN"}

# Gazetteer cities that are also names of rivers or lakes in the samples
# ("на реке Нарын", "озеро Балхаш"); swapping them would rename the river.
NOT_SWAPPED = {"Нарын", "Балхаш", "Талас"}

# Grammatical cases written by the form tables below. Only a form that
# exists in both the source and the target class is swapped, so a table
# may leave out cases (the feminine region table merges gen/dat/prep).
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")

_VOWEL_END = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_HUSHING = set("гкхжшчщ")


# ----------------------------------------------------------------------------
# Case forms of place and company names
# ----------------------------------------------------------------------------

def noun_class(name: str) -> str | None:
    """Declension class of a one-word (or hyphenated) name, None when unsure.

    "cons": Бишкек, Газпром (masculine, hard consonant); "a": Москва,
    Самрук-Казына; "indecl": Атырау, Алматы, Самрук-Энерго. Names ending in
    ь, й or -ия, and names of several words, are left alone.
    """
    if " " in name or not re.fullmatch(r"[А-ЯЁ][А-ЯЁа-яё\-]*", name):
        return None
    if name.isupper():
        return "indecl"  # ТВЭЛ, КТЖ: abbreviations are read as they stand
    last = name[-1]
    if last == "а" and not name.endswith(("ия", "ея")) and len(name) > 3:
        return "a"
    if last in "оуыиэюе":
        return "indecl"
    if last in _VOWEL_END or last in "ьйя":
        return None
    if last in "жшчщц":
        return None  # instrumental in -ем; rare enough to skip
    return "cons"


def noun_forms(name: str, cls: str) -> dict[str, str]:
    if cls == "indecl":
        return {c: name for c in CASES}
    if cls == "cons":
        return {"nom": name, "gen": name + "а", "dat": name + "у", "acc": name,
                "ins": name + "ом", "prep": name + "е"}
    stem = name[:-1]  # cls == "a"
    gen = stem + ("и" if stem[-1] in _HUSHING else "ы")
    return {"nom": name, "gen": gen, "dat": stem + "е", "acc": stem + "у",
            "ins": stem + "ой", "prep": stem + "е"}


_FEM_REGION = re.compile(r"([А-ЯЁ][А-ЯЁа-яё\-]*?(?:ск|цк))ая область")
_MASC_REGION = re.compile(r"([А-ЯЁ][А-ЯЁа-яё\-]*?(?:ск|цк))ий (край|район|аймак)")
_MASC_NOUN = {"край": ("край", "края", "краю", "край", "краем", "крае"),
              "район": ("район", "района", "району", "район", "районом", "районе"),
              "аймак": ("аймак", "аймака", "аймаку", "аймак", "аймаком", "аймаке")}


def region_forms(name: str) -> tuple[str, dict[str, str]] | None:
    """("fem"|"masc", case forms) of "Атырауская область", "Красноярский край"."""
    m = _FEM_REGION.fullmatch(name)
    if m:
        s = m.group(1)
        # gen, dat and prep are the same ("Атырауской области"): one key.
        return "fem", {"nom": f"{s}ая область", "gen": f"{s}ой области",
                       "acc": f"{s}ую область", "ins": f"{s}ой областью"}
    m = _MASC_REGION.fullmatch(name)
    if m:
        s, noun = m.group(1), _MASC_NOUN[m.group(2)]
        adj = (s + "ий", s + "ого", s + "ому", s + "ий", s + "им", s + "ом")
        return "masc", {c: f"{a} {n}" for c, a, n in zip(CASES, adj, noun)}
    return None


def trie_regex(words: Iterable[str]) -> str:
    """One regex for a set of strings, branching on shared prefixes.

    A flat alternation of ~2000 names is tried name by name at every
    position of the text; the trie form is about ten times faster. Longer
    strings are preferred ("China Energy Engineering" before "China Energy"),
    and the lookarounds around the pattern reject a match inside a word.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@dataclass(frozen=True)
class Name:
    key: str               # gazetteer id
    kind: str              # "city", "region", "org", "latin"
    cls: str               # declension class, pools are per (kind, cls)
    forms: dict[str, str]  # case -> written form (what a swap writes)
    also: tuple[tuple[str, str], ...] = ()  # (case, form) of aliases, found but never written


class Lexicon:
    """Swappable names from the gazetteer and a regex that finds them in a text."""

    def __init__(self, entries: Iterable[dict]):
        self.pools: dict[tuple[str, str], list[Name]] = {}
        self.by_form: dict[str, tuple[Name, str]] = {}
        for e in entries:
            for name in self._names(e):
                self._add(name)
        for pool in self.pools.values():
            pool.sort(key=lambda n: n.key)
        self.pattern = re.compile(r"(?<![\w\-])(" + trie_regex(self.by_form) + r")(?![\w\-])")

    @staticmethod
    def _names(e: dict) -> Iterator[Name]:
        t, key = e.get("type"), e.get("id")
        if t in ("city", "region") and e.get("country") not in REGION_COUNTRIES:
            return
        if t == "city" and e["name"] not in NOT_SWAPPED:
            cls = noun_class(e["name"])
            if cls:
                forms = noun_forms(e["name"], cls)
                yield Name(key, "city", cls, forms)
        elif t == "region":
            found = [rf for n in [e["name"], *e.get("aliases", [])] if (rf := region_forms(n))]
            if found:
                gender, forms = found[0]
                also = tuple((c, f) for g, fs in found[1:] if g == gender for c, f in fs.items())
                yield Name(key, "region", gender, forms, also)
        elif t == "org":
            n = e["name"]
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9]", n):
                yield Name(key, "latin", "latin", {c: n for c in CASES})
            else:
                cls = noun_class(n)
                if cls:
                    forms = {c: f"«{f}»" for c, f in noun_forms(n, cls).items()}
                    yield Name(key, "org", cls, forms)

    def _add(self, name: Name) -> None:
        self.pools.setdefault((name.kind, name.cls), []).append(name)
        for case, form in [*name.forms.items(), *name.also]:
            self.by_form.setdefault(form, (name, case))
        if name.kind == "city":  # the dateline: "АТЫРАУ, 22 апреля."
            self.by_form.setdefault(name.forms["nom"].upper(), (name, "upper"))

    def swap(self, text: str, rng: random.Random) -> str:
        found: dict[str, Name] = {}
        for m in self.pattern.finditer(text):
            name, _ = self.by_form[m.group(1)]
            found.setdefault(name.key, name)
        taken = set(found)
        target: dict[str, Name] = {}
        for key in sorted(found):
            name = found[key]
            choices = [n for n in self.pools[(name.kind, name.cls)] if n.key not in taken]
            if choices and rng.random() < 0.85:
                t = rng.choice(choices)
                target[key] = t
                taken.add(t.key)

        def repl(m: re.Match) -> str:
            name, case = self.by_form[m.group(1)]
            t = target.get(name.key)
            if t is None:
                return m.group(1)
            if case == "upper":
                return t.forms["nom"].upper()
            return t.forms.get(case, m.group(1))

        return self.pattern.sub(repl, text)


# ----------------------------------------------------------------------------
# Figures, years, dateline, paragraphs
# ----------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w\-,.])(\d+)(?:,(\d+))?(-х)?(?![\w\-]|,\d)")
_MONTH_AFTER = re.compile(r"\s(?:" + "|".join(MONTHS_GEN) + r")\b")
# A 4-digit number followed by one of these is a quantity, not a year.
_UNIT_AFTER = re.compile(
    r"\s*(?:[МмГгКк]Вт|тонн|тыс|млн|млрд|км|мм|метр|человек|гектар|га\b|долл|евро|руб|"
    r"куб|баррел|мест|рабоч|турбин|агрегат)")
_DATELINE = re.compile(r"^([А-ЯЁ][А-ЯЁ\- ]*[А-ЯЁ]), (\d{1,2}) (" + "|".join(MONTHS_GEN) + r")\.")
_BACK_REFERENCE = re.compile(
    r"(?:По словам (?:президента|министра|главы|премьера|представителя|его|ее|её)|"
    r"(?:Это|Эти|Этот|Эта|Он|Она|Они|Его|Ее|Её|Их|Теперь|Помимо|При этом|Тем не менее|"
    r"Кроме того|В свою очередь|Таким образом|Глава кабмина|Там же)\b)")


def scale_number(whole: str, frac: str | None, factor: float) -> str:
    if frac is not None:
        value = float(f"{whole}.{frac}") * factor
        return f"{value:.{len(frac)}f}".replace(".", ",")
    # Keep the precision the figure was written with: "1250" has three
    # significant digits and stays a round number, "500" two (not one, so that
    # "с 10 до 12" does not become "с 10 до 7").
    digits = max(2, len(whole.rstrip("0")))
    value = int(whole) * factor
    step = 10 ** max(0, len(str(round(value))) - digits)
    return str(max(1, round(value / step) * step))


def vary_figures(text: str, factor: float, year_shift: int) -> str:
    def repl(m: re.Match) -> str:
        whole, frac, decade = m.group(1), m.group(2), m.group(3) or ""
        after = text[m.end():m.end() + 16]
        if decade:  # "1960-х годов": a decade does not move with the years
            return m.group(0)
        if frac is None and len(whole) == 4 and 1950 <= int(whole) <= 2060 \
                and not _UNIT_AFTER.match(after):
            return str(int(whole) + year_shift)
        if after.startswith(("%", " %", " процент")):
            return m.group(0)
        if frac is None and (len(whole) == 1 or (int(whole) <= 31 and _MONTH_AFTER.match(after))):
            return m.group(0)
        return scale_number(whole, frac, factor)

    return _NUMBER.sub(repl, text)


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    paras = text.rstrip("\n").split("\n\n")
    if len(paras) < 4:
        return text
    head, body = paras[:2], paras[2:]  # headline, lead with the dateline
    groups: list[list[str]] = []
    for p in body:
        if groups and _BACK_REFERENCE.match(p):
            groups[-1].append(p)
        else:
            groups.append([p])
    rng.shuffle(groups)
    return "\n\n".join(head + [p for g in groups for p in g]) + "\n"


@dataclass(frozen=True)
class Template:
    id: str
    text: str
    date: date | None


def load_templates(paths: Iterable[Path | str]) -> list[Template]:
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                obj = json.loads(line)
                d = obj.get("date") or obj.get("published")
                out.append(Template(str(obj["id"]), obj["text"],
                                    date.fromisoformat(d) if d else None))
    if not out:
        raise SystemExit("gen_corpus: no template articles in the inputs")
    return out


def load_lexicon(path: Path | str = GAZETTEER) -> Lexicon:
    with open(path, encoding="utf-8") as f:
        return Lexicon(json.load(f)["entries"])


def vary(t: Template, lex: Lexicon, rng: random.Random) -> tuple[str, date]:
    base = t.date or date(2022, 1, 1)
    shift = rng.randint(max(-8, 2010 - base.year), min(2, 2026 - base.year))
    pub = date(base.year + shift, rng.randint(1, 12), rng.randint(1, 28))
    factor = rng.uniform(0.55, 1.9)
    if abs(factor - 1) < 0.08:  # keep every figure visibly different
        factor += 0.25
    text = lex.swap(t.text, rng)
    text = vary_figures(text, factor, shift)
    lines = text.split("\n")
    for i in range(1, min(len(lines), 4)):
        if _DATELINE.match(lines[i]):
            lines[i] = _DATELINE.sub(
                lambda m: f"{m.group(1)}, {pub.day} {MONTHS_GEN[pub.month - 1]}.", lines[i], count=1)
            break
    text = "\n".join(lines)
    if rng.random() < 0.6:
        text = shuffle_paragraphs(text, rng)
    return text, pub


def generate(templates: list[Template], n: int, seed: int,
             lex: Lexicon | None = None) -> Iterator[dict]:
    """n articles as dicts; the same (templates, n, seed) gives the same articles."""
    lex = lex or load_lexicon()
    rng = random.Random(seed)
    seen = {hashlib.sha256(t.text.encode()).digest() for t in templates}
    width = max(5, len(str(n - 1)))
    for i in range(n):
        for _attempt in range(50):
            t = templates[rng.randrange(len(templates))]
            text, pub = vary(t, lex, rng)
            h = hashlib.sha256(text.encode()).digest()
            if h not in seen:
                break
        else:
            raise RuntimeError(f"gen_corpus: no new text for article {i} after 50 tries")
        seen.add(h)
        yield {"id": f"gen-{seed}-{i:0{width}d}", "title": text.split("\n", 1)[0],
               "date": pub.isoformat(), "text": text, "template": t.id}


def write_jsonl(items: Iterable[dict], out: TextIO) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--out", default="-", help="output .jsonl file (default: stdout)")
    ap.add_argument("--inputs", nargs="+", default=[str(p) for p in DEFAULT_INPUTS],
                    help="template articles, JSON Lines with id, text and date")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("--n must not be negative")
    items = generate(load_templates(args.inputs), args.n, args.seed)
    if args.out == "-":
        count = write_jsonl(items, sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            count = write_jsonl(items, f)
    print(f"gen_corpus: {count} articles (seed {args.seed})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
