"""The JSON-lines interface: an error object for every bad line and the process goes on; output
always valid UTF-8 and standard JSON; chats evicted by an LRU with a cap and an idle retention;
timeline pictures cached under a size cap."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import fuzz
from bot.jsonl import (
    MAX_LINE_BYTES,
    ChatStates,
    ConfigError,
    Limits,
    Session,
    prune,
    serve,
)
from bot.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
BAD_LINES = {
    "invalid UTF-8": b'{"chat": 1, "text": "caf\xc3"}',
    "invalid UTF-8 outside a string": b"\xff\xfe{}",
    "deep nesting": b'{"chat": 1, "text": "hi", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "a chat id of thousands of digits": b'{"chat": 1' + b"0" * 5000 + b', "text": "hi"}',
    "a chat id over 64 bits": b'{"chat": 18446744073709551616, "text": "hi"}',
    "a long string chat id": json.dumps({"chat": "x" * 1000, "text": "hi"}).encode(),
    "a float chat id": b'{"chat": 1.5, "text": "hi"}',
    "a list as chat id": b'{"chat": [1], "text": "hi"}',
    "a lone surrogate in the text": b'{"chat": 1, "text": "hi \\ud800"}',
    "a lone surrogate in the chat": b'{"chat": "\\udfff", "text": "hi"}',
    "NaN": b'{"chat": NaN, "text": "hi"}',
    "Infinity": b'{"chat": 1, "text": "hi", "x": -Infinity}',
    "an unknown language": b'{"chat": 1, "text": "hi", "language": "fr"}',
    "a text over the limit": json.dumps({"chat": 1, "text": "a" * 5000}).encode(),
    "no text": b'{"chat": 1}',
    "not an object": b"[1, 2]",
    "not JSON": b"this is not json",
}


def standard_json(raw: bytes) -> dict[str, object]:
    """Parse one output line, refusing anything but valid UTF-8 and standard JSON."""
    return json.loads(raw.decode("utf-8"), parse_constant=lambda name: 1 / 0)


def converse(kb: KnowledgeBase, session: Session, *messages: dict[str, object]
             ) -> list[dict[str, object]]:
    stdin = io.BytesIO(b"".join(json.dumps(m).encode() + b"\n" for m in messages))
    out = io.BytesIO()
    serve(stdin, out, session)
    return [standard_json(line) for line in out.getvalue().splitlines()]


def test_every_bad_line_gets_an_error_and_the_process_goes_on(tmp_path: Path) -> None:
    # Given each kind of line that once ended the process, each followed by a good question,
    # sent as bytes under a UTF-8 locale
    good = b'{"chat": 1, "text": "when did BFCC run?"}'
    stdin = b"".join(bad + b"\n" + good + b"\n" for bad in BAD_LINES.values())
    # When they go through `python -m bot chat --jsonl`
    done = subprocess.run([sys.executable, "-m", "bot", "chat", "--jsonl"], input=stdin,
                          capture_output=True, cwd=tmp_path, timeout=60,
                          env=os.environ | {"LC_ALL": "C.UTF-8", "BOT_DATA_DIR": str(tmp_path)})
    # Then it exits 0, with one valid UTF-8 standard-JSON object per line
    assert done.returncode == 0, done.stderr
    replies = [standard_json(line) for line in done.stdout.splitlines()]
    assert len(replies) == 2 * len(BAD_LINES)
    # And each bad line got an error saying what is wrong, and the question after it an answer
    for (kind, _), error, answer in zip(BAD_LINES.items(), replies[::2], replies[1::2],
                                        strict=True):
        assert set(error) <= {"error", "line"} and error["error"], kind
        assert "internal" not in error["error"], kind
        assert answer["projects"] == ["bfcc"] and answer["answered"] is True, kind
    assert "Traceback" not in done.stderr.decode()


def test_errors_say_what_is_wrong(kb: KnowledgeBase, tmp_path: Path) -> None:
    session = Session(kb, data_dir=tmp_path)
    errors = {kind: session.handle(line)["error"] for kind, line in BAD_LINES.items()}
    assert errors["invalid UTF-8"] == "not valid UTF-8 (byte 25)"
    assert errors["deep nesting"] == "malformed JSON: nested too deeply"
    assert errors["a lone surrogate in the text"].startswith("'text' is not valid Unicode")
    assert errors["NaN"] == "not standard JSON: NaN is not allowed"
    assert errors["an unknown language"] == "'language' must be \"en\" or \"de\" (or left out)"
    assert errors["a chat id over 64 bits"].startswith("'chat' must be a string of at most")
    assert errors["a text over the limit"] == "'text' is longer than 4096 characters"


def test_a_line_over_the_limit_is_dropped_not_kept(kb: KnowledgeBase, tmp_path: Path) -> None:
    # Given a line longer than the limit between two questions
    long = json.dumps({"chat": 1, "text": "a" * (MAX_LINE_BYTES + 10)}).encode()
    stdin = io.BytesIO(b'{"text": "hi"}\n' + long + b'\n{"text": "when did BFCC run?"}\n')
    out = io.BytesIO()
    # When they are served
    serve(stdin, out, Session(kb, data_dir=tmp_path))
    # Then the long line gets an error and the lines around it their answers
    replies = [standard_json(line) for line in out.getvalue().splitlines()]
    assert [("error" in r) for r in replies] == [False, True, False]
    assert replies[2]["projects"] == ["bfcc"]


def test_the_seeded_fuzz_gives_one_valid_reply_per_line(kb: KnowledgeBase, tmp_path: Path
                                                        ) -> None:
    # Given 3,000 generated lines of every hostile kind mixed with dialogs (seeded)
    lines = [line for _, line in fuzz.lines(3000, seed=2026)]
    out = io.BytesIO()
    # When they are served in one session
    stdin = io.BytesIO(b"".join(line + b"\n" for line in lines))
    serve(stdin, out, Session(kb, data_dir=tmp_path))
    # Then each got exactly one reply, valid UTF-8 and standard JSON, and none was an internal
    # error (which would mean that answer() raised)
    counts = fuzz.check_replies(out.getvalue())
    assert counts["replies"] == len(lines)
    assert counts["internal errors"] == 0 and counts["answers"] > 1000


def test_an_lru_with_a_cap_keeps_only_the_most_recent_chats(kb: KnowledgeBase, tmp_path: Path
                                                             ) -> None:
    # Given a session that keeps at most 50 chats
    session = Session(kb, Limits(max_chats=50), data_dir=tmp_path)
    # When 1,000 distinct chats ask about ELISE
    converse(kb, session, *({"chat": n, "text": "when did ELISE run?"} for n in range(1000)))
    # Then only the 50 most recent are kept
    assert len(session.states) == 50
    assert ("int", 999) in session.states and ("int", 949) not in session.states
    # And a kept chat's follow-up still refers to ELISE, while an evicted one starts afresh
    kept, evicted = converse(kb, session, {"chat": 999, "text": "and who funded it?"},
                             {"chat": 0, "text": "and who funded it?"})
    assert kept["projects"] == ["elise"] and kept["answered"] is True
    assert evicted["projects"] == []


def test_a_chat_idle_past_the_retention_starts_afresh(kb: KnowledgeBase, tmp_path: Path) -> None:
    # Given a clock we move and a retention of one hour
    now = [0.0]
    session = Session(kb, Limits(idle_seconds=3600), data_dir=tmp_path, clock=lambda: now[0])
    converse(kb, session, {"chat": "a", "text": "when did ELISE run?"},
             {"chat": "b", "text": "when did BFCC run?"})
    # When "b" speaks again after 50 minutes and "a" after 61
    now[0] = 3000.0
    (b,) = converse(kb, session, {"chat": "b", "text": "who funded it?"})
    now[0] = 3660.0
    (a,) = converse(kb, session, {"chat": "a", "text": "who funded it?"})
    # Then "b" is remembered and "a" was forgotten
    assert b["projects"] == ["bfcc"]
    assert a["projects"] == []


def test_chat_states_evict_the_least_recently_used() -> None:
    states = ChatStates(max_chats=2, idle_seconds=10, clock=lambda: 0.0)
    for key in ("a", "b", "a", "c"):
        states.put(key, states.get(key))
    assert "a" in states and "c" in states and "b" not in states


def test_timeline_pictures_are_cached_under_a_size_cap(kb: KnowledgeBase, tmp_path: Path) -> None:
    # Given a cache with room for (about) one picture
    session = Session(kb, Limits(timeline_cache_bytes=1), data_dir=tmp_path)
    # When three different timelines are asked for, and the last one again
    asked = ["timeline of ERDF projects", "timeline of Interreg projects", "timeline", "timeline"]
    replies = converse(kb, session, *({"chat": 1, "text": t} for t in asked))
    # Then each reply names its picture, the same timeline the same file, and only the most
    # recent picture is left on disk
    images = [Path(str(r["image"])) for r in replies]
    assert len(set(images)) == 3 and images[2] == images[3]
    assert sorted((tmp_path / "timelines").iterdir()) == [images[3]]


def test_prune_deletes_the_least_recently_used_first(tmp_path: Path) -> None:
    # Given four pictures of 100 bytes, used at times 1, 2, 3 and 4
    for age in range(1, 5):
        picture = tmp_path / f"timeline-{age}.png"
        picture.write_bytes(b"x" * 100)
        os.utime(picture, (age, age))
    # When the cache is pruned to 250 bytes, keeping the oldest one
    deleted = prune(tmp_path, 250, keep=tmp_path / "timeline-1.png")
    # Then the next oldest two went, and the kept and the newest stay
    assert deleted == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline-1.png", "timeline-4.png"]


def test_limits_come_from_the_environment() -> None:
    limits = Limits.from_env({"JSONL_MAX_CHATS": "20", "JSONL_IDLE_SECONDS": "60",
                              "TIMELINE_CACHE_MB": "1.5"})
    assert limits == Limits(20, 60.0, 1_572_864)
    assert Limits.from_env({}) == Limits()
    for name, value in (("JSONL_MAX_CHATS", "0"), ("JSONL_IDLE_SECONDS", "nan"),
                        ("TIMELINE_CACHE_MB", "lots")):
        with pytest.raises(ConfigError, match=name):
            Limits.from_env({name: value})


def test_a_wrong_limit_stops_the_interface_with_a_clear_message(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "chat", "--jsonl"], input="",
                          capture_output=True, text=True, cwd=tmp_path, timeout=60,
                          env=os.environ | {"JSONL_MAX_CHATS": "many"})
    assert done.returncode == 2
    assert done.stderr == ("Configuration error: JSONL_MAX_CHATS must be a number of at least "
                           "1, not 'many'\n")
