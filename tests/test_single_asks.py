"""One message whose ask was misread: a softener inside an intent phrase ("what can you actually
do?"), a source request about a named fact, a fused German question word ("wielange"), a told
question ("Mir ist nicht klar, was aus MAGIA wurde"), a short question after the sentence that
names its subject."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("text,language", [
    ("what can you really do?", "en"),
    ("so what exactly can you do", "en"),
    ("Was kannst du denn überhaupt?", "de"),
    ("Worüber können Sie mir eigentlich Auskunft geben?", "de"),
])
def test_a_softener_inside_a_help_phrase_still_asks_for_help(
        kb: KnowledgeBase, text: str, language: str) -> None:
    # Given a new chat
    # When the help question carries a word that only stresses it
    reply = ask(kb, text)[0]
    # Then it is still the help, answered in the message's language
    assert reply.intent == "help" and reply.answered and reply.language == language, reply.text


@pytest.mark.parametrize("text,intent,project", [
    ("who really paid for BFCC?", "funding", "bfcc"),
    ("Wann hat ELISE denn eigentlich geendet?", "end", "elise"),
    ("what precisely was the aim of BONEBANK?", "goals", "bonebank"),
])
def test_a_softener_leaves_a_project_question_as_it_was(
        kb: KnowledgeBase, text: str, intent: str, project: str) -> None:
    # Given a question about one project with a softener in it
    reply = ask(kb, text)[0]
    # Then it asks what it would ask without the softener
    assert reply.intent == intent and reply.projects == (project,), reply.text


@pytest.mark.parametrize("text,intent,projects", [
    ("Mir ist immer noch nicht ganz klar, was aus P.I.L.O.T. geworden ist.", "follow_up",
     {"pilot", "pilot-next"}),
    ("Ich arbeite mich gerade ein. Mir ist noch nicht so ganz klar, was nach HIHeal kam.",
     "follow_up", {"hiheal", "hiheal-next"}),
    ("Ich weiß noch nicht genau, wie lange ELISE lief.", "duration", {"elise"}),
])
def test_a_told_question_is_read_without_its_lead_in(
        kb: KnowledgeBase, text: str, intent: str, projects: set[str]) -> None:
    # Given a question told as a statement after a lead-in ("Mir ist noch nicht klar, …")
    reply = ask(kb, text)[0]
    # Then the lead-in's own words ("noch": still running?) do not colour what it asks
    assert reply.intent == intent and set(reply.projects) == projects, reply.text
    assert reply.answered


@pytest.mark.parametrize("text,project,quoted", [
    ("where is it written that HIHeal ended in 2022?", "hiheal",
     "2022"),
    ("which sentence says who funded ELISE", "elise", "Interreg"),
    ("An welcher Stelle steht, dass BONEBANK vom UKSH geleitet wurde?", "bonebank", "UKSH"),
    ("Wo steht, wann BFCC begonnen hat?", "bfcc", "2016"),
    # a link told between both its ends, a softener inside the request (was: "where" read as
    # the places of HIHeal, reached by a step from BRIDGE 53; "actually" hid the request)
    ("where does it actually say that BRIDGE 53 belonged to HIHeal?", "bridge53",
     "part of the project Hygiene"),
    ("Wo steht eigentlich, dass BRIDGE 53 zu HIHeal gehörte?", "bridge53",
     "part of the project Hygiene"),
    ("where does it really say that MAGIA2Market followed MAGIA?", "magia2market",
     "followed the successfully concluded MAGIA"),
])
def test_a_source_request_about_a_named_fact_answers_it_with_the_page_words(
        kb: KnowledgeBase, text: str, project: str, quoted: str) -> None:
    # Given a new chat, so there is no last answer to point at
    # When the message asks where the page says something it names itself
    reply = ask(kb, text)[0]
    # Then it answers that, and shows the page's words it rests on
    assert reply.intent == "sources" and reply.answered, reply.text
    assert project in reply.projects and quoted in reply.text
    assert "“" in reply.text  # a quote of the page, not only the answer


def test_a_bare_source_request_still_points_at_the_last_answer(kb: KnowledgeBase) -> None:
    # Given an answer about BONEBANK's lead
    replies = ask(kb, "who led BONEBANK?", "where does it say that?")
    # Then "where does it say that?" shows that answer's page words, once
    assert replies[1].intent == "sources" and "UKSH" in replies[1].text
    assert replies[1].text.count("UKSH") == 1


@pytest.mark.parametrize("text,intent,projects", [
    ("ELISE and BONEBANK were both Interreg projects. From which programme exactly?", "funding",
     {"elise", "bonebank"}),
    ("Mir ist aufgefallen, dass HIHeal und InnoReAct beide von Hamburg Geld bekamen. Von wem "
     "jeweils genau?", "funding", {"hiheal", "innoreact"}),
])
def test_a_short_question_after_the_told_asks_of_what_was_told(
        kb: KnowledgeBase, text: str, intent: str, projects: set[str]) -> None:
    # Given a sentence that names projects and what they had in common
    # When a short question after it is only a preposition and a question word
    reply = ask(kb, text)[0]
    # Then it asks that of each project told
    assert reply.intent == intent and set(reply.projects) == projects, reply.text


@pytest.mark.parametrize("text,intent,project", [
    ("wielange hat BFCC gedauert?", "duration", "bfcc"),
    ("Seitwann gibt es P.I.L.O.T. Next Level?", "start", "pilot-next"),
    ("howlong did MAGIA run?", "duration", "magia"),
])
def test_a_question_word_run_together_with_the_next_reads_as_two(
        kb: KnowledgeBase, text: str, intent: str, project: str) -> None:
    # Given a question word written together with the word after it
    reply = ask(kb, text)[0]
    # Then it reads as the two words
    assert reply.intent == intent and project in reply.projects, reply.text


def test_ordinary_words_that_start_like_a_question_word_stay_whole() -> None:
    from bot.query import unfused
    # Given words that only begin with a question word's letters
    for text in ("Wiederholung", "werden", "whenever", "Wasserstoff", "wieviele Projekte",
                 "bisher", "Woher"):
        # Then nothing is split
        assert unfused(text) == text


def test_the_fused_word_search_finds_what_the_question_words_alone_find() -> None:
    import re

    from bot.query import _fused_pattern, phrases
    # Given the search for fused question words, which first rules places out by their first
    # letter (the question words alone were tried at every word of every message)
    words = sorted({w.split()[0] for ws in phrases().question_words.values() for w in ws},
                   key=len, reverse=True)
    plain = re.compile(rf"\b({'|'.join(words)})([^\W\d_]{{3,}})", re.IGNORECASE)
    # When both look at questions in any case, and at letters that fold in odd ways
    texts = [*(f(q) for q in ("wielange lief es?", "WARUMNICHT", "Seitwann?", "howlong",
                              "ob WOHERkam", "ſincewhen", "İwhatever", "Kelvin-Whatsoever")
               for f in (str, str.upper, str.title, str.swapcase))]
    # Then they find the same words at the same places
    for text in texts:
        assert [(m.span(), m.groups()) for m in _fused_pattern().finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


@pytest.mark.parametrize("text,project,named", [
    ("who was the lead for MAGIA2Market?", "magia2market", ""),
    ("who's behind BONEBANK?", "bonebank", "UKSH"),
    ("Wer steckt hinter KI#CK?", "kick", "Life Science Nord"),
])
def test_a_lead_asked_with_for_or_behind_is_the_lead(
        kb: KnowledgeBase, text: str, project: str, named: str) -> None:
    # Given a question for who led a project, with "lead for" or "behind"
    reply = ask(kb, text)[0]
    # Then it is the lead question ("for" asks no aim)
    assert reply.intent == "lead" and reply.projects[:1] == (project,), reply.text
    assert named in reply.text


@pytest.mark.parametrize("text,intent,project", [
    ("Hallo, ich schreibe für die Lokalzeitung. Für den Artikel bräuchte ich das Ziel von "
     "BONEBANK. Können Sie mir weiterhelfen?", "goals", "bonebank"),
    ("Hi, I'm a student. For my essay I need the funder of ELISE. Could you help me out?",
     "funding", "elise"),
    ("For our records we need the funder of BFCC. Can you let me know?", "funding", "bfcc"),
    ("Our colleagues worked on KI#CK, but nobody remembers the exact start and end dates. "
     "Could you tell me?", "dates", "kick"),
    ("Ich schreibe einen Artikel. Ich bräuchte das Ziel von MAGIA. Können Sie es mir sagen?",
     "goals", "magia"),
    ("Für unser Archiv brauchen wir die Laufzeit von BFCC. Können Sie uns das mitteilen?",
     "dates", "bfcc"),
])
def test_a_last_request_for_help_asks_what_was_told_before_it(
        kb: KnowledgeBase, text: str, intent: str, project: str) -> None:
    # Given sentences that tell what is needed of a project, then only "can you help?"
    reply = ask(kb, text)[0]
    # Then what was told is answered, not the help
    assert reply.intent == intent and reply.projects[:1] == (project,), reply.text


def test_help_alone_after_a_greeting_is_still_help(kb: KnowledgeBase) -> None:
    # Given a told sentence that names nothing, then a request for help
    reply = ask(kb, "Hallo, ich bin neu hier. Können Sie mir helfen?")[0]
    # Then it is no project question
    assert not reply.projects


@pytest.mark.parametrize("text,verdict,fact", [
    ("My colleague says ELISE was funded by Horizon 2020, my boss insists it was Interreg "
     "Europe. Who is right?", "The first claim is not right.", "Interreg Europe"),
    ("Jan behauptet, BONEBANK wurde vom UKSH geleitet, Mia meint, es war LSN. Wer hat recht?",
     "Die erste Angabe stimmt.", "UKSH"),
    ("In our team, Sara says BFCC started in 2016 while Tim thinks it was 2017. Which of them "
     "is right?", "The first claim is right.", "2016"),
])
def test_two_claims_told_against_each_other_check_the_first_and_show_the_fact(
        kb: KnowledgeBase, text: str, verdict: str, fact: str) -> None:
    # Given two people's claims about one project, and "who's right?"
    reply = ask(kb, text)[0]
    # Then the first claim is checked, said to be the first, and the page's fact shown
    assert reply.text.startswith(verdict) and fact in reply.text, reply.text
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein"))


@pytest.mark.parametrize("text,listed", [
    ("Which projects had partners from Italy? We are starting a cooperation with a cluster in "
     "Turin.", {"elise", "magia"}),
    ("Meine Kollegin möchte wissen, welche Projekte Partner aus Frankreich hatten. Wir planen "
     "gerade etwas mit einem Cluster in Lyon.", {"elise", "magia"}),
])
def test_what_the_speaker_tells_after_the_question_filters_nothing(
        kb: KnowledgeBase, text: str, listed: set[str]) -> None:
    # Given a list question, then a sentence about the speaker's own plans naming a city
    reply = ask(kb, text)[0]
    # Then the list is the question's, not narrowed to the city told
    assert reply.intent == "list" and set(reply.projects) == listed, reply.text


def test_a_request_told_after_the_question_still_narrows(kb: KnowledgeBase) -> None:
    # Given a list question and a told request for part of it
    reply = ask(kb, "Which projects were funded by the ERDF? I need the ones that ran in 2017.")[0]
    # Then the request still counts (the ERDF projects running in 2017)
    assert reply.intent == "list" and "magia2market" not in reply.projects, reply.text


@pytest.mark.parametrize("text,project", [
    ("Was hat KI#CK den Teilnehmenden geboten?", "kick"),
    ("Was hat InnoReAct den Firmen eigentlich angeboten?", "innoreact"),
])
def test_what_a_project_offered_in_the_perfect_is_what_it_did(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given "Was hat X … geboten?" (the perfect of "bieten", as "Was bot X an?")
    reply = ask(kb, text)[0]
    # Then it asks what the project did
    assert reply.intent == "activities" and reply.projects == (project,), reply.text


@pytest.mark.parametrize("text,project", [
    ("Wieso wurde BONEBANK eigentlich gestartet?", "bonebank"),
    ("Was waren die Beweggründe für InnoReAct?", "innoreact"),
    ("what was the reason for ELISE?", "elise"),
    ("Why was KI#CK started?", "kick"),
])
def test_why_a_project_was_started_asks_its_aim(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a question why a project was started, or for its reasons
    reply = ask(kb, text)[0]
    # Then it asks what the project was for, not when it started
    assert reply.intent == "goals" and reply.projects == (project,), reply.text


def test_when_a_project_was_started_is_still_its_start(kb: KnowledgeBase) -> None:
    # Given "wann" instead of "warum"
    reply = ask(kb, "Wann wurde BONEBANK gestartet?")[0]
    # Then it asks the start
    assert reply.intent == "start" and "2015" in reply.text


@pytest.mark.parametrize("text,projects", [
    ("We are planning a project on stem cells and don't want to start from scratch. Did LSN "
     "have something like that, and what came of it?", {"bonebank"}),
    ("Wir planen gerade ein KI-Weiterbildungsprojekt. Gab es so etwas bei LSN schon?",
     {"kick"}),
])
def test_the_speakers_own_plan_is_no_question_about_plans(
        kb: KnowledgeBase, text: str, projects: set[str]) -> None:
    # Given the speaker telling of a project they plan, then asking for a past one like it
    reply = ask(kb, text)[0]
    # Then the past project is answered; the page's silence on plans is not the reply
    assert projects <= set(reply.projects) and reply.answered, reply.text


@pytest.mark.parametrize("text", ["Will LSN start a new project on AI?",
                                  "Wird LSN demnächst ein Projekt zu Stammzellen starten?"])
def test_a_question_about_lsns_plans_still_gets_the_pages_silence(
        kb: KnowledgeBase, text: str) -> None:
    # Given a question about what LSN will do
    reply = ask(kb, text)[0]
    # Then the page says nothing about plans: no "yes" with a past project
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("text,intent", [
    ("Was war nochmal das Teilprojekt von HIHeal?", "contains"),
    ("Wie heißt das Unterprojekt von HIHeal, und worum ging es?", "contains"),
    ("War BRIDGE 53 ein Teilprojekt von HIHeal?", "part_of"),
])
def test_the_definite_sub_project_of_a_project_is_its_part(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given "das Teilprojekt von HIHeal" (HIHeal's part), or "ein Teilprojekt von" (a part of)
    reply = ask(kb, text)[0]
    # Then the definite one asks HIHeal's part, the indefinite one whether it is a part
    assert reply.intent == intent and {"hiheal", "bridge53"} <= set(reply.projects), reply.text
    assert "BRIDGE 53" in reply.text


@pytest.mark.parametrize("text,intent,projects", [
    ("whats the follow up of MAGIA called and when did MAGIA itself end", "follow_up",
     {"magia", "magia2market"}),
    ("whos the lead partner of BONEBANK and when did it start?", "lead", {"bonebank"}),
])
def test_a_question_word_without_its_apostrophe_opens_the_first_question(
        kb: KnowledgeBase, text: str, intent: str, projects: set[str]) -> None:
    # Given two questions, the first opened by "whats"/"whos" written without an apostrophe
    reply = ask(kb, text)[0]
    # Then the first is a question of its own, not words that only name the subject
    assert reply.intent == intent and projects <= set(reply.projects), reply.text


@pytest.mark.parametrize("text", [
    "I remember a platform that linked scientists with industry. What was its name, and "
    "which larger project did it fall under?",
    "Unter welchem größeren Projekt lief BRIDGE 53?",
    # "the parent of" (no "project" after it) is that whole too, not BRIDGE 53's card
    "what was the parent of bridge 53 again",
])
def test_a_bigger_project_named_asks_what_it_was_part_of(kb: KnowledgeBase, text: str) -> None:
    # Given "bigger/larger project" naming the whole a project belonged to
    reply = ask(kb, text)[0]
    # Then it asks the whole (HIHeal), ranking nothing by size
    assert {"bridge53", "hiheal"} <= set(reply.projects) and "HIHeal" in reply.text, reply.text


@pytest.mark.parametrize("text,said,project", [
    ("Did BONEBANK really set up a cross-border biobank or just a local one?", "cross-border",
     "bonebank"),
    ("Hat BFCC tatsächlich ein länderübergreifendes Frakturregister aufgebaut oder bloß eins "
     "pro Klinik?", "länderübergreifende", "bfcc"),
])
def test_a_lesser_alternative_after_or_leaves_the_first_claim(
        kb: KnowledgeBase, text: str, said: str, project: str) -> None:
    # Given "did X do A, or only B?" (B a lesser thing set against A)
    reply = ask(kb, text)[0]
    # Then A is checked and told by the facts, with no "Yes" that would answer A alone
    # (session 28: which of the two, docs/labels.md)
    assert said in reply.text and reply.projects[:1] == (project,), reply.text
    assert not reply.text.startswith(("Yes", "Ja", "No", "Nein")), reply.text


@pytest.mark.parametrize("text,project,full", [
    ("Which project had the word Ecosystems in its name?", "elise", "European Life Science"),
    ("Welches Projekt trägt Medtech im Namen?", "magia", "Medtech Alliance"),
])
def test_a_word_asked_in_a_projects_name_finds_that_project(
        kb: KnowledgeBase, text: str, project: str, full: str) -> None:
    # Given a question for the project whose name holds a word
    reply = ask(kb, text)[0]
    # Then it is the project whose full name holds it, not every project on the topic
    assert reply.projects == (project,) and full in reply.text, reply.text


@pytest.mark.parametrize("text,language", [
    ("I'm interested in BONEBANK. Could you help me?", "en"),
    ("Ich interessiere mich für BONEBANK. Können Sie mir weiterhelfen?", "de"),
])
def test_a_project_told_before_a_request_for_help_is_what_is_asked_about(
        kb: KnowledgeBase, text: str, language: str) -> None:
    # Given a sentence naming a project, then only a request for help
    reply = ask(kb, text)[0]
    # Then it is about that project, in the message's language
    assert reply.projects == ("bonebank",) and reply.answered, reply.text
    assert reply.language == language


@pytest.mark.parametrize("text,verdict", [
    ("Did BFCC run over three years?", "Yes"),  # March 2016 - February 2019: 3 years
    ("Lief BFCC über drei Jahre?", "Ja"),
    ("Lief BFCC über vier Jahre?", "Nein"),
    ("Did BFCC run for more than three years?", "No"),  # "more than" stays strict
    ("Lief BFCC länger als drei Jahre?", "Nein"),
])
def test_over_a_time_that_the_page_gives_is_not_denied_with_that_figure(
        kb: KnowledgeBase, text: str, verdict: str) -> None:
    # Given a claim that a project ran "over" the very time the page gives
    reply = ask(kb, text)[0]
    # Then the span itself holds ("über drei Jahre" is also "for three years"), while "more
    # than" and a longer time are still denied
    assert reply.intent == "duration" and reply.text.startswith(verdict), reply.text


def test_over_a_time_in_a_list_condition_stays_more_than(kb: KnowledgeBase) -> None:
    # Given a list of projects that ran "über drei Jahre"
    reply = ask(kb, "Welche Projekte liefen über drei Jahre?")[0]
    # Then the list says "länger als", so BFCC's exact 3 years is not in it
    assert reply.intent == "list" and "bfcc" not in reply.projects, reply.text


@pytest.mark.parametrize("text,word", [
    ("for whom was the BRIDGE 53 platform meant?", "scientists"),
    ("BRIDGE 53: who was supposed to get access to what?", "industry partners"),
    ("Für wen war BRIDGE 53 eigentlich gedacht?", "Forschenden"),
    ("Was war die Zielgruppe von KI#CK?", "Beschäftigte"),
    ("who was the BRIDGE 53 platform meant for", "scientists"),
    ("Wem sollte BRIDGE 53 helfen?", "Forschenden"),
])
def test_for_whom_a_project_was_meant_adds_the_summary_to_its_aim(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # Given a question whom a project was for (its aim names no one for BRIDGE 53)
    reply = ask(kb, text)[0]
    # Then the aim comes with the page's summary, which says whom it served
    assert reply.intent == "goals" and reply.answered and word in reply.text, reply.text


@pytest.mark.parametrize("messages,said,left_out", [
    (("tell me about MAGIA", "which countries did it target?"), "the United States and China",
     "Italy"),
    (("Welche Zielländer hatte MAGIA?",), "die USA und China", "Italien"),
    (("which markets did MAGIA2Market target?",), "China and Japan", "Where"),
])
def test_the_countries_a_project_targeted_are_named_alone(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str, left_out: str) -> None:
    # Given MAGIA: clusters from Italy, France, Belgium and Germany, targeting the US and China
    reply = ask(kb, *messages)[-1]
    # When its target countries are asked
    # Then those alone (was where it was active, its own countries too, the same line as for
    # "what countries are the clusters of MAGIA from")
    assert reply.intent == "places" and said in reply.text, reply.text
    assert left_out not in reply.text, reply.text


@pytest.mark.parametrize("text", ["kick zielgruppe", "KI#CK target group",
                                  "who was MAGIA meant for?", "Für wen war InnoReAct gedacht?"])
def test_for_whom_a_project_was_meant_says_its_aim_once(kb: KnowledgeBase, text: str) -> None:
    # Given a project whose summary is its aim in other words (KI#CK: a qualification
    # programme for staff in the cluster, as an entry point to AI)
    reply = ask(kb, text)[0]
    # When whom it was for is asked
    # Then the aim alone (the summary after it said the same again)
    assert reply.intent == "goals" and reply.answered, reply.text
    assert len(reply.text.splitlines()) == 1, reply.text


@pytest.mark.parametrize("text,project", [
    ("where did BFCC get its funding", "bfcc"),
    ("Where did ELISE get the money?", "elise"),
    ("woher hatte BFCC sein Geld", "bfcc"),
    ("Wo kam bei ELISE das Geld her?", "elise"),
    ("Woher bekam NORTHOPEDICS seine Fördermittel?", "northopedics"),
])
def test_a_money_word_outweighs_where(kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a new chat
    # When "where"/"woher" asks where a project's money came from
    reply = ask(kb, text)[0]
    # Then it asks who funded it, not where the project took place
    assert reply.intent == "funding" and reply.projects == (project,) and reply.answered, \
        reply.text


@pytest.mark.parametrize("project,text", [
    ("Tell me about MAGIA", "when was Life Science Nord involved in it?"),
    ("Erzähl mir was über MAGIA", "Wann war LSN daran beteiligt?"),
    ("What did LSN do in MAGIA?", "and when was LSN part of that?"),
    # "da" before "mitgemacht" is the project, "wann hat ... mitgemacht" its dates (was the
    # partners of every project)
    ("Welche Projekte hatten Partner aus Belgien?", "wann hat LSN da mitgemacht"),
    ("Erzähl mir was über MAGIA", "Wann hat LSN da teilgenommen?"),
])
def test_when_lsn_took_part_asks_the_dates(kb: KnowledgeBase, project: str, text: str) -> None:
    # Given a chat about MAGIA
    # When the next message asks when Life Science Nord took part in it
    reply = ask(kb, project, text)[1]
    # Then it gives the project's dates, not LSN's role in it
    assert reply.intent == "dates" and reply.projects == ("magia",) and "2018" in reply.text, \
        reply.text


@pytest.mark.parametrize("text,project", [
    ("who could join P.I.L.O.T.?", "pilot"),
    ("who could take part in KI#CK?", "kick"),
    ("Wer konnte bei P.I.L.O.T. mitmachen?", "pilot"),
    ("Wer durfte an KI#CK teilnehmen?", "kick"),
    # which kind of firm it was for (was: the overview)
    ("what kind of companies was MAGIA2Market for?", "magia2market"),
    ("what sort of firms was MAGIA for?", "magia"),
    ("Für welche Art von Unternehmen war MAGIA gedacht?", "magia"),
    ("für was für firmen war MAGIA2Market?", "magia2market"),
])
def test_who_could_join_asks_whom_the_project_was_for(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a new chat
    # When someone asks who could join or take part (a modal: who it was open to)
    reply = ask(kb, text)[0]
    # Then it is read as whom the project was for (its aim), not who led it
    assert reply.intent == "goals" and reply.projects == (project,) and reply.answered, \
        reply.text


@pytest.mark.parametrize("text,project", [
    ("what companies could join in MAGIA?", "magia"),
    ("which firms could take part in MAGIA?", "magia"),
    ("Welche Unternehmen konnten bei MAGIA mitmachen?", "magia"),
    ("Was für Firmen konnten bei MAGIA2Market teilnehmen?", "magia2market"),
])
def test_which_companies_could_join_asks_whom_the_project_was_for(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a new chat
    # When someone asks which companies could join (a modal; "which companies took part" asks
    # the partners, "what could companies join" the activities)
    reply = ask(kb, text)[0]
    # Then it is whom the project was for: its aim, which names the page's target group
    assert reply.intent == "goals" and reply.projects == (project,) and reply.answered, \
        reply.text
    assert "medtech" in reply.text.lower(), reply.text


@pytest.mark.parametrize("text", [
    "MAGIA was for which market?",
    "what market was MAGIA for?",
    "Für welchen Markt war MAGIA?",
])
def test_which_market_asks_the_target_countries(kb: KnowledgeBase, text: str) -> None:
    # Given a new chat
    # When someone asks for one market ("markets" already was a place word, "market" was not)
    reply = ask(kb, text)[0]
    # Then the places, with MAGIA's target countries, not its card
    assert reply.intent == "places" and reply.projects == ("magia",), reply.text
    assert "China" in reply.text, reply.text


@pytest.mark.parametrize("text,intent", [
    ("Which regions took part in ELISE?", "places"),
    ("what regions were ELISE partners?", "places"),
    ("Aus welchen Regionen kamen die Partner von ELISE?", "places"),
    ("Welche Regionen waren bei ELISE beteiligt?", "places"),
    ("how many regions took part in ELISE?", "partners"),
])
def test_which_regions_took_part_asks_places(kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given a new chat
    # When someone asks which regions took part in a project (as "which countries")
    reply = ask(kb, text)[0]
    # Then it is a place question (how many regions stays a count of the partners), with the
    # page's partner regions
    assert reply.intent == intent and reply.projects == ("elise",) and reply.answered, \
        reply.text
    assert "Lithuania" in reply.text or "Litauen" in reply.text, reply.text


@pytest.mark.parametrize(("text", "country"), [
    ("what was the italian partner in MAGIA called?", "italy"),
    ("Wie hieß der belgische Partner bei MAGIA?", "belgium"),
    # a kind of partner, a weaker word than "partner" ("cluster")
    ("what was the italian cluster in MAGIA called", "italy"),
    ("Wie hieß der französische Cluster bei MAGIA?", "france"),
])
def test_what_a_partner_from_a_country_was_called_is_its_name(
        kb: KnowledgeBase, text: str, country: str) -> None:
    # given the partner from that country the page names
    names = [kb.organisations[x.org].name for x in kb.projects["magia"].partners
             if x.country == country]
    assert len(names) == 1
    # when asked what it was called ("what was … called?", not "what was MAGIA?")
    reply = ask(kb, text)[0]
    # then its name
    assert reply.intent == "partners" and names[0] in reply.text, reply.text


@pytest.mark.parametrize("text,project", [
    ("which years did Life Science Nord participate in ELISE?", "elise"),
    ("During what period was LSN involved in BONEBANK?", "bonebank"),
    ("In welchen Jahren hat LSN bei BFCC mitgemacht?", "bfcc"),
    ("In welchem Zeitraum war LSN an NORTHOPEDICS beteiligt?", "northopedics"),
])
def test_a_span_asked_of_taking_part_asks_the_dates(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a question for the years or the period a project's taking part happened in
    reply = ask(kb, text)[0]
    # Then it asks the project's dates, not its partners (the verb alone would ask those)
    start = kb.projects[project].start
    assert reply.intent == "dates" and reply.projects == (project,), reply.text
    assert start is not None and str(start.year) in reply.text


@pytest.mark.parametrize("messages,project,other", [
    # HIHeal: the ERDF and the City of Hamburg; KI#CK: Landesprogramm Arbeit, EU, the State, ESF
    (("When did HIHeal start, and who funded it apart from the ERDF?",), "hiheal", "Hamburg"),
    (("Wann lief KI#CK?", "wer hat es außer dem ESF noch gefördert?"), "kick", "Landesprogramm"),
    (("When did HIHeal run?", "who else paid for it besides the ERDF?"), "hiheal", "Hamburg"),
])
def test_a_funder_left_out_asks_the_projects_other_funders(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, other: str) -> None:
    # Given a question who (else) funded a project besides a funder it names
    reply = ask(kb, *messages)[-1]
    # Then it asks that project's funders, not the list of the funder's projects
    assert reply.projects == (project,) and other in reply.text, reply.text


@pytest.mark.parametrize("text", ["which projects apart from the ERDF ones were there?",
                                  "Welche Projekte außer den EFRE-Projekten gab es?"])
def test_a_funder_left_out_of_a_list_is_a_list_without_it(kb: KnowledgeBase, text: str) -> None:
    # Given a list asked for with a funder left out
    reply = ask(kb, text)[0]
    # Then the projects the funder did not fund are listed, none that it did
    assert reply.intent == "list" and reply.projects, reply.text
    assert not any("erdf" in kb.projects[p].funding for p in reply.projects), reply.text


@pytest.mark.parametrize("text,project", [
    ("what did KI#CK set out to do?", "kick"),
    ("What was BONEBANK attempting to do?", "bonebank"),
    ("what did NORTHOPEDICS try to do", "northopedics"),
    ("Was hatte ELISE vor?", "elise"),
    ("Was versuchte MAGIA zu tun?", "magia"),
])
def test_what_a_project_tried_or_set_out_to_do_is_its_goal(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a question what a project tried, attempted or set out to do
    reply = ask(kb, text)[0]
    # Then its aim, not the card nor what it did ("what did BFCC do?" asks that)
    assert reply.intent == "goals" and reply.projects[:1] == (project,), reply.text
    assert ask(kb, "what did BFCC do?")[0].intent == "activities"


@pytest.mark.parametrize("text,project,count", [
    # the page: MAGIA targeted the USA and China; MAGIA2Market added Japan as a third
    ("how many target markets did MAGIA have?", "magia", "2"),
    ("Wie viele Zielländer hatte MAGIA2Market?", "magia2market", "3"),
    ("how many target regions did magia2market have", "magia2market", "3"),
])
def test_how_many_target_places_counts_them(
        kb: KnowledgeBase, text: str, project: str, count: str) -> None:
    # Given a question how many target countries, regions or markets a project had
    reply = ask(kb, text)[0]
    # Then the places, with their count (`places`, as the writers' brief from set 31 on labels
    # "how many countries?")
    assert reply.intent == "places" and reply.projects == (project,) and reply.answered
    assert f" {count} " in reply.text and "China" in reply.text, reply.text


def test_how_many_target_regions_and_which_was_new_says_both(kb: KnowledgeBase) -> None:
    # Given MAGIA2Market's three target countries, Japan added to MAGIA's two
    reply = ask(kb, "How many target regions did MAGIA2Market have, and which one was new?")[0]
    # Then the count with the countries, and the one it added, once each
    assert " 3 " in reply.text and "added Japan" in reply.text, reply.text
    assert reply.text.count("the United States") == 1, reply.text


@pytest.mark.parametrize("text", ["Which target countries did MAGIA focus on?",
                                  "Auf welche Zielmärkte konzentrierte sich MAGIA2Market?"])
def test_which_target_places_asks_the_places_whatever_the_verb(
        kb: KnowledgeBase, text: str) -> None:
    # Given "which target markets" asked with a verb of aim ("focus on", "konzentrierte sich")
    reply = ask(kb, text)[0]
    # Then the places, not the aim
    assert reply.intent == "places" and "China" in reply.text, reply.text


@pytest.mark.parametrize("messages,project,intent,said", [
    # the page: BONEBANK collected bone "in routine operations" (its activities, also its aim)
    (("BONEBANK: während welcher Art von Operationen?",), "bonebank", "activities", "Routine"),
    (("Who led BONEBANK?", "in what kind of operations?"), "bonebank", "activities",
     "routine"),
])
def test_a_question_for_a_detail_asks_the_text_that_says_it(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, intent: str,
        said: str) -> None:
    # Given a question whose content words stand in one of the project's texts
    reply = ask(kb, *messages)[-1]
    # Then that text (what was done before the aim), not the project's card
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert said in reply.text and reply.answered


@pytest.mark.parametrize("turns,intent,answered", [
    (("what does BFCC do exactly?",), "activities", True),
    (("tell me about BONEBANK", "what does it do?"), "activities", True),
    # a follow-up the page only names: what it did is not on the page
    (("what is HIHeal next level transition?", "what does it do exactly?"), "activities", False),
    (("what does LSN do in MAGIA?",), "lsn_role", True),
])
def test_what_a_project_does_in_the_present_asks_its_activities(
    kb: KnowledgeBase, turns: tuple[str, ...], intent: str, answered: bool
) -> None:
    # Given "what does it do?" asked of a project (as "what did it do?" is)
    reply = ask(kb, *turns)[-1]
    # Then it asks what was done, not the card (LSN's own part stays its role)
    assert (reply.intent, reply.answered) == (intent, answered), reply.text


@pytest.mark.parametrize("text,said", [
    ("Was hat P.I.L.O.T. gemacht?", "Aufbau eines Netzwerks"),
    ("what did P.I.L.O.T. do?", "establishing a network"),
])
def test_what_a_project_did_names_what_it_set_out_to_build(
        kb: KnowledgeBase, text: str, said: str) -> None:
    # Given a project the page says "focussed at the establishment of a network"
    reply = ask(kb, text)[0]
    # Then what it did names that work, not only who was involved
    assert reply.intent == "activities" and said in reply.text, reply.text


@pytest.mark.parametrize("text,answered,projects", [
    ("Was genau ist P.I.L.O.T. Next Level?", True, ("pilot-next", "pilot")),
    ("what exactly is hiheal next level transition?", True, ("hiheal-next", "hiheal")),
    ("Worum geht es bei HIHeal next level transition genau?", False, ("hiheal-next",)),
    ("What exactly is P.I.L.O.T. Next Level about?", False, ("pilot-next",)),
])
def test_what_a_named_follow_up_is_exactly_is_its_link(
        kb: KnowledgeBase, text: str, answered: bool, projects: tuple[str, ...]) -> None:
    # Given a follow-up the page only names, asked what it is "exactly" / When answered
    reply = ask(kb, text)[0]
    # Then what it is, is the link the page gives (answered, both ends); what it is about
    # "genau" asks the details the page leaves out (not answered, the follow-up alone; what it
    # does is its activities)
    assert (reply.intent, reply.answered, reply.projects) == ("overview", answered, projects)


@pytest.mark.parametrize("text,intent", [
    ("Wie lange läuft P.I.L.O.T. Next Level noch?", "end"),
    ("how much longer will P.I.L.O.T. Next Level run?", "end"),
    ("Läuft P.I.L.O.T. Next Level noch?", "status"),
])
def test_how_long_a_project_still_runs_asks_its_end(
    kb: KnowledgeBase, text: str, intent: str
) -> None:
    # Given a follow-up the page gives a start but no end for
    reply = ask(kb, text)[0]
    # Then "how much longer?" asks its end (not on the page), "still running?" its status
    assert (reply.intent, reply.answered) == (intent, False), reply.text


@pytest.mark.parametrize("text,intent", [
    ("I think LSN had a project on AI training for staff. who ran it?", "lead"),
    ("Ich glaube, es gab ein KI-Projekt für Mitarbeiter. Wer hat das geleitet?", "lead"),
    ("how many staff did BFCC have?", "quantity"),
    ("Wie viele Mitarbeiter hatte BONEBANK?", "quantity"),
])
def test_staff_in_a_description_is_no_head_count(kb: KnowledgeBase, text: str,
                                                 intent: str) -> None:
    # Given staff named in a description, or counted
    reply = ask(kb, text)[0]
    # Then only a count of them asks for a figure (which the page doesn't give)
    assert reply.intent == intent, reply.text


@pytest.mark.parametrize("text,intent,answered", [
    # the page: ELISE €1,217,494.00 (Interreg Europe); no amount for HIHeal
    ("We need the exact ELISE grant figure for an audit spreadsheet. What is it?", "amount",
     True),
    ("Wir brauchen die Fördersumme von HIHeal. Wie lautet sie?", "amount", False),
    ("Tell me about BFCC. What is it?", "overview", True),
])
def test_what_is_it_after_a_fact_named_asks_that_fact(
    kb: KnowledgeBase, text: str, intent: str, answered: bool
) -> None:
    # Given a sentence naming a fact wanted of a project, then "What is it?"
    reply = ask(kb, text)[0]
    # Then the fact named is asked (not what the project is), as "Can you tell me?" does
    assert (reply.intent, reply.answered) == (intent, answered), reply.text


def test_the_bot_named_in_the_third_person_asks_for_help(kb: KnowledgeBase) -> None:
    # Given a new chat
    # When the user asks what "the bot" can do, not "you"
    reply = ask(kb, "was kann der bot eigentlich")[0]
    # Then it is the help, in German
    assert reply.intent == "help" and reply.answered and reply.language == "de", reply.text


@pytest.mark.parametrize("text,language", [
    ("what can this chat do?", "en"), ("what can the chat do for me", "en"),
    ("what does this chatbot do", "en"), ("whta can this chat do", "en"),
    ("Was kann der Chat hier?", "de"), ("was kann dieser chatbot", "de"),
    ("was macht der chat hier eigentlich", "de"),
])
def test_the_chat_named_in_the_third_person_asks_for_help(
        kb: KnowledgeBase, text: str, language: str) -> None:
    # When the user asks what "the chat" can do (was: not understood)
    reply = ask(kb, text)[0]
    # Then it is the help, in the user's language
    assert reply.intent == "help" and reply.answered and reply.language == language, reply.text


@pytest.mark.parametrize("text,name", [
    ("infos zu ScanHealth 2030 bitte", "ScanHealth 2030"),
    ("what is GENOMIX 2020?", "GENOMIX 2020"),
    # written small, after "the project": still a name, not "projects running in 2030"
    ("what about the project biocity 2030", "biocity 2030"),
    ("was ist mit dem projekt biostadt 2030", "biostadt 2030"),
])
def test_a_year_after_an_unknown_name_is_the_names_number(kb: KnowledgeBase, text: str,
                                                          name: str) -> None:
    # Given a name the page doesn't know, followed by a year-like number
    reply = ask(kb, text)[0]
    # Then the number belongs to the name: an unknown project, no list of that year's projects
    assert reply.intent == "unknown_project" and not reply.answered, reply.text
    assert name in reply.text


@pytest.mark.parametrize("text", [
    "mit welchen clustern war LSN bei MAGIA zusammen",
    "Mit wem war Life Science Nord bei MAGIA unterwegs?",
])
def test_whom_lsn_worked_with_in_german_asks_the_partners(kb: KnowledgeBase, text: str) -> None:
    # Given LSN as the subject of a German question for whom it worked with
    reply = ask(kb, text)[0]
    # Then it asks MAGIA's partners (as "who did LSN run KI#CK with?"), not LSN's own role
    # (the page: the alliance with bioPmed, Lyonbiopole and BioWin)
    assert (reply.intent, reply.projects) == ("partners", ("magia",)), reply.text
    assert "BioWin" in reply.text


@pytest.mark.parametrize("dialog,project", [
    (("Wer machte bei MAGIA mit?",), "magia"),
    (("Und wer macht bei KI#CK alles mit?",), "kick"),
    (("Läuft P.I.L.O.T. noch?", "Und seit wann gibt es das Nachfolgeprojekt?",
      "Wer macht da alles mit?"), "pilot-next"),
])
def test_who_takes_part_with_the_particle_last_asks_the_partners(
        kb: KnowledgeBase, dialog: tuple[str, ...], project: str) -> None:
    # Given "wer macht … mit", the verb's particle at the clause's end
    reply = ask(kb, *dialog)[-1]
    # Then it asks the partners (was: what the project is, or the link just followed again);
    # of P.I.L.O.T. Next Level the page names none
    assert (reply.intent, reply.projects) == ("partners", (project,)), reply.text
    assert reply.answered == (project != "pilot-next")


def test_what_a_project_was_supposed_to_do_asks_its_aim(kb: KnowledgeBase) -> None:
    # Given BRIDGE 53 talked about
    # When the user asks what it was supposed to do
    reply = ask(kb, "tell me about bridge 53", "what was it supposed to do")[1]
    # Then that is its aim (the page: new therapies against infectious diseases)
    assert (reply.intent, reply.projects) == ("goals", ("bridge53",)), reply.text
    assert "infectious" in reply.text


@pytest.mark.parametrize("question,project,answered", [
    ("what is pilot next level doing", "pilot-next", True),
    ("Was macht eigentlich P.I.L.O.T. Next Level?", "pilot-next", True),
    ("Was genau macht HIHeal next level transition inhaltlich?", "hiheal-next", False),
    ("was macht HIHeal next level transition genau", "hiheal-next", False),
])
def test_what_a_project_is_doing_asks_its_activities(
        kb: KnowledgeBase, question: str, project: str, answered: bool) -> None:
    # Given a follow-up asked what it does, in the present ("what is X doing", "was macht X")
    reply = ask(kb, question)[0]
    # Then its activities: P.I.L.O.T.'s network carried on, or that the page doesn't say
    assert reply.intent == "activities" and reply.projects[0] == project, reply.text
    assert reply.answered is answered, reply.text


@pytest.mark.parametrize("question,word", [
    ("which disease area?", "infectious"),
    ("welcher Krankheitsbereich?", "Infektionskrankheiten"),
    ("welche Krankheiten?", "Infektionskrankheiten"),
])
def test_the_disease_area_of_a_project_asks_its_aim(
        kb: KnowledgeBase, question: str, word: str) -> None:
    # Given BRIDGE 53 talked about
    # When the disease area it worked on is asked, in a few words
    reply = ask(kb, "whats bridge 53", question)[1]
    # Then that is its aim (the page: new therapies in the field of infectious diseases), not
    # an unknown name or a question not understood
    assert (reply.intent, reply.projects) == ("goals", ("bridge53",)), reply.text
    assert reply.answered and word in reply.text, reply.text


@pytest.mark.parametrize("question,country", [
    # the page: MAGIA's clusters bioPmed (Italy), Lyonbiopole (France), BioWin (Belgium)
    ("which french org was in magia", "From France: Lyonbiopole"),
    ("which cluster in MAGIA was from Italy?", "From Italy: bioPmed"),
    ("Welcher Cluster bei MAGIA kam aus Belgien?", "Aus Belgien: BioWin"),
    ("welche Organisation bei MAGIA stammte aus Frankreich", "Aus Frankreich: Lyonbiopole"),
    # "who" came from there: one of those involved (was: MAGIA's countries, naming no one)
    ("Wer kam bei MAGIA aus Belgien?", "Aus Belgien: BioWin"),
    ("who in MAGIA came from Belgium?", "From Belgium: BioWin"),
    ("and who came from Italy in MAGIA?", "From Italy: bioPmed"),
])
def test_which_organisation_came_from_a_country_names_the_partner_from_there(
        kb: KnowledgeBase, question: str, country: str) -> None:
    # Given a kind of organisation ("org", "cluster") asked of by the country it came from
    reply = ask(kb, question)[-1]
    # Then the partner from there, a question of partners (was the project's countries)
    assert reply.intent == "partners" and reply.projects == ("magia",), reply.text
    assert reply.text.startswith(country), reply.text


@pytest.mark.parametrize("messages,pid,words", [
    (("Was genau ist P.I.L.O.T.?", "Wofür stehen die Buchstaben?"), "pilot", "PrecisionMedicine"),
    (("wofür stehen die Buchstaben bei KI#CK?",), "kick", "Künstliche Intelligenz"),
    (("tell me about BFCC", "what do the letters stand for?"), "bfcc", "Baltic Fracture"),
])
def test_what_the_letters_stand_for_is_the_full_name(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, words: str) -> None:
    # Given a project with an acronym the page spells out
    reply = ask(kb, *messages)[-1]
    # Then "the letters" asks its full name, not its aim
    assert reply.projects == (pid,) and words in reply.text, reply.text
    assert reply.text.startswith(("P.I.L.O.T.", "KI#CK", "BFCC")), reply.text


@pytest.mark.parametrize("message,words", [
    ("what is Life Science Nord?", "cluster agency"),
    ("Was ist LSN eigentlich?", "Clusteragentur"),
    ("what does LSN do?", "11"),
])
def test_what_life_science_nord_is_is_what_the_page_calls_it(
        kb: KnowledgeBase, message: str, words: str) -> None:
    # Given the page, which calls LSN "the cluster agency Life Science Nord" and lists its
    # past projects
    reply = ask(kb, message)[0]
    # Then that, with the projects, answered; not "the page doesn't say"
    assert reply.answered and words in reply.text and "BONEBANK" in reply.text, reply.text
    assert reply.language == ("de" if "Was" in message else "en")


@pytest.mark.parametrize("message", ["who is LSN's CEO?", "Wer ist der Geschäftsführer von LSN?",
                                     "did LSN ever run a project on veterinary medicine?"])
def test_a_person_or_unknown_thing_at_life_science_nord_is_not_said(
        kb: KnowledgeBase, message: str) -> None:
    # Given a person at LSN, or a subject the page never names
    reply = ask(kb, message)[0]
    # Then not answered, and no card of LSN
    assert not reply.answered and "cluster agency" not in reply.text, reply.text


@pytest.mark.parametrize("message,pid", [("Did BFCC include hospitals?", "bfcc"),
                                         ("did HIHeal include any companies?", "hiheal")])
def test_organisations_a_project_included_are_its_partners(
        kb: KnowledgeBase, message: str, pid: str) -> None:
    # Given "include" with an organisation kind (hospitals, companies), not a project
    reply = ask(kb, message)[0]
    # Then its partners or what it did with them (BFCC's registries at hospitals, cf58f46):
    # not its sub-projects
    assert reply.intent in ("partners", "activities") and reply.projects == (pid,), reply.text


def test_projects_a_project_included_are_its_parts(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Did HIHeal include other projects?")[0]
    assert reply.intent == "contains" and "BRIDGE 53" in reply.text, reply.text


@pytest.mark.parametrize("question,funder", [
    # the page: InnoReAct "funded by REACT-EU funds of the City of Hamburg"; KI#CK by the
    # Landesprogramm Arbeit
    ("what money was innoreact running on", "REACT-EU"),
    ("what kind of money did innoreact get?", "REACT-EU"),
    ("Was für Geld bekam KI#CK?", "Landesprogramm Arbeit"),
])
def test_which_money_asks_who_funded_not_how_much(
        kb: KnowledgeBase, question: str, funder: str) -> None:
    # Given "what money" / "was für Geld" asked of a project
    reply = ask(kb, question)[-1]
    # Then its funders, answered (was the amount, which the page doesn't give for InnoReAct)
    assert reply.intent == "funding" and reply.answered, reply.text
    assert funder in reply.text, reply.text


@pytest.mark.parametrize("message,intent,pid,answered", [
    ("wo kam das geld für innoreact her", "funding", "innoreact", True),
    ("how did the KI#CK participants rate the AI courses", "results", "kick", False),
    ("kommt nach magia2market noch ein weiteres projekt?", "follow_up", "magia2market", False),
    ("was kommt nach MAGIA?", "follow_up", "magia", True),
])
def test_everyday_wordings_of_money_ratings_and_what_comes_next(
        kb: KnowledgeBase, message: str, intent: str, pid: str, answered: bool) -> None:
    # Given "wo kam das Geld … her" (who funded), a rating by participants (the page gives
    # none), a project still to come (plans the page can't tell), "was kommt nach" (the link)
    reply = ask(kb, message)[0]
    # Then the question they ask, answered only where the page says it
    assert (reply.intent, reply.projects[:1], reply.answered) == (intent, (pid,), answered), \
        reply.text


@pytest.mark.parametrize("messages,intent,words", [
    (("wie viel geld bekam kick?", "und wie teuer wars"), "amount", "193.000"),
    (("northopedics funding?", "which regional programme was it under"), "funding",
     "Regional Economic Programme"),
])
def test_what_it_cost_and_the_programme_it_was_under(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, words: str) -> None:
    # Given a project talked about
    reply = ask(kb, *messages)[-1]
    # Then "wie teuer" asks its money, "which programme was it under" its funding programme
    assert reply.intent == intent and words in reply.text, reply.text


@pytest.mark.parametrize("text,said", [
    ("how many months did p.i.l.o.t. run in total?", "39 months"),
    ("wie viele Monate lief HIHeal?", "81 Monate"),
    ("wie viele Wochen lief InnoReAct?", "61 Wochen"),
    ("how many days did BFCC run?", "roughly 1095 days"),
])
def test_a_length_asked_in_a_unit_is_given_in_that_unit(
        kb: KnowledgeBase, text: str, said: str) -> None:
    # Given a question for a project's length in months, weeks or days
    reply = ask(kb, text)[0]
    # Then the length is given in that unit too (roughly where the page gives only months)
    assert reply.intent == "duration" and reply.answered and said in reply.text, reply.text


def test_a_length_in_months_of_a_project_given_in_years_says_only_the_years_are_known(
        kb: KnowledgeBase) -> None:
    # Given MAGIA, whose run the page gives in years only
    reply = ask(kb, "how many months did MAGIA run?")[0]
    # Then no month count is made up: the page gives only the years
    assert "only the years" in reply.text and "months" not in reply.text, reply.text


@pytest.mark.parametrize("text,intent,said", [
    ("anything that came out of northopedics I can look at?", "results", "network guide"),
    ("did anything come out of MAGIA?", "results", "successfully concluded"),
    ("which project came out of MAGIA?", "follow_up", "MAGIA2Market"),
])
def test_a_thing_that_came_out_of_a_project_is_its_results_and_a_project_its_follow_up(
        kb: KnowledgeBase, text: str, intent: str, said: str) -> None:
    # Given "came out of", said of anything (a thing to look at) or of a project
    reply = ask(kb, text)[0]
    # Then anything that came out is what the project produced, with where to find it; a
    # project that came out of it is its follow-up
    assert reply.intent == intent and reply.answered and said in reply.text, reply.text


@pytest.mark.parametrize("text,said", [
    ("Was ist bei BONEBANK in der ersten Phase rausgekommen?", "Wertschöpfungskette"),
    ("was kam bei bonebank in der 1. phase heraus", "Wertschöpfungskette"),
    ("what came out of BONEBANK's first phase?", "value chain"),
    ("results of the first stage of bonebank?", "value chain"),
])
def test_what_came_of_a_phase_the_page_tells_is_that_phase_with_what_it_set_up(
        kb: KnowledgeBase, text: str, said: str) -> None:
    # Given BONEBANK, of which the page says "In the first phase of the BONEBANK project, a
    # value chain was created" (bone harvested, the stem cells isolated and stored)
    reply = ask(kb, text)[0]
    # Then what came of that phase is its results with the phase told and the value chain
    assert reply.intent == "results" and reply.projects == ("bonebank",), reply.text
    assert said in reply.text and "Odense" in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("messages", [
    ("wurde bei bonebank auch in kiel knochen entnommen?",
     "und was wurde aus dem knochen isoliert"),
    ("what was isolated from the bone at BONEBANK?",),
])
def test_what_was_done_to_a_thing_is_the_activities_not_what_became_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given BONEBANK, whose stem cells were isolated from the bone harvested
    reply = ask(kb, *messages)[-1]
    # Then what was done, with the stem cells ("was wurde aus" was read as "what became of
    # it": "Die Seite nennt kein Nachfolgeprojekt für BONEBANK.")
    assert reply.intent == "activities" and reply.answered, reply.text
    assert "Stammzellen" in reply.text or "stem cells" in reply.text, reply.text


@pytest.mark.parametrize("text,word", [
    ("what was InnoReAct about?", "resilience"),
    ("Worum ging es bei InnoReAct?", "Resilienz"),
])
def test_innoreacts_summary_keeps_the_pages_own_noun(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # Given what InnoReAct was about, the page: "to sustainably increase the resilience of the
    # life science industry"
    reply = ask(kb, text)[0]
    # Then the summary says "resilience" in both languages, not a paraphrase of it
    assert reply.intent == "overview" and word in reply.text, reply.text


@pytest.mark.parametrize("text,pid", [
    ("Was hat Northopedics hervorgebracht?", "northopedics"),
    ("Was hat BFCC hervorgebracht?", "bfcc"),
    ("what did BFCC yield?", "bfcc"),
])
def test_what_a_project_brought_forth_is_its_results(
        kb: KnowledgeBase, text: str, pid: str) -> None:
    # Given what a project brought forth or yielded, asked of it alone
    reply = ask(kb, text)[0]
    # Then its results, not the card of what it was
    assert reply.intent == "results" and reply.projects == (pid,), reply.text


@pytest.mark.parametrize("text,pid", [
    ("what did BFCC leave behind?", "bfcc"),
    ("what's the legacy of NORTHOPEDICS?", "northopedics"),
    ("Was hat BFCC hinterlassen?", "bfcc"),
    ("Was ist von BONEBANK geblieben?", "bonebank"),
])
def test_what_a_project_left_behind_is_its_results(
        kb: KnowledgeBase, text: str, pid: str) -> None:
    # Given what stayed after a project ("leave behind" was read as its partners, "who was
    # behind"; "hinterlassen" as the card)
    reply = ask(kb, text)[0]
    # Then its results
    assert reply.intent == "results" and reply.projects == (pid,), reply.text


@pytest.mark.parametrize("turns,intent,projects", [
    # the page: "MAGIA was continued through the follow-up project MAGIA2Market"
    (("did MAGIA continue?",), "follow_up", ("magia", "magia2market")),
    (("Tell me about MAGIA", "did it continue?"), "follow_up", ("magia", "magia2market")),
    (("Tell me about MAGIA", "did the alliance continue?"), "follow_up",
     ("magia", "magia2market")),
    # a question word asks what it continued: its predecessor
    (("which project did MAGIA2Market continue?",), "predecessor", ("magia2market", "magia")),
])
def test_did_it_continue_asks_whether_it_went_on(
        kb: KnowledgeBase, turns: tuple[str, ...], intent: str,
        projects: tuple[str, ...]) -> None:
    # When "continue" ends a yes/no question, with no object (was "The page names no
    # predecessor for MAGIA": read as "did it continue [another project]?")
    reply = ask(kb, *turns)[-1]
    # Then whether it went on: its follow-up
    assert reply.intent == intent and reply.projects == projects and reply.answered, reply.text


@pytest.mark.parametrize("text,intent,projects,needles", [
    # MAGIA was continued by MAGIA2Market; its results are its networks in the target regions
    ("what did MAGIA lead to?", "follow_up", ("magia", "magia2market"),
     ("MAGIA2Market", "Results of MAGIA")),
    ("what did HIHeal lead to?", "follow_up", ("hiheal", "hiheal-next"),
     ("HIHeal next level transition",)),  # (the page gives no results of HIHeal)
    ("Was ist aus MAGIA hervorgegangen?", "follow_up", ("magia", "magia2market"),
     ("MAGIA2Market",)),
    ("what came out of BFCC?", "results", ("bfcc",), ("fracture registry",)),  # no follow-up
])
def test_what_a_project_led_to_is_its_follow_up_where_it_has_one(
        kb: KnowledgeBase, text: str, intent: str, projects: tuple[str, ...],
        needles: tuple[str, ...]) -> None:
    # Given what a project led to, read as its results
    reply = ask(kb, text)[0]
    # Then a project continued by another names that one (with its results where the page
    # gives them); one without a follow-up gives its results
    assert (reply.intent, reply.projects, reply.answered) == (intent, projects, True)
    assert all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("text,answered", [
    # the page: BFCC "has been led by the Life Science Nord Management GmbH"; in MAGIA LSN
    # "participated as a project partner", InnoReAct was LSN's own; HIHeal and ELISE name no lead
    ("Und bei welchem Projekt war LSN ausdrücklich die Leitung, BFCC oder MAGIA?", True),
    ("which project was led by LSN, MAGIA or BFCC?", True),
    ("Welches Projekt hat LSN geleitet, HIHeal oder ELISE?", False),
])
def test_which_of_two_an_organisation_led_is_answered_by_the_one_it_led(
        kb: KnowledgeBase, text: str, answered: bool) -> None:
    # Given a choice of two projects, asked which one an organisation led
    reply = ask(kb, text)[0]
    # Then the one the page says it led answers the choice, though the other names no lead
    assert reply.intent == "lead" and reply.answered is answered, reply.text


@pytest.mark.parametrize("text,pid", [
    ("wie hat das frakturregister bei bfcc funktioniert?", "bfcc"),
    ("how did the fracture registry at bfcc work?", "bfcc"),
    ("Wie funktionierte das Register bei BFCC?", "bfcc"),
])
def test_how_a_thing_of_a_project_worked_is_its_activities(
        kb: KnowledgeBase, text: str, pid: str) -> None:
    # Given how a thing the project made worked (the registry, a result of BFCC's)
    reply = ask(kb, text)[0]
    # Then what the project did with it (set up registries at hospitals, joined into one),
    # not the thing as its result
    assert reply.intent == "activities" and reply.projects == (pid,), reply.text
    assert "egist" in reply.text, reply.text


@pytest.mark.parametrize("text,intent,projects", [
    ("kannst du mir was über das ki projekt sagen", "overview", ("kick",)),
    ("was war das ki projekt", "overview", ("kick",)),
    ("wie lange lief das ki-projekt?", "duration", ("kick",)),
    ("welche ki projekte gab es?", "list", ("kick",)),
    ("tell me about the ai project", "overview", ("kick",)),
    ("which ai projects were there?", "list", ("kick",)),
])
def test_a_two_letter_topic_before_project_names_the_topic(
    kb: KnowledgeBase, text: str, intent: str, projects: tuple[str, ...]
) -> None:
    # Given a two-letter topic in small letters ("ki", "ai"), right before "project"
    reply = ask(kb, text)[0]
    # Then it names the topic as "KI-Projekt" does (the page: KI#CK, an AI programme), no
    # "Welches Projekt meinen Sie?"
    assert (reply.intent, reply.projects, reply.answered) == (intent, projects, True), reply.text


@pytest.mark.parametrize("text,projects,answered", [
    # the page: P.I.L.O.T. Next Level continues P.I.L.O.T.'s network; MAGIA2Market MAGIA's
    ("Wurden die Aktivitäten von P.I.L.O.T. fortgesetzt?", ("pilot", "pilot-next"), True),
    ("Were P.I.L.O.T.'s activities continued?", ("pilot", "pilot-next"), True),
    ("did MAGIA's activities continue?", ("magia", "magia2market"), True),
    ("gingen die aktivitäten von hiheal weiter?", ("hiheal", "hiheal-next"), True),
    ("Wurden die Aktivitäten von BFCC weitergeführt?", ("bfcc",), False),
    ("were the activities of ELISE carried on?", ("elise",), False),
])
def test_activities_continued_asks_the_follow_up(
    kb: KnowledgeBase, text: str, projects: tuple[str, ...], answered: bool
) -> None:
    # Given a question whether a project's activities went on
    reply = ask(kb, text)[0]
    # Then it asks its follow-up (none named for BFCC and ELISE), not what it did
    assert (reply.intent, reply.projects, reply.answered) == ("follow_up", projects, answered), \
        reply.text


@pytest.mark.parametrize("messages,language", [
    # the page says nothing of what taking part in KI#CK or MAGIA's events cost
    (("Did KI#CK run in 2021?", "was it free for participants?"), "en"),
    (("Were MAGIA's events free of charge?",), "en"),
    (("War KI#CK kostenlos?",), "de"),
    (("Hat die Teilnahme an MAGIA etwas gekostet?",), "de"),
    # whether firms paid, the firms named (not how many companies took part; not the offers)
    (("What did MAGIA offer medtech companies?", "were those offers free for the firms?"), "en"),
    (("did companies have to pay for MAGIA's video trainings?",), "en"),
    (("wer the MAGIA events free for companys?",), "en"),
    (("Mussten Firmen für die MAGIA-Videotrainings was zahlen?",), "de"),
    (("Was bot MAGIA an?", "mussten unternehmen da was bezahlen?"), "de"),
])
def test_whether_taking_part_was_free_the_page_doesnt_say(
        kb: KnowledgeBase, messages: tuple[str, ...], language: str) -> None:
    # Given whether taking part cost anything
    reply = ask(kb, *messages)[-1]
    # Then the page doesn't say (no "no such figure": no figure was asked)
    says = {"en": "doesn't say whether", "de": "sagt die Seite nicht"}[language]
    assert (reply.intent, reply.answered) == ("quantity", False), reply.text
    assert says in reply.text and "figure" not in reply.text and "Zahl" not in reply.text


@pytest.mark.parametrize("question,project", [
    ("Did BFCC win any awards?", "bfcc"),
    ("Did ELISE win any prizes or awards?", "elise"),
    ("Hat BFCC eine Auszeichnung bekommen?", "bfcc"),
])
def test_an_award_asked_of_is_a_result_the_page_does_not_name(
        kb: KnowledgeBase, question: str, project: str) -> None:
    # Given awards, which the page names none of
    reply = ask(kb, question)[0]
    # Then it asks what came of the project (was: what it is), and the page doesn't say
    assert (reply.intent, reply.projects) == ("results", (project,)), reply.text
    assert not reply.answered


@pytest.mark.parametrize("text", [
    "welche krankenhäuser waren bei bfcc",
    "Welche Krankenhäuser gehörten zu BFCC?",
    "welche krankenhäuser warn bei bfcc dabe",  # typed on a phone
])
def test_which_hospitals_in_german_asks_the_partners_the_page_does_not_name(
        kb: KnowledgeBase, text: str) -> None:
    # Given a new chat
    # When someone asks in German which hospitals took part in BFCC
    reply = ask(kb, text)[0]
    # Then it asks the partners, as "which hospitals" and "welche Kliniken" do: the page
    # gives 13 organisations and names none, so it is not answered
    assert reply.intent == "partners" and reply.projects == ("bfcc",), reply.text
    assert not reply.answered and reply.language == "de", reply.text


@pytest.mark.parametrize("text,intent,projects,start,facts", [
    ("did bfcc start b4 hiheal?", "start", ("bfcc", "hiheal"), "Yes.", ("2016",)),
    ("woher hast du die infos eig", "about_bot", (), "", ("Past Projects",)),
    ("Woher haben Sie die Informationen?", "about_bot", (), "", ("Past Projects",)),
    ("innoreact wan und wofür", "dates", ("innoreact",), "", ("2022", "Corona")),
    ("whens magia2market", "dates", ("magia2market",), "", ("2020", "2023")),
])
def test_shorthand_and_casual_asks_are_read_as_their_full_form(
        kb: KnowledgeBase, text: str, intent: str, projects: tuple[str, ...], start: str,
        facts: tuple[str, ...]) -> None:
    # Given a new chat
    # When a question is typed with shorthand ("b4", "eig", "wan") or asks where the bot
    # has its information, or asks a goal with a bare "wofür" after "und"
    reply = ask(kb, text)[0]
    # Then it is read as written out: BFCC started in March 2016, HIHeal on 1 April 2016;
    # the bot's one source; InnoReAct's dates and its aim (the Corona pandemic)
    assert reply.intent == intent and set(reply.projects) == set(projects), reply.text
    assert reply.answered and reply.text.startswith(start), reply.text
    assert all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("question,dates,told", [
    # the page: BFCC "from March 2016 until February 2019"; MAGIA "In 2018 and 2019"; ELISE
    # "from January 1, 2017 to December 31, 2021"; P.I.L.O.T. "(Duration 01.01.2020 -
    # 31.03.2023)"; BONEBANK "from September 2015 till August 2020"
    ("Für den Bericht: wie genau sind die Daten bei BFCC angegeben – mit Tag oder nur Monat?",
     ("2016", "2019"), "nur die Monate"),
    ("For MAGIA, do we have months or only years?", ("2018", "2019"), "only the years"),
    ("do we have exact dates for MAGIA or only years?", ("2018", "2019"), "only the years"),
    ("how precise are the ELISE dates?", ("2017", "2021"), "both dates to the day"),
    ("Ist das Enddatum von P.I.L.O.T. tagesgenau?", ("2023",), "tagesgenau"),
    ("is the BONEBANK date exact to the day or just the month?", ("2015", "2020"),
     "only the months"),
])
def test_how_exact_the_dates_are_is_told_with_the_dates(
        kb: KnowledgeBase, question: str, dates: tuple[str, ...], told: str) -> None:
    # Given a question how exact a project's dates are / Then its dates and to what the page
    # gives them, answered (was: BFCC's results, MAGIA's card, "only the year, not the day"
    # unanswered)
    reply = ask(kb, question)[-1]
    assert reply.intent in ("dates", "end") and reply.answered, reply.text
    assert all(d in reply.text for d in dates) and told in reply.text, reply.text


@pytest.mark.parametrize("question,project,says", [
    # the page: LSN "participated as a project partner" in MAGIA, "participated in the
    # BONEBANK project, led by the UKSH Lübeck", BFCC "led by the Life Science Nord Management
    # GmbH"
    ("What role did Life Science Nord play in MAGIA – lead or partner?", "magia", "partner"),
    ("Was LSN lead or partner in BONEBANK?", "bonebank", "took part"),
    ("War LSN bei BFCC Leitung oder Partner?", "bfcc", "leitete"),
    ("Welche Rolle hatte LSN bei BONEBANK, Leitung oder Partner?", "bonebank", "beteiligt"),
    ("Was LSN the lead or a partner in MAGIA?", "magia", "partner"),
    ("Was Life Science Nord a partner or the lead in BFCC?", "bfcc", "led"),
])
def test_a_role_offered_both_ways_asks_which_role_life_science_nord_had(
        kb: KnowledgeBase, question: str, project: str, says: str) -> None:
    # Given Life Science Nord's role asked as "lead or partner?"
    reply = ask(kb, question)[0]
    # Then its role, answered, no yes or no (was: "No." or "Ja." to an either-or, or a second
    # ask of the lead that the page doesn't name)
    assert (reply.intent, reply.projects, reply.answered) == ("lsn_role", (project,), True), \
        reply.text
    assert says in reply.text and not reply.text.startswith(("Yes", "No", "Ja", "Nein")), \
        reply.text
