"""Hostile knowledge-base files, for the tests and the benchmark: YAML bombs and friends.

Each is text that a careless loader turns into gigabytes or minutes: nested aliases ("billion
laughs"), megabytes of aliases to one big anchor, and few aliases to a very big anchor.
"""

from __future__ import annotations


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    """Under 600 bytes that stand for width**levels strings."""
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    lines.append(f"projects: [*a{levels}]")
    return "\n".join(lines) + "\n"


def repeated_aliases(size: int = 2_000_000) -> str:
    """``size`` bytes of aliases to one anchored mapping of 50 lists."""
    head = "base: &b {" + ", ".join(f"k{i}: [v, w, x, y]" for i in range(50)) + "}\nprojects:\n"
    line = "  - *b\n"
    return head + line * max(1, (size - len(head)) // len(line))


def few_aliases_to_a_big_anchor(anchor_items: int = 5000, aliases: int = 900) -> str:
    """Fewer aliases than the alias cap, each standing for a list of ``anchor_items``."""
    head = "base: &b [" + ", ".join("x" for _ in range(anchor_items)) + "]\nprojects:\n"
    return head + "  - *b\n" * aliases


BOMBS = {
    "billion laughs": billion_laughs,
    "2 MB of repeated aliases": repeated_aliases,
    "900 aliases to a 5,000-item anchor": few_aliases_to_a_big_anchor,
}
