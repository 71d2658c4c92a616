"""Golden answers: the exact reply, text and language, to every turn of the tuned question sets.

A change of wording, order or language in any reply shows as a diff in
tests/__snapshots__/test_golden.ambr that someone approves on purpose:

    pytest tests/test_golden.py --snapshot-update    # then read the diff before committing

The facts in those replies are held against the page by tests/test_page_facts.py.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.test_page_facts import Turns, golden_replies

pytest.importorskip("syrupy")


def test_every_reply_is_the_approved_one(kb: KnowledgeBase, snapshot: object) -> None:
    # Given every turn of the tuned question sets, when each dialog is asked from a fresh chat,
    # then each reply's text and language are exactly the approved ones
    replies: Turns = golden_replies(kb)
    shown = {case: [{k: t[k] for k in ("q", "language", "text")} for t in turns]
             for case, turns in replies.items()}
    assert shown == snapshot, (
        "a reply changed; if you meant it, run `pytest tests/test_golden.py --snapshot-update` "
        "and commit tests/__snapshots__/test_golden.ambr with the change")
