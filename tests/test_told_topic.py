"""A topic told before the question ("I'm writing about X. Did LSN ever do something like
that?") is what the question asks about; German compounds of a topic and a general word
("Knochenforschung") are about the topic. Facts are the page's, written out here."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("message,expected", [
    ("My thesis is on fracture registries around the Baltic Sea. Did Life Science Nord ever "
     "run a project on this?", {"bfcc"}),
    ("Wir sind ein Start-up und wollen nach China expandieren. Hatte LSN da mal ein Projekt?",
     {"magia", "magia2market"}),  # both had China as a target
    ("I'm looking into stem cell biobanks. anything like that at LSN?", {"bonebank"}),
])
def test_a_question_pointing_at_what_was_told_takes_its_conditions(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    reply = answer(message, State(), kb)
    assert set(reply.projects) == expected and reply.answered, reply.text


def test_a_question_after_the_told_topic_goes_on_with_the_project_found(
        kb: KnowledgeBase) -> None:
    reply = answer("Ich recherchiere zu Präzisionsmedizin. Gab es dazu ein Projekt, und wann "
                   "endete es?", State(), kb)
    assert "P.I.L.O.T." in reply.text and "2023" in reply.text, reply.text


@pytest.mark.parametrize("message,expected", [
    ("Welche Projekte gab es in der Knochenforschung?", {"bfcc", "bonebank", "northopedics"}),
    ("Gab es was im Infektionsbereich?", {"bridge53", "hiheal"}),
])
def test_a_compound_of_a_topic_and_a_general_word_is_the_topic(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    reply = answer(message, State(), kb)
    assert set(reply.projects) == expected, reply.text


@pytest.mark.parametrize("message,project", [
    ("About BONEBANK: what did Life Science Nord do?", "bonebank"),
    ("P.I.L.O.T. – was genau hat LSN da gemacht?", "pilot"),
])
def test_what_lsn_did_after_a_project_named_first_is_its_role_there(
    kb: KnowledgeBase, message: str, project: str
) -> None:
    reply = answer(message, State(), kb)
    assert reply.intent == "lsn_role" and reply.projects[:1] == (project,), reply.text


def test_what_lsn_did_in_a_dialog_is_its_role_in_the_project_talked_about(
        kb: KnowledgeBase) -> None:
    first = answer("when did HIHeal run?", State(), kb)
    reply = answer("and what exactly did LSN do?", first.state, kb)
    assert reply.intent == "lsn_role" and reply.projects[:1] == ("hiheal",), reply.text


@pytest.mark.parametrize("message,start,fact", [
    # the page: BFCC was part of the HealthRegion flagship of the EU Strategy for the Baltic Sea
    ("Was BFCC embedded in some larger EU programme?", "Yes.", "HealthRegion"),
    # BRIDGE 53 was part of HIHeal, which the City of Hamburg funded
    ("Gehörte BRIDGE 53 zu einem größeren Hamburger Projekt?", "Ja.", "HIHeal"),
])
def test_part_of_a_larger_whole_is_what_it_belonged_to(
    kb: KnowledgeBase, message: str, start: str, fact: str
) -> None:
    reply = answer(message, State(), kb)
    assert reply.intent == "part_of" and reply.text.startswith(start) and fact in reply.text, \
        reply.text


def test_a_larger_whole_the_names_dont_describe_gets_no_yes(kb: KnowledgeBase) -> None:
    # HIHeal had ERDF and Hamburg money; the ESF names nothing BRIDGE 53 was part of
    reply = answer("Was BRIDGE 53 part of a bigger ESF project?", State(), kb)
    assert not reply.text.startswith(("Yes", "No")) and not reply.answered, reply.text


@pytest.mark.parametrize("message", [
    "How much funding did all of the LSN projects get together?",
    "Wie viel Geld hatten alle LSN-Projekte insgesamt?",
])
def test_the_money_of_all_lsn_projects_gives_the_amounts_the_page_has(
        kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert "1" in reply.text and ("217" in reply.text) and "KI#CK" in reply.text, reply.text
    assert not reply.answered, reply.text  # no total: most projects have no amount


@pytest.mark.parametrize("message,expected", [
    ("I'm researching stem cells, fractures and bone healing for a magazine. Which of your "
     "projects went in that direction?", {"bfcc", "bonebank", "northopedics"}),
    ("Ich schreibe über Infektionen und künstliche Intelligenz. Welche Ihrer Projekte gingen "
     "in diese Richtung?", {"bridge53", "hiheal", "kick"}),
])
def test_topics_told_one_after_another_that_no_project_has_all_of_are_alternatives(
    kb: KnowledgeBase, message: str, expected: set[str]
) -> None:
    # Given several topics told before "which projects went in that direction?", no project
    # being about all of them
    reply = answer(message, State(), kb)
    # Then the projects about any of them are listed, and the title names every topic
    assert set(reply.projects) == expected and reply.answered, reply.text
    assert (" or " in reply.text or " oder " in reply.text), reply.text


def test_topics_a_project_has_all_of_still_pick_that_project(kb: KnowledgeBase) -> None:
    # Given topics only BONEBANK has both of (the page: its stem cells came from bone), asked
    # of one project
    reply = answer("Ich schreibe über Knochen und Stammzellen. Welches Projekt passt dazu?",
                   State(), kb)
    assert reply.projects == ("bonebank",), reply.text
    # And asked of projects, the topics joined by "und" are a field: any of them
    reply = answer("Ich schreibe über Knochen und Stammzellen. Welche Projekte gab es dazu?",
                   State(), kb)
    assert {"bfcc", "bonebank", "northopedics"} <= set(reply.projects), reply.text


@pytest.mark.parametrize("message,project,start", [
    ("We're a hospital looking into fracture registries around the Baltic Sea. Was there ever "
     "an LSN project like that? What was it called?", "bfcc", "Yes."),
    ("Ich schreibe über KI-Weiterbildung. Gab es bei Ihnen mal so ein Projekt, und wie hieß es?",
     "kick", "Ja."),
])
def test_whether_a_project_existed_and_its_name_is_yes_and_the_one_found(
        kb: KnowledgeBase, message: str, project: str, start: str) -> None:
    # given a topic told, then "was there a project?" and "what was it called?"
    reply = answer(message, State(), kb)
    # then yes, and the project found: the first ask is whether one existed, a list of one
    assert reply.text.startswith(start), reply.text
    assert reply.intent == "list" and reply.projects == (project,)


@pytest.mark.parametrize("messages,starts,needles", [
    # the page: InnoReAct was paid with REACT-EU money of the City of Hamburg and ended on
    # 28 February 2023; HIHeal was funded by the ERDF and the City of Hamburg
    (("Wir sind ein Förderer aus Hamburg und schauen uns Projekte an, die die Stadt "
      "mitfinanziert hat. War InnoReAct eins davon, und wann ist es ausgelaufen?",),
     "Ja.", ("Hamburg", "28. Februar 2023")),
    (("Wir sind ein Förderer aus Hamburg und schauen uns Projekte an, die die Stadt "
      "mitfinanziert hat. War InnoReAct eins davon, und wann ist es ausgelaufen?",
      "und HIHeal?"), "Ja.", ("Hamburg",)),
    # P.I.L.O.T.: ERDF and the State of Schleswig-Holstein; BFCC: Interreg Baltic Sea Region
    (("Hello, I'm a policy advisor at the Schleswig-Holstein ministry. We co-financed several "
      "LSN projects. Did we co-fund P.I.L.O.T.? And was BFCC one of ours too?",),
     "Yes.", ("No.", "Interreg")),
    (("Wir sind vom Land Schleswig-Holstein und prüfen Projekte, die wir gefördert haben. "
      "War NORTHOPEDICS eins davon?",), "Ja.", ("Schleswig-Holstein",)),
])
def test_one_of_what_the_lead_in_told_claims_its_funder(
        kb: KnowledgeBase, messages: tuple[str, ...], starts: str,
        needles: tuple[str, ...]) -> None:
    # Given a lead-in naming the asker's organisation or a condition ("Projekte, die die
    # Stadt mitfinanziert hat"), then "eins davon?", "one of ours?", "did we …?"
    reply = ask(kb, *messages)[-1]
    # Then the funder of the lead-in is the claim checked, and a question after it is answered
    assert reply.intent == "funding" and reply.text.startswith(starts), reply.text
    assert all(n in reply.text for n in needles), reply.text


def test_a_when_question_after_a_claim_claims_nothing(kb: KnowledgeBase) -> None:
    # Given a yes/no claim, then a question with a question word ("und wann ist es
    # ausgelaufen?") whose verb could claim an end
    reply = ask(kb, "War InnoReAct von Hamburg gefördert, und wann ist es ausgelaufen?")[-1]
    # Then the when is answered as a date, with no second "Ja."
    assert reply.text.count("Ja.") == 1 and "28. Februar 2023" in reply.text, reply.text


@pytest.mark.parametrize("message,needles", [
    ("InnoReAct: gibt es einen Leitfaden, und bis wann lief das Projekt?",
     ("Leitfaden", "28. Februar 2023")),
    ("InnoReAct: is there a guide, and until when did the project run?",
     ("Leitfaden", "28 February 2023")),
    ("InnoReAct: gibt es einen Leitfaden? Und wann endete dieses Projekt?",
     ("Leitfaden", "28. Februar 2023")),
])
def test_the_project_after_a_topic_asked_is_the_project_talked_about(
        kb: KnowledgeBase, message: str, needles: tuple[str, ...]) -> None:
    # Given a project named first, a question about a thing of it (the guide, a topic of
    # several projects), then "the project" ("das Projekt", "dieses Projekt")
    reply = ask(kb, message)[-1]
    # Then "the project" is the one named, not a project told of (no list of guide projects)
    assert reply.projects == ("innoreact",), reply.text
    assert all(n in reply.text for n in needles), reply.text
