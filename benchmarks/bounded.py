"""Hostile and outlying inputs (#16): ``python -m benchmarks.bounded PART``, one JSON object.

- ``noise``: milliseconds of ``answer`` on 2,000 characters of noise of several kinds (random
  printable characters, letters with spaces, short made-up words, Unicode, digits, punctuation),
  the slowest input and its kind.
- ``timeline``: the first timeline picture through JSON lines: a fresh ``python -m bot chat
  --jsonl`` answers one question, then the milliseconds from writing "show me a timeline" to
  reading its reply (which names the saved picture): the matplotlib import, drawing, saving.
- ``bombs``: ``python -m bot check`` on YAML bombs (benchmarks.hostile), a FIFO and /dev/zero:
  wall seconds and peak RSS of each, each the only child of a fresh process.
- ``report --rows N``: ``python -m bot report`` on N rows in 10,000 distinct wordings
  (benchmarks.report_speed).

:func:`measure` runs them all for ``python -m benchmarks``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import hostile, report_speed
from benchmarks.report import Row

ROOT = Path(__file__).resolve().parent.parent
NOISE_LENGTH = 2000
DISTINCT = 10_000
TARGET_REPORT_S = 10.0  # at a million rows
TARGET_HOSTILE_S = 2.0
TARGET_HOSTILE_MB = 100.0
LABELS = (
    "first timeline through JSON lines (fresh process, after one answer)",
    "worst of {inputs} noise inputs of 2,000 characters",
    "python -m bot report, {rows} rows in 10,000 distinct wordings",
    "python -m bot check on YAML bombs, a FIFO and /dev/zero",
)


def _noise_kinds(rng: random.Random) -> dict[str, Callable[[], str]]:
    def words(size: tuple[int, int]) -> str:
        return " ".join("".join(rng.choices(string.ascii_lowercase, k=rng.randint(*size)))
                        for _ in range(NOISE_LENGTH))[:NOISE_LENGTH]

    return {
        "printable ASCII": lambda: "".join(rng.choices(string.printable, k=NOISE_LENGTH)),
        "letters and spaces": lambda: "".join(
            rng.choices(string.ascii_lowercase + "   ", k=NOISE_LENGTH)),
        "made-up words of 1-4 letters": lambda: words((1, 4)),
        "made-up words of 5-12 letters": lambda: words((5, 12)),
        "Unicode": lambda: "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(NOISE_LENGTH)),
        "years and numbers": lambda: " ".join(
            str(rng.randint(1900, 2100)) for _ in range(NOISE_LENGTH))[:NOISE_LENGTH],
        "punctuation": lambda: "".join(rng.choices(string.punctuation + " ", k=NOISE_LENGTH)),
    }


def noise(per_kind: int) -> dict[str, Any]:
    """The slowest answer to 2,000 characters of noise, over ``per_kind`` inputs per kind."""
    from bot.conversation import State, answer
    from bot.knowledge import load

    kb = load()
    answer("hello", State(), kb)
    times: list[tuple[float, str]] = []
    for kind, make in _noise_kinds(random.Random(16)).items():
        for _ in range(per_kind):
            text = make()
            start = time.perf_counter()
            answer(text, State(), kb)
            times.append(((time.perf_counter() - start) * 1e3, kind))
    worst, kind = max(times)
    return {"worst_ms": worst, "worst_kind": kind, "inputs": len(times),
            "median_ms": statistics.median(t for t, _ in times)}


def first_timeline() -> dict[str, Any]:
    """Milliseconds to the first timeline reply of a fresh JSON-lines process."""
    with tempfile.TemporaryDirectory(prefix="lsn-timeline-") as folder:
        env = {**os.environ, "BOT_DATA_DIR": folder}
        env.pop("KNOWLEDGE_PATH", None)
        child = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--jsonl"], cwd=ROOT,
                                 env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 text=True, encoding="utf-8")
        assert child.stdin and child.stdout
        try:
            _ask(child, "when did BFCC run?")
            start = time.perf_counter()
            reply = _ask(child, "show me a timeline")
            took = (time.perf_counter() - start) * 1e3
        finally:
            child.stdin.close()
            child.wait(30)
    return {"first_ms": took, "image": bool(reply.get("image"))}


def _ask(child: subprocess.Popen[str], text: str) -> dict[str, Any]:
    assert child.stdin and child.stdout
    child.stdin.write(json.dumps({"chat": 1, "text": text}) + "\n")
    child.stdin.flush()
    return json.loads(child.stdout.readline())


MEASURE = """\
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "bot", "check", sys.argv[1]], capture_output=True,
                      text=True, timeout=600)
wall = time.perf_counter() - start
print(done.returncode, wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def bombs() -> dict[str, Any]:
    """Seconds and peak RSS of `python -m bot check` on each hostile file."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="lsn-bombs-") as folder:
        paths = {}
        for name, make in hostile.BOMBS.items():
            paths[name] = Path(folder) / f"{len(paths)}.yaml"
            paths[name].write_text(make(), encoding="utf-8")
        if hasattr(os, "mkfifo"):
            paths["a FIFO"] = Path(folder) / "fifo.yaml"
            os.mkfifo(paths["a FIFO"])
        if Path("/dev/zero").exists():
            paths["/dev/zero"] = Path("/dev/zero")
        for name, path in paths.items():
            done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=ROOT,
                                  capture_output=True, text=True, check=True)
            code, wall, rss = done.stdout.split()
            out[name] = {"refused": int(code) == 1, "seconds": float(wall), "rss_mb": float(rss)}
    return out


def _python(*args: str) -> Any:
    done = subprocess.run([sys.executable, "-m", "benchmarks.bounded", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode:
        raise RuntimeError(f"benchmarks.bounded {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def measure(quick: bool, reps: int) -> dict[str, Any]:
    """Every part, each in fresh processes: for `python -m benchmarks`."""
    rows = (1_000, 5_000) if quick else (10_000, 1_000_000)
    return {
        "noise": _python("noise", "--per-kind", "1" if quick else "20"),
        "timeline": [_python("timeline") for _ in range(reps)],
        "bombs": _python("bombs"),
        "report": [_python("report", "--rows", str(n)) for n in rows],
    }


def rows(bounded: dict[str, Any]) -> list[Row]:
    """The rows of the benchmark table: the first timeline, the worst noise, the report at
    scale, hostile knowledge files."""
    first = statistics.median(r["first_ms"] for r in bounded["timeline"])
    noise = bounded["noise"]
    reports = bounded["report"]
    largest = reports[-1]
    met = largest["seconds"] <= TARGET_REPORT_S if largest["rows"] >= 1_000_000 else None
    files = bounded["bombs"].values()
    slowest = max(f["seconds"] for f in files)
    biggest = max(f["rss_mb"] for f in files)
    refused = all(f["refused"] for f in files)
    return [
        Row(LABELS[0], f"{first:.0f} ms (median of {len(bounded['timeline'])} processes)"),
        Row(LABELS[1].format(inputs=noise["inputs"]),
            f"{noise['worst_ms']:.0f} ms ({noise['worst_kind']}); median {noise['median_ms']:.0f}"
            " ms"),
        Row(LABELS[2].format(rows=" / ".join(f"{r['rows']:,}" for r in reports)),
            " / ".join(f"{r['seconds']:.2f}" for r in reports) + " s; peak RSS "
            + " / ".join(f"{r['peak_rss_mb']:.0f}" for r in reports) + " MB",
            f"<= {TARGET_REPORT_S:g} s at 1,000,000 rows", met),
        Row(LABELS[3], f"slowest {slowest:.2f} s, peak RSS {biggest:.0f} MB ({len(files)} files"
                       f", {'all' if refused else 'NOT all'} refused)",
            f"< {TARGET_HOSTILE_S:g} s, < {TARGET_HOSTILE_MB:g} MB",
            refused and slowest < TARGET_HOSTILE_S and biggest < TARGET_HOSTILE_MB),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bounded")
    parser.add_argument("part", choices=["noise", "timeline", "bombs", "report"])
    parser.add_argument("--per-kind", type=int, default=20, help="noise inputs of each kind")
    parser.add_argument("--rows", type=int, default=10_000, help="report: rows")
    args = parser.parse_args(argv)
    if args.part == "noise":
        result = noise(args.per_kind)
    elif args.part == "timeline":
        result = first_timeline()
    elif args.part == "bombs":
        result = bombs()
    else:
        result = report_speed.measure(args.rows, DISTINCT)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
