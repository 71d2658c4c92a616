"""The Telegram store on its own: retention in days, and a store that fails to record still
lets every update be answered (answering matters more than remembering)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bot.telegram.store import Store

DAY = 86400.0


def test_retention_counts_days_not_hours(tmp_path: Path) -> None:
    # Given conversations last used 29 days, 2 days and 31 days ago
    store = Store.open(tmp_path)
    now = time.time()
    for key, days, update_id in (("c:29", 29, 1), ("c:2", 2, 2), ("c:31", 31, 3)):
        at = now - days * DAY
        store.record(update_id, "{}", at)
        store.stage(update_id).conversation = (key, {"projects": ["elise"]})
        store.finish(update_id, at)
    # When a retention of 30 days is applied
    assert store.purge(30, now) == 1
    # Then only the one idle for more than 30 days is gone
    assert store.conversation("c:31") is None
    assert store.conversation("c:29") == store.conversation("c:2") == {"projects": ["elise"]}
    store.close()


def test_a_repeated_update_is_refused_and_a_failing_store_answers_everything(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    assert store.record_many([(1, "{}"), (2, "{}")]) == [True, True]
    assert store.record_many([(2, "{}"), (3, "{}")]) == [False, True]
    # When the database can no longer be written
    store._db.close()
    store._db = sqlite3.connect(":memory:")  # no tables: every write fails
    # Then each update of a batch counts as new, so that it is answered
    assert store.record_many([(4, "{}"), (5, "{}")]) == [True, True]
