"""Per-chat flood control: a chat that sends too much too fast is told once to slow down.

A chat may send ``limit`` messages within ``window`` seconds. The next one within the window gets
the verdict ``WARN`` (the front end sends one "slow down" notice); every further one is ``DROP``
until the chat's rate falls back under the limit, which ends the episode. Dropped messages count
too, so a chat that keeps flooding stays quiet. Each check is O(1): a chat keeps at most
``limit + 1`` timestamps, and chats that went quiet are forgotten now and then.

The guard knows nothing about Telegram; the caller passes the time a message was sent.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from dataclasses import dataclass, field
from enum import Enum

DEFAULT_LIMIT = 5
DEFAULT_WINDOW = 1.0  # seconds
_SWEEP_EVERY = 1000  # checks between forgetting quiet chats


class Verdict(Enum):
    """What to do with one message."""

    OK = "ok"  # answer it
    WARN = "warn"  # the first message over the limit: send the notice instead of an answer
    DROP = "drop"  # over the limit and already told: ignore it


@dataclass
class _Chat:
    times: deque[float]
    warned: bool = False


@dataclass
class FloodGuard:
    """Counts each chat's recent messages; cheap enough to run before everything else."""

    limit: int = DEFAULT_LIMIT
    window: float = DEFAULT_WINDOW
    _chats: dict[Hashable, _Chat] = field(default_factory=dict, repr=False)
    _checks: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        if self.limit < 1 or self.window <= 0:
            raise ValueError("a flood limit needs at least one message in a positive window")

    def check(self, chat: Hashable, at: float) -> Verdict:
        """Count a message from ``chat`` sent at ``at`` (seconds) and say what to do with it."""
        self._checks += 1
        if self._checks % _SWEEP_EVERY == 0:
            self._forget_quiet(at)
        state = self._chats.get(chat)
        if state is None:
            state = self._chats[chat] = _Chat(deque(maxlen=self.limit + 1))
        state.times.append(at)
        if len(state.times) <= self.limit or at - state.times[0] > self.window:
            state.warned = False
            return Verdict.OK
        if state.warned:
            return Verdict.DROP
        state.warned = True
        return Verdict.WARN

    def _forget_quiet(self, now: float) -> None:
        """Drop chats with nothing inside the window, so memory follows the active chats."""
        quiet = [c for c, s in self._chats.items() if now - s.times[-1] > self.window]
        for chat in quiet:
            del self._chats[chat]

    def __len__(self) -> int:
        """How many chats are being tracked."""
        return len(self._chats)
