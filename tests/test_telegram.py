"""End-to-end tests of the Telegram front end against a fake Bot API server on 127.0.0.1.

The real ``Application`` from ``build_application`` talks real HTTP to ``fake_bot_api`` and the
real core answers. Each test injects updates and checks what the bot sent. Once a "sentinel" update
in another chat is answered and the app's update queue is done, every earlier update is done: that
is how a test knows an update got no answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import html
import io
import itertools
import json
import logging
import os
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from telegram.ext import Application

from bot import logs
from bot import telegram as tg
from bot.conversation import Button, Reply, State
from bot.knowledge import KnowledgeBase, KnowledgeError
from bot.knowledge import load as load_kb
from bot.telegram import handlers, keyboards, sending
from bot.transport import AiohttpRequest, PerChatUpdateProcessor
from tests.conftest import hostile_strings
from tests.fake_bot_api import (
    BOT_USER,
    TOKEN,
    ApiError,
    Call,
    FakeBotApi,
    Upload,
    callback_query,
    channel_post,
    check_html,
    edited_message,
    inline_query,
    message,
    without_text,
)

pytestmark = pytest.mark.filterwarnings(  # raised inside python-telegram-bot's RetryAfter
    "ignore:Deprecated since version v22.2:telegram.warnings.PTBDeprecationWarning"
)
BOT = BOT_USER["username"]
SENTINEL_CHAT = 999_999  # and up: one new chat per settle()
_sentinels = itertools.count(SENTINEL_CHAT)
SENDS = ("sendMessage", "editMessageText", "sendPhoto")
HOSTILE = [
    "<b>ELISE</b> & <script>alert('x')</script> &amp; &lt; </i>",
    "ELISE 🧬🦴 👩‍🔬 funding? 🇩🇪",
    "ELISE " + "a" * 4994,
    *hostile_strings(),
]


# --------------------------------------------------------------------------- harness


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


class Harness:
    """The running bot plus helpers to talk to it through the fake server."""

    def __init__(self, api: FakeBotApi, app: Application) -> None:
        self.api = api
        self.app = app

    async def settle(self, timeout: float = 10.0) -> None:
        """Return once every update injected so far has been handled.

        The sentinel goes last, so once it is answered every earlier update has been fetched;
        chats are handled concurrently, so then wait until the app has finished all of them.
        Each sentinel is a new chat, so that settling often never looks like a flood.
        """
        chat = next(_sentinels)
        self.api.inject(message("/help", chat))
        await self.api.wait_for("sendMessage", chat_id=chat, timeout=timeout)
        await asyncio.wait_for(self.app.update_queue.join(), timeout)

    async def send(self, update: dict[str, Any], chat_id: int | None = None) -> list[Call]:
        """Inject one update; return the successful calls it caused (to ``chat_id`` if given)."""
        before = len(self.api.calls)
        self.api.inject(update)
        await self.settle()
        return [
            c for c in self.api.calls[before:]
            if c.ok and c.method not in ("getUpdates",) and not is_sentinel(c.chat_id)
            and (chat_id is None or c.chat_id in (chat_id, None))
        ]

    async def say(self, text: str, chat_id: int = 42, **kwargs: Any) -> list[Call]:
        """Send a text message; return the messages the bot sent back to that chat."""
        calls = await self.send(message(text, chat_id, **kwargs), chat_id)
        return [c for c in calls if c.method in SENDS]

    async def ask(self, text: str, chat_id: int = 42, **kwargs: Any) -> Call:
        """Send a text message that must get exactly one message back; return it."""
        replies = await self.say(text, chat_id, **kwargs)
        assert len(replies) == 1, [r.text for r in replies]
        return replies[0]

    async def press(self, data: str, chat_id: int = 42, **kwargs: Any) -> list[Call]:
        """Press a button carrying ``data``."""
        return await self.send(callback_query(data, chat_id, **kwargs))


def is_sentinel(chat_id: int | None) -> bool:
    return chat_id is not None and chat_id >= SENTINEL_CHAT


def settings_for(api: FakeBotApi, data_dir: Path, **kwargs: Any) -> tg.Settings:
    """Settings for a test: short retries and long polls, so that no test waits long."""
    fast = {"retry_seconds": 3.0, "retry_first_wait": 0.05, "poll_timeout": 1.0}
    return tg.Settings(token=TOKEN, base_url=api.base_url, data_dir=data_dir,
                       **{**fast, **kwargs})


_services: dict[int, tg.Service] = {}


async def start_polling(app: Application) -> tg.Service:
    """What `python -m bot serve` does, minus the signal handling and the blocking."""
    service = _services[id(app)] = tg.Service(app)
    await service.start()
    return service


async def stop(app: Application) -> None:
    """What SIGTERM does: stop fetching, finish the fetched updates, save."""
    await _services.pop(id(app)).stop()


@pytest.fixture
async def bot(api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path) -> AsyncIterator[Harness]:
    app = tg.build_application(kb, settings_for(api, tmp_path))
    await start_polling(app)
    yield Harness(api, app)
    await stop(app)


def callback_datas(call: Call) -> list[str]:
    return [b["callback_data"] for row in call.buttons for b in row if "callback_data" in b]


def labels(call: Call) -> list[str]:
    return [b["text"] for row in call.buttons for b in row]


@contextlib.contextmanager
def logging_to(stream: io.StringIO, level: str = "INFO", fmt: str = "plain") -> Iterator[None]:
    """The bot's logging setup writing to ``stream``; the previous levels come back after."""
    loggers = [logging.getLogger(), logging.getLogger("httpx"), logging.getLogger("httpcore")]
    levels = [logger.level for logger in loggers]
    handler = logs.setup(level, fmt, [TOKEN], stream)
    try:
        yield
    finally:
        loggers[0].removeHandler(handler)
        for logger, old in zip(loggers, levels, strict=True):
            logger.setLevel(old)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------- the fake itself


async def test_fake_server_answers_unknown_methods_with_400_not_404(api: FakeBotApi) -> None:
    # Given the fake Bot API server
    url = f"{api.base_url}{TOKEN}/noSuchMethod"
    # When a client calls a method it does not implement
    async with aiohttp.ClientSession() as session, session.post(url) as response:
        body = await response.json()
    # Then it answers 400 like Telegram would for a bad request, never 404 (= invalid token)
    assert response.status == 400
    assert body["ok"] is False


def test_fake_server_rejects_what_telegram_would_reject() -> None:
    # Given HTML that Telegram cannot parse
    for bad in ["a < b", "<b>open", "<script>x</script>", "Tom & Jerry", "<b><i>x</b></i>"]:
        # When the fake parses it, Then it refuses like Telegram
        with pytest.raises(ApiError):
            check_html(bad)
    # And well-formed HTML comes back as the visible text
    assert check_html("<b>a &amp; b</b> &lt;3") == "a & b <3"


# --------------------------------------------------------------------------- questions


async def test_an_english_question_gets_the_core_answer_in_html(bot: Harness) -> None:
    # Given a private chat with an English-speaking user
    # When they ask when ELISE ran
    reply = await bot.ask("When did ELISE run?")
    # Then the bot answers once, in HTML, with the dates and follow-up buttons
    assert reply.params["parse_mode"] == "HTML"
    assert "<b>ELISE</b>" in reply.text
    assert "2017" in reply.text and "2021" in reply.text
    assert "Funding" in labels(reply)


async def test_a_german_question_gets_a_german_answer(bot: Harness) -> None:
    # Given a user whose Telegram is in German
    # When they ask in German who funded ELISE
    reply = await bot.ask("Wer hat ELISE gefördert?", language_code="de")
    # Then the answer is German
    assert "Förderung von <b>ELISE</b>" in reply.text
    assert "Interreg Europe" in reply.text
    assert "Überblick" in labels(reply)


async def test_a_follow_up_uses_the_chats_own_state(bot: Harness) -> None:
    # Given one chat that asked about ELISE and another that asked about MAGIA
    await bot.ask("When did ELISE run?", chat_id=1)
    await bot.ask("When did MAGIA run?", chat_id=2)
    # When the first chat asks a follow-up without naming the project
    reply = await bot.ask("Who funded it?", chat_id=1)
    # Then the answer is about ELISE, not about the other chat's MAGIA
    assert "<b>ELISE</b>" in reply.text
    assert "Interreg Europe" in reply.text


async def test_hostile_text_gets_exactly_one_valid_answer(bot: Harness) -> None:
    # Given text with HTML and Markdown metacharacters, emoji, RTL script, control characters,
    # 5,000 and 10,000 characters (Telegram never delivers an empty or blank message)
    for chat, text in enumerate((h for h in HOSTILE if h.strip()), start=1000):
        # When it is sent to the bot
        replies = await bot.say(text, chat)
        # Then the bot answers once, and the fake server accepted the HTML (it rejects what
        # Telegram would reject: bad tags, bad entities, over 4,096 characters)
        assert len(replies) == 1, (text[:40], [r.text for r in replies])
        assert replies[0].params["parse_mode"] == "HTML"
        assert "<script>" not in replies[0].text


async def test_a_long_answer_is_split_under_the_limit(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a core answer of 10,000 characters with bold text running across lines
    real = handlers.answer

    def long_answer(*args: Any, **kwargs: Any) -> Any:
        reply = real(*args, **kwargs)
        body = "<b>" + "\n".join(f"Line {i}: &lt;facts&gt; ✓" for i in range(500)) + "</b>"
        return dataclasses.replace(reply, html=body)

    monkeypatch.setattr(handlers, "answer", long_answer)
    # When the question is asked
    replies = await bot.say("When did ELISE run?")
    # Then it arrives in several valid messages with the buttons under the last one only
    assert len(replies) >= 3
    assert all(len(check_html(r.text)) <= 4096 for r in replies)
    assert [bool(r.buttons) for r in replies] == [False] * (len(replies) - 1) + [True]
    visible = "\n".join(check_html(r.text) for r in replies)
    assert "Line 0:" in visible and "Line 499: <facts> ✓" in visible


# --------------------------------------------------------------------------- commands


async def test_start_greets_in_the_users_language_with_example_buttons(bot: Harness) -> None:
    # Given a German-speaking user
    # When they press Start
    reply = await bot.ask("/start", language_code="de")
    # Then they are greeted in German with example questions as buttons
    assert reply.text.startswith("Hallo")
    assert len(labels(reply)) >= 2
    assert all(d.startswith(("q:", "k:")) for d in callback_datas(reply))


async def test_start_with_an_unknown_payload_just_greets(bot: Harness) -> None:
    # Given a deep link whose payload is no project, When it is opened
    reply = await bot.ask("/start no-such-project")
    # Then the user is simply greeted
    assert reply.text.startswith("Hello")


async def test_a_deep_link_opens_that_projects_card(bot: Harness) -> None:
    # Given a link t.me/lsn_test_bot?start=elise
    # When someone opens it (Telegram sends "/start elise")
    reply = await bot.ask("/start elise")
    # Then the bot shows ELISE's card with its buttons
    assert "<b>ELISE</b>" in reply.text
    assert "Interreg Europe" in reply.text
    assert {"Dates", "Funding", "Goals", "Partners"} <= set(labels(reply))
    # And no button that would only say the page knows nothing (ELISE has no related project)
    assert "Related" not in labels(reply)


@pytest.mark.parametrize(("command", "language", "expected"), [
    ("/help", "en", "I answer questions"),
    ("/hilfe", "de", "Fragen"),
])
async def test_help_explains_what_the_bot_knows(
    bot: Harness, command: str, language: str, expected: str
) -> None:
    # Given a user, When they ask for help in English or German
    reply = await bot.ask(command, language_code=language)
    # Then they learn what the bot knows, in their language
    assert expected in reply.text
    assert "<b>ELISE</b>" in reply.text


@pytest.mark.parametrize("command", ["/projects", "/projekte"])
async def test_projects_lists_every_project_as_a_button(
    bot: Harness, kb: KnowledgeBase, command: str
) -> None:
    # Given the knowledge base, When a user asks for the projects
    reply = await bot.ask(command)
    # Then every project is a button that opens its card
    assert labels(reply) == [p.name for p in kb.projects.values()]
    assert callback_datas(reply) == [f"p:overview:{pid}" for pid in kb.projects]


@pytest.mark.parametrize("command", ["/project MAGIA2Market", "/projekt magia 2 market"])
async def test_project_name_shows_that_card(bot: Harness, command: str) -> None:
    # Given a user who knows a project's name
    # When they ask for its card by command
    reply = await bot.ask(command)
    # Then they get that project's card
    assert reply.text.startswith("<b>MAGIA2Market</b>")
    assert "Dates" in labels(reply) or "Laufzeit" in labels(reply)


async def test_project_without_a_name_explains_itself(bot: Harness) -> None:
    # Given a user who types the command alone, When it arrives
    reply = await bot.ask("/project")
    # Then the bot says how to use it
    assert reply.text == tg.text("project_usage", "en")


async def test_an_ambiguous_project_name_offers_the_candidates_as_buttons(bot: Harness) -> None:
    # Given a name that fits two projects
    reply = await bot.ask("/project MAGIA 3")
    # Then the candidates are buttons
    assert labels(reply) == ["MAGIA", "MAGIA2Market"]
    # And pressing one shows that project
    pressed = await bot.press(callback_datas(reply)[1])
    sent = [c for c in pressed if c.method == "sendMessage"]
    assert len(sent) == 1 and sent[0].text.startswith("<b>MAGIA2Market</b>")


async def test_the_command_menu_is_registered_in_english_and_german(bot: Harness) -> None:
    # Given the bot has started
    calls = bot.api.requests("setMyCommands")
    # Then it registered its commands for everyone and for German users
    menus = {c.params.get("language_code"): [x["command"] for x in c.params["commands"]]
             for c in calls}
    assert menus[None] == ["start", "help", "projects", "project", "timeline"]
    assert menus["de"] == ["start", "hilfe", "projekte", "projekt", "zeitstrahl"]


async def test_an_unknown_command_in_a_private_chat_gets_help(bot: Harness) -> None:
    # Given a private chat, When the user sends a command the bot does not have
    reply = await bot.ask("/elise")
    # Then the bot answers with its help
    assert "I answer questions" in reply.text


# --------------------------------------------------------------------------- groups

GROUP = -100_123


async def test_a_group_command_addressed_to_the_bot_is_answered(bot: Harness) -> None:
    # Given a group, When someone sends /help@lsn_test_bot
    replies = await bot.say(f"/help@{BOT}", GROUP)
    # Then the bot answers in the group, quoting the command
    assert len(replies) == 1
    assert "I answer questions" in replies[0].text
    assert replies[0].params["reply_parameters"]["message_id"] > 0


async def test_a_group_command_for_another_bot_is_ignored(bot: Harness) -> None:
    # Given a group, When someone sends a command addressed to another bot
    replies = await bot.say("/help@some_other_bot", GROUP)
    # Then this bot stays silent
    assert replies == []


async def test_group_chatter_without_a_mention_is_ignored(bot: Harness) -> None:
    # Given a group, When people talk without addressing the bot
    replies = await bot.say("When did ELISE run? I forgot", GROUP)
    # Then the bot stays silent
    assert replies == []


async def test_a_mention_in_a_group_is_answered(bot: Harness) -> None:
    # Given a group, When someone mentions the bot in a question
    reply = await bot.ask(f"@{BOT} when did ELISE run?", GROUP)
    # Then the bot answers it
    assert "<b>ELISE</b>" in reply.text and "2017" in reply.text


async def test_a_reply_to_the_bot_in_a_group_is_answered_with_context(bot: Harness) -> None:
    # Given a group that asked the bot about ELISE
    await bot.ask(f"@{BOT} when did ELISE run?", GROUP)
    # When someone replies to the bot's message without mentioning it
    reply = await bot.ask("and who funded it?", GROUP, reply_to_bot=True)
    # Then the bot answers, remembering the group's project
    assert "Interreg Europe" in reply.text


async def test_an_edited_message_is_answered_as_a_question(bot: Harness) -> None:
    # Given a question that was answered
    await bot.ask("When did ELISE run?")
    # When the user edits it into another question
    calls = await bot.send(edited_message("When did ELISE end?"), 42)
    # Then the bot answers the edited question
    (sent,) = [c for c in calls if c.method in SENDS]
    assert "ended on 31 December 2021" in sent.text


# --------------------------------------------------------------------------- buttons


async def test_a_card_button_answers_below_the_card(bot: Harness) -> None:
    # Given ELISE's card
    card = await bot.ask("/project ELISE")
    dates = callback_datas(card)[labels(card).index("Dates")]
    # When the user presses Dates
    calls = await bot.press(dates)
    # Then the spinner stops and the dates arrive below the card
    assert [c.method for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert "2017" in calls[1].text and calls[1].params["parse_mode"] == "HTML"


async def test_a_project_button_opens_the_card(bot: Harness) -> None:
    # Given the project list, When the user presses MAGIA
    calls = await bot.press("p:overview:magia")
    # Then MAGIA's card arrives
    sent = [c for c in calls if c.method == "sendMessage"]
    assert len(sent) == 1 and sent[0].text.startswith("<b>MAGIA</b>")


@pytest.mark.parametrize("data", ["k:0123456789abcdef", "p:dates:no-such-project",
                                  "p:launch:elise", "garbage", "q:"])
async def test_stale_or_unknown_button_data_gets_a_polite_answer(bot: Harness, data: str) -> None:
    # Given a button from an old message or a forged one, When it is pressed
    calls = await bot.press(data)
    # Then the bot answers the press politely and sends nothing else
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert calls[0].params["text"] == tg.text("stale_button", "en")


async def test_a_long_button_query_round_trips_within_64_bytes(bot: Harness) -> None:
    # Given a suggested question too long for callback_data
    query = "Which projects did the European Regional Development Fund fund in Hamburg?"
    data = keyboards.callback_data(Button("Long", query), bot.app.store)
    assert len(data.encode()) <= 64
    # When its button is pressed
    calls = await bot.press(data)
    # Then the bot answers the full question
    sent = [c for c in calls if c.method == "sendMessage"]
    assert len(sent) == 1 and "HIHeal" in sent[0].text


# --------------------------------------------------------------------------- inline mode


async def inline_results(bot: Harness, query: str, language: str = "en") -> list[dict[str, Any]]:
    calls = await bot.send(inline_query(query, language_code=language))
    assert [c.method for c in calls] == ["answerInlineQuery"]
    return calls[0].params["results"]


async def test_inline_mode_offers_the_matching_project_card(bot: Harness) -> None:
    # Given someone types "@lsn_test_bot elise" in any chat
    results = await inline_results(bot, "elise")
    # Then ELISE's card is offered, ready to send as HTML with its buttons
    assert results[0]["id"] == "elise"
    content = results[0]["input_message_content"]
    assert content["parse_mode"] == "HTML" and "<b>ELISE</b>" in content["message_text"]
    assert results[0]["reply_markup"]["inline_keyboard"]


@pytest.mark.parametrize(("language", "funded_by"), [("en", "Funded by"), ("de", "Förderung")])
async def test_inline_mode_with_an_empty_query_lists_all_projects(
    bot: Harness, kb: KnowledgeBase, language: str, funded_by: str
) -> None:
    # Given someone types just "@lsn_test_bot"
    results = await inline_results(bot, "", language)
    # Then every project's card is offered (at most 50), in their language, and the fake
    # server accepted every card's HTML and every button's callback_data
    assert [r["id"] for r in results] == list(kb.projects)[:50]
    assert funded_by in results[0]["input_message_content"]["message_text"]


async def test_inline_mode_finds_partial_names(bot: Harness) -> None:
    # Given someone is still typing a name
    results = await inline_results(bot, "magi")
    # Then both MAGIA projects are offered
    assert [r["id"] for r in results][:2] == ["magia", "magia2market"]


async def test_a_button_on_an_inline_message_edits_that_message(bot: Harness) -> None:
    # Given ELISE's card was sent in another chat through inline mode
    results = await inline_results(bot, "elise")
    buttons = results[0]["reply_markup"]["inline_keyboard"]
    dates = next(b["callback_data"] for row in buttons for b in row if b["text"] == "Dates")
    # When someone presses Dates on it
    calls = await bot.send(callback_query(dates, inline_message_id="inline-1"))
    # Then the bot edits that message, since it cannot write into the chat
    assert [c.method for c in calls] == ["answerCallbackQuery", "editMessageText"]
    assert calls[1].params["inline_message_id"] == "inline-1"
    assert "2017" in calls[1].text


# --------------------------------------------------------------------------- faults


async def test_a_server_error_is_retried_and_answered_once(bot: Harness) -> None:
    # Given Telegram answers the next sendMessage to the chat with 500
    bot.api.fail("sendMessage", 500, chat_id=42)
    # When a question arrives
    replies = await bot.say("When did ELISE run?")
    # Then the bot retried and the user got exactly one answer
    assert len(replies) == 1 and "2017" in replies[0].text
    assert len(bot.api.requests("sendMessage", chat_id=42, ok=False)) == 1


async def test_a_rate_limit_is_waited_out_and_answered_once(bot: Harness) -> None:
    # Given Telegram answers the next sendMessage to the chat with 429, retry after 1 second
    bot.api.fail("sendMessage", 429, retry_after=1, chat_id=42)
    # When a question arrives
    replies = await bot.say("When did ELISE run?")
    # Then the bot waited, retried and answered exactly once
    assert len(replies) == 1
    failed, sent = bot.api.requests("sendMessage", chat_id=42, ok=None)
    assert failed.status == 429 and sent.at - failed.at >= 1.0


async def test_mixed_faults_still_give_every_update_exactly_one_answer(bot: Harness) -> None:
    # Given a slow, a failing and a rate-limited Telegram, and a failing getUpdates
    bot.api.slow("sendMessage", 0.7)
    bot.api.fail("sendMessage", 500)
    bot.api.fail("sendMessage", 429, retry_after=1)
    bot.api.fail("answerCallbackQuery", 500)
    bot.api.fail("getUpdates", 500)
    # When five chats ask questions and one presses a button
    for chat in range(101, 106):
        bot.api.inject(message("When did MAGIA run?", chat))
    bot.api.inject(callback_query("p:dates:elise", 106))
    await bot.settle()
    # Then every chat got exactly one answer and the bot keeps running
    for chat in range(101, 107):
        assert len(bot.api.requests("sendMessage", chat_id=chat)) == 1, chat
    assert len(bot.api.requests("answerCallbackQuery")) == 1
    assert "2018" in (await bot.ask("When did MAGIA run?", chat_id=107)).text


async def test_a_request_that_times_out_or_cannot_connect_raises_telegrams_errors(
    api: FakeBotApi,
) -> None:
    from telegram.error import NetworkError, TimedOut

    # Given the bot's HTTP requests with a read timeout of 0.2 seconds
    request = AiohttpRequest(2, read_timeout=0.2)
    await request.initialize()
    try:
        # When Telegram answers too slowly, Then that is a timeout
        api.slow("getMe", 1.0)
        with pytest.raises(TimedOut):
            await request.post(f"{api.base_url}{TOKEN}/getMe")
        # When nothing listens, Then that is a network error, not a timeout
        with pytest.raises(NetworkError) as refused:
            await request.post(f"http://127.0.0.1:{free_port()}/bot{TOKEN}/getMe")
        assert not isinstance(refused.value, TimedOut)
        # And the same requests go on working
        assert (await request.post(f"{api.base_url}{TOKEN}/getMe"))["username"] == BOT
    finally:
        await request.shutdown()


async def test_when_sending_keeps_failing_the_user_gets_one_apology(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given a bot that retries sends for 1 s, and Telegram failing this chat's sends for 1.5 s
    async with running(api, kb, tmp_path, retry_seconds=1.0) as bot:
        api.outage("sendMessage", 1.5, chat_id=42)
        # When a question arrives
        replies = await bot.say("When did ELISE run?")
    # Then the answer is given up and exactly one polite message arrives once Telegram is back
    assert [r.text for r in replies] == [tg.text("error", "en")]


async def test_a_button_whose_answer_cannot_be_sent_gets_an_apology_in_the_chat(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given Telegram fails every attempt to send the answer to a button press for a while
    async with running(api, kb, tmp_path, retry_seconds=1.0) as bot:
        api.outage("sendMessage", 1.5, chat_id=42)
        # When the user presses a card button
        calls = await bot.press("p:dates:elise")
    # Then the press was answered, and the chat gets one polite message about the failure
    assert [c.method for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert calls[1].text == tg.text("error", "en")


async def test_a_crash_in_the_core_is_logged_first_then_apologised_for(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a core that crashes, and a log that notes when errors are written
    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    logged: list[float] = []
    handler = _Recorder(logged)
    logging.getLogger("bot.telegram").addHandler(handler)
    monkeypatch.setattr(handlers, "answer", crash)
    try:
        # When a German-speaking user asks something
        replies = await bot.say("Wann lief ELISE?", language_code="de")
    finally:
        logging.getLogger("bot.telegram").removeHandler(handler)
    # Then the failure was logged before the user got a polite German message, no traceback
    assert [r.text for r in replies] == [tg.text("error", "de")]
    assert logged and logged[0] <= replies[0].at
    assert "Traceback" not in replies[0].text


class _Recorder(logging.Handler):
    def __init__(self, times: list[float]) -> None:
        super().__init__(logging.ERROR)
        self.times = times

    def emit(self, record: logging.LogRecord) -> None:
        self.times.append(time.monotonic())


# --------------------------------------------------------------------------- running it


async def test_webhook_mode_answers_a_signed_post_and_rejects_an_unsigned_one(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given the bot in webhook mode on 127.0.0.1 with a secret
    port = free_port()
    settings = settings_for(api, tmp_path, webhook_url="https://bot.example.org/tg-hook",
                            port=port, webhook_secret="s3cret-Token", listen="127.0.0.1")
    app = tg.build_application(kb, settings)
    await start_polling(app)  # the service takes the webhook when WEBHOOK_URL is set
    try:
        # Then it registered its webhook with Telegram, secret included
        assert api.webhook["url"] == "https://bot.example.org/tg-hook"
        assert api.webhook["secret_token"] == "s3cret-Token"
        url = f"http://127.0.0.1:{port}/tg-hook"
        update = {"update_id": api.next_update_id(), **message("When did ELISE run?", 77)}
        async with aiohttp.ClientSession() as session:
            # When Telegram POSTs an update with the secret header
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-Token"}
            async with session.post(url, json=update, headers=headers) as response:
                assert response.status == 200
            sent = await api.wait_for("sendMessage", chat_id=77)
            # And someone else POSTs without the right secret
            forged = {"update_id": api.next_update_id(), **message("When did MAGIA run?", 78)}
            async with session.post(url, json=forged,
                                    headers={"X-Telegram-Bot-Api-Secret-Token": "x"}) as bad:
                assert bad.status == 403
    finally:
        await stop(app)
    # Then the signed update got its answer and the forged one none
    assert len(sent) == 1 and "2017" in sent[0].text
    assert api.requests("sendMessage", chat_id=78) == []


async def test_conversation_state_survives_a_restart(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given a chat that asked about ELISE before the bot restarted
    first = tg.build_application(kb, settings_for(api, tmp_path))
    await start_polling(first)
    await Harness(api, first).ask("When did ELISE run?", chat_id=5)
    await stop(first)
    second = tg.build_application(kb, settings_for(api, tmp_path))
    await start_polling(second)
    try:
        # When the chat asks a follow-up after the restart
        reply = await Harness(api, second).ask("Who funded it?", chat_id=5)
    finally:
        await stop(second)
    # Then the bot still knows the chat meant ELISE
    assert "<b>ELISE</b>" in reply.text and "Interreg Europe" in reply.text
    assert (tmp_path / "telegram.sqlite").exists()


async def test_the_token_never_appears_in_the_logs(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given logging at DEBUG, where every request URL (with the token in it) is logged
    stream = io.StringIO()
    settings = settings_for(api, tmp_path, log_level="DEBUG")
    with logging_to(stream, "DEBUG"):
        app = tg.build_application(kb, settings)
        # When the bot starts, answers, and hits an error
        await start_polling(app)
        api.fail("sendMessage", 500)
        await Harness(api, app).ask("When did ELISE run?")
        await stop(app)
    # Then the request URLs were logged, but with the token redacted
    out = stream.getvalue()
    assert f"HTTP Request: POST {api.base_url}{logs.REDACTED}/sendMessage 500" in out
    assert f"HTTP Request: POST {api.base_url}{logs.REDACTED}/sendMessage 200" in out
    assert TOKEN not in out and TOKEN.split(":")[1] not in out


async def serve_process(api: FakeBotApi, data_dir: Path) -> asyncio.subprocess.Process:
    """`python -m bot serve` configured only through the environment, logging JSON lines."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
           "BOT_DATA_DIR": str(data_dir), "LOG_LEVEL": "INFO", "LOG_FORMAT": "json"}
    env.pop("WEBHOOK_URL", None)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", env=env, stderr=asyncio.subprocess.PIPE,
        cwd=Path(__file__).resolve().parent.parent,
    )


async def sigterm(process: asyncio.subprocess.Process) -> str:
    """Send SIGTERM and return what the process logged."""
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    return stderr.decode()


async def test_sigterm_finishes_the_updates_in_hand_and_a_restart_answers_none_twice(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given `python -m bot serve`, polling
    process = await serve_process(api, tmp_path)
    try:
        await api.wait_for("getUpdates", timeout=30)
        # When two questions arrive and SIGTERM comes while the first answer is being sent
        api.slow("sendMessage", 0.5)
        api.inject(message("When did ELISE run?", 9))
        api.inject(message("Who funded it?", 9))
        await until(lambda: api.requests("sendMessage", chat_id=9, ok=None), timeout=30)
    finally:
        log_text = await sigterm(process)
    # Then it answered both, registered its commands and stopped cleanly
    assert process.returncode == 0, log_text
    texts = [c.text for c in api.requests("sendMessage", chat_id=9)]
    assert len(texts) == 2 and "2017" in texts[0] and "Interreg Europe" in texts[1]
    assert len(api.requests("setMyCommands")) == 2
    # And it logged JSON lines, one per update with its latency, and no question and no token
    lines = [json.loads(line) for line in log_text.splitlines() if line.startswith("{")]
    assert any(line["message"].startswith("Serving by long polling") for line in lines)
    assert [(u["kind"], u["outcome"]) for u in lines if "latency_ms" in u] == [
        ("message", "dates"), ("message", "funding")]
    assert "ELISE run" not in log_text and "funded it" not in log_text
    assert TOKEN not in log_text and TOKEN.split(":")[1] not in log_text
    # When it is started again and the chat asks a follow-up
    process = await serve_process(api, tmp_path)
    try:
        api.inject(message("And when did it end?", 9))
        await api.wait_for("sendMessage", chat_id=9, count=3, timeout=30)
    finally:
        log_text = await sigterm(process)
    # Then only the new question is answered, from the chat's saved state
    assert process.returncode == 0, log_text
    texts = [c.text for c in api.requests("sendMessage", chat_id=9)]
    assert len(texts) == 3 and "31 December 2021" in texts[2]


def test_settings_come_from_the_environment() -> None:
    # Given the environment of a webhook deployment without a secret
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
           "WEBHOOK_URL": "https://x.example/hook", "PORT": "8080", "BOT_DATA_DIR": "/srv/bot",
           "LOG_LEVEL": "debug"}
    # When the settings are read
    settings = tg.Settings.from_env(env)
    # Then every value is taken, a webhook secret is generated, and the token is not shown
    assert settings.base_url == "http://127.0.0.1:8081/bot" and settings.port == 8080
    assert settings.data_dir == Path("/srv/bot") and settings.log_level == "DEBUG"
    assert settings.webhook_secret and len(settings.webhook_secret) >= 32
    assert TOKEN not in repr(settings)
    # And without anything set, the defaults are Telegram's and long polling
    assert tg.Settings.from_env({}).base_url == "https://api.telegram.org/bot"
    assert tg.Settings.from_env({}).webhook_url is None


# --------------------------------------------------------------------------- pieces


def test_a_short_message_is_not_split() -> None:
    assert sending.split_html("<b>ELISE</b> ran.") == ["<b>ELISE</b> ran."]


def test_splitting_respects_lines_tags_entities_and_emoji() -> None:
    # Given 12,000 characters: a bold block across lines, then one line without any break
    lines = "\n".join(f"<b>{i}</b> &amp; <i>x\ny</i> 🧬" for i in range(400))
    text = "<b>" + lines + "</b>\n" + "&lt;🦴&gt;" * 1500
    # When it is split
    parts = sending.split_html(text)
    # Then every part is valid Telegram HTML under 4,096 UTF-16 units, and nothing is lost
    for part in parts:
        visible = check_html(part)
        assert len(visible.encode("utf-16-le")) // 2 <= 4096
        assert len(part.encode("utf-16-le")) // 2 <= 4096
    assert "".join(check_html(p) for p in parts).replace("\n", "") == \
        check_html(text).replace("\n", "")


def test_button_data_fits_in_64_bytes_and_long_questions_are_kept_in_the_store(
    tmp_path: Path,
) -> None:
    # Given the store that keeps questions too long for a button
    store = tg.Store.open(tmp_path)
    # When short and long questions are encoded
    short = keyboards.callback_data(Button("Dates", "When did ELISE run?"), store)
    longs = [keyboards.callback_data(
        Button("x", f"Wer waren die Partner von Projekt Nummer {i}?" * 2), store)
        for i in range(600)]
    # Then short ones carry the question, long ones a key, all within 64 bytes
    assert short == "q:When did ELISE run?"
    assert all(d.startswith("k:") and len(d.encode()) <= 64 for d in longs)
    # And every long one comes back from the store, also after a restart
    store.close()
    again = tg.Store.open(tmp_path)
    assert keyboards.unstash(again, "q", longs[0][2:]) == \
        "Wer waren die Partner von Projekt Nummer 0?" * 2


@pytest.mark.parametrize(("code", "hint"), [("de", "de"), ("de-AT", "de"), ("en-GB", "en"),
                                            ("fr", None), (None, None)])
def test_the_language_hint_comes_from_telegrams_language_code(code: Any, hint: Any) -> None:
    from telegram import User

    assert tg.language_hint(User(1, "Ada", False, language_code=code)) == hint



# --------------------------------------------------------------------------- more harness


@contextlib.asynccontextmanager
async def running(api: FakeBotApi, kb: KnowledgeBase, data_dir: Path, **settings: Any
                  ) -> AsyncIterator[Harness]:
    """A bot with particular settings, stopped (as on SIGTERM) when the block ends."""
    app = tg.build_application(kb, settings_for(api, data_dir, **settings))
    await start_polling(app)
    try:
        yield Harness(api, app)
    finally:
        await stop(app)


async def until(predicate: Any, timeout: float = 10.0) -> None:
    """Wait until ``predicate()`` is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


def errors_in(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def rows(db: Path, table: str) -> list[sqlite3.Row]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(f"SELECT * FROM {table} ORDER BY at").fetchall()


ADMIN = 42
STRANGER = 43


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("update", "expected"), [
    (without_text("sticker"), [tg.text("text_only", "en")]),
    (without_text("voice"), [tg.text("text_only", "en")]),
    (without_text("location"), [tg.text("text_only", "en")]),
    (without_text("sticker", GROUP), []),
    (without_text("new_chat_title", GROUP), []),
    (channel_post("When did ELISE run?"), []),
    ({"my_chat_member": None}, []),
])
async def test_updates_without_text_get_a_sensible_reaction_or_none(
    bot: Harness, caplog: pytest.LogCaptureFixture, update: dict[str, Any], expected: list[str]
) -> None:
    # Given an update that carries no question: media, a service message, an edit, a channel post
    update = {k: v for k, v in update.items() if v is not None}
    # When it arrives
    calls = await bot.send(update)
    # Then a private chat is told that only text is read, anything else gets no answer,
    # and nothing fails
    assert [c.text for c in calls if c.method in SENDS] == expected
    assert errors_in(caplog) == []


@pytest.mark.parametrize("data", [None, "f:", "f:+:", "f:x:dates:elise", "f:+:k:0123456789abcdef",
                                  "f:+:DROP TABLE:elise", "k:", "p::"])
async def test_a_button_with_unknown_or_no_data_gets_a_polite_answer(
    bot: Harness, caplog: pytest.LogCaptureFixture, data: str | None
) -> None:
    # Given a press whose data is missing, stale or forged, When it arrives
    calls = await bot.press(data)  # type: ignore[arg-type]
    # Then the press is answered politely, nothing else is sent, and nothing fails
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert calls[0].params["text"] == tg.text("stale_button", "en")
    assert errors_in(caplog) == []


async def test_hostile_button_data_never_breaks_the_bot(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    # Given the hostile strings as button data, cut to Telegram's 64 bytes
    for chat, hostile in enumerate(HOSTILE, start=3000):
        data = hostile.encode("utf-8", "replace")[:64].decode("utf-8", "ignore") or "x"
        # When each is pressed
        calls = await bot.press(data, chat)
        # Then each press is answered exactly once and whatever is sent is valid
        assert [c.method for c in calls].count("answerCallbackQuery") == 1
    assert errors_in(caplog) == []


# --------------------------------------------------------------------------- floods


async def test_a_flooding_chat_gets_one_notice_while_other_chats_are_answered(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given a bot that allows 5 messages per chat in its window (30 s, to be safe on slow CI)
    async with running(api, kb, tmp_path, flood_limit=5, flood_window=30.0) as bot:
        # When one chat sends 1,000 questions and three other chats ask one each meanwhile
        others = {250: 8, 500: 9, 750: 10}
        for i in range(1000):
            api.inject(message("When did ELISE run?", 7))
            if i in others:
                api.inject(message("When did MAGIA run?", others[i]))
        await bot.settle(timeout=60)
    # Then the flooding chat got 5 answers and one "slow down" notice, not 1,000 answers
    texts = [c.text for c in api.requests("sendMessage", chat_id=7)]
    assert texts.count(tg.text("slow_down", "en")) == 1
    assert len(texts) == 6 and all("2017" in t for t in texts[:5])
    # And every other chat got its answer as usual
    for chat in others.values():
        answers = api.requests("sendMessage", chat_id=chat)
        assert len(answers) == 1 and "2018" in answers[0].text


async def test_group_chatter_not_addressed_to_the_bot_never_counts_as_a_flood(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given a busy group
    async with running(api, kb, tmp_path, flood_limit=2, flood_window=30.0) as bot:
        for _ in range(10):
            api.inject(message("ELISE was great", GROUP))
        # When someone then mentions the bot
        reply = await bot.ask(f"@{BOT} when did ELISE run?", GROUP)
    # Then the bot answers: the chatter it ignores does not count against the group
    assert "2017" in reply.text


# --------------------------------------------------------------------------- live reload


@pytest.fixture
def kb_file(tmp_path: Path) -> Path:
    """A copy of the real knowledge base that a test may edit."""
    path = tmp_path / "projects.yaml"
    path.write_text(Path(load_kb().path).read_text(encoding="utf-8"), encoding="utf-8")
    return path


def edit_elise_end(path: Path, end: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('end: "2021-12-31"', f'end: "{end}"', 1), encoding="utf-8")


async def test_an_admin_reloads_the_edited_knowledge_base_and_chats_keep_their_state(
    api: FakeBotApi, tmp_path: Path, kb_file: Path
) -> None:
    # Given a bot serving a knowledge-base file, and a chat that asked about ELISE
    kb = load_kb(kb_file)
    async with running(api, kb, tmp_path, admins=frozenset({ADMIN}),
                       knowledge_path=str(kb_file)) as bot:
        await bot.ask("When did ELISE run?", chat_id=5)
        # When a maintainer edits ELISE's end date and an admin sends /reload
        edit_elise_end(kb_file, "2022-06-30")
        done = await bot.ask("/reload", chat_id=ADMIN)
        # Then the admin is told it worked, and the chat's follow-up gets the new date
        follow_up = await bot.ask("and when did it end?", chat_id=5)
    assert done.text.startswith("Reloaded") and "13 projects" in done.text
    assert "<b>ELISE</b>" in follow_up.text and "30 June 2022" in follow_up.text


async def test_a_broken_file_keeps_the_last_good_knowledge_base_and_reports_the_errors(
    api: FakeBotApi, tmp_path: Path, kb_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a bot serving a good file, and a chat that asked about ELISE
    kb = load_kb(kb_file)
    async with running(api, kb, tmp_path, admins=frozenset({ADMIN}),
                       knowledge_path=str(kb_file)) as bot:
        await bot.ask("When did ELISE run?", chat_id=5)
        # When the file is broken and an admin sends /reload
        edit_elise_end(kb_file, "2021-13-45")
        with pytest.raises(KnowledgeError) as broken:
            load_kb(kb_file)
        refused = await bot.ask("/reload", chat_id=ADMIN)
        follow_up = await bot.ask("and who funded it?", chat_id=5)
    # Then the admin gets the exact errors, the log has them too
    errors = str(broken.value)
    assert "2021-13-45" in errors
    assert refused.text.startswith(html.escape(tg.text("reload_failed", "en")))
    assert errors in check_html(refused.text)
    assert any(errors in m for m in errors_in(caplog))
    # And the last good knowledge base still answers, with the chat's state intact
    assert "<b>ELISE</b>" in follow_up.text and "Interreg Europe" in follow_up.text


@pytest.mark.parametrize(("user", "chat"), [(STRANGER, STRANGER), (ADMIN, GROUP)])
@pytest.mark.parametrize("command", ["/reload", "/report"])
async def test_admin_commands_from_anyone_else_are_politely_refused(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path, user: int, chat: int, command: str
) -> None:
    # Given a bot with one admin
    async with running(api, kb, tmp_path, admins=frozenset({ADMIN})) as bot:
        # When someone else (or the admin, in a group) sends an admin command
        reply = await bot.ask(f"{command}@{BOT}", chat_id=chat, user_id=user)
    # Then they get a polite refusal, and nothing is reloaded or reported
    assert reply.text == html.escape(tg.text("admin_only", "en"))


async def test_sighup_reloads_the_knowledge_base(
    api: FakeBotApi, tmp_path: Path, kb_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a running bot serving a file that a maintainer then edits
    caplog.set_level(logging.INFO, logger="bot.reload")
    fallback = signal.signal(signal.SIGHUP, lambda *_: None)  # never let SIGHUP end pytest
    try:
        async with running(api, load_kb(kb_file), tmp_path,
                           knowledge_path=str(kb_file)) as bot:
            edit_elise_end(kb_file, "2022-06-30")
            # When the process gets SIGHUP
            os.kill(os.getpid(), signal.SIGHUP)
            await until(lambda: any("reloaded (SIGHUP)" in r.getMessage()
                                    for r in caplog.records))
            # Then the new file answers
            reply = await bot.ask("When did ELISE end?")
    finally:
        signal.signal(signal.SIGHUP, fallback)
    assert "30 June 2022" in reply.text


# --------------------------------------------------------------------------- insights


async def test_unanswered_questions_are_stored_without_names_and_reported_to_admins(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given a bot with an admin
    async with running(api, kb, tmp_path, admins=frozenset({ADMIN})) as bot:
        # When two chats ask what the bot cannot answer, in near-identical words
        await bot.ask("Who is the CEO of Life Science Nord?", chat_id=601)
        await bot.ask("who is the ceo of life science nord", chat_id=602)
        await bot.ask("Wer ist der Geschäftsführer?", chat_id=603, language_code="de")
        await bot.ask("When did ELISE run?", chat_id=604)
        # And the admin asks for the report
        report = await bot.ask("/report 30", chat_id=ADMIN)
    # Then each unanswered question was stored with its language, intent and a chat hash,
    # but no chat id and no name; the answered one was not stored
    stored = rows(tmp_path / "insights.sqlite", "unanswered")
    assert [r["question"] for r in stored] == [
        "Who is the CEO of Life Science Nord?", "who is the ceo of life science nord",
        "Wer ist der Geschäftsführer?"]
    assert [r["language"] for r in stored] == ["en", "en", "de"]
    assert len({r["chat"] for r in stored}) == 3
    assert all(r["chat"] not in {"601", "602", "603"} and "Ada" not in tuple(r) for r in stored)
    # And the report groups the near-duplicates
    visible = check_html(report.text)
    assert "Questions the bot could not answer: 3" in visible
    assert "     2  Who is the CEO of Life Science Nord?" in visible


async def test_thumbs_up_and_down_are_recorded_and_the_buttons_go_away(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    async with running(api, kb, tmp_path) as bot:
        # Given an answer about ELISE with 👍 and 👎 under it (and none under the help text)
        reply = await bot.ask("When did ELISE run?")
        assert labels(reply)[-2:] == ["👍", "👎"]
        assert "👍" not in labels(await bot.ask("/help"))
        up = callback_datas(reply)[-2]
        # When the user presses 👍 on that message
        calls = await bot.press(up, reply_markup=reply.params["reply_markup"])
    # Then they are thanked and the two buttons disappear, the follow-ups stay
    assert [c.method for c in calls] == ["answerCallbackQuery", "editMessageReplyMarkup"]
    assert calls[0].params["text"] == tg.text("feedback_thanks", "en")
    assert labels(calls[1]) == labels(reply)[:-2]
    # And the vote is stored with the answer's intent and project
    (vote,) = rows(tmp_path / "insights.sqlite", "feedback")
    assert (vote["vote"], vote["intent"], vote["projects"]) == (1, "dates", "elise")


@pytest.mark.parametrize("breakage", ["corrupt", "directory"])
async def test_a_broken_insights_database_is_logged_and_the_bot_keeps_answering(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    breakage: str
) -> None:
    # Given a database file that is garbage, or a directory where the file should be
    db = tmp_path / "insights.sqlite"
    if breakage == "corrupt":
        db.write_bytes(b"this is not a database at all " * 100)
    else:
        db.mkdir()
    async with running(api, kb, tmp_path) as bot:
        # When questions arrive that should be stored
        first = await bot.ask("Who is the CEO of Life Science Nord?")
        second = await bot.ask("When did ELISE run?")
    # Then the bot answered both, and the failure was logged
    assert first.text and "2017" in second.text
    assert any("insights database" in m for m in errors_in(caplog))


# --------------------------------------------------------------------------- concurrency


async def test_two_interleaved_chats_are_answered_concurrently_each_in_order(
    bot: Harness,
) -> None:
    # Given a chat whose answers are slow to arrive at Telegram, and a chat whose are not
    slow, fast = 201, 202
    bot.api.slow("sendMessage", 0.3, times=3, chat_id=slow)
    # When both ask a question and two follow-ups, interleaved
    for question in ("When did {} run?", "Who funded it?", "And when did it end?"):
        bot.api.inject(message(question.format("ELISE"), slow))
        bot.api.inject(message(question.format("MAGIA"), fast))
    await bot.settle()
    # Then each chat got exactly three answers, in order, each about its own project
    elise = [c.text for c in bot.api.requests("sendMessage", chat_id=slow)]
    magia = [c.text for c in bot.api.requests("sendMessage", chat_id=fast)]
    assert len(elise) == 3 and "2017" in elise[0] and "Interreg Europe" in elise[1]
    assert "<b>ELISE</b> ended on 31 December 2021" in elise[2]
    assert len(magia) == 3 and "2018" in magia[0] and "COSME" in magia[1]
    assert "<b>MAGIA</b> ended in 2019" in magia[2]
    # And each chat's state is its own
    for chat, project in ((slow, "elise"), (fast, "magia")):
        state = bot.app.store.conversation(f"c:{chat}")
        assert (state["projects"], state["intent"]) == ([project], "end")
    # And the fast chat did not wait for the slow one: all its answers went out before the slow
    # chat's second answer was even sent
    sent = bot.api.requests("sendMessage", chat_id=None)
    assert max(c.at for c in sent if c.chat_id == fast) < \
        [c.at for c in sent if c.chat_id == slow][1]


def _update(chat_id: int) -> Any:
    from datetime import UTC, datetime

    from telegram import Chat, Message, Update

    chat = Chat(chat_id, "private")
    return Update(chat_id, message=Message(1, datetime.now(UTC), chat, text="x"))


async def test_the_update_processor_keeps_each_chat_in_order_and_bounds_the_work() -> None:
    # Given a processor with two workers, and handlers that run until they are let go
    processor = PerChatUpdateProcessor(workers=2)
    gates = {name: asyncio.Event() for name in ("a1", "a2", "b1", "c1")}
    started: list[str] = []
    finished: list[str] = []

    async def handle(name: str) -> None:
        started.append(name)
        await gates[name].wait()
        finished.append(name)

    async def until_started(count: int) -> None:
        await until(lambda: len(started) >= count, timeout=2)
        await asyncio.sleep(0.01)  # and nothing else starts

    # When chat 1 sends two updates, then chats 2 and 3 one each
    tasks = [asyncio.create_task(processor.process_update(_update(chat), handle(name)))
             for chat, name in ((1, "a1"), (1, "a2"), (2, "b1"), (3, "c1"))]
    await until_started(2)
    # Then chat 1's second update waits for its first, and at most two run at once
    assert started == ["a1", "b1"] and len(processor) == 3
    gates["a1"].set()
    await until_started(3)
    assert started == ["a1", "b1", "c1"]
    gates["b1"].set()
    await until_started(4)
    assert started == ["a1", "b1", "c1", "a2"]
    gates["c1"].set()
    gates["a2"].set()
    await asyncio.gather(*tasks)
    # And every update ran exactly once, and no chat is remembered once it is done
    assert sorted(finished) == ["a1", "a2", "b1", "c1"] and len(processor) == 0


# --------------------------------------------------------------------------- restarts


async def test_stopping_between_two_updates_loses_none_and_answers_none_twice(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given a bot that is sending its answer to a first question, with a follow-up fetched
    first = tg.build_application(kb, settings_for(api, tmp_path))
    await start_polling(first)
    api.slow("sendMessage", 0.5)
    api.inject(message("When did ELISE run?", 5))
    api.inject(message("Who funded it?", 5))
    await until(lambda: api.requests("sendMessage", chat_id=5, ok=None))
    # When the bot is stopped right then, and a third question arrives while it is down
    await stop(first)
    api.inject(message("And when did it end?", 5))
    async with running(api, kb, tmp_path) as bot:
        await bot.settle()
    # Then every question was answered exactly once, in order, with the chat's state kept
    texts = [c.text for c in api.requests("sendMessage", chat_id=5)]
    assert len(texts) == 3, texts
    assert "2017" in texts[0] and "Interreg Europe" in texts[1] and "31 December 2021" in texts[2]


# --------------------------------------------------------------------------- logging


async def test_at_info_each_update_is_one_json_line_with_its_latency_and_no_text(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given JSON logging at INFO
    stream = io.StringIO()
    with logging_to(stream, "INFO", "json"):
        async with running(api, kb, tmp_path) as bot:
            # When two questions and a button press are handled
            await bot.ask("When did the secret ELISE run?")
            await bot.ask("Wer ist der geheime Chef?", language_code="de")
            await bot.press("p:dates:magia")
    # Then every line is JSON; each update has one line with its kind, outcome and latency
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    updates = [line for line in lines if "latency_ms" in line]
    assert [u["kind"] for u in updates if u["outcome"] != "help"] == [
        "message", "message", "callback_query"]
    assert [u["outcome"] for u in updates if u["outcome"] != "help"] == [
        "dates", "fallback (unanswered)", "dates"]
    assert len(updates) == len({u["update_id"] for u in updates}) == 3 + 3  # and 3 sentinels
    assert all(u["level"] == "INFO" and u["latency_ms"] >= 0 for u in updates)
    # And no line holds what people wrote, or the token
    out = stream.getvalue()
    assert "secret" not in out and "geheime" not in out and TOKEN not in out


# --------------------------------------------------------------------------- timeline

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("question", "language", "caption"), [
    ("/timeline", "en", "Timeline of Life Science Nord's past projects"),
    ("/zeitstrahl", "de", "Zeitstrahl der vergangenen Projekte"),
    ("show me a timeline of the ERDF projects", "en", "European Regional Development Fund"),
    ("/timeline ERDF", "en", "European Regional Development Fund"),
])
async def test_a_timeline_is_sent_as_a_photo_with_the_text_version_as_caption(
    bot: Harness, question: str, language: str, caption: str
) -> None:
    # Given a user, When they ask for a timeline by command or in words
    reply = await bot.ask(question, language_code=language)
    # Then a PNG photo arrives, captioned with the filter and every date in words
    assert reply.method == "sendPhoto"
    photo = reply.params["photo"]
    assert isinstance(photo, Upload) and photo.data.startswith(PNG)
    assert caption in reply.text and reply.params["parse_mode"] == "HTML"
    assert "<b>HIHeal</b>" in reply.text and "BRIDGE 53" in reply.text
    assert labels(reply)[-2:] == ["👍", "👎"]


async def test_a_timeline_that_matches_nothing_is_only_text(bot: Harness) -> None:
    # Given a filter no project matches, When a timeline of it is asked for
    reply = await bot.ask("/timeline Japan 1990")
    # Then the bot says so in a message, without an empty chart
    assert reply.method == "sendMessage"
    assert "no timeline" in reply.text


async def test_a_text_version_too_long_for_a_caption_follows_the_photo(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given captions that could only hold 60 characters
    monkeypatch.setattr(sending, "CAPTION_LIMIT", 60)
    # When a timeline is asked for
    photo, text_version = await bot.say("/timeline")
    # Then the photo's caption is the title and the text version follows with the buttons
    assert photo.method == "sendPhoto" and not photo.buttons
    assert photo.text == "<b>Timeline of Life Science Nord's past projects</b>"
    assert text_version.method == "sendMessage" and "<b>BFCC</b>" in text_version.text
    assert labels(text_version)[-2:] == ["👍", "👎"]


async def test_a_chart_that_cannot_be_drawn_still_gets_the_text_answer(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given drawing fails
    def broken(*args: Any) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr("bot.timeline.render_png", broken)
    sending.render_chart.cache_clear()
    # When a timeline is asked for, Then the text version arrives alone
    reply = await bot.ask("/timeline")
    assert reply.method == "sendMessage" and "<b>BFCC</b>" in reply.text


# --------------------------------------------------------------------------- settings


def test_new_settings_come_from_the_environment() -> None:
    # Given the environment of a deployment with admins, JSON logs and insights settings
    env = {"BOT_ADMINS": "42, 7 ,99", "LOG_FORMAT": "JSON", "INSIGHTS_SALT": "pepper",
           "INSIGHTS_RETENTION_DAYS": "30", "FLOOD_LIMIT": "8", "FLOOD_WINDOW": "2.5",
           "KNOWLEDGE_PATH": "/srv/kb.yaml", "WEBHOOK_LISTEN": "127.0.0.1"}
    # When the settings are read
    settings = tg.Settings.from_env(env)
    # Then each is taken, and the salt is not shown
    assert settings.admins == frozenset({42, 7, 99}) and settings.log_format == "json"
    assert settings.insights_retention_days == 30 and settings.flood_limit == 8
    assert settings.flood_window == 2.5 and settings.knowledge_path == "/srv/kb.yaml"
    assert settings.listen == "127.0.0.1" and "pepper" not in repr(settings)
    # And without them: no admins, plain logs, 180 days
    empty = tg.Settings.from_env({})
    assert empty.admins == frozenset() and empty.log_format == "plain"
    assert empty.insights_retention_days == 180


@pytest.mark.parametrize("raw", ["@ada", "42;x", "-5"])
def test_bot_admins_must_be_user_ids(raw: str) -> None:
    with pytest.raises(ValueError, match="BOT_ADMINS"):
        tg.Settings.from_env({"BOT_ADMINS": raw})


def test_feedback_data_fits_in_64_bytes_is_signed_and_round_trips(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given an answer about one project and one about every project
    store = tg.Store.open(tmp_path)
    one = Reply("", "", "en", "dates", ("elise",), True, State())
    every = dataclasses.replace(one, intent="timeline", projects=tuple(kb.projects))
    # When their feedback buttons are encoded
    short, long = (keyboards.feedback_data("-", r, store) for r in (one, every))
    # Then both fit, the short one carries the answer and a signature, and both decode again
    assert short.startswith("f:-:dates:elise:") and len(long.encode()) <= 64
    assert keyboards.parse_vote(short, store, kb) == keyboards.Vote(-1, "dates", ("elise",))
    assert keyboards.parse_vote(long, store, kb) == \
        keyboards.Vote(-1, "timeline", tuple(kb.projects))
    # And forged data is refused: another answer under the same signature, none, a wrong one
    signature = short.rsplit(":", 1)[1]
    for forged in (f"f:-:dates:bfcc:{signature}", f"f:-:funding:elise:{signature}",
                   "f:-:dates:elise", "f:-:dates:elise:AAAAAAAA", "f:-:k:f0123456789abcde"):
        assert keyboards.parse_vote(forged, store, kb) is None, forged


def test_a_message_that_waited_while_the_bot_was_down_keeps_its_own_time() -> None:
    from datetime import UTC, datetime

    from telegram import Chat, Message, Update

    def update(sent: float) -> Update:
        chat = Chat(1, "private")
        return Update(1, message=Message(1, datetime.fromtimestamp(sent, UTC), chat, text="x"))

    now = 1_700_000_000.0
    # A live message counts at the local clock (Telegram's dates are whole seconds) ...
    assert handlers.sent_at(update(now - 1), now) == now
    # ... one from a backlog at the time it was sent
    assert handlers.sent_at(update(now - 600), now) == now - 600
