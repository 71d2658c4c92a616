"""Shared fixtures: the real knowledge base, loaded once, and a helper to run dialogs."""

from __future__ import annotations

import codecs
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import Reply, State, answer
from bot.knowledge import KnowledgeBase, load

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load()


def ask(kb: KnowledgeBase, *messages: str, hint: str | None = None) -> list[Reply]:
    """Send messages in one chat; return every reply."""
    state, replies = State(), []
    for text in messages:
        reply = answer(text, state, kb, hint)
        replies.append(reply)
        state = reply.state
    return replies


def python_calls(work: Callable[[], Any]) -> tuple[Any, int]:
    """What `work` returns, and how many Python function calls it made (a noise-free measure
    of the work a step does, where its timing would be)."""
    return _counted(work, "call")


def builtin_calls(work: Callable[[], Any]) -> tuple[Any, int]:
    """What `work` returns, and how many calls of built-in functions and methods it made
    (str.join, list.index, max: the C work python_calls does not count)."""
    return _counted(work, "c_call")


def _counted(work: Callable[[], Any], kind: str) -> tuple[Any, int]:
    """What `work` returns, and how many profile events of this kind it made."""
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == kind

    sys.setprofile(count)
    try:
        return work(), calls
    finally:
        sys.setprofile(None)


def hostile_strings() -> list[str]:
    """The fixed list of hostile inputs, plus a few that a text file cannot hold."""
    lines = (HERE / "hostile_strings.txt").read_text(encoding="utf-8").splitlines()
    strings = [codecs.decode(line, "unicode_escape") if "\\" in line else line
               for line in lines if not line.startswith("#")]
    return strings + ["x" * 10_000, "BFCC " * 2_000, "\ud800 lone surrogate \udfff", "ä" * 5000]
