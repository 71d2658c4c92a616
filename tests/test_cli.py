"""The real command line: `python -m bot`, `ask`, `chat`, `eval`, `--help`, `.env`, recording
for `report`, and the terminal chat in a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKDIR = Path(tempfile.mkdtemp(prefix="lsn-cli-"))  # no .env, no data folder of a developer's


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path = WORKDIR
        ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("TELEGRAM_BOT_TOKEN", "KNOWLEDGE_PATH", "BOT_DATA_DIR")}
    environment["PYTHONPATH"] = str(ROOT)  # this tree's bot, not the one the venv installed
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=cwd, env=environment, timeout=60)


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
    result = run(stdin="when did ELISE run?\nand who funded it?\nquit\n",
                 env={"INSIGHTS_RETENTION_DAYS": "0"})
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


def test_a_missing_knowledge_base_is_called_missing_not_broken(tmp_path: Path) -> None:
    result = run("ask", "hi", env={"KNOWLEDGE_PATH": str(tmp_path / "gone.yaml")})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(
        f"The knowledge base is missing: there is no file {tmp_path / 'gone.yaml'}.\n")
    assert "broken" not in result.stderr and "KNOWLEDGE_PATH" in result.stderr


def test_dotenv_is_read_and_real_environment_variables_win(tmp_path: Path) -> None:
    # Given a .env in the working directory that names a knowledge base that does not exist
    (tmp_path / ".env").write_text("# settings\nKNOWLEDGE_PATH=from-dotenv.yaml\n")
    # When the bot is asked a question there
    from_file = run("ask", "when did BFCC run?", cwd=tmp_path)
    # Then the setting from .env was used
    assert from_file.returncode == 1 and "from-dotenv.yaml" in from_file.stderr
    # And a variable set in the real environment wins over .env
    real = run("ask", "when did BFCC run?", cwd=tmp_path,
               env={"KNOWLEDGE_PATH": str(ROOT / "knowledge" / "projects.yaml")})
    assert real.returncode == 0 and "2016" in real.stdout


def write_questions(path: Path, right: bool) -> Path:
    path.write_text(json.dumps([{
        "id": "bfcc-dates", "type": "dates", "language": "en", "q": "when did BFCC run?",
        "expect": {"answered": True, "projects": ["bfcc"] if right else ["elise"]}}]))
    return path


def test_eval_without_a_threshold_fails_below_98_percent(tmp_path: Path) -> None:
    # Given a question file whose one case the bot gets "wrong" (the label is wrong)
    failing = run("eval", str(write_questions(tmp_path / "wrong.yaml", right=False)))
    # Then eval without --threshold fails, against the default of 98%
    assert failing.returncode == 1
    assert "FAIL: accuracy 0.0% (threshold 98.0%)" in failing.stdout
    # And a file it gets right passes
    passing = run("eval", str(write_questions(tmp_path / "right.yaml", right=True)))
    assert passing.returncode == 0 and "PASS: accuracy 100.0%" in passing.stdout


def test_help_says_what_happens_without_a_sub_command_and_documents_each_option() -> None:
    top = run("--help").stdout
    assert "With no sub-command: serves Telegram if TELEGRAM_BOT_TOKEN is set" in top
    assert "otherwise opens the" in top and "lsn-bot" in top and "exit status:" in top
    ask = run("ask", "--help").stdout
    assert "--language {en,de}" in ask
    assert "when the question itself does not show" in " ".join(ask.split())
    chat = run("chat", "--help").stdout
    assert "~/.lsn_bot_history" in chat and "--record" in chat and "JSONL_MAX_CHATS" in chat
    for command in ("check", "eval", "timeline", "report", "serve"):
        assert len(run(command, "--help").stdout.splitlines()) > 6, command


def test_the_lsn_bot_command_is_installed() -> None:
    command = Path(sys.executable).parent / "lsn-bot"
    done = subprocess.run([str(command), "ask", "who led BONEBANK?"], capture_output=True,
                          text=True, cwd=WORKDIR, timeout=60)
    assert done.returncode == 0 and "UKSH" in done.stdout


def report_of(data: Path) -> str:
    return run("report", env={"BOT_DATA_DIR": str(data)}).stdout


def test_unanswered_questions_are_recorded_by_the_terminal_and_by_jsonl_with_record(
    tmp_path: Path,
) -> None:
    # Given a question the bot cannot answer, asked in the terminal chat
    env = {"BOT_DATA_DIR": str(tmp_path / "terminal")}
    assert run(stdin="who is the CEO of Life Science Nord?\nquit\n", env=env).returncode == 0
    # Then `report` shows it
    assert "who is the CEO of Life Science Nord?" in report_of(tmp_path / "terminal")
    # When it is asked through JSON lines, without and then with --record
    line = json.dumps({"chat": 1, "text": "who is the CEO of Life Science Nord?"}) + "\n"
    for folder, flags in (("plain", []), ("recorded", ["--record"])):
        done = run("chat", "--jsonl", *flags, stdin=line,
                   env={"BOT_DATA_DIR": str(tmp_path / folder)})
        assert json.loads(done.stdout)["answered"] is False
    # Then only the recorded run kept it
    assert not (tmp_path / "plain" / "insights.sqlite").exists()
    assert "who is the CEO of Life Science Nord?" in report_of(tmp_path / "recorded")


# --------------------------------------------------------------------------- the terminal


def _default_sigint() -> None:
    """A shell starts background jobs with SIGINT ignored, and children inherit that; a person's
    terminal does not."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Terminal:
    """`python -m bot chat` in a real pseudo-terminal, as a person would use it."""

    def __init__(self, cwd: Path, **env: str) -> None:
        environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
        environment.update({"TERM": "xterm", "HOME": str(cwd), "BOT_DATA_DIR": str(cwd)}, **env)
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat"], stdin=slave, stdout=slave, stderr=slave,
            cwd=cwd, env=environment, preexec_fn=_default_sigint)
        os.close(slave)
        self.output, self.prompts = b"", 0

    def prompt(self, timeout: float = 30) -> None:
        """Wait for the next prompt."""
        self.prompts += 1
        deadline = time.monotonic() + timeout
        while self.output.count(b"you> ") < self.prompts:
            assert time.monotonic() < deadline, self.output[-500:]
            if select.select([self.master], [], [], 0.1)[0]:
                self.output += os.read(self.master, 65536)

    def type(self, keys: bytes) -> None:
        self.prompt()
        os.write(self.master, keys)

    def interrupt(self) -> None:
        """Ctrl-C at the prompt. CPython's readline misses a SIGINT that arrives between
        printing the prompt and waiting for a key (a window no person hits), so wait a moment
        first, and press again if it was missed."""
        for _ in range(5):
            time.sleep(0.3)
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=3)
                return
            except subprocess.TimeoutExpired:
                continue

    def finish(self) -> tuple[int, str]:
        returncode = self.process.wait(timeout=30)
        while select.select([self.master], [], [], 0.2)[0]:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not chunk:
                break
            self.output += chunk
        os.close(self.master)
        return returncode, self.output.decode("utf-8", "replace").replace("\r\n", "\n")


def last_line(output: str) -> str:
    return output.split("you> ")[-1]


@pytest.mark.parametrize("leave", ["ctrl-d", "ctrl-c", "quit"])
def test_the_terminal_chat_labels_replies_and_leaves_a_clean_line(tmp_path: Path, leave: str
                                                                  ) -> None:
    # Given the terminal chat on a terminal with colour allowed
    term = Terminal(tmp_path)
    # When a person asks a question, asks for help with "?", then leaves
    term.type(b"when did ELISE run?\n")
    term.type(b"?\n")
    if leave == "ctrl-c":
        term.prompt()
        term.interrupt()
    else:
        term.type(b"\x04" if leave == "ctrl-d" else b"quit\n")
    returncode, output = term.finish()
    # Then replies carry a coloured label, "?" showed the help, and the output ends with a
    # newline, so the shell's prompt starts on a line of its own
    assert "\x1b[1;36mbot> \x1b[0mELISE ran from 1 January 2017" in output
    assert "I answer questions about Life Science Nord's past projects" in output
    assert output.endswith("\n") and "Traceback" not in output
    assert returncode == (130 if leave == "ctrl-c" else 0)
    if leave == "quit":
        assert last_line(output).strip().endswith("Goodbye!")


def test_no_color_turns_colour_off_and_start_shows_help(tmp_path: Path) -> None:
    term = Terminal(tmp_path, NO_COLOR="1")
    term.type(b"/start\n")
    term.type(b"show me a timeline\n")
    term.type(b"quit\n")
    _, output = term.finish()
    assert "\x1b[1;36m" not in output
    assert "bot> I answer questions about Life Science Nord's past projects" in output
    # And a timeline in words says how to draw it as a picture
    assert ("To draw this as a picture: python -m bot timeline 'show me a timeline' "
            "--out timeline.png") in output


def test_piped_output_has_labels_and_sources_but_no_colour() -> None:
    result = run(stdin="when did BFCC run?\nwhich projects did the ERDF fund?\n",
                 env={"INSIGHTS_RETENTION_DAYS": "0"})
    assert "bot> BFCC ran from" in result.stdout and "\x1b[" not in result.stdout
    # the page's words under each answer, at most three, then how to see the rest
    assert "\n     Source: BFCC: “" in result.stdout
    erdf = result.stdout.split("bot> ")[2]
    assert erdf.count("Source: ") == 3 and " more: ask “where does it say that?”" in erdf


def test_help_after_german_questions_is_in_german() -> None:
    # Given a terminal chat that asked in German (and one that hasn't asked yet)
    german = run(stdin="Wann lief BFCC?\n?\n", env={"INSIGHTS_RETENTION_DAYS": "0"})
    fresh = run(stdin="?\n", env={"INSIGHTS_RETENTION_DAYS": "0"})
    # When "?" asks for the help, then it comes in the chat's language, English by default
    assert "bot> Ich beantworte Fragen" in german.stdout, german.stdout
    assert "I answer questions" not in german.stdout
    assert "bot> I answer questions about Life Science Nord's past projects" in fresh.stdout


def test_a_german_goodbye_is_answered_in_german() -> None:
    result = run(stdin="Tschüss\n", env={"INSIGHTS_RETENTION_DAYS": "0"})
    assert result.returncode == 0 and "Auf Wiedersehen!" in result.stdout
