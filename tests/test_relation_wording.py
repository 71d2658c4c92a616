"""Relation words read as what they ask: an organisation "part of" a project is a partner,
teaming up names partners, "embedded in" asks for a parent project, "wozu dienen" asks the
goal, and a "when" after a question word is a conjunction, not a date question."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


def test_an_organisation_part_of_a_project_is_a_partner(kb: KnowledgeBase) -> None:
    for text in ("Which Italian cluster was part of MAGIA?",
                 "Welche Hochschule war Teil von KI#CK?"):
        reply = ask(kb, text)[0]
        assert reply.intent == "partners", (text, reply.text)
    reply = ask(kb, "Which Italian cluster was part of MAGIA?")[0]
    assert "bioPmed" in reply.text and reply.answered


@pytest.mark.parametrize("text", [
    "who was part of the alliance?",
    "who belonged to the alliance?",
    "Wer gehörte zur Allianz?",
    "Wer gehörte zu MAGIA?",
    "Wer war Teil der Allianz?",
])
def test_who_belonged_to_a_project_asks_its_members(kb: KnowledgeBase, text: str) -> None:
    # Given a chat about MAGIA (the page: "the MAGIA-Alliance – consisting of four leading
    # European Life Science clusters")
    # When someone asks who belonged to it or to the alliance
    reply = ask(kb, "Tell me about MAGIA", text)[1]
    # Then its partners, not what it was part of (was "The page doesn't say that MAGIA was
    # part of a larger project.")
    assert reply.intent == "partners" and reply.projects == ("magia",), reply.text
    assert "bioPmed" in reply.text and reply.answered, reply.text


def test_a_project_part_of_another_still_asks_the_parent(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was BRIDGE 53 embedded in a larger initiative?")[0]
    assert reply.intent == "part_of" and "HIHeal" in reply.text and reply.answered
    reply = ask(kb, "War BRIDGE 53 in ein größeres Projekt eingebettet?")[0]
    assert reply.intent == "part_of" and "HIHeal" in reply.text
    reply = ask(kb, "what was bridge 53 for, and which cluster project was it part of")[0]
    assert "HIHeal" in reply.text


def test_teaming_up_and_linking_name_partners(kb: KnowledgeBase) -> None:
    for text, name in (("Mit wem hat sich LSN bei KI#CK zusammengetan?", "oncampus"),
                       ("Which clusters did HIHeal connect?", "Gesundheitswirtschaft Hamburg"),
                       ("whom did LSN join forces with on KI#CK", "Lübeck")):
        reply = ask(kb, text)[0]
        assert reply.intent == "partners" and name in reply.text, (text, reply.text)


def test_what_something_was_to_serve_asks_the_goal(kb: KnowledgeBase) -> None:
    for text in ("Wozu sollte MAGIA2Market in den Zielländern dienen?",
                 "What were the networks in the target countries of MAGIA2Market meant to serve?"):
        reply = ask(kb, text)[0]
        assert reply.intent == "goals", (text, reply.text)


def test_a_when_after_a_question_word_asks_no_date(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Which country came in as a new target when MAGIA2Market followed MAGIA?")[0]
    assert reply.intent == "places" and "Japan" in reply.text
    reply = ask(kb, "When was Japan added as a target for MAGIA2Market?")[0]
    assert reply.intent == "start" and "September 2020" in reply.text  # it came with it
    reply = ask(kb, "Who funded BFCC and when did it run?")[0]
    assert "2016" in reply.text


def test_how_much_a_funder_gave_the_project_named_before(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Ich prüfe gerade die Zahlen zu ELISE. Wie viel kam von Interreg Europe?")[0]
    assert reply.projects == ("elise",) and "1.217.494" in reply.text
    reply = ask(kb, "Checking our records on KI#CK. How much did the ESF put in?")[0]
    assert reply.projects == ("kick",) and "249,000" in reply.text


def test_the_crisis_a_project_answered_is_its_aim(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Auf welche Krise war InnoReAct eine Antwort, und wann begann es?")[0]
    assert "Corona" in reply.text and "2022" in reply.text
    reply = ask(kb, "which crisis did InnoReAct react to?")[0]
    assert reply.intent == "goals" and "Corona" in reply.text


def test_which_projects_have_an_amount_lists_those_with_one(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Which of the projects does the page give a money amount for?")[0]
    assert set(reply.projects) == {"elise", "kick"} and reply.answered


def test_the_speakers_own_report_asks_no_results(kb: KnowledgeBase) -> None:
    reply = ask(kb, "For our report on BFCC: the lead and the start date, please.")[0]
    assert "Life Science Nord" in reply.text and "2016" in reply.text
    assert "Results" not in reply.text


@pytest.mark.parametrize(("text", "reached"), [
    ("what was the forerunner of HIHeal next level transition?", "hiheal"),
    ("Was war der Vorläufer von P.I.L.O.T. Next Level?", "pilot"),
    ("which project did MAGIA2Market follow on from?", "magia"),
])
def test_a_forerunner_is_the_predecessor(kb: KnowledgeBase, text: str, reached: str) -> None:
    # When asked for a project's forerunner ("Vorläufer", "follow on from")
    (reply,) = ask(kb, text)
    # Then the predecessor the page names is given
    assert reply.intent == "predecessor" and reached in reply.projects and reply.answered


@pytest.mark.parametrize("text", [
    "When did the project that P.I.L.O.T. Next Level follows on from end?",
    "Wann endete der Vorläufer von P.I.L.O.T. Next Level?",
])
def test_a_question_asked_of_the_project_followed_on_from_is_asked_of_it(
        kb: KnowledgeBase, text: str) -> None:
    # When a question is asked of the project another followed on from
    (reply,) = ask(kb, text)
    # Then it is answered of the predecessor, P.I.L.O.T., which ended in March 2023
    assert reply.intent == "end" and "pilot" in reply.projects and "2023" in reply.text


@pytest.mark.parametrize("text", ["Woran konnten Firmen bei MAGIA teilnehmen?",
                                  "what could small companies participate in through MAGIA?"])
def test_what_companies_could_take_part_in_asks_the_activities(
        kb: KnowledgeBase, text: str) -> None:
    # When asked what companies could take part in
    (reply,) = ask(kb, text)
    # Then the activities open to them: events, video trainings, market studies
    assert reply.intent == "activities" and reply.answered
    assert "video" in reply.text.lower() or "Video" in reply.text


def test_which_companies_took_part_still_asks_the_partners(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "Which companies took part in BFCC?")
    assert reply.intent == "partners"


@pytest.mark.parametrize(("text", "word"), [
    ("Whom was ELISE meant to bring together?", "clinicians"),
    ("Wen wollte ELISE mit seinem Ökosystem zusammenbringen?", "Patienten"),
])
def test_whom_a_project_wanted_to_bring_together_asks_its_goal(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # When asked whom a project wanted to bring together
    (reply,) = ask(kb, text)
    # Then its goal, which names the people its ecosystem brings together
    assert reply.intent == "goals" and word in reply.text


@pytest.mark.parametrize(("text", "word"), [("What came out of MAGIA?", "China"),
                                            ("Welche Ergebnisse hatte MAGIA?", "USA")])
def test_magias_results_name_its_target_regions(kb: KnowledgeBase, text: str, word: str) -> None:
    # When asked what MAGIA achieved: networks in the target regions, named as the page names them
    (reply,) = ask(kb, text)
    assert reply.intent == "results" and word in reply.text


@pytest.mark.parametrize(("text", "reached", "word"), [
    ("Welches Programm förderte das Projekt, auf das MAGIA2Market folgte?", "magia", "COSME"),
    ("Who funded the project that P.I.L.O.T. Next Level continues?", "pilot", "ERDF"),
    ("Wann endete das Projekt, das HIHeal next level transition fortsetzt?", "hiheal", "2022"),
    # the perfect tense: "gefolgt ist", and the present "weiterführt"
    ("in welchen jahren lief das projekt, auf das magia2market gefolgt ist", "magia", "2018"),
    ("Wann lief das Projekt, das HIHeal next level transition weiterführt?", "hiheal", "2016"),
])
def test_a_project_as_the_subject_of_a_relative_follow_verb_reaches_its_predecessor(
        kb: KnowledgeBase, text: str, reached: str, word: str) -> None:
    # When the project a named one followed or continues is described by a relative clause
    (reply,) = ask(kb, text)
    # Then the question is answered of the predecessor (not: "names no follow-up")
    assert reached in reply.projects and word in reply.text and reply.answered


def test_the_project_that_followed_a_named_one_is_still_its_follow_up(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "When did the project that followed MAGIA end?")
    assert "magia2market" in reply.projects and "2023" in reply.text


@pytest.mark.parametrize(("text", "reached", "word"), [
    # no relative pronoun: "the project MAGIA2Market followed"
    ("who funded the project magia2market followed, and which clusters were in it", "magia",
     "COSME"),
    # a passive, the project named its agent: the pronoun is the project continued
    ("Wann endete das Projekt, das in P.I.L.O.T. Next Level weitergeführt wird?", "pilot",
     "31. März 2023"),
    ("Wann endete das Projekt, das durch MAGIA2Market fortgesetzt wurde?", "magia", "2019"),
    ("when did the project that was continued in MAGIA2Market end?", "magia", "2019"),
    ("Welches Projekt wurde in MAGIA2Market fortgesetzt?", "magia", "MAGIA"),
])
def test_a_relative_clause_without_pronoun_or_in_the_passive_reaches_the_predecessor(
        kb: KnowledgeBase, text: str, reached: str, word: str) -> None:
    # When the project a named one followed is described by such a clause
    (reply,) = ask(kb, text)
    # Then the question is asked of the predecessor, both ends listed
    assert reached in reply.projects and word in reply.text and reply.answered, reply.text
    # and the second ask of the same message ("which clusters were in it") keeps it
    assert "Lyonbiopole" in reply.text or "cluster" not in text


def test_a_passive_question_whether_a_named_project_was_continued_stays_its_follow_up(
        kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "was the project HIHeal continued?")
    assert reply.intent == "follow_up" and reply.text.startswith("Yes")


@pytest.mark.parametrize(("text", "reached"), [
    ("Welches Projekt kam vor HIHeal next level transition?", "hiheal"),
    ("Worauf folgte MAGIA2Market?", "magia"),
])
def test_what_came_before_or_what_a_project_followed_on_is_its_predecessor(
        kb: KnowledgeBase, text: str, reached: str) -> None:
    (reply,) = ask(kb, text)
    assert reply.intent == "predecessor" and reached in reply.projects and reply.answered


def test_which_project_followed_a_named_one_is_still_its_follow_up(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "Welches Projekt folgte auf P.I.L.O.T.?")
    assert reply.intent == "follow_up" and "pilot-next" in reply.projects


@pytest.mark.parametrize("text,continued,follow_up", [
    ("so what did MAGIA turn into?", "magia", "MAGIA2Market"),
    ("and what did HIHeal turn into?", "hiheal", "HIHeal next level transition"),
    ("Was wurde eigentlich aus P.I.L.O.T.?", "pilot", "P.I.L.O.T. Next Level"),
    ("Was ist aus MAGIA geworden?", "magia", "MAGIA2Market"),
    ("what did P.I.L.O.T. continue into?", "pilot", "P.I.L.O.T. Next Level"),
    ("and HIHeal, what was it continued as?", "hiheal", "HIHeal next level transition"),
])
def test_what_a_project_became_asks_for_its_follow_up(
        kb: KnowledgeBase, text: str, continued: str, follow_up: str) -> None:
    # Given a question what a project became ("turn into", "was wurde aus")
    reply = ask(kb, text)[0]
    # Then it asks what continued it: the follow-up, not the project's card or activities
    assert reply.intent == "follow_up" and follow_up in reply.text, (text, reply.text)
    assert continued in reply.projects and reply.answered


def test_what_a_project_with_no_follow_up_became_is_not_on_the_page(
        kb: KnowledgeBase) -> None:
    # Given the same question of a project the page names no follow-up for
    reply = ask(kb, "Was ist aus BFCC geworden?")[0]
    # Then the page's silence is said, with no follow-up invented
    assert reply.intent == "follow_up" and not reply.answered, reply.text


@pytest.mark.parametrize(("messages", "reached"), [
    (("is there a project that continues MAGIA?",), "magia2market"),
    (("Tell me about HIHeal", "is there one which succeeded it?"), "hiheal-next"),
    (("the one which succeeded HIHeal - when did it start?",), "hiheal-next"),
])
def test_a_relative_pronoun_before_a_link_verb_is_its_subject(
        kb: KnowledgeBase, messages: tuple[str, ...], reached: str) -> None:
    # Given "that"/"which" right before "continues"/"succeeded" and the project after the verb
    reply = ask(kb, *messages)[-1]
    # Then the project asked about continued the named one: its follow-up, not its predecessor
    assert reached in reply.projects and reply.intent != "predecessor", reply.text


@pytest.mark.parametrize(("text", "reached", "kind"), [
    ("Wann begann das Projekt, das P.I.L.O.T. fortgesetzt hat?", "pilot-next", "follow_up"),
    ("Wer förderte das Projekt, das MAGIA2Market fortgesetzt hat?", "magia", "predecessor"),
    ("Wer förderte das Projekt, welches MAGIA fortsetzte?", "magia2market", "follow_up"),
])
def test_a_german_relative_that_reads_either_way_takes_the_link_the_page_gives(
        kb: KnowledgeBase, text: str, reached: str, kind: str) -> None:
    # Given a German relative clause whose "das"/"welches" may be subject or object of the verb
    (reply,) = ask(kb, text)
    # Then it is read as the link the named project has on the page, and the hop is taken
    assert reached in reply.projects and len(reply.projects) == 2, reply.text
    assert kind == "follow_up" or "COSME" in reply.text


@pytest.mark.parametrize(("text", "intent", "reached"), [
    # the page: HIHeal next level transition continues HIHeal, MAGIA2Market continues MAGIA
    ("Wie heißt das Projekt, das HIHeal fortsetzt?", "follow_up", "hiheal-next"),
    ("Welches Projekt führte MAGIA fort?", "follow_up", "magia2market"),
    ("Was hat MAGIA2Market fortgesetzt?", "predecessor", "magia"),
    ("Was setzte MAGIA2Market fort?", "predecessor", "magia"),
    ("Welches Projekt setzt P.I.L.O.T. Next Level fort?", "predecessor", "pilot"),
    ("hiheal next level transition continues which project?", "predecessor", "hiheal"),
    ("magia2market continued which project?", "predecessor", "magia"),
])
def test_a_link_verb_asks_for_the_end_its_subject_and_object_leave(
        kb: KnowledgeBase, text: str, intent: str, reached: str) -> None:
    # Given a link verb whose question word is its object ("… continued which project?"), a
    # German "was"/"welches" that may be either, or "führte … fort" (no "who led it")
    (reply,) = ask(kb, text)
    # Then the link asked is answered with both ends, in the direction the page gives
    assert reply.intent == intent and reached in reply.projects and reply.answered, reply.text
    assert len(reply.projects) == 2, reply.text


@pytest.mark.parametrize(("text", "reached", "agent"), [
    ("Welches Projekt wird durch HIHeal next level transition fortgesetzt?", "hiheal",
     "hiheal-next"),
    ("which project is continued by MAGIA2Market?", "magia", "magia2market"),
    ("Welches Projekt wurde von P.I.L.O.T. Next Level weitergeführt?", "pilot", "pilot-next"),
    ("which project was followed by magia2market", "magia", "magia2market"),
    ("Welches Projekt wurde durch MAGIA2Market abgelöst?", "magia", "magia2market"),
])
def test_a_passive_link_verb_with_the_project_as_agent_asks_the_predecessor(
        kb: KnowledgeBase, text: str, reached: str, agent: str) -> None:
    # Given the question word as the subject of a passive link verb ("is continued by X",
    # "wird durch X fortgesetzt")
    (reply,) = ask(kb, text)
    # Then it asks for the project X continued, with both ends
    assert reply.intent == "predecessor" and reply.answered, reply.text
    assert set(reply.projects) == {reached, agent}, reply.text


@pytest.mark.parametrize("text", [
    "Von welchem Projekt wurde MAGIA fortgesetzt?", "by which project was MAGIA continued?",
])
def test_the_question_word_as_the_passive_agent_still_asks_the_follow_up(
        kb: KnowledgeBase, text: str) -> None:
    # Given the question word after "von"/"by": it is the agent, MAGIA the subject
    (reply,) = ask(kb, text)
    # Then it asks what continued MAGIA
    assert reply.intent == "follow_up" and "magia2market" in reply.projects, reply.text


@pytest.mark.parametrize(("text", "line"), [
    ("whats the difference between pilot and pilot next level", "carries on"),
    ("Was ist der Unterschied zwischen P.I.L.O.T. und P.I.L.O.T. Next Level?", "baut sie aus"),
])
def test_the_difference_to_a_follow_up_the_page_tells_a_line_of_is_that_line(
        kb: KnowledgeBase, text: str, line: str) -> None:
    # Given a follow-up the page only names, but with one line on what it does
    (reply,) = ask(kb, text)
    # Then the difference is the link, what the page gives of each, and that line
    assert reply.intent == "relations" and reply.answered, reply.text
    assert set(reply.projects) == {"pilot", "pilot-next"} and line in reply.text, reply.text


def test_the_difference_to_a_follow_up_the_page_does_not_describe_is_not_told(
        kb: KnowledgeBase) -> None:
    # Given a follow-up the page names without a word on what it does
    (reply,) = ask(kb, "what is the difference between hiheal and hiheal next level transition")
    # Then the bot says the page can't tell how the two differ
    assert reply.intent == "relations" and not reply.answered, reply.text


@pytest.mark.parametrize("question", [
    "Was macht HIHeal next level transition eigentlich anders als HIHeal?",
    "what does HIHeal next level transition do differently from HIHeal?",
])
def test_how_a_named_follow_up_differs_lists_both_compared(kb: KnowledgeBase, question: str
                                                           ) -> None:
    # Given a follow-up the page only names, set against its predecessor
    (reply,) = ask(kb, question)
    # Then not told, and both compared are listed (as every comparison lists them)
    assert reply.intent == "relations" and not reply.answered, reply.text
    assert set(reply.projects) == {"hiheal", "hiheal-next"}


@pytest.mark.parametrize(("messages", "reached"), [
    (("tell me about magia2market", "and of which project was it the successor?"), "magia"),
    (("Wann begann P.I.L.O.T. Next Level?", "Und von welchem Projekt ist das der Nachfolger?"),
     "pilot"),
])
def test_of_which_project_after_a_joining_word_still_asks_the_predecessor(
        kb: KnowledgeBase, messages: tuple[str, ...], reached: str) -> None:
    # Given "and"/"und" before "of which project was it the successor?"
    reply = ask(kb, *messages)[-1]
    # Then it asks what the project followed, not what followed it
    assert reply.intent == "predecessor" and reached in reply.projects and reply.answered


@pytest.mark.parametrize(("messages", "meant"), [
    (("Von welchem Projekt ist HIHeal next level transition der Nachfolger?",
      "Und wann startete es?"), "hiheal-next"),
    (("magia2market was the successor of which project?", "when did it start?"), "magia2market"),
    (("What was the predecessor of MAGIA2Market?", "when did it start?"), "magia"),
])
def test_it_after_a_link_noun_of_a_named_subject_is_that_subject(
        kb: KnowledgeBase, messages: tuple[str, ...], meant: str) -> None:
    # Given a link asked with the named project as the subject of its noun ("X ist der
    # Nachfolger von …?"), or of the project the question ends on ("the predecessor of X")
    reply = ask(kb, *messages)[-1]
    # Then "it" next is the named subject in the first case, the project reached in the second
    assert reply.projects == (meant,), reply.text


@pytest.mark.parametrize("messages", [
    ("Welche Cluster standen hinter dem Projekt, zu dem BRIDGE 53 gehörte?",),
    ("tell me about bridge 53", "which partners were in the project it belonged to?"),
])
def test_partners_of_the_project_a_named_one_belonged_to(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given partners asked of the project a named project (or "it") belonged to
    reply = ask(kb, *messages)[-1]
    # Then the hop to the parent is taken, its partners answered (no organisation "part of")
    assert reply.projects == ("bridge53", "hiheal") and "Hamburg" in reply.text


@pytest.mark.parametrize("text,asked,reached", [
    # the page: MAGIA2Market followed MAGIA; P.I.L.O.T. Next Level followed P.I.L.O.T.
    ("Which project did MAGIA2Market evolve from?", "predecessor", "magia"),
    ("Aus welchem Projekt ist P.I.L.O.T. Next Level entstanden?", "predecessor", "pilot"),
    ("Woraus ging MAGIA2Market hervor?", "predecessor", "magia"),
    # the project named right after the origin's preposition is the origin: its follow-up
    ("Which project emerged from P.I.L.O.T.?", "follow_up", "pilot-next"),
    ("Welches Vorhaben ist aus MAGIA hervorgegangen?", "follow_up", "magia2market"),
    ("what was built on MAGIA?", "follow_up", "magia2market"),
])
def test_what_a_project_grew_out_of_is_its_predecessor(
        kb: KnowledgeBase, text: str, asked: str, reached: str) -> None:
    # Given a question where a project came from ("grow out of", "hervorgegangen aus")
    reply = ask(kb, text)[0]
    # Then the project it came from, or, the project named being the origin, what came of it
    assert reply.intent == asked and reached in reply.projects and reply.answered, reply.text


@pytest.mark.parametrize("text,start", [
    # the page: MAGIA2Market is the follow-up of MAGIA
    ("Hat MAGIA2Market an MAGIA angeknüpft?", "Ja."),
    ("Hat MAGIA2Market an BFCC angeknüpft?", "Nein."),
])
def test_building_on_a_project_claimed_as_anknuepfen_is_its_predecessor(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given a yes/no whether a project "knüpfte an" another (built on it)
    reply = ask(kb, text)[0]
    # Then the link claimed is checked: its predecessor, yes or no
    assert reply.intent == "predecessor" and "magia" in reply.projects, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text", ["Which project was built on that ecosystem idea?",
                                  "Which project was based on the ecosystem concept?"])
def test_a_project_built_on_an_idea_is_no_predecessor(kb: KnowledgeBase, text: str) -> None:
    # Given a project asked for that was built on an idea, not on a project
    reply = ask(kb, text)[0]
    # Then the project the idea describes (the page: ELISE, built on the ecosystem idea), not
    # its predecessor, which the page doesn't have
    assert reply.intent == "list" and reply.projects == ("elise",) and reply.answered, \
        reply.text


@pytest.mark.parametrize("messages", [
    ("Was war HIHeal?", "Gehörte da noch ein anderes Projekt dazu?"),
    ("what was hiheal?", "did any other project belong to it?"),
    ("Wer förderte HIHeal?", "Gehörte ein Teilprojekt dazu?"),
    ("Gehörten andere Projekte zu HIHeal?",),
    ("Gehörte ein anderes Projekt zu HIHeal?",),
    ("did any other project belong to hiheal?",),
    ("Wann lief HIHeal?", "gehörte da sonst noch was dazu?"),  # something, not named
    ("when did HIHeal run?", "did anything else belong to it?"),
])
def test_another_project_belonging_to_the_one_talked_about_is_its_part(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given another project as the subject of "belong to it" / "dazu gehören" (the page: BRIDGE
    # 53 was part of HIHeal)
    reply = ask(kb, *messages)[-1]
    # Then the parts of the project are asked for, not a larger project it belonged to
    assert reply.intent == "contains" and "BRIDGE 53" in reply.text and reply.answered, \
        reply.text
    assert reply.text.startswith(("Ja", "Yes")), reply.text
    # and "what did that do?" next is about the part
    then = ask(kb, *messages, "Und was hat das gemacht?")[-1]
    assert then.projects == ("bridge53",), then.text


@pytest.mark.parametrize("text", [
    "Welches Projekt gehörte zu HIHeal?",
    "Welches Projekt gehört zu HIHeal dazu?",
    "which project belonged to HIHeal?",
    "what project belongs to hiheal",
    "what belongs to HIHeal?",
])
def test_a_project_that_belonged_to_the_one_named_is_its_part(kb: KnowledgeBase,
                                                             text: str) -> None:
    # Given the question word as the subject of "belonged to" and the project after it (the
    # page: BRIDGE 53 was part of HIHeal)
    reply = ask(kb, text)[0]
    # Then HIHeal's part is named (was "The page doesn't say that HIHeal was part of a larger
    # project.", not answered)
    assert reply.intent == "contains" and "BRIDGE 53" in reply.text and reply.answered, \
        reply.text
    # and "when did it run?" next asks of the part, whose dates the page doesn't give
    then = ask(kb, text, "Wann lief das?")[-1]
    assert then.projects == ("bridge53",) and not then.answered, then.text


@pytest.mark.parametrize("text", [
    "Which project did BRIDGE 53 belong to?",
    "Zu welchem Projekt gehörte BRIDGE 53?",
    "BRIDGE 53 gehört zu welchem Projekt?",
    "Did BRIDGE 53 belong to HIHeal?",
])
def test_the_project_named_as_the_one_that_belonged_asks_its_parent(kb: KnowledgeBase,
                                                                    text: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "part_of" and "HIHeal" in reply.text and reply.answered, reply.text


def test_a_project_belonging_to_another_one_still_asks_for_the_larger_project(
        kb: KnowledgeBase) -> None:
    # Given the project talked about as the subject ("did it belong to another project?")
    reply = ask(kb, "Was war BRIDGE 53?", "Gehörte das zu einem anderen Projekt?")[-1]
    # Then the project it was part of is named
    assert reply.intent == "part_of" and "HIHeal" in reply.text, reply.text


@pytest.mark.parametrize(("text", "needle"), [
    # the page: BRIDGE 53 was part of HIHeal (1 April 2016 to 31 December 2022, ERDF and Hamburg)
    ("wer hat das projekt finanziert, zu dem bridge 53 gehört hat?", "Hamburg"),
    ("wann lief das projekt, zu dem bridge 53 gehört hat?", "2022"),
    ("Zu welchem Projekt hat BRIDGE 53 gehört?", "HIHeal"),
    ("Hat BRIDGE 53 zu HIHeal gehört?", "Ja"),
])
def test_belonging_in_the_perfect_tense_is_the_same_link(
        kb: KnowledgeBase, text: str, needle: str) -> None:
    # Given "gehört hat" / "hat … gehört" instead of "gehörte"
    (reply,) = ask(kb, text)
    # Then the project BRIDGE 53 belonged to is reached, and both ends are listed
    assert reply.projects == ("bridge53", "hiheal") and needle in reply.text, reply.text


@pytest.mark.parametrize(("messages", "reached", "needle"), [
    # the page: MAGIA2Market continued MAGIA (COSME); P.I.L.O.T. Next Level continues
    # P.I.L.O.T., which ended on 31 March 2023
    (("who funded magia2market", "and the project it continued?"), "magia", "COSME"),
    (("tell me about pilot next level", "when did the project it continued end?"), "pilot",
     "2023"),
])
def test_it_as_the_subject_of_a_link_verb_asks_for_the_project_it_continued(
        kb: KnowledgeBase, messages: tuple[str, ...], reached: str, needle: str) -> None:
    # Given "the project it continued" about a follow-up
    reply = ask(kb, *messages)[-1]
    # Then the predecessor is reached and the question asked of it
    assert reached in reply.projects and needle in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("turns,projects", [
    (("what's the connection between MAGIA and MAGIA2Market?",
      "and between P.I.L.O.T. and P.I.L.O.T. Next Level?", "any other pairs like that?"),
     {"hiheal", "hiheal-next"}),
    (("Wie hängen MAGIA und MAGIA2Market zusammen?", "Gibt es weitere solche Paare?"),
     {"hiheal", "hiheal-next", "pilot", "pilot-next"}),
])
def test_other_pairs_like_that_are_the_other_projects_with_that_link(
        kb: KnowledgeBase, turns: tuple[str, ...], projects: set[str]) -> None:
    # Given the link between a project and its follow-up, asked of one pair or two
    reply = ask(kb, *turns)[-1]
    # When other pairs like that are asked for
    # Then the other projects continued by another, with their follow-ups (not those told)
    assert reply.intent == "list" and set(reply.projects) == projects, reply.text
    assert reply.answered


@pytest.mark.parametrize(("text", "added"), [
    ("magia vs magia2market - how do they relate?", "Japan"),
    ("MAGIA vs. MAGIA2Market: wie hängen sie zusammen?", "Japan"),
])
def test_two_projects_set_against_each_other_get_their_link_and_how_they_differ(
        kb: KnowledgeBase, text: str, added: str) -> None:
    # Given "A vs B" with a question about how they relate
    (reply,) = ask(kb, text)
    # Then the link comes with what the page gives of each, as for "the difference between"
    assert reply.intent == "relations" and reply.answered, reply.text
    assert set(reply.projects) == {"magia", "magia2market"} and added in reply.text, reply.text


@pytest.mark.parametrize("text", ["magia vs magia2market, what's the difference",
                                  "magia vs magia2market was is der unterschied",
                                  "MAGIA und MAGIA2Market – was ist der Unterschied?"])
def test_the_difference_asked_after_the_two_names_is_how_they_differ(
        kb: KnowledgeBase, text: str) -> None:
    # Given two projects named, then "what's the difference" without "between"
    (reply,) = ask(kb, text)
    # Then their link and what the page gives of each (was both cards), Japan added
    assert reply.intent == "relations" and reply.answered, reply.text
    assert "Japan" in reply.text, reply.text


def test_a_difference_in_one_measure_stays_that_measure(kb: KnowledgeBase) -> None:
    # Given a difference asked in a measure ("bei der Laufzeit", "in duration")
    for text, intent in (("was ist der Unterschied bei der Laufzeit von BFCC und ELISE?",
                          "dates"),
                         ("what's the difference in duration between BFCC and ELISE?",
                          "duration")):
        (reply,) = ask(kb, text)
        # Then it is that measure of both, nothing more
        assert reply.intent == intent and "flagship" not in reply.text, reply.text


@pytest.mark.parametrize("text,funders", [
    ("what did BFCC and ELISE have in common?", ("Interreg Baltic Sea Region", "Interreg Europe")),
    ("Was haben BFCC und ELISE gemeinsam?", ("Interreg-Programm Ostseeraum", "Interreg Europe")),
    ("Gemeinsamkeiten von NORTHOPEDICS und BONEBANK?", ("EFRE", "Interreg Deutschland-Danmark")),
])
def test_what_two_projects_have_in_common_is_what_the_page_gives_of_each(
        kb: KnowledgeBase, text: str, funders: tuple[str, ...]) -> None:
    # Given two projects the page links to no other (BFCC only to a flagship project)
    (reply,) = ask(kb, text)
    # When what they have in common is asked
    # Then, as for their difference, when each ran, where and who funded it (was only their
    # links: "The page names no related projects for ELISE.", answered false)
    assert reply.intent == "relations" and reply.answered, reply.text
    assert all(f in reply.text for f in funders), reply.text


@pytest.mark.parametrize("text,intent", [
    ("is BRIDGE 53 part of HIHeal or the other way round?", "part_of"),
    ("Ist BRIDGE 53 Teil von HIHeal oder umgekehrt?", "part_of"),
    ("is MAGIA the successor of MAGIA2Market or the other way round?", "follow_up"),
])
def test_a_link_asked_between_two_projects_is_answered_by_the_link_the_page_has(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given two projects the page links one way
    reply = ask(kb, text)[0]
    # When the link is asked between them, either way round
    # Then the link the page has answers it, not that the other one has no such link
    assert reply.intent == intent and len(reply.projects) == 2, reply.text
    assert reply.answered and "doesn't say" not in reply.text and "nennt" not in reply.text


@pytest.mark.parametrize("messages", [
    ("is BRIDGE 53 part of HIHeal?", "and HIHeal itself, did it continue in something?"),
    ("tell me about HIHeal", "did it continue into another project?"),
])
def test_going_on_in_another_project_asks_the_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given HIHeal talked about
    reply = ask(kb, *messages)[-1]
    # When whether "it" continued in (into) another project is asked
    # Then it is its follow-up, not its predecessor
    assert reply.intent == "follow_up" and "hiheal-next" in reply.projects, reply.text
    assert reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize("text,asked,fact", [
    ("when did the project that was continued by HIHeal next level transition end?", "end",
     "31 December 2022"),
    ("who funded the project that was continued by MAGIA2Market?", "funding", "COSME"),
    # a participle right after the project word, with its agent
    ("when did the project continued by MAGIA2Market end?", "end", "2019"),
    ("who funded the one continued by HIHeal next level transition?", "funding",
     "Regional Development"),
])
def test_the_project_that_was_continued_by_a_follow_up_is_its_predecessor(
        kb: KnowledgeBase, text: str, asked: str, fact: str) -> None:
    # When a relative clause in the passive names the follow-up as the agent ("the project that
    # was continued by X")
    reply = ask(kb, text)[0]
    # Then the question is asked of the project X continued, with the link said (both ends)
    assert reply.intent == asked and len(reply.projects) == 2 and reply.answered, reply.text
    assert fact in reply.text, reply.text


@pytest.mark.parametrize("dialog,fact", [
    (("yo wat was magia2market about", "which project came before it"), "2018"),
    (("Wann lief MAGIA2Market?", "Und der Vorgänger?"), "2018"),
    (("what came before P.I.L.O.T. Next Level?",), "31 March 2023"),
])
def test_a_predecessor_is_told_with_when_it_ran(
    kb: KnowledgeBase, dialog: tuple[str, ...], fact: str
) -> None:
    # Given a follow-up whose predecessor the page dates (MAGIA: 2018 and 2019; P.I.L.O.T.:
    # 1 January 2020 to 31 March 2023)
    reply = ask(kb, *dialog)[-1]
    # Then the predecessor is named with when it ran, as a follow-up is with its start
    assert reply.intent == "predecessor" and reply.answered and fact in reply.text, reply.text


def test_how_a_project_and_its_follow_up_are_linked_says_what_the_follow_up_added(
    kb: KnowledgeBase
) -> None:
    # Given MAGIA2Market, which continued MAGIA and added Japan as a target
    (reply,) = ask(kb, "how are MAGIA and MAGIA2Market connected")
    # Then the link, and what the follow-up added; "the two" next are still both
    assert reply.intent == "relations" and "Japan" in reply.text
    assert set(ask(kb, "how are MAGIA and MAGIA2Market connected",
                   "welches der beiden lief länger?")[-1].projects) == {"magia", "magia2market"}


@pytest.mark.parametrize("text,intent,needle", [
    # the page: HIHeal included BRIDGE 53, which aimed at therapies for infectious diseases
    ("what was the aim of the sub-project of HIHeal?", "goals", "infectious"),
    ("Was war das Ziel vom Teilprojekt von HIHeal?", "goals", "Infektionskrankheiten"),
    ("when did the sub-project of HIHeal start", "start", "BRIDGE 53"),
    # the possessive form: the project's name right before the noun
    ("what was the aim of HIHeal's sub-project", "goals", "infectious"),
    ("Was war das Ziel von HIHeals Teilprojekt?", "goals", "Infektionskrankheiten"),
    ("who funded the HIHeal subproject?", "funding", "BRIDGE 53"),
])
def test_a_question_about_the_sub_project_of_a_project_reaches_its_part(
        kb: KnowledgeBase, text: str, intent: str, needle: str) -> None:
    # Given a question about "the sub-project of" a project (the link the other way round from
    # "the project BRIDGE 53 belonged to")
    (reply,) = ask(kb, text)
    # Then it says which project the part is and answers the question of the part
    assert reply.intent == intent and reply.projects == ("hiheal", "bridge53"), reply.text
    assert "BRIDGE 53" in reply.text.splitlines()[0] and needle in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("tell me about magia", "how did it continue?"),
    ("Erzählen Sie mir von MAGIA", "wie ging es danach weiter?"),
])
def test_how_it_went_on_asks_the_follow_up(kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA talked about (continued by MAGIA2Market)
    reply = ask(kb, *messages)[-1]
    # When how it went on is asked ("how did it continue?" holds "did it continue", which asks
    # the other way in "what did it continue?")
    # Then the longer phrase tells the link: its follow-up, with what it did (was "no
    # predecessor for MAGIA")
    assert "magia2market" in reply.projects and "MAGIA2Market" in reply.text, reply.text
    assert "predecessor" not in reply.text and "Vorgänger" not in reply.text, reply.text


@pytest.mark.parametrize("text,ends", [
    ("which project carried HIHeal on?", ("hiheal", "hiheal-next")),
    ("which project continued pilot's network activities", ("pilot", "pilot-next")),
    ("welches Projekt hat die Netzwerkaktivitäten von P.I.L.O.T. weitergeführt?",
     ("pilot", "pilot-next")),
])
def test_which_project_carried_it_on_asks_the_follow_up_whatever_it_carried_on(
        kb: KnowledgeBase, text: str, ends: tuple[str, str]) -> None:
    # Given a question for the project that carried another on, naming what it carried on
    reply = ask(kb, text)[0]
    # Then it is the follow-up link, both ends, not what either did
    assert reply.intent == "follow_up" and set(reply.projects) == set(ends), reply.text


def test_what_a_follow_up_builds_on_says_what_of_its_predecessor_it_carries_on(
        kb: KnowledgeBase) -> None:
    # Given P.I.L.O.T. Next Level, which the page says continues P.I.L.O.T.'s network activities
    reply = ask(kb, "what does P.I.L.O.T. Next Level build on?")[0]
    # Then the predecessor is named, and what of it the follow-up carries on
    assert reply.intent == "predecessor" and "network activities" in reply.text, reply.text


@pytest.mark.parametrize("text,intent,said", [
    ("wer hat das projekt finanziert, dessen teil bridge 53 war?", "funding", "Hamburg"),
    ("wann endete das Projekt, dessen Teil BRIDGE 53 war?", "end", "2022"),
])
def test_the_project_whose_part_it_was_is_a_step_to_the_parent(
        kb: KnowledgeBase, text: str, intent: str, said: str) -> None:
    # Given a chain written as a relative clause with "dessen Teil"
    reply = ask(kb, text)[0]
    # Then the question is asked of the parent, and both ends are listed
    assert reply.intent == intent and reply.projects == ("bridge53", "hiheal"), reply.text
    assert said in reply.text


@pytest.mark.parametrize("messages,years", [
    (("when did MAGIA2Market start?", "und das Vorgängerprojekt, wann lief das?"), "2018"),
    (("In welchen Jahren lief das Vorgängerprojekt von MAGIA2Market?",), "2018"),
    (("when did the project that PILOT Next Level continues end?",), "2023"),
])
def test_a_hop_to_the_predecessor_says_its_dates_once(
        kb: KnowledgeBase, messages: tuple[str, ...], years: str) -> None:
    # Given a question of a follow-up's predecessor about when it ran
    reply = ask(kb, *messages)[-1]
    # Then the link says only where it leads, and the dates are said once, by the answer (was
    # "… setzte MAGIA fort, das von 2018 bis 2019 lief. MAGIA lief von 2018 bis 2019.")
    assert reply.answered and reply.text.count(years) == 1, reply.text


@pytest.mark.parametrize("messages,intent,fact", [
    (("what was bridge 53 supposed to achieve?", "and the parent, when did it start?"),
     "start", "1 April 2016"),
    (("what was bridge 53 supposed to achieve?", "who funded its parent?"), "funding",
     "Hamburg"),
])
def test_the_parent_alone_is_the_project_a_part_belonged_to(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, fact: str) -> None:
    # Given BRIDGE 53 talked of (the page: part of HIHeal, which ran from 1 April 2016)
    reply = ask(kb, *messages)[-1]
    # When "the parent" or "its parent" is asked of, without "project"
    # Then the question is about HIHeal (was BRIDGE 53's own, which the page doesn't give)
    assert reply.intent == intent and "hiheal" in reply.projects, reply.text
    assert fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("messages,fact,aside", [
    (("Was ist P.I.L.O.T. Next Level?", "und der Vorgänger, wer hat den gefördert?"),
     "Schleswig-Holstein", "Netzwerkaktivitäten"),
    (("who funded the project that P.I.L.O.T. Next Level continues?",), "Schleswig-Holstein",
     "network activities"),
])
def test_a_hop_from_a_follow_up_answers_of_the_predecessor_without_what_it_carries_on(
        kb: KnowledgeBase, messages: tuple[str, ...], fact: str, aside: str) -> None:
    # Given P.I.L.O.T. Next Level, which the page says carries on P.I.L.O.T.'s network
    # activities, and a question asked of its predecessor
    reply = ask(kb, *messages)[-1]
    # Then the link and the answer about P.I.L.O.T., not what the follow-up carries on (that
    # answers "what is P.I.L.O.T. Next Level?", not who funded P.I.L.O.T.)
    assert fact in reply.text and aside not in reply.text, reply.text
    assert reply.projects == ("pilot-next", "pilot"), reply.projects
