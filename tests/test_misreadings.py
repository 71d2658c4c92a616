"""Words the bot misread: "früher" as "in the past", hedges ("at least"), a language request
after the question, a programme named as the thing asked, five-letter typos."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


def test_frueher_without_a_comparison_means_in_the_past(kb: KnowledgeBase) -> None:
    for text in ("Was für Projekte hat LSN früher gemacht?",
                 "which projects did the cluster have earlier?"):
        reply = ask(kb, text)[0]
        assert reply.intent == "list" and len(reply.projects) == 11, (text, reply.text)


def test_frueher_with_a_comparison_still_compares(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Welches begann früher, MAGIA oder HIHeal?")[0]
    assert reply.intent == "superlative" and set(reply.projects) == {"magia", "hiheal"}
    # a pair just talked about
    reply = ask(kb, "Wann begann MAGIA?", "Und HIHeal?", "welches war früher?")[2]
    assert reply.intent == "superlative" and set(reply.projects) == {"magia", "hiheal"}


def test_a_hedge_ranks_nothing(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Tell me about HIHeal", "and when did it end, at the latest?")[1]
    assert reply.intent == "end" and reply.projects == ("hiheal",) and "2022" in reply.text
    reply = ask(kb, "What was BONEBANK?", "how many years did it take at least?")[1]
    assert reply.projects == ("bonebank",) and reply.intent in ("duration", "dates")


def test_a_language_request_after_the_question_answers_the_question(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Wann begann BONEBANK?", "who led it? in english please")[1]
    assert reply.intent == "lead" and reply.language == "en" and "UKSH" in reply.text
    reply = ask(kb, "When did HIHeal end?", "wer hat es gefördert? auf deutsch bitte")[1]
    assert reply.intent == "funding" and reply.language == "de"
    # the request alone still gives the last answer again
    reply = ask(kb, "When did HIHeal end?", "auf deutsch bitte")[1]
    assert reply.intent == "end" and reply.language == "de"


def test_a_programme_between_question_word_and_verb_is_asked_not_a_filter(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "Tell me about BONEBANK", "which Interreg programme was that?")[1]
    assert reply.intent == "funding" and reply.projects == ("bonebank",)
    reply = ask(kb, "Erzählen Sie mir von BFCC", "Welche EU-Strategie war das?")[1]
    assert reply.intent == "part_of" and "Ostseeraum" in reply.text
    # a project word after the programme: still a list of its projects
    reply = ask(kb, "Welche EFRE Projekte gab es?")[0]
    assert reply.intent == "list" and len(reply.projects) > 1


@pytest.mark.parametrize("messages", [
    ("Zu welchem Flaggschiffprojekt gehörte BFCC und zu welcher EU-Strategie?",),
    ("what flagship was BFCC part of, and which EU strategy?",),
    ("what was BFCC part of?", "which EU strategy?"),
    ("Zu welchem Flaggschiffprojekt gehörte BFCC?", "und zu welcher EU-Strategie?"),
    ("BFCC gehörte zu welcher EU-Strategie?",),
    ("BFCC was part of which EU strategy?",),
])
def test_the_eu_before_a_strategy_asks_the_strategy_not_eu_money(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given BFCC talked about (the page: "part of the flagship project HealthRegion of the EU
    # Strategy for the Baltic Sea Region")
    reply = ask(kb, *messages)[-1]
    # When "which EU strategy?" follows with no verb, then it asks BFCC's strategy (was the
    # list of the ten projects the EU funded)
    assert reply.intent == "part_of" and reply.projects == ("bfcc",), reply.projects
    assert reply.answered and "HealthRegion" in reply.text, reply.text


def test_a_five_letter_typo_with_one_edit_is_corrected(kb: KnowledgeBase) -> None:
    reply = ask(kb, "when did elise strat?")[0]
    assert reply.intent == "start" and "2017" in reply.text


@pytest.mark.parametrize("messages,intent,start", [
    # the money word before "woher": the funding, not where it took place
    (("Tell me about HIHeal", "geld woher"), "funding", "Förderung von HIHeal"),
    (("Erzähl mir von HIHeal", "Und die Förderung, woher kam die?"), "funding",
     "Förderung von HIHeal"),
    # whether it worked: a success, which MAGIA's results say ("successfully concluded")
    (("Tell me about MAGIA", "did it work?"), "results", "Yes."),
    (("Erzähl mir von MAGIA", "Hat es funktioniert?"), "results", "Ja."),
])
def test_a_question_word_after_its_noun_asks_that_nouns_topic(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, start: str) -> None:
    # Given a project talked about / When asked in these words
    reply = ask(kb, *messages)[-1]
    # Then the topic the words ask (was: places for "geld woher", activities for "did it work?")
    assert reply.intent == intent and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,project", [
    (("Tell me about KI#CK", "How much did Interreg Europe give?"), "elise"),
    (("Erzähl mir von KI#CK", "Und wie viel Geld gab es von Interreg Deutschland-Danmark?"),
     "bonebank"),
    # the funder only told before the question, set off by a dash
    (("Erzähl mir von KI#CK", "Und Interreg Deutschland-Danmark – wie viel Geld gab es da?"),
     "bonebank"),
])
def test_money_of_a_funder_the_project_talked_about_never_had_is_its_own_projects(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str) -> None:
    # Given a project talked about whose funders the page names, and then a funder it never
    # had that funded another project
    reply = ask(kb, *messages)[-1]
    # Then the amount asked is of the projects that funder funded (was KI#CK's amounts)
    assert reply.intent == "amount" and reply.projects == (project,), reply.text


def test_money_of_a_funder_the_project_had_stays_its_share(kb: KnowledgeBase) -> None:
    # Given KI#CK and its ESF money / When asked how much came from the ESF / Then KI#CK's
    reply = ask(kb, "Tell me about KI#CK", "How much came from the ESF?")[-1]
    assert reply.projects == ("kick",) and "249" in reply.text, reply.text


@pytest.mark.parametrize("text,project", [
    ("welche mit dänemark", "bonebank"), ("which with denmark?", "bonebank"),
    ("welche mit hamburg", "hiheal"),
])
def test_which_with_a_condition_and_no_noun_lists_the_projects(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given "welche"/"which" with a place or funder and no noun (was "not understood")
    reply = ask(kb, text)[0]
    # Then the projects under that condition
    assert reply.intent == "list" and project in reply.projects, reply.text


@pytest.mark.parametrize("messages,answered,text", [
    (("Welche Programmperiode war das bei BFCC?",), True, "2014–2020"),
    (("Which programme period was BFCC in?",), True, "2014-2020"),
    (("Welche Programmperiode hatte ELISE?",), False, "nennt die Seite für ELISE nicht"),
    # the programme named, not the project: its period all the same (was BFCC's run)
    (("What period did the Interreg Baltic Sea Region Programme cover?",), True, "2014-2020"),
])
def test_a_programme_period_is_the_one_in_the_programmes_name(
        kb: KnowledgeBase, messages: tuple[str, ...], answered: bool, text: str) -> None:
    # Given the period of the programme that funded a project asked (was the project's run)
    reply = ask(kb, *messages)[-1]
    # Then the period the programme's name holds, or that the page names none
    assert reply.intent == "funding" and reply.answered == answered, reply.text
    assert text in reply.text, reply.text


@pytest.mark.parametrize(("text", "project", "funder"), [
    ("Welche Förderquote hatte NORTHOPEDICS?", "northopedics", "EFRE"),
    ("What was the funding rate of NORTHOPEDICS?", "northopedics", "ERDF"),
    ("what percentage of the costs of BFCC did Interreg cover?", "bfcc", "Interreg"),
    ("Wie hoch war die Kofinanzierungsquote bei ELISE?", "elise", "Interreg Europe"),
])
def test_a_funding_rate_is_not_on_the_page_and_the_funders_are_offered(
        kb: KnowledgeBase, text: str, project: str, funder: str) -> None:
    # Given the share of a project's costs its funding covered, which the page never gives
    reply = ask(kb, text)[0]
    # Then the reply says so first (answered false: was the funders, answered), and offers who
    # funded it, as the page says
    assert reply.intent in ("funding", "amount") and not reply.answered  # ("wie hoch": amount)
    assert reply.projects == (project,)
    assert reply.text.splitlines()[0].startswith(("The page gives no funding rate",
                                                  "Eine Förderquote")), reply.text
    assert funder in reply.text


@pytest.mark.parametrize("text", ["Welche Förderbeträge sind bekannt?",
                                  "Which amounts are known?"])
def test_amounts_asked_in_the_plural_with_no_project_are_those_the_page_gives(
        kb: KnowledgeBase, text: str) -> None:
    # Given amounts asked with no project named nor talked about (was "which project?")
    reply = ask(kb, text)[0]
    # Then the projects the page gives amounts for, with them
    assert set(reply.projects) == {"elise", "kick"} and reply.answered, reply.text
    assert "1.217.494" in reply.text or "1,217,494" in reply.text, reply.text


def test_amounts_in_the_plural_of_a_project_talked_about_stay_its_own(
        kb: KnowledgeBase) -> None:
    reply = ask(kb, "Erzähl mir von KI#CK", "Welche Beträge gab es?")[-1]
    assert reply.projects == ("kick",), reply.text


@pytest.mark.parametrize("messages,start", [
    (("Tell me about the BFCC registry", "Did companies use it?"), "Yes."),
    (("What is the BFCC registry?", "Did hospitals benefit from it?"), "Yes."),
])
def test_it_after_a_thing_a_project_made_is_that_thing(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given the BFCC registry just spoken of ("supports hospitals and companies")
    reply = ask(kb, *messages)[-1]
    # Then "it" is the registry, checked in BFCC's results (was who took part in BFCC)
    assert reply.intent == "results" and reply.text.startswith(start), reply.text


def test_it_after_a_thing_asked_of_today_stays_unsaid(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Tell me about the BFCC registry", "Is it still running?")[-1]
    assert not reply.answered, reply.text


@pytest.mark.parametrize("messages,start,needle", [
    # given the BONEBANK biobank ("in Lübeck and Odense") or the BFCC registry ("hilft Kliniken
    # und Unternehmen") just spoken of / when German "es" opens the claim after its verb /
    # then "es" is that thing, checked in the text that names it (was where BONEBANK was
    # active, "Wo BONEBANK aktiv war")
    (("Erzähl mir von der Biobank von BONEBANK", "War es in Kiel?"), "Nein.", "Biobank"),
    (("Erzähl mir vom BFCC-Register", "Wurde es von Firmen genutzt?"), "Ja.",
     "Frakturregister"),
])
def test_german_es_after_a_thing_a_project_made_is_that_thing(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, needle: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent in ("results", "places") and reply.text.startswith(start), reply.text
    assert needle in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("text,project", [
    ("Danke, und welche zur Präzisionsmedizin?", "pilot"),
    ("und welche zum Thema Stammzellen?", "bonebank"),
])
def test_welche_with_a_topic_and_no_noun_asks_the_list(kb: KnowledgeBase, text: str,
                                                        project: str) -> None:
    # Given "welche" and a topic with no noun after it ("which on …"), a thanks before it
    reply = ask(kb, text)[0]
    # Then the projects on that topic are listed (the thanks doesn't swallow the question)
    assert reply.intent == "list" and reply.answered and project in reply.projects, reply.text


def test_projects_lsn_did_not_lead_itself_are_those_others_led(kb: KnowledgeBase) -> None:
    # Given "nicht selbst geleitet" ("selbst" between the negation and the verb)
    reply = ask(kb, "Welche Projekte hat LSN nicht selbst geleitet?")[0]
    # Then the projects another organisation led (the page: BONEBANK, UKSH; MAGIA, with LSN a
    # project partner), not those LSN led
    assert reply.intent == "list" and set(reply.projects) == {"bonebank", "magia"}, reply.text


@pytest.mark.parametrize("messages,project", [
    (("tell me about magia", "cool, and who payed for magia2market?"), "magia2market"),
    (("who payed for BFCC?",), "bfcc"),
])
def test_payed_is_the_everyday_misspelling_of_paid(kb: KnowledgeBase, messages: tuple[str, ...],
                                                   project: str) -> None:
    # Given "payed" for "paid", after another project or alone
    reply = ask(kb, *messages)[-1]
    # Then who funded the project named (was its card)
    assert reply.intent == "funding" and reply.projects == (project,), reply.text


def test_texting_shorthand_is_read_as_the_word(kb: KnowledgeBase) -> None:
    # Given "thn" for "than" (the page: HIHeal ran 6 years and 9 months, ELISE 5 years;
    # was "The page doesn't say" with HIHeal's card) and "wich" for "which" after a list
    longer = ask(kb, "did hiheal run longer thn elise?")[-1]
    assert longer.intent == "duration" and longer.text.startswith("Yes"), longer.text
    esf = ask(kb, "which projects did the ERDF fund?", "and wich one had ESF money?")[-1]
    assert esf.projects == ("kick",), esf.text
    # "smth", "sth" for "something" (the page: NORTHOPEDICS' "Download The network guide"; was
    # "The page doesn't say" for that ask)
    for text in ("northopedics - what was it, when did it run, and is there smth to download?",
                 "is there sth to download for northopedics?"):
        download = ask(kb, text)[-1]
        assert download.answered and "Yes. Results of NORTHOPEDICS" in download.text, \
            download.text


@pytest.mark.parametrize("text,project,start", [
    # the page: KI#CK "financed by the European Union and the state of Schleswig-Holstein",
    # HIHeal by the ERDF "and the City of Hamburg"; no funder for P.I.L.O.T. Next Level
    ("Ist KI#CK auch vom Land?", "kick", "Ja."),
    ("Was KI#CK also from the state?", "kick", "Yes."),
    ("Ist HIHeal von der Stadt?", "hiheal", "Ja."),
    ("Ist P.I.L.O.T. Next Level auch vom Land?", "pilot-next",
     "Die Seite sagt nicht, wer P.I.L.O.T. Next Level gefördert hat."),
])
def test_a_project_from_the_state_or_the_city_is_its_money(
        kb: KnowledgeBase, text: str, project: str, start: str) -> None:
    # Given a project said to be "vom Land" / "from the state", with no money word
    reply = ask(kb, text)[0]
    # Then who funded it (was where it took place)
    assert reply.intent == "funding" and reply.projects == (project,), reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text,said", [
    ("Is P.I.L.O.T. Next Level also from the state?",
     "The page doesn't say who funded P.I.L.O.T. Next Level."),
    ("Hat KI#CK 2019 angefangen?", "Die Seite sagt nicht, wann KI#CK begann."),
])
def test_the_page_is_silent_is_said_once(kb: KnowledgeBase, text: str, said: str) -> None:
    # Given a claim about one project where the page is silent on what it claims
    reply = ask(kb, text)[0]
    # Then the answer says so once, in its own words (was a bare "The page doesn't say."
    # before "The page doesn't say who funded …")
    assert reply.text.startswith(said) and not reply.answered, reply.text


def test_a_comparison_the_page_cannot_settle_keeps_its_verdict(kb: KnowledgeBase) -> None:
    # Given two projects compared where the page gives no amount for either
    reply = ask(kb, "did bonebank get more money than bfcc?")[0]
    # Then the verdict on the comparison opens the answer, before each one's silence
    assert reply.text.startswith("The page doesn't say.\nThe page gives no amount for BONEBANK")


@pytest.mark.parametrize("text", [
    "thx! anything else LSN did with france?",
    "anything else with france?",
])
def test_anything_else_with_a_country_lists_the_projects_with_it(kb: KnowledgeBase,
                                                                  text: str) -> None:
    # Given "anything" with "else" or a doer before "with" and a country
    reply = ask(kb, text)[0]
    # Then the projects with partners there (the page: ELISE, France among its regions; MAGIA,
    # Lyonbiopole from France), not "didn't understand"
    assert reply.intent == "list" and set(reply.projects) == {"elise", "magia"}, reply.text


@pytest.mark.parametrize("text", [
    "Which projects were cross-border, grenzüberschreitend I mean?",
    "Welche Projekte waren grenzüberschreitend?",
    "which projects were transnational?",
])
def test_cross_border_projects_are_those_the_page_calls_so(kb: KnowledgeBase, text: str) -> None:
    # Given a list asked by a condition of working across borders
    reply = ask(kb, text)[0]
    # Then the projects the page calls so (BONEBANK's "cross-border biobank", BFCC's
    # "transnational fracture registry", "pan-Baltic cooperation network"), not all eleven
    assert reply.intent == "list" and set(reply.projects) == {"bonebank", "bfcc"}, reply.text


@pytest.mark.parametrize("text,start", [
    ("Welche Bereiche des Gesundheitswesens waren bei P.I.L.O.T. beteiligt?",
     "Partner bei P.I.L.O.T.: alle Bereiche des Gesundheitswesens"),
    ("which parts of the health sector were involved in PILOT?",
     "Partners in P.I.L.O.T.: all parts of the health sector"),
])
def test_which_fields_took_part_is_who_took_part(kb: KnowledgeBase, text: str,
                                                 start: str) -> None:
    # Given which fields (Bereiche) took part in a project
    reply = ask(kb, text)[0]
    # Then who took part, as the page says it (was the project's aim in German)
    assert reply.intent == "partners" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("text", [
    "hey, was fürn projekte hat lsn so gemacht", "was fürn projekte gabs",
    "was für'n Projekte habt ihr so gemacht?",
])
def test_a_casual_german_contraction_is_no_topic(kb: KnowledgeBase, text: str) -> None:
    # Given the list of all projects asked with "fürn" ("für ein") and "gabs" ("gab es")
    everything = ask(kb, "Welche Projekte gab es?")[0]
    reply = ask(kb, text)[0]
    # Then it is that list, not "none of the projects has to do with „fürn“"
    assert reply.intent == "list" and reply.projects == everything.projects, reply.text


@pytest.mark.parametrize(("listing", "pick", "place"), [
    ("was fürn projekte gabs", "was war das vierte?", 4),
    ("Welche Projekte gab es?", "und das elfte Projekt?", 11),
    ("Welche Projekte gab es?", "das achte?", 8),
    ("which projects were there?", "what was the seventh?", 7),
    ("which projects were there?", "and the tenth one?", 10),
])
def test_every_place_of_the_list_of_all_can_be_picked(kb: KnowledgeBase, listing: str,
                                                       pick: str, place: int) -> None:
    # Given the list of all eleven projects, then a place in it past the third
    listed, picked, funded = ask(kb, listing, pick, "und wer hat das bezahlt?")
    # Then that place of the list is the project talked about, and stays it
    assert len(listed.projects) == 11 and picked.projects == listed.projects[place - 1:place]
    assert funded.intent == "funding" and funded.projects == picked.projects, funded.text


@pytest.mark.parametrize(("text", "field"), [
    ("where was the bone material harvested?", "activities"),
    ("Wo wurde das Knochenmaterial entnommen?", "activities"),
    ("wo wurden die stammzellen gelagert?", "results"),
    ("stem cells was stored where?", "results"),
    ("where was BONEBANK's biobank?", "results"),
])
def test_where_a_step_took_place_is_told_with_that_step(kb: KnowledgeBase, text: str,
                                                         field: str) -> None:
    # Given where one step of BONEBANK's work took place (harvesting, storing)
    reply = ask(kb, text)[-1]
    told = getattr(kb.projects["bonebank"], field).get(reply.language)
    # Then the page's account of that step, which names its place, not where it was active
    assert reply.projects == ("bonebank",) and told in reply.text, reply.text
    assert not reply.text.startswith(("Where BONEBANK was active", "Wo BONEBANK aktiv war"))


@pytest.mark.parametrize("text", ["how many countries were involved in BFCC?",
                                  "Aus wie vielen Ländern kamen die BFCC-Partner?"])
def test_a_count_of_places_leads_with_the_figure(kb: KnowledgeBase, text: str) -> None:
    # Given how many countries took part in BFCC, which the page counts (seven) but never names
    reply = ask(kb, text)[0]
    seven = {"en": "seven", "de": "sieben"}[reply.language]
    # Then the figure comes first, before where the project was active
    assert seven in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize(("text", "unnamed"), [
    ("which countries were in BFCC?", "doesn't name"),
    ("Welche Länder waren bei BFCC dabei?", "nennt"),
])
def test_unnamed_counted_places_are_said_unnamed_once(kb: KnowledgeBase, text: str,
                                                      unnamed: str) -> None:
    # Given which countries took part in BFCC (counted as seven, never named)
    reply = ask(kb, text)[0]
    # Then the page's silence is said once, with the count, and no unasked lead line
    assert not reply.answered and reply.text.count(unnamed) == 1, reply.text
    assert "Life Science Nord Management GmbH" not in reply.text


@pytest.mark.parametrize("text", ["Leitfaden InnoReAct wo?", "InnoReAct guide where?",
                                  "wo ist der Leitfaden von InnoReAct?"])
def test_where_a_thing_to_read_is_is_where_the_page_points(kb: KnowledgeBase, text: str) -> None:
    # Given where InnoReAct's guide is, asked with a bare "where"
    reply = ask(kb, text)[0]
    guide = kb.projects["innoreact"].resources[0].get(reply.language)
    # Then the guide the page links (a contact), not "the page doesn't say where it took place"
    assert reply.intent == "contact" and reply.answered and guide in reply.text, reply.text


@pytest.mark.parametrize("text", ["is the competence atlas publicly available?",
                                  "Ist der Kompetenzatlas öffentlich zugänglich?"])
def test_public_access_is_checked_against_the_registration_the_page_names(
        kb: KnowledgeBase, text: str) -> None:
    # Given BONEBANK talked about, then whether its competence atlas is open to the public
    reply = ask(kb, "tell me about BONEBANK", text)[-1]
    atlas = next(r for r in kb.projects["bonebank"].resources if r.registration)
    # Then no: the page says it is found only after registration, and where (not "the page
    # doesn't say", read as how it was offered)
    assert reply.text.startswith(("No.", "Nein.")) and atlas.get(reply.language) in reply.text


@pytest.mark.parametrize("text", ["what is LSN XCHANGE?", "Was ist LSN XCHANGE?"])
def test_a_place_the_page_only_names_is_said_undescribed(kb: KnowledgeBase, text: str) -> None:
    # Given what LSN XCHANGE is, which the page names only as where BONEBANK's atlas is found
    reply = ask(kb, text)[0]
    atlas = next(r for r in kb.projects["bonebank"].resources if r.registration)
    results = kb.projects["bonebank"].results.get(reply.language)
    # Then the page's silence, with what it does say is there; not BONEBANK's results card
    assert not reply.answered and atlas.get(reply.language) in reply.text, reply.text
    assert results not in reply.text


@pytest.mark.parametrize(("text", "start"), [
    ("which regions were partners in ELISE?", ""), ("Was Lithuania in ELISE?", "Yes."),
    ("and Denmark in ELISE?", "No."), ("War Litauen bei ELISE dabei?", "Ja."),
])
def test_elise_s_partner_regions_keep_the_page_s_detail(kb: KnowledgeBase, text: str,
                                                         start: str) -> None:
    # Given which regions or countries were ELISE's partners
    reply = ask(kb, text)[0]
    regions = kb.projects["elise"].partner_regions.get(reply.language)
    # Then the seven regions as the page names them (with its two German states), not a list
    # of countries with Europe as a region
    assert reply.text.startswith(start) and regions in reply.text, reply.text


@pytest.mark.parametrize("country", ["Belgien?", "und Frankreich?", "Dänemark?", "Litauen?"])
def test_a_country_named_in_german_is_german(kb: KnowledgeBase, country: str) -> None:
    # Given an English question, then a country named in German alone
    reply = ask(kb, "who were the partners in MAGIA?", country)[1]
    # Then the answer is German, as the name is
    assert reply.language == "de", reply.text


@pytest.mark.parametrize("text,start", [
    # the page: P.I.L.O.T. ran "01.01.2020 - 31.03.2023"
    ("is P.I.L.O.T. still runing?", "No."),
    ("is pilot still ongoin?", "No."),
    ("Läuft P.I.L.O.T. noch imer?", "Nein."),
])
def test_a_typo_in_a_status_claim_is_still_the_claim(kb: KnowledgeBase, text: str,
                                                     start: str) -> None:
    # Given a yes/no of a project's status with a word of it misspelt
    reply = ask(kb, text)[0]
    # Then it is checked as written right: no (it ended in 2023), not "the page doesn't say"
    assert reply.intent == "status" and reply.answered and reply.text.startswith(start), \
        reply.text


@pytest.mark.parametrize("typo", ["sucessor", "succesor", "successsor"])
def test_a_typo_in_a_link_word_still_follows_the_link(kb: KnowledgeBase, typo: str) -> None:
    # Given P.I.L.O.T. and its successor talked about
    reply = ask(kb, "tell me about PILOT", "is there a successor?", f"who funds the {typo}?")[-1]
    # Then who funded the successor is asked (the page names no funder of P.I.L.O.T. Next
    # Level), not the successor's own follow-up
    assert reply.intent == "funding" and not reply.answered, reply.text


@pytest.mark.parametrize("text", ["anything on infectous diseases?",
                                  "which projects were about infectious agents?",
                                  "Projekte zu infektiösen Krankheiten?"])
def test_infectious_alone_and_misspelt_is_the_infection_topic(kb: KnowledgeBase,
                                                              text: str) -> None:
    # Given the adjective (the page: BRIDGE 53's "new therapies in the field of infectious
    # diseases", within HIHeal), alone, misspelt or German
    reply = ask(kb, text)[0]
    # Then the projects on infection (was: none is about "infectous")
    assert reply.intent == "list" and set(reply.projects) == {"bridge53", "hiheal"}, reply.text


@pytest.mark.parametrize("text", ["Was BFCC led by Life Sciene Nord?",
                                  "Welche Projekte hat Life Scince Nord geleitet?"])
def test_a_typo_inside_a_name_of_ordinary_words_is_still_the_name(kb: KnowledgeBase,
                                                                  text: str) -> None:
    # Given "Life Science Nord" with "Science" misspelt (its other words are ordinary ones, so
    # no fuzzy name may begin with them)
    reply = ask(kb, text)[0]
    # Then it is still Life Science Nord, as written right: the page says LSN led BFCC
    assert reply.intent in ("lead", "list") and "bfcc" in reply.projects, reply.text
    assert "Life Science Nord" in reply.text, reply.text
    assert reply.intent == "lead" or {"innoreact", "kick"} <= set(reply.projects), reply.text


@pytest.mark.parametrize("turns", [
    ["MAGIA: wann, mit wem und wer hat's gefördert?", "und was hatten die Firmen konkret davon?"],
    ["Was hatten die Unternehmen von MAGIA?"],
    ["wie haben Firmen von MAGIA profitiert?"],
    ["Was brachte MAGIA den Firmen?"],
    ["Tell me about MAGIA", "what was in it for companies?"],
    ["how could companies benefit from MAGIA?"],
    ["Was haben die Firmen bei MAGIA bekommen?"],
    ["Was haben Unternehmen bei MAGIA konkret bekommen?"],
])
def test_what_companies_had_of_a_project_is_what_they_could_do_in_it(
        kb: KnowledgeBase, turns: list[str]) -> None:
    # Given MAGIA, in which companies could join events and use market studies
    reply = ask(kb, *turns)[-1]
    # When what companies had of it is asked ("was hatten die Firmen davon?"), Then its
    # activities, not its partners (the page names no company) nor its dates again
    activities = kb.projects["magia"].activities
    assert activities is not None
    assert reply.intent == "activities" and activities.get(reply.language) in reply.text, \
        reply.text


def test_money_companies_got_stays_an_amount(kb: KnowledgeBase) -> None:
    # Given whether companies got money in MAGIA (the page gives no amount for it)
    reply = ask(kb, "Haben die Firmen bei MAGIA Geld bekommen?")[0]
    # Then it is the money, not what companies could do in it
    assert reply.intent == "amount" and not reply.answered, reply.text


@pytest.mark.parametrize("turns", [
    ["what registry did bfcc create", "who is it meant to help?"],
    ["what registry did bfcc create", "who does it help?"],
    ["Welches Register hat BFCC aufgebaut?", "für wen ist es gedacht?"],
    ["Welches Register hat BFCC aufgebaut?", "wem soll es helfen?"],
    ["Tell me about BFCC", "who does the registry help?"],
    ["what was BFCC's main result?", "who can use that registry?"],
    ["BFCC results?", "wer kann das Register nutzen?"],
])
def test_whom_a_thing_is_for_is_told_where_the_page_says_whom_it_helps(
        kb: KnowledgeBase, turns: list[str]) -> None:
    # Given the BFCC registry, which the page says supports hospitals and companies (its
    # results, not its goal)
    reply = ask(kb, *turns)[-1]
    # When whom "it" (the thing just spoken of) is meant to help is asked, Then its results,
    # which say so, of BFCC (not the bot's help, not the goal alone)
    results = kb.projects["bfcc"].results
    assert results is not None
    assert reply.projects == ("bfcc",) and results.get(reply.language) in reply.text, reply.text


@pytest.mark.parametrize("text", ["where is LSN based?", "Wo sitzt LSN?",
                                  "where is Life Science Nord located?",
                                  "Wo ist der Sitz von Life Science Nord?"])
def test_where_life_science_nord_itself_is_based_is_not_on_the_page(
        kb: KnowledgeBase, text: str) -> None:
    # Given where Life Science Nord itself sits, which the page never says (was where each of
    # its eleven projects was active, as if that were the answer)
    reply = ask(kb, text)[0]
    # Then the reply says the page doesn't say, about no project
    assert reply.intent == "places" and not reply.answered and reply.projects == ()
    assert "Life Science Nord" in reply.text and "BFCC" not in reply.text


def test_where_lsns_projects_took_place_is_still_each_ones_places(kb: KnowledgeBase) -> None:
    reply = ask(kb, "in which countries was LSN active?")[0]
    assert "bonebank" in reply.projects and "Denmark" in reply.text


@pytest.mark.parametrize("messages,language,words", [
    # the page: "KI#CK (Künstliche Intelligenz: Chancen erkennen, Kompetenzen entwickeln)",
    # "The BFCC (Baltic Fracture Competence Centre) project"
    (("KI#CK bitte", "wie heißt das auf englisch"), "de", ("Auf Englisch", "Artificial")),
    (("Wie heißt KI#CK auf Englisch?",), "de", ("Auf Englisch", "Artificial")),
    (("tell me about BFCC", "what is it called in German?"), "en",
     ("In German", "Baltic Fracture Competence Centre")),
])
def test_a_name_asked_in_the_other_language_keeps_the_chats(
        kb: KnowledgeBase, messages: tuple[str, ...], language: str,
        words: tuple[str, ...]) -> None:
    # Given a project talked about, then its name asked in the other language
    reply = ask(kb, *messages)[-1]
    # Then the reply stays in the chat's language and gives the name in the other
    assert (reply.language, reply.answered) == (language, True), reply.text
    assert all(w in reply.text for w in words), reply.text


def test_the_answer_asked_in_the_other_language_still_switches(kb: KnowledgeBase) -> None:
    # Given a project talked about in German, then "auf Englisch bitte"
    reply = ask(kb, "KI#CK bitte", "auf englisch bitte")[-1]
    # Then the answer again, in English
    assert reply.language == "en" and "Run by" in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    # the page: MAGIA's companies "could participate in events and video trainings and have
    # access to market studies"
    ("Vergleichen Sie bitte MAGIA und MAGIA2Market", "Gab es Veranstaltungen?",
     "Und Marktstudien?"),
    ("compare MAGIA and MAGIA2Market", "and market studies?"),
    ("Was hat MAGIA gemacht?", "Und Marktstudien?"),
])
def test_a_thing_the_page_tells_of_is_no_unknown_project(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a project talked about, then "and <a thing its text names>?"
    reply = ask(kb, *messages)[-1]
    # Then whether it had such a thing (yes: MAGIA's activities), not "not a project of LSN"
    assert (reply.intent, reply.projects, reply.answered) == ("activities", ("magia",), True)
    assert reply.text.startswith(("Ja.", "Yes.")), reply.text


def test_a_topic_the_page_tells_of_after_a_comparison_is_its_list(kb: KnowledgeBase) -> None:
    # Given two projects compared, then "and <a topic one of them has>?" (the page: MAGIA's
    # companies "could participate in events and video trainings")
    reply = ask(kb, "Vergleichen Sie bitte MAGIA und MAGIA2Market", "Und Videoschulungen?")[-1]
    # Then the projects with that topic (MAGIA), not "not a project of LSN"
    assert (reply.intent, reply.projects, reply.answered) == ("list", ("magia",), True), reply.text


def test_an_unknown_name_after_a_project_is_still_no_project(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Vergleichen Sie bitte MAGIA und MAGIA2Market", "Und GENOMIX?")[-1]
    assert reply.intent == "unknown_project", reply.text


@pytest.mark.parametrize("text", ["who funded hi heal nxt level?", "wer förderte HI Heal next?"])
def test_the_follow_up_written_with_its_predecessors_split_name_is_the_follow_up(
        kb: KnowledgeBase, text: str) -> None:
    # Given HIHeal's follow-up written with "HI Heal", an alias of HIHeal (was a wrong fact:
    # HIHeal's funders, answered, as if they were the follow-up's)
    reply = ask(kb, text)[0]
    # Then it is the follow-up, whose funder the page doesn't name
    assert reply.projects[0] == "hiheal-next" and not reply.answered, reply.text


@pytest.mark.parametrize("messages,word", [
    (("Gibt es ein Projekt zu Telemedizin?",), "Telemedizin"),
    (("Gab es Projekte zu Diabetes?",), "Diabetes"),
    (("Gibt es ein Projekt zu Digitalisierung in der Pflege?", "Und zu Telemedizin?"),
     "Telemedizin"),
    (("Welche Projekte gab es in Hamburg?", "und zu Robotik?"), "Robotik"),
    (("which projects were about bones?", "and about Telemedicine?"), "Telemedicine"),
])
def test_a_capitalised_noun_after_a_project_noun_or_a_topic_list_is_a_topic_not_a_name(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given a German noun (capitalised as every German noun is) after "Projekt zu", or after
    # "und zu" right after a list; the page has no project on it
    reply = ask(kb, *messages)[-1]
    # Then no project is about it (was "„Telemedizin“ gehört nicht zu den vergangenen
    # Projekten": read as a project's name)
    assert reply.intent == "list" and not reply.projects and word in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("Gibt es ein Projekt zu GENOMIX?",),
    ("Gibt es ein Projekt zu Digitalisierung in der Pflege?", "und zu GENOMIX?"),
])
def test_a_name_in_capitals_after_a_project_noun_stays_a_name(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "unknown_project" and "GENOMIX" in reply.text, reply.text
