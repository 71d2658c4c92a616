"""The naive matcher the core is measured against.

It compares the whole normalised message with every name and alias of every project using
difflib's SequenceMatcher and picks the best: no index, no n-grams, no intents. It is what a first
version of such a bot often looks like, and it costs one comparison per alias per message.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from bot.knowledge import KnowledgeBase
from bot.text import normalize


class Baseline:
    """Every project alias, normalised once; a message is matched against all of them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.aliases: list[tuple[str, str]] = [
            (key, project.id)
            for project in kb.projects.values()
            for key in dict.fromkeys(normalize(name) for name in project.names())
            if key
        ]

    def match(self, text: str) -> str | None:
        """The project whose alias is most similar to the whole message."""
        message = normalize(text)
        best, best_id = 0.0, None
        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(message)
        for alias, project_id in self.aliases:
            matcher.set_seq1(alias)
            score = matcher.ratio()
            if score > best:
                best, best_id = score, project_id
        return best_id
