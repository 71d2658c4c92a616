"""The web chat's signed tokens and request language: a token signed for one purpose is no
token for another; the browser's language is read whatever its case."""

from __future__ import annotations

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.web.app import accept_language
from bot.web.tokens import Conversation, Signer


def test_a_chart_token_is_no_state_token_and_a_state_token_no_chart(kb: KnowledgeBase) -> None:
    # Given one key signing a timeline picture's token and a conversation's token
    signer = Signer(b"k" * 32)
    timeline = answer("show me a timeline", State(), kb).data["timeline"]
    chart = signer.chart_token(timeline, "en")
    state = signer.state_token(Conversation(State(projects=("elise",))))
    # Then each is valid for its own purpose only
    assert chart is not None and signer.chart(chart) is not None
    assert signer.conversation(state) is not None
    assert signer.conversation(chart) is None
    assert signer.chart(state) is None


def test_a_signature_holds_for_its_purpose_only() -> None:
    # Given a body that could be read for either purpose, signed for one
    signer = Signer(b"k" * 32)
    body = {"t": 1, "c": "chat", "i": None, "p": [], "s": {}}
    token = signer._sign("chart", body)
    # Then it verifies for that purpose and no other
    assert signer._verify("chart", token, 10_000) == body
    assert signer._verify("state", token, 10_000) is None


def test_the_accept_language_header_is_read_in_any_case() -> None:
    assert accept_language("DE-DE,en;q=0.5") == "de"
    assert accept_language("De") == "de"
    assert accept_language("EN-GB, de;q=0.9") == "en"
    assert accept_language("fr, de;q=0.3, en;q=0.2") == "de"
