"""Messages per second end to end: ``python -m benchmarks.throughput --via ptb|jsonl -n N``.

``ptb``: the real python-telegram-bot ``Application`` from ``bot.telegram.build_application``
polls the fake Bot API server of ``tests/fake_bot_api.py`` on 127.0.0.1, which runs in a process
of its own (``benchmarks.fake_server``), as Telegram's servers are not on the bot's CPU either.
After one warm-up message, N updates, each from its own private chat, are injected at once; the
server's clock runs until every chat has had its answer sent. The app handles different chats
concurrently (each chat's updates in order), as it does in production. Its ``AIORateLimiter``
keeps the bot to Telegram's 30 messages per second; ``--unlimited`` sets its overall and group
rates to 0 (off) to measure what the bot itself can do.

``jsonl``: ``python -m bot chat --jsonl`` in a subprocess; after one warm-up line has been
answered (so process start-up is not counted), N lines are written and the clock runs until the
N-th answer has been read.

Prints one JSON object: ``{"via": ..., "messages": N, "seconds": ..., "per_second": ...}``.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import itertools
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.questions import ROOT, labelled_dialogs

FIRST_CHAT = 10_000


def messages(count: int) -> list[str]:
    """The first turns of the labelled set (or the fallback list), repeated up to count."""
    dialogs, _ = labelled_dialogs()
    texts = [d.turns[0] for d in dialogs if d.turns[0].strip()]
    return list(itertools.islice(itertools.cycle(texts), count))


# --------------------------------------------------------------------------- python-telegram-bot


def ptb_available() -> str | None:
    """None if the Telegram front end and the fake server can be imported, else why not."""
    try:
        import bot.telegram  # noqa: F401
        import tests.fake_bot_api  # noqa: F401
    except Exception as exc:  # noqa: BLE001  (any import failure means "not there yet")
        return f"{type(exc).__name__}: {exc}"
    return None


async def _ptb(count: int, unlimited: bool) -> float:
    from bot import telegram as tg
    from bot.knowledge import load
    from tests.fake_bot_api import TOKEN

    if unlimited:
        from bot.telegram import app as tg_app

        tg_app.RetryingRateLimiter = functools.partial(  # type: ignore[misc]
            tg_app.RetryingRateLimiter, overall_max_rate=0, group_max_rate=0)
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.fake_server", cwd=ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    try:
        base_url = (await _ask(server, None))["base_url"]
        with tempfile.TemporaryDirectory() as data_dir:
            settings = tg.Settings(token=TOKEN, base_url=base_url, data_dir=Path(data_dir),
                                   log_level="WARNING")
            service = tg.Service(tg.build_application(load(), settings))
            await service.start()
            try:
                await _ask(server, {"texts": ["hello"], "first_chat": FIRST_CHAT - 1})  # warm
                batch = {"texts": messages(count), "first_chat": FIRST_CHAT}
                return float((await _ask(server, batch))["seconds"])
            finally:
                await service.stop()
    finally:
        if server.stdin:
            server.stdin.close()
        await server.wait()


async def _ask(server: asyncio.subprocess.Process, batch: dict[str, Any] | None
               ) -> dict[str, Any]:
    """Send the fake server a batch (or nothing) and read its one-line answer."""
    assert server.stdin and server.stdout
    if batch is not None:
        server.stdin.write((json.dumps(batch) + "\n").encode())
        await server.stdin.drain()
    line = await server.stdout.readline()
    if not line:
        raise RuntimeError("the fake Bot API server stopped")
    return dict(json.loads(line))


# --------------------------------------------------------------------------- JSON lines


def _jsonl(count: int) -> float:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat", "--jsonl"], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, encoding="utf-8", bufsize=1,
    )
    assert proc.stdin and proc.stdout
    try:
        proc.stdin.write(json.dumps({"text": "hello", "chat": 0}) + "\n")
        proc.stdin.flush()
        proc.stdout.readline()  # warm: started, loaded, answered once
        lines = [json.dumps({"text": t, "chat": i}, ensure_ascii=False) + "\n"
                 for i, t in enumerate(messages(count), 1)]
        start = time.perf_counter()
        writer = threading.Thread(target=_write_all, args=(proc.stdin, lines))
        writer.start()
        for _ in lines:
            if not proc.stdout.readline():
                raise RuntimeError("the JSON-lines process stopped early")
        elapsed = time.perf_counter() - start
        writer.join()
        return elapsed
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def _write_all(stream: Any, lines: list[str]) -> None:
    for line in lines:
        stream.write(line)
    stream.flush()


# --------------------------------------------------------------------------- entry point


def run(via: str, count: int, unlimited: bool = False) -> dict[str, Any]:
    """Measure once and return the figures."""
    seconds = asyncio.run(_ptb(count, unlimited)) if via == "ptb" else _jsonl(count)
    return {"via": via, "unlimited": unlimited, "messages": count, "seconds": seconds,
            "per_second": count / seconds}


def main(argv: list[str] | None = None) -> int:
    """Measure throughput once and print it as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.throughput")
    parser.add_argument("--via", choices=["ptb", "jsonl"], default="ptb")
    parser.add_argument("-n", type=int, default=500, help="messages to send")
    parser.add_argument("--unlimited", action="store_true", help="switch the rate limiter off")
    args = parser.parse_args(argv)
    if args.via == "ptb" and (why := ptb_available()):
        print(json.dumps({"via": "ptb", "unavailable": why}))
        return 0
    print(json.dumps(run(args.via, args.n, args.unlimited)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
