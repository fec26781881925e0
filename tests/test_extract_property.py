"""`newsfacts.extract` never raises, and every offset it reports points back
into the text it was given."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsfacts

# Any character except lone surrogates (they cannot be encoded, so no real
# input contains them); control characters are included.
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400)

# Russian-looking text built from pieces the extractors react to, so that
# the offset checks run on real entities, quotes and projects too.
PIECES = [
    "Касым-Жомарт Токаев", "Владимир Путин", "«Газпром»", "Sinopec", "в Атырауской области",
    "завод", "по производству полиэтилена", "мощностью 1250 тыс. тонн в год", "7,4 млрд долларов",
    "начато строительство", "провел переговоры с", "вчера", "20 декабря", "— сказал", "По словам",
    "«", "»", "„", "“", "\"", ",", ".", "!", "\n", "\n\n", " ", "\t", "—", "-", "ГЭС", "150 МВт",
    "Казахстан", "Китай", "\x00", "\u200b", "\ufeff", "ё", "Ё", "12", "%", "№",
]
russianish = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)

EDGE_CASES = [
    "",
    " ",
    "\n\n\n",
    "...!!!???,,,;;;:::---———",
    "«»«»«»„“”\"'",
    "0 1 2 3 4 5 6 7 8 9 10 100 1000 1 000 000 2,5 3.14 -7 +8 1e9",
    "а" * 5000,
    "Газпром" * 800,
    "Токаев встретился с Xi Jinping и 习近平 в Алматы; مرحبا; Ελλάδα; 東京 🚀🚀🚀.",
    "«««Мы построим завод»»», — сказал Токаев.",
    "«««««««««««««««««««««««««««««««««",
    "»»»»» — сказал министр. «",
    "«Мы начали строительство, — сказал Путин. — Завод заработает в 2026 году.",
    "Он сказал: «Проект завершен» и «Второй этап начнется",
    "„Проект“ «Сила Сибири — 2» \"Союз Восток\" 'цитата'",
    "\x00\x01\x02\x03 Токаев \x7f\x1b[31m красный \x1b[0m",
    "Токаев\u200bвстретился\u00adс\u2028Путиным\u2029в\u00a0Москве.",
    "ё" * 100 + " Ё" * 100,
    "\r\n".join(["Строительство ГЭС мощностью 150 МВт начато в 2024 году."] * 50),
    "Завод по производству полиэтилена мощностью 1250 тыс. тонн в год стоимостью 7,4 млрд долларов "
    "построят в Атырауской области компании Sinopec и KPI.",
]


def _spans(data: dict):
    """(where, start, end, stored text or None) for every offset in the output."""
    for e in data["entities"]:
        for m in e["mentions"]:
            yield f"entity {e['id']} mention", m["start"], m["end"], m["text"]
    for q in data["quotes"]:
        yield f"quote {q['id']}", q["start"], q["end"], q["text"]
    for kind in ("events", "projects", "quotes"):
        for fact in data[kind]:
            for ev in fact.get("evidence") or []:
                yield f"{kind} {fact['id']} evidence", ev["start"], ev["end"], ev["text"]
                if ev.get("sentence_start") is not None or ev.get("sentence_end") is not None:
                    yield (f"{kind} {fact['id']} evidence sentence", ev["sentence_start"],
                           ev["sentence_end"], None)


def check(text: str) -> dict:
    facts = newsfacts.extract(text, published=None)
    data = facts.to_dict()
    for key in ("entities", "events", "projects", "quotes"):
        assert isinstance(data[key], list)
    n = len(text)
    for where, start, end, stored in _spans(data):
        assert isinstance(start, int) and isinstance(end, int), (where, start, end)
        assert 0 <= start <= end <= n, (where, start, end, n)
        if stored is not None:
            assert text[start:end] == stored, (where, start, end, text[start:end], stored)
    # An evidence span starts inside its sentence span where both are given
    # (a quote of several sentences may run past the end of its first one).
    for kind in ("events", "projects", "quotes"):
        for fact in data[kind]:
            for ev in fact.get("evidence") or []:
                if ev.get("sentence_start") is not None and ev.get("sentence_end") is not None:
                    assert ev["sentence_start"] <= ev["start"] <= ev["sentence_end"], (kind, ev)
    return data


@pytest.mark.parametrize("text", EDGE_CASES, ids=[f"edge{i}" for i in range(len(EDGE_CASES))])
def test_edge_cases(text):
    check(text)


def test_project_sentence_has_offsets():
    text = EDGE_CASES[-1]
    data = check(text)
    assert data["projects"], "the sample project sentence should give a project"
    assert any(p["evidence"] for p in data["projects"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
@example("\x00")
@example("\ud7ff\ue000\U0010ffff")
@example("A\U00017000")  # Latin letter + a character without a Unicode name (Tangut)
def test_any_text_never_raises(text):
    check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(russianish)
def test_russianish_text_offsets(text):
    check(text)
