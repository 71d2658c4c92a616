"""One measurement in a fresh process: ``python -m benchmarks.worker --kb PATH [...]``.

It loads and indexes one knowledge base, answers the question mixes, and prints one JSON object:
load and index times, per-message latencies (p50/p95/p99, median over passes), accuracy, the
baseline matcher's latency and accuracy, and the peak RSS of this process. Running each size in
its own process keeps the RSS figure that size's own.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks import generate
from benchmarks.baseline import Baseline
from benchmarks.questions import Dialog, labelled_dialogs
from bot.conversation import Reply, State, answer
from bot.knowledge import KnowledgeBase, load
from bot.reload import warmed
from bot.understanding import entity_index, vocabulary

LISTS = ("list", "count")


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    """p50, p95 and p99 in milliseconds (nearest rank)."""
    ordered = sorted(samples)
    if not ordered:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0}

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))] * 1e3

    return {"p50": rank(0.50), "p95": rank(0.95), "p99": rank(0.99)}


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run_dialog(turns: Sequence[str], kb: KnowledgeBase, times: list[float],
               cpu_times: list[float] | None = None) -> list[Reply]:
    """Answer the turns in one chat, timing each message (wall clock, and the thread's CPU
    time, which other processes on a busy machine do not inflate)."""
    state, replies = State(), []
    for text in turns:
        start, cpu = time.perf_counter(), time.thread_time()
        reply = answer(text, state, kb)
        times.append(time.perf_counter() - start)
        if cpu_times is not None:
            cpu_times.append(time.thread_time() - cpu)
        replies.append(reply)
        state = reply.state
    return replies


def labelled_pass(dialogs: list[Dialog], kb: KnowledgeBase
                  ) -> tuple[list[float], int, list[float]]:
    """One pass over the labelled set: the latencies, how many cases passed every turn, and
    the CPU time per message."""
    from bot.evaluation import check_reply

    times: list[float] = []
    cpu_times: list[float] = []
    correct = 0
    for dialog in dialogs:
        replies = run_dialog(dialog.turns, kb, times, cpu_times)
        if dialog.labelled and all(
            not check_reply(reply, expect, dialog.language)
            for reply, expect in zip(replies, dialog.expects, strict=True)
        ):
            correct += 1
    return times, correct, cpu_times


def mix_pass(mix: list[generate.Question], kb: KnowledgeBase
             ) -> tuple[list[float], list[float], int]:
    """One pass over a generated mix: latencies (all, lists only) and the number correct."""
    times: list[float] = []
    list_times: list[float] = []
    correct = 0
    for question in mix:
        before = len(times)
        replies = run_dialog(question.turns, kb, times)
        if question.intent in LISTS:
            list_times.extend(times[before:])
        correct += generate.check(replies[-1], question)
    return times, list_times, correct


def _median_percentiles(passes: list[list[float]]) -> dict[str, float]:
    per_pass = [percentiles(p) for p in passes]
    return {k: statistics.median(p[k] for p in per_pass) for k in ("p50", "p95", "p99")}


def baseline_figures(kb: KnowledgeBase, mix: list[generate.Question], count: int
                     ) -> dict[str, Any]:
    """Latency and project accuracy of the difflib matcher on the first `count` questions."""
    matcher, build_s = _timed(lambda: Baseline(kb))
    sample = [q for q in mix if q.projects][:count]
    times, correct = [], 0
    for question in sample:
        found, took = _timed(lambda q=question: matcher.match(q.turns[-1]))
        times.append(took)
        correct += (found,) == question.projects
    return {"latency": percentiles(times), "correct": correct, "total": len(sample),
            "build_s": build_s}


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Everything for one knowledge base, in this (fresh) process."""
    kb, load_s = _timed(lambda: load(args.kb))
    _, vocab_s = _timed(vocabulary)
    index, index_s = _timed(lambda: entity_index(kb))
    out: dict[str, Any] = {
        "projects": len(kb.projects), "names": len(index.exact),
        "load_s": load_s, "index_s": index_s + vocab_s, "rss_loaded_mb": peak_rss_mb(),
    }
    # Warmed as Telegram and the web chat serve it (bot.reload.warmed builds the indexes a kind
    # of question needs on first use), then the generated mix: it warms what depends on the data
    # alone, so the labelled set's first pass sees each of its messages for the first time and
    # nothing else cold.
    _, out["warm_s"] = _timed(lambda: warmed(kb))
    mix = generate.questions(kb, args.mix)
    runs_mix = [mix_pass(mix, kb) for _ in range(args.passes + 1)]
    if args.labelled:
        dialogs, source = labelled_dialogs()
        runs = [labelled_pass(dialogs, kb) for _ in range(args.passes + 1)]
        out["labelled"] = {"source": source, "messages": len(runs[0][0]),
                           "latency": _median_percentiles([t for t, _, _ in runs[1:]]),
                           "first": percentiles(runs[0][0]),
                           "cpu": _median_percentiles([c for _, _, c in runs[1:]]),
                           "correct": runs[0][1],
                           "total": sum(d.labelled for d in dialogs)}
    out["mix"] = {"messages": len(runs_mix[0][0]),
                  "latency": _median_percentiles([t for t, _, _ in runs_mix[1:]]),
                  "lists": _median_percentiles([lt for _, lt, _ in runs_mix[1:]]),
                  "correct": runs_mix[0][2], "total": len(mix)}
    out["peak_rss_mb"] = peak_rss_mb()  # before the baseline builds its own alias list
    if args.baseline:
        out["baseline"] = baseline_figures(kb, mix, args.baseline)
    return out


def main(argv: list[str] | None = None) -> int:
    """Measure one knowledge base and print the figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worker")
    parser.add_argument("--kb", help="knowledge-base file (default: the real one)")
    parser.add_argument("--labelled", action="store_true", help="also run tests/questions.yaml")
    parser.add_argument("--mix", type=int, default=400, help="generated questions to ask")
    parser.add_argument("--passes", type=int, default=2, help="timed passes after a warm-up")
    parser.add_argument("--baseline", type=int, default=0, help="questions for the baseline")
    json.dump(measure(parser.parse_args(argv)), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
