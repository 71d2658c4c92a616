"""The machine the figures were measured on, and the table they are printed as."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    """One line of the table: what, the measured value, the target and whether it is met."""

    figure: str
    value: str
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return "" if self.met is None else ("yes" if self.met else "NO")


def cpu_model() -> str:
    """The CPU's model name as the kernel reports it."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, str]:
    """CPU model, cores, Python version and OS, for the head of the table."""
    return {
        "cpu": cpu_model(),
        "cores": str(os.cpu_count()),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
    }


def table(header: dict[str, str], rows: list[Row], markdown: bool = False) -> str:
    """The header lines and the rows, as plain text or as a Markdown table."""
    head = [f"{key}: {value}" for key, value in header.items()]
    columns = ("figure", "measured", "target", "met")
    cells = [(r.figure, r.value, r.target, r.verdict) for r in rows]
    if markdown:
        lines = [f"| {' | '.join(columns)} |", f"|{'---|' * len(columns)}"]
        lines += [f"| {' | '.join(c)} |" for c in cells]
        return "\n".join([*(f"- {h}" for h in head), "", *lines])
    widths = [max(len(c[i]) for c in [columns, *cells]) for i in range(len(columns))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(columns))).rstrip()
             for c in [columns, tuple("-" * w for w in widths), *cells]]
    return "\n".join([*head, "", *lines])
