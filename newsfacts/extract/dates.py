"""Date expressions in Russian news text.

`find_dates` returns every date mention with its character span and, where
it can be resolved, an ISO value ("YYYY-MM-DD", "YYYY-MM" or "YYYY").
Expressions that need an anchor ("вчера", "в понедельник", "2 сентября"
without a year) are resolved against the article's publication date; with
no publication date their value is None, because a guessed year is worse
than no year.

`relative` is True for deictic expressions (вчера, в среду, в прошлом году,
на этой неделе): their value is computed from `published`. Explicit dates
with an inferred year ("2 сентября") are not relative, but also need
`published` to get a value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = ["DateMention", "find_dates", "parse_date_text"]


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: str  # "day" | "month" | "year"
    relative: bool = False


# --- vocabulary ----------------------------------------------------------

# Month stems; the endings cover nominative, genitive, prepositional,
# dative and instrumental ("январь", "января", "январе", "январю", "январём").
_MONTHS = [
    ("январ", r"(?:ь|я|е|ю|[её]м)"),
    ("феврал", r"(?:ь|я|е|ю|[её]м)"),
    ("март", r"(?:а|е|у|ом)?"),
    ("апрел", r"(?:ь|я|е|ю|ем)"),
    ("ма", r"(?:й|я|е|ю|ем)"),
    ("июн", r"(?:ь|я|е|ю|ем)"),
    ("июл", r"(?:ь|я|е|ю|ем)"),
    ("август", r"(?:а|е|у|ом)?"),
    ("сентябр", r"(?:ь|я|е|ю|[её]м)"),
    ("октябр", r"(?:ь|я|е|ю|[её]м)"),
    ("ноябр", r"(?:ь|я|е|ю|[её]м)"),
    ("декабр", r"(?:ь|я|е|ю|[её]м)"),
]
# Abbreviations are accepted only right after a day number ("5 сент."),
# where they cannot be confused with ordinary words.
_MONTH_ABBR = ["янв", "февр?", "мар", "апр", "ма[йя]", "июн", "июл", "авг",
               "сент?", "окт", "нояб?", "дек"]

_MONTH_FULL = "|".join(f"{stem}{end}" for stem, end in _MONTHS)
# the genitive of a date ("10 декабря"), the form a dateline gives
MONTHS_GENITIVE = tuple(stem + ("а" if stem in ("март", "август") else "я") for stem, _ in _MONTHS)
_MONTH_SHORT = "|".join(f"{a}\\." for a in _MONTH_ABBR)

_WEEKDAYS = [  # stem of the accusative after "в/во", Monday = 0
    "понедельник", "вторник", "сред[уа]", "четверг", "пятниц[уа]",
    "суббот[уа]", "воскресень[ея]",
]
_WEEKDAY = "|".join(f"({w})" for w in _WEEKDAYS)

# Position inside a period: "в начале 2024 года", "в конце сентября".
_QUAL = (r"(?:начал[еау]|конц[еау]|середин[еыу]"
         r"|(?:перв|втор)(?:ой|ую|ая)\s+половин[еуы]"
         r"|(?:перв|втор|треть|четв[её]рт)\w*\s+квартал[еау]?)")

# Deictic determiners and how far they shift from the anchor period.
_SHIFTS = [("позапрошл", -2), ("прошл", -1), ("минувш", -1), ("прошедш", -1),
           ("эт", 0), ("текущ", 0), ("нынешн", 0),
           ("следующ", 1), ("будущ", 1), ("наступающ", 1), ("грядущ", 1)]
# Endings are listed so that "это" (a pronoun) is not read as "этот".
_DET = ("(" + "|".join(s for s, _ in _SHIFTS) + ")"
        r"(?:ого|его|ому|ему|ом|ем|ой|ей|ую|юю|ая|яя|ый|ий|ое|ее|от|у|а)")

_PREP = r"(?:в|во|с|со|до|к|ко|по|от|на|за|после|около)"
# "года", "году", "годом", "г.", "гг."; never "годах" (ranges are not handled).
_YEAR_WORD = r"(?:год(?:а|у|ом|е)?(?!\w)|гг?\.|г(?!\w))"
# Word edges as lookarounds: not glued to a letter or digit on that side.
_L = r"(?<!\w)"
_R = r"(?!\w)"

_F = re.IGNORECASE

# "2 сентября 2025 года", "2-го сентября", "5 сент. 2024 г."
_DAY_MONTH = re.compile(
    rf"{_L}(\d{{1,2}})(?:-?(?:го|е|ое))?\s+(?:({_MONTH_FULL}){_R}|({_MONTH_SHORT}))"
    rf"(?:\s+(\d{{4}})(?!\d)(?:\s*{_YEAR_WORD})?)?", _F)
# "02.09.2025", "2.9.25"
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)")
# "2025-09-02"
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)")
# "в сентябре", "в конце сентября 2025 года", "сентябрь 2025"
_MONTH_ALONE = re.compile(
    rf"{_L}(?:({_PREP})\s+)?(?:({_QUAL})\s+)?({_MONTH_FULL}){_R}"
    rf"(?:\s+(\d{{4}})(?!\d)(?:\s*{_YEAR_WORD})?)?", _F)
# "в 2027 году", "в начале 2024 года", "2025 г."
_YEAR = re.compile(
    rf"{_L}(?:(в|во)\s+)?(?:({_QUAL})\s+)?(\d{{4}})(?:-?(?:м|го|й))?\s*{_YEAR_WORD}", _F)
# "в прошлом году", "в конце этого года", "в следующем месяце", "на прошлой неделе"
_REL_PERIOD = re.compile(
    rf"{_L}(?:{_PREP}\s+)?(?:{_QUAL}\s+)?{_DET}\s+(год[ауом]?|месяц[еау]?|недел[еияю])" + _R, _F)
# "до конца года" (this year, no determiner)
_BARE_YEAR = re.compile(rf"{_L}(?:{_PREP}\s+)?{_QUAL}\s+(года){_R}", _F)
# "накануне" alone is the day before the news ("Накануне министр обсудил"),
# "накануне визита" the eve of something else; "в сегодняшней церемонии" is
# today's, "на сегодняшний день" means "by now"
_REL_DAY = re.compile(rf"{_L}(позавчера|вчера|сегодня|завтра|послезавтра|"
                      rf"накануне(?!\s+[а-яё]+(?:а|я|и|ы|ов|ев|ей|ия|ии|ого|его|ой|ей)\b)|"
                      rf"(?<!на )(?:сегодняшн|вчерашн)\w+){_R}", _F)
# "в понедельник", "в прошлую пятницу", "в минувшее воскресенье"
_WEEKDAY_RE = re.compile(
    rf"{_L}(?:в|во)\s+(?:{_DET}\s+)?(?:{_WEEKDAY}){_R}", _F)
# What may stand between a weekday and the explicit date it names.
_GLUE = re.compile(r"[\s,(—–-]{0,4}")

_DAY_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


_MONTH_PREFIX = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен",
                 "окт", "ноя", "дек"]


def _month_number(word: str) -> int | None:
    # The word already matched a month pattern, so its first letters decide;
    # "ма" (май) is checked after "мар" (март) by list order.
    w = word.lower()
    for i, prefix in enumerate(_MONTH_PREFIX, 1):
        if w.startswith(prefix) and not (prefix == "ма" and w.startswith("мар")):
            return i
    return None


def _shift_of(det: str) -> int:
    d = det.lower()
    for stem, shift in _SHIFTS:
        if d.startswith(stem):
            return shift
    return 0


def _as_date(published) -> date | None:
    """Accept date, datetime or ISO string; anything else counts as unknown."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.strip()).date()
        except ValueError:
            return None
    return None


def _guess_year(month: int, day: int | None, pub: date) -> int:
    """Year for a date written without one: the published year, unless that
    puts it more than about half a year after publication (then it was last
    year: news mostly reports the past)."""
    year = pub.year
    if day is None:
        if month - pub.month > 6:
            year -= 1
    else:
        try:
            if (date(year, month, day) - pub).days > 183:
                year -= 1
        except ValueError:  # 29 February in a non-leap year
            pass
    return year


def _year(y: int) -> str | None:
    # Anchors near date.min/date.max could shift out of the ISO range.
    return f"{y:04d}" if 1 <= y <= 9999 else None


def _two_digit_year(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)


def _day_value(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# --- one function per form; each returns (value, precision, relative) or None

def _from_day_month(m: re.Match, pub: date | None):
    day = int(m.group(1))
    month = _month_number(m.group(2) or m.group(3))
    if month is None or not 1 <= day <= 31:
        return None
    if m.group(4):
        year = int(m.group(4))
        if not 1000 <= year <= 2999:
            return None
    elif pub is not None:
        year = _guess_year(month, day, pub)
    else:
        # Still a date mention; its value is unknown without a year.
        return (None, "day", False) if _day_value(2000, month, day) else None
    # An impossible date ("30 февраля") is still a date mention, just unresolved.
    return _day_value(year, month, day), "day", False


def _from_dotted(m: re.Match, pub: date | None):
    value = _day_value(_two_digit_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    return (value, "day", False) if value else None


def _from_iso(m: re.Match, pub: date | None):
    value = _day_value(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return (value, "day", False) if value else None


def _from_month(m: re.Match, pub: date | None):
    prep, qual, word, year = m.group(1), m.group(2), m.group(3), m.group(4)
    # A bare month word ("Май", "март") is too ambiguous without a frame.
    if not (prep or qual or year):
        return None
    month = _month_number(word)
    if month is None:
        return None
    if year:
        return f"{int(year):04d}-{month:02d}", "month", False
    if pub is None:
        return None, "month", False
    year = _year(_guess_year(month, None, pub))
    return (f"{year}-{month:02d}" if year else None), "month", False


def _from_year(m: re.Match, pub: date | None):
    year = int(m.group(3))
    if not 1000 <= year <= 2999:
        return None
    return f"{year:04d}", "year", False


def _from_rel_period(m: re.Match, pub: date | None):
    shift = _shift_of(m.group(1))
    unit = m.group(2).lower()
    if unit.startswith("год"):
        return (_year(pub.year + shift) if pub else None), "year", True
    if unit.startswith("месяц"):
        if pub is None:
            return None, "month", True
        index = pub.year * 12 + pub.month - 1 + shift
        year = _year(index // 12)
        return (f"{year}-{index % 12 + 1:02d}" if year else None), "month", True
    # A week has no ISO form of its own: report the month (or year) that
    # contains the whole week, so the value is never wrong, only coarse.
    if pub is None:
        return None, "month", True
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}", "month", True
    if monday.year == sunday.year:
        return f"{monday.year:04d}", "year", True
    return None, "month", True


def _from_bare_year(m: re.Match, pub: date | None):
    return (_year(pub.year) if pub else None), "year", True


def _from_rel_day(m: re.Match, pub: date | None):
    if pub is None:
        return None, "day", True
    word = m.group(1).lower()
    shift = -1 if word.startswith(("накануне", "вчерашн")) else 0 if word.startswith("сегодняшн") \
        else _DAY_SHIFT[word]
    return (pub + timedelta(days=shift)).isoformat(), "day", True


def _from_weekday(m: re.Match, pub: date | None):
    if pub is None:
        return None, "day", True
    wd = next(i for i in range(7) if m.group(2 + i))
    det = m.group(1)
    shift = _shift_of(det) if det else None
    back = (pub.weekday() - wd) % 7
    if shift is None:  # plain "в среду": the latest one on or before publication
        day = pub - timedelta(days=back)
    elif shift < 0:  # "в прошлую среду": strictly before
        day = pub - timedelta(days=back or 7)
    elif shift == 0:  # "в эту среду": the same calendar week
        day = pub - timedelta(days=pub.weekday() - wd)
    else:  # "в следующую среду": strictly after
        day = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    return day.isoformat(), "day", True


# Order matters only for ties: at equal start the longer match wins anyway.
_RULES = [
    (_DAY_MONTH, _from_day_month),
    (_DOTTED, _from_dotted),
    (_ISO, _from_iso),
    (_MONTH_ALONE, _from_month),
    (_YEAR, _from_year),
    (_REL_PERIOD, _from_rel_period),
    (_BARE_YEAR, _from_bare_year),
    (_REL_DAY, _from_rel_day),
    (_WEEKDAY_RE, _from_weekday),
]


def _candidates(text: str, pub: date | None) -> list[tuple[DateMention, bool]]:
    found = []
    for regex, convert in _RULES:
        for m in regex.finditer(text):
            try:
                res = convert(m, pub)
            except (ValueError, OverflowError):  # anchor near date.min/max
                res = (None, "day", True)
            if res is None:
                continue
            value, precision, relative = res
            mention = DateMention(m.start(), m.end(), m.group(0), value, precision, relative)
            found.append((mention, regex is _WEEKDAY_RE))
    return found


def _pick(found):
    """Leftmost-longest, non-overlapping."""
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    out, end = [], -1
    for mention, is_weekday in found:
        if mention.start >= end:
            out.append((mention, is_weekday))
            end = mention.end
    return out


def _merge_weekdays(text: str, picked) -> list[DateMention]:
    """'в четверг, 10 августа' and '10 августа, в четверг' name one day:
    keep a single mention with the explicit date."""
    out: list[DateMention] = []
    i = 0
    while i < len(picked):
        cur, cur_wd = picked[i]
        if i + 1 < len(picked):
            nxt, nxt_wd = picked[i + 1]
            explicit = nxt if cur_wd else cur
            if (cur_wd != nxt_wd and explicit.precision == "day" and not explicit.relative
                    and _GLUE.fullmatch(text, cur.end, nxt.start)):
                out.append(DateMention(cur.start, nxt.end, text[cur.start:nxt.end],
                                       explicit.value, "day", False))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """All date mentions in `text`, in order of appearance. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    pub = _as_date(published)
    return _merge_weekdays(text, _pick(_candidates(text, pub)))


def parse_date_text(s: str, published: date | None = None) -> DateMention | None:
    """The date in a single expression such as "в прошлом году"; when the
    string holds several, the longest one. None if there is none."""
    mentions = find_dates(s, published)
    if not mentions:
        return None
    return max(mentions, key=lambda d: d.end - d.start)
