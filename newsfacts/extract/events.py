"""Events: meetings, talks, visits, calls and signings between named parties.

A sentence with an event word ("переговоры", "встретился", "визит",
"подписали") and at least one named party makes an event; its participants
are the persons of that sentence (a title such as "Президент" is resolved to
the person introduced with it), its date and place come from the same
sentence. Reports of one event in several sentences (a headline and the
lead) are merged when their participants overlap.
"""
from __future__ import annotations

import re
from datetime import date

from ..link import resolve
from ..model import Entity, Event, Evidence, Ref
from ..model.doc import Doc
from .dates import find_dates
from .entities import is_dateline, is_media
from .lexicon import HEADLINE, OBJECT_NOUNS
from .speakers import TITLE_WORDS, SpeakerIndex, in_direct_speech

EVENT_RULES: list[tuple[str, str]] = [
    (r"видеосвяз|видеоконференц|телемост|в режиме онлайн", "video call"),
    (r"телефонн\w* разговор|по телефону|созвонил", "call"),
    (r"переговор", "talks"),
    (r"\bвстреч[аеуи]\w*|встретил\w*|встретят|встретит|\bпровел\w* встреч|провед\w* встреч|\bприня[лв]\w* (?:в (?!(?:этом|прошлом|следующем|текущем|минувшем|нынешнем|том|конце|начале|середине|\d))\w|"
     r"(?:[\w-]+ ){0,2}?(?:главу|президента|премьер|председател|директор|гендиректор|руководител|министр|"
     r"посла\b|послов|делегаци|губернатор|акима|хокима|мэра|основател|владельц|заместител))|"
     r"\bобсудил[аи]?\b", "meeting"),
    (r"подписал\w*|подписани|подписан\w*|подпишут|подписать|подпис[иь] под|скрепил\w* (?:\w+ )?подпис|"
     r"заключ(?:ил|или|ила|ат|ит|ен\w*|ени\w*) [^.;]{0,80}?(?:соглашени|договор|контракт|меморандум)|"
     r"(?:соглашени|договор|контракт|меморандум)\w* [^.;]{0,80}?заключ(?:ил|или|ила|ен\w*)\b", "agreement"),
    # "прибыл", not "прибыльный"
    # "прибыли в Ташкент", not "из собственной прибыли"
    # ("1,3 млн посещений" counts visitors; "объехал стройки" is a tour of them)
    (r"\bвизит\w*|посетил\w*|посетит|посещени(?!й)|\bосмотрел[аи]?\b|\bпобывал[аи]?\b|\bобъехал[аи]?\b|\bприбыл(?:а|о)?\b|\bприбыли(?= (?:в|во|на) )|\bприбыв\w*|"
     r"приедет|поездк", "visit"),
    (r"саммит|заседани|совещани|форум|пленарн", "meeting"),
    # a ceremony is a meeting only of leaders holding it together (see below)
    (r"церемони", "ceremony"),
]
EVENT_RULES_RE = [(re.compile(p, re.I), t) for p, t in EVENT_RULES]
_AGREEMENT_RE = next(rx for rx, t in EVENT_RULES_RE if t == "agreement")
_FRAME = re.compile(r"(?:по итогам|в ходе|на полях|в рамках|после)\s+$", re.I)
_LEADER_TITLES = {"президент", "председатель", "премьер", "премьер-министр", "вице-премьер", "вице-президент",
                  "министр", "глава", "губернатор", "аким", "хоким", "мэр", "канцлер", "король", "эмир", "шейх"}
_ANAPHORIC = re.compile(r"\b(?:эт|т|данн|указанн|упомянут)(?:ой|ого|их|ом|ую|ая|ие|и|а|у|е)\s+$", re.I)
# "В заседании участвовали руководители Shell, Eni и Chevron": who attended
# the gathering just told, not a meeting of their own
_AT_GATHERING = re.compile(r"\b(?:в|на)\s+(?:\w+\s+)?$", re.I)
_ATTENDED = re.compile(r"участвовал\w*|присутствовал\w*|принял\w* участие", re.I)
_SUBJECT_TITLE = re.compile(r"\b(?:президент\w*|глав[аеуы] государства|премьер\w*|председател\w*|министр\w*|"
                            r"губернатор\w*|аким\w*)\b", re.I)


def extract_events(doc: Doc, entities: list[Entity], published: date | None = None) -> list[Event]:
    index = SpeakerIndex(doc, entities)
    ent_by_start = {m.start: e for e in entities for m in e.mentions}
    events: list[Event] = []
    last_sent: dict[int, int] = {}  # event -> index of the sentence that last told of it
    not_persons = {e.id for e in entities if e.type != "PER"}
    for sent in doc.sents:
        kind = found = None
        for rx, t in EVENT_RULES_RE:
            found = rx.search(sent.text)
            if found:
                kind = t
                break
        if kind is None:
            continue
        if kind in ("talks", "meeting") and _FRAME.search(sent.text[:found.start()]):
            # "По итогам переговоров министерство подписало меморандум": the
            # talks frame the signing the sentence tells
            signed = _AGREEMENT_RE.search(sent.text, found.end())
            if signed is not None:
                kind, found = "agreement", signed
        if in_direct_speech(doc.text, sent.start + found.start()):
            continue  # "«... встречаем мы их в здании ...», — сказал аким": words said, not an event told
        if kind == "agreement" and _DECREE.match(sent.text, found.end()):
            continue  # "подписал постановление": an act of one side, not a deal between two
        if _ANAPHORIC.search(sent.text[max(0, found.start() - 20):found.start()]) or (
                kind == "meeting" and events and sent.index - last_sent.get(id(events[-1]), -9) <= 3
                and _AT_GATHERING.search(sent.text[:found.start()]) and _ATTENDED.search(sent.text)):
            # "после этой встречи": the meeting already told, not a new one
            if events:
                events[-1].evidence.append(Evidence(start=sent.start, end=sent.stop, text=sent.text,
                                                    sentence_start=sent.start, sentence_end=sent.stop))
            continue
        persons: list[Entity] = []
        orgs: list[Entity] = []
        places: list[Entity] = []
        # every entity mention of the sentence, not only NER's: government
        # bodies and known companies are found by other rules
        org_spans = [(m.start, m.end) for e in entities if e.type == "ORG" for m in e.mentions
                     if sent.start <= m.start < sent.stop]
        for start in sorted(x for x in ent_by_start if sent.start <= x < sent.stop):
            e = ent_by_start[start]
            if e.type == "LOC" and any(a <= start < b for a, b in org_spans):
                continue  # "Кабинет министров Кыргызстана": part of a name, not a place of the event
            if e.type == "LOC" and _of_a_title(sent, start):
                continue  # "премьер-министр Монголии": whose minister, not where they met
            if e.type == "ORG" and is_media(e, doc.text):
                continue  # "сообщает Kun.uz": the source, not a party
            bucket = {"PER": persons, "ORG": orgs, "LOC": places}[e.type]
            if e not in bucket:
                bucket.append(e)
        # "Президент рассказал, что ... с председателем КНР Си Цзиньпином":
        # the title stands for a person named earlier
        for m in _SUBJECT_TITLE.finditer(sent.text):
            if m.start() > 0 and sent.text[m.start() - 1] == "-":
                continue  # "премьер-министр": one title, matched at its start
            who = index.by_title(m.group(0), sent.start + m.start())
            # "премьер-министр Монголии Лувсаннамсрайн Оюун-Эрдэнэ": the title
            # of the person named after it in the same phrase
            # ... not "министр вместе с акимом X": the one he went round with
            gap = re.match(r"(?:(?!\b(?:вместе|с|со)\s)[^,.;:—()«»]){0,40}", sent.text[m.end():]).end()
            near = index.person_in(sent.start + m.end(), sent.start + m.end() + gap)
            if who is not None and near is None and who not in persons:
                persons.append(who)
        if kind == "ceremony":
            # "президент X и председатель Y в ходе церемонии дали старт...":
            # two leaders at one ceremony met; an award, a funeral or an
            # inauguration with guests is not a meeting between parties
            leaders = [e for off, lemma, e, _ in index.titles
                       if sent.start <= off < sent.stop and lemma in _LEADER_TITLES]
            persons = list({e.id: e for e in leaders}.values())
            if len(persons) < 2:
                continue
            kind, orgs = "meeting", []
        if kind == "agreement" and len(persons) == 1 and not orgs and _WITH_PRONOUN.search(sent.text):
            # "соглашение с ним подписал министр": the other party is the
            # organisation the article has just spoken of
            other = index.last_person_before(sent.start, window=600, types=("ORG",))
            if other is not None:
                orgs = [other]
        if kind in ("visit",):
            participants = persons[:1] or orgs[:1]
            if persons and _PLURAL_VISIT.fullmatch(found.group(0)):
                # "предприятие посетили министр X, председатель Y и аким Z":
                # each of them came
                participants = persons[:5]
            elif persons:
                participants += _companions(doc, sent, ent_by_start, persons[0], index)
        else:
            if not persons and kind == "meeting" and _DISCUSSED.match(found.group(0)):
                # "В правительстве обсудили прокатный стан БМЗ и «Нафтан»":
                # what was discussed is no party to it
                orgs = [o for o in orgs if any(sent.start <= m.start < sent.start + found.start() for m in o.mentions)]
            participants = persons if persons else (orgs if len(orgs) >= 2 else [])
        if kind == "agreement" and len(persons) == 1:
            # "президент ФИДЕ Илюмжинов подписал": the signer's own
            # organisation is not the other side
            starts = [m.start for m in persons[0].mentions if sent.start <= m.start < sent.stop]
            orgs = [o for o in orgs if not any(0 <= st - m.end <= 25 for m in o.mentions for st in starts)]
        if not participants and events and _THEY.search(sent.text) and \
                sent.index - last_sent.get(id(events[-1]), -9) <= 2:
            # "По итогам заседания они подписали протокол": those who just met
            participants = [p for p in events[-1].participants]
            persons = [x for x in entities if x.id in {p.id for p in participants}]
        if not participants and not persons and kind in ("meeting", "talks"):
            # "Заседание комиссии прошло 15 марта в Улан-Баторе. Его провели
            # министр X и министр Y": the next sentence names who met
            nxt = _next_sentence(doc, sent)
            if nxt is not None and _BACK.match(nxt.text):
                persons = _persons_in(nxt, ent_by_start)
                participants = persons if len(persons) >= 2 else []
        if not participants or (len(participants) < 2 and kind not in ("visit", "meeting", "video call", "call")
                                and not (kind in ("agreement", "talks") and orgs)):
            continue  # a signing needs two sides: a second person or an organisation
        if kind in ("meeting", "talks", "call", "video call") and len(participants) < 2 and not orgs:
            continue
        if len(participants) < 2 and orgs and kind != "visit":
            # "заместитель Председателя Кабинета Министров Аманов обсудил ...
            # с представителями JGC и Hyundai Engineering": the companies met,
            # the body in his title did not
            # ... nor does the government the one person chairs ("заявил на
            # заседании Кабинета министров"): a session is no meeting of sides
            sides = [o for o in orgs if not resolve.lookup(o.name, "LOC") and not _OWN_BODY.search(o.name)]
            untitled = [o for o in sides if not any(_of_a_title(sent, m.start, but=("представитель",))
                                                    for m in o.mentions if sent.start <= m.start < sent.stop)]
            if kind == "talks" and not untitled:
                continue  # "заявил председатель комитета X": his own body is no other side
            participants = participants + (untitled[:3] if len(untitled) >= 2 else (untitled or sides)[:1])
            if len(participants) < 2 and kind in ("meeting", "talks", "call", "video call"):
                continue  # no other side left
        dates = find_dates(sent.text, published)
        if published is not None and _years_before(dates, published):
            continue  # "соглашение было подписано в 2014 году": the background, not the news
        # a day the sentence names outright before one it names relatively
        # ("Накануне, 3 апреля, ...": "накануне" may be of another day)
        days = [d for d in dates if d.value and d.precision == "day"]
        when = next((d.value for d in days if not d.relative), days[0].value if days else None)
        if when is None and _SAME_DAY.search(sent.text):
            # "В тот же день глава государства провел телефонный разговор":
            # the day the text last named
            days = [d.value for d in find_dates(doc.text[:sent.start], published) if d.value and d.precision == "day"]
            when = days[-1] if days else None
        # "соглашение о строительстве завода в Кеминском районе": the
        # plant's place is not where the parties met
        # ... but the plant a visitor went to is where he was (by its
        # place, not by its own quoted name: "порта «Лавна»")
        place = _place([p for p in places if not _under_object(doc, sent, p) or
                        kind == "visit" and not _quoted(doc.text, p, sent)]) or \
            _dateline_place(doc, sent, entities)
        ev = Event(id="", type=kind, participants=[_ref(p) for p in participants],
                   date=when, place=_ref(place) if place else None,
                   evidence=[Evidence(start=sent.start, end=sent.stop, text=sent.text,
                                      sentence_start=sent.start, sentence_end=sent.stop)],
                   confidence=0.7 if len(participants) >= 2 else 0.5)
        if _same_signing(events, ev, persons, sent.index, last_sent, not_persons):
            continue
        if ev.type == "agreement" and events:
            # documents signed after a meeting told just before were signed at it
            # ... and "в присутствии президентов", "по итогам переговоров" tie
            # them to it however far back it was told
            tied = bool(_AT_THE_MEETING.search(sent.text))
            met = next((e for e in reversed(events) if e.type in ("meeting", "talks")
                        and (tied or sent.index - last_sent.get(id(e), -99) <= 6)), None)
            if met is not None:
                ev.date = ev.date or met.date
                ev.place = ev.place or met.place
        _merge_or_add(events, ev)
        last_sent[id(events[-1])] = sent.index
    _fold_headline_event(doc.text, events)
    for i, ev in enumerate(events):
        ev.id = f"ev{i + 1}"
    return events


def _years_before(dates, published: date) -> bool:
    """Do a sentence's dates put what it tells in years before the article's
    ("в 2014 году", "в сентябре прошлого года") and none in its own?"""
    years = [int(d.value[:4]) for d in dates if d.value and d.value[:4].isdigit()]
    return bool(years) and max(years) < published.year


def _compatible(a: str, b: str) -> bool:
    return a == b or (a, b) in _SAME_KIND or (b, a) in _SAME_KIND


def _fold_headline_event(text: str, events: list[Event]) -> None:
    """"Бердымухамедов и Sojitz обсудили ..." above, "принял делегацию
    Sojitz во главе с ее президентом Фудзимото" below: the headline tells
    the body's first event of its kind with a side in common, in other
    words (a company for its head)."""
    head = HEADLINE.match(text)
    if head is None:
        return
    top = [e for e in events if all(x.start < head.end() for x in e.evidence)]
    for h in top:
        ids = {p.id for p in h.participants}
        body = next((e for e in events if e is not h and e not in top and _compatible(e.type, h.type)
                     and ids & {p.id for p in e.participants}), None)
        if body is None:
            continue
        known = {p.id for p in body.participants}
        body.participants.extend(p for p in h.participants if p.id not in known)
        body.evidence[:0] = h.evidence
        body.date = body.date or h.date
        body.place = body.place or h.place
        events.remove(h)


_DISCUSSED = re.compile(r"обсудил", re.I)
_OWN_BODY = re.compile(r"кабинет\w* министров|кабмин|правительств|совет\w* министров", re.I)
_SAME_DAY = re.compile(r"\b(?:в тот же|в этот же|в тот|тем же) день\b|\bтогда же\b", re.I)
_DECREE = re.compile(r"\s+(?:\w+\s+)?(?:постановлени|указ\b|указы|распоряжени|закон\b|закона\b|законы|приказ|декрет)",
                     re.I)
_AT_THE_MEETING = re.compile(r"в присутствии (?:президент|глав|лидер|премьер)|"
                             r"(?:в ходе|по итогам|на полях) (?:визита|переговоров|встречи|заседания|саммита)", re.I)
_WITH_PRONOUN = re.compile(r"\bс (?:ним|ней|ними)\b", re.I)


# "вместе с генеральным директором ... Наилем Магановым", "в сопровождении
# X", "Станцию ему показал X": who went round with the visitor
_COMPANY_CUE = re.compile(r"вместе с\b|в сопровождении\b|сопровожда\w*|\bпоказал[аи]?\b|\bпровел[аи]? (?:\w+ )?экскурси|"
                          r"\bознакомил[аи]?\b|\b(?:рассказал|доложил)[аи]? (?:гост|ему|главе|акиму|губернатору|"
                          r"президенту|министру|хокиму)", re.I)
# the next sentence speaks of the visitor: "он осмотрел", "ему показал"
_VISITOR_BACK = re.compile(r"\b(?:он|она|ему|ей|его|гостю|гостям|главе|акиму|губернатору|президенту)\b", re.I)
_COMPANY_WINDOW = 5
# the visit's verb in the plural: all persons of the sentence came
_PLURAL_VISIT = re.compile(r"посетили|побывали|прибыли|осмотрели|объехали", re.I)


def _companions(doc: Doc, visit_sent, ent_by_start: dict, visitor: Entity, index: SpeakerIndex) -> list[Entity]:
    """Persons the visit's sentence, or the next one if it speaks of the
    visitor (by a pronoun, or by the title he was introduced with: "В Семее
    министр вместе с акимом ..."), names beside him by a cue of going round
    together. Those after it may come a few sentences on, past the figures
    of the site ("Директор ТОО X доложил акиму, что ...")."""
    out: list[Entity] = []
    later = doc.sents[visit_sent.index + 1:visit_sent.index + 1 + _COMPANY_WINDOW]
    for sent in (visit_sent, *later):
        if not _COMPANY_CUE.search(sent.text):
            continue
        if sent is not visit_sent and not _VISITOR_BACK.search(sent.text) and not any(
                index.by_title(m.group(0), sent.start + m.start()) is visitor
                for m in _SUBJECT_TITLE.finditer(sent.text)):
            continue
        out += [e for e in _persons_in(sent, ent_by_start) if e is not visitor and e not in out]
    return out[:3]


def _persons_in(sent, ent_by_start: dict) -> list[Entity]:
    """The persons a sentence names, each once, in the order first named."""
    found = [ent_by_start[x] for x in sorted(ent_by_start) if sent.start <= x < sent.stop]
    return list({e.id: e for e in found if e.type == "PER"}.values())


def _ref(e: Entity) -> Ref:
    return Ref(name=e.name, id=e.id, aliases=list(e.aliases))


def _place(places: list[Entity]) -> Entity | None:
    if not places:
        return None
    return max(places, key=lambda e: resolve.place_rank(resolve.place(e.name)) or 3)


_THEY = re.compile(r"\b(?:они|стороны|лидеры|президенты|министры|сопредседатели)\b", re.I)
_BACK = re.compile(r"\s*(?:Е[её]|В н[её]м|В ней|На н[её]м|На ней|Ее|Его)\s", re.I)


def _next_sentence(doc: Doc, sent):
    return doc.sents[sent.index + 1] if sent.index + 1 < len(doc.sents) else None


def _of_a_title(sent, start: int, but: tuple[str, ...] = ()) -> bool:
    """Whether the word at `start` hangs on a title ("министр Монголии");
    `but` names titles that stand for their organisation ("с представителями
    JGC": the company is a side)."""
    by_id = {t.id: t for t in sent.tokens}
    tok = next((t for t in sent.tokens if t.start == start), None)
    head = by_id.get(tok.head_id) if tok is not None else None
    # from a name's first word to its own noun ("Государственного" to
    # "комитета" in "председатель Государственного комитета")
    while head is not None and head.start > tok.start and head.start - start < 60:
        tok, head = head, by_id.get(head.head_id)
    return head is not None and head.lemma in TITLE_WORDS and head.lemma not in but


def _dateline_place(doc: Doc, sent, entities: list[Entity]) -> Entity | None:
    """"БИШКЕК, 3 марта. Кабинет министров заключил...": where the news was
    filed, for an event of that paragraph that names no place of its own."""
    para = doc.text.rfind("\n", 0, sent.start) + 1
    for e in entities:
        if e.type == "LOC" and any(para <= m.start <= para + 2 and is_dateline(doc.text, m.start, m.end)
                                   for m in e.mentions):
            return e
    return None


def _quoted(text: str, place: Entity, sent) -> bool:
    """Is the place named in the sentence only inside quotation marks?"""
    spans = [m for m in place.mentions if sent.start <= m.start < sent.stop]
    return bool(spans) and all(0 < m.start and m.end < len(text) and text[m.start - 1] in "«\""
                               and text[m.end] in "»\"" for m in spans)


def _under_object(doc: Doc, sent, place: Entity) -> bool:
    """Is every mention of the place in the sentence inside an object's
    phrase ("завода в Кеминском районе")?"""
    by_id = {t.id: t for t in sent.tokens}
    found = False
    for m in place.mentions:
        if not sent.start <= m.start < sent.stop:
            continue
        tok = next((t for t in sent.tokens if t.start == m.start), None)
        if tok is None:
            return False
        t, steps, under = by_id.get(tok.head_id), 0, False
        while t is not None and steps < 3:
            if t.lemma in OBJECT_NOUNS:
                under = True
                break
            t, steps = by_id.get(t.head_id), steps + 1
        if not under:
            return False
        found = True
    return found


def _same_signing(events: list[Event], ev: Event, persons: list[Entity], index: int,
                  last_sent: dict[int, int], not_persons: set[str]) -> bool:
    """"ACWA Power и министерство подписали соглашение. Документы подписали
    министр X и председатель Y": the persons of the next sentence are the
    signing's participants (the guide's persons first), its date and place
    stay."""
    if ev.type != "agreement" or len(persons) < 2 or not events:
        return False
    old = events[-1]
    if old.type != "agreement" or index - last_sent.get(id(old), -9) > 2:
        return False
    if any(p.id in {x.id for x in persons} for p in old.participants):
        return False
    if not all(p.id in not_persons for p in old.participants):
        return False  # the signing had persons already
    old.participants = ev.participants
    old.date = old.date or ev.date
    old.place = old.place or ev.place
    old.evidence.extend(ev.evidence)
    last_sent[id(old)] = index
    return True


# kinds of event one report may run together: a meeting that was a phone
# call or talks; a signing is an event of its own
_SAME_KIND = {("meeting", "talks"), ("meeting", "video call"), ("meeting", "call")}


def _merge_or_add(events: list[Event], ev: Event) -> None:
    ids = {p.id for p in ev.participants}
    for old in events:
        if not _compatible(old.type, ev.type):
            continue
        if old.date and ev.date and old.date != ev.date:
            continue  # the summit on Friday and the talks the day before: two events
        old_ids = {p.id for p in old.participants}
        if ids <= old_ids or old_ids <= ids:
            for p in ev.participants:
                if p.id not in old_ids:
                    old.participants.append(p)
            old.date = old.date or ev.date
            if ev.place and (old.place is None or
                             resolve.place_rank(resolve.place(ev.place.name)) >
                             resolve.place_rank(resolve.place(old.place.name))):
                old.place = ev.place
            if old.type in ("meeting",) and ev.type in ("talks", "video call", "call"):
                old.type = ev.type
            old.evidence.extend(ev.evidence)
            return
    events.append(ev)
