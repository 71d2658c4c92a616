"""The pure core: ``answer(text, state, kb) -> Reply``.

It knows nothing about Telegram or terminals. Every front end calls it with the chat's current
:class:`State` and keeps the new state that comes back in the :class:`Reply`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

from bot.answers import (
    LINKS,
    PROJECT_BUILDERS,
    Answer,
    Bold,
    Line,
    about_projects,
    date_range,
    fill,
    fmt_date,
    fmt_duration,
    found_there,
    join,
    linked,
    name,
    project_names,
    render,
    reply_template,
    summary_answer,
    templates,
    term,
)
from bot.checks import (
    LIST_EACH,
    PAIR_CLAIMS,
    about_again,
    alliance_of,
    asks_check_again,
    check,
    check_all,
    check_each,
    check_every,
    check_list,
    check_only,
    claimed_made,
    compared_with_named,
    funder_cities,
    funding_manner,
    left_out,
    left_out_back,
    only_one_of,
    only_project,
    order_words,
    org_kind,
    org_origin,
    place_nouns,
    recheck,
    recheck_about,
    said_in,
    verdict,
    verdict_of,
)
from bot.datafiles import data_file
from bot.descriptions import (
    ENOUGH,
    NEAR_AHEAD,
    definite,
    describe,
    joined,
    most_conditions,
    names_a_kind,
    only_guess,
    plural,
    refers_back,
)
from bot.knowledge import KnowledgeBase, Project
from bot.lists import (
    LIST_SHOWN,
    SIZES,  # "which is bigger?": by what the last answer was about
    amounts_answer,
    amounts_from,
    concurrent_answer,
    difference_answer,
    duration_bounds,
    in_ranked_order,
    list_answer,
    list_index,
    name_the_others,
    narrows,
    no_match,
    org_places_answer,
    partners_by_place,
    partners_from,
    place_answer,
    ranked_known,
    relations_all,
    rest_answer,
    select,
    sizes_told,
    some_names,
    status_all,
    superlative_answer,
    timeline_answer,
    top_with_ties,
    with_amounts,
    with_average_length,
)
from bot.lists import (
    describe as conditions_in_words,
)
from bot.measures import comparison, comparison_at, measures, number_value, number_word
from bot.query import (
    RELATIONS,
    Clause,
    after_ranking,
    asks_others,
    asks_today,
    claim_of,
    corrected_claim,
    described_words,
    has_phrase,
    in_language,
    one_of_several,
    only_turns_to,
    phrases,
    predicate,
    premise_told,
    read,
    they_all,
    thing_in,
    told_belief,
    troubles,
    who_alone,
)
from bot.records import quick_init
from bot.sources import decode, encode, sources
from bot.text import normalize
from bot.understanding import (
    SMALL_TALK,
    Filters,
    Understanding,
    entity_index,
    find_years,
    funders_by_kind,
    named_in,
    typo_of,
    understand,
    vocabulary,
)

COLLECTIONS = ("list", "count", "superlative")
SHORT_COUNT = 5  # "how many German ones": a short count that goes on with the partners
SHORT_PICK = 6  # "which one was from Belgium?": a short pick among one project's partners
ELLIPTIC_NOUN = 2.0  # "and the city of Hamburg?": a noun of the filter, asking nothing new
DATE_INTENTS = ("dates", "start", "end", "duration", "status")
# Every intent a reply can carry: the machine interface's "intent" values.
INTENTS = frozenset({*PROJECT_BUILDERS, *COLLECTIONS, *SMALL_TALK, "fallback", "timeline",
                     "clarify", "unknown_project", "sources"})
# What the project card (the overview) already says.
ON_THE_CARD = ("dates", "start", "end", "funding", "lead", "part_of", "predecessor", "follow_up")
CONTRASTED = ("dates", "places", "funding")  # how two projects differ, as far as the page says
WHICH_ORGANISATIONS = 6.0  # the weight of "which clusters ... from which" (intents.yaml)
COUNTABLE = ("partners", "places", "duration", "amount")  # "how many" questions we can answer
THE_REST = frozenset(normalize(w) for ws in data_file("query")["the_rest"].values() for w in ws)
THE_REST_FROM = frozenset(normalize(w) for ws in data_file("query")["the_rest_from"].values()
                          for w in ws)
POSSESSIVE_END = re.compile(r"\w['’]s\W*$")  # "and HIHeal's?": the noun left out
RANKED_DATE = {"earliest": "start", "latest": "start", "earliest_end": "end", "latest_end": "end"}
EACH_OF_LIST = 5  # "which projects …, and who led them?": a list this short is answered for each
CHOICES_FROM_LIST = 5  # "when did it start?" right after a list this long asks which of it
RANKED_SHOWN = 6  # "which of those started first?": a last list this short shows each figure
COUNTING = 3.0  # a count scored less is a bare "how many", no "how many projects"
# Pairs whose answers already cover each other: dates/start/end..., funding/amount.
OVERLAPPING = (frozenset({"dates", "start", "end", "duration", "status"}),
               frozenset({"funding", "amount"}))
AMOUNT_ASKED = 3.0  # "how much" scores this: a figure is asked
OVERVIEW_ASKED = 3.0  # "tell me about", "what is": the card is asked, whatever words follow
MEASURE_NAMED = 3.0  # a measure's noun scores this: "Fördervolumen", "Laufzeit"; not "wann … lief"
DOERS = ("funding", "lead")  # questions of who did what a verb says: "gefördert", "geleitet"
GIVERS = {"amount": "funding"}  # who gave what was asked: "Wie viel Fördergeld gab es?"
RELATION_INTENTS = ("follow_up", "predecessor", "part_of", "contains", "relations")
# Answers that reach one project from another: "it", "that one" is then the one reached
# ("HIHeal included BRIDGE 53" -> "what was that one's goal?" asks BRIDGE 53's)
REACHING = (*RELATIONS, "contains")
RANKINGS = frozenset(data_file("intents")["superlatives"]) | {  # "longest", "earliest", …
    "earliest_end", "latest_end"}  # ("which ended first?")
UNREAD_ASPECTS = frozenset(data_file("intents")["unread_aspects"])
UNREAD_ASKED = 2.5  # a strong phrase of such an aspect: "involved", "successful", "website"
COMPARED_AS = data_file("intents")["compared_as"]  # "by how much?" after two starts told
WHICH_WORDS = frozenset(map(normalize, data_file("intents")["ordinal_ranks"]["which"]))  # asks
# which one ("Welches ist das ältere?"), not about one
RANKED_BY = data_file("intents")["ranked_by"]  # "and the smallest?": by what was just ranked
FIGURE_WORDS = frozenset(normalize(w) for ws in data_file("intents")["figure_words"].values()
                         for w in ws)  # "the exact ELISE figure" after a ranking: its figure
RANKING_ANSWERS = data_file("intents")["ranking_answers"]  # what a ranking itself tells
CLAIM_MEASURES = data_file("intents")["claim_measures"]  # what a claim about two compares
BARE_SIZES = SIZES.keys() - data_file("intents")["comparatives"].keys()  # "smallest", no noun


@quick_init
@dataclass(frozen=True)
class State:
    """What a chat remembers between messages. Small, explicit and immutable."""

    language: str | None = None
    projects: tuple[str, ...] = ()
    intent: str | None = None
    last_list: tuple[str, ...] = ()
    wider_list: tuple[str, ...] = ()  # the list before last_list, for "the latest of the three"
    counted: tuple[str, ...] = ()  # what the last question counted ("countries"): "Welche
    # genau?" then asks for those by name
    list_parts: tuple[str, ...] = ()  # the last list's parts of another one in it ("BRIDGE 53
    # is listed as part of HIHeal"): "the other one" and "it" count the projects only
    choices: tuple[str, ...] = ()
    pending_intent: str | None = None
    list_mode: str | None = None  # "started"/"ended" of the last year filter, for "and 2023?"
    list_years: tuple[str, ...] = ()  # the last list's years ("2020", "2020"), for "that year"
    list_month: str | None = None  # the last list's month ("2"), for "a month later"
    list_rest: tuple[str, ...] = ()  # what the last list left out, for "und welche nicht?"
    list_unknown: tuple[str, ...] = ()  # and of it those the page gives no data for
    list_conditions: str | None = None  # the last list's conditions in words, for the rest
    list_against: tuple[str, ...] = ()  # the last list measured against the subject's date
    # (relation, own date, its date): "und welche starteten danach?" measures from that date
    ranking: str | None = None  # the last comparison, for "and HIHeal vs ELISE?"
    earlier: tuple[str, ...] = ()  # the subject before this one, for "which got more?"
    facts: tuple[str, ...] = ()  # what the last answer rested on ("bfcc:dates"), for "Source?"
    checked: tuple[str, ...] = ()  # the last yes/no claim and its subject, for "und Litauen?"
    checked_about: str | None = None  # what the answer before that claim was about: "was that
    # more than KI#CK got?" after an amount compares money, and so does "same question for BFCC"
    asks: tuple[str, ...] = ()  # the last message's questions, if several: "and BFCC?" repeats
    hop: str | None = None  # the link the last answer took: "und der von HIHeal?" takes it again
    unsaid: bool = False  # the page didn't answer the last question: "and its predecessor?"
    # then asks it of the predecessor
    ranked_in: tuple[str, ...] = ()  # the list the last ranking ranked: "and which ended
    # last?" right after "which of those started first?" ranks the same list
    doer: str | None = None  # what the last question's verb has a doer for ("Wie lange wurde
    # es gefördert?": funding), for "Und von wem?"
    counting: bool = False  # the last answer counted projects: "and Hamburg?" counts again
    named: tuple[str, ...] = ()  # the projects the user last named together, in the order
    # written: "the second one I mentioned"
    lists: tuple[str, ...] = ()  # the lists given, oldest first, each its ids joined by
    # spaces: "the second project in your first list"
    talked: tuple[str, ...] = ()  # the last few projects talked about one at a time, the
    # latest last: "Welches der drei endete zuerst?" after three asked one per turn
    thing: str | None = None  # the thing a project made last spoken of ("registry"): "is it
    # still running?" then asks of the registry, not of the project
    speaker: str | None = None  # the organisation the user said they work at ("Ich arbeite bei
    # LSN"): "wir", "we" in a question are that organisation
    org: str | None = None  # the one organisation the last message asked what it is ("was
    # ist oncampus"): "ist das in Lübeck?" then claims its seat, not the places of its project
    question: str | None = None  # the last message that asked something, if short ("say that
    # again", "auf Deutsch bitte" after a list, a yes/no or several asks: that question again)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form for persistence."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: Any) -> State:
        """Rebuild a state, ignoring anything unknown or malformed."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = data.get(f.name)
            if isinstance(raw, str) and f.name in ("language", "intent", "pending_intent",
                                                    "list_mode", "list_month", "ranking", "hop",
                                                    "list_conditions",
                                                    "checked_about", "doer", "thing", "org",
                                                    "speaker", "question"):
                values[f.name] = raw
            elif isinstance(raw, list | tuple) and all(isinstance(x, str) for x in raw):
                values[f.name] = tuple(raw)
            elif isinstance(raw, bool) and f.name in ("unsaid", "counting"):
                values[f.name] = raw
        return cls(**values)


@quick_init
@dataclass(frozen=True)
class Button:
    """A suggested follow-up or a choice: a label to show and the text it sends."""

    label: str
    query: str


@quick_init
@dataclass(frozen=True)
class Reply:
    """One answer: the data, its two renderings and the new conversation state."""

    text: str
    html: str
    language: str
    intent: str
    projects: tuple[str, ...]
    answered: bool
    state: State
    buttons: tuple[Button, ...] = ()
    choices: tuple[Button, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)
    image: str | None = None
    # The page's words the facts in this reply rest on (quotes), for "Source" buttons and JSON.
    sources: tuple[str, ...] = ()

    def to_json(self, chat: Any) -> dict[str, Any]:
        """The machine interface's output object (a stable contract)."""
        out = {
            "chat": chat,
            "text": self.text,
            "language": self.language,
            "intent": self.intent,
            "projects": list(self.projects),
            "answered": self.answered,
        }
        if self.image:
            out["image"] = self.image
        out["sources"] = list(self.sources)
        return out


def answer(
    text: str, state: State, kb: KnowledgeBase, language_hint: str | None = None
) -> Reply:
    """Answer one message given the chat's state; never raises for any input text."""
    if not isinstance(text, str):
        text = ""
    state = valid_state(state, kb)
    if (kind := _again_asked(text)) and (again := _last_answer(kind, state, kb, language_hint)):
        return again  # "sorry, say that again?", "tl;dr", "more details"
    return _answered(text, state, kb, language_hint)


def _answered(text: str, state: State, kb: KnowledgeBase, language_hint: str | None,
              language: str | None = None) -> Reply:
    """One message answered (in `language` where it is given: a question asked again in
    another)."""
    if state.lists and (numbered := _list_by_place(text, state, kb)):
        text, state = numbered  # "the second project in your first list": of that list
    if len(state.choices) % 2 and len(state.choices) > 1:
        text = _middle_placed(text, len(state.choices))  # "das mittlere": "das zweite"
    if state.checked and (again := corrected_claim(text, state.checked[0], kb,
                                                   state.language or language_hint)):
        text = again  # "sorry i meant longer than MAGIA2Market": the claim, of the one meant
    if state.projects and (told := _thing_told_of(text, state, kb)):
        text = told  # "Und Marktstudien?": whether there were those in it
    clauses = read(text, kb, state.language or language_hint)
    speaker = _speaker_told(clauses, kb) or state.speaker
    own = speaker or _own_asked(text, kb)  # ("did we lead BONEBANK?": LSN's staff ask)
    if own and (spoken := _as_speaker(text, own, kb)) != text:  # "welche Projekte
        text = spoken  # haben wir geleitet?" after "Ich arbeite bei LSN": LSN's
        clauses = read(text, kb, state.language or language_hint)
    clauses = _stand_in(_by_whom(clauses, state), state)
    clauses = _only_those(_sorted_list(_they_asked_of(_link_told(clauses, state, kb), state, kb),
                                       state), state, kb)  # (a list narrowed or sorted)
    clauses = _changed_later(_claim_goes_on(_place_too(_funder_fragment(clauses, state), state),
                                            state), state, kb)
    clauses = _only_there(_places_either(clauses, state), state, kb)
    clauses = _ranked_figure(clauses, state)
    clauses = _pair_fragment(_it_or_other(_than_the_last(_new_against(
        clauses, state, kb), state, kb), state), state)
    clauses = _link_of_several(clauses, state)
    clauses = tuple(_added_when(_neighbour_of(_other_end(_besides_those(_then_against(
        _not_meant(c, kb), state), state), state), state, kb), state, kb) for c in clauses)
    spans = tuple(_span_of_list(c, state, kb) for c in clauses)  # "the last two": of the list,
    # which stays what "the first one" next counts in
    listed = (state.choices or state.last_list) if spans != clauses else ()
    clauses = tuple(_from_where(_of_talked(_mentioned(_shifted(_places_of_those(
        _of_the_newer(c, state), state), state), state.named), state, kb), state)
        for c in spans)
    clauses = tuple(_listed_by_words(_other_members(_by_list_end(c, state), state), state, kb)
                    for c in clauses)
    clauses = tuple(_thing_claimed(_kind_told(_by_topic(_still_of_thing(_it_is_thing(
        _it_is_outside(_it_is_org(_other_org(c, state, kb), state, kb), state, kb), state, kb),
        state), state, kb), kb),
        kb) for c in clauses)
    clauses = _pick_before(clauses)
    if len(state.lists) >= 2 and len(clauses) == 1 and (both := _in_both(clauses[0], state, kb)):
        return _reply(both, clauses[0].understanding.language, state, kb)
    if language:
        clauses = tuple(replace(c, understanding=in_language(c.understanding, language))
                        for c in clauses)
    named = next((c.understanding.projects for c in clauses
                  if len(c.understanding.projects) > 1), state.named)
    # "Wo steht, wer BONEBANK geleitet hat?": the source request first, the question after it
    asked = clauses[1:] if clauses[0].wants_sources and any(
        c.understanding.projects for c in clauses[1:]) else clauses
    kept = state.question if clauses[0].switch_to else text if _keepable(text) else None
    # (a switch of language asks the question before it again)
    if kept != state.question:
        state = replace(state, question=kept)
    reply = _answer(text, asked, _of_every_project(asked, state), kb)
    if asked is not clauses or any(c.cites for c in clauses):
        reply = _cited(reply, kb)
    remembered = dict(doer=_doer(clauses[-1].understanding), named=named,
                      thing=_thing_now(clauses, reply, state),
                      org=_org_asked(clauses[-1].understanding, kb), speaker=speaker)
    if listed:
        remembered["choices"] = listed
    if all(value == getattr(reply.state, name) for name, value in remembered.items()):
        return reply  # (often nothing more to remember: no copy of the reply and its state)
    return replace(reply, state=replace(reply.state, **remembered))


QUESTION_KEPT = 200  # a longer message is not kept for asking again (the web chat signs the
# state into a token)


AGAIN_KINDS = ("repeat", "shorter", "more", "doubt")


def _keepable(text: str) -> bool:
    """Whether a message is kept to ask again: short, and writable as UTF-8 (the web chat
    signs the state into a token; a lone surrogate cannot be written)."""
    if len(text) > QUESTION_KEPT:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _again_phrases() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """bot/data/query.yaml again_requests: each kind's asks, the words beside them, and the
    asks' words (the cheap first look)."""
    data = data_file("query")["again_requests"]
    asks = {kind: frozenset(normalize(str(p)) for ps in data[kind].values() for p in ps)
            for kind in AGAIN_KINDS}
    return asks, frozenset(normalize(str(w)) for ws in data["fillers"].values() for w in ws), \
        frozenset(w for ps in asks.values() for p in ps for w in p.split())


AGAIN_WORDS = 8  # a request for the last answer again (shorter, with more) is short


def _again_asked(text: str) -> str | None:
    """What a message asks of the last answer where it asks nothing else: "repeat" ("sorry,
    say that again?", "what? repeat pls", "Können Sie das nochmal sagen?"), "shorter" ("tl;dr",
    "kürzer bitte, ein Satz") or "more" ("more details", "Können Sie das genauer erklären?");
    one of the asks, otherwise only words of courtesy ("was war das nochmal?" asks what it was).
    """
    if len(text) > 60:
        return None
    asks, fillers, ask_words = _again_phrases()
    tokens = normalize(text).split()
    if not tokens or len(tokens) > AGAIN_WORDS or ask_words.isdisjoint(tokens):
        return None
    kind = next((kind for kind in AGAIN_KINDS if has_phrase(tokens, asks[kind])), None)
    if kind is None or not all(t in fillers or t in ask_words or kind == "doubt" and
                               t.isdigit() for t in tokens):  # ("i thought 2020")
        return None
    return kind


def _asked_anew(state: State, kb: KnowledgeBase, language: str) -> Reply | None:
    """The last question asked again in `language` ("auf Deutsch bitte" after a list, a yes/no
    or several asks), where it reads the same on its own, without the turns before it ("and the
    next one?" would read anew): the same project, intent and list; the chat goes on from
    where it was."""
    if not state.question:
        return None
    again = _answered(state.question, State(language=language, speaker=state.speaker), kb,
                      language, language)
    if again.intent == "fallback" or again.state.intent != state.intent or (
            again.intent in PROJECT_BUILDERS and (not again.projects or
                                                  again.state.projects != state.projects)) or (
            again.state.last_list and again.state.last_list != state.last_list):
        return None  # (a list the answer left unset was left from before)
    return replace(again, state=replace(again.state, lists=state.lists, talked=state.talked,
                                        question=state.question))


@cache
def _off_topic_phrases() -> tuple[frozenset[str], frozenset[str]]:
    """bot/data/query.yaml off_topic: its phrases, and their first words (the cheap look)."""
    said = frozenset(normalize(str(p)) for ps in data_file("query")["off_topic"].values()
                     for p in ps)
    return said, frozenset(p.split()[0] for p in said)


def _off_topic(text: str, clauses: tuple[Clause, ...]) -> bool:
    """Whether a message asks of a thing no project is about ("whats the weather in
    hamburg?"), naming no project and asking for none ("which projects were about the
    weather?" asks which, and none was)."""
    said, first_words = _off_topic_phrases()
    tokens = normalize(text).split()
    if first_words.isdisjoint(tokens) or not has_phrase(tokens, said) or \
            any(c.understanding.projects for c in clauses):
        return False
    nouns = vocabulary().phrase_sets["project_nouns"]
    return not any(t in nouns or t[:-1] in nouns or t[:-1] + "s" in nouns for t in tokens)


def _last_again(state: State, kb: KnowledgeBase, language: str) -> Reply | None:
    """The last answer about its project again, where its question cannot be asked anew."""
    if state.intent not in PROJECT_BUILDERS or not state.projects:
        return None
    return _reply(about_projects(state.intent, state.projects, kb, language), language, state,
                  kb)


# what else the page says of a project, for "more details" (the card first, where the last
# answer was not the card): only the parts it answers
MORE_PARTS = ("goals", "activities", "results", "lsn_role", "partners", "amount")


def _last_answer(kind: str, state: State, kb: KnowledgeBase, hint: str | None) -> Reply | None:
    """The last answer again ("repeat"), shorter or with more: of a project's card, "shorter"
    is what it is in one line and "more" what else the page says of it; any other answer is
    short already ("shorter" repeats it) and "more" is the project's card and the rest."""
    language = state.language or hint or "en"
    if kind == "doubt":  # "are u sure? i thought 2020": the page's answer again, checked
        again = _asked_anew(state, kb, language) or _last_again(state, kb, language)
        if again is None or not again.answered:
            return again
        said = reply_template("doubt_checked", language)
        return replace(again, text=f"{said}\n{again.text}",
                       html=f"{html.escape(said, quote=False)}\n{again.html}")
    if kind != "repeat" and (state.intent not in PROJECT_BUILDERS or not state.projects or
                             state.ranking or state.counting):
        return None  # (after a list or a ranking "shorter?" is a question of its own)
    if kind == "repeat" or kind == "shorter" and state.intent != "overview":
        return _asked_anew(state, kb, language) or _last_again(state, kb, language)
    if kind == "shorter":
        return _reply(summary_answer(state.projects, kb, language), language, state, kb)
    parts = [about_projects(k, state.projects, kb, language)
             for k in ("overview", *MORE_PARTS) if k != state.intent]
    told = [part for part in parts if part.answered]
    if not told:
        return None
    more = merge(told, state.projects)
    more.intent = "overview"
    return _reply(more, language, state, kb)


@cache
def _middle_words() -> dict[str, tuple[frozenset[str], dict[int, str]]]:
    """Each language's words for the middle one, and its ordinal word of each place."""
    data = data_file("intents")
    return {lang: (frozenset(words), {n: w for w, n in reversed(
        data["ordinals"][lang].items())}) for lang, words in data["middle_words"].items()}


def _middle_placed(text: str, count: int) -> str:
    """ "Das mittlere – wer hat das gefördert?" of three choices: "Das zweite – …"."""
    lowered = text.lower()
    if "middle" not in lowered and "mittler" not in lowered:
        return text
    for words, ordinal in _middle_words().values():
        for word in words:
            if re.search(rf"\b{word}\b", lowered) and (count + 1) // 2 in ordinal:
                return re.sub(rf"\b{word}\b", ordinal[(count + 1) // 2], text,
                              flags=re.IGNORECASE)
    return text


LISTS_KEPT = 10  # lists remembered for "your first list"


@cache
@cache
def _both_words() -> dict[str, frozenset[str]]:
    """ "which were both?": the words (bot/data/query.yaml both_lists)."""
    return {k: frozenset(normalize(str(w)) for w in ws)
            for k, ws in data_file("query")["both_lists"].items()}


def _in_both(clause: Clause, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "Welche davon waren beides?", "which were in both?" right after two lists: the projects
    in both (was: the last list again, as if it answered both conditions)."""
    tokens = normalize(clause.text).split()
    words = _both_words()
    u = clause.understanding
    if not (words["both"] & set(tokens) and words["which"] & set(tokens)) or u.projects or \
            u.filters.any() or clause.yes_no or len(tokens) > BOTH_WORDS or \
            u.superlative or u.intent not in (None, "list"):  # ("welches von
        # beiden lief länger?" ranks the pair)
        return None
    last, before = (tuple(i for i in lst.split() if i in kb.projects)
                    for lst in state.lists[-1:-3:-1])
    both = tuple(i for i in before if i in last)
    result = Answer("list", projects=both, listed=both)
    if both:
        result.add("list_both", n=len(both), items=project_names(both, kb))
    else:
        result.add("list_both_none")
    return result


BOTH_WORDS = 8  # "which of those were in both lists?": a short question of its own


def _numbered_list_pattern() -> re.Pattern[str]:
    """ "in your first list", "aus der vorigen Liste", "of list 1": a list named by its place
    (before the noun, or as a number after it)."""
    words = data_file("query")["numbered_lists"]
    places = sorted((*vocabulary().ordinals, *words["earlier"]), key=len, reverse=True)
    before = "|".join(map(re.escape, words["before"]))
    nouns = "|".join(map(re.escape, words["nouns"]))
    return re.compile(rf"(?:\b(?:{before})\s+){{0,2}}\b(?:({'|'.join(map(re.escape, places))})"
                      rf"\s+(?:{nouns})|(?:{nouns})\s+(?:nr\.?\s*|no\.?\s*|number\s+|nummer\s+)?"
                      rf"(\d))\b", re.IGNORECASE)


def _list_by_place(text: str, state: State, kb: KnowledgeBase) -> tuple[str, State] | None:
    """ "the second project in your first list", "und das dritte aus der vorigen Liste?": the
    message without the list's name, and the state with that list as the last one."""
    if "list" not in text.lower() or not (m := _numbered_list_pattern().search(text)):
        return None
    place = int(m.group(2)) if m.group(2) else vocabulary().ordinals.get(
        normalize(m.group(1)), -2)  # ("earlier": before the last)
    if not (0 < place <= len(state.lists) or -len(state.lists) <= place < 0):
        return None
    listed = tuple(i for i in state.lists[place - 1 if place > 0 else place].split()
                   if i in kb.projects)
    rest = f"{text[:m.start()].rstrip()} {text[m.end():].lstrip()}".strip()
    if not listed or not rest:
        return None
    return rest, replace(state, last_list=listed, choices=listed[:LIST_SHOWN], wider_list=(),
                         ranked_in=(), ranking=None, list_parts=(), list_years=())


def _not_meant(clause: Clause, kb: KnowledgeBase) -> Clause:
    """ "Entschuldigung, ich meinte BONEBANK statt BFCC", "I meant MAGIA, not MAGIA2Market":
    in a correction, the project set against the one meant is not asked about."""
    u = clause.understanding
    if len(u.projects) < 2:
        return clause  # (most clauses: fewer than two projects, the words not split)
    tokens = normalize(clause.text).split()
    if not has_phrase(tokens, phrases().corrections):
        return clause
    gone = left_out(tokens, kb, against=True).get("project", ()) or left_out(
        _not_as_against(tokens), kb, against=True).get("project", ())  # "I meant BFCC, not
    kept = tuple(p for p in u.projects if p not in gone)  # BONEBANK": "not" alone sets off
    if not kept or kept == u.projects:
        return clause
    return replace(clause, understanding=replace(u, projects=kept))


def _not_as_against(tokens: list[str]) -> list[str]:
    """A correction's bare "not", "nicht" read as "and not", "und nicht" ("ich meinte BFCC,
    nicht BONEBANK"): what follows is the project not meant."""
    joined: list[str] = []
    for t in tokens:
        if t in ("not", "nicht") and joined[-1:] not in (["and"], ["und"]):
            joined.append("and" if t == "not" else "und")
        joined.append(t)
    return joined


def _besides_those(clause: Clause, state: State) -> Clause:
    """ "which project was about bones beside these?" after BFCC and BONEBANK: those talked
    about (the two just compared, the last list, or the last ones asked one per turn) are
    left out of the projects asked for, not the ones picked among ("of these")."""
    u = clause.understanding
    if u.projects or not (state.projects or state.talked) or \
            not left_out_back(normalize(clause.text).split()):
        return clause
    if len(state.projects) > 1:
        group = state.projects
    elif len(state.last_list) > 1 and state.intent is None:
        group = state.last_list
    else:
        group = state.talked[-(u.group_size or 2):]
    gone = tuple(("project", p) for p in group if ("project", p) not in u.filters.without)
    return replace(clause, understanding=replace(
        u, list_reference=False, group_size=None,
        filters=replace(u.filters, without=(*u.filters.without, *gone))))


def _of_every_project(clauses: tuple[Clause, ...], state: State) -> State:
    """ "Wie hoch war die Gesamtfördersumme aller Projekte?", "the total of all projects?"
    right after a list: all the page's projects, as if no list had been given (no set asks
    it of a list: counted in session 22)."""
    u = clauses[0].understanding
    if len(clauses) != 1 or not state.last_list or "every_project" not in u.asks or \
            u.projects or u.list_reference:
        return state
    return replace(state, last_list=(), wider_list=(), ranked_in=(), choices=(), list_years=(),
                   list_rest=(), list_unknown=(), list_conditions=None)


def _places_of_those(clause: Clause, state: State) -> Clause:
    """ "zwei davon sind deutsche Bundesländer, welche?" right after the regions of one project
    (not a list of projects; also told with its partners where no lead is named): "davon"
    points into the places just told, not into a list of projects given before them; so does
    "was germany one of them?", a place claimed of them (the project's, yes or no; "was
    Lithuania in both?" after two projects' places asks of the two)."""
    u = clause.understanding
    if not u.list_reference or u.projects or len(state.projects) != 1 or \
            state.intent not in ("places", "partners", "lead"):
        return clause
    tokens = normalize(clause.text).split()
    if clause.yes_no and (not (u.filters.places or u.elsewhere) or
                          not vocabulary().phrase_sets["pair_words"].isdisjoint(tokens)) or \
            not clause.yes_no and place_nouns().isdisjoint(tokens):
        return clause
    return replace(clause, understanding=replace(u, list_reference=False, group_size=None,
                                                 projects=state.projects, pronoun=True))
    # ("welche zwei deutschen Bundesländer waren das genau?": two of its places, no two projects)


def _span_of_list(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "the last two - who funded them?", "die ersten drei", "die beiden letzten" right after
    a list (or choices offered): that many from its start or its end, not the one project
    in that place; the rest of the words ask of them ("which of the last two ran longer?"
    ranks the two by their run, not by "latest")."""
    u = clause.understanding
    if u.ordinal not in (1, -1) or u.projects:
        return clause
    pool = state.choices or (state.last_list if state.intent is None else ())
    tokens = normalize(clause.text).split()
    span = _span(tokens) if len(pool) > 2 and not measures(clause.text) else None  # (not
    # "in the first two years")
    if span is None or not 1 < span[1] < len(pool):
        return clause
    at, size = span
    picked = pool[:size] if u.ordinal == 1 else pool[-size:]
    rest = understand(" ".join(tokens[:at] + tokens[at + 1:]), kb, u.language)
    return replace(clause, understanding=replace(
        rest, projects=picked, ordinal=None, group_size=None, list_reference=False))


def _span(tokens: list[str]) -> tuple[int, int] | None:
    """Where a first or last word next to a count stands, and how many it takes: "last two",
    "beiden letzten"."""
    ends = {t for t, place in vocabulary().ordinals.items() if place in (1, -1)}
    pairs = vocabulary().phrase_sets["pair_words"]
    for i, token in enumerate(tokens):
        if token not in ends:
            continue
        for near in tokens[i + 1:i + 2] + tokens[max(i - 1, 0):i]:
            size = 2 if near in pairs else number_word(near)
            if size and size > 1:
                return i, size
    return None


def _of_the_newer(clause: Clause, state: State) -> Clause:
    """ "Wie viele Monate sind das?", "und was war das Ziel davon" right after one project was
    talked about, a list before it: the project, the most recent subject. A list is what
    "davon", "sind das" point to only while nothing newer was talked about since; a question
    that asks of a group ("welche davon", "wie viele waren das", "which of them ran longest",
    "die beiden", "they") still asks the list."""
    u = clause.understanding
    if not u.list_reference or u.projects or len(state.projects) != 1 or \
            state.intent is None or not state.last_list or u.group_size or u.superlative or \
            u.comparative or u.ordinal or u.plural_pronoun or u.top or \
            u.intent in (None, "list", "count") or "names" in u.asks or u.filters.any() or \
            _plural_subject(clause.text) or not _singular_reference(clause.text):
        return clause
    return replace(clause, understanding=replace(u, list_reference=False, group_size=None,
                                                 projects=state.projects, pronoun=True))


def _singular_reference(text: str) -> bool:
    """ "davon", "sind das", "is that": words that point to a list or to one thing alike (not
    "them", "those", "beide")."""
    return has_phrase(normalize(text).split(), phrases().singular_references)


@dataclass(frozen=True)
class ThingPronouns:
    """bot/data/query.yaml thing_pronouns, as the subsets each use needs."""

    it: re.Pattern[str]  # "it" in a claim, replaced by the thing
    whom_it: re.Pattern[str]  # the same where whom it served is asked
    subject: frozenset[str]  # the subject right after the opening verb of a claim
    whom_subject: frozenset[str]  # the same where whom it served is asked


@cache
def _thing_pronouns() -> ThingPronouns:
    words = phrases().thing_pronouns
    every = words["en"] | words["de"]
    return ThingPronouns(it=_word_pattern(every - words["whom_only"]),
                         whom_it=_word_pattern(every), subject=words["subject"],
                         whom_subject=words["de"])


def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(words))) + r")\b", re.IGNORECASE)


_NO_SUBJECT_VERBS = frozenset({"gibt", "gab", "geht", "ging"})  # "gibt es", "ging es um"


IT_AT = 1  # "War es in Kiel?": the subject right after the verb


def _subject_it(text: str, whom: bool = False) -> bool:
    """German "es" as the subject right after the opening verb of a yes/no ("War es in Kiel?"
    of the biobank, "Wurde es von Firmen genutzt?" of the registry): the thing just spoken
    of; not "gibt es" (no subject), which "es" elsewhere mostly is. Whom it is for ("für wen
    ist es gedacht?", "wem soll es helfen?") has it after its question words."""
    tokens, pronouns = normalize(text).split(), _thing_pronouns()
    return len(tokens) > IT_AT + 1 and tokens[IT_AT] in pronouns.subject and \
        tokens[0] not in _NO_SUBJECT_VERBS or whom and any(
            t in pronouns.whom_subject and tokens[i - 1] not in _NO_SUBJECT_VERBS
            for i, t in enumerate(tokens[1:], 1))


def _it_is_thing(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "Did companies use it?" right after the BFCC registry: "it" is the thing just spoken
    of, so the claim is of the registry ("supports hospitals and companies"), not of who took
    part in the project; so is whom it is for ("who is it meant to help?": the registry's,
    in the results)."""
    u = clause.understanding
    whom = "for_whom" in u.asks and not clause.yes_no
    if not ((clause.yes_no or whom) and state.thing and (
            u.pronoun or _subject_it(clause.text, whom))) or \
            u.projects or u.filters.any() or "product" in u.asks or \
            not (it := _thing_pronouns().whom_it if whom else _thing_pronouns().it).search(
                clause.text) or \
            asks_today(normalize(clause.text).split(), u, clause.yes_no):  # ("is it still
        return clause  # running?": whether the thing is there today, _still_of_thing)
    text = it.sub(state.thing, clause.text, count=1)
    thing = understand(text, kb, u.language)
    if whom and not thing.projects and len(state.projects) == 1:
        thing = replace(thing, projects=state.projects)  # (the project talked of made it)
    return replace(clause, text=text, understanding=thing)


_ORG_IT = re.compile(r"\b(it|that|this|es|das|dies|sie|die|er)\b", re.IGNORECASE)
_ORG_JOINS = frozenset({"and", "so", "ok", "und", "also"})  # "und ist das in Lübeck?"
ORG_CLAIM_WORDS = 6  # "ist das in Lübeck?", "is it from Belgium?": the verb, "it", the place


def _org_asked(u: Understanding, kb: KnowledgeBase) -> str | None:
    """The one organisation a question asks what it is or where it is ("was ist oncampus",
    "what is BioWin?", "is it from Belgium?" of it), no project named."""
    orgs = u.filters.organisations
    return orgs[0] if u.intent in ("overview", "places", None) and len(orgs) == 1 and \
        not u.projects and not kb.organisations[orgs[0]].self else None


def _other_org(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "Woher kam BioWin?" - "und Lyonbiopole?": another organisation named alone, right
    after the question where one came from (or what it is), asks that of it too (not the
    projects it took part in)."""
    u = clause.understanding
    if state.org is None or state.intent not in ("places", "overview") or u.intent or \
            u.projects or clause.yes_no or len(orgs := u.filters.organisations) != 1 or \
            orgs[0] == state.org or _org_asked(u, kb) is None or \
            replace(u.filters, organisations=()).any():
        return clause
    return replace(clause, understanding=replace(u, intent=state.intent))


def _it_is_org(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "was ist oncampus" - "ist das in Lübeck?": "das" is the organisation just asked
    about, so the claim is of its seat (which the page may not give), not of the places of
    the project it took part in."""
    u = clause.understanding
    if state.org is None or not clause.yes_no or u.projects or u.filters.organisations or \
            not (u.filters.places or u.elsewhere) or not _ORG_IT.search(clause.text):
        return clause
    tokens = normalize(clause.text).split()
    tokens = tokens[1:] if tokens[:1] and tokens[0] in _ORG_JOINS else tokens
    if not 3 <= len(tokens) <= ORG_CLAIM_WORDS or tokens[0] in _NO_SUBJECT_VERBS or \
            not _ORG_IT.fullmatch(tokens[1]):  # (the verb, then "it" its subject: not "gab es
        return clause  # Zielländer in Asien?")
    text = _ORG_IT.sub(kb.organisations[state.org].name, clause.text, count=1)
    told = understand(text, kb, u.language)
    if told.filters.organisations != (state.org,) or told.projects:
        return clause
    return replace(clause, text=text, understanding=told)


def _it_is_outside(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "what is the HealthRegion flagship?" - "which project was part of it?": right after
    the answer that a project was part of an initiative the page lists no project of (BFCC of
    HealthRegion), "it" is that initiative, so the question is the list of its projects, not
    the parts of the project (nor the projects that were part of any other)."""
    u = clause.understanding
    if not (u.intent == "contains" or u.intent == "list" and any(
            i == "part_of" for i, _ in u.scores)) or not u.pronoun or u.projects or \
            state.intent != "part_of" or len(state.projects) != 1:
        return clause  # ("which projects were part of it?" reads as a list)
    outside = kb.projects[state.projects[0]].part_of_external
    if not outside:
        return clause
    asked = replace(u, intent="list", pronoun=False,
                    filters=replace(u.filters, topics=(*u.filters.topics, outside)))
    return replace(clause, understanding=asked, hop=None, hop_kind=None)


def _still_of_thing(clause: Clause, state: State) -> Clause:
    """ "what's the fracture registry in BFCC?" … "is it still running?": "it" is the thing
    just spoken of, asked whether it is there today (which the page doesn't tell), not the
    project (which has ended)."""
    u = clause.understanding
    if clause.lasting or not state.thing or u.projects or u.filters.any() or \
            not asks_today(normalize(clause.text).split(), u, clause.yes_no):
        return clause
    return replace(clause, lasting=state.thing)


def _thing_now(clauses: tuple[Clause, ...], reply: Reply, state: State) -> str | None:
    """The thing a project made that the chat speaks of after this message: the one it asks
    of as a result, else the one before while no project is named ("a network for bone
    healing?" names the project NORTHOPEDICS, which was one: "is it still active?" is its
    status)."""
    found = next((t for c in clauses if (t := thing_in(normalize(c.text).split()))), None) \
        if reply.intent == "results" or any("product" in c.understanding.asks for c in clauses) \
        else None
    return found or (None if any(c.understanding.projects for c in clauses) else state.thing)


def _thing_claimed(clause: Clause, kb: KnowledgeBase) -> Clause:
    """ "Wurden die Knochen auch in Hamburg entnommen?": a claim about a thing only one
    project's texts do something with (the bone harvesting is BONEBANK's) is a claim of that
    project; the place or funder claimed is what is checked, not what picks it. Not a
    question whether such a project existed, nor one about money ("Did the ERDF fund bone
    research?" asks of projects on bones)."""
    u = clause.understanding
    if not clause.yes_no or u.projects or u.pronoun or u.list_reference or not u.filters.topics \
            or u.intent in ("funding", "amount", "list") or _exists(clause, kb) or \
            names_a_kind(clause.text) or plural(clause.text):
        return clause
    one = _thing_owner(clause, kb)
    return clause if one is None else replace(clause, understanding=replace(u, projects=(one,)))


def _thing_owner(clause: Clause, kb: KnowledgeBase) -> str | None:
    """The one project far ahead by the thing's topic, and first by the words the message
    says of it besides ("harvesting", "entnommen"): what only that project did with it."""
    u = clause.understanding
    one = describe(clause.text, Filters(topics=u.filters.topics), kb).ahead
    words = describe(clause.text, Filters(), kb).scores
    return one if one is not None and words and words[0][0] == one else None


def _by_list_end(clause: Clause, state: State) -> Clause:
    """ "welches davon zuletzt?" right after "welche projekte sind 2023 zu ende gegangen?": a
    bare first or last of a list by its end ranks by the end; words of age ("das älteste
    davon") or of a date asked ("which of them started first?") rank as they say."""
    u = clause.understanding
    if u.superlative not in ("earliest", "latest") or state.list_mode != "ended" or \
            state.intent is not None or not state.last_list or \
            not (u.list_reference or u.continuation) or \
            any(i in DATE_INTENTS and v >= 2 for i, v in u.scores) or \
            not vocabulary().phrase_sets["age_words"].isdisjoint(normalize(clause.text).split()):
        return clause
    return replace(clause, understanding=replace(u, superlative=f"{u.superlative}_end"))


def _other_members(clause: Clause, state: State) -> Clause:
    """ "wer waren die anderen?", "who were the others?" right after Life Science Nord's part in
    one project (or its partners): the others who took part in it, not the other projects."""
    u = clause.understanding
    if not u.rest or u.projects or u.intent is not None or "who" not in u.asks or \
            len(state.projects) != 1 or state.intent not in ("lsn_role", "partners"):
        return clause
    return replace(clause, understanding=replace(
        u, rest=False, projects=state.projects, intent="partners",
        scores=(("partners", 3.0), *u.scores)))


def _listed_by_words(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "the platform one, what was its goal?", "und das mit der Plattform?" right after
    "Projects on infection: BRIDGE 53 and HIHeal": the one of that short list its words point
    at (a platform is BRIDGE 53's), far ahead of the others by the words of their own texts."""
    u = clause.understanding
    which = u.list_reference and "names" in u.asks and u.intent in (None, *WHICH_BY_WORDS)
    if u.projects or u.intent is not None and not which or clause.yes_no or \
            state.intent is not None or state.ranking or \
            not 1 < len(state.last_list) <= CHOICES_FROM_LIST or u.filters.any() or \
            u.list_reference and not which or u.superlative or u.ordinal is not None or \
            u.comparative or not (which or definite(clause.text)):  # ("which one was the
        return clause  # first?" ranks)
    scores = dict(describe(clause.text, Filters(), kb).scores)
    best, *others = sorted(state.last_list, key=lambda p: -scores.get(p, 0.0))
    if scores.get(best, 0.0) <= 0.0 or scores.get(best, 0.0) < NEAR_AHEAD * max(
            (scores.get(p, 0.0) for p in others), default=0.0):
        return clause
    if which:  # "welches davon hat eine Plattform aufgebaut?": that one, as the list narrowed
        return replace(clause, pick=False, narrowed=True, understanding=replace(
            u, projects=(best,), list_reference=False))
    return replace(clause, pick=False, understanding=replace(u, projects=(best,)))


# what "which of them …" asks with words of a project's own texts, not a fact of each:
# "welches davon hat eine Plattform aufgebaut?" (what it built, what it did)
WHICH_BY_WORDS = ("results", "activities")


def _by_topic(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "das corona-ding?", "the bone healing network?", "was ist das mit hygiene?": a project
    called by what it was about, with a word pointing at one thing ("the", "das") and nothing
    else asked, is the one project that fits, as if named: what it was, or the question before
    ("und das hygiene-projekt?"); not a list of one ("anything with hygiene?" stays a list).
    "the corona one and the bone healing network": each of them. Not the project talked about
    ("and the bone side?": an aspect of it), nor one of a short list just given (a pick)."""
    ids = _one_by_topic(clause, kb) or _each_by_topic(clause, kb)
    if not ids or set(ids) <= set(state.projects) or state.intent is None and \
            len(state.last_list) <= CHOICES_FROM_LIST and set(ids) <= set(state.last_list):
        return clause
    u = clause.understanding
    return replace(clause, pick=False, understanding=replace(  # ("- who led them?": those)
        u, projects=ids, filters=Filters(mode=u.filters.mode), singular=False,
        list_reference=False, plural_pronoun=False))


def _one_by_topic(clause: Clause, kb: KnowledgeBase) -> tuple[str, ...]:
    """The one project the clause calls by its topic with a definite word, asking nothing else
    of it."""
    u = clause.understanding
    if u.intent not in (None, "overview") or u.projects or clause.yes_no or clause.preamble or \
            u.superlative or u.list_reference or u.unknown_names or _names_it(clause):
        return ()
    return _called(u, clause.text, kb)


def _called(u: Understanding, text: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The one project words call by its topic and a definite word ("the corona one", "das
    KI-Projekt"), where one alone fits; not a thing a project made or an initiative it was
    part of ("the HealthRegion thing"), nor what a thing was ("what was the fracture registry
    thing?"); a place only with a word for a project ("das Japan-Projekt"; "und aus der
    Slowakei?" goes on)."""
    f = u.filters
    if not (f.topics or f.places and names_a_kind(text)) or \
            replace(f, topics=(), places=()).any() or any(
            kb.topics[t].kind in ("product", "initiative") for t in f.topics) or \
            not definite(text) or plural(text) or \
            u.intent == "overview" and thing_in(normalize(text).split()):  # (which the
        # description says: "That was BFCC: …")
        return ()
    ids = select(kb, f).ids
    return ids if len(ids) == 1 else ()


def _each_by_topic(clause: Clause, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "the corona one and the bone healing network – when did each run?", "BFCC und das
    Corona-Projekt": projects each named or called by its topic, joined by "and": those, in the
    order written."""
    u, f = clause.understanding, clause.understanding.filters
    if not (f.topics or f.places) or clause.yes_no or u.superlative or \
            u.intent in COLLECTIONS or plural(clause.text) or \
            len(parts := joined(clause.text)) < 2:
        return ()
    ids: list[str] = []
    called = False
    for part in parts:
        one = understand(part, kb, u.language)
        if not one.projects and not one.filters.any():
            continue  # (", who funded them?": the question)
        if one.projects and one.filters.any() or len(one.projects) > 1:
            return ()  # ("ELISE, MAGIA, BONEBANK - which of these had partners from Italy?")
        found = one.projects or _called(one, part, kb)
        if not found:
            return ()
        called = called or not one.projects
        ids.extend(found)
    return tuple(dict.fromkeys(ids)) if called and len(set(ids)) > 1 else ()


def _kind_told(clause: Clause, kb: KnowledgeBase) -> Clause:
    """ "it was something with medtech and the US", "es war irgendein Projekt zu Knochen": a
    project remembered by what it was about, asking nothing else, is a question for the
    projects it could be (a list, to pick from)."""
    u = clause.understanding
    if u.intent is not None or u.projects or clause.yes_no or clause.preamble or \
            u.unknown_names or not narrows(u.filters, kb) or not names_a_kind(clause.text):
        return clause
    return replace(clause, understanding=replace(u, intent="list",
                                                 scores=(("list", 3.0), *u.scores)))


def _mentioned(clause: Clause, named: tuple[str, ...]) -> Clause:
    """ "the second one I mentioned", "das erstgenannte": that one of the projects the user
    last named together, in the order written (not of a ranking's order since)."""
    u = clause.understanding
    if u.projects or len(named) < 2:
        return clause
    tokens = normalize(clause.text).split()
    places, verbs = phrases().mentioned_places, phrases().mentioned_verbs
    place = next((places[p] for p in places if has_phrase(tokens, frozenset({p}))), None)
    if place is None and u.ordinal is not None and has_phrase(tokens, verbs):
        place = u.ordinal
    index = place - 1 if place and place > 0 else len(named) + (place or 0)
    if place is None or not 0 <= index < len(named):
        return clause
    return replace(clause, understanding=replace(u, projects=(named[index],), ordinal=None,
                                                 list_reference=False))


def _of_talked(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "the first one" with no list to pick from, after projects talked about one per turn:
    that one of them, in the order talked about; "the later one", "das ältere" of two just
    listed or talked about: the one that started later (earlier)."""
    u = clause.understanding
    talked = state.talked if len(state.talked) >= 2 and state.projects == state.talked[-1:] \
        else ()
    pair = state.projects if len(state.projects) == 2 else ()  # two just compared together
    if u.projects or not (state.choices or talked or pair):
        return clause
    tokens = normalize(clause.text).split()
    way = next((w for w, words in phrases().talked_picks[1].items()
                if _picked_by(tokens, words)), 0)
    pool = state.choices or talked[-2:] or pair
    starts = [kb.projects[p].start for p in pool] if way and len(pool) == 2 else []
    if starts and all(starts) and starts[0] != starts[1]:
        ordered = sorted(pool, key=lambda p: kb.projects[p].start.lower())  # type: ignore
        picked: tuple[str, ...] = (ordered[0 if way < 0 else -1],)
        kind = clause.hop or clause.hop_kind
        reached = linked(kb.projects[state.projects[0]], kind) if kind and \
            not state.choices and state.projects else ()
        if reached and not set(reached) <= set(pool):  # "the newer one" of MAGIA after
            return clause  # another project: its follow-up, which is not the other one
        scores = tuple((i, v) for i, v in u.scores
                       if i not in RELATION_INTENTS and i != "superlative")
        intent = u.intent if u.intent in dict(scores) or u.intent is None else \
            next((i for i, v in sorted(scores, key=lambda kv: -kv[1]) if v >= 1), None)
        if intent is None and tokens[:1] and tokens[0] in WHICH_WORDS:
            return clause  # "Welches ist das ältere?" asks which: the two ranked
        u = replace(u, intent=intent, scores=scores)
        clause = replace(clause, hop=None, hop_kind=None)
    elif state.choices or u.ordinal is None or dict(u.scores).get("superlative", 0) >= 3 or \
            not _picked_by(tokens, frozenset(t for t in tokens
                                             if t in vocabulary().ordinals and
                                             number_value(t) is None)):
        return clause
    elif -len(talked) <= u.ordinal <= len(talked) and u.ordinal:
        picked = (talked[u.ordinal - 1 if u.ordinal > 0 else u.ordinal],)
    else:
        return clause
    return replace(clause, understanding=replace(
        u, projects=picked, ordinal=None, comparative=False, superlative=None,
        list_reference=False))


def _pick_before(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """ "the older one, when did it run?", "das ältere – wann lief das?": a pick of one just
    talked about that asks nothing itself, before a question, only names what it asks of."""
    if len(clauses) < 2 or clauses[0].preamble or clauses[1].preamble:
        return clauses
    first = clauses[0]
    u = first.understanding
    if u.intent is not None or len(u.projects) != 1 or first.yes_no or first.hop or \
            first.hop_kind or u.asks:
        return clauses
    return (replace(first, preamble=True), *clauses[1:])


def _from_where(clause: Clause, state: State) -> Clause:
    """ "which one was from Belgium?", "und welcher war aus Frankreich?" right after one
    project's partners or places: which of them was from there, asked as a question of where
    they were from."""
    u = clause.understanding
    if u.projects or u.intent is not None or not u.filters.places or "names" not in u.asks or \
            len(state.projects) != 1 or state.intent not in ("partners", "places") or \
            phrases().origin_words.isdisjoint(normalize(clause.text).split()):
        return clause
    return replace(clause, understanding=replace(u, intent="places",
                                                 scores=(("places", 2.0), *u.scores)))


def _picked_by(tokens: list[str], words: frozenset[str]) -> bool:
    """Whether one of the words stands as a pick: after an article, with "one", "project",
    nothing or a question after it ("the later one", "das ältere", "back to the first, who
    funded it?"; not "the earlier phase")."""
    articles, heads = phrases().talked_picks[0], phrases().pick_frame[1]
    for word in words:
        n = len(word.split())
        for i in range(1, len(tokens) - n + 1):
            after = tokens[i + n:i + n + 1]
            if tokens[i - 1] in articles and " ".join(tokens[i:i + n]) == word and (
                    not after or after[0] in heads or after[0] in articles or
                    after[0] in phrases().any_question_word):  # ("bei dem früheren das
                # Material", the next noun phrase after it; "Zurück zum ersten – wer hat das
                # finanziert?", the question asked of it)
                return True
    return False


def _cited(reply: Reply, kb: KnowledgeBase) -> Reply:
    """ "Where on the page does it say that UKSH led BONEBANK?": the answer, then the page's
    words it rests on."""
    shown = _sources(reply.state, kb, reply.language)
    if not shown.answered:
        return reply
    return replace(reply, intent="sources", answered=True,
                   text=f"{reply.text}\n{render(shown, reply.language)}",
                   html=f"{reply.html}\n{render(shown, reply.language, as_html=True)}")


SHIFT_UNITS = {k: frozenset(map(normalize, ws))
               for k, ws in data_file("query")["shifts"]["units"].items()}
SHIFT_WAYS = {way: frozenset(map(normalize, data_file("query")["shifts"][name]))
              for way, name in ((1, "later"), (-1, "earlier"))}


def _shifted(clause: Clause, state: State) -> Clause:
    """ "und welches endete einen Monat später?" after the projects that ended in February
    2023: the same list for March 2023 ("a year earlier": for the year before)."""
    if not state.list_years or not state.list_mode or clause.understanding.projects:
        return clause
    tokens = normalize(clause.text).split()
    for i in range(1, len(tokens) - 1):
        unit = next((k for k, ws in SHIFT_UNITS.items() if tokens[i] in ws), None)
        way = next((w for w, ws in SHIFT_WAYS.items() if tokens[i + 1] in ws), 0)
        count = number_value(tokens[i - 1]) or 0  # "einen Monat", "two years"
        if unit and way and count and count == int(count):
            return _moved(clause, state, unit, way * int(count))
    return _bare_shift(clause, tokens, state)


SHIFT_FILLERS = frozenset(map(normalize, data_file("query")["shifts"]["fillers"]))


def _bare_shift(clause: Clause, tokens: list[str], state: State) -> Clause:
    """ "und davor?", "and after that?" right after a list for a year: the same list for the
    year before or after; "und davor, 2015?" for the year it names (not a predecessor)."""
    u = clause.understanding
    words = [t for t in tokens if t not in SHIFT_FILLERS]
    way = [w for w, ws in SHIFT_WAYS.items() if set(words) & ws]
    years = [t for t in words if t.isdigit() and len(t) == 4]
    if len(way) != 1 or len(words) - len(years) != 1 or len(years) > 1 or \
            len(state.list_years) != 2 or state.list_month or state.intent in PROJECT_BUILDERS:
        return clause  # (after a question about one project, "und davor?" is its predecessor)
    clause = replace(clause, hop=None, hop_kind=None, understanding=replace(
        u, filters=Filters(), scores=()))  # (no link: "davor" shifts the year)
    if not years:
        return _moved(clause, state, "year", way[0])
    year = int(years[0])
    lo, hi = (int(y) for y in state.list_years)
    return _moved(clause, state, "year", year - lo) if lo == hi else clause


def _moved(clause: Clause, state: State, unit: str, by: int) -> Clause:
    """The clause as a list question for the last list's date moved by that many units."""
    lo, hi = (int(y) for y in state.list_years)
    month = int(state.list_month) if state.list_month else None
    if unit == "month" and (month is None or lo != hi):
        return clause
    if unit == "month" and month is not None:
        at = lo * 12 + month - 1 + by
        lo = hi = at // 12
        month = at % 12 + 1
    else:
        lo, hi = lo + by, hi + by
    u = clause.understanding
    mode = u.filters.mode if u.filters.mode != "active" else state.list_mode  # ("started a
    filters = replace(u.filters, years=(lo, hi), month=month, mode=mode,  # year later")
                      year_kind="year" if lo == hi else "range", duration=None)  # (the
    # shift's own "einen Monat" is no length)
    return replace(clause, understanding=replace(
        u, intent="list", scores=(("list", 3.0), *u.scores), filters=filters, superlative=None,
        comparative=False, list_reference=False), yes_no=False)


DATE_RANKINGS = frozenset({"earliest", "latest", "earliest_end", "latest_end"})


_FIRST_PERSON = re.compile(r"\b(?:i|i['’]?m|ich|we|wir)\b", re.IGNORECASE)  # (a cheap look first)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _speaker_told(clauses: tuple[Clause, ...], kb: KnowledgeBase) -> str | None:
    """Life Science Nord, where speakers say they work there ("Ich arbeite seit letzter Woche
    bei LSN.", "I'm from LSN"): in a sentence about them, no project named. (Of a partner, "we"
    is left as it is: "I am with bioPmed. In MAGIA, which other clusters were with us?" asks
    MAGIA's partners, "together with bioPmed" a list.)"""
    if not any(_FIRST_PERSON.search(c.text) for c in clauses):
        return None
    for c in clauses:
        orgs = c.understanding.filters.organisations
        if len(orgs) == 1 and not c.understanding.projects and orgs[0] in kb.organisations and \
                kb.organisations[orgs[0]].self and \
                has_phrase(normalize(c.text).split(), phrases().speaker_cues):
            return orgs[0]
    return None


_WE = re.compile(r"\b(?:we|wir|us|uns|our|unser\w*)\b", re.IGNORECASE)  # (a cheap look first)


def _own_asked(text: str, kb: KnowledgeBase) -> str | None:
    """Life Science Nord, where a speaker who tells nothing of themselves asks "we", "wir",
    "our GmbH" of a lead or a role ("did we lead BONEBANK?", "Wir waren bei MAGIA nur
    Projektpartner, richtig?"): its staff ask so. One who tells who they are ("we were the
    Lithuanian partner", "I'm from Kaunas") keeps "we"."""
    if not _WE.search(text):
        return None
    ps = phrases()
    tokens = normalize(text).split()
    if not has_phrase(tokens, ps.we_words | ps.we_names) or not has_phrase(
            [t if t in ps.own_role_words else typo_of(t) or t for t in tokens],
            ps.own_role_words):  # ("Projektleitug": Projektleitung)
        return None
    if any(has_phrase(normalize(s).split(), ps.speaker_cues) or _first_told(s)
           for s in _SENTENCE_END.split(text)):
        return None
    return next((key for key, org in kb.organisations.items() if org.self), None)


@cache
def _we_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each first person plural phrase (query.yaml we_words) and the words kept before the
    organisation's name ("with us": "with"); the organisation named by its kind (we_names,
    "our GmbH") is replaced whole."""
    data = data_file("query")
    phrases_kept = [(str(p).split(), whole) for whole, key in ((False, "we_words"),
                                                              (True, "we_names"))
                    for p in data[key]["en"] + data[key]["de"]]
    return tuple((re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b(?!['’])",
                             re.IGNORECASE), "" if whole else " ".join(words[:-1]))
                 for words, whole in sorted(phrases_kept, key=lambda p: len(" ".join(p[0])),
                                            reverse=True))


def _as_speaker(text: str, speaker: str, kb: KnowledgeBase) -> str:
    """The message with "wir", "uns", "we" of its questions as the speaker's organisation, not
    in a sentence about the speaker ("Ich arbeite bei LSN, und wir …" tells)."""
    name = min((kb.organisations[speaker].name, *kb.organisations[speaker].aliases), key=len)
    cues = phrases().speaker_cues
    sentences = _SENTENCE_END.split(text)
    told = [s if has_phrase(normalize(s).split(), cues) or _first_told(s) else
            _we_replaced(s, name) for s in sentences]
    return " ".join(told) if told != sentences else text


def _first_told(sentence: str) -> bool:
    """A sentence that opens with the speaker ("Wir sind ein Cluster in Lyon."): it tells; not
    a claim asked back ("Wir waren bei MAGIA nur Projektpartner, richtig?")."""
    words = normalize(sentence).split()
    return bool(words) and words[0] in phrases().first_person and not (
        sentence.rstrip().endswith("?") and not phrases().yes_no_tails.isdisjoint(
            " ".join(words[-n:]) for n in (1, 2, 3, 4)))


def _we_replaced(sentence: str, name: str) -> str:
    for pattern, kept in _we_patterns():
        sentence = pattern.sub(f"{kept} {name}".strip(), sentence)
    return sentence


def _then_against(clause: Clause, state: State) -> Clause:
    """ "Und welche starteten danach?", "and which ones ended before that?" right after a list
    measured against a project's date ("welche endeten vor dem Start von P.I.L.O.T.?"): a list
    measured against that same date, from the other side (without a verb: started after it,
    ended before it)."""
    u = clause.understanding
    if not state.list_against or len(state.projects) != 1 or u.projects or clause.yes_no or \
            state.list_against[2] not in ("start", "end", "run"):
        return clause
    tokens = normalize(clause.text).split()
    ps = phrases()
    relation = next((kind for kind, words in ps.against_then.items()
                     if has_phrase(tokens, words)), None)
    if relation is None or not any(" ".join(tokens[:n]) in ps.against_which for n in (1, 2, 3)):
        return clause
    own = next((mode for kind, mode in (("start", "started"), ("end", "ended"))
                if has_phrase(tokens, ps.order_events[kind] | ps.against_events[kind])),
               "started" if relation == "after" else "ended")
    event = state.list_against[2] if state.list_against[2] != "run" else \
        "end" if relation == "after" else "start"  # (after "while MAGIA ran": after its end)
    intent = "count" if u.intent == "count" else "list"
    return replace(clause, against=(relation, own, event), understanding=replace(
        u, projects=state.projects, intent=intent, scores=((intent, 3.0), *u.scores)))


def _other_end(clause: Clause, state: State) -> Clause:
    """ "Und das letzte?", "and the first one?" right after a ranking by date: the same ranking
    from that end ("the last" of the projects by start), not the last of a list."""
    u = clause.understanding
    if state.ranking not in DATE_RANKINGS or u.ordinal not in (1, -1) or u.intent or \
            u.superlative not in ("earliest", "latest") or u.projects or not u.continuation or \
            len(state.projects) > 1 and state.projects == state.ranked_in:
        return clause  # (projects named and sorted have no winner: "the last one" is the last
        # of them as sorted, also one the page gives no date for)
    return replace(clause, understanding=replace(
        u, intent="superlative", scores=(("superlative", 3.0), *u.scores), ordinal=None))


def _doer(u: Understanding) -> str | None:
    """The question the verb of a passive question leaves open besides the one asked: "Wie
    lange wurde es gefördert?" asks how long, "gefördert" who funded it; "how much money?"
    who gave it."""
    if u.intent in GIVERS:
        return GIVERS[u.intent]
    return next((i for i, score in u.scores if i in DOERS and i != u.intent and score >= 2),
                None)


def _by_whom(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "Und von wem?", "by whom?" right after "how long was it funded?": who funded it."""
    tokens = [t for t in normalize(clauses[0].text).split() if t not in ("und", "and", "denn")]
    if len(clauses) != 1 or not state.doer or clauses[0].understanding.projects:
        return clauses
    if " ".join(tokens) not in phrases().by_whom and " ".join(  # "und von wem kam das?"
            t for t in tokens if t not in phrases().by_whom_fillers) not in phrases().by_whom:
        return clauses
    u = replace(clauses[0].understanding, intent=state.doer, scores=((state.doer, 3.0),))
    return (replace(clauses[0], understanding=u),)


def _pair_fragment(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "same month?", "gleichzeitig?", "im selben Jahr?" right after two projects: the claim
    of those two, asked with no verb."""
    first = clauses[0]
    if len(clauses) != 1 or first.yes_no or first.understanding.projects or \
            not first.text.rstrip().endswith("?"):
        return clauses
    tokens = normalize(first.text).split()
    if len(tokens) > 5 or claim_of(tokens) not in PAIR_CLAIMS or \
            not phrases().any_question_word.isdisjoint(tokens) or not (  # ("How long was the
            # gap?" asks how long, no yes or no)
            len(state.choices) == 2 or _pair(state, replace(first.understanding,
                                                            filters=Filters()))):
        return clauses
    u = first.understanding
    event = {"end": "ended", "start": "started"}.get(state.intent or "")
    if event and u.filters.mode not in ("started", "ended"):  # "same month?" after "when did
        u = replace(u, filters=replace(u.filters, mode=event))  # both end?": they ended then
    return (replace(first, yes_no=True, understanding=u),)


def _than_the_last(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                   ) -> tuple[Clause, ...]:
    """ "and BFCC, did that start earlier?", "Lief ELISE länger?" right after another project:
    the claim that it did so than the one talked about ("… earlier than NORTHOPEDICS?")."""
    u = clauses[0].understanding
    if len(clauses) != 1 or not clauses[0].yes_no or not u.comparative or \
            len(u.projects) != 1 or comparison(tokens := normalize(clauses[0].text).split()) or \
            any(has_phrase(tokens, words) for words in phrases().order.values()):
        return clauses  # ("did it start earlier than MAGIA?" has its "than" already)
    other = _compared_with(u.projects[0], state)
    if other is None:
        return clauses
    than = "than" if u.language == "en" else "als"
    text = f"{clauses[0].text.rstrip(' ?!.')} {than} {kb.projects[other].name}?"
    u = replace(u, projects=(*u.projects, other))
    return (replace(clauses[0], text=text, understanding=u),)


LINK_ASKS = ("follow_up", "predecessor", "contains")  # links a project may have or not


def _link_of_several(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "gibts ein Nachfolgeprojekt?", "did they have a follow-up?" right after several projects
    (a list, or two answered together): whether any of them had one, as "did either of them
    get a follow-up?" asks (not of the first alone, nor every link on the page)."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or not first.yes_no or first.some_of or u.projects or \
            u.list_reference or u.intent not in LINK_ASKS or first.hop_kind != u.intent:
        return clauses
    several = len(state.projects) >= 2 or not state.projects and state.intent is None and \
        1 < len(state.last_list) <= LIST_SHOWN
    if not several or has_phrase(normalize(first.text).split(), phrases().it_words):
        return clauses
    return (replace(first, some_of=True, understanding=replace(u, list_reference=True)),)


def _it_or_other(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "was it longer or shorter than pilot?", "war es früher oder später als BFCC?" (opposites
    offered: no yes or no) right after another project: which of "it" and the one named holds,
    as "which ran longer, InnoReAct or P.I.L.O.T.?" asks."""
    u = clauses[0].understanding
    if len(clauses) != 1 or clauses[0].yes_no or len(u.projects) != 1 or \
            len(state.projects) != 1 or state.projects[0] == u.projects[0] or \
            not has_phrase(normalize(clauses[0].text).split(), phrases().opposite_choices):
        return clauses
    u = replace(u, projects=(state.projects[0], *u.projects), pronoun=False)
    return (replace(clauses[0], understanding=u),)


def _subject_of_opposites(clause: Clause, part: Answer) -> tuple[str, ...]:
    """ "Ist das vor oder nach MAGIA2Market zu Ende gegangen?" - "Wer war Ansprechpartner?":
    the project asked about (named or "it" first) stays the one talked about, as after a
    yes/no claim of two, not both compared (none where the clause offers no opposites)."""
    u = clause.understanding
    if len(u.projects) == 2 and set(part.projects) == set(u.projects) and \
            has_phrase(normalize(clause.text).split(), phrases().opposite_choices):
        return u.projects[:1]
    return ()


NEW_OF = ("places", "partners", "funding", "results", "topics")  # answers that list things


def _new_against(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                 ) -> tuple[Clause, ...]:
    """ "which of those was new compared to the earlier project?" right after MAGIA2Market's
    target markets: "those" are the things just listed, so it asks the same of both projects
    (what was added shows against the other's)."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or not u.list_reference or "added" not in u.asks or \
            state.intent not in NEW_OF or len(state.projects) != 1 or \
            state.projects[0] not in kb.projects:
        return clauses
    subject = state.projects[0]
    other = u.projects if len(u.projects) == 1 and u.projects[0] != subject else \
        linked(kb.projects[subject], first.hop_kind) if first.hop_kind in LINKS and \
        not u.projects else ()
    if len(other) != 1:
        return clauses
    asked = replace(u, intent=state.intent, scores=((state.intent, 3.0),),
                    projects=(subject, *other), superlative=None, comparative=False,
                    past=False, list_reference=False, singular=False, ordinal=None)
    return (replace(first, understanding=asked, hop=None, hop_kind=None),)


def _new_since(first: Clause, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "what was new compared to the first one?" in a chat about MAGIA2Market: what the
    follow-up added to its predecessor's (the places of both, what was added said), not the
    predecessor's card; the one compared with is the predecessor, named, reached by its link
    noun or picked as "the first one". "it" next is still the follow-up."""
    u = first.understanding
    if first.yes_no or u.list_reference or "added" not in u.asks or \
            u.intent not in (None, "overview", "places", "predecessor", "activities") or \
            len(state.projects) != 1 or \
            state.projects[0] not in kb.projects:
        return None
    talked = kb.projects[state.projects[0]]
    compared = has_phrase(normalize(first.text).split(), phrases().compare_with)
    if not talked.follows or not talked.added_targets or \
            u.projects not in ((), (talked.follows,)) or \
            first.hop_kind not in (None, "predecessor") or \
            not compared and (u.projects or u.intent not in ("activities", None)):
        return None  # ("what did that one add?" of the follow-up alone: the place it added)
    both = (talked.id, talked.follows) if compared else (talked.id,)
    result = decide(replace(u, intent="places", scores=(("places", 3.0),),
                            projects=both, pronoun=False), state, kb)
    result.focus = (talked.id,)
    return result


def _added_when(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "when was that added?" right after what MAGIA2Market added to MAGIA's markets: it came
    with the follow-up, so it asks when the follow-up of the two talked about started."""
    u = clause.understanding
    if u.projects or not u.time_question or "added" not in u.asks or clause.yes_no or \
            len(state.projects) != 2:
        return clause
    later = tuple(p for p in state.projects if p in kb.projects and
                  set(linked(kb.projects[p], "predecessor")) & set(state.projects))
    if len(later) != 1:
        return clause
    asked = replace(u, intent="start", scores=(("start", 3.0),), projects=later,
                    asks=u.asks - {"added"}, filters=Filters(mode="started"))
    return replace(clause, understanding=asked)


def _compared_with(pid: str, state: State) -> str | None:
    """What a comparative without "than" compares a project with: the one talked about before
    it, or, right after a comparison of two ("Was startete früher, ELISE oder HIHeal?" - "und
    endete HIHeal auch früher?"), the other one of that pair."""
    if state.ranking and len(state.choices) == 2 and pid in state.choices:
        return next(p for p in state.choices if p != pid)
    if len(state.projects) == 1 and state.projects[0] != pid:
        return state.projects[0]
    return None


def _they_asked_of(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                   ) -> tuple[Clause, ...]:
    """ "was LSN leading it? - No, UKSH was" -> "ok what did they do in it then": "they" is
    Life Science Nord, just asked of, so the question asks its own part in the project."""
    u = clauses[0].understanding
    if len(clauses) != 1 or len(state.checked) != 2 or u.projects or u.self_mentioned or \
            u.filters.organisations or u.intent not in (None, "overview", "activities", "goals") \
            or not has_phrase(normalize(clauses[0].text).split(), phrases().they_words):
        return clauses
    asked = understand(state.checked[0], kb)
    if not asked.self_mentioned:
        return clauses
    return (replace(clauses[0], understanding=replace(u, self_mentioned=True, pronoun=True)),)


def _stand_in(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "does BFCC have one as well?", "Hatte BFCC auch so einen?": a yes/no that asks nothing
    but whether a project has "one" asks the last question of it."""
    u = clauses[0].understanding
    if len(clauses) != 1 or not clauses[0].yes_no or u.intent is not None or \
            state.intent not in PROJECT_BUILDERS or u.filters.any() or u.unknown_words or \
            clauses[0].some_of or not (u.projects or u.pronoun) or \
            not has_phrase(normalize(clauses[0].text).split(), phrases().stand_ins):
        return clauses
    u = replace(u, intent=state.intent, scores=((state.intent, 3.0), *u.scores))
    return (replace(clauses[0], understanding=u),)


def _claim_goes_on(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "and led by LSN?", "und auch von der EU gefördert?" right after a yes/no: a fragment
    that names a condition and no question word is another claim of the same kind, yes or no
    (not the lead or funders told)."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or not state.checked or not u.continuation or \
            u.intent not in PROJECT_BUILDERS or not (u.filters.any() or u.self_mentioned) or \
            not first.text.rstrip().endswith("?") or \
            not phrases().any_question_word.isdisjoint(normalize(first.text).split()):
        return clauses
    return (replace(first, yes_no=True),)


LIST_ONLY = frozenset(normalize(w) for ws in data_file("query")["list_only"].values() for w in ws)
LIST_ONLY_WORDS = 7  # "nur die mit Interreg bitte", "only the ones with Danish partners please"


SORT_WORDS = 8  # "sort them by start date please", "sortiert nach Beginn bitte"


def _sorted_list(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "sort them by start date", "sortiert nach Beginn bitte" right after a list: that list
    again in that order (not each one's start in the list's order, nor "which one?")."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or len(state.last_list) < 2 or u.projects or \
            not u.filters.order or replace(u.filters, order=None).any() or \
            u.token_count > SORT_WORDS or u.superlative or \
            not phrases().any_question_word.isdisjoint(normalize(first.text).split()):
        return clauses
    asked = replace(u, intent="list", scores=(("list", 3.0),), list_reference=True,
                    continuation=True)
    return (replace(first, understanding=asked, pick=False),)


def _only_those(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                ) -> tuple[Clause, ...]:
    """ "nur die mit Interreg bitte", "only the Interreg ones please" right after a list: that
    list narrowed by the condition named (as "und davon welche mit Interreg?"), not a project
    to choose nor a message not understood."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or len(state.last_list) < 2 or u.projects or \
            u.intent not in (None, "funding", "places", "partners") or \
            u.token_count > LIST_ONLY_WORDS or not narrows(u.filters, kb):
        return clauses
    tokens = normalize(first.text).split()
    if not (tokens[0] in LIST_ONLY or " ".join(tokens[:2]) in LIST_ONLY) or \
            not phrases().any_question_word.isdisjoint(tokens):
        return clauses
    rest = first.text.strip().split(None, 1)[1:]  # ("nur die in Dänemark": those in Denmark,
    told = understand(rest[0], kb, u.language) if rest else u  # not those only in Denmark)
    if told.projects or not narrows(told.filters, kb):
        told = u
    asked = replace(told, intent="list", scores=(("list", 3.0),), list_reference=True,
                    continuation=True)
    return (replace(first, understanding=asked, pick=False),)  # ("die mit …": no pick of one)


def _funder_fragment(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "funded by ERDF?", "gefördert vom EFRE?" right after one project: a short fragment
    that names a funder and no project, list word or question word is a claim about that
    project (yes or no), not the list of everything that funder paid for; so is "Auch der
    ESF?", "by Interreg?" right after who funded it (query.yaml funder_marks), and a public
    funder named by its kind ("Und vom Land?", "and by the state?", intents.yaml
    funder_kinds)."""
    first = clauses[0]
    u = first.understanding
    f = u.filters
    if state.intent == "funding" and not f.funders and len(clauses) == 1 and \
            (kinds := funders_by_kind(normalize(first.text).split())):
        u = replace(u, intent=None, scores=(), filters=replace(f, funders=tuple(kinds)))
        first, f = replace(first, understanding=u), u.filters  # "Und vom Land?", "and by the
        # state?" after P.I.L.O.T.'s funding: the state as a funder, no place
    if len(clauses) != 1 or first.yes_no or len(state.projects) != 1 or u.projects or \
            not f.funders or u.token_count > 5 or not (u.intent == "funding" or (
                u.intent in (None, "places") and state.intent == "funding" and has_phrase(
                    normalize(first.text).split(), phrases().funder_marks))) or \
            f.places or f.topics or f.years or f.organisations or \
            dict(u.scores).get("list", 0) >= 3 or not first.text.rstrip().endswith("?") or \
            not phrases().any_question_word.isdisjoint(normalize(first.text).split()):
        return clauses
    return (replace(first, yes_no=True),)


LINK_TOLD_WORDS = 5  # "and MAGIA before it?": a project and where it stands, nothing more


def _link_told(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
               ) -> tuple[Clause, ...]:
    """ "Wer hat MAGIA2Market finanziert?" – "und MAGIA davor?", "and MAGIA before it?": a
    project named with only where it stands to the one just talked about, and it does stand
    there (MAGIA came before MAGIA2Market), asks the question before of it; "und davor?"
    with no project named still asks the link."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or not u.continuation or len(u.projects) != 1 or \
            len(state.projects) != 1 or state.intent not in PROJECT_BUILDERS or \
            state.intent in RELATIONS or u.intent not in ("predecessor", "follow_up") or \
            len(u.scores) != 1 or len(first.text.split()) > LINK_TOLD_WORDS or \
            u.filters.any():
        return clauses
    talked = kb.projects[state.projects[0]]
    linked = (talked.follows,) if u.intent == "predecessor" else talked.continued_by
    if u.projects[0] not in linked:
        return clauses
    asked = replace(u, intent=state.intent, scores=((state.intent, 3.0),))
    return (replace(first, understanding=asked, hop=None, hop_kind=None),)


def _ranked_figure(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "whats the exact ELISE figure", "und die genaue Zahl?" right after a ranking: the figure
    that ranking compared (the amount after "which got more?"), not the project's card."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or state.ranking not in RANKED_BY or \
            u.intent not in (None, "overview") or \
            FIGURE_WORDS.isdisjoint(normalize(first.text).split()):
        return clauses
    asked = RANKED_BY[state.ranking]
    return (replace(first, understanding=replace(u, intent=asked, scores=((asked, 3.0),))),)


PLACE_TOO_WORDS = 4  # "und Spanien auch?": a place and its "too", nothing more


def _place_too(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "auch Spanien?", "spain too?", "und Polen auch?" right after a question about one
    project: a place alone with "too" claims it of that project, yes or no (as "war Spanien
    auch dabei?"); after a list it stays the list of that place's projects."""
    first = clauses[0]
    u = first.understanding
    tokens = normalize(first.text).split()
    if len(clauses) != 1 or first.yes_no or len(state.projects) != 1 or u.projects or \
            state.intent not in PROJECT_BUILDERS or u.intent is not None or \
            not (u.filters.places or u.elsewhere) or len(tokens) > PLACE_TOO_WORDS or \
            not first.text.rstrip().endswith("?") or \
            vocabulary().phrase_sets["continuation_tails"].isdisjoint(tokens):
        return clauses
    return (replace(first, yes_no=True),)


def _places_either(clauses: tuple[Clause, ...], state: State) -> tuple[Clause, ...]:
    """ "Only in Odense or also in Lübeck?", "nur in Odense oder auch in Lübeck?" right after a
    question about one project: two places offered as alternatives ask where it was, its
    places told (no yes or no, which would answer only the first)."""
    first = clauses[0]
    u = first.understanding
    if len(clauses) != 1 or first.yes_no or len(state.projects) != 1 or u.projects or \
            state.intent not in PROJECT_BUILDERS or u.intent is not None or \
            len(u.filters.places) < 2 or not u.filters.either or \
            not first.text.rstrip().endswith("?"):
        return clauses
    asked = replace(u, intent="places", scores=(("places", 3.0),), projects=state.projects,
                    filters=Filters(), pronoun=False)
    return (replace(first, understanding=asked),)


def _only_there(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                ) -> tuple[Clause, ...]:
    """ "only there?", "nur dort?", "only in Lübeck and Odense?" right after a question about
    one project: the claim that those are its only places (the places named, else the ones
    the page gives it: its cities, else its countries or regions), yes or no."""
    first = clauses[0]
    u = first.understanding
    tokens = normalize(first.text).split()
    if len(clauses) != 1 or first.yes_no or len(state.projects) != 1 or u.projects or \
            state.intent not in PROJECT_BUILDERS or u.intent is not None or \
            len(tokens) > PLACE_TOO_WORDS + 2 or not first.text.rstrip().endswith("?") or \
            vocabulary().phrase_sets["only_words"].isdisjoint(tokens) or not (
                u.filters.places or not phrases().place_pointers.isdisjoint(tokens)):
        return clauses
    p = kb.projects[state.projects[0]]
    places = u.filters.places or p.cities or p.countries or p.regions
    if not places:
        return clauses
    asked = replace(u, intent="places", scores=(("places", 3.0),), projects=(p.id,),
                    filters=replace(u.filters, places=tuple(places)), pronoun=False)
    return (replace(first, yes_no=True, understanding=asked),)


def _changed_later(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                   ) -> tuple[Clause, ...]:
    """ "did that change later?", "Hat sich das später geändert?" right after a question about
    a project a follow-up continued: the same question, of the follow-up (the page tells of no
    change within a project)."""
    first = clauses[0]
    u = first.understanding
    tokens = normalize(first.text).split()
    later = SHIFT_WAYS[1] & set(tokens) or first.hop_kind == "follow_up"
    if len(clauses) != 1 or u.projects or len(state.projects) != 1 or not later or \
            state.intent not in PROJECT_BUILDERS or state.intent in RELATION_INTENTS or \
            len(kb.projects[state.projects[0]].continued_by) != 1 or \
            phrases().change_words.isdisjoint(tokens):
        return clauses
    asked = replace(u, intent=state.intent, scores=((state.intent, 3.0),), superlative=None,
                    comparative=False, past=False)
    return (replace(first, understanding=asked, yes_no=False, hop="follow_up",
                    hop_kind="follow_up"),)


THING_FOLLOW = 4  # "und die Marktstudien?": at most this many words after "und"
THING_ASKED = {"de": "gab es {}?", "en": "were there {}?"}


def _thing_told_of(text: str, state: State, kb: KnowledgeBase) -> str | None:
    """ "Und Marktstudien?", "and video trainings?" right after a project: a thing the page
    tells of in a project's text, asked as whether there was such a thing in it ("gab es
    Marktstudien?"), not an unknown project's name."""
    if text.lstrip()[:4].lower() not in ("und ", "and "):  # (most messages: not normalised)
        return None
    words = normalize(text).split()
    if not 2 <= len(words) <= THING_FOLLOW + 1 or words[0] not in ("und", "and") or \
            state.language not in THING_ASKED:
        return None
    told = entity_index(kb).text_words
    if not any(w in told for w in words[1:]) or not all(
            w in told or len(w) <= 3 for w in words[1:]):  # ("und die Marktstudien?")
        return None
    u = understand(text, kb, state.language)
    if u.projects or u.intent or u.filters.any() or u.other_one or u.rest or u.complement or \
            u.list_reference or u.ordinal or u.superlative or u.comparative or u.pronoun:
        return None  # "und BFCC?", "und wann?", "and Denmark?", "und das andere?"
    return THING_ASKED[state.language].format(text.strip().rstrip("?").split(None, 1)[1])


def _answer(text: str, clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
            ) -> Reply:
    clauses, told = _told_about(clauses, state, kb)
    if told is not None:  # the question about it; which of a few; a guess at its name
        result = run(clauses, state, kb, told) if told.hop else told
        return _reply(result, clauses[0].understanding.language, state, kb)
    clauses = (_whole_named(_described_of_list(clauses[0], state, kb), state, kb),
               *clauses[1:])
    language = clauses[0].understanding.language
    first = clauses[0]
    if len(clauses) == 1 and (themes := _themes(first, state, kb)):
        return _reply(themes, language, state, kb)  # "what are the recurring themes?"
    if len(clauses) == 1 and (at_once := _concurrent(first, kb)):
        return _reply(at_once, language, state, kb)  # "wie viele liefen maximal gleichzeitig?"
    if first.judgement and len(clauses) == 1 or len(clauses) > 1 and all(
            c.judgement or c.preamble for c in clauses):  # "which was the most successful?"
        return _reply(_judged(clauses, state, kb, language), language, state, kb)
    if first.unknown_project and not _abbreviation(first.understanding.unknown_names, kb):
        if meant := _hedged_name(text, first.understanding.unknown_names, kb) or \
                _clearly_meant(first.understanding, kb):
            return _reply(_assumed(first.understanding, meant, state, kb), language, state, kb)
        return _reply(_unknown_project(first.understanding.unknown_names, kb, language),
                      language, state, kb)
    if len(clauses) == 1 and first.yes_no and not first.understanding.projects and (
            meant := _abbreviation(first.understanding.unknown_names, kb) or
            _clearly_meant(replace(first.understanding, intent="overview"), kb)):  # "Did Life
        # Science Nord lead BFFC?", "was nortopedix funded by the ERDF?" (a claim, any kind):
        result = run((replace(first, understanding=replace(  # the claim of the project
            first.understanding, projects=(meant[1],), unknown_names=())),), state, kb)  # meant,
        return _reply(_said_assumed(result, meant[0], kb.projects[meant[1]].name), language,
                      state, kb)  # saying which name was read
    if len(clauses) == 1 and (again := _abbreviated_beside(text, first, state, kb)):
        return _reply(again, language, state, kb)  # "Lief HIHeal länger als BFFC?"
    if any(c.informal for c in clauses) and all(
            not (c.understanding.projects or c.understanding.intent) or
            c.understanding.intent in SMALL_TALK for c in clauses):  # "hallo! kannst du mich
        return _reply(small_talk("informal", kb, language), language, state, kb)  # duzen?"
        # (asked beside a question, the question is answered: "Duzen wir uns? Wann lief BFCC?")
    if first.compose and len(clauses) == 1:  # "kannst du mir ein Gedicht über Lübeck
        return _reply(small_talk("compose", kb, language), language, state, kb)  # schreiben?"
    if first.future and not (first.preamble and len(clauses) > 1):  # ("We want to enter
        # Japan next year. Did any of your projects help with that?" asks of the past)
        return _reply(_future(first.understanding, text, kb, language), language, state, kb)
    if first.current and len(clauses) == 1:  # "what is LSN working on right now?"
        return _reply(status_all(kb, language, "current_work"), language, state, kb)
    if first.wants_sources:  # "Where does it say that?", "Quelle?"
        return _reply(_sources(state, kb, language), language, state, kb)
    if first.switch_to and any(not c.preamble for c in clauses[1:]):
        # "Und bitte auf Deutsch: welche Zielländer hatte es?": the question after it, in that
        # language
        rest = tuple(replace(c, understanding=replace(c.understanding, language=first.switch_to))
                     for c in clauses[1:])
        return _reply(_again_then(first, run(rest, state, kb), state, kb), first.switch_to,
                      state, kb)
    if first.switch_to and _asks_besides(first.understanding):
        # "what was its aim? english please": the question itself, in that language
        rest = tuple(replace(c, switch_to=None,
                             understanding=replace(c.understanding, language=first.switch_to))
                     for c in clauses)
        return _reply(run(rest, state, kb), first.switch_to, state, kb)
    if _off_topic(text, clauses):
        return _reply(small_talk("fallback", kb, language), language, state, kb)  # ("btw
        # whats the weather in hamburg" right after MAGIA: not who funded MAGIA)
    if first.switch_to and (anew := _asked_anew(state, kb, first.switch_to)):
        return anew  # "auf Deutsch bitte": the last question again, in that language
    if first.switch_to:  # (or the last answer about its project)
        again = about_projects(state.intent, state.projects, kb, first.switch_to) \
            if state.intent in PROJECT_BUILDERS and state.projects else \
            small_talk("help", kb, first.switch_to)
        return _reply(again, first.switch_to, state, kb)
    if len(clauses) == 1 and _the_rest(first, state):  # "und der Rest?" after one funder's share
        # of the money: all the amounts the page gives ("… kam woher?": with the funders)
        asked = "funding" if has_phrase(normalize(first.text).split(), THE_REST_FROM) else "amount"
        return _reply(about_projects(asked, state.projects, kb, language), language, state, kb)
    if not first.understanding.projects and len(state.projects) == 1 and \
            _link_of_whole(first, state.projects[0], state, kb):  # "and what came after it?"
        state = replace(state, projects=state.earlier[:1])  # right after "HIHeal included
        # BRIDGE 53.": HIHeal's follow-up, which the page names (BRIDGE 53 has none)
    own = first.understanding.projects or state.projects
    if len(clauses) == 1 and (why := _why(first, first.understanding, own, kb)):
        return _reply(why, language, state, kb)  # "Why did BFCC end early in 2018?"
    if len(clauses) == 1 and (gap := _gap(first, first.understanding, state, kb)):
        return _reply(gap, language, state, kb)  # "How long was the gap between them?"
    if len(clauses) == 1 and (link := _link_named(first, state, kb)):
        return _reply(link, language, state, kb)  # "what's it called again?"
    if len(clauses) == 1 and (new := _new_since(first, state, kb)):
        return _reply(new, language, state, kb)  # "what was new compared to the first one?"
    if len(clauses) == 1 and clauses[0].simple and not (
            state.checked and (asks_check_again(first.text, first.understanding, kb) or
                               about_again(first.text, state.checked[0], language))) and not (
            (state.hop or _listed_link(first.understanding, state)) and
            _noun_left_out(first.text)) and \
            not _bare_place(first.understanding, state) and not (  # ("und der von HIHeal?":
            first.hop_kind and state.projects and  # a hop; "Was macht das Nachfolgeprojekt?"
            _reached(state.projects, first.hop_kind, state, kb)):  # of the one just reached)
        of_all = replace(state, projects=()) if state.projects and _of_all_projects(first, kb) \
            else state  # "Wie hoch war die Gesamtförderung aller Projekte?" after BFCC: of
        # all of them (the chat still talks of BFCC after the answer)
        if (alliance := _alliance_subject(first, of_all.projects, kb)) != of_all.projects:
            of_all = replace(of_all, projects=alliance)
        result = _term_unexplained(_part_undated(_manner_unsaid(_besides(decide(
            _named_back_clause(clauses[0], state.projects, kb).understanding, of_all, kb),
            clauses[0], _talked_of(state.projects, state), kb), first), first, state, kb),
            first, kb)
        if result.intent in REACHING:
            result.focus = result.projects[:1] if first.understanding.link_subject and \
                first.understanding.projects else _next_subject(result, (), kb)  # ("Von
            # welchem Projekt ist X der Nachfolger?" - "Und wann startete es?" asks of X)
        elif result.intent == "relations" and len(first.understanding.projects) == 1:
            result.focus = _next_subject(result, first.understanding.projects, kb)  # ("how
            # does BRIDGE 53 fit in?")
        result.focus = _subject_of_opposites(first, result) or result.focus
        _walked(first, result, state)
        return _reply(_as_narrowed(first, result), language, state, kb)
    if any(c.understanding.ordinal for c in clauses if not c.preamble) and any(
            c.preamble and len(c.understanding.projects) > 1 for c in clauses):
        state = _named_choices(clauses, state)  # "the second one" of them, in the next turn too
    return _reply(run(clauses, state, kb), language, state, kb)


THEMES = {k: frozenset(normalize(w) for w in ws) for k, ws in data_file("query")["themes"].items()}
SHARED = 2  # a theme: a topic the page names for at least this many projects


def _themes(clause: Clause, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "what are the recurring themes?", "group the projects by topic", "Welches Thema kommt
    am häufigsten vor?": the topics the page names for more than one project, the most shared
    first, each with its projects; then the projects with topics of their own. None unless a
    noun of themes is asked with no project, condition or yes/no (and, while a project is
    talked about, with a word that asks across them)."""
    tokens = normalize(clause.text).split()
    if THEMES["nouns"].isdisjoint(tokens):
        return None  # (the cheap look first: most messages ask no themes)
    u = clause.understanding
    if u.projects or u.pronoun or u.filters.any() or clause.yes_no or u.unknown_names or (
            state.projects and THEMES["across"].isdisjoint(tokens)) or (
            u.intent in SMALL_TALK and not vocabulary().phrase_sets["addressee"].isdisjoint(
                tokens)):  # ("zu welchen Themen können Sie mir Auskunft geben?" asks the bot)
        return None
    lang = u.language
    described = {p for p, project in kb.projects.items() if not project.follow_up_only}
    groups = sorted(((t, tuple(i for i in select(kb, Filters(topics=(t.id,))).ids
                               if i in described))
                     for t in kb.topics.values() if t.kind == "topic"),
                    key=lambda g: -len(g[1]))
    groups = [(t, ids) for t, ids in groups if len(ids) >= SHARED]
    if not groups:
        return None
    grouped = tuple(dict.fromkeys(i for _, ids in groups for i in ids))
    result = Answer("list", projects=grouped)
    result.add("themes_intro")
    for topic, ids in groups:
        result.add("themes_item", topic=term(topic, lang), n=len(ids),
                   items=project_names(ids, kb))
    if rest := [p for p in kb.projects if p in described and p not in grouped]:
        result.add("themes_rest", items=project_names(rest, kb))
    result.listed = grouped
    return result


def _walked(clause: Clause, result: Answer, state: State) -> None:
    """ "und das danach?" along a ranking by date: the ranking kept, so the next step walks it
    too."""
    if clause.walked and not result.ranking:
        result.ranking, result.ranked_in = state.ranking, state.ranked_in


def _part_undated(result: Answer, clause: Clause, state: State, kb: KnowledgeBase) -> Answer:
    """ "when did it run?" right after "BRIDGE 53 was part of HIHeal.": "it" is the whole
    (9 sets say so, docs/labels.md), but the user may mean the part; where the page gives the
    part no dates, the reply says so after the whole's (a note, the reply stays about the
    whole)."""
    if state.intent != "part_of" or len(state.projects) != 1 or len(state.earlier) != 1 or \
            clause.understanding.projects or result.intent not in DATE_INTENTS[:4] or \
            result.projects != state.projects or not result.answered:
        return result
    part = kb.projects.get(state.earlier[0])
    if part is None or part.part_of != state.projects[0] or part.start or part.end:
        return result
    result.lines.append(Line("part_undated", {"name": Bold(part.name)}))
    return result


def _described_of_list(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "what did it offer scientists?" right after "Projects on infection: BRIDGE 53 and
    HIHeal": "it" is the one of that short list whose own texts hold what the question names
    (BRIDGE 53's platform for scientists), where the others' hold none of it; otherwise the
    question stays open (which one?)."""
    u = clause.understanding
    if not u.pronoun or u.projects or state.intent is not None or state.ranking or \
            not 1 < len(state.last_list) <= CHOICES_FROM_LIST:  # (after a ranking "it" is
        return clause  # the one it named: "which of those two ran longer?" - "did it …?")
    scores = dict(describe(clause.text, Filters(), kb).scores)
    fitting = [pid for pid in state.last_list if scores.get(pid, 0.0) > 0.0]
    if len(fitting) != 1 or scores[fitting[0]] < ENOUGH / 2:
        return clause
    return replace(clause, understanding=replace(u, projects=(fitting[0],)))


def _judged(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase, language: str
            ) -> Answer:
    """ "which was the most successful?", "Was halten Sie vom BFCC-Projekt, war das
    sinnvoll?", "was BONEBANK considered a success by the EU?": the page judges none of its
    projects. Of one project (named, or the one talked about): what the page says of it."""
    named = tuple(dict.fromkeys(p for c in clauses for p in c.understanding.projects))
    ranks = any(has_phrase(normalize(c.text).split(), phrases().judgement) for c in clauses)
    pid = None if ranks else named[0] if len(named) == 1 else \
        state.projects[0] if not named and len(state.projects) == 1 else None
    if pid is None:
        result = Answer("superlative", projects=named, answered=False)
        return result.add("judgement_none")
    p = kb.projects[pid]  # what came of it, which the page doesn't judge: `results`, as the
    result = Answer("results", projects=(pid,), answered=False)  # writers label it
    said = "judgement_troubles" if any(troubles(normalize(c.text).split()) for c in clauses) \
        else "judgement_project"  # "what went wrong?": not whether it was worth it
    return result.add(said, name=Bold(p.name), summary=p.summary.get(language))


def _told_about(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase
                ) -> tuple[tuple[Clause, ...], Answer | None]:
    """ "someone mentioned a bone project with Denmark. who ran that one and when?": the project
    the words told before a question describe (bot.descriptions), where they single one out.
    The question is then about it, and the answer first says which project it is (a hop, like
    a link named before a question); a guess at its name ("was that NORTHOPEDICS?") is answered
    yes or no. A few fitting about equally: which of them is meant. Otherwise nothing changes."""
    at = next((i for i, c in enumerate(clauses) if not _only_told(c)), len(clauses) - 1)
    ask = clauses[at]
    if len(clauses) == 1:
        return _described_itself(clauses, 0, _self_described(ask, state, kb))
    if _opens_with_which(ask) and (own := _self_described(ask, state, kb)):
        return _described_itself(clauses, at, own)  # "I write about cluster cooperation.
        # Which project connected the Hamburg cluster with LSN?": the question describes it
    if at == 0 or not _refers(ask, state, kb) or _asks_its_condition(ask, kb):
        return clauses, None
    told = clauses[:at]
    text = " ".join(c.text for c in told)
    if not names_a_kind(f"{text} {ask.text}") or any(  # ("a Horizon Europe project": none)
            c.understanding.other_funders or c.pick and state.last_list for c in told):
        return clauses, None  # ("the competency network one – …": one of the last list)
    if describe(text, _told_filters(told), kb).weak:  # ("ok. und welches Projekt gab es zum
        return clauses, None  # Thema KI?": the question describes, nothing told before it)
    filters = _told_filters(told, ask)
    found = describe(text, filters, kb)
    every = select(kb, filters).ids if narrows(filters, kb) else ()  # all told holds for one
    few = _as_claimed(found.few, ask, kb)
    one = found.one or (every[0] if len(every) == 1 and few[:1] == every else None) or \
        (few[0] if len(few) == 1 else None) or most_conditions(few, filters, kb)
    u = ask.understanding
    if one is None:
        if not few:
            return clauses, None
        if len(few) > DESCRIBED_ANSWERED or _names_it(ask) and not any(
                _asked_exists(c, kb) for c in clauses[:at]) or not any(
                c.yes_no and _exists(c, kb) for c in clauses):  # ("There was an alliance
            # … Who funded it?": one remembered, which is asked; "Did LSN run something for
            # companies like us? If so, what was it called?": each that fits is an answer)
            result = _clarify(few, u.intent, kb, u.language)
            result.lines = [Line("described_few",
                                 {"items": project_names(few, kb, "or")})]
            return clauses, result
        return _told_about_few(clauses, at, few, kb)  # "… did it cover?": of each
    p = kb.projects[one]
    intro = Answer("overview", projects=(p.id,), hop=True)
    intro.add("described_as", name=Bold(p.name), summary=p.summary.get(u.language))
    if u.projects:  # "was that NORTHOPEDICS?": no, that was BONEBANK
        return clauses, verdict("yes" if u.projects == (p.id,) else "no", intro, "overview",
                                (p.id,))
    asked_if = ask.yes_no and _exists(ask, kb) or _names_it(ask) and any(
        c.yes_no and _exists(c, kb) for c in told)  # "Gab es da mal ein Projekt? Wie hieß das?"
    if asked_if:  # "Gab es da bei LSN mal ein Projekt?"
        if p.id not in select(kb, u.filters).ids:  # "… something that helped SMEs with
            return clauses, None  # that?": what the question itself claims must hold
        found_one = verdict("yes", intro, "list", (p.id,))
        found_one.listed = (p.id,)
        return clauses, found_one
    if not _names_it(ask):  # (a name asked for the description answers: "what was it called?")
        u = replace(u, projects=(p.id,), singular=False, filters=u.filters if ask.yes_no else
                    Filters(mode=u.filters.mode))  # ("diese Biobank" only described it)
    else:  # "Which project was that, and who funded it?": the one project that matches
        intro.intent, intro.listed = "list", (p.id,)  # (docs/labels.md, session 11)
    if any(_asked_exists(c, kb) for c in told):  # "Gab es dazu ein Projekt? Wenn ja, wann
        intro = _found(intro, (p.id,))  # lief das?": yes, that one
    return (replace(ask, understanding=replace(u, unknown_names=()), pick=False),
            *clauses[at + 1:]), intro


DESCRIBED_ANSWERED = 2  # a description fitting this many equally: the question of each


def _described_itself(clauses: tuple[Clause, ...], at: int, found_in: Answer | None
                      ) -> tuple[tuple[Clause, ...], Answer | None]:
    """The question at `at` describes the one project it asks about: "which project …?" is
    answered by that project (a list of one), anything else is asked of it after saying which
    project it is; the questions after it are asked of it too."""
    ask, rest = clauses[at], clauses[at + 1:]
    if found_in is None or not found_in.hop or _names_it(ask):  # ("what was the platform
        if found_in is not None:  # for drug discovery called?": which it is answers it)
            found_in.hop = bool(rest)
        return rest or clauses, found_in
    u = replace(ask.understanding, projects=found_in.projects, singular=False,
                filters=Filters(mode=ask.understanding.filters.mode), unknown_names=(),
                unknown_filters=(), unknown_words=())
    return (replace(ask, understanding=u, pick=False), *rest), found_in


def _asks_its_condition(clause: Clause, kb: KnowledgeBase) -> bool:
    """ "… eine Übersicht über COSME-Projekte. Welches Projekt wurde über COSME gefördert?":
    which project meets a condition the question names itself, asking nothing but that
    condition, is answered by the list under it, whatever the words before it described."""
    u = clause.understanding
    if clause.yes_no or not u.singular or not narrows(u.filters, kb) or \
            u.intent not in _conditions_asked(u.filters):
        return False
    return _opens_with_which(clause)  # (not "someone mentioned a project funded with REACT
    # money. which one was that?": the words before it describe)


def _claims_else_of_place(u: Understanding, clause: Clause) -> bool:
    """ "will it rain in Odense?", "is it cold in Lübeck?": a yes/no of nothing but a place and
    words the bot doesn't know, with no question word, no project and no "any project", claims
    something else of the place (the weather), not that a project was there."""
    f = u.filters
    return bool(u.unknown_words) and not (
        u.projects or u.project_noun or clause.any_project or u.self_mentioned or u.asks or
        f.organisations or f.topics or f.years or f.month or f.partners or f.money or
        f.duration) and bool(f.places or f.funders) and \
        max((v for _, v in u.scores), default=0) < 2  # ("today": no status asked)


def _opens_with_which(clause: Clause) -> bool:
    """Whether the clause opens by asking which project: "Which project …", "und welches
    Projekt …"."""
    words, tokens = phrases().ranked_which, normalize(clause.text).split()
    return any(t in words["questions"] and tokens[i + 1:i + 2] and tokens[i + 1] in
               words["heads"] for i, t in enumerate(tokens[:2]))


def _as_claimed(few: tuple[str, ...], ask: Clause, kb: KnowledgeBase) -> tuple[str, ...]:
    """Of the few projects the told words fit about equally, those the yes/no question claims
    itself ("Ich studiere in Lübeck … Präzisionsmedizin. Gab es ein Projekt, das sich mit
    Digitalisierung in der Präzisionsmedizin beschäftigt hat?": P.I.L.O.T., not BONEBANK), or
    that the question describes by conditions of its own ("Wir erstellen eine Übersicht zu
    EFRE-Projekten in Hamburg. Für das Netzwerk zur Knochenheilung brauche ich die Laufzeit.")."""
    u = ask.understanding
    if not few or not narrows(u.filters, kb):
        return few
    claimed = select(kb, u.filters).ids
    return tuple(p for p in few if p in claimed) or few


def _told_about_few(clauses: tuple[Clause, ...], at: int, few: tuple[str, ...],
                    kb: KnowledgeBase) -> tuple[tuple[Clause, ...], Answer]:
    """ "We want to get into the US market. Did LSN run something for companies like us, and
    which countries did it cover?": what was told fits two projects equally (MAGIA and its
    follow-up) and whether such a project existed is asked, so both are the answer: the
    question is answered of each, after saying so; whether one existed is yes, with both."""
    ask, u = clauses[at], clauses[at].understanding
    intro = Answer("overview", projects=few, hop=True)
    intro.add("described_fits", items=project_names(few, kb, "and"))
    if ask.yes_no and _exists(ask, kb) and at == len(clauses) - 1:
        found = verdict("yes", intro, "list", few)
        found.listed = few
        return clauses, found
    u = replace(u, projects=few, singular=False, unknown_names=(),
                filters=u.filters if ask.yes_no else Filters(mode=u.filters.mode))
    if any(_asked_exists(c, kb) for c in clauses[:at]):  # "Was there a project …, and which
        intro = _found(intro, few)  # countries did it target?": yes, these two
        if _names_it(ask):  # "… Falls ja, wie hieß das Projekt?": their names answer it
            return clauses[at:], intro
    return (replace(ask, understanding=u, pick=False), *clauses[at + 1:]), intro


def _found(intro: Answer, ids: tuple[str, ...]) -> Answer:
    """ "Gab es ein Projekt dazu, und woher kam das Geld?": whether such a project existed was
    asked first, so the reply is the list of those that fit ("yes", with them; docs/labels.md),
    and the other questions are answered of them after it."""
    found = verdict("yes", intro, "list", ids)
    found.listed, found.hop = ids, True
    return found


def _self_described(clause: Clause, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "Wer hat die Biobank in Odense geleitet?", "which project built a platform for
    scientists?": one question that describes the project it asks about, where not every
    condition it names picks that one alone (bot.descriptions singles it out). "Which project
    …?" is answered by the project, anything else after saying which project it is."""
    u = clause.understanding
    if clause.yes_no or u.projects or clause.pick and state.last_list or u.superlative or \
            u.other_funders or refers_back(clause.text) or not _refers(clause, state, kb) or \
            not (u.singular or names_a_kind(clause.text) or _thing_of_one(clause)):
        return None  # (the flags first: most questions name their project)
    every = select(kb, u.filters).ids if narrows(u.filters, kb) else ()
    found = describe(clause.text, u.filters, kb)
    one = found.one or (_thing_owner(clause, kb) if _thing_of_one(clause) else None)  # "what
    # happened to the bone material after harvesting?": only BONEBANK harvested any
    if one is None or len(every) == 1 and (u.singular or every[0] != one):
        return None  # (a condition only that one meets: the description as before)
    if state.projects == (one,) and not (u.singular or names_a_kind(clause.text)):
        return None  # "Wo wurden die Stammzellen gelagert?" right after BONEBANK: of it
    p = kb.projects[one]
    if u.intent in COLLECTIONS or u.intent == "relations" and (
            _opens_with_which(clause) or u.filters.topics):
        # "which project built a platform for scientists?"; "Which project connected the
        # Hamburg health economy cluster with LSN?", "any project related to corona?" link no
        # projects: they describe one
        listed = Answer("list", projects=(p.id,), listed=(p.id,))
        return listed.add("described_as", name=Bold(p.name), summary=p.summary.get(u.language))
    intro = Answer("overview", projects=(p.id,), hop=True)
    intro.add("described_as", name=Bold(p.name), summary=p.summary.get(u.language))
    return intro


def _thing_of_one(clause: Clause) -> bool:
    """ "where was the bone material harvested?", "where were the stem cells stored?": an
    aspect asked of a thing a project worked with, not of projects ("the bone projects")."""
    u = clause.understanding
    return u.intent in PROJECT_BUILDERS and u.intent not in ("overview", "quantity") and \
        u.intent not in RELATION_INTENTS and not (clause.hop or clause.hop_kind) and \
        bool(u.filters.topics) and not plural(clause.text)  # ("what is LSN XCHANGE?": a result)


def _exists(clause: Clause, kb: KnowledgeBase) -> bool:
    """ "Was there a project …?", "Hat LSN da mal ein Projekt gemacht?": whether one exists."""
    return bool(clause.any_project) or has_phrase(normalize(clause.text).split(),
                                                  phrases().told_references)


def _asked_exists(clause: Clause, kb: KnowledgeBase) -> bool:
    """ "Did LSN run any project reacting to Corona? If yes, …": whether such a project
    exists, asked (not told as a belief: "I think LSN had a project on that"); a kind of
    project named counts ("Gab es da nicht mal ein Qualifizierungsprojekt?")."""
    return clause.yes_no and (_exists(clause, kb) or names_a_kind(clause.text)) and \
        not told_belief(clause.text)


def _only_told(clause: Clause) -> bool:
    """Words before the question that tell, with no project named: a preamble, a yes/no that
    tells ("I remember there was a platform …", no question mark), a plan of the asker's, a
    name we lack."""
    return not clause.understanding.projects and (
        clause.preamble or clause.future or clause.unknown_project or
        clause.yes_no and not clause.text.rstrip().endswith("?"))


def _refers(clause: Clause, state: State, kb: KnowledgeBase) -> bool:
    """A question about one project it doesn't name: "who ran that one?", "what was it
    called?", "wo stand diese Biobank?", "Gab es da mal ein Projekt?"; or a guess at the name
    of the one described ("was that NORTHOPEDICS?")."""
    u = clause.understanding
    if len(u.projects) == 1:
        p = kb.projects[u.projects[0]]
        return only_guess(clause.text, {w for n in p.names() for w in normalize(n).split()})
    if u.projects or u.list_reference and state.last_list or plural(clause.text):
        return False  # ("diese Biobank" is no list; "which projects …?" asks for several)
    if clause.yes_no:
        return _exists(clause, kb) or u.pronoun
    return u.intent in PROJECT_BUILDERS or u.intent is None and _names_it(clause) or \
        u.intent in COLLECTIONS and u.singular and not narrows(u.filters, kb)  # "which
    # project was it?" (with a condition of its own, "which project was about AI?" is a list)


def _told_filters(clauses: tuple[Clause, ...], ask: Clause | None = None) -> Filters:
    """The names the told words and the question hold (what a yes/no question holds it
    claims, not describes)."""
    kinds = ("funders", "places", "organisations", "topics")
    found = [c.understanding.filters for c in (*clauses, *(
        () if ask is None or ask.yes_no else (ask,)))]
    return Filters(**{k: tuple(dict.fromkeys(v for f in found for v in getattr(f, k)))
                      for k in kinds})


def _the_rest(clause: Clause, state: State) -> bool:
    """ "und der Rest?", "and who paid the rest?" right after an amount."""
    tokens = normalize(clause.text).split()
    return state.intent == "amount" and bool(state.projects) and \
        not clause.understanding.projects and has_phrase(tokens, THE_REST) and (
            len(tokens) <= 4 or len(tokens) <= 6 and has_phrase(tokens, THE_REST_FROM))


def _sources(state: State, kb: KnowledgeBase, lang: str) -> Answer:
    """The page's words behind the last answer; with none yet ("what are your sources?" to
    begin with), where the bot's facts come from."""
    if not state.facts and not state.projects and state.intent is None:
        return small_talk("about_bot", kb, lang)
    facts = decode(state.facts)
    quoted = sources(facts, kb)
    result = Answer("sources", projects=tuple(dict.fromkeys(p for p, _ in facts)),
                    answered=bool(quoted))
    result.add("sources_intro" if quoted else "sources_none")
    for quote in quoted:
        result.add("source_item", text=quote)
    result.facts = list(facts)
    return result


def run(clauses: tuple[Clause, ...], state: State, kb: KnowledgeBase,
        told: Answer | None = None) -> Answer:
    """Several questions, hops and yes/no claims: each clause in the order asked, about the
    subject the clause names, or else the one the clause before it left (or the one `told`,
    the words before them, described)."""
    clauses, state = _quieted(clauses, state)
    subject = told.projects if told else _first_subject(clauses, state)
    parts: list[Answer] = [told] if told else []
    asked: Clause | None = None
    several = sum(not c.preamble for c in clauses) > 1
    told_claims: list[Answer] = []  # claims told before the question, checked on the way
    dead_end = False  # a link named before the question leads nowhere on the page
    for at, clause in enumerate(clauses):
        clause = _conditions_of(clause, clauses[:at], kb, bool(state.last_list))
        clause = _funder_told(clause, clauses[:at])
        clause = _of_named(clause, clauses[:at], kb)
        clause = _told_member(clause, clauses[:at])
        # ("… wir überlegen, ob wir beim Nachfolger mitmachen. Wann lief P.I.L.O.T.?": a link
        # told with no project before a question that names its own takes no step)
        told_only = not clause.understanding.projects and any(
            c.understanding.projects for c in clauses[at + 1:])
        if clause.preamble and clause.yes_no and clause.hop_kind:  # a link only confirmed
            clause, subject = _confirmed_link(clause, subject, state, kb)
        if clause.preamble and clause.hop_kind and subject and not told_only:  # "and the
            # follow project, until when was it?"
            link, reached, dead_end = _step_along(clause, subject, kb)
            if dead_end and _question_word_in(clause):  # "BFCC was part of what bigger
                dead_end, asked = False, clause  # thing, and who led it?": the link asked of
                # the project, which "it" next still is, as after a question
            if not dead_end and (f"{subject[0]}:{clause.hop_kind}" in state.facts and not
                                 state.unsaid or set(reached) <= set(state.earlier)) and \
                    not clause.understanding.projects:
                # (not where the page left the last question open and its answer named the
                # link only beside it: "The page doesn't say when BRIDGE 53 ran. It was part
                # of HIHeal, …" – "the project it was part of, when did that run?", "… It
                # continues HIHeal, …" – "und das Vorgängerprojekt, wann lief das?" say the
                # link again, both ends, as "and the bigger one?" does: docs/labels.md)
                # ("und der Nachfolger von P.I.L.O.T., seit wann läuft der?" names where the
                # step starts: both ends, as any chain)
                subject = reached  # "It continues HIHeal, …" just said: "and the one before
                continue  # it, when did that one end?" is about HIHeal, no link said again;
                # so after "what continued MAGIA?" – "when did it start?": "and the original
                # one, when was that?" is about MAGIA, the chat just came from it
            parts.append(link)
            subject = reached
            continue
        if clause.preamble and not clause.understanding.projects:  # "the project in Odense,
            chosen = _from_last_list(clause, state, kb)  # what was it called?"
            if len(chosen) > 1:  # "the one about bones – who led it?": which of them?
                later = next((c.understanding.intent for c in clauses[at:] if not c.preamble),
                             None)
                parts.append(_clarify(chosen, later, kb, clause.understanding.language))
                break
            subject = chosen or _picked(clause.understanding, None, kb, clause.pick) or \
                _by_ordinal(clause.understanding, state, kb) or \
                _by_context(clause.understanding.ambiguous, state, kb) or subject  # ("the
            # first one."; "the next level project, when did that one start?" after P.I.L.O.T.)
        if parts and (parts[-1].hop or parts[-1].intent in RELATIONS and parts[-1].answered
                      and len(parts[-1].projects) + bool(_outside(parts[-1], kb)) > 1) and \
                _names_it(clause):
            parts[-1].hop = False  # "the project that followed HIHeal – what is it called?",
            continue  # "was BFCC part of something bigger? what was it called?": the link is
            # the answer, with the name of what it leads to
        if clause.yes_no and not clause.understanding.projects and any(
                c.after_end for c in clauses[:at]):
            continue  # "… after BONEBANK ended? Are they still in the biobank?": the page
            # says nothing after the end, as the answer before already says
        if (reached := _said_before(clause, clauses[at + 1:], subject, state, kb)):
            subject = reached  # "and the one before it, when did that one end?" right after
            continue  # "It continues HIHeal, …": about HIHeal, the link not said again
        if clause.future and not clause.preamble:  # "Grazie! Is there a MAGIA 3 planned?"
            parts.append(_future(clause.understanding, clause.text, kb,
                                 clause.understanding.language))
            continue
        if clause.compose and not clause.preamble:  # "… and write me a poem about it"
            parts.append(Answer("fallback", answered=False).add("compose_part"))
            continue
        if clause.current and not clause.preamble:  # "… and what are you working on now?"
            parts.append(status_all(kb, clause.understanding.language, "current_work"))
            continue
        if parts:  # "what did MAGIA2Market continue, and when did that earlier project
            clause = _named_back_clause(clause, subject, kb)  # run?": the project reached
        if clause.preamble or _restates(clause, asked) or _restated_list(clause, parts):
            continue  # a preamble names the subject; "…? also das Vorgängerprojekt" repeats
        clause = _ask_carried(clause, asked)
        if clause.hop and parts and subject and not clause.understanding.projects:
            _link_left_to_hop(parts[-1], subject[0], clause.hop)
        claimed = asked is not None and (asked.yes_no or not asked.preamble or _question_word_in(
            asked)) and not has_phrase(
            normalize(clause.text).split(), phrases().link_demonstratives)  # "Was BFCC part of
        # the HealthRegion flagship? And who led it?", "what was bfcc part of and what did it
        # set up": "it" is the project the question before was about ("that" the flagship, of
        # which the page says no more; "the flagship BFCC belonged to – who led it?" too)
        asked = clause
        clause = _amount_of_subject(clause, clauses[:at], subject, kb)
        if parts and (dead_end or _outside(parts[-1], kb) and not claimed) and \
                not clause.understanding.projects:
            # "the HealthRegion flagship BFCC belonged to – who led that?": no project of the
            # page, so nothing more to say about it
            parts.append(Answer(clause.understanding.intent or "fallback", answered=False)
                         .add("hop_nothing_more"))
            continue
        clause, asked_in = _of_all(clause, clauses, at, state, kb)
        before = subject
        part, subject = _answer_clause(clause, parts, subject, several, asked_in, kb)
        part = _also_of_asked(clause, part, parts, kb)
        subject = _subject_of_opposites(clause, part) or subject
        if _it_stays(clause, clauses[at + 1:], before, part):
            subject = before  # "When did it end? And what came after it? Who funded it?"
        subject = _that_link(clause, clauses[at + 1:], subject, kb)
        parts.append(part)
        if _told_claim(clause, clauses[at + 1:]):
            told_claims.append(part)
        if at + 1 < len(clauses):  # (what the chat remembers after the last one is the
            state = next_state(part, clause.understanding.language, state)  # merged reply's)
    return _merged(parts, subject, clauses, kb, told_claims)


def _that_link(clause: Clause, rest: tuple[Clause, ...], subject: tuple[str, ...],
               kb: KnowledgeBase) -> tuple[str, ...]:
    """ "What was MAGIA, and its follow-up, who funded that?": a link named beside another
    question (no step taken) is what "that" of the next ask points at: the project reached."""
    nxt = next((c for c in rest if not c.preamble), None)
    if not (clause.hop_kind and not clause.hop and len(subject) == 1 and nxt is not None) or \
            nxt.understanding.projects or nxt.hop_kind or \
            not has_phrase(normalize(nxt.text).split(), phrases().link_demonstratives):
        return subject
    return linked(kb.projects[subject[0]], clause.hop_kind) or subject


def _also_of_asked(clause: Clause, part: Answer, parts: list[Answer], kb: KnowledgeBase
                   ) -> Answer:
    """ "what did HIHeal turn into afterwards, and which two clusters ran it?": "it" after a
    link asked of a project is the project reached, or the one asked about; where the page is
    silent on the project reached, the reply says so and adds what it holds of the other."""
    u = clause.understanding
    if part.answered or not parts or u.projects or clause.hop or clause.hop_kind or \
            clause.yes_no or part.intent not in PROJECT_BUILDERS or \
            part.intent in RELATION_INTENTS or has_phrase(
                normalize(clause.text).split(), phrases().link_demonstratives):
        return part  # ("… and who funded that follow-up?" asks of the one reached alone)
    link = parts[-1]
    asked_of = tuple(p for p in link.projects if p not in part.projects)
    if link.intent not in REACHING or link.hop or not link.answered or len(asked_of) != 1 or \
            asked_of[0] not in kb.projects or any(
                p == asked_of[0] or k in RELATIONS for p, k in part.facts):
        return part  # ("… and when did it end?": "It continues HIHeal, which ended …" said)
    other = about_projects(part.intent, asked_of, kb, u.language, u.asks)
    if not other.answered:
        return part
    part.lines.extend(other.lines)
    part.projects = (*part.projects, *asked_of)
    part.facts.extend(other.facts)
    part.answered = True
    return part


def _it_stays(clause: Clause, rest: tuple[Clause, ...], before: tuple[str, ...],
              part: Answer) -> bool:
    """ "When did HIHeal end? And what came after it? Who funded it?": a link asked of "it"
    leaves "it" where it was for the next ask that says "it" again (not "that one", nor after
    "what came after MAGIA and who funded it?", where the link named the project)."""
    u = clause.understanding
    nxt = next((c for c in rest if not c.preamble), None)
    return bool(before) and len(before) == 1 and u.pronoun and not u.projects and \
        part.intent in RELATION_INTENTS and nxt is not None and \
        nxt.understanding.pronoun and not nxt.understanding.projects and not nxt.hop and \
        not nxt.hop_kind and not has_phrase(normalize(nxt.text).split(),
                                            phrases().link_demonstratives)


PARALLEL_ASKS = 3  # "Which projects ended in 2023, which ones were about AI, and which one …?"


def _of_all(clause: Clause, clauses: tuple[Clause, ...], at: int, state: State,
            kb: KnowledgeBase) -> tuple[Clause, State]:
    """ "Which projects ended in 2023, which ones were about AI, and which one had the biggest
    grant?": in three or more parallel asks, a list or a ranking that points back at no list
    ("of those", "davon") asks of all projects, as the first ask did, not of the list the ask
    before it gave."""
    u = clause.understanding
    asks = [c for c in clauses if not c.preamble]
    if len(asks) < PARALLEL_ASKS or clause is asks[0] or u.projects or clause.yes_no or not (
            u.superlative or u.intent in ("list", "count")) or not any(
            narrows(c.understanding.filters, kb) and not c.understanding.projects
            for c in clauses[:at]) or has_phrase(normalize(clause.text).split(),
                                                  phrases().back_references):
        return clause, state
    return replace(clause, understanding=replace(u, list_reference=False, group_size=None,
                                                 overall=True)), \
        replace(state, last_list=(), ranked_in=(), choices=(), list_years=())


def _question_word_in(clause: Clause) -> bool:
    """Whether the words ask with a question word of their language anywhere ("BFCC was part
    of what …"; not the English "was" of "the initiative BFCC was part of")."""
    words = phrases().question_words.get(clause.understanding.language, frozenset())
    return not words.isdisjoint(normalize(clause.text).split())


def _confirmed_link(clause: Clause, subject: tuple[str, ...], state: State, kb: KnowledgeBase
                    ) -> tuple[Clause, tuple[str, ...]]:
    """ "and before that there was MAGIA, right? what markets did that cover" after
    MAGIA2Market: the link starts at the project talked about and reaches the one named, the
    subject of the question after it; a link the page doesn't have is a claim to check."""
    named = clause.understanding.projects
    if state.projects and named and named[0] in linked(kb.projects[state.projects[0]],
                                                       clause.hop_kind or ""):
        return clause, state.projects[:1]
    return replace(clause, preamble=False), subject


def _ask_carried(clause: Clause, asked: Clause | None) -> Clause:
    """ "wann lief MAGIA und das Nachfolgeprojekt?": a link noun alone after a question of the
    same message is that question asked of the project the link reaches (in a list of asks,
    "Laufzeit, Förderer und Nachfolger?", the link is an ask of its own)."""
    u, words = clause.understanding, phrases().any_question_word
    if asked is None or not clause.hop_kind or clause.hop or clause.yes_no or u.projects or \
            u.intent not in (None, clause.hop_kind) or \
            not words.isdisjoint(normalize(clause.text).split()) or \
            words.isdisjoint(normalize(asked.text).split()) or \
            len(normalize(clause.text).split()) > LINK_ONLY_WORDS:
        return clause
    intent = asked.understanding.intent
    if intent not in PROJECT_BUILDERS or intent in RELATION_INTENTS:
        return clause
    return replace(clause, hop=clause.hop_kind,
                   understanding=replace(u, intent=intent, scores=((intent, 3.0),)))


LINK_ONLY_WORDS = 5  # "und das Nachfolgeprojekt?", "and its follow-up project"


def _told_claim(clause: Clause, after: tuple[Clause, ...]) -> bool:
    """ "I think LSN ran it with the TH Lübeck. Was KI#CK already running in 2021?": a claim
    told as a statement before a question; it is checked, but the question is what was asked."""
    return clause.yes_no and told_belief(clause.text) and any(not c.preamble for c in after)


def _said_before(clause: Clause, rest: tuple[Clause, ...], subject: tuple[str, ...],
                 state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """The project a link leads to, where a clause only names that link, the last answer
    already said it, and a question about the project follows ("and the one before it, …")."""
    u = clause.understanding
    kind = clause.hop_kind or u.intent
    if not rest or rest[0].preamble or u.projects or len(subject) != 1 or \
            kind not in RELATIONS or subject[0] not in kb.projects or \
            f"{subject[0]}:{kind}" not in state.facts or rest[0].understanding.projects or \
            _question_word_in(clause):  # ("which bigger project was it part of, and when did
        return ()  # that one run?" asks the link again: told, with the run after it)
    target = linked(kb.projects[subject[0]], kind)
    return target if len(target) == 1 else ()


def _quieted(clauses: tuple[Clause, ...], state: State) -> tuple[tuple[Clause, ...], State]:
    """The clauses with the greeting and the thanks around a question made preambles, and the
    state without the choices offered before if the message names its project first."""
    if any(c.preamble and c.understanding.projects for c in clauses):
        # "HIHeal: which two clusters?": the project named first is the subject; the choices
        # offered before ("the second one") are no longer asked about
        state = _named_choices(clauses, state)
    if any(c.understanding.intent not in (*SMALL_TALK, None) for c in clauses):
        # "Hello, … which programme funded ELISE? Thanks in advance.": the greeting and the
        # thanks around a question get no answer of their own
        # ("Hallo, … zu BFCC: wann lief das?" still names the subject)
        quiet = tuple(replace(c, preamble=True) if c.understanding.intent in (
            "greeting", "thanks") else c for c in clauses)
        clauses = quiet if not all(c.preamble for c in quiet) else clauses
    return clauses, state


def _named_choices(clauses: tuple[Clause, ...], state: State) -> State:
    """ "I'm looking at MAGIA and MAGIA2Market. When did the first one run?": the projects
    named before the question are what "the first one" counts in (none offered before)."""
    named = next((c.understanding.projects for c in clauses
                  if c.preamble and c.understanding.projects), ())
    choices = named if len(named) > 1 else ()
    return replace(state, choices=choices) if choices != state.choices else state


def _first_subject(clauses: tuple[Clause, ...], state: State) -> tuple[str, ...]:
    """The projects the first question is about: named up to it, else talked of in the chat,
    else named later in the message."""
    # "it" is what was named before it, in this message or the chat: "what's its follow-up, and
    # did BRIDGE 53 belong to HIHeal?" asks for the follow-up of the project talked about
    asking = next((i for i, c in enumerate(clauses) if not c.preamble), 0)
    return next((c.understanding.projects for c in clauses[:asking + 1]
                 if c.understanding.projects), state.projects) or next(
        (c.understanding.projects for c in clauses if c.understanding.projects), ())


def _step_along(clause: Clause, subject: tuple[str, ...], kb: KnowledgeBase
                ) -> tuple[Answer, tuple[str, ...], bool]:
    """A link named before the question ("and the follow-up project, …"): the link's answer,
    the subject it leads to, and whether it leads nowhere on the page (a dead end)."""
    link = about_projects(clause.hop_kind, subject[:1], kb, clause.understanding.language)
    target = linked(kb.projects[subject[0]], clause.hop_kind)
    link.buttons, link.hop = [], len(target) == 1
    _where_it_leads(link)
    return (link, target, False) if link.hop else (link, subject, True)


def _amount_of_subject(clause: Clause, before: tuple[Clause, ...], subject: tuple[str, ...],
                       kb: KnowledgeBase) -> Clause:
    """ "I'm checking figures for KI#CK. How much came from the ESF?": how much a funder gave
    the project just named (or "it"), not which projects that funder paid for."""
    u = clause.understanding
    named = any(c.preamble and c.understanding.projects for c in before)
    if u.projects or not subject or not named or not u.filters.funders or \
            dict(u.scores).get("amount", 0) < AMOUNT_ASKED or not set(subject) <= set(
                select(kb, Filters(funders=u.filters.funders)).ids):
        return clause  # (a funder that paid nothing for it: which projects it did pay for)
    return replace(clause, understanding=replace(
        u, projects=subject, intent="amount", filters=Filters(mode=u.filters.mode)))


def _answer_clause(clause: Clause, parts: list[Answer], subject: tuple[str, ...], several: bool,
                   state: State, kb: KnowledgeBase) -> tuple[Answer, tuple[str, ...]]:
    """One question's answer, and the subject it leaves for the next."""
    subject = _one_with_link(clause, parts, subject, kb)
    if parts and parts[-1].intent == "superlative" and len(parts[-1].projects) > 1 and \
            clause.understanding.every and not clause.understanding.projects:
        subject = parts[-1].projects  # "welches lief länger und wer hat die jeweils
        # gefördert?": each of those compared, not only the winner
    if several and _summary_asked(clause) and (clause.understanding.projects or subject):
        # "Was war HIHeal, und wann lief es?": beside other asks, the summary says what it is
        subject = clause.understanding.projects or subject
        return summary_answer(subject, kb, clause.understanding.language), subject
    u = clause.understanding
    if parts and u.self_mentioned and not u.projects and subject:
        # "MAGIA funder + what was LSN's role?": LSN in the project just asked about
        clause = replace(clause, understanding=replace(u, pronoun=True))
    if parts and not u.projects and subject and {"count", "uncounted"} <= u.asks:
        # "results of MAGIA2Market, like how many companies entered the US market?": a figure
        # of the project just asked about, no count of projects
        clause = replace(clause, understanding=replace(u, projects=subject))
    if parts and not u.projects and subject and not clause.yes_no and _its_thing(u, subject, kb):
        # "bonebank: when did it start, and which cities had the biobank?": the thing of the
        # project just asked about, no list of the projects on it
        clause = replace(clause, understanding=replace(
            u, projects=subject[:1], filters=replace(u.filters, topics=())))
        u = clause.understanding
    if parts and _of_the_winner(u, parts[-1]):  # "…, and who led the earlier one?":
        subject = parts[-1].focus or parts[-1].projects[:1]  # the one that won
        builders = tuple((i, v) for i, v in u.scores if i in PROJECT_BUILDERS)
        clause = replace(clause, understanding=replace(
            u, intent=builders[0][0], scores=builders, superlative=None, comparative=False,
            past=False, pronoun=True))
        u = clause.understanding
    if parts and not u.projects and parts[-1].claim and \
            1 < len(parts[-1].projects) <= EACH_OF_LIST and _plural_subject(clause.text):
        subject = parts[-1].projects  # "HIHeal und InnoReAct wurden beide von Hamburg
        # gefördert oder? und wann endeten die?": all the projects just claimed of
    each_of = parts[-1].listed if parts and 1 < len(parts[-1].listed) <= EACH_OF_LIST \
        and not u.projects and not clause.yes_no and not u.filters.any() else ()
    # "which were about bones, and who led them?": each of a short list just given
    part, subject = _run_clause(clause, each_of or subject, state, kb)
    _walked(clause, part, state)
    _as_narrowed(clause, part)
    if each_of and not part.answered and part.intent in PROJECT_BUILDERS and \
            set(part.projects) == set(each_of):  # "which were about X, and who were
        # the partners?": answered for the listed ones the page tells it of
        part.answered = any(about_projects(part.intent, (p,), kb, u.language,
                                           u.asks).answered for p in each_of)
    return part, subject


def _as_narrowed(clause: Clause, part: Answer) -> Answer:
    """ "welches davon hat eine Plattform aufgebaut?": the list narrowed to the one its words
    point at (BRIDGE 53), with what its texts say of it, as "which of them was led by UKSH?"."""
    if clause.narrowed and part.answered and \
            part.projects[:1] == clause.understanding.projects[:1]:
        part.intent, part.focus = "list", part.projects[:1]  # ("für wen war die Plattform
        # gedacht?" next is of it)
    return part


def _plural_subject(text: str) -> bool:
    """Whether the clause asks of "they", "die beiden" (a plural subject)."""
    tokens = normalize(text).split()
    return has_phrase(tokens, phrases().plural_subjects) or \
        bool(tokens) and tokens[-1] in phrases().plural_last


def _its_thing(u: Understanding, subject: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether the clause asks of a thing ("the biobank", "the registry") that the project
    talked about had, with no other condition."""
    return not (u.filters.places or u.superlative) and subject[0] in _thing_owners(u, kb)


def _thing_owners(u: Understanding, kb: KnowledgeBase) -> tuple[str, ...]:
    """The projects that had the thing a clause asks of ("product" asked of a topic: "the
    biobank"), or none when it asks of no thing or names a funder, organisation or year."""
    f = u.filters
    others = [o for o in f.organisations if not kb.organisations[o].self]  # ("the LSN platform
    # where the competence atlas lives": Life Science Nord itself narrows no project)
    if "product" not in u.asks or not f.topics or f.funders or others or f.years:
        return ()
    return select(kb, Filters(topics=f.topics)).ids


def _merged(parts: list[Answer], subject: tuple[str, ...], clauses: tuple[Clause, ...],
            kb: KnowledgeBase, told_claims: list[Answer] | None = None) -> Answer:
    """The answers to the clauses as one reply."""
    parts = _ranked_after_figures(_settled(_start_and_end(parts, kb,
                                                          clauses[0].understanding.language)))
    result = merge(parts, subject)
    if len(parts) > 1 and parts[0].hop and parts[0].intent != "list" and \
            not _asks_link(clauses[0], parts[0]):  # "the project that
        result.intent = parts[1].intent  # continued MAGIA, when did that one start?" asks
        # when; the link only says which one ("Was there a project …, and when?" lists it)
        # (its projects are both ends, as of every link the reply states: docs/labels.md)
    told = {id(p) for p in told_claims or ()}
    asked = next((p for p in parts if id(p) not in told), None)
    if parts and id(parts[0]) in told and asked is not None:  # "I think LSN ran it with the
        result.intent = asked.intent  # TH Lübeck. Was KI#CK running in 2021?" asks when
    winner = _ranked_subject(parts, clauses)
    if winner:  # "and the most recent one of the three - which regions were in it?": the
        result.intent = parts[1].intent  # ranking only says which one the question is about
        result.projects = (*winner, *(p for p in parts[1].projects if p not in winner))
    return result


FIGURES_OF = {"amount": ("amount", "funding"), "duration": ("duration", "dates"),
              "start": ("start", "dates"), "end": ("end", "dates")}  # the answers that tell it


def _ranked_after_figures(parts: list[Answer]) -> list[Answer]:
    """ "how long did BONEBANK go on, how long did BFCC, and which one was longer?": a ranking
    right after each one's figure was told names the first; the figures are said already."""
    for i, part in enumerate(parts):
        measure = RANKED_BY.get(part.ranking or "") or RANKED_DATE.get(part.ranking or "")
        told = FIGURES_OF.get(measure or "", ())
        if i and part.intent == "superlative" and told and len(part.lines) > 1 and all(
                any(pid in p.projects and p.intent in told for p in parts[:i])
                for pid in part.projects):
            part.lines = part.lines[:1]
    return parts


def _asks_link(clause: Clause, part: Answer) -> bool:
    """ "bridge 53 belonged to which bigger project, and when did that one start?": the link
    asked with a question word of its own is the first ask, not only the way to the next
    (a question word of its language: "the project bridge 53 was part of - who funded it?"
    asks who, its English "was" is no German "was")."""
    return clause.hop_kind is not None and clause.understanding.intent == clause.hop_kind == \
        part.intent and not clause.yes_no and _question_word_in(clause) and \
        not only_turns_to(clause.text, clause.understanding.language)  # ("what about the
    # magia follow-up, when …?")


def _ranked_subject(parts: list[Answer], clauses: tuple[Clause, ...]) -> tuple[str, ...]:
    """The one winner of a ranking that only names the subject of the question after it (a
    ranking word with no "which": "the oldest one, who led it?")."""
    first = next((c for c in clauses if not c.preamble), None)
    if len(parts) < 2 or parts[0].intent != "superlative" or first is None or \
            not first.understanding.of_ranked or \
            phrases().pick_frame[0].isdisjoint(words := normalize(first.text).split()) or \
            words[0] in phrases().any_question_word:  # ("what's the longest-running project
        return ()  # and how long did it run?" asks which; "first project to start and who
        # led it?" asks both: no article)
    winner = parts[0].focus or parts[0].projects
    return winner if len(winner) == 1 and parts[1].projects[:1] == winner else ()


def _of_the_winner(u: Understanding, before: Answer) -> bool:
    """ "who led the earlier one?" right after "which started earlier?": a question about the
    project the ranking just named, by the same ranking's words."""
    return before.intent == "superlative" and bool(before.projects) and not u.projects and \
        u.superlative is not None and u.superlative == before.ranking and any(
            intent in PROJECT_BUILDERS and score >= 2 for intent, score in u.scores)


def _settled(parts: list[Answer]) -> list[Answer]:
    """ "gab es bei NORTHOPEDICS ein Ergebnis zum Mitnehmen, Leitfaden oder so?": two yes/no
    claims about the same fact of the same project, one the page settles and one it doesn't,
    are one question asked twice; the settled verdict answers it (never "doesn't say" and then
    "yes" over the same facts)."""
    out: list[Answer] = []
    for part in parts:
        before = out[-1] if out else None
        if before is not None and before.intent == part.intent and \
                before.projects == part.projects and {verdict_of(before), verdict_of(part)} in (
                    {"unknown", "yes"}, {"unknown", "no"}):
            if verdict_of(before) == "unknown":
                out[-1] = part
            continue
        out.append(part)
    return out


def _one_with_link(clause: Clause, parts: list[Answer], subject: tuple[str, ...],
                   kb: KnowledgeBase) -> tuple[str, ...]:
    """ "What's the sub-project of HIHeal, and what's its follow-up called?": a link asked of
    "it" that the project just reached lacks is of the one project of the answer before that
    has it (HIHeal, not BRIDGE 53)."""
    u = clause.understanding
    kind = clause.hop or (u.intent if u.intent in LINKS else None)
    if not parts or u.projects or not kind or not subject or any(
            p in kb.projects and linked(kb.projects[p], kind) for p in subject):
        return subject
    having = tuple(p for p in parts[-1].projects
                   if p in kb.projects and linked(kb.projects[p], kind))
    return having if len(having) == 1 else subject


def _summary_asked(clause: Clause) -> bool:
    """ "was war HIHeal", "worum ging's", "tell me about it", "was war das für ein Netzwerk?":
    what a project is, asked plainly (of the project talked about, a kind of project named is
    no filter); beside other asks in one message, the project's summary line answers it."""
    u = clause.understanding
    return clause.identity or (
        u.intent == "overview" and not u.asks and not clause.yes_no and clause.hop is None and
        not clause.hop_kind and not replace(u.filters, topics=()).any() and (
            not u.filters.topics or not u.projects) and not u.self_mentioned and
        not u.superlative and not u.list_reference and not u.ambiguous)


def _link_named(clause: Clause, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "what's it called again?" right after a step along a link, or the link said ("und das
    Nachfolgeprojekt?" - "wie heißt das nochmal genau"): the link names the project reached,
    with the one it starts from."""
    kind = state.hop or (state.intent if state.intent in LINKS else None)
    if not kind or len(state.earlier) != 1 or not _names_it(clause) or \
            f"{state.earlier[0]}:{kind}" not in state.facts:
        return None
    link = about_projects(kind, state.earlier, kb, clause.understanding.language)
    link.focus = _next_subject(link, (), kb)  # "it" next is still the project reached
    return link


def _names_it(clause: Clause) -> bool:
    """ "what is it called?", "wie heißt es?", "which project was it?": asks only for a name."""
    u = clause.understanding
    tokens = set(normalize(clause.text).split())
    which_one = u.intent == "list" and u.singular and not u.filters.any()
    return not u.projects and (u.intent in ("overview", None) or which_one) and (
        "names" in u.asks or bool(tokens & phrases().name_asks))


def _outside(part: Answer, kb: KnowledgeBase) -> bool:
    """An answer whose link leads out of the page's projects (HealthRegion)."""
    project = kb.projects.get(part.projects[0]) if part.projects else None
    return part.intent == "part_of" and project is not None and not project.part_of and \
        bool(project.part_of_external)


def _restates(clause: Clause, before: Clause | None) -> bool:
    """ "Wer war vorher? Also das Vorgängerprojekt": the same question again, in other words;
    "Was ist aus P.I.L.O.T. geworden, gibt es einen Nachfolger?": whether the link the question
    before asked for exists (not a step further along it). The same ask of a linked project
    is none ("Wann begann P.I.L.O.T. und seit wann läuft der Nachfolger?")."""
    u = clause.understanding
    return before is not None and not u.projects and u.intent is not None and \
        u.intent == before.understanding.intent and not (
            clause.hop and not before.hop and u.intent not in RELATION_INTENTS) and not (
            clause.yes_no and (u.intent not in RELATION_INTENTS or u.filters.any())) and \
        not clause.same_as and not (  # ("…, and which other one ended the same year?")
            u.filters.any() and u.filters != before.understanding.filters) and \
        not after_ranking(u, before.understanding) and \
        not (u.asks - before.understanding.asks) & ASKS_OF_THEIR_OWN and \
        not _asks_beyond_link(clause) and \
        not (before.yes_no and not clause.yes_no and u.time_question)  # "what did bridge 53
    # want to achieve, and who was the platform for?": whom it served, beside its aim; "Did
    # KI#CK run for two years? when exactly?": when, beside whether it ran that long


def _asks_beyond_link(clause: Clause) -> bool:
    """ "bridge 53 was part of what, and when did that parent project run?": a step along the
    link just asked, with a question of the project reached, asks that question, not the link
    again."""
    return bool(clause.hop) and any(score >= BEYOND_LINK and i not in RELATION_INTENTS
                                    for i, score in clause.understanding.scores)


BEYOND_LINK = 2.0  # "when … run" (2.5), "who funded" (2.5) of the project a link reaches


ASKS_OF_THEIR_OWN = frozenset({"for_whom"})  # a part of an intent's answer asked by itself


def _bare_list(clause: Clause) -> bool:
    u = clause.understanding
    return u.intent == "list" and not u.projects and not u.filters.any() and \
        not u.superlative and not u.list_reference


def _like_told(clause: Clause, kb: KnowledgeBase, listed: bool = True) -> bool:
    """ "Did LSN ever have a project that helped companies with that?", "Hat Life Science Nord
    da mal ein Projekt gemacht?": projects asked of with no condition but the cluster itself,
    pointing at what was told before."""
    u = clause.understanding
    return not u.projects and not narrows(u.filters, kb) and not u.superlative and \
        not (u.list_reference and listed) and has_phrase(  # ("in diese Richtung" is no list
            _without_back_nouns(normalize(clause.text).split()),  # with none before)
            phrases().told_references)


def _without_back_nouns(words: list[str]) -> list[str]:
    """The words without a noun for a project that points back at the one talked about ("bis
    wann lief das Projekt?", "when did the project end?"): that is no project told of."""
    back = vocabulary().phrase_sets["pronouns"]
    pairs = {k for k in range(1, len(words)) if f"{words[k - 1]} {words[k]}" in back}
    return [w for k, w in enumerate(words) if k not in pairs and k + 1 not in pairs]


def _funder_told(clause: Clause, before: tuple[Clause, ...]) -> Clause:
    """ "Und Interreg Deutschland-Danmark – wie viel Geld gab es da?": money asked right after
    words that only name a funder is that funder's money (and so, where the project talked
    about never had it, the money of the projects it funded)."""
    u = clause.understanding
    if u.intent != "amount" or u.projects or u.filters.any() or not before:
        return clause
    told = before[-1].understanding
    if not before[-1].preamble or told.projects or not told.filters.funders:
        return clause
    return replace(clause, understanding=replace(u, filters=replace(
        u.filters, funders=told.filters.funders)))


def _conditions_of(clause: Clause, before: tuple[Clause, ...], kb: KnowledgeBase,
                   listed: bool = True) -> Clause:
    """ "Was lief 2017 – welche Projekte waren das?": a list question with no condition of its
    own takes the conditions of the clause just before it, or of the nearest words before it
    that only told ("I'm writing about fracture registries in the Baltic. I heard LSN was in
    something like that - which project was it?"). Asked for one project ("which project"),
    and one fits: the answer is about that project."""
    if not before or not (_bare_list(clause) or _like_told(clause, kb, listed)):
        return clause
    told = None
    for i, c in enumerate(reversed(before)):
        if i and not c.preamble or c.understanding.projects:
            return clause  # a question of its own, or about a named project, sets none
        if narrows(c.understanding.filters, kb):
            told = c.understanding
            break
    if told is None:
        return clause
    u = replace(clause.understanding, filters=_widened(told.filters, kb))
    if u.intent != "list":  # "did LSN ever have a project that helped with that?"
        u = replace(u, intent="list", scores=(("list", 3.0), *u.scores))
    if u.singular and len(select(kb, u.filters).ids) == 1:
        u = replace(u, intent="overview", scores=(("overview", 3.0), *u.scores))
    return replace(clause, understanding=u)


def _told_member(clause: Clause, before: tuple[Clause, ...]) -> Clause:
    """ "Wir sind ein Förderer aus Hamburg und schauen uns Projekte an, die die Stadt
    mitfinanziert hat. War InnoReAct eins davon?", "I'm at the Schleswig-Holstein ministry. Did
    we co-fund P.I.L.O.T.?": a yes/no question about a named project that asks whether it is one
    of what the words before told ("eins davon", "one of ours", "we") claims their funder or
    place."""
    u = clause.understanding
    if not clause.yes_no or not u.projects or u.filters.any() or \
            not has_phrase(normalize(clause.text).split(), phrases().told_members):
        return clause
    teller = next((c for c in reversed(before) if c.preamble and (
        c.understanding.filters.funders or c.understanding.filters.places)), None)
    if teller is None:  # (a topic told, "Projekte zu Knochen", is not checked this way yet)
        return clause
    told = teller.understanding.filters
    filters = replace(u.filters, funders=told.funders, places=told.places)
    intent = "funding" if told.funders else u.intent
    scores = ((intent, 3.0), *u.scores) if intent else u.scores
    return replace(clause, some_of=False, claim_text=f"{teller.text.rstrip()} {clause.text}",
                   understanding=replace(u, filters=filters, intent=intent, scores=scores))


def _of_named(clause: Clause, before: tuple[Clause, ...], kb: KnowledgeBase) -> Clause:
    """ "KI#CK – wer hat das Projekt mit LSN zusammen durchgeführt?": "das Projekt" is the one
    just named, where it fits what the words say of it (they describe it, they pick no other:
    not BFCC and InnoReAct, which LSN led too)."""
    u = clause.understanding
    named = next((c.understanding.projects for c in reversed(before)
                  if c.preamble and c.understanding.projects), ())
    if not named or u.projects or clause.yes_no or not u.singular or \
            u.intent not in PROJECT_BUILDERS or u.superlative or not narrows(u.filters, kb) or \
            not set(named) <= set(select(kb, u.filters).ids):
        return clause
    return replace(clause, understanding=replace(
        u, projects=named, singular=False, filters=Filters(mode=u.filters.mode)))


def _widened(filters: Filters, kb: KnowledgeBase) -> Filters:
    """Told conditions that no project meets all of: the topics told one after another are
    alternatives ("über Knochen, Frakturen und Orthopädie … welche Projekte gingen in diese
    Richtung?"), and the asker's own place or money ("Redakteurin beim Lübecker Stadtmagazin,
    recherchiere zu Präzisionsmedizin in Norddeutschland") doesn't veto them."""
    if select(kb, filters).ids or not filters.topics:
        return filters
    several = len(filters.topics) > 1
    either = replace(filters, either=True)
    return either if several and select(kb, either).ids else \
        Filters(topics=filters.topics, either=several)


def _restated_list(clause: Clause, parts: list[Answer]) -> bool:
    """ "what was going on in 2020, which projects were active?": a list question right after
    a list under the same conditions restates that list."""
    u = clause.understanding
    return bool(parts and parts[-1].listed) and u.intent == "list" and not u.projects and \
        not u.superlative and not u.list_reference and u.filters.any() and \
        parts[-1].list_years == u.filters.years and not (  # a condition of its own is new
            u.filters.funders or u.filters.places or u.filters.organisations or u.filters.topics)


COVERING = {"dates": OVERLAPPING[0], "amount": OVERLAPPING[1]}  # one answer says both


def _start_and_end(parts: list[Answer], kb: KnowledgeBase, lang: str) -> list[Answer]:
    """ "When did it start and end?" is one dates answer, "who funded it and how much?" one
    funding answer with the amount: not two answers that repeat each other."""
    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        covering = next((k for k, group in COVERING.items()
                         if {a.intent, b.intent} <= group and a.intent != b.intent), None)
        if covering and verdict_of(a) and b.answered:  # "Did ELISE run for five years? when
            return [*parts[:i + 1], *parts[i + 2:]]  # exactly?": the verdict gives its dates
        if covering and (verdict_of(a) or verdict_of(b)):
            continue  # "Did KI#CK run for two years? when exactly?": the verdict, then what
            # the page doesn't say (no dates)
        if covering == "dates" and set(b.projects) < set(a.projects) and \
                b.projects[-1:] == a.projects[-1:]:  # "Wann begann das Projekt, das MAGIA
            # fortgeführt hat, und wann endete es?": the link, then both ends of the project
            # reached, one dates answer (not "… und wann war P.I.L.O.T. selbst zu Ende?": the
            # start of one, the end of the other, two asks)
            a.intent = covering
            return parts
        if covering and a.projects == b.projects:
            one = about_projects(covering, a.projects, kb, lang)
            if covering == "amount":
                one.intent = a.intent  # "who funded it and how much?" is a funding reply
            return [*parts[:i], one, *parts[i + 2:]]
    return parts


def _gap(clause: Clause, u: Understanding, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "How long was the gap between MAGIA and MAGIA2Market?", "wie lange war die Pause
    dazwischen?" after two projects: the months from the end of the one that ended first to
    the start of the other, at the page's precision (a range where it gives only a year), or
    that they overlapped."""
    if clause.yes_no or u.intent not in (*DATE_INTENTS, "overview"):  # ("how long …?" asks
        return None  # a time; "was war die Lücke zwischen …?" asks what the gap was)
    tokens = normalize(clause.text).split()
    if claim_of(tokens) != "gap" or phrases().any_question_word.isdisjoint(tokens):
        return None
    pair = u.projects if len(u.projects) == 2 else _pair(state, u) or ()
    ends = [kb.projects[p] for p in pair]
    if len(ends) != 2 or not all(p.start for p in ends):
        return None
    first, then = sorted(ends, key=lambda p: (p.end.lower() if p.end else dt.date.max, p.id))
    if first.end is None or then.start is None:
        return None
    years = (then.start.year - first.end.year) * 12
    lo = years + (then.start.month or 1) - (first.end.month or 12)  # at the page's precision:
    hi = years + (then.start.month or 12) - (first.end.month or 1)  # a year is any month of it
    lang = u.language
    result = Answer("dates", projects=(first.id, then.id))
    if hi <= 0:
        result.add("gap_overlap", earlier=Bold(first.name), later=Bold(then.name))
    elif lo == hi == 1:  # P.I.L.O.T. ended on 31 March 2023, its follow-up began in April
        result.add("gap_next_month", earlier=Bold(first.name), later=Bold(then.name))
    else:
        span = fmt_duration(max(lo, 0), lang) if lo == hi else fill(  # "between 9 and 20
            "gap_between_months", lang, lo=max(lo, 0), hi=hi)  # months", "zwischen … Monaten"
        result.add("gap_months", earlier=Bold(first.name), later=Bold(then.name), span=span)
    for p in (first, then):
        result.add("gap_dates", name=Bold(p.name), range=date_range(p, lang))
    result.answered = lo == hi or hi <= 0
    result.facts = [(first.id, "dates"), (then.id, "dates")]
    return result


def _adder(u: Understanding, own: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """ "Warum wurde Japan hinzugefügt?" with no project named, or of the project a follow-up
    continued: the one project that added the place (MAGIA2Market added Japan to MAGIA's
    targets), whose premise it is."""
    if "added" not in u.asks or not u.filters.places:
        return ()
    adders = tuple(p for p in kb.projects if set(u.filters.places) & set(
        kb.projects[p].added_targets))
    if len(adders) != 1 or own[:1] == adders or own and adders[0] not in kb.projects[
            own[0]].continued_by:
        return ()
    return adders


WHY_FOLLOW_UP = 2.5  # a follow-up word's score that makes it what a "why" claims ("extended")


def _why(clause: Clause, u: Understanding, own: tuple[str, ...], kb: KnowledgeBase
         ) -> Answer | None:
    """ "Why did BFCC end early in 2018?": a premise the page contradicts is corrected; one it
    confirms gets "the page doesn't say why" with its facts. Only premises of dates, money,
    funders, places and organisations ("why was BFCC set up?" asks its aim). A premise told
    before a question ("Since ELISE was funded by Horizon 2020, which other …?", of a project
    it names) is corrected the same way; a true one only leads into the question."""
    tokens = normalize(clause.text).split()
    premise = premise_told(tokens, u)
    if not tokens or not (premise or has_phrase(tokens[:3], phrases().why_words)):
        return None
    if follow := dict(u.scores).get("follow_up", 0) >= WHY_FOLLOW_UP:  # "Warum wurde HIHeal
        u = replace(u, intent="follow_up")  # verlängert?": a follow-up is how the page tells it
    own = _adder(u, own, kb) or own  # "Why was Japan added?", also after MAGIA: of the
    if not own:  # project that added it
        return None
    if follow and not premise and not kb.projects[own[0]].continued_by:
        p = kb.projects[own[0]]  # "Warum wurde BFCC verlängert?": the page tells no extension
        result = Answer("follow_up", projects=(p.id,), answered=False)  # nor follow-up, only
        result.add("extension_unsaid", name=Bold(p.name))  # when it ran
        result.build("dates", p, kb, u.language)
        return result
    if not (u.filters.any() or u.other_funders or u.elsewhere or measures(clause.text) or
            claim_of(tokens) in ("running", "ended") or follow):
        return None  # ("by Horizon 2020": a programme the page never names)
    checked = check(u, clause.text, own[:1], kb, u.language)
    kind = verdict_of(checked) if checked else None
    if checked is not None and kind == "unknown" and not premise and (
            measures(clause.text) or u.filters.years):
        checked.answered = False  # "Why did BFCC get 5 million euros?", "Why did BRIDGE 53
        return checked  # end in 2019?": a figure or year the page doesn't give is no premise
        # to answer why of (its aim would read as granting it), but what it gives instead
    if checked is None or kind not in ("yes", "no") or premise and kind == "yes":
        return None
    if kind == "yes" and not replace(u.filters, topics=()).any() and not follow and \
            not measures(clause.text) and claim_of(tokens) not in ("running", "ended"):
        return None  # "why was a network like NORTHOPEDICS needed?": what it was about is
        # its aim, which the page gives
    key = "why_unsaid" if kind == "yes" else "premise_false"
    checked.lines[0] = replace(checked.lines[0], key=key)
    checked.answered = kind == "no"  # corrected; why it happened the page doesn't say
    return checked


def _run_clause(clause: Clause, subject: tuple[str, ...], state: State, kb: KnowledgeBase
                ) -> tuple[Answer, tuple[str, ...]]:
    """One clause, in stages: a clause of a special kind; which project it is about (a
    description, an ordinal, a link just followed); links and questions asked again; yes/no
    claims; then the answer for the project or the list."""
    u = clause.understanding
    if subject and _of_all_projects(clause, kb):  # "which projects had a follow-up?" after BFCC:
        subject, state = (), replace(state, projects=())  # all of them, not BFCC's follow-up
    own = u.projects or (_by_context(u.ambiguous, replace(state, projects=subject), kb)
                         if u.ambiguous else subject)  # "is the next level still running?"
    # after P.I.L.O.T.: its follow-up; after BFCC, which of the two (never BFCC itself)
    own = _alliance_subject(clause, own, kb)
    if own and not u.projects and u.intent in PROJECT_BUILDERS and u.unknown_names:
        u = replace(u, unknown_names=())  # "ELISE: Laufzeit und Förderbetrag?": no new name
    done = _special_clause(clause, u, own, state, kb)
    if done:
        return done
    early, clause, u, own = _about_which(clause, u, own, state, kb)
    if early:
        return early
    clause, u = _hop_named(clause, u, state, kb)
    done = _linked_or_again(clause, u, own, state, kb)
    if done:
        return done
    if clause.yes_no and u.then_year and not u.filters.years:
        u = _that_year(u, state)  # "and MAGIA2Market, was it running then?": of the year just
        # asked about, not of today; the claim kept says the year, for "and BFCC?" next
        if (years := u.filters.years) and years[0] == years[1]:
            clause = replace(clause, claim_text=f"{clause.claim_text or clause.text} {years[0]}")
    done, u, own = _claimed(clause, u, own, subject, state, kb)
    if done:
        return done
    moved = bool(own) and not u.projects and own != state.projects  # (a copy only if moved)
    result = decide(u, replace(state, projects=own) if moved else state, kb)
    result = _manner_unsaid(_besides(result, clause, _talked_of(own, state), kb), clause)
    return _term_unexplained(result, clause, kb), _next_subject(result, own, kb)


def _alliance_subject(clause: Clause, own: tuple[str, ...], kb: KnowledgeBase
                      ) -> tuple[str, ...]:
    """ "how many clusters were in the alliance?" right after MAGIA and MAGIA2Market: of the
    earlier one, whose partners formed the alliance (checks.alliance_of); else the subject."""
    if len(own) != 2 or clause.understanding.projects or "allian" not in clause.text.lower():
        return own  # (most clauses: one look at the length)
    return alliance_of(own, normalize(clause.text).split(), kb) or own


def _manner_unsaid(result: Answer, clause: Clause) -> Answer:
    """ "Welche Projekte förderte die EU direkt?": the projects with its money, and that the
    page doesn't say how it came (directly or through a programme), so not answered."""
    if result.answered and result.intent in ("list", "count") and \
            funding_manner(clause.understanding, clause.text):
        result.add("list_funding_manner")
        result.answered = False
    return result


TERM_ASKS = data_file("query")["term_asks"]
TERM_OPENINGS = tuple(sorted((tuple(normalize(o).split()) for o in TERM_ASKS["openings"]),
                             key=len, reverse=True))  # the longest opening first
TERM_FIRST = frozenset(o[0] for o in TERM_OPENINGS)  # ("erklär mir …": no lead-in there)
TERM_FILLERS = frozenset(normalize(str(w)) for w in TERM_ASKS["fillers"])
TERM_WORDS = 9  # a question of a term is short: "what does the abbreviation ERDF stand for?"
ABBREVIATION = re.compile(r"^(?P<full>.+?) \((?P<abbr>[A-Z]{2,6})\)$")  # "… Fund (ERDF)"


def _term_unexplained(result: Answer, clause: Clause, kb: KnowledgeBase) -> Answer:
    """ "what is Interreg?", "Was bedeutet EFRE?", "what's precision medicine?": a term the page
    uses, asked what it is, is answered with the projects it names the term for, after a line
    that says the page doesn't explain it (or, for a fund's abbreviation, what the page spells
    it out as), never from knowledge the page doesn't give."""
    u = clause.understanding
    if result.intent != "list" or not result.listed or u.projects or u.pronoun or \
            clause.yes_no or u.token_count > TERM_WORDS or u.list_reference:
        return result  # (most lists: the first looks)
    f = u.filters
    one = f.funders if len(f.funders) == 1 and not replace(f, funders=()).any() else \
        f.topics if len(f.topics) == 1 and not replace(f, topics=()).any() else ()
    if not one:
        return result
    funder = kb.funders.get(one[0]) if f.funders else None
    topic = None if funder else kb.topics.get(one[0])
    if funder and funder.kind == "public body" or topic and topic.kind != "topic":
        return result  # ("what is Hamburg?", a thing made and an initiative have their own)
    thing = funder or topic
    said = _term_said(clause.text, thing.aliases,  # type: ignore[union-attr]
                      (thing.name.en, thing.name.de))  # type: ignore[union-attr]
    if said is None:
        return result
    lang = u.language
    full = ABBREVIATION.match(thing.name.get(lang)) if funder else None  # type: ignore[union-attr]
    if full and said.isalpha() and said.upper() in {a for a in thing.aliases if a.isupper()}:
        line = Line("term_abbreviation", {"abbr": said.upper(), "full": full["full"]})
    else:
        line = Line("term_funder" if funder else "term_topic",
                    {"term": thing.name.get(lang)})  # type: ignore[union-attr]
        result.answered = False  # what it is, the page doesn't say
    result.lines.insert(0, line)
    return result


def _term_said(text: str, aliases: tuple[str, ...], names: tuple[str, str]) -> str | None:
    """The term a question of what it is names ("what does ERDF stand for?": "erdf"): the
    words after its opening, without those that ask nothing more, if they are one of the
    term's names, or one word the vocabulary doesn't know (a misspelt name); else None."""
    tokens = normalize(text).split()
    lead = phrases().identity[2]  # ("can you tell me what …", "und was ist …")
    at = next((i for i, t in enumerate(tokens) if t not in lead or t in TERM_FIRST), len(tokens))
    tokens = tokens[at:]
    raw = text.lower().lstrip()
    if any(raw.startswith(c) for c in TERM_ASKS["contracted"]):
        tokens = tokens[1:]  # "what's …" ("what the …" once normalised)
    else:
        opening = next((o for o in TERM_OPENINGS if tuple(tokens[:len(o)]) == o), None)
        if opening is None:
            return None
        tokens = tokens[len(opening):]
    while tokens and tokens[0] in TERM_FILLERS:
        tokens = tokens[1:]
    while tokens and tokens[-1] in TERM_FILLERS:
        tokens = tokens[:-1]
    said = " ".join(tokens)
    if not said:
        return None
    if said in {normalize(a) for a in (*aliases, *names)} or (
            len(tokens) == 1 and said not in vocabulary().common):
        return said
    return None


def _of_all_projects(clause: Clause, kb: KnowledgeBase) -> bool:
    """ "which projects had a follow-up?", "Welche Projekte hatten ein Folgeprojekt?", "did any
    project have a follow-up?": the plural noun (or "any project") asks of all projects, also
    while one is talked about; not where a word points back at it or at a list ("its", "of
    them", "davon") or a project is named."""
    u, tokens = clause.understanding, normalize(clause.text).split()
    if u.projects or u.ambiguous or u.list_reference or clause.pick:
        return False
    if "every_project" in u.asks:  # "die Gesamtförderung aller Projekte"
        return True
    if u.comparative and not (u.filters.any() or u.overall):  # "Welches Projekt bekam also
        return False  # mehr?" right after two: a comparison of those, not a ranking of all
    words = phrases().project_exists
    if u.plural_pronoun or _asks_others_named(clause.text, kb) or \
            has_phrase(tokens, phrases().link_demonstratives) or not any(
            " ".join(tokens[i:i + n]) in words["of_all"] and (
                i == 0 or tokens[i - 1] not in words["of_all_not_after"])
            for n in (1, 2, 3, 4) for i in range(len(tokens) - n + 1)):
        return False
    pointing = [t for i, t in enumerate(tokens)  # ("were there projects …?": no "there" of a
                if " ".join(tokens[max(0, i - 1):i + 1]) not in words["openings"]]  # place)
    return not u.pronoun or not has_phrase(pointing, vocabulary().phrase_sets["pronouns"])


def _talked_of(own: tuple[str, ...], state: State) -> tuple[str, ...]:
    """The projects "other" leaves out: the subject, and, when the last answer followed a link
    to it, the project it came from ("which other projects ended in 2023?" right after
    P.I.L.O.T. and its follow-up leaves out both)."""
    if not own or not state.hop or own != state.projects:
        return own
    return tuple(dict.fromkeys((*own, *state.earlier)))


Ran = tuple[Answer, tuple[str, ...]]  # an answer and the subject it leaves


def _special_clause(clause: Clause, u: Understanding, own: tuple[str, ...], state: State,
                    kb: KnowledgeBase) -> Ran | None:
    """The same year as another, a "why", the same lead, what happened after the end."""
    if clause.same_as and own and u.filters.mode == "active" and \
            claim_of(normalize(clause.text).split()) == "overlap" and \
            None not in (kb.projects[own[0]].start, kb.projects[own[0]].end):
        listed = _against_list(("during", "active", "run"), replace(u, projects=own[:1]), kb)
        listed.projects = tuple(dict.fromkeys((own[0], *listed.projects)))  # (it is named)
        if clause.yes_no:  # "did any other project overlap with InnoReAct?"
            listed.lines.insert(0, Line("verdict_yes" if listed.listed else "verdict_no", {}))
        return listed, own[:1]  # "which ran in parallel with P.I.L.O.T.?": to the month the
        # page gives (its run, not its years: P.I.L.O.T. Next Level began after it, in April
        # 2023)
    if clause.same_as and own:  # "…, and which other project ended the same year?": the
        month = claim_of(normalize(clause.text).split()) == "same_month"  # (or month)
        return _same_time_as(replace(u, projects=own[:1]), kb, bool(u.projects), month,
                             own == state.projects, clause.yes_no), own[:1]
    if clause.years_compared:  # "did more projects start in 2016 or in 2020?"
        return _years_counted(clause.years_compared, u, kb), ()
    if clause.counts_compared:  # "did Hamburg or Schleswig-Holstein fund more projects?"
        return _counts_compared(clause.counts_compared, u, kb), ()
    if clause.against and u.projects:  # "which were still running when P.I.L.O.T. started?"
        return _against_list(clause.against, u, kb), u.projects[:1]
    if gap := _gap(clause, u, state, kb):  # "How long was the gap?" after two projects
        return gap, gap.projects
    if why := _why(clause, u, own, kb):  # "Why did BFCC end early in 2018?"
        return why, why.projects[:1]
    if clause.yes_no and (same := _same_lead(u, clause.text, state, kb)):
        return same, same.projects  # "was it the same institution that led BONEBANK?"
    if clause.lasting and not u.projects and narrows(u.filters, kb) and \
            len(found := select(kb, u.filters).ids) == 1 and own[:1] != found:  # "is the
        own = found  # fracture registry still running?": the one project the thing's words
        # name, also while another project is talked about (the biobank is BONEBANK's)
    if clause.lasting and own and not (clause.lasting in LASTING_CONTINUED and
                                       kb.projects[own[0]].continued_by):
        fate = has_phrase(normalize(clause.text).split(), phrases().lasting["fate"])
        return _still_there(own[0], clause.lasting, u, kb, fate), own[:1]  # "Gibt es die
        # Biobank heute noch?", "Was the biobank closed?" (a network a follow-up continues, as
        # P.I.L.O.T.'s: its status says so)
    if clause.after_end and own and u.intent not in (*RELATION_INTENTS, "status") and \
            not clause.yes_no or clause.after_end and clause.yes_no and own and \
            not u.filters.any() and u.intent not in RELATIONS:  # ("Was it continued after it
        # ended?" asks whether it has a follow-up: the page says)
        return _after_end(own[0], u, kb), own  # "what happened to the stem cells after …?"
    return None


PLACE_ASKED = ("places", "funding")  # "woher kam …?" scores money too ("where from")


def _nth_partner(u: Understanding, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "woher kam der dritte?", "where was the third one from?" right after one project's
    partners: where the partner at that place of the list came from (the page gives the
    partners in that order), with the partners again; not the project's places."""
    if state.intent != "partners" or len(state.projects) != 1 or u.projects or \
            u.ordinal is None or u.filters.any() or u.intent not in PLACE_ASKED or \
            state.projects[0] not in kb.projects:
        return None
    partners = kb.projects[state.projects[0]].partners
    if not 0 < u.ordinal <= len(partners) or not partners[u.ordinal - 1].country:
        return None
    pid = state.projects[0]
    answer = partners_by_place(about_projects("partners", (pid,), kb, u.language), (pid,),
                               (partners[u.ordinal - 1].country,), kb, u.language)
    answer.intent = "places"
    return answer


def _about_which(clause: Clause, u: Understanding, own: tuple[str, ...], state: State,
                 kb: KnowledgeBase
                 ) -> tuple[Ran | None, Clause, Understanding, tuple[str, ...]]:
    """Which project the clause is about: one a description or an ordinal picks from the last
    list, the one a link just reached, one named back; or the question which is meant."""
    if clause.yes_no and clause.pick:  # "was the Hamburg one a success?": the described
        described = _described_in_claim(clause, state, kb)  # words pick, the rest claims
        if described is not None and len(described[0]) != 1:
            return ((_clarify(described[0], u.intent, kb, u.language) if described[0] else
                     _which_project(u.intent or "overview", kb, u.language)), own), \
                clause, u, own
        if described is not None:
            u, own = described[1], described[0]
            clause = replace(clause, understanding=u, pick=False)
    chosen = () if clause.yes_no else _from_last_list(clause, state, kb)  # "the one in
    if len(chosen) > 1:  # Odense", "who funded the Hamburg one?": one of the last list
        return (_clarify(chosen, u.intent, kb, u.language), own), clause, u, own
    if chosen and _bare_pick(clause, state) and \
            select(kb, u.filters, _pick_pool(state)).ids == chosen:  # "and the one with
        # Belgium in it?" right after a list: that list narrowed, as a list
        return (list_answer("list", u.filters, kb, u.language, _pick_pool(state)), chosen), \
            clause, u, own
    if chosen:  # its description only picked it: the question is about that project
        u = replace(u, projects=chosen, filters=Filters(mode=u.filters.mode), singular=False)
        clause, own = replace(clause, understanding=u, pick=False), chosen
    by_place = _by_ordinals(clause, state) or _by_ordinal(u, state, kb)
    if by_place and clause.yes_no:  # "did the first one have Japan too?": the first of the
        u = replace(u, projects=by_place)  # last choices is the subject of the claim
        clause, own = replace(clause, understanding=u), by_place
    elif clause.yes_no and u.ordinal is not None and not u.projects and \
            one_of_several(tokens := normalize(clause.text).split()) and \
            not predicate(tokens):  # with no choices to count in ("was it the first
            # transnational one?" claims it of the subject),
        return (_which_project(u.intent or "overview", kb, u.language), own), clause, u, own
    if clause.hop_kind and own and len(u.projects) < 2 and _reached(own, clause.hop_kind, state,
                                                                     kb):
        # "what regions did the new one target?" right after "MAGIA was continued by
        # MAGIA2Market": the new one is the project just reached, no step further (but "Is
        # MAGIA2Market the successor of MAGIA?" names both ends of the link: a claim of it)
        u = without_relations(u)
        if u.intent is None:  # "Was macht das Nachfolgeprojekt?": what it is
            u = replace(u, intent="overview", scores=(("overview", 1.0),))
        clause = replace(clause, understanding=u, hop=None, hop_kind=None)
    if (back := _named_back_clause(clause, own, kb)) is not clause:  # "… funded that
        clause, u = back, back.understanding  # predecessor?" of MAGIA: MAGIA
    if (against := _compared_with_linked(clause, own, kb)) is not clause:  # "did it run
        clause, u, own = against, against.understanding, against.understanding.projects
        # longer than its predecessor?": MAGIA2Market against MAGIA
    hop = state.hop or _listed_link(u, state)
    if not clause.hop and hop and u.projects and _noun_left_out(clause.text):
        # "und der von HIHeal?" after "seit wann läuft der Nachfolger von P.I.L.O.T.?":
        # HIHeal's follow-up, and the same question of it
        asked = u if u.intent in PROJECT_BUILDERS or state.intent not in PROJECT_BUILDERS else \
            replace(u, intent=state.intent, scores=((state.intent, 3.0),))
        clause = replace(clause, understanding=asked, hop=hop)
    if winner := _claimed_of_ranked(clause, state, kb):  # "Is the newest project still
        intent = _claimed_intent(u, clause.text) or u.intent  # running?": of the newest
        u = replace(u, projects=winner, superlative=None, of_ranked=False, intent=intent,
                    scores=tuple((i, v) for i, v in u.scores if i != "superlative"))
        clause, own = replace(clause, understanding=u), winner
    return None, clause, u, own


def _bare_pick(clause: Clause, state: State) -> bool:
    """ "and the one with Belgium in it?", "und das mit Odense?" right after a list: a
    description that asks nothing of its own ("the one with polish partners" asks no partners)
    and so narrows the list."""
    return clause.pick and not clause.yes_no and state.intent is None and \
        bool(state.last_list) and not _question_word_in(clause)


RANKED_NOUNS = frozenset({"project", "projekt", "vorhaben"})


def _claimed_intent(u: Understanding, text: str) -> str | None:
    """What a yes/no claim about a ranked project checks where its superlative took the
    intent ("Did the oldest project have Danish partners?": partners): the next intent its
    words score, else the kind of the condition it names (a place, a funder). Only of a
    project ranked ("is that the largest amount?" ranks an amount), named by its noun or by
    a claim only a project has: whether it still ran ("Lief das längste 2023 noch?")."""
    if u.intent != "superlative":
        return u.intent
    scored = [i for i, _ in sorted(u.scores, key=lambda s: -s[1])
              if i in PROJECT_BUILDERS and i not in ("overview", *RELATION_INTENTS)]
    if RANKED_NOUNS.isdisjoint(normalize(text).split()) and scored[:1] != ["status"]:
        return u.intent
    f = u.filters
    return scored[0] if scored else "places" if f.places else "funding" if f.funders else \
        "partners" if f.organisations else None


def _claimed_of_ranked(clause: Clause, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """The one project a superlative names as the subject of a yes/no claim ("Is the newest
    project still running?"; not a comparative: "kam Japan später dazu?" compares)."""
    u = clause.understanding
    intent = _claimed_intent(u, clause.text)
    if not clause.yes_no or not u.of_ranked or u.comparative or u.projects or \
            u.ordinal is not None or intent not in PROJECT_BUILDERS or \
            intent in ("overview", *RELATION_INTENTS):
        return ()
    ranked = _ranked_by_words(replace(u, filters=Filters(mode=u.filters.mode)), state, (),
                              _referred_list(u, state, kb), False, kb)  # (what it claims of the
    winner = (ranked.focus or ranked.projects) if ranked and ranked.answered else ()  # one
    return winner if len(winner) == 1 else ()  # ranked, "Partner aus Polen?", ranks nothing)


def _ranked_by_words(u: Understanding, state: State, projects: tuple[str, ...],
                     base: tuple[str, ...] | None, list_words: bool, kb: KnowledgeBase
                     ) -> Answer | None:
    """The ranking a message's superlative words ask for, whatever else it asks ("the newest
    project" of "who funded the newest project?")."""
    ranking = replace(u, intent="superlative", scores=(("superlative", 3.0),))
    return _compared(ranking, state, "superlative", projects, base, list_words, kb)


def _hop_named(clause: Clause, u: Understanding, state: State, kb: KnowledgeBase
               ) -> tuple[Clause, Understanding]:
    """ "Welche Zielmärkte gab es davor bei MAGIA?" after MAGIA2Market: the step ("davor") ends
    at the project named, so the question is of that project, not of its own predecessor."""
    talked = kb.projects.get(state.projects[0]) if state.projects else None
    if not (clause.hop and u.projects and talked) or \
            not set(u.projects) <= set(linked(talked, clause.hop)):
        return clause, u
    u = without_relations(u)
    return replace(clause, understanding=u, hop=None, hop_kind=None), u


def _linked_or_again(clause: Clause, u: Understanding, own: tuple[str, ...], state: State,
                     kb: KnowledgeBase) -> Ran | None:
    """A step along a link, a comparison or a yes/no claim asked again of another project."""
    if clause.hop_kind and not clause.hop and clause.yes_no and own and not u.projects:
        clause = replace(clause, hop=clause.hop_kind)  # "did the follow-up target Japan?"
        reached = _hop(clause, own, state, kb)
        if reached[0].claim:
            return reached
        clause = replace(clause, hop=None)
    if clause.hop and not own:  # "wann lief das übergeordnete davon?" right after a list
        own = _link_in_list(clause.hop, state, kb)  # of BRIDGE 53 and HIHeal: the one of them
    if clause.hop and own:  # the other one's link reaches
        return _hop(clause, own, state, kb)
    if (against := _compared_again(clause, state, kb)) is not None:
        return against, against.projects[:1]  # "und wie sieht es mit BFCC im Vergleich aus?"
    if (claim := _claim_carried(clause, own, state, kb)) is not None:
        return _hop(claim, own, state, kb)  # "and the follow-up?" after "is HIHeal still
        # running?": the same yes/no of the project reached
    if clause.hop_kind and (clause.elliptic or clause.bare_link and state.unsaid) and own and \
            state.intent in PROJECT_BUILDERS and state.intent not in RELATION_INTENTS:
        # "und beim Vorgänger?" after "wer förderte?"; "and its predecessor?" after a question
        # the page didn't answer of this one
        asked = replace(u, intent=state.intent, scores=((state.intent, 3.0),))
        return _hop(replace(clause, understanding=asked, hop=clause.hop_kind), own, state, kb)
    if not clause.yes_no and state.checked and (
            said := about_again(clause.text, state.checked[0], u.language)) and (
            again := recheck_about(said, state.checked, kb, u.language, state.checked_about)):
        return again, again.projects[:1]  # "and about job creation too?" after "Was ELISE
        # about healthy and active ageing?"
    if not clause.yes_no and state.checked and asks_check_again(clause.text, u, kb):
        again = recheck(clause.text, u, state.checked, kb, state.checked_about)  # "what about
        # KI#CK?" after a yes/no
        if again:
            return again, again.projects[:1]
    return None


def _link_in_list(kind: str, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """Where a link noun asks of the last list ("the parent one of those", "das übergeordnete
    davon"), the one project of it whose link reaches another of it, with that one (none
    where no such link or several)."""
    starts = [(p, reached) for p in state.last_list if p in kb.projects and
              (reached := linked(kb.projects[p], kind)) and set(reached) <= set(state.last_list)]
    return (starts[0][0], *starts[0][1]) if len(starts) == 1 else ()


def _claim_carried(clause: Clause, own: tuple[str, ...], state: State, kb: KnowledgeBase
                   ) -> Clause | None:
    """A link noun alone right after a yes/no claim about the project it starts from: that
    claim, asked of the project the link reaches (also with that project named again: "und
    das Nachfolgeprojekt von HIHeal?" after "Und HIHeal?", still running)."""
    u = clause.understanding
    if not (clause.hop_kind and clause.bare_link and own and u.projects in ((), own[:1]) and
            not clause.hop
            and state.checked[1:2] == own[:1] and state.intent in PROJECT_BUILDERS and
            state.intent not in RELATION_INTENTS):
        return None
    said = state.checked[0]
    claimed = understand(said, kb, u.language)
    asked = replace(claimed, language=u.language, intent=state.intent,
                    scores=((state.intent, 3.0), *claimed.scores))
    return replace(clause, text=said, understanding=asked, yes_no=True, hop=clause.hop_kind)


def _only_of_list(pid: str, state: State, kb: KnowledgeBase, lang: str) -> Answer | None:
    """ "was MAGIA the only one?" right after "which projects had partners from Italy?": the
    claim names no condition of its own, so it is the last list's; no where that list names
    others (not the parts listed with a project), None where the project stood alone in it or
    not at all (the list's condition is not kept, so it can't be checked again)."""
    others = tuple(p for p in state.last_list if p != pid and p not in state.list_parts)
    if pid not in state.last_list or not others:
        return None
    result = Answer("list", projects=(pid, *others))
    result.add("verdict_no")
    result.add("only_others_listed", items=project_names(others, kb))
    result.listed = state.last_list
    return result


def _claimed(clause: Clause, u: Understanding, own: tuple[str, ...], subject: tuple[str, ...],
             state: State, kb: KnowledgeBase
             ) -> tuple[Ran | None, Understanding, tuple[str, ...]]:
    """A yes/no claim: of each of the last list, a superlative, of each of a group, or of the
    subject (or the list). Without an answer, the subject the claim chose goes on."""
    claim = claim_of(normalize(clause.text).split())
    if clause.yes_no and u.list_reference and state.last_list and claim in ("running", "ended"):
        return (check_each(state.last_list, claim, kb, u.language), own), u, own  # "Läuft
        # davon noch eins?"
    if clause.yes_no and not comparison(normalize(clause.text).split()) and (
            top := _superlative_claim(u, own, state, kb)):  # (not "longer than BONEBANK?")
        return (top, own), u, own  # "Is that the biggest amount on the page?"
    if clause.yes_no and len(u.projects) == 1 and narrows(u.filters, kb) and \
            only_project(clause.text, kb.projects[u.projects[0]]) and \
            (alone := check_only(u, u.projects[0], kb, u.language)):
        alone.claim = ()  # "did only BFCC get Interreg money?": no, BONEBANK and ELISE too
        return (alone, alone.projects), u, own
    if clause.yes_no and len(u.projects) == 1 and not narrows(u.filters, kb) and \
            only_project(clause.text, kb.projects[u.projects[0]]) and \
            (alone := _only_of_list(u.projects[0], state, kb, u.language)):
        return (alone, alone.projects), u, own  # "was MAGIA the only one?" after a list
    group = _group(replace(u, list_reference=True) if _they_all(clause, u) else u, state, kb) \
        if clause.yes_no and not clause.any_project else ()
    if u.rest and len(group) == 1:  # "the rest were in Hamburg?" of one left: a claim of it
        u, own, group = replace(u, projects=group), group, ()
    if clause.yes_no and not group and len(u.projects) >= 2 and only_one_of(clause.text):
        group = u.projects  # "did only one of ELISE and BFCC get Interreg money?"
    against = ()
    if clause.yes_no and not group and len(u.projects) == 1 and u.list_reference and \
            not clause.any_project and \
            (comparison(tokens := normalize(clause.text).split()) or order_words(tokens) or
             claim in ("same_year", "same_month")):  # "Endeten die im selben Jahr wie …?"
        against = u.projects  # "did either of them run longer than ELISE?", "began both of
        group = tuple(p for p in _group(replace(u, projects=()), state, kb)  # them before
                      if p not in against)  # it?": each of the two against the one named
    each = check_all(u, clause.text, group, kb, u.language, clause.some_of, against) \
        if group else None
    if not each and clause.some_of and len(group) > LIST_EACH and narrows(u.filters, kb):
        each = check_list(u, kb, u.language, group, clause.text)  # "were any of them about
        # bones?" after six projects: those of them it holds for (was the claim of one)
    if each:  # "so both got state money from SH?": the claim of each of them
        each.claim = ()
        return (each, group), u, own
    if (clause.all_of or u.rest) and claim not in PAIR_CLAIMS and narrows(u.filters, kb) and \
            (every := check_every(u, kb, u.language, group or None, clause.text)):
        every.claim = ()  # "Was LSN the lead partner in every project?": of each, not of one
        return (every, every.focus or own), u, own
    if not (clause.yes_no or _bare_place(u, state)):
        return None, u, own
    if len(own) < 2 and len(state.choices) >= 2 and claim in ("same_year", "same_month"):
        own = state.choices[:2]  # "so they started in the same year?" after a comparison
    elif len(own) < 2 and claim in PAIR_CLAIMS and \
            len(pair := group or _pair(state, replace(u, filters=Filters())) or ()) == 2:
        own = pair  # "also endeten die beiden im selben Jahr?", "did they overlap?" after
        # one project, then another: a claim of two is about those two
    if not clause.any_project and (origin := org_origin(u, clause.text, kb)) is not None:
        return (origin, origin.projects[:1]), u, own  # "is oncampus from Lübeck?"
    if not clause.any_project and (kind := org_kind(u, clause.text, kb)) is not None:
        return (kind, kind.projects[:1]), u, own  # "is oncampus a university?"
    if not clause.any_project and (maker := _made_elsewhere(u, own, clause.text, kb)):
        own, subject, u = maker, maker, replace(u, projects=maker)  # "Hat LSN den
        # Kompetenzatlas entwickelt?" right after MAGIA: BONEBANK's atlas, so the claim is
        # about BONEBANK (as "… bei BONEBANK …?" is), not checked against MAGIA; asked
        # first, too ("Did Hamburg build the registry?": BFCC's, whose maker the page names)
    others = bool(own) and not u.projects and clause.yes_no and \
        not asks_others(normalize(clause.text).split()) and \
        _asks_others_named(clause.text, kb)  # "Hat LSN auch in andere Interreg Deutschland-
    # Danmark Projekte mitgemacht?" after BONEBANK: the projects besides it, of that funder
    listing = not own or dict(u.scores).get("list", 0) >= 3 or bool(clause.any_project) or others
    if listing and claim in ("running", "ended") and not own and not clause.any_project and \
            dict(u.scores).get("status", 0) >= 3 and narrows(u.filters, kb) and \
            len(found := select(kb, u.filters).ids) == 1:  # "Is the project with the biobank
        listing, own = False, found  # still running?": the status of the one it describes
        u = replace(u, projects=found, filters=Filters(), intent="status")
    if listing and not own and not clause.any_project and (found := _thing_at(u, kb)):
        listing, own = False, found  # "War Odense auch Standort der Biobank?": where the
        u = replace(u, projects=found, filters=Filters(places=u.filters.places))  # thing was
    first = _subject_first(u, own, state.projects if subject == u.projects else subject,
                           clause.text, kb)
    pool = tuple(p for p in kb.projects if p not in own) if clause.any_project == "other" or \
        others else None  # "Gab es ein vergleichbares Vorhaben …?" besides the one talked about
    if len(first) == 2 and first[0] in u.projects and first[1] not in u.projects:
        u = replace(u, projects=first)  # "Gehörte BRIDGE 53 dazu?": the claim names both
    if listing and not own and _claims_else_of_place(u, clause):
        return None, u, own  # "will it rain in Odense?", "is it cold in Lübeck?": a word the
        # page never uses said of a place, no claim that a project was there
    checked = check_list(u, kb, u.language, pool, clause.text) if listing else None
    if checked is None and (not listing or u.projects):  # "War ELISE ein Projekt mit Geld vom
        checked = check(u, clause.text, first, kb, u.language, state.intent)  # ESF?": ELISE's
    if not checked:
        return None, u, own
    if clause.disputed and (kind := verdict_of(checked)) in ("yes", "no"):
        checked.lines[0] = replace(checked.lines[0], key=f"disputed_{kind}")  # "who's right?"
    if clause.either and verdict_of(checked) in ("yes", "no") and len(checked.lines) > 1:
        checked.lines = checked.lines[1:]  # "was LSN lead on BFCC or just a partner?": which
        # of the two, told by the facts; a "Yes" would answer the first alone
    checked.claim = () if listing else (clause.claim_text or clause.text, *first)
    if claim in PAIR_CLAIMS and len(checked.projects) > 1 and not checked.focus and \
            not _it_against_named(first, u, clause.text, kb):
        return (checked, checked.projects), u, own  # "so all three started in 2016?"
    return (checked, checked.focus or (checked.projects[:1] if not checked.listed else own)), \
        u, own


def _it_against_named(first: tuple[str, ...], u: Understanding, text: str,
                      kb: KnowledgeBase) -> bool:
    """ "was it running at the same time as InnoReAct?": the project talked of, pointed at
    before the one the message names, claimed of beside it; "it" next is still that project
    (as after "did it start before InnoReAct?"), not the pair."""
    return len(first) == 2 and first[0] not in u.projects and first[1] in u.projects and \
        _pointed_before_named(text, first[1], kb)


def _made_elsewhere(u: Understanding, own: tuple[str, ...], text: str, kb: KnowledgeBase
                    ) -> tuple[str, ...]:
    """A claim naming no project and pointing at none ("it", "there"), of a thing a project
    made that one other project than the one talked about made: that project, which the
    claim is about. The thing is a "product" topic said of Life Science Nord ("Hat LSN den
    Kompetenzatlas entwickelt?") or any thing made claimed of a maker ("Hat die UKSH die
    Biobank aufgebaut?", "Did LSN build the registry?"); none otherwise ("was a business
    model developed?" asks of the one talked about, "no" with where one was)."""
    f = u.filters
    if u.projects or u.pronoun or not f.topics:
        return ()
    things = f.topics if u.self_mentioned and all(
        kb.topics[t].kind == "product" for t in f.topics) else claimed_made(u, text, kb)
    if not things:
        return ()
    owners = select(kb, Filters(topics=things)).ids
    return owners if len(owners) == 1 and owners[0] not in own else ()


def _thing_at(u: Understanding, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "War Odense auch Standort der Biobank?", "was the registry in Odense?": a place claimed
    of a thing ("product" asked) that one project had is that project's places claim, not
    whether a project had both."""
    if u.intent not in ("places", None) or not (u.filters.places or u.elsewhere):
        return ()  # ("war die Biobank nur in Lübeck?": no intent but the place)
    found = _thing_owners(u, kb)
    return found if len(found) == 1 else ()


def _bare_place(u: Understanding, state: State) -> bool:
    """ "Und Japan?", "and Odense?" right after the places of one project: a claim that it was
    one of them too (yes or no), not the same places again."""
    f = u.filters
    # a place the page never names ("and in Kiel?") or a funder's city after "in" ("and in
    # Hamburg?", the page's city and funder) is claimed the same way
    place = f.places or u.elsewhere or len(f.funders) == 1 and u.token_count >= 2 and \
        f.funders[0] in funder_cities()
    return state.intent == "places" and len(state.projects) == 1 and bool(place) and \
        u.intent is None and not u.projects and u.token_count <= 3 and \
        not (f.places and f.funders or f.topics or f.years or f.organisations)


def _same_lead(u: Understanding, text: str, state: State, kb: KnowledgeBase
               ) -> Answer | None:
    """ "Was it the same Lübeck institution that led BONEBANK?" of KI#CK's partner: whether
    an organisation of the project talked about led the one named (the organisations, not
    their city)."""
    tokens = normalize(text).split()
    if len(u.projects) != 1 or len(state.projects) != 1 or u.projects == state.projects[:1] or \
            dict(u.scores).get("lead", 0) <= 0 or not set(tokens) & phrases().likeness:
        return None
    mine, other = kb.projects[state.projects[0]], kb.projects[u.projects[0]]
    if not other.lead:
        return None
    orgs = {*mine.lead, *(p.org for p in mine.partners)}
    facts = merge([about_projects("partners", (mine.id,), kb, u.language),
                   about_projects("lead", (other.id,), kb, u.language)], (mine.id, other.id))
    return verdict("yes" if orgs & set(other.lead) else "no", facts, "lead",
                   (mine.id, other.id))


def _compared_again(clause: Clause, state: State, kb: KnowledgeBase) -> Answer | None:
    """ "And how does BFCC compare?" right after a comparison: the same comparison of the
    project named and the one just ranked first."""
    u = clause.understanding
    # ("and compared to BFCC, which got more money?" after ELISE: that ranking of the two)
    ranking = _ranking(u, state) if u.superlative and u.comparative else None
    if not (ranking or state.ranking) and len(state.projects) == 1 and \
            not u.asks - {"names"} and has_phrase(normalize(clause.text).split(),
                                                  phrases().compare_figure):
        # "how does that compare to ELISE's grant?" after KI#CK's money: the two by that figure
        # (the one the question names, or else the one just given)
        measure = u.intent if u.intent in COMPARED_AS else state.intent if u.intent in (
            None, "overview", state.intent) else None
        ranking = COMPARED_AS.get(measure or "")
    if clause.yes_no or not (ranking or state.ranking) or len(u.projects) != 1 or \
            not state.projects or u.projects[0] == state.projects[0] or \
            u.superlative and not ranking or not clause.compare_with:
        return None
    if "difference" in u.asks:  # "by how many months compared to MAGIA2Market?": how far the
        return difference_answer(ranking or state.ranking or "",  # one just ranked first and
                                 (state.projects[0], u.projects[0]), kb, u.language)  # it differ
    pair = (u.projects[0], state.projects[0])
    ranked = superlative_answer(ranking or state.ranking or "", Filters(), kb, u.language, pair)
    name_the_others(ranked, pair, kb, u.language)
    ranked.focus = ranked.projects
    ranked.projects = tuple(dict.fromkeys((u.projects[0], *ranked.projects, *pair)))
    return ranked


def _superlative_claim(u: Understanding, own: tuple[str, ...], state: State,
                       kb: KnowledgeBase) -> Answer | None:
    """ "Was BONEBANK the longest project?": the ranking over all projects (or the list referred
    to: "of the three"), and whether the one claimed leads it (unknown where the page gives no
    figure of it)."""
    ranking = _ranking(u, state)
    if u.intent != "superlative" and u.superlative not in SIZES:  # "the first fracture
        return None  # registry": a first of something else, not of the projects
    if not u.superlative or u.comparative or u.ordinal is not None or len(own) != 1 or \
            ranking is None or \
            ranking in SIZES or (u.projects and u.projects != own):
        return None
    among = _referred_list(u, state, kb) if u.list_reference else None  # "war das das kürzeste
    # von den dreien?": of the list referred to, not of every project
    ranked = superlative_answer(ranking, u.filters, kb, u.language,
                                among if among and len(among) > 1 else None,
                                named_too=_named_too(u, state))
    if not ranked.answered:
        return None
    pid = own[0]
    vague = any(line.key.startswith("sup_uncertain") for line in ranked.lines)  # not to the day
    kind = "yes" if pid in ranked.projects else "unknown" if vague else \
        "no" if pid in ranked_known(kb, ranking) else "unknown"  # may tie or lead
    if among and len(among) > 1:  # each one's figure, as "welches davon lief am kürzesten?"
        name_the_others(ranked, among, kb, u.language)  # (after the verdict: the winners)
        ranked.projects = tuple(dict.fromkeys((*ranked.projects, *among)))
    # ("Yes" for the one the ranking names first, with its "may tie" said, as "which was
    # the shortest?" names it)
    result = verdict(kind, ranked, "superlative", tuple(dict.fromkeys((pid, *ranked.projects))))
    result.facts, result.ranking = [*ranked.facts], ranked.ranking
    return result


def _besides(result: Answer, clause: Clause, own: tuple[str, ...], kb: KnowledgeBase) -> Answer:
    """ "which other projects did the Land fund?" in a chat about one of them: the rest."""
    u = clause.understanding
    if result.intent == "amount" and own and not u.projects and set(result.projects) <= set(
            own) and asks_others(normalize(clause.text).split()):  # "which other project has
        others = tuple(p for p in kb.projects if p not in own)  # an amount too?": the rest
        result = amounts_answer(u.filters, kb, u.language, others, listing=True)
        result.intent, result.listed = "list", result.projects
        result.lines.insert(0, Line("list_besides", {"items": project_names(own, kb)}))
        return result
    if result.intent in ("list", "count") and own and not u.projects and \
            set(own) & set(result.listed) and _asks_others_named(clause.text, kb):
        result = list_answer(result.intent, u.filters, kb, u.language,
                             tuple(p for p in kb.projects if p not in own))
        result.lines.insert(0, Line("list_besides", {"items": project_names(own, kb)}))
        if not result.listed:
            return _besides_outside(result, u, own, kb) or result
    return result


def _asks_others_named(text: str, kb: KnowledgeBase) -> bool:
    """ "welche anderen Projekte …", and with a name between "other" and the noun: "in andere
    Interreg Deutschland-Danmark Projekte", "other COSME projects" (read without the names)."""
    tokens = normalize(text).split()
    if asks_others(tokens):
        return True
    if phrases().project_exists["others"].isdisjoint(tokens):
        return False
    named = {i for m in named_in(tokens, kb) if m.kind != "project"
             for i in range(m.start, m.end)}
    return bool(named) and asks_others([t for i, t in enumerate(tokens) if i not in named])


def _besides_outside(result: Answer, u: Understanding, own: tuple[str, ...],
                     kb: KnowledgeBase) -> Answer | None:
    """ "what other projects were in HealthRegion?" after BFCC: an initiative beyond Life
    Science Nord had projects the page never lists, so "none" would be said from silence; what
    the page gives is the link of the project talked about."""
    outside = [t for t in u.filters.topics if kb.topics[t].kind == "initiative"]
    if not outside:
        return None
    told = Answer(result.intent, own, answered=False)
    told.add("list_besides_outside", parent=term(kb.topics[outside[0]], u.language))
    for pid in own:
        if kb.projects[pid].part_of_external in outside:
            told.build("part_of", kb.projects[pid], kb, u.language)
    return told


LASTING_CONTINUED = frozenset({"network", "netzwerk", "kooperationsnetzwerk"})
LASTING_FIELDS = ("results", "activities", "goals", "summary")


def _still_there(pid: str, thing: str, u: Understanding, kb: KnowledgeBase,
                 fate: bool = False) -> Answer:
    """Whether a thing a project made is still there or in use today: the page says what was
    made and when the project ran, not what became of it; the project being over is no answer
    about its results. With the page's words that name the thing."""
    p, lang = kb.projects[pid], u.language
    result = Answer("status", projects=(pid,), answered=False)
    result.add("fate_unknown" if fate else "lasting_unknown")  # "was it closed?" / "today?"
    if p.end:
        result.add("lasting_ran_until", name=Bold(p.name), end=fmt_date(p.end, lang))
    stem = thing[:5]
    field = next((f for f in LASTING_FIELDS if getattr(p, f) and
                  stem in normalize(getattr(p, f).get(lang))),
                 "results" if p.results else "summary")
    said = Answer(field, projects=(pid,), asks=u.asks)
    if field == "summary":
        said.add("raw", text=p.summary.get(lang))
        said.facts.append((pid, "summary"))
    else:
        said.build(field, p, kb, lang)
    result.lines.extend(said.lines)
    result.facts = [*said.facts]
    return result


def _after_end(pid: str, u: Understanding, kb: KnowledgeBase) -> Answer:
    """What happened after a project ended: the page names a follow-up for some; about
    anything else after the end it says nothing."""
    project = kb.projects[pid]
    if project.continued_by:
        result = about_projects("follow_up", (pid,), kb, u.language)
        result.answered = False
    else:
        result = Answer(u.intent or "overview", projects=(pid,), answered=False)
    result.lines.insert(0, Line("after_end_unknown", {"name": Bold(project.name)}))
    return result


def _same_time_as(u: Understanding, kb: KnowledgeBase, named: bool = True,
                  month: bool = False, said_before: bool = False, yes_no: bool = False
                  ) -> Answer:
    """ "Which projects ended in the same year as ELISE?": its year (or its month: "which other
    project ended in the same month?") as a list condition, after its own dates where the
    message names it (a clause after "when did it end?" has them; an answer before it too).
    Asked yes or no ("did any other project end the same month?"), the list says which, after
    the verdict."""
    project = kb.projects[u.projects[0]]
    start, end = project.start, project.end
    years = (end.year, end.year) if u.filters.mode == "ended" and end else \
        (start.year, start.year) if u.filters.mode == "started" and start else \
        (start.year, end.year) if start and end else None
    date = {"ended": end, "started": start}.get(u.filters.mode or "")
    if years is None or month and not (date and date.month):  # (a month by a year alone: no)
        return about_projects("dates", u.projects, kb, u.language)
    others = tuple(p for p in kb.projects if p != project.id)
    filters = replace(u.filters, years=years, year_kind="range" if years[0] != years[1]
                      else "year", month=date.month if month and date else None)
    which = {"ended": "end", "started": "start"}.get(u.filters.mode, "dates")
    listed = list_answer("list", filters, kb, u.language, others)
    if yes_no:
        listed.lines.insert(0, Line("verdict_yes" if listed.projects else "verdict_no", {}))
    if not named:  # a clause after "when did it end?": that one has said its date (an answer
        if not said_before:  # before this message too: the list speaks of the others alone)
            listed.projects = (project.id, *listed.projects)
        return listed
    verdict = listed.lines[:1] if yes_no else []
    del listed.lines[:len(verdict)]
    result = merge([about_projects(which, u.projects[:1], kb, u.language),  # the years it is
                    listed], u.projects[:1])
    result.lines[:0] = verdict  # ("Yes. InnoReAct ended on …")
    result.intent = "list"  # measured by: "MAGIA ran from 2018 to 2019. Projects …"
    return result


def _against_list(against: tuple[str, str, str], u: Understanding, kb: KnowledgeBase
                  ) -> Answer:
    """ "Which projects were still running when P.I.L.O.T. started?", "welche begannen nach dem
    Ende von BFCC?": the others measured against its date (or its run), at the page's precision;
    where the page lacks that date, its dates and that it can't tell."""
    relation, own, event = against
    project = kb.projects[u.projects[0]]
    needed = (project.start, project.end) if event == "run" else \
        (project.start if event == "start" else project.end,) if event != "length" else \
        ((bounds := duration_bounds(project)) and bounds[0] == bounds[1] or None,)  # ("longer
    if None in needed:  # than MAGIA", 2018 to 2019: its length the page doesn't settle)
        result = about_projects("duration" if event == "length" else "dates", u.projects[:1],
                                kb, u.language)
        result.answered = False
        return result
    dated = {} if u.filters.years else {"years": None, "mode": "active", "month": None,
                                         "also_years": ()}  # ("started" of the other one)
    filters = replace(u.filters, **dated, against=(relation, own, project.id, event))
    scores = dict(u.scores)  # ("how many projects ran longer than KI#CK?": a ranking's
    counted = u.intent == "count" or scores.get("count", 0) > scores.get("list", 0)  # words too)
    result = list_answer("count" if counted else "list", filters, kb, u.language)
    result.against = against
    return result


def _years_counted(years: tuple[int, int], u: Understanding, kb: KnowledgeBase) -> Answer:
    """ "Did more projects start in 2016 or in 2020?", "wie viele begannen 2016 und wie viele
    2020?": the count of each year (each its own, not the years between), and which has more;
    where a year's count is unsure (dates by year only, no end), not which."""
    parts = [list_answer("count", replace(u.filters, years=(y, y), year_kind="year",
                                          also_years=(), month=None), kb, u.language)
             for y in years]
    result = merge(parts, ())
    result.intent = "count"
    if any(line.key in UNSETTLED for part in parts for line in part.lines):
        return result
    (a, n), (b, m) = sorted(zip(years, (len(p.listed) for p in parts), strict=True),
                            key=lambda x: -x[1])  # (the more first; a tie in the order asked)
    key = f"years_{'tie' if n == m else 'more'}_{u.filters.mode}"
    result.lines.insert(0, Line(key, {"a": a, "b": b, "n": n, "m": m}))
    return result


UNSETTLED = frozenset({"list_unsure", "list_open_ended"})  # a count that may be more


def _counts_compared(pair: tuple[str, str, str], u: Understanding, kb: KnowledgeBase
                     ) -> Answer:
    """ "Hat Hamburg oder Schleswig-Holstein mehr Projekte gefördert?", "more projects with
    Italy or with France?": the count of each condition (each on its own, not either nor both),
    and which has more; where a count is unsure (a project the page may leave out, as BFCC's
    unnamed countries), not which."""
    kind, *ids = pair
    lang = u.language
    each = [replace(u.filters, either=False, **{kind: (i,)}) for i in ids]
    parts = [list_answer("count", f, kb, lang) for f in each]
    result = merge(parts, ())
    result.intent = "count"
    if any(line.key in UNSETTLED | {"list_maybe_there"} for part in parts for line in part.lines):
        return result
    (x, n), (y, m) = sorted(zip((conditions_in_words(f, kb, lang) for f in each),
                                (len(p.listed) for p in parts), strict=True),
                            key=lambda c: -c[1])  # (the more first; a tie in the order asked)
    result.lines.insert(0, Line("counts_tie" if n == m else "counts_more",
                                {"x": x, "y": y, "n": n, "m": m}))
    return result


def _subject_first(u: Understanding, own: tuple[str, ...], carried: tuple[str, ...],
                   text: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "Was it part of HIHeal?", "did it run longer than InnoReAct?": the carried subject
    first, then the project named ("Gehörte ELISE zur EU-Ostseestrategie?" names what it
    belonged to: ELISE is the subject)."""
    if len(u.projects) == 1 and carried and carried[0] != u.projects[0] and (
            not _initiative_named(u.filters, kb)) and not _with_other_than_project(u, text) and (
            u.pronoun and dict(u.scores).get("part_of", 0) + dict(u.scores).get("follow_up", 0)
            + dict(u.scores).get("predecessor", 0) >= 1 or  # (not "a follow-up of BFCC?")
            compared_with_named(text, kb, u.language)):
        if not compared_with_named(text, kb, u.language) and \
                _named_before_pronoun(text, u.projects[0], kb):  # "Gehörte BRIDGE 53 dazu?",
            return (u.projects[0], carried[0])  # "did MAGIA2Market follow it?": the one named
        return (carried[0], *u.projects)  # is the subject, the one talked of the other end
    return own


def _named_before_pronoun(text: str, pid: str, kb: KnowledgeBase) -> bool:
    """Whether the project's name comes before the word that points back at the project talked
    of ("Was BRIDGE 53 part of it?"), not after ("Was it part of HIHeal?")."""
    named, pointer = _name_and_pointer(text, pid, kb)
    return named is not None and pointer is not None and named < pointer


def _pointed_before_named(text: str, pid: str, kb: KnowledgeBase) -> bool:
    """Whether a word that stands for the project talked of comes before the project's name
    ("lief es gleichzeitig mit InnoReAct?"), not after it ("did BFCC use that programme?")."""
    named, _ = _name_and_pointer(text, pid, kb)
    words = phrases().subject_words  # ("es", "that" stand for it here)
    return named is not None and not words.isdisjoint(normalize(text).split()[:named])


def _name_and_pointer(text: str, pid: str, kb: KnowledgeBase) -> tuple[int | None, int | None]:
    """Where the project's name and the first word pointing back at a project stand."""
    tokens = normalize(text).split()
    names = {tuple(normalize(n).split()) for n in kb.projects[pid].names()} - {()}
    pronouns = vocabulary().phrase_sets["pronouns"]
    named = next((i for i in range(len(tokens)) for n in names
                  if tuple(tokens[i:i + len(n)]) == n), None)
    pointer = next((i for i in range(len(tokens)) for k in (1, 2, 3)
                    if " ".join(tokens[i:i + k]) in pronouns), None)
    return named, pointer


CONCURRENT_INTENTS = (None, "count", "list", "superlative", "dates", "timeline", "overview")


def _concurrent(clause: Clause, kb: KnowledgeBase) -> Answer | None:
    """ "how many projects ran at the same time at most?", "In welchem Jahr liefen die meisten
    Projekte gleichzeitig?": with no project named, how many ran at once, by year (a yes/no or
    a project named is the overlap claim of checks)."""
    u = clause.understanding
    if u.projects or clause.yes_no or u.intent not in CONCURRENT_INTENTS or \
            u.filters.any():
        return None
    tokens = normalize(clause.text).split()
    if not (has_phrase(tokens, phrases().claims["overlap"]) and
            has_phrase(tokens, phrases().concurrent_nouns)):
        return None
    return concurrent_answer("count" if u.intent == "count" else "list", kb, u.language)


def _whole_named(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "and the bigger one?", "und das größere?" (part_of's link noun, said as a comparative)
    right after a project that was part of another: that whole, asked of by name (it was which
    of the two was bigger: every size the page gives of both)."""
    u = clause.understanding
    near = tuple(p for p in dict.fromkeys((*state.projects, *state.earlier[:1]))
                 if p in kb.projects)  # (the part, or the whole just reached from it)
    if clause.hop_kind != "part_of" or not u.comparative or u.superlative not in SIZES or \
            u.projects or clause.yes_no or len(near) < 2:
        return clause  # (after one project alone the link is followed as any link noun)
    whole = next((w for p in near for w in linked(kb.projects[p], "part_of")[:1]
                  if w in kb.projects), None) or next(
        (p for p in near if set(linked(kb.projects[p], "contains")) & set(near)), None)
    if not whole:  # "which is the bigger one?" of BFCC and ELISE: which of the two, not
        return replace(clause, understanding=without_relations(u), hop=None,  # what each
                       hop_kind=None)  # was part of
    u = replace(without_relations(u), projects=(whole,), superlative=None, comparative=False,
                of_ranked=False, continuation=False)
    if u.intent is None:  # "and the bigger one?": the same asked of it, or what it is
        asked = state.intent if state.intent in PROJECT_BUILDERS and \
            state.intent not in RELATION_INTENTS else "overview"
        u = replace(u, intent=asked, scores=((asked, 1.0),))
    return replace(clause, understanding=u, hop=None, hop_kind=None)


def _part_listed(own: tuple[str, ...], kind: str, state: State, kb: KnowledgeBase
                 ) -> tuple[str, ...]:
    """ "wer hat das größere bezahlt?" right after "wann lief das größere?" answered HIHeal
    of a list of BRIDGE 53 and HIHeal: the one project of the last list whose link reaches
    the subject (which has no such link itself), with the list; none where not so."""
    if len(own) != 1 or own[0] not in state.last_list or own[0] not in kb.projects or \
            linked(kb.projects[own[0]], kind):
        return ()
    starts = [p for p in state.last_list if p in kb.projects and
              linked(kb.projects[p], kind) == own]
    return (starts[0], *state.last_list) if len(starts) == 1 else ()


def _reached(own: tuple[str, ...], kind: str, state: State, kb: KnowledgeBase) -> bool:
    """Whether the subject is the project the last answer reached along this link, and has no
    such link itself."""
    before = state.earlier[:1] if state.earlier and state.earlier[0] in kb.projects else ()
    return bool(before) and own[0] in kb.projects and not linked(kb.projects[own[0]], kind) \
        and linked(kb.projects[before[0]], kind) == own[:1]


def _link_of_whole(clause: Clause, pid: str, state: State, kb: KnowledgeBase) -> bool:
    """Whether a link in time (a follow-up, a predecessor) asked right after a part and its
    whole were said is the one the project talked about before has, not the one just reached,
    which has none."""
    u = clause.understanding
    kind = clause.hop_kind or (u.intent if u.intent in ("follow_up", "predecessor") else None)
    if kind not in ("follow_up", "predecessor") or state.intent not in ("contains", "part_of") \
            or not state.earlier or state.earlier[0] not in kb.projects or pid not in kb.projects:
        return False
    return not linked(kb.projects[pid], kind) and bool(linked(kb.projects[state.earlier[0]], kind))


_IS_A = {"follow_up": "follows", "predecessor": "continued_by", "part_of": "part_of"}


def _named_back_clause(clause: Clause, own: tuple[str, ...], kb: KnowledgeBase) -> Clause:
    """The clause without its link where a demonstrative link noun names the project talked
    about: "what was the goal of that subproject?" of BRIDGE 53 asks its goal."""
    u = clause.understanding
    if (clause.hop_kind or clause.hop or u.intent in RELATION_INTENTS) and own and \
            len(u.projects) < 2 and _named_back(clause.text, own[0], kb):
        return replace(clause, understanding=without_relations(u), hop=None, hop_kind=None)
    return clause


def _compared_with_linked(clause: Clause, own: tuple[str, ...], kb: KnowledgeBase) -> Clause:
    """ "did it run longer than its predecessor?", "Hat MAGIA2Market länger gedauert als sein
    Vorgänger?": a link named after the comparison's "than" is the other project compared, so
    the claim is of both ends, with no step along the link."""
    kind = clause.hop or clause.hop_kind
    u = clause.understanding
    if not (kind and clause.yes_no and own and own[0] in kb.projects and len(u.projects) < 2):
        return clause
    tokens = normalize(clause.text).split()
    at = comparison_at(tokens)
    hops = phrases().hops
    if at is None or kind not in hops or not has_phrase(tokens[at[1] + 1:], hops[kind]):
        return clause
    target = linked(kb.projects[own[0]], kind)
    if len(target) != 1:  # no such link: "the page names no predecessor" says so
        return clause
    u = replace(without_relations(u), projects=(own[0], target[0]))
    return replace(clause, understanding=u, hop=None, hop_kind=None)


def _named_back(text: str, pid: str, kb: KnowledgeBase) -> bool:
    """ "that predecessor", "dieses Teilprojekt": a demonstrative right before a link noun names
    the project talked about where it is one (MAGIA is a predecessor), no step along the link."""
    tokens = normalize(text).split()
    words = phrases()
    project = kb.projects.get(pid)
    return project is not None and any(
        getattr(project, _IS_A[kind]) and any(
            " ".join(tokens[max(0, i - k):i]) in words.link_demonstratives and
            " ".join(tokens[i:i + n]) in nouns for i in range(1, len(tokens))
            for k in (1, 2) for n in (1, 2))
        for kind, nouns in words.link_nouns.items() if kind in _IS_A)


def _hop(clause: Clause, own: tuple[str, ...], state: State, kb: KnowledgeBase
         ) -> tuple[Answer, tuple[str, ...]]:
    """ "How long did the project BRIDGE 53 belonged to run?": say where the hop leads, then
    answer about the project reached."""
    lang = clause.understanding.language
    listed = ()
    if _reached(own, clause.hop or "", state, kb):  # "und wer hat das größere bezahlt?"
        own = state.earlier[:1]  # just after reaching the larger one
    elif listed := _part_listed(own, clause.hop or "", state, kb):  # (or the larger one of
        own = listed[:1]  # the last list, reached from the list)
    several, own = listed or own, _with_link(own, clause.hop or "", kb)
    target = linked(kb.projects[own[0]], clause.hop or "")
    checked = _claim_of_reached(clause, target, state, kb) if len(target) == 1 else None
    if target and (set(target) <= set(several) or _said_link(clause, own[0], target, state)):
        # "the bigger one" of BRIDGE 53 and HIHeal is one of the two; "When does that follow-up
        # end?" right after "HIHeal was continued by HIHeal next level transition": the link
        # was just said, the question is about the project reached
        if checked:
            return checked, target
        whole = clause.hop == "part_of"  # ("the bigger one" is the whole: no ranking of
        rest = decide(replace(without_relations(clause.understanding), list_reference=False,
                              **({"superlative": None, "comparative": False} if whole else {})),
                      replace(state, projects=target), kb)  # the list, which the page gives
        # no one size for; "davon" picked it already)
        rest.focus, rest.via = target, clause.hop  # ("und der von HIHeal?" takes it again)
        return rest, target
    link = about_projects(clause.hop or "", own[:1], kb, lang)
    if not target:  # "the HealthRegion flagship BFCC belonged to – who led it?"
        if link.answered:
            link.add("hop_nothing_more")
            link.answered = False
        return link, own
    rest = checked or decide(replace(without_relations(clause.understanding),
                                     list_reference=False),  # "seit wann gibts den Nachfolger
                             replace(state, projects=target), kb)  # davon": the link took it
    _where_it_leads(link)
    link.buttons = []
    result = merge([rest, link] if clause.yes_no else [*_of_start(clause, own, state, kb),
                                                       link, rest], target)  # "is the
    # follow-up still open?": the answer to it first
    result.intent = rest.intent  # what was asked of the project reached
    result.via = clause.hop
    if checked:  # ("did the follow-up target Japan?": the verdict on the project reached)
        result.claim = checked.claim
    return result, target


def _of_start(clause: Clause, own: tuple[str, ...], state: State, kb: KnowledgeBase
              ) -> list[Answer]:
    """ "when did MAGIA and its follow-up run?": the answer about the project the link starts
    from, before the link."""
    if not clause.both_ends:
        return []
    start = decide(without_relations(clause.understanding), replace(state, projects=own[:1]),
                   kb)
    _link_left_to_hop(start, own[0], clause.hop)
    return [start]


def _link_left_to_hop(part: Answer, pid: str, kind: str | None) -> None:
    """ "The page doesn't say when BRIDGE 53 ran; it was part of HIHeal, which ran …": where
    the hop to HIHeal follows, its link and answer come with it, not in this part too."""
    said = (pid, kind)
    if not part.answered and said in part.facts:
        part.lines = part.lines[:1]
        part.facts = [f for f in part.facts if f != said]


def _claim_of_reached(clause: Clause, target: tuple[str, ...], state: State,
                      kb: KnowledgeBase) -> Answer | None:
    """ "is the follow-up still open?", "did its successor target Japan?": the yes/no claim
    asked of the project the link reaches (None where the claim is the link itself: "was it
    continued by MAGIA2Market?", "did it have a follow-up?")."""
    u = clause.understanding
    tokens = normalize(clause.text).split()
    asks = any(s >= 2 for i, s in u.scores if i not in RELATION_INTENTS)
    if not clause.yes_no or set(target) & set(u.projects) or not (
            u.filters.any() or asks or claim_of(tokens)):
        return None
    inner = replace(without_relations(u), projects=target)
    done, _, _ = _claimed(replace(clause, understanding=inner, hop=None, hop_kind=None), inner,
                          target, target, replace(state, projects=target), kb)
    return done[0] if done and verdict_of(done[0]) else None


def _said_link(clause: Clause, pid: str, target: tuple[str, ...], state: State) -> bool:
    """Whether the last answer said this link of the project and the clause points back at
    the project it reached by its noun ("that follow-up", "dieses Nachfolgeprojekt", "und was
    hat das Vorgängerprojekt gemacht?" right after "Es setzt P.I.L.O.T. fort") or, right after
    a list of that link, by the one it starts from ("the MAGIA one"), or the chat
    just came from that project ("what continued MAGIA?" – "when did it start?" – "and the
    original one, when was that?")."""
    said = any(f"{pid}:{kind}" in state.facts for kind in (clause.hop, "relations")) or \
        set(target) <= set(state.earlier)
    nouns = phrases().link_nouns.get(clause.hop or "", frozenset())
    listed = pid in state.last_list and _noun_left_out(clause.text) and (
        state.intent is None and said or state.hop == clause.hop)  # ("which projects got a
    # follow-up?" - "when did the MAGIA one start?" - "and the HIHeal one?": the list said
    # each link, and "the MAGIA one" is the project it reached)
    return listed or said and not clause.understanding.projects and has_phrase(  # ("the
        normalize(clause.text).split(), nouns)  # follow-up of P.I.L.O.T." names where the
    # step starts)


def _with_link(own: tuple[str, ...], kind: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """Where a hop starts from several projects ("that follow-up" after a list), the one of
    them that has the link, if only one has it."""
    having = tuple(p for p in own if p in kb.projects and linked(kb.projects[p], kind))
    return having if len(own) > 1 and len(having) == 1 else own


def _where_it_leads(link: Answer) -> None:
    """A hop says only where the link leads (not since when the follow-up runs, nor when the
    predecessor ran, nor what of it a follow-up carries on): what is asked of the project
    reached comes after it."""
    plain = {"follow_up_since": "follow_up", "predecessor_dated": "predecessor"}
    link.lines = [Line(plain[line.key], {k: v for k, v in line.slots.items()
                                         if k not in ("start", "end")})
                  if line.key in plain else line for line in link.lines if line.key != "raw"]


def _next_subject(result: Answer, own: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """What "it" means in the next clause: the project a relation answer reached."""
    if result.intent in REACHING and result.projects and result.projects[0] in kb.projects:
        target = linked(kb.projects[result.projects[0]], result.intent)
        return target if len(target) == 1 else result.projects[:1]
    if result.intent == "relations" and len(own) == 1 and result.projects[:1] == own:
        return own  # "ok and BRIDGE 53, how does it fit in?" - "what was its goal?": of the
        # one asked about, not also of HIHeal it was part of
    if result.intent == "superlative" and result.focus and len(result.focus) == 1:  # "the
        # longer of the two, who funded it?": the winner, not each compared
        return result.focus
    if result.projects and not result.listed:
        return result.told_about()
    if len(result.listed) == 1:  # "which project was led by UKSH, and when did it end?"
        return result.listed
    return own


def merge(parts: list[Answer], focus: tuple[str, ...]) -> Answer:
    """One reply from the answers to several clauses, in the order asked."""
    if len(parts) == 1:
        parts[0].focus = focus
        return parts[0]
    first, last = parts[0], parts[-1]
    out = Answer(first.intent, answered=all(p.answered for p in parts), asks=first.asks)
    out.projects = tuple(dict.fromkeys(p for part in parts for p in part.projects))
    for part in parts:  # a fact two clauses both asked for is said once ("when was it funded
        out.lines.extend(_unsaid(part.lines, out.lines))  # and who put up the money?")
    out.buttons, out.choices, out.pending = last.buttons, last.choices, last.pending
    out.claim = next((p.claim for p in reversed(parts) if p.claim), ())  # ("War InnoReAct
    # eins davon, und wann ist es ausgelaufen?" then "und HIHeal?": the claim again)
    out.listed = next((p.listed for p in reversed(parts) if p.listed), ())
    out.list_mode = next((p.list_mode for p in reversed(parts) if p.list_mode), None)
    out.list_years = next((p.list_years for p in reversed(parts) if p.list_years), None)
    out.list_month = next((p.list_month for p in reversed(parts) if p.list_years), None)
    out.timeline = next((p.timeline for p in parts if p.timeline), None)
    out.facts = [f for part in parts for f in part.facts]
    out.focus = focus
    out.asked = tuple(dict.fromkeys(i for part in parts if not part.hop
                                    for i in (part.asked or (part.intent,))))
    return out


def _unsaid(lines: list[Line], said: list[Line]) -> list[Line]:
    """The lines not said already; a line without facts of its own ("The page doesn't name
    them.") goes with the line before it."""
    kept: list[Line] = []
    dropped = False
    for line in lines:
        dropped = _said(line, said) if line.slots else dropped
        if not dropped:
            kept.append(line)
    return kept


def _said(line: Line, lines: list[Line]) -> bool:
    """Whether a line is said already: the same line, what a project is after "That was
    KI#CK: …" ("What it does say: …", or the summary of whom it was for, would say it twice),
    or a list of the very projects a count just named ("how many of the projects ended in
    2023, and which ones?")."""
    return line in lines or line.key in ("known_summary", "raw") and any(
        said.slots.get("summary") == line.slots.get("text") for said in lines) or \
        line.key == "list" and any(said.key == "count" and said.slots.get("items") ==
                                   line.slots.get("items") for said in lines)


def without_relations(u: Understanding) -> Understanding:
    """The clause's other question, once its hop is taken: "who runs it?" of "its follow-up:
    who runs it?"."""
    scores = tuple(sorted(((i, s) for i, s in u.scores if i not in RELATION_INTENTS),
                          key=lambda kv: (-kv[1], kv[0] == "overview")))  # "the goal of …"
    intent = scores[0][0] if scores and scores[0][1] >= 1 else None
    if u.intent in dict(scores) and u.intent not in RELATION_INTENTS:  # "in welchem Jahr
        intent = u.intent  # endete das Projekt, das MAGIA fortgesetzt hat": its end, as read
    return replace(u, projects=(), intent=intent, scores=scores, part_of_before_project=False,
                   conjunction=False)


# The fields of a State that hold project ids, and those that hold one of a few names.
STATE_PROJECTS = ("projects", "last_list", "wider_list", "list_parts", "choices", "earlier",
                  "named", "talked")
STATE_NAMES: dict[str, frozenset[str] | dict[str, Any]] = {
    "language": frozenset({"en", "de"}), "intent": PROJECT_BUILDERS,
    "pending_intent": PROJECT_BUILDERS, "list_mode": frozenset({"active", "started", "ended",
                                                                   "throughout"}),
    "ranking": RANKINGS}


def valid_state(state: State, kb: KnowledgeBase) -> State:
    """A state as this knowledge base and this version know it: one written by an older
    version, or before a project was removed, loses what no longer exists. Only the fields
    that lose something are rebuilt (most states lose nothing: a copy of all their fields cost
    more than the checks)."""
    known = kb.projects.keys()
    dropped: dict[str, Any] = {name: tuple(i for i in ids if i in known) for name in STATE_PROJECTS
                               if not known >= set(ids := getattr(state, name))}
    dropped.update({name: None for name, names in STATE_NAMES.items()
                    if (value := getattr(state, name)) is not None and value not in names})
    if state.org is not None and state.org not in kb.organisations:
        dropped["org"] = None
    if state.speaker is not None and state.speaker not in kb.organisations:
        dropped["speaker"] = None
    if not known >= {f.split(":", 1)[0] for f in state.facts}:  # ("bfcc:dates")
        dropped["facts"] = tuple(f for f in state.facts if f.split(":", 1)[0] in known)
    return replace(state, **dropped) if dropped else state


def answer_about(
    intent: str, project_id: str | None, state: State, kb: KnowledgeBase, language: str
) -> Reply:
    """Answer a structured request (a button press) without parsing text."""
    language = language if language in ("en", "de") else "en"
    state = valid_state(state, kb)
    if project_id in kb.projects and intent in PROJECT_BUILDERS:
        result = about_projects(intent, (project_id,), kb, language)
    else:
        result = small_talk(intent if intent in SMALL_TALK else "help", kb, language)
    return _reply(result, language, state, kb)


def _again_then(first: Clause, then: Answer, state: State, kb: KnowledgeBase) -> Answer:
    """ "can you say that in english pls, and who funded it?": the last answer again in the
    language asked, where the request points back at it, then the question after it."""
    if not (state.intent in PROJECT_BUILDERS and state.projects and has_phrase(
            normalize(first.text).split(), phrases().language_repeats)):
        return then
    again = about_projects(state.intent, state.projects, kb, first.switch_to or "en")
    return merge([again, then], then.focus or then.projects)


def _asks_besides(u: Understanding) -> bool:
    """Whether a message with a language request ("english please") asks a question of its own
    beside it ("what was its aim? english please"), rather than for the last answer again."""
    return u.intent is not None and u.intent not in SMALL_TALK and \
        dict(u.scores).get(u.intent, 0) >= 2


ROLE_INTENTS = ("activities", "lsn_role")


def _partner_role(u: Understanding, intent: str | None, projects: tuple[str, ...],
                  kb: KnowledgeBase) -> Answer | None:
    """ "Was genau hat Lyonbiopole bei MAGIA gemacht?", "What was bioPmed's role in MAGIA?":
    what one partner other than Life Science Nord did, where the page only lists it among the
    partners (not as the lead), it doesn't say: said so, with the role it gives the partner,
    then what the project did (answered false)."""
    if intent not in ROLE_INTENTS or len(projects) != 1 or \
            len(u.filters.organisations) != 1 or projects[0] not in kb.projects:
        return None
    org = kb.organisations.get(u.filters.organisations[0])
    project = kb.projects[projects[0]]
    partner = next((p for p in project.partners if org and p.org == org.id), None)
    if org is None or org.self or org.id in project.lead or partner is None:
        return None
    told = " ".join(normalize(project.activities.get(lang)) for lang in ("en", "de")) \
        if project.activities else ""
    if any(f" {normalize(n)} " in f" {told} " for n in (org.name, *org.aliases)):
        return None  # (KI#CK's activities: LSN worked with the TH Lübeck on the programme)
    result = about_projects("activities", projects, kb, u.language)
    result.lines.insert(0, Line("partner_role_unknown", {
        "org": org.name, "name": Bold(project.name),
        "role": partner.role.get(u.language) if partner.role else ""}))
    result.answered = False
    return result


ANY_PROJECT = 2.0  # "any project", "ein Projekt": the list score of a project asked for at all


def decide(u: Understanding, state: State, kb: KnowledgeBase) -> Answer:
    """The ranker over the conversation: which answer this message gets."""
    lang = u.language
    if u.intent is None and not u.projects and state.projects and who_alone(u):
        u = replace(u, intent="partners", scores=(("partners", 3.0),))  # "wer?" after a
        # project: who took part in it
    u = _which_exactly(_which_self_led(u), state)
    if (nth := _nth_partner(u, state, kb)) is not None:  # "woher kam der dritte?"
        return nth
    intent, projects = _pick_choice(u, state, kb)
    projects = projects or _the_other(u, state)
    u = _keep_list_mode(_that_year(u, state), state)
    if u.complement and (state.list_rest or state.list_unknown) and not projects:
        return rest_answer("count" if u.intent == "count" else "list", state.list_rest,
                           state.list_unknown, state.list_conditions if lang == state.language
                           else "", kb, lang)  # "und welche nicht?" right after a list
    if not projects and (projects := _rest_of_list(u, state, kb)) and \
            intent in (None, "overview") and state.intent == "overview" and \
            len(projects) > 2:  # "tell me about BFCC" - "and the others?": which they are,
        return rest_answer("list", projects, (), "", kb, lang)  # not ten profiles
    if u.rest and intent is None and state.pending_intent and not state.projects and projects:
        intent = state.pending_intent  # "who led next level?" - "which: A or B?" - "and the
        # others?": the question still open, of the projects not offered
    if u.ambiguous and not projects:
        projects = _by_context(u.ambiguous, state, kb)
        if not projects:
            return _clarify(u.ambiguous, intent or state.intent, kb, lang)
    if (other := _partner_role(u, intent, projects, kb)) is not None:
        return other  # "Was genau hat Lyonbiopole bei MAGIA gemacht?"
    scores = dict(u.scores)
    base = _referred_list(u, state, kb)
    if len(projects) > 1 and u.which_of and "who" not in u.asks and not (
            u.superlative or u.comparative or u.filters.years) and narrows(u.filters, kb):
        base, projects, intent = projects, (), "list"  # "ELISE, MAGIA, BONEBANK - which of
        # these had partners from Italy?": those of the three it holds for
    if u.past and not (len(projects) > 1 or len(base or ()) == 2 or _pair(state, u)):
        u = replace(u, superlative=None, comparative=False)  # "früher": in the past
    list_words = scores.get("list", 0) >= 3
    if intent == "relations" and not projects and narrows(u.filters, kb) and (
            u.singular and scores.get("list", 0) >= 2 or  # "which project linked LSN and the
            u.filters.topics and not u.pronoun):  # Hamburg cluster?", "any project related to
        intent = "list"  # corona?": links no projects; it describes the ones asked for
    if (intent is None or intent == "overview" and _nouns_named(u)) and not projects and \
            u.continuation and state.last_list and state.intent is None and (
            u.elsewhere or u.other_funders or _nouns_named(u)) and not u.filters.any():
        intent = "count" if state.counting else "list"  # "Und Kiel?" after the projects in
        # Hamburg: the same question of a place the page never names; "Und zu Telemedizin?"
        # after the projects on digitisation: of a topic it never names, no project's name
    if intent == "funding" and not projects and u.other_funders and \
            scores.get("list", 0) >= ANY_PROJECT:  # "was any project funded by Horizon 2020?":
        intent = "list"  # whether one was, of all (none on the page), not which one is meant
    if intent in ("timeline", "list", "count") and not projects and _unmatched_filter(u, kb):
        return no_match(intent, " ".join(u.unknown_filters or _as_named(u)), lang, kb,
                        (*(n.title() for n in u.elsewhere), *u.unknown_filters),
                        u.other_funders, topic=not (u.elsewhere or u.other_funders))
    if intent == "timeline":
        return timeline_answer(u.filters, kb, lang)
    if (alike := _other_pairs(u, projects, state, kb)) is not None:
        return alike
    of_winner = _of_the_ranked(u, projects, state, base, list_words, kb)
    if of_winner:
        return of_winner
    compared = _compared(u, state, intent, projects, base, list_words, kb)
    if compared:
        return compared
    if not projects and (unnamed := _without_project(u, intent, state, scores, list_words,
                                                     base, kb)):
        return unnamed
    if not projects and intent is None and (u.continuation or u.pronoun) and \
            state.projects and state.intent in PROJECT_BUILDERS and u.asks:
        intent = state.intent  # "and in its first phase?": the last question, more precisely
    if not projects and intent is None and "written" in u.asks and state.projects:
        intent = _doubted(state, kb)  # "Ist das ein Tippfehler?"
    if intent == "help" and u.pronoun and state.projects and not projects:
        intent, projects = "overview", state.projects  # "Was weißt du überhaupt darüber?"
    if not projects and (intent is None or intent == "overview" and scores.get(intent, 0) < 3) \
            and state.intent in DATE_INTENTS and u.asks & {"day", "month"}:
        intent = state.intent  # "an welchem Tag genau?" after "Wann begann BFCC?"
    assumed = (_abbreviation(u.unknown_names or u.unknown_words, kb) or
               _clearly_meant(u, kb)) if not projects else None
    if assumed:  # "Bis wann lief das BFC-Projekt?", "wann lief bfc": one letter short of BFCC
        return _assumed(u, assumed, state, kb)
    if not projects and intent in PROJECT_BUILDERS:
        base = base or _pair_pointed(u, state)  # "when did each of them start then?"
        if _dates_of_each(u, intent, base, state):  # "can you give me the dates for each
            return timeline_answer(u.filters, kb, lang)  # one?": every project's dates
        if u.unknown_names:
            return _unknown_project(u.unknown_names, kb, lang)
        projects = base or (state.last_list if u.every or _of_each_listed(u, state) else ()) \
            or state.projects
        if not projects and 1 < len(state.last_list) <= CHOICES_FROM_LIST and \
                state.intent is None and (not u.unknown_words or u.pronoun):  # "und wann
            return _clarify(state.last_list, intent, kb, lang)  # begann das?" right after
            # a short list: which one? (one whose texts hold what is asked: _described_of_list)
        if not projects and intent == "amount" and not state.last_list and \
                "amount_plurals" in u.asks:  # "Welche Förderbeträge sind bekannt?": the
            return amounts_answer(u.filters, kb, lang, None, listing=True)  # amounts given
        if not projects and ("all_projects" in u.asks or intent == "duration" and
                             "average" in u.asks) and not state.last_list and \
                intent not in ("overview", "lsn_role") and not u.unknown_words:  # "who
            each = about_projects(intent, _described_ids(kb), kb, lang)  # funded the
            if intent == "duration" and "average" in u.asks:  # projects?"; "wie lange im
                return with_average_length(each, _described_ids(kb), kb, lang)  # Schnitt?"
            return each
        if not projects:
            return small_talk("fallback", kb, lang) if u.unknown_words else \
                _which_project(intent, kb, lang)
    named_only = [i for i in projects if kb.projects[i].follow_up_only and
                  kb.projects[i].follows and not kb.projects[i].activities]  # (what one
    # does, where the page says, is how it differs: "the difference between pilot and pilot
    # next level" is the link and that line)
    if named_only and "contrast" in u.asks:  # "what does the follow-up do differently?"
        return _contrast_unknown(kb.projects[named_only[0]], kb, lang, projects)
    if projects and "stage" in u.asks and u.ordinal not in (None, 1):  # "Was geschah in der
        result = Answer(intent if intent in PROJECT_BUILDERS else "activities",  # zweiten
                        projects=projects[:1], answered=False)  # Phase?": the page tells the
        result.add("stage_unknown", name=Bold(kb.projects[projects[0]].name))  # first only
        result.add("known_summary", text=kb.projects[projects[0]].summary.get(lang))
        return result
    if projects:
        return _about_named(u, state, intent, projects, kb)
    if u.unknown_names:
        return _unknown_project(u.unknown_names, kb, lang)
    return small_talk("goodbye" if intent == "thanks" and u.farewell else
                      intent if intent in SMALL_TALK else "fallback", kb, lang)


def _without_project(u: Understanding, intent: str | None, state: State,
                     scores: dict[str, float], list_words: bool, base: tuple[str, ...] | None,
                     kb: KnowledgeBase) -> Answer | None:
    """A message that names no project: a figure or contact the page lacks, a thing a project
    made, a project described, or a question about all (or a list of) projects."""
    lang, things = u.language, _things(u, kb)
    if intent == "places" and u.self_mentioned and "based" in u.asks and not list_words and \
            not (u.filters.places or u.filters.funders or u.filters.topics or u.filters.years):
        # "where is LSN based?", "Wo sitzt LSN?": not on the page
        return Answer("places", answered=False).add("self_seat_unknown")  # (not where each
        # of its projects took place)
    if intent == "quantity" and not (base or state.projects) and (
            u.unknown_names or u.self_mentioned or things):  # "was kostet die Registrierung
        return _no_figure((*u.unknown_names, *things), kb, lang)  # bei LSN XCHANGE?": a price
        # the page lacks
    if intent == "count" and u.filters.topics and not base and (
            "topic_counted" in u.asks or "uncounted" in u.asks and not state.projects and
            scores.get("count", 0) < COUNTING) and (  # ("in wie vielen Projekten …": projects)
            on := select(kb, u.filters).ids):
        # "how many stem cells were stored?", "how many hospitals joined the fracture
        # registry?": things of a topic, or whom it reached, which the page never counts
        result = Answer("quantity", projects=on, answered=False)  # (not the projects on it)
        if len(on) == 1:  # with what the page says of it instead
            result.build("quantity", kb.projects[on[0]], kb, lang)
            return result
        return result.add("quantity_unknown", name=project_names(on, kb))
    if intent == "contact" and not base and (u.self_mentioned or not state.projects) and \
            not ("written_in" in u.asks and things):  # ("the atlas in Danish?": its project)
        return Answer("contact", answered=False).add("contact_none")  # "LSN's phone number?",
        # "the contact person for the past projects?": the page gives none at all
    if not base and (not list_words or intent == "relations") and (
            made := _made_thing(u, intent, state, kb) or _initiative(u, intent, kb)):
        return made  # ("what has it to do with …?")
    partner_pick = len(state.projects) == 1 and state.intent in ("partners", "places") and \
        bool(u.filters.places) and u.token_count <= SHORT_PICK and not (
            list_words or base or _asks_for_project(u))
    # ("which one was belgian" after MAGIA's partners picks a partner, no project from there)
    return (None if partner_pick else _described(u, intent, base, kb)) or \
        _about_all(u, intent, state, scores, list_words, base, kb)


def _other_pairs(u: Understanding, projects: tuple[str, ...], state: State, kb: KnowledgeBase
                 ) -> Answer | None:
    """ "any other pairs like that?" right after the link between two projects: the other
    projects with that link (a follow-up, a parent), not the pairs just talked about."""
    if not u.more_alike or projects or state.intent not in RELATION_INTENTS or \
            len(state.projects) != 2:
        return None
    first, second = (kb.projects[p] for p in state.projects)
    link = next((kind for kind in LINKS if second.id in linked(first, kind) or
                 first.id in linked(second, kind)), None)
    if link is None:
        return None
    told = {*state.projects, *state.earlier}
    others = tuple(p for p in kb.projects if p not in told)
    return list_answer("list", replace(u.filters, linked=link), kb, u.language, others)


EACH_DATED = ("dates", "start", "end")


def _dates_of_each(u: Understanding, intent: str, base: tuple[str, ...] | None,
                   state: State) -> bool:
    """ "the dates for each one", "wann liefen die einzelnen Projekte?": when each project ran,
    with no list or pair talked about to mean: the timeline of them all."""
    return u.every and intent in EACH_DATED and not base and not u.unknown_names and \
        len(state.projects) < 2 and not state.last_list


def _pair_pointed(u: Understanding, state: State) -> tuple[str, ...]:
    """ "when did each of them start then?", "wann haben die jeweils angefangen?" right after a
    yes/no or a comparison of two projects, no list shown: "they", "each of them" are those
    two, not only the one the claim was made of ("das Ziel davon" after "Gehörte da noch ein
    anderes Projekt dazu?" is the goal of the one named last)."""
    if not (u.plural_pronoun or u.every and u.list_reference) or u.pronoun or u.projects or \
            state.last_list or not (state.checked or state.ranking):
        return ()
    return _pair(state, u) or ()


def _contrast_unknown(p: Project, kb: KnowledgeBase, lang: str,
                      named: tuple[str, ...] = ()) -> Answer:
    """How a follow-up the page only names differs from its predecessor: not described. Both
    are the subject, in the order the user named them ("the second one" next is the second
    named: the follow-up after "between HIHeal and HIHeal next level transition")."""
    pair = (p.id, p.follows or "")
    result = Answer("relations", projects=tuple(dict.fromkeys(
        (*(i for i in named if i in pair), *pair))), answered=False)
    result.add("contrast_unknown", name=Bold(p.name), other=Bold(kb.projects[p.follows].name))
    result.add("known_summary", text=p.summary.get(lang))
    return result


def _of_each_listed(u: Understanding, state: State) -> bool:
    """ "when did they start?", "und wer hat die geleitet?" right after a list: a plural
    pronoun with no project and no "it" speaks of each project listed (not which one), also
    after a long list ("which projects ran in 2018?" - "when did they run?")."""
    return u.plural_pronoun and not u.pronoun and state.intent is None and \
        1 < len(state.last_list) <= LIST_SHOWN and not (
            len(state.projects) == 1 and state.projects[0] in state.last_list and
            state.last_list[:1] != state.projects and not state.ranking and
            not state.list_years)  # ("which of them was led by the UKSH?" narrowed it to one)


def _named_too(u: Understanding, state: State, among: tuple[str, ...] | None = None) -> bool:
    """Whether a follow-up the page only names may win a ranking: not where the question keeps
    to the projects it describes, nor among a list just given, nor going on from one ("und
    welches begann zuletzt?"), nor with a comparative ("which started later?"), which rank
    what was just talked about ("whats the newest project" right after a list of 2018's
    ranks them all, P.I.L.O.T. Next Level too)."""
    return not (u.described_only or u.comparative or among or
                state.last_list and u.continuation)


def _compared(u: Understanding, state: State, intent: str | None, projects: tuple[str, ...],
              base: tuple[str, ...] | None, list_words: bool, kb: KnowledgeBase
              ) -> Answer | None:
    """A comparison or a ranking, if the message asks one: "which ran longer, A or B?", "by how
    much?", "which of them started first?"."""
    lang, scores = u.language, dict(u.scores)
    ranking = _ranking(u, state) or (
        state.ranking if u.continuation and len(projects) > 1 else None)
    if "difference" in u.asks:  # "by how much?"
        # the two just compared: the winner and the other one, or both
        compared = state.projects if len(state.projects) == 2 else (
            (*state.projects, *state.earlier) if len(state.projects) == 1 else ())
        best = in_ranked_order(kb, ranking, state.ranked_in)[:1] if ranking and \
            len(state.projects) == 1 and len(state.ranked_in) > 2 else ()
        if best and best != state.projects:  # "um wie viel kürzer als das längste" right after
            compared = (*state.projects, *best)  # a ranking of three: that one and its winner
        pair = projects if len(projects) == 2 else compared if (
            not projects and len(compared) == 2) else ()
        if len(projects) == 1 and len(state.projects) == 1 and state.ranking and \
                projects != state.projects:  # "by how many months compared to MAGIA2Market?"
            # right after a ranking: its winner and the one named, by what was ranked
            return difference_answer(state.ranking, (*state.projects, *projects), kb, lang)
        kind = ranking or state.ranking or (  # ("Did BFCC start before HIHeal?" - "by how
            COMPARED_AS.get(state.intent or "") if len(compared) == 2 else None)  # much?")
        if pair and kind:
            differed = difference_answer(kind, pair, kb, lang)
            if set(pair) <= set(state.ranked_in):  # "which of these three …?" next: still
                differed.ranked_in = state.ranked_in  # those ranked
            return differed
    if ranking is None and u.superlative in BARE_SIZES and (u.singular or intent == "list") and \
            not projects and not u.comparative and intent in (None, "overview", "superlative",
                                                              "list"):
        return sizes_told(u.superlative, u.filters, kb, u.language, base)  # "Was war das
        # größte Projekt?", "Welches Projekt war das größte?" (not all projects listed)
    if ranking is None and u.superlative in SIZES and u.comparative and "who" not in u.asks and \
            {intent, u.intent} <= {None, "overview", "superlative"} and (
                pair := projects if len(projects) == 2 else None if projects else _pair(state, u)):
        return sizes_told(u.superlative, u.filters, kb, u.language, pair)  # "which was bigger,
        # ELISE or BFCC?" with no measure talked of: each the page gives ("und wer hat das
        # größere bezahlt?" asks who paid for the larger whole)
    plural = bool(base or list_words or u.top) or len(projects) > 1 or (  # "which is bigger?"
        u.comparative and intent in (None, "superlative", *DATE_INTENTS) and not projects and
        _pair(state, u) is not None) or u.comparative and _asked_in_turn(state, u)  # ("und
    # welches hat früher angefangen?"; "Welches hatte mehr Partner?" after two asked in turn)
    if not (ranking and len(projects) != 1 and not u.filters.duration and (
            not u.superlative or u.superlative in BARE_SIZES or
            _wants_superlative(intent, scores, plural, ranking) or
            plural and intent == "overview" and u.comparative)):
        return None
    # ("was war früher, BFCC oder HIHeal?": "what was" before a comparative asks which)
    # two projects, named or the last list's two: a comparison that shows both figures
    pair = projects if len(projects) > 1 else (base if len(base) == 2 else None) \
        if base else (
        _pair(state, u) if u.comparative or not u.superlative or (
            u.list_reference or u.continuation or state.checked or state.ranking) and 2 in (
            len(state.projects), len(state.choices)) or state.checked and not u.project_noun
        or _asked_in_turn(state, u) or _two_told(state, u) else None)
    # ("which got more?" compares the two just talked about, as "which began first then?"
    # after a claim about two does; "which project ran shortest?" after two single answers
    # ranks them all, but right after yes/no claims of two, one after the other, "welches war
    # zuerst?" (no "project") ranks those two; a superlative takes the last reply's two only
    # pointing back ("which of
    # them", "davon", "and which one …?") or right after a claim or comparison of the two:
    # "Was gehörte zu HIHeal?" named BRIDGE 53 too, and "which project had the biggest
    # grant?" then ranks every project)
    if u.place and not pair:  # "the second longest": the projects in that place
        ranked = place_answer(ranking, u.place, in_ranked_order(kb, ranking, tuple(
            i for i in select(kb, u.filters, base).ids if not kb.projects[i].follow_up_only)),
            kb, lang)
        ranked.ranked_in = base or ()
        return ranked
    if u.top and not pair and (top := top_with_ties(kb, ranking, in_ranked_order(
            kb, ranking, tuple(i for i in select(kb, u.filters, base).ids
                               if not kb.projects[i].follow_up_only)), u.top)):
        base = top  # "Which three projects ran longest?": those three, each with its figure
    ranked = superlative_answer(ranking, u.filters, kb, lang, pair or base,
                                named_too=_named_too(u, state, pair or base))
    if ranked.answered and not pair and base and base == state.last_list and \
            not u.list_reference and superlative_answer(
                ranking, u.filters, kb, lang, None, named_too=False).projects[:1] != \
            ranked.projects[:1]:
        ranked.lines.insert(0, Line("sup_among_listed", {"n": len(base)}))  # "oldest one?"
        # right after "and the others?": that list's, said first where all would rank another
    ranked.ranked_in = base or (pair if len(pair or ()) > 2 else ())  # ("and which was the
    # shortest?" after "which ran longer: A, B or C?" ranks those three again)
    compared = pair or _ranked_pool(base, u, ranked, kb)
    if compared:  # "A or B?", "which of those started first?": each figure; "it" is then the
        name_the_others(ranked, compared, kb, lang)  # winner
        ranked.focus = ranked.projects
        ranked.projects = tuple(dict.fromkeys((*ranked.projects, *compared)))
        if u.sorted_named:  # "Ordnen Sie BFCC, ELISE und MAGIA nach Start": all of them are
            ranked.ranked_in = tuple(dict.fromkeys((  # still the subject, no winner; "das
                *ranked.focus, *in_ranked_order(kb, ranking, compared), *compared)))
            ranked.projects, ranked.focus = ranked.ranked_in, ()  # letzte" is the last of them
    return ranked


def _of_the_ranked(u: Understanding, projects: tuple[str, ...], state: State,
                   base: tuple[str, ...] | None, list_words: bool, kb: KnowledgeBase
                   ) -> Answer | None:
    """ "Wer hat das kürzeste finanziert?", "who led the oldest project?", "when did the longest
    one start?": a question about the project a ranking names, in other words than the ranking
    itself answers: the ranking (unless it was just given), then the question of its winner."""
    asked = _asked_of_winner(u, state)
    if u.comparative and not base and not _pair(state, u) and len(state.last_list) == 2:
        base = state.last_list  # "the newer one" right after a list of two: one of those two
    if asked is None or projects or u.comparative and not (
            base and len(base) > 1 or _pair(state, u)):  # "the newer one of them": of a group
        return None
    ranked = _ranked_by_words(u, state, projects, base, list_words, kb)
    if ranked is None or not ranked.answered:
        return ranked
    winner = ranked.focus or ranked.projects
    if len(winner) != 1:  # a tie: which one is meant is not settled
        return ranked
    rest = decide(replace(u, intent=asked, scores=((asked, 3.0),), superlative=None,
                          comparative=False, ordinal=None, projects=winner, list_reference=False,
                          filters=Filters(mode=u.filters.mode)), state, kb)
    if state.ranking == ranked.ranking and state.projects[:1] == winner:
        return rest  # "Wer hat das kürzeste finanziert?" right after it was named
    ranked.buttons = []
    result = merge([ranked, rest], winner)
    result.intent, result.focus = rest.intent, winner
    result.projects = (*winner, *(p for p in rest.projects if p not in winner))  # the others
    # ranked beside it are its figures' context, not what is asked about
    return result


def _asked_of_winner(u: Understanding, state: State) -> str | None:
    """What a ranking's words ask of its winner: a project's fact the ranking doesn't answer
    itself ("who funded the shortest?"; not "which one started first?")."""
    ranking = _ranking(u, state) if u.superlative else None
    if ranking is None or not u.of_ranked or u.ordinal is not None:
        return None
    own = RANKING_ANSWERS.get(ranking, ())
    return next((i for i, v in u.scores if i in PROJECT_BUILDERS and v >= 2 and
                 i not in own and i not in ("overview", *RELATION_INTENTS)), None)


def _ranked_pool(base: tuple[str, ...], u: Understanding, ranked: Answer, kb: KnowledgeBase
                 ) -> tuple[str, ...]:
    """The projects of the last list a ranking over it compared with a figure: "which of those
    started first?" names each of them (docs/labels.md), not only the winner."""
    if not base or not ranked.answered or not ranked.projects:
        return ()
    pool = in_ranked_order(kb, ranked.ranking or "", select(kb, u.filters, base).ids)
    return pool if len(pool) <= RANKED_SHOWN else ()


def _counted_again(u: Understanding, intent: str | None, first: str | None, state: State
                   ) -> frozenset[str]:
    """ "how many countries were in ELISE?" - "and in BFCC?": a new name with no question of
    its own counts again what the last question counted."""
    if intent is not None or u.intent is not None or not state.counted or \
            first != state.intent or u.asks:
        return frozenset()
    return frozenset({"count", *state.counted})


def _about_named(u: Understanding, state: State, intent: str | None,
                 projects: tuple[str, ...], kb: KnowledgeBase) -> Answer:
    """The question asked of the projects named or talked about."""
    lang = u.language
    first = _project_intent(intent, u, state)
    if intent == "funding" and "programme_period" in u.asks:
        first = "funding"  # "What period did the … Programme cover?": not the project's run
    if first == "amount" and u.filters.funders and not u.projects and \
            (funded := _funded_instead(projects, u.filters.funders, kb)):
        projects = funded  # "und Interreg Deutschland-Danmark – wie viel Geld gab es da?"
        # after KI#CK: the projects that funder funded, not the one talked about
    if first in ("overview", None) and len(projects) == 1 and u.unknown_words and \
            not u.pronoun and max((v for _, v in u.scores), default=0) < OVERVIEW_ASKED:
        first = said_in(kb.projects[projects[0]], u.unknown_words) or first  # "during what
        # kind of operations?" asks the text that speaks of them, not the card
    others = tuple(p for p in state.projects or state.last_list if p not in projects)
    if first == "relations" and len(projects) == 1 and u.pronoun and len(others) == 1:
        return _between(others[0], projects[0], kb, lang)  # "was it connected to BONEBANK?"
    if _repeats_the_asks(first, intent, state):  # "and BFCC?" after "When did ELISE run and
        return merge([about_projects(i, projects, kb, lang) for i in state.asks],  # who
                     projects)  # funded it?" asks both again
    also = _second_intent(first, u)
    if first == "results" and "led_to" in u.asks and not also and \
            all(kb.projects[p].continued_by for p in projects):  # "what did MAGIA lead to?":
        first, also = "follow_up", "results" if all(  # what followed it, and what it
            kb.projects[p].results for p in projects) else None  # achieved where the page says
    if also == "overview" and first in ON_THE_CARD:  # "what was it about and who funded it?"
        first, also = (first, None) if u.asks & {"day", "month"} else ("overview", None)
        # ("its exact end date? day and month please" asks the date only)
    if "product" in u.asks and first in ("overview", "goals", "activities") and \
            "workings" not in u.asks and all(
            kb.projects[p].results or any(r.is_result for r in kb.projects[p].resources)
            for p in projects):  # "what was the registry (meant) for?", "what was the guide
        first = "results"  # called?": the page tells what a project made in its results (or
        # names it as a result in itself: InnoReAct's guide)
    adder = _place_added_by(u, projects, kb) if first in (*DATE_INTENTS, "places") else None
    if adder:  # "Seit wann war Japan dabei?" after MAGIA: it came with MAGIA2Market
        projects = (adder,)
    if first in (*DATE_INTENTS, "places") and (added := _added_undated(u, projects, kb)):
        result = about_projects("dates", projects, kb, lang)  # "welcher Monat?" of Japan's
        result.lines.insert(0, added)  # addition: not given; the follow-up's run is
        result.answered = False
        return result
    if adder and (first == "start" or "added" in u.asks):
        result = about_projects("start", projects, kb, lang)  # when it joined: the start of
        result.lines.insert(0, _added_line(u, kb.projects[adder], kb))  # the one that added it
        return result
    asks = u.asks | _counted_again(u, intent, first, state)
    result = about_projects(first, _linking(first, projects, also, kb), kb, lang, asks, also)
    result.projects = tuple(dict.fromkeys((*result.projects, *projects)))
    if not result.answered and first in DATE_INTENTS and \
            (whole := _without_parts(projects, state, kb)) != projects:
        result.answered = about_projects(first, whole, kb, lang, u.asks, also).answered
    result.asked = (first, also) if also else ()
    if first == "lead" and len(projects) > 1 and u.filters.leading and any(
            org in kb.projects[p].lead for p in projects for org in u.filters.organisations):
        result.answered = True  # "bei welchem Projekt war LSN die Leitung, BFCC oder MAGIA?":
        # the one it led answers which, where the page names no lead of the other
    if first == "relations" and len(projects) == 2 and u.asks & {"contrast", "versus"}:
        return _contrasted(result, projects, kb, lang)  # "the difference between A and B?"
    if first == "partners" and u.filters.places:  # "the Italian partner in ELISE?"
        return partners_by_place(result, projects, u.filters.places, kb, lang)
    if first == "amount" and u.filters.funders:  # "how much did the ESF give ELISE?": that
        result = amounts_from(result, projects, u.filters.funders, kb, lang)  # funder's share
    if first in ("amount", "funding") and "share" in u.asks:  # "how much of it went to LSN?",
        # "Welchen Anteil der Förderung bekam LSN?": not on the page
        return _share_unsaid(result, projects, u, kb, lang)
    if first == "amount" and u.filters.funders:
        return result
    if first == "funding" and "programme_period" in u.asks:
        return _programme_period(result, projects, kb, lang)
    if first in ("amount", "funding") and "funding_rate" in u.asks:  # "Welche Förderquote
        result.answered = False  # hatte NORTHOPEDICS?": the page gives none; who funded it
        for at, pid in enumerate(projects):
            result.lines.insert(at, Line("rate_unsaid", {"name": Bold(kb.projects[pid].name)}))
    return result


def _share_unsaid(result: Answer, projects: tuple[str, ...], u: Understanding,
                  kb: KnowledgeBase, lang: str) -> Answer:
    """ "Wie viel von der ELISE-Förderung ging an Life Science Nord?", "how much did each
    partner get?": the page gives a project's whole amount, never one partner's share. It
    says so before the whole amount, where the page gives one, and answers false."""
    result.answered = False
    who = [kb.organisations[o].name for o in u.filters.organisations
           if o in kb.organisations] or [kb.places[p].name.get(lang) or kb.places[p].name.en
                                         for p in u.filters.places if p in kb.places]
    for at, pid in enumerate(p for p in projects if kb.projects[p].amounts):
        name = Bold(kb.projects[pid].name)
        result.lines.insert(at, Line("share_unsaid", {"name": name, "who": who[0]})
                            if who else Line("share_each_unsaid", {"name": name}))
    return result


_PERIOD = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b")


def _programme_period(result: Answer, projects: tuple[str, ...], kb: KnowledgeBase,
                      lang: str) -> Answer:
    """ "Welche Programmperiode war das bei BFCC?": the page gives a programme's period only
    in its name ("Interreg Baltic Sea Region Programme 2014-2020"); where no funder's name
    holds one, it doesn't say (the project's own run is another thing)."""
    for pid in projects:
        named = [f for f in kb.projects[pid].funding if _PERIOD.search(kb.funders[f].name.en)]
        if named:
            name = kb.funders[named[0]].name.get(lang) or kb.funders[named[0]].name.en
            found = _PERIOD.search(name) or _PERIOD.search(kb.funders[named[0]].name.en)
            result.lines.insert(0, Line("programme_period", {
                "period": found.group(0) if found else "", "funder": name}))
        else:
            result.lines.insert(0, Line("programme_period_unsaid", {
                "name": Bold(kb.projects[pid].name)}))
            result.answered = False
    return result


def _place_added_by(u: Understanding, projects: tuple[str, ...], kb: KnowledgeBase
                    ) -> str | None:
    """ "Seit wann war Japan dabei?", "when was japan added" after MAGIA: a place that one
    project added to its predecessor's targets (MAGIA2Market added Japan) came with that
    project, so a time asked of it is that project's, where it is the one named or talked
    about or that one's follow-up."""
    places = u.filters.places
    if not places or not u.time_question or len(projects) > 1:
        return None
    adders = [i for i, p in kb.projects.items() if set(places) <= set(p.added_targets)]
    if len(adders) != 1 or projects and projects[0] != adders[0] and \
            adders[0] not in kb.projects[projects[0]].continued_by:
        return None
    return adders[0]


def _added_line(u: Understanding, project: Project, kb: KnowledgeBase) -> Line:
    return Line("places_added", {"name": name(project), "items": join(
        [kb.places[i].name.get(u.language) for i in u.filters.places], u.language)})


def _added_undated(u: Understanding, projects: tuple[str, ...], kb: KnowledgeBase
                   ) -> Line | None:
    """ "wann genau kam Japan dazu, welcher Monat?": the month or day a place was added to a
    follow-up's targets, which the page doesn't give (only the follow-up's own run, said
    after it)."""
    places = u.filters.places
    if len(projects) != 1 or not places or not u.asks & {"day", "month"} or \
            not (u.time_question or "added" in u.asks):
        return None
    project = kb.projects[projects[0]]
    if not set(places) <= set(project.added_targets):
        return None
    return Line("added_undated", {"name": name(project), "items": join(
        [kb.places[i].name.get(u.language) for i in places], u.language)})


def _without_parts(projects: tuple[str, ...], state: State, kb: KnowledgeBase
                   ) -> tuple[str, ...]:
    """ "what period did those cover?" after HIHeal, InnoReAct and BRIDGE 53 "listed as part
    of HIHeal": the projects, a listed part's run lying within its parent's."""
    return tuple(p for p in projects if not (p in state.list_parts and
                                             kb.projects[p].part_of in projects))


def _linking(kind: str, projects: tuple[str, ...], also: str | None, kb: KnowledgeBase
             ) -> tuple[str, ...]:
    """ "is BRIDGE 53 part of HIHeal or the other way round?": of two projects asked a link
    the page has between them, the one it runs from (the link between them is the answer,
    not that the other has none beyond it)."""
    if kind not in LINKS or len(projects) != 2 or also:
        return projects
    linking = tuple(p for p in projects if set(linked(kb.projects[p], kind)) & set(projects))
    return linking if len(linking) == 1 else projects


def _between(subject: str, named: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Was it connected to BONEBANK in any way?" of NORTHOPEDICS: the link between the two,
    or that the page names none (then the links each has, where it has any)."""
    kinds = [k for k in LINKS if named in linked(kb.projects[subject], k)]
    if kinds:
        result = about_projects(kinds[0], (subject,), kb, lang)
        result.intent, result.projects = "relations", (subject, named)
        return result
    result = Answer("relations", projects=(subject, named), answered=False)
    result.add("relations_between_none", a=Bold(kb.projects[subject].name),
               b=Bold(kb.projects[named].name))
    for pid in (subject, named):
        if any(linked(kb.projects[pid], k) for k in LINKS):
            result.lines += about_projects("relations", (pid,), kb, lang).lines
    return result


def _contrasted_aspects(project: Project) -> tuple[str, ...]:
    """What a comparison tells of a project: when it ran, where and who funded it; of a
    follow-up the page only names, also the one line on what it does, where the page gives it
    ("it carries on P.I.L.O.T.'s network activities and expands them")."""
    return (*CONTRASTED, "activities") if project.follow_up_only else CONTRASTED


def _contrasted(link: Answer, pair: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    """ "What's the difference between MAGIA and MAGIA2Market?": the link between the two, if
    any, then for each what the page gives of when it ran, where and who funded it."""
    joined = any(set(pair) <= set(about_projects(k, pair[:1], kb, lang).projects) for k in LINKS)
    parts = [link] if joined else []
    parts += [told for pid in pair for aspect in _contrasted_aspects(kb.projects[pid])
              if (told := about_projects(aspect, (pid,), kb, lang)).answered and
              {f[0] for f in told.facts} == {pid}]  # (not BRIDGE 53's funding: HIHeal's)
    if not parts:
        return link
    result = merge(parts, pair)
    result.intent, result.answered, result.buttons = "relations", True, []
    result.projects = tuple(dict.fromkeys((*pair, *result.projects)))
    return result


def _referred_list(u: Understanding, state: State, kb: KnowledgeBase
                   ) -> tuple[str, ...] | None:
    """ "of them": the last list; "the latest of the three": the list of three before it was
    narrowed."""
    if len(state.projects) >= 2 and state.intent is not None and u.list_reference and \
            u.group_size in (None, len(state.projects)):  # "both of them, who led them?",
        return state.projects  # "which of those two …?" right after an answer about two
    if len(state.named) == 2 and set(state.projects) == set(state.named) and \
            state.intent is not None and u.singular and "names" in u.asks and \
            narrows(u.filters, kb) and not (u.projects or u.superlative or u.comparative or
                                            u.project_noun or u.overall or u.filters.years):
        return state.projects  # "which one was led by UKSH?" right after an answer about two
        # projects named together: the one of those two it fits
    if u.list_reference and state.ranking and len(state.choices) == 2 and \
            u.group_size in (None, 2):
        return state.choices  # "and when did both end?" right after "which ran longer, A or B?"
    if state.ranking and len(state.choices) == 2 and u.singular and u.filters.any() and \
            not (u.projects or u.superlative or u.comparative):  # "und welches hatte Japan
        return state.choices  # dabei?" right after "Was lief länger, MAGIA oder MAGIA2Market?"
    if state.ranking and len(state.ranked_in) > 1 and u.singular and u.filters.any() and \
            not (u.projects or u.superlative or u.comparative):  # "and which one had partners
        return state.ranked_in  # in Poland?" right after "which of them started first?"
    if state.ranked_in and u.superlative and u.superlative != state.ranking and not (
            u.list_reference or u.projects or u.overall):  # "and which ended last?" right after
        return state.ranked_in  # a ranking of a list ("the longer one" is its winner)
    if u.superlative and len(state.last_list) > 1 and state.intent is None and not (
            u.list_reference or u.projects or u.overall or u.project_noun or u.filters.any()):
        return state.last_list  # "and which ended last?" right after a list ranks that list
    if u.singular and "names" in u.asks and (u.filters.topics or u.filters.places or
                                             u.filters.organisations) and \
            not u.filters.years and len(_pick_pool(state)) > 1 and \
            state.intent is None and not (u.list_reference or u.projects or u.overall or
                                          u.project_noun or u.superlative):
        return _pick_pool(state)  # "and which one was about infections?", "and which one was
        # led by the UKSH?" right after a list picks from that list (or the one it narrowed)
    if "names" in u.asks and u.intent == "amount" and not u.filters.any() and \
            len(pool := _pick_pool(state)) > 1 and (state.intent is None or state.ranking) and \
            not (u.list_reference or u.projects or u.overall or u.project_noun or
                 u.superlative or u.comparative):
        return pool  # "und bei welchem kennt man die Fördersumme?" right after a list (or a
        # ranking of it): those of it whose amount the page gives, not "which one do you mean?"
    if u.singular and "names" in u.asks and u.filters.funders and state.intent is None and \
            len(pool := _pick_pool(state)) > 1 and not (
                u.list_reference or u.projects or u.overall or u.project_noun or
                u.superlative or u.filters.years) and \
            set(select(kb, u.filters).ids) & set(pool):
        return pool  # "which one was under Interreg Europe?" right after the Interreg projects,
        # "and which one had Schleswig-Holstein money in it?" right after the bone projects: a
        # funder of one of the list picks from it ("and the other two?" next are the rest of
        # it); one of none of it ("which one had ESF money?" after them) lists its own
    if u.group_size and u.list_reference and len(state.ranked_in) == u.group_size and \
            state.ranking and u.group_size != len(state.last_list):
        return state.ranked_in  # "Welche dieser drei …?" right after a ranking of three
    if u.group_size and u.group_size >= 2 and u.list_reference and \
            u.group_size not in (len(state.last_list), len(state.wider_list)) and \
            len(state.talked) >= u.group_size:  # "which of the three …?" after three projects
        return state.talked[-u.group_size:]  # asked about one per turn
    if u.group_size and u.list_reference and len(state.choices) == u.group_size and \
            u.group_size not in (len(state.last_list), len(state.wider_list)):
        return state.choices  # "which of the four ran longest?" after four named and sorted,
        # and one of them asked about since ("who funded the second one?")
    if u.list_reference and (u.superlative or u.comparative) and not state.last_list and \
            not u.group_size:  # "which of them started first?" after "when did BFCC run?" -
        return _pair(state, replace(u, filters=Filters()))  # "and bonebank?": those two
    if u.continuation and state.intent is None and state.list_years and \
            len(state.last_list) > 1 and not (u.projects or u.superlative or u.overall or
                                              u.project_noun or u.filters.years) and (
            u.filters.funders or u.filters.places or u.filters.topics or u.filters.leading):
        return state.last_list  # "and which were Interreg funded?" right after "which ran in
        # 2016?": of those (a condition of another kind narrows the list by date)
    if not (u.list_reference and state.last_list) or _members_of_one(u, state):
        return None
    if len(state.last_list) == 1 and u.comparative and state.earlier and \
            state.earlier != state.last_list:  # "welches von beiden hatte mehr?" after a list of
        return None  # one, right after another project: those two (see _pair)
    if u.group_size and len(state.last_list) != u.group_size and \
            len(state.wider_list) == u.group_size:
        return state.wider_list
    return _pick_pool(state)  # one can't be picked from: "which of them?" after a list
    # narrowed to one picks from the list before


def _members_of_one(u: Understanding, state: State) -> bool:
    """ "Welche Organisationen waren das genau?", "which partners were those?" right after
    a question about one project (its partners counted, its countries): that project's
    members, not those of each project of a list shown before ("which of them …", "welche
    der drei …" still pick from the list)."""
    return u.intent == "partners" and {"counted", "names"} <= u.asks and \
        len(state.projects) == 1 and state.intent is not None and not (
            u.which_of or u.group_size or u.every or u.projects or u.project_noun or
            u.filters.any() or u.superlative or u.comparative)


def _ranking(u: Understanding, state: State) -> str | None:
    """The ranking asked for; "which is bigger?" ranks by what the last answer was about."""
    if u.superlative in SIZES:  # (or by what the last answer's facts were: a list of amounts)
        return _sized_by(u) or SIZES[u.superlative].get(state.intent or "") or \
            SIZES[u.superlative].get(RANKED_BY.get(state.ranking or "", "")) or \
            SIZES[u.superlative].get(_one_measure(state))
    if u.superlative in ("earliest", "latest") and (state.ranking or "").endswith("_end") and \
            u.continuation and not any(i in DATE_INTENTS and v >= 2 for i, v in u.scores):
        return f"{u.superlative}_end"  # "und welches als erstes?" after "welches endete zuletzt?"
    return u.superlative


def _one_measure(state: State) -> str:
    """What the last answer's facts were all about (a list of amounts); none where it told
    several measures ("which was bigger, A or B?": money, partners and running time)."""
    kinds = {kind for _, kind in decode(state.facts)} if state.facts else set()
    return next(iter(kinds)) if len(kinds) == 1 else ""


def _sized_by(u: Understanding) -> str | None:
    """ "Welches Projekt hatte das größte Fördervolumen?", "the biggest runtime": a bare size word
    ranks by the measure its own message names with a noun (a strong phrase of its intent)."""
    measure = SIZES[u.superlative or ""].get(u.intent or "")
    return measure if measure and dict(u.scores).get(u.intent or "", 0) >= MEASURE_NAMED else None


def _picked(u: Understanding, base: tuple[str, ...] | None, kb: KnowledgeBase,
            definite: bool = False) -> tuple[str, ...]:
    """The one project a singular description picks: "the project in Odense"; `definite`:
    described as one of several ("the bone healing one")."""
    if not (u.singular or definite) or u.superlative or not narrows(u.filters, kb):
        return ()
    ids = select(kb, u.filters, base).ids
    return ids if len(ids) == 1 else ()


def _conditions_asked(filters: Filters, picking: bool = False) -> set[str]:
    """The questions a list's conditions answer: "which project had Japan as a target?";
    `picking` (which project, not who): who took part too ("welches davon hatte Partner in
    Dänemark?", "Bei welchem davon war der ESF beteiligt?", "Welches Projekt hatte Partner in
    Polen?"; not "who were the partners of the project in Odense?")."""
    return {aspect for aspect, used in (("funding", filters.funders), ("amount", filters.funders),
                                        ("places", filters.places),
                                        ("part_of", filters.topics),  # an initiative
                                        ("partners", filters.organisations or filters.partners
                                         or picking and (filters.places or filters.funders)),
                                        ("start", (filters.years or filters.month) and
                                         filters.mode == "started"),
                                        ("end", (filters.years or filters.month) and
                                         filters.mode == "ended"))
            if used}  # ("Welches von LSN geleitete Projekt begann 2022?")


PLACE_WORDS = 2.0  # at most this strong, an intent word beside a place only says how the
# project was there ("aktiv in", "im Fokus")
THING_ASKS = (None, "overview", "results", "contact", "activities", "relations")  # of a thing


def _made_thing(u: Understanding, intent: str | None, state: State, kb: KnowledgeBase
                ) -> Answer | None:
    """ "what is the network guide?", "Wo finde ich den Kompetenzatlas?": a thing a project made
    (a topic of kind "product"), asked about alone, is answered by what the page says of the
    results of the project that made it (of the one talked about, where that made one), and
    where to find them; not a list of projects. A topic named with a word for a thing made and
    asked as made ("und welche Register wurden aufgebaut?", "which registries were set up?")
    counts as such a thing too."""
    f = u.filters
    made = {"built", "product"} <= u.asks
    kinds_made = all(kb.topics[t].kind == "product" for t in f.topics)
    if not f.topics or not (made or kinds_made) or \
            f.funders or \
            f.places or f.organisations or f.years or u.superlative or intent not in THING_ASKS:
        return None
    ids = select(kb, f).ids
    ids = tuple(i for i in ids if i in state.projects) or ids  # "NORTHOPEDICS: that guide?"
    if not ids or len(ids) > DESCRIBED_ANSWERED:
        return None
    if intent in (None, "overview") and len(ids) == 1 and len(f.topics) == 1 and (
            there := found_there(kb.topics[f.topics[0]].name.get(u.language), kb.projects[ids[0]],
                                 u.language)):
        return there  # "what is LSN XCHANGE?": the page names it only as where the atlas is
    return about_projects("contact" if intent == "contact" else "results", ids, kb, u.language,
                          u.asks | {"thing_made"} if made and not kinds_made else u.asks)


def _initiative(u: Understanding, intent: str | None, kb: KnowledgeBase) -> Answer | None:
    """ "what's the HealthRegion thing?": an initiative the page names only as what a project
    was part of, asked about alone, is answered by that link (not a list of its projects)."""
    f = u.filters
    if not f.topics or any(kb.topics[t].kind != "initiative" for t in f.topics) or \
            f.funders or f.places or f.years or u.superlative or u.asks & {"count", "names"} \
            or intent not in (*THING_ASKS, "part_of"):  # ("which project was part of it?":
        # the list)
        return None
    ids = select(kb, f).ids
    return about_projects("part_of", ids, kb, u.language) if ids else None


def _described(u: Understanding, intent: str | None, base: tuple[str, ...] | None,
               kb: KnowledgeBase) -> Answer | None:
    """ "who led the project that stored stem cells in Odense?", "wie lange ging das
    KI-Projekt?", "which of them did LSN lead?": a description that picks projects, and a
    question about them. One project: the answer about it; several: which, then each."""
    filters = u.filters
    if _initiative_named(filters, kb):
        return None  # "das Projekt HealthRegion" is an initiative BFCC belonged to, not BFCC
    if u.superlative or not narrows(filters, kb) or not (
            u.singular or (base and filters.leading)):
        return None
    # ("which project that LSN led ended in 2019?": the lead is one condition of several, the
    # list answers it)
    lead_only = filters.leading and not (filters.years or filters.funders or filters.places or
                                         filters.topics)
    asked = intent if intent in PROJECT_BUILDERS and intent not in ("lead", "lsn_role") else \
        "lead" if lead_only else intent if intent in PROJECT_BUILDERS else \
        "overview" if intent is None and u.singular and not base else None  # "welches davon
    # hatte ein Register?" picks from a list: the list under that condition answers it
    if asked is None or asked == "relations" or asked in _conditions_asked(
            _without_self(filters, u, kb), bool(base) or "who" not in u.asks):
        return None  # "which project got ESF money?": the list answers the condition itself
    if base and (filters.places or filters.topics) and (
            dict(u.scores).get(intent or "", 0.0) <= PLACE_WORDS or
            intent == "overview" and filters.topics):
        return None  # "welches davon war in Dänemark aktiv?", "welches davon hatte Japan im
        # Fokus?", "and which one was about hygiene?": a weak word with a place or a topic
        # picks by it, the list answers it; so does "welches davon war zum Thema KI?" (the
        # words of a topic, not of an overview: every set says `list`, docs/labels.md)
    ids = select(kb, filters, base).ids
    if not ids:  # "which of them did LSN lead?": none, said as a list under that condition
        return list_answer("list", filters, kb, u.language, base, narrowed=True)
    result = about_projects(asked, ids, kb, u.language, u.asks)
    if len(ids) > 1:
        result.lines.insert(0, Line("described_several", {"n": len(ids),
                                                          "items": project_names(ids, kb)}))
    if base and filters.leading and (unsure := list_answer("list", filters, kb, u.language,
                                                           base).unknown):
        result.add("list_lead_unnamed", items=some_names(unsure, kb, u.language))  # "which
        # of them did LSN lead?": of the others, those the page names no lead for
    if base and lead_only and asked == "lead":
        result.intent = "list"  # "which of them did LSN lead?" narrows the list: `list`, as
        # the writers' brief says and every set since 29 labels it (docs/labels.md)
        result.focus = tuple(ids)  # ("that one" next is the one it led)
    return result


def _without_self(filters: Filters, u: Understanding, kb: KnowledgeBase) -> Filters:
    """ "mit wem hat LSN das KI-Projekt gemacht?", "who did LSN partner with in the corona
    project?": Life Science Nord beside a "who" asks of its partners in the project described;
    it is no condition a list of projects would answer."""
    if "who" not in u.asks or not u.self_mentioned:
        return filters
    return replace(filters, organisations=tuple(
        o for o in filters.organisations if not kb.organisations[o].self))


def _they_all(clause: Clause, u: Understanding) -> bool:
    """ "Were they all funded by the EU?", "Wurden sie alle …?": the projects just talked of,
    each (a claim of every project needs "all projects")."""
    return clause.all_of and u.plural_pronoun and not u.list_reference and \
        they_all(normalize(clause.text).split())


def _group(u: Understanding, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "both", "all of them", "die beiden": the projects a claim is made of each of: the
    last list when the last answer was one, else the two just talked about."""
    if u.rest and (rest := _rest_of_list(u, state, kb)):
        return rest  # "the rest were in Hamburg?"
    if u.projects or not u.list_reference:
        return ()
    if state.last_list and state.intent is None:
        return _referred_list(u, state, kb) or ()
    if len(state.projects) >= 2:
        return state.projects
    named = state.named
    if len(named) >= 2 and len(state.projects) == 1 and state.projects[0] not in named and \
            state.earlier and set(state.earlier) <= set(named):  # "BFCC and BONEBANK: …?" -
        return (*named, *state.projects)  # "and for NORTHOPEDICS?" - "was any of them in
    # Odense?": the two named together and the one asked of since
    return _pair(state, replace(u, filters=Filters())) or ()


def _the_other(u: Understanding, state: State) -> tuple[str, ...]:
    """ "and the other?" after one of two was asked about: the one not talked about now (a
    list counts its projects, not the parts listed with them: HIHeal and InnoReAct, with
    BRIDGE 53 "listed as part of HIHeal", are two)."""
    if not u.other_one or u.projects or not state.projects:
        return ()
    listed = _members(_pick_pool(state), state.list_parts)  # (the list before one narrowed
    # to one: "und welches davon auch Japan?" - "wann startete das?" - "Und das andere?")
    two = next((ids for ids in (listed, state.choices) if len(ids) == 2), None) or \
        _pair(state, replace(u, filters=Filters())) or ()
    rest = tuple(p for p in two if p not in state.projects)
    return rest if len(rest) == 1 and len(two) == 2 else ()


def _rest_of_list(u: Understanding, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "who led the rest?", "and the others?" right after a list under conditions: those it
    left out; after some of a list were talked about: the list's projects not talked about
    since; where that leaves none ("Which three ran
    longest?" - "the second one?" - "the third?" - "and the others?"), the projects the page
    describes besides the list."""
    if not u.rest or u.projects:
        return ()
    if not (state.choices or state.last_list):  # "ELISE start?" - "and the others?": the same
        return tuple(p for p in kb.projects if p not in state.projects and  # ask of every
                     not kb.projects[p].follow_up_only) if state.projects else ()  # other
    if state.pending_intent and state.choices and not state.projects:  # "which do you mean:
        return tuple(p for p in kb.projects if p not in state.choices and  # A or B?" - "and the
                     not kb.projects[p].follow_up_only)  # others?": those not offered
    if state.intent is None and (state.list_rest or state.list_unknown):  # right after a list
        return (*state.list_rest, *state.list_unknown)  # under conditions: those it left out
    narrowed = _pick_pool(state) if len(state.last_list) == 1 and \
        state.choices in ((), state.last_list) else ()  # "und die anderen beiden?" right after
    # "Bei welchem davon ist ein Betrag genannt?" narrowed three to one: the other two
    pool = _members(narrowed or state.choices or state.last_list, state.list_parts)
    talked = {*state.talked, *state.projects}
    rest = tuple(p for p in pool if p not in talked)
    return rest or tuple(p for p in kb.projects if p not in pool and
                         not kb.projects[p].follow_up_only and not kb.projects[p].part_of)


def _members(ids: tuple[str, ...], parts: tuple[str, ...]) -> tuple[str, ...]:
    """The projects of a list without those listed only as a part of another one in it."""
    return tuple(i for i in ids if i not in parts)


def _doubted(state: State, kb: KnowledgeBase) -> str | None:
    """ "Ist das ein Tippfehler?" after an amount, or of a project whose amount the page writes
    oddly ("Bei ELISE steht 1.217.494,00 Millionen Euro."): the amount, with how the page
    writes it; after another answer, what the page says again."""
    p = kb.projects.get(state.projects[0])
    if state.intent in ("amount", "funding") or state.intent not in PROJECT_BUILDERS and \
            p is not None and any(x.written for x in p.amounts):
        return "amount"
    return state.intent if state.intent in PROJECT_BUILDERS else None


def _with_other_than_project(u: Understanding, text: str) -> bool:
    """ "Did KI#CK run together with Kiel University?": one project named with a place or an
    organisation, which is its other side (a partner), not a second project from the chat."""
    return bool(u.projects) and bool(u.elsewhere or u.filters.organisations or
                                     u.filters.places) and \
        claim_of(normalize(text).split()) == "overlap"


def _asked_in_turn(state: State, u: Understanding) -> bool:
    """ "welches war zuerst?", "which one began first?" (no "project", nothing of all) right
    after two projects were asked about one per turn ("when did BFCC start?" - "und
    NORTHOPEDICS?"): a ranking of those two, not of every project."""
    return "names" in u.asks and not (u.project_noun or u.overall or u.projects or
                                      u.filters.any()) and len(state.projects) == 1 and \
        len(state.talked) >= 2 and state.talked[-2:] == (*state.earlier[:1], *state.projects)


def _two_told(state: State, u: Understanding) -> bool:
    """ "which started first?", "Welches begann zuerst?" (no "project", nothing of all) right
    after one reply spoke of two projects side by side ("Compare NORTHOPEDICS and P.I.L.O.T.",
    "When did BFCC and ELISE start?"): a ranking of those two, not of every project (a link
    named with its project, "Was gehörte zu HIHeal?", is not two compared)."""
    return len(state.projects) == 2 and not (
        u.project_noun or u.overall or u.projects or u.filters.any() or state.last_list or
        state.intent in RELATION_INTENTS)


def _pair(state: State, u: Understanding) -> tuple[str, ...] | None:
    """ "which got more?" right after talking of two projects: those two."""
    if u.filters.any() or u.overall:  # "which one started first overall?" ranks them all
        return None
    if len(state.projects) == 2:
        return state.projects
    if state.ranking and len(state.choices) == 2:  # right after comparing two
        return state.choices
    if len(state.checked) == 3:  # right after a yes/no over two: "which started earlier then?"
        return state.checked[1:]
    if u.comparative and not state.projects and len(state.last_list) == 2:  # "welche war
        return state.last_list  # höher?" right after a list of two (their amounts): those two
    if u.comparative and len(state.projects) == 1 and state.intent is None and \
            len(state.last_list) == 1 and len(pool := _pick_pool(state)) == 2 and \
            state.projects[0] in pool:  # "and the older one?" right after a list of two
        return pool  # narrowed to one ("which of them had Japan?"): of those two
    if len(state.projects) == 1 and state.earlier and state.earlier[0] != state.projects[0]:
        return (state.earlier[0], state.projects[0])
    return None


def _nouns_named(u: Understanding) -> bool:
    """ "Und zu Telemedizin?": the unknown words read as a name are plain capitalised nouns
    (not "GENOMIX", "ScanBalt") that a filter could be of too."""
    return bool(u.unknown_names) and set(u.unknown_names) <= set(u.unknown_filters) and all(
        n[:1].isupper() and n[1:].islower() for n in u.unknown_names)


def _as_named(u: Understanding) -> tuple[str, ...]:
    """Places and programmes the page never mentions, as the user wrote them (roughly)."""
    return tuple(n.title() for n in (*u.elsewhere, *u.other_funders))


def _by_context(candidates: tuple[str, ...], state: State, kb: KnowledgeBase
                ) -> tuple[str, ...]:
    """ "the next level project" after P.I.L.O.T.: the one candidate linked to the subject."""
    near = {r for p in state.projects if p in kb.projects for kind in LINKS
            for r in (*linked(kb.projects[p], kind), p)}
    hits = tuple(c for c in candidates if c in near)
    return hits if len(hits) == 1 else ()


def _unmatched_filter(u: Understanding, kb: KnowledgeBase) -> bool:
    """ "projects in Brazil": a condition we cannot match must not list every project."""
    return bool(u.unknown_filters or u.elsewhere or u.other_funders) and \
        not u.list_reference and not narrows(replace(u.filters, besides=()), kb)  # "in
    # Sweden, not Germany": the place left out only narrows the one we cannot match


def _keep_list_mode(u: Understanding, state: State) -> Understanding:
    """ "und welche 2023?" after "Welche Projekte endeten 2019?" still asks which ended."""
    if u.continuation and u.filters.years and u.filters.mode == "active" and state.list_mode:
        return replace(u, filters=replace(u.filters, mode=state.list_mode))
    return u


def _that_year(u: Understanding, state: State) -> Understanding:
    """ "which of them started that year?": the year of the last list's condition. "And
    MAGIA2Market, was it running then?" after "was MAGIA running in 2020?" asks of the year the
    last claim named (or the last list's), not of today."""
    if u.filters.years or not (u.that_year or u.then_year and (
            u.intent in DATE_INTENTS or u.intent in COLLECTIONS)):
        return u
    if len(state.list_years) != 2:
        return _then_claimed(u, state) if u.then_year else u
    try:
        lo, hi = (int(y) for y in state.list_years)
    except ValueError:
        return u
    kind = "year" if lo == hi else "range"
    return replace(u, filters=replace(u.filters, years=(lo, hi), year_kind=kind))


def _then_claimed(u: Understanding, state: State) -> Understanding:
    """ "was it running then?" right after a yes/no that named a year ("was MAGIA running in
    2020?"): that year."""
    if not state.checked or state.intent not in DATE_INTENTS:
        return u
    years, kind = find_years(tuple(normalize(state.checked[0]).split()), vocabulary())
    if years is None:
        return u
    return replace(u, filters=replace(u.filters, years=years, year_kind=kind))


GOAL_ASKED = 3  # a goal phrase ("erreichen", "aim to") beside Life Science Nord's part


def _second_intent(first: str, u: Understanding) -> str | None:
    """A second question joined by "and": "who funded NORTHOPEDICS and how long did it run?".
    "What did the LSN cluster management want to achieve with InnoReAct?" asks LSN's part and,
    in its words, the goal: both."""
    if first == "lsn_role" and dict(u.scores).get("goals", 0) >= GOAL_ASKED:
        return "goals"
    if not u.conjunction or first == "overview":
        return None
    for intent, score in u.scores:
        if intent == "overview" and score < 3:
            continue  # "what were the start and end dates?" asks no overview
        if intent in PROJECT_BUILDERS and intent != first and score >= 2.5 and not (
                {intent, first} <= OVERLAPPING[0] and "dates" in {intent, first}
                or {intent, first} <= OVERLAPPING[1]):
            return intent
    return None


def _wants_superlative(intent: str | None, scores: dict[str, float], plural: bool,
                       ranking: str = "") -> bool:
    """ "longest", "first", "ran longer": superlative words win over a plain list or date;
    "länger gefördert" ranks how long the funding ran, which is the duration."""
    if intent == "superlative" or scores.get("superlative", 0) >= 3:
        return True
    if plural and intent == "funding" and ranking in ("longest", "shortest"):
        return True
    if plural and RANKED_BY.get(ranking) == intent:  # "which had more partners, BFCC or
        return True  # MAGIA?": the partners word names what the ranking measures
    if intent == "list" and scores.get("list", 0) < 3:
        return True  # "which project was the last one to finish?"
    return plural and intent in (*DATE_INTENTS, "list", "count", "amount", None)


def _about_all(
    u: Understanding, intent: str | None, state: State, scores: dict[str, float],
    list_words: bool, base: tuple[str, ...] | None, kb: KnowledgeBase,
) -> Answer | None:
    """Questions about all projects (or a filtered set) rather than one."""
    lang, filters = u.language, u.filters
    if u.self_mentioned and not (filters.funders or filters.places or filters.topics or
                                 filters.years) and intent not in ("list", "count", *SMALL_TALK) \
            and not list_words and not (intent == "amount" and scores.get("list", 0) >= 1) \
            and not ((base or "names" in u.asks) and filters.without):  # "in which of those
        # was LSN just a project partner?" narrows the list by Life Science Nord's part
        # ("is this the LSN bot? what can you tell me" asks for help; "the budget of all LSN
        # projects" asks for the projects' money)
        return _about_lsn(u, intent, state, scores, kb)
    if scores.get("status", 0) >= 3 and not (filters.any() and narrows(filters, kb)) and (
            list_words or not state.projects):  # ("what projects does LSN run now?": LSN's
        return status_all(kb, lang)  # own name narrows nothing)
    link = next((k for k, v in u.scores if k in LINKS and v >= 2.5), None)
    if link in ("part_of", "contains") and _initiative_named(filters, kb):
        link, intent = None, "list" if intent in ("part_of", "contains") else intent
        # "which projects belonged to HealthRegion?": the link names the initiative the page
        # says they were part of, a condition of the list (not the projects with parts)
    if intent == "follow_up" and "follow_ups" in u.asks and not state.projects:  # "which
        return _linked_ones(u, "predecessor", "list", base, kb)  # follow-up projects are
        # there?": the follow-ups, each with the project it continues (not "wie viele Projekte
        # …, inklusive der Nachfolgeprojekte?", which counts all)
    if link == "contains" and not u.projects and dict(u.scores).get("part_of", 0) >= 2.5:
        link = "part_of"  # "which projects were part of another project?": those with a
        # parent (BRIDGE 53), not those with parts; no project is named to have parts
    if link in ("part_of", "contains") and _initiative_named(filters, kb):
        link = None  # "Which projects were linked to the EU Baltic Sea strategy?": part of
        # that initiative is the condition, not also part of another project
    counted = "count" in u.asks and "follow_ups" not in u.asks and not u.pronoun and (
        not state.projects or "all_projects" in u.asks)  # "how many got a follow-up?" (not
    # "wie viele Projekte …, inklusive der Nachfolgeprojekte?", which counts all)
    if link and (list_words or base or counted) and intent in (*LINKS, "list", "count"):
        # "which projects were continued by another one?", "wie viele hatten ein
        # Nachfolgeprojekt?" (no list word: the count asks of the projects)
        return _linked_ones(u, link, intent, base, kb)
    if intent in RELATION_INTENTS and not filters.topics and (  # "part of HealthRegion?"
            list_words or not (base or state.projects)):
        return relations_all(kb, lang)
    talking_of_one = bool(state.projects) and not (list_words or base)  # "how much from EU?"
    if talking_of_one:
        of_current = _of_current(u, intent, state, scores, kb)
        if of_current is not None:
            return of_current
    if intent == "places" and filters.organisations and not list_words and not (
            filters.funders or filters.places or filters.topics or filters.years):
        located = org_places_answer(filters.organisations, kb, lang)  # "where is bioPmed from?"
        if located:
            return located
    money = _funder_condition(u, scores)  # "which of those had ESF money?": a condition
    every = (u.every or u.overall and len(state.last_list) > 1 and state.intent is None) and \
        not talking_of_one  # "List every project for which an amount …"; "Wie viel
    # insgesamt?" right after a list: the money of that list, with no total of unknowns
    every = every or u.overall and not (u.projects or state.projects or state.last_list) and \
        intent == "amount"  # "how much funding in total?" first: of all the projects
    counting = "count" in u.asks and scores.get("count", 0) >= COUNTING and not talking_of_one
    if (intent == "amount" or scores.get("amount", 0) >= 3) and (
            list_words or base or every or counting or filters.any() and not talking_of_one
    ) and not money and not filters.money and \
            ("amounts", "") not in filters.without:  # ("keinen Betrag": those, a list)
        listing = "names" in u.asks and (intent == "list" or bool(base) or list_words or every)
        of = base or (state.last_list or None if every else None)  # (after a list: its own)
        return amounts_answer(filters, kb, lang, of,  # "which have a budget figure?", "for
                              listing=listing, counting=counting)  # which projects does the
        # page state an amount?"; "for how many …?": how many, and which
    if _wants_list(u, intent, state, scores, list_words, base, talking_of_one) and not (
            u.unknown_names and not filters.any()):
        if state.counting and u.continuation and not list_words and "names" not in u.asks and \
                scores.get(intent or "", 0.0) <= ELLIPTIC_NOUN:
            intent = "count"  # "How many did Schleswig-Holstein fund?" – "and the city of
            # Hamburg?" counts again
        listed = _listed(u, intent, scores, base, kb)
        if listed.intent == "count" and base is None and _initiative_named(filters, kb):
            listed.add("count_of_initiative")  # "how many projects belonged to HealthRegion?":
            listed.answered = False  # the page names LSN's own, not how many it had in all
        if money and listed.intent == "list" and not filters.money:
            return with_amounts(listed, kb, lang)  # (an amount condition names them)
        if listed.intent == "count" and u.intent == "list" and "names" in u.asks:
            listed.intent = "list"  # "Welche Projekte liefen über Interreg, und wie viele sind
            # das insgesamt?": the names asked first, with their number (the first ask's kind)
        return listed
    return None


def _asks_for_project(u: Understanding) -> bool:
    """ "which project had partners in Lithuania?" asks which of all projects fits, even while
    one is talked about ("which one was from Belgium?" may pick among its partners; "who were
    the partners of the project in Odense?" asks who)."""
    return u.project_noun and "names" in u.asks and "who" not in u.asks and u.filters.any()


def _funder_condition(u: Understanding, scores: dict[str, float]) -> bool:
    """ "which of those also had ESF money?", "which of them got COSME money?": a funder named
    with "which" is a condition on the projects, a bare money word asks no amount ("which of
    them has an ESF amount?", with a noun of amounts, still does)."""
    return bool(u.filters.funders) and "names" in u.asks and \
        0 < scores.get("amount", 0) < AMOUNT_ASKED


def _about_lsn(u: Understanding, intent: str | None, state: State, scores: dict[str, float],
               kb: KnowledgeBase) -> Answer:
    """Life Science Nord itself, asked about: its part in the project talked of, or help."""
    # "Was hat LSN dazu beigetragen?", "Mit wem hat LSN das umgesetzt?"
    with_whom = scores.get("partners", 0) >= 2.5 and bool(u.asks & {"who", "names"})  # "who
    talked_of = state.projects or (  # did LSN do that with?", "Welche Cluster waren da Partner
        state.last_list if len(state.last_list) <= EACH_OF_LIST else ())  # von LSN?" (also of
    if (u.pronoun or u.continuation or with_whom or intent == "lsn_role") and \
            talked_of:  # a short list just given); "in ELISE, what exactly did LSN do?"
        asked = "partners" if with_whom else intent if intent in (
            "lead", "funding", *DATE_INTENTS) or intent == "partners" and not _lsn_itself(
            u) else "lsn_role"  # ("War LSN da auch beteiligt?" asks LSN's own part)
        if u.time_question and asked not in DATE_INTENTS:
            asked = "dates"  # "when was LSN part of it?" asks when, not what LSN did
        return about_projects(asked, talked_of, kb, u.language)
    if intent in ("overview", "lsn_role") and "person" not in u.asks and not (
            replace(u.filters, organisations=()).any() or u.unknown_filters or
            u.unknown_words) and u.token_count <= LSN_ITSELF_WORDS:  # "What is Life Science
        return _lsn_itself_told(kb, u.language)  # Nord?", "what does LSN do?"
    if intent in ("places", "partners") and not (u.pronoun or "person" in u.asks):
        return about_projects(intent, _described_ids(kb), kb, u.language)  # "who were LSN's
        # partners?", "In which countries did LSN have partners?": those of every project
    return small_talk("about_lsn", kb, u.language)  # "Who is Life Science Nord's director?"


LSN_ITSELF_WORDS = 7  # "what does life science nord do exactly": a question of LSN itself


def _lsn_itself_told(kb: KnowledgeBase, lang: str) -> Answer:
    """What the page says of Life Science Nord itself: a cluster agency, its management
    company, and the past projects it lists."""
    ids = tuple(p.id for p in kb.projects.values() if not p.follow_up_only)
    result = Answer("overview", projects=ids)
    result.add("lsn_itself", n=len(ids), items=project_names(ids, kb))
    result.listed = ids
    return result


def _initiative_named(filters: Filters, kb: KnowledgeBase) -> bool:
    """Whether the condition names an initiative the page names only as what a project was
    part of (HealthRegion)."""
    return any(kb.topics[t].kind == "initiative" for t in filters.topics)


def _linked_ones(u: Understanding, link: str, intent: str | None,
                 base: tuple[str, ...] | None, kb: KnowledgeBase) -> Answer:
    """The projects with a link of this kind (a follow-up, a predecessor), listed or counted;
    of a list just given, the one project's link itself."""
    counting = intent == "count" or "count" in u.asks  # "how many of them had a follow-up?"
    linking = replace(u.filters, linked=link)
    one = select(kb, linking, base).ids if base and not counting else ()
    if len(one) == 1:  # "which of those was continued by a follow-up?": that one's link
        return about_projects(link, one, kb, u.language)
    return list_answer("count" if counting else "list", linking, kb, u.language, base,
                       narrowed=True)


def _of_current(u: Understanding, intent: str | None, state: State, scores: dict[str, float],
                kb: KnowledgeBase) -> Answer | None:
    """A short follow-up that counts, places or funds something of the projects talked of,
    not of all projects; None if it is no such follow-up."""
    lang, filters = u.language, u.filters
    whom = "uncounted" in u.asks and u.token_count <= SHORT_COUNT  # "in wie vielen
    # Krankenhäusern?": whom it reached, no count of projects ("in wie vielen Projekten")
    if intent == "count" and (scores.get("count", 0) < COUNTING or whom) and \
            not (filters.funders or filters.places or filters.years or u.list_reference):
        # "how many patients donated bone?" of BONEBANK counts something of that project;
        # "how many organisation" its partners, which the page may count
        counted = "partners" if "counted" in u.asks else "quantity"
        return about_projects(counted, state.projects, kb, lang, u.asks)
    if scores.get("count", 0) >= 1.5 and filters.places and \
            state.intent in ("partners", "places") and len(state.projects) == 1 and \
            u.token_count <= SHORT_COUNT and "states" not in u.asks and not (
                filters.funders or filters.years or filters.topics):  # "how many German ones?"
        # after ELISE's partners counts its partners from there, not the projects there
        # ("how many German states?" counts states: places)
        partners = about_projects("partners", state.projects, kb, lang, u.asks | {"count"})
        return partners_by_place(partners, state.projects, filters.places, kb, lang)
    which_one = "names" in u.asks and not u.list_reference and len(state.projects) == 1 and \
        u.token_count <= SHORT_PICK and state.intent in ("partners", "places")
    if (u.continuation or u.token_count <= 4 or which_one) and filters.places and (
            intent is None or which_one and intent == "places") and \
            state.intent in PROJECT_BUILDERS and not _elsewhere_than_talked(u, state, kb):
        # "and the Danish side?" of BONEBANK's
        # partners, "the french one again?" of MAGIA's; "which one was from Belgium?" (read
        # as a question of places) which of them was from there
        which = intent or ("places" if which_one or state.intent not in ("partners", "places")
                           else state.intent)  # ("which one was belgian": the place, as "from")
        picking = partners_by_place if which_one else partners_from  # (none there: not said)
        return picking(about_projects(which, state.projects, kb, lang, u.asks),
                       state.projects, filters.places, kb, lang)
    if u.continuation and state.intent == "amount" and not filters.places and (
            filters.funders and intent is None or intent == "places"):  # "and from the EU?"
        # after KI#CK's amounts; "und vom Land (bzw. der EU)?": a place word is the funders
        # that are places (the State of Schleswig-Holstein), not where it was active
        funders = (*filters.funders, *(_place_funders(state.projects, kb)
                                       if intent == "places" else ()))
        if funders and not _funded_instead(state.projects, filters.funders, kb):
            return amounts_from(about_projects("amount", state.projects, kb, lang, u.asks),
                                state.projects, funders, kb, lang)
    return None


FUNDED_INSTEAD = 2  # at most this many projects a funder funded take the talked-about one's place


def _funded_instead(ids: tuple[str, ...], funders: tuple[str, ...], kb: KnowledgeBase
                    ) -> tuple[str, ...]:
    """The projects the funders named funded, where none of those talked about had money
    from them and the page names the talked-about ones' funders (so the funder is another
    project's); empty otherwise ("and from the EU?" after KI#CK stays KI#CK's share)."""
    own = {a for i in ids for f in kb.projects[i].funding for a in kb.funder_ancestors(f)}
    if not own or own & set(funders):
        return ()
    index = list_index(kb).funded
    found = tuple(i for i in kb.projects if all(i in index.get(f, ()) for f in funders))
    return found if 0 < len(found) <= FUNDED_INSTEAD else ()


def _elsewhere_than_talked(u: Understanding, state: State, kb: KnowledgeBase) -> bool:
    """ "ok and poland?" after BONEBANK's funding (asked of it after "anything with
    denmark?"): a place the project talked of never had, asked after a question that is not
    about places, asks for the projects there, not this project's places."""
    return state.intent not in ("partners", "places") and \
        not select(kb, Filters(places=u.filters.places), state.projects).ids


def _place_funders(ids: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """The funders of these projects that are places too: a state or a city that paid."""
    return tuple(dict.fromkeys(f for i in ids for f in kb.projects[i].funding if f in kb.places))


def _wants_list(u: Understanding, intent: str | None, state: State, scores: dict[str, float],
                list_words: bool, base: tuple[str, ...] | None, talking_of_one: bool) -> bool:
    """Whether the message asks for the projects a filter selects, not about the current one."""
    filters = u.filters
    # A topic or place alone, asked about the project we are talking about, is no list:
    # "Wo wurden die Stammzellen gelagert?" after BONEBANK.
    about_current = bool(state.projects) and intent in PROJECT_BUILDERS and not (
        filters.funders or filters.years or filters.month or filters.organisations or base or
        _asks_for_project(u)) or (
        talking_of_one and intent in ("amount", "count") and bool(filters.funders)) or (
        talking_of_one and bool(u.asks & {"day", "month"})) or (  # "which day in March 2016?"
        talking_of_one and intent == "funding" and "names" in u.asks) or (  # "aus welchem
        # Landesprogramm kam die Förderung?" asks which programme, it sets no condition
        _link_in_time(u, intent, talking_of_one))
    # A filter with some question ("projects funded through ERDF?"), or alone ("ERDF?"), but
    # not a place in small talk ("wie ist das Wetter in Lübeck?").
    asked = intent is not None and intent not in SMALL_TALK and not about_current and not (
        (scores.get(intent, 0) < 2 or intent == "overview" and scores.get(intent, 0) <= 3) and
        u.unknown_words and not scores.get("list") and not (
            filters.topics or filters.years))  # "what's the weather
    # in Hamburg?", "what is the weather in Odense?" (an overview asked of an unknown word)
    # ask about the weather, not for the projects Hamburg funded or Odense was a site of
    # "Can students apply for an internship in one of these projects?": the word "projects"
    # alone, among words the page never uses, asks about something else than a list
    elsewhere = scores.get(intent or "", 0) < 2 and bool(u.unknown_words) and \
        not filters.any() and not base
    return intent in ("list", "count") and not elsewhere or (
        list_words and intent not in SMALL_TALK) or (
        # "und wo wurden die Stammzellen gelagert?" asks about the current project; "and which
        # one was about corona?" still picks from the projects
        filters.any() and (asked or (u.continuation and not (
            about_current and ("names" not in u.asks or _partner_there(u, intent, state, base)
                               or _site_asked(u)))
        ) or (
            intent is None and u.token_count <= 2) or (  # "which of them had a registry?"
            intent is None and bool(base) and "names" in u.asks) or (
            # "hattet ihr mal was zu Knochenbrüchen?": a topic and no other question, with no
            # project talked about, asks for the projects on it
            intent is None and bool(filters.topics) and not u.unknown_words and
            not talking_of_one)))


def _link_in_time(u: Understanding, intent: str | None, talking_of_one: bool) -> bool:
    """ "how did it continue after 2019?", "Wie ging es nach 2019 weiter?": a year beside the
    follow-up asked of the current project says when it went on, it selects no projects."""
    f = u.filters
    return talking_of_one and intent == "follow_up" and bool(f.years) and \
        not (f.funders or f.places or f.topics or f.organisations)


def _site_asked(u: Understanding) -> bool:
    """ "Und in welchen Kliniken wurden die Knochen entnommen?", "and at which hospitals?" right
    after one project: "which" asks for its sites (hospitals, a lab), not for the projects on
    the topic the message names (bone)."""
    return not (u.project_noun or u.list_reference or u.which_of) and \
        not u.asks.isdisjoint(SITE_ASKS)


SITE_ASKS = frozenset({"hospitals", "lab"})


def _partner_there(u: Understanding, intent: str | None, state: State,
                   base: tuple[str, ...] | None) -> bool:
    """ "und wer war der französische Partner?" right after one project: its partner from
    there, no list of the projects with partners there."""
    return intent == "partners" and len(state.projects) == 1 and not base and \
        bool(u.filters.places) and not (u.filters.funders or u.filters.topics or u.filters.years)


def _listed(u: Understanding, intent: str | None, scores: dict[str, float],
            base: tuple[str, ...] | None, kb: KnowledgeBase) -> Answer:
    """The projects a filter selects, listed or counted."""
    counting = intent == "count" or scores.get("count", 0) >= 1.5  # "wie viele davon ..."
    if counting and _counts_something_else(scores) and not base:
        # "how many samples were stored in the biobank?" counts samples, not projects: a
        # figure the page lacks, about the project(s) the words point to
        chosen = select(kb, u.filters).ids
        if 0 < len(chosen) <= 3:
            return about_projects("quantity", chosen, kb, u.language, u.asks)
    unread = _unread_condition(u, scores, base, kb)
    if unread == UNREAD_WORDS:  # "Did any project do clinical trials?": words no filter read
        return Answer("count" if counting else "list", answered=False).add(
            "list_unread_words", words=" ".join(u.unknown_words))
    if unread:
        return Answer("count" if counting else "list", answered=False).add(
            "list_unread", aspect=templates()["condition_aspects"][unread][u.language])
    return list_answer("count" if counting else "list", u.filters, kb, u.language, base,
                       u.asks, narrowed=True)


def _unread_condition(u: Understanding, scores: dict[str, float],
                      base: tuple[str, ...] | None, kb: KnowledgeBase) -> str | None:
    """ "which projects involved companies?", "which were successful?": a list of all projects
    asked with a strong phrase of an aspect sets a condition on it that no filter read; the
    aspect, where listing all of them would look like an answer to it."""
    if base is not None or narrows(u.filters, kb) or u.filters.order or u.list_reference:
        return None
    return next((k for k, v in scores.items() if k in UNREAD_ASPECTS and v >= UNREAD_ASKED),
                None) or (UNREAD_WORDS if u.unknown_words and not (
                    u.asks & ALL_ASKED or u.overall or u.every or u.described_only or
                    scores.get("overview", 0) >= UNREAD_ASKED) else None)  # ("a quick
    # overview of all past projects", "inklusive der Nachfolgeprojekte": all of them asked)


UNREAD_WORDS = "words"  # a condition in words the bot doesn't know ("clinical trials")
ALL_ASKED = frozenset({"all_projects", "every_project"})  # "list all projects, pls"


def _which_self_led(u: Understanding) -> Understanding:
    """ "which did LSN lead?", "Welche hat LSN geleitet?", "which were led by LSN?": the
    projects Life Science Nord led, as for any other lead named (not its part in the project
    just talked of, nor a question about LSN itself)."""
    if not (u.self_mentioned and u.filters.leading) or u.projects or u.pronoun or \
            "names" not in u.asks or u.asks & {"who", "count", "person"} or \
            u.intent not in ("lsn_role", "lead", None):
        return u
    return replace(u, intent="list", scores=(("list", 3.0),))


def _lsn_itself(u: Understanding) -> bool:
    """ "War LSN da beteiligt?", "was LSN part of that alliance?": Life Science Nord's own part,
    not who (nor how many) the partners were."""
    return u.self_mentioned and not u.asks & {"who", "names", "count"} and \
        len(u.filters.organisations) <= 1


def _counts_something_else(scores: dict[str, float]) -> bool:
    """ "how many samples/people/fees …": a bare "how many" with a thing the page never counts."""
    return scores.get("count", 0) < COUNTING and scores.get("quantity", 0) >= 3


NEIGHBOURS = {step: frozenset(normalize(str(w)) for ws in by_lang.values() for w in ws)
              for step, by_lang in data_file("query")["neighbours"].items()}
LISTED = 3  # a list this long, not two projects compared: its order is a neighbour's


def _neighbour_of(clause: Clause, state: State, kb: KnowledgeBase) -> Clause:
    """ "and the one before it?" right after one of a list: the neighbour listed, asked what
    the last answer told of that one (not the project the page says came before it)."""
    u = clause.understanding
    if u.projects or not (near := _neighbour(clause.text, state, kb)):
        return clause
    asked = state.intent if state.intent in PROJECT_BUILDERS else "overview"
    u = replace(without_relations(u), projects=near, intent=asked, scores=((asked, 3.0),),
                pronoun=False)
    return replace(clause, understanding=u, hop=None, hop_kind=None,
                   walked=bool(RANKED_DATE.get(state.ranking or "")))


def _neighbour(text: str, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "and the one before it?", "und das davor?" right after one of the last list was
    talked about: the one listed right before (after) it; right after a ranking by a date
    ("Welches war das erste?" - BONEBANK - "und das danach?"), the one before (after) it by
    that date, of those the page dates (not BRIDGE 53, listed next but undated)."""
    choices = state.choices
    if (field := RANKED_DATE.get(state.ranking or "")) and state.ranked_in:
        choices = in_ranked_order(kb, "earliest" if field == "start" else "earliest_end",
                                  state.ranked_in)
    if len(choices) < LISTED or len(state.projects) != 1 or state.projects[0] not in choices:
        return ()
    tokens = normalize(text).split()
    step = -1 if has_phrase(tokens, NEIGHBOURS["before"]) else \
        1 if has_phrase(tokens, NEIGHBOURS["after"]) else 0
    at = choices.index(state.projects[0]) + step
    return (choices[at],) if step and 0 <= at < len(choices) else ()


def _by_ordinal(u: Understanding, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "the second one", "the last one": that one of the choices offered or listed."""
    claimed = len(u.scores) == 1 and u.ordinal is not None and bool(  # a claim of a place or
        u.filters.places or u.filters.organisations or u.filters.funders)  # partner of "the
    # first project", ranking nothing ("Japan war auch in dem ersten Projekt?": of the two)
    ranking = dict(u.scores).get("superlative", 0) >= 3 and not claimed  # "which of them
    # started first?"
    pool = state.choices or (  # "the third one" right after a narrowing that left none of a
        state.last_list if state.intent is None and not state.projects else ())  # list: its
    # third, the list still being the one talked about
    if not pool or u.projects or u.ambiguous or u.ordinal is None or \
            u.intent in COLLECTIONS and not claimed or ranking:  # ("MAGIA 3" names MAGIA: no
        # third choice)
        return ()
    pool = _in_chain_order(pool, state, kb)
    index = u.ordinal - 1 if u.ordinal > 0 else len(pool) + u.ordinal
    return (pool[index],) if 0 <= index < len(pool) else ()


def _in_chain_order(pool: tuple[str, ...], state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """A project and its follow-up talked about one after the other (MAGIA2Market, then its
    predecessor): "the first one" is the one that came first, the predecessor, "the second"
    its follow-up; not where the user named the two in an order, or was offered them."""
    if len(pool) != 2 or state.pending_intent or set(state.named) == set(pool):
        return pool
    first, second = pool
    if first in linked(kb.projects[second], "predecessor"):
        return pool
    return (second, first) if second in linked(kb.projects[first], "predecessor") else pool


def _by_ordinals(clause: Clause, state: State) -> tuple[str, ...]:
    """ "Lief das zweite länger als das erste?": two places, in a claim of two, each a project
    of the choices just offered, or of the two just talked about (the earlier one first)."""
    if not clause.yes_no or clause.understanding.projects:
        return ()
    ordinals = vocabulary().ordinals
    places = [ordinals[t] for t in normalize(clause.text).split() if t in ordinals]
    if len(places) != 2 or len(set(places)) != 2:
        return ()
    pair = (state.earlier[0], state.projects[0]) if len(state.projects) == 1 and \
        state.earlier and state.earlier[0] != state.projects[0] else ()
    pool = state.choices if len(state.choices) >= 2 else pair
    picked = tuple(pool[i - 1 if i > 0 else len(pool) + i] for i in places
                   if -len(pool) <= i <= len(pool) and i != 0)
    return picked if len(set(picked)) == 2 else ()


def _described_in_claim(clause: Clause, state: State, kb: KnowledgeBase
                        ) -> tuple[tuple[str, ...], Understanding] | None:
    """ "did the Hamburg one end in 2023?": the projects the words between "the" and "one"
    pick (of the last list, else of all; none where none fits: nothing to say yes or no
    about), and the claim without them; None where no such words describe ("the first one")."""
    u = clause.understanding
    words = described_words(normalize(clause.text).split())
    if words and (spelled := re.search(re.escape(words), clause.text, re.IGNORECASE)):
        words = spelled.group()  # as written: "the AI one" ("ai" alone is no acronym)
    told = understand(words, kb, u.language).filters if words else Filters()
    if u.projects or not narrows(told, kb):
        return None
    ids = select(kb, told, state.last_list).ids if state.last_list else ()
    ids = ids or select(kb, told).ids
    f = u.filters
    rest = replace(f, years=None if told.years else f.years, **{
        kind: tuple(x for x in getattr(f, kind) if x not in getattr(told, kind))
        for kind in ("funders", "places", "organisations", "topics")})
    return ids, replace(u, projects=ids[:1], filters=rest, singular=False)


def _from_last_list(clause: Clause, state: State, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "the Hamburg one", "das, was 2022 angefangen hat": the projects of the last list the
    description fits (none where it fits none of them: then it is no pick from that list)."""
    u = clause.understanding
    if not clause.pick or not state.last_list or u.projects or not narrows(u.filters, kb) or \
            _partner_from(u, state, kb):
        return ()
    pool = _pick_pool(state)
    ids = select(kb, u.filters, pool).ids
    if not ids:  # a word read as a condition none of them meets: their own texts may still
        closest = _closest(pool, clause.text, kb)  # tell one apart
        return closest if len(closest) == 1 < len(pool) else ()
    return _closest(ids, clause.text, kb) if len(ids) > 1 else ids


def _pick_pool(state: State) -> tuple[str, ...]:
    """The list a description picks from: the last one, or the one before it where that was
    narrowed to one ("which of them involved Denmark?" - BONEBANK - "who led that one?" -
    "and the one with the fracture registry?" picks BFCC of the three)."""
    if len(state.last_list) == 1 and len(state.wider_list) > 1 and \
            set(state.last_list) <= set(state.wider_list):
        return state.wider_list
    return state.last_list


def _partner_from(u: Understanding, state: State, kb: KnowledgeBase) -> bool:
    """ "and the french one?" right after one project's partners (the Italian one named): a
    partner of that project from there, not a project of the list before."""
    f = u.filters
    if state.intent not in ("partners", "places") or len(state.projects) != 1 or \
            not f.places or f.funders or f.topics or f.years or f.organisations:
        return False
    partners = kb.projects[state.projects[0]].partners
    return all(any(x.country == place for x in partners) for place in f.places)


def _closest(ids: tuple[str, ...], text: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """ "the competency network one" of BFCC and NORTHOPEDICS (both networks): the one whose
    own texts hold more of the description's other words ("competence network"); all of them
    where none stands out."""
    common = vocabulary().common
    stems = {w[:6] for w in normalize(text).split() if len(w) >= 5 and w not in common}
    if not stems:
        return ids
    scores = {pid: len(stems & _text_stems(kb.projects[pid])) for pid in ids}
    best = max(scores.values())
    winners = tuple(pid for pid in ids if scores[pid] == best)
    return winners if best and len(winners) == 1 else ids


def _text_stems(project: Project) -> set[str]:
    texts = (project.summary, project.goals, project.activities)
    return {w[:6] for t in texts if t for lang in ("en", "de") for w in
            normalize(t.get(lang) or "").split() if len(w) >= 5}


# the kinds of member a project had: "und welche Krankenhäuser waren das?" asks the same names
MEMBER_KINDS = ("counted", "uncounted", "hospitals", "companies", "organisations")


def _which_exactly(u: Understanding, state: State) -> Understanding:
    """ "Welche genau?", "which ones?", "und welche waren das?", "und welche Krankenhäuser
    waren das?" right after an answer that counted or named something of a project: the same
    question, for the names ("the page doesn't name them" where it only counts them); right
    after a list or a count of projects: those projects."""
    if u.projects or u.filters.any() or u.superlative or u.comparative or u.ordinal or \
            u.unknown_words or u.unknown_names or "names" not in u.asks or \
            u.asks - {"names", "details", *MEMBER_KINDS} or \
            u.intent not in (None, "list", state.intent) or \
            u.token_count > 5 or _asks_more(u, state):
        return u
    if state.intent in PROJECT_BUILDERS and state.intent not in DATE_INTENTS and \
            state.projects:
        return replace(u, intent=state.intent, scores=((state.intent, 3.0),),
                       list_reference=False, asks=u.asks | set(state.counted))
    if state.last_list and state.intent is None:
        return replace(u, intent="list", scores=(("list", 3.0),), list_reference=True)
    return u


def _asks_more(u: Understanding, state: State) -> bool:
    """ "which projects were continued?" after BFCC: beside "which" the words ask something of
    their own (a link, a lead), so it is no "which ones exactly?" of the answer before."""
    return u.intent == "list" and any(k not in ("list", state.intent) and v >= OWN_ASK
                                      for k, v in u.scores)


OWN_ASK = 2.5  # "continued", "led": a word that asks a question of its own beside "which"


def _pick_choice(
    u: Understanding, state: State, kb: KnowledgeBase
) -> tuple[str | None, tuple[str, ...]]:
    """ "the second one", a name among the offered choices, or "the HIHeal one" selects it."""
    intent, projects = u.intent, u.projects or _by_ordinal(u, state, kb)
    if len(projects) == 1 and len(state.choices) > 1 and not set(projects) <= set(state.choices) \
            and (state.choices != state.last_list or state.pending_intent):  # (after a list,
        # "and MAGIA?" is MAGIA, not the MAGIA2Market in it)
        within = tuple(c for c in state.choices for p in projects
                       if normalize(kb.projects[p].name) in normalize(kb.projects[c].name))
        projects = within if len(within) == 1 else projects
    if projects and state.choices and set(projects) <= set(state.choices) and (
            intent is None or intent not in PROJECT_BUILDERS):
        intent = state.pending_intent
    return intent, projects


def _listed_link(u: Understanding, state: State) -> str | None:
    """The link a list just given was of, where the message names one of it ("what projects
    have a follow up?" - "when did the pilot one start?": the follow-up of P.I.L.O.T.)."""
    if state.intent is not None or len(u.projects) != 1 or u.projects[0] not in state.last_list:
        return None
    kinds = {kind for _, kind in decode(state.facts)}
    return kinds.pop() if len(kinds) == 1 and kinds <= set(LINKS) else None


def _noun_left_out(text: str) -> bool:
    """ "der von HIHeal", "the one of MAGIA": the noun of the last question, left out."""
    tokens = normalize(text).split()
    return any(" ".join(tokens[i:i + n]) in phrases().noun_left_out
               for n in (2, 3) for i in range(len(tokens) - n + 1)) or any(
        t in phrases().one_after_name and "the" in tokens[max(0, i - 4):i - 1]
        for i, t in enumerate(tokens) if i >= 2) or bool(POSSESSIVE_END.search(text))


def _repeats_the_asks(first: str, intent: str | None, state: State) -> bool:
    """A new name with no question of its own takes all the questions just asked."""
    return len(state.asks) > 1 and first == state.asks[0] and (
        intent is None or intent not in PROJECT_BUILDERS) and all(
        i in PROJECT_BUILDERS for i in state.asks)


def _compared_measure(state: State) -> str | None:
    """What the last answer compared two projects by: the ranking's figure, or the figure a
    yes/no claim about both compared ("gleich lang?": how long each ran)."""
    if state.ranking:
        return RANKED_BY.get(state.ranking) or RANKED_DATE.get(state.ranking)
    if len(state.checked) == 3:
        return CLAIM_MEASURES.get(claim_of(normalize(state.checked[0]).split()) or "")
    return None


def _project_intent(intent: str | None, u: Understanding, state: State) -> str:
    """Which question about a project: what the words ask, read in context."""
    top = u.scores[0][1] if u.scores else 0.0
    weak = intent is None or intent not in PROJECT_BUILDERS or (u.continuation and top < 2)
    if weak and u.time_question and intent == "dates" and state.intent == "duration" and \
            not u.projects:
        return "dates"  # "und wann genau?" after "wie lang lief es?" asks when, not how long
    if weak and state.intent in PROJECT_BUILDERS and (u.continuation or u.token_count <= 3) \
            and not (state.intent in RELATION_INTENTS and intent in PROJECT_BUILDERS) and \
            not (u.time_question and intent in DATE_INTENTS and state.intent not in DATE_INTENTS):
        return state.intent  # (after "HIHeal included BRIDGE 53", "und was hat das gemacht?"
        # asks what BRIDGE 53 did, not what it included; "who paid, and when?" asks when it
        # ran, not who paid again)
    if weak and state.intent in (None, "superlative") and u.token_count <= 3 and not u.asks and \
            (measure := _compared_measure(state)):  # "und HIHeal?" right after "Was lief
        return measure  # länger, ELISE oder BONEBANK?" or "also gleich lang?": how long HIHeal
    # ran, the question just asked
    scores = dict(u.scores)
    if "count" in u.asks and "targets" in u.asks and intent == "places":
        return "places"  # "how many target regions did MAGIA2Market have?": the places, with
        # their count (no figure of another kind)
    outcome = intent == "results" and "achieved" in u.asks  # "how many firms entered the US
    # market thanks to it?" counts what came of it: its results, which give no such count
    if "count" in u.asks and "uncounted" in u.asks and "counted" not in u.asks and not outcome:
        return "quantity"  # "how many firms took part in MAGIA?": a figure the page lacks, not
        # its partners
    if scores.get("count", 0) >= 1.5 and intent not in COUNTABLE and not outcome:
        # "how many samples ...?" about one project: a figure we lack; "how many clusters
        # formed the MAGIA alliance?" counts its partners; "and how many were in MAGIA?" with
        # no noun, right after partners were counted or ranked, counts them again
        return "partners" if "counted" in u.asks or u.asks == {"count"} and \
            "quantity" not in scores and "partners" in (
                state.intent, RANKED_BY.get(state.ranking or "")) else "quantity"
    if u.time_question and (intent == "dates" or intent not in DATE_INTENTS) and \
            u.token_count <= 3 and state.ranking in RANKED_DATE and not u.projects:
        return RANKED_DATE[state.ranking]  # "wann genau?" after "which ended first?" asks
        # when it ended
    if u.time_question and intent not in DATE_INTENTS:
        return "dates"
    if u.time_question and intent == "status":
        return "end"  # "wann wurde MAGIA abgeschlossen?"
    if intent == "amount" and u.asks & {"who", "names"} and scores.get("amount", 0) < 3:
        return "funding"  # "who put up the money?", "aus welchem Topf?" ask who, not how much
    if intent == "activities" and "who" in u.asks and scores.get("activities", 0) < 3:
        return "lead"  # "wer hat BFCC gemacht?" asks who ran it
    if u.filters.funders and intent not in ("funding", *DATE_INTENTS) and not (
            intent == "part_of" and scores.get("part_of", 0) >= 3) and not (
            intent == "amount" and scores.get("amount", 0) >= 3) and not (
            intent in ("lead", "partners") and scores.get(intent, 0) >= 2.5):
        return "funding"  # "Was NORTHOPEDICS an ERDF project?", "What did the ESF contribute?"
    if intent == "partners" and u.filters.places and u.asks & {"who", "names"} and \
            not u.asks & {"countries", "region"}:
        return "partners"  # "who was the Italian partner in MAGIA?" asks for an organisation
    if u.filters.places and (intent is None or scores.get(intent, 0) < 3):
        return "places"  # "Did MAGIA target Japan?"
    if intent == "partners" and "countries" in u.asks and u.asks & {"names", "count"} and \
            scores.get("places", 0) >= 2.5 and scores.get("partners", 0) < WHICH_ORGANISATIONS:
        return "places"  # "aus welchen / wie vielen Ländern kamen die Partner?" asks for
        # countries ("Welche Cluster aus welchen Ländern?" for the clusters, each with its
        # country)
    if u.self_mentioned and (intent in (None, "overview", "activities", "goals") or
                             intent == "partners" and (scores.get("partners", 0) < 2.5 or
                                                       _lsn_itself(u))):
        return "lsn_role"  # "How was Life Science Nord involved in P.I.L.O.T.?", "War LSN
    # bei MAGIA Projektpartner?" asks LSN's own part, not who the partners were
    if "companies" in u.asks and "names" in u.asks and intent in (None, "overview"):
        return "partners"  # "Welche Unternehmen haben von InnoReAct profitiert?"
    if "built" in u.asks and intent in (None, "overview"):
        return "results"  # "What sort of platform did BRIDGE 53 set up?"
    if intent == "part_of" and u.part_of_before_project:
        return "contains"  # "What was part of HIHeal?"
    if intent not in PROJECT_BUILDERS:  # "what projects were under HIHeal?"
        intent = next((k for k, v in u.scores if k in PROJECT_BUILDERS and v >= 1.5), None)
    if intent is None and "person" in u.asks:  # "which person worked on KI#CK?": the page
        return "lead"  # names no person; who ran it, not the card
    return intent or "overview"


def _clarify(ids: tuple[str, ...], intent: str | None, kb: KnowledgeBase, lang: str) -> Answer:
    result = Answer("clarify", answered=False, choices=ids)
    result.add("clarify", items=project_names(ids, kb, "or"))
    result.pending = intent if intent in PROJECT_BUILDERS else None
    return result


def _described_ids(kb: KnowledgeBase) -> tuple[str, ...]:
    """The projects the page describes (not the follow-ups it only names)."""
    return tuple(p.id for p in kb.projects.values() if not p.follow_up_only)


def _which_project(intent: str, kb: KnowledgeBase, lang: str) -> Answer:
    ids = _described_ids(kb)
    result = Answer(intent, answered=False, choices=ids)
    result.add("which_project", items=project_names(ids[:3], kb, "or"))
    result.pending = intent
    return result


def _assumed(u: Understanding, assumed: tuple[str, str], state: State, kb: KnowledgeBase
             ) -> Answer:
    """The answer about the project a name not quite right stands for, saying so first."""
    result = decide(replace(u, projects=(assumed[1],), unknown_names=()), state, kb)
    result.lines.insert(0, Line("assumed", {"name": assumed[0],
                                            "project": Bold(kb.projects[assumed[1]].name)}))
    return result


def _hedged_name(text: str, names: tuple[str, ...], kb: KnowledgeBase
                 ) -> tuple[str, str] | None:
    """ "ein Projekt namens brigde 35 oder so ähnlich": the speaker says the name may be off, so
    the one project close to it is meant (with two or more close, the bot still asks)."""
    tokens = normalize(text).split()
    if len(names) != 1 or not any(" ".join(tokens[i:i + len(h)]) == " ".join(h)
                                  for h in _hedges() for i in range(len(tokens))):
        return None
    close = _close_projects(names[0], kb)
    return (names[0], close[0]) if len(close) == 1 else None


def _hedges() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize(h).split()) for hs in data_file("query")["name_hedges"].values()
                 for h in hs)


def _close_projects(name: str, kb: KnowledgeBase) -> list[str]:
    """The projects whose names are close to a name the page doesn't know (at most three)."""
    index = entity_index(kb)
    hits = process.extract(normalize(name).replace(" ", ""), index.project_keys,
                           scorer=fuzz.ratio, score_cutoff=60, limit=5)
    return list(dict.fromkeys(index.project_owners[pos] for _, _, pos in hits))[:3]


NAME_WORD = 4  # the least letters of a word in small letters read as a misspelt name
CLEAR_NAME = 75  # "nortopedix" (82 to NORTHOPEDICS), "BFFC" (75 to BFCC): close enough
WORD_FITS = 60  # each word of a name of several words this close to the name it is read as
CLEAR_LEAD = 15  # ... and this far ahead of any other project's name ("magia3": MAGIA 91,
# MAGIA2Market 83, so the bot still asks)


def _clearly_meant(u: Understanding, kb: KnowledgeBase) -> tuple[str, str] | None:
    """ "Wer hat das nortopedix projekt gefunded?", "BFFC partners bitte": one unknown name
    with a question, close to one project's name and far closer than to any other's: that
    project is meant (answered, saying which name was read). A bare name still asks. So is
    one unknown word in small letters ("what came out of bffc?", "when did nortopedix run") of
    four letters or more (a shorter one is as near many everyday words: "which pot" is no
    P.I.L.O.T.)."""
    names = u.unknown_names or (u.unknown_words if len(u.unknown_words) == 1 and
                                len(u.unknown_words[0]) >= NAME_WORD else ())
    if len(names) != 1 or u.intent not in PROJECT_BUILDERS:
        return None
    index = entity_index(kb)
    name = normalize(names[0]).replace(" ", "")
    digits = "".join(ch for ch in name if ch.isdigit())
    words = [w for w in normalize(names[0]).split() if len(w) >= 3]
    best: dict[str, float] = {}
    for key, score, pos in process.extract(name, index.project_keys, scorer=fuzz.ratio,
                                           score_cutoff=CLEAR_NAME - CLEAR_LEAD, limit=8):
        if digits and digits not in key:  # "BRIDGE 52": another number, another project
            continue
        if len(words) > 1 and any(fuzz.partial_ratio(w, key) < WORD_FITS for w in words):
            continue  # "MedTech Baltic" is no MAGIA ("Medtech Alliance"): one word fits only
        owner = index.project_owners[pos]
        best[owner] = max(best.get(owner, 0), score)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < CLEAR_NAME or \
            len(ranked) > 1 and ranked[1][1] > ranked[0][1] - CLEAR_LEAD:
        return None
    return names[0], ranked[0][0]


SHORT_NAME = 5  # "bfc": a word in small letters this short may be a capital name misspelt


def _abbreviated_beside(text: str, clause: Clause, state: State, kb: KnowledgeBase
                        ) -> Answer | None:
    """A message naming a project and a name one letter off another's ("Lief HIHeal länger
    als BFFC?", "Did HIHeal run longer than BFFC?"): read with the project meant, as a message
    naming it alone is ("Wie lange lief BFFC?"), said as assumed; else None."""
    u = clause.understanding
    meant = (_abbreviation(u.unknown_names, kb) or _clearly_meant(
        replace(u, intent="overview"), kb)) if u.projects and u.unknown_names else None
    if not meant or meant[1] in u.projects:
        return None
    name = kb.projects[meant[1]].name
    again = read(re.sub(rf"(?<![\w#.]){re.escape(meant[0])}(?![\w#])", name, text), kb,
                 u.language)
    if len(again) != 1 or meant[1] not in again[0].understanding.projects or \
            again[0].understanding.unknown_names:
        return None
    return _said_assumed(run(again, state, kb), meant[0], name)


def _said_assumed(result: Answer, written: str, name: str) -> Answer:
    """The answer with the name it took a written one to mean: after the verdict of a yes/no
    ("Yes. I take “BFFC” to mean BFCC."), so the answer still opens with it, else first."""
    at = 1 if result.lines and result.lines[0].key.startswith("verdict_") else 0
    result.lines.insert(at, Line("assumed", {"name": written, "project": Bold(name)}))
    return result


def _abbreviation(names: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, str] | None:
    """An unknown name in capitals, or a short word in small letters, that is one letter off
    exactly one project's capital name ("BFC", "bfc" for BFCC): the project meant, said as
    assumed."""
    if len(names) != 1 or not 3 <= len(names[0]) <= 8 or not (
            names[0].isupper() or names[0].islower() and len(names[0]) <= SHORT_NAME):
        return None
    near = {p.id for p in kb.projects.values() for n in (p.name, *p.aliases)
            if n.isupper() and fuzz.ratio(names[0].upper(), n) >= 85}
    return (names[0], near.pop()) if len(near) == 1 else None


def _things(u: Understanding, kb: KnowledgeBase) -> tuple[str, ...]:
    """The names of the things made (topics of kind "product") a message names."""
    return tuple(n for t in u.filters.topics if kb.topics[t].kind == "product"
                 for n in (kb.topics[t].name.en, *kb.topics[t].aliases))


def _no_figure(names: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    """A price or count of something no project is named for: the page gives none; where a
    project's pointers mention the thing (LSN XCHANGE), what they say of it."""
    result = Answer("quantity", answered=False)
    result.add("quantity_none")
    words = [(w, normalize(w)) for w in names]
    for p in kb.projects.values():
        for r in p.resources:
            text = r.get(lang) or ""
            said = next((w for w, key in words if key and key in normalize(text).split()), None)
            if said:
                result.add("mentioned_in", word=said, text=text, name=Bold(p.name))
                result.projects = (*result.projects, p.id)
    return result


def _unknown_project(names: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    result = Answer("unknown_project", answered=False)
    close: list[str] = []
    for word in names:
        result.add("unknown_project", name=word)
        close += _close_projects(word, kb)
    close = list(dict.fromkeys(close))[:3]
    if close:
        result.add("did_you_mean", items=project_names(tuple(close), kb, "or"))
        result.choices = tuple(close)
    else:
        ids = tuple(p.id for p in kb.projects.values() if not p.follow_up_only)
        result.add("the_projects_are", items=project_names(ids, kb))
    return result


def small_talk(kind: str, kb: KnowledgeBase, lang: str) -> Answer:
    """Help, greetings, thanks (a goodbye too) and the polite fallback, with example
    questions."""
    intent = "fallback" if kind in ("about_lsn", "compose") else \
        "thanks" if kind == "goodbye" else "about_bot" if kind == "informal" else kind
    result = Answer(intent, answered=intent != "fallback")
    if kind == "help":
        ids = tuple(p.id for p in kb.projects.values() if not p.follow_up_only)
        result.add("help", items=project_names(ids, kb))
    elif kind == "about_bot":  # "Where do your facts come from?", "Sind die Infos aktuell?"
        result.add(kind)
        as_of = kb.page.as_of if kb.page else None
        if as_of is None:
            result.add("about_bot_undated")
        else:
            result.add("about_bot_as_of", date=fmt_date(as_of, lang))
        return result
    else:
        result.add(kind)
    if intent != "thanks":
        examples = templates()["examples"][lang]
        for example in examples:
            result.add("example", text=example)
        result.buttons = [(e, e) for e in examples]
    return result


def _future(u: Understanding, text: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Is a MAGIA 3 planned?", "will there be a follow-up to ELISE?": the page can't tell
    plans; of a project it names, what the page says came after it (its follow-up, or that it
    names none), never a yes or a no. A number after a project's name ("MAGIA3") is that
    project's series, asked about: the project named, not its follow-up too."""
    answer = Answer("fallback", answered=False).add("future")
    numbered = _numbered(text, u.ambiguous, kb) if not u.projects else None
    for pid in (numbered,) if numbered else u.projects[:1]:
        answer.build("follow_up", kb.projects[pid], kb, lang)
        answer.intent = "follow_up"
        answer.projects = (pid,) if numbered else (pid, *linked(kb.projects[pid], "follow_up"))
    answer.answered = False
    return answer


def _numbered(text: str, candidates: tuple[str, ...], kb: KnowledgeBase) -> str | None:
    """The one project whose name a message writes with a number after it, as the next of a
    series the page doesn't have: "MAGIA3", "MAGIA 3" (MAGIA, not MAGIA2Market)."""
    tokens = normalize(text).split()
    found = {pid for pid in candidates for n in kb.projects[pid].names()
             if (name := normalize(n).replace(" ", "")) and any(
                 t.startswith(name) and t[len(name):].isdigit() and len(t) > len(name) or
                 t == name and i + 1 < len(tokens) and tokens[i + 1].isdigit()
                 for i, t in enumerate(tokens))}
    return found.pop() if len(found) == 1 else None


def _reply(result: Answer, language: str, state: State, kb: KnowledgeBase) -> Reply:
    new_state = next_state(result, language, state)
    return Reply(
        text=render(result, language),
        html=render(result, language, as_html=True),
        language=language,
        intent=result.intent,
        projects=result.projects,
        answered=result.answered,
        state=new_state,
        buttons=tuple(Button(label, query) for label, query in result.buttons),
        choices=tuple(Button(kb.projects[i].name, kb.projects[i].name) for i in result.choices),
        data={"timeline": result.timeline} if result.timeline else {},
        sources=sources(result.facts, kb),
    )


def next_state(result: Answer, language: str, state: State) -> State:
    """What the chat remembers after this answer ("it" after a list of one project, or of one
    with a part listed beside it, is that project)."""
    about = result.intent in (*PROJECT_BUILDERS, "superlative") and not result.listed
    compared = result.projects if result.intent == "superlative" and len(result.projects) > 1 \
        and not (result.listed or result.ranked_in) else ()  # "which ran longer, A or B?"
    claimed = result.projects if len(result.claim) == 3 and len(result.projects) == 2 else ()
    one = _members(result.listed, result.parts)
    projects = result.focus if result.focus else \
        result.told_about() if about and result.projects else \
        (one if len(one) == 1 else state.projects)
    kept = state if _restated(result, state) else None  # ("how many is that?" restates the
    # last list: what it left out stays, for "and which not?")
    return State(
        language=language,
        projects=projects,
        # what came just before: "MAGIA was continued by MAGIA2Market" leaves MAGIA there
        earlier=(result.focus and tuple(p for p in result.projects if p not in projects)[:1]) or (
            state.projects if projects != state.projects else state.earlier),
        # a list or a ranking answers no question about one project: "and BFCC?" then asks
        # what BFCC is, not the question before the list
        # ("what about BFCC?" after "which projects have an amount?" asks BFCC's amount)
        intent=result.intent if result.intent in PROJECT_BUILDERS else result.listed_by if
        result.listed_by else None if result.listed or result.intent == "superlative" else
        state.intent,
        last_list=result.listed or state.last_list,
        lists=(*state.lists, " ".join(result.listed))[-LISTS_KEPT:] if result.listed and
        result.listed != state.last_list else state.lists,
        wider_list=state.last_list if result.listed else state.wider_list,
        list_parts=result.parts if result.listed else state.list_parts,
        counted=tuple(sorted(result.asks - {"count", "counted"})) if "count" in result.asks
        else (),
        # "the second one" of a list, also after "which of them ran longest?"
        choices=result.choices or result.listed[:LIST_SHOWN] or (
            result.ranked_in if len(result.ranked_in) > 1 else ()) or (  # (in the list's
            # order; a ranking of the top three ranked them: "who funded the second one?")
            state.choices if result.intent == "superlative" and
            set(compared) <= set(state.choices) else ()) or compared or (
            result.projects if about and len(result.projects) > 1 else ()) or (
            state.choices if result.projects and set(result.projects) <= set(state.choices)
            else ()),  # "the second one", then "and the first one's partners?"
        pending_intent=result.pending,
        list_mode=result.list_mode or (None if result.listed else state.list_mode),
        list_years=tuple(map(str, result.list_years)) if result.list_years else
        () if result.listed else state.list_years,
        list_month=str(result.list_month) if result.list_years and result.list_month else
        None if result.listed else state.list_month,
        list_rest=kept.list_rest if kept else result.rest,
        list_unknown=kept.list_unknown if kept else result.unknown,
        list_conditions=kept.list_conditions if kept else result.conditions or None,
        list_against=result.against or (() if result.listed else state.list_against),
        ranking=result.ranking,
        ranked_in=result.ranked_in,
        facts=encode(result.facts) if result.intent != "sources" else state.facts,
        checked=result.claim,
        checked_about=(state.intent or state.checked_about) if result.claim else None,
        asks=result.asked if len(result.asked) > 1 else (),
        hop=result.via,
        unsaid=not result.answered and result.intent in PROJECT_BUILDERS,
        counting=result.intent == "count" and bool(result.listed),
        talked=_talked_now(projects, compared or claimed, state) if 0 < len(projects) < TALKED
        and about or compared else state.talked,  # ("kick and magia - who funded each?" talks
        # of both, and so does "did it start before BFCC?")
        question=state.question,
    )


def _restated(result: Answer, state: State) -> bool:
    """The last list given again, under no condition of its own ("how many is that?")."""
    return bool(result.listed) and result.listed == state.last_list and not result.conditions


TALKED = 5  # subjects remembered for "the three"


def _talked_now(projects: tuple[str, ...], compared: tuple[str, ...], state: State
                ) -> tuple[str, ...]:
    """The projects talked about, the latest last: one asked about, or two compared ("which ran
    longer, A or B?" - "and C vs B?" - "which of those three started first?"), the one "it"
    means now last."""
    now = (*(p for p in compared if p not in projects), *projects)
    return (*(p for p in state.talked if p not in now), *now)[-TALKED:]
