"""The durable store of the Telegram front end: the updates in flight and the conversations.

One SQLite database in WAL mode, ``BOT_DATA_DIR/telegram.sqlite``, beside the insights database:

- ``updates``: every update is recorded by ``update_id`` *before* it is handled (a duplicate
  ``update_id`` is refused) and marked done once its reply is sent, in the same transaction as
  the conversation's new state. What is still pending after a crash is handled again at the next
  start, if it is younger than the replay window.
- ``conversations``: the conversation state (``State.to_dict()``) of a private chat, or of one
  user in a group. Idle ones are evicted after the retention period.
- ``messages``: the state after each answer the bot sent, so that a reply to that message takes
  its subject from it.
- ``stash``: button payloads too long for Telegram's 64 bytes of callback data.
- ``votes``: one 👍/👎 per user and message.
- ``meta``: the key that signs feedback buttons.

Writes are small and run on the event loop (WAL with ``synchronous=NORMAL``: a commit survives a
killed process, not a power cut). A write that fails (full disk, read-only folder) is logged at
most once a minute and the bot goes on answering. A damaged database file is moved aside with a
warning and a new one is started.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

STORE_NAME = "telegram.sqlite"
DEFAULT_RETENTION_DAYS = 30
DEFAULT_REPLAY_SECONDS = 300.0
_DONE_KEPT = 2 * 86400.0  # seconds a handled update_id is remembered, to drop a repeat
_DAY = 86400.0
_COMPLAIN_EVERY = 60.0
_PROBE_BYTES = 64 * 1024
_SCHEMA = """
CREATE TABLE IF NOT EXISTS updates (
    update_id INTEGER PRIMARY KEY, body TEXT, received REAL NOT NULL, done INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (key TEXT PRIMARY KEY, state TEXT NOT NULL,
    at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS messages (chat INTEGER NOT NULL, message_id INTEGER NOT NULL,
    state TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (chat, message_id));
CREATE TABLE IF NOT EXISTS stash (key TEXT PRIMARY KEY, value TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS votes (message TEXT NOT NULL, user INTEGER NOT NULL,
    at REAL NOT NULL, PRIMARY KEY (message, user));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class StoreUnusable(Exception):
    """The data folder cannot hold the store: missing rights, full, not a folder."""


@dataclass
class Staged:
    """What handling one update changes, written together when it is done."""

    conversation: tuple[str, dict[str, Any]] | None = None
    messages: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    keep_pending: bool = False  # interrupted by shutdown: handle it again after the restart


class Store:
    """The SQLite store. Use :meth:`open`; every method is cheap enough for the event loop."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._staged: dict[int, Staged] = {}
        self._stashed: dict[str, float] = {}
        self._secrets: dict[str, bytes] = {}
        self._complained = 0.0

    # ----------------------------------------------------------------------- opening

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (or create) the store in ``data_dir``; a damaged file is moved aside first.

        Raises :class:`StoreUnusable` when the folder cannot be written.
        """
        probe_folder(data_dir)
        path = data_dir / STORE_NAME
        try:
            return cls(_connect(path), path)
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "full" in str(exc) or "unable to open" in str(exc):
                raise StoreUnusable(f"{path}: {exc}") from None
            moved = _move_aside(path, exc)
        except sqlite3.DatabaseError as exc:
            moved = _move_aside(path, exc)
        log.warning("The conversation store %s was damaged; moved it to %s and started a new "
                    "one (conversations and unanswered updates in it are not used)", path, moved)
        try:
            return cls(_connect(path), path)
        except sqlite3.Error as exc:
            raise StoreUnusable(f"{path}: {exc}") from None

    def close(self) -> None:
        """Checkpoint and close the database."""
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()

    # ----------------------------------------------------------------------- updates

    def record(self, update_id: int, body: str, now: float | None = None) -> bool:
        """Record an update before it is handled; False if this update_id was seen before."""
        return self.record_many([(update_id, body)], now) == [True]

    def record_many(self, updates: list[tuple[int, str]], now: float | None = None
                    ) -> list[bool]:
        """Record a batch of updates in one transaction; for each, whether it is new."""
        now = time.time() if now is None else now
        try:
            with self._transaction():
                return [self._db.execute("INSERT OR IGNORE INTO updates VALUES (?, ?, ?, 0)",
                                         (update_id, body, now)).rowcount == 1
                        for update_id, body in updates]
        except sqlite3.Error as exc:
            self._complain("recording an update", exc)
            return [True] * len(updates)  # answering matters more than remembering

    def pending(self, max_age: float, now: float | None = None) -> list[tuple[int, str]]:
        """Updates recorded but never finished that are younger than ``max_age`` seconds, in
        order. Older ones are given up (and counted in the log)."""
        now = time.time() if now is None else now
        with self._transaction():
            rows = self._db.execute(
                "SELECT update_id, body FROM updates WHERE done = 0 AND received >= ? "
                "ORDER BY update_id", (now - max_age,)).fetchall()
            stale = self._db.execute(
                "UPDATE updates SET done = 2, body = NULL WHERE done = 0 AND received < ?",
                (now - max_age,)).rowcount
        if stale:
            log.warning("%d updates left unanswered by a crash were older than %.0f s and are "
                        "not answered now", stale, max_age)
        return [(int(u), str(b)) for u, b in rows]

    def stage(self, update_id: int) -> Staged:
        """The changes collected while handling this update."""
        staged = self._staged.get(update_id)
        if staged is None:
            staged = self._staged[update_id] = Staged()
        return staged

    def finish(self, update_id: int | None, now: float | None = None) -> None:
        """The update is handled: write its changes and mark it done, in one transaction."""
        staged = self._staged.pop(update_id, None) if update_id is not None else None
        if staged is not None and staged.keep_pending:
            return
        now = time.time() if now is None else now
        try:
            with self._transaction():
                if staged is not None:
                    self._write(staged, now)
                if update_id is not None:
                    self._db.execute("UPDATE updates SET done = 1, body = NULL "
                                     "WHERE update_id = ?", (update_id,))
        except sqlite3.Error as exc:
            self._complain("saving a conversation", exc)

    def _write(self, staged: Staged, now: float) -> None:
        if staged.conversation is not None:
            key, state = staged.conversation
            self._db.execute("INSERT OR REPLACE INTO conversations VALUES (?, ?, ?)",
                             (key, json.dumps(state), now))
        self._db.executemany("INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?)",
                             [(c, m, json.dumps(s), now) for c, m, s in staged.messages])

    # ----------------------------------------------------------------------- conversations

    def conversation(self, key: str) -> dict[str, Any] | None:
        """The saved state of one conversation, as ``State.to_dict()`` wrote it."""
        return self._load("SELECT state FROM conversations WHERE key = ?", (key,))

    def message_state(self, chat: int, message_id: int) -> dict[str, Any] | None:
        """The state after the answer the bot sent as this message, if it is remembered."""
        return self._load("SELECT state FROM messages WHERE chat = ? AND message_id = ?",
                          (chat, message_id))

    def _load(self, sql: str, args: tuple[Any, ...]) -> dict[str, Any] | None:
        try:
            row = self._db.execute(sql, args).fetchone()
            return json.loads(row[0]) if row else None
        except (sqlite3.Error, ValueError) as exc:
            self._complain("reading a conversation", exc)
            return None

    # ----------------------------------------------------------------------- buttons

    def stash(self, key: str, value: str) -> None:
        """Keep a button payload under ``key`` (refreshed at most once an hour)."""
        now = time.time()
        if now - self._stashed.get(key, 0.0) < 3600:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO stash VALUES (?, ?, ?)", (key, value, now))
        except sqlite3.Error as exc:
            self._complain("keeping a button", exc)
            return
        if len(self._stashed) > 4096:
            self._stashed.clear()
        self._stashed[key] = now

    def unstash(self, key: str) -> str | None:
        """A payload kept by :meth:`stash`, or None once it has expired."""
        try:
            row = self._db.execute("SELECT value FROM stash WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._complain("reading a button", exc)
            return None
        return str(row[0]) if row else None

    def first_vote(self, message: str, user: int) -> bool:
        """Note that ``user`` voted on ``message``; False if they had voted on it before."""
        try:
            cursor = self._db.execute("INSERT OR IGNORE INTO votes VALUES (?, ?, ?)",
                                      (message, user, time.time()))
        except sqlite3.Error as exc:
            self._complain("noting a vote", exc)
            return False
        return cursor.rowcount == 1

    def secret(self, name: str) -> bytes:
        """A random key kept in the store, made on first use."""
        if name in self._secrets:
            return self._secrets[name]
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
        if not row:
            value = secrets.token_bytes(32)
            self._db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (name, value.hex()))
            return self.secret(name)
        self._secrets[name] = bytes.fromhex(row[0])
        return self._secrets[name]

    # ----------------------------------------------------------------------- retention

    def purge(self, retention_days: float, now: float | None = None) -> int:
        """Evict conversations idle for ``retention_days`` and what belongs to them; forget
        handled update ids after two days. Returns how many conversations went."""
        now = time.time() if now is None else now
        idle = now - retention_days * _DAY
        try:
            with self._transaction():
                gone = self._db.execute("DELETE FROM conversations WHERE at < ?",
                                        (idle,)).rowcount
                for table in ("messages", "stash", "votes"):
                    self._db.execute(f"DELETE FROM {table} WHERE at < ?", (idle,))
                self._db.execute("DELETE FROM updates WHERE done != 0 AND received < ?",
                                 (now - _DONE_KEPT,))
        except sqlite3.Error as exc:
            self._complain("evicting idle conversations", exc)
            return 0
        self._stashed.clear()
        return gone

    # ----------------------------------------------------------------------- helpers

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _complain(self, doing: str, exc: Exception) -> None:
        now = time.monotonic()
        if now - self._complained >= _COMPLAIN_EVERY:
            self._complained = now
            log.error("The conversation store failed while %s (%s: %s); answering goes on, "
                      "but conversations may not survive a restart", doing,
                      type(exc).__name__, exc)


def probe_folder(data_dir: Path) -> None:
    """Make sure ``data_dir`` exists and takes writes: create it, write 64 KiB, delete them."""
    probe = data_dir / ".write-probe"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as out:
            out.write(b"\0" * _PROBE_BYTES)
            out.flush()
            os.fsync(out.fileno())
        probe.unlink(missing_ok=True)
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        raise StoreUnusable(f"{data_dir}: {exc.strerror or exc}") from None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=2000")
        if (check := db.execute("PRAGMA quick_check").fetchone()[0]) != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {check}")
        db.executescript(_SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def _move_aside(path: Path, why: Exception) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; the new name."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    log.debug("Store damage: %s", why)
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            try:
                source.rename(f"{target}{suffix}")
            except OSError as exc:
                raise StoreUnusable(f"{path} is damaged and cannot be moved: {exc}") from None
    return target
