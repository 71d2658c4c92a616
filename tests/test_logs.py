"""Tests of the one logging setup: levels, plain and JSON lines, redaction, the per-update line."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot import logs

TOKEN = "123456:TEST-token_that_must_never_be_logged"
log = logging.getLogger("tests.logs")


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger and the muted loggers back as they were."""
    root = logging.getLogger()
    names = ["httpx", "httpcore"]
    handlers, level = list(root.handlers), root.level
    levels = [logging.getLogger(n).level for n in names]
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in zip(names, levels, strict=True):
        logging.getLogger(name).setLevel(old)


def lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


@pytest.mark.usefixtures("restore_logging")
def test_json_lines_carry_the_message_the_level_and_extra_fields() -> None:
    # Given JSON logging at INFO
    stream = io.StringIO()
    logs.setup("INFO", "json", stream=stream)
    # When something is logged with extra fields, and something at DEBUG
    log.info("update %s done", 7, extra={"latency_ms": 12.5, "kind": "message"})
    log.debug("not shown")
    # Then there is exactly one line, and it is a JSON object with every field
    (line,) = lines(stream)
    record = json.loads(line)
    assert record["message"] == "update 7 done" and record["level"] == "INFO"
    assert record["logger"] == "tests.logs" and record["latency_ms"] == 12.5
    assert record["kind"] == "message" and record["time"].endswith("+00:00")


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.parametrize("fmt", ["plain", "json"])
def test_secrets_and_token_shaped_strings_never_reach_a_line(fmt: str) -> None:
    # Given logging with the token and a webhook secret to hide
    stream = io.StringIO()
    logs.setup("DEBUG", fmt, [TOKEN, "s3cret-hook"], stream)
    # When they turn up in a message, in its arguments and in a traceback
    log.info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
    log.info("secret is s3cret-hook; another bot: 987654321:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    try:
        raise RuntimeError(f"failed for {TOKEN}")
    except RuntimeError:
        log.exception("boom")
    # Then none of them is written, and the rest of each line is
    out = stream.getvalue()
    assert TOKEN not in out and "s3cret-hook" not in out and "987654321:AAAA" not in out
    assert out.count(logs.REDACTED) == 4 and "getMe" in out and "RuntimeError" in out
    if fmt == "json":
        assert all(json.loads(line) for line in lines(stream))


@pytest.mark.usefixtures("restore_logging")
def test_setting_up_twice_leaves_one_handler_and_unknown_levels_mean_info() -> None:
    # Given the setup done twice, the second time with a level that does not exist
    first, second = io.StringIO(), io.StringIO()
    logs.setup("DEBUG", stream=first)
    logs.setup("LOUD", stream=second)
    # When something is logged at INFO and at DEBUG
    log.info("once")
    log.debug("hidden")
    # Then only the second handler wrote it, once, at INFO; httpx's request lines are muted
    assert first.getvalue() == ""
    assert [line.endswith("tests.logs: once") for line in lines(second)] == [True]
    assert logging.getLogger("httpx").level == logging.WARNING


def test_each_update_gets_one_line_with_its_outcome_and_latency(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="tests.logs")

    async def handle(outcome: str | None) -> None:
        if outcome:
            logs.note_outcome(outcome)

    async def process(update_id: int, outcome: str | None) -> None:
        with logs.update_line(log, update_id, "message"):
            await handle(outcome)

    # Given two updates, one whose handler noted an outcome and one that no handler took
    # When they are processed concurrently
    async def main() -> None:
        await asyncio.gather(process(1, "dates"), process(2, None))

    asyncio.run(main())
    # Then each got one line with its own outcome and a latency
    records = sorted(caplog.records, key=lambda r: r.update_id)  # type: ignore[attr-defined]
    assert [(r.update_id, r.outcome) for r in records] == [(1, "dates"), (2, "ignored")]
    assert all(r.latency_ms >= 0 and r.kind == "message" for r in records)
    assert records[0].getMessage().startswith("update 1 message: dates in ")
