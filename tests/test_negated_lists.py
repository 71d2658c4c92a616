"""A list question that negates a funder or a topic leaves out the projects it holds for; of
projects whose funders the page doesn't name, it can't tell. Facts are the page's: the ERDF
funded BONEBANK (through Interreg Deutschland-Danmark), HIHeal (so BRIDGE 53, part of it),
InnoReAct, NORTHOPEDICS and P.I.L.O.T.; the page names no funder for MAGIA2Market."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from tests.conftest import ask

NOT_ERDF = {"magia"}  # COSME; BFCC's and ELISE's Interreg and KI#CK's EU money may be the
# ERDF's: the page names their funding, not whether the ERDF was part of it
ERDF_UNSAID = ("BFCC", "ELISE", "KI#CK")


@pytest.mark.parametrize("message", [
    "Which of the projects weren't funded by the ERDF?",
    "Welche Projekte hatten keine EFRE-Förderung?",
    "list the projects without ERDF money",
])
def test_a_negated_funder_leaves_out_the_projects_it_funded(
        kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert set(reply.projects) == NOT_ERDF, reply.text
    assert "MAGIA2Market" in reply.text, reply.text  # can't tell of it (no funder named)
    assert all(name in reply.text.split("\n")[-1] for name in ERDF_UNSAID), reply.text


def test_a_negated_funder_beside_another_condition_narrows_it(kb: KnowledgeBase) -> None:
    reply = answer("Welche Projekte hat die EU gefördert, aber nicht über Interreg?", State(), kb)
    # EU money: all but MAGIA2Market; Interreg: BFCC, BONEBANK, ELISE
    assert set(reply.projects) == {"bridge53", "hiheal", "innoreact", "kick", "magia",
                                   "northopedics", "pilot"}, reply.text


def test_a_negated_topic_leaves_out_its_projects(kb: KnowledgeBase) -> None:
    reply = answer("which projects had nothing to do with bones?", State(), kb)
    assert not {"bfcc", "bonebank", "northopedics"} & set(reply.projects), reply.text
    assert "elise" in reply.projects, reply.text


def test_not_only_a_funder_is_no_negation(kb: KnowledgeBase) -> None:
    reply = answer("which projects were not only funded by the ERDF?", State(), kb)
    assert "pilot" in reply.projects or not reply.text.startswith("Projects not"), reply.text


@pytest.mark.parametrize("message", ["which projects have no funder named?",
                                     "Bei welchen Projekten steht kein Geldgeber?"])
def test_projects_without_a_funder_named_are_those_the_page_names_none_for(
        kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert reply.projects == ("magia2market",), reply.text


@pytest.mark.parametrize("message,first_year", [("which projects ran past 2021?", "2022"),
                                                ("Welche Projekte liefen über 2020 hinaus?",
                                                 "2021")])
def test_past_a_year_means_after_it(kb: KnowledgeBase, message: str, first_year: str) -> None:
    reply = answer(message, State(), kb)
    assert first_year in reply.text.split("(")[0] and "bfcc" not in reply.projects, reply.text


@pytest.mark.parametrize("message,expected", [
    # Interreg: BFCC, BONEBANK, ELISE; of those running in 2017: all three
    ("Which projects ran in 2017 and were funded through Interreg?",
     {"bfcc", "bonebank", "elise"}),
    # ERDF projects that ended in 2019: NORTHOPEDICS (BONEBANK ended 2020)
    ("Welche Projekte endeten 2019 und wurden aus dem EFRE gefördert?", {"northopedics"}),
])
def test_a_verb_after_a_list_question_adds_a_condition_to_it(
        kb: KnowledgeBase, message: str, expected: set[str]) -> None:
    reply = answer(message, State(), kb)
    assert set(reply.projects) == expected, reply.text


@pytest.mark.parametrize("text,absent,present", [
    ("which projects besides BFCC were funded by Interreg?", "bfcc", "elise"),
    ("Welche Projekte förderte der EFRE, außer HIHeal?", "hiheal", "northopedics"),
    ("apart from InnoReAct, which project started last?", "innoreact", "magia2market"),
])
def test_a_project_left_out_of_a_list_or_ranking_is_not_in_it(
    kb: KnowledgeBase, text: str, absent: str, present: str
) -> None:
    # When a list or ranking leaves a named project out ("besides", "außer", "apart from")
    reply = ask(kb, text)[0]
    # Then that project is neither the subject nor among those listed or ranked
    assert present in reply.projects and absent not in reply.projects, reply.text


@pytest.mark.parametrize("text", [
    "leaving out the next level projects, which started last?",
    "Abgesehen von den Next-Level-Projekten: welches Projekt begann zuletzt?",
])
def test_leaving_out_two_projects_of_one_name_asks_no_choice_between_them(
    kb: KnowledgeBase, text: str
) -> None:
    # When the words left out name two projects ("next level" fits both follow-ups)
    reply = ask(kb, text)[0]
    # Then no "which do you mean" is asked: both are left out, the ranking is answered
    assert reply.intent == "superlative" and "InnoReAct" in reply.text, reply.text


@pytest.mark.parametrize(("first", "then", "lang"), [
    ("welche projekte liefen 2018?", "und welche nicht?", "de"),
    ("which projects ran in 2018?", "and which didn't?", "en"),
    ("which projects ran in 2018?", "and the others?", "en"),
])
def test_given_a_year_list_when_asked_which_not_then_the_rest_is_the_negated_year_list(
        kb: KnowledgeBase, first: str, then: str, lang: str) -> None:
    # Given a list under a year, when the next message asks for the ones it left out
    listed, rest = ask(kb, first, then)
    (negated,) = ask(kb, "welche projekte liefen nicht 2018?")
    # Then the rest answers (was: the same list again, "Diese Projekte (6)"): the dated
    # projects that did not run then, those without dates named apart as not said
    assert rest.intent == "list" and rest.language == lang and rest.answered
    assert rest.projects == negated.projects and not set(rest.projects) & set(listed.projects)
    assert "2018" in rest.text.split("\n")[0], rest.text
    last = rest.text.split("\n")[-1]
    assert "BRIDGE 53" in last and "KI#CK" in last and ("doesn't say" in last or
                                                        "sagt die Seite nicht" in last), last


def test_given_a_funder_list_when_asked_which_werent_then_the_rest_leaves_the_unknown_apart(
        kb: KnowledgeBase) -> None:
    # Given the ERDF list, when "and which weren't?" follows
    rest = ask(kb, "which projects were funded by the ERDF?", "and which weren't?")[1]
    # Then the same projects as the negated list, MAGIA2Market (no funder named) and those
    # whose funding the page names without the ERDF apart
    assert set(rest.projects) == NOT_ERDF, rest.text
    assert all(name in rest.text.split("\n")[-1] for name in ("MAGIA2Market", *ERDF_UNSAID)
               ), rest.text


def test_given_no_list_before_when_asked_the_others_then_no_rest_is_made_up(
        kb: KnowledgeBase) -> None:
    # Given an answer about one project, "and the others?" is no rest of a list
    reply = ask(kb, "when did BFCC run?", "and the others?")[1]
    assert not reply.text.startswith("The other projects"), reply.text


def test_given_a_lead_list_when_asked_the_others_then_as_the_negated_lead_list(
        kb: KnowledgeBase) -> None:
    # Given the projects LSN led, "and the others?" is what "which did LSN not lead?" says:
    # HIHeal (LSN one of its two clusters, no lead named) is not said either way
    rest = ask(kb, "which projects did LSN lead?", "and the others?")[1]
    (negated,) = ask(kb, "which projects did LSN not lead?")
    assert rest.projects == negated.projects, rest.text
    assert "HIHeal" in rest.text.split("\n")[-1], rest.text


@pytest.mark.parametrize("question", [
    "which ones had no lead named?",
    "which projects have no lead organisation named?",
    "Bei welchen Projekten nennt die Seite keine Leitung?",
])
def test_projects_with_no_lead_named_are_those_the_page_names_none_for(
        kb: KnowledgeBase, question: str) -> None:
    # Given a list asked of the projects the page names no lead for
    reply = answer(question, State(), kb)
    # Then those (was the four it names a lead for: the negation was lost, or not understood)
    assert reply.intent == "list" and reply.answered, reply.text
    assert set(reply.projects) == {"bridge53", "elise", "hiheal", "magia", "magia2market",
                                   "northopedics", "pilot"}, reply.text


@pytest.mark.parametrize("question", [
    "Für welche Projekte nennt die Seite keinen Betrag?",
    "welche projekte haben keinen betrag",
    "For which projects does the page give no amount?",
    "Which projects have no funding amount?",
    "Which projects are without a budget figure?",
])
def test_projects_with_no_amount_asked_are_those_and_counted_as_those(
        kb: KnowledgeBase, question: str) -> None:
    # Given the page's amounts, for ELISE and KI#CK only
    stated = {pid for pid, p in kb.projects.items() if p.amounts}
    assert stated == {"elise", "kick"}
    described = {pid for pid, p in kb.projects.items() if not p.follow_up_only}
    # When the projects with no amount are asked, then counted
    listed, counted = ask(kb, question, "wie viele sind das?")
    # Then they are the other nine, and "how many" counts them (was the two with amounts: the
    # amounts were given and "keinen"/"no" dropped)
    assert (listed.intent, set(listed.projects)) == ("list", described - stated), listed.text
    assert set(counted.projects) == described - stated and "9" in counted.text, counted.text


# The page places Denmark in BONEBANK (Odense); it settles where all of a project's partners
# were only for ELISE (seven regions, their countries named), MAGIA (four clusters, three with
# a country, and Life Science Nord) and KI#CK (its three partners, in Schleswig-Holstein).
NOT_DANISH = {"elise", "kick", "magia"}


@pytest.mark.parametrize("message", [
    "which projects had no Danish partners?",
    "welche hatten keine dänischen Partner?",
    "welche Projekte hatten keine Partner aus Dänemark?",
    "which projects did not involve Denmark?",
])
def test_a_negated_place_leaves_out_its_projects_and_those_it_may_hold_for(
        kb: KnowledgeBase, message: str) -> None:
    # Given a list question that negates a country (was the list of the projects WITH it:
    # "Projects involving Denmark (1): BONEBANK")
    reply = answer(message, State(), kb)
    # Then those the page places elsewhere only; BFCC (seven countries unnamed around the
    # Baltic Sea) and those whose partners it doesn't place are not included, and said so
    assert reply.intent == "list" and set(reply.projects) == NOT_DANISH, reply.text
    assert "bonebank" not in reply.projects and "BONEBANK" not in reply.text, reply.text
    assert "BFCC" in reply.text.splitlines()[-1] and \
        "NORTHOPEDICS" in reply.text.splitlines()[-1], reply.text


@pytest.mark.parametrize("message", ["which projects were not in Lübeck?",
                                     "Welche Projekte hatten keine deutschen Partner?"])
def test_a_negated_place_the_page_never_rules_out_lists_none(
        kb: KnowledgeBase, message: str) -> None:
    # Given a city (Life Science Nord, in every project, is placed no finer than Germany) or
    # Germany itself (every project the page places has a German partner)
    reply = answer(message, State(), kb)
    # Then no project is said to be without it
    assert reply.projects == (), reply.text


@pytest.mark.parametrize(("messages", "rest"), [
    (("which projects had Danish partners?", "and which didn't?"), NOT_DANISH),
    (("Welche Projekte hatten Partner aus Italien?", "und welche nicht?"), {"kick"}),
])
def test_given_a_place_list_when_asked_which_not_then_the_unplaced_are_left_apart(
        kb: KnowledgeBase, messages: tuple[str, ...], rest: set[str]) -> None:
    # Given the projects involving a country, then the others (was every other project,
    # BFCC, whose seven countries may include Denmark, among them)
    reply = ask(kb, *messages)[-1]
    assert set(reply.projects) == rest, reply.text
    assert "BFCC" in reply.text.splitlines()[-1], reply.text
