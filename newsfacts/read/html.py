"""HTML pages: main text and metadata via trafilatura."""
from __future__ import annotations

import logging
import os
from datetime import date, datetime
from pathlib import Path

from newsfacts.model.records import Article
from newsfacts.read.errors import ReadError
from newsfacts.read.text import check_bytes, read_bytes

# trafilatura warns ("discarding data") on pages it rejects; we report those
# as ReadError ourselves, so keep its warnings off stderr unless the
# application configures logging.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# Only trust dates found in markup (meta tags, JSON-LD, <time>, URL): the
# "extensive" search also picks dates out of the body text, and a wrong
# publication date would shift every relative date in the article.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def html_article(data: bytes, where: str, id: str, source: str) -> Article:
    check_bytes(data, where)
    # Imported here: trafilatura is slow to import and only HTML needs it.
    try:
        import trafilatura
    except ImportError as e:  # e.g. lxml without the lxml_html_clean part
        raise ReadError(where, f"HTML support unavailable: {e}") from None

    try:
        # Bytes, not str: trafilatura honours the page's declared charset.
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False,
            date_extraction_params=_DATE_PARAMS)
    except Exception as e:  # a third-party parser on arbitrary input
        raise ReadError(where, f"cannot parse HTML ({type(e).__name__}: {e})") from None
    text = (getattr(doc, "text", None) or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(where, "no article text found in HTML")
    return Article(text=text, id=id, title=doc.title or None,
                   published=_to_date(doc.date), url=doc.url or None, source=source)


def read_html(path: str | Path) -> Article:
    """An HTML file as an Article; raises ReadError."""
    name = os.fspath(path)
    return html_article(read_bytes(name), name, Path(name).stem, name)
