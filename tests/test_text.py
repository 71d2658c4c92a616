"""Tests for bot.text: the one normalisation that both the knowledge base and the user's words use.

Two spellings "meet" when they normalise to the same string; that is all matching relies on.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import text as text_module
from bot.text import fold, normalize, tokens
from tests.conftest import hostile_strings, python_calls

EXTRA_HOSTILE = [
    "\n\t\r ",
    "🦴🧬💉",
    "👍🏽",
    "🇩🇪🇩🇰",
    "🏳️\u200d🌈",
    "1\ufe0f\u20e3",
    "ẞ",
    "שָׁלוֹם",
    "p." * 5_000,
    "1," * 5_000,
]
"""A few more for normalisation, on top of the project's shared list in hostile_strings.txt."""

HOSTILE = hostile_strings() + EXTRA_HOSTILE


@pytest.mark.parametrize(
    "spellings",
    [
        ("Lübeck", "Luebeck", "Lubeck", "LÜBECK", "LUEBECK", "Lu\u0308beck"),
        ("Dänemark", "Daenemark", "Danemark"),
        ("Öl", "Oel", "Ol"),
        ("Straße", "Strasse", "STRASSE", "Stra\u1e9ee"),
        ("Europäischer Sozialfonds", "Europaeischer Sozialfonds", "europaischer sozialfonds"),
        ("Ørsted", "Oersted", "Orsted"),
    ],
    ids=["ü", "ä", "ö", "ß", "phrase", "ø"],
)
def test_umlaut_spellings_meet(spellings: tuple[str, ...]) -> None:
    # Given several ways to type the same word
    # When we normalise each
    results = {normalize(s) for s in spellings}
    # Then they all meet
    assert len(results) == 1, results


def test_fold_makes_u_umlaut_ue_and_u_equal() -> None:
    # Given the three spellings of ü
    # When we fold them
    # Then they are equal, and lower-case
    assert fold("Ü") == fold("Ue") == fold("u") == "u"
    assert fold("ß") == "ss"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P.I.L.O.T.", "pilot"),
        ("p.i.l.o.t", "pilot"),
        ("PILOT", "pilot"),
        ("P.I.L.O.T. Next Level", "pilot next level"),
        ("What was P.I.L.O.T.?", "what was pilot"),
        ("B.F.C.C.", "bfcc"),
        ("KI#CK", "kick"),
        ("ki#ck", "kick"),
        ("KI # CK", "ki ck"),
        ("MAGIA2Market", "magia 2 market"),
        ("MAGIA 2 Market", "magia 2 market"),
        ("magia-2-market", "magia 2 market"),
        ("BRIDGE53", "bridge 53"),
        ("BRIDGE 53", "bridge 53"),
        ("Hygiene, Infection & Health", "hygiene infection and health"),
        ("St. Peter", "st peter"),
    ],
)
def test_project_names_normalise_to_what_people_type(text: str, expected: str) -> None:
    # Given a project name as written on the page or typed by a user
    # When we normalise it
    # Then it becomes plain lower-case word tokens
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interreg Deutschland-Danmark", "interreg deutschland danmark"),
        ("REACT-EU", "react eu"),
        ("EU-REACT", "eu react"),
        ("COVID-19", "covid 19"),
        ("Schleswig-Holstein", "schleswig holstein"),
        ("Life-Science-Branche", "life science branche"),
        ("bone–healing", "bone healing"),
        ("bone — healing", "bone healing"),
        ("snake_case_word", "snake case word"),
    ],
)
def test_hyphens_dashes_and_underscores_split_words(text: str, expected: str) -> None:
    # Given words joined by hyphens, dashes or underscores
    # When we normalise them
    # Then they become separate tokens
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🦴 BONEBANK 🦴", "bonebank"),
        ("ELISE🇪🇺", "elise"),
        ("👍🏽 thanks!", "thanks"),
        ("🏳️\u200d🌈", ""),
        ("What??!!", "what"),
        ("ELISE...", "elise"),
        ("HIHeal!!!???", "hiheal"),
        ("--- bfcc ---", "bfcc"),
        ("„KI#CK“ – wann?", "kick wann"),
        ("(MAGIA), [BFCC]; {ELISE}", "magia bfcc elise"),
    ],
)
def test_emoji_and_repeated_punctuation_vanish(text: str, expected: str) -> None:
    # Given text with emoji or runs of punctuation
    # When we normalise it
    # Then only the words are left
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("193,000 EUR", "193000 eur"), ("approx. 249.000 Euro", "approx 249000 euro"),
     ("€1,217,494.00", "1217494 00")],
)
def test_thousands_separators_do_not_split_numbers(text: str, expected: str) -> None:
    # Given amounts with thousands separators in English or German style
    # When we normalise them
    # Then each number stays one token
    assert normalize(text) == expected


@pytest.mark.parametrize(("plain", "accented"), [("Quebec", "Québec"), ("Rue", "Rué")])
def test_accents_fold_like_the_bare_letters(plain: str, accented: str) -> None:
    # Given a word with and without an accent after a, o or u
    # When we normalise both
    # Then they meet, as the umlaut spellings do
    assert normalize(accented) == normalize(plain)


@pytest.mark.parametrize(("text", "expected"), [
    ("gehört das zu nem größeren Projekt?", "gehort das zu einem grosseren projekt"),
    ("Gab's dazu nen Leitfaden?", "gab es dazu einen leitfaden"),
    ("mit ner Klinik, gibt's da 'n Video?", "mit einer klinik gibt es da ein video"),
    ("Wir nennen es nebenbei", "wir nennen es nebenbei"),
    ("Worum geht’s bei HIHeal's Nachfolger?", "worum geht es bei hiheal nachfolger"),
    ("was fürn Projekte gabs", "was fur ein projekte gab es"),
    ("haste was zu Stammzellen, was'n BFCC?", "hast du was zu stammzellen was denn bfcc"),
    ("was isn BFCC, weißte das?", "was ist ein bfcc weisst du das"),
    ("was is ne competence atlas", "was is eine competence atlas"),
    ("Furnier", "furnier"),
])
def test_german_short_articles_read_as_their_full_form(text: str, expected: str) -> None:
    # Given the spoken short articles nem, nen, ner and 'n (and words that only contain them)
    # When we normalise the text
    # Then each short article is the full one; other words stay as they are
    assert normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("did bfcc start b4 hiheal?", "did bfcc start before hiheal"),
    ("did ELISE end b4 2022", "did elise end before 2022"),
    ("tell me abt medibridge", "tell me about medibridge"),
    ("woher hast du die infos eig", "woher hast du die infos eigentlich"),
    ("innoreact wan und wofür", "innoreact wann und wofur"),
    ("welches projekt hatte am meisten kohle", "welches projekt hatte am meisten geld"),
    # a question word's "'s" typed without the apostrophe reads as with it ("when's")
    ("whens magia2market", "when magia 2 market"),
    ("wheres bonebank?", "where bonebank"),
    # a name with digits stays split as before: no spoken form inside it
    ("MAGIA2Market b4 P.I.L.O.T.", "magia 2 market before pilot"),
])
def test_texting_shorthand_reads_as_its_word(text: str, expected: str) -> None:
    # Given shorthand typed on a phone ("b4", "abt", "eig", "wan")
    # When we normalise the text
    # Then each is the word it stands for (words.yaml spoken_forms)
    assert normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("und wieviel partner", "und wieviele partner"),
    ("wie vile projekte gibt es", "wie viele projekte gibt es"),
    ("Wie viel Länder waren bei ELISE?", "wie viele lander waren bei elise"),
    ("how much partners did BFCC have", "how many partners did bfcc have"),
    # money and a comparative stay "how much": only a counted noun after it asks how many
    ("wie viel Geld bekam ELISE", "wie viel geld bekam elise"),
    ("how much funding", "how much funding"),
    ("wieviel länger lief es", "wieviel langer lief es"),
    ("so viel partner", "so viel partner"),
])
def test_how_much_before_a_counted_noun_reads_as_how_many(text: str, expected: str) -> None:
    # Given "wie viel", "wieviel", the typo "vile", or "how much" before a thing counted
    # When we normalise the text
    # Then it asks how many (was read as money: "keinen Betrag für BFCC")
    assert normalize(text) == expected


def test_tokens_split_the_normalised_text() -> None:
    # Given a question mixing names and punctuation
    # When we split it into tokens
    # Then the names are whole tokens
    expected = ["wer", "forderte", "kick", "and", "pilot"]
    assert tokens("Wer förderte KI#CK & P.I.L.O.T.?") == expected


_CLEAN = re.compile(r"(?:[^\W_]+(?: [^\W_]+)*)?")


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings_normalise_to_clean_tokens(text: str) -> None:
    # Given a hostile string
    # When we normalise it
    result = normalize(text)
    # Then we get lower-case word tokens separated by single spaces, and nothing else
    assert _CLEAN.fullmatch(result), result[:80]
    assert result == result.lower()
    assert not set("<>&*_`#[]()'\";") & set(result)


def test_long_input_keeps_its_words() -> None:
    # Given 10,000 characters of umlauts
    # When we normalise them
    # Then the word survives, folded
    assert normalize("ä" * 10_000) == "a" * 10_000
    assert normalize("ab " * 3_000) == " ".join(["ab"] * 3_000)


@given(st.text())
def test_any_text_normalises_without_error(text: str) -> None:
    # Given any Unicode text
    # When we normalise it
    result = normalize(text)
    # Then the result is clean tokens, and tokens() agrees with it
    assert _CLEAN.fullmatch(result)
    assert tokens(text) == result.split()


def test_a_long_text_is_folded_without_a_python_step_per_letter() -> None:
    # Given a long message, mostly plain letters, with a few accents, umlauts and dashes
    text = "The Baltic Fracture Competence Centre – Lübeck, Québec, Malmö. " * 20
    # When it is folded
    folded, calls = python_calls(lambda: fold(text))
    # Then the accents are gone and umlauts spelt out as before, and only the letters beyond
    # ASCII cost Python steps, not every letter (a long new message paid ~0.25 us a letter)
    assert folded == "the baltic fracture competence centre – lubeck, qubec, malmo. " * 20
    assert calls < len(text) / 4


@given(st.text(alphabet="aeouAEOUpilotP.I-x1 _\n", max_size=24))
def test_the_dropping_passes_drop_what_a_group_replacement_dropped(text: str) -> None:
    # Given any text of vowels, "e"s, lone letters and full stops
    # When its "e" after a, o or u and its full stops after a lone letter are dropped
    # Then the text is what replacing each pair by its first letter gave
    assert text_module._VOWEL_E.sub("", text) == re.sub(r"([aou])e", r"\1", text)
    old = re.compile(r"\b(\w)\.(?=\w\b|\w\.|\s|$)")
    assert text_module._ABBREVIATION_DOT.sub("", text_module._ABBREVIATION_DOT.sub("", text)) \
        == old.sub(r"\1", old.sub(r"\1", text))


def test_a_new_text_is_folded_and_its_dots_dropped_without_python_code() -> None:
    # Given a new text with "ue", "oe" and a name written with dots
    text = "Wer foerderte P.I.L.O.T. und wer die Nachfolge?"
    # When it is folded, and normalised
    folded, fold_calls = python_calls(lambda: fold(text))
    normal = text_module._normalized(text)
    _, calls = python_calls(lambda: text_module._ABBREVIATION_DOT.sub("", folded))
    # Then both run in C, no Python call but the step's own: a replacement by a group ("\1")
    # ran Python code (re._subx, then per match; 13 and 21 calls here), a few µs of every new
    # message
    assert folded == "wer forderte p.i.l.o.t. und wer die nachfolge?" and fold_calls <= 2
    assert normal == "wer forderte pilot und wer die nachfolge" and calls <= 1


class _CountedPattern:
    """A compiled pattern that notes each pass made with it."""

    def __init__(self, pattern: re.Pattern[str], name: str, passes: list[str]) -> None:
        self.pattern, self.name, self.passes = pattern, name, passes

    def sub(self, *args: object) -> str:
        self.passes.append(self.name)
        return self.pattern.sub(*args)  # type: ignore[call-overload, no-any-return]


def test_a_pass_runs_only_where_the_character_it_looks_for_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the passes for abbreviation dots, apostrophes and letters glued to a digit, counted
    passes: list[str] = []
    for name in ("_ABBREVIATION_DOT", "_POSSESSIVE", "_PRONOUN_CONTRACTION", "_LETTER_DIGIT"):
        monkeypatch.setattr(text_module, name,
                            _CountedPattern(getattr(text_module, name), name, passes))
    # When a message with none of those characters is normalised for the first time
    plain = text_module._normalize("Wer hat BONEBANK gefördert")
    # Then none of those passes ran (each cost a few µs of every new message)
    assert (plain, passes) == ("wer hat bonebank gefordert", [])
    # And a message with all of them is read as before
    assert text_module._normalize("We're at P.I.L.O.T. and BONEBANK's BRIDGE53 site") == \
        "we re at pilot and bonebank bridge 53 site"
    assert sorted(set(passes)) == ["_ABBREVIATION_DOT", "_LETTER_DIGIT", "_POSSESSIVE",
                                   "_PRONOUN_CONTRACTION"]


class _CountedTable(dict):  # type: ignore[type-arg]
    """A translation table that notes each letter looked up in it."""

    def __init__(self, table: dict[int, str], passes: list[str]) -> None:
        super().__init__(table)
        self.passes = passes

    def __getitem__(self, key: int) -> str:
        self.passes.append("_UMLAUTS")
        return super().__getitem__(key)  # type: ignore[no-any-return]


def test_an_ascii_message_without_digits_or_spoken_forms_takes_no_pass_for_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the umlaut table, the thousands pass and the spoken forms' pass, counted
    passes: list[str] = []
    monkeypatch.setattr(text_module, "_UMLAUTS", _CountedTable(text_module._UMLAUTS, passes))
    monkeypatch.setattr(text_module, "_THOUSANDS",
                        _CountedPattern(text_module._THOUSANDS, "_THOUSANDS", passes))
    forms, spoken, contracted = text_module._spoken_forms()
    monkeypatch.setattr(text_module, "_spoken_forms", lambda: (
        forms, _CountedPattern(spoken, "spoken", passes), contracted))
    # When a message of ASCII letters with no digit and no spoken form is normalised
    plain = text_module._normalize("Who funded BONEBANK and when did it end")
    # Then none of those passes ran (each cost about a µs of every new message)
    assert (plain, passes) == ("who funded bonebank and when did it end", [])
    # And a message with an umlaut, a thousands mark and spoken forms is read as before
    assert text_module._normalize("Gab's nen Nachfolger in Lübeck für 1.000 Euro?") == \
        "gab es einen nachfolger in lubeck fur 1000 euro"
    assert {"_UMLAUTS", "_THOUSANDS", "spoken"} <= set(passes)


@given(st.text(alphabet="aeoucdnmsz AEÄäü.'’&-_1ß\t", max_size=30))
def test_the_shortcut_for_text_already_normal_gives_what_every_pass_gives(text: str) -> None:
    assert text_module._normalize(text) == text_module._normalized(text)


def test_a_phrase_already_normal_is_normalised_with_two_looks_at_it() -> None:
    from bot.datafiles import DATA, data_file
    from tests.conftest import builtin_calls
    # Given every phrase of bot/data's lists (normalised at every start, most already normal)
    phrases: list[str] = []

    def gather(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                gather(v)
        elif isinstance(value, list):
            for v in value:
                gather(v)
        elif isinstance(value, str):
            phrases.append(value)

    for path in DATA.glob("*.yaml"):
        gather(data_file(path.stem))
    # When one is normalised, and each
    normal, calls = builtin_calls(lambda: text_module._normalize("when did the project start"))
    # Then an already normal one is itself, found with a pattern, a test for "ae"/"oe"/"ue" and
    # one look at the words read again (spoken forms, "wieviel"; four built-in calls: was
    # thirteen, then five), and each is what every pass gives
    assert (normal, calls) == ("when did the project start", 4)
    assert [p for p in phrases if text_module._normalize(p) != text_module._normalized(p)] == []


def test_a_short_text_is_looked_up_without_measuring_it_and_one_sentence_is_not_cut() -> None:
    from bot import query
    from tests.conftest import builtin_calls
    # Given a short text seen before, and a message of one sentence
    normalize("When did BFCC start?")
    query._sentences("When did BFCC start?")
    # When it is normalised, and the message cut into sentences
    normal, calls = builtin_calls(lambda: normalize("When did BFCC start?"))
    sentences, sentence_calls = python_calls(lambda: query._sentences("When did BFCC start?"))
    # Then it is found in the cache with no built-in call (its length was one), and the one
    # sentence is the message (four Python calls before: now three)
    assert (normal, calls) == ("when did bfcc start", 0)
    assert (sentences, sentence_calls) == (["When did BFCC start?"], 3)
    # And a long text is normalised as before, and two sentences are two
    assert normalize("x " * 100 + "Lübeck") == "x " * 100 + "lubeck"
    assert query._sentences("Hi. When did BFCC start? And ELISE?") == [
        "Hi.", "When did BFCC start?", "And ELISE?"]
