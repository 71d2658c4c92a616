"""The terminal chat: a prompt with line editing and history over the same core as Telegram."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase

HISTORY = Path.home() / ".lsn_bot_history"
GOODBYE = {"quit", "exit", "bye", "/quit", "/exit", "tschüss", "tschuss"}


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


def chat(
    kb: KnowledgeBase, language: str | None = None, stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Read questions until end of input or "quit"; print each answer."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    save = _enable_line_editing() if interactive else (lambda: None)
    stdout.write("Ask me about Life Science Nord's past projects (English or German). "
                 "Type 'quit' to leave.\n")
    state = State(language=language)
    try:
        while True:
            line = _read(interactive, stdin, stdout)
            if line is None or line.strip().lower() in GOODBYE:
                break
            if not line.strip():
                continue
            reply = answer(line, state, kb)
            state = reply.state
            stdout.write(reply.text + "\n")
            if reply.choices:
                stdout.write("  → " + " | ".join(b.label for b in reply.choices) + "\n")
            stdout.flush()
    finally:
        save()
    return 0


def _read(interactive: bool, stdin: TextIO, stdout: TextIO) -> str | None:
    if interactive:
        try:
            return input("you> ")
        except EOFError:
            return None
    stdout.write("you> ")
    stdout.flush()
    line = stdin.readline()
    return line if line else None
