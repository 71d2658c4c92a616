"""Tests for bot.evidence and `python -m bot check --page`: every fact rests on the page's words.

Each kind of failure has its own small knowledge base and page, written to a temporary directory;
the shipped knowledge base is held against the real page (shared/sources, beside the repository).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from string import Formatter
from typing import Any

import pytest

from bot.answers import (
    PROJECT_BUILDERS,
    Answer,
    Bold,
    Joined,
    Line,
    fmt_date,
    render,
    templates,
    term,
)
from bot.conversation import State, answer
from bot.evidence import (
    ANSWER_FIELDS,
    DEFAULT_PAGE,
    all_quotes,
    answer_quotes,
    check_page,
    quotes,
)
from bot.knowledge import FACT_FIELDS, KnowledgeBase, KnowledgeValidationError, PartialDate, load

REPO = Path(__file__).resolve().parent.parent

PAGE = """\
Past Projects

The ALPHA project ran from March 2016 until February 2019 and was led by the Beta Clinic Kiel GmbH.
It was funded by the City of Kiel and brought together 13 organisations from seven countries.
"""

KB = """\
page: {title: Past Projects}
funders:
  - {id: kiel-city, kind: public body, name: {en: City of Kiel, de: Stadt Kiel}, aliases: [Kiel]}
organisations:
  - {id: beta, name: Beta Clinic Kiel GmbH, aliases: [Beta Clinic]}
places:
  - {id: kiel, kind: city, name: {en: Kiel, de: Kiel}, aliases: [Kiel city]}
projects:
  - id: alpha
    name: ALPHA
    summary: {en: A test project about clinics., de: Ein Testprojekt.}
    start: "2016-03"
    lead: [beta]
    funding: [{funder: kiel-city}]
    evidence:
      summary: The ALPHA project
      start: ran from March 2016
      lead: was led by the Beta Clinic Kiel GmbH
      funding: It was funded by the City of Kiel
"""


def write(tmp_path: Path, kb: str, page: str = PAGE) -> tuple[Path, Path]:
    (tmp_path / "kb.yaml").write_text(kb, encoding="utf-8")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    return tmp_path / "kb.yaml", tmp_path / "page.txt"


def run_check(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real `python -m bot check`, with no inherited knowledge-base path."""
    env = {k: v for k, v in os.environ.items() if k != "KNOWLEDGE_PATH"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "bot", "check", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


# --------------------------------------------------------------------------- the shipped file


@pytest.mark.skipif(not DEFAULT_PAGE.exists() and not os.environ.get("CI"),
                    reason="the page lies beside the repository, in shared/ (always so in CI)")
def test_the_shipped_knowledge_base_passes_check_page() -> None:
    # Given the shipped knowledge base and the page beside the repository
    # When we run `python -m bot check --page` on them, and `check` with its default page
    named = run_check("knowledge/projects.yaml", "--page", str(DEFAULT_PAGE), cwd=REPO)
    default = run_check(cwd=REPO)
    # Then both pass, having found every quote on the page
    for result in (named, default):
        assert result.returncode == 0, result.stdout
        assert "quotes found on past-projects.txt, nothing copied" in result.stdout


def test_every_fact_of_every_project_has_evidence(kb: KnowledgeBase) -> None:
    # Given the shipped knowledge base, which names its page
    assert kb.page is not None and kb.page.title == "Past Projects" and kb.page.url is None
    # When we look at each fact field a project states
    # Then it carries at least one quote
    for project in kb.projects.values():
        for field in FACT_FIELDS:
            if getattr(project, field):
                assert project.evidence.get(field), (project.id, field)


def test_quotes_are_looked_up_by_project_and_field(kb: KnowledgeBase) -> None:
    # Given the shipped knowledge base
    # When the core looks up the page's words for a fact
    # Then it gets the quotes, and nothing for a field or project without them
    assert quotes(kb, "bfcc", "start") == ("ran from March 2016 until February 2019",)
    assert quotes(kb, "bfcc", "end") == quotes(kb, "bfcc", "start")  # one key, two fields
    assert quotes(kb, "bridge53", "start") == () and quotes(kb, "nope", "start") == ()
    assert "funded by the Interreg Baltic Sea Region Programme 2014-2020" in all_quotes(
        kb, "bfcc")


def test_every_kind_of_project_answer_has_its_fields() -> None:
    # Given the builders of project answers
    # When we look up the fields each rests on
    # Then every builder is covered and names only fact fields
    assert set(ANSWER_FIELDS) == set(PROJECT_BUILDERS)
    assert all(set(fields) <= set(FACT_FIELDS) for fields in ANSWER_FIELDS.values())


def test_answer_quotes_gather_the_sources_of_an_answer(kb: KnowledgeBase) -> None:
    # Given answers about one or more projects
    # When we gather their sources
    dates = answer_quotes(kb, ["elise", "bfcc"], "dates")
    contains = answer_quotes(kb, ["hiheal"], "contains")
    # Then they are the page's words for those facts, each once
    assert dates == ("ELISE ran from January 1, 2017 to December 31, 2021",
                     "ran from March 2016 until February 2019")
    assert contains == ("BRIDGE 53 was part of the project Hygiene, Infection & Health (HIHeal)",)
    assert answer_quotes(kb, ["magia"], "lead") == ()


# --------------------------------------------------------------------------- each failure


def test_a_valid_file_passes(tmp_path: Path) -> None:
    kb_path, page = write(tmp_path, KB)
    assert check_page(kb_path, page) == []


def test_a_quote_that_is_not_on_the_page_fails_with_its_line(tmp_path: Path) -> None:
    # Given a quote the page does not hold (an invented city's evidence)
    kb_path, page = write(tmp_path, KB.replace("The ALPHA project", "ALPHA worked in Kiel"))
    # When we run check --page
    result = run_check("kb.yaml", "--page", "page.txt", cwd=tmp_path)
    # Then it fails with file:line and the key path
    assert result.returncode == 1
    assert result.stdout == ("kb.yaml:16: projects[0].evidence.summary: 'ALPHA worked in Kiel' "
                             "is not on the page (page.txt)\n")


def test_a_place_read_off_a_partners_name_fails(tmp_path: Path) -> None:
    # Given a city whose only evidence is an organisation's name ("Beta Clinic Kiel GmbH")
    text = KB.replace("    lead: [beta]\n", "    lead: [beta]\n    cities: [kiel]\n").replace(
        "      lead: was led", "      cities: the Beta Clinic Kiel GmbH\n      lead: was led")
    kb_path, page = write(tmp_path, text)
    # When we check it against the page
    (problem,) = check_page(kb_path, page)
    # Then the city is refused, on the line of its evidence
    assert (problem.line, problem.path, problem.message) == (
        19, "projects[0].evidence.cities", "the evidence for 'cities' does not name 'kiel'")


def test_a_place_read_off_the_funding_fails(tmp_path: Path) -> None:
    # Given a city whose evidence only says who paid ("funded by the City of Kiel")
    text = KB.replace("    lead: [beta]\n", "    lead: [beta]\n    cities: [kiel]\n").replace(
        "      funding: It was", "      cities: It was funded by the City of Kiel\n"
                                "      funding: It was")
    kb_path, page = write(tmp_path, text)
    # When we check it
    problems = check_page(kb_path, page)
    # Then the city is refused
    assert [p.message for p in problems] == ["the evidence for 'cities' does not name 'kiel'"]
    assert problems[0].path == "projects[0].evidence.cities"


def test_a_figure_its_evidence_does_not_show_fails(tmp_path: Path) -> None:
    # Given a start year the quote does not show
    kb_path, page = write(tmp_path, KB.replace('start: "2016-03"', 'start: "2017-03"'))
    # When we check it
    (problem,) = check_page(kb_path, page)
    # Then the line of the evidence is named
    assert str(problem).endswith(
        ":17: projects[0].evidence.start: the evidence for 'start' does not show 2017")


def test_an_amount_written_otherwise_than_its_evidence_fails(tmp_path: Path) -> None:
    # Given an amount whose words as the page writes them ("written") the quote does not show
    page = PAGE + "ALPHA had a grant volume of €1,000.00 million.\n"
    kb = KB.replace("    evidence:\n", "    amounts:\n      - {value: 1000, currency: EUR, "
                    "written: \"€1,000.00 millions\"}\n    evidence:\n      amounts: ALPHA had "
                    "a grant volume of €1,000.00 million\n")
    kb_path, page_path = write(tmp_path, kb, page)
    # When we check it
    (problem,) = check_page(kb_path, page_path)
    # Then the amount's evidence is named
    assert "does not show '€1,000.00 millions'" in str(problem), str(problem)
    # and as the page writes it, it passes
    kb_path, page_path = write(tmp_path, kb.replace("millions\"", "million\""), page)
    assert check_page(kb_path, page_path) == []


def test_prose_that_copies_more_than_twelve_words_fails(tmp_path: Path) -> None:
    # Given a summary copying 13 consecutive words of the page
    copied = ("It was funded by the City of Kiel and brought together 13 organisations from "
              "seven countries.")
    kb_path, page = write(tmp_path, KB.replace("A test project about clinics.", copied))
    # When we run check --page
    result = run_check("kb.yaml", "--page", "page.txt", cwd=tmp_path)
    # Then it fails on the summary's line, with the copied words
    assert result.returncode == 1
    assert result.stdout.startswith("kb.yaml:11: projects[0].summary.en: copies 16 consecutive "
                                    "words of the page (at most 12): 'it was funded by")


def test_twelve_copied_words_are_allowed(tmp_path: Path) -> None:
    twelve = "It was funded by the City of Kiel and brought together 13 people."
    kb_path, page = write(tmp_path, KB.replace("A test project about clinics.", twelve))
    assert check_page(kb_path, page) == []


def test_a_fact_without_evidence_is_a_load_error(tmp_path: Path) -> None:
    # Given a file that names its page and a fact without evidence
    kb_path, _ = write(tmp_path, KB.replace("      lead: was led by the Beta Clinic Kiel GmbH\n",
                                            ""))
    # When it loads
    with pytest.raises(KnowledgeValidationError) as caught:
        load(kb_path)
    # Then the fact's line is named
    assert str(caught.value).endswith(":13: projects[0].lead: no evidence: quote the page's "
                                      "words for it under 'evidence'")


def test_evidence_for_a_fact_the_project_does_not_state_is_a_load_error(tmp_path: Path) -> None:
    text = KB.replace("      summary: The ALPHA", "      end: until February 2019\n"
                                                   "      summary: The ALPHA")
    kb_path, _ = write(tmp_path, text)
    with pytest.raises(KnowledgeValidationError) as caught:
        load(kb_path)
    assert str(caught.value).endswith(":16: projects[0].evidence.end: evidence for 'end', which "
                                      "the project does not state")


def test_evidence_for_an_unknown_field_is_a_load_error(tmp_path: Path) -> None:
    kb_path, _ = write(tmp_path, KB.replace("      summary: The ALPHA",
                                            "      colour: red\n      summary: The ALPHA"))
    with pytest.raises(KnowledgeValidationError) as caught:
        load(kb_path)
    assert str(caught.value).endswith(":16: projects[0].evidence.colour: 'colour' is not a fact "
                                      "field")


def test_a_file_without_a_page_needs_no_evidence(tmp_path: Path) -> None:
    # Given a generated file that names no page (as the benchmarks make them)
    kb_path, _ = write(tmp_path, KB.replace("page: {title: Past Projects}\n", "").replace(
        "      lead: was led by the Beta Clinic Kiel GmbH\n", ""))
    # When it loads, Then it is valid
    assert load(kb_path).projects["alpha"].lead == ("beta",)


def test_a_missing_page_is_a_clear_error(tmp_path: Path) -> None:
    write(tmp_path, KB)
    result = run_check("kb.yaml", "--page", "missing.txt", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith("missing.txt:1: cannot read the page")


# --------------------------------------------------------------------------- the audit, asked


AUDIT = [
    # 1. places the page doesn't give
    ("which projects involved Hamburg?", ["HIHeal", "InnoReAct"], ["involving Hamburg"]),
    ("welche Projekte hatten mit Hamburg zu tun?", ["HIHeal", "InnoReAct"], ["Bezug zu Hamburg"]),
    ("where was InnoReAct active?", ["doesn't say where"], ["Hamburg"]),
    ("wo war HIHeal aktiv?", ["sagt nicht, wo"], ["Hamburg"]),
    ("where was KI#CK active?", ["Schleswig-Holstein"], ["Lübeck"]),
    ("wo war KI#CK aktiv?", ["Schleswig-Holstein"], ["Lübeck"]),
    # 2. aims told as aims
    ("what is MAGIA?", ["set out to build"], ["helped"]),
    ("was ist MAGIA?", ["aufbauen wollte"], ["ebnete"]),
    ("what were the results of MAGIA?", ["successfully concluded"], ["bridges"]),
    ("was waren die Ergebnisse von MAGIA?", ["erfolgreich abgeschlossen"], ["Brücken"]),
    ("what did ELISE do?", ["believed"], ["applied the"]),
    ("was hat ELISE gemacht?", ["interregionaler"], ["überregional", "wendeten"]),
    ("what is KI#CK?", ["aimed to create"], ["introduced"]),
    ("was ist KI#CK?", ["bieten sollte"], ["heranführte"]),
    ("what was LSN's role in HIHeal?", ["set out to join"], ["formed"]),
    ("what was LSN's role in P.I.L.O.T.?", ["set out to establish"], ["was set up"]),
    ("what is BRIDGE 53?", ["under construction"], []),
    ("what is BONEBANK?", ["containing stem cells"], ["stem-cell-rich"]),
    # 3. KI#CK's roles
    ("who led KI#CK?", ["run by Life Science Nord Management GmbH together with Technische "
                        "Hochschule Lübeck and oncampus GmbH"], ["led by"]),
    ("wer leitete KI#CK?", ["von der Life Science Nord Management GmbH gemeinsam mit der "
                            "Technischen Hochschule Lübeck und der oncampus GmbH"], []),
    ("who were the partners of KI#CK?", ["oncampus GmbH (company)"], []),
    # 4. the copied BONEBANK sentence
    ("what was LSN's role in BONEBANK?", ["competence atlas"], ["atlas of expertise"]),
    # 5. facts the page states that can now be asked for
    ("which hospitals took part in BONEBANK?", ["hospitals in Lübeck and Odense"], []),
    ("welche Kliniken waren an BONEBANK beteiligt?", ["Kliniken in Lübeck und Odense"], []),
    ("which project was part of HealthRegion?", ["(1): BFCC"], []),
    ("welches Projekt war Teil von HealthRegion?", ["(1): BFCC"], []),
    ("what was BFCC part of?", ["flagship project HealthRegion"], []),
    ("wovon war BFCC ein Teil?", ["Teil des Flaggschiffprojekts HealthRegion"], []),
    ("who led InnoReAct?", ["run by the LSN cluster management (Life Science Nord Management "
                            "GmbH)", "with the help of the project"], ["no lead"]),
    ("wer leitete InnoReAct?", ["vom LSN-Clustermanagement (Life Science Nord Management GmbH) "
                                "durchgeführt", "mit Hilfe des Projekts"], []),
    ("what were the results of BFCC?", ["pan-Baltic cooperation network"], []),
    ("was waren die Ergebnisse von BFCC?", ["Kooperationsnetzwerk rund um die Ostsee"], []),
    ("was MAGIA successful?", ["successfully concluded"], []),
    ("war MAGIA erfolgreich?", ["erfolgreich abgeschlossen"], []),
    ("who were the partners of BRIDGE 53?", ["industry partners", "names none"], []),
    ("wer waren die Partner von BRIDGE 53?", ["Industriepartner"], []),
    # P.I.L.O.T.'s page says who took part without names: "All parts of the health sector
    # were involved" is its partners answer, not "the page names no partners" alone
    ("Wer war bei P.I.L.O.T. beteiligt?", ["alle Bereiche des Gesundheitswesens"], []),
    ("who took part in P.I.L.O.T.?", ["all parts of the health sector"], []),
    # 6. the EU, with the fund named
    ("which projects did the EU fund?", ["(10)", "BFCC (2016–2019; Interreg Baltic Sea Region",
                                         "KI#CK (European Social Fund (ESF))", "BRIDGE 53"], []),
    ("welche Projekte wurden mit EU-Mitteln gefördert?", ["(10)", "durch die Europäische Union",
                                                         "MAGIA (2018–2019; COSME-Programm"], []),
    ("EU-Mittel", ["(10)"], []),
    ("EU projects", ["(10)"], []),
    # 8. the follow-ups
    ("list all projects", ["these follow-ups"], ["two follow-ups"]),
    ("welche Projekte laufen noch?", ["Nachfolgeprojekte ohne Enddatum"], ["zwei"]),
]


@pytest.mark.parametrize(("question", "present", "absent"), AUDIT)
def test_each_audit_item_is_answered_right(
    kb: KnowledgeBase, question: str, present: list[str], absent: list[str]
) -> None:
    # Given an audit item, When we ask the real core
    text = answer(question, State(), kb).text
    # Then the page's fact is there, told as the page tells it
    for words in present:
        assert words in text, (question, text)
    for words in absent:
        assert words not in text, (question, text)


def test_the_real_cli_answers_the_eu_question_in_german() -> None:
    env = {k: v for k, v in os.environ.items() if k != "KNOWLEDGE_PATH"}
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "Welche Projekte hat die EU "
                           "gefördert?"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.startswith("Projekte mit Förderung durch die Europäische Union (10): ")


# --------------------------------------------------------------------------- German forms

DATIVE_PREPOSITIONS = ("zu", "von", "mit", "aus", "bei", "nach", "seit", "in")
CONTRACTED = (("zu", "dem"), ("zu", "der"), ("von", "dem"), ("in", "dem"), ("bei", "dem"))
BROKEN = [
    re.compile(r"\b(zu|von|mit|aus|bei|nach|seit|vom|zum|zur|beim) (die|das)\b"),
    re.compile(r"\b(von|bis) \d{1,2}\. "),  # "vom 1. Januar", "bis zum 31. Dezember"
    re.compile(r"\bTeil von (der|die|das|dem|des)\b"),
]


def names_with_forms(kb: KnowledgeBase) -> list[Any]:
    return [*kb.funders.values(), *kb.places.values(), *kb.organisations.values(),
            *kb.topics.values()]


def broken_forms(text: str, kb: KnowledgeBase) -> list[str]:
    """The broken German forms in a text: a nominative after a dative preposition, an
    uncontracted article, a day date without "vom"/"bis zum"."""
    wrong, uncontracted = wrong_forms(kb)
    found = [m.group(0) for pattern in (*BROKEN, wrong) for m in pattern.finditer(text)]
    return found + [phrase for phrase in uncontracted if phrase in text]


_WRONG: dict[int, tuple[re.Pattern[str], list[str]]] = {}


def wrong_forms(kb: KnowledgeBase) -> tuple[re.Pattern[str], list[str]]:
    """Each name's nominative after a dative preposition ("zu der Ostseeraum", "von
    Europäische Union"), as one pattern; and its dative where it should contract ("zu dem")."""
    if id(kb) not in _WRONG:
        wrong: set[str] = set()
        uncontracted: list[str] = []
        for record in names_with_forms(kb):
            forms = record.de_forms
            if forms:
                bare = record.name if isinstance(record.name, str) else record.name.de
                wrong |= {forms.nom, bare} - {forms.dat}
                uncontracted += [f"{prep} {forms.dat}" for prep, article in CONTRACTED
                                 if forms.dat.startswith(article + " ")]
        names = "|".join(re.escape(w) for w in sorted(wrong, key=len, reverse=True))
        preps = "|".join(DATIVE_PREPOSITIONS)
        _WRONG[id(kb)] = (re.compile(rf"\b(?:{preps}) (?:{names})"), uncontracted)
    return _WRONG[id(kb)]


def slot_values(kb: KnowledgeBase, lang: str, slot: str) -> list[Any]:
    """Every value a slot can hold: each name with its forms, project names, dates."""
    if slot in ("start", "end", "date"):
        return [fmt_date(PartialDate.parse(d), lang) for d in ("2017-01-01", "2016-03", "2018")]
    names: list[Any] = [term(r, lang) for r in names_with_forms(kb)]
    names += [Bold(p.name) for p in kb.projects.values()]
    pairs = [Joined((term(kb.funders["eu"], lang), term(kb.funders["schleswig-holstein"], lang))),
             Joined((term(kb.organisations["lsn"], lang), term(kb.organisations["uksh"], lang)))]
    return names + pairs


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_template_renders_every_name_without_broken_forms(
    kb: KnowledgeBase, lang: str
) -> None:
    # Given every reply template and every name the knowledge base has
    rendered = 0
    for key, texts in templates()["replies"].items():
        slots = [f for _, f, _, _ in Formatter().parse(texts[lang]) if f]
        for slot in slots:
            for value in slot_values(kb, lang, slot):
                # When the name fills the slot (the others hold a neutral word)
                filled = {s: value if s == slot else "X" for s in slots}
                text = render(Answer("test", lines=[Line(key, filled)]), lang)
                rendered += 1
                # Then no broken form appears (and English renders too)
                if lang == "de":
                    assert not broken_forms(text, kb), (key, text, broken_forms(text, kb))
    assert rendered > 5000


def test_the_check_knows_the_broken_forms_of_the_audit(kb: KnowledgeBase) -> None:
    for text in ("Projekte mit Bezug zu der Ostseeraum", "mit Bezug zu die USA",
                 "BFCC war Teil von das Flaggschiffprojekt HealthRegion",
                 "ca. 193.000 € von Europäische Union", "ELISE lief von 1. Januar 2017"):
        assert broken_forms(text, kb), text
    assert not broken_forms("mit Bezug zum Ostseeraum, zu den USA, vom 1. Januar 2017 bis zum "
                            "31. Dezember 2021, von der Europäischen Union", kb)


def test_german_prose_in_the_knowledge_base_says_interregional(kb: KnowledgeBase) -> None:
    texts = [getattr(p, f).de for p in kb.projects.values() for f in ("summary", "activities")
             if getattr(p, f)]
    assert not any("überregional" in t for t in texts)
    assert any("interregional" in t for t in texts)


GERMAN_QUESTIONS = [
    "Was ist {name}?", "Wann lief {name}?", "Wer hat {name} gefördert?", "Wie viel Geld bekam "
    "{name}?", "Wer leitete {name}?", "Wer waren die Partner von {name}?", "Wo war {name} aktiv?",
    "Was war das Ziel von {name}?", "Was waren die Ergebnisse von {name}?", "Läuft {name} noch?",
    "Wovon war {name} ein Teil?", "Wie lange lief {name}?", "Welche Rolle hatte LSN bei {name}?",
]
GERMAN_LISTS = [
    "Welche Projekte hatten Bezug zum Ostseeraum?", "Projekte mit Bezug zu den USA",
    "Welche Projekte förderte die EU?", "Welche Projekte wurden vom EFRE gefördert?",
    "Projekte mit der Technischen Hochschule Lübeck", "Welche Projekte gab es in der Slowakei?",
    "Welche Projekte förderte das Land Schleswig-Holstein?", "Projekte mit dem UKSH",
    "Welches Projekt war Teil von HealthRegion?", "Welche Projekte laufen noch?",
    "Wie hängen die Projekte zusammen?", "Welches Projekt lief am längsten?",
]


def test_real_german_replies_have_no_broken_forms_and_say_sie(kb: KnowledgeBase) -> None:
    # Given German questions about every project, and German lists
    questions = [q.format(name=p.name) for p in kb.projects.values() for q in GERMAN_QUESTIONS]
    for question in questions + GERMAN_LISTS:
        # When the real core answers
        reply = answer(question, State(), kb)
        # Then it is German, without broken forms, and never says "du"
        assert reply.language == "de", question
        assert not broken_forms(reply.text, kb), (question, reply.text)
        assert not re.search(r"\b(du|dich|dir|dein\w*)\b", reply.text, re.I), reply.text


def test_the_quotes_of_an_answer_s_fields_are_gathered_in_one_step(kb: KnowledgeBase) -> None:
    from bot.evidence import ANSWER_FIELDS, all_quotes, quotes
    from tests.conftest import python_calls
    # Given the fields an overview of BFCC rests on
    fields = ANSWER_FIELDS["overview"]
    # When their quotes are gathered
    found, calls = python_calls(lambda: all_quotes(kb, "bfcc", fields))
    # Then they are each field's quotes, each once, in field order, gathered without a step
    # per field (three Python calls: 26 before, two for each of the twelve fields)
    expected = tuple(dict.fromkeys(q for f in fields for q in quotes(kb, "bfcc", f)))
    assert found == expected and found
    assert calls == 3
    assert all_quotes(kb, "no-such-project", fields) == ()
