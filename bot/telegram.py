"""The Telegram front end: python-telegram-bot 22 around the core's ``answer()``.

Each handler unwraps an update, calls the core and sends the reply as HTML. The conversation state
of a chat lives in its ``chat_data`` (as ``State.to_dict()``); nothing else touches ``chat_data``.
:func:`build_application` builds and wires the :class:`Application`; :func:`serve` runs it with
long polling, or with a webhook when ``WEBHOOK_URL`` is set.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from secrets import token_urlsafe
from typing import Any
from urllib.parse import urlsplit

import yaml
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
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    filters,
)

from bot.conversation import Button, Reply, State, answer, answer_about
from bot.knowledge import KnowledgeBase
from bot.text import normalize

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096
CALLBACK_LIMIT = 64
INLINE_LIMIT = 50
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
BUTTON_INTENTS = ("overview", "dates", "funding", "goals", "partners", "relations")
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
TEXTS_PATH = Path(__file__).resolve().parent / "data" / "telegram.yaml"
_QUERY_CACHE_SIZE = 500
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

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, WEBHOOK_*, PORT, BOT_DATA_DIR..."""
        env = os.environ if env is None else env
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        webhook_url = env.get("WEBHOOK_URL", "").strip() or None
        secret = env.get("WEBHOOK_SECRET", "").strip() or None
        if webhook_url and not secret:
            secret = token_urlsafe(32)  # never accept unsigned webhook calls
        return cls(
            token=token,
            base_url=env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_BASE_URL,
            webhook_url=webhook_url,
            port=int(env.get("PORT", "").strip() or 8443),
            webhook_secret=secret,
            listen=env.get("WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
            data_dir=Path(env.get("BOT_DATA_DIR", "").strip() or "data"),
            log_level=env.get("LOG_LEVEL", "").strip().upper() or "INFO",
        )


# --------------------------------------------------------------------------- logging

_TOKEN_PATTERN = re.compile(r"\d{6,}:[A-Za-z0-9_-]{20,}")
REDACTED = "[REDACTED]"


class RedactSecrets(logging.Filter):
    """Remove the bot token (and other secrets) from every log record a handler emits.

    httpx logs each request URL, and Bot API URLs contain the token.
    """

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


def configure_logging(settings: Settings, stream: Any = None) -> logging.Handler:
    """Log to stderr at LOG_LEVEL, with secrets redacted and httpx's request lines muted."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets([settings.token, settings.webhook_secret or ""]))
    root = logging.getLogger()
    root.addHandler(handler)
    level = logging.getLevelName(settings.log_level)
    root.setLevel(level if isinstance(level, int) else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return handler


# --------------------------------------------------------------------------- texts


@cache
def _texts() -> dict[str, Any]:
    with TEXTS_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def text(key: str, language: str) -> str:
    """One of the front end's own texts, in English or German."""
    entry = _texts()["texts"][key]
    return entry.get(language) or entry["en"]


def commands(language: str) -> list[BotCommand]:
    """The command menu for one language."""
    return [BotCommand(name, description) for name, description in _texts()["commands"][language]]


def language_hint(user: User | None) -> str | None:
    """The core's language tie-break from the user's Telegram language_code."""
    code = (user.language_code or "").lower() if user else ""
    return code[:2] if code[:2] in ("en", "de") else None


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


def callback_data(button: Button, bot_data: dict[str, Any]) -> str:
    """Encode a button in at most 64 bytes: the query itself, or a key to a remembered query."""
    data = f"q:{button.query}"
    if len(data.encode()) <= CALLBACK_LIMIT:
        return data
    key = hashlib.sha256(button.query.encode()).hexdigest()[:16]
    queries: dict[str, str] = bot_data.setdefault("queries", {})
    queries.pop(key, None)
    queries[key] = button.query
    while len(queries) > _QUERY_CACHE_SIZE:
        queries.pop(next(iter(queries)))
    return f"k:{key}"


def about_data(intent: str, project_id: str) -> str:
    """Callback data for a structured request about one project (card buttons, lists)."""
    return f"p:{intent}:{project_id}"


def keyboard(reply: Reply, bot_data: dict[str, Any]) -> InlineKeyboardMarkup | None:
    """Clarification choices first, then the suggested follow-ups; short labels share a row."""
    buttons = [*reply.choices, *reply.buttons]
    rows = _rows([InlineKeyboardButton(b.label, callback_data=callback_data(b, bot_data))
                  for b in buttons])
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


def _without_mention(message_text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", message_text, flags=re.IGNORECASE).strip()


# --------------------------------------------------------------------------- handlers


class _Handlers:
    """The update handlers. They share the knowledge base, which a later /reload may swap."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    async def message(self, update: Update, context: Context) -> None:
        """A question in a private chat, or addressed to the bot in a group."""
        message = update.effective_message
        question = _without_mention(message.text or "", context.bot.username)
        state = _state(context)
        reply = answer(question, state, self.kb, language_hint(update.effective_user))
        await _send(update, context, reply)

    async def start(self, update: Update, context: Context) -> None:
        """/start, or a deep link /start <project id> that opens that card."""
        state = _state(context)
        language = language_hint(update.effective_user) or state.language or "en"
        payload = context.args[0] if context.args else ""
        if payload in self.kb.projects:
            reply = answer_about("overview", payload, state, self.kb, language)
        else:
            reply = answer_about("greeting", None, state, self.kb, language)
        await _send(update, context, reply)

    async def help(self, update: Update, context: Context) -> None:
        """/help and /hilfe."""
        state = _state(context)
        reply = answer_about("help", None, state, self.kb, _language(update, state))
        await _send(update, context, reply)

    async def projects(self, update: Update, context: Context) -> None:
        """/projects and /projekte: every project as a button."""
        language = _language(update, _state(context))
        await _send_html(update, context, html.escape(text("projects", language)),
                         project_list(self.kb))

    async def project(self, update: Update, context: Context) -> None:
        """/project NAME and /projekt NAME: that project's card, or the core's clarification."""
        state = _state(context)
        language = _language(update, state)
        name = " ".join(context.args or ())
        if not name:
            await _send_html(update, context, html.escape(text("project_usage", language)))
            return
        reply = answer(name, state, self.kb, language_hint(update.effective_user))
        if len(reply.projects) == 1:
            reply = answer_about("overview", reply.projects[0], state, self.kb, reply.language)
        await _send(update, context, reply)

    async def button(self, update: Update, context: Context) -> None:
        """A button press: answer below the message, or edit an inline-mode message."""
        query = update.callback_query
        state = _state(context)
        reply = self._from_callback(query.data or "", state, _language(update, state), context)
        if reply is None:
            await query.answer(text("stale_button", _language(update, state)))
            return
        await query.answer()
        if query.message is None:
            markup = keyboard(reply, context.bot_data)
            await query.edit_message_text(split_html(reply.html)[0], parse_mode=_HTML,
                                          reply_markup=markup, link_preview_options=_NO_PREVIEW)
            return
        await _send(update, context, reply)

    def _from_callback(self, data: str, state: State, language: str, context: Context
                       ) -> Reply | None:
        kind, _, rest = data.partition(":")
        if kind == "p":
            intent, _, project_id = rest.partition(":")
            if intent in BUTTON_INTENTS and project_id in self.kb.projects:
                return answer_about(intent, project_id, state, self.kb, language)
            return None
        if kind == "k":
            rest = context.bot_data.get("queries", {}).get(rest, "")
        if kind in ("q", "k") and rest:
            return answer(rest, state, self.kb, language)
        return None

    async def inline(self, update: Update, context: Context) -> None:
        """Inline mode: matching project cards, at most 50; an empty query lists all."""
        query = update.inline_query
        language = language_hint(query.from_user) or "en"
        results = [self._card_result(pid, language, context)
                   for pid in self._matching(query.query, language)[:INLINE_LIMIT]]
        await query.answer(results, cache_time=60, is_personal=True)

    def _matching(self, query: str, language: str) -> list[str]:
        wanted = normalize(query)
        if not wanted:
            return list(self.kb.projects)
        by_name = [p.id for p in self.kb.projects.values()
                   if any(wanted in normalize(name) for name in p.names())]
        reply = answer(query, State(), self.kb, language)
        by_core = reply.state.choices if reply.intent == "clarify" else reply.projects
        return list(dict.fromkeys([*by_name, *by_core]))

    def _card_result(self, project_id: str, language: str, context: Context
                     ) -> InlineQueryResultArticle:
        project = self.kb.projects[project_id]
        card = answer_about("overview", project_id, State(), self.kb, language)
        content = InputTextMessageContent(split_html(card.html)[0], parse_mode=_HTML,
                                          link_preview_options=_NO_PREVIEW)
        return InlineQueryResultArticle(
            id=project_id, title=project.name, description=project.summary.get(language),
            input_message_content=content, reply_markup=keyboard(card, context.bot_data),
        )


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


def _state(context: Context) -> State:
    """The chat's conversation state (an empty one for inline messages)."""
    chat_data = context.chat_data
    return State.from_dict(chat_data.get("state")) if chat_data is not None else State()


def _remember(context: Context, state: State) -> None:
    if context.chat_data is not None:
        context.chat_data["state"] = state.to_dict()


def _language(update: Update, state: State) -> str:
    return state.language or language_hint(update.effective_user) or "en"


async def _send(update: Update, context: Context, reply: Reply) -> None:
    """Keep the reply's state for the chat, then send its HTML with its buttons."""
    _remember(context, reply.state)
    await _send_html(update, context, reply.html, keyboard(reply, context.bot_data))


async def _send_html(update: Update, context: Context, html_text: str,
                     markup: InlineKeyboardMarkup | None = None) -> None:
    """Send HTML in parts under 4,096 characters; buttons go under the last part."""
    chat = update.effective_chat
    message = update.message
    quote = None
    if message and chat and chat.type != ChatType.PRIVATE:
        quote = ReplyParameters(message.message_id, allow_sending_without_reply=True)
    parts = split_html(html_text)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await context.bot.send_message(
            chat.id, part, parse_mode=_HTML, reply_markup=markup if last else None,
            reply_parameters=quote if i == 0 else None, link_preview_options=_NO_PREVIEW,
        )


# --------------------------------------------------------------------------- the application


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries a call a few times when Telegram answers 5xx."""

    def __init__(self, attempts: int = 3, backoff: float = 0.25, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.attempts = attempts
        self.backoff = backoff

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        """Rate-limit the call as AIORateLimiter does; retry 5xx answers, not 4xx or timeouts."""
        for attempt in range(1, self.attempts + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                     rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == self.attempts:
                    raise
                log.warning("%s failed (%s); retrying", endpoint, exc)
                await asyncio.sleep(self.backoff * attempt)
        raise AssertionError("unreachable")


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
    persistence = PicklePersistence(
        settings.data_dir / "telegram.pickle",
        store_data=PersistenceInput(bot_data=True, chat_data=True, user_data=False,
                                    callback_data=False),
        update_interval=30,
    )
    app = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(_file_url(settings.base_url))
        .rate_limiter(RetryingRateLimiter(max_retries=3))
        .persistence(persistence)
        .post_init(register_commands)
        .concurrent_updates(False)  # one update at a time keeps each chat's state in order
        .build()
    )
    h = _Handlers(kb)
    new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("start", h.start, filters=new))
    app.add_handler(CommandHandler(["help", "hilfe"], h.help, filters=new))
    app.add_handler(CommandHandler(["projects", "projekte"], h.projects, filters=new))
    app.add_handler(CommandHandler(["project", "projekt"], h.project, filters=new))
    app.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND & _AddressedToBot(),
                                   h.message))
    app.add_handler(MessageHandler(new & filters.COMMAND & filters.ChatType.PRIVATE, h.help))
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
    """Serve Telegram until stopped: a webhook if WEBHOOK_URL is set, else long polling."""
    settings = Settings.from_env()
    configure_logging(settings)
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
    return 0
