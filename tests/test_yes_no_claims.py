"""Yes/no claims the page settles by what it names instead: a funder it never names, through the
real core. The facts here are the page's (shared/sources/past-projects.txt), written out.
"""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase


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
