"""``python -m benchmarks [--quick] [--reps N] [--markdown FILE]``: every benchmark, one table.

Each figure is the median of several repetitions, each in a fresh process: start-up through
``python -m bot ask``; load, index, latency, accuracy and peak RSS for the real knowledge base and
for generated ones of 1,000 and 10,000 projects (``benchmarks.worker``); messages per second
through python-telegram-bot and the fake Bot API server, and through JSON lines
(``benchmarks.throughput``); the web chat's API (``benchmarks.web``); and the naive difflib
matcher for comparison (``benchmarks.baseline``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks import bounded, jsonl_memory, rows, web
from benchmarks.report import Row, machine, table
from benchmarks.rows import LARGE, build_rows
from benchmarks.throughput import ptb_available

ROOT = Path(__file__).resolve().parent.parent
STARTUP_QUESTION = "When did BFCC start?"


@dataclass(frozen=True)
class Plan:
    """How much to run: the full benchmark or the quick smoke run."""

    reps: int
    sizes: tuple[int, ...]
    mix: int
    passes: int
    baseline: tuple[int, int]  # questions for the baseline: real KB, generated KBs
    messages: int  # throughput
    limited_messages: int  # throughput with the app's own rate limiter (0: skip)
    startups: int = 5  # fresh processes for the start-up figure
    web: tuple[int, int] = (200, 8)  # web API: conversations at once, questions in each
    chats: int = 200_000  # distinct chats for the JSON-lines memory figure

    @classmethod
    def choose(cls, quick: bool, reps: int | None) -> Plan:
        if quick:  # a smoke run: every figure measured once, on tiny sizes, no verdicts
            return cls(reps or 1, (50, 100), 20, 1, (5, 2), 20, 0, 1, (10, 1), 500)
        return cls(reps or 3, (1000, 10_000), 400, 2, (200, 10), 1000, 120)

    @property
    def quick(self) -> bool:
        return self.sizes[-1] < LARGE


def _python(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def startup(reps: int) -> list[float]:
    """Seconds from process start to the first answer, once per fresh process."""
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        _python("-m", "bot", "ask", STARTUP_QUESTION)
        times.append(time.perf_counter() - start)
    return times


def worker(plan: Plan, kb: Path | None, baseline: int, labelled: bool = False
           ) -> list[dict[str, Any]]:
    """Run benchmarks.worker once per repetition, each in a fresh process."""
    args = ["-m", "benchmarks.worker", "--mix", str(plan.mix), "--passes", str(plan.passes),
            "--baseline", str(baseline)]
    if kb:
        args += ["--kb", str(kb)]
    if labelled:
        args.append("--labelled")
    return [json.loads(_python(*args)) for _ in range(plan.reps)]


def throughput(via: str, count: int, reps: int, unlimited: bool = False) -> dict[str, Any]:
    """Messages per second (median over repetitions), or why it could not be measured."""
    args = ["-m", "benchmarks.throughput", "--via", via, "-n", str(count)]
    if unlimited:
        args.append("--unlimited")
    runs = [json.loads(_python(*args)) for _ in range(reps)]
    if "unavailable" in runs[0]:
        return runs[0]
    return {**runs[0], "per_second": statistics.median(r["per_second"] for r in runs),
            "runs": [r["per_second"] for r in runs]}


PARTS = ("startup", "sizes", "throughput", "timeline", "web", "jsonl_memory", "bounded")


def measure(plan: Plan, folder: Path, parts: tuple[str, ...] = PARTS) -> dict[str, Any]:
    """Every figure of the chosen parts, as data for the report."""
    results: dict[str, Any] = {}
    for part in parts:
        _progress(part)
        results |= MEASURES[part](plan, folder)
    return results


def _startup(plan: Plan, folder: Path) -> dict[str, Any]:
    return {"startup": startup(plan.startups),
            "real": worker(plan, None, plan.baseline[0], labelled=True)}


def _sizes(plan: Plan, folder: Path) -> dict[str, Any]:
    results: dict[Any, Any] = {}
    for size in plan.sizes:
        path, took = _timed_write(size, folder)
        results[size] = worker(plan, path, plan.baseline[1])
        results[size][0]["generate_s"] = took
    return results


def _throughput(plan: Plan, folder: Path) -> dict[str, Any]:
    why = ptb_available()
    results = {"ptb": (throughput("ptb", plan.messages, plan.reps, unlimited=True)
                       if why is None else {"unavailable": why})}
    if why is None and plan.limited_messages:
        results["ptb_limited"] = throughput("ptb", plan.limited_messages, 1)
    results["jsonl"] = throughput("jsonl", plan.messages, plan.reps)
    return results


def _timeline(plan: Plan, folder: Path) -> dict[str, Any]:
    renders = str(1 if plan.quick else plan.reps + 2)
    return {"timeline": [json.loads(_python("-m", "benchmarks.timeline", "-n", renders))
                         for _ in range(plan.reps)]}


def _web(plan: Plan, folder: Path) -> dict[str, Any]:
    sessions, turns = (str(n) for n in plan.web)
    return {"web": [json.loads(_python("-m", "benchmarks.web", "--sessions", sessions,
                                       "--turns", turns)) for _ in range(plan.reps)]}


MEASURES: dict[str, Callable[[Plan, Path], dict[str, Any]]] = {
    "startup": _startup, "sizes": _sizes, "throughput": _throughput, "timeline": _timeline,
    "web": _web,
    "jsonl_memory": lambda plan, _: {
        "jsonl_memory": [jsonl_memory.measure(plan.chats) for _ in range(plan.reps)]},
    "bounded": lambda plan, _: {"bounded": bounded.measure(quick=plan.quick, reps=plan.reps)},
}
# The rows of a part measured alone (--only); "sizes" and "throughput" need the whole run.
PART_ROWS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": rows._startup_rows, "timeline": rows._timeline_rows,
    "web": lambda r: web.rows(r["web"]), "bounded": lambda r: bounded.rows(r["bounded"]),
    "jsonl_memory": lambda r: jsonl_memory.rows(r["jsonl_memory"]),
}


def _timed_write(size: int, folder: Path) -> tuple[Path, float]:
    """Generate in a child process: a child started later inherits this process's peak RSS as
    its own ru_maxrss starting point, so this one must stay small."""
    start = time.perf_counter()
    path = Path(_python("-m", "benchmarks.generate", str(size), str(folder)).strip())
    return path, time.perf_counter() - start


def _parts(text: str) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in text.split(",") if p.strip())
    if not parts or not set(parts) <= set(PART_ROWS):
        raise argparse.ArgumentTypeError(f"parts are some of {', '.join(sorted(PART_ROWS))}")
    return parts


def _progress(what: str) -> None:
    print(f"… {what}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the table (and optionally write it as Markdown)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a fast smoke run, small sizes")
    parser.add_argument("--reps", type=int, help="repetitions per figure (default 3; quick 1)")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    parser.add_argument("--json", type=Path, help="also write the raw figures as JSON here")
    parser.add_argument("--only", type=_parts, metavar="PART,...",
                        help=f"only these parts, of: {', '.join(sorted(PART_ROWS))}")
    args = parser.parse_args(argv)
    plan = Plan.choose(args.quick, args.reps)
    command = " ".join(["python -m benchmarks", *(argv if argv is not None else sys.argv[1:])])
    with tempfile.TemporaryDirectory(prefix="lsn-bench-") as folder:
        results = measure(plan, Path(folder), args.only or PARTS)
    table_rows = (build_rows(results, plan.sizes) if not args.only
                  else [row for part in args.only for row in PART_ROWS[part](results)])
    header = machine() | {"command": command, "date": dt.date.today().isoformat(),
                          "repetitions": str(plan.reps)}
    if plan.quick:  # targets are set for the full run's sizes: judging a smoke run misleads
        table_rows = [replace(row, target="", met=None) for row in table_rows]
        header["note"] = "a smoke run on tiny sizes: targets are judged only by the full run"
    print(table(header, table_rows))
    if args.markdown:
        args.markdown.write_text(table(header, table_rows, markdown=True) + "\n",
                                 encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
