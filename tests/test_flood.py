"""Tests of per-chat flood control, with the clock passed in."""

from __future__ import annotations

import pytest

from bot.flood import FloodGuard, Verdict

OK, WARN, DROP = Verdict.OK, Verdict.WARN, Verdict.DROP


def test_a_chat_within_the_limit_is_always_answered() -> None:
    # Given 5 messages per second allowed
    guard = FloodGuard(limit=5, window=1.0)
    # When a chat sends one message every quarter of a second for a minute
    verdicts = {guard.check(1, i * 0.25) for i in range(240)}
    # Then every message is answered
    assert verdicts == {OK}


def test_a_flood_gets_one_warning_then_silence() -> None:
    # Given 5 messages per second allowed
    guard = FloodGuard(limit=5, window=1.0)
    # When a chat sends 1,000 messages within half a second
    verdicts = [guard.check(1, i * 0.0005) for i in range(1000)]
    # Then the first 5 are answered, the 6th gets the notice, the rest are dropped
    assert verdicts[:6] == [OK] * 5 + [WARN]
    assert set(verdicts[6:]) == {DROP}


def test_a_chat_that_keeps_flooding_stays_quiet_and_one_that_calms_down_is_answered() -> None:
    # Given a chat that flooded and was warned
    guard = FloodGuard(limit=3, window=1.0)
    for i in range(4):
        guard.check(1, i * 0.01)
    # When it keeps sending 10 messages a second for 5 seconds
    verdicts = {guard.check(1, 0.1 + i * 0.1) for i in range(50)}
    # Then it hears nothing more: no second warning, no answers
    assert verdicts == {DROP}
    # And once it has been quiet for the window, it is answered and could be warned again
    assert guard.check(1, 7.0) is OK
    assert [guard.check(1, 7.0 + i * 0.01) for i in range(1, 5)] == [OK, OK, WARN, DROP]


def test_chats_are_counted_separately() -> None:
    # Given one chat flooding
    guard = FloodGuard(limit=2, window=1.0)
    flood = [guard.check("a", i * 0.001) for i in range(100)]
    # When another chat writes at the same moment
    other = [guard.check("b", 0.05), guard.check("b", 0.06)]
    # Then only the flooding chat is limited
    assert WARN in flood and other == [OK, OK]


def test_quiet_chats_are_forgotten_so_memory_follows_the_active_ones() -> None:
    # Given 5,000 chats that each wrote once, long ago
    guard = FloodGuard(limit=2, window=1.0)
    for chat in range(5000):
        guard.check(chat, 0.0)
    # When active chats keep writing a minute later
    for i in range(2000):
        guard.check(f"active-{i % 3}", 60.0 + i * 0.001)
    # Then only the active chats are still tracked
    assert len(guard) == 3


@pytest.mark.parametrize(("limit", "window"), [(0, 1.0), (5, 0.0), (5, -1.0)])
def test_a_limit_that_allows_nothing_is_refused(limit: int, window: float) -> None:
    with pytest.raises(ValueError):
        FloodGuard(limit, window)


def test_the_window_boundary_still_counts_as_within_the_window() -> None:
    # Given 3 messages a 10 s window allowed, sent at 0, 1 and 2 s
    guard = FloodGuard(limit=3, window=10.0)
    assert [guard.check(1, t) for t in (0.0, 1.0, 2.0)] == [OK] * 3
    # Then a 4th exactly 10 s after the first is within the window: a flood
    assert guard.check(1, 10.0) == WARN
    # And in another chat, a 4th just after the window has passed is answered
    assert [guard.check(2, t) for t in (0.0, 1.0, 2.0, 10.001)] == [OK] * 4
