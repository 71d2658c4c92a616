"""Quantities in a message: "more than five years", "über 1 Mio. Euro", "13 partners".

A measure is a number with a unit and a comparison ("more", "less", "about" …). The checks of
yes/no claims and the list conditions read them; the words are data in ``bot/data/query.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.datafiles import data_file
from bot.knowledge import PartialDate
from bot.text import normalize

_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
# A decimal with one or two digits after the point, not part of a date (1.1.2017) or of a
# number with thousands separators (1,217,494.00)
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d{1,2})(?![.,]?\d)")
_MARKER = "qxdecimal"
# A word whose digits follow its letters ("m2m", "MAGIA2Market", "H2020", "b4"): a name, an
# alias or texting shorthand, whose number is no quantity ("ging m2m bis feb 2023?" claims no
# two million euros)
_NAMED_DIGIT = re.compile(r"\b[^\W\d_]+\d+[^\W_]*")
# A number with thousands separators and cents: "1,217,494.00", "1.217.494,00" (normalising
# would read its cents as a number of their own)
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})+)(?!\2)[.,](\d{1,2})(?![.,]?\d)")
# Dates written in digits: "31.12.2022", "2022-12-31", "31/12/2022" (or 12/31/2022)
_DOTTED = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th", "of", "the"})


EXACT = 0.5  # "exactly": within half a unit (a euro, a month, a partner)
NEAR_TIME, NEAR_MONTHS, NEAR_OTHER = 0.25, 3, 0.1  # "a little over": how near, by the unit
# PLAIN: what "a little over" compares as where no number follows ("just over ELISE's budget")
PLAIN = {"just_over": "more", "just_under": "less"}


@dataclass(frozen=True)
class Measure:
    """A number in a unit (months, euros, partners, countries) and how it compares."""

    unit: str  # months | euros | partners | countries
    value: float
    compare: str = "about"  # about | more | less | at_least | at_most | exact | just_over |
    # just_under | roughly (a list's length said roughly)
    span: bool = False  # "lief über drei Jahre", "ran over three years": the span itself too

    def holds(self, low: float, high: float) -> bool | None:
        """Whether a fact known to lie between low and high meets it; None where it can't
        tell (a duration the page gives only in years)."""
        verdicts = {self._meets(low), self._meets(high)}
        return verdicts.pop() if len(verdicts) == 1 else None

    def _meets(self, actual: float) -> bool:
        if self.compare == "more":
            return actual > self.value or self.span and actual >= self.value
        if self.compare == "less":
            return actual < self.value
        if self.compare == "at_least":
            return actual >= self.value
        if self.compare == "at_most":
            return actual <= self.value
        if self.compare == "exact":  # "exactly 1.2 million": to the euro, the month
            return abs(actual - self.value) < EXACT
        if self.compare == "roughly":  # "ungefähr drei Jahre": within a few months of it
            return abs(actual - self.value) <= (NEAR_MONTHS if self.unit == "months" else
                                                NEAR_OTHER * self.value)
        if self.compare == "just_over":  # "gut ein Jahr": past it, but not by much
            return self.value < actual <= self.value + self._near()
        if self.compare == "just_under":  # "knapp zwei Jahre": short of it, but not by much
            return self.value - self._near() <= actual < self.value
        tolerance = 1 if self.unit == "months" else 0.02 * self.value
        return abs(actual - self.value) <= tolerance

    def _near(self) -> float:
        """How far "a little over" reaches: a quarter of a time, at least three months ("gut
        ein Jahr" is 13 to 15 months), a tenth of an amount or a count."""
        return max(NEAR_MONTHS, NEAR_TIME * self.value) if self.unit == "months" else \
            NEAR_OTHER * self.value


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, float]
    units: dict[str, str]  # word -> unit kind
    comparators: dict[str, str]  # phrase -> more | less | at_least | at_most
    compound: re.Pattern[str]  # a number word and a unit in one German word: "zweijährig",
    # "Dreijahresprojekt"
    articles: frozenset[str]  # "a", "ein": one, but only of a time
    trailing: dict[str, str]  # after the unit: "five years or more" -> at_least
    spans: frozenset[str]  # "over", "über" before a time: more than it, or the span itself
    year_ends: frozenset[str]  # "the end of", "Ende": a year's end named as a time (December)
    compound_ends: tuple[str, ...]  # the units long enough to end a German compound
    verbs: dict[str, str]  # "exceed", "überstieg" -> more: the clause's figure, wherever it is


def measure_units() -> dict[str, str]:
    """Each unit word and its kind: "patienten" people, "monate" months."""
    return _words().units


@cache
def _words() -> _Words:
    data = data_file("query")
    numbers = {normalize(str(k)): float(v) for by_lang in data["numbers"].values()
               for k, v in by_lang.items()}
    units = {normalize(str(w)): kind for kind, by_lang in data["units"].items()
             for ws in by_lang.values() for w in ws}
    verbs = {normalize(str(p)): kind for kind, by_lang in data["comparator_verbs"].items()
             for ps in by_lang.values() for p in ps}
    comparators = {**verbs, **{normalize(str(p)): kind
                               for kind, by_lang in data["comparators"].items()
                               for ps in by_lang.values() for p in ps}}
    words = sorted((w for w in numbers if len(w) > 2), key=len, reverse=True)
    numbers_re, units_re = "|".join(map(re.escape, words)), "|".join(map(re.escape, units))
    # (a unit in its linking form may head a noun: "Dreijahresprojekt", "Zweijahresprogramm")
    compound = re.compile(f"^({numbers_re})({units_re})(?:(?<=s)[a-zäöüß]{{4,}})?$")
    articles = frozenset(normalize(str(a)) for a in data["articles"])
    trailing = {normalize(str(p)): kind for kind, by_lang in data["trailing_comparators"].items()
                for ps in by_lang.values() for p in ps}
    spans = frozenset(normalize(str(w)) for ws in data["span_comparators"].values() for w in ws)
    year_ends = frozenset(normalize(w) for ws in data["year_end"].values() for w in ws)
    return _Words(numbers, units, comparators, compound, articles, trailing, spans, year_ends,
                  tuple(u for u in units if len(u) >= COMPOUND_UNIT), verbs)


def number_value(token: str) -> float | None:
    """What a number word of query.yaml counts, articles included: "three" 3, "einen" 1."""
    return _words().numbers.get(token)


def number_word(token: str) -> int | None:
    """A whole number written as a word or in digits: "three", "drei", "3"."""
    if token.isascii() and token.isdigit() and len(token) < 4:
        return int(token)
    value = number_value(token)
    return int(value) if value and value == int(value) and token not in _words().articles \
        else None


def measures(text: str) -> tuple[Measure, ...]:
    """Every number-and-unit in the text, with the comparison before it."""
    return _measures_cached(text) if len(text) <= _CACHED_LENGTH else _measures(text)


_CACHED_LENGTH = 300  # a message is read for measures more than once; longer ones are rare


@lru_cache(maxsize=2048)
def _measures_cached(text: str) -> tuple[Measure, ...]:
    return _measures(text)


# "€300,000", "300.000 €": the sign as the unit word after the figure (normalising drops it)
_EURO_BEFORE = re.compile(r"€\s*(\d[\d.,]*\d|\d)(?:\s*([^\W\d]+))?")
_EURO_AFTER = re.compile(r"(\d)\s*€")


def _euro_after(match: re.Match[str]) -> str:
    """ "€300,000" as "300,000 euro"; "€1.2 million" keeps its scale word before the unit."""
    scale = match[2] and _words().units.get(normalize(match[2])) in SCALES
    return f"{match[1]} {match[2]} euro" if scale else \
        f"{match[1]} euro {match[2] or ''}".rstrip()


def _measures(text: str) -> tuple[Measure, ...]:
    if _NAMED_DIGIT.search(text):  # "m2m", "MAGIA2Market", "b4": a name or a word, no figure
        text = _NAMED_DIGIT.sub(" ", text)
    if "€" in text:
        text = _EURO_AFTER.sub(r"\1 euro", _EURO_BEFORE.sub(_euro_after, text))
    text, decimals = _marked_decimals(text)
    tokens = normalize(text).split()
    out = []
    for i in range(len(tokens)):
        value, unit_at = (decimals[tokens[i]], i + 1) if tokens[i] in decimals else \
            _number(tokens, i)
        if value is None:
            continue
        measure = _measure(tokens, i, unit_at, value)
        if measure:
            out.append(measure)
    return tuple(out)


def _marked_decimals(text: str) -> tuple[str, dict[str, float]]:
    """ "1.2 million", "1,5 Jahre": each decimal replaced by a marker word (letters only, so it
    survives normalising, which reads "1.2" as "12", like P.I.L.O.T.'s dots, and "1,2" as two
    numbers), and the value each marker stands for."""
    found: dict[str, float] = {}

    def put(match: re.Match[str], whole: str, fraction: str) -> str:
        if len(found) >= 26:
            return match[0]
        key = f"{_MARKER}{chr(ord('a') + len(found))}"
        found[key] = float(f"{whole}.{fraction}")
        return f" {key} "

    def mark(match: re.Match[str]) -> str:
        return put(match, match[1], match[2])

    def grouped(match: re.Match[str]) -> str:  # "1.217.494,00": the group separator dropped
        return put(match, match[1].replace(match[2], ""), match[3])

    return _DECIMAL.sub(mark, _GROUPED.sub(grouped, text)), found


def decimal_words(text: str) -> frozenset[str]:
    """ "1,2 Milliarden", "1.5 million": the words a decimal becomes when normalised ("1" and
    "2", or "15"); they are an amount, never a place in a list or the size of a group."""
    return frozenset(w for m in _DECIMAL.finditer(text) for w in (m[1], m[2], m[1] + m[2])) | {
        w for m in _GROUPED.finditer(text) for w in (m[1].replace(m[2], ""), m[3])}


def _number(tokens: list[str], i: int) -> tuple[float | None, int]:
    """The number at token i and where its unit begins; German compounds ("zweijährig") carry
    the unit inside the word."""
    words = _words()
    token = tokens[i]
    if _NUMBER.match(token):
        return float(token.replace(",", ".")), i + 1
    if token in words.numbers and i + 1 < len(tokens) and (
            _unit_word(tokens[i + 1]) or _compound_unit(tokens[i + 1])):
        return words.numbers[token], i + 1
    if len(token) > 5 and (hit := words.compound.match(token)):
        return words.numbers[hit.group(1)], -i - 1  # the unit is the rest of this token
    if i + 1 < len(tokens) and (typed := _number_typo(token)) is not None and \
            _unit_word(tokens[i + 1]):
        return typed, i + 1  # "thre years", "dei Jahre": a number word mistyped by one letter
    return None, 0


@lru_cache(maxsize=1024)
def _number_typo(token: str) -> float | None:
    """The number word of four letters or more a word is one letter off ("thre", "fiv",
    "dei", "zwie"), where it is no word of its own ("for", "die" stay what they are)."""
    from bot.understanding import vocabulary  # (imported here: understanding reads measures)
    if not TYPO_NUMBER <= len(token) <= TYPO_LENGTH or not token.isalpha() or \
            token in vocabulary().common:
        return None
    words = _words()
    found = [w for w in words.numbers if len(w) >= TYPO_NUMBER + 1 and w not in words.articles
             and OSA.distance(token, w) == 1]
    values = {words.numbers[w] for w in found}
    return values.pop() if len(values) == 1 else None


TYPO_NUMBER = 3  # the least letters of a mistyped number word ("fiv" five, "dei" drei)


@lru_cache(maxsize=1024)
def _unit_word(word: str) -> str | None:
    """The unit word a word after a number is, also mistyped by one letter ("zehn Parnter",
    "three yeras": "partner", "years"); None for any other word. Short words must match."""
    from bot.understanding import vocabulary  # (imported here: understanding reads measures)
    units = _words().units
    if word in units or len(word) < TYPO_LENGTH or word in vocabulary().common:
        return word if word in units else None  # ("BRIDGE 53 länger": no "Länder")
    found = process.extractOne(word, [u for u in units if len(u) >= TYPO_LENGTH],
                               scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else None


TYPO_LENGTH = 5  # the least letters of a unit word read through a typo ("years", not "jahr")


def _year(token: str) -> bool:
    """ "2016": a year, whose next word is no mistyped unit."""
    return len(token) == 4 and token.isdigit()


def _compound_unit(word: str) -> str | None:
    """ "Partnerorganisationen", "Projektpartner": a German compound ending in a unit word."""
    words = _words()
    if not word.endswith(words.compound_ends) or words.compound.match(word):
        return None  # (most words end in no unit); "zweijähriges" holds its own number
    return next((words.units[u] for u in words.compound_ends if word.endswith(u) and
                 len(word) - len(u) >= 3), None)


COMPOUND_UNIT = 5  # the least letters of a unit that ends a compound ("partner", not "jahr")


SCALES = {"quadrillion": 10**15, "trillion": 10**12, "billion": 10**9, "million": 10**6,
          "thousand": 1_000}  # of euros


def _measure(tokens: list[str], i: int, unit_at: int, value: float) -> Measure | None:
    words = _words()
    if unit_at < 0:
        unit_word = words.compound.match(tokens[i]).group(2)  # type: ignore[union-attr]
    elif unit_at < len(tokens):
        unit_word = tokens[unit_at] if _year(tokens[i]) else \
            _unit_word(tokens[unit_at]) or tokens[unit_at]  # (not "2016 starten": staaten)
    else:
        return None
    kind = words.units.get(unit_word) or _compound_unit(unit_word)
    if kind is None or tokens[i] in words.articles and kind not in (
            "years", "months", *SCALES) and \
            not _compared_article(tokens, i, unit_at):
        return None  # "was oncampus a partner?" claims no count
    start = i  # "under half a million", "weniger als eine halbe Million": the comparator
    while start > 0 and tokens[start - 1] in words.articles:  # stands before the article and
        start -= 1  # the fraction
    if start < i and tokens[i] in words.articles:
        value *= words.numbers.get(tokens[i - 1], 1)  # "half a million", "half a year"
    if kind in SCALES:
        value *= SCALES[kind]
        kind = "euros"
    elif kind == "years":
        value, kind = value * 12, "months"
    compare = next((words.comparators[" ".join(tokens[j:start])]
                    for j in range(max(0, start - 3), start)
                    if " ".join(tokens[j:start]) in words.comparators), None) or next(
        (words.trailing[" ".join(tokens[unit_at + 1: unit_at + n])] for n in (3, 2)
         if unit_at >= 0 and " ".join(tokens[unit_at + 1: unit_at + n]) in words.trailing),
        None) or _verb_comparison(tokens) or "about"  # "five years or more"
    span = kind == "months" and compare not in PLAIN and start > 0 and \
        tokens[start - 1] in words.spans  # ("a little over a year" is no span)
    return Measure(kind, value, compare, span)


def _verb_comparison(tokens: list[str]) -> str | None:
    """ "Überstieg die Förderung von ELISE eine Million Euro?": a verb that compares the figure
    from anywhere in the clause (one word or a phrase: "fall short of")."""
    verbs = _words().verbs
    return next((verbs[g] for n in (1, 3) for i in range(len(tokens) - n + 1)
                 if (g := " ".join(tokens[i:i + n])) in verbs), None)


def _compared_article(tokens: list[str], i: int, unit_at: int) -> bool:
    """ "mehr als ein Land", "über ein Land hinaus": an article right after a comparator counts
    one of any unit; "über" (also "about", "via": "über einen Partner") only with "hinaus"
    after the unit."""
    words = _words()
    found = next((" ".join(tokens[j:i]) for j in range(max(0, i - 3), i)
                  if " ".join(tokens[j:i]) in words.comparators), None)
    if found is None:
        return False
    return found not in words.spans or unit_at > 0 and OUT_PAST in tokens[unit_at + 1:unit_at + 3]


OUT_PAST = "hinaus"  # "über ein Land hinaus": past it


def comparison(tokens: list[str]) -> str | None:
    """The comparison a message makes without a number ("länger als ELISE": more), if any."""
    found = comparison_at(tokens)
    return found[0] if found else None


def comparison_at(tokens: list[str]) -> tuple[str, int] | None:
    """The comparison ("more", "less" …) and the index of its last word ("than", "als"): what
    stands before it is compared with what follows."""
    comparators = _words().comparators
    for i in range(len(tokens)):
        for n in (3, 2):  # "more than", not "über" alone: "über die Stadt Hamburg"
            if (gram := " ".join(tokens[i : i + n])) in comparators:
                return PLAIN.get(comparators[gram], comparators[gram]), i + n - 1
    split = _split_comparators()  # "länger gedauert als": a verb between
    found = [(rank, kind, tokens.index(second, i + 1)) for i, t in enumerate(tokens)
             for rank, second, kind in split.get(t, ()) if second in tokens[i + 1 : i + 6]]
    if not found:
        return None
    _, kind, at = min(found, key=lambda f: f[0])  # the first phrase of the data, as written
    return kind, at


@cache
def _split_comparators() -> dict[str, list[tuple[int, str, str]]]:
    """Two-word comparators by their first word: (their place in the data, second, kind)."""
    by_first: dict[str, list[tuple[int, str, str]]] = {}
    for rank, (phrase, kind) in enumerate(_words().comparators.items()):
        words = phrase.split()
        if len(words) == 2 and kind not in PLAIN:  # ("gut ... über die Ostsee")
            by_first.setdefault(words[0], []).append((rank, words[1], kind))
    return by_first


@cache
def month_names() -> dict[str, int]:
    """January … Dezember, and their short forms, by number."""
    months = data_file("templates")["months"]
    out = {}
    for names in months.values():
        for number, name in enumerate(names, 1):
            out[normalize(name)] = number
            out[normalize(name)[:3]] = number
    return out


def claimed_dates(text: str) -> tuple[PartialDate, ...]:
    """A date finer than a year that a message names: "31.12.2022", "31 Dec 2022", "am 31.
    Dezember 2022", "March 15, 2023", "im Februar 2023". Each reading of the first one
    ("01/03/2023" is the first of March or the third of January); none for years only."""
    for pattern, order in ((_DOTTED, "dmy"), (_ISO, "ymd"), (_SLASHED, "either")):
        if found := pattern.search(text):
            a, b, c = (int(g) for g in found.groups())
            readings = {"dmy": [(c, b, a)], "ymd": [(a, b, c)],
                        "either": [(c, b, a), (c, a, b)]}[order]
            return tuple(dict.fromkeys(d for y, m, day in readings
                                       if (d := _date(y, m, day)) is not None))
    return _named_month_date(normalize(text).split())


def _named_month_date(tokens: list[str]) -> tuple[PartialDate, ...]:
    """ "31 dezember 2022", "31 st of december 2022", "december 31 2022", "februar 2023";
    "the end of 2023", "Ende 2023": December of that year (a project that ended in February
    did not run until the end of the year)."""
    ends = _words().year_ends
    for i, token in enumerate(tokens[1:], 1):
        month = month_names().get(tokens[i - 1])
        if month is None and len(token) == 4 and token.isdigit() and any(
                " ".join(tokens[j:i]) in ends for j in range(max(0, i - 3), i)):
            month = 12
        if not (len(token) == 4 and token.isdigit()):
            continue
        if month is None and i >= 2 and tokens[i - 1].isdigit() and \
                (month := month_names().get(tokens[i - 2])):  # "March 15, 2023"
            date = _date(int(token), month, int(tokens[i - 1]))
            return (date,) if date else ()
        if month is None:
            continue
        before = [t for t in tokens[max(0, i - 4):i - 1] if t not in _ORDINAL_ENDS]
        day = int(before[-1]) if before and before[-1].isdigit() else None
        date = _date(int(token), month, day)
        return (date,) if date else ()
    return ()


def _date(year: int, month: int, day: int | None) -> PartialDate | None:
    try:
        return PartialDate.parse(f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))
    except ValueError:
        return None
