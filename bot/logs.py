"""The one logging setup: level from LOG_LEVEL, plain or JSON lines, secrets redacted.

At INFO the bot logs what it did, never what people wrote: one line per update with its kind,
its outcome (an intent name, "flood", ...) and its latency, plus start, stop and reloads. The bot
token and the webhook secret never reach a log line; anything shaped like a bot token is redacted
too, because request URLs contain the token. What people wrote appears only at DEBUG: failures
are logged at ERROR with their type and stack, and the exception's message (which may quote the
user) follows at DEBUG.

:func:`capture_everything` routes what would otherwise reach stderr unformatted (warnings,
uncaught exceptions, anything printed to stderr) through the same handler, so nothing escapes
the redaction and every line is JSON in JSON mode.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TextIO
from urllib.parse import quote

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
        self.secrets = secret_forms(secrets)

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


def secret_forms(secrets: Iterable[str]) -> tuple[str, ...]:
    """Each secret as it may appear: whole, URL-quoted, and a token's part after the colon."""
    forms: set[str] = set()
    for secret in (s for s in secrets if s):
        forms.update((secret, quote(secret, safe=""), quote(secret)))
        _, colon, rest = secret.partition(":")
        if colon and len(rest) >= 8:
            forms.add(rest)
    return tuple(sorted(forms, key=len, reverse=True))


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
    handler = logging.StreamHandler(stream or real_stderr())
    handler._bot_logs = True  # type: ignore[attr-defined]
    json_lines = fmt.strip().lower() == "json"
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(PLAIN_FORMAT))
    handler.addFilter(RedactSecrets(secrets))
    root.addHandler(handler)
    number = logging.getLevelName(level.strip().upper())
    root.setLevel(number if isinstance(number, int) else logging.INFO)
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    # A body that is not JSON (a proxy's error page) is logged there with a traceback; the
    # error it raises is reported by the bot in one line instead
    logging.getLogger("telegram.request.BaseRequest").setLevel(logging.CRITICAL)
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


def failure(exc: BaseException) -> str:
    """An exception's type and stack without its message (which may quote what a user wrote)."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    return f"{type(exc).__module__}.{type(exc).__qualname__} (message at DEBUG)\n{stack}".rstrip()


class _StderrToLog:
    """Stands in for sys.stderr: each line written becomes a WARNING record of logger
    ``stderr``, so it is redacted and formatted like every other line."""

    def __init__(self, real: TextIO) -> None:
        self.real = real
        self._buffer = ""
        self._inside = threading.local()

    def write(self, text: str) -> int:
        """Buffer until a newline, then log each complete line."""
        self._buffer += text
        *lines, self._buffer = self._buffer.split("\n")
        for line in lines:
            self._emit(line)
        return len(text)

    def flush(self) -> None:
        """Log a pending partial line."""
        if self._buffer:
            line, self._buffer = self._buffer, ""
            self._emit(line)

    def _emit(self, line: str) -> None:
        if not line.strip():
            return
        if getattr(self._inside, "active", False):  # logging itself failed: never loop
            self.real.write(RedactSecrets().redact(line) + "\n")
            return
        self._inside.active = True
        try:
            logging.getLogger("stderr").warning("%s", line)
        finally:
            self._inside.active = False

    def isatty(self) -> bool:
        """Never a terminal: it is a log."""
        return False

    def fileno(self) -> int:
        """The real stderr's descriptor (for faulthandler and the like)."""
        return self.real.fileno()


def capture_everything() -> None:
    """Send warnings, uncaught exceptions (also in threads) and raw stderr output to the log.

    Call after :func:`setup`, whose handler keeps writing to the real stderr.
    """
    logging.captureWarnings(True)
    if not isinstance(sys.stderr, _StderrToLog):
        sys.stderr = _StderrToLog(sys.stderr)  # type: ignore[assignment]

    def uncaught(kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        logging.getLogger("bot").critical("Uncaught %s", failure(exc.with_traceback(tb)))

    sys.excepthook = uncaught
    threading.excepthook = lambda args: uncaught(  # type: ignore[assignment]
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def real_stderr() -> TextIO:
    """The process's own stderr, even while :func:`capture_everything` stands in for it."""
    return sys.stderr.real if isinstance(sys.stderr, _StderrToLog) else sys.stderr
