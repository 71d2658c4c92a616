"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the Telegram front end.

It speaks just enough of the Bot API for python-telegram-bot: ``getMe``, ``deleteWebhook``,
``setWebhook``, ``getUpdates`` (long polling with ``offset`` and ``timeout``), ``sendMessage``,
``editMessageText``, ``editMessageReplyMarkup``, ``answerCallbackQuery``, ``answerInlineQuery``,
``setMyCommands`` and ``sendPhoto`` (multipart uploads are kept as :class:`Upload`, bytes and
all). It records every call, can inject updates, and can be told to fail calls (500,
429 with ``retry_after``, 401, or a connection reset with status 0) or to answer slowly.
Unknown methods get 400, never 404: a 404 makes python-telegram-bot report an invalid token.

Like Telegram, it rejects what Telegram would reject: text over 4,096 characters, HTML that does
not parse, ``callback_data`` over 64 bytes and more than 50 inline results. So a test that passes
here does not hide a message Telegram would refuse.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-token_that_must_never_be_logged"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "LSN Projects",
    "username": "lsn_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
MAX_TEXT = 4096
JSON_FIELDS = {
    "reply_markup", "results", "commands", "scope", "allowed_updates", "link_preview_options",
    "reply_parameters", "entities", "button",
}
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}
_MARKUP = re.compile(r"<(/?)([a-zA-Z-]*)([^<>]*)>|<|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|&")


class ApiError(Exception):
    """A Bot API error answer: status code, description and optional parameters."""

    def __init__(self, status: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class Call:
    """One request the bot made: the method, its decoded parameters and how it was answered."""

    method: str
    params: dict[str, Any]
    status: int | None = None  # None while the call is still being answered
    at: float = field(default_factory=time.monotonic)
    result: Any = None  # what the fake answered, e.g. the sent message

    @property
    def message_id(self) -> int | None:
        """The id of the message this call sent, if it sent one."""
        return self.result.get("message_id") if isinstance(self.result, dict) else None

    @property
    def ok(self) -> bool:
        """Answered successfully (a long poll still waiting counts as fine too)."""
        return self.status in (200, None) if self.method == "getUpdates" else self.status == 200

    @property
    def chat_id(self) -> int | None:
        """The chat the call wrote to, if any."""
        raw = self.params.get("chat_id")
        return int(raw) if raw is not None else None

    @property
    def text(self) -> str:
        """The message text or photo caption."""
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        """The rows of the inline keyboard sent with the call."""
        markup = self.params.get("reply_markup") or {}
        return markup.get("inline_keyboard", []) if isinstance(markup, dict) else []


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded in a multipart request."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass
class Fault:
    """What to do to the next call of a method (to one chat, if given): delay it, then fail it
    with a status."""

    status: int | None = None
    retry_after: int | None = None
    delay: float = 0.0
    chat_id: int | None = None
    description: str = "Internal Server Error"

    def applies_to(self, params: dict[str, Any]) -> bool:
        """True for a call this fault is meant for."""
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)


# --------------------------------------------------------------------------- Telegram's rules


def check_html(text: str) -> str:
    """Parse Telegram HTML like Telegram does; return the visible text or raise ApiError."""
    stack: list[str] = []
    visible: list[str] = []
    pos = 0
    for match in _MARKUP.finditer(text):
        visible.append(text[pos : match.start()])
        pos = match.end()
        token = match.group(0)
        if token.startswith("&"):
            visible.append(_entity(token))
        elif match.group(2) is None or match.group(2).lower() not in ALLOWED_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: unsupported tag {token!r}")
        else:
            _tag(match.group(1) == "/", match.group(2).lower(), stack)
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: unclosed tag <{stack[-1]}>")
    visible.append(text[pos:])
    return "".join(visible)


def _entity(token: str) -> str:
    if token == "&" or (not token.startswith("&#") and token not in ("&lt;", "&gt;", "&amp;",
                                                                      "&quot;")):
        raise ApiError(400, f"Bad Request: can't parse entities: bad entity {token!r}")
    return html.unescape(token)


def _tag(closing: bool, name: str, stack: list[str]) -> None:
    if not closing:
        stack.append(name)
    elif not stack or stack[-1] != name:
        raise ApiError(400, f"Bad Request: can't parse entities: unexpected end tag </{name}>")
    else:
        stack.pop()


def check_text(text: Any, parse_mode: Any, limit: int = MAX_TEXT) -> None:
    """Reject empty, over-long or unparsable message text as Telegram would."""
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    visible = check_html(text) if str(parse_mode).upper() == "HTML" else text
    if len(visible.encode("utf-16-le")) // 2 > limit:
        raise ApiError(400, "Bad Request: message is too long")


def check_markup(markup: Any) -> None:
    """Reject inline keyboards Telegram would reject, above all callback_data over 64 bytes."""
    if markup is None:
        return
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list):
        raise ApiError(400, "Bad Request: reply markup is not an inline keyboard")
    for button in itertools.chain.from_iterable(rows):
        if not str(button.get("text", "")).strip():
            raise ApiError(400, "Bad Request: button text is empty")
        data = button.get("callback_data")
        if data is not None and not 1 <= len(str(data).encode()) <= 64:
            raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


# --------------------------------------------------------------------------- the server


class FakeBotApi:
    """The fake server. Start it, point ``base_url`` at it, inject updates, read ``calls``."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.webhook: dict[str, Any] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._arrived = asyncio.Event()
        self._recorded = asyncio.Event()
        self._faults: dict[str, deque[Fault]] = {}
        self._outages: list[tuple[str, float, Fault]] = []
        self._answered: set[str] = set()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._methods: dict[str, Callable[[dict[str, Any]], Awaitable[Any]]] = {
            "getMe": self._get_me,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "setMyCommands": self._set_my_commands,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._true,
            "close": self._true,
            "logOut": self._true,
        }

    @property
    def base_url(self) -> str:
        """The ``base_url`` for python-telegram-bot (it appends the token itself)."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        """Listen on a free port on 127.0.0.1."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Stop listening and drop open connections, ending pending long polls at once."""
        self._arrived.set()
        if self._runner:
            await self._runner.cleanup()

    # ----------------------------------------------------------------------- test controls

    def inject(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        update = {**update, "update_id": next(self._update_ids)}
        self._updates.append(update)
        self._arrived.set()
        return update["update_id"]

    def next_update_id(self) -> int:
        """An update_id for an update delivered some other way (a webhook POST)."""
        return next(self._update_ids)

    def fail(self, method: str, status: int = 500, *, retry_after: int | None = None,
             times: int = 1, chat_id: int | None = None,
             description: str = "Internal Server Error") -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail with
        ``status`` (0: the connection is dropped without an answer). Chats are answered
        concurrently, so a test that needs one chat's call to fail names the chat."""
        self._faults.setdefault(method, deque()).extend(
            Fault(status, retry_after, chat_id=chat_id, description=description)
            for _ in range(times)
        )

    def outage(self, method: str, seconds: float, status: int = 500, *,
               chat_id: int | None = None) -> None:
        """Fail every call of ``method`` (to ``chat_id``, if given) for the next ``seconds``."""
        until = time.monotonic() + seconds
        self._outages.append((method, until, Fault(status, chat_id=chat_id)))

    def slow(self, method: str, delay: float, *, times: int = 1, chat_id: int | None = None
             ) -> None:
        """Make the next ``times`` calls of ``method`` (to ``chat_id``, if given) answer after
        ``delay`` seconds."""
        self._faults.setdefault(method, deque()).extend(
            Fault(delay=delay, chat_id=chat_id) for _ in range(times)
        )

    def requests(self, *methods: str, chat_id: int | None = None, ok: bool | None = True
                 ) -> list[Call]:
        """Recorded calls, filtered by method, chat and success."""
        return [
            c for c in self.calls
            if (not methods or c.method in methods)
            and (chat_id is None or c.chat_id == chat_id)
            and (ok is None or c.ok == ok)
        ]

    async def wait_for(self, *methods: str, chat_id: int | None = None, count: int = 1,
                       timeout: float = 10.0) -> list[Call]:
        """Wait until at least ``count`` successful calls match; return all that match."""
        deadline = time.monotonic() + timeout
        while len(found := self.requests(*methods, chat_id=chat_id)) < count:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"expected {count} x {methods} for chat {chat_id}, "
                                   f"got {len(found)}: {[c.method for c in self.calls]}")
            self._recorded.clear()
            try:
                await asyncio.wait_for(self._recorded.wait(), remaining)
            except TimeoutError:
                continue
        return found

    # ----------------------------------------------------------------------- HTTP

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        call = Call(method, await _params(request))
        self._record(call)  # on arrival, so a pending long poll is visible at once
        try:
            result = await self._dispatch(method, call.params)
        except ConnectionResetError:
            call.status = 0
            assert request.transport is not None
            request.transport.abort()  # the client sees the connection drop, no answer
            return web.Response(status=500)
        except ApiError as exc:
            call.status = exc.status
            return _error(exc)
        except BaseException:
            call.status = 500  # a crash in the fake, or a long poll the client gave up on
            raise
        else:
            call.status = 200
            call.result = result
            return web.json_response({"ok": True, "result": result})
        finally:
            self._recorded.set()

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._recorded.set()

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        handler = self._methods.get(method)
        if handler is None:
            raise ApiError(400, f"Bad Request: method {method} is not implemented by the fake")
        fault = self._next_fault(method, params)
        if fault and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault and fault.status == 429:
            raise ApiError(429, "Too Many Requests: retry later", retry_after=fault.retry_after)
        if fault and fault.status == 0:
            raise ConnectionResetError("reset by the fake")
        if fault and fault.status == 401:
            raise ApiError(401, "Unauthorized")
        if fault and fault.status:
            raise ApiError(fault.status, fault.description)
        return await handler(params)

    def _next_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        """An outage of this method, else the first fault queued for it that applies."""
        now = time.monotonic()
        for name, until, outage in self._outages:
            if name == method and now < until and outage.applies_to(params):
                return outage
        faults = self._faults.get(method) or deque()
        fault = next((f for f in faults if f.applies_to(params)), None)
        if fault is not None:
            faults.remove(fault)
        return fault

    # ----------------------------------------------------------------------- methods

    async def _true(self, params: dict[str, Any]) -> bool:
        return True

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if _flag(params.get("drop_pending_updates")):
            self._updates.clear()
        return True

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = params
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), timeout)
            except TimeoutError:
                return []
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        return self._updates[: int(params.get("limit") or 100)]

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        check_text(params.get("text"), params.get("parse_mode"))
        check_markup(params.get("reply_markup"))
        return self._message(params, text=params["text"])

    async def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        photo = params.get("photo")
        if not isinstance(photo, Upload) and not (isinstance(photo, str) and photo):
            raise ApiError(400, "Bad Request: there is no photo in the request")
        if isinstance(photo, Upload) and not photo.data:
            raise ApiError(400, "Bad Request: file must be non-empty")
        if params.get("caption"):
            check_text(params["caption"], params.get("parse_mode"), limit=1024)
        check_markup(params.get("reply_markup"))
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 1200, "height": 600}]
        return self._message(params, photo=photo, caption=params.get("caption"))

    async def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        check_text(params.get("text"), params.get("parse_mode"))
        check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        if not params.get("chat_id") or not params.get("message_id"):
            raise ApiError(400, "Bad Request: message to edit not found")
        return self._message(params, text=params["text"], message_id=int(params["message_id"]))

    async def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        if not params.get("chat_id") or not params.get("message_id"):
            raise ApiError(400, "Bad Request: message to edit not found")
        return self._message(params, message_id=int(params["message_id"]),
                             reply_markup=params.get("reply_markup"))

    async def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if not query_id or query_id in self._answered:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or "
                                "query ID is invalid")
        self._answered.add(query_id)
        return True

    async def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        results = params.get("results") or []
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id") for r in results]
        if len(set(ids)) != len(ids) or any(not i or len(str(i).encode()) > 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            check_text(content.get("message_text"), content.get("parse_mode"))
            check_markup(result.get("reply_markup"))
        return True

    async def _set_my_commands(self, params: dict[str, Any]) -> bool:
        for command in params.get("commands") or []:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        return True

    def _message(self, params: dict[str, Any], message_id: int | None = None,
                 **content: Any) -> dict[str, Any]:
        if params.get("chat_id") is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat_id = int(params["chat_id"])
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        message = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
        }
        message.update({k: v for k, v in content.items() if v is not None})
        return message


async def _params(request: web.Request) -> dict[str, Any]:
    """Decode form, multipart or JSON parameters; JSON-valued fields become Python values."""
    if request.content_type == "application/json":
        body = await request.json()
        return body if isinstance(body, dict) else {}
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in {**request.query, **form}.items():
        if isinstance(value, web.FileField):
            params[key] = Upload(value.filename or "file", value.content_type, value.file.read())
        elif key in JSON_FIELDS:
            params[key] = json.loads(value)
        else:
            params[key] = value
    return params


def _flag(value: Any) -> bool:
    return value in (True, "true", "True", "1", 1)


def _error(exc: ApiError) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
    if any(v is not None for v in exc.parameters.values()):
        body["parameters"] = {k: v for k, v in exc.parameters.items() if v is not None}
    return web.json_response(body, status=exc.status)


# --------------------------------------------------------------------------- update factories

_ids = itertools.count(1)


def user(user_id: int = 42, language_code: str | None = "en", first_name: str = "Ada"
         ) -> dict[str, Any]:
    """A human Telegram user."""
    out: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        out["language_code"] = language_code
    return out


def message(text: str, chat_id: int = 42, *, language_code: str | None = "en",
            user_id: int | None = None, reply_to_bot: bool | int = False) -> dict[str, Any]:
    """A text-message update; negative chat ids are supergroups. Entities are derived.

    ``reply_to_bot`` makes it a reply to a message of the bot: to the one with that message id,
    or (``True``) to some earlier one.
    """
    chat: dict[str, Any] = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
    if chat_id < 0:
        chat["title"] = "LSN friends"
    sender = user(user_id or abs(chat_id), language_code)
    msg: dict[str, Any] = {
        "message_id": next(_ids), "date": int(time.time()), "chat": chat, "from": sender,
        "text": text,
    }
    if entities := _entities(text):
        msg["entities"] = entities
    if reply_to_bot:
        replied = next(_ids) if reply_to_bot is True else int(reply_to_bot)
        msg["reply_to_message"] = {
            "message_id": replied, "date": int(time.time()), "chat": chat,
            "from": BOT_USER, "text": "An earlier answer.",
        }
    return {"message": msg}


def _entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities, with offsets in UTF-16 code units like Telegram's."""
    found = []
    for match in re.finditer(r"(?<!\S)(/[A-Za-z0-9_]+(?:@\w+)?|@\w+)", text):
        kind = "bot_command" if match.group(0).startswith("/") else "mention"
        if kind == "bot_command" and match.start() != 0:
            continue
        offset = len(text[: match.start()].encode("utf-16-le")) // 2
        length = len(match.group(0).encode("utf-16-le")) // 2
        found.append({"type": kind, "offset": offset, "length": length})
    return found


def callback_query(data: str | None, chat_id: int = 42, *, message_id: int = 1,
                   inline_message_id: str | None = None, language_code: str | None = "en",
                   reply_markup: dict[str, Any] | None = None, user_id: int | None = None
                   ) -> dict[str, Any]:
    """A button press on a message the bot sent (or on an inline message).

    ``data=None`` is a press without callback data (a game button); ``reply_markup`` is the
    keyboard of the message the button was on.
    """
    query: dict[str, Any] = {
        "id": f"cq-{next(_ids)}", "from": user(user_id or abs(chat_id), language_code),
        "chat_instance": f"ci-{chat_id}",
    }
    if data is not None:
        query["data"] = data
    if inline_message_id:
        query["inline_message_id"] = inline_message_id
    else:
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        query["message"] = {
            "message_id": message_id, "date": int(time.time()), "chat": chat,
            "from": BOT_USER, "text": "An earlier answer.",
        }
        if reply_markup:
            query["message"]["reply_markup"] = reply_markup
    return {"callback_query": query}


_MEDIA: dict[str, dict[str, Any]] = {
    "sticker": {"sticker": {"file_id": "s1", "file_unique_id": "s1", "type": "regular",
                            "width": 512, "height": 512, "is_animated": False,
                            "is_video": False, "emoji": "🧬"}},
    "photo": {"photo": [{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}],
              "caption": "When did ELISE run?"},
    "voice": {"voice": {"file_id": "v1", "file_unique_id": "v1", "duration": 3}},
    "location": {"location": {"latitude": 53.55, "longitude": 9.99}},
    "new_chat_title": {"new_chat_title": "LSN friends 2"},
}


def without_text(kind: str, chat_id: int = 42) -> dict[str, Any]:
    """A message with no text: a sticker, a photo with a caption, a voice message, a location,
    or a service message (``new_chat_title``)."""
    update = message("unused", chat_id)
    del update["message"]["text"]
    update["message"].pop("entities", None)
    update["message"].update(_MEDIA[kind])
    return update


def edited_message(text: str, chat_id: int = 42) -> dict[str, Any]:
    """The user edited an earlier message."""
    msg = message(text, chat_id)["message"]
    return {"edited_message": {**msg, "edit_date": msg["date"] + 1}}


def channel_post(text: str, chat_id: int = -100_777) -> dict[str, Any]:
    """A post in a channel the bot was added to."""
    chat = {"id": chat_id, "type": "channel", "title": "LSN news"}
    post = {"message_id": next(_ids), "date": int(time.time()), "chat": chat, "text": text,
            "sender_chat": chat}
    return {"channel_post": post}


def inline_query(query: str, user_id: int = 42, language_code: str | None = "en"
                 ) -> dict[str, Any]:
    """Someone typing ``@botname query`` in any chat."""
    return {
        "inline_query": {
            "id": f"iq-{next(_ids)}", "from": user(user_id, language_code), "query": query,
            "offset": "",
        }
    }
