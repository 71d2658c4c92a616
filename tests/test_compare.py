"""Properties that compare a reply with the facts, for every project (not just "no crash").

- the card's start comes before its end, in both languages;
- a project is in "running in YEAR" for every year of its run, and not the year before or after;
- "and 2023?" after "which ended in 2019?" keeps asking which ended (and so for started);
- after thanks, help or a list, "and when did it end?" is still about the project;
- a reply is not "answered" when any part of it says the page is silent.

The expected sets come from the knowledge base's dates with the rule written here (a run covers
every year from its start year to its end year), not from the list code under test.
"""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from bot.conversation import Reply, State, answer
from bot.knowledge import KnowledgeBase, Project

EN = "January February March April May June July August September October November December"
DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS = {name: i for names in (EN, DE) for i, name in enumerate(names.split(), start=1)}
_M = "|".join(MONTHS)
DATE = re.compile(rf"(?:(\d{{1,2}})\.? )?(?:({_M}) )?(\d{{4}})")


def ask(kb: KnowledgeBase, *messages: str) -> list[Reply]:
    state, out = State(), []
    for text in messages:
        reply = answer(text, state, kb)
        out.append(reply)
        state = reply.state
    return out


def dated(kb: KnowledgeBase) -> list[Project]:
    return [p for p in kb.projects.values() if p.start and p.end]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_cards_start_comes_before_its_end(kb: KnowledgeBase, lang: str) -> None:
    question = "What is {}?" if lang == "en" else "Was ist {}?"
    label = "When: " if lang == "en" else "Laufzeit: "
    checked = 0
    for p in dated(kb):
        text = ask(kb, question.format(p.name))[0].text
        line = next(x for x in text.splitlines() if x.startswith(label))
        found = [(int(y), MONTHS.get(mo, 0), int(d or 0)) for d, mo, y in DATE.findall(line)]
        assert len(found) == 2, line
        assert found[0] <= found[1], line
        assert (found[0][0], found[1][0]) == (p.start.year, p.end.year), line
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_year_of_a_run_lists_the_project_and_no_other_year_does(
        kb: KnowledgeBase, lang: str) -> None:
    question = "Which projects were running in {}?" if lang == "en" else \
        "Welche Projekte liefen {}?"
    replies = {y: ask(kb, question.format(y))[0] for y in range(2014, 2025)}
    listed = {y: set(r.projects) for y, r in replies.items()}
    texts = {y: r.text for y, r in replies.items()}
    for p in dated(kb):
        for year in range(p.start.year, p.end.year + 1):
            assert p.id in listed[year], (p.id, year)
        for year in (p.start.year - 1, p.end.year + 1):
            assert p.id not in listed[year], (p.id, year)
    # Each listed project shows its own years, the start first: "ELISE (2017–2021)"
    for text in texts.values():
        for name, first, last in re.findall(r"([\w#.]+(?: [\w#.]+)*) \((\d{4})–(\d{4})\)", text):
            p = next(p for p in kb.projects.values() if name.endswith(p.name))
            assert (int(first), int(last)) == (p.start.year, p.end.year), (name, text)
    # A project the page gives only a start for ran in its start year
    for p in kb.projects.values():
        if p.start and not p.end:
            assert p.id in listed[p.start.year], (p.id, p.start.year)
            assert p.id not in listed[p.start.year - 1], (p.id, p.start.year - 1)


FOLLOW_UPS = {"en": ("and {}?", "and in {}?", "what about {}?"),
              "de": ("und {}?", "und welche {}?", "und {} ?")}
FIRST = {("en", "ended"): "Which projects ended in {}?", ("en", "started"):
         "Which projects started in {}?", ("de", "ended"): "Welche Projekte endeten {}?",
         ("de", "started"): "Welche Projekte begannen {}?"}


@pytest.mark.parametrize(("lang", "mode"), list(FIRST))
def test_started_or_ended_is_kept_in_a_follow_up_about_another_year(
        kb: KnowledgeBase, lang: str, mode: str) -> None:
    for first, then in ((2019, 2023), (2016, 2020), (2021, 2019), (2022, 2016)):
        for follow_up in FOLLOW_UPS[lang]:
            replies = ask(kb, FIRST[lang, mode].format(first), follow_up.format(then))
            for reply, year in zip(replies, (first, then), strict=True):
                expected = {p.id for p in kb.projects.values()
                            if (d := p.start if mode == "started" else p.end) and d.year == year}
                assert set(reply.projects) == expected, (follow_up, year, reply.text)


@pytest.mark.parametrize("between", [
    "thanks", "help", "which projects ran in 2018?", "danke", "who funded BFCC?", "Hilfe",
    "which projects did the ERDF fund?", "how many projects were there?",
])
def test_the_project_is_kept_across_thanks_help_and_lists(kb: KnowledgeBase,
                                                          between: str) -> None:
    for p in dated(kb):
        if between.startswith("who funded BFCC") and p.id == "bfcc":
            continue
        first, _, then = ask(kb, f"what is {p.name}?", between, "and when did it end?")
        expected = p.id if not between.startswith("who funded") else "bfcc"
        assert then.projects[:1] == (expected,), (between, then.text)
        assert str(kb.projects[expected].end.year) in then.text, then.text


SILENT = re.compile(r"(?:^|\n|\. )(?:The page doesn't (?:say|describe|name a lead|name partners)|"
                    r"The page gives no (?:amount|such figure|figure))")
ASKS = ("who funded {}", "when did {} run", "who led {}", "what was the budget of {}",
        "what were the results of {}", "who were the partners of {}", "when did {} start",
        "what was the goal of {}")


def test_a_reply_with_a_silent_part_is_never_answered(kb: KnowledgeBase) -> None:
    # Two questions in one message, about every project: where any part of the reply says the
    # page is silent, the reply as a whole is not answered (and so reaches the report)
    silent = spoken = 0
    for p in kb.projects.values():
        for one, two in combinations(ASKS, 2):
            reply = answer(f"{one.format(p.name)} and {two.format('it')}?", State(), kb)
            if SILENT.search(reply.text):
                silent += 1
                assert not reply.answered, reply.text
            else:
                spoken += 1
    assert silent >= 30 and spoken >= 30  # both kinds were seen


@pytest.mark.parametrize(("question", "lang", "fields"), [
    ("what were the goals and results of BFCC?", "en", ("goals", "results")),
    ("Ziele und Ergebnisse von BFCC?", "de", ("goals", "results")),
    ("what were the goals and activities of ELISE?", "en", ("goals", "activities")),
])
def test_two_things_asked_together_are_both_answered(kb: KnowledgeBase, question: str,
                                                     lang: str, fields: tuple[str, str]) -> None:
    reply = ask(kb, question)[0]
    p = kb.projects[reply.projects[0]]
    for name in fields:
        assert getattr(p, name).get(lang) in reply.text, (name, reply.text)


def test_when_and_by_whom_gives_the_dates_and_the_funder(kb: KnowledgeBase) -> None:
    text = ask(kb, "when and by whom was BFCC funded")[0].text
    assert "March 2016" in text and "February 2019" in text and "Interreg" in text, text


@pytest.mark.parametrize("messages,verdict,pair", [
    (("Did HIHeal and ELISE run for the same length of time?",), "No", {"hiheal", "elise"}),
    (("Dauerten NORTHOPEDICS und BFCC etwa gleich lange?",), "Ja", {"bfcc", "northopedics"}),
    (("when did BFCC run?", "and NORTHOPEDICS?", "so both were equally long?"), "Yes",
     {"bfcc", "northopedics"}),
    (("Wie lange lief MAGIA?", "und BFCC?", "Liefen die beiden also gleich lang?"), "Nein",
     {"magia", "bfcc"}),
    # "the same amount of time" is running time, not money
    (("did BFCC and ELISE last the same amount of time",), "No", {"bfcc", "elise"}),
    # "as long as each other" (its last four words are looked up, as every phrase's)
    (("did BFCC and NORTHOPEDICS run as long as each other?",), "Yes", {"bfcc", "northopedics"}),
    (("were ELISE and P.I.L.O.T. as long as one another?",), "No", {"elise", "pilot"}),
])
def test_a_claim_of_equal_length_is_answered_yes_or_no_with_both_lengths(
    kb: KnowledgeBase, messages: tuple[str, ...], verdict: str, pair: set[str]
) -> None:
    # When two projects, named or just talked about, are claimed to have run equally long
    reply = ask(kb, *messages)[-1]
    # Then yes or no, with both lengths; dates given only to the month are said so
    assert reply.text.startswith(verdict) and set(reply.projects) == pair
    assert all(kb.projects[p].name in reply.text for p in pair)
    if verdict in ("Yes", "Ja"):
        assert "BFCC" in reply.text.splitlines()[-1]  # BFCC's dates are months only


@pytest.mark.parametrize("messages,verdict,pair", [
    (("Which projects ended in 2019?", "did the third one start later than the first?"), "Yes",
     ("northopedics", "bfcc")),
    (("Welches Projekt leitete die UKSH?", "und welches die TH Lübeck?",
      "Dauerte das erste länger als das zweite?"), "Ja", ("bonebank", "kick")),
])
def test_two_ordinals_in_a_comparison_claim_point_into_the_last_choices(
    kb: KnowledgeBase, messages: tuple[str, ...], verdict: str, pair: tuple[str, str]
) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.text.startswith(verdict) and reply.projects[:2] == pair


@pytest.mark.parametrize(("question", "first"), [
    ("was war früher, northopedics oder bfcc?", "bfcc"),
    ("what was earlier, elise or magia?", "elise"),
    ("what was longer, BFCC or HIHeal", "hiheal")])
def test_what_was_with_a_comparative_between_two_projects_asks_which(
        kb: KnowledgeBase, question: str, first: str) -> None:
    # Given two named projects, When "what was" comes with a comparative
    reply = ask(kb, question)[0]
    # Then it ranks the two rather than describing them
    assert reply.intent == "superlative" and reply.projects[0] == first


def test_what_were_two_projects_still_describes_them(kb: KnowledgeBase) -> None:
    assert ask(kb, "Was war BFCC und was war HIHeal?")[0].intent == "overview"


@pytest.mark.parametrize("messages,start,answered", [
    # InnoReAct began January 2022; BFCC ended February 2019
    (("how long was the gap between BFCC and InnoReAct?",), "InnoReAct started 2 years and 11",
     True),
    # MAGIA ended in 2019 (no month), MAGIA2Market began September 2020
    (("Did MAGIA2Market start right after MAGIA ended?", "How long was the gap?"),
     "MAGIA2Market started between 9 and 20 months after", False),
    (("wie lange war die Pause zwischen P.I.L.O.T. und P.I.L.O.T. Next Level?",),
     "P.I.L.O.T. Next Level begann im Monat nach", True),
    (("how long was the gap between BFCC and HIHeal?",), "There was no gap", True),
    # what the gap was, with no "how long" (was both projects' cards)
    (("was war die Lücke zwischen MAGIA und MAGIA2Market?",),
     "MAGIA2Market begann zwischen 9 und 20 Monaten nach", False),  # (the dative)
    (("what was the gap between BFCC and ELISE?",), "There was no gap", True),
])
def test_how_long_the_gap_was_is_the_months_between_at_the_pages_precision(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, answered: bool) -> None:
    # Given two projects, named or just talked about
    reply = ask(kb, *messages)[-1]
    # Then the months from the end of the first to the start of the other (a range where
    # the page gives a year only), never a bare "Yes"
    assert reply.text.startswith(start) and reply.answered == answered, reply.text


@pytest.mark.parametrize("text,start", [
    ("What are the biggest grants?", "The largest known grant went to ELISE"),
    ("Welche Projekte hatten die höchsten Fördersummen?", "Die größte bekannte Förderung erhielt"),
    # the most expensive project: the largest stated amount (was all eleven, unranked)
    ("Welches Projekt war das teuerste?", "Die größte bekannte Förderung erhielt ELISE"),
    ("which project was the most expensive?", "The largest known grant went to ELISE"),
    ("Welches Projekt hat am meisten gekostet?", "Die größte bekannte Förderung erhielt"),
])
def test_the_biggest_grants_in_the_plural_rank_by_money(kb: KnowledgeBase, text: str,
                                                        start: str) -> None:
    # Given the grants asked for in the plural, no project named
    reply = ask(kb, text)[0]
    # Then the ranking by money, with the page's amounts (was "not understood" / all eleven)
    assert reply.intent == "superlative" and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("question,intent,start,both", [
    # the page: ELISE €1,217,494, KI#CK about €193,000 and €249,000, no amount for BFCC;
    # MAGIA's targets the US and China, MAGIA2Market added Japan as a third
    ("war bfcc teurer als elise", "amount", "Das geht aus der Seite nicht hervor.", True),
    ("hat bfcc mehr gekostet als elise", "amount", "Das geht aus der Seite nicht hervor.", True),
    ("was kick cheaper than elise?", "amount", "Yes.", True),
    ("war kick günstiger als elise?", "amount", "Ja.", True),
    ("hatte magia2market mehr zielregionen als magia", "places", "Ja.", True),
    ("did magia have fewer target markets than magia2market?", "places", "Yes.", True),
])
def test_a_comparison_of_cost_or_of_target_countries_compares_that(
        kb: KnowledgeBase, question: str, intent: str, start: str, both: bool) -> None:
    # Given a claim that one project cost more or less, or had more target countries
    reply = answer(question, State(), kb)
    # Then that figure of both (was the running time, or one project's card)
    assert reply.intent == intent and reply.text.startswith(start), reply.text
    assert len(reply.projects) == 2, reply.projects


def test_a_partner_the_page_names_beside_others_is_no_partner_count(kb: KnowledgeBase) -> None:
    # Given BONEBANK, in which the page names Life Science Nord as a participant and the UKSH
    # as its lead, but no count and no whole list of partners
    reply = ask(kb, "Welche Projekte liefen 2016?", "which one had the most partners?")[-1]
    # When the partners of the last list are ranked / Then BONEBANK gets no count ("1
    # partners") but is among those whose count the page doesn't give (so no winner)
    assert "BONEBANK: 1" not in reply.text, reply.text
    assert "BONEBANK" in reply.text.partition("none for")[2] and not reply.answered, reply.text


@pytest.mark.parametrize("text,pair", [
    ("which funders did NORTHOPEDICS and PILOT share?", {"northopedics", "pilot"}),
    ("what funders do BFCC and BONEBANK share", {"bfcc", "bonebank"}),
])
def test_the_funders_two_projects_shared_are_their_funders_not_an_amount(
        kb: KnowledgeBase, text: str, pair: set[str]) -> None:
    # When the funders two projects shared are asked ("share" as a verb, not a share of money)
    reply = ask(kb, text)[0]
    # Then each one's funders (the page: NORTHOPEDICS and P.I.L.O.T. both by the ERDF and
    # Schleswig-Holstein), not "the page gives no amount"
    assert reply.intent == "funding" and reply.answered and set(reply.projects) == pair
    assert all(kb.projects[p].name in reply.text for p in pair), reply.text


@pytest.mark.parametrize("messages,known,figure,missing", [
    # the page: BFCC "13 organisations", no count for BONEBANK or P.I.L.O.T.; KI#CK "two-year",
    # no dates for BRIDGE 53
    (("Tell me about BFCC and BONEBANK.", "and which had more partners?"),
     "BFCC", "13", "BONEBANK"),
    (("which lasted longer, bfcc or pilot", "und welches davon hatte mehr Partner?"),
     "BFCC", "13", "P.I.L.O.T."),
    (("Compare KI#CK and BRIDGE 53", "which ran longer?"), "KI#CK", "2", "BRIDGE 53"),
    (("Vergleiche KI#CK und BRIDGE 53", "welches lief länger?"), "KI#CK", "2", "BRIDGE 53"),
])
def test_a_ranking_of_two_where_the_page_gives_one_figure_names_no_winner(
        kb: KnowledgeBase, messages: tuple[str, ...], known: str, figure: str,
        missing: str) -> None:
    # Given two projects compared, the page giving the figure of only one of them
    reply = ask(kb, *messages)[-1]
    # Then no winner (the other may beat it): not answered, the figure it gives, whose it
    # doesn't (was "BFCC had the most partners: 13 organisations.")
    assert reply.intent == "superlative" and not reply.answered, reply.text
    assert not reply.text.startswith(known), reply.text
    assert f"{known} ({figure}" in reply.text and missing in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Welches Projekt bekam also mehr?",
    "Welches Projekt bekam denn mehr?",
    "welches bekam dann mehr",
    "which project got more?",
    "so which project got more then?",
])
def test_which_project_got_more_right_after_two_amounts_compares_those_two(
        kb: KnowledgeBase, question: str) -> None:
    # Given the amounts of ELISE (the page: a grant volume of €1,217,494) and of KI#CK (about
    # €193,000 and about €249,000), asked one per turn
    reply = ask(kb, "Wie viel Fördergeld hat ELISE bekommen?", "Und KI#CK?", question)[2]
    # Then "which project got more" (a comparative, "also"/"denn"/"dann" between its words)
    # compares those two, not all projects
    assert reply.intent == "superlative" and set(reply.projects) == {"elise", "kick"}, reply.text
    assert reply.projects[0] == "elise" and reply.answered, reply.text


@pytest.mark.parametrize("question,said", [
    ("by roughly how much?", "16 months longer"),
    ("roughly by how much?", "16 months longer"),
    ("um ungefähr wie viel?", "16 Monate länger"),
])
def test_by_roughly_how_much_after_a_comparison_is_the_difference(
        kb: KnowledgeBase, question: str, said: str) -> None:
    # Given the projects that ended in February 2023 (the page: InnoReAct 01.01.2022 -
    # 28.2.2023, 14 months; MAGIA2Market September 2020 to February 2023, 30 months), ranked
    replies = ask(kb, "which projects ran until Feb 2023?", "which of the two was longer?",
                  question)
    assert set(replies[0].projects) == {"innoreact", "magia2market"}, replies[0].text
    # Then "roughly" only hedges "by how much?": the difference of the two, not an amount
    assert replies[2].intent == "superlative" and said in replies[2].text, replies[2].text
    assert set(replies[2].projects) == {"innoreact", "magia2market"}
