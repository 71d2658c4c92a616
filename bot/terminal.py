"""The terminal chat: a prompt with line editing and history over the same core as Telegram.

Replies are labelled ``bot>`` (in colour on a terminal, never with NO_COLOR set); ``?``,
``/start`` and ``/help`` show the help; a timeline names the command that draws its picture;
unanswered questions go to the recorder (the insights store behind ``report``) when one is given.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.conversation import Reply, State, answer, answer_about
from bot.datafiles import data_file, in_language
from bot.jsonl import Recorder
from bot.knowledge import KnowledgeBase

HISTORY = Path.home() / ".lsn_bot_history"
GOODBYE = {"quit", "exit", "bye", "/quit", "/exit", "tschüss", "tschuss"}
GERMAN_GOODBYE = {"tschüss", "tschuss"}  # said in German, answered in German
HELP = {"?", "/start", "/help", "/hilfe"}
PROMPT, LABEL = "you> ", "bot> "
CHAT_ID = "terminal"
SOURCES = 3  # quotes shown under an answer


def _enable_line_editing() -> Callable[[], None]:
    """Arrow keys and history where readline exists; returns a function that saves history."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows without pyreadline
        return lambda: None
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY)

    return save


def use_colour(stdout: TextIO, environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Colour only on a terminal, and never with NO_COLOR (https://no-color.org) or TERM=dumb."""
    return (stdout.isatty() and "NO_COLOR" not in environ
            and environ.get("TERM", "") != "dumb")


def text(key: str, language: str) -> str:
    """A text of bot/data/terminal.yaml in the language."""
    return in_language(data_file("terminal")[key], language)


class Chat:
    """One terminal conversation: reads questions, writes labelled answers."""

    def __init__(self, kb: KnowledgeBase, stdin: TextIO, stdout: TextIO,
                 language: str | None = None, recorder: Recorder | None = None) -> None:
        self.kb, self.stdin, self.stdout, self.recorder = kb, stdin, stdout, recorder
        self.interactive = stdin.isatty() and stdout.isatty()
        self.colour = use_colour(stdout)
        self.state = State(language=language)

    def run(self) -> int:
        """Read questions until end of input, Ctrl-C or "quit"; the shell prompt then starts
        on a line of its own."""
        self.write(text("welcome", self.state.language or "en"))
        try:
            while (line := self.read()) is not None:
                if line.strip().lower() in GOODBYE:
                    said = "de" if line.strip().lower() in GERMAN_GOODBYE else None
                    self.write(text("goodbye", said or self.state.language or "en"))
                    return 0
                if line.strip():
                    self.respond(line.strip())
        except KeyboardInterrupt:
            self.end_prompt_line()
            return 130
        self.end_prompt_line()
        return 0

    def end_prompt_line(self) -> None:
        """After Ctrl-D or Ctrl-C the cursor is still on the prompt's line."""
        if self.interactive:
            self.stdout.write("\n")
            self.stdout.flush()

    def respond(self, line: str) -> None:
        if line.lower() in HELP:  # the help in the chat's language ("/hilfe" in German)
            said = "de" if line.lower() == "/hilfe" else self.state.language or "en"
            reply = answer_about("help", None, self.state, self.kb, said)
        else:
            reply = answer(line, self.state, self.kb)
        self.state = reply.state
        if self.recorder is not None and not reply.answered:
            self.recorder.unanswered(line, reply.language, reply.intent, reply.projects, CHAT_ID)
        self.write(self.render(reply, line))

    def render(self, reply: Reply, line: str) -> str:
        lines = reply.text.splitlines() or [""]
        if reply.choices:
            lines.append("→ " + " | ".join(b.label for b in reply.choices))
        lines += self.sources(reply)
        if reply.data.get("timeline"):
            command = f"python -m bot timeline {shlex.quote(line)} --out timeline.png"
            lines.append(text("timeline_hint", reply.language).format(command=command))
        label = f"\033[1;36m{LABEL}\033[0m" if self.colour else LABEL
        return label + "\n".join(lines).replace("\n", "\n" + " " * len(LABEL))

    def sources(self, reply: Reply) -> list[str]:
        """The page's words behind the answer, at most SOURCES of them (dim on a terminal); a
        reply that is itself the list of sources ("where does it say that?") has none added."""
        if reply.intent == "sources" or not reply.sources:
            return []
        label = text("sources", reply.language)
        shown = [f"{label}: {quote}" for quote in reply.sources[:SOURCES]]
        if len(reply.sources) > SOURCES:
            shown.append(text("more_sources", reply.language).format(
                count=len(reply.sources) - SOURCES))
        return [f"\033[2m{line}\033[0m" for line in shown] if self.colour else shown

    def read(self) -> str | None:
        if self.interactive:
            try:
                return input(PROMPT)
            except EOFError:
                return None
        return self.stdin.readline() or None  # piped: no prompt, as nobody sees it

    def write(self, message: str) -> None:
        self.stdout.write(message + "\n")
        self.stdout.flush()


def chat(kb: KnowledgeBase, language: str | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None, recorder: Recorder | None = None) -> int:
    """The terminal chat over stdin and stdout, with line editing where they are a terminal."""
    session = Chat(kb, stdin or sys.stdin, stdout or sys.stdout, language, recorder)
    save = _enable_line_editing() if session.interactive else (lambda: None)
    try:
        return session.run()
    finally:
        save()
