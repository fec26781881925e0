"""The command line, run as a real subprocess.

The models load in every subprocess (a few seconds), so the bad-input cases
share one `extract` run (the `batch` fixture) and each test reads its part
of that run's outputs.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("newsfacts")
TIMEOUT = 300

# Our own short test sentences (not news text).
GOOD_TEXT = (
    "Вчера в Астане Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым.\n\n"
    "«Мы договорились о новых совместных проектах», — сказал Токаев.\n"
)
SECOND_TEXT = "Компания «Газпром» построит в Амурской области новый завод по переработке газа.\n"
CP1251_TEXT = "Президент Казахстана Касым-Жомарт Токаев посетил Атырау и осмотрел новый завод.\n"
STDIN_TEXT = "Вчера в Ташкенте Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым.\n"
ANCHOR = "2024-05-20"
YESTERDAY = "2024-05-19"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        script: bool = False) -> subprocess.CompletedProcess:
    """Run the CLI; stdout and stderr are returned decoded as UTF-8."""
    cmd = [str(SCRIPT)] if script else [sys.executable, "-m", "newsfacts.cli"]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="160")
    proc = subprocess.run(cmd + list(args), input=stdin if stdin is not None else b"",
                          capture_output=True, cwd=cwd, env=env, timeout=TIMEOUT)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def random_high_bytes(n: int, seed: int = 20240520) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(n))


def check_facts_keys(data: dict) -> None:
    for key in ("entities", "events", "projects", "quotes"):
        assert key in data, key
        assert isinstance(data[key], list), key


# --- one run with good and bad inputs mixed ----------------------------------

@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli_batch")
    inp = d / "in"
    inp.mkdir()
    out = d / "out"

    good = inp / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    cp1251 = inp / "cp1251.txt"
    cp1251.write_bytes(CP1251_TEXT.encode("cp1251"))

    bad = {}
    bad["empty"] = inp / "empty.txt"
    bad["empty"].write_bytes(b"")
    bad["binary"] = inp / "blob.bin"
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64 + b"\x00" * 4096)
    bad["huge"] = inp / "huge.txt"
    chunk = ("Строительство нового моста через реку продолжается. " * 200 + "\n").encode("utf-8")
    with open(bad["huge"], "wb") as f:
        while f.tell() < 10_000_000:
            f.write(chunk)
    # Random bytes 0x80-0xFF (fixed seed): invalid UTF-8; they contain 0x98,
    # which CP1251 cannot decode at all.
    garbled = random_high_bytes(4000)
    assert 0x98 in garbled
    bad["garbled"] = inp / "garbled.txt"
    bad["garbled"].write_bytes(garbled)
    # The same without 0x98: decodes as CP1251, but is not Russian text.
    bad["garbled_cp"] = inp / "garbled_cp.txt"
    bad["garbled_cp"].write_bytes(bytes(b for b in garbled if b != 0x98))
    bad["missing"] = inp / "missing.txt"  # never created

    jsonl = inp / "mixed.jsonl"
    lines = [
        json.dumps({"id": "line-ok-1", "text": SECOND_TEXT}, ensure_ascii=False),
        '{"id": "line-bad-2", "text": "Незакрытая строка',
        json.dumps({"id": "line-ok-3", "date": "2023-01-10", "text": GOOD_TEXT}, ensure_ascii=False),
    ]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")

    paths = [good, *bad.values(), jsonl, cp1251]
    # No -q: the default progress bar must stay off stderr when it is a pipe.
    proc = run("extract", *map(str, paths), "--out", str(out), "--date", ANCHOR)
    return {"proc": proc, "out": out, "bad": bad, "jsonl": jsonl}


def test_batch_exit_code_and_no_traceback(batch):
    proc = batch["proc"]
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""  # everything went to --out


@pytest.mark.parametrize("kind", ["empty", "binary", "huge", "garbled", "garbled_cp", "missing"])
def test_bad_file_gives_one_error_line(batch, kind):
    path = str(batch["bad"][kind])
    lines = [line for line in error_lines(batch["proc"].stderr) if path in line]
    assert len(lines) == 1, (kind, batch["proc"].stderr)
    assert lines[0].startswith("newsfacts: error:"), lines[0]


@pytest.mark.parametrize("kind,words", [
    ("empty", ["empty"]),
    ("binary", ["binary"]),
    ("huge", ["too large"]),
    ("garbled", ["decode"]),
    ("garbled_cp", ["decode"]),
    ("missing", ["no such file"]),
])
def test_bad_file_reason(batch, kind, words):
    path = str(batch["bad"][kind])
    line = next(line for line in error_lines(batch["proc"].stderr) if path in line)
    assert any(w in line.lower() for w in words), line


def test_malformed_jsonl_line_reported_alone(batch):
    stderr = batch["proc"].stderr
    label = f"{batch['jsonl']}:2"
    lines = [line for line in error_lines(stderr) if label in line]
    assert len(lines) == 1, stderr
    assert "json" in lines[0].lower()
    for n in (1, 3):  # the good lines are not reported
        assert f"{batch['jsonl']}:{n}" not in stderr


def test_every_stderr_line_is_an_error_line(batch):
    lines = error_lines(batch["proc"].stderr)
    assert all(line.startswith("newsfacts: error:") for line in lines), lines
    # 6 bad files + 1 bad JSONL line + the closing summary
    assert len(lines) == 8, lines
    assert "7 input(s) failed" in lines[-1]


def test_good_inputs_still_written(batch):
    out = batch["out"]
    names = sorted(p.name for p in out.iterdir())
    assert names == ["cp1251.json", "good.json", "line-ok-1.json", "line-ok-3.json"], names
    for name in names:
        text = (out / name).read_text(encoding="utf-8")
        assert text.endswith("\n") and text.count("\n") == 1  # compact, one line
        check_facts_keys(json.loads(text))


def test_date_anchors_relative_dates(batch):
    data = json.loads((batch["out"] / "good.json").read_text(encoding="utf-8"))
    assert data["id"] == "good"
    assert data["published"] == ANCHOR
    talks = [e for e in data["events"] if e["type"] == "talks"]
    assert talks, data["events"]
    assert talks[0]["date"] == YESTERDAY  # "Вчера" against --date


def test_input_date_wins_over_option(batch):
    data = json.loads((batch["out"] / "line-ok-3.json").read_text(encoding="utf-8"))
    assert data["published"] == "2023-01-10"
    talks = [e for e in data["events"] if e["type"] == "talks"]
    assert talks and talks[0]["date"] == "2023-01-09"


def test_cp1251_text_read_correctly(batch):
    data = json.loads((batch["out"] / "cp1251.json").read_text(encoding="utf-8"))
    mentions = [m["text"] for e in data["entities"] for m in e["mentions"]]
    assert any("Токаев" in m for m in mentions), mentions
    assert any("Казахстан" in m for m in mentions), mentions
    for m in mentions:  # no mojibake
        assert m in CP1251_TEXT, m
    per = [e["name"] for e in data["entities"] if e["type"] == "PER"]
    assert any("Токаев" in n for n in per), per


# --- output modes ------------------------------------------------------------

@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli_texts")
    (d / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (d / "second.txt").write_text(SECOND_TEXT, encoding="utf-8")
    return d


def test_json_lines_to_stdout(texts):
    args = ["extract", str(texts / "good.txt"), str(texts / "second.txt"), "-q"]
    proc = run(*args, script=SCRIPT.exists())
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2, proc.stdout
    docs = [json.loads(line) for line in lines]
    assert [d["id"] for d in docs] == ["good", "second"]
    for d in docs:
        check_facts_keys(d)
        assert d["published"] is None  # no --date and none in a text file
    assert not list(texts.glob("*.json"))  # nothing written next to the inputs


def test_stdin_pretty_with_date(texts):
    proc = run("extract", "-", "--pretty", "--date", ANCHOR, stdin=STDIN_TEXT.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.count("\n") > 5  # indented, many lines
    assert proc.stdout.splitlines()[1].startswith(" ")
    data = json.loads(proc.stdout)  # exactly one JSON document
    check_facts_keys(data)
    assert data["id"] == "stdin"
    assert data["published"] == ANCHOR
    meetings = [e for e in data["events"] if e["type"] == "meeting"]
    assert meetings and meetings[0]["date"] == YESTERDAY, data["events"]


def test_show_prints_report(texts):
    missing = texts / "nope.txt"
    proc = run("show", str(texts / "good.txt"), str(missing))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1
    assert "Entities" in proc.stdout
    assert "Токаев" in proc.stdout
    assert "Quotes" in proc.stdout
    lines = [line for line in error_lines(proc.stderr) if str(missing) in line]
    assert len(lines) == 1, proc.stderr


@pytest.mark.parametrize("value", ["2024-13-45", "yesterday", "20.05.2024"])
def test_invalid_date_is_usage_error(texts, value):
    proc = run("extract", str(texts / "good.txt"), "--date", value)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "not a date" in proc.stderr
    assert value in proc.stderr
    assert proc.stdout == ""
