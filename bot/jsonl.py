"""The JSON-lines machine interface (`python -m bot chat --jsonl`), a stable contract.

One JSON object per input line, ``{"chat": <id>, "text": <message>}`` with an optional
``"language"`` hint (``"en"`` or ``"de"``); one flushed JSON object per line out, in order. Any
line that is not such an object (invalid UTF-8, malformed or non-standard JSON, nesting too
deep, a chat id that is not a short string or a 64-bit integer, lone surrogates, an unknown
language, a text over the limit) gets ``{"error": ...}`` and the process goes on. Output is always
UTF-8 and standard JSON (no NaN, no lone surrogates), whatever the locale.

Memory is bounded: conversation states are kept per chat in an LRU with a cap, and a chat idle for
longer than the retention starts afresh. Timeline pictures are cached by content in
``BOT_DATA_DIR/timelines`` under a size cap; the least recently used are deleted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Protocol

from bot.conversation import Reply, State, answer
from bot.knowledge import KnowledgeBase

MAX_LINE_BYTES = 256 * 1024  # a longer input line is skipped and answered with an error
MAX_TEXT = 4096  # characters of a message, Telegram's own limit
MAX_CHAT_ID = 256  # characters of a string chat id
MAX_INT_CHAT = 2**63  # an integer chat id lies in (-2**63, 2**63), as Telegram's do
LANGUAGES = ("en", "de")
DRAWN_MEMO = 256  # timelines whose picture file is remembered, so it is not drawn again
ECHO = 200  # characters of a bad line echoed in its error object


class ConfigError(ValueError):
    """An environment variable for the limits has a value that is not allowed."""


@dataclass(frozen=True)
class Limits:
    """The limits that can be configured (JSONL_MAX_CHATS, JSONL_IDLE_SECONDS,
    TIMELINE_CACHE_MB)."""

    max_chats: int = 10_000
    idle_seconds: float = 3600.0
    timeline_cache_bytes: int = 50 * 1024 * 1024

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Limits:
        env = os.environ if env is None else env
        default = cls()
        return cls(
            max_chats=int(_number(env, "JSONL_MAX_CHATS", default.max_chats, 1)),
            idle_seconds=_number(env, "JSONL_IDLE_SECONDS", default.idle_seconds, 0),
            timeline_cache_bytes=int(_number(env, "TIMELINE_CACHE_MB",
                                             default.timeline_cache_bytes / 2**20, 0) * 2**20),
        )


def _number(env: Mapping[str, str], name: str, default: float, least: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (least <= value < float("inf")):
        raise ConfigError(f"{name} must be a number of at least {least:g}, not {raw!r}")
    return value


class ChatStates:
    """Conversation states by chat: least recently used first, at most ``max_chats`` of them,
    none idle for longer than ``idle_seconds``."""

    def __init__(self, max_chats: int, idle_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_chats, self.idle_seconds, self.clock = max_chats, idle_seconds, clock
        self._states: OrderedDict[object, tuple[float, State]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._states)

    def __contains__(self, key: object) -> bool:
        return key in self._states

    def get(self, key: object) -> State:
        """The chat's state, or a fresh one if it is unknown or was evicted."""
        self._evict_idle()
        found = self._states.get(key)
        return found[1] if found else State()

    def put(self, key: object, state: State) -> None:
        self._states[key] = (self.clock(), state)
        self._states.move_to_end(key)
        while len(self._states) > self.max_chats:
            self._states.popitem(last=False)

    def _evict_idle(self) -> None:
        oldest = self.clock() - self.idle_seconds
        while self._states:
            seen, _ = next(iter(self._states.values()))
            if seen >= oldest:
                break
            self._states.popitem(last=False)


class Recorder(Protocol):
    """Where unanswered questions go (bot.insights.Insights)."""

    def unanswered(self, question: str, language: str, intent: str, projects: Any,
                   chat_id: int | str) -> None: ...


class BadLine(ValueError):
    """A line that gets an error object instead of an answer."""


def _no_constant(name: str) -> float:
    raise BadLine(f"not standard JSON: {name} is not allowed")


def parse_line(raw: bytes) -> tuple[object, str, str | None]:
    """The chat id, the text and the language hint of one line; BadLine if it has none."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine(f"not valid UTF-8 (byte {exc.start + 1})") from None
    try:
        message = json.loads(line, parse_constant=_no_constant)
    except BadLine:
        raise
    except RecursionError:
        raise BadLine("malformed JSON: nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise BadLine(f"malformed JSON: {exc.msg}") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise BadLine(f"malformed JSON: {str(exc).split(':')[0]}") from None
    if not isinstance(message, dict) or not isinstance(message.get("text"), str):
        raise BadLine("expected an object with a string 'text'")
    return _chat_id(message.get("chat")), _text(message["text"]), _language(message)


def _chat_id(chat: object) -> object:
    if chat is None or (isinstance(chat, str) and len(chat) <= MAX_CHAT_ID):
        return _unicode(chat, "chat") if chat else chat
    if isinstance(chat, int) and not isinstance(chat, bool) and abs(chat) < MAX_INT_CHAT:
        return chat
    raise BadLine(f"'chat' must be a string of at most {MAX_CHAT_ID} characters or a 64-bit "
                  "integer")


def _text(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise BadLine(f"'text' is longer than {MAX_TEXT} characters")
    return _unicode(text, "text")


def _language(message: dict[str, Any]) -> str | None:
    hint = message.get("language")
    if hint is None or hint in LANGUAGES:
        return hint
    raise BadLine("'language' must be \"en\" or \"de\" (or left out)")


def _unicode(value: str, key: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadLine(f"'{key}' is not valid Unicode (a lone surrogate at {exc.start})") from None
    return value


class Session:
    """One JSON-lines session: the chats' states, the picture cache, optional recording."""

    def __init__(self, kb: KnowledgeBase, limits: Limits | None = None,
                 recorder: Recorder | None = None, data_dir: Path | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.kb, self.limits, self.recorder = kb, limits or Limits(), recorder
        self.states = ChatStates(self.limits.max_chats, self.limits.idle_seconds, clock)
        self.pictures = (data_dir or _data_dir()) / "timelines"
        self._drawn: OrderedDict[str, Path] = OrderedDict()  # timeline data -> its picture

    def handle(self, raw: bytes) -> dict[str, object]:
        """The reply object for one input line (without its line ending); never raises."""
        try:
            chat, text, hint = parse_line(raw)
        except BadLine as exc:
            return {"error": str(exc), "line": _echo(raw)}
        key = (type(chat).__name__, chat)
        try:
            reply = answer(text, self.states.get(key), self.kb, hint)
        except Exception as exc:  # the core promises never to raise; keep going if it does
            print(f"jsonl: internal error ({type(exc).__name__})", file=sys.stderr)
            return {"chat": chat, "error": "internal error: this message could not be answered"}
        self.states.put(key, reply.state)
        if self.recorder is not None and not reply.answered:
            self.recorder.unanswered(text, reply.language, reply.intent, reply.projects,
                                     str(chat))
        if reply.data.get("timeline"):
            reply = self._with_picture(reply)
        return reply.to_json(chat)

    def _with_picture(self, reply: Reply) -> Reply:
        """Draw a timeline reply's picture; keep the text alone if it can't be saved."""
        key = json.dumps([reply.language, reply.data["timeline"]], sort_keys=True, default=str)
        try:
            path = self._drawn.get(key)
            if path is None or not path.exists():
                path = self._draw(reply)
            os.utime(path)  # the most recently used
            prune(self.pictures, self.limits.timeline_cache_bytes, keep=path)
        except (OSError, ValueError) as exc:
            print(f"jsonl: the timeline picture was not saved: {exc}", file=sys.stderr)
            return reply
        self._drawn[key] = path
        self._drawn.move_to_end(key)
        if len(self._drawn) > DRAWN_MEMO:
            self._drawn.popitem(last=False)
        return replace(reply, image=str(path.resolve()))

    def _draw(self, reply: Reply) -> Path:
        from bot.timeline import save_png_by_content

        return save_png_by_content(reply.data["timeline"], self.kb, reply.language,
                                   self.pictures)


def prune(directory: Path, cap_bytes: int, keep: Path | None = None) -> int:
    """Delete the least recently used timeline pictures until they fit in ``cap_bytes``
    (``keep`` stays in any case). Returns how many were deleted."""
    files = []
    for path in directory.glob("timeline-*.png"):
        try:
            stat = path.stat()
        except OSError:
            continue
        files.append((stat.st_mtime, stat.st_size, path))
    total, deleted = sum(size for _, size, _ in files), 0
    for _, size, path in sorted(files, key=lambda f: f[0]):
        if total <= cap_bytes:
            break
        if keep is not None and path == keep:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        total, deleted = total - size, deleted + 1
    return deleted


def encode(result: dict[str, object]) -> bytes:
    """One output line: standard JSON, valid UTF-8, whatever the result holds."""
    try:
        return (json.dumps(result, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
    except (ValueError, TypeError):  # UnicodeEncodeError is a ValueError
        return b'{"error": "internal error: the reply could not be encoded"}\n'


def read_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Each line without its ending; None for a line longer than ``limit`` bytes (its bytes
    are read and dropped, never kept)."""
    while True:
        chunk = stream.readline(limit + 1)
        if not chunk:
            return
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(limit + 1)
            yield None
            continue
        yield chunk.rstrip(b"\r\n")


def serve(stream: IO[bytes], out: IO[bytes], session: Session) -> None:
    """Answer every line of ``stream`` on ``out``, in order, flushing after each."""
    for raw in read_lines(stream):
        if raw is None:
            result: dict[str, object] = {"error": f"line longer than {MAX_LINE_BYTES} bytes"}
        elif not raw.strip():
            continue
        else:
            result = session.handle(raw)
        out.write(encode(result))
        out.flush()


def _echo(raw: bytes) -> str:
    return raw.decode("utf-8", "replace").strip()[:ECHO]


def _data_dir() -> Path:
    return Path(os.environ.get("BOT_DATA_DIR", "").strip() or "data")
