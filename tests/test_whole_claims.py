"""Claims of a whole or of one alone ("the EU paid all of it?", "all of Germany?", "exactly
442,000 EUR?"): never a "yes" from a part. Where the page names more funders or places, no with
the facts; where it gives no shares or no exact figure, the page doesn't say."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("messages,start", [
    # the page: NORTHOPEDICS by the ERDF and the State of Schleswig-Holstein; HIHeal by the
    # ERDF and Hamburg; P.I.L.O.T. by the ERDF and the State; KI#CK by the EU and the State
    # and the ESF. One of several "paid all of it" is no.
    (("Who funded NORTHOPEDICS?", "so that means the EU paid all of it?"), "No."),
    (("Who funded HIHeal?", "so Hamburg paid the full amount?"), "No."),
    (("Who funded HIHeal?", "did Hamburg pay for everything?"), "No."),
    (("Wer hat P.I.L.O.T. gefördert?", "also hat die EU alles bezahlt?"), "Nein."),
    (("Wer hat HIHeal gefördert?", "hat Hamburg den ganzen Betrag bezahlt?"), "Nein."),
    (("did the EU pay for KI#CK entirely?",), "No."),
    # a place that is also a funder, told after the money: who paid, not where
    (("Wer hat KI#CK bezahlt?", "also nur der ESF?", "Und nur von Schleswig-Holstein, richtig?"),
     "Nein."),
    (("Who funded NORTHOPEDICS?", "so it was a purely Schleswig-Holstein project?"), "No."),
])
def test_one_of_several_funders_paying_all_is_no(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    # Given a project the page names several funders for
    # When one of them is claimed to have paid it all
    reply = ask(kb, *messages)[-1]
    # Then no, with its funding
    assert reply.intent in ("funding", "amount") and reply.answered, reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages", [
    # BFCC: "funded by the Interreg Baltic Sea Region Programme", no shares; the EU stands
    # above that programme, so whether it paid everything the page doesn't say
    ("How many organisations took part in BFCC, and from how many countries, and what was "
     "the budget?", "so that means the EU paid everything?"),
    ("hat die EU BFCC komplett bezahlt?",),
    # BONEBANK: Interreg Deutschland-Danmark, "with funds from the ERDF"
    ("was BONEBANK entirely paid by the ERDF?",),
])
def test_a_funder_above_the_projects_own_paying_all_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert not reply.answered and reply.intent == "funding", reply.text
    assert not reply.text.startswith(("Yes", "Ja")), reply.text


@pytest.mark.parametrize("messages,start", [
    # the funder the page names itself, alone: yes
    (("was bonebank funded only by interreg deutschland-danmark?",), "Yes."),
    (("was BFCC only funded by Interreg?",), "Yes."),
    # a place that is also a funder told as where (KI#CK's aim: Schleswig-Holstein)
    (("Wer hat KI#CK bezahlt?", "war KI#CK nur für Schleswig-Holstein?"), "Ja."),
])
def test_the_funder_named_alone_or_a_place_told_as_where_still_holds(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.answered and reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages,start", [
    # P.I.L.O.T.: within Schleswig-Holstein, in Northern Germany: not all of Germany
    (("Was P.I.L.O.T. led by Life Science Nord?", "what does the acronym stand for?",
      "so that means it covered all of Germany?"), "No."),
    (("War P.I.L.O.T. in ganz Deutschland aktiv?",), "Nein."),
    (("did KI#CK cover the whole of Germany?",), "No."),
    # BONEBANK names Denmark (and Odense): all of it the page doesn't say
    (("did BONEBANK cover the whole of Denmark?",), "The page doesn't say."),
])
def test_a_whole_place_is_never_yes_from_a_part(
        kb: KnowledgeBase, messages: tuple[str, ...], start: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == "places", reply.text
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("messages", [
    # the page: "approx. 193,000 EUR" and "approx. 249,000 Euro"
    ("Was KI#CK funded with 442,000 EUR in total?", "so the total was exactly 442,000 EUR?"),
    ("Bekam KI#CK genau 249.000 Euro vom ESF?",),
])
def test_an_exact_amount_where_the_page_says_approx_is_not_said(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    reply = ask(kb, *messages)[-1]
    assert not reply.answered and not reply.text.startswith(("Yes", "Ja")), reply.text
    assert "442,000" in reply.text or "442.000" in reply.text


def test_an_exact_amount_the_page_gives_exactly_holds(kb: KnowledgeBase) -> None:
    # ELISE: "€1,217,494.00" grant volume, no "approx."
    reply = ask(kb, "was ELISE's grant exactly 1,217,494 euros?")[-1]
    assert reply.answered and reply.text.startswith("Yes."), reply.text
