"""Score the bot on a labelled question file: ``python -m bot eval FILE [--threshold 0.98]``.

The file is a YAML list of cases. A case is one question or a dialog of several turns in one chat:

.. code-block:: yaml

    - id: bfcc-dates-en-1          # unique
      type: dates                  # for grouping the report
      language: en                 # the language of the question(s); the reply must be in it
      q: "when did BFCC run?"
      expect: {intent: dates, projects: [bfcc], answered: true, contains: ["2016", "2019"]}
    - id: dialog-elise-1
      type: dialog
      language: de
      turns:
        - q: "Wer hat ELISE gefördert?"
          expect: {intent: funding, projects: [elise], answered: true}
        - q: "und wann endete es?"
          expect: {intent: end, projects: [elise], answered: true, contains: ["2021"]}

``expect`` holds ``answered`` (required) and optionally ``intent``, ``projects`` (the exact set of
ids), ``contains`` / ``not_contains`` (case-insensitive substrings of the reply text) and
``language`` (overrides the case's language for that turn; ``any`` skips the check) and
``starts_with`` (a case-insensitive prefix of the reply, for "Yes"/"No", "Ja"/"Nein").

Every case starts from a fresh :class:`State`; the turns of a dialog pass ``reply.state`` on.
A case is correct only when all its turns pass. The run succeeds when the accuracy reaches the
threshold and no question labelled ``answered: false`` got a confident answer (``answered: true``).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import yaml

from bot.conversation import INTENTS, Reply, State, answer
from bot.knowledge import KnowledgeBase

LANGUAGES = ("en", "de")
ANY_LANGUAGE = "any"
CASE_KEYS = frozenset({"id", "type", "language", "q", "expect", "turns", "note"})
TURN_KEYS = frozenset({"q", "expect", "note", "language"})  # a turn's own language
EXPECT_KEYS = frozenset({"intent", "projects", "answered", "contains", "not_contains", "language",
                         "starts_with"})
_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2011": "-"}
_SHOWN_REPLY = 240


class EvaluationFileError(Exception):
    """The question file cannot be read or does not follow the format; lists every problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Turn:
    """One message of a case and what its reply must satisfy."""

    question: str
    expect: Mapping[str, Any]


@dataclass(frozen=True)
class Case:
    """A labelled question, or a dialog of several turns in one chat."""

    id: str
    type: str
    language: str
    turns: tuple[Turn, ...]

    @property
    def is_dialog(self) -> bool:
        """Several turns in one chat."""
        return len(self.turns) > 1


@dataclass(frozen=True)
class TurnResult:
    """What one turn got, and every way it fell short of its labels."""

    turn: Turn
    reply: Reply | None
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """The reply met every label of the turn."""
        return not self.problems

    @property
    def confident_unknown(self) -> bool:
        """A question the page cannot answer that still got a confident answer."""
        answered = self.reply is not None and self.reply.answered
        return self.turn.expect.get("answered") is False and answered


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one case: correct only if every turn passed."""

    case: Case
    turns: tuple[TurnResult, ...]

    @property
    def passed(self) -> bool:
        """Every turn ran and passed."""
        return len(self.turns) == len(self.case.turns) and all(t.passed for t in self.turns)


# --------------------------------------------------------------------------- loading


def load_cases(path: str | Path, project_ids: Iterable[str] | None = None) -> list[Case]:
    """Read and check a question file; raise EvaluationFileError naming every problem."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationFileError([f"{shown}: cannot read file: {exc}"]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(exc, "problem", None) or str(exc)
        raise EvaluationFileError([f"{shown}:{line}: invalid YAML: {reason}"]) from None
    if not isinstance(data, list) or not data:
        raise EvaluationFileError([f"{shown}:1: expected a non-empty YAML list of cases"])
    lines = [item.start_mark.line + 1 for item in node.value]
    known = frozenset(project_ids) if project_ids is not None else None
    problems: list[str] = []
    cases: list[Case] = []
    seen: set[str] = set()
    for index, raw in enumerate(data):
        where = f"{shown}:{lines[index]}: case {index + 1}"
        case = _parse_case(raw, where, known, problems)
        if case is None:
            continue
        if case.id in seen:
            problems.append(f"{where} ({case.id}): duplicate id")
        seen.add(case.id)
        cases.append(case)
    if problems:
        raise EvaluationFileError(problems)
    return cases


def _parse_case(
    raw: Any, where: str, known: frozenset[str] | None, problems: list[str]
) -> Case | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected a mapping, got {type(raw).__name__}")
        return None
    where = f"{where} ({raw.get('id', '?')})"
    before = len(problems)
    for key in sorted(set(raw) - CASE_KEYS):
        problems.append(f"{where}: unknown key {key!r}")
    for key in ("id", "type"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(f"{where}: {key!r} must be a non-empty string")
    if raw.get("language") not in LANGUAGES:
        problems.append(f"{where}: 'language' must be one of {', '.join(LANGUAGES)}")
    turns = _parse_turns(raw, where, known, problems)
    if len(problems) > before:
        return None
    return Case(raw["id"], raw["type"], raw["language"], turns)


def _parse_turns(
    raw: dict[str, Any], where: str, known: frozenset[str] | None, problems: list[str]
) -> tuple[Turn, ...]:
    if ("turns" in raw) == ("q" in raw or "expect" in raw):
        problems.append(f"{where}: give either 'q' and 'expect', or 'turns'")
        return ()
    if "q" in raw:
        return (_parse_turn(raw, where, known, problems),)
    items = raw["turns"]
    if not isinstance(items, list) or not items:
        problems.append(f"{where}: 'turns' must be a non-empty list")
        return ()
    turns = []
    for number, item in enumerate(items, 1):
        turn_where = f"{where} turn {number}"
        if not isinstance(item, dict):
            problems.append(f"{turn_where}: expected a mapping with 'q' and 'expect'")
            continue
        for key in sorted(set(item) - TURN_KEYS):
            problems.append(f"{turn_where}: unknown key {key!r}")
        turns.append(_parse_turn(item, turn_where, known, problems))
    return tuple(turns)


def _parse_turn(
    raw: dict[str, Any], where: str, known: frozenset[str] | None, problems: list[str]
) -> Turn:
    question = raw.get("q")
    if not isinstance(question, str):
        problems.append(f"{where}: 'q' must be a string")
        question = ""
    expect = raw.get("expect")
    if not isinstance(expect, dict):
        problems.append(f"{where}: 'expect' must be a mapping")
        return Turn(question, {})
    if "language" in raw and "language" not in expect:  # the turn is asked in another language
        expect = {**expect, "language": raw["language"]}
    problems.extend(f"{where}: expect.{p}" for p in _expect_problems(expect, known))
    return Turn(question, _normalised_expect(expect))


def _expect_problems(expect: dict[str, Any], known: frozenset[str] | None) -> list[str]:
    out = [f"{key}: unknown key" for key in sorted(set(expect) - EXPECT_KEYS)]
    if not isinstance(expect.get("answered"), bool):
        out.append("answered: required, true or false")
    if "intent" in expect and expect["intent"] not in INTENTS:
        out.append(f"intent: {expect['intent']!r} is not an intent")
    if "language" in expect and expect["language"] not in (*LANGUAGES, ANY_LANGUAGE):
        out.append(f"language: {expect['language']!r} is not en, de or any")
    projects = expect.get("projects", [])
    if not _is_string_list(projects):
        out.append("projects: must be a list of project ids")
    elif known is not None:
        out.extend(f"projects: unknown project id {p!r}" for p in projects if p not in known)
    for key in ("contains", "not_contains"):
        value = expect.get(key, [])
        if not (isinstance(value, str) or _is_string_list(value)):
            out.append(f"{key}: must be a string or a list of strings")
    if not isinstance(expect.get("starts_with", ""), str):
        out.append("starts_with: must be a string")
    return out


def _is_string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _normalised_expect(expect: dict[str, Any]) -> dict[str, Any]:
    out = dict(expect)
    for key in ("contains", "not_contains"):
        if isinstance(out.get(key), str):
            out[key] = [out[key]]
    return out


# --------------------------------------------------------------------------- checking


def _fold(text: str) -> str:
    """Compare reply text loosely: case, Unicode form and non-breaking spaces don't matter."""
    text = unicodedata.normalize("NFC", text)
    for odd, plain in _SPACES.items():
        text = text.replace(odd, plain)
    return text.casefold()


def check_reply(reply: Reply, expect: Mapping[str, Any], language: str) -> list[str]:
    """Every way a reply misses its labels; an empty list means the turn passed."""
    problems = []
    wanted_language = expect.get("language", language)
    if wanted_language != ANY_LANGUAGE and reply.language != wanted_language:
        problems.append(f"language: expected {wanted_language}, got {reply.language}")
    if "intent" in expect and reply.intent != expect["intent"]:
        problems.append(f"intent: expected {expect['intent']}, got {reply.intent}")
    if "projects" in expect and set(reply.projects) != set(expect["projects"]):
        want, got = sorted(expect["projects"]), sorted(reply.projects)
        problems.append(f"projects: expected [{', '.join(want)}], got [{', '.join(got)}]")
    if reply.answered != expect["answered"]:
        problems.append(f"answered: expected {expect['answered']}, got {reply.answered}")
    text = _fold(reply.text)
    problems.extend(
        f"contains: missing {s!r}" for s in expect.get("contains", []) if _fold(s) not in text
    )
    problems.extend(
        f"not_contains: found {s!r}" for s in expect.get("not_contains", []) if _fold(s) in text
    )
    start = expect.get("starts_with")
    if start is not None and not text.lstrip().startswith(_fold(start)):
        problems.append(f"starts_with: expected {start!r}")
    return problems


def evaluate_case(case: Case, kb: KnowledgeBase) -> CaseResult:
    """Run a case's turns in one chat, from a fresh state; stop a dialog if the bot raises."""
    state = State()
    results = []
    for turn in case.turns:
        try:
            reply = answer(turn.question, state, kb)
        except Exception as exc:  # a crash is a failed case, not a failed run
            results.append(TurnResult(turn, None, (f"raised {type(exc).__name__}: {exc}",)))
            break
        problems = check_reply(reply, turn.expect, case.language)
        results.append(TurnResult(turn, reply, tuple(problems)))
        state = reply.state
    return CaseResult(case, tuple(results))


def evaluate(cases: Iterable[Case], kb: KnowledgeBase) -> list[CaseResult]:
    """Run every case."""
    return [evaluate_case(case, kb) for case in cases]


# --------------------------------------------------------------------------- reporting


@dataclass(frozen=True)
class Summary:
    """The numbers a run is judged by."""

    cases: int
    correct: int
    unanswerable: int
    confident_unknown: int

    @property
    def accuracy(self) -> float:
        """The share of cases that passed, from 0 to 1."""
        return self.correct / self.cases if self.cases else 0.0

    def succeeded(self, threshold: float) -> bool:
        """Good enough: at the threshold, and no confident answer to an unanswerable question."""
        return self.cases > 0 and self.accuracy >= threshold and self.confident_unknown == 0


def summarize(results: list[CaseResult]) -> Summary:
    """Count cases, correct cases, unanswerable questions and confident answers to them."""
    turns = [t for r in results for t in r.turns]
    unanswerable = sum(1 for r in results for t in r.case.turns if t.expect["answered"] is False)
    return Summary(
        cases=len(results),
        correct=sum(r.passed for r in results),
        unanswerable=unanswerable,
        confident_unknown=sum(t.confident_unknown for t in turns),
    )


def _percent(correct: int, total: int) -> str:
    return f"{100 * correct / total:5.1f}% ({correct}/{total})" if total else "  n/a"


def _write_groups(title: str, results: list[CaseResult], key: str, out: TextIO) -> None:
    groups: dict[str, list[bool]] = defaultdict(list)
    for result in results:
        groups[getattr(result.case, key)].append(result.passed)
    out.write(f"{title}:\n")
    width = max((len(name) for name in groups), default=0)
    for name in sorted(groups):
        passed = groups[name]
        out.write(f"  {name:<{width}}  {_percent(sum(passed), len(passed))}\n")


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN_REPLY else flat[: _SHOWN_REPLY - 1] + "…"


def _describe_expect(expect: Mapping[str, Any], language: str) -> str:
    parts = [f"language={expect.get('language', language)}"]
    for key in ("intent", "projects", "answered", "starts_with", "contains", "not_contains"):
        if key in expect:
            parts.append(f"{key}={expect[key]}")
    return ", ".join(parts)


def _describe_reply(reply: Reply) -> str:
    return (
        f"language={reply.language}, intent={reply.intent}, projects={list(reply.projects)}, "
        f"answered={reply.answered}"
    )


def _write_failure(result: CaseResult, out: TextIO) -> None:
    case = result.case
    out.write(f"- {case.id} [{case.type}/{case.language}]\n")
    for number, turn_result in enumerate(result.turns, 1):
        if turn_result.passed:
            continue
        label = f"turn {number}: " if case.is_dialog else ""
        out.write(f"    {label}Q: {turn_result.turn.question!r}\n")
        out.write(f"      expected: {_describe_expect(turn_result.turn.expect, case.language)}\n")
        if turn_result.reply is not None:
            out.write(f"      got:      {_describe_reply(turn_result.reply)}\n")
        for problem in turn_result.problems:
            out.write(f"      ✗ {problem}\n")
        if turn_result.reply is not None:
            out.write(f"      reply: {_shown(turn_result.reply.text)}\n")
    if len(result.turns) < len(case.turns):
        out.write(f"    (turns {len(result.turns) + 1}-{len(case.turns)} not run)\n")


def write_report(results: list[CaseResult], threshold: float, out: TextIO) -> Summary:
    """Print accuracy overall, by type and by language, the failures and the verdict."""
    summary = summarize(results)
    out.write(f"Accuracy: {_percent(summary.correct, summary.cases).strip()}\n")
    _write_groups("By type", results, "type", out)
    _write_groups("By language", results, "language", out)
    out.write(
        f"Unanswerable questions (answered: false): {summary.unanswerable}; "
        f"confident answers to them: {summary.confident_unknown}\n"
    )
    failures = [r for r in results if not r.passed]
    out.write(f"Failures: {len(failures)}\n")
    for result in failures:
        _write_failure(result, out)
    verdict = "PASS" if summary.succeeded(threshold) else "FAIL"
    out.write(
        f"{verdict}: accuracy {100 * summary.accuracy:.1f}% (threshold {100 * threshold:.1f}%), "
        f"{summary.confident_unknown} confident answers to unanswerable questions\n"
    )
    return summary


def run(path: str | Path, kb: KnowledgeBase, threshold: float, out: TextIO) -> int:
    """Evaluate a question file; 0 on success, 1 below the threshold, 2 for a broken file.

    A threshold above 1 is read as a percentage (98 means 0.98).
    """
    if threshold > 1:
        threshold /= 100
    try:
        cases = load_cases(path, kb.projects)
    except EvaluationFileError as exc:
        out.write(f"{exc}\nThe question file is malformed; nothing was evaluated.\n")
        return 2
    summary = write_report(evaluate(cases, kb), threshold, out)
    return 0 if summary.succeeded(threshold) else 1
