"""``python -m benchmarks.report_speed --rows N --distinct K``: seconds and peak RSS of
``python -m bot report`` on an insights database of N unanswered questions in K distinct
wordings, printed as JSON.

The wordings are near-duplicates as people write them: each base question also comes in lower
case without its question mark, with a typo, and with two words swapped, so the grouping has
real work to do. How often each is asked follows a Zipf-like curve. The database is made first
(not timed); the report runs in a process of its own, the only child of a fresh process, so its
peak RSS is its own.
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
from pathlib import Path

from bot.insights import DB_NAME, connect_database

ROOT = Path(__file__).resolve().parent.parent
NOW = 1_750_000_000.0
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "gel", "hom", "kis",
              "lun", "mar", "nor", "pel", "rik", "sol", "tam", "wen", "zor"]
_ASKS = ["Who is the head of", "How much money did", "When will there be news about",
         "Where can I read about", "Is there a follow-up to", "Who paid for",
         "Wie viel kostete", "Wer leitet", "Gibt es Ergebnisse von", "What came before"]


def base_questions(count: int, seed: int = 1) -> list[str]:
    """``count`` different questions: an opening and two or three made-up names."""
    rng = random.Random(seed)
    seen: dict[str, None] = {}
    while len(seen) < count:
        names = [("".join(rng.choices(_SYLLABLES, k=rng.randint(3, 5)))).capitalize()
                 for _ in range(rng.randint(3, 4))]
        seen[f"{rng.choice(_ASKS)} {' '.join(names)}?"] = None
    return list(seen)


def variants(question: str, rng: random.Random) -> list[str]:
    """The question and three near-duplicates: casual, with a typo, with two words swapped."""
    words = question.rstrip("?").split()
    typo = list(words)
    i = rng.randrange(len(typo))
    if len(typo[i]) > 3:
        j = rng.randrange(len(typo[i]) - 1)
        typo[i] = typo[i][:j] + typo[i][j + 1] + typo[i][j] + typo[i][j + 2:]
    swapped = list(words)
    swapped[-1], swapped[-2] = swapped[-2], swapped[-1]
    return [question, question.rstrip("?").lower(), " ".join(typo) + "?", " ".join(swapped) + "?"]


def wordings(distinct: int, seed: int = 1) -> list[list[str]]:
    """Groups of near-duplicate wordings, ``distinct`` wordings in all (each its own string)."""
    rng = random.Random(seed)
    groups, seen = [], set()
    for question in base_questions(distinct, seed):
        group = [w for w in dict.fromkeys(variants(question, rng)) if w not in seen]
        seen.update(group)
        groups.append(group)
        if len(seen) >= distinct:
            break
    return groups


def make_database(folder: Path, rows: int, distinct: int, seed: int = 1) -> Path:
    """An insights database in ``folder`` with ``rows`` questions in ``distinct`` wordings."""
    flat = [w for group in wordings(distinct, seed) for w in group][:distinct]
    rng = random.Random(seed)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(flat))]
    path = folder / DB_NAME
    db = connect_database(path)
    with db:
        for start in range(0, rows, 100_000):
            asked = rng.choices(flat, weights, k=min(100_000, rows - start))
            db.executemany("INSERT INTO unanswered VALUES (?, ?, ?, ?, ?, ?, ?)", [
                (NOW - (start + i) % 86400, "en", "fallback", "", f"{i % 5000:016x}", q,
                 "telegram") for i, q in enumerate(asked)])
    db.close()
    return path


MEASURE = """\
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "bot", "report"], capture_output=True, text=True)
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(done.returncode, wall, peak)
print(done.stdout, end="")
"""


def measure(rows: int, distinct: int) -> dict[str, object]:
    """Make the database, then run `python -m bot report` on it once."""
    with tempfile.TemporaryDirectory(prefix="lsn-report-") as folder:
        start = time.perf_counter()
        make_database(Path(folder), rows, distinct)
        made = time.perf_counter() - start
        env = {**os.environ, "BOT_DATA_DIR": folder}
        done = subprocess.run([sys.executable, "-c", MEASURE], cwd=ROOT, env=env, check=True,
                              capture_output=True, text=True)
    head, _, output = done.stdout.partition("\n")
    code, wall, peak = head.split()
    if int(code):
        raise RuntimeError(f"python -m bot report failed:\n{done.stderr[-2000:]}")
    groups = next((line for line in output.splitlines() if "near-duplicates" in line), "")
    return {"rows": rows, "distinct": distinct, "seconds": float(wall),
            "peak_rss_mb": float(peak), "make_s": made, "groups_line": groups.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.report_speed")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--distinct", type=int, default=10_000)
    args = parser.parse_args(argv)
    json.dump(measure(args.rows, args.distinct), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
