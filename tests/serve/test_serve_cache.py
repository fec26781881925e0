"""The response micro-cache: fresh hits, single flight, stale while revalidate."""
import asyncio
import concurrent.futures
import time

from newsfacts.serve.cache import MicroCacheMiddleware, ResponseCache


def run(coro_fn):
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps
    an event loop running in the main thread for the whole session."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(coro_fn())).result()


def make_app(delay=0.0, status=200):
    calls = []

    async def app(scope, receive, send):
        calls.append(scope["path"])
        await asyncio.sleep(delay)
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": f"v{len(calls)}".encode()})
    return app, calls


def scope(path="/api/projects"):
    return {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": []}


async def get(mw, path="/api/projects"):
    out = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(msg):
        out.append(msg)
    await mw(scope(path), receive, send)
    return b"".join(m.get("body", b"") for m in out if m["type"] == "http.response.body")


def test_fresh_entry_is_answered_without_the_app():
    async def main():
        app, calls = make_app()
        mw = MicroCacheMiddleware(app, ResponseCache(60))
        assert await get(mw) == b"v1"
        assert await get(mw) == b"v1"
        assert await get(mw, "/api/events") == b"v2"
        return calls
    assert run(main) == ["/api/projects", "/api/events"]


def test_concurrent_misses_compute_once():
    async def main():
        app, calls = make_app(delay=0.05)
        mw = MicroCacheMiddleware(app, ResponseCache(60))
        bodies = await asyncio.gather(*(get(mw) for _ in range(20)))
        return bodies, calls
    bodies, calls = run(main)
    assert bodies == [b"v1"] * 20 and len(calls) == 1


def test_stale_entry_is_answered_while_one_refresh_runs():
    async def main():
        app, calls = make_app(delay=0.05)
        cache = ResponseCache(0.01, grace=60)
        mw = MicroCacheMiddleware(app, cache)
        assert await get(mw) == b"v1"
        await asyncio.sleep(0.02)  # now stale
        t0 = time.perf_counter()
        stale = await asyncio.gather(*(get(mw) for _ in range(10)))
        waited = time.perf_counter() - t0
        await asyncio.gather(*mw.tasks)  # the background refresh
        return stale, waited, calls, await get(mw)
    stale, waited, calls, after = run(main)
    assert stale == [b"v1"] * 10 and waited < 0.05  # nobody waited for the refresh
    assert len(calls) == 2 and after == b"v2"


def test_entry_past_its_grace_is_recomputed_in_the_request():
    async def main():
        app, calls = make_app()
        mw = MicroCacheMiddleware(app, ResponseCache(0.01, grace=0.01))
        await get(mw)
        await asyncio.sleep(0.03)
        return await get(mw)
    assert run(main) == b"v2"


def test_errors_are_not_kept():
    async def main():
        app, calls = make_app(status=500)
        mw = MicroCacheMiddleware(app, ResponseCache(60))
        await asyncio.gather(get(mw), get(mw))
        await get(mw)
        return calls, mw.inflight
    calls, inflight = run(main)
    assert len(calls) == 3 and not inflight


def test_a_change_of_revision_empties_the_cache():
    async def main():
        app, calls = make_app()
        revision = [1]
        mw = MicroCacheMiddleware(app, ResponseCache(600), version=lambda: revision[0], check_every=0.0)
        first = await get(mw)
        same = await get(mw)
        revision[0] = 2  # an ingest committed
        after = await get(mw)
        return first, same, after
    assert run(main) == (b"v1", b"v1", b"v2")


def test_an_answer_begun_before_a_clear_is_not_kept():
    async def main():
        app, calls = make_app(delay=0.05)
        cache = ResponseCache(600)
        mw = MicroCacheMiddleware(app, cache)
        task = asyncio.ensure_future(get(mw))
        await asyncio.sleep(0.01)
        cache.clear()  # the data changed while the answer was computed
        await task
        return await get(mw)
    assert run(main) == b"v2"
