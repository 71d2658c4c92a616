"""Understanding: turn a message into scored candidates, and let one ranker decide.

Matchers find projects, funders, places, organisations and topics (exact n-grams first, then
rapidfuzz on what is left), intent phrases, years and ranges. Everything they know comes from the
knowledge base and the data files in ``bot/data``; this module holds only the algorithms.
"""

from __future__ import annotations

import bisect
import re
import weakref
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.datafiles import data_file
from bot.knowledge import KnowledgeBase, Place
from bot.measures import Measure, decimal_words, measure_units, measures, month_names, number_word
from bot.records import quick_init
from bot.text import normalize

DATA = Path(__file__).resolve().parent / "data"
MAX_NGRAM = 7
ENTITY_KINDS = ("project", "funder", "place", "organisation", "topic")
SMALL_TALK = ("help", "greeting", "thanks", "about_bot")
PLACEHOLDER = "\0"  # stands for a project name, so its words don't count as intent phrases
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------- results


@quick_init
@dataclass(frozen=True)
class Filters:
    """Conditions of a list question: all must hold."""

    funders: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    year_kind: str = "year"  # year | range | since | before ("until" only inside _filters)
    mode: str = "active"  # active | started | ended
    duration: Measure | None = None  # "projects that ran more than four years"
    partners: Measure | None = None  # "projects with more than 3 partners": a count of them
    money: Measure | None = None  # "Projekte mit über 1 Mio Euro": the amounts the page states
    order: str | None = None  # "oldest first", "chronologisch": the list sorted by this ranking
    month: int | None = None  # "im Februar 2023": the month of a single year
    linked: str | None = None  # "projects that were continued by another one": a link kind
    leading: bool = False  # the organisations led the project ("which projects did LSN lead?")
    either: bool = False  # "Italian or Polish partners", "bones or fractures": any, not all
    besides: tuple[str, ...] = ()  # places left out: "target countries other than the USA"
    place_role: str = ""  # target | partner: whose places "besides" speaks of ("" any)
    without: tuple[tuple[str, str], ...] = ()  # ("funder", "erdf"): "not funded by the ERDF"
    # more date conditions, each (years, year_kind, mode) of its own date: "ended after 2020
    # but started before 2018" (the first is years, year_kind and mode)
    also_years: tuple[tuple[tuple[int, int], str, str], ...] = ()
    only_places: bool = False  # "nur in Schleswig-Holstein": no other place the page names
    named_only: bool = False  # "welche werden nur erwähnt?": the follow-ups the page only names
    lead_named: bool = False  # "which ones have a lead organisation named?": any lead given
    lead_unnamed: bool = False  # "which ones had no lead named?": none given
    dated_to: str | None = None  # day | month | year: "which projects have exact days?"
    # measured against another project's dates: (relation, own date, project, its date), as
    # ("at", "active", "pilot", "start"): "which projects were still running when P.I.L.O.T.
    # started?" (query.against)
    against: tuple[str, str, str, str] | None = None

    def any(self) -> bool:
        return bool(self.funders or self.places or self.organisations or self.topics or
                    self.years or self.month or self.duration or self.linked or self.partners or
                    self.money or self.besides or self.without or self.named_only or
                    self.lead_named or self.lead_unnamed or self.against or self.dated_to)


@quick_init
@dataclass(frozen=True)
class Understanding:
    """What one message says, before the conversation resolves it."""

    language: str
    intent: str | None
    projects: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    unknown_names: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()  # places and organisations left out: "außer Dänemark"
    unknown_words: tuple[str, ...] = ()  # words that are neither vocabulary nor a known name
    unknown_filters: tuple[str, ...] = ()  # such words where a filter would stand
    filters: Filters = field(default_factory=Filters)
    superlative: str | None = None
    comparative: bool = False  # "later", "of the two": a ranking that names both of a pair
    past: bool = False  # "früher" as "in the past": a ranking only beside a pair just talked of
    overall: bool = False  # "overall", "von allen": a ranking over all projects, not the pair
    every: bool = False  # "for each one", "die einzelnen Projekte": the same asked of each
    more_alike: bool = False  # "any other pairs like that?": more of the kind just talked of
    described_only: bool = False  # "past projects", "not counting the follow-ups": a ranking
    # without the follow-ups the page only names
    group_size: int | None = None  # "the latest of the three": the list of that many
    top: int | None = None  # "Which three projects ran longest?": a ranking of that many
    place: int | None = None  # "the second longest": the projects in that place of a ranking
    sorted_named: bool = False  # "sort BFCC, ELISE and MAGIA by start": ranked, in that order
    which_of: bool = False  # "which of these", "welche von": which of a group is asked
    continuation: bool = False
    list_reference: bool = False
    pronoun: bool = False  # "dazu", "it": the project under discussion
    elsewhere: tuple[str, ...] = ()  # places the page never mentions: "Spain", "Kopenhagen"
    other_funders: tuple[str, ...] = ()  # programmes the page never mentions: "Horizon 2020"
    asks: frozenset[str] = frozenset()
    conjunction: bool = False
    time_question: bool = False
    part_of_before_project: bool = False
    origin_named: bool = False  # "which project grew out of MAGIA?": the project is the origin
    link_subject: bool = False  # "Von welchem Projekt ist X der Nachfolger?": X is the subject
    # of the link noun, so "it" next is still X, not the project the answer reached
    that_year: bool = False  # "that year", "in dem Jahr": the year of the last list
    then_year: bool = False  # "back then", "damals", a last "then": the time last talked of
    complement: bool = False  # "und welche nicht?", "and the others?": the rest of the last list
    singular: bool = False  # "the project in Odense", "das KI-Projekt": one project described
    self_mentioned: bool = False
    ordinal: int | None = None
    of_ranked: bool = False  # "who funded the shortest?": the ranking names what is asked about
    other_one: bool = False  # "and the other?": the other of the two just talked about
    rest: bool = False  # "who led the rest?", "Und die restlichen?": the rest of a list
    project_noun: bool = False  # "which project …", not "which one …": one project is asked for
    plural_pronoun: bool = False  # "they", "die", "sie": several projects, not "it"
    farewell: bool = False  # "bye", "tschüss": taking leave
    scores: tuple[tuple[str, float], ...] = ()
    token_count: int = 0


@quick_init
@dataclass(frozen=True)
class Match:
    kind: str
    id: str
    start: int
    end: int
    score: float


# --------------------------------------------------------------------------- data


_SUFFIXES = ("ungen", "ung", "ing", "ions", "ion", "ed", "en", "er", "es", "e", "s", "t")
GAP = "..."


@lru_cache(maxsize=16384)
def stem(token: str, keep: frozenset[str] = frozenset()) -> str:
    """A crude stem for intent phrases in both languages: "aiming" ~ "aim". Words that are
    phrases in their own right are kept whole, so "wieviele" stays apart from "wieviel"
    (cached: every word of every message is stemmed, and the same words come back)."""
    if len(token) <= 5 or token.isdigit() or token in keep:
        return token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


@lru_cache(maxsize=16384)
def stem_phrase(phrase: str, keep: frozenset[str] = frozenset()) -> str:
    """The stems of a phrase's words (cached: the same word runs come back in every message)."""
    return " ".join(stem(w, keep) for w in phrase.split())


def _phrases(items: list[Any]) -> list[tuple[str, float]]:
    out = []
    for item in items:
        phrase, weight = next(iter(item.items())) if isinstance(item, dict) else (item, 1.0)
        if GAP in str(phrase):
            key = " ... ".join(normalize(part) for part in str(phrase).split(GAP))
            out.append((key, float(weight)))
            continue
        key = normalize(str(phrase))
        if key:
            out.append((key, float(weight)))
    return out


@dataclass(frozen=True)
class Vocabulary:
    """The language data of bot/data, normalised once."""

    intents: dict[str, list[tuple[str, float]]]  # stemmed phrase -> [(intent, weight)]
    phrase_words: frozenset[str]  # words of intent phrases, never stemmed
    gapped: tuple[tuple[tuple[str, ...], str, float], ...]  # "hängen ... zusammen"
    gapped_words: tuple[frozenset[str], ...]  # the words of each gapped phrase
    gapped_by_word: dict[str, tuple[int, ...]]  # a gapped phrase's rarest word -> its indices
    compounds: dict[str, list[tuple[str, float]]]  # long words that end German compounds
    time_words: frozenset[str]  # "when", "wann": the answer is a date
    phrase_language: dict[str, str]  # intent phrases that belong to one language only
    intent_order: dict[str, int]  # an intent -> its place in the data (ties go to the first)
    markers: dict[str, frozenset[str]]
    language_pairs: tuple[tuple[str, str, str], ...]  # (language, word, next word): "was is"
    common: frozenset[str]
    correctable: tuple[str, ...]
    phrase_sets: dict[str, frozenset[str]]  # continuation, list_reference, modes, year words
    superlatives: dict[str, frozenset[str]]
    comparatives: dict[str, frozenset[str]]
    aspects: dict[str, frozenset[str]]
    ordinals: dict[str, int]
    holders: dict[str, frozenset[str]]  # a phrase -> the sets that hold it (_phrase_holders)


# Sections of intents.yaml that are sets of phrases looked up by name (Vocabulary.phrase_sets).
WORD_SETS = (
    "continuation", "continuation_tails", "list_reference", "name_cues", "naming_cues",
    "naming_nouns", "name_determiners", "open_ends", "continue_ends", "continue_objects",
    "addressee", "last_as_verb", "project_heads",
    "place_words", "part_of_markers", "part_of_pronouns", "compound_heads", "list_negations",
    "not_leading", "other_lead", "funder_nouns", "date_nouns", "amount_nouns", "conjunctions",
    "alternatives", "second_project", "year_nouns",
    "pronouns", "share_each", "share_to", "share_owner", "share_owner_after", "thing_origin",
    "singular",
    "plural", "project_nouns", "plural_pronouns", "farewells", "exclusions", "exclusion_pairs",
    "place_exclusions", "exclusion_joins", "fillers", "correcting", "pair_words", "overall_words",
    "described_only", "hedges",
    "softeners", "size_names", "past_words", "comparison_cues", "member_asks",
    "slot_questions", "slot_verbs", "slot_tails", "slot_nouns", "list_order", "order_first",
    "other_one",
    "time_subordinate", "relative_where", "asked_where", "relative_heads", "relative_opens",
    "age_words",
    "name_asks", "origin_words", "origin_fillers", "place_organisations", "every_one",
    "more_alike", "verb_nouns", "verb_markers", "chart_words", "separable_particles",
    "list_complement", "project_plurals", "only_words", "only_negated", "only_joins",
    "named_only", "lead_named", "lead_unnamed", "dated_day", "dated_month", "dated_year",
    "list_place", "top_before", "top_not_after",
    "rest_words", "rough_words", "month_openers", "person_at", "named_order", "compare_order",
    "order_descending", "order_ascending", "pick_words", "role_subjects", "own_programmes",
    "counted_inside", "counted_not_inside",
)
# Word sets whose words are content, not question words (a typo may not be corrected to them).
_CONTENT_SETS = frozenset({"place_words", "compound_heads", "place_organisations",
                           "verb_nouns"})
# Other sections of intents.yaml whose words are question words.
_QUESTION_SECTIONS = ("filter_modes", "superlatives", "comparatives", "time_words", "aspects",
                      "order_by")


@cache
def vocabulary() -> Vocabulary:
    """Load the intent phrases and word lists (once per process)."""
    intents_data = data_file("intents")
    words = data_file("words")
    read = {intent: {lang: _phrases(items) for lang, items in by_lang.items()}  # (read once:
            for intent, by_lang in intents_data["intents"].items()}  # three uses below)
    keep = frozenset(w for by_lang in read.values()
                     for phrases in by_lang.values() for p, _ in phrases for w in p.split())
    intents, languages, gapped = _intent_phrases(read, keep)
    markers = {lang: frozenset(normalize(str(w)) for w in ws)
               for lang, ws in words["language_markers"].items()}
    common = _common_words(intents_data, read, words, markers)
    shared = frozenset(normalize(str(w)) for w in words["language_shared"])  # "hi", "ok"
    markers = {lang: ws - shared for lang, ws in markers.items()}
    sets = {name: _union(intents_data[name]) for name in WORD_SETS}
    for prefix, section in (("order_by", "order_by"), ("filter", "filter_cues"),
                            ("mode", "filter_modes"), ("year", "year_words")):
        for name, by_lang in intents_data[section].items():
            sets[f"{prefix}_{name}"] = _union(by_lang)
    superlatives = {k: _union(v) for k, v in intents_data["superlatives"].items()}
    comparatives = {k: _union(v) for k, v in intents_data["comparatives"].items()}
    aspects = {k: _union(v) for k, v in intents_data["aspects"].items()}
    return Vocabulary(
        intents=intents,
        phrase_words=keep,
        gapped=tuple(gapped),
        gapped_words=tuple(frozenset(" ".join(parts).split()) for parts, _, _ in gapped),
        gapped_by_word=_by_rarest_word(gapped),
        compounds=_compound_tails(intents),
        time_words=_union(intents_data["time_words"]),
        phrase_language={p: next(iter(ls)) for p, ls in languages.items()
                         if len(ls) == 1 and p not in shared},
        intent_order={intent: i for i, intent in enumerate(intents_data["intents"])},
        markers=markers,
        language_pairs=tuple((lang, *normalize(str(p)).split()) for lang, ps in
                             words["language_pairs"].items() for p in ps),
        common=frozenset(common),
        correctable=tuple(sorted(w for w in common if len(w) >= 4 and not w.isdigit())),
        phrase_sets=sets,
        superlatives=superlatives,
        comparatives=comparatives,
        aspects=aspects,
        ordinals={normalize(str(k)): int(v) for by_lang in intents_data["ordinals"].values()
                  for k, v in by_lang.items()},
        holders=_phrase_holders({**sets, **_sectioned("superlatives", superlatives),
                                 **_sectioned("comparatives", comparatives),
                                 **_sectioned("aspects", aspects)}),
    )


def _sectioned(section: str, kinds: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """A section's phrases under the names the phrase checks ask for: all of them
    ("superlatives") and each kind's ("superlatives.latest")."""
    return {section: frozenset().union(*kinds.values()),
            **{f"{section}.{kind}": phrases for kind, phrases in kinds.items()}}


def _phrase_holders(sets: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each phrase and the names of the sets that hold it: a message's n-grams are looked up
    once (_held), and every phrase check after that is one set lookup."""
    holders: dict[str, set[str]] = defaultdict(set)
    for name, phrases in sets.items():
        for phrase in phrases:
            holders[phrase].add(name)
    return {phrase: frozenset(names) for phrase, names in holders.items()}


def _intent_phrases(by_intent: dict[str, dict[str, list[tuple[str, float]]]],
                    keep: frozenset[str]) -> tuple[
        dict[str, list[tuple[str, float]]], dict[str, set[str]],
        list[tuple[tuple[str, ...], str, float]]]:
    """The stemmed intent phrases (each intent's, by language, as _phrases reads them): each
    phrase's intents with their best weight, the languages each phrase is written in, and the
    phrases with a gap (their parts, intent, weight)."""
    best: dict[tuple[str, str], float] = {}
    languages: dict[str, set[str]] = defaultdict(set)
    gapped: list[tuple[tuple[str, ...], str, float]] = []
    for intent, by_lang in by_intent.items():
        for lang, phrases in by_lang.items():
            for phrase, weight in phrases:
                if GAP in phrase:
                    parts = tuple(stem_phrase(p, keep) for p in phrase.split(f" {GAP} "))
                    gapped.append((parts, intent, weight))
                    continue
                key = stem_phrase(phrase, keep)
                best[(key, intent)] = max(weight, best.get((key, intent), weight))
                languages[key].add(lang)
    intents: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (key, intent), weight in best.items():
        intents[key].append((intent, weight))
    return dict(intents), languages, gapped


def _common_words(intents_data: dict[str, Any],
                  read: dict[str, dict[str, list[tuple[str, float]]]], words: dict[str, Any],
                  markers: dict[str, frozenset[str]]) -> set[str]:
    """Question words: never a project name or a topic, and the words a typo may be corrected
    to (read: the intent phrases as _phrases reads them)."""
    common = {normalize(str(w)) for ws in words["common"].values() for w in ws}
    for by_lang in read.values():
        for phrases in by_lang.values():
            for phrase, _ in phrases:
                common.update(w for w in phrase.split() if w != GAP)
    for ws in markers.values():
        common.update(ws)
    query = data_file("query")
    # (not the checks' content synonyms: "cross-border" in a claim is what the texts must hold)
    # (nor the words that claim nothing: only the checks read them, and as words of a
    # message they are no typo targets of their own)
    checks = {k: v for k, v in query["checks"].items()  # (nor the names of things made)
              if k not in ("content_synonyms", "question_words", "made_things", "thing_names",
                           "contrary_manner")}
    common.update(normalize(w) for p in _section_phrases(  # (nor the things a project made,
        {k: v for k, v in query.items()  # "Plattform": a claim about one must find it)
         if k not in ("numbers", "articles", "checks", "lasting", "judgement", "judgement_one",
                      "judgement_troubles", "trouble_aims",
                      "change_words",  # ("change" would read "XCHANGE" as its typo)
                      "separately",  # (nor "extra", "separately": "funded separately?"
                      # claims what the page doesn't say, its word unknown)
                      "thing_languages",  # (nor the things a language is asked of:
                      # "atlas", "guide" are topics)
                      "again_requests", "off_topic")})  # (nor the words of a request
        # for the last answer again, or of an aside: only a message of them alone is one,
        # "keep" in a question stays a word to read)
        for w in p.split())
    common.update(normalize(w) for p in _section_phrases(checks) for w in p.split())
    common.update(normalize(str(k)) for by_lang in query["numbers"].values() for k in by_lang)
    common.update(w for by_lang in intents_data["ordinals"].values()  # "das vierte" is no
                  for k in by_lang for w in normalize(str(k)).split()  # typo of another word
                  if w.isalpha() and len(w) > 2)  # (not the "3" and "rd" of "3rd")
    sections = [s for s in WORD_SETS if s not in _CONTENT_SETS] + list(_QUESTION_SECTIONS)
    for section in sections:
        common.update(w for p in _section_phrases(intents_data[section]) for w in p.split())
    return common


def _section_phrases(section: dict[str, Any]) -> list[str]:
    """Every phrase of a section, nested by kind and/or language."""
    out: list[str] = []
    for value in section.values():
        if isinstance(value, dict):
            out += _section_phrases(value)
        else:
            out += [p for p, _ in _phrases(value)]
    return out


def _union(by_lang: dict[str, list[Any]]) -> frozenset[str]:
    return frozenset(p for items in by_lang.values() for p, _ in _phrases(items))


# --------------------------------------------------------------------------- entity index


class FuzzyNames:
    """The names to fuzzy-match, with a filter that rules most of them out without scoring them.

    ``extract`` gives exactly what ``process.extract(query, keys, scorer=OSA.normalized_similarity,
    score_cutoff=cutoff, limit=8)`` gives. A small list is simply scored whole. A large one (a
    knowledge base of hundreds of projects) first keeps only the names that can reach the cutoff:
    an OSA distance ``d`` needs a length difference of at most ``d``, at least ``max_len - d``
    letters in common and at least ``max_len - 1 - 3d`` letter pairs in common (one edit changes
    one letter and at most three pairs). Names are sorted by length, so the lengths within reach
    are one slice; posting lists of letters and letter pairs (numbered by occurrence, so a repeated
    letter counts as often as it repeats) give the counts for that slice with numpy. Only the
    names that pass are scored. Results are cached per query.
    """

    BRUTE_FORCE_MAX = 2000  # up to this many names, scoring all of them is as fast
    LIMIT = 8
    CACHE_MAX = 4096

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self._cache: dict[tuple[str, float], list[tuple[str, float, int]]] = {}
        self._grams: _GramIndex | None = None
        self._by_length: tuple[list[int], list[int], list[str]] | None = None
        if len(keys) > self.BRUTE_FORCE_MAX:
            self._grams = _GramIndex(keys)

    def extract(self, query: str, cutoff: float) -> list[tuple[str, float, int]]:
        """The best names (at most 8) scoring at least the cutoff: (name, score, position)."""
        cached = self._cache.get((query, cutoff))
        if cached is None:
            cached = self._extract(query, cutoff)
            if len(self._cache) >= self.CACHE_MAX:
                self._cache.clear()
            self._cache[(query, cutoff)] = cached
        return cached

    def _extract(self, query: str, cutoff: float) -> list[tuple[str, float, int]]:
        if self._grams is None:
            return self._extract_by_length(query, cutoff)
        positions = self._grams.candidates(query, cutoff)
        names = [self.keys[i] for i in positions]
        hits = process.extract(query, names, scorer=OSA.normalized_similarity,
                               score_cutoff=cutoff, limit=None)
        ranked = sorted((-score, positions[pos]) for _, score, pos in hits)
        return [(self.keys[i], -neg, i) for neg, i in ranked[: self.LIMIT]]


    def _extract_by_length(self, query: str, cutoff: float) -> list[tuple[str, float, int]]:
        """Score only the names whose length can reach the cutoff (OSA similarity is at most
        shorter / longer length): the same result, several times faster on long noise, where
        most n-gram windows are far longer or shorter than any name (#16)."""
        if self._by_length is None:
            order = sorted(range(len(self.keys)), key=lambda i: len(self.keys[i]))
            self._by_length = (order, [len(self.keys[i]) for i in order],
                               [self.keys[i] for i in order])
        order, lengths, names = self._by_length
        low = bisect.bisect_left(lengths, len(query) * cutoff - 1e-9)
        high = bisect.bisect_right(lengths, len(query) / cutoff + 1e-9) if cutoff else len(names)
        hits = process.extract(query, names[low:high], scorer=OSA.normalized_similarity,
                               score_cutoff=cutoff, limit=None)
        ranked = sorted((-score, order[low + pos]) for _, score, pos in hits)
        return [(self.keys[i], -neg, i) for neg, i in ranked[: self.LIMIT]]


def _grams(text: str, size: int) -> list[str]:
    """Letters (size 1) or letter pairs (size 2), numbered by occurrence: "a1", "a2", "ab1"."""
    seen: dict[str, int] = {}
    out = []
    for i in range(len(text) - size + 1):
        gram = text[i : i + size]
        seen[gram] = seen.get(gram, 0) + 1
        out.append(f"{gram}{seen[gram]}")
    return out


class _GramIndex:
    """Names sorted by length; per letter and letter pair, the slots (in that order) that hold
    it, and where in those slots each length starts."""

    def __init__(self, keys: list[str]) -> None:
        import numpy as np  # only large knowledge bases need it; the real one starts without

        self.np = np
        order = sorted(range(len(keys)), key=lambda i: len(keys[i]))
        self.original = np.array(order, dtype=np.int32)  # slot -> position in keys
        self.lengths = np.array([len(keys[i]) for i in order], dtype=np.int32)
        self.bounds = np.arange(int(self.lengths[-1]) + 2) if order else np.arange(1)
        self.tables: list[dict[str, tuple[Any, Any]]] = []
        for size in (1, 2):
            table: dict[str, array[int]] = {}
            for slot, i in enumerate(order):
                for gram in _grams(keys[i], size):
                    table.setdefault(gram, array("i")).append(slot)
            self.tables.append({g: self._with_starts(a) for g, a in table.items()})

    def _with_starts(self, slots: array[int]) -> tuple[Any, Any]:
        """The slots, and for each length the index of its first slot of that length or more."""
        held = self.np.frombuffer(slots, dtype=self.np.int32)
        return held, self.np.searchsorted(self.lengths[held], self.bounds).tolist()

    def candidates(self, query: str, cutoff: float) -> list[int]:
        """Positions (in keys) of the names that can score at least the cutoff."""
        np = self.np
        size = len(query)
        shortest = max(0, min(int(size * cutoff) - 1, len(self.bounds) - 1))
        longest = min(int(size / cutoff) + 1, len(self.bounds) - 2)
        lo = int(np.searchsorted(self.lengths, shortest))
        hi = int(np.searchsorted(self.lengths, longest + 1))
        lengths = self.lengths[lo:hi]
        longer = np.maximum(lengths, size)
        edits = np.floor((1.0 - cutoff) * longer + 0.05)  # generous: the scorer decides exactly
        ok = np.abs(lengths - size) <= edits
        for gram_size, table in enumerate(self.tables, 1):
            parts = []
            for gram in _grams(query, gram_size):
                found = table.get(gram)
                if found is not None:
                    slots, starts = found
                    parts.append(slots[starts[shortest] : starts[longest + 1]])
            common = (np.bincount(np.concatenate(parts) - lo, minlength=hi - lo) if parts
                      else np.zeros(hi - lo, dtype=np.int64))
            slack = gram_size - 1
            ok &= common >= longer - slack - (1 + 2 * slack) * edits
        return sorted(self.original[lo + np.flatnonzero(ok)].tolist())


@dataclass
class EntityIndex:
    """Every name of every entity, normalised, for exact and fuzzy lookup."""

    exact: dict[str, tuple[tuple[str, str], ...]]
    fuzzy_keys: list[str]
    fuzzy_owners: list[tuple[str, str]]
    project_keys: list[str]
    project_owners: list[str]
    # a name that is a shorter name and one word -> the words that, after that word, make a
    # phrase of a project's texts: "MAGIA Market" -> "studies" ("the MAGIA market studies" are
    # MAGIA's market studies, not MAGIA2Market's)
    name_tails: dict[str, frozenset[str]] = field(default_factory=dict)
    fuzzy: FuzzyNames = field(init=False, repr=False)
    reach: dict[str, int] = field(init=False, repr=False)  # a word -> the most words of a name
    # that begins with it
    numbered: dict[str, str] = field(init=False, repr=False)  # "bridge" -> "53": the word of a
    # project's name that ends in its number, where the word alone names nothing
    text_words: frozenset[str] = frozenset()  # the words of the projects' texts: "Und
    # Marktstudien?" names a thing the page tells of, no unknown project

    def __post_init__(self) -> None:
        self.fuzzy = FuzzyNames(self.fuzzy_keys)
        self.reach = {}
        self.numbered = {}
        for key, owners in self.exact.items():
            words = key.split(" ")
            self.reach[words[0]] = max(len(words), self.reach.get(words[0], 0))
            if len(words) == 2 and words[1].isdigit() and words[0] not in self.exact and \
                    len(owners) == 1 and owners[0][0] == "project":
                self.numbered[words[0]] = words[1]


_INDEXES: weakref.WeakKeyDictionary[KnowledgeBase, EntityIndex] = weakref.WeakKeyDictionary()


def entity_index(kb: KnowledgeBase) -> EntityIndex:
    """Build (once per knowledge base) the lookup tables of entity names."""
    if kb in _INDEXES:
        return _INDEXES[kb]
    exact: dict[str, list[tuple[str, str]]] = defaultdict(list)
    shared: dict[tuple[str, str], tuple[str, str]] = {}  # one (kind, id) for all its names
    for kind, names in _entity_names(kb):
        for entity_id, name in names:
            key = normalize(name)
            owner = shared.setdefault((kind, entity_id), (kind, entity_id))
            if key and owner not in exact[key]:
                exact[key].append(owner)
    for key, owners in list(exact.items()):  # "EU Strategy for Baltic Sea Region": a name
        bare = _INNER_ARTICLE.sub(" ", key)  # is written without the article inside it too
        if bare != key and bare not in exact:
            exact[bare] = list(owners)
    for key, ids in _partial_names(kb, vocabulary().common).items():
        if key not in exact:
            exact[key] = [shared.setdefault(("project", pid), ("project", pid)) for pid in ids]
    alike: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
    owned = {key: alike.setdefault(t, t) for key, t in zip(  # the names of one project share
        exact, map(tuple, exact.values()), strict=True)}  # one tuple of owners
    del exact, alike
    fuzzy_keys, fuzzy_owners, project_keys, project_owners = [], [], [], []
    for key, owners in owned.items():
        squashed = key.replace(" ", "")
        if len(squashed) < 4:
            continue
        for owner in owners:
            fuzzy_keys.append(squashed)
            fuzzy_owners.append(owner)
            if owner[0] == "project":
                project_keys.append(squashed)
                project_owners.append(owner[1])
    index = EntityIndex(owned, fuzzy_keys, fuzzy_owners, project_keys, project_owners,
                        _name_tails(kb, owned), _text_words(kb))
    _INDEXES[kb] = index
    return index


def _partial_names(kb: KnowledgeBase, common: frozenset[str]) -> dict[str, list[str]]:
    """Parts of multi-word project names: "next level" could be either follow-up (so the
    bot asks), "hiheal next" only one. Parts made of everyday words alone must be shared."""
    owners: dict[str, list[str]] = defaultdict(list)
    for project in kb.projects.values():
        words = normalize(project.name).split()
        for n in range(2, len(words)):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i : i + n])
                if project.id not in owners[key]:
                    owners[key].append(project.id)
    return {k: ids for k, ids in owners.items()
            if len(ids) > 1 or any(w not in common and not w.isdigit() for w in k.split())}


def _entity_names(kb: KnowledgeBase) -> list[tuple[str, list[tuple[str, str]]]]:
    def texts(record: Any) -> list[str]:
        return [record.name.en, record.name.de, *record.aliases, *_declined(record)]

    return [
        ("project", [(p.id, n) for p in kb.projects.values() for n in p.names()]),
        ("funder", [(f.id, n) for f in kb.funders.values() for n in (*texts(f), *demonyms(f.id))]),
        ("place", [(p.id, n) for p in kb.places.values() for n in (*texts(p), *demonyms(p.id))]),
        ("organisation", [(o.id, n) for o in kb.organisations.values()
                          for n in [o.name, *o.aliases]]),
        ("topic", [(t.id, n) for t in kb.topics.values() for n in texts(t)]),
    ]


_ARTICLE = re.compile(r"^(?:der|die|das|dem|den|des)\s+", re.IGNORECASE)
_INNER_ARTICLE = re.compile(r"(?<=\S) (?:the|der|die|das|dem|den|des) (?=\S)")


def _declined(record: Any) -> list[str]:
    """The German cases of a name, without article and bracket: "Europäischen Fonds für
    regionale Entwicklung" ("aus dem Europäischen Fonds …" names the ERDF)."""
    forms = getattr(record, "de_forms", None)
    if forms is None:
        return []
    texts = (forms.nom, forms.dat, forms.acc, forms.gen)
    return list(dict.fromkeys(_ARTICLE.sub("", re.sub(r"\s*\(.*?\)", "", t)).strip()
                              for t in texts if t))


def demonyms(place_id: str) -> list[str]:
    """ "Belgian", "belgischen", "Hamburger": the adjectives of a country or a city (a place or
    a funder), from bot/data/query.yaml."""
    entry = data_file("query")["demonyms"].get(place_id, {})
    endings = ("", "e", "en", "er", "es")
    german = [f"{stem}{end}" for stem in entry.get("de", ()) for end in endings]
    return [*entry.get("en", ()), *german]


def _fuzzy_cutoff(length: int) -> float:
    return 0.75 if length <= 5 else 0.8


def _find_entities(
    tokens: list[str], index: EntityIndex, common: frozenset[str],
    possessive: frozenset[tuple[str, int]] = frozenset(),
) -> tuple[list[Match], set[int]]:
    """Longest exact n-grams first; fuzzy matching only for words we don't already know. A
    name ends at a possessive ("magia's market studies" is MAGIA's, not "MAGIA Market")."""
    matches: list[Match] = []
    used: set[int] = set()
    i = 0
    while i < len(tokens):
        found = _match_at(tokens, i, index, common, possessive) or \
            (_topic_compound(tokens[i], i, index) if tokens[i][8:] else [])  # (nine letters
        # or more: a shorter word is no compound of two topics)
        if found:
            matches.extend(found)
            used.update(range(found[0].start, found[0].end))
            i = found[0].end
        else:
            i += 1
    return matches, used


def _topic_compound(token: str, i: int, index: EntityIndex) -> list[Match]:
    """ "Knochenbruchregister": a German compound of two topics (fractures, registries) is about
    both; the longest head first, the modifier with or without a linking "s"/"n"/"en". Only an
    ending that is a name or a head is looked at further (most endings of a word are none)."""
    if len(token) < 9:
        return []
    heads = vocabulary().phrase_sets["compound_heads"]
    for cut in range(4, len(token) - 4):
        if token[cut:] not in index.exact and token[cut:] not in heads:
            continue
        head = _topics_of(token[cut:], index)
        if not head and token[cut:] in heads:
            head = [""]  # "Knochenforschung": the topic alone
        if head:
            modifier = token[:cut]
            for stem in (modifier, modifier[:-1] if modifier[-1] in "sn" else "",
                         modifier[:-2] if modifier.endswith("en") else ""):
                first = _topics_of(stem, index) if len(stem) >= 4 else []
                if first:
                    return [Match("topic", t, i, i + 1, 1.0)
                            for t in dict.fromkeys((*first, *head)) if t]
            return []
    return []


def _topics_of(word: str, index: EntityIndex) -> list[str]:
    return [eid for kind, eid in index.exact.get(word, ()) if kind == "topic"]


def named_in(tokens: list[str], kb: KnowledgeBase) -> list[Match]:
    """The names the words hold and where: the checks look at what stands after "other than"."""
    return _find_entities(tokens, entity_index(kb), vocabulary().common)[0]


def _texts(kb: KnowledgeBase) -> list[str]:
    """The projects' texts, both languages, normalised."""
    return [normalize(t) for p in kb.projects.values()
            for f in ("summary", "goals", "activities", "results", "lsn_role")
            if (text := getattr(p, f, None)) for t in (text.get("en"), text.get("de")) if t]


TEXT_WORD = 6  # a word of the texts this long is no unknown name ("Marktstudien")


def _text_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(w for t in _texts(kb) for w in t.split() if len(w) >= TEXT_WORD)


def _name_tails(kb: KnowledgeBase, exact: dict[str, tuple[tuple[str, str], ...]]
                ) -> dict[str, frozenset[str]]:
    """Of each name that is another entity's name and one word more ("MAGIA Market"), the
    words that follow that word in the projects' texts ("market studies"): there the word
    begins a thing of the shorter name's, not the longer name."""
    texts = _texts(kb)
    after: dict[str, set[str]] = defaultdict(set)
    for words in (t.split() for t in texts):
        for a, b in zip(words, words[1:], strict=False):
            after[a].add(b)
    tails = {}
    for key, owners in exact.items():
        words = key.split(" ")
        shorter = " ".join(words[:-1])
        if len(words) >= 2 and shorter in exact and set(exact[shorter]) != set(owners) and \
                after.get(words[-1]) and all(k == "project" for k, _ in (
                    *owners, *exact[shorter])):  # (two projects' names)
            tails[key] = frozenset(after[words[-1]])
    return tails


def _match_at(
    tokens: list[str], i: int, index: EntityIndex, common: frozenset[str],
    possessive: frozenset[tuple[str, int]] = frozenset(),
) -> list[Match]:
    reach = index.reach.get(tokens[i], 0)
    if not reach and tokens[i] in common:
        return []  # "what", "the": no name begins with it, and no misspelt one (_fuzzable)
    longest = min(MAX_NGRAM, len(tokens) - i)
    if possessive:  # (the word as often as it came before: "MAGIA's partners, and
        # MAGIA2Market's?" cuts the first "magia", not the one that begins "magia 2 market")
        longest = next((n + 1 for n in range(longest - 1) if (
            tokens[i + n], tokens[:i + n].count(tokens[i + n])) in possessive), longest)
    fixes: list[str] | None = None  # the window's words as typos corrected, found once
    for n in range(longest, 0, -1):
        window = tokens[i : i + n]
        if n <= reach:  # (a longer run is no name the index has)
            key = " ".join(window)
            if i + n < len(tokens) and tokens[i + n] in index.name_tails.get(key, ()):
                continue  # "the MAGIA market studies": MAGIA, and its market studies
            if key in index.exact:
                return [Match(kind, eid, i, i + n, 1.0) for kind, eid in index.exact[key]]
            if n > 1 and fixes is None:  # (a common word is no typo: typo_of not asked)
                fixes = [t if t in common else typo_of(t) or t for t in tokens[i : i + n]]
            fixed = " ".join(fixes[:n]) if n > 1 and fixes else key
            if fixed != key and fixed in index.exact:  # "Life Sciene Nord": a typo of one
                # word of a name whose others are ordinary words (no fuzzy name begins so)
                return [Match(kind, eid, i, i + n, 0.95) for kind, eid in index.exact[fixed]]
        if _fuzzable(window, common) and not _ends_in_project(window, index):
            found = _fuzzy(window, index, i)
            if found and not _swallows(window, found, index):
                return found
    return []


def _swallows(window: list[str], found: list[Match], index: EntityIndex) -> bool:
    """Whether a fuzzy name swallows an exact name at its start: "northopedics eu" ~
    "Northopaedics" (the first word alone is that name, and "EU" stays a funder), "BFCC zum
    Flaggschiffprojekt HealthRegion" ~ the flagship (no name of it begins with "bfcc"). A name
    that does begin so ("hiheal next levle") is a typo of a longer name."""
    first = set(index.exact.get(window[0], ()))
    if len(window) < 2 or not first:
        return False
    owners = {(m.kind, m.id) for m in found}
    return owners <= first or not any(
        owner in owners and key.startswith(window[0])
        for key, owner in zip(index.fuzzy_keys, index.fuzzy_owners, strict=True))


def _ends_in_project(window: list[str], index: EntityIndex) -> bool:
    """ "… with Gesundheitswirtschaft Hamburg in HIHeal": a project's name written out in full
    ends no longer fuzzy name; it is that project."""
    return len(window) > 1 and any(kind == "project"
                                   for kind, _ in index.exact.get(window[-1], ()))


def _fuzzable(window: list[str], common: frozenset[str]) -> bool:
    if len(window) > 1 and (window[0] in common or window[-1] in common):
        return False
    unknown = [t for t in window if t not in common and not t.isdigit()]
    return bool(unknown) and len("".join(window)) >= 5  # "none" is no "bone", "maga" no "MAGIA"


def _fuzzy(window: list[str], index: EntityIndex, start: int) -> list[Match]:
    query = "".join(window)
    cutoff = _fuzzy_cutoff(len(query))
    hits = index.fuzzy.extract(query, cutoff)
    if not hits:
        return []
    best = hits[0][1]
    owners: list[tuple[str, str]] = []
    for _, score, pos in hits:
        owner = index.fuzzy_owners[pos]
        if best - score <= 0.04 and owner not in owners:
            owners.append(owner)
    return [Match(kind, eid, start, start + len(window), best) for kind, eid in owners]


# --------------------------------------------------------------------------- matchers


UMLAUTS = frozenset("äöüßÄÖÜ")


def detect_language(
    words: list[str], grams: Sequence[str], raw: str, hint: str | None, vocab: Vocabulary,
    names: frozenset[str] = frozenset(),
) -> str:
    """Count marker words and intent phrases of each language, and umlauts outside the names
    found (`names`, normalised: "lubeck"); a hint only breaks ties."""
    said = [vocab.phrase_language[g] for g in grams if g in vocab.phrase_language]
    en = len([w for w in words if w in vocab.markers["en"]]) + said.count("en")
    de = len([w for w in words if w in vocab.markers["de"]]) + said.count("de")
    counts = {"en": en, "de": de}
    for lang, first, second in vocab.language_pairs:  # "was is northopedics": spoken German
        if second in words and first in words and any(
                pair == (first, second) for pair in pairwise(words)):
            for other in counts:
                mine = other == lang
                counts[other] += sum(mine - (w in vocab.markers[other]) for w in (first, second))
    en, de = counts["en"], counts["de"]
    if not UMLAUTS.isdisjoint(raw):  # not in a name the page knows ("… in Lübeck?")
        de += 2 * sum(1 for w in raw.split() if normalize(w) not in names
                      for ch in w if ch in UMLAUTS)
    if en != de:
        return "en" if en > de else "de"
    return hint if hint in ("en", "de") else "en"


def _correct(tokens: list[str], skip: set[int], vocab: Vocabulary) -> list[str]:
    """Replace typos of known words ("fundet" -> "funded") before phrase matching. A known
    word with an ending is no typo: "Laufzeiten" is "Laufzeit", not "Laufzeitende"."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if i in skip or tok in vocab.common or len(tok) < 4 or tok.isdigit():
            continue
        base = stem(tok)
        out[i] = base if base in vocab.common else _correction(tok) or tok
    for i, tok in enumerate(tokens):
        if out[i] == tok and i not in skip and tok not in vocab.common and len(tok) == SHORT_TYPO:
            out[i] = _short_typo(out, i, vocab) or tok
    return out


SHORT_TYPO = 4  # one wrong letter in four is below the cutoff of a typo, but for context


def _short_typo(words: list[str], i: int, vocab: Vocabulary) -> str | None:
    """ "who payd for it?": a word of four letters with one letter wrong is the word that makes
    an intent phrase with the word before or after it ("who paid", "paid for"), if the words
    that do all ask the same; alone ("bird", "Kiel") it stays what it is, as a typo of four
    letters could be many ordinary words."""
    fits: dict[str, set[str]] = {}  # word -> the intents of the phrases it makes
    for word in _one_letter_off(words[i]):
        near = [(words[i - 1], word)] if i > 0 else []
        near += [(word, words[i + 1])] if i + 1 < len(words) else []
        for pair in near:
            for intent, _ in vocab.intents.get(stem_phrase(" ".join(pair), vocab.phrase_words),
                                               ()):
                fits.setdefault(word, set()).add(intent)
    meant = set().union(*fits.values()) if fits else set()
    if len(meant) > 1:  # "das Zeil von": "Ziel von" and "Teil von" ask differently; two
        # letters swapped is the likelier slip, so that word decides where one alone is so
        swapped = [w for w in fits if sorted(w) == sorted(words[i])]
        return swapped[0] if len(swapped) == 1 else None
    return min(fits) if meant else None  # ("who paid", "who pays": both ask who funded it)


@lru_cache(maxsize=4096)
def _one_letter_off(token: str) -> tuple[str, ...]:
    """The known words of the same length one letter away (cached, as _correction), nearest
    first, in the vocabulary's order."""
    words, positions = _typo_candidates(token, 0, edits=1)
    hits = process.extract(token, words, scorer=OSA.distance, score_cutoff=1, limit=None)
    return tuple(dict.fromkeys(w for _, _, w in sorted(
        (score, positions[i], word) for word, score, i in hits)))


CORRECTION_CUTOFF = 0.79  # the least similarity of a typo to the word it stands for


@cache
def _correctable_near(length: int, most: int | None = None) -> tuple[str, ...]:
    """The known words a word of this length can be a typo of, in the vocabulary's order: a
    length apart by more than CORRECTION_CUTOFF allows can't reach it (each letter more or
    less is one edit), so the search skips them (`most`: at most so many letters apart). The
    lengths within reach are picked first, so a length met for the first time costs a merge
    of their words' positions, not a test of every known word (#first-sight latency)."""
    by_length = _correctable_by_length()
    words = vocabulary().correctable
    return tuple([words[i] for i in sorted(chain.from_iterable(
        by_length[n] for n in _lengths_within_reach(length, most)))])


def _lengths_within_reach(length: int, most: int | None) -> list[int]:
    """The lengths of known words a word of this length can be a typo of (see
    _correctable_near)."""
    return [n for n in _correctable_by_length()
            if abs(n - length) <= (most if most is not None else
                                   (1 - CORRECTION_CUTOFF) * max(n, length))]


def _edits_within(longer: int) -> int:
    """The most edits a typo may hold where the longer of the two words has this many letters
    (CORRECTION_CUTOFF, with a margin for rounding): one up to nine letters, two up to 14."""
    return int(longer * (1 - CORRECTION_CUTOFF) + 1e-6)


def _typo_candidates(token: str, most: int | None = None, edits: int | None = None
                     ) -> tuple[list[str], list[int]]:
    """The known words `token` can be a typo of, and each one's place in the vocabulary's
    order (a tie goes to the first): those of a length within reach (as _correctable_near),
    and of those only the ones a typo's few edits can reach. One OSA edit can't change both
    the first and the last letter of words of three letters or more, so where one is all a
    typo holds, only the words that begin or end with the token's letter; two edits that
    change both each change one end, and the words' middles meet, shifted by one letter at
    most, so where two are, also the words whose third letter is the token's second, third or
    fourth (`edits`: at most so many, whatever the lengths). A word found by two of them is
    there twice. The first search for a new word so scans a few hundred words, not 800-1,500
    (#first-sight latency)."""
    length = len(token)
    words: list[str] = []
    positions: list[int] = []
    letters = _correctable_by_letter()
    for n in _lengths_within_reach(length, most):
        allowed = _edits_within(max(n, length)) if edits is None else edits
        if allowed == 1 and min(n, length) >= 3:
            keys = [(n, 0, token[0]), (n, -1, token[-1])]
        elif allowed == 2 and min(n, length) >= 5:
            keys = [(n, 0, token[0]), (n, -1, token[-1]),
                    *((n, 2, c) for c in dict.fromkeys(token[1:4]))]
        else:
            keys = []
            found = _correctable_of_length(n)
            words += found[0]
            positions += found[1]
        for key in keys:
            found = letters.get(key)
            if found:
                words += found[0]
                positions += found[1]
    return words, positions


@cache
def _correctable_of_length(length: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The correctable words of one length, and their places in the vocabulary's order."""
    positions = _correctable_by_length()[length]
    words = vocabulary().correctable
    return tuple(words[i] for i in positions), positions


@cache
def _correctable_by_letter() -> dict[tuple[int, int, str],
                                     tuple[tuple[str, ...], tuple[int, ...]]]:
    """The correctable words by (length, place, letter) for their first (0), third (2) and
    last (-1) letters, with their places in the vocabulary's order (in that order)."""
    found: dict[tuple[int, int, str], tuple[list[str], list[int]]] = defaultdict(
        lambda: ([], []))
    for i, word in enumerate(vocabulary().correctable):
        for at in (0, 2, -1):
            words, positions = found[(len(word), at, word[at])]
            words.append(word)
            positions.append(i)
    return {key: (tuple(words), tuple(positions)) for key, (words, positions) in found.items()}


@cache
def _correctable_by_length() -> dict[int, tuple[int, ...]]:
    """The positions of the correctable words (in the vocabulary's order) by their length."""
    positions: dict[int, list[int]] = defaultdict(list)
    for i, word in enumerate(vocabulary().correctable):
        positions[len(word)].append(i)
    return {n: tuple(found) for n, found in positions.items()}


TYPO_LENGTH = 5  # the fewest letters of a word typo_of corrects


def typo_of(token: str) -> str | None:
    """The known word a word of five letters or more is a typo of, as understand corrects it
    ("runing": "running"); None for an ordinary word, a short one or no typo."""
    if len(token) < TYPO_LENGTH or token.isdigit() or token in vocabulary().common:
        return None
    return _correction(token)


def correction(token: str) -> str | None:
    """The known word a typo stands for, if one is close enough ("befor" -> "before")."""
    return _correction(token)


@lru_cache(maxsize=4096)
def _correction(token: str) -> str | None:
    """The known word a typo stands for, if one is close enough (cached: the same unknown
    words come back again and again)."""
    return _correction_among(token, *_typo_candidates(token))


def _correction_among(token: str, words: Sequence[str], positions: Sequence[int]
                      ) -> str | None:
    """The known word of `words` a typo stands for (as _correction), each word's place in the
    vocabulary's order given (`positions`): of words scoring the same, the first there."""
    found = process.extract(token, words, scorer=OSA.normalized_similarity,
                            score_cutoff=CORRECTION_CUTOFF, limit=None)
    if not found:  # one search, not two: most unknown words are no typo of anything
        return None
    hits = sorted(((word, score, positions[i]) for word, score, i in found),
                  key=lambda hit: (-hit[1], hit[2]))  # (rapidfuzz's order, in the vocabulary)
    # The best word scoring 0.8 (the first of a tie); two swapped letters in five score 0.8
    # exactly, which rapidfuzz misses at a cutoff of 0.8, so below it only a swap counts:
    # "strat" is "start" ("schreibe" is no "beschreibe")
    close = [(score, -place, word) for word, score, place in hits
             if OSA.normalized_similarity(token, word, score_cutoff=0.8)]
    swaps = close or [(score, -place, word) for word, score, place in hits  # ("Zeile": "Teile",
                      if sorted(word) == sorted(token)]  # "Zeige" or "Ziele"; the swap)
    if not swaps:
        return next((word for word, _, _ in hits if _stutter(token, word)), None)
    hit = max(swaps)[2]
    if len(token) > 4 or sorted(hit) == sorted(token):
        return hit
    return None


def _stutter(token: str, word: str) -> bool:
    """ "geleitetet", "fundedded": the word with a few of its letters typed twice in a row, a
    typo however short the word ("schreibe" is no stutter of "beschreibe")."""
    n = len(token) - len(word)
    return 0 < n <= 3 and any(token == word[:i] + word[i - n:] for i in range(n, len(word) + 1))


def _ngrams(tokens: list[str]) -> Sequence[str]:
    """Every run of one to five tokens. The same words are read several times a message, so
    those of a short message are kept (a long one would hold too much memory per entry)."""
    if len(tokens) <= _CACHED_TOKENS:
        return _cached_ngrams(tuple(tokens))
    return _ngrams_of(tokens)


_CACHED_TOKENS = 40


@lru_cache(maxsize=1024)
def _cached_ngrams(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_ngrams_of(tokens))


def _ngrams_of(tokens: Sequence[str]) -> list[str]:
    """The runs of one word, then of two, up to five: a run is the run a word shorter that
    starts at the same word, and the word after it."""
    runs = [list(tokens)]
    for n in range(2, 6):
        shorter = runs[-1]
        runs.append([f"{shorter[i]} {tokens[i + n - 1]}" for i in range(len(tokens) - n + 1)])
    return [gram for run in runs for gram in run]


def _by_rarest_word(gapped: list[tuple[tuple[str, ...], str, float]]
                    ) -> dict[str, tuple[int, ...]]:
    """The gapped phrases by the word of each that the fewest phrases have: a message holds a
    phrase only if it holds all its words, so a phrase needs looking at only where its rarest
    word is there (its first is often a question word: "wer", "what" begin dozens)."""
    words = [" ".join(parts).split() for parts, _, _ in gapped]
    phrases_with = Counter(w for ws in words for w in set(ws))
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        index[min(ws, key=lambda w: phrases_with[w])].append(i)
    return {word: tuple(found) for word, found in index.items()}


def score_intents(stems: list[str], vocab: Vocabulary) -> dict[str, float]:
    """Sum the weights of every intent phrase found: exact, gapped, or ending a compound."""
    scores: dict[str, float] = defaultdict(float)
    for gram in _ngrams(stems):
        if gram in vocab.intents:
            for intent, weight in vocab.intents[gram]:
                scores[intent] += weight
    text = f" {' '.join(stems)} "
    present = frozenset(stems)
    # only the phrases all of whose words the message has, in the data's order
    for index in sorted(i for word in vocab.gapped_by_word.keys() & present
                        for i in vocab.gapped_by_word[word] if vocab.gapped_words[i] <= present):
        parts, intent, weight = vocab.gapped[index]
        position = 0
        for part in parts:
            found = text.find(f" {part} ", position)
            if found < 0:
                break
            position = found + len(part) + 1
        else:
            scores[intent] += weight
    for token in stems:
        if len(token) >= 8 and token not in vocab.intents:
            for intent, weight in _compound(token, vocab):
                scores[intent] += 0.8 * weight
    return dict(scores)


STEM_TAIL = 8  # letters of a stemmed phrase that may end a compound ("förder" is too short)


def _compound_tails(intents: dict[str, list[tuple[str, float]]]
                    ) -> dict[str, list[tuple[str, float]]]:
    """The one-word intent phrases that may end a German compound, also as the stem the
    compound gets ("Hochschulbeteiligung" is stemmed "hochschulbeteilig": "beteiligung")."""
    tails = {k: v for k, v in intents.items() if " " not in k and len(k) >= 5}
    stems = {stem(k): v for k, v in tails.items()}
    return {**{k: v for k, v in stems.items() if len(k) >= STEM_TAIL}, **tails}


def _compound(token: str, vocab: Vocabulary) -> list[tuple[str, float]]:
    """The intents of a compound's last part, and of its first part where that is a phrase
    of the same intent too ("Hochschulbeteiligung": a university, and taking part)."""
    for start in range(3, len(token) - 4):
        hit = vocab.compounds.get(token[start:])
        if hit:
            intents = {i for i, _ in hit}
            first = vocab.compounds.get(token[:start], [])
            return [*hit, *((i, w) for i, w in first if i in intents)]
    return []


NOUNS_CLOSE = 1.0  # two asks named as nouns joined by "and" weigh alike within this


# The aspects that a request for information in general ("info about", "Angaben zu") narrows to
# when one is named beside it, and how much less it may weigh (not the goals: "wofür stand
# BFCC?" asks the name, "what was its platform for?" the whole).
OVERVIEW_NARROWED = frozenset({"results", "activities", "funding", "amount", "lead",
                               "partners", "places", "lsn_role", "dates", "start", "end",
                               "duration", "status", "contact", "follow_up", "predecessor"})
OVERVIEW_CLOSE = 1.0


def rank_intent(scores: dict[str, float], has_entities: bool, vocab: Vocabulary,
                stems: list[str] | None = None) -> str | None:
    """One ranker: highest score wins, ties go to the intent listed first in the data; of two
    asks named as nouns joined by "and" that weigh about alike, the one named first ("Ziel und
    Laufzeit von P.I.L.O.T.?", "Förderung und Laufzeit?")."""
    candidates = {k: v for k, v in scores.items() if v >= 1.0}
    talk = max((v for k, v in candidates.items() if k in SMALL_TALK), default=0.0)
    bar = max(2.0, talk + 0.5)  # what a question must weigh to outweigh the small talk
    asking = any(k not in SMALL_TALK and v >= bar for k, v in candidates.items())
    if candidates.get("help", 0) >= 3.5 and not asking:  # "is this the LSN bot? what can you
        return "help"  # tell me": an organisation named asks nothing about it
    if (has_entities or asking) and any(k not in SMALL_TALK for k in candidates):
        # "hey, quick one - when did BFCC start?": a greeting before a question is no greeting
        candidates = {k: v for k, v in candidates.items() if k not in SMALL_TALK}
    if not candidates:
        return None
    if candidates.get("help", 0) >= 2.5:  # "hi there, what can u actually do?" asks for help
        candidates.pop("greeting", None)
    best = max(candidates, key=lambda k: (candidates[k], -vocab.intent_order[k]))
    if stems and not vocab.phrase_sets["conjunctions"].isdisjoint(stems):
        close = [k for k, v in candidates.items() if v >= candidates[best] - NOUNS_CLOSE]
        if len(close) == 2:
            best = _named_first(close, stems, vocab) or best
    if best in ("start", "end") and stems and _ends_joined(stems, vocab):
        return "dates"  # "Wann hat NORTHOPEDICS angefangen und aufgehört?", "Beginn/Ende
        # von BFCC?": both ends asked
    if best == "overview":  # "I need info about P.I.L.O.T.'s results": the aspect named is
        aspect = max((k for k in candidates if k in OVERVIEW_NARROWED), default=None,
                     key=lambda k: candidates[k])  # what is asked; "info about" only asks
        if aspect and candidates[aspect] >= candidates[best] - OVERVIEW_CLOSE:
            return aspect
    if best != "dates":
        return best  # (only the dates give way to one end, or a length, asked of them)
    bar = max(2.0, candidates[best] - 1.5)
    specific = [k for k in ("start", "end", "duration", "status") if candidates.get(k, 0) >= bar]
    if specific and not _both_ends(candidates):  # ("Start und Ende von X?": dates)
        return max(specific, key=lambda k: candidates[k])  # "what year did it start?"
    return best


def _both_ends(candidates: dict[str, float]) -> bool:
    """ "Start und Ende von NORTHOPEDICS": both ends asked alike, the dates, not one end."""
    return min(candidates.get("start", 0), candidates.get("end", 0)) >= 2.0


def _ends_joined(stems: list[str], vocab: Vocabulary) -> bool:
    """ "when did it begin and finish?", "angefangen und aufgehört": the start and the end
    named by words of their own joined by "and", one question for both ends; so are two
    written as one ("start/end dates", "Beginn/Ende", "start-end": the mark is gone)."""
    start, end = _first_named("start", stems, vocab), _first_named("end", stems, vocab)
    if start is None or end is None:
        return False
    (_, left), (right, _) = sorted((start, end))
    return right == left or right - left == 1 and stems[left] in vocab.phrase_sets["conjunctions"]


def _named_first(tied: list[str], stems: list[str], vocab: Vocabulary) -> str | None:
    """Of two intents named as nouns joined by "and" ("Ziel und Laufzeit", "goal and
    funding"), the one named first; None where they are not so joined ("what was the goal?"
    ties the goal with "what was", which is no noun of its own)."""
    spans = sorted((span, k) for k in tied if (span := _first_named(k, stems, vocab)))
    if len(spans) != 2:
        return None
    (_, end), (start, _) = spans[0][0], spans[1][0]
    between = stems[end:start]
    return spans[0][1] if len(between) == 1 and \
        between[0] in vocab.phrase_sets["conjunctions"] else None


def _first_named(intent: str, stems: list[str], vocab: Vocabulary) -> tuple[int, int] | None:
    """Where the message first names an intent by a phrase of its own (one or two words)."""
    for i in range(len(stems)):
        for n in (2, 1):
            if any(k == intent for k, _ in vocab.intents.get(" ".join(stems[i:i + n]), ())):
                return i, i + n
    return None


def find_years(tokens: list[str], vocab: Vocabulary) -> tuple[tuple[int, int] | None, str]:
    """Years and ranges: "in 2018", "between 2017 and 2019", "since 2020", "before 2017"."""
    years = [(i, int(t)) for i, t in enumerate(tokens) if t[:2] in ("19", "20") and
             _YEAR.match(t)]  # (the pattern only where a year can begin: most words)
    if not years:
        return None, "year"
    sets = vocab.phrase_sets
    first_i, first = years[0]
    before = " ".join(tokens[max(0, first_i - 2) : first_i])
    prev = tokens[first_i - 1] if first_i else ""
    if len(years) >= 2:
        lo, hi = sorted((first, years[1][1]))
        return (lo, hi), "range"
    if prev in sets["year_after"] or before in sets["year_after"]:
        return (first + 1, 9999), "since"
    if prev in sets["year_since"] or before in sets["year_since"]:
        return (first, 9999), "since"
    if prev in sets["year_before"] or before in sets["year_before"]:
        return (0, first - 1), "before"
    if prev in sets["year_by"]:  # "running by 2017": up to it, no end in it
        return (0, first), "by"
    if prev in sets["year_until"] or prev in month_names() and first_i >= 2 and \
            tokens[first_i - 2] in sets["year_until"] and \
            not sets["year_until_run"].isdisjoint(tokens):  # ("ran until Feb 2023": ended
        return (0, first), "until"  # that month; "gab es bis März 2020" stays that month)
    after = tokens[first_i + 1:first_i + 3]  # "in 2020 or later", "2017 oder früher"
    if " ".join(after) in sets["year_since_after"] or after[:1] and after[0] in \
            sets["year_since_after"]:
        return (first, 9999), "since"
    if " ".join(after) in sets["year_until_after"]:
        return (0, first), "until"
    return (first, first), "year"


def _month(tokens: list[str], years: tuple[int, int] | None, kind: str, mode: str
           ) -> int | None:
    """The month before a single year: "ended in February 2023", "im Februar 2023"; or of a
    start or an end with no year at all ("the one that ended in June")."""
    if not years:
        at = _lone_month(tokens, mode)
        return month_names()[tokens[at]] if at is not None else None
    if kind != "year":
        return None
    for i, token in enumerate(tokens[1:], 1):
        if token in (str(years[0]), str(years[1])):  # (a run "until Feb 2023" ended then)
            return month_names().get(tokens[i - 1])
    return None


def _lone_month(tokens: list[str], mode: str) -> int | None:
    """Where a month stands right after "in"/"im" with no year in the message, as the date of
    a start or an end ("ended in June", "die im März begannen"); None elsewhere (a run "in
    June" of any year is no question the page's dates answer)."""
    if mode not in ("started", "ended") or any(_YEAR.match(t) for t in tokens):
        return None
    openers = vocabulary().phrase_sets["month_openers"]
    return next((i for i in range(1, len(tokens))
                 if tokens[i] in month_names() and tokens[i - 1] in openers), None)


def _left_out(matches: list[Match], tokens: list[str], vocab: Vocabulary) -> list[Match]:
    """ "Welche Cluster waren außer LSN dabei?", "partners besides LSN": an organisation or place
    named to be left out is not the one asked about, nor are those joined to it ("other than
    China and the USA")."""
    left: list[Match] = []
    kinds = ("organisation", "place", "project", "funder")
    for m in sorted((m for m in matches if m.kind in kinds), key=lambda m: m.start):
        if _excluded(m, tokens, vocab) or left and _joined(left[-1].end, m.start, tokens, vocab):
            left.append(m)
    return left


def _funder_as_place(match: Match, tokens: list[str], vocab: Vocabulary) -> Match:
    """ "partners outside the EU", "außerhalb der EU": a funder left out by a word of place is
    the place it stands for (bot/data/world.yaml funders_as_places), not its money."""
    place = data_file("world")["funders_as_places"].get(match.id)
    before = tokens[max(0, match.start - 3): match.start]
    if match.kind != "funder" or place is None or not any(
            " ".join(before[i:]) in vocab.phrase_sets["place_exclusions"]
            for i in range(len(before))):
        return match
    return replace(match, kind="place", id=place)


def _joined(end: int, start: int, tokens: list[str], vocab: Vocabulary) -> bool:
    return end <= start and all(t in vocab.phrase_sets["exclusion_joins"]
                                for t in tokens[end:start])


ASKS_LIST = 2.0  # a list or count scored this much: a negated condition leaves projects out


DATED_LEVELS = ("year", "month", "day")  # the coarsest named first: "nur Jahre, ohne Monat"


def _dated_to(r: _Reading, vocab: Vocabulary) -> str | None:
    """How exact the dates of the projects asked for are ("which projects have exact start
    and end days?": day; "Bei welchem Projekt stehen nur Jahre?": year), a level said and not
    negated ("not just months", "keine genauen Tage": not that one)."""
    for level in DATED_LEVELS:
        if f"dated_{level}" not in r.held:
            continue
        words = vocab.phrase_sets[f"dated_{level}"]
        if any(" ".join(r.tokens[i:i + n]) in words and not _negated(i, r.tokens, vocab)
               for i in range(len(r.tokens)) for n in (1, 2, 3, 4)):
            return level
    return None


def _negated(start: int, tokens: list[str], vocab: Vocabulary) -> bool:
    """ "not funded by the ERDF", "nichts mit EU-Geld zu tun", "ohne ESF-Förderung": a
    negation within four words before the name at `start` ("not only" claims more, no
    negation)."""
    before = tokens[max(0, start - 4): start]
    negations = vocab.phrase_sets["list_negations"]
    return any(" ".join(before[i:i + n]) in negations and
               before[i + n: i + n + 1] not in (["only"], ["nur"], ["just"], ["allein"])
               for i in range(len(before)) for n in (1, 2, 3, 4))


def _excluded(match: Match, tokens: list[str], vocab: Vocabulary) -> bool:
    before = tokens[max(0, match.start - 3): match.start]
    grams = {" ".join(before[i:]) for i in range(len(before))}
    if not grams.isdisjoint(vocab.phrase_sets["exclusions"]):
        return True
    pairs = vocab.phrase_sets["exclusion_pairs"]  # "other countries than", "anderen Ländern als"
    window = tokens[max(0, match.start - 4): match.start]
    return bool(window) and any(f"{first} {window[-1]}" in pairs for first in window[:-1])


HOME_COUNTRY = data_file("intents")["home_country"]  # "partners from other countries"


def _besides(left: tuple[str, ...], continent: tuple[str, ...], held: frozenset[str]
             ) -> dict[str, Any]:
    """ "target countries other than the USA", "Partner aus anderen Ländern als Deutschland": a
    place left out is a condition of its own (some other place), never no condition at all. In
    a continent named ("Asien außer China") the continent's other places are the condition."""
    places = tuple(dict.fromkeys(left)) or (
        (HOME_COUNTRY,) if "filter_abroad_places" in held and not continent else ())
    if not places or continent:
        return {}
    role = next((r for r in ("target", "partner") if f"filter_{r}_places" in held), "")
    return {"besides": places, "place_role": role}


def _held(grams: Sequence[str], vocab: Vocabulary) -> frozenset[str]:
    """The names of the phrase sets (word sets, superlatives, comparatives, aspects) that hold
    one of these n-grams: the n-grams are looked up once, each phrase check is then one lookup
    ("mode_ended" in held)."""
    held: set[str] = set()
    for gram in vocab.holders.keys() & grams:
        held |= vocab.holders[gram]
    return frozenset(held)


def _mode(held: frozenset[str]) -> str:
    return next((mode for mode in ("started", "ended", "throughout") if f"mode_{mode}" in held),
                "active")


def _superlative(held: frozenset[str], vocab: Vocabulary) -> str | None:
    verb = "last_as_verb" in held  # "last longer" is no latest
    kinds = [k for k in vocab.superlatives
             if f"superlatives.{k}" in held and not (verb and k == "latest")] or \
        [k for k in vocab.comparatives if f"comparatives.{k}" in held
         and "size_names" not in held]  # ("a bigger project")
    if not kinds:
        return None
    kind = kinds[0]
    if kind in ("earliest", "latest") and "mode_ended" in held and "age_words" not in held:
        return f"{kind}_end"  # ("when did the oldest one end?" ranks by the start: how old it
    return kind  # is)


# Each ranking and the one in the other direction: "in descending order" of start is latest
# first; the first of each pair is the high end
ORDER_PAIRS = (("latest", "earliest"), ("latest_end", "earliest_end"), ("longest", "shortest"),
               ("largest_grant", "smallest_grant"), ("most_partners", "fewest_partners"))
DIRECTIONS = ("order_descending", "order_ascending")


def _order(words: list[str], held: frozenset[str], vocab: Vocabulary) -> str | None:
    """ "oldest first", "newest first", "chronologisch", "sorted by duration": the ranking a
    list is asked to be sorted by; None where no order is asked."""
    firsts = vocab.phrase_sets["order_first"]
    for i, word in enumerate(words):
        if word not in firsts or not i:
            continue
        before = {" ".join(words[j:i]) for j in range(max(0, i - 2), i)}
        kind = next((k for k, p in vocab.superlatives.items() if not p.isdisjoint(before)), None)
        if kind in ("earliest", "latest") and "order_by_earliest_end" in held:
            return f"{kind}_end"  # "by end date, latest first"
        if kind:
            return kind
    if "list_order" not in held and held.isdisjoint(DIRECTIONS):
        return None
    said = frozenset().union(*(vocab.phrase_sets[n] for n in ("list_order", *DIRECTIONS)))
    return directed(_order_kind(words, held, vocab, said | firsts), held)


def directed(kind: str | None, held: frozenset[str]) -> str | None:
    """The ranking turned the way the message asks: "absteigend", "in descending order" put
    the high end first, "ascending" the low end; without such a word, as it is."""
    for high, low in ORDER_PAIRS:
        if kind in (high, low):
            return high if "order_descending" in held else low if "order_ascending" in held \
                else kind
    return kind


def _order_kind(words: list[str], held: frozenset[str], vocab: Vocabulary,
                said: frozenset[str], default: str | None = "earliest") -> str | None:
    """The ranking an order asked goes by, from the words beside those that ask it (``said``):
    a ranking word, an order_by word ("duration", "Enddatum"), else ``default`` (the start)."""
    rest = _held(_ngrams(_without(words, said)), vocab)
    kind = next((k for k in vocab.superlatives if f"superlatives.{k}" in rest), None)
    if kind and "singular" in held and "plural" not in held:
        return None  # "the oldest project, going by start date" ranks one, sorts nothing
    return kind or \
        next((name.removeprefix("order_by_") for name in vocab.phrase_sets
              if name.startswith("order_by_") and name in rest), default)


def _other_one(tokens: list[str], vocab: Vocabulary) -> bool:
    """ "and the other?", "und beim anderen Projekt?": a phrase for the other one, at the end
    or before "one"/"project" ("the other clusters" are something else)."""
    phrases = vocab.phrase_sets["other_one"]
    if _second_words(phrases).isdisjoint(tokens):  # "other", "anderen" (most messages have
        return False  # none: the first words, "the", "das", are everywhere)
    for n in (3, 2):
        for i in range(len(tokens) - n + 1):
            if " ".join(tokens[i:i + n]) in phrases and (
                    i + n == len(tokens) or tokens[i + n] in _one_heads()):
                return True
    return False


def _asked(m: Match, tokens: list[str], vocab: Vocabulary) -> bool:
    """ "aus welchem Landesprogramm kam das?", "what EU strategy was it under?": a programme
    between a question word and a verb (one noun may follow it), or at the question's end
    ("which interreg exactly?"), is the thing asked for."""
    if m.start == 0 or tokens[m.start - 1] not in vocab.phrase_sets["slot_questions"]:
        return False
    tail = tokens[m.end:]
    if all(t in vocab.phrase_sets["slot_tails"] for t in tail) and (tail or m.start > 1):
        return True  # alone, "which interreg?" asks for Interreg's projects
    after = tokens[m.end:m.end + 2]
    plural = vocab.phrase_sets["plural"] | vocab.phrase_sets["singular"]
    return bool(after) and (after[0] in vocab.phrase_sets["slot_verbs"] or len(after) == 2 and
                            after[0] not in plural and after[1] in vocab.phrase_sets["slot_verbs"])


def _whole_asked(m: Match, tokens: list[str], vocab: Vocabulary) -> bool:
    """ "und zu welcher EU-Strategie?", "which EU strategy?": a funder between a question word
    and a noun of a whole a project belonged to names that whole (the EU's strategy), which is
    asked; no money, so no funder to filter by and no funding asked."""
    return m.start > 0 and tokens[m.start - 1] in vocab.phrase_sets["slot_questions"] and \
        m.end < len(tokens) and tokens[m.end] in vocab.phrase_sets["slot_nouns"]


def _without(words: list[str], phrases: frozenset[str]) -> list[str]:
    """The words with these phrases taken out: each word of one becomes a placeholder."""
    text = f" {' '.join(words)} "
    for phrase in sorted(phrases, key=len, reverse=True):
        text = text.replace(f" {phrase} ", f" {' '.join([PLACEHOLDER] * len(phrase.split()))} ")
    return text.split()


def _past(words: list[str], held: frozenset[str], superlative: str | None,
          projects: tuple[str, ...], scores: dict[str, float], vocab: Vocabulary) -> bool:
    """ "welche Projekte hatte LSN früher?": the comparative is "in the past" unless something
    is compared: two projects, "als"/"than", a ranking phrase ("begann früher")."""
    return superlative is not None and len(projects) < 2 and scores.get("superlative", 0) < 3 \
        and "comparison_cues" not in held and "past_words" in held and _superlative(
            _held(_ngrams(_without(words, vocab.phrase_sets["past_words"])), vocab), vocab) is None


def _comparative(held: frozenset[str]) -> bool:
    """ "later", "früher", "of the two": compares, rather than naming only the winner."""
    return "superlatives" not in held and "comparatives" in held and \
        "size_names" not in held or "pair_words" in held


def _group_size(tokens: list[str], held: frozenset[str]) -> int | None:
    """ "of the three", "der drei": how many projects the list referred to has."""
    if "list_reference" not in held:
        return None
    sizes = [n for t in tokens if (n := number_word(t)) and n >= 2]
    return sizes[0] if len(sizes) == 1 else None


TOP_MOST = 10  # "the top 10": at most this many are ranked by name
PLACE_ASKED = 3.0  # "which project started second?": a place in a ranking is what is asked


def _top(tokens: list[str], superlative: str | None, vocab: Vocabulary) -> int | None:
    """ "Which three projects ran longest?", "die drei längsten", "the top 3": how many a
    ranking names, best first (not "which of the three", a list referred to)."""
    if superlative is None:
        return None
    before, not_after = (vocab.phrase_sets[k] for k in ("top_before", "top_not_after"))
    return next((n for i, t in enumerate(tokens) if i and (n := number_word(t)) and
                 2 <= n <= TOP_MOST and tokens[i - 1] in before and
                 not (i > 1 and tokens[i - 2] in not_after)), None)


def _which_of(tokens: list[str]) -> bool:
    """ "which of these", "Which of ELISE, MAGIA and BONEBANK", "welche von": which of a
    group is asked (the words in intents.yaml ordinal_ranks)."""
    which, of = _which_words()
    return not which.isdisjoint(tokens) and any(
        t in which and after in of for t, after in zip(tokens, tokens[1:], strict=False))


@cache
def _which_words() -> tuple[frozenset[str], frozenset[str]]:
    words = data_file("intents")["ordinal_ranks"]
    return frozenset(words["which"]), frozenset(words["which_of"])


def _rank_place(tokens: list[str], superlative: str | None, mode: str, vocab: Vocabulary
                ) -> tuple[str | None, int | None]:
    """ "the second longest", "und am zweitlängsten", "which project started second?", "welches
    endete als drittes?": a place in a ranking (the projects in it, ties sharing it), and the
    ranking (an ordinal with a start or end verb ranks by that date)."""
    if superlative:
        words = vocab.superlatives.get(superlative.removesuffix("_end"), frozenset())
        counts = data_file("intents")["ordinal_ranks"]["numbers"]  # ("of the three ran
        return superlative, next((n for i, t in enumerate(tokens[:-1])  # longest": no place)
                                  if 2 <= (n := vocab.ordinals.get(t, 0)) <= TOP_MOST and (
                                      tokens[i + 1] in words or  # "second longest", or a
                                      t not in counts and  # phrase: "the second most money",
                                      tokens[i + 2:i + 3] and tokens[i + 2] not in words and
                                      " ".join(tokens[i + 1:i + 3]) in words)), None)  # "die
        # zweitgrößte Förderung" (not "of the four ran longest": a group, the verb's phrase)
    if mode == "active":
        return None, None
    verbs, links = vocab.phrase_sets[f"mode_{mode}"], data_file("intents")["ordinal_ranks"]
    for i, t in enumerate(tokens):
        if not 2 <= vocab.ordinals.get(t, 0) <= TOP_MOST:
            continue
        before = tokens[i - 2:i] if i > 1 else tokens[:i]
        if before[-1:] and before[-1] in verbs or \
                len(before) == 2 and before[1] in links["verb_link"] and before[0] in verbs or \
                tokens[i + 1:i + 2] and tokens[i + 1] in links["infinitive"] and \
                tokens[i + 2:i + 3] and tokens[i + 2] in verbs:  # "the second to end"
            return ("earliest" if mode == "started" else "earliest_end"), vocab.ordinals[t]
    return None, None


def _rest_alone(r: _Reading, vocab: Vocabulary) -> bool:
    """ "who led the rest?", "Und die restlichen?", "und die anderen Projekte?": the rest of a
    list, not "die anderen Cluster" (a noun after the words, written with a capital, is what
    the rest is of)."""
    words, nouns = vocab.phrase_sets["rest_words"], vocab.phrase_sets["project_plurals"]
    ends = [i + n for i in range(len(r.tokens)) for n in (3, 2)
            if " ".join(r.tokens[i:i + n]) in words]
    after = r.tokens[ends[0]] if ends and ends[0] < len(r.tokens) else None
    if after is None or after in nouns:
        return bool(ends)
    raw = next((w for w in re.findall(r"[^\W\d_]+", r.raw) if normalize(w) == after), "")
    return not raw[:1].isupper()


def _counted(r: _Reading) -> list[str]:
    """The words that may count or place projects: not the digits of a decimal ("Sind das
    wirklich 1,2 Milliarden Euro?" is an amount, not the first one nor a group of two)."""
    if not _DECIMAL_SIGN.search(r.raw):  # (most messages hold no decimal)
        return r.corrected
    amount = decimal_words(r.raw)
    return [t for t in r.corrected if t not in amount]


def _without_group(tokens: list[str], held: frozenset[str]) -> list[str]:
    """The words but the number that counts the list referred to ("those two", "die drei"):
    it is no place in the list."""
    size = _group_size(tokens, held)
    return [t for t in tokens if size is None or number_word(t) != size]


def _die_as_pronoun(tokens: list[str]) -> bool:
    """ "wann liefen die?", "wer hat die geleitet?": "die" last or right before a participle
    stands for the projects (not the article of "die Partner")."""
    if "die" not in tokens:
        return False
    return any(t == "die" and (i + 1 == len(tokens) or _participle(tokens[i + 1]))
               for i, t in enumerate(tokens))


def _participle(word: str) -> bool:
    """ "geleitet", "finanziert", "koordiniert", "durchgeführt", "aufgebaut": a German
    participle, by its "ge", its "-iert" or a verb prefix before its "ge"."""
    return word.startswith("ge") or word.endswith("iert") or any(
        word.startswith(p) and word[len(p):].startswith("ge") for p in _verb_prefixes())


@cache
def _verb_prefixes() -> tuple[str, ...]:
    """The German verb prefixes a participle puts before its "ge" ("durch", "auf", "an")."""
    return tuple(data_file("query")["checks"]["verb_prefixes"]["de"])


def _singular(tokens: list[str], held: frozenset[str]) -> bool:
    """ "the project that stored stem cells", "welches davon", "das KI-Projekt" (a German
    compound ending in a singular word): one project is meant; "projects", "welche" are not."""
    if "plural" in held:
        return False
    return "singular" in held or bool(_singular_ending().search(" ".join(tokens)))


@cache
def _singular_endings() -> tuple[str, ...]:
    """The singular words long enough to end a German compound: "projekt" ("KI-Projekt")."""
    return tuple(w for w in vocabulary().phrase_sets["singular"] if " " not in w and len(w) >= 7)


@cache
def _singular_ending() -> re.Pattern[str]:
    """A word of the message that ends in one of _singular_endings (none has a space: one
    search of the joined words, not a test of each word)."""
    endings = "|".join(re.escape(w) for w in _singular_endings())
    return re.compile(f"(?:{endings})(?= |$)" if endings else "(?!)")


@cache
def _one_heads() -> frozenset[str]:
    """ "one", "Projekt": the words after an ordinal that make it a pick ("the second one")."""
    heads = data_file("query")["pick_frames"]["heads"]
    return frozenset(normalize(str(w)) for ws in heads.values() for w in ws)


def _ordinal(tokens: list[str], vocab: Vocabulary) -> int | None:
    """ "the second one", "das zweite": a place in the last list or choices; in a long
    message only right before "one" or "project" ("… targeted by the second one in the end")."""
    if len(tokens) > 8:  # "in der zweiten Phase", "phase 2": a stage word holds one too
        heads = _one_heads() | vocab.aspects.get("stage", frozenset())
        return next((_ordinal_of(t, vocab) for t, after in zip(tokens, tokens[1:], strict=False)
                     if _ordinal_of(t, vocab) and after in heads), None) or next(
            (_ordinal_of(t, vocab) for before, t in zip(tokens, tokens[1:], strict=False)
             if before in vocab.aspects.get("stage", ()) and _ordinal_of(t, vocab)), None)
    ordinals = vocab.ordinals  # (a word that is neither an ordinal nor digits is none)
    if ordinals.keys().isdisjoint(tokens) and not any(map(str.isdigit, tokens)):
        return None  # (most messages: no word is looked at one by one)
    return next((n for i, tok in enumerate(tokens) if (tok in ordinals or tok.isdigit()) and
                 (n := _ordinal_of(tok, vocab)) and not _ranks(tokens[:i], tokens[i + 1:]) and
                 not _one_such(tok, tokens[i + 1:])), None)


def _one_such(tok: str, after: list[str]) -> bool:
    """ "eins zur Knochenheilung", "one on bone healing": a number word before what it is about
    means one such project, not the first of a list."""
    words = data_file("intents")["ordinal_ranks"]
    return tok in words["numbers"] and bool(after) and after[0] in words["about"]


def _ranks(before: list[str], after: list[str]) -> bool:
    """ "the first one to end", "the last to start", "and which first?", "welches zuerst": an
    ordinal before "to" and a verb, or right after "which" (and "one"), ranks by an event, it
    picks no place in a list."""
    heads, words = _one_heads(), data_file("intents")["ordinal_ranks"]
    rest = after[1:] if after[:1] and after[0] in heads else after
    lead = before[:-1] if before[-1:] and before[-1] in heads else before
    if len(lead) > 1 and lead[-1] in words["articles"] and lead[-2] in words["being"]:
        lead = lead[:-1]  # "which one was the first?"
    if lead[-1:] and lead[-1] in words["being"] and not rest:  # "which of them was first?"
        lead = [w for w in lead[-4:-1] if w in words["which"]]
    return len(rest) > 1 and rest[0] in words["infinitive"] or \
        bool(lead) and lead[-1] in words["which"]


def _ordinal_of(tok: str, vocab: Vocabulary) -> int | None:
    if tok in vocab.ordinals:
        return vocab.ordinals[tok]
    return int(tok) if tok.isascii() and tok.isdigit() and 0 < int(tok) < 20 else None


def _name_like(
    raw: str, tokens: list[str], unknown: list[int], language: str, vocab: Vocabulary,
    asking: bool = True, taken: frozenset[int] = frozenset(),
) -> tuple[str, ...]:
    """Unknown words that stand where a project name would: "what is GENOMIX?".

    All caps counts, and capitals inside a word ("ScanBalt"); so does a capitalised word after a
    cue word ("about", "über"), or a short message that is just the name. German capitalises
    every noun, so capitals alone don't count, and in English they count only in a message that
    asks something ("sushi near the Hamburg
    Hbf?" asks nothing of a project). A run of capitalised words after a cue is one name, with
    its everyday words: "zum Projekt Health Hub Nord".
    """
    if not unknown:  # (most messages: their raw words are not normalised again)
        return ()
    raw_words = _WORD.findall(raw)
    first: dict[str, str] = {}  # each normalised word's first raw form: one pass, not one per
    for w in raw_words:  # unknown word (that was quadratic in the message's length, #16)
        first.setdefault(normalize(w), w)
    names = []
    cues = vocab.phrase_sets["name_cues"]
    for i in unknown:
        word = first.get(tokens[i], "")
        if not word:
            continue
        previous = tokens[i - 1] if i else ""
        cue = previous in cues
        start, end = _capital_run(tokens, i, first, vocab, taken)
        if word[0].isupper() and end - start > 1 and start and tokens[start - 1] in cues:
            names.append(" ".join(first[t] for t in tokens[start:end]))
            continue
        if cue and word[1:].islower() and i >= 2 and (
                tokens[i - 2] in vocab.phrase_sets["project_nouns"] or
                tokens[i - 2] in vocab.phrase_sets["project_plurals"]):
            continue  # "Gibt es ein Projekt zu Telemedizin?": a German noun, the topic asked
        capital = word[0].isupper() and (language == "en" and asking or cue)
        short = len(raw_words) <= 2 and (word[0].isupper() or cue)
        inner = any(c.isupper() for c in word[1:]) and len(word) >= 4  # "ScanBalt"
        looks_like_name = (word.isupper() and len(word) >= 3) or inner or \
            (capital and (cue or i > 0)) or _numbered_after_noun(tokens, i, vocab)
        if (looks_like_name or short) and previous not in vocab.phrase_sets["place_words"]:
            names.append(word)
    return tuple(dict.fromkeys(names))


RUN = 4  # words of a name that runs on after its cue: "Health Hub Nord"


def _numbered_after_noun(tokens: list[str], i: int, vocab: Vocabulary) -> bool:
    """ "what about the project biocity 2030": a word we don't know between "project" and a
    year is a name with its number, also written small ("das projekt biostadt 2030"), no year
    asked about. (Without the year, "the project history" is no name.)"""
    return 0 < i < len(tokens) - 1 and _YEAR.match(tokens[i + 1]) is not None and \
        tokens[i - 1] in vocab.phrase_sets["naming_nouns"] - vocab.phrase_sets["plural"]


def _capital_run(tokens: list[str], i: int, first: dict[str, str], vocab: Vocabulary,
                 taken: frozenset[int]) -> tuple[int, int]:
    """The capitalised words around token i that may belong to one name: not a known name, not
    a cue word, not a word that asks by itself ("Ziel", "Partner")."""
    def part(j: int) -> bool:
        t = tokens[j]
        return j not in taken and first.get(t, "")[:1].isupper() and \
            t not in vocab.phrase_sets["name_cues"] and \
            stem(t, vocab.phrase_words) not in vocab.intents

    start, end = i, i + 1
    while start > 1 and i - start < RUN - 1 and part(start - 1):
        start -= 1
    while end < len(tokens) and end - start < RUN and part(end):
        end += 1
    return start, end


# A word of letters and digits with three letters or more: "MEDTEC4U", "CARE4BONE", "Bridge53"
_COMPOUND = re.compile(r"(?=[^\W_]*\d)(?=(?:[^\W_]*?[^\W\d_]){3})[^\W_]+")
_DIGIT = re.compile(r"\d")


def _compound_names(raw: str, tokens: list[str], matches: list[Match],
                    named_elsewhere: set[int]) -> tuple[tuple[str, ...], set[int]]:
    """Words that mix letters and digits are names ("MEDTEC4U"), not typos of the page's words
    ("medtec" is no misspelt "medtech", "FRAKTUR4ALL" no word for fractures), unless they hold a
    project's name, even misspelt ("Brdige53"), or are all of a name known exactly: "COVID19"
    (a topic's alias "COVID-19"), "Horizon2020" (a programme of world.yaml).
    Returns the names as written and the tokens they take."""
    names: list[str] = []
    spans: set[int] = set()
    if not _DIGIT.search(raw):  # (most messages: no digit, no such word; the pattern is slow)
        return (), spans
    for word in _COMPOUND.findall(raw[:2000]):
        parts = normalize(word).split()
        for i in range(len(tokens) - len(parts) + 1):
            if tokens[i : i + len(parts)] != parts:
                continue
            end = i + len(parts)
            known = set(range(i, end)) <= named_elsewhere or any(
                m.start <= i and end <= m.end and m.score >= 1.0 or  # all of it a known name
                m.kind == "project" and m.start < end and i < m.end  # even misspelt: "Brdige53"
                for m in matches)
            if not known:
                names.append(word)
                spans |= set(range(i, end))
            break
    return tuple(dict.fromkeys(names)), spans


def _named(raw: str, tokens: list[str], matches: list[Match], vocab: Vocabulary
           ) -> tuple[tuple[str, ...], set[int]]:
    """The words after "called", "namens", "mit dem Namen" are a project's name: when they don't
    begin with a project of the page, they are a name the page doesn't have, as written, and
    no topic or place ("ein Projekt namens MedTech Bridge" asks for no medtech projects).
    The name runs while its words are names, unknown or capitalised, at most RUN words."""
    cues = vocab.phrase_sets["naming_cues"]
    if first_words(cues).isdisjoint(tokens):
        return (), set()
    ends = [i + n for n in (1, 2, 3) for i in range(len(tokens) - n + 1)
            if " ".join(tokens[i : i + n]) in cues]
    if not ends:
        return (), set()
    written = {normalize(w): w for w in reversed(_WORD.findall(raw))}
    start = max(ends)
    if any(m.kind == "project" and m.start == start for m in matches):
        return (), set()
    covered = {i for m in matches for i in range(m.start, m.end)}
    end = start
    while end < min(len(tokens), start + RUN) and (
            end in covered or tokens[end] not in vocab.common or
            written.get(tokens[end], "")[:1].isupper()):
        end += 1
    of_project = not vocab.phrase_sets["naming_nouns"].isdisjoint(tokens[max(0, start - 6):start])
    if end == start or not of_project and any(
            m.start == start and m.end == end and m.score >= 1.0 for m in matches):
        return (), set()  # "Was heißt ERDF?": all of it one known name, no project's
    return (" ".join(written.get(t, t) for t in tokens[start:end]),), set(range(start, end))


_QUOTED = re.compile(r"""(?:^|(?<=[\s(]))["'„“‚‘«»]"""  # a quote after a space
                     r"""([^"„“”‚‘’«»]{2,80}?)"""
                     r"""["'“”‘’«»](?=$|[\s?!.,;:)])""")  # and one before a space or a stop


def _marked_names(raw: str, tokens: list[str], matches: list[Match], vocab: Vocabulary
                  ) -> tuple[tuple[str, ...], set[int]]:
    """Words marked as a project's name: in quotes beside "project" ("das Projekt 'BioHealth
    Baltic'"), or between "the" and "project" with a word we don't know ("the genomed north
    project") or written as a title ("the Baltic Biobank Alliance project"). Unless all of
    them are one project of the page, they are a name the page doesn't have, so no word of it
    is taken for a project or a topic ("Baltic" is no BFCC)."""
    names: list[str] = []
    spans: set[int] = set()
    nouns, determiners = vocab.phrase_sets["naming_nouns"], vocab.phrase_sets["name_determiners"]
    for quoted in _QUOTED.findall(raw[:2000]):
        parts = normalize(quoted).split()
        for i in range(len(tokens) - len(parts) + 1):
            if parts and tokens[i:i + len(parts)] == parts:
                end = i + len(parts)
                near = {*tokens[max(0, i - 2):i], *tokens[end:end + 1]}
                if not nouns.isdisjoint(near) and not _one_project(matches, i, end):
                    names.append(quoted.strip())
                    spans |= set(range(i, end))
                break
    inside = {i for m in matches for i in range(m.start, m.end)}  # words of a name found
    for j, tok in enumerate(tokens):  # "the genomed north project", not "the cancer projects"
        if tok not in nouns or tok in vocab.phrase_sets["plural"] or j in spans:
            continue
        start = j
        while start > max(0, j - RUN) and tokens[start - 1] not in determiners and \
                not any(m.kind == "project" and m.start < start and start - 1 < m.end
                        for m in matches):  # ("the ScanBalt Medtech Bridge project": a topic
            start -= 1  # inside the name is part of it)
        run = tokens[start:j]
        if run and start and tokens[start - 1] in determiners and (
                any(t not in vocab.common and len(t) >= 3 and not t.isdigit() and
                    start + k not in inside and not _correction(t) for k, t in enumerate(run))
                or  # ("das übergeordente Projekt": a typo of a word, no name)
                _title(raw, tokens[start - 1:j]) and not _one_name(matches, start, j)):
            names.append(_written_run(raw, run))
            spans |= set(range(start, j))
    return tuple(dict.fromkeys(names)), spans


def _titled_after_noun(raw: str, tokens: list[str], matches: list[Match], taken: set[int],
                       vocab: Vocabulary) -> tuple[tuple[str, ...], set[int]]:
    """ "do you know the project BALTIC HEALTH TWIN?": words written with capitals right after
    "project", "Projekt", with a word we don't know among them, are one name the page doesn't
    have, unless they begin with a project of the page; "Baltic" in it is no BFCC. (Not in a
    message written in capitals, where every word has them.)"""
    nouns = vocab.phrase_sets["naming_nouns"] - vocab.phrase_sets["plural"]
    if nouns.isdisjoint(tokens) or raw.isupper():
        return (), set()
    written = {normalize(w): w for w in reversed(_WORD.findall(raw))}
    inside = {i for m in matches for i in range(m.start, m.end)}
    for j, tok in enumerate(tokens):
        start = end = j + 1
        if tok not in nouns or j in taken or any(
                m.kind == "project" and m.start == start for m in matches):
            continue
        while end < min(len(tokens), start + RUN) and end not in taken and \
                written.get(tokens[end], "")[:1].isupper() and \
                stem(tokens[end], vocab.phrase_words) not in vocab.intents:  # ("Gelder" asks)
            end += 1
        if end - start >= 2 and (any(i not in inside and tokens[i] not in vocab.common
                                     for i in range(start, end)) or _names_apart(
                matches, start, end)) and \
                not _shouted(raw):
            return (_written_run(raw, tokens[start:end]),), set(range(start, end))
    return (), set()


def _names_apart(matches: list[Match], start: int, end: int) -> bool:
    """ "das Projekt MedTech Bridge Baltic": a run of the page's names (a topic, a place), each
    on its own and no one name of them all, is no project either; a title."""
    return len({m.start for m in matches if start <= m.start < end}) >= 2 and \
        not _one_name(matches, start, end)


def _title(raw: str, run: list[str]) -> bool:
    """ "the Baltic Biobank Alliance project": two words or more written with capitals after a
    determiner written without one are a title, even where each word is known ("Biobank")."""
    words = _written_run(raw, run).split()
    return len(words) >= 3 and words[0][:1].islower() and all(w[:1].isupper() for w in words[1:])


def _one_name(matches: list[Match], start: int, end: int) -> bool:
    """All of the words one name the page knows: "the Baltic Sea Region project"."""
    return any(m.start <= start and end <= m.end for m in matches)


def _written_run(raw: str, run: list[str]) -> str:
    """Words as the user wrote them, with what stands between them: "HORIZON-X"."""
    found = [(m.start(), m.end(), normalize(m.group())) for m in _WORD.finditer(raw[:2000])]
    for i in range(len(found) - len(run) + 1):
        if [w for _, _, w in found[i:i + len(run)]] == run:
            return raw[found[i][0]:found[i + len(run) - 1][1]]
    return " ".join(_as_written(raw, t) for t in run)


def _one_project(matches: list[Match], start: int, end: int) -> bool:
    return any(m.kind == "project" and m.start <= start and end <= m.end for m in matches)


def _unknown_tokens(tokens: list[str], used: set[int], vocab: Vocabulary) -> list[int]:
    return [i for i, t in enumerate(tokens)
            if i not in used and t not in vocab.common and not t.isdigit() and len(t) >= 3]


def _inside_phrases(matches: list[Match], tokens: list[str], vocab: Vocabulary) -> list[Match]:
    """Drop a project found inside a longer intent phrase: "kick" in "when did it kick off"."""
    return [m for m in matches if m.kind != "project" or not _in_phrase(m, tokens, vocab)]


def _in_phrase(m: Match, tokens: list[str], vocab: Vocabulary) -> bool:
    """Whether an intent phrase of two to four words, longer than the name, holds it: only the
    runs of words around the name are looked at, and only where each of the name's words is a
    word of such a phrase (most names are none: "elise", "bfcc")."""
    inner = _phrase_inner_words()
    for token in tokens[m.start:m.end]:
        if stem(token, vocab.phrase_words) not in inner:
            return False
    for n in range(m.end - m.start + 1, 5):
        for start in range(max(0, m.end - n), min(m.start, len(tokens) - n) + 1):
            if stem_phrase(" ".join(tokens[start:start + n]), vocab.phrase_words) in vocab.intents:
                return True
    return False


@cache
def _phrase_inner_words() -> frozenset[str]:
    """The stemmed words of the intent phrases of two words or more ("kick" of "kick off")."""
    return frozenset(w for phrase in vocabulary().intents if " " in phrase
                     for w in phrase.split())


def _part_of_before_project(stems: list[str], matches: list[Match], vocab: Vocabulary) -> bool:
    """ "What was part of HIHeal?", "which project belonged to HIHeal?" ask what it contained;
    "BRIDGE 53 was part of?", "which project did BRIDGE 53 belong to?" the parent."""
    markers = _part_of_markers()
    if first_words(markers).isdisjoint(stems):
        return False  # (most messages: no word begins a marker, no run of words is joined)
    starts = [m.start for m in matches if m.kind == "project"]
    pronouns = vocab.phrase_sets["part_of_pronouns"]
    for n in (2, 3):
        for i in range(len(stems) - n + 1):
            if " ".join(stems[i : i + n]) in markers:
                if not starts:  # "which project was part of it?", "Teil von diesem?"
                    return i > 0 and stems[i + n : i + n + 1] != [] and stems[i + n] in pronouns
                return i + n <= min(starts)
    return False


@cache
def _part_of_markers() -> frozenset[str]:
    """The markers of part_of_markers as the stems they are compared with ("gehörte zu")."""
    vocab = vocabulary()
    return frozenset(stem_phrase(m, vocab.phrase_words)
                     for m in vocab.phrase_sets["part_of_markers"])


ORIGIN_ASKED = 3.0  # "grew out of", "baut auf … auf": a phrase of origin asks the predecessor


def _origin_named(tokens: list[str], matches: list[Match], scores: dict[str, float],
                  vocab: Vocabulary) -> bool:
    """ "Which project grew out of MAGIA?", "Welches Projekt ist aus MAGIA hervorgegangen?":
    the one project named right after the preposition of an origin is where the asked one came
    from, so its follow-up is asked ("what did MAGIA2Market grow out of?" asks the predecessor)."""
    if scores.get("predecessor", 0) < ORIGIN_ASKED or \
            max(scores.values()) > scores["predecessor"]:
        return False
    named = [m for m in matches if m.kind == "project"]
    if len({m.id for m in named}) != 1:
        return False
    sets = vocab.phrase_sets
    at = named[0].start
    while at and tokens[at - 1] in sets["origin_fillers"]:
        at -= 1
    return any(" ".join(tokens[at - n:at]) in sets["origin_words"] for n in (1, 2) if at >= n)


def _time_question(tokens: list[str], vocab: Vocabulary) -> bool:
    """Asks for a date: a time word, unless a lone "when" follows a question word with no
    conjunction between them ("which region was added when MAGIA became MAGIA2Market?"). Its
    runs of words are built only where a word ends a time phrase (most messages have none)."""
    if _last_words(vocab.time_words).isdisjoint(tokens):
        return False
    grams = [g for g in _ngrams(tokens) if g in vocab.time_words]
    if not grams or any(" " in g for g in grams):
        return bool(grams)
    at = next(i for i, t in enumerate(tokens) if t in vocab.time_words)
    before = tokens[:at]
    return not (any(t in vocab.phrase_sets["time_subordinate"] for t in before) and
                not any(t in vocab.phrase_sets["conjunctions"] for t in before))


def _as_written(raw: str, token: str) -> str:
    """The word as the user wrote it ("Brazil"), for quoting it back."""
    return next((w for w in _WORD.findall(raw) if normalize(w) == token), token)


def _filter_slot(tokens: list[str], i: int, vocab: Vocabulary) -> bool:
    """Whether an unknown word stands where a filter would: "in Brazil", "cancer projects"."""
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    cues = vocab.phrase_sets
    if before in cues["filter_articles"] and i >= 2:  # "in der Pflege"
        before = tokens[i - 2]
    return before in cues["filter_before"] or after in cues["filter_after"]


CORRECTED_NAME = 3  # words after a correction ("oops wrong one,"): a project's name at most


def _continuation_length(tokens: list[str], vocab: Vocabulary) -> int:
    """How many leading words say "same question, other project": "and", "what about",
    after words that only hesitate or correct ("no wait, I meant …", "oh sorry, und bei …")."""
    skip, fillers = 0, vocab.phrase_sets["fillers"]
    correcting = False
    while skip < len(tokens) - 1:
        if tokens[skip] in fillers:
            n = 1
        elif tokens[skip] in _first_words(fillers) and (
                n := next((n for n in (2, 3) if " ".join(tokens[skip:skip + n]) in fillers), 0)):
            pass  # "my bad", "wrong project", "not that one"
        else:
            break
        correcting = correcting or " ".join(tokens[skip:skip + n]) in \
            vocab.phrase_sets["correcting"]
        skip += n
    continuation = vocab.phrase_sets["continuation"]
    if correcting and len(tokens) - skip <= CORRECTED_NAME:
        return skip  # "oops wrong one, InnoReAct": the last question, of the one meant
    if skip >= len(tokens) or tokens[skip] not in first_words(continuation):
        return 0  # (most messages: no continuation begins with the word, none is joined)
    for n in range(4, 0, -1):
        if " ".join(tokens[skip:skip + n]) in continuation:
            if n > 1 and skip + n < len(tokens) and _which_word(tokens[skip + n]):
                continue  # "und bei welchem war Litauen dabei?": "bei" is the question's
            return skip + n
    return 0


def _which_word(token: str) -> bool:
    """ "which", "welches", "welchem", "welchen": a question word asking which one."""
    return token in _which_words()[0] or token.startswith("welch")


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the phrases of several words."""
    return frozenset(p.split()[0] for p in phrases if " " in p)


@cache
def _second_words(phrases: frozenset[str]) -> frozenset[str]:
    """The second words of the phrases of several words ("other" of "the other one")."""
    return frozenset(p.split()[1] for p in phrases if " " in p)


@cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last words of the phrases, of one word or several ("year" of "which year")."""
    return frozenset(p.split()[-1] for p in phrases)


TAIL_CONTINUATION = 4  # words of "InnoReAct too?", "und BONEBANK auch?" at most


def _continuation_tail(tokens: list[str], vocab: Vocabulary) -> bool:
    """ "InnoReAct too?", "BFCC as well?", "und MAGIA ebenfalls?": a short message whose last
    words say "the same, of this one"."""
    return 1 < len(tokens) <= TAIL_CONTINUATION and any(
        " ".join(tokens[-n:]) in vocab.phrase_sets["continuation_tails"] for n in (1, 2))


PICK_CORRECTED = 7  # words of "äh, nicht das, sondern das dritte" at most


def _pick_corrected(tokens: list[str], vocab: Vocabulary) -> bool:
    """ "no, the third one", "the third one, I meant", "das dritte meinte ich": an ordinal with
    nothing but words that hesitate or correct says "the same question, of that one"."""
    if not 1 < len(tokens) <= PICK_CORRECTED or vocab.ordinals.keys().isdisjoint(tokens):
        return False
    return all(t in vocab.ordinals or t in _pick_alone_words() for t in tokens)


@cache
def _pick_alone_words() -> frozenset[str]:
    """The words of the fillers and pick words, one by one ("wrong one": "wrong", "one")."""
    sets = vocabulary().phrase_sets
    return frozenset(w for name in ("fillers", "pick_words") for p in sets[name]
                     for w in p.split())


# --------------------------------------------------------------------------- entry point


_DECIMAL_SIGN = re.compile(r"\d[.,]\d")


@dataclass(frozen=True, slots=True)
class _Reading:
    """The words of one message, read once: every stage of understand looks at them."""

    raw: str  # the text, cut to 2,000 characters
    tokens: list[str]  # normalized words, German project compounds split
    corrected: list[str]  # the tokens, typos outside the names found corrected
    words: list[str]  # corrected; project names and a leading "ok and" are PLACEHOLDER; no hedges
    held: frozenset[str]  # the phrase sets the n-grams of words hold (_held)
    stems: list[str]  # the stems of words
    lead: int  # the length of a leading continuation ("ok and …")
    used: set[int]  # the tokens of names: known ones and unknown compounds


@cache
def _capital_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Names that only their capitals tell from a common word ("US", not "us")."""
    return tuple((re.compile(rf"(?<![\w.]){re.escape(short)}(?![\w])"), long)
                 for short, long in data_file("world")["capital_names"].items())


@cache
def _article_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Names an article tells from a common word, in any case ("the us", not "us")."""
    return tuple((re.compile(rf"(?<![\w.]){re.escape(short)}(?![\w])", re.IGNORECASE), long)
                 for short, long in data_file("world")["article_names"].items())


def _capitals(raw: str) -> str:
    """ "Which projects targeted the US?": the capitals name the United States (not in a message
    written in capitals: "TELL US ABOUT BFCC"); "was the us a target country": so does the
    article, in any case."""
    if "he u" in raw.lower():  # (a cheap test first: most messages have no "the u…")
        for pattern, long in _article_names():
            raw = pattern.sub(long, raw)
    if "U" not in raw or _shouted(raw):
        return raw  # (most messages have no capital U at all)
    for pattern, long in _capital_names():
        raw = pattern.sub(long, raw)
    return raw


def _shouted(raw: str) -> bool:
    """Written in capitals more than not ("TELL US ABOUT BFCC"); counted in C, not by a Python
    step per character (a message with a capital U paid about 2 µs per ten characters)."""
    return sum(map(str.isupper, raw)) > sum(map(str.islower, raw))


def understand(
    text: str, kb: KnowledgeBase, language_hint: str | None = None
) -> Understanding:
    """Read one message: language, intent, entities, filters. Pure and deterministic."""
    stages = reading(text, kb, language_hint)
    next(stages)  # the language
    return next(stages)


def reading(
    text: str, kb: KnowledgeBase, language_hint: str | None = None
) -> Iterator[Any]:
    """`understand` in two steps: the message's language with its words and the names found in
    them (a str, the tokens and the matches), then its Understanding. The second step is about
    two thirds of a reading; a message cut into pieces, each read on its own, needs no more of
    the whole than the first (query.read)."""
    vocab = vocabulary()
    raw = _capitals(text[:2000]) if isinstance(text, str) else ""
    index = entity_index(kb)
    tokens = _project_compounds(normalize(raw).split()[:200], index, vocab)
    worldwide = _world_candidates(tokens)
    matches, compounds, compound_spans = _name_matches(raw, tokens, index, worldwide, vocab)
    spoken, tongue = _thing_language(tokens)
    if spoken:  # "available in Danish?": a language, no place
        matches = [m for m in matches if spoken.isdisjoint(range(m.start, m.end))]
        worldwide = [w for w in worldwide if spoken.isdisjoint(range(w[0], w[1]))]
        compound_spans = compound_spans | spoken
    r = _read(raw, tokens, matches, compound_spans, vocab)
    language = detect_language(tokens, _ngrams(r.stems), raw, language_hint, vocab, frozenset(
        tokens[i] for m in matches if m.kind != "project" for i in range(m.start, m.end)))
    yield language, tokens, tuple(matches)
    scores = _intent_scores(r, matches, vocab)
    matches = _organisation_of_place(r.tokens, matches, scores, kb, vocab)
    matches, left, funding_asked = _weigh_entities(r, matches, scores, vocab)
    matches = _involved_asked(matches, r, kb)
    matches += _funders_by_kind(tokens, matches, scores)  # "funded by the state?"
    excluded = left[0]
    if funding_asked:  # "aus welchem Landesprogramm kam das?" asks the funding, filters nothing
        scores["funding"] = max(scores.get("funding", 0), 2.5)
    world, worldly = _world(worldwide, r.used)  # "Horizon 2020" names no year
    continent, spanned = _continents(tokens, r.used | worldly, matches)  # "Asien": China and
    if spanned:  # Japan; "Baltic states": not the place "Baltic" (the Baltic Sea Region)
        matches = [m for m in matches if m.kind != "place" or
                   not spanned.issuperset(range(m.start, m.end))]
    worldly |= spanned
    if continent and _excluded(Match("place", "", min(spanned), max(spanned) + 1, 1.0), tokens,
                               vocab):  # "partners outside Asia": its places are left out
        left, continent = (left[0] + continent, left[1] + continent, left[2]), ()
        excluded = left[0]
    by_kind = {k: [m for m in matches if m.kind == k] for k in ENTITY_KINDS}
    lone = _lone_month(r.corrected, _mode(r.held)) if "mode_started" in r.held or \
        "mode_ended" in r.held else None  # "ended in June": a date, no filter word (only a
    # start or an end has one: _lone_month)
    unknown = [i for i in _unknown_tokens(tokens, r.used | worldly, vocab)
               if r.corrected[i] == tokens[i] and i != lone]
    untold = [i for i in unknown if tokens[i] not in index.text_words]  # ("Und Marktstudien?":
    # a thing the page tells of, no project's name)
    unknown_names, numbered = _numbered(raw, tokens, unknown, _name_like(
        raw, tokens, untold, language, vocab, any(i not in SMALL_TALK for i in scores),
        frozenset(r.used)))
    renumbered, spans = _renumbered(raw, tokens, index)  # "BRIDGE 54": not BRIDGE 53
    unknown_names = (*compounds, *renumbered, *unknown_names)
    filters = _filters(r, by_kind, continent, left, worldly | numbered | spans, scores, vocab)
    unknown_filters = (  # "Scandinavia other than Denmark": a region none of whose places the
        *(" ".join(_as_written(raw, tokens[i]) for i in sorted(spanned))  # page names
          for _ in range(bool(continent) and set(continent) <= set(excluded))),
        *(_as_written(raw, tokens[i]) for i in unknown if _filter_slot(tokens, i, vocab)))
    projects, ambiguous = _projects(by_kind["project"])
    u = _assemble(r, kb, vocab, language=language, scores=scores, projects=projects,
                  ambiguous=ambiguous, matches=matches, filters=filters, excluded=excluded,
                  unknown=unknown, unknown_names=unknown_names,
                  unknown_filters=unknown_filters, world=world, spanned=spanned)
    if tongue:  # the language of a document asks where to get it (a contact), of a course
        u = replace(u, intent="contact" if tongue == "document" else "activities",  # what
                    asks=u.asks | {"written_in"})  # it offered
    yield u


def _involved_asked(matches: list[Match], r: _Reading, kb: KnowledgeBase) -> list[Match]:
    """ "which projects involved hospitals?": a kind of organisation the page names only as
    worked with is a condition of projects asked for by that noun; of one project ("which
    hospitals took part in BFCC?", "Was a university involved in KI#CK?") it is the partners
    asked about, and the projects named decide."""
    if not any(m.kind == "topic" and kb.topics[m.id].kind == "involved" for m in matches):
        return matches
    asked = not any(m.kind == "project" for m in matches) and bool(
        {"project_nouns", "project_plurals"} & r.held) and \
        not {"pronouns", "list_reference"} & r.held
    return [m for m in matches if asked or not (
        m.kind == "topic" and kb.topics[m.id].kind == "involved")]


def _renumbered(raw: str, tokens: list[str], index: EntityIndex
                ) -> tuple[tuple[str, ...], set[int]]:
    """ "what about the BRIDGE 54 project?": the word of a project's name that ends in its
    number (BRIDGE 53), with another number, names a project the page doesn't have."""
    if index.numbered.keys().isdisjoint(tokens):
        return (), set()  # (most messages: no word of a numbered name)
    found = [i for i in range(len(tokens) - 1) if tokens[i] in index.numbered and
             tokens[i + 1].isdigit() and tokens[i + 1] != index.numbered[tokens[i]]]
    return (tuple(f"{_as_written(raw, tokens[i])} {tokens[i + 1]}" for i in found),
            {j for i in found for j in (i, i + 1)})


def _numbered(raw: str, tokens: list[str], unknown: list[int], names: tuple[str, ...]
              ) -> tuple[tuple[str, ...], set[int]]:
    """ "infos zu ScanHealth 2030": a year right after a name the page doesn't know is the
    name's number, no year asked about; the name keeps it."""
    if not names:
        return names, set()
    ends = {name.split()[-1]: name for name in names}
    numbered: dict[str, str] = {}
    taken = set()
    for i in unknown:
        word = _as_written(raw, tokens[i])
        if word in ends and i + 1 < len(tokens) and _YEAR.match(tokens[i + 1]) and \
                tokens[i] not in month_names():  # ("ended in June 2019": a date)
            numbered[ends[word]] = f"{ends[word]} {tokens[i + 1]}"
            taken.add(i + 1)
    return tuple(numbered.get(name, name) for name in names), taken


def _name_matches(raw: str, tokens: list[str], index: EntityIndex, worldwide: list[WorldName],
                  vocab: Vocabulary) -> tuple[list[Match], tuple[str, ...], set[int]]:
    """The names the page knows, and the unknown names of compounds and naming cues with
    their tokens (whose words match nothing the page knows)."""
    matches, _ = _find_entities(tokens, index, vocab.common, _possessives(raw))
    matches = _inside_phrases(matches, tokens, vocab)
    _, named_elsewhere = _world(worldwide, set())  # "slowenische" is Slovenia, never a typo of
    matches = [m for m in matches if (m.score >= 1.0 and not _inside_longer(m, worldwide)) or
               named_elsewhere.isdisjoint(range(m.start, m.end))]  # "slowakische"
    compounds, compound_spans = _compound_names(raw, tokens, matches, named_elsewhere)
    named, named_span = _named(raw, tokens, matches, vocab)  # "a project called MedTech
    compounds, compound_spans = (*compounds, *named), compound_spans | named_span  # Bridge"
    marked, marked_span = _marked_names(raw, tokens, matches, vocab)  # "das Projekt 'X'"
    compounds, compound_spans = (*compounds, *marked), compound_spans | marked_span
    titled, titled_span = _titled_after_noun(raw, tokens, matches, compound_spans, vocab)
    compounds, compound_spans = (*compounds, *titled), compound_spans | titled_span
    matches = [m for m in matches if compound_spans.isdisjoint(range(m.start, m.end))]
    return matches, compounds, compound_spans


_POSSESSIVE = re.compile(r"([^\W_][\w#.]*)['’]s\b")


def _possessives(raw: str) -> frozenset[tuple[str, int]]:
    """The words written with a possessive "'s" ("magia's"), normalised, each with how often
    the word came before it (the same name may stand again inside a longer one)."""
    if "'" not in raw and "’" not in raw:
        return frozenset()
    return frozenset((word, normalize(raw[:m.start()]).split().count(word))
                     for m in _POSSESSIVE.finditer(raw) for word in (normalize(m.group(1)),))


def _inside_longer(m: Match, worldwide: list[WorldName]) -> bool:
    """ "Europe" in "Horizon Europe", "Interreg" in "Interreg North Sea": a name of the page
    inside a longer one it never mentions is that one's word."""
    return any(start <= m.start and m.end <= end and end - start > m.end - m.start
               for start, end, _, _ in worldwide)


def _read(raw: str, tokens: list[str], matches: list[Match], compound_spans: set[int],
          vocab: Vocabulary) -> _Reading:
    """The words the intent phrases are looked for in: typos corrected outside names, project
    names and a leading "ok and" hidden, hedges ("at least") left out."""
    used = {i for m in matches for i in range(m.start, m.end)} | compound_spans
    corrected = _correct(tokens, used, vocab)
    names = {i for m in matches if m.kind == "project" for i in range(m.start, m.end)}
    lead = _continuation_length(tokens, vocab)
    words = [PLACEHOLDER if i in names or i < lead else t for i, t in enumerate(corrected)]
    held = _held(_ngrams(words), vocab) | _separated(words, vocab)
    if "hedges" in held:  # "at least", "at the latest" rank nothing
        words = _without(words, vocab.phrase_sets["hedges"])
        held = _held(_ngrams(words), vocab) | _separated(words, vocab)
    stems = [stem(w, vocab.phrase_words) for w in words]
    return _Reading(raw, tokens, corrected, words, held, stems, lead, used)


def _separated(words: list[str], vocab: Vocabulary) -> frozenset[str]:
    """ "Wie viele Projekte liefen 2016 an?": a particle that ends the clause belongs to a verb
    before it; the two hold the phrases they hold written together ("liefen an": started)."""
    if len(words) < 3 or words[-1] not in vocab.phrase_sets["separable_particles"]:
        return frozenset()
    return _held([f"{w} {words[-1]}" for w in words[:-2]], vocab)


def _intent_scores(r: _Reading, matches: list[Match], vocab: Vocabulary) -> dict[str, float]:
    """The intents the phrases score; a question about nothing named asks for help."""
    scores = score_intents(r.stems, vocab)
    softeners = vocab.phrase_sets["softeners"]
    if not softeners.isdisjoint(r.words):  # "what can you actually do?": as without the word
        plain = [s for w, s in zip(r.words, r.stems, strict=True) if w not in softeners]
        for intent, score in score_intents(plain, vocab).items():
            scores[intent] = max(score, scores.get(intent, 0.0))
    relative = _relative_at(r.words, vocab)
    if relative is not None:  # "who led the project where stem cells were stored?" asks who:
        main = score_intents(r.stems[:relative], vocab)  # the words before the relative clause
        if max(main.values(), default=0.0) >= MAIN_CLAUSE_ASKS:  # ask, the rest describes
            scores = main
        elif r.words[relative] in vocab.phrase_sets["relative_where"]:  # or at least "where"
            scores = score_intents(r.stems[:relative] + r.stems[relative + 1:], vocab)
    if r.tokens and r.tokens[-1] in vocab.phrase_sets["open_ends"] and not matches and \
            vocab.phrase_sets["pronouns"].isdisjoint(r.tokens) and \
            not vocab.phrase_sets["addressee"].isdisjoint(r.tokens):
        # "what could you tell me about?": about what, it asks (but "what was it about?" asks
        # about the project talked of)
        scores.pop("overview", None)
        scores["help"] = max(scores.get("help", 0), 4.0)
    if r.tokens and r.tokens[-1] in vocab.phrase_sets["continue_ends"] and \
            scores.get("predecessor", 0) >= scores.get("follow_up", 0) > 0 and \
            vocab.phrase_sets["continue_objects"].isdisjoint(r.tokens):
        scores["follow_up"] = scores["predecessor"] + 1  # "did MAGIA continue?": whether it
        # went on, not what it continued ("did MAGIA2Market continue MAGIA?" names it)
    return scores


MAIN_CLAUSE_ASKS = 2.0  # "who funded the project …": the words before a relative clause ask


LEAD_ASKED = 2.5  # a lead phrase ("led by", "geleitet") scores this much


def _led(r: _Reading, scores: dict[str, float], vocab: Vocabulary) -> bool:
    """The organisations named led the projects: asked ("which projects did LSN lead?") or
    told in the relative clause that describes them ("which project that LSN led ended in
    2019?", whose words ask nothing, so they are not in the scores)."""
    if scores.get("lead", 0) >= LEAD_ASKED:
        return True
    relative = _relative_at(r.words, vocab)
    return relative is not None and \
        score_intents(r.stems[relative:], vocab).get("lead", 0) >= 2.5


def _relative_at(words: list[str], vocab: Vocabulary) -> int | None:
    """Where a relative clause after a project noun begins ("the project where …", "das
    Projekt, bei dem …"): the words from there describe the project, they ask nothing."""
    heads, opens = vocab.phrase_sets["relative_heads"], vocab.phrase_sets["relative_opens"]
    asked = vocab.phrase_sets["asked_where"]  # "the second one - where was it?" asks where
    if heads.isdisjoint(words[:-1]):
        return None  # (most messages: no project noun before a word, none looked at one by one)
    return next((i for i in range(1, len(words)) if words[i - 1] in heads and (
        words[i] in opens or " ".join(words[i:i + 2]) in opens) and
        " ".join(words[i:i + 2]) not in asked), None)


def _organisation_of_place(tokens: list[str], matches: list[Match], scores: dict[str, float],
                           kb: KnowledgeBase, vocab: Vocabulary) -> list[Match]:
    """ "mit einem Hamburger Cluster", "a Hamburg cluster": a funder's place name right before a
    noun of organisations names the one organisation of that place (Gesundheitswirtschaft
    Hamburg), not the funder (the City of Hamburg), unless the message talks of funding."""
    if scores.get("funding", 0) + scores.get("amount", 0) > 0:
        return matches
    nouns = vocab.phrase_sets["place_organisations"]
    heads = [[h] for h in vocab.phrase_sets["naming_nouns"]]
    out = []
    for m in matches:
        if m.kind == "funder" and m.end < len(tokens) and tokens[m.end] in nouns and \
                tokens[m.end + 1:m.end + 2] not in heads:  # ("the Hamburg cluster projects")
            words = {w for t in tokens[m.start:m.end] for w in (t, t.removesuffix("er"))}
            orgs = [o.id for o in kb.organisations.values() if any(
                words & set(normalize(n).split()) for n in (o.name, *o.aliases))]
            if len(orgs) == 1:
                m = Match("organisation", orgs[0], m.start, m.end + 1, m.score)
        out.append(m)
    return out


def _weigh_entities(r: _Reading, matches: list[Match], scores: dict[str, float],
                    vocab: Vocabulary
                    ) -> tuple[list[Match], tuple[Any, ...], bool]:
    """The names meant as the subject or a filter; the places and organisations left out, the
    places among them, and the funders and topics negated; and whether a funder named is asked
    about (which filters nothing)."""
    matches = _funder_or_place(matches, scores, _own_programme(r, vocab)
                               if scores.get("funding") else 0.0)  # (most messages: none)
    named_ends = {m.end for m in matches if m.kind == "funder"}  # "ESF-Förderung": a named one
    matches = [m for m in matches if _short_name_meant(m, r.tokens, r.raw, scores, vocab) and
               not _verb_use(m, r.tokens, vocab)]
    left = _left_out(matches, r.tokens, vocab)  # "außer LSN", "other than Denmark"
    matches = [m for m in matches if m.id not in {m.id for m in left}]
    left = [_funder_as_place(m, r.tokens, vocab) for m in left]  # "outside the EU": Europe
    excluded = tuple(m.id for m in left)
    if max(scores.get("list", 0), scores.get("count", 0)) >= ASKS_LIST:
        led = scores.get("lead", 0) >= LEAD_ASKED
        negated = [m for m in matches if (m.kind in ("funder", "topic", "place") or led and
                                          m.kind == "organisation") and
                   _negated(m.start, r.tokens, vocab)]
        # "which projects were not funded by the ERDF?", "nicht von LSN geleitet", "which had
        # no Danish partners?", "keine Partner aus Dänemark"
        negated += [m for m in left if led and m.kind == "organisation"]  # "led by someone
        matches = [m for m in matches if m not in negated]  # other than LSN"
        unnamed = [] if any(m.kind == "funder" for m in (*matches, *negated)) else [
            Match("funder", "", i, i + 1, 1.0) for i, t in enumerate(r.tokens)
            if t in vocab.phrase_sets["funder_nouns"] and i not in named_ends and
            " ".join(r.tokens[i + 1:i + 2]) not in vocab.phrase_sets["amount_nouns"]]  # "did not
        # name any funder" (not "ohne ESF-Förderung": the ESF's money)
        negated += [m for m in unnamed[:1] if _negated(m.start, r.tokens, vocab)]
        dated = [Match("dates", "", i, i + 1, 1.0) for i, t in enumerate(r.tokens)
                 if t in vocab.phrase_sets["date_nouns"]]  # "Which ones have no dates?"
        negated += [m for m in dated[:1] if _negated(m.start, r.tokens, vocab)]
        amounts = [Match("amounts", "", i, i + 1, 1.0) for i, t in enumerate(r.tokens)
                   if t in vocab.phrase_sets["amount_nouns"]]  # "keinen Betrag"
        negated += [m for m in amounts[:1] if _negated(m.start, r.tokens, vocab)]
        negated += [m for m in left if m.kind == "funder"]  # "projects apart from the ERDF
        # ones": without it (of one project, "who funded it besides the ERDF?" asks the others)
    else:
        negated = []
    asked = [m for m in matches if m.kind == "funder" and _asked(m, r.tokens, vocab)]
    whole = [m for m in matches if m.kind == "funder" and _whole_asked(m, r.tokens, vocab)]
    if asked or whole:
        matches = [m for m in matches if m not in asked and m not in whole]
    negated += [m for m in left if m.kind == "project"]  # "not counting the follow-ups"
    return (matches, (excluded, tuple(m.id for m in left if m.kind == "place"),
                      tuple(("lead" if m.kind == "organisation" else m.kind, m.id)
                            for m in negated)), bool(asked))


def _filters(r: _Reading, by_kind: dict[str, list[Match]], continent: tuple[str, ...],
             left: tuple[Any, ...], worldly: set[int],
             scores: dict[str, float], vocab: Vocabulary) -> Filters:
    """The conditions of a list question; years are not read in names ("Horizon 2020").
    ``left`` holds the names left out, the places among them, and the conditions negated."""
    excluded, left_places, negated = left
    led_not = "not_leading" in r.held  # "did LSN not lead?"
    (years, year_kind, mode), *also = _year_conditions(
        [t if i not in worldly else "" for i, t in enumerate(r.corrected)], r.held, vocab)
    if mode == "throughout" and (year_kind not in ("year", "range") or also):
        mode = "active"  # the whole of a year or range only ("durchgehend seit 2019": a run)
    return Filters(
        funders=_ids(by_kind["funder"]),
        places=tuple(p for p in dict.fromkeys((*_ids(by_kind["place"]), *continent))
                     if p not in excluded),
        organisations=_ids(by_kind["organisation"]),
        topics=_ids([m for m in by_kind["topic"] if not (years and _names_the_year(
            m, r.corrected, vocab))]),
        years=years,
        year_kind=year_kind,
        mode=mode,
        month=None if also else _month(r.corrected, years, year_kind, mode),
        also_years=tuple((y, k, m) for y, k, m in also if y),
        named_only="named_only" in r.held and max(scores.get("list", 0),
                                                  scores.get("count", 0)) >= ASKS_LIST,
        lead_named="lead_named" in r.held and "lead_unnamed" not in r.held and
        not by_kind["organisation"] and (
            "list_reference" in r.held or max(scores.get("list", 0),
                                              scores.get("count", 0)) >= ASKS_LIST),
        lead_unnamed="lead_unnamed" in r.held and not by_kind["organisation"],
        dated_to=_dated_to(r, vocab) if max(scores.get("list", 0), scores.get("count", 0),
                                            scores.get("superlative", 0)) >= ASKS_LIST
        else None,
        only_places="only_words" in r.held and "only_negated" not in r.held and any(
            _only_before(m.start, r.tokens, vocab) for m in by_kind["place"]),
        duration=_length_condition(r, vocab),

        partners=_partner_condition(r, vocab),
        money=next((m for m in measures(r.raw) if m.unit == "euros"), None),
        order=_order(r.words, r.held, vocab),
        leading=_led(r, scores, vocab) and bool(by_kind["organisation"]) and not led_not,
        either=(len(by_kind["place"]) > 1 or len(by_kind["organisation"]) > 1 or
                len(by_kind["funder"]) > 1) and bool(
            set(r.tokens) & vocab.phrase_sets["alternatives"]) or len(continent) > 1 or
        _topic_field(r, by_kind["topic"], vocab),  # ("das UKSH bzw. die TH Lübeck": either)
        **_besides(left_places, continent, r.held),
        without=(*negated, *(("lead", o) for o in _ids(by_kind["organisation"]) if led_not),
                 *((("years", ""),) if years and year_kind == "year" and
                   _year_negated(r.corrected, vocab) else ())),
    )


def _names_the_year(match: Match, tokens: list[str], vocab: Vocabulary) -> bool:
    """ "Welche Projekte liefen 2020, im Corona-Jahr?", "in 2020, the pandemic year": a topic
    right before a word for a year only names the year asked about; no condition of its own."""
    return match.end < len(tokens) and tokens[match.end] in vocab.phrase_sets["year_nouns"]


def _only_before(start: int, tokens: list[str], vocab: Vocabulary) -> bool:
    """ "nur in Schleswig-Holstein", "only within the Baltic Sea Region": "only" before the
    place, with at most two words like "in" between ("nur eins davon Japan" is no such)."""
    sets = vocab.phrase_sets
    i = start - 1
    while i >= max(0, start - 3) and tokens[i] in sets["only_joins"]:
        i -= 1
    return i >= 0 and tokens[i] in sets["only_words"]


YearCondition = tuple[tuple[int, int] | None, str, str]  # years, year kind, mode


@cache
def _years_each() -> dict[str, frozenset[str]]:
    """The words around two years that make each one a condition (bot/data/query.yaml)."""
    return {k: frozenset(normalize(str(w)) for w in ws)
            for k, ws in data_file("query")["years_each"].items()}


def _year_conditions(tokens: list[str], held: frozenset[str], vocab: Vocabulary
                     ) -> list[YearCondition]:
    """The date conditions: one (years, kind, mode), or two where each year stands in a clause
    of its own with its own year word or verb ("ended after 2020 but started before 2018",
    "die vor 2018 anfingen und nach 2020 endeten", "began before 2017 and were still running
    in 2020"); two of one start or end ("started after 2015 and before 2018") are one range."""
    whole = _run_until(*find_years(tokens, vocab), _mode(held), held)
    if whole[1] != "range":  # (two years or more make a range)
        return [whole]
    at = [i for i, t in enumerate(tokens) if _YEAR.match(t)]
    if whole[2] == "active" and "year_span_run" in held and _span_said(tokens, at, vocab):
        return [((int(tokens[at[0]]),) * 2, "year", "started"),
                ((int(tokens[at[1]]),) * 2, "year", "ended")]
    joins = vocab.phrase_sets["year_joins"]
    cut = next((j for j in range(at[1] - 1, at[0], -1) if tokens[j] in joins),
               None) if len(at) == 2 else None
    before = set(tokens[max(0, at[0] - 3):at[0]]) if len(at) == 2 else set()
    each = len(at) == 2 and (bool((vocab.phrase_sets["year_each"] | _years_each()["before"]) &
                                  before) or  # "both in 2016 and in 2020", "sowohl 2016 als
                             bool(_years_each()["after"] & set(tokens[at[1] + 1:at[1] + 3])) and
                             not _years_each()["not_before"] & before)  # "2019 und 2020
    # beide" (not "zwischen 2019 und 2020, beide inklusive")
    if cut is None and not each:
        return [whole]
    left, right = (tokens[:cut], tokens[cut + 1:]) if cut is not None else \
        (tokens[:at[1]], tokens[at[1]:])
    (y1, k1, m1, h1), (y2, k2, m2, h2) = (
        (*find_years(part, vocab), _clause_mode(own), own) for part, own in (
            (part, _held(_ngrams(part), vocab)) for part in (left, right)))
    if each and k1 == k2 == "year" and y1 != y2:  # each year a condition, not the range
        mode = m2 or m1 or whole[2]
        return [(y1, "year", mode), (y2, "year", mode)]
    if cut is None:
        return [whole]
    if k2 == "year" and (m2 is None or k1 == "year" and m2 == (m1 or m2)):  # "between 2017
        return [whole]  # and 2019", "2018 und 2019", "zwischen 2018 und 2022 gestartet": a range
    first = _run_until(y1, k1, m1 or m2 or "active", h1)  # ("die vor 2018 und nach 2020
    second = _run_until(y2, k2, m2 or first[2], h2)  # endeten": the last verb says both)
    lo, hi = max(first[0][0], second[0][0]), min(first[0][1], second[0][1]) if (
        first[0] and second[0]) else (1, 0)
    if first[2] == second[2] != "active" and lo <= hi:  # one date, both bounds
        kind = "year" if lo == hi else "since" if hi == 9999 else "before" if not lo else "range"
        return [((lo, hi), kind, first[2])]
    return [first, second]


def _span_said(tokens: list[str], at: list[int], vocab: Vocabulary) -> bool:
    """ "ran from 2017 to 2021", "lief von 2016 bis 2021": two years said as a run's bounds,
    "from" before the first and "to" alone between them (words like "the end of" aside)."""
    if len(at) != 2:
        return False
    sets = vocab.phrase_sets
    fillers = sets["year_bound_fillers"]
    i = at[0] - 1
    while i >= 0 and tokens[i] in fillers:
        i -= 1
    between = [t for t in tokens[at[0] + 1:at[1]] if t not in fillers]
    return i >= 0 and tokens[i] in sets["year_span_from"] and len(between) == 1 and \
        between[0] in sets["year_span_to"]


def _clause_mode(held: frozenset[str]) -> str | None:
    """The date a clause's own verb speaks of; None where it has none."""
    mode = _mode(held)
    return mode if mode != "active" or "year_running" in held else None


def _year_negated(tokens: list[str], vocab: Vocabulary) -> bool:
    """ "welche Projekte liefen nicht 2018?", "which projects didn't run in 2018?": a negation
    within four words before the year (one year only; "nicht nur 2018" claims more)."""
    at = next((i for i, t in enumerate(tokens) if len(t) == 4 and t.isdigit()), None)
    return at is not None and _negated(at, tokens, vocab)


def _run_until(years: tuple[int, int] | None, kind: str, mode: str, held: frozenset[str]
               ) -> tuple[tuple[int, int] | None, str, str]:
    """ "Welche Projekte liefen bis 2023?", "which ran until 2019?": a run up to a year is one
    that ended in it; "until 2017" without a verb of running ("gab es bis 2018") is every year
    up to and including it."""
    if kind not in ("until", "by") or years is None:
        return years, kind, mode
    if kind == "until" and mode == "active" and "year_until_run" in held and \
            "year_longer" not in held:  # "länger als bis 2021"
        return (years[1], years[1]), "year", "ended"
    return years, "before", mode


def _topic_field(r: _Reading, topics: list[Match], vocab: Vocabulary) -> bool:
    """ "projects on infections and hygiene", "Infektion oder Hygiene", "infection / hygiene":
    topics joined by a word name a field, any of them (a project on infection counts); topics
    side by side, or asked of one project ("Welches Projekt hatte mit Knochen und Stammzellen zu
    tun?"), describe one project: both; "a project on corona and one on hygiene" asks of two."""
    if len(topics) < 2:
        return False
    ordered = sorted(topics, key=lambda m: m.start)
    if any(_second_project(r.tokens[a.end:b.start], vocab)
           for a, b in zip(ordered, ordered[1:], strict=False)):
        return True
    if _singular(r.tokens, r.held):
        return False
    joins = vocab.phrase_sets["conjunctions"] | vocab.phrase_sets["alternatives"]
    return any(r.tokens[a.end:b.start] and set(r.tokens[a.end:b.start]) <= joins or
               not r.tokens[a.end:b.start] and "/" in r.raw
               for a, b in zip(ordered, ordered[1:], strict=False))


def _second_project(between: list[str], vocab: Vocabulary) -> bool:
    """ "and one on", "und eins zu": a conjunction, then a word for a second project."""
    return len(between) >= 2 and between[0] in vocab.phrase_sets["conjunctions"] and \
        between[1] in vocab.phrase_sets["second_project"]


NAMED_COMPARED = 4.0  # "which had the higher funding, ELISE or KI#CK?": above "Förderung"
NAMED_SORTED = 5.0  # projects named and sorted: ranked, above each one's figure ("start")
LISTED = 3.0  # "which projects", "welche Projekte": the projects themselves are asked for
FUNDER_GAVE = 3.0  # a funder's contribution asks its amount, above a place word's 2
DESCRIBED_BY_LEAD = ("list", "count", "superlative", "lsn_role", "lead")  # not asked beside it


LINK_ASKED = 3.5  # "what's the link" beside two things named: how they are related


def _link_of_two(scores: dict[str, float], projects: tuple[str, ...], filters: Filters,
                 r: _Reading, kb: KnowledgeBase) -> dict[str, float]:
    """ "HIHeal and BRIDGE 53 - what's the link?": a link asked of two things named is how they
    are related, no web link; of a project and the initiative it was part of ("BFCC and
    HealthRegion - what's the link?", "how are BFCC and HealthRegion connected?"), that it was
    part of it."""
    whole = len(projects) == 1 and kb.projects[projects[0]].part_of_external in filters.topics
    if not (whole or len(projects) >= 2):
        return scores
    contact = scores.get("contact", 0.0)
    if "link" in r.corrected and contact <= LINK_ASKED - 0.5 and \
            contact >= max(scores.values()) - 0.5:
        scores = {**scores, "contact": 0.0,
                  "relations": max(scores.get("relations", 0.0), LINK_ASKED)}
    if whole and scores.get("relations", 0.0) >= max(scores.values()):
        scores = {**scores, "part_of": scores["relations"] + 0.5}
    return scores


def _lead_described(scores: dict[str, float], filters: Filters, projects: tuple[str, ...],
                    r: _Reading) -> dict[str, float]:
    """ "when did the project LSN led around the Baltic Sea start?": who led it describes the
    one project asked about, and another question of it (scored 2 or more) is what is asked;
    "which projects did LSN lead?", "Hat LSN das Projekt in Odense geleitet?" still ask it."""
    if not filters.leading or projects or not _singular(r.tokens, r.held) or \
            max(scores.get(k, 0.0) for k in ("list", "count", "superlative")) >= 2:
        return scores
    other = max((v for k, v in scores.items() if k not in DESCRIBED_BY_LEAD), default=0.0)
    return {k: v for k, v in scores.items() if k != "lead"} if other >= 2 else scores


PRECISION_ASKS = frozenset({"day", "month"})  # "the exact day", "in which month"
TIME_INTENTS = ("start", "end", "dates", "duration")
NAMED_INTENTS = ("partners", "lead", "funding", "follow_up", "predecessor", "part_of")


def _partner_condition(r: _Reading, vocab: Vocabulary) -> Measure | None:
    """ "projects with more than 3 partners": a count of partners that is a list condition
    (not "welche drei Cluster waren dabei?": right after "which", the members asked)."""
    measure = next((m for m in measures(r.raw) if m.unit in ("partners", "clusters")), None)
    return None if measure is None or _members_asked(r, vocab) or _which_count(r) or \
        _count_told(r, vocab) else measure


def _count_told(r: _Reading, vocab: Vocabulary) -> bool:
    """ "und die 13 Partner kamen aus welchen Ländern?", "where were the 13 partners from?": a
    count of partners after a definite word, with no project noun, tells the partners of the
    project talked about, no condition on a list."""
    definite, units = _member_definite(), measure_units()
    nouns = vocab.phrase_sets["project_nouns"] | vocab.phrase_sets["project_plurals"]
    return not any(w in nouns for w in r.words) and any(
        r.words[i - 1] in definite and number_word(w) is not None and
        units.get(r.words[i + 1]) in ("partners", "clusters")
        for i, w in enumerate(r.words[:-1]) if i >= 1)


@cache
def _member_definite() -> frozenset[str]:
    """The definite words right before a count of partners the project talked of had."""
    return _union(data_file("intents")["member_definite"])


@cache
def _member_which() -> frozenset[str]:
    """The words "which" right before a count of partners."""
    return _union(data_file("intents")["member_which"])


def _which_count(r: _Reading) -> bool:
    """ "which three clusters", "welche drei Cluster": a number right after "which"."""
    which = _member_which()
    return any(r.words[i - 1] in which and number_word(w) is not None
               for i, w in enumerate(r.words) if i >= 1)


def _length_condition(r: _Reading, vocab: Vocabulary) -> Measure | None:
    """A length as a list's condition: strict where said plainly ("welche Projekte liefen
    drei Jahre lang?" ran three years), within a few months where said roughly ("ungefähr
    drei Jahre")."""
    m = next((m for m in measures(r.raw) if m.unit == "months"), None)
    if m is None or m.compare != "about":
        return m and replace(m, span=False)
    rough = not vocab.phrase_sets["rough_words"].isdisjoint(_ngrams(r.tokens))
    return replace(m, span=False, compare="roughly" if rough else "exact")


def _members_asked(r: _Reading, vocab: Vocabulary) -> bool:
    """ "who were the two clusters?": a count right after a question for the members asks who
    they were, no condition ("which were the projects with two partners?" stays one)."""
    return "member_asks" in r.held and any(
        number_word(w) is not None and
        "member_asks" in vocab.holders.get(" ".join(r.words[i - 3:i]), ())
        for i, w in enumerate(r.words) if i >= 3)


def _assemble(
    r: _Reading, kb: KnowledgeBase, vocab: Vocabulary, *, language: str,
    scores: dict[str, float], projects: tuple[str, ...], ambiguous: tuple[str, ...],
    matches: list[Match], filters: Filters, excluded: tuple[str, ...], unknown: list[int],
    unknown_names: tuple[str, ...], unknown_filters: tuple[str, ...],
    world: dict[str, tuple[str, ...]], spanned: frozenset[int] | set[int] = frozenset(),
) -> Understanding:
    """The Understanding: the intent ranked, and the words that rank, refer and continue."""
    order = filters.order
    has_entities = bool(projects or ambiguous or filters.any())
    superlative = _superlative(r.held, vocab) if not order else None  # sorts, ranks nothing
    if len(projects) > 1 and not order and "named_order" in r.held:  # "rank BFCC and ELISE by
        order = directed(_order_kind(r.words, frozenset(), vocab, vocab.phrase_sets[
            "named_order"]), r.held)
        # how long they ran": a verb of sorting with the projects between it and "by"
    elif len(projects) > 1 and not order and "compare_order" in r.held:  # "compare BONEBANK
        order = directed(_order_kind(r.words, frozenset(), vocab, vocab.phrase_sets[
            "compare_order"], default=None), r.held)  # and ELISE by runtime": only by a
        # measure said (no start taken for granted)
    sorted_named = bool(order) and len(projects) > 1
    if sorted_named:  # "Sortier BONEBANK, HIHeal und BFCC nach Startdatum": the
        superlative, order = order, None  # projects named, ranked, each with its figure
        filters = replace(filters, order=None)
        scores = {**scores, "superlative": max(scores.get("superlative", 0.0), NAMED_SORTED)}
    if (filters.partners or filters.money and not projects) and _comparative(r.held) or \
            filters.years and not r.held.isdisjoint(("year_since_after", "year_until_after")):
        superlative = None  # "had more than three partners", "started in 2020 or later",
        # "mehr als 1 Mio Euro" are conditions, no comparison
    asks = _asks(r, matches, filters, kb, vocab, spanned)
    if superlative and len(projects) > 1 and "names" in asks and _comparative(r.held):
        scores = {**scores, "superlative": max(scores.get("superlative", 0.0), NAMED_COMPARED)}
        # "Welches Projekt hatte die höhere Förderung, ELISE oder KI#CK?": which of the two
        # named ranks higher by that measure, not the funding of each
    if _person_at(r.tokens, matches, vocab):  # "who at oncampus worked on KI#CK?": a person,
        asks = asks | {"person"}  # whom the lead's answer says the page doesn't name (a
        if scores.get("contact", 0) < LEAD_ASKED:  # contact asked stays one: "who at LSN
            scores = {**scores, "lead": max(scores.get("lead", 0.0), PERSON_AT)}  # can I
            # e-mail?")
    if filters.topics and "thing_origin" in r.held and scores.get("funding", 0) < MONEY_ORIGIN:
        scores = {**scores, "places": max(scores.get("places", 0.0), THING_ORIGIN)}  # "und
        asks = (asks - {"names"}) | {"harvest"}  # woher kamen die Knochen?": where the step
        # took them ("woher" asks no names of projects: not "und welches war zu Knochen?")
    if "who" in asks and _made_by_self(filters, kb):  # "wer hat das Geschäftsmodell gemacht?",
        scores = {**scores, "lsn_role": max(scores.get("lsn_role", 0.0), MADE_BY_SELF)}  # "who
        # made the competence atlas?": Life Science Nord's part, as the page says it made them
    if "thing_origin" in r.held and scores.get("funding", 0) < MONEY_ORIGIN and any(
            not kb.organisations[o].self for o in filters.organisations):
        scores = {**scores, "places": max(scores.get("places", 0.0), THING_ORIGIN)}  # "woher
        # kam BioWin?": where the partner came from, not the money
    if projects and scores.get("amount", 0) >= SHARE_ASKED and _share_asked(r, matches, kb, vocab):
        asks = asks | {"share"}  # "how much of ELISE's money went to LSN?": not on the page
    members = _members_asked(r, vocab)  # "who were the two clusters?": two of one project
    top = None if members or projects else _top(r.corrected, superlative, vocab)
    place = None
    if not (members or projects or top or order):
        superlative, place = _rank_place(r.corrected, superlative, filters.mode, vocab)
    if place:
        scores = {**scores, "superlative": max(scores.get("superlative", 0.0), PLACE_ASKED)}
    if "overview" in scores and asks & PRECISION_ASKS and \
            max(scores.get(i, 0.0) for i in TIME_INTENTS) >= 2.0:
        scores = {k: v for k, v in scores.items() if k != "overview"}  # "what was the exact
        # day when BFCC started?" asks a date, not what BFCC was
    if filters.funders and "given" in asks and scores.get("list", 0) < 2:
        scores = {**scores, "amount": max(scores.get("amount", 0.0), FUNDER_GAVE)}  # "Was
        # hat das Land beigesteuert?": what a funder gave is its money
    filters = _role_of_self(filters, r, kb)
    if _sorted_list(scores, filters, r):
        scores = {k: v for k, v in scores.items() if k != "timeline"}
    named = "name_asks" in r.held
    if named and "overview" in scores and max(scores.get(i, 0.0) for i in NAMED_INTENTS) >= 1.5:
        scores = {k: v for k, v in scores.items() if k != "overview"}  # "what was the italian
        # partner in MAGIA called?", "what was the italian cluster called" ask the partner's
        # name (a kind of partner, "cluster", is a weaker word than "partner")
    if named:
        asks = asks | {"names"}
    if "names" in asks and not asks.isdisjoint(STEP_ASKS) and filters.topics and \
            scores.get("places", 0.0) >= STEP_PLACE:  # "an welchen Standorten wurde das
        asks = (asks - {"names"}) | {"where"}  # Knochenmaterial entnommen?": where the step
        # took place, no names of projects on bones
    if scores.get("funding") and not scores.get("amount") and \
            scores["funding"] <= _own_programme(r, vocab):  # "War das KI#CK-Programm für
        asks = asks | {"own_programme"}  # Beschäftigte in Hamburg gedacht?": no money talk
    if {"count", "uncounted"} <= asks:  # "how many companies were helped?" asks a figure
        scores = {k: v for k, v in scores.items() if k not in SMALL_TALK}
    scores = _lead_described(scores, filters, projects, r)
    if projects and ("relations" in scores or "link" in r.corrected):
        scores = _link_of_two(scores, projects, filters, r, kb)
    if filters.dated_to and not projects:  # "Bei welchem Projekt stehen nur Jahre?": the
        scores = {k: v for k, v in scores.items() if k not in TIME_INTENTS}  # projects so
        # dated, not the dates of one
    if "list_place" in r.held and any(t in vocab.ordinals for t in r.tokens):  # "Und das
        # zweite in der Liste?": a place in the list, not a list
        scores = {k: v for k, v in scores.items() if k not in ("list", "count")}
    origin_named = _origin_named(r.tokens, matches, scores, vocab)
    if origin_named:  # "which project grew out of MAGIA?"
        scores = {("follow_up" if k == "predecessor" else k): v for k, v in scores.items()
                  if k != "follow_up"}
    return Understanding(
        language=language,
        intent=rank_intent(scores, has_entities, vocab, r.stems),
        projects=projects,
        ambiguous=ambiguous,
        unknown_names=unknown_names,
        excluded=excluded,
        unknown_words=tuple(r.tokens[i] for i in unknown),
        unknown_filters=unknown_filters,
        filters=filters,
        superlative=superlative,
        comparative=_comparative(r.held) and not order and not members,
        past=_past(r.words, r.held, superlative, projects, scores, vocab),
        overall="overall_words" in r.held,
        every="every_one" in r.held,
        more_alike="more_alike" in r.held,
        described_only="described_only" in r.held,
        group_size=None if members or top else _group_size(_counted(r), r.held),
        top=top,
        place=place,
        sorted_named=sorted_named,
        which_of=_which_of(r.tokens),
        continuation=r.lead > 0 or _continuation_tail(r.tokens, vocab) or
        not projects and _pick_corrected(r.tokens, vocab),
        list_reference="list_reference" in r.held and not members and not top,
        pronoun="pronouns" in r.held,
        plural_pronoun="plural_pronouns" in r.held or _die_as_pronoun(r.tokens),
        farewell="farewells" in r.held,
        elsewhere=world["places"],
        other_funders=world["funders"],
        asks=asks,
        conjunction=not vocab.phrase_sets["conjunctions"].isdisjoint(r.tokens[r.lead:]),
        time_question=_time_question(r.corrected, vocab),
        part_of_before_project=_part_of_before_project(r.stems, matches, vocab),
        origin_named=origin_named,
        that_year="year_that" in r.held,
        then_year="year_then" in r.held or bool(r.tokens) and r.tokens[-1] in
        vocab.phrase_sets["year_then_last"],
        complement=" ".join(r.tokens[r.lead:]) in vocab.phrase_sets["list_complement"],
        singular=_singular(r.tokens, r.held),
        project_noun="project_nouns" in r.held and _singular(r.tokens, r.held),
        self_mentioned=any(kb.organisations[o].self for o in filters.organisations),
        ordinal=None if order or place else _ordinal(_without_group(_counted(r)[r.lead:], r.held),
                                            vocab),  # "ok and …" add no length; "oldest
        # first" picks no first one; "those two" is the group, not the second one
        other_one=_other_one(r.tokens, vocab),
        rest="rest_words" in r.held and _rest_alone(r, vocab),
        scores=tuple(sorted(scores.items(), key=lambda kv: -kv[1])),
        token_count=len(r.tokens),
    )


def _role_of_self(filters: Filters, r: _Reading, kb: KnowledgeBase) -> Filters:
    """ "and in which one was it explicitly just a project partner?", "bei welchen war es nur
    Partner?": a part in projects said of "it" with no organisation named is Life Science
    Nord's, the one organisation the page gives a part in its projects (a project is no
    partner of a project)."""
    if filters.organisations or ("not_leading" not in r.held or not {
            "pronouns", "role_subjects"} & r.held) and \
            "other_lead" not in r.held:  # ("led by someone else": anyone but LSN)
        return filters
    own = tuple(o for o, org in kb.organisations.items() if org.self)[:1]
    return replace(filters, organisations=own, without=(*filters.without,
                                                        *(("lead", o) for o in own)))


def _sorted_list(scores: dict[str, float], filters: Filters, r: _Reading) -> bool:
    """ "Welche Projekte haben 2020 angefangen? Bitte in zeitlicher Reihenfolge": the projects
    asked for under a condition, in an order, are that list sorted, no timeline; the timeline
    stays the answer to all projects in order ("Können Sie mir die Projekte chronologisch
    auflisten?") and to a chart asked for ("a timeline of those that ended in 2019")."""
    return filters.order is not None and scores.get("list", 0) >= LISTED and \
        filters.any() and "chart_words" not in r.held


@cache
def _world_names() -> dict[str, str]:
    """Names of places and programmes the page never mentions -> their kind (bot/data)."""
    data = data_file("world")
    out = {normalize(str(n)): kind for kind in ("places", "funders")
           for lang in ("en", "de") for n in data[kind].get(lang, ())}
    for lang, words in data["places"]["adjectives"].items():
        for word in words:
            for end in ("", "e", "en", "er", "es") if lang == "de" else ("",):
                out[normalize(f"{word}{end}")] = "places"
    return out


@cache
def _continent_names() -> dict[str, tuple[str, ...]]:
    """A continent's names -> the places of the page that lie in it (bot/data/world.yaml)."""
    return {normalize(str(n)): tuple(c["places"])
            for c in data_file("world")["continents"].values() for n in c["names"]}


@cache
def _continent_starts() -> tuple[frozenset[str], tuple[int, ...]]:
    """The first words of the continents' names, and their lengths in words, longest first."""
    names = _continent_names()
    return frozenset(n.split()[0] for n in names), tuple(sorted(
        {len(n.split()) for n in names}, reverse=True))


def _continents(tokens: list[str], taken: set[int], matches: Sequence[Match] = ()
                ) -> tuple[tuple[str, ...], set[int]]:
    """The page's places in the continents a message names, and the continents' tokens. A
    longer name holds a place's shorter one ("Baltic states": not "Baltic", the Baltic Sea
    Region)."""
    names = _continent_names()
    firsts, lengths = _continent_starts()
    starts = [i for i, t in enumerate(tokens) if t in firsts]
    if not starts:
        return (), set()
    places = [range(m.start, m.end) for m in matches if m.kind == "place"]
    found: list[str] = []
    used: set[int] = set()
    for n in lengths:
        for i in (i for i in starts if i + n <= len(tokens)):
            key = " ".join(tokens[i : i + n])
            span = set(range(i, i + n))
            inner = {j for r in places if span.issuperset(r) and len(r) < n for j in r}
            if key in names and not (used | taken - inner) & span:
                found += names[key]
                used |= span
    return tuple(dict.fromkeys(found)), used


WorldName = tuple[int, int, str, str]  # start, end, the name, its kind


def head_off(token: str, heads: frozenset[str]) -> str:
    """ "krebsprojekt" -> "krebs": the first part of a compound on one of these heads."""
    if not token.endswith(_as_tuple(heads)):  # (most words end in none: one test for all)
        return token
    head = next((h for h in heads if token.endswith(h) and len(token) - len(h) >= 3), None)
    return token[: -len(head)] if head else token


@lru_cache(maxsize=8)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """A word set as str.endswith and str.startswith take it (a few fixed sets of the data)."""
    return tuple(words)


@lru_cache(maxsize=32)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words the phrases of a set begin with: where a message has none, it has no phrase."""
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def _project_compounds(tokens: list[str], index: EntityIndex, vocab: Vocabulary) -> list[str]:
    """A German compound of a name the page knows and "-projekt(e)" is both words:
    "Knochenprojekte" is "Knochen Projekte", "Coronaprojekt" "Corona Projekt" ("Teilprojekt",
    whose first part names nothing on the page, stays one word); so is an ordinal joined to a
    superlative ("zweitlängsten": "zweite längsten"). Other words lose a possessive "s"."""
    out: list[str] = []
    starts = _ordinal_starts()  # (a cheap test first: few words begin like an ordinal stem)
    heads = vocab.phrase_sets["project_heads"]
    ends = _as_tuple(heads)  # (head_off's own first test, made here once for every word)
    for t in tokens:
        first = head_off(t, heads) if t.endswith(ends) else t
        if first != t and first in index.exact:
            out += [first, t[len(first):]]
        elif t[:ORDINAL_START] in starts and (ordinal := _ordinal_prefix(t, vocab)):
            out += ordinal  # "am zweitlängsten": "zweite längsten", the second longest
        else:  # (only a word ending in "s" can lose a possessive one: _genitive_off)
            out.append(_genitive_off(t, index, vocab) if t[-1:] == "s" else t)
    return out


def _ordinal_prefix(token: str, vocab: Vocabulary) -> list[str]:
    """ "zweitlängsten", "drittälteste": an ordinal stem joined to a superlative, as two words
    (the ordinal, then the superlative); [] for any other word."""
    stems = _ordinal_stems()
    stem = next((s for s in stems if token.startswith(s)), None)
    rest = token[len(stem):] if stem else ""
    if not rest or not (any(rest in words for words in vocab.superlatives.values()) or
                        rest in _superlative_heads()):  # "zweitmeiste Geld"
        return []
    return [stems[stem], rest]


@cache
def _superlative_heads() -> frozenset[str]:
    """The first words of the superlatives' phrases ("meiste" of "meiste geld")."""
    return frozenset(p.split()[0] for words in vocabulary().superlatives.values() for p in words
                     if " " in p)


ORDINAL_START = 3  # the letters of an ordinal stem looked at before the whole stem


@cache
def _ordinal_starts() -> frozenset[str]:
    return frozenset(s[:ORDINAL_START] for s in _ordinal_stems())


@cache
def _ordinal_stems() -> dict[str, str]:
    """bot/data/intents.yaml's ordinal stems ("zweit") and the ordinal each stands for."""
    return {normalize(str(k)): normalize(str(v)) for by_lang in
            data_file("intents")["ordinal_stems"].values() for k, v in by_lang.items()}


def _genitive_off(token: str, index: EntityIndex, vocab: Vocabulary) -> str:
    """A name's possessive written without an apostrophe is the name: "lsns role",
    "MAGIAs Partner" (as "LSN's" loses its "'s" in normalising)."""
    if len(token) < 4 or not token.endswith("s") or token in index.exact or token in vocab.common:
        return token
    name = token[:-1]
    owners = index.exact.get(name, ())
    return name if any(kind in ("project", "organisation") for kind, _ in owners) else token


STEP_ASKS = frozenset({"harvest", "storage"})  # steps whose place a project's account tells
STEP_PLACE = 2.0  # "an welchen Standorten …": a place asked of the step, not projects named


def _asks(r: _Reading, matches: list[Match], filters: Filters, kb: KnowledgeBase,
          vocab: Vocabulary, spanned: frozenset[int] | set[int] = frozenset()
          ) -> frozenset[str]:
    """What exactly is asked: the aspects the words name outside the names ("the United
    States", "the Baltic states" ask for no federal states). A region asked of a country the
    message names ("which Polish region?") asks for a region inside it."""
    named = {i for m in matches if m.kind == "place" for i in range(m.start, m.end)
             if r.tokens[i] in _name_words(kb.places[m.id])} | set(spanned)  # ("German
    # states" asks)
    held = _held(_ngrams([PLACEHOLDER if i in named else w for i, w in enumerate(r.words)]),
                 vocab) if named and len(r.words) == len(r.tokens) else r.held  # (hedges left
    aspect_of = _aspect_sets()  # out: as is)
    asks = {aspect_of[h] for h in held if h in aspect_of}
    if "region" in asks and filters.places:
        asks.add("region_in_country")
    if "identity" in asks and "subject_matter" not in asks:  # "what exactly is it?" asks
        asks.discard("details")  # what it is, not its details ("… exactly about?" does)
    if "count" in asks and (_counts_a_thing(r.tokens, matches, vocab) or "product" in asks and
                            "counted" not in asks and _counted_inside(r.tokens, vocab)):
        asks.add("topic_counted")
    return frozenset(asks - {"identity", "subject_matter"})


PERSON_AT = 5.0  # "who at oncampus ran KI#CK?": over "ran" (dates) and "took part" (partners)


def _made_by_self(filters: Filters, kb: KnowledgeBase) -> bool:
    """Whether every thing made the filters name is one the page says Life Science Nord made
    (BONEBANK's business model and competence atlas)."""
    if not filters.topics or any(kb.topics[t].kind != "product" for t in filters.topics):
        return False
    makers = [m for p in kb.projects.values() if (m := p.makers(filters.topics))]
    return bool(makers) and all(kb.organisations[o].self for m in makers for o in m)


def _person_at(tokens: list[str], matches: list[Match], vocab: Vocabulary) -> bool:
    """ "who at oncampus was responsible for KI#CK?", "wer bei LSN war zuständig?": "who" right
    before an organisation the page names asks a person inside it, not the organisation."""
    at = vocab.phrase_sets["person_at"]
    return any(m.kind == "organisation" and any(
        " ".join(tokens[m.start - n : m.start]) in at for n in (2, 3) if m.start >= n)
        for m in matches)


THING_ORIGIN = 4.0  # "woher kamen die Knochen?": over "woher kamen" (funding, 3)
MADE_BY_SELF = 8.0  # "who made the competence atlas?": over the thing's results (7)
MONEY_ORIGIN = 4.0  # "woher ... geld" (5): the money's origin stays the funding
SHARE_ASKED = 2.5  # the amount asked ("how much", "Anteil") before a partner's share is


def _share_asked(r: _Reading, matches: list[Match], kb: KnowledgeBase, vocab: Vocabulary
                 ) -> bool:
    """ "how much did each partner of ELISE get?", "Wie viel von der ELISE-Förderung ging an
    Life Science Nord?": the money of one of a project's partners, which the page never gives
    (intents.yaml, share_each); an organisation that is no funder, unless it owns the project
    ("LSN's project ELISE", "the BONEBANK project led by UKSH", "KI#CK, which LSN ran"); a
    place right after "went to"."""
    if "share_each" in r.held:
        return True
    sets, tokens = vocab.phrase_sets, r.tokens
    starts = {m.start for m in matches if m.kind == "project"}
    for m in matches:
        before = {" ".join(tokens[max(m.start - n, 0):m.start]) for n in (2, 3, 4)}
        if m.kind == "place" and not before.isdisjoint(sets["share_to"]) or \
                m.kind == "organisation" and m.id not in kb.funders and \
                before.isdisjoint(sets["share_owner"]) and not (m.end < len(tokens) and (
                    m.end in starts or tokens[m.end] in sets["project_nouns"] | sets[
                        "project_heads"] or tokens[m.end] == "projects" or not {
                        " ".join(tokens[m.end:m.end + n]) for n in (1, 2)}.isdisjoint(
                        sets["share_owner_after"]))):
            return True
    return False


def _counts_a_thing(tokens: list[str], matches: list[Match], vocab: Vocabulary) -> bool:
    """ "how many stem cells were stored?", "wie viele Knochen wurden entnommen?": a topic's
    word right after "how many" counts things of that topic, which the page never does (not
    the projects on it: "how many projects on stem cells?" has its noun first)."""
    counts = vocab.aspects["count"]
    return any(m.kind == "topic" and m.start > 0 and (
        tokens[m.start - 1] in counts or " ".join(tokens[max(m.start - 2, 0):m.start]) in counts)
        for m in matches)


def _counted_inside(tokens: list[str], vocab: Vocabulary) -> bool:
    """ "how many patient cases are in the transnational fracture registry?", "wie viele
    Patientenfälle enthält das Register?": things counted (not projects, which the words after
    the count would name) inside a thing a project made, which the page never counts."""
    counts, sets = vocab.aspects["count"], vocab.phrase_sets
    after = next((i + n for i in range(len(tokens)) for n in (2, 1)
                  if " ".join(tokens[i:i + n]) in counts), None)
    if after is None:
        return False
    inside = next((i for i in range(after + 1, len(tokens))
                   if tokens[i] in sets["counted_inside"]), None)
    return inside is not None and (sets["project_plurals"] | sets["project_nouns"] |
                                   sets["counted_not_inside"]).isdisjoint(tokens[after:inside])


@cache
def _aspect_sets() -> dict[str, str]:
    """The names the aspects' phrase sets are held under ("aspects.dates"), each with its
    aspect: the few sets a message holds are looked up, not every aspect's name built."""
    return {f"aspects.{kind}": kind for kind in vocabulary().aspects}


@lru_cache(maxsize=256)
def _name_words(place: Place) -> frozenset[str]:
    return frozenset(normalize(f"{place.name.en} {place.name.de}").split())


@cache
def _tongue_words() -> dict[str, frozenset[str]]:
    """bot/data/query.yaml thing_languages, each list of both languages together."""
    words = {key: frozenset(normalize(str(w)) for ws in by_lang.values() for w in ws)
             for key, by_lang in data_file("query")["thing_languages"].items()}
    return words | {"forms": words["languages"] | {  # ("englische Version": with endings)
        w + e for w in words["languages"] for e in ("e", "en", "er", "es", "em")}}


def _cue(tokens: list[str], cues: frozenset[str]) -> bool:
    """A cue word, or a German compound ending in one ("Netzwerk-Leitfaden", "InnoReAct-Kurs")."""
    return not cues.isdisjoint(tokens) or any(
        t.endswith(c) for t in tokens for c in cues if len(c) >= 6 and len(t) > len(c))


def _thing_language(tokens: list[str]) -> tuple[frozenset[int], str | None]:
    """ "is the network guide available in Danish?", "gibt's den Leitfaden auch auf Englisch?",
    "an English version of the guide?": a language a thing is in (the page names none), not a
    place (no "No" from where the project was) nor the reply's language ("in English please").
    Its words, and "document" or "offer" for the thing; nothing where the message names none."""
    words = _tongue_words()
    spans = frozenset(i for i, t in enumerate(tokens) if t in words["forms"] and (
        i and tokens[i - 1] in words["before"] and t in words["languages"] or
        tokens[i + 1:i + 2] and tokens[i + 1] in words["versions"]))
    if not spans and words["asked"].isdisjoint(tokens) or any(
            not words["replies"].isdisjoint(tokens[max(i - 2, 0):i + 3]) for i in spans):
        return frozenset(), None
    if _cue(tokens, words["documents"]):
        return spans, "document"
    return (spans, "offer") if _cue(tokens, words["offers"]) else (frozenset(), None)


def _world_candidates(tokens: list[str]) -> list[WorldName]:
    """Every name of bot/data/world.yaml in the message, longest first: looked up once per
    message, then chosen twice by _world (before and after the page's own names are known)."""
    names, starts = _world_names(), _world_starts()
    found = [(i, i + n, key, names[key]) for n in (3, 2, 1)
             for i in range(len(tokens) - n + 1)
             if tokens[i] in starts and (key := " ".join(tokens[i : i + n])) in names]
    if any(len(t) >= WORLD_TYPO for t in tokens):  # "großbritanien", "spanein", "britian"
        named = {k for start, end, _, _ in found for k in range(start, end)}
        common = vocabulary().common
        found += [(i, i + 1, key, names[key]) for i, t in enumerate(tokens)
                  if len(t) >= WORLD_TYPO and i not in named and t not in common and
                  (key := _world_typo(t))]
    return found


WORLD_TYPO = 7  # the fewest letters of a word read as a typo of a place the page never names


@lru_cache(maxsize=4096)
def _world_typo(token: str) -> str | None:
    """The one-word name of bot/data/world.yaml a word is one letter off (an edit or two
    letters swapped: "grossbritanien", "spanein"), if exactly one is; else None."""
    hits = process.extract(token, _world_words(), scorer=OSA.distance, score_cutoff=1,
                           limit=2)
    return hits[0][0] if len(hits) == 1 and hits[0][1] > 0 else None


@cache
def _world_words() -> tuple[str, ...]:
    """The one-word names of places and programmes of bot/data/world.yaml of WORLD_TYPO - 1
    letters or more (a typo may drop one)."""
    return tuple(sorted(n for n in _world_names()
                        if " " not in n and len(n) >= WORLD_TYPO - 1 and n.isalpha()))


@cache
def _world_starts() -> frozenset[str]:
    """The words the names of bot/data/world.yaml begin with."""
    return first_words(frozenset(_world_names()))


def _world(candidates: list[WorldName], taken: set[int]
           ) -> tuple[dict[str, tuple[str, ...]], set[int]]:
    """The places and programmes of bot/data/world.yaml a message names, and their tokens:
    the longest names first, none overlapping another or the tokens taken."""
    found: dict[str, list[str]] = {"places": [], "funders": []}
    used: set[int] = set()
    for start, end, key, kind in candidates:
        if (used | taken).isdisjoint(range(start, end)):
            found[kind].append(key)
            used |= set(range(start, end))
    return {k: tuple(v) for k, v in found.items()}, used


def _short_name_meant(m: Match, tokens: list[str], raw: str, scores: dict[str, float],
                      vocab: Vocabulary) -> bool:
    """A name of two letters ("SH", "EU") counts when written in capitals, asked about or
    right before the word project ("das ki projekt", "ki-projekte", "the ai project"); "sh"
    or "eu" alone are ordinary strings ("lsn", "esf" of three letters are no words)."""
    text = " ".join(tokens[m.start : m.end])
    if len(text.replace(" ", "")) > 2:
        return True
    if m.end < len(tokens) and tokens[m.end] in vocab.phrase_sets["project_nouns"] | \
            vocab.phrase_sets["project_heads"] | {"projects"}:
        return True
    written = re.search(rf"(?<![^\W\d_]){re.escape(text.upper())}(?![^\W\d_])", raw)
    return bool(written) or any(v >= 2.0 for v in scores.values())


def _verb_use(m: Match, tokens: list[str], vocab: Vocabulary) -> bool:
    """ "to register", "I register": a topic's one word used as a verb names no topic."""
    sets = vocab.phrase_sets
    return m.kind == "topic" and m.end - m.start == 1 and m.start > 0 and \
        tokens[m.start] in sets["verb_nouns"] and tokens[m.start - 1] in sets["verb_markers"]


def _funder_or_place(matches: list[Match], scores: dict[str, float], own: float = 0.0
                     ) -> list[Match]:
    """ "Hamburg" is a funder and a place: a funder only when the message talks of funding
    (not only by a project's own programme, `own`: _own_programme)."""
    funding = scores.get("funding", 0) + scores.get("amount", 0) - own > 0
    funder_spans = {(m.start, m.end) for m in matches if m.kind == "funder"}
    place_spans = {(m.start, m.end) for m in matches if m.kind == "place"}
    both = funder_spans & place_spans
    drop = "place" if funding else "funder"
    return [m for m in matches if not (m.kind == drop and (m.start, m.end) in both)]


def _own_programme(r: _Reading, vocab: Vocabulary) -> float:
    """ "War das KI#CK-Programm für Beschäftigte in Hamburg gedacht?": a programme right after
    a project's name is the project's own (KI#CK's qualification programme), no funding
    programme: the funding weight its word gave, which talks of no money."""
    own = vocab.phrase_sets["own_programmes"]
    return sum(score_intents([r.stems[i + 1]], vocab).get("funding", 0.0)
               for i in range(r.lead, len(r.words) - 1) if r.words[i] == PLACEHOLDER and (
                   r.words[i + 1] in own or r.words[i + 1].endswith(tuple(own)) and
                   r.stems[i + 1] not in vocab.intents))  # (a compound: "KI#CK-
    # Qualifizierungsprogramm", not "Förderprogramm", a phrase of its own)


@cache
def _funder_kinds() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases that name a public funder by its kind, as words with the funder's id, by
    their first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for kind in data_file("intents")["funder_kinds"].values():
        for w in (*kind["en"], *kind["de"]):
            words = tuple(normalize(str(w)).split())
            by_first[words[0]].append((words, kind["funder"]))
    return {first: tuple(found) for first, found in by_first.items()}


def funders_by_kind(tokens: list[str]) -> dict[str, tuple[str, ...]]:
    """The funders a message names by their kind ("the state"), each with the other funders
    that kind may stand for (Hamburg, a city that is a state too)."""
    kinds = _funder_kinds()
    named = {fid for i, t in enumerate(tokens) for words, fid in kinds.get(t, ())
             if tuple(tokens[i:i + len(words)]) == words}
    return {k["funder"]: tuple(k["may_be"]) for k in data_file("intents")["funder_kinds"].values()
            if k["funder"] in named}


def _funders_by_kind(tokens: list[str], matches: list[Match], scores: dict[str, float]
                     ) -> list[Match]:
    """ "was it funded by the state?", "vom Land gefördert?": the public funder the page names
    by that kind, where the message talks of money and names no funder itself."""
    if scores.get("funding", 0) + scores.get("amount", 0) <= 0 or any(
            m.kind == "funder" for m in matches):
        return []
    taken = {i for m in matches for i in range(m.start, m.end)}
    kinds = _funder_kinds()
    found = [Match("funder", fid, i, i + len(words), 1.0) for i, t in enumerate(tokens)
             for words, fid in kinds.get(t, ()) if tuple(tokens[i:i + len(words)]) == words
             and taken.isdisjoint(range(i, i + len(words)))]
    return list({m.id: m for m in found}.values())


def _ids(matches: list[Match]) -> tuple[str, ...]:
    if not matches:  # (most kinds have none)
        return ()
    return tuple(dict.fromkeys([m.id for m in matches]))


def _projects(matches: list[Match]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Sure projects, and the candidates of a match that could be several."""
    sure: list[str] = []
    ambiguous: list[str] = []
    spans: dict[tuple[int, int], list[Match]] = defaultdict(list)
    for m in matches:
        spans[(m.start, m.end)].append(m)
    for group in spans.values():
        ids = [m.id for m in group]
        if len(ids) == 1:
            sure.append(ids[0])
        else:
            ambiguous.extend(ids)
    return tuple(dict.fromkeys(sure)), tuple(i for i in dict.fromkeys(ambiguous) if i not in sure)
