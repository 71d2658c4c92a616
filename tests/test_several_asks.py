"""Messages with several asks: each is answered, in order, in one reply; asks that are easily
lost or misread (a "what was X" beside another ask, two noun asks, a language request before a
question, a link word that asks for no link)."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.query import unnumbered
from tests.conftest import ask


@pytest.mark.parametrize("text,pid,lang,other", [
    ("what was KI#CK, and who led it?", "kick", "en", "Life Science Nord"),
    ("Was ist MAGIA2Market und wann begann es?", "magia2market", "de", "2020"),
    ("BONEBANK: was war das eigentlich, und wer hat es gefördert?", "bonebank", "de", "Interreg"),
    ("could you tell me what InnoReAct was and when it ended", "innoreact", "en", "2023"),
    ("what's ELISE and which countries took part?", "elise", "en", "Poland"),
    ("whats bfcc and who ran it", "bfcc", "en", "Life Science Nord"),
])
def test_what_was_it_beside_another_ask_gets_the_summary_line_then_the_other_answer(
    kb: KnowledgeBase, text: str, pid: str, lang: str, other: str
) -> None:
    # When "what was X" is one of two asks in one message
    reply = ask(kb, text)[0]
    # Then the reply starts with what the project is (its summary line, not the whole card),
    # then answers the other ask; the reply's intent is the first ask's
    project = kb.projects[pid]
    assert reply.intent == "overview" and reply.language == lang
    assert reply.text.splitlines()[1] == project.summary.get(lang)
    assert other in reply.text
    card = ask(kb, f"{'was war' if lang == 'de' else 'what was'} {project.name}?")[0]
    assert card.text.splitlines()[2] not in reply.text.splitlines()[:2]  # no card rows


@pytest.mark.parametrize("text,reached,said", [
    # the page names MAGIA2Market as MAGIA's follow-up and no funder for it; HIHeal next level
    # transition only by name
    ("What was MAGIA, and its follow-up, who funded that?", "magia2market",
     "The page doesn't say who funded MAGIA2Market."),
    ("what was HIHeal and its follow-up, who funded that?", "hiheal-next",
     "The page doesn't say who funded HIHeal next level transition."),
])
def test_that_after_a_link_named_beside_a_question_is_the_project_reached(
    kb: KnowledgeBase, text: str, reached: str, said: str
) -> None:
    # Given "what was X, and its follow-up" / When "who funded that?" follows
    reply = ask(kb, text)[0]
    # Then "that" is the follow-up (was X's own funders again)
    assert reached in reply.projects and said in reply.text, reply.text


@pytest.mark.parametrize("text,start,silent", [
    # the page: KI#CK "two-year", no dates; ELISE 1 January 2017 to 31 December 2021
    ("Did KI#CK run for two years? when exactly?", "Yes.", "The page gives no dates for KI#CK"),
    ("Lief KI#CK zwei Jahre? Wann genau?", "Ja.", "Die Seite nennt keine Daten für KI#CK"),
    ("Did ELISE run for five years? when exactly?", "Yes.", None),
    # the funding claim's verdict was dropped for the amount's reply
    ("was ELISE funded by Interreg Europe, and how much was the grant?", "Yes.", None),
])
def test_a_yes_no_then_when_or_how_much_keeps_the_verdict_and_what_the_page_lacks(
    kb: KnowledgeBase, text: str, start: str, silent: str | None
) -> None:
    reply = ask(kb, text)[0]
    # Then the verdict first; where the page lacks what the second ask wants, it says so
    # (was the verdict alone, as if "when exactly?" were the same question again)
    assert reply.text.startswith(start), reply.text
    if silent:
        assert silent in reply.text, reply.text
    else:
        assert reply.answered and len(set(reply.text.splitlines())) == len(
            reply.text.splitlines()), reply.text


def test_what_was_it_alone_still_gets_the_whole_card(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was war InnoReAct?")[0]
    assert reply.intent == "overview" and len(reply.text.splitlines()) > 2


@pytest.mark.parametrize("text,intent,needles", [
    # partners and places, each asked by a noun after "which"
    ("BFCC: which clusters and which regions?", "partners", ["13", "Baltic"]),
    ("HIHeal: welche partnercluster und wann lief es?", "partners",
     ["Gesundheitswirtschaft", "2016"]),
    # "orgs", a share, a total
    ("how many orgs took part in ELISE?", "partners", []),
    ("and what was the EU share of KI#CK?", "amount", ["193"]),
    ("P.I.L.O.T. gesamtsumme?", "amount", []),
])
def test_noun_asks_are_read_as_what_they_name(
    kb: KnowledgeBase, text: str, intent: str, needles: list[str]
) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == intent, reply.text
    for needle in needles:
        assert needle in reply.text


def test_a_total_asked_in_german_is_answered_in_german(kb: KnowledgeBase) -> None:
    reply = ask(kb, "ELISE gesamtsumme?")[0]
    assert reply.language == "de" and reply.intent == "amount" and "1.217.494" in reply.text


def test_a_language_request_before_a_question_answers_that_question_in_that_language(
    kb: KnowledgeBase,
) -> None:
    # Given a chat in English about BONEBANK's dates
    first, second = ask(kb, "when did BONEBANK run?", "Bitte auf Deutsch: wer hat es geleitet?")
    # Then the question after "auf Deutsch" is answered, in German, not the last answer again
    assert second.language == "de" and second.intent == "lead"
    third = ask(kb, "Wer förderte ELISE?", "in English please: and when did it end?")[1]
    assert third.language == "en" and third.intent in ("end", "dates") and "2021" in third.text


def test_lsns_role_asked_beside_another_question_is_its_role_in_that_project(
    kb: KnowledgeBase,
) -> None:
    # When LSN's role is asked after another question about a project, in one message
    reply = ask(kb, "who led BONEBANK, and what was LSN's role?")[0]
    # Then both are answered, in order: the role is LSN's role in that project
    assert reply.intent == "lead" and reply.answered
    lines = reply.text.splitlines()
    assert "UKSH" in lines[0] and "business model" in lines[1]
    german = ask(kb, "Wann lief NORTHOPEDICS + welche Rolle hatte LSN?")[0]
    assert "NORTHOPEDICS" in german.text.splitlines()[1] and not german.answered  # not on the page


def test_follow_up_on_a_project_is_a_further_question_not_its_follow_up(kb: KnowledgeBase) -> None:
    reply = ask(kb, "a quick follow-up on ELISE: which programme paid for it?")[0]
    assert reply.intent == "funding" and reply.answered and "Interreg" in reply.text
    assert "follow-up" not in reply.text.lower()


def test_a_sentence_about_the_speaker_before_a_list_question_only_frames_it(
    kb: KnowledgeBase,
) -> None:
    reply = ask(kb, "We are preparing a newsletter piece - which projects ended in 2019?")[0]
    assert reply.intent == "list" and reply.answered
    assert not reply.text.startswith("Sorry")


def test_how_many_projects_had_a_link_is_a_count(kb: KnowledgeBase) -> None:
    reply = ask(kb, "how many projects were continued by a later project?")[0]
    assert reply.intent == "count" and "3" in reply.text


@pytest.mark.parametrize("text,pid,needle", [
    ("what was the BONEBANK biobank for?", "bonebank", "Odense"),
    ("NORTHOPEDICS: what was that guide about?", "northopedics", "network guide"),
])
def test_a_thing_the_project_made_is_asked_of_its_results(
    kb: KnowledgeBase, text: str, pid: str, needle: str
) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "results" and reply.projects[0] == pid and needle in reply.text


def test_a_thing_asked_of_a_project_without_results_is_not_made_a_result(
    kb: KnowledgeBase,
) -> None:
    reply = ask(kb, "what was the purpose of the BRIDGE 53 database?")[0]
    assert reply.intent == "goals"


def test_a_link_told_without_a_project_before_a_question_naming_one_takes_no_step(
    kb: KnowledgeBase,
) -> None:
    # When the speaker mentions "the successor" in passing, then asks about a named project
    reply = ask(kb, "We are thinking of joining the successor project. When did MAGIA end?")[0]
    # Then the answer is about that project, with no step to its follow-up
    assert reply.projects == ("magia",) and "MAGIA2Market" not in reply.text


def test_a_plain_what_is_it_ask_beside_others_gets_the_summary_not_the_card(
    kb: KnowledgeBase,
) -> None:
    # When "worum ging es" is one of three asks
    reply = ask(kb, "Zu KI#CK: worum ging es, wer war beteiligt und wie viel Geld gab es?")[0]
    lines = reply.text.splitlines()
    # Then the summary line answers it, and the card's rows don't repeat the other answers
    assert reply.intent == "overview" and lines[1] == kb.projects["kick"].summary.get("de")
    assert not any(line.startswith(("Förderung:", "Geleitet von:")) for line in lines)
    assert "oncampus" in reply.text and "249.000" in reply.text


@pytest.mark.parametrize("text,needles", [
    ("Wann endete P.I.L.O.T. und in welcher Förderlinie lief es?", ["2023", "Schleswig-Holstein"]),
    ("Welche Zielländer hatte MAGIA, und welches kam bei MAGIA2Market hinzu?", ["China", "Japan"]),
    ("BFCC: which seven countries, and who led it?", ["Life Science Nord"]),
])
def test_each_of_several_asks_is_answered(kb: KnowledgeBase, text: str, needles: list[str]
                                         ) -> None:
    reply = ask(kb, text)[0]
    assert len(reply.text.splitlines()) >= 2
    for needle in needles:
        assert needle in reply.text


def test_a_project_named_first_wins_over_the_choices_offered_before(kb: KnowledgeBase) -> None:
    # Given a list of choices offered (two projects), when the next message names a project
    # and asks for "the two clusters"
    replies = ask(kb, "which projects ran in 2019?", "ELISE: which two programmes paid for it?")
    # Then the named project is the subject, not the second of the offered choices
    assert replies[1].projects[0] == "elise" and "Interreg" in replies[1].text


@pytest.mark.parametrize("text,winner,said", [
    ("which began sooner, ELISE or MAGIA, and who funded the earlier one?", "elise",
     "Interreg"),
    ("Welches begann früher, MAGIA oder ELISE, und wer förderte das frühere?", "elise",
     "Interreg"),
    ("which ran longer, BFCC or NORTHOPEDICS or HIHeal... no: HIHeal or BFCC, and who led the "
     "longer one?", "hiheal", "HIHeal"),
    ("Welches Projekt endete später, BFCC oder BONEBANK, und wer leitete das, das später "
     "endete?", "bonebank", "UKSH"),
])
def test_a_second_ask_about_the_winner_of_a_comparison_is_answered_of_the_winner(
    kb: KnowledgeBase, text: str, winner: str, said: str
) -> None:
    # When a comparison is followed by a question about "the earlier one", "der frühere"
    reply = ask(kb, text)[0]
    # Then the comparison is answered, and the second ask about its winner
    assert reply.intent == "superlative" and winner in reply.projects
    assert said in reply.text and len(reply.text.splitlines()) >= 3


@pytest.mark.parametrize("text,first,second", [
    ("which project ran longest and which one ended first?", "HIHeal", "BFCC"),
    ("Welches Projekt lief am kürzesten, und welches begann als erstes?", "InnoReAct",
     "BONEBANK"),
    ("which project began first, and which one finished last?", "BONEBANK", "P.I.L.O.T."),
])
def test_two_rankings_of_different_kinds_in_one_message_are_both_answered(
    kb: KnowledgeBase, text: str, first: str, second: str
) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "superlative"
    assert first in reply.text and second in reply.text
    assert reply.text.index(first) < reply.text.index(second)


@pytest.mark.parametrize("text,first,words", [
    ("MAGIA: which clusters, and in what fields?", "partners", ("BioWin", "medtech")),
    ("HIHeal – welche Partner, und in welchen Bereichen?", "partners",
     ("Gesundheitswirtschaft", "Hygiene")),
    ("KI#CK: who took part, and what did they want to create?", "partners",
     ("oncampus", "qualification programme")),
    ("ELISE: welche Länder waren dabei, und was wollten sie aufbauen?", "places",
     ("Polen", "Ökosystem")),
])
def test_fields_or_what_they_wanted_to_build_beside_another_ask_is_the_goal(
    kb: KnowledgeBase, text: str, first: str, words: tuple[str, ...]
) -> None:
    # When a second ask asks in which fields, or what the partners set out to build
    reply = ask(kb, text)[0]
    # Then the goal follows the first answer (it names the fields and what was to be built)
    assert reply.intent == first and reply.answered, reply.text
    assert all(w in reply.text for w in words), reply.text


@pytest.mark.parametrize("text,said", [
    ("which began sooner, ELISE or MAGIA, who funded the earlier one, and who led it?",
     "Interreg"),
    ("Welches Projekt endete später, BFCC oder BONEBANK, wer leitete das, das später endete, "
     "und wann begann es?", "UKSH"),
    ("which project started first, BONEBANK or ELISE, who led the first one, and where was it "
     "based?", "Lübeck"),
])
def test_an_ask_after_the_question_about_a_comparisons_winner_is_answered_too(
    kb: KnowledgeBase, text: str, said: str
) -> None:
    # When a third ask follows the comparison and the question about its winner
    reply = ask(kb, text)[0]
    # Then all three are answered (the third is compared with the ask before it, no error)
    assert reply.intent == "superlative" and said in reply.text
    assert len(reply.text.splitlines()) >= 4


@pytest.mark.parametrize("text,first,second", [
    ("Welches Projekt hatte Japan als Zielregion, und ab wann lief es?", "MAGIA2Market (2020",
     "September 2020"),
    ("BONEBANK: wer leitete es, und ab wann lief es?", "UKSH", "September 2015"),
    ("Wer hat ELISE gefördert und ab wann gab es das?", "Interreg", "2017"),
])
def test_ab_wann_after_und_opens_a_second_ask(
    kb: KnowledgeBase, text: str, first: str, second: str
) -> None:
    # When the second ask starts with "ab wann" ("from when"), a preposition before the
    # question word
    reply = ask(kb, text)[0]
    # Then both asks are answered, the first one first (the first was dropped: only the start
    # was said, not which project it was)
    assert first in reply.text and second in reply.text, reply.text
    assert reply.text.index(first) < reply.text.index(second), reply.text


@pytest.mark.parametrize("text,facts", [
    ("ELISE: lead, dates and partners?", ["2017", "2021", "Poland"]),
    ("HIHeal – funders, dates, partners", ["ERDF", "2016", "2022", "Gesundheitswirtschaft"]),
    ("MAGIA: goal, dates, funding?", ["2018", "2019", "COSME"]),
])
def test_a_plain_noun_in_a_list_of_noun_asks_is_an_ask_too(
    kb: KnowledgeBase, text: str, facts: list[str]
) -> None:
    # When a list of bare nouns follows a name and one of them ("dates") says little alone
    reply = ask(kb, text)[0]
    # Then it is answered with the others, not dropped for saying too little
    for fact in facts:
        assert fact in reply.text, reply.text


@pytest.mark.parametrize("text,places,funder", [
    ("BFCC where + which interreg exactly?", "Baltic Sea Region", "Programme 2014-2020"),
    ("BONEBANK: welche Städte, und welches Interreg genau?", "Odense", "Deutschland-Danmark"),
])
def test_which_programme_at_a_questions_end_asks_the_subjects_programme(
    kb: KnowledgeBase, text: str, places: str, funder: str
) -> None:
    # When a piece asks "which <programme> exactly" after another ask about a project
    reply = ask(kb, text)[0]
    # Then both are answered: the programme asked is the project's funder, no list filter
    assert places in reply.text and funder in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "bonebank: when did it start, who led it, and which cities had the biobank?",
    "BONEBANK: wann begann es, und in welchen Städten war die Biobank?",
])
def test_a_thing_of_the_project_asked_about_after_it_is_that_projects(
        kb: KnowledgeBase, text: str) -> None:
    # When a later ask names a thing the project just asked about had ("the biobank")
    reply = ask(kb, text)[0]
    # Then its places are answered, not the list of projects on biobanking
    assert "Odense" in reply.text and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("text,facts", [
    ("MAGIA: Laufzeit, Programm und Herkunftsländer der Partner?", ("2018", "COSME", "Belgien")),
    ("ELISE: duration, programme and partner regions?", ("2017", "Interreg Europe", "Lithuania")),
])
def test_a_weak_noun_between_nouns_that_ask_asks_too(
        kb: KnowledgeBase, text: str, facts: tuple[str, ...]) -> None:
    # Given a list of nouns after a topic, one of them ("Programm") too weak to ask alone
    reply = ask(kb, text)[0]
    # Then each noun is answered, the weak one too (the programme that funded it)
    for fact in facts:
        assert fact in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "BFCC: lead partner + programme + number of orgs?",
    "BFCC: Leitung, Programm und Zahl der Organisationen?",
])
def test_a_noun_after_a_weak_listed_noun_asks_too(kb: KnowledgeBase, text: str) -> None:
    # Given three nouns after a topic, the weak one ("programme") in the middle
    reply = ask(kb, text)[0]
    # Then the one after it asks by itself as after any other listed noun: each is answered
    for fact in ("Life Science Nord", "Interreg", "13"):
        assert fact in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "which projects were funded by the ESF and which by COSME?",
    "which projects did the ESF fund, and which ones by COSME?",
    "Welche Projekte wurden vom ESF gefördert und welche von COSME?",
    "Welche Projekte förderte der ESF, und welche durch COSME?",
])
def test_which_by_another_funder_is_a_second_list(kb: KnowledgeBase, text: str) -> None:
    # Given a list by one funder, then "and which by" another with no noun (was "not understood")
    reply = ask(kb, text)[0]
    # Then each funder gets its own list: KI#CK by the ESF, MAGIA by COSME
    assert reply.intent == "list" and reply.answered, reply.text
    assert reply.projects == ("kick", "magia"), reply.text


@pytest.mark.parametrize("text,last", [
    # the page: the ERDF funded BONEBANK, BRIDGE 53 (part of HIHeal), HIHeal, InnoReAct,
    # NORTHOPEDICS and P.I.L.O.T.; the ESF KI#CK alone; COSME MAGIA
    ("which projects got ERDF money, which got ESF money and which got COSME money?", "magia"),
    ("welche Projekte bekamen EFRE-Mittel, welche bekamen ESF-Mittel und welche erhielten Geld "
     "von COSME?", "magia"),
    # partners: Denmark BONEBANK (Odense); Poland ELISE; Italy ELISE and MAGIA (bioPmed)
    ("Which projects had Danish partners, which had Polish ones and which had Italian ones?",
     "magia"),
    ("Welche Projekte hatten dänische Partner, welche hatten polnische Partner und welche "
     "hatten italienische Partner?", "magia"),
])
def test_which_got_or_had_with_no_noun_after_a_list_of_one_is_a_list_too(
        kb: KnowledgeBase, text: str, last: str) -> None:
    # Given three lists asked in one message, the second of one project only
    reply = ask(kb, text)[0]
    # Then the third is a list as well (was the first project's funding or partners, or "not
    # understood"), each list answered
    assert reply.intent == "list" and reply.answered, reply.text
    assert reply.projects[-1] == last and len(reply.text.splitlines()) >= 3, reply.text
    assert kb.projects[last].name in reply.text.splitlines()[-1], reply.text


def test_which_ones_with_another_condition_of_the_kind_is_a_list_of_its_own(
        kb: KnowledgeBase) -> None:
    # Given "which ones" after a list, with another year (was read within the first list: none)
    reply = ask(kb, "which projects started in 2016, and which ones in 2020?")[0]
    # Then the projects that started in 2020 are listed too
    assert {"bfcc", "pilot", "magia2market"} <= set(reply.projects), reply.text


def test_which_of_those_with_another_funder_keeps_to_the_first_list(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which projects did the ESF fund, and which of those by COSME?")[0]
    # (KI#CK was not: said of KI#CK, then the project COSME did fund, MAGIA)
    assert reply.projects == ("kick", "magia"), reply.text
    assert "KI#CK is not among" in reply.text


def test_which_programme_alone_still_lists_its_projects(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which interreg?")[0]
    assert reply.intent == "list" and "ELISE" in reply.text


@pytest.mark.parametrize("text,said", [
    ("Wurde P.I.L.O.T. verlängert?", "P.I.L.O.T. Next Level"),
    ("who funded HIHeal, and did it get extended?", "HIHeal next level transition"),
    ("did BFCC get an extension?", "no follow-up"),
])
def test_an_extension_is_asked_as_the_follow_up(kb: KnowledgeBase, text: str, said: str) -> None:
    # When a message asks whether a project was extended ("verlängert", "an extension")
    reply = ask(kb, text)[0]
    # Then the follow-up the page names answers it (or that the page names none)
    assert said in reply.text, reply.text


@pytest.mark.parametrize(("text", "word"), [
    ("What did Life Science Nord want to achieve with P.I.L.O.T.?", "Goal"),
    ("Was wollte LSN mit BONEBANK erreichen?", "Ziel"),
])
def test_what_lsn_wanted_to_achieve_gives_its_part_and_the_goal(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # When asked what Life Science Nord wanted to achieve with a project
    (reply,) = ask(kb, text)
    # Then LSN's own part comes first, and the project's goal after it
    assert reply.intent == "lsn_role" and reply.text.splitlines()[1].startswith(word)


def test_who_the_clusters_were_and_the_target_countries_are_two_asks(kb: KnowledgeBase) -> None:
    # When the clusters and the target countries are asked in one German message
    (reply,) = ask(kb, "Wer waren bei MAGIA die Cluster und welche Zielländer hatte es?")
    # Then both: the partner clusters and the target countries
    assert reply.intent == "partners"
    assert "BioWin" in reply.text and "China" in reply.text


@pytest.mark.parametrize("text,facts", [
    ("where was the bonebank biobank and who made the business model",
     ["Odense", "Life Science Nord"]),
    ("Wo stand die Biobank von BONEBANK und wer hat das Geschäftsmodell erarbeitet?",
     ["Lübeck", "Life Science Nord"]),
])
def test_who_made_a_result_is_an_ask_of_its_own(kb: KnowledgeBase, text: str,
                                                facts: list[str]) -> None:
    # Given a second ask for who made one of a project's results
    reply = ask(kb, text)[-1]
    # Then both asks are answered: the places, and those involved (who made it)
    assert all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("text,intent,fact", [
    ("ELISE funding: how much?", "amount", "1,217,494"),
    ("KI#CK-Förderung: wie viel kam vom ESF?", "amount", "249.000"),
    ("hiheal dates: when did it start?", "start", "2016"),
])
def test_a_header_naming_the_aspect_the_question_narrows_asks_nothing_itself(
        kb: KnowledgeBase, text: str, intent: str, fact: str) -> None:
    # Given a short header before a colon that names an aspect (funding, dates) and a question
    # after it that narrows that aspect (the amount, the start)
    reply = ask(kb, text)[-1]
    # Then the reply's first ask is the narrowed one
    assert reply.intent == intent and fact in reply.text, reply.text


@pytest.mark.parametrize("text,pid,first,second", [
    ("Wer hat KI#CK gemacht und mit wie viel Geld?", "kick", "oncampus", "249.000"),
    ("Wer hat BFCC durchgeführt und seit wann?", "bfcc", "Life Science Nord", "2016"),
    ("Wer setzte NORTHOPEDICS um und mit welchem Geld?", "northopedics", "Leitung", "EFRE"),
    ("Who carried out BFCC and since when?", "bfcc", "Life Science Nord", "2016"),
])
def test_a_weak_question_before_a_fragment_keeps_its_ask(
        kb: KnowledgeBase, text: str, pid: str, first: str, second: str) -> None:
    # Given a new chat
    # When a question opened by "wer"/"who" whose aspect is said weakly is followed by a
    # fragment that asks something else ("und mit wie viel Geld?", "and since when?")
    reply = ask(kb, text)[0]
    # Then both asks are answered, the first one first
    assert reply.intent == "lead" and reply.projects == (pid,), reply.text
    assert first in reply.text and second in reply.text, reply.text
    assert reply.text.index(first) < reply.text.index(second), reply.text


@pytest.mark.parametrize("text,intent,facts", [
    ("Wer leitete das Projekt, bei dem Knochen in Lübeck entnommen wurden, und bis wann lief "
     "es?", "lead", ("UKSH", "2020")),
    ("Wer förderte das Projekt, das Japan als Zielmarkt hatte, und wann begann es?", "funding",
     ("MAGIA2Market", "2020")),
    ("Who led the project where stem cells were stored in Odense, and when did it end?", "lead",
     ("UKSH", "2020")),
    ("Who funded the project where bone was harvested in Lübeck and when did it start?",
     "funding", ("Interreg", "2015")),
])
def test_a_question_about_a_described_project_keeps_its_ask(
        kb: KnowledgeBase, text: str, intent: str, facts: tuple[str, ...]) -> None:
    # Given a new chat
    # When a question asks something of a project it describes ("the project where/bei dem …")
    # and a second question follows
    reply = ask(kb, text)[0]
    # Then the first ask is answered of the project described, then the second
    assert reply.intent == intent and all(f in reply.text for f in facts), reply.text
    assert reply.text.index(facts[0]) < reply.text.rindex(facts[1]), reply.text


@pytest.mark.parametrize("text,intent", [
    ("Who led the project where stem cells were stored in Odense?", "lead"),
    ("who funded the one where Japan was added as a target market", "funding"),
    ("Wer leitete das Projekt wo Stammzellen gelagert wurden?", "lead"),
])
def test_where_after_a_project_noun_asks_for_no_place(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given a new chat
    # When "where"/"wo" follows "the project"/"the one": a relative clause that describes it
    reply = ask(kb, text)[0]
    # Then the question asks what its own words ask, not where the project was
    assert reply.intent == intent, reply.text


@pytest.mark.parametrize("text,intent,first,second", [
    ("I think it was ELISE. Who funded it and when did it end?", "funding", "Interreg",
     "2021"),
    ("Ich glaube, das war BONEBANK. Wer hat es geleitet und bis wann lief es?", "lead", "UKSH",
     "2020"),
    ("We got a flyer once, I believe it came from BFCC. When did it start and who led it?",
     "start", "2016", "Life Science Nord"),
])
def test_a_belief_that_names_what_it_was_only_sets_the_subject(
        kb: KnowledgeBase, text: str, intent: str, first: str, second: str) -> None:
    # Given a new chat
    # When a belief about "it" names only a project, then two questions about it follow
    reply = ask(kb, text)[0]
    # Then the questions are answered in the order asked, of that project; the belief is
    # no claim of its own
    assert reply.intent == intent, reply.text
    assert reply.text.index(first) < reply.text.index(second), reply.text
    assert not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("text,facts", [
    ("which project started first and which one ended last (of the ones with dates)",
     ("BONEBANK started first", "P.I.L.O.T. ended last")),
    ("Which one began earliest, and which one finished last (only the dated ones)?",
     ("BONEBANK", "P.I.L.O.T.")),
    ("Welches Projekt begann zuerst und welches endete zuletzt (von denen mit Daten)?",
     ("Als Erstes begann BONEBANK", "Als Letztes endete P.I.L.O.T.")),
])
def test_two_rankings_with_an_aside_are_each_answered(
        kb: KnowledgeBase, text: str, facts: tuple[str, str]) -> None:
    # Given a new chat
    # When a message asks two rankings of different kinds and adds an aside in brackets that
    # names no project ("of the ones with dates")
    reply = ask(kb, text)[0]
    # Then each ranking is answered, in the order asked
    assert reply.intent == "superlative", reply.text
    assert facts[0] in reply.text and facts[1] in reply.text, reply.text
    assert reply.text.index(facts[0]) < reply.text.index(facts[1]), reply.text


@pytest.mark.parametrize("text,intent,facts", [
    ("I need the lead of BFCC, the funder of MAGIA and the end of HIHeal", "lead",
     ("Life Science Nord", "COSME", "2022")),
    ("Nennen Sie mir das Startjahr von NORTHOPEDICS, das Endjahr von ELISE und den Förderer "
     "von KI#CK.", "start", ("2016", "2021", "ESF")),
    ("Tell me the start of BONEBANK and the funder of ELISE.", "start", ("2015", "Interreg")),
])
def test_a_request_for_nouns_of_several_projects_answers_each(
        kb: KnowledgeBase, text: str, intent: str, facts: tuple[str, ...]) -> None:
    # Given a new chat
    # When a request lists aspects, each of another project ("the X of A, the Y of B")
    reply = ask(kb, text)[0]
    # Then each aspect is answered of its own project, in the order asked
    assert reply.intent == intent and reply.answered, reply.text
    at = [reply.text.find(f) for f in facts]
    assert -1 not in at and at == sorted(at), reply.text


@pytest.mark.parametrize("text,facts", [
    ("when did the project that continued MAGIA start, and when did it end?",
     ("MAGIA2Market", "2020", "2023")),
    ("Wann begann das Nachfolgeprojekt von MAGIA und wann endete es?",
     ("MAGIA2Market", "2020", "2023")),
])
def test_start_and_end_of_a_project_reached_by_a_link_is_one_dates_answer(
        kb: KnowledgeBase, text: str, facts: tuple[str, ...]) -> None:
    # Given a new chat
    # When the start and the end of a project reached by a link are asked in two clauses
    reply = ask(kb, text)[0]
    # Then the reply is one dates answer: the link, then both ends
    assert reply.intent == "dates" and all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize("text", [
    "wer hat HIHeal finanziert und welches projekt kam danach",
    "Wer leitete MAGIA und was folgte darauf?",
])
def test_what_came_after_as_the_second_ask_is_the_follow_up(kb: KnowledgeBase,
                                                             text: str) -> None:
    # given a project with a follow-up on the page
    reply = ask(kb, text)[0]
    pid = reply.projects[0]
    follow = kb.projects[pid].continued_by
    assert follow
    # then the reply names the follow-up after the first ask's answer
    assert set(follow) <= set(reply.projects), reply.text
    assert all(kb.projects[f].name in reply.text for f in follow)


@pytest.mark.parametrize("message,projects,word", [
    ("Was wurde aus MAGIA? Gab es ein Folgeprojekt?", ("magia", "magia2market"), "MAGIA2Market"),
    ("what came after HIHeal, was there a successor?", ("hiheal", "hiheal-next"),
     "next level"),
    ("What did MAGIA2Market continue, did it have a predecessor?", ("magia2market", "magia"),
     "MAGIA"),
])
def test_a_yes_no_after_the_same_link_asks_whether_that_link_exists(
        kb: KnowledgeBase, message: str, projects: tuple[str, ...], word: str) -> None:
    # Given a message that asks a project's follow-up (predecessor), then whether it has one
    reply = ask(kb, message)[-1]
    # When it is answered
    # Then both ask the same link of the same project: answered by it, not asked again of
    # the project the link reached ("the page names no follow-up for MAGIA2Market")
    assert set(reply.projects) == set(projects) and reply.answered and word in reply.text


@pytest.mark.parametrize("text,pid,facts", [
    ("KI#CK – wer hat das Projekt mit LSN zusammen durchgeführt und wie viel ESF-Geld gab es?",
     "kick", ("oncampus", "249.000")),
    ("BONEBANK: who led the project with Odense, and when did it end?", "bonebank",
     ("UKSH", "2020")),
    ("HIHeal – who were the partners of the Hamburg project?", "hiheal",
     ("Gesundheitswirtschaft Hamburg",)),
])
def test_the_project_named_first_is_the_one_the_words_after_it_describe(
    kb: KnowledgeBase, text: str, pid: str, facts: tuple[str, ...]
) -> None:
    # Given a project named first, then asks of "the project" in words that fit it (and others)
    reply = ask(kb, text)[0]
    # Then the asks are answered of the project named, not of every project the words fit
    assert reply.projects == (pid,), reply.text
    assert all(f in reply.text for f in facts), reply.text


def test_words_that_fit_no_named_project_still_describe_another(kb: KnowledgeBase) -> None:
    # Given BONEBANK named, then a question of "the AI project" (which BONEBANK was not)
    reply = ask(kb, "BONEBANK – wer hat das KI-Projekt geleitet?")[0]
    # Then the question is of the project the words describe
    assert reply.projects == ("kick",), reply.text


@pytest.mark.parametrize(("text", "needles"), [
    # the page: MAGIA 2018-2019, MAGIA2Market September 2020 to February 2023; P.I.L.O.T.
    # funded by the ERDF and Schleswig-Holstein, its follow-up's funders not named
    ("und wann lief MAGIA und das nachfolgeprojekt?", ("2018", "2019", "2020", "2023")),
    ("wer förderte P.I.L.O.T. und den Nachfolger?", ("Schleswig-Holstein",
                                                     "nicht, wer P.I.L.O.T. Next Level")),
])
def test_a_link_noun_after_a_question_is_that_question_of_the_project_reached(
        kb: KnowledgeBase, text: str, needles: tuple[str, ...]) -> None:
    # Given a question about a project "and the follow-up" in one message
    (reply,) = ask(kb, text)
    # Then the question is answered of both: the project, the link, then the follow-up
    assert all(n in reply.text for n in needles), reply.text
    assert len(reply.projects) == 2, reply.text


def test_a_link_noun_in_a_list_of_asks_is_an_ask_of_its_own(kb: KnowledgeBase) -> None:
    # Given nouns listed as asks ("Laufzeit, Förderer und Nachfolger?")
    (reply,) = ask(kb, "P.I.L.O.T.: Laufzeit, Förderer und Nachfolger?")
    # Then the follow-up is named, not asked who funded it
    assert "Next Level" in reply.text and reply.answered, reply.text


@pytest.mark.parametrize(("text", "needles"), [
    # the page: MAGIA 2018-2019, MAGIA2Market September 2020 to February 2023; P.I.L.O.T.
    # 2020 to March 2023, P.I.L.O.T. Next Level from April 2023 with no end
    ("when did magia and its follow-up run?", ("2018", "2019", "2020", "2023")),
    ("Wann liefen MAGIA und sein Nachfolger?", ("2018", "2019", "2020", "2023")),
    ("how long did pilot and its successor run?", ("3 years and 3 months", "no end date")),
])
def test_a_project_and_its_link_in_one_question_are_both_answered(
        kb: KnowledgeBase, text: str, needles: tuple[str, ...]) -> None:
    # Given one question about a project "and its follow-up"
    (reply,) = ask(kb, text)
    # Then it is answered of the project, the link is said, and of the follow-up
    assert all(n in reply.text for n in needles), reply.text
    assert len(reply.projects) == 2, reply.text


def test_the_link_of_a_project_alone_answers_only_the_project_reached(
        kb: KnowledgeBase) -> None:
    # Given a question about the follow-up of a project, not the project itself
    (reply,) = ask(kb, "when did the follow-up of magia run?")
    # Then only the follow-up's dates are given, after the link
    assert "2018" not in reply.text and "2023" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "Could you confirm the years of the MAGIA project? Also, who funded it?",
    "Could you confirm the years of MAGIA? And who funded it?",
])
def test_the_years_named_as_a_noun_are_an_ask_of_their_own(kb: KnowledgeBase, text: str) -> None:
    # Given a request for a project's years, then a second question
    reply = ask(kb, text)[0]
    # Then both are answered, the years first (MAGIA: 2018 to 2019, COSME)
    assert reply.intent == "dates" and "2018" in reply.text and "COSME" in reply.text


@pytest.mark.parametrize("text", [
    "Wann liefen BRIDGE 53 und das Gesamtprojekt?",
    "when did bridge 53 and the project it belonged to run?",
    "wann lief bridge 53, und wann das projekt, zu dem es gehörte?",
])
def test_the_parent_named_once_where_the_question_also_steps_to_it(
        kb: KnowledgeBase, text: str) -> None:
    # Given a question about BRIDGE 53 (no dates on the page) and the project it belonged to
    (reply,) = ask(kb, text)
    # Then it says the page gives none for BRIDGE 53, then the link and HIHeal's dates, once
    assert reply.projects == ("bridge53", "hiheal"), reply.text
    assert reply.text.count("HIHeal") == 2 and reply.text.count("2022") == 1, reply.text


@pytest.mark.parametrize("text,role", [
    ("bonebank - start, end and what LSN did there", "business model"),
    ("BONEBANK: Start, Ende und was LSN dort gemacht hat", "Geschäftsmodell"),
])
def test_lsns_part_asked_as_a_noun_clause_after_other_asks_is_answered_too(
    kb: KnowledgeBase, text: str, role: str
) -> None:
    # Given BONEBANK (September 2015 to August 2020), where LSN worked out the business model
    # When its start and end and "what LSN did there" are asked in one message
    reply = ask(kb, text)[0]
    # Then the dates come first, then LSN's own part (the noun clause is a question of its own)
    assert reply.intent == "dates" and "2015" in reply.text and "2020" in reply.text
    assert role in reply.text, reply.text


def test_a_statement_ending_in_its_question_word_is_the_first_ask(kb: KnowledgeBase) -> None:
    # Given "bridge 53 was part of what", a question asked by its last word, then a second ask
    reply = ask(kb, "bridge 53 was part of what, and who funded that")[0]
    # Then the first clause asks (part_of, the reply's intent), not only names the link; both
    # are answered (the page: BRIDGE 53 within HIHeal, funded by the ERDF and Hamburg)
    assert reply.intent == "part_of" and reply.answered, reply.text
    assert "HIHeal" in reply.text and "Hamburg" in reply.text, reply.text


def test_a_second_ask_opened_by_zwischen_welchen_clustern_is_answered(kb: KnowledgeBase) -> None:
    # Given a dates ask and, after "und", a question word behind a preposition ("zwischen")
    reply = ask(kb, "Wann lief HIHeal und zwischen welchen Clustern war das Netzwerk?")[0]
    # Then both are answered, in order (the page: 2016-2022; Gesundheitswirtschaft Hamburg and
    # Life Science Nord as cluster partners)
    assert reply.intent == "dates" and reply.answered, reply.text
    assert "2016" in reply.text and "Gesundheitswirtschaft" in reply.text, reply.text


@pytest.mark.parametrize("text,intent,needles", [
    ("bfcc start and bonebank end?", "start", ["BFCC started in March 2016",
                                              "BONEBANK ended in August 2020"]),
    ("elise funding and bfcc lead?", "funding", ["Interreg Europe", "BFCC was led by"]),
])
def test_a_noun_ask_of_each_of_two_projects_is_two_asks(
    kb: KnowledgeBase, text: str, intent: str, needles: list[str]
) -> None:
    # Given two short noun asks joined by "and", each of its own project
    reply = ask(kb, text)[0]
    # Then each noun is asked of its own project (not the first noun of both): the page gives
    # BFCC's start (March 2016) and BONEBANK's end (August 2020)
    assert reply.intent == intent and reply.answered, reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


@pytest.mark.parametrize("text,intent,needles", [
    # the page: BFCC funded by the Interreg Baltic Sea Region Programme; KI#CK's "approx. EUR
    # 249.000 from the European Social Fund"; ELISE 1 January 2017 to 31 December 2021
    ("Ich bräuchte zwei Sachen: Förderprogramm von BFCC und die ESF-Summe bei KI#CK",
     "funding", ["Interreg-Programm Ostseeraum", "KI#CK: ca. 249.000 €"]),
    ("Ich brauche die Laufzeit von ELISE und die ESF-Summe bei KI#CK", "dates",
     ["31. Dezember 2021", "KI#CK: ca. 249.000 €"]),
    ("I need two things: BFCC's funding programme and the ESF amount for KI#CK", "funding",
     ["Interreg Baltic Sea Region", "KI#CK: about €249,000"]),
])
def test_one_funders_amount_of_another_project_after_a_request_is_an_ask_of_its_own(
    kb: KnowledgeBase, text: str, intent: str, needles: list[str]
) -> None:
    # Given a request for one thing of a project, then one funder's amount of another
    reply = ask(kb, text)[0]
    # Then each is asked of its own project (was one amount of the ESF asked of both: "BFCC
    # wurde nicht vom ESF gefördert", "Die Seite nennt keinen Betrag für BFCC")
    assert reply.intent == intent and reply.answered, reply.text
    assert "kick" in reply.projects and reply.projects[0] != "kick", reply.projects
    for needle in needles:
        assert needle in reply.text, reply.text
    assert "BFCC wurde nicht" not in reply.text and "keinen Betrag für BFCC" not in reply.text


@pytest.mark.parametrize("text,pid,intent,needles", [
    # the page: NORTHOPEDICS ran June 21, 2016 to June 30, 2019, financed by the ERDF and the
    # federal state of Schleswig-Holstein; MAGIA 2018 and 2019, COSME; BONEBANK led by the UKSH
    # Lübeck, supported by Interreg Deutschland-Danmark; BFCC from March 2016, Interreg Baltic Sea
    ("give me start year, end year and funder for NORTHOPEDICS", "northopedics", "dates",
     ["2016", "2019", "Schleswig-Holstein"]),
    ("Startjahr, Endjahr und Förderer von NORTHOPEDICS?", "northopedics", "dates",
     ["2016", "2019", "Schleswig-Holstein"]),
    ("Beginn, Ende und Geldgeber bei MAGIA?", "magia", "dates", ["2018", "2019", "COSME"]),
    ("lead, funder and partners for BONEBANK", "bonebank", "lead",
     ["UKSH", "Interreg Deutschland-Danmark", "Partners in BONEBANK"]),
    ("start year and funder for BFCC", "bfcc", "start", ["March 2016", "Interreg Baltic Sea"]),
    ("Anfangsjahr und Förderer von BFCC?", "bfcc", "start", ["2016", "Interreg"]),
    ("start and end year and funding programme of BFCC", "bfcc", "dates",
     ["March 2016", "February 2019", "Interreg Baltic Sea"]),
])
def test_nouns_listed_before_the_project_each_ask_of_it_in_order(
    kb: KnowledgeBase, text: str, pid: str, intent: str, needles: list[str]
) -> None:
    # Given a chat about another project, then a list of nouns that names its project only
    # after the last noun ("start year, end year and funder for NORTHOPEDICS")
    reply = ask(kb, "when did ELISE run?", text)[-1]
    # Then every noun is answered of that project (not the first of the one talked about, and
    # not the last dropped), in the order asked
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.projects == (pid,), reply.text
    at = [reply.text.find(needle) for needle in needles]
    assert -1 not in at and at == sorted(at), reply.text


@pytest.mark.parametrize("text,needles", [
    ("which started earlier, elise or northopedics, and what funded each of them",
     ["NORTHOPEDICS started earlier", "Interreg Europe", "State of Schleswig-Holstein"]),
    ("Was lief zuerst, BFCC oder HIHeal, und wann endeten die beiden?",
     ["Früher begann BFCC", "BFCC endete im Februar 2019", "HIHeal endete am 31. Dezember 2022"]),
])
def test_a_second_ask_of_the_pair_a_ranking_named_is_answered_too(
    kb: KnowledgeBase, text: str, needles: list[str]
) -> None:
    # Given a ranking of two projects named in it, then a question of "each of them"/"die
    # beiden"
    reply = ask(kb, text)[0]
    # Then the ranking comes first (its intent), then the second ask of both projects
    assert reply.intent == "superlative" and reply.answered, reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


@pytest.mark.parametrize("text,intent,pid,first", [
    ("what came out of innoreact, like how many companies were helped", "results", "innoreact",
     "Leitfaden zum Projekt InnoReAct"),
    ("what were the concrete results of MAGIA2Market, like how many companies actually entered "
     "the US market?", "results", "magia2market", "doesn't describe the results"),
    ("Was hat InnoReAct konkret angeboten und wie viele Firmen haben es genutzt?", "activities",
     "innoreact", "Aktivitäten von InnoReAct"),
])
def test_a_count_the_page_lacks_asked_after_another_ask_is_said_to_be_missing(
    kb: KnowledgeBase, text: str, intent: str, pid: str, first: str
) -> None:
    # Given a question, then a count of companies (an example after "like", or after "und"),
    # which the page gives for no project
    reply = ask(kb, text)[0]
    # Then the first ask is answered first (its intent), then the count is said to be missing
    # for that project (no count of projects involving the US); the reply is not answered
    assert reply.intent == intent and reply.projects == (pid,), reply.text
    assert not reply.answered
    assert first in reply.text, reply.text
    assert "no such figure" in reply.text or "Eine solche Zahl" in reply.text, reply.text
    assert reply.text.index(first) < max(reply.text.find("no such figure"),
                                         reply.text.find("Eine solche Zahl"))


@pytest.mark.parametrize("text,intent,projects,link", [
    ("magia2market - when did it end and what was the project before it?", "end",
     {"magia", "magia2market"}, "MAGIA2Market was the follow-up of MAGIA"),
    ("what was the project before magia2market?", "predecessor", {"magia", "magia2market"},
     "MAGIA2Market was the follow-up of MAGIA"),
    ("what was the project after magia?", "follow_up", {"magia", "magia2market"},
     "MAGIA was continued by MAGIA2Market"),
])
def test_what_was_the_project_before_it_asks_the_link(
    kb: KnowledgeBase, text: str, intent: str, projects: set[str], link: str
) -> None:
    # Given "what was the project before/after X" (the page: MAGIA2Market followed MAGIA)
    reply = ask(kb, text)[0]
    # Then it asks for the link (both ends), not for a card of the project named
    assert reply.intent == intent and set(reply.projects) == projects, reply.text
    assert link in reply.text, reply.text
    # and a year after "project before" is still a year ("Which project before 2016 …?")
    listed = ask(kb, "Which project before 2016 was funded by Interreg?")[0]
    assert listed.intent == "list" and listed.projects == ("bonebank",), listed.text


@pytest.mark.parametrize("text,lang,region", [
    ("how many orgs were in BFCC and around which sea?", "en", "Baltic Sea"),
    ("Wie viele Organisationen waren bei BFCC dabei und an welchem Meer?", "de", "Ostsee"),
])
def test_a_second_ask_opened_by_a_preposition_and_which_sea_asks_the_region(
    kb: KnowledgeBase, text: str, lang: str, region: str
) -> None:
    # Given a count of BFCC's organisations (13), then "around which sea?" / "an welchem Meer?"
    reply = ask(kb, text)[0]
    # Then both are answered: the count, then the region (the page: the Baltic Sea Region)
    assert reply.intent == "partners" and reply.language == lang, reply.text
    assert "13" in reply.text and region in reply.text, reply.text


@pytest.mark.parametrize("text,reached,needle", [
    # the page: BRIDGE 53 was part of HIHeal (from 1 April 2016)
    ("bridge 53 belonged to which bigger project, and when did that one start?", "hiheal",
     "2016"),
])
def test_a_link_asked_with_its_own_question_word_is_the_first_ask(
        kb: KnowledgeBase, text: str, reached: str, needle: str) -> None:
    # Given a link asked with a question word ("belonged to which project"), then a question
    # about the project it reaches
    (reply,) = ask(kb, text)
    # Then the reply's intent is the first ask, the link, and the second is answered too
    assert reply.intent == "part_of" and reached in reply.projects, reply.text
    assert needle in reply.text, reply.text


@pytest.mark.parametrize("text,intent,ends", [
    ("the project that continued MAGIA, when did that one start?", "start",
     ("magia", "magia2market")),
    # the English "was" is no German question word "was" (docs/labels.md, session 17)
    ("the project bridge 53 was part of - who funded it and when did it start?", "funding",
     ("bridge53", "hiheal")),
])
def test_a_link_named_without_a_question_word_only_leads_to_the_ask(
        kb: KnowledgeBase, text: str, intent: str, ends: tuple[str, ...]) -> None:
    # Given a project named by its link, with no question of its own, then a question
    (reply,) = ask(kb, text)
    # Then the reply's intent is the question asked of it, and it lists both ends
    assert reply.intent == intent and reply.projects == ends, reply.text


@pytest.mark.parametrize("text,pair", [
    ("pilot next level: what is it and since when?", ("pilot-next", "pilot")),
    ("Was ist HIHeal next level transition und wann begann es?", ("hiheal-next", "hiheal")),
])
def test_what_a_named_only_follow_up_is_beside_another_ask_gives_its_link(
        kb: KnowledgeBase, text: str, pair: tuple[str, str]) -> None:
    # Given "what is it" of a follow-up the page only names, beside another ask
    (reply,) = ask(kb, text)
    # Then, as alone, it lists the follow-up and the project it continues (docs/labels.md)
    assert reply.intent == "overview" and reply.projects == pair, reply.text
    assert "Follow-up of" in reply.text or "Nachfolger von" in reply.text, reply.text
    # and "it" next is the follow-up alone
    assert ask(kb, text, "when did it start")[-1].projects == pair[:1]


@pytest.mark.parametrize("text,needles", [
    # the page: HIHeal ran 2016-2022; BRIDGE 53, part of it, was building a platform
    ("Wann lief HIHeal und was war BRIDGE 53 darin?", ["2016", "2022", "Plattform"]),
    ("when did HIHeal run and what was BRIDGE 53 in it?", ["2016", "2022", "platform"]),
])
def test_what_a_part_was_in_the_whole_just_asked_of_is_a_second_ask(
        kb: KnowledgeBase, text: str, needles: list[str]) -> None:
    # Given a question of a project, then "what was X in it" ("darin") of its part
    (reply,) = ask(kb, text)
    # Then both are answered: the dates, then what the part was
    assert reply.intent == "dates" and reply.answered, reply.text
    assert reply.projects == ("hiheal", "bridge53"), reply.text
    assert all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("text,needle", [
    # the page: BFCC was part of HealthRegion and set up the first transnational fracture registry
    ("what was bfcc part of and what did it set up", "registry"),
    ("was war BFCC Teil von und was hat es aufgebaut?", "Frakturregister"),
])
def test_it_after_asking_what_a_project_was_part_of_is_that_project(
        kb: KnowledgeBase, text: str, needle: str) -> None:
    # Given what a project was part of asked (an initiative the page only names), then "it"
    (reply,) = ask(kb, text)
    # Then "it" is the project asked of, not the initiative: both answered
    assert reply.intent == "part_of" and reply.answered, reply.text
    assert "HealthRegion" in reply.text and needle in reply.text, reply.text


@pytest.mark.parametrize("text", ["who funded innoreact and what was the guide called",
                                  "wie hieß der Leitfaden von InnoReAct?"])
def test_the_name_of_a_thing_a_project_made_is_its_result(kb: KnowledgeBase, text: str) -> None:
    # Given a thing a project made that the page names only as a result in itself (InnoReAct's
    # guide), asked for by its name beside another ask or alone
    (reply,) = ask(kb, text)
    # Then its name is told, not the project's card
    assert "Leitfaden zum Projekt InnoReAct" in reply.text and reply.answered, reply.text
    assert "When:" not in reply.text and "Laufzeit:" not in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [
    # the page: MAGIA2Market targeted the US, China and Japan and started in September 2020
    ("magia2market target markets + start date?", ["Japan", "2020"]),
    ("magia2market target markets and start date?", ["Japan", "2020"]),
])
def test_two_noun_asks_after_a_long_name_are_both_answered(
        kb: KnowledgeBase, text: str, needles: list[str]) -> None:
    # Given a name that reads as several words ("magia2market"), then two nouns that ask
    (reply,) = ask(kb, text)
    # Then both are answered, the first ask first
    assert reply.intent == "places" and all(n in reply.text for n in needles), reply.text


def test_it_after_a_link_asked_with_a_question_word_is_the_project(kb: KnowledgeBase) -> None:
    # Given the link asked with "what" ("BFCC was part of what bigger thing"), an initiative the
    # page only names, then "who led it?"
    (reply,) = ask(kb, "BFCC was part of what bigger thing, and who led it?")
    # Then "it" is BFCC, as after any question (LSN led it), not the initiative
    assert reply.answered and "HealthRegion" in reply.text, reply.text
    assert "Life Science Nord Management" in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [
    # the page: HIHeal ended 31.12.2022, InnoReAct 28.2.2023; Hamburg funded both
    ("HIHeal und InnoReAct wurden beide von Hamburg gefördert oder? und wann endeten die?",
     ["2022", "2023"]),
    ("Were HIHeal and InnoReAct both funded by Hamburg? And when did they end?",
     ["2022", "2023"]),
])
def test_they_after_a_claim_of_several_projects_is_all_of_them(
        kb: KnowledgeBase, text: str, needles: list[str]) -> None:
    # Given a yes/no claim of two projects, then a question of "they" / "die"
    (reply,) = ask(kb, text)
    # Then the question is answered of both, not of the first alone
    assert reply.intent == "funding" and all(n in reply.text for n in needles), reply.text


def test_start_n_end_asks_both_dates(kb: KnowledgeBase) -> None:
    # Given "n" for "and" between the two ends ("hiheal start n end dates pls")
    (reply,) = ask(kb, "hiheal start n end dates pls")
    # Then both ends, one dates answer (the page: 1 April 2016 to 31 December 2022)
    assert reply.intent == "dates" and "2016" in reply.text and "2022" in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [
    # the page: MAGIA's clusters BioWin (Belgium) and Lyonbiopole (France)
    ("welcher cluster bei magia kam aus belgien und welcher aus frankreich",
     ["BioWin", "Lyonbiopole"]),
    ("which cluster in magia came from belgium?", ["BioWin"]),
])
def test_which_cluster_came_from_a_country_names_the_partner(
        kb: KnowledgeBase, text: str, needles: list[str]) -> None:
    # Given which cluster (an organisation) of a project came from a country, once or twice
    (reply,) = ask(kb, text)
    # Then the partners from there are named (docs/labels.md: a cluster of a country is
    # partners), each country answered
    assert reply.intent == "partners" and all(n in reply.text for n in needles), reply.text


def test_years_in_a_list_of_nouns_after_a_topic_asks_the_dates(kb: KnowledgeBase) -> None:
    # Given a topic, a colon and nouns that ask, the last a weak one ("years")
    (reply,) = ask(kb, "magia: funding programme and years?")
    # Then each noun is answered: the funding, then the years (the page: COSME, 2018-2019)
    assert reply.intent == "funding" and "COSME" in reply.text, reply.text
    assert "2018" in reply.text and "2019" in reply.text, reply.text


def test_whom_a_project_served_beside_its_aim_is_answered_too(kb: KnowledgeBase) -> None:
    # Given its aim asked, then for whom ("who was the platform for?"), both goals asks
    (reply,) = ask(kb, "what did bridge 53 want to achieve, and who was the platform for?")
    # Then the second is no restatement of the first: the aim, then the summary that says for
    # whom (the page: therapies for infectious diseases; scientists' access to industry)
    assert reply.intent == "goals" and "infectious" in reply.text, reply.text
    assert "scientists" in reply.text, reply.text


@pytest.mark.parametrize("message,facts", [
    ("Hi, a few questions: 1. When did ELISE run? 2. Who funded it? 3. How much was the grant? "
     "4. Which countries took part?", ("2017", "Interreg Europe", "1,217,494", "Lithuania")),
    ("Fragen: 1. Wer hat InnoReAct gefördert? 2. Wie lange lief es? 3. Gibt es Ergebnisse?",
     ("REACT-EU", "14 Monate", "Leitfaden")),
    ("1) when did bfcc run 2) who led it", ("March 2016", "Life Science Nord")),
])
def test_numbered_questions_in_one_message_are_each_answered(
        kb: KnowledgeBase, message: str, facts: tuple[str, ...]) -> None:
    # Given several questions in one message, each with its number before it
    reply = answer(message, State(), kb)
    # Then each is answered (was only the first: the numbers kept them one sentence)
    assert all(fact in reply.text for fact in facts), reply.text


def test_day_numbers_before_months_are_no_numbered_questions() -> None:
    # Given dates written with a day number ("1. Juni", "2. Juli"), which count 1, 2 too
    # Then the numbers stay
    assert unnumbered("Lief es vom 1. Juni bis 2. Juli?") == "Lief es vom 1. Juni bis 2. Juli?"


def test_parallel_list_asks_each_ask_of_all_projects(kb: KnowledgeBase) -> None:
    # Given three parallel asks, the second and third pointing back at no list
    reply = answer("Which projects ended in 2023, which ones were about AI, and which one had "
                   "the biggest grant?", State(), kb)
    # Then each asks of all projects (was: no AI project and no amount, both asked of the
    # projects that ended in 2023)
    assert "artificial intelligence (1): KI#CK" in reply.text, reply.text
    assert "ELISE: €1,217,494" in reply.text, reply.text


def test_parallel_asks_that_point_back_narrow_the_list(kb: KnowledgeBase) -> None:
    # Given three asks, the last one "of those"
    reply = answer("Which projects ended in 2019, which ones were about bones, and which one of "
                   "those started first?", State(), kb)
    # Then the last ranks the list just before it, the bone projects (MAGIA is none)
    assert "BONEBANK started first" in reply.text and "MAGIA:" not in reply.text, reply.text


def test_it_after_a_link_asked_of_it_stays_the_project(kb: KnowledgeBase) -> None:
    # Given several asks of "it", one of them the link that follows it
    reply = answer("When did HIHeal start? When did it end? And what came after it? Who "
                   "funded it?", State(), kb)
    # Then the last "it" is still HIHeal (was the follow-up, of which the page names no funder)
    assert "HIHeal was funded by" in reply.text, reply.text


def test_it_after_a_link_asked_of_a_named_project_is_the_project_reached(
        kb: KnowledgeBase) -> None:
    # Given a link asked of a project named, then "it"
    reply = answer("what came after MAGIA and who funded it?", State(), kb)
    # Then "it" is the project the link reached
    assert "who funded MAGIA2Market" in reply.text, reply.text


@pytest.mark.parametrize("text,intent,needle", [
    ("Welches Projekt lief vor MAGIA2Market und wer hat das gefördert?", "predecessor", "COSME"),
    ("which project ran before MAGIA2Market?", "predecessor", "MAGIA"),
    ("Welches Projekt lief vor 2018?", "list", "BONEBANK"),  # a year: a date condition
])
def test_a_project_that_ran_before_a_named_project_is_its_predecessor(
        kb: KnowledgeBase, text: str, intent: str, needle: str) -> None:
    # Given "which project ran before <a project>" (the page: MAGIA2Market followed MAGIA,
    # which COSME funded), then maybe a question about it
    (reply,) = ask(kb, text)
    # Then it is the predecessor, and the next ask is about it; before a year it stays a list
    assert reply.intent == intent and needle in reply.text, reply.text


@pytest.mark.parametrize("text,intent,needles", [
    # the page: KI#CK's partners were TH Lübeck and oncampus; its programme Landesprogramm Arbeit
    ("KI#CK partners + name of the regional funding programme?", "partners",
     ["oncampus", "Landesprogramm Arbeit"]),
    # the page: ELISE started on 1 January 2017 and was funded by Interreg Europe
    ("ELISE start and the name of its funding programme", "start", ["2017", "Interreg Europe"]),
    ("ELISE: Beginn und Name des Förderprogramms?", "start", ["2017", "Interreg Europe"]),
])
def test_a_noun_phrase_asking_for_a_name_is_an_ask_of_its_own(
        kb: KnowledgeBase, text: str, intent: str, needles: list[str]) -> None:
    # Given a first ask, then a long noun phrase that asks for a name ("name of the …")
    (reply,) = ask(kb, text)
    # Then both are answered, the first ask first
    assert reply.intent == intent and all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("text,needles", [
    # the page: BONEBANK was led by UKSH Lübeck; its competence atlas is on LSN XCHANGE
    ("Give me the lead partner of BONEBANK and the name of the LSN platform where the "
     "competence atlas lives.", ["UKSH", "LSN XCHANGE"]),
    ("Wer leitete BONEBANK, und auf welcher LSN-Plattform liegt der Kompetenzatlas?",
     ["UKSH", "LSN XCHANGE"]),
])
def test_a_thing_of_the_project_asked_with_lsn_named_is_the_projects(
        kb: KnowledgeBase, text: str, needles: list[str]) -> None:
    # Given a project asked about, then a thing only it had, named with LSN ("the LSN
    # platform where the competence atlas lives")
    (reply,) = ask(kb, text)
    # Then the thing is the project's (LSN narrows nothing: it is in every project), not a
    # list of the projects on that topic
    assert reply.intent == "lead" and all(n in reply.text for n in needles), reply.text


@pytest.mark.parametrize("text,first,second", [
    ("Ziel und Laufzeit von P.I.L.O.T.?", "goals", "2020"),
    ("Förderung und Laufzeit von ELISE?", "funding", "2021"),
    ("dates and funding of ELISE?", "dates", "Interreg"),
])
def test_two_nouns_joined_by_and_that_weigh_about_alike_are_answered_in_the_order_named(
        kb: KnowledgeBase, text: str, first: str, second: str) -> None:
    # Given two asks named as nouns joined by "and" whose phrases weigh about the same
    reply = ask(kb, text)[0]
    # Then the reply's intent is the one named first, and the other is answered after it
    assert reply.intent == first and second in reply.text.splitlines()[-1], reply.text


@pytest.mark.parametrize("text,said", [
    ("wann endete northopedics und was war das für ein netzwerk", "Knochenheilung"),
    ("when did NORTHOPEDICS end and what kind of network was it?", "bone healing"),
])
def test_what_kind_of_network_it_was_beside_another_ask_is_its_summary_line(
        kb: KnowledgeBase, text: str, said: str) -> None:
    # Given a date ask, then what kind of network the project was
    reply = ask(kb, text)[0]
    # Then both are answered: the end, then the summary line (not a second card of dates)
    lines = reply.text.splitlines()
    assert reply.intent == "end" and said in lines[-1] and len(lines) == 3, reply.text


@pytest.mark.parametrize("text", [
    "ELISE und BFCC: welches lief länger und wer hat die jeweils gefördert?",
    "which ran longer, ELISE or BFCC, and who funded each one?",
])
def test_each_after_a_ranking_of_a_pair_asks_of_both_not_only_the_winner(
        kb: KnowledgeBase, text: str) -> None:
    # Given a ranking of two, then a question asked of "each" ("jeweils")
    reply = ask(kb, text)[0]
    # Then the second ask is answered of both: ELISE's funder and BFCC's
    assert reply.intent == "superlative" and "Interreg Europe" in reply.text
    assert "Ostseeraum" in reply.text or "Baltic Sea Region" in reply.text, reply.text


def test_a_link_asked_of_it_that_the_part_just_reached_lacks_is_of_the_project_before(
        kb: KnowledgeBase) -> None:
    # Given the sub-project of HIHeal asked, then "its follow-up"
    reply = ask(kb, "What's the sub-project of HIHeal, and what's its follow-up called?")[0]
    # Then BRIDGE 53, which has no follow-up, is not meant: HIHeal's follow-up is named
    assert reply.answered and "BRIDGE 53" in reply.text, reply.text
    assert "next level transition" in reply.text and "hiheal-next" in reply.projects


@pytest.mark.parametrize("text,needles", [
    ("start and end of NORTHOPEDICS, and the funders pls", ["2016", "2019", "Schleswig-Holstein"]),
    ("Start und Ende von NORTHOPEDICS, und die Förderer bitte",
     ["2016", "2019", "Schleswig-Holstein"]),
])
def test_a_bare_noun_ask_ended_by_please_is_still_an_ask(
    kb: KnowledgeBase, text: str, needles: list[str]
) -> None:
    # Given both ends asked, then a bare noun ask with "pls"/"bitte" after it
    reply = ask(kb, text)[0]
    # Then "pls" doesn't make the noun ask too long to be one: the dates (one answer with both
    # ends) and the funders are both answered (the page: 21 June 2016 - 30 June 2019; the ERDF
    # and the State of Schleswig-Holstein)
    assert reply.intent == "dates" and reply.answered, reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


@pytest.mark.parametrize("text,projects,needles", [
    # a link noun with a question of the project it reaches, right after the link was asked
    ("bridge 53 was part of what, and when did that parent project run?",
     {"bridge53", "hiheal"}, ["HIHeal", "2016", "2022"]),
    # what sat under it: the sub-project
    ("when did hiheal start, and which project sat under it?", {"hiheal", "bridge53"},
     ["2016", "BRIDGE 53"]),
    # what is carried on there (a present passive, no plan): what the project continues
    ("Seit wann läuft P.I.L.O.T. Next Level und was wird dort weitergeführt?",
     {"pilot-next", "pilot"}, ["April 2023", "Netzwerkaktivitäten"]),
])
def test_a_second_ask_along_a_link_is_answered(
    kb: KnowledgeBase, text: str, projects: set[str], needles: list[str]
) -> None:
    # Given a question, then a second one about a project linked to the first
    reply = ask(kb, text)[0]
    # Then both are answered, the second of the project the link reaches (the page: HIHeal
    # 2016-2022 with BRIDGE 53 in it; P.I.L.O.T. Next Level carries on P.I.L.O.T.'s network
    # activities), not the link said once more or taken for plans
    assert reply.answered and set(reply.projects) == projects, reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


def test_what_is_carried_on_in_a_project_is_what_it_continues(kb: KnowledgeBase) -> None:
    # Given "was wird bei X weitergeführt?", X the place where something is carried on
    reply = ask(kb, "Was wird bei P.I.L.O.T. Next Level weitergeführt?")[0]
    # Then it asks what X continues (P.I.L.O.T.), not X's own follow-up
    assert (reply.intent, reply.answered) == ("predecessor", True), reply.text
    assert "pilot" in reply.projects, reply.text


def test_a_continuation_in_the_future_is_still_a_plan(kb: KnowledgeBase) -> None:
    # Given a continuation asked "in Zukunft" (a passive like "was wird dort weitergeführt?")
    reply = ask(kb, "Wird MAGIA in Zukunft weitergeführt?")[0]
    # Then the page's silence on plans is said (not answered), with the follow-up it names
    assert not reply.answered and "Pläne" in reply.text, reply.text


@pytest.mark.parametrize("text,intent,needles", [
    # chat's short forms of "and" between two asks (the page: UKSH Lübeck led BONEBANK, whose
    # bone material was harvested in Lübeck and Odense; BFCC ended in February 2019)
    ("who led bonebank n where were the bones harvested", "lead", ["UKSH", "Odense"]),
    ("who led bfcc 'n' when did it end", "lead", ["Life Science Nord", "2019"]),
    ("wer leitete bonebank u. wo wurden die knochen entnommen", "lead", ["UKSH", "Odense"]),
    ("Wer hat BFCC geleitet u wann endete es?", "lead", ["Life Science Nord", "2019"]),
])
def test_a_short_and_between_two_asks_splits_them(
    kb: KnowledgeBase, text: str, intent: str, needles: list[str]
) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == intent and reply.answered, reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


def test_a_short_and_of_the_other_language_joins_nothing(kb: KnowledgeBase) -> None:
    # Given "u" in English ("you"): no "and"; the question after "and" is asked whole
    reply = ask(kb, "who led bfcc and can u tell me when it ended")[0]
    assert reply.intent == "lead" and "February 2019" in reply.text, reply.text
    assert reply.text.index("Life Science Nord") < reply.text.index("February 2019")


@pytest.mark.parametrize("text,lang", [
    ("which project was bridge 53 in and when did that one run", "en"),
    ("in which project was BRIDGE 53, and when did the latter run?", "en"),
    ("In welchem Projekt war BRIDGE 53 und wann lief dieses?", "de"),
])
def test_the_project_a_project_was_in_is_its_parent_and_the_next_ask_is_of_the_parent(
    kb: KnowledgeBase, text: str, lang: str
) -> None:
    # Given "which project was X in" with no link word, then an ask of "that one"
    reply = ask(kb, text)[0]
    # Then the first ask is the project it was part of (the page: BRIDGE 53 was part of
    # HIHeal), the second of that project (HIHeal ran from April 2016 to December 2022)
    assert (reply.intent, reply.answered, reply.language) == ("part_of", True, lang), reply.text
    assert set(reply.projects) == {"bridge53", "hiheal"}, reply.text
    for needle in ("HIHeal", "2016", "2022"):
        assert needle in reply.text, reply.text


def test_in_which_project_with_a_place_still_asks_for_a_list(kb: KnowledgeBase) -> None:
    reply = ask(kb, "In welchem Projekt war Litauen dabei?")[0]
    assert reply.intent == "list" and "elise" in reply.projects, reply.text


@pytest.mark.parametrize("text", [
    "the hiheal network was between which clusters, and what project continues it",
    "which clusters were in hiheal and what continues it",
    "HIHeal: welche Cluster, und was führt es fort?",
])
def test_what_continues_it_after_another_ask_is_the_follow_up(
    kb: KnowledgeBase, text: str
) -> None:
    # Given an ask of HIHeal, then "what (project) continues it" with no link noun
    reply = ask(kb, text)[0]
    # Then both are answered of HIHeal alone (the page: the clusters of Gesundheitswirtschaft
    # Hamburg and Life Science Nord; continued through HIHeal next level transition)
    assert reply.intent == "partners" and reply.answered, reply.text
    assert set(reply.projects) == {"hiheal", "hiheal-next"}, reply.text
    assert "Gesundheitswirtschaft" in reply.text and "next level" in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [
    ("was war bfcc, wann lief es und wie viele waren dabei", ["Fraktur", "2016", "13"]),
    ("wie viele waren bei BFCC dabei?", ["13"]),
    ("how many were involved in BFCC?", ["13"]),
])
def test_how_many_with_no_noun_of_a_project_counts_who_took_part(
    kb: KnowledgeBase, text: str, needles: list[str]
) -> None:
    # Given "how many were there/involved" asked of a project, with no noun
    reply = ask(kb, text)[0]
    # Then it counts the project's partners (the page: BFCC brought together 13 organisations),
    # not Life Science Nord's projects
    assert reply.answered and reply.projects == ("bfcc",), reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


@pytest.mark.parametrize("text,needles", [
    ("MAGIA: welche Partnercluster und welches EU-Programm?", ["BioWin", "COSME"]),
    ("MAGIA: which partner clusters and which EU programme?", ["BioWin", "COSME"]),
])
def test_which_eu_programme_beside_another_ask_is_the_funding_of_the_project(
    kb: KnowledgeBase, text: str, needles: list[str]
) -> None:
    # Given a topic, then two asks, the second "which EU programme"
    reply = ask(kb, text)[0]
    # Then both are asked of MAGIA (the page: with bioPmed, Lyonbiopole and BioWin; the
    # EU's COSME programme), not a list of the projects with EU money
    assert (reply.intent, reply.projects, reply.answered) == ("partners", ("magia",), True), \
        reply.text
    for needle in needles:
        assert needle in reply.text, reply.text


def test_the_end_asked_of_a_project_reached_by_a_link_stays_its_end(kb: KnowledgeBase) -> None:
    # Given "in which year did the project that continued MAGIA end", then another ask of it
    reply = ask(kb, "in welchem jahr endete das projekt, das magia fortgesetzt hat, und welche "
                    "drei zielmärkte hatte es")[0]
    # Then the end of the follow-up is said (the page: MAGIA2Market ran until February 2023,
    # with Japan added as a target), not its whole run
    assert (reply.intent, reply.answered) == ("end", True), reply.text
    assert set(reply.projects) == {"magia", "magia2market"}, reply.text
    assert "2023" in reply.text and "Japan" in reply.text and "2020" not in reply.text


@pytest.mark.parametrize("text", [
    "ok, und das vorgängerprojekt – wer hat das gefördert und bis wann lief es?",
    "ok and the predecessor - who funded it and until when did it run?",
])
def test_a_link_after_an_opener_and_before_a_dash_names_what_the_asks_after_it_are_of(
    kb: KnowledgeBase, text: str
) -> None:
    # Given a follow-up talked about, then "ok, and its predecessor – who funded it and until
    # when did it run?"
    reply = ask(kb, "was ist hiheal next level transition", text)[-1]
    # Then both asks are of the predecessor (the page: HIHeal, funded by the ERDF and the City
    # of Hamburg, ran until 31 December 2022), the funding not lost to the link
    assert (reply.intent, reply.answered) == ("funding", True), reply.text
    assert "Hamburg" in reply.text and "2022" in reply.text, reply.text


@pytest.mark.parametrize("text,order", [
    ("Sortier mal BONEBANK, HIHeal, BFCC und NORTHOPEDICS nach Startdatum",
     ("BONEBANK", "BFCC", "HIHeal", "NORTHOPEDICS")),
    ("rank BFCC, ELISE and InnoReAct by how long they ran", ("ELISE", "BFCC", "InnoReAct")),
    ("Bitte BFCC, ELISE und InnoReAct nach Laufzeit ordnen", ("ELISE", "BFCC", "InnoReAct")),
])
def test_named_projects_sorted_by_a_measure_are_one_ranking_in_order(
        kb: KnowledgeBase, text: str, order: tuple[str, ...]) -> None:
    # Given projects named and a sorting verb with what to sort by (was each one's figure, in
    # the order named: HIHeal's 1 April 2016 before BFCC's March 2016)
    reply = ask(kb, text)[0]
    # Then one ranking of them, each with its figure, in the page's order of that figure
    assert reply.intent == "superlative", reply.text
    places = [reply.text.index(name) for name in order]
    assert places == sorted(places), reply.text


@pytest.mark.parametrize("text,order", [
    ("compare BFCC and HIHeal by runtime", ("HIHeal", "BFCC")),
    ("compare the durations of BFCC and HIHeal", ("HIHeal", "BFCC")),
    ("Vergleichen Sie BFCC und HIHeal nach Laufzeit", ("HIHeal", "BFCC")),
    ("kannst du P.I.L.O.T. und BFCC nach der Dauer vergleichen?", ("P.I.L.O.T.", "BFCC")),
    ("sort BFCC and HIHeal by runtime", ("HIHeal", "BFCC")),
    ("compare HIHeal and BFCC by end date", ("BFCC", "HIHeal")),
])
def test_named_projects_compared_by_a_measure_are_one_ranking(
        kb: KnowledgeBase, text: str, order: tuple[str, ...]) -> None:
    # Given two projects named and a verb of comparing with the measure (was each one's dates,
    # no winner; "sort … by runtime" sorted by the start)
    reply = ask(kb, text)[0]
    # Then one ranking of them by that measure, each with its figure, the winner first (the
    # page: HIHeal ran 6 years and 9 months, BFCC 3 years; P.I.L.O.T. 3 years and 3 months)
    assert reply.intent == "superlative" and reply.answered, reply.text
    places = [reply.text.index(name) for name in order]
    assert places == sorted(places), reply.text


@pytest.mark.parametrize("text,intent", [
    ("compare BFCC and NORTHOPEDICS: when did each start?", "start"),
    ("compare BFCC and NORTHOPEDICS for me: when did each run and who funded them?", "dates"),
    ("compare BONEBANK and BFCC for me – who led each one?", "lead"),
])
def test_named_projects_compared_with_no_measure_ask_each_one(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == intent, reply.text


@pytest.mark.parametrize("text,lang", [
    ("how long did HIHeal run, and was BRIDGE 53 one of its parts?", "en"),
    ("how long did HIHeal run, and was BRIDGE 53 among its parts?", "en"),
    ("Wie lange lief HIHeal, und war BRIDGE 53 eines seiner Teilprojekte?", "de"),
])
def test_a_project_said_to_be_one_of_its_parts_after_another_ask_is_checked_of_it(
        kb: KnowledgeBase, text: str, lang: str) -> None:
    # Given HIHeal's length asked, then whether BRIDGE 53 was "one of its parts"
    reply = ask(kb, text)[0]
    # Then the second ask is the part_of claim, checked (the page: BRIDGE 53 was part of HIHeal),
    # not HIHeal's length asked again of BRIDGE 53 (for which the page gives no dates)
    assert (reply.intent, reply.language, reply.answered) == ("duration", lang, True), reply.text
    assert reply.text.splitlines()[-1].startswith("Yes." if lang == "en" else "Ja."), reply.text
    assert list(reply.projects) == ["hiheal", "bridge53"], reply.projects


@pytest.mark.parametrize("text", [
    "was BRIDGE 53 one of HIHeal's parts?",
    "was BRIDGE 53 one of HIHeal's subprojects?",
    "War BRIDGE 53 eines der Teilprojekte von HIHeal?",
    "war bridge 53 einer der teile von hiheal",
])
def test_one_of_a_projects_parts_asks_what_it_belonged_to(kb: KnowledgeBase, text: str) -> None:
    # When a project is asked to be "one of" another's parts
    reply = ask(kb, text)[0]
    # Then that claim is checked (the page: BRIDGE 53 was part of HIHeal)
    assert (reply.intent, reply.answered) == ("part_of", True), reply.text
    assert reply.text.startswith(("Yes.", "Ja.")) and "HIHeal" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "how many projects ended in 2023, and which ones?",
    "how many of the projects ended in 2023, and which ones?",
])
def test_which_ones_after_a_count_that_named_them_is_not_listed_again(
        kb: KnowledgeBase, text: str) -> None:
    # Given a count of projects that names them (the page: InnoReAct, MAGIA2Market and
    # P.I.L.O.T. ended in 2023), then "and which ones?"
    reply = ask(kb, text)[0]
    # Then the names are said once, with the count, not again as a list of "these projects"
    assert (reply.intent, reply.answered) == ("count", True), reply.text
    assert reply.text.count("MAGIA2Market") == 1, reply.text


@pytest.mark.parametrize("messages,pid", [
    (("HIHeal - what was it for, who paid, and when?",), "hiheal"),
    (("BFCC: who paid, and when?",), "bfcc"),
    (("NORTHOPEDICS: wer hat es gefördert, und wann?",), "northopedics"),
    (("Who funded BONEBANK?", "and when?"), "bonebank"),
])
def test_a_bare_when_after_another_ask_asks_when_the_project_ran(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a bare "and when?" right after a funding ask (in the message or the one before)
    reply = ask(kb, *messages)[-1]
    # Then it asks when the project ran (was the funding said again, or nothing more)
    p = kb.projects[pid]
    assert p.start and p.end, pid
    assert str(p.start.year) in reply.text and str(p.end.year) in reply.text, reply.text
    assert reply.text.splitlines()[-1].count(str(p.end.year)), reply.text


@pytest.mark.parametrize("text,pid", [
    ("Wann hat NORTHOPEDICS genau angefangen und aufgehört?", "northopedics"),
    ("when did BONEBANK start and stop?", "bonebank"),
    ("Wann ist BFCC gestartet und ausgelaufen?", "bfcc"),
    ("when did HIHeal kick off and wrap up?", "hiheal"),
])
def test_a_start_and_an_end_joined_by_and_ask_both_ends(
        kb: KnowledgeBase, text: str, pid: str) -> None:
    # Given the start and the end asked by two verbs joined by "and" (a German participle pair
    # at the end, "stop" for the end) in one question
    reply = ask(kb, text)[0]
    # Then one answer with both ends (was the start alone)
    p = kb.projects[pid]
    assert p.start and p.end, pid
    assert reply.intent == "dates", reply.text
    assert str(p.start.year) in reply.text and str(p.end.year) in reply.text, reply.text


@pytest.mark.parametrize("text,said", [
    ("Who was in the MAGIA alliance, what were the target markets, and what did companies "
     "actually get?", ("bioPmed", "China", "market studies")),
    ("Wer war in der MAGIA-Allianz, welche Zielmärkte gab es und was bekamen die Unternehmen?",
     ("bioPmed", "China", "Marktstudien")),
    ("MAGIA: target markets, and what did firms get?", ("China", "market studies")),
])
def test_what_companies_got_is_an_ask_of_its_own_beside_others(
        kb: KnowledgeBase, text: str, said: tuple[str, ...]) -> None:
    # Given "what did companies get?" after other asks of MAGIA (the page: companies "had
    # access to market studies")
    reply = ask(kb, text)[0]
    # Then each ask is answered in the order asked (was: the last two read as one, the card)
    places = [reply.text.find(words) for words in said]
    assert -1 not in places and places == sorted(places), reply.text


@pytest.mark.parametrize("text,pid,lang", [
    ("Tell me about ELISE: when, who funded it, how much?", "elise", "en"),
    ("Erzähl mir was über BFCC: wann, wer hat gefördert, wie viele Partner?", "bfcc", "de"),
    ("Infos zu HIHeal – Laufzeit und Förderer?", "hiheal", "de"),
])
def test_a_request_to_be_told_before_a_colon_heads_the_asks_after_it(
        kb: KnowledgeBase, text: str, pid: str, lang: str) -> None:
    # Given "tell me about X:" and then asks of it
    reply = ask(kb, text)[0]
    # Then the asks say what to tell: the first one's intent, no summary before them
    p = kb.projects[pid]
    assert p.start, pid
    assert (reply.intent, reply.language) == ("dates", lang), reply.text
    assert p.summary.get(lang) not in reply.text, reply.text
    assert reply.text.splitlines()[0].count(str(p.start.year)), reply.text


@pytest.mark.parametrize("text,funders", [
    ("list the projects with Schleswig-Holstein state money, and separately the ones with "
     "Hamburg money", ("schleswig-holstein", "hamburg")),
    ("list the projects with ERDF money, and separately those with ESF money", ("erdf", "esf")),
    ("Liste die Projekte mit Landesgeld aus Schleswig-Holstein und getrennt davon die mit "
     "Hamburger Geld", ("schleswig-holstein", "hamburg")),
])
def test_the_ones_with_another_funder_after_a_list_is_a_list_of_its_own(
        kb: KnowledgeBase, text: str, funders: tuple[str, ...]) -> None:
    # Given a list under one funder, then "the ones" / "those" / "die" with another funder
    reply = ask(kb, text)[0]
    # Then two lists, one per funder (was one list under both: none)
    assert reply.intent == "list", reply.text
    for funder in funders:
        funded = {p.id for p in kb.projects.values() if funder in p.funding}
        assert funded and funded <= set(reply.projects), (funder, reply.text)


def test_two_places_joined_in_one_list_question_stay_one_list(kb: KnowledgeBase) -> None:
    # Given a list question under two places ("die" is an article here, no "those")
    reply = ask(kb, "welches projekt hatte china und die usa als zielmärkte")[0]
    # Then one list of the projects with both
    assert reply.intent == "list" and len(reply.text.splitlines()) == 1, reply.text


@pytest.mark.parametrize("text,lang", [
    ("what did HIHeal turn into afterwards, and which two clusters ran it?", "en"),
    ("Was wurde aus HIHeal danach, und welche Cluster haben es getragen?", "de"),
])
def test_it_after_a_link_asked_gets_the_asked_project_where_the_page_is_silent_on_the_other(
        kb: KnowledgeBase, text: str, lang: str) -> None:
    # Given the follow-up of HIHeal asked, then its partners asked of "it" (the follow-up the
    # page only names, or HIHeal)
    reply = ask(kb, text)[0]
    # Then the follow-up, that the page names no partners of it, and HIHeal's partners
    assert (reply.intent, reply.answered) == ("follow_up", True), reply.text
    assert set(reply.projects) == {"hiheal", "hiheal-next"}, reply.projects
    for partner in kb.projects["hiheal"].partners:
        assert kb.organisations[partner.org].name in reply.text, reply.text


def test_that_follow_up_asked_after_its_link_is_the_follow_up_alone(kb: KnowledgeBase) -> None:
    # Given "that follow-up" named after the link is asked
    reply = ask(kb, "what came after hiheal and who funded that follow-up")[0]
    # Then the page's silence on it, not HIHeal's funders
    assert not reply.answered and "Hamburg" not in reply.text, reply.text


@pytest.mark.parametrize("text,ranking", [
    ("how long did BONEBANK go on, how long did BFCC, and which one was longer?",
     "which ran longer, BONEBANK or BFCC?"),
    ("elise vs kick - how much money did each get and which got more",
     "which got more money, ELISE or KI#CK?"),
    ("Wann lief BFCC, wann BONEBANK, und welches ging länger?",
     "Welches lief länger, BFCC oder BONEBANK?"),
    ("when did ELISE start, when did HIHeal start, and which came first?",
     "which started first, ELISE or HIHeal?"),
])
def test_a_ranking_after_figures_asked_of_the_projects_is_answered_too(
        kb: KnowledgeBase, text: str, ranking: str) -> None:
    # Given each project's figure asked, then which of them ranks first by it
    reply = ask(kb, text)[0]
    # Then the figures, then the ranking's answer (was: the ranking left out, or the ranking
    # alone with each one's total instead of the amounts asked)
    ranked = ask(kb, ranking)[0]
    assert ranked.intent == "superlative", ranked.text
    assert reply.intent != "superlative", reply.text
    assert ranked.text.splitlines()[0] in reply.text.splitlines(), reply.text


@pytest.mark.parametrize("text,ranking", [
    ("HIHeal and InnoReAct both got Hamburg money - which one started later?",
     "which started later, HIHeal or InnoReAct?"),
    ("HIHeal und InnoReAct bekamen beide Geld aus Hamburg – welches begann später?",
     "Welches begann später, HIHeal oder InnoReAct?"),
])
def test_a_ranking_after_a_told_claim_is_the_ranking(
        kb: KnowledgeBase, text: str, ranking: str) -> None:
    # Given a claim told of both projects (no figure asked), then which ranks first
    reply = ask(kb, text)[0]
    # Then the ranking (was: their funders first, the told claim read as an amount asked)
    ranked = ask(kb, ranking)[0]
    assert ranked.intent == "superlative", ranked.text
    assert reply.intent == "superlative" and reply.text == ranked.text, reply.text


def test_a_ranking_after_each_ones_figure_says_only_which_ranks_first(kb: KnowledgeBase) -> None:
    # Given both durations asked, then which was longer
    reply = ask(kb, "how long did BONEBANK go on, how long did BFCC, and which one was longer?")[0]
    # Then the ranking names the longer one; the other one's figure is not said again
    ranked = ask(kb, "which ran longer, BONEBANK or BFCC?")[0].text.splitlines()
    lines = reply.text.splitlines()
    assert ranked[0] in lines and not set(ranked[1:]) & set(lines), reply.text


@pytest.mark.parametrize("text,funders", [
    ("ERDF projects vs Interreg projects", ("erdf", "interreg-europe")),
    ("projects with ERDF money vs projects with Interreg money?", ("erdf", "interreg-bsr")),
    ("EFRE-Projekte vs. Interreg-Projekte", ("erdf", "interreg-de-dk")),
    ("COSME projects versus ESF projects", ("cosme", "esf")),
])
def test_two_lists_set_against_each_other_are_two_lists(
        kb: KnowledgeBase, text: str, funders: tuple[str, ...]) -> None:
    # Given lists under two funders set against each other by "vs", "versus"
    reply = ask(kb, text)[0]
    # Then both lists (was one list under both funders, or the second one alone)
    assert reply.intent == "list", reply.text
    for funder in funders:
        funded = {p.id for p in kb.projects.values() if funder in p.funding}
        assert funded and funded <= set(reply.projects), (funder, reply.text)


@pytest.mark.parametrize("text", ["2016 vs 2020 projects", "Projekte 2016 vs. 2020",
                                  "projects in 2016 versus 2020"])
def test_two_years_set_against_each_other_with_one_noun_are_two_lists(
        kb: KnowledgeBase, text: str) -> None:
    # Given two years set against each other, the noun "projects" said on one side only
    reply = ask(kb, text)[0]
    # Then the projects running in each year, one list each (was one list of the projects
    # running at any time between them, MAGIA too, which ran in 2018 and 2019 only)
    assert reply.intent == "list" and reply.answered, reply.text
    for year in (2016, 2020):
        running = {p.id for p in kb.projects.values() if p.start and p.end and
                   p.start.year <= year <= p.end.year}
        assert running and running <= set(reply.projects), (year, reply.text)
    assert "magia" not in reply.projects, reply.text


@pytest.mark.parametrize("text,pid,lang", [
    ("Tell me about ELISE: I'm writing a report.", "elise", "en"),
    ("Erzähl mir was über BFCC: ich schreibe einen Artikel.", "bfcc", "de"),
])
def test_a_request_to_be_told_before_words_about_the_speaker_is_no_header(
        kb: KnowledgeBase, text: str, pid: str, lang: str) -> None:
    # Given "tell me about X:" and then what the speaker does (no question)
    reply = ask(kb, text)[0]
    # Then the request is what is asked: what the project is
    assert reply.intent == "overview", reply.text
    assert kb.projects[pid].summary.get(lang) in reply.text, reply.text


@pytest.mark.parametrize("text,pids,needles", [
    # the page: BFCC "has been led by the Life Science Nord Management GmbH"; BONEBANK "led by
    # the UKSH Lübeck", "supported by Interreg Deutschland-Danmark"
    ("BFCC and BONEBANK — which one did LSN lead, and who led the other?", ("bfcc", "bonebank"),
     ["BFCC was led by Life Science Nord", "BONEBANK was led by UKSH"]),
    ("BFCC oder BONEBANK – welches hat LSN geleitet, und wer das andere?", ("bfcc", "bonebank"),
     ["BFCC wurde von der Life Science Nord", "BONEBANK wurde vom UKSH"]),
    ("BFCC und BONEBANK: welches wurde von LSN geleitet?", ("bfcc",), ["BFCC"]),
    ("BFCC and BONEBANK - which one was funded by Interreg Deutschland-Danmark?", ("bonebank",),
     ["BONEBANK"]),
])
def test_which_one_after_projects_named_before_it_picks_among_them(
    kb: KnowledgeBase, text: str, pids: tuple[str, ...], needles: list[str]
) -> None:
    # Given two projects named, then a question opened by "which" (no "of them")
    reply = ask(kb, text)[0]
    # Then it asks which of the two (not which of all projects: LSN also ran InnoReAct and
    # KI#CK), and "the other" after it is the other of the two
    assert reply.answered and reply.projects == pids, reply.text
    at = [reply.text.find(needle) for needle in needles]
    assert -1 not in at and at == sorted(at), reply.text
    assert "InnoReAct" not in reply.text and "KI#CK" not in reply.text, reply.text


@pytest.mark.parametrize("text,first,link", [
    ("who were the two clusters behind HIHeal and what's BRIDGE 53 got to do with it?",
     "Gesundheitswirtschaft Hamburg", "HIHeal included BRIDGE 53"),
    ("what did HIHeal do and where does BRIDGE 53 come in?", "What HIHeal did",
     "BRIDGE 53 was part of HIHeal"),
])
def test_how_a_project_comes_in_beside_another_ask_is_the_link(
    kb: KnowledgeBase, text: str, first: str, link: str
) -> None:
    # Given an ask of HIHeal, then what BRIDGE 53 has "got to do with it" or where it "comes in"
    reply = ask(kb, text)[0]
    # Then both are answered: the first ask, then the page's link ("BRIDGE 53 was part of the
    # project Hygiene, Infection & Health (HIHeal)"), not BRIDGE 53's partners or places
    assert reply.answered and set(reply.projects) == {"hiheal", "bridge53"}, reply.text
    assert first in reply.text and link in reply.text, reply.text
    assert reply.text.index(first) < reply.text.index(link), reply.text
    assert "names none" not in reply.text and "took place" not in reply.text, reply.text


@pytest.mark.parametrize("text,first,then", [
    # the page: ELISE ran from January 1, 2017, its partners from Poland, …; MAGIA in 2018 and
    # 2019, with bioPmed, Lyonbiopole and BioWin
    ("wann lief ELISE und wer?", "2017", "Polen"),
    ("when did MAGIA run and who?", "2018", "bioPmed"),
    ("Wann lief MAGIA und wer genau?", "2018", "bioPmed"),
])
def test_a_bare_who_after_another_ask_asks_who_took_part(
    kb: KnowledgeBase, text: str, first: str, then: str
) -> None:
    # Given a question, then "and who?" alone
    reply = ask(kb, text)[0]
    # Then both are answered, in order: the first ask, then who took part
    assert first in reply.text and then in reply.text, reply.text
    assert reply.text.index(first) < reply.text.index(then), reply.text


@pytest.mark.parametrize("text", ["Wie viel Geld bekam KI#CK und von wem?",
                                  "how much money did KI#CK get and from whom"])
def test_from_whom_after_a_question_of_money_asks_no_partners(kb: KnowledgeBase, text: str
                                                              ) -> None:
    # Given "and from whom" after a question of money
    reply = ask(kb, text)[0]
    # Then it asks who gave it (the funders), not who took part
    assert "Partner" not in reply.text and "ESF" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "list the projects LSN led, and those it was only a partner in",
    "which projects did LSN lead and which ones was it only a partner in?",
    "Welche Projekte hat LSN geleitet, und bei welchen war es nur Partner?",
    "Welche Projekte hat LSN geleitet, und bei welchen war LSN nur Partner?",
])
def test_the_projects_lsn_led_and_those_it_only_took_part_in_are_two_lists(
    kb: KnowledgeBase, text: str
) -> None:
    # Given two lists asked in one message: the projects LSN led, and those it was only a
    # partner in
    reply = ask(kb, text)[0]
    # Then both are given, in that order: the page says LSN led BFCC (and ran InnoReAct and
    # KI#CK), and was a partner in BONEBANK (led by the UKSH) and MAGIA
    assert reply.intent == "list" and reply.answered, reply.text
    led = [p for p in kb.projects.values() if "lsn" in p.lead]
    assert led and all(p.id in reply.projects for p in led), reply.text
    assert reply.projects[-2:] == ("bonebank", "magia"), reply.text
    assert reply.text.index("BFCC") < reply.text.index("BONEBANK"), reply.text


@pytest.mark.parametrize("question,intent", [
    # the start of the project reached, then the end of the one it started from: two asks,
    # the first one's intent (was: merged into one dates answer)
    ("Seit wann läuft der Nachfolger von P.I.L.O.T., und wann war P.I.L.O.T. selbst zu Ende?",
     "start"),
    ("when did the successor of PILOT start, and when did PILOT end?", "start"),
    # both ends of the project reached stay one dates answer
    ("Wann begann das Projekt, das MAGIA fortgeführt hat, und wann endete es?", "dates"),
])
def test_a_start_and_an_end_of_two_linked_projects_are_two_asks(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    reply = ask(kb, question)[0]
    assert reply.intent == intent and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("text,pid,intent", [
    ("Von wann bis wann lief HIHeal und mit welchem Cluster zusammen?", "hiheal", "dates"),
    ("Wann lief HIHeal und mit welchem Cluster zusammen?", "hiheal", "dates"),
    ("when did HIHeal run and with which cluster?", "hiheal", "dates"),
    ("Wer hat HIHeal gefördert und mit welchen Partnern lief es?", "hiheal", "funding"),
    ("who led KI#CK and with which partners?", "kick", "lead"),
])
def test_with_which_cluster_after_another_ask_is_a_question_of_its_own(
        kb: KnowledgeBase, text: str, pid: str, intent: str) -> None:
    # Given a first ask, then "and with which cluster (together)?" (it scored too little to
    # stand as a question of its own and was dropped)
    reply = ask(kb, text)[0]
    # Then both are answered: the first ask, then the partners the page names
    assert reply.intent == intent and reply.projects[0] == pid, reply.text
    assert all(kb.organisations[o.org].name in reply.text
               for o in kb.projects[pid].partners), reply.text


@pytest.mark.parametrize("text", [
    "Welche Projekte hat Hamburg mitfinanziert und welche Schleswig-Holstein?",
    "which projects did Hamburg fund and which Schleswig-Holstein?",
    "Welche Projekte hat der EFRE gefördert, und welche SH?",
])
def test_a_place_that_names_a_funder_after_a_list_by_funder_is_a_second_funder_list(
        kb: KnowledgeBase, text: str) -> None:
    # Given a list by funder, then "and which Schleswig-Holstein?" (read as a place with no
    # question: "Sorry, I didn't understand that")
    reply = ask(kb, text)[0]
    # Then the second list is of the projects the State of Schleswig-Holstein funded
    funded = [p for p in kb.projects.values()
              if "schleswig-holstein" in p.funding]
    assert reply.intent == "list" and reply.answered, reply.text
    assert funded and all(p.name in reply.text.splitlines()[-1] for p in funded), reply.text


@pytest.mark.parametrize("text,pid,lang,intent,needles", [
    # the page: KI#CK ran with the TH Lübeck and oncampus, two years, no dates, approx. 193,000
    # EUR from the EU and the state; ELISE from January 1, 2017, in Poland, …; NORTHOPEDICS from
    # June 21, 2016; BONEBANK led by the UKSH Lübeck, from September 2015; BFCC 13 organisations
    ("KI#CK: wer, was, wann, wie viel?", "kick", "de", "partners", ["oncampus", "193.000"]),
    ("ELISE: who, what, when, where?", "elise", "en", "partners", ["2017", "Poland"]),
    ("NORTHOPEDICS - was, wann, wer?", "northopedics", "de", "overview", ["2016"]),
    ("bonebank: who n when?", "bonebank", "en", "partners", ["UKSH", "2015"]),
    ("BFCC: wer und wann?", "bfcc", "de", "partners", ["13", "2016"]),
])
def test_question_words_alone_after_a_project_each_ask(
        kb: KnowledgeBase, text: str, pid: str, lang: str, intent: str, needles: list[str]
) -> None:
    # Given a project, then question words alone ("wer, was, wann, wie viel?"; two asks of
    # four were answered, "wer, was" lost)
    reply = ask(kb, text)[0]
    # Then each asks what it asks of the project, the first one's intent the reply's: "was",
    # "what" its summary, "wer", "who" who took part, "wann", "when" its dates, "wie viel" money
    assert reply.intent == intent and reply.projects[0] == pid, reply.text
    assert reply.language == lang and all(n in reply.text for n in needles), reply.text
    if " was" in text or " what" in text:
        assert kb.projects[pid].summary.get(lang) in reply.text, reply.text


@pytest.mark.parametrize("text,pid,lang,first,then", [
    # the page: NORTHOPEDICS a network in the field of bone healing, "Download The network
    # guide"; P.I.L.O.T. in precision medicine, 01.01.2020 - 31.03.2023
    ("NORTHOPEDICS: in welchem Fachgebiet, und gibts was zum downloaden?", "northopedics", "de",
     "overview", "Leitfaden"),
    ("NORTHOPEDICS: Fachgebiet und Förderer?", "northopedics", "de", "overview", "EFRE"),
    ("P.I.L.O.T.: what field, which dates?", "pilot", "en", "overview", "2023"),
    ("which field was ELISE in, and when did it run?", "elise", "en", "overview", "2021"),
    ("gibts zu NORTHOPEDICS was zum downloaden?", "northopedics", "de", "results", "Leitfaden"),
])
def test_the_field_a_project_was_in_is_what_it_was_and_a_download_its_results(
        kb: KnowledgeBase, text: str, pid: str, lang: str, first: str, then: str) -> None:
    # Given "what field" (one field) or "Fachgebiet", or "was zum downloaden" (was: its aim,
    # the subject alone, or nothing asked)
    reply = ask(kb, text)[0]
    # Then the field is what the project was (its summary), a download the guide the page
    # points to
    assert reply.intent == first and reply.projects[0] == pid, reply.text
    if first == "overview":
        assert kb.projects[pid].summary.get(lang) in reply.text, reply.text
    assert then in reply.text, reply.text


@pytest.mark.parametrize("text,pids,intent", [
    ("Können Sie BFCC und BONEBANK gegenüberstellen – jeweils Laufzeit und Förderprogramm?",
     ("bfcc", "bonebank"), "dates"),
    ("BFCC and BONEBANK - duration and programme of each?", ("bfcc", "bonebank"), "duration"),
    ("Könnten Sie ELISE und MAGIA gegenüberstellen – Start und Förderer?", ("elise", "magia"),
     "start"),
    ("Vergleichen Sie bitte ELISE und MAGIA - jeweils Start und Förderer", ("elise", "magia"),
     "start"),
    ("could you put BFCC and BONEBANK side by side - start and funder for both of them?",
     ("bfcc", "bonebank"), "start"),
])
def test_nouns_asked_of_each_of_two_projects_are_answered_for_both(
        kb: KnowledgeBase, text: str, pids: tuple[str, str], intent: str) -> None:
    # Given two projects, then nouns asked of each ("jeweils Laufzeit", "… for each", after a
    # long header and a dash: only BFCC's card, or the funding programme lost)
    reply = ask(kb, text)[0]
    # Then every noun is answered for both: each one's start year and its funder
    assert reply.intent == intent and reply.projects == pids and reply.answered, reply.text
    for pid in pids:
        project = kb.projects[pid]
        assert project.start is not None and str(project.start.year) in reply.text, reply.text
        funders = [kb.funders[f] for f in project.funding]
        lang = reply.language
        assert any(f.name.get(lang).split()[0] in reply.text for f in funders), reply.text


@pytest.mark.parametrize("text", [
    "KI#CK funding breakdown pls: how much came from the ESF and how much from the EU/state side?",
    "kick funding pls: how much from the ESF?",
    "can you break down the KI#CK funding?",
    "Aufschlüsselung der Förderung von KI#CK?",
    "KI#CK: Förderung aufgeschlüsselt bitte",
])
def test_a_breakdown_of_the_funding_asks_the_amounts(kb: KnowledgeBase, text: str) -> None:
    # Given KI#CK's money broken down ("breakdown", "aufgeschlüsselt"; was the funders first,
    # and "pls" made the header "kick funding pls:" an ask of its own)
    reply = ask(kb, text)[0]
    # Then the amounts are asked, and each figure the page gives is said (approx. 193,000 EUR
    # from the EU and the state, approx. 249,000 from the ESF)
    assert reply.intent == "amount" and reply.projects == ("kick",), reply.text
    sep = "." if reply.language == "de" else ","
    amounts = kb.projects["kick"].amounts
    assert len(amounts) == 2 and all(
        f"{int(a.value) // 1000}{sep}000" in reply.text for a in amounts), reply.text


@pytest.mark.parametrize("text", [
    "BONEBANK: Wer hat es geleitet, wer hat es gefördert, und an welchen Standorten wurde das "
    "Knochenmaterial entnommen?",
    "BONEBANK: Wer hat es geleitet, und an welchen Standorten wurde das Knochenmaterial "
    "entnommen?",
    "BONEBANK: who led it, and at which sites was the bone harvested?",
    "at which sites was the bone material harvested in BONEBANK?",
    "an welchen Standorten wurden bei BONEBANK die Stammzellen gelagert?",
])
def test_the_sites_of_a_step_are_where_the_project_did_it(kb: KnowledgeBase, text: str) -> None:
    # Given BONEBANK, whose bone material "was only harvested at the hospitals in Lübeck and
    # Odense", the stem cells stored "in the cross-border biobank in Lübeck and Odense"
    reply = ask(kb, text)[0]
    # When the sites of that step are asked ("an welchen Standorten", "at which sites"; was the
    # list of projects on bones, or nothing)
    # Then they are where BONEBANK did it, and no other project is named
    assert reply.projects == ("bonebank",) and reply.answered, reply.text
    assert "Odense" in reply.text, reply.text


@pytest.mark.parametrize("text,pid,next_id", [
    ("pilot: when, who paid, whats next", "pilot", "pilot-next"),
    ("magia: what's next?", "magia", "magia2market"),
    ("HIHeal - who funded it and what came next?", "hiheal", "hiheal-next"),
])
def test_whats_next_after_a_project_asks_what_continued_it(
        kb: KnowledgeBase, text: str, pid: str, next_id: str) -> None:
    # Given a project the page says was continued ("continued and expanded in the P.I.L.O.T.
    # Next Level project", "continued through the follow-up project MAGIA2Market", "HIHeal is
    # continued through the follow-up project HIHeal next level transition")
    reply = ask(kb, text)[0]
    # When "whats next" is asked, alone or beside other asks (was lost, or read as its funders)
    # Then the project that continued it is named
    assert next_id in kb.projects[pid].continued_by
    assert reply.projects[:2] == (pid, next_id), reply.text
    assert kb.projects[next_id].name in reply.text, reply.text


@pytest.mark.parametrize("text,pid,first", [
    ("magia: funder, years, lsn role?", "magia", "funding"),
    ("BONEBANK: Laufzeit und LSN-Rolle?", "bonebank", "dates"),
    ("bfcc: lead, lsn role", "bfcc", "lead"),
])
def test_lsn_role_in_a_list_of_nouns_is_an_ask_of_its_own(
        kb: KnowledgeBase, text: str, pid: str, first: str) -> None:
    # Given a project, then nouns, the last Life Science Nord's role ("lsn role": its name read
    # as a condition, so the noun before it was lost: MAGIA's years)
    reply = ask(kb, text)[0]
    # Then every noun is answered, the role last
    project = kb.projects[pid]
    assert reply.intent == first and reply.projects == (pid,), reply.text
    assert "Life Science Nord's role" in reply.text or "Rolle von Life Science Nord" in \
        reply.text, reply.text
    if "years" in text or "Laufzeit" in text:
        assert project.start is not None and str(project.start.year) in reply.text, reply.text


@pytest.mark.parametrize("text,first_line,second", [
    # the page: HIHeal was continued by HIHeal next level transition and ended on 31 December
    # 2022; MAGIA by MAGIA2Market, funded by COSME; P.I.L.O.T. began on 1 January 2020
    ("hiheal follow up + when did hiheal end?", "HIHeal next level transition", "2022"),
    ("Nachfolger von HIHeal und wann endete HIHeal?", "HIHeal next level transition", "2022"),
    ("magia follow up + who funded magia?", "MAGIA2Market", "COSME"),
    ("Nachfolgeprojekt von PILOT - wann hat PILOT begonnen?", "P.I.L.O.T. Next Level", "2020"),
])
def test_a_link_noun_before_a_question_naming_its_project_again_is_an_ask_of_its_own(
    kb: KnowledgeBase, text: str, first_line: str, second: str
) -> None:
    # When a link noun of a project comes before a question that names that project again
    reply = ask(kb, text)[0]
    # Then both are asked, the link first: the reply's intent is the link's (was: the
    # second's, the link read as naming the subject)
    first, rest = reply.text.split("\n", 1)
    assert reply.intent == "follow_up" and first_line in first and second in rest, reply.text


def test_a_link_noun_before_a_question_of_it_still_names_the_subject(kb: KnowledgeBase) -> None:
    # "HIHeal's follow-up, and when did it end?": of the follow-up (the page doesn't say)
    reply = ask(kb, "hiheal follow-up, and when did it end?")[0]
    assert reply.intent == "end" and not reply.answered, reply.text


@pytest.mark.parametrize("question,first,second", [
    # the page: ELISE's regions include Italy and France; MAGIA's clusters bioPmed (Italy) and
    # Lyonbiopole (France); KI#CK had ESF money, MAGIA COSME's
    ("Welche Projekte hatten Partner aus Italien und welche aus Frankreich?", "Italien",
     "Frankreich"),
    ("Which projects had partners from Italy and which from France?", "Italy", "France"),
    ("which projects were funded by the ESF and which by COSME?", "KI#CK", "MAGIA"),
])
def test_which_with_another_condition_after_a_list_is_a_list_of_its_own(
        kb: KnowledgeBase, question: str, first: str, second: str) -> None:
    # Given a list, then "and which from France?" / Then two lists (was: the first, then
    # "Entschuldigung, das habe ich nicht verstanden")
    reply = ask(kb, question)[-1]
    assert reply.intent == "list" and reply.answered, reply.text
    lines = reply.text.split("\n")
    assert len(lines) >= 2 and first in lines[0] and second in lines[1], reply.text


@pytest.mark.parametrize("text,ids", [
    # the page: BFCC, BONEBANK and ELISE are Interreg's; BONEBANK, HIHeal (with BRIDGE 53),
    # InnoReAct, NORTHOPEDICS and P.I.L.O.T. the ERDF's
    ("Welche Projekte liefen über Interreg, und wie viele sind das insgesamt?",
     ("bfcc", "bonebank", "elise")),
    ("Which projects were funded by the ERDF and how many is that?",
     ("bonebank", "bridge53", "hiheal", "innoreact", "northopedics", "pilot")),
    ("welche projekte liefen über interreg und wie viele warn das", ("bfcc", "bonebank", "elise")),
])
def test_which_projects_then_how_many_in_one_clause_is_a_list_with_its_number(
        kb: KnowledgeBase, text: str, ids: tuple[str, ...]) -> None:
    # Given which projects asked first, then how many they are, in one clause
    reply = ask(kb, text)[0]
    # Then the list, with its number: the first ask's kind (was: "count")
    assert (reply.intent, set(reply.projects)) == ("list", set(ids)), reply.text
    assert str(len(ids)) in reply.text and all(kb.projects[i].name in reply.text for i in ids)


@pytest.mark.parametrize("text,pid,other", [
    # the page: MAGIA "In 2018 and 2019", "funded by the European Union's COSME program", with
    # bioPmed (Italy), Lyonbiopole (France), BioWin (Belgium); KI#CK with the TH Lübeck
    ("MAGIA – years, funder, and the home countries of the partner clusters?", "magia", "Belgium"),
    ("MAGIA: years, funder, partner countries?", "magia", "COSME"),
    ("KI#CK - years, partners?", "kick", "Lübeck"),
])
def test_years_first_among_nouns_after_a_project_is_an_ask_of_its_own(
        kb: KnowledgeBase, text: str, pid: str, other: str) -> None:
    # Given a project, then "years" first among nouns asked (it was read as part of the header,
    # and the years were left out)
    reply = ask(kb, text)[0]
    # Then its dates come first, then the other nouns
    assert (reply.intent, reply.projects[:1]) == ("dates", (pid,)), reply.text
    assert other in reply.text, reply.text
    project = kb.projects[pid]
    if project.start is not None:
        assert str(project.start.year) in reply.text, reply.text
