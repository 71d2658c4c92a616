"""Ordinary words and random strings never answer as a project or a filter (issue #16)."""

from __future__ import annotations

import random
import string

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from bot.text import normalize
from bot.understanding import entity_index

# Everyday words of both languages, chosen without looking at the knowledge base; those that
# are a name or alias there (a topic such as "bone") are taken out below.
ORDINARY = ["none", "some", "any", "all", "most", "many", "much", "more", "less", "few", "little", "big", "small", "long", "short", "old", "new", "young", "good", "bad", "best", "worst", "high", "low", "near", "far", "here", "there", "where", "when", "why", "how", "what", "which", "who", "whom", "whose", "this", "that", "these", "those", "then", "than", "thus", "also", "only", "just", "even", "still", "yet", "again", "once", "twice", "often", "never", "ever", "maybe", "perhaps", "sure", "okay", "fine", "nice", "great", "cool", "hot", "cold", "warm", "wet", "dry", "open", "close", "shut", "free", "busy", "easy", "hard", "soft", "loud", "quiet", "fast", "slow", "early", "late", "soon", "today", "tomorrow", "yesterday", "week", "month", "year", "day", "night", "morning", "evening", "noon", "time", "hour", "minute", "second", "moment", "table", "chair", "door", "window", "house", "home", "room", "floor", "wall", "roof", "garden", "street", "road", "car", "bus", "train", "plane", "ship", "boat", "bike", "city", "town", "village", "country", "world", "water", "fire", "earth", "air", "tree", "flower", "grass", "stone", "rock", "sand", "sea", "lake", "river", "mountain", "hill", "forest", "field", "farm", "animal", "dog", "cat", "bird", "fish", "horse", "cow", "pig", "sheep", "mouse", "book", "paper", "pen", "pencil", "letter", "word", "name", "page", "story", "song", "music", "film", "movie", "game", "sport", "ball", "team", "player", "coach", "friend", "family", "mother", "father", "sister", "brother", "child", "baby", "man", "woman", "boy", "girl", "people", "person", "king", "queen", "doctor", "teacher", "student", "worker", "chef", "pilot", "nurse", "lawyer", "money", "price", "cost", "bank", "shop", "market", "food", "bread", "milk", "cheese", "meat", "fruit", "apple", "banana", "orange", "lemon", "sugar", "salt", "coffee", "tea", "beer", "wine", "red", "blue", "green", "yellow", "black", "white", "brown", "grey", "pink", "purple", "gold", "silver", "iron", "glass", "plastic", "wood", "sh", "eu", "uk", "us", "ok", "hm", "hmm", "uh", "um", "ah", "oh", "yes", "no", "nah", "yep", "nope", "lol", "omg", "btw", "fyi", "asap", "tbd", "idk", "imo", "haus", "baum", "hund", "katze", "auto", "stadt", "dorf", "land", "wasser", "feuer", "erde", "luft", "blume", "gras", "stein", "sand", "meer", "see", "fluss", "berg", "wald", "feld", "tisch", "stuhl", "tür", "fenster", "zimmer", "boden", "wand", "dach", "garten", "straße", "weg", "buch", "papier", "stift", "brief", "wort", "name", "seite", "lied", "musik", "spiel", "sport", "mannschaft", "spieler", "freund", "mutter", "vater", "schwester", "bruder", "kind", "mann", "frau", "junge", "mädchen", "leute", "mensch", "könig", "arzt", "lehrer", "geld", "preis", "laden", "markt", "essen", "brot", "milch", "käse", "fleisch", "obst", "apfel", "zucker", "salz", "kaffee", "tee", "bier", "rot", "blau", "grün", "gelb", "schwarz", "weiß", "braun", "grau", "gold", "silber", "eisen", "glas", "holz", "heute", "morgen", "gestern", "woche", "monat", "jahr", "tag", "nacht", "abend", "stunde", "minute", "sekunde", "immer", "nie", "oft", "manchmal", "vielleicht"]


def _names(kb: KnowledgeBase) -> set[str]:
    index = entity_index(kb)
    return {w for key in index.exact for w in key.split()}


def _random_strings(count: int, seed: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 8)))
            for _ in range(count)]


@pytest.mark.parametrize("kind", ["ordinary", "random"])
def test_ordinary_words_and_random_strings_answer_nothing(kb: KnowledgeBase, kind: str) -> None:
    names = _names(kb)
    words = ORDINARY if kind == "ordinary" else _random_strings(3000)
    words = [w for w in words if normalize(w) not in names]
    confident = []
    for word in words:
        reply = answer(word, State(), kb)
        if reply.projects or (reply.answered and reply.intent not in (
                "greeting", "thanks", "help")):
            confident.append((word, reply.intent, reply.projects))
    assert confident == []
