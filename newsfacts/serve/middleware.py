"""Plain ASGI middleware: request body limit, `.json` page twins, security
headers. Pure ASGI rather than BaseHTTPMiddleware so that bodies stream
through without being buffered and responses are not copied."""
from __future__ import annotations

import json
import time

# Pages only load our own scripts, styles and JSON; no inline script, no
# framing. Styles allow 'unsafe-inline' because Leaflet and Chart.js set
# style attributes on the elements they create.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


async def _send_json(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """413 for bodies over `max_body` bytes, whether declared by
    Content-Length or streamed in chunks without one; 400 for NUL bytes in
    the path or query."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        # NUL is never meaningful in a parameter and PostgreSQL refuses it in
        # text (the query would fail as a 500): refuse it up front.
        if b"%00" in scope.get("query_string", b"") or "\x00" in scope.get("path", ""):
            return await _send_json(send, 400, "NUL character in the request")
        for k, v in scope.get("headers") or ():
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    return await _send_json(send, 400, "bad Content-Length")
                if declared > self.max_body:
                    return await _send_json(send, 413, f"request body over {self.max_body} bytes")
        if any(k == b"content-length" for k, _ in scope.get("headers") or ()):
            return await self.app(scope, receive, send)  # the server enforces the declared length
        # No Content-Length (chunked): read up to the limit here, then replay.
        # The app's body parser would turn an exception raised mid-read into
        # a vague 400, so the limit is decided before the app sees anything.
        chunks: list[bytes] = []
        seen = 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            seen += len(body)
            if seen > self.max_body:
                return await _send_json(send, 413, f"request body over {self.max_body} bytes")
            chunks.append(body)
            if not msg.get("more_body"):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class JsonSuffixMiddleware:
    """`/projects.json` is `/projects?format=json` (the datasette habit of a
    JSON twin per page). API and static paths are left alone."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            path = scope.get("path", "")
            if (path.endswith(".json") and len(path) > 6 and not path.startswith(("/api/", "/static/"))):
                scope = dict(scope)
                scope["path"] = path[:-5] or "/"
                scope["raw_path"] = scope["path"].encode()
                qs = scope.get("query_string", b"")
                scope["query_string"] = (qs + b"&" if qs else b"") + b"format=json"
        await self.app(scope, receive, send)


class SecurityHeadersMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        # The Swagger page is FastAPI's own HTML with an inline bootstrap script.
        docs = scope.get("path") == "/api/docs"

        async def send_with_headers(msg):
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers") or [])
                headers += [(b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"same-origin"),
                            (b"x-frame-options", b"DENY")]
                if not docs:
                    headers.append((b"content-security-policy", CSP.encode()))
                msg = dict(msg, headers=headers)
            await send(msg)

        await self.app(scope, receive, send_with_headers)


class ServerTimingMiddleware:
    """`Server-Timing: app;dur=<ms>` on every response: the time from the
    request's arrival to the response's first byte, as the browser's devtools
    and scripts/load_api.py read it (server time without the network)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()

        async def timed_send(msg):
            if msg["type"] == "http.response.start":
                ms = (time.perf_counter() - t0) * 1000
                msg = dict(msg, headers=[*(msg.get("headers") or []), (b"server-timing", f"app;dur={ms:.1f}".encode())])
            await send(msg)

        await self.app(scope, receive, timed_send)
