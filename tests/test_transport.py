"""bot.transport: the processor and the request class are tested end to end in
tests/test_telegram.py (ordering under concurrency, faults, timeouts); here, what the rate
limiter promises on its own: a read that timed out is never sent again (Telegram may have
delivered it), a request that never got through is."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.error import NetworkError, TimedOut

from bot import transport
from bot.telegram import app


class Flaky:
    """A Bot API call that fails the first ``times`` calls with ``error``, then answers."""

    def __init__(self, error: Exception, times: int = 1) -> None:
        self.error, self.times, self.calls = error, times, 0

    async def __call__(self, *args: Any, **kwargs: Any) -> str:
        self.calls += 1
        if self.calls <= self.times:
            raise self.error
        return "sent"


async def send(limiter: transport.RetryingRateLimiter, call: Flaky) -> Any:
    return await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 1}, None)


async def test_a_timed_out_send_is_not_repeated() -> None:
    limiter = transport.RetryingRateLimiter(budget=30.0, first_wait=0.01)
    call = Flaky(TimedOut("read timed out"))
    with pytest.raises(TimedOut):
        await send(limiter, call)
    assert call.calls == 1


async def test_a_send_that_never_got_through_is_retried_within_the_budget() -> None:
    limiter = transport.RetryingRateLimiter(budget=30.0, first_wait=0.01)
    call = Flaky(NetworkError("connection reset"), times=2)
    assert await send(limiter, call) == "sent"
    assert call.calls == 3


def test_a_pool_has_room_for_every_worker() -> None:
    assert transport.CONNECTIONS >= app.WORKERS
