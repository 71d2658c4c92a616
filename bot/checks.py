"""Yes/no questions: the claim a clause makes about a project, checked against the knowledge base.

A claim is read from what the clause names besides its subject: another project and a relation
("Was BRIDGE 53 part of HIHeal?"), a status ("Is MAGIA still running?"), or filters (a funder,
place, organisation, topic or years: "Did the ESF fund ELISE?"). Filters are checked with the
same ``select`` that makes lists, so a yes/no and a list never disagree. The verdict is "yes",
"no" or "the page doesn't say", followed by the fact it rests on.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answers import PROJECT_BUILDERS, Answer, name, project_names
from bot.knowledge import KnowledgeBase, Project
from bot.lists import select
from bot.query import RELATIONS, claim_of, phrases
from bot.text import normalize
from bot.understanding import Filters, Understanding

YES, NO, UNKNOWN = "yes", "no", "unknown"


def check(u: Understanding, text: str, subject: tuple[str, ...], kb: KnowledgeBase,
          lang: str) -> Answer | None:
    """The answer to a yes/no question, or None when it holds no claim we can check."""
    tokens = normalize(text).split()
    others = tuple(p for p in u.projects if p not in subject[:1])
    if not subject:
        return None
    pid = subject[0]
    if others and (relation := _relation_kind(tokens, u)):
        return _relation(pid, others[0], relation, kb, lang)
    if claim_of(tokens) == "same_year" and len(subject) >= 2:
        return _same_year(subject[:2], u, kb, lang)
    if u.filters.years:
        return _filters(pid, replace(u.filters, funders=(), places=(), organisations=(),
                                     topics=()), "years", u, kb, lang)
    for kind in ("funders", "places", "organisations", "topics"):
        if getattr(u.filters, kind):
            return _filters(pid, u.filters, kind, u, kb, lang)
    if (claim := claim_of(tokens)) in ("running", "ended"):
        return _status(kb.projects[pid], claim, kb, lang)
    return None


def _relation_kind(tokens: list[str], u: Understanding) -> str | None:
    scores = dict(u.scores)
    for kind in RELATIONS:
        words = phrases().hops[kind]
        if scores.get(kind, 0) >= 1 or any(w in " ".join(tokens) for w in words if " " in w) \
                or set(tokens) & words:
            return kind
    return None


def verdict(kind: str, lines_from: Answer, intent: str, projects: tuple[str, ...]) -> Answer:
    """ "Yes." / "No." / "The page doesn't say." before the facts it rests on."""
    result = Answer(intent, projects=projects, answered=kind != UNKNOWN)
    result.add(f"verdict_{kind}")
    result.lines.extend(lines_from.lines)
    return result


def _facts(intent: str, pid: str, kb: KnowledgeBase, lang: str,
           asks: frozenset[str] = frozenset()) -> Answer:
    facts = Answer(intent, projects=(pid,), asks=asks)
    PROJECT_BUILDERS[intent](kb.projects[pid], kb, lang, facts)
    return facts


# --------------------------------------------------------------------------- relations


def _relation(pid: str, other: str, kind: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Was BRIDGE 53 part of HIHeal?", "Did MAGIA2Market follow MAGIA?"."""
    p, o = kb.projects[pid], kb.projects[other]
    links = {
        "part_of": p.part_of == other,
        "follow_up": p.follows == other or other in o.continued_by,
        "predecessor": p.follows == other or other in o.continued_by,
    }
    reverse = {
        "part_of": o.part_of == pid,
        "follow_up": o.follows == pid or pid in p.continued_by,
        "predecessor": o.follows == pid or pid in p.continued_by,
    }
    facts = Answer("relations", projects=(pid, other))
    builder = PROJECT_BUILDERS["relations"]
    if links[kind]:
        builder(p, kb, lang, facts)
        return verdict(YES, facts, kind, (pid, other))
    if reverse[kind]:  # the link runs the other way: state it, without a yes or a no
        builder(o, kb, lang, facts)
        facts.intent = kind
        return facts
    builder(p, kb, lang, facts)
    return verdict(NO, facts, kind, (pid, other))


# --------------------------------------------------------------------------- status and years


def _status(p: Project, claim: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Is MAGIA still running?": No. "Has BFCC ended?": Yes. A follow-up the page only
    names has no end date: the page doesn't say."""
    if p.follow_up_only:
        return verdict(UNKNOWN, _facts("status", p.id, kb, lang), "status", (p.id,))
    ended = True  # every project on the page is a past project; only follow-ups run on
    kind = YES if (claim == "ended") == ended else NO
    facts = _facts("dates", p.id, kb, lang) if p.end else Answer("status").add(
        "status_past_undated", name=name(p))
    if p.continued_by:
        facts.add("status_continued", other=project_names(p.continued_by, kb))
    return verdict(kind, facts, "status", (p.id,))


def _same_year(ids: tuple[str, ...], u: Understanding, kb: KnowledgeBase, lang: str) -> Answer:
    """ "So they started in the same year?" over the two projects just compared."""
    which = {"started": "start", "ended": "end"}.get(u.filters.mode, "start")
    dates = [getattr(kb.projects[i], which) for i in ids]
    facts = Answer(which, projects=ids)
    for i in ids:
        PROJECT_BUILDERS[which](kb.projects[i], kb, lang, facts)
    if not all(dates):
        return verdict(UNKNOWN, facts, which, ids)
    same = dates[0].year == dates[1].year
    return verdict(YES if same else NO, facts, which, ids)


# --------------------------------------------------------------------------- filters


_EVIDENCE = {"funders": "funding", "places": "places", "organisations": "partners",
             "topics": "overview"}


def _filters(pid: str, filters: Filters, kind: str, u: Understanding, kb: KnowledgeBase,
             lang: str) -> Answer:
    """A funder, place, organisation, topic or years, checked as a list over one project."""
    p = kb.projects[pid]
    if kind == "organisations" and _asks_lead(u):
        return _lead(p, filters.organisations, kb, lang)
    chosen = select(kb, filters, (pid,))
    intent = _year_intent(filters) if kind == "years" else _EVIDENCE[kind]
    facts = _facts(intent, pid, kb, lang, u.asks)
    if pid in chosen.ids:
        return verdict(YES, facts, intent, (pid,))
    if pid in chosen.undated or _unnamed_places(p, filters, kind) or kind == "topics":
        return verdict(UNKNOWN, facts, intent, (pid,))
    return verdict(NO, facts, intent, (pid,))


def _year_intent(filters: Filters) -> str:
    return {"started": "start", "ended": "end"}.get(filters.mode, "dates")


def _asks_lead(u: Understanding) -> bool:
    return dict(u.scores).get("lead", 0) >= 1


def _lead(p: Project, orgs: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    """ "Hat LSN P.I.L.O.T. geleitet?": the page's lead, not its partners."""
    facts = _facts("lead", p.id, kb, lang)
    if not p.lead:
        return verdict(UNKNOWN, facts, "lead", (p.id,))
    return verdict(YES if set(orgs) <= set(p.lead) else NO, facts, "lead", (p.id,))


def _unnamed_places(p: Project, filters: Filters, kind: str) -> bool:
    """BFCC's partners came from seven countries the page doesn't name: a country we can't rule
    out."""
    return kind == "places" and "countries" in dict(p.counts) and not p.countries and \
        not any(x.country for x in p.partners)
