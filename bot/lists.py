"""Lists over all projects: filters, counts and superlatives.

`select` is the one filter implementation; list answers, counts, superlatives and the timeline all
use it. Projects whose dates the page doesn't give never match a year filter; they are named as
left out instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import weakref
from collections import defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from bot.answers import (
    Answer,
    Bold,
    Joined,
    Line,
    Named,
    amount_items,
    duration_months,
    fill,
    fmt_date,
    fmt_duration,
    fmt_money,
    fmt_when,
    funder_names,
    join,
    linked,
    project_names,
    reply_template,
    spelled,
    t,
    templates,
    term,
)
from bot.datafiles import data_file
from bot.knowledge import KnowledgeBase, PartialDate, Project
from bot.measures import Measure
from bot.text import normalize
from bot.understanding import Filters

HIGHEST_WINS = frozenset({"longest", "latest", "latest_end", "largest_grant", "most_partners",
                          "most_countries", "most_targets"})
# Rankings by a count the page gives for few projects (partners, their countries, target
# countries): over a list or a selection, one whose count it doesn't give may have had more,
# so no winner is named (as of the grants); over all projects the most it names is (sets 1,
# 62 and the holdout)
COUNTED_RANKINGS = frozenset({"partners", "countries", "targets"})
LIST_SHOWN = 40  # names shown in one list answer; a chat message is no place for thousands


@dataclass(frozen=True)
class Selection:
    """The projects that match, those listed through their parent, and those left out."""

    ids: tuple[str, ...]
    inherited: tuple[tuple[str, str], ...] = ()
    undated: tuple[str, ...] = ()
    unsure: tuple[str, ...] = ()  # a duration the page gives too roughly to tell
    open_ended: tuple[str, ...] = ()  # started before the years asked, no end on the page
    uncounted: tuple[str, ...] = ()  # a count of partners asked; the page gives none
    unfunded: tuple[str, ...] = ()  # a funder left out; the page names no funder for these
    unled: tuple[str, ...] = ()  # a lead left out; the page names no lead for these
    elsewhere: tuple[str, ...] = ()  # "only in Schleswig-Holstein": places beyond it named
    fund_unsaid: tuple[str, ...] = ()  # a fund left out; the page doesn't say if it paid
    unstated: tuple[str, ...] = ()  # an amount asked ("über 1 Mio Euro"); the page gives none
    unplaced: tuple[str, ...] = ()  # a place left out; the page doesn't say where these were


@dataclass
class ListIndex:
    """Which projects have which funder, place, organisation, topic and year: built once per
    knowledge base, so a filter costs set operations, not a walk over every project."""

    order: dict[str, int]
    funded: dict[str, set[str]]  # by every fund or programme a project's funders belong to
    places: dict[str, set[str]]
    organisations: dict[str, set[str]]
    topics: dict[str, set[str]]
    children: dict[str, set[str]]  # parent -> projects that were part of it
    leads: dict[str, set[str]]  # organisation -> projects it led
    active: dict[int, set[str]]  # year -> projects with both dates running in it
    started: dict[int, set[str]]
    ended: dict[int, set[str]]
    has_start: set[str]
    has_end: set[str]
    follow_ups: set[str]
    all_ids: frozenset[str] = frozenset()
    has_both: frozenset[str] = frozenset()
    keys: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)  # superlatives
    seats: dict[str, tuple[str, ...]] = field(default_factory=dict)  # org -> places in its name
    # fund -> projects the page leaves open whether it paid (fund_unsaid)
    unsaid_funds: dict[str, frozenset[str]] = field(default_factory=dict)


_LIST_INDEXES: weakref.WeakKeyDictionary[KnowledgeBase, ListIndex] = weakref.WeakKeyDictionary()


def list_index(kb: KnowledgeBase) -> ListIndex:
    """The list index of a knowledge base (built on first use)."""
    if kb not in _LIST_INDEXES:
        _LIST_INDEXES[kb] = _build_list_index(kb)
    return _LIST_INDEXES[kb]


def _build_list_index(kb: KnowledgeBase) -> ListIndex:
    index = ListIndex({pid: i for i, pid in enumerate(kb.projects)}, *(
        defaultdict(set) for _ in range(9)), set(), set(), set())
    ancestors = {f: kb.funder_ancestors(f) for f in kb.funders}
    seats = index.seats = _seats(kb)
    for pid, p in kb.projects.items():
        for funder in p.funding:
            for owner in ancestors[funder]:
                index.funded[owner].add(pid)
        partner_countries = kb.partner_countries(p)
        for place in (*p.countries, *p.cities, *p.regions, *p.target_countries,
                      *partner_countries):
            for larger in kb.place_ancestors(place):  # Schleswig-Holstein: Germany too
                index.places[larger].add(pid)
        for org in p.organisations():
            index.organisations[org].add(pid)
            for place in seats.get(org, ()):  # "organisations from Lübeck": TH Lübeck
                for larger in kb.place_ancestors(place):
                    index.places[larger].add(pid)
        for org in p.lead:
            index.leads[org].add(pid)
        for topic in p.topics:
            for broader in kb.topic_ancestors(topic):  # a fracture project is about bones
                index.topics[broader].add(pid)
        if p.part_of:
            index.children[p.part_of].add(pid)
        _index_years(index, pid, p)
    index.all_ids = frozenset(index.order)
    index.has_both = frozenset(index.has_start & index.has_end)
    index.unsaid_funds = _unsaid_funds(kb)
    return index


def _seats(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """The places an organisation's own name says it is in: "TH Lübeck", "UKSH Lübeck"."""
    names = {normalize(n): pid for pid, place in kb.places.items()
             for n in (place.name.en, place.name.de, *place.aliases)}
    out = {}
    for oid, org in kb.organisations.items():
        words = f" {' '.join(normalize(n) for n in (org.name, *org.aliases))} "
        found = tuple(dict.fromkeys(pid for n, pid in names.items() if f" {n} " in words))
        if found:
            out[oid] = found
    return out


def _index_years(index: ListIndex, pid: str, p: Project) -> None:
    if p.follow_up_only:
        index.follow_ups.add(pid)
    if p.start:
        index.has_start.add(pid)
        index.started[p.start.year].add(pid)
    if p.end:
        index.has_end.add(pid)
        index.ended[p.end.year].add(pid)
    if p.start and p.end:
        for year in range(p.start.year, p.end.year + 1):
            index.active[year].add(pid)


def narrows(filters: Filters, kb: KnowledgeBase) -> bool:
    """Whether the filters narrow the list at all (Life Science Nord itself does not)."""
    return bool(filters.funders or filters.places or filters.topics or filters.years or
                filters.month or filters.duration or filters.linked or filters.partners or
                filters.money or filters.besides or filters.without or filters.named_only or
                filters.lead_named or filters.lead_unnamed or filters.against or
                filters.dated_to or any(
        filters.leading or not kb.organisations[o].self for o in filters.organisations))


def select(kb: KnowledgeBase, filters: Filters, base: tuple[str, ...] | None = None) -> Selection:
    """The projects that meet every condition, in the knowledge base's order."""
    index = list_index(kb)
    pool = set(base) if base is not None else index.all_ids
    if filters.named_only:  # "welche davon werden nur erwähnt?" after the count with them
        pool = set(index.follow_ups)
    ids = _static(filters, kb, index, pool)
    if filters.lead_named:  # "which ones have a lead organisation named on the page?"
        ids = {pid for pid in ids if kb.projects[pid].lead}
    if filters.lead_unnamed:  # "which ones had no lead named?"
        ids = {pid for pid in ids if not kb.projects[pid].lead and
               not kb.projects[pid].follow_up_only}
    if filters.dated_to:  # "which projects have exact start and end days?": both dates so
        ids = {pid for pid in ids if (p := kb.projects[pid]).start and p.end and
               p.start.precision == p.end.precision == filters.dated_to}
    inherited: dict[str, str] = {}
    if filters.funders:  # BRIDGE 53 was part of HIHeal, which the ERDF funded
        parents = _static(filters, kb, index, set(index.children))
        for parent in parents:
            for child in (index.children[parent] & pool) - ids:
                inherited[child] = parent
        ids |= set(inherited)
    undated: set[str] = set()
    open_ended: set[str] = set()
    whole: set[str] = set()  # running in the years, the page too rough to tell if throughout
    if filters.years:
        open_ended = _open_before(filters, index, ids)
        hit, undated = _by_years(filters, index, ids)
        if filters.mode == "throughout":
            hit, whole = _throughout(filters.years, kb, hit)
            hit, open_ended = hit | whole, set()  # (the rough ones go through the other
            # conditions too, then are said apart)
        if ("years", "") in filters.without:  # "welche Projekte liefen nicht 2018?": those
            ids, open_ended = ids - hit - undated - index.follow_ups, set()  # dated, not then
        else:
            ids = hit
    for years, kind, mode in filters.also_years:  # "… but started before 2018": each its own
        more = replace(filters, years=years, year_kind=kind, mode=mode)
        open_ended = _by_years(more, index, open_ended)[0] | _open_before(more, index, ids)
        ids, more_undated = _by_years(more, index, ids)
        undated |= more_undated
    elsewhere: set[str] = set()
    if filters.only_places and filters.places:  # "nur in Schleswig-Holstein"; "nur in
        elsewhere = {pid for pid in ids if _beyond(kb.projects[pid], filters.places, kb)}
        ids -= elsewhere  # Deutschland": a state in it is no other place
    unsure: set[str] = whole & ids
    ids -= unsure
    if filters.month and not filters.years:  # "ended in June": of those the page dates
        ids, undated = _by_years(filters, index, ids)
    if filters.against:  # "still running when P.I.L.O.T. started", "began before ELISE"
        ids, more_undated, vague = _against(filters.against, kb, ids)
        undated |= more_undated - index.follow_ups
        unsure |= vague
    if filters.month:  # "endeten im Februar 2023": the month, where the page gives one
        ids, unsure = _by_month(filters, kb, ids)
    if filters.duration:
        ids, more_undated, vague = _by_duration(filters.duration, kb, ids - index.follow_ups)
        undated |= more_undated
        unsure |= vague
    uncounted: set[str] = set()
    if filters.partners:
        ids, uncounted = _by_partners(filters.partners, kb, ids - index.follow_ups)
    unstated: set[str] = set()
    if filters.money:
        ids, unstated = _by_amount(filters.money, kb, ids - index.follow_ups)
    if base is None and not narrows(filters, kb):
        ids -= index.follow_ups
    unfunded: set[str] = set()
    unled: set[str] = set()
    unsaid: set[str] = set()
    unplaced: set[str] = set()
    if filters.without:  # "not funded by the ERDF": those the page says were, left out
        ids, unfunded = _without(filters.without, kb, ids - index.follow_ups)
        unplaced = {pid for pid in ids if any(
            _places_unsaid(kb.projects[pid], kb.places[eid].kind == "country")
            for kind, eid in filters.without if kind == "place")}
        ids -= unplaced
        ids, unled = _lead_unknown(filters.without, kb, ids)
        funds = tuple(eid for kind, eid in filters.without if kind == "funder" and eid)
        unsaid = ids & set().union(*(index.unsaid_funds.get(f, ()) for f in funds))
        ids -= unsaid
    ordered = _in_order(ids, index)
    if filters.order:  # "oldest first": by the ranking asked, those without its figure last
        ordered = _sorted(ordered, filters.order, kb)
    return Selection(ordered, tuple((c, inherited[c]) for c in ordered if c in inherited),
                     tuple(sorted(undated, key=index.order.__getitem__)),
                     tuple(sorted(unsure, key=index.order.__getitem__)),
                     tuple(sorted(open_ended - set(ordered), key=index.order.__getitem__)),
                     tuple(sorted(uncounted, key=index.order.__getitem__)),
                     tuple(sorted(unfunded, key=index.order.__getitem__)),
                     tuple(sorted(unled, key=index.order.__getitem__)),
                     tuple(sorted(elsewhere, key=index.order.__getitem__)),
                     tuple(sorted(unsaid, key=index.order.__getitem__)),
                     tuple(sorted(unstated, key=index.order.__getitem__)),
                     tuple(sorted(unplaced, key=index.order.__getitem__)))


def _places_unsaid(p: Project, country: bool) -> bool:
    """ "which projects had no Danish partners?": whether the page leaves open where the
    project's partners were, so that a place was not among them it doesn't say. It settles it
    where it names every partner and a place (MAGIA's four clusters, KI#CK's three in
    Schleswig-Holstein) or counts them and names their countries (ELISE's seven regions); not
    where it names some places only (BONEBANK's sites, NORTHOPEDICS' funding state), none
    (BRIDGE 53) or counts countries it doesn't name (BFCC's seven). A city or a state it never
    settles: Life Science Nord, in every project, is placed by the page no finer than its
    country, as are ELISE's "two German states"."""
    if not country:
        return True
    placed = bool(p.countries or p.cities or p.regions or any(x.country for x in p.partners))
    return not (placed and (p.partners_complete or bool(p.countries and p.counts)))


def fund_unsaid(p: Project, funders: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether a fund claimed may have paid through a funder the project names without saying
    through which of its funds: "money from the European Union" of KI#CK may have been the
    ERDF's; an Interreg programme (BFCC's, ELISE's) may draw on the ERDF, as the page says
    BONEBANK's Interreg programme did. MAGIA's EU money is its COSME programme's, and the ESF
    pays for no programme of Interreg's on the page."""
    unsaid = list_index(kb).unsaid_funds
    return any(p.id in unsaid.get(f, ()) for f in funders)


def _unsaid_funds(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each fund -> the projects fund_unsaid holds for: those naming a body it is part of not
    through a programme of their own, and those whose programme family's other programmes draw
    on it (part of the list index, so a list under a funder costs one set operation)."""
    funds = [f for f in kb.funders.values() if f.kind == "fund"]
    members: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for f in kb.funders.values():  # each programme family's programmes
        for a in set(f.part_of):
            if a in kb.funders and kb.funders[a].kind == "programme family":
                members[a].append((f.id, f.part_of))
    out: dict[str, set[str]] = defaultdict(set)
    for pid, p in kb.projects.items():
        own = set(p.funding)
        named = [kb.funders[o] for o in own if o in kb.funders]
        unnamed = own - {a for f in named if f.kind != "fund" for a in f.part_of}
        drawn = {a for f in named for family in f.part_of for member, parts in
                 members.get(family, ()) if member not in own for a in parts}
        for fund in funds:
            if fund.id not in own and (not unnamed.isdisjoint(fund.part_of) or fund.id in drawn):
                out[fund.id].add(pid)
    return {f: frozenset(ids) for f, ids in out.items()}


def _funders_known(p: Project, kb: KnowledgeBase) -> bool:
    """Whether the page names who funded the project, or the project it was part of."""
    parent = kb.projects.get(p.part_of or "")
    return bool(p.funding or parent and parent.funding)


def _without(negated: tuple[tuple[str, str], ...], kb: KnowledgeBase, ids: set[str]
             ) -> tuple[set[str], set[str]]:
    """The projects none of the negated conditions holds for, and (for a funder left out)
    those whose funders the page doesn't name: of them it can't tell."""
    if ("funder", "") in negated:  # "which projects did not name any funder?"
        return {pid for pid in ids if not _funders_known(kb.projects[pid], kb)}, set()
    if ("dates", "") in negated:  # "which ones have no dates?"
        return {pid for pid in ids if not (kb.projects[pid].start or kb.projects[pid].end)}, set()
    if ("amounts", "") in negated:  # "für welche Projekte nennt die Seite keinen Betrag?"
        return {pid for pid in ids if not kb.projects[pid].amounts}, set()
    hit = set(ids) - {eid for kind, eid in negated if kind == "project"}  # "except BFCC"
    for kind, eid in negated:  # (BRIDGE 53 had the money of HIHeal, which it was part of)
        if kind in ("project", "years"):  # (the years are left out where they are read)
            continue
        one = Filters(funders=(eid,)) if kind == "funder" else Filters(
            organisations=(eid,), leading=True) if kind == "lead" else Filters(
            places=(eid,)) if kind == "place" else Filters(topics=(eid,))
        hit -= set(select(kb, one, tuple(hit)).ids)
    unfunded = {pid for pid in hit if not _funders_known(kb.projects[pid], kb)} if any(
        kind == "funder" for kind, _ in negated) else set()
    return hit - unfunded, unfunded


def _lead_unknown(negated: tuple[tuple[str, str], ...], kb: KnowledgeBase, ids: set[str]
                  ) -> tuple[set[str], set[str]]:
    """ "which projects did LSN not lead?": of those it didn't lead, the ones the page names
    another lead for or the organisation as a partner in a part of its own (LSN "participated
    as a project partner" in MAGIA); of the rest it can't tell (HIHeal joined two clusters,
    LSN one of them: the page ties LSN to it only in general terms and names no lead)."""
    orgs = [eid for kind, eid in negated if kind == "lead"]
    unknown = {pid for pid in ids for eid in orgs if not kb.projects[pid].lead and (
        eid not in {x.org for x in kb.projects[pid].partners} or
        kb.organisations[eid].self and kb.projects[pid].lsn_role_general)}
    return ids - unknown, unknown


DESCENDING = frozenset({"latest", "latest_end", "longest", "largest_grant", "most_partners",
                        "most_countries", "most_targets"})


def _sorted(ids: tuple[str, ...], kind: str, kb: KnowledgeBase) -> tuple[str, ...]:
    keys = _keys(kb, kind)
    lengths = kind in ("longest", "shortest")
    known = sorted((i for i in ids if i in keys), key=lambda i: (
        keys[i][0], _days(kb.projects[i]) if lengths else 0), reverse=kind in DESCENDING)
    return (*known, *(i for i in ids if i not in keys))


def _days(project: Project) -> int:
    """The days a project ran, from the first day its start may be to the last its end may be:
    of two that ran the same months, the one with days over ranks longer (NORTHOPEDICS, 21
    June 2016 to 30 June 2019, "three years", after BFCC's March 2016 to February 2019)."""
    if not (project.start and project.end):
        return 0
    return (project.end.upper() - project.start.lower()).days


def _by_partners(measure: Measure, kb: KnowledgeBase, ids: set[str]) -> tuple[set[str], set[str]]:
    """Those whose partners the page counts (or names whole) as the condition asks, and those
    whose number of partners it doesn't give."""
    hit, uncounted = set(), set()
    for pid in ids:
        n = counted_partners(kb.projects[pid], measure.unit)
        if n is None:
            uncounted.add(pid)
        elif measure.holds(n, n):
            hit.add(pid)
    return hit, uncounted


def _by_amount(measure: Measure, kb: KnowledgeBase, ids: set[str]
               ) -> tuple[set[str], set[str]]:
    """Those whose euros on the page (all of them added up: KI#CK's about €193,000 and about
    €249,000) meet the condition, and those for which the page states no amount."""
    hit, unstated = set(), set()
    for pid in ids:
        total = euros_total(kb.projects[pid])
        if total is None:
            unstated.add(pid)
        elif measure.holds(total, total):
            hit.add(pid)
    return hit, unstated


def euros_total(project: Project) -> float | None:
    """The project's amounts in euros added up; None where the page states none."""
    euros = [a.value for a in project.amounts if a.currency == "EUR"]
    return sum(euros) if euros else None


def counted_partners(project: Project, unit: str = "partners") -> int | None:
    """How many partners the page gives: its count of organisations or clusters, or the
    number it names where it names them all; None where it doesn't say."""
    counts = dict(project.counts)
    if unit == "clusters":
        return counts.get("clusters") or (sum(
            1 for x in project.partners if x.role and "cluster" in x.role.en.lower()) or None
            if project.partners_complete else None)
    return counts.get("organisations") or counts.get("clusters") or (
        len(project.partners) if project.partners_complete and project.partners else None)


def _by_month(filters: Filters, kb: KnowledgeBase, ids: set[str]) -> tuple[set[str], set[str]]:
    """Those whose start, end or run meets the month, and those the page dates by year only;
    a start or an end in a month of any year where no year is named ("ended in June")."""
    year, month = (filters.years or (0, 0))[0], filters.month or 0
    hit, unsure = set(), set()
    for pid in ids:
        p = kb.projects[pid]
        dates = {"started": (p.start,), "ended": (p.end,)}.get(filters.mode, (p.start, p.end))
        if any(d is None or d.precision == "year" for d in dates):
            unsure.add(pid)
        elif filters.mode in ("started", "ended"):
            if (dates[0].year if filters.years else 0, dates[0].month) == (year, month):
                hit.add(pid)
        elif (p.start.year, p.start.month) <= (year, month) <= (p.end.year, p.end.month):
            hit.add(pid)
    return hit, unsure


def _throughout(years: tuple[int, int], kb: KnowledgeBase, ids: set[str]
                ) -> tuple[set[str], set[str]]:
    """Those surely running from the first day of the first year to the last of the last, and
    those whose dates the page gives too roughly to tell (MAGIA "in 2018 and 2019" may have
    ended before December 2019); none with no end on the page."""
    first, last = dt.date(years[0], 1, 1), dt.date(years[1], 12, 31)
    hit, unsure = set(), set()
    for pid in ids:
        p = kb.projects[pid]
        if p.start and p.end and p.start.lower() <= first and p.end.upper() >= last:
            sure = p.start.upper() <= first and p.end.lower() >= last
            (hit if sure else unsure).add(pid)
    return hit, unsure


def _against(against: tuple[str, str, str, str], kb: KnowledgeBase, ids: set[str]
             ) -> tuple[set[str], set[str], set[str]]:
    """Those surely in that relation to the other project's date (or run), those without the
    dates it needs, and those the page dates too roughly to tell (a month against a day in
    it). Never the other project itself."""
    relation, own, pid, event = against
    other = kb.projects[pid]
    hit, undated, unsure = set(), set(), set()
    if event == "length":  # "which ran longer than NORTHOPEDICS?": by running time
        return _by_duration(Measure("months", (duration_bounds(other) or (0, 0))[0],
                                    "more" if relation == "longer" else "less"), kb, ids - {pid})
    for i in ids - {pid}:
        p = kb.projects[i]
        if relation in ("before", "after"):
            mine = p.start if own == "started" else p.end
            theirs = other.start if event == "start" else other.end
            checks = [(mine, "<" if relation == "before" else ">", theirs)]
        else:  # its start at or before the date (or the other's end), its end at or after
            checks = [(p.start, "<=", other.end if event == "run" else _date(other, event)),
                      (p.end, ">=", other.start if event == "run" else _date(other, event))]
        verdicts = [_holds(a, op, b) for a, op, b in checks]
        if False in verdicts:
            continue
        if any(a is None for a, _, _ in checks):
            undated.add(i)
        elif None in verdicts:
            unsure.add(i)
        else:
            hit.add(i)
    return hit, undated, unsure


def _date(project: Project, event: str) -> PartialDate | None:
    return project.start if event == "start" else project.end


def _holds(a: PartialDate | None, op: str, b: PartialDate | None) -> bool | None:
    """Whether a date is before (<), after (>), not after (<=) or not before (>=) another, at
    the page's precision: None where it can't tell (March 2016 against 1 March 2016)."""
    if a is None or b is None:
        return None
    if a.upper() < b.lower():
        return op in ("<", "<=")
    if a.lower() > b.upper():
        return op in (">", ">=")
    if a.precision == b.precision == "day":  # the same day
        return op in ("<=", ">=")
    return None


def _by_duration(measure: Measure, kb: KnowledgeBase, ids: set[str]
                 ) -> tuple[set[str], set[str], set[str]]:
    """Those whose length surely meets the condition, those without dates, and those whose
    year-only dates leave it open."""
    hit, undated, unsure = set(), set(), set()
    for pid in ids:
        bounds = duration_bounds(kb.projects[pid])
        verdict = measure.holds(*bounds) if bounds else None
        if verdict:
            hit.add(pid)
        elif verdict is None:
            (unsure if bounds else undated).add(pid)
    return hit, undated, unsure


def _in_order(ids: set[str], index: ListIndex) -> tuple[str, ...]:
    """The ids in the knowledge base's order: sorted when few, filtered in order when many."""
    if len(ids) * 8 < len(index.order):
        return tuple(sorted(ids, key=index.order.__getitem__))
    return tuple(i for i in index.order if i in ids)


def _static(filters: Filters, kb: KnowledgeBase, index: ListIndex, pool: Set[str]) -> set[str]:
    """The pool narrowed by funders, places, organisations, topics and links, smallest set
    first. Life Science Nord itself narrows nothing, except as the lead ("which projects did
    LSN lead?")."""
    funded = [index.funded.get(f, set()) for f in filters.funders]
    groups = [set().union(*funded)] if filters.either and len(funded) > 1 else funded  # "by
    # Hamburg or Schleswig-Holstein": by either
    places = [index.places.get(p, set()) for p in filters.places]
    groups += [set().union(*places)] if filters.either and places else places
    by_org = index.leads if filters.leading else index.organisations
    orgs = [by_org.get(o, set()) for o in filters.organisations
            if filters.leading or not kb.organisations[o].self]
    groups += [set().union(*orgs)] if filters.either and len(orgs) > 1 else orgs  # "mit dem
    # UKSH bzw. der TH Lübeck": with either
    topics = [index.topics.get(t, set()) for t in filters.topics]
    groups += [set().union(*topics)] if filters.either and topics else topics
    if filters.linked:
        groups.append({pid for pid, p in kb.projects.items() if linked(p, filters.linked)})
    if filters.besides:
        groups.append(_other_places(filters, kb))
    if not groups:
        return set(pool)
    groups.sort(key=len)
    return set(groups[0]).intersection(*groups[1:], pool)


_LEVELS = {"country": "country", "city": "city"}  # states and regions are one level


def _other_places(filters: Filters, kb: KnowledgeBase) -> set[str]:
    """ "target countries other than the USA": the projects with a place of the role asked (a
    target country, a partner's country, else any) and of the level of those left out (a
    country for a country) beyond them. Seven partner countries hold one beyond Germany even
    where the page doesn't name them."""
    left = set(filters.besides)
    levels = {_LEVELS.get(kb.places[x].kind, "region") for x in left}
    wide = _inside(left)  # "outside Europe": any place in none of Europe's, of any level
    found = set()
    # (beyond a continent, a partner may be one in a target country: MAGIA's networks with
    # partners in the United States and China)
    role = "" if wide and filters.place_role == "partner" else filters.place_role
    for pid, p in kb.projects.items():
        own = _role_places(p, role)
        if any(x not in left and (_LEVELS.get(kb.places[x].kind, "region") in levels or wide)
               and not kb.place_ancestors(x) & wide for x in own) or (
                "country" in levels and filters.place_role != "target" and
                dict(p.counts).get("countries", 0) > len(left)):
            found.add(pid)
    return found


def _inside(places: set[str]) -> frozenset[str]:
    """The places left out and the page's places inside them, where bot/data/world.yaml lists
    those (Europe's countries, regions and cities); empty where it lists none."""
    inside = data_file("world")["inside"]
    if places.isdisjoint(inside):
        return frozenset()
    return frozenset(places).union(*(inside.get(x, ()) for x in places))


def _beyond(p: Project, places: tuple[str, ...], kb: KnowledgeBase) -> list[str]:
    """The places the page names for a project that are none of those given nor lie in one
    (Lübeck is no place beyond Schleswig-Holstein, Schleswig-Holstein none beyond Germany)."""
    return [x for x in _role_places(p, "") if not kb.place_ancestors(x) & set(places)]


def _role_places(p: Project, role: str) -> tuple[str, ...]:
    if role == "target":
        return p.target_countries
    partners = (*p.countries, *p.cities, *(x.country for x in p.partners if x.country))
    return partners if role == "partner" else (*partners, *p.regions, *p.target_countries)


def _open_before(filters: Filters, index: ListIndex, ids: set[str]) -> set[str]:
    """Projects running since before the years asked with no end on the page (P.I.L.O.T. Next
    Level, since April 2023): whether they still ran then, the page doesn't say."""
    if filters.mode not in ("active", "throughout") or not filters.years:
        return set()
    lo = filters.years[0]
    return {pid for pid in ids & index.has_start - index.has_end
            if any(pid in index.started[y] for y in index.started if y < lo)}


def _by_years(filters: Filters, index: ListIndex, ids: set[str]) -> tuple[set[str], set[str]]:
    """Those that match the years, and those whose dates the page doesn't give (never the
    follow-ups, which are only named). A project with only a start ran in its start year."""
    lo, hi = filters.years or (0, 9999)
    if filters.mode == "throughout":  # running in them first; select() then asks the whole
        filters = replace(filters, mode="active")
    by_year = {"started": index.started, "ended": index.ended}.get(filters.mode, index.active)
    known = {"started": index.has_start, "ended": index.has_end}.get(
        filters.mode, index.has_both)
    hit: set[str] = set()
    for year in by_year:
        if lo <= year <= hi:
            hit |= by_year[year]
    if filters.mode == "active":
        open_ended = ids & index.has_start - index.has_end
        for year in index.started:
            if lo <= year <= hi:
                hit |= index.started[year] & open_ended
        known = known | (open_ended & hit)
    return ids & hit, (ids - known) - index.follow_ups


# --------------------------------------------------------------------------- list answers


def describe(filters: Filters, kb: KnowledgeBase, lang: str) -> str:
    """The conditions in words: "funded by the ERDF, running in 2021"."""
    parts = []
    for key, ids, records in (
        ("funder", filters.funders, kb.funders),
        ("place", filters.places, kb.places),
        ("lead" if filters.leading else "org",
         [o for o in filters.organisations if filters.leading or not kb.organisations[o].self],
         kb.organisations),
        ("topic", filters.topics, kb.topics),
    ):
        if key in ("org", "lead", "funder") and filters.either and len(ids) > 1:  # "with
            terms = [term(records[i], lang) for i in ids]  # UKSH Lübeck or TH Lübeck"
            parts.append(fill(f"cond_{key}", lang, x=Joined(tuple(terms), "or")))
            continue
        if key in ("place", "topic") and filters.either and len(ids) > 1:  # "Italy or Poland",
            terms = [term(records[i], lang) for i in ids]  # "stem cells, fractures or bones"
            if key == "place" and len(ids) > 2:  # "Germany, Denmark, Poland or Lithuania"
                parts.append(fill("cond_place", lang, x=Joined(tuple(terms), "or")))
                continue
            x = ", ".join(map(str, terms[:-1])) if key == "topic" else terms[0]  # (a place
            y = terms[-1] if key == "topic" else terms[1]  # takes the case its words govern)
            parts.append(reply_template(f"cond_{key}_either", lang).format(x=x, y=y))
            continue
        for entity_id in ids:
            record = records[entity_id]
            kind = getattr(record, "kind", "") if getattr(record, "kind", "") in (
                "initiative", "involved") else key  # "that were part of", "involving"
            kind = "place_only" if key == "place" and filters.only_places else kind
            parts.append(fill(f"cond_{kind}", lang, x=term(record, lang)))
    for kind, entity_id in filters.without:  # "not funded by the ERDF"
        if kind == "years":  # said with the years below
            continue
        if not entity_id:  # "no funder named", "no dates", "no amount"
            parts.append(reply_template(
                "cond_no_dates" if kind == "dates" else "cond_no_amount" if kind == "amounts"
                else "cond_no_funder", lang))
            continue
        if kind == "project":  # "besides BFCC"; "besides these" after two: "other than
            gone = [i for k, i in filters.without if k == "project"]  # BFCC and BONEBANK"
            if entity_id == gone[0]:
                parts.append(fill("cond_not_project", lang, x=Joined(
                    tuple(kb.projects[i].name for i in gone), "and")))
            continue
        if kind == "lead":  # "not led by LSN"
            parts.append(fill("cond_not_lead", lang, x=term(kb.organisations[entity_id], lang)))
            continue
        if kind == "place":  # "no Danish partners"
            parts.append(fill("cond_not_place", lang, x=term(kb.places[entity_id], lang)))
            continue
        record = kb.funders[entity_id] if kind == "funder" else kb.topics[entity_id]
        kind = "involved" if getattr(record, "kind", "") == "involved" else kind
        parts.append(fill(f"cond_not_{kind}", lang, x=term(record, lang)))
    if filters.linked:
        parts.append(reply_template(f"cond_linked_{filters.linked}", lang))
    if filters.named_only:
        parts.append(reply_template("cond_named_only", lang))
    if filters.lead_named:
        parts.append(reply_template("cond_lead_named", lang))
    if filters.dated_to:
        parts.append(reply_template(f"cond_dated_{filters.dated_to}", lang))
    if filters.lead_unnamed:
        parts.append(reply_template("cond_lead_unnamed", lang))
    if filters.besides:  # "with a target country other than the United States"
        level = _LEVELS.get(kb.places[filters.besides[0]].kind, "region")
        role = filters.place_role if level == "country" and filters.place_role else level
        if _inside(set(filters.besides)):  # "with target countries outside Europe"
            role = f"outside_{filters.place_role or 'any'}"
        parts.append(fill(f"cond_besides_{role}", lang, x=Joined(tuple(
            term(kb.places[x], lang) for x in filters.besides))))
    if filters.years and filters.month:  # "that ended in February 2023"
        parts.append(fill(f"cond_{filters.mode}_month", lang, a=filters.years[0],
                          month=templates()["months"][lang][filters.month - 1]))
    elif filters.month:  # "that ended in June" (of any year)
        parts.append(fill(f"cond_{filters.mode}_month_only", lang,
                          month=templates()["months"][lang][filters.month - 1]))
    elif filters.years:
        lo, hi = filters.years
        also = "_also" * bool(filters.also_years)  # two conditions: both relative clauses
        key = f"cond_{filters.mode}_{filters.year_kind}{also * (filters.mode == 'active')}"
        if ("years", "") in filters.without:
            key = f"cond_not_{filters.mode}_{filters.year_kind}"
        dates = [fill(key, lang, a=lo, b=hi, b1=hi + 1)]
        dates += [fill(f"cond_{mode}_{kind}{also * (mode == 'active')}", lang, a=lo, b=hi,
                       b1=hi + 1)  # "… and that started before 2018", "… and that ran in 2020"
                  for (lo, hi), kind, mode in filters.also_years]
        parts.append(t("words", "also_date", lang).join(dates))
    if filters.against:
        parts.append(_against_said(filters.against, kb, lang))
    if filters.duration:
        parts.append(fill(f"cond_duration_{filters.duration.compare}", lang,
                          duration=fmt_duration(round(filters.duration.value), lang)))
    if filters.partners:
        parts.append(fill(f"cond_partners_{filters.partners.compare}", lang,
                          n=round(filters.partners.value)))
    if filters.money:
        parts.append(fill(f"cond_money_{filters.money.compare}", lang,
                          amount=fmt_money(filters.money.value, "EUR", False, lang)))
    # A condition that is a relative clause brings its own comma (", die länger als 3 Jahre
    # liefen"): it goes after the others, as German puts it after the noun's other attributes.
    last = t("words", "last_condition", lang)  # "mit Beginn 2016 und zum Thema Knochen"
    plain = _joined([p for p in parts if not p.startswith(",")], last)
    relative = _joined([p.removeprefix(",").strip() for p in parts if p.startswith(",")], last)
    return f"{plain}, {relative}" if relative else plain


def _against_said(against: tuple[str, str, str, str], kb: KnowledgeBase, lang: str) -> str:
    """ "running when P.I.L.O.T. started on 1 January 2020", "die begannen, bevor ELISE am
    1. Januar 2017 begann": the condition with the other project's date."""
    relation, own, pid, event = against
    other = kb.projects[pid]
    if event == "length":  # "that ran longer than NORTHOPEDICS (3 years)"
        return fill(f"cond_length_{relation}", lang, name=other.name, duration=fmt_duration(
            (duration_bounds(other) or (0, 0))[0], lang))
    if event == "run":
        span = fill("range", lang, start=fmt_date(other.start, lang),
                    end=fmt_date(other.end, lang))
        return fill("cond_active_during", lang, name=other.name, span=span)
    date = _date(other, event)
    when = fmt_when(date, lang) if date else ""
    rel = fill(f"rel_{relation}_{date.precision}", lang, date=fmt_date(date, lang)) \
        if date and relation in ("before", "after") else ""
    return fill(f"cond_{own}_{relation}_{event}", lang, name=other.name, when=when, rel=rel)


def _joined(parts: list[str], last: str) -> str:
    return f"{', '.join(parts[:-1])}{last}{parts[-1]}" if len(parts) > 1 else "".join(parts)


def _items(shown: Sequence[str], filters: Filters, kb: KnowledgeBase, lang: str,
           asks: frozenset[str]) -> Joined:
    """A list's projects, each with its years and what the conditions asked of it."""
    return Joined(tuple(Named(kb.projects[i].name, _detail(kb.projects[i], ", ".join(
        x for x in (_funds(kb.projects[i], filters, kb, lang),
                    _partners_from(kb.projects[i], filters, kb),
                    _through_cities(kb.projects[i], filters, kb, lang),
                    _links(kb.projects[i], filters, kb, lang)) if x),
        _exact(kb.projects[i], "active" if filters.dated_to else filters.mode,
               asks | {"day"} if filters.dated_to else asks, lang)))  # (how exact the dates
        for i in shown))  # are: both, as the page gives them)


def _spaced(conditions: str) -> str:
    """A list's conditions after a noun: with a space, or with their own comma ("…, die die
    Seite nur nennt")."""
    return conditions if conditions.startswith(",") else f" {conditions}"


def _all_of(answer: Answer, filters: Filters, conditions: str, base: tuple[str, ...],
            kb: KnowledgeBase, lang: str, asks: frozenset[str]) -> None:
    """ "which of those ended in 2023?" where none of that list did: none of those (named, not
    a "none" that reads as of every project; of those the page gives no data for, that it
    doesn't say), then the projects of all that meet the conditions (a lead told in the
    page's words where it gives only that: InnoReAct's)."""
    unknown = set(answer.unknown)
    known = tuple(p for p in base if p not in unknown)
    key = "list_none_of_unsaid" if not known else "list_none_of" if known == base and \
        len(base) > 1 else "list_none_of_one" if len(known) == 1 else "list_none_of_some"
    answer.lines.insert(0, Line(key, {"n": len(base), "conditions": _spaced(conditions),
                                      "items": some_names(known or base, kb, lang)}))
    others = select(kb, filters).ids
    if others:
        answer.add("list_none_of_all", conditions=_spaced(conditions), n=len(others),
                   items=_items(others[:LIST_SHOWN], filters, kb, lang, asks))
        if len(others) > LIST_SHOWN:
            answer.add("list_more", n=len(others) - LIST_SHOWN)
        answer.facts += [(pid, aspect) for pid in others[:LIST_SHOWN]
                         for aspect in _aspects(filters)]
    for pid in others[:LIST_SHOWN] if filters.leading else ():
        if kb.projects[pid].lead_note:  # ("run by the LSN cluster management")
            answer.add("lead_note", text=kb.projects[pid].lead_note.get(lang))
            answer.facts.append((pid, "lead_note"))
    answer.projects = tuple(dict.fromkeys((*base, *others)))  # (every project it speaks of)


def _title(conditions: str, lang: str, base: tuple[str, ...] | None = None) -> str:
    if not conditions:  # ("welche waren das?" after a count: those, not all past projects)
        return reply_template("list_title_all" if base is None else "list_title_these", lang)
    return fill("list_title", lang, conditions=conditions).replace(" ,", ",")


def _aspects(filters: Filters) -> tuple[str, ...]:
    """What a list's conditions rest on, for its sources: "funded by the ERDF" -> funding."""
    return tuple(aspect for aspect, used in (
        ("funding", filters.funders), ("places", filters.places),
        ("lead" if filters.leading else "partners", filters.organisations),
        ("topics", filters.topics),
        ("dates", filters.years or filters.duration or filters.against),
        ("partners", filters.partners),
        (filters.linked or "", filters.linked)) if used)


def _lead_unnamed(filters: Filters, selection: Selection, kb: KnowledgeBase,
                  base: tuple[str, ...] | None) -> tuple[str, ...]:
    """Of a list of the projects an organisation led, the others the page names no lead for
    and not the organisation as a partner: whether it led them too, the page doesn't say (as
    for "which did LSN not lead?", `_lead_unknown`)."""
    if not (filters.leading and filters.organisations) or filters.without:
        return ()
    # the projects that meet every other condition ("… that ended in 2019": not ELISE)
    pool = select(kb, replace(filters, organisations=(), leading=False), base).ids
    unsaid = _lead_unknown(tuple(("lead", o) for o in filters.organisations), kb,
                           set(pool) - set(selection.ids))[1]  # (HIHeal: LSN one of its two
    return tuple(pid for pid in pool if pid in unsaid and  # clusters, no lead named, as
                 not kb.projects[pid].follow_up_only)  # "which did LSN not lead?" says)


def list_answer(
    intent: str, filters: Filters, kb: KnowledgeBase, lang: str,
    base: tuple[str, ...] | None = None, asks: frozenset[str] = frozenset(),
    narrowed: bool = False,
) -> Answer:
    """A list or a count of the projects that match; "with the exact end month for each"
    gives each one's date, at the page's precision, in place of its years. `narrowed`: `base`
    is the list the user narrows ("which of those …?"), so a "none" is said of that list."""
    selection = select(kb, filters, base)
    conditions = describe(filters, kb, lang)
    title = _title(conditions, lang, base)
    answer = Answer(intent, projects=selection.ids, listed=selection.ids,
                    list_mode=filters.mode if filters.years else None, list_years=filters.years,
                    list_month=filters.month if filters.years else None,
                    parts=tuple(child for child, _ in selection.inherited))
    answer.facts = [(pid, aspect) for pid in selection.ids[:LIST_SHOWN]
                    for aspect in _aspects(filters)]
    none_of = not selection.ids and narrowed and bool(base) and bool(conditions)
    # ("which of those ended in 2023?": none of those, not none at all, is said below, once it
    # is known of which the page gives no data: _all_of)
    if not selection.ids and not none_of:
        answer.add("list_none" if intent == "list" else "count_none", title=title)
    elif selection.ids:
        shown = selection.ids[:LIST_SHOWN]
        answer.add(intent, title=title, n=len(selection.ids),
                   items=_items(shown, filters, kb, lang, asks))
        if filters.linked:  # the projects reached are named too
            answer.projects = tuple(dict.fromkeys((*selection.ids, *(
                x for i in shown for x in linked(kb.projects[i], filters.linked)))))
        if len(selection.ids) > len(shown):
            answer.add("list_more", n=len(selection.ids) - len(shown))
    for child, parent in selection.inherited[:LIST_SHOWN]:
        answer.add("list_inherited", name=Bold(kb.projects[child].name),
                   parent=Bold(kb.projects[parent].name))
    if selection.undated:
        answer.add("list_undated", items=some_names(selection.undated, kb, lang))
    if filters.order and selection.ids:
        answer.add(f"list_order_{filters.order}")
        keys = _keys(kb, filters.order)
        missing = tuple(i for i in selection.ids if i not in keys)
        if missing:
            answer.add("list_order_missing", items=some_names(missing, kb, lang))
        if vague := _vague_places(selection.ids, keys, kb, filters.order):
            answer.add("list_order_years", items=some_names(vague, kb, lang))
    if filters.money:  # each one's amount, as the page states it
        with_amounts(answer, kb, lang)
    if selection.unstated:
        answer.add("list_unstated", items=some_names(selection.unstated, kb, lang))
    if selection.uncounted:
        answer.add("list_uncounted", items=some_names(selection.uncounted, kb, lang))
    if selection.unfunded:
        answer.add("list_unfunded", items=some_names(selection.unfunded, kb, lang))
    if selection.unled:
        answer.add("list_unled", items=some_names(selection.unled, kb, lang))
    if selection.unplaced:
        answer.add("list_unplaced", items=some_names(selection.unplaced, kb, lang))
    if selection.fund_unsaid:
        answer.add("list_fund_unsaid", items=some_names(selection.fund_unsaid, kb, lang))
    for pid in selection.elsewhere[:LIST_SHOWN]:  # "nur in Schleswig-Holstein": not BONEBANK
        answer.add("list_elsewhere", name=Bold(kb.projects[pid].name), places=Joined(tuple(
            term(kb.places[x], lang) for x in _beyond(kb.projects[pid], filters.places, kb))))
    for p in _maybe_there(filters, selection.ids, kb, base)[:LIST_SHOWN]:
        answer.add("list_maybe_there", name=Bold(p.name), counts=_counts(p, lang),
                   region=Joined(tuple(term(kb.places[r], lang) for r in p.regions)))
    if filters.leading:  # "Welche Projekte wurden von LSN geleitet?": where the page tells
        for pid in selection.ids[:LIST_SHOWN]:  # the lead only by what it did (InnoReAct:
            if kb.projects[pid].lead_note:  # "wanted to make an important contribution
                answer.add("lead_note", text=kb.projects[pid].lead_note.get(lang))  # with
                answer.facts.append((pid, "lead_note"))  # the help of the project"), as it is
    unnamed = _lead_unnamed(filters, selection, kb, base)
    if unnamed:  # "which projects did LSN lead?": the page names no lead for several more
        answer.add("list_lead_unnamed", items=some_names(unnamed, kb, lang))
        answer.answered = answer.answered and intent != "count"  # how many: at least these
    if conditions and narrows(filters, kb):
        _keep_rest(answer, selection, unnamed, filters, kb, base)
        answer.conditions = conditions
    _involved_unsaid(answer, filters, kb, lang)
    if selection.unsure and filters.against and filters.against[3] != "length":  # InnoReAct's
        # 28 February against February
        answer.add("list_unsure_dates", items=Joined(tuple(  # 2023: too close to tell
            Named(kb.projects[i].name, _exact(kb.projects[i], filters.against[1],
                                               frozenset({"day"}), lang, " ({})"))
            for i in selection.unsure[:LIST_SHOWN])))
    elif selection.unsure:
        answer.add("list_unsure", items=some_names(selection.unsure, kb, lang))
        answer.answered = True
    if selection.open_ended:  # "which projects ran in 2024?": maybe P.I.L.O.T. Next Level
        answer.add("list_open_ended", items=some_names(selection.open_ended, kb, lang))
        answer.answered = answer.answered and bool(selection.ids)
    if base is None and not narrows(filters, kb):
        follow_ups = _in_order(list_index(kb).follow_ups, list_index(kb))
        if follow_ups and intent == "count":  # "how many, with the follow-ups?" -> the sum too
            answer.add("count_follow_ups", items=project_names(follow_ups, kb),
                       k=len(follow_ups), total=len(selection.ids) + len(follow_ups))
        elif follow_ups:
            answer.add("list_follow_ups", items=project_names(follow_ups, kb))
    if none_of:
        _all_of(answer, filters, conditions, base or (), kb, lang, asks)
    return answer


@cache
def _regions_around() -> dict[str, frozenset[str]]:
    """A country of the page -> the page's regions it lies around (bot/data/world.yaml):
    Lithuania, the Baltic Sea Region."""
    around: dict[str, frozenset[str]] = {}
    for c in data_file("world")["continents"].values():
        for place in c["places"] if c.get("region") else ():
            around[place] = around.get(place, frozenset()) | {c["region"]}
    return around


def countries_unnamed(p: Project) -> bool:
    """Whether the page counts a project's countries and names none (BFCC's seven)."""
    return "countries" in dict(p.counts) and not p.countries and \
        not any(x.country for x in p.partners)


def _maybe_there(filters: Filters, ids: tuple[str, ...], kb: KnowledgeBase,
                 base: tuple[str, ...] | None) -> list[Project]:
    """ "Which projects had partners in Lithuania?": the projects not listed whose countries
    the page counts without naming them, in a region the country lies around (BFCC's seven
    countries around the Baltic Sea), that meet the list's other conditions: not ruled out."""
    around = [_regions_around().get(x, frozenset()) for x in filters.places]
    regions = set().union(*around) if filters.either else set(  # "Polen und die Slowakei":
        frozenset.intersection(*around)) if around else set()  # both around the region
    if not regions or filters.only_places:
        return []
    found = [p for p in kb.projects.values() if p.id not in ids and set(p.regions) & regions
             and countries_unnamed(p) and (base is None or p.id in base)]  # ("which of those
    # had Danish partners?": of those)
    if found and narrows(replace(filters, places=()), kb):
        rest = select(kb, replace(filters, places=(), either=False), base).ids
        found = [p for p in found if p.id in rest]
    return found


def _counts(p: Project, lang: str) -> Joined:
    """What the page counts of a project's partners: "13 organisations from seven countries"."""
    counts = [fill(f"count_{k}", lang, n=spelled(n, lang)) for k, n in p.counts]
    return Joined(tuple([fill("count_from", lang, a=counts[0], b=counts[1])]
                        if len(counts) == 2 else counts))


def _involved(filters: Filters, kb: KnowledgeBase) -> tuple[str, ...]:
    """The kinds of organisation a list asks about that the page names only where a project
    worked with them ("hospitals"): of the other projects it doesn't say they had none."""
    return tuple(t for t in (*filters.topics, *(i for k, i in filters.without if k == "topic"))
                 if kb.topics[t].kind == "involved")


def _involved_unsaid(answer: Answer, filters: Filters, kb: KnowledgeBase, lang: str) -> None:
    """ "which projects involved hospitals?": those the page says so of, and that of the others
    it names none; "which had nothing to do with hospitals?" the page can't settle."""
    kinds = _involved(filters, kb)
    if not kinds:
        return
    x = Joined(tuple(term(kb.topics[t], lang) for t in kinds))
    negated = [i for k, i in filters.without if k == "topic" and i in kinds]
    if negated:  # "nothing to do with hospitals": the page names them only for some
        named = select(kb, Filters(topics=tuple(negated), either=True)).ids
        answer.add("list_involved_unsaid_not", x=x, items=some_names(named, kb, lang))
        answer.answered = False
    else:
        answer.add("list_involved_unsaid", x=x)
    answer.unknown, answer.rest = (*answer.unknown, *answer.rest), ()


def _keep_rest(answer: Answer, selection: Selection, unnamed: tuple[str, ...],
               filters: Filters, kb: KnowledgeBase, base: tuple[str, ...] | None) -> None:
    """The projects a list under conditions leaves out, and those of them the page gives no
    data for: "und welche nicht?" next asks for the rest."""
    index = list_index(kb)
    unknown = {*selection.undated, *selection.unsure, *selection.open_ended,
               *selection.uncounted, *selection.unfunded, *selection.unled, *selection.unplaced,
               *selection.fund_unsaid, *selection.unstated, *unnamed}
    pool = set(base) if base is not None else index.all_ids - index.follow_ups
    if filters.funders:  # (MAGIA2Market: the page names no funder, so no "not ERDF" either;
        unknown |= {pid for pid in pool if not _funders_known(kb.projects[pid], kb)}  # (BFCC
        unknown |= pool & set().union(*(index.unsaid_funds.get(f, ()) for f in  # Interreg,
                                        filters.funders))  # no fund)
    if filters.places:  # "and which didn't?" after Denmark: of BFCC's seven countries, of
        country = all(kb.places[x].kind == "country" for x in filters.places)  # NORTHOPEDICS'
        unknown |= {pid for pid in pool if _places_unsaid(kb.projects[pid], country)}  # partners
    if filters.leading:  # (HIHeal: LSN one of its two clusters, no lead named)
        unknown |= _lead_unknown(tuple(("lead", o) for o in filters.organisations), kb,
                                 pool - set(selection.ids))[1]
    answer.rest = _in_order(pool - set(selection.ids) - unknown, index)
    answer.unknown = _in_order(unknown - set(selection.ids), index)


def rest_answer(intent: str, rest: Sequence[str], unknown: Sequence[str], conditions: str,
                kb: KnowledgeBase, lang: str) -> Answer:
    """ "und welche nicht?" right after a list: the projects it left out, and apart from them
    those the page gives no data for (of them it can't tell)."""
    answer = Answer(intent, projects=tuple(rest), listed=tuple(rest),
                    answered=bool(rest) or not unknown)
    title = fill("list_rest_title", lang, conditions=conditions).replace(" ,", ",") \
        if conditions else reply_template("list_rest_plain", lang)
    if rest:
        answer.add(intent, title=title, n=len(rest), items=Joined(tuple(
            Named(kb.projects[i].name, _detail(kb.projects[i])) for i in rest[:LIST_SHOWN])))
        if len(rest) > LIST_SHOWN:
            answer.add("list_more", n=len(rest) - LIST_SHOWN)
    else:
        answer.add("list_none" if intent == "list" else "count_none", title=title)
    if unknown:
        answer.add("list_rest_unknown", items=some_names(unknown, kb, lang))
    return answer


def _exact(project: Project, mode: str, asks: frozenset[str], lang: str,
           frame: str = "{}") -> str:
    """ "ended in 2023, with the exact end month for each": the date the list is about."""
    if not asks & {"day", "month"}:
        return ""
    dates = {"started": (project.start,), "ended": (project.end,)}.get(
        mode, (project.start, project.end))
    return frame.format(" – ".join(str(fmt_date(d, lang)) for d in dates if d))


def _detail(project: Project, funds: str = "", exact: str = "") -> str:
    """ " (2016–2019)", with the funds a funder filter matched: " (2016–2019; Interreg …)"."""
    years = exact
    if years:
        pass
    elif project.start and project.end:
        years = str(project.start.year) if project.start.year == project.end.year else \
            f"{project.start.year}–{project.end.year}"
    elif project.start:
        years = f"{project.start.year}–"
    inside = "; ".join(part for part in (years, funds) if part)
    return f" ({inside})" if inside else ""


def _links(project: Project, filters: Filters, kb: KnowledgeBase, lang: str) -> str:
    """In a list of projects with a link, the projects each is linked with: "which projects
    had follow-ups?" - "HIHeal (2016–2022; continued by HIHeal next level transition)"."""
    reached = linked(project, filters.linked) if filters.linked else ()
    return fill(f"list_linked_{filters.linked}", lang, names=", ".join(
        kb.projects[i].name for i in reached if i in kb.projects)) if reached else ""


def _funds(project: Project, filters: Filters, kb: KnowledgeBase, lang: str) -> str:
    """The project's own funds and programmes that a funder filter matched through them, e.g.
    the ERDF for "EU projects"; nothing where the project names the filter's funder itself;
    the lead, where a lead named is the condition."""
    if filters.lead_named:
        return ", ".join(kb.organisations[o].name for o in project.lead)
    if not filters.funders:
        return ""
    names = [kb.funders[f].name.get(lang) for f in project.funding
             if f not in filters.funders
             and any(w in kb.funder_ancestors(f) for w in filters.funders)]
    return ", ".join(names)


def _partners_from(project: Project, filters: Filters, kb: KnowledgeBase) -> str:
    """The partners a place filter matched: "projects with Belgian partners" names BioWin;
    where the page names no partner from there but the project's sites, those ("projects with
    a Danish partner site?" - "BONEBANK (2015–2020; Lübeck, Odense)")."""
    if not filters.places:
        return ""
    names = [kb.organisations[x.org].name for x in project.partners
             if x.country and x.country in filters.places]
    if not names and any(kb.places[x].kind == "country" for x in filters.places):
        names = [kb.places[c].name.en for c in project.cities]
    return ", ".join(names)


def _through_cities(project: Project, filters: Filters, kb: KnowledgeBase, lang: str) -> str:
    """The project's cities a state or region asked lies around, where the page ties the
    project to that place only through them: "projects in Schleswig-Holstein" - "BONEBANK
    (2015–2020; Lübeck)" (its lead, UKSH Lübeck, and its biobank), so the reader sees why."""
    names = [term(kb.places[c], lang) for x in filters.places
             if x in kb.places and kb.places[x].kind not in ("country", "city") and
             x not in {r for own in (*project.regions, *project.countries)
                       for r in kb.place_ancestors(own)}
             for c in project.cities if c != x and x in kb.place_ancestors(c)]
    return ", ".join(dict.fromkeys(names))


def timeline_answer(filters: Filters, kb: KnowledgeBase, lang: str) -> Answer:
    """The projects to draw on a timeline, with the same dates as text for those who can't see
    images. The picture itself is drawn by a front end (bot.timeline), never by the core."""
    index = list_index(kb)
    selection = select(kb, filters, tuple(index.order))
    dated = tuple(i for i in selection.ids if i in index.has_start)
    undated = tuple(dict.fromkeys(
        selection.undated + tuple(i for i in selection.ids if i not in index.has_start)))
    answer = Answer("timeline", projects=dated + undated, listed=dated)
    conditions = describe(filters, kb, lang)
    if not dated:
        answer.answered, answer.projects = False, ()
        answer.add("timeline_none", conditions=conditions or "-")
        return answer
    title = (fill("timeline_title", lang, conditions=conditions) if conditions
             else reply_template("timeline_title_all", lang))
    answer.add("timeline_head", title=title)
    for pid in dated[:LIST_SHOWN]:
        project = kb.projects[pid]
        rng = fill("range", lang, start=fmt_date(project.start, lang),
                   end=fmt_date(project.end, lang)) \
            if project.end else fmt_when(project.start, lang, "since")
        answer.add("timeline_item", name=Bold(project.name), range=rng)
    if len(dated) > LIST_SHOWN:
        answer.add("list_more", n=len(dated) - LIST_SHOWN)
    if undated:
        answer.add("timeline_undated", items=some_names(undated, kb, lang))
    answer.timeline = {"projects": list(dated), "undated": list(undated), "title": title}
    return answer


def amounts_answer(
    filters: Filters, kb: KnowledgeBase, lang: str, base: tuple[str, ...] | None,
    listing: bool = False, counting: bool = False,
) -> Answer:
    """Money across projects: the amounts the page states, and where it states none. Asked
    which projects have amounts ("which have a budget figure?"), the answer is those; asked
    how many ("for how many projects does the page give an amount?"), how many and which."""
    ids = select(kb, filters, base).ids
    if not ids:  # "which of them got ESF money?" where none did: say so, never an empty reply
        return list_answer("count" if counting else "list", filters, kb, lang, base)
    known = tuple(i for i in ids if kb.projects[i].amounts)
    if counting and known:  # (none known: the amounts answer says where none is stated)
        return _amounts_counted(ids, known, kb, lang)
    answer = Answer("list" if listing else "amount", projects=known if listing else ids,
                    answered=bool(known) if listing else bool(ids) and len(known) == len(ids),
                    listed=known if listing else ())  # ("welches davon hatte mehr?" next)
    if listing:  # "which is bigger?" next compares those with amounts, by their amounts
        answer.focus, answer.listed_by = known, "amount"
    answer.facts = [(pid, "amount") for pid in known]
    for pid in known:
        project = kb.projects[pid]
        answer.add("amount_of", name=Bold(project.name),
                   amounts=amount_items(project.amounts, kb, lang))
    missing = tuple(i for i in ids if i not in known)
    if missing:
        answer.add("amount_missing", items=project_names(missing, kb))
    elif len(known) > 1:  # "add those up": every one's amounts known, summed
        money = [x for i in known for x in kb.projects[i].amounts]
        if len({x.currency for x in money}) == 1:
            answer.add("amount_total", total=fmt_money(sum(x.value for x in money),
                                                       money[0].currency, False, lang))
    return answer


def _amounts_counted(ids: tuple[str, ...], known: tuple[str, ...], kb: KnowledgeBase,
                     lang: str) -> Answer:
    """How many of these projects the page states an amount for, which, and the amounts; "which
    is bigger?" next compares those by their amounts."""
    answer = Answer("count", projects=known, listed=known, answered=True)
    answer.focus, answer.listed_by = known, "amount"
    answer.facts = [(pid, "amount") for pid in known]
    answer.add("amount_count", n=len(known), all=len(ids), items=project_names(known, kb))
    for pid in known:
        answer.add("amount_of", name=Bold(kb.projects[pid].name),
                   amounts=amount_items(kb.projects[pid].amounts, kb, lang))
    return answer


def with_amounts(answer: Answer, kb: KnowledgeBase, lang: str) -> Answer:
    """ "bei welchem davon kam zusätzlich Geld aus dem ESF?": a list under a funder, asked with
    a money word, names the amounts the page states of the projects it lists (none where it
    states none)."""
    for pid in answer.projects:
        project = kb.projects[pid]
        if project.amounts:
            answer.add("amount_of", name=Bold(project.name),
                       amounts=amount_items(project.amounts, kb, lang))
            answer.facts.append((pid, "amount"))
    return answer


def org_places(org: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """Where the page puts an organisation: the country it gives a partner, or the place its
    own name holds ("TH Lübeck"); empty where it gives neither."""
    countries = [x.country for p in kb.projects.values() for x in p.partners
                 if x.org == org and x.country]
    return tuple(dict.fromkeys((*countries, *list_index(kb).seats.get(org, ()))))


def at_place(place: str, claimed: str, kb: KnowledgeBase) -> bool:
    """Whether a place is the one claimed or lies in it: Lübeck in Germany."""
    return claimed in kb.place_ancestors(place) or any(lies_in(n, (claimed,)) for n in (
        kb.places[place].name.en, kb.places[place].name.de))


def org_places_answer(orgs: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer | None:
    """ "Aus welchem Land kam bioPmed?": the country the page gives for a partner, or the place
    its own name holds ("TH Lübeck"); where it gives neither, that it doesn't say, with the
    projects the organisation took part in."""
    answer = Answer("places")
    seats = list_index(kb).seats
    for org in orgs:
        found = [(pid, x.country) for pid, p in kb.projects.items() for x in p.partners
                 if x.org == org and x.country]
        for pid, country in found[:1]:
            answer.add("org_country", org=kb.organisations[org].name,
                       place=term(kb.places[country], lang), name=Bold(kb.projects[pid].name))
            answer.projects += (pid,)
            answer.facts.append((pid, "partners"))
        if not found and seats.get(org):
            answer.add("org_seat", org=kb.organisations[org].name,
                       place=term(kb.places[seats[org][0]], lang))
        elif not found and (ids := tuple(pid for pid, p in kb.projects.items()
                                         if org in p.organisations())):
            answer.add("org_place_unknown", org=term(kb.organisations[org], lang),  # "where is
                       name=project_names(ids, kb))  # oncampus based?": the page doesn't say,
            answer.projects += ids  # only where it took part
            answer.answered = False
    return answer if answer.lines else None


def partners_from(answer: Answer, ids: tuple[str, ...], places: tuple[str, ...],
                  kb: KnowledgeBase, lang: str) -> Answer:
    """ "the French one?" after MAGIA's partners: first the partners from that place."""
    for place in places:
        orgs = [kb.organisations[x.org].name for pid in ids for x in kb.projects[pid].partners
                if kb.partner_country(kb.projects[pid], x) == place]
        if orgs:
            answer.lines.insert(0, Line("partners_from", {
                "place": term(kb.places[place], lang), "orgs": Joined(tuple(orgs))}))
    return answer


def partners_by_place(answer: Answer, ids: tuple[str, ...], places: tuple[str, ...],
                      kb: KnowledgeBase, lang: str) -> Answer:
    """ "who was the Italian partner in ELISE?": the partners from that place; where the page
    names none (ELISE's partners are regions, named by country only), it says so first, and the
    rest of the answer is what the page does say of the partners, not an answer."""
    for pid in reversed(ids):
        for place in reversed(places):
            orgs = [kb.organisations[x.org].name for x in kb.projects[pid].partners
                    if kb.partner_country(kb.projects[pid], x) == place]
            if "count" in answer.asks and _regions_counted(kb.projects[pid], place, kb):
                continue  # "how many German ones?": "… and two German states" counts them
            if orgs:
                answer.lines.insert(0, Line("partners_from", {
                    "place": term(kb.places[place], lang), "orgs": Joined(tuple(orgs))}))
            else:
                answer.answered = False
                answer.lines.insert(0, Line("partners_from_none", {
                    "place": term(kb.places[place], lang),
                    "name": Bold(kb.projects[pid].name)}))
    return answer


_NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"


def _regions_counted(project: Project, place: str, kb: KnowledgeBase) -> bool:
    """Whether the page's partner regions count those of this place ("two German states")."""
    text = project.partner_regions.get("en") if project.partner_regions else ""
    names = (kb.places[place].name.get("en"), *kb.places[place].aliases)
    return bool(text) and any(
        re.search(rf"\b{_NUMBER_WORDS}\s+{re.escape(n)}\b", text, re.IGNORECASE)
        for n in names if n)


def amounts_from(answer: Answer, ids: tuple[str, ...], funders: tuple[str, ...],
                 kb: KnowledgeBase, lang: str) -> Answer:
    """ "and from the EU?" after KI#CK's amounts: first the amount that funder gave, where the
    page names one (the funder itself, else a fund it stands above)."""
    for pid in ids:
        amounts = kb.projects[pid].amounts
        own = tuple(a for a in amounts if set(a.sources) & set(funders)) or tuple(
            a for a in amounts if any(f in kb.funder_ancestors(s) for s in a.sources
                                      for f in funders))
        if own and len(own) < len(amounts):
            answer.lines.insert(0, Line("amount_of", {
                "name": Bold(kb.projects[pid].name), "amounts": amount_items(own, kb, lang)}))
        for joint in (a for a in own if len(a.sources) > 1 and not all(
                any(f in kb.funder_ancestors(s) for f in funders) for s in a.sources)):
            answer.add("amount_joint", value=fmt_money(  # "und wie viel vom Land?" of KI#CK's
                joint.value, joint.currency, joint.approx, lang),  # €193,000 from the EU
                sources=funder_names(joint.sources, kb, lang))  # and the State: not split
        funded = {a for f in kb.projects[pid].funding for a in kb.funder_ancestors(f)}
        if not funded and not kb.projects[pid].amounts:  # "Wie viel hat das Land für P.I.L.O.T.
            answer.lines.insert(0, Line("funding_unknown", {  # Next Level bereitgestellt?":
                "name": Bold(kb.projects[pid].name)}))  # the page names no funder of it at all
        if not own and funded and not funded & set(funders):  # "how much did the ESF give
            ruled_out = not fund_unsaid(kb.projects[pid], funders, kb) and all(  # ELISE?":
                kb.funders[f].kind != "public body" for f in funders)  # it didn't: the page
            answer.lines.insert(0, Line(  # names its funders and not the ESF (as "Was ELISE
                "amount_not_from" if ruled_out else "amount_none_from", {  # funded by the
                    "name": Bold(kb.projects[pid].name),  # ESF?" says no); a fund that may
                    "funders": funder_names(funders, kb, lang)}))  # be behind its programme,
            # or "the State" of a project whose co-financer the page doesn't name: no money
            # named, not ruled out
    return answer


@cache
def _lying_in() -> dict[str, tuple[str, ...]]:
    """A region of the page -> the names of places in it that the page never names."""
    return {region: tuple(normalize(str(n)) for n in names)
            for region, names in data_file("world")["lies_in"].items()}


def lies_in(place: str, regions: Sequence[str]) -> bool:
    """ "Schweden", "schwedische" lie in the Baltic Sea Region (bot/data/world.yaml)."""
    key = normalize(place)
    return any(key.startswith(name) for r in regions for name in _lying_in().get(r, ()))


@cache
def _funders_maybe() -> dict[str, str]:
    """A programme the page never names -> one it names that it may be (bot/data/world.yaml)."""
    return {normalize(str(k)): str(v) for k, v in data_file("world")["funders_maybe"].items()}


def maybe_funders(names: Sequence[str]) -> tuple[str, ...]:
    """The page's funders that programmes it never names may be: "Landesprogramm Wirtschaft"
    may be Schleswig-Holstein's Regional Economic Programme."""
    return tuple(dict.fromkeys(f for n in names if (f := _funders_maybe().get(normalize(n)))))


def no_match(intent: str, words: str, lang: str, kb: KnowledgeBase | None = None,
             places: tuple[str, ...] = (), funders: tuple[str, ...] = (),
             topic: bool = False) -> Answer:
    """A filter the knowledge base knows nothing of: say so rather than list everything. For
    countries the page never names ("partners in Sweden or Finland?") it can't say none: BFCC's
    seven countries are not named, so the answer is not an answer. Nor for a `topic` the page
    never names ("gab es ein projekt zu diabetes?"): it names none, which rules none out."""
    answer = Answer(intent)
    unnamed = [p for p in kb.projects.values() if countries_unnamed(p) and
               any(lies_in(place, p.regions) for place in places)] if kb else []
    for p in unnamed:
        answer.add("list_unnamed_countries", words=Joined(tuple(f"“{w}”" if lang == "en" else
                                                              f"„{w}“" for w in places), "or"),
                   name=Bold(p.name), counts=_counts(p, lang))
        answer.answered = False
    quoted = Joined(tuple(f"“{w}”" if lang == "en" else f"„{w}“" for w in places), "or")
    for p in [p for p in kb.projects.values() if within_unnamed(p, places, kb)] if kb else ():
        answer.add("list_unnamed_regions", words=quoted, name=Bold(p.name),  # ELISE's "two
                   text=p.partner_regions.get(lang))  # German states" may be Bavaria
        answer.answered, unnamed = False, [*unnamed, p]
    maybe = maybe_funders(funders) if kb else ()
    for p in [p for p in kb.projects.values() if set(maybe) & set(p.funding)] if kb else ():
        answer.add("list_maybe_funder", words=words, name=Bold(p.name), funder=Joined(tuple(
            term(kb.funders[f], lang) for f in maybe if f in p.funding)))  # NORTHOPEDICS's
        answer.answered, unnamed = False, [*unnamed, p]  # programme may be that one
        answer.projects = (*answer.projects, p.id)
    if not unnamed and topic:
        answer.add("list_no_match_topic", words=words)
        answer.answered = False
    elif not unnamed:
        answer.add("list_no_match", words=words)
    return answer


def within_unnamed(p: Project, places: Sequence[str], kb: KnowledgeBase) -> bool:
    """ "War Schleswig-Holstein eines der deutschen Bundesländer bei ELISE?": a state or city in
    one of the project's countries, where the page names no place of the project inside that
    country (ELISE's "two German states"), can't be ruled out."""
    inside = [c for c in p.countries if any(lies_in(n, (c,)) for n in places)]
    named = [n for i in (*p.cities, *p.regions) for n in place_names(kb, i)]
    return any(not any(lies_in(n, (c,)) for n in named) for c in inside)


def place_names(kb: KnowledgeBase, place: str) -> tuple[str, ...]:
    """A place's names in both languages and its aliases (an unknown place: the word itself)."""
    known = kb.places.get(place)
    return (known.name.en, known.name.de, *known.aliases) if known else (place,)


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


def status_all(kb: KnowledgeBase, lang: str, template: str = "status_all") -> Answer:
    """Which projects are still running: none; the follow-ups continue them. Asked what Life
    Science Nord works on now (template "current_work"), the page can't tell: the follow-ups
    are all it names, and the answer is not an answer."""
    answer = Answer("status", answered=template == "status_all")
    items = []
    for p in kb.projects.values():
        if p.follow_up_only and p.follows:
            since = " " + fmt_when(p.start, lang, "since") if p.start else ""
            items.append(fill("status_item", lang, name=p.name,
                              other=kb.projects[p.follows].name, since=since))
    answer.add(template, items=Joined(tuple(items)))
    return answer


# --------------------------------------------------------------------------- superlatives


def _key(project: Project, kind: str, kb: KnowledgeBase | None = None
         ) -> tuple[Any, Any] | None:
    """(sort value, (earliest possible, latest possible)) or None where unknown."""
    if kind == "most_countries":
        n = len(countries_counted(project, kb)) if kb else 0
        return (n, (n, n)) if n else None
    if kind == "most_targets":  # the target countries it names (MAGIA's two)
        n = len(project.target_countries)
        return (n, (n, n)) if n else None
    if kind in ("longest", "shortest"):
        bounds = duration_bounds(project)
        if not bounds:
            return None
        return (bounds[0] if kind == "longest" else bounds[1]), bounds
    if kind == "most_partners":
        n = partner_count(project)
        return (n, (n, n)) if n else None
    if kind == "fewest_partners":
        n = involved_count(project)
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


def countries_counted(project: Project, kb: KnowledgeBase) -> tuple[str, ...]:
    """A project's countries as the page gives them: its count (BFCC's "seven countries", not
    named: as many empty names), else every country it names for the project or a partner
    (ELISE's six, its two German states one Germany; MAGIA's four, Life Science Nord's
    Germany with them); none where it gives none."""
    n = dict(project.counts).get("countries")
    if n:
        return ("",) * n
    return tuple(dict.fromkeys((*project.countries, *kb.partner_countries(project))))


def partner_count(project: Project) -> int | None:
    """How many partners the page gives: organisations, named partners where it names them
    all (BONEBANK's Life Science Nord, beside its lead, is no count of one), or partner
    regions."""
    counts = dict(project.counts)
    named = len(project.partners) if project.partners_complete else 0
    return counts.get("organisations") or named or counts.get("regions")


def involved_count(project: Project) -> int | None:
    """How many partners the page gives, as few as it may be: its count, else every
    organisation it names in the project, the lead too (BONEBANK: UKSH Lübeck and LSN)."""
    counts = dict(project.counts)
    named = {p.org for p in project.partners} | set(project.lead) | set(project.together_with)
    return counts.get("organisations") or counts.get("regions") or len(named) if \
        project.partners and not project.partners_note else \
        counts.get("organisations") or counts.get("regions")  # (BONEBANK's two named beside
    # "the hospitals in Lübeck and Odense" are no count: as few as it may be is unsaid)


def _keys(kb: KnowledgeBase, kind: str) -> dict[str, tuple[Any, Any]]:
    """Every project's sort key for one kind of superlative, computed once per knowledge base.
    The named follow-ups are never compared: the page only names them."""
    cache = list_index(kb).keys
    if kind not in cache:
        cache[kind] = {pid: k for pid, p in kb.projects.items()
                       if not p.follow_up_only and (k := _key(p, kind, kb))}
    return cache[kind]


def ranked_known(kb: KnowledgeBase, kind: str) -> frozenset[str]:
    """The projects whose figure for this kind of superlative the page gives."""
    return frozenset(_keys(kb, kind))


def in_ranked_order(kb: KnowledgeBase, kind: str, ids: Sequence[str]) -> tuple[str, ...]:
    """Those of the projects whose figure the page gives, the best of this ranking first."""
    keys = _keys(kb, kind)
    return tuple(sorted((i for i in ids if i in keys), key=lambda i: keys[i][0],
                        reverse=kind in HIGHEST_WINS))


def top_with_ties(kb: KnowledgeBase, kind: str, ordered: Sequence[str], n: int
                  ) -> tuple[str, ...]:
    """The first n of a ranking, and those level with the nth ("the two longest": HIHeal, then
    BONEBANK and ELISE, 5 years each; none of them is second alone)."""
    if len(ordered) <= n:
        return tuple(ordered)
    keys, last = _keys(kb, kind), ordered[n - 1]
    level = itertools.takewhile(lambda i: keys[i][0] == keys[last][0], ordered[n:])
    return (*ordered[:n], *level)


def place_answer(kind: str, place: int, ordered: Sequence[str], kb: KnowledgeBase, lang: str
                 ) -> Answer:
    """ "the second longest", "which project started second?": the projects in that place of a
    ranking, each with its figure; projects level with each other share a place, so "the third
    longest" is the third distinct figure (HIHeal; then BONEBANK and ELISE; then the next)."""
    keys = _keys(kb, kind)
    places = [list(group) for _, group in itertools.groupby(ordered, key=lambda i: keys[i][0])]
    answer = Answer("superlative", ranking=kind)
    if place > len(places):
        answer.answered = False
        answer.add("sup_place_none", n=place, k=len(places))
        return answer
    held = tuple(places[place - 1])
    answer.projects = answer.focus = held
    what = "duration" if kind in ("longest", "shortest") else "amount" if \
        kind.endswith("_grant") else "partners" if kind.endswith("_partners") else \
        "end" if kind.endswith("_end") else "start"
    answer.facts = [(pid, what) for pid in held]
    answer.add("sup_place", n=place, names=project_names(held, kb))
    for pid in held:
        answer.add("sup_other", name=Bold(kb.projects[pid].name),
                   value=_value(kb.projects[pid], kind, lang, kb=kb))
    answer.add(f"list_order_{kind}")
    if kind.endswith("_grant"):  # "the second most money": of the few amounts the page gives
        answer.add("amounts_known_for", items=some_names(tuple(ordered), kb, lang))
    if any(len(group) > 1 for group in places[:place]):
        answer.add("sup_place_shared")
    vague = [i for i in _vague_places(ordered, keys, kb, kind) if i in held or any(
        i in group for group in places[max(place - 2, 0):place + 1])]
    if vague:
        answer.add("list_order_years", items=some_names(tuple(vague), kb, lang))
    return answer


def _ranged(kb: KnowledgeBase, kind: str) -> set[str]:
    """The projects whose key for this kind is a range (year-only dates), cached."""
    cache = list_index(kb).keys
    name = f"{kind}:ranged"
    if name not in cache:
        cache[name] = {i: k for i, k in _keys(kb, kind).items() if k[1][0] != k[1][1]}
    return set(cache[name])


def some_names(ids: Sequence[str], kb: KnowledgeBase, lang: str) -> Joined:
    """Project names for a note, the first LIST_SHOWN of them and how many more."""
    if len(ids) <= LIST_SHOWN:
        return project_names(tuple(ids), kb)
    names = [Bold(kb.projects[i].name) for i in ids[:LIST_SHOWN]]
    return Joined((*names, t("words", "more", lang).format(n=len(ids) - LIST_SHOWN)))


def superlative_answer(
    kind: str, filters: Filters, kb: KnowledgeBase, lang: str, base: tuple[str, ...] | None,
    named_too: bool = True,
) -> Answer:
    """The longest, shortest, earliest, latest or best-funded project; ties named as ties. Over
    the whole page, a follow-up it only names wins where its date beats every described project
    (P.I.L.O.T. Next Level started last), unless the question keeps to those it describes."""
    index, keys = list_index(kb), _keys(kb, kind)
    everything = base is None and not narrows(filters, kb)
    ids = index.order if everything else select(kb, filters, base).ids
    pool = [i for i in ids if i not in index.follow_ups]
    known = keys if everything else {i: keys[i] for i in pool if i in keys}
    beaten = _named_winners(kind, known, kb) if everything and named_too else {}
    if beaten:
        described = superlative_answer(kind, filters, kb, lang, base, named_too=False)
        known, pool = {**known, **beaten}, [*pool, *index.follow_ups]
    answer = Answer("superlative", ranking=kind)
    what = {"longest": "duration", "shortest": "duration", "largest_grant": "amount",
            "smallest_grant": "amount", "most_partners": "partners",
            "fewest_partners": "partners", "most_countries": "countries",
            "most_targets": "targets"}.get(
        kind, "end" if kind.endswith("_end") else "start")
    if not known:
        answer.answered = False
        answer.add("sup_none", what=reply_template(f"what_{what}", lang))
        return answer
    unknown = [i for i in pool if i not in known]
    if unknown and kind.endswith("_grant") and not everything:
        return _grant_unsettled(answer, kind, known, unknown, kb, lang)
    if unknown and what in COUNTED_RANKINGS and not everything:
        _unsettled(answer, kind, pool, tuple(unknown), kb, lang)  # "which of them had the
        return answer  # most partners?" after six, the page counting those of one: no winner
    pick = max if kind in HIGHEST_WINS else min
    best = pick(v[0] for v in known.values())
    winners = tuple(i for i, v in known.items() if v[0] == best)
    answer.projects = winners
    answer.facts = [(pid, "places" if what == "countries" and kb.projects[pid].countries else
                     "partners" if what == "countries" else what) for pid in winners]
    lengths = kind in ("longest", "shortest")
    # a tie of lengths, or of every project compared ("which ended earlier, A or B?" of two
    # that ended the same day); otherwise the verb agrees with several winners (`_number`)
    tie = len(winners) > 1 and (lengths or set(winners) >= set(pool))
    each = [_value(kb.projects[pid], kind, lang, dated=not tie, kb=kb) for pid in winners]
    values = set(each)
    key = "sup_tie_each" if tie and len(values) > 1 else "sup_tie" if tie else "sup_" + kind
    answer.add(key, names=project_names(winners, kb),  # "_each": "28. Februar", "Februar"
               value=each[0] if len(values) == 1 else Joined(tuple(each), "respectively"))
    for pid in winners if tie and (lengths or len(values) > 1) else ():  # each its own figure
        answer.add("sup_other", name=Bold(kb.projects[pid].name),
                   value=_value(kb.projects[pid], kind, lang, kb=kb))
    if beaten and described.projects:  # the best of those the page describes, too
        answer.add("sup_named_only", names=project_names(winners, kb),
                   best=project_names(described.projects, kb),
                   value=_value(kb.projects[described.projects[0]], kind, lang, kb=kb))
    if kind == "fewest_partners" and any(not kb.projects[i].counts for i in winners):
        answer.add("sup_fewest_counted")  # (what "2 organisations" counts where it names them)
    _uncertain(answer, known, winners, kind, kb, lang)
    missing = [i for i in pool if i not in known]
    if kind.endswith("_grant"):
        answer.add("amounts_known_for", items=some_names(tuple(known), kb, lang))
    elif missing:
        answer.add("sup_considered", n=len(known), what=reply_template(f"what_{what}", lang),
                   missing=reply_template(f"missing_{what}", lang),
                   items=some_names(missing, kb, lang))
    return answer


def _grant_unsettled(answer: Answer, kind: str, known: dict[str, Any], unknown: list[str],
                     kb: KnowledgeBase, lang: str) -> Answer:
    """ "Which of those three had the most money?" where the page gives the amounts of some of
    them only: it can't say (sets 18, 25, 26, 28, 40, 41 and 44 label it so, none answered);
    the amounts it gives, and whose it doesn't. Over all projects the largest known grant is
    named instead (docs/labels.md)."""
    order = in_ranked_order(kb, kind, tuple(known))
    answer.answered = False
    answer.projects = (*order, *unknown)
    answer.facts = [(pid, "amount") for pid in order]
    figures = Joined(tuple(Named(kb.projects[i].name,
                                 f" ({_value(kb.projects[i], kind, lang, kb=kb)})")
                           for i in order))
    answer.add(f"sup_unsettled_{kind}", n=len(order), known=figures,
               unknown=project_names(tuple(unknown), kb))
    return answer


def _named_winners(kind: str, known: dict[str, Any], kb: KnowledgeBase
                   ) -> dict[str, tuple[Any, Any]]:
    """The follow-ups the page only names whose figure beats every project it describes."""
    named = {i: k for i in list_index(kb).follow_ups if (k := _key(kb.projects[i], kind))}
    if not named or not known:
        return {}
    later = kind in HIGHEST_WINS
    best = (max if later else min)(v[0] for v in known.values())
    return {i: k for i, k in named.items() if (k[0] > best if later else k[0] < best)}


def _uncertain(answer: Answer, known: dict[str, Any], winners: tuple[str, ...], kind: str,
               kb: KnowledgeBase, lang: str) -> None:
    if kind.endswith(("_grant", "_partners")):
        return
    lo, hi = known[winners[0]][1]
    ranged = _ranged(kb, kind) & known.keys()  # only those not known exactly can tie unseen
    vague = [i for i in ranged if i not in winners and known[i][1][0] <= hi
             and known[i][1][1] >= lo]
    if lo != hi:
        vague += [i for i, (_, (a, b)) in known.items() if i not in winners and a <= hi
                  and b >= lo and i not in ranged]
    vague += [i for i in winners if _year_only(kb.projects[i])] if vague else []  # (a
    # winner dated by its year alone may tie only with one whose figure reaches into it)
    if vague:  # only years, or a month too ("Februar 2023"): not to the day
        years = all(_year_only(kb.projects[i]) for i in vague)
        key = "sup_uncertain" if years else "sup_uncertain_day"
        items = some_names(tuple(dict.fromkeys(vague)), kb, lang)
        beaten = templates().get("beaten", {}).get(kind)
        if beaten and any(_may_beat(known[i][1], (lo, hi), kind)
                          for i in vague if i not in winners):
            answer.add(f"{key}_beat", items=items, beaten=beaten[lang])
        else:
            answer.add(key, items=items)


def _may_beat(span: tuple[Any, Any], best: tuple[Any, Any], kind: str) -> bool:
    """Whether a figure known only within ``span`` may lie beyond the best one's ("2018 and
    2019" may be shorter than 14 months), not only level with it."""
    return span[1] > best[0] if kind in HIGHEST_WINS else span[0] < best[1]


def name_the_others(answer: Answer, pool: Sequence[str], kb: KnowledgeBase, lang: str) -> None:
    """ "Which lasted longer, ELISE or MAGIA?": after the winner, each other project's figure,
    or that the page doesn't give it."""
    kind = answer.ranking or ""
    keys = _keys(kb, kind)
    if answer.answered and kind in templates()["unsettled"] and \
            (missing := tuple(i for i in dict.fromkeys(pool) if i not in keys)):
        _unsettled(answer, kind, pool, missing, kb, lang)
        return
    first = answer.lines[0] if answer.lines else None
    if len(set(pool)) == 2 and all(p in keys for p in pool) and first is not None and \
            first.key == f"sup_{kind}" and f"cmp_{kind}" in templates()["replies"]:
        # of two: the comparative ("BONEBANK ran longer", "Länger lief BONEBANK")
        answer.lines[0] = Line(f"cmp_{kind}", first.slots)
    for pid in (*in_ranked_order(kb, kind, pool), *(i for i in pool if i not in keys)):
        if pid in answer.projects:  # (in the ranking's order: "HIHeal: 1 April 2016" after
            continue  # "BFCC: March 2016", whatever order they were named in)
        project = kb.projects[pid]
        answer.facts.append((pid, answer.facts[0][1] if answer.facts else "dates"))
        if pid in _keys(kb, kind):
            answer.add("sup_other", name=Bold(project.name),
                       value=_value(project, kind, lang, kb=kb))
        else:
            answer.add("sup_other_unknown", name=Bold(project.name))
            answer.answered = False


def _unsettled(answer: Answer, kind: str, pool: Sequence[str], missing: tuple[str, ...],
               kb: KnowledgeBase, lang: str) -> None:
    """ "and which had more partners?" of BFCC and BONEBANK, "which ran longer?" of KI#CK and
    BRIDGE 53: where the page gives the figure of only some of the projects compared, no
    winner (the one it doesn't give may beat it): which it can't say, the figures it gives and
    whose it doesn't, as of the grants (`_grant_unsettled`)."""
    order = in_ranked_order(kb, kind, tuple(dict.fromkeys(pool)))
    what = {"longest": "duration", "shortest": "duration", "most_partners": "partners",
            "fewest_partners": "partners", "most_countries": "countries",
            "most_targets": "targets"}.get(kind, "end" if kind.endswith("_end") else "start")
    said = reply_template(f"what_{what}", lang)
    answer.answered = False
    answer.projects = (*order, *missing)
    answer.facts = [(pid, "partners" if what == "countries" else what)
                    for pid in answer.projects]
    figures = Joined(tuple(Named(kb.projects[i].name,
                                 f" ({_value(kb.projects[i], kind, lang, kb=kb)})")
                           for i in order))
    answer.lines = [*(line for line in answer.lines if line.key == "sup_among_listed"),
                    Line("sup_unsettled", {
                        "ranked": t("unsettled", kind, lang), "known": figures,
                        "unknown": project_names(missing, kb),  # (a German sentence begins
                        "what": said[:1].upper() + said[1:] if lang == "de" else said})]


SIZES = data_file("intents")["sizes"]  # "bigger": what it can mean, by the last answer's topic


def sizes_told(word: str, filters: Filters, kb: KnowledgeBase, lang: str,
               base: tuple[str, ...] | None) -> Answer:
    """ "Was war das größte Projekt?", "was ELISE bigger than BFCC?": the page gives no size of
    a project, so what "largest" can mean on it, each ranking's winner (the most money, where
    it gives amounts; the most partners; the longest), not answered; of two, each one's figure
    besides."""
    told = Answer("superlative", answered=False)
    told.add("sup_size_meanings")
    pair = base if base is not None and len(base) == 2 else None
    for kind in dict.fromkeys(SIZES[word].values()):
        ranked = superlative_answer(kind, filters, kb, lang, base)
        if pair and ranked.answered:
            name_the_others(ranked, pair, kb, lang)
        told.lines += [line for line in ranked.lines[:None if pair else 2]  # (each winner, and
                       if not line.key.startswith("sup_considered")]  # what of it the page
        told.projects = tuple(dict.fromkeys((*told.projects, *ranked.projects)))  # gives)
        told.facts += ranked.facts
    if pair:
        told.projects = tuple(dict.fromkeys((*told.projects, *pair)))
    return told


def difference_answer(kind: str, pair: Sequence[str], kb: KnowledgeBase, lang: str) -> Answer:
    """ "By how much?" after two were compared: the difference of their figures, where the page
    gives both precisely enough; otherwise why it can't be said."""
    a, b = (kb.projects[i] for i in pair[:2])
    answer = Answer("superlative", projects=(a.id, b.id), ranking=kind)
    measure = "duration" if kind in ("longest", "shortest") else "amount" if \
        kind.endswith("_grant") else "end" if kind.endswith("_end") else "start" if \
        kind.startswith(("earliest", "latest")) else ""
    answer.facts = [(a.id, measure or "partners"), (b.id, measure or "partners")]
    figures = {p.id: _figure(p, measure) for p in (a, b)}
    missing = [p for p in (a, b) if figures[p.id] is None]
    rough = [p for p in (a, b) if figures[p.id] == ()]
    if not measure or missing or rough:
        answer.answered = False
        if not measure:  # partners: counted as organisations, clusters or regions
            answer.add("diff_units")
        elif missing:
            answer.add("diff_missing", name=Bold(missing[0].name))
        elif gap := _gap_bounds(a, b, measure):  # "um wie viel früher ungefähr?": between
            answer.answered = True  # the closest and the farthest the dates allow
            first, low, high = gap
            then = b if first is a else a
            answer.add(f"diff_{measure}_range", more=Bold(first.name), less=Bold(then.name),
                       low=fmt_duration(low, lang), high=fmt_duration(high, lang),
                       names=project_names(tuple(p.id for p in rough), kb))
        else:
            answer.add("diff_unsure", names=project_names(tuple(p.id for p in rough), kb))
        return answer
    (big, small) = (a, b) if figures[a.id][0] >= figures[b.id][0] else (b, a)
    diff = figures[big.id][0] - figures[small.id][0]
    if not diff:
        answer.add("diff_none", a=Bold(a.name), b=Bold(b.name))
        return answer
    if measure == "amount":
        approx = any(x.approx for p in (a, b) for x in p.amounts)  # "approx. 193,000 EUR":
        value = fmt_money(round(diff, -3) if approx else diff,  # no more exact than that
                          a.amounts[0].currency, approx, lang)
    else:
        value = fmt_duration(int(diff), lang)
    # the later date is the bigger figure: the earlier one started (ended) that much before
    more, less = (small, big) if measure in ("start", "end") else (big, small)
    dates = {p.id: fmt_date(getattr(p, measure), lang) for p in (a, b)} \
        if measure in ("start", "end") else {}  # (both dates, that the gap rests on)
    answer.add(f"diff_{measure}", more=Bold(more.name), less=Bold(less.name), diff=value,
               more_at=dates.get(more.id, ""), less_at=dates.get(less.id, ""))
    return answer


def _gap_bounds(a: Project, b: Project, measure: str
                ) -> tuple[Project, int, int] | None:
    """Of two starts (ends) one given only to the year: the earlier project, and the fewest and
    most months between them the dates allow (ELISE 1 January 2017, MAGIA in 2018: 12 to 23);
    None where the dates allow either order."""
    if measure not in ("start", "end"):
        return None
    spans = {}
    for p in (a, b):
        date = getattr(p, measure)
        if date is None:
            return None
        year_only = date.precision == "year"
        first = date.year * 12 + (1 if year_only else date.month or 1)
        spans[p.id] = (first, date.year * 12 + 12 if year_only else first)
    (a_lo, a_hi), (b_lo, b_hi) = spans[a.id], spans[b.id]
    if a_hi < b_lo:
        return a, b_lo - a_hi, b_hi - a_lo
    if b_hi < a_lo:
        return b, a_lo - b_hi, a_hi - b_lo
    return None


def _figure(project: Project, measure: str) -> tuple[float, ...] | None:
    """A project's figure to subtract: (value,), () where the page gives it too roughly, None
    where it gives none."""
    if measure == "duration":
        bounds = duration_bounds(project)
        return None if not bounds else (bounds[0],) if bounds[0] == bounds[1] else ()
    if measure == "amount":
        return (sum(x.value for x in project.amounts),) if project.amounts else None
    date = project.start if measure == "start" else project.end if measure == "end" else None
    if date is None:
        return None
    return () if date.precision == "year" else (date.year * 12 + (date.month or 1),)


def _vague_places(ids: Sequence[str], keys: dict[str, tuple[Any, Any]], kb: KnowledgeBase,
                  kind: str) -> tuple[str, ...]:
    """The projects of an ordered list the page dates by years only whose span of possible
    values reaches into another's ("longest first": MAGIA, "in 2018 and 2019", may have run
    from 13 to 24 months), so their place in the order is not certain."""
    ranged = _ranged(kb, kind)
    return tuple(i for i in ids if i in ranged and _year_only(kb.projects[i]) and any(
        j != i and j in keys and keys[j][1][0] <= keys[i][1][1] and
        keys[j][1][1] >= keys[i][1][0] for j in ids))


def _year_only(project: Project) -> bool:
    return any(d and d.precision == "year" for d in (project.start, project.end))


def _value(project: Project, kind: str, lang: str, dated: bool = True,
           kb: KnowledgeBase | None = None) -> str:
    if kind == "most_targets" and kb:  # "3 target countries (the United States, China, Japan)"
        return fill("value_named", lang, value=fill(
            "n_targets", lang, n=len(project.target_countries)), names=Joined(
            tuple(term(kb.places[c], lang) for c in project.target_countries)))
    if kind == "most_countries" and kb:  # "7 countries", "6 countries (Poland, …)"
        named = countries_counted(project, kb)
        said = fill("n_countries", lang, n=len(named))
        return said if not all(named) else fill("value_named", lang, value=said, names=Joined(
            tuple(term(kb.places[c], lang) for c in named)))
    if kind in ("longest", "shortest"):
        low, high = duration_bounds(project) or (0, 0)
        years = project.start and project.end and \
            project.start.precision == project.end.precision == "year"
        dash = "–" if years else " – "  # "2018–2019", "1. Januar 2017 – 31. Dezember 2021"
        span = f" ({fmt_date(project.start, lang)}{dash}{fmt_date(project.end, lang)})" \
            if project.start and project.end and dated else ""
        if low == high:
            return fmt_duration(low, lang) + span
        return f"{t('words', 'at_most', lang)} {fmt_duration(high, lang)}{span}"
    if kind == "fewest_partners" and not dict(project.counts):  # (those it names, lead too)
        return fill("count_organisations", lang, n=involved_count(project))
    if kind.endswith("_partners"):
        counts = dict(project.counts)
        key = "organisations" if counts.get("organisations") else \
            "partners" if project.partners else "regions"
        return fill(f"count_{key}", lang, n=partner_count(project))
    if kind.endswith("_grant"):
        total = sum(a.value for a in project.amounts)
        approx = any(a.approx for a in project.amounts)
        return fmt_money(total, project.amounts[0].currency, approx, lang)
    date = project.end if kind.endswith("_end") else project.start
    return fmt_date(date, lang) if date else ""


def concurrent_answer(intent: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "wie viele Projekte liefen maximal gleichzeitig?": the most projects the page dates in
    one year, which they were, and the count of each year; counted by year where the page
    gives some dates only as years, and the projects it gives no dates for named, not counted
    (the follow-ups it only names are no past projects, as in the list of them)."""
    described = [p for p in kb.projects.values() if not p.follow_up_only]
    dated = [p for p in described if p.start and p.end]
    by_year: dict[int, list[str]] = defaultdict(list)
    for p in dated:
        for year in range(p.start.year, p.end.year + 1):  # type: ignore[union-attr]
            by_year[year].append(p.id)
    answer = Answer(intent, projects=tuple(p.id for p in described))  # (the undated named)
    if not by_year:
        answer.answered = False
        answer.add("concurrent_undated", names=project_names([p.id for p in described], kb))
        return answer
    most = max(len(ids) for ids in by_year.values())
    top = sorted(y for y, ids in by_year.items() if len(ids) == most)
    answer.add("concurrent_most", count=most, years=join([str(y) for y in top], lang))
    for year in top:
        answer.add("concurrent_year", year=year, names=project_names(by_year[year], kb))
    answer.add("concurrent_per_year", counts=", ".join(
        f"{y}: {len(by_year[y])}" for y in sorted(by_year)))
    only_years = [p.id for p in dated if "year" in (p.start.precision, p.end.precision)]
    if only_years:  # ("MAGIA: in 2018 and 2019": whether it overlapped BFCC's last months of
        answer.add("concurrent_by_year", names=project_names(only_years, kb))  # 2019, the
        # page doesn't say)
    undated = [p.id for p in described if p not in dated]
    if undated:
        answer.add("concurrent_undated", names=project_names(undated, kb))
    return answer


def with_average_length(answer: Answer, ids: tuple[str, ...], kb: KnowledgeBase, lang: str
                        ) -> Answer:
    """ "wie lange liefen die Projekte im Schnitt?": first the mean of the lengths the page
    gives (stated, or from dates to the month), naming those it gives none for (MAGIA's years
    only, BRIDGE 53's none); the lengths of each follow."""
    lengths = {pid: duration_months(kb.projects[pid]) for pid in ids}
    known = [m for m in lengths.values() if m]
    if len(known) < 2:
        return answer
    answer.lines.insert(0, Line("duration_average", {
        "count": len(known), "length": fmt_duration(round(sum(known) / len(known)), lang)}))
    unknown = [pid for pid, m in lengths.items() if not m]
    if unknown:
        answer.lines.insert(1, Line("duration_average_without", {
            "names": project_names(unknown, kb)}))
    answer.answered = True
    return answer

