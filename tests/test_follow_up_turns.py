"""Short follow-up turns in a dialog: "which was more?" after two amounts, a list of partners or
material asked for the project just talked about."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages", [
    ("How much money did ELISE get?", "and KI#CK?", "so which one was more?"),
    ("Wie viel Geld bekam KI#CK?", "Und ELISE?", "Welches war denn mehr?"),
    ("Wie viel Geld bekam KI#CK?", "Und ELISE?", "Welches war mehr?"),
])
def test_which_was_more_after_two_amounts_ranks_the_amounts(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the amounts of two projects, one after the other
    # When someone asks which was more, with no noun
    reply = ask(kb, *messages)[-1]
    # Then the larger grant is named
    assert reply.intent == "superlative" and reply.answered
    assert reply.projects[0] == "elise" and "ELISE" in reply.text.split("\n")[0]


@pytest.mark.parametrize("messages,pid,answered", [
    (("Was war BONEBANK?", "Gibt es eine Partnerliste?"), "bonebank", True),
    (("What was HIHeal?", "is there a list of partners?"), "hiheal", True),
    (("Tell me about NORTHOPEDICS", "any partner list?"), "northopedics", False),
])
def test_a_partner_list_asks_for_the_partners(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, answered: bool) -> None:
    # Given a project just talked about
    # When someone asks for its list of partners
    reply = ask(kb, *messages)[-1]
    # Then the partners are given, or it is said that the page names none
    assert reply.intent == "partners" and reply.projects == (pid,)
    assert reply.answered is answered


@pytest.mark.parametrize("messages,lang,intent", [
    # ("any … I could read / download?": every set labels it contact, 6 turns of sets 20 to 54)
    (("Tell me about InnoReAct", "any material I could read?"), "en", "contact"),
    (("Was war InnoReAct?", "Materialien dazu?"), "de", "results"),
    (("Tell me about InnoReAct", "is there any material I could read?"), "en", "contact"),
    (("Was war InnoReAct?", "Gibt es Materialien dazu?"), "de", "contact"),
])
def test_material_asks_where_the_results_are(
        kb: KnowledgeBase, messages: tuple[str, ...], lang: str, intent: str) -> None:
    # Given a project whose page names a guide
    # When someone asks for material about it, or whether there is some (docs/labels.md:
    # whether there is something to read is where to get it, a contact)
    reply = ask(kb, *messages)[-1]
    # Then the guide is named
    assert reply.intent == intent and reply.projects == ("innoreact",)
    assert "Leitfaden" in reply.text and reply.language == lang


@pytest.mark.parametrize("messages,intent,pid", [
    (("Which projects ran in 2017?", "which of them finished first?", "when exactly?"),
     "end", "bfcc"),
    (("Welches Projekt endete zuletzt?", "Wann war das?"), "end", "pilot"),
    (("Welches Projekt hat als erstes begonnen?", "wann genau?"), "start", "bonebank"),
])
def test_a_bare_when_after_a_ranking_by_date_asks_that_date(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, pid: str) -> None:
    # Given the project that ended (or started) first or last
    # When someone asks only "when?"
    reply = ask(kb, *messages)[-1]
    # Then the date ranked by is given, not both ends
    assert reply.intent == intent and reply.projects == (pid,) and reply.answered


def test_a_comparison_after_a_ranking_by_end_keeps_the_end(kb: KnowledgeBase) -> None:
    # Given the project that ended first
    # When two others are named
    reply = ask(kb, "which project ended first?", "and HIHeal vs ELISE?")[-1]
    # Then they are compared by their ends
    assert reply.intent == "superlative" and "31 December 2021" in reply.text


@pytest.mark.parametrize("question,intent", [
    ("Welche Projekte liefen 2021, und wer hat sie geleitet?", "lead"),
    ("Which projects ran in 2021 and who funded them?", "funding"),
])
def test_a_second_ask_about_a_list_of_four_is_answered_for_each(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    # Given a question for a list that turns out four projects long, and a second ask of them
    reply = ask(kb, question)[-1]
    # Then the second ask is answered for each of them, without asking which one
    assert not reply.choices
    assert all(name in reply.text.split("\n", 1)[1]
               for name in ("ELISE", "HIHeal", "MAGIA2Market", "P.I.L.O.T."))


@pytest.mark.parametrize("follow_up", ["and the HIHeal one?", "and HIHeal's?",
                                       "what about the HIHeal one"])
def test_a_name_with_its_noun_left_out_takes_the_same_link(
        kb: KnowledgeBase, follow_up: str) -> None:
    # Given a question along a link: when P.I.L.O.T.'s follow-up started
    # When another project is named with the noun left out
    reply = ask(kb, "when did the P.I.L.O.T. follow-up start?", follow_up)[-1]
    # Then the same link is taken from it: the page doesn't say when HIHeal's follow-up started
    assert reply.projects == ("hiheal", "hiheal-next") and not reply.answered
    assert "HIHeal next level transition" in reply.text


def test_what_the_one_named_by_words_of_its_name_is_asks_what_it_is(kb: KnowledgeBase) -> None:
    # Given P.I.L.O.T.'s funders
    # When "and what's the next level one" follows: "what's" asks what it is
    reply = ask(kb, "Wer hat P.I.L.O.T. gefördert?", "and what's the next level one")[-1]
    # Then what P.I.L.O.T. Next Level is (the follow-up since April 2023), not who funded it
    assert reply.intent == "overview" and reply.answered, reply.text
    assert set(reply.projects) == {"pilot", "pilot-next"} and "2023" in reply.text


@pytest.mark.parametrize("messages,years", [
    (("Welche Projekte liefen 2019?", "Gleiches für 2016 bitte"), "2016"),
    (("Welche Projekte endeten 2019?", "Das Gleiche nochmal für 2022"), "2022"),
])
def test_the_same_for_another_year_repeats_the_list(
        kb: KnowledgeBase, messages: tuple[str, ...], years: str) -> None:
    # Given a list of the projects of one year
    # When someone asks the same for another year
    reply = ask(kb, *messages)[-1]
    # Then the list is given for that year
    assert reply.intent == "list" and reply.answered and years in reply.text


def test_follow_up_projects_in_the_plural_ask_for_the_follow_up(kb: KnowledgeBase) -> None:
    # Given a project just talked about
    # When someone asks for its follow-up projects, in the plural
    reply = ask(kb, "Erzähl mir von MAGIA", "Gab es Nachfolgeprojekte?")[-1]
    # Then its follow-up is named
    assert reply.intent == "follow_up" and "MAGIA2Market" in reply.text


@pytest.mark.parametrize("question", ["was Life Science Nord a partner in ELISE?",
                                      "War LSN bei ELISE Partner?"])
def test_lsn_as_a_partner_where_the_page_names_no_part_of_its_own_is_not_confirmed(
        kb: KnowledgeBase, question: str) -> None:
    # Given a project whose text names no part of Life Science Nord's own
    # When someone asks whether LSN was a partner in it
    reply = ask(kb, question)[-1]
    # Then it is not a yes: the page doesn't describe LSN's role there
    assert reply.intent == "lsn_role" and not reply.answered
    assert not reply.text.startswith(("Yes", "Ja"))


@pytest.mark.parametrize("messages", [
    ("how much did the ESF give KI#CK?", "and the remainder?"),
    ("Wie viel kam bei KI#CK vom ESF?", "Und den Rest?"),
])
def test_the_rest_after_one_funders_share_gives_all_the_amounts(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the share one funder gave a project
    # When someone asks for the rest
    reply = ask(kb, *messages)[-1]
    # Then every amount the page gives for it is named
    assert reply.intent == "amount" and reply.projects == ("kick",) and reply.answered
    assert "193" in reply.text and "249" in reply.text


@pytest.mark.parametrize("messages,names", [
    (("How many projects did the ERDF fund?", "and the city of Hamburg?"),
     ("HIHeal", "InnoReAct")),
    (("Wie viele Projekte endeten 2019?", "und 2023?"), ("InnoReAct", "MAGIA2Market")),
    (("how many projects involved Denmark", "and Italy?"), ("ELISE", "MAGIA")),
])
def test_an_elliptic_turn_after_a_count_counts_again(
        kb: KnowledgeBase, messages: tuple[str, ...], names: tuple[str, ...]) -> None:
    # Given a chat whose last answer counted projects
    # When the next turn only names another condition ("and the city of Hamburg?")
    reply = ask(kb, *messages)[-1]
    # Then it counts the projects of that condition too
    assert reply.intent == "count" and all(n in reply.text for n in names), reply.text


def test_which_ones_after_a_count_lists(kb: KnowledgeBase) -> None:
    # Given a chat whose last answer counted projects
    # When the next turn asks which ones, of another condition
    reply = ask(kb, "Wie viele Projekte förderte der EFRE?", "und welche über COSME?")[-1]
    # Then it lists them
    assert reply.intent == "list" and "MAGIA" in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("who were the partners in ELISE", "how many German ones?"),
    ("Wer waren die Partner bei ELISE?", "Wie viele deutsche Partner?"),
    ("Which countries were ELISE's partners from?", "how many German ones?"),
])
def test_how_many_from_a_country_after_partners_gives_the_count_the_page_gives(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a chat about ELISE's partners (the page: "… and two German states")
    # When the next turn asks how many came from one country
    reply = ask(kb, *messages)[-1]
    # Then it answers of ELISE's partners, with the page's count for that country
    assert reply.intent == "partners" and reply.projects == ("elise",) and reply.answered
    assert "two German states" in reply.text or "zwei deutschen" in reply.text, reply.text


def test_how_many_from_a_country_the_page_does_not_count_is_not_answered(
        kb: KnowledgeBase) -> None:
    # Given a chat about ELISE's partners
    # When the next turn asks how many came from a country the page names but doesn't count
    reply = ask(kb, "who were the partners in ELISE", "how many Italian ones?")[-1]
    # Then it says the page doesn't name them, with what it does say; no number is made up
    assert reply.intent == "partners" and not reply.answered, reply.text


@pytest.mark.parametrize("messages,project,reached", [
    (("when did MAGIA end?", "was it replaced by anything?"), "magia", "magia2market"),
    (("Wodurch wurde P.I.L.O.T. abgelöst?",), "pilot", "pilot-next"),
    (("what took the place of HIHeal?",), "hiheal", "hiheal-next"),
    (("Wann endete HIHeal?", "Welches Projekt trat an seine Stelle?"), "hiheal", "hiheal-next"),
])
def test_what_replaced_a_project_asks_its_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, reached: str) -> None:
    # Given a project (named or just talked about)
    reply = ask(kb, *messages)[-1]
    # When it is asked what replaced it, took its place, "abgelöst" it
    # Then that is its follow-up
    assert reply.intent == "follow_up" and reply.projects == (project, reached)


@pytest.mark.parametrize("messages,reached,answered", [
    (("Wer hat HIHeal gefördert?", "Und ab wann lief die Nachfolge?"), "hiheal-next", False),
    (("Wer hat P.I.L.O.T. gefördert?", "Und ab wann lief die Nachfolge?"), "pilot-next", True),
    (("Wer hat P.I.L.O.T. gefördert?", "Wann begann das Nachfolgevorhaben?"), "pilot-next", True),
    (("Who funded P.I.L.O.T.?", "when did the follow-on project start?"), "pilot-next", True),
    (("Who funded HIHeal?", "and the follow-on, when did it start?"), "hiheal-next", False),
    (("Who funded HIHeal?", "when did the followon start?"), "hiheal-next", False),
])
def test_nachfolge_and_follow_on_ask_the_follow_ups_start(
        kb: KnowledgeBase, messages: tuple[str, ...], reached: str, answered: bool) -> None:
    # Given a project a follow-up continued, just talked about
    reply = ask(kb, *messages)[-1]
    # When the start of "die Nachfolge", "the follow-on (project)" is asked
    # Then it is the follow-up's start (the page gives none for HIHeal's: said so), never the
    # start of the project talked about
    assert reply.intent == "start" and reached in reply.projects, reply.text
    assert reply.answered is answered and "2016" not in reply.text.split("\n")[-1]
    assert "2020" not in reply.text


def test_after_what_replaced_it_that_is_the_follow_up(kb: KnowledgeBase) -> None:
    # Given "what replaced it?" of HIHeal, answered by its follow-up the page only names
    replies = ask(kb, "who led HIHeal?", "what replaced it?", "who funded that?")
    # When "that" is asked about next
    # Then it is the follow-up, and the page doesn't say
    assert replies[-1].projects == ("hiheal-next",) and not replies[-1].answered


@pytest.mark.parametrize("messages,start,word", [
    (("who funded MAGIA?", "did the follow-up target Japan?"), "Yes", "Japan"),
    (("Wer hat MAGIA gefördert?", "Lief das Nachfolgeprojekt bis 2023?"), "Ja", "2023"),
    (("when did MAGIA end?", "did its successor start in 2019?"), "No", "2020"),
    (("what was MAGIA?", "is its follow-up still running?"), "No", "2023"),
    (("Was war MAGIA?", "Läuft das Nachfolgeprojekt noch?"), "Nein", "2023"),
    (("what was MAGIA?", "is the follow-up still open to companies?"), "No", "2023"),
])
def test_a_yes_no_asked_of_a_link_noun_is_checked_of_the_project_reached_verdict_first(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, word: str) -> None:
    # Given MAGIA talked about (its follow-up is MAGIA2Market)
    reply = ask(kb, *messages)[-1]
    # When a yes/no is asked of "the follow-up", "its successor", "das Nachfolgeprojekt"
    # Then it is checked of MAGIA2Market (not of MAGIA), the verdict first, the link after it
    assert reply.text.startswith(start) and word in reply.text.split("\n")[0]
    assert "magia2market" in reply.projects and "MAGIA2Market" in reply.text.split("\n")[-1]


def test_a_yes_no_asked_of_a_link_noun_the_page_is_silent_on_is_not_said(
        kb: KnowledgeBase) -> None:
    # Given MAGIA talked about; the page doesn't say who funded its follow-up
    reply = ask(kb, "who funded MAGIA?", "Wurde das Nachfolgeprojekt von der EU gefördert?")[-1]
    # When the follow-up's funding is claimed
    # Then the page doesn't say (MAGIA's own funder is no answer to it)
    assert not reply.answered and reply.projects[:1] == ("magia2market",)


@pytest.mark.parametrize("messages,intent,word", [
    (("which countries did MAGIA target?", "did that change later?"), "places", "Japan"),
    (("Was hat MAGIA den Firmen angeboten?", "Hat sich das später geändert?"), "activities",
     "Japan"),
    (("when did pilot start?", "was it different in the follow-up?"), "start", "April 2023"),
])
def test_did_that_change_later_asks_the_same_of_the_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, word: str) -> None:
    # Given a question about a project a follow-up continued
    reply = ask(kb, *messages)[-1]
    # When "did that change later?" follows
    # Then the same question is asked of the follow-up, with the link first
    assert reply.intent == intent and len(reply.projects) == 2 and word in reply.text


@pytest.mark.parametrize("follow_up", [
    "und vom Land bzw. der EU?",  # "bzw." ends no sentence
    "und vom Land oder der EU?",
    "und vom Land?",  # the State of Schleswig-Holstein, a funder that is a place
])
def test_the_state_after_an_amount_is_the_state_as_funder(kb: KnowledgeBase,
                                                          follow_up: str) -> None:
    # Given KI#CK's ESF amount, then its state (and EU) money asked for
    # Then KI#CK's amount from the EU and Schleswig-Holstein (about €193,000) comes first, not
    # the places it was active in nor a list of every EU-funded project
    reply = ask(kb, "how much did KI#CK get from the ESF", follow_up)[-1]
    assert reply.intent == "amount" and reply.projects == ("kick",), reply.text
    assert reply.text.startswith("KI#CK: ca. 193.000 €"), reply.text


def test_from_the_state_after_an_amount_in_english_is_the_state_as_funder(
        kb: KnowledgeBase) -> None:
    # Given KI#CK's ESF amount, then "and from the state?" (as "und vom Land?")
    reply = ask(kb, "how much ESF money did KI#CK get?", "and from the state?")[-1]
    # Then its money from the EU and Schleswig-Holstein, not "didn't understand"
    assert reply.intent == "amount" and reply.text.startswith("KI#CK: about €193,000"), reply.text


@pytest.mark.parametrize("first,message,needle", [
    # the page: KI#CK got about €193,000 from the EU and the State of Schleswig-Holstein and
    # about €249,000 from the ESF
    ("what about KI#CK?", "Was hat das Land Schleswig-Holstein beigesteuert?", "193.000"),
    ("what about KI#CK?", "what did the EU put in?", "193,000"),
    ("Erzählen Sie mir von KI#CK", "Und was hat der ESF dazugegeben?", "249.000"),
    ("Tell me about KI#CK", "how much did the ESF contribute?", "249,000"),
])
def test_a_funder_as_subject_asks_its_money_for_the_project_talked_of(
        kb: KnowledgeBase, first: str, message: str, needle: str) -> None:
    # Given a dialog about one project
    # When a funder is the subject of a contribution ("Was hat das Land beigesteuert?")
    reply = ask(kb, first, message)[-1]
    # Then it asks that funder's amount for the project, not the projects the funder paid for
    assert reply.intent == "amount" and reply.projects == ("kick",), reply.text
    assert needle in reply.text.splitlines()[0], reply.text


def test_a_funder_without_an_amount_on_the_page_is_not_given_one(kb: KnowledgeBase) -> None:
    # Given a dialog about BFCC, whose amount the page doesn't give
    reply = ask(kb, "Tell me about BFCC", "what did the EU put in?")[-1]
    # Then the page's silence is said, not an amount from another project
    assert reply.intent == "amount" and reply.projects == ("bfcc",) and not reply.answered
    assert "€" not in reply.text, reply.text


@pytest.mark.parametrize("message", [
    "What was the COSME contribution to MAGIA?", "What did COSME contribute to MAGIA?",
    "Was war der Beitrag von COSME zu MAGIA?", "Was hat die EU zu MAGIA beigesteuert?",
])
def test_a_funder_s_contribution_to_a_named_project_asks_its_amount(kb: KnowledgeBase,
                                                                   message: str) -> None:
    # Given the page: MAGIA "was funded by the European Union's COSME program", no amount
    # When a funder's contribution is asked with the project named in the same message
    reply = ask(kb, message)[-1]
    # Then it is the amount the page doesn't give (then the funder), not the funder as if it
    # were the contribution asked for
    assert (reply.intent, reply.projects, reply.answered) == ("amount", ("magia",), False), \
        reply.text
    assert "€" not in reply.text and "COSME" in reply.text, reply.text


@pytest.mark.parametrize("message", ["Zu welchen Projekten hat die EU beigetragen?",
                                     "Which projects did the ERDF contribute to?"])
def test_the_projects_a_funder_contributed_to_are_still_a_list(kb: KnowledgeBase,
                                                                message: str) -> None:
    # Given a question for the projects a funder contributed to, after one project
    reply = ask(kb, "Tell me about KI#CK", message)[-1]
    # Then it lists them
    assert reply.intent == "list" and len(reply.projects) > 1, reply.text


@pytest.mark.parametrize("message,intent", [
    ("how much from each source roughly", "amount"),
    ("Wie viel kam aus welcher Quelle?", "amount"),
    ("how much came from each funding source?", "amount"),
    ("what was the source of the money?", "funding"),
    ("Was war die Quelle des Geldes?", "funding"),
])
def test_a_source_of_money_asks_the_funding_not_the_pages_words(
        kb: KnowledgeBase, message: str, intent: str) -> None:
    # Given a dialog about KI#CK
    # When "source" stands beside a money word ("how much from each source")
    reply = ask(kb, "Tell me about KI#CK", message)[-1]
    # Then it asks where the money came from (the page: about €193,000 and €249,000), not
    # where the page says it
    assert reply.intent == intent and reply.projects == ("kick",), reply.text
    assert "249" in reply.text and "“" not in reply.text, reply.text


@pytest.mark.parametrize("message", ["Quelle?", "where does it say that?", "source?"])
def test_a_bare_source_request_still_asks_for_the_pages_words(kb: KnowledgeBase,
                                                              message: str) -> None:
    # Given the amounts of KI#CK
    reply = ask(kb, "How much money did KI#CK get?", message)[-1]
    # Then a source request alone shows the page's words
    assert reply.intent == "sources" and "“" in reply.text, reply.text


@pytest.mark.parametrize("message", [
    "Auf welcher Grundlage antworten Sie eigentlich?", "Worauf stützen Sie sich?",
    "worauf stützt du dich eigentlich", "Woher haben Sie das alles?",
    "what's that based on?", "what do you base this on?", "Worauf basieren Ihre Antworten?"])
def test_what_the_answers_rest_on_is_the_page(kb: KnowledgeBase, message: str) -> None:
    # Given no answer yet, then asked what the answers rest on: where the bot's facts come
    # from (about_bot: the page), not "not understood"
    first = ask(kb, message)[-1]
    assert first.intent == "about_bot" and first.answered, first.text
    # Given an answer about BFCC (the page: "ran from March 2016 until February 2019"), then
    # the page's words behind that answer
    reply = ask(kb, "Wann lief BFCC?", message)[-1]
    assert reply.intent == "sources" and "“ran from March 2016" in reply.text, reply.text


def test_where_the_bots_data_come_from_is_the_page(kb: KnowledgeBase) -> None:
    # "Woher stammen Ihre Angaben?" asks of the bot's data (as "Ihre Daten" does), any time
    for messages in (("Woher stammen Ihre Angaben?",), ("woher hast du die infos eig",),
                     ("Wann lief BFCC?", "Woher stammen deine Angaben?")):
        reply = ask(kb, *messages)[-1]
        assert reply.intent == "about_bot" and reply.answered, reply.text


@pytest.mark.parametrize("messages,first,then,answered", [
    # the page gives amounts for ELISE and KI#CK only
    (("For which ones does the page actually give an amount?", "what about BFCC?"),
     ("elise", "kick"), "bfcc", False),
    (("which ones does the page give an amount for?", "and ELISE?"), ("elise", "kick"), "elise",
     True),
    (("Für welche Projekte nennt die Seite einen Förderbetrag?", "und BONEBANK?"),
     ("elise", "kick"), "bonebank", False),
])
def test_a_project_named_after_the_projects_with_an_amount_asks_its_amount(
        kb: KnowledgeBase, messages: tuple[str, ...], first: tuple[str, ...], then: str,
        answered: bool) -> None:
    # Given which projects the page gives an amount for ("which ones", with no list before)
    replies = ask(kb, *messages)
    # Then those projects are listed, and a project named next is asked for its amount
    assert replies[0].intent == "list" and replies[0].projects == first, replies[0].text
    assert replies[1].intent == "amount" and replies[1].projects == (then,), replies[1].text
    assert replies[1].answered is answered, replies[1].text


@pytest.mark.parametrize("messages,intent,pid,fact", [
    # the page: MAGIA2Market "built on the results of MAGIA"; MAGIA funded by COSME, from 2018
    # to 2019; MAGIA2Market ran until February 2023
    (("Wer hat MAGIA2Market finanziert?", "und MAGIA davor?"), "funding", "magia", "COSME"),
    (("when did MAGIA end?", "and MAGIA2Market after it?"), "end", "magia2market", "2023"),
])
def test_a_project_named_with_where_it_stands_asks_the_question_before_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, pid: str, fact: str) -> None:
    # Given a question about one project answered
    # When the next turn names its predecessor (follow-up) with only "davor" ("after it")
    reply = ask(kb, *messages)[-1]
    # Then the same question of that project (was whether it had a predecessor of its own)
    assert reply.intent == intent and reply.projects == (pid,), reply.text
    assert fact in reply.text, reply.text


def test_a_project_that_does_not_stand_there_keeps_the_link_asked(kb: KnowledgeBase) -> None:
    # Given MAGIA2Market talked of / When "and ELISE before it?" (ELISE is no predecessor of it)
    reply = ask(kb, "who funded MAGIA2Market?", "and ELISE before it?")[-1]
    # Then not the funding of ELISE
    assert reply.intent != "funding", reply.text


@pytest.mark.parametrize("messages,pid", [
    (("Gibt es ein Nachfolgeprojekt von HIHeal?", "Was macht das Nachfolgeprojekt?"),
     "hiheal-next"),
    (("what came after MAGIA?", "and what is the follow-up?"), "magia2market"),
])
def test_the_follow_up_just_named_is_that_project_not_its_own_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a follow-up just named (HIHeal next level transition, MAGIA2Market)
    reply = ask(kb, *messages)[-1]
    # Then "the follow-up" with nothing else asked is what that project is: no step further
    # to a follow-up of the follow-up
    assert reply.projects[:1] == (pid,) and reply.intent != "follow_up", reply.text


@pytest.mark.parametrize("messages,intent,pid,words", [
    (("who funded NORTHOPEDICS?", "sorry wrong project, i meant BONEBANK"), "funding",
     "bonebank", "Interreg"),
    (("Wer hat NORTHOPEDICS gefördert?", "falsches Projekt, ich meinte BONEBANK"), "funding",
     "bonebank", "Interreg"),
])
def test_a_correction_opened_by_wrong_project_asks_the_last_question_again(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, pid: str, words: str) -> None:
    # Given a question about one project, then "wrong project, I meant …"
    reply = ask(kb, *messages)[-1]
    # Then the same question of the project meant, not its card
    assert (reply.intent, reply.projects[:1]) == (intent, (pid,)) and words in reply.text, \
        reply.text


@pytest.mark.parametrize("messages,pid", [
    # the page, projects running in 2018: BFCC, BONEBANK, ELISE, HIHeal, MAGIA, NORTHOPEDICS
    (("which projects ran in 2018?", "when did the second one start?", "no, the third one"),
     "elise"),
    (("which projects ran in 2018?", "when did the second one start?", "the third one, I meant"),
     "elise"),
    (("which projects ran in 2018?", "when did the second one start?",
      "not that one, the fourth"), "hiheal"),
    (("Welche Projekte liefen 2018?", "Wann begann das zweite?", "das dritte meinte ich"),
     "elise"),
    (("Welche Projekte liefen 2018?", "Wann begann das zweite?",
      "nicht das, sondern das vierte"), "hiheal"),
    (("Welche Projekte liefen 2018?", "Wann begann das zweite?", "falsches Projekt, das dritte"),
     "elise"),
])
def test_a_correction_by_position_asks_the_last_question_of_the_project_at_that_place(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a list, then a question about its second project
    replies = ask(kb, *messages)
    # When the next message only corrects the place ("no, the third one")
    # Then the same question of the project at that place of the list, not its card
    assert replies[2].projects == (pid,) and replies[2].intent == "start", replies[2].text
    start = kb.projects[pid].start
    assert start is not None and str(start.year) in replies[2].text, replies[2].text


@pytest.mark.parametrize("messages,intent,words", [
    (("which countries did magia target", "sorry i meant the follow-up project"), "places",
     "Japan"),
    (("when did magia end?", "sorry i meant the follow-up project"), "end", "2023"),
])
def test_a_correction_by_a_link_noun_asks_the_last_question_of_the_project_reached(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, words: str) -> None:
    # Given a question about MAGIA, then "sorry i meant the follow-up project" (7 words, the
    # correction's own among them)
    reply = ask(kb, *messages)[-1]
    # Then the same question of MAGIA2Market (the page: Japan a target, ended February 2023)
    # after the link, not the link alone
    assert reply.intent == intent and reply.projects == ("magia", "magia2market"), reply.text
    assert words in reply.text, reply.text


def test_a_bare_place_the_project_never_had_after_another_question_asks_for_a_list(
        kb: KnowledgeBase) -> None:
    # Given a list by country (Denmark: BONEBANK), then its places and its funding
    replies = ask(kb, "anything with denmark?", "where exactly", "what programme funded it",
                  "ok and poland?", "when did that one end")
    # When "ok and poland?" names a place BONEBANK never had, after a question not about places
    # Then it is the same list question for Poland (the page: ELISE's partner regions), and
    # "that one" next is ELISE (ended 31 December 2021)
    assert replies[3].intent == "list" and replies[3].projects == ("elise",), replies[3].text
    assert replies[4].projects == ("elise",) and "2021" in replies[4].text


@pytest.mark.parametrize("messages", [
    ("how many projects started in 2016", "which of them ended first",
     "and which one was about hygiene"),
    ("which projects started in 2016", "and which one was about infections"),
])
def test_which_one_with_a_topic_right_after_a_list_picks_from_it_as_a_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a list (BFCC, HIHeal and NORTHOPEDICS started in 2016), maybe ranked, then "which
    # one was about <topic>" with no "of them"
    reply = ask(kb, *messages)[-1]
    # Then the list under that topic answers it, of that list only: HIHeal, not BRIDGE 53
    # (about infections too, but not started in 2016), and not HIHeal's card
    assert reply.intent == "list" and reply.projects == ("hiheal",), reply.text


@pytest.mark.parametrize("messages,winner,needle", [
    (("how much did KI#CK get", "and what else funded it",
      "how does that compare to elise's grant"), "elise", "1,217,494"),
    (("how much did KI#CK get", "und im Vergleich zu ELISE?"), "elise", "1.217.494"),
    (("when did bfcc start", "how does that compare to hiheal"), "bfcc", "March 2016"),
])
def test_compare_to_another_project_after_one_figure_compares_the_two_by_it(
        kb: KnowledgeBase, messages: tuple[str, ...], winner: str, needle: str) -> None:
    # Given one project's figure (KI#CK's money, BFCC's start), then "how does that compare
    # to <another>" with no comparison before
    reply = ask(kb, *messages)[-1]
    # Then the two are compared by that figure (the one the question names, "grant", or the
    # one just given), both figures said, not only the other project's
    first = reply.text.splitlines()[0]
    assert reply.intent == "superlative" and kb.projects[winner].name in first, reply.text
    assert len(reply.projects) == 2 and needle in reply.text, reply.text


def test_how_about_another_project_after_a_figure_still_asks_the_same(kb: KnowledgeBase) -> None:
    # Given KI#CK's money, then "how about elise?" (a continuation, no comparing word)
    reply = ask(kb, "how much did KI#CK get", "how about elise?")[-1]
    # Then the same question of ELISE, no comparison
    assert reply.intent == "amount" and reply.projects == ("elise",), reply.text


def test_the_x_one_right_after_a_list_of_follow_ups_is_that_ones_follow_up(
        kb: KnowledgeBase) -> None:
    # Given the list of projects with follow-ups (HIHeal, MAGIA, P.I.L.O.T., each with its
    # follow-up named)
    replies = ask(kb, "what projects have a follow up on the page",
                  "when did the pilot one start", "and the hiheal one?")
    # When "the pilot one" is asked of, then it is P.I.L.O.T.'s follow-up (the page: since
    # April 2023), and "the hiheal one" next HIHeal's (whose start the page doesn't give)
    assert replies[1].intent == "start" and "pilot-next" in replies[1].projects
    assert "2023" in replies[1].text, replies[1].text
    assert "hiheal-next" in replies[2].projects and not replies[2].answered, replies[2].text


def test_what_about_a_link_then_a_question_takes_the_questions_intent(kb: KnowledgeBase) -> None:
    # Given "what about the magia follow-up," then a question about it
    (reply,) = ask(kb, "what about the magia follow-up, when did that start")
    # Then "what about" asks nothing itself: the reply is the start of MAGIA2Market
    # (September 2020), after the link, both ends listed (docs/labels.md)
    assert reply.intent == "start" and reply.projects == ("magia", "magia2market"), reply.text
    assert "September 2020" in reply.text


@pytest.mark.parametrize("second", [
    "of those, which had partners from other countries",
    "which of those had foreign partners?",
])
def test_partners_from_other_countries_narrow_the_last_list(kb: KnowledgeBase,
                                                            second: str) -> None:
    # Given the projects that ended before 2020 (BFCC, MAGIA, NORTHOPEDICS)
    replies = ask(kb, "which projects ended before 2020", second)
    # When asked which of them had partners from abroad ("of those," said first, or "which of
    # those"), then the list narrows to those with partners outside Germany (the page: BFCC's
    # seven countries, MAGIA's Italian, French and Belgian clusters)
    assert replies[1].intent == "list" and replies[1].projects == ("bfcc", "magia"), \
        replies[1].text


@pytest.mark.parametrize("messages,pid,nxt", [
    (("who was in magia", "how did it continue after 2019"), "magia", "magia2market"),
    (("Wer war bei MAGIA dabei?", "Wie ging es nach 2019 weiter?"), "magia", "magia2market"),
    (("what was pilot", "how did it continue"), "pilot", "pilot-next"),
])
def test_how_it_went_on_after_a_year_is_the_follow_up_not_a_year_list(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, nxt: str) -> None:
    # Given one project talked about
    # When how it went on is asked, with the year after which it did
    reply = ask(kb, *messages)[-1]
    # Then its follow-up, not the projects running after that year, nor what was done
    assert reply.intent == "follow_up" and reply.projects == (pid, nxt), reply.text


def test_whether_it_went_on_after_a_year_is_answered_by_its_follow_up(kb: KnowledgeBase
                                                                      ) -> None:
    # Given MAGIA talked about (the page: "In 2018 and 2019"; "Until February 2023, MAGIA was
    # continued through the follow-up project MAGIA2Market")
    replies = ask(kb, "tell me about MAGIA", "did it go on after 2019?", "tell me about MAGIA",
                  "how long did it go on?")
    # When whether it went on after its last year is asked: yes, in its follow-up
    assert replies[1].text.startswith("Yes") and "MAGIA2Market" in replies[1].text
    assert set(replies[1].projects) == {"magia", "magia2market"}
    # And how long it went on is its own length (no step to the follow-up)
    assert replies[3].intent == "duration" and replies[3].projects == ("magia",)


@pytest.mark.parametrize("asked", ["und der Nachfolger?", "and what came after it?",
                                   "and its successor?",
                                   "and its successor - when did it start and who funded it?"])
def test_a_follow_up_asked_right_after_a_part_is_the_wholes(kb: KnowledgeBase,
                                                            asked: str) -> None:
    # Given HIHeal, then its parts ("HIHeal included BRIDGE 53."), then its follow-up asked
    replies = ask(kb, "what was HIHeal?", "did it have any sub-projects?", asked)
    # Then HIHeal's follow-up, which the page names (was "no follow-up for BRIDGE 53": the
    # part just named has none)
    assert replies[-1].projects == ("hiheal", "hiheal-next"), replies[-1].text
    assert "HIHeal was continued by" in replies[-1].text or \
        "HIHeal wurde durch" in replies[-1].text, replies[-1].text


@pytest.mark.parametrize("messages,start", [
    # given a yes/no claim with a year, and HIHeal (April 2016 to 31 December 2022) / when its
    # name alone follows / then the same claim of it: active in 2020, as "und HIHeal?" (was
    # "Nein, HIHeal ist beendet", whether it runs today)
    (("War BONEBANK 2020 noch aktiv?", "HIHeal?"), "Ja."),
    (("Was BONEBANK still running in 2020?", "HIHeal"), "Yes."),
    (("War BONEBANK 2020 noch aktiv?", "HIHeal."), "Ja."),
    # a funder claimed: HIHeal had ERDF money too
    (("Was BONEBANK funded by the ERDF?", "HIHeal?"), "Yes."),
])
def test_a_name_alone_after_a_yes_no_asks_it_of_that_project(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.projects == ("hiheal",) and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start", [
    # given MAGIA's partners (bioPmed, Italy; Lyonbiopole, France; BioWin, Belgium; LSN) / when
    # "any" opens a place claimed of it, the project left out / then yes or no, not the places
    # alone (was "Where MAGIA was active: …" with no verdict)
    (("who were the MAGIA partners?", "any Danish partner?"), "No."),
    (("who were the MAGIA partners?", "any partner from Denmark?"), "No."),
    (("who were the MAGIA partners?", "any French partner?"), "Yes."),
    (("Wer waren die Partner von MAGIA?", "irgendein Partner aus Dänemark?"), "Nein."),
    (("Wer waren die Partner von MAGIA?", "und irgendwelche Partner aus Belgien?"), "Ja."),
])
def test_any_with_a_place_after_a_project_claims_the_place_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.projects == ("magia",) and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start,answered", [
    # given a claim of what a project was about / when "and about …?" names a new subject /
    # then the same kind of claim of the new words, as if asked whole (was the goal again with
    # no verdict, or not understood in German). The page: ELISE "growth, jobs and
    # competitiveness"; NORTHOPEDICS bone healing, no cancer; ELISE names no cancer either, and
    # its aim is broad (better health for all), so the page doesn't say
    (("Was ELISE about healthy and active ageing?", "and about job creation too?"), "Yes.",
     True),
    (("Ging es bei ELISE um gesundes Altern?", "und auch um Arbeitsplätze?"), "Ja.", True),
    (("Was NORTHOPEDICS about bone healing?", "and about cancer too?"), "No.", True),
    (("Ging es bei NORTHOPEDICS um Knochenheilung?", "und um Krebs?"), "Nein.", True),
    (("Was ELISE about healthy and active ageing?", "and also about cancer?"),
     "The page doesn't say.", False),
])
def test_and_about_after_a_claim_of_what_a_project_was_about_claims_the_new_subject(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, answered: bool) -> None:
    first = ask(kb, messages[0])[-1]
    reply = ask(kb, *messages)[-1]
    assert reply.projects == first.projects and reply.intent == "goals", reply.text
    assert reply.answered is answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start,each", [
    # given two projects talked about / when "did they start in the same year as X?" / then
    # each is paired with X, and where some did and some didn't: "Partly", each told (was a
    # claim of the two together, or "No" flat). The page: BFCC March 2016, BONEBANK September
    # 2015, HIHeal 1 April 2016, NORTHOPEDICS 21 June 2016
    (("When did BFCC and BONEBANK run?",
      "did both of them start in the same year as NORTHOPEDICS?"), "Partly.",
     ("2016", "2015")),
    (("Wann liefen BFCC und BONEBANK?", "Begannen die beiden im selben Jahr wie NORTHOPEDICS?"),
     "Teilweise.", ("2016", "2015")),
    (("Wann liefen BFCC und HIHeal?", "Begannen beide im selben Jahr wie NORTHOPEDICS?"),
     "Ja.", ("2016",)),
])
def test_a_same_year_claim_of_several_against_one_named_pairs_each_with_it(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, each: tuple[str, ...]
        ) -> None:
    reply = ask(kb, *messages)[-1]
    assert "northopedics" in reply.projects and len(reply.projects) == 3, reply.text
    assert reply.answered and reply.text.startswith(start), reply.text
    assert all(y in reply.text for y in each), reply.text


@pytest.mark.parametrize("messages,start", [
    # given a project's funding / when "the only fund/funder?" is asked of it, no funder named
    # / then yes where the page names one funder (ELISE: Interreg Europe; BONEBANK: Interreg
    # Deutschland-Danmark with the ERDF behind it), no where it names others beside (KI#CK:
    # Landesprogramm Arbeit, the EU and Schleswig-Holstein, the ESF; HIHeal: ERDF and Hamburg);
    # was the funding again with no verdict
    (("KI#CK funding?", "was that the only fund?"), "No."),
    (("Who funded ELISE?", "was that the only funder?"), "Yes."),
    (("Wer hat BONEBANK gefördert?", "war das der einzige Geldgeber?"), "Ja."),
    (("Wer hat HIHeal gefördert?", "war das die einzige Förderung?"), "Nein."),
    # a funder named the only one, in German: "einzige" is "only" (was "Ja.")
    (("War der ESF der einzige Geldgeber von KI#CK?",), "Nein."),
])
def test_the_only_fund_after_a_projects_funding_counts_its_funders(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "funding" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start,fact", [
    # the page: MAGIA ran 2018 to 2019; MAGIA2Market from September 2020 to February 2023;
    # BFCC until February 2019; ELISE until 31 December 2021
    (("was MAGIA running in 2020?", "and magia2market, was it running then?"), "Yes.",
     "September 2020"),
    (("Lief MAGIA 2020?", "und lief MAGIA2Market damals?"), "Ja.", "September 2020"),
    (("was MAGIA running in 2020?", "was ELISE active back then?"), "Yes.", "2021"),
    (("was MAGIA running in 2020?", "was magia2market running then?", "and bfcc?"), "No.",
     "2019"),
    (("Lief MAGIA 2020?", "und lief MAGIA2Market damals?", "und zu der Zeit BFCC?"), "Nein.",
     "2019"),
    (("which projects were running in 2020?", "was magia running at that time?"), "No.",
     "2019"),
])
def test_a_run_claimed_of_then_is_of_the_year_just_talked_of(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, fact: str) -> None:
    # Given a year asked about (a yes/no or a list)
    # When a project's run is claimed of "then", "damals", "back then"
    reply = ask(kb, *messages)[-1]
    # Then it is checked for that year (was: of today: "No, MAGIA2Market has ended")
    assert reply.intent == "status" and reply.answered, reply.text
    assert reply.text.startswith(start) and fact in reply.text, reply.text


def test_a_project_named_after_a_list_is_itself_not_the_one_of_the_list_named_like_it(
        kb: KnowledgeBase) -> None:
    # Given a list with MAGIA2Market in it, not MAGIA
    # When MAGIA is named
    reply = ask(kb, "which projects were running in 2020?", "and magia?")[-1]
    # Then the reply is about MAGIA (was: MAGIA2Market's card)
    assert reply.projects[:1] == ("magia",), reply.text
