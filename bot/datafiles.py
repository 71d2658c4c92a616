"""The language data in bot/data (phrases, words, templates, front-end texts), read once each.

Data files are part of the package, not user input: a broken one is a bug, caught by the tests.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data"


@cache
def data_file(name: str) -> dict[str, Any]:
    """bot/data/<name>.yaml, parsed with safe_load semantics (libyaml where present: faster
    start-up), once per process."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / f"{name}.yaml").read_text(encoding="utf-8"), Loader=loader)


def in_language(entry: dict[str, str], language: str) -> str:
    """The text of an {en: ..., de: ...} entry in the language, English when it lacks one."""
    return entry.get(language) or entry["en"]
