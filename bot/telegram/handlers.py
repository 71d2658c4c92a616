"""The update handlers: each unwraps an update, calls the core and sends the reply.

Conversation state belongs to a *conversation*: a private chat, or one user within a group (so
two people asking about different projects in one group don't mix up their subjects). A message
that replies to one of the bot's answers takes its subject from that answer. State is read from
and staged for the durable store (``bot.telegram.store``); the application writes it when the
update is done. Before any handler, a cheap flood check drops what a flooding user sends.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import time
from dataclasses import replace

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot import logs
from bot.conversation import Reply, State, answer, answer_about
from bot.flood import FloodGuard, Verdict
from bot.insights import Insights
from bot.knowledge import KnowledgeBase
from bot.reload import LiveKnowledge
from bot.telegram import keyboards as kbd
from bot.telegram.sending import HTML, NO_PREVIEW, send_html, send_timeline, split_html
from bot.telegram.store import Store
from bot.telegram.texts import GERMAN_COMMANDS, language_hint, reload_message, text
from bot.text import normalize

log = logging.getLogger(__name__)

INLINE_LIMIT = 50
BACKLOG_AGE = 10.0  # seconds: older messages waited while the bot was down; use their own time
REPORT_MAX_DAYS = 36500
Context = ContextTypes.DEFAULT_TYPE


# --------------------------------------------------------------------------- who and what


class AddressedToBot(filters.MessageFilter):
    """Private messages, and group messages that mention the bot or reply to it."""

    def filter(self, message: Message) -> bool:
        """True when the bot should answer this message."""
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        mentions = [*message.parse_entities([MessageEntity.MENTION]).values(),
                    *message.parse_caption_entities([MessageEntity.MENTION]).values()]
        return f"@{bot.username}".lower() in (m.lower() for m in mentions)


class CommandForBot(filters.MessageFilter):
    """A command for this bot: ``/help`` or ``/help@this_bot``, not ``/help@another_bot``."""

    def filter(self, message: Message) -> bool:
        """True when one of the bot's command handlers could take this message."""
        entities = message.entities or ()
        if not entities or entities[0].type != MessageEntity.BOT_COMMAND or entities[0].offset:
            return False
        _, _, target = message.parse_entity(entities[0]).partition("@")
        return not target or target.lower() == (message.get_bot().username or "").lower()


def conversation_key(update: Update) -> str | None:
    """Whose conversation this is: a private chat, one user in a group, or None (inline)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return None
    if chat.type == ChatType.PRIVATE or user is None:
        return f"c:{chat.id}"
    return f"c:{chat.id}:u:{user.id}"


def _without_mention(message_text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", message_text, flags=re.IGNORECASE).strip()


def _command(update: Update) -> str:
    """The command word of a command message, without the slash and the bot's name."""
    first = (update.effective_message.text or " ").split()[0]
    return first.lstrip("/").partition("@")[0].lower()


def sent_at(update: Update, now: float | None = None) -> float:
    """When the flood check should consider a message sent: now, unless it waited long.

    Messages that waited while the bot was down arrive together; their own send times keep them
    from looking like a flood. (Telegram's dates are whole seconds, so live ones use the clock.)
    """
    now = time.time() if now is None else now
    message = update.message or update.edited_message
    stamp = message and (message.edit_date or message.date)
    sent = stamp.timestamp() if stamp else now
    return sent if now - sent > BACKLOG_AGE else now


def report_days(args: list[str]) -> float | None | bool:
    """/report's argument: None for everything, a number of days, or False if it is invalid."""
    if not args:
        return None
    if len(args) == 1 and re.fullmatch(r"\d{1,5}", args[0]) and \
            1 <= int(args[0]) <= REPORT_MAX_DAYS:
        return float(args[0])
    return False


# --------------------------------------------------------------------------- handlers


class Handlers:
    """The update handlers and what they share: knowledge, store, insights, flood guard."""

    def __init__(self, knowledge: LiveKnowledge, store: Store, insights: Insights,
                 flood: FloodGuard, admins: frozenset[int]) -> None:
        self.knowledge = knowledge
        self.store = store
        self.insights = insights
        self.flood_guard = flood
        self.admins = admins

    # ----------------------------------------------------------------------- state

    def state(self, update: Update, kb: KnowledgeBase) -> State:
        """The conversation's state; for a reply to the bot, the state of the answer replied to.

        Projects that a reloaded knowledge base no longer has are forgotten.
        """
        raw = None
        message, chat = update.message or update.edited_message, update.effective_chat
        replied = message.reply_to_message if message else None
        if replied and chat and replied.from_user and replied.from_user.id == message.get_bot().id:
            raw = self.store.message_state(chat.id, replied.message_id)
        key = conversation_key(update)
        if raw is None and key is not None:
            raw = self.store.conversation(key)
        state = State.from_dict(raw)
        known = kb.projects
        if all(p in known for p in (*state.projects, *state.last_list, *state.choices)):
            return state
        return replace(state, projects=tuple(p for p in state.projects if p in known),
                       last_list=tuple(p for p in state.last_list if p in known),
                       choices=tuple(p for p in state.choices if p in known))

    def remember(self, update: Update, state: State, sent: list[Message] = ()) -> None:
        """Stage the conversation's new state, and the messages that carried the answer."""
        key = conversation_key(update)
        if key is None:
            return
        staged = self.store.stage(update.update_id)
        staged.conversation = (key, state.to_dict())
        staged.messages.extend((m.chat_id, m.message_id, state.to_dict()) for m in sent)

    def language(self, update: Update, state: State) -> str:
        """The language to answer in: a German command's, the conversation's, the user's."""
        message = update.message or update.edited_message
        if message and message.text and message.text.startswith("/") and \
                _command(update) in GERMAN_COMMANDS:
            return "de"
        return state.language or language_hint(update.effective_user) or "en"

    # ----------------------------------------------------------------------- flood

    async def flood(self, update: Update, context: Context) -> None:
        """Runs before every other handler: a flooding user gets one notice, then silence.
        A button press over the limit is still acknowledged, so its spinner stops."""
        key = conversation_key(update) or f"u:{update.effective_user.id}"
        verdict = self.flood_guard.check(key, sent_at(update))
        if verdict is Verdict.OK:
            return
        logs.note_outcome("flood")
        kb = self.knowledge.kb
        notice = text("slow_down", self.language(update, self.state(update, kb)))
        if update.callback_query:
            await update.callback_query.answer(notice if verdict is Verdict.WARN else None)
        elif verdict is Verdict.WARN and update.effective_chat:
            await send_html(update, context, html.escape(notice))
        raise ApplicationHandlerStop

    # ----------------------------------------------------------------------- messages

    async def message(self, update: Update, context: Context) -> None:
        """A question (or a photo's caption, or an edited question) addressed to the bot."""
        kb = self.knowledge.kb
        message = update.effective_message
        question = _without_mention(message.text or message.caption or "", context.bot.username)
        log.debug("update %s asks: %r", update.update_id, question)
        reply = answer(question, self.state(update, kb), kb, language_hint(update.effective_user))
        await self.send(update, context, reply, kb, question)

    async def not_text(self, update: Update, context: Context) -> None:
        """A sticker, voice message, photo without caption ...: say that only text is read."""
        logs.note_outcome("not_text")
        language = self.language(update, self.state(update, self.knowledge.kb))
        await send_html(update, context, html.escape(text("text_only", language)))

    async def start(self, update: Update, context: Context) -> None:
        """/start, or a deep link /start <project id> that opens that card."""
        kb = self.knowledge.kb
        state = self.state(update, kb)
        language = language_hint(update.effective_user) or state.language or "en"
        payload = context.args[0] if context.args else ""
        if payload in kb.projects:
            reply = answer_about("overview", payload, state, kb, language)
        else:
            reply = answer_about("greeting", None, state, kb, language)
        await self.send(update, context, reply, kb)

    async def help(self, update: Update, context: Context) -> None:
        """/help and /hilfe (in German), and unknown commands in a private chat."""
        kb = self.knowledge.kb
        state = self.state(update, kb)
        reply = answer_about("help", None, state, kb, self.language(update, state))
        await self.send(update, context, reply, kb)

    async def projects(self, update: Update, context: Context) -> None:
        """/projects and /projekte: the projects as buttons, a page at a time."""
        kb = self.knowledge.kb
        language = self.language(update, self.state(update, kb))
        logs.note_outcome("projects")
        sent = await send_html(update, context, html.escape(text("projects", language)),
                               kbd.project_list(kb, 0, language))
        self.remember(update, self.state(update, kb), sent)

    async def project(self, update: Update, context: Context) -> None:
        """/project NAME and /projekt NAME: that project's card, or the core's clarification."""
        kb = self.knowledge.kb
        state = self.state(update, kb)
        language = self.language(update, state)
        name = " ".join(context.args or ())
        if not name:
            logs.note_outcome("project (usage)")
            await send_html(update, context, html.escape(text("project_usage", language)))
            return
        german = _command(update) in GERMAN_COMMANDS
        hint = "de" if german else language_hint(update.effective_user)
        reply = answer(name, state, kb, hint)
        if len(reply.projects) == 1:
            reply = answer_about("overview", reply.projects[0], state, kb, reply.language)
        await self.send(update, context, reply, kb, name)

    async def timeline(self, update: Update, context: Context) -> None:
        """/timeline and /zeitstrahl [FILTER]: the projects on a chart, filtered like a list."""
        kb = self.knowledge.kb
        state = self.state(update, kb)
        german = self.language(update, state) == "de"
        question = " ".join(["Zeitstrahl" if german else "timeline", *(context.args or ())])
        reply = answer(question, state, kb, "de" if german else "en")
        await self.send(update, context, reply, kb, question)

    # ----------------------------------------------------------------------- buttons

    async def button(self, update: Update, context: Context) -> None:
        """A button press: answer below the message, or edit an inline-mode message."""
        kb = self.knowledge.kb
        query = update.callback_query
        state = self.state(update, kb)
        reply = self._from_callback(query.data or "", state, kb, update)
        if reply is None:
            logs.note_outcome("stale button")
            await query.answer(text("stale_button", self.language(update, state)))
            return
        await query.answer()
        if query.message is None:
            logs.note_outcome(f"{reply.intent} (inline)")
            await query.edit_message_text(split_html(reply.html)[0], parse_mode=HTML,
                                          reply_markup=kbd.keyboard(reply, kb, self.store),
                                          link_preview_options=NO_PREVIEW)
            return
        await self.send(update, context, reply, kb)  # a button's text is no user question

    def _from_callback(self, data: str, state: State, kb: KnowledgeBase, update: Update
                       ) -> Reply | None:
        """The reply a button's data asks for, or None for stale or unknown data."""
        kind, _, rest = data.partition(":")
        language = self.language(update, state)
        if kind == "p":
            intent, _, project_id = rest.partition(":")
            if intent in kbd.BUTTON_INTENTS and project_id in kb.projects:
                return answer_about(intent, project_id, state, kb, language)
            return None
        if kind == "k":
            rest = kbd.unstash(self.store, "q", rest) or ""
        if kind in ("q", "k") and rest:
            return answer(rest, state, kb, language)
        return None

    async def feedback(self, update: Update, context: Context) -> None:
        """👍 or 👎: counted once per user and message; forged data is refused."""
        query = update.callback_query
        language = self.language(update, self.state(update, self.knowledge.kb))
        vote = kbd.parse_vote(query.data or "", self.store, self.knowledge.kb)
        if vote is None:
            logs.note_outcome("stale button")
            await query.answer(text("stale_button", language))
            return
        where = query.inline_message_id or (
            f"{query.message.chat.id}:{query.message.message_id}" if query.message else "")
        if not self.store.first_vote(where, query.from_user.id):
            logs.note_outcome("feedback (repeat)")
            await query.answer(text("already_voted", language))
            return
        logs.note_outcome("feedback")
        chat = update.effective_chat
        self.insights.feedback(vote.value, language, vote.intent, vote.projects,
                               chat.id if chat else query.from_user.id)
        await query.answer(text("feedback_thanks", language))
        if isinstance(query.message, Message) and query.message.reply_markup:
            with contextlib.suppress(BadRequest):  # too old to edit, or edited already
                await query.edit_message_reply_markup(
                    kbd.without_feedback(query.message.reply_markup))

    async def sources(self, update: Update, context: Context) -> None:
        """"Source": the words of the page that an answer rests on."""
        query = update.callback_query
        language = self.language(update, self.state(update, self.knowledge.kb))
        quotes = kbd.parse_sources(query.data or "", self.store)
        if not quotes or update.effective_chat is None:
            logs.note_outcome("stale button")
            await query.answer(text("stale_button", language))
            return
        logs.note_outcome("sources")
        await query.answer()
        body = "\n".join(f"<blockquote>{html.escape(q, quote=False)}</blockquote>"
                         for q in quotes)
        await send_html(update, context, f"{html.escape(text('sources_title', language))}\n{body}")

    async def page(self, update: Update, context: Context) -> None:
        """◀/▶ under the project list: show another page of buttons."""
        query = update.callback_query
        language = self.language(update, self.state(update, self.knowledge.kb))
        number = query.data.partition(":")[2] if query.data else ""
        if not re.fullmatch(r"\d{1,6}", number):
            logs.note_outcome("stale button")
            await query.answer(text("stale_button", language))
            return
        logs.note_outcome("projects (page)")
        await query.answer()
        with contextlib.suppress(BadRequest):  # the same page again: "message is not modified"
            await query.edit_message_reply_markup(
                kbd.project_list(self.knowledge.kb, int(number), language))

    # ----------------------------------------------------------------------- inline mode

    async def inline(self, update: Update, context: Context) -> None:
        """Inline mode: matching project cards, at most 50; an empty query lists all."""
        kb = self.knowledge.kb
        query = update.inline_query
        language = language_hint(query.from_user) or "en"
        results = [self._card_result(pid, language, kb)
                   for pid in self._matching(query.query, language, kb)[:INLINE_LIMIT]]
        logs.note_outcome(f"inline ({len(results)} results)")
        await query.answer(results, cache_time=60, is_personal=True)

    def _matching(self, query: str, language: str, kb: KnowledgeBase) -> list[str]:
        wanted = normalize(query)
        if not wanted:
            return list(kb.projects)
        by_name = [p.id for p in kb.projects.values()
                   if any(wanted in normalize(name) for name in p.names())]
        reply = answer(query, State(), kb, language)
        by_core = reply.state.choices if reply.intent == "clarify" else reply.projects
        return list(dict.fromkeys([*by_name, *by_core]))

    def _card_result(self, project_id: str, language: str, kb: KnowledgeBase
                     ) -> InlineQueryResultArticle:
        project = kb.projects[project_id]
        card = answer_about("overview", project_id, State(), kb, language)
        content = InputTextMessageContent(split_html(card.html)[0], parse_mode=HTML,
                                          link_preview_options=NO_PREVIEW)
        return InlineQueryResultArticle(
            id=project_id, title=project.name, description=project.summary.get(language),
            input_message_content=content, reply_markup=kbd.keyboard(card, kb, self.store),
        )

    # ----------------------------------------------------------------------- admins

    async def reload(self, update: Update, context: Context) -> None:
        """/reload (admins): load the edited knowledge base; a broken file changes nothing."""
        language = self.language(update, self.state(update, self.knowledge.kb))
        if not self._is_admin(update):
            logs.note_outcome("refused")
            await send_html(update, context, html.escape(text("admin_only", language)))
            return
        logs.note_outcome("reload")
        outcome = await self.knowledge.reload(f"/reload by user {update.effective_user.id}")
        await send_html(update, context, reload_message(outcome, language))

    async def report(self, update: Update, context: Context) -> None:
        """/report [DAYS] (admins): what people asked that the bot could not answer."""
        language = self.language(update, self.state(update, self.knowledge.kb))
        if not self._is_admin(update):
            logs.note_outcome("refused")
            await send_html(update, context, html.escape(text("admin_only", language)))
            return
        days = report_days(list(context.args or ()))
        if days is False:
            logs.note_outcome("report (usage)")
            await send_html(update, context, html.escape(text("report_usage", language)))
            return
        logs.note_outcome("report")
        body = await asyncio.to_thread(self.insights.report, days)
        await send_html(update, context, f"<pre>{html.escape(body)}</pre>")

    def _is_admin(self, update: Update) -> bool:
        """Listed in BOT_ADMINS and writing in a private chat (reports hold people's questions)."""
        user, chat = update.effective_user, update.effective_chat
        return bool(user and chat and user.id in self.admins and chat.type == ChatType.PRIVATE)

    # ----------------------------------------------------------------------- sending

    async def send(self, update: Update, context: Context, reply: Reply, kb: KnowledgeBase,
                   question: str | None = None) -> None:
        """Send the reply, then stage the conversation's new state; note an unanswered
        question. The log line's outcome is the intent once the reply is out."""
        markup = kbd.keyboard(reply, kb, self.store, feedback=kbd.wants_feedback(reply))
        if reply.data.get("timeline"):
            sent = await send_timeline(update, context, reply, kb, markup)
        else:
            sent = await send_html(update, context, reply.html, markup)
        self.remember(update, reply.state, sent)
        logs.note_outcome(reply.intent if reply.answered else f"{reply.intent} (unanswered)")
        if not reply.answered and question is not None:
            chat = update.effective_chat
            self.insights.unanswered(question, reply.language, reply.intent, reply.projects,
                                     chat.id if chat else update.effective_user.id)
