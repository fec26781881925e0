"""Do two sets of reported figures (capacities, investments) agree?

Figures are restated in other units ("1,25 млн т" and "1250 тыс. т" are the
same after the extractor; "1,2 ГВт" and "1200 МВт" too), rounded ("$7,4
млрд" and "7 млрд долларов") or revised. Close values agree, and agreement
on a precise figure (1 250 000) says more than on a round one (1 000 000);
a value twice or three times off is a different object.
"""
from __future__ import annotations

import math

# unit -> (family, factor to the family's base unit, exact conversion?)
UNITS = {
    "MW": ("power", 1.0, True), "GW": ("power", 1000.0, True), "kW": ("power", 0.001, True),
    "t/yr": ("mass", 1.0, True), "t/d": ("mass", 365.0, False),
    # a barrel of crude is about 0.137 t; refineries quote both
    "bbl/d": ("mass", 365.0 * 0.137, False),
    "m3/yr": ("volume", 1.0, True), "km": ("length", 1.0, True), "ha": ("area", 1.0, True),
    "MWh/yr": ("energy", 1.0, True), "GWh/yr": ("energy", 1000.0, True),
    "kWh/yr": ("energy", 0.001, True),
}
# Rough rates to USD: only for currencies that moved little over the years;
# tenge, rouble and sum are left out, their comparisons say nothing.
TO_USD = {"USD": 1.0, "EUR": 1.1, "CNY": 0.145}


def base(value: float, unit: str) -> tuple[str, float, bool] | None:
    u = UNITS.get(unit)
    if u is None:
        return None
    family, factor, exact = u
    return family, value * factor, exact


def significant_digits(value: float) -> int:
    if value <= 0 or not math.isfinite(value):
        return 1
    digits = f"{value:.6e}".split("e")[0].replace(".", "").rstrip("0")
    return max(1, len(digits))


def _ratio(a: float, b: float) -> float:
    lo, hi = sorted((abs(a), abs(b)))
    return math.inf if lo == 0 else hi / lo


def _fmt(v: float) -> str:
    if v >= 1e9:
        return f"{v / 1e9:g} bn"
    if v >= 1e6:
        return f"{v / 1e6:g} mn"
    return f"{v:g}"


# words for a class of products: "650 тыс. тонн удобрений" may be the urea
# another report counts
_CLASS_PRODUCTS = {"удобрен", "полимер", "нефтепродукт"}


def without_other_products(a, a_products, b, b_products):
    """The capacities of a and b less the figures of one value that the two
    sides give for different products; products are (value, unit, stem)."""
    drop_a, drop_b = set(), set()
    for va, ua, pa in a_products:
        for vb, ub, pb in b_products:
            ba, bb = base(va, ua), base(vb, ub)
            # only the very same number: reports of one complex round its
            # figures and name one product or another ("700 тыс. т карбамида",
            # "717,5 тыс. т аммиака")
            if pa != pb and not {pa, pb} & _CLASS_PRODUCTS and ba and bb and ba[0] == bb[0] and ba[1] == bb[1] \
                    and not any(x[:2] == (va, ua) and x[2] == pb for x in a_products) \
                    and not any(y[:2] == (vb, ub) and y[2] == pa for y in b_products):
                drop_a.add((va, ua))
                drop_b.add((vb, ub))
    if not drop_a:
        return a, b
    return tuple(f for f in a if f not in drop_a), tuple(f for f in b if f not in drop_b)


def compare_capacities(a, b) -> list[tuple[float, str]]:
    pairs = []
    for va, ua in a:
        for vb, ub in b:
            ba, bb = base(va, ua), base(vb, ub)
            if ba is None or bb is None or ba[0] != bb[0] or ba[0] in ("area", "energy"):
                # a site's area and a year's output are no size of the object:
                # two plants may take neighbouring plots of one size, and an
                # output is an estimate that two stations of one size share
                continue
            exact = ba[2] and bb[2]
            ratio = _ratio(ba[1], bb[1])
            if exact and _one_rounds_the_other(ba[1], bb[1]):
                exact = "rounded"
            if ba[0] == "power" and _whole_multiple(ratio):
                # "2400 MW" and "1200 MW": a station and one of its units;
                # the unit numbers in the names decide, not the figure
                exact = None
            pairs.append((ratio, exact, (va, ua), (vb, ub)))
    return _judge(pairs, _capacity_weight, "capacity")


def _one_rounds_the_other(a: float, b: float) -> bool:
    """"1,25 млн т" and "1,2 млн т", "532 км" and "530 км": the coarser figure
    is the finer one rounded or cut. "1600 МВт" and "1500 МВт" are two
    figures of the same precision that disagree: two objects, or news that
    will tell which."""
    digits = min(significant_digits(a), significant_digits(b))
    coarse, fine = (a, b) if significant_digits(a) <= significant_digits(b) else (b, a)
    scale = 10 ** (math.floor(math.log10(abs(fine))) - digits + 1)
    return any(math.isclose(f(fine / scale) * scale, coarse, rel_tol=1e-9)
               for f in (round, math.floor, math.ceil))


def _whole_multiple(ratio: float) -> bool:
    n = round(ratio)
    return 2 <= n <= 6 and abs(ratio - n) <= 0.03 * n


def _capacity_weight(ratio: float, exact: bool | str | None, digits: int) -> float:
    # exact: True (both units convert exactly), "rounded" (and one figure is
    # the other rounded or cut), False (an approximate conversion, t/d or
    # bbl/d), None (a unit and its station: the figure says nothing)
    if exact is None:
        return -0.8
    if not exact:
        return 1.0 if ratio <= 1.15 else (-1.0 if ratio >= 2.5 else 0.0)
    if ratio <= 1.03:  # 1000 MW is common, 1860 MW is one station
        return (2.0, 2.8, 3.5)[min(digits, 3) - 1]
    if ratio <= 1.12:
        return 1.5 if exact == "rounded" else 0.0
    if ratio <= 1.25:
        return 0.6
    if ratio >= 2.5:
        return -3.5
    if ratio >= 2.0:
        return -2.5
    return -0.4


def compare_investments(a, b) -> list[tuple[float, str]]:
    pairs = []
    for va, ca in a:
        for vb, cb in b:
            if ca == cb:
                pairs.append((_ratio(va, vb), True, (va, ca), (vb, cb)))
            elif ca in TO_USD and cb in TO_USD:
                pairs.append((_ratio(va * TO_USD[ca], vb * TO_USD[cb]), False, (va, ca), (vb, cb)))
    return _judge(pairs, _investment_weight, "investment")


def _investment_weight(ratio: float, exact: bool, digits: int) -> float:
    # costs are revised upwards over the years: disagreement weighs less
    if not exact:
        return 0.5 if ratio <= 1.2 else (-0.7 if ratio >= 4.0 else 0.0)
    if ratio <= 1.03:
        return 1.2 + 0.4 * min(digits - 1, 2)
    if ratio <= 1.12:
        return 1.0
    if ratio <= 1.3:
        return 0.3
    if ratio >= 3.0:
        return -1.5
    if ratio >= 2.0:
        return -0.7
    return 0.0


def _judge(pairs, weight, what: str) -> list[tuple[float, str]]:
    """The best agreeing pair speaks; if none agrees, the closest pair of
    each family speaks against (a stray figure must not veto)."""
    if not pairs:
        return []
    scored = []
    for ratio, exact, (va, ua), (vb, ub) in pairs:
        digits = min(significant_digits(va), significant_digits(vb))
        scored.append((weight(ratio, exact, digits), ratio, va, ua, vb, ub))
    best = max(scored, key=lambda s: (s[0], -s[1]))
    w, ratio, va, ua, vb, ub = best
    if w > 0:
        return [(w, f"{what} {_fmt(va)} {ua} ~ {_fmt(vb)} {ub}")]
    if w < 0:
        return [(w, f"{what} {_fmt(va)} {ua} vs {_fmt(vb)} {ub}")]
    return []
