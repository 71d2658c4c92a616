"""Tests of #16's cross-cutting bounds: the fuzzy name filter by length, and the benchmark rows
for hostile inputs (YAML bombs, 2,000 characters of noise, the first timeline, the report)."""

from __future__ import annotations

import random
import string

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.knowledge import KnowledgeBase
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
