"""Command line: `python -m bot [chat|ask|check|eval|timeline|report|serve|web]`.

With no sub-command the bot serves Telegram when TELEGRAM_BOT_TOKEN is set, and otherwise starts a
chat in the terminal. Every sub-command goes through the same core, `bot.conversation.answer`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bot.conversation import Reply, State, answer
from bot.knowledge import KnowledgeBase, KnowledgeError, load


def _load_or_exit(path: str | None = None) -> KnowledgeBase:
    try:
        return load(path)
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        print("The knowledge base is broken; the bot did not start.", file=sys.stderr)
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


def jsonl_loop(lines: Iterable[str], out: TextIO, kb: KnowledgeBase) -> None:
    """The machine interface: one JSON object in, one JSON object out, per line, in order."""
    states: dict[str, State] = {}
    for line in lines:
        if not line.strip():
            continue
        result = _jsonl_one(line, states, kb)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()


def _jsonl_one(line: str, states: dict[str, State], kb: KnowledgeBase) -> dict[str, object]:
    try:
        message = json.loads(line)
    except ValueError as exc:
        return {"error": f"malformed JSON: {exc.msg}", "line": line.strip()[:200]}
    if not isinstance(message, dict) or not isinstance(message.get("text"), str):
        return {"error": "expected an object with a string 'text'", "line": line.strip()[:200]}
    chat = message.get("chat")
    hint = message.get("language") if isinstance(message.get("language"), str) else None
    key = json.dumps(chat, sort_keys=True, default=str)
    reply = answer(message["text"], states.get(key, State()), kb, hint)
    states[key] = reply.state
    if reply.data.get("timeline"):
        reply = _with_timeline_image(reply, kb)
    return reply.to_json(chat)


def _with_timeline_image(reply: Reply, kb: KnowledgeBase) -> Reply:
    """Draw a timeline reply's picture for machine clients; keep the text if it can't be saved."""
    from bot.timeline import save_png_by_content

    directory = Path(os.environ.get("BOT_DATA_DIR") or "data") / "timelines"
    try:
        path = save_png_by_content(reply.data["timeline"], kb, reply.language, directory)
    except (OSError, ValueError) as exc:
        print(f"The timeline picture was not saved: {exc}", file=sys.stderr)
        return reply
    return replace(reply, image=str(path.resolve()))


def cmd_timeline(args: argparse.Namespace) -> int:
    """Draw the projects on a timeline picture; the words filter them as in a question."""
    kb = _load_or_exit()
    reply = answer(" ".join(["timeline", *args.words]), State(), kb, args.language)
    if not reply.data.get("timeline"):
        print(reply.text)
        return 0
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
    kb = _load_or_exit()
    if args.jsonl:
        jsonl_loop(sys.stdin, sys.stdout, kb)
        return 0
    from bot.terminal import chat

    return chat(kb, args.language)


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
    """Serve Telegram (needs TELEGRAM_BOT_TOKEN)."""
    from bot.telegram import serve

    return serve(_load_or_exit())


def cmd_web(args: argparse.Namespace) -> int:
    """Serve the web chat (HOST, PORT, WEB_ALLOWED_ORIGINS; see docs/webchat.md)."""
    from bot.web.app import serve

    return serve(_load_or_exit())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="validate a knowledge-base file")
    check.add_argument("path", nargs="?", help="YAML file (default: knowledge/projects.yaml)")
    check.add_argument("--page", metavar="FILE",
                       help="the page the facts rest on: every quote must be on it and no prose "
                            "may copy it (default: ../shared/sources/past-projects.txt beside "
                            "the repository, where present)")
    check.set_defaults(func=cmd_check)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question", nargs="+")
    ask.add_argument("--json", action="store_true", help="print the JSON-lines reply object")
    ask.add_argument("--language", choices=["en", "de"], help="tie-break hint")
    ask.set_defaults(func=cmd_ask)
    chat = sub.add_parser("chat", help="chat in the terminal")
    chat.add_argument("--jsonl", action="store_true", help="JSON lines on stdin/stdout")
    chat.add_argument("--language", choices=["en", "de"], help="tie-break hint")
    chat.set_defaults(func=cmd_chat)
    ev = sub.add_parser("eval", help="score the bot on a labelled question file")
    ev.add_argument("file")
    ev.add_argument("--threshold", type=float, default=0.0, help="fail below this accuracy (0-1)")
    ev.set_defaults(func=cmd_eval)
    timeline = sub.add_parser("timeline", help="draw the projects on a timeline picture (PNG)")
    timeline.add_argument("words", nargs="*", metavar="QUESTION OR FILTER",
                          help="e.g. ERDF, Interreg, 2016 to 2020, Japan")
    timeline.add_argument("--out", default="timeline.png", metavar="FILE.png",
                          help="where to write the picture (default: %(default)s)")
    timeline.add_argument("--language", choices=["en", "de"], help="tie-break hint")
    timeline.set_defaults(func=cmd_timeline)
    rep = sub.add_parser("report", help="what people asked that the bot could not answer")
    rep.add_argument("--since", type=_days, metavar="DAYS", help="only the last DAYS days")
    rep.set_defaults(func=cmd_report)
    serve = sub.add_parser("serve", help="serve Telegram (needs TELEGRAM_BOT_TOKEN)")
    serve.set_defaults(func=cmd_serve)
    sub.add_parser("web", help="serve the web chat page and its JSON API").set_defaults(
        func=cmd_web)
    return parser



def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot` and `lsn-bot`."""
    args = build_parser().parse_args(argv)
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
