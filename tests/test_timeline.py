"""The timeline picture: bars only for dates the page gives, a real phone-sized PNG, German
labels, the `timeline` sub-command, the JSON-lines "image" field, and a lazy matplotlib."""

from __future__ import annotations

import datetime as dt
import json
import os
import struct
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.timeline import (
    DPI,
    MAX_BARS,
    WIDTH_PX,
    build_figure,
    funder_colours,
    render_png,
    save_png,
    save_png_by_content,
)
from tests.conftest import hostile_strings

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
UNDATED = ["bridge53", "hiheal-next", "kick"]
ERDF = ["bonebank", "hiheal", "innoreact", "northopedics", "pilot"]


def timeline_for(kb: KnowledgeBase, question: str) -> tuple[dict[str, Any], str]:
    reply = answer(question, State(), kb)
    assert reply.intent == "timeline" and "timeline" in reply.data, reply.text
    return reply.data["timeline"], reply.language


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which a valid PNG has first."""
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def bars(fig: Any) -> list[str]:
    """The project ids of the bars, top to bottom."""
    return [p.get_gid() for p in fig.axes[0].patches if p.get_gid()]


def bar(fig: Any, pid: str) -> Any:
    return next(p for p in fig.axes[0].patches if p.get_gid() == pid)


def texts(fig: Any) -> list[Any]:
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]


def words(fig: Any) -> str:
    """Every text of the figure, one per line, with wrapped lines joined again."""
    return "\n".join(" ".join(t.get_text().split()) for t in texts(fig))


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(env or {})
    return subprocess.run([sys.executable, *args], input=stdin, text=True, capture_output=True,
                          cwd=ROOT, env=environment, timeout=60)


@pytest.fixture(scope="module")
def everything(kb: KnowledgeBase) -> Any:
    timeline, language = timeline_for(kb, "show me a timeline")
    return build_figure(timeline, kb, language)


# --------------------------------------------------------------------------- what is drawn


def test_all_projects_get_a_bar_only_when_the_page_gives_dates(
        kb: KnowledgeBase, everything: Any) -> None:
    # Given the timeline of every project (built once by the fixture)
    timeline, _ = timeline_for(kb, "show me a timeline")
    # Then each dated project is one bar, in the core's order
    assert bars(everything) == timeline["projects"]
    assert len(bars(everything)) == 10
    # And the projects without dates are not bars and not rows, but are named under the chart
    assert not set(UNDATED) & set(bars(everything))
    rows = {t.get_text() for t in everything.axes[0].texts}
    assert not {"BRIDGE 53", "KI#CK", "HIHeal next level transition"} & rows
    assert "Dates not stated: BRIDGE 53, HIHeal next level transition, KI#CK" in words(everything)


def test_bars_run_at_the_precision_the_page_gives(kb: KnowledgeBase, everything: Any) -> None:
    def days(pid: str) -> tuple[dt.date, dt.date]:
        patch = bar(everything, pid)
        end = patch.get_x() + patch.get_width()
        return dt.date.fromordinal(round(patch.get_x())), dt.date.fromordinal(round(end))

    # Month precision covers whole months: BFCC March 2016 to February 2019
    assert days("bfcc") == (dt.date(2016, 3, 1), dt.date(2019, 3, 1))
    # Day precision is exact: NORTHOPEDICS 21 June 2016 to 30 June 2019
    assert days("northopedics") == (dt.date(2016, 6, 21), dt.date(2019, 7, 1))
    # Year precision (MAGIA 2018 to 2019) spans the whole years and is drawn hatched and faded
    assert days("magia") == (dt.date(2018, 1, 1), dt.date(2020, 1, 1))
    magia = bar(everything, "magia")
    assert magia.get_hatch() and magia.get_facecolor()[3] < 0.5
    assert not bar(everything, "elise").get_hatch()
    assert bar(everything, "elise").get_facecolor()[3] == 1
    assert "Only the years are stated (months unknown)" in words(everything)


def test_the_follow_up_without_an_end_continues_from_its_predecessor(
        everything: Any) -> None:
    # P.I.L.O.T. Next Level starts in April 2023 and has no end
    ax = everything.axes[0]
    start = bar(everything, "pilot-next").get_x()
    assert dt.date.fromordinal(round(start)) == dt.date(2023, 4, 1)
    # Then it fades out to the right edge, labelled as continuing, with an arrow from P.I.L.O.T.
    fade = [p for p in ax.patches if p.get_y() == bar(everything, "pilot-next").get_y()]
    assert max(p.get_x() + p.get_width() for p in fade) == pytest.approx(ax.get_xlim()[1])
    assert [p.get_facecolor()[3] for p in fade] == sorted((p.get_facecolor()[3] for p in fade),
                                                          reverse=True)
    assert "continues P.I.L.O.T., end not stated" in words(everything)
    assert "Still running, end not stated" in words(everything)
    assert "Follow-up of an earlier project" in words(everything)
    arrows = [a for a in ax.texts if a.get_text() == "" and hasattr(a, "xy")]
    pilot_end = dt.date(2023, 4, 1).toordinal()
    assert any(a.xy[0] == pytest.approx(pilot_end) for a in arrows)


def test_colour_shows_the_first_named_funder_with_a_legend(kb: KnowledgeBase,
                                                           everything: Any) -> None:
    from matplotlib.colors import to_rgba

    colours = funder_colours(kb)
    assert bar(everything, "hiheal").get_facecolor() == to_rgba(colours["erdf"])
    assert bar(everything, "bfcc").get_facecolor() == to_rgba(colours["interreg-bsr"])
    # Projects without a funder on the page share a neutral colour, explained in the legend
    assert bar(everything, "magia2market").get_facecolor() == to_rgba("#8C8C8C")
    legend = words(everything)
    for funder in ("European Regional Development Fund (ERDF)", "Interreg Europe", "REACT-EU",
                   "Funder not stated"):
        assert funder in legend
    # And a funder keeps its colour in a filtered chart
    timeline, language = timeline_for(kb, "timeline of the ERDF projects")
    erdf = build_figure(timeline, kb, language)
    assert bar(erdf, "hiheal").get_facecolor() == bar(everything, "hiheal").get_facecolor()


def test_no_text_is_smaller_than_14_px_at_1200_px(everything: Any) -> None:
    assert everything.get_size_inches()[0] * DPI == WIDTH_PX
    sizes = {t.get_text(): t.get_fontsize() * DPI / 72 for t in texts(everything)}
    assert min(sizes.values()) >= 14, min(sizes.items(), key=lambda item: item[1])


# --------------------------------------------------------------------------- filters, language


def test_a_filter_draws_only_the_matching_projects(kb: KnowledgeBase) -> None:
    # Given a question with a funder filter
    timeline, language = timeline_for(kb, "timeline of the ERDF projects")
    # When the chart is drawn
    fig = build_figure(timeline, kb, language)
    # Then only the ERDF projects are bars, and the undated ERDF project is named below
    assert bars(fig) == ERDF
    assert "Dates not stated: BRIDGE 53" in words(fig)
    title = "Timeline: projects funded by the European Regional Development Fund (ERDF)"
    assert title in words(fig)


def test_a_german_question_gets_german_labels(kb: KnowledgeBase) -> None:
    # Given a German question
    timeline, language = timeline_for(kb, "Zeitstrahl der Projekte")
    assert language == "de"
    # When the chart is drawn
    fig = build_figure(timeline, kb, language)
    # Then its title, note, legend and follow-up label are German, with no English left over
    text = words(fig)
    assert "Zeitstrahl der vergangenen Projekte von Life Science Nord" in text
    assert "Daten nicht angegeben: BRIDGE 53, HIHeal next level transition, KI#CK" in text
    assert "setzt P.I.L.O.T. fort, Ende nicht angegeben" in text
    assert "Farbe: zuerst genannter Förderer oder Programm" in text
    assert "Europäischer Fonds für regionale Entwicklung (EFRE)" in text
    assert "Nur Jahre angegeben (Monate unbekannt)" in text
    for english in ("Dates not stated", "continues", "Funder not stated", "Colour"):
        assert english not in text


def test_a_filter_that_matches_nothing_gets_text_and_no_chart(kb: KnowledgeBase) -> None:
    reply = answer("timeline of projects from 2030", State(), kb)
    assert reply.intent == "timeline" and not reply.answered
    assert "timeline" not in reply.data
    assert "no timeline to draw" in reply.text
    with pytest.raises(ValueError, match="nothing to draw"):
        build_figure({"projects": [], "undated": UNDATED, "title": "x"}, kb, "en")


# --------------------------------------------------------------------------- the PNG


def test_the_png_is_real_and_phone_sized(kb: KnowledgeBase, tmp_path: Path) -> None:
    # Given the timeline of the Interreg projects
    timeline, language = timeline_for(kb, "timeline of the Interreg projects")
    # When it is saved
    path = save_png(timeline, kb, language, tmp_path / "deep" / "interreg.png")
    # Then the file is a PNG 1200 px wide, as tall as its three rows and legend need
    assert path == tmp_path / "deep" / "interreg.png"
    width, height = png_size(path.read_bytes())
    assert width == WIDTH_PX and 300 < height < 800
    assert path.read_bytes() == render_png(timeline, kb, language)


def test_equal_charts_share_one_content_named_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    timeline, language = timeline_for(kb, "timeline of the COSME projects")
    first = save_png_by_content(timeline, kb, language, tmp_path)
    second = save_png_by_content(timeline, kb, language, tmp_path)
    german = save_png_by_content(timeline, kb, "de", tmp_path)
    assert first == second != german
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, german.name])


def test_many_projects_are_capped_and_long_names_shortened(kb: KnowledgeBase) -> None:
    # Given a knowledge base with far more dated projects than fit on a phone
    elise = kb.projects["elise"]
    many = {f"p{i}": replace(elise, id=f"p{i}", name=f"Project {i} " + "long name " * (i % 9))
            for i in range(MAX_BARS + 15)}
    big = replace(kb, projects=many)
    # When all of them are asked for
    fig = build_figure({"projects": list(many), "undated": [], "title": "All"}, big, "en")
    # Then MAX_BARS are drawn, the rest are counted in a note, and names are cut with an ellipsis
    assert len(bars(fig)) == MAX_BARS
    assert "15 more projects are not drawn" in words(fig)
    rows = [t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("Project")]
    assert any(row.endswith("…") for row in rows)
    assert fig.axes[0].get_position().x0 * WIDTH_PX < 0.4 * WIDTH_PX


def test_hostile_titles_are_drawn_as_plain_text(kb: KnowledgeBase) -> None:
    # Given a title with maths markup, HTML, right-to-left text, control characters and surrogates
    title = " ".join(s for s in hostile_strings() if len(s) < 100) + " $x^2$ \\frac{a}{b} $"
    timeline = {"projects": ["magia"], "undated": [], "title": title + " " + "x" * 10_000}
    # When it is rendered (glyphs the font lacks, such as emoji, only warn)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Glyph .* missing from font", UserWarning)
        png = render_png(timeline, kb, "en")
    # Then the picture is drawn, and the title is cut rather than growing the picture
    width, height = png_size(png)
    assert width == WIDTH_PX and height < 600


# --------------------------------------------------------------------------- front ends


def test_importing_the_bot_does_not_import_matplotlib() -> None:
    code = ("import sys, bot.timeline, bot.cli, bot.conversation; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))")
    result = run("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_cli_timeline_writes_the_png_and_prints_where(tmp_path: Path) -> None:
    # Given a filter on the command line
    out = tmp_path / "tmp" / "x.png"
    # When `python -m bot timeline` runs
    result = run("-m", "bot", "timeline", "of", "the", "ERDF", "projects", "--out", str(out))
    # Then it names the file and prints the same dates as text
    assert result.returncode == 0, result.stderr
    assert f"written to {out}" in result.stdout
    assert "• BONEBANK: September 2015 to August 2020" in result.stdout
    assert png_size(out.read_bytes())[0] == WIDTH_PX


def test_cli_timeline_that_matches_nothing_writes_no_file(tmp_path: Path) -> None:
    out = tmp_path / "none.png"
    result = run("-m", "bot", "timeline", "from", "2030", "--out", str(out))
    assert result.returncode == 1, result.stderr  # nothing drawn: a script must see that
    assert "No project matches that, so there is no timeline to draw" in result.stdout
    assert not out.exists()


def test_jsonl_names_the_image_file_next_to_the_text(tmp_path: Path) -> None:
    # Given a timeline request, the same again, one that matches nothing and a normal question
    lines = [{"chat": 1, "text": "Zeitstrahl der ERDF-Projekte"},
             {"chat": 2, "text": "Zeitstrahl der ERDF-Projekte"},
             {"chat": 3, "text": "timeline of projects from 2030"},
             {"chat": 4, "text": "when did BFCC run?"}]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    # When they go through the JSON-lines interface with BOT_DATA_DIR set
    result = run("-m", "bot", "chat", "--jsonl", stdin=stdin, env={"BOT_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    # Then the timeline replies name one PNG under $BOT_DATA_DIR/timelines next to the text
    image = Path(out[0]["image"])
    assert image.parent == tmp_path.resolve() / "timelines"
    assert image.name.startswith("timeline-") and image.suffix == ".png"
    assert png_size(image.read_bytes())[0] == WIDTH_PX
    assert out[0]["text"].startswith("Zeitstrahl") and out[0]["intent"] == "timeline"
    assert out[1]["image"] == out[0]["image"]
    assert len(list(image.parent.iterdir())) == 1
    # And replies without a picture have no "image" key
    assert "image" not in out[2] and "image" not in out[3]


@pytest.mark.parametrize("text,head", [
    ("can you give me the dates for each one?", "Timeline"),
    ("when did each project start?", "Timeline"),
    ("Welche Laufzeiten hatten die einzelnen Projekte?", "Zeitstrahl"),
    ("wann liefen eure Projekte jeweils?", "Zeitstrahl"),
])
def test_the_dates_of_each_project_with_none_talked_about_are_the_timeline(
        kb: KnowledgeBase, text: str, head: str) -> None:
    # Given when each project ran, asked with no project or list talked about
    reply = answer(text, State(), kb)
    # Then every project with its dates, and those the page gives none for said so
    assert reply.intent == "timeline" and reply.answered
    assert reply.text.startswith(head), reply.text
    assert "2015" in reply.text and "2023" in reply.text and "KI#CK" in reply.text


def test_the_dates_of_each_one_after_a_list_are_of_the_listed_ones(kb: KnowledgeBase) -> None:
    # Given a list of the three bone projects
    listed = answer("which projects were about bones?", State(), kb)
    # When the dates of each one are asked
    reply = answer("can you give me the dates for each one?", listed.state, kb)
    # Then each of the three, not the timeline of all
    assert set(reply.projects) == {"bfcc", "bonebank", "northopedics"}, reply.text
    assert reply.intent == "dates" and "2015" in reply.text


@pytest.mark.parametrize("text,head", [
    ("Können Sie die Projekte zeitlich einordnen?", "Zeitstrahl"),
    ("can you put the projects in time order?", "Timeline"),
    ("can you place the projects in time?", "Timeline"),
])
def test_placing_the_projects_in_time_is_the_timeline(
        kb: KnowledgeBase, text: str, head: str) -> None:
    # Given the projects asked to be placed in time, with nothing talked about before
    reply = answer(text, State(), kb)
    # Then the timeline of every project, not "not understood" or a bare list
    assert reply.intent == "timeline" and reply.answered
    assert reply.text.startswith(head), reply.text


@pytest.mark.parametrize("text,head", [
    ("zeig mal ne übersicht wann welche projekte liefen", "Zeitstrahl"),
    ("give me an overview of when which projects ran", "Timeline"),
])
def test_when_which_project_ran_is_the_timeline(kb: KnowledgeBase, text: str, head: str) -> None:
    # Given an overview asked of when which projects ran, nothing talked about before
    reply = answer(text, State(), kb)
    # Then the timeline of every project (was the bare list of projects)
    assert reply.intent == "timeline" and reply.answered
    assert reply.text.startswith(head), reply.text
