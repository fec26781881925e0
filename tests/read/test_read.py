import io
from datetime import date

from newsfacts.model.records import Article
from newsfacts.read import MAX_BYTES, ReadError, read_file, read_inputs

TEXT = "Мэрия объявила о ремонте моста.\nРаботы займут два месяца."

HTML = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="{charset}">
<title>Городской портал | Мост закроют на ремонт</title>
<meta property="og:title" content="Мост закроют на ремонт">
<meta property="article:published_time" content="2025-09-03T10:00:00+03:00">
<meta property="og:url" content="https://example.org/news/most">
</head><body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>Мост закроют на ремонт</h1>
<p>Городская администрация сообщила, что мост через реку закроют на капитальный ремонт.</p>
<p>Подрядчик обещает завершить работы до конца октября, объезд организуют по соседней улице.</p>
</article><footer>Все права защищены</footer></body></html>"""


def items(paths, stdin=None):
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def only(paths, stdin=None):
    got = items(paths, stdin)
    assert len(got) == 1, got
    return got[0]


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --- plain text ---------------------------------------------------------

def test_utf8_text(tmp_path):
    p = write(tmp_path / "most.txt", TEXT)
    label, art = only([p])
    assert label == str(p)
    assert isinstance(art, Article)
    assert art.text == TEXT
    assert (art.id, art.source, art.title, art.published) == ("most", str(p), None, None)


def test_utf8_bom_is_dropped(tmp_path):
    p = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + TEXT.encode())
    assert only([p])[1].text == TEXT


def test_cp1251_text(tmp_path):
    p = write(tmp_path / "win.txt", TEXT.encode("cp1251"))
    assert only([p])[1].text == TEXT


def test_newlines_normalised_rest_kept(tmp_path):
    raw = "Строка\u00a0один\r\nстрока «два»\rтри\t—\n"
    p = write(tmp_path / "crlf.txt", raw)
    assert only([p])[1].text == "Строка\u00a0один\nстрока «два»\nтри\t—\n"


def test_empty_and_whitespace_files(tmp_path):
    for name, data in [("empty.txt", b""), ("blank.txt", b"  \n\t\r\n"), ("bomonly.txt", b"\xef\xbb\xbf")]:
        label, err = only([write(tmp_path / name, data)])
        assert isinstance(err, ReadError)
        assert str(err) == f"{tmp_path / name}: empty file"


def test_binary_files(tmp_path):
    nul = write(tmp_path / "nul.txt", b"abc\x00def" * 10)
    ctl = write(tmp_path / "ctl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text")
    for p in (nul, ctl):
        err = only([p])[1]
        assert isinstance(err, ReadError)
        assert "binary file, not text" in str(err) and str(p) in str(err)


def test_oversize_file(tmp_path):
    p = write(tmp_path / "big.txt", b"a" * (MAX_BYTES + 1_000_000))
    err = only([p])[1]
    assert isinstance(err, ReadError)
    assert str(err) == f"{p}: file too large (6.0 MB > 5 MB limit)"


def test_undecodable(tmp_path):
    # 0x98 is unassigned in CP1251, and the bytes are not UTF-8 either.
    bad = write(tmp_path / "bad.txt", b"\xff\x98\xfe text")
    # Decodes as CP1251 but is not Russian (Serbian/Macedonian letters only).
    odd = write(tmp_path / "odd.txt", bytes(range(0x80, 0x98)) * 4)
    for p in (bad, odd):
        err = only([p])[1]
        assert isinstance(err, ReadError)
        assert str(err) == f"{p}: cannot decode as UTF-8 or CP1251"


def test_missing_path(tmp_path):
    p = tmp_path / "nope.txt"
    assert [(l, str(e)) for l, e in items([p])] == [(str(p), f"{p}: no such file")]


def test_text_that_is_html_is_sniffed(tmp_path):
    p = write(tmp_path / "page.txt", HTML.format(charset="utf-8"))
    art = only([p])[1]
    assert isinstance(art, Article)
    assert art.title == "Мост закроют на ремонт"
    assert "<p>" not in art.text


# --- directories --------------------------------------------------------

def test_directory_walk(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "sub" / "b.jsonl", '{"text": "Первая."}\n{"text": "Вторая."}\n')
    write(tmp_path / "sub" / "deeper" / "c.HTM", HTML.format(charset="utf-8"))
    write(tmp_path / "sub" / "notes.md", "пропустить")
    write(tmp_path / "image.png", b"\x89PNG\x00")
    write(tmp_path / ".git" / "x.txt", "скрыто")
    labels = [label for label, item in items([tmp_path]) if isinstance(item, Article)]
    assert labels == [str(tmp_path / "a.txt"), f"{tmp_path / 'sub' / 'b.jsonl'}:1",
                      f"{tmp_path / 'sub' / 'b.jsonl'}:2", str(tmp_path / "sub" / "deeper" / "c.HTM")]


# --- HTML ---------------------------------------------------------------

def test_html_metadata(tmp_path):
    p = write(tmp_path / "most.html", HTML.format(charset="utf-8"))
    art = only([p])[1]
    assert isinstance(art, Article)
    assert art.title == "Мост закроют на ремонт"
    assert art.published == date(2025, 9, 3)
    assert art.url == "https://example.org/news/most"
    assert "капитальный ремонт" in art.text
    assert "Все права защищены" not in art.text
    assert (art.id, art.source) == ("most", str(p))


def test_html_in_cp1251(tmp_path):
    p = write(tmp_path / "win.html", HTML.format(charset="windows-1251").encode("cp1251"))
    art = only([p])[1]
    assert art.title == "Мост закроют на ремонт"
    assert "капитальный ремонт" in art.text


def test_html_without_article_text(tmp_path):
    p = write(tmp_path / "void.html", "<html><head><title>Пусто</title></head><body></body></html>")
    err = only([p])[1]
    assert isinstance(err, ReadError)
    assert str(err) == f"{p}: no article text found in HTML"


# --- JSON Lines ---------------------------------------------------------

def test_jsonl_good_bad_and_missing_text(tmp_path):
    lines = [
        '{"text": "Завод открыли.", "title": "Открытие", "date": "2025-09-02", "url": "https://example.org/1", "id": "z1"}',
        '{"text": "Без метки.", "date": "2025-09-02T18:30:00+03:00"}',
        '{"text": "оборванная строка',
        '',
        '{"title": "Нет текста"}',
        '[1, 2]',
        '{"text": "Плохая дата.", "date": "вчера"}',
        '{"text": "Числовой id.", "id": 42}',
    ]
    p = write(tmp_path / "feed.jsonl", "\r\n".join(lines))
    got = items([p])
    assert [label for label, _ in got] == [f"{p}:{n}" for n in (1, 2, 3, 5, 6, 7, 8)]
    first, second = got[0][1], got[1][1]
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "z1", "Открытие", date(2025, 9, 2), "https://example.org/1", str(p))
    assert (second.id, second.published, second.title) == ("feed-2", date(2025, 9, 2), None)
    errors = {label: str(e) for label, e in got if isinstance(e, ReadError)}
    assert errors[f"{p}:3"].startswith(f"{p}:3: malformed JSON")
    assert errors[f"{p}:5"] == f"{p}:5: missing 'text' field"
    assert errors[f"{p}:6"] == f"{p}:6: expected a JSON object"
    assert errors[f"{p}:7"] == f"{p}:7: invalid date 'вчера'"
    assert got[-1][1].id == "42"


def test_empty_jsonl(tmp_path):
    p = write(tmp_path / "none.jsonl", "\n\n")
    assert [str(e) for _, e in items([p])] == [f"{p}: empty file"]


def test_json_array(tmp_path):
    p = write(tmp_path / "pack.json", '[{"text": "Один."}, {"text": "Два.", "id": "b"}]')
    assert [(label, a.id) for label, a in items([p])] == [(f"{p}:1", "pack-1"), (f"{p}:2", "b")]


def test_read_file_directly(tmp_path):
    p = write(tmp_path / "direct.txt", TEXT)
    assert list(read_file(p))[0][1].text == TEXT


# --- stdin --------------------------------------------------------------

def test_stdin_text():
    label, art = only(["-"], stdin=io.BytesIO(TEXT.encode("cp1251")))
    assert label == "<stdin>"
    assert (art.text, art.id, art.source) == (TEXT, "stdin", "<stdin>")


def test_stdin_jsonl():
    data = '{"text": "Первая."}\n\n  {"text": "Вторая.", "id": "x"}\n{broken\n'.encode()
    got = items(["-"], stdin=io.BytesIO(data))
    assert [label for label, _ in got] == ["<stdin>:1", "<stdin>:3", "<stdin>:4"]
    assert [got[0][1].id, got[1][1].id] == ["stdin-1", "x"]
    assert isinstance(got[2][1], ReadError)


def test_stdin_text_stream_and_empty():
    assert only(["-"], stdin=io.StringIO(TEXT))[1].text == TEXT
    err = only(["-"], stdin=io.BytesIO(b" \n"))[1]
    assert str(err) == "<stdin>: empty input"


def test_mixed_inputs_never_raise(tmp_path):
    good = write(tmp_path / "ok.txt", TEXT)
    got = items([tmp_path / "gone", good, "bad\x00name", "-"], stdin=io.BytesIO(b""))
    kinds = [type(item).__name__ for _, item in got]
    assert kinds == ["ReadError", "Article", "ReadError", "ReadError"]
