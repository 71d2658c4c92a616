"""Text normalisation shared by the knowledge base and the understanding core.

Both sides fold text the same way, so "Lübeck", "Luebeck" and "Lubeck" meet, "P.I.L.O.T."
meets "pilot", "KI#CK" meets "kick", and "MAGIA2Market" meets "magia 2 market".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from bot.datafiles import data_file

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe"})
# The "e" after a, o or u, and the full stop after a lone letter ("p.i.l.o.t"), each dropped by
# an empty replacement: a replacement with a group ("\1") is expanded by Python code at every
# call (re._subx), a few µs of each new message read
_VOWEL_E = re.compile(r"(?<=[aou])e")
_ABBREVIATION_DOT = re.compile(r"(?<=\b\w)\.(?=\w\b|\w\.|\s|$)")
_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")
_DROP = re.compile(r"[#'’`´]")
# "we're" is not "were", nor "we'll" "well": the pronoun stays a word of its own
_PRONOUN_CONTRACTION = re.compile(r"\b(we|they|you)['’`´](re|ll|d)\b")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_NON_WORD = re.compile(r"[\W_]+")
_CACHED_LENGTH = 120
_APOSTROPHE = re.compile(r"['’`´]")  # what the contractions and possessives are written with
_DIGIT = re.compile(r"\d")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def fold(text: str) -> str:
    """Lower-case and fold umlaut spellings so that ü, ue and u compare equal."""
    text = unicodedata.normalize("NFKC", text).lower()
    # Only a letter beyond ASCII can be an umlaut, or carry or be an accent: an ASCII text is
    # not looked at letter by letter (a long new message paid for every letter).
    if not text.isascii():
        text = text.translate(_UMLAUTS)
        if not text.isascii():
            text = _NON_ASCII.sub(_without_accents, unicodedata.normalize("NFKD", text))
    # After the accents are gone, so that "Québec" folds like "Quebec".
    return _VOWEL_E.sub("", text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_accents(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Reduce text to space-separated word tokens for matching."""
    # The same names and phrases are normalised again and again while the data loads.
    return _normalize(text) if text[_CACHED_LENGTH:] else _normalize_short(text)  # (a slice,
    # not len(): a dozen calls a message)


def normalize_once(text: str) -> str:
    """`normalize` for a text read once (a project's texts, indexed): kept out of the cache,
    where it would only push out the messages' words."""
    return _normalize(text)


@lru_cache(maxsize=8192)
def _normalize_short(text: str) -> str:
    return _normalize(text)


# Lower-case ASCII words one space apart: no pass below changes such a text, but for an umlaut
# spelt "ae"/"oe"/"ue" (fold) or a spoken form (words.yaml); most phrases of bot/data are so.
_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")


def _normalize(text: str) -> str:
    if _PLAIN.fullmatch(text) and not _VOWEL_E.search(text) and "then" not in text and \
            _looked_for().isdisjoint(text.split()):
        return text  # (already normal: the data's phrases at start-up, about 7,000 of 8,500)
    return _normalized(text)


def _normalized(text: str) -> str:
    # Each pass runs only where the character it looks for is (a pass over a message costs a
    # few µs even where it finds nothing, and a message read for the first time pays for all).
    text = fold(text).replace("&", " and ")
    if "." in text:
        text = _ABBREVIATION_DOT.sub("", _ABBREVIATION_DOT.sub("", text))
    digits = _DIGIT.search(text)  # (no pass below adds or drops a digit)
    if digits:
        text = _THOUSANDS.sub("", text)
    forms, spoken, contracted = _spoken_forms()
    if _APOSTROPHE.search(text):
        text = contracted.sub(lambda m: forms[m.group().replace("’", "'")], text)
        text = _POSSESSIVE.sub("", text)
        text = _PRONOUN_CONTRACTION.sub(r"\1 \2", text)
    text = _DROP.sub("", text)
    text = _NON_WORD.sub(" ", text)
    if digits:
        if _SHORTHAND_DIGIT.search(text):  # "b4": a spoken form read before its letters and
            text = _digit_forms(text)  # digits part (words.yaml)
        text = _LETTER_DIGIT.sub(" ", text)
    words = text.split()  # a spoken form is a word of its own: looked for where one is
    if "then" in words:  # "longer then PILOT": "than" after a comparative (words.yaml)
        before = _then_as_than()
        words = ["than" if w == "then" and k and words[k - 1] in before else w
                 for k, w in enumerate(words)]
    much, before_much, counted = _much_as_many()
    if not much.keys().isdisjoint(words):  # "wieviel partner": how many (words.yaml)
        words = [much[w] if w in much and k + 1 < len(words) and words[k + 1] in counted and (
            w not in before_much or k and words[k - 1] == before_much[w]) else w
            for k, w in enumerate(words)]
    return " ".join(words) if forms.keys().isdisjoint(words) else \
        spoken.sub(lambda m: forms[m.group()], " ".join(words))


@cache
def _looked_for() -> frozenset[str]:
    """The words a normal text is read again for: the spoken forms, "wieviel" and the like."""
    return frozenset((*_spoken_forms()[0], *_much_as_many()[0]))


@cache
def _much_as_many() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """ "how much", "wie viel" and the words they become before a counted noun ("wieviel
    partner": "wieviele partner"), the word each needs before it, and those nouns
    (bot/data/words.yaml)."""
    data = data_file("words")["much_as_many"]
    return ({fold(str(k)): fold(str(v)) for k, v in data["words"].items()},
            {fold(str(k)): fold(str(v)) for k, v in data["before"].items()},
            frozenset(fold(str(n)) for n in data["nouns"]))


@cache
def _then_as_than() -> frozenset[str]:
    """The comparatives after which "then" is read as "than" (bot/data/words.yaml)."""
    return frozenset(fold(str(w)) for w in data_file("words")["then_as_than"])


# A letter then a digit inside one word: where a spoken form with a digit ("b4") can stand.
_SHORTHAND_DIGIT = re.compile(r"[^\W\d_]\d")


def _digit_forms(text: str) -> str:
    """The spoken forms holding a digit ("b4" is "before") read as their words."""
    forms = _spoken_forms()[0]
    return " ".join(forms.get(w, w) if any(c.isdigit() for c in w) else w
                    for w in text.split())


@cache
def _spoken_forms() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Words written as spoken and their full forms ("nem" is "einem", "geht's" "geht es";
    bot/data/words.yaml): those with an apostrophe are read before it is dropped."""
    forms = {fold(str(k)): fold(str(v)) for k, v in data_file("words")["spoken_forms"].items()}
    plain = [re.escape(k) for k in forms if "'" not in k]
    contracted = [re.escape(k).replace("'", "['’]") for k in forms if "'" in k]
    return (forms, re.compile(r"\b(?:" + "|".join(plain) + r")\b"),
            re.compile(r"\b(?:" + "|".join(contracted) + r")\b"))


def tokens(text: str) -> list[str]:
    """Split text into normalised tokens."""
    return normalize(text).split()
