"""References into the last list: a question about "it" right after a list, a link asked of it."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


def test_which_of_the_list_had_a_link_names_the_link_when_one_did(kb: KnowledgeBase) -> None:
    # Given a list, then which of it was continued: one was, so its follow-up is named
    replies = ask(kb, "what was running in 2023?", "which of these got a follow-up project?")
    assert replies[1].intent == "follow_up" and replies[1].projects[0] in replies[0].projects
    assert len(replies[1].projects) == 2


def test_a_question_about_it_right_after_a_short_list_asks_which_of_it(kb: KnowledgeBase
                                                                       ) -> None:
    replies = ask(kb, "Welche Projekte liefen 2018?", "welches davon hatte ein Nachfolgeprojekt?",
                  "und wann begann das?", "das zweite")
    assert replies[2].intent == "clarify"
    assert {c.query for c in replies[2].choices} == {"HIHeal", "MAGIA"}
    assert replies[3].projects == ("magia",) and "2018" in replies[3].text
