"""scripts/factru.py on a tiny document written in the factRuEval-2016 format."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import factru  # noqa: E402
from factru import Mention  # noqa: E402

TEXT = ("Сергей Лавров прибыл в Париж.\n\n"
        "МИД России и компания «Газпром» подписали соглашение.")

# span id, span type, first word, number of words (words as tokenised below)
SPANS = [
    ("101", "name", "Сергей", 1),
    ("102", "surname", "Лавров", 1),
    ("103", "loc_name", "Париж", 1),
    ("104", "org_name", "МИД", 1),
    ("105", "loc_name", "России", 1),
    ("106", "org_descr", "компания", 1),
    ("107", "org_name", "Газпром", 1),
    ("108", "prj_name", "соглашение", 1),
    ("109", "job", "МИД", 2),  # a span no object uses
]
OBJECTS = [
    ("201", "Person", ["101", "102"]),
    ("202", "Location", ["103"]),
    ("203", "Org", ["104", "105"]),
    ("204", "LocOrg", ["105"]),
    ("205", "Org", ["106", "107"]),
    ("206", "Project", ["108"]),
]


def _tokens(text):
    return [(m.start(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def write_document(folder: Path, number: int, text: str = TEXT) -> Path:
    """book_<number>.txt/.tokens/.spans/.objects as the corpus lays them out."""
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"book_{number}"
    base.with_suffix(".txt").write_text(text, encoding="utf-8")
    tokens = _tokens(text)
    ids = [str(1000 + i) for i in range(len(tokens))]
    lines = []
    for tid, (start, word) in zip(ids, tokens):
        lines.append(f"{tid} {start} {len(word)} {word}")
        if word == ".":
            lines.append("")  # end of sentence
    base.with_suffix(".tokens").write_text("\n".join(lines) + "\n", encoding="utf-8")
    words = [w for _, w in tokens]
    lines = []
    for sid, stype, first, count in SPANS:
        i = words.index(first)
        start = tokens[i][0]
        stop = tokens[i + count - 1][0] + len(tokens[i + count - 1][1])
        comment = " ".join(ids[i:i + count] + words[i:i + count])
        lines.append(f"{sid} {stype} {start} {stop - start} {ids[i]} {count}  # {comment}")
    base.with_suffix(".spans").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [f"{oid} {otype} {' '.join(sids)} # {otype.lower()}" for oid, otype, sids in OBJECTS]
    base.with_suffix(".objects").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return base.with_suffix(".txt")


def _at(text, word):
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture
def corpus(tmp_path):
    write_document(tmp_path / "testset", 7)
    write_document(tmp_path / "testset", 12)
    # not a document: the id list of the real testset
    (tmp_path / "testset" / "list.txt").write_text("book_7.txt book_1.txt\n", encoding="utf-8")
    # a text without annotation
    (tmp_path / "testset" / "book_30.txt").write_text("Текст без разметки.", encoding="utf-8")
    write_document(tmp_path / "devset", 3)
    return tmp_path


def test_load_document_reads_all_layers(corpus):
    doc = factru.load_document(corpus / "testset" / "book_7.txt")
    assert doc.id == "book_7" and doc.split == "testset" and doc.text == TEXT
    assert [t.text for t in doc.tokens[:3]] == ["Сергей", "Лавров", "прибыл"]
    assert all(TEXT[t.start:t.stop] == t.text for t in doc.tokens)
    assert {t.sent for t in doc.tokens} == {0, 1}
    assert doc.tokens[-1].sent == 1
    job = next(s for s in doc.spans if s.id == "109")
    assert TEXT[job.start:job.stop] == "МИД России" and len(job.token_ids) == 2
    assert [o.type for o in doc.objects] == ["Person", "Location", "Org", "LocOrg", "Org", "Project"]
    org = doc.objects[2]
    assert [s.type for s in org.spans] == ["org_name", "loc_name"]
    assert TEXT[org.start:org.stop] == "МИД России"
    assert [o.ner_type for o in doc.objects] == ["PER", "LOC", "ORG", "LOC", "ORG", None]


def test_gold_mentions_names_scheme(corpus):
    doc = factru.load_document(corpus / "testset" / "book_7.txt")
    gold = factru.gold_mentions(doc)
    expected = [
        Mention(*_at(TEXT, "Сергей Лавров"), "PER"),  # the whole Person
        Mention(*_at(TEXT, "Париж"), "LOC"),
        Mention(*_at(TEXT, "МИД"), "ORG"),  # org_name only
        Mention(*_at(TEXT, "России"), "LOC"),  # LocOrg -> LOC
        Mention(*_at(TEXT, "Газпром"), "ORG"),  # not "компания «Газпром"
    ]  # the Project is dropped
    assert gold == expected


def test_gold_mentions_objects_scheme(corpus):
    doc = factru.load_document(corpus / "testset" / "book_7.txt")
    gold = factru.gold_mentions(doc, "objects")
    start = TEXT.index("компания")
    assert gold == [
        Mention(*_at(TEXT, "Сергей Лавров"), "PER"),
        Mention(*_at(TEXT, "Париж"), "LOC"),
        Mention(*_at(TEXT, "МИД России"), "ORG"),  # "России" inside it is dropped
        Mention(start, TEXT.index("»"), "ORG"),  # descriptor included
    ]
    with pytest.raises(ValueError):
        factru.gold_mentions(doc, "nope")


def test_list_and_load_splits(corpus):
    names = [p.name for p in factru.list_texts(corpus, ["testset"])]
    assert names == ["book_7.txt", "book_12.txt", "book_30.txt"]  # numeric order, no list.txt
    docs = factru.load_split(corpus, "testset")
    assert [d.id for d in docs] == ["book_7", "book_12"]  # unannotated text skipped
    assert [(d.split, d.id) for d in factru.load_split(corpus, "all")] == [
        ("testset", "book_7"), ("testset", "book_12"), ("devset", "book_3")]
    assert len(factru.list_texts(corpus)) == 4
    with pytest.raises(ValueError):
        factru.load_split(corpus, "train")


def test_unannotated_document_loads_text_only(corpus):
    doc = factru.load_document(corpus / "testset" / "book_30.txt")
    assert doc.text == "Текст без разметки." and doc.objects == [] and doc.tokens == []


def test_object_with_unknown_span_is_an_error(corpus):
    path = corpus / "testset" / "book_7.objects"
    path.write_text(path.read_text(encoding="utf-8") + "299 Org 999 # ?\n", encoding="utf-8")
    with pytest.raises(ValueError, match="999"):
        factru.load_document(corpus / "testset" / "book_7.txt")


def test_drop_overlapping_keeps_first_and_outer():
    a = Mention(0, 10, "ORG")
    inner = Mention(4, 10, "LOC")
    same_start = Mention(0, 3, "PER")
    crossing = Mention(8, 14, "PER")
    after = Mention(10, 12, "LOC")
    assert factru.drop_overlapping([inner, crossing, after, same_start, a, a]) == [a, after]
