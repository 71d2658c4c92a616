"""Command line: `python -m bot [chat|ask|check|eval|timeline|report|serve|web]` (or
`lsn-bot`).

With no sub-command the bot serves Telegram when TELEGRAM_BOT_TOKEN is set, and otherwise starts a
chat in the terminal. Settings come from the environment and from a `.env` file in the working
directory (real environment variables win). Every sub-command goes through the same core,
`bot.conversation.answer`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.conversation import State, answer
from bot.knowledge import DEFAULT_PATH, KnowledgeBase, KnowledgeError, display_path, load

EXIT_CODES = """exit status:
  0    done (for `serve`: stopped by SIGTERM or Ctrl-C after finishing its work)
  1    the knowledge base is missing or has errors; `check` found errors; `eval` below the
       threshold; `timeline` found nothing to draw or could not write the picture
  2    a wrong command line or setting (e.g. no TELEGRAM_BOT_TOKEN for `serve`, a limit that
       is not a number), or a malformed question file for `eval`
  3-7  `serve` only: 3 Telegram rejected the token, 4 Telegram unreachable at start,
       5 BOT_DATA_DIR not writable, 6 the webhook's port in use, 7 the token revoked while
       running (see docs/operations.md)
  70   an unexpected error (a bug; the log has the details)
  130  interrupted by Ctrl-C (everything but `serve`)"""


DESCRIPTION = """Answers questions about Life Science Nord's past projects, in English or German.

With no sub-command: serves Telegram if TELEGRAM_BOT_TOKEN is set (in the environment or in a
.env file in the working directory; real environment variables win), otherwise opens the
terminal chat (`chat`). `lsn-bot` is the same command, installed with the package."""


def _load_or_exit(path: str | None = None) -> KnowledgeBase:
    """The knowledge base, or a message saying what is wrong with it and exit status 1."""
    wanted = Path(path or os.environ.get("KNOWLEDGE_PATH") or DEFAULT_PATH)
    if not wanted.exists():
        print(f"The knowledge base is missing: there is no file {display_path(wanted)}.\n"
              "Set KNOWLEDGE_PATH to a knowledge-base file (see .env.example); the bot did not "
              "start.", file=sys.stderr)
        raise SystemExit(1)
    try:
        return load(wanted)
    except KnowledgeError as exc:
        print(f"{exc}\nThe knowledge base is broken; the bot did not start.", file=sys.stderr)
        raise SystemExit(1) from None


def cmd_check(args: argparse.Namespace) -> int:
    """Validate a knowledge-base file and summarise it; with the page, hold it against the page."""
    try:
        kb = load(args.path)
    except KnowledgeError as exc:
        print(exc)
        return 1
    summary = (f"{kb.path}: OK: {len(kb.projects)} projects, {len(kb.funders)} funders, "
               f"{kb.alias_count} aliases")
    page = _page_to_check(args.page)
    if page is not None:
        from bot.evidence import check_page

        try:
            problems = check_page(kb.path, page)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{args.page}:1: cannot read the page: {exc}")
            return 1
        if problems:
            print("\n".join(str(p) for p in problems))
            return 1
        quotes = sum(len(q) for p in kb.projects.values() for q in p.evidence.values())
        summary += f"; {quotes} quotes found on {page.name}, nothing copied"
    print(summary)
    return 0


def _page_to_check(given: str | None) -> Path | None:
    """The page named with --page, or the shared page beside the repository where present."""
    if given:
        return Path(given)
    from bot.evidence import DEFAULT_PAGE

    return DEFAULT_PAGE if DEFAULT_PAGE.exists() else None


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question and exit."""
    kb = _load_or_exit()
    reply = answer(" ".join(args.question), State(), kb, args.language)
    if args.json:
        print(json.dumps(reply.to_json(None), ensure_ascii=False))
    else:
        print(reply.text)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    """Draw the projects on a timeline picture; the words filter them as in a question."""
    kb = _load_or_exit()
    reply = answer(" ".join(["timeline", *args.words]), State(), kb, args.language)
    if not reply.data.get("timeline"):
        print(reply.text)
        return 1
    from bot.timeline import save_png

    try:
        path = save_png(reply.data["timeline"], kb, reply.language, args.out)
    except OSError as exc:
        print(f"Could not write {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"Timeline picture written to {path}")
    print(reply.text)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    """Chat in the terminal, or speak JSON lines with --jsonl."""
    from bot import jsonl

    try:
        limits = jsonl.Limits.from_env()
    except jsonl.ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    kb = _load_or_exit()
    recorder = _recorder() if args.record or not args.jsonl else None
    try:
        if args.jsonl:
            jsonl.serve(sys.stdin.buffer, sys.stdout.buffer,
                        jsonl.Session(kb, limits, recorder))
            return 0
        from bot.terminal import chat

        return chat(kb, args.language, recorder=recorder)
    finally:
        if recorder is not None:
            recorder.close()


def _recorder():  # -> bot.insights.Insights, imported lazily
    """The insights store that `report` reads (BOT_DATA_DIR/insights.sqlite)."""
    from bot.insights import Insights, retention_days

    try:
        days = retention_days()
    except ValueError as exc:
        print(f"Unanswered questions are not recorded: {exc}", file=sys.stderr)
        days = 0
    data_dir = Path(os.environ.get("BOT_DATA_DIR", "").strip() or "data")
    return Insights.open(data_dir, os.environ.get("INSIGHTS_SALT") or None, days)


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the bot on a labelled question file."""
    from bot.evaluation import run

    return run(args.file, _load_or_exit(), args.threshold, sys.stdout)


def cmd_report(args: argparse.Namespace) -> int:
    """Print what people asked that the bot could not answer, and the feedback on its answers."""
    from bot.insights import ReportError, database_path, report

    try:
        print(report(database_path(), args.since))
    except ReportError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _days(text: str) -> float:
    """--since: a finite number of days from 0 to a hundred years, or a clear error."""
    from bot.insights import check_days

    try:
        return check_days(float(text))
    except ValueError as exc:
        shown = text if len(text) <= 30 else text[:29] + "…"
        raise argparse.ArgumentTypeError(
            f"{shown!r} is not a number of days" if "days" not in str(exc) else str(exc)
        ) from None


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve Telegram (needs TELEGRAM_BOT_TOKEN): by long polling, or by webhook."""
    mode = getattr(args, "mode", None)
    if mode == "polling":
        os.environ.pop("WEBHOOK_URL", None)
    elif mode == "webhook" and not os.environ.get("WEBHOOK_URL", "").strip():
        print("serve --webhook needs WEBHOOK_URL, the public https URL Telegram posts updates "
              "to (see docs/deploy.md); nothing was started.", file=sys.stderr)
        return 2
    from bot.reload import warmed
    from bot.telegram import serve

    return serve(warmed(_load_or_exit()))


def cmd_web(args: argparse.Namespace) -> int:
    """Serve the web chat (HOST, PORT, WEB_ALLOWED_ORIGINS; see docs/webchat.md)."""
    from bot.reload import warmed
    from bot.web.app import serve

    return serve(warmed(_load_or_exit()))


def _command(sub: argparse._SubParsersAction, name: str, summary: str, details: str = ""
             ) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=summary, description=f"{summary}.\n\n{details}".strip(),
                          formatter_class=argparse.RawDescriptionHelpFormatter)


LANGUAGE_HELP = ("answer in this language (en or de) when the question itself does not show "
                 "which one it is in, e.g. a bare project name")


def build_parser() -> argparse.ArgumentParser:
    prog = "lsn-bot" if Path(sys.argv[0]).name == "lsn-bot" else "python -m bot"
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION, epilog=EXIT_CODES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_chat(sub)
    _add_ask(sub)
    _add_check(sub)
    _add_eval(sub)
    _add_timeline(sub)
    _add_report(sub)
    serve = _command(sub, "serve", "serve Telegram (needs TELEGRAM_BOT_TOKEN)", (
        "A webhook when WEBHOOK_URL is set, otherwise long polling. Run only one process per\n"
        "token: polling and a webhook on one token conflict. See docs/deploy.md."))
    how = serve.add_mutually_exclusive_group()
    how.add_argument("--polling", dest="mode", action="store_const", const="polling",
                     help="long polling, even if WEBHOOK_URL is set (the Procfile's worker)")
    how.add_argument("--webhook", dest="mode", action="store_const", const="webhook",
                     help="a webhook on $PORT; refuse to start without WEBHOOK_URL (the "
                          "Procfile's web)")
    serve.set_defaults(func=cmd_serve)
    _command(sub, "web", "serve the web chat page and its JSON API",
             "HOST, PORT and WEB_ALLOWED_ORIGINS; see docs/webchat.md.").set_defaults(
        func=cmd_web)
    return parser


def _add_chat(sub: argparse._SubParsersAction) -> None:
    chat = _command(sub, "chat", "chat in the terminal (the default without a token)", (
        "Line editing and a history kept in ~/.lsn_bot_history. Type ? for help, quit or\n"
        "Ctrl-D to leave. Questions the bot could not answer are recorded for `report`\n"
        "(BOT_DATA_DIR/insights.sqlite; INSIGHTS_RETENTION_DAYS=0 records nothing).\n\n"
        "--jsonl: the machine interface, one JSON object per line in and out:\n"
        '  in:  {"chat": "<id>", "text": "<message>", "language": "en"|"de" (optional)}\n'
        '  out: {"chat", "text", "language", "intent", "projects", "answered"} (+ "image")\n'
        '  or {"error": ...} for a line that is not such an object; the process goes on.\n'
        "Limits: JSONL_MAX_CHATS chats kept (default 10000), each forgotten after\n"
        "JSONL_IDLE_SECONDS idle (default 3600); timeline pictures cached up to\n"
        "TIMELINE_CACHE_MB (default 50) in BOT_DATA_DIR/timelines."))
    chat.add_argument("--jsonl", action="store_true",
                      help="JSON lines on stdin/stdout instead of the chat")
    chat.add_argument("--record", action="store_true",
                      help="with --jsonl: record unanswered questions for `report` too")
    chat.add_argument("--language", choices=["en", "de"], help=LANGUAGE_HELP)
    chat.set_defaults(func=cmd_chat)


def _add_ask(sub: argparse._SubParsersAction) -> None:
    ask = _command(sub, "ask", "answer one question and exit",
                   'Example: python -m bot ask "when did BFCC run?"')
    ask.add_argument("question", nargs="+", help="the question (quotes are optional)")
    ask.add_argument("--json", action="store_true",
                     help="print the reply as the JSON-lines interface's object")
    ask.add_argument("--language", choices=["en", "de"], help=LANGUAGE_HELP)
    ask.set_defaults(func=cmd_ask)


def _add_check(sub: argparse._SubParsersAction) -> None:
    check = _command(sub, "check", "validate a knowledge-base file", (
        "Prints a one-line summary and exits 0, or every error as\n"
        "`file:line: key.path: message` and exits 1."))
    check.add_argument("path", nargs="?",
                       help="the YAML file (default: KNOWLEDGE_PATH or the bot's own)")
    check.add_argument("--page", metavar="FILE",
                       help="the page the facts rest on: every quote must be on it and no prose "
                            "may copy it (default: ../shared/sources/past-projects.txt beside "
                            "the repository, where present)")
    check.set_defaults(func=cmd_check)


def _add_eval(sub: argparse._SubParsersAction) -> None:
    ev = _command(sub, "eval", "score the bot on a labelled question file", (
        "Prints accuracy by question type and language, and every failure. Exits 0 (PASS)\n"
        "when the accuracy reaches the threshold and no unanswerable question got a\n"
        "confident answer, else 1 (FAIL).\n"
        "Example: python -m bot eval tests/questions.yaml"))
    ev.add_argument("file", help="a YAML question file, e.g. tests/questions.yaml")
    ev.add_argument("--threshold", type=float, default=0.98, metavar="ACCURACY",
                    help="the least accuracy that passes, 0-1 or a percentage "
                         "(default: %(default)s)")
    ev.set_defaults(func=cmd_eval)


def _add_timeline(sub: argparse._SubParsersAction) -> None:
    timeline = _command(sub, "timeline", "draw the projects on a timeline picture (PNG)", (
        "Exits 1 when no project matches, so there is nothing to draw.\n"
        "Example: python -m bot timeline ERDF --out erdf.png"))
    timeline.add_argument("words", nargs="*", metavar="QUESTION OR FILTER",
                          help="e.g. ERDF, Interreg, 2016 to 2020, Japan (default: all)")
    timeline.add_argument("--out", default="timeline.png", metavar="FILE.png",
                          help="where to write the picture (default: %(default)s)")
    timeline.add_argument("--language", choices=["en", "de"], help=LANGUAGE_HELP)
    timeline.set_defaults(func=cmd_timeline)


def _add_report(sub: argparse._SubParsersAction) -> None:
    rep = _command(sub, "report", "what people asked that the bot could not answer", (
        "Reads BOT_DATA_DIR/insights.sqlite, written by Telegram, the terminal chat and\n"
        "`chat --jsonl --record`: the most frequent unanswered questions, counts by intent\n"
        "and language, and the 👍/👎 feedback per project."))
    rep.add_argument("--since", type=_days, metavar="DAYS", help="only the last DAYS days")
    rep.set_defaults(func=cmd_report)


def load_env_file(path: Path | None = None) -> None:
    """Read `.env` in the working directory into the environment; set variables win."""
    from dotenv import load_dotenv

    load_dotenv(path or Path.cwd() / ".env", override=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot` and `lsn-bot`."""
    args = build_parser().parse_args(argv)
    load_env_file()
    if args.command is None:
        if os.environ.get("TELEGRAM_BOT_TOKEN"):
            return cmd_serve(args)
        args = build_parser().parse_args(["chat"])
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away, as with `| head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
