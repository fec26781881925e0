"""scripts/pool_scores.py: the scorer's counts summed over sets."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pool_scores.py"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_counts_of_two_sets_are_summed(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("projects.slots           P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)\n", encoding="utf-8")
    b.write_text("fresh9 projects.slots    P=1.000 R=0.750 F1=0.857 (tp=3 fp=0 fn=1)\n"
                 "fresh9 quotes            P=1.000 R=1.000 F1=1.000 (tp=2 fp=0 fn=0)\n", encoding="utf-8")
    out = run(str(a), str(b))
    assert out.returncode == 0
    slots = next(line for line in out.stdout.splitlines() if line.startswith("projects.slots"))
    assert "(tp=4 fp=1 fn=2)" in slots and "P=0.800 R=0.667" in slots
    assert any(line.startswith("quotes") and "(tp=2 fp=0 fn=0)" in line for line in out.stdout.splitlines())


def test_a_missing_file_is_one_line_and_a_failure(tmp_path):
    out = run(str(tmp_path / "nope.txt"))
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "cannot read" in out.stderr and "Traceback" not in out.stderr
