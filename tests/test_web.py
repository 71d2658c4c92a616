"""Tests of the web chat: the API, its safety, the insights it records, the page in a browser."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from bot.insights import Insights, database_path, report

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
