"""Signed tokens: the conversation state that travels with each web request, and chart URLs.

The server keeps no sessions. Each reply carries the new conversation state as a token, the
browser sends it back with the next question, and any server process that has the same key can
verify it. A token is ``<payload>.<signature>``: the payload is base64url JSON, the signature an
HMAC-SHA256 over a purpose label and the payload. A token that was tampered with, was signed for
another purpose or with another key, is too large or too old, is ignored: the question is then
answered as the first of a new conversation.

Only :meth:`State.to_dict` and :meth:`State.from_dict` touch the state, so its fields may change
without this module noticing. A state too large for a token loses its long lists first, then
everything (the answer is still right; only a follow-up may lose its reference).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.conversation import State

log = logging.getLogger(__name__)

KEY_NAME = "web.key"
TOKEN_LIMIT = 8192  # characters of a state token; requests with longer ones are refused
CHART_LIMIT = 4096  # characters of a chart token; a longer chart is shown as text only
LONG_LIST = 100  # items of a state list that are dropped first when the state is too large
DEFAULT_MAX_AGE = 24 * 3600.0  # seconds a state token stays good
_FUTURE = 300.0  # seconds of clock difference between server processes that are tolerated


@dataclass(frozen=True)
class Conversation:
    """What a valid state token holds: the chat's state, its random id and the last answer."""

    state: State = field(default_factory=State)
    chat: str = field(default_factory=lambda: secrets.token_hex(8))
    intent: str | None = None  # the last answer's, for 👍/👎
    projects: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signer:
    """Signs and verifies tokens with one key."""

    key: bytes = field(repr=False)
    max_age: float = DEFAULT_MAX_AGE
    clock: Callable[[], float] = time.time

    def state_token(self, conversation: Conversation) -> str:
        """The token for a conversation, kept under :data:`TOKEN_LIMIT` characters."""
        body = {"t": int(self.clock()), "c": conversation.chat, "i": conversation.intent,
                "p": list(conversation.projects)}
        for state in _shrinking(conversation.state.to_dict()):
            token = self._sign("state", {**body, "s": state})
            if len(token) <= TOKEN_LIMIT:
                return token
        return self._sign("state", {**body, "p": [], "s": {}})

    def conversation(self, token: object) -> Conversation | None:
        """The conversation a state token holds, or None if it is not valid or too old."""
        body = self._verify("state", token, TOKEN_LIMIT)
        if body is None:
            return None
        issued, chat = body.get("t"), body.get("c")
        if not isinstance(issued, int) or not isinstance(chat, str) or not 0 < len(chat) <= 32:
            return None
        age = self.clock() - issued
        if age > self.max_age or age < -_FUTURE:
            return None
        intent, projects = body.get("i"), body.get("p")
        return Conversation(
            State.from_dict(body.get("s")), chat, intent if isinstance(intent, str) else None,
            tuple(p for p in projects if isinstance(p, str)) if isinstance(projects, list) else ())

    def chart_token(self, timeline: dict[str, Any], language: str) -> str | None:
        """A token standing for a timeline chart, or None when the chart is too large for a URL."""
        token = self._sign("chart", {"d": timeline, "l": language})
        return token if len(token) <= CHART_LIMIT else None

    def chart(self, token: object) -> tuple[dict[str, Any], str] | None:
        """The chart data and language a chart token stands for, or None."""
        body = self._verify("chart", token, CHART_LIMIT)
        if body is None or not isinstance(body.get("d"), dict):
            return None
        return (body["d"], body["l"]) if body.get("l") in ("en", "de") else None

    def _sign(self, purpose: str, body: dict[str, Any]) -> str:
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        payload = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
        return f"{payload}.{self._signature(purpose, payload)}"

    def _verify(self, purpose: str, token: object, limit: int) -> dict[str, Any] | None:
        if not isinstance(token, str) or len(token) > limit or token.count(".") != 1:
            return None
        payload, signature = token.split(".")
        if not hmac.compare_digest(signature, self._signature(purpose, payload)):
            return None
        try:
            body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        except (ValueError, binascii.Error):
            return None
        return body if isinstance(body, dict) else None

    def _signature(self, purpose: str, payload: str) -> str:
        digest = hmac.new(self.key, f"{purpose}:{payload}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _shrinking(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The state as it is, then without its long lists, then empty."""
    short = {k: [] if isinstance(v, list) and len(v) > LONG_LIST else v for k, v in state.items()}
    return [state, short, {}]


def load_key(data_dir: Path, configured: str | None = None) -> bytes:
    """WEB_STATE_KEY if set, else a random key kept in ``data_dir``, made on first use.

    Every server process must use the same key, so a key that cannot be saved is an error: with
    a temporary key, a second process would reject every state the first one signed.
    """
    if configured:
        if len(configured) < 32:
            raise ValueError("WEB_STATE_KEY must be at least 32 characters")
        return configured.encode()
    path = data_dir / KEY_NAME
    try:
        if stored := path.read_text(encoding="ascii").strip():
            return stored.encode()
    except FileNotFoundError:
        pass
    return _new_key(path)


def _new_key(path: Path) -> bytes:
    """Write a new key completely, then link it into place: two processes starting together
    end up with the same key, and no process ever reads a half-written one."""
    key = secrets.token_hex(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{KEY_NAME}.{secrets.token_hex(4)}")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "w", encoding="ascii") as out:
        out.write(key + "\n")
    try:
        os.link(temporary, path)
    except FileExistsError:  # another process made it first: use theirs
        return path.read_text(encoding="ascii").strip().encode()
    finally:
        temporary.unlink()
    log.info("Made a new web state key in %s", path)
    return key.encode()
