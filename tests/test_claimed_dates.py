"""A day or a month claimed as a project's start or end, checked at the page's own precision.

The page dates some projects to the day (P.I.L.O.T.: 1 January 2020 – 31 March 2023), some to
the month (BFCC: March 2016 – February 2019; MAGIA2Market: September 2020 – February 2023) and
some by year only (MAGIA: 2018 – 2019). A claim finer than the page's date is neither confirmed
nor denied; a claim that cannot meet it is denied. The facts here are the page's, written out.
"""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase, PartialDate
from bot.measures import claimed_dates


@pytest.mark.parametrize("text,dates", [
    ("laut Liste der 30.6.2019", ((2019, 6, 30),)),
    ("ending 2019-06-30", ((2019, 6, 30),)),
    ("on the 30th of June 2019", ((2019, 6, 30),)),
    ("June 30, 2019", ((2019, 6, 30),)),
    ("am 30. Juni 2019", ((2019, 6, 30),)),
    ("im Juni 2019", ((2019, 6, None),)),
    ("13/06/2019", ((2019, 6, 13),)),
    ("06/05/2019", ((2019, 5, 6), (2019, 6, 5))),  # day first or month first: both readings
    ("in 2019 with 13 partners", ()),
])
def test_a_date_finer_than_a_year_is_read_in_each_way_it_is_written(
        text: str, dates: tuple[tuple[int, int, int | None], ...]) -> None:
    # given a message naming a date / when it is read / then each reading of it, none for years
    assert claimed_dates(text) == tuple(PartialDate(*d) for d in dates)


@pytest.mark.parametrize("question,start,fact", [
    # given a project dated to the day: a wrong day is a "no", the right one a "yes"
    ("Endete NORTHOPEDICS am 31.07.2019?", "Nein.", "30. Juni 2019"),
    ("did northopedics finish on 30 June 2019?", "Yes.", "30 June 2019"),
    ("Did ELISE kick off on 1st February 2017?", "No.", "1 January 2017"),
    ("Begann InnoReAct am 1. Januar 2022?", "Ja.", "1. Januar 2022"),
    # a date stated as a noun ("Projektende", "end date"), then asked to be confirmed
    ("Unser Bericht nennt den 30.09.2019 als Projektende von NORTHOPEDICS – ist das korrekt?",
     "Nein.", "30. Juni 2019"),
    ("our records give 31/12/2022 as the end date of InnoReAct, does that match your page?",
     "No.", "28 February 2023"),
    # given a project dated to the month: another month is a "no", its month a "yes"
    ("Did BFCC begin in April 2016?", "No.", "March 2016"),
    ("Startete MAGIA2Market im September 2020?", "Ja.", "September 2020"),
    # a different year denies the claim even where the page gives only years
    ("Did MAGIA end on 15 March 2020?", "No.", "2019"),
])
def test_a_claimed_date_is_confirmed_or_denied_where_the_page_settles_it(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # when the claim is checked / then the verdict and the page's date
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("question,note", [
    # given a project dated by year only: a month or a day in that year is not settled
    ("Did MAGIA finish on 30 November 2019?", "only the year"),
    ("Endete MAGIA im Dezember 2019?", "nur das Jahr"),
    ("Ist der 1.3.2018 als Projektbeginn von MAGIA richtig?", "nur das Jahr"),
    # given a project dated to the month: a day in that month is not settled
    ("Did MAGIA2Market wrap up on 28 February 2023?", "only the month"),
    ("Begann BFCC am 1. März 2016?", "nur den Monat"),
])
def test_a_date_finer_than_the_page_gives_is_neither_confirmed_nor_denied(
        kb: KnowledgeBase, question: str, note: str) -> None:
    # when the claim is checked / then no verdict, the page's date and what it lacks
    reply = answer(question, State(), kb)
    assert not reply.answered and note in reply.text, reply.text
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text


def test_a_date_that_reads_two_ways_is_settled_only_where_both_readings_agree(
        kb: KnowledgeBase) -> None:
    # given 03/01/2022, the third of January or the first of March, and InnoReAct's start on
    # 1 January 2022 / when checked / then neither reading is its start: "no"
    reply = answer("did InnoReAct start on 03/01/2022?", State(), kb)
    assert reply.text.startswith("No.") and "1 January 2022" in reply.text, reply.text


@pytest.mark.parametrize("question,intent,note", [
    ("MAGIA's end date please, with day and month", "end", "only the year, not the day"),
    ("Wann genau startete BFCC? Tag und Monat bitte", "start", "nur den Monat, nicht den Tag"),
])
def test_a_question_for_the_day_says_what_the_page_lacks(
        kb: KnowledgeBase, question: str, intent: str, note: str) -> None:
    # given a question for a date to the day / when the page gives less / then its date and
    # what it lacks, not answered, and no summary card besides
    reply = answer(question, State(), kb)
    assert reply.intent == intent and not reply.answered and note in reply.text, reply.text
    assert len(reply.text.splitlines()) == 2, reply.text


@pytest.mark.parametrize("messages,first", [
    (("tell me about innoreact", "was it still going in march 2023?"), "No."),
    (("Lief InnoReAct im März 2023 noch?",), "Nein."),
    (("tell me about innoreact", "was it still going in march 2023?",
      "what about P.I.L.O.T. then?"), "Yes."),
])
def test_a_month_claimed_with_still_asks_the_status(kb: KnowledgeBase, messages: tuple[str, ...],
                                                     first: str) -> None:
    # Given InnoReAct ended on 28 February 2023, P.I.L.O.T. on 31 March 2023
    state, reply = State(), None
    for text in messages:
        reply = answer(text, state, kb)
        state = reply.state
    assert reply is not None
    # When a month is claimed with "still" / "noch" / Then it is a status (was `dates`), told
    # by the run
    assert reply.intent == "status" and reply.text.startswith(first), reply.text


@pytest.mark.parametrize("question,start,intent,fact", [
    # given a run said to go "from" (ab, seit) a month: that month claimed as its start
    ("Lief NORTHOPEDICS ab Juli 2016?", "Nein.", "start", "21. Juni 2016"),
    ("Lief NORTHOPEDICS ab dem 21. Juni 2016?", "Ja.", "start", "21. Juni 2016"),
    ("Lief P.I.L.O.T. ab März 2020?", "Nein.", "start", "1. Januar 2020"),
    ("Did BONEBANK run from September 2015?", "Yes.", "start", "September 2015"),
    # given a run said to go "until" (bis) a month: that month claimed as its end
    ("Lief BONEBANK bis Juli 2020?", "Nein.", "end", "August 2020"),
    ("Did BONEBANK run until July 2020?", "No.", "end", "August 2020"),
    ("did magia2market run until the end of feb 2023", "Yes.", "end", "February 2023"),
    # given a run from a year: its start year claimed
    ("Lief NORTHOPEDICS ab 2017?", "Nein.", "start", "21. Juni 2016"),
    ("Did ELISE run from 2017?", "Yes.", "start", "1 January 2017"),
])
def test_a_run_from_or_until_a_date_claims_its_start_or_its_end(
        kb: KnowledgeBase, question: str, start: str, intent: str, fact: str) -> None:
    # when the claim is checked / then the verdict by that date, not by whether it was running
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text
    assert (reply.intent, reply.answered) == (intent, True)


@pytest.mark.parametrize("question,note", [
    # given MAGIA, dated "2018 and 2019": a month claimed as its start or end is not settled
    ("Did MAGIA run from March 2018?", "only the year"),
    ("Lief MAGIA bis Dezember 2019?", "nur das Jahr"),
])
def test_a_run_from_or_until_a_month_of_a_project_dated_by_year_is_not_settled(
        kb: KnowledgeBase, question: str, note: str) -> None:
    # when the claim is checked / then no verdict, the year and what the page lacks
    reply = answer(question, State(), kb)
    assert not reply.answered and note in reply.text, reply.text


@pytest.mark.parametrize("question,start,link", [
    ("Lief MAGIA bis Februar 2023?", "Nein.", "MAGIA2Market endete im Februar 2023"),
    ("Did MAGIA run until February 2023?", "No.", "MAGIA2Market ended in February 2023"),
    ("Did P.I.L.O.T. start in April 2023?", "No.", "P.I.L.O.T. Next Level started in April"),
])
def test_a_date_denied_of_a_project_that_its_follow_up_holds_names_the_follow_up(
        kb: KnowledgeBase, question: str, start: str, link: str) -> None:
    # Given a month claimed as a project's end or start that its follow-up has instead
    reply = answer(question, State(), kb)
    # Then the "no" stands and the follow-up the date belongs to is said after it
    assert reply.text.startswith(start) and link in reply.text, reply.text


@pytest.mark.parametrize("text,note", [
    ("Lief MAGIA bis Februar 2023?", "nur das Jahr"),
    ("Did MAGIA run until February 2023?", "only the year"),
])
def test_a_no_by_the_year_says_nothing_of_a_missing_month(
        kb: KnowledgeBase, text: str, note: str) -> None:
    # Given MAGIA, which the page says ended in 2019 (no month)
    reply = answer(text, State(), kb)
    # When a month years later is claimed
    # Then no, by the year, without "the page gives only the year, not the month" (which
    # settles nothing here), and the follow-up whose end that is
    assert reply.answered and reply.text.startswith(("No.", "Nein.")), reply.text
    assert note not in reply.text and "MAGIA2Market" in reply.text, reply.text
    # while a month within the year stays unsaid, with that note
    reply = answer("Did MAGIA end in March 2019?", State(), kb)
    assert not reply.answered and "only the year" in reply.text, reply.text
