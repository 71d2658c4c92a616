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


@pytest.mark.parametrize("question,start", [
    ("was HIHeal over by the time P.I.L.O.T. started?", "No."),  # Dec 2022 / Jan 2020
    ("was BFCC over by the time MAGIA2Market started?", "Yes."),  # Feb 2019 / Sep 2020
])
def test_by_the_time_another_project_started_is_an_order_too(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # Given "by the time", a phrase of three words that relates the two dates
    reply = answer(question, State(), kb)
    # Then the one's end against the other's start, with both (was "Yes." to HIHeal's status)
    assert reply.text.startswith(start) and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("question", [
    "was HIHeal still going when InnoReAct began?",
    "Lief BONEBANK noch, als P.I.L.O.T. endete?",
    "was HIHeal over by the time P.I.L.O.T. started?",
])
def test_a_status_at_another_projects_date_is_a_status_ask(kb: KnowledgeBase, question: str
                                                           ) -> None:
    # Given "still running" / "over" set against another project's date (the status asked)
    reply = answer(question, State(), kb)
    # Then the reply's intent is the status asked (was "end", the date that tells it)
    assert reply.intent == "status" and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("opening,question,start,both", [
    ("When did HIHeal start?", "so was it still running when InnoReAct started?", "Yes.",
     {"hiheal", "innoreact"}),  # Dec 2022 / Jan 2022
    ("Wann endete BONEBANK?", "Lief es noch, als P.I.L.O.T. endete?", "Nein.",
     {"bonebank", "pilot"}),  # Aug 2020 / Mar 2023
    ("tell me about MAGIA", "was it running while BFCC was still running?", "Yes.",
     {"magia", "bfcc"}),  # 2018-2019 / 2016-2019
])
def test_it_at_another_named_projects_date_is_the_project_talked_of(
    kb: KnowledgeBase, opening: str, question: str, start: str, both: set[str]
) -> None:
    # Given a project talked of, then "it" set against another project's date or run
    first = answer(opening, State(), kb)
    reply = answer(question, first.state, kb)
    # Then the claim is of the one talked of, against the one named (was "No." to whether
    # InnoReAct itself was still running)
    assert reply.text.startswith(start) and set(reply.projects) == both, reply.text


@pytest.mark.parametrize("question,start", [
    ("Lief ELISE schon, als BFCC noch lief?", "Ja."),  # 2017-2021 / 2016-2019
    ("Lief MAGIA2Market schon, als MAGIA noch lief?", "Nein."),  # 2020-2023 / 2018-2019
    ("was MAGIA2Market already running while MAGIA was still running?", "No."),
    ("was BONEBANK running while ELISE was active?", "Yes."),  # 2015-2020 / 2017-2021
])
def test_a_run_at_the_time_of_another_projects_run_is_an_overlap(
    kb: KnowledgeBase, question: str, start: str
) -> None:
    # Given two projects' runs, neither side naming a start or an end ("als … noch lief")
    reply = answer(question, State(), kb)
    # Then whether the runs shared any time, said with both runs (was a status of the first
    # alone: "Nein" to ELISE, which started while BFCC ran)
    assert reply.text.startswith(start) and reply.intent == "dates", reply.text
    assert len(reply.projects) == 2, reply.text


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


def _dialog(kb: KnowledgeBase, *questions: str) -> list:
    state, replies = State(), []
    for q in questions:
        reply = answer(q, state, kb)
        state = reply.state
        replies.append(reply)
    return replies


def test_a_comparison_without_a_unit_compares_what_the_answer_before_was_about(
        kb: KnowledgeBase) -> None:
    # KI#CK: about €193,000 + €249,000; ELISE: €1,217,494 (ELISE ran longer too, so only the
    # wording of the figures tells money from time)
    replies = _dialog(kb, "Wie hoch war die Förderung von KI#CK?", "War das weniger als ELISE?")
    assert replies[1].text.startswith("Ja.") and "1.217.494" in replies[1].text, replies[1].text
    assert "Jahre" not in replies[1].text.split("\n")[0], replies[1].text


def test_the_same_comparison_for_a_new_project_keeps_the_one_compared_with(
        kb: KnowledgeBase) -> None:
    # BONEBANK has no amount on the page: against ELISE it can't be told
    replies = _dialog(kb, "what was KI#CK's funding amount?", "more than ELISE got?",
                      "what about BONEBANK?")
    last = replies[2]
    assert set(last.projects) == {"bonebank", "elise"} and not last.answered, last.text


def test_an_ordinal_after_links_of_several_projects_picks_a_project_reached(
        kb: KnowledgeBase) -> None:
    replies = _dialog(kb, "Welche Vorgänger hatten MAGIA2Market und P.I.L.O.T. Next Level?",
                      "Wann endete der zweite?")
    assert replies[1].projects == ("pilot",) and "2023" in replies[1].text, replies[1].text


def test_part_of_a_pronoun_asks_what_the_project_talked_about_contained(
        kb: KnowledgeBase) -> None:
    replies = _dialog(kb, "who funded HIHeal?", "and what was part of that?")
    assert replies[1].intent == "contains" and "BRIDGE 53" in replies[1].text, replies[1].text


@pytest.mark.parametrize("first,fragment,start", [
    ("how long did BONEBANK run?", "and longer than HIHeal?", "No."),  # 5 years / 6 years 9 months
    ("Wie lange lief HIHeal?", "länger als BFCC?", "Ja."),
])
def test_a_bare_comparison_claims_it_of_the_project_talked_about(
    kb: KnowledgeBase, first: str, fragment: str, start: str
) -> None:
    replies = _dialog(kb, first, fragment)
    assert replies[1].text.startswith(start) and len(replies[1].projects) == 2, replies[1].text


def _before(kb: KnowledgeBase, a: str, b: str, event: str) -> bool:
    """Whether a's start (or end) comes before b's, by year and month (the pairs below differ in
    one of those)."""
    x, y = getattr(kb.projects[a], event), getattr(kb.projects[b], event)
    return (x.year, x.month or 0) < (y.year, y.month or 0)


@pytest.mark.parametrize("messages,event,later,subject", [
    # a statement asked back ("… before …?", no "did"), of the project talked about
    (("did hiheal run until 2022?", "and it started before northopedics?"), "start", False,
     "hiheal"),
    (("Wann endete HIHeal?", "und es begann vor NORTHOPEDICS?"), "start", False, "hiheal"),
    (("when did BONEBANK end?", "it ended after BFCC?"), "end", True, "bonebank"),
    (("HIHeal started before BFCC?",), "start", False, "hiheal"),
    (("BONEBANK endete nach BFCC?",), "end", True, "bonebank"),
    # "earlier than", "früher als" (two words) with "it": the project talked about is the subject
    (("tell me about ELISE", "did it start earlier than MAGIA?"), "start", False, "elise"),
    (("Wann begann ELISE?", "Begann es früher als MAGIA?"), "start", False, "elise"),
    (("tell me about magia", "did it finish later than hiheal?"), "end", True, "magia"),
    (("Erzähl mir von ELISE", "Endete es später als HIHeal?"), "end", True, "elise"),
])
def test_an_order_claim_of_the_project_talked_about_is_checked_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...], event: str, later: bool, subject: str
) -> None:
    # Given a project talked about (or two named), and a claim that it started or ended before
    # or after another, asked as a statement or with "earlier than"
    state = State()
    for m in messages:
        reply = answer(m, state, kb)
        state = reply.state
    # Then the claim is checked with the subject first (was: the dates of the other project
    # only, or the claim turned round: "No. MAGIA started in 2018." for ELISE, 2017)
    a, b = reply.projects
    assert a == subject, reply.text
    holds = _before(kb, b, a, event) if later else _before(kb, a, b, event)
    yes = "Yes." if reply.language == "en" else "Ja."
    no = "No." if reply.language == "en" else "Nein."
    assert reply.text.startswith(yes if holds else no) and reply.answered, reply.text


def test_an_order_fragment_after_such_a_claim_keeps_its_subject(kb: KnowledgeBase) -> None:
    # Given "it" (HIHeal) claimed to start before NORTHOPEDICS
    state = State()
    for m in ("did hiheal run until 2022?", "and it started before northopedics?",
              "before BFCC too?"):
        reply = answer(m, state, kb)
        state = reply.state
    # When "before BFCC too?" follows, the claim is HIHeal's against BFCC (was: BFCC against
    # NORTHOPEDICS), and "which of the three" then means all three
    assert reply.projects == ("hiheal", "bfcc"), reply.text
    assert reply.text.startswith("Yes." if _before(kb, "hiheal", "bfcc", "start") else "No.")
    reply = answer("ok so which of the three was first?", state, kb)
    assert set(reply.projects) == {"hiheal", "northopedics", "bfcc"}, reply.text
