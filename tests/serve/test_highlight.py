"""The article highlighter and the small formatters, without a database."""
from __future__ import annotations

import pytest

from newsfacts.serve.highlight import (Span, evidence_in_sentence, fact_notes, fact_spans, fmt_number,
                                       mark_words, render)

TEXT = "Токаев встретился с Си Цзиньпином в Астане."
FACTS = {
    "entities": [
        {"id": "e1", "type": "PER", "name": "Касым-Жомарт Токаев", "mentions": [{"start": 0, "end": 6}]},
        {"id": "e2", "type": "LOC", "name": "Астана", "mentions": [{"start": 36, "end": 42}]},
        {"id": "e3", "type": "MISC", "name": "x", "mentions": [{"start": 0, "end": 1}]},
    ],
    "events": [{"id": "ev1", "type": "meeting", "participants": [{"name": "Токаев"}],
                "evidence": [{"start": 0, "end": 42}]}],
}


def test_spans_cover_entities_and_facts():
    spans = fact_spans(FACTS)
    assert Span(0, 6, "PER", "e1") in spans and Span(0, 42, "event", "ev1") in spans
    assert not any(s.kind == "MISC" for s in spans)


def test_overlapping_spans_become_flat_segments():
    html = str(render(TEXT, fact_spans(FACTS)))
    assert html.startswith('<span class="hl hl-PER hl-event" data-f="e1 ev1">Токаев</span>')
    assert '<span class="hl hl-LOC hl-event" data-f="e2 ev1">Астане</span>' in html
    assert html.count("<span") == 3 and html.endswith("</span>.")  # Токаев | middle | Астане, then plain


def test_notes_name_every_fact():
    notes = fact_notes(FACTS)
    assert notes["e1"]["title"] == "Касым-Жомарт Токаев" and notes["ev1"]["kind"] == "event"


def test_evidence_in_sentence_marks_terms_not_whole_sentences():
    s = "Завод по производству полиэтилена построят к 2028 году."
    html = str(evidence_in_sentence(s, 100, 100, 100 + len(s), ["полиэтилена", "2028"]))
    assert html.count("hl-evidence") == 2
    assert str(evidence_in_sentence(s, None, None, None)) == s


@pytest.mark.parametrize("value,text", [(2400, "2\u202f400"), (386e6, "386 m"), (7.4e9, "7.4 bn"), (55.5, "55.5"),
                                        (None, ""), ("abc", "abc")])
def test_fmt_number(value, text):
    assert fmt_number(value) == text


def test_mark_words_is_escaped_and_stem_tolerant():
    html = str(mark_words("<i>Заводы</i> и завода", "завод"))
    assert "&lt;i&gt;" in html and html.count("hl-evidence") == 2
