"""Limits at their exact edges, from what each one promises: 64 bytes of callback data (not
characters), 64-bit chat ids, a report over 0 days, a Telegram language code in any case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from telegram import User

from bot.conversation import Button
from bot.insights import check_days
from bot.jsonl import BadLine, parse_line
from bot.telegram.keyboards import callback_data, unstash
from bot.telegram.store import Store
from bot.telegram.texts import language_hint


def test_callback_data_counts_bytes_not_characters(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    short, umlauts = "Wer hat ELISE gefördert?", "Wer förderte " + "ü" * 40 + "?"
    # Given a question of 55 characters but 95 bytes, and a short one
    assert len("q:" + umlauts) <= 64 < len(("q:" + umlauts).encode())
    # Then the short one travels as itself, the long one as a key to the stored question
    assert callback_data(Button("x", short), store) == f"q:{short}"
    data = callback_data(Button("x", umlauts), store)
    assert len(data.encode()) <= 64 and data.startswith("k:")
    assert unstash(store, "q", data[2:]) == umlauts
    store.close()


@pytest.mark.parametrize(("chat", "valid"), [
    (2**63 - 1, True), (-(2**63) + 1, True), (2**63, False), (-(2**63), False), (10**30, False),
])
def test_an_integer_chat_id_is_64_bit(chat: int, valid: bool) -> None:
    line = json.dumps({"chat": chat, "text": "hi"}).encode()
    if valid:
        assert parse_line(line)[0] == chat
    else:
        with pytest.raises(BadLine):
            parse_line(line)


def test_a_report_may_cover_0_to_36500_days() -> None:
    assert check_days(0) == 0 and check_days(36_500) == 36_500
    for bad in (-0.5, 36_500.5):
        with pytest.raises(ValueError):
            check_days(bad)


@pytest.mark.parametrize(("code", "hint"), [("de", "de"), ("DE-de", "de"), ("De-AT", "de"),
                                            ("EN-gb", "en"), ("fr", None), (None, None)])
def test_a_telegram_language_code_is_read_in_any_case(code: str | None, hint: str | None) -> None:
    assert language_hint(User(1, "Ann", False, language_code=code)) == hint
