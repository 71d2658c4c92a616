"""`python -m benchmarks.web [--sessions N] [--turns N]`: the web chat's API, measured against
`python -m bot web` started on 127.0.0.1 in a process of its own; the figures as JSON.

- latency per request, one conversation at a time: the time from sending a question to having
  its whole answer, with nothing else going on;
- with ``sessions`` conversations at once, each asking ``turns`` questions one after the other (a
  follow-up carries the state of the answer before, as the page does): requests per second, and
  the latency per request under that load;
- the page's transfer size: the bytes on the wire (headers and gzip bodies, as a browser asks)
  for the page and every file it loads.

The rate limit is off for the run (all conversations come from one address). Nothing leaves
127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

from benchmarks.report import Row

ROOT = Path(__file__).resolve().parent.parent
TARGET_PAGE_BYTES = 50_000
LABELS = (
    "web API: latency per request, one conversation",
    "web API: {sessions} concurrent conversations",
    "web page: transfer size (page, script, style, icon; gzip)",
)
DIALOG = ("when did ELISE run?", "and who funded it?", "welche Projekte liefen 2018?",
          "das zweite", "what was the goal of BFCC?", "which projects did the ERDF fund?",
          "how many projects were there?", "hello")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(data_dir: str) -> tuple[subprocess.Popen[bytes], str]:
    """`python -m bot web` on a free port of 127.0.0.1, rate limit off; its process and URL."""
    port = _free_port()
    env = os.environ | {"HOST": "127.0.0.1", "PORT": str(port), "WEB_RATE_LIMIT": "0",
                        "BOT_DATA_DIR": data_dir, "LOG_LEVEL": "WARNING"}
    process = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, f"http://127.0.0.1:{port}"


async def _ready(session: aiohttp.ClientSession, url: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            async with session.get(f"{url}/api/health") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("python -m bot web did not start")
        await asyncio.sleep(0.05)


async def conversation(session: aiohttp.ClientSession, url: str, turns: int, start: int,
                       times: list[float]) -> None:
    """One reader: ``turns`` questions of the dialog, each with the last answer's state."""
    state = None
    for turn in range(turns):
        began = time.perf_counter()
        async with session.post(f"{url}/api/ask", json={
                "text": DIALOG[(start + turn) % len(DIALOG)], "state": state}) as response:
            answer = await response.json()
        times.append(time.perf_counter() - began)
        if response.status != 200:
            raise RuntimeError(f"/api/ask answered {response.status}: {answer}")
        state = answer["state"]


async def page_bytes(session: aiohttp.ClientSession, url: str) -> dict[str, int]:
    """Bytes on the wire for the page and the files it names, gzip, as a browser asks."""
    headers = {"Accept-Encoding": "gzip, deflate, br", "Accept-Language": "en"}
    wire = plain = 0
    paths = ["/"]
    for path in paths:
        async with session.get(f"{url}{path}", headers=headers, auto_decompress=False) as r:
            body = await r.read()
        wire += len(body) + sum(len(k) + len(v) + 4 for k, v in r.raw_headers) + 17
        async with session.get(f"{url}{path}") as r:
            text = await r.read()
        plain += len(text)
        if path == "/":
            paths += re.findall(r'(?:src|href)="(/[^"]+)"', text.decode())
    return {"bytes": wire, "uncompressed": plain, "files": len(paths)}


def _percentiles(times: list[float]) -> dict[str, float]:
    ms = sorted(t * 1e3 for t in times)
    def at(share: float) -> float:
        return ms[min(len(ms) - 1, int(share * len(ms)))]
    return {"p50": statistics.median(ms), "p95": at(0.95), "p99": at(0.99)}


async def run(url: str, sessions: int, turns: int) -> dict[str, Any]:
    """Every figure against the server at ``url``."""
    connector = aiohttp.TCPConnector(limit=sessions)
    async with aiohttp.ClientSession(connector=connector) as session:
        await _ready(session, url)
        await conversation(session, url, 2 * len(DIALOG), 0, [])  # warm up
        single: list[float] = []
        for start in range(12):
            await conversation(session, url, len(DIALOG), start, single)
        loaded: list[float] = []
        began = time.perf_counter()
        await asyncio.gather(*(conversation(session, url, turns, i, loaded)
                               for i in range(sessions)))
        took = time.perf_counter() - began
        page = await page_bytes(session, url)
    return {"single": _percentiles(single), "loaded": _percentiles(loaded),
            "per_second": len(loaded) / took, "requests": len(loaded), "sessions": sessions,
            "page": page}


def measure(sessions: int, turns: int) -> dict[str, Any]:
    """Start the server, measure, stop it."""
    with tempfile.TemporaryDirectory(prefix="lsn-web-bench-") as data_dir:
        process, url = start_server(data_dir)
        try:
            return asyncio.run(run(url, sessions, turns))
        finally:
            process.terminate()
            process.wait(timeout=30)


def rows(runs: list[dict[str, Any]]) -> list[Row]:
    """The web rows of the benchmark table: medians over the repetitions."""
    def med(pick: Any) -> float:
        return statistics.median(pick(r) for r in runs)

    def ms(part: str) -> str:
        return " / ".join(f"{p} {med(lambda r, p=p: r[part][p]):.2f}" for p in
                          ("p50", "p95", "p99")) + " ms"

    first = runs[0]
    page = med(lambda r: r["page"]["bytes"])
    return [
        Row(f"{LABELS[0]} ({len(DIALOG) * 12} requests)", ms("single")),
        Row(LABELS[1].format(sessions=first["sessions"]),
            f"{med(lambda r: r['per_second']):.0f} requests/s ({first['requests']} requests); "
            f"{ms('loaded')}"),
        Row(LABELS[2], f"{page / 1000:.1f} KB ({first['page']['files']} files, "
                       f"{first['page']['uncompressed'] / 1000:.1f} KB uncompressed)",
            f"< {TARGET_PAGE_BYTES / 1000:g} KB", page < TARGET_PAGE_BYTES),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.web")
    parser.add_argument("--sessions", type=int, default=200, help="conversations at once")
    parser.add_argument("--turns", type=int, default=8, help="questions per conversation")
    args = parser.parse_args(argv)
    json.dump(measure(args.sessions, args.turns), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
