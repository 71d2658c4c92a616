"""Descriptions: which project a message describes without naming it.

"someone mentioned a bone project with Denmark", "LSN did something on AI training for staff",
"eine Plattform für Wissenschaftler": each thing told is evidence for the projects it fits, and
the rarer it is among the projects, the more it weighs. A topic, place, funder or organisation
the understanding found fits the projects a list under that one condition would hold (the
project's own topic or place counts fully, one it has through a broader topic or its parent
half); a word fits the projects whose own texts hold it (its summary, what it is, fully; its
goals, activities and results half), and weighs half as much as a name. Nothing told vetoes:
a condition that fits none, or that describes the asker ("EU-funded health projects in the
north"), only adds nothing. One project stands out, or a few tie, or none fits well enough:
``identify`` never guesses.
"""

from __future__ import annotations

import math
import re
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from bot.datafiles import data_file
from bot.knowledge import KnowledgeBase, Project
from bot.lists import select
from bot.text import normalize, normalize_once
from bot.understanding import Filters, named_in

STEM = 6  # words are compared by their first letters: "Stammzellforschung" and "Stammzellen"
SHORTEST = 5  # shorter words say too little ("with", "bone" is a topic anyway)
WORD_WEIGHT = 0.5  # a word of the project's texts weighs half a name
ENOUGH = 1.0  # the evidence a project needs at least: one name only it has, or more
AHEAD = 2.0  # the one identified has this many times the evidence of the next,
NEAR_AHEAD, LEAD = 1.5, 1.0  # or 1.5 times and a whole name more
_SET_OFF = re.compile(r"\s[-–—:]\s|[,;]")
FEW = 3  # a description that fits this many equally well offers them as choices


@dataclass(frozen=True)
class Described:
    """The projects a description fits, best first, and how well."""

    scores: tuple[tuple[str, float], ...]

    @property
    def one(self) -> str | None:
        """The project the description singles out, if it does."""
        if not self.scores or self.scores[0][1] < ENOUGH:
            return None
        best = self.scores[0][1]
        second = self.scores[1][1] if len(self.scores) > 1 else 0.0
        return self.scores[0][0] if best >= AHEAD * second or (
            best >= NEAR_AHEAD * second and best - second >= LEAD) else None

    @property
    def ahead(self) -> str | None:
        """The project far ahead of every other one, on less evidence than `one` needs (for a
        thing asked of: "the bone material after harvesting")."""
        if self.weak:
            return None
        second = self.scores[1][1] if len(self.scores) > 1 else 0.0
        return self.scores[0][0] if self.scores[0][1] >= AHEAD * second else None

    @property
    def weak(self) -> bool:
        """Whether it says too little of any project to help single one out."""
        return not self.scores or self.scores[0][1] < ENOUGH / 2

    @property
    def few(self) -> tuple[str, ...]:
        """The few projects it fits about equally well, where it singles none out."""
        if self.one or not self.scores or self.scores[0][1] < ENOUGH:
            return ()
        top = self.scores[0][1]
        close = tuple(pid for pid, s in self.scores if s * AHEAD > top)
        return close if len(close) <= FEW else ()


@cache
def _stopwords() -> frozenset[str]:
    markers = data_file("words")["language_markers"]
    return frozenset(normalize(str(w)) for ws in markers.values() for w in ws)


# A stem's projects in the knowledge base's order, and how much each text holds it (1.0 or
# 0.5): two tuples, not a dict per stem (over 10,000 generated projects the dicts took 4 MB).
Fits = tuple[tuple[str, ...], tuple[float, ...]]
_WORDS: weakref.WeakKeyDictionary[KnowledgeBase, dict[str, Fits]] = weakref.WeakKeyDictionary()
_NONE: Fits = ((), ())


def _word_index(kb: KnowledgeBase) -> dict[str, Fits]:
    """Stem -> the projects whose texts hold it, and how much (summary 1, other texts 0.5)."""
    if kb not in _WORDS:
        index: dict[str, dict[str, float]] = defaultdict(dict)
        read: dict[str, str] = {}  # a text several projects share is normalised once (and
        # kept out of normalize's cache, where it would only push out the messages' words)
        for pid, p in _described_projects(kb).items():
            for weight, texts in ((1.0, (p.summary, p.full_name)),
                                  (0.5, (p.goals, p.activities, p.results))):
                for text in texts:
                    joined = " ".join((text.en, text.de)) if text else ""
                    words = read.get(joined)
                    if words is None:
                        words = read[joined] = normalize_once(joined)
                    for stem in _stems(words, normal=True):
                        index[stem][pid] = max(index[stem].get(pid, 0.0), weight)
        del read
        compact = {}
        while index:  # each stem's dict freed as its tuples are made (the heap stays small)
            stem, fits = index.popitem()
            compact[stem] = (tuple(fits), tuple(fits.values()))
        _WORDS[kb] = compact
    return _WORDS[kb]


def _described_projects(kb: KnowledgeBase) -> dict[str, Project]:
    """The projects the page describes (not the follow-ups it only names)."""
    return {pid: p for pid, p in kb.projects.items() if not p.follow_up_only}


def _stems(text: str, normal: bool = False) -> set[str]:
    stop = _stopwords()
    return {w[:STEM] for w in (text if normal else normalize(text)).split()
            if len(w) >= SHORTEST and w not in stop and not w.isdigit()}


def _conditions(filters: Filters, kb: KnowledgeBase) -> list[dict[str, float]]:
    """Each told condition: the projects it fits, fully or half."""
    out = []
    for kind in ("funders", "places", "organisations", "topics"):
        for value in getattr(filters, kind):
            if kind == "organisations" and kb.organisations[value].self:
                continue  # every project is Life Science Nord's
            ids = select(kb, Filters(**{kind: (value,)})).ids
            out.append({pid: 1.0 if _own(kb.projects[pid], kind, value) else 0.5
                        for pid in ids if not kb.projects[pid].follow_up_only})
    return out


def most_conditions(few: tuple[str, ...], filters: Filters, kb: KnowledgeBase) -> str | None:
    """Of the projects a description fits about equally, the one that has more of the told
    conditions itself than each other one ("… Expansion nach Japan …": MAGIA2Market, not
    MAGIA, though both were about foreign markets); None where none stands out."""
    conditions = _conditions(filters, kb)
    met = sorted(((sum(c.get(pid, 0.0) == 1.0 for c in conditions), pid) for pid in few),
                 reverse=True)
    if len(met) < 2 or not met[0][0] or met[0][0] == met[1][0]:
        return None
    return met[0][1]


def _own(p: Project, kind: str, value: str) -> bool:
    """Whether the project has the condition itself, not through a broader one or a parent."""
    if kind == "topics":
        return value in p.topics
    if kind == "places":
        return value in (*p.countries, *p.cities, *p.target_countries)
    if kind == "funders":
        return bool(p.funding)
    return True


def _weigh(fits: Fits, n: int, scale: float, scores: dict[str, float]) -> None:
    """Add one piece of evidence: the rarer among the projects, the more it weighs."""
    pids, shares = fits
    spread = sum(shares)
    if not pids or spread >= n:
        return
    weight = scale * math.log(n / spread) / math.log(n) if spread > 1 else scale
    for pid, share in zip(pids, shares, strict=True):
        scores[pid] = scores.get(pid, 0.0) + weight * share


def describe(text: str, filters: Filters, kb: KnowledgeBase) -> Described:
    """How well each project fits what the text tells of it (names found in `filters`)."""
    n = len(_described_projects(kb))
    scores: dict[str, float] = {}
    for fits in _conditions(filters, kb):
        _weigh((tuple(fits), tuple(fits.values())), n, 1.0, scores)
    tokens = normalize(text).split()
    named = {i for m in named_in(tokens, kb) for i in range(m.start, m.end)}
    words = _word_index(kb)
    for stem in _stems(" ".join(t for i, t in enumerate(tokens) if i not in named)):
        _weigh(words.get(stem, _NONE), n, WORD_WEIGHT, scores)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    return Described(tuple((pid, round(s, 3)) for pid, s in ranked))


@cache
def _words(key: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A word list of bot/data/descriptions.yaml, and its longer words as compound endings."""
    words = frozenset(normalize(str(w)) for ws in data_file("descriptions")[key].values()
                      for w in ws)
    return words, tuple(w for w in words if len(w) >= 6)


def names_a_kind(text: str) -> bool:
    """Whether the words speak of a project (or a platform, an alliance, "something"), so that
    what they tell describes one, not the asker."""
    heads, endings = _words("heads")
    tokens = normalize(text).split()
    return any(t in heads or t.endswith(endings) for t in tokens)


def only_guess(text: str, name_words: set[str]) -> bool:
    """ "was that NORTHOPEDICS?": nothing but a name and the words of a guess at it."""
    guesses = _words("guesses")[0]
    last = _SET_OFF.split(text)[-1]  # "I'm trying to remember - was that X?"
    rest = [t for t in normalize(last).split() if t not in name_words]
    return bool(rest) and all(t in guesses for t in rest)


def definite(text: str) -> bool:
    """ "the corona one", "das Corona-Ding": a word pointing at one thing both know."""
    return any(t in _words("definite")[0] for t in normalize(text).split())


def joined(text: str) -> list[str]:
    """ "the corona one and the bone healing network": the parts "and" or a comma join."""
    words = "|".join(re.escape(w) for w in sorted(_words("joins")[0]))
    return [p for p in re.split(rf"\s*,\s*|\s+(?:{words})\s+", text, flags=re.IGNORECASE)
            if p.strip()]


def plural(text: str) -> bool:
    """ "which projects …", "welche Projekte": several asked for, not the one described."""
    tokens = normalize(text).split()
    grams = {" ".join(tokens[i:i + n]) for n in (1, 2, 3) for i in range(len(tokens))}
    return bool(grams & _words("several")[0])


def refers_back(text: str) -> bool:
    """ "what does it cost to register …?": "it" is a thing talked about, not one described."""
    tokens = normalize(text).split()
    back, before = _words("back")[0], _words("back_not_after")[0]
    return any(t in back and not (i and tokens[i - 1] in before) for i, t in enumerate(tokens))
