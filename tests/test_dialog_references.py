"""Follow-ups that point back into the chat: the other member of the last list, a link noun
after a pronoun ("its successor"), "one as well" keeping the last ask, "which ones exactly"
after a count, a yes/no over both of the last pair."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages,intent", [
    (("which projects were funded by Hamburg?", "who led the Covid one?",
      "what about the other project?"), "lead"),
    (("Welche Projekte wurden von der Stadt Hamburg gefördert?", "Wann begann InnoReAct?",
      "und das andere Projekt?"), "start"),
])
def test_the_other_one_of_a_list_counts_a_listed_part_with_its_project(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str) -> None:
    # Given a list of HIHeal, InnoReAct and BRIDGE 53 "listed as part of HIHeal", and a
    # question about InnoReAct
    reply = ask(kb, *messages)[-1]
    # When "the other one" is asked about
    # Then it is HIHeal (BRIDGE 53 is no third project of the list), with the same question
    assert reply.projects == ("hiheal",) and reply.intent == intent


@pytest.mark.parametrize("messages,pid", [
    (("what project continued MAGIA?", "when did it start",
      "and the original one, when was that?"), "magia"),
    (("Welches Projekt setzte MAGIA fort?", "Wann begann es?",
      "Und das Vorgängerprojekt, wann lief das?"), "magia"),
    (("what project continued MAGIA?", "when did it start",
      "and the original one, when was that?", "who funded the follow-up?"), "magia2market"),
])
def test_a_link_back_to_the_project_the_chat_just_came_from_says_no_link_again(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given the link of two projects said, then a question about the project it reached
    # When the chat goes back along the link by its noun ("the original one", "the follow-up")
    reply = ask(kb, *messages)[-1]
    # Then the question is about the project reached alone, the link not said again
    assert reply.projects == (pid,), reply.text
    assert "follow-up of" not in reply.text and "continued by" not in reply.text, reply.text
    assert "Vorgänger" not in reply.text and "fortgeführt" not in reply.text, reply.text


@pytest.mark.parametrize("messages,pid,year", [
    (("Welche Projekte hatten China als Zielmarkt?", "und welches davon auch japan",
      "wann startete das", "Und das andere?"), "magia", "2018"),
    (("Which projects had China as a target?", "which of them also had Japan?",
      "when did it end?", "and the other one?"), "magia", "2019"),
])
def test_the_other_one_after_a_list_narrowed_to_one_is_the_other_of_the_list_before(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, year: str) -> None:
    # Given MAGIA and MAGIA2Market listed, narrowed to MAGIA2Market, and a question about it
    reply = ask(kb, *messages)[-1]
    # When "the other one" is asked about
    # Then it is MAGIA, the other of the two listed, with the same question
    assert reply.projects == (pid,) and reply.answered and year in reply.text, reply.text


@pytest.mark.parametrize("messages,pid,intent", [
    (("Which projects were funded by Interreg?", "which of them involved denmark",
      "who led that one?", "and the one with the fracture registry?"), "bfcc", "lead"),
    (("Welche Projekte wurden von Interreg gefördert?", "welches davon hatte Dänemark dabei?",
      "wann endete das?", "und das mit dem Frakturregister?"), "bfcc", "end"),
])
def test_a_description_after_a_list_narrowed_to_one_picks_from_the_list_before(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, intent: str) -> None:
    # Given the three Interreg projects, narrowed to BONEBANK, and a question about it
    reply = ask(kb, *messages)[-1]
    # When "the one with …" describes another of the three
    # Then that one is picked, and the last question is asked of it (not a list of it)
    assert reply.projects == (pid,) and reply.intent == intent, reply.text


@pytest.mark.parametrize("messages", [
    ("Which projects other than InnoReAct did Hamburg pay for?", "when did it start?"),
    ("Welche Projekte außer InnoReAct hat Hamburg gefördert?", "Wann fing das an?"),
])
def test_it_after_a_list_of_a_project_and_its_part_is_the_project(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a list of HIHeal and BRIDGE 53, listed as part of HIHeal
    reply = ask(kb, *messages)[-1]
    # When "it" is asked about
    # Then it is HIHeal, not the project talked about before the list
    assert reply.projects == ("hiheal",) and reply.intent == "start" and "2016" in reply.text


@pytest.mark.parametrize("messages", [
    ("how many countries took part in BFCC?", "which ones exactly?"),
    ("Aus wie vielen Ländern kamen die BFCC-Partner?", "und welche waren das?"),
])
def test_which_ones_after_a_count_the_page_gives_asks_for_names_it_lacks(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the countries of BFCC counted (the page counts them, names none)
    reply = ask(kb, *messages)[-1]
    # When "which ones exactly?" follows, with no noun of its own
    # Then it asks the same of BFCC, by name: the page doesn't name them
    assert reply.projects == ("bfcc",) and reply.intent in ("places", "partners")
    assert not reply.answered


@pytest.mark.parametrize("messages,pid", [
    (("Welche Projekte liefen 2016?", "Wie viele Partner hatte BFCC?",
      "und welche Krankenhäuser waren das?"), "bfcc"),
    (("Which projects ran in 2016?", "how many partners did BFCC have?",
      "which companies were those?"), "bfcc"),
    (("Welche Projekte liefen 2018?", "Wie viele Cluster waren bei MAGIA dabei?",
      "welche Organisationen waren das?"), "magia"),
])
def test_which_kind_of_member_after_a_count_asks_of_the_project_not_the_list(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a list, then the partners of one project of it counted
    reply = ask(kb, *messages)[-1]
    # When "which hospitals were those?" follows (a kind of member, "those" of the count)
    # Then it asks the partners' names of that project, not of every project of the list
    assert reply.projects == (pid,) and reply.intent == "partners", reply.text


@pytest.mark.parametrize("messages,word", [
    (("how many clusters were in MAGIA?", "which were they?"), "BioWin"),
    (("Wie viele Partner hatte MAGIA?", "Welche denn?"), "Lyonbiopole"),
])
def test_which_ones_after_a_count_the_page_names_names_them(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given MAGIA's partners counted
    reply = ask(kb, *messages)[-1]
    # When "which were they?" follows
    # Then the partners of MAGIA are named
    assert reply.projects[:1] == ("magia",) and reply.intent == "partners" and word in reply.text


@pytest.mark.parametrize("messages,pid", [
    (("How many projects did the ERDF fund?", "which exactly?"), "northopedics"),
    (("Wie viele Projekte wurden über Interreg finanziert?", "Welche genau?"), "bonebank"),
])
def test_which_ones_after_a_count_of_projects_lists_them(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a count of projects
    reply = ask(kb, *messages)[-1]
    # When "which exactly?" follows
    # Then the projects counted are listed
    assert reply.intent == "list" and pid in reply.projects


@pytest.mark.parametrize("messages,intent,pid", [
    (("Wozu gehörte BRIDGE 53?", "Wie hieß sein Nachfolger?"), "follow_up", "hiheal-next"),
    (("Was kam nach MAGIA?", "und wie hieß dessen Vorgänger?"), "predecessor", "magia"),
    (("Wann lief HIHeal?", "Wie hieß deren Nachfolgeprojekt?"), "follow_up",
     "hiheal-next"),
    (("what was BRIDGE 53 part of?", "and what was its successor called?"), "follow_up",
     "hiheal-next"),
])
def test_a_possessive_and_a_link_noun_after_a_naming_verb_is_a_hop_no_name(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, pid: str) -> None:
    # Given a project in focus
    reply = ask(kb, *messages)[-1]
    # When "wie hieß dessen Nachfolger?" asks for the name of its link
    # Then the link is followed from the project in focus ("dessen Nachfolger" is no unknown
    # project's name)
    assert reply.intent == intent and pid in reply.projects and reply.answered


@pytest.mark.parametrize("messages,intent", [
    (("which ran longer, BFCC or ELISE?", "and when did the two of them start?"), "start"),
    (("Was lief länger, HIHeal oder InnoReAct?", "Und wann endeten die beiden?"), "end"),
])
def test_both_right_after_comparing_two_asks_of_both(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str) -> None:
    # Given two projects compared ("which ran longer, A or B?"), "it" being the winner
    replies = ask(kb, *messages)
    pair = set(replies[0].projects)
    # When "both" / "die beiden" is asked about
    reply = replies[-1]
    # Then the question is answered of both, not of the winner alone
    assert set(reply.projects) == pair and reply.intent in (intent, "dates")


@pytest.mark.parametrize("messages,word", [
    (("Welches begann früher, HIHeal oder ELISE?", "Hatte eins von beiden Partner in Polen?"),
     "ELISE"),
    (("Wann liefen BFCC und ELISE?", "Hatte eines davon Partner in Litauen?"), "ELISE"),
])
def test_one_of_the_two_in_a_claim_is_any_of_them_not_the_first(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given two projects just talked about
    reply = ask(kb, *messages)[-1]
    # When a yes/no asks whether "eins von beiden" holds something ("eins" is no ordinal here)
    # Then the claim is checked of each, and the one it holds for is named
    assert reply.text.startswith("Ja") and word in reply.text


@pytest.mark.parametrize("messages,intent,answered", [
    (("what did MAGIA turn into?", "and did BONEBANK have one too?"), "follow_up", False),
    (("Gehörte BFCC zu einem größeren Projekt?", "und hatte BONEBANK auch so etwas?"),
     "part_of", False),
    (("Did MAGIA have a predecessor?", "did MAGIA2Market have one?"), "predecessor", True),
])
def test_one_as_well_asks_the_last_question_of_the_project_named(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, answered: bool) -> None:
    # Given a question about a link of one project
    reply = ask(kb, *messages)[-1]
    # When "does X have one as well?" names another project and asks nothing else
    # Then the same question is asked of it ("the page names none", not its summary card)
    assert reply.intent == intent and reply.answered is answered


@pytest.mark.parametrize("messages", [
    ("was war northopedics", "wan hat das angefangen", "und bonebank, was war da genau"),
    ("Wann endete BFCC?", "und bonebank? was ist das"),
    ("when did BFCC end?", "and bonebank, what was it exactly?"),
])
def test_a_new_project_named_then_what_it_was_asks_for_its_card(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a date asked of one project
    reply = ask(kb, *messages)[-1]
    # When another is named and then "what was it" asked, then it is what the new one was (its
    # card, with the page's summary), not the date question again (was "BONEBANK begann im
    # September 2015.")
    assert reply.intent == "overview" and reply.projects == ("bonebank",), reply.text
    assert kb.projects["bonebank"].summary.get(reply.language) in reply.text


@pytest.mark.parametrize("messages,pair,answered", [
    (("How long did ELISE run?", "und im Vergleich zu KI#CK, welches lief länger?"),
     {"elise", "kick"}, True),
    (("How much money did ELISE get?", "compared with HIHeal, which got more?"),
     {"elise", "hiheal"}, False),
])
def test_compared_to_another_which_ranks_the_two(
        kb: KnowledgeBase, messages: tuple[str, ...], pair: set[str], answered: bool) -> None:
    # Given one project talked about
    reply = ask(kb, *messages)[-1]
    # When "compared to X, which …-er?" names another project
    # Then the two are ranked (an amount the page lacks for one leaves it unanswered)
    assert reply.intent == "superlative" and set(reply.projects) == pair
    assert reply.answered is answered


@pytest.mark.parametrize("messages,start", [
    (("When did BFCC and ELISE run?", "so they overlapped?"), "Yes"),
    (("Wann liefen MAGIA und ELISE?", "Die liefen also gleichzeitig?"), "Ja"),
    (("When did HIHeal and InnoReAct end?", "they ended in the same year then?"), "No"),
])
def test_a_statement_opened_or_ended_by_so_then_is_a_yes_no_about_the_pair(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given two projects just talked about
    reply = ask(kb, *messages)[-1]
    # When a statement asks to confirm ("so they overlapped?"), with no auxiliary verb first
    # Then it is checked as a claim about both
    assert reply.text.startswith(start) and len(reply.projects) == 2


@pytest.mark.parametrize("messages,pid,word", [
    (("Was kam nach MAGIA?", "Und was hat der Nachfolger gemacht?"), "magia2market", "Japan"),
    (("Wann begann P.I.L.O.T. Next Level?", "Was hat denn das Vorgängerprojekt gemacht?"),
     "pilot", "Präzisionsmedizin"),
])
def test_what_a_linked_project_did_hops_and_asks_its_activities(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, word: str) -> None:
    # Given a project with a predecessor or follow-up
    reply = ask(kb, *messages)[-1]
    # When "was hat der Nachfolger gemacht?" asks what the linked project did
    # Then its activities are told (not only which project the link leads to)
    assert reply.intent == "activities" and pid in reply.projects and word in reply.text


@pytest.mark.parametrize("messages", [
    ("How much did the ESF give KI#CK?", "and who paid the rest?"),
    ("Wie viel kam bei KI#CK vom ESF?", "Und von wem kam der Rest?"),
])
def test_where_the_rest_came_from_after_one_funders_share_names_the_funders(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the ESF's share of KI#CK's money
    reply = ask(kb, *messages)[-1]
    # When the rest is asked for with where it came from
    # Then the funders are named, with every amount the page gives
    assert reply.intent == "funding" and reply.projects == ("kick",) and "193" in reply.text


@pytest.mark.parametrize("messages,pid", [
    (("Wer leitete BONEBANK?", "Und im Rahmen welchen Programms?"), "bonebank"),
    (("Im Rahmen welches Programms lief ELISE?",), "elise"),
])
def test_within_which_programme_asks_the_funding_programme(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a project
    reply = ask(kb, *messages)[-1]
    # When "im Rahmen welches Programms?" asks (genitive: "Programms")
    # Then the funding programme answers it, not whether it was part of a bigger project
    assert reply.intent == "funding" and reply.projects[:1] == (pid,) and reply.answered


@pytest.mark.parametrize("messages,start,pair", [
    (("When did MAGIA end?", "and ELISE, did that end later?"), "Yes", {"elise", "magia"}),
    (("Wie lange lief BFCC?", "Lief ELISE länger?"), "Ja", {"elise", "bfcc"}),
    (("When did HIHeal start?", "did KI#CK start earlier?"), "The page doesn't say",
     {"hiheal", "kick"}),
])
def test_a_comparative_claim_without_than_compares_with_the_project_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, pair: set[str]) -> None:
    # Given one project talked about
    reply = ask(kb, *messages)[-1]
    # When a yes/no claims another project did something "earlier"/"länger", with no "than"
    # Then the claim is checked against the project talked about (unknown where the page
    # gives no date)
    assert reply.text.startswith(start) and set(reply.projects) == pair


@pytest.mark.parametrize("messages,start,intent", [
    (("Wann begann BFCC?", "und NORTHOPEDICS?", "im selben Jahr?"), "Ja", "start"),
    (("When did InnoReAct and MAGIA2Market end?", "same month?"), "Yes", "end"),
    (("Wann endete BFCC?", "und MAGIA?", "im selben Monat?"), "Das geht aus der Seite nicht",
     "end"),
])
def test_a_bare_pair_claim_after_two_projects_checks_them(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str, intent: str) -> None:
    # Given two projects just talked about, by their start or end
    reply = ask(kb, *messages)[-1]
    # When "same month?" asks with no verb
    # Then the claim is checked of the two, for the event just asked (a month the page
    # lacks leaves it open)
    assert reply.text.startswith(start) and reply.intent == intent
    assert len(reply.projects) == 2


@pytest.mark.parametrize(("messages", "pid"), [
    (("which ran longer, magia or bfcc?", "and which started earlier?",
      "who led the second one I mentioned?"), "bfcc"),
    (("Lief MAGIA oder BFCC länger?", "und welches begann früher?",
      "Wer hat das erstgenannte geleitet?"), "magia"),
    (("Lief ELISE oder BONEBANK länger?", "Wann endete ELISE?",
      "und das zweite, das ich genannt habe?"), "bonebank"),
])
def test_the_one_i_mentioned_counts_in_the_order_the_user_named_them(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given two projects named in one message, then a ranking or a question that reorders them
    reply = ask(kb, *messages)[-1]
    # When "the second one I mentioned" / "das erstgenannte" is asked about
    # Then it is that one in the order the user wrote them, not in the ranking's order
    assert reply.projects[:1] == (pid,), reply.text


@pytest.mark.parametrize("dialog", [
    ("hi, quick q: when did bonebank start", "and bfcc?", "und NORTHOPEDICS?",
     "Welches der drei ist zuerst zu Ende gegangen?"),
    ("when did InnoReAct end?", "and MAGIA2Market?", "and P.I.L.O.T.?",
     "which of those three ended last?"),
])
def test_the_three_are_the_last_three_projects_talked_about_one_per_turn(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # given three projects asked about one per turn, and no list before
    replies = ask(kb, *dialog)
    talked = {p for r in replies[:3] for p in r.projects}
    assert len(talked) == 3
    # when a ranking of "the three" is asked
    reply = replies[-1]
    # then those three are ranked, the winner first, each with its date
    assert reply.intent == "superlative" and set(reply.projects) == talked, reply.text
    assert all(kb.projects[p].name in reply.text for p in talked)


@pytest.mark.parametrize("dialog", [
    ("which ran longer, bfcc or bonebank?", "by how much?", "and elise vs bonebank?",
     "which of those three started first"),
    ("Was lief länger, BFCC oder BONEBANK?", "und ELISE gegen BONEBANK?",
     "Welches der drei begann zuerst?"),
])
def test_the_three_are_the_projects_of_two_rankings_of_pairs(
        kb: KnowledgeBase, dialog: tuple[str, ...]) -> None:
    # Given BFCC and BONEBANK compared, then ELISE and BONEBANK
    reply = ask(kb, *dialog)[-1]
    # When a ranking of "the three" is asked
    # Then the three compared are ranked, BONEBANK (September 2015) first
    assert reply.intent == "superlative", reply.text
    assert reply.projects == ("bonebank", "bfcc", "elise"), reply.text


@pytest.mark.parametrize("dialog,pair", [
    (("Which projects were funded by Interreg?", "which ran longer, MAGIA or HIHeal?",
      "which of them started first?"), ("hiheal", "magia")),
    (("Welche Projekte liefen 2018?", "Was lief länger, InnoReAct oder BONEBANK?",
      "und welches davon begann zuerst?"), ("bonebank", "innoreact")),
])
def test_which_of_them_after_a_ranking_of_a_named_pair_is_that_pair_not_an_older_list(
        kb: KnowledgeBase, dialog: tuple[str, ...], pair: tuple[str, ...]) -> None:
    # Given a list, then a ranking of two projects named (not of the list)
    reply = ask(kb, *dialog)[-1]
    # When "which of them" asks for another ranking
    # Then it ranks the pair just compared, not the older list
    assert reply.intent == "superlative" and reply.projects == pair, reply.text


@pytest.mark.parametrize("messages,project,word", [
    (("when did BFCC run?", "and ELISE?", "who led the first one?"), "bfcc", "Lübeck"),
    (("Wer hat NORTHOPEDICS gefördert?", "und KI#CK?", "und das InnoReAct?",
      "Welche Länder waren beim zweiten Projekt dabei?"), "kick", "Länder"),
    (("who funded HIHeal?", "and BONEBANK?", "what was the goal of the first one?"),
     "hiheal", "network"),
])
def test_an_ordinal_with_no_list_picks_from_the_projects_talked_about_in_turn(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, word: str) -> None:
    # Given projects asked about one per turn, and no list to pick from
    reply = ask(kb, *messages)[-1]
    # When "the first one", "das zweite" is asked about
    # Then it is that one of them, in the order they were talked about, not the last one
    assert reply.projects[:1] == (project,)


@pytest.mark.parametrize("messages", [
    ("how does BRIDGE 53 fit in?", "what was its goal?"),
    ("what was HIHeal about?", "ok and BRIDGE 53, how does it fit in?", "what was its goal?"),
    ("how is BRIDGE 53 related to the other projects?", "and when did it run?"),
])
def test_it_after_how_one_project_fits_in_is_that_project(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given how one project (BRIDGE 53) is linked asked, the answer naming the project it
    # was part of (HIHeal) too
    reply = ask(kb, *messages)[-1]
    # When "its", "it" asks on
    # Then it is the project asked about, not also the one it was part of
    assert reply.projects == ("bridge53",), reply.text


@pytest.mark.parametrize("messages,project,word", [
    (("What was the goal of MAGIA2Market?", "and what was the predecessor?",
      "when did that run?", "who funded the first one?"), "magia", "COSME"),
    (("Wann endete HIHeal?", "und das Nachfolgeprojekt?", "wer hat das erste gefördert?"),
     "hiheal", "Hamburg"),
    (("Who funded MAGIA2Market?", "and its predecessor?", "when did the second one end?"),
     "magia2market", "2023"),
    (("Worum ging es bei MAGIA2Market?", "und der Vorgänger?",
      "und das erste, wann ging das los?"), "magia", "2018"),
])
def test_the_first_one_of_a_project_and_its_link_is_the_one_that_came_first(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, word: str) -> None:
    # Given a project and the project it followed (or that followed it) talked about in turn
    reply = ask(kb, *messages)[-1]
    # When "the first one", "das zweite" is asked about
    # Then it counts along the chain: the predecessor first, its follow-up second
    assert reply.projects[:1] == (project,) and word in reply.text


@pytest.mark.parametrize("messages,project,year", [
    (("which projects were about medtech companies going abroad?",
      "which countries did the newer one target?"), "magia2market", "Japan"),
    (("Welche Projekte hatten mit Internationalisierung zu tun?", "Wann endete das ältere?"),
     "magia", "2019"),
    (("when did ELISE start?", "and BONEBANK?", "what about the older project, who led it?"),
     "bonebank", None),
    (("Wann begann HIHeal?", "und InnoReAct?", "und wann endete das spätere Projekt?"),
     "innoreact", "2023"),
    # two compared together, the last answer of both ("by how much?"), and the word before the
    # next noun phrase ("bei dem früheren das Material")
    (("Was lief länger, BONEBANK oder ELISE?", "und welches hat früher angefangen",
      "um wie viel früher ungefähr", "wo wurde bei dem früheren das material entnommen"),
     "bonebank", "Odense"),
    (("which ran longer, BFCC or ELISE?", "which started earlier?", "by how much?",
      "where was the older one active?"), "bfcc", "Baltic"),
])
def test_the_later_or_earlier_one_of_two_is_the_one_that_started_so(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str, year: str | None) -> None:
    # Given two projects, listed or asked about one per turn
    reply = ask(kb, *messages)[-1]
    # When "the newer one", "das ältere" is asked about
    # Then it is the one of the two that started later (earlier)
    assert reply.projects == (project,) and reply.answered
    assert year is None or year in reply.text


def test_an_earlier_thing_that_is_no_project_picks_none(kb: KnowledgeBase) -> None:
    # Given two projects asked about one per turn
    reply = ask(kb, "when did ELISE start?", "and BONEBANK?", "who led the earlier phase?")[-1]
    # When "the earlier" names something else ("phase")
    # Then no project of the two is picked by it: the question stays with BONEBANK
    assert reply.projects == ("bonebank",)


@pytest.mark.parametrize("messages,word", [
    (("who were the partners in MAGIA?", "which one was from France?"), "Lyonbiopole"),
    (("Welche Cluster waren Partner bei MAGIA?", "und welcher war aus Italien?"), "bioPmed"),
    (("how many clusters did MAGIA bring together?", "who was the belgian one?"), "BioWin"),
])
def test_which_one_was_from_a_country_picks_among_the_partners_just_named(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given the partners of one project just named
    reply = ask(kb, *messages)[-1]
    # When "which one was from <country>?" follows, with no project or list of its own
    # Then the partner from there comes first, not the project's card or a list of projects
    assert reply.projects == ("magia",) and reply.answered
    assert reply.text.split("\n")[0].endswith(f"{word}.")


@pytest.mark.parametrize("messages", [
    ("who were the partners in MAGIA?", "which one was from Japan?"),
    ("Wer waren die Partner von BFCC?", "welcher kam aus Dänemark?"),
])
def test_which_one_was_from_a_country_the_page_names_none_of_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the partners of one project just named (or only counted, for BFCC)
    reply = ask(kb, *messages)[-1]
    # When a partner from a country the page names none from is picked
    # Then the page doesn't say: no partner is named
    assert not reply.answered and reply.intent == "places"


@pytest.mark.parametrize("messages,word", [
    (("Which projects had partners in Belgium?", "who was MAGIA's Italian partner?",
      "and the french one?"), "Lyonbiopole"),
    (("Welche Projekte hatten Partner in Italien?", "Wer war der italienische Partner bei MAGIA?",
      "und der belgische?"), "BioWin"),
])
def test_the_country_one_after_one_projects_partner_is_its_partner_not_a_listed_project(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given a list of projects, then one of them asked for its partner from a country
    reply = ask(kb, *messages)[-1]
    # When "and the french one?" follows
    # Then it is that project's partner from there, no pick among the listed projects
    assert reply.projects == ("magia",) and reply.text.split("\n")[0].endswith(f"{word}.")


def test_the_country_one_after_another_question_still_picks_from_the_list(
        kb: KnowledgeBase) -> None:
    # Given a list of projects with Italian partners, then MAGIA's funders
    reply = ask(kb, "Which projects had partners in Italy?", "who funded MAGIA?",
                "and the french one?")[-1]
    # When "and the french one?" follows
    # Then it picks among the listed projects (both have French partners: which one?)
    assert reply.intent == "clarify"


@pytest.mark.parametrize("messages", [
    ("Was war eigentlich BRIDGE 53?", "Wann lief das?",
     "Und das Gesamtprojekt, zu dem es gehörte?"),
    ("Wann lief BRIDGE 53?", "Und das Gesamtprojekt?"),
    ("when did bridge 53 run?", "and the overall project?"),
    # "was" in a relative clause with "it" as its subject asks nothing
    ("what was bridge 53 supposed to achieve?", "when did it run?",
     "and the project it was part of?"),
    ("when did bridge 53 run?", "and the one it was part of?"),
])
def test_a_link_named_after_a_question_the_page_left_open_carries_it_on(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a question the page doesn't answer of BRIDGE 53 (its dates), then only a link noun,
    # with or without a relative clause that restates the link ("zu dem es gehörte")
    reply = ask(kb, *messages)[-1]
    # Then the same question is asked of the project reached (HIHeal: 2016 to 2022)
    assert reply.intent == "dates" and reply.projects == ("bridge53", "hiheal"), reply.text
    assert "2016" in reply.text and "2022" in reply.text, reply.text


@pytest.mark.parametrize(("messages", "intent", "start", "answered"), [
    # the page: HIHeal next level transition has no end date; MAGIA2Market ended in February
    # 2023; Japan was a target country of MAGIA2Market
    (("is hiheal still running?", "and the follow-up project?"), "status", "The page doesn't",
     False),
    (("Läuft P.I.L.O.T. noch?", "Und das Nachfolgeprojekt?"), "status", "Das geht", False),
    (("did magia end in 2019?", "and its follow-up?"), "end", "No", True),
    (("did MAGIA target Japan?", "and in the follow up project?"), "places", "Yes", True),
    # the project it starts from named again, the claim carried to it the turn before
    (("Ist ELISE noch aktiv?", "Und HIHeal?", "und das Nachfolgeprojekt von HIHeal?"), "status",
     "Das geht", False),
    (("is hiheal still running?", "and the follow-up of HIHeal?"), "status", "The page doesn't",
     False),
    # "what about", "wie ist es mit" turn to the link noun: their question word asks nothing
    (("is innoreact still going?", "and hiheal?", "what about its successor"), "status",
     "The page doesn't", False),
    (("Läuft HIHeal noch?", "wie ist es mit dem Nachfolger?"), "status", "Das geht", False),
])
def test_a_link_noun_right_after_a_yes_no_asks_the_same_of_the_project_reached(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, start: str,
        answered: bool) -> None:
    # Given a yes/no claim about a project, then only a link noun
    reply = ask(kb, *messages)[-1]
    # Then the claim is checked of the project the link reaches, the link said after it
    assert reply.intent == intent and reply.text.startswith(start), reply.text
    assert reply.answered is answered and len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("messages", [
    ("is hiheal still running?", "and the follow-up project?", "what's it called again"),
    ("Wer förderte das Nachfolgeprojekt von MAGIA?", "Wie hieß das nochmal?"),
    # the link itself said ("und das Nachfolgeprojekt?" after an answered question)
    ("Wer hat HIHeal gefördert?", "und das Nachfolgeprojekt?", "wie heißt das nochmal genau"),
    ("Wann lief HIHeal?", "Und das Nachfolgeprojekt?", "Wie heißt das überhaupt?"),
])
def test_the_name_asked_right_after_a_step_along_a_link_is_the_link(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given an answer that stepped along a link, then "what's it called again?"
    replies = ask(kb, *messages, "und wann lief es?")
    # Then the link names the project reached, with the one it starts from
    named = replies[-2]
    assert named.intent == "follow_up" and len(named.projects) == 2, named.text
    # and "it" next is still the project reached
    assert len(replies[-1].projects) == 1 and replies[-1].projects[0] != named.projects[0]


@pytest.mark.parametrize("messages,start", [
    (("what was the InnoReAct project?", "Gibt es einen Leitfaden zum Projekt?"), "Ja."),
    (("what was the InnoReAct project?", "Gibt es dafür einen Leitfaden?"), "Ja."),
    (("Was war BONEBANK?", "Gibt es eine Biobank zum Projekt?"), "Ja."),
    (("what was the InnoReAct project?", "is there a guide for the project?"), "Yes."),
    (("Was war BFCC?", "Gibt es einen Leitfaden zum Projekt?"), "Das geht aus der Seite"),
])
def test_a_thing_asked_of_the_project_pointed_back_at_is_a_claim_about_that_project(
    kb: KnowledgeBase, messages: tuple[str, ...], start: str
) -> None:
    # Given a project talked about
    # When a thing is asked of it by "zum Projekt", "dafür", "for the project"
    reply = ask(kb, *messages)[-1]
    # Then it is a yes/no about that project, not a list of every project with that topic
    assert reply.text.startswith(start), reply.text
    assert len(reply.projects) == 1, reply.projects


@pytest.mark.parametrize("messages,project", [
    (("Wir waren bei ELISE dabei. Welche Idee stand hinter dem Projekt?",), "elise"),
    (("Wann lief ELISE?", "Welche Idee stand hinter dem Projekt?"), "elise"),
    (("Was steckte hinter MAGIA?",), "magia"),
])
def test_the_idea_behind_the_project_talked_about_is_its_overview(
    kb: KnowledgeBase, messages: tuple[str, ...], project: str
) -> None:
    # When the idea behind the project told of or talked about is asked ("Welche Idee stand
    # hinter dem Projekt?")
    reply = ask(kb, *messages)[-1]
    # Then it is that project's summary (not "not understood", nor the last ask again)
    assert reply.intent == "overview" and reply.projects == (project,), reply.text


@pytest.mark.parametrize("messages,start", [
    (("Was war ELISE?", "und welche Organisation aus Litauen genau?"), "Eine Partnerorganisation"),
    (("Was war ELISE?", "which organisation from Lithuania exactly?"), "The page names no"),
    (("Was war MAGIA?", "Welche Organisation aus Italien war dabei?"), "Aus Italien: bioPmed"),
])
def test_which_organisation_from_a_country_asks_for_the_partner_there(
    kb: KnowledgeBase, messages: tuple[str, ...], start: str
) -> None:
    # When one organisation from a country is asked of the project talked about
    reply = ask(kb, *messages)[-1]
    # Then it is that partner (or the page naming none), not where the project was active
    assert reply.intent == "partners" and reply.text.startswith(start), reply.text


def test_what_the_follow_up_is_about_right_after_it_was_named_is_its_card(
        kb: KnowledgeBase) -> None:
    # Given the follow-up just named ("Ja. HIHeal wurde durch … fortgeführt.")
    reply = ask(kb, "Gab es bei HIHeal ein Folgeprojekt?", "Worum geht's in dem Folgeprojekt?")[-1]
    # Then "geht's" is "geht es": what the follow-up is about, not a follow-up of the follow-up
    assert reply.intent == "overview" and "hiheal-next" in reply.projects, reply.text


@pytest.mark.parametrize("messages,first", [
    (("when did BFCC run?", "and bonebank?", "which of them started first"), "bonebank"),
    (("Wann lief ELISE?", "und MAGIA?", "Welches von beiden endete zuerst?"), "magia"),
])
def test_which_of_them_after_two_projects_asked_one_by_one_ranks_those_two(
        kb: KnowledgeBase, messages: tuple[str, ...], first: str) -> None:
    # Given two projects asked about one per turn, and no list
    reply = ask(kb, *messages)[-1]
    # When "which of them" asks a ranking
    # Then it ranks those two, each with its figure, not every project
    assert reply.intent == "superlative" and reply.projects[0] == first, reply.text
    assert len(reply.projects) == 2 and "Compared" not in reply.text, reply.text


@pytest.mark.parametrize("messages,first", [
    (("Wann hat BFCC angefangen?", "und NORTHOPEDICS?", "welches war zuerst?"), "bfcc"),
    (("when did BFCC run?", "and bonebank?", "which one started first?"), "bonebank"),
    (("Wann lief ELISE?", "und MAGIA?", "und welches endete früher?"), "magia"),
    (("Wann lief NORTHOPEDICS?", "Und BFCC?", "Welches hatte mehr Partner?"), "bfcc"),
    (("when did ELISE start?", "and BFCC?", "which had more partners?"), "bfcc"),
])
def test_which_with_no_of_them_after_two_projects_asked_in_turn_ranks_those_two(
        kb: KnowledgeBase, messages: tuple[str, ...], first: str) -> None:
    # Given two projects asked about one per turn, the second with only its name
    reply = ask(kb, *messages)[-1]
    # When "which" asks a ranking or a comparative, with no "of them" and no "project"
    # Then it ranks those two, not every project
    assert reply.intent == "superlative" and reply.projects[0] == first, reply.text
    assert len(reply.projects) == 2, reply.text


def test_which_project_after_two_projects_asked_in_turn_still_ranks_them_all(
        kb: KnowledgeBase) -> None:
    # Given two projects asked about one per turn
    reply = ask(kb, "when did BFCC run?", "and bonebank?", "which project started first?")[-1]
    # When "which project" asks a ranking: of all projects, with how many were compared
    assert reply.intent == "superlative" and "Compared" in reply.text, reply.text


@pytest.mark.parametrize("messages,first", [
    (("Compare NORTHOPEDICS and P.I.L.O.T.", "which started first?"), "northopedics"),
    (("Vergleichen Sie BFCC und ELISE", "Welches begann zuerst?"), "bfcc"),
    (("When did MAGIA and BONEBANK start?", "which ended last?"), "bonebank"),
    (("Wann liefen HIHeal und InnoReAct?", "welches endete zuerst?"), "hiheal"),
])
def test_a_ranking_right_after_one_reply_about_two_projects_ranks_those_two(
        kb: KnowledgeBase, messages: tuple[str, ...], first: str) -> None:
    # Given one reply that spoke of two projects side by side (a comparison, a date of each)
    reply = ask(kb, *messages)[-1]
    # When "which" asks a ranking, with no "project" and nothing of all
    # Then it ranks those two, each with its figure (was every project: BONEBANK first)
    assert reply.intent == "superlative" and reply.projects[0] == first, reply.text
    assert len(reply.projects) == 2, reply.text


@pytest.mark.parametrize("messages,first", [
    (("zeig mal ne übersicht wann welche projekte liefen", "welches war das erste?"),
     "bonebank"),
    (("Welche Projekte liefen 2020?", "welches davon war das letzte?"), "magia2market"),
    (("Which projects ran in 2020?", "which one was the first?"), "bonebank"),
    (("Which projects ran in 2020?", "and which was the last one?"), "magia2market"),
])
def test_which_was_the_first_asks_which_came_first_not_the_first_listed(
        kb: KnowledgeBase, messages: tuple[str, ...], first: str) -> None:
    # Given a list or a timeline, in the page's order (BFCC first, P.I.L.O.T. last)
    reply = ask(kb, *messages)[-1]
    # When "which … was the first/last" asks (an article before the ordinal)
    # Then it ranks them by start (was the overview of the one listed first or last)
    assert reply.intent == "superlative" and reply.projects[0] == first, reply.text


@pytest.mark.parametrize("messages,figure", [
    (("which project had the most partners?", "and how many were in MAGIA?"), "four"),
    (("Welches Projekt hatte die meisten Partner?", "und wie viele waren es bei MAGIA?"), "vier"),
    (("Who were BFCC's partners?", "and how many did ELISE have?"), "seven"),
    (("Hatte BFCC mehr Partnerorganisationen als ELISE Partnerregionen?",
      "Wie viele waren es bei BFCC?"), "13"),
])
def test_a_bare_count_right_after_partners_counts_the_partners_again(
        kb: KnowledgeBase, messages: tuple[str, ...], figure: str) -> None:
    # Given partners just told, counted or ranked
    reply = ask(kb, *messages)[-1]
    # When "how many" names no noun of its own: the partners of the project named
    assert reply.intent == "partners" and reply.answered and figure in reply.text, reply.text


def test_a_count_with_its_own_noun_after_partners_is_no_partner_count(
        kb: KnowledgeBase) -> None:
    # Given partners just told; when "how many" names what it counts (the page counts no samples)
    reply = ask(kb, "Who were the partners of BONEBANK?",
                "how many samples did BONEBANK store?")[-1]
    # Then it is that figure, which the page lacks, not the partners
    assert reply.intent == "quantity" and not reply.answered, reply.text


@pytest.mark.parametrize("messages,start", [
    (("Was startete früher, ELISE oder HIHeal?", "und endete HIHeal auch früher?"), "Nein"),
    (("which started earlier, ELISE or HIHeal?", "and did ELISE also end earlier?"), "Yes"),
])
def test_a_comparative_claim_after_a_comparison_of_two_is_against_the_other_one(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a comparison of ELISE and HIHeal (HIHeal started earlier)
    reply = ask(kb, *messages)[-1]
    # When a yes/no comparative names one of the pair and no "than"
    # Then it is checked against the other one of the pair, with both ends
    assert reply.intent == "end" and set(reply.projects) == {"elise", "hiheal"}, reply.text
    assert reply.text.startswith(start) and "2021" in reply.text and "2022" in reply.text


@pytest.mark.parametrize("messages,places", [
    (("is magia2market still running?",
      "ok and before that there was MAGIA right? what markets did that cover"), "China"),
    (("Läuft MAGIA2Market noch?", "und davor gab es MAGIA, oder? welche Zielmärkte hatte das?"),
     "China"),
])
def test_a_link_only_confirmed_before_a_question_names_the_question_s_subject(
        kb: KnowledgeBase, messages: tuple[str, ...], places: str) -> None:
    # Given MAGIA2Market talked about
    reply = ask(kb, *messages)[-1]
    # When a link to a named project is only confirmed ("…, right?") before a question that
    # points back with "that"
    # Then the question is asked of the project named (MAGIA), with the link said: both ends
    # (MAGIA's markets, without Japan, which MAGIA2Market added)
    assert reply.intent == "places" and set(reply.projects) == {"magia", "magia2market"}
    assert places in reply.text and "Japan" not in reply.text, reply.text


def test_a_link_confirmed_that_the_page_does_not_have_is_answered_no(
        kb: KnowledgeBase) -> None:
    # Given MAGIA2Market talked about
    reply = ask(kb, "is magia2market still running?",
                "ok and before that there was BFCC right? what markets did that cover")[-1]
    # When a wrong predecessor is confirmed before a question
    # Then the claim is checked: no, with the page's link
    assert reply.text.startswith("No.") and "MAGIA" in reply.text, reply.text


def test_a_name_within_the_one_project_of_the_last_list_is_its_own_project(
        kb: KnowledgeBase) -> None:
    # Given a list of one project, MAGIA2Market
    reply = ask(kb, "which projects involved Japan?", "when did MAGIA run?")[-1]
    # When MAGIA, whose name MAGIA2Market's contains, is asked about
    # Then it is MAGIA (one project listed offers nothing to pick among)
    assert reply.projects == ("magia",) and "2018" in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    (("innoreact in a nutshell?", "what about compared to KI#CK, was it longer than that"),
     "No."),
    (("innoreact", "compared to KI#CK, was it longer?"), "No."),
    (("Wie lange lief ELISE?", "Und im Vergleich zu BFCC, lief es länger?"), "Ja."),
])
def test_a_project_set_against_before_a_comparative_yes_no_is_what_it_is_compared_with(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given InnoReAct (14 months) or ELISE (5 years) talked about
    # When another project is named "compared to" before a comparative yes/no of "it"
    reply = ask(kb, *messages)[-1]
    # Then the claim is of the project talked about, than the one named (InnoReAct was not
    # longer than KI#CK's 2 years; ELISE was longer than BFCC's 3): yes or no, both lengths
    assert reply.text.startswith(start) and reply.intent == "duration", reply.text
    assert len(reply.projects) == 2 and reply.projects[0] in ("innoreact", "elise")


@pytest.mark.parametrize("messages,added", [
    (("what were magia2market's target markets",
      "which of those was new compared to the earlier project?"), "added Japan"),
    (("what were magia2market's target markets", "which of those were new compared to MAGIA?"),
     "added Japan"),
    (("Welche Zielmärkte hatte MAGIA2Market?",
      "Welches davon war neu im Vergleich zum Vorgängerprojekt?"), "Japan als Ziel"),
])
def test_which_of_those_was_new_against_another_project_asks_the_same_of_both(
        kb: KnowledgeBase, messages: tuple[str, ...], added: str) -> None:
    # Given MAGIA2Market's target markets told (no list of projects)
    reply = ask(kb, *messages)[-1]
    # When "which of those was new" compared to its predecessor (named or as a link noun)
    # Then "those" are the markets: the places of both projects, with what was added
    assert reply.intent == "places" and set(reply.projects) == {"magia", "magia2market"}
    assert added in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    (("Which MAGIA2Market target market was new compared to MAGIA?",
      "when was that added, what year did magia2market start?"), "started in September 2020"),
    (("Which MAGIA2Market target market was new compared to MAGIA?", "when was that added?"),
     "started in September 2020"),
    (("Welcher Zielmarkt kam bei MAGIA2Market im Vergleich zu MAGIA neu dazu?",
      "Wann ist das dazugekommen?"), "begann im September 2020"),
])
def test_when_what_a_follow_up_added_was_added_is_when_the_follow_up_started(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given what MAGIA2Market added to MAGIA's target markets told (both projects talked of)
    reply = ask(kb, *messages)[-1]
    # When "when was that added?" follows
    # Then it came with the follow-up: its start, not the dates of both
    assert reply.intent == "start" and reply.projects == ("magia2market",), reply.text
    assert start in reply.text and "2018" not in reply.text, reply.text


@pytest.mark.parametrize("messages,start", [
    (("tell me about MAGIA", "when was japan added"), "started in September 2020"),
    (("Was war MAGIA?", "Seit wann war Japan dabei?"), "begann im September 2020"),
    (("when was japan added to MAGIA",), "started in September 2020"),
])
def test_when_a_place_a_follow_up_added_joined_is_when_the_follow_up_started(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given MAGIA (2018-2019) talked about or named, whose follow-up MAGIA2Market (from
    # September 2020) added Japan as a target
    reply = ask(kb, *messages)[-1]
    # When it is asked since when Japan was there
    # Then the follow-up that added it is named, with its start, not MAGIA's
    assert reply.intent == "start" and reply.projects == ("magia2market",), reply.text
    assert start in reply.text and "Japan" in reply.text and "2018" not in reply.text


def test_whom_a_thing_of_the_project_talked_of_was_to_help_is_said(kb: KnowledgeBase) -> None:
    # Given BFCC talked of, whose registry "helps hospitals and companies in the region"
    reply = ask(kb, "Was hat BFCC aufgebaut?", "Wem soll das Register helfen?")[-1]
    # When whom "the registry" was to help is asked
    # Then it is BFCC's, with whom it helps (not "not understood")
    assert reply.projects == ("bfcc",) and reply.answered and "Unternehmen" in reply.text


@pytest.mark.parametrize("messages", [
    ("Which of your past projects were co-funded by the City of Hamburg?",
     "what period did those cover?"),
    ("Welche Projekte hat die Stadt Hamburg gefördert?",
     "Und wann liefen diese Projekte jeweils?"),
])
def test_the_dates_of_a_list_with_a_part_listed_beside_its_parent_are_answered(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given HIHeal, InnoReAct and BRIDGE 53 "listed as part of HIHeal"
    reply = ask(kb, *messages)[-1]
    # When when "those" ran is asked
    # Then the part's run lies within its parent's: answered, with each one's dates
    assert reply.intent == "dates" and reply.answered, reply.text
    assert "2016" in reply.text and "2023" in reply.text and "BRIDGE 53" in reply.text


@pytest.mark.parametrize("messages,pid,said", [
    (("when did P.I.L.O.T. run?", "who paid for it",
      "what about the next level project, when did that one start?"), "pilot-next", "2023"),
    (("Wann lief HIHeal?", "und das next level Projekt, wer hat das gefördert?"),
     "hiheal-next", "HIHeal next level transition"),
])
def test_a_name_two_projects_share_told_before_the_question_is_the_one_linked_to_the_talk(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, said: str) -> None:
    # Given one project talked about, and a name two follow-ups share ("the next level
    # project") told before a question about "that one"
    reply = ask(kb, *messages)[-1]
    # Then the question is about the follow-up of the project talked about, not that project
    assert reply.projects == (pid,) and said in reply.text, reply.text


@pytest.mark.parametrize("messages,pid", [
    (("what did P.I.L.O.T. focus on?", "is the next level still running?"), "pilot-next"),
    (("Wann lief HIHeal?", "Läuft das next level noch?"), "hiheal-next"),
    (("When did BFCC run?", "is the next level still running?"), None),
])
def test_a_name_two_follow_ups_share_inside_a_yes_no_is_the_one_linked_to_the_talk(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str | None) -> None:
    # Given one project talked about, and a yes/no whose only name is one two follow-ups share
    reply = ask(kb, *messages)[-1]
    # Then it is about the follow-up of the project talked about (whose end the page doesn't
    # give), never a verdict about the project talked about; with no such follow-up, which one
    if pid is None:
        assert reply.intent == "clarify" and not reply.projects, reply.text
    else:
        assert reply.projects == (pid,) and not reply.answered, reply.text


@pytest.mark.parametrize("messages", [
    ("did LSN run a project called BioNorth?", "ok, what's the HealthRegion thing then?"),
    ("Was ist HealthRegion?",),
])
def test_an_initiative_asked_about_alone_is_the_link_the_page_gives_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given an initiative the page names only as what BFCC was part of
    reply = ask(kb, *messages)[-1]
    # When it is asked about alone ("what's the HealthRegion thing?")
    # Then the answer is that link, not a list of the projects in it
    assert reply.intent == "part_of" and reply.projects == ("bfcc",), reply.text
    # while "which project was part of it?" stays the list
    listed = ask(kb, "Which project was part of the HealthRegion flagship?")[0]
    assert listed.intent == "list", listed.text


def test_it_after_a_short_list_is_the_one_whose_texts_hold_what_is_asked(
        kb: KnowledgeBase) -> None:
    # Given a short list (BRIDGE 53 and HIHeal), and only BRIDGE 53's texts name scientists
    listed, offered, funded, still = ask(
        kb, "was there a project for infectious diseases?", "what did it offer scientists",
        "who funded it", "is it still open for applications?")
    assert listed.projects == ("bridge53", "hiheal"), listed.text
    # When "it" is asked of with a word of one of them only
    # Then it is that one, and the next questions stay with it (its status not on the page)
    assert offered.projects == ("bridge53",) and "scientists" in offered.text, offered.text
    assert funded.intent == "funding" and funded.projects[:1] == ("bridge53",), funded.text
    assert still.projects == ("bridge53",) and not still.answered, still.text


def test_it_after_a_short_list_without_such_a_word_asks_which(kb: KnowledgeBase) -> None:
    # Given the same list, and a question that names nothing of either project
    reply = ask(kb, "was there a project for infectious diseases?", "and when did it start?")[1]
    # Then which of them is meant
    assert reply.intent == "clarify" and not reply.answered, reply.text


@pytest.mark.parametrize("messages,intent,answered", [
    # the page: BFCC "was part of the flagship project HealthRegion"; of the flagship's other
    # projects it says nothing
    (("which projects belonged to HealthRegion?",), "list", True),
    (("which of LSN's projects was part of the HealthRegion flagship?",), "list", True),
    (("ok, what's the HealthRegion thing then?", "how many projects belonged to HealthRegion?"),
     "count", False),
    (("wie viele Projekte gehörten zu HealthRegion?",), "count", False),
])
def test_the_projects_of_an_initiative_are_lsn_s_own_and_no_count_of_all(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, answered: bool) -> None:
    # Given an initiative the page names only as what BFCC was part of
    # When the projects that belonged to it are asked for or counted (also right after it)
    reply = ask(kb, *messages)[-1]
    # Then they are BFCC, LSN's own project in it (no list of projects with sub-projects, no
    # step along BFCC's link); a count adds that the page doesn't say how many it had in all
    assert reply.intent == intent and reply.projects == ("bfcc",), reply.text
    assert reply.answered is answered, reply.text


@pytest.mark.parametrize("messages,pair", [
    # the page: P.I.L.O.T. was continued by P.I.L.O.T. Next Level (since April 2023)
    (("Welche Projekte hatten ein Nachfolgeprojekt?",
      "und der nachfolger von P.I.L.O.T., seit wann läuft der?"), ("pilot", "pilot-next")),
    (("Which projects had a follow-up project?",
      "and the successor of MAGIA, when did that one start?"), ("magia", "magia2market")),
])
def test_a_chain_naming_its_start_after_a_list_of_links_lists_both_ends(
        kb: KnowledgeBase, messages: tuple[str, ...], pair: tuple[str, str]) -> None:
    # Given a list that said each project's follow-up
    reply = ask(kb, *messages)[-1]
    # When a chain written as its own clause names the project it starts from
    # Then, as any such chain, the reply lists both ends with the link said again
    assert reply.intent == "start" and reply.projects == pair, reply.text


@pytest.mark.parametrize("messages,intent", [
    # the page gives no dates for BRIDGE 53, "listed as part of HIHeal" (1 April 2016 to
    # 31 December 2022)
    (("whats bridge 53", "when did it run?",
      "ok what about the project it was part of, when did that run?"), "dates"),
    (("Was ist BRIDGE 53?", "Wann lief das?", "das Projekt, zu dem es gehörte – wann lief das?"),
     "dates"),
    (("whats bridge 53", "when did it run?", "the project it belonged to - who funded it?"),
     "funding"),
    (("whats bridge 53", "when did it run?",
      "what about the project it was part of, who funded it?"), "funding"),
    (("Was ist BRIDGE 53?", "Wann lief das?",
      "und wie ist es mit dem übergeordneten Projekt, wann lief das?"), "dates"),
])
def test_a_chain_after_a_date_the_page_left_open_beside_the_whole_lists_both_ends(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str) -> None:
    # Given "The page doesn't say when BRIDGE 53 ran. It was part of HIHeal, which ran …"
    reply = ask(kb, *messages)[-1]
    # When a chain to the whole, written as its own clause ("what about" asks nothing), asks
    # Then the link is said again and both ends listed, as "and the bigger one?" there does
    # (docs/labels.md), with the intent of the question after it (was HIHeal alone; with
    # "ok what about", part_of)
    assert reply.intent == intent and reply.projects == ("bridge53", "hiheal"), reply.text
    assert "HIHeal" in reply.text.splitlines()[0], reply.text


@pytest.mark.parametrize("messages,needle", [
    # the page: MAGIA's clusters bioPmed (Italy), Lyonbiopole (France), BioWin (Belgium)
    (("Welche Partner hatte MAGIA?", "woher kam der dritte?"), "Aus Belgien: BioWin."),
    (("who were MAGIA's partners?", "where was the second one from?"),
     "From France: Lyonbiopole."),
])
def test_where_the_nth_partner_came_from_is_that_partner_s_country(
        kb: KnowledgeBase, messages: tuple[str, ...], needle: str) -> None:
    # Given one project's partners just listed, in the page's order
    reply = ask(kb, *messages)[-1]
    # When where "the third" came from is asked ("woher kam …" also reads as money)
    # Then the partner at that place and its country, not the project's funding or places
    assert reply.intent == "places" and reply.text.startswith(needle), reply.text


def test_it_after_a_ranking_of_a_short_list_is_the_one_ranked_first(
        kb: KnowledgeBase) -> None:
    # Given a short list (MAGIA2Market, P.I.L.O.T.), then which of the two ran longer
    # (P.I.L.O.T.); MAGIA2Market's texts say it "followed" MAGIA
    replies = ask(kb, "which projects were still going in 2020", "and which started that year",
                  "which of those two ran longer", "did it get a follow-up?")
    # Then "it" is P.I.L.O.T., the one the ranking named, not the one whose words fit
    assert replies[-1].text.startswith("Yes") and "Next Level" in replies[-1].text, \
        replies[-1].text


@pytest.mark.parametrize("messages", [
    ("In welchem Projekt war Litauen dabei?", "wie viele regionen waren das insgesamt",
     "zwei davon sind deutsche bundesländer, welche?"),
    ("which project had Lithuania?", "how many regions were there in all?",
     "which of them were german states?"),
    # the regions told with the partners where no lead is named; "zwei" counts places
    ("elise wer waren die partner", "wer hat das geleitet",
     "und welche zwei deutschen bundesländer waren das genau"),
    ("who were ELISE's partners?", "who led it?", "which two German states were those?"),
    # the German ones of the regions are its unnamed states
    ("Wo war ELISE aktiv?", "which of those regions were German?"),
    ("Wo war ELISE aktiv?", "welche der Regionen waren deutsche?"),
    ("where was ELISE active?", "which German regions were in it?"),
])
def test_of_those_after_one_project_s_regions_points_into_the_regions(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a list of one project, then that project's regions told
    reply = ask(kb, *messages)[-1]
    # When "davon" / "of them" asks which of the regions were German states
    # Then it is ELISE's places (the page doesn't name the states), not the list narrowed
    assert (reply.intent, reply.projects, reply.answered) == ("places", ("elise",), False), \
        reply.text
    assert "zwei deutschen Bundesländern" in reply.text or "two German states" in reply.text


@pytest.mark.parametrize("claim,verdict", [
    ("was germany one of them", "Yes"), ("was spain among them?", "No"),
    ("were any of them in Italy?", "Yes"), ("war spanien eine davon?", "Nein"),
])
def test_a_place_claimed_of_them_after_one_project_s_regions_is_of_that_project(
        kb: KnowledgeBase, claim: str, verdict: str) -> None:
    # Given a list of two projects (ELISE, MAGIA), ranked, then ELISE's regions told
    reply = ask(kb, "which projects had french partners", "which of these started earlier",
                "how many regions were in elise", claim)[-1]
    # When a place is claimed of "them" / "davon"
    # Then "them" are the regions just told: ELISE's places, not the list's two projects
    assert (reply.intent, reply.projects, reply.answered) == ("places", ("elise",), True), \
        reply.text
    assert reply.text.startswith(verdict) and "MAGIA" not in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("what ended in 2019", "which of those lasted 3 yrs",
     "the one that ended in june, what was it"),
    ("welche projekte endeten 2019", "welche davon liefen genau 3 jahre",
     "das, das im juni endete – was war das?"),
])
def test_a_month_with_no_year_picks_one_of_the_last_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given BFCC and NORTHOPEDICS listed (the page: BFCC ended in February 2019, NORTHOPEDICS
    # on 30 June 2019)
    reply = ask(kb, *messages)[-1]
    # When "the one that ended in June" is asked about, with no year
    # Then it is NORTHOPEDICS (was not understood: "june" read as an unknown condition)
    assert (reply.intent, reply.projects, reply.answered) == ("overview", ("northopedics",),
                                                              True), reply.text


@pytest.mark.parametrize("messages,projects,answered", [
    # given a reply that named two projects (HIHeal and its part BRIDGE 53) / when a ranking
    # follows with no word that points back / then it ranks all projects (was "no amount
    # for any of these")
    (("Was gehörte zu HIHeal?", "which project had the biggest grant?"), ("elise",), True),
    (("Was gehörte zu HIHeal?", "Welches Projekt hatte die höchste Förderung?"), ("elise",),
     True),
    # with "of them" / "davon" it ranks those two
    (("Was gehörte zu HIHeal?", "which of them had the biggest grant?"),
     ("hiheal", "bridge53"), False),
    (("Was gehörte zu HIHeal?", "Welches davon hatte die höchste Förderung?"),
     ("hiheal", "bridge53"), False),
    # and an "and …" that goes on from two compared keeps them ("and which one started first?")
    (("did bfcc end before northopedics?", "and which one started first?"),
     ("bfcc", "northopedics"), True),
    # and right after yes/no claims of two, one after the other, "welches war zuerst?" (no
    # "project") ranks those two (was every project, BONEBANK first)
    (("hat hiheal 2016 angefangen", "und bfcc auch?", "welches war zuerst"),
     ("bfcc", "hiheal"), True),
    (("did hiheal start in 2016?", "and bfcc?", "which one came first?"),
     ("bfcc", "hiheal"), True),
])
def test_a_ranking_takes_the_last_replys_two_projects_only_when_it_points_back(
        kb: KnowledgeBase, messages: tuple[str, ...], projects: tuple[str, ...],
        answered: bool) -> None:
    reply = ask(kb, *messages)[-1]
    assert set(reply.projects) == set(projects) and reply.answered == answered, reply.text


@pytest.mark.parametrize("messages,start", [
    # given the three Interreg projects listed (BFCC, BONEBANK, ELISE: all EU money) / when
    # "they all" / "sie alle" opens a yes/no / then it is a claim of each of the three (was
    # every EU-funded project listed: "Wurden sie" read as the polite "Würden Sie")
    (("Welche Projekte wurden von Interreg gefördert?", "Wurden sie alle von der EU finanziert?"),
     "Ja."),
    (("Which projects were funded by Interreg?", "Were they all funded by the EU?"), "Yes."),
    (("Which projects were funded by Interreg?", "Did they all end before 2022?"), "Yes."),
    (("Welche Projekte wurden von Interreg gefördert?", "Wurden sie alle 2020 beendet?"),
     "Nein."),
])
def test_they_all_after_a_list_is_a_claim_of_each_listed(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.text.startswith(start), reply.text
    assert set(reply.projects) == {"bfcc", "bonebank", "elise"}, reply.text


def test_the_polite_sie_before_all_projects_still_asks_for_them(kb: KnowledgeBase) -> None:
    # Given "Würden Sie alle Projekte auflisten?" (the polite Sie; "alle" goes with "Projekte")
    reply = ask(kb, "Welche Projekte wurden von Interreg gefördert?",
                "Würden Sie alle Projekte auflisten?")[-1]
    # Then every project is listed, not a claim of the three just listed
    assert reply.intent == "list" and len(reply.projects) == 11, reply.text


@pytest.mark.parametrize("messages,project", [
    # given the projects sorted by start (… InnoReAct, BRIDGE 53, KI#CK) and the last one
    # picked / when "the one before it" / then the one listed before it (was KI#CK's
    # predecessor: "the page names no predecessor for KI#CK")
    (("Sort the projects by start date", "tell me about the last one",
      "and the one before it?"), "bridge53"),
    (("Sortiere die Projekte nach Beginn", "Erzähl mir vom letzten", "und das davor?"),
     "bridge53"),
    (("Sort the projects by start date", "tell me about the last one", "and the one before it?",
      "and the one before that?"), "innoreact"),
])
def test_the_one_before_it_after_a_pick_from_a_list_is_its_neighbour(
        kb: KnowledgeBase, messages: tuple[str, ...], project: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.projects == (project,) and reply.answered, reply.text


def test_the_one_before_it_after_one_project_is_still_its_predecessor(
        kb: KnowledgeBase) -> None:
    # Given MAGIA2Market talked of alone (no list) / Then its predecessor, MAGIA
    reply = ask(kb, "Tell me about MAGIA2Market", "and the one before it?")[-1]
    assert reply.intent == "predecessor" and "magia" in reply.projects, reply.text


@pytest.mark.parametrize("messages", [
    # given a list whose third is ELISE (MAGIA listed too) / when "MAGIA 3" / then MAGIA's
    # name is what it asks of, not the list's third (was ELISE's start)
    ("Which projects ran in 2018?", "which one started first", "MAGIA 3"),
    ("Welche Projekte liefen 2020?", "MAGIA 3"),
])
def test_a_number_after_a_name_picks_no_place_of_the_list(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert "MAGIA" in reply.text and "ELISE" not in reply.text and \
        "HIHeal" not in reply.text, reply.text


# the page: P.I.L.O.T. 3 years 3 months, NORTHOPEDICS 3 years, MAGIA2Market 2 years 6 months
THREE_RANKED = ("Was lief länger: NORTHOPEDICS, P.I.L.O.T. oder MAGIA2Market?",
                "Und welches war am kürzesten?")


def test_a_second_ranking_after_three_named_ranks_those_three(kb: KnowledgeBase) -> None:
    # Given a ranking of three projects named in the question
    # When another ranking follows with no "which project" or "overall"
    reply = ask(kb, *THREE_RANKED)[-1]
    # Then the same three are ranked (was InnoReAct, the shortest of all projects)
    assert reply.projects[0] == "magia2market" and \
        set(reply.projects) == {"pilot", "northopedics", "magia2market"}, reply.text


def test_by_how_much_than_the_winner_compares_with_the_winner_of_the_three(
        kb: KnowledgeBase) -> None:
    # Given the shortest of three named (MAGIA2Market)
    # When "um wie viel kürzer als das längste" follows
    reply = ask(kb, *THREE_RANKED, "um wie viel kürzer als das längste")[-1]
    # Then the difference to the longest of those three, P.I.L.O.T. (9 months)
    assert set(reply.projects) == {"magia2market", "pilot"} and "9 Monate" in reply.text, \
        reply.text


def test_which_of_these_three_after_a_ranking_narrows_the_three_ranked(
        kb: KnowledgeBase) -> None:
    # Given a ranking of three named projects and the difference of two of them
    # When "Welche dieser drei …" asks a condition
    reply = ask(kb, *THREE_RANKED, "um wie viel kürzer als das längste",
                "Welche dieser drei hat das Land Schleswig-Holstein mitfinanziert?")[-1]
    # Then those of the three it holds for (not the two just compared)
    assert reply.intent == "list" and set(reply.projects) == {"northopedics", "pilot"}, \
        reply.text


@pytest.mark.parametrize("messages", [
    ("Welche Projekte hatten China als Zielmarkt?", "Welches ist das ältere?"),
    ("which projects targeted China?", "which is the older one?"),
])
def test_which_is_the_older_one_after_a_list_of_two_ranks_the_two(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA (2018–2019) and MAGIA2Market (from September 2020) listed
    # When "which is the older one?" asks which, with nothing else asked of it
    reply = ask(kb, *messages)[-1]
    # Then the two are ranked, MAGIA first with its year (was MAGIA's card, as if picked),
    # and no tie is suggested: MAGIA's "2018" cannot reach September 2020
    assert reply.intent == "superlative" and reply.projects == ("magia", "magia2market") and \
        "2018" in reply.text and "tie" not in reply.text and "gleichauf" not in reply.text, \
        reply.text


def test_the_older_one_with_another_ask_still_picks_it(kb: KnowledgeBase) -> None:
    # Given the same two listed / When "the younger one" comes with a question of its own
    reply = ask(kb, "Welche Projekte hatten China als Zielmarkt?",
                "Und das jüngere, wann ging das zu Ende?")[-1]
    # Then it picks MAGIA2Market and answers that
    assert reply.intent == "end" and reply.projects == ("magia2market",), reply.text


@pytest.mark.parametrize("messages,word", [
    (("how many clusters were in MAGIA?", "and the German one was?"), "From Germany"),
    (("who was the German partner in MAGIA?",), "From Germany"),
    (("Wer war der deutsche Partner bei MAGIA?",), "Aus Deutschland"),
])
def test_the_german_one_of_magias_clusters_is_life_science_nord(
        kb: KnowledgeBase, messages: tuple[str, ...], word: str) -> None:
    # Given MAGIA's four clusters, three with a country on the page and Life Science Nord,
    # whose home the knowledge base gives as Germany
    reply = ask(kb, *messages)[-1]
    # When the German one is asked for / Then it is Life Science Nord (was not understood,
    # or "the page names no partner from Germany")
    assert reply.answered and reply.text.startswith(f"{word}: Life Science Nord"), reply.text


@pytest.mark.parametrize("message", [
    "ELISE, MAGIA, BONEBANK - which of these had partners from Italy?",
    "Welche von ELISE, MAGIA und BONEBANK hatten Partner aus Italien?",
])
def test_which_of_named_projects_with_a_condition_lists_those_it_holds_for(
        kb: KnowledgeBase, message: str) -> None:
    # Given three projects named and a condition asked of them with "which of"
    reply = ask(kb, message)[-1]
    # Then those of the three it holds for, as a list (ELISE's regions and MAGIA's bioPmed are
    # Italian; was each one's partners, not answered)
    assert reply.intent == "list" and set(reply.projects) == {"elise", "magia"} and \
        reply.answered, reply.text


def test_of_those_two_after_which_of_named_ranks_the_two(kb: KnowledgeBase) -> None:
    reply = ask(kb, "ELISE, MAGIA, BONEBANK - which of these had partners from Italy?",
                "of those two, which started earlier?")[-1]
    assert set(reply.projects) == {"elise", "magia"} and "ELISE" in reply.text, reply.text


@pytest.mark.parametrize("messages,pid", [
    (("how many projects ended in 2019?", "which of them was led by lsn",
      "how many orgs were in that one"), "bfcc"),
    (("Welche Projekte liefen 2017?", "welches davon wurde von LSN geleitet?",
      "wie viele partner hatte das?"), "bfcc"),
])
def test_that_one_after_a_list_narrowed_by_its_lead_is_the_one_it_led(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str) -> None:
    # Given a list narrowed by its lead to BFCC (the others named as unsettled)
    reply = ask(kb, *messages)[-1]
    # When "that one" / "das" is asked about / Then it is BFCC (was "which project do you
    # mean?" among the whole list)
    assert reply.projects == (pid,) and reply.answered, reply.text


def test_they_after_a_list_narrowed_to_one_is_not_each_of_the_list(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which projects were funded by interreg?",
                "which of them was led by the UKSH?",
                "and where did they store the stem cells")[-1]
    assert reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("messages", [
    ("what did LSN do in bonebank", "how many experts are listed in it"),
    ("what did LSN do in bonebank", "how many experts are listed in the atlas?"),
])
def test_how_many_listed_in_it_counts_a_thing_of_the_project_not_the_projects(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given BONEBANK and its competence atlas just told
    reply = ask(kb, *messages)[-1]
    # When how many experts are "listed" in it is asked ("listed" is no ask for a list)
    # Then it is a count the page doesn't give, of BONEBANK (was: all 11 projects counted)
    assert reply.intent == "quantity" and reply.projects == ("bonebank",) and \
        not reply.answered, reply.text


def test_which_projects_are_listed_still_lists_them(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which projects are listed on the page?")[-1]
    assert reply.intent == "list" and len(reply.projects) == 11, reply.text


@pytest.mark.parametrize("messages,said", [
    (("what was bfcc part of", "what other projects were in HealthRegion?"), "doesn't say"),
    (("Wozu gehörte BFCC?", "welche anderen Projekte gehörten zur Ostseestrategie?"),
     "sagt die Seite nicht"),
])
def test_other_projects_of_an_outside_initiative_are_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str) -> None:
    # Given BFCC, part of HealthRegion (an initiative beyond LSN, whose other projects the
    # page never lists)
    reply = ask(kb, *messages)[-1]
    # When the other projects of that initiative are asked for
    # Then the page doesn't say (was "none"), and BFCC's link is given
    assert reply.intent == "list" and not reply.answered and said in reply.text and \
        "BFCC" in reply.text, reply.text


def test_other_projects_of_a_funder_are_still_the_rest(kb: KnowledgeBase) -> None:
    reply = ask(kb, "who funded kick?", "what other projects did Schleswig-Holstein fund?")[-1]
    assert reply.answered and "NORTHOPEDICS" in reply.text, reply.text

@pytest.mark.parametrize("messages,intent,told", [
    (("ELISE start?", "and the others?"), "start", "BONEBANK started in September 2015"),
    (("wer hat BFCC gefördert?", "und die anderen?"), "funding", "Förderung von BONEBANK"),
])
def test_and_the_others_after_one_project_asks_the_same_of_every_other_project(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, told: str) -> None:
    # Given a question about one project, and no list given in the chat
    first, others = ask(kb, *messages)
    # When "and the others?" follows
    # Then the same question is answered for every other project the page describes (not the
    # follow-ups it only names), in the chat's language
    rest = {p for p in kb.projects if not kb.projects[p].follow_up_only} - set(first.projects)
    assert others.intent == intent and set(others.projects) == rest, others.text
    assert told in others.text, others.text


@pytest.mark.parametrize("messages,intent", [
    (("who led next level?", "and the others?"), "lead"),
    (("Wann lief Next Level?", "und die anderen?"), "dates"),
])
def test_and_the_others_after_which_do_you_mean_asks_the_open_question_of_the_rest(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str) -> None:
    # Given "which project do you mean: A or B?" (the two Next Level follow-ups)
    offered, others = ask(kb, *messages)
    assert offered.intent == "clarify", offered.text
    # When "and the others?" follows
    # Then the question still open is answered for the projects not offered, not for both
    rest = {p for p in kb.projects if not kb.projects[p].follow_up_only}
    assert others.intent == intent and set(others.projects) == rest, others.text
    assert not {"hiheal-next", "pilot-next"} & set(others.projects), others.projects


def test_and_the_others_after_a_profile_names_them_instead_of_ten_profiles(
        kb: KnowledgeBase) -> None:
    # Given BFCC's profile
    others = ask(kb, "tell me about bfcc", "and the others?")[-1]
    # When "and the others?" follows
    # Then it is a list of the other projects, each named once
    assert others.intent == "list" and "bfcc" not in others.projects, others.text
    assert len(others.projects) == 10 and others.text.count("BONEBANK") == 1, others.text


@pytest.mark.parametrize("messages", [
    ("which projects ran in 2018?", "when did they run?"),
    ("tell me about bfcc", "which projects ran in 2018?", "when did they run?"),
])
def test_they_after_a_long_list_is_every_project_of_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a list of six projects (after talking about one of them, or not)
    *_, listed, dates = ask(kb, *messages)
    # When "when did they run?" follows
    # Then each project of the list is answered, not "which project?" nor the earlier subject
    assert len(listed.projects) == 6, listed.text
    assert dates.intent == "dates" and dates.projects == listed.projects, dates.text


@pytest.mark.parametrize("messages", [
    ("hiheal: ziel, laufzeit und förderer bitte", "und das teilprojekt davon?"),
    ("wann lief hiheal", "und das teilprojekt?"),
])
def test_the_sub_project_with_the_definite_article_is_the_part_of_the_project(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given HIHeal talked about (BRIDGE 53 was its part)
    reply = ask(kb, *messages)[-1]
    # When "das Teilprojekt (davon)" is asked / Then it is HIHeal's part, BRIDGE 53 (was:
    # "the page doesn't say HIHeal was part of a larger project")
    assert reply.intent == "contains" and "BRIDGE 53" in reply.text and reply.answered, \
        reply.text


@pytest.mark.parametrize("messages", [
    ("when did magia run", "sorry, I meant magia2market",
     "what was new compared to the first one?"),
    ("Was war MAGIA2Market?", "Was war neu im Vergleich zum Vorgänger?"),
    ("what was magia2market?", "what was new compared to magia?"),
])
def test_what_was_new_compared_to_the_predecessor_is_what_the_follow_up_added(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA2Market talked about (it added Japan to MAGIA's targets)
    reply = ask(kb, *messages)[-1]
    # When what was new compared to its predecessor is asked (named, by its link noun or as
    # "the first one")
    # Then the places of both, with Japan added (was MAGIA's card, or the link alone)
    assert reply.intent == "places" and set(reply.projects) == {"magia", "magia2market"} and \
        "Japan" in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("hey what was MAGIA", "was there a follow-up?", "what did that one add"),
    ("Was war MAGIA?", "Gab es ein Nachfolgeprojekt?", "was hat das ergänzt?"),
])
def test_what_the_follow_up_just_reached_added_is_the_place_it_added(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA, then its follow-up MAGIA2Market reached by the link
    reply = ask(kb, *messages)[-1]
    # When what "that one" added is asked, with no word of what
    # Then that is its places with Japan added (was its activities), of the follow-up alone
    assert reply.intent == "places" and reply.projects == ("magia2market",) and \
        "Japan" in reply.text, reply.text


def test_it_after_what_was_new_is_still_the_follow_up(kb: KnowledgeBase) -> None:
    reply = ask(kb, "when did magia2market run", "what was new compared to the first one?",
                "who funded it?")[-1]
    assert reply.projects == ("magia2market",) and not reply.answered, reply.text


@pytest.mark.parametrize("messages,said", [
    (("what did bridge 53 belong to, and when did that one end?", "did it have a follow-up?",
      "ok. did any project start in 2017?"), "Yes"),
    (("wann lief magia?", "hat irgendein Projekt 2017 begonnen?"), "Ja"),
    (("wann lief magia?", "begann ein Projekt 2017?"), "Ja"),
])
def test_did_any_project_after_one_project_asks_of_all_projects(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str) -> None:
    # Given a chat about one project (or a chain of two)
    reply = ask(kb, *messages)[-1]
    # When whether any project started in 2017 is asked
    # Then all projects are asked (ELISE), not the one talked about ("No. MAGIA started …")
    assert reply.intent == "list" and reply.projects == ("elise",) and \
        reply.text.startswith(said), reply.text


@pytest.mark.parametrize("messages,funded", [
    # the page: COSME funded MAGIA; Interreg funded BFCC, BONEBANK and ELISE
    (("what was bfcc", "any project funded by cosme?"), ("magia",)),
    (("what was bfcc", "was any project funded by cosme?"), ("magia",)),
    (("what was magia", "any project funded by interreg?"), ("bfcc", "bonebank", "elise")),
    (("Was war BFCC?", "irgendein Projekt von COSME gefördert?"), ("magia",)),
    # with no project before it (was "That was MAGIA: …", no yes; set 50)
    (("any project funded by cosme?",), ("magia",)),
    (("Irgendein Projekt mit COSME-Förderung?",), ("magia",)),
    (("any projects about bones?",), ("bfcc", "bonebank", "northopedics")),
])
def test_any_project_with_no_opening_after_one_project_asks_of_all_projects(
        kb: KnowledgeBase, messages: tuple[str, ...], funded: tuple[str, ...]) -> None:
    # Given a chat about one project
    reply = ask(kb, *messages)[-1]
    # When "any project" is asked with no "is there"/"did" before it
    # Then all projects are asked (was a wrong "No." of the one talked about: "No. BFCC was
    # funded by the Interreg Baltic Sea Region Programme")
    assert reply.intent == "list" and reply.projects == funded, reply.text
    assert reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("question", ["was any project funded by Horizon 2020?",
                                      "any project funded by Horizon 2020?"])
def test_any_project_under_a_programme_the_page_never_names_is_none(
        kb: KnowledgeBase, question: str) -> None:
    # Given a programme the page never mentions (was "Which project do you mean?")
    reply = ask(kb, question)[-1]
    # Then none of the projects, said as such
    assert reply.intent == "list" and reply.projects == () and "Horizon 2020" in reply.text


@pytest.mark.parametrize("messages", [
    ("welche projekte sind 2023 zu ende gegangen", "welches davon ging am längsten",
     "und welches wurde über react gefördert"),
    ("which projects ended in 2023?", "which of them got REACT money?"),
])
def test_react_with_a_word_of_funding_is_the_programme_react_eu(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the three projects that ended in 2023
    reply = ask(kb, *messages)[-1]
    # When the one funded "über REACT" is asked / Then it is InnoReAct, by REACT-EU (was the
    # funders of the project ranked longest)
    assert reply.intent == "list" and reply.projects == ("innoreact",), reply.text


@pytest.mark.parametrize("messages,pid,word", [
    (("how many projects ended in 2019?", "which of them did LSN lead?",
      "and the one with belgium in it?"), "magia", "Belgium"),
    (("which ones had interreg money?", "which of those had danish involvement",
      "and the one with polish partners?"), "elise", "Poland"),
    (("Welche Projekte endeten 2019?", "welches davon hat LSN geleitet?",
      "und das mit Belgien?"), "magia", "Belgien"),
])
def test_a_bare_description_right_after_a_list_narrows_the_list(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, word: str) -> None:
    # Given a list, just narrowed (to the one LSN led, to the one with Danish partners)
    reply = ask(kb, *messages)[-1]
    # When "and the one with …" describes another of it and asks nothing of its own
    # Then the list is narrowed by that description (a list of one), not the project's card
    # nor its partners
    assert reply.intent == "list" and reply.projects == (pid,) and word in reply.text, \
        reply.text


@pytest.mark.parametrize("messages", [
    ("which projects got interreg money", "which of them had partners from poland",
     "and which one was led by the uksh"),
    ("welche projekte hatten interreg-geld", "welches davon hatte partner aus polen",
     "und welches wurde vom uksh geleitet"),
])
def test_which_one_led_by_an_organisation_after_a_list_narrows_the_list_before(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the three Interreg projects, narrowed to ELISE
    reply = ask(kb, *messages)[-1]
    # When "and which one was led by the UKSH" is asked
    # Then the three are narrowed (BONEBANK), as "which of them …" does: a list
    assert reply.intent == "list" and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("messages,pid,intent,year", [
    (("ok which projects were about helping medtech smes go abroad",
      "the older one, when did it run"), "magia", "dates", "2018"),
    (("ok which projects were about helping medtech smes go abroad",
      "the older one, when did it run", "and the newer one?"), "magia2market", "dates", "2020"),
    (("welche projekte gab es zu medtech und internationalisierung",
      "das ältere – wann endete das?"), "magia", "end", "2019"),
])
def test_a_pick_of_two_before_a_question_only_names_what_is_asked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, intent: str,
        year: str) -> None:
    # Given MAGIA and MAGIA2Market just listed
    reply = ask(kb, *messages)[-1]
    # When "the older one, when did it run" picks one and asks of it
    # Then the question is answered of that one (no card of it before the answer), and "the
    # newer one" next asks the same of the other
    assert reply.intent == intent and reply.projects == (pid,) and year in reply.text and \
        "\n" not in reply.text, reply.text


@pytest.mark.parametrize("messages,link", [
    (("how are HIHeal and BRIDGE 53 connected?", "and what did hiheal lead to afterwards?"),
     "continued by"),
    (("Wann endete HIHeal?", "wozu führte HIHeal danach?"), "fortgeführt"),
])
def test_what_a_project_led_to_afterwards_is_its_follow_up(
        kb: KnowledgeBase, messages: tuple[str, ...], link: str) -> None:
    # Given a chat about HIHeal
    reply = ask(kb, *messages)[-1]
    # When what it led to afterwards is asked
    # Then that is the project that came after it (not its results, which the page lacks)
    assert reply.intent == "follow_up" and reply.projects == ("hiheal", "hiheal-next") and \
        link in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("messages,pid,nxt,year", [
    (("Welche Projekte wurden vom Land Schleswig-Holstein mitfinanziert?",
      "und welches ging um Präzisionsmedizin?", "seit wann gibts den nachfolger davon"),
     "pilot", "pilot-next", "2023"),
    (("Which projects did the State of Schleswig-Holstein co-fund?",
      "and which one was about precision medicine?", "when did the successor of that one start?"),
     "pilot", "pilot-next", "2023"),
])
def test_the_follow_up_of_the_one_picked_from_a_list_is_asked_of_that_one(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, nxt: str, year: str) -> None:
    # Given a list of three narrowed to one
    # When the start of that one's follow-up is asked with "davon" / "of that one"
    reply = ask(kb, *messages)[-1]
    # Then the follow-up's start, not the start of each of the three listed before
    assert reply.projects == (pid, nxt) and reply.answered and year in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("northopedics what was that", "any docs i could read?"),
    ("what was NORTHOPEDICS?", "any documents i could read?"),
    # "was kann ich" before a download verb is no request for help (was the help)
    ("wer war ansprechpartner bei northopedics", "was kann ich da denn runterladen"),
])
def test_documents_one_could_read_ask_where_to_get_them(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given NORTHOPEDICS talked about (the page offers its network guide for download)
    reply = ask(kb, *messages)[-1]
    # When "any docs I could read?" is asked (was not understood)
    # Then that is where to get something to read, a contact: the guide and where it is
    assert reply.intent == "contact" and reply.projects == ("northopedics",) and \
        ("guide" in reply.text or "Leitfaden" in reply.text) and reply.answered, reply.text


@pytest.mark.parametrize("messages", [
    ("which ended first, BONEBANK or BFCC?", "and who was Projektleiter in each?"),
    ("which ended first, BONEBANK or BFCC?", "who led each of them?"),
    ("Welches endete zuerst, BONEBANK oder BFCC?", "und wer hat jeweils geleitet?"),
])
def test_each_after_a_ranking_of_two_is_both(kb: KnowledgeBase,
                                             messages: tuple[str, ...]) -> None:
    # Given two projects ranked, the winner named first
    reply = ask(kb, *messages)[-1]
    # When "each" / "jeweils" asks of them
    # Then both are answered (was the winner alone)
    assert set(reply.projects) == {"bonebank", "bfcc"}, reply.text
    assert "BONEBANK" in reply.text and "BFCC" in reply.text, reply.text


@pytest.mark.parametrize("messages,said", [
    (("was war northopedics", "wie lange wurde das finanziert", "und war das ein EFRE projekt"),
     "Ja"),
    (("what was northopedics?", "is that an ERDF project?"), "Yes"),
    (("what was northopedics?", "was that an Interreg project?"), "No"),
])
def test_that_with_an_indefinite_article_is_a_claim_about_the_project_talked_about(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str) -> None:
    # Given NORTHOPEDICS talked about (funded by the ERDF and Schleswig-Holstein)
    reply = ask(kb, *messages)[-1]
    # When "war das ein EFRE Projekt?" is asked ("das … Projekt" read as a description of one
    # of several asked which project was meant)
    # Then it is a claim about NORTHOPEDICS, checked against its funders
    assert reply.intent == "funding" and reply.projects == ("northopedics",) and \
        reply.text.startswith(said), reply.text


@pytest.mark.parametrize("question,intent", [
    ("who funded the projects?", "funding"),
    ("Wer hat die Projekte gefördert?", "funding"),
    ("In which countries were the projects active?", "places"),
    ("In welchen Ländern waren die Projekte aktiv?", "places"),
    ("In which countries did LSN have partners?", "places"),
    ("who were LSN's partners?", "partners"),
    ("Mit welchen Partnern hat LSN zusammengearbeitet?", "partners"),
    ("which countries were involved overall?", "places"),
    ("Welche Länder waren insgesamt beteiligt?", "places"),
    ("who were the partners altogether?", "partners"),
])
def test_a_question_of_the_projects_or_of_lsns_partners_is_answered_for_each_project(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    # Given a project aspect asked of "the projects" (or Life Science Nord's partners, who are
    # its projects' partners), no project named nor talked about
    (reply,) = ask(kb, question)
    # Then each project the page describes answers it (not "which project do you mean?", not
    # one project's partners, not "the page doesn't say")
    described = {p for p in kb.projects if not kb.projects[p].follow_up_only}
    assert reply.intent == intent and set(reply.projects) == described, reply.text
    assert "BONEBANK" in reply.text and "ELISE" in reply.text, reply.text


# The page: InnoReAct ran "from 01.01.2022 - 28.2.2023" (14 months); P.I.L.O.T. "01.01.2020 -
# 31.03.2023", MAGIA2Market September 2020 to February 2023; in 2017 BFCC, BONEBANK, ELISE, HIHeal
# and NORTHOPEDICS ran; P.I.L.O.T. and NORTHOPEDICS were funded by the state of Schleswig-Holstein;
# amounts only for ELISE and KI#CK.
@pytest.mark.parametrize("messages,pid,start", [
    (("Welche Projekte wurden vom EFRE gefördert?", "Wer hat InnoReAct finanziert?",
      "Und die Laufzeit?", "Wie viele Monate sind das?"), "innoreact", "InnoReAct lief 14 Monate"),
    (("which projects got ERDF money?", "who funded InnoReAct?", "and the duration?",
      "how many months is that?"), "innoreact", "InnoReAct ran for 14 months"),
    (("Welche Projekte liefen in Schleswig-Holstein?", "was heißt P.I.L.O.T. ausgeschrieben",
      "und was war das ziel davon"), "pilot", "Ziel von P.I.L.O.T."),
])
def test_a_follow_up_right_after_one_project_asks_of_it_not_of_an_older_list(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, start: str) -> None:
    # Given a list, then questions about one project of it / When "sind das", "davon" follows
    reply = ask(kb, *messages)[-1]
    # Then it is that project, the most recent subject (was every project of the list)
    assert reply.projects == (pid,) and reply.text.startswith(start), reply.text


def test_a_comparison_after_a_project_then_of_it_compares_it(kb: KnowledgeBase) -> None:
    replies = ask(kb, "Welche Projekte liefen in Schleswig-Holstein?",
                  "was heißt P.I.L.O.T. ausgeschrieben", "und was war das ziel davon",
                  "lief das länger als magia2market?")
    # (it compared KI#CK and said "Nein"): 3 years 3 months against 2 years 6 months
    assert replies[-1].projects == ("pilot", "magia2market"), replies[-1].projects
    assert replies[-1].text.startswith("Ja."), replies[-1].text


@pytest.mark.parametrize("last,intent,first", [
    ("Welches davon lief am längsten?", "superlative", "hiheal"),
    ("Wie viele davon liefen 2017?", "count", "bonebank"),  # (of the ERDF ones, those of 2017)
    ("welche davon liefen 2017?", "list", "bonebank"),
])
def test_a_question_of_a_group_after_one_project_still_asks_the_list(
        kb: KnowledgeBase, last: str, intent: str, first: str) -> None:
    # Given the ERDF list, then one project of it / When a question asks of a group ("welches
    # davon", "wie viele davon") / Then the list is still what it asks of
    reply = ask(kb, "Welche Projekte wurden vom EFRE gefördert?", "Wer hat InnoReAct finanziert?",
                last)[-1]
    assert reply.intent == intent and len(reply.projects) > 1, reply.projects
    assert reply.projects[0] == first, reply.projects


@pytest.mark.parametrize("messages", [
    ("wann lief bridge 53", "welche projekte liefen 2017 alle gleichzeitig",
     "wie viele waren das"),
    ("when did bridge 53 run?", "which projects ran at the same time in 2017?",
     "how many were they?"),
])
def test_projects_at_the_same_time_in_a_year_named_are_those_of_the_year(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a project talked about / When the projects running at the same time in a year are
    # asked / Then those of that year (it repeated BRIDGE 53's dates), and then counted: five
    listed, counted = ask(kb, *messages)[1:]
    ran = ("bfcc", "bonebank", "elise", "hiheal", "northopedics")
    assert listed.intent == "list" and listed.projects == ran, listed.text
    assert counted.intent == "count" and "5" in counted.text, counted.text


def test_both_after_two_projects_asked_one_by_one_is_those_two_in_the_language_asked(
        kb: KnowledgeBase) -> None:
    # Given an older list, then P.I.L.O.T. and NORTHOPEDICS asked of in German / When "both
    # SH?" is asked in English
    reply = ask(kb, "welche projekte förderte interreg?", "Wer hat P.I.L.O.T. gefördert",
                "und NORTHOPEDICS?", "both SH?")[-1]
    # Then yes, of those two, in English (it was the older list narrowed, in German)
    assert set(reply.projects) == {"pilot", "northopedics"} and reply.language == "en"
    assert reply.text.startswith("Yes."), reply.text


@pytest.mark.parametrize("question,none", [
    ("Wie hoch war die Gesamtfördersumme aller Projekte?", "keinen Betrag"),
    ("What was the total funding of all projects?", "no amount"),
])
def test_all_projects_said_outright_after_a_list_are_all_of_them(
        kb: KnowledgeBase, question: str, none: str) -> None:
    # Given the Interreg list (BFCC, BONEBANK, ELISE) / When the total of all projects is asked
    reply = ask(kb, "welche projekte förderte interreg?", question)[-1]
    # Then every project: the amounts of ELISE and KI#CK, no total (it summed the list only)
    assert {"kick", "pilot", "bfcc", "elise"} <= set(reply.projects), reply.projects
    assert not reply.answered, reply.text
    assert "ELISE" in reply.text and "KI#CK" in reply.text and none in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Welches von den fünfen lief am kürzesten?",
    "which of the five ran shortest?",
])
def test_the_number_as_a_noun_refers_to_the_list_of_that_many(
        kb: KnowledgeBase, question: str) -> None:
    # Given the five projects running in 2017, then two of them picked one after the other
    # ("von den fünfen" was no reference, "fünfen" no number: the shortest of all projects)
    replies = ask(kb, "Welche Projekte liefen 2017?", "Und das zweite davon – wer hat das "
                  "gefördert?", "und das letzte?", question)
    listed = replies[0].projects
    assert len(listed) == 5, replies[0].text
    # Then the ranking is of those five, not of every project nor only the two picked
    assert set(replies[-1].projects) == set(listed), replies[-1].text


@pytest.mark.parametrize("said", ["und das next level ding, was machen die",
                                  "und next level, was machen die"])
def test_a_name_of_two_projects_told_before_the_question_is_its_subject(
        kb: KnowledgeBase, said: str) -> None:
    # Given P.I.L.O.T. in focus and "next level" (the end of two projects' names) told before
    # a question without a question mark
    reply = ask(kb, "Tell me about P.I.L.O.T.", said)[-1]
    # When it is read
    # Then it names P.I.L.O.T. Next Level, the one the chat's project leads to (the words
    # before the question were dropped as a lead-in: P.I.L.O.T.'s own activities)
    assert reply.intent == "activities" and reply.projects[0] == "pilot-next", reply.text


@pytest.mark.parametrize("said", ["wo find ich den", "wo find ich den?"])
def test_where_to_find_the_atlas_just_named_is_where_to_find_it(
        kb: KnowledgeBase, said: str) -> None:
    # Given the competence atlas just named (BONEBANK's result)
    reply = ask(kb, "was ist der kompetenzatlas", said)[-1]
    # When "find" is written without its "e"
    # Then it asks where to find it (LSN XCHANGE), not where BONEBANK was active
    assert reply.intent == "contact" and "LSN XCHANGE" in reply.text, reply.text


@pytest.mark.parametrize("said", ["Did KI#CK run together with Kiel University?",
                                  "Lief KI#CK gleichzeitig mit der Uni Kiel?"])
def test_a_project_run_together_with_an_organisation_asks_its_partners(
        kb: KnowledgeBase, said: str) -> None:
    # Given HIHeal talked about
    reply = ask(kb, "when did HIHeal run?", said)[-1]
    # When KI#CK is asked to have run together with a university (no project)
    # Then it is KI#CK's partners (the page names TH Lübeck and oncampus), not whether HIHeal
    # and KI#CK overlapped
    assert reply.projects == ("kick",) and reply.intent == "partners", reply.text
    assert "oncampus" in reply.text


@pytest.mark.parametrize("turns,projects", [
    (("Gab es ein Projekt mit Stammzellen?", "Und eins zur Knochenheilung?"), ("northopedics",)),
    (("Gab es ein Projekt mit Stammzelen?", "Und eins zur Knochenheilung?",
      "Liefen die beiden gleichzeitig?"), ("bonebank", "northopedics")),
    (("Was there a project on stem cells?", "and one on bone healing?"), ("northopedics",)),
])
def test_a_number_word_before_what_it_is_about_is_one_such_project(
        kb: KnowledgeBase, turns: tuple[str, ...], projects: tuple[str, ...]) -> None:
    # Given a list of one project, then "eins zur Knochenheilung" ("eins" is also "the first")
    reply = ask(kb, *turns)[-1]
    # Then it asks for a project on that topic (NORTHOPEDICS, on bone healing), not the first
    # of the list; "die beiden" next are the two projects named
    assert reply.projects == projects, reply.text


@pytest.mark.parametrize("messages,pid,place", [
    (("Wie hat das bei BONEBANK funktioniert?", "wo wurde das gelagert?",
      "Und in welchen Kliniken wurden die Knochen entnommen?"), "bonebank", "Odense"),
    (("How did BONEBANK work?", "and in which hospitals was the bone harvested?"),
     "bonebank", "Lübeck"),
])
def test_and_which_hospitals_after_one_project_asks_its_sites_not_the_projects_on_a_topic(
        kb: KnowledgeBase, messages: tuple[str, ...], pid: str, place: str) -> None:
    # Given one project talked about
    # When "and which hospitals ..." asks with a topic word the page files projects under (bone)
    reply = ask(kb, *messages)[-1]
    # Then it asks where that project did it, not which projects were about bone
    assert reply.projects == (pid,) and reply.intent == "places", reply.text
    assert place in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("when did MAGIA2Market start?", "was it running at the same time as InnoReAct?",
     "who paid for it?"),
    ("wann begann MAGIA2Market?", "lief es gleichzeitig mit InnoReAct?", "wer hat es bezahlt?"),
    ("when did MAGIA2Market start?", "did it start in the same year as InnoReAct?",
     "who funded it?"),
])
def test_it_after_a_pair_claim_of_it_against_a_named_project_is_still_it(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given MAGIA2Market talked of, and a claim of it beside InnoReAct, named (an overlap, the
    # same year)
    reply = ask(kb, *messages)[-1]
    # When "it" is asked about next
    # Then it is MAGIA2Market, as after "did it start before InnoReAct?", not the pair
    assert reply.projects == ("magia2market",), reply.text


@pytest.mark.parametrize("messages,note", [
    (("whats bridge53?", "was it its own project or part of something bigger?",
      "when did it run?"), "no dates for BRIDGE 53 itself"),
    (("Was ist BRIDGE 53?", "Zu welchem Projekt gehörte das?", "und wann lief das?"),
     "Für BRIDGE 53 selbst nennt die Seite keine Daten"),
])
def test_when_did_it_run_after_a_part_of_reply_is_the_whole_and_says_the_part_has_no_dates(
        kb: KnowledgeBase, messages: tuple[str, ...], note: str) -> None:
    # Given "BRIDGE 53 was part of HIHeal." (the page gives dates for HIHeal only)
    reply = ask(kb, *messages)[-1]
    # When "when did it run?" follows
    # Then it is HIHeal's run (as 9 sets label it), and the reply says the page gives none for
    # BRIDGE 53, which the user may have meant
    assert reply.projects == ("hiheal",) and reply.answered, reply.text
    assert "2016" in reply.text and note in reply.text, reply.text


@pytest.mark.parametrize("messages,both,year", [
    (("what is HIHeal next level transition?", "when did it start?",
      "und das Vorgängerprojekt, wann lief das?"), ("hiheal-next", "hiheal"), "2016"),
    (("Wann begann HIHeal next level transition?", "und das Projekt davor, wann endete das?"),
     ("hiheal-next", "hiheal"), "2022"),
])
def test_a_chain_after_a_question_the_page_left_open_says_the_link_it_named_in_passing(
        kb: KnowledgeBase, messages: tuple[str, ...], both: tuple[str, ...], year: str) -> None:
    # Given a question the page doesn't answer ("The page doesn't say when HIHeal next level
    # transition started. It continues HIHeal, which ended …": the link named in passing)
    reply = ask(kb, *messages)[-1]
    # When a chain written as its own clause asks of the project it reaches
    # Then the link is said and both ends listed, as of every chain (docs/labels.md); only a
    # link the last answer was about is not said again
    assert reply.projects == both and reply.intent in ("dates", "end"), reply.text
    assert year in reply.text and reply.answered, reply.text


@pytest.mark.parametrize("messages,said", [
    # the page: BRIDGE 53 "was part of the project Hygiene, Infection & Health (HIHeal)", which
    # ran 01.04.2016 - 31.12.2022; BRIDGE 53 has no dates of its own
    (("bridge 53 - what was that", "when did it run?",
      "which bigger project was it part of, and when did that one run?"),
     "BRIDGE 53 was part of HIHeal."),
    (("Was war BRIDGE 53?", "Wann lief es?",
      "Zu welchem größeren Projekt gehörte es, und wann lief das?"),
     "BRIDGE 53 war Teil von HIHeal."),
])
def test_a_link_asked_with_a_question_word_is_told_though_the_last_answer_named_it(
        kb: KnowledgeBase, messages: tuple[str, ...], said: str) -> None:
    # Given an answer that named the link in passing ("It was part of HIHeal, which ran …")
    reply = ask(kb, *messages)[-1]
    # When the next message asks the link with a question word, then a question about the
    # project it reaches: the link is told (was dropped: only HIHeal's run), then the run
    assert reply.intent == "part_of" and reply.projects == ("bridge53", "hiheal"), reply.text
    assert reply.text.startswith(said) and "2022" in reply.text, reply.text


@pytest.mark.parametrize("messages,start,projects", [
    # the page: HIHeal next level transition continues HIHeal; MAGIA2Market follows MAGIA;
    # it names no follow-up of BFCC
    (("what was hiheal", "any follow up project?"), "Yes.", ("hiheal", "hiheal-next")),
    (("what was hiheal", "any successor?"), "Yes.", ("hiheal", "hiheal-next")),
    (("Was war HIHeal?", "irgendein Nachfolgeprojekt?"), "Ja.", ("hiheal", "hiheal-next")),
    (("any successor to MAGIA?",), "Yes.", ("magia", "magia2market")),
    (("what was bfcc", "any follow-up?"), "The page names no follow-up", ("bfcc",)),
])
def test_any_follow_up_with_the_verb_left_out_asks_whether_there_is_one(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str,
        projects: tuple[str, ...]) -> None:
    # Given "any follow up project?" with no "is there"/"did it have" before it
    reply = ask(kb, *messages)[-1]
    # Then it is the yes/no it asks (was the link alone, no "Yes."), or the page's silence
    assert reply.intent == "follow_up" and reply.projects == projects, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,ranked", [
    # the page gives amounts for KI#CK (about 193,000 and 249,000 EUR), none for MAGIA or
    # NORTHOPEDICS; HIHeal ran longest of HIHeal, ELISE and BFCC (the longest of all is HIHeal
    # too, so the three must be the ones compared)
    (("kick and magia - who funded each?", "and northopedics?",
      "which of the three has an amount on the page"), ("kick", "magia", "northopedics")),
    (("when did bfcc and elise run?", "and hiheal?", "which of the three ran longest?"),
     ("bfcc", "elise", "hiheal")),
    (("Wer hat KI#CK und MAGIA gefördert?", "und NORTHOPEDICS?",
      "Für welches der drei nennt die Seite einen Betrag?"), ("kick", "magia", "northopedics")),
])
def test_the_three_are_two_asked_of_together_and_one_after(
        kb: KnowledgeBase, messages: tuple[str, ...], ranked: tuple[str, ...]) -> None:
    # Given an answer about two projects together, then one about a third
    reply = ask(kb, *messages)[-1]
    # Then "the three" are those three, not all projects nor the last one alone
    assert reply.answered, reply.text
    for pid in ranked:
        assert kb.projects[pid].name in reply.text, reply.text
    assert not any(p.name in reply.text for p in kb.projects.values() if p.id not in ranked), \
        reply.text


@pytest.mark.parametrize("messages", [
    # the page: BFCC "was part of the flagship project HealthRegion of the EU Strategy for the
    # Baltic Sea Region"; it names no other project of it
    ("what is the HealthRegion flagship?", "which project was part of it?"),
    ("what is the HealthRegion flagship?", "which projects belonged to it?"),
    ("what was BFCC part of?", "which projects were part of it?"),
    ("Was ist HealthRegion?", "Welche Projekte gehörten noch dazu?"),
])
def test_it_after_an_initiative_a_project_was_part_of_is_the_initiative(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given the answer that a project was part of an initiative the page lists no project of
    replies = ask(kb, *messages)
    # When the next question asks which projects were part of "it"
    # Then "it" is the initiative: its projects, BFCC (was "The page names no projects that
    # were part of BFCC.")
    last = replies[-1]
    assert (last.intent, last.projects, last.answered) == ("list", ("bfcc",), True), last.text
    assert "HealthRegion" in last.text and "BFCC" in last.text, last.text


@pytest.mark.parametrize(("first", "second", "meant"), [
    ("what's the difference between HIHeal and HIHeal next level transition?",
     "when did the second one start?", "hiheal-next"),
    ("Was ist der Unterschied zwischen HIHeal und HIHeal next level transition?",
     "Wann begann das zweite?", "hiheal-next"),
    ("Was ist der Unterschied zwischen HIHeal next level transition und HIHeal?",
     "Wann begann das zweite?", "hiheal"),
])
def test_the_second_one_after_a_difference_is_the_second_named(
        kb: KnowledgeBase, first: str, second: str, meant: str) -> None:
    # Given a follow-up the page only names, and its predecessor, asked how they differ
    replies = ask(kb, first, second)
    # Then "the second one" is the second the user named (was: HIHeal's start, given as the
    # follow-up's, after "between HIHeal and HIHeal next level transition")
    assert replies[1].projects[:1] == (meant,), replies[1].text


@pytest.mark.parametrize("messages, expected", [
    # the page: BFCC "has been led by the Life Science Nord Management GmbH", KI#CK "ran by the
    # cluster agency Life Science Nord", InnoReAct by "the LSN cluster management" (was "kann ich
    # nicht sagen (Bereich: Leitung)")
    (("Moin! Ich arbeite seit letzter Woche bei LSN. Kannst du mir kurz sagen, welche Projekte "
      "wir selbst geleitet haben?",), ("bfcc", "innoreact", "kick")),
    (("I work at Life Science Nord.", "Which projects did we lead?"),
     ("bfcc", "innoreact", "kick")),
    # BONEBANK was "led by the UKSH Lübeck": LSN "participated"
    (("Ich bin neu bei LSN.", "Haben wir BONEBANK geleitet?"), ("bonebank",)),
])
def test_we_of_someone_at_lsn_is_lsn(kb: KnowledgeBase, messages: tuple[str, ...],
                                     expected: tuple[str, ...]) -> None:
    # Given speakers who said they work at Life Science Nord
    reply = ask(kb, *messages)[-1]
    # When "wir", "we" ask what they led
    # Then it is Life Science Nord's lead
    assert reply.intent in ("list", "lead") and reply.answered, reply.text
    assert tuple(sorted(reply.projects)) == expected, reply.text
    assert "Nein" in reply.text or "Life Science Nord" in reply.text, reply.text


def test_we_of_a_partner_stays_as_it_is(kb: KnowledgeBase) -> None:
    # Given a partner cluster's speaker: "with us" is not read as a condition on bioPmed
    reply = ask(kb, "Hi, I am with bioPmed in Torino. In MAGIA, which other clusters was "
                    "together with us?")[-1]
    assert reply.intent == "partners" and reply.projects == ("magia",), reply.text
    # nor is "we" of a partner who tells who they are LSN, also with a lead word
    reply = ask(kb, "BFCC – which countries were involved? We were the Lithuanian partner.")[-1]
    assert "Life Science Nord" not in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("question,start,fact,pids", [
    # the page: BFCC "has been led by the Life Science Nord Management GmbH"; BONEBANK "led by
    # the UKSH Lübeck", LSN "participated"; in MAGIA LSN "participated as a project partner"
    ("did we lead BONEBANK?", "No.", "UKSH", ("bonebank",)),
    ("Hatten wir bei BONEBANK die Projektleitug?", "Nein.", "UKSH", ("bonebank",)),
    ("am I right that our own GmbH led BFCC?", "Yes.", "Life Science Nord", ("bfcc",)),
    ("Hat unsere GmbH BFCC geleitet?", "Ja.", "Life Science Nord", ("bfcc",)),
    ("was BFCC led by us?", "Yes.", "Life Science Nord", ("bfcc",)),
    ("Wir waren bei MAGIA nur Projektpartner, richtig?", "Ja.", "Projektpartner", ("magia",)),
    ("we were just a partner in MAGIA, right?", "Yes.", "project partner", ("magia",)),
    # a list: BFCC, KI#CK ("ran by the cluster agency Life Science Nord") and InnoReAct (by "the
    # LSN cluster management")
    ("Welche Projekte haben wir geleitet?", "Projekte unter Leitung", "BFCC",
     ("bfcc", "innoreact", "kick")),
    ("which projects did our GmbH lead?", "Projects led by", "BFCC",
     ("bfcc", "innoreact", "kick")),
])
def test_we_of_a_lead_or_role_asked_by_no_one_said_is_lsn(
        kb: KnowledgeBase, question: str, start: str, fact: str, pids: tuple[str, ...]) -> None:
    # Given a speaker who said nothing of themselves (LSN's staff ask so)
    reply = ask(kb, question)[-1]
    # When "we", "wir", "our GmbH" ask of a lead or a role
    # Then it is Life Science Nord's, with the verdict (was: no verdict, or BONEBANK's
    # activities "Das geht aus der Seite nicht hervor", or MAGIA's partner list)
    assert reply.answered and reply.text.startswith(start) and fact in reply.text, reply.text
    assert tuple(sorted(reply.projects)) == pids, reply.text


@pytest.mark.parametrize("messages,org", [
    (("what did northopedics and bonebank have in common?", "which one was led by UKSH?"),
     "uksh"),
    (("Wann liefen NORTHOPEDICS und BONEBANK?", "Welches wurde vom UKSH geleitet?"), "uksh"),
    (("when did BFCC and BONEBANK run?", "which one was led by LSN?"), "lsn"),
    (("Wer hat BFCC und BONEBANK gefördert?", "und welches wurde von LSN geleitet?"), "lsn"),
])
def test_which_one_after_two_projects_named_together_picks_of_those_two(
        kb: KnowledgeBase, messages: tuple[str, ...], org: str) -> None:
    # Given an answer about two projects the user named together
    first, reply = ask(kb, *messages)
    # When "which one" asks which of them a condition holds for, without "of the two"
    # Then it is the one of those two the page says it of (was: read as the lead of the
    # projects that fit, without the other one of the pair)
    pair = first.projects
    led = tuple(p for p in pair if org in kb.projects[p].lead)
    assert len(pair) == 2 and len(led) == 1
    assert reply.intent == "list" and reply.projects == led, reply.text


@pytest.mark.parametrize("turns,intent", [
    (("which projects dealt with infections?", "when did the bigger one run?"), "dates"),
    (("Welche Projekte hatten mit Infektionen zu tun?", "wann lief das größere?"), "dates"),
    (("which projects dealt with infections?", "who led the larger one?"), "lead"),
    (("Welche Projekte hatten mit Infektionen zu tun?", "wann lief das größere?",
      "wer hat das größere bezahlt?"), "funding"),
])
def test_the_bigger_one_of_a_list_of_a_part_and_its_whole_is_the_whole(
        kb: KnowledgeBase, turns: tuple[str, ...], intent: str) -> None:
    # Given a list of BRIDGE 53 and HIHeal, the project the page says it was part of
    assert kb.projects["bridge53"].part_of == "hiheal"
    # When "the bigger one" is asked of (was: both, a ranking of the list by its runs)
    reply = ask(kb, *turns)[-1]
    # Then the answer is about HIHeal alone, and still so for "das größere" once more
    assert reply.intent == intent and reply.projects == ("hiheal",), reply.text
    assert "BRIDGE 53" not in reply.text, reply.text


@pytest.mark.parametrize("claim,start", [
    ("was it the first transnational one?", "Yes."),
    ("war das das erste transnationale?", "Ja."),
    ("is it the cross-border one?", "Yes."),
])
def test_it_claimed_to_be_the_described_one_is_a_claim_of_the_subject_not_a_pick(
        kb: KnowledgeBase, claim: str, start: str) -> None:
    # Given BFCC's registry talked about ("This first transnational registry", the page says)
    assert "first transnational" in kb.projects["bfcc"].results.get("en")
    # When "it" is claimed to be "the first transnational one" (was "Which project do you
    # mean: BFCC or BONEBANK?", read as a pick of the cross-border projects)
    reply = ask(kb, "what was the fracture registry thing?", claim)[-1]
    # Then the claim is checked of BFCC
    assert reply.projects == ("bfcc",) and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("asked", ["wer hatte davon einen Nutzen?", "wer profitierte davon?",
                                   "wem hat das genützt?", "wer hat davon profitiert?",
                                   "who benefited from it?"])
def test_who_benefited_from_the_thing_talked_about_is_whom_it_served(
        kb: KnowledgeBase, asked: str) -> None:
    # Given BFCC's registry talked about, which "supports hospitals and companies" (the page)
    # When who benefited from it is asked (in German: "Sorry, I didn't understand that", or
    # the project's goal)
    reply = ask(kb, "what was the fracture registry thing?", asked)[-1]
    # Then its results, which say whom the registry helps
    assert reply.intent == "results" and reply.projects == ("bfcc",), reply.text
    assert reply.answered and kb.projects["bfcc"].results.get(reply.language) in reply.text


def test_the_pronouns_for_a_thing_are_the_data_and_its_subsets() -> None:
    # Given bot/data/query.yaml thing_pronouns (it, es, davon, das; the German subject "es";
    # davon and das only where whom the thing served is asked)
    from bot.conversation import _thing_pronouns
    from bot.query import phrases
    words = phrases().thing_pronouns
    every = words["en"] | words["de"]
    assert words["subject"] <= words["de"] and words["whom_only"] <= words["de"]
    # Then the thing goes in the place of each of them where whom it served is asked, of all
    # but whom_only in a claim, and a claim's subject is one of "subject"
    used = _thing_pronouns()
    assert all(used.whom_it.fullmatch(w) for w in every)
    assert {w for w in every if used.it.fullmatch(w)} == every - words["whom_only"]
    assert used.subject == words["subject"] and used.whom_subject == words["de"]


@pytest.mark.parametrize("question", [
    "What was the difference between MAGIA and MAGIA2Market?",
    "whats the diff between MAGIA and MAGIA2Market?",
])
def test_the_difference_asked_in_the_past_or_short_is_how_they_relate(
        kb: KnowledgeBase, question: str) -> None:
    # Given the page: MAGIA "was continued through the follow-up project MAGIA2Market. For
    # that, Japan has been added as a third target region."
    reply = ask(kb, question)[-1]
    # Then their link and what differs, as "what is the difference" (was: both cards)
    assert reply.intent == "relations", reply.text
    assert set(reply.projects) == {"magia", "magia2market"} and "Japan" in reply.text
