"""`python -m benchmarks.timeline [-n N]`: milliseconds to draw the timeline picture of all
projects (bot.timeline.render_png), in a fresh process, printed as JSON.

The first render includes importing matplotlib; the others are the steady cost per chart.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from bot.conversation import State, answer
from bot.knowledge import load


def measure(renders: int) -> dict[str, float]:
    """The first render and the median of the following ones, in milliseconds."""
    from bot.timeline import render_png

    kb = load()
    times = []
    for language, question in [("en", "show me a timeline"), ("de", "Zeitstrahl")] * renders:
        reply = answer(question, State(), kb)
        start = time.perf_counter()
        render_png(reply.data["timeline"], kb, language)
        times.append((time.perf_counter() - start) * 1e3)
    return {"first_ms": times[0], "median_ms": statistics.median(times[1:]),
            "renders": len(times) - 1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.timeline")
    parser.add_argument("-n", type=int, default=5, help="renders per language")
    json.dump(measure(parser.parse_args(argv).n), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
