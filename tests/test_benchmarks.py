"""The benchmark's quick run prints its whole table. No timing is asserted: the figures depend on
the machine; only that every figure is measured and shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generate
from benchmarks.rows import LABELS
from bot.knowledge import parse

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quick_run() -> str:
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick"], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_quick_run_prints_the_machine_and_every_row(quick_run: str) -> None:
    # Given the quick benchmark run in a subprocess
    # When we read what it printed
    lines = quick_run.splitlines()
    # Then the machine is named at the top
    for key in ("cpu:", "cores:", "python:", "command: python -m benchmarks --quick"):
        assert any(line.startswith(key) for line in lines), key
    # And every figure has a row with a value
    for label in LABELS:
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
