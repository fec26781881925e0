"""Quotes: direct speech and who said it.

Forms handled (each one a rule below):
- «...», — сказал X   /   "...", - отметил он   (attribution after)
- X заявил: «...»      /   X: «...»              (attribution before)
- Он отметил, что ... «...»                      (a quoted fragment of reported speech)
- - Сегодня ..., - сказал X.                     (dash-led paragraph of speech)
- В.Путин: Это естественно.                      (interview transcript lines)
- «...» standing alone in its paragraph: the last speaker.
- По словам X, ...   /   X отметил, что ...          (reported speech, no quote marks)
An interrupted quote ("..., — сказал он. — ...") is one quote.
"""
from __future__ import annotations

import re

from ..model import Entity, Evidence, Quote
from ..model.doc import Doc
from .speakers import SpeakerIndex

SPEECH_VERBS = (
    "сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|уточнил|рассказал|"
    "ответил|заключил|констатировал|признал|резюмировал|напомнил|написал|заверил|"
    "указал|продолжил|отреагировал|прокомментировал|пообещал|предупредил|"
    "цитирует|процитировал|говорит|говорил|считает|уверен|полагает|подытожил|"
    "обратился|высказался|выразил|призвал|акцентировал|сообщает|отмечает|"
    "подчеркивает|подчёркивает|заявляет|говорится|поделился|объяснил|сказано|"
    "заметил|подтвердил|сообщила|добавила|парировал|возразил|признался|посетовал|"
    "уверяет|убежден|пишет|написала|резюмирует|рассказывает|объясняет|поясняет|"
    "сообщил|цитировал|отвечает|приводит (?:\\w+ ){0,3}?слова|приводятся (?:\\w+ ){0,3}?слова"
)
# verb forms: сказал, сказала, сказали, сказав ...
_VERB = rf"(?:{SPEECH_VERBS})(?:а|и|о)?"
_DASH = r"[-—–]"
# the rest may hold a quoted company name: "— сказал директор ТОО «Esil Grain» Руслан Жакупов"
_AFTER = re.compile(rf"\s*[,.!?…]*\s*{_DASH}+\s*(?P<verb>{_VERB})\b(?P<rest>(?:[^.!?;:\n«\"“]|«[^»\n]{{1,60}}»)*)",
                    re.I)
_BEFORE_COLON = re.compile(r":\s*$")
_SPEECH_IN = re.compile(rf"\b{_VERB}\b|по (?:его|ее|её|их) словам|по словам|фразой|словами", re.I)
_INTERVIEW = re.compile(r"^(?P<who>[А-ЯЁA-Z][\w.\- ]{1,40}?):\s+(?P<text>\S.*)$")
_DASH_PARA = re.compile(rf"^\s*{_DASH}\s+(?P<body>.+)$")
_OPEN = "«“„\""
# Reported speech: "По словам министра, ..." and "Он отметил, что ...".
_PO_SLOVAM = re.compile(r"^\W*(?:[Кк]ак\s+)?[Пп]о\s+(?:его\s+|ее\s+|её\s+|их\s+)?словам\s*"
                        r"(?P<who>[^,]{0,100}?)\s*,\s*(?P<text>\S.*?)\s*[.!?…]*$")
_THAT = re.compile(rf"^(?P<who>[^«»\"“”]{{0,160}}?)\b(?:{_VERB})\b[^,«»\"]{{0,60}}?,\s+что\s+"
                   rf"(?P<text>\S.*?)\s*[.!?…]*$", re.I)
_PAIR = {"«": "»", "“": "”", "„": "“", '"': '"'}


def find_quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of the content of top-level quoted spans, nested «„“»
    handled; straight quotes paired in order within a paragraph."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "«" or ch == "“" or (ch == "„"):
            close = _PAIR[ch]
            depth, j = 1, i + 1
            while j < n:
                if text[j] == "\n":
                    # speech running on into the next paragraph leaves this
                    # one unclosed and opens the next again: one quote
                    go_on = re.match(r"\n\s*«", text[j:j + 10]) if ch == "«" and depth == 1 else None
                    if go_on is None:
                        break
                    j += go_on.end()
                    continue
                if text[j] == ch and ch == "«":
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j < n and text[j] == close:
                out.append((i + 1, j))
                i = j + 1
                continue
        elif ch == '"':
            j = text.find('"', i + 1)
            nl = text.find("\n", i + 1)
            if j != -1 and (nl == -1 or j < nl):
                out.append((i + 1, j))
                i = j + 1
                continue
        i += 1
    return out


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _looks_like_name(content: str) -> bool:
    """«Роснефть», «Северный поток — 2», "Report": names, not speech."""
    words = _words(content)
    if words == 0:
        return True
    if words <= 4 and content[:1].isupper() and not re.search(r"[.!?,]", content):
        return True
    return False


class _Builder:
    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = SpeakerIndex(doc, entities)
        self.quotes: list[Quote] = []
        self.last_speaker: Entity | None = None
        self.spoken: list[tuple[int, Entity]] = []  # (quote end, speaker)
        self.covered: list[tuple[int, int]] = []

    def add(self, start: int, end: int, speaker: Entity | None, conf: float, kind: str = "direct",
            min_words: int = 1) -> None:
        # trim spaces and trailing punctuation left inside the quote marks
        while start < end and self.text[start] in " \t«\"":
            start += 1
        while end > start and self.text[end - 1] in " \t,»\"":
            end -= 1
        if end <= start or _words(self.text[start:end]) < min_words:
            return  # «года Арктики», «Huaxin Cement»: names and terms, not speech
        if any(s < end and start < e for s, e in self.covered):
            return
        sent = self.doc.sent_at(start)
        ev = Evidence(start=start, end=end, text=self.text[start:end],
                      sentence_start=sent.start if sent else None,
                      sentence_end=sent.stop if sent else None)
        self.quotes.append(Quote(id="", text=self.text[start:end], speaker=self.index.ref(speaker),
                                 start=start, end=end, evidence=[ev],
                                 confidence=conf if speaker else conf / 2, kind=kind))
        self.covered.append((start, end))
        if speaker is not None and speaker.type == "PER":
            self.last_speaker = speaker
            self.spoken.append((end, speaker))

    def add_joined(self, parts: list[tuple[int, int]], speaker: Entity, conf: float) -> None:
        """One quote said in parts around its attribution («A, — сказал X.
        — B»): the words of the parts joined, the attribution left out;
        each part is evidence of its own."""
        before = len(self.quotes)
        for start, end in parts:
            self.add(start, end, speaker, conf)
        added = self.quotes[before:]
        if len(added) < 2:
            return
        first, *rest = added
        words = first.text.rstrip(",;:— ")
        for q in rest:
            words += ("" if words[-1:] in ".!?…" else ".") + " " + q.text
            first.evidence += q.evidence
        first.text, first.end = words, rest[-1].end
        del self.quotes[before + 1:]

    def pronoun_before(self, offset: int) -> Entity | None:
        """Whom "он" before a colon quote at `offset` is: the person the
        paragraph speaks of ("По словам Токтосунова, ... Он заявил: «»"),
        before the speaker last quoted."""
        return self.index.subject_before(offset) or self.last_speaker or self.index.last_person_before(offset)

    def referred(self, offset: int) -> Entity | None:
        """Whom "по его словам" at `offset` refers to: the speaker of the
        quote just before, or a person named after that quote, whichever
        comes later (quotes are not found in text order, so `last_speaker`
        is not it)."""
        before = [(e, sp) for e, sp in self.spoken if e <= offset]
        quoted = max(before, key=lambda x: x[0]) if before else None
        named = self.index.last_person_before(offset)
        if quoted is None:
            return named or self.last_speaker
        if named is not None and any(quoted[0] < m.start < offset for m in named.mentions):
            return named
        return quoted[1]

    def after_attribution(self, end: int):
        """Speaker named right after the quote: "», — сказал X"."""
        m = _AFTER.match(self.text, end + 1 if end < len(self.text) else end, min(len(self.text), end + 200))
        if not m:
            return None
        rs, re_ = m.start("rest"), m.end("rest")
        who = self.index.resolve(rs, re_, self.last_speaker)
        if who is None and re.match(r"\s*(?:представител|пресс-секретар|глав|председател|президент|"
                                    r"министр|премьер|лидер|руководител|спикер)", self.text[rs:re_], re.I):
            # a title the index cannot tie to a name: the person speaking last
            who = self.last_speaker or self.index.last_person_before(end)
        return who if who is not None else False

    def before_attribution(self, start: int):
        """Speaker named in the words before the quote: "X заявил: «"."""
        para_start = self.text.rfind("\n", 0, start) + 1
        sent = self.doc.sent_at(max(start - 2, 0))
        lo = max(para_start, sent.start if sent else para_start)
        head = self.text[lo:start - 1] if start > 0 else ""
        if not head.strip():
            return None
        verb = _SPEECH_IN.search(head)
        if _BEFORE_COLON.search(head) or verb:
            # the speaker is the subject: named before the speech verb
            # ("Он отметил, что у Путина ...": not Путин)
            cut = lo + verb.start() if verb else start
            if verb and re.match(r"по (?:его|ее|её|их) словам", verb.group(0), re.I):
                # the person last named before it, not the speaker last
                # quoted (quotes are not read in text order)
                who = self.referred(lo)
                return who if who is not None else False
            if verb:
                who = self.index.person_in(lo, cut)
            else:
                # "Оптимизм Чилингарова разделил Александр Дынкин: «...»": with
                # no speech verb the speaker is the person right before the colon
                who = self.index.last_person_before(start, window=start - lo)
            if who is None and re.search(r"\b(?:он|она)\b", head[:cut - lo], re.I):
                who = self.pronoun_before(lo)
            if who is None:
                who = self.index.person_in(lo, start)
            if who is None:
                who = self.index.resolve(lo, start, self.last_speaker)
            if who is None and re.search(r"\b(?:он|она)\b", head, re.I):
                who = self.pronoun_before(lo)
            return who if who is not None else False
        return None


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    b = _Builder(doc, entities)
    text = doc.text
    spans = find_quoted(text)
    events: list[tuple[int, str, tuple]] = [(s, "q", (s, e)) for s, e in spans]
    # paragraph-level forms: dash-led speech and interview lines
    pos = 0
    for line in text.split("\n"):
        events.append((pos, "p", (pos, pos + len(line))))
        pos += len(line) + 1
    events.sort(key=lambda x: (x[0], x[1] == "q"))
    for _, kind, (s, e) in events:
        if kind == "p":
            _paragraph(b, s, e)
        else:
            _quoted(b, s, e)
    for sent in doc.sents:
        _reported(b, sent.start, sent.stop)
    b.quotes.sort(key=lambda q: q.start)
    for i, q in enumerate(b.quotes):
        q.id = f"q{i + 1}"
    return b.quotes


# «Первая часть, — рассказал фермер Нурлан Абдыкеримов. — Вторая часть»:
# the speaker named inside the quote marks, between two parts of the speech
_INSIDE = re.compile(rf"[,.!?…]\s*{_DASH}\s*(?:{_VERB})\b[^«»\n]*?[.,]\s*{_DASH}\s*", re.I)


def _quoted(b: _Builder, s: int, e: int) -> None:
    content = b.text[s:e]
    inside = _INSIDE.search(content)
    if inside:
        who = b.after_attribution(s + inside.start())
        if who:
            b.add_joined(_paragraphs(b.text, s, s + inside.start() + 1) + _paragraphs(b.text, s + inside.end(), e),
                         who, 0.85)
            return
    if "\n" in content:
        # one quote over paragraphs: its speaker is named after the last
        # or before the first
        who = b.after_attribution(e) or b.before_attribution(s)
        if who:
            b.add_joined(_paragraphs(b.text, s, e), who, 0.9)
            return
        s = s + content.rfind("«") + 1  # else only its last paragraph is read as usual
        content = b.text[s:e]
    after = b.after_attribution(e)
    if after:
        if not _looks_like_name(content) or after.type == "PER":
            b.add(s, e, after, 0.9)
        return
    before = b.before_attribution(s)
    if before and not _looks_like_name(content):
        # a lower-case word or two in quotes is a term ("«стройкой века»")
        b.add(s, e, before, 0.8, min_words=3 if content[:1].islower() else 1)
        return
    if before and content[:1].islower():
        # a quoted fragment of reported speech: "Он отметил, что ... «...»";
        # a word or two in quotes is a term, not speech
        b.add(s, e, before, 0.6, min_words=3)
        return
    # A quote standing alone in its paragraph: the last speaker, or the
    # last person named, said it.
    para_start = b.text.rfind("\n", 0, s) + 1
    lead = b.text[para_start:s - 1].strip()
    if not lead and _words(content) >= 4 and not _looks_like_name(content) and \
            re.search(r"\b[а-яё]{3,}\b", content):
        who = b.last_speaker or b.index.last_person_before(s)
        b.add(s, e, who, 0.5)


def _paragraphs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The parts of a span between its paragraph breaks (and the «
    reopening each new paragraph)."""
    out, start = [], s
    for m in re.finditer(r"\s*\n\s*«?", text[s:e]):
        out.append((start, s + m.start()))
        start = s + m.end()
    return out + [(start, e)]


def _paragraph(b: _Builder, s: int, e: int) -> None:
    line = b.text[s:e]
    m = _DASH_PARA.match(line)
    if m:
        body_start = s + m.start("body")
        # speech runs to ", — сказал X" ; text after the attribution that
        # starts with a dash again continues the same quote
        am = re.search(rf"[,.!?…]\s*{_DASH}+\s*(?:{_VERB})\b", line[m.start('body'):], re.I)
        if am:
            q_end = body_start + am.start() + 1
            who = b.after_attribution(q_end - 1) or None
            b.add(body_start, q_end, who, 0.8)
        return
    m = _INTERVIEW.match(line)
    # "Саносян: ЛЭП достроят в 2025 году" as a headline is the article's
    # gist in his name, not the first turn of an interview running on
    # "Алиев отметил: «...»" introduces a quote of its own, no interview turn
    if m and _words(m.group("who")) <= 4 and s > 0 and not re.search(rf"\b(?:{_VERB})\b", m.group("who"), re.I) \
            and m.group("text")[:1] not in _OPEN:
        who = b.index.person_in(s, s + m.end("who")) or _by_surname(b, m.group("who"))
        if who is not None and who.type == "PER":
            # the answer runs on over the next paragraphs, up to the next
            # "Name:" line
            b.add(s + m.start("text"), _turn_end(b.text, e), who, 0.7)
        return
    # "X так прокомментировал соглашение:" and the paragraph after it
    prev_end = b.text.rfind("\n", 0, s)
    if prev_end <= 0 or not line.strip() or line.lstrip()[:1] in _OPEN + "-—–":
        return
    prev_start = b.text.rfind("\n", 0, prev_end - 1)
    while prev_start > 0 and not b.text[prev_start + 1:prev_end].strip():
        prev_end = prev_start
        prev_start = b.text.rfind("\n", 0, prev_end - 1)
    prev = b.text[prev_start + 1:prev_end]
    if prev.rstrip().endswith(":") and _words(line) >= 5:
        who = b.index.person_in(prev_start + 1, prev_end)
        if who is not None:
            b.add(s, e, who, 0.6)


def _reported(b: _Builder, s: int, e: int) -> None:
    """Reported speech in one sentence, when no quoted words cover it."""
    if any(cs < e and s < ce for cs, ce in b.covered):
        return
    sent = b.text[s:e]
    m = _PO_SLOVAM.match(sent)
    if m:
        ws, we = s + m.start("who"), s + m.end("who")
        who = b.index.resolve(ws, we, b.last_speaker) if m.group("who").strip() else \
            b.referred(s)  # "По его словам"
        if who is not None and _words(m.group("text")) >= 3:
            b.add(s + m.start("text"), s + m.end("text"), who, 0.6, kind="reported")
        return
    m = _THAT.match(sent)
    if m:
        ws, we = s + m.start("who"), s + m.end("who")
        who = b.index.person_in(ws, we)
        if who is None and m.group("who").strip():
            who = b.index.resolve(ws, we, b.last_speaker)
        if who is not None and _words(m.group("text")) >= 3:
            b.add(s + m.start("text"), s + m.end("text"), who, 0.55, kind="statement")


def _by_surname(b: _Builder, who: str):
    """"С.Донской" when NER missed it: the person of the text with that surname."""
    surname = re.split(r"[.\s]+", who.strip())[-1].lower()
    if len(surname) < 3:
        return None
    for _, _, ent in b.index.mentions:
        if ent.type == "PER" and any(n.lower().split()[-1] == surname for n in [ent.name, *ent.aliases] if n):
            return ent
    return None


def _turn_end(text: str, end: int) -> int:
    """End of an interview turn: paragraphs after a "Name:" line belong to it
    until the next "Name:" line."""
    pos = end
    while pos < len(text):
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1: nxt if nxt != -1 else len(text)]
        if line.strip():
            if _INTERVIEW.match(line) or _DASH_PARA.match(line):
                break
            end = pos + 1 + len(line.rstrip())
        if nxt == -1:
            break
        pos = nxt
    return end
