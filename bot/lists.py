"""Lists over all projects: filters, counts and superlatives.

`select` is the one filter implementation; list answers, counts, superlatives and the timeline all
use it. Projects whose dates the page doesn't give never match a year filter; they are named as
left out instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.answers import (
    Answer,
    Bold,
    Joined,
    Named,
    amount_items,
    duration_months,
    fmt_date,
    fmt_duration,
    fmt_money,
    fmt_when,
    project_names,
    reply_template,
    t,
)
from bot.knowledge import KnowledgeBase, Project
from bot.understanding import Filters


@dataclass(frozen=True)
class Selection:
    """The projects that match, those listed through their parent, and those left out."""

    ids: tuple[str, ...]
    inherited: tuple[tuple[str, str], ...] = ()
    undated: tuple[str, ...] = ()


def _funded_by(project: Project, funder: str, kb: KnowledgeBase) -> bool:
    return any(funder in kb.funder_ancestors(f) for f in project.funding)


def _places(project: Project) -> set[str]:
    partner_countries = {x.country for x in project.partners if x.country}
    return {*project.countries, *project.cities, *project.regions, *project.target_countries,
            *partner_countries}


def _orgs(project: Project) -> set[str]:
    return {*project.lead, *(x.org for x in project.partners)}


def _years_match(project: Project, filters: Filters) -> bool | None:
    """True or False, or None where the page doesn't give the dates needed."""
    lo, hi = filters.years or (0, 9999)
    start, end = project.start, project.end
    if filters.mode == "started":
        return None if not start else lo <= start.year <= hi
    if filters.mode == "ended":
        return None if not end else lo <= end.year <= hi
    if start and end:
        return start.year <= hi and end.year >= lo
    if start:
        return lo <= start.year <= hi or None
    return None


def _static_match(project: Project, filters: Filters, kb: KnowledgeBase) -> bool:
    orgs = [o for o in filters.organisations if not kb.organisations[o].self]
    return (
        all(_funded_by(project, f, kb) for f in filters.funders)
        and all(p in _places(project) for p in filters.places)
        and all(o in _orgs(project) for o in orgs)
        and all(t in project.topics for t in filters.topics)
    )


def narrows(filters: Filters, kb: KnowledgeBase) -> bool:
    """Whether the filters narrow the list at all (Life Science Nord itself does not)."""
    return bool(filters.funders or filters.places or filters.topics or filters.years or any(
        not kb.organisations[o].self for o in filters.organisations))


def select(kb: KnowledgeBase, filters: Filters, base: tuple[str, ...] | None = None) -> Selection:
    """The projects that meet every condition, in the knowledge base's order."""
    ids, inherited, undated = [], [], []
    for pid in base if base is not None else kb.projects:
        project = kb.projects[pid]
        static = _static_match(project, filters, kb)
        parent = kb.projects.get(project.part_of or "")
        if not static and parent and filters.funders and _static_match(parent, filters, kb):
            static = True
            inherited.append((pid, parent.id))
        if not static:
            continue
        years = _years_match(project, filters) if filters.years else True
        if years is None and not project.follow_up_only:
            undated.append(pid)
        elif years:
            ids.append(pid)
    if base is None and not narrows(filters, kb):
        ids = [i for i in ids if not kb.projects[i].follow_up_only]
    keep = set(ids)
    return Selection(tuple(ids), tuple(x for x in inherited if x[0] in keep), tuple(undated))


# --------------------------------------------------------------------------- list answers


def describe(filters: Filters, kb: KnowledgeBase, lang: str) -> str:
    """The conditions in words: "funded by the ERDF, running in 2021"."""
    parts = []
    for key, ids, names in (
        ("funder", filters.funders, lambda i: kb.funders[i].name.get(lang)),
        ("place", filters.places, lambda i: kb.places[i].name.get(lang)),
        ("org", [o for o in filters.organisations if not kb.organisations[o].self],
         lambda i: kb.organisations[i].name),
        ("topic", filters.topics, lambda i: kb.topics[i].name.get(lang)),
    ):
        for entity_id in ids:
            parts.append(reply_template(f"cond_{key}", lang).format(x=names(entity_id)))
    if filters.years:
        lo, hi = filters.years
        key = f"cond_{filters.mode}_{filters.year_kind}"
        parts.append(reply_template(key, lang).format(a=lo, b=hi, b1=hi + 1))
    return ", ".join(parts)


def _title(filters: Filters, kb: KnowledgeBase, lang: str) -> str:
    conditions = describe(filters, kb, lang)
    if not conditions:
        return reply_template("list_title_all", lang)
    return reply_template("list_title", lang).format(conditions=conditions)


def list_answer(
    intent: str, filters: Filters, kb: KnowledgeBase, lang: str,
    base: tuple[str, ...] | None = None,
) -> Answer:
    """A list or a count of the projects that match."""
    selection = select(kb, filters, base)
    title = _title(filters, kb, lang)
    answer = Answer(intent, projects=selection.ids, listed=selection.ids,
                    list_mode=filters.mode if filters.years else None)
    if not selection.ids:
        answer.add("list_none" if intent == "list" else "count_none", title=title)
    else:
        items = Joined(tuple(Named(kb.projects[i].name, _detail(kb.projects[i]))
                            for i in selection.ids))
        answer.add(intent, title=title, n=len(selection.ids), items=items)
    for child, parent in selection.inherited:
        answer.add("list_inherited", name=Bold(kb.projects[child].name),
                   parent=Bold(kb.projects[parent].name))
    if selection.undated:
        answer.add("list_undated", items=project_names(selection.undated, kb))
    if base is None and not narrows(filters, kb):
        follow_ups = tuple(p.id for p in kb.projects.values() if p.follow_up_only)
        if follow_ups:
            answer.add("list_follow_ups", items=project_names(follow_ups, kb))
    return answer


def _detail(project: Project) -> str:
    if project.start and project.end:
        if project.start.year == project.end.year:
            return f" ({project.start.year})"
        return f" ({project.start.year}–{project.end.year})"
    if project.start:
        return f" ({project.start.year}–)"
    return ""


def timeline_answer(filters: Filters, kb: KnowledgeBase, lang: str) -> Answer:
    """The projects to draw on a timeline, with the same dates as text for those who can't see
    images. The picture itself is drawn by a front end (bot.timeline), never by the core."""
    selection = select(kb, filters, tuple(kb.projects))
    dated = tuple(i for i in selection.ids if kb.projects[i].start)
    undated = tuple(dict.fromkeys(
        selection.undated + tuple(i for i in selection.ids if not kb.projects[i].start)))
    answer = Answer("timeline", projects=dated + undated, listed=dated)
    conditions = describe(filters, kb, lang)
    if not dated:
        answer.answered, answer.projects = False, ()
        answer.add("timeline_none", conditions=conditions or "-")
        return answer
    title = (reply_template("timeline_title", lang).format(conditions=conditions) if conditions
             else reply_template("timeline_title_all", lang))
    answer.add("timeline_head", title=title)
    for pid in dated:
        project = kb.projects[pid]
        rng = reply_template("range", lang).format(
            start=fmt_date(project.start, lang), end=fmt_date(project.end, lang)) \
            if project.end else fmt_when(project.start, lang, "since")
        answer.add("timeline_item", name=Bold(project.name), range=rng)
    if undated:
        answer.add("timeline_undated", items=project_names(undated, kb))
    answer.timeline = {"projects": list(dated), "undated": list(undated), "title": title}
    return answer


def amounts_answer(
    filters: Filters, kb: KnowledgeBase, lang: str, base: tuple[str, ...] | None
) -> Answer:
    """Money across projects: the amounts the page states, and where it states none."""
    ids = select(kb, filters, base).ids
    known = tuple(i for i in ids if kb.projects[i].amounts)
    answer = Answer("amount", projects=ids, answered=bool(ids) and len(known) == len(ids))
    for pid in known:
        project = kb.projects[pid]
        answer.add("amount_of", name=Bold(project.name),
                   amounts=amount_items(project.amounts, kb, lang))
    missing = tuple(i for i in ids if i not in known)
    if missing:
        answer.add("amount_missing", items=project_names(missing, kb))
    return answer


def no_match(intent: str, words: str, lang: str) -> Answer:
    """A filter the knowledge base knows nothing of: say so rather than list everything."""
    answer = Answer(intent)
    answer.add("list_no_match", words=words)
    return answer


def relations_all(kb: KnowledgeBase, lang: str) -> Answer:
    """How the projects hang together: parts, predecessors and follow-ups."""
    answer = Answer("relations")
    involved: list[str] = []
    for project in kb.projects.values():
        if project.part_of:
            answer.add("part_of", name=Bold(project.name),
                       parent=Bold(kb.projects[project.part_of].name))
            involved += [project.id, project.part_of]
        if project.continued_by:
            answer.add("follow_up", name=Bold(project.name),
                       others=project_names(project.continued_by, kb))
            involved += [project.id, *project.continued_by]
    answer.projects = tuple(dict.fromkeys(involved))
    return answer


def status_all(kb: KnowledgeBase, lang: str) -> Answer:
    """Which projects are still running: none; the follow-ups continue them."""
    answer = Answer("status")
    items = []
    for p in kb.projects.values():
        if p.follow_up_only and p.follows:
            since = ", " + fmt_when(p.start, lang, "since") if p.start else ""
            items.append(reply_template("status_item", lang).format(
                name=p.name, other=kb.projects[p.follows].name, since=since))
    answer.add("status_all", items=Joined(tuple(items)))
    return answer


# --------------------------------------------------------------------------- superlatives


def _key(project: Project, kind: str) -> tuple[Any, Any] | None:
    """(sort value, (earliest possible, latest possible)) or None where unknown."""
    if kind in ("longest", "shortest"):
        bounds = duration_bounds(project)
        if not bounds:
            return None
        return (bounds[0] if kind == "longest" else bounds[1]), bounds
    if kind == "most_partners":
        n = partner_count(project)
        return (n, (n, n)) if n else None
    if kind in ("earliest", "latest"):
        d = project.start
    elif kind in ("largest_grant", "smallest_grant"):
        total = sum(a.value for a in project.amounts)
        return (total, (total, total)) if project.amounts else None
    else:
        d = project.end
    if not d:
        return None
    # Sure winners: the earliest is the one whose latest possible date is earliest.
    value = d.upper() if kind.startswith("earliest") else d.lower()
    return value, (d.lower(), d.upper())


def duration_bounds(project: Project) -> tuple[int, int] | None:
    """Shortest and longest possible length in months; exact where the page gives months or
    days, a range where it gives only years ("in 2018 and 2019": 2 to 24 months)."""
    months = duration_months(project)
    if months:
        return months, months
    if project.start and project.end:
        years = project.end.year - project.start.year
        return max(1, years * 12 - 10), (years + 1) * 12
    return None


def partner_count(project: Project) -> int | None:
    """How many partners the page gives: organisations, named partners, or partner regions."""
    counts = dict(project.counts)
    return counts.get("organisations") or len(project.partners) or counts.get("regions")


def superlative_answer(
    kind: str, filters: Filters, kb: KnowledgeBase, lang: str, base: tuple[str, ...] | None
) -> Answer:
    """The longest, shortest, earliest, latest or best-funded project; ties named as ties."""
    pool = [i for i in select(kb, filters, base).ids if not kb.projects[i].follow_up_only]
    known = {i: k for i in pool if (k := _key(kb.projects[i], kind))}
    answer = Answer("superlative")
    what = {"longest": "duration", "shortest": "duration", "largest_grant": "amount",
            "smallest_grant": "amount", "most_partners": "partners"}.get(
        kind, "end" if kind.endswith("_end") else "start")
    if not known:
        answer.answered = False
        answer.add("sup_none", what=reply_template(f"what_{what}", lang))
        return answer
    pick = max if kind in ("longest", "latest", "latest_end", "largest_grant",
                           "most_partners") else min
    best = pick(v[0] for v in known.values())
    winners = tuple(i for i, v in known.items() if v[0] == best)
    answer.projects = winners
    answer.add("sup_" + kind, names=project_names(winners, kb),
               value=_value(kb.projects[winners[0]], kind, lang))
    _uncertain(answer, known, winners, kind, kb, lang)
    missing = [i for i in pool if i not in known]
    if kind.endswith("_grant"):
        answer.add("amounts_known_for", items=project_names(tuple(known), kb))
    elif missing:
        answer.add("sup_considered", n=len(known), what=reply_template(f"what_{what}", lang),
                   missing=reply_template(f"missing_{what}", lang),
                   items=project_names(tuple(missing), kb))
    return answer


def _uncertain(answer: Answer, known: dict[str, Any], winners: tuple[str, ...], kind: str,
               kb: KnowledgeBase, lang: str) -> None:
    if kind.endswith("_grant") or kind == "most_partners":
        return
    lo, hi = known[winners[0]][1]
    vague = [i for i, (_, (a, b)) in known.items() if i not in winners and a <= hi and b >= lo]
    vague += [i for i in winners if _year_only(kb.projects[i])]
    if vague:
        answer.add("sup_uncertain", items=project_names(tuple(dict.fromkeys(vague)), kb))


def _year_only(project: Project) -> bool:
    return any(d and d.precision == "year" for d in (project.start, project.end))


def _value(project: Project, kind: str, lang: str) -> str:
    if kind in ("longest", "shortest"):
        low, high = duration_bounds(project) or (0, 0)
        span = f" ({fmt_date(project.start, lang)} – {fmt_date(project.end, lang)})" \
            if project.start and project.end else ""
        if low == high:
            return fmt_duration(low, lang) + span
        return f"{t('words', 'at_most', lang)} {fmt_duration(high, lang)}{span}"
    if kind == "most_partners":
        counts = dict(project.counts)
        key = "organisations" if counts.get("organisations") else \
            "partners" if project.partners else "regions"
        return reply_template(f"count_{key}", lang).format(n=partner_count(project))
    if kind.endswith("_grant"):
        total = sum(a.value for a in project.amounts)
        approx = any(a.approx for a in project.amounts)
        return fmt_money(total, project.amounts[0].currency, approx, lang)
    date = project.end if kind.endswith("_end") else project.start
    return fmt_date(date, lang) if date else ""
