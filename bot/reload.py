"""The knowledge base the bot is serving now, and swapping in an edited file without a restart.

Handlers read :attr:`LiveKnowledge.kb` once per update, so a swap is one attribute assignment and
an update never sees two knowledge bases. :meth:`LiveKnowledge.reload` loads and validates the
file in a thread (the event loop keeps answering), builds the new knowledge base's indexes there
too, and swaps only if all of that worked. A broken file changes nothing: the last good knowledge
base keeps serving and the exact errors are logged and returned for the admin who asked.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.conversation import State, answer
from bot.descriptions import describe
from bot.knowledge import KnowledgeBase, KnowledgeError, load
from bot.understanding import Filters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """How a reload went: the knowledge base serving now, and the errors of a refused file."""

    ok: bool
    kb: KnowledgeBase
    errors: str = ""


class LiveKnowledge:
    """Holds the serving knowledge base; one reload runs at a time."""

    def __init__(self, kb: KnowledgeBase, path: str | Path | None = None) -> None:
        self._kb = kb
        self.path = path
        self._lock = asyncio.Lock()

    @property
    def kb(self) -> KnowledgeBase:
        """The knowledge base to answer from. Read it once per update."""
        return self._kb

    async def reload(self, reason: str) -> Outcome:
        """Load the file again; swap it in if it is valid, else keep serving the old one."""
        async with self._lock:
            try:
                kb = await asyncio.to_thread(_load_ready, self.path)
            except KnowledgeError as exc:
                log.error("Knowledge base reload (%s) refused; still serving the previous "
                          "version. Errors:\n%s", reason, exc)
                return Outcome(False, self._kb, str(exc))
            except Exception as exc:  # a bug must not take the serving knowledge base down
                log.exception("Knowledge base reload (%s) failed; still serving the previous "
                              "version", reason)
                return Outcome(False, self._kb, f"{type(exc).__name__}: {exc}")
            self._kb = kb
            log.info("Knowledge base reloaded (%s): %d projects from %s", reason,
                     len(kb.projects), kb.path)
            return Outcome(True, kb)


def _load_ready(path: str | Path | None) -> KnowledgeBase:
    """Load and validate, then warm it (see :func:`warmed`)."""
    return warmed(load(path))


# One question of each kind that builds an index of the knowledge base on first use: names and
# dates, the words of the yes/no claims, the words of the projects' texts (a project described).
WARM_QUESTIONS = ("When did {name} run?", "Was {name} funded by the EU?",
                  "the project that worked with hospitals, who led it?")


def warmed(kb: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base after a few questions that build its indexes, so that the first
    real question is not slowed down by them (about 90 ms, then 7 ms for the first
    description)."""
    for project in list(kb.projects.values())[:1]:
        for question in WARM_QUESTIONS:
            answer(question.format(name=project.name), State(), kb)
    describe("the project that was about it", Filters(), kb)  # the words of the texts
    for build in data_caches():  # (word lists and patterns a rarer question needs first)
        build()
    return kb


def data_caches() -> list[Callable[[], object]]:
    """The caches of the bot's loaded modules that hold data alone (functions of no argument:
    words and patterns from bot/data). The questions above build some; the rest would be built
    by the first real question of their kind (the typo search's index about 16 ms, the others
    up to 0.4 ms each)."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("bot.") or name == "bot.timeline":  # (matplotlib: on demand)
            continue
        for value in list(vars(module).values()):
            code = getattr(getattr(value, "__wrapped__", None), "__code__", None)
            if code is not None and hasattr(value, "cache_info") and \
                    value.__module__ == name and code.co_argcount == 0 and \
                    code.co_kwonlyargcount == 0 and not code.co_flags & _ANY_ARGUMENTS:
                found.append(value)
    return found


_ANY_ARGUMENTS = 0x04 | 0x08  # a code object's flags for *args and **kwargs
