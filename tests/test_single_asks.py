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


@pytest.mark.parametrize("text,project,quoted", [
    ("where is it written that HIHeal ended in 2022?", "hiheal",
     "2022"),
    ("which sentence says who funded ELISE", "elise", "Interreg"),
    ("An welcher Stelle steht, dass BONEBANK vom UKSH geleitet wurde?", "bonebank", "UKSH"),
    ("Wo steht, wann BFCC begonnen hat?", "bfcc", "2016"),
])
def test_a_source_request_about_a_named_fact_answers_it_with_the_page_words(
        kb: KnowledgeBase, text: str, project: str, quoted: str) -> None:
    # Given a new chat, so there is no last answer to point at
    # When the message asks where the page says something it names itself
    reply = ask(kb, text)[0]
    # Then it answers that, and shows the page's words it rests on
    assert reply.intent == "sources" and reply.answered, reply.text
    assert project in reply.projects and quoted in reply.text
    assert "“" in reply.text  # a quote of the page, not only the answer


def test_a_bare_source_request_still_points_at_the_last_answer(kb: KnowledgeBase) -> None:
    # Given an answer about BONEBANK's lead
    replies = ask(kb, "who led BONEBANK?", "where does it say that?")
    # Then "where does it say that?" shows that answer's page words, once
    assert replies[1].intent == "sources" and "UKSH" in replies[1].text
    assert replies[1].text.count("UKSH") == 1
