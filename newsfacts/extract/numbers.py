"""Number expressions in Russian (and some English) news text.

One compiled regex, AMOUNT_RE, finds the span of an amount: an optional
approximator, a number (digits or words), multipliers ("млн", "billion"),
compounds ("1 млн 200 тыс.") and ranges ("от 2 до 3 млрд", "2–3 млрд").
Small functions then turn the matched text into a value.  money.py and
quantity.py look at what stands next to an amount (a currency, a unit) and
decide whether it is worth reporting; this module never decides that.

Values are computed with Decimal so that "1,2 трлн" is exactly 1.2e12 and
not 1199999999999.9998.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Amount", "AMOUNT_RE", "APPROX", "LETTER_AFTER", "LETTER_BEFORE",
           "amount_at", "find_amounts", "lower", "next_amount", "parse_amount", "parse_number",
           "words_pattern"]

# The next / previous character is not a letter of any script.  Plain \b is
# not enough: "5МВт" has no boundary between the digit and the letter, yet
# "МВт" must not match inside "МВтч".
LETTER_AFTER = r"(?![^\W\d_])"
LETTER_BEFORE = r"(?<![^\W\d_])"

# Inside a digit group only horizontal spaces count ("7 400 000", with
# NBSP, figure, thin and narrow NBSP): a line break between two numbers
# must not glue them into one.
_GROUP_SPACE = "[ \u00a0\u2007\u2009\u202f]"
_SPACES = str.maketrans("", "", " \u00a0\u2007\u2009\u202f")


def words_pattern(words) -> str:
    """Regex for a set of literal words, as a prefix tree.

    A flat alternation of ~200 words is tried word by word at every word
    start; the tree checks one letter per level instead, which halves the
    cost of the scan.  A space inside a phrase ("более чем") matches any
    run of whitespace.  Longer words are preferred ("сорока" over "сорок").
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch])
                    for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # the word may also stop here: try the longer ones first
            return f"(?:{body})?"
        return body

    return f"(?:{emit(tree)})"


# [0-9], not \d: \d also matches other scripts' digits, which nobody writes
# amounts with and which would only make parsing fragile.
DIGITS = (
    r"(?<!\w)(?<![0-9][.,])(?:"
    rf"[0-9]{{1,3}}(?:{_GROUP_SPACE}[0-9]{{3}}(?![0-9]))+(?:[.,][0-9]+)?"  # 7 400 000,5
    r"|[0-9]{1,3}(?:,[0-9]{3}(?![0-9])){2,}(?:\.[0-9]+)?"  # 7,400,000.5
    r"|[0-9]{1,3}(?:\.[0-9]{3}(?![0-9])){2,}(?:,[0-9]+)?"  # 7.400.000,5
    r"|[0-9]+(?:[.,][0-9]+)?"  # 7,4 / 7.4 / 1250 / 1,250 (decided later)
    r")"
)


def _forms(*groups: str) -> list[str]:
    return [w for g in groups for w in g.split()]


# value -> word forms in all cases.  Rank orders the parts of a compound
# ("двести пятьдесят пять": hundreds 3, tens 2, units 1); "полтора" (rank 4)
# only stands alone.
_WORD_TABLE: list[tuple[int | str, int, list[str]]] = [
    (1, 1, _forms("один одна одно одну одного одной одному одним одном")),
    (2, 1, _forms("два две двух двум двумя")),
    (3, 1, _forms("три трех трёх трем трём тремя")),
    (4, 1, _forms("четыре четырех четырёх четырем четырём четырьмя")),
    (5, 1, _forms("пять пяти пятью")),
    (6, 1, _forms("шесть шести шестью")),
    (7, 1, _forms("семь семи семью")),
    (8, 1, _forms("восемь восьми восемью восьмью")),
    (9, 1, _forms("девять девяти девятью")),
    (10, 1, _forms("десять десяти десятью")),
    (40, 2, _forms("сорок сорока")),
    (90, 2, _forms("девяносто девяноста")),
    (100, 3, _forms("сто ста")),
    (200, 3, _forms("двести двухсот двумстам двумястами двухстах")),
    (300, 3, _forms("триста трехсот трёхсот тремстам трёмстам тремястами трехстах трёхстах")),
    (400, 3, _forms("четыреста четырехсот четырёхсот четырехстам четырёхстам "
                    "четырьмястами четырехстах четырёхстах")),
    ("1.5", 4, _forms("полтора полторы полутора")),
]
for _n, _stem in enumerate(["одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
                            "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"], 11):
    _WORD_TABLE.append((_n, 1, [_stem + e for e in ("ь", "и", "ью")]))
for _n, _words in [(20, "двадцать двадцати двадцатью"), (30, "тридцать тридцати тридцатью"),
                    (50, "пятьдесят пятидесяти пятьюдесятью"),
                    (60, "шестьдесят шестидесяти шестьюдесятью"),
                    (70, "семьдесят семидесяти семьюдесятью"),
                    (80, "восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью")]:
    _WORD_TABLE.append((_n, 2, _forms(_words)))
for _n, _nom, _stem, _instr in [(500, "пятьсот", "пят", "пятью"), (600, "шестьсот", "шест", "шестью"),
                                (700, "семьсот", "сем", "семью"), (800, "восемьсот", "восьм", "восьмью"),
                                (900, "девятьсот", "девят", "девятью")]:
    _WORD_TABLE.append((_n, 3, [_nom, _stem + "исот", _stem + "истам", _stem + "истах",
                                _instr + "стами"]))
_WORD_TABLE.append((800, 3, ["восемьюстами"]))

WORD_VALUES: dict[str, tuple[Decimal, int]] = {
    form: (Decimal(str(value)), rank) for value, rank, forms in _WORD_TABLE for form in forms
}

NUMBER_WORD = rf"{LETTER_BEFORE}{words_pattern(WORD_VALUES)}{LETTER_AFTER}"
# Repetitions are bounded: a run like "пять пять пять ..." or "1 млн 1 млн
# ..." would otherwise be matched whole, cut short by _value, and matched
# again from the next word, which is quadratic in the length of the run.
# "двести пятьдесят пять" needs three words; трлн > млрд > млн > тыс gives
# at most four multipliers.
_NUMBER_WORDS = rf"{NUMBER_WORD}(?:\s+{NUMBER_WORD}){{0,3}}"

# Multipliers.  Abbreviations take an optional dot; full words take their
# case endings.  A bare "миллион"/"миллиарда"/"тысяча" means one of it
# ("более миллиарда долларов") and is allowed without a number; plural forms
# ("миллионов", "тысячи") without a number are vague ("сотни тысяч") and
# are not.
_MULT_ENDINGS = "(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
MULTIPLIER = (
    rf"(?:(?:тыс|млн|млрд|трлн)(?:\.|{LETTER_AFTER})"
    rf"|(?:тысяч(?:а|и|у|е|ей|ью|ам|ами|ах)?|(?:миллион|миллиард|триллион){_MULT_ENDINGS}"
    rf"|(?:thousand|million|billion|trillion)s?|mln|mn|bn|bln|trn){LETTER_AFTER})"
)
_BARE_MULTIPLIER = (
    rf"{LETTER_BEFORE}(?:(?:миллион|миллиард|триллион)а?|тысяч[ау]"
    rf"|пол[- ]?(?:тысячи|миллиона|миллиарда|триллиона)){LETTER_AFTER}"
)


def _multiplier_value(word: str) -> Decimal:
    # "полмиллиона": the half is applied by the caller
    w = word[3:].lstrip("- ") if word.startswith("пол") else word
    if w.startswith(("тыс", "thousand")):
        return Decimal(1000)
    if w.startswith(("млн", "миллион", "million", "mln", "mn")):
        return Decimal(10) ** 6
    if w.startswith(("млрд", "миллиард", "billion", "bn", "bln")):
        return Decimal(10) ** 9
    return Decimal(10) ** 12  # трлн, триллион, trillion, trn


# One value: a number with optional multipliers ("1 млн 200 тыс.", "две
# тысячи пятьсот"), or a bare multiplier word.
_NUMBER = rf"(?:{DIGITS}|{_NUMBER_WORDS})"
VALUE = (
    rf"(?:{_NUMBER}(?:\s*{MULTIPLIER}(?:\s*{_NUMBER}\s*{MULTIPLIER}){{0,3}}(?:\s+{_NUMBER_WORDS})?)?"
    rf"|{_BARE_MULTIPLIER})"
)

_APPROX_WORDS = [
    "около", "порядка", "более чем", "более", "свыше", "почти", "примерно", "приблизительно",
    "ориентировочно", "не менее чем", "не менее", "не более чем", "не более", "менее чем",
    "менее", "не меньше", "не больше", "больше", "меньше", "чуть более", "чуть менее",
    "чуть больше", "чуть меньше", "как минимум", "минимум", "максимум", "по меньшей мере",
    "по крайней мере", "до", "от", "в пределах",
    "about", "around", "approximately", "nearly", "almost", "over", "more than", "less than",
    "up to", "roughly", "at least", "some",
]
APPROX = rf"(?:{LETTER_BEFORE}{words_pattern(_APPROX_WORDS)}\s+|{LETTER_BEFORE}ок\.\s*|[~≈]\s*)"

# "2-3", "2–3", "2 – 3", "2—3"; but a spaced em dash separates clauses
# ("Блок 2 — 500 МВт"), it does not make a range.
_RANGE_DASH = r"(?:[-–—]|\s+[-–]\s*|[-–]\s+)"

# AMOUNT_RE runs over a lower-cased copy of the text (see lower()): matching
# with re.IGNORECASE is about four times slower, and this regex is tried at
# every word of every sentence.  "от X до Y" comes before the single "от X"
# so that a range is not read as an approximator followed by a number.
AMOUNT_RE = re.compile(
    rf"(?<!\w)(?:"
    rf"от\s+(?P<low>{VALUE})\s+до\s+(?P<high>{VALUE})"
    rf"|(?P<approx>{APPROX})?(?P<first>{VALUE})(?:{_RANGE_DASH}(?P<high2>{VALUE}))?"
    r")"
)
_PIECE_RE = re.compile(
    rf"(?P<d>{DIGITS})|(?P<w>{NUMBER_WORD})|(?P<m>{MULTIPLIER})|(?P<b>{_BARE_MULTIPLIER})"
)
_ENGLISH_RE = re.compile(r"[a-z$€£]")
_RUSSIAN_RE = re.compile(r"[а-яё]")
_EN_PREFIX_RE = re.compile(r"(?:[$€£]|(?<![a-z])(?:usd|eur|gbp))\s?\Z")
_COMMA_THOUSANDS_RE = re.compile(r"[0-9]{1,3},[0-9]{3}")
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_LOWER_TABLE = str.maketrans(_UPPER, _UPPER.lower())


def lower(text: str) -> str:
    """Lower-cased copy of text with the same length, so offsets stay valid.
    str.lower() is faster but may lengthen a few characters ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_LOWER_TABLE)


@dataclass(slots=True)
class Amount:
    """A number found in text.  For a range `value` is the upper bound."""
    value: float
    start: int
    end: int
    approx: bool = False
    low: float | None = None
    high: float | None = None


def _digits_value(s: str, english: bool) -> Decimal:
    s = s.translate(_SPACES)
    commas, dots = s.count(","), s.count(".")
    if commas > 1 or (commas and dots and s.index(",") < s.index(".")):
        s = s.replace(",", "")  # 7,400,000.5
    elif dots > 1 or (commas and dots):
        s = s.replace(".", "").replace(",", ".")  # 7.400.000,5
    elif commas and english and _COMMA_THOUSANDS_RE.fullmatch(s):
        s = s.replace(",", "")  # "$1,250" is 1250; "1,250 млн" is 1.25 million
    else:
        s = s.replace(",", ".")
    return Decimal(s)


def _value(low: str, start: int, end: int, english: bool):
    """Evaluate the value in low[start:end] (lower-cased text).

    Returns (value, stop, top multiplier) where stop is where the value
    really ends: "2 тыс. 3 млн" stops after "2 тыс." because multipliers of
    a compound must descend.  None if nothing could be read.
    """
    total = Decimal(0)
    current: Decimal | None = None
    rank = 9  # rank of the last number word; 0 after digits
    last_mult: Decimal | None = None
    top_mult: Decimal | None = None
    stop = start
    before_number = stop  # where the number now being read began
    for m in _PIECE_RE.finditer(low, start, end):
        kind, s = m.lastgroup, m.group()
        if kind == "d":
            if current is not None:
                break
            current, rank, before_number = _digits_value(s, english), 0, stop
        elif kind == "w":
            value, word_rank = WORD_VALUES[s]
            if word_rank >= rank:
                break
            if current is None:
                before_number = stop
            current = (current or 0) + value
            rank = 0 if word_rank == 4 else word_rank
        else:
            mult = _multiplier_value(s)
            if last_mult is not None and (mult >= last_mult or current is None):
                # the number before this multiplier belongs to it, not to us
                if current is not None:
                    current, stop = None, before_number
                break
            if kind == "b" and s.startswith("пол"):
                current = Decimal("0.5")
            total += (current if current is not None else 1) * mult
            current, rank, last_mult = None, 9, mult
            top_mult = top_mult or mult
        stop = m.end()
    if stop == start:
        return None
    if current is not None:
        total += current
    return total, stop, top_mult


def _is_english(low: str, m: re.Match) -> bool:
    """Whether "1,250" means 1250: with an English multiplier ("1,250
    million") or after "$" with no Russian word ("$1,250"), but not in
    "$1,250 млн", where the writer is Russian and the comma decimal."""
    if _RUSSIAN_RE.search(m.group()):
        return False
    return bool(_ENGLISH_RE.search(m.group())
                or _EN_PREFIX_RE.search(low, max(0, m.start() - 5), m.start()))


def _from_match(low: str, m: re.Match) -> Amount | None:
    english = "," in m.group() and _is_english(low, m)
    if m.group("high") is not None:
        low_group, high_group = "low", "high"
    elif m.group("high2") is not None:
        low_group, high_group = "first", "high2"
    else:
        found = _value(low, *m.span("first"), english)
        if found is None:
            return None
        return Amount(float(found[0]), m.start(), found[1], m.group("approx") is not None)
    lo = _value(low, *m.span(low_group), english)
    hi = _value(low, *m.span(high_group), english)
    if lo is None or hi is None:
        return None
    if lo[1] < m.end(low_group):  # the low end broke off early: no range
        return Amount(float(lo[0]), m.start(), lo[1], m.group("approx") is not None)
    low_value = lo[0]
    if lo[2] is None and hi[2] is not None:
        low_value *= hi[2]  # "от 2 до 3 млрд": 2 is 2 млрд too
    if low_value > hi[0]:
        # "в 2024 – 3 млрд": not a range; keep only the second value
        return Amount(float(hi[0]), m.start(high_group), hi[1])
    return Amount(float(hi[0]), m.start(), hi[1], True, float(low_value), float(hi[0]))


def next_amount(text: str, pos: int = 0, low: str | None = None) -> Amount | None:
    """The first amount that starts at or after pos, or None.  `low` is
    lower(text) when the caller has it already."""
    if low is None:
        low = lower(text)
    while True:
        m = AMOUNT_RE.search(low, pos)
        if m is None:
            return None
        found = _from_match(low, m)
        if found is not None and found.end > found.start:
            return found
        pos = m.end() if m.end() > pos else pos + 1


def amount_at(text: str, pos: int, low: str | None = None) -> Amount | None:
    """The amount that starts exactly at pos, or None."""
    if low is None:
        low = lower(text)
    m = AMOUNT_RE.match(low, pos)
    if m is None:
        return None
    found = _from_match(low, m)
    return found if found is not None and found.end > found.start == pos else None


def find_amounts(text: str) -> list[Amount]:
    """Every amount in text, left to right, not overlapping."""
    out: list[Amount] = []
    if not isinstance(text, str):
        return out
    low, pos = lower(text), 0
    while (found := next_amount(text, pos, low)) is not None:
        out.append(found)
        pos = found.end
    return out


def parse_amount(s: str) -> Amount | None:
    """The amount that is the whole of s (surrounding spaces aside)."""
    found = next_amount(s)
    if found is None or s[:found.start].strip() or s[found.end:].strip():
        return None
    return found


def parse_number(s: str) -> float | None:
    """The value of a whole number expression: "7,4 млрд" -> 7.4e9,
    "полтора" -> 1.5; for a range the upper bound."""
    found = parse_amount(s)
    return None if found is None else found.value
