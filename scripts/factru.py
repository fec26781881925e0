"""Loader for the factRuEval-2016 corpus (shared by the benchmark scripts).

Corpus: https://github.com/dialogue-evaluation/factRuEval-2016 (MIT), a copy
lives in ../shared/data/factRuEval-2016 next to the repo. `devset/` and
`testset/` hold one group of files per document `book_N`:

  book_N.txt     the text (UTF-8, no BOM, "\\n" line ends)
  book_N.tokens  "id start length text" per line, blank line between sentences
  book_N.spans   "id type start length first_token n_tokens  # ..." per line;
                 first annotation layer: name, surname, org_name, loc_name,
                 org_descr, job, ...
  book_N.objects "id type span_id span_id ...  # ..." per line;
                 second layer: Person, Org, Location, LocOrg, Project, Facility
  book_N.coref, book_N.facts  third/fourth layers (not used here)

Offsets are character offsets into the text as Python reads it (checked on
all 90,322 tokens of both sets). `testset/list.txt` is not a document (it
maps ids to original file names) and is skipped: the corpus has 122 devset
and 132 testset documents, 254 texts in all.

Object type -> NER type
-----------------------
  Person   -> PER
  Org      -> ORG
  Location -> LOC
  LocOrg   -> LOC   countries, cities, regions named as an actor ("Россия
                    заявила"). Natasha's NER (like most Russian NER corpora:
                    Collection5, Nerus) tags a toponym LOC whatever its role;
                    naeval maps LocOrg to LOC for the same reason.
  Facility -> (dropped) 2 objects, both web sites ("сайта Caramba TV",
                    "Ресурс"), neither a place nor a clean ORG.
  Project  -> (dropped) 22 objects, TV shows and national programmes
                    ("Вечерний Ургант", "национальный проект Здоровье").

Gold mentions (`gold_mentions`)
-------------------------------
An object is a set of first-layer spans, often with descriptors that no NER
system tags ("компании Газпром": org_descr + org_name). Two schemes:

  "names" (default, the one Natasha's published numbers use; naeval
      `naeval/ner/adapt.py::adapt_factru`):
        Person            -> the whole object, from its first to last span
                             ("Виторио Сандали");
        Org               -> each org_name span ("Газпром", not "компании");
        Location, LocOrg  -> each loc_name span;
      then of overlapping mentions only the first/outermost one is kept
      ("миде Грузии" gives ORG "миде" and LOC "Грузии", which don't overlap).
  "objects": every kept object as one mention from its first to its last
      span, descriptors included; overlaps removed the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "factRuEval-2016"

DEVSET = "devset"
TESTSET = "testset"
SPLITS = (DEVSET, TESTSET)

PER, ORG, LOC = "PER", "ORG", "LOC"
TYPES = (PER, LOC, ORG)

# factRuEval object type -> our NER type; None: not an entity we extract.
OBJECT_TYPES: dict[str, str | None] = {
    "Person": PER,
    "Org": ORG,
    "Location": LOC,
    "LocOrg": LOC,
    "Facility": None,
    "Project": None,
}

# For the "names" scheme: which first-layer spans of an object carry its name.
NAME_SPANS: dict[str, str | None] = {
    "Person": None,  # None: the whole object
    "Org": "org_name",
    "Location": "loc_name",
    "LocOrg": "loc_name",
}

_BOOK = re.compile(r"^book_(\d+)\.txt$")


@dataclass
class Token:
    id: str
    start: int
    stop: int
    text: str
    sent: int  # index of its sentence in the document


@dataclass
class Span:
    """A first-layer span (name, surname, org_name, loc_name, job, ...)."""
    id: str
    type: str
    start: int
    stop: int
    token_ids: list[str] = field(default_factory=list)


@dataclass
class Object:
    """A second-layer object mention: typed, made of one or more spans."""
    id: str
    type: str  # Person | Org | Location | LocOrg | Project | Facility
    spans: list[Span]

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans)

    @property
    def stop(self) -> int:
        return max(s.stop for s in self.spans)

    @property
    def ner_type(self) -> str | None:
        return OBJECT_TYPES.get(self.type)


@dataclass
class Document:
    id: str  # "book_N"
    split: str  # devset | testset | "" when loaded from elsewhere
    text: str
    tokens: list[Token] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    objects: list[Object] = field(default_factory=list)


class Mention(NamedTuple):
    start: int
    stop: int
    type: str  # PER | LOC | ORG


def _data_lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\r\n")


def _fields(line: str) -> list[str]:
    """The fields before the '#' comment of a .spans/.objects line."""
    return line.split("#", 1)[0].split()


def parse_tokens(lines: Iterable[str]) -> list[Token]:
    tokens, sent = [], 0
    for line in lines:
        if not line.strip():
            if tokens and tokens[-1].sent == sent:
                sent += 1
            continue
        id_, start, length, text = line.split(" ", 3)
        start = int(start)
        tokens.append(Token(id_, start, start + int(length), text, sent))
    return tokens


def parse_spans(lines: Iterable[str]) -> list[Span]:
    spans = []
    for line in lines:
        parts = _fields(line)
        if not parts:
            continue
        id_, type_, start, length, first, count = parts[:6]
        start = int(start)
        spans.append(Span(id_, type_, start, start + int(length), _token_ids(line, first, int(count))))
    return spans


def _token_ids(line: str, first: str, count: int) -> list[str]:
    # The comment lists the token ids ("# 89979 89980 89981 посол"); take
    # the leading numeric ones, at most `count`.
    comment = line.split("#", 1)[1].split() if "#" in line else []
    ids = []
    for part in comment:
        if not part.isdigit() or len(ids) == count:
            break
        ids.append(part)
    return ids or [first]


def parse_objects(lines: Iterable[str], spans: Iterable[Span]) -> list[Object]:
    by_id = {s.id: s for s in spans}
    objects = []
    for line in lines:
        parts = _fields(line)
        if not parts:
            continue
        id_, type_, *span_ids = parts
        missing = [i for i in span_ids if i not in by_id]
        if missing:
            raise ValueError(f"object {id_} refers to unknown spans {missing}")
        if not span_ids:
            continue
        objects.append(Object(id_, type_, [by_id[i] for i in span_ids]))
    return objects


def load_document(txt_path: str | Path, split: str | None = None) -> Document:
    """Load `book_N.txt` and, when present, its .tokens/.spans/.objects."""
    txt_path = Path(txt_path)
    base = txt_path.with_suffix("")
    # newline="" keeps the text exactly as stored, so offsets stay valid.
    with open(txt_path, encoding="utf-8", newline="") as f:
        text = f.read()
    if split is None:
        split = txt_path.parent.name if txt_path.parent.name in SPLITS else ""
    doc = Document(id=base.name, split=split, text=text)
    tokens_path = base.with_suffix(".tokens")
    spans_path = base.with_suffix(".spans")
    objects_path = base.with_suffix(".objects")
    if tokens_path.exists():
        doc.tokens = parse_tokens(_data_lines(tokens_path))
    if spans_path.exists():
        doc.spans = parse_spans(_data_lines(spans_path))
    if objects_path.exists():
        doc.objects = parse_objects(_data_lines(objects_path), doc.spans)
    return doc


def _book_number(path: Path) -> int:
    m = _BOOK.match(path.name)
    return int(m.group(1)) if m else -1


def resolve_splits(split: str) -> tuple[str, ...]:
    """"testset" | "devset" | "all" -> tuple of split directory names."""
    if split == "all":
        return (TESTSET, DEVSET)
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use testset, devset or all")
    return (split,)


def list_texts(data_dir: str | Path = DEFAULT_DATA_DIR,
               splits: Iterable[str] = (TESTSET, DEVSET),
               annotated_only: bool = False) -> list[Path]:
    """Paths of the `book_N.txt` documents of `splits`, in split then book order."""
    data_dir = Path(data_dir)
    paths: list[Path] = []
    for split in splits:
        folder = data_dir / split
        if not folder.is_dir():
            raise FileNotFoundError(f"no {split}/ in {data_dir}")
        found = sorted((p for p in folder.iterdir() if _BOOK.match(p.name)), key=_book_number)
        if annotated_only:
            found = [p for p in found if p.with_suffix(".objects").exists()]
        paths.extend(found)
    return paths


def load_split(data_dir: str | Path = DEFAULT_DATA_DIR, split: str = TESTSET) -> list[Document]:
    """All annotated documents of "testset", "devset" or "all"."""
    return [load_document(p) for p in list_texts(data_dir, resolve_splits(split), annotated_only=True)]


def drop_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep, of mentions that overlap, the one that starts first (the longest
    of those starting at the same place); drop the rest. Same rule as
    naeval's `filter_overlapping`. Result sorted by start."""
    kept: list[Mention] = []
    for m in sorted(set(mentions), key=lambda m: (m.start, -m.stop, m.type)):
        if kept and kept[-1].stop > m.start:
            continue
        kept.append(m)
    return kept


def gold_mentions(doc: Document, scheme: str = "names") -> list[Mention]:
    """Gold PER/LOC/ORG mentions of `doc`, sorted, without overlaps."""
    mentions = []
    for obj in doc.objects:
        ner_type = obj.ner_type
        if ner_type is None:
            continue
        if scheme == "objects":
            mentions.append(Mention(obj.start, obj.stop, ner_type))
        elif scheme == "names":
            span_type = NAME_SPANS[obj.type]
            if span_type is None:
                mentions.append(Mention(obj.start, obj.stop, ner_type))
            else:
                # Overlapping name spans within one object: keep the outer one.
                names = [Mention(s.start, s.stop, ner_type) for s in obj.spans if s.type == span_type]
                mentions.extend(drop_overlapping(names))
        else:
            raise ValueError(f"unknown gold scheme {scheme!r}: use names or objects")
    return drop_overlapping(mentions)
