"""Dialog turns and messages with several asks: a link asked, then a question about the project
it reached ("what came before X, and who funded that earlier project?"), ordinals into the
projects just named, hops from the subject, corrections, a question about the project a
ranking names ("who funded the shortest one?")."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("message,intent,pid,word", [
    ("what came before magia2market, and who funded that earlier project?", "predecessor",
     "magia", "COSME"),
    ("Was war der Vorgänger von MAGIA2Market, und wer hat dieses frühere Projekt gefördert?",
     "predecessor", "magia", "COSME"),
    ("what followed hiheal, and when did that follow-up start?", "follow_up", "hiheal-next",
     "HIHeal next level"),
])
def test_a_link_asked_then_a_question_about_the_project_it_reached(
        kb: KnowledgeBase, message: str, intent: str, pid: str, word: str) -> None:
    # Given one message that asks for a link, then asks about "that earlier project"
    reply = ask(kb, message)[-1]
    # Then the link is the reply's intent (the first ask), and the second ask is answered of
    # the project the link reached
    assert reply.intent == intent and pid in reply.projects
    assert len(reply.text.split("\n")) >= 2 and word in reply.text


@pytest.mark.parametrize("messages,pid,word", [
    (("what did magia2market continue?", "and when did that earlier project end?"), "magia",
     "2019"),
    (("Was kam vor MAGIA2Market?", "Wann endete dieses frühere Projekt?"), "magia", "2019"),
])
def test_that_earlier_project_names_the_predecessor_it_ranks_nothing(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, word: str) -> None:
    # Given the predecessor just named
    # When "that earlier project" is asked about
    reply = ask(kb, *messages)[-1]
    # Then it is the predecessor, no ranking of the two by date
    assert reply.intent == "end" and pid in reply.projects and word in reply.text


@pytest.mark.parametrize("messages,pids", [
    (("I'm comparing HIHeal and InnoReAct. Who funded the second one?", "and the first one?"),
     ("innoreact", "hiheal")),
    (("Ich vergleiche BFCC und ELISE. Wann endete das zweite?", "und das erste?"),
     ("elise", "bfcc")),
])
def test_an_ordinal_counts_in_the_projects_named_before_the_question(
        kb: KnowledgeBase, messages: tuple[str, ...], pids: tuple[str, ...]) -> None:
    # Given a message that names two projects, then asks about "the second one"
    replies = ask(kb, *messages)
    # Then the question is about that one of them, and "the first one" next is the other
    assert [r.projects for r in replies] == [(p,) for p in pids]
    assert all(r.answered for r in replies)


@pytest.mark.parametrize("question,pair,words", [
    ("how does MAGIA2Market differ from MAGIA?", ("magia2market", "magia"), ["Japan", "2018"]),
    ("Worin besteht der Unterschied zwischen MAGIA2Market und MAGIA?", ("magia2market", "magia"),
     ["Japan", "COSME"]),
    ("what are the differences between BFCC and ELISE?", ("bfcc", "elise"),
     ["Interreg Europe", "2016"]),
])
def test_a_difference_between_two_projects_gives_what_the_page_says_of_each(
        kb: KnowledgeBase, question: str, pair: tuple[str, ...], words: list[str]) -> None:
    # Given two projects of the page
    # When someone asks how they differ, naming no aspect
    reply = ask(kb, question)[-1]
    # Then the reply gives their link, if any, and when each ran, where and who funded it
    assert reply.intent == "relations" and reply.answered
    assert set(reply.projects) == set(pair)
    assert all(w in reply.text for w in words)


def test_a_difference_says_no_funding_of_a_part_as_its_own(kb: KnowledgeBase) -> None:
    # Given a subproject whose funding the page gives only for its parent
    reply = ask(kb, "Was ist der Unterschied zwischen HIHeal und BRIDGE 53?")[-1]
    # Then the parent's funding is said once, as the parent's
    assert reply.text.count("Förderung") == 1 and "Teil von HIHeal" in reply.text


@pytest.mark.parametrize("messages,pid,word", [
    (("Which projects had Belgian partners?", "and who was the Italian partner?"), "magia",
     "bioPmed"),
    (("Welche Projekte hatten belgische Partner?", "Und wer war der französische Partner?"),
     "magia", "Lyonbiopole"),
])
def test_the_partner_from_a_country_is_of_the_one_project_just_given(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, word: str) -> None:
    # Given a list of one project
    # When someone asks who the partner from another country was
    reply = ask(kb, *messages)[-1]
    # Then it is that project's partner from there, no list of projects with partners there
    assert reply.intent == "partners" and reply.projects == (pid,) and word in reply.text


@pytest.mark.parametrize("messages,pair,answered,word", [
    (("Tell me about BONEBANK", "did it have anything to do with NORTHOPEDICS?"),
     ("bonebank", "northopedics"), False, "no link"),
    (("Was war BRIDGE 53?", "Und was hat das mit HIHeal zu tun?"), ("bridge53", "hiheal"),
     True, "Teil von HIHeal"),
    (("Which projects were about infections?", "how is that related to HIHeal?"),
     ("bridge53", "hiheal"), True, "part of HIHeal"),
    # the page: "BRIDGE 53 was part of the project Hygiene, Infection & Health (HIHeal)"
    (("Tell me about HIHeal", "what's BRIDGE 53 got to do with it?"), ("bridge53", "hiheal"),
     True, "HIHeal included BRIDGE 53"),
    (("what is HIHeal?", "where does BRIDGE 53 come in?"), ("bridge53", "hiheal"), True,
     "part of HIHeal"),
    (("what is HIHeal?", "how does BRIDGE 53 fit in?"), ("bridge53", "hiheal"), True,
     "part of HIHeal"),
])
def test_a_link_asked_between_the_project_talked_about_and_one_named(
        kb: KnowledgeBase, messages: tuple[str, ...], pair: tuple[str, ...], answered: bool,
        word: str) -> None:
    # Given a project talked about (or a list of it and one other)
    # When someone asks how it is connected to another project, named
    reply = ask(kb, *messages)[-1]
    # Then the reply is about the link between the two: the page's link, or that it names none
    assert reply.intent == "relations" and set(reply.projects) == set(pair)
    assert reply.answered is answered and word in reply.text


@pytest.mark.parametrize("messages,pid,answered,start", [
    (("who were kick's partners?", "was thl one of them?"), "kick", True, "Yes"),
    (("Wer waren die Partner von ELISE?", "war lsn einer davon?"), "elise", False, ""),
])
def test_a_name_of_three_small_letters_is_meant(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, answered: bool,
        start: str) -> None:
    # Given the partners of a project just given
    # When someone asks whether an organisation, written in three small letters, was one
    reply = ask(kb, *messages)[-1]
    # Then the claim is about that organisation in the project (the page may not say)
    assert reply.projects == (pid,) and reply.answered is answered
    assert reply.text.startswith(start)


@pytest.mark.parametrize("message,intent,pid", [
    ("who led BFCC? oops, I meant BONEBANK", "lead", "bonebank"),
    ("Wann begann HIHeal? Ach nein, ich meinte InnoReAct.", "start", "innoreact"),
    ("what were ELISE's goals - sorry, i mean kick", "goals", "kick"),
    # the correction first, the project set against the one meant named too (was both)
    ("Entschuldigung, ich meinte BONEBANK statt BFCC – wer war dort federführend?", "lead",
     "bonebank"),
    ("sorry, I meant BONEBANK instead of BFCC, who led it?", "lead", "bonebank"),
])
def test_a_correction_in_the_same_message_replaces_the_project(
        kb: KnowledgeBase, message: str, intent: str, pid: str) -> None:
    # Given a question about one project, corrected at once to another in the same message
    reply = ask(kb, message)[-1]
    # Then the question is answered of the project meant, and only of it
    assert reply.intent == intent and reply.projects == (pid,) and reply.answered


@pytest.mark.parametrize("messages,pid", [
    (("Who led BONEBANK?", "sorry I meant BFCC, not BONEBANK"), "bfcc"),
    (("Wer hat BONEBANK geleitet?", "nein, ich meinte BFCC, nicht BONEBANK"), "bfcc"),
    (("Who led MAGIA2Market?", "I meant MAGIA, not MAGIA2Market"), "magia"),
    (("Wann lief ELISE?", "ich meinte KI#CK und nicht ELISE"), "kick"),
])
def test_a_correction_with_a_bare_not_asks_only_of_the_project_meant(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a question about one project, corrected next turn: "I meant X, not Y"
    first, reply = ask(kb, *messages)
    # Then the question is asked again of X alone (was answered for both)
    assert reply.intent == first.intent and reply.projects == (pid,), reply.text


def test_a_belief_after_i_mean_is_no_correction(kb: KnowledgeBase) -> None:
    # Given a question, then "I mean" and a claim with a verb
    reply = ask(kb, "when did BFCC end? I mean, did ELISE end later?")[-1]
    # Then the claim is not read as a correction of the project
    assert "bfcc" in reply.projects or reply.intent != "end"


@pytest.mark.parametrize("message,start", [
    ("BFCC and ELISE: both funded by Interreg?", "Yes"),
    ("HIHeal und BFCC – beide von Hamburg gefördert?", "Nein"),
    ("elise vs kick: were both funded by the ESF?", "No"),
])
def test_a_claim_after_two_projects_named_as_the_topic_is_checked_of_each(
        kb: KnowledgeBase, message: str, start: str) -> None:
    # Given two projects named before a colon or a dash, then a claim of both
    reply = ask(kb, message)[-1]
    # Then the claim is checked of each of them: yes or no first
    assert reply.text.startswith(start) and len(reply.projects) == 2


@pytest.mark.parametrize("messages", [
    ("BFCC vs ELISE: which ran longer?", "same q for MAGIA vs MAGIA2Market"),
    ("Welches lief länger, BFCC oder ELISE?", "Dieselbe Frage für MAGIA und MAGIA2Market"),
])
def test_the_same_question_for_another_pair_ranks_them_the_same_way(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a ranking of two projects
    # When the same question is asked of another pair
    reply = ask(kb, *messages)[-1]
    # Then the new pair is ranked the same way
    assert reply.intent == "superlative" and set(reply.projects) == {"magia", "magia2market"}
    assert "MAGIA2Market" in reply.text.split("\n")[0]


@pytest.mark.parametrize("messages", [
    ("Erzähl mir von HIHeal", "Wie heißt das Teilprojekt?"),
    ("Wann lief HIHeal?", "und wie hieß nochmal das Unterprojekt mit der Plattform?"),
])
def test_the_name_of_the_part_is_asked_of_the_project_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a project with a part
    # When someone asks (in German) what its subproject was called
    reply = ask(kb, *messages)[-1]
    # Then the part is named: the link from the project to its part
    assert reply.intent == "contains" and set(reply.projects) == {"hiheal", "bridge53"}
    assert "BRIDGE 53" in reply.text


@pytest.mark.parametrize("messages,pids", [
    (("Which projects ended in February 2023?", "and which one ended a month later?"),
     ("pilot",)),
    (("Welche Projekte begannen 2016?", "Und welche begannen ein Jahr später?"), ("elise",)),
    (("which projects started in 2020?", "and which started two years later?"), ("innoreact",)),
])
def test_a_list_for_the_last_lists_date_moved_by_a_month_or_years(
        kb: KnowledgeBase, messages: tuple[str, ...], pids: tuple[str, ...]) -> None:
    # Given a list of the projects that started or ended at a date
    # When someone asks for those a month or some years later
    reply = ask(kb, *messages)[-1]
    # Then the list is of that other date
    assert reply.intent == "list" and reply.projects == pids and reply.answered


@pytest.mark.parametrize("messages,pids", [
    (("welche projekte liefen 2021", "und 2023?", "und davor, 2015?"), ("bonebank",)),
    (("Welche Projekte liefen 2015?", "und 2016?", "und davor?"), ("bonebank",)),
    (("which projects ended in 2019?", "and after that?"), ("bonebank",)),
])
def test_before_or_after_alone_right_after_a_year_list_moves_the_year(
        kb: KnowledgeBase, messages: tuple[str, ...], pids: tuple[str, ...]) -> None:
    # Given a list of the projects of a year (running in it, or ended in it)
    # When someone asks only "and before?" / "and after that?", or names a year with it
    reply = ask(kb, *messages)[-1]
    # Then the same list for the year before or after, or the year named: no predecessors
    assert (reply.intent, reply.projects, reply.answered) == ("list", pids, True), reply.text


def test_before_alone_after_a_question_about_one_project_is_its_predecessor(
        kb: KnowledgeBase) -> None:
    # Given a year list, then a question about one project
    reply = ask(kb, "welche projekte liefen 2021", "wann lief MAGIA2Market?", "und davor?")[-1]
    # Then "und davor?" asks the project's predecessor
    assert (reply.intent, reply.projects[:1]) == ("predecessor", ("magia2market",)), reply.text


@pytest.mark.parametrize("message,intent,pid", [
    ("ELISE money: how much did Interreg Europe give?", "amount", "elise"),
    ("BONEBANK Laufzeit: wann begann es und wann endete es?", "dates", "bonebank"),
])
def test_a_project_and_a_noun_before_a_colon_name_the_topic_of_the_questions(
        kb: KnowledgeBase, message: str, intent: str, pid: str) -> None:
    # Given a project and a noun before a colon, then the questions
    reply = ask(kb, message)[-1]
    # Then the questions after the colon are what is asked, of that project
    assert reply.intent == intent and reply.projects == (pid,) and reply.answered


@pytest.mark.parametrize("messages,intent", [
    (("Tell me about ELISE", "and its partner regions?"), "places"),
    (("Wer förderte ELISE?", "Welche Partnerregionen gab es?"), "places"),
    (("Tell me about ELISE", "how many partner regions were there?"), "partners"),
])
def test_partner_regions_ask_where_the_partners_came_from(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str) -> None:
    # Given ELISE, whose partners the page gives as regions of countries
    # When someone asks for its partner regions (or how many there were)
    reply = ask(kb, *messages)[-1]
    # Then the countries are given as places (a count as partners, the number of them)
    assert reply.intent == intent and reply.projects == ("elise",)
    assert "Pol" in reply.text


@pytest.mark.parametrize("question,lang", [
    ("which projects did LSN not lead?", "en"),
    ("In welchen Projekten war LSN nur Partner?", "de"),
    # the negation before the organisation, or the organisation left out of the lead (were:
    # the projects LSN led, and all eleven under a neutral title)
    ("welche projekte wurden nicht von LSN geleitet?", "de"),
    ("projects led by someone other than LSN", "en"),
    ("Welche Projekte hat jemand anderes als LSN geleitet?", "de"),
    # only taking part (tryout s24; were all eleven, and each one's partners after a list)
    ("An welchen Projekten war LSN nur beteiligt?", "de"),
    ("In which projects did LSN only take part?", "en"),
])
def test_projects_an_organisation_did_not_lead_are_those_the_page_says_so_of(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # Given projects led by LSN, led by others, and with no lead named
    reply = ask(kb, question)[-1]
    # Then the list holds those with another lead or with LSN as a partner in a part of its
    # own, never one it led, and says of which the page names no lead: HIHeal too, which
    # joined two clusters, LSN one of them, and names no lead (it was listed as not led)
    assert reply.intent == "list" and set(reply.projects) == {"bonebank", "magia"}
    unknown = reply.text.split("\n")[-1]
    assert reply.language == lang and "ELISE" in unknown and "HIHeal" in unknown


def test_only_taking_part_after_the_list_of_those_led_is_the_projects_led_by_others(
        kb: KnowledgeBase) -> None:
    # Given the projects LSN led, then those it only took part in (tryout s24: were the
    # partners of the three it led)
    reply = ask(kb, "Welche Projekte hat LSN geleitet?",
                "Und an welchen war LSN nur beteiligt?")[-1]
    # Then those another organisation led (the page: UKSH Lübeck led BONEBANK; LSN was a
    # project partner in MAGIA)
    assert reply.intent == "list" and set(reply.projects) == {"bonebank", "magia"}


@pytest.mark.parametrize("dialog", [
    ("Was ist MAGIA?", "Welche Cluster waren da Partner von Life Science Nord?"),
    ("what was MAGIA?", "which clusters were LSN's partners in it?"),
    # of a short list just given: each of it
    ("Which projects were about internationalisation?", "who were LSN's partners there?"),
])
def test_lsns_partners_asked_after_a_project_are_that_projects_partners(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # The page: MAGIA's partners were bioPmed, Lyonbiopole and BioWin, with LSN
    reply = ask(kb, *dialog)[-1]
    assert reply.intent == "partners" and "magia" in reply.projects, reply.text
    assert "BioWin" in reply.text and "bioPmed" in reply.text, reply.text


@pytest.mark.parametrize(("dialog", "funder"), [
    (("Wer hat BFCC geleitet?", "Und aus welchen Mitteln?"), "Interreg"),
    (("who led KI#CK?", "and which funds paid for it?"), "ESF"),
])
def test_the_means_asked_right_after_another_question_are_the_funding(
        kb: KnowledgeBase, dialog: tuple[str, ...], funder: str) -> None:
    reply = ask(kb, *dialog)[-1]
    assert reply.intent == "funding" and funder in reply.text, reply.text


@pytest.mark.parametrize(("messages", "intent", "winner", "word"), [
    (("who led the oldest project?",), "lead", "bonebank", "UKSH"),
    (("Which clusters were in the longest project?",), "partners", "hiheal", "Hamburg"),
    (("Wann begann das längste Projekt?",), "start", "hiheal", "2016"),
    (("which project ran longest?", "and who funded the shortest one?"), "funding", "innoreact",
     "REACT"),
    (("Welche Projekte endeten 2023?", "Wer hat das älteste davon gefördert?"), "funding", "pilot",
     "EFRE"),
    (("Who funded the project with the most money?",), "funding", "elise", "Interreg Europe"),
])
def test_a_question_about_the_project_a_ranking_names_is_asked_of_its_winner(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, winner: str, word: str
) -> None:
    # Given a ranking's word naming the project a question is about ("the shortest one")
    reply = ask(kb, *messages)[-1]
    # Then the ranking says which project it is, and the question is answered of that one
    assert reply.intent == intent and reply.projects[0] == winner and word in reply.text, \
        reply.text


@pytest.mark.parametrize("text", [
    "Which ERDF-funded project lasted the longest?",
    "Wer bekam die größte Förderung?",
    "who got the most money?",
    "welches davon war am kürzesten?",
    "Of the projects co-funded by Hamburg, which one started first?",
])
def test_which_project_a_ranking_names_is_the_ranking_itself(kb: KnowledgeBase,
                                                            text: str) -> None:
    # Given "which project"/"which one"/"welches" asking for the ranking's winner, beside a
    # condition's words ("funded", "Start")
    (reply,) = ask(kb, text)
    # Then it is the ranking, not a question of the winner's funding or dates
    assert reply.intent == "superlative", reply.text


def test_a_question_about_the_ranked_one_right_after_the_ranking_does_not_repeat_it(
        kb: KnowledgeBase) -> None:
    # Given the shortest project just named
    reply = ask(kb, "which project was the shortest?", "who funded the shortest?")[-1]
    # Then only the question is answered, of that project
    assert reply.intent == "funding" and reply.projects == ("innoreact",)
    assert "shortest" not in reply.text


@pytest.mark.parametrize(("messages", "intent", "winner", "word"), [
    (("which projects were about internationalisation?",
      "which target markets did the newer one have?"), "places", "magia2market", "Japan"),
    (("Welche Projekte wurden von der Stadt Hamburg gefördert?",
      "Wer waren die Partner beim älteren davon?"), "partners", "hiheal", "Gesundheitswirtschaft"),
    (("Welche Projekte gab es zur Internationalisierung?",
      "und das längere von beiden, wer hat es gefördert?"), "funding", "magia2market",
     "MAGIA2Market gefördert"),
])
def test_a_comparative_picks_one_of_the_last_list_to_ask_about(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, winner: str, word: str
) -> None:
    # Given a list, then a question about "the newer one" / "das ältere davon" of it
    reply = ask(kb, *messages)[-1]
    # Then the comparison says which one it is, and the question is answered of that one only
    assert reply.intent == intent and reply.projects[0] == winner and word in reply.text, \
        reply.text
    assert "COSME" not in reply.text


@pytest.mark.parametrize(("messages", "pid"), [
    # (a chain written as its own clause after an answer the page left open, "und das Projekt
    # davor, wann endete das?", says the link: test_dialog_references, session 24)
    (("when did P.I.L.O.T. Next Level end?", "what did the predecessor project do?"), "pilot"),
    (("Von welchem Projekt ist HIHeal next level transition der Nachfolger?",
      "Und wann startete es?", "und das Vorgängerprojekt, wann lief das?"), "hiheal"),
])
def test_a_link_the_last_answer_said_is_not_said_again_when_asked_along(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given an answer that said the project continues another ("It continues HIHeal, …")
    reply = ask(kb, *messages)[-1]
    # When the next question asks about "the one before it" / "the predecessor project"
    # Then it is answered of that project alone, the link not stated again
    assert reply.projects == (pid,) and reply.answered, reply.text


@pytest.mark.parametrize(("messages", "winner", "word"), [
    (("Wann endete das älteste Projekt?",), "bonebank", "2020"),
    (("Welche Projekte gab es zur Internationalisierung?", "Wann endete das ältere davon?"),
     "magia", "2019"),
    (("which projects started in 2016?", "when did the newest of them end?"), "northopedics",
     "2019"),
])
def test_an_age_word_ranks_by_the_start_whatever_is_asked_of_the_winner(
        kb: KnowledgeBase, messages: tuple[str, ...], winner: str, word: str) -> None:
    # Given "the oldest"/"das ältere"/"the newest" with a verb of ending
    reply = ask(kb, *messages)[-1]
    # Then the project that started first (or last) is found, and its end is answered
    assert reply.intent == "end" and reply.projects[0] == winner and word in reply.text, \
        reply.text


@pytest.mark.parametrize(("messages", "intent", "winner"), [
    (("which project ran longest?", "and the oldest one, who led it?"), "lead", "bonebank"),
    (("Das kürzeste Projekt – wer hat es gefördert?",), "funding", "innoreact"),
])
def test_a_ranked_subject_before_its_question_gives_the_reply_that_question(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, winner: str) -> None:
    # Given "the oldest one, who led it?": a ranking word with an article, then the question
    reply = ask(kb, *messages)[-1]
    # Then the reply is the question's, about the winner (the ranking only says which one)
    assert reply.intent == intent and reply.projects == (winner,), reply.text


def test_a_bare_ranking_and_a_question_asks_both(kb: KnowledgeBase) -> None:
    # Given a ranking asked with no article, joined to a question by "and"
    (reply,) = ask(kb, "shortest project and who funded it?")
    # Then the ranking is asked too: the reply is the ranking's
    assert reply.intent == "superlative" and "REACT" in reply.text


@pytest.mark.parametrize("text", [
    "What's the longest-running project on the page and how long did it run?",
    "Was war das kürzeste Projekt und wer hat es gefördert?",
])
def test_a_ranking_asked_with_a_question_word_and_a_question_asks_both(
        kb: KnowledgeBase, text: str) -> None:
    # Given a ranking asked with a question word ("what's the longest …"), then a question
    (reply,) = ask(kb, text)
    # Then the ranking is the first ask: the reply is the ranking's, with the other answered
    assert reply.intent == "superlative" and len(reply.text.splitlines()) > 1, reply.text


def test_a_yes_no_claim_of_the_newest_project_is_of_the_newest_not_of_it(
        kb: KnowledgeBase) -> None:
    # Given ELISE just talked about, then a claim about "the newest project"
    reply = ask(kb, "Who funded the project with the most money?",
                "Is the newest project still running?")[-1]
    # Then the claim is checked of the project that started last, not of ELISE
    assert reply.intent == "status" and "elise" not in reply.projects, reply.text


@pytest.mark.parametrize("dialog", [
    ("Aus welchen Ländern kamen die MAGIA-Cluster?", "Und welche Unternehmen haben teilgenommen?"),
    ("wann lief MAGIA", "welche Unternehmen haben teilgenommen?"),
])
def test_which_companies_took_part_asks_the_partners_and_the_page_names_none(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given MAGIA talked about, whose four clusters the page names but no company
    # When asked which companies took part (not another question of the same project)
    reply = ask(kb, *dialog)[-1]
    # Then the partners it names, and that it names no companies
    assert reply.intent == "partners" and reply.projects == ("magia",), reply.text
    assert not reply.answered and "Unternehmen" in reply.text and "BioWin" in reply.text


@pytest.mark.parametrize("dialog", [
    ("which projects were funded by interreg?", "the second one - where was it?"),
    ("which projects were funded by interreg?", "the second one: where was it?"),
])
def test_a_position_then_where_asks_where_that_one_was(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given a list (BFCC, BONEBANK, ELISE), When the second is picked and "where was it?"
    # asked after a dash (no relative clause: a verb follows "where")
    reply = ask(kb, *dialog)[-1]
    # Then it asks where BONEBANK was: Lübeck and Odense
    assert reply.intent == "places" and reply.projects == ("bonebank",), reply.text
    assert "Odense" in reply.text


def test_until_when_a_project_was_carried_on_is_its_follow_ups_end(kb: KnowledgeBase) -> None:
    # Given MAGIA, continued by MAGIA2Market (to February 2023)
    # When asked until when MAGIA was carried on ("weitergeführt") in all
    reply = ask(kb, "Bis wann wurde MAGIA insgesamt weitergeführt?")[-1]
    # Then the follow-up's end, both ends listed
    assert reply.intent == "end" and reply.projects == ("magia", "magia2market"), reply.text
    assert "2023" in reply.text


@pytest.mark.parametrize("text,second", [
    ("Wann begann P.I.L.O.T. und seit wann läuft der Nachfolger?", "April 2023"),
    ("when did pilot start and since when is the follow-up running?", "April 2023"),
])
def test_the_same_ask_of_the_linked_project_is_a_second_ask(kb: KnowledgeBase, text: str,
                                                             second: str) -> None:
    # Given two asks of one kind, the second of the project a link noun reaches
    reply = ask(kb, text)[0]
    # Then both are answered: P.I.L.O.T.'s start, then its follow-up's (was dropped as the
    # same question asked again)
    assert reply.projects == ("pilot", "pilot-next") and "2020" in reply.text, reply.text
    assert second in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("wer hat bfcc gefördert?", "und die 13 Partner kamen aus welchen Ländern genau?"),
    ("wer hat bfcc gefördert?", "und aus welchen Ländern kamen die 13 Partner?"),
    ("who funded bfcc?", "and which countries were the 13 partners from?"),
    ("when did BFCC run?", "where did its 13 partners come from?"),
])
def test_the_count_of_the_project_talked_of_asks_of_its_partners_not_for_a_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given BFCC ("13 organisations from seven countries around the Baltic Sea") talked of,
    # then a question about "the 13 partners" (was "Projekte, die 13 Partner hatten (1): BFCC"
    # with those the page gives no count for: a list answering nothing asked)
    reply = ask(kb, *messages)[-1]
    # Then the places of BFCC's partners: the page names the region, not the seven countries
    assert reply.intent == "places" and reply.projects == ("bfcc",), reply.text
    assert "13" not in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize("message", ["which project had the 13 partners?",
                                     "which projects had 13 partners?",
                                     "Welches Projekt hatte 13 Partner?"])
def test_a_count_of_partners_with_a_project_noun_still_picks_the_project(
        kb: KnowledgeBase, message: str) -> None:
    reply = ask(kb, message)[-1]
    assert reply.projects == ("bfcc",) and reply.answered, reply.text
