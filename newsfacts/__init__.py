"""newsfacts: structured, sourced facts from Russian news.

    >>> import newsfacts
    >>> facts = newsfacts.extract(text, published="2025-09-02")
    >>> facts.to_dict()
"""
from . import extract  # callable: newsfacts.extract(text, published=None)

__version__ = "0.1.0"
__all__ = ["extract", "extract_article", "__version__"]


def __getattr__(name):
    # imported on first use: query commands need none of the extraction code
    if name == "extract_article":
        from .pipeline import extract_article
        return extract_article
    raise AttributeError(f"module 'newsfacts' has no attribute {name!r}")
