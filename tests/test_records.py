"""Frozen records built in one step (bot/records.py): the same records, built cheaper."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from bot.conversation import Button, Reply, State
from bot.records import quick_init
from bot.understanding import Filters, Understanding


@dataclass(frozen=True)
class _Plain:
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    seen: list[str] = field(default_factory=list)


@quick_init
@dataclass(frozen=True)
class _Quick:
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    seen: list[str] = field(default_factory=list)


@pytest.mark.parametrize("args,kwargs", [
    (("a",), {}),
    (("a", 2), {}),
    (("a", 2, ("x",), ["y"]), {}),
    ((), {"name": "a", "seen": ["y"]}),
    (("a",), {"tags": ("x", "z"), "count": 3}),
])
def test_a_quick_record_is_the_record_the_dataclass_builds(args: tuple, kwargs: dict) -> None:
    # Given a frozen dataclass, and the same one with the quick __init__
    # When each is built with the same arguments: positional, by keyword, some left out
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
    # Then the fields are the same, the default factory makes a new value for each record, and
    # the record stays frozen
    assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
    assert quick == _Quick(*args, **kwargs) and hash(quick.tags) == hash(plain.tags)
    assert _Quick("a").seen is not _Quick("a").seen
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.count = 5  # type: ignore[misc]
    assert dataclasses.replace(quick, count=7).count == 7


def test_a_quick_record_takes_the_arguments_the_dataclass_takes() -> None:
    # Given the two classes; when built with a missing, a doubled or an unknown argument
    # Then both refuse alike
    for bad in (lambda c: c(), lambda c: c("a", name="b"), lambda c: c("a", colour=1),
                lambda c: c("a", 1, (), [], 5)):
        for cls in (_Plain, _Quick):
            with pytest.raises(TypeError):
                bad(cls)


def test_only_a_frozen_dataclass_of_plain_fields_gets_the_quick_init() -> None:
    # Given classes the quick __init__ could get wrong: not frozen, with slots, with a
    # __post_init__, with a field left out of __init__
    @dataclass
    class Open:
        name: str

    @dataclass(frozen=True, slots=True)
    class Slotted:
        name: str

    @dataclass(frozen=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True)
    class Hidden:
        name: str
        secret: int = field(default=0, init=False)

    # When each is given it; then it refuses
    for cls in (Open, Slotted, Checked, Hidden):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_the_records_each_message_builds_are_built_in_one_step() -> None:
    from bot.answers import Joined, Line, Named
    from bot.query import Clause
    from bot.understanding import Match

    # Given the records every message builds (an Understanding with its Filters for each piece
    # read, a Clause, a Reply, its State and buttons, the lines of an answer)
    records = (Understanding, Filters, Match, Clause, State, Reply, Button, Line, Named, Joined)
    # When one is built
    # Then its fields are set in one step, not one object.__setattr__ each (~0.15 µs a field,
    # 45 in an Understanding: about a twentieth of what a new message cost)
    for cls in records:
        assert "__setattr__" not in cls.__init__.__code__.co_names, cls.__name__
    assert "__setattr__" in _Plain.__init__.__code__.co_names  # (the dataclass's own way)
    assert Understanding("en", None).filters == Filters() and State() == State()
