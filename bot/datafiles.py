"""The language data in bot/data (phrases, words, templates, front-end texts), read once each.

Data files are part of the package, not user input: a broken one is a bug, caught by the tests.
"""

from __future__ import annotations

import gc
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from yaml import events

DATA = Path(__file__).resolve().parent / "data"
_STR = "tag:yaml.org,2002:str"


@cache
def data_file(name: str) -> dict[str, Any]:
    """bot/data/<name>.yaml, parsed with safe_load semantics (libyaml where present: faster
    start-up), once per process."""
    return load_plain((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def load_plain(text: str) -> Any:
    """What yaml.load with the safe loader gives, built straight from the parser's events where
    the text is plain data (mappings, lists, scalars: no anchor, alias, tag or merge key), the
    safe loader's way for anything else. The data files are read at every start: the node tree
    and the constructor's bookkeeping took half of it (40 of 77 ms CPU for bot/data), and the
    garbage collector, which finds no cycle in fresh data, is paused while it is built."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    paused = gc.isenabled()
    gc.disable()
    try:
        loader = loader_class(text)
        try:
            return _Plain(loader).document()
        except (_Unusual, yaml.YAMLError):
            pass  # (the safe loader reads it again, and says what is wrong, if anything)
        finally:
            loader.dispose()
        return yaml.load(text, Loader=loader_class)
    finally:
        if paused:
            gc.enable()


class _Unusual(Exception):
    """The text holds more than plain data: the safe loader reads it."""


class _Plain:
    """A YAML document of plain data, built from the parser's events as the safe loader builds
    it: a plain scalar is resolved as the loader resolves it ("yes" is True, "1.5" a float),
    a quoted one is a string."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.resolvers = loader.yaml_implicit_resolvers  # by a plain scalar's first character
        self.each = None in self.resolvers  # (one for any first character: each is resolved)

    def document(self) -> Any:
        get = self.loader.get_event
        if self.loader.yaml_path_resolvers:
            raise _Unusual  # (a tag by a scalar's place in the document: the loader knows it)
        if type(get()) is not events.StreamStartEvent or \
                type(get()) is not events.DocumentStartEvent:
            raise _Unusual  # (no document at all)
        data = self.value(get())
        if type(get()) is not events.DocumentEndEvent or \
                type(get()) is not events.StreamEndEvent:
            raise _Unusual  # (a second document)
        return data

    def value(self, event: Any) -> Any:
        kind = type(event)
        if kind is events.ScalarEvent:
            return self.scalar(event)
        if event.anchor is not None or event.tag is not None:
            raise _Unusual  # (an alias, an anchor or a tag)
        get = self.loader.get_event
        if kind is events.MappingStartEvent:
            mapping: dict[Any, Any] = {}
            while type(key := get()) is not events.MappingEndEvent:
                if type(key) is not events.ScalarEvent:
                    raise _Unusual  # (a key that is a list or a mapping)
                mapping[self.scalar(key)] = self.value(get())  # (the last of a repeated key)
            return mapping
        if kind is events.SequenceStartEvent:
            sequence: list[Any] = []
            while type(item := get()) is not events.SequenceEndEvent:
                sequence.append(self.value(item))
            return sequence
        raise _Unusual

    def scalar(self, event: Any) -> Any:
        if event.anchor is not None or event.tag is not None:
            raise _Unusual
        value = event.value
        if not event.implicit[0] or value[:1] not in self.resolvers and not self.each:
            return value  # a quoted scalar, or a plain one no resolver looks at: a string
        tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
        if tag == _STR:
            return value
        if tag not in self.loader.yaml_constructors:
            raise _Unusual  # (a merge key "<<", a value key "=")
        return self.loader.construct_object(yaml.ScalarNode(tag, value, style=event.style))


def in_language(entry: dict[str, str], language: str) -> str:
    """The text of an {en: ..., de: ...} entry in the language, English when it lacks one."""
    return entry.get(language) or entry["en"]
