"""The sentences of a long message by what each does (bot/query.py, `_focused`): one asks, one
only tells, one only asks for the answer ("Do you know?"), one only points back at what was told
("Which ones were those?"). Facts are the page's, written out here."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.query import read
from bot.text import normalize
from tests.conftest import ask


@pytest.mark.parametrize("message,intent,project,needle", [
    # the page: BONEBANK was led by the UKSH Lübeck
    ("My manager asked me who led BONEBANK. I couldn't find it in our files. Do you know?",
     "lead", "bonebank", "UKSH"),
    # HIHeal ran until 31 December 2022
    ("Für den Jahresbericht fehlt mir noch, wann HIHeal genau geendet hat. Können Sie mir "
     "helfen?", "end", "hiheal", "2022"),
    # ELISE was funded by Interreg Europe
    ("A journalist asked us whether ELISE was funded by Interreg Europe. Nobody here remembers "
     "that. Any idea?", "funding", "elise", "Yes"),
    # KI#CK: about €249,000 from the ESF
    ("Unsere Buchhaltung möchte wissen, wie viel Geld KI#CK vom ESF bekam. Steht das "
     "irgendwo bei Ihnen?", "amount", "kick", "249"),
])
def test_a_last_sentence_that_only_asks_for_the_answer_leaves_the_question_told_before(
    kb: KnowledgeBase, message: str, intent: str, project: str, needle: str
) -> None:
    # Given a message whose question is told as a statement ("…, wie viel …", "asked me who …")
    # and whose last sentence only asks for the answer
    reply = answer(message, State(), kb)
    # Then the told question is answered, not the request
    assert reply.intent == intent and reply.projects[:1] == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("message,project", [
    # the page names no lead for ELISE, no amount for NORTHOPEDICS
    ("Ein Kunde will wissen, wer ELISE geleitet hat. Ich habe schon überall gesucht. Wissen "
     "Sie es?", "elise"),
    ("Our auditors asked how much money NORTHOPEDICS received in total. Can you confirm?",
     "northopedics"),
])
def test_a_told_question_the_page_cannot_answer_says_so_for_its_project(
    kb: KnowledgeBase, message: str, project: str
) -> None:
    # Given a told question about a fact the page doesn't give, and a request for the answer
    reply = answer(message, State(), kb)
    # Then the reply is about that project, and says it doesn't know (no fallback, no guess)
    assert reply.projects[:1] == (project,) and not reply.answered, reply.text
    assert reply.intent not in ("fallback", "help"), reply.text


@pytest.mark.parametrize("message,expected", [
    # the page: HIHeal, MAGIA and P.I.L.O.T. were each continued by a follow-up
    ("Apparently some projects got a successor. Which were they?", {"hiheal", "magia", "pilot"}),
    # BFCC, BONEBANK and ELISE had Interreg money
    ("Ich habe gehört, dass mehrere Projekte von Interreg gefördert wurden. Welche waren das?",
     {"bfcc", "bonebank", "elise"}),
])
def test_a_last_question_that_only_points_back_asks_it_of_the_sentence_told(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    # Given a told sentence and a last question of nothing but a question word and a copula
    reply = answer(message, State(), kb)
    # Then it asks for the projects the told sentence describes
    assert reply.intent == "list" and expected <= set(reply.projects), reply.text


def test_a_request_after_a_sentence_that_asks_nothing_changes_nothing(
        kb: KnowledgeBase) -> None:
    # Given told sentences with no question in them before an answer request
    clauses = read("I'm new in the team. I looked at the website. Can you help?", kb)
    # Then no told sentence is made a question
    assert [c for c in clauses if c.understanding.projects] == []


def test_a_question_after_told_sentences_is_still_the_question(kb: KnowledgeBase) -> None:
    # Given a message whose last sentence asks a question of its own
    reply = answer("Wir haben eine Presseanfrage zu ELISE bekommen, wer die Leitung hatte. "
                   "Wann lief es eigentlich?", State(), kb)
    # Then that question is answered (ELISE ran 2017-2021)
    assert reply.intent == "dates" and "2021" in reply.text, reply.text


@pytest.mark.parametrize("message,intent,needle", [
    ("We're a Danish hospital that was part of the BFCC registry years ago. How many patients "
     "were entered into it?", "quantity", "13"),
    ("Wir waren damals Teil von BFCC. Wer hat es gefördert?", "funding", "Ostseeraum"),
])
def test_the_speaker_part_of_a_project_takes_no_step_to_its_parent(
        kb: KnowledgeBase, message: str, intent: str, needle: str) -> None:
    # Given a told sentence in which the speaker was part of a project (the page: BFCC was
    # part of the HealthRegion flagship, with 13 organisations; Interreg Baltic Sea Region)
    reply = answer(message, State(), kb)
    # Then the question after it is asked of that project, not of the project it belonged to
    assert reply.intent == intent and reply.projects == ("bfcc",), reply.text
    assert needle in reply.text and "HealthRegion" not in reply.text


def test_we_re_is_no_were(kb: KnowledgeBase) -> None:
    # Given a told sentence opening with "We're" (which must not read as "Were …?")
    assert normalize("We're, they’ll") == "we re they ll"
    reply = answer("We're planning a workshop on AI in Kiel and someone mentioned KI#CK. Who ran "
                   "it?", State(), kb)
    # Then the question after it is answered (KI#CK: run by LSN with TH Lübeck and oncampus)
    assert reply.intent in ("lead", "lsn_role") and "oncampus" in reply.text, reply.text


@pytest.mark.parametrize("message", [
    "Hatten wir beim BFCC damals die Projektleitung?",
    "Did LSN lead BFCC back then?",
])
def test_back_then_claims_nothing_of_its_own(kb: KnowledgeBase, message: str) -> None:
    # Given a yes/no question with "damals"/"back then" (BFCC was led by LSN)
    reply = answer(message, State(), kb)
    # Then the claim is checked as if the words weren't there
    assert reply.intent == "lead" and reply.answered and "Life Science Nord" in reply.text, \
        reply.text


@pytest.mark.parametrize("message,intent,project", [
    ("For our records: how long did HIHeal run, start to finish?", "duration", "hiheal"),
    ("Wie lange lief MAGIA, Beginn bis Ende?", "duration", "magia"),
])
def test_a_span_from_start_to_end_after_how_long_asks_nothing_of_its_own(
    kb: KnowledgeBase, message: str, intent: str, project: str
) -> None:
    # Given "how long …" followed by the two ends of the span
    clauses = [c for c in read(message, kb) if not c.preamble]
    reply = answer(message, State(), kb)
    # Then it is one question, how long (the answer names the dates as well)
    assert len(clauses) == 1 and reply.intent == intent and reply.projects == (project,), \
        reply.text


@pytest.mark.parametrize("message,expected", [
    # the page: BFCC, BONEBANK and ELISE had Interreg money; KI#CK alone had ESF money
    ("Für meine Recherche wüsste ich gern, welche der Projekte Interreg-Geld bekommen haben.",
     {"bfcc", "bonebank", "elise"}),
    ("Welchen der Projekte hat der ESF Geld gegeben?", {"kick"}),
])
def test_which_of_the_projects_asks_for_a_list_not_an_amount(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    # Given "welche der Projekte" with money words in the question
    reply = answer(message, State(), kb)
    # Then the projects are listed (not their amounts)
    assert reply.intent == "list" and set(reply.projects) == expected, reply.text


@pytest.mark.parametrize("message,intent,project,needles", [
    # the page: the stem cells of BONEBANK came from bone taken in routine operations at the
    # hospitals in Lübeck and Odense
    ("As an orthopaedic surgeon I'm curious about BONEBANK. Could you explain how the stem "
     "cells were collected and where they were stored?", "activities", "bonebank",
     ["routine", "Odense"]),
    ("Wie wurden bei BONEBANK die Stammzellen gewonnen?", "activities", "bonebank",
     ["Routineoperationen"]),
])
def test_how_something_was_obtained_asks_what_was_done(
    kb: KnowledgeBase, message: str, intent: str, project: str, needles: list[str]
) -> None:
    # Given "how were … obtained/collected", alone or told before a second ask
    reply = answer(message, State(), kb)
    # Then what the project did answers it first
    assert reply.intent == intent and reply.projects[:1] == (project,), reply.text
    assert all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("message,intent,needle", [
    # ELISE: €1,217,494 from Interreg Europe; its partners came from Poland and others
    ("As a funder we keep track of Interreg projects - can you tell me how big the ELISE grant "
     "was?", "amount", "1,217,494"),
    ("As a journalist on health policy I'd like to know: could you tell me who funded "
     "NORTHOPEDICS?", "funding", "ERDF"),
])
def test_who_asks_told_before_a_request_only_frames_the_question(
    kb: KnowledgeBase, message: str, intent: str, needle: str
) -> None:
    # Given "As a … we/I …" told before a request that asks ("can you tell me how …")
    reply = answer(message, State(), kb)
    # Then the request's question is answered, not a list of the speaker's words
    assert reply.intent == intent and needle in reply.text, reply.text


@pytest.mark.parametrize("message,start", [
    # the page: BFCC ran until February 2019, funded by the Interreg Baltic Sea Region Programme
    ("Kurze Rückfrage für unseren Förderbericht: endete BFCC 2019?", "Ja"),
    ("Just checking for our funding overview: did BFCC end in 2019?", "Yes"),
])
def test_a_purpose_a_few_words_in_before_the_question_only_frames_it(
        kb: KnowledgeBase, message: str, start: str) -> None:
    # Given "Quick check for my report:" before a yes/no question ("funding" among its words)
    reply = answer(message, State(), kb)
    # Then the question is answered first, not the funding the purpose names
    assert reply.text.startswith(start) and reply.intent == "end", reply.text


def test_a_question_with_for_in_it_is_no_purpose(kb: KnowledgeBase) -> None:
    # Given a question that has "for the" a few words in
    clauses = read("what was the budget for the project, and when did it end?", kb)
    # Then it stays a question of its own
    assert [c.understanding.intent for c in clauses if not c.preamble] == ["amount", "end"]


@pytest.mark.parametrize("message,intent,needle", [
    # the page: BONEBANK was funded by Interreg Deutschland-Danmark; KI#CK aimed at a
    # qualification programme
    ("and who funded BONEBANK? (sorry, switching to english for my colleague)", "funding",
     "Interreg"),
    ("Welche Ziele hatte KI#CK? (der Name ist übrigens lustig)", "goals", "Qualifi"),
])
def test_an_aside_in_brackets_after_the_question_asks_nothing(
        kb: KnowledgeBase, message: str, intent: str, needle: str) -> None:
    # Given a question followed by an aside in brackets with no question in it ("english for"
    # among its words, which alone asks what a name means)
    reply = answer(message, State(), kb)
    # Then the question is answered as if the aside were not there
    assert reply.intent == intent and needle in reply.text and reply.answered, reply.text


def test_a_question_in_brackets_after_the_question_is_still_asked(kb: KnowledgeBase) -> None:
    # Given a second question in brackets after the first
    reply = answer("when did BFCC run? (and ELISE?)", State(), kb)
    # Then both projects are answered
    assert reply.projects == ("bfcc", "elise") and "2021" in reply.text, reply.text


@pytest.mark.parametrize("message,intent,project,needle", [
    # the page: ELISE's partners came from Poland, Slovakia, Italy, …
    ("Let me start with ELISE: which regions were the partners from?", "places", "elise",
     "Poland"),
    ("Let me begin with BONEBANK: who led it?", "lead", "bonebank", "UKSH"),
    ("Fangen wir mit HIHeal an: wer hat es gefördert?", "funding", "hiheal", "Hamburg"),
    ("Ich fange mit KI#CK an – wie viel Geld gab es?", "amount", "kick", "249"),
    ("Moving on to MAGIA: which countries were targeted?", "places", "magia", "China"),
])
def test_words_ordering_the_talk_only_name_the_subject(
    kb: KnowledgeBase, message: str, intent: str, project: str, needle: str
) -> None:
    # Given a question after words that order the talk ("let me start with", "fangen wir
    # mit … an")
    reply = answer(message, State(), kb)
    # Then their "start" asks no start date: only the question after them is answered
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text
    assert len(reply.text.splitlines()) <= 3, reply.text


@pytest.mark.parametrize("messages,intent,project,needle", [
    (("Welche Projekte hatten ESF-Gelder?", "different topic: what did MAGIA offer companies?"),
     "activities", "magia", "training"),
    (("Welche Projekte hatten ESF-Gelder?", "Anderes Thema: Wer hat BONEBANK geleitet?"),
     "lead", "bonebank", "UKSH"),
])
def test_words_changing_the_topic_drop_the_last_subject_and_ask_nothing(
    kb: KnowledgeBase, messages: tuple[str, ...], intent: str, project: str, needle: str
) -> None:
    # Given a chat about KI#CK (the one ESF project)
    reply = ask(kb, *messages)[-1]
    # When "different topic:" opens a question about another project
    # Then its "topic" asks no overview of KI#CK: only the question after it is answered
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert needle in reply.text and "KI#CK" not in reply.text, reply.text


@pytest.mark.parametrize("message,intent,project,needles", [
    # the page: ELISE ran until 31 December 2021, funded by Interreg Europe
    ("Servus, wir waren mal bei ELISE dabei, ich weiß aber nicht mehr genau, bis wann das "
     "Projekt ging. Können Sie mir das sagen und auch, aus welchem Programm das Geld kam?",
     "end", "elise", ("2021", "Interreg")),
    # BFCC began in March 2016 and was led by Life Science Nord Management GmbH
    ("Wir waren bei BFCC Partner, ich weiß aber nicht mehr, wann das Projekt anfing. Wissen Sie "
     "das, und wer hat es geleitet?", "start", "bfcc", ("2016", "Life Science Nord")),
    # MAGIA ended in 2019; COSME funded it
    ("We were partners in MAGIA but I don't remember when it ended. Can you tell me that, and "
     "also who funded it?", "end", "magia", ("2019", "COSME")),
    # MAGIA began in 2018 ("von wann": a preposition before the question word asks too)
    ("Ich weiß nicht mehr genau, seit wann es MAGIA gab. Können Sie mir das sagen?", "start",
     "magia", ("2018",)),
])
def test_a_request_for_the_answer_then_a_question_asks_both(
    kb: KnowledgeBase, message: str, intent: str, project: str, needles: tuple[str, ...]
) -> None:
    # Given a question told as a statement ("ich weiß nicht mehr, bis wann …"), then a last
    # sentence that asks for its answer ("Können Sie mir das sagen") and asks one more thing
    reply = answer(message, State(), kb)
    # Then the told question and the one after the request are answered, not "das Sagen" (lead)
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert all(n in reply.text for n in needles) and reply.answered, reply.text


@pytest.mark.parametrize("message", ["Wer hatte bei ELISE das Sagen?",
                                     "Können Sie mir sagen, wer bei BFCC das Sagen hatte?"])
def test_who_had_the_say_still_asks_the_lead(kb: KnowledgeBase, message: str) -> None:
    # Given the idiom "das Sagen haben" (be in charge)
    reply = answer(message, State(), kb)
    # Then it asks who led the project
    assert reply.intent == "lead", reply.text


@pytest.mark.parametrize("message,intent,project,needle", [
    # the page: BONEBANK was led by UKSH Lübeck (Interreg, told before, is no ask of funding)
    ("I'm putting together a note on our Interreg projects and want to know who led BONEBANK.",
     "lead", "bonebank", "UKSH"),
    # BFCC ended in February 2019 ("ERDF projects in Hamburg" is the speaker's work)
    ("Hi, I'm writing about ERDF projects in Hamburg and need to know when BFCC ended.",
     "end", "bfcc", "2019"),
    # MAGIA was funded by the EU's COSME programme (not a list of the EU's projects)
    ("hey, quick one - I'm writing a summary of our cluster's EU projects and need to know "
     "which programme funded MAGIA. can you help", "funding", "magia", "COSME"),
])
def test_what_the_speaker_tells_before_a_lead_into_the_question_is_no_condition_of_it(
    kb: KnowledgeBase, message: str, intent: str, project: str, needle: str
) -> None:
    # Given words about the speaker's work that name a funder or programme, then a lead
    # ("want to know", "need to know") into a question about a named project
    reply = answer(message, State(), kb)
    # Then the question is answered of that project, not a list under the told funder
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text


def test_a_purpose_before_a_ranking_question_leaves_the_ranking_asked(kb: KnowledgeBase) -> None:
    # Given a told sentence, then a purpose before a colon and a ranking question after it
    reply = answer("Hi, I'm a student writing about EU-funded clusters in northern Germany. For "
                   "my overview table: which project ran the longest, and from when to when?",
                   State(), kb)
    # Then the ranking is answered (the page: HIHeal, 1 April 2016 to 31 December 2022), not a
    # question of which project the dates are of
    assert reply.intent == "superlative" and reply.projects[:1] == ("hiheal",), reply.text
    assert "2016" in reply.text and "2022" in reply.text, reply.text


@pytest.mark.parametrize("message,project,needle", [
    # the page: NORTHOPEDICS, the bone-healing network, ran from 2016 to 2019 (ERDF and the
    # State of Schleswig-Holstein, told before, fit it too)
    ("Hi, I work for a funding body and I'm compiling a report on ERDF-backed networks in "
     "Schleswig-Holstein. For the bone-healing network you ran, I need the exact run time.",
     "northopedics", "2019"),
    # Hamburg, told before, did not fund NORTHOPEDICS: the question's own words single it out
    ("Wir erstellen eine Übersicht zu EFRE-Projekten in Hamburg. Für das Netzwerk zur "
     "Knochenheilung brauche ich die genaue Laufzeit.", "northopedics", "2019"),
])
def test_a_last_sentence_that_says_what_is_needed_asks_it(
    kb: KnowledgeBase, message: str, project: str, needle: str
) -> None:
    # Given a told sentence and, with no question mark anywhere, a last sentence that says
    # what is needed of a project it describes
    reply = answer(message, State(), kb)
    # Then that is asked of the project described, not a list under the told conditions
    assert reply.intent == "dates" and reply.projects == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text


def test_the_askers_own_place_does_not_veto_the_topic_told(kb: KnowledgeBase) -> None:
    # Given a speaker's city and region told beside the topic they research, then "dazu"
    reply = answer("Ich bin Redakteurin beim Lübecker Stadtmagazin und recherchiere zu "
                   "Präzisionsmedizin in Norddeutschland. Hatte LSN dazu ein Projekt und läuft "
                   "das noch?", State(), kb)
    # Then the project on the topic is found (the page: P.I.L.O.T., precision medicine, ended
    # in March 2023), not "none in Lübeck and northern Germany"
    assert reply.projects[:1] == ("pilot",) and reply.answered, reply.text
    assert "2023" in reply.text, reply.text


@pytest.mark.parametrize("message,intent,project,needle", [
    # the page: MAGIA2Market continued MAGIA
    ("Können Sie mir kurz erklären, wie MAGIA und MAGIA2Market zusammenhängen?", "relations",
     "magia", "MAGIA2Market"),
    # BRIDGE 53 was to stimulate new therapies for infectious diseases
    ("Können Sie mir kurz erklären, was die Plattform BRIDGE 53 Wissenschaftlern bieten sollte?",
     "goals", "bridge53", "Infektionskrankheiten"),
])
def test_a_request_to_explain_asks_what_the_question_after_it_asks(
    kb: KnowledgeBase, message: str, intent: str, project: str, needle: str
) -> None:
    # Given "Können Sie mir kurz erklären, …" before a question told after a comma
    reply = answer(message, State(), kb)
    # Then that question is answered, not a summary asked by "kurz erklären"
    assert reply.intent == intent and reply.projects[:1] == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("message,intent,project,needle", [
    # the page: MAGIA was funded by the EU's COSME programme ("clusters" asks no partners)
    ("there was this alliance of clusters for the US market, magia-something? who funded it",
     "funding", "magia", "COSME"),
    # BRIDGE 53 was to stimulate new therapies for infectious diseases
    ("hey there, quick one from a PhD student. there was some platform connecting scientists "
     "with pharma partners for drug discovery, bridge-something? what was its focus", "goals",
     "bridge53", "infectious"),
])
def test_words_telling_that_a_thing_existed_describe_what_the_question_asks_of(
    kb: KnowledgeBase, message: str, intent: str, project: str, needle: str
) -> None:
    # Given "there was …" describing a project, a guess at its name with a question mark, then
    # a question about "it"
    reply = answer(message, State(), kb)
    # Then the question is asked of the project described, the description asking nothing
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("text", [
    "Hallo, ich bin Journalistin und recherchiere zu EU-geförderten Projekten von Life Science "
    "Nord. Wobei können Sie mir helfen?",
    "Ich schreibe über Förderprojekte. Worüber können Sie mir etwas sagen?",
])
def test_a_question_word_like_wobei_opens_a_question_of_its_own_after_a_told_sentence(
        kb: KnowledgeBase, text: str) -> None:
    # Given a sentence that tells, then one asking what the bot can help with ("wobei")
    reply = answer(text, State(), kb)
    # Then the last sentence is a question of its own (help), not a request to answer the told
    assert reply.intent == "help" and reply.projects == (), reply.text


@pytest.mark.parametrize("text,intent", [
    ("we were a partner in bfcc - can you remind me when it ended?", "end"),
    ("We were a partner in BFCC. When did it end?", "end"),
])
def test_the_speakers_own_part_told_before_a_question_is_no_ask(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given the speaker tells their own part in a project, then asks
    reply = answer(text, State(), kb)
    # Then only the question is answered, of that project (was its partners first)
    assert reply.intent == intent and reply.projects == ("bfcc",) and \
        "organisations" not in reply.text, reply.text


@pytest.mark.parametrize("message,language", [
    ("hallo, kannst du mir helfen? ich such projekte zu infektionen", "de"),
    ("hi, can you help me? I'm looking for projects on infections", "en"),
    ("Können Sie mir helfen? Ich suche Projekte zum Thema Infektionen.", "de"),
])
def test_what_the_speaker_is_looking_for_after_a_request_for_help_is_the_question(
        kb: KnowledgeBase, message: str, language: str) -> None:
    # Given a request for help, then a sentence that says what is sought (the page: BRIDGE 53
    # and HIHeal are about infectious diseases)
    reply = ask(kb, message)[0]
    # Then the sought list is answered, not the greeting or the help text
    assert reply.intent == "list" and reply.language == language
    assert set(reply.projects) == {"bridge53", "hiheal"}


@pytest.mark.parametrize("message", [
    "Guten Abend. Für eine Förderentscheidung benötige ich Angaben zu den Ergebnissen von "
    "P.I.L.O.T.",
    "Angaben zu den Ergebnissen von P.I.L.O.T. bitte",
    "I need info about P.I.L.O.T.'s results",
])
def test_a_request_for_information_on_one_aspect_asks_that_aspect(
        kb: KnowledgeBase, message: str) -> None:
    # Given a request for information in general that names the results (the page: P.I.L.O.T.'s
    # network activities continue in P.I.L.O.T. Next Level)
    reply = ask(kb, message)[0]
    # Then the results are answered, not the project's card
    assert reply.intent == "results" and reply.projects == ("pilot",)
    assert "Next Level" in reply.text and "2020" not in reply.text


@pytest.mark.parametrize("message,intent,project,needle", [
    # the page: BONEBANK was led by the UKSH Lübeck; it ran from September 2015 till August 2020
    ("quick one from the partner side: who coordinated bonebank?", "lead", "bonebank", "UKSH"),
    ("from a funder's perspective: when did bonebank run?", "dates", "bonebank", "2015"),
    ("from the partners point of view, who led bonebank?", "lead", "bonebank", "UKSH"),
    ("Kurze Frage von Partnerseite: wer hat BONEBANK koordiniert?", "lead", "bonebank", "UKSH"),
    # ELISE ran from 1 January 2017 to 31 December 2021
    ("aus Sicht der Förderer: wie lange lief ELISE?", "duration", "elise", "2017"),
])
def test_the_side_the_speaker_asks_from_only_tells(
        kb: KnowledgeBase, message: str, intent: str, project: str, needle: str) -> None:
    # Given a question after words that only tell the side the speaker asks from (a partner's,
    # a funder's), whose "partner" or "funder" asks nothing
    reply = ask(kb, message)[0]
    # Then only the question is answered
    assert reply.intent == intent and reply.projects == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text
    assert "Partners in" not in reply.text and "funded by" not in reply.text
