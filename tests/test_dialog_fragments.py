"""Short dialog turns that lean on the turn before: "insgesamt?" after amounts, an
approximate duration claimed, a gap between two projects, what came next."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages,total", [
    (("wie viel ESF-Geld gab es für KI#CK?", "und vom Land bzw. der EU?", "also insgesamt?"),
     "442.000"),
    (("Wie viel Geld bekam KI#CK vom ESF?", "insgesamt?"), "442.000"),
    (("Wie viel ESF-Geld bekam KI#CK?", "zusammengerechnet?"), "442.000"),
    (("how much ESF money did KI#CK get?", "so in total?"), "442,000"),
])
def test_a_bare_in_total_after_amounts_is_the_total(
        kb: KnowledgeBase, messages: tuple[str, ...], total: str) -> None:
    # Given one funder's share of a project's money just answered
    # When the next turn asks only "in total?"
    reply = ask(kb, *messages)[-1]
    # Then the project's total is given, in the dialog's language
    assert reply.intent == "amount" and reply.answered and total in reply.text
    assert reply.language == ("de" if "," not in total else "en")


@pytest.mark.parametrize("messages,said,joint", [
    (("Wie viel Geld bekam KI#CK?", "Und wie viel vom Land Schleswig-Holstein?"),
     "193.000", "wie viel davon jeweils kam, sagt sie nicht"),
    (("Wie viel EU-Geld steckte in KI#CK?",), "193.000", "wie viel davon jeweils kam"),
    (("how much did KI#CK get?", "and from the EU?"), "193,000", "doesn't say how much each"),
    (("how much did KI#CK get?", "and from the ESF?"), "249,000", None),
])
def test_one_funder_of_an_amount_the_page_gives_for_two_together_is_told_so(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str, joint: str | None) -> None:
    # Given KI#CK's about €193,000 from the EU and the State together, €249,000 from the ESF
    reply = ask(kb, *messages)[-1]
    # When one of the two named together is asked about alone
    # Then the amount they gave together is given, saying the page doesn't split it; the ESF's
    # own amount needs no such word
    assert reply.intent == "amount" and said in reply.text, reply.text
    assert (joint in reply.text) if joint else ("each" not in reply.text), reply.text


@pytest.mark.parametrize("question", [
    "can you give me an overview of all the projects with their dates",
    "Gib mir eine Übersicht aller Projekte mit Datum",
])
def test_all_projects_with_their_dates_is_the_timeline(kb: KnowledgeBase, question: str) -> None:
    # Given no project talked about
    # When someone asks for all the projects, each with its dates
    reply = ask(kb, question)[-1]
    # Then the timeline answers, not the bare list
    assert reply.intent == "timeline" and reply.answered


@pytest.mark.parametrize("messages,pair", [
    (("PILOT", "when", "funding?", "what's next for it"), ("pilot", "pilot-next")),
    (("Tell me about PILOT", "so what happened next?"), ("pilot", "pilot-next")),
    (("what's next for MAGIA",), ("magia", "magia2market")),
    (("Erzähl mir von HIHeal", "wie ging es danach weiter?"), ("hiheal", "hiheal-next")),
])
def test_what_is_next_for_a_project_asks_its_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], pair: tuple[str, ...]) -> None:
    # Given a project with a follow-up talked about or named
    # When someone asks what is (or came) next for it
    reply = ask(kb, *messages)[-1]
    # Then its follow-up answers, naming both ends of the link
    assert reply.intent == "follow_up" and reply.answered and set(pair) <= set(reply.projects)


@pytest.mark.parametrize("messages,start", [
    (("Wann lief InnoReAct?", "Das war also nur gut ein Jahr?"), "Ja"),
    (("Wann lief InnoReAct?", "also knapp zwei Jahre?"), "Nein"),
    (("When did InnoReAct run?", "so a little over a year?"), "Yes"),
    (("When did InnoReAct run?", "so it ran for almost two years?"), "No"),
    (("Wie lange lief P.I.L.O.T.?", "also gut drei Jahre?"), "Ja"),
    (("Lief HIHeal knapp sieben Jahre?",), "Ja"),
])
def test_an_approximate_duration_is_checked_with_its_nearness(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a project whose dates the page gives
    # When someone claims it ran a little over or just under a time
    reply = ask(kb, *messages)[-1]
    # Then yes where its length lies just past (or short of) that time, no where it is far off
    assert reply.intent == "duration" and reply.text.startswith(start)


@pytest.mark.parametrize("messages,start", [
    # the page: HIHeal ran 01.04.2016 - 31.12.2022 (6 years and 9 months)
    (("when did NORTHOPEDICS start?", "was that the same year as HIHeal?",
      "which of the two ran longer?", "more than 6 years?"), "Yes."),
    (("how long did HIHeal run?", "more than 6 years?"), "Yes."),
    (("Wie lange lief HIHeal?", "mehr als 6 Jahre?"), "Ja."),
    (("how long did HIHeal run?", "less than 3 years?"), "No."),
    (("Wie lange lief HIHeal?", "weniger als drei Jahre?"), "Nein."),
])
def test_a_bare_duration_compared_claims_it_of_the_project_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given HIHeal talked about
    # When the next turn is only a duration compared, with no verb
    reply = ask(kb, *messages)[-1]
    # Then it is checked of HIHeal, told with its run (was its dates, no yes or no)
    assert reply.intent == "duration" and reply.projects == ("hiheal",), reply.text
    assert reply.text.startswith(start) and "6" in reply.text, reply.text


def test_a_list_by_an_approximate_duration_says_so(kb: KnowledgeBase) -> None:
    # Given the projects and their dates
    # When someone asks which ran a little over three years
    reply = ask(kb, "Welche Projekte liefen gut drei Jahre?")[-1]
    # Then the list is of those and its heading says how it was chosen
    assert reply.intent == "list" and reply.projects == ("pilot",) and "gut 3 Jahre" in reply.text


@pytest.mark.parametrize("messages,start", [
    (("did MAGIA2Market start before MAGIA ended?", "so there was a gap between them?"), "Yes"),
    (("Gab es eine Lücke zwischen MAGIA und MAGIA2Market?",), "Ja"),
    (("Was there a gap between BFCC and ELISE?",), "No"),
    (("Wann lief HIHeal?", "und InnoReAct?", "gab es eine Lücke dazwischen?"), "Nein"),
])
def test_a_gap_between_two_projects_is_checked_on_their_dates(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given two projects named or just talked about
    # When someone asks whether there was a gap between them
    reply = ask(kb, *messages)[-1]
    # Then yes where one ended well before the other began, no where they overlapped
    assert reply.text.startswith(start) and len(reply.projects) == 2


@pytest.mark.parametrize("messages,start", [
    (("MAGIA ran when?", "was there a break before magia2market started?"), "Yes"),
    (("was there a pause before MAGIA2Market began, after MAGIA?",), "Yes"),
    (("Wann lief MAGIA?", "Gab es eine Pause, bevor MAGIA2Market begann?"), "Ja"),
    (("War da eine Pause vor MAGIA2Market, nach MAGIA?",), "Ja"),
    (("was there a break before ELISE started, after BFCC?",), "No"),
    # the later one's end is not needed: P.I.L.O.T. Next Level runs "since April 2023"
    (("was there a gap between MAGIA and P.I.L.O.T. Next Level?",), "Yes"),
])
def test_a_break_before_the_other_started_is_the_gap_not_the_two_starts(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given two projects named or just talked about
    # When someone asks whether there was a break before the later one started
    reply = ask(kb, *messages)[-1]
    # Then it is the time between the earlier one's end and the later one's start, with
    # both runs, not whether one started before the other
    assert reply.intent == "dates" and reply.text.startswith(start), reply.text
    assert len(reply.projects) == 2


@pytest.mark.parametrize("messages", [
    ("MAGIA ran when?", "was there a break before magia2market started?",
     "how many clusters were in the alliance?"),
    ("Gab es eine Lücke zwischen MAGIA und MAGIA2Market?",
     "Wie viele Cluster waren in der Allianz?"),
    ("did MAGIA and MAGIA2Market overlap?", "who was in the alliance, and when did it end?"),
])
def test_the_alliance_after_a_project_and_its_follow_up_is_the_earlier_ones(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA and its follow-up just talked about together
    # When someone asks of "the alliance"
    reply = ask(kb, *messages)[-1]
    # Then it is the MAGIA-Alliance the follow-up built on: MAGIA's partners, of MAGIA alone
    # (not "the page doesn't name partners of MAGIA2Market")
    assert reply.intent == "partners" and reply.projects == ("magia",) and reply.answered
    assert "bioPmed" in reply.text, reply.text


def test_a_follow_up_starting_the_month_after_is_no_sure_gap(kb: KnowledgeBase) -> None:
    # Given P.I.L.O.T. ending on 31 March 2023 and its follow-up starting in April 2023
    # When someone asks whether there was a break between them
    reply = ask(kb, "Gab es eine Pause zwischen P.I.L.O.T. und P.I.L.O.T. Next Level?")[-1]
    # Then no gap is claimed
    assert not reply.text.startswith("Ja")


@pytest.mark.parametrize("messages,again,then,lang", [
    (("Was war das Ziel von BFCC?", "can you say that in english pls, and who funded it?"),
     "fracture", "Interreg", "en"),
    (("Who led ELISE?", "Kannst du das auf Deutsch sagen, und wann endete es?"),
     "Leitung", "2021", "de"),
])
def test_a_language_request_pointing_back_repeats_the_answer_then_asks_on(
        kb: KnowledgeBase, messages: tuple[str, ...], again: str, then: str, lang: str) -> None:
    # Given an answer in one language
    # When the next turn asks to say that in the other language, and asks something new
    reply = ask(kb, *messages)[-1]
    # Then the last answer comes again in that language, then the new question's answer
    assert reply.language == lang and again in reply.text and then in reply.text
    assert reply.text.index(again) < reply.text.index(then)


def test_a_language_request_before_a_question_answers_only_the_question(
        kb: KnowledgeBase) -> None:
    # Given an answer in English
    # When the next turn asks for German for the question that follows
    reply = ask(kb, "Who led ELISE?", "Und bitte auf Deutsch: wann endete es?")[-1]
    # Then only that question is answered, in German
    assert reply.intent == "end" and reply.language == "de" and "Leitung" not in reply.text


@pytest.mark.parametrize("messages,pid,intent,word", [
    (("Worum ging es bei MAGIA2Market?", "Und bis wann lief das?",
      "Welche Zielmärkte gab es davor bei MAGIA?"), "magia", "places", "China"),
    (("Wann lief P.I.L.O.T. Next Level?", "Und wer hat davor P.I.L.O.T. gefördert?"),
     "pilot", "funding", "EFRE"),
])
def test_before_with_the_predecessor_named_asks_of_that_project(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, intent: str, word: str) -> None:
    # Given a follow-up talked about
    # When the next turn asks what was "davor" and names the predecessor itself
    reply = ask(kb, *messages)[-1]
    # Then the question is of the project named, not of that project's own predecessor
    assert reply.intent == intent and reply.projects[0] == pid and word in reply.text


@pytest.mark.parametrize("first,message,again,then", [
    ("Wann endete ELISE?", "could you repeat that in English? and who led it?",
     "31 December 2021", "lead"),
    ("Wer hat KI#CK durchgeführt?", "sorry, my colleague doesn't speak German - can you repeat "
     "that in English? and who paid for it?", "oncampus", "Landesprogramm Arbeit"),
])
def test_a_language_request_with_a_question_mark_then_a_question(
    kb: KnowledgeBase, first: str, message: str, again: str, then: str
) -> None:
    # Given a German answer
    replies = ask(kb, first, message)
    # When the next message asks for it in English, ends that request with "?" (also after a
    # sentence about the asker), then asks something else
    reply = replies[-1]
    # Then the last answer again in English, then the new question, in English
    assert reply.language == "en" and again in reply.text and then in reply.text


@pytest.mark.parametrize("messages,start", [
    # the page: ELISE's partners in Poland, Slovakia, Italy, Lithuania, France and Germany;
    # Spain is named nowhere
    (("ELISE – wer war da alles dabei?", "auch spanien?"), "Nein."),
    (("who took part in ELISE?", "spain too?"), "No."),
    (("Wo war ELISE aktiv?", "und Litauen auch?"), "Ja."),
])
def test_a_place_alone_with_too_claims_it_of_the_project_just_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given one project's partners or places just told
    # When the next turn is only a place and "too" ("auch", "too"), asked
    reply = ask(kb, *messages)[-1]
    # Then yes or no with its places (was "not understood" for a place the page never names)
    assert reply.intent == "places" and reply.projects == ("elise",), reply.text
    assert reply.text.startswith(start), reply.text


def test_a_place_with_too_after_a_list_stays_the_list_of_its_projects(
        kb: KnowledgeBase) -> None:
    # Given a list of projects by a place, one long / When "denmark too?" follows
    reply = ask(kb, "which projects had partners in poland?", "denmark too?")[-1]
    # Then the projects there, no claim of the one listed
    assert reply.intent == "list" and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("messages,lang", [
    (("welche Projekte waren in Hamburg?", "Und Kiel?"), "de"),
    (("which projects were in hamburg", "and kiel?"), "en"),
])
def test_a_place_the_page_never_names_after_a_list_asks_the_same_list_there(
        kb: KnowledgeBase, messages: tuple[str, ...], lang: str) -> None:
    # Given the projects in one place just listed
    # When the next turn names only a place the page never mentions
    reply = ask(kb, *messages)[-1]
    # Then the list is asked there: none the page ties to it, said in the chat's language
    assert reply.intent == "list" and not reply.answered and reply.language == lang
    assert "Kiel" in reply.text


@pytest.mark.parametrize("question", ["welche in hamburg", "which in Hamburg?"])
def test_which_with_a_place_and_no_noun_asks_for_the_projects_there(
        kb: KnowledgeBase, question: str) -> None:
    # Given "which" and a place, no noun
    # When it is asked first in a chat
    reply = ask(kb, question)[-1]
    # Then the projects there are listed
    assert reply.intent == "list" and reply.projects == ("bridge53", "hiheal", "innoreact")


@pytest.mark.parametrize("question", ["Ich bin aus Lübeck - was ist da gelaufen?",
                                      "I'm from Lübeck - what happened there?"])
def test_the_speakers_place_told_before_a_question_pointing_at_it_is_its_place(
        kb: KnowledgeBase, question: str) -> None:
    # Given the speaker's own place told, then a question that says "there"
    reply = ask(kb, question)[-1]
    # Then it asks for the projects there, not "which project do you mean?"
    assert reply.intent == "list" and reply.projects == ("bonebank", "kick")


@pytest.mark.parametrize("messages", [("Was war ELISE?", "wer?"), ("hiheal", "ziel", "wer"),
                                      ("tell me about HIHeal", "and who exactly?")])
def test_who_alone_after_a_project_asks_who_took_part(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a project talked about
    # When the next turn is only the question word for people
    reply = ask(kb, *messages)[-1]
    # Then its partners are told, not "I didn't understand"
    assert reply.intent == "partners" and reply.answered


def test_a_name_and_an_english_topic_word_in_a_german_chat_stay_german(
        kb: KnowledgeBase) -> None:
    # Given a German chat
    # When a typo of a name, the English word "partners" and "bitte" follow
    reply = ask(kb, "Was war BFCC?", "BFFC partners bitte")[-1]
    # Then the answer stays German (one English noun does not outweigh "bitte")
    assert reply.intent == "partners" and reply.language == "de"


@pytest.mark.parametrize("messages,other,intent", [
    (("Erzähl mir was über BONEBANK und NORTHOPEDICS.", "Welches davon war länger?",
      "Und das andere, wer hat es bezahlt?"), "northopedics", "funding"),
    (("Which started first, HIHeal or BFCC?", "and the other one, who led it?"), "hiheal",
     "lead"),
])
def test_the_other_one_set_off_before_a_question_is_the_one_the_comparison_did_not_pick(
        kb: KnowledgeBase, messages: tuple[str, ...], other: str, intent: str) -> None:
    # Given two projects compared, one picked
    # When "the other one" is said before a question, set off by a comma
    reply = ask(kb, *messages)[-1]
    # Then the question is asked of the one not picked, not of the winner
    assert reply.intent == intent and reply.projects == (other,)


@pytest.mark.parametrize("question,said", [
    ("Wie viele Monate dazwischen?", "1 Monat vor HIHeal"),
    ("Wie viele Monate lagen dazwischen?", "1 Monat vor HIHeal"),
    ("how many months between them?", "1 month before HIHeal"),
])
def test_months_between_after_which_came_first_is_the_distance_of_the_two_starts(
        kb: KnowledgeBase, question: str, said: str) -> None:
    # Given which of two started first, just answered
    first = "Welches kam zuerst, HIHeal oder BFCC?" if said.endswith("HIHeal") and \
        "Monat " in said else "Which came first, HIHeal or BFCC?"
    # When the next turn asks how many months lay between
    reply = ask(kb, first, question)[-1]
    # Then the distance of the starts is told, not one project's duration
    assert said in reply.text and reply.projects == ("bfcc", "hiheal")


@pytest.mark.parametrize("question", [
    "List every project for which an amount of funding is stated.",
    "Was kostete das alles zusammen?",
])
def test_amounts_over_every_project_name_the_two_the_page_gives_and_sum_no_unknowns(
        kb: KnowledgeBase, question: str) -> None:
    # Given no project talked about
    # When the amounts of every project are asked ("das alles": all of it)
    reply = ask(kb, question)[-1]
    # Then the two amounts the page gives are told, not "which project do you mean?"
    assert "ELISE" in reply.text and "KI#CK" in reply.text
    assert "1,217,494" in reply.text or "1.217.494" in reply.text
    # and no total is made of the unknown ones
    assert "1,659" not in reply.text and "1.659" not in reply.text and "BFCC" in reply.text


def test_all_of_it_after_a_list_is_the_amounts_of_that_list(kb: KnowledgeBase) -> None:
    # Given a list of the projects Hamburg funded
    # When "das alles zusammen" asks what it cost
    reply = ask(kb, "Welche Projekte förderte Hamburg?", "Was kostete das alles zusammen?")[-1]
    # Then the listed ones are meant (the page gives no amount for them), not every project
    assert reply.projects == ("bridge53", "hiheal", "innoreact") and not reply.answered


@pytest.mark.parametrize("question", ["Which projects have no stated lead?",
                                      "Bei welchen Projekten ist die Leitung nicht angegeben?"])
def test_no_stated_lead_lists_the_projects_whose_lead_the_page_does_not_name(
        kb: KnowledgeBase, question: str) -> None:
    # Given a lead "stated" or "angegeben" rather than "named"
    reply = ask(kb, question)[-1]
    # Then the projects with no lead on the page are listed (was "I can't tell which")
    assert reply.intent == "list" and reply.answered and "bfcc" not in reply.projects
    assert "elise" in reply.projects


@pytest.mark.parametrize("question", ["medtech alliance - which clusters?",
                                      "Welche Cluster waren in der Medtech Alliance?"])
def test_the_medtech_alliance_is_magias_own_name(kb: KnowledgeBase, question: str) -> None:
    # Given the words of MAGIA's full name ("Medtech Alliance for …"), cut short
    reply = ask(kb, question)[-1]
    # Then MAGIA is meant, not "MAGIA or MAGIA2Market?"
    assert reply.intent == "partners" and reply.projects == ("magia",)


@pytest.mark.parametrize("messages,missing", [
    (("Welche Projekte hat der EFRE finanziert?", "Wie viel insgesamt?"),
     "eine Gesamtsumme gibt es daher nicht"),
    (("which projects did LSN lead?", "how much in total?"), "so there is no total"),
])
def test_in_total_right_after_a_list_is_the_money_of_that_list(
        kb: KnowledgeBase, messages: tuple[str, ...], missing: str) -> None:
    # Given a list of projects, most without an amount on the page
    listed, total = ask(kb, *messages)
    # When "in total?" follows
    # Then it is the money of the listed projects: what the page gives, and no total of
    # amounts it doesn't give (not "which project do you mean?")
    assert total.intent == "amount" and set(total.projects) == set(listed.projects), total.text
    assert missing in total.text and not total.answered, total.text


@pytest.mark.parametrize("messages,country", [
    (("Woher kam BioWin?", "und Lyonbiopole?"), "Frankreich"),
    (("Wer waren die Partner bei MAGIA?", "Woher kam BioWin?", "Und bioPmed?"), "Italien"),
    (("where was BioWin from?", "and Lyonbiopole?"), "France"),
    (("which country was bioPmed from", "what about biowin"), "Belgium"),
])
def test_another_organisation_alone_after_where_one_came_from_asks_where_it_came_from(
        kb: KnowledgeBase, messages: tuple[str, ...], country: str) -> None:
    # Given where one of MAGIA's clusters came from (the page: bioPmed from Italy, Lyonbiopole
    # from France, BioWin from Belgium), then another cluster named alone
    reply = ask(kb, *messages)[-1]
    # Then that is where the other one came from, not the projects it took part in
    assert reply.intent == "places" and reply.projects == ("magia",), reply.text
    assert country in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("turns", [
    # the page: "stored in the cross-border biobank in Lübeck and Odense"
    ("Wo wurden bei BONEBANK die Stammzellen gelagert?", "Only in Odense or also in Lübeck?"),
    ("Where was BONEBANK's biobank?", "Nur in Odense oder auch in Lübeck?"),
    ("Where was BONEBANK's biobank?", "only Odense or Lübeck too?"),
])
def test_two_places_offered_as_alternatives_ask_where_it_was(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given a project talked about / When two places are offered, "only A or also B?"
    reply = ask(kb, *turns)[-1]
    # Then its places, both named, no yes or no (was: "Sorry, I didn't understand that")
    assert reply.intent == "places" and reply.projects == ("bonebank",), reply.text
    assert "Lübeck" in reply.text and "Odense" in reply.text, reply.text
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text
