"""Evidence: the page's words that each fact of the knowledge base rests on.

`quotes` looks a project's evidence up for a field (the core puts them into ``Reply.sources``).
`check_page` holds a knowledge-base file against the page itself: every quote must be on the page,
and no prose field may copy more than ``MAX_COPIED`` consecutive words of it. Each problem names
the file, the line and the key path, like every other knowledge-base error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.knowledge import (
    FACT_FIELDS,
    KeyPath,
    KnowledgeBase,
    Organisation,
    Problem,
    Project,
    _Reader,
    format_path,
    load,
)
from bot.text import normalize

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = REPO.parent / "shared" / "sources" / "past-projects.txt"
MAX_COPIED = 12  # a prose field may share at most this many consecutive words with the page
PROSE_FIELDS = ("summary", "goals", "activities", "results", "lsn_role", "funding_note",
                "partner_regions", "partners_note")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


def quotes(kb: KnowledgeBase, project_id: str, field: str) -> tuple[str, ...]:
    """The page's words a project's field rests on; () where there are none."""
    project = kb.projects.get(project_id)
    return project.evidence.get(field, ()) if project else ()


def all_quotes(kb: KnowledgeBase, project_id: str, fields: tuple[str, ...] = FACT_FIELDS
               ) -> tuple[str, ...]:
    """The quotes of several fields of one project, each once, in field order."""
    project = kb.projects.get(project_id)
    return project.evidence.of(fields) if project else ()  # (the fields of every answer)


# The fact fields each kind of project answer rests on (the keys are bot.answers' builders).
ANSWER_FIELDS: dict[str, tuple[str, ...]] = {
    "overview": ("full_name", "summary", "start", "end", "funding", "funding_note", "lead",
                 "together_with", "part_of", "part_of_external", "follows", "continued_by"),
    "dates": ("start", "end", "duration_months"),
    "start": ("start",),
    "end": ("end",),
    "duration": ("start", "end", "duration_months"),
    "status": ("end", "follows", "continued_by"),
    "funding": ("funding", "funding_note", "amounts"),
    "amount": ("amounts", "funding", "funding_note"),
    "goals": ("goals",),
    "activities": ("activities", "activities_general"),
    "results": ("results", "resources"),
    "lead": ("lead", "together_with"),
    "partners": ("partners", "partners_note", "partners_complete", "together_with", "counts",
                 "partner_regions"),
    "places": ("countries", "cities", "regions", "target_countries", "added_targets",
               "partner_regions"),
    "lsn_role": ("lsn_role", "lsn_role_general"),
    "follow_up": ("continued_by",),
    "predecessor": ("follows",),
    "part_of": ("part_of", "part_of_external"),
    "contains": (),  # told by the parts: their own part_of
    "relations": ("part_of", "part_of_external", "follows", "continued_by"),
    "contact": ("resources",),
    "quantity": ("summary",),
}


def answer_quotes(kb: KnowledgeBase, project_ids: Iterable[str], kind: str
                  ) -> tuple[str, ...]:
    """The page's words an answer of one kind about these projects rests on, each once: what
    `Reply.sources` shows. A project's parts tell what it contains."""
    fields = ANSWER_FIELDS.get(kind, FACT_FIELDS)
    out: dict[str, None] = {}
    for pid in project_ids:
        out.update(dict.fromkeys(all_quotes(kb, pid, fields)))
        project = kb.projects.get(pid)
        if kind in ("contains", "relations") and project:
            for part in project.contains:
                out.update(dict.fromkeys(quotes(kb, part, "part_of")))
    return tuple(out)


# --------------------------------------------------------------------------- what it names

_NUMBER_WORDS = (  # figures the page writes as words: "seven countries", "two-year"
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)
_ENTITY_FIELDS = {  # field -> (section, the ids it names)
    "lead": ("organisations", lambda p: p.lead),
    "together_with": ("organisations", lambda p: p.together_with),
    "partners": ("organisations", lambda p: tuple(x.org for x in p.partners)),
    "countries": ("places", lambda p: p.countries),
    "cities": ("places", lambda p: p.cities),
    "regions": ("places", lambda p: p.regions),
    "target_countries": ("places", lambda p: p.target_countries),
    "added_targets": ("places", lambda p: p.added_targets),
    "funding": ("funders", lambda p: p.funding),
    "topics": ("topics", lambda p: p.topics),
    "part_of_external": ("topics", lambda p: (p.part_of_external,)),
    "part_of": ("projects", lambda p: (p.part_of,)),
    "follows": ("projects", lambda p: (p.follows,)),
    "continued_by": ("projects", lambda p: p.continued_by),
    "made": ("organisations", lambda p: tuple(o for m in p.made for o in m.by)),
}


def _record_names(record: Any) -> list[str]:
    if isinstance(record, Project):
        return record.names()
    if isinstance(record, Organisation):
        return [record.name, *record.aliases]
    return [record.name.en, record.name.de, *record.aliases]


def _mentions(quotes: tuple[str, ...], words: Iterable[str]) -> bool:
    """Whether the quotes name one of the words (compared as normalised whole words)."""
    text = f" {normalize(' '.join(quotes))} "
    return any(key and f" {key} " in text for key in map(normalize, words))


def _numbers(project: Project, name: str) -> list[str]:
    """The figures a field states, each of which its evidence must show (digits or words)."""
    value = getattr(project, name)
    if name in ("start", "end"):
        return [str(value.year)]
    if name == "amounts":
        return [f"{a.value:.0f}" for a in value]
    if name == "counts":
        return [str(n) for _, n in value]
    if name == "duration_months" and value % 12 == 0:
        return [str(value // 12)]
    return []


def _number_shown(number: str, quotes: tuple[str, ...]) -> bool:
    words = [number]
    if int(number) < len(_NUMBER_WORDS):
        words.append(_NUMBER_WORDS[int(number)])
    return _mentions(quotes, words)




def _unnamed(kb: KnowledgeBase, project: Project, name: str) -> Iterator[str]:
    """What a field states that its evidence does not show: a figure, a place, a funder..."""
    quotes = project.evidence.get(name, ())
    for number in _numbers(project, name):
        if not _number_shown(number, quotes):
            yield f"the evidence for '{name}' does not show {number}"
    for written in (a.written for a in project.amounts if a.written) if name == "amounts" else ():
        if not any(written in q for q in quotes):  # the page's own words, to the character
            yield f"the evidence for '{name}' does not show {written!r}"
    if name in _ENTITY_FIELDS:
        section, ids = _ENTITY_FIELDS[name]
        if section == "places":  # "Gesundheitswirtschaft Hamburg GmbH" is no place
            quotes = tuple(_place_words(kb, project, q) for q in quotes)
        for entity in ids(project):
            if not _mentions(quotes, _record_names(getattr(kb, section)[entity])):
                yield f"the evidence for '{name}' does not name {entity!r}"


def _place_words(kb: KnowledgeBase, project: Project, quote: str) -> str:
    """A place quote without the names that do not make a place: an organisation's name, and
    in words about the money, a paying public body ("funded by ... the City of Hamburg"). A
    programme's name still gives its area (Interreg Deutschland-Danmark)."""
    bodies: list[Any] = list(kb.organisations.values())
    money = project.evidence.get("funding", ()) + project.evidence.get("funding_note", ())
    if any(normalize(quote) in normalize(m) for m in money):
        bodies += [f for f in kb.funders.values() if f.kind == "public body"]
    programmes = _longest_first(f for f in kb.funders.values() if f.kind != "public body")
    text = f" {normalize(quote)} "
    for i, key in enumerate(programmes):  # kept whole while the bodies go
        text = text.replace(f" {key} ", f" \0{i}\0 ")
    for key in _longest_first(bodies):
        text = text.replace(f" {key} ", " | ")
    for i, key in enumerate(programmes):
        text = text.replace(f"\0{i}\0", key)
    return text


def _longest_first(records: Iterable[Any]) -> list[str]:
    keys = {normalize(n) for r in records for n in _record_names(r)}
    return sorted(filter(None, keys), key=len, reverse=True)


# --------------------------------------------------------------------------- the page


@dataclass(frozen=True)
class Page:
    """The page as normalised lines (paragraphs) and the set of its word runs."""

    name: str
    lines: tuple[str, ...]
    runs: frozenset[tuple[str, ...]]

    @classmethod
    def read(cls, path: Path) -> Page:
        text = path.read_text(encoding="utf-8")
        lines = tuple(f" {normalize(line)} " for line in text.splitlines())
        runs = {tuple(words[i:i + MAX_COPIED + 1]) for line in lines
                for words in [line.split()] for i in range(len(words) - MAX_COPIED)}
        return cls(path.name, lines, frozenset(runs))

    def find(self, quote: str) -> int | None:
        """The page line (1-based) holding the quote; parts joined by "…" in order on it."""
        parts = [f" {normalize(p)} " for p in _ELLIPSIS.split(quote) if normalize(p)]
        for number, line in enumerate(self.lines, 1):
            at = 0
            for part in parts:
                at = line.find(part, at)
                if at < 0:
                    break
                at += len(part) - 1
            else:
                if parts:
                    return number
        return None

    def copied(self, text: str) -> str | None:
        """The first run of more than MAX_COPIED words that the text shares with the page."""
        words = normalize(text).split()
        for i in range(len(words) - MAX_COPIED):
            if tuple(words[i:i + MAX_COPIED + 1]) in self.runs:
                end = i + MAX_COPIED + 1
                while end < len(words) and _on_page(self, words[i:end + 1]):
                    end += 1
                return " ".join(words[i:end])
        return None


def _on_page(page: Page, words: list[str]) -> bool:
    return any(f" {' '.join(words)} " in line for line in page.lines)


# --------------------------------------------------------------------------- the check


def check_page(kb_path: str | Path, page_path: str | Path) -> list[Problem]:
    """Every problem of a valid knowledge-base file against the page, in line order: quotes not
    on the page, facts their quotes do not show, prose that copies the page."""
    page = Page.read(Path(page_path))
    kb = load(kb_path)
    reader = _Reader(kb.path)
    data = reader.load(Path(kb_path).read_text(encoding="utf-8"))
    found = [*_findings(data, page), *_unnamed_findings(kb, data)]
    problems = [Problem(kb.path, reader.line(path), format_path(path), message)
                for path, message in found]
    return sorted(problems, key=lambda p: p.line)


def _unnamed_findings(kb: KnowledgeBase, data: Any) -> Iterator[tuple[KeyPath, str]]:
    for i, (project, raw) in enumerate(zip(kb.projects.values(), data["projects"],
                                           strict=True)):
        keys = {name.strip(): key for key in raw.get("evidence") or {}
                for name in str(key).split(",")}
        for name in project.evidence:
            for message in _unnamed(kb, project, name):
                yield ("projects", i, "evidence", keys.get(name, name)), message


def _findings(data: Any, page: Page) -> Iterator[tuple[KeyPath, str]]:
    for i, project in enumerate(data.get("projects") or []):
        path: KeyPath = ("projects", i)
        for key, raw in (project.get("evidence") or {}).items():
            items = [(raw, (*path, "evidence", key))] if isinstance(raw, str) else \
                [(q, (*path, "evidence", key, j)) for j, q in enumerate(raw)]
            for quote, where in items:
                if page.find(quote) is None:
                    yield where, f"{_short(quote)!r} is not on the page ({page.name})"
        for field in PROSE_FIELDS:
            yield from _copies(project.get(field), (*path, field), page)


def _copies(value: Any, path: KeyPath, page: Page) -> Iterator[tuple[KeyPath, str]]:
    for lang, text in (value or {}).items() if isinstance(value, dict) else ():
        run = page.copied(str(text))
        if run:
            yield (*path, lang), (f"copies {len(run.split())} consecutive words of the page "
                                  f"(at most {MAX_COPIED}): '{_short(run)}'; put it in your "
                                  "own words")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

