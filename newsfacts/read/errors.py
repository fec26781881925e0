"""The one error type the readers report."""
from __future__ import annotations


class ReadError(Exception):
    """An input that could not be turned into an Article.

    `where` names the file (and line, for JSON Lines: "a.jsonl:3"), so the
    message alone tells the user which input to look at.
    """

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
