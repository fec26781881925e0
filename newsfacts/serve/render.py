"""Templates and the small helpers they use (labels, colours, numbers,
query-string building). Jinja2 with autoescape on for every template."""
from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from fastapi.encoders import jsonable_encoder
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .highlight import fmt_number, mark_words

HERE = Path(__file__).resolve().parent
VENDOR = HERE / "static" / "vendor"

# One colour per sector (the extractor's vocabulary, newsfacts/extract/lexicon.py),
# picked to stay distinguishable on the pale map: energy in warm hues,
# hydrocarbons in browns/purples, industry in blues/greens.
SECTORS: dict[str, tuple[str, str]] = {
    "nuclear": ("Nuclear", "#d62728"),
    "coal_power": ("Coal power", "#4d4d4d"),
    "gas_power": ("Gas power", "#ff7f0e"),
    "hydro_power": ("Hydro power", "#1f77b4"),
    "solar_power": ("Solar power", "#f2c01e"),
    "wind_power": ("Wind power", "#17becf"),
    "renewables": ("Renewables", "#2ca02c"),
    "power_grid": ("Power grid", "#9467bd"),
    "oil_gas_upstream": ("Oil & gas upstream", "#8c564b"),
    "oil_gas_midstream": ("Pipelines & LNG", "#a0522d"),
    "oil_refining": ("Oil refining", "#6b3e26"),
    "petrochemicals": ("Petrochemicals", "#e377c2"),
    "chemicals": ("Chemicals", "#bc5090"),
    "mining_metals": ("Mining & metals", "#7f7f7f"),
    "construction_materials": ("Building materials", "#b5a642"),
    "transport_logistics": ("Transport & logistics", "#3366cc"),
    "agriculture_food": ("Agriculture & food", "#5c9e31"),
    "digital_telecom": ("Digital & telecom", "#00a3a3"),
    "manufacturing": ("Manufacturing", "#386cb0"),
    "other": ("Other", "#999999"),
}

STATUSES: dict[str, tuple[str, str]] = {
    "announced": ("Announced", "#8da0cb"),
    "pre-construction": ("Pre-construction", "#66c2a5"),
    "construction": ("Construction", "#fc8d62"),
    "operating": ("Operating", "#1b9e77"),
    "shelved": ("Shelved", "#b3b3b3"),
    "mothballed": ("Mothballed", "#a6761d"),
    "cancelled": ("Cancelled", "#e41a1c"),
    "retired": ("Retired", "#666666"),
}


def sector_label(s: str | None) -> str:
    if not s:
        return "—"
    return SECTORS.get(s, (s.replace("_", " ").capitalize(), ""))[0]


def sector_color(s: str | None) -> str:
    return SECTORS.get(s or "other", SECTORS["other"])[1] or SECTORS["other"][1]


def status_label(s: str | None) -> str:
    if not s:
        return "—"
    return STATUSES.get(s, (s.capitalize(), ""))[0]


def status_color(s: str | None) -> str:
    return STATUSES.get(s or "", ("", "#bbbbbb"))[1]


@functools.lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    if not code:
        return "—"
    try:
        import pycountry
        c = pycountry.countries.get(alpha_2=code.upper())
        return getattr(c, "common_name", None) or c.name if c else code
    except Exception:  # a code pycountry does not know is shown as it is
        return code


def _keys(counts) -> list:
    return [c.key for c in counts]


def chart_helpers() -> dict:
    """Label and colour lists for the home page's charts (Stats.by_* rows)."""
    return {
        "sector_labels": lambda cs: [sector_label(k) for k in _keys(cs)],
        "sector_colors": lambda cs: [sector_color(k) for k in _keys(cs)],
        "status_labels": lambda cs: [status_label(k) for k in _keys(cs)],
        "status_colors": lambda cs: [status_color(k) for k in _keys(cs)],
        "country_labels": lambda cs: [country_name(k) if k else "unknown" for k in _keys(cs)],
    }


def vendor_ready(rel: str = "leaflet/leaflet.js") -> bool:
    return (VENDOR / rel).is_file()


def qs(params: dict, **changes) -> str:
    """A query string from the current parameters with some changed;
    None or "" drops a parameter."""
    merged = {k: v for k, v in params.items() if k != "format"}
    merged.update(changes)
    clean = {k: v for k, v in merged.items() if v not in (None, "")}
    return "?" + urlencode(clean) if clean else "?"


def fmt_date(d) -> str:
    if isinstance(d, date):
        return d.isoformat()
    return d or "—"


def fmt_money(amount, currency) -> str:
    if amount is None:
        return "—"
    return f"{fmt_number(amount)} {currency or ''}".strip()


def fmt_capacity(value, unit) -> str:
    if value is None:
        return "—"
    return f"{fmt_number(value)} {unit or ''}".strip()


def _static_version() -> str:
    # Cache-busting token for our own assets: changes when they change.
    try:
        return str(int(max(p.stat().st_mtime for p in (HERE / "static").glob("*.*"))))
    except ValueError:
        return "0"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        sector_label=sector_label, sector_color=sector_color, status_label=status_label,
        status_color=status_color, country_name=country_name, qs=qs, fmt_number=fmt_number,
        fmt_date=fmt_date, fmt_money=fmt_money, fmt_capacity=fmt_capacity,
        SECTORS=SECTORS, STATUSES=STATUSES, vendor_ready=vendor_ready,
        static_v=_static_version(), mark_words=mark_words, **chart_helpers(),
    )
    # `|tojson` for records too (pydantic models, dates); Jinja's filter
    # escapes < > & ' so the result is safe inside <script type=application/json>.
    env.policies["json.dumps_function"] = lambda obj, **kw: json.dumps(jsonable_encoder(obj), **kw)
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    return env


templates = Jinja2Templates(env=_env())
