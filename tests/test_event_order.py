"""Order claims that set one project's end against another's start, links told by "followed"
and "wovon", a place that "belongs" to a project's regions, and German case forms of funders.

The expected facts are the page's (shared/sources/past-projects.txt), written out here.
"""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase


@pytest.mark.parametrize("question,start,facts", [
    # BONEBANK ended in August 2020, P.I.L.O.T. started on 1 January 2020
    ("Was BONEBANK finished before PILOT began?", "No.", ["August 2020", "1 January 2020"]),
    ("Endete BONEBANK, bevor P.I.L.O.T. losging?", "Nein.", ["August 2020", "Januar 2020"]),
    # ELISE ended on 31 December 2021, InnoReAct started on 1 January 2022
    ("did elise wrap up before innoreact kicked off", "Yes.", ["31 December 2021", "2022"]),
    # HIHeal started on 1 April 2016, BFCC ended in February 2019
    ("Did HIHeal start before BFCC ended?", "Yes.", ["April 2016", "February 2019"]),
])
def test_each_side_of_an_order_claim_keeps_its_own_date(
    kb: KnowledgeBase, question: str, start: str, facts: list[str]
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("question,start", [
    ("Had NORTHOPEDICS already ended when MAGIA2Market started?", "Yes."),  # 2019 / 2020
    ("War BFCC schon abgeschlossen, als MAGIA begann?", "Nein."),  # Feb 2019 / 2018
    ("was HIHeal still going when InnoReAct began?", "Yes."),  # Dec 2022 / Jan 2022
    ("Lief BONEBANK noch, als P.I.L.O.T. endete?", "Nein."),  # Aug 2020 / Mar 2023
])
def test_a_status_at_another_projects_start_or_end_is_an_order(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


def test_an_order_claim_against_a_year_only_date_says_when_too_close(kb: KnowledgeBase) -> None:
    # MAGIA ended in 2019 (year only), BFCC ended in February 2019: no order can be told
    reply = answer("Was MAGIA over when BFCC ended?", State(), kb)
    assert not reply.text.startswith(("Yes", "No")), reply.text


@pytest.mark.parametrize("question,reached", [
    ("what project followed P.I.L.O.T.?", "P.I.L.O.T. Next Level"),
    ("which one succeeded HIHeal?", "HIHeal next level transition"),
])
def test_a_question_word_that_followed_a_project_asks_its_follow_up(
    kb: KnowledgeBase, question: str, reached: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "follow_up" and reached in reply.text, reply.text


@pytest.mark.parametrize("question,reached", [
    ("Wovon ist P.I.L.O.T. Next Level der Nachfolger?", "P.I.L.O.T."),
    ("wovon war MAGIA2Market die Fortsetzung", "MAGIA"),
    ("what is HIHeal next level transition a continuation of?", "HIHeal"),
])
def test_of_what_a_project_is_the_follow_up_asks_its_predecessor(
    kb: KnowledgeBase, question: str, reached: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "predecessor" and reply.answered and reached in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    ("Gehörte China zu den Zielländern von MAGIA2Market?", "Ja."),
    ("Gehörte Schweden zu den Ländern von BONEBANK?", "Nein."),
])
def test_a_place_that_belonged_to_a_projects_places_is_a_place_claim(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "places" and reply.text.startswith(start), reply.text


def test_a_project_that_belonged_to_a_project_in_a_city_is_no_place_claim(
        kb: KnowledgeBase) -> None:
    reply = answer("Gehörte BRIDGE 53 zu einem Projekt aus Hamburg?", State(), kb)
    assert not reply.text.startswith("Nein"), reply.text


@pytest.mark.parametrize("question,start", [
    ("Kam das Geld für NORTHOPEDICS aus dem Europäischen Fonds für regionale Entwicklung?",
     "Ja."),
    ("Hat der Europäische Sozialfonds BONEBANK gefördert?", "Nein."),
    ("Wurde KI#CK aus Mitteln des Europäischen Sozialfonds bezahlt?", "Ja."),
])
def test_a_funder_named_in_another_german_case_is_that_funder(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent in ("funding", "amount") and reply.text.startswith(start), reply.text
