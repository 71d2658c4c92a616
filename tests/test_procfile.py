"""The Procfile, run by a Procfile runner (honcho) as a platform would: the `worker` process polls
the fake Bot API and answers, `web` answers a webhook post on $PORT (and refuses to start without
WEBHOOK_URL rather than poll), and `webchat` serves its page."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.fake_bot_api import TOKEN, FakeBotApi, message

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.asynccontextmanager
async def honcho(process: str, env_file: Path, port: int = 5000
                 ) -> AsyncIterator[asyncio.subprocess.Process]:
    """`honcho start PROCESS` with the repository's Procfile and the given .env, stopped (SIGTERM,
    as a platform does) on leaving."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "WEBHOOK_", "BOT_", "KNOWLEDGE_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    runner = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "honcho", "start", "--no-colour", "-f", str(ROOT / "Procfile"),
        "-d", str(ROOT), "-e", str(env_file), "-p", str(port), process, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, start_new_session=True)
    try:
        yield runner
    finally:
        if runner.returncode is None:
            runner.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(runner.wait(), 30)
            except TimeoutError:
                os.killpg(runner.pid, signal.SIGKILL)
                await runner.wait()


def env_file(folder: Path, api: FakeBotApi, **extra: str) -> Path:
    path = folder / ".env"
    settings = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
                "BOT_DATA_DIR": str(folder / "data"), **extra}
    path.write_text("".join(f"{k}={v}\n" for k, v in settings.items()))
    return path


async def output(runner: asyncio.subprocess.Process) -> str:
    assert runner.stdout is not None
    return (await runner.stdout.read()).decode("utf-8", "replace")


async def test_the_worker_process_polls_and_answers(api: FakeBotApi, tmp_path: Path) -> None:
    # Given the Procfile's worker started by honcho with a .env, as on a platform
    async with honcho("worker", env_file(tmp_path, api)) as runner:
        # When it has started polling and a question arrives
        await api.wait_for("getUpdates", timeout=60)
        api.inject(message("When did ELISE run?", 31))
        sent = await api.wait_for("sendMessage", chat_id=31, timeout=60)
    # Then it answered from the knowledge base, and stopped on SIGTERM with its log shown
    assert "2017" in sent[0].text
    log = await output(runner)
    assert "worker.1" in log and TOKEN not in log


async def test_the_web_process_answers_a_webhook_post_on_port(api: FakeBotApi, tmp_path: Path
                                                              ) -> None:
    # Given the Procfile's web process with a webhook URL, listening on the port honcho gives it
    port = free_port()
    settings = env_file(tmp_path, api, WEBHOOK_URL="https://bot.example.org/tg-hook",
                        WEBHOOK_SECRET="s3cret-Token", WEBHOOK_LISTEN="127.0.0.1")
    async with honcho("web", settings, port=port):
        for _ in range(600):  # registered with Telegram, and then listening
            if api.webhook.get("url"):
                break
            await asyncio.sleep(0.1)
        assert api.webhook["url"] == "https://bot.example.org/tg-hook"
        # When Telegram posts an update to $PORT
        update = {"update_id": api.next_update_id(), **message("Who led BONEBANK?", 32)}
        headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-Token"}
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                with contextlib.suppress(aiohttp.ClientConnectionError):
                    async with session.post(f"http://127.0.0.1:{port}/tg-hook", json=update,
                                            headers=headers) as response:
                        assert response.status == 200
                        break
                await asyncio.sleep(0.1)
        sent = await api.wait_for("sendMessage", chat_id=32, timeout=60)
    # Then the bot answered it
    assert "UKSH" in sent[0].text


async def test_the_web_process_refuses_to_poll_without_a_webhook_url(api: FakeBotApi,
                                                                     tmp_path: Path) -> None:
    async with honcho("web", env_file(tmp_path, api)) as runner:
        log = await asyncio.wait_for(output(runner), 60)
    assert "serve --webhook needs WEBHOOK_URL" in log
    assert api.requests("getUpdates", ok=None) == []


async def test_the_webchat_process_serves_its_page(tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / ".env").write_text(f"BOT_DATA_DIR={tmp_path / 'data'}\n")
    async with honcho("webchat", tmp_path / ".env", port=port), aiohttp.ClientSession() as s:
        for _ in range(300):
            with contextlib.suppress(aiohttp.ClientConnectionError):
                async with s.get(f"http://127.0.0.1:{port}/api/health") as response:
                    assert response.status == 200
                    return
            await asyncio.sleep(0.1)
    raise AssertionError("the web chat never answered on $PORT")
