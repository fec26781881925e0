"""Money expressions: an amount (numbers.py) with a currency after it
("7,4 млрд долларов", "500 млн $") or a currency sign or code before it
("$500 млн", "USD 1.2 bn").  Currencies are normalised to ISO 4217.
"""
from __future__ import annotations

import re

from ..model.records import Money
from .numbers import APPROX, LETTER_AFTER, LETTER_BEFORE, Amount, lower, next_amount

__all__ = ["find_money"]

_NOUN_ENDINGS = "(?:а|у|ом|е|ы|ов|ам|ами|ах)?"  # masculine nouns: доллар, сом, манат...

# (pattern, ISO code).  Order matters where one form is a prefix of
# another: "сомони" before "сом".
_CURRENCIES: list[tuple[str, str]] = [
    (rf"(?:US\s+)?доллар{_NOUN_ENDINGS}{LETTER_AFTER}|долл?\.|долл{LETTER_AFTER}"
     rf"|(?:US\s+)?dollars?{LETTER_AFTER}", "USD"),
    (rf"(?:евро|euros?){LETTER_AFTER}", "EUR"),
    (rf"(?:рубл(?:ь|я|ю|ем|ём|е|и|ей|ям|ями|ях)|ro?ubles?){LETTER_AFTER}|руб\.|руб{LETTER_AFTER}"
     r"|р\.", "RUB"),
    (rf"(?:тенге|tenge){LETTER_AFTER}", "KZT"),
    (rf"(?:юан(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)|yuan){LETTER_AFTER}", "CNY"),
    (rf"сомони{LETTER_AFTER}", "TJS"),
    (rf"сом{_NOUN_ENDINGS}{LETTER_AFTER}", "KGS"),
    (rf"(?:сум|сўм){_NOUN_ENDINGS}{LETTER_AFTER}", "UZS"),
    (rf"манат{_NOUN_ENDINGS}{LETTER_AFTER}", "AZN"),
    (rf"тугрик(?:а|у|ом|е|и|ов|ам|ами|ах)?{LETTER_AFTER}", "MNT"),
    (rf"(?:гривн(?:а|ы|е|у|ой|ам|ами|ах)?|гривен){LETTER_AFTER}|грн\.|грн{LETTER_AFTER}", "UAH"),
    # "фунт" alone is also a pound of weight: sterling only with "стерлингов"
    # or with "британских" in front (checked in _currency_after).
    (rf"фунт{_NOUN_ENDINGS}\s+стерлинг(?:а|ов)?{LETTER_AFTER}|pounds?\s+sterling{LETTER_AFTER}", "GBP"),
    (rf"фунт{_NOUN_ENDINGS}{LETTER_AFTER}", "pound"),
    (rf"[ий]ен(?:а|ы|е|у|ой|ам|ами|ах)?{LETTER_AFTER}", "JPY"),
    (rf"вон{LETTER_AFTER}", "KRW"),
    (rf"(?:рупи(?:я|и|ю|ей|ям|ями|ях)|рупий){LETTER_AFTER}", "INR"),
    (rf"драм{_NOUN_ENDINGS}{LETTER_AFTER}", "AMD"),
    (rf"лари{LETTER_AFTER}", "GEL"),  # indeclinable
    (rf"лир(?:а|ы|е|у|ой|ам|ами|ах)?{LETTER_AFTER}", "TRY"),
    (rf"дирхам{_NOUN_ENDINGS}{LETTER_AFTER}", "AED"),
    (rf"(?:риял|риал){_NOUN_ENDINGS}{LETTER_AFTER}", "rial"),
    (r"US\$|[$€₽₸¥£₩₹₴₼₮֏₾₺]", "sign"),
]
_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "₽": "RUB", "₸": "KZT", "¥": "CNY", "£": "GBP",
          "₩": "KRW", "₹": "INR", "₴": "UAH", "₼": "AZN", "₮": "MNT", "֏": "AMD", "₾": "GEL", "₺": "TRY"}
_CODES = {"USD": "USD", "EUR": "EUR", "RUB": "RUB", "RUR": "RUB", "KZT": "KZT", "CNY": "CNY",
          "RMB": "CNY", "UZS": "UZS", "TJS": "TJS", "KGS": "KGS", "AZN": "AZN", "TMT": "TMT",
          "MNT": "MNT", "UAH": "UAH", "GBP": "GBP", "JPY": "JPY", "KRW": "KRW", "INR": "INR",
          "BYN": "BYN", "CHF": "CHF", "AMD": "AMD", "GEL": "GEL", "TRY": "TRY", "AED": "AED",
          "SAR": "SAR", "IRR": "IRR", "QAR": "QAR"}
# Codes are matched in capitals only: "5 kgs" is kilograms, not som.
_CODE = rf"{LETTER_BEFORE}(?-i:{'|'.join(_CODES)}){LETTER_AFTER}"

# An adjective between amount and currency can change the currency:
# "туркменских манатов" is TMT, "канадских долларов" CAD.
_ADJECTIVE = rf"[^\W\d_]+[сц]к(?:их|ого|им|ими|ие|ий|ой|ую|ая|ом){LETTER_AFTER}"
_BY_ADJECTIVE = {
    ("AZN", "туркменск"): "TMT", ("USD", "канадск"): "CAD", ("USD", "австралийск"): "AUD",
    ("USD", "гонконгск"): "HKD", ("USD", "сингапурск"): "SGD", ("USD", "новозеландск"): "NZD",
    ("USD", "тайваньск"): "TWD", ("RUB", "белорусск"): "BYN",
    ("INR", "индонезийск"): "IDR", ("INR", "пакистанск"): "PKR", ("pound", "британск"): "GBP",
    ("pound", "английск"): "GBP", ("KRW", "северокорейск"): "KPW",
    ("rial", "иранск"): "IRR", ("rial", "саудовск"): "SAR", ("rial", "катарск"): "QAR", ("rial", "оманск"): "OMR",
}

_CURRENCY_AFTER_RE = re.compile(
    rf"\s*(?:(?P<adj>{_ADJECTIVE})\s+)?(?:"
    + "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(_CURRENCIES))
    + rf"|(?P<code>{_CODE}))(?:\s+(?:США|US){LETTER_AFTER})?",
    re.IGNORECASE,
)
_CURRENCY_BEFORE_RE = re.compile(
    rf"(?P<cur>US\$|[$€£¥₽₸₹₩₴₼₮֏₾₺]|{_CODE})\s?\Z", re.IGNORECASE)
_APPROX_BEFORE_RE = re.compile(rf"{APPROX}\Z", re.IGNORECASE)
# Characters a currency sign or code before an amount can end with: a cheap
# test before running _CURRENCY_BEFORE_RE.
_BEFORE_LAST = set("".join(_SIGNS)) | {code[-1] for code in _CODES} | set(" \u00a0\u2009\u202f")


def _currency_after(text: str, pos: int) -> tuple[str, int] | None:
    m = _CURRENCY_AFTER_RE.match(text, pos)
    if m is None:
        return None
    if m.group("code"):
        iso = _CODES[m.group("code").upper()]
    else:
        i = next(i for i in range(len(_CURRENCIES)) if m.group(f"c{i}") is not None)
        iso = _CURRENCIES[i][1]
        if iso == "sign":
            iso = _SIGNS[m.group(f"c{i}").upper()]
    adj = (m.group("adj") or "").lower().replace("ё", "е")
    if adj:
        iso = next((v for (code, stem), v in _BY_ADJECTIVE.items()
                    if code == iso and adj.startswith(stem)), iso)
    if iso in ("pound", "rial"):
        return None  # a weight, or a rial of no stated country
    return iso, m.end()


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    if start == 0 or text[start - 1] not in _BEFORE_LAST:
        return None
    m = _CURRENCY_BEFORE_RE.search(text, max(0, start - 5), start)
    if m is None:
        return None
    cur = m.group("cur").upper()
    return _CODES.get(cur) or _SIGNS[cur], m.start()


def _money(text: str, amount: Amount, currency: str, start: int, end: int, approx: bool) -> Money:
    return Money(amount=amount.value, currency=currency, start=start, end=end,
                 text=text[start:end], approx=approx, low=amount.low, high=amount.high)


def find_money(text: str) -> list[Money]:
    """Every money expression in text, left to right, not overlapping."""
    out: list[Money] = []
    if not isinstance(text, str) or not text:
        return out
    low, pos = lower(text), 0
    while (amount := next_amount(text, pos, low)) is not None:
        pos = amount.end
        after = _currency_after(text, amount.end)
        if after is not None:
            out.append(_money(text, amount, after[0], amount.start, after[1], amount.approx))
            pos = after[1]
            continue
        before = _currency_before(text, amount.start)
        if before is None or (out and before[1] < out[-1].end):
            continue
        start, approx = before[1], amount.approx
        m = _APPROX_BEFORE_RE.search(text, max(0, start - 25), start)
        if m is not None and not (out and m.start() < out[-1].end):
            start, approx = m.start(), True  # "около $500 млн"
        # "$500 млн." ends the sentence: the dot is the sentence's, not part
        # of the amount (after a currency sign nothing else needs it)
        end = amount.end - 1 if text[amount.end - 1] == "." else amount.end
        out.append(_money(text, amount, before[0], start, end, approx))
    return out
