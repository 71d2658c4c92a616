"""Turn the raw figures of every repetition into the rows of the table (medians, targets)."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from benchmarks import bounded, jsonl_memory, web
from benchmarks.report import Row

TARGET_P99_REAL_MS = 1.0
TARGET_P99_LARGE_MS = 10.0
TARGET_STARTUP_S = 0.5
TARGET_RSS_MB = 150.0
TARGET_PER_SECOND = 300.0
TARGET_TIMELINE_MS = 300.0
LARGE = 10_000

CPU_LABEL = "CPU time per message, real KB, labelled set"
FIRST_LABEL = ("latency, real KB, labelled set seen for the first time (no message of it in any "
               "cache; warmed on the generated mix)")
# The figures every run prints (the quick run with its own sizes); tests check for these.
LABELS = (
    "start-up: process start to first answer",
    "start-up: load + index of the real KB alone",
    "latency, real KB, labelled set",
    "latency, real KB, generated mix",
    "latency, {size} projects",
    "latency of lists/counts, {size} projects",
    "accuracy, labelled set, real KB",
    "accuracy, generated mix: real / {sizes}",
    "load + index time: real / {sizes}",
    "peak RSS: real / {sizes}",
    "throughput, python-telegram-bot + fake Bot API",
    "throughput, JSON lines (python -m bot chat --jsonl)",
    "baseline (difflib) p50: real / {sizes}",
    "baseline accuracy (project only): real / {sizes}",
    "speed, core vs baseline (p50): real / {sizes}",
    "timeline picture, all projects: render time per chart",
    CPU_LABEL,
    *web.LABELS,
    *bounded.LABELS,
    *jsonl_memory.LABELS,
)


def median(runs: list[dict[str, Any]], pick: Callable[[dict[str, Any]], float]) -> float:
    """The median of one figure over the repetitions."""
    return statistics.median(pick(r) for r in runs)


def _percent(correct: int, total: int) -> str:
    return f"{100 * correct / total:.1f}% ({correct}/{total})" if total else "n/a"


def _latency(runs: list[dict[str, Any]], part: str, key: str = "latency") -> dict[str, float]:
    return {p: median(runs, lambda r, p=p: r[part][key][p]) for p in ("p50", "p95", "p99")}


def _ms(lat: dict[str, float]) -> str:
    return f"p50 {lat['p50']:.2f} / p95 {lat['p95']:.2f} / p99 {lat['p99']:.2f} ms"


def _sizes(sizes: tuple[int, ...]) -> str:
    return " / ".join(f"{s:,}" for s in sizes)


def build_rows(results: dict[str, Any], sizes: tuple[int, ...]) -> list[Row]:
    """Every row of the table, in the order of LABELS."""
    return [*_startup_rows(results), *_latency_rows(results, sizes),
            *_size_rows(results, sizes), *_throughput_rows(results),
            *_baseline_rows(results, sizes), *_timeline_rows(results), *web.rows(results["web"]),
            *bounded.rows(results["bounded"]), *jsonl_memory.rows(results["jsonl_memory"])]


def _timeline_rows(results: dict[str, Any]) -> list[Row]:
    runs = results["timeline"]
    steady = median(runs, lambda r: r["median_ms"])
    first = median(runs, lambda r: r["first_ms"])
    return [Row(LABELS[15], f"{steady:.0f} ms (first in a process, with the matplotlib import: "
                            f"{first:.0f} ms)", f"<= {TARGET_TIMELINE_MS:g} ms",
                steady <= TARGET_TIMELINE_MS)]


def _startup_rows(results: dict[str, Any]) -> list[Row]:
    first = statistics.median(results["startup"])
    real = results["real"]
    load = median(real, lambda r: r["load_s"]) * 1e3
    index = median(real, lambda r: r["index_s"]) * 1e3
    return [
        Row(LABELS[0], f"{first:.3f} s (python -m bot ask, {len(results['startup'])} runs)",
            f"<= {TARGET_STARTUP_S} s", first <= TARGET_STARTUP_S),
        Row(LABELS[1], f"{load + index:.0f} ms (load {load:.0f} ms + index and vocabulary "
                       f"{index:.0f} ms)"),
    ]


def _latency_rows(results: dict[str, Any], sizes: tuple[int, ...]) -> list[Row]:
    real = results["real"]
    labelled = _latency(real, "labelled")
    first = _latency(real, "labelled", "first")
    info = real[0]["labelled"]
    rows = [
        Row(f"{LABELS[2]} ({info['messages']} messages, {info['source']})", _ms(labelled),
            f"p99 <= {TARGET_P99_REAL_MS:g} ms", labelled["p99"] <= TARGET_P99_REAL_MS),
        Row(FIRST_LABEL, _ms(first), f"p99 <= {TARGET_P99_REAL_MS:g} ms",
            first["p99"] <= TARGET_P99_REAL_MS),
        Row(f"{LABELS[3]} ({real[0]['mix']['messages']} messages)", _ms(_latency(real, "mix"))),
        Row(f"{CPU_LABEL} (same messages; other processes don't inflate it)",
            _ms(_latency(real, "labelled", "cpu"))),
    ]
    for size in sizes:
        lat, lists = _latency(results[size], "mix"), _latency(results[size], "mix", "lists")
        target, met = ((f"p99 <= {TARGET_P99_LARGE_MS:g} ms", lat["p99"] <= TARGET_P99_LARGE_MS)
                       if size == LARGE else ("", None))
        count = results[size][0]["mix"]["messages"]
        rows.append(Row(f"{LABELS[4].format(size=f'{size:,}')} ({count} messages)", _ms(lat),
                        target, met))
        rows.append(Row(LABELS[5].format(size=f"{size:,}"), _ms(lists)))
    mixes = [results["real"][0]["mix"], *(results[s][0]["mix"] for s in sizes)]
    shares = [m["correct"] / m["total"] for m in mixes]
    rows += [
        Row(LABELS[6], _percent(info["correct"], info["total"]) if info["total"] else
            "n/a (no labels)"),
        Row(LABELS[7].format(sizes=_sizes(sizes)),
            " / ".join(_percent(m["correct"], m["total"]) for m in mixes),
            "the same at every size", all(s >= shares[0] for s in shares)),
    ]
    return rows


def _size_rows(results: dict[str, Any], sizes: tuple[int, ...]) -> list[Row]:
    keys = ["real", *sizes]
    loads = [median(results[k], lambda r: r["load_s"] + r["index_s"]) for k in keys]
    rss = [median(results[k], lambda r: r["peak_rss_mb"]) for k in keys]
    big = rss[-1] if sizes and sizes[-1] == LARGE else None
    return [
        Row(LABELS[8].format(sizes=_sizes(sizes)), " / ".join(f"{s:.2f}" for s in loads) + " s"),
        Row(LABELS[9].format(sizes=_sizes(sizes)), " / ".join(f"{m:.0f}" for m in rss) + " MB",
            f"<= {TARGET_RSS_MB:g} MB at {LARGE:,}" if big else "",
            None if big is None else big <= TARGET_RSS_MB),
    ]


def _throughput_rows(results: dict[str, Any]) -> list[Row]:
    ptb, jsonl = results["ptb"], results["jsonl"]
    if "unavailable" in ptb:
        ptb_row = Row(LABELS[10], f"not measured: {ptb['unavailable'][:60]}",
                      f">= {TARGET_PER_SECOND:g} msg/s", None)
    else:
        ptb_row = Row(f"{LABELS[10]} (rate limiter off)",
                      f"{ptb['per_second']:.0f} msg/s ({ptb['messages']} messages)",
                      f">= {TARGET_PER_SECOND:g} msg/s", ptb["per_second"] >= TARGET_PER_SECOND)
    rows = [ptb_row]
    if "ptb_limited" in results:
        limited = results["ptb_limited"]
        rows.append(Row(f"{LABELS[10]} (app as built: AIORateLimiter)",
                        f"{limited['per_second']:.0f} msg/s ({limited['messages']} messages)"))
    rows.append(Row(LABELS[11], f"{jsonl['per_second']:.0f} msg/s ({jsonl['messages']} messages)"))
    return rows


def _baseline_rows(results: dict[str, Any], sizes: tuple[int, ...]) -> list[Row]:
    keys = ["real", *sizes]
    base = [median(results[k], lambda r: r["baseline"]["latency"]["p50"]) for k in keys]
    core = [median(results[k], lambda r: r["mix"]["latency"]["p50"]) for k in keys]
    found = [results[k][0]["baseline"] for k in keys]
    return [
        Row(LABELS[12].format(sizes=_sizes(sizes)), " / ".join(f"{b:.2f}" for b in base) + " ms"),
        Row(LABELS[13].format(sizes=_sizes(sizes)),
            " / ".join(_percent(f["correct"], f["total"]) for f in found)),
        Row(LABELS[14].format(sizes=_sizes(sizes)),
            " / ".join(f"{b / c:,.0f}x" for b, c in zip(base, core, strict=True)) + " faster"),
    ]
