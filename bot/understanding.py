"""Understanding: turn a message into scored candidates, and let one ranker decide.

Matchers find projects, funders, places, organisations and topics (exact n-grams first, then
rapidfuzz on what is left), intent phrases, years and ranges. Everything they know comes from the
knowledge base and the data files in ``bot/data``; this module holds only the algorithms.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.knowledge import KnowledgeBase
from bot.text import normalize

DATA = Path(__file__).resolve().parent / "data"
MAX_NGRAM = 7
ENTITY_KINDS = ("project", "funder", "place", "organisation", "topic")
SMALL_TALK = ("help", "greeting", "thanks")
PLACEHOLDER = "\0"  # stands for a project name, so its words don't count as intent phrases
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Filters:
    """Conditions of a list question: all must hold."""

    funders: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    year_kind: str = "year"  # year | range | since | before
    mode: str = "active"  # active | started | ended

    def any(self) -> bool:
        return bool(self.funders or self.places or self.organisations or self.topics or self.years)


@dataclass(frozen=True)
class Understanding:
    """What one message says, before the conversation resolves it."""

    language: str
    intent: str | None
    projects: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    unknown_names: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)
    superlative: str | None = None
    continuation: bool = False
    list_reference: bool = False
    ordinal: int | None = None
    scores: tuple[tuple[str, float], ...] = ()
    token_count: int = 0


@dataclass(frozen=True)
class Match:
    kind: str
    id: str
    start: int
    end: int
    score: float


# --------------------------------------------------------------------------- data


def _phrases(items: list[Any]) -> list[tuple[str, float]]:
    out = []
    for item in items:
        phrase, weight = next(iter(item.items())) if isinstance(item, dict) else (item, 1.0)
        key = normalize(str(phrase))
        if key:
            out.append((key, float(weight)))
    return out


@dataclass(frozen=True)
class Vocabulary:
    """The language data of bot/data, normalised once."""

    intents: dict[str, list[tuple[str, float]]]  # phrase -> [(intent, weight)]
    phrase_language: dict[str, str]  # intent phrases that belong to one language only
    intent_order: tuple[str, ...]
    markers: dict[str, frozenset[str]]
    common: frozenset[str]
    correctable: tuple[str, ...]
    phrase_sets: dict[str, frozenset[str]]  # continuation, list_reference, modes, year words
    superlatives: dict[str, frozenset[str]]
    ordinals: dict[str, int]


@cache
def vocabulary() -> Vocabulary:
    """Load the intent phrases and word lists (once per process)."""
    intents_data = yaml.safe_load((DATA / "intents.yaml").read_text(encoding="utf-8"))
    words = yaml.safe_load((DATA / "words.yaml").read_text(encoding="utf-8"))
    intents: dict[str, list[tuple[str, float]]] = defaultdict(list)
    languages: dict[str, set[str]] = defaultdict(set)
    for intent, by_lang in intents_data["intents"].items():
        for lang, items in by_lang.items():
            for phrase, weight in _phrases(items):
                intents[phrase].append((intent, weight))
                languages[phrase].add(lang)
    markers = {lang: frozenset(normalize(str(w)) for w in ws)
               for lang, ws in words["language_markers"].items()}
    common = {normalize(str(w)) for ws in words["common"].values() for w in ws}
    for phrase in intents:
        common.update(phrase.split())
    for ws in markers.values():
        common.update(ws)
    sets = {name: _union(intents_data[name]) for name in ("continuation", "list_reference")}
    for mode, by_lang in intents_data["filter_modes"].items():
        sets[f"mode_{mode}"] = _union(by_lang)
    for name, by_lang in intents_data["year_words"].items():
        sets[f"year_{name}"] = _union(by_lang)
    return Vocabulary(
        intents=dict(intents),
        phrase_language={p: next(iter(ls)) for p, ls in languages.items() if len(ls) == 1},
        intent_order=tuple(intents_data["intents"]),
        markers=markers,
        common=frozenset(common),
        correctable=tuple(sorted(w for w in common if len(w) >= 4 and not w.isdigit())),
        phrase_sets=sets,
        superlatives={k: _union(v) for k, v in intents_data["superlatives"].items()},
        ordinals={normalize(str(k)): int(v) for by_lang in intents_data["ordinals"].values()
                  for k, v in by_lang.items()},
    )


def _union(by_lang: dict[str, list[Any]]) -> frozenset[str]:
    return frozenset(p for items in by_lang.values() for p, _ in _phrases(items))


# --------------------------------------------------------------------------- entity index


@dataclass
class EntityIndex:
    """Every name of every entity, normalised, for exact and fuzzy lookup."""

    exact: dict[str, list[tuple[str, str]]]
    fuzzy_keys: list[str]
    fuzzy_owners: list[tuple[str, str]]
    project_keys: list[str]
    project_owners: list[str]


_INDEXES: weakref.WeakKeyDictionary[KnowledgeBase, EntityIndex] = weakref.WeakKeyDictionary()


def entity_index(kb: KnowledgeBase) -> EntityIndex:
    """Build (once per knowledge base) the lookup tables of entity names."""
    if kb in _INDEXES:
        return _INDEXES[kb]
    exact: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, names in _entity_names(kb):
        for entity_id, name in names:
            key = normalize(name)
            if key and (kind, entity_id) not in exact[key]:
                exact[key].append((kind, entity_id))
    fuzzy_keys, fuzzy_owners, project_keys, project_owners = [], [], [], []
    for key, owners in exact.items():
        squashed = key.replace(" ", "")
        if len(squashed) < 4:
            continue
        for owner in owners:
            fuzzy_keys.append(squashed)
            fuzzy_owners.append(owner)
            if owner[0] == "project":
                project_keys.append(squashed)
                project_owners.append(owner[1])
    index = EntityIndex(dict(exact), fuzzy_keys, fuzzy_owners, project_keys, project_owners)
    _INDEXES[kb] = index
    return index


def _entity_names(kb: KnowledgeBase) -> list[tuple[str, list[tuple[str, str]]]]:
    def texts(record: Any) -> list[str]:
        return [record.name.en, record.name.de, *record.aliases]

    return [
        ("project", [(p.id, n) for p in kb.projects.values() for n in p.names()]),
        ("funder", [(f.id, n) for f in kb.funders.values() for n in texts(f)]),
        ("place", [(p.id, n) for p in kb.places.values() for n in texts(p)]),
        ("organisation", [(o.id, n) for o in kb.organisations.values()
                          for n in [o.name, *o.aliases]]),
        ("topic", [(t.id, n) for t in kb.topics.values() for n in texts(t)]),
    ]


def _fuzzy_cutoff(length: int) -> float:
    return 0.75 if length <= 5 else 0.8


def _find_entities(
    tokens: list[str], index: EntityIndex, common: frozenset[str]
) -> tuple[list[Match], set[int]]:
    """Longest exact n-grams first; fuzzy matching only for words we don't already know."""
    matches: list[Match] = []
    used: set[int] = set()
    i = 0
    while i < len(tokens):
        found = _match_at(tokens, i, index, common)
        if found:
            matches.extend(found)
            used.update(range(found[0].start, found[0].end))
            i = found[0].end
        else:
            i += 1
    return matches, used


def _match_at(
    tokens: list[str], i: int, index: EntityIndex, common: frozenset[str]
) -> list[Match]:
    for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
        key = " ".join(tokens[i : i + n])
        if key in index.exact:
            return [Match(kind, eid, i, i + n, 1.0) for kind, eid in index.exact[key]]
        window = tokens[i : i + n]
        if _fuzzable(window, common):
            found = _fuzzy(window, index, i)
            if found:
                return found
    return []


def _fuzzable(window: list[str], common: frozenset[str]) -> bool:
    unknown = [t for t in window if t not in common and not t.isdigit()]
    if not unknown or len("".join(window)) < 4:
        return False
    return not (len(window) > 1 and (window[0] in common or window[-1] in common))


def _fuzzy(window: list[str], index: EntityIndex, start: int) -> list[Match]:
    query = "".join(window)
    cutoff = _fuzzy_cutoff(len(query))
    hits = process.extract(query, index.fuzzy_keys, scorer=OSA.normalized_similarity,
                           score_cutoff=cutoff, limit=8)
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


def detect_language(
    words: list[str], grams: list[str], raw: str, hint: str | None, vocab: Vocabulary
) -> str:
    """Count marker words and intent phrases of each language; a hint only breaks ties."""
    en = sum(1 for w in words if w in vocab.markers["en"])
    de = sum(1 for w in words if w in vocab.markers["de"])
    for gram in grams:
        lang = vocab.phrase_language.get(gram)
        en, de = (en + 1, de) if lang == "en" else (en, de + 1) if lang == "de" else (en, de)
    de += 2 * sum(1 for ch in raw if ch in "äöüßÄÖÜ")
    if en != de:
        return "en" if en > de else "de"
    return hint if hint in ("en", "de") else "en"


def _correct(tokens: list[str], skip: set[int], vocab: Vocabulary) -> list[str]:
    """Replace typos of known words ("fundet" -> "funded") before phrase matching."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if i in skip or tok in vocab.common or len(tok) < 4 or tok.isdigit():
            continue
        hit = process.extractOne(tok, vocab.correctable, scorer=OSA.normalized_similarity,
                                 score_cutoff=_fuzzy_cutoff(len(tok)))
        if hit:
            out[i] = hit[0]
    return out


def _ngrams(tokens: list[str]) -> list[str]:
    return [" ".join(tokens[i : i + n]) for n in range(1, 6) for i in range(len(tokens) - n + 1)]


def score_intents(grams: list[str], vocab: Vocabulary) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    for gram in grams:
        for intent, weight in vocab.intents.get(gram, ()):
            scores[intent] += weight
    return dict(scores)


def rank_intent(scores: dict[str, float], has_entities: bool, vocab: Vocabulary) -> str | None:
    """One ranker: highest score wins, ties go to the intent listed first in the data."""
    candidates = {k: v for k, v in scores.items() if v >= 1.0}
    if has_entities and any(k not in SMALL_TALK for k in candidates):
        candidates = {k: v for k, v in candidates.items() if k not in SMALL_TALK}
    if not candidates:
        return None
    return max(candidates, key=lambda k: (candidates[k], -vocab.intent_order.index(k)))


def find_years(tokens: list[str], vocab: Vocabulary) -> tuple[tuple[int, int] | None, str]:
    """Years and ranges: "in 2018", "between 2017 and 2019", "since 2020", "before 2017"."""
    years = [(i, int(t)) for i, t in enumerate(tokens) if _YEAR.match(t)]
    if not years:
        return None, "year"
    sets = vocab.phrase_sets
    first_i, first = years[0]
    before = " ".join(tokens[max(0, first_i - 2) : first_i])
    prev = tokens[first_i - 1] if first_i else ""
    if len(years) >= 2:
        lo, hi = sorted((first, years[1][1]))
        return (lo, hi), "range"
    if prev in sets["year_since"] or before in sets["year_since"]:
        return (first + (1 if prev in ("after", "nach") else 0), 9999), "since"
    if prev in sets["year_before"] or before in sets["year_before"]:
        return (0, first - 1), "before"
    if prev in sets["year_until"]:
        return (0, first), "before"
    return (first, first), "year"


def _has_phrase(grams: list[str], phrases: frozenset[str]) -> bool:
    return any(g in phrases for g in grams)


def _mode(grams: list[str], vocab: Vocabulary) -> str:
    for mode in ("started", "ended"):
        if _has_phrase(grams, vocab.phrase_sets[f"mode_{mode}"]):
            return mode
    return "active"


def _superlative(grams: list[str], vocab: Vocabulary) -> str | None:
    kinds = [k for k, phrases in vocab.superlatives.items() if _has_phrase(grams, phrases)]
    if not kinds:
        return None
    kind = kinds[0]
    if kind in ("earliest", "latest") and _has_phrase(grams, vocab.phrase_sets["mode_ended"]):
        return f"{kind}_end"
    return kind


def _ordinal(tokens: list[str], vocab: Vocabulary) -> int | None:
    if len(tokens) > 5:
        return None
    for tok in tokens:
        if tok in vocab.ordinals:
            return vocab.ordinals[tok]
        if tok.isdigit() and 0 < int(tok) < 20:
            return int(tok)
    return None


def _name_like(raw: str, tokens: list[str], unknown: list[int]) -> tuple[str, ...]:
    """Unknown words that look like names: capitalised (not first), all caps, or quoted."""
    raw_words = _WORD.findall(raw)
    names = []
    for i in unknown:
        tok = tokens[i]
        for j, word in enumerate(raw_words):
            if normalize(word) == tok and (word.isupper() or (word[0].isupper() and j > 0)
                                           or len(raw_words) <= 2):
                names.append(word)
                break
    return tuple(dict.fromkeys(names))


def _unknown_tokens(tokens: list[str], used: set[int], vocab: Vocabulary) -> list[int]:
    return [i for i, t in enumerate(tokens)
            if i not in used and t not in vocab.common and not t.isdigit() and len(t) >= 3]


# --------------------------------------------------------------------------- entry point


def understand(
    text: str, kb: KnowledgeBase, language_hint: str | None = None
) -> Understanding:
    """Read one message: language, intent, entities, filters. Pure and deterministic."""
    vocab = vocabulary()
    raw = text[:2000] if isinstance(text, str) else ""
    tokens = normalize(raw).split()[:200]
    matches, used = _find_entities(tokens, entity_index(kb), vocab.common)
    corrected = _correct(tokens, used, vocab)
    names = {i for m in matches if m.kind == "project" for i in range(m.start, m.end)}
    grams = _ngrams([PLACEHOLDER if i in names else t for i, t in enumerate(corrected)])
    language = detect_language(tokens, grams, raw, language_hint, vocab)
    scores = score_intents(grams, vocab)
    matches = _funder_or_place(matches, scores)
    by_kind: dict[str, list[Match]] = {k: [m for m in matches if m.kind == k]
                                       for k in ENTITY_KINDS}
    projects, ambiguous = _projects(by_kind["project"])
    years, year_kind = find_years(corrected, vocab)
    filters = Filters(
        funders=_ids(by_kind["funder"]),
        places=_ids(by_kind["place"]),
        organisations=_ids(by_kind["organisation"]),
        topics=_ids(by_kind["topic"]),
        years=years,
        year_kind=year_kind,
        mode=_mode(grams, vocab),
    )
    unknown = [i for i in _unknown_tokens(tokens, used, vocab) if corrected[i] == tokens[i]]
    has_entities = bool(projects or ambiguous or filters.any())
    return Understanding(
        language=language,
        intent=rank_intent(scores, has_entities, vocab),
        projects=projects,
        ambiguous=ambiguous,
        unknown_names=_name_like(raw, tokens, unknown),
        filters=filters,
        superlative=_superlative(grams, vocab),
        continuation=any(" ".join(tokens[:n]) in vocab.phrase_sets["continuation"]
                         for n in range(1, 5)),
        list_reference=_has_phrase(grams, vocab.phrase_sets["list_reference"]),
        ordinal=_ordinal(corrected, vocab),
        scores=tuple(sorted(scores.items(), key=lambda kv: -kv[1])),
        token_count=len(tokens),
    )


def _funder_or_place(matches: list[Match], scores: dict[str, float]) -> list[Match]:
    """ "Hamburg" is a funder and a place: a funder only when the message talks of funding."""
    funding = scores.get("funding", 0) + scores.get("amount", 0) > 0
    funder_spans = {(m.start, m.end) for m in matches if m.kind == "funder"}
    place_spans = {(m.start, m.end) for m in matches if m.kind == "place"}
    both = funder_spans & place_spans
    drop = "place" if funding else "funder"
    return [m for m in matches if not (m.kind == drop and (m.start, m.end) in both)]


def _ids(matches: list[Match]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.id for m in matches))


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
