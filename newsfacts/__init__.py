"""newsfacts: structured, sourced facts from Russian news.

    >>> import newsfacts
    >>> facts = newsfacts.extract(text, published="2025-09-02")
    >>> facts.to_dict()
"""
from . import extract  # callable: newsfacts.extract(text, published=None)
from .pipeline import extract_article

__version__ = "0.1.0"
__all__ = ["extract", "extract_article", "__version__"]
