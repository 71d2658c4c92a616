"""Answers: formatting at the page's precision, and rendering as text or escaped HTML."""

from __future__ import annotations

import html

import pytest

from bot.answers import (
    Answer,
    Bold,
    Joined,
    about_projects,
    fmt_date,
    fmt_duration,
    fmt_money,
    fmt_when,
    render,
)
from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase, PartialDate
from tests.conftest import ask


@pytest.mark.parametrize(
    "date,lang,text",
    [
        (PartialDate(2016, 3), "en", "March 2016"),
        (PartialDate(2016, 3), "de", "März 2016"),
        (PartialDate(2017, 1, 1), "en", "1 January 2017"),
        (PartialDate(2017, 1, 1), "de", "1. Januar 2017"),
        (PartialDate(2018), "en", "2018"),
    ],
)
def test_dates_at_the_page_precision(date: PartialDate, lang: str, text: str) -> None:
    assert fmt_date(date, lang) == text


def test_prepositions_follow_the_precision() -> None:
    assert fmt_when(PartialDate(2016, 3), "en") == "in March 2016"
    assert fmt_when(PartialDate(2017, 1, 1), "de") == "am 1. Januar 2017"
    assert fmt_when(PartialDate(2023, 4), "en", "since") == "since April 2023"


@pytest.mark.parametrize(
    "months,lang,text",
    [(36, "en", "3 years"), (14, "en", "14 months"), (81, "en", "6 years and 9 months"),
     (81, "de", "6 Jahre und 9 Monate"), (12, "de", "1 Jahr"), (1, "en", "1 month")],
)
def test_durations(months: int, lang: str, text: str) -> None:
    assert fmt_duration(months, lang) == text


@pytest.mark.parametrize("question,stated,computed", [
    ("how long did KI#CK run?", "two years", "2 years"),  # the page: "The two-year project"
    ("Wie lange lief KI#CK?", "zwei Jahre", "2 Jahre"),
    # the page: "13 organisations from seven countries"
    ("how many countries were in BFCC?", "seven countries", "7 countries"),
    ("Aus wie vielen Ländern kamen die BFCC-Partner?", "sieben Ländern", "7 Ländern"),
    ("how long did BFCC run?", "3 years", "three years"),  # worked out from March 2016 to Feb 2019
])
def test_a_figure_the_page_writes_in_words_is_written_so(
    kb: KnowledgeBase, question: str, stated: str, computed: str
) -> None:
    # Given a figure the page states in words ("two-year", "seven countries"), and one the bot
    # works out from the dates
    (reply,) = ask(kb, question)
    # Then the stated one reads as the page writes it, the worked-out one in digits
    assert stated in reply.text and computed not in reply.text, reply.text


def test_money_in_both_languages() -> None:
    assert fmt_money(1217494.0, "EUR", False, "en") == "€1,217,494"
    assert fmt_money(1217494.0, "EUR", False, "de") == "1.217.494 €"
    assert fmt_money(193000.0, "EUR", True, "en") == "about €193,000"
    assert fmt_money(193000.0, "EUR", True, "de") == "ca. 193.000 €"


def test_html_escapes_every_slot_and_bolds_names() -> None:
    answer = Answer("overview").add("unknown_project", name="<b>x</b> & y")
    answer.add("part_of", name=Bold("A<B"), parent=Joined((Bold("C&D"), "e>f")))
    html = render(answer, "en", as_html=True)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in html
    assert "<b>A&lt;B</b>" in html and "<b>C&amp;D</b>" in html
    text = render(answer, "en")
    assert "<b>x</b> & y" in text and "<b>A" not in text


def test_card_buttons_send_questions_in_the_language(kb: KnowledgeBase) -> None:
    answer = about_projects("overview", ("elise",), kb, "de")
    labels = [label for label, _ in answer.buttons]
    assert labels == ["Laufzeit", "Förderung", "Ziele", "Partner", "Verwandt"]
    assert all("ELISE" in query for _, query in answer.buttons)


def test_unknown_facts_are_not_answered_but_offer_what_is_known(kb: KnowledgeBase) -> None:
    answer = about_projects("lead", ("hiheal",), kb, "en")
    text = render(answer, "en")
    assert not answer.answered and "Gesundheitswirtschaft Hamburg" in text


def test_a_month_asked_where_the_page_gives_only_the_year_is_not_answered(kb: KnowledgeBase
                                                                          ) -> None:
    # Given MAGIA's years (no months on the page) and BFCC's month
    vague, exact, german = ask(kb, "what month did MAGIA finish?",
                               "BFCC: which month did it start?",
                               "Weiß man, in welchem Monat MAGIA anfing?")
    # Then the year is said, with the honest limit, and not counted as an answer
    assert not vague.answered and "2019" in vague.text and "not the month" in vague.text
    assert exact.answered and "March 2016" in exact.text
    assert not german.answered and "nicht den Monat" in german.text and german.language == "de"


@pytest.mark.parametrize(("message", "answered", "said"), [
    ("ok. wann lief MAGIA genau, welche Monate?", False, "nicht den Monat"),
    ("in which months did MAGIA run?", False, "not the month"),
    ("in welchen Monaten lief ELISE?", True, "1. Januar 2017"),
    ("wie viele Monate lief InnoReAct?", True, "14 Monate"),
])
def test_the_months_of_a_run_are_asked_like_a_month(
        kb: KnowledgeBase, message: str, answered: bool, said: str) -> None:
    # Given MAGIA's years only and ELISE's days on the page
    # When the months of its run are asked ("welche Monate?", "in which months")
    reply = ask(kb, message)[0]
    # Then the years come with the honest limit, not as an answer; a length stays a length
    assert reply.answered is answered and said in reply.text, reply.text


def test_states_the_page_counts_but_does_not_name_are_not_answered(kb: KnowledgeBase) -> None:
    # Given ELISE's partners: seven regions, two of them German states the page doesn't name
    named, german, countries = ask(kb, "Name the German states in ELISE",
                                   "Aus welchen Bundesländern kamen die ELISE-Partner?",
                                   "which countries were in ELISE?")
    assert not named.answered and "doesn't say" in named.text
    assert not german.answered and "sagt die Seite nicht" in german.text
    assert countries.answered and "Lithuania" in countries.text


def test_how_many_states_the_page_counts_is_answered_by_its_count(kb: KnowledgeBase) -> None:
    # Given ELISE's partners from "two German states", which the page counts but doesn't name
    # When asked how many, after ELISE's countries, and then which ones
    _, count, which = ask(kb, "Aus welchen Ländern kamen die ELISE-Partner?",
                          "how many german states were involved?", "which german states exactly")
    # Then the count is the answer; which ones stays open
    assert count.answered and "two German states" in count.text, count.text
    assert not which.answered and "doesn't say" in which.text
    german = ask(kb, "Wie viele deutsche Bundesländer waren bei ELISE dabei?")[0]
    assert german.answered and "zwei deutschen Bundesländern" in german.text, german.text
    # and asked short after the countries, it counts states (places), not partners from there
    _, short = ask(kb, "which countries were in elise", "how many german states?")
    assert short.intent == "places" and short.answered and "two German states" in short.text


def test_bfcc_unnamed_partners_are_not_said_to_be_missing(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Which hospitals were the BFCC partners?")[0]
    assert not reply.answered and "13" in reply.text
    assert "doesn't name partners" not in reply.text  # it names none, but it counts them


def test_partners_of_a_follow_up_are_those_of_the_alliance_it_continued(
        kb: KnowledgeBase) -> None:
    # Given MAGIA2Market, whose paragraph speaks of the MAGIA alliance but names no partners
    # of its own, talked about
    _, count = ask(kb, "wann startete MAGIA2Market?", "wie viele cluster waren in der allianz?")
    # When its alliance is asked for, Then the page's answer is MAGIA's four clusters, said to
    # be the predecessor's, and the talk stays with MAGIA2Market
    assert count.answered and "vier Cluster" in count.text, count.text
    assert "Vorgängerprojekts MAGIA" in count.text and count.projects == ("magia2market",)
    # and a follow-up the page only names carries on nothing it could state
    nxt = ask(kb, "who were the partners of HIHeal next level transition?")[0]
    assert not nxt.answered and "Gesundheitswirtschaft" not in nxt.text, nxt.text
    # and a claim about both says MAGIA's partners once
    both = ask(kb, "Waren bei MAGIA2Market dieselben vier Cluster dabei wie bei MAGIA?")[0]
    assert not both.answered and both.text.count("BioWin") == 1, both.text


@pytest.mark.parametrize(("question", "lead"), [("who took part in bonebank?", "UKSH Lübeck"),
                                               ("Wer war an BONEBANK beteiligt?", "UKSH")])
def test_who_took_part_names_a_lead_outside_the_partners(
        kb: KnowledgeBase, question: str, lead: str) -> None:
    # Given BONEBANK: led by UKSH Lübeck, LSN its one named partner
    reply = ask(kb, question)[0]
    # Then the lead is named beside the partners
    assert reply.intent == "partners" and "Life Science Nord" in reply.text, reply.text
    assert lead in reply.text, reply.text


@pytest.mark.parametrize(("question", "partner"), [
    ("Wer stand hinter HIHeal?", "Gesundheitswirtschaft Hamburg"),
    ("who was behind HIHeal?", "Gesundheitswirtschaft Hamburg"),
])
def test_who_stood_behind_a_project_with_no_lead_is_answered_by_its_partners(
        kb: KnowledgeBase, question: str, partner: str) -> None:
    # Given HIHeal: no lead named, two named cluster partners
    reply = ask(kb, question)[0]
    # Then the named partners answer who stood behind it (a lead asked plainly stays unanswered)
    assert reply.answered and partner in reply.text, reply.text
    assert not ask(kb, "who led HIHeal?")[0].answered
    # and where the page names no partner either (P.I.L.O.T.: "all parts of the health
    # sector"), nothing is answered
    assert not ask(kb, "who was behind P.I.L.O.T.?")[0].answered


def test_who_took_part_in_lsns_own_project_does_not_repeat_its_lead(kb: KnowledgeBase) -> None:
    # Given KI#CK, run by Life Science Nord with two partners
    reply = ask(kb, "who were KI#CK's partners?")[0]
    # Then the partners, without a line that LSN led it
    assert "Technische Hochschule Lübeck" in reply.text and "led by" not in reply.text, \
        reply.text


@pytest.mark.parametrize("question", ["What was LSN's part in BONEBANK?",
                                      "Welche Rolle spielte LSN im Projekt BONEBANK?"])
def test_given_lsn_role_in_bonebank_then_it_says_where_the_atlas_can_be_found(
        kb: KnowledgeBase, question: str) -> None:
    reply = ask(kb, question)[0]
    assert reply.answered and "XCHANGE" in reply.text and "atlas" in reply.text


@pytest.mark.parametrize(("question", "answered"), [
    ("Was genau hat LSN bei P.I.L.O.T. gemacht?", False),
    ("what exactly did LSN do in HIHeal?", False),
    ("How was Life Science Nord involved in P.I.L.O.T.?", True),  # no more than the page's
    ("what exactly did LSN do in bonebank?", True),  # a business model and an atlas
])
def test_what_exactly_lsn_did_is_answered_only_where_the_page_says_it(
        kb: KnowledgeBase, question: str, answered: bool) -> None:
    # Given P.I.L.O.T. and HIHeal, which the page ties to LSN's cluster only in general terms,
    # and BONEBANK, where it says what LSN made
    # When asked what exactly LSN did
    reply = ask(kb, question)[0]
    # Then what the page says, answered only where it says what LSN itself did
    assert reply.intent == "lsn_role" and reply.answered is answered, reply.text
    assert answered or "doesn't say" in reply.text or "sagt die Seite nicht" in reply.text


@pytest.mark.parametrize(("question", "words"), [
    ("What did KI#CK want to achieve?", "Artificial Intelligence"),
    ("Welches Ziel verfolgte KI#CK?", "Künstliche Intelligenz"),
])
def test_given_the_goal_of_kick_then_it_names_its_subject_ai(
        kb: KnowledgeBase, question: str, words: str) -> None:
    reply = ask(kb, question)[0]
    assert reply.answered and words in reply.text


@pytest.mark.parametrize("question", ["why was innoreact set up", "What was InnoReAct for?"])
def test_the_goal_of_innoreact_keeps_the_pages_word_resilience(
        kb: KnowledgeBase, question: str) -> None:
    # Given the page's "to sustainably increase the resilience of the life science industry"
    reply = ask(kb, question)[0]
    # Then the goal says "resilience", the page's word (sets 21 and 43 look for it)
    assert reply.intent == "goals" and "resilience" in reply.text, reply.text


def test_at_which_hospitals_is_not_answered_by_a_region(kb: KnowledgeBase) -> None:
    # Given "at which hospitals …?" of a project whose page names only its region (BFCC)
    reply = ask(kb, "at which hospitals did BFCC set up registries?")[-1]
    # Then not answered: the region it gives, and that the page names no cities
    assert reply.intent == "places" and not reply.answered and "Baltic" in reply.text


@pytest.mark.parametrize("question,aim", [
    # the page: KI#CK "ran by the cluster agency Life Science Nord … aimed to create a
    # needs-oriented qualification programme"; BFCC led by Life Science Nord Management GmbH
    ("was hat LSN bei KI#CK gemacht", "Qualifizierungsprogramm"),
    ("what did LSN do in BFCC?", "fracture management"),
])
def test_given_lsn_ran_the_project_then_its_part_says_what_the_project_was_for(
        kb: KnowledgeBase, question: str, aim: str) -> None:
    # Given a project Life Science Nord led / When asked what LSN did in it
    reply = ask(kb, question)[0]
    # Then that it ran the project, and the project's goal (was only that it ran it)
    assert reply.intent == "lsn_role" and reply.answered, reply.text
    assert aim in reply.text, reply.text


def test_given_lsn_only_took_part_then_its_part_adds_no_goal(kb: KnowledgeBase) -> None:
    # Given MAGIA, where LSN was a project partner, not the lead / Then no goal line
    reply = ask(kb, "what did LSN do in MAGIA?")[0]
    assert "Goal of" not in reply.text, reply.text


@pytest.mark.parametrize("question,country", [("Where was MAGIA active?", "Germany"),
                                              ("Wo war MAGIA aktiv?", "Deutschland")])
def test_a_partners_home_is_among_the_projects_countries(
        kb: KnowledgeBase, question: str, country: str) -> None:
    # Given MAGIA, whose partners the page gives countries for except Life Science Nord, whose
    # home is Germany
    reply = answer(question, State(), kb)
    # Then its places name Germany beside Italy, France and Belgium (was left out)
    assert reply.intent == "places" and country in reply.text, reply.text


def test_a_project_with_a_partner_from_home_is_listed_under_that_country(
        kb: KnowledgeBase) -> None:
    # Given a list of projects in Germany / Then MAGIA, with Life Science Nord as a partner
    reply = answer("Which projects had partners in Germany?", State(), kb)
    assert "magia" in reply.projects, reply.text


@pytest.mark.parametrize("question", [
    "which of the two clusters was lead partner in hiheal",
    "which of the two clusters was the lead in HIHeal?",
])
def test_the_lead_asked_among_the_partners_is_the_lead(kb: KnowledgeBase, question: str) -> None:
    # Given HIHeal: two cluster partners, no lead named
    reply = ask(kb, question)[0]
    # When the partners are the choice and the lead is asked ("which of the two clusters was
    # lead partner?")
    # Then it is a lead question the page doesn't answer (was the partners, as if answered)
    assert reply.intent == "lead" and not reply.answered, reply.text


@pytest.mark.parametrize("question", ["Wer war bei P.I.L.O.T. die Ansprechpartnerin?",
                                      "Wer war bei P.I.L.O.T. der Ansprechpartner?"])
def test_a_contact_asked_in_either_form_is_a_contact(kb: KnowledgeBase, question: str) -> None:
    # Given P.I.L.O.T.: the page names no contact
    reply = ask(kb, question)[0]
    # Then the contact person is asked, in the feminine form too (was P.I.L.O.T.'s overview)
    assert reply.intent == "contact" and not reply.answered, reply.text


def test_the_templates_are_looked_up_without_a_python_step() -> None:
    from bot.answers import templates
    from tests.conftest import python_calls
    # Given the reply templates, read once
    first = templates()
    # When they are looked up again (some twenty times a reply)
    again, calls = python_calls(lambda: templates())
    # Then they are the same object, and the lookup ran no Python function of its own (only
    # the lambda that asked)
    assert again is first and calls == 1


def test_a_reply_template_is_looked_up_and_escaped_once(kb: KnowledgeBase) -> None:
    from bot.answers import _html_template, about_projects, render, reply_template
    from tests.conftest import python_calls
    # Given a reply rendered once, as text and as HTML
    result = about_projects("overview", ("bfcc",), kb, "en")
    render(result, "en"), render(result, "en", as_html=True)
    # When its templates are asked for again (every line of every reply, in both forms)
    (plain, escaped), calls = python_calls(lambda: (reply_template("card_title", "en"),
                                                    _html_template("card_title", "en")))
    # Then they are the template and its HTML form, kept: no Python step of their own (there
    # were four a line in the HTML form, three in the text)
    assert escaped == html.escape(plain, quote=False)
    assert calls == 1


def test_a_slot_value_is_made_without_setting_each_field_through_object() -> None:
    from dataclasses import fields

    from bot.answers import _Slot
    # Given the slot values made for every slot of every reply, as text and as HTML
    slot = _Slot("BFCC", "en", False)
    # Then they are plain (a frozen dataclass sets each field through object.__setattr__,
    # ~0.5 µs a slot, against ~0.1) and small, and a slot renders as before
    assert not _Slot.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert [f.name for f in fields(_Slot)] == ["value", "lang", "as_html"]
    assert not hasattr(slot, "__dict__")
    assert f"{slot}" == "BFCC"


@pytest.mark.parametrize("question,run,led", [
    ("tell me about InnoReAct", "Run by: Life Science Nord Management GmbH", "Led by"),
    ("Erzählen Sie mir von InnoReAct", "Durchgeführt von: Life Science Nord Management GmbH",
     "Geleitet von"),
])
def test_a_card_says_run_by_where_the_page_tells_the_lead_only_by_what_it_did(
        kb: KnowledgeBase, question: str, run: str, led: str) -> None:
    # Given InnoReAct, whose lead the page tells only as "the LSN cluster management wanted to
    # make an important contribution with the help of the project" (its lead_note)
    (reply,) = ask(kb, question)
    # Then its card words it as the lead answer does ("run by"), not "led by"
    assert run in reply.text and led not in reply.text, reply.text
    # and a project the page says was led keeps "Led by"
    assert "Led by: UKSH Lübeck" in ask(kb, "tell me about BONEBANK")[0].text


@pytest.mark.parametrize("messages", [
    ("who were the project partners of InnoReAct?",),
    ("Mit welchen Partnern arbeitete InnoReAct zusammen?",),
    ("partners of innoreact?",),
    ("Was war InnoReAct?", "Und wer waren die Partner?"),
])
def test_where_no_partners_are_named_the_lead_is_told_as_the_page_tells_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given InnoReAct, whose page names no partners and tells its lead only by what the LSN
    # cluster management did with the project (its lead_note)
    reply = ask(kb, *messages)[-1]
    note = kb.projects["innoreact"].lead_note.get(reply.language)
    # When its partners are asked, the lead said beside "no partners named"
    # Then the lead is told in those words, never a flat "InnoReAct was led by …"
    assert note and note in reply.text, reply.text
    assert not any(line.startswith(("InnoReAct was led", "InnoReAct wurde von der"))
                   for line in reply.text.split("\n")), reply.text


def test_a_slot_with_nothing_to_escape_or_to_put_around_it_is_rendered_as_it_is() -> None:
    from bot import answers
    from tests.conftest import python_calls
    # Given a slot value with no mark HTML escapes, and no spec (most slots of most replies,
    # each rendered twice: as text and as HTML)
    answers._render_slot("BFCC", "en", True)
    # When it is rendered as HTML
    rendered, calls = python_calls(lambda: answers._render_slot("BFCC", "en", True))
    # Then it is itself, without html.escape or a look for a preposition around it (five
    # Python calls, now three: the lambda, the slot and its escaping)
    assert (rendered, calls) == ("BFCC", 3)
    # And the marks are escaped, a bold name bolded, a preposition put around where asked
    assert answers._escape("a & b <c>", True) == "a &amp; b &lt;c&gt;"
    assert answers._escape(answers.Bold("R&D"), True) == "<b>R&amp;D</b>"
    assert answers._render_slot("BFCC", "de", True, "von") == "von BFCC"


def test_a_plain_text_slot_is_put_in_its_template_as_it_is() -> None:
    from bot import answers
    from tests.conftest import python_calls
    # Given a plain text slot with nothing to escape and no spec, as text and as HTML
    for as_html in (False, True):
        # When it is put in its template
        text, calls = python_calls(lambda as_html=as_html: format(
            answers._Slot("BFCC", "en", as_html), ""))
        # Then it is itself, with no step to render it (three Python calls: the lambda, the
        # slot and its format; five before, with _render_slot and _escape)
        assert (text, calls) == ("BFCC", 3)
    # And a slot with a mark to escape, a spec or another kind of value is rendered as before
    assert format(answers._Slot("R&D", "en", True), "") == "R&amp;D"
    assert format(answers._Slot("R&D", "en", False), "") == "R&D"
    assert format(answers._Slot("BFCC", "de", True), "von") == "von BFCC"
    assert format(answers._Slot(answers.Bold("BFCC"), "en", True), "") == "<b>BFCC</b>"


@pytest.mark.parametrize("messages,word", [
    # the page: "the BFCC set up local fracture registries at hospitals around the Baltic Sea
    # Region and linked them together in one transnational fracture registry"
    (("wann lief bfc und wer hat es gefördert", "wie viele Partner",
      "und welche Register wurden aufgebaut?"), "Kliniken"),
    (("Wer hat BFCC geleitet?", "Welche Register wurden eingerichtet?"), "Kliniken"),
    (("tell me about BFCC", "which registries were set up?"), "hospitals"),
    (("which registries were created?",), "hospitals"),
])
def test_which_things_were_built_is_what_the_project_made_not_a_list(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given a thing the page names a project building, asked as built, no project named
    reply = ask(kb, *messages)[-1]
    # Then what came of it and how it was built (registries at hospitals, joined into one),
    # not "Projects on registries (1): BFCC"
    assert (reply.intent, reply.projects, reply.answered) == ("results", ("bfcc",), True)
    assert word in reply.text, reply.text
