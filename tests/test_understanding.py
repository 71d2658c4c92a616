"""Understanding: language, entities, fuzzy cut-offs, intents, years and ranges."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import understanding
from bot.knowledge import KnowledgeBase
from bot.understanding import (
    CORRECTION_CUTOFF,
    _correctable_near,
    _ngrams_of,
    entity_index,
    first_words,
    head_off,
    stem,
    understand,
    vocabulary,
)
from tests.conftest import ask, python_calls


@pytest.mark.parametrize(
    "text,language",
    [
        ("when did BFCC run?", "en"),
        ("Wann lief BFCC?", "de"),
        ("wer hat das bezahlt", "de"),
        ("Wie lange lief HIHeal?", "de"),
        ("how long did HIHeal run", "en"),
        ("danke", "de"),
        ("thx", "en"),
        # an umlaut in a name is no German word; outside names it is
        ("was BONEBANK active in Lübeck?", "en"),
        ("did KI#CK take place in Lübeck?", "en"),
        ("War BONEBANK in Lübeck aktiv?", "de"),
        ("für wen war KI#CK?", "de"),
        ("Über BFCC bitte", "de"),
    ],
)
def test_language_is_detected_from_the_words(kb: KnowledgeBase, text: str, language: str) -> None:
    assert understand(text, kb).language == language


def test_a_hint_only_breaks_ties(kb: KnowledgeBase) -> None:
    assert understand("ELISE", kb, "de").language == "de"
    assert understand("ELISE", kb, "en").language == "en"
    assert understand("Wann lief ELISE?", kb, "en").language == "de"


@pytest.mark.parametrize("text", ["hi", "hey", "ok", "elise start??", "Okay, HIHeal"])
def test_words_both_languages_use_keep_the_chats_language(kb: KnowledgeBase, text: str) -> None:
    # Given a message of names and words German chats use as they are ("hi", "ok", "start")
    # When it is read in a German chat, and with no chat language at all
    # Then it keeps the chat's language, and the default (English) without one
    assert understand(text, kb, "de").language == "de"
    assert understand(text, kb).language == "en"


def test_a_greeting_both_languages_use_does_not_outvote_a_german_word(kb: KnowledgeBase) -> None:
    # Given "hi" before a German question whose "was" is a word of both languages
    # When it is read with no chat language
    # Then "war" decides: German ("hi" counted English before, a tie that fell to English)
    assert understand("hi, was war elise?", kb).language == "de"


def test_hey_before_a_german_question_is_no_english_word(kb: KnowledgeBase) -> None:
    # Given "hey" before a German question whose only sure German word is "hat"
    # When it is read with no chat language
    # Then German ("hey" counted English: a tie with "was", answered in English)
    assert understand("hey, was hat BFCC konkret aufgebaut?", kb).language == "de"


@pytest.mark.parametrize("text", ["was is northopedics", "was is bridge53", "wo is die biobank?",
                                  "was is ne competence atlas lol"])
def test_spoken_german_is_after_a_question_word_is_german(kb: KnowledgeBase, text: str) -> None:
    # Given spoken German "is" for "ist" after "was" (a word of both languages) or "wo"
    # When it is read with no chat language
    # Then German ("was" and "is" counted English: the tryout's "was is elise" got English)
    assert understand(text, kb).language == "de"
    # while English "is" after an English word stays English
    assert understand("what was is ELISE's goal?", kb).language == "en"


@pytest.mark.parametrize("text", ["thx", "cool", "super!", "ciao", "merci", "nice", "cool thx"])
def test_thanks_both_languages_use_keep_the_chats_language(kb: KnowledgeBase, text: str) -> None:
    # Given a thanks or goodbye German and English chats both say ("thx" after German turns)
    # When it is read in a chat of either language
    # Then it is still thanks, in the chat's language ("thx" answered English in a German chat)
    for lang in ("de", "en"):
        said = understand(text, kb, lang)
        assert (said.intent, said.language) == ("thanks", lang)
    # while a word of one language still tells it
    assert understand("cool, danke", kb, "en").language == "de"
    assert understand("thanks", kb, "de").language == "en"


@pytest.mark.parametrize(
    "text,project",
    [
        ("P.I.L.O.T.", "pilot"),
        ("pilot", "pilot"),
        ("KI#CK", "kick"),
        ("ki ck", "kick"),
        ("magia 2 market", "magia2market"),
        ("MAGIA2Market", "magia2market"),
        ("bridge53", "bridge53"),
        ("Baltic Fracture Competence Center", "bfcc"),
        ("bone bank", "bonebank"),
        ("Künstliche Intelligenz: Chancen erkennen, Kompetenzen entwickeln", "kick"),
        ("Hygiene, Infection & Health", "hiheal"),
        ("northopaedics", "northopedics"),
        ("nortopedics", "northopedics"),
        ("innoraect", "innoreact"),
        ("hiheal next level", "hiheal-next"),
    ],
)
def test_projects_by_name_alias_or_typo(kb: KnowledgeBase, text: str, project: str) -> None:
    assert understand(f"tell me about {text}", kb).projects == (project,)


@pytest.mark.parametrize("text,project,funder", [
    ("was northopedics EU funded", "northopedics", "eu"),
    ("Hat northopedics EFRE-Geld bekommen?", "northopedics", "erdf"),
    ("did bonebank esf money go in", "bonebank", "esf"),
])
def test_a_name_written_exactly_swallows_no_following_name(
        kb: KnowledgeBase, text: str, project: str, funder: str) -> None:
    # Given a project's exact name followed by a funder's ("northopedics eu" is close to the
    # alias "Northopaedics" as one fuzzy word)
    u = understand(text, kb)
    # Then the first word alone is the project, and the next is still the funder
    assert u.projects == (project,) and funder in u.filters.funders


@pytest.mark.parametrize("text,project", [
    ("how many companies used the MAGIA market studies?", "magia"),
    ("were the MAGIA market studies public?", "magia"),
    ("when did MAGIA Market start?", "magia2market"),
])
def test_a_name_one_word_longer_than_another_yields_to_a_phrase_of_the_page(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given "MAGIA Market" (an alias of MAGIA2Market) followed by "studies": MAGIA's texts say
    # "market studies"
    u = understand(text, kb)
    # Then the name is MAGIA, and "market studies" what is asked of it (was MAGIA2Market);
    # the alias alone still names MAGIA2Market
    assert u.projects == (project,)


@pytest.mark.parametrize("text,project", [
    ("how many companies used magia's market studies", "magia"),
    ("how many companies used magia’s market studies", "magia"),
    ("what was magia2market's goal", "magia2market"),
    ("what was KI#CK's budget", "kick"),
])
def test_a_possessive_ends_a_projects_name(kb: KnowledgeBase, text: str, project: str) -> None:
    # Given MAGIA, and MAGIA2Market, whose name is also written "MAGIA Market"
    # When a project's name is written with a possessive before another word
    u = understand(text, kb)
    # Then the name ends at the possessive: "magia's market studies" are MAGIA's
    assert u.projects == (project,)


@pytest.mark.parametrize("text,projects", [
    ("what were MAGIA's target countries, and which did MAGIA2Market go for?",
     ("magia", "magia2market")),
    ("MAGIA's partners, and MAGIA2Market's?", ("magia", "magia2market")),
    ("MAGIA2Market's target countries and MAGIA's?", ("magia2market", "magia")),
])
def test_a_possessive_ends_only_its_own_name(kb: KnowledgeBase, text: str,
                                             projects: tuple[str, ...]) -> None:
    # Given MAGIA written with a possessive, and MAGIA2Market (which begins with "MAGIA")
    u = understand(text, kb)
    # Then the possessive cuts only the name it is written on: both projects are named
    assert u.projects == projects


@pytest.mark.parametrize(
    "text",
    ["what else is there", "a magic trick", "the bank", "bridges into markets", "pilots",
     "Elite sport", "the next level of care"],
)
def test_ordinary_words_are_not_projects(kb: KnowledgeBase, text: str) -> None:
    assert understand(text, kb).projects == ()


def test_a_name_shared_by_two_projects_is_ambiguous(kb: KnowledgeBase) -> None:
    u = understand("tell me about next level", kb)
    assert u.projects == () and set(u.ambiguous) == {"hiheal-next", "pilot-next"}


@pytest.mark.parametrize(
    "text,funders,places,topics",
    [
        ("ERDF projects", ("erdf",), (), ()),
        ("EFRE-Projekte", ("erdf",), (), ()),
        ("Europäischer Fonds für regionale Entwicklung", ("erdf",), (), ()),
        ("projects in Denmark", (), ("denmark",), ()),
        ("Projekte in Dänemark", (), ("denmark",), ()),
        ("projects in Hamburg", ("hamburg",), (), ()),  # the page gives Hamburg only as funder
        ("projects funded by Hamburg", ("hamburg",), (), ()),
        # a longer name holds a place's shorter one: the Baltic states, not "Baltic" (the
        # Baltic Sea Region, as before)
        ("projects with the Baltic states", (), ("lithuania",), ()),
        ("Projekte mit baltischen Ländern", (), ("lithuania",), ()),
        ("projects around the Baltic Sea", (), ("baltic-sea-region",), ()),
        ("Projekte mit Ostseeanrainerstaaten", (),
         ("germany", "denmark", "poland", "lithuania", "baltic-sea-region"), ()),
        ("stem cell projects", (), (), ("stem-cells",)),
        ("Projekte zu Künstlicher Intelligenz", (), (), ()),
        ("KI projects", (), (), ("ai",)),
        ("corona projects", (), (), ("corona",)),
    ],
)
def test_funders_places_and_topics(
    kb: KnowledgeBase, text: str, funders: tuple, places: tuple, topics: tuple
) -> None:
    f = understand(text, kb).filters
    assert (f.funders, f.places) == (funders, places)
    if topics:
        assert f.topics == topics


@pytest.mark.parametrize(
    "text,years,kind,mode",
    [
        ("projects in 2018", (2018, 2018), "year", "active"),
        ("between 2017 and 2019", (2017, 2019), "range", "active"),
        ("zwischen 2019 und 2017", (2017, 2019), "range", "active"),
        ("projects since 2020", (2020, 9999), "since", "active"),
        ("projects after 2020", (2021, 9999), "since", "active"),
        ("projects later than 2020", (2021, 9999), "since", "active"),
        ("Projekte nach 2020", (2021, 9999), "since", "active"),
        ("before 2017", (0, 2016), "before", "active"),
        ("vor 2017", (0, 2016), "before", "active"),
        ("which projects started in 2016", (2016, 2016), "year", "started"),
        ("welche Projekte endeten 2019", (2019, 2019), "year", "ended"),
    ],
)
def test_years_and_ranges(
    kb: KnowledgeBase, text: str, years: tuple, kind: str, mode: str
) -> None:
    f = understand(text, kb).filters
    assert (f.years, f.year_kind, f.mode) == (years, kind, mode)


@pytest.mark.parametrize(
    "text,intent",
    [
        ("when did it start", "start"),
        ("what year did it end", "end"),
        ("from when to when did it run", "dates"),
        # both ends named: the dates, though "Ende von" weighs more than "Start" ("end" before)
        ("Start und Ende von NORTHOPEDICS", "dates"),
        ("Beginn und Ende von BFCC?", "dates"),
        # both ends written as one ("start/end", "Beginn/Ende"), the dates word or none
        ("hiheal start/end dates pls", "dates"),
        ("Beginn/Ende von BFCC?", "dates"),
        ("bfcc anfang/ende?", "dates"),
        ("start-end of ELISE?", "dates"),
        ("how long did it last", "duration"),
        ("who paid for it", "funding"),
        ("what was it aiming for", "goals"),
        ("Was kam dabei heraus?", "results"),
        ("Wie hängen die beiden zusammen?", "relations"),
        ("Wer war Projektleiter?", "lead"),  # (the reply asks for a person: contact)
        # which countries, asked beside what a project wanted to build, are its places
        ("which countries did magia want to build networks with", "places"),
        ("mit welchen ländern wollte magia netzwerke aufbauen", "places"),
        # what belonged to a project named after "zu" is its sub-projects, not its whole
        ("Welches Teilprojekt gehörte zu HIHeal?", "contains"),
        ("Was gehörte zu HIHeal?", "contains"),
        ("Zu welchem Projekt gehörte BRIDGE 53?", "part_of"),
        # what a project was attached to is the whole it was part of (not its EU funding)
        ("what bigger EU thing was BFCC attached to?", "part_of"),
        ("was BFCC attached to a bigger initiative?", "part_of"),
        ("what larger thing was BRIDGE 53 part of", "part_of"),
        ("An welches größere EU-Ding war BFCC angedockt?", "part_of"),
        ("war bridge 53 an hiheal angegliedert?", "part_of"),
        ("which projects ran longest", "superlative"),
        ("wie viele Projekte gab es", "count"),
        # who did it together with someone is a partner, though "wer hat … durchgeführt" leads
        ("wer hat das mit euch zusammen gemacht?", "partners"),
        ("wer hat das Projekt mit LSN zusammen durchgeführt", "partners"),
        ("wer hat HIHeal gemeinsam mit LSN umgesetzt?", "partners"),
        ("Wer hat KI#CK durchgeführt?", "lead"),
        # what participants paid is a figure of its own, not the project's money
        ("how much did participants pay for KI#CK?", "quantity"),
        ("Wie viel mussten die Teilnehmenden bei KI#CK bezahlen?", "quantity"),
        ("how much did the EU have to pay for ELISE?", "amount"),
        # a compound whose last part ends in "-ung" (stemmed away) and whose first part asks
        # the same: a university, taking part; not "Herausforderung" for "Förderung"
        ("War KI#CK ein Projekt mit Hochschulbeteiligung?", "partners"),
        ("Welche gesellschaftliche Herausforderung wollte ELISE angehen?", "goals"),
        # a compound of "Ziel", too short to end one by itself, asks the aim (not the card)
        ("Was war das Hauptziel von MAGIA2Market?", "goals"),
        ("Hauptziele von ELISE?", "goals"),
        ("was war eigentlich das gesamtziel bei bfcc", "goals"),
        ("Was war das Projektziel von BRIDGE 53?", "goals"),
    ],
)
def test_intents_from_stems_gaps_and_compounds(kb: KnowledgeBase, text: str, intent: str) -> None:
    assert understand(text, kb).intent == intent


def test_stems_keep_phrase_words_whole() -> None:
    assert stem("aiming") == "aim"
    assert stem("wieviele", frozenset({"wieviele"})) == "wieviele"
    assert stem("2018") == "2018"


def test_unknown_names_need_a_name_slot(kb: KnowledgeBase) -> None:
    assert understand("what is GENOMIX?", kb).unknown_names == ("GENOMIX",)
    assert understand("Was ist Genomix?", kb).unknown_names == ("Genomix",)
    assert understand("wie ist das Wetter in Kiel", kb).unknown_names == ()
    assert understand("Wie funktioniert dieser Bot?", kb).unknown_names == ()


@pytest.mark.parametrize("text,names", [
    # a word we know, mistyped, between an article and "project" is no project's name
    ("Wer hat das übergeordente Projekt gefördert?", ()),
    ("Wann lief das Nachfolgeprojket von MAGIA?", ()),
    ("who funded the parnet project of BRIDGE 53?", ()),
    # while a word we don't know there still is one
    ("Tell me about the genomed north project", ("genomed north",)),
])
def test_a_typo_between_article_and_project_is_no_name(
        kb: KnowledgeBase, text: str, names: tuple[str, ...]) -> None:
    assert understand(text, kb).unknown_names == names


@pytest.mark.parametrize("text,project,organisation", [
    ("Was Gesundheitswirtschaft Hamburg in HIHeal", "hiheal", "gwhh"),
    ("War die Gesundheitswirtschaft Hamburg im HIHeal dabei?", "hiheal", "gwhh"),
    ("Hat die Technische Hochschule Lübeck bei KI#CK mitgemacht?", "kick", "th-luebeck"),
])
def test_a_fuzzy_name_never_swallows_a_project_named_after_it(
        kb: KnowledgeBase, text: str, project: str, organisation: str) -> None:
    u = understand(text, kb)
    assert u.projects == (project,) and organisation in u.filters.organisations


@pytest.mark.parametrize("text,name", [
    ("Was wissen Sie über das Projekt Nordlicht Gesundheit?", "Nordlicht Gesundheit"),
    ("tell me about the project Blue Ocean Lab", "Blue Ocean Lab"),
    ("Who funded Genomix?", "Genomix"),
])
def test_a_run_of_capitalised_words_after_a_cue_is_one_name(
        kb: KnowledgeBase, text: str, name: str) -> None:
    assert understand(text, kb).unknown_names == (name,)


@pytest.mark.parametrize("text", [
    "recommend me a nice beer garden around the Kiel Sophienhof",
    "any good coffee near Lübeck Hbf",
])
def test_a_capitalised_word_in_a_message_that_asks_nothing_is_no_name(
        kb: KnowledgeBase, text: str) -> None:
    assert understand(text, kb).unknown_names == ()


def test_a_compound_of_a_known_name_and_projekt_is_both_words(kb: KnowledgeBase) -> None:
    # "Frakturprojekte" = fractures + projects; "Teilprojekte" names nothing on the page
    found = understand("Welche Frakturprojekte kennen Sie?", kb)
    assert "fractures" in found.filters.topics
    assert not understand("Welche Teilprojekte gab es?", kb).filters.topics


@pytest.mark.parametrize("question", [
    "Was the United States a target of MAGIA?",
    "did magia2market aim at the united states market?",
])
def test_given_a_place_named_with_an_aspect_word_then_the_word_asks_nothing(
        kb: KnowledgeBase, question: str) -> None:
    assert "states" not in understand(question, kb).asks  # "States" of the name: no Länder


@pytest.mark.parametrize(("question", "expected"), [
    ("Zielte MAGIA auf die Vereinigten Staaten?", "Ja"),
    ("Hatte MAGIA2Market die Vereinigten Staaten von Amerika als Zielland?", "Ja"),
])
def test_given_a_german_inflected_place_name_then_it_is_recognised(
        kb: KnowledgeBase, question: str, expected: str) -> None:
    reply = ask(kb, question)[0]
    assert reply.answered and reply.text.startswith(expected)


@pytest.mark.parametrize("question,project", [
    ("Was hat Life Science Nord eigentlich zu BFCC beigetragen? BFCC kenne ich schon.", "bfcc"),
    ("Welche Aufgabe hatte Life Science Nord bei ELISE? Die Leitung lag ja woanders.", "elise"),
    ("Was genau hat LSN zu MAGIA beigetragen? Geleitet haben die es ja nicht.", "magia"),
])
def test_what_lsn_contributed_is_its_role_even_beside_a_word_of_leading(
        kb: KnowledgeBase, question: str, project: str) -> None:
    # Given a question about Life Science Nord's part, with a remark about who led
    u = understand(question, kb)
    # Then it asks for LSN's role, not for the lead
    assert u.intent == "lsn_role" and u.projects == (project,)


@pytest.mark.parametrize("text,intent", [
    ("Die Laufzeiten von MAGIA und HIHeal?", "dates"),
    ("Welche Förderer hatten die Projekte?", "funding"),
])
def test_a_known_word_with_an_ending_is_no_typo_of_a_longer_word(
    kb: KnowledgeBase, text: str, intent: str
) -> None:
    # When a known word carries an ending ("Laufzeiten" is the plural of "Laufzeit")
    u = understand(text, kb)
    # Then it reads as that word, not as a close longer one ("Laufzeitende" asks the end)
    assert u.intent == intent


@pytest.mark.parametrize("text,intent", [
    ("wer hat BONEBANK geleitetet?", "lead"),  # two letters typed twice: two edits in ten
    ("wann startetete ELISE?", "start"),
])
def test_letters_typed_twice_in_a_row_are_a_typo_of_the_word(
    kb: KnowledgeBase, text: str, intent: str
) -> None:
    # Given a known word with a few of its letters typed twice ("geleitet" as "geleitetet"),
    # as far from it as "schreibe" is from "beschreibe", which is no typo
    u = understand(text, kb)
    # Then it reads as that word
    assert u.intent == intent


@pytest.mark.parametrize("text,intent", [
    ("who payd for the hiheal projct", "funding"),  # "who paid", "who pays": both funding
    ("wehn did bfcc start", "start"),
    ("wie wird das wetter morgen in kiel", None),  # a place, not "in ziel"
    ("bird", None),  # an ordinary word alone is no typo of "bild"
])
def test_a_short_typo_is_read_by_the_phrase_it_makes_with_its_neighbour(
    kb: KnowledgeBase, text: str, intent: str | None
) -> None:
    # Given a word of four letters with one letter wrong, too short to be a typo on its own
    u = understand(text, kb)
    # Then it is the word that makes a question phrase with the word next to it, if any
    assert u.intent == intent


@pytest.mark.parametrize("text,intent", [
    # "zeil" is one letter off "ziel" (two swapped) and "teil" (one changed): "Ziel von",
    # "Teil von" ask differently, and the swap is the likelier slip
    ("Was war das Zeil von BRIDGE 53?", "goals"),
    ("Zeil von KI#CK?", "goals"),
    # "Zeile" is as near "Teile", "Zeige" and "Ziele"; only the last is a swap
    ("Was waren die Zeile von ELISE?", "goals"),
])
def test_of_words_a_typo_is_equally_near_the_one_with_two_letters_swapped_is_meant(
    kb: KnowledgeBase, text: str, intent: str
) -> None:
    # Given a typo one edit from several known words that ask differently
    u = understand(text, kb)
    # Then it is the one whose letters it holds, two of them swapped (was the overview)
    assert u.intent == intent


@pytest.mark.parametrize("text", [
    "magia2market runtime?", "InnoReAct run time", "Laufzeit von BFCC?"])
def test_runtime_asks_the_period_like_laufzeit(kb: KnowledgeBase, text: str) -> None:
    # Given "runtime" (the English for "Laufzeit"), which writers label dates 61 times to 1
    u = understand(text, kb)
    # Then it asks when the project ran (both ends), not only how long
    assert u.intent == "dates"


@pytest.mark.parametrize("text,project", [
    ("Gehörte BFCC zum Flaggschiffprojekt HealthRegion?", "bfcc"),
    ("was BFCC in the flagship project HealthRegion", "bfcc"),
    ("tell me about hiheal next levle transition", "hiheal-next"),
])
def test_a_fuzzy_name_does_not_swallow_an_exact_name_before_it(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given an exact project name right before another entity's name ("BFCC zum
    # Flaggschiffprojekt HealthRegion" is close to that topic's name as one fuzzy window)
    # Then the project stays named; a typo of a longer name that begins with it still finds
    # that longer name ("hiheal next levle")
    assert understand(text, kb).projects == (project,)


@pytest.mark.parametrize("text,intent", [
    ("Was sollte mit KI#CK erreicht werden?", "goals"),
    ("Was sollten die Partner mit ELISE erreichen?", "goals"),
    ("What was supposed to be achieved with MAGIA?", "goals"),
    ("who did the HIHeal network want to connect?", "goals"),
    ("At which hospitals was bone taken for BONEBANK?", "places"),
    ("An welcher Klinik wurde bei BONEBANK Knochen gewonnen?", "places"),
    ("Partnerländer von ELISE?", "places"),
    ("ELISE's partner regions, please", "places"),
    ("Wie viele Partnerregionen hatte ELISE?", "partners"),
    ("Woher kamen die ELISE-Partner?", "places"),
    ("Wer waren die Hochschulpartner bei KI#CK?", "partners"),
    ("Wer waren die Clusterpartner bei HIHeal?", "partners"),
    ("Welche Länder waren bei MAGIA Ziel?", "places"),
    ("Woher kam das Geld für ELISE?", "funding"),
    ("Zeig mir die Projekte in chronologischer Reihenfolge", "timeline"),
    ("list the projects chronologically", "timeline"),
])
def test_the_ask_is_read_from_its_head_words(kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given an aim in the passive, a place where something was done ("at which hospitals"),
    # a compound whose head is a place ("Partnerländer"), or an order in time
    # Then the ask is that: goals, places (a count of partner regions stays partners), timeline
    assert ask(kb, text)[-1].intent == intent


@pytest.mark.parametrize("question", ["Wer stand dahinter?", "Wer steckt dahinter?"])
def test_who_stood_behind_it_asks_the_lead(kb: KnowledgeBase, question: str) -> None:
    # Given a project talked of, then who stood behind it ("dahinter", as "hinter dem Projekt")
    reply = ask(kb, "Was war InnoReAct?", question)[-1]
    # Then its lead (the page: InnoReAct was led by Life Science Nord Management GmbH)
    assert reply.intent == "lead" and reply.projects == ("innoreact",) and reply.answered


@pytest.mark.parametrize("text", ["who did LSN run KI#CK with?", "who did lsn do bonebank with",
                                  "who was Life Science Nord partnered with in MAGIA?"])
def test_whom_lsn_worked_with_is_partners_not_its_role(kb: KnowledgeBase, text: str) -> None:
    # Given LSN as the subject of a question ending in "with"
    # Then it asks for the partners, not for LSN's own part
    assert ask(kb, text)[-1].intent == "partners"


@pytest.mark.parametrize("text", ["who was behind KI#CK besides LSN?",
                                  "who ran KI#CK besides Life Science Nord?"])
def test_who_besides_lsn_is_partners_not_the_lead(kb: KnowledgeBase, text: str) -> None:
    # Given "who was behind", the lead's words, with LSN left out
    reply = ask(kb, text)[-1]
    # Then the others are asked: KI#CK's partners, named (not LSN as its lead)
    assert reply.intent == "partners" and "oncampus" in reply.text, reply.text


@pytest.mark.parametrize(("text", "usa"), [
    ("Which projects targeted the US?", True),
    ("did MAGIA2Market go after the U.S. and Japan?", True),
    ("Welche Projekte hatten Zielmärkte in den US?", True),
    ("tell us about BFCC", False),
    ("TELL US ABOUT BFCC", False),  # written in capitals: no country
    # "the us" in lower case: the article tells the country from the pronoun
    ("was the us a target country in magia", True),
    ("did magia target the u.s. market", True),
    ("can you tell us about magia", False),
])
def test_us_in_capitals_is_the_united_states(kb: KnowledgeBase, text: str, usa: bool) -> None:
    assert ("usa" in understand(text, kb).filters.places) == usa


@pytest.mark.parametrize(("text", "intent"), [
    ("who was behind BFCC?", "lead"),
    ("Who is behind InnoReAct?", "lead"),
    ("who were the two clusters behind hiheal", "partners"),
    ("Können Sie mir sagen, wer KI#CK getragen hat?", "lead"),
    ("Wer war Träger von BONEBANK?", "lead"),
    ("Was hat LSN bei BONEBANK beigetragen?", "lsn_role"),
    ("Was war die Aufgabe von HIHeal?", "goals"),
    ("Welche Aufgabe hatte LSN bei MAGIA?", "lsn_role"),
    ("what was pilot focused on", "goals"),
    ("Worauf konzentrierte sich P.I.L.O.T.?", "goals"),
    ("ELISE - what was its focus?", "goals"),
    ("what region was PILOT focused on", "places"),
    ("northopedics what field was it in", "overview"),  # the field it was in is what it was
    ("In welchem Bereich war NORTHOPEDICS tätig?", "overview"),
    ("what field did BRIDGE 53 want to advance?", "goals"),  # the field it aimed at: its aim
    ("how lond did elise last", "duration"),
    ("what was stored at BONEBANK?", "activities"),
    ("what did BONEBANK store?", "activities"),
    ("Was wurde bei BONEBANK gelagert?", "activities"),
    ("Wo wurden die Stammzellen von BONEBANK gelagert?", "places"),
    ("any publication about NORTHOPEDICS?", "results"),
    ("Gibt es eine Veröffentlichung zu InnoReAct?", "results"),
])
def test_ask_words_of_each_kind_in_both_languages(kb: KnowledgeBase, text: str,
                                                  intent: str) -> None:
    # Given who was behind or carried a project, a project's task or focus, how long it
    # lasted (its ask word mistyped), or what was stored
    # Then the ask is its lead, goals, duration or activities; clusters behind it stay partners,
    # LSN's own task its role, a place word places
    assert ask(kb, text)[-1].intent == intent


@pytest.mark.parametrize(("text", "intent", "project"), [
    ("what was lsns role in magia", "lsn_role", "magia"),
    ("Was war LSNs Aufgabe bei BFCC?", "lsn_role", "bfcc"),
    ("wer waren MAGIAs Partner?", "partners", "magia"),
])
def test_a_possessive_without_apostrophe_is_the_name(kb: KnowledgeBase, text: str, intent: str,
                                                     project: str) -> None:
    # Given a name's possessive written without an apostrophe ("lsns", "MAGIAs")
    # Then it reads as the name: LSN's role, MAGIA's partners (not a choice of MAGIA's names)
    reply = ask(kb, text)[-1]
    assert (reply.intent, reply.projects) == (intent, (project,))


@pytest.mark.parametrize(("text", "intent"), [
    ("Können Sie mir kurz erklären, wie die Wertschöpfungskette bei BONEBANK aussah?",
     "activities"),
    ("could you briefly explain, how did the value chain of bonebank work?", "activities"),
    ("Können Sie mir erklären, wie HIHeal funktionierte?", "activities"),
    ("wie hat BFCC funktioniert?", "activities"),  # the perfect, not "hat es funktioniert?"
    ("Können Sie mir erklären, was BFCC war?", "overview"),
])
def test_a_request_to_explain_asks_what_follows_it(kb: KnowledgeBase, text: str,
                                                   intent: str) -> None:
    # Given "can you explain" before the question it asks to be explained
    # Then the reply answers that question alone, not an overview besides
    replies = ask(kb, text)
    assert replies[-1].intent == intent, replies[-1].text


@pytest.mark.parametrize(("text", "intent"), [
    # an indirect "what … built" asks the results, also before another ask
    ("Can you tell me what the BFCC actually built and who was running it?", "results"),
    # who set a project up is who led it, not what it set up
    ("who set up BFCC?", "lead"),
    ("who initiated KI#CK?", "lead"),
])
def test_what_was_built_and_who_set_it_up(kb: KnowledgeBase, text: str, intent: str) -> None:
    assert understand(text, kb).intent == intent


@pytest.mark.parametrize(("text", "intent", "project", "fact"), [
    ("when did the project LSN led around the baltic sea start, and which flagship was it "
     "part of", "start", "bfcc", "March 2016"),
    ("who funded the project LSN led around the Baltic Sea?", "funding", "bfcc", "Interreg"),
    ("Wann begann das Projekt, das LSN rund um die Ostsee geleitet hat?", "start", "bfcc",
     "März 2016"),
    ("what was the goal of the project LSN led around the Baltic?", "goals", "bfcc",
     "fracture"),
])
def test_who_led_a_project_described_is_no_question_of_its_lead(
        kb: KnowledgeBase, text: str, intent: str, project: str, fact: str) -> None:
    # Given a project described by who led it ("the project LSN led …") and asked something else
    reply = ask(kb, text)[-1]
    # Then that other question is answered of it, not who led it
    assert (reply.intent, reply.projects[:1]) == (intent, (project,)), reply.text
    assert fact in reply.text and "led by" not in reply.text


def test_which_projects_an_organisation_led_is_still_asked(kb: KnowledgeBase) -> None:
    # Given the lead asked as the condition of a list
    reply = ask(kb, "which projects did LSN lead?")[-1]
    # Then the projects it led are listed
    assert reply.intent == "list" and set(reply.projects) == {"bfcc", "innoreact", "kick"}


@pytest.mark.parametrize(("text", "intent"), [
    # "what was X funded by?" asks the funders, not what X was
    ("What was MAGIA funded by?", "funding"),
    # … and "funded with / from / through", "paid for with": the money (was its overview)
    ("What was InnoReAct funded with?", "funding"),
    ("what was BFCC financed from?", "funding"),
    ("what is KI#CK funded through", "funding"),
    ("what was ELISE paid for with", "funding"),
    # "what was X building / doing?" asks what it did
    ("what was bridge53 building exactly", "activities"),
    ("what was ELISE doing?", "activities"),
    # which of two named projects had more funding is a ranking of the two
    ("which project had more funding, ELISE or KI#CK?", "superlative"),
])
def test_what_x_was_funded_by_doing_and_more_funding(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    assert ask(kb, text)[0].intent == intent


@pytest.mark.parametrize(("texts", "intent", "pid"), [
    (("wann war BFCC fertig?",), "end", "bfcc"),
    (("welches projekt ging als erstes los?", "und welches war zuletzt fertig?"),
     "superlative", "pilot"),
])
def test_fertig_is_done_an_end(kb: KnowledgeBase, texts: tuple[str, ...], intent: str,
                               pid: str) -> None:
    # Given "fertig" (done) of a project, or of the projects in a ranking
    reply = ask(kb, *texts)[-1]
    # Then it asks the end: BFCC ended in February 2019; of the projects the page describes,
    # P.I.L.O.T. ended last (31 March 2023), not the follow-up that began last
    assert reply.intent == intent and reply.projects[:1] == (pid,), reply.text
    assert kb.projects[pid].end.year == int(next(w for w in reply.text.split()
                                                    if w.rstrip(".:").isdigit()
                                                    and len(w.rstrip(".:")) == 4).rstrip(".:"))


def test_a_kind_of_partner_after_an_amount_asks_the_partners(kb: KnowledgeBase) -> None:
    # Given KI#CK's amounts just given
    reply = ask(kb, "Wie viel Geld bekam KI#CK?", "Und wer waren die Hochschulpartner?")[-1]
    # Then a kind of partner in one word asks its partners (the page: TH Lübeck and oncampus)
    assert reply.intent == "partners" and reply.projects == ("kick",), reply.text
    assert "Lübeck" in reply.text and "oncampus" in reply.text


def test_each_phrase_names_every_set_that_holds_it() -> None:
    # Given the vocabulary: its word sets, and the superlatives, comparatives and aspects by kind
    vocab = vocabulary()
    sets = {**vocab.phrase_sets,
            **{f"{section}.{kind}": phrases for section in ("superlatives", "comparatives",
                                                          "aspects")
               for kind, phrases in getattr(vocab, section).items()}}
    sets |= {section: frozenset().union(*getattr(vocab, section).values())
             for section in ("superlatives", "comparatives", "aspects")}
    # When a message's n-grams are looked up once in the phrases' holders
    holders = vocab.holders
    # Then each phrase names exactly the sets it is in, so one lookup per n-gram answers every
    # phrase check of the message ("mode_ended" in the sets held, "superlatives.latest")
    for name, phrases in sets.items():
        assert all(name in holders[phrase] for phrase in phrases), name
    assert all(phrase in sets[name] for phrase, names in holders.items() for name in names)
    assert set(holders) == set().union(*sets.values())


@pytest.mark.parametrize("text", ["", "bfcc", "wann hat das projekt bfcc angefangen",
                                  "a b c d e f g h", "\0  x"])
def test_n_grams_are_every_run_of_one_to_five_words_shortest_first(text: str) -> None:
    tokens = text.split(" ") if text else []
    # Given a message's words, when its n-grams are made word by word (each run is the run a
    # word shorter and the next word, no join per run)
    grams = _ngrams_of(tokens)
    # Then they are every run of one to five words, all runs of one first, each length in the
    # words' order: the intent scores add up in this order
    assert grams == [" ".join(tokens[i:i + n]) for n in range(1, 6)
                     for i in range(len(tokens) - n + 1)]


def test_a_word_reaches_as_far_as_the_longest_name_it_begins(kb: KnowledgeBase) -> None:
    # Given the entity index of the real knowledge base
    index = entity_index(kb)
    # When a message's word is looked up as the start of a name
    # Then it reaches the most words of a name that begins with it (a longer run of words is
    # never looked up), and a word that begins no name reaches none
    for key in index.exact:
        words = key.split(" ")
        assert index.reach[words[0]] >= len(words), key
    assert all(any(key.split(" ")[0] == word and len(key.split(" ")) == n for key in index.exact)
               for word, n in index.reach.items())
    assert "when" not in index.reach
    assert understand("When did it kick off?", kb).projects == ()  # "kick off" is no KI#CK
    assert understand("When did KI#CK start?", kb).projects == ("kick",)


def test_a_gapped_phrase_is_looked_up_by_its_rarest_word(kb: KnowledgeBase) -> None:
    # Given the gapped intent phrases ("wie … ablief", "wer … gefördert")
    vocab = vocabulary()
    # When each is filed under one of its words
    filed = {i: word for word, found in vocab.gapped_by_word.items() for i in found}
    # Then every phrase is filed once, under a word it has, and never under a question word
    # that begins dozens of them; a message with all its words still finds it
    assert sorted(filed) == list(range(len(vocab.gapped)))
    assert all(word in vocab.gapped_words[i] for i, word in filed.items())
    assert {"wer", "wie", "what", "who", "how"}.isdisjoint(vocab.gapped_by_word)
    assert understand("Wie hängen BFCC und HIHeal zusammen?", kb).intent == "relations"
    assert dict(understand("Weißt du, wie es bei BFCC abgelaufen ist?", kb).scores)[
        "activities"] >= 4


def test_phrases_are_looked_for_only_where_a_word_they_begin_with_is(kb: KnowledgeBase) -> None:
    # Given the naming cues ("called", "mit dem Namen") and the project heads ("-projekte")
    vocab = vocabulary()
    cues, heads = vocab.phrase_sets["naming_cues"], vocab.phrase_sets["project_heads"]
    # When the words a set's phrases begin with are looked up
    # Then they are the first word of each phrase, so a message with none of them holds none
    assert {"called", "mit", "namens"} <= first_words(cues)
    assert all(p.split(" ")[0] in first_words(cues) for p in cues)
    # And a message with them still finds the name, the programme, the compound's parts
    assert understand("Was there a project called MedTech Bridge?", kb).unknown_names == (
        "MedTech Bridge",)
    assert understand("Did any project get Horizon 2020 money?", kb).other_funders == (
        "horizon 2020",)
    assert (head_off("krebsprojekte", heads), head_off("projekt", heads)) == ("krebs", "projekt")
    assert head_off("krebsforschung", heads) == "krebsforschung"


def test_a_word_length_met_for_the_first_time_costs_no_pass_over_the_vocabulary() -> None:
    # Given the known words a typo can stand for, whose per-length lists are built on demand
    vocabulary()
    _correctable_near(7)
    _correctable_near.cache_clear()
    # When the words within reach of a length are asked for the first time
    near, calls = python_calls(lambda: _correctable_near(7))
    # Then they are the known words whose length is within reach, in the vocabulary's order,
    # and gathering them runs a handful of Python calls, not one per known word (a message
    # with a word of a new length paid ~0.8 ms for it)
    assert near == tuple(w for w in vocabulary().correctable
                         if abs(len(w) - 7) <= (1 - CORRECTION_CUTOFF) * max(len(w), 7))
    assert len(near) > 1000
    assert calls < 50


def test_a_word_that_is_no_typo_is_searched_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the typo search, counting how often it scans the known words
    scans = []

    class Counting:
        def __getattr__(self, name: str) -> object:
            scans.append(name)
            return getattr(process, name)

    monkeypatch.setattr(understanding, "process", Counting())
    correction = understanding._correction.__wrapped__
    # When words are corrected: typos, a swap scoring 0.8 exactly, and words that are no typo
    found = {w: correction(w) for w in ("fundet", "projct", "strat", "qwertzuiop", "bonebnak")}
    # Then each typo is its word, and every word took one scan, also those with no word near
    # enough (they took two, at 0.8 and again at 0.79, so a new message with unknown names
    # paid twice)
    assert found == {"fundet": "funded", "projct": "project", "strat": "start",
                     "qwertzuiop": None, "bonebnak": None}
    assert len(scans) == 5


def test_a_typo_is_looked_for_only_among_words_of_a_length_it_can_reach() -> None:
    # Given typos of known words (a letter changed, dropped, added or two swapped)
    words = vocabulary().correctable[::15]
    typos = [w[:i] + edit + w[i + cut:] for w in words for i, edit, cut in (
        (1, "x", 1), (2, "", 1), (2, "q", 0), (1, w[2:3] + w[1:2], 2))]
    # When each is corrected among the words of a length it can reach
    # Then it finds what a search of the whole vocabulary finds, the same word in a tie
    for typo in typos:
        whole = process.extractOne(typo, vocabulary().correctable,
                                   scorer=OSA.normalized_similarity, score_cutoff=0.79)
        near = process.extractOne(typo, _correctable_near(len(typo)),
                                  scorer=OSA.normalized_similarity, score_cutoff=0.79)
        assert (whole and whole[:2]) == (near and near[:2]), typo




def _plain_correction(token: str) -> str | None:
    """understanding._correction's choice made from a search of every known word."""
    words = vocabulary().correctable
    return understanding._correction_among(token, words, range(len(words)))


def test_a_typo_found_among_the_words_sharing_an_end_is_the_one_of_a_plain_search() -> None:
    # Given typos of known words of every length, changed at either end or inside (a letter
    # changed, dropped, added, two swapped, or two edits), and words that are no typo
    rng = random.Random(24)
    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    words = vocabulary().correctable[::19]
    typos = set()
    for w in words:
        for i in (0, 1, len(w) // 2, len(w) - 2, len(w) - 1):
            c = rng.choice(letters)
            typos |= {w[:i] + c + w[i + 1:], w[:i] + w[i + 1:], w[:i] + c + w[i:],
                      w[:i] + w[i + 1:i + 2] + w[i:i + 1] + w[i + 2:]}
        typos |= {w[1:-1], rng.choice(letters) + w[1:-1] + rng.choice(letters), w[::-1],
                  w[-1] + w[1:-1] + w[0]}
        if len(w) >= 8:  # two edits, one at each end: changed, dropped, added or swapped
            c = rng.choice(letters)
            fronts = (c + w[1:], w[1:], c + w, w[1] + w[0] + w[2:])
            typos |= {t for f in fronts for t in (f[:-1] + c, f[:-1], f + c,
                                                  f[:-2] + f[-1] + f[-2])}
    typos |= {"".join(rng.choices(letters, k=rng.randint(3, 16))) for _ in range(300)}
    typos -= set(vocabulary().common)
    # When each is corrected among the words that share its first or last letter (up to
    # nine letters, where one edit is all a typo may hold), or also its middle (up to 14)
    found = {t: understanding._correction.__wrapped__(t) for t in typos}
    # Then it is the word a search of every known word picks, the same word in a tie
    assert found == {t: _plain_correction(t) for t in typos}
    assert sum(w is not None for w in found.values()) > 1000
    # And a word of up to 12 letters is compared with a few hundred words, not the 800 to
    # 1,500 of the lengths within its reach (a new word cost 0.1-0.2 ms)
    for typo in ("beste", "projct", "bildeten", "verfolgte", "kunstliche", "europaischen"):
        scanned = len(understanding._typo_candidates(typo)[0])
        assert scanned < min(600, len(_correctable_near(len(typo))) * 0.65), (typo, scanned)
    # And of two words a typo is a stutter of alike ("ababcdcdef": "ab" or "cd" typed twice),
    # the first in the vocabulary's order is taken, in whatever order the search held them
    for order in ((0, 1), (1, 0)):
        words = ("ababcdef", "abcdcdef")
        assert understanding._correction_among(
            "ababcdcdef", [words[i] for i in order], order) == "ababcdef"
    # And a word of four letters one letter off is each known word a search of every word of
    # its length finds, in its order
    for typo in (t for t in typos if len(t) == 4):
        plain = process.extract(typo, _correctable_near(4, 0), scorer=OSA.distance,
                                score_cutoff=1, limit=None)
        assert understanding._one_letter_off.__wrapped__(typo) == tuple(w for w, _, _ in plain)


@pytest.mark.parametrize("text,pid,needle", [
    ("what region did PILOT focus on", "pilot", "Schleswig-Holstein"),
    ("what country was magia2market focused on", "magia2market", "Japan"),
])
def test_a_place_noun_asked_outweighs_focus(
        kb: KnowledgeBase, text: str, pid: str, needle: str) -> None:
    # Given "what region" / "what country" asked with "focus" (which alone asks the aim)
    (reply,) = ask(kb, text)
    # Then the places are asked
    assert reply.intent == "places" and reply.projects == (pid,), reply.text
    assert needle in reply.text, reply.text


@pytest.mark.parametrize(("text", "condition"), [
    ("welche drei cluster waren neben lsn dabei", False),
    ("which three clusters were in magia besides lsn", False),
    ("which projects had four partners", True),
    ("Welche Projekte hatten vier Partner?", True),
])
def test_which_right_before_a_count_of_partners_asks_who_they_were(
        kb: KnowledgeBase, text: str, condition: bool) -> None:
    # Given a count of partners right after "which"/"welche" (the count of those asked for),
    # or after a project noun (a condition on the projects)
    u = understand(text, kb)
    # Then only the second is a list condition by the number of partners
    assert (u.filters.partners is not None) == condition


@pytest.mark.parametrize("question", ["Was the NORTHOPEDICS network expensive?",
                                      "How expensive was ELISE?", "War NORTHOPEDICS teuer?"])
def test_expensive_asks_the_amount(kb: KnowledgeBase, question: str) -> None:
    # Given "expensive" (as German "teuer") / Then the amount, not the overview
    (reply,) = ask(kb, question)
    assert reply.intent == "amount", reply.text


def test_a_message_without_unknown_words_normalises_no_word_again_for_names(
        kb: KnowledgeBase) -> None:
    # Given a message whose every word is known (no word can be a name the page lacks)
    raw = "Who funded BFCC and when did it start?"
    tokens = understanding.normalize(raw).split()
    vocab = vocabulary()
    # When the words that stand where a project name would are looked for
    names, calls = python_calls(lambda: understanding._name_like(raw, tokens, [], "en", vocab))
    # Then there are none, and no raw word was normalised again to find them (only the two
    # calls of the step itself: ~5 per message more before)
    assert (names, calls) == ((), 2)
    # And an unknown word still is one
    assert understand("What is GENOMIX?", kb).unknown_names == ("GENOMIX",)


def test_the_aspects_asked_are_read_from_the_few_sets_a_message_holds(kb: KnowledgeBase) -> None:
    # Given the names the aspects' phrase sets are held under
    held_as = understanding._aspect_sets()
    # Then there is one for each aspect, so a message's sets are looked up, not every aspect's
    # name built for each message
    assert sorted(held_as.values()) == sorted(vocabulary().aspects)
    assert held_as["aspects.day"] == "day"
    # And the aspects asked are found as before
    assert {"day"} <= understand("On which day exactly did BFCC start?", kb).asks


def test_a_name_is_looked_for_inside_intent_phrases_only_where_its_words_are_theirs(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the runs of words around a name, counted as they are stemmed and looked up
    looked: list[str] = []
    stemmed = understanding.stem_phrase
    monkeypatch.setattr(understanding, "stem_phrase", lambda phrase, keep=frozenset(): (
        looked.append(phrase), stemmed(phrase, keep))[1])
    # When a message names a project none of whose words is a word of an intent phrase
    u = understand("when did ELISE start?", kb)
    # Then it is the project, and no run of words around it was looked up (up to nine a name)
    assert (u.projects, [p for p in looked if "elise" in p]) == (("elise",), [])
    # And a name that is a word of an intent phrase is still read as the phrase
    assert understand("when did it kick off?", kb).projects == ()
    assert "kick off" in looked


def test_a_tie_between_intents_goes_to_the_one_listed_first_by_its_place_looked_up() -> None:
    from tests.conftest import builtin_calls
    vocab = vocabulary()
    # Given three intents that weigh alike, and a greeting beside them
    scores = {"funding": 2.0, "partners": 2.0, "dates": 2.0, "greeting": 1.0}
    listed = [i for i in vocab.intent_order if i in ("funding", "partners", "dates")]
    # When the intent is ranked
    best, calls = builtin_calls(lambda: understanding.rank_intent(scores, True, vocab))
    # Then the one listed first in the data wins, each intent's place looked up (was a search
    # through the list of intents for each), the bar a question must clear worked out once
    assert best == listed[0]
    assert calls <= 19  # (was 22)


def test_the_other_one_and_a_time_word_are_looked_for_only_where_a_word_of_theirs_is() -> None:
    from bot.text import normalize
    from tests.conftest import builtin_calls
    vocab = vocabulary()
    # Given a message with no word of a phrase for "the other one" past its first ("the",
    # "das" are everywhere) and no word that ends a time phrase ("when", "year")
    tokens = normalize("who funded the follow-up of ELISE").split()
    understanding._other_one(tokens, vocab), understanding._time_question(tokens, vocab)  # (the
    # words of the phrases are gathered once)
    # When each is looked for
    other, joins = builtin_calls(lambda: understanding._other_one(tokens, vocab))
    timed, time_calls = python_calls(lambda: understanding._time_question(tokens, vocab))
    # Then neither is found, and no run of the message's words was joined (eleven joins for
    # seven words) or built (its n-grams: two Python calls more, and the runs of a new message)
    assert (other, timed) == (False, False)
    assert joins <= 2 and time_calls <= 2  # (the call and the lambda that makes it)
    # And both are found where they are
    assert understanding._other_one(normalize("and the other one?").split(), vocab)
    assert understanding._time_question(normalize("in which year did ELISE start").split(),
                                        vocab)
    assert not understanding._time_question(
        normalize("which region was added when MAGIA became MAGIA2Market?").split(), vocab)


def test_a_long_word_is_cut_into_two_topics_only_at_an_ending_the_index_or_heads_hold(
        kb: KnowledgeBase) -> None:
    index = entity_index(kb)
    # Given a long German word that is no compound of topics, and two that are
    words = ("internationalisierung", "knochenbruchregister", "knochenforschung")
    # When each is looked at as a compound of topics
    (plain, calls), *compounds = [python_calls(
        lambda word=word: understanding._topic_compound(word, 0, index)) for word in words]
    # Then the plain one holds none, found without looking up the topics of each of its twelve
    # endings (28 Python calls, now 2), and the others hold their topics as before
    assert (plain, calls) == ([], 2)
    assert [sorted(m.id for m in found) for found, _ in compounds] == [
        ["fractures", "registries"], ["bone"]]


def test_a_singular_word_ending_a_compound_is_found_with_one_search_of_the_message() -> None:
    from tests.conftest import builtin_calls
    # Given a message with no singular word, and German compounds ending in one
    plain = ["which", "projects", "started", "in", "2019"]
    understanding._singular(plain, frozenset())
    # When each is looked at for a singular
    found, calls = builtin_calls(lambda: understanding._singular(plain, frozenset()))
    # Then the plain one has none, found with one join and one search (an endswith for each
    # word before: six built-in calls), and a compound ending in "projekt" is one
    assert (found, calls) == (False, 2)
    assert understanding._singular(["das", "ki", "projekt"], frozenset())
    assert understanding._singular(["das", "kiprojekt"], frozenset())
    assert not understanding._singular(["die", "kiprojekte"], frozenset())


def test_a_name_with_a_typo_asks_for_each_word_s_correction_once_and_none_of_a_common_word(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the words whose corrections are asked while names are looked for
    asked: list[str] = []
    typo_of = understanding.typo_of
    monkeypatch.setattr(understanding, "typo_of", lambda t: (asked.append(t), typo_of(t))[1])
    # When a message names Life Science Nord with a typo, and one names it rightly
    misspelt = understand("Was BFCC led by Life Sciene Nord?", kb)
    typos = list(asked)
    asked.clear()
    right = understand("Was BFCC led by Life Science Nord in the end?", kb)
    # Then both name it, and the typo's correction was asked once for each place a name may
    # start ("life", and the reading of its clause), never for "by" or "life" (common words),
    # nor again for each shorter run of the same words (eight asks, sixteen for the other)
    assert misspelt.filters.organisations == right.filters.organisations == ("lsn",)
    assert typos == ["sciene", "sciene"] and asked == []


def test_the_words_of_a_message_are_cut_only_where_they_end_like_a_head_or_a_possessive(
        kb: KnowledgeBase) -> None:
    from bot.text import normalize
    from tests.conftest import builtin_calls
    index, vocab = entity_index(kb), vocabulary()
    # Given a message with no word ending in a head ("projekt") or an "s", and one with both
    plain = normalize("who funded ELISE and when").split()
    cut = normalize("Welche Knochenprojekte gab es, und was waren lsns Partner?").split()
    # When its words are read as compounds and possessives, and for an ordinal
    words, calls = python_calls(lambda: understanding._project_compounds(plain, index, vocab))
    ordinal, ordinal_calls = builtin_calls(lambda: understanding._ordinal(plain, vocab))
    # Then each word is itself, found with no Python call per word (26 calls for twelve
    # words before), and no word asked whether it is an ordinal (12 built-in calls before)
    assert (words, calls) == (plain, 2)
    assert (ordinal, ordinal_calls) == (None, 4)
    # And the others are cut as before, and ordinals found
    assert understanding._project_compounds(cut, index, vocab) == [
        "welche", "knochen", "projekte", "gab", "es", "und", "was", "waren", "lsn", "partner"]
    assert understanding._ordinal(normalize("and the second one?").split(), vocab) == 2
    assert understanding._ordinal(normalize("und Nummer 3?").split(), vocab) == 3


def test_a_lone_month_is_looked_for_only_after_a_start_or_an_end_and_no_kind_costs_a_call(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import builtin_calls
    # Given the places a lone month is looked for
    looked: list[list[str]] = []
    lone = understanding._lone_month
    monkeypatch.setattr(understanding, "_lone_month",
                        lambda tokens, mode: (looked.append(tokens), lone(tokens, mode))[1])
    # When a message has no start or end, and one has
    plain = understand("who funded ELISE in 2019?", kb)
    ended = understand("which projects ended in June?", kb)
    # Then only the second looked (each message did before), and found June
    assert looked and all("ended" in tokens for tokens in looked)
    assert (plain.filters.month, ended.filters.month) == (None, 6)
    # And a kind of name a message has none of gives no ids at no cost; the stems of words
    # are kept (every word of every message is stemmed)
    assert builtin_calls(lambda: understanding._ids([])) == ((), 0)
    stem("funding", vocabulary().phrase_words)
    assert python_calls(lambda: stem("funding", vocabulary().phrase_words)) == ("funding", 1)


def test_the_intent_phrases_are_read_once_when_the_vocabulary_is_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.datafiles import data_file
    # Given the lists of intent phrases, and each time one is read
    lists = {id(items) for by_lang in data_file("intents")["intents"].values()
             for items in by_lang.values()}
    read: list[int] = []
    phrases = understanding._phrases
    monkeypatch.setattr(understanding, "_phrases", lambda items: (
        read.append(id(items)), phrases(items))[1])
    # When the vocabulary is built (at every start)
    built = understanding.vocabulary.__wrapped__()
    # Then each list was read once (three times before: for the words kept whole, the
    # phrases, and the common words), and the vocabulary is the one the process has
    assert sorted(i for i in read if i in lists) == sorted(lists)
    assert built == vocabulary()


def test_years_ordinals_parts_and_relative_clauses_are_looked_for_only_where_a_word_can_begin_one(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import builtin_calls
    vocab = vocabulary()
    # Given a message with no year, ordinal, digit, "part of" or project noun
    tokens = ["who", "funded", "elise", "and", "when"]
    steps = (lambda: understanding.find_years(tokens, vocab),
             lambda: understanding._ordinal(tokens, vocab),
             lambda: understanding._part_of_before_project(tokens, [], vocab),
             lambda: understanding._relative_at(tokens, vocab),
             lambda: understanding.rank_intent({"funding": 3.0}, True, vocab))
    for step in steps:
        step()  # (the first words of the phrases are gathered once)
    # When each is looked for
    found = [builtin_calls(step) for step in steps]
    # Then none is found (funding is the intent), without a look at each word or each run of
    # words (5, 7, 9, 2 and 19 built-in calls before), nor a bar for one end of a date
    # worked out where no date is asked
    assert [result for result, _ in found] == [(None, "year"), None, False, None, "funding"]
    assert [calls for _, calls in found] == [0, 4, 1, 1, 11]
    # And each is found where it is
    assert understanding.find_years(["in", "2018"], vocab) == ((2018, 2018), "year")
    assert understanding._ordinal(["the", "second", "one"], vocab) == 2
    assert understand("what was part of HIHeal?", kb).intent != \
        understand("BRIDGE 53 was part of?", kb).intent
    assert understanding.rank_intent({"dates": 3.0, "start": 2.5}, True, vocab) == "start"
    # And a word shorter than nine letters is not looked at as a compound of two topics
    looked: list[str] = []
    compound = understanding._topic_compound
    monkeypatch.setattr(understanding, "_topic_compound", lambda token, i, index: (
        looked.append(token), compound(token, i, index))[1])
    assert understand("Welche Knochenbruchregister gab es?", kb).filters.topics
    assert looked == ["knochenbruchregister"]


def test_a_continuation_and_a_renumbered_name_are_looked_for_only_where_a_word_begins_one(
        kb: KnowledgeBase) -> None:
    from tests.conftest import builtin_calls
    vocab, index = vocabulary(), entity_index(kb)
    # Given a message that begins with no continuation ("and", "what about") and has no word
    # of a numbered name ("bridge" of BRIDGE 53)
    tokens = ["who", "funded", "elise", "and", "when"]
    understanding._continuation_length(tokens, vocab)
    # When each is looked for
    length, calls = builtin_calls(lambda: understanding._continuation_length(tokens, vocab))
    renumbered, renumbered_calls = python_calls(
        lambda: understanding._renumbered("who funded ELISE and when", tokens, index))
    # Then there is none, found without joining the first one to four words (five built-in
    # calls before) or looking at each word beside the next (five Python calls before)
    assert (length, renumbered) == (0, ((), set()))
    assert (calls, renumbered_calls) == (2, 2)
    # And each is found where it is
    assert understanding._continuation_length(["and", "what", "about", "elise"], vocab) == 3
    assert understanding._renumbered("the BRIDGE 54 project", ["the", "bridge", "54",
                                                              "project"], index)[0] == (
        "BRIDGE 54",)


def test_the_names_of_one_entity_share_one_owner_and_one_tuple_of_owners(
        kb: KnowledgeBase) -> None:
    # Given the entity index of the real knowledge base, whose entities have several names
    index = entity_index(kb)
    owners = [owner for held in index.exact.values() for owner in held]
    # Then each (kind, id) is one object for all its names, and the names with the same owners
    # share one tuple of them (over 10,000 generated projects a list and a tuple per name took
    # about 5 MB of the peak RSS)
    assert len({id(owner) for owner in owners}) == len(set(owners)) < len(owners)
    assert len({id(held) for held in index.exact.values()}) == len(set(index.exact.values()))
    assert len(set(index.exact.values())) < len(index.exact)
    assert index.exact["elise"] == (("project", "elise"),)


def test_capitals_are_counted_without_a_python_step_per_character() -> None:
    from bot.understanding import _capitals
    # Given messages with a capital U, one written in capitals, and a long one
    shouted = "TELL US ABOUT BFCC"
    long = "Which projects targeted the US market, " + "and which others, " * 20 + "please?"
    _capitals("the US")  # (the names' patterns built)
    # When the names only capitals tell are looked for
    (plain, calls), (kept, shout_calls) = (python_calls(lambda t=t: _capitals(t))
                                           for t in (long, shouted))
    # Then "US" is the United States, not in a message shouted in capitals, and the letters
    # are counted in a few calls, not one Python step per character (~400 here)
    assert plain.startswith("Which projects targeted the USA market")
    assert kept == shouted
    assert calls <= 5 and shout_calls <= 5


@pytest.mark.parametrize("text,years,mode,month", [
    # a run up to a month is one that ended in that month, as a run up to a year ended in it
    ("which projects ran until Feb 2023?", (2023, 2023), "ended", 2),
    ("welche Projekte liefen bis Februar 2023?", (2023, 2023), "ended", 2),
    ("welche projekte gingen bis februar 2023", (2023, 2023), "ended", 2),
    ("which projects lasted till march 2019", (2019, 2019), "ended", 3),
    ("which projects ran until 2023?", (2023, 2023), "ended", None),
    # with no verb of running the month stays the time asked of
    ("gab es bis März 2020 Projekte zu KI?", (2020, 2020), "active", 3),
])
def test_a_run_until_a_month_ended_in_that_month(
        kb: KnowledgeBase, text: str, years: tuple, mode: str, month: int | None) -> None:
    f = understand(text, kb).filters
    assert (f.years, f.mode, f.month) == (years, mode, month)
