"""`newsfacts serve`: the web app and JSON API over the fact base.

    from newsfacts.serve import create_app
    app = create_app("sqlite:///newsfacts.db")

Pages are server-rendered (Jinja2) with a little JS; every page has a JSON
twin; the API lives under /api/ with its OpenAPI schema at /api/openapi.json.
"""
from .app import create_app

__all__ = ["create_app"]
