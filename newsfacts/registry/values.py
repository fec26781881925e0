"""Which of several reported values the registry shows, and the dated
history of a project's stage."""
from __future__ import annotations

from datetime import date
from typing import Any

from ..extract.lexicon import STAGE_ORDER

_UNDATED = date.min


def current_index(figures: list[tuple[float, str, date | None, float]]) -> int:
    """Index of the figure the registry shows among (value, unit, published,
    confidence): the latest report wins, confidence breaks ties, and of
    equals the one reported last in the list. Undated reports count as
    oldest."""
    if not figures:
        raise ValueError("current_index of no figures")

    def rank(i: int):
        _, _, published, confidence = figures[i]
        return (published or _UNDATED, confidence if confidence is not None else 0.0, i)

    return max(range(len(figures)), key=rank)


def status_history(changes: list[tuple[str, date | None, Any]]) -> list[tuple[str, date | None, Any]]:
    """(stage, date, source) oldest first, a stage repeated by consecutive
    reports kept once, with its first source. Undated reports go first, in
    the order given; reports of one day in the order of the stages
    (announced before construction), so one day never reads backwards."""
    ordered = sorted(
        enumerate(changes),
        key=lambda ic: (ic[1][1] or _UNDATED, STAGE_ORDER.get(ic[1][0], 0) if ic[1][1] else 0, ic[0]))
    out: list[tuple[str, date | None, Any]] = []
    for _, change in ordered:
        stage = change[0]
        if not stage:
            continue
        if out and out[-1][0] == stage:
            continue
        out.append(tuple(change))  # type: ignore[arg-type]
    return out
