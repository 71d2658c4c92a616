"""The front end's own words (bot/data/telegram.yaml), in English and German, and which
language a user gets."""

from __future__ import annotations

import html
from typing import Any

from telegram import BotCommand, User

from bot.datafiles import data_file, in_language
from bot.reload import Outcome

GERMAN_COMMANDS = frozenset({"hilfe", "projekte", "projekt", "zeitstrahl"})


def _texts() -> dict[str, Any]:
    return data_file("telegram")


def text(key: str, language: str) -> str:
    """One of the front end's own texts, in English or German."""
    return in_language(_texts()["texts"][key], language)


def commands(language: str) -> list[BotCommand]:
    """The command menu for one language."""
    return [BotCommand(name, description) for name, description in _texts()["commands"][language]]


def language_hint(user: User | None) -> str | None:
    """The core's language tie-break from the user's Telegram language_code."""
    code = (user.language_code or "").lower() if user else ""
    return code[:2] if code[:2] in ("en", "de") else None


def reload_message(outcome: Outcome, language: str) -> str:
    """What the admin who sent /reload is told: a summary, or the exact errors."""
    if not outcome.ok:
        refused = html.escape(text("reload_failed", language))
        return f"{refused}\n<pre>{html.escape(outcome.errors)}</pre>"
    kb = outcome.kb
    return html.escape(text("reload_ok", language).format(
        file=kb.path, projects=len(kb.projects), funders=len(kb.funders), aliases=kb.alias_count))
