"""A "why" question whose premise the page settles: a false premise is corrected, a true one
gets "the page doesn't say why" with its fact; "why was it set up?" still asks the aim. Facts
are the page's: NORTHOPEDICS ended on 30 June 2019; KI#CK was funded through the ESF and the
EU/Schleswig-Holstein; InnoReAct was led by Life Science Nord."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("message,fact", [
    ("Why did NORTHOPEDICS stop in 2017?", "2019"),
    ("Wieso wurde KI#CK von Interreg gefördert?", "ESF"),
])
def test_a_false_premise_is_corrected(kb: KnowledgeBase, message: str, fact: str) -> None:
    reply = answer(message, State(), kb)
    assert reply.text.startswith(("That doesn't match the page", "Das deckt sich nicht")), \
        reply.text
    assert fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("message", ["how come NORTHOPEDICS ended in 2019?",
                                     "Warum hat LSN InnoReAct geleitet?"])
def test_a_true_premise_says_the_page_gives_no_reason(kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert reply.text.startswith(("The page doesn't say why", "Warum, sagt die Seite nicht")), \
        reply.text
    assert not reply.answered, reply.text


def test_why_a_project_was_set_up_asks_its_aim(kb: KnowledgeBase) -> None:
    reply = answer("why was NORTHOPEDICS set up?", State(), kb)
    assert reply.intent == "goals", reply.text


@pytest.mark.parametrize("message,start", [("Was ELISE's grant about 1.2 billion euros?", "No."),
                                           ("Bekam ELISE über eine Milliarde Euro?", "Nein.")])
def test_billions_are_a_scale_of_euros(kb: KnowledgeBase, message: str, start: str) -> None:
    # ELISE: €1,217,494
    reply = answer(message, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("message,start", [("Did MAGIA stop in 2018?", "No."),  # ended 2019
                                           ("did p.i.l.o.t. halt in 2023", "Yes.")])
def test_stopping_in_a_year_is_ending_then(kb: KnowledgeBase, message: str, start: str) -> None:
    reply = answer(message, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("message", [
    "BFCC belonged to some bigger EU thing, right? what was its name?",
    "BFCC war Teil von etwas Größerem – wie hieß das noch?",
])
def test_the_name_of_a_whole_outside_the_page_is_answered_by_the_link(
        kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert "HealthRegion" in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("message", ["was BFCC only about fracture registries?",
                                     "Ging es bei NORTHOPEDICS ausschließlich um Knochenheilung?"])
def test_only_a_topic_is_no_claim_the_page_settles(kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert not reply.text.startswith(("Yes", "Ja", "No", "Nein")), reply.text


@pytest.mark.parametrize("message", ["what was the NordMed Medtech Link project?",
                                     "Erzählen Sie mir vom Projekt 'Baltic Bone Alliance'"])
def test_a_name_marked_as_a_project_with_a_topic_inside_is_unknown(
        kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert reply.intent == "unknown_project" and not reply.projects, reply.text


@pytest.mark.parametrize("message", ["War P.I.L.O.T. auch in Kiel aktiv?",
                                     "did NORTHOPEDICS involve clinics in Flensburg?"])
def test_a_city_inside_a_projects_region_is_not_ruled_out(
        kb: KnowledgeBase, message: str) -> None:
    # P.I.L.O.T. and NORTHOPEDICS: Schleswig-Holstein; the page names no cities for them
    reply = answer(message, State(), kb)
    assert not reply.text.startswith(("No", "Nein")) and not reply.answered, reply.text


def test_a_city_outside_a_projects_places_is_still_a_no(kb: KnowledgeBase) -> None:
    reply = answer("Was NORTHOPEDICS active in Munich?", State(), kb)
    assert reply.text.startswith("No."), reply.text


@pytest.mark.parametrize("messages", [
    ("Why was Japan added?",),
    ("Wer hat bei MAGIA mitgemacht?", "Warum wurde Japan hinzugefügt?"),
    ("who were MAGIA's partners?", "why was Japan added?"),
])
def test_why_a_place_was_added_is_asked_of_the_project_that_added_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given no project, or MAGIA, whose follow-up MAGIA2Market added Japan as a target
    state = State()
    for message in messages:
        reply = answer(message, state, kb)
        state = reply.state
    # Then the premise holds of MAGIA2Market: the page doesn't say why, no correction
    assert reply.projects == ("magia2market",) and not reply.answered, reply.text
    assert reply.text.startswith(("The page doesn't say why", "Warum, sagt die Seite nicht")), \
        reply.text


@pytest.mark.parametrize("message,fact,listed", [
    # the page: ELISE was funded by Interreg Europe; NORTHOPEDICS by the ERDF and the State of
    # Schleswig-Holstein; the City of Hamburg funded HIHeal, BRIDGE 53 and InnoReAct
    ("Since ELISE was funded by Horizon 2020, which other projects got Horizon money?",
     "Interreg Europe", None),
    ("Da NORTHOPEDICS von Hamburg finanziert wurde, welche anderen Projekte noch?",
     "Land Schleswig-Holstein", "HIHeal"),
    ("Since NORTHOPEDICS was funded by Hamburg, which other projects were?",
     "State of Schleswig-Holstein", "InnoReAct"),
])
def test_a_false_premise_told_before_a_question_is_said_first(
        kb: KnowledgeBase, message: str, fact: str, listed: str | None) -> None:
    # Given a premise about a named project, told before the question, that the page
    # contradicts
    reply = answer(message, State(), kb)
    # Then it is corrected first (was the project's funding with no word that the premise is
    # wrong), then the question: the others of what the premise claims
    assert reply.text.startswith(("That doesn't match the page", "Das deckt sich nicht")), \
        reply.text
    assert fact in reply.text, reply.text
    assert listed is None or listed in reply.text, reply.text


@pytest.mark.parametrize("message,listed", [
    ("Since BFCC was funded by Interreg, which other projects were?", "ELISE"),
    ("Da BFCC von Interreg gefördert wurde, welche anderen Projekte noch?", "BONEBANK"),
])
def test_a_true_premise_only_leads_into_the_question(
        kb: KnowledgeBase, message: str, listed: str) -> None:
    # Given a premise the page holds / Then no correction, and the others it asks for
    reply = answer(message, State(), kb)
    assert not reply.text.startswith(("That doesn't", "Das deckt")), reply.text
    assert listed in reply.text, reply.text


@pytest.mark.parametrize("turns,start,answered", [
    # the page: MAGIA targeted the USA and China; its follow-up MAGIA2Market "the USA, China
    # and, newly, Japan": nothing was dropped
    (("Tell me about MAGIA2Market", "Und warum wurde China gestrichen?"),
     "Das deckt sich nicht mit der Seite:", True),
    (("Tell me about MAGIA2Market", "Why was China dropped?"), "That doesn't match the page:",
     True),
    (("Tell me about MAGIA2Market", "Was China dropped?"), "No.", True),
    (("Wurde China bei MAGIA2Market gestrichen?",), "Nein.", True),
])
def test_a_target_claimed_dropped_that_the_follow_up_kept_is_denied(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str, answered: bool) -> None:
    # Given a target claimed taken off (was "Yes." to "Was China dropped?", and "Warum, sagt
    # die Seite nicht." to the why) / Then no, with the follow-up's targets, China among them
    reply = ask(kb, *turns)[-1]
    assert reply.text.startswith(start) and reply.answered == answered, reply.text
    assert "China" in reply.text, reply.text


@pytest.mark.parametrize("message,start,fact", [
    # the page: HIHeal ran until 2022 and was continued by HIHeal next level transition; it
    # names no extension, the follow-up is how it tells of one
    ("Warum wurde HIHeal verlängert?", "Warum, sagt die Seite nicht.", "fortgeführt"),
    ("Why was HIHeal extended?", "The page doesn't say why.", "continued by"),
])
def test_why_a_project_was_extended_gives_its_follow_up_not_its_aim(
        kb: KnowledgeBase, message: str, start: str, fact: str) -> None:
    # Given "why was it extended?" (was the project's goal, as if asked why it was set up)
    reply = answer(message, State(), kb)
    # Then the page doesn't say why, and what it does say: the follow-up that continued it
    assert reply.text.startswith(start) and fact in reply.text, reply.text
    assert "HIHeal next level transition" in reply.text and not reply.answered, reply.text


@pytest.mark.parametrize("message,start,dates", [
    # the page: BFCC ran from March 2016 until February 2019, no follow-up, no extension
    ("Why was BFCC extended?", "The page doesn't say that BFCC was extended", "February 2019"),
    ("Warum wurde BFCC 2019 verlängert?", "Dass BFCC verlängert oder fortgesetzt wurde, sagt "
     "die Seite nicht", "Februar 2019"),
])
def test_why_a_project_without_a_follow_up_was_extended_says_the_page_tells_none(
        kb: KnowledgeBase, message: str, start: str, dates: str) -> None:
    # Given "why was it extended?" of a project the page gives no extension or follow-up
    # (was its goal, or "the page doesn't say why" as if it had been extended)
    reply = answer(message, State(), kb)
    # Then the premise is not taken: no extension on the page, and when it ran
    assert reply.text.startswith(start) and dates in reply.text, reply.text
    assert not reply.answered and reply.projects == ("bfcc",), reply.text


def test_why_a_programme_the_page_never_names_funded_it_is_corrected(kb: KnowledgeBase) -> None:
    # Given ELISE, funded by Interreg Europe / When "why" claims Horizon 2020, which the page
    # never names (was ELISE's goal)
    reply = answer("Why was ELISE funded by Horizon 2020?", State(), kb)
    # Then the premise is corrected with the page's funder
    assert reply.text.startswith("That doesn't match the page") and "Interreg Europe" in \
        reply.text, reply.text


@pytest.mark.parametrize("message,intent,start", [
    ("Why did BFCC get 5 million euros?", "amount", "The page gives no amount for BFCC"),
    ("Why did NORTHOPEDICS have 20 partners?", "partners", "The page doesn't name partners"),
    ("Why did BRIDGE 53 run for five years?", "duration", "The page doesn't say how long"),
    ("Why did BRIDGE 53 end in 2019?", "end", "The page doesn't say when BRIDGE 53 ended"),
    ("Warum hatte NORTHOPEDICS 20 Partner?", "partners", "Die Seite nennt keine Partner"),
    ("Warum lief BRIDGE 53 fünf Jahre?", "duration", "Die Seite sagt nicht, wie lange"),
])
def test_why_of_a_figure_the_page_does_not_give_is_not_granted(
        kb: KnowledgeBase, message: str, intent: str, start: str) -> None:
    # Given "why" of an amount, a partner count, a length or a year the page doesn't give for
    # that project (was its goal, as if the premise held)
    reply = answer(message, State(), kb)
    # Then that the page doesn't give it, with what it gives instead; nothing answered
    assert reply.intent == intent and reply.text.startswith(start), reply.text
    assert not reply.answered, reply.text
