"""The facts in the replies to every turn of the tuned question sets, held against the page
itself (dates, amounts, funders, the page's quotes as sources), by rules written here from the
page, not by the bot's own code: a reply can't agree with itself. tests/test_golden.py keeps
the same replies' exact wording.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import State, answer
from bot.evaluation import load_cases
from bot.knowledge import KnowledgeBase

HERE = Path(__file__).resolve().parent
PAGE = HERE.parents[1] / "shared" / "sources" / "past-projects.txt"
GOLDEN_SETS = ("questions.yaml", "questions_holdout.yaml")
Turns = dict[str, list[dict[str, Any]]]
pytestmark = pytest.mark.skipif(not PAGE.exists(), reason="the page lies beside the repository,"
                                " in shared/")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
MONTH_NUMBER = {name: i + 1 for names in MONTHS.values() for i, name in enumerate(names)}
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
DAY_DATE = re.compile(rf"\b(\d{{1,2}})\.? ({_MONTH}) (\d{{4}})\b")
MONTH_DATE = re.compile(rf"(?<![\d.] )\b({_MONTH}) (\d{{4}})\b")
YEAR = re.compile(r"(?<![\d.,])\b(19\d\d|20\d\d)\b")
EURO = re.compile(r"€\s?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+)|(\d{1,3}(?:\.\d{3})+(?:,\d\d)?|\d+) €")

# Where the page speaks of each project: the opening words of its paragraphs, copied from the
# page, and how each funder is spelt in a reply and on the page.
OPENINGS = {
    "bfcc": "The BFCC (Baltic Fracture", "bonebank": "Life Science Nord participated in the "
    "BONEBANK", "elise": "The European project ELISE", "hiheal": "The Hygiene, Infection & "
    "Health (HIHeal) project", "innoreact": "In order to sustainably increase the resilience",
    "kick": 'The two-year project "KI#CK', "magia": "In 2018 and 2019, Life Science Nord",
    "magia2market": "Running from September 2020 to February 2023, the MAGIA2Market",
    "northopedics": "NORTHOPEDICS was an innovation-oriented", "pilot": "The project P.I.L.O.T.",
}
FUNDERS = {  # in a reply (either language) -> on the page
    "ERDF": (("ERDF", "EFRE", "Regional Development Fund", "Fonds für regionale Entwicklung"),
             ("Regional Development Fund", "EFRE")),
    "ESF": (("ESF", "Social Fund", "Sozialfonds"), ("Social Fund",)),
    "COSME": (("COSME",), ("COSME",)),
    "Interreg Europe": (("Interreg Europe",), ("Interreg Europe",)),
    "Interreg Deutschland-Danmark": (("Deutschland-Danmark",), ("Deutschland-Danmark",)),
    "Interreg Baltic Sea Region": (("Baltic Sea Region Programme", "Programm Ostseeraum",
                                    "Interreg Baltic"), ("Interreg Baltic Sea Region",)),
    "REACT-EU": (("REACT-EU", "EU-REACT"), ("EU-REACT",)),
    "Landesprogramm Arbeit": (("Landesprogramm Arbeit",), ("Landesprogramm Arbeit",)),
}


@cache
def page() -> str:
    return PAGE.read_text(encoding="utf-8").replace("\xa0", " ")


@cache
def golden_replies(kb: KnowledgeBase) -> Turns:
    """Every turn of the tuned sets: question, reply language and reply text, by case."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in GOLDEN_SETS:
        for case in load_cases(HERE / name, kb.projects):
            state, turns = State(), []
            for turn in case.turns:
                reply = answer(turn.question, state, kb)
                state = reply.state
                turns.append({"q": turn.question, "language": reply.language,
                              "text": reply.text, "intent": reply.intent,
                              "projects": " ".join(reply.projects),
                              "sources": reply.sources, "answered": reply.answered})
            out[f"{name}:{case.id}"] = turns
    return out


@pytest.fixture(scope="module")
def replies(kb: KnowledgeBase) -> Turns:
    return golden_replies(kb)


# --------------------------------------------------------------------------- facts and the page


def page_dates() -> tuple[set[tuple[int, int, int]], set[tuple[int, int]]]:
    """Every (day, month, year) and (month, year) the page gives, in any of its forms."""
    text = page()
    days = {(int(d), MONTH_NUMBER[mo], int(y)) for mo, d, y in
            re.findall(rf"({_MONTH}) (\d{{1,2}}), (\d{{4}})", text)}
    days |= {(int(d), int(mo), int(y)) for d, mo, y in
             re.findall(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text)}
    months = {(MONTH_NUMBER[mo], int(y)) for mo, y in re.findall(rf"({_MONTH}) (\d{{4}})", text)}
    return days, months | {(mo, y) for _, mo, y in days}


def page_amounts() -> set[float]:
    """Every sum of money on the page, and the sums of two of them (a project's total)."""
    found = {float(a.replace(",", "")) for a in
             re.findall(r"(\d{1,3}(?:,\d{3})+(?:\.\d\d)?)\s*(?:EUR|Euro|million)?", page())}
    return found | {a + b for a, b in combinations(found, 2)}


def reply_amounts(text: str) -> list[float]:
    out = []
    for english, german in EURO.findall(text):
        if english:
            out.append(float(english.replace(",", "")))
        else:
            out.append(float(german.replace(".", "").replace(",", ".")))
    return out


def asked(turns: list[dict[str, str]], upto: int) -> str:
    return " ".join(t["q"] for t in turns[: upto + 1])


def test_every_date_in_a_golden_reply_is_on_the_page(
        replies: dict[str, list[dict[str, str]]]) -> None:
    days, months = page_dates()
    wrong, seen = [], 0
    for case, turns in replies.items():
        for i, turn in enumerate(turns):
            text, question = turn["text"], asked(turns, i)
            seen += len(DAY_DATE.findall(text)) + len(MONTH_DATE.findall(text))
            for d, mo, y in DAY_DATE.findall(text):
                if (int(d), MONTH_NUMBER[mo], int(y)) not in days and mo not in question:
                    wrong.append(f"{case}: {d} {mo} {y}")
            for mo, y in MONTH_DATE.findall(text):
                if (MONTH_NUMBER[mo], int(y)) not in months and mo not in question:
                    wrong.append(f"{case}: {mo} {y}")
            wrong += [f"{case}: year {y}" for y in YEAR.findall(text)
                      if y not in page() and y not in question]
    assert not wrong, wrong[:20]
    assert seen >= 100  # the rule did read dates


def test_every_amount_in_a_golden_reply_is_on_the_page(
        replies: dict[str, list[dict[str, str]]]) -> None:
    known = page_amounts()
    wrong = [f"{case}: {value}" for case, turns in replies.items() for turn in turns
             for value in reply_amounts(turn["text"]) if value not in known]
    assert not wrong, wrong[:20]
    assert sum(bool(reply_amounts(t["text"])) for ts in replies.values() for t in ts) >= 10


def paragraph(pid: str) -> str:
    """The page's text about one project: from its opening words to the next blank lines."""
    text = page()
    start = text.index(OPENINGS[pid])
    end = text.find("\n\n\n", start)
    return text[start:] if end < 0 else text[start:end]


def test_funders_named_in_a_funding_reply_fund_that_project_on_the_page(
        replies: dict[str, list[dict[str, str]]]) -> None:
    wrong, checked = [], 0
    for case, turns in replies.items():
        for turn in turns:
            pid = turn["projects"]
            if turn["intent"] not in ("funding", "amount") or pid not in OPENINGS:
                continue
            about = paragraph(pid)
            for funder, (in_reply, on_page) in FUNDERS.items():
                if any(w in turn["text"] for w in in_reply):
                    checked += 1
                    if not any(w in about for w in on_page):
                        wrong.append(f"{case}: {funder} for {pid}")
    assert not wrong, wrong
    assert checked >= 20


@pytest.mark.parametrize(("pid", "funders"), [
    ("bfcc", {"Interreg Baltic Sea Region"}), ("bonebank", {"ERDF", "Interreg Deutschland-"
                                                            "Danmark"}),
    ("elise", {"Interreg Europe"}), ("hiheal", {"ERDF"}), ("innoreact", {"ERDF", "REACT-EU"}),
    ("kick", {"ESF", "Landesprogramm Arbeit"}), ("magia", {"COSME"}),
    ("northopedics", {"ERDF"}), ("pilot", {"ERDF"}),
])
def test_each_projects_funding_answer_names_the_pages_funders_and_no_other(
        kb: KnowledgeBase, pid: str, funders: set[str]) -> None:
    # The page's funders, written out here (the funding note is the answer for five projects)
    for lang, question in (("en", "Who funded {}?"), ("de", "Wer hat {} gefördert?")):
        text = answer(question.format(kb.projects[pid].name), State(), kb).text
        named = {f for f, (in_reply, _) in FUNDERS.items() if any(w in text for w in in_reply)}
        assert funders <= named, (lang, text)
        assert named <= funders, (lang, text)


FACTS = ("overview", "dates", "start", "end", "duration", "funding", "amount", "lead", "partners",
         "places", "goals", "activities", "results", "follow_up", "predecessor", "part_of")
_QUOTE = re.compile(r"^(.+?): “(.*)”$", re.DOTALL)


def _plain(text: str) -> str:
    """Spaces and apostrophes as the knowledge base may write them."""
    return " ".join(text.replace("\xa0", " ").replace("’", "'").split())


def test_every_source_is_the_pages_own_words_and_every_fact_has_one(
        replies: dict[str, list[dict[str, Any]]]) -> None:
    on_page, wrong, quoted = _plain(page()), [], 0
    for case, turns in replies.items():
        for turn in turns:
            if turn["intent"] in FACTS and turn["answered"] and turn["projects"] and \
                    not turn["sources"]:
                wrong.append(f"{case}: no source for {turn['text'][:60]!r}")
            for source in turn["sources"]:
                quoted += 1
                name, quote = _QUOTE.match(source).groups()
                parts = [p for p in re.split(r"\s*(?:…|\.\.\.)\s*", quote) if p]
                wrong += [f"{case}: {p!r} is not on the page" for p in parts
                          if _plain(p) not in on_page]
    assert not wrong, wrong[:40]
    assert quoted >= 500


def test_a_funding_answer_quotes_the_page_on_each_funder_it_names(
        replies: dict[str, list[dict[str, Any]]]) -> None:
    wrong, checked = [], 0
    for case, turns in replies.items():
        for turn in turns:
            if turn["intent"] != "funding" or turn["projects"] not in OPENINGS:
                continue
            quotes = " ".join(turn["sources"])
            for funder, (in_reply, on_page) in FUNDERS.items():
                if any(w in turn["text"] for w in in_reply):
                    checked += 1
                    if not any(w in quotes for w in on_page):
                        wrong.append(f"{case}: no quote names {funder}")
    assert not wrong, wrong[:10]
    assert checked >= 20


def test_no_reply_says_the_same_thing_twice(replies: Turns) -> None:
    # "when was NORTHOPEDICS funded and who put up the money?" once named its funders twice
    wrong = [f"{case}: {turn['text']!r}" for case, turns in replies.items() for turn in turns
             if len(lines := [x for x in turn["text"].splitlines() if len(x) > 20])
             != len(set(lines))]
    assert not wrong, wrong[:10]


ORGANISATIONS = {  # how a reply names a lead -> how the page names it
    "Life Science Nord": (("Life Science Nord",), ("Life Science Nord", "LSN")),
    "UKSH": (("UKSH",), ("UKSH",)),
    "Gesundheitswirtschaft Hamburg": (("Gesundheitswirtschaft Hamburg",),
                                      ("Gesundheitswirtschaft Hamburg",)),
}


def test_a_lead_named_in_a_reply_leads_that_project_on_the_page(replies: Turns) -> None:
    wrong, checked = [], 0
    for case, turns in replies.items():
        for turn in turns:
            if turn["intent"] != "lead" or turn["projects"] not in OPENINGS:
                continue
            about = paragraph(turn["projects"])
            for org, (in_reply, on_page) in ORGANISATIONS.items():
                if any(w in turn["text"] for w in in_reply):
                    checked += 1
                    if not any(w in about for w in on_page):
                        wrong.append(f"{case}: {org} for {turn['projects']}")
    assert not wrong, wrong
    assert checked >= 10
