"""Buttons: what each kind of callback data means, and the keyboards under the bot's messages.

Callback data is at most 64 bytes (Telegram's limit). The kinds, by their first letter:

- ``q:<question>``: a suggested question, sent as if typed; ``k:<key>`` when it is too long and
  the question is kept in the store.
- ``p:<intent>:<project id>``: a structured request about one project (the project list).
- ``f:<+|->:<intent>:<projects>:<signature>``: 👍/👎 under an answer, signed so that forged data
  is refused; ``f:<+|->:k:<key>`` when the projects do not fit.
- ``s:<key>``: the "Source" button, showing the page's words an answer rests on.
- ``l:<page>``: another page of the project list.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.conversation import Button, Reply, State, answer
from bot.knowledge import KnowledgeBase
from bot.telegram.store import Store
from bot.telegram.texts import text
from bot.understanding import SMALL_TALK

CALLBACK_LIMIT = 64
FEEDBACK = (("👍", "+"), ("👎", "-"))
BUTTON_INTENTS = ("overview", "dates", "funding", "goals", "partners", "relations")
PAGE_SIZE = 24  # project buttons per page of /projects (Telegram takes about 100 per message)
_INTENT = re.compile(r"[a-z_]{1,32}")
_SIGNATURE = 8  # characters of the feedback signature


class Vote(NamedTuple):
    """A decoded 👍/👎 press: +1 or -1, and the intent and projects of the answer it was under."""

    value: int
    intent: str
    projects: tuple[str, ...]


def stash(store: Store, kind: str, value: str) -> str:
    """Keep ``value`` in the store under a short key that starts with ``kind``."""
    key = kind + hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:15]
    store.stash(key, value)
    return key


def unstash(store: Store, kind: str, key: str) -> str | None:
    """The value kept under ``key``, if it is of this kind and still kept."""
    return store.unstash(key) if key.startswith(kind) and len(key) == 16 else None


# --------------------------------------------------------------------------- encoding


def callback_data(button: Button, store: Store) -> str:
    """Encode a suggested question: the question itself, or a key to it."""
    data = f"q:{button.query}"
    if len(data.encode()) <= CALLBACK_LIMIT:
        return data
    return f"k:{stash(store, 'q', button.query)}"


def about_data(intent: str, project_id: str) -> str:
    """Callback data for a structured request about one project (card buttons, lists)."""
    return f"p:{intent}:{project_id}"


def _signature(store: Store, about: str) -> str:
    return _sign(store.secret("feedback"), about)


@lru_cache(maxsize=4096)
def _sign(key: bytes, about: str) -> str:
    digest = hmac.new(key, about.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:_SIGNATURE]


def feedback_data(sign: str, reply: Reply, store: Store) -> str:
    """``f:+:dates:elise:<signature>``, or ``f:+:k:<key>`` when that is over 64 bytes."""
    about = f"{reply.intent}:{','.join(reply.projects)}"
    data = f"f:{sign}:{about}:{_signature(store, about)}"
    if len(data.encode()) <= CALLBACK_LIMIT:
        return data
    return f"f:{sign}:k:{stash(store, 'f', about)}"


def parse_vote(data: str, store: Store, kb: KnowledgeBase) -> Vote | None:
    """The vote a feedback button carries, or None for stale, unsigned or forged data."""
    _, sign, about = data.split(":", 2) if data.count(":") >= 2 else ("", "", "")
    if about.startswith("k:"):
        about = unstash(store, "f", about[2:]) or ""
    else:
        about, _, signature = about.rpartition(":")
        if not hmac.compare_digest(signature.encode(), _signature(store, about).encode()):
            return None
    intent, _, ids = about.partition(":")
    if sign not in ("+", "-") or not _INTENT.fullmatch(intent):
        return None
    projects = tuple(p for p in ids.split(",") if p in kb.projects)
    return Vote(1 if sign == "+" else -1, intent, projects)


def sources_data(reply: Reply, store: Store) -> str:
    """``s:<key>``: the reply's quotes from the page, kept in the store."""
    return f"s:{stash(store, 's', json.dumps(list(reply.sources), ensure_ascii=False))}"


def parse_sources(data: str, store: Store) -> list[str] | None:
    """The quotes a Source button stands for, or None when they are no longer kept."""
    raw = unstash(store, "s", data.partition(":")[2])
    quotes = json.loads(raw) if raw else None
    return [q for q in quotes if isinstance(q, str)] if isinstance(quotes, list) else None


# --------------------------------------------------------------------------- keyboards


def wants_feedback(reply: Reply) -> bool:
    """👍/👎 go under real answers, not under greetings, help, clarifications or "don't know"."""
    return reply.answered and reply.intent not in SMALL_TALK


@lru_cache(maxsize=4096)
def leads_to_answer(kb: KnowledgeBase, query: str, language: str) -> bool:
    """Whether a suggested question gets a real answer (not "the page doesn't say")."""
    return answer(query, State(language=language), kb, language).answered


def keyboard(reply: Reply, kb: KnowledgeBase, store: Store, feedback: bool = False
             ) -> InlineKeyboardMarkup | None:
    """Clarification choices first, then the follow-ups that lead to an answer, then a row with
    "Source" (when the reply has quotes from the page) and 👍/👎."""
    follow_ups = [b for b in reply.buttons if leads_to_answer(kb, b.query, reply.language)]
    pairs = tuple((b.label, callback_data(b, store)) for b in [*reply.choices, *follow_ups])
    last: tuple[tuple[str, str], ...] = ()
    if reply.sources:
        last += ((text("source_button", reply.language), sources_data(reply, store)),)
    if feedback:
        last += tuple((label, feedback_data(s, reply, store)) for label, s in FEEDBACK)
    return _markup(pairs, last)


@lru_cache(maxsize=1024)
def _markup(buttons: tuple[tuple[str, str], ...], last: tuple[tuple[str, str], ...]
            ) -> InlineKeyboardMarkup | None:
    """The keyboard for these (label, callback data) pairs, built once: the same answers come
    up again and again, and a markup is immutable."""
    rows = _rows([InlineKeyboardButton(label, callback_data=data) for label, data in buttons])
    if last:
        rows.append([InlineKeyboardButton(label, callback_data=data) for label, data in last])
    return InlineKeyboardMarkup(rows) if rows else None


def _rows(buttons: Sequence[InlineKeyboardButton], width: int = 30, most: int = 3
          ) -> list[list[InlineKeyboardButton]]:
    rows: list[list[InlineKeyboardButton]] = []
    for button in buttons:
        row = rows[-1] if rows else []
        used = sum(len(b.text) for b in row)
        if not row or len(row) == most or used + len(button.text) > width:
            rows.append([button])
        else:
            row.append(button)
    return rows


def without_feedback(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The same keyboard without its 👍/👎 buttons, once a vote is in."""
    rows = [[b for b in row if not str(b.callback_data or "").startswith("f:")]
            for row in (markup.inline_keyboard if markup else ())]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def project_list(kb: KnowledgeBase, page: int = 0, language: str = "en"
                 ) -> InlineKeyboardMarkup:
    """One page of the projects as buttons that open their cards, with ◀/▶ between pages."""
    projects = list(kb.projects.values())
    pages = max(1, -(-len(projects) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = projects[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
    rows = _rows([InlineKeyboardButton(p.name, callback_data=about_data("overview", p.id))
                  for p in shown])
    turn = []
    if page > 0:
        turn.append(InlineKeyboardButton(text("previous_page", language),
                                         callback_data=f"l:{page - 1}"))
    if page < pages - 1:
        turn.append(InlineKeyboardButton(
            text("next_page", language).format(page=page + 2, pages=pages),
            callback_data=f"l:{page + 1}"))
    return InlineKeyboardMarkup([*rows, turn] if turn else rows)
