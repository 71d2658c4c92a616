"""A topic told before the question ("I'm writing about X. Did LSN ever do something like
that?") is what the question asks about; German compounds of a topic and a general word
("Knochenforschung") are about the topic. Facts are the page's, written out here."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase


@pytest.mark.parametrize("message,expected", [
    ("My thesis is on fracture registries around the Baltic Sea. Did Life Science Nord ever "
     "run a project on this?", {"bfcc"}),
    ("Wir sind ein Start-up und wollen nach China expandieren. Hatte LSN da mal ein Projekt?",
     {"magia", "magia2market"}),  # both had China as a target
    ("I'm looking into stem cell biobanks. anything like that at LSN?", {"bonebank"}),
])
def test_a_question_pointing_at_what_was_told_takes_its_conditions(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    reply = answer(message, State(), kb)
    assert set(reply.projects) == expected and reply.answered, reply.text


def test_a_question_after_the_told_topic_goes_on_with_the_project_found(
        kb: KnowledgeBase) -> None:
    reply = answer("Ich recherchiere zu Präzisionsmedizin. Gab es dazu ein Projekt, und wann "
                   "endete es?", State(), kb)
    assert "P.I.L.O.T." in reply.text and "2023" in reply.text, reply.text


@pytest.mark.parametrize("message,expected", [
    ("Welche Projekte gab es in der Knochenforschung?", {"bfcc", "bonebank", "northopedics"}),
    ("Gab es was im Infektionsbereich?", {"bridge53", "hiheal"}),
])
def test_a_compound_of_a_topic_and_a_general_word_is_the_topic(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    reply = answer(message, State(), kb)
    assert set(reply.projects) == expected, reply.text
