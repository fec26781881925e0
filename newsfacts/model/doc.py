"""The annotated document: sentences, tokens with morphology and syntax, NER spans.

Our own types, so Natasha's never leak past `annotate/`. Offsets are
character offsets into the article text.
"""
from __future__ import annotations

from dataclasses import InitVar, dataclass, field
from typing import Callable


@dataclass
class Token:
    start: int
    stop: int
    text: str
    id: str  # "<sent>_<n>", as Natasha's syntax ids
    head_id: str
    rel: str
    pos: str
    feats: dict
    sent: int  # index of its sentence
    # The lemma is computed on first use by `lemmatizer` (dictionary lookups
    # are the costliest part of annotation, and most tokens' lemmas are never
    # asked for); a given `lemma` is kept as it is.
    lemmatizer: Callable[["Token"], str] | None = field(default=None, repr=False, compare=False)
    given_lemma: InitVar[str | None] = None

    def __post_init__(self, given_lemma: str | None) -> None:
        self._lemma = given_lemma

    @property
    def lemma(self) -> str:
        if self._lemma is None:
            self._lemma = self.lemmatizer(self) if self.lemmatizer else self.text.lower()
        return self._lemma

    @lemma.setter
    def lemma(self, value: str) -> None:
        self._lemma = value

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")


@dataclass
class NerSpan:
    start: int
    stop: int
    type: str  # PER | ORG | LOC
    text: str
    normal: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Sentence:
    index: int
    start: int
    stop: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    spans: list[NerSpan] = field(default_factory=list)


@dataclass
class Doc:
    text: str
    sents: list[Sentence] = field(default_factory=list)
    spans: list[NerSpan] = field(default_factory=list)

    def sent_at(self, offset: int) -> Sentence | None:
        for sent in self.sents:
            if sent.start <= offset < sent.stop:
                return sent
        return None
