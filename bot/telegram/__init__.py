"""The Telegram front end: python-telegram-bot 22 around the core's ``answer()``.

Where things are:

- ``service``   running it: start-up checks and exit codes, long polling and the webhook, SIGTERM
- ``app``       the ``Application``: handlers wired, one log line per update, the error handler
- ``handlers``  one method per kind of update: questions, commands, buttons, inline mode
- ``keyboards`` buttons and their callback data (64 bytes at most), feedback signatures, pages
- ``sending``   splitting long HTML into messages, the timeline photo
- ``store``     the durable SQLite store: updates in flight, conversations, buttons, votes
- ``settings``  the configuration from the environment, checked
- ``texts``     the front end's own words (``bot/data/telegram.yaml``) and the user's language

Below them, ``bot.transport`` holds the HTTP requests, the per-chat update processor and the
retrying rate limiter; ``bot.flood``, ``bot.reload``, ``bot.insights`` and ``bot.logs`` do flood
control, live reloads, the insights database and logging. ``docs/operations.md`` says what an
operator can rely on.
"""

from bot.telegram.app import WORKERS, LoggedApplication, build_application, on_error
from bot.telegram.service import ALLOWED_UPDATES, Exit, Service, StartupError, serve
from bot.telegram.settings import DEFAULT_BASE_URL, Settings, admin_ids
from bot.telegram.store import Store, StoreUnusable
from bot.telegram.texts import commands, language_hint, text

__all__ = [
    "ALLOWED_UPDATES", "DEFAULT_BASE_URL", "WORKERS", "Exit", "LoggedApplication", "Service",
    "Settings", "StartupError", "Store", "StoreUnusable", "admin_ids", "build_application",
    "commands", "language_hint", "on_error", "serve", "text",
]
