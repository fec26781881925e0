"""Full-text search over articles: FTS5 on SQLite, tsvector on PostgreSQL.

User text is never passed to the query language as written: it is cut into
words, and each word becomes a quoted prefix term (SQLite) or a `word:*`
lexeme (PostgreSQL), all of them required. So quotes, operators, SQL
metacharacters and FTS syntax in a query are just characters.
"""
from __future__ import annotations

import re

from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from ..model.registry import SearchHit

MAX_TERMS = 16
SNIPPET = 200  # characters around the first match
_TERM = re.compile(r"[^\W_]+", re.UNICODE)


def terms(query: str) -> list[str]:
    words = _TERM.findall((query or "").casefold().replace("ё", "е"))
    return list(dict.fromkeys(words))[:MAX_TERMS]


SQLITE = sql("""
    SELECT a.id, a.title, a.published, a.text, bm25(articles_fts) AS rank
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH :q
    ORDER BY rank, a.id LIMIT :limit""")

POSTGRES = sql("""
    SELECT a.id, a.title, a.published, a.text, ts_rank(a.tsv, q) AS rank
    FROM articles a, to_tsquery('russian', :q) q
    WHERE a.tsv @@ q
    ORDER BY rank DESC, a.id LIMIT :limit""")


def search(conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
    words = terms(query)
    if not words or limit <= 0:
        return []
    if conn.dialect.name == "sqlite":
        rows = conn.execute(SQLITE, {"q": " ".join(f'"{w}"*' for w in words), "limit": int(limit)}).all()
        # bm25 is lower-is-better; SearchHit.rank is higher-is-better
        hits = [(r, -float(r.rank)) for r in rows]
    else:
        rows = conn.execute(POSTGRES, {"q": " & ".join(f"{w}:*" for w in words), "limit": int(limit)}).all()
        hits = [(r, float(r.rank)) for r in rows]
    return [SearchHit(article_id=r.id, title=r.title, published=r.published,
                      snippet=snippet(r.text or "", words), rank=rank) for r, rank in hits]


def _pattern(word: str) -> re.Pattern:
    # a word start, with е matching ё; long words also match without their
    # ending, as the PostgreSQL stemmer does ("заводы" finds "завода")
    stem = word[:-2] if len(word) > 5 else word
    return re.compile(r"(?<!\w)" + re.escape(stem).replace("е", "[её]"), re.IGNORECASE)


def snippet(text: str, words: list[str]) -> str:
    starts = [m.start() for m in (_pattern(w).search(text) for w in words) if m]
    pos = min(starts) if starts else 0
    lo = max(0, pos - SNIPPET // 3)
    hi = min(len(text), lo + SNIPPET)
    if lo > 0:  # do not cut a word in half
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < pos else lo
    if hi < len(text):
        space = text.rfind(" ", pos, hi)
        hi = space if space > pos else hi
    body = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")
