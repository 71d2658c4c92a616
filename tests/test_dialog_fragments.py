"""Short dialog turns that lean on the turn before: "insgesamt?" after amounts, an
approximate duration claimed, a gap between two projects, what came next."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages,total", [
    (("wie viel ESF-Geld gab es für KI#CK?", "und vom Land bzw. der EU?", "also insgesamt?"),
     "442.000"),
    (("Wie viel Geld bekam KI#CK vom ESF?", "insgesamt?"), "442.000"),
    (("Wie viel ESF-Geld bekam KI#CK?", "zusammengerechnet?"), "442.000"),
    (("how much ESF money did KI#CK get?", "so in total?"), "442,000"),
])
def test_a_bare_in_total_after_amounts_is_the_total(
        kb: KnowledgeBase, messages: tuple[str, ...], total: str) -> None:
    # Given one funder's share of a project's money just answered
    # When the next turn asks only "in total?"
    reply = ask(kb, *messages)[-1]
    # Then the project's total is given, in the dialog's language
    assert reply.intent == "amount" and reply.answered and total in reply.text
    assert reply.language == ("de" if "," not in total else "en")


@pytest.mark.parametrize("question", [
    "can you give me an overview of all the projects with their dates",
    "Gib mir eine Übersicht aller Projekte mit Datum",
])
def test_all_projects_with_their_dates_is_the_timeline(kb: KnowledgeBase, question: str) -> None:
    # Given no project talked about
    # When someone asks for all the projects, each with its dates
    reply = ask(kb, question)[-1]
    # Then the timeline answers, not the bare list
    assert reply.intent == "timeline" and reply.answered


@pytest.mark.parametrize("messages,pair", [
    (("PILOT", "when", "funding?", "what's next for it"), ("pilot", "pilot-next")),
    (("Tell me about PILOT", "so what happened next?"), ("pilot", "pilot-next")),
    (("what's next for MAGIA",), ("magia", "magia2market")),
    (("Erzähl mir von HIHeal", "wie ging es danach weiter?"), ("hiheal", "hiheal-next")),
])
def test_what_is_next_for_a_project_asks_its_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], pair: tuple[str, ...]) -> None:
    # Given a project with a follow-up talked about or named
    # When someone asks what is (or came) next for it
    reply = ask(kb, *messages)[-1]
    # Then its follow-up answers, naming both ends of the link
    assert reply.intent == "follow_up" and reply.answered and set(pair) <= set(reply.projects)
