"""Yes/no claims the page settles by what it names instead: a funder it never names, through the
real core. The facts here are the page's (shared/sources/past-projects.txt), written out.
"""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.text import normalize
from tests.conftest import ask


@pytest.mark.parametrize("question,start,fact", [
    # given the federal government, which the page never names (its "federal state" is
    # Schleswig-Holstein, a Land) / when claimed as a funder / then "no" with the funders named
    ("Hat die Bundesregierung P.I.L.O.T. mitfinanziert?", "Nein.", "Schleswig-Holstein"),
    ("Kam für HIHeal Geld vom Bund?", "Nein.", "Hamburg"),
    ("was northopedics paid for by the federal government?", "No.", "Schleswig-Holstein"),
    ("Did a federal ministry fund BONEBANK?", "No.", "Interreg"),
])
def test_the_federal_government_claimed_as_a_funder_is_denied(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "funding" and reply.answered, reply.text
    assert reply.text.startswith(start) and fact in reply.text, reply.text


def test_the_federal_state_is_no_federal_government(kb: KnowledgeBase) -> None:
    # given the page's "federal state of Schleswig-Holstein" / when asked of as a funder /
    # then never a "no"
    reply = answer("Was P.I.L.O.T. funded by the federal state?", State(), kb)
    assert "Schleswig-Holstein" in reply.text and not reply.text.startswith("No"), reply.text


@pytest.mark.parametrize("turns,start", [
    # the page: in MAGIA "companies were able to participate in project activities, such as
    # events and video trainings and had access to market studies"
    (("what were MAGIA's target countries", "did companies get access to market studies?"),
     "Yes."),
    (("Hatten Unternehmen bei MAGIA Zugang zu Marktstudien?",), "Ja."),
])
def test_what_companies_did_in_a_project_is_checked_in_its_texts(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    # Given a claim of what a kind of organisation did in a project, in words its texts use
    reply = ask(kb, *turns)[-1]
    # Then yes with the text that says it, not whether companies took part (was "The page
    # doesn't say" with the partners, and with the places for a word it knows no name for)
    assert reply.intent == "activities" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text
    assert "Marktstudien" in reply.text or "market studies" in reply.text, reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page: P.I.L.O.T. "by the federal state of Schleswig-Holstein", HIHeal by "the City of
    # Hamburg", NORTHOPEDICS by the ERDF and the State of Schleswig-Holstein, ELISE by Interreg
    # Europe alone
    ("was pilot funded by the state?", "Yes.", True),
    ("Wurde P.I.L.O.T. vom Land gefördert?", "Ja.", True),
    ("was HIHeal funded by the city?", "Yes.", True),
    ("was NORTHOPEDICS funded by the city?", "No.", True),
    # no co-financer of its own named; Hamburg, a city, is a state too
    ("was ELISE funded by the state?", "The page doesn't say.", False),
    ("was HIHeal funded by the state?", "The page doesn't say.", False),
])
def test_a_public_funder_named_by_its_kind_is_that_funder(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given a funder named by its kind, as the page names it ("the state", "the city")
    reply = answer(question, State(), kb)
    # Then it is checked as that funder (was the funders with no verdict)
    assert reply.intent == "funding" and reply.answered is answered, reply.text
    assert reply.text.startswith(start), reply.text


def test_a_list_of_a_funder_named_by_its_kind(kb: KnowledgeBase) -> None:
    # Given "the state" in a list question / then the State of Schleswig-Holstein's projects
    # (KI#CK, NORTHOPEDICS, P.I.L.O.T.), not all (was every project)
    reply = answer("Welche Projekte hat das Land gefördert?", State(), kb)
    assert set(reply.projects) == {"kick", "northopedics", "pilot"}, reply.text


@pytest.mark.parametrize("question,start,fact", [
    # given a project the page gives other organisations or partner regions for / when an
    # organisation is claimed to have done it alone / then "no" with its partners
    ("Hat LSN KI#CK ganz alleine umgesetzt?", "Nein.", "oncampus"),
    ("did life science nord do MAGIA by itself?", "No.", "BioWin"),
    ("was BFCC an LSN thing alone, without other organisations?", "No.", "13"),
    ("Hat das UKSH BONEBANK ohne Partner durchgeführt?", "Nein.", "Life Science Nord"),
    ("Did LSN carry out ELISE on its own?", "No.", "seven regions"),
])
def test_an_organisation_claimed_alone_is_denied_where_the_page_names_others(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "partners" and reply.answered, reply.text
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Did LSN do InnoReAct single-handedly?",  # the page names no partner of InnoReAct
    "War Life Science Nord bei P.I.L.O.T. ganz allein?",  # nor of P.I.L.O.T.
])
def test_alone_is_never_confirmed(kb: KnowledgeBase, question: str) -> None:
    # given a project the page names no other organisation for / when claimed alone / then the
    # page doesn't say: that no one else took part is nowhere said
    reply = answer(question, State(), kb)
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text


def test_a_sole_lead_is_a_claim_of_the_lead(kb: KnowledgeBase) -> None:
    # given BFCC, led by LSN with 13 organisations / when asked whether LSN alone led it /
    # then the lead is checked, not the partners
    reply = answer("Was BFCC led solely by Life Science Nord?", State(), kb)
    assert reply.intent == "lead" and reply.text.startswith("Yes."), reply.text


@pytest.mark.parametrize("question,start,fact", [
    # given a German compound whose last part the project's texts use ("Therapien") and whose
    # first part names a subject they never use / when claimed / then "no" with the goal, as
    # the same claim in English words is
    ("Befasste sich BRIDGE 53 mit Diabetestherapien?", "Nein.", "Infektionskrankheiten"),
    ("Befasste sich BRIDGE 53 mit Herztherapien?", "Nein.", "Infektionskrankheiten"),
    ("was BRIDGE 53 about diabetes therapies?", "No.", "infectious diseases"),
    ("Hatte HIHeal mit Lebensmittelhygiene zu tun?", "Nein.", "Hygiene"),
    # a first part the texts use too: the claim holds
    ("Ging es bei BRIDGE 53 um Infektionstherapien?", "Ja.", "Infektionskrankheiten"),
])
def test_a_compound_is_checked_by_its_first_part_where_its_last_part_is_said(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start) and fact in reply.text, reply.text


def test_an_everyday_first_part_leaves_a_compound_near_the_projects_subject(
        kb: KnowledgeBase) -> None:
    # given "Klinikhygiene" (hygiene in clinics) of HIHeal, whose texts say "Hygiene" / when
    # claimed / then no "no": an everyday first part adds no subject of its own
    reply = answer("Drehte sich HIHeal um Klinikhygiene?", State(), kb)
    assert not reply.text.startswith(("No", "Nein")), reply.text


@pytest.mark.parametrize("question,start,maker", [
    # given a thing made that the results of another project name (BFCC's fracture registry,
    # BONEBANK's biobank and competence atlas) / when claimed of a project whose texts never
    # name it / then "no", what the page says of that project, and whose results it was
    ("Hat ELISE ein Frakturregister eingerichtet?", "Nein.", "BFCC"),
    ("did the MAGIA alliance set up a biobank?", "No.", "BONEBANK"),
    ("Was there a competence atlas in KI#CK?", "No.", "BONEBANK"),
    ("Wurde bei P.I.L.O.T. ein Register aufgebaut?", "Nein.", "BFCC"),
])
def test_a_thing_made_claimed_of_the_wrong_project_is_denied_with_its_maker(
        kb: KnowledgeBase, question: str, start: str, maker: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start), reply.text
    assert maker in reply.text and maker.lower() in reply.projects, reply.projects


@pytest.mark.parametrize("question,start", [
    ("Did BFCC create a fracture registry?", "Yes."),  # its own
    ("Hat BONEBANK eine Biobank aufgebaut?", "Ja."),
])
def test_a_thing_made_claimed_of_its_own_project_is_confirmed(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,projects", [
    # given a place claimed of two projects with "both" / when checked / then of each: yes only
    # where it holds for each, with the places of each
    ("Waren BONEBANK und ELISE beide in Deutschland aktiv?", "Ja.", ("bonebank", "elise")),
    ("did ELISE and MAGIA both have Italian partners?", "Yes.", ("elise", "magia")),
    ("Were MAGIA and BONEBANK both active in Belgium?", "No.", ("magia", "bonebank")),
])
def test_a_place_claimed_of_two_projects_is_checked_of_each(
        kb: KnowledgeBase, question: str, start: str, projects: tuple[str, ...]) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "places" and reply.text.startswith(start), reply.text
    assert set(reply.projects) == set(projects), reply.projects


@pytest.mark.parametrize("question,start,name", [
    # given whether any project did something, then "if so, which one?" / when answered / then
    # one answer: the yes and the projects it rests on, no card of the project besides
    ("Hat Life Science Nord je mit bioPmed kooperiert? Falls ja, in welchem Vorhaben?", "Ja.",
     "MAGIA"),
    ("Was there ever a project on stem cells? And if so, which one was it?", "Yes.",
     "BONEBANK"),
])
def test_the_question_after_if_so_is_answered_by_the_yes(
        kb: KnowledgeBase, question: str, start: str, name: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and name in reply.text, reply.text
    assert len(reply.text.splitlines()) == 1, reply.text


def test_if_so_after_a_question_of_a_named_project_asks_on(kb: KnowledgeBase) -> None:
    # given a yes/no of a named project / when "if so, which?" follows / then it is still
    # asked (here the page names no such partners, so nothing is confirmed)
    reply = answer("Did BFCC have partners in Poland? If so, which?", State(), kb)
    assert not reply.answered and not reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize("question,start,fact", [
    # given two places or funders joined by "or", one the page names for the project and one
    # it never names / when claimed / then either is claimed: yes by the one that holds
    ("Kam bei MAGIA ein Cluster aus Belgien oder aus Schweden?", "Ja.", "BioWin"),
    ("did MAGIA have a cluster from Belgium or Sweden?", "Yes.", "BioWin"),
    # neither holds: no
    ("Did ELISE have Swedish or Belgian partners?", "No.", "Poland"),
])
def test_an_either_claim_holds_by_the_one_named_that_holds(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    # given two place words joined by "and" before one noun, one the page never names for the
    # project / when claimed / then one claim of both, not a yes by the first alone
    ("Hatte ELISE polnische und schwedische Partner?", "Nein."),
    ("did magia include italian and spanish clusters?", "No."),
    # both named: yes
    ("Did ELISE have Slovak and Lithuanian partners?", "Yes."),
])
def test_two_places_before_one_noun_are_one_claim(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question", [
    # given a subject the project's texts use, narrowed by an everyday noun they don't use
    # (hospitals, companies) / when claimed / then neither yes nor no
    "Did HIHeal focus on hygiene in hospitals?",
    "Ging es bei HIHeal um Krankenhaus-Hygiene?",
    "Befasste sich KI#CK mit KI-Schulungen für Firmen?",
])
def test_a_subject_narrowed_by_an_everyday_noun_is_not_confirmed(
        kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, State(), kb)
    assert not reply.text.startswith(("Yes", "Ja", "No", "Nein")), reply.text


@pytest.mark.parametrize("question", [
    # given ELISE, whose ecosystem brings companies, researchers, clinicians and patients
    # together / when a claim says it was about patients (a word the query stage counts) /
    # then yes, with its goal
    "ging es bei elise auch um patienten?",
    "Hatte ELISE was mit Patienten zu tun?",
    "was ELISE about patients?",
])
def test_people_a_projects_texts_name_are_what_a_claim_is_about(
        kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "goals" and reply.answered, reply.text
    assert reply.text.startswith(("Ja.", "Yes.")), reply.text


@pytest.mark.parametrize("question,start", [
    # "heart" is a subject, not a hedge: "heart therapies" are no infectious diseases
    ("was BRIDGE 53 about heart therapies?", "No."),
    # the everyday noun the texts do use: the claim holds
    ("Ging es bei BFCC um Frakturversorgung in Kliniken?", "Ja."),
])
def test_a_claimed_subject_keeps_its_nouns(kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # given ELISE's €1,217,494 / when "exactly" a rounder figure is claimed / then no; "about"
    # that figure stays yes, and the page's own figure exactly is yes
    ("Was ELISE's grant precisely 1.2 million euros?", "No."),
    ("Bekam ELISE exakt 1,2 Millionen Euro?", "Nein."),
    ("Was ELISE's grant roughly 1.2 million euros?", "Yes."),
    ("Did ELISE receive exactly 1,217,494 euros?", "Yes."),
    # a length to the month: HIHeal's 6 years and 9 months are not exactly 7 years
    ("Dauerte HIHeal genau sieben Jahre?", "Nein."),
])
def test_an_exact_figure_is_held_to_the_unit(kb: KnowledgeBase, question: str, start: str
                                            ) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # given ELISE's €1,217,494, KI#CK's about €442,000 and BONEBANK's five years (September
    # 2015 to August 2020) / when a verb compares the figure, next to it or not / then the
    # figure is held as a bound, not as the amount claimed (was "No." to "exceed one million")
    ("Did ELISE's grant exceed one million euros?", "Yes."),
    ("Did ELISE's funding exceed 2 million euros?", "No."),
    ("Überstieg die Förderung von ELISE eine Million Euro?", "Ja."),
    ("Hat ELISEs Förderung 1 Mio. Euro überschritten?", "Ja."),
    ("did KI#CK's funding surpass 500,000 euros?", "No."),
    ("did ELISE's funding fall short of 2 million euros?", "Yes."),
    ("Überschritt BONEBANK vier Jahre?", "Ja."),
    ("Did BONEBANK's runtime exceed six years?", "No."),
])
def test_a_verb_compares_the_figure_wherever_it_stands(kb: KnowledgeBase, question: str,
                                                       start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,project", [
    ("Gab es bei KI#CK mehr als 500 Teilnehmer?", "kick"),
    ("Did KI#CK have more than 500 participants?", "kick"),
    ("did more than 100 companies take part in MAGIA?", "magia"),
    # BFCC: 13 organisations, how many of them hospitals the page doesn't say
    ("Waren mehr als 100 Kliniken im BFCC-Register?", "bfcc"),
    ("were more than 20 hospitals in BFCC?", "bfcc"),
])
def test_a_count_of_people_or_firms_claimed_is_a_figure_the_page_lacks(
        kb: KnowledgeBase, question: str, project: str) -> None:
    # given a project whose page counts no participants or firms (KI#CK names two partner
    # organisations, MAGIA four clusters)
    # when a number of people or firms is claimed
    reply = answer(question, State(), kb)
    # then the page doesn't say: no "no" from the partner count, no card
    assert reply.intent == "quantity" and reply.projects == (project,), reply.text
    assert not reply.answered and not reply.text.startswith(("Yes", "No", "Ja", "Nein"))


def test_exactly_a_length_the_page_gives_only_in_years_is_not_settled(kb: KnowledgeBase) -> None:
    # given MAGIA "in 2018 and 2019" (2 to 24 months) / when exactly 2 years is claimed /
    # then the page doesn't say
    reply = answer("Lief MAGIA exakt zwei Jahre?", State(), kb)
    assert not reply.answered and not reply.text.startswith(("Ja", "Nein")), reply.text


@pytest.mark.parametrize("messages,start", [
    (("Was ELISE funded by Interreg Europe?", "and led by LSN?"),
     "The page doesn't name a lead for ELISE"),
    (("did MAGIA start in 2018?", "and funded by the ERDF?"), "No"),
    (("Wurde BONEBANK von der UKSH geleitet?", "und von Interreg gefördert?"), "Ja"),
    (("Did BONEBANK run five years?", "and led by UKSH Lübeck?"), "Yes"),
])
def test_a_fragment_after_a_yes_no_question_is_another_claim(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a yes/no question just answered
    reply = ask(kb, *messages)[-1]
    # When a fragment follows that names a condition and no question word ("and led by X?")
    # Then it is a claim too, of the same project: its answer starts with the verdict
    assert reply.text.startswith(start)


@pytest.mark.parametrize("messages,project,start", [
    (("where was PILOT active", "funded by ERDF?"), "pilot", "Yes."),
    (("when did MAGIA run", "funded by ERDF?"), "magia", "No."),
    (("Wann lief HIHeal?", "gefördert vom EFRE?"), "hiheal", "Ja."),
    (("Wo war ELISE aktiv?", "auch vom ESF gefördert?"), "elise", "Nein."),
])
def test_a_funder_fragment_after_one_project_is_a_claim_about_it(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, start: str) -> None:
    # Given one project talked about (not a yes/no question)
    reply = ask(kb, *messages)[-1]
    # When a short fragment names a funder and no project, list word or question word
    # Then it is a claim about that project, not the list of the funder's projects
    assert reply.intent == "funding" and list(reply.projects) == [project], reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,project,start", [
    # the page: P.I.L.O.T. "was funded by the European Regional Development Fund (ERDF) and by
    # the federal state of Schleswig-Holstein"; HIHeal "by the European Regional Development
    # Fund (ERDF) and the City of Hamburg"; ELISE "by the Interreg Europe program" (each was
    # the list of that funder's projects, or "didn't understand")
    (("Wer hat P.I.L.O.T. gefördert?", "Auch der ESF?"), "pilot", "Nein."),
    (("Wer hat P.I.L.O.T. gefördert?", "Vom Land Schleswig-Holstein?"), "pilot", "Ja."),
    (("Wurde HIHeal vom Bund gefördert?", "Vom Land Schleswig-Holstein?"), "hiheal", "Nein."),
    (("Who funded P.I.L.O.T.?", "by the ESF?"), "pilot", "No."),
    (("Who funded P.I.L.O.T.?", "by the ERDF?"), "pilot", "Yes."),
    (("Was ELISE funded by Horizon Europe?", "by Interreg?"), "elise", "Yes."),
])
def test_a_funder_fragment_right_after_who_funded_a_project_is_a_claim_about_it(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, start: str) -> None:
    # Given who funded one project (or whether one did) just answered
    reply = ask(kb, *messages)[-1]
    # When a short fragment names a funder with "by", "vom", "auch"
    # Then it is a claim about that project, checked against the page
    assert reply.intent == "funding" and list(reply.projects) == [project], reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("first", "fragment", "whole"), [
    ("Wurde {} vom Bund gefördert?", "Und vom Land?", "Wurde {} vom Land gefördert?"),
    ("Was {} funded by the federal government?", "and by the state?",
     "Was {} funded by the state?"),
    ("Who funded {}?", "and by the city?", "Was {} funded by the city?"),
])
def test_a_funder_named_by_its_kind_right_after_a_funding_answer_is_that_claim(
        kb: KnowledgeBase, first: str, fragment: str, whole: str) -> None:
    # Given a project's funding just answered (P.I.L.O.T.: "by the federal state of
    # Schleswig-Holstein"; "Und vom Land?" was P.I.L.O.T.'s places, "Land" read as a country)
    for p in kb.projects.values():
        if p.follow_up_only:
            continue
        reply = ask(kb, first.format(p.name), fragment)[-1]
        # Then the state (or city) claimed as its funder, as the whole question asks it
        direct = answer(whole.format(p.name), State(), kb)
        assert reply.intent == "funding" and reply.projects == (p.id,), (p.id, reply.text)
        assert reply.text.split("\n")[0] == direct.text.split("\n")[0], (p.id, reply.text)


def test_a_funder_fragment_after_a_list_or_an_amount_keeps_its_reading(
        kb: KnowledgeBase) -> None:
    # after a list of a funder's projects, "und von COSME?" lists again (set 29)
    reply = ask(kb, "Welche Projekte wurden vom ESF gefördert?", "und von COSME?")[-1]
    assert reply.intent == "list" and reply.projects == ("magia",), reply.text
    # after an amount, "and from the ESF?" asks the amount (set 12)
    reply = ask(kb, "how much did KI#CK get from the EU and the state?", "and from the ESF?")[-1]
    assert reply.intent == "amount", reply.text


def test_a_funder_fragment_with_a_list_word_still_lists(kb: KnowledgeBase) -> None:
    # Given one project talked about / When the fragment asks for projects / Then a list
    reply = ask(kb, "when did BFCC run", "projects funded by ERDF?")[-1]
    assert reply.intent == "list" and "hiheal" in reply.projects, reply.text


@pytest.mark.parametrize("messages,project,start", [
    (("Which LSN projects were about AI or digitisation?", "did the AI one have an ESF part"),
     "kick", "Yes."),
    (("which projects were funded by ERDF", "was the AI one led by LSN?"), "kick", "Yes."),
])
def test_a_project_described_by_an_acronym_in_a_claim_is_that_project(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, start: str) -> None:
    # Given a list just shown
    reply = ask(kb, *messages)[-1]
    # When a claim describes one project by an acronym as written ("the AI one")
    # Then the claim is about that project, not a narrowed list
    assert list(reply.projects) == [project] and reply.text.startswith(start), reply.text


def test_the_landesprogramm_asked_after_a_claim_is_the_funding(kb: KnowledgeBase) -> None:
    # Given a claim about KI#CK's ESF share just answered
    reply = ask(kb, "did the AI one have an ESF part", "und wie hieß das Landesprogramm?")[-1]
    # When the state programme is asked for by its German name
    # Then the funding is told, with the programme named on the page
    assert reply.intent == "funding" and "Landesprogramm Arbeit" in reply.text, reply.text


def test_a_question_after_a_yes_no_question_is_no_claim(kb: KnowledgeBase) -> None:
    # Given a yes/no question just answered
    reply = ask(kb, "was bonebank funded by ERDF", "and who led it?")[-1]
    # When a question with a question word follows
    # Then it is answered, with no verdict
    assert reply.intent == "lead" and reply.text.startswith("BONEBANK was led by")


@pytest.mark.parametrize("messages,projects,start", [
    (("what was InnoReAct?", "did it run longer than BFCC?", "sorry, I meant longer than ELISE"),
     {"innoreact", "elise"}, "No"),
    (("Hat ELISE 2017 begonnen?", "Entschuldigung, ich meinte BFCC"), {"bfcc"}, "Nein"),
    (("was bonebank funded by the ERDF?", "oops, i meant magia"), {"magia"}, "No"),
])
def test_a_correction_after_a_yes_no_question_asks_it_of_the_project_meant(
        kb: KnowledgeBase, messages: tuple[str, ...], projects: set[str], start: str) -> None:
    # Given a yes/no question that named a project
    reply = ask(kb, *messages)[-1]
    # When the next message corrects the name ("I meant ELISE", "ich meinte BFCC")
    # Then the same claim is checked with the project meant in its place, still a yes/no
    assert set(reply.projects) == projects and reply.text.startswith(start)


@pytest.mark.parametrize("follow_up", [
    "do i need to register for that?",  # "register" a verb, not BFCC's registry
    "do i have to register for it?",
])
def test_whether_one_must_register_is_a_yes_no_about_the_project_talked_about(
        kb: KnowledgeBase, follow_up: str) -> None:
    # Given BONEBANK's competence atlas, "found after registration on LSN XCHANGE"
    reply = ask(kb, "where can I find the competence atlas?", follow_up)[-1]
    # Then whether registering is needed is yes, of BONEBANK
    assert reply.text.startswith("Yes.") and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize(("messages", "start", "thing"), [
    (("Was war InnoReAct?", "Gab's dazu irgendwo nen Leitfaden?"), "Ja", "Leitfaden"),
    (("Was war InnoReAct?", "was there a guide for it somewhere?"), "Yes", "Leitfaden"),
    (("Was war BRIDGE 53?", "gehört das zu nem größeren projekt?"), "Ja", "HIHeal"),
])
def test_short_articles_and_somewhere_leave_the_claim_as_it_is(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, thing: str) -> None:
    # Given a claim with a spoken short article ("nen", "nem") or "somewhere"/"irgendwo"
    reply = ask(kb, *messages)[-1]
    # Then it is checked like its plain form: yes, with the guide or the project it was part of
    assert reply.answered and reply.text.startswith(start) and thing in reply.text, reply.text


@pytest.mark.parametrize("question,intent,fact", [
    # the page: ELISE's partners come from Lithuania among others; NORTHOPEDICS ran from
    # 21 June 2016 to 30 June 2019
    ("lithuania in elise??", "places", "Lithuania"),
    ("northopedics was funded for 3 yrs?", "duration", "30 June 2019"),
])
def test_a_statement_with_a_place_or_a_length_asked_with_a_mark_is_a_claim(
        kb: KnowledgeBase, question: str, intent: str, fact: str) -> None:
    # given one project with a place or a length, said with no verb first and no question word
    # when asked with a question mark
    reply = answer(question, State(), kb)
    # then it is checked as a claim: "Yes" with what the page says
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith("Yes.") and fact in reply.text, reply.text


@pytest.mark.parametrize("question,intent,start", [
    # the page: NORTHOPEDICS was a network for bone healing; ELISE was funded by Interreg Europe
    ("northopedics was about bone healing?", "goals", "Yes."),
    ("NORTHOPEDICS was about cancer research?", "goals", "No."),
    ("elise was funded by interreg?", "funding", "Yes."),
])
def test_a_statement_of_a_project_and_its_verb_asked_with_a_mark_is_a_claim(
        kb: KnowledgeBase, question: str, intent: str, start: str) -> None:
    # Given a project's name, then its verb ("was"), said with no question word
    # When asked with a question mark
    reply = answer(question, State(), kb)
    # Then it is checked as a claim of what the verb says, not answered with the overview
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,intent", [
    ("waht is KI#CK?", "overview"),
    ("whta was ELISE about?", "overview"),
    ("waas ist KI#CK?", "overview"),
    ("wass war BFCC?", "overview"),
])
def test_a_misspelt_question_word_before_a_verb_is_no_claim(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    # Given a question word misspelt ("waht"), then a verb and a project's name written right
    reply = answer(question, State(), kb)
    # Then it is the question, not a claim of the project (was "The page doesn't say." with
    # the card, or "No." with ELISE's goal)
    assert reply.intent == intent and reply.answered, reply.text
    assert not reply.text.startswith(("No", "Yes", "The page", "Das geht", "Ja", "Nein")), \
        reply.text


@pytest.mark.parametrize("question,start", [
    ("BioWin is from the Netherlands, right?", "No."),
    ("is bioPmed from Spain?", "No."),
    ("Kommt Lyonbiopole aus Italien?", "Nein."),
])
def test_a_partner_claimed_from_a_country_it_is_not_from_is_no(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a partner the page gives a country (MAGIA: bioPmed Italy, Lyonbiopole France,
    # BioWin Belgium), claimed from another country, on the page or not
    reply = answer(question, State(), kb)
    # Then no, with the country the page gives (was "Yes. Projects with BioWin: MAGIA")
    assert reply.text.startswith(start) and reply.answered, reply.text
    org = next(o for o in kb.organisations.values() if o.name in question)
    country = next(x.country for x in kb.projects["magia"].partners
                   if kb.organisations[x.org] is org)
    assert kb.places[country].name.get(reply.language) in reply.text, reply.text


@pytest.mark.parametrize("question,start,answered", [
    # oncampus: the page names it in KI#CK, never where it is based
    ("is oncampus from Lübeck?", "The page doesn't say.", False),
    ("Ist oncampus aus Kiel?", "Das geht aus der Seite nicht hervor.", False),
    ("Is LSN from Hamburg?", "The page doesn't say.", False),
    # TH Lübeck and UKSH Lübeck: their names hold Lübeck ("Hamburg" read as a place, not as
    # the funder of that name)
    ("Ist die TH Lübeck aus Hamburg?", "Nein.", True),
    ("Is UKSH from Kiel?", "No.", True),
    ("is the TH Lübeck from Lübeck?", "Yes.", True),
    # claimed "in" a place after a verb of being: its seat too
    ("Ist oncampus in Lübeck?", "Das geht aus der Seite nicht hervor.", False),
    ("is oncampus in Lübeck?", "The page doesn't say.", False),
    ("Ist die TH Lübeck in Hamburg?", "Nein.", True),
])
def test_an_organisation_claimed_from_a_place_is_checked_by_its_own_place(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given an organisation claimed from a place, no project named
    reply = answer(question, State(), kb)
    # Then the verdict rests on where the page puts the organisation itself, not on the places
    # of a project it took part in (was "Yes. Projects involving Lübeck, with oncampus: KI#CK")
    assert reply.intent == "places" and reply.answered is answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,answered", [
    # oncampus: "oncampus GmbH (company)" in KI#CK
    ("Is oncampus a university?", "No.", True),
    ("Ist oncampus eine Universität?", "Nein.", True),
    ("Was oncampus a company?", "Yes.", True),
    # TH Lübeck: a university of applied sciences; UKSH: a university hospital
    ("Is the TH Lübeck a university?", "Yes.", True),
    ("Ist die TH Lübeck ein Unternehmen?", "Nein.", True),
    ("Is UKSH a hospital?", "Yes.", True),
    ("Is UKSH a university?", "The page doesn't say.", False),
])
def test_a_kind_claimed_of_an_organisation_is_checked_by_the_kind_the_page_gives_it(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given a kind of organisation claimed of one organisation, no project named
    reply = answer(question, State(), kb)
    # Then the verdict rests on the kind its name or its role says, with the partners of a
    # project it took part in (was "Yes. Projects with oncampus GmbH (1): KI#CK", the kind
    # unchecked)
    assert reply.intent == "partners" and reply.answered is answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question", [
    "Were BONEBANK patients paid for giving bone?",
    "Were patients paid for giving bone?",
])
def test_a_fact_claimed_that_the_topic_does_not_settle_is_not_said(
        kb: KnowledgeBase, question: str) -> None:
    # Given a claim of money ("paid") about a project's topic (bone)
    reply = answer(question, State(), kb)
    # Then the page doesn't say, with what it does say of bone (was "Yes." with BONEBANK's
    # aim, or the projects on bones)
    assert reply.text.startswith("The page doesn't say.") and not reply.answered, reply.text
    assert "bone" in reply.text, reply.text


@pytest.mark.parametrize("question,start,answered", [
    ("did oncampus work with hospitals?", "No.", True),  # KI#CK: TH Lübeck and oncampus
    ("did the TH Lübeck work with a company?", "Yes.", True),  # oncampus GmbH (company)
    ("did UKSH work with companies?", "The page doesn't say.", False),
])
def test_a_kind_an_organisation_worked_with_is_checked_by_its_projects_partners(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given a kind of organisation one organisation is claimed to have worked with
    reply = answer(question, State(), kb)
    # Then the partners of its one project settle it, not that the organisation took part in
    # a project (was "Yes. Projects with oncampus GmbH (1): KI#CK"); no kind of its own
    assert reply.text.startswith(start) and reply.answered is answered, reply.text
    assert reply.intent == "partners", reply.text


@pytest.mark.parametrize("text,verdict", [
    ("Ist P.I.L.O.T. nach InnoReAct zu Ende gegangen?", "Ja"),
    ("Ging BONEBANK nach BFCC zu Ende?", "Ja"),
    ("Ging BFCC nach BONEBANK zu Ende?", "Nein"),
])
def test_one_end_after_another_projects_end_is_a_claim_of_two_ends(
    kb: KnowledgeBase, text: str, verdict: str
) -> None:
    # Given a yes/no claim that one project ended after another ("nach InnoReAct zu Ende"),
    # (the page: P.I.L.O.T. ended 31 March 2023, InnoReAct 28 February 2023; BONEBANK August
    # 2020, BFCC February 2019)
    reply = answer(text, State(), kb)
    # Then both ends are compared, no question about what came after the end
    assert reply.intent == "end" and reply.answered, reply.text
    assert reply.text.startswith(verdict), reply.text
    assert len(reply.projects) == 2


@pytest.mark.parametrize("question,start", [
    # given ELISE, which ended on 31 December 2021 / when asked whether it was over by a year
    # / then a status: no before its end year, yes after it (not "did it run until 2022?")
    ("was ELISE over by 2020?", "No."),
    ("was ELISE over by 2022?", "Yes."),
    ("war ELISE bis 2022 vorbei?", "Ja."),
])
def test_over_by_a_year_is_whether_it_had_ended_then(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "status" and reply.text.startswith(start), reply.text
    assert "2021" in reply.text


@pytest.mark.parametrize("turns,start", [
    # the page: MAGIA's alliance was bioPmed from Italy, Lyonbiopole from France, BioWin from
    # Belgium and Life Science Nord, "four leading European Life Science clusters", with the
    # target countries United States and China; Japan came with MAGIA2Market
    (("War die Slowakei bei MAGIA dabei?",), "Nein."),
    (("who were the magia partners", "war spanien dabei?"), "Nein."),
    (("Was war MAGIA?", "war japan da auch dabei"), "Nein."),
    (("did magia have partners in japan?",), "No."),
    (("Hatte MAGIA Partner aus Spanien?",), "Nein."),
])
def test_a_country_beyond_a_whole_consortium_is_denied(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    # Given a project whose partners the page names in full, each with a country but Life
    # Science Nord, the page's own cluster in Northern Germany
    # When another country is claimed to have taken part
    reply = ask(kb, *turns)[-1]
    # Then no, with the places (was "The page doesn't say": Life Science Nord has no country
    # given)
    assert reply.intent == "places" and reply.answered, reply.text
    assert reply.text.startswith(start) and "Belgi" in reply.text, reply.text


@pytest.mark.parametrize("question", ["War Kiel bei MAGIA dabei?"])
def test_the_home_of_a_partner_without_a_country_is_never_denied(
        kb: KnowledgeBase, question: str) -> None:
    # Given MAGIA's Life Science Nord, whose city the page doesn't give with it
    # When a German city is claimed
    reply = answer(question, State(), kb)
    # Then no "no": Life Science Nord may be from there; nor a "yes" on a city not stated
    assert not reply.answered and not reply.text.startswith(("Nein", "No", "Ja", "Yes")), \
        reply.text


@pytest.mark.parametrize("question,start", [
    ("War Deutschland bei MAGIA dabei?", "Ja."), ("did MAGIA have a German partner?", "Yes."),
])
def test_the_home_of_a_partner_without_a_country_is_a_country_of_the_project(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given MAGIA's Life Science Nord, whose home is Germany (the page's own cluster in
    # Northern Germany)
    # When Germany is claimed
    reply = answer(question, State(), kb)
    # Then yes, with the places (was "the page doesn't say")
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # the page: "The bone material was only harvested at the hospitals in Lübeck and Odense"
    ("were bone samples for BONEBANK also collected in Hamburg?", "No."),
    ("Wurden für BONEBANK auch in Hamburg Proben gesammelt?", "Nein."),
    ("were samples stored in Odense for BONEBANK?", "Yes."),
])
def test_samples_claimed_at_a_place_claim_the_place(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim of where samples were collected, with no count word nor figure
    reply = answer(question, State(), kb)
    # Then the place is checked (was a quantity: "The page gives no such figure", with
    # Hamburg's money)
    assert reply.intent == "places" and reply.answered, reply.text
    assert reply.text.startswith(start) and "Odense" in reply.text, reply.text


def test_samples_counted_stay_a_figure_the_page_lacks(kb: KnowledgeBase) -> None:
    # Given a count of samples at a place / Then still the figure the page doesn't give
    reply = answer("how many samples were collected in Odense for BONEBANK?", State(), kb)
    assert reply.intent == "quantity" and not reply.answered, reply.text


@pytest.mark.parametrize("question,start", [
    # the page: MAGIA "to facilitate the market access for small and medium-sized MedTech
    # companies"; MAGIA2Market "to support small and medium-sized MedTech companies"
    ("was magia meant for big corporations", "No."),
    ("was magia2market for big companies?", "No."),
    ("War MAGIA für Konzerne?", "Nein."),
    ("Richtete sich MAGIA an Großunternehmen?", "Nein."),
])
def test_a_group_the_page_rules_out_as_whom_a_project_was_for_is_denied(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a project the page gives a group to (small and medium-sized companies)
    # When a group that size rules out is claimed as whom it was for
    reply = answer(question, State(), kb)
    # Then no, with the aim that names its group (was "The page doesn't say")
    assert reply.intent == "goals" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text
    assert "medium" in reply.text or "mittlere" in reply.text, reply.text


def test_large_companies_taking_part_are_no_group_claimed(kb: KnowledgeBase) -> None:
    # Given a claim of who took part, not whom it was for / Then no "no": the page doesn't say
    # which companies joined the events
    reply = answer("did large companies take part in MAGIA?", State(), kb)
    assert not reply.text.startswith("No"), reply.text


@pytest.mark.parametrize("question,start,fact", [
    # the page: "bone and bone fragments that contain stem cells were harvested during routine
    # operations" (the first phase, BONEBANK's activities); its goal names the value chain
    ("Was bone material harvested during routine operations in BONEBANK?", "Yes.",
     "first phase"),
    ("Wurde das Knochenmaterial bei BONEBANK bei Routine-OPs gewonnen?", "Ja.",
     "ersten Projektphase"),
])
def test_a_passive_claim_of_what_was_done_is_checked_in_what_was_done(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given a claim in the passive of what was done, whose words both the aim and what was
    # done say
    reply = answer(question, State(), kb)
    # Then yes with what was done (was the aim: sets 18, 31 and 34 label it activities)
    assert reply.intent == "activities" and reply.answered, reply.text
    assert reply.text.startswith(start) and fact in reply.text, reply.text


def test_a_claim_of_what_a_project_was_about_stays_its_aim(kb: KnowledgeBase) -> None:
    # Given a claim of what BONEBANK was about, in the same words / Then its aim, as before
    reply = answer("was BONEBANK about harvesting bone during routine operations?", State(), kb)
    assert reply.intent == "goals" and reply.text.startswith("Yes."), reply.text


@pytest.mark.parametrize("text,yes,led", [
    # the page: BFCC was part of the flagship HealthRegion and led by Life Science Nord
    ("Was BFCC part of the HealthRegion flagship? And who led it?", "Yes.", True),
    ("Gehörte BFCC zum Flaggschiff HealthRegion? Und wer hat es geleitet?", "Ja.", True),
    # "that" points at the flagship, of which the page says no more
    ("Was BFCC part of a flagship project? Who led that?", "Yes.", False),
])
def test_it_after_a_claimed_link_outside_the_page_is_the_project_claimed_of(
        kb: KnowledgeBase, text: str, yes: str, led: bool) -> None:
    # Given a yes/no whether a project was part of an initiative the page only names, then a
    # question of "it"
    reply = ask(kb, text)[0]
    # Then yes, and "it" is the project (its lead), not the initiative
    assert reply.text.startswith(yes) and reply.projects == ("bfcc",), reply.text
    assert ("Life Science Nord Management" in reply.text) is led, reply.text


def test_a_claim_of_what_a_project_was_about_in_a_topic_s_other_words_is_its_aim(
        kb: KnowledgeBase) -> None:
    # Given "training", a name of KI#CK's topic (qualification) that its texts don't use
    # When claimed as what KI#CK was about
    reply = answer("was KI#CK about AI training for staff?", State(), kb)
    # Then yes with its aim, as every claim of what a project was about (was its overview)
    assert reply.intent == "goals" and reply.text.startswith("Yes."), reply.text
    assert "qualification programme" in reply.text, reply.text


@pytest.mark.parametrize("text,yes", [
    ("was innoreact about dealing with corona?", "Yes."),
    ("ging es bei innoreact um den umgang mit corona?", "Ja."),
    ("was innoreact about dealing with cancer?", "No."),
])
def test_a_verb_of_engaging_with_a_topic_is_no_content_of_the_claim(
        kb: KnowledgeBase, text: str, yes: str) -> None:
    # Given a claim of what InnoReAct was about, the topic after "dealing with"
    reply = answer(text, State(), kb)
    # Then the topic settles it (the page: the effects of the Corona pandemic), not the
    # word "dealing", which the page doesn't use ("No" to corona was a wrong answer)
    assert reply.text.startswith(yes) and reply.projects == ("innoreact",), reply.text


@pytest.mark.parametrize("text,settled", [
    ("does pilot next level end in 2025", False),
    ("was pilot next level running in 2024?", False),
    ("did pilot next level end in 2021?", True),  # before its start: surely not
])
def test_a_year_claim_of_a_project_without_an_end_is_open_from_its_start(
        kb: KnowledgeBase, text: str, settled: bool) -> None:
    # Given P.I.L.O.T. Next Level: since April 2023, no end date on the page
    reply = answer(text, State(), kb)
    # Then from its start on the page can't tell (no confident "No"), before it it can
    assert reply.projects == ("pilot-next",) and reply.answered is settled, reply.text
    assert reply.text.startswith("No.") is settled, reply.text


@pytest.mark.parametrize("question,start", [
    # the page: KI#CK got approx. 193,000 EUR from the EU and the state of Schleswig-Holstein
    # and approx. 249,000 Euro from the ESF
    ("did kick get more from the esf than from the eu/state funds", "Yes."),
    ("did kick get more from the eu than from the esf", "No."),
    ("Hat KI#CK weniger vom ESF bekommen als von der EU?", "Nein."),
])
def test_two_funders_of_one_project_compared_are_its_two_amounts(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given one project with two amounts from two funders
    # When one funder's share is compared with the other's, both named
    reply = answer(question, State(), kb)
    # Then the two amounts settle it: yes or no, an amount answer with both figures
    assert reply.intent == "amount" and list(reply.projects) == ["kick"], reply.text
    assert reply.text.startswith(start) and "249,000" in reply.text.replace(".", ","), reply.text


@pytest.mark.parametrize("question,intent,start", [
    # the page: ELISE "Grant volume: € 1,217,494"; BFCC built "the first transnational fracture
    # registry"; NORTHOPEDICS offers its network guide for download
    ("Lag der Förderbetrag von ELISE unter einer Million Euro?", "amount", "Nein."),
    ("Betrug das Fördervolumen von ELISE mehr als eine Million?", "amount", "Ja."),
    ("Stammt der Netzwerk-Leitfaden aus NORTHOPEDICS?", "contact", "Ja."),
])
def test_a_german_claim_opened_by_where_a_figure_lay_or_a_thing_came_from_is_checked(
        kb: KnowledgeBase, question: str, intent: str, start: str) -> None:
    # Given a German yes/no question opened by "lag", "betrug" or "stammt" (verb first)
    reply = answer(question, State(), kb)
    # Then the claim is checked: yes or no first (was the fact alone, with no verdict)
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,intent,start", [
    # the page: BFCC "03/2016 - 02/2019", ELISE "01/01/2017 - 31/12/2021", InnoReAct
    # "01/01/2022 - 28/02/2023"
    ("bfcc started in march 2016?", "start", "Yes."),
    ("elise ended in 2020?", "end", "No."),
    ("innoreact wrapped up in feb 2023?", "end", "Yes."),
])
def test_a_date_stated_of_one_project_and_asked_with_a_question_mark_is_a_claim(
        kb: KnowledgeBase, question: str, intent: str, start: str) -> None:
    # Given a statement of one project's start, end or run with a year, asked with "?" and no
    # question word
    reply = answer(question, State(), kb)
    # Then it is checked against the page's dates (was the date alone, with no yes or no)
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


def test_a_year_beside_a_project_alone_asks_no_claim(kb: KnowledgeBase) -> None:
    # Given a project and a year with no verb of its dates / When asked / Then no yes or no
    reply = answer("elise in 2020?", State(), kb)
    assert not reply.text.startswith(("Yes", "No")), reply.text


@pytest.mark.parametrize("question,start", [
    ("is there a network guide for northopedics i can grab", "Yes."),
    ("Gibt es einen Netzwerk-Leitfaden zu NORTHOPEDICS, den ich mir holen kann?", "Ja."),
    ("is there a guide for innoreact we could fetch?", "Yes."),
])
def test_what_the_speaker_would_do_with_a_document_claims_nothing_of_it(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given whether there is a document, with a clause of the speaker's own after it ("I can
    # grab", "den ich mir holen kann")
    reply = answer(question, State(), kb)
    # Then yes with the document and where it is (was "No." with the goal: the speaker's verb
    # was checked as what the project was about; "holen" was read as "Polen")
    assert reply.intent == "contact" and reply.answered, reply.text
    assert reply.text.startswith(start) and "uide" in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    ("Was MAGIA a Horizon project?", "No."),
    ("War MAGIA ein Horizon-Projekt?", "Nein."),
    ("War ELISE ein Horizont-Projekt?", "Nein."),
])
def test_a_programme_the_page_never_names_is_a_no_where_the_page_names_the_funders(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a project whose funders the page names, and a programme it never names ("Horizon"
    # alone, without "2020" or "Europe")
    reply = answer(question, State(), kb)
    # Then no, with the project's funders (was "the page doesn't say" with its places)
    assert reply.intent == "funding" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start", [
    (("Tell me about NORTHOPEDICS", "Was it funded by the federal government in Berlin?"),
     "No. NORTHOPEDICS was funded by"),
    (("Erzähl mir von NORTHOPEDICS", "Wurde es vom Bund in Berlin gefördert?"),
     "Nein. Förderung von NORTHOPEDICS"),
])
def test_a_funder_claimed_with_its_seat_is_checked_against_the_funders(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a funder the page never names, with the city where it sits
    reply = ask(kb, *messages)[-1]
    # Then the claim is the funder: no, with the project's funders (was its places)
    assert reply.intent == "funding" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("turns,start,fails,silent", [
    # the page: LSN led BFCC, InnoReAct and KI#CK; UKSH Lübeck led BONEBANK; most projects have
    # no lead named
    (("Was Life Science Nord the lead partner in every project?",), "No.", "BONEBANK",
     "ELISE"),
    (("War LSN bei jedem Projekt Lead Partner?",), "Nein.", "BONEBANK", "ELISE"),
    # the page names no funder for MAGIA2Market, the EU for every other project
    (("Were all of these projects funded by the EU?",), "The page doesn't say.", None,
     "MAGIA2Market"),
    (("Liste alle Projekte auf", "Wurden alle diese Projekte von der EU gefördert?"),
     "Das geht aus der Seite nicht hervor.", None, "MAGIA2Market"),
    # MAGIA got COSME money, not the ERDF (BFCC's Interreg programme may draw on it)
    (("Did every project get ERDF money?",), "No.", "MAGIA", "MAGIA2Market"),
])
def test_a_claim_of_every_project_holds_only_where_it_holds_of_each(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str, fails: str | None,
        silent: str) -> None:
    # Given a yes/no claim of every project, or of all of a list longer than a handful
    reply = ask(kb, *turns)[-1]
    # Then yes only where it holds of each: no with those it fails for, "the page doesn't say"
    # with those it can't settle (was "Yes." with the projects it holds for)
    assert reply.text.startswith(start), reply.text
    assert reply.answered == (start in ("No.", "Nein.")), reply.text
    lines = reply.text.splitlines()
    assert fails is None or any(fails in line and line.startswith(("Not so", "Bei diesen nicht"))
                                for line in lines), reply.text
    assert any(silent in line for line in lines[-1:]), reply.text


@pytest.mark.parametrize("question,start", [
    ("Did ELISE aim at job creation?", "Yes."),
])
def test_a_claim_in_the_pages_own_words_for_a_text_is_said_by_that_text(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a project whose text puts the page's words in our own ("growth, jobs" for the
    # page's "market growth, job creation")
    reply = answer(question, State(), kb)
    # Then a claim in the page's words is checked against the page's words behind the text
    # too: yes with the goal (was "the page doesn't say")
    assert reply.intent == "goals" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


def test_the_projects_name_in_a_texts_evidence_says_nothing_of_what_it_was(
        kb: KnowledgeBase) -> None:
    # Given a guide asked for, and the page's words behind InnoReAct's texts naming "the
    # InnoReAct project"
    reply = answer("is there a guide for innoreact somewhere", State(), kb)
    # Then the guide is answered, not the goal its evidence names the project in
    assert reply.intent == "contact" and "Leitfaden" in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    (("Was P.I.L.O.T. only about digitisation?",), "No."),
    (("Erzähl mir von P.I.L.O.T.", "Ging es nur um Digitalisierung?"), "Nein."),
])
def test_only_what_the_page_says_a_project_did_not_only_do_is_a_no(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a project the page says "did not only" approach a thing (P.I.L.O.T.: "the project
    # did not only approaches digitisation itself")
    # When it is claimed to have been only about that thing
    reply = ask(kb, *messages)[-1]
    # Then no, with the text that says so (was "the page doesn't say")
    assert reply.answered and reply.text.startswith(start), reply.text
    assert "nicht nur" in reply.text or "not only" in reply.text, reply.text


def test_only_of_a_thing_the_page_says_nothing_more_of_stays_unsaid(kb: KnowledgeBase) -> None:
    # Given BFCC, which the page gives no "not only" for / When only fractures are claimed
    reply = answer("Was BFCC only about fractures?", State(), kb)
    # Then the page doesn't say
    assert not reply.answered, reply.text


@pytest.mark.parametrize("messages,start,note", [
    (("Erzähl mir von ELISE", "Und hatte es ein Budget von 5 Millionen Euro?"),
     "Das geht aus der Seite nicht hervor.", "kein Gesamtbudget"),
    (("Did KI#CK have a total budget of more than 1 million euros?",), "The page doesn't say.",
     "not its total budget"),
    # a budget the grant would fit is no "yes" either (was "Yes. …" before the note that the
    # page gives no budget): the page doesn't say, then that it gives the grant
    (("Did ELISE have a budget of 1.2 million?",), "The page doesn't say.\nThe page gives",
     "not its total budget"),
    (("Was ELISE's budget over one million euros?",), "The page doesn't say.\nThe page gives",
     "€1,217,494"),
    (("War das Budget von ELISE über eine Million Euro?",),
     "Das geht aus der Seite nicht hervor.\nDie Seite nennt die Fördersumme", "1.217.494 €"),
])
def test_a_budget_claimed_is_held_against_the_grant_with_the_difference_said(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, note: str) -> None:
    # Given a project the page gives what its funders granted for, never what it cost in all
    # When a total budget is claimed
    reply = ask(kb, *messages)[-1]
    # Then a budget the grant doesn't match is no "no" (was "Nein." by the grant volume), and
    # the reply says the page's figure is the grant, not the budget
    assert reply.intent == "amount" and not reply.answered, reply.text
    assert reply.text.startswith(start), reply.text
    assert note in reply.text, reply.text


def test_a_grant_claimed_gets_no_budget_note(kb: KnowledgeBase) -> None:
    # Given the grant itself claimed / Then a plain yes
    reply = answer("Was ELISE's grant over 1 million?", State(), kb)
    assert reply.text.startswith("Yes.") and "budget" not in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    (("Tell me about BONEBANK", "Were the stem cells stored in Kiel?"), "No."),
    (("Tell me about BONEBANK", "So the biobank is only in Lübeck?"), "No."),
    (("Erzähl mir von BONEBANK", "Wurden die Stammzellen in Kiel gelagert?"), "Nein."),
    (("Was the BONEBANK biobank in Odense?",), "Yes."),
])
def test_a_place_claimed_of_a_thing_rests_on_the_text_that_places_it(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a thing a project's results place (BONEBANK: "a cross-border biobank in Lübeck and
    # Odense holding the isolated stem cells")
    reply = ask(kb, *messages)[-1]
    # Then the verdict rests on that text, not on where the project was active
    assert reply.intent == "places" and reply.text.startswith(start), reply.text
    assert "iobank in Lübeck und Odense" in reply.text or \
        "biobank in Lübeck and Odense" in reply.text, reply.text
    assert "Denmark" not in reply.text and "Dänemark" not in reply.text, reply.text


def test_a_place_claimed_of_the_project_keeps_its_places(kb: KnowledgeBase) -> None:
    # Given no thing named / Then where the project was active
    reply = ask(kb, "Tell me about BONEBANK", "Was it active in Kiel?")[-1]
    assert reply.text.startswith("No.") and "Denmark" in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    (("Erzähl mir von MAGIA2Market", "Gab es vier Cluster in der Allianz?"), "Ja."),
    (("Tell me about MAGIA2Market", "Were there five clusters in the alliance?"), "No."),
])
def test_the_clusters_of_the_alliance_a_follow_up_built_on_are_its_predecessors(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given MAGIA2Market, whose page text names "the MAGIA-Alliance – consisting of four
    # leading European Life Science clusters" of the project before it
    reply = ask(kb, *messages)[-1]
    # Then the alliance's clusters are checked against MAGIA's four (was "doesn't say")
    assert reply.answered and reply.text.startswith(start), reply.text
    assert "magia" in reply.projects, reply.text


@pytest.mark.parametrize("question,start", [
    # a country's adjective before the project noun claims whose project it was
    ("War ELISE ein deutsches Projekt?", "Nein."),  # a European one, six countries
    ("Was ELISE a Polish project?", "No."),
    ("War BONEBANK ein deutsch-dänisches Projekt?", "Ja."),
    ("Was KI#CK a German project?", "Yes."),  # Schleswig-Holstein only
])
def test_a_countrys_project_claims_that_country_alone(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    # Then checked against every country of the project, with its places (was "the page
    # doesn't say" with the card for "deutsches", "Yes" for Polish of ELISE)
    assert reply.intent == "places" and reply.text.startswith(start), reply.text


def test_a_countrys_partners_are_no_claim_of_that_country_alone(kb: KnowledgeBase) -> None:
    # Given partners of a country, not the project's nationality / Then yes where it has some
    reply = answer("Did ELISE have Polish partners?", State(), kb)
    assert reply.text.startswith("Yes."), reply.text


@pytest.mark.parametrize("question,start", [
    ("Did P.I.L.O.T. involve the whole health sector?", "Yes."),
    ("Waren alle Bereiche des Gesundheitswesens bei P.I.L.O.T. beteiligt?", "Ja."),
])
def test_the_whole_of_what_the_page_says_all_parts_of_is_said(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given the page: "All parts of the health sector were involved" (P.I.L.O.T.)
    reply = answer(question, State(), kb)
    # Then "the whole health sector" is what it says (was "the page doesn't say")
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,answered", [
    ("war innoreact das kürzeste projekt überhaupt?", "Ja.", True),
    ("Was InnoReAct the shortest project?", "Yes.", True),
    # MAGIA's years only: it may lead or tie, it doesn't surely lead
    ("Was MAGIA the shortest project?", "The page doesn't say.", False),
])
def test_a_claim_that_the_one_a_ranking_names_first_leads_it_is_yes_with_its_hedge(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given the claim that InnoReAct was the shortest (the page: 14 months; MAGIA only
    # "2018 to 2019", so it may have run shorter)
    (reply,) = ask(kb, question)
    # Then it is the answer "which was the shortest?" gives, with a yes, the hedge still said
    assert reply.text.startswith(start) and reply.answered == answered, reply.text
    assert "MAGIA" in reply.text


@pytest.mark.parametrize("question,start,fact", [
    # the page: BFCC "funded by the Interreg Baltic Sea Region Programme", HIHeal "to December
    # 31, 2022", BONEBANK from September 2015 to August 2020, KI#CK and NORTHOPEDICS in
    # Schleswig-Holstein
    ("Was BFCC funded by Interreg or by the ERDF?", "Interreg, as the page says.", "Interreg"),
    ("Did HIHeal end in 2021 or 2022?", "2022, as the page says.", "31 December 2022"),
    ("Was KI#CK run in Hamburg or in Schleswig-Holstein?", "Schleswig-Holstein, as",
     "Schleswig-Holstein"),
    ("Lief BONEBANK vier oder fünf Jahre?", "Fünf, laut der Seite.", "5 Jahre"),
    ("War NORTHOPEDICS ein Hamburger oder ein schleswig-holsteinisches Projekt?",
     "Schleswig-Holstein, laut der Seite.", "Schleswig-Holstein"),
    ("Wurde BFCC von Interreg oder vom EFRE gefördert?", "Interreg, laut der Seite.",
     "Interreg"),
])
def test_a_question_offering_two_alternatives_is_answered_with_the_one_the_page_holds(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given a question that offers two alternatives (two funders, places or figures)
    reply = answer(question, State(), kb)
    # Then the one the page holds leads, with its fact; never a bare yes or no (was "No. BFCC
    # was funded by the Interreg …", "Ja. BONEBANK lief 5 Jahre")
    assert reply.answered and reply.text.startswith(start), reply.text
    assert fact in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    # the page: BONEBANK ran 5 years; NORTHOPEDICS by the ERDF and the State of
    # Schleswig-Holstein; HIHeal ended in 2022
    ("Did BONEBANK run three or four years?", "Neither three nor four, as the page says."),
    ("Endete HIHeal 2020 oder 2021?", "Weder 2020 noch 2021, laut der Seite."),
    ("Was NORTHOPEDICS funded by the ERDF or by Schleswig-Holstein?",
     "Both ERDF and Schleswig-Holstein, as the page says."),
    ("Wurde NORTHOPEDICS vom EFRE oder vom Land Schleswig-Holstein gefördert?",
     "Sowohl EFRE als auch Schleswig-Holstein, laut der Seite."),
])
def test_two_alternatives_the_page_holds_both_or_neither_of(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given two alternatives offered, where the page contradicts both or holds both
    reply = answer(question, State(), kb)
    # Then "neither" or "both", with the fact, not a "yes" or "no"
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,same", [
    # the page: NORTHOPEDICS "by the European Regional Development Fund (EFRE)", P.I.L.O.T.
    # "by the European Regional Development Fund (ERDF)"; ERDF and EFRE name one funder
    ("was NORTHOPEDICS funded by the ERDF or the EFRE?", "Yes.",
     "ERDF and EFRE are two names of the same: the European Regional Development Fund"),
    ("Wurde P.I.L.O.T. aus EFRE- oder ERDF-Mitteln bezahlt?", "Ja.",
     "EFRE und ERDF sind zwei Namen für dasselbe: der Europäische Fonds"),
    ("Was MAGIA funded by ERDF or EFRE?", "No.", "ERDF and EFRE are two names"),
])
def test_two_alternatives_that_name_one_funder_are_one_claim(
        kb: KnowledgeBase, question: str, start: str, same: str) -> None:
    # Given two alternatives that are two names of one funder (English and German)
    reply = answer(question, State(), kb)
    # Then the claim is checked once and the reply says the two names are the same (was
    # "Both ERDF and EFRE, as the page says.", as if two funders)
    assert reply.answered and reply.text.startswith(start) and same in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "was bridge 53 a project of its own?",
    "Was BRIDGE 53 a project of its own or not?",
])
def test_a_project_of_its_own_is_the_standalone_claim(kb: KnowledgeBase, question: str) -> None:
    # Given the page: "BRIDGE 53 was part of the project Hygiene, Infection & Health (HIHeal)"
    reply = answer(question, State(), kb)
    # Then "No" (a four-word phrase of query.yaml's standalone words, never found among
    # three-word grams: it was "Yes. BRIDGE 53 was part of HIHeal.")
    assert reply.text.startswith("No.") and "HIHeal" in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    # given "or" between two projects, "or not", and "a guide or a handbook" (any of them) /
    # when asked / then still a yes/no question, not a choice
    ("Did ELISE or BFCC run in 2018?", "ELISE ran"),
    ("Was BFCC funded by Interreg or not?", "Yes."),
    ("Did InnoReAct produce some kind of guide or handbook?", "Yes."),
    # one claim in two words (BFCC: "part of the flagship project HealthRegion"), "yes or no"
    ("was bfcc part of some bigger initiative or flagship?", "Yes."),
    ("Lithuania in ELISE - yes or no?", "Yes."),
    ("Litauen bei ELISE, ja oder nein?", "Ja."),
])
def test_or_that_offers_no_choice_of_a_fact_keeps_the_yes_no(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,fact", [
    # the page: BRIDGE 53 "was part of" HIHeal; ELISE "funded by the Interreg Europe program";
    # NORTHOPEDICS ran to June 30, 2019; ELISE's grant €1,217,494
    (("Ist BRIDGE 53 ein eigenes Projekt oder Teil von etwas anderem?",),
     "BRIDGE 53 war Teil von HIHeal."),
    (("War ELISE ein Horizon-Projekt oder Interreg?",), "Förderung von ELISE: Interreg Europe."),
    # two funders offered, one the page never names (docs/labels.md: never "Yes"/"No"; this
    # was "Yes." as a claim of either)
    (("was BONEBANK paid for by Interreg Deutschland-Danmark or by Horizon 2020?",),
     "BONEBANK was funded by Interreg Deutschland-Danmark"),
    (("ist northopedics abgeschlossen oder läuft das noch",), "NORTHOPEDICS lief vom"),
    (("Was BFCC embedded in some bigger initiative, or was it standalone?",),
     "BFCC was part of the flagship project"),
])
def test_a_choice_between_two_claims_is_answered_with_the_one_the_page_holds(
        kb: KnowledgeBase, messages: tuple[str, ...], fact: str) -> None:
    # Given a question offering two different claims, the page holding one and not the other
    reply = ask(kb, *messages)[-1]
    # Then the one it holds, with no bare yes or no before it (a "Ja." said yes to the
    # first, which the page contradicts: "Ja. BRIDGE 53 war Teil von HIHeal.")
    assert reply.answered and reply.text.startswith(fact), reply.text


@pytest.mark.parametrize("question,start,fact", [
    # the page: MAGIA's companies "had access to market studies", nothing of what they did
    ("Did MAGIA market studies help companies?", "The page doesn't say.", "market studies"),
    ("Waren die Marktstudien von MAGIA hilfreich?", "Das geht aus der Seite nicht",
     "Marktstudien"),
    # BONEBANK's goal names a biobank, never its size
    ("Was the BONEBANK biobank large?", "The page doesn't say.", "biobank"),
    ("War die Biobank von BONEBANK groß?", "Das geht aus der Seite nicht", "Biobank"),
    # ELISE aimed at "growth, jobs and competitiveness", no count of jobs made
    ("Did ELISE create many jobs?", "The page doesn't say.", "jobs"),
    ("Hat ELISE viele Arbeitsplätze geschaffen?", "Das geht aus der Seite nicht",
     "Arbeitsplätze"),
    # NORTHOPEDICS "worked as" a network: no word of success
    ("Was the NORTHOPEDICS network successful?", "The page doesn't say.", "network guide"),
    ("War das Netzwerk von NORTHOPEDICS erfolgreich?", "Das geht aus der Seite nicht",
     "Netzwerk-Leitfaden"),
])
def test_an_everyday_word_the_text_never_says_gives_no_yes(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given a claim settled by a project's text, with a plain word of its own (help, large,
    # many, successful) that text never uses
    reply = answer(question, State(), kb)
    # Then the page doesn't say (was "Yes"), with the text that says what it does
    assert reply.text.startswith(start) and not reply.answered, reply.text
    assert fact in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    ("Was MAGIA successful?", "Yes."),  # "It was successfully concluded"
    ("War MAGIA erfolgreich?", "Ja."),
    ("did smes benefit from MAGIA?", "Yes."),  # "to ease market access for … companies"
    ("Did companies get access to market studies in MAGIA?", "Yes."),
    # what a project answered names what it was about: InnoReAct's goal names the pandemic
    ("Was InnoReAct a response to the Corona pandemic?", "Yes."),
    ("War InnoReAct eine Reaktion auf die Corona-Pandemie?", "Ja."),
    # a cause named, and a project set up for it: what it answered, as above (was "The page
    # doesn't say" over the goal that names the pandemic)
    ("was InnoReAct set up because of Corona?", "Yes."),
    ("Stimmt es, dass InnoReAct wegen Corona aufgelegt wurde?", "Ja."),
    ("Wurde InnoReAct wegen Corona gestartet?", "Ja."),
])
def test_an_everyday_word_the_text_says_in_its_words_keeps_the_yes(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim whose plain words the text says, itself or in other words
    reply = answer(question, State(), kb)
    # Then the yes stands
    assert reply.text.startswith(start) and reply.answered, reply.text


@pytest.mark.parametrize("question,start", [
    ("Was BONEBANK part of Interreg 5A?", "The page doesn't say."),
    ("Was BONEBANK funded by Interreg VA?", "The page doesn't say."),
    ("Wurde BONEBANK über das Interreg-5A-Programm gefördert?", "Das geht aus der Seite nicht"),
    ("Was BONEBANK funded by Interreg?", "Yes."),
    ("Was BONEBANK funded by Interreg Deutschland-Danmark?", "Yes."),
])
def test_a_strand_of_a_funder_the_page_never_gives_is_not_confirmed(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given BONEBANK, "supported by Interreg Deutschland-Danmark" (the page names no strand)
    reply = answer(question, State(), kb)
    # Then a strand claimed after the funder's name ("5A") is no yes; the programme is said
    assert reply.text.startswith(start), reply.text
    assert "Interreg Deutschland-Danmark" in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    # the page: BONEBANK "with funds from the European Regional Development Fund", ELISE
    # "funded by the Interreg Europe program" alone
    ("any erdf money in bonebank?", "Yes."),
    ("irgendwelche EFRE-Mittel bei BONEBANK?", "Ja."),
    ("any ESF money in ELISE?", "No."),
])
def test_any_funder_of_one_project_asked_back_is_a_claim(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a statement opened by "any" with a funder and one project, asked with "?"
    reply = answer(question, State(), kb)
    # Then yes or no with the funders, not the funders alone (was no verdict)
    assert reply.intent == "funding" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page names Spain and Brazil for no project, and no project's countries could hold
    # them; BFCC's seven countries around the Baltic Sea, which it doesn't name, may hold Sweden
    ("gab es ein projekt mit partnern aus spanien", "Nein.", True),
    ("did LSN ever run a project in brazil?", "No.", True),
    ("was there a project with partners from sweden?", "The page doesn't say.", False),
])
def test_whether_a_project_was_in_a_place_the_page_never_names_is_settled(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given a yes/no of whether some project was in a country the page never names
    reply = answer(question, State(), kb)
    # Then "no" where no project's unnamed countries could hold it (was no verdict), else
    # that the page doesn't say, with the project it can't rule out
    assert reply.intent == "list" and reply.answered == answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # the page: "The European project ELISE", said only in its summary
    ("Ist ELISE ein europäisches Projekt?", "Ja."),
    ("War ELISE ein europäisches Projekt?", "Ja."),
])
def test_what_only_the_summary_says_of_a_project_is_confirmed(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim of what the project was, in a word only its summary uses
    reply = answer(question, State(), kb)
    # Then yes with the card (was "the page doesn't say")
    assert reply.intent == "overview" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # the page: BFCC "fracture management", BONEBANK "bone and bone fragments", NORTHOPEDICS
    # "bone healing"; MAGIA medtech market access
    ("Did all three of BFCC, BONEBANK and NORTHOPEDICS deal with bones?", "Yes."),
    ("Ging es bei BFCC, BONEBANK und NORTHOPEDICS um Knochen?", "Ja."),
    ("Were BFCC and MAGIA about bones?", "No."),
])
def test_a_topic_claimed_of_several_named_projects_is_each_ones_verdict(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a topic claimed of projects named side by side
    reply = answer(question, State(), kb)
    # Then the verdict each gets alone, all of them named (was "The page doesn't say." with
    # the first one's card: the other names and "all three" read as unsaid words of its text)
    assert reply.answered and reply.text.startswith(start), reply.text
    assert reply.intent == "goals" and len(reply.projects) >= 2, reply.projects


@pytest.mark.parametrize("question,start", [
    # the page: BFCC "funded by the Interreg Baltic Sea Region Programme", ELISE "by the
    # Interreg Europe program"; only BONEBANK's Interreg money is said to come "from the
    # European Regional Development Fund"; MAGIA by COSME; no Interreg programme takes the ESF
    ("Was BFCC funded by the ERDF?", "The page doesn't say."),
    ("War ELISE ein EFRE-Projekt?", "Das geht aus der Seite nicht hervor."),
    ("Did the ESF fund ELISE?", "No."),
    ("did MAGIA get ERDF money?", "No."),
    ("any erdf money in bonebank?", "Yes."),
])
def test_a_fund_claimed_of_an_interreg_programme_the_page_gives_no_fund_for_is_not_said(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a fund claimed of a project funded by an Interreg programme (was "No." for the
    # ERDF, which the page names as the fund of BONEBANK's Interreg programme)
    reply = answer(question, State(), kb)
    # Then the page doesn't say where the fund is one an Interreg programme draws on there
    assert reply.text.startswith(start), reply.text
    assert "Interreg" in reply.text or "COSME" in reply.text, reply.text


def test_link_as_a_verb_claims_what_was_made_not_a_web_link(kb: KnowledgeBase) -> None:
    # Given BFCC, which "linked them together in one transnational fracture registry"
    reply = answer("did the BFCC link the hospital registries into one transnational registry?",
                   State(), kb)
    # Then yes, with the registry (was "no website, e-mail or contact person": a web link)
    assert reply.answered and reply.text.startswith("Yes.") and "registry" in reply.text


@pytest.mark.parametrize("first,claim", [
    ("Vergleiche ELISE und BFCC", "Sind das wirklich 1,2 Milliarden Euro?"),
    ("Compare ELISE and BFCC", "Are those really 1.2 billion euros?"),
    ("Compare ELISE and BFCC", "Is that really 1,5 million euros?"),
])
def test_a_decimal_amount_claimed_of_two_projects_is_checked_of_both(
        kb: KnowledgeBase, first: str, claim: str) -> None:
    # given two projects talked of / when an amount with a decimal comma or point is claimed /
    # then it is an amount of both: "1,2" is neither the first one nor a group of two
    reply = ask(kb, first, claim)[-1]
    assert reply.intent == "amount" and set(reply.projects) == {"elise", "bfcc"}, reply.projects
    assert reply.text.startswith(("Nein.", "No.")) and "1" in reply.text, reply.text


@pytest.mark.parametrize("question,start,real", [
    # the page: HIHeal "was continued by HIHeal next level transition"; InnoReAct and
    # P.I.L.O.T. Next Level follow no HIHeal
    ("Ist InnoReAct der Nachfolger von HIHeal?", "Nein.", "HIHeal next level transition"),
    ("ist pilot next level der nachfolger von hiheal?", "Nein.", "HIHeal next level transition"),
    ("Is InnoReAct the successor of HIHeal?", "No.", "HIHeal next level transition"),
])
def test_a_false_successor_claim_names_the_real_successor(
        kb: KnowledgeBase, question: str, start: str, real: str) -> None:
    # Given a project claimed the follow-up of one it doesn't follow
    reply = answer(question, State(), kb)
    # Then "no", and the follow-up the page gives that project (was the claimed one's own
    # links alone: "Die Seite nennt keine verwandten Projekte für InnoReAct.")
    assert reply.intent == "follow_up" and reply.answered, reply.text
    assert reply.text.startswith(start) and real in reply.text, reply.text
    assert "hiheal-next" in reply.projects, reply.projects


@pytest.mark.parametrize("question,start,later", [
    # the page: MAGIA's targets were the USA and China; MAGIA2Market "added Japan"
    ("did MAGIA already target japan or was that only later", "No.",
     "Only later, with its follow-up MAGIA2Market"),
    ("Hatte MAGIA schon Japan im Blick oder kam das erst später?", "Nein.",
     "Erst später, mit dem Nachfolgeprojekt MAGIA2Market"),
])
def test_a_place_claimed_already_or_only_later_is_no_with_the_follow_up(
        kb: KnowledgeBase, question: str, start: str, later: str) -> None:
    # Given a place claimed of a project, with "or only later" offered beside it
    reply = answer(question, State(), kb)
    # Then no to the project itself, and the follow-up that added it (was "No." with MAGIA
    # alone: "only later" was read as a claim of that place only)
    assert reply.intent == "places" and reply.answered, reply.text
    assert reply.text.startswith(start) and later in reply.text, reply.text
    assert reply.projects == ("magia", "magia2market"), reply.projects


@pytest.mark.parametrize("question,start,said", [
    # the page: KI#CK "as an entry point to Artificial Intelligence (AI)"; InnoReAct against
    # "the effects of the Corona pandemic"
    ("is kick an AI thing?", "Yes.", "Artificial Intelligence"),
    ("was innoreact a response to covid", "Yes.", "Corona"),
])
def test_a_topic_claimed_by_a_short_name_or_alias_is_checked_in_its_aim(
        kb: KnowledgeBase, question: str, start: str, said: str) -> None:
    # Given a project's topic claimed by a name its texts don't use ("AI", "covid")
    reply = answer(question, State(), kb)
    # Then the claim is about what it was for: yes with its goals, where the topic's own
    # names stand (was the overview card: the short word matched no text)
    assert reply.intent == "goals" and reply.answered, reply.text
    assert reply.text.startswith(start) and said in reply.text, reply.text


@pytest.mark.parametrize("turns,start", [
    # given MAGIA, whose partners were in Italy, France, Belgium and Germany and whose targets
    # the page names as "the target countries United States and China" / when its targets are
    # claimed to be those "only" (or fewer) / then the targets alone settle it, not the
    # partners' countries
    (("is it true magia started in 2017?", "and it targetted the US and china only?"), "Yes."),
    (("did MAGIA target only the US and China?",), "Yes."),
    (("Hatte MAGIA nur die USA und China als Zielländer?",), "Ja."),
    (("did MAGIA target only China?",), "No."),
    (("War MAGIA2Market nur auf die USA und China ausgerichtet?",), "Nein."),
    # where it was active stays every place it names
    (("was magia only active in the US and china?",), "No."),
])
def test_a_claim_of_targets_only_is_checked_against_the_targets(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *turns)[-1]
    assert reply.intent == "places" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # given KI#CK, run "together with the University of Applied Sciences (Technischen
    # Hochschule Lübeck …)", and MAGIA, whose four partners were clusters / when a university
    # taking part is claimed in one compound / then yes for KI#CK, no for MAGIA
    ("War KI#CK ein Projekt mit Hochschulbeteiligung?", "Ja."),
    ("War MAGIA ein Projekt mit Hochschulbeteiligung?", "Nein."),
])
def test_a_compound_claims_a_kind_of_partner(kb: KnowledgeBase, question: str, start: str
                                            ) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "partners" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,fact,text", [
    # the page: bone "harvested during routine operations" (what was done); "a cross-border
    # biobank in Lübeck and Odense" holding the stem cells (what came of it)
    ("did bonebank harvest bone during routine ops?", "Yes.", "routine operations",
     "What BONEBANK did"),
    ("Wurden bei BONEBANK Stammzellen eingelagert?", "Ja.", "Lübeck", "Ergebnisse"),
])
def test_a_claim_made_with_a_verb_of_doing_asks_what_was_done(
        kb: KnowledgeBase, question: str, start: str, fact: str, text: str) -> None:
    # Given a claim made with a verb of harvesting or storing, active or passive
    reply = answer(question, State(), kb)
    # Then it asks what was done, told by the first text that says it (was the goals: the aim
    # says harvesting and storing too)
    assert reply.intent == "activities" and reply.answered, reply.text
    assert reply.text.startswith(start) and fact in reply.text and text in reply.text, reply.text


@pytest.mark.parametrize("question,start,intent", [
    # the page: KI#CK's aim, a programme "for staff in Schleswig-Holstein's life science
    # cluster"; no word of Hamburg
    ("was the KI#CK programme meant for staff in Schleswig-Holstein?", "Yes.", "goals"),
    ("was KI#CK aimed at staff in the life science cluster in schleswig-holstein?", "Yes.",
     "goals"),
    ("War KI#CK für Beschäftigte in Schleswig-Holstein gedacht?", "Ja.", "goals"),
    ("was KI#CK aimed at staff in Hamburg?", "No.", "places"),
    # "richtete sich an" and a plain word for people ("Leute", "people") claim nothing the aim
    # lacks; the project's own programme ("das KI#CK-Programm", "the KI#CK qualification
    # programme") is no funding programme, so Hamburg is a place, not Hamburg's money
    ("Richtete sich KI#CK an Beschäftigte in Schleswig-Holstein?", "Ja.", "goals"),
    ("was KI#CK meant for people in Schleswig-Holstein?", "Yes.", "goals"),
    ("War KI#CK für Leute in Schleswig-Holstein gedacht?", "Ja.", "goals"),
    ("Richtete sich das KI#CK-Qualifizierungsprogramm an Beschäftigte in Schleswig-Holstein?",
     "Ja.", "goals"),
    ("Richtete sich das KI#CK-Qualifizierungsprogramm an Beschäftigte in Hamburg?", "Nein.",
     "places"),
    ("War das KI#CK-Programm für Beschäftigte in Hamburg gedacht?", "Nein.", "places"),
    ("was the KI#CK programme for employees in Hamburg?", "No.", "places"),
    ("was the KI#CK qualification programme aimed at staff in Hamburg?", "No.", "places"),
])
def test_a_place_claimed_of_whom_a_project_was_for_is_checked_in_its_aim(
        kb: KnowledgeBase, question: str, start: str, intent: str) -> None:
    # Given a place claimed of the people a project was for
    reply = answer(question, State(), kb)
    # Then yes with the aim where the aim names the place (was the funding: Schleswig-Holstein
    # paid for it, or the partners, "not said"); else no with its places
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question", [
    "Wer förderte das KI#CK-Programm?", "BFCC programme?", "ELISE: Programm?",
    "did Hamburg fund the HIHeal programme?",
])
def test_a_programme_asked_alone_or_with_funding_words_is_still_the_funding(
        kb: KnowledgeBase, question: str) -> None:
    # Given a programme after a project's name with no other ask, or a funding verb
    reply = answer(question, State(), kb)
    # Then the funding is asked (the project's own programme takes only the place's money away)
    assert reply.intent == "funding" and reply.answered, reply.text


@pytest.mark.parametrize("turns,start", [
    # given the State of Schleswig-Holstein, which the page names as a funder of P.I.L.O.T. and
    # not of BONEBANK (Interreg Deutschland-Danmark with ERDF funds) / when "Landesförderung"
    # (the state's funding, one word) is claimed / then it is the funder claimed: never a "Ja"
    # by BONEBANK's results; over every project before 2016, none (KI#CK has no dates)
    (("Gab es für BONEBANK Landesförderung?",), "Das geht aus der Seite nicht hervor."),
    (("Gab es für P.I.L.O.T. Landesförderung?",), "Ja."),
    (("Gab es Landesförderung vor 2016?",), "Das geht aus der Seite nicht hervor."),
])
def test_the_states_funding_in_one_word_is_the_state_as_funder(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *turns)[-1]
    assert reply.intent in ("funding", "list") and reply.text.startswith(start), reply.text
    assert "Schleswig-Holstein" in reply.text or "EFRE" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    # the page: HIHeal's "cluster partners", Gesundheitswirtschaft Hamburg GmbH and Life Science
    # Nord Management GmbH; the City of Hamburg co-funded it
    "is the hiheal network between the hamburg health cluster and LSN?",
    "was hiheal about a network between the hamburg and lsn clusters",
])
def test_a_city_before_a_cluster_names_the_cluster_not_the_citys_money(
        kb: KnowledgeBase, question: str) -> None:
    # Given a claim naming the Hamburg cluster by its city
    reply = answer(question, State(), kb)
    # Then it is checked against the partners (was "Yes" with the funding: Hamburg's money)
    assert reply.intent == "partners" and reply.answered, reply.text
    assert reply.text.startswith("Yes.") and "Gesundheitswirtschaft Hamburg" in reply.text


# The page: ELISE ran "with a grant volume of €1,217,494.00 million"; the knowledge base reads it
# as €1,217,494 (about 1.2 million), as every question set does; BRIDGE 53 has no amount.
ELISE_WRITTEN = "€1,217,494.00 million"


@pytest.mark.parametrize("claim,start", [
    # a magnitude word the bot once didn't know was read as "is that in euros?": "Yes."
    ("is that really 1.2 trillion euros?", "No."),
    ("was it 1.2 tn?", "No."),
    ("so 1.2 quadrillion?", "No."),
    ("War das wirklich 1,2 Billionen Euro?", "Nein."),
    ("Waren das 1,2 Billiarden Euro?", "Nein."),
    ("was it 1.2 bn?", "No."),
    # a figure with thousands separators and cents: its cents were read as a figure of their own
    ("Stimmt die Angabe 1.217.494,00 Millionen?", "Nein."),
    ("is it 1,217,494.00 euros?", "Yes."),
    ("was it about 1.2 million?", "Yes."),
])
def test_an_amount_claimed_with_any_magnitude_is_checked_against_the_figure(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # given ELISE's amount asked / when an amount is claimed of it
    first = "Wie viel Geld bekam ELISE?" if start == "Nein." else "how much money did ELISE get?"
    reply = ask(kb, first, claim)[-1]
    # then the claim is held against €1,217,494, with the figure
    assert reply.intent == "amount" and reply.projects == ("elise",), reply.projects
    assert reply.text.startswith(start) and ("1,217,494" in reply.text or
                                             "1.217.494" in reply.text), reply.text


@pytest.mark.parametrize("claim", ["is that really 1.2 gazillion euros?",
                                   "sind das 1,2 Fantastilliarden Euro?"])
def test_an_amount_in_words_the_bot_cannot_read_gets_no_yes(kb: KnowledgeBase, claim: str
                                                              ) -> None:
    # given ELISE's amount asked / when a figure with an unknown scale is claimed in euros
    reply = ask(kb, "how much money did ELISE get?", claim)[-1]
    # then no "Yes." for the currency alone: the figure, as the page gives it
    assert not reply.text.startswith(("Yes", "Ja")), reply.text
    assert "1,217,494" in reply.text or "1.217.494" in reply.text, reply.text


@pytest.mark.parametrize("question,start", [
    ("was the ELISE amount 1.2 million or 1.2 billion?", "1.2 million, as the page says."),
    ("is ELISE's grant 1.2 billion or 1.2 million?", "1.2 million, as the page says."),
    ("War die Fördersumme von ELISE 1,2 Milliarden oder 1,2 Millionen?",
     "1,2 Millionen, laut der Seite."),
])
def test_a_choice_of_two_amounts_names_the_one_that_fits_first(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # given two amounts offered (docs/labels.md: the alternative the page holds first, no
    # "Yes"/"No") / then the one that fits, then the figure
    reply = answer(question, State(), kb)
    assert reply.intent == "amount" and reply.answered, reply.intent
    assert reply.text.startswith(start) and ELISE_WRITTEN in reply.text, reply.text


@pytest.mark.parametrize("first,told,start", [
    ("how much money did ELISE get?",
     "That figure of 1,217,494.00 million looks implausible. Can you confirm?", "No."),
    ("Wie viel Geld bekam ELISE?",
     "Die Angabe '1.217.494,00 Millionen' erscheint mir unplausibel. Können Sie das bestätigen?",
     "Nein."),
    ("Wie viel Geld bekam ELISE?", "Es waren 5 Mio. Stimmt das?", "Nein."),
    ("how much money did ELISE get?", "It was 1.2 million. Is that right?", "Yes."),
])
def test_an_amount_told_then_asked_to_be_checked_is_a_claim_of_the_project(
        kb: KnowledgeBase, first: str, told: str, start: str) -> None:
    # given a project's amount asked / when a figure is told and then asked to be confirmed
    # (it fell back to "I didn't understand")
    reply = ask(kb, first, told)[-1]
    # then it is checked against the page's figure, with how the page writes it
    assert reply.intent == "amount" and reply.projects == ("elise",), reply.text
    assert reply.text.startswith(start) and ELISE_WRITTEN in reply.text, reply.text


def test_an_amount_claimed_of_a_project_without_one_is_unsaid(kb: KnowledgeBase) -> None:
    for claim in ("was it 1.2 trillion euros?", "It was 5 million. Can you confirm?"):
        reply = ask(kb, "when did bridge 53 run?", claim)[-1]
        assert reply.intent == "amount" and not reply.answered, reply.text
        assert "no amount" in reply.text, reply.text


@pytest.mark.parametrize("question,plain,said", [
    ("was ELISE's grant over 1 million?", "how much money did ELISE get?",
     "The page writes it as “€1,217,494.00 million”; read as €1,217,494, about €1.2 million."),
    ("Hatte ELISE mehr als eine Million Euro?", "Wie viel Geld bekam ELISE?",
     "Die Seite schreibt „€1,217,494.00 million“; gelesen als 1.217.494 €, also rund "
     "1,2 Millionen €."),
])
def test_an_amount_the_page_writes_otherwise_says_how_it_is_written_when_checked(
        kb: KnowledgeBase, question: str, plain: str, said: str) -> None:
    # given ELISE's amount, which the page writes "€1,217,494.00 million" / when a figure is
    # checked / then the page's words beside the reading, for whoever checks the figure
    reply = answer(question, State(), kb)
    assert said in reply.text, reply.text
    # and asked plainly, the figure alone (the base set: no "million" in it)
    reply = answer(plain, State(), kb)
    assert ELISE_WRITTEN not in reply.text and "illion" not in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("Wie viel Geld bekam ELISE?", "Dort steht 1.217.494,00 Millionen Euro. Ist das ein Fehler?"),
    ("How much did ELISE get?", "Is that a typo?"),
    ("Bei ELISE steht 1.217.494,00 Millionen Euro. Ist das ein Tippfehler?",),
    ("The page says ELISE got €1,217,494.00 million. Is that a mistake?",),
])
def test_whether_an_amount_is_a_typo_says_how_the_page_writes_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # given ELISE's amount, which the page writes "€1,217,494.00 million", asked about or
    # quoted / when the user asks whether it is a typo (the tryout of session 23: the fallback,
    # or "the page doesn't say" and ELISE's card) / then the amount with the page's words
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "amount" and reply.projects == ("elise",), reply.text
    assert ELISE_WRITTEN in reply.text, reply.text


def test_whether_another_answer_is_a_typo_gives_what_the_page_says_again(
        kb: KnowledgeBase) -> None:
    # given BFCC's dates / when "is that a typo?" / then its dates again (was the fallback once
    # "typo" was no content word)
    reply = ask(kb, "when did BFCC run?", "is that a typo?")[-1]
    assert reply.intent == "dates" and "March 2016" in reply.text, reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page: BFCC's 13 organisations came from seven countries it doesn't name (in the
    # Baltic Sea Region, where Russia lies); ELISE's countries are Poland, Slovakia, Italy,
    # Lithuania, France and Germany
    ("did bfcc include any russian partners", "The page doesn't say.", False),
    ("Hatte BFCC russische Partner?", "Das geht aus der Seite nicht hervor.", False),
    ("were there portuguese partners in elise?", "No.", True),
    ("Gab es bei ELISE türkische Partner?", "Nein.", True),
])
def test_partners_of_a_country_the_page_never_names_are_a_places_claim(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # When someone asks about partners from a country the page never names, by its adjective
    reply = answer(question, State(), kb)
    # Then it is a claim of the project's places, as of a country the page names (was read
    # as a claim of its partners where the adjective was unknown)
    assert reply.text.startswith(start) and reply.answered is answered, reply.text
    assert reply.intent == "places", reply.intent


@pytest.mark.parametrize("text,first,needle", [
    ("did bonebank start befor bfcc?", "Yes.", "2015"),
    ("did bfcc end befoer elise ended?", "Yes.", "2019"),
    ("Hat BONEBANK bevoor BFCC angefangen?", "Ja.", "2015"),
])
def test_an_order_word_misspelt_between_two_projects_is_still_the_order(
        kb: KnowledgeBase, text: str, first: str, needle: str) -> None:
    # Given two projects and a typo of "before"/"bevor" between them
    reply = ask(kb, text)[0]
    # Then the order is checked of both (the page: BONEBANK began in September 2015, BFCC in
    # March 2016; BFCC ended in February 2019, ELISE on 31 December 2021), not "the page
    # doesn't say" with the first one's card
    assert reply.answered and reply.text.startswith(first), reply.text
    assert needle in reply.text and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("misspelt", [
    "did InnoReact run longer then PILOT?",
    "was ELISE longer then BFCC?",
    "did BFCC start earlier then ELISE?",
    "Did ELISE end later then BFCC?",
])
def test_then_after_a_comparative_is_read_as_than(kb: KnowledgeBase, misspelt: str) -> None:
    # given a comparison with the everyday misspelling "then" for "than" (set 61)
    # when it is asked / then the reply is the one to the comparison spelt right
    right = answer(misspelt.replace(" then ", " than "), State(), kb)
    reply = answer(misspelt, State(), kb)
    assert (reply.intent, reply.projects, reply.text) == (right.intent, right.projects,
                                                          right.text)
    assert reply.text.startswith(("Yes.", "No.")), reply.text


@pytest.mark.parametrize("text", ["and then?", "what happened then", "then who funded it?",
                                  "it started and then ended in 2019"])
def test_then_elsewhere_stays_then(text: str) -> None:
    # given "then" with no comparative right before it / when normalised / then it stays
    assert "then" in normalize(text).split() and "than" not in normalize(text).split()


@pytest.mark.parametrize("messages,start,answered", [
    # oncampus: the page names it in KI#CK (active in Schleswig-Holstein), never its seat
    (("was ist oncampus", "ist das in lübeck?"), "Das geht aus der Seite nicht hervor.", False),
    (("what is oncampus", "is it in Lübeck?"), "The page doesn't say.", False),
    # BioWin: the page gives its country, Belgium
    (("what is BioWin?", "is it from Belgium?"), "Yes.", True),
    (("what is BioWin?", "is it from Belgium?", "is it in France?"), "No.", True),
])
def test_it_after_what_an_organisation_is_claims_the_organisations_own_place(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, answered: bool) -> None:
    # Given a question what an organisation is (answered by the project it took part in)
    replies = ask(kb, *messages)
    # When "it", "das" is claimed in a place
    # Then the claim is of where the organisation itself is (was "Ja. Wo KI#CK aktiv war –
    # Bundesland: Schleswig-Holstein": a yes the line after it doesn't support)
    assert replies[-1].intent == "places" and replies[-1].answered is answered, replies[-1].text
    assert replies[-1].text.startswith(start), replies[-1].text


@pytest.mark.parametrize("asked,start", [
    # the page: ELISE's partners came from Poland, Slovakia, Italy, Lithuania, France and two
    # German states
    ("und Litauen war auch dabei?", "Ja."),
    ("and Lithuania was in it too?", "Yes."),
    ("und Spanien war auch dabei?", "Nein."),
    ("and Spain was in it too?", "No."),
])
def test_a_place_stated_of_the_project_talked_about_is_a_claim(
        kb: KnowledgeBase, asked: str, start: str) -> None:
    # Given ELISE's places, then a place stated with a question mark ("und Litauen war auch
    # dabei?"), no project named
    reply = ask(kb, "where were ELISE's partners based?", asked)[-1]
    # Then yes or no first, with ELISE's places (was the places alone)
    assert reply.text.startswith(start) and reply.projects == ("elise",), reply.text


@pytest.mark.parametrize("asked,start", [
    ("any doc I can download?", "Yes."),
    ("anything to download?", "Yes."),
    ("gibt es Unterlagen zum Download?", "Ja."),
    # what the speaker wants it for claims nothing of the project (was: "the page doesn't say")
    ("Is there anything I can download for background?", "Yes."),
    ("any doc I can download for background reading?", "Yes."),
    ("Gibt es was zum Herunterladen als Hintergrund?", "Ja."),
])
def test_whether_there_is_a_download_of_the_project_talked_about_is_yes_or_no(
        kb: KnowledgeBase, asked: str, start: str) -> None:
    # Given NORTHOPEDICS, whose network guide the page offers for download, then whether
    # there is a document to download, the project not named again
    reply = ask(kb, "northopedics - what was it?", asked)[-1]
    # Then "yes" first, with the guide (was the guide without the "yes")
    assert reply.text.startswith(start) and "guide" in reply.text.lower(), reply.text


@pytest.mark.parametrize("with_lsn,without", [
    # the page dates no project's start in 2021 (MAGIA2Market and P.I.L.O.T. 2020, InnoReAct
    # 2022, P.I.L.O.T. Next Level 2023); BRIDGE 53 and KI#CK have no dates
    ("hat lsn 2021 ein neues projekt angefangen", "hat 2021 ein neues projekt angefangen"),
    ("Hat Life Science Nord 2021 ein Projekt begonnen?", "Hat 2021 ein Projekt begonnen?"),
    ("did lsn start a new project in 2021?", "did a new project start in 2021?"),
    ("Did Life Science Nord begin any project in 2021?", "Did any project begin in 2021?"),
])
def test_life_science_nord_as_the_subject_of_a_list_claim_leaves_the_verdict_to_the_rest(
        kb: KnowledgeBase, with_lsn: str, without: str) -> None:
    # Given a yes/no claim that Life Science Nord (whose page lists only its own projects)
    # started a project in a year none started in
    reply, plain = answer(with_lsn, State(), kb), answer(without, State(), kb)
    # When it is answered
    # Then as the claim without it: "no", answered (was "The page doesn't say." then "none",
    # as the page names no part of LSN in most projects)
    assert plain.text.startswith(("Nein.", "No.")) and plain.answered, plain.text
    assert (reply.intent, reply.answered, reply.text) == (plain.intent, plain.answered,
                                                          plain.text)


@pytest.mark.parametrize("question,start", [
    # the page names hospitals (BFCC, BONEBANK) and a university (KI#CK's TH Lübeck) only where
    # a project worked with them; no project with both
    ("Gab es ein Projekt mit Universitäten und Krankenhäusern?",
     "Das geht aus der Seite nicht hervor."),
    ("Was our university hospital involved in a project with LSN?", "The page doesn't say."),
])
def test_no_project_named_with_kinds_of_partner_the_page_names_only_where_they_were_is_no_no(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim that a project worked with kinds of organisation none is named with
    reply = answer(question, State(), kb)
    # When it is checked
    # Then the page doesn't say (was "Nein." before "ob sie mit welchen zu tun hatten, sagt
    # sie nicht"), not answered
    assert reply.intent == "list" and not reply.answered, reply.text


@pytest.mark.parametrize("question,start", [
    # given a country the page never names (world.yaml), typed with one letter off / when
    # claimed of ELISE, whose partners the page names ("Poland, Slovakia, Italy, Lithuania,
    # France, and two German states") / then "no", as the name typed right is (was "the page
    # doesn't say", the typo read as nothing)
    ("war bei ELISE auch ein partner aus großbritanien dabei?", "Nein."),
    ("was there a partner from great britian in ELISE?", "No."),
    ("war bei ELISE auch ein partner aus spanein dabei?", "Nein."),
    ("war Portugall bei ELISE dabei?", "Nein."),
    ("hatte MAGIA Partner in Östereich?", "Nein."),
])
def test_a_typo_of_a_place_the_page_never_names_is_that_place(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "places" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,near", [
    # given organisations the page names in one project each (TH Lübeck: KI#CK; UKSH Lübeck:
    # BONEBANK's lead; Gesundheitswirtschaft Hamburg: HIHeal; Lyonbiopole: MAGIA) / when
    # claimed to have taken part in that project only / then "yes", said of the page, with the
    # linked projects whose partners it doesn't name (was: "No.", read as "the only partner")
    ("War die TH Lübeck nur an KI#CK beteiligt?", "Ja.", ""),
    ("Was TH Lübeck only involved in KI#CK?", "Yes.", ""),
    ("War das UKSH nur bei BONEBANK dabei?", "Ja.", ""),
    ("Did LSN work with Gesundheitswirtschaft Hamburg only in HIHeal?", "Yes.", "BRIDGE 53"),
    ("Was Lyonbiopole only part of MAGIA?", "Yes.", "MAGIA2Market"),
])
def test_an_organisation_claimed_in_one_project_only_is_held_against_every_project(
        kb: KnowledgeBase, question: str, start: str, near: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start) and near in reply.text, reply.text
    # while "the only partner" still claims the partners: KI#CK had oncampus too
    assert answer("Was TH Lübeck the only partner in KI#CK?", State(), kb).text.startswith("No.")


def test_an_organisation_claimed_in_one_project_only_named_in_another_is_denied(
        kb: KnowledgeBase) -> None:
    # Given Life Science Nord Management GmbH, named in BFCC and in other projects, and
    # bioPmed, named in MAGIA only; a claim of LSN's own part is not of this kind
    reply = answer("War LSN nur an BFCC beteiligt?", State(), kb)
    # Then no claim that it was in no other project is confirmed
    assert not reply.text.startswith("Ja."), reply.text


@pytest.mark.parametrize("question,start", [
    # given KI#CK's "Landesprogramm Arbeit", the only Landesprogramm on the page, and
    # NORTHOPEDICS funded "within the framework of the Schleswig-Holstein's Regional Economic
    # Programme", which Schleswig-Holstein's "Landesprogramm Wirtschaft" may be / when another
    # Landesprogramm is claimed / then never KI#CK's, and of NORTHOPEDICS "the page doesn't say"
    # (was: "Nein." with its Regional Economic Programme, and KI#CK listed for any of them)
    ("Wurde NORTHOPEDICS aus dem Landesprogramm Wirtschaft gefördert?",
     "Das geht aus der Seite nicht hervor."),
    ("Was KI#CK funded by the Landesprogramm Bildung?", "No."),
    ("Wurde KI#CK aus dem Landesprogramm gefördert?", "Ja."),
])
def test_a_landesprogramm_named_is_that_one_not_kicks(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,maybe", [
    ("Gibt es Projekte, die aus dem Landesprogramm Wirtschaft gefördert wurden?",
     ("northopedics",)),
    ("Which projects were funded by the Landesprogramm Wirtschaft?", ("northopedics",)),
    ("Welche Projekte wurden vom Landesprogramm Bildung gefördert?", ()),
])
def test_a_list_under_another_landesprogramm_is_no_list_of_kicks(
        kb: KnowledgeBase, question: str, maybe: tuple[str, ...]) -> None:
    reply = answer(question, State(), kb)
    assert "kick" not in reply.projects and "Arbeit" not in reply.text, reply.text
    assert reply.projects == maybe and reply.answered == (not maybe), reply.text


@pytest.mark.parametrize("asked,start", [
    ("Belgien war über BioWin dabei, oder?", "Ja."),
    ("Belgium took part through BioWin, right?", "Yes."),
    ("war Italien über bioPmed dabei?", "Ja."),
])
def test_a_country_that_took_part_through_a_partner_is_a_place_claim(
        kb: KnowledgeBase, asked: str, start: str) -> None:
    # Given MAGIA, then a country claimed to take part through one of its clusters (the page:
    # "BioWin from Belgium", "bioPmed from Italy")
    reply = ask(kb, "Hey, was war MAGIA?", asked)[-1]
    # Then the claim is of the country, a place (was partners, as if the cluster were
    # claimed; "Gehörte BioWin aus Belgien zu MAGIA?" stays partners, docs/labels.md)
    assert reply.intent == "places" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("turns,start", [
    # given BONEBANK, whose bone "was harvested during routine operations" / when it is claimed
    # that it was done otherwise: specially, for the project / then "no", with what was done
    # (was "the page doesn't say", with the project's card)
    (("wie lief das bei bonebank mit den stammzellen", "wurden die leute extra dafür operiert?"),
     "Nein."),
    (("Wurde bei BONEBANK das Knochenmaterial extra operativ entnommen?",), "Nein."),
    (("were patients operated on specially for BONEBANK?",), "No."),
    (("Wurden für BONEBANK Patienten eigens operiert?",), "Nein."),
])
def test_a_claim_that_a_thing_was_done_otherwise_than_the_page_says_is_denied(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    assert "routine" in (kb.projects["bonebank"].activities.get("en") or "")
    reply = ask(kb, *turns)[-1]
    assert reply.intent == "activities" and reply.answered, reply.text
    assert reply.text.startswith(start) and "outine" in reply.text, reply.text


def test_extra_said_of_something_else_claims_no_manner(kb: KnowledgeBase) -> None:
    # "extra" with no word of what was done claims nothing of how it was done
    reply = answer("Did BONEBANK get extra funding?", State(), kb)
    assert not reply.text.startswith("No"), reply.text


@pytest.mark.parametrize("claim", [
    "gabs bei einem von beiden partner aus litauen?",
    "gab es bei einem der beiden Partner aus Litauen?",
])
def test_a_claim_of_one_of_two_in_the_dative_holds_where_one_holds(
        kb: KnowledgeBase, claim: str) -> None:
    # given BFCC (countries unnamed) and ELISE (Lithuania named) just compared / when it is
    # claimed that one of them had partners from Lithuania / then yes, of ELISE (was "Das geht
    # aus der Seite nicht hervor" with both: a claim of each)
    reply = ask(kb, "hat elise oder bfcc früher angefangen", claim)[-1]
    assert reply.answered and reply.text.startswith("Ja."), reply.text
    assert reply.projects == ("elise",), reply.projects


@pytest.mark.parametrize("claim,start,intent", [
    ("was LSN one of them?", "Yes.", "lsn_role"),
    ("was BioWin one of them?", "Yes.", "partners"),
    ("was UKSH one of them?", "No.", "partners"),
])
def test_an_organisation_claimed_after_a_follow_ups_carried_alliance_is_checked_there(
        kb: KnowledgeBase, claim: str, start: str, intent: str) -> None:
    # given MAGIA2Market, which names no partners of its own, and MAGIA's four clusters (the
    # page: "the MAGIA-Alliance – consisting of four leading European Life Science clusters")
    assert not kb.projects["magia2market"].partners and "biowin" in \
        kb.projects["magia"].organisations()
    # when an organisation is claimed right after the alliance was told
    reply = ask(kb, "tell me about magia2market", "how many clusters were in the alliance",
                claim)[-1]
    # then yes or no among the alliance's (was "The page doesn't describe Life Science Nord's
    # own role in MAGIA2Market.", "The page doesn't say.")
    assert reply.answered and reply.text.startswith(start), reply.text
    assert reply.intent == intent and reply.projects == ("magia2market",), reply.text
@pytest.mark.parametrize("claim", ["was LSN just a partner in {}?", "War LSN bei {} nur Partner?",
                                   "war LSN bei {} bloß ein Partner?"])
def test_a_claim_of_a_partner_and_no_more_is_checked_against_the_lead(
        kb: KnowledgeBase, claim: str) -> None:
    # Given every project the page names Life Science Nord in, and the claim that it was a
    # partner there and no more (not "the only partner")
    for p in kb.projects.values():
        if "lsn" not in p.organisations():
            continue
        reply = answer(claim.format(p.name), State(), kb)
        # Then no where it led the project, yes where another led it
        led = "lsn" in p.lead
        assert reply.text.startswith(("No.", "Nein.") if led else ("Yes.", "Ja.")), reply.text


@pytest.mark.parametrize("claim", ["War LSN da also nur Partner?", "War LSN dann nur Partner?",
                                   "so was LSN then just a partner?",
                                   "War LSN denn eigentlich nur Partner?"])
@pytest.mark.parametrize("pid", ["bonebank", "bfcc"])
def test_a_filler_inside_a_yes_no_leaves_it_one_claim(
        kb: KnowledgeBase, claim: str, pid: str) -> None:
    # Given a project talked about, one LSN led (BFCC) and one another led (BONEBANK)
    state = answer(f"Wann lief {kb.projects[pid].name}?", State(), kb).state
    # When the claim that LSN was merely a partner has "also", "dann", "then" inside it
    reply = answer(claim, state, kb)
    # Then it is one claim, checked against the lead (was cut at the filler: "War LSN da" and
    # "nur Partner?", answered with the partners)
    led = "lsn" in kb.projects[pid].lead
    assert reply.intent == "lsn_role" and reply.projects == (pid,), reply.text
    assert reply.text.startswith(("No.", "Nein.") if led else ("Yes.", "Ja.")), reply.text


@pytest.mark.parametrize("question,start", [
    # given the page: NORTHOPEDICS "innovative answers in bone healing", BONEBANK "isolated stem
    # cells", ELISE "better health and life for everyone" / when the claim's word is one slip of
    # the keys from the text's word (a letter typed twice or left out, two swapped) / then the
    # text's word is what is claimed (was "No." with the goal that says it)
    ("Was NORTHOPEDICS about bone healling?", "Yes."),
    ("was northopedics about bone haeling?", "Yes."),
    ("Ging es bei NORTHOPEDICS um Knochenheilng?", "Ja."),
    ("was BONEBANK about stem cels?", "Yes."),
    ("war ELISE ein Projekt zur Gesundheitt?", "Ja."),
    # a letter typed for another makes a word of its own: still no
    ("Was NORTHOPEDICS about hearing?", "No."),
])
def test_a_slip_of_the_keys_in_a_claimed_topic_is_the_texts_word(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("turns,start", [
    # given BONEBANK, led by UKSH Lübeck, where LSN took part / when LSN is claimed "only
    # involved" ("nur beteiligt"), the lead denied with it or not / then a partner's part and
    # no more: yes, told by its role (was "Nein." with the lead: the lead claim checked, the
    # denial read as no part of it; "nur beteiligt" alone said "Nein." with the partners)
    (("Wer hat BONEBANK geleitet?", "War LSN also nur beteiligt und nicht Lead?"), "Ja."),
    (("Wann lief BONEBANK?", "War LSN also nur Partner und nicht Lead?"), "Ja."),
    (("Wer hat BONEBANK geleitet?", "War LSN nur beteiligt?"), "Ja."),
    (("Who led BONEBANK?", "so LSN was just involved, not the lead?"), "Yes."),
    # BFCC, which LSN led: no
    (("Wann lief BFCC?", "War LSN also nur beteiligt und nicht Lead?"), "Nein."),
])
def test_only_involved_and_not_the_lead_claims_a_partners_part(
        kb: KnowledgeBase, turns: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *turns)[-1]
    assert reply.intent == "lsn_role" and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # given KI#CK's about €249,000 from the ESF and about €193,000 from the EU and the state /
    # when the larger share is said to come from one funder, no "than" / then its share is
    # held against the rest (was whether the ESF funded it at all, a "yes" to either funder)
    ("Kam bei KI#CK der größere Betrag aus dem ESF?", "Ja."),
    ("did most of the money for KI#CK come from the ESF?", "Yes."),
    ("Did the bigger share of KI#CK's funding come from the EU and the state?", "No."),
    ("Kam der größere Anteil von KI#CK vom Land Schleswig-Holstein?", "Nein."),
])
def test_the_larger_share_said_to_come_from_one_funder_compares_the_shares(
        kb: KnowledgeBase, question: str, start: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "amount" and reply.answered, reply.text
    assert reply.text.startswith(start) and "249" in reply.text, reply.text


@pytest.mark.parametrize("question,fact", [
    # the page: BFCC "has been led by the Life Science Nord Management GmbH"; LSN "participated
    # in the BONEBANK project, led by the UKSH Lübeck"; in MAGIA LSN "participated as a project
    # partner"; the registry was "the first transnational registry"
    ("was LSN lead partner on BFCC or just a partner?", "Life Science Nord Management GmbH"),
    ("War LSN bei BFCC Lead oder nur Partner?", "Life Science Nord Management GmbH"),
    ("Hatten wir bei BFCC die Leitung oder waren wir nur Partner?", "Life Science Nord"),
    ("did LSN lead BONEBANK or was it just a partner?", "took part"),
    ("Waren wir bei MAGIA federführend oder nur Partner?", "Projektpartner"),
    ("was the BFCC registry transnational or just local?", "transnational"),
])
def test_a_claim_or_a_lesser_one_is_answered_by_the_facts_without_yes_or_no(
        kb: KnowledgeBase, question: str, fact: str) -> None:
    # Given a claim set against a lesser alternative ("… or just a partner?")
    reply = answer(question, State(), kb)
    # Then the reply tells which by the facts; a "Yes"/"No" would answer the first alone (was:
    # "Yes. BFCC was led by …", "Nein. Die Rolle von Life Science Nord bei MAGIA: …")
    assert reply.answered and fact in reply.text, reply.text
    assert not reply.text.startswith(("Yes", "No", "Ja", "Nein")), reply.text


@pytest.mark.parametrize("question,start", [
    # the page: BFCC "has been led by the Life Science Nord Management GmbH"; BONEBANK "led by
    # the UKSH Lübeck"
    ("am I right that LSN led BFCC?", "Yes."),
    ("am I correct that Life Science Nord led BONEBANK?", "No."),
    ("Habe ich recht, dass LSN BFCC geleitet hat?", "Ja."),
    ("Liege ich richtig, dass BONEBANK von LSN geleitet wurde?", "Nein."),
])
def test_the_speaker_asking_if_they_are_right_asks_yes_or_no(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a claim after "am I right that", "habe ich recht, dass" / Then the verdict first
    # (was: the lead alone, no verdict)
    reply = answer(question, State(), kb)
    assert reply.intent == "lead" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start,answered", [
    # the page: "This first transnational registry" (BFCC's); it says of no registry or biobank
    # that it was the largest of its kind, nor of BONEBANK's biobank that it was the first
    ("Stimmt es, dass das BFCC-Register das erste transnationale seiner Art war?", "Ja.", True),
    ("War das BFCC-Register das erste seiner Art?", "Ja.", True),
    ("Was the BFCC registry the first of its kind?", "Yes.", True),
    ("Stimmt es, dass das BFCC-Register das größte seiner Art war?", "Das geht", False),
    ("War die Biobank von BONEBANK die erste ihrer Art?", "Das geht", False),
])
def test_of_its_kind_claims_nothing_beside_what_is_claimed_of_it(
        kb: KnowledgeBase, question: str, start: str, answered: bool) -> None:
    # Given a claim that a thing was the first (or largest) "of its kind" / "seiner Art"
    reply = answer(question, State(), kb)
    # Then the possessive claims nothing: the claim is settled by "first" (or "largest") alone
    assert reply.text.startswith(start) and reply.answered == answered, reply.text


@pytest.mark.parametrize("question,start,fact", [
    # the page: MAGIA's alliance "bioPmed from Italy, Lyonbiopole from France and BioWin from
    # Belgium"; KI#CK "together with the University of Applied Sciences (Technischen Hochschule
    # Lübeck and oncampus GmbH)"
    ("Lyonbiopole from France, was it one of the MAGIA partners?", "Yes.", "Lyonbiopole"),
    ("oncampus, did it take part in KI#CK?", "Yes.", "oncampus"),
    ("BioWin, war es bei MAGIA dabei?", "Ja.", "BioWin"),
])
def test_an_organisation_named_before_a_yes_no_about_it_is_claimed(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given an organisation named alone, then "was it …?" / Then the claim is of it, with the
    # verdict (was: the partner list, no "Yes")
    reply = answer(question, State(), kb)
    assert reply.intent == "partners" and reply.text.startswith(start), reply.text
    assert fact in reply.text, reply.text


@pytest.mark.parametrize("question,start,fact", [
    # the page: "The bone material was only harvested at the hospitals in Lübeck and Odense";
    # MAGIA's target countries were the United States and China, Japan "added" in MAGIA2Market
    ("In BONEBANK was the bone also harvested in Kiel?", "No.", "Odense"),
    ("Bei BONEBANK wurde auch in Kiel Knochen entnommen?", "Nein.", "Odense"),
    ("In MAGIA was Japan a target country?", "No.", "China"),
])
def test_a_project_put_before_the_verb_of_a_yes_no_question_is_its_subject(
        kb: KnowledgeBase, question: str, start: str, fact: str) -> None:
    # Given "In BONEBANK was …?": the project fronted / Then a yes/no question of it (was:
    # BONEBANK's card)
    reply = answer(question, State(), kb)
    assert reply.answered and reply.text.startswith(start) and fact in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "Für eine Übersicht brauche ich die Reihenfolge. Welches der Projekte BFCC, NORTHOPEDICS "
    "und HIHeal hat als erstes begonnen?",
    "Für Förderberichte benötige ich die Laufzeit von ELISE.",
])
def test_a_purpose_before_the_verb_is_no_fronted_project(kb: KnowledgeBase, text: str) -> None:
    # Given words of why the speaker asks before a verb / Then no yes or no
    reply = answer(text, State(), kb)
    assert reply.answered and not reply.text.startswith(("Ja", "Nein")), reply.text


@pytest.mark.parametrize("message,start", [
    # the page: BONEBANK "led by the UKSH Lübeck"; KI#CK a "two-year project"; MAGIA "funded
    # by the European Union's COSME program"
    ("I want to print 'LSN led the BONEBANK project'. OK?", "No."),
    ("We'll write \"LSN led BONEBANK\". Is that okay?", "No."),
    ("Im Artikel steht: „KI#CK lief drei Jahre.“ Passt das so?", "Nein."),
    ("Ich schreibe „MAGIA wurde von COSME gefördert“. Ok?", "Ja."),
    ("I'd write 'ELISE got 1.2 million euros'. OK?", "Yes."),
    ("LSN led BONEBANK. Can I print that?", "No."),
])
def test_a_sentence_told_then_asked_whether_it_may_stand_is_a_claim(
        kb: KnowledgeBase, message: str, start: str) -> None:
    # given a sentence (or what it quotes) / when only "OK?" or "Passt das?" asks of it
    reply = answer(message, State(), kb)
    # then it is checked against the page: yes or no first (was: the fact alone, no verdict)
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,start", [
    # the page: "the BFCC set up local fracture registries at hospitals around the Baltic Sea
    # Region"; it names none of its 13 organisations
    ("Were hospitals involved in BFCC?", "Yes."),
    ("Waren Krankenhäuser an BFCC beteiligt?", "Ja."),
    ("did BFCC work with hospitals?", "Yes."),
    ("waren da kliniken dabei bei bfcc?", "Ja."),
])
def test_a_kind_of_organisation_the_project_worked_with_unnamed_is_a_yes(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given whether a kind of organisation took part that the page names the project working
    # with, without naming one (BFCC's hospitals)
    reply = answer(question, State(), kb)
    # Then yes, with what it did with them (was: "the page doesn't say")
    assert (reply.intent, reply.projects, reply.answered) == ("activities", ("bfcc",), True), \
        reply.text
    assert reply.text.startswith(start), reply.text
    # And a kind it names no work with stays unsaid
    other = answer("Were universities involved in BFCC?", State(), kb)
    assert not other.answered, other.text
