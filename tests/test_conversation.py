"""The pure core, `answer(text, state, kb)`: question types, honesty, follow-ups, hostile input."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.answers import fmt_money
from bot.conversation import State, answer, answer_about
from bot.knowledge import KnowledgeBase, load
from bot.lists import difference_answer
from tests.conftest import ask, hostile_strings

ROOT = Path(__file__).resolve().parent.parent

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "sources" / "past-projects.txt"
MAIN = ("bfcc", "bonebank", "bridge53", "elise", "hiheal", "innoreact", "kick", "magia",
        "magia2market", "northopedics", "pilot")


# --------------------------------------------------------------------------- every project


@pytest.mark.parametrize("pid", MAIN + ("hiheal-next", "pilot-next"))
@pytest.mark.parametrize("lang,template", [("en", "tell me about {}"), ("de", "Was ist {}?")])
def test_overview_for_every_project_in_both_languages(
    kb: KnowledgeBase, pid: str, lang: str, template: str
) -> None:
    # Given a project's name as written on the page
    project = kb.projects[pid]
    # When someone asks what it is
    reply = answer(template.format(project.name), State(), kb)
    # Then the card names it and gives the summary in the question's language; a follow-up
    # the page only names is told by its link, so the project it continues is named too
    told = (pid, project.follows) if project.follow_up_only else (pid,)
    assert reply.intent == "overview" and reply.projects == told and reply.answered
    assert reply.language == lang
    assert project.summary.get(lang) in reply.text


@pytest.mark.parametrize("text,word", [("was war bfcc überhaupt", "Frakturregister"),
                                       ("what was BFCC?", "registry")])
def test_the_card_of_a_project_names_what_the_page_says_it_built_first(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # Given BFCC, whose paragraph is mostly about the first transnational fracture registry
    reply = answer(text, State(), kb)
    # When asked what it was, the card's summary names the registry, not only the network
    assert reply.intent == "overview" and word in reply.text.splitlines()[1], reply.text


@pytest.mark.parametrize("pid", ("hiheal-next", "pilot-next"))
def test_it_after_a_follow_ups_card_is_the_follow_up_not_the_project_it_continues(
    kb: KnowledgeBase, pid: str
) -> None:
    # Given the card of a follow-up the page only names (it names the project it continues)
    first = answer(f"what is {kb.projects[pid].name}?", State(), kb)
    assert kb.projects[pid].follows in first.projects
    # When the next question says "it"
    reply = answer("when did it start?", first.state, kb)
    # Then "it" is the follow-up alone
    assert reply.projects == (pid,) and reply.intent == "start"


def test_what_pilot_next_level_does_is_what_the_page_says_it_carries_on(
    kb: KnowledgeBase
) -> None:
    # Given the page's one line on P.I.L.O.T. Next Level (it continues and expands
    # P.I.L.O.T.'s network activities)
    # When someone asks what happens in it, after asking what it is
    first = answer("Was ist P.I.L.O.T. Next Level?", State(), kb)
    reply = answer("und was passiert darin", first.state, kb)
    # Then that line is the answer, about both projects, and answered
    assert reply.intent == "activities" and reply.answered
    assert set(reply.projects) == {"pilot", "pilot-next"}
    assert kb.projects["pilot-next"].activities.get("de") in reply.text
    # while the page's silence on HIHeal next level transition stays unanswered
    other = answer("what did HIHeal next level transition do?", State(), kb)
    assert not other.answered and other.projects == ("hiheal-next",)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@pytest.mark.parametrize("pid", MAIN)
def test_dates_state_the_page_dates_or_admit_they_are_unknown(kb: KnowledgeBase, pid: str) -> None:
    project = kb.projects[pid]
    reply = answer(f"when did {project.name} run?", State(), kb)
    assert reply.intent == "dates" and reply.projects == (pid,)
    if project.start and project.end:
        assert reply.answered
        for date in (project.start, project.end):  # written out here, not by fmt_date
            month = MONTHS[date.month - 1] if date.month else ""
            assert " ".join(str(x) for x in (date.day, month, date.year) if x) in reply.text
    else:
        assert not reply.answered
        assert "doesn't" in reply.text or "no dates" in reply.text


@pytest.mark.parametrize("pid", MAIN)
def test_funding_names_every_funder_or_says_it_is_not_stated(kb: KnowledgeBase, pid: str) -> None:
    project = kb.projects[pid]
    reply = answer(f"Wer hat {project.name} gefördert?", State(), kb)
    assert reply.language == "de" and reply.intent == "funding"
    if project.funding and not project.funding_note:
        for funder in project.funding:
            assert kb.funders[funder].name.de in reply.text
    elif not project.funding and not project.part_of:
        assert not reply.answered


def test_given_bridge53_when_asked_for_dates_then_it_admits_and_offers_hiheal(
    kb: KnowledgeBase,
) -> None:
    reply = answer("When did BRIDGE 53 run?", State(), kb)
    assert not reply.answered
    assert "HIHeal" in reply.text and "2016" in reply.text and "2022" in reply.text


def test_elise_amount_is_the_corrected_figure_in_both_formats(kb: KnowledgeBase) -> None:
    en = answer("who funded ELISE and how much?", State(), kb)
    de = answer("Wie viel Geld bekam ELISE?", State(), kb)
    assert "€1,217,494" in en.text and "million" not in en.text
    assert "1.217.494 €" in de.text and de.language == "de"


def test_kick_amounts_are_approximate_and_attributed(kb: KnowledgeBase) -> None:
    reply = answer("how much funding did KI#CK receive", State(), kb)
    assert "about €193,000" in reply.text and "about €249,000" in reply.text
    assert "European Social Fund" in reply.text


def test_unknown_budget_is_not_answered(kb: KnowledgeBase) -> None:
    reply = answer("what was the budget of BFCC?", State(), kb)
    assert reply.intent == "amount" and not reply.answered
    assert "Interreg Baltic Sea Region" in reply.text


@pytest.mark.parametrize(
    "question,intent",
    [
        ("who led BONEBANK?", "lead"),
        ("what was the goal of BRIDGE 53?", "goals"),
        ("what were the results of BFCC and where can I find them?", "results"),
        ("which countries were part of ELISE?", "places"),
        ("how many partners did BFCC have", "partners"),
        ("what was Life Science Nord's role in BONEBANK?", "lsn_role"),
        ("what came after MAGIA?", "follow_up"),
        ("what was the predecessor of MAGIA2Market?", "predecessor"),
        ("was BRIDGE 53 part of a larger project?", "part_of"),
        ("what did HIHeal include?", "contains"),
        ("is ELISE still running?", "status"),
        ("how long did InnoReAct run?", "duration"),
        ("wann begann NORTHOPEDICS?", "start"),
        ("wann endete P.I.L.O.T.?", "end"),
        ("what does P.I.L.O.T. stand for?", "overview"),
    ],
)
def test_question_types(kb: KnowledgeBase, question: str, intent: str) -> None:
    reply = answer(question, State(), kb)
    # A link between projects names the project it reaches too ("MAGIA was continued by …").
    named = 2 if intent in ("follow_up", "predecessor", "part_of", "contains") else 1
    assert reply.intent == intent and reply.answered and len(reply.projects) == named


def test_duration_is_computed_at_the_page_precision(kb: KnowledgeBase) -> None:
    assert "14 months" in answer("how long did InnoReAct run?", State(), kb).text
    assert "3 years" in answer("how long did BFCC run", State(), kb).text
    assert "6 Jahre und 9 Monate" in answer("Wie lange lief HIHeal?", State(), kb).text
    magia = answer("how long did MAGIA run?", State(), kb).text
    assert "only the years" in magia and "2018" in magia


# --------------------------------------------------------------------------- lists


def test_erdf_filter_finds_northopedics_whose_page_says_efre(kb: KnowledgeBase) -> None:
    reply = answer("which projects did the ERDF fund?", State(), kb)
    assert reply.intent == "list"
    assert {"bonebank", "hiheal", "innoreact", "northopedics", "pilot"} <= set(reply.projects)
    assert "bfcc" not in reply.projects and "elise" not in reply.projects


def test_year_filter_uses_dates_and_names_what_it_cannot_place(kb: KnowledgeBase) -> None:
    reply = answer("welche Projekte liefen 2018?", State(), kb)
    # The page's runs that include 2018 (BFCC 2016-19, BONEBANK 2015-20, ELISE 2017-21,
    # HIHeal 2016-22, MAGIA 2018-19, NORTHOPEDICS 2016-19)
    expected = {"bfcc", "bonebank", "elise", "hiheal", "magia", "northopedics"}
    assert set(reply.projects) == expected and reply.language == "de"
    # 2021 is ELISE's last year
    assert set(answer("welche Projekte liefen 2021?", State(), kb).projects) == {
        "elise", "hiheal", "magia2market", "pilot"}
    assert "BRIDGE 53" in reply.text and "KI#CK" in reply.text  # named as left out


def test_combined_filter(kb: KnowledgeBase) -> None:
    reply = answer("ERDF projects running in 2021", State(), kb)
    assert set(reply.projects) == {"hiheal", "pilot"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which projects started before 2017?", {"bfcc", "bonebank", "hiheal", "northopedics"}),
        ("projects that ended in 2023", {"innoreact", "magia2market", "pilot"}),
        ("projects about stem cells", {"bonebank"}),
        ("Projekte zum Thema Künstliche Intelligenz", {"kick"}),
        ("projects in Denmark", {"bonebank"}),
        ("which projects targeted Japan?", {"magia2market"}),
        ("which projects involved UKSH?", {"bonebank"}),
        ("Interreg projects", {"bfcc", "bonebank", "elise"}),
    ],
)
def test_filters(kb: KnowledgeBase, question: str, expected: set[str]) -> None:
    assert set(answer(question, State(), kb).projects) == expected


def test_superlatives_and_counts(kb: KnowledgeBase) -> None:
    assert answer("which project ran longest?", State(), kb).projects == ("hiheal",)
    assert answer("which project was the shortest?", State(), kb).projects == ("innoreact",)
    assert answer("which project started first?", State(), kb).projects == ("bonebank",)
    assert answer("which project had the largest grant?", State(), kb).projects == ("elise",)
    count = answer("how many projects were there?", State(), kb)
    assert count.intent == "count" and str(len(MAIN)) in count.text


def test_still_running_says_all_ended_and_names_follow_ups(kb: KnowledgeBase) -> None:
    reply = answer("which projects are still running?", State(), kb)
    assert "ended" in reply.text and "P.I.L.O.T. Next Level" in reply.text


# --------------------------------------------------------------------------- conversation


def test_follow_up_without_project_refers_to_the_last_one(kb: KnowledgeBase) -> None:
    first, second, third = ask(kb, "Wer hat ELISE gefördert?", "und wann endete es?",
                               "und MAGIA2Market?")
    assert second.projects == ("elise",) and second.intent == "end" and "2021" in second.text
    assert third.projects == ("magia2market",) and third.intent == "end"
    assert third.language == "de"


def test_which_of_them_refers_to_the_last_list(kb: KnowledgeBase) -> None:
    erdf, longest = ask(kb, "which projects did the ERDF fund?", "which of them ran longest?")
    # Then the winner comes first, and each project of the list with a duration is compared
    assert longest.projects[0] == "hiheal" and longest.text.startswith("HIHeal ran longest")
    assert len(longest.projects) > 2 and set(longest.projects) <= set(erdf.projects)
    assert all(kb.projects[p].name in longest.text for p in longest.projects)


def test_clarification_then_second_one(kb: KnowledgeBase) -> None:
    question, choice = ask(kb, "when did magiaa run?", "the second one")
    assert question.intent == "clarify" and not question.answered
    assert [b.label for b in question.choices] == ["MAGIA", "MAGIA2Market"]
    assert choice.projects == ("magia2market",) and choice.intent == "dates"


def test_it_right_after_a_short_list_asks_which_one_even_with_words_of_its_own(
    kb: KnowledgeBase
) -> None:
    # Given a list of two projects just given (BRIDGE 53 and HIHeal, on infection)
    # When "it" is asked about with a word the bot doesn't know as a name or topic, and that
    # neither project's texts hold ("scientists", which BRIDGE 53's do, picks it: see
    # tests/test_dialog_references.py)
    listed, which, choice = ask(kb, "was there a project for infectious diseases?",
                                "what did it offer beginners", "the first one")
    # Then which of the two is meant, not "I didn't understand"; then the answer about it
    assert which.intent == "clarify" and [b.label for b in which.choices] == [
        kb.projects[p].name for p in listed.projects]
    assert choice.intent == "activities" and choice.projects == (listed.projects[0],)


def test_unknown_project_is_said_not_to_exist(kb: KnowledgeBase) -> None:
    reply = answer("what is GENOMIX?", State(), kb)
    assert reply.intent == "unknown_project" and not reply.answered and not reply.projects
    assert "GENOMIX" in reply.text


@pytest.mark.parametrize("text", [
    "did Life Science Nord work on the Interreg project BIOREG5?",
    "what was NEURO2GO about?",
    "war LSN Partner im Projekt FRAKTUR4ALL?",
])
def test_names_of_letters_and_digits_are_names_not_typos(kb: KnowledgeBase, text: str) -> None:
    # Given a name that mixes letters and digits and resembles a topic ("BIOREG", "FRAKTUR")
    reply = answer(text, State(), kb)
    # Then it is an unknown project, never a confident list of look-alike topics
    assert reply.intent == "unknown_project" and not reply.answered and not reply.projects
    assert not reply.text.startswith(("Yes", "Ja"))


@pytest.mark.parametrize("text,name", [
    ("what about the BRIDGE 54 project?", "BRIDGE 54"),
    ("Wann lief BRIDGE 52?", "BRIDGE 52"),
])
def test_a_known_name_with_another_number_is_an_unknown_project(
        kb: KnowledgeBase, text: str, name: str) -> None:
    # Given BRIDGE 53, a name ending in its number, written with another number
    reply = answer(text, State(), kb)
    # Then it is a project the page doesn't have (offering BRIDGE 53), not "not understood"
    assert reply.intent == "unknown_project" and not reply.answered and not reply.projects
    assert name in reply.text and "BRIDGE 53" in reply.text, reply.text
    # while the name with its own number is the project
    assert answer("Wann lief BRIDGE 53?", State(), kb).projects == ("bridge53",)


@pytest.mark.parametrize("text,name", [
    ("did LSN ever run a project named Bone Healing Network?", "Bone Healing Network"),
    ("was there a project called Infection Bridge?", "Infection Bridge"),
    ("Gab es ein Vorhaben mit dem Namen Fraktur Atlas?", "Fraktur Atlas"),
    ("Welches Projekt heißt Hamburg Health?", "Hamburg Health"),
])
def test_the_words_after_called_are_a_name_not_a_topic(kb: KnowledgeBase, text: str,
                                                       name: str) -> None:
    # Given a name after "called"/"namens" whose words are topics or places of the page
    reply = answer(text, State(), kb)
    # Then it is a project the page doesn't have, never a confident list of that topic
    assert reply.intent == "unknown_project" and not reply.answered and not reply.projects
    assert name in reply.text and not reply.text.startswith(("Yes", "Ja"))


@pytest.mark.parametrize("text,pid", [("Is there a project called BONEBANK?", "bonebank"),
                                      ("Gibt es ein Projekt namens ELISE?", "elise")])
def test_a_known_name_after_called_is_that_project(kb: KnowledgeBase, text: str,
                                                   pid: str) -> None:
    reply = answer(text, State(), kb)
    assert reply.projects == (pid,) and reply.answered


@pytest.mark.parametrize("text,lang", [
    ("Which projects are running at the moment?", "en"),
    ("What is Life Science Nord currently working on?", "en"),
    ("Woran arbeitet LSN zurzeit?", "de"),
    ("Welche Projekte laufen momentan?", "de"),
])
def test_present_work_is_not_on_the_page(kb: KnowledgeBase, text: str, lang: str) -> None:
    # Given a question about what LSN works on now, no project named
    reply = answer(text, State(), kb)
    # Then the page's past projects are not passed off as current: not answered, and the
    # follow-ups the page names (without an end date) are offered
    assert not reply.answered and reply.language == lang
    assert "P.I.L.O.T. Next Level" in reply.text and "HIHeal next level transition" in reply.text
    assert "BONEBANK" not in reply.text


@pytest.mark.parametrize("text", ["Which projects are still running?",
                                  "Welche Projekte laufen derzeit noch?",
                                  "are there any current projects?", "gibt es laufende projekte",
                                  "welche aktuellen projekte gibt es?"])
def test_still_running_asks_of_the_pages_projects(kb: KnowledgeBase, text: str) -> None:
    # "still" asks which of the page's projects run on: all have ended, says the page
    reply = answer(text, State(), kb)
    assert reply.intent == "status" and reply.answered


@pytest.mark.parametrize("text", ["is there any project now running I can join?",
                                  "can I join a project?",
                                  "gibt es ein projekt, das gerade läuft und bei dem ich "
                                  "mitmachen kann?", "kann ich bei einem projekt mitmachen?"])
def test_a_project_to_join_now_asks_whether_any_still_runs(kb: KnowledgeBase, text: str) -> None:
    # Given no project talked about
    reply = answer(text, State(), kb)
    # When one to join now is asked for ("now running", "mitmachen kann")
    # Then all have ended, says the page, with the follow-ups it names (was the whole list,
    # or the fallback)
    assert reply.intent == "status" and "P.I.L.O.T. Next Level" in reply.text, reply.text


@pytest.mark.parametrize("text", ["hey was macht ihr so für projekte",
                                  "Was machen Sie für Projekte?",
                                  "what kind of projects do you do?"])
def test_the_kind_of_projects_the_cluster_does_is_the_list(kb: KnowledgeBase, text: str) -> None:
    # Given no project talked about
    reply = answer(text, State(), kb)
    # When what projects "you" do is asked ("was macht ihr" alone asks what the bot does)
    # Then the page's projects are listed (was the help text, or "Which project do you mean?")
    assert reply.intent == "list" and len(reply.projects) == 11, reply.text


def test_a_named_follow_up_now_keeps_its_own_answer(kb: KnowledgeBase) -> None:
    reply = answer("Is HIHeal next level transition currently running?", State(), kb)
    assert reply.projects == ("hiheal-next",) and not reply.answered


@pytest.mark.parametrize("text,lang,place", [
    ("which French partner took part in ELISE?", "en", "France"),
    ("Wer war der litauische Partner bei ELISE?", "de", "Litauen"),
])
def test_a_partner_by_country_the_page_names_only_as_a_country(
        kb: KnowledgeBase, text: str, lang: str, place: str) -> None:
    # Given a project whose partners the page gives by country only (ELISE: seven regions)
    reply = answer(text, State(), kb)
    # Then no organisation is made up: not answered, and the countries it gives are said
    assert reply.intent == "partners" and reply.projects[:1] == ("elise",)
    assert not reply.answered and reply.language == lang and place in reply.text
    assert "Poland" in reply.text or "Polen" in reply.text


@pytest.mark.parametrize("text,org", [("which partner in MAGIA came from France?", "Lyonbiopole"),
                                      ("Wer war der belgische Partner bei MAGIA?", "BioWin")])
def test_a_partner_by_country_the_page_names(kb: KnowledgeBase, text: str, org: str) -> None:
    reply = answer(text, State(), kb)
    assert reply.answered and reply.text.split("\n")[0].endswith(f"{org}.")


@pytest.mark.parametrize("text,lang", [("how many partners were in BONEBANK altogether?", "en"),
                                       ("Mit wie vielen Partnern arbeitete BONEBANK?", "de")])
def test_no_partner_count_where_the_page_names_some_and_counts_none(
        kb: KnowledgeBase, text: str, lang: str) -> None:
    # Given a project naming one partner and describing others (the hospitals), with no total
    reply = answer(text, State(), kb)
    # Then the count is said to be unknown, before what the page does name
    assert reply.intent == "partners" and not reply.answered and reply.language == lang
    assert "Life Science Nord" in reply.text and "Odense" in reply.text


def test_a_partner_count_of_a_complete_list_is_still_answered(kb: KnowledgeBase) -> None:
    assert answer("how many partners did MAGIA have?", State(), kb).answered


@pytest.mark.parametrize("text,lang", [("Which projects had Finnish partners?", "en"),
                                       ("Gab es Projekte mit Partnern aus Estland?", "de")])
def test_a_baltic_country_the_page_never_names_is_not_ruled_out(
        kb: KnowledgeBase, text: str, lang: str) -> None:
    # Given a country the page never names, around the Baltic Sea where BFCC's seven
    # (unnamed) countries lie
    reply = answer(text, State(), kb)
    # Then no confident "none": the page can't rule it out, and BFCC's count is said
    assert not reply.answered and reply.language == lang and "BFCC" in reply.text
    assert ("seven" if lang == "en" else "sieben") in reply.text


def test_a_country_far_from_the_baltic_is_still_no_match(kb: KnowledgeBase) -> None:
    reply = answer("which projects had partners in Brazil?", State(), kb)
    assert reply.answered and not reply.projects and "BFCC" not in reply.text


@pytest.mark.parametrize("text", ["projects with partners in Scandinavia apart from Denmark?",
                                  "Welche Projekte hatten Partner in Skandinavien ohne Dänemark, "
                                  "etwa in Schweden?"])
def test_an_excluded_place_is_not_the_answer(kb: KnowledgeBase, text: str) -> None:
    # Given a place named to be left out
    reply = answer(text, State(), kb)
    # Then it is no condition: BONEBANK (Denmark) is not listed as the answer
    assert "BONEBANK" not in reply.text and reply.projects != ("bonebank",)


def test_a_project_name_with_digits_is_still_found_when_misspelt(kb: KnowledgeBase) -> None:
    for text, pid in (("who funded Brigde53?", "bridge53"), ("Magia2Markt dates", "magia2market"),
                      ("which projects dealt with COVID19?", "innoreact")):
        assert pid in answer(text, State(), kb).projects, text


def test_counting_something_the_page_never_counts(kb: KnowledgeBase) -> None:
    # "how many" of a thing the page doesn't count, about projects a filter points to
    one, = ask(kb, "how many employees did the Odense biobank have?")
    assert one.intent == "quantity" and not one.answered and one.projects == ("bonebank",)
    # while counting projects still counts projects
    projects, = ask(kb, "how many projects were about bone healing?")
    assert projects.intent == "count" and projects.answered and len(projects.projects) >= 1


def test_what_a_name_stands_for(kb: KnowledgeBase) -> None:
    spelled, german, silent = ask(kb, "BFCC is short for what?", "Und ELISE ausgeschrieben?",
                                  "and what does BRIDGE 53 stand for?")
    assert spelled.answered and "Baltic Fracture Competence Centre" in spelled.text
    assert german.language == "de" and "European Life Science Ecosystems" in german.text
    assert not silent.answered and silent.projects == ("bridge53",)
    assert "BRIDGE 53" in silent.text and "When:" not in silent.text  # not a card
    assert "What it does say: A platform" in silent.text  # worded as the other silences


def test_an_open_about_asks_what_the_bot_covers(kb: KnowledgeBase) -> None:
    for text in ("so what could you tell me about?", "worüber können Sie mir Auskunft geben?"):
        assert answer(text, State(), kb).intent == "help", text


def test_a_new_name_alone_takes_every_question_just_asked(kb: KnowledgeBase) -> None:
    # Given a message with three questions about one project
    _, again, german, single = ask(kb, "Who led BFCC, when did it end and who paid for it?",
                                   "what about BONEBANK?", "dasselbe für HIHeal",
                                   "and when did P.I.L.O.T. start?")
    # Then a new name alone asks all three again, in the same order
    assert again.projects == ("bonebank",) and again.intent == "lead"
    assert [w in again.text for w in ("UKSH", "August 2020", "Interreg")] == [True] * 3
    assert again.text.index("UKSH") < again.text.index("2020") < again.text.index("Interreg")
    assert german.language == "de" and "2022" in german.text and "Hamburg" in german.text
    # but a new question of its own is just that question
    assert single.intent == "start" and "Schleswig-Holstein" not in single.text


@pytest.mark.parametrize("messages,intent,said", [
    (("Was lief länger, ELISE oder BONEBANK?", "und HIHeal?"), "duration", "6 Jahre"),
    (("Which started first, ELISE or BFCC?", "and BONEBANK?"), "start", "September 2015"),
    (("Wie lange lief ELISE?", "und BONEBANK?", "also gleich lang?", "und hiheal"), "duration",
     "6 Jahre"),
])
def test_a_new_name_alone_after_a_comparison_asks_the_figure_compared(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, said: str) -> None:
    # Given two projects just compared (a ranking of the two, or a yes/no claim about both)
    reply = ask(kb, *messages)[-1]
    # When a new name follows with no question of its own
    # Then it asks the figure compared, of the new one, not what the project is
    assert reply.intent == intent and len(reply.projects) == 1 and said in reply.text, \
        reply.text


def test_partner_counts_in_different_units_are_not_subtracted(kb: KnowledgeBase) -> None:
    # BFCC counts 13 organisations, MAGIA 4 clusters: no difference to state
    reply = difference_answer("most_partners", ("bfcc", "magia"), kb, "en")
    assert not reply.answered and [line.key for line in reply.lines] == ["diff_units"]


def test_a_bare_size_word_ranks_the_other_way_round(kb: KnowledgeBase) -> None:
    _, least, _, shortest = ask(kb, "Who got the most money?",
                                "und die wenigste? also das kleinste",
                                "what was the longest project?", "and the shortest one?")
    assert least.intent == "superlative" and least.projects == ("kick",)
    assert shortest.intent == "superlative" and "innoreact" in shortest.projects
    # a size word alone, with nothing ranked before, ranks nothing
    alone, = ask(kb, "the smallest?")
    assert alone.intent != "superlative"


@pytest.mark.parametrize("question", ["Which projects were led by someone else?",
                                      "Welche Projekte wurden von jemand anderem geleitet?"])
def test_led_by_someone_else_is_not_led_by_life_science_nord(
        kb: KnowledgeBase, question: str) -> None:
    # Given a lead asked as anyone else, no organisation named
    (reply,) = ask(kb, question)
    # Then the projects LSN did not lead, as "not led by LSN" lists them
    assert reply.intent == "list" and reply.answered and reply.projects == ("bonebank", "magia")


@pytest.mark.parametrize(("question", "winners"), [
    ("Was war das größte Projekt?", {"elise", "bfcc", "hiheal"}),
    # (fewest partners: HIHeal; BONEBANK's two named beside the hospitals are no count)
    ("which was the smallest project?", {"kick", "hiheal", "innoreact"}),
])
def test_the_largest_project_says_what_largest_can_mean_on_the_page(
        kb: KnowledgeBase, question: str, winners: set[str]) -> None:
    # Given "the largest project" with no measure, and none talked about before
    (reply,) = ask(kb, question)
    # Then no guess and no "which project do you mean?": the page gives no one size, so each
    # measure it does give, with its winner (money, partners, duration); not answered
    assert reply.intent == "superlative" and not reply.answered
    assert set(reply.projects) == winners and len(reply.text.splitlines()) >= 4


@pytest.mark.parametrize("messages", [
    ("was elise bigger than bfcc?",),
    ("War BFCC kleiner als ELISE?",),
    ("which was bigger, elise or bfcc?",),
    ("Welches war größer, ELISE oder BFCC?",),
    ("Tell me about ELISE and BFCC", "which is bigger?"),
    ("which was bigger, elise or bfcc?", "Welches war größer, ELISE oder BFCC?"),
])
def test_bigger_between_two_projects_says_what_each_measure_gives(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given "bigger" or "smaller" between two projects, with no measure named or talked of
    reply = ask(kb, *messages)[-1]
    # Then no yes or no by one measure unsaid (running time): as for "the largest project",
    # the page gives no one size, so each measure it gives, with both projects' figures
    assert reply.intent == "superlative" and not reply.answered, reply.text
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text
    assert set(reply.projects) == {"elise", "bfcc"} and len(reply.text.splitlines()) >= 5
    assert "13" in reply.text and ("5 years" in reply.text or "5 Jahre" in reply.text)


@pytest.mark.parametrize("messages", [
    ("how much did ELISE get?", "was it bigger than what KI#CK got?"),
    ("how long did ELISE run?", "was it bigger than BFCC?"),
    ("how much money did ELISE and KI#CK get?", "which is bigger?"),
])
def test_bigger_right_after_one_measure_compares_by_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given one measure just told / when "bigger" follows / then it compares by that measure
    reply = ask(kb, *messages)[-1]
    assert reply.answered and reply.intent in ("amount", "duration", "superlative"), reply.text


@pytest.mark.parametrize("messages", [
    ("Welches hatte die meisten Partner?", "und das wenigste?"),
    ("Which one had the most partners?", "and the fewest?"),
    ("which project had the fewest partners?",),
    ("Welches Projekt hatte die wenigsten Partner?",),
    ("Was war BRIDGE 53?", "Welches Projekt hatte die wenigsten Partnerorganisationen?"),
])
def test_the_fewest_partners_are_the_other_end_of_the_partner_ranking(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the fewest partners asked, alone or right after the most
    reply = ask(kb, *messages)[-1]
    # Then the projects with the fewest the page names (HIHeal: its two clusters, all it
    # names), saying what was counted; not the newest project ("fewest" ~ "newest"), nor
    # BONEBANK, whose UKSH Lübeck and LSN the page names beside "the hospitals in Lübeck and
    # Odense" (its partners_note: how few it had, the page doesn't say)
    assert kb.projects["bonebank"].partners_note and not kb.projects["hiheal"].partners_note
    assert reply.intent == "superlative" and set(reply.projects) == {"hiheal"}, reply.text
    assert "2 Organisationen" in reply.text or "2 organisations" in reply.text
    assert "Leitung" in reply.text or "a lead too" in reply.text


@pytest.mark.parametrize("messages", [
    ("Was war BRIDGE 53?", "Welches Projekt hatte die meisten Partnerorganisationen?"),
    ("Was war BRIDGE 53?", "welches Projekt hatte die meisten Projektpartner?"),
])
def test_the_most_partners_in_a_compound_word_rank_all_projects(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a project talked about / when the most "Partnerorganisationen" are asked
    reply = ask(kb, *messages)[-1]
    # Then the ranking of all projects: BFCC, with "13 organisations" on the page (was
    # BRIDGE 53's partners, as if asked of it)
    assert reply.intent == "superlative" and reply.projects == ("bfcc",), reply.text
    assert "13 Organisationen" in reply.text


@pytest.mark.parametrize(("messages", "intent", "told"), [
    (("for which projects does the page give a funding amount?", "which got more?",
      "whats the exact ELISE figure"), "amount", "1,217,494"),
    (("Welches Projekt lief am längsten?", "und die genaue Zahl?"), "duration", "6 Jahre"),
])
def test_a_figure_right_after_a_ranking_is_the_figure_it_ranked_by(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, told: str) -> None:
    # Given a ranking by money or by length
    reply = ask(kb, *messages)[-1]
    # When "the exact figure" / "die genaue Zahl" is asked, no measure named
    # Then it is that measure (was the project's card)
    assert reply.intent == intent and told in reply.text, reply.text


@pytest.mark.parametrize(("messages", "winner"), [
    (("Welches Projekt begann zuerst?", "Und das letzte?"), "pilot-next"),
    (("Which project ended first?", "and the last one?"), "pilot"),
    (("Which project started last?", "and the first one?"), "bonebank"),
])
def test_first_or_last_right_after_a_ranking_by_date_is_its_other_end(
        kb: KnowledgeBase, messages: tuple[str, str], winner: str) -> None:
    # Given a ranking by a date, When "and the last one?" follows with no list to pick from
    reply = ask(kb, *messages)[-1]
    # Then the same ranking from that end, not "which one do you mean?"
    assert reply.intent == "superlative" and reply.projects == (winner,), reply.text


def test_by_how_much_subtracts_the_two_just_compared(kb: KnowledgeBase) -> None:
    _, months, _, money, _, rough = ask(
        kb, "did NORTHOPEDICS or BFCC last longer?", "how many months longer?",
        "KI#CK or ELISE: which had the bigger budget?", "wie viel mehr genau?",
        "MAGIA vs BONEBANK, which lasted longer?", "by how much?")
    # NORTHOPEDICS 21 June 2016 - 30 June 2019 (36 months), BFCC March 2016 - Feb 2019 (36)
    assert months.projects == ("northopedics", "bfcc") or set(months.projects) == {
        "northopedics", "bfcc"}
    assert months.answered and "BFCC" in months.text and "NORTHOPEDICS" in months.text
    assert money.language == "de" and money.answered and "775.000" in money.text
    assert "ca." in money.text  # KI#CK's figures are approximate, so is the difference
    assert not rough.answered and "MAGIA" in rough.text  # MAGIA's dates are years only


@pytest.mark.parametrize(("turns", "gap"), [
    (("Did BFCC start before HIHeal?", "by how much"), "1 month"),
    (("Endete BFCC vor NORTHOPEDICS?", "um wie viel?"), "4 Monate"),
    (("Hat ELISE mehr Geld bekommen als KI#CK?", "um wie viel?"), "775.000"),
    (("when did BFCC start?", "and HIHeal?", "by how much?"), "1 month"),
    # HIHeal 1 April 2016 - 31 December 2022 (81 months), BONEBANK Sept 2015 - Aug 2020 (60)
    (("did hiheal run longer than bonebank?", "by how many months?"), "21 months"),
    (("Hat HIHeal länger gedauert als BONEBANK?", "um wie viele Monate?"), "21 Monate"),
])
def test_by_how_much_after_two_figures_checked_or_told_is_their_gap(
        kb: KnowledgeBase, turns: tuple[str, ...], gap: str) -> None:
    # Given two projects' starts, ends or amounts just checked against each other or told
    reply = ask(kb, *turns)[-1]
    # Then "by how much?" is the gap between the two figures, not an amount of money
    assert reply.intent == "superlative" and reply.answered and gap in reply.text, reply.text
    assert len(reply.projects) == 2, reply.text


@pytest.mark.parametrize(("turns", "gap", "pair"), [
    # P.I.L.O.T. started 1 January 2020, MAGIA2Market September 2020, InnoReAct 1 January 2022
    (("tell me which projects ended in 2023", "which of them started first?",
      "by how many months compared to MAGIA2Market?"), "8 months", {"pilot", "magia2market"}),
    (("welche Projekte endeten 2023?", "welches davon begann zuerst?",
      "um wie viele Monate früher als MAGIA2Market?"), "8 Monate", {"pilot", "magia2market"}),
    (("welche Projekte endeten 2023?", "welches davon begann zuerst?",
      "und um wie viel früher als InnoReAct?"), "2 Jahre", {"pilot", "innoreact"}),
    # HIHeal ran 81 months (1 April 2016 - 31 December 2022), BFCC 36 (March 2016 - Feb 2019)
    (("Which project ran the longest?", "by how many years compared to BFCC?"),
     "3 years and 9 months", {"hiheal", "bfcc"}),
])
def test_by_how_much_compared_to_one_named_after_a_ranking_is_the_gap_to_the_winner(
        kb: KnowledgeBase, turns: tuple[str, ...], gap: str, pair: set[str]) -> None:
    # Given a ranking just given, then "by how much compared to X?" naming another project
    reply = ask(kb, *turns)[-1]
    # Then the gap between the winner and that one by what was ranked (was the two ranked
    # again with no gap, or an amount the page doesn't give)
    assert reply.intent == "superlative" and reply.answered and gap in reply.text, reply.text
    assert set(reply.projects) == pair, reply.text


@pytest.mark.parametrize(("turns", "intent", "facts"), [
    # ELISE started 1 January 2017, HIHeal 1 April 2016; BFCC ended February 2019, MAGIA 2019;
    # ELISE funded by Interreg Europe, HIHeal by the ERDF and Hamburg
    (("did ELISE start before HIHeal?", "when did each of them start then?"), "start",
     ("2017", "2016")),
    (("Hat ELISE vor HIHeal angefangen?", "wann haben die jeweils angefangen?"), "start",
     ("2017", "2016")),
    (("Lief BFCC länger als MAGIA?", "und wann endeten sie?"), "end", ("Februar 2019", "2019")),
    (("did ELISE start before HIHeal?", "who funded them?"), "funding",
     ("Interreg Europe", "Hamburg")),
])
def test_they_right_after_a_yes_no_of_two_projects_are_those_two(
        kb: KnowledgeBase, turns: tuple[str, ...], intent: str, facts: tuple[str, ...]) -> None:
    # Given a yes/no claim made of one project against another
    reply = ask(kb, *turns)[-1]
    # When "they", "each of them", "die jeweils" ask something next
    # Then it is asked of both (was the first alone, or every project's dates)
    assert reply.intent == intent and len(reply.projects) == 2, reply.text
    assert all(f in reply.text for f in facts), reply.text


@pytest.mark.parametrize(("turns", "dates"), [
    # BONEBANK September 2015, ELISE 1 January 2017; BFCC February 2019, ELISE 31 Dec 2021
    (("Welches hat früher angefangen, ELISE oder BONEBANK?", "um wie viel ungefähr"),
     ("16 Monate", "September 2015", "1. Januar 2017")),
    (("which ended first, bfcc or elise?", "by how much?"),
     ("2 years and 10 months", "February 2019", "31 December 2021")),
])
def test_the_gap_between_two_dates_says_both_dates(
        kb: KnowledgeBase, turns: tuple[str, ...], dates: tuple[str, ...]) -> None:
    # Given two starts (ends) just ranked
    reply = ask(kb, *turns)[-1]
    # When by how much is asked
    # Then the gap is given with both dates it rests on
    assert reply.answered and all(d in reply.text for d in dates), reply.text


@pytest.mark.parametrize(("turns", "said"), [
    # ELISE started on 1 January 2017, MAGIA in 2018 (the page gives the year only)
    (("Was lief früher, MAGIA oder ELISE?", "um wie viel früher ungefähr"),
     ("1 Jahr bis 23 Monate", "nur Jahreszahlen")),
    (("which started first, ELISE or MAGIA?", "by how much?"),
     ("1 year to 23 months", "only to the year")),
])
def test_the_gap_to_a_date_given_only_by_its_year_is_its_range(
        kb: KnowledgeBase, turns: tuple[str, ...], said: tuple[str, str]) -> None:
    # Given two starts just ranked, one of them given only to the year (was "by how much
    # exactly, the page doesn't let me say", answered false)
    reply = ask(kb, *turns)[-1]
    # Then the fewest and most months the dates allow, and why it is a range
    assert reply.answered and all(s in reply.text for s in said), reply.text


def test_no_range_where_the_year_alone_allows_either_order(kb: KnowledgeBase) -> None:
    # BFCC ended in February 2019, MAGIA in 2019: either may have ended first
    reply = ask(kb, "which ended first, MAGIA or BFCC?", "by how much?")[-1]
    assert not reply.answered and "MAGIA" in reply.text


@pytest.mark.parametrize("turns", [
    ("Begann ELISE vor NORTHOPEDICS?", "und welches endete zuerst?"),
    ("did elise start before northopedics?", "and which ended first?"),
])
def test_which_ended_first_after_two_starts_checked_ranks_the_two(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given two projects' starts just checked against each other
    reply = ask(kb, *turns)[-1]
    # Then "which ended first?" ranks those two by their ends, the winner first
    assert reply.intent == "superlative" and reply.projects == ("northopedics", "elise"), \
        reply.text


def test_last_as_a_verb_compares_lengths(kb: KnowledgeBase) -> None:
    # "last" is also "latest"; in "last longer" it is the verb
    longer, = ask(kb, "would you say HIHeal or ELISE lasted longer?")
    assert longer.intent == "superlative" and longer.projects[0] == "hiheal"
    assert "1 April 2016" in longer.text  # a length with its dates, not a start date alone
    latest, = ask(kb, "which project was the last to start?")
    assert latest.projects == ("pilot-next",)  # named only, but its start is given: April 2023


@pytest.mark.parametrize("messages", [
    ("which interreg projects were there?", "and which ended last?"),
    ("which interreg projects were there and which ended last?",),
    ("Welche Interreg-Projekte gab es und welches endete zuletzt?",),
])
def test_a_ranking_right_after_a_list_ranks_that_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the Interreg projects listed (BFCC, BONEBANK, ELISE), as a turn or a first ask
    reply = ask(kb, *messages)[-1]
    # Then "which ended last?" ranks those three (ELISE), not all projects (P.I.L.O.T.)
    assert "ELISE" in reply.text and "P.I.L.O.T." not in reply.text, reply.text
    assert set(reply.projects) == {"bfcc", "bonebank", "elise"}, reply.projects


def test_a_ranking_of_all_after_a_list_ranks_the_named_follow_ups_too(
        kb: KnowledgeBase) -> None:
    # Given a list just given, then a ranking that doesn't refer to it
    alone, = ask(kb, "whats the newest project")
    after = ask(kb, "what projects ran in 2018", "whats the newest project")[-1]
    # Then the ranking is over all projects, as with no list before: the follow-up the page
    # only names wins by its start, April 2023 (not InnoReAct, silently leaving it out)
    assert alone.projects[0] == after.projects[0] == "pilot-next", after.text
    # and "which of them started last?" still ranks the list itself
    among = ask(kb, "what projects ran in 2018", "which of them started last?")[-1]
    assert among.projects[0] == "magia", among.text


def test_a_guess_after_a_question_is_settled_by_the_answer(kb: KnowledgeBase) -> None:
    # "… ? UKSH?": the asker's guess; the answer says who it really was
    lead, = ask(kb, "bonebank: who coordinated? LSN?")
    german, = ask(kb, "hiheal - wer hatte den lead? die UKSH?")
    year, = ask(kb, "seit wann läuft P.I.L.O.T. Next Level? 2022?")
    assert lead.intent == "lead" and lead.projects == ("bonebank",) and "UKSH" in lead.text
    assert german.language == "de" and german.intent == "lead" and german.projects == ("hiheal",)
    assert year.projects == ("pilot-next",) and "2023" in year.text


def test_english_words_borrowed_into_german_leave_the_reply_german(kb: KnowledgeBase) -> None:
    for text in ("elise - wer war lead?", "wie hoch war das budget von KI#CK?"):
        assert answer(text, State(), kb).language == "de", text


def test_counts_and_regions_the_page_does_not_give_are_not_answered(kb: KnowledgeBase) -> None:
    industry, = ask(kb, "how many industrial partners were involved in BRIDGE 53?")
    assert not industry.answered and industry.projects == ("bridge53",)
    region, = ask(kb, "aus welcher litauischen Region kam der ELISE-Partner?")
    assert not region.answered and region.language == "de" and "sieben" in region.text
    # while counts the page gives, and the regions' countries, are still answered
    counted, countries = ask(kb, "how many partner organisations did BFCC have?",
                             "and which regions did the ELISE partners come from?")
    assert counted.answered and "13" in counted.text
    assert countries.answered and "Lithuania" in countries.text


def test_a_year_after_an_open_start_is_not_answered_with_none(kb: KnowledgeBase) -> None:
    # P.I.L.O.T. Next Level runs "since April 2023"; the page gives no end
    later, = ask(kb, "what was still going on in 2025?")
    assert not later.answered and "P.I.L.O.T. Next Level" in later.text
    during, = ask(kb, "welche Projekte liefen 2023?")
    assert during.answered and "pilot-next" in during.projects


def test_the_noun_left_out_takes_the_last_link_again(kb: KnowledgeBase) -> None:
    _, again, plain = ask(kb, "who paid for the follow-up of HIHeal?", "and the one of MAGIA?",
                          "und der von ELISE?")
    assert "magia2market" in again.projects and again.intent == "funding"
    assert "MAGIA2Market" in again.text
    # ELISE has no follow-up on the page: the link leads nowhere, never to ELISE's own funder
    assert "Interreg Europe" not in plain.text


def test_specific_offers_are_not_on_the_page(kb: KnowledgeBase) -> None:
    offers, = ask(kb, "Which specific services did InnoReAct offer? list them please")
    assert not offers.answered and offers.projects == ("innoreact",)


def test_projects_named_beside_words_the_page_never_uses_are_no_list(kb: KnowledgeBase) -> None:
    for text in ("is there parking near any of the projects?",
                 "Gab es bei den Projekten Stipendien?"):
        reply = answer(text, State(), kb)
        assert not reply.projects, text  # never every project, as if a list was asked
    assert answer("which projects are there?", State(), kb).intent == "list"


def test_ordinary_words_do_not_fire_as_projects(kb: KnowledgeBase) -> None:
    for text in ("what else?", "a magic bank bridge", "kick the ball", "tell me something else"):
        reply = answer(text, State(), kb)
        # "kick" is how KI#CK is written without its "#"; nothing else names a project
        assert reply.projects in (((), ("kick",)) if text.startswith("kick") else ((),)), text
        assert "elise" not in reply.projects and "bonebank" not in reply.projects


def test_typos_still_find_the_project(kb: KnowledgeBase) -> None:
    assert answer("who funded nortopedics", State(), kb).projects == ("northopedics",)
    assert answer("wer finanzierte Hihael", State(), kb).projects == ("hiheal",)
    assert answer("when did bonebnak end", State(), kb).projects == ("bonebank",)


def test_language_hint_only_breaks_ties(kb: KnowledgeBase) -> None:
    assert answer("ELISE", State(), kb, "de").language == "de"
    assert answer("when did ELISE run?", State(), kb, "de").language == "en"


def test_small_talk_and_fallback(kb: KnowledgeBase) -> None:
    assert answer("hello", State(), kb).intent == "greeting"
    assert answer("danke!", State(), kb).language == "de"
    fallback = answer("asdkjh qwe zxcv", State(), kb)
    assert fallback.intent == "fallback" and not fallback.answered
    assert len(fallback.buttons) == 3


@pytest.mark.parametrize("request_", [
    "kannst du mir ein Gedicht über Lübeck schreiben?",
    "write me a poem about BONEBANK",
    "Schreib mir eine E-Mail an LSN über MAGIA",
    "could you draft a cover letter mentioning ELISE?",
    "Erzähl mir einen Witz über Odense",
    "Fasse BFCC als Gedicht zusammen",
    "a limerick about the projects in Denmark, please",
])
def test_a_text_asked_to_be_written_is_no_question_about_the_projects(
        kb: KnowledgeBase, request_: str) -> None:
    # Given a request to write a poem, an e-mail or a joke, naming a place or project
    reply = answer(request_, State(), kb)
    # Then the polite reply that the bot only answers questions (was "Projekte mit Bezug zu
    # Lübeck (2): …", the request read as a question about the place), nothing answered
    assert reply.intent == "fallback" and not reply.answered and not reply.projects, reply.text
    assert len(reply.buttons) == 3


@pytest.mark.parametrize("question", [
    "what is the weather in Odense tomorow",
    "what is the weather in Lübeck tomorrow",
    "what is the population of Odense",
    "will it rain in Odense?",
    "is it cold in Lübeck?",
    "Regnet es in Lübeck?",
    "Ist es kalt in Odense?",
    "is it sunny in Hamburg today?",
])
def test_something_else_asked_of_a_place_on_the_page_lists_no_projects(
        kb: KnowledgeBase, question: str) -> None:
    # Given a place the page names (a site, a partner's city, a funding city) and a word the
    # page never uses (the weather, rain), asked "what is" or yes/no (was "Projects involving
    # Odense (1): BONEBANK", and "Yes." before it when asked yes or no)
    reply = answer(question, State(), kb)
    # Then it is no question about the projects there: not understood, nothing named
    assert reply.intent == "fallback" and not reply.answered and not reply.projects, reply.text


@pytest.mark.parametrize("question,project", [
    ("what is the biobank in Odense", "bonebank"),
    ("what was done in Odense?", "bonebank"),
    ("was there something in Odense?", "bonebank"),
    ("Gab es was in Odense?", "bonebank"),
    ("did LSN work in Odense?", "bonebank"),
    ("any projects in Lübeck?", "kick"),
])
def test_a_place_with_words_of_the_page_still_asks_for_its_projects(
        kb: KnowledgeBase, question: str, project: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and project in reply.projects, reply.text


@pytest.mark.parametrize(("request_", "lang"), [
    ("hallo! kannst du mich duzen bitte?", "de"),
    ("Können wir uns duzen?", "de"),
    ("Moin, darf ich du sagen?", "de"),
    ("Sie müssen mich nicht siezen", "de"),
    ("can we be less formal?", "en"),
])
def test_a_request_to_be_addressed_informally_gets_a_polite_reply(
        kb: KnowledgeBase, request_: str, lang: str) -> None:
    # Given a request to say "du" (was "not understood")
    reply = answer(request_, State(), kb)
    # Then the bot keeps to "Sie" in German (English has no such choice) and says what it
    # can help with, with example questions
    assert reply.intent == "about_bot" and reply.answered and reply.language == lang, reply.text
    assert ("„Sie“" in reply.text) == (lang == "de") and len(reply.buttons) == 3, reply.text


def test_a_question_beside_a_request_to_say_du_is_answered(kb: KnowledgeBase) -> None:
    reply = answer("Duzen wir uns? Wann lief BFCC?", State(), kb)
    assert reply.intent == "dates" and reply.projects == ("bfcc",), reply.text
    assert answer("Kannst du mir sagen, wann BFCC lief?", State(), kb).intent == "dates"


@pytest.mark.parametrize("question,intent", [
    ("Ich schreibe einen Essay über Knochenheilung. Welche Projekte passen?", "list"),
    ("Kannst du mir die E-Mail-Adresse von LSN aufschreiben?", "contact"),
    ("can you write a summary of BFCC?", "overview"),
])
def test_a_question_with_writing_words_is_still_answered(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    # a speaker's own essay, an address, a summary of a project are no text to write
    assert answer(question, State(), kb).intent == intent


def test_answer_about_serves_buttons_without_parsing(kb: KnowledgeBase) -> None:
    reply = answer_about("funding", "bonebank", State(), kb, "de")
    assert reply.intent == "funding" and reply.language == "de" and "Interreg" in reply.text


def test_state_round_trips_through_a_dict(kb: KnowledgeBase) -> None:
    state = ask(kb, "which projects did the ERDF fund?")[0].state
    assert State.from_dict(state.to_dict()) == state
    assert State.from_dict({"projects": "nonsense", "intent": 3}) == State()


def test_a_state_remembers_the_last_claim_and_old_states_still_load(kb: KnowledgeBase) -> None:
    # Given a state saved after a yes/no question, and one saved before states had a claim
    state = ask(kb, "Did the ERDF fund BONEBANK?")[0].state
    old = {k: v for k, v in state.to_dict().items() if k != "checked"}
    # Then the claim survives a round trip, and the old state loads without one
    assert state.checked[1:] == ("bonebank",)
    assert State.from_dict(state.to_dict()) == state
    assert State.from_dict(old).checked == () and State.from_dict(old).projects == ("bonebank",)


def test_a_state_with_nothing_unknown_is_kept_as_it_is(kb: KnowledgeBase) -> None:
    from dataclasses import replace

    from bot.conversation import valid_state
    # Given the state after a list, and the same state naming a project that no longer exists
    state = ask(kb, "which projects did the ERDF fund?")[0].state
    stale = replace(state, projects=("gone", *state.projects), intent="no-such-intent")
    # When each is made valid for this knowledge base (as every message does first)
    # Then the valid one is the same state, not a copy of all its fields, and the stale one
    # loses only what no longer exists
    assert valid_state(state, kb) is state
    assert valid_state(stale, kb) == replace(state, intent=None)


def test_a_state_is_made_valid_by_looking_its_fields_up_together(kb: KnowledgeBase) -> None:
    from dataclasses import replace

    from bot.conversation import valid_state
    from tests.conftest import python_calls
    # Given the state after a list and a question about one of it, and the same state with a
    # fact and a listed project that no longer exist
    state = ask(kb, "which projects did the ERDF fund?", "who led the first one?")[-1].state
    stale = replace(state, last_list=(*state.last_list, "gone"), facts=("gone:dates",))
    # When each is made valid (as every message does first)
    kept, calls = python_calls(lambda: valid_state(state, kb))
    # Then the valid one is kept, its project ids looked up as a set field by field (a
    # generator and a call for each field: 41 Python calls, now 5), and the stale one loses
    # what no longer exists
    assert kept is state and calls <= 6
    assert valid_state(stale, kb) == replace(state, facts=())


def test_a_reply_with_nothing_more_to_remember_is_not_copied(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.conversation as conversation
    # Given the copies the conversation makes of replies, counted
    copies: list[str] = []
    real = conversation.replace

    def counted(obj: object, **changes: object) -> object:
        copies.append(type(obj).__name__)
        return real(obj, **changes)  # type: ignore[type-var]

    monkeypatch.setattr(conversation, "replace", counted)
    # When a first question about one project is answered, then one naming two
    one = answer("When did ELISE start?", State(), kb)
    copied = list(copies)
    two = answer("Which ran longer, BONEBANK or ELISE?", State(), kb)
    # Then the first reply is the one built, not a copy of it and its state (most replies
    # have nothing more to remember), and the second remembers the two in the order written
    assert "Reply" not in copied and one.state.projects == ("elise",)
    assert two.state.named == ("bonebank", "elise") and "Reply" in copies


# --------------------------------------------------------------------------- never wrong


class _TelegramHTML(HTMLParser):
    ALLOWED = {"b", "i"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.ALLOWED, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


def assert_valid_html(text: str) -> None:
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    assert not parser.stack
    assert not re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)", text)


@pytest.mark.parametrize("text", hostile_strings())
def test_hostile_input_never_raises_and_renders_safe_html(kb: KnowledgeBase, text: str) -> None:
    reply = answer(text, State(), kb)
    assert len(reply.text) <= 4096 and len(reply.html) <= 4096
    assert_valid_html(reply.html)
    assert "<script>" not in reply.html


@pytest.mark.skipif(not SOURCE.exists(), reason="the source page lies beside the repo, in shared/")
def test_every_year_the_bot_states_is_on_the_page(kb: KnowledgeBase) -> None:
    page_years = set(re.findall(r"\b(?:19|20)\d\d\b", SOURCE.read_text(encoding="utf-8")))
    questions = [f"{q} {p.name}" for p in kb.projects.values()
                 for q in ("when did", "tell me about", "who funded", "how long did",
                           "is it still running", "wann endete")]
    for text in questions:
        reply = answer(text, State(), kb)
        stated = set(re.findall(r"\b(?:19|20)\d\d\b", reply.text))
        assert stated <= page_years, (text, stated - page_years)


def test_a_filter_we_cannot_match_lists_nothing(kb: KnowledgeBase) -> None:
    for text in ("which projects were in Brazil?", "timeline of the cancer projects"):
        reply = answer(text, State(), kb)
        assert reply.projects == () and "“" in reply.text, text
    assert len(answer("welche Projekte gibt es überhaupt?", State(), kb).projects) == len(MAIN)


def test_which_ones_narrows_the_last_list(kb: KnowledgeBase) -> None:
    _, narrowed = ask(kb, "which projects did interreg fund?", "which ones ended before 2020?")
    assert narrowed.projects == ("bfcc",)


def test_how_many_countries_is_answered_by_the_count(kb: KnowledgeBase) -> None:
    reply = answer("how many countries were involved in BFCC?", State(), kb)
    # (in the page's words: "from seven countries")
    assert reply.answered and "seven countries" in reply.text


@pytest.mark.parametrize(("question", "count", "country"), [
    ("how many countries were in ELISE", "six countries", "Lithuania"),
    ("Wie viele Länder waren an ELISE beteiligt?", "sechs Länder", "Litauen"),
    ("how many countries were involved in BONEBANK?", "two countries", "Denmark"),
])
def test_how_many_countries_of_a_project_whose_countries_are_named_counts_them(
        kb: KnowledgeBase, question: str, count: str, country: str) -> None:
    # Given a project whose countries the page names (ELISE: regions in Poland, Slovakia,
    # Italy, Lithuania, France and two German states; BONEBANK: Lübeck and Odense)
    reply = answer(question, State(), kb)
    # Then the reply counts them, and names them
    assert reply.answered and count in reply.text and country in reply.text


def test_a_new_name_after_a_count_of_countries_counts_them_again(kb: KnowledgeBase) -> None:
    # Given how many countries ELISE had, then only another name
    _, bfcc = ask(kb, "how many countries were in ELISE", "and in BFCC?")
    # Then BFCC's countries are counted as the page counts them ("from seven countries")
    assert bfcc.projects == ("bfcc",) and "seven countries" in bfcc.text


# --------------------------------------------------------------------------- the last list's year


@pytest.mark.parametrize("messages,expected", [
    # (none of them did: said of HIHeal, the list, then the one of all that did, InnoReAct)
    (("Which projects ended in 2022?", "did any of them start in that same year?"),
     ("hiheal", "innoreact")),
    (("Welche Projekte liefen 2016?", "und welche davon haben im selben Jahr begonnen?"),
     ("bfcc", "hiheal", "northopedics")),
])
def test_that_year_is_the_year_of_the_last_list(
    kb: KnowledgeBase, messages: tuple[str, str], expected: tuple[str, ...]
) -> None:
    # Given a list under a year condition, When a follow-up says "that year"
    first, second = ask(kb, *messages)
    # Then it narrows the last list by that year
    assert first.intent == "list" and second.intent == "list"
    assert second.projects == expected and ("2022" in second.text or "2016" in second.text)


def test_a_list_question_after_a_told_condition_keeps_the_condition(kb: KnowledgeBase) -> None:
    # Given a condition told before a bare list question ("… – which ones?")
    (reply,) = ask(kb, "Things that ended in 2021 - which projects were they?")
    # Then the list is under that condition, said once
    assert reply.projects == ("elise",) and reply.text.count("ELISE") == 1


def test_which_fund_of_the_current_project_is_its_funding_not_a_list(kb: KnowledgeBase) -> None:
    # Given a chat about one project
    replies = ask(kb, "Tell me about NORTHOPEDICS", "and from which pot did the money come?",
                  "Was war das Ziel von MAGIA und aus welchem EU-Programm kam das Geld?")
    # Then "which pot/programme" asks for that project's funders, it is no condition for a list
    assert replies[1].intent == "funding" and replies[1].projects == ("northopedics",)
    assert "Regional" in replies[1].text and not replies[1].state.last_list
    assert replies[2].intent == "goals" and "COSME" in replies[2].text
    assert replies[2].projects == ("magia",)


def test_a_topic_word_in_a_follow_up_is_about_the_current_project(kb: KnowledgeBase) -> None:
    # "where was the bone material kept?" after BONEBANK asks about BONEBANK, not for a list
    replies = ask(kb, "Was war BONEBANK?", "und wo lagerte man das Knochenmaterial?",
                  "which projects ended in 2023?", "and which one was about corona?")
    assert replies[1].intent == "places" and "Odense" in replies[1].text
    assert replies[3].projects == ("innoreact",)


def test_a_bare_laufzeit_is_the_period_and_how_long_the_duration(kb: KnowledgeBase) -> None:
    period, length = ask(kb, "Laufzeit NORTHOPEDICS", "Wie lange war die Laufzeit von ELISE?")
    assert period.intent == "dates" and "2016" in period.text and "2019" in period.text
    assert length.intent == "duration" and "5 Jahre" in length.text


# --------------------------------------------------------------------------- descriptions


@pytest.mark.parametrize("text,intent,pid,needle", [
    ("when did the project on precision medicine end?", "end", "pilot", "2023"),
    ("Wer hat das Corona-Projekt gefördert?", "funding", "innoreact", "REACT"),
    ("how long did the project with oncampus run", "duration", "kick", "two years"),
    ("Wie hieß das Projekt zur Knochenheilung?", "overview", "northopedics", "NORTHOPEDICS"),
])
def test_a_singular_description_that_picks_one_project_is_that_project(
    kb: KnowledgeBase, text: str, intent: str, pid: str, needle: str
) -> None:
    # Given a description that fits exactly one project ("the project on …", "das …-Projekt")
    (reply,) = ask(kb, text)
    # Then the question is answered about that project
    assert (reply.intent, reply.projects, reply.answered) == (intent, (pid,), True)
    assert needle in reply.text


def test_a_singular_description_that_fits_several_says_which(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "Who ran the project on networks in Schleswig-Holstein?")
    assert reply.intent == "lead" and set(reply.projects) == {"northopedics", "pilot"}
    assert reply.text.startswith("2 projects fit that description")


def test_a_description_before_the_question_sets_the_subject(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "the project about corona, when did that start?")
    assert reply.projects == ("innoreact",) and "2022" in reply.text


@pytest.mark.parametrize("messages", [
    ("which did LSN lead?",),
    ("Welche hat LSN geleitet?",),
    ("which were led by LSN?",),
    ("which project ran longest?", "which did LSN lead?"),
    ("Welches Projekt lief am längsten?", "Welche hat LSN geleitet?"),
])
def test_which_did_lsn_lead_lists_the_projects_it_led(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given "which did LSN lead?" alone or right after a ranking of every project
    reply = ask(kb, *messages)[-1]
    # Then the projects Life Science Nord led, as for any lead named (not its part in the
    # ranking's winner, nor "the page doesn't say")
    assert reply.intent == "list" and reply.answered, reply.text
    assert set(reply.projects) == {p for p in kb.projects if "lsn" in kb.projects[p].lead}


@pytest.mark.parametrize("question", [
    "Which projects were led by Life Science Nord?",
    "Welche Projekte wurden von Life Science Nord geleitet?",
])
def test_the_projects_lsn_led_are_told_as_the_page_tells_each_lead(
        kb: KnowledgeBase, question: str) -> None:
    # Given the projects Life Science Nord led asked for, in either language
    (reply,) = ask(kb, question)
    # Then InnoReAct's lead is told as the page tells it (its lead_note: the cluster management
    # "wanted to make an important contribution … with the help of the InnoReAct project"),
    # not only as "led by"; and HIHeal, of whose two clusters LSN was one and no lead named,
    # is among those the page doesn't settle (it was in neither group)
    note = kb.projects["innoreact"].lead_note
    assert note and note.get(reply.language) in reply.text, reply.text
    unsettled = next(line for line in reply.text.splitlines() if "BRIDGE 53" in line)
    assert "HIHeal" in unsettled and "MAGIA," not in unsettled  # (MAGIA: "project partner")


@pytest.mark.parametrize("messages", [
    ("Which projects ran in 2022?", "and which one of those did Life Science Nord lead?"),
    ("Welche Projekte hatten eine Förderung durch die EU?", "welches davon hat LSN geleitet?"),
])
def test_lsn_as_the_lead_narrows_the_last_list(
    kb: KnowledgeBase, messages: tuple[str, str]
) -> None:
    # Given a list, When asked which of it Life Science Nord itself led
    first, second = ask(kb, *messages)
    # Then only the projects LSN led are named, with their lead: the list narrowed, `list`
    # (docs/labels.md, flipped in session 18; it was `lead`)
    assert second.intent == "list" and second.answered
    assert any(w in second.text for w in ("led by", "run by", "geleitet", "durchgeführt"))
    led = {p for p in first.projects if "lsn" in kb.projects[p].lead}
    assert led and set(second.projects) == led


def test_lsn_as_the_lead_of_none_of_the_last_list_says_none(kb: KnowledgeBase) -> None:
    listed, reply = ask(kb, "Which projects ran in 2021?", "which of those did LSN lead?")
    # (the page names a lead for none of them: that it doesn't say, of those, not of all)
    first = reply.text.split("\n")[0]
    assert reply.intent == "list" and "none of these" in first.lower()
    assert all(kb.projects[p].name in first for p in listed.projects), first
    assert not {"bfcc", "innoreact", "kick"} & set(listed.projects)


def test_plural_list_questions_stay_lists(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "Which projects were led by LSN?")
    assert reply.intent == "list" and set(reply.projects) == {"bfcc", "innoreact", "kick"}
def test_greetings_and_thanks_around_a_question_get_no_answer_of_their_own(kb: KnowledgeBase
                                                                           ) -> None:
    wrapped, named, helped = ask(
        kb, "Good morning! Who led BONEBANK and when did it end? Many thanks.",
        "Moin, ich hab eine Frage zu NORTHOPEDICS: wer hat das bezahlt?",
        "Hallo, worüber können Sie mir Auskunft geben?")
    assert wrapped.intent == "lead" and "UKSH" in wrapped.text and "2020" in wrapped.text
    assert "Hello" not in wrapped.text and "welcome" not in wrapped.text.lower()
    assert named.intent == "funding" and named.projects == ("northopedics",)
    assert helped.intent == "help"


def test_a_short_question_is_no_shortest_project(kb: KnowledgeBase) -> None:
    reply = ask(kb, "kurze Rückfrage: wann endete ELISE und wer förderte es?")[0]
    assert reply.intent == "end" and reply.projects == ("elise",) and "Interreg" in reply.text


def test_its_in_a_message_is_the_project_named_before_not_after(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Tell me about MAGIA",
                  "what were its start and end dates, and was BFCC funded by Interreg?")
    assert replies[1].intent == "dates" and "2018" in replies[1].text
    assert replies[1].text.splitlines()[0].startswith("MAGIA")


def test_a_link_named_before_the_question_answers_about_the_project_reached(
        kb: KnowledgeBase) -> None:
    reached, named, nowhere = ask(
        kb, "the project that continued HIHeal, who runs that one?",
        "das Nachfolgeprojekt von P.I.L.O.T. - wie heißt es?",
        "the initiative BFCC was part of - when did it end?")
    assert reached.intent == "lead" and "next level transition" in reached.text
    assert not reached.answered  # the page says nothing about who runs it
    assert named.intent == "follow_up" and "Next Level" in named.text
    assert not nowhere.answered and nowhere.projects == ("bfcc",)


@pytest.mark.parametrize("question,intent,project,fact", [
    ("what was BONEBANK meant for?", "goals", "bonebank", "stem"),
    ("Für wen war P.I.L.O.T. gedacht?", "goals", "pilot", "Schleswig-Holstein"),
    ("Wie lief das bei MAGIA ab?", "activities", "magia", "Marktstudien"),
    ("Auf welchem Projekt hat P.I.L.O.T. Next Level aufgebaut?", "predecessor", "pilot-next",
     "P.I.L.O.T."),
    ("Über welchen Zeitraum wurde HIHeal gefördert?", "dates", "hiheal", "2022"),
    ("what did NORTHOPEDICS build?", "results", "northopedics", "guide"),
    # what it built is `results`, also told as what it did where the page gives no results
    ("What sort of platform did BRIDGE 53 set up?", "results", "bridge53", "platform"),
    ("what did bridge 53 build?", "results", "bridge53", "platform"),
    ("Was hat KI#CK entwickelt?", "results", "kick", "Qualifizierungsprogramm"),
    ("what was MAGIA for?", "goals", "magia", "market"),
    ("what was the thinking behind NORTHOPEDICS?", "goals", "northopedics", "bone"),
    ("Und wann fing NORTHOPEDICS eigentlich an?", "start", "northopedics", "2016"),
])
def test_everyday_ways_of_asking_for_an_aspect(kb: KnowledgeBase, question: str, intent: str,
                                               project: str, fact: str) -> None:
    reply = ask(kb, question)[0]
    assert (reply.intent, reply.answered) == (intent, True), reply.text
    assert project in reply.projects and fact in reply.text


def test_an_organisation_left_out_is_no_condition_and_no_self_mention(kb: KnowledgeBase) -> None:
    others, german = ask(kb, "Apart from Life Science Nord, which clusters were in MAGIA?",
                         "Wer war außer LSN noch bei HIHeal dabei?")
    assert others.intent == "partners" and "BioWin" in others.text
    assert german.intent == "partners" and "Gesundheitswirtschaft Hamburg" in german.text


def test_with_whom_lsn_did_it_asks_for_the_current_projects_partners(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Tell me about KI#CK", "who did LSN do that with?")[1]
    assert reply.intent == "partners" and "oncampus" in reply.text


def test_a_correction_after_hesitation_takes_the_last_question(kb: KnowledgeBase) -> None:
    replies = ask(kb, "who funded BFCC?", "oops, sorry - I meant NORTHOPEDICS",
                  "Wann endete ELISE?", "Moment, nein, ich meinte HIHeal")
    assert replies[1].intent == "funding" and replies[1].projects == ("northopedics",)
    assert replies[3].intent == "end" and "2022" in replies[3].text


def test_a_precision_asked_in_a_follow_up_is_honest(kb: KnowledgeBase) -> None:
    replies = ask(kb, "When did BONEBANK begin?", "on what day exactly?",
                  "Wann endete InnoReAct?", "an welchem Tag genau?")
    assert replies[1].projects == ("bonebank",) and not replies[1].answered
    assert "only the month" in replies[1].text
    assert replies[3].answered and "28. Februar 2023" in replies[3].text


def test_what_do_you_know_about_it_is_about_the_subject(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Who funded P.I.L.O.T.?", "and what else do you know about it?")[1]
    assert reply.intent == "overview" and reply.projects[0] == "pilot"


def test_a_link_word_before_a_name_only_says_what_that_project_is(kb: KnowledgeBase) -> None:
    same, step = ask(kb, "Who leads the follow-up project HIHeal next level transition?",
                     "who funded the successor of BFCC?")
    assert same.intent == "lead" and same.projects == ("hiheal-next",) and not same.answered
    assert step.projects[0] == "bfcc" and not step.answered  # the page names no successor


def test_what_does_it_stand_for_is_still_its_name(kb: KnowledgeBase) -> None:
    reply = ask(kb, "what is ELISE short for?")[0]
    assert reply.intent == "overview" and "European Life Science Ecosystems" in reply.text


def test_a_country_the_page_never_names_is_no_typo_of_one_it_does(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Hatte ELISE italienische Partner?", "und slowenische?",
                  "Were there Slovenian partners in ELISE?")
    assert replies[0].text.startswith("Ja")
    assert replies[1].text.startswith("Nein")  # Slovenia, not Slovakia
    assert replies[2].text.startswith("No")


def test_the_speaker_telling_what_they_look_for_sets_only_the_subject(kb: KnowledgeBase) -> None:
    told, asked = ask(kb, "I'm collecting facts on BONEBANK for a talk, who led it?",
                      "Tell me about MAGIA, who funded it?")
    assert told.intent == "lead" and "UKSH" in told.text and "German-Danish" not in told.text
    assert asked.intent == "overview"  # an imperative asks for the card itself


def test_the_subproject_named_by_its_kind_is_that_project(kb: KnowledgeBase) -> None:
    aim, parent = ask(kb, "What did the subproject BRIDGE 53 want to achieve?",
                      "Zu welchem Projekt gehörte das Teilprojekt BRIDGE 53?")
    assert aim.intent == "goals" and "infectious" in aim.text
    assert parent.intent == "part_of" and "HIHeal" in parent.text


def test_after_a_link_answer_a_vague_follow_up_asks_about_the_project_reached(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "What came after MAGIA?", "and what did that one do?")[1]
    assert reply.projects == ("magia2market",) and reply.intent == "activities"


def test_a_capital_name_one_letter_off_is_taken_as_meant_and_said_so(kb: KnowledgeBase) -> None:
    short, other, unknown = ask(kb, "When did the ELIS project end?", "Wer förderte BFC?",
                                "What was MEDCON?")
    assert short.projects == ("elise",) and "I take “ELIS” to mean ELISE" in short.text
    assert other.projects == ("bfcc",) and "„BFC“" in other.text and "Interreg" in other.text
    assert unknown.intent == "unknown_project" and not unknown.answered


def test_given_partners_and_countries_asked_together_then_the_countries_answer(
        kb: KnowledgeBase) -> None:
    # "which countries did the partners come from" asks for places, not for the partner list
    reply = ask(kb, "welche Länder hatten die Partner von MAGIA?")[-1]
    assert reply.intent == "places" and "Belgien" in reply.text
    en = ask(kb, "which countries were ELISE's partners in?")[-1]
    assert en.intent == "places" and "Lithuania" in en.text


def test_how_many_of_what_the_page_counts_is_the_partner_count(kb: KnowledgeBase) -> None:
    counted, missing = ask(kb, "How many organisations made up the BFCC consortium?",
                           "wie viele Mitarbeitende hatte BONEBANK?")
    assert counted.intent == "partners" and "13" in counted.text and counted.answered
    assert missing.intent == "quantity" and not missing.answered


def test_the_speakers_reason_after_the_question_does_not_colour_it(kb: KnowledgeBase) -> None:
    budget, period = ask(kb, "How much money did ELISE get? need it for a funding overview",
                         "Wann lief HIHeal? Brauche das für unseren Bericht.")
    assert budget.intent == "amount" and "1,217,494" in budget.text
    assert period.intent == "dates" and "2022" in period.text


def test_a_person_asked_for_is_not_an_organisation(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Who was the project manager of BFCC at Life Science Nord?")[0]
    assert not reply.answered and "no person" in reply.text and "Life Science Nord" in reply.text


def test_plans_are_not_answered_even_with_a_project_named(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Thanks! Is there a third ELISE phase planned after ELISE?")[0]
    assert not reply.answered and "plans" in reply.text


@pytest.mark.parametrize("text,lang", [("helo", "en"), ("hiya", "en"), ("huhu", "de")])
def test_a_greeting_typed_casually_is_a_greeting(kb: KnowledgeBase, text: str, lang: str
                                                 ) -> None:
    # Given a greeting as people type it, When it is the whole message
    reply = ask(kb, text)[0]
    # Then the bot greets back in that language, not "I didn't understand"
    assert reply.intent == "greeting" and reply.language == lang, reply.text


@pytest.mark.parametrize("text,lang", [("bye", "en"), ("tschüss", "de"),
                                       ("danke, tschüss", "de")])
def test_taking_leave_gets_a_goodbye(kb: KnowledgeBase, text: str, lang: str) -> None:
    # Given a user taking leave (with or without thanks)
    reply, = ask(kb, text)
    thanks, = ask(kb, "danke" if lang == "de" else "thanks")
    # Then the bot says goodbye (still the thanks intent), not "ask me more" as to a thanks
    assert reply.intent == "thanks" and reply.language == lang and reply.answered
    assert reply.text != thanks.text and not reply.buttons, reply.text


def test_help_after_a_greeting_is_help(kb: KnowledgeBase) -> None:
    assert ask(kb, "hey there, what can u do for me?")[0].intent == "help"


@pytest.mark.parametrize("question,intent,facts", [
    ("hiheal start/end?", "dates", ["2016", "2022"]),
    ("Welche Projekte drehten sich um Knochen bzw. Frakturen?", "list",
     ["BFCC", "BONEBANK", "NORTHOPEDICS"]),
    ("ELISE - was war das übergeordnete Ziel?", "goals", ["Gesundheit"]),
    ("where did the money for MAGIA come from?", "funding", ["COSME"]),
    ("what did NORTHOPEDICS deliver in the end?", "results", ["guide"]),
    ("which projects wrapped up in 2019?", "list", ["BFCC", "NORTHOPEDICS"]),
    ("In wie vielen Projekten ging es um Knochen?", "count", ["3"]),
])
def test_more_everyday_wordings(kb: KnowledgeBase, question: str, intent: str,
                                facts: list[str]) -> None:
    reply = ask(kb, question)[0]
    assert reply.intent == intent and reply.answered, reply.text
    assert all(f in reply.text for f in facts), reply.text


def test_something_bigger_is_the_parent_and_stays_it(kb: KnowledgeBase) -> None:
    replies = ask(kb, "What was BRIDGE 53?", "was it part of something bigger?",
                  "and who paid for the bigger one?")
    assert replies[1].text.startswith("Yes") and "HIHeal" in replies[1].text
    assert replies[2].intent == "funding" and "Hamburg" in replies[2].text


@pytest.mark.parametrize("first,then,start", [
    # the page: "BRIDGE 53 was part of the project Hygiene, Infection & Health (HIHeal)";
    # "a project of its own" is four words, and was never read as the standalone claim ("Yes.
    # BRIDGE 53 was part of HIHeal.")
    ("was bridge 53 a project of its own?", "and the bigger one?", "No."),
    ("War BRIDGE 53 ein eigenes Projekt?", "und das größere?", "Nein."),
])
def test_the_bigger_one_after_a_part_is_its_whole(
        kb: KnowledgeBase, first: str, then: str, start: str) -> None:
    replies = ask(kb, first, then)
    assert replies[0].text.startswith(start) and "HIHeal" in replies[0].text, replies[0].text
    # Then "the bigger one" is HIHeal, the whole (was which of the two was bigger)
    assert replies[1].intent == "overview" and replies[1].projects == ("hiheal",), \
        replies[1].text


def test_which_is_the_bigger_one_of_two_unlinked_projects_ranks_them(kb: KnowledgeBase) -> None:
    # Given two projects, neither part of the other
    reply = ask(kb, "Tell me about BFCC and ELISE", "which is the bigger one?")[1]
    # Then the sizes the page gives of both (was what each was part of)
    assert reply.intent == "superlative" and "13 organisations" in reply.text, reply.text


def test_the_new_one_is_the_follow_up_or_the_one_just_reached(kb: KnowledgeBase) -> None:
    reached = ask(kb, "Which project followed MAGIA?", "which countries did the new one target?")
    assert reached[1].projects[-1] == "magia2market" and "Japan" in reached[1].text
    step = ask(kb, "Is HIHeal still running?", "and who runs the new one?")[1]
    assert "next level transition" in step.text and not step.answered


def test_two_yes_no_questions_joined_by_and_get_two_verdicts(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Wurde BONEBANK von Interreg gefördert und lief es bis 2020?")[0]
    assert reply.text.count("Ja.") == 2 and "August 2020" in reply.text


@pytest.mark.parametrize("question,intent,projects", [
    ("Welche Projekte gehörten zu HIHeal?", "contains", {"hiheal", "bridge53"}),
    ("Welche Projekte laufen derzeit?", "status", set()),
    ("Welche Projekte führten ein anderes Projekt fort?", "list",  # and the ones they continued
     {"hiheal-next", "magia2market", "pilot-next", "hiheal", "magia", "pilot"}),
])
def test_more_questions_over_all_projects(kb: KnowledgeBase, question: str, intent: str,
                                          projects: set[str]) -> None:
    reply = ask(kb, question)[0]
    assert reply.intent == intent and set(reply.projects) == projects, reply.text


def test_how_many_were_those_counts_the_last_list(kb: KnowledgeBase) -> None:
    listed, counted = ask(kb, "Welche Projekte liefen 2021?", "Wie viele waren das?")
    assert counted.intent == "count" and set(counted.projects) == set(listed.projects)
    assert str(len(listed.projects)) in counted.text


def test_an_initiative_called_a_project_is_not_its_member(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Who led the HealthRegion project?")[0]
    assert "led by" not in reply.text  # BFCC's lead is not HealthRegion's


def test_a_request_listing_nouns_asks_each(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Bitte nennen Sie mir die Förderer von MAGIA sowie den Namen des "
                    "Nachfolgeprojekts und dessen Ende.")[0]
    assert "COSME" in reply.text and "MAGIA2Market" in reply.text and "2023" in reply.text


def test_single_nouns_after_question_marks_are_asks(kb: KnowledgeBase) -> None:
    reply = ask(kb, "ELISE: Beginn? Ende? Förderer?")[0]
    assert "2017" in reply.text and "2021" in reply.text and "Interreg" in reply.text


def test_a_second_list_question_with_its_own_condition(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Which projects did the ESF fund, and which projects did Hamburg pay for?")[0]
    assert "KI#CK" in reply.text and "InnoReAct" in reply.text


def test_every_project_that_is_a_list(kb: KnowledgeBase) -> None:
    reply = ask(kb, "I need every project that started in 2016")[0]
    assert reply.intent == "list" and set(reply.projects) == {"bfcc", "hiheal", "northopedics"}


def test_what_happened_after_a_project_ended_is_not_on_the_page(kb: KnowledgeBase) -> None:
    plain, continued = ask(kb, "What became of the biobank after BONEBANK finished? "
                           "Is it still open?", "Was passierte nach dem Ende von HIHeal?")
    assert not plain.answered and "doesn't say" in plain.text and "Yes" not in plain.text
    assert not continued.answered and "next level transition" in continued.text


def test_contents_and_later_phases_the_page_does_not_describe(kb: KnowledgeBase) -> None:
    guide, phase, first = ask(kb, "Which chapters does the NORTHOPEDICS network guide have?",
                              "Was geschah in der dritten Phase von BONEBANK?",
                              "and in its first phase?")
    assert not guide.answered and "guide" in guide.text
    assert not phase.answered and "Phase" in phase.text
    assert first.answered and "first phase" in first.text


def test_industry_partners_the_page_does_not_name(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Welche Industriepartner waren bei BRIDGE 53 an Bord?")[0]
    assert reply.intent == "partners" and not reply.answered


def test_details_the_page_does_not_give_are_not_answered(kb: KnowledgeBase) -> None:
    day, hospitals, offers, achieved, future = ask(
        kb, "When did ELISE start? which day in January 2017 exactly?",
        "How many hospitals took part in BFCC?",
        "Which offers did InnoReAct give companies, specifically?",
        "What has P.I.L.O.T. Next Level achieved so far?",
        "Will MAGIA2Market be offered again in the future?")
    assert day.answered and "1 January 2017" in day.text and day.projects == ("elise",)
    assert not hospitals.answered and "13" in hospitals.text
    assert not offers.answered and "general terms" in offers.text
    assert not achieved.answered
    assert not future.answered and "plans" in future.text


def test_a_guide_is_a_result_a_link_only_where_to_look(kb: KnowledgeBase) -> None:
    guide, link, where = ask(kb, "What came out of InnoReAct?", "and ELISE's results?",
                             "where can I find them?")
    assert guide.answered and "Leitfaden" in guide.text
    assert not link.answered and "link" in link.text
    assert where.answered and "link" in where.text


def test_a_resources_kind_not_its_wording_decides_if_it_is_a_result(tmp_path: Path) -> None:
    # Given the real file with InnoReAct's guide marked as a mere link (its words unchanged)
    text = (ROOT / "knowledge" / "projects.yaml").read_text(encoding="utf-8")
    guide = 'der „Leitfaden zum Projekt InnoReAct“",\n         kind: result}'
    assert text.count(guide) == 1
    changed = tmp_path / "projects.yaml"
    changed.write_text(text.replace(guide, guide.replace("result", "link")), encoding="utf-8")
    # When the results are asked of both
    real, = ask(load(), "What came out of InnoReAct?")
    relabelled, = ask(load(changed), "What came out of InnoReAct?")
    # Then the guide is a result only while it is marked as one
    assert real.answered and not relabelled.answered
    assert "Leitfaden" in real.text and "Leitfaden" in relabelled.text


def test_more_list_conditions(kb: KnowledgeBase) -> None:
    length, parallel, place, first = ask(kb, "Which projects lasted four years or longer?",
                                         "Which other projects ran at the same time as InnoReAct?",
                                         "anything involving Odense?",
                                         "welches davon begann als allererstes?")
    assert set(length.projects) == {"bonebank", "elise", "hiheal"}
    assert "pilot" in parallel.projects  # InnoReAct's own dates come first (in the title),
    assert "InnoReAct ran, from 1 January 2022" in parallel.text.splitlines()[0]  # not in the
    assert "InnoReAct (2022" not in parallel.text  # list
    assert place.projects == ("bonebank",)
    assert first.intent == "superlative" and first.projects[0] == "bonebank"


@pytest.mark.parametrize("question", [
    "which projects had follow-ups?",
    "what projects have a follow up on the page",  # "follow up on" here is no "follow-up on X:"
])
def test_projects_with_follow_ups_are_those_continued(kb: KnowledgeBase, question: str) -> None:
    # Given a question for the projects that had a follow-up (the plural noun, or "have a
    # follow up" before "on the page")
    reply = ask(kb, question)[0]
    # Then the list of those continued (the page: HIHeal, MAGIA and P.I.L.O.T.), not all
    assert reply.intent == "list" and reply.state.last_list == ("hiheal", "magia", "pilot")


@pytest.mark.parametrize("messages", [
    ("Wie viele Projekte hatten ein Nachfolgeprojekt?", "Wie heißen die Nachfolger?"),
    ("Wie heißen die Nachfolger?",),
    ("Welche Projekte wurden fortgeführt?", "und wie heißen ihre Nachfolger?"),
    ("How many projects had a follow-up?", "what are the follow-ups called?"),
])
def test_the_follow_ups_in_the_plural_are_each_follow_up_with_its_project(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the follow-ups asked in the plural ("die Nachfolger", with the plural's article)
    reply = ask(kb, *messages)[-1]
    # Then each follow-up the page names, with the project it continues (was every link the
    # page gives, BRIDGE 53's part in HIHeal among them)
    pairs = {pid for p in kb.projects.values() for pid in (p.id, *p.continued_by)
             if p.continued_by}
    assert reply.answered and set(reply.projects) == pairs, reply.text
    for p in kb.projects.values():
        if p.follows:
            assert p.name in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "how many of the projects got a follow-up project?",
    "how many got a successor?",
    "wie viele hatten ein Nachfolgeprojekt",
    "wie viele wurden fortgeführt?",
])
def test_how_many_got_a_follow_up_counts_those_continued(kb: KnowledgeBase, question: str) -> None:
    # Given the projects the page names a follow-up of (its `continued_by`)
    continued = {p.id for p in kb.projects.values() if p.continued_by}
    # When asked how many got one, with no list word ("got", no "Projekte")
    reply = ask(kb, question)[0]
    # Then those are counted (was all 11 projects, or each project's links)
    assert reply.intent == "count" and set(reply.state.last_list) == continued, reply.text
    assert f": {len(continued)} " in reply.text, reply.text


@pytest.mark.parametrize("turns", [
    ("tell me about BFCC", "which projects had a follow-up?"),
    ("tell me about BFCC", "which projects were continued?"),
    ("tell me about BFCC", "were there projects with a follow-up?"),
    ("Was war InnoReAct?", "Welche Projekte hatten ein Folgeprojekt?"),
    ("Was war InnoReAct?", "Gab es Projekte mit Nachfolger?"),
    ("who led BFCC?", "when did it end?", "list the projects with a follow-up"),
])
def test_a_question_of_all_projects_is_not_asked_of_the_one_talked_about(
    kb: KnowledgeBase, turns: tuple[str, ...]
) -> None:
    # Given a project talked about that the page names no follow-up for (BFCC, InnoReAct)
    reply = ask(kb, *turns)[-1]
    # When the plural noun asks of all projects, then they are the ones continued (the page:
    # HIHeal, MAGIA and P.I.L.O.T.), not "no follow-up for BFCC"
    assert reply.intent == "list" and reply.state.last_list == ("hiheal", "magia", "pilot"), \
        reply.text


@pytest.mark.parametrize("turns", [
    ("compare BFCC and BONEBANK", "which project was about bones beside these?"),
    ("tell me about BFCC", "and BONEBANK?", "any project about bones besides those?"),
    ("Was war BFCC?", "und BONEBANK?", "welches Projekt ging außer diesen beiden um Knochen?"),
])
def test_besides_these_leaves_out_the_projects_talked_about(
    kb: KnowledgeBase, turns: tuple[str, ...]
) -> None:
    # Given BFCC and BONEBANK talked about (the page: BFCC, BONEBANK and NORTHOPEDICS are the
    # projects on bones)
    reply = ask(kb, *turns)[-1]
    # When "besides these" asks for another, then it is NORTHOPEDICS (was the two themselves,
    # "these" read as "of these")
    assert reply.intent == "list" and reply.projects == ("northopedics",), reply.text
    assert "BFCC" in reply.text and "BONEBANK" in reply.text  # said as left out


@pytest.mark.parametrize("question", [
    "which project had a follow-up?",
    "welches Projekt hatte einen Nachfolger?",
])
def test_which_project_had_a_link_asks_of_all_projects(kb: KnowledgeBase, question: str) -> None:
    # Given BFCC talked about, which the page names no follow-up for
    reply = ask(kb, "tell me about BFCC", question)[-1]
    # When one project with a follow-up is asked for, then the projects with one (the page:
    # HIHeal, MAGIA and P.I.L.O.T.), not "no follow-up for BFCC"
    assert {"hiheal", "magia", "pilot"} <= set(reply.projects), reply.text
    assert "bfcc" not in reply.projects


@pytest.mark.parametrize("turns,kept", [
    # "sub projects", "other projects", "welches Projekt" still ask of the one talked about
    (("what was HIHeal?", "any sub projects?"), "bridge53"),
    (("what was MAGIA2Market?", "und welches Projekt ging voraus?"), "magia"),
    (("what was HIHeal?", "und welches Projekt hat dieses fortgesetzt?"), "hiheal-next"),
])
def test_a_link_of_the_one_talked_about_stays_its_own(
    kb: KnowledgeBase, turns: tuple[str, ...], kept: str
) -> None:
    reply = ask(kb, *turns)[-1]
    assert kept in reply.projects and len(reply.projects) == 2, reply.text


def test_a_link_condition_over_the_last_list(kb: KnowledgeBase) -> None:
    listed, linked = ask(kb, "Welche Projekte liefen 2018?",
                         "und welche davon wurden fortgesetzt?")
    # (the list is of the last list's projects; it also names the follow-ups they reached)
    assert set(linked.state.last_list) <= set(listed.projects) and "magia" in linked.projects


@pytest.mark.parametrize("question", ["wann lief das übergeordnete davon?",
                                      "wann lief das übergeordnete projekt davon?"])
def test_a_link_noun_of_the_last_list_picks_the_one_another_of_it_reaches(
        kb: KnowledgeBase, question: str) -> None:
    # Given a list of two projects where one was part of the other (BRIDGE 53 of HIHeal)
    listed, reply = ask(kb, "gabs projekte zum thema infektionen?", question)
    assert listed.projects == ("bridge53", "hiheal")
    # When the link noun asks of them ("das übergeordnete davon"), then it is HIHeal, the one
    # BRIDGE 53's link reaches, and only HIHeal's dates are given (the page: 2016 to 2022)
    assert reply.intent == "dates" and reply.projects == ("hiheal",), reply.text
    assert "2016" in reply.text and "2022" in reply.text and "BRIDGE" not in reply.text


def test_asking_the_bot_what_it_can_do_while_naming_lsn_is_help(kb: KnowledgeBase) -> None:
    assert ask(kb, "is this the Life Science Nord bot? what can you do?")[0].intent == "help"


@pytest.mark.parametrize("question", ["Wofür sind Sie da?", "wozu bist du da",
                                      "what's your purpose", "what are you good for",
                                      "was macht ihr eigentlich", "wer seid ihr",
                                      "what do you do",
                                      # "wobei", "womit" with "du" (was not understood)
                                      "Wobei kannst du mir helfen?", "womit kannst du mir helfen",
                                      "Hallo, ich bin Journalistin bei den Kieler Nachrichten. "
                                      "Wobei kannst du mir helfen?",
                                      "Womit können Sie mir helfen?", "Wie kannst du mir helfen?"])
def test_asking_what_the_bot_is_for_is_help(kb: KnowledgeBase, question: str) -> None:
    # Given no project named, When the user asks what the bot is for
    reply = ask(kb, question)[0]
    # Then it explains what it answers
    assert reply.intent == "help" and reply.answered


@pytest.mark.parametrize("question,lang", [
    ("Where do your facts come from?", "en"), ("where do you get your facts?", "en"),
    ("Woher stammen Ihre Daten?", "de"), ("Woher haben Sie Ihre Informationen?", "de"),
    ("Are you up to date?", "en"), ("Who made you?", "en"), ("Sind die Infos aktuell?", "de"),
    ("how old is this information?", "en"), ("what are your sources?", "en"),
    ("Quelle?", "de"), ("where do your answers come from?", "en"),
    ("Woher kommen Ihre Antworten?", "de"),
])
def test_asking_about_the_bot_and_its_source_names_the_page(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # Given no project talked about, and a knowledge base that holds no date of the page
    # When the user asks where the bot's facts come from, how current or who made it
    reply = ask(kb, question)[0]
    # Then it names its one source, the Past Projects page, and that the page's date isn't known
    assert reply.intent == "about_bot" and not reply.projects, reply.text
    assert reply.language == lang and "Past Projects" in reply.text, reply.text
    assert "no date" in reply.text or "kein Datum" in reply.text, reply.text


def test_how_current_the_page_is_asked_in_a_chat_is_still_about_the_source(
        kb: KnowledgeBase) -> None:
    # Given HIHeal talked about, When asked how current the page is
    reply = ask(kb, "Wann endete HIHeal?", "Und wie aktuell ist die Seite?")[-1]
    # Then about the page, not HIHeal's status
    assert reply.intent == "about_bot" and "Past Projects" in reply.text, reply.text


def test_the_date_of_the_page_is_given_where_the_knowledge_base_holds_it(
        kb: KnowledgeBase) -> None:
    # Given a knowledge base made from the page as of a day
    from dataclasses import replace as changed

    from bot.knowledge import PartialDate
    dated = changed(kb, page=changed(kb.page, as_of=PartialDate.parse("2026-11-30")))
    # When asked how current the bot is
    reply = answer("Are you up to date?", State(), dated)
    # Then that day, and no word of an unknown date
    assert "30 November 2026" in reply.text and "no date" not in reply.text, reply.text


@pytest.mark.parametrize("question,lang", [
    ("wann lief bfc", "de"), ("bfc wann", "de"), ("when did bfc run?", "en"),
])
def test_a_capital_name_one_letter_short_in_small_letters_is_meant(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # Given "bfc", one letter short of BFCC, written in small letters
    reply = ask(kb, question)[0]
    # Then BFCC's dates, saying that BFCC is taken to be meant
    assert reply.projects == ("bfcc",) and reply.answered and "2016" in reply.text, reply.text
    assert "bfc" in reply.text and reply.language == lang


@pytest.mark.parametrize("question,name", [
    ("bfcc was is das", "Baltic Fracture"), ("ki kick was is das", "Künstliche"),
])
def test_was_is_das_asks_in_german(kb: KnowledgeBase, question: str, name: str) -> None:
    # Given the spoken German "was is das" ("was ist das") after a project's name
    reply = ask(kb, question)[0]
    # Then the overview, in German
    assert reply.intent == "overview" and reply.language == "de" and name in reply.text


def test_asking_what_a_project_was_for_still_asks_its_goals(kb: KnowledgeBase) -> None:
    assert ask(kb, "Wofür war BFCC da?")[0].intent == "goals"


def test_the_purpose_told_before_a_question_only_frames_it(kb: KnowledgeBase) -> None:
    reply = ask(kb, "For our annual report on funding: which projects did the ESF pay for?")[0]
    assert reply.intent == "list" and reply.projects == ("kick",)


def test_the_university_of_applied_sciences_is_th_luebeck(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Which project had the University of Applied Sciences as a partner?")[0]
    assert "kick" in reply.projects


def test_a_ranking_after_other_rankings_ranks_all_projects(kb: KnowledgeBase) -> None:
    replies = ask(kb, "which project ran longest?", "which got the most money?",
                  "and which project had the biggest budget?", "which was the shortest project?",
                  "welches Projekt begann zuletzt?")
    assert replies[2].projects[0] == "elise" and "KI#CK" in replies[2].text
    assert replies[3].projects[0] == "innoreact"
    assert replies[4].projects[0] == "pilot-next"  # the named follow-up started last


def test_older_and_newer_are_orders_of_start(kb: KnowledgeBase) -> None:
    older, newer = ask(kb, "is HIHeal older than BONEBANK?", "Ist P.I.L.O.T. neuer als ELISE?")
    assert older.text.startswith("No.") and newer.text.startswith("Ja.")


def test_a_question_about_something_else_near_a_funders_name_is_no_list(kb: KnowledgeBase
                                                                         ) -> None:
    reply = ask(kb, "what's the traffic like in Hamburg today?")[0]
    assert reply.intent == "fallback" and not reply.projects


# --------------------------------------------------------------------------- direction of links


@pytest.mark.parametrize("text,intent,target", [
    # a link noun, then "of" and a question word or nothing: the other end of the link
    ("Which project is MAGIA2Market the successor of?", "predecessor", "magia"),
    ("Vorgänger von welchem Projekt war MAGIA?", "follow_up", "magia2market"),
    ("Von welchem Vorhaben ist P.I.L.O.T. Next Level das Folgeprojekt?", "predecessor", "pilot"),
    ("whose follow-up project was HIHeal next level transition?", "predecessor", "hiheal"),
    # a name after "of" is the project whose link is asked
    ("what is the successor of MAGIA?", "follow_up", "magia2market"),
    # building on something, going on
    ("what was P.I.L.O.T. Next Level built on?", "predecessor", "pilot"),
    ("Wie geht es mit HIHeal weiter?", "follow_up", "hiheal-next"),
])
def test_the_direction_of_a_link_is_read_from_the_words(
        kb: KnowledgeBase, text: str, intent: str, target: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == intent and target in reply.projects and reply.answered, reply.text


def test_what_the_project_talked_about_continues_is_its_predecessor(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Tell me about MAGIA2Market", "which project does MAGIA2Market continue?")[1]
    assert reply.intent == "predecessor" and "magia" in reply.projects


def test_the_far_end_of_a_link_is_the_subject_of_the_next_clause(kb: KnowledgeBase) -> None:
    reply = ask(kb, "P.I.L.O.T. Next Level: what is it the successor of, and when did that "
                    "one end?")[0]
    assert "P.I.L.O.T." in reply.text and "2023" in reply.text and reply.answered


# ------------------------------------------------------------------------- yes/no the page settles


@pytest.mark.parametrize("text,start", [
    ("Was MAGIA continued after it finished?", "Yes."),  # a follow-up, not a status
    ("Wurde P.I.L.O.T. nach dem Ende fortgeführt?", "Ja."),
    ("was there a project called KI#CK?", "Yes."),  # only that it exists
    ("Gibt es ein Projekt namens ELISE?", "Ja."),
    ("HIHeal: lief das bis 2022?", "Ja."),  # a subject set off, then a verb-first question
    ("Gabs bei NORTHOPEDICS einen Leitfaden?", "Ja."),  # "gab's" without its apostrophe
    ("gehören BRIDGE 53 und HIHeal zusammen, gehört BRIDGE 53 zu HIHeal?", "Ja."),
    ("Did BFCC create a registry across borders?", "Yes."),  # "borders": "transnational"
])
def test_yes_no_claims_the_page_settles(kb: KnowledgeBase, text: str, start: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.text.startswith(start) and reply.answered, reply.text


def test_a_follow_up_claim_without_a_follow_up_is_not_a_yes(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was BFCC continued after it ended?")[0]
    assert not reply.text.startswith("Yes") and not reply.answered


def test_a_name_with_more_words_is_no_bare_existence_claim(kb: KnowledgeBase) -> None:
    assert ask(kb, "gibt es ELISE noch?")[0].intent == "status"


def test_one_claim_asked_twice_gets_the_settled_verdict_only(kb: KnowledgeBase) -> None:
    # the first wording is vague ("zum Anfassen"), the second names the atlas: one yes
    reply = ask(kb, "hatte BONEBANK irgendein ergebnis zum anfassen, einen atlas oder so?")[0]
    assert reply.text.startswith("Ja.") and "nicht hervor" not in reply.text and reply.answered


def test_an_initiative_named_with_the_eu_is_what_the_project_was_part_of(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "BFCC belonged to which EU flagship?")[0]
    assert reply.intent == "part_of" and "HealthRegion" in reply.text


# ------------------------------------------------------------------- pairs and claims over several


def test_a_comparative_date_question_after_a_comparison_compares_the_same_two(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "Welches bekam mehr Geld, ELISE oder KI#CK?",
                "und welches hat später aufgehört?")[1]
    assert reply.intent == "superlative" and set(reply.projects) == {"elise", "kick"}


def test_overall_ranks_every_project_even_right_after_a_pair(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was lief länger, ELISE oder HIHeal?",
                "und welches Projekt endete insgesamt zuletzt?")[1]
    assert reply.intent == "superlative" and "elise" not in reply.projects and \
        "hiheal" not in reply.projects, reply.text


def test_a_claim_about_two_projects_then_a_ranking_of_them_answers_both(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "BFCC and NORTHOPEDICS both ended in 2019, right? and which started "
                    "earlier?")[0]
    assert reply.text.startswith("Yes.") and "BFCC" in reply.text and "2016" in reply.text
    assert "earlier" in reply.text


def test_a_year_claimed_of_two_projects_is_held_against_each(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Endeten ELISE und HIHeal beide 2021?")[0]
    assert reply.text.startswith("Nein.") and "2022" in reply.text


def test_a_country_claim_names_the_partner_from_that_country(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was there an Italian cluster in MAGIA?")[0]
    assert reply.text.startswith("Yes.") and "bioPmed" in reply.text


# --------------------------------------------------------------------------- the last list


def test_the_x_one_picks_from_the_last_list_by_what_the_page_says(kb: KnowledgeBase) -> None:
    # Given a list, then "the corona one" / "das Hamburger Vorhaben, das 2022 begann"
    replies = ask(kb, "Which projects did the ERDF fund?", "who led the corona one?")
    german = ask(kb, "Welche Projekte wurden durch den EFRE gefördert?",
                 "und das Hamburger Vorhaben, das 2022 begann – wer hat es geleitet?")
    # Then the project of that list the description fits is the one asked about
    assert replies[1].intent == "lead" and replies[1].projects == ("innoreact",)
    assert german[1].projects == ("innoreact",) and german[1].language == "de"


def test_a_description_several_of_the_last_list_fit_asks_which(kb: KnowledgeBase) -> None:
    # Given a list of three network projects and "the network one"
    listed, which, third = ask(kb, "which projects started in 2016?",
                               "the network one, who funded it?", "the third one")
    # Then the bot asks which of the three, and the answer comes once one is chosen
    assert which.intent == "clarify" and not which.answered
    assert {c.query for c in which.choices} == {"BFCC", "HIHeal", "NORTHOPEDICS"}
    assert third.intent == "funding" and third.projects == ("northopedics",)


@pytest.mark.parametrize("dialog", [("tell me about magia", "how many clusters?"),
                                    ("was war magia", "wie viele cluster?")])
def test_how_many_clusters_after_a_project_counts_its_partners(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given MAGIA, which the page says brought four clusters together
    reply = ask(kb, *dialog)[-1]
    # Then "how many clusters?" gives that figure with the partners, not "no such figure"
    assert reply.intent == "partners" and reply.answered and reply.projects == ("magia",)
    assert "four" in reply.text or "vier" in reply.text, reply.text


@pytest.mark.parametrize("question", ["wer hat den businessplan gemacht?",
                                      "who did the business plan?"])
def test_a_business_plan_is_the_business_model_the_page_names(kb: KnowledgeBase,
                                                               question: str) -> None:
    # Given BONEBANK, whose business model Life Science Nord worked out (the page)
    reply = ask(kb, "was war bonebank", question)[-1]
    # Then the answer names that work of LSN, not BONEBANK's lead (UKSH Lübeck)
    assert "Life Science Nord" in reply.text and reply.intent != "lead", reply.text


@pytest.mark.parametrize("dialog,answered", [
    (("wie lange lief KI#CK?", "und wann genau?"), False),  # the page: two years, no dates
    (("how long did bfcc run?", "and when exactly?"), True),
])
def test_when_after_how_long_asks_the_dates(kb: KnowledgeBase, dialog: tuple[str, ...],
                                            answered: bool) -> None:
    # Given how long a project ran, then "and when (exactly)?"
    reply = ask(kb, *dialog)[-1]
    # Then the dates are asked: where the page gives none, that is said (not the length again
    # as a confident answer)
    assert reply.intent == "dates" and reply.answered is answered, reply.text


def test_who_was_in_a_project_asks_its_partners(kb: KnowledgeBase) -> None:
    # Given "who was in …" alone and as the last of several asks
    alone, = ask(kb, "who was in HIHeal?")
    several, = ask(kb, "when did HIHeal start and end, and who was in it")
    # Then both answer HIHeal's partners (the second after its dates), not nothing
    assert alone.intent == "partners" and alone.projects == ("hiheal",), alone.text
    assert "Gesundheitswirtschaft Hamburg" in several.text and "2016" in several.text, \
        several.text


def test_did_anything_follow_it_asks_the_follow_up(kb: KnowledgeBase) -> None:
    # Given HIHeal talked about (the page: continued by HIHeal next level transition)
    reply = ask(kb, "who led HIHeal?", "did anything follow it?")[-1]
    # Then "anything" is what followed, HIHeal what it followed (was: "no predecessor")
    assert reply.intent == "follow_up" and reply.answered, reply.text
    assert set(reply.projects) == {"hiheal", "hiheal-next"}, reply.text


def test_the_original_one_after_a_follow_up_is_its_predecessor(kb: KnowledgeBase) -> None:
    # Given MAGIA2Market, the follow-up of MAGIA (2018 and 2019)
    reply = ask(kb, "when did MAGIA2Market run?", "and the original one, when was that?")[-1]
    # Then "the original one" is MAGIA (was MAGIA2Market's own dates again)
    assert "magia" in reply.projects and "2018" in reply.text, reply.text


@pytest.mark.parametrize("message", ["northopedics how many yrs", "how many yrs did it run"])
def test_a_length_asked_in_abbreviated_years_is_the_duration(kb: KnowledgeBase,
                                                            message: str) -> None:
    # the page: NORTHOPEDICS from June 21, 2016 to June 30, 2019 (was: "no such figure")
    reply = ask(kb, "who funded NORTHOPEDICS?", message)[-1]
    assert reply.intent == "duration" and reply.answered and "2019" in reply.text, reply.text


@pytest.mark.parametrize("message", ["which ones were already over before 2020",
                                     "welche projekte waren vor 2020 schon vorbei"])
def test_projects_over_before_a_year_are_those_that_ended_before_it(
        kb: KnowledgeBase, message: str) -> None:
    # the page: BFCC ended February 2019, MAGIA 2019, NORTHOPEDICS June 2019; BONEBANK 2020
    reply = ask(kb, message)[-1]
    assert set(reply.projects) == {"bfcc", "magia", "northopedics"}, reply.text


def test_how_many_partners_of_the_project_talked_about_is_its_count(kb: KnowledgeBase) -> None:
    # Given BFCC talked about (the page: "13 organisations from seven countries")
    reply = ask(kb, "when did BFCC run", "how many organisation")[-1]
    # Then a short "how many organisation" (a typo's singular) is BFCC's partner count, not
    # "the page gives no such figure"
    assert reply.intent == "partners" and reply.answered and "13" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "How many cases are in the transnational fracture registry?",
    "how many cases does the BFCC registry hold?",
    "Wie viele Patientenfälle enthält das Frakturregister?",
    "wie viele Fälle hat BFCC erfasst?"])
def test_cases_in_a_registry_are_a_figure_the_page_does_not_give(
        kb: KnowledgeBase, question: str) -> None:
    # Given the registry BFCC set up (the page counts its organisations, no cases or patients)
    reply = ask(kb, question)[-1]
    # Then the cases are a quantity the page doesn't give, not the count of projects on
    # registries ("1 — BFCC") read as the figure
    assert reply.intent == "quantity" and not reply.answered, reply.text
    assert reply.projects == ("bfcc",), reply.text


@pytest.mark.parametrize("question", [
    "How many patient cases are in the transnational fracture registry?",
    "How many patient records does the fracture registry hold?",
    "how many data sets are stored in the registry?",
    "Wie viele Patientendaten enthält das Register?",
    "wie viele Einträge hat das Frakturregister?"])
def test_things_counted_inside_a_thing_made_are_a_figure_not_a_count_of_projects(
        kb: KnowledgeBase, question: str) -> None:
    # Given the registry BFCC set up (the page gives no figure of what it holds)
    # When things of any name are counted inside it, no project named
    reply = ask(kb, question)[-1]
    # Then that is a quantity the page doesn't give, not "Projects on registries: 1"
    assert reply.intent == "quantity" and not reply.answered, reply.text
    assert reply.projects == ("bfcc",), reply.text


@pytest.mark.parametrize("question", [
    "how many projects had a registry?", "how many of them had a registry?",
    "how many had a registry?", "wie viele davon hatten ein Register?"])
def test_projects_counted_by_a_thing_they_had_are_still_counted(
        kb: KnowledgeBase, question: str) -> None:
    # Given one project on the page with a registry (BFCC)
    reply = ask(kb, question)[-1]
    # Then projects are counted: the count, answered
    assert reply.intent == "count" and reply.answered and reply.projects == ("bfcc",), \
        reply.text


@pytest.mark.parametrize("question,missing", [
    ("What's the combined EU funding across all of these projects?", "so there is no total"),
    ("What is the total EU funding?", "so there is no total"),
    ("Wie hoch war die EU-Förderung aller Projekte zusammen?",
     "eine Gesamtsumme gibt es daher nicht")])
def test_funding_summed_over_projects_is_an_amount_with_no_total(
        kb: KnowledgeBase, question: str, missing: str) -> None:
    # Given the page's amounts: only ELISE's and KI#CK's
    reply = ask(kb, question)[-1]
    # Then the money summed is asked: the amounts it has and that there is no total, not the
    # list of EU-funded projects as if it answered
    assert reply.intent == "amount" and not reply.answered, reply.text
    assert missing in reply.text and "ELISE" in reply.text, reply.text


def test_which_not_after_counting_a_list_is_the_rest_of_that_list(kb: KnowledgeBase) -> None:
    # Given a list under a condition (EU funding), then "how many is that?" (the same list)
    listed, counted, rest = ask(kb, "Which projects were funded by the EU in some way?",
                                "how many is that?", "and which not?")
    # Then "and which not?" is what the list left out (none known; MAGIA2Market open), not the
    # same list again
    assert counted.projects == listed.projects, counted.text
    assert not set(rest.projects) & set(listed.projects), rest.text
    assert "MAGIA2Market" in rest.text, rest.text


@pytest.mark.parametrize("follow_up", ["how many was that", "how many is that",
                                       "how many are they?"])
def test_how_many_that_was_after_a_list_counts_the_list(kb: KnowledgeBase, follow_up: str
                                                        ) -> None:
    # Given a list of the projects LSN led, after a question about ELISE
    listed, reply = ask(kb, "who funded elise", "which projects did lsn lead", follow_up)[1:]
    # Then "how many was that" counts that list, not a figure of ELISE
    assert reply.intent == "count" and reply.projects == listed.projects, reply.text


@pytest.mark.parametrize("follow_up,intent", [
    ("when did they start?", "start"),
    ("und wer hat die geleitet?", "lead"),
    ("wer hat sie gefördert?", "funding"),
    ("wann liefen die?", "dates"),
    ("wer hat die finanziert?", "funding"),  # a participle without "ge" at its start
    ("wer hat die koordiniert?", "lead"),
    ("und wer hat die durchgeführt?", "lead"),  # its "ge" after a verb prefix
])
def test_a_plural_pronoun_after_a_short_list_asks_of_each(
        kb: KnowledgeBase, follow_up: str, intent: str) -> None:
    # Given a list of three projects, then a question about "them" with no project named
    listed, reply = ask(kb, "welche projekte gab es zu knochen", follow_up)
    # Then each listed project is answered, not "which one do you mean?"
    assert reply.intent == intent and set(reply.projects) == set(listed.projects), reply.text
    # while "it" still asks which one, and "die" as an article is no pronoun
    assert ask(kb, "welche projekte gab es zu knochen", "und wann begann es?")[-1].intent == \
        "clarify"


@pytest.mark.parametrize("pick", ["das erste, worum gings", "das erste, worum gings da",
                                  "the first one, what was it about"])
def test_an_ordinal_before_a_question_without_a_mark_picks_from_the_list(
        kb: KnowledgeBase, pick: str) -> None:
    # Given a list, then "the first one," before a question typed without a question mark
    listed, reply = ask(kb, "welche projekte liefen 2019", pick)
    # Then the ordinal is no lead-in to drop: the first project listed is the one asked about
    assert reply.intent == "overview" and reply.projects == listed.projects[:1], reply.text


def test_an_ordinal_in_a_yes_no_question_is_one_of_the_last_list(kb: KnowledgeBase) -> None:
    # Given two medtech projects listed, then a claim about "the second one"
    replies = ask(kb, "which projects were about medtech?",
                  "ok and so which countries were targeted by the second one in the end?",
                  "did the first one target Japan as well?")
    assert replies[1].projects == ("magia2market",) and "Japan" in replies[1].text
    # Then the claim is checked of the first of the list, MAGIA: a "no", never a list
    assert replies[2].projects == ("magia",) and replies[2].text.startswith("No.")


def test_an_ordinal_with_nothing_to_count_gets_no_yes_or_no(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "was the second one funded by the ERDF?")
    assert not reply.answered and not reply.text.startswith(("Yes", "No"))


def test_a_description_told_before_which_project_names_that_project(kb: KnowledgeBase) -> None:
    # Given a description told first, then "which project was that?"
    english = ask(kb, "I'm preparing a talk on storing stem cells across the Danish border. "
                      "Which project was that?", "who paid for it?")
    german = ask(kb, "Ich schreibe über KI-Weiterbildung für Beschäftigte. "
                     "Welches Projekt war das?", "wie lange lief es?")
    # Then the one project it fits is named, and stays the subject
    assert english[0].intent == "list" and english[0].projects == ("bonebank",)
    assert english[1].intent == "funding" and english[1].projects == ("bonebank",)
    assert german[0].projects == ("kick",) and german[1].projects == ("kick",)


def test_a_claim_of_both_is_checked_of_each_of_the_two(kb: KnowledgeBase) -> None:
    # Given two projects asked about one after the other
    replies = ask(kb, "when did MAGIA run?", "and HIHeal?", "so both of them got ERDF money?",
                  "liefen beide mehr als drei Jahre?")
    # Then "both" means those two, and a claim false of one is a "no"
    assert set(replies[2].projects) == {"magia", "hiheal"} and replies[2].text.startswith("No.")
    assert replies[3].text.startswith("Nein.")


def test_a_claim_of_two_together_is_about_the_two_just_talked_of(kb: KnowledgeBase) -> None:
    replies = ask(kb, "when did BFCC run?", "and NORTHOPEDICS?", "did they overlap?",
                  "so the two ended in the same year?")
    assert set(replies[2].projects) == {"bfcc", "northopedics"}
    assert replies[2].text.startswith("Yes.") and replies[3].text.startswith("Yes.")


@pytest.mark.parametrize("claim", ["so they ended the same yr?", "ended in the same yr then?"])
def test_the_same_yr_is_the_same_year(kb: KnowledgeBase, claim: str) -> None:
    # Given two projects' ends (NORTHOPEDICS June 2019, BFCC February 2019), then "yr" typed
    replies = ask(kb, "whn did northopedics end", "and bfcc?", claim)
    # Then the claim is of the two (was BFCC's status alone)
    assert set(replies[2].projects) == {"bfcc", "northopedics"}, replies[2].text
    assert replies[2].text.startswith("Yes.") and replies[2].intent == "end", replies[2].text


def test_which_one_did_it_earlier_compares_the_two_just_talked_of(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Wann lief BFCC?", "und ELISE?", "und welches endete später?")
    assert replies[2].intent == "superlative" and replies[2].projects[0] == "elise"


def test_das_was_opens_a_description_not_a_question(kb: KnowledgeBase) -> None:
    # "das, was 2018 anfing – …": the relative clause describes one project of the last list
    replies = ask(kb, "Welche Projekte liefen 2019?", "das, was 2018 anfing – wer hat es bezahlt?")
    assert replies[1].intent == "funding" and replies[1].projects == ("magia",)


# -------------------------------------------------------------------------- only, and registration


@pytest.mark.parametrize("text,start", [
    ("War ELISE ein rein deutsches Vorhaben?", "Nein."),  # Poland, Slovakia, … too
    ("MAGIA had only Italian partners, right?", "No."),  # France, Belgium too
    ("Was BFCC solely a German affair?", "No."),  # seven countries
    ("Wurden die Stammzellen bei BONEBANK nur in Lübeck gelagert?", "Nein."),  # Odense too
    ("Did BONEBANK harvest bone only in Lübeck and Odense?", "Yes."),  # the page's "only"
])
def test_a_claim_of_one_place_only_is_held_against_the_places_the_page_names(
        kb: KnowledgeBase, text: str, start: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.text.startswith(start) and reply.intent == "places", reply.text


def test_the_baltic_states_ask_for_no_federal_states(kb: KnowledgeBase) -> None:
    # Given "the Baltic states" (Lithuania, of the page's countries) claimed of ELISE
    reply = ask(kb, "Did ELISE have partners in the Baltic states?")[0]
    # Then yes, with no word about German states (was: "states" asked for them)
    assert reply.text.startswith("Yes.") and "federal states" not in reply.text, reply.text


def test_an_only_claim_where_the_page_names_no_such_place_is_not_settled(
        kb: KnowledgeBase) -> None:
    # Given a project the page names no place for at all
    reply = ask(kb, "Was HIHeal a purely German project?")[0]
    # Then the page doesn't say
    assert reply.text.startswith("The page doesn't say") and not reply.answered


@pytest.mark.parametrize("text,start", [
    ("Was P.I.L.O.T. a purely German project?", "Yes."),
    ("War NORTHOPEDICS ein rein deutsches Projekt?", "Ja."),
])
def test_an_only_claim_is_held_by_the_places_inside_the_country(
        kb: KnowledgeBase, text: str, start: str) -> None:
    # Given a project whose places the page names are all in Germany (Schleswig-Holstein,
    # Northern Germany), When a claim says it was German only
    reply = ask(kb, text)[0]
    # Then yes, the state lying in the country (was: "the page doesn't say", no country named)
    assert reply.text.startswith(start) and reply.intent == "places", reply.text


def test_not_only_is_no_claim_of_one_place(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Was BONEBANK not only in Lübeck?")[0]
    assert not reply.text.startswith("No.")


@pytest.mark.parametrize("text,start,answered", [
    ("Kann ich den BONEBANK-Kompetenzatlas ohne Anmeldung ansehen?", "Nein.", True),
    ("Is the BONEBANK atlas on LSN XCHANGE open access?", "No.", True),
    # the page says nothing of registering for the guide or the link
    ("Could I download the NORTHOPEDICS guide without an account?", "The page doesn't say",
     False),
    ("Sind die Ergebnisse von BONEBANK öffentlich zugänglich?", "Das geht aus der Seite nicht",
     False),
])
def test_a_claim_of_access_without_registering_is_held_against_the_page(
        kb: KnowledgeBase, text: str, start: str, answered: bool) -> None:
    reply = ask(kb, text)[0]
    assert reply.text.startswith(start) and reply.answered is answered, reply.text


# -------------------------------------------------------------------- links set aside, links named


def test_a_negated_link_noun_names_no_link(kb: KnowledgeBase) -> None:
    # the correction names the project meant; "not the follow-up" is no hop to MAGIA2Market
    reply = ask(kb, "Who funded MAGIA2Market?", "sorry, I meant MAGIA itself, not the "
                    "successor")[1]
    assert reply.projects[:1] == ("magia",) and "COSME" in reply.text, reply.text


def test_a_negative_question_about_a_follow_up_still_asks_for_it(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Hatte HIHeal keinen Nachfolger?")[0]
    assert "HIHeal next level transition" in reply.text


def test_a_place_the_linked_project_had_is_named_after_the_no(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Zielte MAGIA schon auf Japan?")[0]
    assert reply.text.startswith("Nein.") and "MAGIA2Market" in reply.text
    assert reply.projects == ("magia",)  # still about the project asked of


def test_a_list_of_linked_projects_names_what_each_is_linked_with(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Welche Projekte wurden von einem anderen fortgeführt?")[0]
    assert "fortgeführt durch MAGIA2Market" in reply.text and "magia2market" in reply.projects


@pytest.mark.parametrize("text,start", [
    ("Kam das Geld für InnoReAct ausschließlich vom EFRE?", "Nein."),  # the City of Hamburg too
    ("Was ELISE's grant entirely from Interreg Europe?", "Yes."),  # the one funder named
    ("Wurde NORTHOPEDICS nur vom Land Schleswig-Holstein finanziert?", "Nein."),  # the ERDF too
])
def test_a_claim_that_one_funder_paid_for_all_is_held_against_every_funder(
        kb: KnowledgeBase, text: str, start: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.text.startswith(start) and reply.intent == "funding", reply.text


def test_what_happened_since_asks_for_the_follow_up(kb: KnowledgeBase) -> None:
    reply = ask(kb, "What was HIHeal?", "and what has happened since then?")[1]
    assert reply.intent == "follow_up" and "hiheal-next" in reply.projects


# ------------------------------------------------------------------------ lists with a further ask


@pytest.mark.parametrize("messages,said", [
    (("Which projects were about bones, and when did they start?",),
     ["BONEBANK started in September 2015", "NORTHOPEDICS started"]),
    (("Welche Projekte hatten Frankreich als Ziel und wer hat sie gefördert?",),
     ["Förderung von ELISE", "Förderung von MAGIA"]),
])
def test_a_short_list_and_an_ask_about_its_projects_answers_the_ask_for_each(
        kb: KnowledgeBase, messages: tuple[str, ...], said: list[str]) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "list" and all(s in reply.text for s in said), reply.text
    assert "meinen Sie" not in reply.text and "do you mean" not in reply.text


def test_a_list_ask_with_its_own_condition_is_a_second_list(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which projects had Denmark as a partner country, and which had Italy")[0]
    assert "MAGIA" in reply.text and "BONEBANK" in reply.text, reply.text


@pytest.mark.parametrize("messages,expected", [
    (("Welche Projekte liefen 2018?", "welches davon hatte ein Knochenbruchregister?"), ("bfcc",)),
    (("Which projects ran in 2018?", "which of them had a registry?"), ("bfcc",)),
    (("Which projects ran in 2018?", "which of them was funded by COSME?",
      "and which of them was about fractures?"), ("bfcc",)),  # from the list of six again
])
def test_which_of_them_narrows_the_list_by_a_topic(
        kb: KnowledgeBase, messages: tuple[str, ...], expected: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "list" and reply.projects == expected, reply.text


@pytest.mark.parametrize("messages,expected", [
    (("Welche Projekte liefen 2019?", "welches davon hatte Partner aus Belgien?"), ("magia",)),
    (("Which projects were funded by Interreg?", "which of them had partners in Poland?"),
     ("elise",)),
    (("Welche Projekte wurden durch Interreg gefördert?", "wann begann BONEBANK?",
      "Bei welchem davon gab es italienische Partner?"), ("elise",)),  # not BONEBANK's partners
    (("Was lief länger, ELISE oder HIHeal?", "und welches hatte Polen dabei?"), ("elise",)),
    (("Welche Projekte wurden durch Interreg gefördert?", "welches davon fing zuerst an?",
      "und bei welchem war Litauen dabei?"), ("elise",)),  # "und bei" before "welchem" is
    (("Welche Projekte wurden durch Interreg gefördert?", "welches davon fing zuerst an?",
      "und bei welchem gab es Partner aus Litauen?"), ("elise",)),  # no "und bei BFCC?"
    (("Welche Projekte hat Schleswig-Holstein gefördert?", "Bei welchem davon war der ESF "
      "beteiligt?"), ("kick",)),  # a funder taking part: no list of KI#CK's partners
    (("Welches Projekt hatte Partner in Litauen?",), ("elise",)),  # no list before: of all
    (("tell me about magia2market", "which project had partners in Lithuania?"), ("elise",)),
    (("Welche Cluster waren Partner von MAGIA?", "welches projekt hatte partner in litauen?"),
     ("elise",)),  # "which project", with one talked about, still asks of all projects
])
def test_which_of_them_had_partners_from_a_country_narrows_the_list(
        kb: KnowledgeBase, messages: tuple[str, ...], expected: tuple[str, ...]) -> None:
    # Given a list (or a pair just compared), maybe one of it talked about since
    # When the user asks which of them had partners from a country (or a funder taking part)
    # Then the answer is the projects of that list that fit, as a list, not their partners
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "list" and reply.projects == expected, reply.text
    assert reply.answered


@pytest.mark.parametrize("messages,expected", [
    (("Welche Projekte hatten was mit Knochen zu tun?", "welches davon war in Dänemark aktiv?"),
     ("bonebank",)),
    (("Welche Projekte sind 2023 ausgelaufen?", "welches davon hatte japan im fokus?"),
     ("magia2market",)),
])
def test_which_of_them_was_active_in_or_focused_on_a_country_narrows_the_list(
        kb: KnowledgeBase, messages: tuple[str, ...], expected: tuple[str, ...]) -> None:
    # Given a list; When the user asks which of them was active in (or had its focus on) a
    # country, a weak word beside the place; Then the list narrowed by the place, not the
    # dates or goals of the one that fits
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "list" and reply.projects == expected, reply.text


def test_who_the_partners_of_a_described_project_were_stays_its_partners(
        kb: KnowledgeBase) -> None:
    # Given a project described by its place, its partners asked with "who"
    reply = ask(kb, "who were the partners of the project in Odense?")[0]
    # Then the answer is BONEBANK's partners, not a list of the projects there
    assert reply.intent == "partners" and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("messages,left_out,kept", [
    (("Who funded ELISE?", "Which other projects did Interreg Europe fund?"), "elise", ()),
    (("Wer hat HIHeal gefördert?", "Welche weiteren Projekte hat die Stadt Hamburg gefördert?"),
     "hiheal", ("bridge53", "innoreact")),
])
def test_other_projects_leave_out_the_one_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], left_out: str, kept: tuple[str, ...]
) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "list" and left_out not in reply.projects, reply.text
    assert set(kept) <= set(reply.projects)
    assert reply.text.startswith(("Besides", "Außer")), reply.text


def test_other_projects_after_a_link_followed_leave_out_both_ends_of_it(kb: KnowledgeBase
                                                                        ) -> None:
    # Given P.I.L.O.T. (ended 31 March 2023), then its follow-up (began April 2023)
    reply = ask(kb, "Läuft P.I.L.O.T. noch?", "und seit wann gibts das nachfolgeprojekt",
                "which other projects ended in 2023?")[-1]
    # Then "other" leaves out P.I.L.O.T. too, not only the follow-up last talked of
    assert reply.intent == "list" and reply.projects == ("innoreact", "magia2market")
    assert reply.text.startswith("Besides"), reply.text


def test_a_count_of_all_projects_adds_the_follow_ups_up(kb: KnowledgeBase) -> None:
    reply = ask(kb, "How many projects does the page list in all?")[0]
    assert "11" in reply.text and "that makes 13" in reply.text, reply.text


@pytest.mark.parametrize("text", ["Which project produced a competence atlas?",
                                  "Welches Projekt entwickelte ein Geschäftsmodell?"])
def test_a_thing_a_project_made_finds_that_project(kb: KnowledgeBase, text: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.projects == ("bonebank",) and reply.answered, reply.text


def test_a_pick_whose_condition_fits_none_is_told_apart_by_the_projects_own_words(
        kb: KnowledgeBase) -> None:
    # "competency" is read as a topic none of the three has; NORTHOPEDICS' texts say
    # "competence network", BFCC's and BONEBANK's don't
    reply = ask(kb, "Which of the projects dealt with bones?",
                "the competency network one: who led it?")[-1]
    assert reply.projects == ("northopedics",), reply.text


@pytest.mark.parametrize("messages,then", [
    (("Was war Teil von HIHeal?", "und was war dessen Ziel?"), "bridge53"),
    (("tell me about HIHeal", "which sub-project belonged to it?", "who funded that one?"),
     "bridge53"),
    (("Welche Teilprojekte hatte HIHeal?", "wann lief das?"), "bridge53"),
])
def test_after_a_project_is_named_as_part_of_another_it_is_the_part(
    kb: KnowledgeBase, messages: tuple[str, ...], then: str
) -> None:
    # When a sub-project has just been named as part of the project talked about
    last = ask(kb, *messages)[-1]
    # Then "that one", "it", "das" is that sub-project, not both
    assert last.projects[:1] == (then,) and "hiheal" not in last.projects[:1]


@pytest.mark.parametrize("messages,other", [
    (("which projects ended in 2023?", "who led MAGIA2Market?", "and the other one?"), None),
    (("Welche Projekte begannen 2020?", "wer hat P.I.L.O.T. gefördert?", "und das andere?"),
     "magia2market"),
    (("when did BFCC start?", "and NORTHOPEDICS?", "and the other?"), "bfcc"),
])
def test_the_other_is_the_other_of_the_two_just_talked_about(
    kb: KnowledgeBase, messages: tuple[str, ...], other: str | None
) -> None:
    replies = ask(kb, *messages)
    last = replies[-1]
    if other is None:  # three listed: no one "other"
        assert last.intent == "clarify" or len(last.projects) != 1 or \
            last.projects != replies[-2].projects
        return
    assert last.projects == (other,) and last.intent == replies[-2].intent


@pytest.mark.parametrize("messages,winner,lang", [
    (("How much money did KI#CK get?", "which other project has an amount too?",
      "which of the two got more?"), "elise", "en"),
    (("Welchen Betrag nennt die Seite für ELISE?", "Gibt es noch ein anderes Projekt mit "
      "Betrag?", "welches von beiden hat mehr?"), "elise", "de"),
])
def test_other_projects_with_amounts_then_which_of_the_two_had_more(
    kb: KnowledgeBase, messages: tuple[str, ...], winner: str, lang: str
) -> None:
    _, others, compared = ask(kb, *messages)
    # Then the other project with an amount is listed, then the two are compared by amount
    assert others.intent == "list" and len(others.projects) == 1
    assert compared.intent == "superlative" and set(compared.projects) == {"elise", "kick"}
    assert compared.projects[0] == winner and compared.language == lang


@pytest.mark.parametrize("messages,pid,lang", [
    (("Tell me about HIHeal", "which project continued it?"), "hiheal-next", "en"),
    (("what continues MAGIA?",), "magia2market", "en"),
    (("Erzähl mir von MAGIA", "Was setzte es fort?"), "magia2market", "de"),
    (("Welches Projekt führt P.I.L.O.T. fort?",), "pilot-next", "de"),
])
def test_a_project_after_continue_asks_for_its_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, lang: str) -> None:
    # Given "continue" with the project as its object ("what continues X")
    reply = ask(kb, *messages)[-1]
    # Then it asks for the follow-up, not the predecessor
    assert reply.intent == "follow_up" and pid in reply.projects and reply.language == lang


@pytest.mark.parametrize("text,pid", [("what does MAGIA2Market continue?", "magia"),
                                      ("Which project did HIHeal next level transition continue?",
                                       "hiheal")])
def test_a_project_before_continue_asks_for_its_predecessor(kb: KnowledgeBase, text: str,
                                                            pid: str) -> None:
    reply = answer(text, State(), kb)
    assert reply.intent == "predecessor" and pid in reply.projects


def test_after_what_continues_it_that_one_is_the_follow_up(kb: KnowledgeBase) -> None:
    *_, funding = ask(kb, "When did P.I.L.O.T. end?", "what continued it?", "who funded that one?")
    assert funding.projects == ("pilot-next",) and not funding.answered


@pytest.mark.parametrize("text,name", [("was there a project called Fractures?", "Fractures"),
                                       ("Gab es ein Vorhaben namens Hamburg?", "Hamburg")])
def test_a_project_called_by_one_known_word_is_still_a_name(kb: KnowledgeBase, text: str,
                                                            name: str) -> None:
    # Given "a project called" and a word the page knows as a topic or place
    reply = answer(text, State(), kb)
    # Then it is a project name the page doesn't have, not a list of that topic
    assert reply.intent == "unknown_project" and not reply.answered and name in reply.text


def test_what_a_known_name_means_is_no_unknown_project(kb: KnowledgeBase) -> None:
    # "Was heißt ERDF?" asks what a name means: no project is called anything there
    assert answer("Was heißt Interreg?", State(), kb).intent != "unknown_project"


@pytest.mark.parametrize("text,ends", [
    ("the follow-up of HIHeal - when did it start?", ("hiheal", "hiheal-next")),
    ("Das Projekt, zu dem BRIDGE 53 gehörte: wer hat es gefördert?", ("bridge53", "hiheal")),
])
def test_a_chain_answers_about_the_project_reached_and_still_says_the_link(
    kb: KnowledgeBase, text: str, ends: tuple[str, ...]
) -> None:
    # the link's both ends are what the reply speaks about (docs/labels.md)
    reply = ask(kb, text)[0]
    assert reply.projects == ends
    assert len(reply.text.splitlines()) >= 2  # the link, then the answer


@pytest.mark.parametrize(("dialog", "project", "expected"), [
    (("which project came before MAGIA2Market, and who paid for that predecessor?",),
     "magia", "COSME"),
    (("Is BRIDGE 53 part of HIHeal?", "what did that subproject aim for?"),
     "bridge53", "infectious"),
    (("Which project came before P.I.L.O.T. Next Level?",
      "and when did this predecessor end?"), "pilot", "2023"),
    (("Gehörte BRIDGE 53 zu HIHeal?", "Was war das Ziel dieses Teilprojekts?"),
     "bridge53", "Infektionskrankheiten"),
])
def test_given_a_demonstrative_before_a_link_noun_then_it_names_the_project_reached(
        kb: KnowledgeBase, dialog: tuple[str, ...], project: str, expected: str) -> None:
    reply = ask(kb, *dialog)[-1]
    assert project in reply.projects and expected in reply.text
    assert "doesn't name" not in reply.text and "nennt kein" not in reply.text


@pytest.mark.parametrize(("question", "reached"), [
    ("The project P.I.L.O.T. was continued through: what is its name?", "pilot-next"),
    ("HIHeal was continued in a follow-up: what was it called?", "hiheal-next"),
])
def test_given_continued_through_then_the_follow_up_is_meant_not_the_predecessor(
        kb: KnowledgeBase, question: str, reached: str) -> None:
    reply = ask(kb, question)[0]
    assert reply.answered and reached in reply.projects


@pytest.mark.parametrize(("question", "words"), [
    ("BFCC: topic and duration?", ("fracture", "3 years")),
    ("HIHeal – Thema und Förderer?", ("Hygiene", "Hamburg")),
])
def test_given_a_project_topic_asked_with_another_aspect_then_both_are_answered(
        kb: KnowledgeBase, question: str, words: tuple[str, ...]) -> None:
    reply = ask(kb, question)[0]
    assert reply.answered and reply.intent == "overview"
    assert all(w in reply.text for w in words)


@pytest.mark.parametrize("question", [
    "What exactly did they do during the third stage of the BFCC project?",
    "Welche Ergebnisse gab es in Phase 2 des Projekts BONEBANK eigentlich?",
])
def test_a_later_phase_in_a_long_question_is_not_described(kb: KnowledgeBase,
                                                           question: str) -> None:
    """Given a long question about a phase past the first, When answered, Then the page
    describes no such phase: not answered, with what the page says."""
    reply = answer(question, State(), kb)
    assert not reply.answered and ("phase" in reply.text.lower()), reply.text


@pytest.mark.parametrize("question,intent,fact", [
    ("What problem did BFCC tackle?", "goals", "fracture"),
    ("Which issue was MAGIA meant to address?", "goals", "MAGIA"),
    ("Unter welcher Internetadresse finde ich die Ergebnisse von ELISE?", "contact",
     "More information and results"),
    ("give me the web address of the MAGIA project", "contact", "no website"),
])
def test_address_the_verb_is_a_goal_and_a_web_address_is_a_contact(
        kb: KnowledgeBase, question: str, intent: str, fact: str) -> None:
    """Given "address" as a verb or a web address asked, When answered, Then the verb asks
    the goal and the web address the contact: none on the page, only its link."""
    reply = answer(question, State(), kb)
    assert reply.intent == intent and fact in reply.text, reply.text
    assert reply.answered == (intent == "goals"), reply.text


@pytest.mark.parametrize("question,fact", [
    ("How do I sign up for a KI#CK course?", "past projects"),
    ("Wo melde ich mich für KI#CK an?", "vergangenen Projekten"),
])
def test_signing_up_for_a_past_project_is_not_on_the_page(kb: KnowledgeBase, question: str,
                                                          fact: str) -> None:
    """Given how to sign up for a project's course, When answered, Then not answered: the
    page lists it among past projects and gives no contact."""
    reply = answer(question, State(), kb)
    assert not reply.answered and reply.intent == "contact" and fact in reply.text, reply.text


@pytest.mark.parametrize("turns,lead", [
    (["Who on our side was in charge of BFCC?"], "Life Science Nord"),
    (["Wer hat ELISE geleitet?", "Und wer von uns war bei BONEBANK zuständig?"], "UKSH"),
])
def test_someone_in_the_users_own_team_is_a_person_the_page_does_not_name(
        kb: KnowledgeBase, turns: list[str], lead: str) -> None:
    """Given who "on our side" / "bei uns" was responsible, When answered, Then a person is
    asked: none on the page, not answered, with the lead organisation it does name."""
    state = State()
    for turn in turns:
        reply = answer(turn, state, kb)
        state = reply.state
    assert reply.intent == "contact" and not reply.answered and lead in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "How does HIHeal next level transition differ from HIHeal?",
    "Worin unterscheidet sich HIHeal next level transition von HIHeal?",
])
def test_how_a_follow_up_the_page_only_names_differs_is_not_said(kb: KnowledgeBase,
                                                                 question: str) -> None:
    """Given how a follow-up the page only names (without a line on what it does) differs
    from its predecessor, When answered, Then not answered, with what the page says of the
    follow-up. (P.I.L.O.T. Next Level has that line: tests/test_relation_wording.py.)"""
    reply = answer(question, State(), kb)
    assert not reply.answered and reply.projects == ("hiheal-next", "hiheal"), reply.text
    assert "HIHeal" in reply.text, reply.text


@pytest.mark.parametrize("turns,parts", [
    (["Was war HIHeal?", "Gehörte zu diesem Projekt noch ein Teilprojekt?"], "BRIDGE 53"),
    (["Gab es bei HIHeal ein Teilprojekt?"], "BRIDGE 53"),
])
def test_a_sub_project_asked_of_a_project_is_what_it_contained(
        kb: KnowledgeBase, turns: list[str], parts: str) -> None:
    """Given "noch ein Teilprojekt?" of a project, When answered, Then what it contained,
    not what it was part of; "ein Teilprojekt von …" stays the parent."""
    state = State()
    for turn in turns:
        reply = answer(turn, state, kb)
        state = reply.state
    assert reply.intent == "contains" and reply.text.startswith("Ja") and parts in reply.text
    assert answer("War BRIDGE 53 ein Teilprojekt von HIHeal?", State(), kb).intent == "part_of"


@pytest.mark.parametrize("question", [
    "which sub-projects were under the HIHeal umbrella?", "which projects belonged to HIHeal?",
    "what fell under the HIHeal umbrella", "which projects fell under the HIHeal umbrella",
    "which projects were under the HIHeal umbrella", "what came under hiheal",
])
def test_what_belonged_to_a_project_with_parts_is_what_it_contained(
        kb: KnowledgeBase, question: str) -> None:
    """Given a project that has parts and belongs to none (HIHeal), When someone asks what
    belonged to it or fell under its umbrella, Then its parts (BRIDGE 53), not that the page
    names no larger project it was part of; a project that fell under it stays the parent."""
    reply = answer(question, State(), kb)
    assert reply.intent == "contains" and reply.answered, reply.text
    assert set(reply.projects) == {"hiheal", "bridge53"} and "BRIDGE 53" in reply.text
    parent = answer("which bigger project did BRIDGE 53 fall under?", State(), kb)
    assert parent.intent == "part_of" and parent.text.endswith("part of HIHeal."), parent.text


@pytest.mark.parametrize("question,said,funder_line", [
    ("how much did the ESF give ELISE?", "Interreg Europe",
     "ELISE was not funded by the European Social"),
    ("Wie viel Geld kam vom EFRE für MAGIA?", "COSME",
     "MAGIA wurde nicht vom Europäischen Fonds"),
    # a fund that may be behind its Interreg programme, a public body where the page names no
    # co-financer: no money named, not ruled out (as the yes/no says "the page doesn't say")
    ("how much did the ERDF give to ELISE?", "Interreg Europe",
     "The page names no money from the European Regional"),
    ("Wie viel hat das Land zu ELISE beigetragen?", "Interreg Europe",
     "Geld vom Land Schleswig-Holstein für ELISE nennt die Seite nicht"),
])
def test_an_amount_from_a_funder_that_did_not_fund_the_project_says_so(
    kb: KnowledgeBase, question: str, said: str, funder_line: str
) -> None:
    # When the amount a funder gave is asked of a project that funder didn't fund
    reply = answer(question, State(), kb)
    # Then the reply says first that the funder did not fund it (as "Was ELISE funded by the
    # ESF?" says "No": the page names its funders, and not that one; it said only that the page
    # names no money from it), then who did fund it (it gave the project's amount as if it
    # answered the question)
    first = reply.text.splitlines()[0]
    assert funder_line in first and said in reply.text, reply.text


def test_an_amount_from_a_funder_of_the_project_comes_first(kb: KnowledgeBase) -> None:
    reply = answer("how much did the ESF give KI#CK?", State(), kb)
    assert reply.text.splitlines()[0].startswith("KI#CK: about €249,000"), reply.text


@pytest.mark.parametrize("question,project", [
    ("Wie viel von der ELISE-Förderung ging an Life Science Nord?", "elise"),
    ("how much of ELISE's money went to LSN?", "elise"),
    ("what was LSN's share of the ELISE budget?", "elise"),
    ("Welchen Anteil der Förderung bekam LSN bei ELISE?", "elise"),
    ("how much did each partner of ELISE get?", "elise"),
    ("Wie viel Geld bekam jeder Partner bei ELISE?", "elise"),
    ("how much of the ELISE grant went to Poland?", "elise"),
    ("how much did oncampus receive for KI#CK?", "kick"),
    ("how much did LSN get from the ESF for KI#CK?", "kick"),
])
def test_one_partners_share_of_the_money_is_not_on_the_page(
    kb: KnowledgeBase, question: str, project: str
) -> None:
    # When the money one partner (or each) got of a project is asked
    reply = answer(question, State(), kb)
    # Then the page doesn't say (it gives a project's whole amount, never a partner's share):
    # answered false, saying so first, and the whole amount offered
    whole = {fmt_money(a.value, a.currency, a.approx, reply.language)
             for a in kb.projects[project].amounts}
    assert not reply.answered and project in reply.projects, reply.text
    first, *rest = reply.text.splitlines()
    assert not any(w in first for w in whole) and all(w in "\n".join(rest) for w in whole), \
        reply.text


@pytest.mark.parametrize("question", [
    "how much did LSN's project ELISE get?", "Wie viel Geld bekam das LSN-Projekt ELISE?",
    "how much money did the ELISE project of LSN get?", "Wie viel ESF-Geld ging an KI#CK?",
    "How much funding did KI#CK get? LSN ran it.",
    "Wie viel Geld bekam KI#CK, das LSN durchgeführt hat?",
])
def test_the_owner_of_a_project_named_asks_its_whole_amount(kb: KnowledgeBase, question: str
                                                           ) -> None:
    # When the organisation named owns the project ("LSN's project ELISE"), Then the amount is
    # the project's own, answered
    assert answer(question, State(), kb).answered


@pytest.mark.parametrize("question,project,answered", [
    ("Wie hoch waren die EFRE-Mittel für P.I.L.O.T.? Eine ungefähre Zahl genügt mir.", "pilot",
     False),
    ("Wie hoch waren die Fördermittel für BONEBANK?", "bonebank", False),
    ("wie hoch waren die Interreg-Mittel für ELISE?", "elise", True),
    ("how high were the ERDF funds for NORTHOPEDICS?", "northopedics", False),
])
def test_how_high_the_funds_were_asks_their_amount_not_the_funders(
    kb: KnowledgeBase, question: str, project: str, answered: bool
) -> None:
    # When how high a project's funds were is asked ("Wie hoch waren die EFRE-Mittel?")
    reply = answer(question, State(), kb)
    # Then it is the amount: given where the page has it, else said to be missing (not the
    # funders alone, as if they answered it)
    assert reply.intent == "amount" and reply.projects == (project,)
    assert reply.answered is answered, reply.text


@pytest.mark.parametrize("question,intent,said", [
    ("Welche Cluster aus welchen Ländern gehörten zu MAGIA?", "partners", "BioWin (Belgien"),
    ("which clusters from which countries were part of MAGIA?", "partners", "BioWin (Belgium"),
    ("Welche Partner aus welchen Ländern hatte ELISE?", "partners", "Litauen"),
    ("Aus welchen Ländern kamen die Partner von MAGIA?", "places", "Belgien"),
    ("Aus wie vielen Ländern kamen die BFCC-Partner?", "places", "sieben Ländern"),
    ("Wie viele Partner aus wie vielen Ländern waren bei BFCC?", "partners", "13 Organisationen"),
])
def test_which_organisations_from_which_countries_names_them_with_their_countries(
    kb: KnowledgeBase, question: str, intent: str, said: str
) -> None:
    # When the organisations are asked with their countries ("Welche Cluster aus welchen
    # Ländern?"), or only the countries the partners came from (which, or how many)
    reply = answer(question, State(), kb)
    # Then the first are the partners, each with its country; the second the countries
    assert reply.intent == intent and said in reply.text, reply.text


def test_a_target_added_by_a_follow_up_is_said_once_when_both_are_asked_of(
        kb: KnowledgeBase) -> None:
    # When the places of MAGIA and MAGIA2Market are asked together, with what was added
    reply = answer("Which target region was newly added when MAGIA turned into MAGIA2Market?",
                   State(), kb)
    # Then MAGIA2Market's added target is said once (MAGIA's answer named it, then its own)
    assert reply.text.count("added Japan") == 1, reply.text


def test_a_plans_question_keeps_the_project_it_names_and_says_what_followed(kb: KnowledgeBase
                                                                            ) -> None:
    # Given questions about plans for a project the page names, in English and German
    # When they are asked
    hiheal, elise, pilot = (ask(kb, q)[0] for q in (
        "Will there be another HIHeal project in the future?",
        "Ist ein drittes ELISE-Projekt geplant?",
        "Are there plans for a P.I.L.O.T. 3?"))
    # Then none is answered, each keeps its project and says only what the page names after it
    assert not any(r.answered for r in (hiheal, elise, pilot))
    assert hiheal.projects == ("hiheal", "hiheal-next") and "plans" in hiheal.text
    assert "HIHeal next level transition" in hiheal.text
    assert elise.projects == ("elise",) and "kein Nachfolgeprojekt" in elise.text
    assert pilot.projects[0] == "pilot" and "P.I.L.O.T. Next Level" in pilot.text


@pytest.mark.parametrize("messages,said", [
    # the page: "KI#CK - Künstliche Intelligenz: Chancen erkennen, Kompetenzen entwickeln"
    # (KI#CK - Artificial Intelligence: Identifying Opportunities, Developing Competences)
    (("who ran KI#CK?", "what is the name in English?"), "Artificial Intelligence"),
    (("Wer hat KI#CK durchgeführt?", "und der Name auf Deutsch, übersetzt?"),
     "Künstliche Intelligenz"),
    (("Which partners did ELISE have?", "and ELISE is English for what?"),
     "European Life Science Ecosystems"),
])
def test_what_the_name_means_in_another_language_is_its_full_name(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "overview" and said in reply.text


def test_a_name_the_speaker_is_unsure_of_is_taken_as_the_one_close_project(
        kb: KnowledgeBase) -> None:
    # Given a name not quite right, said with a hedge, then a follow-up about "it"
    english = ask(kb, "I'm looking for a project called Nortopedix or something like that",
                  "who funded it?")
    german = ask(kb, "Infos zum Projekt Nortopedix oder so ähnlich, bitte")
    # Then the one close project is meant, and the reply says it assumed so first
    assert english[0].projects == ("northopedics",) and english[0].answered
    assert english[0].text.startswith("I take “Nortopedix” to mean NORTHOPEDICS.")
    assert english[1].projects == ("northopedics",) and "(ERDF)" in english[1].text
    assert german[0].projects == ("northopedics",) and "Nortopedix" in german[0].text


@pytest.mark.parametrize("text,starts,verdict", [
    ("Did Life Science Nord lead BFFC?", "I take “BFFC” to mean BFCC.", "Yes."),
    ("Hat LSN BFFC geleitet?", "Ich gehe davon aus, dass Sie mit „BFFC“ BFCC meinen.", "Ja."),
    ("Was BFC led by UKSH?", "I take “BFC” to mean BFCC.", "No."),  # LSN led it
])
def test_a_claim_of_a_name_clearly_meaning_one_project_is_checked_of_it_saying_so(
        kb: KnowledgeBase, text: str, starts: str, verdict: str) -> None:
    # Given a yes/no claim of a badly typed name close to one project only (a lead: BFCC
    # "has been led by the Life Science Nord Management GmbH")
    reply = ask(kb, text)[0]
    # Then the claim is checked of that project, saying which name was read right after the
    # verdict (which opens the reply, as every yes/no's does: set 58 s58-yn-bfcc-lsn-lead-en-1)
    assert reply.projects == ("bfcc",) and reply.intent == "lead", reply.text
    assert reply.text.startswith(f"{verdict} {starts}"), reply.text


@pytest.mark.parametrize("text,projects,verdict,name", [
    # the page: HIHeal ran from April 2016 to December 2022, BFCC from March 2016 until
    # February 2019, ELISE from January 2017 to December 2021
    ("Lief HIHeal länger als BFFC?", ("hiheal", "bfcc"), "Ja.", "„BFFC“ BFCC"),
    ("Did HIHeal run longer than BFFC?", ("hiheal", "bfcc"), "Yes.", "“BFFC” to mean BFCC"),
    ("Lief BFFC länger als HIHeal?", ("bfcc", "hiheal"), "Nein.", "„BFFC“ BFCC"),
    ("did BFCC run longer than ELIS?", ("bfcc", "elise"), "No.", "“ELIS” to mean ELISE"),
    ("war NORTHOPEDICS vor BFFC zu ende?", ("northopedics", "bfcc"), "Nein.", "„BFFC“"),
])
def test_a_name_clearly_meaning_a_project_beside_a_named_one_is_read_as_it(
        kb: KnowledgeBase, text: str, projects: tuple[str, ...], verdict: str, name: str
) -> None:
    # Given a claim naming one project right and another with a typo (was "Die Seite sagt
    # nicht, wo HIHeal stattfand.": the typo read as a place), When asked
    reply = ask(kb, text)[0]
    # Then both projects are compared, the verdict first, then which name was read
    assert reply.projects == projects and reply.answered, reply.text
    assert reply.text.startswith(verdict) and name in reply.text.splitlines()[0], reply.text


def test_a_question_naming_a_project_and_a_typo_of_another_asks_of_both(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "Wie lange liefen HIHeal und BFFC?")[0]
    assert reply.projects == ("hiheal", "bfcc") and reply.intent == "duration", reply.text
    assert reply.text.startswith("Ich gehe davon aus, dass Sie mit „BFFC“ BFCC meinen.")


def test_a_name_said_without_a_hedge_or_close_to_none_is_still_unknown(kb: KnowledgeBase
                                                                       ) -> None:
    # Given a wrong name said plainly, and a hedged name close to no project
    plain = ask(kb, "Infos zum Projekt Nortopedix bitte")[0]
    far = ask(kb, "a project called Zebrafish or something like that")[0]
    # Then neither is taken as a project: the bot says it doesn't know it
    assert plain.intent == far.intent == "unknown_project"
    assert not plain.answered and not far.answered and "NORTHOPEDICS" in plain.text


def test_a_question_with_a_name_clearly_meaning_one_project_is_answered_saying_so(
        kb: KnowledgeBase) -> None:
    # Given a question with a badly typed name far closer to one project than to any other
    german = ask(kb, "Wer hat das nortopedix projekt gefunded?")[0]
    english = ask(kb, "BFFC partners bitte")[0]
    # And a name as close to two projects (MAGIA, MAGIA2Market)
    torn = ask(kb, "When did magia3 run?")[0]
    # Then the question is answered about the one project, saying which name was read
    assert german.projects == ("northopedics",) and german.intent == "funding"
    assert german.text.startswith("Ich gehe davon aus, dass Sie mit „nortopedix“ NORTHOPEDICS")
    assert "(EFRE)" in german.text
    assert english.projects == ("bfcc",) and english.intent == "partners"
    assert english.text.startswith("I take “BFFC” to mean BFCC.")
    # And the torn one still asks which is meant
    assert not torn.answered and "MAGIA or MAGIA2Market" in torn.text


@pytest.mark.parametrize("question", [
    "Was wissen Sie über das Projekt MedTech Baltic?",
    "tell me about the MedTech Baltic project",
])
def test_a_name_of_several_words_with_one_word_fitting_a_project_is_no_project(
        kb: KnowledgeBase, question: str) -> None:
    # Given a name the page never gives, one of whose words is in a project's name (MAGIA,
    # "Medtech Alliance for Global InternationAlisation")
    reply = ask(kb, question)[0]
    # Then it is no project of the page (was: MAGIA's card, said as assumed)
    assert not reply.answered and "magia" not in reply.projects, reply.text
    # While a misspelt name of several words still reads as the project
    misspelt = ask(kb, "tell me about the Medtech Aliance project")[0]
    assert misspelt.projects == ("magia",) and misspelt.answered, misspelt.text


@pytest.mark.parametrize("question,project,intent,start", [
    ("what came out of bffc?", "bfcc", "results", "I take “bffc” to mean BFCC."),
    ("wer hat bffc gefördert", "bfcc", "funding", "Ich gehe davon aus, dass Sie mit „bffc“"),
    ("when did nortopedix run", "northopedics", "dates", "I take “nortopedix” to mean"),
])
def test_a_misspelt_name_in_small_letters_clearly_meaning_one_project_is_answered_saying_so(
        kb: KnowledgeBase, question: str, project: str, intent: str, start: str) -> None:
    # Given a question with a name in small letters, badly typed, far closer to one project
    reply = ask(kb, question)[0]
    # Then it is answered about that project, saying which name was read (was not understood)
    assert reply.projects == (project,) and reply.intent == intent and reply.answered
    assert reply.text.startswith(start), reply.text


def test_by_whom_asks_for_the_doer_of_the_last_questions_verb(kb: KnowledgeBase) -> None:
    # The page: BFCC ran March 2016 to February 2019, funded by the Interreg Baltic Sea Region
    # Programme 2014-2020; BONEBANK "led by the UKSH Lübeck"
    replies = ask(kb, "How long was BFCC funded?", "and by whom?")
    assert replies[1].intent == "funding" and "Baltic Sea" in replies[1].text
    replies = ask(kb, "Seit wann wurde BONEBANK geleitet?", "durch wen?")
    assert replies[1].intent == "lead" and "UKSH" in replies[1].text
    # And an amount asked has a giver: "und von wem?" after it asks who gave the money (ELISE:
    # €1,217,494 from Interreg Europe)
    for amount, whom in (("Wie viel Fördergeld bekam ELISE?", "und von wem"),
                         ("How much money did ELISE get?", "from whom?")):
        replies = ask(kb, amount, whom)
        assert replies[1].intent == "funding" and "Interreg Europe" in replies[1].text
    # And with no such verb before, "von wem?" is no funding question
    replies = ask(kb, "Wie lange lief ELISE?", "Und von wem?")
    assert replies[1].intent != "funding"


@pytest.mark.parametrize("whom", ["und von wem kam das?", "von wem kam es denn?",
                                  "und das kam von wem?", "who was that from?"])
def test_by_whom_with_words_that_only_point_back_asks_for_the_giver(
        kb: KnowledgeBase, whom: str) -> None:
    # Given an amount asked (the page: ELISE's €1,217,494 "funded by the Interreg Europe
    # program"), then "von wem" with words that name only what was asked ("kam das")
    replies = ask(kb, "Wie viel Fördergeld hatte ELISE?", whom)
    # Then it asks who gave the money (was: the amount again, or not understood)
    assert (replies[1].intent, replies[1].projects) == ("funding", ("elise",)), replies[1].text
    assert "Interreg Europe" in replies[1].text


@pytest.mark.parametrize("besides", [
    "Gab es daneben noch anderes Geld?", "Gab es daneben noch Geld?",
    "gab es zusätzlich noch geld von woanders?", "any other money besides that?",
    "was there extra funding?"])
def test_money_besides_the_one_told_asks_where_else_it_came_from(
        kb: KnowledgeBase, besides: str) -> None:
    # Given KI#CK's ESF amount asked (the page: "approx. 193,000 EUR" from the EU and the state
    # and "approx. 249,000 Euro" from the ESF), then money besides it
    replies = ask(kb, "Welche Projekte wurden aus dem ESF gefördert?", "mit wie viel?", besides)
    # Then its funders with their amounts (was: "the page doesn't say", or whether it still ran)
    reply = replies[-1]
    assert (reply.intent, reply.projects, reply.answered) == ("funding", ("kick",), True), \
        reply.text
    assert "193" in reply.text


def test_what_a_programme_was_called_asks_for_the_funding(kb: KnowledgeBase) -> None:
    # The page: NORTHOPEDICS within "Schleswig-Holstein's Regional Economic Programme"
    reply = ask(kb, "NORTHOPEDICS", "what was the name of the programme?")[1]
    assert reply.intent == "funding" and "Regional Economic Programme" in reply.text
    reply = ask(kb, "Wie hieß das Programm bei BONEBANK?")[0]
    assert reply.intent == "funding" and "Interreg Deutschland-Danmark" in reply.text


@pytest.mark.parametrize("question, name", [
    ("who funded the 'HealthBridge' project?", "HealthBridge"),
    ("Erzählen Sie mir vom Projekt „Nordgenom Ostsee“", "Nordgenom Ostsee"),
    ("what did the project \"Baltic Bone Link\" do?", "Baltic Bone Link"),  # "Baltic" is no BFCC
    ("when did the medibalt cluster project run?", "medibalt cluster"),
    ("what about the Baltic Biobank Alliance project?", "Baltic Biobank Alliance"),  # a title:
    # known words ("Baltic", "Biobank"), written with capitals; so after "project", with a word
    # we don't know: "Baltic" (a place of BFCC's) in it is no BFCC
    ("hi! do you know the project BALTIC HEALTH TWIN?", "BALTIC HEALTH TWIN"),
    ("Kennen Sie das Projekt Baltic Health Twin?", "Baltic Health Twin"),
    # every word a name of the page (a topic, a place, "Bridge" of BRIDGE 53), none one name
    # of them all: no project of the page either (was an empty list of medtech in the Baltic)
    ("Was wissen Sie über das Projekt MedTech Bridge Baltic?", "MedTech Bridge Baltic"),
    ("what do you know about the project MedTech Baltic Bridge?", "MedTech Baltic Bridge"),
])
def test_a_name_marked_as_a_project_the_page_lacks_is_not_known(
        kb: KnowledgeBase, question: str, name: str) -> None:
    # Given a name in quotes beside "project", or between "the" and "project" with a word we
    # don't know / When asked / Then the bot says it doesn't know that project, never another's
    reply = answer(question, State(), kb)
    assert reply.intent == "unknown_project" and not reply.answered, reply.text
    assert name in reply.text and reply.projects == ()


@pytest.mark.parametrize("question, pid", [
    ("what was the 'Baltic Fracture Competence Centre' project?", "bfcc"),
    ("Wann lief das Projekt „ELISE“?", "elise"),
    ("tell me about the BONEBANK project", "bonebank"),
    ("tell me about the Baltic Sea Region project", "bfcc"),  # capitals, but one known name
])
def test_a_project_of_the_page_in_quotes_is_that_project(
        kb: KnowledgeBase, question: str, pid: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.projects[:1] == (pid,) and reply.answered, reply.text


@pytest.mark.parametrize("message, name", [
    ("was BFCC part of something bigger? what was it called?", "HealthRegion"),
    ("Gehörte BRIDGE 53 zu einem größeren Projekt? Wie hieß das?", "HIHeal"),
    ("Did MAGIA have a successor? What was its name?", "MAGIA2Market"),
])
def test_the_name_of_what_a_link_leads_to_is_said_in_the_link(
        kb: KnowledgeBase, message: str, name: str) -> None:
    # Given a yes/no question about a link, then "what was it called?" / When answered
    reply = answer(message, State(), kb)
    # Then the link names it: answered, with no "nothing more" after it
    assert reply.answered and name in reply.text, reply.text
    assert "nothing more" not in reply.text and "Mehr sagt" not in reply.text


@pytest.mark.parametrize("text,said,also", [
    ("What's behind the name MAGIA, and who funded it?", "Medtech Alliance", "COSME"),
    ("Was verbirgt sich hinter der Abkürzung BFCC und wann begann es?", "Baltic Fracture", "2016"),
    ("what is behind the acronym HIHeal", "Hygiene, Infection", ""),
    ("Wofür stand P.I.L.O.T. und welche Region stand im Fokus?", "PrecisionMedicine",
     "Schleswig-Holstein"),
    ("what did ELISE stand for and when did it run?", "European Life Science Ecosystems",
     "2017"),
    ("Wofür stand das Kürzel KI#CK?", "Künstliche Intelligenz", ""),
])
def test_what_is_behind_a_name_is_its_full_name_also_among_other_asks(
        kb: KnowledgeBase, text: str, said: str, also: str) -> None:
    # Given "what's behind the name X" ("was steckt hinter dem Namen"), alone or with another ask
    reply = ask(kb, text)[0]
    # Then the full name is given (not who was behind the project), and the other ask too
    assert reply.intent == "overview" and said in reply.text and also in reply.text, reply.text


@pytest.mark.parametrize("question,pid", [
    ("ELISE: wer hat das Projekt mit LSN gemacht?", "elise"),
    ("KI#CK – wer hat das mit LSN gemacht?", "kick"),
])
def test_who_did_a_project_with_lsn_asks_its_partners_not_every_lsn_project(
    kb: KnowledgeBase, question: str, pid: str
) -> None:
    # Given a named project and Life Science Nord, which took part in every project
    # When someone asks who did that project with LSN
    reply = answer(question, State(), kb)
    # Then its partners, not the list of all the projects LSN took part in
    assert reply.intent == "partners" and reply.projects == (pid,)


@pytest.mark.parametrize("question", [
    "how many organisations and how many countries were involved in BFCC",
    "wie lange lief BFCC, wie viele Organisationen und aus wie vielen Ländern?",
    "bfcc start date exactly? which day in march 2016 was the kick-off",
    "how many partners and countries did bfcc have",
])
def test_what_two_asks_share_is_said_once(kb: KnowledgeBase, question: str) -> None:
    # Given two asks of one message that the same facts answer in part (BFCC's partners are
    # counted, "13 organisations from seven countries", and not named; its start has no day)
    reply = answer(question, State(), kb)
    # Then every line is said once: the count, and the line that goes with it, not again
    lines = reply.text.splitlines()
    assert len(lines) == len(set(lines)), reply.text


def test_start_and_end_then_a_count_of_participants_are_three_asks(kb: KnowledgeBase) -> None:
    # Given KI#CK, whose page gives neither dates (only two years) nor a number of participants
    # When both are asked in one message
    reply = answer("when did KI#CK start and end, and how many participants did it have?",
                   State(), kb)
    # Then one dates answer (start and end together) and the count the page lacks, in order
    assert reply.intent == "dates" and not reply.answered
    assert "two years" in reply.text and "no such figure" in reply.text


@pytest.mark.parametrize("message,first,second", [
    ("I need the dates of BFCC for a report. And who led it?", "dates", "Life Science Nord"),
    ("Guten Tag, ich war früher am UKSH und brauche für einen neuen Antrag die genaue Laufzeit "
     "von BONEBANK. Und von welchem Programm kam damals das Geld?", "dates", "Interreg"),
])
def test_a_sentence_saying_what_is_needed_is_asked_before_the_question_after_it(
    kb: KnowledgeBase, message: str, first: str, second: str
) -> None:
    # When a message says what of a project is needed, then asks something else
    reply = answer(message, State(), kb)
    # Then both are answered, the need first
    assert reply.intent == first and reply.answered and second in reply.text


def test_what_the_speaker_needs_to_do_asks_nothing(kb: KnowledgeBase) -> None:
    # When the speaker says what they need to do before the question
    reply = answer("I need to update our website and noticed HIHeal next level transition is "
                   "only mentioned by name. Do we have start and end dates for it?", State(), kb)
    # Then only the question is answered
    assert reply.intent == "dates" and not reply.answered and "website" not in reply.text


def test_a_plan_told_before_a_question_about_the_past_is_no_question_about_plans(
    kb: KnowledgeBase
) -> None:
    # Given a message that tells a plan ("next year"), then asks about past projects
    reply = answer("Hello, I run a small medtech company in Kiel and we'd like to enter the "
                   "Japanese market next year. Did any of your projects help companies with "
                   "that?", State(), kb)
    # Then the project that fits is the answer, not "the page says nothing about plans"
    assert reply.answered and "magia2market" in reply.projects
    # while a question about plans itself still says the page has none
    planned = answer("Grazie! Is there a MAGIA 3 planned?", State(), kb)
    assert not planned.answered and planned.projects == ("magia",)


def test_a_question_naming_its_project_is_not_read_as_describing_one(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a question that names its project, and a question that describes one
    import bot.conversation as conversation

    def looked(*_: object) -> bool:
        raise AssertionError("a named project's question was read as a description")

    monkeypatch.setattr(conversation, "refers_back", looked)
    monkeypatch.setattr(conversation, "_refers", looked)
    # When each is answered
    reply = answer("Who led BONEBANK?", State(), kb)
    # Then the named one is answered without looking for the project it describes (the
    # description's checks cost more than the flags that rule it out)
    assert reply.intent == "lead" and reply.projects == ("bonebank",)
    monkeypatch.undo()
    described = answer("Wer hat die Biobank in Odense geleitet?", State(), kb)
    assert described.projects[:1] == ("bonebank",), described.text


def test_a_message_of_several_questions_builds_no_state_or_reading_it_throws_away(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace as copy

    from bot import conversation
    # Given every copy of a frozen value the conversation makes, with whether it changed
    # anything, and every state made after an answer
    copies: list[tuple[str, bool]] = []
    states: list[str] = []
    monkeypatch.setattr(conversation, "replace", lambda value, **changes: (copies.append(
        (type(value).__name__, any(getattr(value, k) != v for k, v in changes.items()))),
        copy(value, **changes))[1])
    made = conversation.next_state
    monkeypatch.setattr(conversation, "next_state", lambda result, language, state: (
        states.append(result.intent), made(result, language, state))[1])
    # When messages of two questions are answered, and one that names two projects first
    for messages in (["When did ELISE start? And who funded it?"],
                     ["who led BFCC and when did it end?"],
                     ["Tell me about MAGIA",
                      "I'm looking at MAGIA and MAGIA2Market. When did the first one run?"]):
        ask(kb, *messages)
    # Then each copy changed something (no reading without unknown names was copied without
    # them, no state copied with the projects it had, no choices set to those it had), and a
    # state was made after each question but the last, then once for the whole reply (the
    # state after the last question was made and thrown away)
    assert copies and all(changed for _, changed in copies)
    assert states == ["start", "start", "lead", "lead", "overview", "dates"]


@pytest.mark.parametrize("turns,first,second", [
    # the page: InnoReAct ran 01.01.2022 - 28.2.2023, P.I.L.O.T. 01.01.2020 - 31.03.2023
    (("when did innoreact run?", "was it longer or shorter than pilot?"), "P.I.L.O.T.",
     "InnoReAct"),
    (("wann lief innoreact?", "war es länger oder kürzer als pilot?"), "P.I.L.O.T.",
     "InnoReAct"),
    # BFCC began in March 2016, ELISE on January 1, 2017
    (("Was BFCC longer or shorter than ELISE?",), "ELISE", "BFCC"),
    (("who led BFCC?", "did it start before or after ELISE?"), "BFCC", "ELISE"),
    (("Hat BFCC vor oder nach ELISE angefangen?",), "BFCC", "ELISE"),
    # right after a claim: no claim changed, HIHeal began on April 1, 2016
    (("did ELISE start before MAGIA?", "what about HIHeal, before or after ELISE?"), "HIHeal",
     "ELISE"),
])
def test_opposites_offered_ask_which_holds_not_yes_or_no(
        kb: KnowledgeBase, turns: tuple[str, ...], first: str, second: str) -> None:
    # Given a comparison offered both ways ("longer or shorter", "before or after"), of a
    # project named or talked about and another one named
    reply = ask(kb, *turns)[-1]
    # Then the reply says which, with both figures (was "Yes." as if one way were claimed)
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text
    assert len(reply.projects) == 2 and first in reply.text and second in reply.text
    assert reply.text.index(first) < reply.text.index(second), reply.text


def test_after_opposites_offered_it_is_still_the_project_asked_about(kb: KnowledgeBase) -> None:
    # Given a comparison offered both ways of the project talked about and another one
    replies = ask(kb, "wann lief InnoReAct?",
                  "Ist das vor oder nach MAGIA2Market zu Ende gegangen?",
                  "Wer war Ansprechpartner?")
    # Then both ends are told (the page: 28.2.2023 and February 2023), and the next question
    # is of InnoReAct alone, as after a yes/no claim of two (was of both)
    assert set(replies[1].projects) == {"innoreact", "magia2market"}, replies[1].text
    assert replies[2].projects == ("innoreact",), replies[2].text


@pytest.mark.parametrize("question,intent,project", [
    ("which seven countries exactly were part of BFCC?", "places", "bfcc"),
    ("what countries belonged to BFCC?", "places", "bfcc"),
    ("Welche sieben Länder waren Teil von BFCC?", "places", "bfcc"),
    ("which one was under Interreg Europe?", "list", "elise"),
    ("welches Projekt lief unter Interreg Europe?", "list", "elise"),
])
def test_places_or_a_funder_with_part_of_or_under_are_no_link(
        kb: KnowledgeBase, question: str, intent: str, project: str) -> None:
    # When countries are said to be "part of" a project, or a project "under" a funder
    reply = answer(question, State(), kb)
    # Then it asks for the places, or the projects of that funder: no project inside one nor
    # one it belonged to (was "The page names no projects that were part of BFCC.")
    assert reply.intent == intent and reply.projects == (project,), reply.text


def test_under_a_funder_keeps_a_list_of_its_projects_whole(kb: KnowledgeBase) -> None:
    # When the projects "under" a funder are asked
    reply = answer("which projects fell under the ERDF?", State(), kb)
    # Then every project it funded (was: those also part of another project, none)
    assert reply.intent == "list" and "hiheal" in reply.projects, reply.text


@pytest.mark.parametrize("turns,start,link", [
    # the page: BRIDGE 53 and HIHeal are the infection projects; "HIHeal is continued through
    # the follow-up project HIHeal next level transition"; BRIDGE 53 has no follow-up
    (("Welche Projekte hatten was mit Infektionen zu tun?", "wer hat die finanziert?",
      "gibts ein nachfolgeprojekt?"), "Ja.", "HIHeal next level transition"),
    (("Welche Projekte hatten was mit Infektionen zu tun?", "gab es ein Nachfolgeprojekt?"),
     "Ja.", "HIHeal next level transition"),
    (("when did BFCC and HIHeal run?", "was there a follow-up?"), "Yes.",
     "HIHeal next level transition"),
    # InnoReAct, MAGIA2Market and P.I.L.O.T. ended in 2023; "The network activities are being
    # continued and expanded in the P.I.L.O.T. Next Level project"
    (("which projects ended in 2023?", "did they have a follow-up?"), "Yes.",
     "P.I.L.O.T. Next Level"),
])
def test_a_link_asked_after_several_projects_asks_whether_any_had_one(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str, link: str) -> None:
    # Given several projects just talked about (a list, or two answered together)
    reply = ask(kb, *turns)[-1]
    # Then whether any of them had a follow-up, with the one that had (was the first one's
    # "no follow-up", or every link on the page)
    assert reply.intent == "follow_up" and reply.answered, reply.text
    assert reply.text.startswith(start) and link in reply.text, reply.text
    # while "it" after two is still the first of them
    single = ask(kb, "when did BFCC and ELISE run?", "did it have a follow-up?")[-1]
    assert single.projects == ("bfcc",) and not single.answered, single.text


@pytest.mark.parametrize("turns,start", [
    # the page: "The bone material was only harvested at the hospitals in Lübeck and Odense."
    (("what was bonebank", "where was the bone harvested", "only there?"), "Yes."),
    (("Wo wurde bei BONEBANK der Knochen entnommen?", "nur dort?"), "Ja."),
    (("where was BONEBANK active?", "only in Lübeck and Odense?"), "Yes."),
    (("where was BONEBANK active?", "only in Lübeck?"), "No."),
])
def test_only_there_after_a_project_claims_its_places_are_the_only_ones(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    # Given a question about one project, then "only there?" or its places with "only"
    reply = ask(kb, *turns)[-1]
    # Then the claim that those are its only places, checked (was not understood)
    assert reply.intent == "places" and reply.projects == ("bonebank",), reply.text
    assert reply.text.startswith(start) and "Odense" in reply.text, reply.text


@pytest.mark.parametrize("turns,start,compared", [
    # the page: InnoReAct (01.01.2022 - 28.2.2023), MAGIA2Market (September 2020 - February
    # 2023) and P.I.L.O.T. (01.01.2020 - 31.03.2023) ended in 2023
    (("welche projekte sind 2023 zu ende gegangen", "und welches wurde über react gefördert",
      "war das das kürzeste von den dreien?"), "Ja.", {"innoreact", "magia2market", "pilot"}),
    # BFCC (to February 2019), MAGIA (2018 and 2019) and NORTHOPEDICS (to June 30, 2019) ended
    # in 2019; NORTHOPEDICS and BFCC ran three years each, the longest of them (HIHeal of all)
    (("which projects ended in 2019?", "was NORTHOPEDICS the longest of them?"), "Yes.",
     {"bfcc", "magia", "northopedics"}),
    (("which projects ended in 2019?", "war BFCC das kürzeste davon?"), "Nein.",
     {"bfcc", "magia", "northopedics"}),
])
def test_a_superlative_claimed_of_a_list_ranks_that_list(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str, compared: set[str]) -> None:
    # Given a list, then whether one of it was the longest or shortest "of them"
    reply = ask(kb, *turns)[-1]
    # Then the ranking of that list, each one's figure (was a ranking of every project: "No.
    # HIHeal ran longest")
    assert reply.intent == "superlative" and reply.text.startswith(start), reply.text
    assert set(reply.projects) == compared, reply.text


@pytest.mark.parametrize("turns", [
    ("which projects offered events?", "and video trainings?"),
    ("which projects had video trainings?",),
    ("Welche Projekte hatten Videoschulungen?",),
])
def test_events_and_video_trainings_are_magias(kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given the page: in MAGIA "companies were able to participate in project activities, such
    # as events and video trainings"; of no other project does it say so
    reply = ask(kb, *turns)[-1]
    # Then MAGIA is the project listed (was every project for "events", KI#CK's qualification
    # programme for "video trainings")
    assert reply.intent == "list" and reply.projects == ("magia",), reply.text


@pytest.mark.parametrize("turns,link", [
    # the page: "MAGIA was continued through the follow-up project MAGIA2Market"; "HIHeal is
    # continued through the follow-up project HIHeal next level transition"
    (("did the work of MAGIA go on?",), "MAGIA2Market"),
    (("tell me about magia", "did the work go on?"), "MAGIA2Market"),
    (("did the work go on after HIHeal?",), "HIHeal next level transition"),
])
def test_the_work_going_on_asks_for_the_follow_up(
        kb: KnowledgeBase, turns: tuple[str, ...], link: str) -> None:
    # Given whether a project's work went on
    reply = ask(kb, *turns)[-1]
    # Then its follow-up (was what it did)
    assert reply.intent == "follow_up" and reply.text.startswith("Yes.") and link in reply.text


@pytest.mark.parametrize("turns,third", [
    # the page: BFCC, BONEBANK, ELISE, HIHeal, MAGIA and NORTHOPEDICS ran in 2018; Japan was
    # only MAGIA2Market's target
    (("which projects ran in 2018?", "which of them had japan as a target?", "the third one"),
     "elise"),
    # BFCC, BONEBANK, HIHeal and NORTHOPEDICS ran in 2016; only KI#CK had ESF money
    (("welche projekte liefen 2016?", "welche davon wurden vom ESF gefördert?",
      "und das dritte?"), "hiheal"),
])
def test_a_place_in_a_list_narrowed_to_none_is_of_that_list(
        kb: KnowledgeBase, turns: tuple[str, ...], third: str) -> None:
    # Given a list, then a narrowing of it that none of it fits
    reply = ask(kb, *turns)[-1]
    # Then "the third one" is the third of that list (was not understood)
    assert reply.projects == (third,) and reply.answered, reply.text


@pytest.mark.parametrize("turns,reached,said", [
    # the page: MAGIA2Market ran from September 2020; HIHeal next level transition is only named
    (("which projects got a follow-up project?", "when did the MAGIA one start?"),
     ("magia2market",), "MAGIA2Market started in September 2020."),
    (("which projects got a follow-up project?", "when did the MAGIA one start?",
      "and the HIHeal one?"), ("hiheal-next",), "HIHeal next level transition"),
])
def test_a_project_of_a_list_of_links_picked_by_name_is_the_one_it_reached(
        kb: KnowledgeBase, turns: tuple[str, ...], reached: tuple[str, ...], said: str) -> None:
    # Given the list of projects with a follow-up, each link said in it
    reply = ask(kb, *turns)[-1]
    # Then "the MAGIA one" is the follow-up reached, the link not said again
    assert reply.projects == reached and said in reply.text, reply.text
    assert "continued by" not in reply.text, reply.text


# --------------------------------------------------------------------------- set 72's newcomers


@pytest.mark.parametrize("text,country", [
    # the page: "bioPmed from Italy, Lyonbiopole from France and BioWin from Belgium"
    ("woher kam biowin?", "Belgien"), ("und woher kam lyonbiopole?", "Frankreich"),
    ("woher stammte bioPmed?", "Italien"), ("where did biowin come from?", "Belgium"),
])
def test_where_a_partner_came_from_is_its_country_not_the_money(
        kb: KnowledgeBase, text: str, country: str) -> None:
    # Given "woher kam" (alone the money's origin) with a partner organisation
    reply = ask(kb, text)[0]
    # Then its country, as the page gives it
    assert (reply.intent, reply.projects) == ("places", ("magia",)), reply.text
    assert country in reply.text


@pytest.mark.parametrize("first", ["was hat LSN bei magia gemacht?",
                                   "what was LSN's role in MAGIA?"])
def test_who_the_others_were_after_lsn_s_part_are_the_other_partners(
        kb: KnowledgeBase, first: str) -> None:
    # Given Life Science Nord's part in MAGIA ("formed an alliance" with three clusters)
    reply = ask(kb, first, "wer waren die anderen?" if "magia?" in first else
                "who were the others?")[-1]
    # Then the others are MAGIA's partners, not every other project
    assert (reply.intent, reply.projects) == ("partners", ("magia",)), reply.text
    assert all(c in reply.text for c in ("bioPmed", "Lyonbiopole", "BioWin"))


@pytest.mark.parametrize("turns,first", [
    # the page: P.I.L.O.T. ran to 31.03.2023, InnoReAct to 28.2.2023, MAGIA2Market to
    # February 2023
    (("welche projekte sind 2023 zu ende gegangen?", "welches davon zuletzt?"), "pilot"),
    (("welche projekte endeten 2023?", "und welches davon als letztes?"), "pilot"),
])
def test_last_of_a_list_by_end_ranks_by_the_end(
        kb: KnowledgeBase, turns: tuple[str, ...], first: str) -> None:
    # Given the projects that ended in a year, then "which of them last?"
    reply = ask(kb, *turns)[-1]
    # Then the one that ended last, by the end the list was of (not the latest start)
    assert reply.intent == "superlative" and reply.projects[0] == first, reply.text
    assert "31" in reply.text


@pytest.mark.parametrize("text", ["wer war bei LSN für elise zuständig?",
                                  "who was at LSN responsible for ELISE?",
                                  "wer ist bei LSN für BFCC zuständig?"])
def test_who_was_responsible_at_an_organisation_asks_a_person(
        kb: KnowledgeBase, text: str) -> None:
    # Given "who (was) at LSN" responsible: a person inside it, which the page never names
    reply = ask(kb, text)[0]
    # Then `contact`, not answered
    assert (reply.intent, reply.answered) == ("contact", False), reply.text


@pytest.mark.parametrize("text", ["ging es bei bridge 53 um medikamente?",
                                  "was bridge 53 about drugs?"])
def test_what_a_project_was_about_is_its_aim_where_its_activities_say_it(
        kb: KnowledgeBase, text: str) -> None:
    # Given a claim of what BRIDGE 53 was about that its activities say ("the potential for
    # discovering and developing drugs")
    reply = ask(kb, text)[0]
    # Then yes, labelled as every claim of what a project was about: its aim
    assert reply.intent == "goals" and reply.text.startswith(("Ja", "Yes")), reply.text


@pytest.mark.parametrize("text,start", [
    # the page: BONEBANK "with funds from the European Regional Development Fund"; KI#CK got
    # "the European Social Fund (ESF)"
    ("steckte bei bonebank auch EFRE-geld drin?", "Ja"),
    ("steckten bei HIHeal Hamburger Mittel drin?", "Ja"),
    ("kam bei KI#CK ESF-Geld rein?", "Ja"),
    ("kam bei KI#CK nur ESF-Geld rein?", "Nein"),
])
def test_money_that_was_in_a_project_is_a_yes_no(kb: KnowledgeBase, text: str,
                                                  start: str) -> None:
    # Given "steckte … drin", "kam … rein" ("rein" at the end is "in", not "purely")
    reply = ask(kb, text)[0]
    # Then the yes or no of that money
    assert reply.intent == "funding" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text", ["pilot partner?", "P.I.L.O.T. partners?",
                                  "bridge 53 partners?"])
def test_partners_the_page_only_describes_are_not_an_answer(kb: KnowledgeBase,
                                                            text: str) -> None:
    # Given a project whose partners the page describes but never names ("All parts of the
    # health sector were involved")
    reply = ask(kb, text)[0]
    # Then the description, not answered (as every set labels it)
    assert (reply.intent, reply.answered) == ("partners", False), reply.text


@pytest.mark.parametrize("text", ["gab es ein projekt zu diabetes?",
                                  "was there a project on dementia?"])
def test_a_topic_the_page_never_names_rules_no_project_out(kb: KnowledgeBase,
                                                           text: str) -> None:
    # Given a topic none of the page's projects names
    reply = ask(kb, text)[0]
    # Then the page names none, not answered (it can't say none touched it)
    assert (reply.intent, reply.projects, reply.answered) == ("list", (), False), reply.text


@pytest.mark.parametrize("turns", [
    ("gab es ein projekt in odense?", "wer hat das geschäftsmodell gemacht?"),
    ("who made the competence atlas?",),
    ("wer hat bei bonebank das geschäftsmodell entwickelt?",),
])
def test_who_made_a_thing_lsn_made_is_its_part_in_the_project(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given who made BONEBANK's business model or atlas ("Life Science Nord developed the
    # business model and a competence atlas")
    reply = ask(kb, *turns)[-1]
    # Then Life Science Nord's part in BONEBANK, as the yes/no of it is labelled
    assert (reply.intent, reply.projects) == ("lsn_role", ("bonebank",)), reply.text
    assert "Life Science Nord" in reply.text
