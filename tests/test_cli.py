"""The real command line: `python -m bot`, `ask`, `chat` and the JSON-lines machine interface."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, env=environment, timeout=60)


def test_jsonl_contract_keeps_state_per_chat_and_survives_bad_lines() -> None:
    # Given two chats interleaved and a malformed line in between
    lines = [
        {"chat": "a", "text": "Wer hat ELISE gefördert?"},
        {"chat": 7, "text": "when did BFCC run?"},
        "this is not json",
        {"chat": "a", "text": "und wann endete es?"},
        {"chat": 7, "text": "and who led it?", "language": "en"},
        {"chat": "a"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    # When they go through `python -m bot chat --jsonl`
    result = run("chat", "--jsonl", stdin=stdin)
    # Then there is exactly one JSON object per line, in order
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert set(out[0]) == {"chat", "text", "language", "intent", "projects", "answered",
                           "sources"}
    assert out[0]["sources"] and all("ELISE" in q for q in out[0]["sources"])
    assert out[0]["chat"] == "a" and out[0]["language"] == "de"
    assert out[0]["intent"] == "funding" and out[0]["projects"] == ["elise"]
    assert out[1]["chat"] == 7 and out[1]["projects"] == ["bfcc"] and out[1]["answered"] is True
    assert "error" in out[2]
    assert out[3]["projects"] == ["elise"] and out[3]["intent"] == "end"
    assert "2021" in out[3]["text"]
    assert out[4]["projects"] == ["bfcc"] and out[4]["intent"] == "lead"
    assert "error" in out[5]


def test_ask_prints_an_answer_and_json() -> None:
    plain = run("ask", "who", "led", "BONEBANK?")
    assert plain.returncode == 0 and "UKSH" in plain.stdout
    as_json = json.loads(run("ask", "--json", "when did BFCC run?").stdout)
    assert as_json["intent"] == "dates" and as_json["answered"] is True


def test_no_token_starts_the_terminal_chat() -> None:
    result = run(stdin="when did ELISE run?\nand who funded it?\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "2017" in result.stdout and "Interreg Europe" in result.stdout
    assert "Traceback" not in result.stderr


def test_broken_knowledge_base_stops_start_up_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("projects:\n  - id: x\n    name: X\n", encoding="utf-8")
    result = run("ask", "hi", env={"KNOWLEDGE_PATH": str(broken)})
    assert result.returncode == 1
    assert "missing required key 'summary'" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_a_missing_file_as_typed_without_a_line_number(tmp_path: Path) -> None:
    # Given paths to files that do not exist, absolute and relative to a parent folder
    for typed in ("/nonexistent/projects.yaml", "../nonexistent.yaml"):
        # When `check` is run on them
        result = run("check", typed)
        # Then the path is shown as typed, with no line (there is none), and it exits 1
        assert result.returncode == 1
        assert result.stdout == f"{typed}: cannot read file: No such file or directory\n"
