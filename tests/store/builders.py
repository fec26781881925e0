"""Hand-built Facts for store tests: an article with projects, quotes and
events whose entities and evidence offsets are made consistent here."""
from __future__ import annotations

from datetime import date
from urllib.parse import quote

from newsfacts.model import Article, Entity, Event, Evidence, Facts, Mention, Project, Quote, Ref


def pg_url(base: str, schema: str | None = None) -> str:
    """A PostgreSQL URL for psycopg 3, optionally confined to one schema."""
    url = base
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if schema:
        url += ("&" if "?" in url else "?") + "options=" + quote(f"-csearch_path={schema}")
    return url


def project(name, sector=None, status=None, location=None, companies=(), capacity=None,
            investment=None, jobs=None) -> dict:
    return dict(name=name, sector=sector, status=status, location=location, companies=list(companies),
                capacity=[capacity] if capacity else [], investment=[investment] if investment else [],
                jobs=jobs)


def article(ext_id: str, published: str | None, *projects: dict, quotes=(), events=(),
            url: str | None = None, title: str | None = None, extra: str = "") -> Facts:
    """Facts of one article. The text names every project, company, place and
    quote, so evidence offsets point at real words."""
    ents: dict[tuple[str, str], Entity] = {}

    def entity(type_: str, name: str, kb_id=None) -> Ref:
        key = (type_, name)
        if key not in ents:
            ents[key] = Entity(id=f"e{len(ents) + 1}", type=type_, name=name, kb_id=kb_id)
        return Ref(name=name, id=ents[key].id)

    text_parts: list[str] = [title or f"Новости {ext_id}", ""]

    def add(sentence: str) -> Evidence:
        start = sum(len(p) + 1 for p in text_parts)
        text_parts.append(sentence)
        return Evidence(start=start, end=start + len(sentence), text=sentence,
                        sentence_start=start, sentence_end=start + len(sentence))

    out_projects = []
    for i, p in enumerate(projects, 1):
        loc = entity("LOC", p["location"]) if p["location"] else None
        comps = [entity("ORG", c) for c in p["companies"]]
        bits = [p["name"]]
        if p["location"]:
            bits.append(f"в регионе {p['location']}")
        if comps:
            bits.append("компании " + ", ".join(c.name for c in comps))
        for c in p["capacity"]:
            bits.append(f"мощностью {c['value']:g} {c['unit']}")
        for m in p["investment"]:
            bits.append(f"стоимостью {m['amount']:g} {m['currency']}")
        ev = add(" ".join(bits) + ".")
        out_projects.append(Project(id=f"p{i}", name=p["name"], sector=p["sector"], status=p["status"],
                                    location=loc, companies=comps, capacity=p["capacity"],
                                    investment=p["investment"], jobs=p["jobs"], evidence=[ev]))
    out_quotes = []
    for i, (speaker, words) in enumerate(quotes, 1):
        ref = entity("PER", speaker)
        ev = add(f"«{words}», — сказал {speaker}.")
        out_quotes.append(Quote(id=f"q{i}", text=words, speaker=ref, start=ev.start + 1,
                                end=ev.start + 1 + len(words), evidence=[ev]))
    out_events = []
    for i, (type_, names, when, place) in enumerate(events, 1):
        refs = [entity("ORG" if ("ORG", n) in ents or " " not in n else "PER", n) for n in names]
        place_ref = entity("LOC", place) if place else None
        ev = add(f"{' и '.join(names)} провели {type_}" + (f" в {place}" if place else "") + ".")
        out_events.append(Event(id=f"ev{i}", type=type_, participants=refs, date=when,
                                place=place_ref, evidence=[ev]))
    if extra:
        add(extra)
    text = "\n".join(text_parts)
    for e in ents.values():  # one mention each, where the text names it
        at = text.find(e.name)
        if at >= 0:
            e.mentions.append(Mention(start=at, end=at + len(e.name), text=e.name, normal=e.name))
    art = Article(text=text, id=ext_id, title=title, url=url,
                  published=date.fromisoformat(published) if published else None, source="tests")
    return Facts(article=art, entities=list(ents.values()), events=out_events,
                 projects=out_projects, quotes=out_quotes)


# A polyethylene plant reported over three years, a polypropylene plant next
# to it (other product, shared shareholder) and a solar plant elsewhere.
PE_2023 = project("завод по производству полиэтилена", "petrochemicals", "announced",
                  "Атырауская область", ["КазМунайГаз", "Sibur"],
                  investment={"amount": 7.4e9, "currency": "USD"})
PE_2025 = project("завод по производству полиэтилена", "petrochemicals", "construction",
                  "Атырауская область", ["КазМунайГаз", "Sibur"],
                  capacity={"value": 1.25e6, "unit": "t/yr"}, investment={"amount": 7.0e9, "currency": "USD"})
PP_2024 = project("завод по производству полипропилена", "petrochemicals", "operating",
                  "Атырауская область", ["КазМунайГаз", "Kazakhstan Petrochemical Industries"],
                  capacity={"value": 5e5, "unit": "t/yr"})
SOLAR = project("солнечная электростанция", "solar_power", "construction", "Туркестанская область",
                ["Total Eren"], capacity={"value": 100, "unit": "MW"}, jobs=150)


def corpus() -> list[Facts]:
    return [
        article("pe-2023", "2023-03-01", PE_2023, url="https://example.org/pe-2023",
                quotes=[("Касым-Жомарт Токаев", "Завод даст работу тысячам людей")],
                events=[("meeting", ["Касым-Жомарт Токаев", "Си Цзиньпин"], "2023-02-28", "Пекин")]),
        article("pp-2024", "2024-06-10", PP_2024,
                quotes=[("Токаев", "Полипропилен пойдет на экспорт")]),
        article("pe-2025", "2025-01-20", PE_2025, title="Стройка полиэтиленового завода"),
        article("solar-2024", "2024-09-05", SOLAR,
                events=[("signing", ["Total Eren", "Самрук-Казына"], "2024-09-04", None)]),
    ]
