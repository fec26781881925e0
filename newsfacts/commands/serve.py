"""`newsfacts serve`: the web app and JSON API under uvicorn."""
from __future__ import annotations

import os
import sys


def register(sub) -> None:
    s = sub.add_parser("serve", help="web app and JSON API over the fact base",
                       description="Serve the fact base in a browser and as a JSON API (/api/docs). "
                                   "Read-only unless --allow-writes is given with a --token.")
    s.add_argument("--db", metavar="URL", help="database URL (default: $NEWSFACTS_DB or sqlite:///newsfacts.db)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    s.add_argument("--allow-writes", action="store_true", help="enable POST /api/articles (needs --token)")
    s.add_argument("--token", metavar="T", default=None,
                   help="bearer token required for writes (or $NEWSFACTS_TOKEN)")
    # The fact base changes only when articles are ingested, so a read-only
    # server answers a repeated GET from memory; it checks the store's
    # revision counter every second and forgets everything when it moved.
    s.add_argument("--cache-ttl", type=float, default=60.0, metavar="SECONDS",
                   help="answer repeated GET requests from memory for up to this long (default 60; 0: off); "
                        "the cache is emptied within a second of any change to the database")
    s.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (default 1); each opens its own database connections")
    s.add_argument("--access-log", action="store_true", help="log every request")
    s.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    token = args.token or os.environ.get("NEWSFACTS_TOKEN")
    if args.allow_writes and not token:
        print("newsfacts: error: --allow-writes needs --token (or $NEWSFACTS_TOKEN)", file=sys.stderr)
        return 2
    try:
        import uvicorn
    except ImportError:
        print("newsfacts: error: uvicorn is not installed (pip install 'newsfacts')", file=sys.stderr)
        return 2
    from ..serve import create_app
    from ..serve.render import vendor_ready
    if not vendor_ready():
        print("newsfacts: note: front-end assets are not built (python scripts/build_assets.py); "
              "pages work, maps and charts are off", file=sys.stderr)
    settings = dict(store_url=args.db, allow_writes=args.allow_writes, token=token,
                    cache_ttl=max(0.0, args.cache_ttl))
    # a request never waits long for a slow client: bounded keep-alive
    # no access log unless asked: a line per request costs more CPU than
    # answering a cached request
    common = dict(host=args.host, port=args.port, log_level="info", server_header=False, timeout_keep_alive=5,
                  access_log=args.access_log)
    if args.workers > 1:
        # uvicorn starts workers from an import string; they read the settings
        # from the environment they inherit
        import json
        from ..serve.app import CONFIG_ENV
        os.environ[CONFIG_ENV] = json.dumps(settings)
        uvicorn.run("newsfacts.serve.app:app_from_env", factory=True, workers=args.workers, **common)
    else:
        uvicorn.run(create_app(**settings), **common)
    return 0
