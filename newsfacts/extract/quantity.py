"""Physical quantities: an amount (numbers.py) followed by a unit, with the
unit normalised ("1,2 ГВт" -> 1200 MW, "1250 тыс. тонн в год" -> 1 250 000
t/yr).  Jobs ("300 рабочих мест") count as a quantity with unit "jobs".
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..model.records import Quantity
from .numbers import LETTER_AFTER, LETTER_BEFORE, amount_at, lower, next_amount

__all__ = ["find_quantities"]

_NOUN_ENDINGS = "(?:а|у|ом|е|ы|ов|ам|ами|ах)?"  # ватт, метр, баррель (below), гектар
# "кВт·ч", "кВт*ч", "кВт-ч", "кВтч", "кВт ч", "кВт-час"
_HOUR = rf"(?:[·⋅•∙*.\-‧/]\s?|\s)?ч(?:ас(?:а|ов|ы)?)?{LETTER_AFTER}"
_WATT = rf"ватт{_NOUN_ENDINGS}"
# "км", not "км/ч" (a speed) nor "км²" (an area)
_NOT_SPEED = r"(?!\s?/\s?ч|\s+в\s+час)"

# (pattern, unit, factor, takes a period).  Energy comes before power so that
# "МВт·ч" is not read as "МВт"; area before length so that "км²" is not "км".
_UNITS: list[tuple[str, str, str, bool]] = [
    (rf"кВт{_HOUR}|киловатт-?\s?час\w*|kWh", "MWh", "0.001", True),
    (rf"МВт{_HOUR}|мегаватт-?\s?час\w*|MWh", "MWh", "1", True),
    (rf"ГВт{_HOUR}|гигаватт-?\s?час\w*|GWh", "MWh", "1000", True),
    (rf"ТВт{_HOUR}|тераватт-?\s?час\w*|TWh", "MWh", "1000000", True),
    (rf"(?:кВт|кило{_WATT}|kW){LETTER_AFTER}", "MW", "0.001", False),
    (rf"(?:МВт|мега{_WATT}|MW){LETTER_AFTER}", "MW", "1", False),
    (rf"(?:ГВт|гига{_WATT}|GW){LETTER_AFTER}", "MW", "1000", False),
    (rf"(?:МВА|мегавольт-?\s?ампер\w*|MVA){LETTER_AFTER}", "MVA", "1", False),
    # case-sensitive: "кв. м" and "кв" are square metres, not kilovolts
    (rf"(?-i:кВ|kV){LETTER_AFTER}|киловольт\w*", "kV", "1", False),
    (rf"т(?:онн(?:а|ы|у|е|ой|ам|ами|ах)?)?{LETTER_AFTER}(?!\.\s?[а-яё]\.)|tonnes?{LETTER_AFTER}"
     rf"|tons?{LETTER_AFTER}", "t", "1", True),
    (rf"(?:кубометр|кубическ(?:их|ого|им|ими|ий|ие)\s+метр|cubic\s+met(?:er|re)){_NOUN_ENDINGS}"
     rf"{LETTER_AFTER}|куб\.?\s?м{LETTER_AFTER}|[мm](?:3|³)(?![0-9])", "m3", "1", True),
    (rf"баррел(?:ь|я|ю|ем|е|и|ей|ям|ями|ях){LETTER_AFTER}|барр\.|bbl{LETTER_AFTER}"
     rf"|barrels?{LETTER_AFTER}", "bbl", "1", True),
    (rf"(?:кв\.?\s?км|км[²2]|квадратн\w+\s+километр{_NOUN_ENDINGS}|km[²2]|sq\.?\s?km){LETTER_AFTER}",
     "km2", "1", False),
    (rf"(?:км|километр{_NOUN_ENDINGS}|km|kilomet(?:er|re)s?){LETTER_AFTER}{_NOT_SPEED}",
     "km", "1", False),
    # metres: a bridge's or tunnel's length (the project rules decide)
    (rf"(?:м|метр{_NOUN_ENDINGS}|m|met(?:er|re)s?){LETTER_AFTER}(?!\s?[23²³]|\s?/)", "m", "1", False),
    (rf"(?:га|гектар{_NOUN_ENDINGS}|ha|hectares?){LETTER_AFTER}", "ha", "1", False),
    # "300 рабочих мест", "500 новых постоянных рабочих мест", "2 рабочих места"
    (rf"(?:[^\W\d_]+(?:ых|их|ые|ие|ое|ее|ого|его){LETTER_AFTER}\s+){{0,2}}"
     rf"рабоч(?:их|ие|ее|его|ими|им|ем)\s+мест(?:а|о|ам|ами|ах|е)?{LETTER_AFTER}"
     rf"|(?:new\s+)?jobs{LETTER_AFTER}", "jobs", "1", False),
]
_UNIT_RE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<u{i}>{u[0]})" for i, u in enumerate(_UNITS)) + ")",
    re.IGNORECASE,
)
_FACTORS = [Decimal(u[2]) for u in _UNITS]

# "т/год", "тонн в год", "тонн цемента в год", "баррелей в сутки".  Up to
# three words may stand between unit and period ("кубометров газа в год");
# digits or punctuation in between end the unit.
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_PERIOD_RE = re.compile(
    rf"(?:\s?/\s?(?:(?P<y>год|г|yr|year|y)|(?P<d>сут(?:ки|ок)?|день|d|day)){LETTER_AFTER}"
    rf"|(?:\s+{_WORD}){{0,3}}?\s+(?:(?P<y2>в\s+год|ежегодно|per\s+(?:year|annum)|a\s+year|annually)"
    rf"|(?P<d2>в\s+сутки|в\s+день|ежесуточно|per\s+day|a\s+day|daily)){LETTER_AFTER})",
    re.IGNORECASE,
)

# "рабочих мест — 500": the number after the noun
_JOBS_FIRST_RE = re.compile(
    rf"{LETTER_BEFORE}(?:рабочих\s+мест|рабочие\s+места)\s*(?:[—–:-]|составит|составило|составляет)\s*",
    re.IGNORECASE,
)


def _unit_at(text: str, pos: int) -> tuple[str, Decimal, int] | None:
    """(unit, factor, end) of a unit that starts right at pos (after spaces)."""
    m = _UNIT_RE.match(text, pos)
    if m is None:
        return None
    i = next(i for i in range(len(_UNITS)) if m.group(f"u{i}") is not None)
    unit, end = _UNITS[i][1], m.end()
    if _UNITS[i][3]:
        period = _PERIOD_RE.match(text, end)
        if period is not None:
            unit += "/yr" if period.group("y") or period.group("y2") else "/d"
            end = period.end()
    return unit, _FACTORS[i], end


def _quantity(text: str, value: Decimal, unit: str, start: int, end: int, approx: bool) -> Quantity:
    return Quantity(value=float(value), unit=unit, start=start, end=end,
                    text=text[start:end], approx=approx)


def _jobs_first(text: str, low: str, taken: list[Quantity]) -> list[Quantity]:
    out = []
    for m in _JOBS_FIRST_RE.finditer(text):
        amount = amount_at(text, m.end(), low)
        if amount is None or amount.value != int(amount.value):
            continue
        if _unit_at(text, amount.end) is not None:
            continue  # "рабочих мест — 500 МВт" is not about jobs
        if any(q.start < amount.end and m.start() < q.end for q in taken):
            continue
        out.append(_quantity(text, Decimal(str(amount.value)), "jobs", m.start(), amount.end,
                             amount.approx))
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in text, left to right, not overlapping."""
    out: list[Quantity] = []
    if not isinstance(text, str) or not text:
        return out
    low, pos = lower(text), 0
    while (amount := next_amount(text, pos, low)) is not None:
        pos = amount.end
        found = _unit_at(text, amount.end)
        if found is None:
            continue
        unit, factor, end = found
        value = Decimal(str(amount.value)) * factor
        if unit == "jobs" and value != int(value):
            continue  # "2,5 рабочих места" is not a count
        out.append(_quantity(text, value, unit, amount.start, end, amount.approx))
        pos = end
    if "рабоч" in text:
        extra = _jobs_first(text, low, out)
        if extra:
            out = sorted(out + extra, key=lambda q: q.start)
    return out

