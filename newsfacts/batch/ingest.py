"""Filling a store from inputs: extraction in worker processes, one writer.

Only the calling process writes, one transaction per article, so a killed
run keeps every article it committed and a rerun skips them as unchanged.
A failing input (unreadable, extraction crash, refused by the database) is
counted and reported; the run goes on.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator

from ..compute import one_blas_thread
from ..model import Article
from ..read import read_inputs
from ..read.errors import ReadError
from ..store.write import Prepared, prepare


@dataclass
class Summary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    facts_added: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)

    @property
    def total(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    def line(self) -> str:
        return (f"{self.total} articles: {self.new} new, {self.unchanged} unchanged, "
                f"{self.replaced} replaced, {self.failed} failed; {self.facts_added} facts added")


def _reason(label: str, exc: BaseException) -> str:
    if isinstance(exc, ReadError):
        text = str(exc)
        # read errors name their file themselves
        return text[len(label) + 2:] if text.startswith(f"{label}: ") else text
    return f"{type(exc).__name__}: {exc}"


def _extract(job: tuple[str, Article]) -> tuple[str, Prepared | str]:
    """Worker side: the facts ready to store (what needs no database is
    done here, off the one writing process), or the reason extraction
    failed (as text, since not every exception pickles)."""
    from ..pipeline import extract_article
    label, article = job
    try:
        return label, prepare(extract_article(article))
    except Exception as e:  # one bad article must not stop the run
        return label, f"extraction failed: {type(e).__name__}: {e}"


def _jobs(paths: Iterable[str], published: date | None, failed: Callable[[str, str], None],
          known: Callable[[Article], bool]) -> Iterator[tuple[str, Article]]:
    for label, item in read_inputs(paths):
        if isinstance(item, Exception):
            failed(label, _reason(label, item))
            continue
        if known(item):  # stored already: extracting again would change nothing
            continue
        if item.published is None and published is not None:
            item.published = published
        yield label, item


def _one_thread_each() -> None:
    """Worker start: compute on one core. N workers times N BLAS threads only
    fight over the cores (measured: 2 workers then ran slower than 1)."""
    one_blas_thread(force=True)


def _results(jobs: Iterator[tuple[str, Article]], workers: int) -> Iterator[tuple[str, Prepared | str]]:
    """Prepared facts of each job in order. `workers` extraction processes run while
    this one writes, so even one worker overlaps extracting the next
    article with storing the last (a pipeline over two cores); 0 extracts
    here, in turn with writing."""
    if workers <= 0:
        yield from map(_extract, jobs)
        return
    # fork: workers start at once and load the models themselves, lazily.
    # gc.freeze: the children's collector then leaves the parent's objects
    # alone instead of touching (and so copying) every page they sit on
    ctx = multiprocessing.get_context("fork") if sys.platform != "win32" else multiprocessing.get_context()
    gc.freeze()
    try:
        pool = ctx.Pool(workers, initializer=_one_thread_each)
    finally:
        gc.unfreeze()  # the workers are forked; this process collects as before
    with pool:
        yield from pool.imap(_extract, jobs, chunksize=4)


def ingest_paths(store, paths: list[str], *, workers: int = 1, published: date | None = None,
                 progress: bool = True) -> Summary:
    summary = Summary()
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit="article", file=sys.stderr, disable=None, dynamic_ncols=True)

    # with workers, inputs are read (and these two called) in the pool's
    # feeder thread while this one writes
    lock = threading.Lock()

    def failed(label: str, reason: str) -> None:
        with lock:
            summary.failed += 1
            summary.failures.append((label, reason))
            if bar is not None:
                bar.update(1)

    def known(article: Article) -> bool:
        if store.stored_id(article) is None:
            return False
        with lock:
            summary.unchanged += 1
            if bar is not None:
                bar.update(1)
        return True

    try:
        for label, result in _results(_jobs(paths, published, failed, known), workers):
            if isinstance(result, str):
                failed(label, result)
                continue
            try:
                outcome = store.ingest(result)
            except Exception as e:  # e.g. a value the database refuses
                failed(label, f"not stored: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
                continue
            with lock:
                setattr(summary, outcome.outcome, getattr(summary, outcome.outcome) + 1)
                summary.facts_added += outcome.facts_added
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(new=summary.new, unchanged=summary.unchanged,
                                    replaced=summary.replaced, failed=summary.failed, refresh=False)
    finally:
        if bar is not None:
            bar.close()
    return summary
