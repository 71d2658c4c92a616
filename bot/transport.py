"""How the Telegram front end talks to the Bot API: updates from different chats handled
concurrently while each chat's stay in order, requests over aiohttp (far cheaper per message than
httpx), and a rate limiter that also retries Telegram's 5xx answers.

None of this knows about questions and answers; bot.telegram wires it into the Application.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
from collections.abc import Awaitable, Coroutine
from typing import Any, NamedTuple
from urllib.request import getproxies

import aiohttp
import certifi
from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, BaseUpdateProcessor
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

CONNECTIONS = 64  # HTTP connections to the Bot API: room for every worker, plus some
Seconds = Any  # a timeout: seconds, None (no limit) or python-telegram-bot's DEFAULT_NONE
_UNSET = type(BaseRequest.DEFAULT_NONE)  # what a call passes for "the default timeout"
_JSON = {"Content-Type": "application/json"}
_LONGEST_WAIT = 8.0  # seconds between two retries, at most


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates from different chats run concurrently; one chat's updates run one at a time.

    Each chat (the user, for updates without a chat) has a lane: an ``asyncio.Lock`` queued for
    in the order the updates were fetched (python-telegram-bot starts one task per update in that
    order, and asyncio's locks and semaphores wake waiters first come, first served). So a chat's
    state, flood count and replies stay in order while other chats' network round trips overlap.
    At most ``workers`` updates run at once (keep it within the HTTP connection pool). An update
    waiting for its chat's lane does not hold a worker, so a chat that floods or waits out a
    retry never holds up the others; python-telegram-bot's own limit,
    ``max_concurrent_updates``, counts those waiting updates too, so it is set high.
    """

    def __init__(self, workers: int = 32, max_concurrent_updates: int = 4096) -> None:
        super().__init__(max_concurrent_updates)
        self._workers = asyncio.Semaphore(workers)
        self._lanes: dict[object, _Lane] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the update's turn in its chat, then for a free worker, then handle it."""
        key = lane_key(update)
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane()
        lane.holders += 1
        started = False
        try:
            async with lane.lock, self._workers:
                started = True
                await coroutine
        finally:
            if not started and isinstance(coroutine, Coroutine):
                coroutine.close()  # cancelled while waiting: never leave it un-awaited
            lane.holders -= 1
            if not lane.holders:
                del self._lanes[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free; the Application waits for running updates before shutting down."""

    def __len__(self) -> int:
        """How many chats have an update in hand."""
        return len(self._lanes)


class _Lane:
    """One chat's place in line: its lock, and how many of its updates hold or wait for it."""

    __slots__ = ("holders", "lock")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.holders = 0


def lane_key(update: object) -> object:
    """Whose updates must stay in order: the chat's, else the user's (inline mode), else all."""
    if not isinstance(update, Update):
        return None
    chat, user = update.effective_chat, update.effective_user
    return ("chat", chat.id) if chat else ("user", user.id) if user else None


class AiohttpRequest(BaseRequest):
    """The bot's HTTP requests over aiohttp instead of python-telegram-bot's default httpx.

    Sending is most of what the bot does per message; aiohttp's C HTTP parser and its
    connection pool cost a fraction of httpx and httpcore per request, and the pool stays cheap
    with many connections in use. Timeouts and errors follow ``HTTPXRequest``: a timeout raises
    ``TimedOut``, any other transport failure ``NetworkError``. aiohttp has no per-write timeout,
    so the write timeout only counts towards an overall limit of all four timeouts together.
    """

    def __init__(self, connections: int = CONNECTIONS, *, connect_timeout: float | None = 5.0,
                 read_timeout: float | None = 5.0, write_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0
                 ) -> None:
        self.connections = connections
        self._defaults = _Timeouts(connect_timeout, read_timeout, write_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The read timeout used when a call does not name one."""
        return self._defaults.read

    async def initialize(self) -> None:
        """Open the session (again, after a shutdown)."""
        if self._session is None or self._session.closed:
            tls = ssl.create_default_context(cafile=certifi.where())
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.connections, ssl=tls),
                headers={"User-Agent": self.USER_AGENT}, cookie_jar=aiohttp.DummyCookieJar(),
                # HTTPS_PROXY and friends, as httpx honours them; without any, skip aiohttp's
                # per-request look-ups of proxies and ~/.netrc
                trust_env=bool(getproxies()),
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Seconds = BaseRequest.DEFAULT_NONE,
                         write_timeout: Seconds = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Seconds = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Seconds = BaseRequest.DEFAULT_NONE
                         ) -> tuple[int, bytes]:
        """Send one Bot API request; the status code and the body of the answer."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = bool(request_data and request_data.contains_files)
        timeouts = self._defaults.given(
            connect_timeout, read_timeout,
            self._media_write_timeout if files else self._defaults.write, write_timeout,
            pool_timeout)
        try:
            async with self._session.request(method, url, timeout=timeouts.aiohttp(),
                                             **_body(request_data)) as response:
                payload = await response.read()
        except (aiohttp.ConnectionTimeoutError, aiohttp.ClientConnectorError) as exc:
            raise NotSent(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        log.debug("HTTP Request: %s %s %s", method, url, response.status)  # token: redacted
        return response.status, payload


class _Timeouts(NamedTuple):
    """The four timeouts of a request, in seconds; None waits forever."""

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None

    def given(self, connect: Seconds, read: Seconds, default_write: float | None,
              write: Seconds, pool: Seconds) -> _Timeouts:
        """These timeouts with the ones a call passed instead of the defaults."""
        def pick(value: Seconds, default: float | None) -> float | None:
            return default if isinstance(value, _UNSET) else value

        return _Timeouts(pick(connect, self.connect), pick(read, self.read),
                         pick(write, default_write), pick(pool, self.pool))

    def aiohttp(self) -> aiohttp.ClientTimeout:
        """aiohttp's form: waiting for a connection, connecting, reading, and the whole call."""
        total = None if None in self else sum(self)  # type: ignore[arg-type]
        acquire = None if self.pool is None or self.connect is None else self.pool + self.connect
        return aiohttp.ClientTimeout(total=total, connect=acquire, sock_connect=self.connect,
                                     sock_read=self.read)


def _body(request_data: RequestData | None) -> dict[str, Any]:
    """The request body as aiohttp takes it: JSON, or multipart when files go along."""
    if request_data is None:
        return {}
    if not request_data.contains_files:  # JSON: one dump, not one per field and URL-quoting
        return {"data": json.dumps(request_data.parameters).encode(), "headers": _JSON}
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return {"data": form}


class NotSent(NetworkError):
    """The request never reached Telegram (refused, or no connection in time): safe to repeat."""


class ShuttingDown(TelegramError):
    """A request given up because the bot is stopping; its update is handled after the restart."""

    def __init__(self) -> None:
        super().__init__("The bot is stopping")


class RetryingRateLimiter(AIORateLimiter):
    """Telegram's rate limits, and retries that never send one answer twice.

    - 5xx answers, resets and requests that never got through are retried with back-off
      (``first_wait`` seconds, doubling up to 8 s) for up to ``budget`` seconds in all.
    - A request is given the rest of that budget to be answered (its read timeout), so a slow
      Telegram is waited for, not asked twice; a read that still times out is not repeated,
      since Telegram may have delivered the message.
    - A 429 pauses only the chat it was for (other chats keep their pace) and is retried after
      ``retry_after`` while the budget lasts.
    - A call may pass a shorter budget in seconds as ``rate_limit_args``.
    - After :meth:`stop`, nothing waits: a request that would have to wait for a retry or a
      pause fails with :class:`ShuttingDown` at once (its update is answered after the
      restart); requests that go through at the first try still do.
    """

    def __init__(self, budget: float = 60.0, first_wait: float = 0.5, **kwargs: Any) -> None:
        kwargs.setdefault("max_retries", 0)
        super().__init__(**kwargs)
        self.budget = budget
        self.first_wait = first_wait
        self._paused: dict[object, float] = {}
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        """From now on, waits end at once and nothing is retried later."""
        self._stopping.set()

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        """Rate-limit the call as AIORateLimiter does; retry what is safe to retry."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (float(rate_limit_args) if rate_limit_args else self.budget)
        chat = data.get("chat_id")
        wait = self.first_wait
        while True:
            await self._sleep(self._paused.get(chat, 0.0) - loop.time())  # a 429 for the chat
            try:
                return await self._attempt(callback, args, kwargs, data, deadline - loop.time())
            except RetryAfter as exc:
                pause = exc._retry_after.total_seconds() if hasattr(exc, "_retry_after") \
                    else float(exc.retry_after)  # type: ignore[arg-type]
                self._paused[chat] = max(self._paused.get(chat, 0.0), loop.time() + pause)
                self._give_up_after(endpoint, exc, pause, deadline - loop.time())
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                self._give_up_after(endpoint, exc, wait, deadline - loop.time())
                await self._sleep(wait)
                wait = min(wait * 2, _LONGEST_WAIT)

    async def _attempt(self, callback: Any, args: Any, kwargs: dict[str, Any],
                       data: dict[str, Any], remaining: float) -> Any:
        chat_id = data.get("chat_id")
        group: Any = chat_id if isinstance(chat_id, str) or (
            isinstance(chat_id, int) and chat_id < 0) else False
        kwargs = {**kwargs, "read_timeout": max(remaining, 1.0)}
        return await self._run_request(chat=chat_id is not None, group=group,
                                       allow_paid_broadcast=False, callback=callback,
                                       args=args, kwargs=kwargs)

    def _give_up_after(self, endpoint: str, exc: Exception, wait: float,
                       remaining: float) -> None:
        """Raise ``exc`` if waiting ``wait`` seconds would overrun the budget, else log it."""
        if self._stopping.is_set():
            raise ShuttingDown from exc
        if wait > remaining:
            raise exc
        log.warning("%s failed (%s: %s); retrying in %.1f s", endpoint, type(exc).__name__,
                    exc, wait)

    async def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        if self._stopping.is_set():
            raise ShuttingDown
