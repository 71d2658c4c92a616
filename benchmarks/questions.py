"""The messages the latency figures are taken over.

The labelled set is ``tests/questions.yaml`` (every ``q`` and every dialog turn, with its labels,
so the same run also gives the accuracy). If that file is missing or broken, a short fallback list
of typical messages stands in, without labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "questions.yaml"

FALLBACK: tuple[tuple[str, ...], ...] = (
    ("What is BFCC?",), ("Wer hat ELISE gefördert?",), ("When did MAGIA2Market end?",),
    ("Who led KI#CK?",), ("Which projects were funded by the ERDF?",),
    ("Wie viele Projekte gab es?",), ("which project ran longest?",),
    ("Tell me about bonebank",), ("What were the goals of P.I.L.O.T.?",),
    ("Who funded HIHeal?", "and InnoReAct?"), ("Wann lief NORTHOPEDICS?", "und BFCC?"),
    ("What is BONEBNAK?",), ("hello",), ("help",), ("thanks",), ("What is the weather?",),
    ("Which projects ran in 2018?", "which of them ran longest?"),
    ("What came after MAGIA?",), ("Is ELISE still running?",), ("Was machte LSN bei BFCC?",),
)


@dataclass(frozen=True)
class Dialog:
    """The turns of one case, with the labels of each turn when the set has them."""

    turns: tuple[str, ...]
    expects: tuple[dict[str, Any], ...] = ()
    language: str = "en"

    @property
    def labelled(self) -> bool:
        return bool(self.expects)


def labelled_dialogs(path: Path = LABELLED) -> tuple[list[Dialog], str]:
    """The labelled cases as dialogs, and where they came from ("fallback" if not there)."""
    try:
        from bot.evaluation import EvaluationFileError, load_cases
    except ImportError:
        return _fallback(), "fallback (bot.evaluation missing)"
    try:
        cases = load_cases(path)
    except EvaluationFileError as exc:
        return _fallback(), f"fallback ({str(exc).splitlines()[0][:60]})"
    dialogs = [
        Dialog(tuple(t.question for t in c.turns), tuple(dict(t.expect) for t in c.turns),
               c.language)
        for c in cases
    ]
    return dialogs, _shown(path)


def _fallback() -> list[Dialog]:
    return [Dialog(turns) for turns in FALLBACK]


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)
