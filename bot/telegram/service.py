"""Running the bot: start-up checks, updates in (long polling or webhook), shutdown, exit codes.

Every update, however it arrives, is recorded in the durable store before it is handled; a
repeated ``update_id`` is dropped. At start, updates a crash left unanswered (younger than
``TELEGRAM_REPLAY_SECONDS``) are handled first.

Start-up failures are one log line and a distinct exit code (:class:`Exit`), never a traceback
or the token. While running, network errors are retried with back-off, one warning line each;
Telegram rejecting the token ends the process with :attr:`Exit.UNAUTHORIZED` so that a
supervisor notices. SIGTERM and SIGINT stop fetching, give the updates in hand up to
``stop_grace`` seconds, and leave whatever is unfinished pending for the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hmac
import json
import logging
import os
import signal
from enum import IntEnum
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot import logs
from bot.knowledge import KnowledgeBase
from bot.telegram.app import LoggedApplication, build_application, describe
from bot.telegram.settings import Settings
from bot.telegram.store import StoreUnusable

log = logging.getLogger(__name__)

ALLOWED_UPDATES = (Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY,
                   Update.INLINE_QUERY)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
PURGE_EVERY = 3600.0  # seconds between evictions of idle conversations
_LONGEST_POLL_WAIT = 30.0


class Exit(IntEnum):
    """The process's exit codes (also in docs/operations.md)."""

    OK = 0  # stopped by SIGTERM or SIGINT
    KNOWLEDGE = 1  # the knowledge base has errors (bot.cli)
    CONFIG = 2  # a setting is missing or makes no sense
    TOKEN_REJECTED = 3  # Telegram rejected the token at start (401/404)
    UNREACHABLE = 4  # Telegram's Bot API could not be reached at start
    DATA_DIR = 5  # BOT_DATA_DIR cannot be written
    PORT_IN_USE = 6  # the webhook cannot listen on its address and port
    UNAUTHORIZED = 7  # Telegram rejected the token while running
    CRASH = 70  # an unexpected error (a bug); the log has its stack


class StartupError(Exception):
    """Start-up cannot go on: the exit code and the one line to log."""

    def __init__(self, code: Exit, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Service:
    """One running bot: the application, the way updates come in, and how it stops."""

    def __init__(self, app: LoggedApplication) -> None:
        self.app = app
        self.settings: Settings = app.settings
        self.failed = asyncio.Event()
        self.exit_code = Exit.OK
        self._tasks: list[asyncio.Task[Any]] = []
        self._web: web.AppRunner | None = None

    # ----------------------------------------------------------------------- starting

    async def start(self) -> None:
        """Reach Telegram, replay what a crash left, then take updates in."""
        await self._initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        await self.app.start()
        self._replay()
        if self.settings.webhook_url:
            await self._start_webhook()
        else:
            await self._drop_webhook()
            self._tasks.append(asyncio.create_task(self._poll()))
        self._tasks.append(asyncio.create_task(self._purge()))

    async def _initialize(self) -> None:
        """getMe: the token is checked, and Telegram is reached (retried like every request,
        for ``TELEGRAM_RETRY_SECONDS``)."""
        try:
            await self.app.initialize()
        except InvalidToken as exc:
            why = str(exc.__cause__ or "rejected").partition(". Parsing")[0]
            raise StartupError(Exit.TOKEN_REJECTED, (
                f"Telegram rejected the token ({why}). Check TELEGRAM_BOT_TOKEN; if "
                "TELEGRAM_API_BASE_URL is set, it must end in /bot.")) from None
        except NetworkError as exc:
            raise StartupError(Exit.UNREACHABLE, (
                f"Telegram's Bot API could not be reached within {self.settings.retry_seconds:g}"
                f" s ({type(exc).__name__}: {exc}). Check the network and "
                "TELEGRAM_API_BASE_URL.")) from None

    def _replay(self) -> None:
        pending = self.app.store.pending(self.settings.replay_seconds)
        for update_id, body in pending:
            try:
                update = Update.de_json(json.loads(body), self.app.bot)
            except (ValueError, TypeError, KeyError):
                self.app.store.finish(update_id)
                continue
            self.app.update_queue.put_nowait(update)
        if pending:
            log.info("Answering %d updates that a crash left unanswered", len(pending))

    def accept(self, updates: list[tuple[Update, str]]) -> None:
        """Record updates (with their JSON) in one transaction, then queue the new ones; a
        repeated update_id is dropped."""
        fresh = self.app.store.record_many([(u.update_id, body) for u, body in updates])
        for (update, _), new in zip(updates, fresh, strict=True):
            if new:
                self.app.update_queue.put_nowait(update)
            else:
                log.info("update %s: a repeat, dropped", update.update_id)

    # ----------------------------------------------------------------------- long polling

    async def _poll(self) -> None:
        bot, wait = self.app.bot, self.settings.retry_first_wait
        offset: int | None = None
        while True:
            try:
                updates = await bot.get_updates(
                    offset=offset, timeout=int(self.settings.poll_timeout),
                    allowed_updates=list(ALLOWED_UPDATES),
                    read_timeout=self.settings.poll_timeout + 10)
            except InvalidToken as exc:
                self._fail(Exit.UNAUTHORIZED, f"Telegram rejected the token while running "
                           f"({exc}); stopping so that a supervisor notices")
                return
            except TelegramError as exc:  # network errors, 5xx, 409 (another instance)
                log.warning("Fetching updates failed (%s: %s); trying again in %.1f s",
                            type(exc).__name__, exc, wait)
                await asyncio.sleep(wait)
                wait = min(wait * 2, _LONGEST_POLL_WAIT)
                continue
            wait = self.settings.retry_first_wait
            if updates:
                self.accept([(update, update.to_json()) for update in updates])
                offset = updates[-1].update_id + 1

    async def _drop_webhook(self) -> None:
        """Polling needs Telegram to forget any webhook (Telegram keeps the pending updates)."""
        try:
            await self.app.bot.delete_webhook()
        except TelegramError as exc:
            raise StartupError(Exit.UNREACHABLE, f"Could not switch Telegram to long polling "
                               f"({type(exc).__name__}: {exc})") from None

    def _fail(self, code: Exit, message: str) -> None:
        log.error("%s", message)
        self.exit_code = code
        self.failed.set()

    # ----------------------------------------------------------------------- webhook

    async def _start_webhook(self) -> None:
        s = self.settings
        site = web.Application(client_max_size=s.webhook_max_body)
        path = "/" + urlsplit(s.webhook_url or "").path.lstrip("/")
        site.router.add_post(path, self._webhook)
        self._web = web.AppRunner(site, access_log=None, handle_signals=False)
        await self._web.setup()
        try:
            await web.TCPSite(self._web, s.listen, s.port).start()
        except OSError as exc:
            code = Exit.PORT_IN_USE if exc.errno in (errno.EADDRINUSE, errno.EACCES) \
                else Exit.CONFIG
            raise StartupError(code, f"The webhook cannot listen on {s.listen}:{s.port} "
                               f"({exc.strerror or exc}). Set PORT or WEBHOOK_LISTEN.") from None
        try:
            await self.app.bot.set_webhook(s.webhook_url, secret_token=s.webhook_secret,
                                           allowed_updates=list(ALLOWED_UPDATES))
        except InvalidToken as exc:
            raise StartupError(Exit.TOKEN_REJECTED, f"Telegram rejected the token ({exc})") \
                from None
        except TelegramError as exc:
            raise StartupError(Exit.UNREACHABLE, f"The webhook could not be registered with "
                               f"Telegram ({type(exc).__name__}: {exc})") from None

    async def _webhook(self, request: web.Request) -> web.Response:
        """One POST from Telegram: the secret first, then at most the size cap of body, never
        logged; malformed JSON is a 400."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, (self.settings.webhook_secret or "").encode()):
            return web.Response(status=403, text="wrong secret")
        if (request.content_length or 0) > self.settings.webhook_max_body:
            return web.Response(status=413, text="too large")
        try:
            body = await request.read()  # client_max_size caps a body without a length too
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413, text="too large")
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.app.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("The webhook got a body that is not an update (%d bytes); answered "
                        "400", len(body))
            return web.Response(status=400, text="not a Telegram update")
        self.accept([(update, json.dumps(data))])
        return web.Response(status=200)

    # ----------------------------------------------------------------------- upkeep

    async def _purge(self) -> None:
        while True:
            gone = self.app.store.purge(self.settings.conversation_retention_days)
            if gone:
                log.info("Evicted %d conversations idle for %g days", gone,
                         self.settings.conversation_retention_days)
            await asyncio.sleep(PURGE_EVERY)

    # ----------------------------------------------------------------------- stopping

    async def stop(self) -> bool:
        """Stop taking updates in; give those in hand ``stop_grace`` seconds; shut down.

        Nothing waits out a retry any more: an update whose answer would have to wait stays
        pending in the store and is answered after the restart, as is one still unfinished
        when the grace period ends. True if every update in hand was finished.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.stop_grace
        self.app.limiter.stop()  # what would wait for a retry stays pending instead
        for task in self._tasks:
            task.cancel()
        if self._web is not None:
            await self._web.cleanup()
        finished = await _within(self.app.update_queue.join(), self.settings.stop_grace * 0.8)
        if self.app.running:
            finished = await _within(self.app.stop(), deadline - loop.time()) and finished
        if not finished:
            log.warning("Stopping with updates unfinished; they are answered after the restart")
            await self._close_requests()
            await asyncio.to_thread(self.app.bot_handlers.insights.close)
            return False
        await self.app.shutdown()
        if self.app.post_shutdown:
            await self.app.post_shutdown(self.app)
        self.app.store.close()
        return True

    async def abort(self) -> None:
        """Clean up after a failed start: no unclosed sessions, the store closed."""
        for task in self._tasks:
            task.cancel()
        if self._web is not None:
            await self._web.cleanup()
        if self.app.running:
            self.app.limiter.stop()
            await _within(self.app.stop(), 2.0)
        await self._close_requests()
        await asyncio.to_thread(self.app.bot_handlers.insights.close)
        self.app.store.close()

    async def _close_requests(self) -> None:
        for request in self.app.requests:
            with contextlib.suppress(Exception):
                await request.shutdown()


async def _within(awaitable: Any, seconds: float) -> bool:
    """Wait for ``awaitable`` up to ``seconds``; False if it did not finish (it goes on)."""
    task = asyncio.ensure_future(awaitable)
    done, _ = await asyncio.wait({task}, timeout=max(seconds, 0.0))
    return bool(done)


# --------------------------------------------------------------------------- the process


def serve(kb: KnowledgeBase) -> int:
    """Serve Telegram until SIGTERM or SIGINT: a webhook if WEBHOOK_URL is set, else polling.

    Returns the exit code (:class:`Exit`).
    """
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    secrets = [token, os.environ.get("WEBHOOK_SECRET", "").strip()]
    logs.setup(_env_choice("LOG_LEVEL", "INFO"), _env_choice("LOG_FORMAT", "plain"), secrets)
    logs.capture_everything()
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        log.error("Configuration error: %s", exc)
        return Exit.CONFIG
    logs.setup(settings.log_level, settings.log_format, [*secrets, settings.webhook_secret or ""])
    if not settings.token:
        log.error("Configuration error: TELEGRAM_BOT_TOKEN is not set")
        return Exit.CONFIG
    try:
        return asyncio.run(_serve(kb, settings))
    except StartupError as exc:
        log.error("%s", exc.message)
        return exc.code
    except Exception as exc:
        log.critical("The bot stopped on an unexpected error: %s", logs.failure(exc))
        return Exit.CRASH


def _env_choice(name: str, default: str) -> str:
    return os.environ.get(name, "").strip() or default


async def _serve(kb: KnowledgeBase, settings: Settings) -> int:
    try:
        app = build_application(kb, settings)
    except StoreUnusable as exc:
        raise StartupError(Exit.DATA_DIR, f"The data folder cannot be used ({exc}). Set "
                           "BOT_DATA_DIR to a folder the bot can write.") from None
    service = Service(app)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    try:
        await service.start()
    except BaseException:
        await service.abort()
        raise
    log.info("Serving by %s", describe(app))
    waits = [asyncio.ensure_future(e.wait()) for e in (stopping, service.failed)]
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    for wait in waits:
        wait.cancel()
    await service.stop()
    log.info("Stopped")
    return service.exit_code
