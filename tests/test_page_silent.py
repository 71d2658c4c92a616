"""Questions the page can't answer though they name what it does: a follow-up it only names
asked about in detail, a thing a project made asked about today, the future, a judgement. The
reply says the page doesn't say (answered false), with what it does say where that helps."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.lists import select
from bot.understanding import Filters
from tests.conftest import ask


@pytest.mark.parametrize("text,project", [
    ("What exactly is P.I.L.O.T. Next Level about?", "pilot-next"),
    ("Was ist P.I.L.O.T. Next Level konkret?", "pilot-next"),
    ("tell me in detail what HIHeal next level transition is", "hiheal-next"),
])
def test_a_named_only_follow_up_asked_about_in_detail_is_not_described(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a follow-up the page names without describing it
    # When its overview is asked for "exactly", "konkret", "in detail"
    reply = ask(kb, text)[0]
    # Then the card says what the page gives (its predecessor), and the ask is not answered
    assert reply.intent == "overview" and reply.projects == (project,), reply.text
    assert not reply.answered


@pytest.mark.parametrize("text", ["what is HIHeal next level transition?",
                                  "Was ist P.I.L.O.T. Next Level?",
                                  "what exactly was BFCC about?"])
def test_a_plain_overview_or_a_described_project_stays_answered(
        kb: KnowledgeBase, text: str) -> None:
    # Given an overview asked without a detail word, or in detail of a described project
    reply = ask(kb, text)[0]
    # Then the card answers it
    assert reply.intent == "overview" and reply.answered, reply.text


@pytest.mark.parametrize("text,project,language", [
    ("has KI#CK ended yet?", "kick", "en"),
    ("is BRIDGE 53 still going on?", "bridge53", "en"),
    ("Ist KI#CK inzwischen beendet?", "kick", "de"),
    ("Läuft BRIDGE 53 eigentlich noch?", "bridge53", "de"),
    ("what's the status of BRIDGE 53?", "bridge53", "en"),
])
def test_a_project_without_an_end_date_is_neither_running_nor_ended(
        kb: KnowledgeBase, text: str, project: str, language: str) -> None:
    # Given a project the page lists among the past projects but gives no end date for
    # When its status is asked, as a yes/no question or plainly
    reply = ask(kb, text)[0]
    # Then no yes or no: the page gives no end date, and says it is a past project
    assert reply.intent == "status" and reply.projects == (project,), reply.text
    assert not reply.answered and reply.language == language
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text


@pytest.mark.parametrize("text,start", [("has BFCC ended?", "Yes"),
                                         ("Läuft ELISE noch?", "Nein")])
def test_a_project_with_an_end_date_still_gets_a_yes_or_no(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given a project the page gives an end date for
    reply = ask(kb, text)[0]
    # Then its status is settled by that date
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("text", "start", "answered"), [
    ("Gibt es P.I.L.O.T. Next Level schon?", "Ja. P.I.L.O.T. Next Level begann im April 2023",
     True),
    ("Läuft P.I.L.O.T. Next Level schon?", "Ja.", True),
    ("does P.I.L.O.T. Next Level exist yet?", "Yes. P.I.L.O.T. Next Level started", True),
    ("Läuft P.I.L.O.T. Next Level noch?", "Das geht aus der Seite nicht hervor", False),
    ("Ist P.I.L.O.T. Next Level schon beendet?", "Das geht aus der Seite nicht hervor", False),
    ("Gibt es HIHeal next level transition schon?", "Laut der Seite", False),
])
def test_whether_a_follow_up_has_begun_is_its_start_not_whether_it_still_runs(
        kb: KnowledgeBase, text: str, start: str, answered: bool) -> None:
    # Given P.I.L.O.T. Next Level, which the page says runs since April 2023 with no end, and
    # HIHeal next level transition, which it gives no dates for
    reply = ask(kb, text)[0]
    # When asked whether it exists or runs already ("schon", "yet"): a yes from its start; still
    # running or ended stays open, as does a follow-up without a start
    assert reply.intent == "status" and reply.answered is answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text,project,language", [
    ("Is the BONEBANK biobank still in operation today?", "bonebank", "en"),
    ("can hospitals still use the BFCC registry?", "bfcc", "en"),
    ("Kann man das Frakturregister von BFCC heute noch nutzen?", "bfcc", "de"),
    ("Existiert die Biobank von BONEBANK noch?", "bonebank", "de"),
    ("Ist die Plattform von BRIDGE 53 heute noch erreichbar?", "bridge53", "de"),
    ("Besteht die MAGIA-Allianz heute noch?", "magia", "de"),
])
def test_a_thing_a_project_made_asked_about_today_is_not_said(
        kb: KnowledgeBase, text: str, project: str, language: str) -> None:
    # Given a thing a project made (a registry, a biobank, a platform, an alliance)
    # When it is asked whether it still exists or can be used today
    reply = ask(kb, text)[0]
    # Then the page doesn't say: no "No, it has ended" (the project being over is no answer
    # about what it made) and no "Yes" from the results naming it; what the page says follows
    assert reply.intent == "status" and reply.projects == (project,), reply.text
    assert not reply.answered and reply.language == language
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text


def test_a_thing_asked_about_today_after_its_project_was_named(kb: KnowledgeBase) -> None:
    # Given a chat about BONEBANK
    # When the biobank is asked about today without the project's name
    reply = ask(kb, "tell me about BONEBANK", "is the biobank still there?")[1]
    # Then it is BONEBANK's biobank, and the page's results name it, with no yes or no
    assert reply.projects == ("bonebank",) and not reply.answered, reply.text
    assert "biobank" in reply.text and "2020" in reply.text


@pytest.mark.parametrize("text,start", [
    ("Hat BRIDGE 53 eine Plattform aufgebaut?", "Ja"),
    ("Did BONEBANK store stem cells in a biobank?", "Yes"),
    ("Is BFCC still running?", "No"),
])
def test_what_was_made_and_the_project_s_own_status_stay_answered(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given a claim that a project made a thing, or its own status, with no "today" about a thing
    reply = ask(kb, text)[0]
    # Then the page settles it
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text,language", [
    ("Is there an open call from the ERDF right now?", "en"),
    ("When is the next call for proposals?", "en"),
    ("Wann gibt es die nächste Förderrunde von Interreg?", "de"),
    ("Wann startet die nächste Ausschreibung?", "de"),
    ("Gibt es bald neue Projekte?", "de"),
])
def test_calls_and_funding_to_come_are_not_on_a_page_of_past_projects(
        kb: KnowledgeBase, text: str, language: str) -> None:
    # Given a question about a call, a funding round or projects to come
    reply = ask(kb, text)[0]
    # Then the page says nothing about the future: no list of the funder's past projects
    assert not reply.answered and reply.projects == () and reply.language == language, \
        reply.text


@pytest.mark.parametrize("text,projects", [
    # a number after a project's name is the next of its series: the project named (sets 12
    # and 29 label MAGIA alone), with the follow-up the page does name
    ("Wird es ein MAGIA3 geben?", {"magia"}),
    ("will there be a MAGIA 3?", {"magia"}),
    ("will there be a follow up to ELISE?", {"elise"}),  # it names none
    # "in Zukunft" asks of the future also in a question that is no yes/no
    ("Was wird das Nachfolgeprojekt von P.I.L.O.T. in Zukunft machen?", {"pilot", "pilot-next"}),
    ("Wann beginnt bei P.I.L.O.T. Next Level die nächste Phase?", {"pilot-next"}),  # to come
])
def test_the_future_of_a_project_is_not_on_the_page_but_its_follow_up_is(
        kb: KnowledgeBase, text: str, projects: set[str]) -> None:
    # Given a question about what comes after a project, or what it will do
    reply = ask(kb, text)[0]
    # Then the page says nothing about plans, and what it says came after the project
    assert not reply.answered and reply.intent == "follow_up", reply.text
    assert set(reply.projects) == projects
    assert "plans" in reply.text or "Pläne" in reply.text


def test_a_funder_s_past_projects_are_still_listed(kb: KnowledgeBase) -> None:
    # Given a question about a funder's projects with no word of the future
    reply = ask(kb, "which interreg projects were there?")[0]
    # Then they are listed
    assert reply.answered and set(reply.projects) == {"bfcc", "bonebank", "elise"}


@pytest.mark.parametrize("turns,project", [
    (("Was war BFCC?", "Wen können wir da heute kontaktieren?"), "bfcc"),
    (("tell me about ELISE", "who can we reach today about it?"), "elise"),
    (("who can I get in touch with at BONEBANK today?",), "bonebank"),
    (("Wen kann man heute zu MAGIA kontaktieren?",), "magia"),
    (("Who should we talk to about P.I.L.O.T. today?",), "pilot"),
])
def test_a_verb_of_getting_in_touch_asks_the_contact_also_today(
        kb: KnowledgeBase, turns: tuple[str, ...], project: str) -> None:
    # Given a project talked about or named
    # When the asker wants to contact, reach, get in touch with someone, "today"
    reply = ask(kb, *turns)[-1]
    # Then it is the contact (which the page doesn't give), not whether the project still runs
    assert reply.intent == "contact" and reply.projects == (project,), reply.text
    assert not reply.answered


@pytest.mark.parametrize("text", ["who did MAGIA want to reach?", "Wen wollte KI#CK ansprechen?"])
def test_whom_a_project_meant_to_reach_is_its_aim(kb: KnowledgeBase, text: str) -> None:
    # Given whom a project wanted to reach, a target group
    reply = ask(kb, text)[0]
    # Then it is the goal, no contact
    assert reply.intent == "goals" and reply.answered, reply.text


@pytest.mark.parametrize("text,project,language", [
    ("Did NORTHOPEDICS lead to a new implant?", "northopedics", "en"),
    ("has ELISE led to a new hospital?", "elise", "en"),
    ("Führte BONEBANK zu neuen Therapien?", "bonebank", "de"),
    ("Hat NORTHOPEDICS zu einem neuen Implantat geführt?", "northopedics", "de"),
])
def test_what_a_project_led_to_is_an_outcome_not_its_lead(
        kb: KnowledgeBase, text: str, project: str, language: str) -> None:
    # Given a claim that a project "led to" something its results don't name
    reply = ask(kb, text)[0]
    # Then it is a result claim the page doesn't settle, no answer about who led it
    assert reply.intent == "results" and reply.projects == (project,), reply.text
    assert not reply.answered and reply.language == language


@pytest.mark.parametrize("text,intent,start", [
    ("What did BFCC lead to?", "results", ""),
    ("Did BFCC lead to a transnational registry?", "results", "Yes"),
    ("Hat MAGIA zu neuen Partnerschaften geführt?", "results", "Ja"),
    ("Führte UKSH das Projekt BONEBANK?", "lead", "Ja"),
    ("was LSN leading BONEBANK?", "lead", "No"),
])
def test_what_results_name_is_a_yes_and_leading_stays_leading(
        kb: KnowledgeBase, text: str, intent: str, start: str) -> None:
    # Given an outcome the results name, or who led the project
    reply = ask(kb, text)[0]
    # Then the page settles it
    assert reply.intent == intent and reply.answered and reply.text.startswith(start), \
        reply.text


@pytest.mark.parametrize("text,projects,language", [
    ("which project do you think was the most important?", (), "en"),
    ("what was LSN's best project?", (), "en"),
    ("Welches der Projekte war Ihrer Meinung nach das erfolgreichste?", (), "de"),
    ("Was war das wichtigste Projekt?", (), "de"),
    ("Which was more successful, MAGIA or BFCC?", ("magia", "bfcc"), "en"),
    ("War MAGIA das erfolgreichste Projekt?", ("magia",), "de"),
])
def test_a_judgement_of_projects_gets_no_ranking(
        kb: KnowledgeBase, text: str, projects: tuple[str, ...], language: str) -> None:
    # Given a question for the page's judgement (most successful, best, most important)
    reply = ask(kb, text)[0]
    # Then no ranking and no card: the page judges none of its projects
    assert reply.intent == "superlative" and reply.projects == projects, reply.text
    assert not reply.answered and reply.language == language


@pytest.mark.parametrize("text", ["whats the best pizza place near the LSN office",
                                  "which is the best restaurant in Kiel?"])
def test_the_best_of_a_thing_no_project_is_is_not_a_judgement_of_projects(
        kb: KnowledgeBase, text: str) -> None:
    # Given "the best" of a thing the bot knows nothing of (a pizza place, a restaurant)
    reply = ask(kb, text)[0]
    # Then it is not taken for a ranking of the projects: not understood, with examples
    assert reply.intent == "fallback" and not reply.answered and not reply.projects, reply.text


def test_a_ranking_by_what_the_page_gives_is_still_made(kb: KnowledgeBase) -> None:
    # Given a ranking by a figure the page gives
    reply = ask(kb, "which project ran the longest?")[0]
    # Then it ranks
    assert reply.intent == "superlative" and reply.answered and reply.projects[0] == "hiheal"


@pytest.mark.parametrize("text,start", [
    ("Bestand die MAGIA-Allianz aus drei Clustern?", "Nein"),
    ("Bestand MAGIA aus vier Clustern?", "Ja"),
    ("Hatte MAGIA sechs Cluster?", "Nein"),
    ("Bestand BFCC aus zehn Partnern?", "Nein"),
])
def test_a_count_of_clusters_or_partners_claimed_is_checked(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given a claim of how many clusters or partners a project had ("bestand aus …")
    reply = ask(kb, text)[0]
    # Then it is a yes or no against the page's count, said first
    assert reply.intent == "partners" and reply.answered and reply.text.startswith(start), \
        reply.text


@pytest.mark.parametrize("text,project,intent,start", [
    ("Did the oldest project have Danish partners?", "bonebank", "places", "Yes"),
    ("War das älteste Projekt in Dänemark?", "bonebank", "places", "Ja"),
    ("Was the longest project funded by the ERDF?", "hiheal", "funding", "Yes"),
    ("Wurde das kürzeste Projekt von Interreg gefördert?", "innoreact", "funding", "Nein"),
])
def test_a_claim_about_a_ranked_project_is_checked_of_the_one_ranked(
        kb: KnowledgeBase, text: str, project: str, intent: str, start: str) -> None:
    # Given a yes/no claim whose subject is a ranking ("the oldest project")
    reply = ask(kb, text)[0]
    # Then the ranking picks the project among all (not among those the claim names), and the
    # claim is checked of it: its intent, its project, a yes or no
    assert reply.intent == intent and reply.projects[:1] == (project,), reply.text
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("turns", "project", "start"), [
    (("Welches Projekt lief am längsten?", "Lief das längste 2023 noch?"), "hiheal", "Nein"),
    (("which project ran the longest?", "was the longest one still running in 2023?"),
     "hiheal", "No"),
    (("Lief das kürzeste noch 2022?",), "innoreact", "Ja"),
])
def test_whether_the_ranked_one_still_ran_is_its_status_without_a_project_noun(
        kb: KnowledgeBase, turns: tuple[str, ...], project: str, start: str) -> None:
    # Given a superlative with no "project" after it ("das längste", "the longest one")
    # When it is claimed to have still run in a year
    reply = ask(kb, *turns)[-1]
    # Then the claim is its status, checked of the one ranked: not a ranking of those that ran
    assert reply.intent == "status" and reply.projects == (project,), reply.text
    assert reply.text.startswith(start), reply.text


def test_a_ranking_of_a_figure_about_the_project_talked_about_stays_a_ranking(
        kb: KnowledgeBase) -> None:
    # Given ELISE's grant just given
    reply = ask(kb, "how big was ELISE's grant?", "is that the largest amount on the page?")[1]
    # Then the amount is ranked, not claimed of a ranked project
    assert reply.intent == "superlative", reply.text


@pytest.mark.parametrize("text,project,answered,start", [
    ("Is the project with the biobank still running?", "bonebank", True, "No"),
    ("Läuft das Projekt mit dem Frakturregister noch?", "bfcc", True, "Nein"),
    ("is the fracture registry still running?", "bfcc", False, "Whether"),
    ("Gibt es das Frakturregister heute noch?", "bfcc", False, "Ob"),
])
def test_a_project_or_a_thing_described_asked_about_today(
        kb: KnowledgeBase, text: str, project: str, answered: bool, start: str) -> None:
    # Given no project named, only described by what it made
    reply = ask(kb, text)[0]
    # Then the project it describes: its own status is settled by its end (no "Yes" from a
    # list of one), the thing it made today is not said
    assert reply.intent == "status" and reply.projects == (project,), reply.text
    assert reply.answered == answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,project", [
    (("what's the fracture registry in BFCC?", "who uses it?", "is it still running?"), "bfcc"),
    (("who were bonebank's partners?", "Are the stem cells still stored there?"), "bonebank"),
    (("Werden die Stammzellen von BONEBANK heute noch gelagert?",), "bonebank"),
    (("what was KI#CK?", "Is the qualification programme still available today?"), "kick"),
    (("Ist das KI#CK-Programm heute noch verfügbar?",), "kick"),
    (("when did MAGIA run?", "is the biobank still there?"), "bonebank"),  # BONEBANK's biobank
])
def test_a_thing_just_spoken_of_asked_about_today_is_not_the_projects_status(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str) -> None:
    # Given a thing a project made spoken of (the registry, the stored stem cells)
    reply = ask(kb, *messages)[-1]
    # Then whether it is still there the page doesn't say: no "No" from the project's end,
    # no "Yes" from its aim
    assert (reply.intent, reply.projects, reply.answered) == ("status", (project,), False), \
        reply.text
    assert reply.text.startswith(("Whether", "Ob")), reply.text


@pytest.mark.parametrize("messages,project", [
    (("Was the BONEBANK biobank closed in 2020?",), "bonebank"),
    (("was ist bridge 53?", "Wurde die Plattform fertiggestellt?"), "bridge53"),
    (("Wurde die Biobank von BONEBANK geschlossen?",), "bonebank"),
])
def test_what_became_of_a_thing_is_not_the_projects_end(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str) -> None:
    # Given a yes/no on what became of a thing a project made (closed, finished)
    reply = ask(kb, *messages)[-1]
    # Then the page doesn't say: no "Yes" from the project's end in that year or from its
    # work on the thing, and what the page does say of it follows
    assert (reply.projects, reply.answered) == ((project,), False), reply.text
    assert reply.text.startswith(("What became of it", "Was daraus wurde")), reply.text
    assert not reply.text.startswith(("Yes", "Ja"))


@pytest.mark.parametrize("text,start", [
    ("Was BONEBANK closed in 2020?", "Yes"),
    ("Ist BONEBANK abgeschlossen?", "Ja"),
])
def test_a_project_s_own_end_claimed_stays_a_yes(kb: KnowledgeBase, text: str,
                                                 start: str) -> None:
    # Given the same words claimed of the project itself, not of a thing it made
    reply = ask(kb, text)[0]
    # Then its end answers it
    assert reply.answered and reply.text.startswith(start), reply.text


def test_a_project_that_was_a_network_asked_about_today_is_its_status(
        kb: KnowledgeBase) -> None:
    # Given a project asked for as a network (NORTHOPEDICS was one), then "still active?"
    reply = ask(kb, "Gab es bei Ihnen mal ein Netzwerk zur Knochenheilung?",
                "Ist das noch aktiv?")[-1]
    # Then the project's status: it ended in 2019
    assert reply.text.startswith("Nein") and "2019" in reply.text, reply.text


@pytest.mark.parametrize("text,start", [
    ("War Odense auch Standort der Biobank?", "Ja"),
    ("War Kiel Standort der Biobank?", "Nein"),
])
def test_a_place_claimed_of_a_thing_one_project_had_is_that_projects_place(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given no project named, a place claimed of a thing one project had (the biobank)
    reply = ask(kb, text)[0]
    # Then yes or no by that project's places, not whether a project had both
    assert (reply.intent, reply.projects) == ("places", ("bonebank",)), reply.text
    assert reply.text.startswith(start) and "Odense" in reply.text, reply.text


@pytest.mark.parametrize("text,project,answered", [
    ("did BONEBANK lead to a stem cell therapy?", "bonebank", False),
    ("Did ELISE lead to better health in Europe?", "elise", False),
    ("Hat MAGIA zu Partnerschaften in China geführt?", "magia", True),
])
def test_an_outcome_naming_a_topic_or_place_is_checked_against_the_results(
        kb: KnowledgeBase, text: str, project: str, answered: bool) -> None:
    # Given an outcome claimed with a word of the project's topic or a place it worked in
    reply = ask(kb, text)[0]
    # Then only its results settle it: the topic or the place alone is no "Yes"
    assert reply.intent == "results" and reply.projects == (project,), reply.text
    assert reply.answered == answered, reply.text


@pytest.mark.parametrize(("message", "name"), [
    ("was bonebank considered a success by the EU?", "BONEBANK"),
    ("Was halten Sie vom Projekt ELISE, war das sinnvoll?", "ELISE"),
    ("what do you think of the project KI#CK, was it worthwhile?", "KI#CK"),
])
def test_a_judgement_of_one_project_gets_what_the_page_says_not_a_verdict(
        kb: KnowledgeBase, message: str, name: str) -> None:
    # given a page that says what its projects did, never whether they were worth it
    reply = ask(kb, message)[-1]
    # then no yes or no: the page doesn't judge, and what it says of the project, as what came
    # of it (`results`, as the question writers label it)
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja", "No", "Nein"))
    assert name in reply.text and reply.intent == "results", reply.text


@pytest.mark.parametrize(("message", "name", "said"), [
    ("What was the biggest challenge in NORTHOPEDICS?", "NORTHOPEDICS", "went wrong"),
    ("what went wrong in MAGIA?", "MAGIA", "went wrong"),
    ("Welche Probleme gab es bei ELISE?", "ELISE", "schiefging"),
    ("Gab es Schwierigkeiten bei BONEBANK?", "BONEBANK", "schiefging"),
])
def test_what_went_wrong_in_a_project_is_not_on_the_page(
        kb: KnowledgeBase, message: str, name: str, said: str) -> None:
    # given a page that tells what its projects set out to do and did, no trouble they met
    reply = ask(kb, message)[-1]
    # then it says so (not the project's profile or its goal as if that answered it)
    assert not reply.answered and reply.intent == "results", reply.text
    assert name in reply.text and said in reply.text, reply.text


@pytest.mark.parametrize(("message", "project", "opens"), [
    ("Did BFCC run into 2020?", "bfcc", "No."),
    ("Did HIHeal run into 2022?", "hiheal", "Yes."),
    ("did ELISE run into the year 2021?", "elise", "Yes."),
])
def test_running_into_a_year_is_time_not_trouble(kb: KnowledgeBase, message: str,
                                                 project: str, opens: str) -> None:
    # given a project's run on the page; when whether it ran into a year is asked ("run into"
    # is also "ran into problems")
    reply = ask(kb, message)[-1]
    # then yes or no by its dates, not that the page doesn't say what went wrong
    end = kb.projects[project].end
    assert end is not None and str(end.year) in reply.text, reply.text
    assert reply.answered and reply.text.startswith(opens), reply.text
    assert ask(kb, "did BFCC run into problems in 2018?")[-1].intent == "results"


@pytest.mark.parametrize("message", [
    "what problems did ELISE address?",
    "Welche Probleme sollte ELISE lösen?",
])
def test_a_problem_a_project_set_out_to_solve_is_its_goal(kb: KnowledgeBase,
                                                         message: str) -> None:
    # given ELISE's aim on the page; when the trouble asked is one it set out to meet
    reply = ask(kb, message)[-1]
    # then its goal
    assert reply.answered and reply.intent == "goals", reply.text


@pytest.mark.parametrize("message", [
    "did elise actually reach its goals in the end",
    "did ELISE achieve what it set out to do?",
    "did BFCC meet its objectives?",
    "was elise successful?",
    "Hat ELISE seine Ziele erreicht?",
    "Wurden die Ziele von KI#CK erreicht?",
    "War ELISE ein Erfolg?",
])
def test_whether_a_project_reached_its_goals_is_not_its_goals(
        kb: KnowledgeBase, message: str) -> None:
    # given a page that gives ELISE's goals but says nothing of whether they were reached
    reply = ask(kb, message)[-1]
    # when asked whether it reached them, achieved what it set out to do, was a success
    # then what came of it, which the page doesn't say: not its goals given as the answer
    assert reply.intent == "results" and not reply.answered, reply.text
    assert not reply.text.startswith(("Goal", "Ziel")), reply.text


@pytest.mark.parametrize(("message", "intent", "start"), [
    ("was MAGIA a success?", "results", "Yes."),  # "MAGIA was successfully concluded"
    ("what was elise trying to achieve", "goals", "Goal of ELISE"),
    ("Was wollte ELISE erreichen?", "goals", "Ziel von ELISE"),
])
def test_a_success_the_page_states_and_the_goals_asked_stay_answered(
        kb: KnowledgeBase, message: str, intent: str, start: str) -> None:
    # given a page that calls MAGIA successfully concluded and gives every project's goals
    reply = ask(kb, message)[-1]
    # then the success it states is a yes, and the aim asked is the goals
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("message", "start"), [
    ("Sind bei BRIDGE 53 neue Wirkstoffe entstanden?", "Das geht aus der Seite nicht hervor."),
    ("did any new drugs come out of BRIDGE 53?", "The page doesn't say."),
    ("Stimmt es, dass beim BFCC ein Frakturregister entstanden ist?", "Ja."),
    ("did a network guide come out of NORTHOPEDICS?", "Yes."),
])
def test_what_came_out_of_a_project_is_yes_only_where_its_results_name_it(
        kb: KnowledgeBase, message: str, start: str) -> None:
    # given BRIDGE 53's aim (new drugs against infections) and no results of it on the page
    # when asked whether something came out of a project ("entstanden", "come out of")
    reply = ask(kb, message)[-1]
    # then a yes only where its results name the thing, not where its aim does
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("turns", [
    ("Wie viele Stammzellproben lagern heute in der Biobank in Odense?",),
    ("Wie viele Knochenproben wurden bei BONEBANK gesammelt?",),
    ("how many specimens were collected in BONEBANK?",),
    ("Wo finde ich die Website von ELISE?",),
    ("Wo finde ich die Homepage von BFCC?",),
    ("did BFCC have partners from seven countries?", "which ones?"),
    ("did BFCC have 13 partners?", "which ones?"),
])
def test_what_the_page_only_counts_or_points_to_is_not_answered(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given samples counted (written as a compound), a website the page gives no address of,
    # or the names of the seven countries / 13 organisations a yes/no just counted
    # Then the reply says the page doesn't give them: not answered, no list of projects
    reply = ask(kb, *turns)[-1]
    assert not reply.answered and reply.intent in ("quantity", "contact", "places", "partners"), \
        reply.text


@pytest.mark.parametrize("question", ["Wie viele Organisationen waren bei ELISE dabei?",
                                      "how many institutions took part in ELISE?"])
def test_a_count_of_organisations_where_the_page_counts_only_regions_is_silent(
        kb: KnowledgeBase, question: str) -> None:
    # Given ELISE, whose partners the page counts only as seven regions
    reply = ask(kb, question)[0]
    # When the user asks how many organisations, Then it gives the regions and says so
    assert not reply.answered and ("regions" in reply.text or "Regionen" in reply.text)


@pytest.mark.parametrize("question", ["wie hießen die partnerorganisationen von elise",
                                      "which organisations were partners in ELISE?"])
def test_the_names_of_organisations_where_the_page_names_only_regions_are_silent(
        kb: KnowledgeBase, question: str) -> None:
    # Given ELISE, whose partners the page gives only as seven regions, no organisation
    reply = ask(kb, question)[0]
    # When the user asks which organisations they were, Then it gives the regions, says the
    # page names no organisation, and is not answered; "who were the partners?" stays answered
    assert not reply.answered and reply.intent == "partners", reply.text
    assert "Organisationen" in reply.text or "organisations" in reply.text
    assert ask(kb, "Who were the partners in ELISE?")[0].answered


def test_counted_organisations_and_counted_regions_are_still_answered(kb: KnowledgeBase) -> None:
    replies = ask(kb, "how many organisations were in BFCC", "wie viele Regionen hatte ELISE")
    assert all(r.answered for r in replies) and "13" in replies[0].text


@pytest.mark.parametrize("messages", [
    ("Was lief länger, MAGIA oder MAGIA2Market?", "und welches hatte japan dabei",
     "wann genau kam japan dazu, welcher monat?"),
    ("in which month exactly was japan added to magia2market?",),
])
def test_the_month_a_target_was_added_is_not_on_the_page(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA2Market, which added Japan as a target (the page gives no date for that)
    reply = ask(kb, *messages)[-1]
    # When the month Japan was added is asked
    # Then the page doesn't say: not answered, with the follow-up's run it does give
    assert not reply.answered and reply.projects == ("magia2market",), reply.text
    assert "Japan" in reply.text and "2020" in reply.text
    # and the month the follow-up started stays answered
    assert ask(kb, "which month did magia2market start?")[0].answered


@pytest.mark.parametrize("question,said", [
    # the page: MAGIA's alliance "built networks and partnerships in the target regions"; it
    # counts no companies
    ("how many companies actually entered the US market thanks to magia", "no such figure"),
    ("Wie viele Firmen haben dank MAGIA den Markteintritt in China geschafft?",
     "Eine solche Zahl"),
])
def test_a_count_of_what_came_of_a_project_is_its_results_without_the_figure(
        kb: KnowledgeBase, question: str, said: str) -> None:
    # Given a count of companies that achieved something thanks to a project
    reply = ask(kb, question)[-1]
    # Then no such figure, with what came of it (was the partners and that the page doesn't
    # say how many companies took part)
    assert reply.intent == "results" and not reply.answered, reply.text
    assert said in reply.text.splitlines()[0], reply.text
    assert "MAGIA" in reply.text and "bioPmed" not in reply.text, reply.text


def test_how_many_companies_took_part_stays_a_quantity(kb: KnowledgeBase) -> None:
    reply = ask(kb, "how many companies took part in MAGIA?")[-1]
    assert reply.intent == "quantity" and not reply.answered, reply.text


@pytest.mark.parametrize("text,start", [
    ("war die biobank nur in lübeck?", "Nein"),
    ("war die Stammzellbank nur in Lübeck?", "Nein"),
    ("was the biobank only in Lübeck?", "No"),
])
def test_a_thing_claimed_only_at_one_place_is_its_projects_places(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given the biobank, in Lübeck and Odense (BONEBANK), claimed only in Lübeck
    reply = ask(kb, text)[0]
    # Then no, with BONEBANK's places (not "the page doesn't say" of a list)
    assert (reply.intent, reply.projects) == ("places", ("bonebank",)), reply.text
    assert reply.text.startswith(start) and "Odense" in reply.text, reply.text


@pytest.mark.parametrize("text,answered", [
    ("was hat kick konkret gemacht", True),
    ("what did KI#CK do, specifically?", True),
    ("welche Kurse hat KI#CK konkret angeboten?", False),
    ("Which specific services did InnoReAct offer?", False),
    # what it offered, asked by the verb: KI#CK's qualification programme, the thing the page
    # says it made (was "names none", as for courses asked by name); InnoReAct's "various
    # offers" name none
    ("Was hat KI#CK konkret angeboten?", True),
    ("Was wurde bei KI#CK genau angeboten?", True),
    ("what exactly did KI#CK offer?", True),
    ("Was hat InnoReAct konkret angeboten?", False),
    ("what exactly did InnoReAct offer?", False),
    ("Was bot InnoReAct konkret an?", False),
])
def test_what_a_project_did_asked_concretely_is_answered_but_its_single_offers_are_not(
        kb: KnowledgeBase, text: str, answered: bool) -> None:
    # Given projects whose activities the page tells only in general (KI#CK, InnoReAct)
    reply = ask(kb, text)[0]
    # Then "what did it do, concretely?" is what the page says it did (KI#CK's qualification
    # programme), while single courses or offers asked for are not on the page
    assert reply.intent == "activities" and reply.answered is answered, reply.text


@pytest.mark.parametrize(("message", "projects"), [
    ("how many stem cells were stored?", ("bonebank",)),
    ("wie viele Knochen wurden entnommen", ("bfcc", "bonebank", "northopedics")),
    # whom a topic's project reached, no project named: not the count of projects on it
    ("how many hospitals joined the fracture registry", ("bfcc",)),
])
def test_how_many_things_of_a_topic_is_a_figure_the_page_lacks(
        kb: KnowledgeBase, message: str, projects: tuple[str, ...]) -> None:
    # given a page that counts no stem cells or bones; when asked how many, no project named
    reply = ask(kb, message)[-1]
    # then no count of the projects on that topic: the page gives no such figure for them
    assert reply.intent == "quantity" and not reply.answered, reply.text
    assert set(reply.projects) == set(projects), reply.text


@pytest.mark.parametrize("message", ["wie viele Projekte zu Stammzellen gab es?",
                                     "how many bone projects were there?",
                                     "In wie vielen Projekten ging es um MedTech-Firmen?"])
def test_how_many_projects_on_a_topic_is_still_a_count(kb: KnowledgeBase, message: str) -> None:
    reply = ask(kb, message)[-1]
    assert reply.intent == "count" and reply.answered, reply.text


@pytest.mark.parametrize(("message", "intent", "project"), [
    ("what are the plans for P.I.L.O.T. Next Level?", "follow_up", "pilot-next"),
    ("wie ist der aktuelle Stand bei HIHeal next level transition", "status", "hiheal-next"),
])
def test_plans_and_the_state_of_a_named_follow_up_are_not_on_the_page(
        kb: KnowledgeBase, message: str, intent: str, project: str) -> None:
    # given a follow-up the page only names (no plans, no end); when asked its plans or where
    # it stands now (was its card, as if that answered it)
    reply = ask(kb, message)[-1]
    # then the page doesn't say
    assert not reply.answered and reply.intent == intent and project in reply.projects, \
        reply.text


@pytest.mark.parametrize("messages,project,said", [
    (("where can I read more about KI#CK?",), "kick", "points to nothing further about KI#CK"),
    (("Was war KI#CK?", "und wo kann ich mehr darüber lesen?"), "kick",
     "Weiteres zu KI#CK verlinkt die Seite nicht"),
    (("where can I read more about pilot next level?",), "pilot-next",
     'More about P.I.L.O.T. Next Level: the "P.I.L.O.T. Next Level" link'),
])
def test_where_to_read_more_is_where_the_page_points_or_that_it_points_nowhere(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, said: str) -> None:
    # Given a project the page links nothing for (KI#CK), and a follow-up it gives only a link
    # for (P.I.L.O.T. Next Level)
    reply = ask(kb, *messages)[-1]
    # When where to read more is asked
    # Then the reply is where the page points (a contact), or that it points nowhere, never
    # that the page doesn't describe results nobody asked for
    assert reply.intent == "contact" and reply.projects == (project,), reply.text
    assert said in reply.text and "results" not in reply.text.split(":")[0], reply.text


@pytest.mark.parametrize("turns,said", [
    (("what was MAGIA2Market?", "did small companys get market studies?"),
     "Of its predecessor MAGIA, the page says:"),
    (("Konnten Unternehmen bei MAGIA2Market Marktstudien nutzen?",),
     "Über das Vorgängerprojekt MAGIA sagt die Seite:"),
    (("did MAGIA2Market offer video trainings?",), "predecessor MAGIA"),
])
def test_a_claim_the_page_makes_of_the_predecessor_is_named_as_its(
        kb: KnowledgeBase, turns: tuple[str, ...], said: str) -> None:
    # Given MAGIA2Market, of which the page says nothing of market studies, and MAGIA, whose
    # companies "had access to market studies" / When the claim is made of MAGIA2Market
    reply = ask(kb, *turns)[-1]
    # Then it is not said of MAGIA2Market, and the reply says whose it is, with the text
    assert not reply.answered and said in reply.text, reply.text
    assert "magia" in reply.projects and ("market studies" in reply.text or
                                          "Marktstudien" in reply.text), reply.text


@pytest.mark.parametrize("text,start", [
    # Given the EU Strategy for the Baltic Sea Region, which the page ties to BFCC alone
    # When it is written without its inner article, or in other words, of ELISE and of BFCC
    ("was ELISE also part of the EU Strategy for Baltic Sea Region?", "The page doesn't say."),
    ("was ELISE part of an EU strategy for the Baltic region?", "The page doesn't say."),
    ("War ELISE Teil der EU-Strategie für Ostseeraum?", "Das geht aus der Seite nicht hervor."),
    ("was BFCC part of EU Strategy for Baltic Sea Region?", "Yes."),
])
def test_the_baltic_strategy_claimed_is_the_initiative_not_a_funder(
        kb: KnowledgeBase, text: str, start: str) -> None:
    reply = ask(kb, text)[0]
    # Then it is the initiative BFCC was part of: never a "No" by ELISE's funder
    assert reply.intent == "part_of" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text,said", [
    ("Wie viel hat das Land für P.I.L.O.T. Next Level bereitgestellt?",
     "Die Seite sagt nicht, wer P.I.L.O.T. Next Level gefördert hat."),
    ("How much did the state give P.I.L.O.T. Next Level?",
     "The page doesn't say who funded P.I.L.O.T. Next Level."),
])
def test_a_funders_money_for_a_project_without_funders_says_none_is_named(
        kb: KnowledgeBase, text: str, said: str) -> None:
    # Given P.I.L.O.T. Next Level, which the page only names (no funder, no amount)
    # When a funder's money for it is asked
    reply = ask(kb, text)[0]
    # Then the reply says the page names no funder of it, not only that no amount is given
    assert reply.intent == "amount" and not reply.answered, reply.text
    assert reply.text.startswith(said), reply.text


@pytest.mark.parametrize("message,start,said", [
    # Given NORTHOPEDICS, whose network guide the page offers for download
    ("can i download something for northopedics", "Yes.", "network guide"),
    ("Kann ich bei NORTHOPEDICS etwas herunterladen?", "Ja.", "Netzwerk-Leitfaden"),
    # and MAGIA, for which the page gives results but no link nor document
    ("can i download anything for magia", "The page points to nothing further about MAGIA",
     "MAGIA"),
    ("is there something to download for magia", "The page points to nothing further", "MAGIA"),
    ("kann ich bei magia was runterladen?", "Weiteres zu MAGIA verlinkt die Seite nicht", "USA"),
])
def test_whether_there_is_something_to_download_is_a_yes_only_with_a_download_or_link(
        kb: KnowledgeBase, message: str, start: str, said: str) -> None:
    # When someone asks whether there is anything to download, even as a request ("can I …")
    reply = ask(kb, message)[-1]
    # Then yes with where to get it where the page points to one; where it points to nothing,
    # that it doesn't (what came of the project is no download: was a "Yes." with results)
    assert reply.text.startswith(start) and said in reply.text and \
        reply.intent == "contact", reply.text
    assert reply.answered == start.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("text,word", [
    ("in wie vielen Krankenhäusern?", "13"),
    ("in wie vielen Unternehmen?", "13"),
    ("in how many companies?", "13"),
])
def test_in_how_many_hospitals_after_a_project_is_a_figure_of_it(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # Given BFCC talked about; the page counts its 13 organisations, never its hospitals or
    # companies ("in wie vielen" scored as a count of projects and counted every project)
    reply = ask(kb, "what is BFCC?", text)[-1]
    # Then a figure of BFCC the page lacks, with the count it gives
    assert reply.intent == "quantity" and reply.projects == ("bfcc",), reply.text
    assert not reply.answered and word in reply.text, reply.text


def test_in_how_many_projects_after_a_project_still_counts_projects(kb: KnowledgeBase) -> None:
    # Given BFCC talked about, when projects themselves are counted
    reply = ask(kb, "what is BFCC?", "in wie vielen Projekten?")[-1]
    # Then still the count of projects
    assert reply.intent == "count" and len(reply.projects) > 1, reply.text


@pytest.mark.parametrize("text,project", [
    ("wer hat northopedics geleitet?", "northopedics"),
    ("who led NORTHOPEDICS?", "northopedics"),
    ("who ran P.I.L.O.T. Next Level?", "pilot-next"),
])
def test_no_lead_and_nothing_else_of_who_did_it_says_so_with_what_the_page_holds(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a project the page names no lead, no partners and no LSN role for
    reply = ask(kb, text)[0]
    # Then the reply says that it names no partners either, and what it does say of it (it
    # said only "no lead named")
    assert reply.intent == "lead" and reply.projects == (project,) and not reply.answered
    assert len(reply.text.splitlines()) == 3, reply.text
    assert kb.projects[project].summary.get(reply.language) in reply.text, reply.text


@pytest.mark.parametrize("text,org", [
    # the page: KI#CK "ran by the cluster agency Life Science Nord together with the University
    # of Applied Sciences (Technischen Hochschule Lübeck and oncampus GmbH)"; BFCC "led by the
    # Life Science Nord Management GmbH"; MAGIA's partners bioPmed, Lyonbiopole, BioWin
    ("which person worked on KI#CK?", "oncampus"),
    ("welche Personen haben bei KI#CK mitgearbeitet?", "oncampus"),
    ("wer war Ansprechpartner bei BFCC?", "Life Science Nord Management GmbH"),
    ("who was the contact person for MAGIA?", "bioPmed"),
])
def test_a_person_asked_for_is_not_named_but_the_organisations_are(
        kb: KnowledgeBase, text: str, org: str) -> None:
    # Given a question for a person (the page names none)
    reply = ask(kb, text)[0]
    # Then no card: the page names no person, and the organisations it does name (was KI#CK's
    # card; the contact person only "no website, e-mail or contact person")
    assert reply.intent == "contact" and not reply.answered, reply.text
    assert org in reply.text and "When:" not in reply.text, reply.text


@pytest.mark.parametrize("text,note", [
    ("when exactly did MAGIA end?", "The page gives only the year, not the month."),
    ("Wann genau endete MAGIA?", "Die Seite nennt nur das Jahr, nicht den Monat."),
])
def test_when_exactly_of_a_year_alone_says_the_page_gives_no_more(
        kb: KnowledgeBase, text: str, note: str) -> None:
    # Given MAGIA, whose end the page gives as a year alone ("2019")
    (reply,) = ask(kb, text)
    # When when exactly it ended is asked
    # Then the year, and that the page gives no month (was the year alone, answered)
    assert reply.intent == "end" and not reply.answered and note in reply.text, reply.text
    # while an end the page gives to the month is that month, answered
    (reply,) = ask(kb, "when exactly did BFCC end?")
    assert reply.answered and "February 2019" in reply.text, reply.text


@pytest.mark.parametrize("text,org,project", [
    ("Was genau hat Lyonbiopole bei MAGIA gemacht?", "lyonbiopole", "magia"),
    ("Welche Rolle hatte Lyonbiopole bei MAGIA?", "lyonbiopole", "magia"),
    ("what did biowin do in magia?", "biowin", "magia"),
])
def test_what_one_partner_did_the_page_does_not_say_but_what_the_project_did(
        kb: KnowledgeBase, text: str, org: str, project: str) -> None:
    # Given a partner the page lists in a project (not its lead, not named in what it did)
    p = kb.projects[project]
    assert any(x.org == org for x in p.partners) and org not in p.lead
    (reply,) = ask(kb, text)
    # When what that partner did there is asked
    # Then the page doesn't say (answered false; was the project's activities, answered, or
    # Life Science Nord's role), and what the project did follows
    lang = reply.language
    assert reply.intent == "activities" and not reply.answered, reply.text
    assert kb.organisations[org].name in reply.text.splitlines()[0], reply.text
    assert p.activities.get(lang) in reply.text, reply.text
    # while a partner named in what the project did is answered by it ("LSN worked with the
    # TH Lübeck and oncampus on a qualification programme")
    (reply,) = ask(kb, "Was hat die TH Lübeck bei KI#CK gemacht?")
    assert reply.intent == "activities" and reply.answered, reply.text


@pytest.mark.parametrize("messages,project,language", [
    # Given a document the page offers (NORTHOPEDICS' network guide, InnoReAct's guide,
    # BONEBANK's competence atlas), asked of in a language the page never names for it
    (("is the NORTHOPEDICS network guide available in Danish?",), "northopedics", "en"),
    (("is there a Danish version of the NORTHOPEDICS network guide?",), "northopedics", "en"),
    (("what language is the NORTHOPEDICS guide in?",), "northopedics", "en"),
    (("Is the InnoReAct guide in German?",), "innoreact", "en"),
    (("can I get the BONEBANK competence atlas in Danish?",), "bonebank", "en"),
    (("Ist der Leitfaden von NORTHOPEDICS auf Dänisch erhältlich?",), "northopedics", "de"),
    (("Gibt es eine englische Fassung des Leitfadens zu InnoReAct?",), "innoreact", "de"),
    (("In welcher Sprache ist der InnoReAct-Leitfaden?",), "innoreact", "de"),
    (("Gibt es den Kompetenzatlas auch auf Dänisch?",), "bonebank", "de"),
    # and in a chat in English, asked in German: the guide's language, not the reply's
    (("what was the goal of northopedics", "gibt's den Netzwerk-Leitfaden auch auf Englisch?"),
     "northopedics", "de"),
])
def test_a_documents_language_is_not_a_place_nor_the_replys_language(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, language: str) -> None:
    # When someone asks whether the document is in a language
    reply = ask(kb, *messages)[-1]
    # Then the page doesn't say (was "No." with where the project was active: Denmark or
    # England read as a place claim; the German one switched the reply to English), and
    # where to get the document, in the language asked in
    assert reply.intent == "contact" and reply.projects == (project,), reply.text
    assert not reply.answered and reply.language == language, reply.text
    assert not reply.text.startswith(("No", "Nein", "Yes", "Ja")), reply.text
    assert all(r.get(language) in reply.text for r in kb.projects[project].resources
               if r.is_result), reply.text


@pytest.mark.parametrize("text", ["was the KI#CK course taught in English?",
                                  "Wurden die KI#CK-Kurse auf Englisch angeboten?"])
def test_the_language_of_a_course_is_not_a_place(kb: KnowledgeBase, text: str) -> None:
    # Given KI#CK, whose qualification programme the page describes without a language
    reply = ask(kb, text)[0]
    # Then the page doesn't say (was "No." with Schleswig-Holstein), with what it offered
    assert reply.intent == "activities" and reply.projects == ("kick",), reply.text
    assert not reply.answered and not reply.text.startswith(("No", "Nein")), reply.text


@pytest.mark.parametrize("text,funder,language", [
    ("what is interreg?", "interreg", "en"),
    ("Was ist eigentlich COSME?", "cosme", "de"),
    ("explain interreg", "interreg", "en"),
    ("erklär mir REACT-EU", "react-eu", "de"),
    ("und was ist interreg?", "interreg", "de"),
    ("what is intereg", "interreg", "en"),
    ("was ist mit Interreg Europe gemeint", "interreg-europe", "de"),
])
def test_a_programme_asked_what_it_is_is_not_explained_but_its_projects_are_named(
        kb: KnowledgeBase, text: str, funder: str, language: str) -> None:
    # Given a programme the page names only as a funder, never explaining it
    # When someone asks what it is (English or German, a typo, a lead-in)
    reply = ask(kb, text)[0]
    # Then the reply says the page doesn't explain it, before the projects it funded
    first = reply.text.splitlines()[0]
    assert kb.funders[funder].name.get(language) in first, reply.text
    assert ("doesn't explain" if language == "en" else "erklärt die Seite nicht") in first
    assert reply.intent == "list" and not reply.answered and reply.language == language
    assert set(reply.projects) == set(select(kb, Filters(funders=(funder,))).ids)


@pytest.mark.parametrize("text,funder,abbreviation,language", [
    ("What does ERDF stand for?", "erdf", "ERDF", "en"),
    ("what does EFRE mean", "erdf", "EFRE", "en"),
    ("Was bedeutet EFRE?", "erdf", "EFRE", "de"),
    ("wofür steht ESF", "esf", "ESF", "de"),
    ("whats ESF", "esf", "ESF", "en"),
    ("What is meant by ERDF?", "erdf", "ERDF", "en"),
])
def test_a_fund_abbreviation_is_spelled_out_as_the_page_gives_it(
        kb: KnowledgeBase, text: str, funder: str, abbreviation: str, language: str) -> None:
    # Given a fund the page names with its abbreviation ("European Regional Development Fund
    # (ERDF)", "(EFRE)" on NORTHOPEDICS)
    # When its abbreviation is asked about
    reply = ask(kb, text)[0]
    # Then the reply spells it out (the name the knowledge base keeps, without the brackets)
    full = kb.funders[funder].name.get(language).rsplit(" (", 1)[0]
    assert reply.text.startswith(f"{abbreviation} "), reply.text
    assert full in reply.text.splitlines()[0] and reply.answered
    assert set(reply.projects) == set(select(kb, Filters(funders=(funder,))).ids)


@pytest.mark.parametrize("text,topic,language", [
    ("what is precision medicine?", "precision-medicine", "en"),
    ("Was ist Präzisionsmedizin?", "precision-medicine", "de"),
    ("was sind stammzellen", "stem-cells", "de"),
])
def test_a_topic_asked_what_it_is_is_not_explained_but_its_projects_are_named(
        kb: KnowledgeBase, text: str, topic: str, language: str) -> None:
    reply = ask(kb, text)[0]
    first = reply.text.splitlines()[0]
    assert kb.topics[topic].name.get(language) in first, reply.text
    assert ("doesn't explain" if language == "en" else "erklärt die Seite nicht") in first
    assert reply.intent == "list" and not reply.answered
    assert set(reply.projects) == set(select(kb, Filters(topics=(topic,))).ids)


@pytest.mark.parametrize("text", ["what does the ERDF fund", "what are the interreg projects",
                                  "what's the European Union", "which projects did Interreg fund?",
                                  "Welche Projekte gab es zu Präzisionsmedizin?"])
def test_a_list_asked_of_a_term_is_no_question_what_it_is(kb: KnowledgeBase, text: str) -> None:
    # Given a question for the projects of a funder or topic, not what the term is
    reply = ask(kb, text)[0]
    # Then the plain list, with no line about the term
    assert reply.intent == "list" and reply.answered, reply.text
    assert "explain" not in reply.text and "erklärt" not in reply.text


@pytest.mark.parametrize("text", ["kann man noch stammzellen in der biobank einlagern",
                                  "Kann man noch Stammzellen einlagern?",
                                  "kann man noch etwas in der biobank einlagern"])
def test_whether_what_a_project_did_goes_on_today_is_no_yes_from_a_topic(
        kb: KnowledgeBase, text: str) -> None:
    # Given what a past project did (BONEBANK stored stem cells; it ran until August 2020)
    # When someone asks whether one can still do it ("kann man noch …", a yes/no form)
    reply = ask(kb, text)[0]
    # Then its status, never "Ja" because a project was on the topic
    assert reply.intent == "status" and reply.projects == ("bonebank",), reply.text
    assert not reply.text.startswith("Ja"), reply.text
