"""Mutation testing: how many realistic bugs the tests catch.

``python -m tests.mutation`` copies the repository (its tracked and unignored files) to a
temporary folder, then for each mutation below makes one small textual change there (code,
``bot/data/*.yaml`` or ``knowledge/projects.yaml``), runs the test files that guard that part
(``pytest -x -q`` in the copy) and counts the mutation as caught when they fail. It prints
caught/total and the survivors. Every pattern must occur exactly once in current main: a pattern
that no longer matches stops the script before anything runs, so the list stays honest as the
code changes (fix the pattern, don't drop the mutation).

    python -m tests.mutation              # all, two at a time
    python -m tests.mutation --check      # only check that every pattern applies
    python -m tests.mutation NAME ...     # only these (names or prefixes)
    python -m tests.mutation --jobs 1 --list
    python -m tests.mutation --without tests/test_golden.py   # caught by the other tests?
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Test selections: the fast tests that guard each part. "core" answers questions.
CORE = ("tests/test_golden.py", "tests/test_page_facts.py", "tests/test_german.py",
        "tests/test_compare.py",
        "tests/test_answers.py", "tests/test_conversation.py", "tests/test_lists.py",
        "tests/test_checks.py", "tests/test_query.py", "tests/test_understanding.py",
        "tests/test_text.py", "tests/test_gibberish.py", "tests/test_evaluation.py")
KNOWLEDGE = ("tests/test_knowledge.py", "tests/test_evidence.py", *CORE)
TELEGRAM = ("tests/test_telegram.py", "tests/test_telegram_ops.py")
WEB = ("tests/test_web.py",)
WEB_TESTS = ("tests/test_web_tokens.py", *WEB)
STORE = ("tests/test_telegram_store.py", "tests/test_telegram_ops.py")


@dataclass(frozen=True)
class Mutation:
    """One realistic bug: replace ``old`` by ``new`` (each exactly once) in ``path``."""

    name: str
    path: str
    edits: tuple[tuple[str, str], ...]
    tests: tuple[str, ...]
    issue: bool = False  # one of the bugs issue #15 names

    def apply(self, text: str) -> str:
        for old, new in self.edits:
            if text.count(old) != 1:
                raise ValueError(f"{self.name}: {old!r} occurs {text.count(old)} times in "
                                 f"{self.path}, not once")
            text = text.replace(old, new)
        return text


def m(name: str, path: str, old: str, new: str, tests: tuple[str, ...] = CORE,
      issue: bool = False) -> Mutation:
    return Mutation(name, path, ((old, new),), tests, issue)


A, C, L, K = "bot/answers.py", "bot/conversation.py", "bot/lists.py", "bot/checks.py"
T, KB, Q = "bot/data/templates.yaml", "knowledge/projects.yaml", "bot/query.py"

MUTATIONS: tuple[Mutation, ...] = (
    # ---- the bugs issue #15 names
    m("card-dates-backwards", A,
      "start=fmt_date(project.start, lang),\n                    end=fmt_date(project.end, lang)",
      "start=fmt_date(project.end, lang),\n                    end=fmt_date(project.start, lang)",
      issue=True),
    m("kick-funding-note-erdf", KB, "and from the European Social Fund (ESF)",
      "and from the European Regional Development Fund (ERDF)", KNOWLEDGE, True),
    m("running-drops-end-year", L, "range(p.start.year, p.end.year + 1)",
      "range(p.start.year, p.end.year)", issue=True),
    m("german-wie-lange-lost", "bot/data/intents.yaml", 'de: ["wie lange": 3, "wie lang": 3, ',
      "de: [", issue=True),
    m("changed-month", KB, 'start: "2016-03"', 'start: "2016-05"', KNOWLEDGE, True),
    Mutation("ja-nein-swapped", T, (('verdict_yes: {en: "Yes.", de: "Ja."}',
                                     'verdict_yes: {en: "Yes.", de: "Nein."}'),
                                    ('verdict_no: {en: "No.", de: "Nein."}',
                                     'verdict_no: {en: "No.", de: "Ja."}')), CORE, True),
    m("juli-for-june", T, "Mai, Juni, Juli", "Mai, Juli, Juli", issue=True),
    m("zu-for-bis", T, 'bis_month: {en: "to {date}", de: "bis {date}"}',
      'bis_month: {en: "to {date}", de: "zu {date}"}', issue=True),
    m("telegram-german-text-english", "bot/data/telegram.yaml",
      'de: "Diese Projekte kenne ich. Tippen Sie auf eines, um seinen Steckbrief zu sehen."',
      'de: "These are the projects I know. Tap one to see its card."',
      ("tests/test_german.py", *TELEGRAM), True),
    m("terminal-german-text-english", "bot/data/terminal.yaml",
      'de: "Fragen Sie mich nach den vergangenen Projekten von Life Science Nord, auf Deutsch '
      'oder Englisch. ? zeigt die Hilfe, quit beendet."',
      "de: \"Ask me about Life Science Nord's past projects, in English or German. Type ? for "
      'help, quit to leave."', ("tests/test_german.py", "tests/test_cli.py"), True),
    m("web-german-text-english", "bot/data/web.yaml", 'send: "Senden"', 'send: "Send"',
      ("tests/test_german.py", *WEB), True),
    m("umlauts-not-german", "bot/understanding.py",
      '    de += 2 * sum(1 for ch in raw if ch in "äöüßÄÖÜ")\n', "", issue=True),
    m("context-lost-after-thanks", C,
      "(result.listed if len(result.listed) == 1 else state.projects)",
      "(result.listed if len(result.listed) == 1 else ())", issue=True),
    m("und-welche-2023-mode", C,
      "return replace(u, filters=replace(u.filters, mode=state.list_mode))", "return u",
      issue=True),
    m("looser-fuzzy-cutoff", "bot/understanding.py", "return 0.75 if length <= 5 else 0.8",
      "return 0.65 if length <= 5 else 0.8", issue=True),
    m("several-projects-answered", C, "answered=all(p.answered for p in parts)",
      "answered=any(p.answered for p in parts)", issue=True),
    m("retention-in-hours", "bot/insights.py",
      "cutoff = self.clock() - self.retention_days * _DAY",
      "cutoff = self.clock() - self.retention_days * 3600.0", ("tests/test_insights.py",), True),
    m("timeout-retried", "bot/transport.py", "except (BadRequest, TimedOut):",
      "except BadRequest:", ("tests/test_transport.py", *TELEGRAM), True),
    m("check-end-before-start-in-year", "bot/knowledge.py",
      "project.start.lower() > project.end.upper()", "project.start.year > project.end.year",
      ("tests/test_knowledge.py", "tests/test_cli.py"), True),
    m("list-years-backwards", L, 'f"{project.start.year}–{project.end.year}"',
      'f"{project.end.year}–{project.start.year}"', issue=True),
    m("flood-window-boundary", "bot/flood.py", "at - state.times[0] > self.window",
      "at - state.times[0] >= self.window", ("tests/test_flood.py",), True),
    # ---- yes/no checks
    m("status-verdict-inverted", K, 'kind = YES if (claim == "ended") == ended else NO',
      'kind = NO if (claim == "ended") == ended else YES'),
    m("unknown-verdict-answered", K, "result.answered = kind != UNKNOWN",
      "result.answered = True"),
    # ---- hops, clauses, sources, measures
    m("hop-wrong-relation", C, 'target = linked(kb.projects[own[0]], clause.hop or "")',
      'target = linked(kb.projects[own[0]], "predecessor")'),
    m("clause-never-split", Q, "    if not spans:\n        return [text]",
      "    if spans:\n        return [text]"),
    m("clause-break-and-lost", "bot/data/query.yaml",
      'en: [and, "as well as", also,', 'en: ["as well as", also,'),
    m("sources-dropped", C, "sources=sources(result.facts, kb),", "sources=(),"),
    m("sources-fields-wrong", "bot/sources.py", '"funding": ("funding", "funding_note", '
      '"amounts"),', '"funding": ("amounts",),'),
    m("measure-more-flipped", "bot/measures.py", "return actual > self.value",
      "return actual < self.value"),
    m("measure-tolerance-loose", "bot/measures.py", "else 0.02 * self.value",
      "else 0.2 * self.value"),
    m("decimal-read-whole", "bot/measures.py", 'float(f"{match[1]}.{match[2]}")',
      'float(f"{match[1]}{match[2]}")'),
    m("years-not-months", "bot/measures.py", "value, kind = value * 12, \"months\"",
      "value, kind = value, \"months\""),
    m("parent-funding-unsourced", A, 'a.facts += [(p.id, "part_of"), (parent.id, "funding")]',
      "a.facts += []"),
    # ---- web
    m("web-signature-unchecked", "bot/web/tokens.py",
      "if not hmac.compare_digest(signature, self._signature(purpose, payload)):",
      "if not signature:", WEB_TESTS),
    m("web-purpose-ignored", "bot/web/tokens.py", 'f"{purpose}:{payload}".encode()',
      "payload.encode()", WEB_TESTS),
    m("web-accept-language-case", "bot/web/app.py", 'primary = tag.strip().lower().split("-")[0]',
      'primary = tag.strip().split("-")[0]', WEB_TESTS),
    # ---- Telegram
    m("store-duplicates-new", "bot/telegram/store.py", "(update_id, body, now)).rowcount == 1",
      "(update_id, body, now)).rowcount >= 0", STORE),
    m("store-error-drops-all", "bot/telegram/store.py",
      "return [True] * len(updates)  # answering", "return [False] * len(updates)  # answering",
      STORE),
    m("store-purge-hours", "bot/telegram/store.py", "idle = now - retention_days * _DAY",
      "idle = now - retention_days * 3600", STORE),
    m("telegram-german-command", "bot/data/telegram.yaml",
      '- [hilfe, "Was ich weiß und wie man fragt"]', '- [help, "Was ich weiß und wie man fragt"]',
      TELEGRAM),
    m("terminal-source-label-english", "bot/data/terminal.yaml", 'de: "Quelle"', 'de: "Source"',
      ("tests/test_german.py", "tests/test_cli.py")),
    # ---- insights, logs, JSON lines
    m("report-not-escaped", "bot/insights.py",
      'return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)',
      "return text", ("tests/test_insights.py",)),
    m("token-not-redacted", "bot/logs.py", "return _TOKEN_PATTERN.sub(REDACTED, text)",
      "return text", ("tests/test_logs.py",)),
    m("jsonl-cap-off-by-one", "bot/jsonl.py", "while len(self._states) > self.max_chats:",
      "while len(self._states) > self.max_chats + 1:", ("tests/test_jsonl.py",)),
    m("eval-language-unchecked", "bot/evaluation.py",
      "if wanted_language != ANY_LANGUAGE and reply.language != wanted_language:",
      "if False:", ("tests/test_evaluation.py",)),
    # ---- answers and formatting
    m("duration-off-by-one", A, "(end.month or 12) - (start.month or 1) + 1",
      "(end.month or 12) - (start.month or 1)"),
    m("german-money-separators", A,
      '        whole = whole.replace(",", "\\0").replace(".", ",").replace("\\0", ".")\n', ""),
    m("duration-years-threshold", A, "if rest and years < 2:", "if rest and years < 1:"),
    m("day-precision-ignored", A, 'vague = [d for d in dates if d.precision != "day"]',
      'vague = [d for d in dates if d.precision == "year"]'),
    m("status-template-yes", T, 'status_ended: {en: "No, {name} has ended',
      'status_ended: {en: "Yes, {name} has ended'),
    m("english-date-order", T, 'date_day: {en: "{day} {month} {year}"',
      'date_day: {en: "{month} {day} {year}"'),
    m("german-du-form", T, "Fragen Sie auf Deutsch oder Englisch",
      "Frag auf Deutsch oder Englisch"),
    m("german-dative-case", T, "cases: {zu: dat, von: dat,", "cases: {zu: dat, von: nom,"),
    m("german-contraction-lost", T, "contractions: {zu dem: zum, zu der: zur, von dem: vom,",
      "contractions: {zu dem: zum, zu der: zur,"),
    # ---- lists and rankings
    m("filters-union", L, "return set(groups[0]).intersection(*groups[1:], pool)",
      "return set(groups[0]).union(*groups[1:]) & set(pool)"),
    m("longest-is-shortest", L, 'pick = max if kind in ("longest", "latest",',
      'pick = max if kind in ("latest",'),
    m("open-ended-not-running", L, "                hit |= index.started[year] & open_ended\n",
      "                pass\n"),
    m("ordinal-off-by-one", C, "index = u.ordinal - 1 if u.ordinal > 0",
      "index = u.ordinal if u.ordinal > 0"),
    m("language-hint-ignored", "bot/understanding.py",
      'return hint if hint in ("en", "de") else "en"', 'return "en"'),
    # ---- text
    m("fold-ue-lost", "bot/text.py", '_VOWEL_E = re.compile(r"([aou])e")',
      '_VOWEL_E = re.compile(r"([ao])e")', ("tests/test_text.py", *CORE)),
    m("kick-hash-kept", "bot/text.py", "_DROP = re.compile(r\"[#'’`´]\")",
      "_DROP = re.compile(r\"['’`´]\")", ("tests/test_text.py", *CORE)),
    # ---- the knowledge base
    m("elise-amount-digits", KB, "{value: 1217494.00,", "{value: 1271494.00,", KNOWLEDGE),
    m("bfcc-partner-count", KB, "counts: {organisations: 13, countries: 7}",
      "counts: {organisations: 31, countries: 7}", KNOWLEDGE),
    m("bonebank-lead", KB, "    lead: [uksh]\n", "    lead: [lsn]\n", KNOWLEDGE),
    m("magia-country", KB, "countries: [italy, france, belgium]",
      "countries: [italy, france, denmark]", KNOWLEDGE),
    m("elise-end-day", KB, 'end: "2021-12-31"', 'end: "2021-11-30"', KNOWLEDGE),
    m("esf-dative-form", KB, "dat: dem Europäischen Sozialfonds (ESF)",
      "dat: der Europäische Sozialfonds (ESF)", KNOWLEDGE),
    m("magia2market-japan-lost", KB, "target_countries: [usa, china, japan]",
      "target_countries: [usa, china]", KNOWLEDGE),
    # ---- more of the core and the front ends
    m("overlap-one-way", K,
      "never = a.start.lower() > b.end.upper() or b.start.lower() > a.end.upper()",
      "never = a.start.lower() > b.end.upper()"),
    m("fuzzy-short-words", "bot/understanding.py", 'if not unknown or len("".join(window)) < 5:',
      'if not unknown or len("".join(window)) < 4:'),
    m("telegram-length-in-characters", "bot/telegram/sending.py",
      'return len(text.encode("utf-16-le")) // 2', "return len(text)",
      ("tests/test_telegram.py", "tests/test_telegram_ops.py")),
    m("page-copy-limit-loose", "bot/evidence.py", "MAX_COPIED = 12", "MAX_COPIED = 40",
      ("tests/test_evidence.py",)),
    m("jsonl-text-cap-lost", "bot/jsonl.py", "MAX_TEXT = 4096", "MAX_TEXT = 40960",
      ("tests/test_jsonl.py", "tests/test_cli.py")),
    m("second-question-dropped", C, "if intent in PROJECT_BUILDERS and intent != first and "
      "score >= 2.5", "if intent in PROJECT_BUILDERS and intent != first and score >= 25"),
    # ---- a second round, written after the tests above
    m("telegram-language-code-case", "bot/telegram/texts.py",
      'code = (user.language_code or "").lower() if user else ""',
      'code = (user.language_code or "") if user else ""', ("tests/test_limits.py", *TELEGRAM)),
    m("callback-limit-off", "bot/telegram/keyboards.py",
      'data = f"q:{button.query}"\n    if len(data.encode()) <= CALLBACK_LIMIT:',
      'data = f"q:{button.query}"\n    if len(data) <= CALLBACK_LIMIT:',
      ("tests/test_limits.py", *TELEGRAM)),
    m("alias-clash-allowed", "bot/knowledge.py", "elif key in owner and owner[key][0] != rid:",
      "elif key in owner and owner[key][0] == rid:", ("tests/test_knowledge.py",)),
    m("ran-until-any-later-year", K, "verdict(YES if p.end.year == year else NO",
      "verdict(YES if p.end.year <= year else NO"),
    m("accept-language-default-quality", "bot/web/app.py",
      "return float(match.group(1)) if match else 1.0",
      "return float(match.group(1)) if match else 0.5", WEB_TESTS),
    m("report-days-zero-refused", "bot/insights.py", "not 0 <= days <= MAX_DAYS:",
      "not 0 < days <= MAX_DAYS:", ("tests/test_limits.py", "tests/test_insights.py")),
    m("jsonl-huge-chat-ids", "bot/jsonl.py", "MAX_INT_CHAT = 2**63", "MAX_INT_CHAT = 2**64",
      ("tests/test_limits.py", "tests/test_jsonl.py")),
    m("sources-cut-short", "bot/sources.py", "MOST = 12", "MOST = 2"),
    m("day-said-as-month", A, '{"day": "on", "month": "in", "year": "in"}',
      '{"day": "in", "month": "in", "year": "in"}'),
    m("euro-unit-lost", "bot/data/query.yaml",
      "  euros: {en: [euro, euros, eur], de: [euro, eur]}\n", ""),
    m("amount-from-funder-is-total", K,
      "euros = [a for a in euros if set(a.sources) & set(funders)]",
      "euros = [a for a in euros if a.sources]"),
    m("kick-amount", KB, "{value: 249000, currency: EUR,", "{value: 294000, currency: EUR,",
      KNOWLEDGE),
)


# --------------------------------------------------------------------------- running


def check_all(mutations: tuple[Mutation, ...] | list[Mutation]) -> None:
    """Raise ValueError unless every mutation applies once and changes its file."""
    for mutation in mutations:
        text = (ROOT / mutation.path).read_text(encoding="utf-8")
        if mutation.apply(text) == text:
            raise ValueError(f"{mutation.name}: changes nothing")
        if not any((ROOT / t.split("::")[0]).exists() for t in mutation.tests):
            raise ValueError(f"{mutation.name}: none of its test files exists")
    names = [mu.name for mu in mutations]
    if len(set(names)) != len(names):
        raise ValueError("two mutations share a name")


def copy_repository(target: Path) -> None:
    """The tracked and unignored files of the repository, as they are in the work tree."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def run_tests(copy: Path, tests: tuple[str, ...], timeout: float) -> tuple[bool, str]:
    """Run the tests in the copy; (failed, last lines of output). A hang counts as failed."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("KNOWLEDGE_PATH", "TELEGRAM_BOT_TOKEN", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = str(copy)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    files = [t for t in tests if (copy / t.split("::")[0]).exists()]
    if not files:
        return False, "no tests left to run"
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-o", "addopts=", *files]
    try:
        done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return True, "timed out"
    lines = (done.stdout + done.stderr).strip().splitlines()
    return done.returncode != 0, "\n".join(lines[-3:])


def run_one(mutation: Mutation, copy: Path, timeout: float) -> tuple[bool, float, str]:
    """Apply the mutation in the copy, run its tests, undo it."""
    target = copy / mutation.path
    original = target.read_text(encoding="utf-8")
    target.write_text(mutation.apply(original), encoding="utf-8")
    started = time.monotonic()
    try:
        caught, tail = run_tests(copy, mutation.tests, timeout)
    finally:
        target.write_text(original, encoding="utf-8")
    return caught, time.monotonic() - started, tail


def _selected(names: list[str]) -> list[Mutation]:
    if not names:
        return list(MUTATIONS)
    chosen = [mu for mu in MUTATIONS if any(mu.name.startswith(n) for n in names)]
    if not chosen:
        raise SystemExit(f"no mutation named {', '.join(names)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="only the mutations whose names start so")
    parser.add_argument("--check", action="store_true", help="only check the patterns apply")
    parser.add_argument("--list", action="store_true", help="list the mutations")
    parser.add_argument("--jobs", type=int, default=2, help="mutations run at once (2)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per mutation")
    parser.add_argument("--without", action="append", default=[], metavar="TEST_FILE",
                        help="leave a test file out of every selection (what else catches?)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip running each test selection on the unmutated copy first")
    args = parser.parse_args(argv)
    chosen = [replace(mu, tests=tuple(t for t in mu.tests if t not in args.without))
              for mu in _selected(args.names)]
    try:
        check_all(MUTATIONS)
    except ValueError as exc:
        print(f"mutation list out of date: {exc}", file=sys.stderr)
        return 2
    if args.list or args.check:
        for mu in chosen:
            print(f"{mu.name:34} {mu.path}{'  (issue #15)' if mu.issue else ''}")
        print(f"{len(MUTATIONS)} mutations, each applies once to the current files")
        return 0
    return report(chosen, max(1, args.jobs), args.timeout, not args.no_baseline)


def passes_unmutated(chosen: list[Mutation], copy: Path, timeout: float) -> bool:
    """Whether every test selection passes on the copy before any mutation (else a
    mutation would count as caught for nothing)."""
    for tests in dict.fromkeys(mu.tests for mu in chosen):
        failed, tail = run_tests(copy, tests, timeout)
        if failed:
            print(f"the unmutated copy fails {' '.join(tests)}:\n{tail}", file=sys.stderr)
            return False
    print(f"baseline: {len(set(mu.tests for mu in chosen))} test selections pass unmutated",
          flush=True)
    return True


def report(chosen: list[Mutation], jobs: int, timeout: float, baseline: bool = True) -> int:
    """Run the mutations, `jobs` copies at once; print each result, the survivors, the share."""
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        copies = [Path(tmp) / f"copy{i}" for i in range(jobs)]
        for copy in copies:
            copy_repository(copy)
        if (ROOT.parent / "shared").is_dir():  # the page lies beside the repository
            (Path(tmp) / "shared").symlink_to(ROOT.parent / "shared")
        if baseline and not passes_unmutated(chosen, copies[0], timeout):
            return 2
        free = list(copies)

        def work(mu: Mutation) -> tuple[Mutation, bool, float, str]:
            copy = free.pop()
            try:
                return (mu, *run_one(mu, copy, timeout))
            finally:
                free.append(copy)

        survivors: list[Mutation] = []
        with ThreadPoolExecutor(jobs) as pool:
            for mu, caught, seconds, tail in pool.map(work, chosen):
                by = next((x.split(" - ")[0] for x in tail.splitlines()
                           if x.startswith(("FAILED", "ERROR"))), tail[:60] if caught else "")
                print(f"{'caught  ' if caught else 'SURVIVED'} {mu.name:34} {seconds:6.1f} s  "
                      f"{by.removeprefix('FAILED ')}", flush=True)
                if not caught:
                    survivors.append(mu)
    caught_n = len(chosen) - len(survivors)
    issue = [mu for mu in chosen if mu.issue]
    print(f"\ncaught {caught_n}/{len(chosen)} = {100 * caught_n / len(chosen):.0f}%; "
          f"of the bugs issue #15 names: {sum(mu not in survivors for mu in issue)}/{len(issue)}")
    for mu in survivors:
        print(f"  survived: {mu.name} ({mu.path}){'  (issue #15)' if mu.issue else ''}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
