"""Tests of the store of unanswered questions and feedback, and of the maintainers' report."""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.report_speed import wordings
from bot import cli, insights
from bot.insights import (
    DB_NAME,
    QUESTION_LIMIT,
    SALT_NAME,
    Group,
    Insights,
    ReportError,
    database_path,
    group_questions,
    load_salt,
    report,
    retention_days,
)
from tests.conftest import hostile_strings

DAY = 86400.0
NOW = 1_750_000_000.0


class Clock:
    """A clock the test sets."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Insights]:
    insights = Insights(database_path(tmp_path), b"salt", clock=Clock())
    yield insights
    insights.close()


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY at").fetchall()


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


# --------------------------------------------------------------------------- storing


def test_an_unanswered_question_is_stored_with_what_was_recognised(store: Insights) -> None:
    # Given the store, When a question the bot could not answer is recorded
    store.unanswered("  What was   ELISE's  budget\nin 2030? ", "en", "amount", ["elise"], 4242)
    assert store.flush()
    # Then it is stored with time, language, intent, projects, hashed chat and the words
    ((at, language, intent, projects, chat, question, source),) = rows(store.path, "unanswered")
    assert source == "telegram"
    assert (at, language, intent, projects) == (NOW, "en", "amount", "elise")
    assert question == "What was ELISE's budget in 2030?"
    assert chat == store.chat_hash(4242) and "4242" not in chat and len(chat) == 16
    # And the database is in WAL mode, so the report can read while the bot writes
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_chat_hashes_are_stable_per_salt_and_differ_between_salts(tmp_path: Path) -> None:
    # Given two stores with the same salt and one with another salt
    a, b = (Insights(tmp_path / "x.sqlite", b"pepper") for _ in range(2))
    other = Insights(tmp_path / "y.sqlite", b"paprika")
    # Then one chat hashes alike with the same salt, differently with another, and two chats
    # never collide here
    assert a.chat_hash(1) == b.chat_hash(1) != other.chat_hash(1)
    assert a.chat_hash(1) != a.chat_hash(2)


def test_feedback_is_stored_the_same_way(store: Insights) -> None:
    # Given the store, When a 👍 and a 👎 are recorded
    store.feedback(1, "de", "dates", ["elise"], -100123)
    store.feedback(-1, "en", "list", ["bfcc", "magia"], 7)
    assert store.flush()
    # Then both are stored with the answer's intent and projects and a hashed chat
    stored = rows(store.path, "feedback")
    assert [(r[1], r[2], r[3], r[5]) for r in stored] == [
        ("de", "dates", "elise", 1), ("en", "list", "bfcc magia", -1)]
    assert stored[0][4] == store.chat_hash(-100123)


def test_hostile_questions_are_stored_safely_and_long_ones_cut(store: Insights) -> None:
    # Given the hostile strings (lone surrogates, control characters, 10,000 characters ...)
    questions = [q for q in hostile_strings() if q.strip()]
    # When each is recorded
    for chat, question in enumerate(questions):
        store.unanswered(question, "en", "fallback", [], chat)
    assert store.flush()
    # Then every one is stored, none longer than the limit
    stored = [r[5] for r in rows(store.path, "unanswered")]
    assert len(stored) == len(questions)
    assert max(len(q) for q in stored) == QUESTION_LIMIT


def test_a_retention_of_zero_days_stores_nothing(tmp_path: Path) -> None:
    store = Insights(database_path(tmp_path), b"salt", retention_days=0)
    store.unanswered("Who is the CEO?", "en", "fallback", [], 1)
    store.close()
    assert not database_path(tmp_path).exists()


def test_records_older_than_the_retention_period_are_deleted(tmp_path: Path) -> None:
    # Given records from 200, 100, 89 and 1 days ago (89 days tells days from hours)
    clock = Clock()
    path = database_path(tmp_path)
    old = Insights(path, b"salt", clock=clock)
    for age in (200, 100, 89, 1):
        clock.now = NOW - age * DAY
        old.unanswered(f"asked {age} days ago", "en", "fallback", [], 1)
        old.feedback(1, "en", "dates", ["elise"], 1)
    old.close()
    # When the bot runs again today with a retention of 90 days and writes something
    clock.now = NOW
    new = Insights(path, b"salt", retention_days=90, clock=clock)
    new.unanswered("asked today", "en", "fallback", [], 1)
    new.close()
    # Then what is older than 90 days is gone
    assert [r[5] for r in rows(path, "unanswered")] == ["asked 89 days ago", "asked 1 days ago",
                                                      "asked today"]
    assert len(rows(path, "feedback")) == 2


def test_retention_comes_from_the_environment() -> None:
    assert retention_days({}) == 180
    assert retention_days({"INSIGHTS_RETENTION_DAYS": " 30 "}) == 30
    with pytest.raises(ValueError):
        retention_days({"INSIGHTS_RETENTION_DAYS": "-1"})


# --------------------------------------------------------------------------- never in the way


@pytest.mark.parametrize("breakage", ["corrupt", "directory"])
def test_a_broken_database_is_logged_and_recording_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, breakage: str
) -> None:
    # Given a database file that is garbage, or a directory in its place
    path = database_path(tmp_path)
    if breakage == "corrupt":
        path.write_bytes(b"\x00garbage, not SQLite" * 200)
    else:
        path.mkdir()
    store = Insights(path, b"salt")
    # When records come in
    for i in range(3):
        store.unanswered(f"question {i}", "en", "fallback", [], i)
    # Then recording returns normally, and the failure is logged once, naming the file
    assert store.flush()
    assert len(errors(caplog)) == 1 and str(path) in errors(caplog)[0]
    # And once the file is fixed, the next records are written
    if breakage == "corrupt":
        path.unlink()
    else:
        path.rmdir()
    store.unanswered("after the fix", "en", "fallback", [], 9)
    store.close()
    assert [r[5] for r in rows(path, "unanswered")] == ["after the fix"]


def test_a_locked_database_never_blocks_recording_and_a_full_queue_drops(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a store with a small queue whose database another process holds locked
    path = database_path(tmp_path)
    store = Insights(path, b"salt", queue_size=5)
    store.unanswered("first", "en", "fallback", [], 1)
    assert store.flush()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        # When 100 more records come in while the writer waits for the lock
        for i in range(100):
            store.unanswered(f"question {i}", "en", "fallback", [], i)
        # Then every call returned at once (we got here), and the overflow was logged
        assert any("queue is full" in m for m in errors(caplog))
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    # And after the lock is gone, the store writes again
    assert store.flush()
    store.unanswered("last", "en", "fallback", [], 1)
    store.close()
    questions = [r[5] for r in rows(path, "unanswered")]
    assert questions[0] == "first" and questions[-1] == "last" and len(questions) < 100


# --------------------------------------------------------------------------- the salt


def test_a_random_salt_is_made_once_kept_private_and_reused(tmp_path: Path) -> None:
    # Given no INSIGHTS_SALT, When the salt is loaded twice
    first, second = load_salt(tmp_path), load_salt(tmp_path)
    # Then it was made once, saved readable only by the bot, and reused
    assert first == second and len(first) == 64
    assert stat.S_IMODE((tmp_path / SALT_NAME).stat().st_mode) == 0o600


def test_a_configured_salt_wins_and_nothing_is_written(tmp_path: Path) -> None:
    assert load_salt(tmp_path, "pepper") == b"pepper"
    assert not (tmp_path / SALT_NAME).exists()


def test_a_salt_that_cannot_be_saved_is_used_anyway(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a data directory that cannot be written, When the salt is loaded
    blocked = tmp_path / "data"
    blocked.mkdir()
    (blocked / SALT_NAME).mkdir()  # where the file should go; even root cannot write it
    salt = load_salt(blocked)
    # Then a salt is still returned, and the problem is logged
    assert len(salt) == 64
    assert any("chat hashes will change" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------- the report


def test_near_duplicate_questions_are_grouped_most_frequent_first() -> None:
    # Given questions with different case, punctuation, typos and word order
    questions = ["Who is the CEO of LSN?", "who is the ceo of lsn", "Who's the CEO of LSN",
                 "who is teh CEO of LSN?", "When did MAGIA3 run?", "when did magia 3 run",
                 "Wo ist das Büro?"]
    # When they are grouped
    groups = group_questions(questions)
    # Then the CEO questions are one group, MAGIA3 another, the office a third
    assert [g.count for g in groups] == [4, 2, 1]
    assert groups[0].question in questions[:4] and len(groups[0].variants) == 3
    assert groups[2].question == "Wo ist das Büro?" and groups[2].variants == ()


def test_different_questions_are_not_grouped() -> None:
    groups = group_questions(["When did ELISE run?", "When did MAGIA run?", "Who funded BFCC?"])
    assert [g.count for g in groups] == [1, 1, 1]


def fill(path: Path, clock: Clock) -> None:
    store = Insights(path, b"salt", clock=clock)
    for i in range(3):
        store.unanswered("Who is the CEO of LSN?", "en", "fallback", [], i)
    store.unanswered("who is the ceo of lsn", "en", "fallback", [], 3)
    store.unanswered("Was kostete MAGIA 2030?", "de", "amount", ["magia"], 4)
    store.feedback(1, "en", "dates", ["elise"], 1)
    store.feedback(-1, "en", "dates", ["elise"], 2)
    store.feedback(-1, "de", "list", ["bfcc", "magia"], 3)
    clock.now -= 40 * DAY
    store.unanswered("an old question", "en", "fallback", [], 5)
    store.close()
    clock.now += 40 * DAY


def test_the_report_shows_frequent_questions_counts_and_feedback_per_project(
    tmp_path: Path,
) -> None:
    # Given a month of questions and votes, and one question from 40 days ago
    path = database_path(tmp_path)
    fill(path, Clock())
    # When the report for the last 30 days is made
    text = report(path, 30, now=NOW)
    # Then it lists the grouped questions, the counts and the votes per project
    assert "Questions the bot could not answer: 5" in text
    assert "     4  Who is the CEO of LSN?\n        also: “who is the ceo of lsn”" in text
    assert "     1  Was kostete MAGIA 2030?" in text
    assert "By intent:   fallback 4, amount 1" in text
    assert "By language: en 4, de 1" in text
    assert "Feedback on answers: 3" in text
    assert "elise  👍    1  👎    1" in text and "magia  👍    0  👎    1" in text
    assert "an old question" not in text
    # And without --since, everything kept is in it
    assert "an old question" in report(path, None, now=NOW)


def test_the_report_without_a_database_says_so(tmp_path: Path) -> None:
    assert "No insights recorded yet" in report(database_path(tmp_path))


def test_python_m_bot_report_prints_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a data directory with insights
    fill(tmp_path / DB_NAME, Clock(__import__("time").time()))
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    # When `python -m bot report --since 30` runs
    status = cli.main(["report", "--since", "30"])
    # Then it prints the report
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("The last 30 days, since ")
    assert "     4  Who is the CEO of LSN?" in out and "an old question" not in out


def test_insights_report_includes_what_is_still_queued(store: Insights) -> None:
    store.unanswered("Who is the CEO?", "en", "fallback", [], 1)
    assert "     1  Who is the CEO?" in store.report()


# --------------------------------------------------------------------------- bounded (#16)


def same_group(groups: list[Group]) -> dict[str, str]:
    """Each wording with the usual wording of its group."""
    return {w: g.question for g in groups for w in (g.question, *g.variants)}


def test_grouping_in_blocks_finds_the_near_duplicates_of_generated_questions() -> None:
    # Given 2,000 distinct wordings of 536 questions (each also casual, with a typo, reordered)
    bases = wordings(2000)
    base_of = {w: i for i, group in enumerate(bases) for w in group}
    # When they are grouped
    groups = group_questions(dict.fromkeys(base_of, 1))
    # Then no group mixes two questions, and nearly every question is one group
    assert all(len({base_of[w] for w in (g.question, *g.variants)}) == 1 for g in groups)
    assert len(groups) <= len(bases) * 1.03


def test_grouping_in_blocks_agrees_with_comparing_every_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given 2,000 generated wordings, grouped by comparing neighbours in blocks
    asked = dict.fromkeys((w for group in wordings(2000) for w in group), 1)
    blocked = same_group(group_questions(asked))
    # When they are grouped again comparing every wording with every group
    monkeypatch.setattr(insights, "BLOCK", 10**9)
    everything = same_group(group_questions(asked))
    # Then at least 98% of the wordings end up with the same usual wording
    agree = sum(blocked[w] == everything[w] for w in asked)
    assert agree >= 0.98 * len(asked)


def test_counts_per_wording_are_summed_exactly() -> None:
    # Given counts per wording, as the database gives them
    asked = {"Who is the CEO?": 70, "who is the ceo": 20, "Who is teh CEO?": 10, "Wo?": 3}
    # When they are grouped
    groups = group_questions(asked)
    # Then the group counts are the sums, the most asked wording first
    assert [(g.count, g.question) for g in groups] == [(100, "Who is the CEO?"), (3, "Wo?")]
    assert groups[0].variants == ("who is the ceo", "Who is teh CEO?")


HOSTILE_QUESTION = "\x1b[2J\x1b]0;owned\x07 clear \u202eevil\u2066 \x9b31m"


def test_the_report_escapes_control_characters_everywhere(tmp_path: Path) -> None:
    # Given questions, intents, languages, projects and front ends holding terminal escapes
    path = database_path(tmp_path)
    store = Insights(path, b"salt", clock=Clock())
    store.unanswered(HOSTILE_QUESTION, "en\x1b[1m", "fallback\r", ["\x1b[31mbfcc"], 1,
                     source="\x07bell")
    store.unanswered(HOSTILE_QUESTION + "!", "en", "fallback", [], 2)
    store.feedback(-1, "en", "dates", ["\x1b[5melise"], 3, source="web\x00")
    store.close()
    # When the report is made, as text and through the store (as /report gets it)
    for text in (report(path, None, now=NOW), Insights(path, b"salt").report()):
        # Then no control character but the line breaks is left, and each is shown escaped
        assert not [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0
                    or c in "\u202e\u2066"]
        assert "\\x1b[2J\\x1b]0;owned\\x07 clear \\u202eevil\\u2066 \\x9b31m" in text
        assert "fallback\\r 1" in text and "en\\x1b[1m 1" in text and "\\x07bell 1" in text
        assert "\\x1b[5melise" in text and "web\\x00 1" in text


def test_python_m_bot_report_escapes_control_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a stored question with terminal escapes
    store = Insights(database_path(tmp_path), b"salt")
    store.unanswered(HOSTILE_QUESTION, "en", "fallback", [], 1)
    store.close()
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    # When `python -m bot report` prints the report
    assert cli.main(["report"]) == 0
    # Then the terminal gets the escapes as text
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out


@pytest.mark.parametrize("days", ["-1", "nan", "inf", "-inf", "1e20", "36501", "lots", "",
                                  "\x1b[31m"])
def test_report_refuses_a_bad_number_of_days(
    days: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a --since that is negative, not finite, absurd or not a number
    # When `python -m bot report --since` is given it
    with pytest.raises(SystemExit) as caught:
        cli.main(["report", f"--since={days}"])
    # Then it exits non-zero with one clear line naming the option, and no traceback
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "argument --since: " in err and "Traceback" not in err
    assert "days" in err.splitlines()[-1] and "\x1b" not in err


@pytest.mark.parametrize("days", [float("nan"), float("inf"), -1.0, 1e20])
def test_the_store_report_explains_a_bad_number_of_days(store: Insights, days: float) -> None:
    # Given a number of days /report passed on (Telegram reads it from the chat)
    # When the store makes the report
    text = store.report(days)
    # Then it says what is wrong instead of raising
    assert text.startswith("the number of days must be between 0 and 36,500")


@pytest.mark.parametrize("breakage", ["corrupt", "directory", "empty"])
def test_report_on_a_broken_database_fails_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    breakage: str,
) -> None:
    # Given garbage, a directory or an empty file where the database should be
    path = database_path(tmp_path)
    if breakage == "corrupt":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    elif breakage == "directory":
        path.mkdir()
    else:
        path.write_bytes(b"")
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    # When `python -m bot report` runs
    status = cli.main(["report"])
    # Then it says it cannot read the file, and why, and exits 1
    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == ""
    assert captured.err.startswith(f"Cannot read {path}: ")
    # And the store's report (for /report) says the same instead of raising
    with pytest.raises(ReportError):
        report(path)
    assert Insights(path, b"salt").report().startswith(f"Cannot read {path}: ")


def dropped_in_logs(caplog: pytest.LogCaptureFixture) -> int:
    """The dropped records the log lines count, added up."""
    found = [re.search(r"(\d+) records dropped since the last message", m) for m in
             errors(caplog)]
    return sum(int(m[1]) for m in found if m)


def test_dropped_records_are_counted_exactly_logged_and_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a directory in place of the database
    path = database_path(tmp_path)
    path.mkdir()
    store = Insights(path, b"salt", clock=Clock())
    # When 450 records come in (more than one batch) and are all dropped
    for i in range(450):
        store.unanswered(f"question {i}", "en", "fallback", [], i)
    assert store.flush()
    # Then the store counts 450, and the log lines say 450 together once it has closed down
    assert store.dropped == 450
    assert 0 < dropped_in_logs(caplog) <= 450
    # And once the database works again, the count is stored and the report shows it
    path.rmdir()
    store.unanswered("after the fix", "en", "fallback", [], 9)
    assert "Records lost before they were stored (queue full or database unusable): 450" in (
        store.report())
    store.close()
    assert dropped_in_logs(caplog) == 450
    assert "unusable): 450" in report(path, None, now=NOW)


def test_a_full_queue_counts_every_dropped_record(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Given a store with a small queue whose database another connection holds locked
    path = database_path(tmp_path)
    store = Insights(path, b"salt", queue_size=5, clock=Clock())
    store.unanswered("first", "en", "fallback", [], 1)
    assert store.flush()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        # When 300 more records come in while the writer waits for the lock
        for i in range(300):
            store.unanswered(f"question {i}", "en", "fallback", [], i)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    store.close()
    # Then every record is either stored or counted as dropped, in the store, log and report
    stored = len(rows(path, "unanswered"))
    assert stored + store.dropped == 301 and store.dropped > 0
    assert dropped_in_logs(caplog) == store.dropped
    assert f"unusable): {store.dropped}" in report(path, None, now=NOW)
