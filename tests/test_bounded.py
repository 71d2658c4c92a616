"""Tests of #16's cross-cutting bounds: the fuzzy name filter by length (the worst noise input),
and a live reload that meets a YAML bomb or a FIFO."""

from __future__ import annotations

import os
import random
import resource
import string
import time
from pathlib import Path

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from benchmarks import hostile
from bot.knowledge import KnowledgeBase
from bot.reload import LiveKnowledge
from bot.understanding import FuzzyNames, entity_index


def queries(names: list[str], count: int = 500) -> list[str]:
    """Random strings of every length, and each name cut, extended and as it is."""
    rng = random.Random(16)
    noise = ["".join(rng.choices(string.ascii_lowercase + "äöß#. ", k=rng.randint(1, 70)))
             for _ in range(count)]
    return noise + [n[:-1] for n in names] + [n + "x" for n in names] + [n[1:] for n in names]


@pytest.mark.parametrize("cutoff", [0.3, 0.75, 0.8])
def test_fuzzy_names_by_length_give_exactly_what_scoring_every_name_gives(
    kb: KnowledgeBase, cutoff: float
) -> None:
    # Given the real knowledge base's fuzzy names (few enough to be scored without the index)
    names = entity_index(kb).fuzzy.keys
    fuzzy = FuzzyNames(list(names))
    assert len(names) <= FuzzyNames.BRUTE_FORCE_MAX
    for query in queries(names):
        # When a query is matched at a cutoff
        found = fuzzy.extract(query, cutoff)
        # Then the names, scores and positions are those of scoring every name
        expected = process.extract(query, names, scorer=OSA.normalized_similarity,
                                   score_cutoff=cutoff, limit=FuzzyNames.LIMIT)
        assert found == [tuple(hit) for hit in expected], query


@pytest.mark.parametrize("bomb", [*hostile.BOMBS, "a FIFO"])
async def test_a_reload_refuses_a_bomb_and_keeps_serving(
    kb: KnowledgeBase, tmp_path: Path, bomb: str
) -> None:
    # Given a running bot's knowledge base, and a YAML bomb (or a FIFO) where its file was
    path = tmp_path / "projects.yaml"
    if bomb == "a FIFO":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    else:
        path.write_text(hostile.BOMBS[bomb](), encoding="utf-8")
    live = LiveKnowledge(kb, path)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu = time.process_time()
    # When /reload or SIGHUP reads it
    outcome = await live.reload("test")
    # Then it is refused with the reason, the old knowledge base keeps answering, and reading
    # it cost next to nothing (no new peak of memory worth the name, well under a second of CPU)
    assert not outcome.ok and outcome.kb is kb and live.kb is kb
    assert "YAML aliases repeat" in outcome.errors or "not a regular file" in outcome.errors
    assert time.process_time() - cpu < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 50 * 1024
