"""Dialog turns and messages with several asks: a link asked, then a question about the project
it reached ("what came before X, and who funded that earlier project?"), ordinals into the
projects just named, hops from the subject, corrections."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("message,intent,pid,word", [
    ("what came before magia2market, and who funded that earlier project?", "predecessor",
     "magia", "COSME"),
    ("Was war der Vorgänger von MAGIA2Market, und wer hat dieses frühere Projekt gefördert?",
     "predecessor", "magia", "COSME"),
    ("what followed hiheal, and when did that follow-up start?", "follow_up", "hiheal-next",
     "HIHeal next level"),
])
def test_a_link_asked_then_a_question_about_the_project_it_reached(
        kb: KnowledgeBase, message: str, intent: str, pid: str, word: str) -> None:
    # Given one message that asks for a link, then asks about "that earlier project"
    reply = ask(kb, message)[-1]
    # Then the link is the reply's intent (the first ask), and the second ask is answered of
    # the project the link reached
    assert reply.intent == intent and pid in reply.projects
    assert len(reply.text.split("\n")) >= 2 and word in reply.text


@pytest.mark.parametrize("messages,pid,word", [
    (("what did magia2market continue?", "and when did that earlier project end?"), "magia",
     "2019"),
    (("Was kam vor MAGIA2Market?", "Wann endete dieses frühere Projekt?"), "magia", "2019"),
])
def test_that_earlier_project_names_the_predecessor_it_ranks_nothing(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, word: str) -> None:
    # Given the predecessor just named
    # When "that earlier project" is asked about
    reply = ask(kb, *messages)[-1]
    # Then it is the predecessor, no ranking of the two by date
    assert reply.intent == "end" and pid in reply.projects and word in reply.text
