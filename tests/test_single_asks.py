"""One message whose ask was misread: a softener inside an intent phrase ("what can you actually
do?"), a source request about a named fact, a fused German question word ("wielange"), a told
question ("Mir ist nicht klar, was aus MAGIA wurde"), a short question after the sentence that
names its subject."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("text,language", [
    ("what can you really do?", "en"),
    ("so what exactly can you do", "en"),
    ("Was kannst du denn überhaupt?", "de"),
    ("Worüber können Sie mir eigentlich Auskunft geben?", "de"),
])
def test_a_softener_inside_a_help_phrase_still_asks_for_help(
        kb: KnowledgeBase, text: str, language: str) -> None:
    # Given a new chat
    # When the help question carries a word that only stresses it
    reply = ask(kb, text)[0]
    # Then it is still the help, answered in the message's language
    assert reply.intent == "help" and reply.answered and reply.language == language, reply.text


@pytest.mark.parametrize("text,intent,project", [
    ("who really paid for BFCC?", "funding", "bfcc"),
    ("Wann hat ELISE denn eigentlich geendet?", "end", "elise"),
    ("what precisely was the aim of BONEBANK?", "goals", "bonebank"),
])
def test_a_softener_leaves_a_project_question_as_it_was(
        kb: KnowledgeBase, text: str, intent: str, project: str) -> None:
    # Given a question about one project with a softener in it
    reply = ask(kb, text)[0]
    # Then it asks what it would ask without the softener
    assert reply.intent == intent and reply.projects == (project,), reply.text


@pytest.mark.parametrize("text,intent,projects", [
    ("Mir ist immer noch nicht ganz klar, was aus P.I.L.O.T. geworden ist.", "follow_up",
     {"pilot", "pilot-next"}),
    ("Ich arbeite mich gerade ein. Mir ist noch nicht so ganz klar, was nach HIHeal kam.",
     "follow_up", {"hiheal", "hiheal-next"}),
    ("Ich weiß noch nicht genau, wie lange ELISE lief.", "duration", {"elise"}),
])
def test_a_told_question_is_read_without_its_lead_in(
        kb: KnowledgeBase, text: str, intent: str, projects: set[str]) -> None:
    # Given a question told as a statement after a lead-in ("Mir ist noch nicht klar, …")
    reply = ask(kb, text)[0]
    # Then the lead-in's own words ("noch": still running?) do not colour what it asks
    assert reply.intent == intent and set(reply.projects) == projects, reply.text
    assert reply.answered
