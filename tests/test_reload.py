"""Tests of the live knowledge base: swapping in an edited file, keeping the old one if broken."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

import pytest

from bot import reload as reload_module
from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase, KnowledgeError, load
from bot.reload import LiveKnowledge


@pytest.fixture
def kb_file(tmp_path: Path, kb: KnowledgeBase) -> Path:
    path = tmp_path / "projects.yaml"
    path.write_text(Path(kb.path).read_text(encoding="utf-8"), encoding="utf-8")
    return path


def set_elise_end(path: Path, end: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('end: "2021-12-31"', f'end: "{end}"', 1), encoding="utf-8")


def ends(kb: KnowledgeBase) -> str:
    return answer("When did ELISE end?", State(), kb).text


async def test_a_valid_edit_is_swapped_in(kb_file: Path) -> None:
    # Given the live knowledge base serving a file
    live = LiveKnowledge(load(kb_file), kb_file)
    before = live.kb
    # When the file is edited and reloaded
    set_elise_end(kb_file, "2022-06-30")
    outcome = await live.reload("test")
    # Then the new knowledge base serves
    assert outcome.ok and outcome.errors == "" and outcome.kb is live.kb is not before
    assert "30 June 2022" in ends(live.kb)


async def test_a_broken_edit_keeps_the_old_one_and_gives_the_exact_errors(
    kb_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given the live knowledge base serving a good file
    live = LiveKnowledge(load(kb_file), kb_file)
    before = live.kb
    # When the file gets an impossible date and is reloaded
    set_elise_end(kb_file, "2021-13-45")
    with pytest.raises(KnowledgeError) as expected:
        load(kb_file)
    outcome = await live.reload("test")
    # Then nothing changed, and the errors are exactly the validator's, in the log too
    assert not outcome.ok and live.kb is before and outcome.kb is before
    assert outcome.errors == str(expected.value) and "2021-13-45" in outcome.errors
    assert any(outcome.errors in r.getMessage() for r in caplog.records
               if r.levelno == logging.ERROR)
    assert "31 December 2021" in ends(live.kb)


async def test_a_missing_file_keeps_the_old_one(kb: KnowledgeBase, tmp_path: Path) -> None:
    live = LiveKnowledge(kb, tmp_path / "gone.yaml")
    outcome = await live.reload("test")
    assert not outcome.ok and live.kb is kb and "cannot read file" in outcome.errors


async def test_a_crash_while_loading_keeps_the_old_one(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a loader with a bug
    def crash(path: Any) -> KnowledgeBase:
        raise RuntimeError("bug")

    monkeypatch.setattr(reload_module, "load", crash)
    live = LiveKnowledge(kb)
    # When a reload runs, Then the old knowledge base still serves and the bug is reported
    outcome = await live.reload("test")
    assert not outcome.ok and live.kb is kb and outcome.errors == "RuntimeError: bug"


async def test_loading_runs_beside_the_event_loop(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a slow load
    def slow(path: Any) -> KnowledgeBase:
        time.sleep(0.3)
        return kb

    monkeypatch.setattr(reload_module, "load", slow)
    live = LiveKnowledge(kb)
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    # When a reload runs while other work is waiting on the loop
    ticker = asyncio.create_task(tick())
    outcome = await live.reload("test")
    ticker.cancel()
    # Then that other work went on meanwhile
    assert outcome.ok and ticks > 1


def test_a_warmed_knowledge_base_has_its_indexes_before_the_first_question(
        kb_file: Path) -> None:
    # Given two fresh loads of the same file, one warmed as serving and a reload do it
    from tests.conftest import python_calls

    question = "the project that stored stem cells, who led it?"
    warm = reload_module.warmed(load(kb_file))
    cold = load(kb_file)
    # When the first question that describes a project comes (the warmed one asked first, so
    # only the knowledge base's own indexes differ, not the caches of the message's words)
    first, warm_calls = python_calls(lambda: answer(question, State(), warm))
    again, cold_calls = python_calls(lambda: answer(question, State(), cold))
    # Then the warmed one answers alike with far less work: the index of the projects' words
    # was built when it was warmed, not on this question
    assert first.text == again.text
    assert cold_calls - warm_calls > INDEX_CALLS, (warm_calls, cold_calls)


INDEX_CALLS = 500  # at least what indexing the words of the projects' texts costs (about 900)


UNBUILT = """
import json, sys
from bot.knowledge import load
from bot.reload import warmed
warmed(load(None))
unbuilt = []
for module_name, module in list(sys.modules.items()):
    if not module_name.startswith("bot.") or module_name == "bot.timeline":
        continue
    for name, value in vars(module).items():
        code = getattr(getattr(value, "__wrapped__", None), "__code__", None)
        if code is not None and hasattr(value, "cache_info") and \\
                value.__module__ == module_name and code.co_argcount == 0 and \\
                code.co_kwonlyargcount == 0 and not code.co_flags & 0x0C and \\
                value.cache_info().currsize == 0:
            unbuilt.append(f"{module_name}.{name}")
print(json.dumps(unbuilt))
"""


def test_a_warmed_knowledge_base_leaves_no_word_list_for_the_first_question() -> None:
    import json
    import subprocess
    import sys
    # Given a fresh process that loads the knowledge base and warms it, as serving does (the
    # timeline's picture, drawn by matplotlib, loads on demand)
    done = subprocess.run([sys.executable, "-c", UNBUILT], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parent.parent)
    # When the caches of its modules that hold data alone (words and patterns from bot/data)
    # are looked at
    unbuilt = json.loads(done.stdout)
    # Then every one is built: none waits for the first real question of its kind (the typo
    # search's index took about 16 ms there, a dozen others 0.01-0.4 ms each)
    assert unbuilt == []
