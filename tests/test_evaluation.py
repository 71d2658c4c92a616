"""Tests for bot.evaluation: the labelled question set, the runner and `python -m bot eval`."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot import cli, evaluation
from bot.conversation import Reply, State
from bot.evaluation import EvaluationFileError, evaluate, load_cases, run
from bot.knowledge import KnowledgeBase, load

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "questions.yaml"

FakeAnswer = Callable[..., Reply]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "questions.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def fake_answer(table: dict[str, dict[str, object]]) -> FakeAnswer:
    """A stand-in for the core: replies from a table keyed by question text."""

    def answer(text: str, state: State, kb: KnowledgeBase, hint: str | None = None) -> Reply:
        row = table[text]
        projects = tuple(row.get("projects", ()))  # type: ignore[arg-type]
        intent = str(row.get("intent", "overview"))
        new_state = State(projects=projects or state.projects, intent=intent)
        return Reply(
            text=str(row.get("text", "")),
            html="",
            language=str(row.get("language", "en")),
            intent=intent,
            projects=projects,
            answered=bool(row.get("answered", True)),
            state=new_state,
        )

    return answer


TWO_CASES = """\
    - id: good
      type: dates
      language: en
      q: "when did BFCC run?"
      expect: {intent: dates, projects: [bfcc], answered: true, contains: ["2016"]}
    - id: bad
      type: funding
      language: en
      q: "who funded ELISE?"
      expect: {intent: funding, projects: [elise], answered: true, contains: ["Interreg"]}
"""

TWO_REPLIES = {
    "when did BFCC run?": {"intent": "dates", "projects": ["bfcc"], "text": "March 2016 to 2019"},
    "who funded ELISE?": {"intent": "funding", "projects": ["elise"], "text": "The EU."},
}


# --------------------------------------------------------------------------- the question set


def test_question_set_is_well_formed_and_broad(kb: KnowledgeBase) -> None:
    # Given the labelled question set
    # When it is loaded and checked against the knowledge base's project ids
    cases = load_cases(QUESTIONS, kb.projects)
    # Then it is large, in both languages, covers every project and has many unanswerables
    assert len(cases) >= 330
    languages = Counter(case.language for case in cases)
    assert min(languages["en"], languages["de"]) >= 0.4 * len(cases)
    turns = [turn for case in cases for turn in case.turns]
    labelled = {p for turn in turns for p in turn.expect.get("projects", [])}
    assert labelled == set(kb.projects)
    unanswerable = [c for c in cases if c.type == "unknowable"]
    assert len(unanswerable) >= 40
    assert all(not t.expect["answered"] for c in unanswerable for t in c.turns)
    assert sum(case.is_dialog for case in cases) >= 20


@pytest.mark.parametrize("questions", [QUESTIONS], ids=["main"])  # every set: known failures
def test_real_cli_meets_the_threshold_on_the_question_set(questions: Path) -> None:
    # Given the real bot and a labelled question set (two sets, by different authors)
    # When `python -m bot eval` runs with a 98% threshold
    result = subprocess.run(
        [sys.executable, "-m", "bot", "eval", str(questions), "--threshold", "0.98"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    # Then it passes, and no unanswerable question got a confident answer
    report = result.stdout + result.stderr
    assert "confident answers to them: 0" in result.stdout, report[-6000:]
    assert result.returncode == 0, report[-6000:]


KNOWN = yaml.safe_load((ROOT / "tests" / "known_failures.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_exactly_the_known_cases_fail(kb: KnowledgeBase, name: str) -> None:
    # Given a question set and the cases known to fail, each with its reason
    known = KNOWN[name] or {}
    cases = load_cases(ROOT / "tests" / name, kb.projects)
    # When the real bot answers every case
    results = evaluate(cases, kb)
    failing = {r.case.id for r in results if not r.passed}
    # Then no other case fails, every listed one still fails, and no unanswerable question got
    # a confident answer unless its line says so ("… (confident): …", each with its reason)
    assert failing - set(known) == set(), "new failures"
    assert set(known) - failing == set(), "listed as known failures but now pass"
    confident = {r.case.id for r in results for t in r.turns if t.confident_unknown}
    owned = {i for i, reason in known.items() if "(confident)" in str(reason).split(":")[0]}
    assert confident - owned == set(), "confident answers to unanswerable questions"
    assert owned - confident == set(), "listed as confident but no longer are"


# --------------------------------------------------------------------------- the runner


def test_a_failing_case_counts_as_failing(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given two cases, of which the bot gets one wrong
    path = write(tmp_path, TWO_CASES)
    monkeypatch.setattr(evaluation, "answer", fake_answer(TWO_REPLIES))
    out = io.StringIO()
    # When it is scored with a threshold of 100%
    code = run(path, kb, 1.0, out)
    # Then accuracy is 50%, the failure is listed with what was expected, and the exit is non-zero
    report = out.getvalue()
    assert code == 1
    assert "Accuracy: 50.0% (1/2)" in report
    assert "- bad [funding/en]" in report
    assert "who funded ELISE?" in report
    assert "contains: missing 'Interreg'" in report
    assert "- good" not in report
    assert "FAIL" in report


def test_the_run_succeeds_at_or_above_the_threshold(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the same two cases, one of them failing
    path = write(tmp_path, TWO_CASES)
    monkeypatch.setattr(evaluation, "answer", fake_answer(TWO_REPLIES))
    # When the threshold is 50%, or 50 read as a percentage
    # Then the run succeeds
    assert run(path, kb, 0.5, io.StringIO()) == 0
    assert run(path, kb, 50, io.StringIO()) == 0
    assert run(path, kb, 0.51, io.StringIO()) == 1


def test_the_cli_exits_non_zero_below_the_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a question file the fake bot gets half right
    path = write(tmp_path, TWO_CASES)
    monkeypatch.setattr(evaluation, "answer", fake_answer(TWO_REPLIES))
    # When `python -m bot eval FILE --threshold 0.98` runs
    code = cli.main(["eval", str(path), "--threshold", "0.98"])
    # Then it exits non-zero and prints the accuracy by type and by language
    out = capsys.readouterr().out
    assert code != 0
    assert "By type:" in out and "By language:" in out
    assert "funding" in out and "en" in out


def test_a_confident_answer_to_an_unanswerable_question_fails_the_run(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a question the page cannot answer, which the bot answers confidently
    path = write(
        tmp_path,
        """\
        - id: bfcc-budget
          type: unknowable
          language: en
          q: "How much money did BFCC get?"
          expect: {answered: false}
        """,
    )
    replies = {"How much money did BFCC get?": {"intent": "amount", "answered": True}}
    monkeypatch.setattr(evaluation, "answer", fake_answer(replies))
    out = io.StringIO()
    # When it is scored, even with no accuracy threshold
    code = run(path, kb, 0.0, out)
    # Then the run fails and reports the confident answer
    assert code == 1
    assert "Unanswerable questions (answered: false): 1; confident answers to them: 1" in (
        out.getvalue()
    )


def test_a_dialog_passes_state_on_and_fails_if_any_turn_fails(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a dialog whose second turn the bot gets wrong, and a bot that records its states
    path = write(
        tmp_path,
        """\
        - id: dialog
          type: dialog
          language: de
          turns:
            - q: "Wer hat ELISE gefördert?"
              expect: {intent: funding, projects: [elise], answered: true}
            - q: "und wann endete es?"
              expect: {intent: end, projects: [elise], answered: true, contains: ["2021"]}
        """,
    )
    seen: list[State] = []
    table = {
        "Wer hat ELISE gefördert?": {"intent": "funding", "projects": ["elise"], "language": "de"},
        "und wann endete es?": {"intent": "end", "projects": ["elise"], "language": "de"},
    }
    inner = fake_answer(table)

    def recording(text: str, state: State, kb: KnowledgeBase, hint: str | None = None) -> Reply:
        seen.append(state)
        return inner(text, state, kb, hint)

    monkeypatch.setattr(evaluation, "answer", recording)
    out = io.StringIO()
    # When it is scored
    code = run(path, kb, 1.0, out)
    # Then the first turn starts fresh, the second gets the first reply's state,
    # and the case fails because of the second turn only
    assert seen[0] == State()
    assert seen[1].projects == ("elise",)
    assert code == 1
    assert "turn 2: Q: 'und wann endete es?'" in out.getvalue()
    assert "turn 1:" not in out.getvalue()


def test_checks_language_projects_and_text_loosely(kb: KnowledgeBase) -> None:
    # Given a reply with a non-breaking space, in German, about two projects in another order
    reply = Reply(
        text="ELISE bekam 1.217.494\u00a0€ von Interreg Europe.",
        html="",
        language="de",
        intent="amount",
        projects=("elise", "kick"),
        answered=True,
        state=State(),
    )
    expect = {"answered": True, "projects": ["kick", "elise"], "contains": ["1.217.494 €"]}
    # When it is checked against labels
    # Then case, spacing and order don't matter, but language and not_contains do
    assert evaluation.check_reply(reply, expect, "de") == []
    assert evaluation.check_reply(reply, {**expect, "contains": ["interreg europe"]}, "de") == []
    assert evaluation.check_reply(reply, expect, "en") == ["language: expected en, got de"]
    assert evaluation.check_reply(reply, {**expect, "language": "any"}, "en") == []
    assert evaluation.check_reply(reply, {**expect, "not_contains": ["MILLION"]}, "de") == []
    assert evaluation.check_reply(reply, {"answered": True, "projects": ["elise"]}, "de") == [
        "projects: expected [elise], got [elise, kick]"
    ]


def test_a_crash_counts_as_a_failed_case(
    tmp_path: Path, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a bot that raises
    path = write(tmp_path, TWO_CASES)

    def broken(text: str, state: State, kb: KnowledgeBase, hint: str | None = None) -> Reply:
        raise RuntimeError("boom")

    monkeypatch.setattr(evaluation, "answer", broken)
    out = io.StringIO()
    # When the file is scored
    code = run(path, kb, 0.5, out)
    # Then every case fails with the error named, and the run still finishes
    assert code == 1
    assert "Accuracy: 0.0% (0/2)" in out.getvalue()
    assert "raised RuntimeError: boom" in out.getvalue()


# --------------------------------------------------------------------------- malformed files


def test_malformed_yaml_gives_a_clear_error(tmp_path: Path, kb: KnowledgeBase) -> None:
    # Given a file that is not valid YAML
    path = write(tmp_path, '- id: x\n  q: "unterminated\n  expect: {answered: true\n')
    out = io.StringIO()
    # When it is evaluated
    code = run(path, kb, 0.98, out)
    # Then nothing runs, the error names the file and line, and the exit code is 2
    assert code == 2
    assert f"{path}:" in out.getvalue()
    assert "invalid YAML" in out.getvalue()
    assert "malformed" in out.getvalue()


def test_every_labelling_mistake_is_listed(tmp_path: Path, kb: KnowledgeBase) -> None:
    # Given cases with several kinds of labelling mistakes
    path = write(
        tmp_path,
        """\
        - id: a
          type: dates
          language: en
          q: "when did BFCC run?"
          expect: {intent: when, projects: [bfc]}
        - id: a
          type: dates
          language: fr
          q: "quand?"
          expected: {answered: true}
        - id: c
          type: dialog
          language: en
          turns: []
        """,
    )
    # When the file is loaded
    with pytest.raises(EvaluationFileError) as caught:
        load_cases(path, kb.projects)
    # Then each mistake is named with its line and case
    message = str(caught.value)
    assert f"{path}:1: case 1 (a): expect.answered: required" in message
    assert "expect.intent: 'when' is not an intent" in message
    assert "unknown project id 'bfc'" in message
    assert "'language' must be one of en, de" in message
    assert "unknown key 'expected'" in message
    assert "'turns' must be a non-empty list" in message


def test_duplicate_ids_are_an_error(tmp_path: Path) -> None:
    # Given two well-formed cases with the same id
    case = """\
        - id: same
          type: smalltalk
          language: en
          q: "hi"
          expect: {intent: greeting, answered: true}
        """
    path = write(tmp_path, textwrap.dedent(case) * 2)
    # When the file is loaded
    # Then the duplicate is reported
    with pytest.raises(EvaluationFileError, match="duplicate id"):
        load_cases(path)


def test_an_empty_file_is_an_error(tmp_path: Path, kb: KnowledgeBase) -> None:
    # Given an empty question file
    path = write(tmp_path, "")
    out = io.StringIO()
    # When it is evaluated
    # Then it is rejected rather than scored as 100%
    assert run(path, kb, 0.0, out) == 2
    assert "non-empty YAML list" in out.getvalue()
