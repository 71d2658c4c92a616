"""Sources: the page's words an answer rests on.

Every answer records the facts it used as (project id, aspect) pairs ("bfcc", "dates"). This
module turns them into the page quotes that the knowledge base keeps as evidence for those
fields, so that every front end can show them ("Source", ``"sources"`` in JSON, "Quelle?").
Computed answers (durations, counts, comparisons) show the facts they were computed from.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.evidence import all_quotes
from bot.knowledge import KnowledgeBase

MOST = 12  # quotes in one reply's sources: enough to check a list, short enough to read

# Which fields of a project each kind of answer states.
FIELDS: dict[str, tuple[str, ...]] = {
    "overview": ("full_name", "summary", "start", "end", "funding", "lead"),
    "summary": ("full_name", "summary"),
    "dates": ("start", "end", "duration_months"),
    "start": ("start",),
    "end": ("end",),
    "duration": ("start", "end", "duration_months"),
    "status": ("end", "continued_by"),
    "funding": ("funding", "funding_note", "amounts"),
    "amount": ("amounts", "funding"),
    "lead": ("lead", "together_with"),
    "partners": ("partners", "partners_note", "counts", "partner_regions", "together_with"),
    "places": ("countries", "cities", "regions", "target_countries", "added_targets",
               "partners"),
    "goals": ("goals",),
    "activities": ("activities",),
    "results": ("results", "resources"),
    "lsn_role": ("lsn_role",),
    "follow_up": ("continued_by",),
    "predecessor": ("follows",),
    "part_of": ("part_of", "part_of_external"),
    "contains": ("part_of",),
    "relations": ("part_of", "part_of_external", "follows", "continued_by"),
    "topics": ("topics", "summary"),
}


def sources(facts: Iterable[tuple[str, str]], kb: KnowledgeBase) -> tuple[str, ...]:
    """The page's words for the facts an answer used, each once, named by project."""
    out: dict[str, None] = {}
    for pid, aspect in facts:
        project = kb.projects.get(pid)
        if project is None:
            continue
        for quote in all_quotes(kb, pid, FIELDS.get(aspect, ())):
            out.setdefault(f"{project.name}: “{quote}”")
            if len(out) >= MOST:
                return tuple(out)
    return tuple(out)


def encode(facts: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """Facts in a small form for the conversation state: "bfcc:dates"."""
    return tuple(dict.fromkeys(f"{pid}:{aspect}" for pid, aspect in facts))[:MOST]


def decode(items: Iterable[str]) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(i.split(":", 1)) for i in items if ":" in i)  # type: ignore[misc]
