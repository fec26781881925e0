"""The pipeline mapped over many inputs, in one process.

Every input yields either its Facts or the exception that stopped it, so one
bad file never stops a run.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator

from ..model import Facts
from ..pipeline import extract_article
from ..read import read_inputs


def iter_facts(paths: Iterable[str], published: date | None = None,
               progress: bool = True) -> Iterator[tuple[str, Facts | Exception]]:
    paths = list(paths)
    items = read_inputs(paths)
    bar = None
    if progress and (len(paths) > 1 or any(p.endswith(".jsonl") for p in paths)):
        from tqdm import tqdm
        bar = tqdm(unit="article", file=__import__("sys").stderr, leave=False,
                   disable=None)  # None: off when stderr is not a terminal
    for label, item in items:
        if bar is not None:
            bar.update(1)
        if isinstance(item, Exception):
            yield label, item
            continue
        if item.published is None and published is not None:
            item.published = published
        try:
            yield label, extract_article(item)
        except Exception as e:  # a bug of ours must not stop the other inputs
            yield label, RuntimeError(f"extraction failed: {type(e).__name__}: {e}")
    if bar is not None:
        bar.close()
