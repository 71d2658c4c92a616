"""Answers: build each reply as data (template keys and slots), then render it.

Builders read facts only from the knowledge base. Where the page is silent they say so, offer what
is known, and mark the answer as not answered. Rendering fills the templates of
``bot/data/templates.yaml`` as plain text (terminal, JSON lines) or escaped Telegram HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from bot.datafiles import data_file
from bot.knowledge import Amount, GermanForms, KnowledgeBase, PartialDate, Project, Text
from bot.records import quick_init
from bot.text import normalize

_DOUBLE_DOT = re.compile(r"(?<!\.)\.\.(?!\.)")
_SPACE_COMMA = re.compile(r" +,")  # a relative clause's own comma after a slot's space
INLINE = frozenset({"verdict_yes", "verdict_no", "verdict_contradicted", "disputed_yes",
                    "disputed_no"})  # followed on one line


class Bold(str):
    """A slot value shown in bold in HTML (project names)."""


@quick_init
@dataclass(frozen=True)
class Line:
    """One sentence of a reply: a template key and its slot values."""

    key: str
    slots: dict[str, Any] = field(default_factory=dict)


@dataclass
class Answer:
    """A reply as data, before rendering."""

    intent: str
    projects: tuple[str, ...] = ()
    answered: bool = True
    lines: list[Line] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, query)
    choices: tuple[str, ...] = ()  # project ids offered as choices
    listed: tuple[str, ...] = ()  # project ids of a list answer
    parts: tuple[str, ...] = ()  # listed only as part of another listed one (BRIDGE 53)
    pending: str | None = None  # the question type waiting for a choice
    list_mode: str | None = None  # how a year filter was read: active, started, ended
    list_years: tuple[int, int] | None = None  # the years of a list's year filter
    list_month: int | None = None  # the month of a list's date filter ("im Februar 2023")
    asks: frozenset[str] = frozenset()  # what exactly was asked: names, count, countries, ...
    timeline: dict[str, Any] | None = None  # what a front end should draw as a picture
    focus: tuple[str, ...] | None = None  # what "it" means next, where not the projects
    hop: bool = False  # only says where a link leads, before the answer about the project reached
    named: list[str] = field(default_factory=list)  # other projects a builder's sentence names
    answered_by_builder: bool = True  # what one builder said of its own facts
    ranking: str | None = None  # the superlative this answer ranked by ("longest")
    facts: list[tuple[str, str]] = field(default_factory=list)  # (project, aspect) it used
    claim: tuple[str, ...] = ()  # a yes/no checked: its words and subject, for "and KI#CK?"
    asked: tuple[str, ...] = ()  # the questions of a reply to several, for "and BFCC?" next
    ranked_in: tuple[str, ...] = ()  # the list a ranking ranked, for "and which ended last?"
    via: str | None = None  # the link a hop took ("follow_up"), for "und der von HIHeal?" next
    listed_by: str | None = None  # the aspect a list was of ("which have an amount?"), which
    # "what about BFCC?" next asks of BFCC
    rest: tuple[str, ...] = ()  # of a list under conditions, the projects they don't hold for
    unknown: tuple[str, ...] = ()  # and those the page gives no data for: "und welche nicht?"
    conditions: str = ""  # the list's conditions in words, for the title of that rest
    against: tuple[str, ...] = ()  # a list measured against its subject's date: (relation,
    # own date, its date), for "und welche starteten danach?"

    def build(self, kind: str, project: Project, kb: KnowledgeBase, lang: str) -> bool:
        """Add what one builder says of a project, and note the fact for the sources."""
        self.facts.append((project.id, kind))
        return PROJECT_BUILDERS[kind](project, kb, lang, self)

    def add(self, key: str, **slots: Any) -> Answer:
        self.lines.append(Line(key, slots))
        return self

    def told_about(self) -> tuple[str, ...]:
        """The projects the reply is about, without those a sentence only names on the way
        ("Follow-up of: P.I.L.O.T."): what "it" means next."""
        return tuple(p for p in self.projects if p not in self.named) or self.projects


# --------------------------------------------------------------------------- templates


@cache
def templates() -> dict[str, Any]:
    """The reply templates (kept: looked up some twenty times a reply)."""
    return data_file("templates")


def t(section: str, key: str, lang: str) -> str:
    return templates()[section][key][lang]


@cache
def reply_template(key: str, lang: str) -> str:
    return t("replies", key, lang)


@cache
def _html_template(key: str, lang: str) -> str:
    """A reply template with its own marks escaped for HTML (each escaped once, not per reply)."""
    return html.escape(reply_template(key, lang), quote=False)


def fill(key: str, lang: str, **slots: Any) -> str:
    """A reply template filled as plain text, with the German forms its slots ask for."""
    return reply_template(key, lang).format_map({k: _Slot(v, lang, False)
                                                  for k, v in slots.items()})


def _escape(value: Any, as_html: bool) -> str:
    text = str(value)
    if not as_html:
        return text
    escaped = html.escape(text, quote=False) if "&" in text or "<" in text or ">" in text \
        else text  # (what html.escape changes: most slots hold none of it)
    return f"<b>{escaped}</b>" if isinstance(value, Bold) else escaped


def render(answer: Answer, lang: str, as_html: bool = False) -> str:
    """Fill the templates; in HTML every slot value is escaped. A yes or a no opens the line
    after it ("No. ELISE was funded by Interreg Europe."). A slot may ask for a German case or
    preposition, "{x:dat}" or "{x:zu}" (see `inflect`)."""
    out = ""
    lines = answer.lines
    if len(lines) > 1 and lines[0].key == "verdict_unknown" and len(answer.projects) == 1 \
            and lines[1].key == f"{answer.intent}_unknown":  # of one project, "The page doesn't
        lines = lines[1:]  # say who funded …" says the bare "The page doesn't say." before it
    for i, line in enumerate(lines):
        template = (_html_template if as_html else reply_template)(_number(line), lang)
        slots = {k: _Slot(v, lang, as_html) for k, v in line.slots.items()}
        joint = "" if not i else " " if lines[i - 1].key in INLINE else "\n"
        out += joint + _tidied(template.format_map(slots))
    return out


def _tidied(text: str) -> str:
    """A line without a double full stop (a slot's own stop before the template's) or a space
    before a comma; the patterns run only on the few lines that have the marks."""
    if ".." in text:
        text = _DOUBLE_DOT.sub(".", text)
    return _SPACE_COMMA.sub(",", text) if " ," in text else text


SUBJECTS = ("names", "others")  # slots that are a sentence's subject, its verb agreeing


def _number(line: Line) -> str:
    """The template for a line: its "_one" form where it has one and the line counts one thing
    (n == 1, or a single item or amount), so the words agree ("1 Projekt, für das", "ob es
    dazugehört", "Betrag:");
    its "_many" form where its subject names several ("Als Erstes endeten InnoReAct und
    MAGIA2Market")."""
    replies = templates()["replies"]
    if line.key + "_many" in replies and any(
            isinstance(line.slots.get(k), Joined) and len(line.slots[k].items) > 1
            for k in SUBJECTS):
        return line.key + "_many"
    one = line.key + "_one"
    if one not in replies:
        return line.key
    n, items = line.slots.get("n"), line.slots.get("items", line.slots.get("amounts"))
    single = n == 1 if n is not None else isinstance(items, Joined) and len(items.items) == 1
    return one if single else line.key


@dataclass(slots=True)
class _Slot:
    """A slot value waiting for its format spec (the case or preposition a template asks).
    Made for every slot of every reply twice and read once: not frozen, as a frozen one's
    fields are set through object.__setattr__ one by one."""

    value: Any
    lang: str
    as_html: bool

    def __format__(self, spec: str) -> str:
        value = self.value
        if type(value) is str and not spec and (not self.as_html or not (
                "&" in value or "<" in value or ">" in value)):
            return value  # (a plain text that asks no case and has nothing to escape: most)
        return _render_slot(value, self.lang, self.as_html, spec)


def _render_slot(value: Any, lang: str, as_html: bool, spec: str = "") -> str:
    if isinstance(value, Joined):
        return value.render(lang, as_html, spec)
    if isinstance(value, Named):
        bold = _around(_escape(Bold(value.name), as_html), lang, as_html, spec)
        return bold + _escape(value.detail, as_html)
    if isinstance(value, Term | DateText):
        return _escape(format(value, spec), as_html)
    rendered = _escape(value, as_html)
    return _around(rendered, lang, as_html, spec) if spec else rendered  # (most have no spec)


def _around(rendered: str, lang: str, as_html: bool, spec: str) -> str:
    """A rendered name with the preposition a spec asks for ("von <b>HIHeal</b>")."""
    if not spec:
        return rendered
    phrase = inflect(lang, "\0", None, spec)
    return _escape(phrase, as_html).replace("\0", rendered)


# --------------------------------------------------------------------------- German forms


ARTICLE = "the"  # the spec of an English slot whose names may take "the"


def inflect(lang: str, text: str, forms: GermanForms | None, spec: str) -> str:
    """A name in the case a template asks for: a case ("dat") or a preposition ("zu", "von"),
    which also gives its case and contracts with the article ("zum Ostseeraum", "vom 1.").
    A genitive the name lacks becomes "von" with the dative. English names do not change."""
    grammar = templates()["grammar"].get(lang, {})
    cases = grammar.get("cases", {})
    case, prep = (cases[spec], spec) if spec in cases else (spec, "")
    if lang == "de" and case == "gen" and not (forms and forms.get("gen")):
        return inflect(lang, text, forms, grammar["genitive_instead"])
    form = (forms.get(case) if forms and case else None) or text
    phrase = f"{prep} {form}".strip()
    for long, short in grammar.get("contractions", {}).items():
        if phrase.startswith(long + " "):
            return short + phrase[len(long):]
    return phrase


class Term(str):
    """A name of a funder, place, organisation or topic that knows its German forms, and
    whether English puts "the" before it (asked for by the spec "the" in a template)."""

    forms: GermanForms | None
    lang: str
    article: str | None

    def __new__(cls, text: str, forms: GermanForms | None = None, lang: str = "en",
                article: str | None = None) -> Term:
        term = super().__new__(cls, text)
        term.forms, term.lang = (forms if lang == "de" else None), lang
        term.article = article if lang == "en" else None
        return term

    def __format__(self, spec: str) -> str:
        text = str.__str__(self)
        if spec == ARTICLE:
            return f"{self.article} {text}" if self.article else text
        return inflect(self.lang, text, self.forms, spec) if spec else text


class DateText(str):
    """A date in words that can take its preposition: "vom 1. Januar 2017", "bis März 2016"."""

    date: PartialDate
    lang: str

    def __new__(cls, text: str, date: PartialDate, lang: str) -> DateText:
        out = super().__new__(cls, text)
        out.date, out.lang = date, lang
        return out

    def __format__(self, spec: str) -> str:
        text = str.__str__(self)
        key = f"{spec}_{self.date.precision}"
        if spec and key in templates()["words"]:
            return t("words", key, self.lang).format(date=text)
        return inflect(self.lang, text, None, spec) if spec else text


def term(record: Any, lang: str) -> Term:
    """A funder's, place's, organisation's or topic's name as a slot value."""
    text = record.name if isinstance(record.name, str) else record.name.get(lang)
    return Term(text, getattr(record, "de_forms", None), lang, getattr(record, "en_article", None))


@quick_init
@dataclass(frozen=True)
class Named:
    """A project name (bold in HTML) followed by plain detail, e.g. "BFCC (2016–2019)"."""

    name: str
    detail: str = ""


@quick_init
@dataclass(frozen=True)
class Joined:
    """A list rendered as "A, B and C" with each item escaped on its own."""

    items: tuple[Any, ...]
    conjunction: str = "and"

    def render(self, lang: str, as_html: bool, spec: str = "") -> str:
        """Each item escaped on its own; a preposition only before the first, the case it
        governs on every item ("von der EU und dem Land")."""
        case = templates()["grammar"].get(lang, {}).get("cases", {}).get(spec, spec)
        parts = [_render_slot(item, lang, as_html, spec if i == 0 else case)
                 for i, item in enumerate(self.items)]
        word = t("words", self.conjunction, lang)
        if len(parts) <= 1:
            return "".join(parts)
        return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


def join(items: list[Any], lang: str, conjunction: str = "and") -> str:
    return Joined(tuple(items), conjunction).render(lang, False)


# --------------------------------------------------------------------------- formatting


def fmt_date(date: PartialDate, lang: str) -> DateText:
    month = templates()["months"][lang][date.month - 1] if date.month else ""
    key = f"date_{date.precision}"
    return DateText(t("words", key, lang).format(day=date.day, month=month, year=date.year),
                    date, lang)


def fmt_when(date: PartialDate, lang: str, kind: str = "at") -> str:
    """ "in March 2016", "on 1 January 2017", "since April 2023" in either language."""
    prefix = {"day": "on", "month": "in", "year": "in"}[date.precision] if kind == "at" else kind
    return t("words", f"{prefix}_{date.precision}", lang).format(date=fmt_date(date, lang))


def months_between(start: PartialDate, end: PartialDate) -> int:
    """Length in whole months at the page's precision (end inclusive)."""
    if start.precision == "year" or end.precision == "year":
        return (end.year - start.year + 1) * 12
    months = (end.year - start.year) * 12 + (end.month or 12) - (start.month or 1) + 1
    if start.day and end.day:
        after = end.upper().toordinal() + 1 - start.lower().toordinal()
        months = round(after / 30.44)
    return months


def duration_months(project: Project) -> int | None:
    """The stated duration, or one computed from dates; None where only years are given."""
    if project.duration_months:
        return project.duration_months
    if project.start and project.end and "year" not in (project.start.precision,
                                                        project.end.precision):
        return months_between(project.start, project.end)
    return None


def fmt_duration(months: int, lang: str, stated: bool = False) -> str:
    """ "3 years", "14 months", "6 years and 9 months"; a length the page states as "two-year"
    is written as it does ("two years")."""
    years, rest = divmod(months, 12)
    if rest and years < 2:
        years, rest = 0, months
    figure = (lambda n: spelled(n, lang)) if stated else str
    parts = []
    if years:
        parts.append(t("words", "year", lang) if years == 1 else
                     t("words", "years", lang).format(n=figure(years)))
    if rest or not years:
        parts.append(t("words", "month", lang) if rest == 1 else
                     t("words", "months", lang).format(n=figure(rest)))
    return join(parts, lang)


def project_duration(project: Project, lang: str) -> str:
    """How long a project ran: in the page's words where it states the length, else worked
    out from its dates."""
    return fmt_duration(duration_months(project) or 0, lang, bool(project.duration_months))


def spelled(n: int, lang: str) -> str:
    """A small figure as the page writes it ("seven", "sieben"); larger ones in digits."""
    words = templates()["numbers"][lang]
    return words[n] if 2 <= n < len(words) else str(n)


def fmt_money(value: float, currency: str, approx: bool, lang: str) -> str:
    whole = f"{value:,.2f}".removesuffix(".00")
    symbol = "€" if currency == "EUR" else currency
    if lang == "de":
        whole = whole.replace(",", "\0").replace(".", ",").replace("\0", ".")
        text = f"{whole} {symbol}"
    else:
        text = f"{symbol}{whole}"
    return f"{t('words', 'about', lang)} {text}" if approx else text


def fmt_rounded(value: float, currency: str, lang: str) -> str:
    """An amount in millions to one decimal, or in thousands: "about €1.2 million"."""
    key, n = ("millions", value / 1e6) if value >= 1e6 else ("thousands", value / 1e3)
    figure = f"{n:,.1f}".removesuffix(".0") if key == "millions" else f"{n:,.0f}"
    if lang == "de":
        figure = figure.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return t("words", key, lang).format(n=figure, symbol="€" if currency == "EUR" else currency)


def name(project: Project) -> Bold:
    return Bold(project.name)


# --------------------------------------------------------------------------- facts


def funder_names(ids: tuple[str, ...] | list[str], kb: KnowledgeBase, lang: str) -> Joined:
    return Joined(tuple(term(kb.funders[f], lang) for f in ids))


def funding_text(project: Project, kb: KnowledgeBase, lang: str) -> Any:
    if project.funding_note:
        return project.funding_note.get(lang)
    return funder_names(project.funding, kb, lang)


def org_names(ids: tuple[str, ...], kb: KnowledgeBase, lang: str = "en") -> Joined:
    return Joined(tuple(term(kb.organisations[o], lang) for o in ids))


def project_names(ids: tuple[str, ...] | list[str], kb: KnowledgeBase,
                  conj: str = "and") -> Joined:
    return Joined(tuple(Bold(kb.projects[p].name) for p in ids), conj)


def date_range(project: Project, lang: str) -> str | None:
    if project.start and project.end:
        return fill("range", lang, start=fmt_date(project.start, lang),
                    end=fmt_date(project.end, lang))
    if project.start:
        return fmt_when(project.start, lang, "since")
    return None


def amount_items(amounts: tuple[Amount, ...], kb: KnowledgeBase, lang: str) -> Joined:
    items = []
    for amount in amounts:
        kind = reply_template("grant_volume", lang) if amount.kind == "grant volume" else ""
        items.append(fill(
            "amount_item", lang, value=fmt_money(amount.value, amount.currency, amount.approx,
                                                 lang),
            kind=kind, sources=funder_names(amount.sources, kb, lang)))
    return Joined(tuple(items), "plus")  # "… von der EU und dem Land sowie ca. 249.000 € …"


# --------------------------------------------------------------------------- project builders


Builder = Callable[[Project, KnowledgeBase, str, Answer], bool]


def build_overview(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if "full_name" in a.asks:  # "what does P.I.L.O.T. stand for?": the name, not the card
        other = next((x for x in ("en", "de") if x != lang and f"name_in_{x}" in a.asks), None)
        if other and p.full_name:  # "wie heißt das auf Englisch?": the page's name in English
            a.add(f"name_in_{other}", name=name(p), full=p.full_name.get(other))
            return True
        if p.full_name:
            a.add("full_name", name=name(p), full=p.full_name.get(lang))
            return True
        a.add("full_name_unknown", name=name(p))
        a.add("known_summary", text=p.summary.get(lang))
        return False
    full = f" ({p.full_name.get(lang)})" if p.full_name else ""
    a.add("card_title", name=name(p), full=full)
    a.add("raw", text=p.summary.get(lang))
    if rng := date_range(p, lang):
        a.add("card_dates", range=rng)
    if p.funding:
        a.add("card_funding", funders=funding_text(p, kb, lang))
    if p.lead and p.together_with:
        a.add("card_lead_together", lead=org_names(p.lead, kb, lang),
              others=org_names(p.together_with, kb, lang))
    elif p.lead:  # (where the page tells the lead only by what it did, its lead_note: "run")
        a.add("card_run_by" if p.lead_note else "card_lead", lead=org_names(p.lead, kb, lang))
    if p.part_of or p.part_of_external:
        a.add("card_part_of", parent=parent_name(p, kb, lang))
    if p.follows:
        a.add("card_follows", other=name(kb.projects[p.follows]))
        if p.follow_up_only and "details" not in a.asks:  # a follow-up the page only
            a.named.append(p.follows)  # names is told by its link
    if p.continued_by:
        a.add("card_continued", other=project_names(p.continued_by, kb))
    return not (p.follow_up_only and "details" in a.asks)  # "Worum geht es bei HIHeal next
    # level transition genau?": a follow-up the page only names is not described in detail


def summary_answer(ids: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    """What a project is in one line (its name and the page's summary): the answer to "what
    was it?" beside other questions in one message, where the whole card would repeat them."""
    answer = Answer("overview", projects=ids)
    for pid in ids:
        p = kb.projects[pid]
        answer.facts.append((pid, "summary"))
        answer.add("card_title", name=name(p),
                   full=f" ({p.full_name.get(lang)})" if p.full_name else "")
        answer.add("raw", text=p.summary.get(lang))
        if p.follow_up_only and p.follows:  # "pilot next level: what is it and since
            answer.add("card_follows", other=name(kb.projects[p.follows]))  # when?": a
            answer.named.append(p.follows)  # follow-up the page only names is told by its link
    answer.projects = tuple(dict.fromkeys((*ids, *answer.named)))
    return answer


def build_dates(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    months = duration_months(p)
    if p.start and p.end:
        key, duration = ("dates", project_duration(p, lang)) if months else ("dates_plain", "")
        a.add(key, name=name(p), start=fmt_date(p.start, lang), end=fmt_date(p.end, lang),
              duration=duration)
        return _to_the_day(a, lang, p.start, p.end)
    if p.start:
        a.add("dates_open", name=name(p), start=fmt_when(p.start, lang))
        return True
    if months:
        a.add("dates_duration_only", name=name(p), duration=project_duration(p, lang))
    else:
        a.add("dates_unknown", name=name(p))
    _offer_related_dates(p, kb, lang, a)
    return False


def _offer_related_dates(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> None:
    parent = kb.projects.get(p.part_of or "")
    if parent and parent.start and parent.end:
        a.add("dates_parent", parent=name(parent), start=fmt_date(parent.start, lang),
              end=fmt_date(parent.end, lang))
        a.facts.append((p.id, "part_of"))  # the link is said: "and that one?" then needs no step
    before = kb.projects.get(p.follows or "")
    if before and before.end:
        a.add("dates_predecessor", other=name(before), end=fmt_when(before.end, lang))
        a.facts.append((p.id, "predecessor"))


def _one_date(which: str) -> Builder:
    """The start or the end of a project, or what is known instead."""

    def build(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
        date = getattr(p, which)
        if date:
            a.add(which, name=name(p), **{which: fmt_when(date, lang)})
            return _to_the_day(a, lang, date)
        a.add(f"{which}_unknown", name=name(p))
        build_dates_hint(p, kb, lang, a)
        return False

    return build


def _to_the_day(a: Answer, lang: str, *dates: PartialDate) -> bool:
    """ "On which day did BFCC start?", "in which month?": where the page gives less, say so.
    Asked how exact the dates are ("mit Tag oder nur Monat?"), to what the page gives them."""
    if "precision" in a.asks:
        kinds = [d.precision for d in dates]
        if len(set(kinds)) == 1:
            a.add(f"precision_{'both' if len(dates) > 1 else 'one'}_{kinds[0]}")
        else:
            a.add("precision_mixed", start=t("words", f"precision_{kinds[0]}", lang),
                  end=t("words", f"precision_{kinds[-1]}", lang))
        return True
    if "day" in a.asks:
        vague = [d for d in dates if d.precision != "day"]
        if vague:
            a.add(f"only_{vague[0].precision}")
            return False
    elif "month" in a.asks:  # "In which month of 2018 did MAGIA begin?"
        vague = [d for d in dates if d.precision == "year"]
        if vague:
            a.add("only_year_no_month")
            return False
    return True


def build_dates_hint(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> None:
    if p.start:
        a.add("dates_open", name=name(p), start=fmt_when(p.start, lang))
    elif duration_months(p):
        a.add("dates_duration_hint", duration=project_duration(p, lang))
    _offer_related_dates(p, kb, lang, a)


def build_duration(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    months = duration_months(p)
    if months and p.start and p.end:
        a.add("duration", name=name(p), duration=project_duration(p, lang),
              start=fmt_date(p.start, lang), end=fmt_date(p.end, lang))
        _duration_in_unit(p.start, p.end, months, a)
        return True
    if months:
        a.add("duration_stated", name=name(p), duration=project_duration(p, lang))
        return True
    if p.start and p.end:
        a.add("duration_years", name=name(p), start=fmt_date(p.start, lang),
              end=fmt_date(p.end, lang))
        return True
    a.add("duration_unknown", name=name(p))
    build_dates_hint(p, kb, lang, a)
    return False


def _duration_in_unit(start: PartialDate, end: PartialDate, months: int, a: Answer) -> None:
    """The length in the unit asked ("how many months …?", "wie viele Wochen …?") where the
    length as said is not already in it: days and weeks exactly only from the days the page
    gives, else roughly from its months."""
    if "in_months" in a.asks and months >= 12 and (months >= 24 or months % 12 == 0):
        a.add("duration_in_months", n=months)
    elif a.asks & {"in_weeks", "in_days"}:
        days = end.upper().toordinal() + 1 - start.lower().toordinal()
        a.add("duration_in_days" if start.day and end.day else "duration_no_days", days=days,
              weeks=round(days / 7))


def build_status(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if p.follow_up_only and p.start and "already" in a.asks:  # "Läuft P.I.L.O.T. Next Level
        a.add("verdict_yes")  # schon?": it has begun, and the page gives no end
        a.add("dates_open", name=name(p), start=fmt_when(p.start, lang))
        return True
    if p.follow_up_only:
        before = kb.projects[p.follows] if p.follows else p
        since = " " + fmt_when(p.start, lang, "since") if p.start else ""
        a.add("status_follow_up", other=name(before), since=since)
        return False
    if not p.end:  # listed among the past projects, but with no end: no yes or no
        a.add("status_past_undated", name=name(p))
        return False
    a.add("status_ended", name=name(p), end=fmt_date(p.end, lang))
    if p.continued_by:
        a.add("status_continued", other=project_names(p.continued_by, kb))
    return True


def _repeats(p: Project, text: Text) -> bool:
    """Whether a project's summary mostly says again what this text says ("kick zielgruppe":
    KI#CK's summary is its goal in other words, so the two said the same twice): at least half
    its longer words (by their first five letters) are in the text. Judged in English, so that
    both languages answer alike."""
    def stems(said: str) -> set[str]:
        return {w[:5] for w in normalize(said).split() if len(w) >= REPEAT_LETTERS}
    summary = stems(p.summary.en) if p.summary else set()
    return not summary or len(summary & stems(text.en)) >= len(summary) / 2


REPEAT_LETTERS = 5  # words shorter than this ("the", "with") say too little to count


def build_funding(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if p.funding:
        a.add("funding", name=name(p), funders=funding_text(p, kb, lang))
        if p.amounts:
            _amounts(p, kb, lang, a)
        return True
    parent = kb.projects.get(p.part_of or "")
    if parent and parent.funding:
        a.add("funding_parent", name=name(p), parent=name(parent),
              funders=funding_text(parent, kb, lang))
        a.facts += [(p.id, "part_of"), (parent.id, "funding")]  # the page's words for both
        return True
    a.add("funding_unknown", name=name(p))
    return False


def _amounts(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> None:
    a.add("amount", amounts=amount_items(p.amounts, kb, lang))
    for x in p.amounts:  # "€1,217,494.00 million": how the page writes it, for who checks a
        if x.written and "written" in a.asks:  # figure ("was it 1.2 billion?")
            a.add("amount_written", written=x.written,
                  value=fmt_money(x.value, x.currency, x.approx, lang),
                  rounded=fmt_rounded(x.value, x.currency, lang))
    if len(p.amounts) > 1 and len({x.currency for x in p.amounts}) == 1:
        total = sum(x.value for x in p.amounts)
        a.add("amount_total", total=fmt_money(total, p.amounts[0].currency, False, lang))


def build_amount(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if p.amounts:
        a.add("funding", name=name(p), funders=funding_text(p, kb, lang))
        _amounts(p, kb, lang, a)
        return True
    a.add("amount_unknown", name=name(p))
    if p.funding:
        a.add("funding", name=name(p), funders=funding_text(p, kb, lang))
    return False


def _resources(p: Project, lang: str, a: Answer) -> None:
    """Where the page points for a project's results; asked where a thing is ("where can I
    find that atlas?", not "where are the results?"), that is a contact."""
    a.add("resources", items=Joined(tuple(r.get(lang) for r in p.resources)))
    if "where" in a.asks and "results_named" not in a.asks:
        a.intent = "contact"


def _content(what: str) -> Builder:
    def build(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
        text = getattr(p, what)
        if what == "results" and "document" in a.asks and "results_named" not in a.asks and \
                not p.resources:  # "anything to download for MAGIA?": a document or a link,
            a.add("resources_none", name=name(p))  # which the page gives none of (what came
            a.add("known_summary", text=p.summary.get(lang))  # of it is no download)
            a.intent = "contact"
            return False
        if what == "results" and {"count", "achieved"} <= a.asks:  # "how many companies
            a.add("quantity_unknown", name=name(p))  # entered the US market thanks to it?":
            if text:  # no such count; what came of it, where the page says
                a.add(what, name=name(p), text=text.get(lang))
            return False
        if text and what == "activities" and "written_in" in a.asks:  # "was the course
            a.add("language_unknown_offer", name=name(p))  # taught in English?": the page
            a.add(what, name=name(p), text=text.get(lang))  # names no language
            return False
        if text and what == "activities" and p.activities_general and (
                "items" in a.asks or "offered" in a.asks and not p.made and
                a.asks & {"details", "names"}):  # "which courses?", "welche Angebote
            # konkret?", "what kind of offers did they give companies?": the page names none
            a.add(what, name=name(p), text=text.get(lang))  # ("was hat KI#CK konkret
            a.add("activities_unnamed", name=name(p))  # gemacht?" asks what it did, which
            return False  # the page says)
        if text:
            a.add(what, name=name(p), text=text.get(lang))
            if p.follow_up_only and p.follows:  # "und was passiert darin?": P.I.L.O.T.'s
                a.named.append(p.follows)  # network activities, carried on
            if what == "goals" and "for_whom" in a.asks and not _repeats(p, text):  # "Für
                # wen war die Plattform gedacht?": the summary says whom it was built for
                a.add("raw", text=p.summary.get(lang))
                a.facts.append((p.id, "summary"))
            if what == "results" and "thing_made" in a.asks and p.activities:  # "welche
                # Register wurden aufgebaut?": how the thing was made too (BFCC's registries
                a.add("activities", name=name(p), text=p.activities.get(lang))  # at hospitals)
                a.facts.append((p.id, "activities"))
            if what == "results" and "stage" in a.asks and _tells_stage(p):  # "Was ist bei
                # BONEBANK in der ersten Phase rausgekommen?": the phase the page tells, and
                # what it set up (BONEBANK's value chain, told as its aim)
                a.add("activities", name=name(p), text=p.activities.get(lang))
                a.facts.append((p.id, "activities"))
                if p.goals:
                    a.add("goals", name=name(p), text=p.goals.get(lang))
                    a.facts.append((p.id, "goals"))
            if what == "results" and p.resources:
                _resources(p, lang, a)
            if what == "results" and "contents" in a.asks:  # "what's inside the guide?"
                a.add("contents_unknown")
                return False
            if what == "results" and "figures" in a.asks:  # "… any numbers?": none given
                a.add("figures_unknown")
                return False
            return True
        if what == "results" and p.resources and a.asks & {"details", "figures"} and \
                "where" not in a.asks:  # "Welche Ergebnisse konkret, gibt es Zahlen?": the
            a.add("results_unspecific", name=name(p))  # page names a guide, nothing in it
            a.add("resources", items=Joined(tuple(r.get(lang) for r in p.resources)))
            return False
        if what == "results" and p.resources:
            # a document (InnoReAct's guide) is a result; a mere link says only where to look
            pointer = not any(r.is_result for r in p.resources)
            if pointer and not a.asks & {"where", "built"}:
                a.add("content_unknown", name=name(p), what=reply_template(f"what_{what}", lang))
            elif not pointer and "where" not in a.asks:  # whose result it is (of several
                a.add("results_document", name=name(p), items=Joined(tuple(  # projects too)
                    r.get(lang) for r in p.resources if r.is_result)))
                return True
            if pointer and "where" in a.asks and "results_named" not in a.asks:  # "where
                a.add("resources_more", name=name(p), items=Joined(tuple(  # can I read more
                    r.get(lang) for r in p.resources)))  # about HIHeal next level
                a.intent = "contact"  # transition?": where to read more
            else:
                _resources(p, lang, a)
            return not pointer or "where" in a.asks and not p.follow_up_only
        if what == "results" and "where" in a.asks and "results_named" not in a.asks:
            a.add("resources_none", name=name(p))  # "wo kann ich mehr über KI#CK lesen?":
            a.add("known_summary", text=p.summary.get(lang))  # the page points nowhere
            a.intent = "contact"
            return False
        if what == "results" and "built" in a.asks and p.activities:
            a.add("activities", name=name(p), text=p.activities.get(lang))
            a.facts.append((p.id, "activities"))  # "what platform did BRIDGE 53 build?": what
            if p.goals:  # "Was hat KI#CK entwickelt?": what it set out to create
                a.add("goals", name=name(p), text=p.goals.get(lang))
                a.facts.append((p.id, "goals"))
            return True  # (`results`: "what did X build?" asks what came of it, as the
            # writers' brief from set 31 on labels it, though the page tells it as what it did)
        a.add("content_unknown", name=name(p), what=reply_template(f"what_{what}", lang))
        a.add("known_summary", text=p.summary.get(lang))
        return False

    return build


def build_lead(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if "person" in a.asks:  # "who was the project manager?": a person, not the organisation
        a.add("person_unknown", name=name(p))  # the page names
        a.intent = "contact"  # a person asked for is a contact; the lead is what the page gives
        if p.lead and p.together_with and not p.lead_note:  # (with the organisations it
            a.add("lead_together", name=name(p), orgs=org_names(p.lead, kb, lang),  # ran
                  others=org_names(p.together_with, kb, lang))  # with: "who at oncampus …?")
        elif p.lead:
            _add_lead(p, kb, lang, a)
        else:
            a.add("lead_unknown", name=name(p))
        return False
    if p.lead and p.together_with:
        a.add("lead_together", name=name(p), orgs=org_names(p.lead, kb, lang),
              others=org_names(p.together_with, kb, lang))
        return True
    if p.lead:
        _add_lead(p, kb, lang, a)
        return True
    a.add("lead_unknown", name=name(p))
    if p.partners or p.counts or p.partner_regions or p.partners_note:
        named = build_partners(p, kb, lang, a)
        return named and bool(p.partners) and "behind" in a.asks  # ("who was behind HIHeal?":
        # the partners it names stood behind it)
    if p.lsn_role:  # what the page does hold of who did it
        a.add("lsn_role", name=name(p), text=p.lsn_role.get(lang))
    elif p.summary:  # "wer hat NORTHOPEDICS geleitet?": no lead, no partners, no part of LSN
        a.add("lead_nothing_held", name=name(p))  # named: say so, and what it says instead
        a.add("known_summary", text=p.summary.get(lang))
    return False


def _add_lead(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> None:
    """Who led it; as the page tells it where it names the lead only through what the lead did
    with the project ("with the help of the InnoReAct project"), not a bare "led by"."""
    if p.lead_note:
        a.add("lead_note", text=p.lead_note.get(lang))
    else:
        a.add("lead" if len(p.lead) == 1 else "lead_jointly", name=name(p),
              orgs=org_names(p.lead, kb, lang))


def build_partners(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    answered = False
    uncounted = "count" in a.asks and not p.counts and bool(p.partners_note)
    if uncounted:  # "how many partners did BONEBANK have in all?": it names some and
        a.add("partners_count_unknown", name=name(p))  # describes others, and counts none
    if p.partners:
        items = [fill("partner_item", lang, org=kb.organisations[x.org].name,
                      detail=_partner_detail(x, kb, lang))
            for x in p.partners]
        a.add("partners", name=name(p), items=Joined(tuple(items)))
        answered = True
    if uncounted:
        a.add("partners_note_also" if p.partners else "partners_note", name=name(p),
              text=p.partners_note.get(lang))
        return False
    if p.counts:
        if not p.partner_regions:
            a.add("partner_counts", name=name(p), counts=_counts(p, lang))
        if not p.partners and not p.partner_regions:
            a.add("partners_unnamed")
            # Numbers answer "how many", not "which" or "who".
            answered = "count" in a.asks or "names" not in a.asks
        else:
            answered = True
    if p.partner_regions:
        a.add("partner_regions", name=name(p), text=p.partner_regions.get(lang))
        answered = True
        if {"count", "organisations"} <= a.asks and not p.partners:
            a.add("organisations_uncounted")  # "how many organisations were in ELISE?": it
            return False  # counts regions
        if {"names", "organisations"} <= a.asks and not p.partners:  # "wie hießen die
            a.add("organisations_unnamed")  # Partnerorganisationen von ELISE?": the page
            answered = False  # names regions, no organisation
        if "names" in a.asks and a.asks & {"states", "region_in_country"}:  # "which two
            a.add("regions_unnamed")  # German states?", "which Polish region?"
            answered = False
    if p.partners_note:  # partners the page describes without naming them
        key = "partners_note_also" if answered else "partners_note"
        a.add(key, name=name(p), text=p.partners_note.get(lang))
        # (described without a name, none is given: "pilot partner?" is not answered, as
        # every set labels P.I.L.O.T.'s and BRIDGE 53's partners)
    led = tuple(x for x in p.lead if x not in {y.org for y in p.partners} and
                not kb.organisations[x].self)  # (Life Science Nord's own projects go without)
    if led and (p.partners or p.partners_note):  # "who took part in BONEBANK?": its lead
        a.add("lead", name=name(p), orgs=org_names(led, kb, lang))  # (UKSH Lübeck) too
    if "hospitals" in a.asks and "count" in a.asks and p.counts and not p.partners_note:
        a.add("hospitals_unknown", name=name(p))  # "how many hospitals?": it counts
        return False  # organisations, not hospitals
    if "companies" in a.asks:  # the page names clusters and institutions, never companies
        a.add("companies_unknown", name=name(p))
        return False
    if not answered and not p.partners_note and not p.counts and (
            before := _continued_alliance(p, kb, a)):  # "wie viele Cluster waren in der
        a.add("partners_of_predecessor", name=name(p), other=name(before))  # Allianz?" of
        return a.build("partners", before, kb, lang)  # MAGIA2Market: MAGIA's alliance only
    if not answered and not p.partners_note:
        if not p.counts:  # BFCC's 13 organisations are counted, just not named
            a.add("partners_unknown", name=name(p))
        if p.lead:  # (as the page tells it: InnoReAct "run by the LSN cluster management")
            _add_lead(p, kb, lang, a)
    return answered


def _counts(p: Project, lang: str) -> Joined:
    """ "13 organisations from seven countries": what the page counts of a project's partners."""
    counts = [fill(f"count_{k}", lang, n=spelled(n, lang)) for k, n in p.counts]
    if len(counts) == 2 and dict(p.counts).get("countries"):
        counts = [fill("count_from", lang, a=counts[0], b=counts[1])]
    return Joined(tuple(counts))


def found_there(thing: str, p: Project, lang: str) -> Answer | None:
    """ "what is LSN XCHANGE?": a thing the page names only as where one of a project's
    resources is found, and never describes: that, and what is found there (not the project's
    results, as if it were one of them)."""
    key = normalize(thing)
    there = tuple(r.get(lang) for r in p.resources if key in normalize(f"{r.en} {r.de}"))
    texts = (p.summary, p.goals, p.activities, p.results)
    if not there or key in normalize(" ".join(t.get(lang) for t in texts if t)):
        return None
    a = Answer("overview", (p.id,), answered=False)
    a.facts.append((p.id, "results"))
    return a.add("found_there", thing=thing, name=name(p), items=Joined(there))


def _continued_alliance(p: Project, kb: KnowledgeBase, a: Answer) -> Project | None:
    """The predecessor whose partners a follow-up the page describes, with no partners of its
    own, carries on (MAGIA2Market the MAGIA alliance); none for one it only names."""
    before = kb.projects.get(p.follows or "")
    return before if before and before.partners and not p.follow_up_only and \
        not p.partners and before.id not in a.projects else None  # (a comparison with it
    # says its partners itself)


def _partner_detail(partner: Any, kb: KnowledgeBase, lang: str) -> str:
    bits = [kb.places[partner.country].name.get(lang)] if partner.country else []
    if partner.role:
        bits.append(partner.role.get(lang))
    return f" ({', '.join(bits)})" if bits else ""


def build_places(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if {"where", "document"} <= a.asks and not a.asks & _STEP_FIELDS.keys():  # "Leitfaden
        a.intent = "contact"  # InnoReAct wo?": where a thing to read is, where the page
        return a.build("results", p, kb, lang)  # points (docs/labels.md), not where the
    # project took place (the bone "material" harvested is no document)
    groups = {
        "countries": tuple(dict.fromkeys((*p.countries, *kb.partner_countries(p)))),
        "cities": p.cities,
        "states": tuple(i for i in p.regions if kb.places[i].kind == "state"),
        "regions": tuple(i for i in p.regions if kb.places[i].kind != "state"),
        "targets": p.target_countries,
    }
    if "count" in a.asks and "targets" in a.asks and p.target_countries:  # "how many target
        a.add("targets_count", name=name(p), count=len(p.target_countries),  # regions?": the
              items=join([kb.places[i].name.get(lang) for i in p.target_countries], lang))
        if "added" in a.asks:  # "…, and which one was new?"
            _added_targets(p, kb, lang, a)
        return True  # count, with the countries named
    if "targets" in a.asks and p.target_countries and not a.asks & {"count", "added"}:
        a.add("targets_named", name=name(p), items=join(  # "which countries did it target?":
            [kb.places[i].name.get(lang) for i in p.target_countries], lang))  # those alone
        return True  # (not where its own clusters were too)
    if p.partner_regions and "names" in a.asks and a.asks & {"states", "region_in_country"}:
        a.add("partner_regions", name=name(p), text=p.partner_regions.get(lang))
        a.add("regions_unnamed")  # "Welche Bundesländer waren bei ELISE dabei?", "which
        return False  # Polish region?": the page counts the regions but names none
    if p.partner_regions and "count" in a.asks and "states" in a.asks:  # "how many German
        a.add("partner_regions", name=name(p), text=p.partner_regions.get(lang))  # states?":
        return True  # the page counts them by country ("two German states")
    if p.partner_regions and ("counted" in a.asks or not a.asks) and "count" not in a.asks:
        a.add("partner_regions", name=name(p), text=p.partner_regions.get(lang))  # "which
        return True  # regions were partners?", "was Lithuania in ELISE?": as the page names them
    parts = [fill(f"places_{key}" if len(ids) > 1 else f"places_{key}_one", lang,
                  items=join([kb.places[i].name.get(lang) for i in ids], lang))
        for key, ids in groups.items() if ids]
    if not parts:
        a.add("places_unknown", name=name(p))
        return False
    if told := _where_told(p, kb, lang, a.asks):  # "where was the bone material harvested?":
        a.add(told, name=name(p), text=getattr(p, told).get(lang))  # the step the page tells
        return True  # with its place
    if site := next((k for k in ("seat", "lab") if k in a.asks), None):  # "where was the
        a.add(f"places_{site}", name=name(p))  # ELISE project office?", "in which lab?": the
        a.add("places", name=name(p), items="; ".join(parts))  # page names neither, only
        return False  # where the project was active
    counted = {k for k, _ in p.counts}
    if "count" in a.asks and counted & a.asks and not any(groups.get(k) for k in counted):
        if (p.id, "partners") not in a.facts:  # (said once where the partners were asked too)
            a.add("partner_counts", name=name(p), counts=_counts(p, lang))  # "how many countries
        a.add("places", name=name(p), items="; ".join(parts))  # were involved?" of BFCC: the
        return True  # figure first, then where it was active
    if {"count", "countries"} <= a.asks and groups["countries"] and "countries" not in counted:
        a.add("countries_count", name=name(p), count=spelled(len(groups["countries"]), lang),
              items=join([kb.places[i].name.get(lang) for i in groups["countries"]], lang))
        if groups["targets"]:  # (MAGIA's target countries besides its clusters' four)
            a.add("targets_named", name=name(p), items=join(
                [kb.places[i].name.get(lang) for i in groups["targets"]], lang))
        return True  # "how many countries were in ELISE?": the count of those it names
    missing = [k for k in ("countries", "cities", "states") if k in a.asks and not groups[k]]
    if missing and missing[0] in counted:  # "which countries?" of BFCC: it counts them (once),
        a.add("places_not_named", what=reply_template(f"places_word_{missing[0]}", lang))
        if (p.id, "partners") not in a.facts:  # names none; where it was active
            a.add("partner_counts", name=name(p), counts=_counts(p, lang))
        a.add("places", name=name(p), items="; ".join(parts))
        return False
    a.add("places", name=name(p), items="; ".join(parts))
    if "added" in a.asks:  # "which one was added later?": what a follow-up added
        _added_targets(p, kb, lang, a)
    # "Which seven countries?" is not answered by a region; "which states?" not by countries.
    counted = {k for k, _ in p.counts} if "count" in a.asks else set()
    # "how many partners and countries?": the partners' count, said once
    told_partners = (p.id, "partners") in a.facts
    # "at which hospitals?" is answered by the cities they stood in, not by a region
    asked = a.asks | ({"cities"} if "hospitals" in a.asks else set())
    missing = [k for k in ("countries", "cities", "states")
               if k in asked and not groups[k] and k not in counted]
    if missing and not (missing == ["countries"] and groups["targets"]):
        a.add("places_not_named", what=reply_template(f"places_word_{missing[0]}", lang))
        if p.counts and not told_partners:
            build_partners(p, kb, lang, a)
        return False
    if counted & a.asks and not told_partners:  # "how many countries?": the page counts them
        build_partners(p, kb, lang, a)  # without naming them
    return True


# The steps of a project's work whose place its account of that step tells (bot/data/intents.yaml
# aspects harvest and storage): the field that tells it.
@cache
def _stage_words() -> frozenset[str]:
    """The words for a phase of a project (intents.yaml aspects: stage)."""
    return frozenset(normalize(w) for ws in data_file("intents")["aspects"]["stage"].values()
                     for w in ws)


def _tells_stage(p: Project) -> bool:
    """Whether a project's activities tell a phase of it (BONEBANK's first phase)."""
    return bool(p.activities) and not _stage_words().isdisjoint(
        normalize(p.activities.en).split())


_STEP_FIELDS = {"harvest": "activities", "storage": "results"}


def _where_told(p: Project, kb: KnowledgeBase, lang: str, asks: frozenset[str]) -> str:
    """The field that says where the step asked of took place, if it names one of the
    project's places ("only at the hospitals in Lübeck and Odense"); none where it doesn't."""
    for step, field_name in _STEP_FIELDS.items():
        text = getattr(p, field_name) if step in asks else None
        if text and any(kb.places[i].name.get(lang) in text.get(lang)
                        for i in (*p.cities, *p.countries)):
            return field_name
    return ""


def _added_targets(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> None:
    """The targets a project added to its predecessor's, or its follow-ups added to its own."""
    for project in (p, *(kb.projects[i] for i in p.continued_by)):
        said = any(line.key == "places_added" and line.slots.get("name") == project.name
                   for line in a.lines)  # asked of both MAGIA and MAGIA2Market: said once
        if project.added_targets and not said:
            _say_added(project, kb, lang, a)
            a.facts.append((project.id, "places"))
            if project is not p:
                a.named.append(project.id)


def _say_added(project: Project, kb: KnowledgeBase, lang: str, a: Answer) -> None:
    """ "MAGIA2Market added Japan as a target." """
    a.add("places_added", name=name(project), items=join(
        [kb.places[i].name.get(lang) for i in project.added_targets], lang))


def build_lsn_role(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    """Life Science Nord's own part; where that part was to run the project ("ran by the
    cluster agency Life Science Nord together with …"), what it ran it for: the project's
    goal ("was hat LSN bei KI#CK gemacht?": the qualification programme)."""
    if p.lsn_role:
        a.add("lsn_role", name=name(p), text=p.lsn_role.get(lang))
        if p.goals and any(kb.organisations[o].self for o in p.lead if o in kb.organisations):
            a.add("goals", name=name(p), text=p.goals.get(lang))
        if p.lsn_role_general and "details" in a.asks:  # "Was genau hat LSN bei P.I.L.O.T.
            a.add("lsn_role_unspecific", name=name(p))  # gemacht?": the page ties LSN to it,
            return False  # and says no more
        return True
    a.add("lsn_role_unknown", name=name(p))
    a.add("known_summary", text=p.summary.get(lang))
    return False


def _related(key: str, field_name: str, slot: str) -> Builder:
    """Follow-ups, predecessors and contained projects: the page's links between projects."""

    def build(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
        value = getattr(p, field_name)
        if not value:
            a.add(f"{key}_unknown", name=name(p))
            return False
        ids = value if isinstance(value, tuple) else (value,)
        reached = kb.projects[ids[0]]
        begun = reached.start if key == "follow_up" and len(ids) == 1 else None
        if begun:  # "what came after P.I.L.O.T.?": the follow-up, and since when it runs
            a.add("follow_up_since", name=name(p), others=project_names(ids, kb),
                  start=fmt_when(begun, lang))
        elif key == "predecessor" and reached.start and reached.end:  # "which came before
            a.add("predecessor_dated", name=name(p), other=name(reached),  # it?": and when
                  start=fmt_date(reached.start, lang), end=fmt_date(reached.end, lang))
        else:
            a.add(key, name=name(p), **{slot: project_names(ids, kb)})
        if key == "follow_up" and "added" in a.asks:  # "what did the follow-up add?"
            _added_targets(p, kb, lang, a)
        if key == "predecessor" and p.follow_up_only and p.activities:  # "what does P.I.L.O.T.
            a.add("raw", text=p.activities.get(lang))  # Next Level build on?": what of it the
            a.facts.append((p.id, "activities"))  # follow-up carries on, where the page says
        if key == "predecessor" and a.intent == "relations" and p.added_targets:  # "how are
            _say_added(p, kb, lang, a)  # MAGIA and MAGIA2Market linked?"
        return True

    return build


build_follow_up = _related("follow_up", "continued_by", "others")
build_predecessor = _related("predecessor", "follows", "other")
build_contains = _related("contains", "contains", "others")


def parent_name(p: Project, kb: KnowledgeBase, lang: str) -> Any:
    """What a project was part of: another project (bold) or an initiative such as
    HealthRegion (with its German forms)."""
    if p.part_of:
        return name(kb.projects[p.part_of])
    return term(kb.topics[p.part_of_external], lang) if p.part_of_external else None


def build_part_of(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if p.part_of or p.part_of_external:
        a.add("part_of", name=name(p), parent=parent_name(p, kb, lang))
        return True
    a.add("part_of_unknown", name=name(p))
    return False


def build_contact(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    if "written_in" in a.asks and (made := tuple(r for r in p.resources if r.is_result)):
        if all(line.key != "language_unknown" for line in a.lines):  # (once for two)
            a.add("language_unknown")  # "is the network guide available in Danish?": the page
        a.add("language_where", name=name(p), items=Joined(tuple(  # names no language, only
            r.get(lang) for r in made)))  # where to get it
        return False
    if "sign_up" in a.asks:  # "how do I sign up for the next course?": a past project
        a.add("sign_up_unknown", name=name(p))
    a.add("contact", name=name(p))
    if "person" in a.asks and "sign_up" not in a.asks:  # "wer war Ansprechpartner bei
        if p.lead and p.together_with and not p.lead_note:  # BFCC?": no person, but the
            a.add("lead_together", name=name(p), orgs=org_names(p.lead, kb, lang),  # ones
                  others=org_names(p.together_with, kb, lang))  # who ran it, or the
        elif p.lead:  # partners it names
            _add_lead(p, kb, lang, a)
        elif p.partners:
            build_partners(p, kb, lang, a)
    if p.resources:
        a.add("contact_links", items=Joined(tuple(r.get(lang) for r in p.resources)))
    return False


def build_quantity(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    """ "How many samples / participants ...?": figures the page doesn't give. Of firms or
    hospitals that took part, the partners it does name (and that it counts no firms). Its
    target countries the page names, so it counts them."""
    if "targets" in a.asks and p.target_countries:
        a.add("targets_count", name=name(p), count=len(p.target_countries),
              items=join([kb.places[i].name.get(lang) for i in p.target_countries], lang))
        return True
    if a.asks & {"companies", "hospitals"} and "free" not in a.asks and (  # "were the
            p.partners or p.counts or p.partners_note):  # offers free for firms?" asks a price
        before = len(a.lines)
        build_partners(p, kb, lang, a)
        if not any(line.key.endswith("s_unknown") for line in a.lines[before:]):
            a.add("quantity_unknown", name=name(p))
        return False
    a.add("free_unknown" if "free" in a.asks else "quantity_unknown", name=name(p))  # "was it
    a.add("known_summary", text=p.summary.get(lang))  # free?": the page doesn't say
    return False


def build_relations(p: Project, kb: KnowledgeBase, lang: str, a: Answer) -> bool:
    found = False
    for has, builder in ((p.part_of or p.part_of_external, build_part_of),
                         (p.contains, build_contains), (p.follows, build_predecessor),
                         (p.continued_by, build_follow_up)):
        if has:
            found = builder(p, kb, lang, a) or found
    if not found:
        a.add("relations_none", name=name(p))
    return found


PROJECT_BUILDERS: dict[str, Builder] = {
    "overview": build_overview,
    "dates": build_dates,
    "start": _one_date("start"),
    "end": _one_date("end"),
    "duration": build_duration,
    "status": build_status,
    "funding": build_funding,
    "amount": build_amount,
    "goals": _content("goals"),
    "activities": _content("activities"),
    "results": _content("results"),
    "lead": build_lead,
    "partners": build_partners,
    "places": build_places,
    "lsn_role": build_lsn_role,
    "follow_up": build_follow_up,
    "predecessor": build_predecessor,
    "part_of": build_part_of,
    "contains": build_contains,
    "relations": build_relations,
    "contact": build_contact,
    "quantity": build_quantity,
}

LINKS = ("part_of", "follow_up", "predecessor", "contains")


def linked(project: Project, relation: str) -> tuple[str, ...]:
    """The projects one hop away along one of the page's links."""
    value = {"part_of": project.part_of, "follow_up": project.continued_by,
             "predecessor": project.follows, "contains": project.contains}.get(relation)
    if not value:
        return ()
    return tuple(value) if isinstance(value, tuple) else (value,)


CARD_BUTTONS = ("dates", "funding", "goals", "partners", "relations")


def about_projects(
    intent: str, ids: tuple[str, ...], kb: KnowledgeBase, lang: str,
    asks: frozenset[str] = frozenset(), also: str | None = None,
) -> Answer:
    """Answer one question type (and perhaps a second: "who funded it and how long did it
    run?") for one or more projects."""
    answer = Answer(intent, projects=ids, asks=asks)
    answered = [answer.build(kind, kb.projects[pid], kb, lang)
                for kind in (intent, also) if kind for pid in ids]
    answer.answered = all(answered)
    kinds = [k for kind in (intent, also) if kind
             for k in (LINKS if kind == "relations" and len(ids) == 1 else (kind,))
             if k in LINKS]  # (the link between two named projects is about those two)
    reached = [r for kind in kinds for pid in ids  # "which projects are connected to
               for r in linked(kb.projects[pid], kind)]  # HIHeal?": all its links
    reached = [r for r in reached if r in kb.projects]
    # every project the reply names
    answer.projects = tuple(dict.fromkeys((*ids, *reached, *answer.named)))
    if len(ids) > 1 and len(reached) > 1:  # "the follow-ups of MAGIA and P.I.L.O.T.", then
        answer.choices = tuple(dict.fromkeys(reached))  # "the second one": the ones reached
    if len(ids) == 1:
        project = kb.projects[ids[0]]
        follow = [k for k in CARD_BUTTONS if k != intent] if intent == "overview" else \
            [k for k in ("overview", "dates", "funding", "goals") if k != intent][:3]
        answer.buttons = [(t("labels", k, lang), t("queries", k, lang).format(name=project.name))
                          for k in follow]
    return answer
