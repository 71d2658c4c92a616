"""Yes/no claims in forms other than a question: a belief ("I think …?"), a re-check ("X too?"),
a claim about the project talked of by a word that points back ("Gehörte X dazu?"), a count of
clusters, and results asked for as figures. Through the real core, with the page's facts
(shared/sources/past-projects.txt) written out here.
"""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase


def _dialog(kb: KnowledgeBase, *questions: str) -> list:
    state, replies = State(), []
    for q in questions:
        reply = answer(q, state, kb)
        state = reply.state
        replies.append(reply)
    return replies


@pytest.mark.parametrize("question,start,fact", [
    ("I believe NORTHOPEDICS got money from Schleswig-Holstein?", "Yes.", "Schleswig-Holstein"),
    ("i guess MAGIA was paid for by the ESF?", "No.", "COSME"),
    ("I'm pretty sure that BFCC ended in 2019?", "Yes.", "2019"),
    ("Ich vermute, MAGIA lief bis 2021?", "Nein.", "2019"),
    ("soweit ich weiß wurde BONEBANK von Interreg gefördert?", "Ja.", "Interreg"),
    ("ich denke dass ELISE von COSME finanziert wurde?", "Nein.", "Interreg Europe"),
])
def test_a_belief_is_a_claim_to_check(kb: KnowledgeBase, question: str, start: str,
                                      fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("question", [
    "I think I'd like to hear about BFCC",
    "ich glaube ich brauche Infos über MAGIA",
    "ich meine P.I.L.O.T.",
])
def test_a_belief_about_the_speaker_claims_nothing(kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, State(), kb)
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein", "The page doesn't say",
                                      "Das geht")), reply.text


def test_a_short_too_rechecks_the_last_claim_for_another_project(kb: KnowledgeBase) -> None:
    replies = _dialog(kb, "did the ERDF fund HIHeal?", "NORTHOPEDICS as well?", "MAGIA too?")
    assert replies[1].text.startswith("Yes.") and "Schleswig-Holstein" in replies[1].text
    assert replies[2].text.startswith("No.") and "COSME" in replies[2].text
    german = _dialog(kb, "Wurde MAGIA von COSME gefördert?", "BFCC ebenfalls?")
    assert german[1].text.startswith("Nein.") and "Interreg" in german[1].text


def test_a_name_before_a_word_pointing_back_is_the_subject_of_a_link_claim(
        kb: KnowledgeBase) -> None:
    replies = _dialog(kb, "what's HIHeal about?", "and was BRIDGE 53 part of it?",
                      "what did it aim for?")
    assert replies[1].text.startswith("Yes.") and "part of HIHeal" in replies[1].text
    assert replies[2].projects[:1] == ("bridge53",), replies[2].text
    other = _dialog(kb, "what's HIHeal about?", "was BFCC a part of it?")
    assert other[1].text.startswith("No.") and "HealthRegion" in other[1].text
    follow = _dialog(kb, "what's MAGIA about?", "so did MAGIA2Market follow it?")
    assert follow[1].text.startswith("Yes.") and "follow-up of MAGIA" in follow[1].text
    german = _dialog(kb, "Was war HIHeal?", "Gehörte BFCC dazu?")
    assert german[1].text.startswith("Nein."), german[1].text


@pytest.mark.parametrize("claim,start", [
    ("war BRIDGE 53 ein Teil davon?", "Ja."),
    ("War ELISE Bestandteil davon?", "Nein."),
])
def test_a_part_of_davon_claims_the_link_to_the_project_talked_of(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # Given HIHeal talked about (in English, then the chat switches to German)
    # When "ein Teil davon" claims a project is part of it
    replies = _dialog(kb, "when did HIHeal start?", claim)
    # Then the claim is checked against HIHeal, a yes/no on the link
    assert replies[1].text.startswith(start) and replies[1].intent == "part_of", replies[1].text
    assert "hiheal" in replies[1].projects, replies[1].projects


@pytest.mark.parametrize("question,start", [
    ("did HIHeal join two clusters?", "Yes."),
    ("had MAGIA five clusters?", "No."),
    ("Hatte MAGIA insgesamt 4 Cluster?", "Ja."),
    ("hatte HIHeal drei Cluster?", "Nein."),
])
def test_a_count_of_clusters_is_checked_where_the_page_gives_it(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and reply.answered, reply.text


def test_a_count_of_clusters_the_page_does_not_give_is_no_no(kb: KnowledgeBase) -> None:
    reply = answer("did ELISE bring together three clusters?", State(), kb)
    assert not reply.text.startswith(("Yes", "No")) and not reply.answered, reply.text


@pytest.mark.parametrize("question,named", [
    ("What did InnoReAct achieve in numbers?", "InnoReAct"),
    ("InnoReAct: gab es messbare Ergebnisse?", "InnoReAct"),
    ("were there any statistics on the results of InnoReAct?", "InnoReAct"),
])
def test_figures_asked_of_results_the_page_gives_only_as_a_guide(
        kb: KnowledgeBase, question: str, named: str) -> None:
    reply = answer(question, State(), kb)
    assert not reply.answered and "Leitfaden" in reply.text and named in reply.text, reply.text
    assert not reply.text.startswith(("Yes", "Ja")), reply.text


def test_figures_asked_beside_results_the_page_describes(kb: KnowledgeBase) -> None:
    reply = answer("BFCC's results in figures?", State(), kb)
    assert not reply.answered and "registry" in reply.text, reply.text


def test_a_link_claim_naming_both_ends_right_after_the_link_is_checked(
        kb: KnowledgeBase) -> None:
    # after "MAGIA was continued by MAGIA2Market", "the successor" is no reference to the
    # project just reached when the message names both ends: it claims the link (this gave
    # MAGIA2Market's card with no yes or no)
    replies = _dialog(kb, "Did MAGIA have a successor?", "Is MAGIA2Market the successor of MAGIA?")
    assert replies[1].text.startswith("Yes."), replies[1].text
    german = _dialog(kb, "Hatte HIHeal einen Nachfolger?",
                     "Ist HIHeal next level transition der Nachfolger von HIHeal?")
    assert german[1].text.startswith("Ja."), german[1].text
    # a reference to the project just reached still is one
    new = _dialog(kb, "Did MAGIA have a successor?", "what regions did the new one target?")
    assert new[1].projects == ("magia2market",) and "Japan" in new[1].text, new[1].text


@pytest.mark.parametrize("message, starts", [
    ("my colleague says ELISE was funded by the ESF. is that right?", ["No. ELISE"]),
    ("Mein Kollege sagt, ELISE lief bis 2021. Stimmt das?", ["Ja. ELISE"]),
    ("Unsere Praktikantin schrieb, BONEBANK wurde vom UKSH Lübeck geleitet und endete 2019. "
     "Können Sie das prüfen?", ["Ja. BONEBANK wurde vom UKSH", "Nein. BONEBANK endete"]),
    ("The draft says MAGIA was funded by COSME and ended in 2019. Could you verify that?",
     ["Yes. MAGIA was funded", "Yes."]),
])
def test_a_claim_told_and_then_asked_to_be_checked_is_checked_part_by_part(
        kb: KnowledgeBase, message: str, starts: list[str]) -> None:
    # Given a claim someone else made, told, then a request to check it
    reply = answer(message, State(), kb)
    # Then each part of it gets its own yes or no, in the order told
    lines = [line for line in reply.text.splitlines() if line.startswith(
        ("Yes.", "No.", "Ja.", "Nein."))]
    assert [line[:len(s)] for line, s in zip(lines, starts, strict=False)] == starts, reply.text
    assert len(lines) == len(starts) and reply.answered, reply.text


@pytest.mark.parametrize("message,start,intent", [
    ("Ich glaube, ELISE wurde von Interreg Europe gefördert. Wann lief es?", "Ja.", "dates"),
    ("I think MAGIA was funded by COSME. Who were its partners?", "Yes.", "partners"),
    ("I believe BONEBANK was led by UKSH. When did it end?", "Yes.", "end"),
])
def test_a_belief_told_before_a_question_is_checked_but_the_question_is_what_was_asked(
        kb: KnowledgeBase, message: str, start: str, intent: str) -> None:
    # given a belief told as a statement, then a question about the same project
    # when the message is answered
    reply = answer(message, State(), kb)
    # then the belief is checked first, and the reply is about what the question asked
    assert reply.text.startswith(start), reply.text
    assert reply.intent == intent


@pytest.mark.parametrize("message,project,needle", [
    # the page: ELISE's partner regions include Lithuania; it was about innovation ecosystems
    ("hi there, i'm a phd student in vilnius. my professor said lithuania was part of some EU "
     "life science ecosystem project. is that right?", "elise", "Lithuania"),
    # ELISE had partners in Poland
    ("Hallo, ich studiere in Kiel. Mein Kollege sagt, es gab ein Projekt mit Partnern in Polen. "
     "Stimmt das?", "elise", "Polen"),
])
def test_a_reported_claim_that_some_project_existed_is_checked(
    kb: KnowledgeBase, message: str, project: str, needle: str
) -> None:
    # Given a claim someone made that some project with conditions existed, after words about
    # the speaker, then a request to check it
    reply = answer(message, State(), kb)
    # Then yes, with the project that fits (not "not understood")
    assert reply.text.startswith(("Yes", "Ja")) and reply.projects == (project,), reply.text
    assert needle in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("first,claim,start,pid", [
    # the page: MAGIA2Market followed MAGIA; HIHeal's follow-up is HIHeal next level transition
    ("wann lief HIHeal?", "Ist MAGIA2Market daraus hervorgegangen?", "Nein.", "magia"),
    ("wann lief MAGIA?", "Ist MAGIA2Market daraus hervorgegangen?", "Ja.", "magia"),
    ("wann lief HIHeal?", "war MAGIA2Market der Nachfolger davon?", "Nein.", "magia"),
    ("wann lief MAGIA?", "war MAGIA2Market sein Nachfolger?", "Ja.", "magia"),
    ("wann lief HIHeal?", "war BRIDGE 53 ein Teilprojekt davon?", "Ja.", "hiheal"),
])
def test_a_german_link_claim_pointing_back_is_of_the_project_talked_of(
        kb: KnowledgeBase, first: str, claim: str, start: str, pid: str) -> None:
    # Given a project talked about
    # When a link to it is claimed of another with "daraus", "davon" or "sein"
    replies = _dialog(kb, first, claim)
    # Then the claim is checked against that project, with the link the page gives (was "Ja."
    # to MAGIA2Market coming out of HIHeal, read as coming out of any project, and "no
    # follow-up for MAGIA2Market")
    assert replies[1].text.startswith(start) and pid in replies[1].projects, replies[1].text
