"""What people asked that the bot could not answer, what they thought of its answers, the report.

Every reply with ``answered: false`` is stored with its time, language, intent, the projects it
did recognise, a salted hash of the chat id and the question itself (the maintainers need the
words to improve the knowledge base; user names are never stored). 👍/👎 presses are stored the
same way, with the vote instead of the question. Each record names its front end (``source``:
``telegram`` or ``web``). Records older than the retention period are deleted; a retention of 0
days stores nothing at all.

Storage is SQLite in WAL mode under ``BOT_DATA_DIR``. Writing must never hold up answering, so
the front end only puts records on a bounded queue and one background thread writes them in
batches. A full queue or a broken, full or unwritable database is logged (at most once a minute)
and the records are dropped; the bot goes on answering.

:func:`report` reads the database for ``python -m bot report`` and the admins' ``/report``.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import math
import os
import queue
import re
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.text import normalize

log = logging.getLogger(__name__)

DB_NAME = "insights.sqlite"
SALT_NAME = "insights.salt"
DEFAULT_RETENTION_DAYS = 180
QUEUE_SIZE = 1000
QUESTION_LIMIT = 1000  # characters of a question that are kept
SIMILAR = 80  # rapidfuzz token_sort_ratio at which two questions count as one
_BATCH = 200
_PURGE_EVERY = 6 * 3600.0  # seconds
_COMPLAIN_EVERY = 60.0  # seconds between two log lines about the same trouble
_DAY = 86400.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS unanswered (
    at REAL NOT NULL, language TEXT NOT NULL, intent TEXT NOT NULL, projects TEXT NOT NULL,
    chat TEXT NOT NULL, question TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'telegram');
CREATE INDEX IF NOT EXISTS unanswered_at ON unanswered (at);
CREATE TABLE IF NOT EXISTS feedback (
    at REAL NOT NULL, language TEXT NOT NULL, intent TEXT NOT NULL, projects TEXT NOT NULL,
    chat TEXT NOT NULL, vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    source TEXT NOT NULL DEFAULT 'telegram');
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
CREATE TABLE IF NOT EXISTS dropped (at REAL NOT NULL, count INTEGER NOT NULL);
"""
_STOP = object()
_DROPPED = "%d records dropped since the last message (%d in all)"


@dataclass(frozen=True)
class Unanswered:
    """A question the bot could not answer."""

    at: float
    language: str
    intent: str
    projects: tuple[str, ...]
    chat: str
    question: str
    source: str = "telegram"


@dataclass(frozen=True)
class Feedback:
    """A 👍 (+1) or 👎 (-1) under an answer."""

    at: float
    language: str
    intent: str
    projects: tuple[str, ...]
    chat: str
    vote: int
    source: str = "telegram"


# --------------------------------------------------------------------------- configuration


def database_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the database lives: BOT_DATA_DIR (default ``data``)/insights.sqlite."""
    return Path(data_dir or os.environ.get("BOT_DATA_DIR", "").strip() or "data") / DB_NAME


def retention_days(env: Mapping[str, str] | None = None) -> int:
    """INSIGHTS_RETENTION_DAYS, default 180; 0 turns storing off."""
    raw = (os.environ if env is None else env).get("INSIGHTS_RETENTION_DAYS", "").strip()
    days = int(raw) if raw else DEFAULT_RETENTION_DAYS
    if days < 0:
        raise ValueError("INSIGHTS_RETENTION_DAYS must be 0 or more")
    return days


def load_salt(data_dir: Path, configured: str | None = None) -> bytes:
    """INSIGHTS_SALT if set, else a random salt kept in ``data_dir``, made on first use.

    Without a stable salt the same chat gets a new hash after each restart, which only weakens
    counting; so a salt that cannot be saved is logged and used anyway.
    """
    if configured:
        return configured.encode()
    path = data_dir / SALT_NAME
    try:
        if stored := path.read_text(encoding="ascii").strip():
            return stored.encode()
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("Cannot read the insights salt %s (%s); using a temporary one, so chat "
                    "hashes will change at the next start", path, exc)
        return secrets.token_hex(32).encode()
    return _new_salt(path)


def _new_salt(path: Path) -> bytes:
    salt = secrets.token_hex(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(salt + "\n")
    except FileExistsError:
        return load_salt(path.parent)
    except OSError as exc:
        log.warning("Cannot save the insights salt to %s (%s); chat hashes will change at the "
                    "next start", path, exc)
    return salt.encode()


# --------------------------------------------------------------------------- the store


@dataclass(eq=False)
class Insights:
    """The store. Record methods return at once and never raise; one thread does the writing."""

    path: Path
    salt: bytes = field(repr=False)
    retention_days: int = DEFAULT_RETENTION_DAYS
    queue_size: int = QUEUE_SIZE
    clock: Callable[[], float] = time.time
    _queue: queue.Queue[object] = field(init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)
    _db: sqlite3.Connection | None = field(default=None, init=False, repr=False)
    _purged_at: float = field(default=float("-inf"), init=False, repr=False)
    _complained: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _unsaved_drops: int = field(default=0, init=False, repr=False)  # not yet in the database
    _unlogged: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    dropped: int = field(default=0, init=False)  # records dropped since the store was made

    def __post_init__(self) -> None:
        self._queue = queue.Queue(self.queue_size)

    @classmethod
    def open(cls, data_dir: Path, salt: str | None = None,
             days: int = DEFAULT_RETENTION_DAYS) -> Insights:
        """The store under ``data_dir`` with the configured or the saved salt."""
        return cls(database_path(data_dir), load_salt(data_dir, salt), days)

    @property
    def enabled(self) -> bool:
        """False when the retention is 0 days: then nothing is stored."""
        return self.retention_days > 0

    def chat_hash(self, chat_id: int | str) -> str:
        """A salted hash of a chat id: the same chat counts once, but cannot be looked up."""
        return hmac.new(self.salt, str(chat_id).encode(), "sha256").hexdigest()[:16]

    def unanswered(self, question: str, language: str, intent: str, projects: Iterable[str],
                   chat_id: int | str, source: str = "telegram") -> None:
        """Queue a question the bot could not answer; ``source`` names the front end."""
        text = " ".join(question.split())[:QUESTION_LIMIT]
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be stored
        self._put(Unanswered(self.clock(), language, intent, tuple(projects),
                             self.chat_hash(chat_id), text, source))

    def feedback(self, vote: int, language: str, intent: str, projects: Iterable[str],
                 chat_id: int | str, source: str = "telegram") -> None:
        """Queue a 👍 (+1) or 👎 (-1); ``source`` names the front end."""
        self._put(Feedback(self.clock(), language, intent, tuple(projects),
                           self.chat_hash(chat_id), 1 if vote > 0 else -1, source))

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far is written (or dropped); False on timeout."""
        if self._thread is None:
            return True
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued, then stop the thread and close the database."""
        self._closed = True
        if self._thread is None:
            return
        try:
            self._queue.put(_STOP, timeout=timeout)
        except queue.Full:
            log.error("Insights queue still full at shutdown; %d records were not saved",
                      self._queue.qsize())
            return
        self._thread.join(timeout)

    def report(self, since_days: float | None = None) -> str:
        """The maintainers' report, including what was queued until now; a database that
        cannot be read or a bad number of days gives the reason instead."""
        self.flush()
        with self._lock:
            unsaved = self._unsaved_drops
        try:
            return report(self.path, since_days, now=self.clock(), unsaved_drops=unsaved)
        except (ReportError, ValueError) as exc:
            dropped = f"\n{_dropped_line(unsaved)}" if unsaved else ""
            return f"{_printable(str(exc))}{dropped}"

    # ----------------------------------------------------------------------- the writer

    def _put(self, record: Unanswered | Feedback) -> None:
        if not self.enabled or self._closed:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="insights", daemon=True)
            self._thread.start()
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            self._drop("The insights queue is full", 1)

    def _drop(self, reason: str, count: int) -> None:
        """Count dropped records exactly: in all, not yet in the database, not yet logged.
        ``reason`` is the first half of the log line."""
        with self._lock:
            self.dropped += count
            self._unsaved_drops += count
            self._unlogged[reason] += count
        self._log_drops()

    def _log_drops(self, now: bool = False) -> None:
        """One line per reason at most once a minute (or ``now``), with the true count."""
        for reason in list(self._unlogged):
            clock = time.monotonic()
            if not now and clock - self._complained.get(reason, float("-inf")) < _COMPLAIN_EVERY:
                continue
            with self._lock:
                count, self._unlogged[reason] = self._unlogged[reason], 0
                total = self.dropped
            if count:
                self._complained[reason] = clock
                log.error("%s; " + _DROPPED, reason, count, total)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            try:
                batch = [self._queue.get(timeout=_COMPLAIN_EVERY)]
            except queue.Empty:
                self._log_drops()
                continue
            while len(batch) < _BATCH and batch[-1] is not _STOP:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stopping = batch[-1] is _STOP
            records = [r for r in batch if isinstance(r, Unanswered | Feedback)]
            if records or self._unsaved_drops:
                self._write(records)
            for marker in batch:
                if isinstance(marker, threading.Event):
                    marker.set()
        self._log_drops(now=True)
        self._disconnect()

    def _write(self, records: Sequence[Unanswered | Feedback]) -> None:
        with self._lock:
            unsaved = self._unsaved_drops
        try:
            db = self._connect()
            with db:
                if unsaved:
                    db.execute("INSERT INTO dropped VALUES (?, ?)", (self.clock(), unsaved))
                db.executemany("INSERT INTO unanswered VALUES (?, ?, ?, ?, ?, ?, ?)", [
                    (r.at, r.language, r.intent, " ".join(r.projects), r.chat, r.question,
                     r.source) for r in records if isinstance(r, Unanswered)])
                db.executemany("INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)", [
                    (r.at, r.language, r.intent, " ".join(r.projects), r.chat, r.vote, r.source)
                    for r in records if isinstance(r, Feedback)])
        except Exception as exc:  # the writer thread must outlive any failure
            self._disconnect()
            why = _printable(f"{self.path} is not usable ({type(exc).__name__}: {exc})")
            self._drop(f"The insights database {why}", len(records))
            return
        with self._lock:
            self._unsaved_drops -= unsaved
        with contextlib.suppress(sqlite3.Error):
            self._purge(db)

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = connect_database(self.path)
        return self._db

    def _purge(self, db: sqlite3.Connection) -> None:
        """Delete records past the retention period, on the first write and then every 6 h."""
        if time.monotonic() - self._purged_at < _PURGE_EVERY:
            return
        cutoff = self.clock() - self.retention_days * _DAY
        with db:
            db.execute("DELETE FROM unanswered WHERE at < ?", (cutoff,))
            db.execute("DELETE FROM feedback WHERE at < ?", (cutoff,))
            db.execute("DELETE FROM dropped WHERE at < ?", (cutoff,))
        self._purged_at = time.monotonic()

    def _disconnect(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None



def connect_database(path: Path) -> sqlite3.Connection:
    """The database for writing, made or brought up to date where needed (WAL mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=5.0)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        _add_source_column(db)
    except BaseException:
        db.close()
        raise
    return db


def _add_source_column(db: sqlite3.Connection) -> None:
    """Databases made before records named their front end get the column (all Telegram)."""
    for table in ("unanswered", "feedback"):
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if "source" not in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN source TEXT NOT NULL "
                       "DEFAULT 'telegram'")


# --------------------------------------------------------------------------- the report

MAX_DAYS = 36_500  # the longest period a report can cover: a hundred years
BLOCK = 128  # wordings next to each other in one sort order that are compared with each other


class ReportError(Exception):
    """The insights database cannot be read; the message says why, for people."""


@dataclass(frozen=True)
class Group:
    """Near-duplicate questions: how often they were asked, the usual wording, the others."""

    count: int
    question: str
    variants: tuple[str, ...]


def check_days(days: float) -> float:
    """A number of days a report can cover, or ValueError saying what is wrong with it."""
    if not math.isfinite(days) or not 0 <= days <= MAX_DAYS:
        raise ValueError(f"the number of days must be between 0 and {MAX_DAYS:,}, not "
                         f"{days:g}")
    return days


def group_questions(questions: Iterable[str] | Mapping[str, int],
                    similar: int = SIMILAR) -> list[Group]:
    """Group questions that differ only in case, punctuation, typos or word order; most first.

    Wordings with the same normalised words, in any order, are one group at once. Then each
    wording, most frequent first, joins the most similar group it is compared with (rapidfuzz
    token_sort_ratio >= ``similar``) or starts a group of its own. It is compared only with
    the groups among its neighbours in two sort orders (by words and by their ends), so the
    cost is O(n log n) in distinct wordings, not O(n^2); a near-duplicate that differs at both
    ends of its sorted words can stay apart.
    """
    counts = questions if isinstance(questions, Mapping) else Counter(questions)
    wordings: dict[str, Counter[str]] = {}
    for question, count in counts.items():
        wordings.setdefault(_sorted_words(question), Counter())[question] += count
    totals = {key: sum(c.values()) for key, c in wordings.items()}
    keys = sorted(wordings, key=lambda k: (-totals[k], k))
    members: dict[str, list[str]] = {}
    for key, leader in _leaders(keys, similar):
        members.setdefault(leader, []).append(key)
    groups = [_group(wordings, group_keys) for group_keys in members.values()]
    return sorted(groups, key=lambda g: (-g.count, g.question))


def _sorted_words(question: str) -> str:
    """token_sort_ratio's view of a question, after normalising: its words in order."""
    return " ".join(sorted((normalize(question) or question).split())) or question


def _leaders(keys: Sequence[str], similar: int) -> Iterator[tuple[str, str]]:
    """Each key with the key that leads its group, deciding in the order given."""
    buckets = [_buckets(keys, order) for order in (lambda k: k, lambda k: k[::-1])]
    leaders: list[list[list[str]]] = [[[] for _ in b[1]] for b in buckets]
    for key in keys:
        choices = [leader for (place, _), found in zip(buckets, leaders, strict=True)
                   for near in _near(place[key], len(found)) for leader in found[near]]
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=similar)
        if best is None:
            for (place, _), found in zip(buckets, leaders, strict=True):
                found[place[key]].append(key)
        yield key, best[0] if best else key


def _buckets(keys: Sequence[str], order: Callable[[str], str]
             ) -> tuple[dict[str, int], list[int]]:
    """Which bucket of BLOCK // 2 neighbours in this sort order each key falls in."""
    ranked = sorted(keys, key=order)
    half = max(1, BLOCK // 2)
    place = {key: i // half for i, key in enumerate(ranked)}
    return place, list(range(len(ranked) // half + 1))


def _near(bucket: int, count: int) -> range:
    return range(max(0, bucket - 1), min(count, bucket + 2))


def _group(wordings: Mapping[str, Counter[str]], keys: Sequence[str]) -> Group:
    counts: Counter[str] = Counter()
    for key in keys:
        counts.update(wordings[key])
    ranked = [q for q, _ in sorted(counts.items(), key=lambda qc: (-qc[1], qc[0]))]
    return Group(sum(counts.values()), ranked[0], tuple(ranked[1:]))


@dataclass(frozen=True)
class _Figures:
    """What the report shows, read from the database in a few aggregate queries."""

    questions: Counter[str]
    intents: Counter[str]
    languages: Counter[str]
    votes: Counter[tuple[str, int]]
    sources: dict[str, Counter[str]]
    dropped: int


def report(path: Path, since_days: float | None = None, *, now: float | None = None,
           top: int = 20, unsaved_drops: int = 0) -> str:
    """The plain-text report: frequent unanswered questions, counts, feedback per project.

    Raises ValueError for a bad number of days and ReportError for a database that cannot be
    read. Every stored text is printed with its control characters escaped."""
    now = time.time() if now is None else now
    since = now - check_days(since_days) * _DAY if since_days is not None else float("-inf")
    if not path.exists():
        return f"No insights recorded yet ({_printable(str(path))} does not exist)."
    figures = _read(path, since)
    dropped = figures.dropped + unsaved_drops
    return "\n".join([
        _period(since_days, since), *([_dropped_line(dropped)] if dropped else []), "",
        *_unanswered_section(figures, top), *_by_source(figures.sources["unanswered"]), "",
        *_feedback_section(figures.votes), *_by_source(figures.sources["feedback"])])


def _read(path: Path, since: float) -> _Figures:
    shown = _printable(str(path))
    if not path.is_file():
        raise ReportError(f"Cannot read {shown}: it is not a file")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ReportError(f"Cannot read {shown}: {exc}") from None
    try:
        return _figures(db, since)
    except sqlite3.Error as exc:
        raise ReportError(f"Cannot read {shown}: {exc}") from None
    finally:
        db.close()


def _figures(db: sqlite3.Connection, since: float) -> _Figures:
    questions: Counter[str] = Counter()
    intents: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    sources: dict[str, Counter[str]] = {"unanswered": Counter(), "feedback": Counter()}
    for question, intent, language, source, count in _grouped(
            db, "unanswered", "question, intent, language", since):
        questions[str(question)] += count
        intents[_printable(str(intent))] += count
        languages[_printable(str(language))] += count
        sources["unanswered"][_printable(str(source))] += count
    votes: Counter[tuple[str, int]] = Counter()
    for projects, vote, source, count in _grouped(db, "feedback", "projects, vote", since):
        votes[(str(projects), vote)] += count
        sources["feedback"][_printable(str(source))] += count
    return _Figures(questions, intents, languages, votes, sources, _dropped(db, since))


def _grouped(db: sqlite3.Connection, table: str, columns: str, since: float
             ) -> list[tuple[Any, ...]]:
    """The table's rows since then, counted by the columns and the front end, in one pass; a
    database from before records named their front end is all Telegram."""
    where, args = ("WHERE at >= ?", (since,)) if since > float("-inf") else ("", ())
    try:
        return db.execute(f"SELECT {columns}, source, count(*) FROM {table} {where} "
                          f"GROUP BY {columns}, source", args).fetchall()
    except sqlite3.OperationalError as exc:
        if "source" not in str(exc):
            raise
        return db.execute(f"SELECT {columns}, 'telegram', count(*) FROM {table} {where} "
                          f"GROUP BY {columns}", args).fetchall()


def _dropped(db: sqlite3.Connection, since: float) -> int:
    """Records that were dropped and never stored; a database from before this knows none."""
    try:
        return int(db.execute("SELECT coalesce(sum(count), 0) FROM dropped WHERE at >= ?",
                              (since,)).fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _dropped_line(count: int) -> str:
    return f"Records lost before they were stored (queue full or database unusable): {count}"


def _by_source(counts: Counter[str]) -> list[str]:
    """One line naming the front ends, once records come from another one than Telegram."""
    return ["By source:   " + _counts(counts)] if set(counts) - {"telegram"} else []


def _period(since_days: float | None, since: float) -> str:
    if since_days is None:
        return "Everything recorded (use --since DAYS for a shorter period)"
    day = datetime.fromtimestamp(since, UTC).date().isoformat()
    return f"The last {since_days:g} days, since {day}"


def _unanswered_section(figures: _Figures, top: int) -> list[str]:
    lines = [f"Questions the bot could not answer: {figures.questions.total()}"]
    if not figures.questions:
        return lines
    groups = group_questions(figures.questions)
    lines.append(f"Most frequent, near-duplicates grouped ({min(top, len(groups))} of "
                 f"{len(groups)}):")
    for group in groups[:top]:
        lines.append(f"{group.count:6}  {_printable(_short(group.question))}")
        if group.variants:
            also = ", ".join(f"“{_printable(_short(v, 40))}”" for v in group.variants[:3])
            more = f" and {len(group.variants) - 3} more" if len(group.variants) > 3 else ""
            lines.append(f"        also: {also}{more}")
    lines.append("By intent:   " + _counts(figures.intents))
    lines.append("By language: " + _counts(figures.languages))
    return lines


def _feedback_section(votes: Counter[tuple[str, int]]) -> list[str]:
    lines = [f"Feedback on answers: {votes.total()}"]
    per_project: dict[str, Counter[int]] = {}
    for (projects, vote), count in votes.items():
        for project in projects.split() or ["(no project)"]:
            per_project.setdefault(_printable(_short(project, 40)), Counter())[vote] += count
    ranked = sorted(per_project.items(), key=lambda kv: (-kv[1][-1], -kv[1][1], kv[0]))
    width = max((len(p) for p in per_project), default=0)
    lines += [f"  {p:<{width}}  👍 {c[1]:4}  👎 {c[-1]:4}" for p, c in ranked]
    return lines


def _counts(counter: Counter[str]) -> str:
    ranked = sorted(counter.items(), key=lambda kc: (-kc[1], kc[0]))
    return ", ".join(f"{_short(key, 40)} {count}" for key, count in ranked)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                          "\u2066-\u2069]")


def _printable(text: str) -> str:
    """Control characters, line separators and bidi overrides escaped (\\x1b, \\u202e), so a
    stored question cannot move the cursor, recolour or reorder a maintainer's terminal."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)
