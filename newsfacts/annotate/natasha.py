"""The Natasha pipeline (segment, morph, syntax, NER) behind our own types.

Models load once per process, on first use: loading takes about a second and
a hundred MB, so nothing imports them at module import time.
"""
from __future__ import annotations

import copy
import re
from dataclasses import replace
from functools import lru_cache

from ..model.doc import Doc, NerSpan, Sentence, Token


# razdel ends a sentence after "тыс." when a unit with a capital inside
# follows ("220 тыс. кВт"); a short abbreviation followed by a lower-case
# word on the same line goes on with the sentence
_ABBR_END = re.compile(r"(?:^|[\s(])[а-яё]{1,5}\.$")


# ...and it goes on after "кВт·ч." as after an abbreviation ("ч." for "час"),
# though a capital after it opens the next sentence
_UNIT_END = re.compile(r"[кМГ]?Вт\s?[·.*∙]?\s?ч\.\s+(?=[А-ЯЁA-Z«])"
                       # ... and after a model's letter ("реакторы КЛТ-40С. Плавучий"),
                       # which it takes for an initial
                       r"|\w-\d+[А-ЯЁA-Z]\.\s+(?=[А-ЯЁA-Z][а-яёa-z])")


def _split_after_units(sents):
    for sent in sents:
        start, text_ = sent.start, sent.text
        cut = 0
        for m in _UNIT_END.finditer(text_):
            yield _Piece(start + cut, text_[cut:m.end()].rstrip())
            cut = m.end()
        yield _Piece(start + cut, text_[cut:])


class _Piece:
    __slots__ = ("start", "text")

    def __init__(self, start, text):
        self.start, self.text = start, text


def _rejoin_abbreviations(text, sents):
    held = None
    for sent in _split_after_units(sents):
        if held is not None:
            gap = text[held[0] + len(held[1]):sent.start]
            if _ABBR_END.search(held[1]) and sent.text[:1].islower() and "\n" not in gap:
                held = (held[0], text[held[0]:sent.start + len(sent.text)])
                continue
            yield held
        held = (sent.start, sent.text)
    if held is not None:
        yield held


def _paragraph_segmenter():
    """Natasha's segmenter, except that a line break always ends a sentence:
    a headline or a dateline has no full stop, and joined to the lead it
    confuses the parser and merges two mentions into one sentence."""
    import re

    from natasha import Segmenter
    from natasha.segment import adapt_sent

    class ParagraphSegmenter(Segmenter):
        def sentenize(self, text):
            for start, text_ in _rejoin_abbreviations(text, super().sentenize(text)):
                for m in re.finditer(r"[^\n]+", text_):
                    part = m.group(0)
                    lead = len(part) - len(part.lstrip())
                    part = part.strip()
                    if part:
                        s0 = start + m.start() + lead
                        yield adapt_sent((s0, s0 + len(part), part))

    return ParagraphSegmenter()


class Models:
    def __init__(self) -> None:
        from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger,
                             NewsNERTagger, NewsSyntaxParser)
        emb = NewsEmbedding()
        self.segmenter = _paragraph_segmenter()
        self.morph_vocab = MorphVocab()
        self.morph = NewsMorphTagger(emb)
        self.syntax = NewsSyntaxParser(emb)
        self.ner = NewsNERTagger(emb)


@lru_cache(maxsize=1)
def models() -> Models:
    return Models()


def annotate(text: str) -> Doc:
    """Segment, tag, parse and find named spans in `text`."""
    from natasha import Doc as NDoc
    m = models()
    nd = NDoc(text)
    nd.segment(m.segmenter)
    nd.tag_morph(m.morph)
    nd.parse_syntax(m.syntax)
    nd.tag_ner(m.ner)
    return adapt(nd, text, m)


_LEMMAS: dict[tuple, str] = {}
_UNINFLECTED = {"ADP", "CCONJ", "SCONJ", "PART", "ADV", "INTJ"}
_ADP_VARIANTS = {"во": "в", "со": "с", "ко": "к", "об": "о", "обо": "о", "изо": "из", "подо": "под",
                 "надо": "над", "передо": "перед", "ото": "от"}


def _lemma(vocab, token) -> str:
    """The dictionary form of a Natasha token or one of ours (same fields)."""
    # Lemmatizing every token is a fifth of the run time if done per token;
    # news repeats its words, so the lemma is cached by form, tag and feats.
    # Punctuation and numbers need no lemma.
    if token.pos in ("PUNCT", "NUM", "SYM", "X") or not token.text[:1].isalpha():
        return token.text.lower()
    if token.pos in _UNINFLECTED:
        # prepositions, conjunctions, particles, adverbs: the form is the lemma
        low = token.text.lower().replace("ё", "е")
        return _ADP_VARIANTS.get(low, low)
    key = (token.text, token.pos, tuple(sorted((token.feats or {}).items())))
    lemma = _LEMMAS.get(key)
    if lemma is None:
        try:
            lemma = vocab.lemmatize(token.text, token.pos, token.feats) or token.text
        except Exception:  # pymorphy fails on some rare code points
            lemma = token.text
        lemma = lemma.lower().replace("ё", "е")
        if len(_LEMMAS) > 500_000:  # bound memory on huge batches
            _LEMMAS.clear()
        _LEMMAS[key] = lemma
    return lemma


def adapt(nd, text: str, m: Models) -> Doc:
    doc = Doc(text=text)
    vocab = m.morph_vocab

    def lemmatizer(tok: Token) -> str:
        return _lemma(vocab, tok)

    by_start: dict[int, Token] = {}
    # a person's full name, not one word NER may call a person ("Туркестанскую")
    person_starts = {t.start for sp in nd.spans if sp.type == "PER" and len(sp.tokens) > 1 for t in sp.tokens}
    for i, s in enumerate(nd.sents):
        sent = Sentence(index=i, start=s.start, stop=s.stop, text=s.text)
        for t in s.tokens:
            tok = Token(start=t.start, stop=t.stop, text=t.text, id=t.id,
                        head_id=t.head_id, rel=t.rel or "", pos=t.pos or "X",
                        feats=dict(t.feats or {}), sent=i, lemmatizer=lemmatizer)
            sent.tokens.append(tok)
            by_start[tok.start] = tok
        _place_adjectives_as_modifiers(vocab, sent.tokens, person_starts)
        _adjectives_heading_nouns(vocab, sent.tokens)
        _quoted_name_after_comma(sent.tokens)
        doc.sents.append(sent)
    for sp in nd.spans:
        # NER runs over the whole text and may join a headline's last word
        # to the dateline below it ("Узбекистан\n\nДЖАЛАЛ-АБАД"): one span per line
        if sp.type == "PER" and len(sp.tokens) == 1 and by_start.get(sp.start) is not None \
                and by_start[sp.start].pos == "ADJ":
            continue  # a place adjective taken for a surname (see above)
        for part in _split_lines(sp.tokens, text):
            part = _without_trailing_object(part, sp.type)
            if not part:
                continue
            start, stop = part[0].start, part[-1].stop
            try:
                normal = _span_normal(m.morph_vocab, sp, part, text[start:stop])
            except Exception:  # pymorphy fails on some rare code points
                normal = text[start:stop]
            toks = [by_start[t.start] for t in part if t.start in by_start]
            span = NerSpan(start=start, stop=stop, type=sp.type, text=text[start:stop],
                           normal=normal or text[start:stop], tokens=toks)
            doc.spans.append(span)
            if toks:
                doc.sents[toks[0].sent].spans.append(span)
    return doc


_NORMALS: dict[tuple, str] = {}


def _span_normal(vocab, sp, part: list, surface: str) -> str:
    """Natasha's dictionary form of a named span (or of its line `part`),
    cached: news repeats its names, and inflecting them is a fifth of what
    annotation adds to Natasha. The form depends only on the words, their
    tags and how they hang together, which the key holds."""
    ids = {t.id: i for i, t in enumerate(part)}
    whole = len(part) == len(sp.tokens)
    key = (sp.type if whole else "", surface,
           tuple((t.pos, tuple(sorted((t.feats or {}).items())), t.rel, ids.get(t.head_id, -1)) for t in part))
    normal = _NORMALS.get(key)
    if normal is None:
        if not whole:
            from natasha.norm import normalize
            normal = normalize(vocab, part)
        else:
            sp.tokens = _participles_as_verbs(vocab, sp.tokens)
            sp.normalize(vocab)
            normal = sp.normal
        if len(_NORMALS) > 200_000:  # bound memory on huge batches
            _NORMALS.clear()
        _NORMALS[key] = normal
    return normal


def _participles_as_verbs(vocab, tokens: list) -> list:
    """The tagger calls participles adjectives ("Дальневосточную
    генерирующую компанию") while the dictionary has them as verb forms: as
    adjectives they find no form to inflect and keep their case. Likewise a
    name's adjective it calls a proper noun ("Центрально-Азиатскую
    электроэнергетическую корпорацию"), which the dictionary has as an
    adjective only. And an adjective left without a case takes its noun's."""
    from natasha.norm import select_form
    by_id = {t.id: t for t in tokens}
    out = []
    for t in tokens:
        head = by_id.get(t.head_id)
        if t.pos == "ADJ" and "Case" not in (t.feats or {}) and head is not None and head.feats \
                and "Case" in head.feats:
            # a hyphenated adjective the tagger gave no case ("Уральской
            # горно-металлургической компании"): it agrees with its noun
            t = copy.copy(t)
            t.feats = {**(t.feats or {}), **{k: v for k, v in head.feats.items()
                                             if k in ("Case", "Gender", "Number")}}
        if t.pos == "ADJ" and t.feats and select_form(vocab(t.text.lower()), "ADJ", t.feats) is None:
            verb = select_form(vocab(t.text.lower()), "VERB", t.feats)
            if verb is not None:
                t = copy.copy(t)
                t.pos, t.feats = "VERB", {**t.feats, **verb.feats}
        elif t.pos == "PROPN" and t.rel == "amod" and t.feats:
            # (its gender as the tagger guessed it for a proper noun may be off)
            forms = vocab(t.text.lower())
            adj = next((f for f in forms if f.feats.get("Case") == t.feats.get("Case")), None)
            if adj is not None and all(f.pos == "ADJ" for f in forms):
                t = copy.copy(t)
                t.pos, t.feats = "ADJ", {**t.feats, **adj.feats}
        out.append(t)
    return out


def _without_trailing_object(tokens: list, type_: str) -> list:
    """"в городе Гарабогаз Балканского велаята завод": NER may run a place
    on into the lower-case object noun after it; a place's name does not end
    in "завод" or "станция"."""
    if type_ != "LOC":
        return tokens
    # ("Иле-Алатауский национальный парк" is a place: a reserve)
    while len(tokens) > 1 and tokens[-1].text.islower() and _OBJECT_WORD.match(tokens[-1].text) and (
            tokens[-1].text.lower().rstrip("аеиоуыяюй") in _object_stems()
            and not (tokens[-1].text.lower().startswith("парк") and tokens[-2].text.lower().startswith(
                ("национальн", "природн")))
            # "Баимский горно-обогатительный (комбинат)": a place's name
            # ends in no lower-case adjective
            or (tokens[-1].pos == "ADJ" and "-" in tokens[-1].text)):
        tokens = tokens[:-1]
    return tokens


_OBJECT_WORD = re.compile(r"[а-яё-]+$")


@lru_cache(maxsize=1)
def _object_stems() -> frozenset[str]:
    from ..extract.lexicon import OBJECT_NOUNS
    # a reservoir or a canal is a place by its name ("Чарвакское водохранилище")
    return frozenset(n.rstrip("аеиоуыяюй") for n, family in OBJECT_NOUNS.items() if family != "water")


def _split_lines(tokens, text: str) -> list[list]:
    parts: list[list] = []
    for t in tokens:
        if parts and "\n" not in text[parts[-1][-1].stop:t.start]:
            parts[-1].append(t)
        else:
            parts.append([t])
    return parts


def normalize_phrase(tokens: list[Token]) -> str:
    """Nominative form of a phrase: the syntactic root and the words that
    agree with it are inflected, dependents in other cases stay as written
    ("завода по выпуску полиэтилена" -> "завод по выпуску полиэтилена")."""
    from natasha.norm import syntax_normalize
    if not tokens:
        return ""
    # the tagger calls participles adjectives ("электрифицированной железной
    # дороги") while the dictionary has them as verb forms: as adjectives
    # they find no form to inflect and keep their case
    tokens = [_as_verb_form(t) if t.pos == "ADJ" and t.lemma.endswith(("ть", "ться", "ти", "тись")) else t
              for t in tokens]
    tokens = _adjective_names(tokens)
    # the parser sometimes hangs a word of the phrase outside it or on
    # itself ("линии электропередачи напряжением 500 кВ"), which makes it a
    # second root to inflect: past the first root, it depends on the word before
    # (nouns only: an adjective so hung may still agree with the head)
    ids = {t.id for t in tokens}
    roots = [i for i, t in enumerate(tokens)
             if (t.head_id not in ids or t.head_id == t.id) and t.pos in ("NOUN", "PROPN")]
    tokens = [replace(t, head_id=tokens[i - 1].id) if i in roots[1:] else t for i, t in enumerate(tokens)]
    # an adjective taken for the root ("Гидроаккумулирующую стройку ...
    # поставили": the adjective the verb's subject, the noun hung on it)
    # agrees with the noun it stands before, which is the root
    for i, t in enumerate(tokens):
        if t.pos == "ADJ" and t.head_id not in ids:
            k = next((k for k in range(i + 1, len(tokens)) if tokens[k].pos != "ADJ"), None)
            if k is not None and tokens[k].pos == "NOUN" and tokens[k].head_id == t.id \
                    and tokens[k].feats.get("Case") == t.feats.get("Case"):
                tokens[k] = replace(tokens[k], head_id=t.head_id)
                tokens[i] = replace(t, head_id=tokens[k].id)
    # an adjective hung on a noun it does not agree with ("проекту
    # Транскаспийской ... линии": genitive on a dative) is the next noun's
    # of its case, which would else keep the case while it took the nominative
    at = {t.id: t for t in tokens}
    for i, t in enumerate(tokens):
        head = at.get(t.head_id)
        if t.pos != "ADJ" or head is None or head.pos != "NOUN" or head.start > t.start \
                or None in (t.feats.get("Case"), head.feats.get("Case")) \
                or t.feats.get("Case") == head.feats.get("Case"):
            continue
        k = next((k for k in range(i + 1, len(tokens)) if tokens[k].pos != "ADJ"), None)
        if k is not None and tokens[k].pos == "NOUN" and tokens[k].feats.get("Case") == t.feats.get("Case"):
            tokens[i] = replace(t, head_id=tokens[k].id)
    if not any(t.head_id not in ids or t.head_id == t.id for t in tokens):
        # words hung on each other ("Бозшакольский" on "ГОК" and back): with
        # no root, natasha would inflect every word ("в Павлодарская
        # область"); the first noun is the root
        k = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN")), 0)
        tokens[k] = replace(tokens[k], head_id="")
    tokens = _nouns_taken_for_adjectives(_mistagged_modifiers(tokens))
    try:
        return syntax_normalize(models().morph_vocab, tokens)
    except Exception:  # pymorphy can fail on odd tokens; fall back to the text
        return " ".join(t.text for t in tokens)


def _agreeing_adjective(vocab, tokens: list, i: int):
    """(index of the noun, adjective reading) when the proper noun at `i`
    stands before a noun of its case (adjectives between) and the
    dictionary has it as an adjective of that noun's case, number and
    gender; else None."""
    k = i + 1
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    if k >= len(tokens) or tokens[k].pos not in ("NOUN", "PROPN"):
        return None
    case, number, gender = (tokens[k].feats.get(f) for f in ("Case", "Number", "Gender"))
    if case is None or any(tokens[j].feats.get("Case") != case for j in range(i, k + 1)):
        return None
    form = _adjective_form(vocab, tokens[i].text, case, number, gender)
    return (k, form) if form is not None else None


def _adjective_form(vocab, word: str, case, number, gender: str | None = "any"):
    """The dictionary's adjective reading of `word` in that case and number
    (and gender, or none given, unless any gender will do), or None."""
    return next((f for f in vocab(word.lower()) if f.pos == "ADJ" and f.feats.get("Case") == case
                 and f.feats.get("Number") == number and (gender == "any" or f.feats.get("Gender") in (gender, None))),
                None)


def _adjective_names(tokens: list[Token]) -> list[Token]:
    """"Кадамжайского сурьмяного комбината": the tagger may read a name
    adjective as a surname (PROPN) and make it the phrase's root, so the
    noun kept its case. Before a noun of its case (adjectives between) it
    is an adjective of that noun, when the dictionary has it as one."""
    vocab = models().morph_vocab
    out = list(tokens)
    for i, t in enumerate(tokens):
        if t.pos != "PROPN" or not t.text[:1].isupper() or not t.text.isalpha():
            continue
        found = _agreeing_adjective(vocab, tokens, i)
        if found is None or tokens[found[0]].pos != "NOUN":
            continue
        k, form = found
        noun = out[k]
        if noun.head_id == t.id:  # the noun hung on the "surname": it takes its place
            out[k] = replace(noun, head_id=t.head_id)
        out[i] = replace(t, pos="ADJ", feats={**form.feats, "Degree": "Pos"}, head_id=noun.id)
    return out


_PLACE_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё-]+[сц]к(?:ий|ая|ое|ого|ому|им|ом|ой|ую|ие|их|ими)")


_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,5}(?:-\d{1,2})?")


def _before_abbreviation(vocab, tokens: list, i: int):
    """(index, adjective reading) when the proper noun at `i` stands right
    before an abbreviated object ("Зарчобская ГЭС-2"), whose gender (and
    often case) the tagger does not know: an adjective reading of the
    abbreviation's case, else its own, any gender; else None."""
    k = i + 1
    if k >= len(tokens) or not _ABBREVIATION.fullmatch(tokens[k].text):
        return None
    t = tokens[i]
    form = _adjective_form(vocab, t.text, tokens[k].feats.get("Case") or t.feats.get("Case"),
                           t.feats.get("Number", "Sing"))
    return (k, form) if form is not None else None


def _place_adjectives_as_modifiers(vocab, tokens: list[Token], names: set[int]) -> None:
    """"министр назвал Туркестанскую парогазовую электростанцию": the tagger
    (and NER, which calls it a person) may take a place adjective for a
    proper noun of its own, here the verb's object, and leave the noun
    without it, so the object loses its name and its place. A capitalised
    "-ский" word, in no person's full name, that the dictionary has as an
    adjective agreeing with the noun after it modifies that noun; one the
    parser already hangs on that noun ("Петропавловскую ТЭЦ-2", the
    abbreviation left in the nominative) is an adjective of its own case;
    so is one before an abbreviation whose gender the tagger guesses
    ("Рядом строится Зарчобская ГЭС-2"). Changes the tokens in place
    (before any lemma is asked)."""
    for i, t in enumerate(tokens):
        if t.pos != "PROPN" or t.start in names or not _PLACE_ADJECTIVE.fullmatch(t.text):
            continue
        k = next((k for k in range(i + 1, len(tokens)) if tokens[k].pos != "ADJ"), len(tokens))
        if k < len(tokens) and tokens[k].pos in ("NOUN", "PROPN") and t.head_id == tokens[k].id:
            form = _adjective_form(vocab, t.text, t.feats.get("Case"), t.feats.get("Number"))
            if form is not None:
                t.pos, t.feats, t.rel = "ADJ", {**form.feats, "Degree": "Pos"}, "amod"
            continue
        found = _agreeing_adjective(vocab, tokens, i) or _before_abbreviation(vocab, tokens, i)
        if found is None:
            continue
        k, form = found
        noun = tokens[k]
        if noun.head_id == t.id:  # the noun hung on the adjective: it takes its place
            noun.head_id, noun.rel = t.head_id, t.rel
        for x in tokens[i + 1:k]:  # adjectives between hang on the noun too
            if x.head_id == t.id:
                x.head_id = noun.id
        t.pos, t.feats, t.head_id, t.rel = "ADJ", {**form.feats, "Degree": "Pos"}, noun.id, "amod"


def _quoted_name_after_comma(tokens: list[Token]) -> None:
    """"Первая станция, «Ниньтхуан-1», разместится ...": set off by commas,
    the quoted name may be parsed as a conjunct of the noun, a second
    object; it names the noun as it does without the commas ("станция
    «Ниньтхуан-1»", an apposition). Changes the tokens in place."""
    for i in range(len(tokens) - 4):
        noun, comma, quote = tokens[i], tokens[i + 1], tokens[i + 2]
        if noun.pos != "NOUN" or comma.text != "," or quote.text != "«":
            continue
        name = tokens[i + 3]
        close = next((k for k in range(i + 3, min(i + 8, len(tokens))) if tokens[k].text == "»"), None)
        if close is None or close + 1 >= len(tokens) or tokens[close + 1].text not in (",", "—", "–"):
            continue  # a list goes on ("завод, «Азот» и ТЭЦ"): only a name set off on both sides
        if name.head_id == noun.id and name.rel == "conj" and name.pos == "PROPN":
            name.rel = "appos"


def _adjectives_heading_nouns(vocab, tokens: list[Token]) -> None:
    """"достраивает вторую очередь хлорно-щелочного производства": the
    parser may make an adjective the head of the noun right after it (here
    a second root, the noun its "nmod"), so the noun drops out of the
    phrase it belongs to. An adjective the dictionary has agreeing with
    that noun in case, number and gender modifies it: the noun takes the
    adjective's place and children. A word the tagger wrongly calls an
    adjective ("достроила линию", "Обжиг клинкера") has no such reading and
    stays as parsed. Changes the tokens in place."""
    for i, (a, b) in enumerate(zip(tokens, tokens[1:])):
        if a.pos != "ADJ" or a.rel == "amod" or b.pos != "NOUN" or b.head_id != a.id:
            continue
        case, number, gender = (b.feats.get(f) for f in ("Case", "Number", "Gender"))
        if case is None or a.feats.get("Case") != case or a.feats.get("Number") != number:
            continue
        if _adjective_form(vocab, a.text, case, number, gender if number == "Sing" else "any") is None:
            continue
        for x in tokens:
            if x.head_id == a.id and x is not b:
                x.head_id = b.id
        b.head_id, b.rel = a.head_id, a.rel
        a.head_id, a.rel = b.id, "amod"
        if b.rel == "root" and case == "Gen" and i > 0 and tokens[i - 1].pos == "NOUN" and \
                any(x.rel == "root" and x is not b for x in tokens):
            # a second root in the genitive right after a noun is that noun's
            b.head_id, b.rel = tokens[i - 1].id, "nmod"


def _nouns_taken_for_adjectives(tokens: list[Token]) -> list[Token]:
    """"производство обожженных анодов": the tagger may call a lower-case
    noun it does not know an adjective, and an adjective after the head is
    inflected with it (with its own modifiers: "обожженные анодов"). A word
    the dictionary has only as a noun is a noun, and keeps its case."""
    vocab = models().morph_vocab
    out = list(tokens)
    seen_noun = False
    for i, t in enumerate(tokens):
        if t.pos in ("NOUN", "PROPN"):
            seen_noun = True
            continue
        if not seen_noun or t.pos != "ADJ" or not t.text.isalpha() or not t.text.islower():
            continue
        forms = vocab(t.text)
        nouns = [f for f in forms if f.pos == "NOUN"]
        if nouns and not any(f.pos in ("ADJ", "VERB") for f in forms):
            out[i] = replace(t, pos="NOUN", feats=dict(nouns[0].feats))
    return out


def _mistagged_modifiers(tokens: list[Token]) -> list[Token]:
    """The adjectives before the phrase's first noun, when the tagger gave
    them a reading the dictionary does not have ("полувековую" as a noun,
    "Якутскую" as instrumental), take the dictionary's adjective reading of
    the noun's gender and number and hang on it, and the noun heads the
    phrase: "полувековая Якутская ГРЭС", not "полувековую Якутскую ГРЭС"."""
    from natasha.norm import select_form
    vocab = models().morph_vocab
    readings = []  # (index, forms) of the words before the noun
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if not t.text.isalpha() or t.pos not in ("ADJ", "NOUN"):
            break
        forms = vocab(t.text.lower())
        if t.pos == "NOUN" and (select_form(forms, "NOUN", t.feats) is not None
                                or not any(f.pos == "ADJ" for f in forms)):
            break  # a noun indeed: the head
        readings.append((k, forms))
        k += 1
    if not readings or k >= len(tokens) or tokens[k].pos not in ("NOUN", "PROPN"):
        return tokens
    head = tokens[k]
    wrong = [(i, forms) for i, forms in readings if select_form(forms, tokens[i].pos, tokens[i].feats) is None]
    if not wrong:
        return tokens
    ids = {t.id for t in tokens}
    out = list(tokens)
    if head.head_id in {tokens[i].id for i, _ in readings}:
        # the noun hung on a word before it: it takes that word's place as the root
        out[k] = replace(head, head_id=next((t.head_id for t in tokens[:k] if t.head_id not in ids), head.head_id))
    for i, forms in wrong:
        fits = [f for f in forms if f.pos == "ADJ" and f.feats.get("Number") == head.feats.get("Number")
                and f.feats.get("Gender") in (head.feats.get("Gender"), None)]
        if not fits:
            return tokens
        form = next((f for f in fits if f.feats.get("Case") == head.feats.get("Case")), fits[0])
        out[i] = replace(tokens[i], pos="ADJ", feats={**tokens[i].feats, **form.feats}, head_id=head.id)
    for i, _ in readings:
        if out[i].head_id != head.id:
            out[i] = replace(out[i], head_id=head.id)
    return out


def _as_verb_form(t: Token) -> Token:
    return replace(t, pos="VERB", feats={**t.feats, "VerbForm": "Part"}, given_lemma=t.lemma)


def inflect_nominative(tokens: list[Token]) -> str:
    """Every word in the nominative: for person and place names."""
    from natasha.norm import normalize
    if not tokens:
        return ""
    try:
        return normalize(models().morph_vocab, tokens)
    except Exception:
        return " ".join(t.text for t in tokens)


@lru_cache(maxsize=4096)
def is_quality_adjective(word: str) -> bool:
    """"подземный", "новый", "северный": an adjective of quality, which a
    name never starts with unless it opens the sentence; adjectives made
    from names ("Экибастузский", "Рогунский") are relative, not of quality."""
    parses = models().morph_vocab.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF" and "Qual" in parses[0].tag
