"""Sending replies: long HTML split into Telegram-sized messages, and the timeline as a photo.

Retrying, rate limits and back-off happen below this, in ``bot.transport.RetryingRateLimiter``;
here a send either succeeds or raises.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot.conversation import Reply
from bot.knowledge import KnowledgeBase

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
HTML = ParseMode.HTML
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)[^<>]*>")
_SLACK = 100  # room to close and reopen tags at a cut
_LEAST_ROOM = 200  # units: less room than this left in a message is not worth filling

Context = ContextTypes.DEFAULT_TYPE


# --------------------------------------------------------------------------- splitting


def units(text: str) -> int:
    """Length as Telegram counts it, in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def visible(html_text: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", html_text))


def split_html(html_text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split Telegram HTML into messages under ``limit``.

    Cuts go between paragraphs where possible, else between lines, else at a space; the first
    message always holds more than the title line. Tags left open at a cut are closed and
    reopened in the next part.
    """
    if units(html_text) <= limit:
        return [html_text]
    budget = limit - _SLACK
    chunks = [""]
    for separator, block in _blocks(html_text, budget):
        _add(chunks, separator, block, budget)
    return [c for c in _balance(chunks) if visible(c).strip()]


def _blocks(html_text: str, budget: int) -> Iterator[tuple[str, str]]:
    """Paragraphs that fit, and the lines of those that don't, each with what preceded it."""
    for paragraph in html_text.split("\n\n"):
        if units(paragraph) <= budget:
            yield "\n\n", paragraph
            continue
        for i, line in enumerate(paragraph.split("\n")):
            yield ("\n\n" if i == 0 else "\n"), line


def _add(chunks: list[str], separator: str, block: str, budget: int) -> None:
    current = chunks[-1]
    joined = f"{current}{separator}{block}" if current else block
    if units(joined) <= budget:
        chunks[-1] = joined
        return
    title_only = len(chunks) == 1 and "\n" not in current
    if units(block) <= budget and not title_only:
        chunks.append(block)
        return
    room = budget - units(current) - len(separator)
    if current and (room >= _LEAST_ROOM or title_only):
        head, block = _cut(block, max(room, 1))
        chunks[-1] = f"{current}{separator}{head}"
    while units(block) > budget:
        head, block = _cut(block, budget)
        chunks.append(head)
    if block:
        chunks.append(block)


def _cut(text: str, room: int) -> tuple[str, str]:
    """The longest head of ``text`` within ``room`` units, cut at a line break or space where
    possible, never inside a tag or an entity; and the rest."""
    hard = room
    while (excess := units(text[:hard]) - room) > 0:
        hard -= excess
    newline = text.rfind("\n", 0, hard)
    space = text.rfind(" ", 0, hard)
    cut = newline + 1 if newline > hard // 2 else space + 1 if space > hard // 2 else hard
    if (lt := text.rfind("<", 0, cut)) > text.rfind(">", 0, cut):
        cut = lt  # not inside a tag
    if (amp := text.rfind("&", 0, cut)) > text.rfind(";", 0, cut) and amp > cut - 12:
        cut = amp  # not inside an entity
    cut = cut or hard
    return text[:cut].rstrip("\n"), text[cut:]


def _balance(chunks: Iterable[str]) -> list[str]:
    out: list[str] = []
    open_tags: list[tuple[str, str]] = []
    for chunk in chunks:
        prefix = "".join(tag for _, tag in open_tags)
        for match in _TAG.finditer(chunk):
            name = match.group(2).lower()
            if not match.group(1):
                open_tags.append((name, match.group(0)))
            elif open_tags and open_tags[-1][0] == name:
                open_tags.pop()
        out.append(prefix + chunk + "".join(f"</{name}>" for name, _ in reversed(open_tags)))
    return out


# --------------------------------------------------------------------------- sending


def quote(update: Update) -> ReplyParameters | None:
    """In groups, answers quote the message they answer."""
    chat, message = update.effective_chat, update.effective_message
    if message and chat and chat.type != ChatType.PRIVATE and not update.callback_query:
        return ReplyParameters(message.message_id, allow_sending_without_reply=True)
    return None


async def send_html(update: Update, context: Context, html_text: str,
                    markup: InlineKeyboardMarkup | None = None) -> list[Message]:
    """Send HTML in parts under 4,096 characters; buttons go under the last part."""
    chat = update.effective_chat
    reply_to = quote(update)
    parts = split_html(html_text)
    sent = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        sent.append(await context.bot.send_message(
            chat.id, part, parse_mode=HTML, reply_markup=markup if last else None,
            reply_parameters=reply_to if i == 0 else None, link_preview_options=NO_PREVIEW,
        ))
    return sent


_DRAWING = threading.Lock()  # matplotlib's fonts and settings are not thread-safe


@lru_cache(maxsize=32)
def render_chart(kb: KnowledgeBase, timeline_json: str, language: str) -> bytes:
    """The timeline PNG, remembered: asking for the same chart again costs nothing.

    Chats are answered concurrently, so two charts may be asked for at once; they are drawn
    one after the other.
    """
    from bot.timeline import render_png

    with _DRAWING:
        return render_png(json.loads(timeline_json), kb, language)


async def send_timeline(update: Update, context: Context, reply: Reply, kb: KnowledgeBase,
                        markup: InlineKeyboardMarkup | None) -> list[Message]:
    """The chart as a photo captioned with the title and text version; the text if it fails.

    When the text version is too long for a caption, the caption is the title and the text
    follows as a message. Drawing takes a few hundred milliseconds, so it runs in a thread, and
    the same chart is drawn only once.
    """
    chart = json.dumps(reply.data["timeline"], sort_keys=True)
    try:
        png = await asyncio.to_thread(render_chart, kb, chart, reply.language)
    except Exception as exc:  # a chart that cannot be drawn must not cost the answer
        log.error("Drawing the timeline failed (%s); sending the text version only",
                  type(exc).__name__)
        return await send_html(update, context, reply.html, markup)
    fits = units(visible(reply.html)) <= CAPTION_LIMIT
    title = html.escape(reply.data["timeline"]["title"], quote=False)
    caption = reply.html if fits else f"<b>{title}</b>"
    photo = await context.bot.send_photo(update.effective_chat.id, png, caption=caption,
                                         filename="timeline.png", parse_mode=HTML,
                                         reply_markup=markup if fits else None,
                                         reply_parameters=quote(update))
    if fits:
        return [photo]
    return [photo, *await send_html(update, context, reply.html, markup)]
