"""The query stage: a message read as one or more clauses, each a small query.

A clause has a subject (the projects it names, or the one carried from the clause before or from
the conversation), an optional hop along the page's links ("the project BRIDGE 53 belonged to",
"its follow-up"), what it asks (the understanding's intent and aspects) and whether it is a yes/no
question. ``bot.conversation`` runs the clauses in order; ``bot.checks`` verifies yes/no claims.
The phrases live in ``bot/data/query.yaml``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from bot.datafiles import data_file
from bot.descriptions import names_a_kind
from bot.knowledge import KnowledgeBase, Project
from bot.measures import comparison_at, measures, month_names
from bot.records import quick_init
from bot.text import normalize
from bot.understanding import (
    SMALL_TALK,
    TYPO_LENGTH,
    Filters,
    Match,
    Understanding,
    first_words,
    reading,
    stem_phrase,
    typo_of,
    understand,
    vocabulary,
)

ASKING = 2.0  # an intent scored at least this much is a question of its own
NOUN_ASKING = 2.4  # a bare noun must say more: "funding" does, "Land" doesn't
Seeing = Callable[[str], Understanding]  # how a piece of the message is understood
RELATIONS = ("part_of", "follow_up", "predecessor")


@dataclass(frozen=True)
class Phrases:
    """The query stage's words, normalised once."""

    breaks: frozenset[str]
    example_cues: frozenset[str]  # "…, like how many companies were helped?"
    parallel_ones: frozenset[str]  # "…, and (separately) the ones with Hamburg money"
    separately: frozenset[str]
    each_words: frozenset[str]  # "how much money did each get"
    each_asked: frozenset[str]  # "jeweils Laufzeit", "funding programme for each"
    bare_asks: dict[str, str]  # "KI#CK: wer, was, wann, wie viel?": a question word alone,
    # and what it asks of the project talked about
    clause_verbs: frozenset[str]
    yes_no_starts: dict[str, frozenset[str]]
    openers: frozenset[str]  # "ok", "gut": words before a question's own first word
    yes_no_tails: frozenset[str]
    if_so: frozenset[str]
    indirect: frozenset[str]
    requests: frozenset[str]
    name_openers: frozenset[str]  # "… + name of the funding programme?"
    question_words: dict[str, frozenset[str]]
    any_question_word: frozenset[str]  # the question words of both languages
    claims: dict[str, frozenset[str]]
    hops: dict[str, frozenset[str]]
    hop_shadows: frozenset[str]  # "how did it continue" holds "did it continue"
    compose: dict[str, frozenset[str]]  # "ein Gedicht über Lübeck": a text to write
    future: frozenset[str]
    future_sure: frozenset[str]  # "in Zukunft": the future also of a project named
    judgement: frozenset[str]  # ranking judgements: "the most successful", "das beste"
    judgement_one: frozenset[str]  # of one project: "considered a success", "sinnvoll"
    judgement_troubles: frozenset[str]  # "went wrong", "Schwierigkeiten": unsaid of any
    trouble_aims: frozenset[str]  # "address", "lösen": the trouble is one it set out to meet
    relative_links: dict[str, frozenset[str]]
    planned_then: frozenset[str]
    link_verbs: dict[str, frozenset[str]]  # verbs, subjects, not_objects, pronouns
    link_and: dict[str, frozenset[str]]  # "MAGIA and its follow-up": joins, determiners
    current: dict[str, frozenset[str]]  # now, still, asked_of, askers
    lasting: dict[str, frozenset[str]]  # things, now, still, being, project_words
    called: frozenset[str]
    order: dict[str, frozenset[str]]
    order_events: dict[str, frozenset[str]]  # start, end
    order_when: frozenset[str]
    order_during: frozenset[str]  # the other's run after "als", "while": an overlap
    against_during: frozenset[str]  # "which ran while MAGIA ran?": any time of its run
    against_events: dict[str, frozenset[str]]  # start, end: "dem Ende von", "begannen"
    against_lengths: dict[str, frozenset[str]]  # longer, shorter: "länger als BFCC"
    against_than: frozenset[str]  # "than", "als" right before the name
    against_which: frozenset[str]  # "welche", "and which": a list asked with no noun
    against_then: dict[str, frozenset[str]]  # after, before: "danach", "before that"
    years_compared: dict[str, frozenset[str]]  # joins, counts, filler, more
    picks: frozenset[str]
    pick_frame: tuple[frozenset[str], frozenset[str], frozenset[str]]  # "the … one"
    pick_indefinite: frozenset[str]  # "war das ein EFRE-Projekt?": "das" is no pick's article
    language_requests: dict[str, frozenset[str]]
    name_in_language: frozenset[str]  # "wie heißt das auf Englisch?": a name, no switch
    by_whom: frozenset[str]
    by_whom_fillers: frozenset[str]  # "von wem kam das?": words around "von wem" that add nothing
    confirm_sentences: frozenset[str]  # "OK?", "Passt das so?": the sentence before, to confirm
    confirm_marks: frozenset[str]  # "so they overlapped?": a statement asked to confirm
    stand_ins: frozenset[str]  # "does BFCC have one as well?": what the last question asked
    they_words: frozenset[str]  # "what did they do in it?" of the organisation just asked of
    plural_subjects: frozenset[str]  # "when did they end?": all the projects just claimed of
    plural_last: frozenset[str]  # "… und wann endeten die?": so as the last word only
    singular_references: frozenset[str]  # "davon", "sind das": of a list, or of one project
    source_requests: frozenset[str]
    money_sources: frozenset[str]  # "how much from each source?": where money came from
    told_members: frozenset[str]  # "War InnoReAct eins davon?": one of what was told
    cite_requests: frozenset[str]
    help_requests: frozenset[str]
    what_it_is: frozenset[str]  # "What is it?", "Wie lautet sie?": what the thing named is
    lesser: frozenset[str]
    name_words: frozenset[str]
    for_words: frozenset[str]
    something_words: dict[str, frozenset[str]]
    told_references: frozenset[str]
    why_words: frozenset[str]
    premise_words: frozenset[str]  # "since", "da": a premise told before the question
    prepositions: frozenset[str]
    verb_nouns: frozenset[str]
    span_words: frozenset[str]
    link_nouns: dict[str, frozenset[str]]
    link_of: frozenset[str]
    link_whose: frozenset[str]
    link_of_what: frozenset[str]
    link_joins: frozenset[str]
    ranked_which: dict[str, frozenset[str]]  # questions, heads, verbs
    link_claims: dict[str, frozenset[str]]  # of, as, part_nouns: which way a claimed link runs
    mentioned_verbs: frozenset[str]  # "the second one I mentioned"
    mentioned_places: dict[str, int]  # "das erstgenannte"
    origin_words: frozenset[str]  # "which one was from Belgium?"
    place_pointers: frozenset[str]  # "I'm from Lübeck - what happened there?"
    change_words: frozenset[str]  # "did that change later?"
    predicate_subjects: dict[str, frozenset[str]]  # copulas, subjects: "was it the … one?"
    talked_picks: tuple[frozenset[str], dict[int, frozenset[str]]]  # "the later one": its
    # articles, and its words by which way they rank the start (1 later, -1 earlier)
    link_negations: frozenset[str]
    link_demonstratives: frozenset[str]
    purpose_tails: frozenset[str]
    purpose_opening: tuple[frozenset[str], frozenset[str]]  # "what" + "was": "what was X for?"
    name_asks: frozenset[str]
    noun_left_out: frozenset[str]
    one_after_name: frozenset[str]  # "the HIHeal one": the noun left out after the name
    first_person: frozenset[str]
    speaker_cues: frozenset[str]  # "ich arbeite", "I am with": where the speaker works
    we_words: frozenset[str]  # "wir", "with us": the speaker's organisation in a question
    we_names: frozenset[str]  # "our GmbH": the speaker's organisation by its kind
    lesser_units: frozenset[str]  # "or only years": how exact the dates are, not a lesser thing
    fronted_prepositions: frozenset[str]  # "In BONEBANK was …?": the verb after the name
    fronted_not: frozenset[str]  # "Für eine Übersicht brauche ich …": no name, it tells
    own_role_words: frozenset[str]  # "lead", "Partner": "we" of them is Life Science Nord
    funder_marks: frozenset[str]  # "by", "auch": a funder fragment claims of the project
    framing: frozenset[str]  # "Let me start with ELISE: …": orders the talk, asks nothing
    existence_told: frozenset[str]  # "there was some platform …": tells that a thing existed
    telling_starts: frozenset[str]
    not_claims: frozenset[str]
    known_tails: frozenset[str]  # "Ist der Tag des Beginns bekannt?": asks the fact itself
    same_parts: dict[str, frozenset[str]]  # "the same" and the nouns of what is the same
    likeness: frozenset[str]
    each_claims: frozenset[str]  # "A vs B: both funded by Hamburg?"
    stated_verbs: frozenset[str]  # "northopedics was about bone healing?": a statement's verb
    any_claims: frozenset[str]  # "any ERDF money in BONEBANK?": whether some of it was there
    corrections: frozenset[str]  # "…? sorry, I mean MAGIA2Market": the project meant instead
    correction_words: frozenset[str]  # their last words ("mean", "meinte"), to look for first
    subject_words: frozenset[str]  # "was it connected to BONEBANK?": the project talked about
    project_exists: dict[str, frozenset[str]]
    request_cues: frozenset[str]
    language_repeats: frozenset[str]  # "say that in english": the last answer again
    free_access: frozenset[str]
    download_asks: frozenset[str]  # "can I download something for NORTHOPEDICS?": yes or no
    needs_registration: frozenset[str]
    after_end: tuple[frozenset[str], frozenset[str]]
    purpose_starts: frozenset[str]
    purpose_articles: frozenset[str]
    side_starts: frozenset[str]  # "from", "aus": a side the speaker asks from follows
    side_words: frozenset[str]  # "side", "perspective", "sicht" (also ending a compound)
    identity: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
    not_hops: frozenset[str]
    which_project: frozenset[str]
    which_projects: frozenset[str]  # "which projects …", "welche Projekte …" (the plural)
    opposite_choices: frozenset[str]  # "longer or shorter than …?": which, no yes or no
    role_choices: frozenset[str]  # "lead or partner?": which role, no yes or no
    it_words: frozenset[str]  # "did it have a follow-up?": of the one project talked about
    inside_which: dict[str, frozenset[str]]  # opening, closing: "which project was X in?"
    link_had: frozenset[str]  # "have a follow-up on the page": the link noun, had
    member_nouns: frozenset[str]
    places_belong: dict[str, frozenset[str]]  # "which countries were part of BFCC?"
    thing_pronouns: dict[str, frozenset[str]]  # "it", "es", "davon": a thing just spoken of
    funder_under: frozenset[str]  # "which one was under Interreg Europe?": its funding
    concurrent_nouns: frozenset[str]  # "projects" beside "at the same time": how many at once
    identity_contracted: tuple[str, ...]
    identity_within: frozenset[str]
    belief_openers: frozenset[str]
    pointing_subjects: frozenset[str]  # "it", "es": a belief about something not yet named
    belief_joiners: frozenset[str]
    belief_speaker: frozenset[str]
    some_of: frozenset[str]  # "either of them", "einer von beiden": a claim of any one
    all_of: frozenset[str]  # "all of these", "every project": a claim of each of a list
    back_references: frozenset[str]  # "of those", "davon": back at a list named before
    only_one: frozenset[str]  # "only one of them …?": exactly one
    only_project: frozenset[str]  # "did only BFCC …?": no other project
    the_only: frozenset[str]  # "the only project", "das einzige Projekt"
    the_only_before: frozenset[str]
    the_only_after: frozenset[str]
    compare_with: frozenset[str]  # "im Vergleich", "how does BFCC compare?"
    compare_figure: frozenset[str]  # "how does that compare to ELISE's?": the last figure
    which_other: frozenset[str]  # "which other project …", "welches andere Projekt …"
    roles_leads: frozenset[str]  # "asked me who …", "fragt, ob …": an indirect question
    roles_relative: frozenset[str]  # "das, was …": a relative, no question
    roles_copulas: frozenset[str]  # "which one was that?": words that only point back
    indirect_anywhere: frozenset[str]  # "whether", "ob" ("if" only after a lead: "if so")
    courtesy_words: frozenset[str]  # "pls", "bitte": words that ask for nothing
    informal_address: frozenset[str]  # "kannst du mich duzen?": to be addressed informally
    break_pattern: re.Pattern[str]
    short_breaks: dict[str, frozenset[str]]  # "n", "u.": "and", only in their own language


def _norm(items: list[object]) -> frozenset[str]:
    return frozenset(normalize(str(x)) for x in items)


def _both(by_language: dict[str, list[object]]) -> frozenset[str]:
    """The phrases of both languages, normalised."""
    return _norm([p for phrases in by_language.values() for p in phrases])


# "vom Land bzw. der EU": the full stop of an abbreviation ends no sentence (bot/data/query.yaml)
NOT_ABBREVIATED = "".join(rf"(?<!\b{re.escape(str(a))})"
                          for a in data_file("query")["abbreviations"])


# Sections of bot/data/query.yaml read as one set of phrases of both languages, by field name.
BOTH = (
    "clause_verbs", "yes_no_tails", "if_so", "indirect", "requests", "future", "future_sure",
    "name_in_language", "judgement", "order_during", "against_during", "against_than",
    "against_which",
    "judgement_one", "judgement_troubles", "trouble_aims", "planned_then", "called",
    "order_when", "picks", "source_requests",
    "money_sources", "told_members", "cite_requests", "help_requests", "what_it_is", "lesser",
    "name_words", "told_references", "why_words", "premise_words", "by_whom", "by_whom_fillers",
    "confirm_sentences",
    "stand_ins",
    "they_words",
    "confirm_marks", "for_words", "prepositions", "verb_nouns", "span_words", "link_of",
    "link_whose", "link_of_what", "link_joins", "origin_words", "place_pointers", "change_words",
    "link_negations",
    "link_demonstratives", "name_asks", "name_openers", "noun_left_out", "one_after_name",
    "first_person", "speaker_cues", "we_words", "we_names", "own_role_words", "funder_marks",
    "lesser_units", "fronted_prepositions", "fronted_not",
    "framing", "telling_starts", "known_tails", "subject_words", "corrections", "each_claims",
    "stated_verbs", "any_claims",
    "request_cues", "language_repeats", "free_access", "download_asks", "needs_registration",
    "not_hops",
    "which_project", "which_projects", "opposite_choices", "role_choices", "it_words",
    "link_had",
    "member_nouns", "funder_under", "concurrent_nouns", "belief_openers", "pointing_subjects",
    "some_of",
    "all_of", "only_one",
    "back_references", "compare_with", "compare_figure",
    "which_other", "example_cues", "existence_told", "plural_subjects", "plural_last",
    "singular_references",
    "courtesy_words", "parallel_ones", "separately", "each_words", "each_asked",
    "informal_address",
)
# Sections that are one list of phrases, normalised.
NORMALISED = (
    "openers", "belief_joiners", "belief_speaker",
)
# Sections of named lists (by language or by part), each normalised.
KEYED = (
    "yes_no_starts", "question_words", "relative_links", "link_verbs", "link_and", "current",
    "lasting", "language_requests", "something_words", "ranked_which", "link_claims",
    "inside_which", "places_belong", "compose", "thing_pronouns",
)
# Sections of named kinds, each with phrases in both languages.
NESTED = (
    "claims", "hops", "order", "order_events", "against_events", "against_lengths",
    "against_then",
    "years_compared", "link_nouns",
    "same_parts",
    "project_exists", "predicate_subjects",
)


@cache
def phrases() -> Phrases:
    """Load bot/data/query.yaml (once per process)."""
    data = data_file("query")
    breaks = _both(data["clause_breaks"])
    short = {lang: frozenset(str(p).lower() for p in ps)
             for lang, ps in data["short_breaks"].items()}
    words = sorted((re.escape(str(p)) for ps in (*data["clause_breaks"].values(),
                                                  *short.values()) for p in ps),
                   key=len, reverse=True)
    # a sentence's end: a full stop after a lower-case word, before a capital ("…Vorstand. Können
    # Sie …"), never inside "P.I.L.O.T. Next Level" (the stop is looked for first: SENTENCE_END)
    sentence = r"(?=\.)(?<=[a-zäöüß]{2})" + NOT_ABBREVIATED + r"\.\s+(?=[A-ZÄÖÜ])"
    pattern = re.compile(r"\s*[?;:!]+\s+|\s*[,+&]\s*|(?<=[^\W\d_])/(?=[^\W\d_])|\s+[-–—]\s+|" +
                         sentence + r"|\s+(?:" +
                         "|".join(words) + r")\s+", re.IGNORECASE)
    both = {name: _both(data[name]) for name in BOTH}
    both["opposite_choices"] = both["opposite_choices"] | both["role_choices"]  # ("lead or
    return Phrases(  # partner?" asks which, as "longer or shorter?" does)
        **both,
        **{name: _norm(data[name]) for name in NORMALISED},
        **{name: {k: _norm(v) for k, v in data[name].items()} for name in KEYED},
        **{name: {k: _both(v) for k, v in data[name].items()} for name in NESTED},
        breaks=breaks,
        bare_asks={normalize(str(w)): intent for intent, ws in data["bare_asks"].items()
                   for w in ws},
        hop_shadows=_shadows({k: _both(v) for k, v in data["hops"].items()}),
        any_question_word=_both(data["question_words"]),
        break_pattern=pattern,
        short_breaks=short,
        pick_frame=(_both(data["pick_frames"]["articles"]), _both(data["pick_frames"]["heads"]),
                    _both(data["pick_frames"]["not_before"])),
        pick_indefinite=_both(data["pick_frames"]["indefinite"]),
        mentioned_verbs=_both(data["mentioned"]["verbs"]),
        mentioned_places={normalize(w): int(place) for place, ws in
                          data["mentioned"]["places"].items() for w in ws},
        talked_picks=(_norm(data["talked_picks"]["articles"]),
                      {1: _norm(data["talked_picks"]["later"]),
                       -1: _norm(data["talked_picks"]["earlier"])}),
        purpose_tails=_both(data["purpose_tails"]["last"]),
        purpose_opening=(_both(data["purpose_tails"]["first"]),
                         _both(data["purpose_tails"]["verb"])),
        not_claims=frozenset(data["not_claims"]),
        likeness=_both(data["likeness"]) | _both(data["same_parts"]["same"]),
        correction_words=frozenset(w for p in _both(data["corrections"]) for w in p.split()[-1:]),
        after_end=(_norm(data["after_end"]["first"]), _norm(data["after_end"]["second"])),
        purpose_starts=_norm(data["purpose"]["starts"]),
        purpose_articles=_norm(data["purpose"]["articles"]),
        side_starts=_norm(data["purpose"]["side_starts"]),
        side_words=_norm(data["purpose"]["side_words"]),
        identity=tuple(_norm(data["identity_asks"][k])  # type: ignore[arg-type]
                       for k in ("first", "verb", "lead_in", "subject")),
        identity_contracted=tuple(str(p).lower() for p in data["identity_asks"]["contracted"]),
        identity_within=_norm(data["identity_asks"]["within"]),
        only_project=_both(data["only_project"]["only"]),
        the_only=_both(data["only_project"]["the_only"]),
        the_only_before=_both(data["only_project"]["before"]),
        the_only_after=_both(data["only_project"]["after"]),
        roles_leads=_both(data["sentence_roles"]["leads"]),
        roles_relative=_norm(data["sentence_roles"]["relative_before"]),
        roles_copulas=_norm(data["sentence_roles"]["copulas"]),
        indirect_anywhere=_norm(data["sentence_roles"]["indirect_anywhere"]),
    )


@quick_init
@dataclass(frozen=True)
class Clause:
    """One question of a message: its words, how they were understood, a hop, yes/no."""

    text: str
    understanding: Understanding
    hop: str | None = None
    yes_no: bool = False
    hop_kind: str | None = None  # a link named without another question: "und beim Vorgänger?"
    future: bool = False  # asks about plans: the page can't tell
    judgement: bool = False  # "which was the most successful?": the page judges none
    current: bool = False  # asks what LSN works on now: the page is about past projects
    compose: bool = False  # asks for a text to be written (a poem, an e-mail): no question
    informal: bool = False  # asks to be addressed informally ("kannst du mich duzen?")
    same_as: bool = False  # "which projects ended in the same year as ELISE?"
    # "which projects were still running when P.I.L.O.T. started?": the list measured against
    # the named project's dates, as (relation, own date, its date): ("at", "active", "start"),
    # ("during", "active", "run"), ("before", "started", "start"), ("after", "started", "end")
    against: tuple[str, str, str] | None = None
    years_compared: tuple[int, int] | None = None  # "more in 2016 or in 2020?": two counts
    counts_compared: tuple[str, str, str] | None = None  # "did Hamburg or Schleswig-Holstein
    # fund more projects?": two conditions of one kind ("funders", a, b), each counted
    pick: bool = False  # "the one in Odense": one project of the last list, by a condition
    walked: bool = False  # "und das danach?" right after a ranking by date: a step along it
    preamble: bool = False  # words before the question that ask nothing themselves
    switch_to: str | None = None  # "auf Deutsch bitte": the last answer in that language
    wants_sources: bool = False  # "Where does it say that?", "Quelle?"
    cites: bool = False  # "where on the page does it say that UKSH led BONEBANK?"
    disputed: bool = False  # "Tom says …, Lena swears …. Who's right?": the first claim checked
    unknown_project: bool = False  # "a project called MedConnect": a name the page doesn't have
    after_end: bool = False  # "what happened to the stem cells after BONEBANK ended?"
    lasting: str | None = None  # "Gibt es die Biobank heute noch?": the thing asked about today
    any_project: str | None = None  # "Gab es ein (vergleichbares) Vorhaben …?": "any", "other"
    identity: bool = False  # "what was it?", "was war BRIDGE 53": what the project is, no more
    aside: bool = False  # "follow-up on BFCC": a link word that asks for no link
    some_of: bool = False  # "was either of them …?": yes if it holds for one of the group
    narrowed: bool = False  # "welches davon hat eine Plattform aufgebaut?": the one of the last
    # list its words point at, answered as the list narrowed (`list`)
    all_of: bool = False  # "were all of these funded by the EU?": yes only if it holds of each
    compare_with: bool = False  # "und wie sieht es mit BFCC im Vergleich aus?"
    both_ends: bool = False  # "when did MAGIA and its follow-up run?": asked of both
    either: bool = False  # "… or only a partner?": a lesser alternative cut; which, no yes/no
    claim_text: str | None = None  # the claim as told before ("… die die Stadt mitfinanziert
    # hat. War InnoReAct eins davon"), kept for "und HIHeal?"

    @property
    def simple(self) -> bool:
        """Whether the plain one-question path answers it."""
        return self.hop is None and not (
            self.yes_no or self.same_as or self.against or self.years_compared or self.pick or
            self.counts_compared or
            self.after_end or self.lasting or self.compare_with or (
                self.hop_kind and self.bare_link))

    @property
    def elliptic(self) -> bool:
        """ "und beim Vorgänger?", "and for the follow-up?": a continuation with no question of
        its own, which takes the last question; so does a correction ("sorry i meant the
        follow-up project": the last question was meant of it)."""
        return self.bare_link and bool(set(normalize(self.text).split()) & (
            phrases().for_words | phrases().correction_words))

    @property
    def bare_link(self) -> bool:
        """ "and its predecessor?": a continuation that names a link and asks nothing else
        ("Und das Gesamtprojekt, zu dem es gehörte?": the relative clause only restates it)."""
        tokens = normalize(_link_restated(self.text)).split()
        tokens = _unrelative(tokens[_turn_opener(tokens):])  # ("what about its successor": no
        # "what" asked; "the project it was part of": no "was")
        words = phrases().question_words
        said = len(tokens) - (0 if phrases().correction_words.isdisjoint(tokens) else
                              _correction_end(tokens) or 0)  # ("sorry i meant the follow-up
        # project": the words of the correction say no more)
        return self.understanding.continuation and said <= 6 and not self.yes_no and \
            not set(tokens) & (words["en"] | words["de"]) and (
                bool(set(tokens) & phrases().for_words) or
                self.understanding.intent in (None, self.hop_kind))


def _unrelative(tokens: list[str]) -> list[str]:
    """The words without the verb of a relative clause whose subject is "it" ("the project it
    was part of": "was" asks nothing there)."""
    words = phrases().relative_links
    return [t for i, t in enumerate(tokens) if not (
        i >= 2 and tokens[i - 1] in words["subject_pronouns"] and tokens[i - 2] in words["heads"])]


def _link_restated(text: str) -> str:
    """The text without a last relative clause that only names the link ("…, zu dem es
    gehörte", "…, which continued it")."""
    head, comma, tail = text.rpartition(",")
    words = normalize(tail).split()
    if not comma or not head.strip() or not _hop_kinds(words) or _asked_words(tail):
        return text
    pronouns = phrases().relative_links["pronouns"]
    return head if not pronouns.isdisjoint(words[:2]) else text


class _Whole:
    """The whole message read as far as its language; the rest of its reading (`full`, or any
    other field) only where it is asked for: a message cut into pieces reads each piece, and a
    message shortened ("… ? 🤔", "Thanks! …") reads the shorter text, so of the whole they need
    the language alone."""

    __slots__ = ("language", "_rest", "_as", "_full", "_first")

    def __init__(self, text: str, kb: KnowledgeBase, language_hint: str | None,
                 as_language: str | None = None) -> None:
        self._rest = reading(text, kb, language_hint)
        self._first: tuple[str, list[str], tuple[Match, ...]] = next(self._rest)
        self.language: str = as_language or self._first[0]
        self._as = as_language  # (read in the language of the message it was cut from)
        self._full: Understanding | None = None

    @property
    def full(self) -> Understanding:
        if self._full is None:
            u = next(self._rest)
            self._full = in_language(u, self._as) if self._as else u
        return self._full

    def names(self) -> list[tuple[str, ...]]:
        """The words of each project's name of two words or more found in the message."""
        _, tokens, matches = self._first
        return [tuple(tokens[m.start:m.end]) for m in matches
                if m.kind == "project" and m.end - m.start > 1]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full, name)


def read(text: str, kb: KnowledgeBase, language_hint: str | None = None) -> tuple[Clause, ...]:
    """The clauses of a message, in the order asked; most messages have one. A yes/no clause
    whose lesser alternative was cut ("was LSN lead partner on BFCC or just a partner?") is
    marked `either`: it asks which, not yes or no."""
    clauses = _read(text, kb, language_hint)
    if not _OR.search(text) or not any(c.yes_no for c in clauses):
        return clauses
    cut = _lesser_cut(text)
    return tuple(replace(c, either=True) if c.yes_no and (said := normalize(c.text)) and
                 any(before.endswith(said) for before in cut) else c for c in clauses)


def _read(text: str, kb: KnowledgeBase, language_hint: str | None = None) -> tuple[Clause, ...]:
    text = unfused(text)  # "wielange lief es?", "seitwann?": two question words written as one
    text = unnumbered(text)  # "1. When did ELISE run? 2. Who funded it?": the asks, unnumbered
    text = compared_first(text, kb, language_hint) or text
    if fixed := _corrected(text, kb, language_hint):  # "… ? sorry i mean magia2market"
        before, meant = fixed
        return tuple(replace(c, understanding=replace(c.understanding, projects=meant))
                     if c.understanding.projects else c
                     for c in read(before, kb, language_hint))
    whole = _Whole(text, kb, language_hint)
    seen: dict[str, Understanding] = {}

    def see(piece: str) -> Understanding:  # each piece is read once, however often asked
        piece = piece.strip()
        if piece not in seen:
            seen[piece] = understand(piece, kb, whole.language)
        return seen[piece]

    shorter = _without_plan_contrast(_without_guess(_without_closing(
        _without_told_after(text, see, whole.language), see), see))
    if shorter != text:  # the closing words must not colour the question
        text, whole = shorter, _Whole(shorter, kb, language_hint or whole.language)
    focused = _lead_dropped(_focused(text, see, whole.language), see, whole.language)
    if focused != text:  # the sentence that asks, where the last only asks for an answer (in
        # the whole message's language: "I'm interested in ELISE." alone reads "im" as German)
        text, whole = focused, _Whole(focused, kb, language_hint or whole.language,
                                      whole.language)
    told, text = _told(text, whole.language, see)
    if not told and (years := years_compared(normalize(text).split(), whole)):
        return (replace(_clause(text, whole.full, kb), yes_no=False, years_compared=years),)
    if not told and (pair := counts_compared(normalize(text).split(), whole)):
        return (replace(_clause(text, whole.full, kb), yes_no=False, counts_compared=pair),)
    pieces = _split(text, see, whole.language, kb, whole.names) if len(text) < 600 else [text]
    if len(pieces) == 1 and not told and (against := _lists_set_against(text, see)):
        # "ERDF projects vs Interreg projects": two lists set side by side, each asked
        return tuple(_clause(p, in_language(see(p), whole.language), kb) for p in against)
    pieces = _if_so_answered(_conditions_joined(pieces, see, whole.language), see,
                             whole.language)
    if len(pieces) > 1 and _role_choice(pieces[-1]):  # "What role did LSN play in MAGIA –
        pieces = pieces[:-1]  # lead or partner?": the choice asks what the role question asks
    if len(pieces) > 1:  # "…, and which ended last (of the ones with dates)?"
        pieces = [_without_aside(p, see) for p in pieces]
    if told:  # "Hi, ich schreibe meine Masterarbeit über … Was war HIHeal?"
        pieces = [told, *pieces]
    elif len(pieces) == 1:
        return (_clause(text, whole.full, kb),)
    clauses = [_clause(piece, _bare_asked(piece, pieces, in_language(see(piece), whole.language)),
                       kb) for piece in pieces]
    for i in range(len(clauses) - 1):  # what comes before the first question only tells
        naming = clauses[i].hop_kind and (not (_opens_question(pieces[i], whole.language) or
                                               _echo_question(pieces[i])) or
                                          _link_confirmed(pieces[i], pieces[i + 1], see)) \
            and not _origin_named_again(clauses[i], clauses[i + 1])
        # "ich such infos zu elise fürn newsletter, was war das ziel?": a request for
        # information in general, told before a question, only sets the subject
        general = not clauses[i].yes_no and _opens_question(pieces[i + 1], whole.language) and (
            clauses[i].understanding.intent in ("overview", None) and _first_person(pieces[i]) or
            _purpose(pieces[i]) and not _needed(pieces[i]) and not _asked_words(pieces[i]) or
            # "Für einen Artikel über die Förderung …: Welche Projekte …?"; not "I need BFCC's
            # dates for a report. And …?", nor "For my table: which project ran the shortest"
            _leads_in(pieces[i]) or  # "I'm writing a report on our EU projects and need to
            # know | which programme funded ELISE?": the words that lead into the question
            clauses[i].pick and not _opens_question(pieces[i], whole.language) or  # "das, was
            # 2022 anfing – worum ging es?" names what it asks of; "Wer leitete das Projekt, bei
            # dem …, und wann endete es?" asks of it
            # "I'm putting together an annual report — which projects …?": about the speaker
            _first_person(pieces[i]) and not _asked_words(pieces[i]) and (
                not clauses[i].understanding.projects and
                not clauses[i].understanding.filters.any() or not _needed(pieces[i]))
            # ("we were a partner in bfcc - can you remind me when it ended?": the speaker's
            # own part, told; not "I need BFCC's dates for a report")
            or _only_asks_to_be_told(pieces[i]))  # "Können Sie mir kurz erklären, wie …?"
        # "journalist here, follow-up on BFCC: what was …?" only names the subject
        aside = clauses[i].aside and not any(
            score >= ASKING for _, score in clauses[i].understanding.scores)
        naming = naming or (_belief_names(pieces[i], clauses[i].understanding) or
                            _framing(pieces[i]) or only_turns_to(pieces[i], whole.language) or
                            _tells_existence(pieces[i]) and not clauses[i].yes_no) and \
            _opens_question(pieces[i + 1], whole.language)
        if not (i == 0 and told) and (_asks(pieces[i], see, kb=kb) or _wh_asked(
                pieces[i], see) or _bare_ask(pieces[i]) and _bare_ask(pieces[i + 1])) and \
                not naming and \
                not general and not aside and not _topic(pieces[i], pieces[i + 1], text, see) \
                and not _told_header(pieces[i], clauses[i], text, pieces[i + 1],
                                     whole.language):  # "Tell me about ELISE:
            # when, who funded it, how much?" (also "Infos zu HIHeal – Laufzeit, Förderer?")
            break  # "the project that continued MAGIA, when did that one start?" only names
        clauses[i] = replace(clauses[i], preamble=True)
    clauses = _reported(clauses, see, kb, whole.language)
    clauses = _premise_carried(_named_carried(_place_carried(_of_those_carried(_parallel_lists(
        _funder_parallel(clauses, kb))))))
    clauses = _which_of_named(_nouns_of_named(clauses, see))
    clauses = _link_of_named(clauses, kb)
    # "Wann begann und endete ELISE?": a clause opened by a bare verb borrows the question word
    # of the one before; it is no yes/no question.
    return tuple(replace(c, yes_no=False) if i and _verb_first(c.text) and not
                 clauses[i - 1].yes_no and not clauses[i - 1].preamble  # ("BFCC: lief das
                 else c  # im Rahmen der …?" asks yes or no) "Wurde ELISE gefördert und lief es
                 # bis 2021?"
                 for i, c in enumerate(clauses))


def _origin_named_again(link: Clause, after: Clause) -> bool:
    """ "hiheal follow up + when did hiheal end?": the question after a link noun names again
    the project the link starts from, so the link names no subject for it: it asks of its own
    (not "HIHeal's follow-up – when did it end?")."""
    named, origin = after.understanding.projects, link.understanding.projects
    return bool(named) and bool(origin) and set(named) <= set(origin)


LINK_OF_NAMED = 3.5  # "what's the link?" after two things named: how they are related


def _link_of_named(clauses: list[Clause], kb: KnowledgeBase) -> list[Clause]:
    """ "HIHeal and BRIDGE 53 - what's the link?": a link asked right after two projects only
    named is how they are related, no web link; after a project and the initiative it was part
    of ("BFCC and HealthRegion - what's the link?"), that it was part of it."""
    out = list(clauses)
    for i in range(1, len(out)):
        named, cu = out[i - 1].understanding, out[i].understanding
        if cu.intent != "contact" or cu.projects or named.intent is not None or \
                not named.projects or dict(cu.scores).get("contact", 0.0) >= LINK_OF_NAMED or \
                "link" not in normalize(out[i].text).split():
            continue
        whole = len(named.projects) == 1 and \
            kb.projects[named.projects[0]].part_of_external in named.filters.topics
        if not whole and len(named.projects) < 2:
            continue
        intent = "part_of" if whole else "relations"
        out[i] = replace(out[i], understanding=replace(
            cu, intent=intent, projects=named.projects,
            scores=((intent, LINK_OF_NAMED), *((k, v) for k, v in cu.scores if k != "contact"))))
    return out


def _of_those_carried(clauses: list[Clause]) -> list[Clause]:
    """ "of those, which had partners from other countries", "davon: welche …": the list
    reference said before the question is the question's ("which of those …"); so is "the
    other one" ("Und das andere, wer hat es bezahlt?") and the rest ("Und die anderen beiden –
    von wann bis wann liefen die?")."""
    for i, c in enumerate(clauses[:-1]):
        u = c.understanding
        if c.preamble and (u.list_reference or u.other_one or u.rest) and u.intent is None and \
                not (u.projects or u.filters.any()) and not clauses[i + 1].preamble:
            nxt = clauses[i + 1]
            carried = dict(list_reference=True) if u.list_reference else \
                dict(other_one=True) if u.other_one else dict(rest=True, plural_pronoun=False)
            clauses[i + 1] = replace(nxt, understanding=replace(nxt.understanding, **carried))
    return clauses


PARALLEL_KINDS = ("funders", "places", "organisations", "topics", "years")


@cache
def _own_list_ones() -> frozenset[str]:
    """ "which ones", "the ones": point back to a list, or stand for the projects of another."""
    return _norm(data_file("query")["own_list_ones"])


@cache
def _list_references() -> frozenset[str]:
    return _both(data_file("intents")["list_reference"])


def _parallel_lists(clauses: list[Clause]) -> list[Clause]:
    """ "which projects did the ESF fund, and which ones by COSME?": "which ones" after a list
    with a condition of the same kind, another one, is a list of its own, not of the first."""
    for i in range(1, len(clauses)):
        u, before = clauses[i].understanding, clauses[i - 1].understanding
        if before.intent == "list" and not before.projects and not u.projects and \
                u.intent != "list" and not clauses[i].yes_no and _ones_first(clauses[i].text) \
                and _other_condition(u, before):  # "…, and separately the ones with Hamburg
            # money": a list, not the amount of its money
            clauses[i] = replace(clauses[i], understanding=replace(
                u, intent="list", scores=(("list", 3.0), *u.scores), list_reference=False))
            continue
        if not u.list_reference or u.projects or before.list_reference or \
                before.intent != "list" or clauses[i].yes_no:
            continue
        grams = _grams(tuple(normalize(clauses[i].text).split()))
        if grams.isdisjoint(_own_list_ones()) or not (grams & _list_references()) <= \
                _own_list_ones():  # "and which of those by COSME?" keeps to the first list
            continue
        if _other_condition(u, before):
            clauses[i] = replace(clauses[i], understanding=replace(u, list_reference=False))
    return clauses


def _funder_parallel(clauses: list[Clause], kb: KnowledgeBase) -> list[Clause]:
    """ "Welche Projekte hat Hamburg mitfinanziert und welche Schleswig-Holstein?": a place
    named alone after a list by funder, which also names a funder (the State of
    Schleswig-Holstein), is that funder: the second list of the same kind."""
    for i in range(1, len(clauses)):
        u, before = clauses[i].understanding, clauses[i - 1].understanding
        if not (u.filters.places and before.filters.funders) or u.filters.funders or \
                u.projects or before.projects or before.intent != "list" or \
                clauses[i].yes_no or u.intent not in (None, "list"):
            continue
        funders = tuple(f for pid in u.filters.places for f in _funders_named(pid, kb))
        if len(funders) == len(u.filters.places):
            clauses[i] = replace(clauses[i], understanding=replace(
                u, filters=replace(u.filters, places=(), funders=funders), intent="list",
                scores=u.scores if u.intent else (("list", 3.0), *u.scores)))
    return clauses


def _funders_named(place: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The funder a place's name names too (Schleswig-Holstein: the state as funder)."""
    names = {normalize(n) for n in (kb.places[place].name.en, kb.places[place].name.de)}
    return tuple(f.id for f in kb.funders.values()
                 if names & {normalize(a) for a in (*f.aliases, f.name.en, f.name.de)})[:1]


def _which_of_named(clauses: list[Clause]) -> list[Clause]:
    """ "BFCC and BONEBANK — which one did LSN lead?", "BFCC und BONEBANK: welches …?": a
    question that opens with "which" right after the projects named before it asks which of
    them (as "which of BFCC and BONEBANK …?" does), not which of all."""
    ranked = phrases().ranked_which
    which = ranked["questions"] - ranked["owners"]  # ("what was LSN's role?" asks of each)
    for i in range(1, len(clauses)):
        told, c = clauses[i - 1], clauses[i]
        words = [w for w in normalize(c.text).split() if w not in phrases().breaks]
        if told.preamble and len(told.understanding.projects) > 1 and \
                told.understanding.intent is None and not c.understanding.projects and \
                not c.preamble and not c.yes_no and words and words[0] in which:
            clauses[i] = replace(c, understanding=replace(
                c.understanding, projects=told.understanding.projects, which_of=True))
    return clauses


def _nouns_of_named(clauses: list[Clause], see: Seeing) -> list[Clause]:
    """ "start year, end year and funder for NORTHOPEDICS": the project named after the last
    noun of a list is what every noun before it asks of (not the project talked about)."""
    for j in range(len(clauses) - 1, 0, -1):
        named = clauses[j]
        u = named.understanding
        if named.yes_no or not u.projects or not _named_last(named.text, u, see):
            continue
        for i in range(j - 1, -1, -1):
            c = clauses[i]
            words = normalize(c.text).split()
            if c.understanding.projects or c.yes_no or c.preamble or c.hop or c.hop_kind or \
                    c.understanding.filters.any() or len(words) > 5 or \
                    not phrases().any_question_word.isdisjoint(words):
                break
            clauses[i] = replace(c, understanding=replace(c.understanding, projects=u.projects))
    return clauses


def _place_carried(clauses: list[Clause]) -> list[Clause]:
    """ "Ich bin aus Lübeck - was ist da gelaufen?": the speaker's place, told before the
    question, which points at it ("there", "da"), is the question's place (the projects
    there)."""
    for i, c in enumerate(clauses[:-1]):
        told, nxt = c.understanding, clauses[i + 1]
        u = nxt.understanding
        if c.preamble and told.filters.places and not told.projects and not nxt.preamble and \
                _first_person(c.text) and \
                not (u.projects or u.filters.places) and \
                not phrases().place_pointers.isdisjoint(normalize(nxt.text).split()):
            places = replace(u.filters, places=told.filters.places)
            clauses[i + 1] = replace(nxt, understanding=replace(u, filters=places))
    return clauses


def _named_carried(clauses: list[Clause]) -> list[Clause]:
    """ "Lyonbiopole from France, was it one of the MAGIA partners?": an organisation named
    alone before a yes/no question that points at it ("it", "war es") is what the question
    claims (was: the partner list, no "Yes")."""
    for i, c in enumerate(clauses[:-1]):
        told, nxt = c.understanding, clauses[i + 1]
        u = nxt.understanding
        if c.preamble and told.filters.organisations and not told.projects and \
                told.intent is None and nxt.yes_no and not nxt.preamble and \
                not u.filters.organisations and not _first_person(c.text) and \
                has_phrase(normalize(nxt.text).split(), phrases().it_words):
            named = replace(u.filters, organisations=told.filters.organisations)
            clauses[i + 1] = replace(nxt, understanding=replace(u, filters=named))
    return clauses


def premise_told(tokens: list[str], u: Understanding) -> bool:
    """ "Since ELISE was funded by Horizon 2020, …", "Da NORTHOPEDICS von Hamburg finanziert
    wurde, …": a premise about a project it names, told before the question."""
    if not u.projects or not tokens or tokens[0] not in _premise_starts():
        return False
    return any(tokens[:len(p.split())] == p.split() for p in phrases().premise_words)


@cache
def _premise_starts() -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases().premise_words)


def _premise_carried(clauses: list[Clause]) -> list[Clause]:
    """ "Da NORTHOPEDICS von Hamburg finanziert wurde, welche anderen Projekte noch?": the
    question after a premise, naming nothing itself, asks for others of what the premise
    claims (funded by Hamburg), whether or not the premise holds."""
    for i, c in enumerate(clauses[:-1]):
        u, nxt = c.understanding, clauses[i + 1].understanding
        if premise_told(normalize(c.text).split(), u) and (
                u.filters.any() or u.other_funders) and nxt.intent == "list" and not (
                nxt.projects or nxt.filters.any() or nxt.other_funders or nxt.elsewhere):
            clauses[i + 1] = replace(clauses[i + 1], understanding=replace(
                nxt, filters=replace(u.filters, topics=()), other_funders=u.other_funders))
    return clauses


def in_language(u: Understanding, language: str) -> Understanding:
    """The reading of a piece as one in the whole message's language (copied only where the
    language differs: a copy of every field costs more than many a stage)."""
    return u if u.language == language else replace(u, language=language)


# "1. ", "2) ", "(3) " before a question: a number the writer put before each of several asks
NUMBERED = re.compile(r"(?:^|(?<=[\s:?!.;,]))\(?(\d{1,2})[.)]\s+(?=([^\W\d_]+))")


def unnumbered(text: str) -> str:
    """ "Fragen: 1. Wer hat InnoReAct gefördert? 2. Wie lange lief es?": the asks without their
    numbers, where they count 1, 2, … (not "vom 1. Juni bis 2. Juli", dates), each after a
    break ("1) when did bfcc run 2) who led it")."""
    if "1" not in text:
        return text
    found = [m for m in NUMBERED.finditer(text) if normalize(m.group(2)) not in month_names()]
    if len(found) < 2 or [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        return text
    out, at = [], 0
    for m in found:
        before = text[at:m.start()]
        out.append(before)
        out.append("" if not "".join(out).strip() or before.rstrip()[-1:] in "?!.:;" else "; ")
        at = m.end()
    return "".join(out) + text[at:]


def unfused(text: str) -> str:
    """ "wielange lief InnoReAct?", "seitwann gibt es das?", "howlong did it run": a question
    word run together with the next word, where the two are a phrase the intents know."""
    pattern = _fused_pattern()
    return pattern.sub(_unfused_word, text) if pattern.search(text) else text


@cache
def _fused_pattern() -> re.Pattern[str]:
    # ("seit wann", "until when": a multi-word question word's first word starts one too)
    words = sorted({w.split()[0] for ws in phrases().question_words.values() for w in ws},
                   key=len, reverse=True)
    # (the lookahead for their first letters rules out most places at once: the alternation
    # alone was tried at every word of every message, ~8 µs a message)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(rf"\b(?=[{firsts}])({'|'.join(words)})([^\W\d_]{{3,}})", re.IGNORECASE)


def _unfused_word(match: re.Match[str]) -> str:
    vocab = vocabulary()
    whole = normalize(match.group())
    pair = f"{normalize(match.group(1))} {normalize(match.group(2))}"
    if whole in vocab.common or not (stem_phrase(pair, vocab.phrase_words) in vocab.intents or
                                     pair in vocab.time_words):
        return match.group()
    return f"{match.group(1)} {match.group(2)}"


CORRECTED_WITHIN = 3  # "sorry, i mean", "oops, no, I meant": a few words before the correction
_BREAK = re.compile(r"[.?!,;:\-–—]\s*")


def _correction_end(words: list[str]) -> int | None:
    """Where the words of a correction ("sorry i mean", "ich meinte") end, if they stand within
    the first few words; the project meant follows."""
    return next((i + n for i in range(CORRECTED_WITHIN + 1) for n in (4, 3, 2)
                 if " ".join(words[i:i + n]) in phrases().corrections), None)


def _corrected(text: str, kb: KnowledgeBase, language_hint: str | None
               ) -> tuple[str, tuple[str, ...]] | None:
    """ "when did MAGIA end? sorry i mean MAGIA2Market": the question before the correction,
    and the projects named after it instead of the ones the question named."""
    if phrases().correction_words.isdisjoint(normalize(text).split()):
        return None  # (most messages correct nothing)
    for cut in _BREAK.finditer(text):
        words = normalize(text[cut.end():]).split()
        at = _correction_end(words)
        if at is None or not text[:cut.start()].strip():
            continue
        rest = words[at:]
        meant = understand(" ".join(rest), kb, language_hint)
        first = understand(text[:cut.start()], kb, language_hint)
        verbs = phrases().clause_verbs | phrases().yes_no_starts["en"] | \
            phrases().yes_no_starts["de"]
        if meant.projects and first.projects and set(first.projects) != set(meant.projects) \
                and len(rest) <= 6 and not verbs & set(rest):
            return text[:cut.end()].strip(), meant.projects
    return None


def corrected_claim(text: str, said: str, kb: KnowledgeBase, language_hint: str | None
                    ) -> str | None:
    """ "sorry i meant longer than MAGIA2Market", "ich meinte BFCC" right after a yes/no
    question: that question again, with the project it named replaced by the one meant."""
    words = normalize(text).split()
    if phrases().correction_words.isdisjoint(words):
        return None
    at = _correction_end(words)
    meant = understand(" ".join(words[at:]), kb, language_hint).projects if at else ()
    if len(meant) != 1:
        return None
    named = understand(said, kb, language_hint).projects
    if len(named) != 1 or meant == named:
        return None
    names = sorted(kb.projects[named[0]].names(), key=len, reverse=True)
    for name in names:
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said, re.IGNORECASE)
        if found:
            return f"{said[:found.start()]}{kb.projects[meant[0]].name}{said[found.end():]}"
    return None


def compared_first(text: str, kb: KnowledgeBase, language_hint: str | None) -> str | None:
    """ "what about compared to KI#CK, was it longer than that?", "im Vergleich zu KI#CK, lief
    es länger?": a project set against before a comma, then a comparative yes/no of "it": the
    claim of "it" than the project named ("was it longer than KI#CK?"), not of the one named."""
    head, comma, rest = text.partition(",")
    if not comma or not has_phrase(normalize(head).split(), phrases().compare_with):
        return None
    named = understand(head, kb, language_hint).projects
    asked = understand(rest, kb, language_hint)
    tokens = normalize(rest).split()
    if len(named) != 1 or asked.projects or not asked.comparative or \
            not is_yes_no(tokens, asked.language):
        return None
    if found := comparison_at(tokens):  # "… than that": the project named
        if not set(tokens[found[1] + 1:]) <= phrases().pointing_subjects:
            return None
        tokens = tokens[:found[1]]
    than = "than" if asked.language == "en" else "als"
    return f"{' '.join(tokens)} {than} {kb.projects[named[0]].name}?"


TOPIC_WORDS = 3  # "KI#CK funding: how much from …?": a project and a noun before a colon


def _topic(piece: str, after: str, text: str, see: Seeing) -> bool:
    """ "kick funding: how much from the state and how much from the ESF?": a project and a
    noun before a colon name what the questions after it are about; they ask, it doesn't."""
    end = text.find(piece) + len(piece)
    return text[end:end + 2].strip().startswith(":") and bool(see(piece).projects) and \
        len(normalize(piece).split()) <= TOPIC_WORDS and \
        not _opens_question(piece, see(piece).language) and \
        _opens_question(after, see(piece).language)


def _conditions_joined(pieces: list[str], see: Seeing, language: str) -> list[str]:
    """ "Which projects ran in 2018 and were funded by Interreg?": a verb after a list question
    that adds only a condition is one more condition of that list, not a question of its own."""
    out = pieces[:1]
    for piece in pieces[1:]:
        before, after = see(out[-1]), see(piece)
        if before.intent in ("list", "count") and not before.projects and \
                not after.projects and _verb_opens(piece) and after.filters.any() and \
                not after.list_reference and (before.filters.any() or after.filters.any()) or \
                _second_date(out[-1], piece, before, after, language):
            out[-1] = f"{out[-1].rstrip(' ?')} {'und' if language == 'de' else 'and'} {piece}"
            continue
        out.append(piece)
    return out


def _second_date(first: str, piece: str, before: Understanding, after: Understanding,
                 language: str) -> bool:
    """ "did ELISE start before 2018 and end after 2020?": a bare verb with a year after a
    yes/no of a project's date is a second date of the same claim (both must hold)."""
    return bool(before.projects and before.filters.years and after.filters.years) and \
        not after.projects and _verb_first(piece) and \
        not replace(after.filters, years=None, year_kind="year", mode="active").any() and \
        is_yes_no(normalize(first).split(), language)


def _if_so_answered(pieces: list[str], see: Seeing, language: str) -> list[str]:
    """ "Did LSN ever work with Lyonbiopole? If so, in which project?": the yes to whether any
    project did it names them, so the ask after "if so" for which one is that question's own
    (a question of a named project, "Did BFCC have Polish partners? If so, which?", asks on)."""
    out = pieces[:1]
    for piece in pieces[1:]:
        before, words = normalize(out[-1]).split(), normalize(piece).split()
        ends = next((n for n in (1, 2, 3, 4) if " ".join(before[-n:]) in phrases().if_so), 0)
        opens = next((n for n in (1, 2, 3, 4) if " ".join(words[:n]) in phrases().if_so), 0)
        if not (ends or opens) or not is_yes_no(before[:len(before) - ends], language):
            out.append(piece)  # (read the pieces only where "if so" is there: reading is
            continue  # most of a message's time)
        asked, after = see(out[-1]), see(" ".join(words[opens:]) or piece)
        if not asked.projects and not after.projects and not after.filters.any() and \
                after.intent in ("list", None) and "names" in after.asks:
            out[-1] = " ".join(out[-1].split()[:len(out[-1].split()) - ends]) if ends else out[-1]
            continue
        out.append(piece)
    return out


def _verb_opens(piece: str) -> bool:
    """ "ran in 2021", "were funded by Interreg", "wurden von Interreg gefördert": a verb first."""
    tokens = normalize(piece).split()
    starts = phrases().yes_no_starts
    return _verb_first(piece) or bool(tokens) and tokens[0] in starts["en"] | starts["de"]


def _without_closing(text: str, see: Seeing) -> str:
    """ "… when did it end? Many thanks.", "… total budget? need the figure for a funding
    overview": thanks, a greeting or the speaker's reason after the last question mark close the
    message; they ask nothing."""
    head, mark, tail = text.rpartition("?")
    if not mark or not tail.strip() or not head.strip():
        return text
    # "and who funded it? (sorry, switching to english for my colleague)": an aside in brackets
    # that asks nothing ("english for" there asks for no name)
    aside = _ASIDE.fullmatch(tail) is not None and not _asked_words(tail)
    words = normalize(tail).split()
    if not words:  # "… ? 🤔", "…?!": marks and emoji alone read as nothing (not read)
        return head + mark if aside else text
    u = see(tail)
    if u.projects or u.continuation or u.filters.any():
        return text  # "when did BFCC run? and ELISE" asks again
    telling = any(" ".join(words[:n]) in phrases().telling_starts for n in (1, 2)) or (
        _first_person(tail) and not _opens_question(tail, u.language))
    return head + mark if u.intent in ("thanks", "greeting") or telling or aside else text


def _without_told_after(text: str, see: Seeing, language: str) -> str:
    """ "Mein Chef möchte wissen, welche Projekte Partner aus Frankreich hatten. Wir bahnen
    gerade eine Kooperation mit einem Cluster in Lyon an.": what the speaker tells of
    themselves after the last question is their reason; its places and topics filter nothing."""
    sentences = _sentences(text)
    if len(sentences) < 2:  # (most messages: one sentence, nothing told after it)
        return text
    asking = [i for i, s in enumerate(sentences) if "?" in s or _opens_question(s, language) or
              _indirect_ask(s, language)]
    if not asking or asking[-1] == len(sentences) - 1:
        return text
    after = sentences[asking[-1] + 1:]
    if all(_first_person(s) and not _requests(s) and not see(s).projects and
           not see(s).continuation for s in after):
        return " ".join(sentences[:asking[-1] + 1])
    return text


def _requests(sentence: str) -> bool:
    """ "We need the ones from 2018": a request in what is told asks, too."""
    return has_phrase(normalize(sentence).split(), phrases().request_cues)


def _without_guess(text: str, see: Seeing) -> str:
    """ "who led BONEBANK? LSN?", "wann begann BFCC? 2016?": a bare name or year after a
    question is the asker's guess; the answer settles it, and the guess must not become a
    question of its own ("which projects did LSN lead?")."""
    head, mark, last = text.rstrip().removesuffix("?").rpartition("?")
    if not mark or not head.strip() or not 0 < len(normalize(last).split()) <= 3:
        return text  # (no word after the mark, "when did ELISE end? 🤔", guesses nothing)
    guess, question = see(last), see(head)
    named = guess.filters.organisations or guess.filters.funders or guess.filters.places or \
        guess.filters.years
    if guess.projects or guess.intent or guess.continuation or not named:
        return text
    asks_a_fact = question.intent not in (None, "list", "count", "superlative", "timeline")
    return head + mark if asks_a_fact and _asked_words(head) else text  # ("which projects
    # did the ERDF fund? ESF?" asks again, for the ESF)


_OR = re.compile(r"\s*,?\s+(?:or|oder)\s+", re.IGNORECASE)
PLAN_TAIL = 6  # at most this many words after "or": "or was that just planned?"


def _without_plan_contrast(text: str) -> str:
    """ "did BFCC build the registry or was that just planned?", "… oder war das nur geplant?",
    "… ein länderübergreifendes Register oder nur lokale?": the last alternative only sets the
    claim against a mere plan or a lesser thing; the claim is what is asked. The alternative
    runs to the end of its sentence ("… transnational or only local? And how many …?")."""
    for cut in reversed(list(_OR.finditer(text))):
        end = _SENTENCE_MARK.search(text, cut.end())
        stop = end.start() if end else len(text)
        tail = normalize(text[cut.end():stop]).split()
        lesser = tail[:1] and tail[0] in phrases().lesser and \
            phrases().lesser_units.isdisjoint(tail)  # "… oder nur lokale Register?", not "mit
        # Tag oder nur Monat?" (how exact the dates are)
        if 0 < len(tail) <= PLAN_TAIL and (lesser or has_phrase(tail, phrases().planned_then)):
            text = text[:cut.start()] + (text[stop:] if end else "")
    return text


_SENTENCE_MARK = re.compile(r"[?!]|\.(?:\s|$)")
_SENTENCE_ENDS = re.compile(r"[?!]|\.\s")


def _lesser_cut(text: str) -> tuple[str, ...]:
    """The words before each lesser alternative _without_plan_contrast cuts ("… or only
    local?", "… oder nur Partner?"), from the start of their sentence, normalised."""
    found = []
    for cut in _OR.finditer(text):
        end = _SENTENCE_MARK.search(text, cut.end())
        tail = normalize(text[cut.end():end.start() if end else len(text)]).split()
        if 0 < len(tail) <= PLAN_TAIL and tail[0] in phrases().lesser and \
                phrases().lesser_units.isdisjoint(tail):
            start = max((m.end() for m in _SENTENCE_ENDS.finditer(text, 0, cut.start())),
                        default=0)
            found.append(normalize(text[start:cut.start()]))
    return tuple(found)


PURPOSE_WITHIN = 3  # "Quick check for my funding report:": the purpose a few words in


def _purpose(text: str) -> bool:
    """ "Für einen Artikel über …", "for our annual report", "Quick check for my funding
    report": why the speaker asks (not "what was the budget for the project", a question);
    "quick one from the partner side", "aus Sicht der Förderer": the side they ask from."""
    tokens = normalize(text).split()
    p = phrases()
    return len(tokens) > 2 and any(
        tokens[i] in p.purpose_starts and tokens[i + 1] in p.purpose_articles and
        (i == 0 or not _asked_words(" ".join(tokens[:i])))
        for i in range(min(PURPOSE_WITHIN + 1, len(tokens) - 1))) or _side(tokens)


SIDE_WITHIN = 5  # "from the partner side", "from a funder's point of view": the side's word


def _side(tokens: list[str]) -> bool:
    """ "from the partner side", "from a funder's perspective", "von Partnerseite", "aus Sicht
    der Förderer": words that only tell the side the speaker asks from, a few words in."""
    p = phrases()
    return len(tokens) <= 12 and any(
        tokens[i] in p.side_starts and any(
            w in p.side_words or any(w.endswith(s) and len(w) > len(s) + 3 for s in p.side_words)
            for w in tokens[i + 1:i + 1 + SIDE_WITHIN])
        for i in range(min(PURPOSE_WITHIN + 1, len(tokens) - 1)))


def only_turns_to(text: str, language: str | None = None) -> bool:
    """ "what about the magia follow-up, when did that start": "what about" and a name only
    turn to what the question after it asks of (its "what" asks nothing); so do "ok what
    about the project it was part of" (its "was" no German "what", where the language is
    known)."""
    tokens = normalize(text).split()
    opener = _turn_opener(tokens)
    rest = " ".join(tokens[opener:])
    return bool(opener) and not (_asked_words(rest) if language is None else
                                 _asked_in(rest, language))


def _asked_in(text: str, language: str) -> bool:
    """Whether a question word of the language stands anywhere in the text."""
    return not set(normalize(text).split()).isdisjoint(
        phrases().question_words.get(language, frozenset()))


AND_WORDS = frozenset({"and", "und", "so"})  # "und wie ist es mit …", "and what about …"


def _turn_opener(tokens: list[str]) -> int:
    """How many words open a message with "what about", "wie ist es mit" (a turn to what
    follows, whose question word asks nothing), after "ok", "so", else 0."""
    turns = vocabulary().phrase_sets["continuation"]
    start = next((i for i, t in enumerate(tokens) if t not in phrases().openers and
                  t not in AND_WORDS), len(tokens))
    opener = next((n for n in (4, 3, 2) if " ".join(tokens[start:start + n]) in turns), 0)
    return start + opener if opener and tokens[start + opener - 1] in ("about", "mit") else 0


def _leads_in(text: str) -> bool:
    """ "… and need to know", "ich wüsste gern", "I wonder": words that end in a lead into the
    question told after them; what they tell only introduces it."""
    tokens = normalize(text).split()
    return bool(tokens) and (tokens[-1] in phrases().roles_leads or
                             " ".join(tokens[-2:]) in phrases().roles_leads)


def _asked_words(text: str) -> bool:
    """Whether a question word stands anywhere in the text."""
    words = phrases().question_words
    return not set(normalize(text).split()).isdisjoint(words["en"] | words["de"])


def _first_person(text: str) -> bool:
    """ "ich such infos zu …", "I'm looking into …": the speaker tells about themselves."""
    return _speaker_first(normalize(text).split())


def _speaker_first(tokens: list[str]) -> bool:
    return bool(tokens) and tokens[0] in phrases().first_person


def _only_asks_to_be_told(text: str) -> bool:
    """ "Können Sie mir kurz erklären", "could you explain": words that only ask to be told
    what the next clause asks (an explanation is no overview of a project it doesn't name)."""
    tokens = normalize(text).split()
    return bool(tokens) and set(tokens) <= phrases().identity[2]


HEADER_CUTS = ":-–—"  # what ends a header before the asks it heads


def _told_header(piece: str, clause: Clause, text: str, after_it: str, language: str
                 ) -> bool:
    """ "Tell me about ELISE: when, who funded it, how much?": a request to be told about a
    project, set off by a colon or a dash before questions, is their header; the questions
    after it say what to tell (no summary besides). Not before words about the speaker
    ("Tell me about ELISE: I'm writing a report.")."""
    u = clause.understanding
    tokens = normalize(piece).split()
    if u.intent != "overview" or not u.projects or clause.yes_no or not tokens or \
            tokens[0] in phrases().any_question_word or _first_person(after_it) or not (
                "?" in text or _opens_question(after_it, language)):
        return False  # ("What was ELISE – and when?" asks what it was)
    at = text.find(piece)
    after = text[at + len(piece):].lstrip() if at >= 0 else ""
    return bool(after) and after[0] in HEADER_CUTS


def _framing(text: str) -> bool:
    """ "Let me start with ELISE", "Fangen wir mit HIHeal an": words ordering the talk."""
    tokens = normalize(text).split()
    return any(" ".join(tokens[:n]) in phrases().framing for n in range(2, 5))


def _tells_existence(text: str) -> bool:
    """ "there was some platform connecting scientists with pharma partners, bridge-something?
    what was its focus": words telling that a thing existed describe what the question after
    them asks of (its "partners" ask no partners), even with a guess at its name."""
    tokens = normalize(text).split()
    return any(" ".join(tokens[:n]) in phrases().existence_told for n in (2, 3))


def _verb_first(text: str) -> bool:
    tokens = normalize(text).split()
    return bool(tokens) and tokens[0] in phrases().clause_verbs


def _clause(text: str, u: Understanding, kb: KnowledgeBase) -> Clause:
    """One clause as a query, in stages: the links it follows, what it asks, whether it asks
    yes or no, then its flags."""
    tokens = normalize(text).split()
    aside = has_phrase(tokens, phrases().not_hops) and not has_phrase(tokens, phrases().link_had)
    kinds, u = _link_kinds(tokens, u, aside, kb)
    if u.superlative and _demonstrative_link(tokens):  # "that earlier project" ranks nothing
        u = replace(u, superlative=None, comparative=False)
    if u.superlative and not _which_ranked(tokens):  # "who funded the shortest?"
        u = replace(u, of_ranked=True)
    if u.intent == "relations" and len(u.projects) == 1 and \
            not phrases().subject_words.isdisjoint(tokens):  # "wie hängt das mit HIHeal
        u = replace(u, pronoun=True)  # zusammen?": the link of the project talked about
    if named := _word_in_name(tokens, kb):  # "which project had the word Hygiene in its name?"
        u = replace(u, projects=named, intent="overview", filters=Filters())
    kinds, u, identity = _asked(text, tokens, kinds, u, kb)
    if kinds == ["part_of"] and u.intent == "count" and not u.projects and any(
            kb.topics[t].kind == "initiative" for t in u.filters.topics):
        kinds = []  # "how many projects belonged to HealthRegion?": the link is the condition
        # of the projects counted, the initiative the page names as what they were part of
    if u.ordinal == 1 and has_phrase(tokens, phrases().some_of) and \
            not {"erste", "ersten", "erster", "erstes", "first"} & set(tokens):
        u = replace(u, ordinal=None)  # "eins von beiden" is any one of them, not the first
    yes_no = _asks_yes_no(text, tokens, u, kb) and "written_in" not in u.asks  # ("is the
    # guide available in Danish?": which languages, which the page doesn't say)
    if yes_no and u.intent == "status" and not u.projects and u.filters.topics and not (
            replace(u.filters, topics=()).any() or u.pronoun or after_end(tokens) or
            _lasting(tokens, u, yes_no)):
        yes_no = False  # "kann man noch Stammzellen einlagern?": whether what a project did
        # goes on today (its status), not whether a project was on it
    if named_in := _name_in(tokens):  # "wie heißt das auf Englisch?": its name in that language
        u = replace(u, intent="overview", asks=u.asks | {"full_name", f"name_in_{named_in}"})
    link_asked = u.intent in kinds and " ".join(tokens[:2]) in phrases().which_project  # "which
    # project continued P.I.L.O.T.'s network activities?" asks the link: no step to another ask
    cites = bool(u.projects) and has_phrase(_unsoftened(tokens), phrases().cite_requests)
    if cites and u.intent == "places":  # "where does it say that MAGIA2Market followed
        told = understand(_without_cite(_unsoftened(tokens)), kb, u.language)  # MAGIA?": the
        if told.intent not in (None, "places") and dict(told.scores).get(  # "where" asks where
                told.intent, 0) >= ASKING:  # the page says it, not where the project was
            u = replace(u, intent=told.intent, scores=told.scores)
    link_told = cites and len(u.projects) > 1  # "where does it say that BRIDGE 53 belonged to
    # HIHeal?": the link told between its two ends, no step from one to the other
    return Clause(text, u, None if link_asked or link_told else hop_of(kinds, u), yes_no,
                  kinds[0] if len(kinds) == 1 else None,
                  future=has_phrase(tokens, phrases().future) and (
                      not u.projects or yes_no or has_phrase(tokens, phrases().future_sure))
                  and not has_phrase(tokens, phrases().planned_then) and not (
                      _first_person(text) and not yes_no) and not (  # ("Wir planen …")
                      kinds and not phrases().link_verbs["participles"].isdisjoint(tokens) and
                      not has_phrase(tokens, phrases().future_sure)),
                  # ("was wird dort weitergeführt?": a link in the present passive, no plan)
                  # "Is there a MAGIA 3 planned?", "Wird KI#CK in Zukunft nochmal angeboten?"
                  current=_current(tokens, u),
                  compose=_compose(text, tokens),
                  informal=has_phrase(tokens, phrases().informal_address),
                  judgement=_judgement(tokens, bool(u.projects)),
                  unknown_project=_called(tokens, u),
                  # ("Ist P.I.L.O.T. nach InnoReAct zu Ende gegangen?" sets two ends side by side)
                  after_end=after_end(tokens) and not (yes_no and len(u.projects) > 1),
                  lasting=_lasting(tokens, u, yes_no),
                  any_project=_any_project(tokens, u),
                  some_of=yes_no and has_phrase(tokens, phrases().some_of),
                  all_of=yes_no and not u.projects and (u.every or u.list_reference or bool(
                      set(tokens) & phrases().they_words)) and
                  has_phrase(tokens, phrases().all_of),
                  compare_with=not yes_no and len(u.projects) == 1 and
                  has_phrase(tokens, phrases().compare_with),
                  identity=identity,
                  aside=aside,
                  both_ends=len(kinds) == 1 and len(u.projects) == 1 and _and_link(tokens),
                  same_as=len(u.projects) <= 1 and claim_of(tokens) in (
                      "same_year", "same_month", "overlap") and (not yes_no and (
                          dict(u.scores).get("list", 0) >= 2 or
                          has_phrase(tokens, phrases().which_other)) or
                      _any_project(tokens, replace(u, projects=())) == "other")  # ("did any
                  # other project end the same month (as InnoReAct)?", "endete ein anderes
                  # Projekt im selben Monat?" ask for them)
                  and (bool(u.projects) or not u.filters.years),  # ("welche liefen 2017 alle
                  # gleichzeitig": the year is the time, not the last project's)
                  against=None if yes_no else against(tokens, u, kb),
                  pick=not u.projects and u.filters.any() and _picks(tokens) and
                  not (yes_no and predicate(tokens)),
                  wants_sources=len(tokens) <= 8 and not u.projects and
                  has_phrase(tokens, phrases().source_requests) and
                  not has_phrase(tokens, phrases().money_sources),
                  cites=cites,
                  switch_to=None if u.projects or named_in or "written_in" in u.asks
                  else _switch_to(tokens))


YEAR_OPENERS = frozenset({"between", "zwischen", "from", "von", "vom", "ab"})


def _unsoftened(tokens: list[str]) -> list[str]:
    """The words without those that only stress ("where does it actually say"), as the intent
    phrases are looked for."""
    softeners = vocabulary().phrase_sets["softeners"]
    return tokens if softeners.isdisjoint(tokens) else [t for t in tokens if t not in softeners]


def _without_cite(tokens: list[str]) -> str:
    """The words without the request to be shown the page's words: what it should show."""
    cites = phrases().cite_requests
    for i in range(len(tokens)):
        for n in (4, 3, 2, 1):
            if " ".join(tokens[i:i + n]) in cites:
                return " ".join(tokens[:i] + tokens[i + n:])
    return " ".join(tokens)


def years_compared(tokens: list[str], u: Understanding) -> tuple[int, int] | None:
    """ "did more projects start in 2016 or in 2020?", "wie viele begannen 2016 und wie viele
    2020?": two years whose counts are asked side by side (not "between 2016 and 2020")."""
    years = [i for i, t in enumerate(tokens) if t[:2] in ("19", "20") and len(t) == 4 and
             t.isdigit()]  # (the cheap look first: every message's every word comes here)
    if len(years) != 2 or u.projects or tokens[years[0] - 1:years[0]] and \
            tokens[years[0] - 1] in YEAR_OPENERS:
        return None
    words = phrases().years_compared
    if u.intent != "count" and not has_phrase(tokens, words["more"]):
        return None
    between = " ".join(tokens[years[0] + 1:years[1]])
    joined = False
    for phrase in sorted(words["joins"] | words["counts"], key=len, reverse=True):
        if f" {phrase} " in f" {between} ":
            joined = True
            between = f" {between} ".replace(f" {phrase} ", " ")
    if not joined or not set(between.split()) <= words["filler"]:
        return None
    return int(tokens[years[0]]), int(tokens[years[1]])


COUNTS_COMPARED = {k: frozenset(normalize(w) for w in ws)
                   for k, ws in data_file("query")["counts_compared"].items()}
COMPARED_KINDS = ("funders", "places", "topics", "organisations")


def counts_compared(tokens: list[str], u: Understanding) -> tuple[str, str, str] | None:
    """ "Hat Hamburg oder Schleswig-Holstein mehr Projekte gefördert?", "did the ERDF fund more
    projects than Interreg?", "more projects with Italy or with France?": two conditions of one
    kind (funders, places, topics or organisations) whose counts are set side by side, as
    (kind, first, second); None for anything else (a list under either or both)."""
    words = COUNTS_COMPARED
    if words["more"].isdisjoint(tokens):
        return None  # (the cheap look first: most messages compare no counts)
    text = f" {' '.join(tokens)} "
    if u.projects or not any(f" {j} " in text for j in words["joins"]):
        return None
    f = u.filters
    kinds = [k for k in COMPARED_KINDS if getattr(f, k)]
    if len(kinds) != 1 or len(getattr(f, kinds[0])) != 2 or f.without or f.besides:
        return None
    first, second = getattr(f, kinds[0])
    return kinds[0], first, second


AGAINST_KINDS = ("before", "after")  # (then "at" for order_when, "during")


def against(tokens: list[str], u: Understanding, kb: KnowledgeBase
            ) -> tuple[str, str, str] | None:
    """ "which projects were still running when P.I.L.O.T. started?", "welche liefen während
    MAGIA?", "which started before ELISE began?", "welche endeten vor dem Start von PILOT?": a
    list of the others measured against one date of the project named (or its whole run), as
    (relation, the listed ones' date, its date). None for anything else."""
    if len(u.projects) != 1:
        return None
    listed = u.intent in ("list", "count") or dict(u.scores).get("list", 0) >= 2 or any(
        " ".join(tokens[:n]) in phrases().against_which for n in (1, 2, 3))  # ("Welche liefen
    # kürzer als ELISE?")
    if not (listed or tokens[:1] in (["what"], ["was"]) and
                                     not phrases().order_during.isdisjoint(tokens[1:4])):
        return None  # ("what ran while MAGIA ran?", "was lief während MAGIA?": a run only;
        # not "what did they do during the third stage of BFCC?")
    found = _against(tokens, kb.projects[u.projects[0]])
    return found if listed or found and found[0] == "during" else None


def _against(tokens: list[str], project: Project) -> tuple[str, str, str] | None:
    """The relation, the listed ones' date and the named one's, from the words around it."""
    span = _name_span(tokens, project)
    if span and (length := _length_against(tokens, span[0])):
        return length, "length", "length"  # "which ran longer than NORTHOPEDICS?"
    found = _relation_before(tokens, span[0]) if span else None
    if not span or not found:
        return None
    kind, at, n = found
    noun = _event_words(tokens[at + n:span[0]])
    theirs = noun or _event_words(tokens[span[1]:span[1] + 3])[:1]
    own = _event_words(tokens[:at]) + (_event_words(tokens[span[1]:]) if noun else [])
    mode = {"start": "started", "end": "ended"}
    if kind in AGAINST_KINDS:
        if not (own or theirs):
            return None  # "which projects came after BFCC?": which date, it doesn't say
        mine = (own or theirs)[0]
        return kind, mode[mine], (theirs or own)[0]
    if own:
        return None  # "which ended when P.I.L.O.T. started?": no list of this kind
    if theirs:
        return "at", "active", theirs[0]
    if kind == "during" or not phrases().order_during.isdisjoint(tokens[span[1]:]):
        return "during", "active", "run"
    return None


LENGTH_REACH = 4  # words a length's comparative may stand before "than": "länger gedauert als"


def _length_against(tokens: list[str], at: int) -> str | None:
    """ "longer" or "shorter" where the name follows "than"/"als" with such a word a few words
    before it ("liefen länger als BFCC", "have run for a shorter time than ELISE")."""
    ps = phrases()
    if at < 2 or tokens[at - 1] not in ps.against_than:
        return None
    near = tokens[max(0, at - 1 - LENGTH_REACH):at - 1]
    return next((kind for kind, words in ps.against_lengths.items()
                 if any(" ".join(near[i:i + n]) in words for i in range(len(near))
                        for n in (1, 2))), None)


def _name_span(tokens: list[str], project: Project) -> tuple[int, int] | None:
    """Where the project's name (or an alias) stands in the words."""
    names = {tuple(normalize(n).split()) for n in project.names()} - {()}
    return next(((i, i + len(n)) for i in range(len(tokens)) for n in names
                 if tuple(tokens[i:i + len(n)]) == n), None)


def _relation_before(tokens: list[str], end: int) -> tuple[str, int, int] | None:
    """The last word before the name that relates two dates: its kind (before, after, at,
    during), where it stands and how many words it has."""
    ps = phrases()
    kinds = [*((k, ps.order[k]) for k in AGAINST_KINDS), ("during", ps.against_during),
             ("at", ps.order_when)]
    for i in range(end - 1, 0, -1):
        for n in (3, 2):  # "at the same time as": the whole phrase, not its "as" (at)
            if i - n + 1 > 0 and " ".join(tokens[i - n + 1:i + 1]) in ps.against_during:
                return "during", i - n + 1, n
        for n in (3, 2, 1):
            words = " ".join(tokens[i:i + n])
            if i + n <= end and (kind := next((k for k, ws in kinds if words in ws), None)):
                return kind, i, n
    return None


def _event_words(words: list[str]) -> list[str]:
    """ "start" or "end" for each event word, in order ("began", "dem Ende", "finished")."""
    ps = phrases()
    return [kind for i in range(len(words)) for kind in ("start", "end")
            if any(" ".join(words[i:i + n]) in ps.order_events[kind] | ps.against_events[kind]
                   for n in (1, 2, 3))]


SWITCH_WORDS = 7  # a language request ends the piece it is in, within this many words


def _switch_to(tokens: list[str]) -> str | None:
    """The language a piece asks the answer in, where a request for one ends it ("english
    please"; "sorry, my colleague doesn't speak German - can you repeat that in English")."""
    return next((lang for lang, ps in phrases().language_requests.items()
                 if has_phrase(tokens[-SWITCH_WORDS:], ps)), None)


def _name_in(tokens: list[str]) -> str | None:
    """The other language a name is asked in, not the answer ("wie heißt das auf Englisch?",
    "what's it called in German?"; "auf Englisch bitte" asks the answer in it)."""
    if not (lang := _switch_to(tokens)) or not has_phrase(tokens, phrases().name_in_language):
        return None
    return lang


def _and_link(tokens: list[str]) -> bool:
    """ "MAGIA and its follow-up", "BRIDGE 53 und das Gesamtprojekt": a link noun joined to
    the project named, so the question is asked of both."""
    words = phrases().link_and
    for i, t in enumerate(tokens[:-1]):
        if t not in words["joins"]:
            continue
        at = i + 2 if tokens[i + 1] in words["determiners"] else i + 1
        if i and _hop_kinds(tokens[at:at + 5]):  # ("and the project it belonged to")
            return True
    return False


def _which_ranked(tokens: list[str]) -> bool:
    """ "which project ran longest?", "which one started first?", "welches war am kürzesten?":
    the question asks which project a ranking names (not "which clusters were in the longest
    project?", which asks something of it)."""
    words = phrases().ranked_which
    for i, t in enumerate(tokens):
        if t in words["owners"] and tokens[i + 1:i + 2] and tokens[i + 1] in words["owner_verbs"]:
            return True
        if t not in words["questions"]:
            continue
        after = tokens[i + 1:i + 4]
        if after[:1] and (after[0] in words["verbs"] and t != "what" or
                          not words["heads"].isdisjoint(after)):
            return True
    return False


def _word_in_name(tokens: list[str], kb: KnowledgeBase) -> tuple[str, ...]:
    """ "Which project had the word Hygiene in its name?", "Welches Projekt hat 'Ecosystems' im
    Namen?": the projects whose name or full name holds a word the question names."""
    if not has_phrase(tokens, phrases().name_words):
        return ()
    asked = {w for p in phrases().name_words for w in p.split()} | vocabulary().phrase_words
    words = {t for t in tokens if len(t) >= 3 and not t.isdigit() and t not in asked}
    return tuple(pid for pid, p in kb.projects.items() if words & _name_words(p))


def _name_words(project: Project) -> frozenset[str]:
    full = [project.full_name.en, project.full_name.de] if project.full_name else []
    return frozenset(normalize(" ".join([project.name, *full])).split())


def _demonstrative_link(tokens: list[str]) -> bool:
    """ "that earlier project", "dieses frühere Projekt": a demonstrative before a link noun
    that holds a comparative word names a project, it ranks none. Only the words after the
    last word of a demonstrative are looked at."""
    words = phrases()
    ends = _demonstrative_ends()
    return any(" ".join(tokens[max(0, i - k):i]) in words.link_demonstratives and
               " ".join(tokens[i:i + n]) in nouns and n > 1
               for i in range(1, len(tokens)) if tokens[i - 1] in ends
               for nouns in words.link_nouns.values() for k in (1, 2) for n in (2, 3))


@cache
def _demonstrative_ends() -> frozenset[str]:
    """The last words of the demonstratives ("that", "gleiche" of "das gleiche")."""
    return frozenset(p.split()[-1] for p in phrases().link_demonstratives)


def _link_kinds(tokens: list[str], u: Understanding, aside: bool, kb: KnowledgeBase
                ) -> tuple[list[str], Understanding]:
    """The links between projects the clause follows, and the understanding without the link
    intents a word only seemed to ask for (a negated link, a partner "part of" a project, a
    place that "belongs" to target regions, a name given with its link noun)."""
    kinds = [] if aside else _hop_kinds(tokens) or (["contains"] if _its_part(tokens, u, kb)
                                                    else [])
    if not kinds and not aside and _inside_which(tokens, u):  # "which project was BRIDGE 53
        kinds = ["part_of"]  # in?": the project it was part of
        u = replace(u, intent="part_of", scores=(("part_of", ASKING + 1), *u.scores))
    dropped: tuple[str, ...] = RELATIONS if aside else ()
    negated = tuple(k for k in kinds if _negated(tokens, k))
    if negated:  # "ich meinte das ursprüngliche MAGIA, nicht das Folgeprojekt"
        kinds, dropped = [k for k in kinds if k not in negated], negated
    if kinds == ["part_of"] and (u.intent == "partners" and has_phrase(
            tokens, phrases().member_nouns) or _speaker_first(tokens)) and \
            not _project_belongs(tokens, kb):  # "which Belgian cluster was part of MAGIA?",
        kinds, dropped = [], (*RELATIONS, "contains")  # "We're a hospital that was part of
        # the BFCC registry": an organisation or the speaker part of a project, no parent
    elif kinds == ["part_of"] and (u.filters.places or u.elsewhere) and \
            dict(u.scores).get("places", 0) >= ASKING and \
            phrases().link_verbs["subjects"].isdisjoint(tokens):  # "Gehörte Japan zu den
        kinds, dropped = [], (*RELATIONS, "contains")  # Zielregionen von MAGIA2Market?": a
        # place belongs, not a project ("zu einem Projekt in Hamburg?" stays a parent project)
    elif (kinds in (["part_of"], ["contains"]) or u.intent in ("part_of", "contains")) and \
            _places_belong(tokens):
        kinds, dropped = [], (*RELATIONS, "contains")  # "which seven countries exactly were
        u = replace(u, scores=(("places", ASKING + 1), *u.scores))  # part of BFCC?"
    elif u.filters.funders and has_phrase(tokens, phrases().funder_under) and (
            kinds in (["part_of"], ["contains"]) or
            any(i in ("part_of", "contains") for i, _ in u.scores)):  # "which one was under
        kinds, dropped = [], (*RELATIONS, "contains")  # Interreg Europe?": the funding, no
        if u.intent in dropped:  # project inside it nor one it was part of
            u = replace(u, scores=(("funding", ASKING + 1), *u.scores))
    elif kinds == ["part_of"] and len(u.projects) >= 2 and comparison_at(tokens):  # "Hatte
        kinds, dropped = [], RELATIONS  # ELISE ein größeres Budget als KI#CK?": a comparison
    elif kinds in (["predecessor"], ["follow_up"]) and u.filters.years and u.project_noun and \
            not u.projects and not has_phrase(tokens, phrases().link_nouns[kinds[0]]):
        kinds, dropped = [], RELATIONS  # "Welches Projekt lief vor 2018?": a date condition,
        # no link (its noun would still be one: "Welche Nachfolgeprojekte begannen 2023?")
    elif kinds and kinds[0] != "part_of" and _apposition(tokens, kinds[0], u, kb):  # "das
        # Nachfolgeprojekt P.I.L.O.T. Next Level" is that project, no step from it
        kinds, dropped = [], RELATIONS
    elif u.intent == "contains" and _apposition(tokens, "part_of", u, kb):
        dropped = ("contains",)  # "the BRIDGE 53 subproject" asks nothing about its parts
    elif kinds == ["part_of"] and _parent_only(u, kb) and (u.intent == "contains" or (
            u.intent in ("list", "part_of") and " ".join(tokens[:2]) in phrases().which_projects)):
        kinds, dropped = [], ("part_of", "list")  # "which projects belonged to HIHeal?",
        u = replace(u, scores=(("contains", ASKING + 1), *u.scores))  # "which projects were
        # under the HIHeal umbrella?": the parts of a project that has parts and is part of
        # none (a step up from it leads nowhere)
    elif (u.intent == "contains" or kinds == ["contains"]) and len(u.projects) <= 1 and \
            has_phrase(tokens, phrases().member_nouns):  # "Did BFCC include hospitals?":
        kinds, dropped = [], ("contains",)  # organisations it had, no projects inside it
        u = replace(u, scores=(("partners", ASKING), *u.scores))
    if dropped:
        rest = [(i, v) for i, v in u.scores if i not in dropped]
        u = replace(u, scores=tuple(rest), intent=rest[0][0] if rest and rest[0][1] >= 1 else None)
    return kinds, u


def _parent_only(u: Understanding, kb: KnowledgeBase) -> bool:
    """One project named that has parts and belongs to no other: a link up from it leads
    nowhere, so words of belonging ask what belonged to it."""
    return len(u.projects) == 1 and bool(kb.projects[u.projects[0]].contains) and \
        not kb.projects[u.projects[0]].part_of


def _places_belong(tokens: list[str]) -> bool:
    """ "which seven countries exactly were part of BFCC?": a noun of places before the first
    word of belonging is what took part ("was BFCC part of a Baltic Sea Region strategy?" is
    not)."""
    words = phrases().places_belong
    first = next((i for i, t in enumerate(tokens) if t in words["belonging"]), 0)
    return any(t in words["nouns"] for t in tokens[:first])


def _inside_which(tokens: list[str], u: Understanding) -> bool:
    """ "which project was BRIDGE 53 in?", "In welchem Projekt war BRIDGE 53?": the project one
    named was in, asked with no link word (a place or partner in its stead asks for a list)."""
    if len(u.projects) != 1 or u.filters.any() or len(tokens) < 4:
        return False
    inside = phrases().inside_which
    opening = tokens[0] in _inside_firsts() and any(
        " ".join(tokens[:n]) in inside["opening"] for n in (3, 4, 5, 6))
    closing = tokens[-1] in inside["closing"] and " ".join(tokens[:2]) in phrases().which_project
    return (opening or closing) and not any(
        score >= ASKING and i not in ("list", "overview", "part_of", "contains", "places")
        for i, score in u.scores)


@cache
def _inside_firsts() -> frozenset[str]:
    """The first words of inside_which's openings ("in", "innerhalb"): a clause that begins
    otherwise is not looked at further."""
    return frozenset(p.split()[0] for p in phrases().inside_which["opening"])


def _project_belongs(tokens: list[str], kb: KnowledgeBase) -> bool:
    """ "the project that BRIDGE 53 belonged to", "dem Projekt, zu dem es gehörte": a project
    named (or "it") right before the words of belonging is the part, so the clause asks of the
    project it belonged to, not of an organisation part of a project."""
    names, pronouns = _names(kb), phrases().link_verbs["pronouns"]
    for i in range(1, len(tokens)):
        if not any(" ".join(tokens[i:i + n]) in phrases().hops["part_of"] for n in (1, 2, 3)):
            continue
        if tokens[i - 1] in pronouns and tokens[i - 1] not in ("that", "das") or any(
                " ".join(tokens[j:i]) in names for j in range(max(0, i - NAME_WORDS), i)):
            return True
    return False


def _asked(text: str, tokens: list[str], kinds: list[str], u: Understanding, kb: KnowledgeBase
           ) -> tuple[list[str], Understanding, bool]:
    """What the clause asks where its words and its links settle it: a purpose ("what was it
    for?"), a link asked backwards ("what is it the follow-up of?"), an identity ("Was war
    HIHeal, …"), or the link itself; and whether it asks who or what a project is."""
    first, verb = phrases().purpose_opening
    if 2 < len(tokens) <= 7 and tokens[-1] in phrases().purpose_tails and u.projects and \
            tokens[0] in first and tokens[1] in verb and \
            tokens[-2] in {w for n in kb.projects[u.projects[0]].names() for w in
                           normalize(n).split()} | {"it", "that", "this"}:
        u = replace(u, intent="goals", scores=(("goals", 4.0), *u.scores))  # "what was it for?"
    by_verb = None if link_verb_words().isdisjoint(tokens) else \
        _verb_object(tokens, u, kb) or _relative_link(tokens, kb)  # "Welches Projekt führt
    # P.I.L.O.T. fort?", "Wie heißt das Projekt, das HIHeal fortsetzt?" (most messages have
    # no verb of a link: the searches for its subject and object are not run)
    by_noun = _inverse_link(tokens)
    inverse = by_noun or by_verb
    if by_verb and _particle_verb(tokens):  # "Welches Projekt führte MAGIA fort?" asks
        u = _without_lead(u)  # nothing about who led it
    if inverse:  # "what is it the follow-up of?" asks for the predecessor
        kinds = [inverse]
        u = replace(u, link_subject=bool(by_noun))  # (the subject of the link noun)
        if u.intent in RELATIONS or u.intent is None or by_verb and u.intent in (
                "overview", "list"):
            top = max((s for _, s in u.scores), default=2.5)
            u = replace(u, intent=inverse, scores=((inverse, top + 0.5), *(
                (i, s) for i, s in u.scores if i != inverse)))
    if after_end(tokens) and len(kinds) == 1 and dict(u.scores).get(kinds[0], 0) >= ASKING:
        u = replace(u, intent=kinds[0], scores=tuple(  # "nach dem Ende fortgeführt?": the
            (i, v) for i, v in u.scores if i not in ("end", "status")))  # end only says when
    identity = not kinds and identity_ask(text, u, kb)
    if identity:  # "Was war HIHeal, und wann lief es?": the first of two asks
        u = replace(u, intent="overview", scores=(
            ("overview", 3.0), *((i, v) for i, v in u.scores if i != "overview")))
    if u.intent is None and len(kinds) == 1:  # "gehört das zu irgendwas größerem?"
        u = replace(u, intent=kinds[0], scores=((kinds[0], 2.5), *u.scores))
    if u.intent in RELATIONS and len(kinds) == 1 and u.intent != kinds[0] and \
            not u.origin_named:  # ("Welches Projekt ist aus MAGIA hervorgegangen?" keeps it)
        u = replace(u, intent=kinds[0])  # "what followed HIHeal?" asks for its follow-up
    return kinds, u, identity


def _asks_yes_no(text: str, tokens: list[str], u: Understanding, kb: KnowledgeBase) -> bool:
    """Whether the clause asks yes or no: by its form, a claim set off ("…, right?"), a free
    access or an equation of a project ("can I see it without registering?", "elise =
    interreg europe?"), a bare comparative; not a choice between named projects ("did BFCC or
    ELISE start first?") nor an ask for a thing ("is there a phone number?")."""
    return (is_yes_no(tokens, u.language) or _set_off(text, u.language) or
            _after_topic(text, u) or _confirming(text, tokens, u.language) or
            _stated_claim(text, tokens, u, kb) or _added_claim(text, tokens, u) or
            _stated_order(text, tokens, u) or bool(
        u.projects) and (has_phrase(tokens, phrases().free_access) or
                         has_phrase(tokens, phrases().needs_registration) or _equated(text)) or
            has_phrase(tokens, phrases().download_asks) or
        _comparative_fragment(tokens, u) or _same_fragment(text, tokens, u) or
            _measure_fragment(tokens, u)) and not (
        len(u.projects) > 1 and has_phrase(_without_tail(tokens),
                                           vocabulary().phrase_sets["alternatives"])) and \
        not has_phrase(tokens, phrases().opposite_choices) and \
        (u.intent not in phrases().not_claims or _where_claimed(text, u) or _must_register(
            tokens, u.language)) and not (
            u.projects and u.intent and tokens[-1:] and tokens[-1] in phrases().known_tails)


def _must_register(tokens: list[str], language: str) -> bool:
    """ "muss man sich da anmelden?", "do I have to sign in?": whether one must register, asked
    yes or no, is a claim (the page says where registration is needed), not how to sign up."""
    return has_phrase(tokens, phrases().needs_registration) and is_yes_no(tokens, language)


def _where_claimed(text: str, u: Understanding) -> bool:
    """ "were bone samples also collected in Hamburg?", "Wurden Proben auch in Kiel
    entnommen?": a thing the page never counts, in a claim of where, with no count word nor
    figure, claims the place; it asks no figure ("how many samples?" does)."""
    return u.intent == "quantity" and not dict(u.scores).get("count") and \
        bool(u.filters.places or u.elsewhere or u.filters.funders) and not measures(text)


def _confirming(text: str, tokens: list[str], language: str) -> bool:
    """ "so they overlapped?", "they ended the same year then?", "Die liefen also gleichzeitig?":
    a statement with "so"/"then" ("also", "dann") among its first words or last, asked with a
    question mark, with no question word of its language ("so BFCC was the only one?": the
    English "was" is no German "what")."""
    if not text.rstrip().endswith("?"):
        return False  # (the cheap test first)
    marks = phrases().confirm_marks
    asked = phrases().question_words.get(language, phrases().any_question_word)
    said = [t for t in tokens if t not in marks and t not in ("and", "und")]
    return len(said) >= 2 and (not marks.isdisjoint(tokens[:3]) or tokens[-1] in marks) and \
        asked.isdisjoint(tokens)


def _stated_claim(text: str, tokens: list[str], u: Understanding, kb: KnowledgeBase) -> bool:
    """ "lithuania in elise??", "northopedics was funded for 3 yrs?", "innoreact began in jan
    2022?": a statement of one project with a place, a length or a year of its dates in it,
    asked with a question mark and no question word, is a claim to check."""
    asked = phrases().question_words.get(u.language, phrases().any_question_word)
    if not u.projects and len(tokens) <= BARE_CLAIM and text.rstrip().endswith("?") and \
            asked.isdisjoint(tokens) and (u.other_funders or any(
                m.unit in BARE_UNITS for m in measures(text))):
        return True  # "aus acht Ländern?", "1,2 Milliarden?", "Horizon 2020?" of the project
        # talked about: a figure or a programme the page never names, claimed
    if not u.projects and (u.filters.places or u.elsewhere) and text.rstrip().endswith("?") and \
            asked.isdisjoint(tokens):  # "und Litauen war auch dabei?" of the project talked
        return _place_stated(tokens, u) or _any_stated(tokens)  # about; "any Danish partner?"
    return text.rstrip().endswith("?") and len(u.projects) == 1 and asked.isdisjoint(tokens) \
        and (bool(u.filters.places) or bool(u.filters.years) and u.intent in STATED_DATES or
             len(tokens) > 2 and tokens[1] in phrases().stated_verbs and  # the project, then
             tokens[2] not in vocabulary().phrase_sets["pronouns"] and _named_first(
                 tokens, kb.projects[u.projects[0]]) or  # its verb: "northopedics
             any(m.unit == "months" for m in measures(text)) or  # was about bone healing?" (not
             # "magia: was it aimed at …?", a question after its topic); "any ERDF money in
             # BONEBANK?", "irgendwelche EFRE-Mittel bei BONEBANK?": a funder or organisation
             tokens[0] in phrases().any_claims and bool(
                 u.filters.funders or u.filters.organisations))


BARE_CLAIM = 4  # "aus acht Ländern?": a claim this short, a figure or a programme alone
BARE_UNITS = ("countries", "partners", "euros", "clusters")
PLACE_WORDS = 2  # "Lithuania", "Baltic Sea", before the verb of a place stated


def _stated_order(text: str, tokens: list[str], u: Understanding) -> bool:
    """ "HIHeal started before BFCC?", "and it started before northopedics?", "und es endete
    nach BFCC?": a statement that one project started or ended before or after another, asked
    with a question mark and no question word, is a claim of their order to check."""
    ps = phrases()
    if not text.rstrip().endswith("?") or not u.projects or not (
            len(u.projects) > 1 or u.pronoun or not ps.subject_words.isdisjoint(tokens[:3])):
        return False  # (the cheap tests first)
    asked = ps.question_words.get(u.language, ps.any_question_word)
    return asked.isdisjoint(tokens) and \
        any(has_phrase(tokens, words) for words in ps.order.values()) and \
        any(has_phrase(tokens, words) for words in ps.order_events.values())


def _any_stated(tokens: list[str]) -> bool:
    """ "any Danish partner?", "irgendein Partner aus Dänemark?": a place claimed of the project
    talked about, opened by "any" (not "any projects in Denmark?", which asks for a list)."""
    start = 1 if tokens[:1] in (["and"], ["und"]) else 0
    return tokens[start:start + 1] != [] and tokens[start] in phrases().any_claims and \
        vocabulary().phrase_sets["project_nouns"].isdisjoint(t[:7] for t in tokens)


def _place_stated(tokens: list[str], u: Understanding) -> bool:
    """ "und Litauen war auch dabei?", "and Lithuania was in it too?": a place opening the
    statement (after "and"), then its verb: a claim of the project talked about."""
    start = 1 if u.continuation else 0
    return any(tokens[start + n:start + n + 1] and tokens[start + n] in phrases().stated_verbs
               for n in range(1, PLACE_WORDS + 1))


def _named_first(tokens: list[str], project: Project) -> bool:
    """Whether the words open with the project's name: written out elsewhere, the first word
    is something else ("whta was ELISE about?", "waht is KI#CK?": a misspelt question word);
    written nowhere, it is a misspelling of the name ("elsie was funded by interreg?")."""
    span = _name_span(tokens, project)
    return span is None or span[0] == 0


def _added_claim(text: str, tokens: list[str], u: Understanding) -> bool:
    """ "und beim zweiten kam noch eins dazu?", "and Japan was new?": a statement that a place
    was added, asked with a question mark and no question word, claims it (yes or no)."""
    asked = phrases().question_words.get(u.language, phrases().any_question_word)
    return "added" in u.asks and u.intent == "places" and text.rstrip().endswith("?") and \
        asked.isdisjoint(tokens)


STATED_DATES = ("start", "end", "dates")  # "elise ended in 2021?"; "elise in 2020?" asks more


TOPIC_SEPARATORS = re.compile(r":|\s[-–—]\s")


def _after_topic(text: str, u: Understanding) -> bool:
    """ "HIHeal vs InnoReAct: were both co-funded by Hamburg?", "…: both co-funded by
    Hamburg?": a yes/no question after the projects named as its topic."""
    if len(u.projects) < 2:
        return False
    parts = TOPIC_SEPARATORS.split(text, maxsplit=1)
    if len(parts) < 2 or "?" not in parts[1]:
        return False
    rest = normalize(parts[1]).split()
    asked = phrases().any_question_word
    return is_yes_no(rest, u.language) or bool(rest) and rest[0] in phrases().each_claims \
        and asked.isdisjoint(rest)


def _negated(tokens: list[str], kind: str) -> bool:
    """Whether the clause's link words of this kind are nouns, each negated ("nicht das
    Folgeprojekt", "not the follow-up")."""
    p = phrases()
    found = [i for i in range(len(tokens)) for n in (4, 3, 2, 1)
             if " ".join(tokens[i:i + n]) in p.hops[kind]]
    nouns = [i for i in range(len(tokens)) for n in (3, 2, 1)
             if " ".join(tokens[i:i + n]) in p.link_nouns.get(kind, frozenset())]
    return bool(nouns) and set(found) <= set(nouns) and all(
        set(tokens[max(0, i - 2):i]) & p.link_negations for i in nouns)


_OTHER_END = {"follow_up": "predecessor", "predecessor": "follow_up"}


@cache
def _other_end_nouns() -> frozenset[str]:
    """The link nouns of every kind _OTHER_END turns round: one lookup for all of them."""
    return frozenset().union(*(phrases().link_nouns[kind] for kind in _OTHER_END))


def _comparative_fragment(tokens: list[str], u: Understanding) -> bool:
    """ "longer than BFCC?", "mehr als ELISE?", "and more than KI#CK got?": a comparison
    with one project and no verb or question word before it claims it of the project talked
    about ("which ran longer than BFCC?" asks for a list)."""
    if len(u.projects) != 1:
        return False
    found = comparison_at(tokens[:3])  # its "than" within the first three words
    asked = phrases().any_question_word
    return found is not None and asked.isdisjoint(tokens[:found[1]])


MEASURE_FRAGMENT = 6  # words at most: "more than 6 years?", "also länger als ein Jahr?"


def _measure_fragment(tokens: list[str], u: Understanding) -> bool:
    """ "more than 6 years?", "mehr als 6 Jahre?", "over 5 years?": a quantity compared, with
    no project, verb or question word, claims it of the project talked about (as "did it run
    more than 6 years?"; "which ran longer than 6 years?" asks for a list)."""
    if u.projects or len(tokens) > MEASURE_FRAGMENT or not (
            u.filters.duration or u.filters.money or u.filters.partners):
        return False
    found = comparison_at(tokens[:3])
    return found is not None and phrases().any_question_word.isdisjoint(tokens)


SAME_CLAIMS = ("same_funder", "same_places", "same_length", "same_year", "same_month")


def _same_fragment(text: str, tokens: list[str], u: Understanding) -> bool:
    """ "and P.I.L.O.T. - same funders?", "BONEBANK, gleich lang?": one project and a "same"
    with no question word, asked with a question mark, claims it of that project and the one
    talked about ("which had the same funders?" asks for a list)."""
    return len(u.projects) == 1 and text.rstrip().endswith("?") and \
        phrases().any_question_word.isdisjoint(tokens) and claim_of(tokens) in SAME_CLAIMS


@cache
def link_verb_words() -> frozenset[str]:
    """The words a link told by its verb has one of (_verb_object, _relative_link): a verb of
    following or continuing, its participle, or the particle of "führte … fort"."""
    verbs, relative = phrases().link_verbs, phrases().relative_links
    return verbs["verbs"] | verbs["participles"] | verbs["particles"] | relative["verbs"]


def _verb_object(tokens: list[str], u: Understanding, kb: KnowledgeBase) -> str | None:
    """ "what continues it?", "which project continued P.I.L.O.T.?", "Was setzt es fort?", "the
    project that continues it", "something which followed HIHeal": the question word or the
    relative pronoun is the verb's subject and the project its object, so it asks for the
    follow-up ("what does it continue?", with "does" between, asks for the predecessor;
    "MAGIA2Market continued which project?", the project before the verb, too)."""
    words = phrases().link_verbs
    asked = phrases().any_question_word
    q = next((i for i, t in enumerate(tokens[:3]) if t in asked), None)
    found = _verb_after(tokens, q, u, kb) if q is not None else None
    return found or _object_asked(tokens, u) or _passive_agent(tokens, q, kb) or next(
        (kind for i, t in enumerate(tokens[:-2]) if t in words["relatives"]
         for kind in [_verb_after(tokens, i, u, kb) or _passive_agent(tokens, i, kb)] if kind),
        None)  # ("the project that was continued by HIHeal next level transition")


def _passive_agent(tokens: list[str], q: int | None, kb: KnowledgeBase) -> str | None:
    """ "which project is continued by MAGIA2Market?", "Welches Projekt wurde von P.I.L.O.T.
    Next Level weitergeführt?": the question word is the passive verb's subject and the project
    its agent, so it asks for the project the agent continued."""
    words = phrases().link_verbs
    if q is None or q and tokens[q - 1] in words["agents"]:
        return None  # "Von welchem Projekt wurde MAGIA fortgesetzt?" asks the follow-up
    v = q + 1
    while v < len(tokens) and v <= q + 2 and tokens[v] in words["subjects"]:
        v += 1
    n = next((n for n in (2, 1) if " ".join(tokens[v:v + n]) in words["passive"]), 0)
    rest = tokens[v + n:]
    if n and rest[:1] and rest[0] in words["there"] and not words["participles"].isdisjoint(
            rest):
        return "predecessor"  # "was wird dort weitergeführt?": what the project continues
    a = next((i for i, t in enumerate(rest[:2]) if t in words["agents"]), None)
    if not n or a is None or words["participles"].isdisjoint(rest):
        return None
    agent = rest[a + 1:]
    named = agent[:1] and agent[0] in words["pronouns"] or any(
        " ".join(agent[:k]) in _names(kb) for k in range(1, NAME_WORDS + 1))
    return "predecessor" if named else None


def _particle_verb(tokens: list[str]) -> bool:
    words = phrases().link_verbs
    return not words["particle_verbs"].isdisjoint(tokens) and \
        not words["particles"].isdisjoint(tokens)


def _without_lead(u: Understanding) -> Understanding:
    rest = tuple((i, v) for i, v in u.scores if i != "lead")
    return replace(u, scores=rest, intent=rest[0][0] if rest and rest[0][1] >= 1 else None) \
        if u.intent == "lead" else replace(u, scores=rest)


def _object_asked(tokens: list[str], u: Understanding) -> str | None:
    """ "hiheal next level transition continues which project?": a project named before the
    link verb and the question word after it ask what the project continued."""
    words, asked = phrases().link_verbs, phrases().any_question_word
    v = next((i for i, t in enumerate(tokens) if t in words["verbs"] or t in words[
        "particle_verbs"] and not words["particles"].isdisjoint(tokens[i + 1:])), None)
    if v is None or not v or not u.projects or tokens[0] in asked or \
            tokens[0] in words["relatives"]:
        return None
    return "predecessor" if not asked.isdisjoint(tokens[v + 1:v + 3]) else None


def _verb_after(tokens: list[str], q: int, u: Understanding, kb: KnowledgeBase) -> str | None:
    """The link asked where a link verb follows the subject word at `q` (with a noun like
    "project" between) and its object is a project or a pronoun; where the German question word
    may be the object too ("Was setzte MAGIA2Market fort?", "Was hat MAGIA2Market
    fortgesetzt?"), the link the page gives the project named."""
    words = phrases().link_verbs
    v = q + 1
    while v < len(tokens) and v <= q + 2 and tokens[v] in words["subjects"]:
        v += 1
    after = tokens[v + 1:]
    either = tokens[q] in phrases().relative_links["either_case"] and bool(u.projects)
    if either and v < len(tokens) and tokens[v] in words["auxiliaries"] and \
            not phrases().relative_links["verbs"].isdisjoint(after):
        return _page_link(kb.projects[u.projects[0]])  # "Was hat MAGIA2Market fortgesetzt?"
    verb = v < len(tokens) and (tokens[v] in words["verbs"] or tokens[v] in words[
        "particle_verbs"] and not words["particles"].isdisjoint(after))
    if not verb or not after or after[0] in words["not_objects"]:
        return None
    if either:
        return _page_link(kb.projects[u.projects[0]])
    return "follow_up" if u.projects or after[0] in words["pronouns"] else None


NAME_WORDS = 5  # a project's name is at most this many words


def _relative_link(tokens: list[str], kb: KnowledgeBase) -> str | None:
    """ "the project that MAGIA2Market followed", "das Projekt, auf das MAGIA2Market folgte":
    a relative clause whose subject is the project named, before a verb of following or
    continuing, speaks of the project it followed: the predecessor ("the project that
    followed MAGIA", the name after the verb, is the follow-up, as before)."""
    words, names = phrases().relative_links, _names(kb)
    if len(tokens) > 2 and tokens[0] in words["questions"] and tokens[1] in words["verbs"]:
        return "predecessor"  # "Worauf folgte P.I.L.O.T. Next Level?"
    link = phrases().link_verbs  # (its agents and participles: those of any passive link)
    for i, token in enumerate(tokens[:-2]):
        if token in words["heads"] and tokens[i + 1] in words["subject_pronouns"] and \
                tokens[i + 2] in words["verbs"]:
            return "predecessor"  # "the project it continued", "the one it followed"
        if token in words["heads"] and tokens[i + 1] in link["participles"] and \
                tokens[i + 2] in link["agents"] and _name_end(tokens, i + 3, names):
            return "predecessor"  # "the project continued by MAGIA2Market": a participle
            # right after the project word, with the project named its agent
        if token in words["heads"] and link["passive"].isdisjoint(tokens[:i]) and \
                _verb_of_name(tokens, i + 1, words["verbs"], names):
            return "predecessor"  # "the project MAGIA2Market followed" ("was the project
            # HIHeal continued?", a passive, asks whether it was)
        if token not in words["pronouns"]:
            continue
        if tokens[i + 1] in link["agents"] and \
                _verb_of_name(tokens, i + 2, link["participles"], names):
            return "predecessor"  # "das Projekt, das in P.I.L.O.T. Next Level weitergeführt
            # wird": the pronoun is the passive's subject, the project named its agent
        end = _name_end(tokens, i + 1, names)
        if end is None or end >= len(tokens) or tokens[end] not in words["verbs"]:
            continue
        if token in words["either_case"] and (i == 0 or tokens[i - 1] not in words[
                "prepositions"]):
            return _link_it_has(" ".join(tokens[i + 1:end]), kb)
        return "predecessor"
    return None


def _name_end(tokens: list[str], at: int, names: frozenset[str]) -> int | None:
    """Where the longest project's name that starts at `at` ends, or None."""
    return next((j for j in range(min(len(tokens), at + NAME_WORDS), at, -1)
                 if " ".join(tokens[at:j]) in names), None)


def _verb_of_name(tokens: list[str], at: int, verbs: frozenset[str], names: frozenset[str]
                  ) -> bool:
    """Whether a project's name starts at `at` and one of these verbs follows it."""
    end = _name_end(tokens, at, names)
    return end is not None and end < len(tokens) and tokens[end] in verbs


def _link_it_has(name: str, kb: KnowledgeBase) -> str:
    """Of a German relative clause that may read either way, the link the page gives the
    project named: its predecessor where it continues one, else its follow-up."""
    project = next(p for p in kb.projects.values() if name in {normalize(n) for n in p.names()})
    return _page_link(project)


def _page_link(project: Project) -> str:
    return "predecessor" if project.follows and not project.continued_by else "follow_up"


def _inverse_link(tokens: list[str]) -> str | None:
    """The other end of a link named by its noun: "what is it the follow-up of?", "der
    Nachfolger von welchem Projekt?", "von welchem Projekt ist es der Nachfolger?", "whose
    successor is it?" ask for the predecessor (and "the predecessor of what?" for the
    follow-up). A name after "of" ("the follow-up of HIHeal") asks for that project's link."""
    p = phrases()
    grams = _grams(tuple(tokens))
    if grams.isdisjoint(_other_end_nouns()):
        return None  # (most messages name no link: looked up at once)
    asked = p.any_question_word
    for kind, other in _OTHER_END.items():
        for i in range(len(tokens)):
            n = next((n for n in (3, 2, 1) if " ".join(tokens[i:i + n]) in p.link_nouns[kind]),
                     0)
            if not n:
                continue
            after = tokens[i + n:]
            if after and after[0] in p.link_of and (len(after) == 1 or after[1] in asked):
                return other  # "… the follow-up of?", "Nachfolger von welchem Projekt"
            if set(tokens[max(0, i - 3):i]) & p.link_whose:
                return other  # "whose follow-up", "wessen Nachfolger"
            lead = next((k for k, t in enumerate(tokens) if t not in p.link_joins), 0)
            if not after and (tokens[lead] in p.link_of_what or len(tokens) > lead + 2 and
                              tokens[lead] in p.link_of and tokens[lead + 1] in asked):
                return other  # "von welchem Projekt ist es der Nachfolger?", "wovon …", "und
                # von welchem …"
    return None


PICK_WORDS = 3  # "the bone healing network one": at most this many words between


def one_of_several(tokens: list[str]) -> bool:
    """ "the first one", "the Hamburg one", "das zweite Projekt": one project named by its
    place among others or by a description, with no name of its own."""
    articles, heads, not_before = phrases().pick_frame
    indefinite = phrases().pick_indefinite
    for i, t in enumerate(tokens):
        if t not in heads or set(tokens[i + 1:i + 2]) & not_before:  # "the ESF one of the
            continue  # funders"
        before = tokens[max(0, i - PICK_WORDS - 1):i]
        at = max((j for j, w in enumerate(before) if w in articles), default=None)
        if at is not None and indefinite.isdisjoint(before[at + 1:]):  # ("und war das ein
            return True  # EFRE Projekt?", "is that an ERDF project?": a claim about "that")
    return False


def described_words(tokens: list[str]) -> str:
    """The words that describe in "the Hamburg one", "das Hamburger Projekt": those between
    the article and "one"/"Projekt" ("" where there are none)."""
    articles, heads, not_before = phrases().pick_frame
    for i, t in enumerate(tokens):
        if t not in heads or set(tokens[i + 1:i + 2]) & not_before:
            continue
        at = next((j for j in range(i - 1, max(-1, i - PICK_WORDS - 2), -1)
                   if tokens[j] in articles), None)
        if at is not None and at + 1 < i:
            return " ".join(tokens[at + 1:i])
    return ""


def predicate(tokens: list[str]) -> bool:
    """ "was it the first transnational one?", "ist das das Hamburger Projekt?": the
    described one after "it" is what the claim says the subject is, no pick of another."""
    words = phrases().predicate_subjects
    return len(tokens) > 2 and tokens[0] in words["copulas"] and tokens[1] in words["subjects"]


def _picks(tokens: list[str]) -> bool:
    """ "the one in Odense", "the Hamburg one", "das, was 2022 angefangen hat": one project
    described by what the page says of it, as if among others (the last list's)."""
    if len(tokens) > 16:
        return False
    return has_phrase(tokens[:3], phrases().picks) or one_of_several(tokens)


_HAS_LINK = {"follow_up": "follows", "part_of": "part_of", "predecessor": "continued_by",
             "contains": "part_of"}


def _apposition(tokens: list[str], kind: str, u: Understanding, kb: KnowledgeBase) -> bool:
    """A link word right before the name of a project that stands in that link itself: "the
    follow-up P.I.L.O.T. Next Level", "das Teilprojekt BRIDGE 53" (not "the follow-up of …")."""
    if len(u.projects) != 1 or not getattr(kb.projects[u.projects[0]], _HAS_LINK[kind]):
        return False
    text = f" {' '.join(tokens)} "
    names = {normalize(n) for n in kb.projects[u.projects[0]].names()}
    nouns = phrases().link_nouns.get(kind, frozenset())
    return any(f" {p} {n} " in text or f" {n} {p} " in text for p in nouns for n in names if n)


def _its_part(tokens: list[str], u: Understanding, kb: KnowledgeBase) -> bool:
    """ "the aim of HIHeal's sub-project", "das Ziel von HIHeals Teilprojekt": a sub-project
    noun right after the name of a project that has parts is that project's part (not "the
    BRIDGE 53 subproject", which is BRIDGE 53)."""
    if len(u.projects) != 1 or not kb.projects[u.projects[0]].contains or \
            not has_phrase(tokens, phrases().link_nouns["part_of"]):  # (most have no such noun)
        return False
    text = f" {' '.join(tokens)} "
    names = {normalize(n) for n in kb.projects[u.projects[0]].names()} - {""}
    return any(f" {n}{s} {p} " in text for p in phrases().link_nouns["part_of"]
               for n in names for s in ("", "s"))


_EQUATED = re.compile(r"^[^=]*\w[^=]*\s=\s*[^=\s][^=]*$")  # "elise = interreg europe?"


def _equated(text: str) -> bool:
    """ "ELISE = Interreg Europe?", "bfcc = 2016-2019?": a project set equal to a fact is a
    claim to check, as "was ELISE funded by Interreg Europe?" is."""
    return "=" in text and bool(_EQUATED.match(text.strip()))  # (the pattern backtracks long)


def _set_off(text: str, language: str) -> bool:
    """ "und das Register, war das das erste?", "and the registry, was it the first?": a short
    subject set off by a comma before a yes/no question about it."""
    head, comma, rest = text.partition(",")
    words = normalize(head).split()
    asked = phrases().any_question_word
    return bool(comma) and 0 < len(words) <= 4 and not set(words) & asked and \
        is_yes_no(normalize(rest).split(), language)


def _any_project(tokens: list[str], u: Understanding) -> str | None:
    """ "Gab es ein vergleichbares Vorhaben zur Frakturversorgung?", "is there any project on
    bones?": "any" where some project of all is asked for, "other" where one besides the
    project talked about; None where a project is named or none is asked for."""
    words = phrases().project_exists
    if u.projects or _hop_kinds(tokens) or u.intent in (*RELATIONS, "contains"):
        return None  # "was there a follow-up project?" asks of the project talked about
    for j, token in enumerate(tokens):  # "any project funded by COSME?"
        if token in words["anywhere"] and _some_project_noun(tokens, j + 1):
            return "other" if set(tokens[j:j + 4]) & words["others"] else "any"
    starts = first_words(words["openings"])
    for i in range(len(tokens)):
        if tokens[i] not in starts or \
                not any(" ".join(tokens[i:i + n]) in words["openings"] for n in (1, 2, 3)):
            continue
        for j in range(i + 1, min(i + 6, len(tokens))):
            if tokens[j] in words["indefinite"] and _some_project_noun(tokens, j + 1):
                return "other" if set(tokens[i:j + 4]) & words["others"] else "any"
    return None


def _some_project_noun(tokens: list[str], start: int) -> bool:
    """A word for a project within three words, not one pointing back at the project talked
    about ("Gibt es einen Leitfaden zum Projekt?" asks of that project, not for another)."""
    back = vocabulary().phrase_sets["pronouns"]
    return any(tokens[k] in phrases().project_exists["nouns"] and
               " ".join(tokens[k - 1:k + 1]) not in back
               for k in range(start, min(start + 3, len(tokens))))


def asks_others(tokens: list[str]) -> bool:
    """ "which other projects did SH fund?", "welche anderen Projekte …": projects besides the
    ones talked about (an "other" word before a noun for a project)."""
    words = phrases().project_exists
    return any(token in words["others"] and set(tokens[i + 1:i + 3]) & words["nouns"]
               for i, token in enumerate(tokens))


def after_end(tokens: list[str]) -> bool:
    """ "after BONEBANK ended", "nach dem Ende": a question about what came after a project."""
    first, second = phrases().after_end
    return not first.isdisjoint(tokens) and any(
        t in first and not set(tokens[i + 1: i + 5]).isdisjoint(second)
        for i, t in enumerate(tokens))


def _current(tokens: list[str], u: Understanding) -> bool:
    """ "what projects is LSN working on right now?", "Woran arbeitet LSN derzeit?": Life
    Science Nord's present work, of which the page (past projects) says nothing; "still"
    ("Welche Projekte laufen aktuell noch?") asks it of the page's projects instead."""
    words = phrases().current
    conditions = replace(u.filters, organisations=()) if u.self_mentioned else u.filters
    return has_phrase(tokens, words["now"]) and not (
        u.projects or conditions.any() or has_phrase(tokens, words["still"]) or
        has_phrase(tokens, words["askers"])) and (
        u.intent in ("list", "count") or has_phrase(tokens, words["asked_of"]))


def _compose(text: str, tokens: list[str]) -> bool:
    """ "kannst du mir ein Gedicht über Lübeck schreiben?", "write an e-mail about BFCC": a
    text asked to be written, whatever it names; not a speaker telling of their own ("Ich
    schreibe einen Essay über Knochenheilung.") nor an address ("die E-Mail-Adresse")."""
    words = phrases().compose
    return (has_phrase(tokens, words["works"]) or has_phrase(tokens, words["texts"]) and
            has_phrase(tokens, words["verbs"])) and not has_phrase(tokens, words["not"]) and \
        not _first_person(text)


def _lasting(tokens: list[str], u: Understanding, yes_no: bool) -> str | None:
    """ "Gibt es die Biobank aus BONEBANK heute noch?", "is the platform still online?": a thing
    a project made, asked whether it is still there or in use today (the word for it), which
    the page doesn't tell; also what became of it ("Was the biobank closed in 2020?"). Not "the
    project with the biobank" (the project), nor a year."""
    return thing_in(tokens) if asks_today(tokens, u, yes_no) or yes_no and has_phrase(
        tokens, phrases().lasting["fate"]) else None


def asks_today(tokens: list[str], u: Understanding, yes_no: bool) -> bool:
    """Whether a clause asks if something is still there or in use today: "is it still
    running?", "Gibt es das heute noch?" (not of a year)."""
    words = phrases().lasting
    return (yes_no or u.intent == "status") and not u.filters.years and (
        has_phrase(tokens, words["now"]) or has_phrase(tokens, words["still"]) and
        has_phrase(tokens, words["being"]))


def thing_in(tokens: list[str]) -> str | None:
    """The word for a thing a project made ("registry", "Biobank") a message speaks of, not
    right after a project word ("the project with the biobank" names the project)."""
    words = phrases().lasting
    for i, t in enumerate(tokens):
        if t in words["things"] and not any(
                tokens[j] in words["project_words"] for j in range(max(0, i - 4), i)):
            return t
    return None


def _called(tokens: list[str], u: Understanding) -> bool:
    """An unknown name beside "called", "Projekt", "namens": "the ScanBalt BioRegion project",
    "Infos zum Projekt Health Hub Nord"."""
    names = {w for n in u.unknown_names for w in normalize(n).split()}
    cues = phrases().called
    return not u.projects and bool(names) and any(
        tok in names and any(t in cues for t in tokens[max(0, i - 2): i + 3])
        for i, tok in enumerate(tokens))


# --------------------------------------------------------------------------- splitting


def _split(text: str, see: Seeing, language: str, kb: KnowledgeBase | None = None,
           names: Callable[[], list[tuple[str, ...]]] | None = None) -> list[str]:
    """Cut where a second question begins: both sides must ask something on their own; never
    inside a project's name (`names`: the words of those found in the text), "Tell me about
    the Hygiene, Infection & Health project", "When did Hygiene Infection and Health end?"."""
    spans = [(m.start(), m.end()) for m in phrases().break_pattern.finditer(text)
             if _breaks_in(m.group(), language) and not _dangling_which(text[:m.start()])]
    # ("…, and which of those also had japan?": "also" inside the question breaks nothing)
    if spans and names and (named := names()):
        spans = [(cut, resume) for cut, resume in spans
                 if not _inside_name(text[:cut], text[cut:], named)]
    if not spans:
        return [text]
    pieces: list[str] = []
    start = 0
    for i, (cut, resume) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        left, right = text[start:cut], text[resume:nxt]
        if len(left.split()) == 1 and normalize(left) in phrases().pick_frame[0]:
            continue  # "das, was 2022 begann – …": a relative clause, no question of its own
        if start == 0 and _narrowed_header(left, right, text[cut:resume], see):
            continue  # "kick funding: how much from the ESF?": the header is the topic
        core = _ASIDE.sub(" ", right).strip() or right  # "… (of the ones with dates)" only
        # narrows what is asked; it asks nothing
        if _same_after(left, core, see):
            continue  # "and P.I.L.O.T. - same funders?": one claim of the project before it
        if _filler_inside(left, text[cut:resume], core, language):
            continue  # "War LSN da also nur Partner?": one yes/no, "also" a filler in it
        listed = _listed_noun(core, left, text, see) or \
            _parallel_ones(core, left, see) or (  # "MAGIA: Laufzeit, Programm und …"
                _bare_ask(core) and i + 1 < len(spans) and _bare_ask(text[spans[i + 1][1]:(
                    spans[i + 2][0] if i + 2 < len(spans) else len(text))]))  # "BFCC: was,
        # wann, wer?": the first of question words that each ask
        listed_left = bool(pieces) and _listed_noun(left, pieces[-1], text, see)
        if _bare_ask(left) and _bare_ask(core):  # "KI#CK: wer, was, wann, wie viel?", "who
            pieces.append(left.strip())  # and when?": each question word asks by itself
            start = resume
            continue
        opens = _opens_question(core, language) or listed or _noun_ask(
            core, left, text, see, listed_left) and \
            not _coordinated_modifier(left, text[cut:resume], core, see)
        if opens and (listed or _asks(core, see, after=left, language=language, kb=kb)) and (
                (_asks(left, see, kb=kb) or _wh_asked(left, see) or listed_left or
                 _switch_to(normalize(left).split()) is not None) and  # ("could you repeat
                # that in English? and who led it?": a request of its own)
                not _statement(left, text[cut:resume], language) or
                _preamble(text[cut:resume], _opened(text[:start])) and
                see(left).ordinal is None):
            pieces.append(left.strip())
            start = resume
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _inside_name(before: str, after: str, names: list[tuple[str, ...]]) -> bool:
    """Whether the words before and after a place run through one of the names: "Hygiene, |
    Infection & Health" ("&" is "and" there)."""
    left, right = normalize(before).split(), normalize(after).split()
    return any(tuple(left[-i:]) == name[:i] and tuple(right[:len(name) - i]) == name[i:]
               for name in names for i in range(1, len(name)))


def _bare_asked(piece: str, pieces: list[str], u: Understanding) -> Understanding:
    """ "KI#CK: wer, was, wann, wie viel?": a question word alone among others asks what it
    asks of the project talked about ("was" what it was), where it says nothing more."""
    if u.intent is not None or not _bare_ask(piece) or sum(map(_bare_ask, pieces)) < 2:
        return u
    words = [w for w in normalize(piece).split() if w not in phrases().breaks]
    intent = phrases().bare_asks[" ".join(words)]
    return replace(u, intent=intent, scores=((intent, ASKING), *u.scores))


def _bare_ask(piece: str) -> bool:
    """ "wer", "when", "how much": a piece that is nothing but a question word that asks by
    itself (not "how" or "why", which wait for their verb: "how and why did ELISE start")."""
    words = [w for w in normalize(piece).split() if w not in phrases().breaks]
    return 0 < len(words) <= 2 and " ".join(words) in phrases().bare_asks


def _filler_inside(left: str, cut: str, right: str, language: str) -> bool:
    """ "War LSN da also nur Partner?", "War LSN dann nur Partner?": a word of confirming
    ("also", "dann", "so", "then") after the opening of a yes/no, with no question opened after
    it, is a filler inside that question, no break."""
    return cut.strip().lower() in phrases().confirm_marks and \
        is_yes_no(normalize(left).split(), language) and not _opens_question(right, language)


def _parallel_ones(piece: str, before: str, see: Seeing) -> bool:
    """ "list the projects with Schleswig-Holstein money, and separately the ones with Hamburg
    money": "the ones", "those" with a condition of the kind the list before has, another
    one, ask for a list of their own (no question word needed)."""
    if not _ones_first(piece):
        return False
    b = see(before)
    return b.intent == "list" and not b.projects and not see(piece).projects and \
        _other_condition(see(piece), b)


@cache
def _against_pattern() -> re.Pattern[str]:
    words = sorted((re.escape(str(w)) for ws in data_file("query")["lists_against"].values()
                    for w in ws), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(words) + r")\s+", re.IGNORECASE)


def _lists_set_against(text: str, see: Seeing) -> list[str] | None:
    """ "projects with ERDF money vs projects with Interreg money?", "EFRE-Projekte versus
    Interreg-Projekte": two lists under conditions of one kind, set against each other, are
    two lists (not one under both conditions)."""
    if not any(w in text.lower() for w in ("vs", "versus", "gegenüber", "vergleich")):
        return None  # (the cheap test first: most messages set nothing against anything)
    cut = _against_pattern().search(text)
    if cut is None:
        return None
    left, right = text[:cut.start()].strip(), text[cut.end():].strip()
    if not left or not right:
        return None
    first, second = see(left), see(right)
    sides = (first, second)
    listed = all(not u.projects and (u.intent == "list" or u.intent is None and
                                     u.filters.any()) for u in sides) and \
        any(u.intent == "list" for u in sides)  # ("2016 vs 2020 projects", "Projekte 2016 vs.
    # 2020": the noun of the lists said on one side)
    return [left, right] if listed and _other_condition(second, first) else None


def _ones_first(piece: str) -> bool:
    """ "and separately the ones …", "und getrennt davon die …": a piece opened by words that
    stand for projects of a list (after "and" and "separately")."""
    tokens = normalize(piece).split()
    p = phrases()
    while tokens and (tokens[0] in p.breaks or tokens[0] in p.separately):
        tokens = tokens[1:]
    return any(" ".join(tokens[:n]) in p.parallel_ones for n in (1, 2, 3))


def _other_condition(u: Understanding, before: Understanding) -> bool:
    """Whether a condition of one kind differs from the one of that kind before it (also the
    lead: "the projects LSN led, and those it was only a partner in")."""
    return any(getattr(u.filters, k) and getattr(before.filters, k) and
               getattr(u.filters, k) != getattr(before.filters, k) for k in PARALLEL_KINDS) or \
        any(_led_by(a) and any(kind == "lead" and org in a.filters.organisations
                               for kind, org in b.filters.without)
            for a, b in ((before, u), (u, before)))


def _led_by(u: Understanding) -> bool:
    """ "the projects LSN led": those an organisation named led."""
    return u.filters.leading and bool(u.filters.organisations)


def _dangling_which(left: str) -> bool:
    """Whether the words before a break end in "which of those", "welche davon", still
    waiting for their verb: the break word is no break there ("and which of those also had
    japan?"; "when and what for?" breaks)."""
    tail = normalize(left).split()[-3:]
    asked = phrases().any_question_word
    return any(tail[i] in asked and " ".join(tail[i + 1:]) in _list_references()
               for i in range(len(tail) - 1))


def _same_after(left: str, right: str, see: Seeing) -> bool:
    """ "and P.I.L.O.T. - same funders?", "und BFCC – gleich lang?": a "same" with no question
    word after one project is a claim of that project (and the one talked about), no question
    of its own."""
    words = normalize(right).split()
    return "?" in right and phrases().any_question_word.isdisjoint(words) and \
        claim_of(words) in SAME_CLAIMS and len(see(left).projects) == 1 and \
        _any_project(words, see(right)) != "other"  # ("…, and did any other project end the
    # same month?" asks of the others: a question of its own)


def _breaks_in(cut: str, language: str) -> bool:
    """ "n", "u.": a short "and" breaks only in its own language ("can u tell me …" in English,
    "hast du n Foto" in German join nothing)."""
    word = cut.strip().lower()
    short = phrases().short_breaks
    return word in short.get(language, ()) or not any(word in ws for ws in short.values())


WEAKLY_ASKED = 1.0  # "Wer hat KI#CK durchgeführt": a question word makes a weak aspect asked


def _wh_asked(piece: str, see: Seeing) -> bool:
    """ "Wer hat KI#CK durchgeführt und mit wie viel Geld?": a piece opened by a question word
    asks by its form, where its aspect scores only weakly, when another question follows."""
    tokens = normalize(piece).split()
    u = see(piece)
    return bool(tokens) and tokens[0] in phrases().any_question_word and bool(u.scores) and \
        u.scores[0][1] >= WEAKLY_ASKED and u.scores[0][0] not in SMALL_TALK


def _coordinated_modifier(left: str, cut: str, right: str, see: Seeing) -> bool:
    """ "Did MAGIA have Belgian and Dutch partners?": two place words joined by "and"/"or"
    share the noun after them; the right side is no question of its own."""
    words, after = normalize(left).split(), normalize(right).split()
    if normalize(cut) not in ("and", "und", "or", "oder") or not words or not after:
        return False
    return all(u.filters.places or u.elsewhere for u in (see(words[-1]), see(after[0])))


def _narrowed_header(left: str, right: str, cut: str, see: Seeing) -> bool:
    """ "kick funding: how much from the state and how much from the ESF?": a short header
    before a colon names an aspect the question after it narrows (funding to its amount), so
    it asks nothing of its own."""
    if not cut.strip().startswith(":") or len(
            [w for w in normalize(left).split() if w not in phrases().courtesy_words]) > 3:
        return False  # ("KI#CK funding breakdown pls:": "pls" asks nothing)
    broad, narrow = see(left).intent, see(right).intent
    return bool(broad and narrow) and narrow in data_file("query")["narrowed_by"].get(broad, ())


def _noun_ask(piece: str, before: str, text: str, see: Seeing, listed_before: bool = False
              ) -> bool:
    """ "BFCC: lead, funding and number of partners?": a bare noun that asks by itself, in a
    list of such nouns after a topic, or after a request ("bitte nennen Sie mir die Laufzeit
    von P.I.L.O.T. sowie den Namen des Nachfolgeprojekts und dessen Beginn")."""
    requested = has_phrase(normalize(text).split(), phrases().request_cues)
    short_before = min(len(normalize(before).split()), len(before.split())) <= 4  # (as
    # written: "magia2market target markets + start date?" normalises the name to three words)
    headed = _headed(text)
    if not (requested or listed_before or short_before or headed):
        return False  # (before reading it: each way to an ask below needs one of these; "Which
        # projects ran between 2017 and 2019?" read "2019?" and the question before it again)
    longest = 5 if requested else 3
    courtesy = phrases().courtesy_words  # ("and the funders pls" is three words)
    said = normalize(piece).split()
    if not said:
        return False  # ("when did ELISE end? 🤔": marks and emoji alone ask nothing)
    words = [w for w in said if w not in courtesy]
    if len(rest := _without_each(words)) <= NOUNS_OF_EACH:  # ("jeweils Laufzeit"; not "… with
        words = rest  # the exact end month for each", a condition of the list asked)
    long = len(words) > longest
    if long and not (  # (before reading it: most pieces are longer)
            (at := _last_of(words)) is not None and at <= longest and len(words) - at <= 5):
        return False  # (but "end year of NORTHOPEDICS": the noun, then whose it is)
    u = see(piece)
    if u.projects and (not u.filters.any() or _funders_share(u)) and u.scores and \
            u.scores[0][1] >= ASKING:
        if (listed_before or _bare_noun(before, see)) and _named_last(piece, u, see):
            return True  # "start year, end year and funder for NORTHOPEDICS": the last noun
            # of a list, then the project every noun asks of
        if not long and (requested and see(before).projects or
                         _noun_of_other(before, u.projects, see)):
            return True  # "Give me the start year of NORTHOPEDICS, the end year of ELISE and
            # …", "bfcc start and bonebank end?": each noun asks of its own project
    if long or u.projects or u.filters.any() and not _own_role(u) or not u.scores:
        return False
    if _span(piece):  # "…, Start bis Ende?": how long, from one end to the other
        return False
    if longest > 3 and u.scores[0][1] >= ASKING:
        return True
    # after another bare noun that asks ("funder, dates and lead"), or one that asks in a list
    # of them ("BFCC: lead partner + programme + number of orgs?"), a plain noun asks too
    enough = ASKING if listed_before or _bare_noun(before, see) else NOUN_ASKING
    return u.scores[0][1] >= enough and (headed or short_before)


_HEADER_DASH = re.compile(r"\s[-–—]\s")


def _headed(text: str) -> bool:
    """ "BFCC: lead, funding …", "Können Sie BFCC und BONEBANK gegenüberstellen – Laufzeit und
    Förderprogramm?": a colon or a spaced dash sets a header before the asks."""
    return ":" in text or bool(_HEADER_DASH.search(text))


def _without_each(words: list[str]) -> list[str]:
    """ "jeweils Laufzeit", "funding programme for each": the words without those that ask it
    of each project named ("jeweils", "for each", "für beide"), which ask nothing themselves."""
    tails = phrases().each_asked
    for n in (4, 3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in tails:
            words = words[n:]
        if len(words) > n and " ".join(words[-n:]) in tails:
            words = words[:-n]
    return words


NOUNS_OF_EACH = 3  # "jeweils Laufzeit", "funding programme for each": words left to ask


def _nouns_of_each(tokens: list[str], language: str) -> bool:
    """ "jeweils Laufzeit", "start and funder for both": a noun or two asked of each project
    named, no question of its own about them ("both co-funded by hamburg?", "is there a guide
    for each of them?" ask of both together)."""
    rest = _without_each(tokens)
    return rest != tokens and 0 < len(rest) <= NOUNS_OF_EACH and \
        phrases().any_question_word.isdisjoint(rest) and not is_yes_no(tokens, language) and \
        claim_of(rest) is None


def _own_role(u: Understanding) -> bool:
    """ "lsn role", "LSN-Rolle": Life Science Nord's own part, asked by a noun; its name is
    what is asked of, no condition of a list."""
    return u.intent == "lsn_role" and not replace(u.filters, organisations=()).any()


def _funders_share(u: Understanding) -> bool:
    """ "die ESF-Summe bei KI#CK", "the ESF amount for KI#CK": the money one funder gave a
    project, an amount asked whose funder names no condition of a list."""
    return bool(u.filters.funders) and u.intent == "amount" and \
        not replace(u.filters, funders=()).any()


def _last_of(words: list[str]) -> int | None:
    """Where the last "of", "for", "von", "bei" stands after the first word."""
    ofs = phrases().link_of | phrases().for_words
    return next((i for i in range(len(words) - 1, 0, -1) if words[i] in ofs), None)


def _named_last(piece: str, u: Understanding, see: Seeing) -> bool:
    """ "funder for NORTHOPEDICS", "Förderer von MAGIA": a bare noun, then a preposition and
    the project, the one every noun of the list before it asks of."""
    words = normalize(piece).split()
    at = _last_of(words)
    if at is None or not _bare_noun(" ".join(words[:at]), see):
        return False
    named = see(" ".join(words[at + 1:]))
    return bool(named.projects) and named.projects == u.projects and \
        not any(s >= ASKING for _, s in named.scores)


def _noun_of_other(piece: str, projects: tuple[str, ...], see: Seeing) -> bool:
    """ "bfcc start" before "and bonebank end?": a short piece that asks by a noun of another
    project than the one after it, with no question word ("sort MAGIA, BFCC" before "and
    ELISE by start" asks nothing of its own: the projects it sorts go on after the "and")."""
    u, words = see(piece), normalize(piece).split()
    return len(words) <= 3 and bool(u.projects) and set(u.projects).isdisjoint(projects) and \
        not u.filters.any() and bool(u.scores) and u.scores[0][1] >= ASKING and \
        not set(words) & phrases().any_question_word and not u.sorted_named


def _span(piece: str) -> bool:
    """ "start to end", "von Anfang bis Ende": two ends of a span, no question of its own."""
    tokens = normalize(piece).split()
    return any(0 < i < len(tokens) - 1 and t in phrases().span_words
               for i, t in enumerate(tokens))


LISTED_ASKING = 1.0  # a noun in a list of nouns after a topic asks with less: "Programm",
# "years" ("magia: funding programme and years?")


def _listed_noun(piece: str, before: str, text: str, see: Seeing) -> bool:
    """ "MAGIA: Laufzeit, Programm und Herkunftsländer der Partner?": one noun between nouns
    that ask, in a list after a topic, asks by itself though alone it says too little to ("das
    KI#CK-Programm" is the project's own programme)."""
    words = _without_each(normalize(piece).split())  # ("… and programme of each?")
    if len(words) != 1 or not _headed(text) or not _bare_noun(before, see):
        return False
    u = see(piece)
    return not u.projects and not u.filters.any() and bool(u.scores) and \
        u.scores[0][1] >= LISTED_ASKING and u.scores[0][0] not in SMALL_TALK


def _bare_noun(piece: str, see: Seeing) -> bool:
    """ "funder", "topic": a short piece that asks by a noun alone, named no project."""
    u, words = see(piece), normalize(piece).split()
    asking = phrases().any_question_word
    return 0 < len(words) <= 2 and not u.projects and bool(u.scores) and \
        u.scores[0][1] >= NOUN_ASKING and not set(words) & asking


_ASIDE = re.compile(r"\s*\([^()]*\)")  # words in brackets: an aside


def _without_aside(piece: str, see: Seeing) -> str:
    """ "which one ended last (of the ones with dates)": an aside in brackets that names no
    project and no condition only restates what the answer keeps to (the dated ones); read
    as part of one question of several, it would point back to a list."""
    core = _ASIDE.sub("", piece).strip()
    asides = [see(m.group().strip(" ()")) for m in _ASIDE.finditer(piece)]
    if not core or any(u.projects or u.filters.any() for u in asides):
        return piece
    return core
_COLON = re.compile(r":\s+")
# A sentence's end: a full stop or "!" after a word that is no abbreviation, before the next
# word. The mark is looked for first, the words behind it only where there is one: checking the
# abbreviations' lookbehinds at every letter made this the costliest pattern of a message.
SENTENCE_END = r"(?=[.!])(?<=\w{2})" + NOT_ABBREVIATED + r"[.!]\s+(?=[A-ZÄÖÜa-zäöüß])"
_SENTENCE = re.compile(SENTENCE_END)
_SENTENCES = re.compile(r"(?=[.!?])(?:" + SENTENCE_END + r"|(?<=\S)\?+\s+(?=\S))")
ANSWER_REQUEST = 1.5  # a sentence whose intents score below this asks nothing of its own


# --------------------------------------------------------------------------- sentence roles


def _focused(text: str, see: Seeing, language: str) -> str:
    """ "Wir haben eine Presseanfrage bekommen, wer bei ELISE die Projektleitung hatte. Ich finde
    das nirgends. Wissen Sie es?", "Angeblich hatten mehrere einen Nachfolger. Welche waren
    das?": where the last sentence only asks for an answer, the message without the sentences
    that only tell after the one that asks, that one made a question; where it only points back,
    joined to the sentence it points at."""
    if confirmed := _confirmed_claim(text, language, see):  # "I want to print 'LSN led BONEBANK'.
        return confirmed  # OK?": whether what it tells is right
    sentences = _sentences(text)
    if len(sentences) < 2:
        return text
    last, more = _request_and_more(sentences[-1], see, language)
    if _answer_request(last, see, language):
        at = next((i for i in range(len(sentences) - 2, -1, -1)
                   if _indirect_ask(sentences[i], language)), None)
        if at is None:  # "… bräuchte ich die Laufzeit von P.I.L.O.T. Können Sie mir helfen?"
            return " ".join(sentences[:-1]) if _asks_of_named(sentences, see) and not more \
                else text
        return " ".join([*sentences[:at], _as_question(sentences[at], language), *more])
    if _what_it_is(last) and _asks_of_told(sentences, see):  # "We need the ELISE grant
        return " ".join(sentences[:-1])  # figure. What is it?": the figure named before
    before = sentences[-2]
    if _points_back(last, see) and not _opens_question(before, language) and \
            "?" not in before and _tells_something(before, see):
        # one piece, no comma to cut at; lower-case: a capital in mid-sentence reads as a name
        return " ".join([*sentences[:-2], f"{before.rstrip(' .!')} {last[:1].lower()}{last[1:]}"])
    return text


_QUOTED = re.compile(r"""(?<!\w)['"‚„“”‘’»«]([^"‚„“”»«]{8,}?)['"“”‘’»«](?!\w)""")


_ROLE_FILLERS = frozenset({"a", "an", "the", "just", "only", "merely", "ein", "eine", "die", "der",
                           "nur", "bloß", "lediglich"})


def _role_choice(piece: str) -> bool:
    """ "lead or partner?", "the lead or just a partner?", "Leitung oder nur Partner?": a piece
    that only offers two roles."""
    return " ".join(t for t in normalize(piece).split() if t not in _ROLE_FILLERS) in \
        phrases().role_choices


# The last sentence's start: after a closing mark, before or after a closing quote ("… 'LSN led
# BONEBANK'. OK?", "… „KI#CK lief drei Jahre.“ Passt das?")
_LAST_SENTENCE = re.compile(r"(?:[.!]['\"“”’»]?|['\"“”’»][.!])\s+(?=[^.!?]*$)")


def _confirmed_claim(text: str, language: str, see: Seeing) -> str | None:
    """A sentence told, then only asked whether it may stand ("I want to print 'LSN led
    BONEBANK'. OK?", "Passt das so?"): what it quotes, else the whole sentence, asked as one
    claim ("Is it true that …?", which keeps every part of a claim of two a claim)."""
    last = _LAST_SENTENCE.search(text.rstrip(" ?!"))
    if last is None or normalize(text[last.end():]) not in phrases().confirm_sentences:
        return None  # (most messages: no closing mark inside)
    told = text[:last.end()]
    quoted = _QUOTED.search(told)
    claim = (quoted.group(1) if quoted else told).strip(" .!?,;:'\"“”’»„‚")
    if not see(claim).projects:
        return None  # ("Thanks for that. OK?" tells nothing to check)
    return f"{'Stimmt es, dass' if language == 'de' else 'Is it true that'} {claim}?"


def _request_and_more(sentence: str, see: Seeing, language: str) -> tuple[str, list[str]]:
    """ "Können Sie mir das sagen und auch, aus welchem Programm das Geld kam?": a request for
    the answer to what was told, and a question of its own after it."""
    if not any(" ".join(normalize(sentence).split()[:n]) in phrases().requests for n in (2, 3)):
        return sentence, []
    for cut in phrases().break_pattern.finditer(sentence):
        if _breaks_in(cut.group(), language) and _opens_question(sentence[cut.end():], language):
            request = sentence[:cut.start()] + "?"
            if _answer_request(request, see, language):
                return request, [sentence[cut.end():]]
            break
    return sentence, []


def _lead_dropped(text: str, see: Seeing, language: str) -> str:
    """ "Mir ist noch nicht ganz klar, was aus MAGIA geworden ist.", "I'm still not sure who
    funded BFCC.": the last sentence tells a question after a lead-in that names nothing; the
    question without it (its "noch" asks no status). A lead-in in which the speaker tells of
    their work ("I'm writing about our Interreg projects and want to know who …") is set off
    before the question with a colon: its words are no condition of the question."""
    sentences = _sentences(text)
    last = sentences[-1] if sentences else ""
    if "?" in last and "," not in last:
        return text  # (a question with its mark is told after a comma, if at all)
    found = _indirect_ask(last, language)
    if found is None or found[1]:
        return text
    at = found[0]
    if "?" in last:  # "Können Sie mir kurz erklären, wie BRIDGE 53 und HIHeal zusammenhängen?":
        # words that only ask to be told ask what the question after them asks ("kurz
        # erklären" is no overview)
        return " ".join([*sentences[:-1], last[at:]]) \
            if _only_asks_to_be_told(last[:at]) and last[:at].strip() else text
    if (word := _LAST_WORD.search(last[:at])) and \
            normalize(word.group(1)) in phrases().prepositions:
        at = word.start(1)  # "…, von wann bis wann es lief": the preposition asks too
    lead_in = last[:at]
    u = see(lead_in)
    if u.projects or u.ambiguous or u.unknown_names or not lead_in.strip() or \
            u.ordinal is not None or u.list_reference or u.other_one:  # "das erste, worum
        # gings": it names one ("und das next level ding, was machen die": one of two)
        return text
    if u.filters.any():  # "I'm writing about our Interreg projects and want to know who led
        # BONEBANK": what the speaker tells of themselves, set off as words before the question
        tokens = set(normalize(lead_in).split())
        told = _leads_in(lead_in) and not tokens.isdisjoint(phrases().first_person)
        return " ".join([*sentences[:-1], f"{lead_in.rstrip(' ,:;')}: {last[at:]}"]) \
            if told else text
    return " ".join([*sentences[:-1], last[at:]])


_LAST_WORD = re.compile(r"([^\W_]+)[\W_]*$")


def _asks_of_named(sentences: list[str], see: Seeing) -> bool:
    """Whether the sentences told before a last one that only asks for help ("Can you help me
    with that?") ask something themselves of a project or condition they name ("For a piece
    I'd need the dates of NORTHOPEDICS.")."""
    told = " ".join(sentences[:-1])
    u = see(told)
    helps = has_phrase(normalize(sentences[-1]).split(), phrases().help_requests)
    asking = any(score >= ASKING and intent not in SMALL_TALK for intent, score in u.scores)
    # ("Ich interessiere mich für ELISE. Können Sie mir helfen?": about ELISE)
    return "?" not in told and helps and bool(u.projects or u.filters.any() and asking)


def _what_it_is(sentence: str) -> bool:
    """ "What is it?", "Wie lautet sie?": a sentence asking only what the thing named is."""
    tokens = normalize(sentence).split()
    return bool(tokens) and set(tokens) <= phrases().what_it_is


def _asks_of_told(sentences: list[str], see: Seeing) -> bool:
    """Whether the sentences before the last name a project and ask a fact of it by a noun
    ("the exact ELISE grant figure", "die Fördersumme von HIHeal"), with no question of their
    own."""
    told = " ".join(sentences[:-1])
    u = see(told)
    return "?" not in told and bool(u.projects) and any(
        score >= ASKING and intent not in (*SMALL_TALK, "overview") for intent, score in u.scores)


def _sentences(text: str) -> list[str]:
    """The message's sentences, each with its closing mark."""
    cuts = [m.end() for m in _SENTENCES.finditer(text)]
    if not cuts:  # (most messages: one sentence)
        return [piece] if (piece := text.strip()) else []
    return [piece for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)
            if (piece := text[a:b].strip())]


def _content_free(sentence: str, see: Seeing) -> bool:
    """ "Wissen Sie es?", "which one was that?": no project, condition or unknown name, and no
    intent that asks by itself."""
    u = see(sentence)
    return not u.projects and not u.filters.any() and not u.unknown_names and not any(
        score >= ANSWER_REQUEST and intent not in ("help", "list") for intent, score in u.scores)


def _answer_request(sentence: str, see: Seeing, language: str) -> bool:
    """ "Steht das bei Ihnen irgendwo?", "Können Sie das klären?", "Do you know?": a sentence
    that asks for an answer and nothing else (no question word of its own)."""
    tokens = normalize(sentence).split()
    if not tokens or _asked_words(sentence) or not _content_free(sentence, see):
        return False
    request = any(" ".join(tokens[:n]) in phrases().requests for n in (2, 3))
    return "?" in sentence or request or is_yes_no(tokens, language)


def _points_back(sentence: str, see: Seeing) -> bool:
    """ "Welche waren das?", "which one was that?", "Wer war das?", "Von wem jeweils?": a
    question word with nothing but a copula, a preposition and words pointing back."""
    tokens = normalize(sentence).split()
    words = phrases().any_question_word
    # ("Von wem genau jeweils?", "by whom exactly?": a preposition asks of the told, too)
    allowed = words | phrases().roles_copulas | phrases().breaks | phrases().prepositions
    return bool(set(tokens) & words) and set(tokens) <= allowed and _content_free(sentence, see)


def _tells_something(sentence: str, see: Seeing) -> bool:
    """Whether a sentence told names anything a question can be asked of."""
    u = see(sentence)
    return bool(u.projects or u.filters.any() or any(
        score >= ASKING and intent not in SMALL_TALK for intent, score in u.scores))


def _indirect_ask(sentence: str, language: str) -> tuple[int, bool] | None:
    """ "Meine Chefin fragt, ob wir beim BFCC die Leitung hatten.", "Bei NORTHOPEDICS fehlt mir
    die Angabe, wie viel Fördergeld geflossen ist.", "My boss asked me who led ELISE.": a
    question told as a statement; where it begins, and whether it asks yes or no."""
    p = phrases()
    words = [(m.start(), m.group() if m.group() == "," else normalize(m.group()))
             for m in re.finditer(r"[^\W_]+|,", sentence)]
    asked = p.question_words.get(language, frozenset())
    for i, (at, word) in enumerate(words[1:], 1):
        before = [w for _, w in words[max(0, i - 3):i] if w != ","]
        led = has_phrase(before, p.roles_leads)
        comma = words[i - 1][1] == "," and language == "de"
        if word in p.indirect and (comma or led or word in p.indirect_anywhere):
            return at, True
        if word in asked and (led or comma and not (
                word in p.something_words.get(language, ()) and i > 1 and
                words[i - 2][1] in p.roles_relative)):  # ("das, was …" is no question)
            return at, False
        if word in asked and i > 1 and words[i - 1][1] in p.prepositions and \
                words[i - 2][1] == "," and language == "de":
            return words[i - 1][0], False  # "ich weiß nicht mehr, bis wann es lief"
    return None


def _as_question(sentence: str, language: str) -> str:
    """The sentence that asks indirectly as a question: "My boss asked me: who led ELISE?"; a
    yes/no one whole ("Meine Chefin fragt, ob …?"), its "ob" telling it is one."""
    found = _indirect_ask(sentence, language)
    body = sentence.rstrip(" .!?") + "?"
    if found is None or found[1]:
        return body
    lead_in = body[:found[0]].rstrip(" ,:;-–—")
    return f"{lead_in}: {body[found[0]:]}" if lead_in else body[found[0]:]


def _told(text: str, language: str, see: Seeing) -> tuple[str, str]:
    """Sentences before the question that tell rather than ask, and the rest (none where the
    rest asks nothing either: "Hallo! Ich bin neu im Cluster-Team."). A sentence that says
    what of a project is needed asks it ("I need BFCC's dates for a report. And who led it?"),
    and so does the last one with no question after it ("I'm pulling together a report on
    ERDF-backed networks. For the bone-healing network you ran, I need the funding period.")."""
    cut = 0
    for match in _SENTENCE.finditer(text):
        sentence = text[cut:match.start()]
        if _opens_question(sentence, language) or "?" in sentence or _needed(sentence) and (
                (u := see(sentence)).projects and u.intent not in (None, "overview", "help")):
            break
        cut = match.end()
    colon = _COLON.search(text, cut)  # "Wir sind Fördermittelgeber und prüfen Angaben: Stimmt
    if colon and _first_person(text[cut:colon.start()]) and "?" not in text[:colon.start()] \
            and not _opens_question(text[cut:colon.start()], language):  # es, dass …?"
        cut = colon.end()
    rest = text[cut:]
    words = normalize(rest).split()
    request = not phrases().requests.isdisjoint(  # "can u tell me …"
        (" ".join(words[:2]), " ".join(words[:3])))
    if not cut or not rest.strip() or not ("?" in rest or _opens_question(rest, language) or
                                           request or _needed(rest)):
        return "", text
    return text[:cut].strip(), rest


def _needed(piece: str) -> bool:
    """ "I need the dates of BFCC for a report", "brauche die genaue Laufzeit von BONEBANK":
    a sentence that says what is needed asks for it; not what the speaker needs to do ("I need
    to update our website"), only what they need to know."""
    tokens = normalize(piece).split()
    doing = any(tokens[i : i + 2] == ["need", "to"] and tokens[i + 2 : i + 3] != ["know"]
                for i in range(len(tokens)))
    return has_phrase(tokens, phrases().request_cues) and not doing


def _statement(left: str, cut: str, language: str) -> bool:
    """ "Ich schreibe einen Bericht für den Vorstand. Können Sie …": a sentence that ends in a
    full stop or a dash and is no question tells, it doesn't ask; one that says what is needed
    ("I need the dates of BFCC for a report. And who led it?") asks for it."""
    return cut.strip()[:1] in ".-–—" and not _opens_question(left, language) and \
        not _needed(left)


def _opened(before: str) -> int:
    """Where the first piece starts: 0, also after words that only open a message ("ok, und
    das Vorgängerprojekt – wer hat das gefördert?": "ok" asks nothing)."""
    return 0 if set(normalize(before).split()) <= phrases().openers else len(before)


def _preamble(cut: str, start: int) -> bool:
    """ "ich such infos zu elise fürn newsletter, was war das ziel?": words before the first
    comma, colon, dash or full stop that ask nothing set the subject for the question after."""
    return start == 0 and bool(cut.strip()) and cut.strip()[0] in ",:;.!-–—"


def _echo_question(piece: str) -> bool:
    """ "bridge 53 was part of what": a statement ending in its question word asks."""
    tokens = normalize(piece).split()
    return bool(tokens) and tokens[-1] in phrases().any_question_word


def _opens_question(piece: str, language: str) -> bool:
    """ "who paid for it", "is it still running", "endete ELISE": a question starts here."""
    p = phrases()
    tokens = normalize(piece).split()
    while tokens and tokens[0] in p.breaks:
        tokens = tokens[1:]
    cue = next((n for n in (2, 1) if " ".join(tokens[:n]) in p.example_cues), 0)
    tokens = tokens[cue:]  # "what came out of it, like how many companies were helped?": an
    # example asked as a question of its own
    words = p.any_question_word
    if len(tokens) > 1 and tokens[0] in p.prepositions and tokens[1] in words:
        tokens = tokens[1:]  # "und aus welchem Programm …", "and from whom …"
    if not tokens:
        return False
    first, two = tokens[0], " ".join(tokens[:2])
    # a bare verb only in a short piece: "… start and end?", not "… start and end dates of …"
    verb = first in p.clause_verbs and len(tokens) <= 3 and not set(tokens) & p.verb_nouns \
        and not _span(piece)  # ("start to end" is a span)
    # "could you tell me how big the grant was": a request opens the question it asks for
    request = any(" ".join(tokens[:n]) in p.requests for n in (2, 3))
    named = any(" ".join(tokens[:n]) in p.name_openers for n in (2, 3))  # "name of the …"
    return first in words or two in words or verb or request or named or \
        is_yes_no(tokens, language)


def _asks(piece: str, see: Seeing, after: str | None = None, language: str = "en",
          kb: KnowledgeBase | None = None) -> bool:
    """Whether a piece asks something by itself. A second piece that ranks or narrows ("which
    one started first?") refers back to the first: a question of its own only after a list
    question ("which projects did Interreg fund, and which of them started first?")."""
    u = see(piece)
    if u.scores and u.scores[0][0] == "superlative" and not u.superlative:
        return False  # "Moin, kurze Frage zu HIHeal": a short question is no shortest project
    tokens = normalize(piece).split()
    ranks = u.superlative and not _hop_kinds(tokens)  # ("that earlier project": a link noun)
    if after is not None and (ranks or u.list_reference) and not (
            _opens_question(after, language) and see(after).intent in ("list", "count")) and \
            not _claim_over_several(after, see, language) and \
            not _figure_asked(after, see, language) and \
            not after_ranking(u, see(after)) and not (
                u.list_reference and not ranks and len(see(after).projects) > 1 and (
                    _opens_question(piece, language) and (
                        see(after).superlative or _asks(after, see, language=language)) or
                    _nouns_of_each(tokens, language))):  # ("BFCC und BONEBANK – jeweils
        # Laufzeit": asked of each of the projects named before)
        return False  # ("which started earlier, ELISE or BFCC, and what funded each of them?"
        # asks its own question of the projects the question before named)
    claim = is_yes_no(tokens, u.language) and (u.filters.any() or bool(claim_of(tokens)) or bool(
        u.projects) and has_phrase(tokens, phrases().told_members))  # "was BFCC one of ours?"
    if after is not None and u.filters.any() and _opens_question(piece, language) and \
            see(after).intent in ("list", "count"):
        return True  # "Welche Projekte förderte Hamburg, und bei welchen zahlte SH mit?"
    counted = {"count", "uncounted"} <= u.asks  # "und wie viele Firmen haben es genutzt?"
    if after is not None and who_alone(u) and " ".join(
            t for t in tokens if t not in phrases().breaks) in _who_alone_asks():
        return True  # "wann lief ELISE und wer?": who took part, asked of it
    return u.time_question or claim or counted or any(  # "… und lief es bis 2021?" claims a year
        score >= ASKING and intent not in SMALL_TALK for intent, score in u.scores) or (
        kb is not None and identity_ask(piece, u, kb)) or \
        _inside_which(tokens, u)  # "Was war HIHeal, und wann lief es?", "In welchem Projekt war
    # BRIDGE 53 und wann lief das?"


@cache
def _who_alone_asks() -> frozenset[str]:
    return _both(data_file("query")["who_alone_asks"])


WHO_ALONE = 3  # words of "und wer genau?"


def who_alone(u: Understanding) -> bool:
    """ "wer?", "und wer genau?": the question word for people, and nothing else asked."""
    return "who" in u.asks and u.asks <= {"who", "names", "details"} and \
        u.token_count <= WHO_ALONE and not (u.filters.any() or u.unknown_words or u.scores)


def after_ranking(u: Understanding, before: Understanding) -> bool:
    """ "Which started first …, and which ended last?": a ranking of another kind is a question
    of its own; "…, and who led the earlier one?": a question about the winner of the same one."""
    if not before.superlative or not u.superlative or u.list_reference or u.projects:
        return False
    if u.superlative != before.superlative:
        return True
    return any(score >= ASKING and intent not in ("superlative", *SMALL_TALK)
               for intent, score in u.scores)


NAME_BEFORE = 5  # "und die bone bank, was war das?": at most this many words of a name first


def identity_ask(piece: str, u: Understanding, kb: KnowledgeBase) -> bool:
    """ "what was it", "Was war BRIDGE 53", "(can you tell me) what BFCC was", "what's
    P.I.L.O.T.": a question word and a copula around nothing but the subject ask what the
    project is, and nothing more."""
    if u.filters.any():
        return False
    first, verb, lead_in, subject = phrases().identity
    tokens = normalize(piece).split()
    at = next((i for i, t in enumerate(tokens) if t not in lead_in), len(tokens))
    rest = tokens[at:]
    asked = next((i for i, t in enumerate(rest[:NAME_BEFORE]) if t in first), 0)
    if asked and u.projects and " ".join(rest[:asked]) in _names(kb):
        rest = rest[asked:]  # "und bonebank, was war das genau?": the name, then what it was
    if len(rest) < 2 or rest[0] not in first:
        return False
    if rest[1] in verb:  # "what was it", "was war das"
        body = rest[2:]
    elif rest[-1] in verb:  # "what BFCC was", "was HIHeal war"
        body = rest[1:-1]
    elif any(p in piece.lower() for p in phrases().identity_contracted):  # "what's P.I.L.O.T."
        body = rest[1:]
    else:
        return False
    if len(body) > 2 and body[-2] in phrases().identity_within and body[-1] in subject:
        body = body[:-2]  # "what was BRIDGE 53 in it?": what it was within the one named
    named = [t for t in body if t not in subject]
    if len(named) > 1 and named[-1] in phrases().one_after_name and \
            " ".join(named[:-1]) in _name_parts(kb):
        return True  # "and what's the next level one?": a project by words of its name
    if not body or not (u.projects or u.pronoun or set(body) <= subject):  # "was war das"
        return False
    common = vocabulary().common
    return " ".join(named) in _names(kb) or all(  # a misspelt name ("elsie") is no ordinary word
        t.isdigit() or t not in common for t in named)


_NAMES: weakref.WeakKeyDictionary[KnowledgeBase, frozenset[str]] = weakref.WeakKeyDictionary()
_PARTS: weakref.WeakKeyDictionary[KnowledgeBase, frozenset[str]] = weakref.WeakKeyDictionary()


def _name_parts(kb: KnowledgeBase) -> frozenset[str]:
    """Every run of words within a project's name ("next level"), once per knowledge base."""
    if kb not in _PARTS:
        runs: set[str] = set()
        for name in _names(kb):
            words = name.split()
            runs |= {" ".join(words[i:j]) for i in range(len(words))
                     for j in range(i + 1, len(words) + 1)}
        _PARTS[kb] = frozenset(runs)
    return _PARTS[kb]


def _names(kb: KnowledgeBase) -> frozenset[str]:
    """Every name of every project, normalised (once per knowledge base)."""
    if kb not in _NAMES:
        _NAMES[kb] = frozenset(normalize(n) for p in kb.projects.values() for n in p.names())
    return _NAMES[kb]


def _without_tail(tokens: list[str]) -> list[str]:
    """A claim's words without the tail that makes it a question ("…, oder?", "…, right?")."""
    n = next((n for n in (4, 3, 2, 1) if len(tokens) > n and
              " ".join(tokens[-n:]) in phrases().yes_no_tails), 0)
    return tokens[:len(tokens) - n]


def _link_confirmed(piece: str, then: str, see: Seeing) -> bool:
    """ "and before that there was MAGIA, right? what markets did that cover": a link told and
    only confirmed with a tail, naming one project, before a question that points back ("that",
    "it") and names none, says what that question is about."""
    tokens = normalize(piece).split()
    return _without_tail(tokens) != tokens and len(see(piece).projects) == 1 and \
        not see(then).projects and \
        not phrases().pointing_subjects.isdisjoint(normalize(then).split())


def _claim_over_several(piece: str, see: Seeing, language: str) -> bool:
    """ "InnoReAct und MAGIA2Market endeten beide 2023, oder?": a yes/no claim about several
    projects, after which "und welches lief länger?" ranks them as a question of its own."""
    return len(see(piece).projects) > 1 and is_yes_no(normalize(piece).split(), language)


FIGURE_ASKS = ("amount", "duration", "dates", "start", "end")  # what a ranking ranks by


def _figure_asked(piece: str, see: Seeing, language: str) -> bool:
    """ "how long did BFCC run", "how much money did each get": a figure asked of a project or
    of each, after which "and which got more?" ranks them as a question of its own. Asked, not
    told: "HIHeal and InnoReAct both got Hamburg money - which one started later?" ranks."""
    u = see(piece)
    if u.intent not in FIGURE_ASKS or u.superlative:
        return False
    p = phrases()
    tokens = normalize(piece).split()
    asking = p.question_words.get(language, p.any_question_word) | p.compare_with | \
        p.request_cues  # "how much …", "compare the funding amounts of …", "tell me …"
    if not has_phrase(tokens, asking) and not _opens_question(piece, language):
        return False
    return bool(u.projects) or not p.each_words.isdisjoint(tokens)


# --------------------------------------------------------------------------- clause features


def _judgement(tokens: list[str], named: bool) -> bool:
    """ "which was the most successful?", "das beste Projekt": a judgement the page never makes
    of its projects. A ranking of a thing no project is ("the best pizza place near the LSN
    office", a word the bot doesn't know right after "the best", no project named) is no
    question about them."""
    if has_phrase(tokens, phrases().judgement_one) or troubles(tokens):
        return True
    if not has_phrase(tokens, phrases().judgement):
        return False
    known = vocabulary().common
    return named or any(" ".join(tokens[i:i + n]) in phrases().judgement and (
        i + n == len(tokens) or tokens[i + n] in known or not tokens[i + n].isalpha())
        for n in (1, 2, 3, 4) for i in range(len(tokens) - n + 1))


def troubles(tokens: list[str]) -> bool:
    """ "What went wrong in MAGIA?", "Welche Schwierigkeiten gab es bei ELISE?": what a
    project struggled with, which the page never tells (not what it set out to solve). Into a
    year is time, no trouble: "Did BFCC run into 2020?", "ran into the year 2020"."""
    if "into" in tokens:
        tokens = [t for i, t in enumerate(tokens) if t != "into" or not (
            tokens[i + 1: i + 2] and tokens[i + 1].isdigit() or tokens[i + 1: i + 3] == [
                "the", "year"])]
    return has_phrase(tokens, phrases().judgement_troubles) and \
        phrases().trouble_aims.isdisjoint(tokens)


def has_phrase(tokens: list[str], phrase_set: frozenset[str]) -> bool:
    return not _grams(tuple(tokens)).isdisjoint(phrase_set)


@lru_cache(maxsize=2048)
def _grams(tokens: tuple[str, ...]) -> frozenset[str]:
    """Every run of one to four words: the phrases of query.yaml are looked up in it."""
    t = tokens  # (each run joined in C, with no Python step per run: a new message's cost)
    return frozenset([*t, *map(" ".join, zip(t, t[1:], strict=False)),
                      *map(" ".join, zip(t, t[1:], t[2:], strict=False)),
                      *map(" ".join, zip(t, t[1:], t[2:], t[3:], strict=False))])


FRONTED = 3  # "In BONEBANK was …", "In P.I.L.O.T. Next Level war …": a name of one to two
FRONTED_AT = (2, 3)  # words after the preposition, then the verb


def is_yes_no(tokens: list[str], language: str) -> bool:
    """A verb before its subject ("Did the ESF fund ELISE?") or a tail ("…, right?"), and no
    question word ("Can you tell me who funded it?" asks who)."""
    p = phrases()
    words = [t for t in tokens if t not in ("so", "also", "and", "und", "then", "dann")] or tokens
    while len(words) > 1 and words[0] in p.openers:  # "ok and did it end in 2020?"
        words = words[1:]
    if not words:
        return False
    if _indirect(words, language):
        return True  # "Können Sie mir sagen, ob ELISE gefördert wurde?"
    believed = _after_belief(words)
    if believed is not None:  # "I think BONEBANK was an ESF project?": a claim to check
        return len(believed) >= BELIEF_WORDS and believed[0] not in p.belief_speaker and \
            not set(believed) & (p.question_words.get(language, frozenset()) -
                                 p.something_words.get(language, frozenset()))
    heads = [" ".join(words[:n]) for n in (1, 2, 3)]  # its first one, two and three words
    if not p.requests.isdisjoint(heads[1:]) and not they_all(words):
        return False  # "Could you give me a summary …?" asks for the summary
    starts = p.yes_no_starts.get(language, frozenset())
    opening = not starts.isdisjoint(heads) or words[0] in p.fronted_prepositions and \
        len(words) > FRONTED + 1 and words[1] not in p.fronted_not and any(
            words[k] in starts and words[k + 1] not in p.first_person for k in FRONTED_AT)
    # ("In BONEBANK was the bone also harvested in Kiel?": the verb after the name)
    tail = not p.yes_no_tails.isdisjoint([" ".join(words[-n:]) for n in (1, 2, 3, 4)])
    question_words = p.question_words.get(language, ())  # (once, not for each word)
    asked = {w for i, w in enumerate(words) if w in question_words
             and not set(words[max(0, i - 3):i]) & p.likeness  # "dasselbe … wie bei ELISE"
             and not (opening and i >= 4)}  # "was Odense one of the places where …": relative
    if opening:  # "Hatte InnoReAct was mit Corona zu tun?": "was" as "something"
        asked -= p.something_words.get(language, frozenset()) - {words[0]}
    return (opening or tail) and not asked


THEY_AT = 1  # "Wurden sie alle …?": the pronoun right after the opening verb


def they_all(tokens: list[str]) -> bool:
    """ "Wurden sie alle von der EU finanziert?", "Were they all funded by the EU?": a verb,
    then "they"/"sie" and "all"/"alle" not before a noun of projects, is "they all" - not the
    polite "Sie" of a request ("Würden Sie alle Projekte auflisten?", which reads the same
    without its umlaut)."""
    p = phrases()
    return len(tokens) > THEY_AT + 1 and tokens[THEY_AT] in p.they_words and \
        tokens[THEY_AT + 1] in p.all_of and not set(tokens[THEY_AT + 2:THEY_AT + 3]) & \
        vocabulary().phrase_sets["project_plurals"]


def _belief_names(piece: str, u: Understanding) -> bool:
    """ "I believe it came from NORTHOPEDICS.", "ich glaube, das war ELISE": a belief about
    "it" that names only a project says what the next question is about; it claims no fact."""
    claim = _after_belief(normalize(piece).split())
    return bool(claim) and claim[0] in phrases().pointing_subjects and bool(u.projects) and \
        not u.filters.any()


def told_belief(text: str) -> bool:
    """ "I think LSN ran it with the TH Lübeck", "ich glaube, …": a claim told as a belief."""
    return _after_belief(normalize(text).split()) is not None


BELIEF_WORDS = 3  # a claim after "ich meine" has a verb: "ich meine MAGIA2Market" corrects


def _after_belief(words: list[str]) -> list[str] | None:
    """The claim after a belief opener ("I think (that) …", "ich glaube, …", "soweit ich weiß
    …"), or None where the message opens otherwise."""
    p = phrases()
    if not words or words[0] not in _belief_firsts():
        return None  # (most messages: no opener begins with their first word)
    n = next((n for n in (5, 4, 3, 2) if " ".join(words[:n]) in p.belief_openers), 0)
    if not n:
        return None
    rest = words[n:]
    verbs = p.clause_verbs | p.yes_no_starts["en"] | p.yes_no_starts["de"]
    if " ".join(words[:n]) in vocabulary().phrase_sets["continuation"] and not set(rest) & verbs:
        return None  # "nein, ich meine das erste MAGIA" corrects; "ich meine, BFCC lief …" claims
    return rest[1:] if rest and rest[0] in p.belief_joiners else rest


@cache
def _belief_firsts() -> frozenset[str]:
    """The words the belief openers begin with ("i", "ich", "soweit")."""
    return frozenset(p.split(" ", 1)[0] for p in phrases().belief_openers)


INDIRECT_WITHIN = 8  # "Bitte teilen Sie mir mit, ob …": the "ob" comes early


def _indirect(words: list[str], language: str) -> bool:
    """ "I was wondering whether BFCC had a registry", "Bitte teilen Sie mir mit, ob …": an
    indirect yes/no question, with no question word before or after its "whether"."""
    p = phrases()
    at = _indirect_at(words)
    if at is None or at + 2 > len(words):
        return False
    asked = p.question_words.get(language, frozenset())
    after = set(words[at + 1:]) & asked
    return not set(words[:at]) & asked and not after - p.something_words.get(language, set())


def _indirect_at(words: list[str]) -> int | None:
    return next((i for i, w in enumerate(words[:INDIRECT_WITHIN])
                 if i and w in phrases().indirect), None)


def claim_tokens(tokens: list[str], language: str) -> list[str]:
    """The words of the claim itself: after the "ob" of "Können Sie mir sagen, ob …" or the
    "I think" of a belief, words that claim nothing."""
    at = _indirect_at(tokens)
    if at is not None and _indirect(tokens, language):
        return tokens[at + 1:]
    believed = _after_belief(tokens)  # "I think …" claims nothing about the project itself
    return believed if believed and len(believed) >= BELIEF_WORDS else tokens


def hop_of(kinds: list[str], u: Understanding) -> str | None:
    """A relation to follow before answering (`kinds`: the links the clause names): only when
    the clause also asks something else ("how long did the project BRIDGE 53 belonged to
    run?"); "what followed HIHeal?" alone is a plain question about the relation."""
    if len(kinds) != 1:
        return None
    plain = (*RELATIONS, "contains", "relations", "overview", *SMALL_TALK)  # "what was …"
    other = u.time_question or any(score >= ASKING and i not in plain and not (
        i == "list" and score < 3) for i, score in u.scores)  # ("which project was it the
    # follow-up of?": "which project" asks for the link)
    return kinds[0] if other else None


def _hop_kinds(tokens: list[str]) -> list[str]:
    grams, p = _grams(tuple(tokens)), phrases()  # (looked up once for every kind of link)
    found = {k: grams & ps for k, ps in p.hops.items() if not grams.isdisjoint(ps)}
    if not found:  # "who funds the sucessor?": a typo of a link's word is that word
        fixed = _link_typos(tuple(tokens))
        return _hop_kinds(list(fixed)) if fixed != tuple(tokens) else []
    if len(found) > 1 and not grams.isdisjoint(p.hop_shadows):
        return _longest_hops(found)  # "how did it continue?" holds "did it continue"
    return list(found)


def _longest_hops(found: dict[str, frozenset[str]]) -> list[str]:
    """Of the link kinds a message's phrases name, those not named only inside a longer phrase
    of another kind ("did it continue", the predecessor, inside "how did it continue", the
    follow-up)."""
    said = {q: k for k, ps in found.items() for q in ps}
    return [k for k, ps in found.items() if not all(
        any(other != k and q != w and f" {w} " in f" {q} " for q, other in said.items())
        for w in ps)]


def _shadows(hops: dict[str, frozenset[str]]) -> frozenset[str]:
    """The link phrases that hold a shorter link phrase of another kind."""
    return frozenset(q for k, qs in hops.items() for q in qs for other, ws in hops.items()
                     if other != k for w in ws if w != q and f" {w} " in f" {q} ")


def claim_of(tokens: list[str]) -> str | None:
    """What a claim is about: two projects' years, overlap, funders or places; a status
    ("running", "ended", checked last: "ended in the same year" is about the year)."""
    claims = phrases().claims
    grams = _grams(tuple(tokens))  # (the message's phrases, looked up once for every kind)
    if any(map(str.isdigit, tokens)):  # "Hat MAGIA2Market direkt 2019 an MAGIA
        grams |= _grams(tuple(t for t in tokens if not t.isdigit()))  # angeschlossen?"
    if grams.isdisjoint(_claim_phrases()) and phrases().same_parts["same"].isdisjoint(tokens):
        fixed = _claim_typos(tuple(tokens))  # "still runing?"
        return claim_of(list(fixed)) if fixed != tuple(tokens) else None  # (most clauses: no
        # kind is looked at one by one)
    counting = claims["not_status"]  # "noch ein Anschlussprojekt": one more, no status
    status = grams if grams.isdisjoint(counting) else _grams(tuple(
        t for i, t in enumerate(tokens) if " ".join(tokens[i:i + 2]) not in counting))
    for kind in ("same_month", "same_year", "same_length", "overlap", "gap", "adjacent",
                 "same_funder", "same_places", "running", "ended"):
        if not (status if kind in ("running", "ended") else grams).isdisjoint(claims[kind]):
            return kind
        if kind in SAME_NOUNS and same_at(tokens, kind) is not None:
            return kind
    return None


def _typos_fixed(tokens: list[str], words: frozenset[str]) -> list[str]:
    """The tokens with each typo of one of `words` (the words of a stage's phrases) read as
    that word, as understand reads it for the intent ("is P.I.L.O.T. still runing?", "who funds
    the sucessor?"); a typo of any other word stays as written."""
    return [fixed if len(t) >= TYPO_LENGTH and (fixed := typo_of(t)) in words else t
            for t in tokens]  # (a shorter word is no typo: not asked, one call less a word)


@cache
def _words_of(phrases_: frozenset[str]) -> frozenset[str]:
    return frozenset(w for p in phrases_ for w in p.split())


@lru_cache(maxsize=1024)
def _link_typos(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens with typos of the link phrases' words fixed (kept: every clause asks)."""
    return tuple(_typos_fixed(list(tokens), _link_words()))


@cache
def _link_words() -> frozenset[str]:
    """The words of the link phrases (joined once, not for every new message)."""
    return _words_of(frozenset().union(*phrases().hops.values()))


@lru_cache(maxsize=1024)
def _claim_typos(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens with typos of the claim phrases' words fixed (kept: every clause asks)."""
    return tuple(_typos_fixed(list(tokens), _words_of(_claim_phrases())))


SAME_NOUNS = {"same_funder": ("funder",), "same_places": ("places", "targets")}


@cache
def _claim_phrases() -> frozenset[str]:
    """Every phrase of every kind of claim (and of "not_status", which changes the phrases)."""
    return frozenset().union(*phrases().claims.values())


def same_at(tokens: list[str], kind: str) -> int | None:
    """ "War das dasselbe Programm wie bei ELISE?", "the same target countries as MAGIA?": where
    a word for "same" stands with, within three words after it, a noun of what is the same (a
    funder, places)."""
    parts = phrases().same_parts
    if parts["same"].isdisjoint(tokens):
        return None
    nouns = frozenset().union(*(parts[n] for n in SAME_NOUNS[kind]))
    return next((i for i, t in enumerate(tokens)
                 if t in parts["same"] and set(tokens[i + 1:i + 4]) & nouns), None)


def same_targets(tokens: list[str]) -> bool:
    """ "the same target countries?", "die gleichen Zielmärkte?": the places the same are the
    markets aimed at, not where the partners came from."""
    at = same_at(tokens, "same_places")
    return at is not None and bool(set(tokens[at + 1:at + 4]) & phrases().same_parts["targets"])


def _reported(clauses: list[Clause], see: Seeing, kb: KnowledgeBase, language: str
              ) -> list[Clause]:
    """ "Our intern wrote BFCC was funded by Horizon 2020 and ran 2016-2019. Can u check both
    parts?", "Mein Kollege sagt, ELISE lief bis 2021. Stimmt das?": a claim told, then asked to
    be checked, is a yes/no question, each part of it ("and ran …") a claim of its own."""
    if len(clauses) < 2:
        return clauses
    request, told = clauses[-1], clauses[-2]
    opener, checks = _report_words()
    asked = request.understanding
    disputed = has_phrase(normalize(request.text).split(), _disagreements())
    some = told.understanding.filters.any() and names_a_kind(told.text)  # "my professor said
    # Lithuania was part of some EU ecosystem project. Is that right?": whether one was
    if asked.projects or asked.filters.any() or \
            not (disputed or has_phrase(normalize(request.text).split(), checks)) or \
            not (told.preamble and (told.understanding.projects or some or
                                    _figure_told(told.text))):
        return clauses
    if disputed and (first := _first_of_two(told.text)):
        return [*clauses[:-2], replace(_clause(first, in_language(see(first), language), kb),
                                       yes_no=True, disputed=True)]
    text = told.text if opener.match(told.text) else _sentences(told.text)[-1]  # ("Hi, I'm a
    # PhD student in Vilnius. My professor said …": the claim is in the last sentence told)
    claim = opener.sub("", text, count=1).strip(" .")
    parts = [p for p in _claim_parts(claim) if p.strip()]
    return [*clauses[:-2], *(replace(_clause(p, in_language(see(p), language), kb),
                                     yes_no=True) for p in parts)]


def _figure_told(told: str) -> bool:
    """ "Die Angabe '1.217.494,00 Millionen' erscheint mir unplausibel.", "It was 5 million.":
    an amount told of the project talked about, which a request to check makes a claim of it."""
    return any(m.unit == "euros" for m in measures(told))


def _first_of_two(told: str) -> str | None:
    """ "Tom says MAGIA had a Belgian cluster, Lena swears it was a Dutch one", "Anna meint,
    ELISE lief bis 2020, Ben sagt bis 2021": the first of two claims told against each other,
    without its reporter; none unless two are told."""
    said = list(_reporters().finditer(told))
    if len(said) < 2:
        return None
    between = told[said[0].end():said[1].start()]
    cuts = list(_TOLD_APART.finditer(between))
    claim = between[:cuts[-1].start()] if cuts else ""
    claim = _THAT.sub("", claim.strip(" ,:;.")).strip(" ,:;.")
    return claim or None


_TOLD_APART = re.compile(r"\s*(?:[,;.]|\bbut\b|\bwhile\b|\bwhereas\b|\baber\b|\bwährend\b|"
                         r"\bdoch\b)\s*", re.IGNORECASE)
_THAT = re.compile(r"^(?:that|dass)\s+", re.IGNORECASE)


@cache
def _reporters() -> re.Pattern[str]:
    data = data_file("query")["reported_claims"]["reporters"]
    verbs = sorted((re.escape(str(v)) for vs in data.values() for v in vs), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(verbs) + r")\b", re.IGNORECASE)


@cache
def _disagreements() -> frozenset[str]:
    return _both(data_file("query")["reported_claims"]["disagreements"])


def _claim_parts(claim: str) -> list[str]:
    """ "BFCC was funded by Horizon 2020 and ran 2016-2019": cut before "and" and a verb."""
    verbs = "|".join(sorted((re.escape(v) for v in phrases().clause_verbs), key=len,
                            reverse=True))
    return re.split(rf"\s+(?:and|und|,)\s+(?=(?:{verbs})\b)", claim, flags=re.IGNORECASE)


@cache
def _report_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """The words that report a claim ("our intern wrote", "mein Kollege sagt") and those that
    ask to check it ("can you check", "stimmt das?"), from query.yaml."""
    data = data_file("query")["reported_claims"]
    verbs = sorted((re.escape(str(v)) for vs in data["reporters"].values() for v in vs),
                   key=len, reverse=True)
    opener = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,4}?(?:" + "|".join(verbs) +
                        r")\b[\s,:]*(?:that\s+|dass\s+)?", re.IGNORECASE)
    return opener, _both(data["check_requests"])
