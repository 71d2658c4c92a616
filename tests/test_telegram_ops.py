"""End-to-end tests of the operator-facing guarantees of issue #12, in process: the real
``Application`` over HTTP to the fake Bot API on 127.0.0.1.

Groups (state per user, replies take the replied answer's subject, flood control per user),
sending under faults (outages, resets, timeouts, a 429 for one chat), the durable store (a
damaged file, retention), buttons (acknowledged, offered only when they lead somewhere,
feedback once, sources), /report's argument, pages of /projects, captions, and the log line.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from bot import telegram as tg
from bot.conversation import Reply, State
from bot.knowledge import KnowledgeBase
from bot.knowledge import load as load_kb
from bot.telegram import handlers, keyboards, sending
from bot.telegram.store import Store
from tests.fake_bot_api import BOT_USER, FakeBotApi, callback_query, inline_query, message
from tests.test_telegram import (
    SENDS,
    Harness,
    callback_datas,
    labels,
    logging_to,
    rows,
    running,
    until,
)

pytestmark = pytest.mark.filterwarnings(
    "ignore:Deprecated since version v22.2:telegram.warnings.PTBDeprecationWarning"
)
BOT = BOT_USER["username"]
GROUP = -100_555
ANN, BOB = 71, 72


@pytest.fixture
async def api() -> Any:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path) -> Any:
    async with running(api, kb, tmp_path) as harness:
        yield harness


async def group_ask(bot: Harness, text: str, user: int, **kwargs: Any) -> Any:
    return await bot.ask(text, GROUP, user_id=user, **kwargs)


# --------------------------------------------------------------------------- groups


async def test_two_users_in_a_group_keep_their_own_subjects(bot: Harness) -> None:
    # Given Ann asks about ELISE, then Bob about BFCC, in one group
    await group_ask(bot, f"@{BOT} when did ELISE run?", ANN)
    await group_ask(bot, f"@{BOT} when did BFCC run?", BOB)
    # When each asks a follow-up
    ann = await group_ask(bot, f"@{BOT} who funded it?", ANN)
    bob = await group_ask(bot, f"@{BOT} who funded it?", BOB)
    # Then each gets the answer about their own project
    assert "<b>ELISE</b>" in ann.text and "Interreg Europe" in ann.text
    assert "<b>BFCC</b>" in bob.text and "ELISE" not in bob.text


async def test_a_reply_to_the_bots_answer_takes_its_subject_from_that_answer(
    bot: Harness,
) -> None:
    # Given the bot's answer to Ann about ELISE, then Bob asking about BFCC
    elise = await group_ask(bot, f"@{BOT} when did ELISE run?", ANN)
    await group_ask(bot, f"@{BOT} when did BFCC run?", BOB)
    # When Bob replies to the ELISE answer "who funded it?"
    reply = await group_ask(bot, "who funded it?", BOB, reply_to_bot=elise.message_id)
    # Then the answer is about ELISE, the subject of the message he replied to
    assert "<b>ELISE</b>" in reply.text and "Interreg Europe" in reply.text


async def test_flood_control_in_a_group_counts_each_user(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    async with running(api, kb, tmp_path, flood_limit=5, flood_window=30.0) as bot:
        # Given eight people in one group asking one question each within a second
        for user in range(800, 808):
            api.inject(message(f"@{BOT} when did ELISE run?", GROUP, user_id=user))
        await bot.settle()
    # Then every one of them is answered
    answers = api.requests("sendMessage", chat_id=GROUP)
    assert len(answers) == 8 and all("2017" in a.text for a in answers)


async def test_every_button_press_is_acknowledged_even_over_the_flood_limit(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    async with running(api, kb, tmp_path, flood_limit=2, flood_window=30.0) as bot:
        # Given a user pressing buttons ten times in a row
        for _ in range(10):
            api.inject(callback_query("p:dates:elise", 61))
        await bot.settle()
    # Then all ten presses were answered (no spinner left), the third with the notice, and
    # only the first two got an answer in the chat
    presses = api.requests("answerCallbackQuery")
    assert len(presses) == 10
    assert [p.params.get("text") for p in presses][2] == tg.text("slow_down", "en")
    assert len(api.requests("sendMessage", chat_id=61)) == 2


# --------------------------------------------------------------------------- sending


async def test_an_outage_shorter_than_the_retry_budget_loses_no_answer(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    stream = io.StringIO()
    with logging_to(stream, "INFO", "json"):
        async with running(api, kb, tmp_path, retry_seconds=5.0) as bot:
            # Given Telegram failing sends for 1.5 s: 500s, then resets
            api.outage("sendMessage", 1.5, chat_id=42)
            api.fail("sendMessage", 0, times=2, chat_id=43)
            # When questions arrive
            elise = await bot.say("When did ELISE run?", 42)
            magia = await bot.say("When did MAGIA run?", 43)
    # Then each is answered exactly once, and there is no apology
    assert [("2017" in r.text) for r in elise] == [True]
    assert [("2018" in r.text) for r in magia] == [True]
    # And each retry was one warning line, and the update lines say "dates"
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any("sendMessage failed" in line["message"] and line["level"] == "WARNING"
               for line in lines)
    outcomes = [line["outcome"] for line in lines if line.get("kind") == "message"]
    assert outcomes.count("dates") >= 2


async def test_a_send_that_times_out_is_not_repeated_and_not_apologised_for(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    stream = io.StringIO()
    with logging_to(stream, "INFO", "json"):
        async with running(api, kb, tmp_path, retry_seconds=1.0) as bot:
            # Given Telegram takes 1.5 s to confirm a send, longer than the bot waits
            api.slow("sendMessage", 1.5, chat_id=44)
            # When a question arrives
            api.inject(message("When did ELISE run?", 44))
            await until(lambda: api.requests("sendMessage", chat_id=44), timeout=10)
            await bot.settle()
    # Then Telegram got it once (it delivered it after all), with no apology after it
    assert [("2017" in c.text) for c in api.requests("sendMessage", chat_id=44)] == [True]
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert "send timed out (it may have arrived)" in [line.get("outcome") for line in lines]


async def test_a_429_for_one_chat_pauses_only_that_chat(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    async with running(api, kb, tmp_path, retry_seconds=20.0) as bot:
        # Given Telegram answers 429 (retry after 1 s) four times in a row for one group
        api.fail("sendMessage", 429, retry_after=1, times=4, chat_id=GROUP)
        start = time.monotonic()
        api.inject(message(f"@{BOT} when did ELISE run?", GROUP, user_id=ANN))
        await until(lambda: api.requests("sendMessage", chat_id=GROUP, ok=False))
        # When three private chats ask meanwhile
        for chat in (91, 92, 93):
            api.inject(message("When did MAGIA run?", chat))
        await api.wait_for("sendMessage", chat_id=93, timeout=10)
        others = time.monotonic() - start
        await api.wait_for("sendMessage", chat_id=GROUP, timeout=15)
        group = time.monotonic() - start
        await bot.settle()
    # Then the private chats kept their pace, and the group got its answer once, after ~4 s
    print(f"private chats answered after {others:.2f} s, the paused group after {group:.2f} s")
    assert others < 1.0 and group >= 4.0
    assert len(api.requests("sendMessage", chat_id=GROUP)) == 1
    for chat in (91, 92):
        assert len(api.requests("sendMessage", chat_id=chat)) == 1


# --------------------------------------------------------------------------- the store


@pytest.mark.parametrize("damage", [b"", b"not a database at all " * 200])
async def test_a_damaged_store_is_moved_aside_and_the_bot_starts(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    damage: bytes
) -> None:
    # Given a store file that is empty (a full disk) or garbage
    (tmp_path / "telegram.sqlite").write_bytes(damage)
    async with running(api, kb, tmp_path) as bot:
        # When the bot starts and is asked something, Then it answers and keeps context
        await bot.ask("When did ELISE run?")
        reply = await bot.ask("Who funded it?")
    assert "Interreg Europe" in reply.text
    if damage:
        assert list(tmp_path.glob("telegram.sqlite.damaged-*"))
        assert any("was damaged" in r.getMessage() for r in caplog.records
                   if r.levelno == logging.WARNING)


async def test_a_repeated_update_id_is_answered_once(bot: Harness) -> None:
    # Given an update that Telegram delivers twice (as after a lost confirmation)
    update = message("When did ELISE run?", 45)
    update_id = bot.api.inject(update)
    bot.api._updates.append({**update, "update_id": update_id})
    await bot.settle()
    # Then it is answered once
    assert len(bot.api.requests("sendMessage", chat_id=45)) == 1


def test_idle_conversations_are_evicted_after_the_retention(tmp_path: Path) -> None:
    # Given a store with a conversation last used 31 days ago and one 29 days ago
    store = Store.open(tmp_path)
    now = time.time()
    for key, at, update_id in (("c:1", now - 31 * 86400, 1), ("c:2", now - 29 * 86400, 2)):
        store.record(update_id, "{}", at)
        store.stage(update_id).conversation = (key, {"projects": ["elise"]})
        store.finish(update_id, at)
    # When the retention of 30 days is applied
    gone = store.purge(30, now)
    # Then only the idle one is gone
    assert gone == 1 and store.conversation("c:1") is None
    assert store.conversation("c:2") == {"projects": ["elise"]}
    # And the retention comes from the environment, checked
    assert tg.Settings.from_env({"CONVERSATION_RETENTION_DAYS": "7"}).conversation_retention_days \
        == 7
    with pytest.raises(ValueError, match="CONVERSATION_RETENTION_DAYS"):
        tg.Settings.from_env({"CONVERSATION_RETENTION_DAYS": "0"})


# --------------------------------------------------------------------------- buttons


async def test_feedback_counts_once_per_user_and_message_and_forged_data_is_ignored(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    async with running(api, kb, tmp_path) as bot:
        # Given an answer with 👍/👎
        reply = await bot.ask("When did ELISE run?")
        up = callback_datas(reply)[labels(reply).index("👍")]
        # When the user presses 👍 three times, and someone sends forged feedback
        presses = [await bot.press(up, message_id=reply.message_id) for _ in range(3)]
        forged = await bot.press("f:-:dates:bfcc:" + up.rsplit(":", 1)[1])
    # Then one vote is stored, the repeats are thanked without counting, the forgery refused
    (vote,) = rows(tmp_path / "insights.sqlite", "feedback")
    assert vote["vote"] == 1
    assert [p[0].params["text"] for p in presses] == [
        tg.text("feedback_thanks", "en"), *[tg.text("already_voted", "en")] * 2]
    assert forged[0].params["text"] == tg.text("stale_button", "en")


async def test_a_button_press_is_never_filed_as_an_unanswered_question(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    async with running(api, kb, tmp_path) as bot:
        # Given a suggested question the bot cannot answer, When its button is pressed
        await bot.press("q:Who is the CEO of Life Science Nord?")
    # Then nothing lands in the report's unanswered questions
    with contextlib.closing(sqlite3.connect(tmp_path / "insights.sqlite")) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert "unanswered" not in tables or rows(tmp_path / "insights.sqlite", "unanswered") == []


def test_a_source_button_appears_exactly_when_the_reply_has_quotes(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given the same answer with and without quotes from the page
    store = Store.open(tmp_path)
    plain = Reply("ELISE ran.", "ELISE ran.", "de", "dates", ("elise",), True, State())
    quoted = Reply("ELISE ran.", "ELISE ran.", "de", "dates", ("elise",), True, State(),
                   sources=("ELISE (2017–2021) …",))
    # When their keyboards are built
    without = keyboards.keyboard(plain, kb, store, feedback=True)
    with_quotes = keyboards.keyboard(quoted, kb, store, feedback=True)
    # Then only the quoted one has a "Quelle" button, with data within 64 bytes
    assert "Quelle" not in [b.text for row in without.inline_keyboard for b in row]
    source = next(b for row in with_quotes.inline_keyboard for b in row if b.text == "Quelle")
    assert len(source.callback_data.encode()) <= 64
    assert keyboards.parse_sources(source.callback_data, store) == ["ELISE (2017–2021) …"]


async def test_pressing_source_shows_the_pages_words(bot: Harness, kb: KnowledgeBase) -> None:
    # Given a Source button under an answer whose facts rest on two quotes
    quoted = Reply("", "", "en", "dates", ("elise",), True, State(),
                   sources=("ELISE ran from 2017 to 2021.", "Funded by <Interreg> & co"))
    data = keyboards.sources_data(quoted, bot.app.store)
    # When it is pressed
    calls = await bot.press(data)
    # Then the quotes arrive, escaped, as quotations
    sent = [c for c in calls if c.method == "sendMessage"]
    assert len(sent) == 1 and sent[0].text.count("<blockquote>") == 2
    assert "Funded by &lt;Interreg&gt; &amp; co" in sent[0].text


async def test_an_answer_resting_on_the_page_offers_its_source_and_help_does_not(
    bot: Harness,
) -> None:
    # Given an answer built from the page's facts, and the help text
    reply = await bot.ask("When did ELISE run?")
    help_text = await bot.ask("/help")
    # Then only the answer has a Source button
    assert "Source" in labels(reply) and "Source" not in labels(help_text)
    # And pressing it shows the page's words the answer rests on
    data = callback_datas(reply)[labels(reply).index("Source")]
    sent = [c for c in await bot.press(data) if c.method == "sendMessage"]
    assert len(sent) == 1 and "ELISE ran from January 1, 2017" in sent[0].text


async def test_projects_are_paged_for_a_large_knowledge_base(
    api: FakeBotApi, tmp_path: Path
) -> None:
    from benchmarks.generate import write

    (tmp_path / "kb").mkdir()
    big = load_kb(write(200, tmp_path / "kb"))
    async with running(api, big, tmp_path) as bot:
        # Given 200 projects (Telegram takes about 100 buttons), When a user asks for the list
        first = await bot.ask("/projects")
        # And presses "More"
        more = callback_datas(first)[-1]
        turned = await bot.press(more, message_id=first.message_id)
    # Then the message holds one page of buttons and a way on; the press shows the next page
    assert len(labels(first)) <= keyboards.PAGE_SIZE + 2
    assert more == "l:1" and labels(first)[0] == next(iter(big.projects.values())).name
    edit = [c for c in turned if c.method == "editMessageReplyMarkup"]
    assert len(edit) == 1 and labels(edit[0])[0] == list(big.projects.values())[24].name


# --------------------------------------------------------------------------- commands


@pytest.mark.parametrize("argument", ["99999999999999999999", "abc", "-5", "0", "3 4"])
async def test_report_refuses_an_argument_that_is_not_a_number_of_days(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path, argument: str
) -> None:
    async with running(api, kb, tmp_path, admins=frozenset({42})) as bot:
        reply = await bot.ask(f"/report {argument}")
    assert reply.text == tg.text("report_usage", "en")


async def test_german_commands_answer_in_german_and_say_sie(bot: Harness) -> None:
    # Given an English-speaking user, When they use the German commands
    hilfe = await bot.ask("/hilfe", chat_id=46)
    projekt = await bot.ask("/projekt", chat_id=46)
    # Then the answers are German, and they say "Sie"
    assert "Fragen" in hilfe.text
    assert "Schreiben Sie" in projekt.text


def test_the_front_ends_german_texts_never_say_du() -> None:
    import re

    from bot.datafiles import data_file

    german = [t["de"] for t in data_file("telegram")["texts"].values()]
    assert not [t for t in german if re.search(r"\b(du|dich|dir|dein\w*|tippe|frag)\b", t,
                                               re.IGNORECASE)]


async def test_a_photo_caption_is_answered_as_a_question(bot: Harness) -> None:
    from tests.fake_bot_api import without_text

    calls = await bot.send(without_text("photo"), 42)
    (sent,) = [c for c in calls if c.method in SENDS]
    assert "2017" in sent.text


def test_a_long_reply_never_leaves_the_title_alone() -> None:
    # Given a card whose first paragraph after the title is longer than a message
    title = "<b>ELISE</b> (European Life Science Ecosystems)"
    body = " ".join(["word"] * 2000)
    # When it is split
    parts = sending.split_html(f"{title}\n{body}\n\nSecond paragraph.")
    # Then the first part holds the title and text, and the cut was at a space
    assert parts[0].startswith(title) and len(parts[0]) > len(title) + 1000
    assert all(not p.endswith("wor") for p in parts)


# --------------------------------------------------------------------------- logging


async def test_the_log_line_shows_the_real_outcome(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path
) -> None:
    stream = io.StringIO()
    with logging_to(stream, "INFO", "json"):
        async with running(api, kb, tmp_path, retry_seconds=1.0) as bot:
            await bot.send(inline_query("elise"))
            await bot.ask("/projects", chat_id=47)
            await bot.send(callback_query("p:dates:elise", inline_message_id="inline-9"))
            api.fail("sendMessage", 403, chat_id=48, description="Forbidden: bot was blocked")
            await bot.send(message("When did ELISE run?", 48))
            api.fail("answerInlineQuery", 400,
                     description="Bad Request: query is too old and response timeout expired")
            await bot.send(inline_query("magia"))
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    outcomes = [line["outcome"] for line in lines if "outcome" in line
                and line["outcome"] != "help"]
    assert outcomes == ["inline (1 results)", "projects", "dates (inline)",
                        "not sent: the user blocked the bot or left",
                        "too late: the query expired"]
    # And a blocked user or an expired query is no error
    assert not [line for line in lines if line["level"] in ("ERROR", "CRITICAL")]


async def test_user_text_in_an_exception_reaches_the_log_only_at_debug(
    api: FakeBotApi, kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(text: str, *args: Any) -> Any:
        raise KeyError(text)

    monkeypatch.setattr(handlers, "answer", crash)
    for level, shown in (("INFO", False), ("DEBUG", True)):
        stream = io.StringIO()
        with logging_to(stream, level, "json"):
            async with running(api, kb, tmp_path / level) as bot:
                await bot.say("my secret question", chat_id=49)
        out = stream.getvalue()
        assert ("my secret question" in out) is shown, level
        assert "KeyError" in out


def test_sqlite_store_is_wal(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with contextlib.closing(sqlite3.connect(tmp_path / "telegram.sqlite")) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
