"""Lists: the one filter implementation, superlatives with ties and uncertainty."""

from __future__ import annotations

import pytest

from bot import lists
from bot.answers import duration_months, render
from bot.knowledge import KnowledgeBase
from bot.lists import duration_bounds, select, superlative_answer
from bot.understanding import Filters
from tests.conftest import ask


def test_no_filter_lists_past_projects_without_the_follow_ups(kb: KnowledgeBase) -> None:
    ids = select(kb, Filters()).ids
    assert "pilot-next" not in ids and "hiheal-next" not in ids
    assert len(ids) == sum(not p.follow_up_only for p in kb.projects.values())


def test_funder_filter_follows_the_page_links(kb: KnowledgeBase) -> None:
    # REACT-EU is provided through the ERDF; Interreg Deutschland-Danmark has ERDF funds.
    selection = select(kb, Filters(funders=("erdf",)))
    assert {"innoreact", "bonebank", "northopedics"} <= set(selection.ids)
    assert ("bridge53", "hiheal") in selection.inherited  # listed through its parent


def test_year_filter_leaves_out_undated_projects_and_names_them(kb: KnowledgeBase) -> None:
    selection = select(kb, Filters(years=(2018, 2018)))
    assert "magia" in selection.ids  # year precision: "in 2018 and 2019"
    assert {"bridge53", "kick"} <= set(selection.undated)


def test_started_and_ended_modes(kb: KnowledgeBase) -> None:
    started = select(kb, Filters(years=(2016, 2016), mode="started")).ids
    ended = select(kb, Filters(years=(2019, 2019), mode="ended")).ids
    assert set(started) == {"bfcc", "hiheal", "northopedics"}
    assert set(ended) == {"bfcc", "magia", "northopedics"}


def test_self_organisation_is_no_filter(kb: KnowledgeBase) -> None:
    assert select(kb, Filters(organisations=("lsn",))).ids == select(kb, Filters()).ids


def test_duration_bounds_are_exact_or_a_range(kb: KnowledgeBase) -> None:
    assert duration_bounds(kb.projects["innoreact"]) == (14, 14)
    low, high = duration_bounds(kb.projects["magia"])
    assert low < 24 and high == 24
    assert duration_bounds(kb.projects["bridge53"]) is None


def test_a_tie_names_every_winner(kb: KnowledgeBase) -> None:
    # BONEBANK and ELISE both ran five years
    answer = superlative_answer("longest", Filters(funders=("interreg",)), kb, "en", None)
    assert set(answer.projects) == {"bonebank", "elise"}


def test_year_only_dates_are_flagged_as_uncertain(kb: KnowledgeBase) -> None:
    answer = superlative_answer("earliest_end", Filters(), kb, "en", None)
    assert answer.projects == ("bfcc",)
    # MAGIA: only "2019", so it may have ended before BFCC's February 2019, not only with it
    assert any(line.key == "sup_uncertain_beat" for line in answer.lines)
    assert "may have ended earlier" in render(answer, "en")


@pytest.mark.parametrize("kind,lang,said", [
    ("shortest", "en", "The page gives only years for MAGIA, so it may have run shorter."),
    ("shortest", "de", "Für MAGIA nennt die Seite nur Jahreszahlen; es könnte also kürzer "
                       "gelaufen sein."),
])
def test_a_figure_known_only_by_years_may_beat_the_one_named_not_only_tie(
        kb: KnowledgeBase, kind: str, lang: str, said: str) -> None:
    # Given InnoReAct's 14 months and MAGIA's "2018 and 2019" (a few days to 24 months)
    answer = superlative_answer(kind, Filters(), kb, lang, None)
    # When the shortest is ranked / Then InnoReAct, and MAGIA may have run shorter (not "tie")
    assert answer.projects == ("innoreact",) and said in render(answer, lang)


def test_a_sure_shortest_with_year_precision(kb: KnowledgeBase) -> None:
    # Of the projects that ended in 2019, MAGIA ran at most 24 months, the others 36.
    answer = superlative_answer("shortest", Filters(), kb, "en", ("bfcc", "magia", "northopedics"))
    assert answer.projects == ("magia",)


def test_a_long_list_shows_the_first_names_and_counts_the_rest(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lists, "LIST_SHOWN", 3)
    answer = lists.list_answer("list", Filters(), kb, "en")
    text = render(answer, "en")
    total = len(answer.projects)
    assert f"({total})" in text and f"… and {total - 3} more." in text
    assert "P.I.L.O.T. (" not in text  # the 11th project is not named


def test_the_index_agrees_with_a_plain_walk(kb: KnowledgeBase) -> None:
    # Given every combination of one funder and a year filter, the indexed selection equals
    # what checking each project by hand gives.
    for funder in kb.funders:
        for year in (2016, 2018, 2019, 2021, 2023):  # years in which projects start and end
            ids = set(select(kb, Filters(funders=(funder,), years=(year, year))).ids)
            by_hand = {p.id for p in kb.projects.values()
                       if any(funder in kb.funder_ancestors(f) for f in p.funding)
                       and p.start and p.end and p.start.year <= year <= p.end.year}
            assert ids == by_hand, (funder, year)


# --------------------------------------------------------------------------- broader topics, "or"


def test_a_narrower_topic_counts_under_the_broader_one(kb: KnowledgeBase) -> None:
    # Given fractures (BFCC) and bone healing (NORTHOPEDICS) lie within bones
    # When listing the projects about bones
    ids = select(kb, Filters(topics=("bone",))).ids
    # Then all three bone projects are listed, but bone healing alone stays narrow
    assert set(ids) == {"bfcc", "bonebank", "northopedics"}
    assert select(kb, Filters(topics=("bone-healing",))).ids == ("northopedics",)


@pytest.mark.parametrize("text,expected", [
    ("any projects on stem cells or artificial intelligence?", {"bonebank", "kick"}),
    ("Gab es Projekte zu Corona oder Präzisionsmedizin?", {"innoreact", "pilot"}),
])
def test_two_topics_joined_by_or_are_either(kb: KnowledgeBase, text: str,
                                            expected: set[str]) -> None:
    # Given two topics that no single project shares, joined by "or"
    (reply,) = ask(kb, text)
    # Then the list holds the projects of either topic, and says "or"
    assert reply.intent == "list" and set(reply.projects) == expected
    assert " or " in reply.text or " oder " in reply.text


@pytest.mark.parametrize("text,expected", [
    ("any project related to corona?", ("innoreact",)),
    ("anything connected to covid?", ("innoreact",)),
    ("projects related to digitalisation?", ("pilot",)),
])
def test_projects_related_to_a_topic_are_the_projects_on_it(
        kb: KnowledgeBase, text: str, expected: tuple[str, ...]) -> None:
    # Given a topic after "related to" / "connected to" and no project named
    (reply,) = ask(kb, text)
    # Then the projects on it, not the links of one of them to other projects
    assert (reply.intent, reply.projects, reply.answered) == ("list", expected, True), reply.text


@pytest.mark.parametrize("text,expected", [
    ("hattet ihr mal was zu knochenbrüchen bzw frakturen", ("bfcc",)),
    ("habt ihr was zur Präzisionsmedizin?", ("pilot",)),
])
def test_a_topic_with_no_other_question_lists_its_projects(
        kb: KnowledgeBase, text: str, expected: tuple[str, ...]) -> None:
    # Given a topic and no word that asks anything else, with nothing talked about
    (reply,) = ask(kb, text)
    # Then the projects on it, not "I didn't understand"
    assert (reply.intent, reply.projects, reply.answered) == ("list", expected, True)


def test_two_topics_joined_by_and_are_both(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "projects on artificial intelligence and on stem cells")
    assert reply.projects == ()


# --------------------------------------------------------------------------- organisations' seats


def test_an_organisation_whose_name_says_its_city_places_its_projects_there(
    kb: KnowledgeBase,
) -> None:
    # Given TH Lübeck worked on KI#CK and UKSH Lübeck led BONEBANK
    # When listing projects with partners from Lübeck
    (reply,) = ask(kb, "Projekte mit Partnern aus Lübeck?")
    # Then both are listed
    assert set(reply.projects) == {"bonebank", "kick"}


@pytest.mark.parametrize("question,located,project", [
    ("where is bioPmed based?", True, "magia"),  # a partner from Italy
    ("where is TH Lübeck located?", True, None),  # its name says Lübeck
    ("where is oncampus based", False, "kick"),  # the page gives neither
    ("Wo sitzt die oncampus GmbH?", False, "kick"),
])
def test_where_an_organisation_is_based_is_what_the_page_gives_of_it(
    kb: KnowledgeBase, question: str, located: bool, project: str | None
) -> None:
    # Given organisations the page places by a partner country, by their own name, or not at all
    # When asked where one is based
    (reply,) = ask(kb, question)
    # Then its place where the page gives one; else that it doesn't say, with the project it
    # took part in (not a list of its projects as if that answered)
    assert reply.intent == "places" and reply.answered is located, reply.text
    assert project is None or project in reply.projects
    assert located or "doesn't say" in reply.text or "sagt die Seite nicht" in reply.text


@pytest.mark.parametrize("question", [
    "where was the elise project office located", "where was ELISE's headquarters?",
    "Wo war der Sitz von ELISE?", "Wo war das Projektbüro von ELISE?",
])
def test_where_a_project_had_its_office_the_page_doesnt_say(
    kb: KnowledgeBase, question: str
) -> None:
    # Given ELISE, whose countries the page names, but no office or seat
    # When asked where its office or seat was
    (reply,) = ask(kb, question)
    # Then the page doesn't say, with where it was active (not the places as if they answered)
    assert reply.intent == "places" and not reply.answered and reply.projects == ("elise",)
    assert "doesn't say" in reply.text or "sagt die Seite nicht" in reply.text, reply.text
    assert "Poland" in reply.text or "Polen" in reply.text


@pytest.mark.parametrize("question", [
    "In welchem Labor wurden bei BONEBANK die Stammzellen isoliert?",
    "which lab isolated the stem cells in bonebank?", "what laboratory did BONEBANK use?",
])
def test_which_lab_a_project_used_the_page_doesnt_say(kb: KnowledgeBase, question: str) -> None:
    # Given BONEBANK, whose page says the stem cells were "taken to the lab", naming none
    # When asked which lab
    (reply,) = ask(kb, question)
    # Then the page doesn't say, with where it was active (not what it did, as if it answered)
    assert reply.intent == "places" and not reply.answered and reply.projects == ("bonebank",)
    assert "doesn't say which lab" in reply.text or "sagt die Seite nicht" in reply.text
    assert "Odense" in reply.text, reply.text


def test_where_a_project_was_based_is_where_it_was_active(kb: KnowledgeBase) -> None:
    # Given ELISE's countries, When asked where it was based, Then they answer it
    (reply,) = ask(kb, "where was elise based")
    assert reply.intent == "places" and reply.answered and "Poland" in reply.text


@pytest.mark.parametrize("messages", [
    ("which projects had partners in Odense?", "which of those received money from the ESF?"),
    ("Welche Projekte liefen in Dänemark?", "und welche davon bekamen ESF-Geld?"),
])
def test_an_amount_question_over_a_list_that_none_meets_says_none(
    kb: KnowledgeBase, messages: tuple[str, str]
) -> None:
    # Given a list, When asked which of it got money from a funder none of it had
    listed, reply = ask(kb, *messages)
    # Then the reply says none of that list (it names it), then the project that had it; it
    # is never empty
    assert reply.text.strip() and reply.answered
    assert set(reply.projects) - set(listed.projects) == {"kick"}
    first = reply.text.split("\n")[0]
    assert " not " in first or "nicht" in first
    assert kb.projects[listed.projects[0]].name in first


def test_a_place_filter_names_the_partners_from_that_place(kb: KnowledgeBase) -> None:
    # Given MAGIA's partners bioPmed (Italy) and Lyonbiopole (France)
    (reply,) = ask(kb, "any projects with a partner from Italy?")
    # Then the list names the Italian partner beside the project, and not the others
    assert "magia" in reply.projects and "bioPmed" in reply.text
    assert "Lyonbiopole" not in reply.text and "BioWin" not in reply.text


def test_given_a_tie_of_two_exact_lengths_then_each_is_named_with_its_dates(
        kb: KnowledgeBase) -> None:
    # Given BONEBANK and ELISE, which both ran five years
    # When asked which of them lasted longer
    reply = ask(kb, "Hatte ELISE oder BONEBANK die längere Laufzeit?")[-1]
    # Then it is a tie, and each project comes with its own start and end
    assert set(reply.projects) == {"elise", "bonebank"}
    assert "Gleichstand" in reply.text
    assert "2015" in reply.text and "2021" in reply.text


def test_given_funding_words_when_a_length_is_compared_then_the_duration_ranks(
        kb: KnowledgeBase) -> None:
    # When asked which of two projects had funding for a shorter time
    reply = ask(kb, "which got funding for a shorter period, HIHeal or BFCC?")[-1]
    # Then the durations are compared, with the dates
    assert reply.intent == "superlative"
    assert "BFCC" in reply.text.splitlines()[0] and "2022" in reply.text


def test_given_a_narrowed_list_when_asked_of_the_wider_list_by_its_size_then_that_list_ranks(
        kb: KnowledgeBase) -> None:
    # Given a list of three, narrowed to one
    replies = ask(kb, "Welche Projekte begannen 2016?", "welche davon endeten 2022?",
                  "und welches der drei lief am kürzesten?")
    # Then "of the three" ranks the three, not the one left after narrowing
    assert replies[1].projects == ("hiheal",)
    assert replies[-1].intent == "superlative"
    assert replies[-1].projects[0] in {"bfcc", "northopedics"}
    assert set(replies[-1].projects) == {"bfcc", "hiheal", "northopedics"}
    assert "HIHeal" not in replies[-1].text.splitlines()[0]


def test_given_two_amounts_when_asked_which_is_bigger_then_the_amounts_are_compared(
        kb: KnowledgeBase) -> None:
    # Given the two projects the page gives amounts for
    replies = ask(kb, "für welche Projekte nennt die Seite eine Fördersumme?",
                  "welche ist größer?")
    # Then "größer" compares the amounts, both named
    assert replies[-1].intent == "superlative"
    assert set(replies[-1].projects) == {"elise", "kick"}
    assert replies[-1].text.startswith("Die größere Förderung erhielt ELISE")  # of two


def test_given_no_amounts_before_then_bigger_ranks_nothing(kb: KnowledgeBase) -> None:
    # "bigger" means nothing without an amount (or partners, or a length) just talked about
    reply = ask(kb, "when did BFCC start?", "and BONEBANK?", "which is bigger?")[-1]
    assert reply.intent != "superlative" or "grant" not in reply.text


def test_given_a_partner_when_asked_where_it_is_from_then_its_country_is_named(
        kb: KnowledgeBase) -> None:
    # When asked for the country of a partner the page places in one
    reply = ask(kb, "which country is BioWin from?")[-1]
    # Then that country, with the project it was a partner in
    assert reply.intent == "places" and reply.projects == ("magia",)
    assert "Belgium" in reply.text
    de = ask(kb, "Woher stammte Lyonbiopole?")[-1]
    assert "Frankreich" in de.text and de.language == "de"


def test_given_a_continent_then_it_stands_for_the_page_countries_in_it(
        kb: KnowledgeBase) -> None:
    # A continent the page never names stands for the countries it names there
    listed = ask(kb, "projects aiming at markets in East Asia")[-1]
    assert set(listed.projects) == {"magia", "magia2market"}
    claimed = ask(kb, "Wer waren die Partner von MAGIA?", "Hatte es Ziele in Nordamerika?")[-1]
    assert claimed.text.startswith("Ja") and "USA" in claimed.text
    none = ask(kb, "which projects had partners in Africa?")[-1]
    assert not none.projects


def test_given_partners_when_one_is_asked_for_by_its_country_then_it_comes_first(
        kb: KnowledgeBase) -> None:
    # Given MAGIA's partners, when the Italian one is asked for in a few words
    reply = ask(kb, "Mit welchen Clustern arbeitete MAGIA?", "der italienische nochmal?")[-1]
    # Then the partner from Italy is named first
    assert reply.intent == "partners" and reply.text.startswith("Aus Italien: bioPmed")


def test_given_amounts_by_funder_when_one_funder_is_asked_then_its_amount_comes_first(
        kb: KnowledgeBase) -> None:
    # Given KI#CK's two amounts
    replies = ask(kb, "Wie viel Geld bekam KI#CK?", "und vom Europäischen Sozialfonds?")
    # Then the ESF's part is named first, then the whole
    assert replies[-1].intent == "amount" and replies[-1].projects == ("kick",)
    first = replies[-1].text.splitlines()[0]
    assert "249.000" in first and "193.000" not in first


def test_given_a_follow_up_that_added_a_target_then_asked_what_was_added_it_is_named(
        kb: KnowledgeBase) -> None:
    # Given the page: MAGIA2Market added Japan as a third target region
    # When asked about MAGIA's targets and what came later, in either language
    en = ask(kb, "MAGIA's target markets, and which got added afterwards?")[-1]
    de = ask(kb, "Welche Zielländer hatte MAGIA2Market?", "und welches ist hinzugekommen?")[-1]
    # Then Japan is named as what the follow-up added, and the follow-up is listed
    assert "magia2market" in en.projects and "added Japan" in en.text
    assert de.intent == "places" and "nahm Japan als Ziel hinzu" in de.text
    # And a project that added nothing says nothing of it
    plain = ask(kb, "Welche Zielländer hatte MAGIA2Market?")[-1]
    assert "hinzu" not in plain.text


@pytest.mark.parametrize("first,second,then,lang", [
    ("Which projects did the ERDF fund? sorted by start please", "who funded the second one?",
     "hiheal", "en"),
    ("Welche Projekte wurden vom EFRE gefördert, chronologisch?", "wer leitete das zweite?",
     "hiheal", "de"),
    ("list the projects newest first", "and the first one - when did it end?", "innoreact",
     "en"),
    ("Welche Projekte gab es, die jüngsten zuerst?", "wann begann das erste?", "innoreact", "de"),
])
def test_a_list_asked_in_an_order_is_the_whole_list_sorted_and_ordinals_point_into_it(
    kb: KnowledgeBase, first: str, second: str, then: str, lang: str
) -> None:
    # When a list is asked "oldest first", "chronologisch", "newest first"
    listed, picked = ask(kb, first, second)
    # Then it is a list (no single winner), in that order, said so; "the second one" is the
    # second of that order
    assert listed.intent == "list" and len(listed.projects) > 2 and listed.language == lang
    starts = [kb.projects[p].start for p in listed.projects if kb.projects[p].start]
    keys = [(d.year, d.month or 0) for d in starts]
    assert keys == sorted(keys) or keys == sorted(keys, reverse=True)
    assert picked.projects[:1] == (then,)


@pytest.mark.parametrize("question,winner", [
    ("what's the oldest project on the list, going by start date?", "bonebank"),
    ("what is the earliest project by start date?", "bonebank"),
    ("which was the newest project, going by start date?", "pilot-next"),
    ("Was ist gemessen am Startdatum das älteste Projekt?", "bonebank"),
])
def test_one_project_ranked_by_a_named_measure_is_a_superlative_not_a_sorted_list(
    kb: KnowledgeBase, question: str, winner: str
) -> None:
    # Given a ranking word for one project and the measure it goes by ("by start date")
    # When it is asked
    reply = ask(kb, question)[-1]
    # Then it names the one project ranked first, not a sorted list nor a start date to pick
    assert reply.intent == "superlative" and reply.answered
    assert reply.projects[:1] == (winner,)


def test_projects_without_the_figure_an_order_goes_by_are_placed_last_and_named(
    kb: KnowledgeBase
) -> None:
    reply = ask(kb, "all projects sorted by start date")[0]  # ("chronological": a timeline)
    assert reply.projects[-2:] == ("bridge53", "kick")
    assert "no figure" in reply.text and "BRIDGE 53" in reply.text.splitlines()[-2]


@pytest.mark.parametrize("question,key", [
    ("sort the projects by start date", "start"),
    ("Projekte nach Startdatum sortiert bitte", "start"),
    ("projects sorted by end date", "end"),
    ("sortier die projekte nach enddatum", "end"),
    ("order the projects by duration", "duration"),
    ("in welcher reihenfolge sind die projekte zu ende gegangen", "end"),
    ("in what order did the projects end?", "end"),
    ("list the projects in the order they ended", "end"),
    ("in which order were the projects started?", "start"),
])
def test_the_projects_sorted_as_asked_are_a_list_in_that_order(
    kb: KnowledgeBase, question: str, key: str
) -> None:
    # Given the projects of the page with that figure (years at least; MAGIA has no months)
    figure = {"start": lambda p: p.start and p.start.year, "end": lambda p: p.end and p.end.year,
              "duration": lambda p: duration_months(p) and -duration_months(p)}[key]
    known = {pid for pid, p in kb.projects.items() if figure(p) and not p.follow_up_only}
    # When someone asks for the projects sorted by start, end or duration
    reply = ask(kb, question)[0]
    # Then a list of all of them in that order (those without the figure last), not a
    # question which project is meant
    assert reply.intent == "list" and reply.answered
    shown = [figure(kb.projects[pid]) for pid in reply.projects if pid in known]
    assert len(shown) == len(known) and shown == sorted(shown)


@pytest.mark.parametrize("messages,expected,not_given", [
    (("Which projects had more than three partners?",), ("bfcc", "magia"), "NORTHOPEDICS"),
    (("Welche Projekte endeten 2019?", "welches davon hatte 4 Partner?"), ("magia",),
     "NORTHOPEDICS"),
    (("projects with exactly 13 partner organisations",), ("bfcc",), "ELISE"),
    (("Welche Projekte hatten weniger als 5 Partner?",), ("hiheal", "kick", "magia"),
     "BONEBANK"),
])
def test_a_number_of_partners_filters_by_the_count_the_page_gives_and_names_the_rest(
    kb: KnowledgeBase, messages: tuple[str, ...], expected: tuple[str, ...], not_given: str
) -> None:
    # When a list is asked by a number of partners
    reply = ask(kb, *messages)[-1]
    # Then only projects the page counts (or names whole) are matched, the others named as not
    # given, never silently dropped
    assert reply.intent == "list" and reply.answered
    assert set(reply.projects) == set(expected)
    assert not_given in reply.text.splitlines()[-1]


def test_the_one_project_a_partner_count_picks_is_then_it(kb: KnowledgeBase) -> None:
    replies = ask(kb, "which project had 13 partner organisations?", "who led it?")
    assert replies[0].projects == ("bfcc",)
    assert replies[1].projects == ("bfcc",) and "Life Science Nord" in replies[1].text


@pytest.mark.parametrize(("question", "expected"), [
    ("Which projects aimed at target countries besides the United States?",
     {"magia", "magia2market"}),
    ("Welche Vorhaben hatten neben den USA noch andere Zielländer?", {"magia", "magia2market"}),
    ("Für welche Projekte gab es andere Zielmärkte als China?", {"magia", "magia2market"}),
    ("Which projects targeted markets apart from China and the United States?",
     {"magia2market"}),
    ("Which projects had partners from other countries than Germany?",
     {"bfcc", "bonebank", "elise", "magia"}),  # BFCC: 13 organisations from seven countries
    ("Bei welchen Projekten gab es Partner außerhalb von Deutschland?",
     {"bfcc", "bonebank", "elise", "magia"}),
    ("Which projects had partner countries besides Germany and Denmark?",
     {"bfcc", "elise", "magia"}),
])
def test_given_a_place_left_out_when_listing_then_the_projects_with_another_are_listed(
        kb: KnowledgeBase, question: str, expected: set[str]) -> None:
    reply = ask(kb, question)[0]
    assert reply.answered and set(reply.projects) == expected


@pytest.mark.parametrize("question", [
    "Which projects had target countries other than the USA?",
    "Welche Projekte hatten Partnerländer außer Italien?",
    "Which projects were in cities other than Lübeck?",
    "Welche Projekte hatten Zielländer außer China und Japan?",
])
def test_given_a_place_left_out_then_the_list_is_never_every_project(
        kb: KnowledgeBase, question: str) -> None:
    reply = ask(kb, question)[0]
    every = select(kb, Filters()).ids
    assert reply.answered and set(reply.projects) < set(every)


@pytest.mark.parametrize("question", [
    "Which projects had partners outside the EU?",
    "Welche Projekte hatten Partner außerhalb der EU?",
    "which projects had partners outside Europe?",
    "welche projekte hatten partner ausserhalb europas",
    "projects with target countries outside europe",
])
def test_given_europe_left_out_then_the_projects_beyond_it_are_listed(
        kb: KnowledgeBase, question: str) -> None:
    # Given the page: MAGIA's networks with partners in its target countries, the United States
    # and China; MAGIA2Market's markets the United States, China and Japan; every other country
    # it names lies in Europe (and in the EU)
    reply = ask(kb, question)[0]
    # Then those two are listed, under a title that says "outside Europe", and never the
    # projects the EU funded (the word of place makes the EU a place, not its money)
    assert reply.answered and set(reply.projects) == {"magia", "magia2market"}
    assert ("outside Europe" in reply.text) != ("außerhalb Europas" in reply.text)


@pytest.mark.parametrize(("question", "expected"), [
    ("which projects had partners outside Asia?", {"bfcc", "bonebank", "elise", "magia"}),
    ("Welche Projekte hatten Zielländer außerhalb Asiens?", {"magia", "magia2market"}),
    ("projects with partners beyond Germany?", {"bfcc", "bonebank", "elise", "magia"}),
])
def test_given_a_continent_or_country_left_out_by_outside_then_it_is_not_the_condition(
        kb: KnowledgeBase, question: str, expected: set[str]) -> None:
    # "outside Asia" leaves China and Japan out (the target countries besides them: the USA);
    # "beyond Germany" is a country other than Germany, never Germany itself
    reply = ask(kb, question)[0]
    assert reply.answered and set(reply.projects) == expected


def test_given_a_place_left_out_then_the_title_names_the_condition(kb: KnowledgeBase) -> None:
    en, de = (ask(kb, q)[0].text for q in ("target countries other than China?",
                                            "Projekte mit Zielländern außer den USA?"))
    assert en.startswith("Projects with a target country other than China (2)")
    assert de.startswith("Projekte mit einem Zielland außer den USA (2)")


@pytest.mark.parametrize("question", [
    "which projects had sites in Denmark?",
    "Gab es Projekte mit Standorten in Dänemark?",
])
def test_country_list_names_the_sites_the_page_gives(kb: KnowledgeBase, question: str) -> None:
    # Given a project whose partners the page doesn't name, only its two cities
    # When a list is filtered by that country
    reply = ask(kb, question)[-1]
    # Then the list names the sites, so the reader sees where
    assert reply.projects == ("bonebank",) and "Odense" in reply.text


@pytest.mark.parametrize("question", [
    "what did BONEBANK collect?",
    "Was wurde bei BONEBANK gesammelt?",
    # "got" for "was", and the operations it was done in (was BONEBANK's overview)
    "bonebank - what got harvested",
    "BONEBANK: during what kind of surgery?",
])
def test_what_was_gathered_is_the_activities(kb: KnowledgeBase, question: str) -> None:
    # Given a project whose activities tell what was harvested
    # When someone asks what was collected
    reply = ask(kb, question)[-1]
    # Then the activities answer it
    assert reply.intent == "activities" and "Odense" in reply.text


@pytest.mark.parametrize("question", [
    "Which projects started in the same year as HIHeal?",
    "Welche Projekte begannen im gleichen Jahr wie HIHeal?",
])
def test_same_year_as_a_project_states_its_year_and_lists_the_others(
        kb: KnowledgeBase, question: str) -> None:
    # Given a question that names the project whose year is the condition
    reply = ask(kb, question)[-1]
    # Then the reply says that project's date first, then the others of that year
    assert reply.projects[0] == "hiheal" and "2016" in reply.text.splitlines()[0]
    assert {"bfcc", "northopedics"} <= set(reply.projects)


@pytest.mark.parametrize("question", [
    "When did HIHeal start, and which other project started the same year?",
    "Wann begann HIHeal, und welches andere Projekt begann im selben Jahr?",
])
def test_same_year_in_a_second_clause_is_the_year_of_the_first(
        kb: KnowledgeBase, question: str) -> None:
    # Given a first clause that asks one project's date, a second "which other … same year"
    reply = ask(kb, question)[-1]
    # Then both are answered: the date, and the projects of that year
    assert "2016" in reply.text and "BFCC" in reply.text and "NORTHOPEDICS" in reply.text


@pytest.mark.parametrize("question,intent,first,others,verdict", [
    ("When did InnoReAct end, and did any other project end the same month?", "end",
     "InnoReAct", {"magia2market"}, "Yes."),
    ("Wann endete InnoReAct, und endete ein anderes Projekt im selben Monat?", "end",
     "InnoReAct", {"magia2market"}, "Ja."),
    ("Wann begann HIHeal, und hat noch ein anderes Projekt im selben Jahr begonnen?", "start",
     "HIHeal", {"bfcc", "northopedics"}, "Ja."),
    ("when did ELISE start and did another project start the same month?", "start", "ELISE",
     set(), "No."),
    ("Did any other project end in the same month as InnoReAct?", "list", "Yes.",
     {"magia2market"}, "Yes."),
])
def test_whether_another_project_shares_the_date_is_asked_of_the_others(
        kb: KnowledgeBase, question: str, intent: str, first: str, others: set[str],
        verdict: str) -> None:
    # Given a yes/no question whether another project ended (began) in the same month (year)
    # as one project, alone or after a clause that asks that project's date
    reply = ask(kb, question)[-1]
    # Then the reply gives the date, the verdict, and the projects of that month (year); the
    # intent is the first ask's
    assert reply.text.startswith(first) and verdict in reply.text
    assert set(reply.projects) - {"innoreact", "hiheal", "elise"} == others
    assert reply.intent == intent


@pytest.mark.parametrize("question,expected", [
    ("which projects were running both in 2016 and in 2020?", {"bonebank", "hiheal"}),
    ("Welche Projekte liefen sowohl 2016 als auch 2020?", {"bonebank", "hiheal"}),
    ("welche Projekte liefen sowohl im Jahr 2018 als auch 2022?", {"hiheal"}),
    ("Which projects ran between 2017 and 2019?",  # a range: any year of it
     {"bfcc", "bonebank", "elise", "hiheal", "magia", "northopedics"}),
])
def test_both_of_two_years_asks_for_the_projects_running_in_each(
        kb: KnowledgeBase, question: str, expected: set[str]) -> None:
    # Given "both"/"sowohl" before two years joined by "and"/"als auch"
    reply = ask(kb, question)[-1]
    # Then each year is a condition (running in 2016 and in 2020), not the range between them
    assert reply.intent == "list" and set(reply.projects) == expected


@pytest.mark.parametrize("question", [
    "What other projects is HIHeal linked with?",
    "Mit welchen Projekten hängt HIHeal zusammen?",
])
def test_the_links_of_one_project_name_the_projects_reached(
        kb: KnowledgeBase, question: str) -> None:
    # Given one project with a part and a follow-up
    reply = ask(kb, question)[-1]
    # When its links are asked, then the reply's projects are it and those it names
    assert reply.intent == "relations"
    assert set(reply.projects) == {"hiheal", "bridge53", "hiheal-next"}


@pytest.mark.parametrize("question", [
    "which projects are linked to each other?",
    "Which projects on the page are linked to each other, e.g. as predecessor and successor or"
    " as sub-project?",
    "Which projects are connected with one another?",
    "Welche Projekte hängen miteinander zusammen?",
])
def test_projects_linked_to_each_other_are_every_link_the_page_gives(
        kb: KnowledgeBase, question: str) -> None:
    # Given the links among the projects asked for, no project named (was every project
    # listed, as if "linked" were no condition)
    reply = ask(kb, question)[0]
    # Then every project with a link (a part, a follow-up) and those it reaches
    linked = {p.id for p in kb.projects.values()
              if p.part_of or p.follows or p.continued_by or p.contains}
    assert reply.intent == "relations" and reply.answered, reply.text
    assert set(reply.projects) == linked, reply.text


@pytest.mark.parametrize("text,dated", [
    ("Welche Projekte begannen 2016, jeweils mit dem genauen Startmonat?",
     ["BFCC (März 2016)", "HIHeal (1. April 2016)", "NORTHOPEDICS (21. Juni 2016)"]),
    ("which projects ended in 2019? exact end month for each please",
     ["BFCC (February 2019)", "MAGIA (2019)", "NORTHOPEDICS (30 June 2019)"]),
])
def test_a_list_that_asks_each_ones_month_gives_each_ones_date(
    kb: KnowledgeBase, text: str, dated: list[str]
) -> None:
    # When a list of projects that started or ended in a year asks for each one's month
    reply = ask(kb, text)[0]
    # Then each is given with that date at the page's precision (a year where it has no month)
    for item in dated:
        assert item in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "Welche Projekte hatten 2016 ihren Auftakt?",
    "Bei welchen Projekten fiel 2016 der Startschuss?",
])
def test_a_kick_off_in_a_year_is_a_start_in_it(kb: KnowledgeBase, text: str) -> None:
    # When a list asks which projects had their kick-off ("Auftakt", "Startschuss") in a year
    reply = ask(kb, text)[0]
    # Then those that started then are listed, not those running then (BONEBANK began 2015)
    assert set(reply.projects) == {"bfcc", "hiheal", "northopedics"}, reply.text


@pytest.mark.parametrize("text", ["Which project is the newest one?",
                                  "Welches Projekt wurde zuletzt gestartet?"])
def test_given_a_named_follow_up_with_a_later_start_when_the_latest_is_asked_then_it_wins(
        kb: KnowledgeBase, text: str) -> None:
    # Given P.I.L.O.T. Next Level, named by the page only, running since April 2023
    (reply,) = ask(kb, text)
    # Then it started last, and the latest of the projects the page describes is named too
    assert reply.intent == "superlative" and reply.projects == ("pilot-next",)
    assert "Next Level" in reply.text.splitlines()[0] and "2023" in reply.text
    assert "InnoReAct" in reply.text.splitlines()[1]


@pytest.mark.parametrize("text", ["Leaving out the follow-ups, which one began last?",
                                  "Ohne die Nachfolgeprojekte: welches Projekt begann zuletzt?"])
def test_given_the_follow_ups_left_out_when_the_latest_is_asked_then_a_described_one_wins(
        kb: KnowledgeBase, text: str) -> None:
    # When the question keeps to the finished projects, or leaves the follow-ups out
    (reply,) = ask(kb, text)
    # Then the ranking is over the projects the page describes
    assert reply.projects == ("innoreact",) and "Next Level" not in reply.text


def test_given_a_named_follow_up_when_the_earliest_is_asked_then_the_ranking_is_unchanged(
        kb: KnowledgeBase) -> None:
    # When asked which started first (a follow-up never starts before its predecessor)
    (reply,) = ask(kb, "which project started first?")
    # Then the follow-ups neither win nor join the count of those compared
    assert reply.projects == ("bonebank",) and "Next Level" not in reply.text


def test_given_a_list_just_given_when_asked_which_began_last_then_no_named_follow_up_wins(
        kb: KnowledgeBase) -> None:
    # Given a list of the projects Hamburg funded
    replies = ask(kb, "Welche Projekte hat Hamburg gefördert?", "und welches begann zuletzt?")
    # Then the ranking is not won by a follow-up the page only names
    assert "pilot-next" not in replies[-1].projects


@pytest.mark.parametrize("question", [
    "Welche Projekte hatten den US-Markt als Ziel?",
    "Gab es Projekte für den US-amerikanischen Markt?",
])
def test_the_us_market_in_german_is_the_united_states(kb: KnowledgeBase, question: str) -> None:
    # Given the German name of the US market, as the English "US market" already was
    reply = ask(kb, question)[0]
    # Then the list is of the projects with the United States as a target, not of all
    assert reply.intent == "list" and set(reply.projects) == {"magia", "magia2market"}, (
        reply.text)


@pytest.mark.parametrize(("question", "unnamed"), [
    # The page: ELISE's partners came from "two German states" it doesn't name
    ("Welche Projekte hatten Partner in Niedersachsen?", "ELISE"),
    ("which projects had a partner from Bavaria?", "ELISE"),
])
def test_a_list_of_a_state_the_page_never_names_is_no_confident_none(
        kb: KnowledgeBase, question: str, unnamed: str) -> None:
    # Given a German state no project names, while ELISE's German states are not named
    reply = ask(kb, question)[0]
    # Then no confident "none": the page can't rule ELISE out, and says so
    assert not reply.answered and unnamed in reply.text, reply.text


@pytest.mark.parametrize(("question", "expected"), [
    # The page: HIHeal is on "hygiene, infection and health"; BRIDGE 53 on infectious diseases
    ("Gab es ein Projekt zum Thema Hygiene?", {"hiheal"}),
    ("which projects were on infectious diseases?", {"bridge53", "hiheal"}),
    # topics joined by a word name a field: any of them
    ("Projekte zu Infektionskrankheiten oder Hygiene?", {"bridge53", "hiheal"}),
    ("projects on hygiene and infections?", {"bridge53", "hiheal"}),
    ("Which projects dealt with hygiene/infection?", {"bridge53", "hiheal"}),
])
def test_hygiene_is_hiheals_topic_and_joined_topics_are_a_field(
        kb: KnowledgeBase, question: str, expected: set[str]) -> None:
    reply = ask(kb, question)[0]
    assert set(reply.projects) == expected, reply.text


def test_topics_side_by_side_describe_one_project(kb: KnowledgeBase) -> None:
    # Given the bone-healing network (NORTHOPEDICS) among three projects started in 2016
    replies = ask(kb, "Which projects started in 2016?",
                  "the bone healing network one, who led it?")
    # Then both topics describe the one project, not a field of several
    assert replies[1].projects == ("northopedics",), replies[1].text


@pytest.mark.parametrize(("text", "org", "intent"), [
    ("which projects did LSN lead?", "lsn", "list"),
    ("Wie viele Projekte hat Life Science Nord selbst geleitet?", "lsn", "count"),
    ("which projects did the UKSH lead?", "uksh", "list"),
    # "coordinate" as "lead" (was every project, "Life Science Nord's past projects (11)")
    ("which projects did LSN coordinate?", "lsn", "list"),
    ("which projects did the UKSH coordinate?", "uksh", "list"),
])
def test_projects_an_organisation_led_name_those_the_page_names_no_lead_for(
        kb: KnowledgeBase, text: str, org: str, intent: str) -> None:
    # given projects with no lead on the page, where the organisation is no partner either
    unnamed = {p.id for p in kb.projects.values() if not p.lead and not p.follow_up_only
               and org not in {x.org for x in p.partners}}
    assert unnamed
    # when asked which (or how many) projects the organisation led
    reply = ask(kb, text)[0]
    # then those it led, and the others named as unknown; a count is no answer then
    assert set(reply.projects) == {p.id for p in kb.projects.values() if org in p.lead}
    assert all(kb.projects[pid].name in reply.text for pid in unnamed), reply.text
    assert reply.intent == intent and reply.answered == (intent == "list")


@pytest.mark.parametrize("text", [
    "projects LSN led itself?",
    "give me the projects Life Science Nord coordinated",
])
def test_the_projects_an_organisation_led_as_a_noun_phrase_are_a_list(
        kb: KnowledgeBase, text: str) -> None:
    # when the projects LSN led are asked for as a noun phrase, with no question word
    reply = ask(kb, text)[0]
    # then the list of those the page says it led
    assert reply.intent == "list", reply.text
    assert set(reply.projects) == {p.id for p in kb.projects.values() if "lsn" in p.lead}


def test_the_most_funding_in_german_compounds_ranks_the_amounts(kb: KnowledgeBase) -> None:
    # given the amounts the page gives
    top = max((p for p in kb.projects.values() if p.amounts), key=lambda p: sum(
        a.value for a in p.amounts if a.value))
    # when asked which project had the most "Fördermittel"
    reply = ask(kb, "Welches Projekt hatte die meisten Fördermittel?")[0]
    # then the ranking names the one with the largest amount
    assert reply.intent == "superlative" and reply.projects[:1] == (top.id,), reply.text


@pytest.mark.parametrize(("text", "ranking"), [
    ("Welches Vorhaben bekam das höchste Budget?", "largest"),
    ("Welches Projekt erhielt das größte Finanzvolumen?", "largest"),
    ("which project had the biggest budget?", "largest"),
    ("Welches Projekt hatte das niedrigste Fördervolumen?", "smallest"),
    ("which one got the smallest total funding?", "smallest"),
])
def test_a_bare_size_word_with_a_money_noun_ranks_the_amounts(
        kb: KnowledgeBase, text: str, ranking: str) -> None:
    # given the amounts the page gives
    known = [p for p in kb.projects.values() if any(a.value for a in p.amounts)]
    pick = max if ranking == "largest" else min
    want = pick(known, key=lambda p: sum(a.value for a in p.amounts if a.value))
    # when a size word with no noun of its own ("größte", "smallest") stands with a money noun
    reply = ask(kb, text)[0]
    # then the amounts are ranked, not a project asked for
    assert reply.intent == "superlative" and reply.projects[:1] == (want.id,), reply.text


@pytest.mark.parametrize("text", ["Welches Projekt hatte die größte Laufzeit?",
                                  "which project had the biggest runtime?"])
def test_a_bare_size_word_with_a_duration_noun_ranks_the_durations(
        kb: KnowledgeBase, text: str) -> None:
    # when a size word stands with a noun of duration ("Laufzeit", "runtime")
    reply = ask(kb, text)[0]
    # then the durations are ranked
    assert reply.intent == "superlative" and reply.state.ranking == "longest", reply.text


@pytest.mark.parametrize("text", ["Wann lief das größte Projekt?",
                                  "what was the biggest project?"])
def test_a_bare_size_word_with_no_measure_noun_ranks_nothing(
        kb: KnowledgeBase, text: str) -> None:
    # when "biggest" names no measure ("wann … lief" is no noun of duration)
    reply = ask(kb, text)[0]
    # then no ranking is guessed (what was the biggest says what "biggest" can mean on the page,
    # each measure's winner, not one ranking)
    assert reply.state.ranking is None and not reply.answered, reply.text


@pytest.mark.parametrize("text", [
    "Which projects did LSN run with the Hamburg cluster?",
    "Welche Projekte hatten Hamburger Partner?",
    "Gab es ein Vorhaben, bei dem LSN mit einem Hamburger Cluster kooperiert hat?",
    "Did LSN ever partner with a Hamburg cluster?",
])
def test_a_place_name_before_a_cluster_noun_names_the_cluster_of_that_place(
        kb: KnowledgeBase, text: str) -> None:
    # Given the one organisation whose name holds Hamburg (Gesundheitswirtschaft Hamburg GmbH)
    with_it = {p.id for p in kb.projects.values() if "gwhh" in {x.org for x in p.partners}}
    # When "a Hamburg cluster" or "Hamburger Partner" is asked about
    reply = ask(kb, text)[0]
    # Then the projects with that organisation, not those the City of Hamburg funded
    assert set(reply.projects) == with_it and reply.answered, reply.text
    funded = ask(kb, "Welche Projekte wurden von Hamburg gefördert?")[0]
    assert set(funded.projects) == {p.id for p in kb.projects.values() if "hamburg" in p.funding
                                    } | {"bridge53"}, funded.text


@pytest.mark.parametrize("text,topic_question", [
    ("Which LSN project dealt with stem cells?", "which project dealt with stem cells?"),
    ("welches LSN-Projekt ging um Frakturen?", "welches Projekt ging um Frakturen?"),
    ("Which Life Science Nord project was about AI?", "which project was about AI?"),
])
def test_the_clusters_own_name_before_project_asks_the_same_list(
    kb: KnowledgeBase, text: str, topic_question: str
) -> None:
    # Given a list question with the cluster's own name before "project" (every project is its)
    # When asked, and asked without the name
    named, plain = ask(kb, text)[0], ask(kb, topic_question)[0]
    # Then both are the same list, not the one project's card
    assert named.intent == plain.intent == "list"
    assert named.projects == plain.projects and len(named.projects) == 1


@pytest.mark.parametrize("question", [
    "Which follow-up projects does the page mention?",
    "Welche Nachfolgeprojekte nennt die Seite?",
])
def test_the_follow_up_projects_asked_for_are_those_that_continue_another(
    kb: KnowledgeBase, question: str
) -> None:
    # Given the projects the page says continue another one
    follow_ups = {pid for pid, p in kb.projects.items() if p.follows}
    # When someone asks which follow-up projects there are
    reply = ask(kb, question)[0]
    # Then the list of those, each with the project it continues (not every link on the page)
    assert reply.intent == "list" and reply.answered
    assert follow_ups <= set(reply.projects) and "bridge53" not in reply.projects
    assert all(kb.projects[pid].name in reply.text for pid in follow_ups)


@pytest.mark.parametrize("question", [
    "which of LSN's projects received Interreg money?",
    "Welche der LSN-Projekte bekamen Interreg-Geld?",
])
def test_which_of_the_projects_got_a_funders_money_is_the_list_of_them(
    kb: KnowledgeBase, question: str
) -> None:
    # Given the projects the page says Interreg programmes funded
    funded = set(select(kb, Filters(funders=("interreg",))).ids)
    # When someone asks which of LSN's projects got Interreg money
    reply = ask(kb, question)[0]
    # Then the list of them (was the amounts, not answered: "money" read as the ask)
    assert reply.intent == "list" and reply.answered and set(reply.projects) == funded


@pytest.mark.parametrize(("question", "expected"), [
    ("Welche Projekte wurden aus dem EFRE gefördert und liefen bis 2023?", {"innoreact", "pilot"}),
    ("which projects ran until 2019?", {"bfcc", "magia", "northopedics"}),
])
def test_running_until_a_year_lists_those_that_ended_in_it(kb: KnowledgeBase, question: str,
                                                           expected: set[str]) -> None:
    # Given a list asked with a verb of running and "until"/"bis" a year, then those that
    # ended that year answer (was: every project active up to that year)
    reply = ask(kb, question)[0]
    assert reply.intent == "list" and set(reply.projects) == expected


def _begun_by(kb: KnowledgeBase, year: int) -> set[str]:
    return {p.id for p in kb.projects.values() if p.start and p.start.year <= year and
            not p.follow_up_only}


@pytest.mark.parametrize(("question", "year"), [
    ("which projects were running by 2017?", 2017),
    ("what was running by 2022?", 2022),
])
def test_running_by_a_year_is_under_way_up_to_it_not_ended_in_it(
        kb: KnowledgeBase, question: str, year: int) -> None:
    # Given "running by" a year (was "Projects that ended in 2017: none", as "ran until")
    reply = ask(kb, question)[0]
    # Then the projects under way at some time up to it
    assert reply.intent == "list" and set(reply.projects) == _begun_by(kb, year), reply.text


@pytest.mark.parametrize(("question", "start"), [
    ("was BFCC running by 2017?", "Yes."),  # March 2016 to February 2019
    ("was BFCC running by 2015?", "No."),
    ("was NORTHOPEDICS still running by 2020?", "No."),  # ended 30 June 2019
    ("Lief BFCC spätestens 2017?", "Ja."),
    ("was ELISE over by 2020?", "No."),  # its end, as before: 31 December 2021
])
def test_running_by_a_year_claimed_checks_its_start_and_end(
        kb: KnowledgeBase, question: str, start: str) -> None:
    # Given a project claimed to be running by a year (was "No. BFCC ended in February 2019":
    # its end year checked as of "ran until 2017")
    reply = ask(kb, question)[0]
    assert reply.text.startswith(start) and reply.answered, reply.text


def _ran_from_to(kb: KnowledgeBase, first: int, last: int) -> set[str]:
    return {p.id for p in kb.projects.values() if p.start and p.end and
            p.start.year == first and p.end.year == last}


@pytest.mark.parametrize(("question", "first", "last"), [
    ("Which project ran from 2017 to 2021, and who funded it?", 2017, 2021),
    ("Welches Projekt lief von 2017 bis 2021?", 2017, 2021),
    ("which projects ran from 2016 to 2019?", 2016, 2019),
    ("Welche Projekte liefen von 2016 bis 2019?", 2016, 2019),
])
def test_a_run_from_one_year_to_another_is_the_projects_with_those_bounds(
        kb: KnowledgeBase, question: str, first: int, last: int) -> None:
    # Given a project asked by its run "from 2017 to 2021" (was every project running some time
    # between, eight of them, not answered)
    reply = ask(kb, question)[0]
    # Then those that started in the first year and ended in the second
    expected = _ran_from_to(kb, first, last)
    assert expected and reply.intent == "list" and reply.answered, reply.text
    assert set(reply.projects) == expected, reply.text
    # while "running between" / "were running from … to" stay every project active then
    for text in ("Which projects were running between 2017 and 2019?",
                 "which projects were running from 2017 to 2019?"):
        assert len(ask(kb, text)[0].projects) > 1 + len(_ran_from_to(kb, 2017, 2019))


@pytest.mark.parametrize(("question", "yes"), [
    ("Did ELISE run from 2016 to 2021?", "No"),
    ("Lief ELISE von 2016 bis 2021?", "Nein"),
    ("Did ELISE run from 2017 to 2021?", "Yes"),
    ("Lief ELISE von 2017 bis 2021?", "Ja"),
])
def test_a_run_from_one_year_to_another_claimed_checks_both_bounds(
        kb: KnowledgeBase, question: str, yes: str) -> None:
    # Given ELISE's run claimed from one year to another (the page: 1 January 2017 to 31
    # December 2021; "from 2016" was "Yes", the end year alone checked)
    reply = ask(kb, question)[0]
    assert reply.text.startswith(yes) and reply.answered, reply.text


def test_until_a_year_without_a_verb_of_running_is_every_year_up_to_it(kb: KnowledgeBase
                                                                      ) -> None:
    # Given "bis 2018" with no verb of running, then every project active up to 2018 is listed
    reply = ask(kb, "Welche Projekte gab es bis 2018?")[0]
    assert {"bfcc", "bonebank", "elise", "hiheal", "magia", "northopedics"} <= set(reply.projects)
    # and "länger als bis 2021" is still past that year
    assert ask(kb, "lief hiheal länger als bis 2021?")[0].text.startswith("Ja")


def test_a_list_under_a_condition_asked_in_order_is_sorted_not_a_timeline(kb: KnowledgeBase
                                                                         ) -> None:
    # Given projects asked for under a condition and in date order, then the list answers,
    # sorted, without the undated projects in its projects (was: the timeline)
    reply = ask(kb, "Welche Projekte haben 2020 angefangen? Bitte in zeitlicher Reihenfolge")[0]
    assert reply.intent == "list" and reply.projects == ("pilot", "magia2market")
    reply = ask(kb, "which projects ended in 2019, in chronological order?")[0]
    assert reply.intent == "list" and reply.projects == ("bfcc", "northopedics", "magia")
    # while a chart asked for, or all projects in order, stays the timeline
    assert ask(kb, "show me a timeline of the projects that ended in 2019, chronologically"
               )[0].intent == "timeline"
    assert ask(kb, "Können Sie mir die Projekte chronologisch auflisten?")[0].intent == "timeline"


@pytest.mark.parametrize("question", [
    "Für welche Projekte nennt die Seite einen Förderbetrag?",
    "for which projects does the page actually give a euro amount?",
    "Bei welchen Projekten ist die Fördersumme angegeben?",
    # money as figures, and plurals that stem apart ("summen" ~ "summ"; was: all 11 listed)
    "For which projects does the page give money figures?",
    "which projects have financial figures?",
    "Which projects have funding figures?",
    "Für welche Projekte nennt die Seite Geldbeträge?",
    "Für welche Projekte gibt es Zahlen zur Förderung?",
    "Bei welchen Projekten nennt die Seite Summen?",
])
def test_which_projects_have_an_amount_is_the_list_of_them(kb: KnowledgeBase,
                                                           question: str) -> None:
    # Given a question for which projects the page gives an amount, then the list of those
    # answers, each with its amount (was: the amount intent; "Förderbetrag" was no amount noun)
    reply = ask(kb, question)[0]
    assert reply.intent == "list" and reply.projects == ("elise", "kick")
    assert "1" in reply.text and "217" in reply.text


def test_after_the_list_of_projects_with_amounts_a_comparison_ranks_them(kb: KnowledgeBase
                                                                         ) -> None:
    # Given the list of projects with amounts, then "which is bigger?" ranks those two by it,
    # and "Förderantrag" is no typo of "Förderbetrag"
    replies = ask(kb, "which projects have a budget figure on the page?", "which is bigger?")
    assert replies[1].intent == "superlative" and replies[1].projects[0] == "elise"
    replies = ask(kb, "For which projects does the page give money figures?",
                  "which of them got more?")  # (was: all 11, "the page doesn't say")
    assert replies[1].projects == ("elise", "kick") and replies[1].answered
    reply = ask(kb, "Ich brauche für einen Förderantrag eine Übersicht der Projekte mit "
                "EFRE-Förderung")[0]
    assert reply.intent == "list" and "pilot" in reply.projects


@pytest.mark.parametrize("question", [
    "For how many projects does the page give a euro amount?",
    "how many projects have a funding amount on the page?",
    "Für wie viele Projekte nennt die Seite einen Betrag?",
    "wie viele Projekte haben eine Fördersumme?"])
def test_how_many_projects_have_an_amount_is_their_count_with_the_amounts(
        kb: KnowledgeBase, question: str) -> None:
    # Given the projects the page states an amount for (ELISE, KI#CK)
    known = tuple(p.id for p in kb.projects.values() if p.amounts)
    assert known == ("elise", "kick")
    # When asked for how many
    replies = ask(kb, question, "which of the two is bigger?", "roughly how much more?")
    # Then the count of those, named with their amounts (was: "I couldn't apply it")
    assert replies[0].intent == "count" and replies[0].answered, replies[0].text
    every = len(select(kb, Filters()).ids)  # (the projects the page describes, not the
    # follow-ups it only names)
    assert replies[0].projects == known and (f"2 of the {every}" in replies[0].text or
                                             f"2 der {every}" in replies[0].text), replies[0].text
    # and the two are compared by those amounts next, and by how much
    assert replies[1].intent == "superlative" and replies[1].projects[0] == "elise", \
        replies[1].text
    assert replies[2].intent == "superlative" and replies[2].answered, replies[2].text


@pytest.mark.parametrize("question", [
    "Welches Projekt hatte die höhere Förderung, ELISE oder KI#CK?",
    "Welches Projekt hatte die größere Fördersumme, ELISE oder KI#CK?",
    "Which project had the higher funding, ELISE or KI#CK?",
    "which had the larger sum, KI#CK or ELISE?"])
def test_which_of_two_named_had_the_higher_funding_ranks_their_amounts(
        kb: KnowledgeBase, question: str) -> None:
    # Given ELISE's €1,217,494 and KI#CK's about €193,000 and €249,000
    def total(pid: str) -> float:
        return sum(a.value for a in kb.projects[pid].amounts)
    assert total("elise") > total("kick")
    # When asked which of the two had the higher funding (a comparative of money)
    reply = ask(kb, question)[0]
    # Then the two are ranked by their amounts (was: each one's funding, or a size the page
    # doesn't give)
    assert reply.intent == "superlative" and reply.answered, reply.text
    assert reply.projects == ("elise", "kick"), reply.text


@pytest.mark.parametrize("first,follow", [
    ("KI#CK funding?", "add those up for me"),
    ("KI#CK funding?", "what do they add up to?"),
    ("Wer hat KI#CK gefördert?", "Können Sie die Beträge zusammenrechnen?"),
    ("Wer hat KI#CK gefördert?", "rechnen Sie das mal zusammen")])
def test_amounts_told_added_up_are_their_total(kb: KnowledgeBase, first: str,
                                               follow: str) -> None:
    # Given KI#CK's two amounts (about €193,000 and about €249,000)
    assert len(kb.projects["kick"].amounts) == 2
    # When asked to add them up
    reply = ask(kb, first, follow)[-1]
    # Then its amounts with their sum, about 442,000 (was: not understood)
    assert reply.intent == "amount" and reply.projects == ("kick",), reply.text
    assert "442" in reply.text, reply.text


def test_the_amounts_of_several_projects_all_known_are_summed(kb: KnowledgeBase) -> None:
    # Given the list of the projects with amounts (ELISE €1,217,494; KI#CK about €442,000)
    total = sum(a.value for p in kb.projects.values() for a in p.amounts)
    # When asked to add them up
    reply = ask(kb, "Which projects have a euro amount?", "add them up")[-1]
    # Then each project's amounts and their sum
    assert reply.intent == "amount" and reply.projects == ("elise", "kick"), reply.text
    assert f"{round(total):,}" in reply.text, reply.text


@pytest.mark.parametrize("question,comparison", [
    ("hey, bei welchen projekten steht ne fördersumme dabei?", "welche war höher"),
    ("hey, bei welchen projekten steht ne fördersumme dabei?", "which was bigger?"),
])
def test_a_bare_comparative_right_after_a_list_of_two_compares_those_two(
        kb: KnowledgeBase, question: str, comparison: str) -> None:
    # Given a list of two projects (those with an amount: ELISE and KI#CK) that leaves no
    # project talked about, then a bare comparative ("welche war höher")
    replies = ask(kb, question, comparison)
    # Then the two listed are compared by what the list gave (their amounts), not "not
    # understood"
    assert replies[1].intent == "superlative" and replies[1].projects == ("elise", "kick")
    assert "1.217.494" in replies[1].text or "1,217,494" in replies[1].text


@pytest.mark.parametrize("text", [
    "which project that LSN led ended in 2019?",
    "Welches Projekt, das LSN geleitet hat, endete 2019?",
])
def test_a_lead_told_in_a_relative_clause_is_one_condition_of_the_list(
        kb: KnowledgeBase, text: str) -> None:
    # Given a lead told in the clause that describes the projects, beside another condition
    reply = ask(kb, text)[0]
    # Then the list meets both: of the projects that ended in 2019, the one LSN led
    ended = {pid for pid, p in kb.projects.items() if p.end and p.end.year == 2019}
    led = {pid for pid in ended if "lsn" in kb.projects[pid].lead}
    assert reply.intent == "list" and set(reply.projects) == led and led < ended, reply.text
    # and the projects whose lead the page leaves open are only those that ended in 2019
    # (and LSN is not a partner of: then it didn't lead it)
    def open_lead(pid: str) -> bool:
        p = kb.projects[pid]
        return not p.lead and not p.follow_up_only and "lsn" not in {x.org for x in p.partners}
    unsure = [kb.projects[pid].name for pid in ended - led if open_lead(pid)]
    others = [kb.projects[pid].name for pid in kb.projects if pid not in ended and open_lead(pid)]
    assert unsure and others
    assert all(name in reply.text for name in unsure), reply.text
    assert not any(name in reply.text for name in others), reply.text


@pytest.mark.parametrize("question,lang", [
    ("welche projekte liefen nicht 2018?", "de"),
    ("which projects didnt run in 2018?", "en"),
])
def test_given_a_negated_year_when_listing_then_the_dated_projects_outside_it_are_listed(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # When the year of a list is negated
    (reply,) = ask(kb, question)
    (running,) = ask(kb, "which projects ran in 2018?")
    # Then the list holds the dated projects that did not run then (never one that did),
    # and still says which the page gives no dates for
    assert reply.intent == "list" and reply.language == lang and reply.projects
    assert not set(reply.projects) & set(running.projects), reply.text
    assert set(reply.projects) | set(running.projects) == {
        pid for pid, p in kb.projects.items() if p.start and not p.follow_up_only}
    assert "BRIDGE 53" in reply.text.split("\n")[-1], reply.text


def test_given_only_a_year_not_negated_when_listing_then_it_is_the_plain_list(
        kb: KnowledgeBase) -> None:
    # "nicht nur 2018" claims more, no negation
    (reply,) = ask(kb, "welche projekte liefen nicht nur 2018?")
    (running,) = ask(kb, "welche projekte liefen 2018?")
    assert reply.projects == running.projects, reply.text


def _dated(kb: KnowledgeBase, started: tuple[int, int] | None = None,
           ended: tuple[int, int] | None = None, ran: int | None = None) -> set[str]:
    """The projects whose start, end and run the page gives and that meet these bounds."""
    return {pid for pid, p in kb.projects.items() if p.start and p.end and (
        not started or started[0] <= p.start.year <= started[1]) and (
        not ended or ended[0] <= p.end.year <= ended[1]) and (
        ran is None or p.start.year <= ran <= p.end.year)}


@pytest.mark.parametrize(("question", "bounds", "words"), [
    ("which projects ended after 2020 but started before 2018",
     {"started": (0, 2017), "ended": (2021, 9999)}, ("ended in or after 2021", "before 2018")),
    ("welche projekte, die vor 2018 anfingen und nach 2020 endeten",
     {"started": (0, 2017), "ended": (2021, 9999)}, ("Beginn vor 2018", "Ende 2021")),
    ("which projects began before 2017 and were still running in 2020",
     {"started": (0, 2016), "ran": 2020}, ("started before 2017", "ran in 2020")),
    ("Welche Projekte starteten 2016 und endeten 2019?",
     {"started": (2016, 2016), "ended": (2019, 2019)},
     ("Beginn im Jahr 2016", "Ende im Jahr 2019")),
    ("which projects started after 2015 and before 2018",
     {"started": (2016, 2017)}, ("started between 2016 and 2017",)),
])
def test_given_two_date_conditions_when_listing_then_each_holds_for_its_own_date(
        kb: KnowledgeBase, question: str, bounds: dict, words: tuple[str, ...]) -> None:
    # Given two years, each in a clause of its own with its own year word or verb
    (reply,) = ask(kb, question)
    # Then the list meets both, each of its own date (was: one range between the two years,
    # "Projects that started between 2018 and 2020"), and its title says both
    expected = _dated(kb, **bounds)
    assert reply.intent == "list" and set(reply.projects) == expected and expected, reply.text
    assert all(w in reply.text.split("\n")[0] for w in words), reply.text


@pytest.mark.parametrize("question", [
    "welche projekte sind zwischen 2018 und 2022 gestartet",
    "which projects ran between 2016 and 2019",
    "welche projekte liefen 2018 und 2019",
])
def test_given_two_years_of_one_range_when_listing_then_it_stays_one_range(
        kb: KnowledgeBase, question: str) -> None:
    # Given two years joined with no year word or verb of the second's own
    (reply,) = ask(kb, question)
    # Then they are one range, as before
    title = reply.text.split("\n")[0]
    assert reply.intent == "list" and ("between" in title or "zwischen" in title), reply.text
    assert " und " not in title.split("zwischen")[0] and "and that" not in title, reply.text
    assert len(reply.projects) >= 4, reply.text


@pytest.mark.parametrize(("question", "topic"), [
    ("which projects involved a university", "universities"),
    ("welche projekte hatten mit krankenhäusern zu tun?", "hospitals"),
    ("which projects were with hospitals", "hospitals"),
])
def test_given_a_kind_of_organisation_when_listing_projects_then_those_the_page_says_so_of(
        kb: KnowledgeBase, question: str, topic: str) -> None:
    # Given a kind of organisation the page names only where a project worked with it
    (reply,) = ask(kb, question)
    # Then the projects it says so of (was: all eleven under a neutral title), and that of
    # the others it names none, not that they had none
    expected = {pid for pid, p in kb.projects.items() if topic in p.topics}
    assert reply.intent == "list" and set(reply.projects) == expected and expected
    assert "doesn't say" in reply.text or "sagt sie nicht" in reply.text, reply.text


def test_given_a_kind_of_organisation_negated_then_the_page_does_not_settle_it(
        kb: KnowledgeBase) -> None:
    # Given "nothing to do with hospitals", the page can't say a project had none
    (reply,) = ask(kb, "which projects did not involve hospitals")
    assert reply.intent == "list" and not reply.answered, reply.text
    assert "BFCC" in reply.text.split("\n")[-1] and "bfcc" not in reply.projects, reply.text
    # and the rest of the positive list is not said either
    rest = ask(kb, "welche projekte hatten mit krankenhäusern zu tun?", "und welche nicht?")[1]
    assert not rest.projects and not rest.answered and "ELISE" in rest.text, rest.text


@pytest.mark.parametrize("question", [
    "Which hospitals took part in BFCC?",
    "Was a university involved in KI#CK?",
])
def test_given_a_kind_of_organisation_of_one_project_then_its_partners_are_asked(
        kb: KnowledgeBase, question: str) -> None:
    # Given one project named, the kind of organisation asks its partners, no list
    (reply,) = ask(kb, question)
    assert reply.intent != "list" and len(reply.projects) == 1, reply.text


def test_given_only_a_place_when_listing_then_projects_with_other_places_are_set_apart(
        kb: KnowledgeBase) -> None:
    # Given "nur in Schleswig-Holstein"
    (reply,) = ask(kb, "welche projekte waren nur in Schleswig-Holstein?")
    (plain,) = ask(kb, "welche projekte waren in Schleswig-Holstein?")
    # Then of the projects with it, those the page names no other place for (was: every
    # project with it, "nur" not read), and the others named with their other places
    assert reply.intent == "list" and set(reply.projects) == {"kick", "northopedics"}
    assert set(reply.projects) < set(plain.projects), plain.text
    assert "BONEBANK" in reply.text and "Dänemark" in reply.text, reply.text
    # "not only" claims more: no such condition
    (more,) = ask(kb, "which projects had partners not only in Germany")
    assert "no other place" not in more.text, more.text


def test_given_a_country_when_listing_then_projects_in_its_states_are_in_it(
        kb: KnowledgeBase) -> None:
    # Given "nur in Deutschland" and "in Germany"
    (only,) = ask(kb, "welche Projekte liefen nur in Deutschland?")
    (plain,) = ask(kb, "which projects were in Germany?")
    # Then the projects in Schleswig-Holstein (in Germany) count (was: none, and only BONEBANK
    # and ELISE in Germany); BONEBANK's Danish places set it apart, Lübeck is no other place
    assert set(only.projects) == {"kick", "northopedics", "pilot"}, only.text
    # (and MAGIA, whose partner Life Science Nord is from Germany)
    assert set(plain.projects) == {"bonebank", "elise", "kick", "magia", "northopedics",
                                   "pilot"}
    (state,) = ask(kb, "welche Projekte liefen nur in Schleswig-Holstein?")
    assert "Dänemark und Odense" in state.text and "Lübeck" not in state.text, state.text


@pytest.mark.parametrize(("question", "start"), [
    ("was NORTHOPEDICS in Germany?", "Yes."),  # was "No.": Schleswig-Holstein not in Germany
    ("Lief KI#CK in Deutschland?", "Ja."),
    ("was P.I.L.O.T. in Denmark?", "No."),
])
def test_given_a_country_claimed_of_a_project_in_one_of_its_states_then_it_holds(
        kb: KnowledgeBase, question: str, start: str) -> None:
    (reply,) = ask(kb, question)
    assert reply.text.startswith(start) and reply.intent == "places", reply.text


@pytest.mark.parametrize(("question", "note"), [
    ("Which projects had partners in Lithuania?", "BFCC may belong here too"),
    ("Welche Projekte hatten Partner aus Litauen?", "Auch BFCC kann dazugehören"),
    ("did LSN do projects with baltic countries?", "seven countries in the Baltic Sea Region"),
    ("Projekte im Baltikum?", "sieben Ländern im Ostseeraum"),
])
def test_given_a_baltic_country_when_listing_then_bfccs_unnamed_countries_are_said(
        kb: KnowledgeBase, question: str, note: str) -> None:
    # Given a country around the Baltic Sea (or the Baltic states, of which the page names
    # Lithuania), When we list the projects with it
    (reply,) = ask(kb, question)
    # Then ELISE, and a note that BFCC's seven countries around the Baltic Sea are not named
    # (was: ELISE alone, or BFCC alone for "baltic countries"); BFCC is no project listed
    assert reply.projects == ("elise",) and note in reply.text, reply.text


def test_given_the_baltic_sea_countries_when_listing_then_those_the_page_names_count(
        kb: KnowledgeBase) -> None:
    # Given "Baltic Sea countries": Germany, Denmark, Poland and Lithuania on the page, and
    # BFCC's region
    (reply,) = ask(kb, "which projects had partners in Baltic Sea countries?")
    # Then the projects with any of them (was: BFCC alone, read as the region)
    assert {"bfcc", "bonebank", "elise"} <= set(reply.projects), reply.text
    assert "Germany, Denmark, Poland, Lithuania or the Baltic Sea Region" in reply.text


@pytest.mark.parametrize("question", [
    "Welches Projekt hatte Partner in Polen und der Slowakei?",  # Slovakia: not on the Baltic
    "Welche Projekte liefen in Italien?",
])
def test_given_a_country_off_the_baltic_when_listing_then_bfcc_is_not_noted(
        kb: KnowledgeBase, question: str) -> None:
    (reply,) = ask(kb, question)
    assert "BFCC" not in reply.text, reply.text


@pytest.mark.parametrize(("question", "lang"), [
    ("which projects involved companies", "en"),
    ("which projects were successful", "en"),
    ("Welche Projekte hat unser Land mitfinanziert?", "de"),
    # words no filter knows, and outcomes the page never states (tryout s25: all eleven)
    ("Did any project do clinical trials?", "en"),
    ("Welche Projekte machten klinische Studien?", "de"),
    ("did all projects finish on time?", "en"),
    ("Welche Projekte wurden vorzeitig beendet?", "de"),
    ("Endeten alle Projekte pünktlich?", "de"),
])
def test_given_a_condition_no_filter_reads_when_listing_then_it_says_so_not_all_projects(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # Given a list asked under a condition on an aspect that no filter reads
    (reply,) = ask(kb, question)
    # Then it says it could not apply that condition (was: all eleven under a neutral title,
    # which looks like an answer to it)
    assert reply.intent == "list" and not reply.answered and not reply.projects, reply.text
    assert reply.language == lang and ("couldn't apply" in reply.text or
                                       "nicht anwenden" in reply.text), reply.text
    # while a list of all projects asked as such stays that list
    (everything,) = ask(kb, "Zeig mir alle Projekte")
    assert everything.answered and len(everything.projects) >= 11


@pytest.mark.parametrize("dialog", [
    ("wieviele projekte gabs insgesamt",
     "und welche davon werden nur erwähnt, ohne dass was dazu steht?"),
    ("which projects are only mentioned on the page?",),
])
def test_given_projects_only_named_asked_for_then_the_follow_ups_the_page_only_names(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given a list of the projects the page only names, also "of those" after the count
    # that added them (was: the same eleven again, "Diese Projekte (11)")
    reply = ask(kb, *dialog)[-1]
    # Then the follow-ups the page names without describing them
    named = {pid for pid, p in kb.projects.items() if p.follow_up_only}
    assert reply.intent == "list" and set(reply.projects) == named and named, reply.text


@pytest.mark.parametrize("dialog", [
    ("Welche Projekte liefen 2018 parallel zu MAGIA?",
     "Of those, which ones have a lead organisation named on the page?"),
    ("bei welchen Projekten nennt die Seite eine Leitung?",),
])
def test_given_a_lead_named_as_the_condition_then_the_projects_with_one_each_with_it(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given the condition that the page names a lead (was: each project's lead, or none,
    # not answered)
    replies = ask(kb, *dialog)
    pool = set(replies[0].projects) if len(dialog) > 1 else set(kb.projects)
    reply = replies[-1]
    # Then the projects (of the list) with a lead, each named with it
    led = {pid for pid in pool if kb.projects[pid].lead}
    assert reply.intent == "list" and set(reply.projects) == led and led, reply.text
    assert "UKSH" in reply.text, reply.text


@pytest.mark.parametrize("message,pids", [
    ("Which projects were linked to the EU Strategy for the Baltic Sea Region?", ("bfcc",)),
    ("Welche Projekte gehörten zur EU-Ostseestrategie?", ("bfcc",)),
    ("which projects were part of another project?", ("bridge53", "hiheal")),
    ("which projects had sub-projects?", ("hiheal", "bridge53")),
])
def test_projects_part_of_a_whole_are_those_with_a_parent(
        kb: KnowledgeBase, message: str, pids: tuple[str, ...]) -> None:
    # Given BFCC part of the HealthRegion flagship of the EU Baltic Sea strategy, BRIDGE 53
    # part of HIHeal
    reply = ask(kb, message)[0]
    # Then the projects that were part of it (or of another project), or those with parts:
    # no second "part of another project" condition that leaves none
    assert (reply.intent, reply.projects, reply.answered) == ("list", pids, True), reply.text


@pytest.mark.parametrize("question,note", [
    ("Rank the projects by duration, longest first", "only years for MAGIA"),
    ("Sortiere die Projekte nach Dauer, die kürzesten zuerst", "nur Jahreszahlen"),
])
def test_a_duration_order_says_where_a_place_rests_on_years_only(
        kb: KnowledgeBase, question: str, note: str) -> None:
    # Given MAGIA, dated "in 2018 and 2019" (13 to 24 months), among exact durations
    # When the projects are ranked by duration
    reply = ask(kb, question)[0]
    # Then the list says its place is not certain (as the superlative already did)
    assert "magia" in reply.projects and note in reply.text, reply.text


def test_an_order_where_a_years_only_span_meets_no_other_adds_nothing(
        kb: KnowledgeBase) -> None:
    # Given the projects by start: no other started in 2018 / Then no such note
    reply = ask(kb, "List the projects by start date")[0]
    assert "only years" not in reply.text, reply.text


@pytest.mark.parametrize("question,title", [
    ("Which ones have no dates?", "no dates"),
    ("Welche Projekte haben kein Datum?", "Daten"),
    # "projects without …" alone, no question word (was "Which project do you mean?")
    ("projects without dates", "no dates"),
    ("projekte ohne datum", "Daten"),
])
def test_projects_without_dates_are_those_the_page_gives_none_for(
        kb: KnowledgeBase, question: str, title: str) -> None:
    # Given dates asked as missing (was: all 11 projects)
    reply = ask(kb, question)[0]
    # Then the projects the page gives no dates for
    assert reply.intent == "list" and set(reply.projects) == {"bridge53", "kick"}, reply.text
    assert title in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "welche Projekte liefen ohne ESF-Förderung?",
    "Projekte ohne ESF-Förderung",
])
def test_projects_without_one_funders_money_in_a_compound_lack_that_funder(
        kb: KnowledgeBase, question: str) -> None:
    # Given "ohne ESF-Förderung": the ESF's money, a funder named before the noun
    reply = ask(kb, question)[0]
    # Then the projects not funded by the ESF (the page: only KI#CK had ESF money), not
    # "the projects the page names no funder for" (was MAGIA2Market alone)
    assert reply.intent == "list" and "kick" not in reply.projects, reply.text
    assert {"bfcc", "elise", "magia"} <= set(reply.projects), reply.text


@pytest.mark.parametrize("messages,winner", [
    (("Welches Projekt endete am spätesten?",), "pilot"),
    # a correction of the ranking's direction ranks the same list the other way
    (("welche projekte liefen 2018", "welche davon hatten was mit knochen zu tun?",
      "und welches davon hat am frühesten angefangen", "sorry, ich meinte am spätesten"),
     "northopedics"),
])
def test_am_spaetesten_ranks_the_latest(kb: KnowledgeBase, messages: tuple[str, ...],
                                        winner: str) -> None:
    # Given "am spätesten" (was: not a ranking word, so not understood)
    reply = ask(kb, *messages)[-1]
    # Then it ranks by the latest date (the page: P.I.L.O.T. ended 31 March 2023; of the three
    # bone projects NORTHOPEDICS started last, 21 June 2016)
    assert reply.intent == "superlative" and reply.projects[0] == winner, reply.text


@pytest.mark.parametrize("messages", [
    ("which had more partners, BFCC or MAGIA?",),
    ("welches hatte mehr Partner, BFCC oder MAGIA?",),
    ("which projects ended before 2020", "of those, which had partners from other countries",
     "which of the two had more partner organisations"),
])
def test_more_partners_compares_the_two_by_their_partners(kb: KnowledgeBase,
                                                          messages: tuple[str, ...]) -> None:
    # Given two projects compared by "more partners" (was read as "had more" money)
    reply = ask(kb, *messages)[-1]
    # Then they are ranked by their partners (the page: BFCC 13 organisations, MAGIA four)
    assert reply.intent == "superlative" and reply.projects == ("bfcc", "magia"), reply.text
    assert "13" in reply.text


@pytest.mark.parametrize("text,expected", [
    ("welche projekte liefen drei jahre lang", {"bfcc", "northopedics"}),
    ("which projects ran for three years?", {"bfcc", "northopedics"}),
    ("welche Projekte liefen ungefähr drei Jahre?", {"bfcc", "northopedics", "pilot"}),
    ("which projects ran roughly three years?", {"bfcc", "northopedics", "pilot"}),
])
def test_a_length_said_plainly_in_a_list_is_that_length_and_said_roughly_within_months(
        kb: KnowledgeBase, text: str, expected: set[str]) -> None:
    # Given a list asked by a length with no "more than" or "at least"
    reply = ask(kb, text)[0]
    # Then said plainly it lists the projects of that length (not every project; P.I.L.O.T.'s
    # 3 years and 3 months is not three years), said roughly those within a few months of it
    assert reply.intent == "list" and set(reply.projects) == expected, reply.text


def test_a_month_later_after_a_list_shifts_its_date_and_is_no_length(kb: KnowledgeBase) -> None:
    # Given the projects that ended in February 2023
    replies = ask(kb, "Welche Projekte endeten im Februar 2023?",
                  "und welches endete einen monat später?")
    # Then "einen Monat später" asks for March 2023, not for projects that ran one month
    assert replies[1].projects == ("pilot",), replies[1].text


@pytest.mark.parametrize("text,which,month", [
    ("which projects ended in june?", "end", 6),
    ("welche projekte begannen im januar?", "start", 1),
    ("which started in april", "start", 4),
    ("Welche Projekte endeten im Februar?", "end", 2),
])
def test_a_month_with_no_year_lists_the_starts_or_ends_in_it_of_any_year(
        kb: KnowledgeBase, text: str, which: str, month: int) -> None:
    # Given a start or an end in a month, named with no year
    reply = ask(kb, text)[0]
    # Then it lists every project the page dates to that month, whatever the year (was "none
    # of the projects is about 'june'"); MAGIA, dated by its years alone, is said apart
    expected = {pid for pid, p in kb.projects.items()
                if (date := getattr(p, which)) and date.month == month}
    assert expected and reply.intent == "list" and set(reply.projects) == expected, reply.text
    assert "magia" not in reply.projects and "MAGIA" in reply.text, reply.text


@pytest.mark.parametrize("text,mode,bound", [
    ("what projects started in 2020 or later?", "started", (2020, None)),
    ("welche projekte begannen 2020 oder später?", "started", (2020, None)),
    ("which projects ended in 2019 or later?", "ended", (2019, None)),
    ("welche projekte endeten 2019 oder früher?", "ended", (None, 2019)),
])
def test_a_year_bound_said_after_the_year_is_a_list_condition_not_a_ranking(
        kb: KnowledgeBase, text: str, mode: str, bound: tuple[int | None, int | None]) -> None:
    # Given a year followed by "or later" / "oder früher"
    reply = ask(kb, text)[0]
    # Then it lists every project whose start (end) lies on that side of the year, the year
    # included, and ranks nothing ("MAGIA2Market started last" was a ranking inside 2020)
    lo, hi = bound
    want = {p.id for p in kb.projects.values()
            if (d := p.start if mode == "started" else p.end) is not None
            and (lo is None or d.year >= lo) and (hi is None or d.year <= hi)}
    assert reply.intent == "list" and set(reply.projects) == want, reply.text


@pytest.mark.parametrize("text", [
    "Welche Projekte liefen mit EFRE-Mitteln und Landesgeld aus Schleswig-Holstein?",
    "Welche Projekte liefen mit Landesgeld?",
    "which projects had state money?",
])
def test_the_states_money_by_its_kind_makes_the_state_a_funder(
        kb: KnowledgeBase, text: str) -> None:
    # Given a list asked under the state's money ("Landesgeld", "state money"), where
    # "Schleswig-Holstein" alone would be a place (BONEBANK's Lübeck lies there)
    reply = ask(kb, text)[0]
    # Then the state is the funder: the projects it co-funded, not those located there
    assert reply.intent == "list" and "bonebank" not in reply.projects, reply.text
    assert {"northopedics", "pilot"} <= set(reply.projects), reply.text


def test_of_two_that_ran_the_same_months_the_one_with_days_over_is_longer(
        kb: KnowledgeBase) -> None:
    # Given the projects sorted by duration (the page: BFCC from March 2016 until February
    # 2019; NORTHOPEDICS "three years", from 21 June 2016 to 30 June 2019)
    longest = ask(kb, "sort the projects by duration")[0].projects
    shortest = ask(kb, "sort the projects by duration, shortest first")[0].projects
    # Then NORTHOPEDICS, nine days over, ranks longer than BFCC (was after it, by list order)
    assert longest.index("northopedics") < longest.index("bfcc"), longest
    assert shortest.index("bfcc") < shortest.index("northopedics"), shortest


@pytest.mark.parametrize("question", [
    "which projects ran through the whole of 2019",
    "Welche Projekte liefen das ganze Jahr 2019 über?",
])
def test_the_whole_year_asks_for_a_run_over_all_of_it(kb: KnowledgeBase, question: str) -> None:
    # Given a year asked "whole" (BFCC ended in February 2019, NORTHOPEDICS in June 2019)
    (reply,) = ask(kb, question)
    # Then only the projects surely running from January to December are listed; MAGIA's
    # "in 2018 and 2019", given by years, may have ended before December: said apart, not listed
    assert reply.intent == "list", reply.text
    assert sorted(reply.projects) == ["bonebank", "elise", "hiheal"], reply.text
    assert "MAGIA" in reply.text.splitlines()[-1], reply.text


def test_a_year_without_whole_still_lists_every_run_in_it(kb: KnowledgeBase) -> None:
    # Given the same year asked without "whole"
    (reply,) = ask(kb, "which projects ran in 2019")
    # Then every project running at some time in it is listed
    assert {"bfcc", "northopedics"} <= set(reply.projects), reply.text


@pytest.mark.parametrize("text,lang", [
    ("bei welchen projekten waren das uksh bzw die th lübeck dabei", "de"),
    ("Welche Projekte hatten das UKSH oder die TH Lübeck?", "de"),
    ("which projects had UKSH or TH Lübeck?", "en"),
])
def test_two_organisations_joined_by_or_list_the_projects_of_either(
    kb: KnowledgeBase, text: str, lang: str
) -> None:
    # Given two organisations joined by "or", "bzw."
    reply = ask(kb, text)[0]
    # Then the projects of either are listed (the page: UKSH Lübeck led BONEBANK; TH Lübeck
    # ran KI#CK with LSN), not the none that had both
    assert (reply.intent, reply.answered, reply.language) == ("list", True, lang), reply.text
    assert set(reply.projects) == {"bonebank", "kick"}, reply.text


@pytest.mark.parametrize("text,funders,lang", [
    ("Welche Projekte förderte Hamburg oder Schleswig-Holstein?",
     ("hamburg", "schleswig-holstein"), "de"),
    ("which projects were funded by the ERDF or the ESF?", ("erdf", "esf"), "en"),
    ("how many projects were funded by Hamburg or SH", ("hamburg", "schleswig-holstein"), "en"),
    ("Projekte mit Geld vom ESF bzw. von COSME?", ("esf", "cosme"), "de"),
])
def test_two_funders_joined_by_or_list_the_projects_of_either(
    kb: KnowledgeBase, text: str, funders: tuple[str, str], lang: str
) -> None:
    # Given two funders joined by "or", "oder", "bzw." (the page names no project Hamburg and
    # Schleswig-Holstein funded together)
    reply = ask(kb, text)[0]
    # Then the projects of either are listed, not the none (or few) both funded
    either = set().union(*(select(kb, Filters(funders=(f,))).ids for f in funders))
    assert reply.answered and reply.language == lang, reply.text
    assert set(reply.projects) == either and len(either) > 1, reply.text


@pytest.mark.parametrize("question", [
    "which projects were still running when pilot started",
    "welche Projekte liefen noch, als P.I.L.O.T. anfing?",
    "how many projects were running when PILOT began",
])
def test_a_list_at_another_projects_start(kb: KnowledgeBase, question: str) -> None:
    # Given another project's start as the date (the page: P.I.L.O.T. "01.01.2020 -
    # 31.03.2023"; BONEBANK till August 2020, ELISE to 31 December 2021, HIHeal to 31 December
    # 2022; MAGIA "in 2018 and 2019", BFCC and NORTHOPEDICS ended in 2019)
    (reply,) = ask(kb, question)
    # Then the projects running on that day, not the year's (MAGIA2Market began September 2020)
    assert reply.intent in ("list", "count"), reply.text
    assert sorted(reply.projects) == ["bonebank", "elise", "hiheal"], reply.text
    assert "2020" in reply.text.splitlines()[0], reply.text  # the date measured against


@pytest.mark.parametrize("question, expected", [
    # ELISE began on 1 January 2017: BFCC (March 2016), BONEBANK (September 2015), HIHeal
    # (1 April 2016) and NORTHOPEDICS (21 June 2016) began before
    ("which projects started before elise began", ["bfcc", "bonebank", "hiheal", "northopedics"]),
    ("Welche Projekte sind vor ELISE gestartet?", ["bfcc", "bonebank", "hiheal", "northopedics"]),
    # BFCC ended in February 2019: MAGIA2Market (September 2020), P.I.L.O.T. (2020), InnoReAct
    # (2022) and P.I.L.O.T. Next Level (April 2023) began after; MAGIA's 2018 is before
    ("welche projekte begannen nach dem Ende von BFCC",
     ["innoreact", "magia2market", "pilot", "pilot-next"]),
    # MAGIA2Market ran September 2020 to February 2023: BONEBANK ended August 2020
    ("which projects ran during magia2market", ["elise", "hiheal", "innoreact", "pilot"]),
    ("was lief während MAGIA2Market?", ["elise", "hiheal", "innoreact", "pilot"]),
    # "at the same time as", "parallel zu", "zeitgleich mit", "alongside": its whole run too.
    # BFCC ran March 2016 to February 2019 (P.I.L.O.T. began 2020, ELISE 2017)
    ("what ran at the same time as BFCC?", ["bonebank", "elise", "hiheal", "magia",
                                            "northopedics"]),
    # InnoReAct 01.01.2022 - 28.2.2023: HIHeal to 31 December 2022, MAGIA2Market to February
    # 2023, P.I.L.O.T. to 31.03.2023
    ("Was lief parallel zu InnoReAct?", ["hiheal", "magia2market", "pilot"]),
    # NORTHOPEDICS 21 June 2016 - 30 June 2019
    ("Was lief zeitgleich mit NORTHOPEDICS?", ["bfcc", "bonebank", "elise", "hiheal", "magia"]),
    # ELISE 1 January 2017 - 31 December 2021 (InnoReAct began 2022)
    ("what was running alongside ELISE", ["bfcc", "bonebank", "hiheal", "magia", "magia2market",
                                          "northopedics", "pilot"]),
    # P.I.L.O.T. began 1 January 2020: BFCC, NORTHOPEDICS and MAGIA had ended in 2019
    ("welche Projekte endeten vor dem Start von PILOT", ["bfcc", "magia", "northopedics"]),
    # "welche" with no noun asks the list too (was ELISE's start date)
    ("Und welche begannen nach ELISE?", ["innoreact", "magia", "magia2market", "pilot",
                                        "pilot-next"]),
])
def test_a_list_against_another_projects_dates(kb: KnowledgeBase, question: str,
                                                expected: list[str]) -> None:
    (reply,) = ask(kb, question)
    assert reply.intent == "list", reply.text
    assert sorted(reply.projects) == expected, reply.text


@pytest.mark.parametrize("question, expected", [
    # NORTHOPEDICS ran three years (21 June 2016 - 30 June 2019): BONEBANK (5 years), ELISE
    # (5 years), HIHeal (6 years 9 months) and P.I.L.O.T. (3 years 3 months) ran longer; BFCC
    # ran three years too
    ("Which projects ran longer than NORTHOPEDICS?", ["bonebank", "elise", "hiheal", "pilot"]),
    ("Welche liefen länger als BFCC?", ["bonebank", "elise", "hiheal", "pilot"]),
    # InnoReAct ran 14 months (1.1.2022 - 28.2.2023): MAGIA's "2018 and 2019" can't tell
    ("which ones lasted longer than InnoReAct?", ["bfcc", "bonebank", "elise", "hiheal", "kick",
                                                  "magia2market", "northopedics", "pilot"]),
    # ELISE ran five years: every dated project but BONEBANK (five years too) and HIHeal
    ("Welche Projekte liefen kürzer als ELISE?", ["bfcc", "innoreact", "kick", "magia",
                                                   "magia2market", "northopedics", "pilot"]),
    ("welche projekte haben kürzer gedauert als hiheal?",
     ["bfcc", "bonebank", "elise", "innoreact", "kick", "magia", "magia2market", "northopedics",
      "pilot"]),
])
def test_a_list_against_another_projects_running_time(kb: KnowledgeBase, question: str,
                                                       expected: list[str]) -> None:
    # Given a list asked with "longer/shorter than" and a project (was that project's overview)
    (reply,) = ask(kb, question)
    # Then those that surely ran longer or shorter, with the length measured against
    assert reply.intent == "list", reply.text
    assert sorted(reply.projects) == expected, reply.text
    assert any(w in reply.text.splitlines()[0] for w in ("year", "Jahr", "month", "Monat"))


def test_a_list_against_a_running_time_the_page_gives_only_in_years_says_so(
        kb: KnowledgeBase) -> None:
    # Given MAGIA, which ran "in 2018 and 2019": its length is anything up to two years
    (reply,) = ask(kb, "welche projekte liefen länger als MAGIA?")
    # Then no list: the page doesn't settle the length measured against
    assert not reply.answered and reply.projects == ("magia",), reply.text


def test_how_many_ran_longer_than_a_project_counts_them(kb: KnowledgeBase) -> None:
    # KI#CK: "two-year project"; seven dated projects ran longer (InnoReAct 14 months, MAGIA's
    # years can't tell)
    (reply,) = ask(kb, "How many projects ran longer than KI#CK?")
    assert reply.intent == "count" and len(reply.projects) == 7, reply.text


@pytest.mark.parametrize("messages, expected", [
    # P.I.L.O.T. began on 1 January 2020: MAGIA2Market (September 2020), InnoReAct (2022) and
    # P.I.L.O.T. Next Level (April 2023) began after it (was P.I.L.O.T.'s start date)
    (("Welche Projekte endeten vor dem Start von P.I.L.O.T.?", "Und welche starteten danach?"),
     ["innoreact", "magia2market", "pilot-next"]),
    (("which projects started after pilot started?", "and which ones ended before that?"),
     ["bfcc", "magia", "northopedics"]),
    # MAGIA ran in 2018 and 2019: after its run, those that began from 2020
    (("which projects were running while MAGIA ran?", "and which started afterwards?"),
     ["innoreact", "magia2market", "pilot", "pilot-next"]),
])
def test_then_after_a_list_against_a_date_measures_from_that_date(
        kb: KnowledgeBase, messages: tuple[str, ...], expected: list[str]) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "list", reply.text
    assert sorted(reply.projects) == expected, reply.text


def test_a_month_against_a_day_in_it_is_said_apart(kb: KnowledgeBase) -> None:
    # Given MAGIA2Market's end, which the page gives as February 2023 (InnoReAct: 28.2.2023)
    (reply,) = ask(kb, "which projects ended before magia2market ended")
    # Then InnoReAct is neither listed nor left out silently: the dates can't tell
    assert "innoreact" not in reply.projects, reply.text
    assert "InnoReAct" in reply.text.splitlines()[-1], reply.text


def test_a_list_against_a_project_without_dates_says_so(kb: KnowledgeBase) -> None:
    # Given a project the page gives no dates for (KI#CK: "two-year project")
    (reply,) = ask(kb, "which projects were running when kick started")
    # Then no list: the page doesn't give the date measured against
    assert not reply.answered and reply.projects == ("kick",), reply.text


@pytest.mark.parametrize("question", [
    "did more projects start in 2016 or in 2020",
    "how many started in 2016 and how many in 2020",
    "Wurden 2016 oder 2020 mehr Projekte gestartet?",
    "wie viele begannen 2016 und wie viele 2020",
])
def test_two_years_counted_side_by_side(kb: KnowledgeBase, question: str) -> None:
    # Given two years asked side by side (the page: BFCC March 2016, HIHeal 1 April 2016,
    # NORTHOPEDICS 21 June 2016; P.I.L.O.T. 01.01.2020, MAGIA2Market September 2020)
    (reply,) = ask(kb, question)
    # Then each year's count, of that year alone (not the years between: ELISE began in 2017),
    # both of starts, and which has more
    assert reply.intent == "count", reply.text
    assert sorted(reply.projects) == ["bfcc", "hiheal", "magia2market", "northopedics",
                                      "pilot"], reply.text
    first = reply.text.splitlines()[0]
    assert "2016" in first and "3" in first and "2" in first, reply.text


@pytest.mark.parametrize("question,kind,first,second,lang", [
    ("Hat Hamburg oder Schleswig-Holstein mehr Projekte gefördert?", "funders", "hamburg",
     "schleswig-holstein", "de"),
    ("did the ERDF or Interreg fund more projects?", "funders", "erdf", "interreg", "en"),
    ("did the ERDF fund more projects than Interreg?", "funders", "erdf", "interreg", "en"),
    ("were there more projects with Italy or with France?", "places", "italy", "france", "en"),
    ("Gab es mehr Projekte zu Knochen oder zu Infektionen?", "topics", "bone", "infection",
     "de"),
])
def test_two_conditions_of_one_kind_counted_side_by_side(
        kb: KnowledgeBase, question: str, kind: str, first: str, second: str, lang: str
) -> None:
    # Given two funders (places, topics) whose counts are asked side by side
    (reply,) = ask(kb, question)
    # Then each one's count, of it alone (not of either, nor of both), and which has more
    counts = [len(select(kb, Filters(**{kind: (i,)})).ids) for i in (first, second)]
    assert reply.intent == "count" and reply.answered and reply.language == lang, reply.text
    assert set(reply.projects) == set().union(
        *(select(kb, Filters(**{kind: (i,)})).ids for i in (first, second))), reply.text
    head = reply.text.splitlines()[0]
    said = ("as many", "genauso viele") if counts[0] == counts[1] else ("more", "mehr")
    assert head.lower().startswith(("there were " + said[0], "es gab " + said[1])), head
    assert all(str(n) in head for n in counts), head


def test_two_counts_not_settled_name_no_winner(kb: KnowledgeBase) -> None:
    # Given a count the page may leave short (BFCC's seven Baltic countries are unnamed)
    (reply,) = ask(kb, "more projects with Denmark or Italy?")
    # Then each count, and no "more"
    assert reply.intent == "count" and "more projects" not in reply.text.lower(), reply.text


def test_years_between_are_still_a_range(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "wie viele projekte liefen zwischen 2016 und 2020")
    assert "elise" in reply.projects and "magia" in reply.projects, reply.text


@pytest.mark.parametrize("question, winner, other", [
    # the page: BFCC "13 organisations from seven countries"; ELISE "partners from seven
    # regions - Poland, Slovakia, Italy, Lithuania, France, and two German states" (six countries)
    ("which had partners from more countries, bfcc or elise", "bfcc", "elise"),
    # MAGIA: clusters from Italy, France and Belgium with Life Science Nord (Germany): four
    ("more countries: magia or elise?", "elise", "magia"),
    ("Hatte ELISE oder MAGIA mehr Länder?", "elise", "magia"),
])
def test_a_ranking_by_countries_counts_only_what_the_page_gives(
        kb: KnowledgeBase, question: str, winner: str, other: str) -> None:
    (reply,) = ask(kb, question)
    assert reply.intent == "superlative", reply.text
    assert reply.projects[0] == winner and other in reply.projects, reply.text
    assert kb.projects[winner].name in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize("question, winner, other", [
    # the page: MAGIA's target countries the United States and China; MAGIA2Market "added
    # Japan as a third target region"
    ("Which had more target regions, MAGIA or MAGIA2Market?", "magia2market", "magia"),
    ("Welches hatte mehr Zielregionen, MAGIA oder MAGIA2Market?", "magia2market", "magia"),
    ("which project had the most target countries?", "magia2market", None),
    ("Welches Projekt hatte die meisten Zielländer?", "magia2market", None),
])
def test_a_ranking_by_target_countries_counts_those_the_page_names(
        kb: KnowledgeBase, question: str, winner: str, other: str | None) -> None:
    # Given more (or the most) target regions asked, which read as where the projects were
    (reply,) = ask(kb, question)
    # Then the projects are ranked by the number of target countries the page names
    assert reply.intent == "superlative" and reply.projects[0] == winner, reply.text
    assert other is None or other in reply.projects, reply.text
    assert "Japan" in reply.text.splitlines()[0], reply.text


def test_the_most_countries_leaves_out_projects_without_countries(kb: KnowledgeBase) -> None:
    # Given the whole page: BFCC's seven is the largest count; most projects give none
    (reply,) = ask(kb, "Welches Projekt hatte Partner aus den meisten Ländern?")
    assert reply.projects == ("bfcc",), reply.text
    assert "KI#CK" in reply.text.splitlines()[-1], reply.text  # not counted as none


@pytest.mark.parametrize("text,intent", [
    ("wie viele Projekte liefen maximal gleichzeitig?", "count"),
    ("how many projects ran at the same time at most?", "count"),
    ("In welchem Jahr liefen die meisten Projekte gleichzeitig?", "list"),
    ("which projects ran in parallel?", "list"),
    ("max number of projects running at once?", "count"),
    ("Wie viele Projekte liefen maximal auf einmal?", "count"),
])
def test_how_many_projects_ran_at_once_is_counted_by_year(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given the page's dates: in 2018 ran BFCC (March 2016 - February 2019), BONEBANK
    # (September 2015 - August 2020), ELISE (2017-2021), HIHeal (2016-2022), NORTHOPEDICS
    # (June 2016 - June 2019) and MAGIA ("In 2018 and 2019"); BRIDGE 53 and KI#CK are undated
    reply = ask(kb, text)[0]
    # Then the most in one year (six, in 2018 and 2019), by year as MAGIA's dates are years,
    # and the undated named (was the list of every project, or "which project?")
    assert reply.intent == intent and reply.answered, reply.text
    first = reply.text.splitlines()[0]
    assert "6" in first and "2018" in first and "2019" in first, reply.text
    assert "MAGIA" in reply.text and "BRIDGE 53" in reply.text and "KI#CK" in reply.text
    assert "InnoReAct" not in reply.text.splitlines()[1], reply.text  # (2022-2023)


def test_two_projects_at_the_same_time_stays_their_overlap(kb: KnowledgeBase) -> None:
    reply = ask(kb, "did BFCC and ELISE run at the same time?")[0]
    assert reply.text.startswith("Yes.") and reply.projects == ("bfcc", "elise"), reply.text


@pytest.mark.parametrize("text", [
    "how much funding in total?",
    "wie viel Fördergeld gab es insgesamt?",
])
def test_a_total_asked_first_is_of_all_projects(kb: KnowledgeBase, text: str) -> None:
    # Given no project talked of, and the page's only amounts: ELISE €1,217,494.00, KI#CK
    # approx. 193,000 EUR and approx. 249,000 Euro
    reply = ask(kb, text)[0]
    # Then the amounts of all projects: the two it gives and the ones it gives none for, no
    # sum (was "which project do you mean?")
    assert reply.intent == "amount" and not reply.answered, reply.text
    assert "ELISE" in reply.text and "KI#CK" in reply.text and "BFCC" in reply.text
    assert "1,659" not in reply.text and "1.659" not in reply.text, reply.text


def test_a_total_asked_of_one_project_stays_its_own(kb: KnowledgeBase) -> None:
    reply = ask(kb, "Tell me about KI#CK", "how much funding in total?")[1]
    assert reply.projects == ("kick",) and "€442,000" in reply.text, reply.text


@pytest.mark.parametrize("text", [
    "wie lange liefen die Projekte im Schnitt?",
    "how long did the projects run on average?",
    "what was the average duration of the projects?",
    "what's the average project length?",
    "durchschnittliche Projektlaufzeit?",
    "Wie lang war die durchschnittliche Laufzeit?",
    "average project duration pls",
])
def test_the_average_length_is_of_the_lengths_the_page_gives(kb: KnowledgeBase, text: str) -> None:
    # Given the lengths the page gives (BFCC 36 months, BONEBANK 60, ELISE 60, HIHeal 81,
    # InnoReAct 14, KI#CK "two-year" 24, MAGIA2Market 30, NORTHOPEDICS "three-year" 36,
    # P.I.L.O.T. 39: 380 / 9 = 42 months); MAGIA's only as years, BRIDGE 53's none
    reply = ask(kb, text)[0]
    # Then the mean of those nine first, naming the two left out (was each length alone)
    lines = reply.text.splitlines()
    assert reply.intent == "duration" and reply.answered, reply.text
    assert "9" in lines[0] and ("3 years and 6 months" in lines[0] or
                                "3 Jahre und 6 Monate" in lines[0]), reply.text
    assert "BRIDGE 53" in lines[1] and "MAGIA" in lines[1], reply.text


@pytest.mark.parametrize("question,needle", [
    ("which projects were in schleswig-holstein?", "BONEBANK (2015–2020; Lübeck)"),
    ("Welche Projekte liefen in Schleswig-Holstein?", "BONEBANK (2015–2020; Lübeck)"),
])
def test_a_project_in_a_state_only_through_a_city_says_which_city(
        kb: KnowledgeBase, question: str, needle: str) -> None:
    # Given the projects of a state, where the page ties BONEBANK to it only through Lübeck
    # (its lead, UKSH Lübeck; its biobank in Lübeck and Odense)
    reply = ask(kb, question)[-1]
    # Then the list says that city beside it, so a reader can check why it is there; projects
    # the page places in the state itself carry no such note
    assert needle in reply.text, reply.text
    assert "NORTHOPEDICS (2016–2019)" in reply.text and "Lübeck" not in reply.text.replace(
        needle, ""), reply.text


@pytest.mark.parametrize("text,lang", [
    ("how many of the projects got Interreg money?", "en"),
    ("how many of the projects got money from Interreg?", "en"),
    ("wie viele der Projekte bekamen Interreg-Geld?", "de"),
    ("wie viele von den Projekten bekamen Geld von Interreg?", "de"),
])
def test_how_many_of_the_projects_got_a_funders_money_counts_projects(
        kb: KnowledgeBase, text: str, lang: str) -> None:
    # When the projects are counted by a funder's money ("how many of the projects …")
    reply = ask(kb, text)[0]
    # Then they are counted (the page: BFCC, BONEBANK and ELISE were funded by Interreg
    # programmes), not the money summed (the page gives an amount for ELISE only)
    assert (reply.intent, reply.language, reply.answered) == ("count", lang, True), reply.text
    assert ": 3" in reply.text and set(reply.projects) == {"bfcc", "bonebank", "elise"}


@pytest.mark.parametrize(("text", "hit"), [
    ("Welche Projekte hatten mehr als 1 Mio Euro?", {"elise"}),
    ("welche projekte hatten über 1 mio", {"elise"}),
    ("Welche Projekte hatten mehr als 1 Million Euro?", {"elise"}),
    ("Which projects had more than 1 million euros?", {"elise"}),
    ("Welche Projekte bekamen über 300.000 Euro?", {"elise", "kick"}),
    ("which projects got more than €300,000?", {"elise", "kick"}),
    ("welche projekte hatten weniger als 500.000 euro", {"kick"}),
    ("Ich brauche für einen Förderantrag Referenzprojekte mit EU-Förderung über 1 Mio. Euro.",
     {"elise"}),
])
def test_an_amount_condition_narrows_a_list_to_the_amounts_the_page_states(
        kb: KnowledgeBase, text: str, hit: set[str]) -> None:
    # Given the page's only amounts: ELISE €1,217,494.00, KI#CK approx. 193,000 EUR and approx.
    # 249,000 Euro (about €442,000)
    reply = ask(kb, text)[0]
    # Then the projects whose amount meets it, with their amounts, and those the page states no
    # amount for said apart (was: all eleven projects, or the largest grant, as the answer)
    assert reply.intent == "list" and set(reply.projects) == hit, reply.text
    for pid in hit:
        assert kb.projects[pid].name in reply.text.splitlines()[0], reply.text
    assert "BFCC" not in reply.text.splitlines()[0] and "BFCC" in reply.text, reply.text
    assert len(reply.text.splitlines()) == len(hit) + 2, reply.text  # (one clause, no "Euro.")


@pytest.mark.parametrize("question", [
    "Which projects involved patients?",
    "Welche Projekte hatten Patienten im Fokus?",
])
def test_patients_are_a_condition_only_elise_meets(kb: KnowledgeBase, question: str) -> None:
    # Given the page: ELISE's "ecosystem that brings together companies, researchers,
    # clinicians and patients", no patients named for any other project
    (reply,) = ask(kb, question)
    # Then ELISE alone, the others not ruled out (was: all eleven projects)
    assert reply.intent == "list" and reply.projects == ("elise",), reply.text


@pytest.mark.parametrize("dialog", [
    ("what projects does LSN run now?",),
    ("Welche Projekte macht LSN jetzt?",),
    ("is LSN a company or an association?", "where is LSN?", "what projects does LSN run now?"),
])
def test_what_lsn_runs_now_is_no_list_of_its_past_projects(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given a page of past projects, all ended, and two follow-ups with no end
    reply = ask(kb, *dialog)[-1]
    # Then that, with the follow-ups (was: the eleven past projects as the answer; Life
    # Science Nord's own name read as a condition)
    assert reply.intent == "status" and "P.I.L.O.T. Next Level" in reply.text, reply.text
    assert "BONEBANK" not in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Welches Projekt war das größte?",
    "Which project was the biggest?",
])
def test_the_biggest_project_asked_with_which_says_what_biggest_can_mean(
        kb: KnowledgeBase, question: str) -> None:
    # Given a page that gives no one size of a project
    (reply,) = ask(kb, question)
    # Then each measure it gives, not answered (was: the eleven projects listed as the answer)
    assert reply.intent == "superlative" and not reply.answered, reply.text
    assert {"elise", "bfcc", "hiheal"} <= set(reply.projects), reply.text


@pytest.mark.parametrize(("question", "out", "inside"), [
    # P.I.L.O.T. ran 1 January 2020 to 31 March 2023; P.I.L.O.T. Next Level since April 2023
    ("which projects ran in parallel with P.I.L.O.T.?", "pilot-next", "innoreact"),
    ("Welche Projekte liefen parallel zu P.I.L.O.T.?", "pilot-next", "innoreact"),
    # InnoReAct ran 1 January 2022 to 28 February 2023
    ("Which projects overlapped with InnoReAct?", "pilot-next", "pilot"),
    ("Welche Projekte liefen gleichzeitig mit InnoReAct?", "pilot-next", "pilot"),
])
def test_running_in_parallel_is_told_by_the_months_the_page_gives(
        kb: KnowledgeBase, question: str, out: str, inside: str) -> None:
    (reply,) = ask(kb, question)
    # Then one that began after the project ended is not listed (was: by calendar year, so
    # P.I.L.O.T. Next Level, from April 2023, ran "in parallel" with both)
    assert reply.intent == "list" and out not in reply.projects, reply.text
    assert inside in reply.projects, reply.text


@pytest.mark.parametrize(("question", "first", "second"), [
    ("is there a project on corona and one on hygiene?", "was there a project on corona?",
     "was there a project on hygiene?"),
    ("gab es ein projekt zu corona und eins zu hygiene?", "gab es ein projekt zu corona?",
     "gab es ein projekt zu hygiene?"),
    ("Gab es ein Projekt zu Knochen und eines zu Stammzellen?", "Gab es ein Projekt zu Knochen?",
     "Gab es ein Projekt zu Stammzellen?"),
])
def test_a_project_on_one_topic_and_one_on_another_asks_of_each(
        kb: KnowledgeBase, question: str, first: str, second: str) -> None:
    (reply,) = ask(kb, question)
    (one,) = ask(kb, first)
    (other,) = ask(kb, second)
    # Then the projects on either topic, each asked alone, with a yes (was: "No. ... none",
    # a project on both topics looked for)
    assert one.projects and other.projects, (one.text, other.text)
    assert set(reply.projects) == set(one.projects) | set(other.projects), reply.text
    assert reply.answered and reply.text.split()[0].rstrip(".") in ("Yes", "Ja"), reply.text


def test_a_project_on_two_topics_still_asks_for_both(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "was there a project on bones and stem cells?")
    (bones,) = ask(kb, "was there a project on bones?")
    (cells,) = ask(kb, "was there a project on stem cells?")
    # Then only the projects on both (one project described by two topics)
    assert set(reply.projects) == set(bones.projects) & set(cells.projects), reply.text


@pytest.mark.parametrize("question,year", [
    ("Welche Projekte liefen 2020, im Corona-Jahr?", 2020),
    ("which projects ran in 2020, the pandemic year?", 2020),
    ("what ran in the covid year 2021", 2021),
])
def test_a_topic_that_only_names_the_year_is_no_condition(
        kb: KnowledgeBase, question: str, year: int) -> None:
    # Given a year called after a topic ("das Corona-Jahr"; the page's one Corona project,
    # InnoReAct, began in 2022)
    (reply,) = ask(kb, question)
    # Then every project running that year, not those of the topic running then (none)
    expected = select(kb, Filters(years=(year, year))).ids
    assert reply.intent == "list" and set(reply.projects) == set(expected), reply.text
    assert len(expected) > 1


def test_a_topic_beside_a_year_still_narrows_the_list(kb: KnowledgeBase) -> None:
    (reply,) = ask(kb, "Welche Corona-Projekte gab es 2022?")
    assert reply.projects == ("innoreact",), reply.text


@pytest.mark.parametrize("question,lang", [
    ("group the projects by topic", "en"),
    ("what are the recurring themes", "en"),
    ("Welches Thema kommt am häufigsten vor?", "de"),
    ("welche Themen gibt es?", "de"),
    ("what are the main topics of the projects?", "en"),
])
def test_the_themes_across_the_projects_are_the_topics_several_share(
        kb: KnowledgeBase, question: str, lang: str) -> None:
    # Given the topics the knowledge base keeps for each project (from the page's words)
    shared = {t.id: {i for i in select(kb, Filters(topics=(t.id,))).ids
                     if not kb.projects[i].follow_up_only}
              for t in kb.topics.values() if t.kind == "topic"}
    shared = {t: ids for t, ids in shared.items() if len(ids) > 1}
    most = max(shared, key=lambda t: len(shared[t]))
    # When the themes across the projects are asked
    (reply,) = ask(kb, question)
    # Then a line says the page groups nothing, and the most shared topic comes first, with its
    # projects
    lines = reply.text.splitlines()
    assert reply.intent == "list" and reply.answered and reply.language == lang, reply.text
    assert kb.topics[most].name.get(lang) in lines[1], reply.text
    assert len([line for line in lines if line.startswith("•")]) == len(shared), reply.text
    assert set(reply.projects) == set().union(*shared.values())


@pytest.mark.parametrize("messages", [
    ("Guten Tag, zu welchen Themen können Sie mir Auskunft geben?",),
    ("Um welches Thema ging es bei P.I.L.O.T.?",),
    ("which projects were on the topic of AI?",),
    ("Tell me about BFCC", "what topics?"),
])
def test_a_topic_asked_of_the_bot_a_project_or_as_a_condition_is_no_themes_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert "•" not in reply.text or reply.intent == "help", reply.text
    assert "group" not in reply.text and "gruppiert" not in reply.text, reply.text


@pytest.mark.parametrize("question,expected", [
    # the page: ELISE "January 1, 2017 to December 31, 2021", HIHeal "April 1, 2016 to December
    # 31, 2022", InnoReAct "01.01.2022 - 28.2.2023", NORTHOPEDICS "June 21, 2016 to June 30,
    # 2019", P.I.L.O.T. "01.01.2020 - 31.03.2023"; BFCC "March 2016 until February 2019",
    # BONEBANK "September 2015 till August 2020", MAGIA2Market "September 2020 to February
    # 2023"; MAGIA "In 2018 and 2019"
    ("which projects have exact start and end days?",
     ("elise", "hiheal", "innoreact", "northopedics", "pilot")),
    ("For the table: which projects have exact days on the page, not just months?",
     ("elise", "hiheal", "innoreact", "northopedics", "pilot")),
    ("welche Projekte haben tagesgenaue Daten?",
     ("elise", "hiheal", "innoreact", "northopedics", "pilot")),
    ("which projects only have months?", ("bfcc", "bonebank", "magia2market")),
    ("Für welche Projekte gibt es nur Monatsangaben?", ("bfcc", "bonebank", "magia2market")),
    ("Bei welchem Projekt stehen nur Jahre, ohne Monat?", ("magia",)),
    ("which project only has years?", ("magia",)),
])
def test_projects_listed_by_how_exact_the_page_gives_their_dates(
        kb: KnowledgeBase, question: str, expected: tuple[str, ...]) -> None:
    # Given the page's dates, to the day, the month or the year / When asked which projects
    # have them so / Then those, each with both dates as the page gives them (was: every
    # project, or "Welches Projekt meinen Sie?")
    reply = ask(kb, question)[-1]
    assert reply.intent == "list" and reply.answered, reply.text
    assert tuple(sorted(reply.projects)) == expected, reply.text
    first = kb.projects[expected[0]]
    assert first.end is not None and str(first.end.year) in reply.text, reply.text
