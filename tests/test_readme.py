"""The README as a newcomer reads it: short before "How it is built", the two commands with a
virtual environment, every linked file present, and the examples answered in the table's order."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


def test_the_first_part_is_short_and_starts_with_the_two_commands() -> None:
    first = README[:README.index("## How it is built")]
    assert len(first.encode("utf-8")) <= 8 * 1024
    commands = [line.strip() for line in section("Try it: two commands").splitlines()
                if line.startswith("    ")]
    assert commands == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e . && python -m bot",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && pytest",
    ]
    assert "pip install -e '.[test]' && pytest" in (ROOT / ".ci" / "run").read_text()
    for title in ("A sample dialog", "Evaluation", "Deploy", "Operate", "Add a project"):
        assert README.index(f"## {title}\n") < README.index("## How it is built"), title


def test_every_linked_file_is_there() -> None:
    links = re.findall(r"\]\(([^)#]+)\)", README)
    assert {"docs/deploy.md", "docs/operations.md", "docs/adding-a-project.md"} <= set(links)
    assert [link for link in links if not (ROOT / link).exists()] == []
    for named in ("Dockerfile", "deploy/lsn-bot.service", "Procfile", ".env.example"):
        assert (ROOT / named).exists(), named


def test_the_examples_are_answered_when_asked_in_the_tables_order(kb: KnowledgeBase) -> None:
    # Given every example question of "What you can ask", in order, in one chat
    questions = re.findall(r'"([^"]+)"', section("What you can ask").split("| --- |")[1])
    assert len(questions) >= 25
    state, replies = State(), {}
    # When they are asked one after the other
    for question in questions:
        reply = answer(question, state, kb)
        state, replies[question] = reply.state, reply
    # Then each gets an answer, and the follow-ups find what they refer to
    assert [q for q, r in replies.items() if not r.answered] == []
    assert replies["and MAGIA2Market?"].projects == ("magia2market",)
    assert replies["what about BFCC?"].projects == ("bfcc",)
    assert replies["who funded it?"].projects == ("bfcc",)
    assert replies["the second one"].projects == ("bonebank",)


def test_the_sample_dialog_is_what_the_bot_says(kb: KnowledgeBase) -> None:
    # Given the sample dialog: questions, replies, and the page quotes under them
    lines = [line[4:].strip() for line in section("A sample dialog").splitlines()
             if line.startswith("    ")]
    turns: list[tuple[str, list[str], list[str]]] = []
    for line in lines:
        if line.startswith("you> "):
            turns.append((line[5:], [], []))
        elif line.startswith(("Source: ", "Quelle: ")):
            turns[-1][2].append(line.split(": ", 1)[1])
        elif line != "…":
            turns[-1][1].append(line.removeprefix("bot> "))
    # When the bot is asked the questions in one chat
    state = State()
    for question, shown, quotes in turns:
        reply = answer(question, state, kb)
        state = reply.state
        # Then each reply shown is (nearly word for word: wording gets polished) the bot's own,
        # and each quote shown is one it gives
        real = " ".join(reply.text.split()).split()
        assert SequenceMatcher(None, " ".join(shown).split(), real).ratio() > 0.8, question
        assert set(quotes) <= set(reply.sources), question
