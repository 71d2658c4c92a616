"""The timeline picture: a PNG Gantt chart of the projects that a timeline reply names.

The core decides which projects belong on a timeline (``reply.data["timeline"]``); this front-end
helper only draws them. Bars run from start to end at the page's precision; year-only dates are
hatched and faded, a project without an end fades out to the right, follow-ups get an arrow from
their predecessor, and projects without dates are listed under the chart, never drawn.

matplotlib (Agg) is imported inside the drawing functions, so text answers never pay for it.
Texts and colours live in ``bot/data/timeline.yaml``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.datafiles import data_file, in_language
from bot.knowledge import KnowledgeBase, Project

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


WIDTH_PX = 1200
DPI = 100
TITLE_PT = 20.0  # 28 px at 100 dpi
LABEL_PT = 16.0  # 22 px: project names and years
NOTE_PT = 14.5  # 20 px: legend and notes; the smallest text, well above 14 px
PAD_PX = 28
ROW_PX = 60
BAR_HEIGHT = 0.62  # of a row
FADE_STEPS = 24
YEARS_PX = 46  # the year labels under the chart
LEGEND_ROW_PX = 34
LEGEND_SAMPLE_PX = 44
LEGEND_GAP_PX = 36  # between legend columns
MIN_YEARS = 4  # a short chart still shows where its bars begin and end
MAX_BARS = 40  # keeps the picture within Telegram's photo limits; the rest is named in a note
MAX_NAME_SHARE = 0.3  # of the width, for the project names left of the bars


@dataclass(frozen=True)
class Bar:
    """One project on the chart. Days are proleptic ordinals; ``end`` is exclusive, or None when
    the page gives no end."""

    project: str
    name: str
    start: int
    end: int | None
    exact: bool
    funder: str | None
    follows: str | None


# --------------------------------------------------------------------------- data, no matplotlib


def _data() -> dict[str, Any]:
    return data_file("timeline")


def label(key: str, language: str) -> str:
    """One text of the picture, in the question's language (English when unknown)."""
    return in_language(_data()["labels"][key], language)


def plan(timeline: dict[str, Any], kb: KnowledgeBase) -> tuple[list[Bar], list[str]]:
    """Split the core's timeline into bars and undated ids, so only known dates become bars."""
    bars: list[Bar] = []
    undated = [pid for pid in timeline.get("undated", ()) if pid in kb.projects]
    for pid in timeline.get("projects", ()):
        project = kb.projects.get(pid)
        if project is None:
            continue
        if project.start is None:
            undated.append(pid)
        else:
            bars.append(_bar(project))
    return bars, list(dict.fromkeys(undated))


def _bar(project: Project) -> Bar:
    assert project.start is not None
    end = project.end.upper().toordinal() + 1 if project.end else None
    exact = project.start.precision != "year" and (
        project.end is None or project.end.precision != "year")
    funder = project.funding[0] if project.funding else None
    return Bar(project.id, project.name, project.start.lower().toordinal(), end, exact, funder,
               project.follows)


@cache  # the knowledge base hashes by identity
def funder_colours(kb: KnowledgeBase) -> dict[str, str]:
    """A colour per first-named funder, the same in every chart drawn from this knowledge base."""
    palette = _data()["colours"]["funders"]
    firsts = dict.fromkeys(p.funding[0] for p in kb.projects.values() if p.funding and p.start)
    return {funder: palette[i % len(palette)] for i, funder in enumerate(firsts)}


def _colour(bar: Bar, kb: KnowledgeBase) -> str:
    neutral = _data()["colours"]["neutral"]
    return funder_colours(kb).get(bar.funder, neutral) if bar.funder else neutral


def span(bars: Sequence[Bar]) -> tuple[int, int]:
    """Whole years around the bars; an open end gets a year beyond its start to fade into."""
    first = min(dt.date.fromordinal(b.start).year for b in bars)
    last = max(dt.date.fromordinal(b.end - 1).year if b.end else
               dt.date.fromordinal(b.start).year + 1 for b in bars)
    while last - first + 1 < MIN_YEARS:
        first, last = (first, last + 1) if (last - first) % 2 == 0 else (first - 1, last)
    return dt.date(first, 1, 1).toordinal(), dt.date(last + 1, 1, 1).toordinal()


def _clean(text: str) -> str:
    """Drop what no font can draw: control characters and lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) != "Cc")


def _plain(text: str) -> str:
    """The text as drawn: cleaned, and a dollar sign kept from switching to maths mode."""
    return _clean(text).replace("$", r"\$")


# --------------------------------------------------------------------------- layout, in pixels


@dataclass(frozen=True)
class Entry:
    """One legend line: the kind of sample (fill, year_only, open, follow), colour and text."""

    kind: str
    colour: str
    text: str


@dataclass(frozen=True)
class Layout:
    """Where everything goes, in pixels from the bottom left of a WIDTH_PX-wide picture."""

    height: float
    title: str
    note: str
    names: tuple[str, ...]
    axes: tuple[float, float, float, float]  # left, bottom, width, height
    legend_top: float
    legend: tuple[tuple[Entry, ...], ...]  # columns of entries
    legend_x: tuple[float, ...]  # where each column starts
    note_top: float


def legend_entries(bars: Sequence[Bar], kb: KnowledgeBase, language: str) -> list[Entry]:
    """The legend explains only what this chart shows."""
    colours = _data()["colours"]
    entries = [Entry("fill", funder_colours(kb)[funder], kb.funders[funder].name.get(language))
               for funder in dict.fromkeys(b.funder for b in bars if b.funder)]
    if any(b.funder is None for b in bars):
        entries.append(Entry("fill", colours["neutral"], label("no_funder", language)))
    if not all(b.exact for b in bars):
        entries.append(Entry("year_only", colours["neutral"], label("year_only", language)))
    if any(b.end is None for b in bars):
        entries.append(Entry("open", colours["neutral"], label("open_end", language)))
    if any(b.follows in {x.project for x in bars} for b in bars):
        entries.append(Entry("follow", colours["text"], label("follow_up", language)))
    return entries


def layout(title: str, note: str, bars: Sequence[Bar], entries: Sequence[Entry]) -> Layout:
    """Stack title, chart, year labels, the undated note and the legend from the top."""
    usable = WIDTH_PX - 2 * PAD_PX
    title = wrap(title, TITLE_PT, usable, bold=True)
    note = wrap(note, NOTE_PT, usable) if note else ""
    columns = legend_columns(entries, usable)
    title_h = _lines(title) * _px(TITLE_PT) * 1.25 + 24
    axes_h = ROW_PX * len(bars)
    note_h = _lines(note) * _px(NOTE_PT) * 1.35 + 18 if note else 0.0
    legend_h = (1 + max(len(column) for column in columns)) * LEGEND_ROW_PX
    height = 2 * PAD_PX + title_h + axes_h + YEARS_PX + note_h + legend_h
    names = tuple(fit(b.name, LABEL_PT, WIDTH_PX * MAX_NAME_SHARE) for b in bars)
    left = PAD_PX + max(text_width(name, LABEL_PT) for name in names) + 14
    axes_bottom = height - PAD_PX - title_h - axes_h
    note_top = axes_bottom - YEARS_PX
    starts = [PAD_PX + sum(_column_width(c) for c in columns[:i]) for i in range(len(columns))]
    return Layout(height, title, note, names,
                  (left, axes_bottom, WIDTH_PX - PAD_PX - left, axes_h),
                  note_top - note_h, columns, tuple(starts), note_top)


def legend_columns(entries: Sequence[Entry], width: float) -> tuple[tuple[Entry, ...], ...]:
    """Funders beside the drawing styles (or funders in two halves) when that fits the width,
    else one column."""
    fills = tuple(e for e in entries if e.kind == "fill")
    styles = tuple(e for e in entries if e.kind != "fill")
    half = -(-len(fills) // 2)
    pair = (fills[:half], fills[half:]) if not styles else (fills, styles)
    if all(pair) and sum(_column_width(c) for c in pair) - LEGEND_GAP_PX <= width:
        return pair
    return (tuple(entries),)


def _column_width(column: Sequence[Entry]) -> float:
    return LEGEND_SAMPLE_PX + 12 + max(text_width(e.text, NOTE_PT) for e in column) + LEGEND_GAP_PX


def wrap(text: str, size: float, width: float, bold: bool = False, max_lines: int = 4) -> str:
    """Break each paragraph into lines that fit the width, measured with the real font; a text
    longer than max_lines ends in an ellipsis rather than growing the picture."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and text_width(candidate, size, bold) > width:
                lines.append(line)
                line = word
                if len(lines) > max_lines:
                    break
            else:
                line = candidate
        lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], lines[max_lines - 1] + " …"]
    return "\n".join(fit(line, size, width, bold) for line in lines)


def fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """Shorten a one-line text with an ellipsis until it fits the width (binary search)."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


@lru_cache(maxsize=4096)  # names, funders and titles repeat from chart to chart
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in pixels of one line of text at the chart's resolution."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    with _unhinted():
        width = _measurer().get_text_width_height_descent(_clean(text), prop, ismath=False)[0]
    return float(width)


def _unhinted() -> Any:
    """Unhinted glyphs: a third faster to lay out and draw, and as crisp at these sizes.
    (matplotlib reads hinting from its global settings; nothing else in the bot draws.)"""
    import matplotlib

    return matplotlib.rc_context({"text.hinting": "no_hinting"})


@cache
def _measurer() -> Any:
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(1, 1, DPI)


def _px(points: float) -> float:
    return points * DPI / 72


def _lines(text: str) -> int:
    return text.count("\n") + 1


# --------------------------------------------------------------------------- drawing


def build_figure(timeline: dict[str, Any], kb: KnowledgeBase, language: str) -> Figure:
    """The chart as a matplotlib Figure (Agg canvas), for render_png and for tests to inspect.

    Bars carry their project id as ``gid``; only projects with a start date get one."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    every_bar, undated = plan(timeline, kb)
    if not every_bar:
        raise ValueError("nothing to draw: the timeline names no project with a start date")
    bars = every_bar[:MAX_BARS]
    note = _note(len(every_bar) - len(bars), undated, kb, language)
    entries = legend_entries(bars, kb, language)
    box = layout(str(timeline.get("title", "")), note, bars, entries)
    fig = Figure(figsize=(WIDTH_PX / DPI, box.height / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    left, bottom, width, height = box.axes
    ax = fig.add_axes((left / WIDTH_PX, bottom / box.height, width / WIDTH_PX,
                       height / box.height))
    _draw_grid(ax, bars, box)
    for row, bar in enumerate(bars):
        _draw_bar(ax, row, bar, kb, language)
    _draw_connectors(ax, bars)
    _draw_legend(fig, box, language)
    colour = _data()["colours"]["text"]
    fig.text(PAD_PX / DPI, (box.height - PAD_PX) / DPI, _plain(box.title), fontsize=TITLE_PT,
             fontweight="bold", color=colour, va="top", transform=fig.dpi_scale_trans)
    if box.note:
        fig.text(PAD_PX / DPI, box.note_top / DPI, _plain(box.note), fontsize=NOTE_PT,
                 color=colour, va="top", transform=fig.dpi_scale_trans)
    return fig


def _note(left_out: int, undated: Sequence[str], kb: KnowledgeBase, language: str) -> str:
    lines = [label("more", language).format(count=left_out)] if left_out else []
    if undated:
        names = ", ".join(kb.projects[pid].name for pid in undated)
        lines.append(label("undated", language).format(items=names))
    return "\n".join(lines)


def _draw_grid(ax: Axes, bars: Sequence[Bar], box: Layout) -> None:
    """Year bands, year lines and labels, and the project names: plain artists, no ticks."""
    from matplotlib.patches import Rectangle

    colours = _data()["colours"]
    left, right = span(bars)
    years = range(dt.date.fromordinal(left).year, dt.date.fromordinal(right).year)
    ax.set_axis_off()
    ax.set_xlim(left, right)
    ax.set_ylim(len(bars) - 0.5, -0.5)
    for year in years[1::2]:  # Rectangles rather than axvspan: no autoscaling to pay for
        start = dt.date(year, 1, 1).toordinal()
        ax.add_artist(Rectangle((start, 0), dt.date(year + 1, 1, 1).toordinal() - start, 1,
                                color=colours["band"], zorder=0, lw=0,
                                transform=ax.get_xaxis_transform()))
    ax.vlines([dt.date(y, 1, 1).toordinal() for y in years[1:]], -0.5, len(bars) - 0.5,
              colors=colours["grid"], lw=1, zorder=0.5)
    ax.hlines(len(bars) - 0.5, left, right, colors=colours["grid"], lw=1.5, zorder=0.5)
    step = max(1, -(-len(years) // 12))
    below = -8 / box.axes[3]
    for year in years[::step]:
        ax.text(dt.date(year, 7, 2).toordinal(), below, str(year), ha="center", va="top",
                fontsize=LABEL_PT, color=colours["text"], transform=ax.get_xaxis_transform())
    beside = -14 / box.axes[2]
    for row, name in enumerate(box.names):
        ax.text(beside, row, _plain(name), ha="right", va="center", fontsize=LABEL_PT,
                color=colours["text"], transform=ax.get_yaxis_transform())


def _draw_bar(ax: Axes, row: int, bar: Bar, kb: KnowledgeBase, language: str) -> None:
    from matplotlib.patches import Rectangle

    colour, bottom = _colour(bar, kb), row - BAR_HEIGHT / 2
    if bar.end is None:
        _draw_open_bar(ax, row, bar, colour, kb, language)
    elif bar.exact:
        ax.add_artist(Rectangle((bar.start, bottom), bar.end - bar.start, BAR_HEIGHT,
                               facecolor=colour, edgecolor=colour, gid=bar.project))
    else:
        ax.add_artist(Rectangle((bar.start, bottom), bar.end - bar.start, BAR_HEIGHT,
                               **_year_only_style(colour), gid=bar.project))


def _year_only_style(colour: str) -> dict[str, Any]:
    return {"facecolor": (*_rgb(colour), 0.28), "edgecolor": colour, "hatch": "//", "lw": 1.5,
            "ls": "--", "hatch_linewidth": 2.0}


def _draw_open_bar(ax: Axes, row: int, bar: Bar, colour: str, kb: KnowledgeBase,
                   language: str) -> None:
    """A bar that fades out towards the right edge and ends in an arrow: the end is unknown."""
    right = ax.get_xlim()[1]
    _fade(ax.add_artist, (bar.start, row - BAR_HEIGHT / 2), right - bar.start, BAR_HEIGHT,
          colour, ax.transData, bar.project)
    width = (right - bar.start) / 4
    ax.annotate("", xy=(right, row), xytext=(right - width, row),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5,
                            "mutation_scale": 28})
    predecessor = kb.projects.get(bar.follows) if bar.follows else None
    text = (label("continues", language).format(name=predecessor.name) if predecessor
            else label("end_not_stated", language))
    left = ax.get_xlim()[0]
    room_on_left = (bar.start - left) / (right - left) > 0.45
    ax.text(bar.start - 25 if room_on_left else bar.start + 25, row, _plain(text),
            ha="right" if room_on_left else "left", va="center", fontsize=NOTE_PT,
            style="italic", color=_data()["colours"]["text"])


def _fade(add: Callable[[Any], Any], corner: tuple[float, float], width: float, height: float,
          colour: str, transform: Any, gid: str | None = None) -> None:
    """A strip of ever paler rectangles; the first one carries the gid."""
    from matplotlib.patches import Rectangle

    step = width / FADE_STEPS
    for i in range(FADE_STEPS):
        alpha = 0.9 * (1 - i / FADE_STEPS) + 0.05
        add(Rectangle((corner[0] + i * step, corner[1]), step, height, lw=0, antialiased=False,
                      facecolor=(*_rgb(colour), alpha), transform=transform,
                      gid=gid if i == 0 else None))


def _draw_connectors(ax: Axes, bars: Sequence[Bar]) -> None:
    """An arrow from each predecessor's end to its follow-up's start, when both are drawn."""
    rows = {bar.project: row for row, bar in enumerate(bars)}
    style = {"arrowstyle": "-|>", "color": _data()["colours"]["text"], "lw": 1.8,
             "mutation_scale": 18, "shrinkA": 0, "shrinkB": 2}
    for row, bar in enumerate(bars):
        if bar.follows not in rows:
            continue
        above = bars[rows[bar.follows]]
        end = above.end if above.end is not None else bar.start
        top = rows[bar.follows] + BAR_HEIGHT / 2
        if bar.start - end < 60:
            ax.annotate("", xy=(bar.start, row - BAR_HEIGHT / 2), xytext=(bar.start, top),
                        arrowprops=style)
        else:
            ax.plot([end, end], [top, row], color=style["color"], lw=style["lw"])
            ax.annotate("", xy=(bar.start, row), xytext=(end, row), arrowprops=style)


def _draw_legend(fig: Figure, box: Layout, language: str) -> None:
    """A hand-placed legend: a heading, then the entries in one or two columns."""
    colour, inch = _data()["colours"]["text"], fig.dpi_scale_trans
    y = box.legend_top - LEGEND_ROW_PX / 2
    fig.text(PAD_PX / DPI, y / DPI, label("legend_title", language), fontsize=NOTE_PT,
             fontweight="bold", color=colour, va="center", transform=inch)
    for x, column in zip(box.legend_x, box.legend, strict=True):
        for i, entry in enumerate(column):
            row_y = y - (1 + i) * LEGEND_ROW_PX
            _draw_sample(fig, entry, x, row_y)
            fig.text((x + LEGEND_SAMPLE_PX + 12) / DPI, row_y / DPI, _plain(entry.text),
                     fontsize=NOTE_PT, color=colour, va="center", transform=inch)


def _draw_sample(fig: Figure, entry: Entry, x: float, y: float) -> None:
    from matplotlib.patches import FancyArrowPatch, Rectangle

    inch, w, h = fig.dpi_scale_trans, LEGEND_SAMPLE_PX / DPI, 20 / DPI
    corner = (x / DPI, y / DPI - h / 2)
    if entry.kind == "open":
        _fade(fig.add_artist, corner, w, h, entry.colour, inch)
    elif entry.kind == "follow":
        fig.add_artist(FancyArrowPatch((x / DPI, y / DPI), (x / DPI + w, y / DPI),
                                       arrowstyle="-|>", mutation_scale=18, lw=1.8,
                                       color=entry.colour, transform=inch))
    else:
        style = (_year_only_style(entry.colour) if entry.kind == "year_only"
                 else {"facecolor": entry.colour, "lw": 0})
        fig.add_artist(Rectangle(corner, w, h, transform=inch, **style))


def _rgb(colour: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    return to_rgb(colour)


# --------------------------------------------------------------------------- output


def render_png(timeline: dict[str, Any], kb: KnowledgeBase, language: str) -> bytes:
    """The chart as PNG bytes, ready for sendPhoto or a file; also what the benchmark times."""
    import io

    buffer = io.BytesIO()
    with _unhinted():
        build_figure(timeline, kb, language).savefig(
            buffer, format="png", dpi=DPI, metadata={"Software": None},
            pil_kwargs={"compress_level": 3})  # level 6 takes twice as long for 1% smaller files
    return buffer.getvalue()


def save_png(timeline: dict[str, Any], kb: KnowledgeBase, language: str,
             path: str | os.PathLike[str]) -> Path:
    """Write the chart to a file (parents created, replaced atomically) and return its path."""
    target = Path(path)
    _write_atomic(target, render_png(timeline, kb, language))
    return target


def save_png_by_content(timeline: dict[str, Any], kb: KnowledgeBase, language: str,
                        directory: str | os.PathLike[str]) -> Path:
    """Write the chart under a name made from its own bytes, so equal charts share one file."""
    png = render_png(timeline, kb, language)
    target = Path(directory) / f"timeline-{hashlib.sha256(png).hexdigest()[:16]}.png"
    if not target.exists():
        _write_atomic(target, png)
    return target


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        os.chmod(temporary, 0o644)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
