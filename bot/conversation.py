"""The pure core: ``answer(text, state, kb) -> Reply``.

It knows nothing about Telegram or terminals. Every front end calls it with the chat's current
:class:`State` and keeps the new state that comes back in the :class:`Reply`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from bot.knowledge import KnowledgeBase


@dataclass(frozen=True)
class State:
    """What a chat remembers between messages. Small, explicit and immutable."""

    language: str | None = None
    projects: tuple[str, ...] = ()
    intent: str | None = None
    last_list: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    pending_intent: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form for persistence."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: Any) -> State:
        """Rebuild a state, ignoring anything unknown or malformed."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = data.get(f.name)
            if isinstance(raw, str) and f.name in ("language", "intent", "pending_intent"):
                values[f.name] = raw
            elif isinstance(raw, list | tuple) and all(isinstance(x, str) for x in raw):
                values[f.name] = tuple(raw)
        return cls(**values)


@dataclass(frozen=True)
class Button:
    """A suggested follow-up or a choice: a label to show and the text it sends."""

    label: str
    query: str


@dataclass(frozen=True)
class Reply:
    """One answer: the data, its two renderings and the new conversation state."""

    text: str
    html: str
    language: str
    intent: str
    projects: tuple[str, ...]
    answered: bool
    state: State
    buttons: tuple[Button, ...] = ()
    choices: tuple[Button, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)
    image: str | None = None

    def to_json(self, chat: Any) -> dict[str, Any]:
        """The machine interface's output object (a stable contract)."""
        out = {
            "chat": chat,
            "text": self.text,
            "language": self.language,
            "intent": self.intent,
            "projects": list(self.projects),
            "answered": self.answered,
        }
        if self.image:
            out["image"] = self.image
        return out


def answer(
    text: str, state: State, kb: KnowledgeBase, language_hint: str | None = None
) -> Reply:
    """Answer one message given the chat's state; never raises for any input text."""
    from bot.answers import respond
    from bot.understanding import understand

    parsed = understand(text, state, kb, language_hint)
    return respond(parsed, state, kb)
