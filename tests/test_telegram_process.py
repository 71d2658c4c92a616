"""The real `python -m bot serve` process against the fake Bot API: start-up failures and their
exit codes, the token in no output, a 401 while running, kill -9 in a burst, SIGTERM during a
retry wait, and a webhook flood with a wrong secret.

Each test starts processes; they run concurrently where they can, to keep the suite fast.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.telegram import Exit
from tests.fake_bot_api import TOKEN, FakeBotApi, message

ROOT = Path(__file__).resolve().parent.parent
SECRET_HALF = TOKEN.split(":")[1]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


def environment(api: FakeBotApi | None, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "WEBHOOK_", "FLOOD_", "LOG_", "BOT_"))}
    env.update({"TELEGRAM_BOT_TOKEN": TOKEN, "BOT_DATA_DIR": str(data_dir),
                "LOG_LEVEL": "INFO", "LOG_FORMAT": "json", "TELEGRAM_RETRY_WAIT": "0.05",
                "PYTHONUNBUFFERED": "1"})
    if api is not None:
        env["TELEGRAM_API_BASE_URL"] = api.base_url
    env.update(extra)
    return env


async def spawn(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", env=env, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def finish(process: asyncio.subprocess.Process, timeout: float = 30) -> str:
    """Wait for the process to end; everything it wrote, stdout and stderr."""
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    return out.decode() + err.decode()


def assert_clean(output: str) -> list[dict[str, Any]]:
    """No token in any form, no traceback, no unclosed session, every line JSON."""
    assert TOKEN not in output and SECRET_HALF not in output, output
    assert "Traceback" not in output and "Unclosed" not in output, output
    lines = [json.loads(line) for line in output.splitlines() if line.strip()]
    return lines


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


async def until(predicate: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


# --------------------------------------------------------------------------- start-up


async def test_every_start_up_failure_is_one_json_line_with_its_exit_code_and_no_token(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given a fake Telegram that knows another token, a port that is taken, a file where the
    # data folder should be, and a data folder whose writes fail as on a full disk
    other = FakeBotApi(token="654321:ANOTHER-token_of_another_bot_xx")
    await other.start()
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    full = tmp_path / "full"
    full.mkdir()
    (full / ".write-probe").symlink_to("/dev/full")  # writes fail with "No space left"
    def data() -> Path:
        folder = tmp_path / f"data-{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        return folder

    cases = {
        "revoked token": (environment(other, data()), Exit.TOKEN_REJECTED, "rejected the token"),
        "base URL without /bot": (
            environment(api, data(), TELEGRAM_API_BASE_URL=api.base_url.removesuffix("bot")),
            Exit.TOKEN_REJECTED, "must end in /bot"),
        "malformed base URL": (
            environment(api, data(), TELEGRAM_API_BASE_URL=f"http//127.0.0.1/bot{TOKEN}/x"),
            Exit.CONFIG, "TELEGRAM_API_BASE_URL"),
        "unreachable API": (
            environment(api, data(), TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}/bot",
                        TELEGRAM_RETRY_SECONDS="1"),
            Exit.UNREACHABLE, "could not be reached"),
        "data folder is a file": (environment(api, not_a_folder), Exit.DATA_DIR, "BOT_DATA_DIR"),
        "data folder is full": (environment(api, full), Exit.DATA_DIR, "BOT_DATA_DIR"),
        "port in use": (
            environment(api, data(), WEBHOOK_URL="https://bot.example.org/hook",
                        WEBHOOK_LISTEN="127.0.0.1", PORT=str(taken.getsockname()[1])),
            Exit.PORT_IN_USE, "cannot listen"),
        "flood limit 0": (environment(api, data(), FLOOD_LIMIT="0"), Exit.CONFIG,
                          "Configuration error: FLOOD_LIMIT"),
        "revoked token, plain logs": (environment(other, data(), LOG_FORMAT="plain"),
                                      Exit.TOKEN_REJECTED, "rejected the token"),
    }
    try:
        # When the bot is started in each situation (eight processes at once: on a busy
        # machine their start-ups take long, so each gets 90 s, not the usual 30)
        processes = {name: await spawn(env) for name, (env, _, _) in cases.items()}
        outputs = dict(zip(processes, await asyncio.gather(
            *(finish(p, timeout=90) for p in processes.values())), strict=True))
    finally:
        taken.close()
        await other.stop()
    # Then each ends with its own exit code and says why in one error line, as JSON, with
    # no token, no traceback and no unclosed session anywhere in its output
    for name, (env, code, why) in cases.items():
        assert processes[name].returncode == code, (name, outputs[name])
        if env["LOG_FORMAT"] == "plain":
            output = outputs[name]
            assert TOKEN not in output and SECRET_HALF not in output and "Trace" not in output
            errors = [line for line in output.splitlines() if " ERROR " in line]
            assert len(errors) == 1 and why in errors[0], output
            continue
        lines = assert_clean(outputs[name])
        errors = [line for line in lines if line["level"] in ("ERROR", "CRITICAL")]
        assert len(errors) == 1 and why in errors[0]["message"], (name, lines)


# --------------------------------------------------------------------------- running


async def test_a_401_while_running_ends_the_process_with_exit_code_7(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given the bot polling
    process = await spawn(environment(api, tmp_path))
    try:
        await api.wait_for("getUpdates", timeout=30)
        # When Telegram starts rejecting the token (it was revoked) at the next long poll
        api.fail("getUpdates", 401, times=100)
        api.inject(message("When did ELISE run?", 5))  # ends the long poll in progress
        output = await finish(process, timeout=20)
    finally:
        if process.returncode is None:
            process.kill()
    # Then the process exits non-zero, so that a supervisor notices, with one clear line
    assert process.returncode == Exit.UNAUTHORIZED, output
    lines = assert_clean(output)
    assert any("rejected the token while running" in line["message"] for line in lines)


async def test_network_errors_while_polling_are_retried_with_one_warning_each(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given the bot polling, and getUpdates failing three times (500, reset, 502)
    process = await spawn(environment(api, tmp_path))
    try:
        await api.wait_for("getUpdates", timeout=30)
        for status in (500, 0, 502):
            api.fail("getUpdates", status)
        api.inject(message("When did ELISE run?", 5))  # ends the long poll in progress
        # Then the question is still answered, and polling goes on after all three
        await api.wait_for("sendMessage", chat_id=5, timeout=20)
        await until(lambda: [c.status for c in api.requests("getUpdates", ok=None)][-4:] ==
                    [500, 0, 502, None])
    finally:
        process.send_signal(signal.SIGTERM)
        output = await finish(process)
    assert process.returncode == Exit.OK, output
    # And each failure was one warning line, no traceback, no error
    lines = assert_clean(output)
    warnings = [line for line in lines if "Fetching updates failed" in line["message"]]
    assert 2 <= len(warnings) <= 3 and all(w["level"] == "WARNING" for w in warnings)
    assert not [line for line in lines if line["level"] in ("ERROR", "CRITICAL")]


async def test_kill_9_during_a_burst_then_a_restart_loses_nothing_and_repeats_nothing(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given the bot answering a burst of 40 questions in 20 chats, slowly
    process = await spawn(environment(api, tmp_path))
    await api.wait_for("getUpdates", timeout=30)
    api.slow("sendMessage", 0.3, times=1000)
    chats = range(500, 520)
    for chat in chats:
        api.inject(message("When did ELISE run?", chat))
        api.inject(message("Who funded it?", chat))
    # When the process is killed with SIGKILL while answers are being sent
    await until(lambda: len(api.requests("sendMessage")) >= 6)
    process.kill()
    await process.wait()
    sending = Counter(c.chat_id for c in api.requests("sendMessage", ok=None))
    await asyncio.sleep(0.4)  # the fake finishes what it had started to deliver
    # And the bot is started again
    process = await spawn(environment(api, tmp_path))
    try:
        await api.wait_for("sendMessage", count=40, timeout=30)
        await asyncio.sleep(0.5)  # anything twice would show up now
    finally:
        process.send_signal(signal.SIGTERM)
        output = await finish(process)
    # Then every question was answered, in order, with the chat's context; nothing twice but
    # at most, per chat, the message that was on its way at the moment of the kill
    answers = {chat: [c.text for c in api.requests("sendMessage", chat_id=chat)]
               for chat in chats}
    for chat, texts in answers.items():
        assert 2 <= len(texts) <= 2 + min(1, sending[chat]), texts
        assert "2017" in texts[0] and "Interreg Europe" in texts[-1]
        assert len(set(texts)) == 2  # a repeat is the same answer, not a different one
    repeats = sum(len(t) - 2 for t in answers.values())
    print(f"kill -9: {sum(sending.values())} sends begun before the kill, {repeats} repeated")
    assert_clean(output)


async def test_sigterm_while_waiting_out_a_retry_stops_within_10_s_and_loses_nothing(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given the bot waiting out a 429 of 30 s for one chat (retries allowed for a minute)
    process = await spawn(environment(api, tmp_path, TELEGRAM_RETRY_SECONDS="60"))
    await api.wait_for("getUpdates", timeout=30)
    api.fail("sendMessage", 429, retry_after=30, chat_id=6)
    api.inject(message("When did ELISE run?", 6))
    await until(lambda: api.requests("sendMessage", chat_id=6, ok=False))
    # When SIGTERM comes
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    output = await finish(process)
    # Then the process is gone within 10 s, cleanly
    print(f"SIGTERM during a 30 s retry wait: exited after {time.monotonic() - started:.2f} s")
    assert time.monotonic() - started < 10
    assert process.returncode == Exit.OK, output
    assert_clean(output)
    # And after a restart the question is answered, once
    process = await spawn(environment(api, tmp_path))
    try:
        await api.wait_for("sendMessage", chat_id=6, timeout=30)
        await asyncio.sleep(0.3)
    finally:
        process.send_signal(signal.SIGTERM)
        await finish(process)
    assert len(api.requests("sendMessage", chat_id=6)) == 1


# --------------------------------------------------------------------------- webhook


async def _body(megabytes: int) -> AsyncIterator[bytes]:
    chunk = b"x" * (1024 * 1024)
    for _ in range(megabytes):
        yield chunk


async def _post(session: aiohttp.ClientSession, url: str, secret: str, data: Any,
                **kwargs: Any) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret, **kwargs.pop("headers", {})}
    try:
        async with session.post(url, data=data, headers=headers, **kwargs) as response:
            return response.status
    except aiohttp.ClientError:
        return -1  # the server closed the connection before reading it all


async def test_the_webhook_checks_the_secret_before_the_body_and_caps_it(
    api: FakeBotApi, tmp_path: Path
) -> None:
    # Given `python -m bot serve` in webhook mode
    port = free_port()
    env = environment(api, tmp_path, WEBHOOK_URL="https://bot.example.org/hook",
                      WEBHOOK_SECRET="s3cret-hook", WEBHOOK_LISTEN="127.0.0.1", PORT=str(port))
    process = await spawn(env)
    url = f"http://127.0.0.1:{port}/hook"
    try:
        await api.wait_for("setWebhook", timeout=30)
        await asyncio.sleep(0.3)
        idle = rss_mb(process.pid)
        async with aiohttp.ClientSession() as session:
            # When eight 95 MB bodies arrive at once with a wrong secret
            flood = await asyncio.gather(*(_post(session, url, "wrong", _body(95))
                                           for _ in range(8)))
            peak = rss_mb(process.pid)
            # And, with the right secret: a large body, malformed JSON, an update twice
            large = await _post(session, url, "s3cret-hook", b"{" + b" " * 5_000_000 + b"}")
            broken = await _post(session, url, "s3cret-hook", b'{"update_id": 1, "message": '
                                 b'"CONFIDENTIAL user text',
                                 headers={"Content-Type": "application/json"})
            update = {"update_id": api.next_update_id(), **message("When did ELISE run?", 7)}
            twice = [await _post(session, url, "s3cret-hook", json.dumps(update))
                     for _ in range(2)]
            await api.wait_for("sendMessage", chat_id=7, timeout=20)
            await asyncio.sleep(0.3)
        after = rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        output = await finish(process)
    # Then the wrong secret was refused without reading, and memory stayed within 50 MB
    print(f"RSS idle {idle:.0f} MB, after the flood {peak:.0f} MB, at the end {after:.0f} MB")
    assert all(status in (403, -1) for status in flood), flood
    assert peak - idle < 50 and after - idle < 50
    # And too large is 413, malformed JSON 400, a repeated update_id answered once
    assert (large, broken, twice) == (413, 400, [200, 200])
    assert len(api.requests("sendMessage", chat_id=7)) == 1
    # And no body reached the log
    assert "CONFIDENTIAL" not in output and "ELISE run" not in output
    assert process.returncode == Exit.OK
    assert_clean(output)
