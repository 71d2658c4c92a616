"""Memory of the JSON-lines interface under many chats:
``python -m benchmarks.jsonl_memory [-n 200000]``.

Starts ``python -m bot chat --jsonl`` with its default limits, sends one question in each of N
distinct chats (chat ids of 40 characters, a follow-up question every tenth line), and prints as
JSON the resident memory after the first answer and at the end (VmRSS, and the peak VmHWM,
from /proc), and how many chats the LRU keeps (JSONL_MAX_CHATS). Without eviction the growth
was 210 MB for 200,000 chats; the target is under 100 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

from benchmarks.report import Row

ROOT = Path(__file__).resolve().parent.parent
TARGET_GROWTH_MB = 100.0
LABELS = ("memory, JSON lines with {chats} distinct chats: RSS growth",)
QUESTIONS = ("when did BFCC run?", "who funded ELISE?", "which projects ran in 2018?",
             "and who led it?", "Wer hat MAGIA gefördert?")


def _rss_mb(pid: int) -> dict[str, float]:
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines()
    fields = dict(line.split(":", 1) for line in status if ":" in line)
    return {key: int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")}


def _feed(stdin: IO[str], chats: int) -> None:
    for n in range(1, chats):
        text = QUESTIONS[n % len(QUESTIONS)]
        stdin.write(json.dumps({"chat": f"user-{n:035d}", "text": text}) + "\n")
    stdin.close()


def measure(chats: int) -> dict[str, Any]:
    """RSS of a fresh interface after its first answer and after ``chats`` distinct chats."""
    with tempfile.TemporaryDirectory(prefix="lsn-jsonl-") as data:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat", "--jsonl"], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ | {"BOT_DATA_DIR": data})
        assert process.stdin and process.stdout
        process.stdin.write(json.dumps({"chat": "user-0", "text": QUESTIONS[0]}) + "\n")
        process.stdin.flush()
        process.stdout.readline()
        start = _rss_mb(process.pid)
        feeder = threading.Thread(target=_feed, args=(process.stdin, chats), daemon=True)
        feeder.start()
        answered = 1
        for _ in range(chats - 1):
            answered += bool(process.stdout.readline())
        end = _rss_mb(process.pid)
        process.stdout.close()
        process.wait(timeout=60)
    return {"chats": chats, "answered": answered, "start_mb": start["VmRSS"],
            "end_mb": end["VmRSS"], "peak_mb": end["VmHWM"],
            "growth_mb": end["VmHWM"] - start["VmRSS"]}


def rows(runs: list[dict[str, Any]]) -> list[Row]:
    """The table's row: growth of the peak over the RSS after the first answer."""
    run = sorted(runs, key=lambda r: r["growth_mb"])[len(runs) // 2]
    full = run["chats"] >= 200_000
    return [Row(LABELS[0].format(chats=f"{run['chats']:,}"),
                f"{run['growth_mb']:.0f} MB ({run['start_mb']:.0f} MB after the first answer, "
                f"peak {run['peak_mb']:.0f} MB; {run['answered']:,} answers)",
                f"< {TARGET_GROWTH_MB:g} MB at 200,000" if full else "",
                run["growth_mb"] < TARGET_GROWTH_MB if full else None)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.jsonl_memory", description=__doc__)
    parser.add_argument("-n", type=int, default=200_000, help="distinct chats")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.n)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
