"""The fake Bot API server in a process of its own, driven over stdin/stdout.

``python -m benchmarks.fake_server`` starts ``tests.fake_bot_api.FakeBotApi`` on 127.0.0.1 and
prints ``{"base_url": ...}``. Each JSON line it then reads is a batch: ``{"texts": [...],
"first_chat": N}`` injects one private message per text, chat ids N, N+1, ..., and answers
``{"seconds": ...}`` once every one of those chats has been sent an answer. An empty line or end
of input stops it. Telegram's servers do not run on the bot's CPU, so neither does this one.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from tests.fake_bot_api import FakeBotApi, message

ANSWERS = ("sendMessage", "sendPhoto")
LINE_LIMIT = 64 * 1024 * 1024


async def answered(api: FakeBotApi, texts: list[str], first_chat: int) -> float:
    """Inject the messages at once; seconds until each of their chats has had an answer."""
    start = time.perf_counter()
    seen = len(api.calls)
    for i, text in enumerate(texts):
        api.inject(message(text, first_chat + i))
    waiting = set(range(first_chat, first_chat + len(texts)))
    deadline = start + 30 + len(texts) / 10
    while waiting:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{len(waiting)} of {len(texts)} chats got no answer")
        await asyncio.sleep(0.001)
        calls = api.calls[seen:]
        seen += len(calls)
        waiting.difference_update(c.chat_id for c in calls if c.method in ANSWERS and c.ok)
    return time.perf_counter() - start


async def serve(lines: asyncio.StreamReader) -> None:
    """Run the server until an empty line or end of input."""
    api = FakeBotApi()
    await api.start()
    _say({"base_url": api.base_url})
    try:
        while (line := (await lines.readline()).strip()):
            batch = json.loads(line)
            _say({"seconds": await answered(api, batch["texts"], batch["first_chat"])})
    finally:
        await api.stop()


def _say(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


async def _main() -> None:
    reader = asyncio.StreamReader(limit=LINE_LIMIT)  # a batch of thousands is one long line
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await serve(reader)


if __name__ == "__main__":
    asyncio.run(_main())
