"""Conventions every writer of the question sets agrees on: a count of whom a project reached
(firms, hospitals, members) or a price is a quantity the page lacks, not its partners; a person
asked for is a contact; Life Science Nord's own part is its role; how a project worked, step by
step, is its activities; a link between two projects is how they are related."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("text,pid", [
    ("How many firms joined MAGIA2Market?", "magia2market"),
    ("wie viele Unternehmen waren bei InnoReAct dabei?", "innoreact"),
    ("How many clinics took part in the BFCC registry?", "bfcc"),
    ("Wie viele Kliniken haben bei BONEBANK mitgemacht?", "bonebank"),
    ("how many members did P.I.L.O.T. have?", "pilot"),
    ("Wie viele Mitglieder hatte das HIHeal-Netzwerk?", "hiheal"),
    ("how many start ups took part in KI#CK?", "kick"),
])
def test_a_count_of_whom_a_project_reached_is_a_quantity_the_page_lacks(
    kb: KnowledgeBase, text: str, pid: str
) -> None:
    # When a message asks how many firms, hospitals or members took part in a project
    reply = ask(kb, text)[0]
    # Then it is a figure the page doesn't give, not a list of the partners
    assert reply.intent == "quantity" and reply.projects[:1] == (pid,), (text, reply.text)
    assert not reply.answered


@pytest.mark.parametrize("text,pid", [
    ("how many partner organisations did BFCC have?", "bfcc"),
    ("Wie viele Cluster bildeten die MAGIA-Allianz?", "magia"),
    ("how many partners were in ELISE?", "elise"),
])
def test_a_count_of_partners_proper_stays_partners(kb: KnowledgeBase, text: str, pid: str
                                                   ) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "partners" and reply.projects[:1] == (pid,), (text, reply.text)


@pytest.mark.parametrize("text,lang", [
    ("what does it cost to register on LSN XCHANGE?", "en"),
    ("Was kostet die Anmeldung bei LSN XCHANGE?", "de"),
])
def test_a_price_is_a_quantity_the_page_lacks_with_what_it_says_of_the_thing(
    kb: KnowledgeBase, text: str, lang: str
) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "quantity" and not reply.answered and reply.language == lang
    assert "XCHANGE" in reply.text and "BONEBANK" in reply.text  # where the page mentions it


def test_what_a_project_cost_is_still_its_amount(kb: KnowledgeBase) -> None:
    for text in ("Was hat MAGIA gekostet?", "what did ELISE cost?"):
        assert ask(kb, text)[0].intent == "amount", text


@pytest.mark.parametrize("text", [
    "Who was the contact person for BFCC at Life Science Nord?",
    "Wie hieß die Projektleiterin von InnoReAct?",
    "name of the person in charge of KI#CK?",
])
def test_a_person_asked_for_is_a_contact_with_the_lead_organisation(kb: KnowledgeBase,
                                                                     text: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "contact" and not reply.answered, (text, reply.text)
    assert "Life Science Nord" in reply.text  # the lead organisation the page names


@pytest.mark.parametrize("text", [
    "who at oncampus was responsible for KI#CK? any names?",
    "who at the TH Lübeck worked on KI#CK?",
    "wer von der oncampus GmbH hat bei KI#CK mitgemacht?",
    "Wer bei LSN war für KI#CK zuständig?",
    "who was responsible for KI#CK? any names?",
])
def test_someone_inside_a_named_organisation_is_a_person_with_the_organisations_named(
        kb: KnowledgeBase, text: str) -> None:
    # given KI#CK, which the page says LSN ran together with two others, and names no person
    kick = kb.projects["kick"]
    orgs = [kb.organisations[o].name for o in (*kick.lead, *kick.together_with)]
    # when someone at one of them, or names of the ones responsible, are asked for
    reply = ask(kb, text)[0]
    # then a person the page doesn't name: a contact, with every organisation it ran with
    assert reply.intent == "contact" and not reply.answered, (text, reply.text)
    assert reply.projects == ("kick",), (text, reply.text)
    assert "person" in reply.text.lower() and len(orgs) == 3, reply.text
    assert all(o.split()[0] in reply.text for o in orgs), (orgs, reply.text)  # (declined)


@pytest.mark.parametrize("text", [
    "who was the project manager of HIHeal",
    "Wer war Projektmanagerin bei P.I.L.O.T.?",
])
def test_a_person_asked_for_where_the_page_names_no_lead_is_a_contact_saying_so(
        kb: KnowledgeBase, text: str) -> None:
    # given a project the page names no lead for
    pid = ask(kb, text)[0].projects[0]
    assert not kb.projects[pid].lead
    # when a person who ran it is asked for
    reply = ask(kb, text)[0]
    # then a contact the page doesn't give, saying it names no lead either
    assert reply.intent == "contact" and not reply.answered, (text, reply.text)
    assert "lead" in reply.text or "Leitung" in reply.text


@pytest.mark.parametrize(("text", "intent"), [
    ("where can i find that competence atlas from bonebank", "contact"),
    ("Wo finde ich den Leitfaden von InnoReAct?", "contact"),
    ("where can I find BONEBANK's results?", "results"),
    ("Wo finde ich die Ergebnisse von InnoReAct?", "results"),
    # "get" a thing, not "find" it: where to get it, not where the project was active
    ("where do i get the northopedics network guide", "contact"),
    ("wo bekomme ich den Leitfaden von NORTHOPEDICS?", "contact"),
])
def test_where_to_find_a_thing_is_a_contact_and_results_named_stay_results(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # when asked where a project's result is, naming the thing or naming results
    reply = ask(kb, text)[0]
    # then where the page points to, as a contact or as results
    assert reply.intent == intent and reply.answered, (text, reply.text)
    pid = reply.projects[0]
    assert all(r.get(reply.language) in reply.text for r in kb.projects[pid].resources)


@pytest.mark.parametrize(("texts", "start"), [
    (("Gibt es zu InnoReAct einen Leitfaden?",), "Ja"),
    (("is there a network guide for northopedics I can download?",), "Yes"),
    (("Tell me about NORTHOPEDICS", "Gibt es wenigstens Material dazu?"), "Ja"),
    (("gab es bei northopedics irgendein ergebnis zum mitnehmen, leitfaden oder so?",), "Ja"),
])
def test_whether_there_is_something_to_read_is_a_contact_unless_results_are_named(
        kb: KnowledgeBase, texts: tuple[str, ...], start: str) -> None:
    # when asked whether there is a document, guide or material of a project
    reply = ask(kb, *texts)[-1]
    # then yes, with it and where it is: a contact; "any result ..., a guide?" stays results
    assert reply.text.startswith(start) and reply.answered, reply.text
    assert reply.intent == ("results" if "ergebnis" in texts[-1] else "contact")
    pid = reply.projects[0]
    assert all(r.get(reply.language) in reply.text for r in kb.projects[pid].resources)


def test_something_downloadable_of_the_project_talked_about_is_a_contact(
        kb: KnowledgeBase) -> None:
    # Given a question answered about NORTHOPEDICS / When "any downloadable stuff?" follows
    reply = ask(kb, "who paid for northopedics?", "any downloadable stuff?")[-1]
    # Then its network guide and where to get it, a contact
    assert (reply.intent, reply.projects, reply.answered) == ("contact", ("northopedics",), True)
    assert "network guide" in reply.text


def test_who_led_a_project_is_still_its_lead(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Wer hat BFCC geleitet?")[0]
    assert reply.intent == "lead" and reply.answered


@pytest.mark.parametrize("texts,pid,yes", [
    (("Was Life Science Nord a partner in BONEBANK?",), "bonebank", "Yes"),
    (("Tell me about HIHeal", "Was LSN involved there too?"), "hiheal", "Yes"),
    (("Erzähl mir von BFCC", "War Life Science Nord dabei auch Partner?"), "bfcc", "Ja"),
])
def test_lsn_asked_of_as_a_partner_is_its_role(kb: KnowledgeBase, texts: tuple[str, ...],
                                               pid: str, yes: str) -> None:
    reply = ask(kb, *texts)[-1]
    assert reply.intent == "lsn_role" and reply.projects[:1] == (pid,), reply.text
    assert reply.text.startswith(yes)


def test_who_lsn_worked_with_is_still_the_partners(kb: KnowledgeBase) -> None:
    for text in ("Who were LSN's partners in MAGIA?", "Mit wem arbeitete LSN bei MAGIA?"):
        assert ask(kb, text)[0].intent == "partners", text


@pytest.mark.parametrize("text,pid", [
    ("how did the BONEBANK value chain work?", "bonebank"),
    ("Wie funktionierte die Wertschöpfungskette von BONEBANK?", "bonebank"),
    ("walk me through KI#CK step by step", "kick"),
    ("Was sollte die Plattform BRIDGE 53 den Forschenden bieten?", "bridge53"),
])
def test_how_a_project_worked_is_its_activities(kb: KnowledgeBase, text: str, pid: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "activities" and reply.projects[:1] == (pid,), (text, reply.text)


@pytest.mark.parametrize("text", [
    "Is there a connection between HIHeal and BRIDGE 53?",
    "Welcher Zusammenhang besteht zwischen P.I.L.O.T. und P.I.L.O.T. Next Level?",
    "what is the link between HIHeal and HIHeal next level transition",
])
def test_a_link_between_two_projects_is_their_relation_not_a_web_link(
    kb: KnowledgeBase, text: str
) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "relations" and reply.answered and len(reply.projects) == 2, (
        text, reply.text)


@pytest.mark.parametrize("text,intent,projects", [
    # two projects named, then the link asked: how they are related (the page: HIHeal
    # included BRIDGE 53; MAGIA was continued by MAGIA2Market)
    ("HIHeal and BRIDGE 53 - what's the link?", "relations", ("hiheal", "bridge53")),
    ("MAGIA, MAGIA2Market: the link?", "relations", ("magia", "magia2market")),
    # a project and the initiative it was part of (the page: BFCC was part of the flagship
    # HealthRegion of the EU Strategy for the Baltic Sea Region): that it was part of it
    ("BFCC and HealthRegion - what's the link?", "part_of", ("bfcc",)),
    ("BFCC und HealthRegion – was ist der Link?", "part_of", ("bfcc",)),
    ("what's the link between BFCC and HealthRegion?", "part_of", ("bfcc",)),
    ("how are BFCC and HealthRegion connected?", "part_of", ("bfcc",)),
])
def test_a_link_asked_of_two_things_named_is_how_they_are_related(
    kb: KnowledgeBase, text: str, intent: str, projects: tuple[str, ...]
) -> None:
    reply = ask(kb, text)[0]
    assert (reply.intent, reply.projects) == (intent, projects) and reply.answered, (
        text, reply.text)


@pytest.mark.parametrize("text", ["Gibt es einen Link zu BONEBANK?", "BFCC - what's the link?",
                                  "what is the link for BFCC?"])
def test_a_link_alone_is_still_a_web_link(kb: KnowledgeBase, text: str) -> None:
    assert ask(kb, text)[0].intent == "contact"


@pytest.mark.parametrize("text,follow_up,since", [
    ("Was kam nach MAGIA?", "MAGIA2Market", "September 2020"),
    ("which project continued P.I.L.O.T.?", "P.I.L.O.T. Next Level", "April 2023"),
])
def test_a_follow_up_is_named_with_since_when_it_runs(kb: KnowledgeBase, text: str,
                                                     follow_up: str, since: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "follow_up" and follow_up in reply.text and since in reply.text


def test_a_hop_to_the_follow_up_says_its_start_once(kb: KnowledgeBase) -> None:
    reply = ask(kb, "the follow-up of MAGIA - when did it start?")[0]
    assert reply.text.count("September 2020") == 1, reply.text


@pytest.mark.parametrize("text,words", [
    ("Was wollte InnoReAct erreichen?", ("Resilienz",)),
    ("what was InnoReAct trying to achieve?", ("resilience",)),
    ("Welches Ziel hatte HIHeal?", ("Gesundheitswirtschaft Hamburg", "Life Science Nord")),
    ("what was HIHeal's aim?", ("Gesundheitswirtschaft Hamburg", "Life Science Nord")),
])
def test_goals_carry_the_page_key_terms(kb: KnowledgeBase, text: str, words: tuple[str, ...]
                                        ) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "goals" and all(w in reply.text for w in words), reply.text


@pytest.mark.parametrize("texts,yes", [
    (("What was MAGIA?", "was Japan eventually a target as well?"), "Yes"),
    (("Wann lief MAGIA?", "Wurde Japan irgendwann auch Zielland?"), "Ja"),
])
def test_a_claim_made_true_later_by_the_follow_up_is_yes_with_it(
    kb: KnowledgeBase, texts: tuple[str, ...], yes: str
) -> None:
    # When a claim with "later", "eventually", "später" fails for the project but holds for its
    # follow-up
    reply = ask(kb, *texts)[-1]
    # Then it is yes, with the follow-up, which the reply lists; "it" stays the project asked of
    assert reply.text.startswith(yes) and "MAGIA2Market" in reply.text, reply.text
    assert set(reply.projects) == {"magia", "magia2market"}
    assert ask(kb, *texts, "who funded it?")[-1].projects == ("magia",)


def test_without_later_the_claim_stays_no(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was Japan a target country of MAGIA?")[0]
    assert reply.text.startswith("No") and reply.projects == ("magia",)


def test_lsn_role_in_magia_carries_the_aim_of_its_alliance(kb: KnowledgeBase) -> None:
    for text, word in (("What did Life Science Nord do in MAGIA?", "China"),
                       ("Welche Rolle hatte LSN bei MAGIA?", "USA")):
        reply = ask(kb, text)[0]
        assert reply.intent == "lsn_role" and word in reply.text, reply.text


@pytest.mark.parametrize("texts,follow_up", [
    (("When did MAGIA end?", "and what continued it?"), "magia2market"),
    (("Tell me about HIHeal", "what carried on its work?"), "hiheal-next"),
])
def test_what_continues_it_asks_for_the_follow_up(kb: KnowledgeBase, texts: tuple[str, ...],
                                                 follow_up: str) -> None:
    reply = ask(kb, *texts)[-1]
    assert reply.intent == "follow_up" and follow_up in reply.projects, reply.text


def test_what_it_continues_still_asks_for_the_predecessor(kb: KnowledgeBase) -> None:
    reply = ask(kb, "what does MAGIA2Market continue?")[0]
    assert reply.intent == "predecessor" and "magia" in reply.projects


def test_a_wrong_link_claim_lists_the_project_the_no_speaks_of(kb: KnowledgeBase) -> None:
    # When a claim links a project to the wrong parent
    reply = ask(kb, "War BRIDGE 53 ein Teilprojekt von MAGIA?")[0]
    # Then the no states the real parent, and the reply lists it, not the one wrongly named
    assert reply.text.startswith("Nein") and "HIHeal" in reply.text
    assert set(reply.projects) == {"bridge53", "hiheal"}


@pytest.mark.parametrize("text", [
    "Who's the contact person at LSN for the past projects?",
    "what's the phone number of Life Science Nord?",
    "Wer ist Ansprechpartner für die vergangenen Projekte?",
    "Haben Sie eine E-Mail-Adresse von LSN?",
])
def test_a_contact_asked_of_lsn_or_of_no_project_says_the_page_gives_none(
        kb: KnowledgeBase, text: str) -> None:
    # given the page, which names no phone number, e-mail address or person (the knowledge
    # base holds none), when a contact is asked for with no project
    reply = ask(kb, text)[0]
    # then a contact the page doesn't give, about no project, never the list of projects
    assert reply.intent == "contact" and not reply.answered and reply.projects == (), reply.text


def test_a_contact_asked_after_a_project_is_that_projects(kb: KnowledgeBase) -> None:
    reply = ask(kb, "who led BFCC?", "who is the contact person?")[-1]
    assert reply.intent == "contact" and reply.projects == ("bfcc",)


@pytest.mark.parametrize(("text", "pid", "lead"), [
    ("Wer war Projektleiter bei NORTHOPEDICS?", "northopedics", "keine Leitung"),
    ("wer war da projektleiter bei ELISE?", "elise", "keine Leitung"),
    ("Wer war Projektleiter von BONEBANK?", "bonebank", "UKSH"),
    ("Wer war die Projektleiterin von BFCC?", "bfcc", "Life Science Nord"),
])
def test_the_german_projektleiter_is_a_person_with_the_lead_organisation(
        kb: KnowledgeBase, text: str, pid: str, lead: str) -> None:
    # given a project with or without a lead on the page ("Projektleiter" asks for a person:
    # every set since 34 labels it contact; docs/labels.md, flipped in session 17)
    # when the Projektleiter is asked for
    reply = ask(kb, text)[0]
    # then the page names no person, and the lead organisation or that it names none follows
    assert reply.intent == "contact" and not reply.answered and reply.projects == (pid,)
    assert reply.text.startswith("Eine Person nennt die Seite") and lead in reply.text, \
        reply.text


@pytest.mark.parametrize(("text", "start"), [
    ("Wer hatte bei BONEBANK die Projektleitung?", "BONEBANK wurde vom UKSH"),
    ("War LSN bei BONEBANK Projektleiter?", "Nein."),
])
def test_the_projektleitung_and_an_organisation_claimed_as_projektleiter_are_the_lead(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # given the lead asked as "Projektleitung", or an organisation claimed to be it
    reply = ask(kb, text)[0]
    # then the lead organisation answers it
    assert reply.intent == "lead" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text", [
    "Wie viel kostete die Teilnahme am KI#CK-Qualifizierungsprogramm pro Person?",
    "how many patients were entered into the BFCC registry?",
    "Wie viele Patientinnen und Patienten wurden im BFCC-Register erfasst?",
    "Wie viele Patienten hat BONEBANK eingeschlossen?",
])
def test_a_price_per_person_or_a_count_of_patients_is_a_figure_the_page_lacks(
        kb: KnowledgeBase, text: str) -> None:
    # when a fee per person or a number of patients is asked
    reply = ask(kb, text)[0]
    # then a figure the page doesn't give, not the project's funding (was a confident answer)
    assert reply.intent == "quantity" and not reply.answered, (text, reply.text)


def test_how_many_patients_after_whether_one_existed_is_asked_too(kb: KnowledgeBase) -> None:
    # Given a yes/no whether a registry existed, then how many patients it held
    reply = ask(kb, "Gab es ein Register zu Frakturen im Ostseeraum? Und wie viele "
                    "Patientinnen und Patienten wurden darin erfasst?")[0]
    # Then yes, BFCC's, and that the page gives no such figure (no confident answer)
    assert reply.text.startswith("Ja.") and "BFCC" in reply.text and not reply.answered, \
        reply.text


@pytest.mark.parametrize("text", [
    "Could you tell me what the final evaluation of KI#CK found?",
    "Wie wurde BONEBANK evaluiert?",
])
def test_an_evaluation_asked_for_is_a_judgement_the_page_does_not_give(
        kb: KnowledgeBase, text: str) -> None:
    reply = ask(kb, text)[0]
    assert not reply.answered, (text, reply.text)


def test_a_project_continued_in_something_asks_its_follow_up(kb: KnowledgeBase) -> None:
    reply = ask(kb, "did HIHeal continue in something?")[0]
    assert reply.intent == "follow_up" and reply.text.startswith("Yes.")
    assert set(reply.projects) == {"hiheal", "hiheal-next"}


@pytest.mark.parametrize("text,pid,answered", [
    # the page gives KI#CK no end date; P.I.L.O.T. ended on 31 March 2023
    ("Kann man sich heute noch für das KI#CK-Programm anmelden?", "kick", False),
    ("can we still sign up for KI#CK?", "kick", False),
    ("Kann man bei P.I.L.O.T. noch mitmachen?", "pilot", True),
])
def test_whether_one_can_still_take_part_asks_whether_it_still_runs(
        kb: KnowledgeBase, text: str, pid: str, answered: bool) -> None:
    # when someone asks whether they can still sign up or take part
    reply = ask(kb, text)[0]
    # then whether the project still runs (a yes/no takes the intent of the fact it checks),
    # not how to register
    assert reply.intent == "status" and reply.projects[:1] == (pid,), (text, reply.text)
    assert reply.answered is answered, (text, reply.text)
