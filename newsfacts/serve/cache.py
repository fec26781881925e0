"""The response micro-cache behind `serve --cache-ttl`.

The server is read-only and the database changes only when articles are
ingested, so a few seconds of staleness cost nothing, while repeated requests
(a dashboard, many readers on the same pages, the map data) need not touch
the database. Two rules keep the latency flat under load, where a plain
expiring cache would not:

- single flight: when many requests miss the same key at once, one computes
  it and the others wait for its answer instead of computing it again;
- stale while revalidate: an entry past its time is still answered for a
  short grace period while one background request refreshes it, so the
  moment every popular entry expires is not a stampede;
- forget on change: given the store's revision counter, the cache checks it
  at most once a second and empties itself when it moved, so an entry can
  live long while nothing is ingested and a change still shows at once.

Keyed on the path, query, Accept and Accept-Encoding (the JSON twin and the
gzip body differ); bounded in entries and body size. Static files are left to
StaticFiles and CSV downloads stream and are not kept.
"""
from __future__ import annotations

import asyncio
import logging
import time

import anyio

log = logging.getLogger("newsfacts.serve")


class ResponseCache:
    """GET responses fresh for `ttl` seconds and answerable, while one
    refresh runs, for `grace` seconds more. Shared by the middleware that
    fills it and the write route that empties it."""

    MAX_ENTRIES = 1024
    MAX_BODY = 4_000_000

    def __init__(self, ttl: float, grace: float | None = None):
        self.ttl = ttl
        # long enough to cover one slow refresh, short enough that an idle
        # server does not answer from a minute ago
        self.grace = grace if grace is not None else max(2 * ttl, 10.0)
        self.entries: dict = {}  # key -> (fresh until, start message, body); insertion order = LRU
        self.generation = 0  # moves on every clear: answers begun before it are not kept

    def clear(self) -> None:
        self.entries.clear()
        self.generation += 1

    def get(self, key):
        """(entry, fresh) or (None, False); an entry past its grace is dropped."""
        hit = self.entries.pop(key, None)
        if hit is None:
            return None, False
        now = time.monotonic()
        if hit[0] + self.grace <= now:
            return None, False
        self.entries[key] = hit  # most recently used goes last
        return hit, hit[0] > now

    def put(self, key, start, body: bytes, generation: int | None = None) -> None:
        if generation is not None and generation != self.generation:
            return  # computed from data older than the last clear
        self.entries.pop(key, None)
        self.entries[key] = (time.monotonic() + self.ttl, start, body)
        while len(self.entries) > self.MAX_ENTRIES:
            self.entries.pop(next(iter(self.entries)))


async def _no_body():
    return {"type": "http.request", "body": b"", "more_body": False}


class MicroCacheMiddleware:
    """Answers repeated GETs from a ResponseCache (see the module's notes)."""

    def __init__(self, app, cache: ResponseCache, version=None, check_every: float = 1.0):
        self.app = app
        self.cache = cache
        self.inflight: dict = {}  # key -> future of (start, body) or None when not cacheable
        self.tasks: set = set()   # background refreshes, held so they are not collected
        self.version = version    # a blocking callable: the store's revision
        self.check_every = check_every
        self.seen = None
        self.next_check = 0.0
        self.checking = False

    async def _check_version(self) -> None:
        """Empty the cache if the database changed; at most once per `check_every`,
        by one request at a time, off the event loop."""
        if self.version is None or self.checking or time.monotonic() < self.next_check:
            return
        self.checking = True
        try:
            current = await anyio.to_thread.run_sync(self.version)
        except Exception as e:  # the database is away: keep serving what we have
            log.debug("revision check failed: %s", e)
            current = None
        finally:
            self.checking = False
            self.next_check = time.monotonic() + self.check_every
        if current is not None and current != self.seen:
            if self.seen is not None:
                self.cache.clear()
            self.seen = current

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] != "GET"
                or scope["path"].startswith("/static/") or scope["path"].endswith(".csv")):
            return await self.app(scope, receive, send)
        await self._check_version()
        hdrs = dict(scope.get("headers") or ())
        key = (scope["path"], scope.get("query_string", b""), hdrs.get(b"accept", b""),
               b"gzip" in hdrs.get(b"accept-encoding", b""))
        hit, fresh = self.cache.get(key)
        if hit is not None:
            if not fresh and key not in self.inflight:
                self._refresh(key, scope)
            return await self._answer(send, hit[1], hit[2])
        pending = self.inflight.get(key)
        if pending is not None:
            got = await asyncio.shield(pending)
            if got is not None:
                return await self._answer(send, *got)
            return await self.app(scope, receive, send)
        future = self.inflight[key] = asyncio.get_running_loop().create_future()
        try:
            await self.app(scope, receive, self._capture(key, send, future))
        finally:
            self._settle(key, future, None)

    @staticmethod
    async def _answer(send, start, body):
        await send(start)
        await send({"type": "http.response.body", "body": body})

    def _settle(self, key, future, result) -> None:
        if not future.done():
            future.set_result(result)
        if self.inflight.get(key) is future:
            del self.inflight[key]

    def _capture(self, key, send, future):
        """A `send` that passes messages on and keeps a 200 answer."""
        start = None
        chunks: list[bytes] = []
        size = 0
        keep = True
        generation = self.cache.generation

        async def capture(msg):
            nonlocal start, size, keep
            if msg["type"] == "http.response.start":
                start = msg
                keep = msg["status"] == 200
            elif msg["type"] == "http.response.body" and keep:
                size += len(msg.get("body", b""))
                keep = size <= self.cache.MAX_BODY
                if keep:
                    chunks.append(msg.get("body", b""))
                    if not msg.get("more_body") and start is not None:
                        body = b"".join(chunks)
                        self.cache.put(key, start, body, generation)
                        self._settle(key, future, (start, body))
            if send is not None:
                await send(msg)

        return capture

    def _refresh(self, key, scope) -> None:
        """Recompute a stale entry in the background; readers keep the old one meanwhile."""
        future = self.inflight[key] = asyncio.get_running_loop().create_future()

        async def run():
            try:
                await self.app(dict(scope), _no_body, self._capture(key, None, future))
            except Exception:  # the next reader after the grace period will see the error itself
                log.exception("refreshing %s failed", scope.get("path"))
            finally:
                self._settle(key, future, None)

        task = asyncio.get_running_loop().create_task(run())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
