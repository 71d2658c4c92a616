"""The benchmarks' smoke runs print their table. No timing is asserted: the figures depend on the
machine; only that every figure is measured and shown, and that a smoke run judges no target.

The whole quick run (every part, some 20 s of CPU) is a step of .ci/run, which sets
LSN_BENCHMARK_SMOKE=1; the normal suite runs two cheap parts of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generate, jsonl_memory
from benchmarks.rows import FIRST_LABEL, LABELS
from bot.knowledge import parse

ROOT = Path(__file__).resolve().parent.parent


def benchmarks(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "benchmarks", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def quick_run() -> str:
    if os.environ.get("LSN_BENCHMARK_SMOKE") != "1":
        pytest.skip("the whole quick run is a step of .ci/run (LSN_BENCHMARK_SMOKE=1)")
    return benchmarks("--quick")


def test_a_smoke_run_of_two_parts_prints_figures_but_no_verdicts() -> None:
    # Given a quick run of the start-up and the JSON-lines memory parts
    out = benchmarks("--quick", "--only", "startup,jsonl_memory")
    lines = out.splitlines()
    # Then it names the machine and says that targets are not judged
    assert "command: python -m benchmarks --quick --only startup,jsonl_memory" in lines
    assert any(line.startswith("note: a smoke run") for line in lines)
    # And each of its figures has a row with a value, and no row says yes or NO
    for label in (LABELS[0], LABELS[1], jsonl_memory.LABELS[0].format(chats="500")):
        row = next(line for line in lines if line.startswith(label))
        assert len(row) > len(label) + 5 and not row.rstrip().endswith(("yes", "NO"))
    assert "(python -m bot ask, 1 runs)" in out and "500 answers" in out


def test_the_quick_run_prints_the_machine_and_every_row(quick_run: str) -> None:
    # Given the quick benchmark run in a subprocess
    # When we read what it printed
    lines = quick_run.splitlines()
    # Then the machine is named at the top
    for key in ("cpu:", "cores:", "python:", "command: python -m benchmarks --quick"):
        assert any(line.startswith(key) for line in lines), key
    # And every figure has a row with a value
    for label in (*LABELS, FIRST_LABEL):
        prefix = label.split("{")[0].rstrip(" /:")
        rows = [line for line in lines if line.startswith(prefix)]
        assert rows, f"no row for {label!r}"
        assert all(len(row) > len(prefix) + 5 for row in rows)


def test_a_generated_knowledge_base_is_valid_and_its_questions_are_known() -> None:
    # Given a generated knowledge base of 150 projects
    kb = parse(generate.generate(150), "generated.yaml")
    # When we make questions over it
    questions = generate.questions(kb, 40)
    # Then it passes validation, and every question names a project it has (or is a list)
    assert len(kb.projects) == 150
    assert all(set(q.projects) <= set(kb.projects) for q in questions)
    assert any(q.intent in ("count", "list") for q in questions)


def test_the_worker_measures_the_knowledge_base_warmed_as_it_is_served() -> None:
    # Given one worker run over a few generated questions (one timed pass)
    done = subprocess.run([sys.executable, "-m", "benchmarks.worker", "--mix", "5",
                           "--passes", "1"], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout)
    # Then it warmed the knowledge base the way Telegram and the web chat do before the first
    # timed message (bot.reload.warmed), and says how long that took
    assert figures["warm_s"] > 0
    assert figures["mix"]["messages"] >= 5
