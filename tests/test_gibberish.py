"""Ordinary words and random strings never answer as a project or a filter (issue #16)."""

from __future__ import annotations

import random
import string

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.text import normalize
from bot.understanding import entity_index
from tests.conftest import HERE

# Everyday words of both languages; those that are a name or alias in the knowledge base (a
# topic such as "bone") are taken out below.
ORDINARY = [w for line in (HERE / "ordinary_words.txt").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") for w in line.split()]


def _names(kb: KnowledgeBase) -> set[str]:
    index = entity_index(kb)
    return {w for key in index.exact for w in key.split()}


def _random_strings(count: int, seed: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 8)))
            for _ in range(count)]


@pytest.mark.parametrize("kind", ["ordinary", "random"])
def test_ordinary_words_and_random_strings_answer_nothing(kb: KnowledgeBase, kind: str) -> None:
    names = _names(kb)
    words = ORDINARY if kind == "ordinary" else _random_strings(3000)
    words = [w for w in words if normalize(w) not in names]
    confident = []
    for word in words:
        reply = answer(word, State(), kb)
        if reply.projects or (reply.answered and reply.intent not in (
                "greeting", "thanks", "help")):
            confident.append((word, reply.intent, reply.projects))
    assert confident == []
