"""bot.datafiles: the language data is read as the safe YAML loader reads it, only faster."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import yaml

from bot.datafiles import DATA, load_plain
from tests.conftest import python_calls

SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _same(a: Any, b: Any) -> bool:
    """Equal, of the same types all the way down, keys in the same order (1 is no True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(x, y) for x, y in zip(a, b, strict=True)) and \
            all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_every_data_file_reads_as_the_safe_loader_reads_it(path: Any) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same(load_plain(text), yaml.load(text, Loader=SAFE))


def test_the_biggest_data_file_is_built_without_the_safe_loader_s_node_tree() -> None:
    # Given the biggest data file (read at every start)
    text = (DATA / "intents.yaml").read_text(encoding="utf-8")
    # When it is read, and read by the safe loader
    plain, calls = python_calls(lambda: load_plain(text))
    safe, safe_calls = python_calls(lambda: yaml.load(text, Loader=SAFE))
    # Then it is the same, built with a fraction of the Python calls (a node tree, and the
    # constructor's call for each node: about 127,000 calls, now about 60,000)
    assert _same(plain, safe)
    assert calls < safe_calls * 0.6


@pytest.mark.parametrize("text", [
    "a: yes\nb: no\nc: on\nd: '1.5'\ne: 1.5\nf: 2\ng: ~\nh:\ni: 2020-01-02\nj: .inf\nk: 0x1f\n",
    "a: 1\na: 2\n",  # a repeated key: the last
    "[1, two, 'three', {x: null}]\n",
    "x: &a [1, 2]\ny: *a\n",  # an anchor and an alias
    "base: &b {k: 1}\nmore:\n  <<: *b\n  j: 2\n",  # a merge key
    "a: !!str 1\nb: !!int '2'\n",  # tags
    "? [a, b]\n: c\n",  # a key that is a list
    "",  # no document
    "a: 1\n---\nb: 2\n",  # two documents
    "just a string\n",
    "n: No\nt: TRUE\nf: False\ns: nonsense\n",
])
def test_any_yaml_reads_as_the_safe_loader_reads_it_or_fails_as_it_fails(text: str) -> None:
    try:
        expected: Any = yaml.load(text, Loader=SAFE)
    except yaml.YAMLError as error:
        with pytest.raises(type(error)):
            load_plain(text)
        return
    assert _same(load_plain(text), expected)
    if "2020-01-02" in text:
        assert load_plain(text)["i"] == datetime.date(2020, 1, 2)


def test_a_resolver_added_to_the_loader_is_asked_as_the_safe_loader_asks_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import re
    # Given a resolver for any first character, then one by a scalar's path, on the loader
    text = "a: hello\nb: 'hello'\nc: [x, 1]\n"
    resolvers = {**SAFE.yaml_implicit_resolvers, None: [("tag:yaml.org,2002:null",
                                                         re.compile("^hello$"))]}
    monkeypatch.setattr(SAFE, "yaml_implicit_resolvers", resolvers)
    # When a text is read, then it is what the safe loader reads ("hello" unquoted is null)
    assert _same(load_plain(text), yaml.load(text, Loader=SAFE))
    assert load_plain(text)["a"] is None and load_plain(text)["b"] == "hello"
    # And with a resolver by a scalar's path, the events are not read as plain data (only
    # the safe loader follows the paths)
    from bot import datafiles
    monkeypatch.setattr(SAFE, "yaml_path_resolvers", {"any": "path"})
    loader = SAFE(text)
    with pytest.raises(datafiles._Unusual):
        datafiles._Plain(loader).document()
    loader.dispose()
