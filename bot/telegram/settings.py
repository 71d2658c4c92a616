"""Everything the Telegram front end reads from the environment, checked before anything starts.

A value that makes no sense (``FLOOD_LIMIT=0``, a base URL that is no URL, an unknown log level)
is a ``ValueError`` with a message naming the variable; ``serve`` turns it into one
"Configuration error" line and exit code 2.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from secrets import token_urlsafe
from urllib.parse import urlsplit

from bot.flood import DEFAULT_LIMIT, DEFAULT_WINDOW
from bot.insights import DEFAULT_RETENTION_DAYS, retention_days
from bot.telegram.store import DEFAULT_REPLAY_SECONDS
from bot.telegram.store import DEFAULT_RETENTION_DAYS as CONVERSATION_DAYS

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("plain", "json")


@dataclass(frozen=True)
class Settings:
    """The front end's configuration. Tests build it directly; ``serve`` reads the environment."""

    token: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    webhook_url: str | None = None
    port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    listen: str = "0.0.0.0"
    data_dir: Path = Path("data")
    log_level: str = "INFO"
    log_format: str = "plain"
    admins: frozenset[int] = frozenset()
    insights_salt: str | None = field(default=None, repr=False)
    insights_retention_days: int = DEFAULT_RETENTION_DAYS
    flood_limit: int = DEFAULT_LIMIT
    flood_window: float = DEFAULT_WINDOW
    knowledge_path: str | None = None
    # sending: retry for this long in all, first waiting this long (doubling up to 8 s)
    retry_seconds: float = 60.0
    retry_first_wait: float = 0.5
    # the durable store: pending updates younger than this are answered after a crash;
    # conversations idle for this many days are evicted
    replay_seconds: float = DEFAULT_REPLAY_SECONDS
    conversation_retention_days: float = CONVERSATION_DAYS
    webhook_max_body: int = 1024 * 1024  # bytes; Telegram's updates are a few KB
    poll_timeout: float = 30.0  # seconds a long poll waits for updates
    stop_grace: float = 8.0  # seconds SIGTERM waits for the updates in hand

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and check TELEGRAM_*, WEBHOOK_*, PORT, BOT_*, LOG_*, INSIGHTS_*, FLOOD_*,
        CONVERSATION_RETENTION_DAYS and KNOWLEDGE_PATH."""
        env = os.environ if env is None else env

        def get(name: str) -> str:
            return env.get(name, "").strip()

        webhook_url = get("WEBHOOK_URL") or None
        secret = get("WEBHOOK_SECRET") or None
        if webhook_url and not secret:
            secret = token_urlsafe(32)  # never accept unsigned webhook calls
        settings = cls(
            token=get("TELEGRAM_BOT_TOKEN"),
            base_url=get("TELEGRAM_API_BASE_URL") or DEFAULT_BASE_URL,
            webhook_url=webhook_url,
            port=_number(env, "PORT", 8443, int),
            webhook_secret=secret,
            listen=get("WEBHOOK_LISTEN") or "0.0.0.0",
            data_dir=Path(get("BOT_DATA_DIR") or "data"),
            log_level=get("LOG_LEVEL").upper() or "INFO",
            log_format=get("LOG_FORMAT").lower() or "plain",
            admins=admin_ids(get("BOT_ADMINS")),
            insights_salt=get("INSIGHTS_SALT") or None,
            insights_retention_days=retention_days(env),
            flood_limit=_number(env, "FLOOD_LIMIT", DEFAULT_LIMIT, int),
            flood_window=_number(env, "FLOOD_WINDOW", DEFAULT_WINDOW, float),
            knowledge_path=get("KNOWLEDGE_PATH") or None,
            retry_seconds=_number(env, "TELEGRAM_RETRY_SECONDS", 60.0, float),
            retry_first_wait=_number(env, "TELEGRAM_RETRY_WAIT", 0.5, float),
            replay_seconds=_number(env, "TELEGRAM_REPLAY_SECONDS", DEFAULT_REPLAY_SECONDS, float),
            conversation_retention_days=_number(env, "CONVERSATION_RETENTION_DAYS",
                                                CONVERSATION_DAYS, float),
            webhook_max_body=_number(env, "WEBHOOK_MAX_BODY", 1024 * 1024, int),
        )
        settings.check()
        return settings

    def check(self) -> None:
        """Raise ValueError, naming the variable, for a value that cannot work."""
        problems = [
            (self.flood_limit < 1, "FLOOD_LIMIT must be 1 or more"),
            (self.flood_window <= 0, "FLOOD_WINDOW must be more than 0 seconds"),
            (not 0 < self.port < 65536, "PORT must be a port number from 1 to 65535"),
            (self.log_level not in LOG_LEVELS, f"LOG_LEVEL must be {', '.join(LOG_LEVELS)}"),
            (self.log_format not in LOG_FORMATS, "LOG_FORMAT must be plain or json"),
            (self.retry_seconds < 1, "TELEGRAM_RETRY_SECONDS must be 1 or more"),
            (self.retry_first_wait <= 0, "TELEGRAM_RETRY_WAIT must be more than 0 seconds"),
            (self.replay_seconds < 0, "TELEGRAM_REPLAY_SECONDS must be 0 or more"),
            (self.conversation_retention_days <= 0,
             "CONVERSATION_RETENTION_DAYS must be more than 0"),
            (self.webhook_max_body < 1024, "WEBHOOK_MAX_BODY must be at least 1024 bytes"),
        ]
        for bad, message in problems:
            if bad:
                raise ValueError(message)
        _check_url("TELEGRAM_API_BASE_URL", self.base_url)
        if self.webhook_url:
            _check_url("WEBHOOK_URL", self.webhook_url)


def _number(env: Mapping[str, str], name: str, default: float, kind: type) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return kind(raw)  # type: ignore[no-any-return]
    except ValueError:
        raise ValueError(f"{name} must be a {'whole ' if kind is int else ''}number, "
                         f"not {raw[:20]!r}") from None


def _check_url(name: str, url: str) -> None:
    """An http(s) URL with a host; the message never repeats the URL (it may hold a token)."""
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"{name} must be an http:// or https:// URL with a host name")


def admin_ids(raw: str) -> frozenset[int]:
    """BOT_ADMINS: Telegram user ids separated by commas (or spaces); anything else is an error."""
    parts = [p for p in re.split(r"[,\s]+", raw) if p]
    if bad := [p for p in parts if not re.fullmatch(r"\d+", p)]:
        raise ValueError(f"BOT_ADMINS must be Telegram user ids separated by commas, "
                         f"not {', '.join(map(repr, bad[:3]))}")
    return frozenset(int(p) for p in parts)
