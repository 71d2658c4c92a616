"""The Telegram front end: python-telegram-bot 22 around the core's ``answer()``.

Each handler unwraps an update, calls the core and sends the reply as HTML (a timeline as a
photo). The conversation state of a chat lives in its ``chat_data`` (as ``State.to_dict()``);
nothing else touches ``chat_data``. Chats are handled concurrently, each chat's updates one at a
time and in order, and requests go over aiohttp (both in ``bot.transport``). Before any handler, a
cheap per-chat flood check drops what a flooding chat sends (``bot.flood``). Handlers read the
knowledge base from one ``bot.reload.LiveKnowledge``, which ``/reload`` and SIGHUP swap
atomically. Unanswered questions and 👍/👎 feedback go to ``bot.insights`` without waiting for the
database.
:func:`build_application` builds and wires the :class:`Application`; :func:`serve` runs it with
long polling, or with a webhook when ``WEBHOOK_URL`` is set, until SIGTERM or SIGINT.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import json
import logging
import os
import re
import signal
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from secrets import token_urlsafe
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    filters,
)

from bot import logs
from bot.conversation import Button, Reply, State, answer, answer_about
from bot.datafiles import data_file, in_language
from bot.flood import DEFAULT_LIMIT, DEFAULT_WINDOW, FloodGuard, Verdict
from bot.insights import DEFAULT_RETENTION_DAYS, Insights, retention_days
from bot.knowledge import KnowledgeBase
from bot.reload import LiveKnowledge, Outcome
from bot.text import normalize
from bot.transport import (
    CONNECTIONS,
    AiohttpRequest,
    PerChatUpdateProcessor,
    RetryingRateLimiter,
)
from bot.understanding import SMALL_TALK

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_LIMIT = 64
INLINE_LIMIT = 50
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
BUTTON_INTENTS = ("overview", "dates", "funding", "goals", "partners", "relations")
FEEDBACK = (("👍", "+"), ("👎", "-"))
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
BACKLOG_AGE = 10.0  # seconds: older messages waited while the bot was down; use their own time
_QUERY_CACHE_SIZE = 500
PERSIST_EVERY = 30.0  # seconds between writes of the conversations
WORKERS = 32  # updates handled at once, each chat's still one at a time
_INTENT = re.compile(r"[a-z_]{1,32}")
_HTML = ParseMode.HTML
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

Context = ContextTypes.DEFAULT_TYPE


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class Settings:
    """Everything the front end reads from the environment."""

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

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read TELEGRAM_*, WEBHOOK_*, PORT, BOT_*, LOG_*, INSIGHTS_*, FLOOD_*, KNOWLEDGE_PATH."""
        env = os.environ if env is None else env

        def get(name: str) -> str:
            return env.get(name, "").strip()

        webhook_url = get("WEBHOOK_URL") or None
        secret = get("WEBHOOK_SECRET") or None
        if webhook_url and not secret:
            secret = token_urlsafe(32)  # never accept unsigned webhook calls
        return cls(
            token=get("TELEGRAM_BOT_TOKEN"),
            base_url=get("TELEGRAM_API_BASE_URL") or DEFAULT_BASE_URL,
            webhook_url=webhook_url,
            port=int(get("PORT") or 8443),
            webhook_secret=secret,
            listen=get("WEBHOOK_LISTEN") or "0.0.0.0",
            data_dir=Path(get("BOT_DATA_DIR") or "data"),
            log_level=get("LOG_LEVEL").upper() or "INFO",
            log_format=get("LOG_FORMAT").lower() or "plain",
            admins=admin_ids(get("BOT_ADMINS")),
            insights_salt=get("INSIGHTS_SALT") or None,
            insights_retention_days=retention_days(env),
            flood_limit=int(get("FLOOD_LIMIT") or DEFAULT_LIMIT),
            flood_window=float(get("FLOOD_WINDOW") or DEFAULT_WINDOW),
            knowledge_path=get("KNOWLEDGE_PATH") or None,
        )


def admin_ids(raw: str) -> frozenset[int]:
    """BOT_ADMINS: Telegram user ids separated by commas (or spaces); anything else is an error."""
    parts = [p for p in re.split(r"[,\s]+", raw) if p]
    if bad := [p for p in parts if not re.fullmatch(r"\d+", p)]:
        raise ValueError(f"BOT_ADMINS must be Telegram user ids separated by commas, "
                         f"not {', '.join(map(repr, bad))}")
    return frozenset(int(p) for p in parts)


# --------------------------------------------------------------------------- texts


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


# --------------------------------------------------------------------------- long messages

_TAG = re.compile(r"<(/?)([a-zA-Z-]+)[^<>]*>")


def _units(text: str) -> int:
    """Length as Telegram counts it, in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_html(html_text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split Telegram HTML into messages under ``limit``, on line boundaries where possible.

    Tags left open at a cut are closed and reopened in the next part.
    """
    if _units(html_text) <= limit:
        return [html_text]
    budget = limit - 100  # room to close and reopen tags
    chunks: list[list[str]] = [[]]
    size = 0
    for piece in (p for line in html_text.split("\n") for p in _cut_line(line, budget)):
        if chunks[-1] and size + 1 + _units(piece) > budget:
            chunks.append([])
            size = 0
        size += _units(piece) + (1 if chunks[-1] else 0)
        chunks[-1].append(piece)
    return [c for c in _balance("\n".join(lines) for lines in chunks) if _visible(c).strip()]


def _cut_line(line: str, budget: int) -> list[str]:
    pieces = []
    while _units(line) > budget:
        hard = budget
        while (excess := _units(line[:hard]) - budget) > 0:
            hard -= excess
        space = line.rfind(" ", 0, hard)
        cut = space + 1 if space > hard // 2 else hard
        if (lt := line.rfind("<", 0, cut)) > line.rfind(">", 0, cut):
            cut = lt  # not inside a tag
        if (amp := line.rfind("&", 0, cut)) > line.rfind(";", 0, cut) and amp > cut - 12:
            cut = amp  # not inside an entity
        cut = cut or hard
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def _balance(chunks: Iterable[str]) -> list[str]:
    out: list[str] = []
    open_tags: list[tuple[str, str]] = []
    for chunk in chunks:
        prefix = "".join(tag for _, tag in open_tags)
        for match in _TAG.finditer(chunk):
            name = match.group(2).lower()
            if not match.group(1):
                open_tags.append((name, match.group(0)))
            elif open_tags and open_tags[-1][0] == name:
                open_tags.pop()
        out.append(prefix + chunk + "".join(f"</{name}>" for name, _ in reversed(open_tags)))
    return out


def _visible(html_text: str) -> str:
    return html.unescape(_TAG.sub("", html_text))


# --------------------------------------------------------------------------- buttons


# --------------------------------------------------------------------------- buttons


def callback_data(button: Button, bot_data: dict[str, Any]) -> str:
    """Encode a button in at most 64 bytes: the query itself, or a key to a remembered query."""
    data = f"q:{button.query}"
    if len(data.encode()) <= CALLBACK_LIMIT:
        return data
    return f"k:{_stash(bot_data, 'queries', button.query)}"


def _stash(bot_data: dict[str, Any], bucket: str, value: str) -> str:
    """Remember a value too long for callback_data under a short key; the oldest ones expire."""
    key = hashlib.sha256(value.encode()).hexdigest()[:16]
    remembered: dict[str, str] = bot_data.setdefault(bucket, {})
    remembered.pop(key, None)
    remembered[key] = value
    while len(remembered) > _QUERY_CACHE_SIZE:
        remembered.pop(next(iter(remembered)))
    return key


def about_data(intent: str, project_id: str) -> str:
    """Callback data for a structured request about one project (card buttons, lists)."""
    return f"p:{intent}:{project_id}"


class Vote(NamedTuple):
    """A decoded 👍/👎 press: +1 or -1, and the intent and projects of the answer it was under."""

    value: int
    intent: str
    projects: tuple[str, ...]


def feedback_data(sign: str, reply: Reply, bot_data: dict[str, Any]) -> str:
    """``f:+:dates:elise`` (or ``f:+:k:<key>`` when the projects do not fit in 64 bytes)."""
    about = f"{reply.intent}:{','.join(reply.projects)}"
    data = f"f:{sign}:{about}"
    if len(data.encode()) <= CALLBACK_LIMIT:
        return data
    return f"f:{sign}:k:{_stash(bot_data, 'answers', about)}"


def parse_vote(data: str, bot_data: dict[str, Any], kb: KnowledgeBase) -> Vote | None:
    """The vote a feedback button carries, or None for stale or forged data."""
    _, sign, about = data.split(":", 2) if data.count(":") >= 2 else ("", "", "")
    if about.startswith("k:"):
        about = bot_data.get("answers", {}).get(about[2:], "")
    intent, _, ids = about.partition(":")
    if sign not in ("+", "-") or not _INTENT.fullmatch(intent):
        return None
    projects = tuple(p for p in ids.split(",") if p in kb.projects)
    return Vote(1 if sign == "+" else -1, intent, projects)


def wants_feedback(reply: Reply) -> bool:
    """👍/👎 go under real answers, not under greetings, help, clarifications or "don't know"."""
    return reply.answered and reply.intent not in SMALL_TALK


def keyboard(reply: Reply, bot_data: dict[str, Any], feedback: bool = False
             ) -> InlineKeyboardMarkup | None:
    """Clarification choices first, then the suggested follow-ups, then 👍/👎 on their own row."""
    buttons = [*reply.choices, *reply.buttons]
    pairs = tuple((b.label, callback_data(b, bot_data)) for b in buttons)
    votes = tuple((label, feedback_data(s, reply, bot_data)) for label, s in FEEDBACK
                  ) if feedback else ()
    return _markup(pairs, votes)


@lru_cache(maxsize=1024)
def _markup(buttons: tuple[tuple[str, str], ...], votes: tuple[tuple[str, str], ...]
            ) -> InlineKeyboardMarkup | None:
    """The keyboard for these (label, callback data) pairs, built once: the same answers come
    up again and again, and a markup is immutable."""
    rows = _rows([InlineKeyboardButton(label, callback_data=data) for label, data in buttons])
    if votes:
        rows.append([InlineKeyboardButton(label, callback_data=data) for label, data in votes])
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
    """The same keyboard without its 👍/👎 row, once a vote is in."""
    rows = [[b for b in row if not str(b.callback_data or "").startswith("f:")]
            for row in (markup.inline_keyboard if markup else ())]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def project_list(kb: KnowledgeBase) -> InlineKeyboardMarkup:
    """Every project as a button that opens its card."""
    return InlineKeyboardMarkup(_rows([
        InlineKeyboardButton(p.name, callback_data=about_data("overview", p.id))
        for p in kb.projects.values()
    ]))


# --------------------------------------------------------------------------- groups


class _AddressedToBot(filters.MessageFilter):
    """Private messages, and group messages that mention the bot or reply to it."""

    def filter(self, message: Message) -> bool:
        """True when the bot should answer this message."""
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        mentions = message.parse_entities([MessageEntity.MENTION]).values()
        return f"@{bot.username}".lower() in (m.lower() for m in mentions)


class _CommandForBot(filters.MessageFilter):
    """A command for this bot: ``/help`` or ``/help@this_bot``, not ``/help@another_bot``."""

    def filter(self, message: Message) -> bool:
        """True when one of the bot's command handlers could take this message."""
        entities = message.entities or ()
        if not entities or entities[0].type != MessageEntity.BOT_COMMAND or entities[0].offset:
            return False
        _, _, target = message.parse_entity(entities[0]).partition("@")
        return not target or target.lower() == (message.get_bot().username or "").lower()


def _without_mention(message_text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", message_text, flags=re.IGNORECASE).strip()


def _command(update: Update) -> str:
    """The command word of a command message, without the slash and the bot's name."""
    first = (update.effective_message.text or " ").split()[0]
    return first.lstrip("/").partition("@")[0].lower()


def sent_at(update: Update, now: float | None = None) -> float:
    """When the flood check should consider a message sent: now, unless it waited long.

    Messages that waited while the bot was down arrive together; their own send times keep them
    from looking like a flood. (Telegram's dates are whole seconds, so live ones use the clock.)
    """
    now = time.time() if now is None else now
    message = update.message
    sent = message.date.timestamp() if message and message.date else now
    return sent if now - sent > BACKLOG_AGE else now


# --------------------------------------------------------------------------- handlers


class _Handlers:
    """The update handlers and what they share: the live knowledge base, insights, flood guard."""

    def __init__(self, knowledge: LiveKnowledge, insights: Insights, flood: FloodGuard,
                 admins: frozenset[int]) -> None:
        self.knowledge = knowledge
        self.insights = insights
        self.flood_guard = flood
        self.admins = admins

    async def flood(self, update: Update, context: Context) -> None:
        """Runs before every other handler: a flooding chat gets one notice, then silence."""
        chat = update.effective_chat
        verdict = self.flood_guard.check(chat.id if chat else update.effective_user.id,
                                         sent_at(update))
        if verdict is Verdict.OK:
            return
        logs.note_outcome("flood")
        if verdict is Verdict.WARN and chat:
            language = _language(update, _state(context, self.knowledge.kb))
            await _send_html(update, context, html.escape(text("slow_down", language)))
        raise ApplicationHandlerStop

    async def message(self, update: Update, context: Context) -> None:
        """A question in a private chat, or addressed to the bot in a group."""
        kb = self.knowledge.kb
        message = update.effective_message
        question = _without_mention(message.text or "", context.bot.username)
        reply = answer(question, _state(context, kb), kb, language_hint(update.effective_user))
        await self._send(update, context, reply, kb, question)

    async def not_text(self, update: Update, context: Context) -> None:
        """A sticker, photo, voice message ... in a private chat: say that only text is read."""
        logs.note_outcome("not_text")
        language = _language(update, _state(context, self.knowledge.kb))
        await _send_html(update, context, html.escape(text("text_only", language)))

    async def start(self, update: Update, context: Context) -> None:
        """/start, or a deep link /start <project id> that opens that card."""
        kb = self.knowledge.kb
        state = _state(context, kb)
        language = language_hint(update.effective_user) or state.language or "en"
        payload = context.args[0] if context.args else ""
        if payload in kb.projects:
            reply = answer_about("overview", payload, state, kb, language)
        else:
            reply = answer_about("greeting", None, state, kb, language)
        await self._send(update, context, reply, kb)

    async def help(self, update: Update, context: Context) -> None:
        """/help and /hilfe."""
        kb = self.knowledge.kb
        state = _state(context, kb)
        reply = answer_about("help", None, state, kb, _language(update, state))
        await self._send(update, context, reply, kb)

    async def projects(self, update: Update, context: Context) -> None:
        """/projects and /projekte: every project as a button."""
        kb = self.knowledge.kb
        language = _language(update, _state(context, kb))
        await _send_html(update, context, html.escape(text("projects", language)),
                         project_list(kb))

    async def project(self, update: Update, context: Context) -> None:
        """/project NAME and /projekt NAME: that project's card, or the core's clarification."""
        kb = self.knowledge.kb
        state = _state(context, kb)
        name = " ".join(context.args or ())
        if not name:
            usage = text("project_usage", _language(update, state))
            await _send_html(update, context, html.escape(usage))
            return
        reply = answer(name, state, kb, language_hint(update.effective_user))
        if len(reply.projects) == 1:
            reply = answer_about("overview", reply.projects[0], state, kb, reply.language)
        await self._send(update, context, reply, kb, name)

    async def timeline(self, update: Update, context: Context) -> None:
        """/timeline and /zeitstrahl [FILTER]: the projects on a chart, filtered like a list."""
        kb = self.knowledge.kb
        state = _state(context, kb)
        german = _command(update) == "zeitstrahl" or _language(update, state) == "de"
        question = " ".join(["Zeitstrahl" if german else "timeline", *(context.args or ())])
        hint = "de" if german else language_hint(update.effective_user)
        await self._send(update, context, answer(question, state, kb, hint), kb, question)

    async def button(self, update: Update, context: Context) -> None:
        """A button press: answer below the message, or edit an inline-mode message."""
        kb = self.knowledge.kb
        query = update.callback_query
        state = _state(context, kb)
        reply, asked = self._from_callback(query.data or "", state, kb, update, context)
        if reply is None:
            await query.answer(text("stale_button", _language(update, state)))
            return
        await query.answer()
        if query.message is None:
            markup = keyboard(reply, context.bot_data)
            await query.edit_message_text(split_html(reply.html)[0], parse_mode=_HTML,
                                          reply_markup=markup, link_preview_options=_NO_PREVIEW)
            return
        await self._send(update, context, reply, kb, asked)

    def _from_callback(self, data: str, state: State, kb: KnowledgeBase, update: Update,
                       context: Context) -> tuple[Reply | None, str | None]:
        """The reply a button's data asks for, and the question it stands for (if any)."""
        kind, _, rest = data.partition(":")
        language = _language(update, state)
        if kind == "p":
            intent, _, project_id = rest.partition(":")
            if intent in BUTTON_INTENTS and project_id in kb.projects:
                return answer_about(intent, project_id, state, kb, language), None
            return None, None
        if kind == "k":
            rest = context.bot_data.get("queries", {}).get(rest, "")
        if kind in ("q", "k") and rest:
            return answer(rest, state, kb, language), rest
        return None, None

    async def feedback(self, update: Update, context: Context) -> None:
        """👍 or 👎 under an answer: store it, thank the user, take the two buttons away."""
        query = update.callback_query
        language = _language(update, _state(context, self.knowledge.kb))
        vote = parse_vote(query.data or "", context.bot_data, self.knowledge.kb)
        if vote is None:
            await query.answer(text("stale_button", language))
            return
        logs.note_outcome("feedback")
        self.insights.feedback(vote.value, language, vote.intent, vote.projects, _chat_key(update))
        await query.answer(text("feedback_thanks", language))
        if isinstance(query.message, Message) and query.message.reply_markup:
            with contextlib.suppress(BadRequest):  # too old to edit, or edited already
                await query.edit_message_reply_markup(without_feedback(query.message.reply_markup))

    async def inline(self, update: Update, context: Context) -> None:
        """Inline mode: matching project cards, at most 50; an empty query lists all."""
        kb = self.knowledge.kb
        query = update.inline_query
        language = language_hint(query.from_user) or "en"
        results = [self._card_result(pid, language, context, kb)
                   for pid in self._matching(query.query, language, kb)[:INLINE_LIMIT]]
        await query.answer(results, cache_time=60, is_personal=True)

    def _matching(self, query: str, language: str, kb: KnowledgeBase) -> list[str]:
        wanted = normalize(query)
        if not wanted:
            return list(kb.projects)
        by_name = [p.id for p in kb.projects.values()
                   if any(wanted in normalize(name) for name in p.names())]
        reply = answer(query, State(), kb, language)
        by_core = reply.state.choices if reply.intent == "clarify" else reply.projects
        return list(dict.fromkeys([*by_name, *by_core]))

    def _card_result(self, project_id: str, language: str, context: Context, kb: KnowledgeBase
                     ) -> InlineQueryResultArticle:
        project = kb.projects[project_id]
        card = answer_about("overview", project_id, State(), kb, language)
        content = InputTextMessageContent(split_html(card.html)[0], parse_mode=_HTML,
                                          link_preview_options=_NO_PREVIEW)
        return InlineQueryResultArticle(
            id=project_id, title=project.name, description=project.summary.get(language),
            input_message_content=content, reply_markup=keyboard(card, context.bot_data),
        )

    # ----------------------------------------------------------------------- admins

    async def reload(self, update: Update, context: Context) -> None:
        """/reload (admins): load the edited knowledge base; a broken file changes nothing."""
        language = _language(update, _state(context, self.knowledge.kb))
        if not self._is_admin(update):
            await _send_html(update, context, html.escape(text("admin_only", language)))
            return
        logs.note_outcome("reload")
        outcome = await self.knowledge.reload(f"/reload by user {update.effective_user.id}")
        await _send_html(update, context, reload_message(outcome, language))

    async def report(self, update: Update, context: Context) -> None:
        """/report [DAYS] (admins): what people asked that the bot could not answer."""
        language = _language(update, _state(context, self.knowledge.kb))
        if not self._is_admin(update):
            await _send_html(update, context, html.escape(text("admin_only", language)))
            return
        logs.note_outcome("report")
        days = next((float(a) for a in context.args or () if re.fullmatch(r"\d+(\.\d+)?", a)),
                    None)
        body = await asyncio.to_thread(self.insights.report, days)
        await _send_html(update, context, f"<pre>{html.escape(body)}</pre>")

    def _is_admin(self, update: Update) -> bool:
        """Listed in BOT_ADMINS and writing in a private chat (reports hold people's questions)."""
        user, chat = update.effective_user, update.effective_chat
        return bool(user and chat and user.id in self.admins and chat.type == ChatType.PRIVATE)

    # ----------------------------------------------------------------------- sending

    async def _send(self, update: Update, context: Context, reply: Reply, kb: KnowledgeBase,
                    question: str | None = None) -> None:
        """Keep the chat's new state, note an unanswered question, send the reply."""
        _remember(context, reply.state)
        logs.note_outcome(reply.intent if reply.answered else f"{reply.intent} (unanswered)")
        if not reply.answered and question is not None:
            self.insights.unanswered(question, reply.language, reply.intent, reply.projects,
                                     _chat_key(update))
        markup = keyboard(reply, context.bot_data, feedback=wants_feedback(reply))
        if reply.data.get("timeline"):
            await _send_timeline(update, context, reply, kb, markup)
        else:
            await _send_html(update, context, reply.html, markup)

    # ----------------------------------------------------------------------- life cycle

    async def on_start(self, app: Application) -> None:
        """After start-up: register the command menu; let SIGHUP reload the knowledge base."""
        await register_commands(app)
        hangup = getattr(signal, "SIGHUP", None)
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            if hangup is not None:
                asyncio.get_running_loop().add_signal_handler(
                    hangup, lambda: app.create_task(self.knowledge.reload("SIGHUP")))

    async def on_shutdown(self, app: Application) -> None:
        """After the last update: stop listening for SIGHUP, write the queued insights."""
        hangup = getattr(signal, "SIGHUP", None)
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            if hangup is not None:
                asyncio.get_running_loop().remove_signal_handler(hangup)
        await asyncio.to_thread(self.insights.close)


async def on_error(update: object, context: Context) -> None:
    """Log the failure first, then tell the user politely; never show a traceback."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("Handling update %s failed", update_id, exc_info=context.error)
    if isinstance(update, Update) and not update.inline_query:
        try:
            await _apologise(update, context)
        except TelegramError as exc:
            log.warning("Could not tell the user about the failure: %s", exc)


async def _apologise(update: Update, context: Context) -> None:
    sorry = text("error", language_hint(update.effective_user) or "en")
    if update.callback_query:
        try:
            await update.callback_query.answer(sorry)
            return
        except BadRequest:
            pass  # the press was answered already; say it in the chat instead
    if update.effective_chat:
        await context.bot.send_message(update.effective_chat.id, html.escape(sorry),
                                       parse_mode=_HTML)


# --------------------------------------------------------------------------- state and sending


def _state(context: Context, kb: KnowledgeBase) -> State:
    """The chat's conversation state (an empty one for inline messages).

    Projects that a reloaded knowledge base no longer has are forgotten.
    """
    chat_data = context.chat_data
    state = State.from_dict(chat_data.get("state")) if chat_data is not None else State()
    known = kb.projects
    if all(p in known for p in (*state.projects, *state.last_list, *state.choices)):
        return state
    return replace(state, projects=tuple(p for p in state.projects if p in known),
                   last_list=tuple(p for p in state.last_list if p in known),
                   choices=tuple(p for p in state.choices if p in known))


def _remember(context: Context, state: State) -> None:
    if context.chat_data is not None:
        context.chat_data["state"] = state.to_dict()


def _language(update: Update, state: State) -> str:
    return state.language or language_hint(update.effective_user) or "en"


def _chat_key(update: Update) -> int:
    """The chat an update came from (the user, for a press on an inline-mode message)."""
    chat = update.effective_chat
    return chat.id if chat else update.effective_user.id


def _quote(update: Update) -> ReplyParameters | None:
    """In groups, answers quote the message they answer."""
    chat, message = update.effective_chat, update.message
    if message and chat and chat.type != ChatType.PRIVATE:
        return ReplyParameters(message.message_id, allow_sending_without_reply=True)
    return None


async def _send_html(update: Update, context: Context, html_text: str,
                     markup: InlineKeyboardMarkup | None = None) -> None:
    """Send HTML in parts under 4,096 characters; buttons go under the last part."""
    chat = update.effective_chat
    quote = _quote(update)
    parts = split_html(html_text)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await context.bot.send_message(
            chat.id, part, parse_mode=_HTML, reply_markup=markup if last else None,
            reply_parameters=quote if i == 0 else None, link_preview_options=_NO_PREVIEW,
        )


_DRAWING = threading.Lock()  # matplotlib's fonts and settings are not thread-safe


@lru_cache(maxsize=32)
def render_chart(kb: KnowledgeBase, timeline_json: str, language: str) -> bytes:
    """The timeline PNG, remembered: asking for the same chart again costs nothing.

    Chats are answered concurrently, so two charts may be asked for at once; they are drawn
    one after the other.
    """
    from bot.timeline import render_png

    with _DRAWING:
        return render_png(json.loads(timeline_json), kb, language)


async def _send_timeline(update: Update, context: Context, reply: Reply, kb: KnowledgeBase,
                         markup: InlineKeyboardMarkup | None) -> None:
    """The chart as a photo captioned with the title and text version; the text if it fails.

    When the text version is too long for a caption, the caption is the title and the text
    follows as a message. Drawing takes a few hundred milliseconds, so it runs in a thread, and
    the same chart is drawn only once.
    """
    chart = json.dumps(reply.data["timeline"], sort_keys=True)
    try:
        png = await asyncio.to_thread(render_chart, kb, chart, reply.language)
    except Exception:  # a chart that cannot be drawn must not cost the answer
        log.exception("Drawing the timeline failed; sending the text version only")
        await _send_html(update, context, reply.html, markup)
        return
    fits = _units(_visible(reply.html)) <= CAPTION_LIMIT
    title = html.escape(reply.data["timeline"]["title"], quote=False)
    caption = reply.html if fits else f"<b>{title}</b>"
    await context.bot.send_photo(update.effective_chat.id, png, caption=caption,
                                 filename="timeline.png", parse_mode=_HTML,
                                 reply_markup=markup if fits else None,
                                 reply_parameters=_quote(update))
    if not fits:
        await _send_html(update, context, reply.html, markup)


# --------------------------------------------------------------------------- the application


class LoggedApplication(Application):  # type: ignore[type-arg]
    """An Application that logs one line per update (id, kind, outcome, latency; never text) and
    writes the conversations once per persistence interval."""

    async def process_update(self, update: object) -> None:
        """Handle the update as usual, timed."""
        kind = "other"
        if isinstance(update, Update):
            kind = next((k for k in Update.ALL_TYPES if getattr(update, k, None)), kind)
        update_id = update.update_id if isinstance(update, Update) else None
        with logs.update_line(log, update_id, kind):
            await super().process_update(update)

    async def update_persistence(self) -> None:
        """Hand the changed chats to the persistence, then write the file once.

        The persistence keeps changes in memory (``on_flush``), so it no longer rewrites the
        whole file for every changed chat: with N busy chats that was N writes of N chats each
        interval, holding up every answer meanwhile. On shutdown python-telegram-bot flushes
        by itself.
        """
        await super().update_persistence()
        if self.persistence and self.running:
            await self.persistence.flush()


async def register_commands(app: Application) -> None:
    """Register the command menu in English and German; a failure must not stop the bot."""
    try:
        await app.bot.set_my_commands(commands("en"))
        await app.bot.set_my_commands(commands("de"), language_code="de")
    except TelegramError as exc:
        log.warning("Could not register the command menu: %s", exc)


def build_application(kb: KnowledgeBase, settings: Settings) -> Application:
    """Build the Application and register the handlers and the error handler."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    h = _Handlers(
        LiveKnowledge(kb, settings.knowledge_path or kb.path or None),
        Insights.open(settings.data_dir, settings.insights_salt,
                      settings.insights_retention_days),
        FloodGuard(settings.flood_limit, settings.flood_window),
        settings.admins,
    )
    persistence = PicklePersistence(
        settings.data_dir / "telegram.pickle",
        store_data=PersistenceInput(bot_data=True, chat_data=True, user_data=False,
                                    callback_data=False),
        on_flush=True,  # written once per interval by LoggedApplication.update_persistence
        update_interval=PERSIST_EVERY,
    )
    app = (
        Application.builder()
        .application_class(LoggedApplication)
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(_file_url(settings.base_url))
        .rate_limiter(RetryingRateLimiter(max_retries=3))
        .persistence(persistence)
        .post_init(h.on_start)
        .post_shutdown(h.on_shutdown)
        .concurrent_updates(PerChatUpdateProcessor(WORKERS))  # in order within each chat
        .request(AiohttpRequest(CONNECTIONS))
        .get_updates_request(AiohttpRequest(1))
        .build()
    )
    new = filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(new & (_AddressedToBot() | _CommandForBot()), h.flood), -1)
    app.add_handler(CallbackQueryHandler(h.flood), -1)
    app.add_handler(CommandHandler("start", h.start, filters=new))
    app.add_handler(CommandHandler(["help", "hilfe"], h.help, filters=new))
    app.add_handler(CommandHandler(["projects", "projekte"], h.projects, filters=new))
    app.add_handler(CommandHandler(["project", "projekt"], h.project, filters=new))
    app.add_handler(CommandHandler(["timeline", "zeitstrahl"], h.timeline, filters=new))
    app.add_handler(CommandHandler("reload", h.reload, filters=new))
    app.add_handler(CommandHandler("report", h.report, filters=new))
    app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND & _AddressedToBot(),
                                   h.message))
    app.add_handler(MessageHandler(new & filters.COMMAND & filters.ChatType.PRIVATE, h.help))
    app.add_handler(MessageHandler(new & filters.ChatType.PRIVATE & ~filters.TEXT
                                   & ~filters.StatusUpdate.ALL, h.not_text))
    app.add_handler(CallbackQueryHandler(h.feedback, pattern=r"^f:"))
    app.add_handler(CallbackQueryHandler(h.button))
    app.add_handler(InlineQueryHandler(h.inline))
    app.add_error_handler(on_error)
    return app


def _file_url(base_url: str) -> str:
    """The file URL that belongs to a Bot API base URL (…/bot → …/file/bot)."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


def polling_options() -> dict[str, Any]:
    """Arguments for ``run_polling``/``updater.start_polling``."""
    return {"allowed_updates": list(ALLOWED_UPDATES), "bootstrap_retries": 5}


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments for ``run_webhook``/``updater.start_webhook``: the path comes from WEBHOOK_URL."""
    return {
        "listen": settings.listen,
        "port": settings.port,
        "url_path": urlsplit(settings.webhook_url or "").path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret,
        "allowed_updates": list(ALLOWED_UPDATES),
        "bootstrap_retries": 5,
    }


def serve(kb: KnowledgeBase) -> int:
    """Serve Telegram until SIGTERM or SIGINT: a webhook if WEBHOOK_URL is set, else polling.

    On the signal, python-telegram-bot stops fetching, marks what it fetched as read, finishes
    every update already fetched, saves the chats' state and only then exits.
    """
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        logs.setup()
        log.error("Configuration error: %s", exc)
        return 2
    logs.setup(settings.log_level, settings.log_format,
               [settings.token, settings.webhook_secret or ""])
    if not settings.token:
        log.error("TELEGRAM_BOT_TOKEN is not set")
        return 2
    app = build_application(kb, settings)
    if settings.webhook_url:
        log.info("Serving by webhook on %s:%s", settings.listen, settings.port)
        app.run_webhook(**webhook_options(settings))
    else:
        log.info("Serving by long polling")
        app.run_polling(**polling_options())
    log.info("Stopped")
    return 0
