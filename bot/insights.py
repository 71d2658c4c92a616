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
import os
import queue
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

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
"""
_STOP = object()


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
            log.error("Insights queue still full at shutdown; some records were not saved")
            return
        self._thread.join(timeout)

    def report(self, since_days: float | None = None) -> str:
        """The maintainers' report, including what was queued until now."""
        self.flush()
        return report(self.path, since_days, now=self.clock())

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
            self._complain("full", "The insights queue is full; a record was dropped")

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch = [self._queue.get()]
            while len(batch) < _BATCH and batch[-1] is not _STOP:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stopping = batch[-1] is _STOP
            records = [r for r in batch if isinstance(r, Unanswered | Feedback)]
            if records:
                self._write(records)
            for marker in batch:
                if isinstance(marker, threading.Event):
                    marker.set()
        self._disconnect()

    def _write(self, records: Sequence[Unanswered | Feedback]) -> None:
        try:
            db = self._connect()
            with db:
                db.executemany("INSERT INTO unanswered VALUES (?, ?, ?, ?, ?, ?, ?)", [
                    (r.at, r.language, r.intent, " ".join(r.projects), r.chat, r.question,
                     r.source) for r in records if isinstance(r, Unanswered)])
                db.executemany("INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)", [
                    (r.at, r.language, r.intent, " ".join(r.projects), r.chat, r.vote, r.source)
                    for r in records if isinstance(r, Feedback)])
            self._purge(db)
        except Exception as exc:  # the writer thread must outlive any failure
            self._complain("write", "The insights database %s is not usable (%s: %s); %d "
                           "records dropped", self.path, type(exc).__name__, exc, len(records))
            self._disconnect()

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=5.0)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.executescript(_SCHEMA)
                _add_source_column(db)
            except BaseException:
                db.close()
                raise
            self._db = db
        return self._db

    def _purge(self, db: sqlite3.Connection) -> None:
        """Delete records past the retention period, on the first write and then every 6 h."""
        if time.monotonic() - self._purged_at < _PURGE_EVERY:
            return
        cutoff = self.clock() - self.retention_days * _DAY
        with db:
            db.execute("DELETE FROM unanswered WHERE at < ?", (cutoff,))
            db.execute("DELETE FROM feedback WHERE at < ?", (cutoff,))
        self._purged_at = time.monotonic()

    def _disconnect(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def _complain(self, key: str, message: str, *args: object) -> None:
        now = time.monotonic()
        if now - self._complained.get(key, float("-inf")) >= _COMPLAIN_EVERY:
            self._complained[key] = now
            log.error(message, *args)


def _add_source_column(db: sqlite3.Connection) -> None:
    """Databases made before records named their front end get the column (all Telegram)."""
    for table in ("unanswered", "feedback"):
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if "source" not in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN source TEXT NOT NULL "
                       "DEFAULT 'telegram'")


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Group:
    """Near-duplicate questions: how often they were asked, the usual wording, the others."""

    count: int
    question: str
    variants: tuple[str, ...]


def group_questions(questions: Iterable[str], similar: int = SIMILAR) -> list[Group]:
    """Group questions that differ only in case, punctuation, typos or word order; most first."""
    wordings: dict[str, Counter[str]] = {}
    for question in questions:
        wordings.setdefault(normalize(question) or question, Counter())[question] += 1
    keys = sorted(wordings, key=lambda k: -sum(wordings[k].values()))
    members: dict[str, list[str]] = {}
    for key in keys:
        found = process.extractOne(key, list(members), scorer=fuzz.token_sort_ratio,
                                   score_cutoff=similar)
        members.setdefault(found[0] if found else key, []).append(key)
    groups = []
    for keys_in_group in members.values():
        counts = sum((wordings[k] for k in keys_in_group), Counter())
        ranked = [q for q, _ in counts.most_common()]
        groups.append(Group(sum(counts.values()), ranked[0], tuple(ranked[1:])))
    return sorted(groups, key=lambda g: (-g.count, g.question))


def report(path: Path, since_days: float | None = None, *, now: float | None = None,
           top: int = 20) -> str:
    """The plain-text report: frequent unanswered questions, counts, feedback per project."""
    now = time.time() if now is None else now
    since = now - since_days * _DAY if since_days is not None else float("-inf")
    if not path.exists():
        return f"No insights recorded yet ({path} does not exist)."
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        asked = db.execute("SELECT question, intent, language FROM unanswered WHERE at >= ?",
                           (since,)).fetchall()
        votes = db.execute("SELECT projects, vote FROM feedback WHERE at >= ?",
                           (since,)).fetchall()
        sources = {table: _sources(db, table, since) for table in ("unanswered", "feedback")}
    except sqlite3.Error as exc:
        return f"Cannot read {path}: {exc}"
    finally:
        db.close()
    return "\n".join([_period(since_days, since), "", *_unanswered_section(asked, top),
                      *_by_source(sources["unanswered"]), "", *_feedback_section(votes),
                      *_by_source(sources["feedback"])])


def _sources(db: sqlite3.Connection, table: str, since: float) -> Counter[str]:
    """Records per front end; a database from before the column was added is all Telegram."""
    try:
        rows = db.execute(f"SELECT source, count(*) FROM {table} WHERE at >= ? GROUP BY source",
                          (since,)).fetchall()
    except sqlite3.OperationalError:
        rows = db.execute(f"SELECT 'telegram', count(*) FROM {table} WHERE at >= ?",
                          (since,)).fetchall()
    return Counter({source: count for source, count in rows if count})


def _by_source(counts: Counter[str]) -> list[str]:
    """One line naming the front ends, once records come from another one than Telegram."""
    return ["By source:   " + _counts(counts)] if set(counts) - {"telegram"} else []


def _period(since_days: float | None, since: float) -> str:
    if since_days is None:
        return "Everything recorded (use --since DAYS for a shorter period)"
    day = datetime.fromtimestamp(since, UTC).date().isoformat()
    return f"The last {since_days:g} days, since {day}"


def _unanswered_section(asked: Sequence[tuple[str, str, str]], top: int) -> list[str]:
    lines = [f"Questions the bot could not answer: {len(asked)}"]
    if not asked:
        return lines
    groups = group_questions(q for q, _, _ in asked)
    lines.append(f"Most frequent, near-duplicates grouped ({min(top, len(groups))} of "
                 f"{len(groups)}):")
    for group in groups[:top]:
        lines.append(f"{group.count:6}  {_short(group.question)}")
        if group.variants:
            also = ", ".join(f"“{_short(v, 40)}”" for v in group.variants[:3])
            more = f" and {len(group.variants) - 3} more" if len(group.variants) > 3 else ""
            lines.append(f"        also: {also}{more}")
    lines.append("By intent:   " + _counts(Counter(intent for _, intent, _ in asked)))
    lines.append("By language: " + _counts(Counter(language for _, _, language in asked)))
    return lines


def _feedback_section(votes: Sequence[tuple[str, int]]) -> list[str]:
    lines = [f"Feedback on answers: {len(votes)}"]
    per_project: dict[str, Counter[int]] = {}
    for projects, vote in votes:
        for project in projects.split() or ["(no project)"]:
            per_project.setdefault(project, Counter())[vote] += 1
    ranked = sorted(per_project.items(), key=lambda kv: (-kv[1][-1], -kv[1][1], kv[0]))
    width = max((len(p) for p in per_project), default=0)
    lines += [f"  {p:<{width}}  👍 {c[1]:4}  👎 {c[-1]:4}" for p, c in ranked]
    return lines


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{key} {count}" for key, count in counter.most_common())


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
