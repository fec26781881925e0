"""scripts/gen_corpus.py: synthetic articles from the team samples."""
from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import gen_corpus  # noqa: E402

N = 50


@pytest.fixture(scope="module")
def lexicon():
    return gen_corpus.load_lexicon()


@pytest.fixture(scope="module")
def templates():
    return gen_corpus.load_templates(gen_corpus.DEFAULT_INPUTS)


def _run(tmp_path: Path, name: str, *args: str) -> list[str]:
    out = tmp_path / name
    assert gen_corpus.main(["--n", str(N), "--out", str(out), *args]) == 0
    return out.read_text(encoding="utf-8").splitlines()


def test_fifty_articles_valid_distinct_and_deterministic(tmp_path):
    lines = _run(tmp_path, "a.jsonl", "--seed", "3")
    assert len(lines) == N
    rows = [json.loads(line) for line in lines]  # every line is one JSON object
    for r in rows:
        assert {"id", "title", "date", "text"} <= set(r)
        assert r["text"].strip() and r["title"] == r["text"].split("\n", 1)[0]
        date.fromisoformat(r["date"])
    assert len({r["id"] for r in rows}) == N
    hashes = {hashlib.sha256(r["text"].encode()).hexdigest() for r in rows}
    assert len(hashes) == N

    assert _run(tmp_path, "b.jsonl", "--seed", "3") == lines
    assert _run(tmp_path, "c.jsonl", "--seed", "4") != lines


def test_never_repeats_a_template(templates, lexicon):
    texts = {t.text for t in templates}
    rows = list(gen_corpus.generate(templates[:2], N, seed=1, lex=lexicon))
    assert len({r["text"] for r in rows}) == N
    assert not texts & {r["text"] for r in rows}


@pytest.mark.parametrize("text, factor, shift, expected", [
    ("1250 тыс. тонн и 1,25 млн тонн", 2.0, 0, "2500 тыс. тонн и 2,50 млн тонн"),
    ("в 2016 году, в 1960-х годах", 1.5, -2, "в 2014 году, в 1960-х годах"),
    ("ГЭС-1, ВВЭР-1200, 40%, 20 декабря, 4 блока", 1.5, 0, "ГЭС-1, ВВЭР-1200, 40%, 20 декабря, 4 блока"),
    ("с 10 до 12 млрд", 0.6, 0, "с 6 до 7 млрд"),
    ("2000 человек", 1.5, 3, "3000 человек"),
])
def test_vary_figures(text, factor, shift, expected):
    assert gen_corpus.vary_figures(text, factor, shift) == expected


TINY = [
    {"id": "c1", "type": "city", "name": "Бишкек", "country": "KG"},
    {"id": "c2", "type": "city", "name": "Ташкент", "country": "UZ"},
    {"id": "c3", "type": "city", "name": "Лондон", "country": "GB"},  # outside the region
    {"id": "r1", "type": "region", "name": "Атырауская область", "country": "KZ"},
    {"id": "r2", "type": "region", "name": "Мангистауская область", "country": "KZ"},
    {"id": "o1", "type": "org", "name": "Газпром"},
    {"id": "o2", "type": "org", "name": "Росатом"},
    {"id": "l1", "type": "org", "name": "Sinopec"},
    {"id": "l2", "type": "org", "name": "CNPC"},
]


def test_swaps_keep_the_grammatical_case():
    lex = gen_corpus.Lexicon(TINY)
    text = ("БИШКЕК, 1 июля. В Атырауской области у Бишкека «Газпрома» и Sinopec "
            "нет, а в Бишкеке есть «Газпром» и Атырауская область.")
    swapped = ("ТАШКЕНТ, 1 июля. В Мангистауской области у Ташкента «Росатома» и CNPC "
               "нет, а в Ташкенте есть «Росатом» и Мангистауская область.")
    outs = {lex.swap(text, random.Random(seed)) for seed in range(40)}
    assert swapped in outs
    # each name is swapped everywhere or nowhere, never half-way
    for out in outs:
        assert ("Бишкек" in out) != ("Ташкент" in out)
        assert ("Газпром" in out) != ("Росатом" in out)


def test_full_gazetteer_lexicon_loads(lexicon):
    assert lexicon.pools[("city", "cons")] and lexicon.pools[("region", "fem")]
    assert "Атырауской области" in lexicon.by_form
