"""Article text with its facts highlighted, as safe HTML.

The text is cut at every span boundary into flat segments; a segment covered
by facts becomes one <span> naming their kinds (CSS classes) and their keys
(`data-f`, looked up by the page's script to show the fact on hover). Flat
segments instead of nested tags: facts overlap freely (a quote's evidence
contains a person's mention, a project's sentence contains a company), and
nested markup could not express crossing spans.

Every piece of text goes through `escape`; class names and keys come from a
fixed vocabulary or are sanitised, so article text never becomes markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

# Facts drawn as a background over their evidence sentence, and facts drawn
# as an underline on their words. The article page draws both.
SENTENCE_KINDS = ("project", "event", "quote")
WORD_KINDS = ("PER", "ORG", "LOC")

_KEY_RE = re.compile(r"[^A-Za-z0-9_.:-]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # one of SENTENCE_KINDS, WORD_KINDS or "evidence"
    key: str = ""  # fact key, e.g. "p1", "e3"


def _int(v) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def fact_spans(facts: dict) -> list[Span]:
    """Spans of an article's facts (the `newsfacts extract` dict)."""
    spans: list[Span] = []
    for e in facts.get("entities") or []:
        kind = e.get("type")
        if kind not in WORD_KINDS:
            continue
        for m in e.get("mentions") or []:
            s, t = _int(m.get("start")), _int(m.get("end"))
            if s is not None and t is not None:
                spans.append(Span(s, t, kind, str(e.get("id") or "")))
    for group, kind in (("projects", "project"), ("events", "event"), ("quotes", "quote")):
        for f in facts.get(group) or []:
            key = str(f.get("id") or "")
            ev = f.get("evidence") or []
            if not ev and kind == "quote":
                ev = [f]  # a quote without evidence still has its own offsets
            for e in ev:
                s, t = _int(e.get("start")), _int(e.get("end"))
                if s is not None and t is not None:
                    spans.append(Span(s, t, kind, key))
    return spans


def render(text: str, spans: list[Span], *, key_prefix: str = "") -> Markup:
    """`text` as HTML with `spans` highlighted. Offsets outside the text or
    reversed are ignored rather than trusted."""
    n = len(text)
    good = [sp for sp in spans if 0 <= sp.start < sp.end <= n]
    if not good:
        return escape(text)
    cuts = sorted({0, n, *(sp.start for sp in good), *(sp.end for sp in good)})
    # Sweep: spans sorted by start enter as the cursor passes them.
    good.sort(key=lambda sp: sp.start)
    out: list[str] = []
    active: list[Span] = []
    i = 0
    for a, b in zip(cuts, cuts[1:]):
        while i < len(good) and good[i].start <= a:
            active.append(good[i])
            i += 1
        active = [sp for sp in active if sp.end > a]
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        kinds = sorted({sp.kind for sp in active})
        keys = sorted({key_prefix + sp.key for sp in active if sp.key})
        cls = " ".join(f"hl-{_KEY_RE.sub('', k)}" for k in kinds)
        data = " ".join(_KEY_RE.sub("", k) for k in keys)
        out.append(f'<span class="hl {cls}" data-f="{data}">{piece}</span>')
    return Markup("".join(out))


def fmt_number(v) -> str:
    if v is None:
        return ""
    try:
        v = float(v)
    except (TypeError, ValueError):
        return str(v)
    for div, suffix in ((1e9, " bn"), (1e6, " m")):
        if abs(v) >= div:
            s = f"{v / div:.2f}".rstrip("0").rstrip(".")
            return s + suffix
    if v == int(v):
        return f"{int(v):,}".replace(",", "\u202f")  # narrow no-break space between thousands
    return f"{v:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")


def fact_notes(facts: dict) -> dict[str, dict]:
    """For each fact key, what the hover card shows: a kind, a title and a
    few lines. Plain strings: the page's script inserts them as text."""
    notes: dict[str, dict] = {}
    for e in facts.get("entities") or []:
        lines = []
        if e.get("aliases"):
            lines.append("aka " + ", ".join(map(str, e["aliases"][:4])))
        if e.get("country"):
            lines.append(f"country {e['country']}")
        if e.get("kb_id"):
            lines.append(f"gazetteer {e['kb_id']}")
        notes[str(e.get("id"))] = {"kind": e.get("type"), "title": e.get("name"), "lines": lines}
    for p in facts.get("projects") or []:
        lines = [f"sector {p.get('sector') or '—'} · status {p.get('status') or '—'}"]
        if p.get("location"):
            lines.append(f"location {p['location'].get('name')}")
        if p.get("companies"):
            lines.append("companies " + ", ".join(c.get("name", "") for c in p["companies"]))
        for c in p.get("capacity") or []:
            lines.append(f"capacity {fmt_number(c.get('value'))} {c.get('unit', '')}")
        for m in p.get("investment") or []:
            lines.append(f"investment {fmt_number(m.get('amount'))} {m.get('currency', '')}")
        if p.get("jobs"):
            lines.append(f"jobs {p['jobs']}")
        notes[str(p.get("id"))] = {"kind": "project", "title": p.get("name"), "lines": lines}
    for ev in facts.get("events") or []:
        lines = []
        if ev.get("participants"):
            lines.append("with " + ", ".join(r.get("name", "") for r in ev["participants"]))
        if ev.get("date"):
            lines.append(f"date {ev['date']}")
        if ev.get("place"):
            lines.append(f"place {ev['place'].get('name')}")
        notes[str(ev.get("id"))] = {"kind": "event", "title": ev.get("type"), "lines": lines}
    for q in facts.get("quotes") or []:
        sp = q.get("speaker") or {}
        notes[str(q.get("id"))] = {"kind": "quote", "title": sp.get("name") or "unknown speaker",
                                   "lines": [str(q.get("text") or "")[:240]]}
    return notes


def evidence_in_sentence(sentence: str, sentence_start: int | None, start: int | None,
                         end: int | None, terms: list[str] | tuple = ()) -> Markup:
    """A source sentence with its facts marked: the evidence span when it is
    narrower than the sentence (a whole marked sentence says nothing), and
    each occurrence of the given terms (the project's names, companies,
    place, figures as written), found case-insensitively."""
    spans: list[Span] = []
    if sentence_start is not None and start is not None and end is not None:
        s, e = start - sentence_start, end - sentence_start
        if 0 <= s < e <= len(sentence) and (e - s) < 0.9 * len(sentence.strip()):
            spans.append(Span(s, e, "evidence"))
    low = sentence.lower()
    for term in {t.strip().lower() for t in terms if t and len(t.strip()) >= 3}:
        i = low.find(term)
        while i >= 0:
            spans.append(Span(i, i + len(term), "evidence"))
            i = low.find(term, i + len(term))
    return render(sentence, spans)


def mark_words(text: str, query: str | None) -> Markup:
    """`text` with the words of a search query marked (at least 3 letters,
    case-insensitive, as prefixes: the search stems, so "завод" should
    also light up "завода")."""
    words = [w for w in re.findall(r"\w+", (query or "").lower()) if len(w) >= 3]
    low = text.lower()
    spans = []
    for w in set(words):
        for m in re.finditer(re.escape(w[: max(3, len(w) - 2)]) + r"\w*", low):
            spans.append(Span(m.start(), m.end(), "evidence"))
    return render(text, spans)
