"""Fuzz the JSON-lines interface: ``python -m benchmarks.fuzz [-n 100000] [--seed 13]``.

Generates seeded input lines of every kind that once killed ``python -m bot chat --jsonl`` or
made ``answer()`` raise (invalid UTF-8, deep nesting, huge chat ids, lone surrogates, NaN and
Infinity, Unicode digits such as ❸ and ➀, wrong types, unknown languages, over-long texts and
lines) mixed with real questions and dialogs in a few hundred chats; pipes them through the real
process and checks: it exits 0, and every non-blank line got exactly one reply that is valid
UTF-8 and standard JSON, none of them an internal error. Prints the figures; exit 1 if any
check fails. ``tests/test_jsonl.py`` runs a few thousand of these lines in the normal suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "when did BFCC run?", "and who funded it?", "Wer hat ELISE gefördert?", "und wann endete es?",
    "which projects did the ERDF fund?", "the second one", "the ➀ one", "projects in ❸",
    "welche Projekte liefen 2018?", "show me a timeline", "what about MAGIA?", "how many?",
    "which project ran longest?", "who led BONEBANK?", "projects about stem cells", "?", "",
    "Zeitstrahl der Projekte von 2016 bis 2020", "the ⑳ one", "projects from 2０18", "²⁰¹⁸",
]
ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ", "äöüßÄÖÜ ", "0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९❶❷❸➀➁①②⑳²³¼Ⅻ ",
    "😀👍🏽‍♀️\u200b\u200d\u202e\u2066\ufeff\u0301\u0308 ", "<>&\"'*_`[]()#.!?\\/{}|~^%$@ ",
    "שלום مرحبا こんにちは 你好 Привет ", "\x00\x01\x07\x1b\x7f\x85\u2028\u2029\t ",
]


def _text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(QUESTIONS)
    alphabet = "".join(rng.sample(ALPHABETS, rng.randint(1, 3)))
    words = [rng.choice(QUESTIONS).split(" ")[0]] if rng.random() < 0.3 else []
    size = rng.choice([1, 3, 12, 40, 200])
    return " ".join(words + ["".join(rng.choice(alphabet) for _ in range(size))])


def _chat(rng: random.Random) -> object:
    return rng.choice([rng.randrange(300), f"c{rng.randrange(300)}", -rng.randrange(10**12)])


def _message(rng: random.Random) -> dict[str, object]:
    message: dict[str, object] = {"chat": _chat(rng), "text": _text(rng)}
    if rng.random() < 0.2:
        message["language"] = rng.choice(["en", "de", None])
    return message


def _good(rng: random.Random) -> bytes:
    return json.dumps(_message(rng), ensure_ascii=rng.random() < 0.5).encode("utf-8")


def _surrogate(rng: random.Random) -> bytes:
    key = rng.choice(["text", "chat", "language"])
    escape = rng.choice(["\\ud800", "\\udfff", "\\udbff\\udbff", "x\\ud83d"])
    message = _message(rng) | {key: "@@"}
    return json.dumps(message).replace("@@", escape).encode()


def _constant(rng: random.Random) -> bytes:
    value = rng.choice(["NaN", "Infinity", "-Infinity", "1e400", "-1e999", "1.5", "1e3"])
    key = rng.choice(["chat", "language", "extra"])
    message = {"chat": 1, "text": _text(rng)} | {key: "@@"}
    return json.dumps(message).replace('"@@"', value).encode()


def _huge_chat(rng: random.Random) -> bytes:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([20, 400, 4400, 9000])))
    chat = rng.choice([f"1{digits}", f"-1{digits}", json.dumps("x" * len(digits))])
    return f'{{"chat": {chat}, "text": {json.dumps(_text(rng))}}}'.encode()


def _deep(rng: random.Random) -> bytes:
    depth = rng.choice([50, 900, 5_000, 100_000])
    inner = rng.choice(["[" * depth + "]" * depth, "{\"a\":" * depth + "1" + "}" * depth])
    return f'{{"chat": 1, "text": "hi", "x": {inner}}}'.encode()


def _invalid_utf8(rng: random.Random) -> bytes:
    good = _good(rng)
    cut = rng.randrange(len(good) + 1)
    junk = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80\x80",
                       bytes(rng.randrange(128, 256) for _ in range(5))])
    return good[:cut] + junk + good[cut:]


def _wrong_shape(rng: random.Random) -> bytes:
    return rng.choice([
        b"[]", b"null", b"42", b'"text"', b'{"chat": 1}', b'{"text": 5}', b'{"text": null}',
        b'{"text": ["a"]}', b'{"chat": [1], "text": "hi"}', b'{"chat": {"a": 1}, "text": "hi"}',
        b'{"chat": true, "text": "hi"}', b'{"chat": 1.5, "text": "hi"}', b'{"chat": 1, "text"',
        b"not json", b"{", b'{"chat": 1, "text": "hi"} trailing', b"\x00", b"\xef\xbb\xbf{}",
        json.dumps({"chat": 1, "text": "hi", "language": rng.choice(["fr", "EN", "", 1])}
                   ).encode(),
        json.dumps({"chat": 1, "text": "x" * rng.choice([4097, 20_000])}).encode(),
    ])


def _long_line(rng: random.Random) -> bytes:
    return json.dumps({"chat": 1, "text": "a" * 300_000}).encode()


KINDS: list[tuple[str, float, Callable[[random.Random], bytes]]] = [
    ("question", 0.55, _good), ("lone surrogate", 0.08, _surrogate),
    ("NaN/Infinity/number", 0.06, _constant), ("huge chat id", 0.05, _huge_chat),
    ("deep nesting", 0.04, _deep), ("invalid UTF-8", 0.12, _invalid_utf8),
    ("wrong shape", 0.0995, _wrong_shape), ("line over the limit", 0.0005, _long_line),
]


def lines(count: int, seed: int = 13) -> Iterator[tuple[str, bytes]]:
    """(kind, line without its ending) pairs; no line is blank or holds a newline."""
    rng = random.Random(seed)
    names, weights, makers = zip(*KINDS, strict=True)
    for _ in range(count):
        index = rng.choices(range(len(KINDS)), weights)[0]
        line = makers[index](rng).replace(b"\n", b" ").replace(b"\r", b" ")
        yield names[index], line if line.strip() else b"{}"


def check_replies(output: bytes) -> Counter[str]:
    """Counts of the replies: valid ones, errors, internal errors, and broken ones."""
    counts: Counter[str] = Counter()
    for raw in output.splitlines():
        try:
            reply = json.loads(raw.decode("utf-8"), parse_constant=_refuse)
        except (UnicodeDecodeError, ValueError):
            counts["not valid UTF-8 or not standard JSON"] += 1
            continue
        counts["replies"] += 1
        if "internal error" in str(reply.get("error", "")):
            counts["internal errors"] += 1
        elif "error" in reply:
            counts["error objects"] += 1
        else:
            counts["answers"] += 1
    return counts


def _refuse(name: str) -> None:
    raise ValueError(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz", description=__doc__)
    parser.add_argument("-n", type=int, default=100_000, help="lines (default %(default)s)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    generated = list(lines(args.n, args.seed))
    stdin = b"".join(line + b"\n" for _, line in generated)
    with tempfile.TemporaryDirectory(prefix="lsn-fuzz-") as data:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot", "chat", "--jsonl"], input=stdin,
                              capture_output=True, cwd=ROOT, check=False,
                              env=os.environ | {"BOT_DATA_DIR": data})
        took = time.perf_counter() - start
    counts = check_replies(done.stdout)
    kinds = Counter(kind for kind, _ in generated).most_common()
    print(f"lines: {len(generated)} ({', '.join(f'{k} {v}' for k, v in kinds)})")
    print(f"exit status: {done.returncode}; {took:.0f} s; "
          + "; ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    ok = (done.returncode == 0 and counts["replies"] == len(generated)
          and not counts["internal errors"] and not counts["not valid UTF-8 or not standard JSON"])
    print("OK: one valid reply per line" if ok else "FAILED")
    if done.stderr:
        print(done.stderr.decode("utf-8", "replace")[-2000:], file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
