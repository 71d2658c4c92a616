"""The knowledge base: read projects.yaml once, validate every field, expose frozen records.

Every error names the file, the line and the key path, e.g.
``knowledge/projects.yaml:57: projects[3].start: '2017-13-01' is not a date``.
All of them derive from :class:`KnowledgeError`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bot.text import normalize

_IN_REPOSITORY = Path(__file__).resolve().parent.parent / "knowledge" / "projects.yaml"
_INSTALLED = Path(__file__).resolve().parent / "knowledge_base" / "projects.yaml"  # a wheel's
DEFAULT_PATH = _IN_REPOSITORY if _IN_REPOSITORY.exists() else _INSTALLED
LANGUAGES = ("en", "de")
KeyPath = tuple[str | int, ...]


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a knowledge-base file, with where it is."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        line = f":{self.line}" if self.line else ""  # 0: the file as a whole, no line
        return _clipped(f"{self.file}{line}: {where}{self.message}", MESSAGE_LIMIT)


class KnowledgeError(Exception):
    """Base of every knowledge-base error; carries one or more problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class KnowledgeFileError(KnowledgeError):
    """The file cannot be read or is not well-formed YAML."""


class KnowledgeValidationError(KnowledgeError):
    """The YAML is well-formed but a field is wrong."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Text:
    """A short text in English and German."""

    en: str
    de: str

    def get(self, language: str) -> str:
        return self.de if language == "de" else self.en


@dataclass(frozen=True, slots=True)
class Resource(Text):
    """Something the page points to: a result in itself (a guide, an atlas), or only a link."""

    kind: str  # "link": says only where to look; "result": is itself a result
    registration: bool = False  # the page says it is found only after registering

    @property
    def is_result(self) -> bool:
        return self.kind == "result"


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date at the page's precision: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def lower(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def upper(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        if not match:
            raise ValueError(value)
        year, month, day = (int(g) if g else None for g in match.groups())
        if month == 0 or day == 0:
            raise ValueError(value)
        date = cls(year, month, day)
        date.upper()  # raises ValueError for a month or day that does not exist
        return date


@dataclass(frozen=True, slots=True)
class GermanForms:
    """How a German name changes with its case, as data: "der Ostseeraum", "dem Ostseeraum",
    "des Ostseeraums". Templates ask for a case or a preposition ("{x:zu}" gives "zum
    Ostseeraum"); a name without forms is the same in every case (Hamburg, Japan)."""

    gender: str  # m, f, n or pl
    nom: str
    dat: str
    acc: str | None = None  # the nominative where left out
    gen: str | None = None  # "von" with the dative where left out

    def get(self, case: str) -> str | None:
        """The form for a case; a feminine or plural genitive is its dative ("der USA")."""
        gen = self.gen or (self.dat if self.gender in ("f", "pl") else None)
        return {"nom": self.nom, "dat": self.dat, "acc": self.acc or self.nom,
                "gen": gen}.get(case)


class Evidence(Mapping[str, tuple[str, ...]]):
    """A project's evidence: fact field name -> the page's words it rests on (immutable)."""

    def __init__(self, items: Iterable[tuple[str, tuple[str, ...]]] = ()) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self._items[key]

    # The dict's own lookups: Mapping's raise and catch a KeyError for each field a project
    # lacks, and the fields are looked up on every answer.
    def get(self, key: str, default: Any = None) -> Any:
        return self._items.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def of(self, fields: Iterable[str]) -> tuple[str, ...]:
        """The quotes of these fields, each once, in field order (each answer's: one call)."""
        out: dict[str, None] = {}
        for name in fields:
            found = self._items.get(name)
            if found:
                out.update(dict.fromkeys(found))
        return tuple(out)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(self._items.items()))

    def __repr__(self) -> str:
        return f"Evidence({self._items!r})"


@dataclass(frozen=True, slots=True)
class PageInfo:
    """The page the knowledge base rests on: its title, and its URL and the date the knowledge
    base was made from it only where known."""

    title: str
    url: str | None = None
    as_of: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    currency: str
    approx: bool = False
    kind: str | None = None
    sources: tuple[str, ...] = ()
    written: str | None = None  # how the page writes the figure, where it reads otherwise
    # ("€1,217,494.00 million", read as €1,217,494): shown next to it


@dataclass(frozen=True, slots=True)
class Partner:
    org: str
    country: str | None = None
    role: Text | None = None


@dataclass(frozen=True, slots=True)
class Made:
    """A thing a project made (a topic) and who the page says made it: organisations, or none
    where the page says the project itself did (then its lead and those it was run with)."""

    thing: str
    by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Funder:
    id: str
    kind: str
    name: Text
    aliases: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    link: Text | None = None
    de_forms: GermanForms | None = None
    en_article: str | None = None  # "the": "funded by the European Social Fund (ESF)"


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    self: bool = False
    de_forms: GermanForms | None = None
    # the country an organisation is in where no project gives it as a partner's country: it
    # only rules out other countries claimed ("War die Slowakei bei MAGIA dabei?"), it is never
    # stated as the partner's country
    home: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    kind: str
    name: Text
    aliases: tuple[str, ...] = ()
    de_forms: GermanForms | None = None
    within: tuple[str, ...] = ()  # larger places: Schleswig-Holstein lies in Germany


@dataclass(frozen=True, slots=True)
class Topic:
    """A subject, a larger programme a project was part of (kind "initiative"), a thing a
    project made that the page names (kind "product"), or a kind of organisation the page says
    a project worked with without naming one (kind "involved": hospitals)."""

    id: str
    name: Text
    aliases: tuple[str, ...] = ()
    kind: str = "topic"
    de_forms: GermanForms | None = None
    within: tuple[str, ...] = ()  # broader topics: fractures and bone healing are about bones


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    name: str
    summary: Text
    full_name: Text | None = None
    aliases: tuple[str, ...] = ()
    start: PartialDate | None = None
    end: PartialDate | None = None
    duration_months: int | None = None
    lead: tuple[str, ...] = ()
    lead_note: Text | None = None  # how the page tells the lead, where it names it only through
    # what the lead did with the project (InnoReAct: "with the help of the InnoReAct project")
    together_with: tuple[str, ...] = ()
    partners: tuple[Partner, ...] = ()
    partners_note: Text | None = None
    counts: tuple[tuple[str, int], ...] = ()
    partner_regions: Text | None = None
    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    target_countries: tuple[str, ...] = ()
    added_targets: tuple[str, ...] = ()  # targets the project added to its predecessor's
    lsn_role: Text | None = None
    funding: tuple[str, ...] = ()
    funding_note: Text | None = None
    amounts: tuple[Amount, ...] = ()
    part_of: str | None = None
    part_of_external: str | None = None  # a topic of kind "initiative"
    follows: str | None = None
    continued_by: tuple[str, ...] = ()
    follow_up_only: bool = False
    partners_complete: bool = False  # the page names the whole consortium (a "no" may hold)
    activities_general: bool = False  # the page tells the activities only in general terms
    lsn_role_general: bool = False  # the page ties LSN to the project only in general terms
    topics: tuple[str, ...] = ()
    goals: Text | None = None
    activities: Text | None = None
    results: Text | None = None
    resources: tuple[Resource, ...] = ()
    contains: tuple[str, ...] = ()
    made: tuple[Made, ...] = ()  # who made the things it made, where the page says it
    evidence: Evidence = field(default_factory=Evidence)

    def names(self) -> list[str]:
        """Every way the page or people name this project."""
        full = [self.full_name.en, self.full_name.de] if self.full_name else []
        return [self.name, *full, *self.aliases]

    def makers(self, things: Iterable[str]) -> tuple[str, ...] | None:
        """The organisations the page says made one of these things in the project (those
        that led or ran it where the page says the project did), or None where it names no
        maker of them."""
        found = [m.by or (*self.lead, *self.together_with) for m in self.made
                 if m.thing in things]
        return tuple(dict.fromkeys(o for by in found for o in by)) if found else None

    def organisations(self) -> tuple[str, ...]:
        """Every organisation the page gives the project: its lead, those it was run with, its
        partners, in that order."""
        return tuple(dict.fromkeys((*self.lead, *self.together_with,
                                    *(x.org for x in self.partners))))


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """The validated knowledge base. Compared and hashed by identity, so indexes can cache it."""

    projects: dict[str, Project]
    funders: dict[str, Funder]
    organisations: dict[str, Organisation]
    places: dict[str, Place]
    topics: dict[str, Topic]
    path: str = ""
    alias_count: int = 0
    page: PageInfo | None = None

    def funder_ancestors(self, funder_id: str) -> set[str]:
        """The funder and every fund or programme it belongs to, as the page links them."""
        return _ancestors(funder_id, lambda f: self.funders[f].part_of)

    def partner_countries(self, p: Project) -> tuple[str, ...]:
        """Where a project's partners came from: the country the page gives a partner, else,
        where the page gives countries at all, its organisation's home (Life Science Nord, a
        partner in MAGIA beside clusters from Italy, France and Belgium, is from Germany; HIHeal,
        with no country, stays without one)."""
        return tuple(dict.fromkeys(c for x in p.partners if (c := self.partner_country(p, x))))

    def partner_country(self, p: Project, x: Partner) -> str | None:
        """One partner's country, as partner_countries reads it ("the German one" of MAGIA's
        clusters is Life Science Nord)."""
        given = bool(p.countries) or any(y.country for y in p.partners)
        return x.country or (self.organisations[x.org].home
                             if given and x.org in self.organisations else None)

    def topic_ancestors(self, topic_id: str) -> set[str]:
        """The topic and every broader topic it lies within ("fractures" -> "bones")."""
        return _ancestors(topic_id, lambda t: self.topics[t].within)

    def place_ancestors(self, place_id: str) -> set[str]:
        """The place and every larger place it lies in ("Lübeck" -> Schleswig-Holstein,
        Germany); a place the knowledge base doesn't hold is only itself."""
        return _ancestors(place_id, lambda x: self.places[x].within if x in self.places else ())


def _ancestors(start: str, parents: Callable[[str], Iterable[str]]) -> set[str]:
    """A node and everything above it, following `parents` (cycles are safe)."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(parents(current))
    return seen


# --------------------------------------------------------------------------- YAML with lines


_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml: a minute faster at 10,000 projects


def _compose_fast(text: str) -> yaml.Node | None:
    """The node tree from libyaml, or None: then PyYAML's own parser composes it, and words any
    syntax error the way the error messages promise."""
    if _FAST_LOADER is None:
        return None
    loader = _FAST_LOADER(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def format_path(path: KeyPath) -> str:
    out = ""
    for part in path:
        part = part if isinstance(part, int) else _clipped(part, VALUE_LIMIT)
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class _Reader:
    """Builds plain Python data from YAML nodes, remembering the line of every key path."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: dict[KeyPath, int] = {}
        self.problems: list[Problem] = []
        self._fatal = False
        self._open: set[int] = set()
        # Each string once: YAML gives every occurrence its own copy, and the same roles,
        # ids, field names and quotes recur in every project (17 of 22 MB of strings over
        # 10,000 generated projects were copies).
        self.strings: dict[str, str] = {}

    def load(self, text: str) -> Any:
        """Compose the YAML and build plain data; raise for anything safe_load would refuse."""
        loader = yaml.SafeLoader(text)
        try:
            node = _compose_fast(text) or loader.get_single_node()
            data = None if node is None else self._value(node, (), loader)
        except yaml.YAMLError as exc:
            raise KnowledgeFileError([self._yaml_problem(exc)]) from None
        except RecursionError:
            problem = Problem(self.file, 1, "", "invalid YAML: nested too deeply")
            raise KnowledgeFileError([problem]) from None
        finally:
            loader.dispose()
        if self._fatal:
            raise KnowledgeFileError(sorted(self.problems, key=lambda p: p.line))
        return data

    def _yaml_problem(self, exc: yaml.YAMLError) -> Problem:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        parts = [getattr(exc, "context", None), getattr(exc, "problem", None)]
        reason = ", ".join(p for p in parts if p) or str(exc)
        return Problem(self.file, line, "", f"invalid YAML: {reason}")

    def _value(self, node: yaml.Node, path: KeyPath, loader: yaml.SafeLoader) -> Any:
        self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.CollectionNode):
            return self._collection(node, path, loader)
        if node.tag == _TIMESTAMP:
            return node.value
        if node.tag not in _SCALAR_TAGS:
            return self._refuse(path, f"unsupported YAML tag {_shown(_short_tag(node.tag))}")
        try:
            value = loader.construct_object(node)
        except (ValueError, KeyError, yaml.YAMLError):
            tag = _short_tag(node.tag)
            return self._refuse(path, f"{_shown(node.value)} is not a valid {tag}")
        return self.same(value) if type(value) is str else value

    def _collection(
        self, node: yaml.CollectionNode, path: KeyPath, loader: yaml.SafeLoader
    ) -> Any:
        mapping = isinstance(node, yaml.MappingNode)
        if node.tag != (_MAP if mapping else _SEQ):
            return self._refuse(path, f"unsupported YAML tag {_shown(_short_tag(node.tag))}")
        if id(node) in self._open:
            return self._refuse(path, "recursive YAML alias")
        self._open.add(id(node))
        try:
            if mapping:
                return self._mapping(node, path, loader)
            return [self._value(item, (*path, i), loader) for i, item in enumerate(node.value)]
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: KeyPath, loader: yaml.SafeLoader) -> Any:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem_at(line, path, "a key must be a plain string")
                continue
            key = self.same(str(key_node.value))
            if key in out:
                self._problem_at(line, (*path, key), "duplicate key")
                continue
            out[key] = self._value(value_node, (*path, key), loader)
        return out

    def same(self, text: str) -> str:
        """The one copy of this string the file's values share."""
        return self.strings.setdefault(text, text)

    def _refuse(self, path: KeyPath, message: str) -> None:
        """Record a problem that safe_load itself would refuse; the file is not validated."""
        self._fatal = True
        self.problem(path, message)

    def _problem_at(self, line: int, path: KeyPath, message: str) -> None:
        self.problems.append(Problem(self.file, line, format_path(path), message))

    def line(self, path: KeyPath) -> int:
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def problem(self, path: KeyPath, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(path), format_path(path), message))


class _Retry(Exception):
    """The fast reader met something to report or out of the ordinary."""


def _tagged(event: yaml.Event) -> bool:
    """An explicit tag on the file's mapping or a section's list other than !!map or !!seq."""
    return getattr(event, "tag", None) not in (None, _MAP, _SEQ)


class _Forget(dict[KeyPath, int]):
    """Lines the fast reader does not keep: it reports nothing, so it needs none."""

    def __setitem__(self, key: KeyPath, value: int) -> None:
        pass


_StreamLoader: Any = None
if _FAST_LOADER is not None:

    class _StreamLoader(_FAST_LOADER, yaml.composer.Composer):  # type: ignore[no-redef]
        """libyaml's parser with PyYAML's composer, to compose one section item at a time."""


class _StreamReader(_Reader):
    """Reads a knowledge base one section item at a time, keeping neither the node tree nor the
    line of every key. At the first problem it gives up (_Retry), and the careful reader reads
    the file again to report it. Ten thousand projects fit in a fraction of the memory."""

    def __init__(self, file: str) -> None:
        super().__init__(file)
        self.lines = _Forget()
        self.page: Any = None

    def problem(self, path: KeyPath, message: str) -> None:
        raise _Retry

    def _problem_at(self, line: int, path: KeyPath, message: str) -> None:
        raise _Retry

    def _refuse(self, path: KeyPath, message: str) -> None:
        raise _Retry

    def sections(self, text: str) -> Iterator[tuple[str, Iterator[tuple[int, Any]]]]:
        """Each top-level section in file order, with its items as they are read."""
        loader = _StreamLoader(text)
        loader.anchors = {}
        try:
            yield from self._sections(loader)
        except (yaml.YAMLError, RecursionError):
            raise _Retry from None
        finally:
            loader.dispose()

    def _sections(self, loader: Any) -> Iterator[tuple[str, Iterator[tuple[int, Any]]]]:
        ev = yaml.events
        loader.get_event()
        for expected in (ev.DocumentStartEvent, ev.MappingStartEvent):
            if not loader.check_event(expected) or _tagged(loader.get_event()):
                raise _Retry
        seen: set[str] = set()
        while not loader.check_event(ev.MappingEndEvent):
            name = self._value(loader.compose_node(None, None), (), loader)
            if name == "page" and name not in seen:
                seen.add(name)
                self.page = self._value(loader.compose_node(None, None), (name,), loader)
                continue
            if name not in SCHEMA or name in seen or not loader.check_event(ev.SequenceStartEvent):
                raise _Retry
            seen.add(name)
            if _tagged(loader.get_event()):
                raise _Retry  # e.g. a !!python/... tag on a section: the careful reader refuses
            yield name, self._items(loader, name)
        if "projects" not in seen:
            raise _Retry
        loader.get_event()
        for expected in (ev.DocumentEndEvent, ev.StreamEndEvent):
            if not loader.check_event(expected):
                raise _Retry  # e.g. a second document
            loader.get_event()

    def _items(self, loader: Any, name: str) -> Iterator[tuple[int, Any]]:
        i = 0
        try:
            while not loader.check_event(yaml.events.SequenceEndEvent):
                item = self._value(loader.compose_node(None, None), (name, i), loader)
                loader.constructed_objects.clear()
                yield i, item
                i += 1
            loader.get_event()
        except (yaml.YAMLError, RecursionError):
            raise _Retry from None


# --------------------------------------------------------------------------- limits


MAX_BYTES = 32 * 1024 * 1024  # default of KNOWLEDGE_MAX_BYTES
MAX_ALIASES = 1000  # anchors, and aliases, in one file
MAX_NODES = 5_000_000  # nodes once every alias is expanded
MAX_REPEATED = 100_000  # nodes that aliases stand for, in all
MESSAGE_LIMIT = 500  # characters of one error line
VALUE_LIMIT = 60  # characters of a bad value quoted in a message
_NON_PRINTABLE = re.compile(  # what YAML refuses to read, as PyYAML's reader defines it
    "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]"
)
_CONTROL = re.compile("[\x00-\x08\x0B-\x1F\x7F-\x9F]")  # in a value, through an escape
_ANCHOR_OR_ALIAS = re.compile(r"[&*][^\s,\[\]{}]")


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text):,} characters)"


def _shown(value: Any) -> str:
    """A value as an error message quotes it: repr, at most VALUE_LIMIT characters."""
    return _clipped(repr(value), VALUE_LIMIT)


def max_bytes(file: str) -> int:
    """KNOWLEDGE_MAX_BYTES, default 32 MiB: a larger file is refused before it is read."""
    raw = os.environ.get("KNOWLEDGE_MAX_BYTES", "").strip()
    if not raw:
        return MAX_BYTES
    if not raw.isdigit() or int(raw) == 0:
        problem = f"KNOWLEDGE_MAX_BYTES must be a positive whole number of bytes, not {raw!r}"
        raise KnowledgeFileError([Problem(file, 0, "", _clipped(problem, 120))])
    return int(raw)


def _refused(file: str, message: str, line: int = 0) -> KnowledgeFileError:
    return KnowledgeFileError([Problem(file, line, "", message)])


def read_limited(path: Path, file: str) -> str:
    """The file's text, read only if it is a regular file within KNOWLEDGE_MAX_BYTES: a FIFO
    would hang the reader and /dev/zero never ends."""
    limit = max_bytes(file)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _refused(file, f"cannot read file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise _refused(file, "cannot read file: Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise _refused(file, f"cannot read file: not a regular file ({_kind(info.st_mode)})")
        data = b"" if info.st_size > limit else _read_at_most(handle, limit + 1)
    finally:
        os.close(handle)
    if info.st_size > limit or len(data) > limit:
        size = max(info.st_size, len(data))
        raise _refused(file, f"the file is too large: {size:,} bytes, more than the limit of "
                             f"{limit:,} (KNOWLEDGE_MAX_BYTES)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refused(file, f"cannot read file: {exc}") from None


def _read_at_most(handle: int, size: int) -> bytes:
    chunks, left = [], size
    while left > 0 and (chunk := os.read(handle, min(left, 1 << 20))):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    kinds = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]
    return next((name for test, name in kinds if test(mode)), "not a file")


def check_limits(text: str, file: str) -> None:
    """Refuse, before any parsing, what would make parsing slow or huge or fail badly: too many
    characters, characters YAML cannot hold, and aliases that multiply the document."""
    limit = max_bytes(file)
    if len(text) > limit:
        raise _refused(file, f"the text is too large: {len(text):,} characters, more than the "
                             f"limit of {limit:,} (KNOWLEDGE_MAX_BYTES)")
    _check_characters(text, file)
    if _ANCHOR_OR_ALIAS.search(text):
        _check_expansion(text, file)


def _check_characters(text: str, file: str) -> None:
    problems = []
    for match in _NON_PRINTABLE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - text.rfind("\n", 0, match.start())
        problems.append(Problem(file, line, "", f"control character U+{ord(match[0]):04X} at "
                                                f"column {column} (not allowed in YAML)"))
        if len(problems) == 10:
            break
    if problems:
        raise KnowledgeFileError(problems)


@dataclass
class _Expansion:
    """Counts the nodes a YAML document stands for, aliases expanded, from its parser events
    alone: linear in the file however much the aliases multiply it."""

    nodes: int = 0
    repeated: int = 0
    aliases: int = 0
    anchors: int = 0
    sizes: dict[str, int] = field(default_factory=dict)
    open: list[tuple[int, str | None]] = field(default_factory=list)

    def add(self, event: yaml.Event) -> str | None:
        """Count one event; what is over a limit, or None."""
        if isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            size = self.sizes.get(event.anchor, 1)
            self.nodes += size
            self.repeated += size
        elif isinstance(event, yaml.NodeEvent):
            self.nodes += 1
            self.anchors += event.anchor is not None
            if isinstance(event, yaml.CollectionStartEvent):
                self.open.append((self.nodes, event.anchor))
            elif event.anchor is not None:
                self.sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionEndEvent) and self.open:
            start, anchor = self.open.pop()
            if anchor is not None:
                self.sizes[anchor] = self.nodes - start + 1
        return self.over()

    def over(self) -> str | None:
        if max(self.aliases, self.anchors) > MAX_ALIASES:
            return f"too many YAML anchors or aliases (more than {MAX_ALIASES:,})"
        if self.repeated > MAX_REPEATED:
            return (f"YAML aliases repeat more than {MAX_REPEATED:,} nodes "
                    f"(the file would expand to at least {self.nodes:,})")
        if self.nodes > MAX_NODES:
            return f"the YAML has more than {MAX_NODES:,} nodes"
        return None


def _check_expansion(text: str, file: str) -> None:
    counter = _Expansion()
    try:
        for event in yaml.parse(text, Loader=_FAST_LOADER or yaml.SafeLoader):
            if message := counter.add(event):
                raise _refused(file, message, event.start_mark.line + 1)
    except yaml.YAMLError:
        return  # not well-formed: the parser proper says where, and builds nothing


# --------------------------------------------------------------------------- validation

Check = Callable[[Any, KeyPath, "_Validator"], Any]


def _describe(value: Any) -> str:
    return _shown(value) if not isinstance(value, dict | list) else type(value).__name__


def _string(value: Any, path: KeyPath, v: _Validator) -> Any:
    if isinstance(value, str) and value.strip():
        if control := _CONTROL.search(value):
            return v.fail(path, f"{_describe(value)} holds control character "
                                f"U+{ord(control[0]):04X}")
        return value.strip()
    return v.fail(path, f"{_describe(value)} is not a non-empty string")


def _integer(value: Any, path: KeyPath, v: _Validator) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return v.fail(path, f"{_describe(value)} is not a whole number")


def _number(value: Any, path: KeyPath, v: _Validator) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return v.fail(path, f"{_describe(value)} is not a positive number")


def _boolean(value: Any, path: KeyPath, v: _Validator) -> Any:
    if isinstance(value, bool):
        return value
    return v.fail(path, f"{_describe(value)} is not true/false")


def _date(value: Any, path: KeyPath, v: _Validator) -> Any:
    try:
        return PartialDate.parse(str(value))
    except ValueError:
        return v.fail(path, f"{_shown(str(value))} is not a date")


def _text(value: Any, path: KeyPath, v: _Validator) -> Any:
    if not isinstance(value, dict):
        return v.fail(path, f"{_describe(value)} is not a text with 'en' and 'de'")
    parts = {}
    for lang in LANGUAGES:
        parts[lang] = _string(value.get(lang), (*path, lang), v) if lang in value else None
        if lang not in value:
            v.fail(path, f"missing '{lang}'")
    v.unknown_keys(value, set(LANGUAGES), path)
    return Text(**parts) if all(parts.values()) else None


def _list_of(check: Check) -> Check:
    def run(value: Any, path: KeyPath, v: _Validator) -> Any:
        if not isinstance(value, list):
            return v.fail(path, f"{_describe(value)} is not a list")
        return tuple(check(item, (*path, i), v) for i, item in enumerate(value))

    return run


def _ref(section: str) -> Check:
    def run(value: Any, path: KeyPath, v: _Validator) -> Any:
        value = _string(value, path, v)
        if value is not None:
            v.references.append((section, value, path))
        return value

    return run


def _record(
    fields: dict[str, tuple[Check, bool]], build: Callable[..., Any] | None = None
) -> Check:
    def run(value: Any, path: KeyPath, v: _Validator) -> Any:
        if not isinstance(value, dict):
            return v.fail(path, f"{_describe(value)} is not a mapping")
        out = {}
        for key, (check, required) in fields.items():
            if key in value:
                out[key] = check(value[key], (*path, key), v)
            elif required:
                v.fail(path, f"missing required key '{key}'")
        v.unknown_keys(value, set(fields), path)
        return build(**out) if build and v.clean(path) else out

    return run


def _counts(value: Any, path: KeyPath, v: _Validator) -> Any:
    if not isinstance(value, dict):
        return v.fail(path, f"{_describe(value)} is not a mapping")
    return tuple((str(k), _integer(n, (*path, k), v)) for k, n in value.items())


def _choice(*allowed: str) -> Check:
    def run(value: Any, path: KeyPath, v: _Validator) -> Any:
        if value in allowed:
            return value
        return v.fail(path, f"{_describe(value)} is not one of {', '.join(allowed)}")

    return run


# Project fields that state a fact of the page, and so need the page's words as evidence.
FACT_FIELDS = (
    "full_name", "start", "end", "duration_months", "lead", "lead_note", "together_with",
    "partners", "partners_note", "partners_complete", "activities_general", "counts",
    "partner_regions",
    "countries", "cities", "regions", "target_countries", "added_targets", "lsn_role",
    "lsn_role_general", "funding",
    "funding_note", "amounts", "part_of",
    "part_of_external", "follows", "continued_by", "topics", "summary", "goals", "activities",
    "results", "resources", "made",
)


def _quotes(value: Any, path: KeyPath, v: _Validator) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else v.fail(path, "an empty quote")
    if not isinstance(value, list) or not value:
        return v.fail(path, f"{_describe(value)} is not a quote or a list of quotes")
    quotes = tuple(_string(q, (*path, i), v) for i, q in enumerate(value))
    return None if None in quotes else quotes


def _evidence(value: Any, path: KeyPath, v: _Validator) -> Any:
    """`evidence: {start, end: "ran from March 2016 until February 2019", ...}`: the keys name
    one or more fact fields, the values are the page's words (one quote or a list)."""
    if not isinstance(value, dict):
        return v.fail(path, f"{_describe(value)} is not a mapping of fields to quotes")
    out: dict[str, tuple[str, ...]] = {}
    for key, raw in value.items():
        fields = [v.reader.same(f.strip()) for f in str(key).split(",")]
        unknown = [f for f in fields if f not in FACT_FIELDS]
        if unknown:
            v.fail((*path, key), f"{_shown(unknown[0])} is not a fact field")
            continue
        quotes = _quotes(raw, (*path, key), v)
        for name in fields if quotes else ():
            out[name] = out.get(name, ()) + quotes
            v.evidence_keys[(path, name)] = key
    return Evidence(out)


_ALIASES = (_list_of(_string), False)
_FORMS = (
    _record(
        {"gender": (_choice("m", "f", "n", "pl"), True), "nom": (_string, True),
         "dat": (_string, True), "acc": (_string, False), "gen": (_string, False)},
        GermanForms,
    ),
    False,
)
_AMOUNT = _record(
    {
        "value": (_number, True),
        "currency": (_string, True),
        "approx": (_boolean, False),
        "kind": (_string, False),
        "from": (_list_of(_ref("funders")), False),
        "written": (_string, False),
    },
    lambda **kw: Amount(**{("sources" if k == "from" else k): x for k, x in kw.items()}),
)
_PARTNER = _record(
    {"org": (_ref("organisations"), True), "country": (_ref("places"), False),
     "role": (_text, False)},
    Partner,
)
_MADE = _record({"thing": (_ref("topics"), True), "by": (_list_of(_ref("organisations")), False)},
                Made)
_PAGE = _record({"title": (_string, True), "url": (_string, False), "as_of": (_date, False)},
                PageInfo)
RESOURCE_KINDS = ("link", "result")


def _resource(value: Any, path: KeyPath, v: _Validator) -> Any:
    if not isinstance(value, dict):
        return v.fail(path, f"{_describe(value)} is not a resource with 'en', 'de' and 'kind'")
    kind = value.get("kind")
    if kind not in RESOURCE_KINDS:
        v.fail(path, f"'kind' must be one of {', '.join(RESOURCE_KINDS)}")
    registration = value.get("registration", False)
    if not isinstance(registration, bool):
        v.fail(path, f"'registration' must be true or false, not {_describe(registration)}")
    text = _text({k: x for k, x in value.items() if k not in ("kind", "registration")}, path, v)
    return Resource(text.en, text.de, kind, registration is True) \
        if text and kind in RESOURCE_KINDS else None


_FUNDING = _record({"funder": (_ref("funders"), True)}, lambda funder: funder)

SCHEMA: dict[str, tuple[Check, type]] = {
    "funders": (
        _record(
            {"id": (_string, True), "kind": (_string, True), "name": (_text, True),
             "aliases": _ALIASES, "part_of": (_list_of(_ref("funders")), False),
             "link": (_text, False), "de_forms": _FORMS,
             "en_article": (_choice("the"), False)},
            Funder,
        ),
        Funder,
    ),
    "organisations": (
        _record({"id": (_string, True), "name": (_string, True), "aliases": _ALIASES,
                 "self": (_boolean, False), "de_forms": _FORMS,
                 "home": (_ref("places"), False)}, Organisation),
        Organisation,
    ),
    "places": (
        _record({"id": (_string, True), "kind": (_string, True), "name": (_text, True),
                 "aliases": _ALIASES, "de_forms": _FORMS,
                 "within": (_list_of(_ref("places")), False)}, Place),
        Place,
    ),
    "topics": (
        _record({"id": (_string, True), "name": (_text, True), "aliases": _ALIASES,
                 "kind": (_choice("topic", "initiative", "product", "involved"), False),
                 "de_forms": _FORMS,
                 "within": (_list_of(_ref("topics")), False)}, Topic),
        Topic,
    ),
    "projects": (
        _record(
            {
                "id": (_string, True),
                "name": (_string, True),
                "summary": (_text, True),
                "full_name": (_text, False),
                "aliases": _ALIASES,
                "start": (_date, False),
                "end": (_date, False),
                "duration_months": (_integer, False),
                "lead": (_list_of(_ref("organisations")), False),
                "lead_note": (_text, False),
                "together_with": (_list_of(_ref("organisations")), False),
                "partners": (_list_of(_PARTNER), False),
                "partners_note": (_text, False),
                "counts": (_counts, False),
                "partner_regions": (_text, False),
                "countries": (_list_of(_ref("places")), False),
                "cities": (_list_of(_ref("places")), False),
                "regions": (_list_of(_ref("places")), False),
                "target_countries": (_list_of(_ref("places")), False),
                "added_targets": (_list_of(_ref("places")), False),
                "lsn_role": (_text, False),
                "funding": (_list_of(_FUNDING), False),
                "funding_note": (_text, False),
                "amounts": (_list_of(_AMOUNT), False),
                "part_of": (_ref("projects"), False),
                "part_of_external": (_ref("topics"), False),
                "follows": (_ref("projects"), False),
                "continued_by": (_list_of(_ref("projects")), False),
                "follow_up_only": (_boolean, False),
                "partners_complete": (_boolean, False),
                "activities_general": (_boolean, False),
                "lsn_role_general": (_boolean, False),
                "topics": (_list_of(_ref("topics")), False),
                "goals": (_text, False),
                "activities": (_text, False),
                "results": (_text, False),
                "resources": (_list_of(_resource), False),
                "made": (_list_of(_MADE), False),
                "evidence": (_evidence, False),
            },
            Project,
        ),
        Project,
    ),
}


@dataclass
class _Validator:
    reader: _Reader
    references: list[tuple[str, str, KeyPath]] = field(default_factory=list)
    positions: dict[tuple[str, str], int] = field(default_factory=dict)
    evidence_keys: dict[tuple[KeyPath, str], str] = field(default_factory=dict)

    def fail(self, path: KeyPath, message: str) -> None:
        self.reader.problem(path, message)
        return None

    def clean(self, path: KeyPath) -> bool:
        prefix = format_path(path)
        return not any(
            p.path == prefix or p.path.startswith((prefix + ".", prefix + "["))
            for p in self.reader.problems
        )

    def unknown_keys(self, value: dict[str, Any], known: set[str], path: KeyPath) -> None:
        for key in value:
            if key not in known:
                self.fail((*path, key), "unknown key")

    def section(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        items = data.get(name, [])
        if not isinstance(items, list):
            self.fail((name,), f"{_describe(items)} is not a list")
            return {}
        return self.records(name, enumerate(items))

    def records(self, name: str, items: Iterable[tuple[int, Any]]) -> dict[str, Any]:
        """Check the items of a section one by one and build their records."""
        check, _ = SCHEMA[name]
        records: dict[str, Any] = {}
        for i, item in items:
            record = check(item, (name, i), self)
            if not isinstance(record, SCHEMA[name][1]):
                continue
            if record.id in records:
                self.fail((name, i, "id"), f"duplicate id {_shown(record.id)}")
            records[record.id] = record
            self.positions[(name, record.id)] = i
        return records


def _alias_owners(records: dict[str, Any]) -> Iterator[tuple[str, str, str, KeyPath]]:
    for record in records.values():
        names: list[tuple[str, KeyPath]] = []
        if isinstance(record, Project | Organisation):
            names.append((record.name, ("name",)))
        if isinstance(record, Project) and record.full_name:
            names += [(record.full_name.en, ("full_name", "en")),
                      (record.full_name.de, ("full_name", "de"))]
        elif not isinstance(record, Project | Organisation):
            names += [(record.name.en, ("name", "en")), (record.name.de, ("name", "de"))]
        names += [(alias, ("aliases", i)) for i, alias in enumerate(record.aliases)]
        for name, where in names:
            yield normalize(name), name, record.id, where


def _check_aliases(v: _Validator, section: str, records: dict[str, Any]) -> int:
    owner: dict[str, tuple[str, str]] = {}
    for key, name, rid, where in _alias_owners(records):
        path = (section, v.positions[(section, rid)], *where)
        if not key:
            v.fail(path, f"alias {_shown(name)} has no letters or digits")
        elif key in owner and owner[key][0] != rid:
            other = owner[key]
            v.fail(
                path,
                f"alias {_shown(name)} of {_shown(rid)} is already claimed by "
                f"{_shown(other[0])} as {_shown(other[1])}",
            )
        else:
            owner.setdefault(key, (rid, name))
    return len(owner)


def _check_references(v: _Validator, kb: dict[str, dict[str, Any]]) -> None:
    for section, value, path in v.references:
        if value not in kb[section]:
            v.fail(path, f"unknown {section[:-1]} id {_shown(value)}")


def _check_projects(v: _Validator, projects: dict[str, Project]) -> None:
    for project in projects.values():
        i = v.positions[("projects", project.id)]
        if project.start and project.end and project.start.lower() > project.end.upper():
            v.fail(("projects", i, "end"), f"end {_iso(project.end)} is before start "
                                            f"{_iso(project.start)}")
        for relation in ("part_of", "follows"):
            if getattr(project, relation) == project.id:
                v.fail(("projects", i, relation), "a project cannot relate to itself")


# --------------------------------------------------------------------------- evidence

def _check_evidence(v: _Validator, kb: dict[str, dict[str, Any]], required: bool) -> None:
    """Evidence belongs to fields the project has; where the file names its page, every fact
    needs evidence. (Whether the evidence is on the page and names what the field states is
    for `bot.evidence.check_page`.)"""
    for project in kb["projects"].values():
        path: KeyPath = ("projects", v.positions[("projects", project.id)])
        for name in FACT_FIELDS:
            quotes = project.evidence.get(name)
            where = (*path, "evidence", v.evidence_keys.get(((*path, "evidence"), name), name))
            if quotes and not getattr(project, name):
                v.fail(where, f"evidence for '{name}', which the project does not state")
            elif required and not quotes and getattr(project, name):
                v.fail((*path, name), "no evidence: quote the page's words for it under "
                                      "'evidence'")


def _iso(date: PartialDate) -> str:
    parts = [f"{date.year:04d}", f"{date.month:02d}" if date.month else "",
             f"{date.day:02d}" if date.day else ""]
    return "-".join(p for p in parts if p)


def _with_contains(projects: dict[str, Project]) -> dict[str, Project]:
    children: dict[str, list[str]] = {}
    for project in projects.values():
        if project.part_of:
            children.setdefault(project.part_of, []).append(project.id)
    return {pid: replace(p, contains=tuple(children.get(pid, ()))) for pid, p in projects.items()}


def parse(text: str, file: str = "<string>") -> KnowledgeBase:
    """Validate YAML text and build the knowledge base, or raise KnowledgeError."""
    check_limits(text, file)
    if _StreamLoader is not None:
        try:
            return _parse_streaming(text, file)
        except _Retry:
            pass  # something to report, or out of the ordinary: the careful way below says it
    reader = _Reader(file)
    data = reader.load(text)
    if not isinstance(data, dict):
        raise KnowledgeValidationError(
            [Problem(file, 1, "", "the file must be a mapping with a 'projects' list")]
        )
    v = _Validator(reader)
    v.unknown_keys(data, {*SCHEMA, "page"}, ())
    sections = {name: v.section(data, name) for name in SCHEMA}
    if not sections["projects"] and "projects" not in data:
        v.fail((), "missing required key 'projects'")
    elif data["projects"] == []:
        v.fail(("projects",), "the list is empty; a knowledge base needs at least one project")
    page = _PAGE(data["page"], ("page",), v) if "page" in data else None
    return _cross_checked(v, sections, file, page)


def _parse_streaming(text: str, file: str) -> KnowledgeBase:
    """The fast way for a file with nothing to report: one section item at a time, no lines."""
    reader = _StreamReader(file)
    v = _Validator(reader)
    sections: dict[str, dict[str, Any]] = {name: {} for name in SCHEMA}
    for name, items in reader.sections(text):
        sections[name] = v.records(name, items)
    if not sections["projects"]:
        raise _Retry  # no project at all: the careful reader says so
    page = _PAGE(reader.page, ("page",), v) if reader.page is not None else None
    return _cross_checked(v, sections, file, page)


def _cross_checked(v: _Validator, sections: dict[str, dict[str, Any]], file: str,
                   page: PageInfo | None = None) -> KnowledgeBase:
    """References, aliases, project dates and evidence across sections; then the knowledge
    base."""
    _check_references(v, sections)
    aliases = sum(_check_aliases(v, s, sections[s]) for s in SCHEMA)
    _check_projects(v, sections["projects"])
    if not v.reader.problems:
        _check_evidence(v, sections, page is not None)
    if v.reader.problems:
        problems = sorted(v.reader.problems, key=lambda p: p.line)
        raise KnowledgeValidationError(problems)
    return KnowledgeBase(
        projects=_with_contains(sections["projects"]),
        funders=sections["funders"],
        organisations=sections["organisations"],
        places=sections["places"],
        topics=sections["topics"],
        path=file,
        alias_count=aliases,
        page=page,
    )


def display_path(path: Path) -> str:
    """The path as people see it: relative to the working directory if it lies below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def load(path: str | Path | None = None) -> KnowledgeBase:
    """Read and validate a knowledge-base file (by default the project's own)."""
    path = Path(path or os.environ.get("KNOWLEDGE_PATH") or DEFAULT_PATH)
    shown = display_path(path)
    return parse(read_limited(path, shown), shown)
