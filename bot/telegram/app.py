"""The python-telegram-bot ``Application``: built, wired to the handlers, and logging one line
per update with its real outcome.

Updates do not come from python-telegram-bot's ``Updater``: ``bot.telegram.service`` records
each in the durable store and puts it on the application's update queue. When an update is
done, :class:`LoggedApplication` writes the conversation's new state and marks the update done
in one transaction. An update cut short by shutdown stays pending and is answered after the
restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import signal
from typing import Any

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import logs
from bot.flood import FloodGuard
from bot.insights import Insights
from bot.knowledge import KnowledgeBase
from bot.reload import LiveKnowledge
from bot.telegram.handlers import AddressedToBot, CommandForBot, Handlers
from bot.telegram.settings import Settings
from bot.telegram.store import Store
from bot.telegram.texts import commands, language_hint, text
from bot.transport import (
    CONNECTIONS,
    AiohttpRequest,
    PerChatUpdateProcessor,
    RetryingRateLimiter,
    ShuttingDown,
)

log = logging.getLogger(__name__)

WORKERS = 32  # updates handled at once, each chat's still one at a time
APOLOGY_BUDGET = 10  # seconds of retries for the "something went wrong" message
Context = ContextTypes.DEFAULT_TYPE


class LoggedApplication(Application):  # type: ignore[type-arg]
    """An Application that logs one line per update (id, kind, outcome, latency; never text)
    and finishes each update in the durable store."""

    store: Store
    limiter: RetryingRateLimiter
    settings: Settings
    bot_handlers: Handlers
    requests: tuple[AiohttpRequest, ...]

    async def process_update(self, update: object) -> None:
        """Handle the update as usual, timed; then save its state and mark it done."""
        kind = "other"
        if isinstance(update, Update):
            kind = next((k for k in Update.ALL_TYPES if getattr(update, k, None)), kind)
        update_id = update.update_id if isinstance(update, Update) else None
        with logs.update_line(log, update_id, kind):
            await super().process_update(update)
        self.store.finish(update_id)


async def on_error(update: object, context: Context) -> None:
    """Log a failure as one line with its real outcome; tell the user politely when that helps.

    No apology when the answer may have arrived (a timed-out send), when the user blocked the
    bot, or when the bot is stopping (the update is answered after the restart).
    """
    exc = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(exc, ShuttingDown):
        logs.note_outcome("interrupted by shutdown; answered after the restart")
        if update_id is not None:
            context.application.store.stage(update_id).keep_pending = True
        return
    if isinstance(exc, Forbidden):
        logs.note_outcome("not sent: the user blocked the bot or left")
        return
    if isinstance(exc, BadRequest) and "query is too old" in str(exc).lower():
        logs.note_outcome("too late: the query expired")
        return
    if isinstance(exc, TimedOut):
        logs.note_outcome("send timed out (it may have arrived)")
        log.warning("Update %s: Telegram did not confirm the answer in time; not sent again, "
                    "since it may have arrived", update_id)
        return
    if isinstance(exc, BadRequest):
        logs.note_outcome("not sent: Telegram refused it")
        log.error("Update %s: Telegram refused the answer (BadRequest; the reason at DEBUG)",
                  update_id)
        log.debug("Update %s: Telegram said: %s", update_id, exc)
    elif isinstance(exc, NetworkError):
        logs.note_outcome("not sent: Telegram kept failing")
        log.error("Update %s: the answer could not be sent (%s: %s)", update_id,
                  type(exc).__name__, exc)
    else:
        logs.note_outcome("failed")
        log.error("Handling update %s failed: %s", update_id, logs.failure(exc))
        log.debug("Update %s failed with: %r", update_id, exc)
    if isinstance(update, Update) and not update.inline_query:
        try:
            await _apologise(update, context)
        except TelegramError as exc2:
            log.warning("Could not tell the user about the failure: %s", type(exc2).__name__)


async def _apologise(update: Update, context: Context) -> None:
    sorry = text("error", language_hint(update.effective_user) or "en")
    if update.callback_query:
        try:
            await context.bot.answer_callback_query(update.callback_query.id, sorry,
                                                   rate_limit_args=APOLOGY_BUDGET)
            return
        except BadRequest:
            pass  # the press was answered already; say it in the chat instead
    if update.effective_chat:
        await context.bot.send_message(update.effective_chat.id, html.escape(sorry),
                                       parse_mode="HTML", rate_limit_args=APOLOGY_BUDGET)


async def register_commands(app: Application) -> None:
    """Register the command menu in English and German; a failure must not stop the bot."""
    try:
        await app.bot.set_my_commands(commands("en"))
        await app.bot.set_my_commands(commands("de"), language_code="de")
    except TelegramError as exc:
        log.warning("Could not register the command menu: %s", type(exc).__name__)


async def on_start(app: Application) -> None:
    """After start-up: register the command menu; let SIGHUP reload the knowledge base."""
    await register_commands(app)
    hangup = getattr(signal, "SIGHUP", None)
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        if hangup is not None:
            asyncio.get_running_loop().add_signal_handler(
                hangup, lambda: app.create_task(app.bot_handlers.knowledge.reload("SIGHUP")))


async def on_shutdown(app: Application) -> None:
    """After the last update: stop listening for SIGHUP, write the queued insights."""
    hangup = getattr(signal, "SIGHUP", None)
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        if hangup is not None:
            asyncio.get_running_loop().remove_signal_handler(hangup)
    await asyncio.to_thread(app.bot_handlers.insights.close)


def build_application(kb: KnowledgeBase, settings: Settings, store: Store | None = None
                      ) -> LoggedApplication:
    """Build the Application and register the handlers and the error handler.

    Opens the durable store in ``settings.data_dir`` (raising ``StoreUnusable`` when the folder
    cannot be written) unless one is given.
    """
    store = store or Store.open(settings.data_dir)
    handlers = Handlers(
        LiveKnowledge(kb, settings.knowledge_path or kb.path or None), store,
        Insights.open(settings.data_dir, settings.insights_salt,
                      settings.insights_retention_days),
        FloodGuard(settings.flood_limit, settings.flood_window), settings.admins)
    limiter = RetryingRateLimiter(settings.retry_seconds, settings.retry_first_wait)
    requests = (AiohttpRequest(CONNECTIONS), AiohttpRequest(1))
    app: LoggedApplication = (
        Application.builder()
        .application_class(LoggedApplication)
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(_file_url(settings.base_url))
        .rate_limiter(limiter)
        .updater(None)
        .job_queue(None)
        .post_init(on_start)
        .post_shutdown(on_shutdown)
        .concurrent_updates(PerChatUpdateProcessor(WORKERS))  # in order within each chat
        .request(requests[0])
        .get_updates_request(requests[1])
        .build()
    )
    app.store, app.limiter, app.settings = store, limiter, settings
    app.bot_handlers, app.requests = handlers, requests
    _add_handlers(app, handlers)
    return app


def _add_handlers(app: Application, h: Handlers) -> None:
    new = filters.UpdateType.MESSAGES  # new and edited messages
    question = (filters.TEXT | filters.CAPTION) & ~filters.COMMAND
    app.add_handler(MessageHandler(new & (AddressedToBot() | CommandForBot()), h.flood), -1)
    app.add_handler(CallbackQueryHandler(h.flood), -1)
    for names, callback in ((["start"], h.start), (["help", "hilfe"], h.help),
                            (["projects", "projekte"], h.projects),
                            (["project", "projekt"], h.project),
                            (["timeline", "zeitstrahl"], h.timeline),
                            (["reload"], h.reload), (["report"], h.report)):
        app.add_handler(CommandHandler(names, callback, filters=new))
    app.add_handler(MessageHandler(new & question & AddressedToBot(), h.message))
    app.add_handler(MessageHandler(new & filters.COMMAND & filters.ChatType.PRIVATE, h.help))
    app.add_handler(MessageHandler(new & filters.ChatType.PRIVATE & ~filters.TEXT
                                   & ~filters.CAPTION & ~filters.StatusUpdate.ALL, h.not_text))
    app.add_handler(CallbackQueryHandler(h.feedback, pattern=r"^f:"))
    app.add_handler(CallbackQueryHandler(h.sources, pattern=r"^s:"))
    app.add_handler(CallbackQueryHandler(h.page, pattern=r"^l:"))
    app.add_handler(CallbackQueryHandler(h.button))
    app.add_handler(InlineQueryHandler(h.inline))
    app.add_error_handler(on_error)


def _file_url(base_url: str) -> str:
    """The file URL that belongs to a Bot API base URL (…/bot → …/file/bot)."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


def describe(app: Any) -> str:
    """How the application is configured, for the start-up log line (no secrets)."""
    s = app.settings
    mode = f"webhook on {s.listen}:{s.port}" if s.webhook_url else "long polling"
    return f"{mode}; data in {s.data_dir}"
