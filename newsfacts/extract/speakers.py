"""Who a phrase refers to: a person named at an offset, a title used earlier
with a name ("председатель КНР Си Цзиньпин" ... "председатель КНР"), or a
pronoun ("он"). Shared by quotes and events."""
from __future__ import annotations

import bisect
import re

from ..model import Entity, Ref
from ..model.doc import Doc

# Nouns that stand for a person in news: a title used instead of the name.
TITLE_WORDS = {
    "президент", "председатель", "глава", "министр", "вице-министр", "замминистра",
    "премьер", "премьер-министр", "представитель", "пресс-секретарь", "губернатор",
    "аким", "мэр", "директор", "гендиректор", "руководитель", "лидер", "посол",
    "советник", "канцлер", "король", "спикер", "депутат", "заместитель", "вице-премьер",
    "вице-президент", "хоким", "начальник", "секретарь", "генсек", "генеральный",
    "эксперт", "аналитик", "основатель", "владелец", "управляющий", "шейх", "эмир",
    "коллега", "лидер", "сенатор", "член", "зампред", "первый", "раис",
}
# titles that make the speaker a person even when only an organisation is named
_PERSON_TITLES = {"глава", "председатель", "руководитель", "президент", "премьер", "премьер-министр",
                  "министр", "директор", "гендиректор", "губернатор", "аким", "мэр", "спикер", "лидер"}
# a company's chief, by the titles companies give
_FIRM_WORDS = ("компани", "корпорац", "концерн", "холдинг", "групп", "госкорпорац", "банк")
_FIRM_TITLES = {"директор", "гендиректор", "руководитель", "председатель", "управляющий", "глава"}
_PRONOUN = re.compile(r"^\s*(?:он|она|тот|та|его|ее|её)\b", re.I)


class SpeakerIndex:
    """Person mentions of one article in text order, with the titles that
    stood before them."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.by_id = {e.id: e for e in entities}
        self.mentions: list[tuple[int, int, Entity]] = sorted(
            (m.start, m.end, e) for e in entities for m in e.mentions if e.type in ("PER", "ORG")
        )
        self.starts = [m[0] for m in self.mentions]
        self.titles: list[tuple[int, str, Entity, str]] = []  # (offset, title lemma, person, title words)
        tokens = [t for s in doc.sents for t in s.tokens]
        tok_starts = [t.start for t in tokens]
        for start, end, ent in self.mentions:
            if ent.type != "PER":
                continue
            i = bisect.bisect_left(tok_starts, start)
            for j in range(i - 1, max(i - 6, -1), -1):
                lemma = tokens[j].lemma
                if tokens[j].pos == "PUNCT" and tokens[j].text not in ("-", "«", "»", "\"", "“", "”", "„"):
                    break
                if lemma in TITLE_WORDS:
                    # the title nearest the name is its own ("в присутствии
                    # президентов министр X": X is a minister)
                    context = self.doc.text[tokens[j].start:start]
                    self.titles.append((start, lemma, ent, context))
                    break

    def ref(self, ent: Entity | None) -> Ref | None:
        if ent is None:
            return None
        return Ref(name=ent.name, id=ent.id, aliases=list(ent.aliases))

    def person_in(self, start: int, end: int, types=("PER",)) -> Entity | None:
        """The first mention of a person (or org) inside [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][2].type in types:
                return self.mentions[i][2]
            i += 1
        return None

    def last_person_before(self, offset: int, window: int = 1500, types=("PER",)) -> Entity | None:
        """The last mention of a person (or org) within `window` characters before `offset`."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0 and self.mentions[i][0] >= offset - window:
            if self.mentions[i][2].type in types:
                return self.mentions[i][2]
            i -= 1
        return None

    def subject_before(self, offset: int) -> Entity | None:
        """Whom "— сказал он" refers to: the person the paragraph last spoke
        of outside quotation marks, as the first person of that sentence
        (its subject, as a rule), not the last speaker quoted."""
        text = self.doc.text
        para = text.rfind("\n", 0, offset) + 1
        quoted, depth = [], 0
        for i in range(para, offset):
            ch = text[i]
            if ch == "«":
                if depth == 0:
                    quoted.append([i, offset])
                depth += 1
            elif ch == "»" and depth:
                depth -= 1
                if depth == 0:
                    quoted[-1][1] = i
        inside = lambda pos: any(a <= pos <= b for a, b in quoted)  # noqa: E731
        found = [(start, ent) for start, _, ent in self.mentions[bisect.bisect_left(self.starts, para):
                                                              bisect.bisect_left(self.starts, offset)]
                 if ent.type == "PER" and not inside(start)]
        if not found:
            return None
        sent = self.doc.sent_at(found[-1][0])
        if sent is None:
            return found[-1][1]
        return next(ent for start, ent in found if start >= sent.start)

    def by_title(self, phrase: str, offset: int) -> Entity | None:
        """Resolve "глава государства", "председатель КНР", "министр" to the
        last person introduced with that title before `offset`."""
        words = [w.lower() for w in re.findall(r"[\w-]+", phrase)]
        lemmas = {_title_lemma(w) for w in words[:4]}
        # "глава государства" is the president told before, "глава
        # правительства" the prime minister
        if "глава" in lemmas and any(w.startswith("государств") for w in words[:3]):
            lemmas.add("президент")
        if "глава" in lemmas and any(w.startswith("правительств") for w in words[:3]):
            lemmas |= {"премьер-министр", "премьер"}
        # "глава компании": the chief of a company told before, by whatever
        # title ("главный исполнительный директор «Роснефти»"), not a president
        if lemmas & {"глава", "руководитель"} and any(w.startswith(_FIRM_WORDS) for w in words[:3]):
            lemmas |= _FIRM_TITLES
        # "туркменский лидер": a head of state or party, told by his title
        if "лидер" in lemmas:
            lemmas |= {"президент", "председатель"}
        # "турецкий президент": the president whose title named Turkey
        adjectives = {w[:3] for w in words[:3] if re.search(r"(?:ский|цкий|ская|ское|ского|ской)$", w)}
        best = best_country = None
        for pos, lemma, ent, context in self.titles:
            if pos < offset and lemma in lemmas:
                best = ent
                if adjectives and any(w.lower()[:3] in adjectives
                                      for w in re.findall(r"[А-ЯЁ][\w-]+", context)):
                    best_country = ent
        return best_country or best

    def resolve(self, phrase_start: int, phrase_end: int, last_speaker: Entity | None) -> Entity | None:
        """The person a short attribution phrase names or refers to."""
        text = self.doc.text[phrase_start:phrase_end]
        ent = self.person_in(phrase_start, phrase_end)
        if ent is not None:
            return ent
        if _PRONOUN.match(text):
            # the person last named, before the speaker last quoted: quotes
            # are not found in text order
            return self.subject_before(phrase_start) or self.last_person_before(phrase_start) or last_speaker
        ent = self.by_title(text, phrase_start)
        if ent is not None:
            return ent
        words = [w.lower() for w in re.findall(r"[\w-]+", text)]
        if any(_title_lemma(w) in _PERSON_TITLES for w in words[:3]):
            return None  # "глава российского правительства": a person, not the organisation named
        return self.person_in(phrase_start, phrase_end, types=("ORG",))


def _title_lemma(word: str) -> str:
    # light stemming for titles in indirect cases ("председателя", "главы")
    for lemma in TITLE_WORDS:
        if word == lemma or (word.startswith(lemma[:-1]) and len(word) - len(lemma) <= 3):
            return lemma
    return word


def _quote_around(text: str, at: int) -> tuple[int, int] | None:
    """The «...» longer than a name that offset `at` is inside, as (open,
    close) offsets, or None."""
    start = text.rfind("\n", 0, at) + 1
    depth, opened = 0, None
    for i in range(start, at):
        if text[i] == "«":
            depth += 1
            opened = i if depth == 1 else opened
        elif text[i] == "»" and depth:
            depth -= 1
    if not depth or opened is None:
        return None
    close = text.find("»", at)
    close = close if close != -1 else len(text)
    return (opened, close) if close - opened > 60 else None


def in_speech(text: str, at: int) -> bool:
    """Is offset `at` inside quoted speech (a «...» longer than a name)?"""
    return _quote_around(text, at) is not None


_SAID_AFTER = re.compile(r"[,.!?…]?\s*[—–-]")


def in_direct_speech(text: str, at: int) -> bool:
    """Is offset `at` inside words quoted as said: «...», — сказал он, or
    after a colon? (Not a company's name whose nested quotes were left
    unclosed: АО «НК «Қазақстан темір жолы» и ...)"""
    around = _quote_around(text, at)
    if around is None:
        return False
    opened, close = around
    return bool(_SAID_AFTER.match(text, close + 1)) or text[:opened].rstrip().endswith(":") or \
        opened == text.rfind("\n", 0, opened) + 1
