"""Dialog turns that ask something new of the project just talked about: a passive "who was
meant to be ...", and whether a project went on after the year it ended."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages", [
    ("Wie lange lief KI#CK?", "Und wer sollte damit geschult werden?"),
    ("Wann endete BFCC?", "Und wen sollte BFCC vernetzen?"),
    ("Wer hat KI#CK gefördert?", "Gut, und wer sollte davon profitieren?"),
])
def test_a_new_passive_question_after_another_asks_the_aim(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a question about one project answered
    # When the next turn, opened with "und", asks whom the project was meant for in the passive
    reply = ask(kb, *messages)[-1]
    # Then it is answered as a question of its own (the aim), not the question before again
    assert reply.intent == "goals" and reply.answered


@pytest.mark.parametrize("messages,pair,yes", [
    (("Which projects did COSME fund?", "was it continued after 2019?"),
     ("magia", "magia2market"), "Yes"),
    (("Wurde HIHeal nach 2022 weitergeführt?",), ("hiheal", "hiheal-next"), "Ja"),
    (("Tell me about P.I.L.O.T.", "did it continue after 2023?"),
     ("pilot", "pilot-next"), "Yes"),
])
def test_continued_after_its_last_year_names_the_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], pair: tuple[str, ...], yes: str) -> None:
    # Given a project the page says was continued by a follow-up
    # When someone asks whether it continued after the year it ended
    reply = ask(kb, *messages)[-1]
    # Then yes, in its follow-up, which is named (not "no, it ran until then")
    assert reply.intent == "follow_up" and reply.text.startswith(yes)
    assert set(pair) <= set(reply.projects)


def test_continued_after_its_end_without_a_follow_up_is_no_yes(kb: KnowledgeBase) -> None:
    # Given a project for which the page names no follow-up
    # When someone asks whether it was continued after the year it ended
    reply = ask(kb, "Wurde BONEBANK nach 2020 fortgesetzt?")[-1]
    # Then no follow-up is claimed
    assert not reply.text.startswith("Ja")


@pytest.mark.parametrize("messages,start", [
    (("Where was BONEBANK active?", "and Japan?"), "No"),
    (("Where was BONEBANK active?", "and Odense?"), "Yes"),
    (("Welche Länder waren bei ELISE dabei?", "und Polen?"), "Ja"),
    (("Which countries did MAGIA target?", "what about Japan?"), "No"),
])
def test_a_bare_place_after_a_projects_places_is_a_claim_about_it(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given the places of one project just answered
    # When the next turn names only another place ("and Japan?")
    reply = ask(kb, *messages)[-1]
    # Then it is read as "was that one of them too?": yes or no, with the places
    assert reply.intent == "places" and reply.text.startswith(start)


@pytest.mark.parametrize("messages,pid", [
    (("Did Life Science Nord lead HIHeal?", "so what did they do?"), "hiheal"),
    (("War LSN Leiter von BONEBANK?", "Was war dann ihre Aufgabe?"), "bonebank"),
    (("Tell me about BONEBANK", "was LSN in charge of it?", "what did they do then?"),
     "bonebank"),
])
def test_they_after_a_claim_about_lsn_asks_lsns_role(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a yes/no question whether Life Science Nord led a project
    # When the next turn asks what "they" did
    reply = ask(kb, *messages)[-1]
    # Then "they" is Life Science Nord: its own part in that project
    assert reply.intent == "lsn_role" and reply.projects == (pid,)


def test_they_after_a_claim_about_another_organisation_stays_the_project(
        kb: KnowledgeBase) -> None:
    # Given a yes/no question about another organisation's lead
    # When the next turn asks what "they" did
    reply = ask(kb, "Was UKSH leading BONEBANK?", "what did they do in it?")[-1]
    # Then it is not read as Life Science Nord's role
    assert reply.intent != "lsn_role"


@pytest.mark.parametrize("messages,start", [
    (("Wer hat BONEBANK geleitet?", "War das LSN?"), "Nein"),
    (("Who led BFCC?", "was that UKSH?"), "No"),
    (("Who was in charge of BONEBANK?", "was it UKSH?"), "Yes"),
])
def test_an_organisation_claimed_right_after_the_lead_claims_the_lead(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given who led a project, just answered
    # When the next turn asks only "was that <organisation>?"
    reply = ask(kb, *messages)[-1]
    # Then it is checked against the lead (not against taking part at all)
    assert reply.intent == "lead" and reply.text.startswith(start)


@pytest.mark.parametrize("messages", [
    ("Seit wann läuft P.I.L.O.T. Next Level?", "Wie lange soll das denn laufen?"),
    ("When did P.I.L.O.T. Next Level start?", "how much longer will it run?"),
    ("Tell me about HIHeal next level transition", "how long will it go on?"),
])
def test_how_long_a_project_will_still_run_asks_its_end(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a project that has started and has no end date on the page
    # When someone asks how long it will still run
    reply = ask(kb, *messages)[-1]
    # Then it is asked when it ends, which the page doesn't say
    assert reply.intent == "end" and not reply.answered


@pytest.mark.parametrize("messages,pid", [
    (("what's hiheal next level transition", "when did it start", "and the original hiheal?",
      "who were the two clusters"), "hiheal"),
    (("When did HIHeal start?", "wer waren die zwei Cluster?"), "hiheal"),
    (("Tell me about BFCC", "who were the 13 partners?"), "bfcc"),
])
def test_a_count_right_after_who_were_the_asks_the_members(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a project talked about (after a follow-up and its original: two projects named)
    # When the next turn asks "who were the <count> <partner noun>"
    reply = ask(kb, *messages)[-1]
    # Then it asks that project's partners, no list of projects with that many partners
    assert reply.intent == "partners" and reply.projects == (pid,), reply.text


def test_which_were_the_projects_with_a_count_stays_a_list(kb: KnowledgeBase) -> None:
    # Given a project talked about
    # When the next turn asks which were the projects with two partners
    reply = ask(kb, "When did BFCC start?", "which were the projects with two partners")[-1]
    # Then it is the list by that condition
    assert reply.intent == "list" and "hiheal" in reply.projects, reply.text


@pytest.mark.parametrize("question", ["which one was belgian", "which one was from Belgium?"])
def test_which_one_by_a_country_after_the_partners_picks_the_partner(
        kb: KnowledgeBase, question: str) -> None:
    # Given MAGIA's partners just told (the page: BioWin from Belgium among them)
    # When the next turn asks which one was from a country, by its adjective or "from"
    reply = ask(kb, "what was magia", "which clusters were in it", question)[-1]
    # Then the partner from there, as a question of places (no project from Belgium)
    assert reply.intent == "places" and reply.projects == ("magia",), reply.text
    assert reply.text.startswith("From Belgium: BioWin"), reply.text
