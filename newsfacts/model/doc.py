"""The annotated document: sentences, tokens with morphology and syntax, NER spans.

Our own types, so Natasha's never leak past `annotate/`. Offsets are
character offsets into the article text.
"""
from __future__ import annotations

from dataclasses import dataclass, field


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
    lemma: str
    sent: int  # index of its sentence

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
