"""Questions the page can't answer though they name what it does: a follow-up it only names
asked about in detail, a thing a project made asked about today, the future, a judgement. The
reply says the page doesn't say (answered false), with what it does say where that helps."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("text,project", [
    ("What exactly is P.I.L.O.T. Next Level about?", "pilot-next"),
    ("Was ist P.I.L.O.T. Next Level konkret?", "pilot-next"),
    ("tell me in detail what HIHeal next level transition is", "hiheal-next"),
])
def test_a_named_only_follow_up_asked_about_in_detail_is_not_described(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a follow-up the page names without describing it
    # When its overview is asked for "exactly", "konkret", "in detail"
    reply = ask(kb, text)[0]
    # Then the card says what the page gives (its predecessor), and the ask is not answered
    assert reply.intent == "overview" and reply.projects == (project,), reply.text
    assert not reply.answered


@pytest.mark.parametrize("text", ["what is HIHeal next level transition?",
                                  "Was ist P.I.L.O.T. Next Level?",
                                  "what exactly was BFCC about?"])
def test_a_plain_overview_or_a_described_project_stays_answered(
        kb: KnowledgeBase, text: str) -> None:
    # Given an overview asked without a detail word, or in detail of a described project
    reply = ask(kb, text)[0]
    # Then the card answers it
    assert reply.intent == "overview" and reply.answered, reply.text
