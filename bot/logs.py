"""The one logging setup: level from LOG_LEVEL, plain or JSON lines, secrets redacted.

At INFO the bot logs what it did, never what people wrote: one line per update with its kind,
its outcome (an intent name, "flood", ...) and its latency, plus start, stop and reloads. The bot
token and the webhook secret never reach a log line; anything shaped like a bot token is redacted
too, because httpx logs request URLs and Bot API URLs contain the token.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

_TOKEN_PATTERN = re.compile(r"\d{6,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[REDACTED]"
PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QUIET = ("httpx", "httpcore")  # request lines at INFO; WARNING and above still come through
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}
_OUTCOME: ContextVar[str] = ContextVar("update_outcome", default="ignored")


class RedactSecrets(logging.Filter):
    """Remove the bot token (and other secrets) from every log record a handler emits."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def redact(self, text: str) -> str:
        """The text with every secret and anything shaped like a bot token replaced."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_PATTERN.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the formatted message and any traceback; never drop a record."""
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, any extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON (non-ASCII kept, newlines escaped)."""
        out: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        out.update((k, v) for k, v in record.__dict__.items() if k not in _STANDARD)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exception"] = record.exc_text
        return json.dumps(out, ensure_ascii=False, default=str)


def setup(level: str = "INFO", fmt: str = "plain", secrets: Iterable[str] = (),
          stream: TextIO | None = None) -> logging.Handler:
    """Log to stderr (or ``stream``) at ``level``, as plain text or JSON lines, secrets redacted.

    Calling it again replaces the handler it installed before, so there is only ever one.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_bot_logs", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler._bot_logs = True  # type: ignore[attr-defined]
    json_lines = fmt.strip().lower() == "json"
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(PLAIN_FORMAT))
    handler.addFilter(RedactSecrets(secrets))
    root.addHandler(handler)
    number = logging.getLevelName(level.strip().upper())
    root.setLevel(number if isinstance(number, int) else logging.INFO)
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


def note_outcome(outcome: str) -> None:
    """Say how the update being handled ended ("dates", "fallback", "flood" ...) for its line."""
    _OUTCOME.set(outcome)


@contextmanager
def update_line(logger: logging.Logger, update_id: int | None, kind: str) -> Iterator[None]:
    """Log one INFO line when the update is done: id, kind, outcome and latency, no text."""
    token = _OUTCOME.set("ignored")
    start = time.perf_counter()
    try:
        yield
    finally:
        latency = round((time.perf_counter() - start) * 1000, 1)
        outcome = _OUTCOME.get()
        _OUTCOME.reset(token)
        logger.info("update %s %s: %s in %.1f ms", update_id, kind, outcome, latency,
                    extra={"update_id": update_id, "kind": kind, "outcome": outcome,
                           "latency_ms": latency})
