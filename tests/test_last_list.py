"""References into the last list: a question about "it" right after a list, a link asked of it."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


def test_which_of_the_list_had_a_link_names_the_link_when_one_did(kb: KnowledgeBase) -> None:
    # Given a list, then which of it was continued: one was, so its follow-up is named
    replies = ask(kb, "what was running in 2023?", "which of these got a follow-up project?")
    assert replies[1].intent == "follow_up" and replies[1].projects[0] in replies[0].projects
    assert len(replies[1].projects) == 2


def test_a_question_about_it_right_after_a_short_list_asks_which_of_it(kb: KnowledgeBase
                                                                       ) -> None:
    replies = ask(kb, "Welche Projekte liefen 2018?", "welches davon hatte ein Nachfolgeprojekt?",
                  "und wann begann das?", "das zweite")
    assert replies[2].intent == "clarify"
    assert {c.query for c in replies[2].choices} == {"HIHeal", "MAGIA"}
    assert replies[3].projects == ("magia",) and "2018" in replies[3].text


def test_in_a_yes_no_question_only_the_described_words_pick(kb: KnowledgeBase) -> None:
    # Given a list, then a claim about "the corona one": the year is the claim, not the pick
    replies = ask(kb, "Which projects did the ERDF fund?", "did the corona one end in 2022?",
                  "was the hamburg one a success?")
    assert replies[1].projects == ("innoreact",) and replies[1].text.startswith("No.")
    # and a description several of the list fit gets "which one?", never a yes or a no
    assert replies[2].intent == "clarify" and not replies[2].answered


def test_that_link_after_a_list_starts_from_the_one_that_has_it(kb: KnowledgeBase) -> None:
    # Given a list of which only HIHeal was continued, then a yes/no on the list's follow-ups:
    # "that follow-up" is the project just named, and the question is about it
    replies = ask(kb, "Which projects did the City of Hamburg fund?",
                  "Was any of them continued by another project?",
                  "and when did that follow-up project begin?")
    assert replies[2].projects == ("hiheal-next",) and replies[2].intent == "start"
    assert not replies[2].answered  # the page gives no start date of its own
    # And in German
    replies = ask(kb, "Welche Projekte hat die Stadt Hamburg gefördert?",
                  "Wurde eines davon fortgeführt?", "Wer hat dieses Nachfolgeprojekt finanziert?")
    assert replies[2].projects == ("hiheal-next",) and replies[2].intent == "funding"
    assert not replies[2].answered and "HIHeal next level transition" in replies[2].text


def test_the_two_of_a_list_are_a_group_not_the_second_one(kb: KnowledgeBase) -> None:
    # Given a list of two, "the two" asks about both, not about the second of the list
    replies = ask(kb, "Welche Projekte befassten sich mit Infektionen?",
                  "Was verbindet die zwei miteinander?")
    assert set(replies[1].projects) == {"bridge53", "hiheal"}
    assert "Teil von HIHeal" in replies[1].text
    # And the larger of two just linked is one of them, no step further along the link
    replies = ask(kb, "Which projects were about infections?", "what's the link between the two?",
                  "who led the larger project?")
    assert set(replies[1].projects) == {"bridge53", "hiheal"} and "part of" in replies[1].text
    assert replies[2].projects == ("hiheal",)


def test_a_list_measured_by_a_project_says_that_projects_years_first(kb: KnowledgeBase
                                                                      ) -> None:
    # The page: NORTHOPEDICS ran from 21 June 2016 to 30 June 2019; MAGIA in 2018 and 2019
    reply = ask(kb, "Which other projects started in the same year as NORTHOPEDICS?")[0]
    assert reply.intent == "list" and "northopedics" in reply.projects
    assert reply.text.startswith("NORTHOPEDICS started on 21 June 2016.")
    replies = ask(kb, "Welche Projekte liefen zur selben Zeit wie MAGIA?",
                  "welches davon begann zuerst?")
    assert "neben MAGIA liefen, das von 2018 bis 2019 lief" in replies[0].text.splitlines()[0]
    assert "magia" in replies[0].projects and "elise" in replies[0].projects
    # "davon": the list (the winner first, then each compared), not MAGIA
    assert replies[1].projects[0] == "bonebank" and set(replies[1].projects) <= set(
        replies[0].projects)


def test_the_same_month_as_the_project_just_dated_is_a_list_by_that_month(kb: KnowledgeBase
                                                                             ) -> None:
    # The page: InnoReAct ran until 28.2.2023, MAGIA2Market until February 2023; P.I.L.O.T.
    # until 31.03.2023; MAGIA "in 2018 and 2019" (no month)
    for first, then in (("when exactly did InnoReAct end?",
                         "Und welches andere Projekt endete im selben Monat?"),
                        ("when did InnoReAct end?",
                         "which other project ended in the same month?")):
        reply = ask(kb, first, then)[1]
        # Then the others that ended in that month: the one said before is not spoken of again
        assert reply.intent == "list" and reply.projects == ("magia2market",), reply.text
        assert "P.I.L.O.T." not in reply.text
    # A month of a date the page gives by year alone is no condition (no list)
    reply = ask(kb, "when did MAGIA end?", "which other project ended in the same month?")[1]
    assert reply.intent != "list" and "MAGIA2Market" not in reply.text


def test_a_second_ranking_right_after_one_over_a_list_ranks_the_same_list(
        kb: KnowledgeBase) -> None:
    # Given a list, and a ranking of it (the page: of the ERDF projects, InnoReAct ran shortest,
    # 14 months; MAGIA, not funded by the ERDF, ran at most two years)
    replies = ask(kb, "Welche Projekte wurden vom EFRE gefördert?", "Welches davon begann zuerst?",
                  "und welches lief am kürzesten?")
    # Then the second ranking, with no "davon", ranks the same list: each of it, no other
    assert replies[2].intent == "superlative" and replies[2].projects[0] == "innoreact"
    assert set(replies[2].projects) <= set(replies[0].projects)
    assert "MAGIA" not in replies[2].text
    # And "overall" ranks every project again
    replies = ask(kb, "which projects ran in 2019?", "which of them started first?",
                  "and which one ended last overall?")
    assert replies[2].projects == ("pilot",)  # P.I.L.O.T. ended on 31 March 2023


def test_a_ranking_of_the_last_list_names_each_project_compared(kb: KnowledgeBase) -> None:
    # Given a list of three with known start dates (BONEBANK September 2015, BFCC March 2016,
    # ELISE 1 January 2017)
    replies = ask(kb, "which projects were funded by Interreg?", "which of those began last?",
                  "and who led that one?")
    # Then the winner comes first, then the others in order, each with its date
    ranked = replies[1]
    assert ranked.projects == ("elise", "bfcc", "bonebank")
    lines = ranked.text.splitlines()
    assert lines[0].startswith("ELISE") and "2017" in lines[0]
    assert "March 2016" in lines[1] and "September 2015" in lines[2]
    # And "that one" is the winner
    assert replies[2].projects == ("elise",)


@pytest.mark.parametrize(("messages", "known", "unknown", "words"), [
    (("which projects were funded by Interreg?", "which of those three had the most money"),
     "ELISE (€1,217,494)", "BFCC and BONEBANK", "doesn't say which of these got the most"),
    (("Welche Projekte förderte das Land Schleswig-Holstein?",
      "und welches davon hatte am meisten Geld?"), "KI#CK (ca. 442.000 €)",
     "NORTHOPEDICS und P.I.L.O.T.", "am meisten Geld bekam, sagt die Seite nicht"),
])
def test_the_most_money_of_a_list_whose_amounts_the_page_gives_in_part_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...], known: str, unknown: str, words: str
) -> None:
    # Given a list of which the page gives the amount of one project only, then which of it
    # got the most money
    ranked = ask(kb, *messages)[-1]
    # Then it can't be said: the amount it gives, whose it doesn't, every one of the list
    assert not ranked.answered and ranked.intent == "superlative"
    assert words in ranked.text and known in ranked.text and unknown in ranked.text
    assert len(ranked.projects) == 3
    # while over all projects the largest known grant is named (docs/labels.md)
    overall = ask(kb, "which project got the most money?")[0]
    assert overall.answered and overall.projects == ("elise",)


@pytest.mark.parametrize(("messages", "known", "unknown", "words"), [
    (("Which projects did the ERDF fund?", "which had the most partners?"), "HIHeal",
     "BONEBANK, BRIDGE 53, InnoReAct, NORTHOPEDICS and P.I.L.O.T.",
     "doesn't say which of these had the most partners"),
    (("Welche Projekte hat der EFRE gefördert?", "welches davon hatte die meisten Partner?"),
     "HIHeal", "BONEBANK, BRIDGE 53, InnoReAct, NORTHOPEDICS und P.I.L.O.T.",
     "die meisten Partner hatte, sagt die Seite nicht"),
    (("which ERDF project had the most partners?",), "HIHeal", "NORTHOPEDICS",
     "doesn't say which of these had the most partners"),
    (("Which projects did the ERDF fund?", "and which of them had the fewest partners?"),
     "HIHeal", "P.I.L.O.T.", "doesn't say which of these had the fewest partners"),
    (("which projects ran in 2019?", "which one had the most partners"), "BFCC (13",
     "NORTHOPEDICS", "doesn't say which of these had the most partners"),
    (("Which projects did the ERDF fund?", "which of them had partners from the most countries?"),
     "BONEBANK", "BRIDGE 53", "doesn't say which of these had partners from the most"),
])
def test_the_most_partners_of_a_list_whose_counts_the_page_gives_in_part_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...], known: str, unknown: str, words: str
) -> None:
    # Given a list (or a selection) of which the page counts the partners of some projects
    # only (HIHeal's two clusters of the six ERDF projects), then which had the most (was
    # "HIHeal had the most partners: 2 partners.")
    ranked = ask(kb, *messages)[-1]
    # Then no winner: which it can't say, the counts it gives and whose it doesn't
    assert not ranked.answered and ranked.intent == "superlative", ranked.text
    assert words in ranked.text and known in ranked.text and unknown in ranked.text, \
        ranked.text
    assert not ranked.text.startswith(("HIHeal", "BFCC", "BONEBANK")), ranked.text
    # while over all projects the most the page counts is named, with those it doesn't count
    overall = ask(kb, "which project had the most partners?")[0]
    assert overall.answered and overall.projects == ("bfcc",), overall.text


@pytest.mark.parametrize(("messages", "winner", "word"), [
    (("which projects started in 2016?", "which of them ended last?",
      "and the last one to start?"), "northopedics", "started last"),
    (("which projects started in 2016?", "which of them ended last?", "and which first?"),
     "bfcc", "ended first"),
    (("Welche Projekte begannen 2016?", "welches davon endete zuletzt?",
      "und welches als erstes?"), "bfcc", "endete"),
])
def test_a_ranking_word_after_a_ranking_of_a_list_ranks_the_same_list(
        kb: KnowledgeBase, messages: tuple[str, ...], winner: str, word: str) -> None:
    # Given a ranking over a list of three, then another ranking word ("the last one to start",
    # "which first?"): an ordinal there ranks by an event, it picks no place in the list
    reply = ask(kb, *messages)[-1]
    # Then the same three are ranked (by the event named, or else the one just ranked by)
    assert reply.intent == "superlative" and reply.projects[0] == winner
    assert set(reply.projects) == {"bfcc", "hiheal", "northopedics"} and word in reply.text


def test_the_first_one_to_end_ranks_all_projects_without_a_list(kb: KnowledgeBase) -> None:
    # Given no list: "the first to finish" is a ranking of all projects, not the first of choices
    reply = ask(kb, "Tell me about ELISE", "and the first one to finish?")[-1]
    assert reply.intent == "superlative" and reply.projects[0] == "bfcc"


def test_which_were_they_after_a_count_titles_those_not_all_projects(kb: KnowledgeBase) -> None:
    # Given a count of the projects the ERDF funded (six of the eleven)
    replies = ask(kb, "Wie viele Projekte wurden vom EFRE gefördert?", "welche waren das?")
    # When asked which they were, the list is titled as those, not as every past project
    assert replies[1].text.startswith("Diese Projekte (6)"), replies[1].text
    assert "vergangenen Projekte" not in replies[1].text


@pytest.mark.parametrize(("messages", "narrowed"), [
    (("Welche Projekte wurden aus dem EFRE gefördert?", "und welche davon auch vom land SH?"),
     {"northopedics", "pilot"}),
    (("which projects did the ERDF fund?", "which of them did the state of SH co-fund?"),
     {"northopedics", "pilot"}),
])
def test_the_state_by_its_short_name_is_the_funder_not_the_region(
        kb: KnowledgeBase, messages: tuple[str, ...], narrowed: set[str]) -> None:
    # Given the ERDF's projects, then which of them "das Land SH" funded too
    reply = ask(kb, *messages)[-1]
    # Then the funder (not every project in Schleswig-Holstein: BONEBANK was in Lübeck)
    assert reply.intent == "list" and set(reply.projects) == narrowed, reply.text


def test_which_of_those_had_a_funders_money_narrows_the_list(kb: KnowledgeBase) -> None:
    # Given a list, then "which of those had X money": the funder is a condition on the list,
    # the money word asks no amount (was the amounts of the list, or "no total")
    replies = ask(kb, "which projects got ERDF money", "and which of those had hamburg money too")
    assert replies[1].intent == "list" and replies[1].answered
    assert set(replies[1].projects) == {"bridge53", "hiheal", "innoreact"}
    replies = ask(kb, "how many projects ended in 2019?", "name them",
                  "which of them got COSME money", "and who were its partners")
    assert replies[2].intent == "list" and replies[2].projects == ("magia",)
    assert replies[3].projects == ("magia",) and "BioWin" in replies[3].text
    # and where the page states that project's amount, the list names it
    replies = ask(kb, "which projects got money from schleswig-holstein",
                  "and which of those also had ESF money")
    assert replies[1].intent == "list" and replies[1].projects == ("kick",)
    assert "249,000" in replies[1].text
    # while a noun of amounts asks which of them the page gives an amount for
    replies = ask(kb, "which projects got money from schleswig-holstein",
                  "which of them has an ESF amount?")
    assert replies[1].projects == ("kick",) and "249,000" in replies[1].text


@pytest.mark.parametrize(("first", "then"), [
    ("yo which projs were running in 2018",
     "and in which of those was LSN just a project partner"),
    ("Welche Projekte liefen 2018?", "Bei welchen davon war LSN nur Projektpartner?"),
])
def test_life_science_nords_part_as_partner_narrows_the_last_list(kb: KnowledgeBase, first: str,
                                                                  then: str) -> None:
    # Given a list, then in which of them LSN was just a project partner: the list narrowed
    # to those LSN took part in without leading them (was: BFCC's partners, or "not understood")
    replies = ask(kb, first, then)
    assert replies[1].intent == "list" and "magia" in replies[1].projects
    assert "bfcc" not in replies[1].projects  # LSN led BFCC


def test_a_part_said_of_it_after_life_science_nords_lead_is_its_part(kb: KnowledgeBase) -> None:
    # Given a list and the one LSN led, then in which one "it" was just a project partner:
    # "it" is Life Science Nord (a project is no partner), so the projects it took part in
    # without leading them are listed, MAGIA among them (was: BFCC's partners, not answered)
    replies = ask(kb, "yo which projs were running in 2018", "which of those did LSN lead",
                  "and in which one was it explicitly just a project partner")
    assert replies[2].intent == "list" and replies[2].answered
    assert "magia" in replies[2].projects and "bfcc" not in replies[2].projects


@pytest.mark.parametrize(("question", "winner"), [
    ("which of them was first?", "bfcc"), ("which one of those came last?", "northopedics")])
def test_an_ordinal_after_which_and_a_verb_of_being_ranks_the_list_by_start(
        kb: KnowledgeBase, question: str, winner: str) -> None:
    # Given a list of three that started in 2016 (BFCC March, HIHeal April, NORTHOPEDICS June)
    replies = ask(kb, "which projects started in 2016", question)
    # Then "first"/"last" after "which … was" ranks that list by start, it picks no place in it
    assert replies[1].intent == "superlative" and replies[1].projects[0] == winner
    assert set(replies[1].projects) == {"bfcc", "hiheal", "northopedics"}


@pytest.mark.parametrize("pick,pid", [
    # the page: Interreg funded BFCC, BONEBANK and ELISE; ELISE's partners were in Italy and
    # Poland (MAGIA's bioPmed in Italy is no Interreg project)
    ("and which one had partners in italy", "elise"),
    ("und welches hatte Partner in Polen?", "elise"),
])
def test_which_one_by_a_condition_after_a_ranking_picks_from_the_projects_ranked(
        kb: KnowledgeBase, pick: str, pid: str) -> None:
    # Given a list, then a ranking of it ("which of them ended last?")
    replies = ask(kb, "which projects ran on interreg money", "which of them ended last?", pick,
                  "how big was its grant")
    # When "which one" asks by a condition / Then the one of the ranked list that meets it (was
    # the winner's partners, or every project with partners there)
    assert replies[2].intent == "list" and replies[2].projects == (pid,), replies[2].text
    # and "its" next is that one
    assert replies[3].projects == (pid,) and "1,217,494" in replies[3].text, replies[3].text


@pytest.mark.parametrize("turns,top,second", [
    # the page: HIHeal ran 6 years 9 months, BONEBANK and ELISE 5 years each
    (("Which three projects ran longest?", "who funded the second one?"),
     ("hiheal", "bonebank", "elise"), "bonebank"),
    (("Welche drei Projekte liefen am längsten?", "Und das zweite davon?"),
     ("hiheal", "bonebank", "elise"), "bonebank"),
])
def test_a_ranking_of_n_names_that_many_best_first_and_positions_follow_it(
        kb: KnowledgeBase, turns: tuple[str, ...], top: tuple[str, ...], second: str) -> None:
    # Given a ranking that asks for a number of projects
    ranked, asked = ask(kb, *turns)
    # Then that many, the best first, each with its figure (was the winner alone), and "the
    # second one" next is the second of the ranking (was the winner)
    assert ranked.intent == "superlative" and ranked.projects == top, ranked.text
    assert all(kb.projects[p].name in ranked.text for p in top), ranked.text
    assert asked.projects == (second,), asked.text


@pytest.mark.parametrize("turns,rest", [
    # after some of a list were talked about: the ones of it not talked about since
    (("List the projects that ended in 2019", "which one of these started first?",
      "who led the rest?"), {"magia", "northopedics"}),
    (("Welche Projekte endeten 2019?", "Welches davon begann zuerst?", "Und das zweite davon?",
      "Und die restlichen?"), {"northopedics"}),
    # right after a list under conditions: the projects it left out
    (("Which projects were led by Life Science Nord?", "and the others, who led them?"),
     {"bonebank", "magia", "bridge53", "elise", "hiheal", "magia2market", "northopedics",
      "pilot"}),
    # after each of a ranking of three was talked about: the projects besides them
    (("Which three projects ran longest?", "who funded the second one?", "and the third?",
      "and the others?"),
     {"bfcc", "innoreact", "kick", "magia", "magia2market", "northopedics", "pilot"}),
])
def test_the_rest_of_a_list_is_its_projects_not_talked_about(
        kb: KnowledgeBase, turns: tuple[str, ...], rest: set[str]) -> None:
    # Given a list, some of it talked about, then "the rest" / "die restlichen"
    reply = ask(kb, *turns)[-1]
    # Then the question is asked of each of the rest (was not understood, or only the one
    # talked about last)
    assert set(reply.projects) == rest, reply.text
    assert reply.intent != "fallback", reply.text


def test_the_other_members_of_a_project_are_no_rest_of_a_list(kb: KnowledgeBase) -> None:
    # Given a project's partners talked about, then "die anderen Cluster" (a noun after it)
    reply = ask(kb, "Welche Projekte endeten 2019?", "Welche Cluster waren bei MAGIA dabei?",
                "Wer waren die anderen Cluster?")[-1]
    # Then the clusters of the project, not the rest of the list
    assert reply.projects == ("magia",), reply.text


def test_a_claim_of_the_rest_is_checked_of_those(kb: KnowledgeBase) -> None:
    # Given a list, its first two talked about, then a claim of the rest (NORTHOPEDICS left)
    reply = ask(kb, "Which projects ended in 2019?", "which one started first?",
                "and the second?", "the rest were in Schleswig-Holstein?")[-1]
    # Then the claim of the one left (was not understood)
    assert reply.projects == ("northopedics",) and reply.text.startswith("Yes."), reply.text


@pytest.mark.parametrize("turns,unsure", [
    # the page: LSN led BFCC; it names no lead for NORTHOPEDICS, and for HIHeal only LSN as one
    # of its two clusters; UKSH Lübeck led BONEBANK
    (("Which projects ran in 2016?", "which of them were led by Life Science Nord?"),
     ("HIHeal", "NORTHOPEDICS")),
    (("Welche Projekte endeten 2019?", "Welches davon wurde von LSN geleitet?"),
     ("NORTHOPEDICS",)),
])
def test_which_of_a_list_an_organisation_led_names_those_the_page_names_no_lead_for(
        kb: KnowledgeBase, turns: tuple[str, ...], unsure: tuple[str, ...]) -> None:
    # Given a list, then which of it an organisation led (one it did)
    reply = ask(kb, *turns)[-1]
    # Then that one, and those of the list the page names no lead for (was that one alone)
    # (the list narrowed: `list`, docs/labels.md, flipped in session 18)
    assert reply.intent == "list" and reply.projects == ("bfcc",), reply.text
    last = reply.text.splitlines()[-1]
    assert all(name in last for name in unsure) and "BONEBANK" not in last, reply.text


@pytest.mark.parametrize("turns,narrowed", [
    (("Which projects ran in 2016?", "and which were Interreg funded?"), ("bfcc", "bonebank")),
    (("Welche Projekte endeten 2019?", "Und welche wurden von der EU gefördert?"),
     ("bfcc", "magia", "northopedics")),
])
def test_and_which_with_another_condition_right_after_a_list_by_date_narrows_it(
        kb: KnowledgeBase, turns: tuple[str, ...], narrowed: tuple[str, ...]) -> None:
    # Given a list by date, then "and which …" with a funder
    reply = ask(kb, *turns)[-1]
    # Then those of the list (was every project the funder paid for: ELISE, 2017-2021)
    assert reply.intent == "list" and reply.projects == narrowed, reply.text


@pytest.mark.parametrize("turns,pid", [
    (("Rank the projects by duration, longest first", "Und das zweite in der Liste?"),
     "bonebank"),
    (("Rank the projects by duration, longest first", "and the third on the list?"), "elise"),
])
def test_a_place_in_the_list_picks_that_project_of_it(kb: KnowledgeBase, turns: tuple[str, ...],
                                                      pid: str) -> None:
    # Given a sorted list, then a place in it with the word "list"
    reply = ask(kb, *turns)[-1]
    # Then that project of the list, in its order (was the list of all projects again)
    assert reply.projects == (pid,), reply.text


@pytest.mark.parametrize("messages,named", [
    # the page: HIHeal 6 years 9 months; BONEBANK and ELISE 5 years each; P.I.L.O.T. 3 years
    # and 3 months
    (("which project ran second longest?",), ("bonebank", "elise")),
    (("which project ran longest", "and the second longest?"), ("bonebank", "elise")),
    (("which project was the third longest?",), ("pilot",)),
    # BONEBANK started in September 2015, BFCC in March 2016
    (("what was the second earliest project?",), ("bfcc",)),
    # German joins the ordinal to the superlative in one word
    (("welches projekt lief am längsten", "und am zweitlängsten?"), ("bonebank", "elise")),
    (("Welches war das zweitälteste Projekt?",), ("bfcc",)),
    # an ordinal with a start or end verb ranks by that date
    (("which project started second?",), ("bfcc",)),
    (("welches projekt begann als zweites?",), ("bfcc",)),
    (("which was the second to end?",), ("northopedics",)),
])
def test_an_ordinal_before_a_superlative_names_the_projects_in_that_place(
        kb: KnowledgeBase, messages: tuple[str, ...], named: tuple[str, ...]) -> None:
    # When a place in a ranking is asked ("the second longest", "started second")
    reply = ask(kb, *messages)[-1]
    # Then the projects in that place, those level with each other sharing it (BONEBANK and
    # ELISE both second, so P.I.L.O.T. is third), not the ranking down to it nor the list
    assert reply.intent == "superlative" and reply.projects == named, reply.text


@pytest.mark.parametrize("text,amount", [
    ("which got the second most money", "442,000"),
    ("which project had the second highest budget?", "442,000"),
    ("welches projekt hatte die zweitgrößte förderung", "442.000"),
    ("welches projekt hatte das zweitmeiste geld?", "442.000"),
])
def test_the_second_place_of_a_ranking_named_by_a_phrase_is_that_place(
        kb: KnowledgeBase, text: str, amount: str) -> None:
    # Given a new chat
    # When the second place of a ranking is asked whose name is a phrase ("most money",
    # "größte Förderung")
    reply = ask(kb, text)[0]
    # Then it is KI#CK (the page: about 193,000 and 249,000 euros) after ELISE's
    # €1,217,494, the page giving amounts for those two alone; not the first place again
    assert reply.intent == "superlative" and reply.projects == ("kick",), reply.text
    assert amount in reply.text and "ELISE" in reply.text, reply.text


def test_which_of_the_two_after_a_shared_place_means_those_two(kb: KnowledgeBase) -> None:
    # Given "und am zweitlängsten?" answered with the two level in second place
    reply = ask(kb, "welches projekt lief am längsten", "und am zweitlängsten?",
                "welches von beiden hatte mehr geld")[-1]
    # Then "welches von beiden" are BONEBANK and ELISE, not the first place's HIHeal
    assert set(reply.projects) == {"bonebank", "elise"}, reply.text


@pytest.mark.parametrize("messages,head,first", [
    (("how many ERDF?", "and Interreg?", "and the others?", "oldest one?"),
     "Among the 7 projects just listed:", "HIHeal started first"),
    (("Welche Projekte sind 2016 gestartet?", "und welches hat als erstes angefangen?"),
     "Unter den 3 eben genannten Projekten:", "Als Erstes begann BFCC"),
])
def test_a_ranking_of_the_last_list_says_so_where_all_projects_would_rank_another(
        kb: KnowledgeBase, messages: tuple[str, ...], head: str, first: str) -> None:
    # Given a list that leaves out the project that leads over all (BONEBANK, from 2015)
    reply = ask(kb, *messages)[-1]
    # When a ranking follows that doesn't point back to it ("oldest one?")
    # Then it ranks that list, and its head says so
    assert reply.text.startswith(f"{head}\n{first}"), reply.text


def test_a_ranking_of_the_last_list_led_by_the_overall_leader_has_no_head(
        kb: KnowledgeBase) -> None:
    # Given the Interreg projects listed, BONEBANK among them
    reply = ask(kb, "which projects were funded by Interreg?", "and which one started first?")[-1]
    # Then BONEBANK leads, as it does over all: no head
    assert reply.text.startswith("BONEBANK started first"), reply.text


@pytest.mark.parametrize("messages,order", [
    # The page: BONEBANK from September 2015, BFCC from March 2016 to February 2019,
    # NORTHOPEDICS from 21 June 2016; ELISE from 1 January 2017 to 31 December 2021, MAGIA in
    # 2018 and 2019
    (("rank BFCC, BONEBANK and NORTHOPEDICS by start date pls, earliest first",),
     ("bonebank", "bfcc", "northopedics")),
    (("Ordnen Sie bitte MAGIA, BFCC und ELISE nach Startdatum.", "Und das letzte – wer hat es "
      "gefördert?"), ("bfcc", "elise", "magia")),
    # "and ELISE by start" is no question of its own ("bfcc start and bonebank end?" is)
    (("sort MAGIA, BFCC and ELISE by start, newest first", "the last one - who funded it?"),
     ("magia", "elise", "bfcc")),
    (("sort MAGIA, BFCC and ELISE by start", "who funded the second one?"),
     ("bfcc", "elise", "magia")),
    (("can you sort MAGIA, BFCC and ELISE by start date in descending order?",
      "and the first one - who funded it?"), ("magia", "elise", "bfcc")),
    (("Ordnen Sie MAGIA, BFCC und ELISE nach Startdatum, absteigend.", "das zweite: wer hat "
      "das gefördert?"), ("magia", "elise", "bfcc")),
    # (BONEBANK ended in August 2020, HIHeal on 31 December 2022)
    (("order BFCC, HIHeal and BONEBANK by end date, latest first",),
     ("hiheal", "bonebank", "bfcc")),
    (("Sortieren Sie ELISE, MAGIA und BFCC nach Laufzeit, aufsteigend",),
     ("magia", "bfcc", "elise")),
])
def test_projects_named_to_be_sorted_are_answered_and_picked_in_that_order(
        kb: KnowledgeBase, messages: tuple[str, ...], order: tuple[str, ...]) -> None:
    # When named projects are asked for in an order (earliest first unless asked otherwise)
    replies = ask(kb, *messages)
    # Then one ranking, each said in that order, and "the last one", "the second one" are
    # the project at that place of it
    assert replies[0].intent == "superlative", replies[0].text
    assert replies[0].projects == order, replies[0].text
    assert [replies[0].text.index(kb.projects[p].name) for p in order] == sorted(
        replies[0].text.index(kb.projects[p].name) for p in order)
    if len(replies) > 1:
        place = {"letzte": -1, "last": -1, "zweite": 1, "second": 1, "first": 0}
        at = next(v for k, v in place.items() if k in messages[1])
        assert replies[1].projects == (order[at],), replies[1].text
        assert replies[1].intent == "funding", replies[1].text


@pytest.mark.parametrize("messages", [
    ("sort BONEBANK, BFCC, HIHeal and NORTHOPEDICS by start", "who funded the second one?",
     "which of the four ran longest?"),
    ("Sortieren Sie bitte BONEBANK, BFCC, HIHeal und NORTHOPEDICS nach Projektstart.",
     "Und das zweite davon – wer hat das gefördert?", "Welches von den vieren lief am längsten?"),
])
def test_the_projects_sorted_are_still_the_group_of_that_many_after_one_was_picked(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given four projects named and sorted, then a question about the second of them
    replies = ask(kb, *messages)
    # When "which of the four" is ranked next / Then those four, each with its figure (the
    # page: HIHeal ran longest of them, 1 April 2016 to 31 December 2022), not every project
    assert replies[2].intent == "superlative", replies[2].text
    assert replies[2].projects[0] == "hiheal"
    assert set(replies[2].projects) == set(replies[0].projects), replies[2].text


@pytest.mark.parametrize("messages,picked", [
    # the page: Interreg funded BFCC, BONEBANK and ELISE; InnoReAct, MAGIA2Market and
    # P.I.L.O.T. ended in 2023
    (("which projects were funded by Interreg?", "which projects ended in 2023?",
      "the second project in your first list - who led it?", "and the third one of the first "
      "list?", "what about the first one in the second list?"),
     ("bonebank", "elise", "innoreact")),
    (("Welche Projekte wurden von Interreg gefördert?", "Welche Projekte endeten 2023?",
      "Das zweite Projekt aus Ihrer ersten Liste – wer hat es geleitet?",
      "und das dritte der ersten Liste?", "Und das erste aus der zweiten Liste?"),
     ("bonebank", "elise", "innoreact")),
    (("which projects were funded by Interreg?", "which projects ended in 2023?",
      "who led the first one from the previous list?"), ("bfcc",)),
    (("Welche Projekte wurden von Interreg gefördert?", "Welche Projekte endeten 2023?",
      "Wer leitete das zweite Projekt aus Liste 1?", "the 3rd one of list no. 1 - who led it?"),
     ("bonebank", "elise")),
])
def test_a_project_picked_by_its_place_in_an_earlier_list_is_of_that_list(
        kb: KnowledgeBase, messages: tuple[str, ...], picked: tuple[str, ...]) -> None:
    # Given two lists, then a project picked by its place in one of them, named by its place
    replies = ask(kb, *messages)[2:]
    # Then the project at that place of the list named (not of the last list), and the
    # question asked (the lead) of it
    assert tuple(r.projects[0] for r in replies) == picked, [r.text for r in replies]
    assert all(r.intent == "lead" for r in replies), [r.text for r in replies]


@pytest.mark.parametrize("messages,picked,intent", [
    # the page: BFCC started in March 2016, ELISE on 1 January 2017, MAGIA in 2018; ended in
    # 2019: BFCC, MAGIA and NORTHOPEDICS
    (("Ordnen Sie bitte BFCC, ELISE und MAGIA nach Startdatum.",
      "Das mittlere – wer hat das gefördert?"), "elise", "funding"),
    (("sort MAGIA, ELISE and BFCC by start", "and the middle one - who funded it?"), "elise",
     "funding"),
    (("which projects ended in 2019?", "who led the middle one?"), "magia", "lead"),
])
def test_the_middle_one_of_an_odd_number_is_the_one_at_its_place(
        kb: KnowledgeBase, messages: tuple[str, ...], picked: str, intent: str) -> None:
    # Given three projects listed or sorted, then "the middle one"
    reply = ask(kb, *messages)[-1]
    # Then the second of them (was each one's answer, or "middle" taken for a project name)
    assert (reply.intent, reply.projects) == (intent, (picked,)), reply.text


@pytest.mark.parametrize("messages,picked", [
    # the page: BFCC from March 2016, ELISE from 1 January 2017; of KI#CK no dates
    (("sort BFCC, KI#CK and ELISE by start", "the last one?"), "kick"),
    (("Sortieren Sie KI#CK, ELISE und BFCC nach Startdatum", "und das letzte?"), "kick"),
])
def test_the_last_one_of_projects_sorted_is_the_last_as_sorted_also_without_a_date(
        kb: KnowledgeBase, messages: tuple[str, ...], picked: str) -> None:
    # Given projects named and sorted by start, one of which the page gives no start for
    replies = ask(kb, *messages)
    assert replies[0].projects[-1] == picked, replies[0].text
    # Then "the last one" is that one, said last (was the ranking again from its other end)
    assert replies[1].projects == (picked,), replies[1].text


@pytest.mark.parametrize("messages,alone", [
    (("which ones overlapped with MAGIA?", "which ones ended in 2023?"),
     "Which projects ended in 2023?"),
    (("which ones overlapped with MAGIA?", "how many of them ended in 2023?"),
     "Which projects ended in 2023?"),
    (("Which projects ran longer than 4 years", "which of those did LSN lead?"),
     "Which projects did LSN lead?"),
    (("Welche Projekte liefen länger als 4 Jahre?", "Welche davon endeten 2023?"),
     "Welche Projekte endeten 2023?"),
    (("Welche Projekte liefen länger als 4 Jahre?", "und welche davon hat LSN geleitet?"),
     "Welche Projekte hat LSN geleitet?"),
])
def test_a_list_narrowed_to_nothing_says_none_of_those_and_names_all_that_fit(
        kb: KnowledgeBase, messages: tuple[str, ...], alone: str) -> None:
    # Given a list, then a condition none of it meets, though other projects do
    replies = ask(kb, *messages)
    fit = ask(kb, alone)[0]
    listed = [p for p in replies[0].projects if p != "magia"]  # ("overlapped with MAGIA":
    # MAGIA's own dates first, the list without it)
    assert fit.projects and not set(fit.projects) & set(listed)
    reply = replies[-1]
    first = reply.text.split("\n")[0]
    # Then the "none" is said of that list, naming it (not "Projects that ended in 2023:
    # none.", which reads as of every project; those it gives no lead for in a note), and
    # the projects of all that fit are named
    assert all(kb.projects[p].name in reply.text for p in listed), reply.text
    assert kb.projects[listed[0]].name in first
    assert not first.rstrip(".").endswith(("none", "keine", "keines")), first
    assert all(kb.projects[p].name in reply.text for p in fit.projects), reply.text
    assert set(fit.projects) <= set(reply.projects) and reply.language == fit.language
    if "LSN" in alone:  # InnoReAct told as the page tells it: run by the cluster management
        assert "LSN" in reply.text.split(kb.projects["innoreact"].name)[-1]


@pytest.mark.parametrize("messages", [
    ("Welche Projekte liefen 2020?", "nur die mit Interreg bitte"),
    ("Welche Projekte liefen 2020?", "nur die von Interreg"),
    ("which projects ran in 2020?", "only the Interreg ones please"),
    ("which projects ran in 2020?", "only those with Interreg"),
    ("which projects ran in 2020?", "just the Interreg ones"),
])
def test_only_those_with_a_condition_right_after_a_list_narrows_that_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a list, then "only the ones with" a condition, nothing asked beside it
    listed, reply = ask(kb, *messages)
    # Then that list is narrowed by it (as "und davon welche mit Interreg?"): no "which
    # project do you mean?", no "not understood", and no project from outside the list (BFCC,
    # Interreg too, ended in 2019)
    interreg = {p.id for p in kb.projects.values()
                if any(f == "interreg" or "interreg" in kb.funders[f].part_of for f in p.funding)}
    assert reply.intent == "list" and reply.answered, reply.text
    assert set(reply.projects) == interreg & set(listed.projects) != set(), reply.text
    assert reply.language == listed.language


def test_nur_die_in_a_place_is_those_in_it_not_those_only_in_it(kb: KnowledgeBase) -> None:
    # "nur die in Dänemark": the projects of the list in Denmark (BONEBANK, also in Germany)
    _, reply = ask(kb, "Welche Projekte liefen 2020?", "nur die in Dänemark")
    assert reply.intent == "list" and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("follow_up,order", [
    ("sort them by start date", "start"),
    ("sortiert nach Beginn bitte", "start"),
    ("Sortiere sie nach Beginn", "start"),
    ("chronologisch bitte", "start"),
    ("sort by end date", "end"),
])
def test_sort_them_right_after_a_list_lists_that_list_in_that_order(
        kb: KnowledgeBase, follow_up: str, order: str) -> None:
    # Given a list (A–Z), then a request to sort it
    listed, reply = ask(kb, "which projects ran longer than 4 years", follow_up)
    # Then the same projects come as a list in that order (was each one's start in A–Z order,
    # or "which one do you mean?"), by the page's dates
    assert reply.intent == "list" and set(reply.projects) == set(listed.projects), reply.text
    dates = [getattr(kb.projects[p], order) for p in reply.projects]
    assert dates == sorted(dates), reply.text


@pytest.mark.parametrize("messages,projects", [
    # the page: BFCC "brought together 13 organisations from seven countries" (none named);
    # KI#CK ran with Technische Hochschule Lübeck and oncampus GmbH
    (("Welche Projekte hat LSN geleitet?", "Wie viele Organisationen waren bei BFCC dabei?",
      "Aus welchen Ländern?", "Welche Organisationen waren das genau?"), ("bfcc",)),
    (("Which projects did LSN lead?", "How many organisations were in BFCC?",
      "From which countries?", "which organisations were those exactly?"), ("bfcc",)),
    (("Welche Projekte hat LSN geleitet?", "Wann lief KI#CK?", "Welche Partner waren das?"),
     ("kick",)),
])
def test_which_members_were_those_after_one_project_stays_with_it(
        kb: KnowledgeBase, messages: tuple[str, ...], projects: tuple[str, ...]) -> None:
    # Given a list, then questions about one project of it
    reply = ask(kb, *messages)[-1]
    # Then "which organisations were those?" asks that project's members, not each listed one's
    assert (reply.intent, reply.projects) == ("partners", projects), reply.text


def test_which_partners_were_those_right_after_a_list_asks_each_listed(kb: KnowledgeBase
                                                                       ) -> None:
    # Given a list just shown, then "which partners were those?": still of the list
    reply = ask(kb, "Welche Projekte hat LSN geleitet?", "Welche Partner waren das?")[-1]
    assert reply.projects == ("bfcc", "innoreact", "kick"), reply.text


@pytest.mark.parametrize("turns,rest", [
    (("how many projects did Interreg fund?", "which one was under Interreg Europe?",
      "and the programmes of the other two?"), ("bfcc", "bonebank")),
    (("Wie viele Projekte hat Interreg gefördert?", "welches lief unter Interreg Europe?",
      "und die Programme der anderen beiden?"), ("bfcc", "bonebank")),
    (("Welche Projekte hat Interreg gefördert?", "welches wurde von Interreg Europe gefördert?",
      "wer leitete die beiden anderen?"), ("bfcc", "bonebank")),
])
def test_a_funder_all_of_whose_projects_are_in_the_list_picks_from_it(
        kb: KnowledgeBase, turns: tuple[str, ...], rest: tuple[str, ...]) -> None:
    # Given the Interreg projects, then the one under Interreg Europe (a funder all of whose
    # projects are in that list), then "the other two"
    replies = ask(kb, *turns)
    # Then the pick is ELISE, and "the other two" are the rest of the list, not every other
    # project the page names (was: all projects, or ELISE again)
    assert replies[1].projects == ("elise",), replies[1].text
    assert replies[2].projects == rest, replies[2].text


@pytest.mark.parametrize("turns,picked", [
    (("ok, welche Projekte kennst du denn?", "welches davon war zum Thema KI?"), ("kick",)),
    (("Welche Projekte hat das Land Schleswig-Holstein gefördert?",
      "welches davon war zum Thema Präzisionsmedizin?"), ("pilot",)),
    (("Which projects did the State of Schleswig-Holstein fund?",
      "which of them was on the topic of AI?"), ("kick",)),
    (("Welche Projekte gab es 2016?", "und welches davon hatte das Thema Hygiene?"),
     ("hiheal",)),
])
def test_which_of_them_on_a_topic_narrows_the_list(
        kb: KnowledgeBase, turns: tuple[str, ...], picked: tuple[str, ...]) -> None:
    # Given a list of projects
    # When one of them is asked for by its topic, in the words "zum Thema", "on the topic of"
    reply = ask(kb, *turns)[-1]
    # Then the list narrows to it (a list, as every set labels it), not its overview card
    assert (reply.intent, reply.projects) == ("list", picked), reply.text


@pytest.mark.parametrize("turns,picked", [
    (("Which projects dealt with bones or fractures?", "which of them was led by the UKSH?",
      "and which one had Schleswig-Holstein money in it?"), ("northopedics",)),
    (("Welche Projekte gab es zu Knochen?", "und welches hatte Geld vom Land Schleswig-Holstein?"),
     ("northopedics",)),
    (("Which projects were about bones?", "and which one got ERDF funding?"),
     ("bonebank", "northopedics")),
    # a funder of none of the list: its own projects
    (("Welche Projekte gab es zu Knochen?", "und welches bekam ESF-Mittel?"), ("kick",)),
])
def test_which_one_with_a_funder_of_some_of_the_list_picks_from_it(
        kb: KnowledgeBase, turns: tuple[str, ...], picked: tuple[str, ...]) -> None:
    # Given the bone projects (BFCC, BONEBANK, NORTHOPEDICS), perhaps one picked from them
    # When "which one" names a funder of some of them (Schleswig-Holstein: NORTHOPEDICS, and
    # KI#CK and P.I.L.O.T. beyond the list)
    reply = ask(kb, *turns)[-1]
    # Then those of the list it funded, not every project it funded
    assert reply.projects == picked, reply.text


@pytest.mark.parametrize("turns", [
    ("Welche Projekte wurden vom Land Schleswig-Holstein mitfinanziert?",
     "Welches davon lief am längsten?", "und bei welchem kennt man die Fördersumme?"),
    ("Welche Projekte wurden vom Land Schleswig-Holstein mitfinanziert?",
     "und bei welchem kennt man die Fördersumme?"),
    ("Which projects did Schleswig-Holstein co-fund?", "and for which one is the amount known?"),
])
def test_which_one_has_an_amount_right_after_a_list_narrows_it(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given the projects Schleswig-Holstein co-funded (KI#CK, NORTHOPEDICS, P.I.L.O.T.), then
    # which one of them has a known amount
    reply = ask(kb, *turns)[-1]
    # Then the one the page gives an amount for, with it (was "which one do you mean?")
    assert reply.intent == "list" and reply.projects == ("kick",), reply.text
    assert reply.answered, reply.text


@pytest.mark.parametrize("turns,said", [
    (("which LSN projects dealt with MedTech internationalisation?",
      "which of them had Japan as a target?",
      "and the older one, which EU programme paid for it?"), "COSME"),
    (("which LSN projects dealt with MedTech internationalisation?",
      "which of them had Japan as a target?", "und das ältere, wer hat es gefördert?"), "COSME"),
])
def test_the_older_one_after_a_list_of_two_narrowed_to_one_is_the_other(
        kb: KnowledgeBase, turns: tuple[str, ...], said: str) -> None:
    # Given a list of two (MAGIA, MAGIA2Market) narrowed to one (MAGIA2Market, with Japan)
    reply = ask(kb, *turns)[-1]
    # Then "the older one" is the older of those two, MAGIA (2018), funded by COSME (was the
    # oldest of all projects, BONEBANK)
    assert reply.projects == ("magia",) and said in reply.text, reply.text


@pytest.mark.parametrize("dialog", [
    ("Welche Projekte endeten 2019?", "Und welche begannen 2016?", "Welche davon waren beides?"),
    ("Which projects ended in 2019?", "and which started in 2016?", "which were both?"),
])
def test_which_were_both_after_two_lists_is_the_projects_in_both(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given the page: ended 2019 BFCC, MAGIA, NORTHOPEDICS; began 2016 BFCC, HIHeal (ended
    # 2022), NORTHOPEDICS
    reply = ask(kb, *dialog)[-1]
    # Then those in both lists (was: the last list again, HIHeal with it)
    assert reply.intent == "list" and set(reply.projects) == {"bfcc", "northopedics"}, reply.text


@pytest.mark.parametrize("question", [
    "Welche Projekte liefen 2019 und 2020 beide?",
    "which projects ran in 2019 and 2020 both?",
    "Welche Projekte liefen in beiden Jahren, 2019 und 2020?",
])
def test_two_years_with_both_after_them_are_each_a_condition(
        kb: KnowledgeBase, question: str) -> None:
    # Given the page: running in 2019 and in 2020 BONEBANK, ELISE, HIHeal (BFCC, NORTHOPEDICS
    # and MAGIA ended in 2019; MAGIA2Market and P.I.L.O.T. began in 2020)
    reply = ask(kb, question)[0]
    # Then those three (was: the range between, eight projects)
    assert set(reply.projects) == {"bonebank", "elise", "hiheal"}, reply.text
    # while a range said as one stays the range
    wide = ask(kb, "Welche Projekte liefen zwischen 2019 und 2020, beide inklusive?")[0]
    assert len(wide.projects) == 8, wide.text


@pytest.mark.parametrize("turns,intent", [
    (("Welche Projekte hat das Land Schleswig-Holstein mitfinanziert?",
      "Bei welchem davon ist ein Betrag genannt?",
      "Und die anderen beiden – von wann bis wann liefen die?"), "dates"),
    (("which projects did Schleswig-Holstein co-fund?",
      "for which one does the page give an amount?", "and the other two - when did they run?"),
     "dates"),
    (("Welche Projekte wurden von Interreg gefördert?", "Welches davon wurde vom UKSH geleitet?",
      "und die übrigen, wer hat die geleitet?"), "lead"),
    (("which projects were funded by Interreg?", "which of them was led by UKSH?",
      "the rest - when did they end?"), "end"),
])
def test_the_rest_after_a_list_narrowed_to_one_is_the_list_before_it(
        kb: KnowledgeBase, turns: tuple[str, ...], intent: str) -> None:
    # Given a list narrowed to one ("which of them …?"), then the rest, said before the
    # question as its topic or with it
    replies = ask(kb, *turns)
    # Then the question is asked of the others of the list before (was: of the one it was
    # narrowed to, or of every other project on the page)
    first, narrowed, reply = replies
    assert len(narrowed.projects) == 1, narrowed.text
    others = set(first.projects) - set(narrowed.projects)
    assert reply.intent == intent and set(reply.projects) == others, reply.text


@pytest.mark.parametrize("question,ends", [
    ("the last two - who funded them?", -2),
    ("Die letzten beiden – wann endeten die?", -2),
    ("die beiden letzten - wer hat die gefördert?", -2),
    ("the first two - who funded them?", 2),
    ("Die ersten drei: wann haben die angefangen?", 3),
])
def test_the_first_or_last_few_of_a_list_are_that_many_of_it(
        kb: KnowledgeBase, question: str, ends: int) -> None:
    # Given the projects running in 2017 in order of start: BONEBANK, BFCC, HIHeal,
    # NORTHOPEDICS, ELISE
    listed = ask(kb, "Which projects were running in 2017? Oldest first please.")[0].projects
    replies = ask(kb, "Which projects were running in 2017? Oldest first please.", question)
    # Then that many from the list's start or end (was: the last one alone, or the first)
    assert replies[1].projects == (listed[ends:] if ends < 0 else listed[:ends]), replies[1].text


def test_after_the_last_two_of_a_list_those_two_are_ranked_and_the_first_is_the_lists(
        kb: KnowledgeBase) -> None:
    # Given the Interreg projects by start (BONEBANK, BFCC, ELISE), then their last two
    dialog = ("Welche Projekte wurden über Interreg gefördert? Bitte chronologisch.",
              "Die letzten beiden – wann endeten die?")
    replies = ask(kb, *dialog, "Welches der beiden lief länger?")
    assert replies[1].projects == ("bfcc", "elise")
    # Then "which of the two" ranks those two by their run (ELISE 5 years, BFCC 3)
    assert set(replies[2].projects) == {"bfcc", "elise"} and replies[2].projects[0] == "elise"
    # and "the first" next is the list's first, not BFCC
    reply = ask(kb, *dialog, "Und beim ersten, wo wurde das Knochenmaterial entnommen?")[2]
    assert reply.projects == ("bonebank",)
    # and "which of the last two ran longer?" ranks the last two by their run
    reply = ask(kb, "Which projects were running in 2017? Oldest first please.",
                "which of the last two ran longer?")[1]
    assert reply.projects == ("elise", "northopedics") and "5 years" in reply.text


@pytest.mark.parametrize("question,funder", [
    ("which one was under the German-Danish programme?", "bonebank"),
    ("und welches lief über das deutsch-dänische Programm?", "bonebank"),
    ("which of them got money from the German-Danish Interreg?", "bonebank"),
    ("welches davon wurde über das Ostseeprogramm gefördert?", "bfcc"),
])
def test_an_interreg_programme_named_by_its_countries_or_sea_picks_from_the_list(
        kb: KnowledgeBase, question: str, funder: str) -> None:
    # Given the Interreg projects (the page: BONEBANK by Interreg Deutschland-Danmark, BFCC by
    # the Interreg Baltic Sea Region Programme 2014-2020, ELISE by Interreg Europe)
    replies = ask(kb, "which of your projects were Interreg-funded?", question)
    assert set(replies[0].projects) == {"bfcc", "bonebank", "elise"}
    # Then the programme named by its two countries or its sea is that programme: the one of
    # the list it funded
    assert replies[1].intent == "list" and replies[1].projects == (funder,), replies[1].text
    assert replies[1].answered, replies[1].text
