"""Yes/no questions, several asks, chains, comparisons and references, through the real core.

The expected facts are the page's (shared/sources/past-projects.txt), written out here, not
computed by the code under test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.lists import select
from bot.measures import measures
from bot.understanding import Filters
from tests.conftest import ask


@pytest.mark.parametrize("question,start,fact", [
    ("Did the ESF fund ELISE?", "No.", "Interreg Europe"),
    ("Was ELISE funded by Interreg Europe?", "Yes.", "Interreg Europe"),
    ("Was Belgium one of MAGIA's countries?", "Yes.", "Belgium"),
    ("Did UKSH lead BONEBANK?", "Yes.", "UKSH"),
    ("Was BRIDGE 53 part of HIHeal?", "Yes.", "HIHeal"),
    ("Is MAGIA still running?", "No.", "2019"),
    ("Has BFCC ended?", "Yes.", "February 2019"),
    ("Did BFCC run in 2017?", "Yes.", "2016"),
    ("did elise run until 2022?", "No.", "2021"),
    ("Lief ELISE fünf Jahre?", "Ja.", "5 Jahre"),
    ("was elise's grant over 1 million", "Yes.", "1,217,494"),
    ("did bfcc have 13 partners", "Yes.", "13"),
    ("did BONEBANK end before BFCC", "No.", "August 2020"),
    ("Hat P.I.L.O.T. einen Nachfolger?", "Ja.", "Next Level"),
    ("Gab es ein Projekt zu Frakturen?", "Ja.", "BFCC"),
])
def test_a_yes_no_question_gets_a_yes_or_a_no_and_the_fact(
    kb: KnowledgeBase, question: str, start: str, fact: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


# Page: "MAGIA2Market, the follow-up project of MAGIA"; "BRIDGE 53 was part of the project
# ... HIHeal". Which way a claimed link runs is read from the words: the noun's "of", "als"
# before it, a possessive, an agent after a passive verb.
@pytest.mark.parametrize("question,start", [
    ("Was MAGIA the successor of MAGIA2Market?", "No."),
    ("Was MAGIA2Market the predecessor of MAGIA?", "No."),
    ("War MAGIA2Market der Vorgänger von MAGIA?", "Nein."),
    ("Was MAGIA the predecessor of MAGIA2Market?", "Yes."),
    ("Is MAGIA MAGIA2Market's successor?", "No."),
    ("Hatte MAGIA MAGIA2Market als Nachfolger?", "Ja."),
    ("Hatte MAGIA2Market MAGIA als Nachfolger?", "Nein."),
    ("Was MAGIA followed by MAGIA2Market?", "Yes."),
    ("Did MAGIA continue MAGIA2Market?", "No."),
    ("Wurde MAGIA von MAGIA2Market fortgesetzt?", "Ja."),
    ("Hat MAGIA MAGIA2Market fortgesetzt?", "Nein."),
    ("Was HIHeal a sub-project of BRIDGE 53?", "No."),
    ("Was BRIDGE 53 a HIHeal sub project?", "Yes."),
    ("Did HIHeal have a sub project?", "Yes."),
])
def test_a_link_claimed_the_wrong_way_round_is_a_no(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # Given the page's links; When a yes/no claims one of them, either way round
    reply = answer(question, State(), kb)
    # Then the verdict follows the direction claimed, and the reply states the link as it is
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert "MAGIA2Market" in reply.text or "BRIDGE 53" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Was KI#CK still running in 2020?",  # no dates on the page
    "Was Sweden among BFCC's countries?",  # seven countries, not named
    "did BFCC have a budget over 1 million?",  # no amount
    "did MAGIA run for more than a year?",  # only the years 2018 and 2019
    "Is P.I.L.O.T. Next Level still running?",  # only named, no end date
])
def test_where_the_page_is_silent_a_yes_no_says_so(kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, State(), kb)
    assert not reply.answered
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text


def test_several_asks_are_answered_in_the_order_asked(kb: KnowledgeBase) -> None:
    reply = answer("What was P.I.L.O.T. about, how long did it run and who paid for it?",
                   State(), kb)
    text = reply.text
    assert reply.intent == "overview" and reply.answered and reply.projects == ("pilot",)
    assert text.index("precision medicine") < text.index("3 years and 3 months") < \
        text.rindex("European Regional Development Fund")


def test_begin_and_end_is_one_dates_answer(kb: KnowledgeBase) -> None:
    reply = answer("when did BFCC begin and end?", State(), kb)
    assert reply.intent == "dates" and "March 2016" in reply.text and "February 2019" in reply.text


@pytest.mark.parametrize("question,projects,facts", [
    ("How long did the project that BRIDGE 53 belonged to run?", {"bridge53", "hiheal"},
     ["HIHeal", "6 years and 9 months"]),
    ("Which project did MAGIA2Market continue, and who funded that one?",
     {"magia2market", "magia"}, ["MAGIA", "COSME"]),
    ("What followed HIHeal, and is it still running?", {"hiheal", "hiheal-next"},
     ["HIHeal next level transition", "no end date"]),
])
def test_a_chain_answers_about_the_project_it_reaches_and_names_it(
    kb: KnowledgeBase, question: str, projects: set[str], facts: list[str]
) -> None:
    reply = answer(question, State(), kb)
    assert set(reply.projects) == projects
    assert all(f in reply.text for f in facts), reply.text


def test_a_comparison_of_two_names_gives_both_figures(kb: KnowledgeBase) -> None:
    reply = answer("which lasted longer, ELISE or MAGIA?", State(), kb)
    assert reply.text.startswith("ELISE") and "5 years" in reply.text
    assert "MAGIA: at most 2 years" in reply.text and set(reply.projects) == {"elise", "magia"}
    # and "it" is then the winner
    follow = answer("who funded it?", reply.state, kb)
    assert follow.projects == ("elise",)


@pytest.mark.parametrize("question,listed", [
    ("projects that ran longer than four years", {"bonebank", "elise", "hiheal"}),
    ("which projects were continued by another one?", {"hiheal", "magia", "pilot"}),
    ("projects with Italian or Polish partners", {"elise", "magia"}),
    ("welche Projekte hatten belgische Partner?", {"magia"}),
    # the page: InnoReAct "until February 2023", MAGIA2Market "until February 2023", P.I.L.O.T.
    # until 31.03.2023
    ("Welche Projekte endeten im Februar 2023?", {"innoreact", "magia2market"}),
    ("projects running in March 2016", {"bfcc", "bonebank"}),
])
def test_conditions_across_projects(kb: KnowledgeBase, question: str, listed: set[str]) -> None:
    # (the projects listed; a list by a link also names the projects reached)
    assert set(answer(question, State(), kb).state.last_list) == listed


def test_a_list_by_lead_names_the_projects_the_page_says_lsn_led(kb: KnowledgeBase) -> None:
    # The page: BFCC "has been led by the Life Science Nord Management GmbH"; InnoReAct was
    # run by it.
    listed = set(answer("which projects did LSN lead itself?", State(), kb).projects)
    assert {"bfcc", "innoreact"} <= listed
    assert all("lsn" in kb.projects[p].lead for p in listed)


def test_references_into_a_list(kb: KnowledgeBase) -> None:
    replies = ask(kb, "which projects did the ERDF fund?", "the one in Odense",
                  "compare bfcc and northopedics: when did each start?",
                  "the second one, how long was it financed?", "and the first one's partners?")
    assert replies[1].projects == ("bonebank",)
    assert replies[3].projects == ("northopedics",) and replies[4].projects == ("bfcc",)


def test_a_correction_keeps_the_question(kb: KnowledgeBase) -> None:
    replies = ask(kb, "when did BFCC start?", "sorry, I meant NORTHOPEDICS")
    assert replies[1].intent == "start" and replies[1].projects == ("northopedics",)
    assert "21 June 2016" in replies[1].text


@pytest.mark.parametrize("question,marker", [
    ("On which day did BFCC start?", "only the month"),
    ("What will LSN's next Interreg project be?", "future"),
    ("did lsn run a project called MedConnect Baltic?", "MedConnect"),
])
def test_honest_precision(kb: KnowledgeBase, question: str, marker: str) -> None:
    reply = answer(question, State(), kb)
    assert not reply.answered and marker in reply.text and not reply.data.get("timeline")


@pytest.mark.parametrize(("question", "pid", "intent"), [
    ("what was the exact day in march 2016 when bfcc started?", "bfcc", "start"),
    ("Was war der genaue Tag, an dem BFCC begann?", "bfcc", "start"),
    ("what was the day MAGIA ended?", "magia", "end"),
    ("Ist der Tag des Projektbeginns von BFCC bekannt?", "bfcc", "start"),
    ("Is the start day of MAGIA2Market known?", "magia2market", "start"),
    ("on which date did MAGIA2Market end exactly?", "magia2market", "end"),  # a date is a day
    ("An welchem Datum endete MAGIA2Market?", "magia2market", "end"),
])
def test_a_day_asked_with_what_was_gets_the_date_at_the_pages_precision(
        kb: KnowledgeBase, question: str, pid: str, intent: str) -> None:
    # given a project whose date the page gives without its day
    date = getattr(kb.projects[pid], intent)
    assert date is not None and date.day is None
    # when its day is asked, "what was the day …" or "is the day … known?"
    reply = answer(question, State(), kb)
    # then the date as far as the page gives it, said to be less than asked; no card
    assert reply.intent == intent and not reply.answered, reply.text
    assert str(date.year) in reply.text and ("not the day" in reply.text or
                                             "nicht den Tag" in reply.text)


@pytest.mark.parametrize(("question", "pid", "intent"), [
    ("Ist der Tag des Projektbeginns von NORTHOPEDICS bekannt?", "northopedics", "start"),
    ("Is the end date of HIHeal known?", "hiheal", "end"),
])
def test_is_a_date_known_asks_the_date(
        kb: KnowledgeBase, question: str, pid: str, intent: str) -> None:
    # given a project whose date the page gives to the day
    date = getattr(kb.projects[pid], intent)
    assert date is not None and date.day is not None
    # when asked whether that date is known
    reply = answer(question, State(), kb)
    # then the date itself, answered
    assert reply.intent == intent and reply.answered, reply.text
    assert str(date.year) in reply.text and str(date.day) in reply.text


def test_after_a_list_a_new_name_alone_asks_what_it_is(kb: KnowledgeBase) -> None:
    replies = ask(kb, "who funded ELISE?", "which projects ran in 2018?", "and BFCC?")
    assert replies[2].intent == "overview" and replies[2].projects == ("bfcc",)


def test_the_last_answer_again_in_the_other_language(kb: KnowledgeBase) -> None:
    replies = ask(kb, "when did MAGIA end?", "can you say that in German?", "auf Englisch bitte")
    assert replies[1].language == "de" and replies[1].text == "MAGIA endete 2019."
    assert replies[2].language == "en" and replies[2].text == replies[0].text


def test_a_pronoun_keeps_the_project_under_discussion(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Worum ging es bei BONEBANK?", "Was hat LSN dazu beigetragen?",
                  "who was in charge", "and the danish side?")
    assert replies[1].intent == "lsn_role" and replies[1].projects == ("bonebank",)
    assert replies[3].projects == ("bonebank",) and "Odense" in replies[3].text


def test_a_status_claim_over_the_last_list(kb: KnowledgeBase) -> None:
    replies = ask(kb, "which projects ran in 2022?", "are any of them still running?")
    assert replies[1].text.startswith("No.") and replies[1].answered
    assert set(replies[1].projects) == set(replies[0].projects)


PAGE = Path(__file__).resolve().parents[2] / "shared" / "sources" / "past-projects.txt"


@pytest.mark.skipif(not PAGE.exists() and not os.environ.get("CI"),
                    reason="the page lies beside the repository, in shared/ (always so in CI)")
def test_sources_show_the_page_words_of_the_last_answer(kb: KnowledgeBase) -> None:
    replies = ask(kb, "when did BFCC run?", "where does it say that?", "Wer hat ELISE gefördert?",
                  "Quelle?")
    page = PAGE.read_text(encoding="utf-8")
    page = " ".join(page.split())  # the page has non-breaking spaces
    assert replies[0].sources and replies[1].intent == "sources"
    for reply in (replies[1], replies[3]):
        quotes = [line.split("“", 1)[1].rstrip("”") for line in reply.text.splitlines()[1:]]
        assert quotes and all(q in page for q in quotes), reply.text
    assert "BFCC" in replies[1].text and "ELISE" in replies[3].text


def test_a_partner_claim_is_denied_only_where_the_page_names_the_whole_consortium(
        kb: KnowledgeBase) -> None:
    # Given MAGIA (four clusters, all named) and BONEBANK (a lead and a participant, no full list)
    full, partial, present = ask(kb, "Was the UKSH one of MAGIA's partners?",
                                 "War die TH Lübeck Partner bei BONEBANK?",
                                 "did BioWin take part in MAGIA")
    assert full.text.startswith("No.") and full.answered
    assert not partial.answered and partial.text.startswith("Das geht aus der Seite nicht hervor")
    assert present.text.startswith("Yes.")


@pytest.mark.parametrize("question,start,intent,fact", [
    # the page: BFCC fostered innovation "within fracture management" - nothing on stem cells
    ("Was BFCC about stem cells?", "No.", "goals", "fracture"),
    # BRIDGE 53's goal: "new therapies in the field of infectious diseases"
    ("Did BRIDGE 53 focus on therapies against diabetes?", "No.", "goals", "infectious"),
    ("War BRIDGE 53 ein Diabetesprojekt?", "Nein.", "goals", "Infektion"),
    ("Did HIHeal have anything to do with hygiene?", "Yes.", "goals", "hygiene"),
    # BFCC's results: "the first transnational fracture registry"
    ("Did BFCC end up with a transnational fracture registry?", "Yes.", "results",
     "registry"),
])
def test_a_content_claim_needs_every_key_word_in_the_project_texts(
    kb: KnowledgeBase, question: str, start: str, intent: str, fact: str
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert reply.intent == intent and fact in reply.text


def test_a_content_claim_that_is_not_about_the_subject_is_no_no(kb: KnowledgeBase) -> None:
    # the page lists no activities of BONEBANK for surgeons: it doesn't say, it isn't false
    reply = answer("did BONEBANK train surgeons in workshops?", State(), kb)
    assert not reply.answered and not reply.text.startswith(("Yes", "No")), reply.text


@pytest.mark.parametrize("question,start", [
    ("Poland in MAGIA - yes or no?", "No."),
    ("Frankreich bei MAGIA, ja oder nein?", "Ja."),
    ("Hatte HIHeal was mit Infektionen zu tun?", "Ja."),
])
def test_yes_no_markers(kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,projects,facts", [
    # the page: P.I.L.O.T. 01.01.2020 - 31.03.2023; BFCC March 2016 until February 2019
    ("Hat P.I.L.O.T. länger gedauert als BFCC?", "Ja.", {"pilot", "bfcc"}, ["3 Jahre"]),
    ("did BONEBANK run shorter than HIHeal?", "Yes.", {"bonebank", "hiheal"}, ["6 years"]),
    # BFCC: 13 organisations; MAGIA: four clusters
    ("Had MAGIA more partners than BFCC?", "No.", {"magia", "bfcc"}, ["13"]),
    # ELISE €1,217,494.00; KI#CK about 193,000 and 249,000 EUR
    ("Bekam KI#CK mehr Geld als ELISE?", "Nein.", {"kick", "elise"}, ["1.217.494"]),
    # no unit's word, a verb of receiving: money, not the running time (ELISE 5 years, KI#CK 2)
    ("Did ELISE get more than KI#CK?", "Yes.", {"elise", "kick"}, ["1,217,494", "442,000"]),
    ("Bekam KI#CK weniger als ELISE?", "Ja.", {"kick", "elise"}, ["1.217.494", "442.000"]),
])
def test_a_comparison_claim_of_two_projects(
    kb: KnowledgeBase, question: str, start: str, projects: set[str], facts: list[str]
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert set(reply.projects) == projects and all(f in reply.text for f in facts)


@pytest.mark.parametrize("question,second_line", [
    # the page: BONEBANK September 2015 - August 2020, ELISE 01.01.2017 - 31.12.2021: 5 years each
    ("did bonebank run longer than elise?", "BONEBANK and ELISE ran about equally long"),
    ("Lief ELISE kürzer als BONEBANK?", "liefen ELISE und BONEBANK etwa gleich lang"),
])
def test_a_comparison_that_ties_says_so_after_its_no(
    kb: KnowledgeBase, question: str, second_line: str
) -> None:
    # Given two projects the page gives the same length
    # When asked whether one ran longer (or shorter) than the other
    reply = answer(question, State(), kb)
    # Then the answer is no, and it says they tie before both figures
    lines = reply.text.splitlines()
    assert lines[0].startswith(("No. ", "Nein. ")) and second_line in lines[0], reply.text
    assert "5 " in lines[1] and "5 " in lines[2]


def test_a_comparison_of_running_time_after_a_money_answer_compares_lengths(
        kb: KnowledgeBase) -> None:
    # Given a funding answer just given, then "did ELISE run longer than BFCC?"
    reply = ask(kb, "who funded elise?", "did ELISE run longer than BFCC?")[-1]
    # Then the lengths are compared (ELISE 5 years, BFCC 3 years), not the amounts
    assert reply.intent == "duration" and reply.text.startswith("Yes."), reply.text


def test_a_comparison_that_does_not_tie_says_no_tie(kb: KnowledgeBase) -> None:
    reply = answer("Hat P.I.L.O.T. länger gedauert als BFCC?", State(), kb)
    assert "gleich lang" not in reply.text


def test_a_comparison_without_a_figure_on_the_page_is_not_settled(kb: KnowledgeBase) -> None:
    reply = answer("Did MAGIA cost more than ELISE?", State(), kb)  # no amount for MAGIA
    assert not reply.answered and not reply.text.startswith(("Yes", "No"))


def test_a_comparison_with_the_project_talked_about(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Tell me about HIHeal", "did it last longer than BONEBANK?",
                  "Lief es kürzer als ELISE?")
    assert replies[1].text.startswith("Yes.") and replies[1].projects == ("hiheal", "bonebank")
    assert replies[2].text.startswith("Nein.") and replies[2].projects == ("hiheal", "elise")


@pytest.mark.parametrize("messages,start,projects", [
    # the page: MAGIA ran 2018-2019, MAGIA2Market September 2020 to February 2023
    (("what was magia2market about", "did it run longer than its predecessor?"), "Yes.",
     ("magia2market", "magia")),
    (("Hat MAGIA2Market länger gedauert als sein Vorgänger?",), "Ja.", ("magia2market", "magia")),
    (("did magia run longer than its follow-up?",), "No.", ("magia", "magia2market")),
])
def test_a_link_after_than_is_the_other_project_compared(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str,
        projects: tuple[str, ...]) -> None:
    # Given a project talked about or named
    # When its length is compared with the project a link reaches ("than its predecessor")
    reply = ask(kb, *messages)[-1]
    # Then the two projects' lengths settle it, not a ranking of every project
    assert reply.intent == "duration" and reply.projects == projects, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,projects", [
    ("did HIHeal and P.I.L.O.T. both run for more than three years?", "Yes.",
     {"hiheal", "pilot"}),
    ("Liefen BFCC und ELISE beide fünf Jahre?", "Nein.", {"bfcc", "elise"}),
])
def test_a_measure_claimed_of_two_projects_checks_each(
    kb: KnowledgeBase, question: str, start: str, projects: set[str]
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and set(reply.projects) == projects, reply.text


@pytest.mark.parametrize("question,start,fact", [
    ("Hatte MAGIA vier Clusterpartner?", "Ja.", "vier Cluster"),  # a compound on a unit word
    ("Hatte ELISE weniger als eine Million Euro?", "Nein.", "1.217.494"),
    ("Erhielt KI#CK rund 193.000 Euro?", "Nein.", "442.000"),  # the total is about 442,000
    # two shares of one project's money: ESF about 249,000 EUR, EU and state about 193,000 EUR
    ("Did KI#CK get less from the ESF than from the other funders?", "No.", "249,000"),
    ("Kam bei KI#CK vom ESF mehr Geld als vom Land?", "Ja.", "249.000"),
])
def test_quantity_claims(kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text


def test_a_follow_up_checks_the_last_claim_for_another_project(kb: KnowledgeBase) -> None:
    # the page: HIHeal was funded by the ERDF and the City of Hamburg; MAGIA by COSME
    replies = ask(kb, "Was HIHeal funded by the ERDF?", "and MAGIA?", "how about InnoReAct?")
    assert [r.text[:4] for r in replies] == ["Yes.", "No. ", "Yes."]
    assert replies[1].projects == ("magia",) and replies[2].projects == ("innoreact",)


def test_a_follow_up_checks_the_last_claim_with_another_place(kb: KnowledgeBase) -> None:
    # MAGIA's clusters came from Italy, France and Belgium
    replies = ask(kb, "Hatte MAGIA einen Partner aus Polen?", "und aus Frankreich?",
                  "and Italy?")  # (Poland: no, Life Science Nord, the one partner without a
    # country, is the page's own cluster in Northern Germany; docs/labels.md)
    assert replies[0].text.startswith("Nein.") and replies[1].text.startswith("Ja.")
    assert replies[2].text.startswith("Yes.") and replies[2].projects == ("magia",)


@pytest.mark.parametrize("messages,start", [
    # the page: BONEBANK harvested bone in Lübeck and Odense; the City of Hamburg funded
    # HIHeal and InnoReAct, not BONEBANK
    (("was bone for BONEBANK harvested in Odense?", "and in hamburg?"), "No."),
    (("Wurde für BONEBANK in Odense Knochen entnommen?", "und in Hamburg?"), "Nein."),
])
def test_a_city_that_funds_after_a_place_claimed_is_the_place_claimed_again(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a place claimed of a project, then "and in X?" of a city the page names as a funder
    reply = ask(kb, *messages)[-1]
    # Then the same place claim of that city: no, with the project's places, not its funding
    assert reply.intent == "places" and reply.text.startswith(start), reply.text
    assert "Odense" in reply.text, reply.text


@pytest.mark.parametrize("follow_up,start", [
    # the page: BONEBANK harvested bone in Lübeck and Odense; it names no Kiel, and Hamburg
    # only as a funder (of HIHeal and InnoReAct)
    ("and in Kiel?", "No."),
    ("and in hamburg?", "No."),
    ("und in Hamburg?", "Nein."),
    ("and in Lübeck?", "Yes."),
])
def test_a_bare_place_after_where_a_project_was_is_claimed_of_it(
        kb: KnowledgeBase, follow_up: str, start: str) -> None:
    # Given where one project took place just asked
    reply = ask(kb, "where did BONEBANK take bone from?", follow_up)[-1]
    # When "and in X?" names a place the page never names, or a city the page names as a
    # funder, or one of its places
    # Then whether it was there: yes or no with its places (not a fallback, nor a list of the
    # projects that city funded)
    assert reply.intent == "places" and reply.projects == ("bonebank",), reply.text
    assert reply.text.startswith(start) and "Odense" in reply.text, reply.text


def test_a_follow_up_changes_what_the_subject_is_compared_with(kb: KnowledgeBase) -> None:
    # ELISE ended 31 December 2021; MAGIA in 2019, P.I.L.O.T. on 31.03.2023
    replies = ask(kb, "Did ELISE end after MAGIA?", "and after P.I.L.O.T.?")
    assert replies[0].text.startswith("Yes.")
    assert replies[1].text.startswith("No.") and set(replies[1].projects) == {"elise", "pilot"}


def test_a_follow_up_with_a_claim_of_its_own_keeps_both_projects(kb: KnowledgeBase) -> None:
    # InnoReAct and MAGIA2Market both ended in February 2023; started 2022 and 2020
    replies = ask(kb, "did InnoReAct and MAGIA2Market end in the same year?",
                  "and did they start in the same year as well?", "which began first then?")
    assert replies[0].text.startswith("Yes.") and replies[1].text.startswith("No.")
    assert set(replies[1].projects) == {"innoreact", "magia2market"}
    assert replies[2].text.startswith("MAGIA2Market")


@pytest.mark.parametrize("turns,last", [
    # the page: ELISE Interreg Europe; NORTHOPEDICS and P.I.L.O.T. the ERDF and the State of SH
    (("Was ELISE funded by Interreg?", "And NORTHOPEDICS by the ERDF?", "And P.I.L.O.T.?"),
     "Yes."),
    (("Wurde ELISE von Interreg gefördert?", "und NORTHOPEDICS vom EFRE?", "und P.I.L.O.T.?"),
     "Ja."),
])
def test_a_follow_up_that_changed_the_funder_is_the_claim_asked_again(
        kb: KnowledgeBase, turns: tuple[str, ...], last: str) -> None:
    # Given a funder claim, then the same claim of another project with another funder
    replies = ask(kb, *turns)
    # Then a bare name after them asks the latest claim (the ERDF), not the first (Interreg:
    # "No. P.I.L.O.T. was funded by the ERDF …" contradicted itself)
    assert replies[1].text.startswith(last) and replies[2].text.startswith(last), \
        replies[2].text
    assert replies[2].projects == ("pilot",), replies[2].text


@pytest.mark.parametrize("turns,first,again", [
    # the page: BFCC Interreg Baltic Sea Region Programme 2014-2020; BONEBANK Interreg
    # Deutschland-Danmark; ELISE Interreg Europe
    (("Wurde BFCC von Interreg gefördert?", "Und BONEBANK von Interreg Ostseeraum?",
      "Und BFCC?"), "Nein.", "Ja."),
    (("Wurde BFCC von Interreg gefördert?", "Und ELISE von Interreg Ostseeraum?", "Und BFCC?"),
     "Nein.", "Ja."),
    (("Was ELISE funded by Interreg?", "and BONEBANK by Interreg Baltic Sea Region?",
      "and BFCC?"), "No.", "Yes."),
])
def test_a_follow_up_naming_a_funder_whose_name_has_years_checks_that_funder(
        kb: KnowledgeBase, turns: tuple[str, ...], first: str, again: str) -> None:
    # Given a funder claim, then the same claim of another project with a programme whose
    # full name holds years ("… Programme 2014-2020")
    replies = ask(kb, *turns)
    # Then that programme is checked (not the project's run from 2014 to 2020: "Ja. BONEBANK
    # lief von September 2015 bis August 2020"), and again for the next project named
    assert replies[1].intent == "funding" and replies[1].text.startswith(first), replies[1].text
    assert replies[2].intent == "funding" and replies[2].text.startswith(again), replies[2].text


def test_after_another_question_a_follow_up_asks_that_question(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Was HIHeal funded by the ERDF?", "who led it?", "and BFCC?")
    assert replies[2].intent == "lead" and not replies[2].text.startswith(("Yes", "No"))


@pytest.mark.parametrize("question,start", [
    # the page: BONEBANK was "led by the UKSH Lübeck"
    ("Hat das UKSH in Kiel BONEBANK geleitet?", "Nein."),
    ("BONEBANK was run by the UKSH in Lübeck, right?", "Yes."),
])
def test_a_lead_claim_with_a_place_after_the_name(kb: KnowledgeBase, question: str,
                                                  start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "lead" and reply.text.startswith(start) and "Lübeck" in reply.text


@pytest.mark.parametrize("question,start,intent,fact", [
    # the page: bone "was only harvested at the hospitals in Lübeck and Odense"; the City of
    # Hamburg funded HIHeal and InnoReAct, and is never named as a place a project worked in
    ("Were stem cells for BONEBANK collected at a clinic in Hamburg too?", "No.", "places",
     "Odense"),
    ("Wurde KI#CK in Hamburg durchgeführt?", "Nein.", "places", "Schleswig-Holstein"),
    ("Did ELISE get money from Hamburg?", "No.", "funding", "Interreg Europe"),
    ("Did the City of Hamburg fund InnoReAct?", "Yes.", "funding", "Hamburg"),
])
def test_a_funder_named_after_a_city_is_the_city_after_in_or_at(
        kb: KnowledgeBase, question: str, start: str, intent: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == intent and reply.text.startswith(start) and fact in reply.text, \
        reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page: BFCC "was part of the flagship project HealthRegion of the EU Strategy for the
    # Baltic Sea Region"; of the other projects it names no such initiative
    ("Gehörte BFCC zur Ostseestrategie der EU?", "Ja.", True),
    ("Was BFCC a part of the Baltic Sea strategy?", "Yes.", True),
    ("Was NORTHOPEDICS part of the EU Strategy for the Baltic Sea Region?", "The page", False),
])
def test_a_claim_about_the_initiative_a_project_belonged_to(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "part_of" and reply.text.startswith(start), reply.text
    assert reply.answered == answered and ("HealthRegion" in reply.text) == answered


def test_a_named_initiative_leaves_the_named_project_the_subject(kb: KnowledgeBase) -> None:
    replies = ask(kb, "who led BFCC?", "was MAGIA2Market part of the Baltic Sea strategy?")
    assert replies[1].projects == ("magia2market",) and not replies[1].answered


@pytest.mark.parametrize("question,start,fact", [
    # the page: NORTHOPEDICS was a network "in the field of bone healing"; ELISE was about
    # health and well-being and healthy ageing
    ("Hatte NORTHOPEDICS etwas mit Diabetes zu tun?", "Nein.", "Knochenheilung"),
    ("Did ELISE deal with astronomy?", "No.", "ELISE"),
])
def test_a_content_claim_with_a_word_outside_the_vocabulary_gets_the_goal(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start) and fact in reply.text, reply.text


def test_a_two_project_claim_with_one_name_is_about_the_project_talked_about(
        kb: KnowledgeBase) -> None:
    # P.I.L.O.T. and NORTHOPEDICS: both the ERDF and the State of Schleswig-Holstein
    replies = ask(kb, "who paid for P.I.L.O.T.?", "was that the same funding as NORTHOPEDICS had?")
    assert replies[1].text.startswith("Yes.") and set(replies[1].projects) == {
        "pilot", "northopedics"}


def test_one_projects_funders_all_funding_the_other_are_the_same_funders(
        kb: KnowledgeBase) -> None:
    # HIHeal: ERDF and City of Hamburg; InnoReAct: REACT-EU money of the City of Hamburg,
    # through the ERDF; ELISE: Interreg Europe
    assert answer("Did HIHeal and InnoReAct have the same funders?", State(),
                  kb).text.startswith("Yes.")
    assert answer("Did HIHeal and ELISE have the same funders?", State(),
                  kb).text.startswith("No.")


@pytest.mark.parametrize("first,second,start,fact", [
    # the page: NORTHOPEDICS was a network "in the field of bone healing"; BONEBANK's biobank
    # was "in Lübeck and Odense"
    ("What did NORTHOPEDICS do?", "and the network, was it about bone healing?", "Yes.",
     "bone healing"),
    ("Wer leitete BONEBANK?", "und die Biobank, war die in Odense?", "Ja.", "Odense"),
])
def test_a_subject_set_off_by_a_comma_before_a_yes_no(
        kb: KnowledgeBase, first: str, second: str, start: str, fact: str) -> None:
    reply = ask(kb, first, second)[1]
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("question", [
    # the page: BFCC brought together 13 organisations from seven countries, none named
    "War Polen eines der sieben Länder von BFCC?",
    "Was Lithuania one of the 7 countries in BFCC?",
    "Was UKSH one of the 13 partners of BFCC?",
])
def test_a_count_that_describes_the_set_a_named_thing_is_claimed_to_be_in_is_no_claim(
        kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, State(), kb)
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("question,start,fact", [
    # the page: BFCC's 13 organisations came from seven countries and it linked its registries
    # into "one transnational fracture registry"; BONEBANK's biobank was in Lübeck and Odense
    # (Germany and Denmark)
    ("did the bfcc registry go beyond a single country", "Yes.", "transnational"),
    ("did bfcc go beyond one country?", "Yes.", "Baltic Sea"),
    ("Ging das BFCC-Register über ein Land hinaus?", "Ja.", "länderübergreifende"),
    ("War BFCC mehr als ein Land?", "Ja.", "Ostsee"),
    ("did the bonebank biobank span more than one country?", "Yes.", "Odense"),
    ("did the bfcc registry cover a single country?", "No.", "transnational"),
])
def test_a_count_of_countries_beyond_one_is_checked_and_a_made_thing_told_by_its_results(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("question", [
    "wurde bonebank über einen partner gefördert?",  # "über" as "via": no count of partners
])
def test_an_article_after_ueber_counts_one_only_with_hinaus(kb: KnowledgeBase,
                                                            question: str) -> None:
    assert not measures(question)


@pytest.mark.parametrize("question,start", [
    # P.I.L.O.T.'s goal: to establish a network; BONEBANK's: a value chain up to a biobank
    ("Was P.I.L.O.T. basically a network project?", "Yes."),
    ("War P.I.L.O.T. im Wesentlichen ein Netzwerkprojekt?", "Ja."),
    ("War BONEBANK vor allem ein Netzwerkprojekt?", "Nein."),
])
def test_a_hedge_carries_no_content_and_a_compound_names_what_a_project_was_about(
        kb: KnowledgeBase, question: str, start: str) -> None:
    assert answer(question, State(), kb).text.startswith(start)


@pytest.mark.parametrize("question,start,fact", [
    # MAGIA was continued by MAGIA2Market; P.I.L.O.T. by P.I.L.O.T. Next Level
    ("Kam nach MAGIA noch ein weiteres Projekt?", "Ja.", "MAGIA2Market"),
    ("Gab es nach P.I.L.O.T. noch ein Folgeprojekt?", "Ja.", "Next Level"),
])
def test_noch_before_an_article_counts_one_more_and_claims_no_status(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text
    assert answer("Läuft HIHeal noch?", State(), kb).text.startswith("Nein.")


@pytest.mark.parametrize("question,start,fact", [
    # only ELISE was funded by Interreg Europe; the page names no funder for MAGIA2Market
    ("Was any project besides ELISE funded by Interreg Europe?", "The page doesn't say",
     "MAGIA2Market"),
    ("Wurde außer ELISE noch ein Projekt von Interreg Europe gefördert?",
     "Das geht aus der Seite nicht hervor", "MAGIA2Market"),
    # HIHeal: ERDF and the City of Hamburg; ELISE: Interreg Europe only
    ("Was HIHeal funded by anyone apart from the ERDF?", "Yes.", "Hamburg"),
    ("Hatte ELISE andere Geldgeber als Interreg Europe?", "Nein.", "Interreg Europe"),
    # MAGIA: "the European Union's COSME programme"; the EU above COSME is no other funder
    ("Did MAGIA receive money from anyone other than COSME?", "No.", "COSME"),
    ("Wurde MAGIA außer von COSME noch von jemandem finanziert?", "Nein.", "COSME"),
    # BONEBANK: bone was harvested only at the hospitals in Lübeck and Odense
    ("Did BONEBANK work in any cities apart from Odense and Lübeck?", "No.", "Odense"),
    ("Lief BONEBANK außer in Lübeck noch in anderen Städten?", "Ja.", "Odense"),
])
def test_names_after_other_than_are_left_out_of_the_claim(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("first,second,start,fact", [
    # BFCC, BONEBANK and NORTHOPEDICS are about bones; only MAGIA was funded by COSME
    ("What did BONEBANK do?", "Is there any other project about bones?", "Yes.", "NORTHOPEDICS"),
    ("Wer leitete NORTHOPEDICS?", "Gibt es ein ähnliches Vorhaben zu Knochen?", "Ja.", "BONEBANK"),
    ("Wann lief ELISE?", "Gab es ein Projekt, das von COSME gefördert wurde?", "Ja.", "MAGIA"),
])
def test_whether_a_project_exists_is_asked_of_all_projects(
        kb: KnowledgeBase, first: str, second: str, start: str, fact: str) -> None:
    reply = ask(kb, first, second)[1]
    assert reply.text.startswith(start) and fact in reply.text, reply.text
    if "other" in second or "ähnlich" in second:  # not the project talked about
        assert ask(kb, first)[0].projects[0] not in reply.projects, reply.text


@pytest.mark.parametrize("question,project", [
    # the page gives no contact data and no such figures
    ("Gibt es eine Telefonnummer vom HIHeal-Team?", "hiheal"),
    ("Is there an e-mail address for the people behind MAGIA?", "magia"),
    ("Hast du eine Webseite von NORTHOPEDICS?", "northopedics"),
    ("Was there a participation fee for ELISE?", "elise"),
    # a fee outweighs "wie hoch war", which asks the grant elsewhere
    ("Wie hoch war die Teilnahmegebühr bei KI#CK?", "kick"),
    ("Wie hoch ist der Mitgliedsbeitrag bei P.I.L.O.T.?", "pilot"),  # a fee, not its grant
    # what a course cost those taking it, not the project's money (which the page gives)
    ("how much did KI#CK courses cost for participants", "kick"),
    ("Was haben die Kurse von KI#CK für Teilnehmende gekostet?", "kick"),
    # what taking part cost, not the project's grant (which the page gives for none of these)
    ("Was hat die Teilnahme an den MAGIA-Events gekostet?", "magia"),
    ("how much did it cost to take part in MAGIA's events?", "magia"),
])
def test_a_yes_no_form_asking_for_contact_data_or_a_figure_gets_that_answer(
        kb: KnowledgeBase, question: str, project: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent in ("contact", "quantity") and reply.projects == (project,)
    assert not reply.answered and not reply.text.startswith(("Yes", "No", "Ja", "Nein"))


@pytest.mark.parametrize("question,start,fact", [
    # ELISE: Interreg Europe; BFCC built the first transnational fracture registry; BONEBANK's
    # biobank was in Lübeck and Odense
    ("I was wondering whether ELISE was funded by the ESF.", "No.", "Interreg Europe"),
    ("Können Sie mir sagen, ob BFCC ein Register aufgebaut hat?", "Ja.", "Frakturregister"),
    ("Mich würde interessieren, ob BONEBANK in Odense war.", "Ja.", "Odense"),
    ("I'd like to know if NORTHOPEDICS had anything to do with cancer", "No.", "bone healing"),
])
def test_an_indirect_yes_no_question_gets_a_verdict(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("first,second,start,project", [
    # the page names no funder for MAGIA2Market; P.I.L.O.T. was ERDF and state-funded
    ("Did the ESF fund ELISE?", "the same question goes for P.I.L.O.T. please", "No.", "pilot"),
    ("Wurde MAGIA von COSME gefördert?", "Die gleiche Frage habe ich zu MAGIA2Market.",
     "Die Seite sagt nicht, wer MAGIA2Market gefördert hat", "magia2market"),
])
def test_the_same_question_about_another_project_checks_the_claim_again(
        kb: KnowledgeBase, first: str, second: str, start: str, project: str) -> None:
    reply = ask(kb, first, second)[1]
    assert reply.text.startswith(start) and reply.projects[0] == project, reply.text


@pytest.mark.parametrize("question,start,fact", [
    # MAGIA: companies used market studies; BFCC's registry helped hospitals and companies
    ("Konnten Firmen bei MAGIA Marktstudien nutzen?", "Ja.", "Marktstudien"),
    ("Could companies in MAGIA access market studies?", "Yes.", "market studies"),
    ("Konnten Kliniken bei BFCC vom Register profitieren?", "Ja.", "Frakturregister"),
])
def test_a_modal_verb_in_the_past_opens_a_yes_no_question(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("first,second,start", [
    # P.I.L.O.T. and NORTHOPEDICS: ERDF and the State of Schleswig-Holstein; HIHeal: ERDF and
    # Hamburg; ELISE: Interreg Europe
    ("Wer förderte P.I.L.O.T.?", "Hatte NORTHOPEDICS die gleichen Geldgeber wie das?", "Ja."),
    ("who paid for HIHeal?", "did ELISE have the same funding source?", "No."),
    ("Wer hat ELISE finanziert?", "Ist das derselbe Fördertopf wie bei HIHeal?", "Nein."),
])
def test_the_same_funder_as_another_project_is_a_claim_about_both(
        kb: KnowledgeBase, first: str, second: str, start: str) -> None:
    reply = ask(kb, first, second)[1]
    assert reply.text.startswith(start) and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("question,start,answered", [
    # MAGIA aimed at the United States and China; MAGIA2Market added Japan
    ("did magia and magia2market have the same target countries?", "No.", True),
    ("Hatten MAGIA und MAGIA2Market die gleichen Zielmärkte?", "Nein.", True),
    # ELISE: Poland, Slovakia, Italy, Lithuania, France, Germany; BONEBANK: Germany, Denmark
    ("did ELISE and BONEBANK have the same countries?", "No.", True),
    # the page gives MAGIA2Market no partner countries, only its targets
    ("did magia and magia2market have the same countries?", "The page doesn't say.", False),
])
def test_the_same_places_as_another_project_is_a_claim_about_both(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given two projects claimed to share their places (the markets aimed at where a target is
    # named)
    reply = answer(question, State(), kb)
    # Then yes or no on the two lists the page gives, with both (was both lists, no verdict)
    assert reply.text.startswith(start) and reply.answered is answered, reply.text
    assert reply.intent == "places" and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("first,second,project", [
    # the page gives no such figures
    ("what did BONEBANK do?", "how many stem cells were stored?", "bonebank"),
    ("Was war BFCC?", "Wie viele Frakturen wurden im Register erfasst?", "bfcc"),
])
def test_a_bare_how_many_while_talking_about_one_project_is_about_it(
        kb: KnowledgeBase, first: str, second: str, project: str) -> None:
    reply = ask(kb, first, second)[1]
    assert reply.intent == "quantity" and reply.projects == (project,) and not reply.answered


def test_the_one_project_a_yes_no_list_found_is_talked_about_next(kb: KnowledgeBase) -> None:
    # only MAGIA was funded by COSME
    replies = ask(kb, "Wann lief ELISE?", "Gab es ein anderes Projekt, das COSME gefördert hat?",
                  "Und wann lief das?")
    assert replies[1].text.startswith("Ja.") and replies[2].projects == ("magia",)


def test_a_partners_country_claim_is_held_against_its_country(kb: KnowledgeBase) -> None:
    wrong, right = ask(kb, "Was Lyonbiopole an Italian cluster?", "Kam BioWin aus Belgien?")
    assert wrong.text.startswith("No.") and "France" in wrong.text
    assert right.text.startswith("Ja.") and "Belgien" in right.text


def test_a_relative_question_word_keeps_a_yes_no_question(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was Lübeck one of the cities where BONEBANK stored stem cells?")[0]
    assert reply.text.startswith("Yes.")


@pytest.mark.parametrize("question,start,facts", [
    # a yes to a question that denies the claim contradicts it: "Doch", not "Ja" ("Ja, er hat
    # keinen" would say the opposite of the page)
    ("Hat P.I.L.O.T. keinen Nachfolger?", "Doch.", ["Next Level"]),
    ("Gab es bei ELISE keine Partner aus Italien?", "Doch.", ["Italien"]),
    ("Hatten HIHeal und MAGIA keinen Nachfolger?", "Doch.", ["HIHeal next level", "MAGIA2Market"]),
    # a denied claim the page rules out is agreed with: "Nein"
    ("Gab es bei ELISE keine Partner aus Spanien?", "Nein.", ["Polen"]),
    # "nicht" asks for agreement ("wasn't it …?"), so a claim that holds is still "Ja"
    ("Wurde ELISE nicht von Interreg gefördert?", "Ja.", ["Interreg"]),
    ("Didn't Interreg fund ELISE?", "Yes.", ["Interreg"]),
])
def test_a_yes_to_a_denying_german_question_is_doch(
    kb: KnowledgeBase, question: str, start: str, facts: list[str]
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("question,start,facts", [
    # two projects side by side: a link claimed of each, not one between them (this gave a
    # wrong "No": "was MAGIA HIHeal's follow-up?")
    ("Did HIHeal and MAGIA both have a follow-up?", "Yes.", ["HIHeal next level", "MAGIA2Market"]),
    ("Hatten HIHeal und MAGIA einen Nachfolger?", "Ja.", ["HIHeal next level", "MAGIA2Market"]),
    # one of them has none the page names: it can't say (never "No" from the first alone)
    ("Did BFCC and MAGIA have a successor?", "The page doesn't say", ["MAGIA2Market"]),
    # a link between two named projects is still one claim
    ("Ist MAGIA2Market der Nachfolger von MAGIA?", "Ja.", ["MAGIA2Market"]),
    ("Was BRIDGE 53 part of HIHeal?", "Yes.", ["HIHeal"]),
])
def test_a_link_claimed_of_two_projects_side_by_side_is_checked_for_each(
    kb: KnowledgeBase, question: str, start: str, facts: list[str]
) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text
    assert all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("question,lang,funder", [
    ("Did the City of Hamburg co-finance BONEBANK?", "en", "Hamburg"),
    ("Was MAGIA also funded by the ERDF too?", "en", "European Regional Development Fund"),
    ("Hat das Land Schleswig-Holstein ELISE mitfinanziert?", "de", "Schleswig-Holstein"),
    ("Wurde BFCC vom ESF kofinanziert?", "de", "Europäischer Sozialfonds"),
])
def test_a_co_funder_the_page_does_not_name_is_not_ruled_out(
        kb: KnowledgeBase, question: str, lang: str, funder: str) -> None:
    # Given a claim that a funder the page doesn't name for the project contributed beside the
    # EU programme it names (and the page names no co-financer of its own)
    reply = answer(question, State(), kb)
    # Then no "No": the page names its programme, not who co-financed it; the funder is named
    assert reply.intent == "funding" and not reply.answered and reply.language == lang
    assert not reply.text.startswith(("No", "Nein")) and funder in reply.text


@pytest.mark.parametrize("question,lang,funder", [
    ("was hiheal co-financed by schleswig-holstein?", "en", "Hamburg"),
    ("Did the ESF chip in for P.I.L.O.T. as well?", "en", "Schleswig-Holstein"),
    ("Hat die Stadt Hamburg NORTHOPEDICS mitfinanziert?", "de", "Schleswig-Holstein"),
    ("Wurde KI#CK von Hamburg kofinanziert?", "de", "Schleswig-Holstein"),
])
def test_a_co_funder_is_ruled_out_where_the_page_names_the_co_financer(
        kb: KnowledgeBase, question: str, lang: str, funder: str) -> None:
    # Given a claimed co-funder of a project whose page names a public co-financer of its own
    # beside the EU money (Hamburg for HIHeal, Schleswig-Holstein for P.I.L.O.T.)
    reply = answer(question, State(), kb)
    # Then "No", with the funders it names (sets 7 and 14 label it so; docs/labels.md)
    assert reply.intent == "funding" and reply.answered and reply.language == lang
    assert reply.text.startswith(("No.", "Nein.")) and funder in reply.text, reply.text


@pytest.mark.parametrize("question,start", [("Did the ERDF fund MAGIA?", "No."),
                                            ("Was KI#CK co-funded by the ESF?", "Yes."),
                                            ("Hat der ESF BONEBANK gefördert?", "Nein.")])
def test_a_plain_funder_claim_still_gets_yes_or_no(kb: KnowledgeBase, question: str,
                                                  start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start)


@pytest.mark.parametrize("question,start,fact", [
    ("Was BFCC led by LSN rather than by UKSH?", "Yes.", "Life Science Nord"),
    ("Hat LSN BONEBANK geleitet und nicht das UKSH Lübeck?", "Nein.", "UKSH"),
    ("Did the ERDF fund HIHeal instead of the ESF?", "Yes.", "ERDF"),
    ("Wurde HIHeal vom ESF statt vom EFRE gefördert?", "Nein.", "EFRE"),
])
def test_a_name_set_against_a_claim_is_excluded_not_claimed(
    kb: KnowledgeBase, question: str, start: str, fact: str
) -> None:
    """Given a claim "X, and not Y" / "X statt Y", When checked, Then only X is claimed: the
    claim holds if X does and Y does not."""
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


def test_a_same_year_claim_of_three_checks_all_three(kb: KnowledgeBase) -> None:
    # The page: BONEBANK began 2015, BFCC March 2016, ELISE 2017; HIHeal 1 April 2016,
    # NORTHOPEDICS 21 June 2016
    replies = ask(kb, "When did BONEBANK, BFCC and ELISE start?",
                  "so the three began in the same year?", "which of them began last?")
    assert replies[1].text.startswith("No.")
    assert set(replies[1].projects) == {"bonebank", "bfcc", "elise"}
    assert replies[2].intent == "superlative" and replies[2].projects[0] == "elise"
    replies = ask(kb, "Wann begannen BFCC, HIHeal und NORTHOPEDICS?",
                  "Haben alle drei im selben Jahr angefangen?", "welches davon begann zuletzt?")
    assert replies[1].text.startswith("Ja.")
    assert set(replies[1].projects) == {"bfcc", "hiheal", "northopedics"}
    assert replies[2].projects[0] == "northopedics"


@pytest.mark.parametrize("question,start,fact", [
    ("Did NORTHOPEDICS publish an atlas?", "The page doesn't say.", "network guide"),
    # a thing another project's results name: no, and whose it was
    ("Hat NORTHOPEDICS einen Kompetenzatlas herausgegeben?", "Nein.", "BONEBANK"),
    ("Did ELISE publish a guide?", "The page doesn't say.", ""),
    ("Hat BFCC einen Leitfaden veröffentlicht?", "Das geht aus der Seite", "Frakturregister"),
    ("Did NORTHOPEDICS release a guide for the network?", "Yes.", "network guide"),
    ("Hat BONEBANK einen Kompetenzatlas erstellt?", "Ja.", "Kompetenzatlas"),
    ("Did BFCC produce any results?", "Yes.", "registry"),
    ("Hat InnoReAct ein Handbuch oder einen Leitfaden erstellt?", "Ja.", "Leitfaden"),
    ("Did NORTHOPEDICS publish an atlas or a handbook?", "The page doesn't say.", ""),
    # whom it was for, a word the page never uses: not said, with what it made (was its places)
    ("did NORTHOPEDICS publish anything for clinicians?", "The page doesn't say.",
     "network guide"),
    ("Hat NORTHOPEDICS etwas für Ärzte veröffentlicht?", "Das geht aus der Seite",
     "Netzwerk-Leitfaden"),
])
def test_a_claim_of_what_was_made_needs_it_in_the_results(kb: KnowledgeBase, question: str,
                                                         start: str, fact: str) -> None:
    # Given a claim that a project made one thing: that it had results is no yes to that
    reply = ask(kb, question)[0]
    # Then yes only where its texts hold that thing, no where another project's results
    # name it, else the page doesn't say
    assert reply.text.startswith(start) and fact in reply.text
    assert reply.answered == start.startswith(("Yes", "Ja", "Nein"))


def test_a_funder_claim_of_two_projects_is_checked_of_each(kb: KnowledgeBase) -> None:
    # Given a funder claim of two projects: the page names MAGIA's funder (COSME), not
    # MAGIA2Market's; BFCC and ELISE were Interreg projects, neither an ESF one
    both, like, german = (ask(kb, q)[0] for q in (
        "Were MAGIA and MAGIA2Market both funded by COSME?",
        "Did COSME fund MAGIA2Market too, as it funded MAGIA?",
        "Wurden BFCC und ELISE beide vom ESF gefördert?"))
    # Then each is checked: silence about one is no yes and no no, with the other's funder said
    for reply in (both, like):
        assert not reply.answered and set(reply.projects) == {"magia", "magia2market"}
        assert "COSME" in reply.text and not reply.text.startswith(("Yes", "No"))
    assert german.text.startswith("Nein.") and set(german.projects) == {"bfcc", "elise"}


@pytest.mark.parametrize("question, start", [
    ("did BRIDGE 53 run on its own?", "No. BRIDGE 53 was part of HIHeal"),
    ("War BRIDGE 53 ein eigenständiges Projekt?", "Nein. BRIDGE 53 war Teil von HIHeal"),
    ("Lief BRIDGE 53 unabhängig von HIHeal?", "Nein."),
    ("was BFCC a stand-alone project?", "No. BFCC was part of"),
    ("was BRIDGE 53 independent of ELISE?", "Yes. BRIDGE 53 was part of HIHeal"),
])
def test_a_standalone_claim_is_the_opposite_of_part_of(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim that a project stood on its own / When checked / Then the whole it was
    # part of denies it
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.intent == "part_of", reply.text


def test_a_standalone_claim_without_a_whole_on_the_page_is_not_settled(
        kb: KnowledgeBase) -> None:
    reply = answer("was MAGIA independent?", State(), kb)
    assert not reply.answered and not reply.text.startswith(("Yes", "No")), reply.text


@pytest.mark.parametrize("question, start", [
    ("ELISE = ESF?", "No. ELISE was funded by Interreg Europe"),
    ("MAGIA = COSME", "Yes. MAGIA was funded"),
    ("Förderung BONEBANK = EFRE?", "Ja."),
    ("bfcc = 2016-2019?", "Yes. BFCC ran from March 2016 to February 2019"),
])
def test_a_project_set_equal_to_a_fact_is_a_claim(kb: KnowledgeBase, question: str,
                                                  start: str) -> None:
    # Given "X = fact?" / When asked / Then it is checked like "was X …?"
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.answered, reply.text


@pytest.mark.parametrize(("text", "yes"), [
    ("Did BFCC really set up a transnational registry, or was that only planned?", "Yes."),
    ("Wurden die Stammzellen bei BONEBANK wirklich in Lübeck gelagert oder war das nur geplant?",
     "Ja."),
])
def test_a_claim_set_against_a_mere_plan_is_checked_as_the_claim(
        kb: KnowledgeBase, text: str, yes: str) -> None:
    # When a claim about what a project did ends in "or was that only planned?"
    (reply,) = ask(kb, text)
    # Then the claim is checked against the page; the plan words ask about no future
    assert reply.answered and reply.text.startswith(yes)
    assert "future" not in reply.text and "künftig" not in reply.text


@pytest.mark.parametrize("messages,needles", [
    # the page: BFCC built "the first transnational fracture registry"; 13 organisations
    (("Hi, someone told me BFCC built a fracture registry. Was that registry transnational or "
      "only local? And how many organisations were involved?",), ("transnational", "13")),
    (("Tell me about BFCC", "Hat BFCC ein länderübergreifendes Register aufgebaut oder nur "
      "lokale? Und wer hat es geleitet?"), ("länderübergreifende", "Life Science Nord")),
])
def test_a_lesser_alternative_ends_with_its_sentence(
        kb: KnowledgeBase, messages: tuple[str, ...], needles: tuple[str, ...]) -> None:
    # Given a claim set against a lesser alternative ("or only local?"), then another question
    reply = ask(kb, *messages)[-1]
    # Then the claim is checked, told by the facts with no "Yes" (which of the two, session
    # 28), and the next question still answered
    assert reply.answered and all(n in reply.text for n in needles), reply.text
    assert not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("text,start", [
    ("Was the BFCC registry local or transnational?", "Transnational, as the page says."),
    ("War das Frakturregister von BFCC lokal oder transnational?", "Transnational, laut der"),
])
def test_a_choice_the_page_settles_names_the_one_it_says(kb: KnowledgeBase, text: str,
                                                        start: str) -> None:
    # Given a choice between two words, of which the page says one ("the first transnational
    # fracture registry")
    (reply,) = ask(kb, text)
    # Then that one is named with the page's words, not "yes"
    assert reply.answered and reply.text.startswith(start), reply.text
    assert "transnational" in reply.text.splitlines()[1] or "länderübergreifend" in \
        reply.text.splitlines()[1]


def test_a_plan_for_the_future_is_still_no_claim_about_the_past(kb: KnowledgeBase) -> None:
    # When the plan words ask about what comes next
    (reply,) = ask(kb, "Is another BFCC planned, or not?")
    # Then the page can't tell
    assert not reply.answered and "plans" in reply.text


@pytest.mark.parametrize("question,marker", [
    ("Planen Sie ein neues ELISE?", "Pläne"),
    ("Plant Life Science Nord einen Nachfolger für KI#CK?", "Pläne"),
    ("any plans for another BONEBANK?", "plans"),
])
def test_a_plan_asked_with_the_verb_first_is_about_the_future(
        kb: KnowledgeBase, question: str, marker: str) -> None:
    # given a project named in a question that opens with a plan verb ("Plant …?", "Planen …?")
    # when it asks whether something is planned now
    (reply,) = ask(kb, question)
    # then the page can't tell plans, and nothing about the project is given as the answer
    assert not reply.answered and marker in reply.text, reply.text


@pytest.mark.parametrize(("text", "start"), [
    ("ELISE ended in 2021, yes?", "Yes."),
    ("MAGIA was funded by Interreg, no?", "No."),
    ("BRIDGE 53 gehörte zu HIHeal, ja?", "Ja."),
    ("KI#CK lief in Hamburg, ne?", "Nein."),
])
def test_a_statement_with_a_tag_word_is_a_claim_to_check(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # When a statement ends in a tag ("yes?", "no?", "ja?", "ne?")
    (reply,) = ask(kb, text)
    # Then it is checked and answered yes or no, the tag itself claiming nothing
    assert reply.text.startswith(start)


@pytest.mark.parametrize(("text", "start"), [
    ("I'm checking figures for a report: did KI#CK get more than 500,000 euros?", "No."),
    ("Wir bereiten eine Förderübersicht vor: Hat ELISE mehr als eine Million Euro bekommen?",
     "Ja."),
])
def test_a_speaker_telling_before_a_colon_leaves_the_claim_after_it_whole(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given the speaker tells who they are or what they do, before a colon
    (reply,) = ask(kb, text)
    # Then the amount claim after the colon is checked against the page's figures
    assert reply.intent == "amount" and reply.text.startswith(start)


@pytest.mark.parametrize("question,start", [
    # the page: MAGIA "funded by the COSME programme of the European Union", not Interreg
    ("Ist es wahr, dass MAGIA keine Interreg-Mittel erhielt?", "Ja."),
    # ELISE: "funded by Interreg Europe"
    ("Ist es richtig, dass ELISE nicht von Interreg Europe gefördert wurde?", "Nein."),
    ("Is it correct that ELISE wasn't funded by Interreg Europe?", "No."),
    # BONEBANK: Lübeck and Odense
    ("Is it true that BONEBANK never had anything to do with Kiel?", "Yes."),
    # P.I.L.O.T. Next Level continues P.I.L.O.T.
    ("Stimmt es, dass es zu P.I.L.O.T. kein Folgeprojekt gab?", "Nein."),
    # the claim told is the positive one, or the "not" belongs to a name set against it
    ("Stimmt es, dass ELISE über Interreg Europe gefördert wurde?", "Ja."),
    ("Ist es richtig, dass das UKSH BONEBANK leitete und nicht Life Science Nord?", "Ja."),
    ("Is it true that MAGIA2Market targeted not only the US and China but also Japan?",
     "Yes."),
    # asked directly, a denial keeps German's "Doch." and its agreeing "Nein."
    ("Gab es zu P.I.L.O.T. kein Folgeprojekt?", "Doch."),
])
def test_a_claim_told_to_be_confirmed_that_denies_turns_the_verdict(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim told to be confirmed ("Stimmt es, dass …", "Is it true that …") that
    # denies what the page says or does not say, when it is checked, then the verdict is on
    # the claim as told: "Stimmt es, dass MAGIA kein Geld von Interreg bekam?" is "Ja." (was
    # "Nein.", the verdict on the Interreg money)
    text = answer(question, State(), kb).text
    assert text.startswith(start), text


@pytest.mark.parametrize("question,lang,start,fact", [
    ("Was NORTHOPEDICS only for companies in Hamburg?", "en", "No.", "Schleswig-Holstein"),
    ("Richtete sich KI#CK ausschließlich an Hamburger Firmen?", "de", "Nein.",
     "Schleswig-Holstein"),
    ("War P.I.L.O.T. rein auf Hamburg beschränkt?", "de", "Nein.", "Schleswig-Holstein"),
    ("was hiheal only in hamburg?", "en", "The page doesn't say", "HIHeal"),
])
def test_a_city_that_is_also_a_funder_claimed_as_the_only_place_is_a_place(
        kb: KnowledgeBase, question: str, lang: str, start: str, fact: str) -> None:
    # Given a claim that a project was only for a city that is also a funder's name (Hamburg)
    reply = answer(question, State(), kb)
    # Then it is checked against the project's places, not its money: no where the page names
    # another region of its own; the page doesn't say where it names none (HIHeal)
    assert reply.intent == "places" and reply.language == lang
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("question,start,fact", [
    ("Ging es bei KI#CK um Krebs?", "Nein.", "Künstliche Intelligenz"),
    ("Geht es bei ELISE um gesundes Altern?", "Ja.", "Altern"),
    ("Befasste sich MAGIA mit Krebsforschung?", "Nein.", "Medtech"),
    ("Drehte sich bei HIHeal alles um Herzkrankheiten?", "Nein.", "Infektion"),
])
def test_a_german_claim_of_what_a_project_was_about_is_checked_with_the_name_inside(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given "ging es bei X um Y?" (the name inside the phrase "ging es um") or a verb of
    # dealing with ("befasste sich", "drehte sich") opening the question
    reply = answer(question, State(), kb)
    # Then it is a claim about the project's subject: yes where its texts say it, no with its
    # goal where they never use the word
    assert reply.answered and reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("question,project", [
    ("Ging es bei HIHeal um Krankenhaushygiene?", "hiheal"),  # a compound of "Hygiene"
    ("Did NORTHOPEDICS deal with broken bones?", "northopedics"),  # bone healing: bones too
    ("Befasste sich BONEBANK mit Frakturen?", "bonebank"),  # bone material: bones too
    ("was HIHeal about infectious diseases in hospitals?", "hiheal"),
])
def test_a_claimed_subject_close_to_the_projects_own_is_not_denied(
        kb: KnowledgeBase, question: str, project: str) -> None:
    # Given a claim of what a project was about whose key word its texts don't use, but which
    # is a compound of a word they use or a topic that shares a broader topic with its own
    reply = answer(question, State(), kb)
    # Then the bot doesn't say no: the page's silence on a near subject is no denial
    assert not reply.text.startswith(("No", "Nein")), reply.text
    assert reply.projects == (project,), reply.projects


@pytest.mark.parametrize("question,intent,start", [
    ("Did KI#CK run longer than InnoReAct?", "duration", "Yes."),
    ("War MAGIA kürzer als ELISE?", "duration", "Ja."),
    ("Hat ELISE mehr Geld bekommen als KI#CK?", "amount", "Ja."),
])
def test_a_yes_no_on_two_projects_figures_takes_the_intent_of_the_figure(
        kb: KnowledgeBase, question: str, intent: str, start: str) -> None:
    # Given a yes/no that compares two projects' lengths or money
    reply = answer(question, State(), kb)
    # Then its intent is the fact it checks (the question-set brief: "a yes/no question takes
    # the intent of the fact it checks"), not a ranking
    assert reply.intent == intent and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,lang", [
    ("Which offers exactly did InnoReAct make? As a list please.", "en"),
    ("Können Sie die Angebote von InnoReAct auflisten?", "de"),
    ("Welche Angebote hatte InnoReAct genau?", "de"),
    # courses asked by name, where the page only says KI#CK's programme was an entry to AI
    ("Welche Kurse wurden bei KI#CK angeboten?", "de"),
    ("which courses did KI#CK offer?", "en"),
    ("Welche Module hatte das KI#CK-Programm?", "de"),  # not its funding programme
    # the offers asked with no "which" or "exactly": still the ones the page doesn't name
    ("what kind of offers did InnoReAct actually give companies?", "en"),
    ("what offers did InnoReAct have?", "en"),
    ("Was für Angebote machte InnoReAct den Firmen?", "de"),
])
def test_specific_offers_the_page_only_calls_various_are_not_answered(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # Given a request for the specific offers, or a list of them, where the page only says
    # "various offers"
    reply = answer(question, State(), kb)
    # Then not answered: what the page says, and that it names none in particular
    assert reply.intent == "activities" and not reply.answered and reply.language == lang


def test_what_a_project_did_stays_answered_where_no_single_offer_is_asked(
        kb: KnowledgeBase) -> None:
    # Given KI#CK's activities told in general, and MAGIA's events, trainings and studies
    # When asked what it did, or which events MAGIA had
    # Then answered: no single offer is asked of KI#CK, and MAGIA's are named
    for question in ("what did KI#CK do?", "Welche Veranstaltungen gab es bei MAGIA?"):
        reply = answer(question, State(), kb)
        assert reply.intent == "activities" and reply.answered, reply.text


@pytest.mark.parametrize(("question", "start"), [
    # The page: ELISE's partners came from seven regions in Poland, Slovakia, Italy, Lithuania,
    # France and "two German states", which it doesn't name
    ("Was Schleswig-Holstein one of the German regions in ELISE?", "The page doesn't say"),
    ("Gehörte Niedersachsen zu den Partnerregionen von ELISE?", "Das geht aus der Seite nicht"),
    ("was ELISE active in Kiel?", "The page doesn't say"),
    # Hamburg, also a funder (of HIHeal, InnoReAct), is a place where a claim names ELISE's
    # regions or states: no "No" from ELISE's funding
    ("Was Hamburg one of the German regions in ELISE?", "The page doesn't say"),
    ("Waren Hamburg und Schleswig-Holstein die beiden deutschen Bundesländer bei ELISE?",
     "Das geht aus der Seite nicht"),
    # Spain is no country of ELISE's; BONEBANK names its German city, Lübeck
    ("Did ELISE have partners in Spain?", "No."),
    ("War BONEBANK auch in Kiel aktiv?", "Nein."),
])
def test_a_state_in_a_country_whose_states_the_page_does_not_name_is_not_ruled_out(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text
    assert reply.answered == start.startswith(("No.", "Nein.")), reply.text


@pytest.mark.parametrize("dialog", [
    ("Wer hat ELISE gefördert?", "Welche zwei deutschen Bundesländer waren es?",
     "War Hamburg eins davon?"),
    ("Where was ELISE active?", "was Hamburg one of them?"),
    ("Wo war ELISE aktiv?", "War Hamburg dabei?"),
])
def test_a_funding_city_claimed_right_after_the_places_is_one_more_place(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given ELISE's places, "two German states" the page doesn't name (Hamburg, a funder of
    # other projects, is no funder of ELISE's)
    reply = ask(kb, *dialog)[-1]
    # Then the city is claimed as a place, not as a funder: the page doesn't say, no "No"
    assert reply.intent == "places" and not reply.answered, reply.text


@pytest.mark.parametrize(("dialog", "start"), [
    # The page: BONEBANK's competence atlas "can be found after registration on LSN XCHANGE"
    (("Muss ich mich anmelden, um den BONEBANK-Kompetenzatlas zu sehen?",), "Ja."),
    (("Tell me about BONEBANK's competence atlas", "is registration required to look at it?"),
     "Yes."),
    (("Can I open the BONEBANK competence atlas without logging in?",), "No."),
    # BFCC's results are behind a link; the page says nothing of registering
    (("do I need an account to read the BFCC results?",), "The page doesn't say"),
    # "dafür" points back at what was just talked about; "braucht man", "muss man" ask yes/no
    (("wo findet man den kompetenzatlas", "braucht man dafür eine Registrierung?"), "Ja."),
    (("wo findet man den kompetenzatlas", "muss man sich dafür registrieren?"), "Ja."),
    (("Wo finde ich BONEBANKs Kompetenzatlas?", "benötige ich ein Konto dafür?"), "Ja."),
    (("Wo finde ich den Leitfaden von InnoReAct?", "Braucht man dafür eine Anmeldung?"),
     "Das geht aus der Seite nicht hervor"),
    (("Where is the BONEBANK competence atlas?", "do I need registration for it?"), "Yes."),
    # spoken short forms: "brauch" (brauche), "nen" (einen), "ne" (eine)
    (("wo finde ich den kompetenzatlas von bonebank", "brauch ich da nen account?"), "Ja."),
    (("wo finde ich den kompetenzatlas von bonebank", "braucht man da ne anmeldung?"), "Ja."),
    # "anmelden" with "da"/"dort" and "muss": whether one must, not how to sign up (was: "sagt
    # nicht, wie man sich anmeldet")
    (("was hat das bonebank projekt gemacht", "muss man sich da anmelden?"), "Ja."),
    (("Wo finde ich BONEBANKs Kompetenzatlas?", "muss ich mich dort registrieren?"), "Ja."),
    (("Wo finde ich BONEBANKs Kompetenzatlas?", "muss man sich anmelden?"), "Ja."),
    (("where is the bonebank competence atlas?", "do I have to sign in?"), "Yes."),
])
def test_a_registration_claim_is_checked_against_where_the_page_says_a_resource_is(
        kb: KnowledgeBase, dialog: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *dialog)[-1]
    assert reply.text.startswith(start), reply.text
    # what it takes to get at a thing is a contact, as where it is (docs/labels.md)
    assert reply.intent == "contact", reply.intent


@pytest.mark.parametrize(("claim", "start"), [
    # The page: MAGIA targeted the US and China; MAGIA2Market the US, China and Japan
    ("so only one of them had Japan as a target?", "Yes."),
    ("Hatte nur eins davon Japan als Zielland?", "Ja."),
    ("did just one of them target China?", "No."),  # both did
])
def test_only_one_of_a_group_is_a_claim_of_exactly_one(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    reply = ask(kb, "Which projects had the United States as a target?", claim)[-1]
    assert reply.text.startswith(start), reply.text
    assert set(reply.projects) == {"magia", "magia2market"}


@pytest.mark.parametrize(("claim", "start"), [
    # The page: ELISE (Interreg Europe) and BFCC (Interreg Baltic Sea Region) both had Interreg
    # money; only MAGIA had COSME money
    ("did only one of ELISE and BFCC get Interreg funding?", "No."),
    ("Wurde nur eins von MAGIA und ELISE durch COSME gefördert?", "Ja."),
])
def test_only_one_of_two_named_projects_is_a_claim_of_exactly_one(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    reply = ask(kb, claim)[-1]
    assert reply.text.startswith(start), reply.text


def _funded_by(kb: KnowledgeBase, funder: str) -> set[str]:
    """The projects whose funders the knowledge base puts under `funder`."""
    return {p.id for p in kb.projects.values()
            if any(funder in kb.funder_ancestors(f) for f in p.funding)}


@pytest.mark.parametrize(("claim", "named", "funder"), [
    ("did only BFCC get Interreg money?", "bfcc", "interreg"),
    ("was BFCC the only project funded by Interreg?", "bfcc", "interreg"),
    ("Wurde nur ELISE von Interreg gefördert?", "elise", "interreg"),
    ("Ist HIHeal das einzige Projekt, das vom EFRE gefördert wurde?", "hiheal", "erdf"),
    ("only NORTHOPEDICS was funded by the ERDF, right?", "northopedics", "erdf"),
])
def test_only_one_named_project_is_a_claim_that_no_other_project_holds_it(
        kb: KnowledgeBase, claim: str, named: str, funder: str) -> None:
    # given a funder the page names for several projects, one of them the one named
    funded = _funded_by(kb, funder)
    assert named in funded and len(funded) > 1
    # when asked whether only that one had the funder
    reply = ask(kb, claim)[-1]
    # then "no", and the reply names every project that had it (and parts of those, as
    # BRIDGE 53 of HIHeal)
    assert reply.text.startswith(("No.", "Nein.")), reply.text
    assert funded <= set(reply.projects)
    assert all(kb.projects[p].part_of in funded for p in set(reply.projects) - funded)


@pytest.mark.parametrize("claim", [
    "was KI#CK the only project funded by the ESF?",
    "Hatte nur BONEBANK dänische Partner?",
])
def test_only_one_named_project_is_not_confirmed_where_the_page_is_silent_of_others(
        kb: KnowledgeBase, claim: str) -> None:
    # given a claim that holds of the named project, where the page says nothing of the
    # claim's kind for some other project (MAGIA2Market's funder, BFCC's countries)
    # when asked whether only that one held it
    reply = ask(kb, claim)[-1]
    # then the page doesn't say, the other projects are named, and it is not an answer
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht")), \
        reply.text
    assert not reply.answered
    assert "BFCC" in reply.text or "MAGIA2Market" in reply.text


@pytest.mark.parametrize("claim,pid", [
    ("Did NORTHOPEDICS have partners from Denmark?", "northopedics"),
    ("were any of the P.I.L.O.T. partners Swedish?", "pilot"),
    ("Hatte P.I.L.O.T. Partner aus Polen?", "pilot"),
    ("Waren bei NORTHOPEDICS dänische Partner dabei?", "northopedics"),
    ("Hatte BONEBANK auch Projektpartner aus Schweden?", "bonebank"),
    ("Did NORTHOPEDICS have partners from countries other than Germany?", "northopedics"),
    # all partners named, but not every one's country (oncampus GmbH's); (Life Science
    # Nord's home makes Germany one of MAGIA's countries: test_yes_no_claims.py)
    ("did KI#CK have partners in Denmark?", "kick"),
])
def test_a_partner_country_is_no_no_where_the_page_does_not_name_the_partners(
        kb: KnowledgeBase, claim: str, pid: str) -> None:
    # given a project whose places the page names, but not (all) its partners or their countries
    p = kb.projects[pid]
    assert not (p.partners_complete and all(x.country for x in p.partners))
    assert not p.partner_regions
    # when asked whether it had partners from a country it wasn't active in
    reply = ask(kb, claim)[-1]
    # then the page doesn't say, with what it says of the partners and places; not an answer
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht")), \
        reply.text
    assert not reply.answered and reply.projects == (pid,)


@pytest.mark.parametrize("claim,start", [
    ("did ELISE have any partners from Spain?", "No."),  # its partner regions, all named
    ("Gab es bei ELISE Partner aus Polen?", "Ja."),
    ("Hatte BONEBANK dänische Partner?", "Ja."),
    ("Was NORTHOPEDICS active in Denmark?", "No."),  # where it was active: named
    ("War P.I.L.O.T. in Polen aktiv?", "Nein."),
])
def test_a_partner_country_is_settled_where_the_page_names_all_partners_or_places(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given a project whose whole consortium, partner regions or places the page names
    # when asked about its partners' countries or where it was active
    reply = ask(kb, claim)[-1]
    # then a yes or a no, answered
    assert reply.text.startswith(start) and reply.answered, reply.text


@pytest.mark.parametrize("claim,start", [
    ("Did a university take part in KI#CK?", "Yes."),  # TH Lübeck
    ("War ein Unternehmen an KI#CK beteiligt?", "Ja."),  # oncampus GmbH
    ("Were hospitals involved in BONEBANK?", "Yes."),  # the hospitals in Lübeck and Odense
    ("Waren Cluster bei MAGIA dabei?", "Ja."),
    ("Was a university involved in HIHeal?", "No."),  # two clusters, the whole consortium
    ("War ein Krankenhaus bei MAGIA beteiligt?", "Nein."),
])
def test_a_kind_of_organisation_is_checked_against_the_kinds_the_page_gives(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given the organisations the page gives a project, with their kinds (a role, a name)
    # when asked whether one of a kind took part
    reply = ask(kb, claim)[-1]
    # then yes where one is of that kind, no where the page names them all and none is;
    # the partners follow
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert reply.intent == "partners"


@pytest.mark.parametrize("messages,start", [
    (("Were only universities involved in KI#CK?",), "No."),  # oncampus GmbH, a company
    (("what is KI#CK?", "Was it a university project only?"), "No."),
    (("Waren nur Hochschulen an KI#CK beteiligt?",), "Nein."),
    (("Waren an BONEBANK ausschließlich Kliniken beteiligt?",), "Nein."),  # and LSN
])
def test_only_one_kind_of_organisation_is_checked_against_every_kind_the_page_gives(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # given a project whose organisations are of more than one kind
    # when asked whether only organisations of one kind took part
    reply = ask(kb, *messages)[-1]
    # then no, with the partners (was "Yes" because one of them was of that kind)
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert reply.intent == "partners"


@pytest.mark.parametrize("claim", [
    "Was a university involved in NORTHOPEDICS?",  # no partners named
    # 13 organisations, none named (hospitals it worked with: "registries at hospitals", a yes,
    # test_yes_no_claims)
    "Waren Universitäten an BFCC beteiligt?",
    "Were any companies partners in MAGIA?",  # companies joined its events, not named
    "War eine Universität bei BONEBANK dabei?",  # its partners described, not all named
])
def test_a_kind_of_organisation_the_page_cannot_rule_out_is_not_denied(
        kb: KnowledgeBase, claim: str) -> None:
    # given a project whose organisations the page doesn't all name, none of them of the kind
    # when asked whether one of that kind took part
    reply = ask(kb, claim)[-1]
    # then the page doesn't say (where what it lacks is the answer's own, that alone: "The page
    # doesn't name partners of NORTHOPEDICS.", not after a bare "The page doesn't say.")
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht",
                                  "The page doesn't name partners")), \
        reply.text
    assert not reply.answered


@pytest.mark.parametrize("claim", [
    "Hat BONEBANK die Stammzellen eingelagert?",  # "lagerte", "Lagerung"
    "Wurde bei P.I.L.O.T. ein Netzwerk aufgebaut?",  # "aufzubauen"
    "Hat MAGIA Netzwerke aufgebaut?",  # "baute … aus", "aufzubauen"
])
def test_a_german_participle_is_found_in_another_form_of_its_verb(
        kb: KnowledgeBase, claim: str) -> None:
    # given a project whose texts use a verb in one form ("lagerte", "aufzubauen")
    # when a claim uses its participle with a prefix ("eingelagert", "aufgebaut")
    reply = ask(kb, claim)[-1]
    # then the claim is found: a yes, answered
    assert reply.text.startswith("Ja.") and reply.answered, reply.text


@pytest.mark.parametrize("word,stem", [
    ("eingelagert", "lagert"), ("aufgebaut", "baut"), ("gesammelt", "sammelt"),
    ("aufzubauen", "bauen"), ("zusammengeführt", "führt"),
    ("entwickelt", None), ("zusammen", None), ("about", None), ("gestern", None),
])
def test_a_participle_loses_its_prefixes(word: str, stem: str | None) -> None:
    # given a German word, a participle with prefixes or not
    # when its verb's stem is asked
    # then the prefixes go ("ein", "ge", "zu"), and a word of no such form has none
    from bot.checks import verb_stem
    assert verb_stem(word) == stem


@pytest.mark.parametrize("claim,start", [
    ("Hatte KI#CK mehr Fördergeld als ELISE?", "Nein."),  # about €442,000 against €1,217,494
    ("Hatte ELISE ein größeres Budget als KI#CK?", "Ja."),
    ("War die Geldsumme von KI#CK kleiner als die von ELISE?", "Ja."),
    ("Hatte KI#CK eine geringere Fördersumme als ELISE?", "Ja."),
])
def test_a_german_money_compound_compares_amounts(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given two projects whose amounts the page gives
    # when a claim compares them with a money compound ("Fördergeld", "Geldsumme") or a
    # comparative before its noun ("ein größeres Budget als")
    reply = ask(kb, claim)[-1]
    # then the amounts are compared (not the durations, not a larger whole), with both figures
    assert reply.text.startswith(start) and reply.intent == "amount", reply.text
    assert "442.000" in reply.text and "1.217.494" in reply.text


@pytest.mark.parametrize("claim,start", [
    ("Hat LSN KI#CK mit der TH Lübeck durchgeführt?", "Ja."),  # with is not "only with"
    ("Did LSN run KI#CK together with oncampus?", "Yes."),
    ("I think LSN ran KI#CK with the TH Lübeck. When did it start?", "Yes."),  # a told belief
    ("Hat LSN KI#CK mit dem UKSH durchgeführt?", "Nein."),  # not among those named
])
def test_run_with_an_organisation_holds_where_the_page_names_it_beside_the_lead(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given a project the page says its lead ran together with others (KI#CK: LSN with TH
    # Lübeck and oncampus)
    # when a claim says the lead ran it "with" one of them (asked or told before a question)
    reply = ask(kb, claim)[0]
    # then yes where that one is named beside the lead, though others are too; else no
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("claim,start", [
    ("Are MAGIA and MAGIA2Market related?", "Yes."),  # a follow-up
    ("Hängt BRIDGE 53 mit HIHeal zusammen?", "Ja."),  # a part
    ("is P.I.L.O.T. Next Level connected to P.I.L.O.T. somehow?", "Yes."),
])
def test_a_link_between_two_projects_is_yes_where_the_page_links_them(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given two projects the page links (a part, a follow-up)
    # when asked whether they are connected, in no particular way
    reply = ask(kb, claim)[-1]
    # then yes, with the link
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert reply.intent == "relations"


def test_a_link_the_page_does_not_give_is_not_denied(kb: KnowledgeBase) -> None:
    # given two projects the page doesn't link
    # when asked whether they are connected
    reply = ask(kb, "Is ELISE connected to BFCC in any way?")[-1]
    # then the page doesn't say (it lists no links between them, which is no denial)
    assert not reply.answered and not reply.text.startswith(("Yes", "No")), reply.text


@pytest.mark.parametrize("claim", [
    "Did BFCC publish fracture data?",
    "Hat BFCC Studien zu Frakturen veröffentlicht?",
    "Did BFCC release fracture statistics?",
])
def test_a_product_claimed_published_must_be_named_not_only_its_topic(
        kb: KnowledgeBase, claim: str) -> None:
    # given a project about a topic (BFCC: fractures) whose page names no such product
    # when asked whether it published something on that topic
    reply = ask(kb, claim)[-1]
    # then the page doesn't say (being about fractures is no yes to data or studies)
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("claim", [
    "Hat BFCC Frakturdaten veröffentlicht?",
    "hat bfcc frakturstudien publiziert",
])
def test_a_compound_whose_first_half_only_the_page_uses_is_not_said(
        kb: KnowledgeBase, claim: str) -> None:
    # given BFCC's texts, which say "Fraktur…" (fracture care, registry) but no data, no studies
    # when asked whether it published a compound of that word ("Fraktur" + "daten")
    reply = ask(kb, claim)[-1]
    # then the page doesn't say: a compound names its last part, not its first
    assert not reply.answered and not reply.text.startswith("Ja"), reply.text


def test_a_compound_the_page_uses_whole_is_said(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Hat BFCC ein Frakturregister veröffentlicht?")[-1]
    assert reply.text.startswith("Ja.") and "Frakturregister" in reply.text, reply.text


def test_a_product_claimed_published_that_the_page_names_is_yes(kb: KnowledgeBase) -> None:
    # given BFCC's results, which name its fracture registry
    # when asked whether it published one
    reply = ask(kb, "Did BFCC publish a fracture registry?")[-1]
    # then yes, with its results
    assert reply.text.startswith("Yes.") and "registry" in reply.text, reply.text


@pytest.mark.parametrize("first,claim", [
    ("Wer hat MAGIA gefördert?", "Hat LSN den Kompetenzatlas entwickelt?"),
    ("Wer hat MAGIA gefördert?", "Hat LSN das Geschäftsmodell erarbeitet?"),
    ("Who funded MAGIA?", "Did LSN develop the competence atlas?"),
    ("Who funded P.I.L.O.T.?", "was the competence atlas made by LSN?"),
    ("when did KI#CK run?", "did Life Science Nord build the business model?"),
])
def test_lsn_claimed_to_have_made_another_projects_thing_is_checked_of_that_project(
        kb: KnowledgeBase, first: str, claim: str) -> None:
    # Given a project talked about, and a thing only another project made (the page:
    # BONEBANK, where "Life Science Nord developed the business model and a competence atlas")
    owners = {p.id for p in kb.projects.values()
              if {"competence-atlas", "business-model"} & set(p.topics)}
    talked = ask(kb, first)[0]
    assert owners == {"bonebank"} and not owners & set(talked.projects)
    # When it is claimed that LSN made it, no project named
    reply = ask(kb, first, claim)[-1]
    # Then the claim is checked of the project that made it (yes), not of the one talked about
    # (a "no" of MAGIA read as "LSN didn't make it")
    assert reply.text.startswith(("Ja.", "Yes.")) and reply.projects == ("bonebank",), \
        reply.text


@pytest.mark.parametrize("claim", [
    "Hat oncampus das Qualifizierungsprogramm entwickelt?",
    "Hat die TH Lübeck das Weiterbildungsprogramm entwickelt?",
    "did oncampus develop the qualification programme?"])
def test_a_programme_claimed_made_is_checked_of_the_project_that_made_it(
        kb: KnowledgeBase, claim: str) -> None:
    # Given MAGIA talked about, and KI#CK, "ran by ... Life Science Nord together with the
    # University of Applied Sciences (Technischen Hochschule Lübeck and oncampus GmbH) aimed
    # to create a needs-oriented qualification programme"
    made = {p.id for p in kb.projects.values() if any(m.thing == "qualification"
                                                      for m in p.made)}
    assert made == {"kick"} and {"oncampus", "th-luebeck"} <= set(
        kb.projects["kick"].organisations())
    # When it is claimed that one of them made the (German compound) programme
    reply = ask(kb, "Worum ging es bei MAGIA?", claim)[-1]
    # Then the claim is checked of KI#CK (yes), not answered with MAGIA's results
    assert reply.text.startswith(("Ja.", "Yes.")) and reply.projects == ("kick",), reply.text


def test_a_thing_claimed_with_no_maker_is_still_asked_of_the_project_talked_about(
        kb: KnowledgeBase) -> None:
    # "was a business model developed?" after MAGIA asks of MAGIA (where one was: BONEBANK)
    reply = ask(kb, "Wer hat MAGIA gefördert?", "Gab es dabei einen Kompetenzatlas?")[-1]
    assert reply.text.startswith("Nein.") and reply.projects[0] == "magia", reply.text


@pytest.mark.parametrize(("claim", "pid", "place"), [
    ("Did MAGIA open an office in China?", "magia", "china"),
    ("Hat MAGIA2Market eine Niederlassung in Japan gegründet?", "magia2market", "japan"),
    ("did ELISE set up a branch in Poland?", "elise", "poland"),
])
def test_a_thing_set_up_at_a_place_is_not_settled_by_the_place_alone(
        kb: KnowledgeBase, claim: str, pid: str, place: str) -> None:
    # given a place the page names for the project
    p = kb.projects[pid]
    assert place in (*p.countries, *p.target_countries)
    # when asked whether the project set up an office, a branch there
    reply = ask(kb, claim)[-1]
    # then the page doesn't say (it names no such thing), never "yes" for the place alone
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht")), \
        reply.text
    assert not reply.answered


def test_a_place_claimed_without_a_thing_set_up_is_still_checked(kb: KnowledgeBase) -> None:
    assert ask(kb, "Did MAGIA target China?")[-1].text.startswith("Yes.")


@pytest.mark.parametrize(("claim", "pid", "thing"), [
    # The page names the hospitals in Lübeck and Odense where BONEBANK collected bone, and
    # the lab the cells went to; it never says BONEBANK built, opened or founded them
    ("Did BONEBANK build a hospital in Odense?", "bonebank", "hospital"),
    ("did bonebank open a clinic in lübeck", "bonebank", "clinic"),
    ("Hat BONEBANK in Odense ein Labor gegründet?", "bonebank", "labor"),
    ("Hat MAGIA eine Firma in den USA gegründet?", "magia", "firma"),
])
def test_a_thing_the_page_names_elsewhere_is_no_thing_the_project_set_up(
        kb: KnowledgeBase, claim: str, pid: str, thing: str) -> None:
    # given a thing the project's texts mention (as where its work happened), or none
    # when asked whether the project set that thing up at a place the page gives it
    reply = ask(kb, claim)[-1]
    # then the page doesn't say: only what its results say it made would be a yes
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("claim", [
    "Did BONEBANK set up a biobank at the hospitals in Lübeck?",
    "Hat BONEBANK eine Biobank in Lübeck und Odense aufgebaut?",
])
def test_a_hospital_named_as_where_a_thing_was_set_up_is_no_thing_set_up(
        kb: KnowledgeBase, claim: str) -> None:
    # given BONEBANK's biobank in Lübeck and Odense
    # when asked whether it set up a biobank (at the hospitals) there
    reply = ask(kb, claim)[-1]
    # then the place is checked: the hospital is where, not what
    assert reply.text.startswith(("Yes.", "Ja.")), reply.text


@pytest.mark.parametrize(("claim", "start"), [
    # The page: the UKSH Lübeck led BONEBANK; Life Science Nord took part
    ("Hey, a colleague told me the UKSH in Lübeck was in charge of BONEBANK, not LSN. "
     "Is that right?", "Yes."),
    ("UKSH hat BONEBANK geleitet, nicht LSN, oder?", "Ja."),
    ("LSN led BONEBANK, not the UKSH, right?", "No."),
])
def test_a_name_set_off_with_a_comma_and_not_is_set_against_the_claim(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given a claim "A led X, not B" (a comma before "not", no "and")
    # when checked
    reply = ask(kb, claim)[-1]
    # then B is set against the claim, not claimed too
    assert reply.text.startswith(start), reply.text
    assert "UKSH" in reply.text


@pytest.mark.parametrize(("asked", "claim", "others"), [
    ("which projects had partners from Italy?", "was MAGIA the only one?", ["ELISE"]),
    ("Welche Projekte hatten Partner aus Italien?", "War MAGIA das einzige?", ["ELISE"]),
    ("which projects were funded by Interreg?", "so BFCC was the only one?",
     ["BONEBANK", "ELISE"]),
])
def test_the_only_one_without_a_condition_is_checked_against_the_last_list(
        kb: KnowledgeBase, asked: str, claim: str, others: list[str]) -> None:
    # given a list of projects under a condition
    listed = ask(kb, asked)[-1]
    assert all(o in listed.text for o in others), listed.text
    # when a project of it is claimed to be the only one, with no condition of its own
    reply = ask(kb, asked, claim)[-1]
    # then no, and the list's others
    assert reply.text.startswith(("No.", "Nein.")), reply.text
    assert all(o in reply.text for o in others), reply.text


def test_an_only_claim_of_a_project_alone_in_the_last_list_is_not_settled_by_it(
        kb: KnowledgeBase) -> None:
    # given a list of one (the ESF funded KI#CK alone), whose condition the state doesn't keep
    # when "was KI#CK the only one?" follows
    reply = ask(kb, "which projects did the ESF fund?", "was KI#CK the only one?")[-1]
    # then no "No." from the list (it holds KI#CK alone)
    assert not reply.text.startswith("No."), reply.text


@pytest.mark.parametrize(("claim", "start"), [
    ("so BFCC was funded by Interreg?", "Yes."),
    ("so BONEBANK was led by LSN?", "No."),
])
def test_an_english_was_is_no_german_question_word_in_a_confirmation(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given a statement asked with "so … ?" whose verb is "was" (German "what")
    reply = ask(kb, claim)[-1]
    # then it asks yes or no
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("claim", "start"), [
    ("Hatte ELISE 7 Partnerregionen?", "Ja."),
    ("Hatte ELISE fünf Partnerregionen?", "Nein."),
    ("Hatte BFCC 13 Partnerorganisationen?", "Ja."),
    ("Hatte BFCC zwölf Projektpartner?", "Nein."),
])
def test_a_german_compound_counts_by_its_heads_kind(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given the page's counts: ELISE's partners from seven regions, BFCC's 13 organisations
    # when a count is claimed with a compound ("Partnerregionen", "Projektpartner")
    reply = ask(kb, claim)[-1]
    # then it is checked as the count of partners, as "seven partner regions" is
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("claim", "start"), [
    ("is MAGIA2Market still open for SMEs?", "No."),
    ("Ist MAGIA2Market noch offen für KMU?", "Nein."),
    ("is ELISE still running in Poland?", "No."),
])
def test_a_status_asked_with_whom_or_where_it_was_for_is_a_status_claim(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given projects the page dates as ended, whose topics or places the question names too
    reply = ask(kb, claim)[-1]
    # then their status: the topic ("SMEs") or the place only says for whom or where
    assert reply.text.startswith(start), reply.text
    assert reply.intent == "status"


@pytest.mark.parametrize(("claim", "start"), [
    # the page: BFCC "March 2016 - February 2019", NORTHOPEDICS "21.06.2016 - 30.06.2019",
    # MAGIA "in 2018 and 2019"
    ("did bfcc start in march?", "Yes."),
    ("did bfcc end in june?", "No."),
    ("Endete NORTHOPEDICS im Juni?", "Ja."),
    ("Begann BFCC im Januar?", "Nein."),
    ("did magia start in january?", "The page doesn't say."),
    ("did bfcc and northopedics both end in june?", "No."),
])
def test_a_month_claimed_with_no_year_is_the_month_of_its_start_or_end(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given the page's start and end dates
    # when a project is claimed to have started or ended in a month, with no year
    reply = ask(kb, claim)[-1]
    # then the month of its start (end) in any year decides, at the page's precision (was
    # "the page doesn't say" of every such month)
    assert reply.text.startswith(start), reply.text
    assert reply.answered == (not start.startswith("The page")), reply.text


@pytest.mark.parametrize(("claim", "start"), [
    ("did innoreact run until the end of 2023?", "No."),  # ended 28 February 2023
    ("Lief InnoReAct bis Ende 2023?", "Nein."),
    ("Lief ELISE bis Ende 2021?", "Ja."),  # ended 31 December 2021
    ("did HIHeal run until the end of 2022?", "Yes."),
    ("Endete MAGIA Ende 2019?", "Das geht aus der Seite nicht hervor."),  # a year only
])
def test_the_end_of_a_year_claims_its_december(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given the page's end dates
    # when a project is claimed to have run until the end of a year
    reply = ask(kb, claim)[-1]
    # then the claim is December of that year, at the page's precision
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("claim", "start"), [
    # KI#CK: "money from the European Union and the State" (no fund named) and the ESF
    ("Was KI#CK funded by the ERDF?", "The page doesn't say."),
    ("Wurde KI#CK aus dem EFRE gefördert?", "Das geht aus der Seite nicht hervor."),
    ("was KI#CK funded by Interreg?", "No."),  # a programme, not a fund of the EU money
    ("was magia funded by the ERDF?", "No."),  # its EU money is the COSME programme's
])
def test_a_fund_of_eu_money_the_page_gives_no_fund_for_is_not_settled(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    reply = ask(kb, claim)[-1]
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("turns", "start"), [
    (("wann lief bonebank?", "ok and did it run until the end of 2020?"), "No."),
    (("wann lief bonebank?", "ok and did it end in 2020?"), "Yes."),
    (("Wann lief ELISE?", "gut, und lief es bis 2021?"), "Ja."),
])
def test_a_yes_no_question_after_an_opening_word_is_still_one(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    # given "ok", "gut" before a yes/no question about the project talked about
    reply = ask(kb, *turns)[-1]
    # then it is checked (it was read as a list of the projects that ended that year)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,facts", [
    # MAGIA2Market ended in February 2023, InnoReAct on 28 February 2023: the same month
    ("did MAGIA2Market end at the same time as InnoReAct?", "Yes.", ["February 2023"]),
    ("Endete MAGIA2Market zur gleichen Zeit wie InnoReAct?", "Ja.", ["Februar 2023"]),
    # BFCC started in March 2016, NORTHOPEDICS on 21 June 2016
    ("did BFCC start at the same time as NORTHOPEDICS?", "No.", ["March 2016", "June 2016"]),
    ("Haben BFCC und NORTHOPEDICS gleichzeitig begonnen?", "Nein.", ["März 2016"]),
    # ELISE ended on 31 December 2021, BFCC in February 2019 (both ran in 2017: an overlap)
    ("did ELISE and BFCC end at the same time?", "No.", ["2021", "2019"]),
    ("did ELISE and BFCC run at the same time?", "Yes.", ["2017"]),
])
def test_ending_at_the_same_time_compares_the_ends_not_the_runs(
    kb: KnowledgeBase, question: str, start: str, facts: list[str]
) -> None:
    # Given a claim that two projects started or ended at the same time
    # Then those two dates are compared (at the coarser precision), not whether the runs overlap
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("turns,start,fact", [
    # MAGIA's activities: "events and video trainings" ("Videoschulungen"); its topics are not
    # qualification, but the claim names a thing its texts say it had
    (("Gab es bei MAGIA auch Video-Trainings?",), "Ja.", "Videoschulungen"),
    (("did MAGIA offer video trainings?",), "Yes.", "video trainings"),
    # "a project with money from X": the project named is the subject, not a list of projects
    (("War InnoReAct ein Projekt mit Geld aus EU-REACT?",), "Ja.", "REACT-EU"),
    (("War ELISE ein Projekt mit Geld vom ESF?",), "Nein.", "Interreg Europe"),
    # a brochure or handbook is a guide: InnoReAct's "Leitfaden zum Projekt InnoReAct"
    (("Was weißt du über InnoReAct?", "gibts dazu ne broschüre oder so?"), "Ja.", "Leitfaden"),
    (("is there a brochure about InnoReAct?",), "Yes.", "Leitfaden"),
    (("Gibt es zu NORTHOPEDICS ein Handbuch?",), "Ja.", "Netzwerk-Leitfaden"),
    (("Gibt es eine Veröffentlichung zu InnoReAct?",), "Ja.", "Leitfaden"),
    # the page gives its amounts in euros (ELISE: €1,217,494)
    (("elise grant volume?", "is that in euros?"), "Yes.", "1,217,494"),
    (("Wie viel Geld bekam KI#CK?", "ist das in Euro?"), "Ja.", "193.000"),
    (("Wie viel Geld bekam KI#CK?", "was that in dollars?"), "No.", "193,000"),
])
def test_a_claim_the_page_settles_gets_its_yes_or_no(
    kb: KnowledgeBase, turns: tuple[str, ...], start: str, fact: str
) -> None:
    # Given a thing the texts name, a funder of the project named, a document kind, a currency
    # Then the verdict comes first, with the page's words
    reply = ask(kb, *turns)[-1]
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("turns", [
    ("did BONEBANK produce a brochure?",),  # its results: an atlas and a business model
    ("Gibt es eine Publikation zu BFCC?",),  # the page only links to more information
    ("how much did BFCC get?", "in euros?"),  # the page gives BFCC no amount
])
def test_a_claim_the_page_leaves_open_is_not_answered(kb: KnowledgeBase,
                                                      turns: tuple[str, ...]) -> None:
    # Given a document kind the project's results don't name, or a currency of no amount
    # Then the page doesn't say, never a "no"
    reply = ask(kb, *turns)[-1]
    assert not reply.answered and not reply.text.startswith("No"), reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page names no lead for ELISE; BONEBANK was "led by the UKSH Lübeck"
    ("did the ELISE lead partner come from Poland?", "The page doesn't name a lead for ELISE.",
     False),
    ("Kam der Lead-Partner von BONEBANK aus Dänemark?", "Nein.", True),
    # BONEBANK's partners are not all named; KI#CK names LSN with TH Lübeck and oncampus
    ("War die Uni Kiel bei BONEBANK dabei?", "Das geht aus der Seite nicht hervor.", False),
    ("war eine Hochschule aus Lübeck bei KI#CK dabei?", "Ja.", True),
    ("war die Uni Lübeck bei KI#CK dabei?", "Nein.", True),  # TH Lübeck is no "Uni Lübeck"
    # MAGIA: Lyonbiopole (France, life science cluster)
    ("was a French cluster in MAGIA?", "Yes.", True),
    # a country the page never names, of MAGIA's four clusters: three from Italy, France and
    # Belgium, and Life Science Nord, whose country it doesn't give, at home in Germany (was
    # "The page doesn't say" for want of LSN's country)
    ("did magia have a spanish cluster", "No.", True),
    ("Gab es bei MAGIA einen spanischen Cluster?", "Nein.", True),
    ("did magia have a cluster from hamburg", "The page doesn't say.", False),
    # where something was done stays a place claim: "only harvested at the hospitals in
    # Lübeck and Odense"
    ("was bone material for BONEBANK also harvested at hospitals in Hamburg?", "No.", True),
    # the partners the page describes without names: BONEBANK's hospitals in Lübeck and Odense
    # (the reply's "Also involved" line said so under "The page doesn't say"), not as partners
    ("was odense hospital part of bonebank", "Yes.", True),
    ("War das Krankenhaus in Odense bei BONEBANK dabei?", "Ja.", True),
    ("was a university in Odense part of bonebank", "The page doesn't say.", False),
    ("War die Klinik in Odense Projektpartner bei BONEBANK?", "Das geht aus der Seite", False),
])
def test_an_organisation_claimed_from_a_place_is_checked_by_its_role_or_kind(
    kb: KnowledgeBase, question: str, start: str, answered: bool
) -> None:
    # Given a claim that the lead, or an organisation of a kind, came from a place
    reply = ask(kb, question)[0]
    # Then it is checked of the organisations the page gives, not of the project's places
    assert reply.text.startswith(start) and reply.answered == answered, reply.text


@pytest.mark.parametrize("turns,start", [
    # BONEBANK "was led by the UKSH Lübeck"; bone was harvested "in Lübeck and Odense"
    (("was bonebank led by Odense?",), "No. BONEBANK was led by UKSH Lübeck."),
    (("did Odense lead bonebank?",), "No. BONEBANK was led by UKSH Lübeck."),
    (("Wurde BONEBANK von Odense geleitet?",), "Nein. BONEBANK wurde vom UKSH Lübeck"),
    (("was bonebank led by Lübeck?",), "Yes. BONEBANK was led by UKSH Lübeck."),
    (("Was BONEBANK?", "who was leading it, was it Odense?"),
     "BONEBANK was led by UKSH Lübeck.\nNo."),
    (("who led BONEBANK?", "was it Odense?"), "No. BONEBANK was led by UKSH Lübeck."),
])
def test_a_place_claimed_as_the_lead_is_checked_of_the_lead(
    kb: KnowledgeBase, turns: tuple[str, ...], start: str
) -> None:
    # Given a place claimed with a lead verb, or alone right after who led the project
    reply = ask(kb, *turns)[-1]
    # Then it is checked of where the lead was (was "Yes." with BONEBANK's places, Odense
    # among them), not of where the project was active
    assert reply.text.startswith(start) and reply.answered, reply.text


@pytest.mark.parametrize("question,intent,start", [
    # the page: KI#CK in Schleswig-Holstein, funded by the EU, the state and the ESF;
    # InnoReAct funded by the City of Hamburg
    ("was KI#CK a hamburg project", "places", "No."),
    ("War KI#CK ein Hamburger Projekt?", "places", "Nein."),
    ("was InnoReAct a Hamburg project?", "funding", "Yes."),
])
def test_a_city_that_funds_before_a_project_noun_is_a_place_where_it_funded_nothing(
        kb: KnowledgeBase, question: str, intent: str, start: str) -> None:
    # Given a city the page names as a funder (Hamburg), claimed as "a Hamburg project"
    reply = ask(kb, question)[0]
    # Then, of a project it didn't fund, it is the place claimed (no, with its places); of one
    # it funded, the funding that makes it one
    assert reply.intent == intent and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,pid,start,answered", [
    # the page: BFCC's 13 organisations from seven countries, none named; InnoReAct (which
    # Hamburg funded) names no partner; KI#CK's two partners, TH Lübeck and oncampus
    ("did any hamburg hospital take part in BFCC?", "bfcc", "The page doesn't say.", False),
    ("War ein Hamburger Krankenhaus bei BFCC dabei?", "bfcc", "Das geht aus der Seite", False),
    ("did a hamburg company take part in InnoReAct?", "innoreact", "The page doesn't say.",
     False),
    ("Gab es eine Hamburger Uni bei KI#CK?", "kick", "Nein.", True),
])
def test_a_city_that_funds_before_a_partners_noun_is_where_the_partner_came_from(
        kb: KnowledgeBase, question: str, pid: str, start: str, answered: bool) -> None:
    # Given a city the page names as a funder (Hamburg) right before a hospital, a company or
    # a university claimed to have taken part
    assert not kb.projects["bfcc"].partners and not kb.projects["innoreact"].partners
    reply = ask(kb, question)[0]
    # Then it claims a partner from there, checked against the partners the page names (not
    # the city's money: "No" with BFCC's funder, "Yes" with InnoReAct's)
    assert reply.intent == "partners" and reply.projects[:1] == (pid,), reply.text
    assert reply.text.startswith(start) and reply.answered == answered, reply.text


@pytest.mark.parametrize("question,answered", [
    ("Hat BRIDGE 53 eine Plattform aufgebaut?", True),
    ("did BRIDGE 53 build a platform?", True),
    ("Hat BRIDGE 53 am Ende wirklich neue Medikamente hervorgebracht?", False),
])
def test_a_yes_no_of_what_a_project_built_is_its_results_told_by_its_activities(
        kb: KnowledgeBase, question: str, answered: bool) -> None:
    # Given BRIDGE 53, which the page gives no results, only what it was building
    assert not kb.projects["bridge53"].results and kb.projects["bridge53"].activities
    reply = ask(kb, question)[0]
    # Then what it built or produced is its results (docs/labels.md), told by its activities
    assert reply.intent == "results" and reply.answered == answered, reply.text
    assert "Plattform" in reply.text or "platform" in reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page: MAGIA2Market's target countries the US, China and Japan, no partners named;
    # MAGIA's four clusters from Italy, France and Belgium, its targets the US and China
    ("Hatte MAGIA2Market Partner in Japan?", "Das geht aus der Seite nicht hervor.", False),
    ("did MAGIA have partners in China?", "No.", True),
    ("had MAGIA partners in Italy?", "Yes.", True),
    ("Was Japan a target of MAGIA2Market?", "Yes.", True),
])
def test_a_target_market_is_no_place_partners_came_from(
    kb: KnowledgeBase, question: str, start: str, answered: bool
) -> None:
    # Given partners claimed in a country the project only targeted
    reply = ask(kb, question)[0]
    # Then it is checked of the partners the page names, not of the target markets
    assert reply.text.startswith(start) and reply.answered == answered, reply.text


@pytest.mark.parametrize("question,unsaid", [
    # Given a country claimed to take part in a project whose partners' countries the page
    # doesn't all give: NORTHOPEDICS names no partners
    ("War Dänemark an NORTHOPEDICS beteiligt?", "Das geht aus der Seite nicht hervor."),
    ("was Poland involved in NORTHOPEDICS?", "The page doesn't say."),
])
def test_a_country_taking_part_is_not_denied_where_the_page_leaves_partners_open(
    kb: KnowledgeBase, question: str, unsaid: str
) -> None:
    # When someone asks whether it was involved
    reply = answer(question, State(), kb)
    # Then no "No": the page doesn't say, with what it does say of the partners
    assert reply.text.startswith(unsaid) and not reply.answered


def test_a_country_whose_partner_the_page_names_is_still_a_yes(kb: KnowledgeBase) -> None:
    # Given MAGIA's partner BioWin from Belgium, and ELISE's partners from Poland
    # When someone asks whether those countries took part
    magia = answer("War Belgien bei MAGIA vertreten?", State(), kb)
    elise = answer("was Poland involved in ELISE?", State(), kb)
    # Then yes, with the partner or the country
    assert magia.text.startswith("Ja.") and "BioWin" in magia.text
    assert elise.text.startswith("Yes.") and "Poland" in elise.text


@pytest.mark.parametrize("question,intent", [
    ("War Belgien bei MAGIA dabei?", "places"),
    ("was belgium part of magia", "places"),
    ("was there a belgian cluster in magia?", "partners"),
    ("War ein belgischer Cluster bei MAGIA dabei?", "partners"),
    ("Gehörte BioWin aus Belgien zu MAGIA?", "partners"),
    ("Hatte MAGIA einen Partner aus Belgien?", "places"),
    ("hatte MAGIA auch nen belgischen partner", "places"),
    ("did MAGIA have a Belgian partner?", "places"),
])
def test_a_country_claimed_is_a_place_and_an_organisation_claimed_a_partner(
    kb: KnowledgeBase, question: str, intent: str
) -> None:
    # Given MAGIA's partner BioWin from Belgium
    # When someone asks whether Belgium, or a Belgian cluster, took part
    reply = answer(question, State(), kb)
    # Then yes with BioWin either way; a country alone, or a partner from it, is a place
    # (docs/labels.md, counted), a kind of organisation (a cluster) or one named an organisation
    assert reply.text.startswith(("Yes.", "Ja.")) and "BioWin" in reply.text
    assert reply.intent == intent


@pytest.mark.parametrize("question", [
    "why was a network like northopedics needed at all?",
    "why was northopedics needed?",
    "Warum brauchte man NORTHOPEDICS?",
])
def test_why_a_project_was_needed_is_its_aim(kb: KnowledgeBase, question: str) -> None:
    # Given NORTHOPEDICS, whose aim the page gives (answers to demographic change, ...)
    # When someone asks why it was needed, even calling it a network
    reply = answer(question, State(), kb)
    # Then the aim is the answer, not "the page doesn't say why"
    assert reply.intent == "goals" and reply.answered
    assert kb.projects["northopedics"].goals.get(reply.language) in reply.text


@pytest.mark.parametrize("question,start", [
    ("was BRIDGE 53 meant to give scientists access to industry partners' expertise?", "Yes."),
    ("did BRIDGE 53 aim to give scientists access to industry expertise?", "Yes."),
])
def test_a_claim_of_what_a_project_was_meant_to_do_checks_its_aim(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # Given BRIDGE 53, which the page says was building a platform to give scientists access
    # to industry partners' expertise
    # When someone asks whether that was what it was meant to do
    reply = answer(question, State(), kb)
    # Then yes, with the text that says so, as an answer about its aim
    assert reply.text.startswith(start) and reply.intent == "goals" and reply.answered


@pytest.mark.parametrize("question,start", [
    # Given HIHeal (ended 31 December 2022), BFCC (February 2019) and ELISE (2021)
    ("lief hiheal länger als bis 2021?", "Ja."),
    ("did bfcc run longer than until 2018?", "Yes."),
    ("did BFCC run longer than until 2019?", "No."),
    ("Did ELISE run until 2022?", "No."),
])
def test_running_longer_than_until_a_year_is_ending_after_it(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # When someone asks whether it ran longer than until a year (or until it)
    reply = answer(question, State(), kb)
    # Then yes only where it ended after that year (or in it), with the end date
    assert reply.text.startswith(start) and reply.intent == "end" and reply.answered


def test_a_partner_count_the_page_gives_only_in_part_is_no_no(kb: KnowledgeBase) -> None:
    # Given BONEBANK, whose page names Life Science Nord and hospitals it doesn't count
    # When someone asks whether it had more than ten partners, or at least one
    more = answer("Hatte BONEBANK mehr als 10 Partner?", State(), kb)
    some = answer("did BONEBANK have at least one partner?", State(), kb)
    # Then the page doesn't settle the first (no "Nein" before "it doesn't say how many"),
    # and the second is a yes
    assert more.text.startswith("Das geht aus der Seite nicht hervor.") and not more.answered
    assert some.text.startswith("Yes.")


@pytest.mark.parametrize("question,start,fact", [
    # the page: NORTHOPEDICS ran from 21 June 2016 to 30 June 2019 (three years); BFCC from
    # March 2016 to February 2019; ELISE from 2017 to 2021
    ("did northopedics run for thre years?", "Yes.", "three years"),
    ("did BFCC run for thee years?", "Yes.", "3 years"),
    ("Lief BFCC zwie Jahre?", "Nein.", "3 Jahre"),
    ("lief ELISE dei jahre?", "Nein.", "5 Jahre"),
    ("did elise run for fiv years?", "Yes.", "5 years"),
])
def test_a_mistyped_number_word_before_a_unit_is_still_the_count_checked(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # When a time is claimed with its number word mistyped by one letter
    reply = answer(question, State(), kb)
    # Then the claim is checked as if spelt right (was: "The page doesn't say.", then the
    # very figure that says yes)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text
    assert reply.intent == "duration", reply.intent


@pytest.mark.parametrize("question,start,fact", [
    # BFCC: 13 organisations; NORTHOPEDICS: three years; ELISE: 2017 to 2021
    ("Hatte BFCC mehr als zehn Parnter?", "Ja.", "13"),
    ("did BFCC have more than 10 partnres?", "Yes.", "13"),
    ("Hatte BFCC mehr als zehn Organistionen?", "Ja.", "13"),
    ("did NORTHOPEDICS run for about three yeras?", "Yes.", "three years"),
    ("Lief NORTHOPEDICS ungefähr drei Jhare?", "Ja.", "drei Jahre"),
    ("did ELISE run more than 4 yeasr?", "Yes.", "5 years"),
])
def test_a_mistyped_unit_after_a_number_is_still_the_count_checked(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # When a count or a time is claimed with its unit mistyped by one letter
    reply = answer(question, State(), kb)
    # Then the claim is checked as if spelt right (was: "the page doesn't say", or "No."
    # of NORTHOPEDICS' goals)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("question,start,fact", [
    # InnoReAct's aim: resilience against the effects of the Corona pandemic
    ("War InnoReAct so eine Art Reaktion auf Corona?", "Ja.", "Corona"),
    ("War InnoReAct eine Art Antwort auf die Pandemie?", "Ja.", "Corona"),
    ("War InnoReAct quasi eine Antwort auf Corona?", "Ja.", "Corona"),
    # MAGIA's and MAGIA2Market's aims: market access for small and medium-sized medtech firms
    ("Hat MAGIA sich an kleine und mittlere Medtech-Unternehmen gerichtet?", "Ja.", "Medtech"),
    ("Richtete sich MAGIA an KMU?", "Ja.", "kleine und mittlere"),
    ("Hat sich MAGIA2Market an Medtech-Firmen gerichtet?", "Ja.", "Medtech"),
    # BONEBANK: bone harvested only at the hospitals in Lübeck and Odense
    ("Were hospitals in Hamburg collecting bone for BONEBANK?", "No.", "Odense"),
    ("Did clinics in Kiel harvest bone for BONEBANK?", "No.", "Odense"),
    ("Haben Kliniken in Hamburg Knochen für BONEBANK gesammelt?", "Nein.", "Odense"),
    ("Sammelten Krankenhäuser in Lübeck Knochen für BONEBANK?", "Ja.", "Odense"),
])
def test_a_claim_the_texts_settle_is_settled_through_hedges_aims_and_where_work_was_done(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # When a claim hedges ("so eine Art"), says whom a project addressed ("sich an … gerichtet",
    # "KMU", a short alias of a topic) or where organisations of a kind did its work
    reply = answer(question, State(), kb)
    # Then its texts settle it (was: "the page doesn't say")
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


def test_a_year_is_followed_by_no_mistyped_unit() -> None:
    # "2016 starten" is one letter off "staaten", but a year counts no countries
    assert not measures("Welche Projekte, die 2016 starten, hatten Partner?")
    # nor is a word we know ("länger", one letter off "Länder") after a name's number
    assert not measures("Hat BRIDGE 53 länger gedauert als BFCC?")
    assert measures("mehr als zehn Parnter")[0].unit == "partners"


def test_a_year_after_a_yes_no_on_a_year_keeps_the_claim(kb: KnowledgeBase) -> None:
    # Given ELISE (ended 2021), HIHeal (ended 2022) and BONEBANK (ended August 2020)
    # When a claim of an end year is followed by another project and year
    replies = ask(kb, "quick check: did ELISE end in 2021?", "and HIHeal in 2022?",
                  "and BONEBANK in 2019?", "where does the page say that?")
    # Then each is the same claim (ended in that year), and the source is the page's words
    assert [r.text.split()[0] for r in replies[:3]] == ["Yes.", "Yes.", "No."]
    assert [r.intent for r in replies[:3]] == ["end"] * 3 and "2020" in replies[2].text
    assert replies[3].intent == "sources" and "August 2020" in replies[3].text


@pytest.mark.parametrize("question,start", [
    ("Was ELISE still running in 2020?", "Yes."),
    ("was BFCC still running in 2020?", "No."),
    ("Lief HIHeal im Jahr 2022 noch?", "Ja."),
])
def test_still_running_in_a_year_is_whether_it_had_ended_by_then(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # When someone asks whether a project was still running in a year
    reply = answer(question, State(), kb)
    # Then yes or no, with the end date (not a "No, it has ended" after a "Yes")
    assert reply.text.startswith(start) and reply.intent == "status" and reply.answered
    assert reply.text.count("No") + reply.text.count("Nein") <= 1


@pytest.mark.parametrize("question,start,intent,fact", [
    ("was innoreact running in 2022", "Yes.", "status", "28 February 2023"),
    ("was magia running in 2016?", "No.", "status", "from 2018 to 2019"),
    ("was magia still running in 2016?", "No.", "status", "from 2018 to 2019"),
    ("did magia run in 2020?", "No.", "status", "from 2018 to 2019"),
    ("Lief ELISE im Jahr 2018?", "Ja.", "status", "1. Januar 2017"),
    ("lief MAGIA in 2018 und 2019?", "Ja.", "dates", "2019"),
    ("War LSN 2019 bei MAGIA dabei?", "Ja.", "dates", "2019"),
    ("Was KI#CK already running in 2021?", "The page doesn't say.", "status", "two years"),
    ("was bridge 53 active in 2018", "The page doesn't say.", "status", "HIHeal"),
    ("Lief BRIDGE 53 schon 2017?", "Das geht aus der Seite nicht hervor.", "status", "HIHeal"),
    ("Lief MAGIA2Market schon 2019?", "Nein.", "status", "September 2020"),
    ("Was BFCC already running in 2017?", "Yes.", "status", "March 2016"),
    # "still" in the year it began (MAGIA2Market September 2020, InnoReAct 1 January 2022):
    # when it started, with its end
    ("Lief MAGIA2Market 2020 noch?", "Ja.", "status", "September 2020"),
    ("was InnoReAct still running in 2022?", "Yes.", "status", "1 January 2022"),
])
def test_running_in_a_year_is_its_status_then(
    kb: KnowledgeBase, question: str, start: str, intent: str, fact: str
) -> None:
    # Given InnoReAct (2022 to February 2023), MAGIA (2018 to 2019), MAGIA2Market (September
    # 2020 to February 2023), BFCC (March 2016 to February 2019), KI#CK and BRIDGE 53 (no dates)
    # When someone asks whether it was running (active) in a year, or already running then
    reply = answer(question, State(), kb)
    # Then it is its status then, like "still running" (a year before its start, or "already",
    # gets its run, not only its end); so does "did it run in YEAR?", with its run; two
    # years, or LSN's part in a year, ask the dates
    assert reply.text.startswith(start) and reply.intent == intent, reply.text
    assert fact in reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page: "The ELISE partners from seven regions" (no count of organisations)
    ("Did ELISE have more than 20 partner organisations?", "The page doesn't say.", False),
    ("Did ELISE have more than 5 partners?", "Yes.", True),
    ("Hatte ELISE mehr als 10 Partnerregionen?", "Nein.", True),
])
def test_partners_counted_by_their_regions_are_at_least_that_many_organisations(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given a project whose partners the page counts only by their regions
    reply = answer(question, State(), kb)
    # Then the regions are that many, the organisations at least that many (was "No." to more
    # than 20 organisations)
    assert reply.text.startswith(start) and reply.answered is answered, reply.text


@pytest.mark.parametrize("question,start,intent", [
    # the page: "NORTHOPEDICS was an innovation-oriented competency network in the field of bone
    # healing"; it offers "The network guide" for download
    ("was northopedics a network?", "Yes.", "overview"),
    ("War NORTHOPEDICS ein Netzwerk zur Knochenheilung?", "Ja.", "overview"),
    ("was northopedics a cardiology network?", "No.", "overview"),
    # a project or a thing claims what it was about: its goal
    ("was innoreact a corona thing?", "Yes.", "goals"),
    ("War KI#CK ein Projekt zu künstlicher Intelligenz?", "Ja.", "goals"),
])
def test_what_a_project_was_is_checked_in_what_the_page_says_it_was(
        kb: KnowledgeBase, question: str, start: str, intent: str) -> None:
    # Given a claim of what a project was (an article and a noun its summary uses)
    reply = answer(question, State(), kb)
    # Then its overview settles it (was "Yes" from the network guide among its results)
    assert reply.text.startswith(start) and reply.intent == intent, reply.text
    assert "guide" not in reply.text, reply.text


@pytest.mark.parametrize("text,start", [
    # the page: HIHeal was about hygiene, infection and health; InnoReAct about the Corona
    # pandemic's effects; BONEBANK stored stem cells
    ("Was HIHeal about hygiene or cancer?", "Hygiene, as the page says."),
    ("Ging es bei InnoReAct um Corona oder um Krebs?", "Corona-Pandemie, laut der Seite."),
    ("Was BONEBANK about stem cells or robots?", "Stem cells, as the page says."),
])
def test_a_choice_between_a_topic_and_a_word_the_page_never_uses_names_the_topic(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given a choice between the project's topic and something else
    (reply,) = ask(kb, text)
    # Then the topic is named (no "No." because the other word is missing from the page)
    assert reply.answered and reply.text.startswith(start), reply.text


def test_a_topic_the_page_never_uses_alone_is_still_no(kb: KnowledgeBase) -> None:
    # Given a claim of a topic the project's texts never name, with no alternative
    (reply,) = ask(kb, "Was HIHeal about cancer?")
    # Then it is no, with what the page says the project was about
    assert reply.text.startswith("No.") and "hygiene" in reply.text, reply.text


@pytest.mark.parametrize("messages,start,fact", [
    # Given MAGIA2Market, which added Japan to MAGIA's target countries
    (("Kam bei MAGIA2Market noch ein Land dazu?",), "Ja.", "Japan"),
    (("did MAGIA2Market add a country?",), "Yes.", "Japan"),
    (("Was war MAGIA?", "Kam beim Nachfolgeprojekt noch ein Land dazu?"), "Ja.", "Japan"),
    # a statement asked with a question mark, of the second of two listed projects, with
    # the first still in the question's context; "noch eins dazu": one more, added
    (("welche projekte hatten was mit internationalisierung zu tun",
      "welche länder waren beim ersten die zielmärkte", "und beim zweiten kam noch eins dazu?"),
     "Ja.", "Japan"),
    (("kam bei magia2market noch eins dazu?",), "Ja.", "Japan"),
    (("Tell me about MAGIA", "and with MAGIA2Market a country was added?"), "Yes.", "Japan"),
    # MAGIA itself added nothing; its follow-up did
    (("Kam bei MAGIA ein Land dazu?",), "Nein.", "MAGIA2Market"),
])
def test_a_country_added_by_a_follow_up_is_a_yes_of_the_follow_up(
    kb: KnowledgeBase, messages: tuple[str, ...], start: str, fact: str
) -> None:
    # When someone asks whether a country was added
    reply = ask(kb, *messages)[-1]
    # Then yes of the follow-up (was a wrong "Nein" with its goal), no of MAGIA with what
    # its follow-up added
    assert reply.text.startswith(start) and fact in reply.text and reply.intent == "places"


@pytest.mark.parametrize("question,start", [
    # MAGIA ended in 2019, MAGIA2Market began in September 2020: months apart
    ("did magia2market start right after magia ended in 2019?", "No."),
    # P.I.L.O.T. ended on 31 March 2023, its follow-up began in April 2023
    ("Begann P.I.L.O.T. Next Level direkt nach P.I.L.O.T.?", "Ja."),
    # InnoReAct began while P.I.L.O.T. still ran
    ("did InnoReAct start right after P.I.L.O.T.?", "No."),
])
def test_starting_right_after_another_ended_is_checked_on_both_dates(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # When someone asks whether one project began right after another ended
    reply = answer(question, State(), kb)
    # Then yes only where it began within the month after (was a wrong "Yes" for MAGIA2Market,
    # read as "after" alone), with both dates
    assert reply.text.startswith(start) and reply.intent == "start" and reply.answered


@pytest.mark.parametrize("question,start", [
    ("was northopedics a cardiology network?", "No."),
    ("War NORTHOPEDICS ein Kardiologie-Netzwerk?", "Nein."),
    ("was NORTHOPEDICS a network for bone healing?", "Yes."),
])
def test_the_kind_of_network_a_project_was_is_a_claim_of_its_subject(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # Given NORTHOPEDICS, a network for bone healing
    # When someone asks whether it was a network of some field
    reply = answer(question, State(), kb)
    # Then a field its texts never name is a no (was "the page doesn't say"), its own a yes
    assert reply.text.startswith(start) and reply.answered


@pytest.mark.parametrize("question,start,answered,fact", [
    # the page: BONEBANK harvested bone and stored stem cells; KI#CK was an entry point to AI;
    # P.I.L.O.T. built a network for innovations in the digitisation of precision medicine and
    # "did not only" approach digitisation: AI, a digital technology, it neither names nor
    # rules out (docs/labels.md)
    ("was bonebank an AI project?", "No.", True, "stem cells"),
    ("War BONEBANK ein KI-Projekt?", "Nein.", True, "Stammzellen"),
    ("is kick an AI project?", "Yes.", True, "Artificial Intelligence"),
    ("was pilot an AI project", "The page doesn't say.", False, "precision medicine"),
    ("War P.I.L.O.T. ein KI-Projekt?", "Das geht aus der Seite nicht hervor.", False,
     "Präzisionsmedizin"),
    ("was pilot about artificial intelligence?", "The page doesn't say.", False,
     "precision medicine"),
    # "a … thing", "eine …-Sache" claim a subject as "a … project" does (NORTHOPEDICS: bone
    # healing)
    ("Was NORTHOPEDICS a cancer research thing?", "No.", True, "bone healing"),
    ("War NORTHOPEDICS eher so eine Krebs-Sache?", "Nein.", True, "Knochenheilung"),
    ("was KI#CK an AI thing?", "Yes.", True, "Artificial Intelligence"),
])
def test_the_kind_of_project_a_project_was_is_a_claim_of_its_subject(
        kb: KnowledgeBase, question: str, start: str, answered: bool, fact: str) -> None:
    # When someone asks whether a project was a project of some field ("an AI project")
    reply = answer(question, State(), kb)
    # Then it is checked as what the project was about, told with its aim: a field its texts
    # never name and nothing near it is a no (was "the page doesn't say" with its overview), a
    # field near what they name (AI of a digitisation) is no "no" (was "No." for "about AI")
    assert reply.text.startswith(start) and reply.answered is answered, reply.text
    assert fact in reply.text and reply.intent == "goals", reply.text


@pytest.mark.parametrize("question,near", [
    # a subject the page never names, near a topic of the project (bot/data/world.yaml
    # near_topics): the page neither says nor rules it out
    ("Was P.I.L.O.T. about cancer?", True),  # precision medicine
    ("War P.I.L.O.T. ein Projekt über Krebs?", True),
    ("Did NORTHOPEDICS deal with osteoporosis?", True),  # bone healing
    ("Ging es bei NORTHOPEDICS um Osteoporose?", True),
    ("Did BFCC work on osteoporosis?", True),  # fractures
    ("Was HIHeal about antibiotics?", True),  # infection
    ("Was ELISE about diabetes?", True),  # health and healthy ageing
    ("War KI#CK ein Projekt über Robotik?", True),  # AI, a digital technology
    ("was KI#CK about robots?", True),
    # far from all of the project's topics: no, with what it was about (docs/labels.md)
    ("ging es bei hiheal um krebs", False),
    ("War HIHeal ein Projekt über Krebs?", False),
    ("Ging es bei BRIDGE 53 um Krebstherapien?", False),
    ("Was NORTHOPEDICS about cancer research?", False),
    ("was BONEBANK a project about AI?", False),
])
def test_a_subject_near_a_projects_topic_is_not_denied_one_far_from_all_is(
        kb: KnowledgeBase, question: str, near: bool) -> None:
    # When someone asks whether a project was about a subject its texts never name
    reply = answer(question, State(), kb)
    # Then near what it was about, the page doesn't say; far from it, no; either way told as
    # what it was about (not "where it took place": "ein Projekt über Krebs" read "Krebs" as a
    # name, and the claim as one of places)
    assert reply.intent in ("goals", "activities"), reply.text
    assert reply.answered is not near, reply.text
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht") if near
                                 else ("No.", "Nein.")), reply.text


@pytest.mark.parametrize("question", [
    "Was the AI course of KI#CK online?",
    "was MAGIA free for companies? I mean gratis",
    "Gab es bei MAGIA die Trainings als Webinar?",
    "Were the stem cells sold to companies?",  # no project named: the one on stem cells
    "Wurden die Stammzellen von BONEBANK verkauft?",
])
def test_how_something_was_offered_is_not_said(kb: KnowledgeBase, question: str) -> None:
    # Given a claim of how a project's offer was given (online, gratis, as a webinar), which
    # none of the project's texts says
    reply = answer(question, State(), kb)
    # Then the page doesn't say, with what the project did; no "Yes" from its topic
    assert not reply.answered, reply.text
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht")), \
        reply.text


@pytest.mark.parametrize(("claim", "start", "project"), [
    ("did ELISE start before 2018 and end after 2020?", "Yes.", "elise"),
    ("Hat ELISE vor 2018 begonnen und nach 2022 geendet?", "Nein.", "elise"),
    ("did HIHeal start before 2017 and end after 2022", "No.", "hiheal"),
    ("Begann BFCC 2016 und endete 2019?", "Ja.", "bfcc"),
    # the start holds, the end the page doesn't give
    ("did P.I.L.O.T. Next Level start in 2023 and end in 2025?", "The page doesn't say",
     "pilot-next"),
])
def test_given_two_dates_claimed_of_one_project_then_both_are_checked(
        kb: KnowledgeBase, claim: str, start: str, project: str) -> None:
    # Given a yes/no that claims a start and an end (was: the start alone, and the end
    # clause answered as a list of every project that ended then)
    (reply,) = ask(kb, claim)
    # Then one verdict on both, with the project's run
    assert reply.text.startswith(start) and reply.projects == (project,), reply.text
    assert reply.intent == "dates" and "Projects that" not in reply.text, reply.text


@pytest.mark.parametrize("question,intent,start,answered", [
    # the page: MAGIA, "Life Science Nord participated as a project partner", no lead named;
    # BONEBANK "led by the UKSH Lübeck"; HIHeal between two clusters, no lead, no such role
    ("did lsn coordinate magia", "lsn_role", "No.", True),
    ("War LSN bei MAGIA Projektleiter?", "lsn_role", "Nein.", True),
    ("was lsn just a partner in magia, not the lead?", "lsn_role", "Yes.", True),
    # a partner's part and no more, the lead denied: its role (sets 13 and 71, docs/labels.md)
    ("was lsn just a partner in bonebank, not the lead?", "lsn_role", "Yes.", True),
    ("did LSN lead HIHeal?", "lead", "The page doesn't name a lead for HIHeal.", False),
])
def test_an_organisation_the_page_calls_a_project_partner_did_not_lead(
        kb: KnowledgeBase, question: str, intent: str, start: str, answered: bool) -> None:
    # Given a claim that LSN led a project, or (turned round) that it did not
    reply = ask(kb, question)[0]
    # Then where the page gives it a partner's role and names no lead, it did not lead (was
    # "the page doesn't say"); "not the lead" is yes where it did not (was "No." of BONEBANK)
    assert reply.intent == intent and reply.answered == answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # the page: KI#CK "ran by the cluster agency Life Science Nord together with the University
    # of Applied Sciences (Technischen Hochschule Lübeck and oncampus GmbH)"
    ("Wurde KI#CK zusammen mit der TH Lübeck und oncampus durchgeführt?", "Ja."),
    ("was KI#CK led by oncampus?", "No."),
])
def test_organisations_joined_by_and_after_with_ran_it_too(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim that the project was run with two organisations joined by "and"
    reply = ask(kb, question)[0]
    # Then both are the ones it ran with, not the second claimed as its lead (was "Nein.")
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question", [
    "Hat MAGIA2Market direkt an MAGIA angeschlossen?",
    # a year between the words of the claim ("direkt 2019 an") hid it: "Ja." with the link
    "Hat MAGIA2Market direkt 2019 an MAGIA angeschlossen?",
    "did MAGIA2Market directly follow MAGIA in 2019?",
    "did MAGIA2Market immediately follow MAGIA?",
])
def test_directly_after_a_project_claims_no_gap_not_only_the_link(
        kb: KnowledgeBase, question: str) -> None:
    # Given MAGIA (2018-2019) and its follow-up MAGIA2Market (from September 2020), claimed to
    # have followed on "direkt an" it
    reply = ask(kb, question)[0]
    # Then no, with when it began (was "Ja." with the link alone)
    assert reply.text.startswith(("Nein.", "No.")) and "2020" in reply.text, reply.text


@pytest.mark.parametrize("text,other,start", [
    ("ok and P.I.L.O.T. - same funders?", "pilot", "Yes"),
    ("and BFCC, same funders?", "bfcc", "No"),
    ("und P.I.L.O.T. – dieselben Förderer?", "pilot", "Ja"),
    ("und BFCC: gleiche Förderer?", "bfcc", "Nein"),
])
def test_a_same_fragment_after_a_project_compares_it_with_the_one_before(
        kb: KnowledgeBase, text: str, other: str, start: str) -> None:
    # Given NORTHOPEDICS talked about (ERDF and Schleswig-Holstein, as P.I.L.O.T.; BFCC had
    # Interreg), when another project comes with a bare "same funders?" (the dash cut it into
    # a topic and a question of no project)
    reply = ask(kb, "what was NORTHOPEDICS?", text)[-1]
    # Then yes or no, with both projects' funders
    assert reply.intent == "funding" and set(reply.projects) == {"northopedics", other}, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("claim", [
    "Hat die UKSH den Kompetenzatlas entwickelt?",
    "Did UKSH develop the competence atlas?",
    "Did UKSH Lübeck develop the business model?",
    "Hat das UKSH Lübeck das Geschäftsmodell erarbeitet?",
])
def test_another_organisation_claimed_to_have_made_lsns_thing_is_denied(
        kb: KnowledgeBase, claim: str) -> None:
    # Given BONEBANK, led by UKSH Lübeck, where the page says "Life Science Nord developed the
    # business model and a competence atlas" (knowledge: BONEBANK's `made`)
    assert kb.projects["bonebank"].makers(("competence-atlas", "business-model")) == ("lsn",)
    reply = ask(kb, claim)[-1]
    # When UKSH is claimed to have made one, Then "no" (the page names another maker; was
    # "Yes. Partners in BONEBANK: …", then "the page doesn't say"), with the results naming it
    assert reply.answered and reply.text.startswith(("No.", "Nein.")), reply.text
    assert "Life Science Nord" in reply.text, reply.text
    assert reply.projects == ("bonebank",) and reply.intent == "results", reply.text


@pytest.mark.parametrize("claim,intent", [
    # the page: "the isolated stem cells were stored in the cross-border biobank in Lübeck and
    # Odense"; BONEBANK was "led by the UKSH Lübeck", and "Life Science Nord developed the
    # business model and a competence atlas": who set up the biobank it never says
    ("Hat die UKSH die Biobank aufgebaut?", "results"),
    ("Hat LSN die Biobank aufgebaut?", "lsn_role"),
    ("Did the UKSH set up the bone bank?", "results"),
    ("Did LSN build the biobank?", "lsn_role"),
    ("Wurde die Biobank vom UKSH eingerichtet?", "results"),
    ("was the biobank set up by Life Science Nord?", "lsn_role"),
    ("Hat LSN bei BONEBANK die Biobank aufgebaut?", "lsn_role"),
    ("Did the ERDF build the biobank?", "results"),
    ("Hat die UKSH die Knochenbank aufgebaut?", "results"),
    # no funder of BONEBANK (was "Nein." from the funders): who set it up is still unsaid
    ("Hat die Stadt Hamburg die Biobank aufgebaut?", "results"),
    ("Did the City of Hamburg set up the biobank in BONEBANK?", "results"),
])
def test_a_maker_the_page_never_names_is_not_confirmed(
        kb: KnowledgeBase, claim: str, intent: str) -> None:
    # Given the biobank, which no project's `made` gives a maker
    assert kb.projects["bonebank"].makers(("biobank",)) is None
    # When an organisation or funder is claimed to have made it
    reply = ask(kb, claim)[-1]
    # Then the page doesn't say (was "Ja. Projekte mit dem UKSH Lübeck und zum Thema Biobanken
    # (1): BONEBANK", "Yes. Partners in BONEBANK …"), with what BONEBANK or LSN did
    assert not reply.answered and reply.text.startswith(
        ("The page doesn't say", "Das geht aus der Seite nicht")), reply.text
    assert reply.projects == ("bonebank",) and reply.intent == intent, reply.text


@pytest.mark.parametrize("claim", [
    "Did the UKSH build the platform?",
    "Hat das UKSH die Marktstudien erstellt?",
    "Was the value chain set up by UKSH Lübeck?",
    "Did the City of Hamburg develop the market studies?",
])
def test_a_maker_of_a_thing_the_page_has_no_name_for_is_not_confirmed(
        kb: KnowledgeBase, claim: str) -> None:
    # Given an organisation or funder and a thing no project's `made` names; When it is
    # claimed to have made it; Then no "yes" from the projects it took part in (was "Yes.
    # Projects with UKSH Lübeck (1): BONEBANK")
    reply = ask(kb, claim)[-1]
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("claim,projects", [
    ("Did LSN make the video trainings?", ("magia",)),
    ("Hat LSN die Video-Trainings erstellt?", ("magia",)),
    ("Did LSN organise the events?", ("magia",)),  # (was "Yes. Projects on events …")
    ("Hat LSN die Veranstaltungen organisiert?", ("magia",)),
    ("Did oncampus develop the video trainings?", ("magia",)),  # (none of MAGIA's partners:
    # the claim is of the one project that had them, as asked after another one)
])
def test_a_maker_of_a_thing_named_more_narrowly_than_its_topic_is_not_confirmed(
        kb: KnowledgeBase, claim: str, projects: tuple[str, ...]) -> None:
    # Given MAGIA's "events and video trainings" (the page names no maker) and KI#CK's
    # qualification programme (run by LSN with TH Lübeck and oncampus), both "training"
    assert "video" not in " ".join(kb.projects["kick"].evidence.of(tuple(
        kb.projects["kick"].evidence))).lower()
    # When someone is claimed to have made the video trainings
    reply = ask(kb, claim)[-1]
    # Then no "yes" from KI#CK's programme (was "Yes. Projects on qualification and training
    # (1): KI#CK."), nor from MAGIA having them: of MAGIA, whose trainings they were, the page
    # names no maker (or the one claimed was no partner of it)
    assert not reply.text.startswith(("Yes", "Ja")), reply.text
    assert reply.projects == projects, reply.text


def _maker_claims(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """Every organisation, funder and place of the knowledge base claimed, in English and
    German, to have made every thing a project made or kept: (claim, actor, thing)."""
    things = {t: (topic.aliases[0], topic.name.de) for t, topic in kb.topics.items()
              if topic.kind == "product" or t in {m.thing for p in kb.projects.values()
                                                  for m in p.made} or t == "biobank"}
    actors = {**{o: (r.name, r.name) for o, r in kb.organisations.items()},
              **{f: (r.name.en, r.name.de) for f, r in kb.funders.items()},
              **{x: (r.name.en, r.name.de) for x, r in kb.places.items()}}
    return [(claim, actor, thing) for actor, (a_en, a_de) in actors.items()
            for thing, (t_en, t_de) in things.items()
            for claim in (f"Did {a_en} build the {t_en}?", f"Did {a_en} develop the {t_en}?",
                          f"Was the {t_en} set up by {a_en}?",
                          f"Hat {a_de} die {t_de} entwickelt?",
                          f"Hat {a_de} die {t_de} aufgebaut?")]


def test_no_maker_is_confirmed_that_the_page_does_not_name(kb: KnowledgeBase) -> None:
    # Given every organisation, funder and place claimed to have made every thing made
    wrong = []
    for claim, actor, thing in _maker_claims(kb):
        reply = answer(claim, State(), kb)
        # When the bot says yes, Then a project it speaks of had the thing and the page names
        # that one as its maker (its `made`: those named, or those that led or ran the project
        # where the page says the project did it)
        if reply.text.startswith(("Yes", "Ja")) and not any(
                actor in (kb.projects[p].makers((thing,)) or ()) for p in reply.projects):
            wrong.append(f"{claim} -> {reply.text.splitlines()[0]}")
    assert not wrong, "\n".join(wrong[:20]) + f"\n({len(wrong)} in all)"


@pytest.mark.parametrize("question,start,fact", [
    # the page: NORTHOPEDICS sought "new, innovative answers in bone healing"; HIHeal was about
    # hygiene, infection and health
    ("was NORTOPEDICS about bone healing?", "Yes.", "bone healing"),
    ("Ging es bei NORTOPEDIKS um Knochenheilung?", "Ja.", "Knochenheilung"),
    ("was HIHEL about hygiene?", "Yes.", "hygiene"),
    ("was NORTOPEDICS about hygiene?", "No.", "bone healing"),
])
def test_a_claim_of_what_a_misspelt_project_was_about_is_checked_without_its_name(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given a claim of a project's subject with the project's name misspelt
    reply = answer(question, State(), kb)
    # Then the misspelt name is no word of the claim (was "No." as its texts never use it)
    assert reply.answered and reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("claim,start", [
    ("was LSN in that earlier one too?", "Yes."),
    ("was Life Science Nord part of the earlier project?", "Yes."),
])
def test_a_claim_of_the_earlier_one_picked_by_a_word_claims_nothing_by_that_word(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # Given MAGIA2Market's predecessor asked (the page: MAGIA, with Life Science Nord as a
    # project partner), then a claim of "that earlier one"
    replies = ask(kb, "what came before magia2market?", claim)
    # Then "earlier" picks MAGIA and is no word the page must say of LSN's role (was "The page
    # doesn't say." before LSN's role as a project partner)
    assert replies[1].projects == ("magia",) and replies[1].answered, replies[1].text
    assert replies[1].text.startswith(start) and "project partner" in replies[1].text


@pytest.mark.parametrize("first", [
    "Wer hat MAGIA gefördert?", "Who funded ELISE?", "Welche Projekte förderte Interreg Europe?",
])
def test_a_maker_claim_of_another_projects_thing_is_checked_of_that_project(
        kb: KnowledgeBase, first: str) -> None:
    # Given a project talked about (or a list ending on one), and every maker claim of a thing
    # that one other project alone had (the biobank, the registry, the qualification
    # programme, the competence atlas, ...)
    talked = set(ask(kb, first)[0].projects)
    wrong = []
    for claim, actor, thing in _maker_claims(kb):
        owners = set(select(kb, Filters(topics=(thing,))).ids)
        if actor not in MAKER_ACTORS or len(owners) != 1 or owners & talked:
            continue
        alone = answer(claim, State(), kb)
        reply = ask(kb, first, claim)[-1]
        # When it is claimed, no project named, Then it is checked of the project that had the
        # thing, as when asked alone (was "Nein." with MAGIA's results: MAGIA had no biobank)
        said, told = (r.text.split(".")[0] for r in (alone, reply))
        if said != told or reply.answered != alone.answered or not owners <= set(reply.projects):
            wrong.append(f"{claim} -> {told} {reply.projects} (alone: {said})")
    assert not wrong, "\n".join(wrong[:200]) + f"\n({len(wrong)} in all)"


MAKER_ACTORS = ("lsn", "uksh", "th-luebeck", "oncampus", "biopmed", "erdf", "hamburg", "odense")


@pytest.mark.parametrize("claim", [
    "did the hospitals build the registry?",
    "Haben die Kliniken das Frakturregister aufgebaut?",
    "did the universities set up the fracture registry?",
])
def test_a_maker_among_a_projects_unnamed_organisations_is_not_denied(
        kb: KnowledgeBase, claim: str) -> None:
    # Given BFCC, which "brought together 13 organisations" the page doesn't name, and "the
    # BFCC set up local fracture registries at hospitals" (made by the project itself)
    p = kb.projects["bfcc"]
    assert dict(p.counts)["organisations"] > len(p.organisations())
    assert any(m.thing == "registries" and not m.by for m in p.made)
    # When a kind of organisation is claimed to have built the registry
    reply = ask(kb, claim)[-1]
    # Then the page doesn't say (was "No.": they may have been among the 13), with BFCC
    assert not reply.answered and reply.text.startswith(
        ("The page doesn't say", "Das geht aus der Seite nicht")), reply.text
    assert reply.projects == ("bfcc",), reply.text


@pytest.mark.parametrize("claim", [
    "Did the EU fund MAGIA directly?",
    "Wurde ELISE direkt von der EU gefördert?",
    "was BFCC funded directly by the European Union?",
])
def test_a_funder_claimed_to_have_paid_directly_is_not_confirmed(
        kb: KnowledgeBase, claim: str) -> None:
    # Given a project the EU funded through a programme (the page: MAGIA "funded by the COSME
    # programme of the European Union", ELISE by Interreg Europe, BFCC by the Interreg Baltic
    # Sea Region Programme), never saying whether that was direct funding
    reply = answer(claim, State(), kb)
    # Then the page doesn't say (was "Yes."), with its funding
    assert not reply.answered and reply.text.startswith(
        ("The page doesn't say", "Das geht aus der Seite nicht")), reply.text
    assert reply.intent == "funding", reply.text


@pytest.mark.parametrize("question,intent", [
    ("Welche Projekte förderte die EU direkt?", "list"),
    ("which projects got direct EU funding?", "list"),
    ("wie viele Projekte wurden direkt von der EU gefördert?", "count"),
])
def test_projects_funded_directly_are_those_funded_with_the_manner_unsaid(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    # Given the projects with EU money, each through a programme or fund the page names
    funded = ask(kb, "Welche Projekte förderte die EU?")[0]
    # When asked which the EU funded directly
    reply = ask(kb, question)[0]
    # Then those, and that the page doesn't say how the money came (was the list alone,
    # answered: "direkt" dropped)
    assert reply.intent == intent and set(reply.projects) == set(funded.projects)
    assert not reply.answered and funded.answered, reply.text
    assert reply.text.splitlines()[-1] not in funded.text, reply.text


@pytest.mark.parametrize("claim,pid", [
    ("Gibt es ein Projekt zu Digitalisierung in der Pflege?", "pilot"),
    ("Is there a project on digitisation in nursing?", "pilot"),
    ("Gibt es ein Projekt zu KI in der Radiologie?", "kick"),
])
def test_a_condition_word_no_project_uses_is_not_dropped_from_a_claim(
        kb: KnowledgeBase, claim: str, pid: str) -> None:
    # Given a topic the page has (P.I.L.O.T.: digitisation of precision medicine; KI#CK: AI)
    # and a field the page never names of it
    p = kb.projects[pid]
    assert not any(w in " ".join(p.evidence.of(tuple(p.evidence))).lower()
                   for w in ("pflege", "nursing", "radiolog"))
    reply = answer(claim, State(), kb)
    # Then the page doesn't say (was "Ja. Projekte zum Thema Digitalisierung (1): P.I.L.O.T.",
    # "in der Pflege" dropped), with the projects on the topic
    assert not reply.answered and reply.projects == (pid,), reply.text
    assert reply.text.startswith(("The page doesn't say", "Das geht aus der Seite nicht"))


def test_a_condition_word_inside_a_projects_words_still_settles_the_claim(
        kb: KnowledgeBase) -> None:
    # P.I.L.O.T.'s texts say "Präzisionsmedizin": digitisation in medicine is a yes
    reply = answer("gab es ein Projekt zur Digitalisierung in der Medizin?", State(), kb)
    assert reply.answered and reply.text.startswith("Ja.") and reply.projects == ("pilot",)


@pytest.mark.parametrize(("turns", "start", "answered"), [
    (("Was HIHeal or P.I.L.O.T. the longer project?", "do both have follow-ups?"), "Yes.", True),
    (("Was HIHeal or P.I.L.O.T. the longer project?", "hatten beide ein Nachfolgeprojekt?"),
     "Ja.", True),
    (("HIHeal and BFCC: when did they end?", "did both have follow-ups?"),
     "The page doesn't say.", False),
    (("HIHeal und BFCC: wann endeten sie?", "hatten beide einen Nachfolger?"),
     "Das geht aus der Seite nicht hervor.", False),
])
def test_a_link_claimed_of_both_of_a_pair_is_checked_of_each(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str, answered: bool) -> None:
    # Given two projects talked about, then a follow-up claimed of both (was checked of the
    # first alone: "Yes. HIHeal was continued by …" also where BFCC was the other)
    reply = ask(kb, *turns)[-1]
    pair = ask(kb, turns[0])[0].projects
    continued = {f for pid in pair for f in kb.projects[pid].continued_by}
    # Then each one's follow-up is named (or that the page names none), and only where both
    # had one is it "Yes"
    assert reply.text.startswith(start) and reply.answered == answered, reply.text
    assert set(reply.projects) == {*pair, *continued}, reply.text
    for pid in pair:
        assert kb.projects[pid].name in reply.text, reply.text


@pytest.mark.parametrize("question,pid,start", [
    # the page: BONEBANK in Lübeck and Odense, "supported by Interreg Deutschland-Danmark with
    # funds from the European Regional Development Fund"; MAGIA's Italian partner bioPmed, its
    # money from COSME; KI#CK's from the EU, the State of Schleswig-Holstein and the ESF
    ("Was BONEBANK funded by Denmark?", "bonebank", "The page doesn't say."),
    ("Did Denmark fund BONEBANK?", "bonebank", "The page doesn't say."),
    ("did BONEBANK get money from Denmark?", "bonebank", "The page doesn't say."),
    ("Wurde BONEBANK von Dänemark gefördert?", "bonebank", "Das geht aus der Seite"),
    ("was MAGIA funded by Italy?", "magia", "The page doesn't say."),
    ("Was KI#CK funded by Germany?", "kick", "The page doesn't say."),
])
def test_a_place_claimed_to_have_funded_a_project_is_no_yes_from_its_places(
        kb: KnowledgeBase, question: str, pid: str, start: str) -> None:
    # Given a country the page names as a project's place, not as a funder, claimed to have
    # funded it (was "Yes. Where BONEBANK was active: … Denmark")
    reply = ask(kb, question)[0]
    # Then who funded it, and that the page doesn't say the place did
    assert reply.intent == "funding" and reply.projects == (pid,), reply.text
    assert reply.text.startswith(start) and not reply.answered, reply.text
    # while the place itself is still one of its places, and a state that funded it funded it
    assert ask(kb, "Was BONEBANK in Denmark?")[0].text.startswith("Yes.")
    assert ask(kb, "Was KI#CK funded by Schleswig-Holstein?")[0].text.startswith("Yes.")
