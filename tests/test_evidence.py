"""Tests for bot.evidence and `python -m bot check --page`: every fact rests on the page's words.

Each kind of failure has its own small knowledge base and page, written to a temporary directory;
the shipped knowledge base is held against the real page (shared/sources, beside the repository).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.evidence import DEFAULT_PAGE, all_quotes, check_page, quotes
from bot.knowledge import FACT_FIELDS, KnowledgeBase, KnowledgeValidationError, load

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
