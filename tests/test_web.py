"""Tests of the web chat: the API, its safety, the insights it records, the page in a browser."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import os
import re
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.conversation import State, answer
from bot.insights import Insights, database_path, report
from bot.knowledge import KnowledgeBase
from bot.web import app as app_module
from bot.web.app import CHAT, Charts, Settings, accept_language, build_app
from bot.web.tokens import TOKEN_LIMIT, Conversation, Signer, load_key
from tests.conftest import hostile_strings
from tests.fake_bot_api import TOKEN, FakeBotApi, message

ROOT = Path(__file__).resolve().parent.parent

NOW = 1_750_000_000.0


# --------------------------------------------------------------------------- insights


def test_insights_name_their_front_end_and_the_report_counts_them(tmp_path: Path) -> None:
    # Given the store, When Telegram and the web each record a question and a vote
    store = Insights(database_path(tmp_path), b"salt", clock=lambda: NOW)
    store.unanswered("Who is the CEO?", "en", "fallback", [], 1)
    store.unanswered("Wer ist der Chef?", "de", "fallback", [], "w1", source="web")
    store.feedback(1, "en", "dates", ["elise"], "w1", source="web")
    store.close()
    # Then each record names where it came from
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        assert db.execute("SELECT source FROM unanswered ORDER BY source").fetchall() == [
            ("telegram",), ("web",)]
        assert db.execute("SELECT source FROM feedback").fetchall() == [("web",)]
    # And the report counts the questions and the votes per front end
    text = report(store.path, None, now=NOW)
    assert "By source:   telegram 1, web 1" in text
    assert "Feedback on answers: 1\n  elise  👍    1  👎    0\nBy source:   web 1" in text


def test_a_database_from_before_sources_gets_the_column(tmp_path: Path) -> None:
    # Given an insights database made before records named their front end
    path = database_path(tmp_path)
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE unanswered (at REAL NOT NULL, language TEXT NOT NULL, intent "
                   "TEXT NOT NULL, projects TEXT NOT NULL, chat TEXT NOT NULL, question TEXT "
                   "NOT NULL)")
        db.execute("CREATE TABLE feedback (at REAL NOT NULL, language TEXT NOT NULL, intent TEXT "
                   "NOT NULL, projects TEXT NOT NULL, chat TEXT NOT NULL, vote INTEGER NOT NULL)")
        db.execute("INSERT INTO unanswered VALUES (?, 'en', 'fallback', '', 'x', 'old one')",
                   (NOW,))
    # Then the report still reads it, And a web record is added beside the old one
    assert "Questions the bot could not answer: 1" in report(path, None, now=NOW)
    store = Insights(path, b"salt", clock=lambda: NOW)
    store.unanswered("new one", "en", "fallback", [], "w", source="web")
    store.close()
    assert "By source:   telegram 1, web 1" in report(path, None, now=NOW)


# --------------------------------------------------------------------------- the API


ORIGIN = "https://www.example.org"


def settings(tmp_path: Path, **changes: object) -> Settings:
    base = Settings(data_dir=tmp_path, allowed_origins=(ORIGIN,), state_key="k" * 32,
                    rate_limit=0)
    return replace(base, **changes)


@pytest.fixture
async def client(kb: KnowledgeBase, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(build_app(kb, settings(tmp_path)))) as test_client:
        yield test_client


async def ask(client: TestClient, text: object, state: object = None, **extra: object
              ) -> dict[str, Any]:
    response = await client.post("/api/ask", json={"text": text, "state": state, **extra})
    assert response.status == 200, await response.text()
    return await response.json()


async def test_an_answer_has_every_field_and_a_follow_up_uses_the_signed_state(
    client: TestClient,
) -> None:
    # Given a first question, When the follow-up carries the state from its answer
    first = await ask(client, "when did ELISE run?")
    second = await ask(client, "and who funded it?", first["state"])
    # Then the answer has the documented fields, And the follow-up knew which project was meant
    assert set(first) == {"text", "html", "language", "intent", "projects", "answered",
                          "buttons", "choices", "image", "sources", "state", "feedback"}
    assert (first["intent"], first["projects"], first["language"]) == ("dates", ["elise"], "en")
    assert first["html"].startswith("<b>ELISE</b>") and first["image"] is None
    assert {"label": "Funding", "query": "Who funded ELISE?"} in first["buttons"]
    assert first["sources"] and all(q.startswith("ELISE: ") for q in first["sources"])
    assert first["feedback"] is True
    assert (second["intent"], second["projects"]) == ("funding", ["elise"])
    assert "Interreg Europe" in second["text"]


async def test_the_answers_are_the_cores_answers(client: TestClient, kb: KnowledgeBase) -> None:
    # Given a dialog with choices and German, When the web and the core answer it
    state, token = State(), None
    for text in ("welche Projekte liefen 2018?", "das zweite", "and MAGIA?", "hello"):
        reply, web_reply = answer(text, state, kb), await ask(client, text, token)
        state, token = reply.state, web_reply["state"]
        # Then both say the same, with the same buttons and choices
        assert (web_reply["text"], web_reply["html"], web_reply["intent"]) == (
            reply.text, reply.html, reply.intent)
        assert [b["query"] for b in web_reply["buttons"] + web_reply["choices"]] == [
            b.query for b in reply.buttons + reply.choices]


async def test_a_button_can_ask_about_a_project_without_words(client: TestClient) -> None:
    greeting = await ask(client, None, about={"intent": "greeting"}, language="de")
    card = await ask(client, None, about={"intent": "overview", "project": "bfcc"})
    assert greeting["intent"] == "greeting" and greeting["language"] == "de"
    assert greeting["feedback"] is False and greeting["buttons"]
    assert card["intent"] == "overview" and card["projects"] == ["bfcc"]


async def test_a_tampered_foreign_or_stale_state_is_ignored(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    clock = [NOW]
    app = build_app(kb, settings(tmp_path))
    app[CHAT].signer = Signer(b"k" * 32, max_age=3600, clock=lambda: clock[0])
    async with TestClient(TestServer(app)) as client:
        token = (await ask(client, "when did ELISE run?"))["state"]
        payload, signature = token.split(".")
        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        body["s"]["projects"] = ["bfcc"]
        forged = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
        foreign = Signer(b"another key that is long enough..", clock=lambda: NOW)
        bad = {
            "tampered": f"{forged}.{signature}",
            "signed with another key": foreign.state_token(
                Conversation(State(projects=("bfcc",)))),
            "not a token": "garbage",
        }
        # When a follow-up comes with a token that was changed, foreign or nonsense
        for why, state in bad.items():
            reply = await ask(client, "and who funded it?", state)
            # Then it is answered as a new conversation: neither BFCC nor ELISE is assumed
            assert reply["projects"] not in (["bfcc"], ["elise"]), why
        # And a token older than the maximum age is ignored too, a fresh one is not
        assert (await ask(client, "and who funded it?", token))["projects"] == ["elise"]
        clock[0] += 3601
        assert (await ask(client, "and who funded it?", token))["projects"] != ["elise"]


async def test_any_process_with_the_same_data_folder_continues_a_conversation(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given two server processes' apps sharing a data folder (and so the generated key)
    first, second = (build_app(kb, settings(tmp_path, state_key=None)) for _ in range(2))
    async with TestClient(TestServer(first)) as one, TestClient(TestServer(second)) as two:
        # When a conversation starts on one and its follow-up reaches the other
        opening = await ask(one, "when did ELISE run?")
        follow_up = await ask(two, "and who funded it?", opening["state"])
    # Then the other process knows what "it" is
    assert follow_up["projects"] == ["elise"] and "Interreg Europe" in follow_up["text"]
    assert (tmp_path / "web.key").exists()


@pytest.mark.parametrize(("body", "status", "error"), [
    (b"{", 400, "bad_request"),
    (b"[1, 2]", 400, "bad_request"),
    (b'{"text": 5}', 400, "bad_request"),
    (b'{"text": "hi", "state": 7}', 400, "bad_request"),
    (b'{"about": {"intent": "rm -rf"}}', 400, "bad_request"),
    (b'{"about": {"intent": "overview", "project": "nope"}}', 400, "bad_request"),
    (json.dumps({"text": "x" * 2001}).encode(), 400, "too_long"),
    (json.dumps({"text": "x" * 20_000}).encode(), 413, "too_long"),
    (b"\xff\xfe not utf-8", 400, "bad_request"),
])
async def test_a_bad_request_gets_a_4xx_with_a_json_error(
    client: TestClient, body: bytes, status: int, error: str
) -> None:
    response = await client.post("/api/ask", data=body,
                                 headers={"Content-Type": "application/json"})
    assert response.status == status
    found = await response.json()
    assert found["error"] == error and found["message"]


async def test_wrong_paths_and_methods_get_json_errors_too(client: TestClient) -> None:
    for method, path, status in [("GET", "/api/ask", 405), ("GET", "/nothing", 404),
                                 ("GET", "/api/timeline/forged.x.png", 404),
                                 ("POST", "/api/feedback", 400)]:
        response = await client.request(method, path)
        assert response.status == status, path
        assert (await response.json())["message"]


async def test_hostile_questions_get_answers_never_a_500(client: TestClient) -> None:
    for text in hostile_strings():
        response = await client.post("/api/ask", json={"text": text, "state": None})
        assert response.status in (200, 400, 413), repr(text[:40])
        reply = await response.json()
        assert reply.get("text") or reply.get("error") == "too_long"


async def test_only_allowed_origins_may_use_the_api(client: TestClient) -> None:
    question = {"text": "when did BFCC run?", "state": None}
    # Given a page on an allowed origin, When it asks (after the browser's preflight)
    preflight = await client.options("/api/ask", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST"})
    allowed = await client.post("/api/ask", json=question, headers={"Origin": ORIGIN})
    # Then it gets CORS headers for its origin and the answer
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert allowed.status == 200 and allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    # When another origin asks, Then it is refused with a JSON error and no CORS header
    for method in ("OPTIONS", "POST"):
        wrong = await client.request(method, "/api/ask", json=question,
                                     headers={"Origin": "https://evil.example"})
        assert wrong.status == 403 and "Access-Control-Allow-Origin" not in wrong.headers
        assert (await wrong.json())["error"] == "not_allowed"
    # And the page's own origin and clients without an Origin need no permission
    host = f"http://{client.server.host}:{client.server.port}"
    assert (await client.post("/api/ask", json=question, headers={"Origin": host})).status == 200
    assert (await client.post("/api/ask", json=question)).status == 200


async def test_behind_a_trusted_proxy_the_public_host_is_the_pages_own(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    # Given the chat behind a proxy that passes the public host and scheme on
    app = build_app(kb, settings(tmp_path, trust_proxy=True))
    proxied = {"Origin": "https://chat.example.org", "X-Forwarded-Host": "chat.example.org",
               "X-Forwarded-Proto": "https"}
    async with TestClient(TestServer(app)) as client:
        # When the page on that public origin asks for a timeline
        response = await client.post("/api/ask", json={"text": "timeline"}, headers=proxied)
        # Then it is the page's own origin, And the picture's URL is the public one
        assert response.status == 200
        assert (await response.json())["image"].startswith(
            "https://chat.example.org/api/timeline/")


async def test_every_response_has_a_strict_csp_and_frame_ancestors(client: TestClient) -> None:
    for path in ("/", "/chat.js", "/api/health", "/nothing"):
        headers = (await client.get(path)).headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self';" in csp, path
        assert csp.endswith(f"frame-ancestors 'self' {ORIGIN}"), path
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"


async def test_a_client_over_the_rate_limit_is_told_politely(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    app = build_app(kb, settings(tmp_path, rate_limit=3, rate_window=60, trust_proxy=True))
    async with TestClient(TestServer(app)) as client:
        def send(who: str, language: str = "en") -> Any:
            return client.post("/api/ask", json={"text": "hi", "state": None},
                               headers={"X-Forwarded-For": f"10.0.0.9, {who}",
                                        "Accept-Language": language})
        # Given a client that sent three questions within the window
        assert [(await send("10.1.1.1")).status for _ in range(3)] == [200, 200, 200]
        # When it sends more, Then it is told to slow down, politely, in its language
        over = await send("10.1.1.1", "de")
        assert over.status == 429 and over.headers["Retry-After"] == "60"
        assert (await over.json())["message"].startswith("Sie senden Fragen schneller")
        assert (await send("10.1.1.1")).status == 429
        # And another client is not affected
        assert (await send("10.2.2.2")).status == 200
        # And a German reader in an English browser is told in German
        german = await client.post("/api/ask", json={"text": "hi", "language": "de"},
                                   headers={"X-Forwarded-For": "10.1.1.1"})
        assert (await german.json())["message"].startswith("Sie senden")


async def test_unanswered_questions_and_votes_reach_insights_marked_as_web(
    client: TestClient, tmp_path: Path
) -> None:
    # Given a question the bot cannot answer and an answer it can
    await ask(client, "Who is the CEO of Life Science Nord?")
    good = await ask(client, "when did BFCC run?")
    # When the reader votes 👎 on the answer, with that answer's state token
    response = await client.post("/api/feedback", json={"vote": -1, "state": good["state"]})
    assert response.status == 200 and (await response.json())["message"]
    # And a forged vote is refused
    forged = await client.post("/api/feedback", json={"vote": 1, "state": "x.y"})
    assert forged.status == 400
    client.app[CHAT].insights.flush()
    # Then both are in the insights store, marked as coming from the web
    with contextlib.closing(sqlite3.connect(database_path(tmp_path))) as db:
        assert db.execute("SELECT question, source FROM unanswered").fetchall() == [
            ("Who is the CEO of Life Science Nord?", "web")]
        assert db.execute("SELECT intent, projects, vote, source FROM feedback").fetchall() == [
            ("dates", "bfcc", -1, "web")]


async def test_a_timeline_answer_links_its_picture_drawn_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    real = app_module._draw
    monkeypatch.setattr(app_module, "_draw",
                        lambda t, kb, lang: drawn.append(lang) or real(t, kb, lang))
    reply = await ask(client, "timeline of ERDF projects")
    assert reply["intent"] == "timeline" and reply["image"].endswith(".png")
    path = reply["image"].split(str(client.server.port), 1)[1]
    first, again = await client.get(path), await client.get(path)
    assert first.status == again.status == 200 and first.content_type == "image/png"
    assert (await first.read()).startswith(b"\x89PNG") and drawn == ["en"]


async def test_the_picture_cache_is_bounded_and_draws_each_picture_once() -> None:
    charts, calls = Charts(size=2), []

    def draw(name: str) -> Any:
        return lambda: calls.append(name) or name.encode()

    together = await asyncio.gather(*(charts.png("a", draw("a")) for _ in range(5)))
    assert together == [b"a"] * 5 and calls == ["a"]
    for key in "bca":
        await charts.png(key, draw(key))
    assert len(charts) == 2 and calls == ["a", "b", "c", "a"]


async def test_the_page_follows_the_browser_language_and_is_small(client: TestClient) -> None:
    german = await client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.8"})
    english = await client.get("/?lang=en", headers={"Accept-Language": "de"})
    page = await german.text()
    assert '<html lang="de">' in page and "Ihre Frage" in page
    assert '<html lang="en">' in await english.text()
    # No external assets: every src and href is on the page's own server
    assert not re.findall(r'(?:src|href)="(?!/)', page)
    total = 0
    for path in ("/", "/chat.js", "/chat.css", "/favicon.svg"):
        response = await client.get(path, headers={"Accept-Encoding": "gzip"},
                                    auto_decompress=False)
        assert response.headers.get("Content-Encoding") == "gzip"
        total += len(await response.read())
    assert total < 50_000


async def test_logs_have_outcome_and_latency_but_no_words_or_state(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    reply = await ask(client, "Wer ist mein geheimer Nachbar Xaver?")
    await ask(client, "und wann?", reply["state"])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "web ask: fallback (unanswered) in" in logged
    assert "Xaver" not in logged and reply["state"][:20] not in logged
    assert "127.0.0.1" not in logged


# --------------------------------------------------------------------------- tokens and settings


def test_a_large_state_is_cut_to_fit_a_token() -> None:
    signer = Signer(b"k" * 32)
    many = tuple(f"project-{i}" for i in range(2000))
    token = signer.state_token(Conversation(State(language="de", last_list=many, choices=many)))
    back = signer.conversation(token)
    assert len(token) <= TOKEN_LIMIT and back is not None
    assert back.state.language == "de" and back.state.last_list == ()


def test_the_state_key_is_made_once_kept_private_and_shared(tmp_path: Path) -> None:
    first, second = load_key(tmp_path), load_key(tmp_path)
    assert first == second and len(first) == 64
    assert stat.S_IMODE((tmp_path / "web.key").stat().st_mode) == 0o600
    assert load_key(tmp_path, "c" * 40) == b"c" * 40
    with pytest.raises(ValueError, match="at least 32"):
        load_key(tmp_path, "short")


def test_settings_come_from_the_environment_and_bad_ones_are_named() -> None:
    env = {"HOST": "0.0.0.0", "PORT": "9000", "WEB_RATE_LIMIT": "5",
           "WEB_ALLOWED_ORIGINS": "https://a.example, http://localhost:3000/"}
    found = Settings.from_env(env)
    assert (found.host, found.port, found.rate_limit) == ("0.0.0.0", 9000, 5)
    assert found.allowed_origins == ("https://a.example", "http://localhost:3000")
    for name, value in [("WEB_ALLOWED_ORIGINS", "*"), ("WEB_ALLOWED_ORIGINS", "a.example"),
                        ("WEB_ALLOWED_ORIGINS", "https://a.example/page"), ("PORT", "x"),
                        ("WEB_RATE_WINDOW", "-1")]:
        with pytest.raises(ValueError, match=name):
            Settings.from_env({name: value})


@pytest.mark.parametrize(("header", "language"), [
    ("de-DE,de;q=0.9,en;q=0.8", "de"), ("en-GB,de;q=0.5", "en"), ("fr, de;q=0.3", "de"),
    ("", "en"), ("de;q=0.2, en;q=0.9", "en"), ("garbage;q=x", "en")])
def test_the_browser_language_comes_from_accept_language(header: str, language: str) -> None:
    assert accept_language(header) == language


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def start(command: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", command, env=env, stderr=asyncio.subprocess.PIPE, cwd=ROOT)


async def stop(process: asyncio.subprocess.Process) -> str:
    """SIGTERM; what the process logged. It must have stopped cleanly."""
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    return err.decode()


async def ask_when_up(url: str, text: str, seconds: float = 30.0) -> dict[str, Any]:
    """The answer of a server that may still be starting."""
    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.post(f"{url}/api/ask", json={"text": text}) as response:
                    return await response.json()
            except aiohttp.ClientConnectionError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.05)


async def test_python_m_bot_web_runs_alone_or_beside_telegram_sharing_insights(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "WEBHOOK_URL")}
    env |= {"BOT_DATA_DIR": str(tmp_path), "HOST": "127.0.0.1", "PORT": str(free_port())}
    url = f"http://127.0.0.1:{env['PORT']}"
    api = FakeBotApi()
    await api.start()
    # Given the web chat, which needs no Telegram token, and beside it the Telegram bot
    # (polling a fake Bot API), both with one data folder
    webchat = await start("web", env)
    telegram = await start("serve", env | {"TELEGRAM_BOT_TOKEN": TOKEN,
                                           "TELEGRAM_API_BASE_URL": api.base_url})
    try:
        # When each gets a question it cannot answer
        web_reply = await ask_when_up(url, "Wer ist der Chef von Life Science Nord?")
        await api.wait_for("getUpdates", timeout=30)
        api.inject(message("Who is the CEO of Life Science Nord?", 7))
        await api.wait_for("sendMessage", chat_id=7, timeout=30)
    finally:
        web_log = await stop(webchat)
        await stop(telegram)
        await api.stop()
    assert "Serving the web chat" in web_log and "Traceback" not in web_log
    # Then both answered, And the one report has both questions, each marked with its source
    assert web_reply["answered"] is False and web_reply["language"] == "de"
    text = report(database_path(tmp_path), None)
    assert "Questions the bot could not answer: 2" in text
    assert "By source:   telegram 1, web 1" in text


def test_python_m_bot_web_names_a_bad_setting(tmp_path: Path) -> None:
    env = os.environ | {"WEB_ALLOWED_ORIGINS": "*", "BOT_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot", "web"], env=env, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 2 and "WEB_ALLOWED_ORIGINS" in done.stderr
    assert "Traceback" not in done.stderr
