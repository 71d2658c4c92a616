"""bot.transport: the processor and the request class are tested end to end in
tests/test_telegram.py (ordering under concurrency, faults, timeouts); here, what they promise
on their own."""

from __future__ import annotations

from bot import transport
from bot.telegram import app


def test_the_front_end_uses_the_transport_classes() -> None:
    # Given the Telegram application module, when it builds its Application, it uses these
    assert app.AiohttpRequest is transport.AiohttpRequest
    assert app.PerChatUpdateProcessor is transport.PerChatUpdateProcessor
    assert app.RetryingRateLimiter is transport.RetryingRateLimiter


def test_a_pool_has_room_for_every_worker() -> None:
    assert transport.CONNECTIONS >= app.WORKERS
