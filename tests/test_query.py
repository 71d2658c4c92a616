"""The query stage (bot/query.py) and quantities (bot/measures.py): clauses, hops, yes/no."""

from __future__ import annotations

import re

import pytest

from bot.knowledge import KnowledgeBase
from bot.measures import Measure, measures
from bot.query import (
    _SENTENCE,
    _SENTENCES,
    NOT_ABBREVIATED,
    SENTENCE_END,
    after_end,
    claim_of,
    in_language,
    phrases,
    read,
)
from bot.text import normalize
from bot.understanding import reading, understand
from tests.conftest import ask, hostile_strings


@pytest.mark.parametrize("text,pieces", [
    ("What was P.I.L.O.T. about, how long did it run and who paid for it?", 3),
    ("when did BFCC begin and end?", 2),
    ("Wann begann und endete NORTHOPEDICS, und wer hat es gefördert?", 3),
    ("which projects did interreg fund and which of them started first?", 2),
    # "also", "auch" right after "which of those" are inside the question, no break
    ("which projects targeted the US, and which of those also had japan?", 2),
    ("which projects ran in 2016 and which of them also ran in 2020?", 2),
    ("what followed pilot and since when is it running", 2),
    # one question, though it has "and" or a comma
    ("Which projects did the ERDF and Hamburg fund?", 1),
    ("Welchen Betrag steuerten EU und Land Schleswig-Holstein zu KI#CK bei?", 1),
    ("Of the projects that started in 2016, which one started first?", 1),
    ("Could you give me a short summary of the BONEBANK project? I'm preparing a meeting", 1),
    # a preposition before the question word, "+" and "&" between asks
    ("who coordinated ELISE and in which countries were its partners?", 2),
    ("Wann endete HIHeal und von wem wurde es bezahlt?", 2),
    ("MAGIA start + target countries + lead?", 3),
    ("NORTHOPEDICS: Ziel & Förderer?", 2),
])
def test_a_message_is_cut_only_where_a_second_question_begins(
    kb: KnowledgeBase, text: str, pieces: int
) -> None:
    # When a message is read
    clauses = [c for c in read(text, kb) if not c.preamble]  # "NORTHOPEDICS:" only names
    # Then it has one clause per question asked
    assert len(clauses) == pieces, [c.text for c in clauses]


@pytest.mark.parametrize("text,yes_no", [
    ("Did the ESF fund ELISE?", True),
    ("Hat LSN P.I.L.O.T. geleitet?", True),
    ("ELISE ended in 2021, right?", True),
    ("magia was funded by the ESF, no?", True),  # a bare "yes?"/"no?" asks back (quoted in
    ("bridge 53 was part of hiheal yes?", True),  # the data: YAML reads yes/no as booleans)
    ("KI#CK lief zwei Jahre, ja?", True),
    ("ELISE: was it funded by Interreg?", True),  # a header before the question's form
    ("hiheal vs innoreact: beide von Hamburg gefördert?", True),
    ("magia: was it aimed at big pharma or at smaller companies?", False),  # a choice
    ("Was war das Ziel von HIHeal?", False),  # German "was" is "what"
    ("Can you tell me who funded ELISE?", False),  # a question word asks
    ("Could you give me a summary of BONEBANK?", False),  # a polite request
])
def test_yes_no_questions_are_told_from_others(kb: KnowledgeBase, text: str, yes_no: bool) -> None:
    assert [c for c in read(text, kb) if not c.preamble][0].yes_no is yes_no


@pytest.mark.parametrize("text,hop", [
    ("How long did the project that BRIDGE 53 belonged to run?", "part_of"),
    ("who funded the project BRIDGE 53 was part of?", "part_of"),
    ("when did the project that followed magia end", "follow_up"),
    # a question about the link itself is no hop
    ("what project was bridge 53 part of", None),
    ("What was the predecessor of MAGIA2Market?", None),
])
def test_a_hop_is_taken_only_with_another_question(
    kb: KnowledgeBase, text: str, hop: str | None
) -> None:
    assert read(text, kb)[0].hop == hop


@pytest.mark.parametrize("text,expected", [
    ("Lief ELISE fünf Jahre?", Measure("months", 60, "about")),
    ("war KI#CK ein zweijähriges projekt?", Measure("months", 24, "about")),
    # a unit in its linking form heading a noun: one word of number, unit and noun
    ("war KI#CK ein dreijahresprojekt", Measure("months", 36, "about")),
    ("war BFCC ein Sechsmonatsprojekt?", Measure("months", 6, "about")),
    ("projects that ran longer than four years", Measure("months", 48, "more")),
    ("welche projekte gingen mindestens 5 jahre", Measure("months", 60, "at_least")),
    ("did BFCC have a budget over 1 million?", Measure("euros", 1_000_000, "more")),
    ("did bfcc have 13 partners", Measure("partners", 13, "about")),
    ("Das war also nur gut ein Jahr?", Measure("months", 12, "just_over")),
    ("so a little over a year?", Measure("months", 12, "just_over")),
    ("also knapp zwei Jahre?", Measure("months", 24, "just_under")),
    ("just under two years?", Measure("months", 24, "just_under")),
])
def test_quantities_are_read_with_unit_and_comparison(text: str, expected: Measure) -> None:
    assert measures(text) == (expected,)


def test_years_and_bare_numbers_are_no_quantities() -> None:
    assert measures("which projects ran in 2018?") == ()
    assert measures("the second one") == ()


@pytest.mark.parametrize("text", ["ging m2m bis feb 2023?", "did M2M end in 2023?",
                                  "was MAGIA2Market funded by COSME?"])
def test_digits_inside_a_name_are_no_quantity(text: str) -> None:
    # Given a name whose digits follow its letters (MAGIA2Market's alias M2M)
    # Then "2m" in it is no two million euros
    assert measures(text) == ()


@pytest.mark.parametrize("text,start,year", [
    ("ging m2m bis feb 2023?", "Ja.", "2023"),
    ("did m2m end in 2023?", "Yes.", "2023"),
    ("lief m2m bis 2022?", "Nein.", "2023"),
])
def test_an_end_claimed_of_a_name_with_digits_is_checked_as_an_end(
        kb: KnowledgeBase, text: str, start: str, year: str) -> None:
    # Given a new chat / When the end of MAGIA2Market is claimed by its alias M2M
    reply = ask(kb, text)[0]
    # Then it is the end checked (the page: "Running from September 2020 to February 2023"),
    # not an amount the page doesn't give
    assert reply.intent == "end" and reply.answered, reply.text
    assert reply.text.startswith(start) and year in reply.text, reply.text


@pytest.mark.parametrize("measure,low,high,holds", [
    (Measure("months", 48, "more"), 60, 60, True),
    (Measure("months", 48, "more"), 48, 48, False),
    (Measure("months", 60, "at_least"), 60, 60, True),
    (Measure("months", 24, "less"), 2, 24, None),  # year-only dates: can't tell
    (Measure("months", 36, "about"), 36, 36, True),
    (Measure("months", 36, "about"), 24, 24, False),
    # "a little over a year": past it by up to a quarter (at least three months)
    (Measure("months", 12, "just_over"), 14, 14, True),
    (Measure("months", 12, "just_over"), 12, 12, False),
    (Measure("months", 12, "just_over"), 20, 20, False),
    (Measure("months", 24, "just_under"), 14, 14, False),
    (Measure("months", 84, "just_under"), 81, 81, True),
])
def test_a_measure_holds_only_where_the_whole_range_agrees(
    measure: Measure, low: float, high: float, holds: bool | None
) -> None:
    assert measure.holds(low, high) is holds


@pytest.mark.parametrize(("text", "unit", "value", "compare"), [
    ("Did KI#CK get under half a million?", "euros", 500_000, "less"),
    ("Hat ELISE mehr als eine halbe Million Euro bekommen?", "euros", 500_000, "more"),
    ("did BFCC run more than half a year?", "months", 6, "more"),
    ("Lief es länger als ein halbes Jahr?", "months", 6, "more"),
])
def test_a_fraction_before_an_article_counts_and_the_comparison_before_it_holds(
        text: str, unit: str, value: float, compare: str) -> None:
    # When a figure is "half a million" or "ein halbes Jahr", after "under" or "mehr als"
    (found,) = measures(text)
    # Then it is half of it, compared as said ("half a million" was read as one million)
    assert (found.unit, found.value, found.compare) == (unit, value, compare)


def test_a_claim_under_half_a_million_is_checked_against_the_sum(kb: KnowledgeBase) -> None:
    # Given KI#CK's about 193,000 and about 249,000 euros
    (reply,) = ask(kb, "Did KI#CK receive less than half a million euros in total?")
    # Then: yes, with both amounts
    assert reply.text.startswith("Yes.") and "193,000" in reply.text


def test_no_word_list_in_the_data_holds_a_yaml_boolean() -> None:
    # Given the data files' word lists: YAML reads an unquoted yes, no, on, off as booleans
    from pathlib import Path

    import yaml

    def booleans(x: object) -> int:
        if isinstance(x, bool):
            return 1
        if isinstance(x, dict):
            return sum(booleans(v) for v in x.values())
        return sum(booleans(v) for v in x) if isinstance(x, list) else 0
    # Then every word is a string: "on" is a preposition, "yes?" a tail that asks back
    for path in (Path(__file__).parents[1] / "bot" / "data").glob("*.yaml"):
        assert booleans(yaml.safe_load(path.read_text(encoding="utf-8"))) == 0, path


def test_every_phrase_looked_up_in_a_message_fits_the_lookup() -> None:
    # given the phrase sets of query.yaml that are looked up among a message's runs of words
    # (has_phrase: runs of one to four words; belief openers are matched at the start alone)
    import dataclasses

    from bot.query import KEYED, NESTED, phrases
    p = phrases()
    sets = {f.name: getattr(p, f.name) for f in dataclasses.fields(p)
            if isinstance(getattr(p, f.name), frozenset) and f.name != "belief_openers"}
    # and the named lists of its sections of kinds, by language or by part ("claims",
    # "hops", "current" …: each looked up among the same runs, as claim_of and _hop_kinds do)
    # (inside_which's openings are matched at the start alone, up to six words)
    sets |= {f"{name}/{k}": v for name in (*KEYED, *NESTED) for k, v in getattr(p, name).items()
             if f"{name}/{k}" != "inside_which/opening"}
    # and the lists of its sections of several parts ("pick_frames", "only_project" …)
    sets |= {f"{f.name}/{i}": v for f in dataclasses.fields(p)
             if isinstance(getattr(p, f.name), tuple)
             for i, v in enumerate(getattr(p, f.name)) if isinstance(v, frozenset)}
    # then none holds a phrase longer than four words, which could never be found
    long = {name: sorted(x for x in v if isinstance(x, str) and len(x.split()) > 4)
            for name, v in sets.items()}
    assert not {k: v for k, v in long.items() if v}
    # and a link noun has at most three (they are looked up in runs of three, two and one)
    assert not {k: v for k, v in sets.items()
                if k.startswith("link_nouns/") and any(len(x.split()) > 3 for x in v)}


@pytest.mark.parametrize("text", [
    "where does the page say bonebank was led by the UKSH?",
    "show me where it says MAGIA ended in 2019",
    "Wo auf der Seite steht, dass ELISE von Interreg gefördert wurde?",
])
def test_a_cite_request_naming_a_fact_shows_the_pages_words(kb: KnowledgeBase,
                                                            text: str) -> None:
    reply = ask(kb, text)[0]
    assert reply.intent == "sources" and reply.answered, reply.text
    assert "“" in reply.text  # the page's own words, quoted


def test_a_sentence_end_is_looked_for_at_its_mark_first() -> None:
    # Given the patterns that cut a message into sentences and pieces, and as they read without
    # looking for the mark first (the words behind it checked at every letter)
    plain_end = r"(?<=\w{2})" + NOT_ABBREVIATED + r"[.!]\s+(?=[A-ZÄÖÜa-zäöüß])"
    plain = {_SENTENCE: re.compile(plain_end),
             _SENTENCES: re.compile(plain_end + r"|(?<=\S)\?+\s+(?=\S)"),
             phrases().break_pattern: re.compile(phrases().break_pattern.pattern.replace(
                 r"(?=\.)(?<=[a-zäöüß]{2})", r"(?<=[a-zäöüß]{2})"), re.IGNORECASE)}
    texts = [*hostile_strings(), "Hallo. Ich bin neu hier! Wann lief ELISE? Und bzw. ca. wann?",
             "What was P.I.L.O.T. about? Who led it. And so on", "Der Vorstand. Können Sie …"]
    # When a text is cut
    # Then each pattern opens with its mark, and cuts where the plain one cuts
    assert SENTENCE_END.startswith("(?=[.!])") and _SENTENCES.pattern.startswith("(?=[.!?])")
    assert r"(?=\.)(?<=[a-zäöüß]{2})" in phrases().break_pattern.pattern
    for fast, slow in plain.items():
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == \
                [m.span() for m in slow.finditer(text)], text


@pytest.mark.parametrize("text,kind", [
    ("did they end in the same year?", "same_year"),
    ("War das dasselbe Programm wie bei ELISE?", "same_funder"),
    ("the same target countries as MAGIA?", "same_places"),
    ("läuft es noch?", "running"),
    ("Gibt es noch ein Anschlussprojekt?", None),  # "noch ein": one more, no status
    ("hat es noch ein Folgeprojekt und läuft es noch?", "running"),
    ("When did BFCC start?", None),
])
def test_a_claims_kind_is_read_from_its_phrases_looked_up_once(text: str, kind: str | None
                                                               ) -> None:
    # Given a message's words, with or without a "noch ein" that counts rather than asks a
    # status; when the kind of claim is read (the phrases looked up once for all kinds, the
    # words without the counting ones only where there are any)
    # Then it is the first kind whose phrases the words have
    assert claim_of(normalize(text).split()) == kind


def test_a_piece_in_the_messages_language_is_not_copied(kb: KnowledgeBase) -> None:
    # Given a piece of a message read on its own
    piece = understand("what did they actually do?", kb, "en")
    # When it is taken as a piece of a message in its own language, or in another one
    same, other = in_language(piece, "en"), in_language(piece, "de")
    # Then the reading is kept as it is (copying every field cost more than many a stage); in
    # another language it is a copy in that language, the rest the same
    assert same is piece
    assert other.language == "de" and other.intent == piece.intent and \
        other.scores == piece.scores


@pytest.mark.parametrize("text,kind", [
    ("is there any project on bones?", "any"),
    ("was there another project like that?", "other"),
    ("Gibt es ein vergleichbares Vorhaben zur Frakturversorgung?", "other"),
    ("When did BFCC start?", None),
])
def test_whether_any_project_is_asked_is_read_at_the_words_that_open_it(
    kb: KnowledgeBase, text: str, kind: str | None
) -> None:
    # Given a question whether some project exists, or one that asks no such thing
    # When it is read (an opening looked for only at the words openings begin with)
    # Then "any" or "other" project is asked where an opening stands, nothing elsewhere
    assert [c.any_project for c in read(text, kb)] == [kind]
    assert after_end(normalize("what came after BONEBANK ended?").split())
    assert not after_end(normalize(text).split())


def test_the_links_a_message_names_are_looked_up_in_its_phrases_once() -> None:
    from bot.query import _hop_kinds, _inverse_link
    from tests.conftest import python_calls
    # Given a message naming a link, and one naming none (most messages)
    linked = normalize("which bigger project was BRIDGE 53 part of and what followed it").split()
    plain = normalize("when did ELISE start").split()
    _hop_kinds(linked), _hop_kinds(plain)  # (the phrases of a message are kept once read)
    # When the links each names are looked for
    kinds, calls = python_calls(lambda: _hop_kinds(linked))
    none, plain_calls = python_calls(lambda: _hop_kinds(plain))
    # Then they are found as before, each kind one set lookup in the message's phrases (one
    # Python call per kind of link ran on every clause of every message)
    assert kinds == ["part_of", "follow_up"] and none == []
    assert calls <= 3 and plain_calls <= 3
    assert _inverse_link(plain) is None


def test_a_unit_ending_a_german_compound_is_looked_for_only_in_a_word_ending_in_one() -> None:
    from bot.measures import _compound_unit, _words
    # Given the units long enough to end a German compound, in the data's order
    words = _words()
    assert words.compound_ends == tuple(u for u in words.units if len(u) >= 5)
    # When a word after a number word ("ein Projekt", "which one ran") is read for its unit
    # Then a compound ending in a unit has it, and a word ending in none is told at once (all
    # the units were tried one by one after every "ein", "eine", "one": ~10 µs)
    assert _compound_unit("projektpartner") == words.units["partner"]
    assert _compound_unit("projekt") is None and _compound_unit("ran") is None
    assert _compound_unit("zweijahrige") is None  # holds its own number



def test_a_clause_without_a_verb_of_a_link_is_not_searched_for_its_subject_and_object(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import query
    # Given the searches for a link told by its verb, counted
    searched: list[str] = []
    for name in ("_verb_object", "_relative_link"):
        search = getattr(query, name)
        monkeypatch.setattr(query, name, lambda *args, s=search, n=name: (
            searched.append(n), s(*args))[1])
    # When a clause with no verb of following or continuing is read (most clauses)
    (plain,) = read("When did ELISE start?", kb)
    # Then neither search ran
    assert (plain.hop_kind, searched) == (None, [])
    # And a clause with one still asks for the link
    (linked,) = read("Welches Projekt führte P.I.L.O.T. fort?", kb)
    assert linked.hop_kind == "follow_up" and searched


@pytest.mark.parametrize("text", [
    "Which projects were running between 2017 and 2019?",
    "Welche Projekte liefen zwischen 2017 und 2019?",
    "welches projekt bekam am meisten geld, groesste foerderung?",
    "how long did it run, then?",
])
def test_a_short_piece_after_a_long_question_is_not_read_alone_for_a_noun_ask(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    from bot import query
    # Given a question of more than four words, then a break and a few words ("and 2019?",
    # ", then?"), with no colon and no request ("tell me", "nennen Sie") in the message;
    # each reading of a text counted (of the whole message's too, read in two steps)
    understood: list[str] = []
    monkeypatch.setattr(query, "understand", lambda piece, *args: (
        understood.append(piece), understand(piece, *args))[1])
    monkeypatch.setattr(query, "reading", lambda piece, *args: (
        understood.append(piece), reading(piece, *args))[1])
    # When the message is read
    clauses = read(text, kb)
    # Then it is one question, read once as a whole: the few words are no bare noun that asks
    # by itself (that needs a colon, a request, a list of nouns or a short piece before it),
    # so they and the question before them are not read on their own (two readings of a new
    # message's pieces, ~0.1-0.3 ms each, for nothing)
    assert [c.text for c in clauses] == [text]
    assert understood == [text]


@pytest.mark.parametrize(("text", "pieces"), [
    ("Weißt du, wann BFCC lief?", ["Weißt du", "wann BFCC lief?"]),
    ("P.I.L.O.T. - is it still running?", ["P.I.L.O.T.", "is it still running?"]),
    ("Bonebank: how many years?", ["Bonebank", "how many years?"]),
])
def test_a_message_cut_into_pieces_is_read_as_a_whole_only_for_its_language(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str,
        pieces: list[str]) -> None:
    from bot import understanding
    # Given a message that is cut into pieces, each asking or setting the subject; the texts
    # whose reading goes on past the language to the intents counted
    language = understand(text, kb).language
    scored: list[str] = []
    scores = understanding._intent_scores
    monkeypatch.setattr(understanding, "_intent_scores", lambda r, *args: (
        scored.append(r.raw), scores(r, *args))[1])
    # When the message is read
    clauses = read(text, kb)
    # Then each piece is read, in the whole message's language, but of the whole only its
    # language (the rest, about two thirds of a reading, said nothing the pieces don't)
    assert [c.text for c in clauses] == pieces
    assert {c.understanding.language for c in clauses} == {language}
    assert sorted(scored) == sorted(pieces)


@pytest.mark.parametrize(("text", "project"), [
    ("Tell me about the Hygiene, Infection & Health project", "hiheal"),
    ("When did Hygiene Infection and Health end?", "hiheal"),
    ("Erzähl mir etwas über das Projekt Kuenstliche Intelligenz: Chancen erkennen, "
     "Kompetenzen entwickeln", "kick"),
    ("when did ELISE end? 🤔", "elise"),
    ("Welche Projekte förderte der EFRE?!", None),
])
def test_no_piece_is_read_inside_a_name_or_of_marks_alone(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str,
        project: str | None) -> None:
    from bot import query
    # Given a project's name that a comma, "&", "and" or a colon runs through, or a question
    # followed by marks or an emoji alone; each reading of a text counted
    understood: list[str] = []
    monkeypatch.setattr(query, "understand", lambda piece, *args: (
        understood.append(piece), understand(piece, *args))[1])
    monkeypatch.setattr(query, "reading", lambda piece, *args: (
        understood.append(piece), reading(piece, *args))[1])
    # When the message is read
    clauses = read(text, kb)
    # Then it is one question about the project named, read once as a whole: no cut is tried
    # inside the name ("Hygiene" | "Infection" | "Health project" are no questions), and
    # what has no word is nothing to read (no guess, no thanks): ~0.1-0.3 ms a piece saved
    assert [(c.text, c.understanding.projects) for c in clauses] == [
        (text, (project,) if project else ())]
    assert understood == [text]


def test_a_messages_phrases_and_sentences_take_no_python_step_each() -> None:
    from bot.query import _grams, _sentences
    from tests.conftest import python_calls
    # Given a message of several sentences, and the runs of its words
    text = "Hi. I am writing a report on the projects! When did ELISE start? And who funded it?"
    words = tuple(normalize(text).split())
    _grams.cache_clear()
    # When its runs of one to four words and its sentences are read
    grams, gram_calls = python_calls(lambda: _grams(words))
    sentences, sentence_calls = python_calls(lambda: _sentences(text))
    # Then they are found as before, each in a few Python calls, not one step per run or
    # sentence (generators stepped ~25 times a message)
    assert "when did elise start" in grams and len(grams) == 4 * len(words) - 6
    assert sentences == ["Hi.", "I am writing a report on the projects!", "When did ELISE start?",
                         "And who funded it?"]
    assert gram_calls <= 3 and sentence_calls <= 4


def test_a_clause_claiming_nothing_is_not_checked_kind_by_kind(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import query
    # Given the search for "the same" with a noun (two of the ten kinds of claim), counted
    searched: list[str] = []
    same_at = query.same_at
    monkeypatch.setattr(query, "same_at", lambda tokens, kind: (
        searched.append(kind), same_at(tokens, kind))[1])
    # When a clause whose words hold no phrase of any claim is read for what it claims
    # Then it claims nothing, and no kind was looked at one by one (most clauses)
    assert (claim_of(normalize("when did ELISE start").split()), searched) == (None, [])
    # And the claims are found as before
    assert claim_of(normalize("did BFCC and ELISE end in the same year").split()) == "same_year"
    assert claim_of(normalize("is it still running").split()) == "running"
    assert claim_of(normalize("gab es noch ein Anschlussprojekt").split()) is None
    assert claim_of(normalize("war das dasselbe Programm wie bei ELISE").split()) == "same_funder"
    assert searched


def test_a_yes_no_form_is_read_from_the_first_and_last_words_at_once() -> None:
    from bot.query import is_yes_no
    from tests.conftest import python_calls
    # Given clauses that ask yes or no by their opening verb or their tail, and one that asks
    questions = {"did the esf fund elise": True, "elise ended in 2021 right": True,
                 "when did elise start": False, "could you give me a summary of elise": False}
    for text in questions:
        is_yes_no(text.split(), "en")  # (the phrase sets are read once)
    for text, yes_no in questions.items():
        # When each is read for its form
        found, calls = python_calls(lambda text=text: is_yes_no(text.split(), "en"))
        # Then it is found as before, its first one to three words and last one to four
        # looked up at once (generators stepped per length: ~18 Python calls, now ~11)
        assert found == yes_no, text
        assert calls <= 13, text


def test_a_demonstrative_before_a_link_noun_is_looked_for_only_after_a_demonstrative() -> None:
    from bot.query import _demonstrative_link
    from tests.conftest import python_calls
    # Given a ranking question with a link noun and no demonstrative before it, and two with one
    plain = normalize("which of the projects with a follow-up project started first?").split()
    pointed = [normalize(text).split() for text in (
        "that earlier project, when did it end?", "dieses frühere Projekt, wann endete es?")]
    _demonstrative_link(plain)  # (the demonstratives' last words are gathered once)
    # When each is looked at for "that earlier project"
    found, calls = python_calls(lambda: _demonstrative_link(plain))
    # Then the plain one has none, found without joining the words at every place (a generator
    # stepped 120 times for its ten words), and the others name the project talked about
    assert (found, [_demonstrative_link(tokens) for tokens in pointed]) == (False, [True, True])
    assert calls <= 4


def test_a_sub_project_of_the_project_named_is_looked_for_only_where_such_a_noun_is(
        kb: KnowledgeBase) -> None:
    from bot.query import _its_part
    from tests.conftest import python_calls
    # Given questions about a project that has parts, one with no noun of a sub-project
    texts = ("what was the aim of HIHeal?", "the aim of HIHeal's sub-project?",
             "das Ziel von HIHeals Teilprojekt")
    read = [(normalize(text).split(), understand(text, kb)) for text in texts]
    _its_part(*read[0], kb)  # (the runs of a message's words are kept once read)
    # When each is looked at for the project's part
    (plain, calls), *parts = [python_calls(lambda tokens=tokens, u=u: _its_part(tokens, u, kb))
                              for tokens, u in read]
    # Then the plain one names none, found without writing out the project's names and
    # looking for each beside each noun (73 Python calls, now 3), and the others name its part
    assert (plain, calls <= 4) == (False, True)
    assert [found for found, _ in parts] == [True, True]


def test_a_clause_with_no_belief_digit_link_noun_or_mark_is_read_without_a_step_per_word(
        kb: KnowledgeBase) -> None:
    from bot import query
    from tests.conftest import builtin_calls, python_calls
    # Given a plain question (no belief opener, no digit, no link noun, no question mark) and
    # one with no project or unknown name
    text = "when did ELISE start and who funded it"
    tokens, plain = normalize(text).split(), normalize("when did it start").split()
    unnamed = understand("when did it start", kb)
    steps = (lambda: query._after_belief(tokens), lambda: query.claim_of(tokens),
             lambda: query._inverse_link(tokens), lambda: query._confirming(text, tokens, "en"),
             lambda: query._called(plain, unnamed), lambda: query.is_yes_no(tokens, "en"))
    for step in steps:
        step()  # (the phrases and the runs of words are gathered once)
    # When each is looked for
    found = [python_calls(step) for step in steps]
    built_in = builtin_calls(steps[-1])[1]
    # Then none is found, with no Python step per word or per phrase length (the belief
    # opener's lengths, the digits, the two link kinds, the first three words, each word
    # beside a name: 3, 11, 5, 3 and 8 Python calls before), nor a lookup of the question
    # words for each word (27 built-in calls before)
    assert [result for result, _ in found] == [None, None, None, False, False, False]
    assert [calls for _, calls in found[:5]] == [2, 2, 2, 2, 3] and built_in <= 16
    # And each is found where it is
    assert query._after_belief(normalize("I think BONEBANK was an ESF project").split()) == [
        "bonebank", "was", "an", "esf", "project"]
    assert query.claim_of(normalize("Hat MAGIA2Market direkt 2019 an MAGIA angeschlossen?")
                          .split()) == "adjacent"
    assert query._inverse_link(normalize("what is it the follow-up of?").split()) == \
        "predecessor"
    assert query._confirming("so they overlapped?", normalize("so they overlapped").split(),
                             "en")


def test_two_years_a_project_s_part_and_a_date_against_it_are_looked_for_only_where_they_can_be(
        kb: KnowledgeBase) -> None:
    from bot import query
    from tests.conftest import builtin_calls
    # Given a clause with no year and one project, not opened by "in", and one with no project
    named_text, plain_text = "who funded ELISE and when did it start", "when did it start"
    named, plain = normalize(named_text).split(), normalize(plain_text).split()
    u, none = understand(named_text, kb), understand(plain_text, kb)
    query._inside_which(named, u)  # (the words its openings begin with are gathered once)
    # When each is looked for
    years, year_calls = builtin_calls(lambda: query.years_compared(named, u))
    inside, inside_calls = builtin_calls(lambda: query._inside_which(named, u))
    against, against_calls = builtin_calls(lambda: query.against(plain, none, kb))
    # Then none is found, without measuring each word (ten built-in calls for eight words),
    # joining the first three to six words (eight) or gathering a clause's scores (two)
    assert (years, inside, against) == (None, False, None)
    assert (year_calls, inside_calls, against_calls) == (1, 2, 1)
    # And each is found where it is
    for text, found in (("did more projects start in 2016 or in 2020?", (2016, 2020)),
                        ("which project was BRIDGE 53 in?", True),
                        ("In welchem Projekt war BRIDGE 53?", True),
                        ("which projects were still running when P.I.L.O.T. started?",
                         ("at", "active", "start"))):
        tokens, asked = normalize(text).split(), understand(text, kb)
        assert found in (query.years_compared(tokens, asked), query._inside_which(tokens, asked),
                         query.against(tokens, asked, kb))


def test_a_new_message_s_phrases_are_gathered_without_a_python_step_per_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import query
    from tests.conftest import builtin_calls

    # Given the words of a message read for the first time (nothing of it cached)
    tokens = tuple(normalize("Of the projects co-funded by Schleswig-Holstein, which one ran "
                             "longest, and who led it?").split())
    # When its runs of one to four words are gathered for the phrase look-ups
    grams, calls = builtin_calls(lambda: query._grams.__wrapped__(tokens))
    # Then they are every run, and gathering them costs a handful of calls, not one join per
    # run (a new message paid for ~50)
    assert grams == {" ".join(tokens[i:i + n]) for n in (1, 2, 3, 4)
                     for i in range(len(tokens) - n + 1)}
    assert calls < 12
    # And of the words its link phrases' typos are looked for in, only those long enough to be
    # a typo are asked after (typo_of answers None for a shorter one)
    asked: list[str] = []
    typo_of = query.typo_of
    monkeypatch.setattr(query, "typo_of", lambda token: asked.append(token) or typo_of(token))
    fixed = query._link_typos.__wrapped__(("who", "led", "the", "sucessor", "of", "bfcc"))
    assert fixed == ("who", "led", "the", "successor", "of", "bfcc")
    assert asked == ["sucessor"]
