"""Dialogs about two projects at once: "either of them" (any) against "both" (each), hops that
keep the last question, comparisons with the project just talked about."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("first,question,opening,named", [
    ("Tell me about HIHeal and BONEBANK", "Was one of them led by UKSH?", "Yes", "BONEBANK"),
    ("Erzähl mir von HIHeal und BONEBANK", "Lief eines davon in Odense?", "Ja", "BONEBANK"),
    ("Tell me about HIHeal and BONEBANK", "Did either of the two have a follow-up project?",
     "Yes", "HIHeal"),
    ("Was ist HIHeal und was ist BONEBANK?", "Hatte einer von beiden einen Nachfolger?", "Ja",
     "HIHeal"),
])
def test_a_claim_of_either_holds_when_it_holds_for_one(
        kb: KnowledgeBase, first: str, question: str, opening: str, named: str) -> None:
    # Given two projects just talked about
    # When someone asks whether a claim holds for either of them
    reply = ask(kb, first, question)[-1]
    # Then it is yes, naming the one it holds for
    assert reply.text.startswith(opening) and named in reply.text


def test_a_claim_of_both_still_needs_each(kb: KnowledgeBase) -> None:
    # Given two projects, one of them led by UKSH
    # When someone asks whether both were
    reply = ask(kb, "Tell me about HIHeal and BONEBANK", "Were both of them led by UKSH?")[-1]
    # Then it is not yes
    assert not reply.text.startswith("Yes")


def test_a_claim_of_either_fails_only_when_it_fails_for_each(kb: KnowledgeBase) -> None:
    # Given two projects, neither in Italy
    # When someone asks whether either of them ran there
    reply = ask(kb, "Tell me about BONEBANK and HIHeal",
                "Did any of them take place in Italy?")[-1]
    # Then it is not yes
    assert not reply.text.startswith("Yes")


@pytest.mark.parametrize("first,question,opening", [
    ("Which ran longer, BFCC or BONEBANK?", "and did either of them run longer than ELISE?", "No"),
    ("Was lief länger, BFCC oder BONEBANK?", "Lief eines von beiden länger als ELISE?", "Nein"),
    ("Which ran longer, BFCC or BONEBANK?", "did both of them start before ELISE?", "Yes"),
    ("Was lief länger, BFCC oder BONEBANK?", "und begannen beide vor ELISE?", "Ja"),
    ("BFCC vs BONEBANK, which was longer?", "did any of the two start after ELISE?", "No"),
])
def test_either_of_them_against_a_named_project_compares_each(
        kb: KnowledgeBase, first: str, question: str, opening: str) -> None:
    # Given two projects just compared (BFCC 3 years from March 2016, BONEBANK 5 years from
    # September 2015; ELISE 5 years from January 2017)
    # When someone asks whether either or both of them compare so with a third, named one
    reply = ask(kb, first, question)[-1]
    # Then each of the two is compared with it, and the reply speaks of all three
    assert reply.text.startswith(opening)
    assert set(reply.projects) == {"bfcc", "bonebank", "elise"}
    assert "BFCC" in reply.text and "BONEBANK" in reply.text


def test_either_of_them_names_the_one_whose_lead_the_page_does_not_name(
        kb: KnowledgeBase) -> None:
    # Given BFCC (led by Life Science Nord) and ELISE (the page names no lead) compared
    # When someone asks whether either of them was led by LSN
    reply = ask(kb, "which ran longer, ELISE or BFCC?", "was either of them led by LSN?")[-1]
    # Then it is yes for BFCC, and it says the page names no lead for ELISE
    assert reply.text.startswith("Yes") and "BFCC" in reply.text and "ELISE" in reply.text
    assert set(reply.projects) == {"bfcc", "elise"}


def test_either_of_them_is_not_a_no_where_the_page_is_silent_on_one(kb: KnowledgeBase) -> None:
    # Given BFCC (led by Life Science Nord) and ELISE (the page names no lead) compared
    # When someone asks whether either of them was led by UKSH
    reply = ask(kb, "Was lief länger, ELISE oder BFCC?", "war einer von beiden von UKSH geleitet?"
                )[-1]
    # Then it is no "Nein" (ELISE's lead is unknown): the page doesn't say, naming both
    assert not reply.text.startswith(("Nein", "Ja")) and not reply.answered
    assert "BFCC" in reply.text and "ELISE" in reply.text


@pytest.mark.parametrize("first,second,expected", [
    ("Who led BONEBANK?", "And its follow-up?", "follow-up"),  # no follow-up named: says so
    ("Who funded MAGIA2Market?", "and the predecessor?", "COSME"),
    ("Wer hat P.I.L.O.T. Next Level finanziert?", "Und sein Vorgänger?", "Schleswig-Holstein"),
    ("Von wem wurde MAGIA2Market gefördert?", "Und der Vorgänger?", "COSME"),
])
def test_a_bare_link_after_a_question_asks_it_of_the_project_linked(
        kb: KnowledgeBase, first: str, second: str, expected: str) -> None:
    # Given a question about one project the page doesn't answer for it
    # When the next message names only a link ("and its predecessor?")
    reply = ask(kb, first, second)[-1]
    # Then the same question is answered about the project the link reaches
    assert expected in reply.text


def test_a_bare_link_after_a_link_question_stays_a_link(kb: KnowledgeBase) -> None:
    # Given a question about a link
    # When the next message names the other link
    reply = ask(kb, "What was the follow-up of MAGIA?", "And its predecessor?")[-1]
    # Then it says where that link leads
    assert reply.intent == "predecessor" and "MAGIA" in reply.text


@pytest.mark.parametrize("question,opening", [
    ("Ging BFCC später zu Ende als NORTHOPEDICS?", "Nein"),
    ("Hat NORTHOPEDICS früher angefangen als BFCC?", "Nein"),
    ("Did NORTHOPEDICS come to an end later than BFCC?", "Yes"),
])
def test_a_comparative_split_from_its_than_still_orders_the_dates(
        kb: KnowledgeBase, question: str, opening: str) -> None:
    # Given two projects whose dates the page gives
    # When someone asks with the comparative and "als"/"than" apart
    reply = ask(kb, question)[-1]
    # Then the dates decide it
    assert reply.text.startswith(opening) and ("2019" in reply.text or "2016" in reply.text)


@pytest.mark.parametrize("question,opening", [
    ("Endeten InnoReAct und MAGIA2Market im selben Monat?", "Ja"),
    ("Did BFCC end in the same month as NORTHOPEDICS?", "No"),
    ("Did HIHeal start in the same month as ELISE?", "No"),
])
def test_a_same_month_claim_compares_year_and_month(
        kb: KnowledgeBase, question: str, opening: str) -> None:
    # Given two projects' dates
    # When someone asks whether they fall in the same month
    reply = ask(kb, question)[-1]
    # Then year and month decide it
    assert reply.text.startswith(opening)


@pytest.mark.parametrize("messages,opening", [
    (("Did KI#CK get the most money of all projects?",), "No"),
    (("Wie viel Geld bekam ELISE?", "Ist das der höchste Betrag auf der Seite?"), "Ja"),
    (("Was BONEBANK the longest-running project?",), "No"),
    (("Lief HIHeal am längsten von allen Projekten?",), "Ja"),
    (("Was BRIDGE 53 the longest project?",), "The page doesn't say"),
])
def test_a_superlative_claimed_of_one_project_ranks_them_all(
        kb: KnowledgeBase, messages: tuple[str, ...], opening: str) -> None:
    # Given the figures the page gives
    # When someone claims one project leads a ranking
    reply = ask(kb, *messages)[-1]
    # Then the ranking over all projects decides it (unknown where its figure isn't given)
    assert reply.text.startswith(opening)


def test_a_superlative_of_something_else_is_no_ranking_of_projects(kb: KnowledgeBase) -> None:
    # Given a claim that a project's result was the first of its kind
    reply = ask(kb, "Was BONEBANK's biobank the first cross-border stem cell biobank?")[-1]
    # Then no ranking of the projects answers it
    assert reply.intent != "superlative"


@pytest.mark.parametrize("messages,first", [
    (("Which ran longer, ELISE or BONEBANK?", "And how does HIHeal compare?"), "HIHeal"),
    (("Welches Projekt begann früher, ELISE oder HIHeal?", "Und BFCC im Vergleich?"), "BFCC"),
])
def test_a_project_compared_after_a_comparison_gets_the_same_comparison(
        kb: KnowledgeBase, messages: tuple[str, ...], first: str) -> None:
    # Given a comparison of two projects
    # When a third is asked "in comparison"
    reply = ask(kb, *messages)[-1]
    # Then the same comparison is made of it and the one just ranked first
    assert reply.intent == "superlative" and first in reply.text and reply.answered


@pytest.mark.parametrize("messages,opening,named", [
    (("Who were KI#CK's partners?", "Was that the same institution that led BONEBANK?"), "No",
     "UKSH"),
    (("Welche Partner hatte KI#CK?", "War das dieselbe Einrichtung, die BFCC geleitet hat?"),
     "Ja", "Life Science Nord"),
])
def test_the_same_organisation_as_another_projects_lead_compares_organisations(
        kb: KnowledgeBase, messages: tuple[str, ...], opening: str, named: str) -> None:
    # Given a project's organisations just talked about
    # When someone asks whether one was the organisation that led another project
    reply = ask(kb, *messages)[-1]
    # Then the organisations decide it, not their city
    assert reply.text.startswith(opening) and named in reply.text


@pytest.mark.parametrize("turns,opening", [
    # the page: BFCC, BONEBANK and NORTHOPEDICS are on bones, all running in 2018; six projects
    # ran then, more than are checked one by one
    (("Which projects ran in 2018?", "which project got the most money?",
      "were any of them about bones?"), "Yes."),
    (("Welche Projekte liefen 2018?", "war eines davon zu Knochen?"), "Ja."),
])
def test_a_claim_of_any_of_a_long_list_is_checked_over_the_list(
        kb: KnowledgeBase, turns: tuple[str, ...], opening: str) -> None:
    # When a claim of "any of them" follows a list of six (was the claim of ELISE alone, the
    # ranking's winner: "No. Goal of ELISE")
    reply = ask(kb, *turns)[-1]
    # Then the ones of the list it holds for
    assert reply.text.startswith(opening), reply.text
    assert set(reply.projects) == {"bfcc", "bonebank", "northopedics"}, reply.projects


@pytest.mark.parametrize("first,question", [
    ("Laufzeit und Förderer von HIHeal und NORTHOPEDICS, bitte.", "Gab's bei beiden EFRE-Mittel?"),
    ("Wer hat BFCC und ELISE gefördert?", "Und gab es bei beiden Interreg-Geld?"),
    ("Erzähl mir von MAGIA und MAGIA2Market", "War bei beiden China ein Zielland?"),
])
def test_bei_beiden_is_a_claim_of_each_of_the_two(
        kb: KnowledgeBase, first: str, question: str) -> None:
    # Given two projects just talked about
    pair = ask(kb, first)[0].projects
    # When "bei beiden", "in beiden" asks a claim of both
    reply = ask(kb, first, question)[-1]
    # Then it is checked of each of the two (was: of the first one alone)
    assert len(pair) == 2 and set(reply.projects) == set(pair), reply.text
