"""Claims whose subject is one part of what was talked about: "the first project" of a project
and its follow-up, a target country (not a partner's country), the lead of one piece of work a
project made (not of the project)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages,pid,start", [
    # the page: "Japan has been added as a third target region" in MAGIA2Market; MAGIA
    # targeted the United States and China
    (("Ich moechte wissen, wann MAGIA war und wer waren die Partner",
      "Und die Nachfolger Projekt, welche Länder?", "Japan war auch in die erste Projekt?"),
     "magia", "Nein."),
    (("Tell me about MAGIA2Market", "and its predecessor?", "was Japan in the first project too?"),
     "magia", "No."),
])
def test_the_first_project_of_a_pair_in_a_claim_picks_the_earlier(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, start: str) -> None:
    # Given a project and its follow-up just talked about
    # When a place is claimed of "the first project"
    reply = ask(kb, *messages)[-1]
    # Then it is checked of the earlier one, not ranked among all projects
    assert reply.projects[0] == pid and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start", [
    # MAGIA: partners from Italy, France, Belgium; targets the United States and China
    (("Tell me about MAGIA and MAGIA2Market", "and the other one, when did it end?",
      "how many clusters were in the alliance?", "was Belgium a target country?"), "No."),
    (("war Belgien ein Zielland von MAGIA?",), "Nein."),
    (("was Italy one of MAGIA's target markets?",), "No."),
    (("was China one of MAGIA's target regions?",), "Yes."),
    (("was Japan a target market of MAGIA2Market?",), "Yes."),
])
def test_a_target_country_is_checked_against_the_targets(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "places" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start,intent", [
    # the page: BONEBANK "led by the UKSH Lübeck"; "Life Science Nord developed the business
    # model and a competence atlas"
    (("Was BONEBANK funded only by Denmark?", "so the ERDF paid for BONEBANK?",
      "did LSN lead BONEBANK's business model work?"), "Yes.", "lsn_role"),
    (("Hat LSN die Arbeit am Geschäftsmodell von BONEBANK geleitet?",), "Ja.", "lsn_role"),
    (("did UKSH lead the business model work in BONEBANK?",), "No.", "results"),
    # the project itself: its lead
    (("did LSN lead BONEBANK?",), "No.", "lead"),
])
def test_a_lead_of_a_thing_made_is_who_made_it(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, intent: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == intent and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start,listed", [
    # the page names BONEBANK alone as funded by Interreg Deutschland-Danmark: after it, "other"
    # ones it never names (no "yes" from BONEBANK itself)
    (("Was war BONEBANK?", "Wer hat BONEBANK geleitet?", "Wer hat BONEBANK gefördert?",
      "Hat Life Science Nord auch in andere Interreg Deutschland-Danmark Projekte mitgemacht?"),
     ("Nein", "Das geht"), ()),
    (("Tell me about BONEBANK",
      "did LSN take part in other Interreg Deutschland-Danmark projects?"),
     ("No", "The page"), ()),
    # after BFCC (Interreg Baltic Sea Region): the other Interreg ones
    (("Tell me about BFCC", "did LSN do other Interreg projects?"), ("Yes.",),
     ("bonebank", "elise")),
])
def test_other_projects_with_a_name_between_leave_out_the_one_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], start: tuple[str, ...],
        listed: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.text.startswith(start), reply.text
    assert set(listed) <= set(reply.projects), reply.text
    assert "bonebank" in listed or "BONEBANK (" not in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    # the page: the bone "was transported to the corresponding lab and the stem cells were
    # isolated" (no place for the lab); "stored in the cross-border biobank in Lübeck and Odense"
    (("Hat BONEBANK Stammzellen in Hamburg gelagert?", "wurden die Stammzellen in Kiel isoliert?"),
     "Das geht aus der Seite nicht hervor."),
    (("were BONEBANK's stem cells isolated in Lübeck?",), "The page doesn't say."),
    (("were BONEBANK's isolated stem cells stored in Kiel?",), "No."),
])
def test_a_place_of_a_step_the_page_never_places_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start", [
    # the page: "In the first phase of the BONEBANK project, a value chain was created"
    (("Hat BONEBANK Stammzellen in Hamburg gelagert?", "wurden die Stammzellen in Kiel isoliert?",
      "war das die zweite Projektphase?"), "Nein."),
    (("What did BONEBANK do?", "was that the first phase?"), "Yes."),
])
def test_a_phase_by_its_number_is_checked_against_the_one_the_page_names(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "activities" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start,pids", [
    # the page: BONEBANK's biobank "in Lübeck and Odense"; BFCC in the Baltic Sea Region,
    # NORTHOPEDICS in Schleswig-Holstein
    (("BFCC and BONEBANK: which one did LSN lead and which one just participate in?",
      "and for NORTHOPEDICS?", "and was any of them in Odense?"), "Yes.", {"bonebank"}),
    # BFCC, ELISE (Interreg) and HIHeal (ERDF, Hamburg): not all of them
    (("When did BFCC and ELISE start?", "and HIHeal?", "were all of them funded by Interreg?"),
     "No.", {"bfcc", "elise", "hiheal"}),
])
def test_them_after_two_named_and_one_since_is_all_three(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, pids: set[str]) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.text.startswith(start), reply.text
    assert pids <= set(reply.projects), reply.projects


@pytest.mark.parametrize("messages,pids", [
    # the page: BONEBANK from September 2015, BFCC from March 2016, HIHeal from 1 April 2016;
    # BRIDGE 53 (listed after BONEBANK) has no dates
    (("Wie viele Projekte gibt es insgesamt?", "Welches war das erste?", "und das danach?",
      "und das danach?", "und das davor?"), ("bonebank", "bfcc", "hiheal", "bfcc")),
    (("how many projects are there?", "which one started first?", "and the one after that?"),
     ("bonebank", "bfcc")),
])
def test_the_one_after_a_ranking_by_date_walks_that_ranking(
        kb: KnowledgeBase, messages: tuple[str, ...], pids: tuple[str, ...]) -> None:
    replies = ask(kb, *messages)[-len(pids):]
    assert tuple(r.projects[0] for r in replies) == pids, [r.text[:40] for r in replies]


@pytest.mark.parametrize("messages", [
    # the page: "This first transnational registry"; what there was before it, it never says
    ("was the BFCC registry the first transnational one?",
     "so there had been no fracture registries before?"),
    ("Tell me about BFCC", "gab es vorher keine Frakturregister?"),
])
def test_none_of_a_thing_before_the_project_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("messages,start", [
    # the page: BFCC "13 organisations from seven countries"; MAGIA by COSME; ELISE
    # "€1,217,494.00" (about 1.2 million, no billion)
    (("Erzähl mir von BFCC", "aus acht Ländern?"), "Nein."),
    (("Tell me about BFCC", "from eight countries?"), "No."),
    (("Wann lief MAGIA?", "Horizon 2020?"), "Nein."),
    (("Wie viel Geld bekam ELISE?", "1,2 Milliarden?"), "Nein."),
])
def test_a_bare_figure_or_programme_after_a_project_is_a_claim_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.answered and reply.text.startswith(start), reply.text
