"""Yes/no questions: the claim a clause makes about a project, checked against the knowledge base.

A claim is read from what the clause names besides its subject: another project and a relation
("Was BRIDGE 53 part of HIHeal?"), a status ("Is MAGIA still running?"), or filters (a funder,
place, organisation, topic or years: "Did the ESF fund ELISE?"). Filters are checked with the
same ``select`` that makes lists, so a yes/no and a list never disagree. The verdict is "yes",
"no" or "the page doesn't say", followed by the fact it rests on.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from os.path import commonprefix

from rapidfuzz import fuzz

from bot.answers import (
    PROJECT_BUILDERS,
    Answer,
    Bold,
    Joined,
    Line,
    Term,
    about_projects,
    funder_names,
    linked,
    project_names,
    term,
)
from bot.datafiles import data_file
from bot.knowledge import Amount, KnowledgeBase, PartialDate, Project
from bot.lists import (
    at_place,
    duration_bounds,
    fund_unsaid,
    lies_in,
    list_answer,
    maybe_funders,
    narrows,
    no_match,
    org_places,
    org_places_answer,
    partner_count,
    partners_from,
    place_names,
    select,
    sizes_told,
    some_names,
    within_unnamed,
)
from bot.measures import (
    SCALES,
    Measure,
    claimed_dates,
    comparison,
    comparison_at,
    measure_units,
    measures,
    month_names,
    number_word,
)
from bot.query import (
    RELATIONS,
    SAME_NOUNS,
    after_end,
    claim_of,
    claim_tokens,
    has_phrase,
    is_yes_no,
    link_verb_words,
    phrases,
    same_at,
    same_targets,
)
from bot.text import normalize
from bot.understanding import (
    Filters,
    Match,
    Understanding,
    correction,
    funders_by_kind,
    head_off,
    named_in,
    understand,
    vocabulary,
)

YES, NO, UNKNOWN = "yes", "no", "unknown"
PARTLY = "partly"  # "the same funders?" where some are shared and some not
CONTRADICTED = "contradicted"  # a "yes" to a question that denies: "Doch." in German


@dataclass(frozen=True)
class _Words:
    """The checks' own words (bot/data/query.yaml, section "checks")."""

    subject_claims: frozenset[str]  # "about", "zu tun": a claim about what a project was about
    subject_heads: frozenset[str]  # "-projekt" of "Krebsprojekt"
    fillers: frozenset[str]  # words that carry no content of a claim: "dass", "around"
    synonyms: dict[str, frozenset[str]]  # a word's first five letters -> those of its group
    compared_units: dict[str, frozenset[str]]  # unit -> words: "mehr Geld als": euros
    place_prepositions: frozenset[str]  # "in", "at", "bei": a place follows
    origin_prepositions: frozenset[str]  # "from", "aus": where an organisation came from
    seat_words: frozenset[str]  # "based", "sitzt": where an organisation is
    place_nouns: frozenset[str]  # "regions", "Bundesländer": a claim of where, not of money
    funder_places: frozenset[str]  # "Hamburg": a funder named after a city (bot/data/world.yaml)
    left_out: frozenset[str]  # "other than", "außer": the names after them are left out
    left_out_pairs: dict[str, frozenset[str]]  # "other" … "than", "andere" … "als"
    set_against: frozenset[str]  # "and not", "statt": the names after them are excluded
    between_names: frozenset[str]  # "and", "the": words between the names left out
    only: frozenset[str]  # "purely", "nur": a claim that a project was of one country only
    co_funding: frozenset[str]  # "co-funded", "mitfinanziert": a funder beside the others
    co_funding_both: tuple[tuple[str, str], ...]  # "also" … "too"
    negations: frozenset[str]  # "not", "nicht": "not only" is no such claim
    denials: frozenset[str]  # "kein": "Hat X keinen Nachfolger?" is answered "Doch." if it has
    made: frozenset[str]  # "publish", "veröffentlicht": how a claim says a result was made
    only_demonyms: dict[str, frozenset[str]]  # place id -> "german", "deutsch" (first letters)
    later: frozenset[str]  # "später", "eventually": a claim a follow-up may make true
    bigger: frozenset[str]  # "größeren", "larger": "part of" a larger whole
    standalone: frozenset[str]  # "standalone", "eigenständig": the opposite of "part of"
    reported: tuple[tuple[str, ...], ...]  # "stimmt es dass": a claim told, to be confirmed
    reported_denials: frozenset[str]  # "nicht", "kein", "not": a told claim that denies
    organisation_kinds: dict[str, tuple[str, ...]]  # kind -> first letters of its words
    verb_prefixes: tuple[str, ...]  # "ein", "auf": before "ge" in "eingelagert", "aufgebaut"
    run_with: frozenset[str]  # "with", "mit": the organisation after it ran the project too
    run_with_articles: frozenset[str]  # "the", "der": between "with" and the name
    made_public: frozenset[str]  # "publish", "veröffentlicht": a product claimed
    establishments: frozenset[str]  # "office", "Büro": a thing set up at a place claimed
    founding: frozenset[str]  # "opened", "gegründet": how it was set up
    word_endings: tuple[str, ...]  # "innen", "ungen": endings, no compound's head
    outcome: frozenset[str]  # "lead to", "entstanden": an outcome claimed
    documents: frozenset[str]  # "publication", "Dokument": a document claimed
    manner: frozenset[str]  # "online", "kostenlos": how something was offered
    page_currency: frozenset[str]  # "euros": the currency of the page's amounts
    other_currencies: frozenset[str]  # "dollars", "Franken": a currency the page never uses
    lead_roles: frozenset[str]  # "lead partner", "federführend": the organisation that led
    partner_nouns: frozenset[str]  # "partners", "Partnern": who took part
    kind_articles: frozenset[str]  # "a", "ein": what a project was ("a network?")
    kind_verbs: frozenset[str]  # "was", "war": the first word of such a claim
    kind_not: frozenset[str]  # "project", "Vorhaben": no kind of its own
    kind_ends: frozenset[str]  # "for", "zur": the words after that noun
    contrary: dict[str, frozenset[str]]  # topic id -> "big corporations": a group it rules out
    contrary_before: frozenset[str]  # "for", "für": such a group as whom it was for
    done_starts: frozenset[str]  # "was", "wurde": a passive claim of what was done …
    done_alone: frozenset[str]  # "wurde": … which these start alone
    done_ends: tuple[str, ...]  # "ed": … and the others with a participle ("harvested")
    done_verbs: frozenset[str]  # "harvest", "eingelagert": a claim of what was done
    for_whom_people: frozenset[str]  # "staff", "Beschäftigte": whom a project was for
    speaker: frozenset[str]  # "i", "ich": a clause of the speaker's own ("… I can grab?")
    budget: frozenset[str]  # "budget", "Gesamtkosten": what a project cost in all
    alliance: frozenset[str]  # "alliance", "Allianz": the group of clusters a project formed
    question_words: frozenset[str]  # "did", "the": words that ask, claim nothing
    nation_nouns: frozenset[str]  # "project", "Projekt": after a country's adjective, whose
    choice_joins: frozenset[str]  # "or", "oder": two alternatives offered
    choice_openers: frozenset[str]  # "either", "entweder": only opens the choice
    choice_none: frozenset[str]  # "not", "so": "or not", "oder so" offer no alternative
    received: frozenset[str]  # "get", "bekam": a comparison without a unit's word is of money
    bare_sizes: frozenset[str]  # "bigger", "größer": a size word that names no measure
    partner_roles: frozenset[str]  # "project partner": a role that says it did not lead
    lead_denied: frozenset[str]  # "not the lead": a claim that the organisation did not lead
    choice_subjects: frozenset[str]  # "it", "es": a claim's subject where no project is named
    left_out_back: frozenset[str]  # "these", "diesen": after "besides", the ones talked about
    through: frozenset[str]  # "über", "through": "Belgien war über BioWin dabei": the means
    merely: frozenset[str]  # "just", "nur": "was LSN just a partner?": no more than that
    merely_articles: frozenset[str]  # "a", "ein": between "just" and "partner"
    only_particles: frozenset[str]  # "rein": "only" but as a clause's last word a verb's part
    counted_subjects: frozenset[str]  # "they": "they all" counts them, claims no whole
    place_not_paid: frozenset[str]  # "for", "in": a funder's place told as where, not who paid
    whole_place: frozenset[str]  # "all of", "ganz": right before a place, all of it claimed


def place_nouns() -> frozenset[str]:
    """Nouns of a project's places ("regions", "Bundesländer"), normalised (query.yaml)."""
    return _words().place_nouns


def funder_cities() -> frozenset[str]:
    """Funders named after a city (bot/data/world.yaml: Hamburg), normalised."""
    return _words().funder_places


@cache
def _words() -> _Words:
    data = data_file("query")["checks"]

    def both(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for ws in data[key].values() for w in ws)

    synonyms: dict[str, frozenset[str]] = {}
    for group in [*data["synonyms"], *data["content_synonyms"]]:
        stems = frozenset(normalize(str(w))[:5] for w in group)
        for stem_ in stems:
            synonyms[stem_] = synonyms.get(stem_, frozenset()) | stems
    for asked, said in data["one_way_synonyms"]:
        stems = frozenset(normalize(str(w))[:5] for w in said)
        for stem_ in {normalize(str(w))[:5] for w in asked}:
            synonyms[stem_] = synonyms.get(stem_, frozenset({stem_})) | stems
    units = {unit: frozenset(normalize(str(w)) for ws in by_lang.values() for w in ws)
             for unit, by_lang in data["compared_units"].items()}
    pairs: dict[str, frozenset[str]] = {}
    for by_first in data["left_out_pairs"].values():
        for first, second in by_first.items():
            pairs[normalize(first)] = pairs.get(normalize(first), frozenset()) | {
                normalize(second)}
    return _Words(both("subject_claims"), both("subject_heads"), both("fillers"), synonyms,
                  units, both("place_prepositions"), both("origin_prepositions"),
                  both("seat_words"), both("place_nouns"),
                  frozenset(normalize(str(n)) for n in data_file("world")["funder_places"]),
                  both("left_out"), pairs, both("set_against"), both("between_names"),
                  both("only"),
                  both("co_funding"),
                  tuple((normalize(a), normalize(b)) for ps in data["co_funding_both"].values()
                        for a, b in ps),
                  both("negations"), both("denials"), both("made"),
                  {pid: frozenset(normalize(str(w)) for ws in by_lang.values() for w in ws)
                   for pid, by_lang in data["only_demonyms"].items()}, both("later"),
                  both("bigger"), both("standalone"),
                  tuple(tuple(normalize(str(w)).split()) for ws in data["reported"].values()
                        for w in ws),
                  both("reported_denials"),
                  {kind: tuple(normalize(str(w)) for w in ws)
                   for kind, ws in data["organisation_kinds"].items()},
                  tuple(sorted(both("verb_prefixes"), key=len, reverse=True)),
                  both("run_with"), both("run_with_articles"), both("made_public"),
                  both("establishments"), both("founding"), tuple(both("word_endings")),
                  both("outcome"), both("documents"), both("manner"), both("page_currency"),
                  both("other_currencies"), both("lead_roles"), both("partner_nouns"),
                  both("kind_articles"), both("kind_verbs"), both("kind_not"),
                  both("kind_ends"),
                  {topic: frozenset(normalize(str(w)) for ws in by_lang.values() for w in ws)
                   for topic, by_lang in data["contrary_topics"].items()},
                  both("contrary_before"), both("done_starts"), both("done_alone"),
                  tuple(both("done_ends")), both("done_verbs"), both("for_whom_people"),
                  both("speaker"), both("budget"),
                  both("alliance"), both("question_words"), both("nation_nouns"),
                  both("choice_joins"), both("choice_openers"), both("choice_none"),
                  both("received"), both("bare_sizes"), both("partner_roles"), both("lead_denied"),
                  both("choice_subjects"), both("left_out_back"), both("through"),
                  both("merely"), both("merely_articles"), both("only_particles"),
                  both("counted_subjects"),
                  both("place_not_paid"), both("whole_place"))


SET_OFF_NOT = re.compile(r"[,;–—-]\s*(not|nicht)\b", re.IGNORECASE)  # ", not LSN"


def check(u: Understanding, text: str, subject: tuple[str, ...], kb: KnowledgeBase,
          lang: str, last: str | None = None) -> Answer | None:
    """The answer to a yes/no question, or None when it holds no claim we can check. A "yes"
    to a question that denies the claim ("Hat P.I.L.O.T. keinen Nachfolger?") contradicts it:
    "Doch." in German. ``last`` is the intent of the answer before: "was that more than KI#CK
    got?" after an amount compares money."""
    against = left_out(claim_tokens(normalize(SET_OFF_NOT.sub(
        lambda m: " und nicht" if m[1].lower() == "nicht" else " and not", text)).split(), lang),
        kb, against=True)  # ("UKSH led BONEBANK, not LSN": "and not LSN")
    gone = {i for ids in against.values() for i in ids}
    if gone:  # "UKSH led it and not LSN": LSN is set against the claim, not claimed
        u = replace(u, filters=replace(u.filters, **{
            k: tuple(i for i in getattr(u.filters, k) if i not in gone)
            for k in _KINDS.values()}))
    if (offered := _offered(text, kb, lang)) and (
            chosen := _chosen(offered, subject, kb, lang, last)):
        return chosen  # "Was BFCC funded by Interreg or by the ERDF?": which one, no yes/no
    if last == "partners" and len(subject) == 1 and len(u.filters.organisations) == 1 and \
            (carried := _carried_partner(u.filters.organisations[0], subject[0], kb, lang)):
        return carried  # "was LSN one of them?" after MAGIA2Market's alliance: MAGIA's
    if len(subject) == 1 and _done_otherwise(text, kb.projects[subject[0]], lang):
        return verdict(NO, _facts("activities", subject[0], kb, lang), "activities", subject)
        # "wurden die Leute extra dafür operiert?": no, the bone came from routine operations
    merely = bool(u.filters.organisations or u.filters.funders) and _merely_partner(
        claim_tokens(normalize(text).split(), lang))  # (read once, for the check and the
    # words below; a funder may stand for its city's cluster: "the Hamburg cluster")
    answer = _checked(u, text, subject, kb, lang, last, merely)
    if answer and verdict_of(answer) in (YES, NO) and answer.intent in ("lead", "lsn_role") \
            and (led := _led_made(u, text, answer.projects or subject, kb, lang)):
        return led  # "did LSN lead BONEBANK's business model work?": who made that thing
    if answer and verdict_of(answer) in (YES, NO) and \
            (made := _made_unsaid(u, text, answer.projects or subject, kb, lang)):
        return made  # "Did UKSH develop the competence atlas?": it took part, but the page
        # says Life Science Nord developed it; "Did Hamburg set up the biobank?": no funder of
        # BONEBANK, but who set it up the page never says
    if answer and verdict_of(answer) == YES and _before_unsaid(normalize(text).split()):
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{UNKNOWN}")  # "so there had
        answer.answered = False  # been no fracture registries before?": the page tells of
        # the project, not of what there was before it ("the first transnational registry")
    counted = answer is not None and not answer.asks.isdisjoint(COUNTED_UNITS)  # (a figure's
    # verdict, told with a text: "did the registry span more than one country?")
    if answer and not counted and verdict_of(answer) in (YES, NO) and \
            _unverified(u, answer.intent) and \
            not (answer.intent == "lsn_role" and _asks_lead(u)):  # ("War LSN bei MAGIA
        # Projektleiter?": no, it was a project partner, the lead claim checked)
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{UNKNOWN}")  # "Were BONEBANK
        answer.answered = False  # patients paid for giving bone?": its aim says bone
    if answer and gone and subject and verdict_of(answer) == YES and \
            _holds_any(kb.projects[subject[0]], against, _asks_lead(u)):
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{NO}")
    if answer and not counted and verdict_of(answer) == YES and subject and (
            len(answer.projects) < 2 and not (u.filters.organisations and merely) and
            # ("just a partner?": settled by the lead)
            _everyday_unsaid(u, text, kb.projects[subject[0]], answer.intent, kb, lang) or
            u.filters.funders and (_funder_strand(normalize(text).split(), u, kb) or
                                   funding_manner(u, text))):
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{UNKNOWN}")  # "Did MAGIA's
        answer.answered = False  # market studies help companies?", "part of Interreg 5A?",
        # "did the EU fund it directly?"
    if answer and verdict_of(answer) in (YES, NO) and answer.intent == "part_of" and \
            _has_any(claim_tokens(normalize(text).split(), lang), _words().standalone):
        flipped = NO if verdict_of(answer) == YES else YES  # "standalone?" claims the opposite
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{flipped}")  # of "part of"
    if answer and not gone and verdict_of(answer) in (YES, NO) and _reports_denial(text):
        flipped = NO if verdict_of(answer) == YES else YES  # "Stimmt es, dass MAGIA kein
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{flipped}")  # Interreg-Geld
        return answer  # bekam?": that is true, "Ja.", though the claim checked was the money
    if answer and verdict_of(answer) == YES and \
            not _words().denials.isdisjoint(normalize(text).split()):
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{CONTRADICTED}")
    if answer and verdict_of(answer) in (YES, NO) and (claims := _two_claims(text, kb, lang)) \
            and (held := _claim_held(claims, subject, kb, lang, last)):
        return held  # "Ist BRIDGE 53 ein eigenes Projekt oder Teil von etwas anderem?"
    return answer


CHOICE_LEAD_IN = 2  # words between "or" and the second alternative: "or by the ERDF"


def _offered(text: str, kb: KnowledgeBase, lang: str) -> tuple[tuple[str, str], ...]:
    """ "Was BFCC funded by Interreg or by the ERDF?", "Lief BONEBANK vier oder fünf Jahre?":
    the two claims a question offers to choose from, each as its words (the question with the
    other alternative left out) and the alternative's name. Only names of facts (a funder, a
    place, an organisation) or numbers, one "or": not projects ("Did ELISE or BFCC run in
    2018?" asks of both), "or not", "oder so"; else ()."""
    words = _words()
    tokens = normalize(text).split()
    at = [i for i, t in enumerate(tokens) if t in words.choice_joins]
    if len(at) != 1 or not 0 < at[0] < len(tokens) - 1 or tokens[at[0] + 1] in words.choice_none:
        return ()
    k = at[0]
    found = named_in(tokens, kb)
    if any(m.kind == "project" and m.start > k for m in found):
        return ()  # ("or BFCC": a choice between projects)
    names = [m for m in found if m.kind not in ("project", "topic")]  # ("a guide or a
    # handbook?" asks for any, not which)
    second = next(((m.start, m.end) for m in names
                   if k < m.start <= k + 1 + CHOICE_LEAD_IN), None) or next(
        ((i, _figure_end(tokens, i)) for i in range(k + 1, min(k + 2 + CHOICE_LEAD_IN,
                                                                len(tokens)))
         if _figure(tokens[i])), None)
    if not second:
        return ()
    first = next(((m.start, m.end) for m in names if m.end <= k and tokens[m.end:k] == tokens[
        second[1]:second[1] + k - m.end]), None) or _figure_before(tokens, k)  # "an LSN or
    if not first or _figure(tokens[first[0]]) != _figure(tokens[second[0]]):  # a Hamburg
        return ()  # project" (a name against a number: no choice)
    raw, owner = _written(text, tokens)
    kept = [i for i, t in enumerate(tokens) if t not in words.choice_openers]
    one = dict.fromkeys(owner[i] for i in kept if i < k or i >= second[1] + k - first[1])
    other = dict.fromkeys(owner[i] for i in kept if i < first[0] or i >= second[0])
    return ((" ".join(raw[i] for i in one), _alternative(raw, owner, first, names, kb, lang)),
            (" ".join(raw[i] for i in other), _alternative(raw, owner, second, names, kb,
                                                            lang)))


def _figure_end(tokens: list[str], i: int) -> int:
    """Where a figure that starts at token i ends: past the second half of a decimal ("1,2"
    reads as "1 2") and an amount's scale ("1.2 million", "1,2 Milliarden")."""
    end = i + 1
    if end < len(tokens) - 1 and tokens[end].isdigit() and _money_unit(tokens[end + 1]):
        end += 1
    return end + 1 if end < len(tokens) and _money_unit(tokens[end]) else end


def _figure_before(tokens: list[str], k: int) -> tuple[int, int] | None:
    """The figure that ends right before token k ("1.2 million" before "or"), if any."""
    start = k - 1 if k >= 2 and _money_unit(tokens[k - 1]) else k
    if start < 1 or not _figure(tokens[start - 1]):
        return None
    start -= 1
    if start != k - 1 and start >= 1 and tokens[start - 1].isdigit():
        start -= 1  # ("1 2 millionen": a decimal)
    return start, k


def _money_unit(token: str) -> bool:
    """ "million", "Mrd", "euros": a word that makes a number an amount."""
    return measure_units().get(token) in (*SCALES, "euros")


def _figure(token: str) -> bool:
    """A number or a year: "four", "vier", "5", "2022"."""
    return number_word(token) is not None or len(token) == 4 and token.isdigit()


def _written(text: str, tokens: list[str]) -> tuple[list[str], list[int]]:
    """The words as written ("ERDF?", "Schleswig-Holstein") and the word of each token, where
    the text's words and its tokens line up; else the tokens themselves."""
    raw = text.split()
    owner = [i for i, w in enumerate(raw) for _ in normalize(w).split()]
    return (raw, owner) if len(owner) == len(tokens) else (tokens, list(range(len(tokens))))


def _alternative(raw: list[str], owner: list[int], span: tuple[int, int], names: list[Match],
                 kb: KnowledgeBase, lang: str) -> str:
    """The name of one alternative: a place's own name ("schleswig-holsteinisches":
    Schleswig-Holstein), else the words as written ("ERDF", "fünf")."""
    place = next((m.id for m in names if (m.start, m.end) == span and m.id in kb.places), None)
    if place:
        return kb.places[place].name.get(lang)
    return " ".join(raw[i] for i in dict.fromkeys(owner[span[0]:span[1]])).strip(CHOICE_MARKS)


CHOICE_MARKS = ",.;:!?\"'„“”‚‘’»«()"


def _named_alike(a: str, b: str, kb: KnowledgeBase, lang: str
                 ) -> tuple[Term, str, str] | None:
    """The one funder, place or organisation two alternatives both name ("ERDF", "EFRE"), if
    they do, with the name each used as the record writes it ("EFRE" of "EFRE-Mitteln");
    else None."""
    records = {"funder": kb.funders, "place": kb.places, "organisation": kb.organisations}
    found = []
    for name in (a, b):
        tokens = normalize(name).split()
        matches = [m for m in named_in(tokens, kb) if m.kind in records]
        if len({(m.kind, m.id) for m in matches}) != 1:
            return None
        said = " ".join(tokens[matches[0].start:matches[0].end])
        record = records[matches[0].kind][matches[0].id]
        names = (*((record.name,) if isinstance(record.name, str) else (
            record.name.en, record.name.de)), *record.aliases)
        found.append((record, next((n for n in names if normalize(n) == said), name)))
    (one, x), (other, y) = found
    return (term(one, lang), x, y) if one is other else None


def _chosen(offered: tuple[tuple[str, str], ...], subject: tuple[str, ...], kb: KnowledgeBase,
            lang: str, last: str | None) -> Answer | None:
    """Which of two alternatives the page holds: the one (with the facts it rests on), both,
    or neither; where it settles neither, it doesn't say. None where an alternative makes no
    claim we can check."""
    found = []
    for words, name in offered:
        answer = check(understand(words, kb, lang), words, subject, kb, lang, last)
        if answer is None or verdict_of(answer) is None:
            return None
        found.append((answer, name, verdict_of(answer)))
    held = [(a, name) for a, name, kind in found if kind == YES]
    (one, a, _), (other, b, _) = found
    if same := _named_alike(a, b, kb, lang):  # "by the ERDF or the EFRE?": one fund, two
        what, x, y = same  # names: the claim checked once, no "both"
        if normalize(x) != normalize(y):  # ("Lübeck or Luebeck": one name)
            one.lines.insert(1, Line("choice_same", {"a": x, "b": y, "what": what}))
        return one
    if len(held) == 1:
        result = held[0][0]
        word = held[0][1]
        result.lines[0] = Line("either_said", {"word": word[:1].upper() + word[1:]})
    elif held or all(kind == NO for *_, kind in found):
        result = one
        result.lines[0] = Line("choice_both" if held else "choice_neither", {"a": a, "b": b})
        result.lines += [x for x in other.lines[1:] if x not in result.lines] if held else []
    else:
        result = next(x for x, _, kind in found if kind == UNKNOWN)
        result.lines[0] = Line(f"verdict_{UNKNOWN}")
    result.answered = verdict_of(result) != UNKNOWN
    return result


def _two_claims(text: str, kb: KnowledgeBase, lang: str) -> tuple[str, str] | None:
    """ "Ist BRIDGE 53 ein eigenes Projekt oder Teil von etwas anderem?", "is it 1.2 million
    or 1.2 billion?", "ist es abgeschlossen oder läuft es noch?": the two claims one "or"
    joins, the first the words before it, the second the words after it, led by the first's
    verb and subject (the question up to the last project named before "or", or its verb and
    a pronoun) unless they open a question of their own; None where there is no such "or"
    ("or not", "yes or no", "oder so", "…, oder?"), no subject to lead the second, or where
    the second is a place something came from ("a cluster from Belgium or from Sweden?")."""
    words = _words()
    tokens = normalize(text).split()
    at = [i for i, t in enumerate(tokens) if t in words.choice_joins]
    if len(at) != 1 or not 1 < at[0] < len(tokens) - 1 or tokens[at[0] + 1] in words.choice_none:
        return None
    k = at[0]
    raw, owner = _written(text, tokens)
    tail = tokens[k + 1:]
    if not words.origin_prepositions.isdisjoint([tail[0], *tokens[max(0, k - 3):k - 1]]):
        return None  # "Kam bei MAGIA ein Cluster aus Belgien oder aus Schweden?", "a cluster
        # from Belgium or Sweden?": one claim of where some came from, held by either
    if is_yes_no(tail, lang):  # "… oder läuft das noch?": a question of its own
        lead = 0
    else:
        named = [m.end for m in named_in(tokens[:k], kb) if m.kind == "project"]
        lead = named[-1] if named else 2 if tokens[1] in words.choice_subjects else 0
        if not lead:
            return None
    kept = [i for i in range(k) if tokens[i] not in words.choice_openers]

    def said(ids: list[int]) -> str:
        return " ".join(raw[i] for i in dict.fromkeys(owner[j] for j in ids))
    return said(kept), said([*range(lead), *range(k + 1, len(tokens))])


def _claim_held(claims: tuple[str, str], subject: tuple[str, ...], kb: KnowledgeBase,
                lang: str, last: str | None) -> Answer | None:
    """A choice between two claims the page settles one way each: the one it holds, said with
    its facts and no "Yes" (a "Yes" would answer the first); None where both get the same
    verdict ("a guide or a handbook?", "part of a bigger initiative or flagship?": one claim
    in two words) or one is not settled."""
    found = [check(understand(words, kb, lang), words, subject, kb, lang, last)
             for words in claims]
    kinds = [verdict_of(a) if a else None for a in found]
    if sorted(map(str, kinds)) != [NO, YES]:
        return None
    held = found[kinds.index(YES)]
    held.lines = held.lines[1:]
    return held if held.lines else None


PREDICATE = 2.0  # an aspect's score that makes it what a claim says (a funding word: "paid")
CHECKED_BY_TEXT = ("goals", "activities", "results", "overview", "lsn_role", "list")
CLAIMED_FACTS = ("funding", "amount", "lead", "contact")  # facts the page's texts never settle


def _unverified(u: Understanding, intent: str | None) -> bool:
    """Whether a yes or a no came from what a project was about (its topic, its aim), while
    what the claim says of it is a fact the check never looked at: "Were BONEBANK patients paid
    for giving bone?" says money ("paid"), and BONEBANK's aim only says bone. Then the page
    doesn't say (it says what the project was about). A list is checked so only by its topics."""
    f = u.filters
    if intent not in CHECKED_BY_TEXT or intent == "list" and (
            f.funders or f.places or f.organisations or f.years or not f.topics):
        return False
    scores = dict(u.scores)
    top = max(scores, key=scores.__getitem__, default=None)
    return top in CLAIMED_FACTS and scores[top] >= PREDICATE


def _everyday_unsaid(u: Understanding, text: str, p: Project, intent: str | None,
                     kb: KnowledgeBase, lang: str) -> list[str]:
    """The everyday words of a claim settled by a project's text that the text doesn't use."""
    field = "summary" if intent == "overview" else intent
    if field not in (*TEXTS, "summary"):
        return []
    common, free = vocabulary().common, _claim_free()
    if field == "goals":  # "was KI#CK meant for people in Schleswig-Holstein?": whom the aim
        free = free | _words().for_whom_people  # is for, the place checked (_for_whom_at)
    tokens = _before_speaker(claim_tokens(normalize(text).split(), lang))
    picks = _picking(tokens)  # ("was LSN in that earlier one too?": the project, no claim)
    everyday = [t for i, t in enumerate(tokens) if t in common and t not in free and
                not t.isdigit() and len(t) >= 3 and i not in picks]
    fields = _told_in(field, u)
    return [w for w in everyday if w not in _org_name_words(kb) and w not in _project_words(p)
            and not any(_says(p, f, w, kb) or _says_stem(p, f, w) for f in fields)]


def _picking(tokens: list[str]) -> set[int]:
    """Where a word picks a project talked of after an article ("that earlier one", "das
    spätere Projekt"): it names which project, it claims nothing of it."""
    articles, ways = phrases().talked_picks
    words = ways[1] | ways[-1]
    return {i for i in range(1, len(tokens)) if tokens[i] in words and tokens[i - 1] in articles}


STEM_ENDINGS = ("ing", "ed", "es", "e", "s")  # "store" is said by "storing", "job" by "jobs"


def _says_stem(p: Project, field: str, word: str) -> bool:
    """Whether a word of the text starts with the claim's word without its ending: a short
    word the first five letters don't catch ("store" of "storing")."""
    stem = next((word[:-len(e)] for e in STEM_ENDINGS
                 if word.endswith(e) and len(word) - len(e) >= 3), word)
    text = getattr(p, field, None) if field in (*TEXTS, "summary") else None
    return bool(text) and any(f" {stem}" in f" {_stems(t)[1]}" for t in (
        text.get("en"), text.get("de")) if t)


STRAND = re.compile(r"\d{1,2}|(?:ii|iii|iv|v|vi|vii|viii|ix|x)[a-d]?")  # "5 a", "VA", "IV"


def funding_manner(u: Understanding, text: str) -> bool:
    """ "Welche Projekte förderte die EU direkt?", "Did the EU fund MAGIA directly?": a funder
    claimed with a way its money came (directly, indirectly), which the page never says."""
    return bool(u.filters.funders) and not _funding_manner().isdisjoint(normalize(text).split())


@cache
def _check_words(name: str) -> frozenset[str]:
    """A word list of bot/data/query.yaml's checks, both languages together, normalized."""
    return frozenset(normalize(str(w)) for ws in data_file("query")["checks"][name].values()
                     for w in ws)


@cache
def _funding_manner() -> frozenset[str]:
    return _check_words("funding_manner")


def _funder_strand(tokens: list[str], u: Understanding, kb: KnowledgeBase) -> bool:
    """Whether a funder's name is followed by a strand or period of it that the page never
    gives it ("Interreg 5A", "Interreg VI-B"): the page names the project's programme otherwise,
    so it doesn't say the project had that one."""
    common, units = vocabulary().common, measure_units()
    for fid in u.filters.funders:
        f = kb.funders[fid]
        for name in {normalize(n) for n in (f.name.en, f.name.de, *f.aliases)}:
            words = name.split()
            for i in range(len(tokens) - len(words)):
                after = tokens[i + len(words)]
                if tokens[i:i + len(words)] == words and STRAND.fullmatch(after) and \
                        after not in common and not set(  # ("Interreg 5 million": money)
                            tokens[i + len(words) + 1:i + len(words) + 2]) & units.keys():
                    return True
    return False


def _told_in(field: str, u: Understanding) -> tuple[str, ...]:
    """The texts that tell what a verdict shows: what was done tells what came of it and the
    other way round; an aim asked for may be checked in any text (its words may stand in what
    was done); a project's topics always."""
    if field == "goals" and u.intent == "goals":
        return (*TEXTS, "topics")
    return ("activities", "results", "topics") if field in ("activities", "results") else (
        field, "topics")


@lru_cache(maxsize=4)
def _org_name_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(normalize(" ".join(n for o in kb.organisations.values()
                                        for n in (o.name, *o.aliases))).split())


@lru_cache(maxsize=64)
def _project_words(p: Project) -> frozenset[str]:
    return frozenset(normalize(" ".join(p.names())).split())


@cache
def _claim_free() -> frozenset[str]:
    """Words that claim nothing of a project: the question's own, fillers, the words that say
    a thing was made or what a project was about ("ging es um")."""
    words = _words()
    return words.question_words | words.fillers | words.made | {
        w for phrase in words.subject_claims for w in phrase.split()}


def _reports_denial(text: str) -> bool:
    """ "Is it true that BFCC was not funded by Interreg?": a claim told to be confirmed that
    denies what is checked, so the verdict on what is checked turns round. "nicht nur" ("not
    only … but also") denies nothing."""
    tokens, words = normalize(text).split(), _words()
    starts = [i + len(p) for p in words.reported for i in range(len(tokens))
              if tuple(tokens[i:i + len(p)]) == p]
    return bool(starts) and any(
        t in words.reported_denials and not set(tokens[i + 1:i + 2]) & words.only
        for i, t in enumerate(tokens) if i >= min(starts))


def _holds_any(p: Project, against: dict[str, tuple[str, ...]], lead: bool) -> bool:
    """Whether a name set against a claim holds of the project after all: then the claim
    ("UKSH led it, not LSN") is false."""
    orgs = set(p.lead if lead else p.organisations())
    places = {*p.countries, *p.cities, *p.regions, *p.target_countries,
              *(x.country for x in p.partners if x.country)}
    return bool(orgs & set(against.get("organisation", ())) or
                set(p.funding) & set(against.get("funder", ())) or
                places & set(against.get("place", ())))


def verdict_of(answer: Answer) -> str | None:
    """ "yes", "no" or "unknown" where the answer opens with a verdict, else None."""
    key = answer.lines[0].key if answer.lines else ""
    kind = key.removeprefix("verdict_") if key.startswith("verdict_") else None
    return YES if kind == CONTRADICTED else kind


@dataclass(frozen=True)
class _Claim:
    """One yes/no claim as the checks see it: the message read, its subject (the first
    project) and the other projects it names, and what it claims."""

    u: Understanding
    text: str
    tokens: list[str]
    subject: tuple[str, ...]
    others: tuple[str, ...]
    found: list[Measure]  # figures claimed: "five years", "over 1 million"
    claim: str | None  # a claim word's kind: "running", "same_year" …
    kb: KnowledgeBase
    lang: str
    last: str | None  # what the answer before was about
    merely: bool = False  # "just a partner?": a partner's part and no more (_merely_partner)

    @property
    def pid(self) -> str:
        return self.subject[0]

    @property
    def project(self) -> Project:
        return self.kb.projects[self.subject[0]]


def _checked(u: Understanding, text: str, subject: tuple[str, ...], kb: KnowledgeBase,
             lang: str, last: str | None = None, merely: bool = False) -> Answer | None:
    """The claim checked by the first rule that fits, in this order: claims of a special form,
    claims about two projects, claims of a fact (a figure, a lead, a place, a year, a funder),
    then claims of what a project was or did. ``merely``: the claim is of a partner's part
    and no more ("just a partner?"), read once by the caller."""
    if not subject:
        return None
    tokens = claim_tokens(normalize(text).split(), lang)
    if len(u.projects) > 1:
        tokens = _order_typos(tokens)
    tokens = _names_spelt_right(tokens, u.projects, kb)
    c = _Claim(u, text, tokens, subject, tuple(p for p in u.projects if p not in subject[:1]),
               _claimed_measures(measures(text), u), claim_of(tokens), kb, lang, last, merely)
    if not u.elsewhere and (city := _funder_as_place(u, tokens, c.project, last)):
        c = replace(c, u=replace(u, elsewhere=(city,)))  # "harvested at hospitals in Hamburg"
    elif clusters := _funders_as_clusters(u, tokens):  # "the Hamburg health cluster": an
        c = replace(c, u=replace(u, filters=replace(  # organisation named by its city
            u.filters, funders=tuple(f for f in u.filters.funders if f not in clusters),
            organisations=tuple(dict.fromkeys((*_city_clusters(clusters, kb),
                                               *u.filters.organisations))))))
    if c.claim in ("running", "ended") and u.intent == "status" and not c.others and \
            not u.filters.years and not c.found:  # "is MAGIA2Market still open for SMEs?":
        return _status(c.project, c.claim, kb, lang)  # its status; whom it was for is no claim
    if u.intent == "funding" and u.filters.places and not (
            u.filters.funders or u.filters.organisations or u.filters.topics or c.others or
            u.elsewhere or u.other_funders or c.found):  # "Was BONEBANK funded by Denmark?",
        return verdict(UNKNOWN, _facts("funding", c.pid, kb, lang), "funding", (c.pid,))  # a
    # place the page names no funder in: who funded it, not where it was (was "Yes." from
    # its places: Denmark is one of BONEBANK's countries, its money Interreg's and the ERDF's)
    result = _special_form(c) or _about_two(c) or _of_a_figure_or_lead(c) or _of_a_fact(c) or \
        _of_content(c)
    if result and not c.others and verdict_of(result) == UNKNOWN and not (
            u.filters.funders or u.filters.places or u.filters.organisations or c.found):
        return _said_of_linked(c, result)  # (what it did, not its money, places or figures)
    if result and result.intent == "activities" and "built" in u.asks:
        result.intent = "results"  # "Hat es eine Plattform aufgebaut?": what it built is
        # its results, told in the words of its activities (as "what did X build?")
    return _where_the_thing_was(c, result) if result and result.intent == "places" else result


def _said_of_linked(c: _Claim, result: Answer) -> Answer:
    """A claim the page doesn't settle of a project but says outright of the project it
    followed or that followed it ("did companies get market studies?" of MAGIA2Market: the
    page says so of MAGIA): still not said of the project asked of, then whose it is, and
    the text that says it."""
    p, kb = c.project, c.kb
    for role in ("predecessor", "follow_up"):
        for other in linked(p, role):
            if field := _said_by(c.tokens, kb.projects[other]):
                result.lines.append(Line(f"said_of_{role}",
                                         {"other": project_names((other,), kb)}))
                result.build(field, kb.projects[other], kb, c.lang)
                result.projects = (*result.projects, other)
                result.focus = (p.id,)
                return result
    return result


def _where_the_thing_was(c: _Claim, result: Answer) -> Answer:
    """ "Were the stem cells stored in Kiel?", "So the biobank is only in Lübeck?": a place
    claimed of a thing the project's texts place (its results: "a cross-border biobank in
    Lübeck and Odense") rests on the text that places it, not on where the project was."""
    p, kb = c.project, c.kb
    cities = [n for i in p.cities for n in (kb.places[i].name.en, kb.places[i].name.de)]
    topics = c.u.filters.topics  # the thing placed: "stem cells", "the biobank"
    words = _topic_words(kb, topics, c.tokens) if topics else []
    for field in ("results", "activities"):
        text = getattr(p, field, None)
        if words and text and any(n in (text.get("en") or "") for n in cities) and all(
                _own_texts_say_in(p, field, w) for w in words):
            facts = _facts(field, p.id, kb, c.lang, c.u.asks)
            return replace(result, lines=[*result.lines[:1], *facts.lines[:1]],
                           facts=[*facts.facts])
    return result


def _before_unsaid(tokens: list[str]) -> bool:
    """ "so there had been no fracture registries before?", "gab es vorher keine Register?": a
    claim that none of a thing was there before, which the page never tells (its "first" says
    only what the project did first), ending on "before" or holding "vorher"."""
    nones, befores, german = _none_before_words()  # (German puts "vorher" anywhere; English
    return not nones.isdisjoint(tokens) and bool(tokens) and (  # "before MAGIA2Market" names
        tokens[-1] in befores or not german.isdisjoint(tokens))  # what came before a project)


@cache
def _none_before_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """query.yaml checks.none_before: the words of "none", of "before" (both languages) and
    the German ones of "before"."""
    words = data_file("query")["checks"]["none_before"]
    return (frozenset(normalize(w) for ws in words["none"].values() for w in ws),
            frozenset(normalize(w) for ws in words["before"].values() for w in ws),
            frozenset(normalize(w) for w in words["before"]["de"]))


PHASE_SAID = re.compile(r"\b(first|second|third|fourth)\b[\w' ]{0,20}?\bphase\b")
PHASE_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _phase_claimed(c: _Claim) -> Answer | None:
    """ "was that the second phase?", "in der ersten Projektphase?": a phase of the project by
    its number, where its account names one ("In the project's first phase, …"): yes where it
    is that one, no where it is another; None where the claim names no phase or the account
    none."""
    if _words_of_phase().isdisjoint(c.tokens) or not _check_words(
            "phase_exists").isdisjoint(c.tokens):  # ("was there a second phase?": whether one
        return None  # was, which the first named leaves open)
    text = ((c.project.activities or {}).get("en") or "").lower()
    said = {PHASE_NUMBERS[m] for m in PHASE_SAID.findall(text)}
    if not said:
        return None
    return verdict(YES if c.u.ordinal in said else NO,
                   _facts("activities", c.pid, c.kb, c.lang), "activities", (c.pid,))


@cache
def _words_of_phase() -> frozenset[str]:
    return _check_words("phase_words")


STEP_ASKS = frozenset({"harvest", "storage"})  # steps the account places ("the isolated stem
# cells stored in Kiel?" claims the storage)


def _step_unplaced(c: _Claim) -> Answer | None:
    """A place claimed of a step of the project's work its account tells without a place
    (BONEBANK's bone "transported to the corresponding lab and the stem cells were isolated"):
    the page doesn't say, with that account (no "no" from where the project was)."""
    text = ((c.project.activities or {}).get("en") or "").lower()
    if not text or not c.u.asks.isdisjoint(STEP_ASKS) or not any(  # (a step it places)
            stem in text and not words.isdisjoint(c.tokens)
            for stem, words in _unplaced_steps().items()):
        return None
    return verdict(UNKNOWN, _facts("activities", c.pid, c.kb, c.lang), "activities", (c.pid,))


@cache
def _unplaced_steps() -> dict[str, frozenset[str]]:
    return {stem: frozenset(normalize(str(w)) for w in words)
            for stem, words in data_file("query")["checks"]["unplaced_steps"].items()}


def _own_texts_say_in(p: Project, field: str, word: str) -> bool:
    """Whether one of the project's texts in our words (its results, …) uses the word."""
    text = getattr(p, field, None)
    return bool(text) and _texts_say([text.get("en"), text.get("de")], word)


def _special_form(c: _Claim) -> Answer | None:
    """ "for big corporations?", "a project called HIHeal?", "without registering?", "all from
    the ESF?", "a purely German thing?", "any project other than MAGIA …?"."""
    u, tokens, pid, kb, lang = c.u, c.tokens, c.pid, c.kb, c.lang
    if _has_any(tokens, phrases().free_access) and c.project.resources:  # (before the manner:
        return _free_access(c.project, tokens, kb, lang)  # "publicly available?" is said)
    if not c.others and u.ordinal and (phase := _phase_claimed(c)):
        return phase  # "war das die zweite Projektphase?" of BONEBANK: its first, no second
    if not c.others and (contrary := _contrary_group(c)):
        return contrary  # "was MAGIA meant for big corporations?": no, for SMEs
    if not c.others and _only_named(tokens, c.project):  # "is there a project called
        return verdict(YES, _facts("overview", pid, kb, lang), "overview", (pid,))  # HIHeal …?"
    if not c.others and (how := _manner_unsaid(c)):
        return how  # "Was the AI course online?": the page says nothing of how it was given
    if has_phrase(tokens, phrases().needs_registration) and c.project.resources:
        return _free_access(c.project, tokens, kb, lang, free=False)  # "need to register?"
    if not c.others and u.elsewhere and _only_claim(tokens):  # "nur auf Hamburg ausgerichtet?"
        return _elsewhere_only(c.project, u, kb, lang)
    if not c.others and u.filters.funders and not u.filters.places and _only_claim(tokens):
        return _funded_only(c.project, u.filters.funders, kb, lang)  # "all from the ESF?"
    if not c.others and not u.filters.funders and c.last in MONEY and _only_claim(tokens) and \
            (paid := _places_as_funders(tokens, u, kb)):  # "Und nur von Schleswig-Holstein?",
        return _funded_only(c.project, paid, kb, lang)  # "a purely S-H project?" after money
    if not c.others and not u.filters.funders and (u.intent in MONEY or c.last in MONEY) and \
            _only_claim(tokens) and has_phrase(tokens, _only_funder_nouns()):
        return _one_funder(c.project, kb, lang)  # "was that the only fund?"
    if not c.others and u.filters.organisations and _only_before_project(tokens, c.project) \
            and (only_here := _only_here(c.project, u.filters.organisations, kb, lang)):
        return only_here  # "War die TH Lübeck nur an KI#CK beteiligt?": in no other project
    if not c.others and u.filters.organisations and c.merely and (
            not _asks_lead(u) or has_phrase(tokens, _words().lead_denied)):  # ("nur beteiligt
        # und nicht Lead?": a partner's part and no more, the lead denied with it)
        return _merely(c.project, u.filters.organisations, u, kb, lang)  # "nur Partner?"
    if not c.others and u.filters.organisations and dict(u.scores).get("lead", 0) < LED and \
            _only_claim(tokens) and not _only_countries(tokens, u, kb):  # "LSN ganz allein?"
        return _alone(c.project, u.filters.organisations, u, kb, lang)  # ("led solely by
        # LSN?" claims the lead)
    if not c.others and u.filters.places and _has_any(tokens, _words().whole_place) and (
            whole := _whole_places(tokens, u.filters.places, kb)):  # "all of Germany?"
        return _of_whole_places(c.project, whole, u, kb, lang)
    if not c.others and (only := _only_countries(tokens, u, kb)):  # "a purely German thing?"
        return _of_countries_only(c.project, only, u, kb, lang, tokens)
    if "added" in u.asks and u.intent == "places" and not u.filters.places and \
            set(c.others) <= {c.project.follows, *c.project.continued_by}:
        return _added(c.project, u, kb, lang)  # "did MAGIA2Market add a country?" (to MAGIA)
    if not c.others and "dropped" in u.asks and u.filters.places and (
            gone := _dropped(c.project, u.filters.places, u, kb, lang)):
        return gone  # "Was China dropped?" after MAGIA2Market: it kept China
    if (left := left_out(tokens, kb)) and (
            apart := _apart_from(u, left, pid, kb, lang, tokens)):
        return apart  # "did any project other than MAGIA …", "other hospitals than Lübeck"
    return None


def _manner_unsaid(c: _Claim) -> Answer | None:
    """ "Was the AI course online?", "War das Angebot kostenlos?": how something was offered,
    which none of the project's texts says: the page doesn't say, with what the project was
    (no "yes" from the topic alone)."""
    scores = dict(c.u.scores)
    if scores.get("funding", 0) + scores.get("amount", 0) > 0 or \
            not _manner_missing(c.tokens, (c.project,), c.kb):  # ("publicly funded?")
        return None
    field = "activities" if c.project.activities else "goals"  # (what it offered)
    return verdict(UNKNOWN, _facts(field, c.pid, c.kb, c.lang), field, (c.pid,))


def _manner_missing(tokens: list[str], projects: tuple[Project, ...], kb: KnowledgeBase
                    ) -> bool:
    """Whether a claim says how something was offered or dealt with (online, sold, public)
    in words none of the projects' texts use."""
    said = [t for t in tokens if t in _words().manner]
    return bool(said) and all(_missing(p, said, kb) for p in projects)


def _dropped(p: Project, places: tuple[str, ...], u: Understanding, kb: KnowledgeBase,
             lang: str) -> Answer | None:
    """ "Was China dropped?", "Wurde China bei MAGIA2Market gestrichen?": of a project linked
    to a follow-up or a predecessor, a target the follow-up still has was not dropped (no, with
    the follow-up's targets); one the predecessor had and the follow-up lacks was. None where
    no link or no target settles it."""
    later = p if p.follows else next((kb.projects[i] for i in p.continued_by), None)
    earlier = kb.projects[p.follows] if p.follows else p if later else None
    if later is None or earlier is None or not set(places) <= set(earlier.target_countries):
        return None
    kind = NO if set(places) & set(later.target_countries) else YES
    facts = _facts("places", later.id, kb, lang, u.asks | {"added"})
    result = verdict(kind, facts, "places", (later.id,))
    result.focus = (p.id,)
    return result


def _added(p: Project, u: Understanding, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Kam bei MAGIA2Market noch ein Land dazu?": yes, with what the follow-up added to its
    predecessor's targets; of the predecessor, no, with what its follow-up added; of a project
    with neither, the page doesn't say (there was nothing to add to)."""
    facts = _facts("places", p.id, kb, lang, u.asks | {"added"})
    if p.added_targets:
        return verdict(YES, facts, "places", (p.id,))
    later = tuple(i for i in p.continued_by if kb.projects[i].added_targets)
    kind = NO if p.follows or later else UNKNOWN
    result = verdict(kind, facts, "places", (p.id, *later))
    result.focus = (p.id,)
    return result


def _about_two(c: _Claim) -> Answer | None:
    """Links, order, lengths, figures, years, overlaps and funders claimed of two projects (or
    of each of several)."""
    u, tokens, pid, others, subject, kb, lang = c.u, c.tokens, c.pid, c.others, c.subject, \
        c.kb, c.lang
    if others and c.claim == "adjacent":  # "did MAGIA2Market start right after MAGIA ended?"
        return _adjacent((pid, others[0]), kb, lang)  # (before "after" as an order)
    if others and c.claim == "gap":  # "was there a break before MAGIA2Market started?": the
        return _gap((pid, others[0]), kb, lang)  # time between the two, not the two starts
    if others and (relation := _relation_kind(tokens, u)):
        if _joined(c.text, (pid, *others), kb):  # "Hatten HIHeal und MAGIA einen Nachfolger?":
            ids = (pid, *others)[:LIST_EACH]  # a link of each, not one between them
            return _each([_exists(replace(u, projects=(i,)), i, kb, lang) for i in ids], ids)
        return _relation(pid, others[0], relation, kb, lang, c.text)
    if others and u.intent == "relations" and _linked_pair(pid, others[0], kb):
        facts = _facts("relations", pid, kb, lang)  # "is HIHeal next level transition
        return verdict(YES, facts, "relations", (pid, others[0]))  # connected to HIHeal?"
    if others and (order := _order_words(tokens)):
        return _order(pid, others[0], order, u, kb, lang, tokens)
    if others and _during(tokens):  # "Lief MAGIA2Market schon, als MAGIA noch lief?"
        return _overlap((pid, others[0]), kb, lang)
    if others and (when := _when_order(tokens)):  # "was BFCC over when MAGIA began?"
        ordered = _order(pid, others[0], when[0], u, kb, lang, tokens, when[1:])
        if claim_of(tokens[:_when_at(tokens)[0]]) in ("running", "ended"):  # "still running
            ordered.intent = "status"  # when InnoReAct started?": a status at the other's date
        return ordered
    if c.claim == "same_length" and len({pid, *others, *subject[1:2]}) >= 2:
        return _same_length((pid, (others or subject[1:])[0]), kb, lang)  # "gleich lang?"
    if others and not c.found and (compare := comparison(tokens)):
        return _compare(pid, others[0], compare, tokens, kb, lang, c.last)  # "länger als ELISE?"
    if not others and not c.found and len(u.filters.funders) == 1 and \
            has_phrase(tokens, _larger_share()):  # "Kam bei KI#CK der größere Betrag aus
        return _compare_shares(c.project, u.filters.funders, "more", c.text, kb, lang,
                               named_first=True)  # dem ESF?": its share against the rest
    if not others and not c.found and len(u.filters.funders) in (1, 2) and (
            compare := comparison(tokens)):  # "was the ESF share bigger than the state's?",
        # "more from the ESF than from the EU/state funds?"
        return _compare_shares(c.project, u.filters.funders, compare, c.text, kb, lang)
    if len(subject) >= 2 and c.found:  # "did ELISE and BONEBANK both run for five years?"
        return _measured_each(subject[:LIST_EACH], c.found[0], kb, lang)
    if c.claim in ("same_year", "same_month") and len(
            ids := tuple(dict.fromkeys((*subject, *others)))) >= 2:  # (of one compared with
        return _same_year(ids[:LIST_EACH], u, kb, lang, c.claim == "same_month")  # another)
    if c.claim in ("overlap", "gap", "adjacent", "same_funder", "same_places") and \
            len(set(subject[:1] + (others or subject[1:2]))) >= 2:  # named, or the two talked of
        pair = (pid, (others or subject[1:])[0])
        if c.claim == "overlap" and u.filters.mode in _EVENTS:  # "did A end at the same time
            return _same_time(pair, _EVENTS[u.filters.mode], kb, lang)  # as B?": the ends
        if c.claim == "same_places":  # "did MAGIA and MAGIA2Market have the same targets?"
            return _same_places(pair, same_targets(tokens), kb, lang)
        return {"overlap": _overlap, "gap": _gap, "adjacent": _adjacent}.get(
            c.claim, _same_funders)(pair, kb, lang)
    return None


def _of_a_figure_or_lead(c: _Claim) -> Answer | None:
    """ "did it run five years?", "vom UKSH Kiel geleitet?", "is that in euros?"."""
    if c.found and (alliance := _predecessors_alliance(c)):
        return alliance
    if c.found:
        return _as_budget(c, _measured(c.project, c.found[0], c.kb, c.lang,
                                       c.u.filters.funders, any("region" in t for t in c.tokens),
                                       "product" in c.u.asks))
        # "more than 5 partner regions?": the regions; "did the registry go beyond one country?":
        # the countries of the thing it made, told with its results
    if (c.last in MONEY or c.u.intent in MONEY) and (currency := _currency(c)):
        return currency
    if c.u.filters.organisations and (_asks_lead(c.u) or c.last == "lead" and not c.u.scores):
        # "vom UKSH Kiel geleitet": the lead; "was that UKSH?" right after who led it: the lead
        led = _lead(c.project, c.u.filters.organisations, c.kb, c.lang,
                    _qualifiers(c.tokens, c.u, c.kb), _run_with(c.tokens, c.u, c.kb))
        turned = {YES: NO, NO: YES}.get(verdict_of(led) or "")
        if turned and has_phrase(c.tokens, _words().lead_denied):  # "just a partner, not the
            led.lines[0] = replace(led.lines[0], key=f"verdict_{turned}")  # lead?": turned
            led.answered = True
        return led
    return None


MONEY = ("amount", "funding")


def _currency(c: _Claim) -> Answer | None:
    """ "is that in euros?" after an amount: yes, the page gives its amounts in euros; "in
    dollars?" no; where the page gives the project no amount, it doesn't say."""
    words = set(c.tokens) | {" ".join(c.tokens[i:i + 2]) for i in range(len(c.tokens))}
    kind = YES if words & _words().page_currency else \
        NO if words & _words().other_currencies else None
    if kind is None:
        return None
    if any(t[:1].isdigit() for t in c.tokens):  # "1.2 gazillion euros?": a figure it can't
        return _facts("amount", c.pid, c.kb, c.lang, WRITTEN) if c.project.amounts else None
        # read, not the currency: no verdict
    facts = _facts("amount", c.pid, c.kb, c.lang)
    return verdict(kind if c.project.amounts else UNKNOWN, facts, "amount", (c.pid,))


def _of_a_fact(c: _Claim) -> Answer | None:
    """A place, a year, a larger whole, a funder, an organisation or a topic claimed."""
    u, tokens, pid, kb, lang = c.u, c.tokens, c.pid, c.kb, c.lang
    if (for_whom := _for_whom_at(c)) is not None:
        return for_whom  # "was KI#CK meant for staff in Schleswig-Holstein?": its aim
    if (u.elsewhere or u.other_funders) and (u.filters.places or u.filters.funders) and \
            _has_any(tokens, vocabulary().phrase_sets["alternatives"]):
        kind = "places" if u.filters.places else "funders"  # "a Belgian or a Dutch
        held = _filters(pid, u.filters, kind, u, tokens, kb, lang)  # cluster?": either one
        if verdict_of(held) != NO:
            return held
    if u.filters.places and not c.others and (targets := _partners_in_targets(c)):
        return targets  # "Hatte MAGIA2Market Partner in Japan?": a market, no partner there
    if u.filters.places and not c.others and (aimed := _targets_claimed(c)):
        return aimed  # "was Belgium a target country?" of MAGIA: a partner's, no target
    if (u.filters.places or u.elsewhere) and not c.others and (org_at := _organisation_at(c)):
        return org_at  # "did the ELISE lead partner come from Poland?": its lead, not ELISE
    if (u.elsewhere or u.filters.places) and not c.others and (step := _step_unplaced(c)):
        return step  # "wurden die Stammzellen in Kiel isoliert?": "the lab", never placed
    if u.elsewhere or u.other_funders:  # "Was Spain one of ELISE's countries?"
        return _elsewhere(c.project, u, tokens, kb, lang)
    if u.filters.years and u.filters.mode == "active" and c.claim == "ended" and \
            _has_any(tokens, vocabulary().phrase_sets["year_until"]):
        return _over_by(c.project, u.filters.years[1], kb, lang)  # "over by 2020?"
    if u.filters.years and u.filters.mode == "active" and c.claim != "ended" and \
            _by_year(tokens):  # "was BFCC running by 2017?": under way by then, not its end
        return _running_by(c.project, u.filters.years[1], kb, lang)
    if u.filters.years and u.filters.mode == "active" and (bound := _run_bound(c)):
        return bound  # "Lief NORTHOPEDICS ab Juli 2016?": its start, not its run then
    if u.filters.years and u.filters.mode == "active" and \
            _has_any(tokens, vocabulary().phrase_sets["year_until"]):
        return _ran_until(c.project, u.filters.years[1], kb, lang,  # "until 2022"
                          _has_any(tokens, vocabulary().phrase_sets["year_longer"]))
    if (after := _continued_after(c)) is not None:
        return after
    if u.filters.month and not u.filters.years:  # "did it end in June?": of any year
        ids = tuple(dict.fromkeys((*c.subject[:1], *c.others)))[:LIST_EACH]
        if len(ids) >= 2:
            return _each([_in_month(i, u.filters, kb, lang) for i in ids], ids)
        return _in_month(pid, u.filters, kb, lang)
    if u.filters.years and u.filters.year_kind == "year" and (dates := claimed_dates(c.text)):
        ids = tuple(dict.fromkeys((*c.subject[:1], *c.others)))[:LIST_EACH]
        which = _year_intent(u.filters) if u.filters.mode != "active" else \
            u.intent if u.intent in ("start", "end") else "dates"
        if len(ids) >= 2:  # "did both end on 31 March 2023?": of each
            return _each([_dated(i, dates, which, kb, lang) for i in ids], ids)
        told = _dated(pid, dates, which, kb, lang)  # "Endete P.I.L.O.T. am 31.12.2022?"
        if which == "dates" and _going_on(tokens):
            told.intent = "status"  # "still going in March 2023?": whether it was going on
        return told  # then, told by its run (as a year claimed is, docs/labels.md)
    if u.filters.years:
        years = replace(u.filters, funders=(), places=(), organisations=(), topics=())
        ids = tuple(dict.fromkeys((*c.subject[:1], *c.others)))
        if len(ids) >= 2:  # "InnoReAct und MAGIA2Market endeten beide 2023, oder?": each
            return _each([_filters(i, years, "years", u, tokens, kb, lang)
                          for i in ids[:LIST_EACH]], ids[:LIST_EACH])
        return _filters(pid, years, "years", u, tokens, kb, lang)
    initiatives = [t for t in u.filters.topics if kb.topics[t].kind == "initiative"]
    if initiatives:  # "War BFCC Teil der EU-Ostseestrategie?": what it was part of
        return _initiative(c.project, initiatives[0], kb, lang)
    if not c.others and u.intent == "part_of" and _has_any(tokens, _words().bigger):
        return _larger_whole(u, pid, kb, lang)  # "zu einem größeren EU-Vorhaben?"
    if not c.others and u.filters.topics and "product" in u.asks and (
            made := _made_elsewhere(c.project, u.filters.topics, kb, lang)):
        return made  # "a fracture registry within NORTHOPEDICS?": BFCC built it
    scores = dict(u.scores)
    if u.filters.funders and not scores.get("funding", 0) + scores.get("amount", 0) and \
            scores.get("partners", 0) >= 2:  # "War die TU Hamburg bei P.I.L.O.T. Partner?":
        p = c.project  # an organisation the page doesn't name, not Hamburg's money
        return verdict(NO if p.partners_complete else UNKNOWN,
                       _facts("partners", pid, kb, lang, u.asks), "partners", (pid,))
    if not c.others and u.intent == "partners" and not any(
            getattr(u.filters, k) for k in ("funders", "places", "organisations", "topics")) \
            and (kinds := _organisation_kinds(tokens)):  # "Was a university involved in KI#CK?"
        if found := _said_outright(tokens, c.project):  # "did companies get access to market
            return verdict(YES, _facts(found, pid, kb, lang, u.asks), found, (pid,))  # studies?"
        return _of_kind(c.project, kinds, u, kb, lang,  # what they did there, not who took
                        only=_has_any(tokens, _words().only))  # part; "only universities?"
    if u.filters.places and not c.others and (set_up := _set_up_at(c)):
        return set_up  # "Did MAGIA open an office in China?": China alone doesn't settle it
    if not c.others and (u.filters.topics or u.filters.places) and \
            _has_any(tokens, _words().outcome) and (made := _made_words(tokens, c.project)):
        return _made_claim(made, False, c.project, kb, lang, outcome=True)  # "did BONEBANK
        # lead to a stem cell therapy?": an outcome only its results name, not its topic
    if not (u.filters.funders or u.filters.places or u.filters.organisations) and (
            settled := _either_settled(c)):
        return settled  # "Was the registry transnational or only local?" (a topic named)
    for kind in ("funders", "places", "organisations", "topics"):
        if getattr(u.filters, kind):
            ids = tuple(dict.fromkeys((pid, *c.others)))[:LIST_EACH]
            if kind == "topics" and len(ids) >= 2 and (each := _topic_of_each(c, ids)):
                return each  # "Did all three of BFCC, BONEBANK and NORTHOPEDICS deal with
                # bones?": each one's own verdict, as it gets alone
            if kind in ("funders", "places") and len(ids) >= 2:  # "both COSME-funded?",
                return _each([_filters(i, u.filters, kind, u, tokens, kb, lang)  # "also …
                              for i in ids], ids,  # like MAGIA?", "both French partners?"
                             "places" if kind == "places" else None)  # of each
            return _filters(pid, u.filters, kind, u, tokens, kb, lang)
    return None


def _for_whom_at(c: _Claim) -> Answer | None:
    """ "was KI#CK meant for staff in Schleswig-Holstein?", "War KI#CK für Beschäftigte in
    Schleswig-Holstein gedacht?": a place claimed of whom a project was for, which its aim
    names ("for staff in Schleswig-Holstein's life science cluster"): yes, with the aim
    (sets 35, 42, 49, 51). None where the aim names no place claimed ("aimed at staff in
    Hamburg?" is "No" with the places, sets 20, 25, 27, 34; docs/labels.md)."""
    u, p, kb = c.u, c.project, c.kb
    claimed = [*u.filters.places, *(f for f in u.filters.funders if f in kb.places)]
    if u.intent != "goals" or c.others or not claimed or not p.goals or u.elsewhere or \
            not _has_any(c.tokens, _words().for_whom_people):
        return None
    aim = " ".join(normalize(t) for t in (p.goals.en, p.goals.de) if t)
    if not all(any(f"{normalize(n)}" in aim for n in place_names(kb, x)) for x in claimed):
        return None
    return verdict(YES, _facts("goals", c.pid, kb, c.lang, u.asks), "goals", (c.pid,))


def _topic_of_each(c: _Claim, ids: tuple[str, ...]) -> Answer | None:
    """A topic claimed of several projects named side by side: the claim of each, checked on
    its words without the others' names and the words that make it one of each ("all three
    of", "beide"); None where the names are not side by side ("Was BFCC about bones, like
    NORTHOPEDICS?") or one project's check gives no verdict."""
    tokens = normalize(c.text).split()
    spans = sorted(s for found in _name_spans(tokens, ids, c.kb).values() for s in found[:1])
    joins = vocabulary().phrase_sets["conjunctions"]
    if len(spans) != len(ids) or any(not set(tokens[end:start]) <= joins for (_, end), (
            start, _) in itertools.pairwise(spans)):
        return None
    group = phrases().all_of | phrases().each_claims
    checked = []
    for pid in ids:
        words = " ".join(t for t in _without_names(c.text, tuple(i for i in ids if i != pid),
                                                   c.kb).split()
                         if t not in group and number_word(t) is None)
        checked.append(check(understand(words, c.kb, c.lang), words, (pid,), c.kb, c.lang))
    if any(a is None or verdict_of(a) is None or a.projects[:1] != (pid,)
           for a, pid in zip(checked, ids, strict=True)):
        return None
    return _each([a for a in checked if a is not None], ids)


SET_UP_WITHIN = 3  # "open an office", "set up a lab": the thing near its verb, or before a
SET_UP_BEFORE = 6  # German participle at the clause's end ("eine Firma in den USA gegründet")


def _set_up_at(c: _Claim) -> Answer | None:
    """ "Did MAGIA open an office in China?", "Hat BONEBANK in Odense ein Labor gegründet?": a
    thing claimed set up at a place. Only what a project made (its results, said with a verb
    of making) holds a yes; a hospital the page names as where the work happened is no
    hospital the project built. Else the page doesn't say (never a yes for the place alone).
    None where the claim sets up no such thing ("set up a biobank at hospitals in Lübeck")."""
    words = _words()
    verbs = [i for i, t in enumerate(c.tokens) if t in words.founding]
    things = [t for i, t in enumerate(c.tokens) for e in words.establishments
              if t.startswith(e) and (len(e) >= 4 or t == e)
              and any(abs(i - v) <= SET_UP_WITHIN or c.lang == "de" and 0 < v - i <= SET_UP_BEFORE
                      for v in verbs)]
    if not things or any(_says(c.project, "results", t) for t in things) and any(
            _says(c.project, "results", v) for v in words.founding if len(v) >= 5):
        return None
    return verdict(UNKNOWN, _facts("places", c.pid, c.kb, c.lang), "places", (c.pid,))


def _organisation_at(c: _Claim) -> Answer | None:
    """ "did the ELISE lead partner come from Poland?", "War die Uni Kiel bei BONEBANK
    dabei?": an organisation of a role (the lead) or a kind (a university) claimed from a
    place, not the place itself. Yes where the page gives the project such an organisation
    there; no where it names the lead (or every partner) and none is there; else the page
    doesn't say, with what it says of the lead or the partners. None for a plain place claim."""
    p, kb = c.project, c.kb
    lead = has_phrase(c.tokens, _words().lead_roles) or _led_from(c)
    kinds = set() if lead else _organisation_kinds(c.tokens)
    if not (lead or kinds) or not lead and (_where_done(c.tokens) or "harvest" in c.u.asks) or \
            _set_up_at(c) or \
            c.u.filters.places and c.u.elsewhere:  # ("Did BONEBANK build a hospital in
        return None  # Odense?": a thing set up; "Italian and Spanish clusters?": both, below)
    named = p.lead if lead else p.organisations()
    if kinds:
        named = tuple(o for o in named if _organisation_kinds(_org_words(p, o, kb)) & kinds)
    intent = "lead" if lead else "partners"
    facts = _facts(intent, p.id, kb, c.lang, c.u.asks)
    if not _named_by_place(c) and c.u.filters.places and (all(
            _organisation_in(named, claimed, kb) for claimed in c.u.filters.places) or
            not has_phrase(c.tokens, _words().partner_nouns) and
            _described_at(p, kinds, c.u.filters.places, kb)):
        return verdict(YES, facts, intent, (p.id,))
    claimed = (*c.u.filters.places, *c.u.elsewhere)  # ("a Spanish cluster in MAGIA?": Life
    settled = all(org_places(o, kb) or _away_from_home(o, claimed, kb)  # Science Nord, whose
                  for o in named) and (  # country the page doesn't give, is at home in Germany)
        bool(p.lead) if lead else p.partners_complete)
    return verdict(NO if settled and named else UNKNOWN, facts, intent, (p.id,))


def _led_from(c: _Claim) -> bool:
    """ "was BONEBANK led by Odense?", "von Odense geleitet?", "who led it, was it Odense?": a
    place claimed with a lead verb (or right after who led it) claims where the lead was, not
    where the project was active (BONEBANK worked in Odense; UKSH Lübeck led it)."""
    scores = dict(c.u.scores)
    return not c.u.filters.organisations and (
        c.u.intent == "lead" and scores.get("lead", 0) >= LED or
        c.last == "lead" and not scores and len(c.tokens) <= LED_FROM_WORDS and
        not set(c.tokens) & _words().place_prepositions)  # ("in Kiel Knochen entnommen?")


LED_FROM_WORDS = 4  # "was it Odense?", "oder Odense?", "war es Odense?": the place alone


def _described_at(p: Project, kinds: set[str], places: tuple[str, ...], kb: KnowledgeBase
                  ) -> bool:
    """ "was odense hospital part of bonebank": the partners the page describes without naming
    them (BONEBANK's hospitals in Lübeck and Odense) are of the kind claimed, in each place
    claimed; the reply's own "Also involved" line says so (not that they were partners)."""
    if not (p.partners_note and kinds):
        return False
    texts = [f" {normalize(t)} " for t in (p.partners_note.en, p.partners_note.de)]
    return bool(kinds & {k for t in texts for k in _organisation_kinds(t.split())}) and all(
        any(f" {normalize(n)} " in t for t in texts for n in place_names(kb, place))
        for place in places)


def _partners_in_targets(c: _Claim) -> Answer | None:
    """ "Hatte MAGIA2Market Partner in Japan?", "did MAGIA have partners in China?": partners
    claimed in a place that is only a target market of the project. A market is no place its
    partners came from: yes only where the page puts a partner there, no where it names them
    all, else the page doesn't say; with the partners and the places."""
    p, kb, places = c.project, c.kb, c.u.filters.places
    targets = {*p.target_countries, *p.added_targets}
    if not has_phrase(c.tokens, _words().partner_nouns) or not set(places) <= targets or \
            set(places) & {*p.countries, *p.cities, *p.regions}:
        return None
    there = any(_organisation_in(p.organisations(), place, kb) for place in places)
    facts = _facts("partners", p.id, kb, c.lang, c.u.asks)
    facts.build("places", p, kb, c.lang)
    kind = YES if there else NO if p.partners_complete else UNKNOWN
    return verdict(kind, facts, "partners", (p.id,))


def _targets_claimed(c: _Claim) -> Answer | None:
    """ "was Belgium a target country?", "War Japan ein Zielland von MAGIA2Market?": a place
    claimed a target of a project the page gives targets for, where it is a country its
    partners came from and no target (BioWin's Belgium of MAGIA): no, with the places (the
    partner's country is where it was, not what it aimed at). None otherwise: the places
    check settles it, with the follow-up's targets where they differ."""
    p, places = c.project, c.u.filters.places
    targets = {*p.target_countries, *p.added_targets}
    if not targets or "targets" not in c.u.asks or not _of_targets(c.tokens) or \
            has_phrase(c.tokens, _words().partner_nouns):
        return None
    own = {*p.countries, *c.kb.partner_countries(p)}
    if not any(x in own and x not in targets for x in places):
        return None
    return verdict(NO, _facts("places", p.id, c.kb, c.lang, c.u.asks), "places", (p.id,))


def _organisation_in(orgs: tuple[str, ...], place: str, kb: KnowledgeBase) -> bool:
    """Whether the page puts one of the organisations in the place or in a place within it."""
    return any(at_place(w, place, kb) for o in orgs for w in org_places(o, kb))


def _where_done(tokens: list[str]) -> bool:
    """ "harvested at hospitals in Hamburg", "in Hamburger Kliniken entnommen": the kind of
    organisation says where something was done (a place claim), not who took part."""
    before = _words().place_prepositions | {"an", "am"}
    return any(_kinds_of(t) and before & set(tokens[max(0, i - 2):i])  # ("in Hamburg
               for i, t in enumerate(tokens))  # hospitals")


NAMED_BY_PLACE = 2  # "die Uni Kiel", "the University of Lübeck": a kind and its place a name


def _named_by_place(c: _Claim) -> bool:
    """Whether an organisation's kind word is followed closely by a place, as in a name ("die
    Uni Lübeck", "the University of Lübeck"): one organisation, not any of that kind there
    (TH Lübeck is no "Uni Lübeck"); "a university in Lübeck" asks of the kind."""
    names = {w for i in c.u.filters.places for n in place_names(c.kb, i)
             for w in normalize(n).split()} | {normalize(n) for n in c.u.elsewhere}
    linking = {"of", "zu"}  # "University of Kiel", "Universität zu Lübeck"
    for i, token in enumerate(c.tokens):
        after = [w for w in c.tokens[i + 1:i + 1 + NAMED_BY_PLACE] if w not in linking]
        if _kinds_of(token) and after and after[0] in names:
            return True
    return False


def _org_words(p: Project, org: str, kb: KnowledgeBase) -> list[str]:
    """An organisation's names and its role in the project: "Lyonbiopole (life science
    cluster)" is a cluster."""
    o = kb.organisations[org]
    roles = [t for x in p.partners if x.org == org and x.role for t in (x.role.en, x.role.de)]
    return normalize(" ".join((o.name, *o.aliases, *roles))).split()


def _kinds_of(word: str) -> set[str]:
    """The kinds of organisation a word names: its first letters ("universities", "Kliniken"),
    a short one whole ("uni"); a hospital's word inside a compound makes it a hospital only."""
    kinds = _words().organisation_kinds
    found = {k for k, stems in kinds.items() for s in stems
             if word.startswith(s) and (len(s) >= 5 or word == s)}
    if any(s in word for s in kinds.get("hospital", ())):
        return {"hospital"}
    return found


def _kind_of_organisation(tokens: list[str]) -> bool:
    """ "a Belgian cluster", "eine dänische Klinik": a kind of organisation from a country, which
    asks the partners; a plain partner ("a Belgian partner", "Partner aus Belgien") asks the
    country (docs/labels.md), and so does a kind told by "aus"/"from" where it gets here (most
    such claims are settled before, by _organisation_at)."""
    origin = _words().origin_prepositions
    return any(_kinds_of(t) and not (i + 1 < len(tokens) and tokens[i + 1] in origin)
               for i, t in enumerate(tokens))


def _organisation_kinds(tokens: list[str]) -> set[str]:
    """The kinds of organisation words name: a university hospital is a hospital."""
    kinds = {k for t in tokens for k in _kinds_of(t)}
    return kinds - {"university"} if "hospital" in kinds else kinds


def _kinds_held(p: Project, kb: KnowledgeBase) -> tuple[set[str], bool]:
    """The kinds of the organisations the page gives a project (by their names and roles, and
    the partners it describes), and whether it names them all."""
    texts: list[str] = []
    for x in p.partners:
        org = kb.organisations[x.org]
        texts += [org.name, *org.aliases, *((x.role.en, x.role.de) if x.role else ())]
    for oid in (*p.lead, *p.together_with):
        org = kb.organisations[oid]
        texts += [org.name, *org.aliases]
    if p.partners_note:
        texts += [p.partners_note.en, p.partners_note.de]
    held = {k for t in texts for k in _organisation_kinds(normalize(t).split())}
    return held, p.partners_complete


def _kinds_worked_with(p: Project, kb: KnowledgeBase) -> set[str]:
    """The kinds of organisation the page says a project worked with or for without naming
    one (its topics of kind "involved": BFCC's registries "at hospitals")."""
    return {k for t in p.topics if kb.topics[t].kind == "involved"
            for name in (kb.topics[t].name.en, kb.topics[t].name.de)
            for k in _organisation_kinds(normalize(name).split())}


def _of_kind(p: Project, kinds: set[str], u: Understanding, kb: KnowledgeBase,
             lang: str, only: bool = False) -> Answer:
    """ "Was a university involved in KI#CK?", "War ein Krankenhaus bei BONEBANK dabei?": yes
    where an organisation the page gives the project is of that kind (TH Lübeck, a university
    of applied sciences), no where it names the whole consortium and none is; else the page
    doesn't say. Companies may have taken part without being partners (MAGIA's events): no
    "no" for them."""
    held, complete = _kinds_held(p, kb)
    facts = _facts("partners", p.id, kb, lang, u.asks - {"companies"})
    if only and held - kinds:  # "Were only universities involved in KI#CK?": a company too
        return verdict(NO, facts, "partners", (p.id,))
    if kinds & held and (complete or not only):  # (only that kind, of a consortium the page
        return verdict(YES, facts, "partners", (p.id,))  # doesn't name whole: not settled)
    if not only and kinds & _kinds_worked_with(p, kb):  # "Were hospitals involved in BFCC?":
        return verdict(YES, _facts("activities", p.id, kb, lang, u.asks), "activities",
                       (p.id,))  # it set up registries at hospitals (what it did with them)
    if complete and "company" not in kinds:
        return verdict(NO, facts, "partners", (p.id,))
    return verdict(UNKNOWN, _facts("partners", p.id, kb, lang, u.asks), "partners", (p.id,))


def _of_content(c: _Claim) -> Answer | None:
    """What a project was about, its status, its links, what it made: "Hat BONEBANK was mit
    Krebs zu tun?", "is it still running?", "Hat P.I.L.O.T. einen Nachfolger?"."""
    u, tokens, pid, kb, lang, p = c.u, c.tokens, c.pid, c.kb, c.lang, c.project
    if u.unknown_filters and not _names_beyond_topics(u) and _about_subject(tokens) and (
            about := content_claim(u, tokens, p, kb, lang)):
        return about  # "Hat BONEBANK was mit Krebs zu tun?": what it was about
    if (u.unknown_names or u.unknown_filters) and (found := _said_outright(tokens, p)):
        # "Hatten Unternehmen bei MAGIA Zugang zu Marktstudien?": a word the page knows no
        # name for, but the project's text uses (its activities name market studies)
        return verdict(YES, _facts(found, pid, kb, lang, u.asks), _purpose(u, found), (pid,))
    if u.unknown_names or u.unknown_filters:  # "Was Sweden among BFCC's countries?"
        intent = u.intent if u.intent in PROJECT_BUILDERS else "results" if _has_any(
            tokens, _words().made_public) and p.results else "places"  # ("did NORTHOPEDICS
        # publish anything for clinicians?": what it made, not where it was)
        return verdict(UNKNOWN, _facts(intent, pid, kb, lang, u.asks), intent, (pid,))
    if c.claim in ("running", "ended") and not (u.intent in RELATIONS and after_end(tokens)):
        return _status(p, c.claim, kb, lang)  # ("continued after it ended?" asks for a
        # follow-up)
    if u.intent == "relations":  # "Hatte BONEBANK was mit Krebs zu tun?": no project named
        return content_claim(u, tokens, p, kb, lang) or _exists(u, pid, kb, lang)
    if settled := _either_settled(c):
        return settled
    if u.intent == "results" and (made := _made_words(tokens, p)):
        either = _has_any(tokens, vocabulary().phrase_sets["alternatives"])
        return _made_claim(made, either, p, kb, lang,  # "publish an atlas?"
                           outcome=_has_any(tokens, _words().outcome))
    if u.intent == "results" and _has_any(tokens, _words().documents) and \
            not any(r.is_result for r in p.resources):  # "eine Publikation zu BFCC?": the page
        return verdict(UNKNOWN, _facts("results", pid, kb, lang), "results", (pid,))  # links
    return _exists(u, pid, kb, lang) or content_claim(u, tokens, p, kb, lang)


def _names_beyond_topics(u: Understanding) -> bool:
    """Unknown names that are not also the claim's unknown subject: "ein Projekt über Krebs"
    reads "Krebs" as a name and as a subject, which it is ("about cancer")."""
    return bool({normalize(n) for n in u.unknown_names} -
                {normalize(f) for f in u.unknown_filters})


def _contrary_group(c: _Claim) -> Answer | None:
    """ "was MAGIA meant for big corporations?", "War MAGIA2Market was für Konzerne?": a group
    the one the page gives the project rules out (small and medium-sized companies): no, with
    the aim that names its group. A claim that also names the group itself ("for SMEs or big
    corporations?") is no such claim."""
    p, words, tokens = c.project, _words(), c.tokens
    said = frozenset().union(*(words.contrary[t] for t in p.topics if t in words.contrary and
                               t not in c.u.filters.topics))
    whom = c.u.intent == "goals" or any(  # (whom it was for, not who took part)
        t in words.contrary_before and " ".join(tokens[i + 1:i + n]) in said
        for i, t in enumerate(tokens) for n in (2, 3, 4))
    if not said or not whom or not has_phrase(tokens, said):
        return None
    field = "goals" if p.goals else "overview"
    return verdict(NO, _facts(field, c.pid, c.kb, c.lang), field, (c.pid,))


def _either_settled(c: _Claim) -> Answer | None:
    """ "Was that registry transnational or only local?": a choice between two words, where the
    project's texts say the one ("the first transnational fracture registry") and not the other
    (or the other is claimed "only"): that one, with the text that says it, and no "yes"."""
    tokens, words = c.tokens, _words()
    at = next((i for i, t in enumerate(tokens[1:-1], 1)
               if t in vocabulary().phrase_sets["alternatives"]), None)
    if at is None:
        return None
    first = tokens[:at]
    other = [t for t in tokens[at + 1:] if t not in words.only]
    if len(other) != 1 or not first:  # (one word each side: "local", "transnational")
        return None
    only = len(other) < len(tokens[at + 1:])  # "or only local"
    held = [(word, found) for word, claim in ((first[-1], first), (other[0], [*first[:-1],
                                                                               *other]))
            if (found := content_claim(c.u, claim, c.project, c.kb, c.lang)) and
            verdict_of(found) == YES]
    if len(held) == 2:  # both in the page's words ("set up local fracture registries … one
        held = [h for h in held if _own_texts_say(c.project, h[0])]  # transnational
        # registry"): the one our texts say of it
    if len(held) != 1 or only and held[0][0] == other[0]:
        return None  # (both, neither, or only the one claimed "only": no choice settled)
    word, found = held[0]
    found.lines[0] = Line("either_said", {"word": word[:1].upper() + word[1:]})
    return found


def _own_texts_say(p: Project, word: str) -> bool:
    """Whether the project's texts in our words (not the page's words behind them) use it."""
    return any(_own_texts_say_in(p, f, word) for f in (*TEXTS, "summary"))


def _made_words(tokens: list[str], p: Project) -> list[str]:
    """What a claim says a project made ("Did NORTHOPEDICS publish an atlas?": "atlas"): all
    but the words that only say so, the function words and the name."""
    skip, names = _made_skip(), set(normalize(" ".join(p.names())).split())
    return [t for t in tokens if len(t) >= 4 and t not in skip and t not in names]


@cache
def _made_skip() -> frozenset[str]:
    """The words of a claim that don't name what was made, of any project (built once: the
    language markers are hundreds of words)."""
    markers = vocabulary().markers
    return frozenset(_words().made | _words().fillers | markers.get("en", frozenset()) |
                     markers.get("de", frozenset()) |
                     {w for told in _words().reported for w in told})  # ("Stimmt es, dass …")


def _made_claim(words: list[str], either: bool, p: Project, kb: KnowledgeBase, lang: str,
                outcome: bool = False) -> Answer:
    """Yes where the project's texts hold what the claim says it made; that it had results is
    no yes to an atlas it may not have made: else the page doesn't say, with its results. An
    outcome ("did it lead to …?") only its results can name (not its aim)."""
    made: list[str | None] = [t for r in p.resources if r.is_result for t in (r.en, r.de)]
    missing = [w for w in _missing(p, words, kb) if not _texts_say(made, w)]
    field = _where_said(p, words) or ("results" if made else None)
    if outcome and field != "results":
        field = None
    if either:  # "a guide or a handbook?": one of them is enough
        missing = missing if len(missing) == len(words) else []
    if field and not missing and not _headless(p, words):  # ("a guide": InnoReAct's is only
        # a resource the page names; "Frakturdaten": fractures, but the page names no data)
        return verdict(YES, _facts(field, p.id, kb, lang), field, (p.id,))
    return verdict(UNKNOWN, _facts("results", p.id, kb, lang), "results", (p.id,))


def _free_access(p: Project, tokens: list[str], kb: KnowledgeBase, lang: str,
                 free: bool = True) -> Answer:
    """ "Can I look at the BONEBANK competence atlas without registering?": no where the page
    says the resources named (else all of the project's) are found only after registration;
    of any other it doesn't say. "Do I need to register to see it?" (not `free`): yes there."""
    asked = {w for phrase in (*phrases().free_access, *phrases().needs_registration)
             for w in phrase.split()}
    names = {w for n in p.names() for w in normalize(n).split()}
    said = {t[:5] for t in tokens if len(t) >= 5 and t not in asked and t not in names}
    named = [r for r in p.resources
             if said & {w[:5] for w in normalize(f"{r.en} {r.de}").split() if len(w) >= 5}]
    facts = _facts("results", p.id, kb, lang)
    closed = all(r.registration for r in named or p.resources)
    if not free:  # "do I need to register to see it?": yes where what it names (or, naming
        closed = any(r.registration for r in named or p.resources)  # none, anything) needs it
    return verdict((NO if free else YES) if closed else UNKNOWN, facts, "contact", (p.id,))
    # (how to get at a thing is a contact: where it is, and what it takes)


def _only_claim(tokens: list[str]) -> bool:
    """ "purely", "nur", "all from": a claim that nothing else was there ("not only Lübeck"
    claims more)."""
    words = _words()
    return any(" ".join(tokens[i:i + n]) in words.only and not (
        i and tokens[i - 1] in words.negations) and not (  # "or only later": when, no only
        i + n < len(tokens) and tokens[i + n] in words.later) and not (
        i == len(tokens) - 1 and tokens[i] in words.only_particles) and not (  # "kam ESF-Geld
        i and tokens[i - 1] in words.counted_subjects and tokens[i] in ("all", "alle"))  # rein?"
        # ("were they all funded by the EU?" asks of each of them)
        for i in range(len(tokens)) for n in (1, 2, 3))


def _places_as_funders(tokens: list[str], u: Understanding, kb: KnowledgeBase
                       ) -> tuple[str, ...]:
    """The places claimed that are also funders (the State of Schleswig-Holstein, Hamburg),
    told after an answer about money and not as where something was ("only for Schleswig-
    Holstein?", "nur in Hamburg?" ask the places): the funders of an "only" claim."""
    if not u.filters.places or any(t in _words().place_not_paid for t in tokens):
        return ()
    return tuple(x for x in u.filters.places if x in kb.funders)


def _funded_only(p: Project, named: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    """ "was the KI#CK money all from the ESF?": yes where every funder the page names for the
    project is one of those named or stands under one (or is the fund behind one: the ERDF
    behind Interreg Deutschland-Danmark); no where another gave money; else the page doesn't
    say. A funder named only above the project's own ("so the EU paid everything?" of BFCC,
    funded by an Interreg programme) is no "yes": the page gives no shares, so it doesn't say
    that one paid it all."""
    facts = _facts("funding", p.id, kb, lang)
    covered = {f for f in p.funding if set(named) & kb.funder_ancestors(f)}
    behind = {a for f in covered for a in kb.funder_ancestors(f)}
    other = [f for f in p.funding if f not in covered and f not in behind]
    if not p.funding or not covered and not other:
        return verdict(UNKNOWN, facts, "funding", (p.id,))
    above = any(kb.funders[n].kind != "programme family"  # ("all from Interreg?": the kind
                for f in covered if f not in named  # of programme BFCC's was, no payer)
                for n in set(named) & kb.funder_ancestors(f))
    return verdict(NO if other else UNKNOWN if above else YES, facts, "funding", (p.id,))


@cache
def _only_funder_nouns() -> frozenset[str]:
    return _check_words("only_funder_nouns")


def _one_funder(p: Project, kb: KnowledgeBase, lang: str) -> Answer:
    """ "was that the only fund?" of a project: yes where the page names one funder for it (or
    one and the fund behind it: Interreg Deutschland-Danmark and the ERDF), no where it names
    others beside, and the funding that says so; the page doesn't say where it names none."""
    facts = _facts("funding", p.id, kb, lang)
    behind = {a for f in p.funding for a in kb.funder_ancestors(f) if a != f}
    own = [f for f in p.funding if f not in behind]
    if not own:
        return verdict(UNKNOWN, facts, "funding", (p.id,))
    return verdict(YES if len(own) == 1 else NO, facts, "funding", (p.id,))


LED = 2.5  # a lead word's score ("led", "geleitet"), not "run by" nor "durchgeführt"


ONLY_TO_PROJECT = 3  # words between "only" and the project's name ("only involved in KI#CK")


def _only_before_project(tokens: list[str], p: Project) -> bool:
    """ "Was TH Lübeck only involved in KI#CK?", "War das UKSH nur bei BONEBANK dabei?": "only"
    a few words before the project's name, no partner noun between ("the only partner in
    KI#CK" claims the partners)."""
    words = _words()
    names = [normalize(n).split() for n in (p.name, *p.aliases)]
    for i, t in enumerate(tokens):
        if t not in words.only or i and tokens[i - 1] in words.negations:
            continue
        for j in range(i + 1, min(i + 2 + ONLY_TO_PROJECT, len(tokens))):
            if any(tokens[j:j + len(n)] == n for n in names):
                return not has_phrase(tokens[i + 1:j], words.partner_nouns)
    return False


def _only_here(p: Project, orgs: tuple[str, ...], kb: KnowledgeBase, lang: str
               ) -> Answer | None:
    """Whether the organisations named took part in this project and no other: no where the
    page names one of them in another project too; otherwise the page names them only here,
    and for the projects whose partners it doesn't name it says nothing either way."""
    named = [o for o in orgs if not kb.organisations[o].self]
    if not named or not all(o in p.organisations() for o in named):
        return None  # (not in it at all: the claim of its partners says so)
    elsewhere = tuple(q.id for q in kb.projects.values() if q.id != p.id and
                      any(o in q.organisations() for o in named))
    facts = _facts("partners", p.id, kb, lang)
    orgs_said = Joined(tuple(term(kb.organisations[o], lang) for o in named))
    if elsewhere:
        answer = verdict(NO, facts, "partners", (p.id, *elsewhere))
        answer.lines.insert(1, Line("only_here_not", {"orgs": orgs_said, "items": some_names(
            elsewhere, kb, lang)}))
        return answer
    answer = verdict(YES, facts, "partners", (p.id,))
    answer.lines.insert(1, Line("only_here", {"orgs": orgs_said, "name": Bold(p.name)}))
    near = tuple(i for i in dict.fromkeys((p.follows, *p.continued_by, p.part_of, *p.contains))
                 if i and not kb.projects[i].organisations())  # (MAGIA2Market continued MAGIA's
    if near:  # alliance, HIHeal next level transition HIHeal: whose partners are unnamed)
        answer.lines.insert(2, Line("only_here_near", {"items": some_names(near, kb, lang)}))
    return answer


def _merely_partner(tokens: list[str]) -> bool:
    """ "War LSN da also nur Partner?", "was LSN just a partner in MAGIA?": "only" or "just"
    right before a partner noun (an article between) claims a partner's part and no more, not
    "the only partner" (that no one else took part)."""
    words = _words()
    for i, t in enumerate(tokens[:-1]):
        if t not in words.merely or i and tokens[i - 1] in phrases().the_only_before:
            continue
        j = i + 1 + (tokens[i + 1] in words.merely_articles)
        if j < len(tokens) and (tokens[j] in words.partner_nouns or
                                " ".join(tokens[j:j + 2]) in _merely_parts() or
                                tokens[j] in _merely_parts()):
            return True  # ("nur beteiligt", "just involved": a partner's part too)
    return False


@cache
def _merely_parts() -> frozenset[str]:
    return _check_words("merely_parts")


def _merely(p: Project, orgs: tuple[str, ...], u: Understanding, kb: KnowledgeBase,
            lang: str) -> Answer:
    """A partner's part and no more: yes where the page names each organisation in the
    project and none led it, no where one led it, else the page doesn't say; told by Life
    Science Nord's own role where it is LSN, else by who led the project."""
    intent = "lsn_role" if _lsn_alone(orgs, u, kb) and p.lsn_role else "lead"
    facts = _facts(intent, p.id, kb, lang, u.asks)
    if set(orgs) & set(p.lead):
        return verdict(NO, facts, intent, (p.id,))
    known = set(p.organisations()) - set(p.lead)
    return verdict(YES if set(orgs) <= known else UNKNOWN, facts, intent, (p.id,))


def _alone(p: Project, orgs: tuple[str, ...], u: Understanding, kb: KnowledgeBase,
           lang: str) -> Answer:
    """ "Did LSN run BFCC alone?", "War HIHeal ein Projekt von LSN ganz allein?": no where the
    page names another organisation in the project, counts more than one partner or names
    partner regions; never yes (that no one else took part is nowhere said)."""
    facts = _facts("partners", p.id, kb, lang, u.asks)
    others = set(p.organisations()) - set(orgs)
    more = bool(others) or (partner_count(p) or 0) > 1 or p.partner_regions is not None
    return verdict(NO if more else UNKNOWN, facts, "partners", (p.id,))


def _only_countries(tokens: list[str], u: Understanding, kb: KnowledgeBase) -> tuple[str, ...]:
    """The countries of a claim that a project was of them only: "bonebank was a purely German
    thing?", "Waren bei ELISE nur polnische Partner dabei?"."""
    words = _words()
    if not _only_claim(tokens) and not _of_a_nation(tokens):
        return ()
    named = [*u.filters.places, *(pid for pid, stems in words.only_demonyms.items()
                                  if any(t.startswith(s) for t in tokens for s in stems))]
    return tuple(x for x in dict.fromkeys(named) if x in kb.places)


def _whole_places(tokens: list[str], places: tuple[str, ...], kb: KnowledgeBase
                  ) -> tuple[str, ...]:
    """The places claimed whole: "all of Germany", "ganz Deutschland", "the whole of Europe"
    (the word right before the place's name; "ganz in Deutschland" claims only there)."""
    whole = _words().whole_place
    out = []
    for x in places:
        place = kb.places[x]
        names = {tuple(normalize(n).split()) for n in (place.name.en, place.name.de,
                                                       *place.aliases)}
        if any(tuple(tokens[i:i + len(n)]) == n and any(
                " ".join(tokens[max(0, i - k):i]) in whole for k in (1, 2, 3))
               for n in names if n for i in range(1, len(tokens))):
            out.append(x)
    return tuple(out)


def _of_whole_places(p: Project, whole: tuple[str, ...], u: Understanding, kb: KnowledgeBase,
                     lang: str) -> Answer:
    """ "so it covered all of Germany?" of P.I.L.O.T. (Schleswig-Holstein): never a "yes" from
    a part: no where the page names only places within it (or none in it), the page doesn't
    say where it names the place itself (that says nothing of all of it)."""
    facts = _facts("places", p.id, kb, lang, u.asks)
    own = {*p.countries, *p.regions, *p.cities, *kb.partner_countries(p)}
    return verdict(UNKNOWN if set(whole) & own else NO, facts, "places", (p.id,))


def _of_a_nation(tokens: list[str]) -> bool:
    """ "War ELISE ein deutsches Projekt?", "a Danish project?": a country's adjective right
    before the project noun says whose project it was, a claim of that country alone (ELISE
    was a European one, with partners from six countries)."""
    stems = _demonym_stems()
    nouns = _words().nation_nouns
    return any(t in nouns and i and tokens[i - 1].startswith(stems)
               for i, t in enumerate(tokens))


@cache
def _demonym_stems() -> tuple[str, ...]:
    """The first letters of every country's adjective ("deutsch", "danish", "dänisch")."""
    data = data_file("query")
    return tuple(normalize(str(w)) for entry in (*data["demonyms"].values(),
                                                 *data["checks"]["only_demonyms"].values())
                 for ws in entry.values() for w in ws)


def _of_countries_only(p: Project, only: tuple[str, ...], u: Understanding, kb: KnowledgeBase,
                       lang: str, tokens: list[str]) -> Answer:
    """No where the page names another place of the same kind for the project (another
    country, another city), or more countries than those named; yes where the places of that
    kind it names are those; else the page doesn't say. A claim of its targets ("did MAGIA
    target only the US and China?") is checked against the targets alone."""
    facts = _facts("places", p.id, kb, lang, u.asks)
    if p.target_countries and _of_targets(tokens):
        return verdict(YES if set(p.target_countries) <= set(only) else NO, facts, "places",
                       (p.id,))
    own = set(_own_places(p, only, kb))
    more = bool(own - set(only))
    if not more and kb.places[only[0]].kind == "country" and \
            dict(p.counts).get("countries", 0) > len(only):  # BFCC's seven countries
        more = True
        facts.build("partners", p, kb, lang)
    # the places of that kind the page names are all it names ("only harvested at the hospitals
    # in Lübeck and Odense"), as for a claim of places beyond those named
    whole = bool(own) and not _unnamed_places(p, Filters(), "places")
    return verdict(NO if more else YES if whole else UNKNOWN, facts, "places", (p.id,))


def _of_targets(tokens: list[str]) -> bool:
    """ "did it target only …?", "nur die Zielländer …?": a claim of the places a project
    targeted, not of where its partners were."""
    words = vocabulary().phrase_sets["filter_target_places"]
    return any(t in words for t in tokens)


def _own_places(p: Project, named: tuple[str, ...], kb: KnowledgeBase) -> list[str]:
    """The project's places of the kinds named (cities for a city, countries for a country),
    its partners' countries among them, and those its smaller places lie in (Schleswig-Holstein:
    Germany)."""
    levels = {kb.places[i].kind for i in named if i in kb.places}
    return list(dict.fromkeys(
        a for x in (*p.countries, *p.cities, *p.regions, *p.target_countries,
                    *(x.country for x in p.partners if x.country))
        for a in (x, *sorted(kb.place_ancestors(x) - {x}))
        if a in kb.places and kb.places[a].kind in levels))


def _only_named(tokens: list[str], p: Project) -> bool:
    """ "Is there a project called HIHeal next level transition?", "Gibt es ein Projekt namens
    BRIDGE 53?": a claim that only the project exists, made of its name and the words that ask
    whether some project exists."""
    words = phrases().project_exists
    asking = {w for o in words["openings"] for w in o.split()} | words["indefinite"] | \
        words["nouns"] | {w for c in phrases().called for w in c.split()}
    names = {w for n in p.names() for w in normalize(n).split()}
    rest = [t for t in tokens if t not in names and t not in asking]
    return len(tokens) > len(rest) and not rest and claim_of(tokens) is None and \
        any(" ".join(tokens[:n]) in words["openings"] for n in (1, 2, 3, 4))


_COUNTED = {"countries": ("places", "elsewhere"), "partners": ("organisations",),
            "clusters": ("organisations",)}


def _claimed_measures(found: tuple[Measure, ...], u: Understanding) -> list[Measure]:
    """ "War Dänemark eines der sieben Länder bei BFCC?", "was UKSH one of the 13 partners?":
    a count of the kind of thing named describes the set it is claimed to be in; the claim is
    the thing, not the count."""
    named = {"places": u.filters.places, "elsewhere": u.elsewhere,
             "organisations": u.filters.organisations}
    return [m for m in found if not any(named[k] for k in _COUNTED.get(m.unit, ()))]


def _exists(u: Understanding, pid: str, kb: KnowledgeBase, lang: str) -> Answer | None:
    """ "Hat P.I.L.O.T. einen Nachfolger?": yes where the page names one; where it names none,
    the page's silence is no "no"."""
    intent = u.intent if u.intent in (*RELATIONS, "contains", "results") else None
    if intent is None:
        return None
    facts = _facts(intent, pid, kb, lang, u.asks)  # ("any figures?": none, so no yes)
    reached = linked(kb.projects[pid], intent)
    facts.projects = tuple(dict.fromkeys((pid, *reached)))
    if len(reached) == 1:
        facts.focus = reached  # "Hat HIHeal ein Teilprojekt?" - "und was hat das gemacht?"
    if facts.answered_by_builder:
        answer = verdict(YES, facts, intent, facts.projects)
        answer.focus = facts.focus
        return answer
    facts.answered = False
    return facts


def check_each(ids: tuple[str, ...], claim: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Läuft davon noch eins?": a status claim over the last list, project by project."""
    facts = Answer("status", projects=ids)
    for pid in ids[:10]:
        facts.build("dates", kb.projects[pid], kb, lang)
    if any(kb.projects[p].follow_up_only for p in ids):
        return verdict(UNKNOWN, facts, "status", ids)  # a follow-up the page only names
    # every project the page describes is a past project: none is running, all have ended
    return verdict(YES if claim == "ended" else NO, facts, "status", ids)


def check_list(u: Understanding, kb: KnowledgeBase, lang: str,
               pool: tuple[str, ...] | None = None, text: str = "") -> Answer | None:
    """ "Gab es ein Projekt zu Frakturen?": the list, after a yes or a no; no only where the
    page says of each project what the claim is about ("did any other project get money from
    COSME?": the page names no funder for MAGIA2Market)."""
    if not narrows(u.filters, kb) and not u.projects and u.elsewhere and \
            not (u.unknown_filters or u.other_funders):
        named = tuple(n.title() for n in u.elsewhere)  # "gab es ein Projekt mit Partnern aus
        unnamed = no_match("list", " ".join(named), lang, kb, named)  # Spanien?": none; where
        return verdict(NO if unnamed.answered else UNKNOWN, unnamed, "list", ())  # a project's
    # countries are unnamed and may hold it (BFCC's seven around the Baltic Sea), not settled
    if not narrows(u.filters, kb) or u.projects and pool is None:
        return None
    if u.other_funders:  # "was there a Horizon 2020 project on digital health?": a programme
        unnamed = no_match("list", " ".join(n.title() for n in u.other_funders), lang)  # the
        return verdict(UNKNOWN, unnamed, "list", ())  # page never names funded none of them
    if len(u.filters.organisations) == 1 and len(u.filters.places) == 1 and not u.projects:
        org, place = u.filters.organisations[0], u.filters.places[0]  # "was BioWin a French
        seen = [x.country for p in kb.projects.values() for x in p.partners  # cluster?": its
                if x.org == org and x.country]  # country, not a project with both
        told = org_places_answer((org,), kb, lang)
        if seen and told:
            return verdict(YES if place in seen else NO, told, "places", told.projects)
    listed = list_answer("list", u.filters, kb, lang, pool)
    kinds = _organisation_kinds(claim_tokens(normalize(text).split(), lang))
    if len(listed.listed) == 1 and kinds and len(u.filters.organisations) == 1 and \
            not u.filters.topics and not u.project_noun and \
            not kb.organisations[u.filters.organisations[0]].self:
        return _of_kind(kb.projects[listed.listed[0]], kinds, u, kb, lang)  # "did oncampus
        # work with hospitals?": KI#CK's partners, not that oncampus took part in it
    if listed.listed and (made := _made_unsaid(u, text, listed.listed, kb, lang, listed)):
        return made  # "Hat die UKSH die Biobank aufgebaut?": that BONEBANK had both is no yes
    if listed.listed and (_manner_missing(claim_tokens(normalize(text).split(), lang), tuple(
            kb.projects[p] for p in listed.listed), kb) or  # "Were the stem cells sold to
            _unverified(u, "list") or  # companies?", "Were patients paid for giving bone?"
            _unread_unsaid(u, listed.listed, kb)):  # "… Digitalisierung in der Pflege?"
        return verdict(UNKNOWN, listed, "list", listed.projects, listed)
    if listed.listed:
        found = verdict(YES, listed, "list", listed.projects, listed)
        if len(listed.listed) == 1:  # "Gab es ein vergleichbares Vorhaben?" - "wer war daran
            found.focus = listed.listed  # beteiligt?" asks about the one found
        return found
    silent = _silent(u.filters, pool or tuple(kb.projects), kb)
    if silent:
        listed.add("check_silent", items=some_names(silent, kb, lang))
    unsaid = any(line.key == "list_involved_unsaid" for line in listed.lines)  # "Gab es ein
    # Projekt mit Universitäten und Krankenhäusern?": the page names them only where a project
    # worked with them, so none named is no "no"
    return verdict(UNKNOWN if silent or unsaid else NO, listed, "list", listed.projects, listed)


def _unread_unsaid(u: Understanding, projects: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """ "Gibt es ein Projekt zu Digitalisierung in der Pflege?": beside conditions read, a word
    where a condition would stand that none could be read from ("Pflege"), which none of the
    projects found uses: that they fit it too, the page doesn't say."""
    if not u.unknown_filters:
        return False
    words = {w for f in u.unknown_filters for w in normalize(f).split()}
    return not any(w in said if len(w) >= MADE_WORD else w == said for p in projects
                   for said in _page_words_of(kb.projects[p]) for w in words)  # (inside a
    # compound too: "Medizin" in "Präzisionsmedizin")


def _made_unsaid(u: Understanding, text: str, projects: tuple[str, ...], kb: KnowledgeBase,
                 lang: str, listed: Answer | None = None) -> Answer | None:
    """A claim that one organisation, funder or place made a thing of these projects ("Hat
    die UKSH die Biobank aufgebaut?", "Did LSN set up the biobank?") that the page does not
    say that one made: no where it names another maker (the competence atlas, Life Science
    Nord's), else the page doesn't say, with what the project made or Life Science Nord's
    part in it (several projects: the list, where one was checked); None where the page
    says so, or the message claims no maker."""
    claim = _maker_claim(u, text, kb)
    if claim is None:
        return None
    actor, things, qualifiers = claim
    having = tuple(p for p in projects if not things or not set(things).isdisjoint(
        _topics_within(kb.projects[p].topics, kb)))
    if not having:
        return None  # (a thing the projects never had: "no" with whose it was, elsewhere)
    if qualifiers and not any(qualifiers <= _page_words_of(kb.projects[p]) for p in having):
        said = tuple(p for p in kb.projects if qualifiers <= _page_words_of(kb.projects[p]))
        return _made_told(UNKNOWN, actor, (said or having)[0], kb, lang)  # ("the video
        # trainings" are MAGIA's, no KI#CK qualification programme's)
    makers = [kb.projects[p].makers(things) for p in having]
    if any(actor in m for m in makers if m):
        return None
    kind = NO if any(makers) and not any(
        _maybe_unnamed_maker(actor, kb.projects[p], things, kb) for p in having) else UNKNOWN
    if len(having) > 1 and listed is not None:
        return verdict(kind, listed, "list", listed.projects, listed)
    return _made_told(kind, actor, having[0], kb, lang)


def _led_made(u: Understanding, text: str, projects: tuple[str, ...], kb: KnowledgeBase,
              lang: str) -> Answer | None:
    """ "did LSN lead BONEBANK's business model work?": a lead claimed of a thing the project
    made, not of the project: yes where the page says that one made it (Life Science Nord
    developed BONEBANK's business model), no where it names another maker, else the page
    doesn't say; with what the project made or Life Science Nord's part. None where the claim
    names no such thing ("did LSN lead BONEBANK?")."""
    claim = _maker_claim(u, text, kb, lead=True)
    if claim is None:
        return None
    actor, things, _ = claim
    having = [kb.projects[p] for p in projects if set(things) & _topics_within(
        kb.projects[p].topics, kb) or kb.projects[p].makers(things)]
    if not having:
        return None
    p = having[0]
    makers = p.makers(things)
    kind = YES if makers and actor in makers else NO if makers and not \
        _maybe_unnamed_maker(actor, p, things, kb) else UNKNOWN
    return _made_told(kind, actor, p.id, kb, lang)


def _maybe_unnamed_maker(actor: str, p: Project, things: tuple[str, ...],
                         kb: KnowledgeBase) -> bool:
    """An organisation, or a kind of them ("the hospitals"), the page doesn't name in a
    project that made the things itself ("the BFCC set up local fracture registries") and
    brought together more organisations than it names (BFCC's 13): it may have been one of
    the makers, so the page doesn't say (no "no")."""
    return (actor in kb.organisations or actor in kb.topics) and \
        actor not in p.organisations() and \
        dict(p.counts).get("organisations", 0) > len(p.organisations()) and \
        any(not m.by for m in p.made if m.thing in things)


def _made_told(kind: str, actor: str, pid: str, kb: KnowledgeBase, lang: str) -> Answer:
    """The verdict on a maker claim with what the project made, or Life Science Nord's part."""
    first = kb.projects[pid]
    intent = "lsn_role" if actor in kb.organisations and kb.organisations[actor].self and \
        first.lsn_role else "results"
    return verdict(kind, _facts(intent, first.id, kb, lang), intent, (first.id,))


def _topics_within(topics: tuple[str, ...], kb: KnowledgeBase) -> set[str]:
    """The topics and the broader ones they lie within (a network guide is a guide)."""
    return {*topics, *(w for t in topics for w in kb.topics[t].within)}


MADE_WORD = 4  # a word of a thing the page never names this long: "Marktstudien", "platform"


def _page_words_of(p: Project) -> frozenset[str]:
    """The words the page and the project's texts use of it (its evidence, both languages)."""
    quotes = p.evidence.of(tuple(p.evidence))
    texts = [t for f in ("summary", "goals", "activities", "results")
             if (text := getattr(p, f)) for t in (text.get("en"), text.get("de")) if t]
    return frozenset(w for t in (*quotes, *texts) for w in normalize(t).split())


def claimed_made(u: Understanding, text: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The things made a maker claim names ("Hat die UKSH die Biobank aufgebaut?": the
    biobank), none where the message claims no maker of a thing the page names."""
    claim = _maker_claim(u, text, kb)
    return claim[1] if claim else ()


def _maker_claim(u: Understanding, text: str, kb: KnowledgeBase, lead: bool = False
                ) -> tuple[str, tuple[str, ...], frozenset[str]] | None:
    """Who a claim says made which things: one organisation, funder, place or kind of
    organisation (the hospitals) before the thing ("Did UKSH develop the competence atlas?")
    or after "by" ("Was the biobank built by UKSH?"), with a verb of making; no things where
    it is one the page names no topic for ("Hat die UKSH die Marktstudien erstellt?"); else
    None ("was the biobank set up with EU funds?", "in Lübeck", "Hat LSN das selbst
    gemacht?" claim no maker)."""
    tokens = normalize(text).split()
    said = _check_words("maker_lead_verbs") if lead else _maker_verbs()  # ("lead" only with
    verbs = {k for i in range(len(tokens)) for n in (1, 2)  # a thing made: _led_made)
             if " ".join(tokens[i:i + n]) in said for k in range(i, i + n)}
    if not verbs:
        return None
    found = [replace(m, kind="topic", id=_thing_names().get(" ".join(tokens[m.start:m.end]),
                                                           m.id))
             if m.kind == "project" and " ".join(tokens[m.start:m.end]) in _thing_names() else m
             for m in named_in(tokens, kb)]
    things = tuple(dict.fromkeys(m.id for m in found if m.kind == "topic" and
                                 m.id in _made_things(kb)))
    actors = [m for m in found if (m.kind in ("organisation", "funder", "place") or
              m.kind == "topic" and kb.topics[m.id].kind == "involved") and not any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
        for o in found)]  # (not Schleswig-Holstein inside its Regional Economic Programme)
    if len({m.id for m in actors}) != 1:
        return None
    actor = actors[0]
    named = {i for m in found for i in range(m.start, m.end)}
    words = _maker_words()
    unnamed = [i for i, t in enumerate(tokens) if i not in named and i not in verbs and
               len(t) >= MADE_WORD and t not in _claim_free() and t not in words.not_things]
    if not things and (lead or not unnamed):
        return None
    at = next(m.start for m in found if m.id in things) if things else unnamed[0]
    before = tokens[max(0, actor.start - 2):actor.start + 1]  # (an alias may hold the "by")
    if len(before) > 1 and before[-2] in words.not_agents:
        return None
    if actor.start > at and words.agents.isdisjoint(before):
        return None
    starts = {m.start for m in found if m.id in things}  # a word right before the thing
    qualifiers = frozenset(tokens[i] for i in unnamed if i + 1 in starts)  # ("video trainings")
    return actor.id, things, qualifiers


def _carried_partner(org: str, pid: str, kb: KnowledgeBase, lang: str) -> Answer | None:
    """An organisation claimed right after the partners of a follow-up that names none of its
    own were told as its predecessor's alliance (MAGIA2Market's, MAGIA's four clusters): yes
    or no among those; None for a project with partners of its own."""
    p = kb.projects[pid]
    before = kb.projects.get(p.follows or "")
    if p.partners or p.follow_up_only or not before or not before.partners:
        return None
    intent = "lsn_role" if kb.organisations[org].self else "partners"
    told = _facts("partners", pid, kb, lang)
    told.intent = intent
    return verdict(YES if org in before.organisations() else NO, told, intent, (pid,))
    # (the project asked of, as the partners told before it: "it" next is still that one)


def _done_otherwise(text: str, p: Project, lang: str) -> bool:
    """A claim that a project did a thing otherwise than its activities say it was done
    (query.yaml checks contrary_manner: "extra dafür operiert?" of bone harvested during
    routine operations)."""
    said = p.activities.get(lang) if p.activities else None
    if not said:
        return False
    tokens, done = set(normalize(text).split()), normalize(said).split()
    return any(not about.isdisjoint(tokens) and not otherwise.isdisjoint(tokens) and
               any(w.startswith(word) for w in done)
               for word, (about, otherwise) in _contrary_manner().items())


@cache
def _contrary_manner() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {normalize(word): (frozenset(normalize(str(w)) for w in ws["about"]),
                              frozenset(normalize(str(w)) for lang in ("en", "de")
                                        for w in ws[lang]))
            for word, ws in data_file("query")["checks"]["contrary_manner"].items()}


@cache
def _made_things(kb: KnowledgeBase) -> frozenset[str]:
    listed = data_file("query")["checks"]["made_things"]
    return frozenset((*(t for t, topic in kb.topics.items() if topic.kind == "product"),
                      *(m.thing for p in kb.projects.values() for m in p.made),
                      *(str(t) for t in listed if t in kb.topics)))


@cache
def _thing_names() -> dict[str, str]:
    return {normalize(str(w)): thing for thing, ws in
            data_file("query")["checks"]["thing_names"].items() for w in ws}


@dataclass(frozen=True)
class _MakerWords:
    agents: frozenset[str]  # "by", "von": the maker follows
    not_agents: frozenset[str]  # "with", "in": what follows is no maker
    not_things: frozenset[str]  # "selbst", "alone": words of a claim that name no thing


@cache
def _maker_words() -> _MakerWords:
    data = data_file("query")["checks"]
    return _MakerWords(*(frozenset(normalize(str(w)) for ws in data[k].values() for w in ws)
                        for k in ("maker_agents", "maker_not_agents", "maker_not_things")))


@cache
def _maker_verbs() -> frozenset[str]:
    return _check_words("maker_verbs")


# the notes of a list on the projects it can't settle, said once as "check_silent" instead
_UNSETTLED_NOTES = frozenset({"list_lead_unnamed", "list_unfunded", "list_unled", "list_undated",
                              "list_uncounted"})


def check_every(u: Understanding, kb: KnowledgeBase, lang: str, pool: tuple[str, ...] | None,
                text: str = "") -> Answer | None:
    """ "Was LSN the lead partner in every project?", "Were all of these funded by the EU?": a
    claim of each of a list (of every project where none is referred to). Yes only where it
    holds of each; no, with those it fails for, where one fails; else the page doesn't say,
    with those it can't settle."""
    checked = check_list(u, kb, lang, pool, text)
    if checked is None or not checked.lines or \
            checked.lines[0].key not in (f"verdict_{YES}", f"verdict_{NO}"):
        return checked  # (a programme the page never names: it doesn't say)
    rest, unknown = checked.rest, checked.unknown
    kind = NO if rest else UNKNOWN if unknown else YES
    checked.lines = [replace(checked.lines[0], key=f"verdict_{kind}"),
                     *(line for line in checked.lines[1:] if line.key not in _UNSETTLED_NOTES
                       and line.key != "check_silent")]
    if rest:
        checked.add("check_every_not", items=some_names(rest, kb, lang))
    if unknown:
        checked.add("check_silent", items=some_names(unknown, kb, lang))
    checked.answered = kind != UNKNOWN
    return checked


def org_origin(u: Understanding, text: str, kb: KnowledgeBase) -> Answer | None:
    """ "Is oncampus from Lübeck?", "Ist die TH Lübeck aus Hamburg?", "BioWin is from the
    Netherlands, right?": where one organisation came from, no project named. Yes where the
    page puts it there (a partner's country, the place its own name holds), no where it puts it
    elsewhere, else the page doesn't say: that a project it took part in worked in Lübeck is no
    place of the organisation's own. None where no place is claimed of it (and a place it
    holds, not told as where it came from, goes on to the checks of its project)."""
    orgs, words = u.filters.organisations, _words()
    if len(orgs) != 1 or u.projects:
        return None
    tokens = normalize(text).split()
    cities = tuple(t for i, t in enumerate(tokens) if i and t in words.funder_places and
                   tokens[i - 1] in words.place_prepositions)  # "aus Hamburg": the city
    named = (*u.elsewhere, *cities)
    if not (u.filters.places or named):
        return None
    where = org_places(orgs[0], kb)
    origin = _has_any(tokens, words.origin_prepositions | words.seat_words) or \
        tokens[0] in _seat_copulas() and "in" in tokens  # "Ist oncampus in Lübeck?"
    held = any(at_place(w, c, kb) for w in where for c in u.filters.places)
    if not origin and (held or not where):
        return None
    told = org_places_answer(orgs, kb, u.language)
    if told is None:
        return None
    finest = [w for w in where if kb.places[w].kind == "city"] or where  # (UKSH Lübeck is in
    within = any(lies_in(n, finest) for n in named) or any(  # Lübeck, not Kiel; a partner
        at_place(c, w, kb) for c in u.filters.places for w in finest)  # from Germany may be)
    kind = YES if held else UNKNOWN if not where or within else NO
    return verdict(kind, told, "places", told.projects)


@cache
def _seat_copulas() -> frozenset[str]:
    """Verbs of being that, first in a claim with "in" and a place, claim an organisation's
    seat (bot/data/query.yaml checks: seat_copulas)."""
    return _check_words("seat_copulas")


def org_kind(u: Understanding, text: str, kb: KnowledgeBase) -> Answer | None:
    """ "Is oncampus a university?", "Ist das UKSH eine Klinik?": the kind of one
    organisation, no project named. Yes where the page gives it that kind (its name, or its
    role in a project: "oncampus GmbH (company)"), no where it gives it another (a company),
    else the page doesn't say (a university hospital claimed a university); with the partners
    of a project it took part in. None where no kind is claimed of it."""
    orgs = u.filters.organisations
    if len(orgs) != 1 or u.projects or u.filters.places or u.elsewhere or \
            kb.organisations[orgs[0]].self:
        return None
    org, tokens, words = kb.organisations[orgs[0]], normalize(text).split(), _words()
    at = next((i for i, t in enumerate(tokens) if t in words.kind_articles), None)
    if at is None or not tokens or tokens[0] not in words.kind_verbs:
        return None  # ("did oncampus work with hospitals?" claims no kind of its own)
    claimed = _organisation_kinds(tokens[at + 1:])  # (a kind its name says is held)
    ids = tuple(pid for pid, p in kb.projects.items() if org.id in p.organisations())
    if not claimed or not ids:
        return None
    said = [w for pid in ids for w in _org_words(kb.projects[pid], org.id, kb)]
    held = _organisation_kinds(said)
    named = {k for k in claimed for s in words.organisation_kinds[k] if len(s) >= 5 and
             any(s in w for w in said)}  # ("Universitätsklinikum": a university's hospital)
    kind = YES if claimed & held else UNKNOWN if named or not held else NO
    return verdict(kind, _facts("partners", ids[0], kb, u.language), "partners", ids)


def only_project(text: str, p: Project) -> bool:
    """ "did only BFCC get Interreg money?", "was BFCC the only project funded by Interreg?",
    "Ist BFCC das einzige Projekt mit …?": a claim that no other project holds it."""
    tokens, words = normalize(text).split(), phrases()
    names = {tuple(normalize(n).split()) for n in (p.name, *p.aliases)}
    for i, t in enumerate(tokens):
        if t in words.only_project and any(tuple(tokens[i + 1:i + 1 + len(n)]) == n
                                           for n in names):
            return True  # "only BFCC", "nur BFCC"
        if t in words.the_only and tokens[i - 1:i] and tokens[i - 1] in words.the_only_before \
                and (tokens[i + 1:i + 2] and tokens[i + 1] in words.the_only_after or
                     i == len(tokens) - 1 and i > 1):  # ("War MAGIA das einzige?")
            return True  # "the only project", "das einzige Projekt", "the only one"
    return False


def check_only(u: Understanding, pid: str, kb: KnowledgeBase, lang: str) -> Answer | None:
    """The claim that only this project holds what the filters name: no where the page names
    another project it holds of, yes where it holds of this one alone and the page says of
    every project what the claim is about, else the page doesn't say; with the list."""
    checked = check_list(replace(u, projects=()), kb, lang)
    if checked is None or not checked.listed or pid not in checked.listed:
        return checked  # none or others hold it: the list's own verdict, or "no"
    if set(checked.listed) - {pid}:
        kind = NO
    else:
        silent = _silent(u.filters, tuple(p for p in kb.projects if p != pid), kb)
        if silent:
            checked.add("check_silent", items=some_names(silent, kb, lang))
        kind = UNKNOWN if silent else YES
    checked.lines[0] = replace(checked.lines[0], key=f"verdict_{kind}")
    checked.answered = kind != UNKNOWN
    return checked


_KINDS = {"funder": "funders", "place": "places", "organisation": "organisations"}


def _silent(filters: Filters, pool: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """The projects of the pool the page describes but says nothing of the filters' kind about
    (the follow-ups it only names are no such projects). Life Science Nord itself, not as the
    lead, is no such kind: every project on its page is its own ("hat LSN 2021 ein neues
    Projekt angefangen?" is settled by the dates alone)."""
    kinds = [k for k in _KINDS.values() if getattr(filters, k) and (
        k != "organisations" or filters.leading or
        any(not kb.organisations[o].self for o in filters.organisations))]
    return tuple(pid for pid in pool if not kb.projects[pid].follow_up_only and any(
        not _states_any(kb.projects[pid], k, kb) or _unnamed_places(kb.projects[pid], filters, k)
        for k in kinds))


def left_out(tokens: list[str], kb: KnowledgeBase, against: bool = False
             ) -> dict[str, tuple[str, ...]]:
    """The names, by kind, right after "other than", "außer", "apart from" or "other
    hospitals than": what a claim leaves out; with against, those after "and not", "rather
    than" or "statt": what a claim sets itself against."""
    words = _words()
    starts = words.set_against if against else words.left_out
    ends = [i + n for i in range(len(tokens)) for n in (1, 2, 3)
            if " ".join(tokens[i:i + n]) in starts]
    ends += [] if against else [
        j + 1 for i, t in enumerate(tokens) if t in words.left_out_pairs
        for j in range(i + 1, min(i + 5, len(tokens))) if tokens[j] in words.left_out_pairs[t]]
    if not ends:
        return {}
    matches = named_in(tokens, kb)
    found: dict[str, tuple[str, ...]] = {}
    for at in ends:
        while at < len(tokens) and tokens[at] in words.between_names:
            at += 1
        while hits := [m for m in matches if m.start == at]:
            for m in hits:
                found[m.kind] = (*found.get(m.kind, ()), m.id)
            at = hits[0].end
            while at < len(tokens) and tokens[at] in words.between_names:
                at += 1
    return found


def left_out_back(tokens: list[str]) -> bool:
    """ "which project was about bones beside these?", "welches außer diesen …?": the words
    after "besides" point back at the projects talked about, which are left out."""
    words = _words()
    ends = [i + n for i in range(len(tokens)) for n in (1, 2, 3)
            if " ".join(tokens[i:i + n]) in words.left_out]
    return any(" ".join(tokens[at:at + n]) in words.left_out_back for at in ends
               for n in (1, 2))


def _apart_from(u: Understanding, left: dict[str, tuple[str, ...]], pid: str,
                kb: KnowledgeBase, lang: str, tokens: list[str]) -> Answer | None:
    """A claim about what the names left out are not: the other projects as a list, or a
    project's places, funders or partners beyond those named."""
    gone = {i for ids in left.values() for i in ids}
    filters = replace(u.filters, **{k: tuple(i for i in getattr(u.filters, k) if i not in gone)
                                    for k in _KINDS.values()})
    if pid in left.get("project", ()):  # "did any project other than MAGIA get COSME money?"
        pool = tuple(p for p in kb.projects if p not in gone)
        return check_list(replace(u, filters=filters), kb, lang, pool)
    kind = next((k for k in _KINDS if left.get(k)), None)
    return _beyond(kb.projects[pid], _KINDS[kind], left[kind], u, kb, lang, tokens) \
        if kind else None


def _beyond(p: Project, kind: str, named: tuple[str, ...], u: Understanding, kb: KnowledgeBase,
            lang: str, tokens: list[str]) -> Answer:
    """ "was bone taken in other hospitals than Lübeck and Odense?", "funded by anyone besides
    Interreg Europe?": yes where the page names one more of that kind (a place of the same
    level: cities for cities), no where it names them all, else the page doesn't say."""
    intent = _EVIDENCE[kind]
    facts = _facts(intent, p.id, kb, lang, u.asks)
    if kind == "places":
        own = _own_places(p, named, kb)
    elif kind == "funders":  # (the EU of "the EU's COSME programme" is no funder besides it)
        above = {a for n in named if n in kb.funders for a in kb.funder_ancestors(n)}
        own = [f for f in p.funding if f not in above]
    else:
        own = list(p.organisations())
    if any(x not in named for x in own):
        return verdict(YES, facts, intent, (p.id,))
    whole = _states_any(p, kind, kb) and not _unnamed_places(p, Filters(), kind)
    if whole and kind == "places" and _partners_unsettled(p, tokens, kb):  # "partners from
        return _partners_unsaid(p, facts, intent, u, kb, lang)  # other countries?"
    return verdict(NO if whole else UNKNOWN, facts, intent, (p.id,))


def _relation_kind(tokens: list[str], u: Understanding) -> str | None:
    scores = dict(u.scores)
    at = comparison_at(tokens)
    for kind in RELATIONS:
        if kind == "part_of" and at:  # "ein größeres Budget als KI#CK?" compares
            continue
        words = phrases().hops[kind]
        if at and has_phrase(tokens[at[1] + 1:], words) and \
                not has_phrase(tokens[:at[1]], words):  # "longer than its predecessor?"
            continue  # compares with the project the link reaches; it claims no link
        if scores.get(kind, 0) >= 1 or any(w in " ".join(tokens) for w in words if " " in w) \
                or set(tokens) & words:
            return kind
    return None


def verdict(kind: str, lines_from: Answer, intent: str, projects: tuple[str, ...],
            like: Answer | None = None) -> Answer:
    """ "Yes." / "No." / "The page doesn't say." before the facts it rests on."""
    if like is None and intent == "results" and (lines_from.intent == "contact" or (
            "document" in lines_from.asks and "results_named" not in lines_from.asks)):
        intent = "contact"  # "Gibt es einen Leitfaden?": yes, and where to get it
    result = replace(like, lines=[]) if like else Answer(intent, projects=projects)
    result.answered = kind != UNKNOWN
    result.add(f"verdict_{kind}")
    result.lines.extend(line for line in lines_from.lines if not (
        kind == NO and line.key in PRECISION_NOTES))  # "Lief MAGIA bis Februar 2023?": no,
    # it ended in 2019; that the page gives no month of it settles nothing then
    result.facts = [*lines_from.facts] if like is None else [*result.facts]
    return result


PRECISION_NOTES = frozenset({"only_month", "only_year", "only_year_no_month"})


def _facts(intent: str, pid: str, kb: KnowledgeBase, lang: str,
           asks: frozenset[str] = frozenset()) -> Answer:
    facts = Answer(intent, projects=(pid,), asks=asks)
    facts.answered_by_builder = facts.build(intent, kb.projects[pid], kb, lang)
    return facts


# --------------------------------------------------------------------------- measures


def _measured(p: Project, m: Measure, kb: KnowledgeBase, lang: str,
              funders: tuple[str, ...] = (), regions: bool = False, made: bool = False
              ) -> Answer:
    """ "Lief ELISE fünf Jahre?", "was ELISE's grant over 1 million?", "did BFCC have 13
    partners?": the page's figure against the claim, a range where it gives only years; "about
    249,000 euros from the ESF?" is held against what came from the ESF. The countries of a
    thing it made ("did the BFCC registry span more than one country?", `made`) are its
    project's, told with its results (the registry "spanning several countries")."""
    intent, bounds = {
        "months": ("duration", duration_bounds(p)),
        "euros": ("amount", _total(p, funders, kb)),
        "partners": ("partners", _partner_bounds(p, regions)),
        "countries": ("places", _pair(dict(p.counts).get("countries") or len(p.countries))),
        "clusters": ("partners", _pair(_clusters(p))),
        "people": ("quantity", None),  # "mehr als 500 Teilnehmer?": a count the page lacks
    }[m.unit]
    if made and m.unit == "countries" and p.results:
        intent = "results"
    # a count claimed is a count asked: "seven countries?" shows the page's count, and "which
    # ones?" after it asks the names of what was counted
    asks = frozenset({"count", m.unit}) if m.unit in COUNTED_UNITS else frozenset()
    facts = _facts(intent, p.id, kb, lang, asks | WRITTEN if m.unit == "euros" else asks)
    holds = m.holds(*bounds) if bounds else None
    if holds and m.unit == "euros" and m.compare == "exact" and \
            any(a.approx for a in _euros(p, funders, kb)):
        holds = None  # "exactly 442,000 EUR?": the page says "approx.", no exact figure
    result = verdict(UNKNOWN if holds is None else YES if holds else NO, facts, intent, (p.id,))
    result.asks = asks
    return result


COUNTED_UNITS = ("countries", "partners", "clusters")
WRITTEN = frozenset({"written"})  # a figure checked: how the page writes it, beside it


def _partner_bounds(p: Project, regions: bool = False) -> tuple[float, float] | None:
    """How many partners a project had: the page's count, or its whole consortium; where it
    names some and not all (BONEBANK: Life Science Nord, and hospitals it doesn't count), at
    least those ("mehr als 10 Partner?" it can't settle); where it counts only the partners'
    regions (ELISE: seven), that many regions, and at least that many organisations ("more
    than 20 partner organisations?" it can't settle)."""
    n = partner_count(p) or len(p.partners)  # (those named, where not all are: at least)
    counts = dict(p.counts)
    if n and not (counts or p.partners_complete or p.partner_regions) or n and not regions \
            and not (counts.get("organisations") or p.partners) and counts.get("regions"):
        return (n, float("inf"))
    return _pair(n)


def _clusters(p: Project) -> int | None:
    """How many clusters the page gives: its count ("four clusters"), or, of a consortium it
    names whole, the partners it calls clusters; None where it doesn't say."""
    counted = dict(p.counts).get("clusters")
    if counted or not p.partners_complete:
        return counted or None
    return sum(1 for x in p.partners if x.role and "cluster" in x.role.en.lower()) or None


LIST_EACH = 5  # at most this many projects are checked one by one


def _measured_each(ids: tuple[str, ...], m: Measure, kb: KnowledgeBase, lang: str) -> Answer:
    """A measure claimed of several projects: yes if it holds for each, no if it fails for one."""
    return _each([_measured(kb.projects[i], m, kb, lang) for i in ids], ids)


def check_all(u: Understanding, text: str, ids: tuple[str, ...], kb: KnowledgeBase,
              lang: str, some: bool = False, against: tuple[str, ...] = ()) -> Answer | None:
    """ "so both got state money from SH?", "liefen die beiden in Lübeck?": one claim of each
    of several projects (of any one where `some`: "was either of them …?"); None where it is
    no claim about each alone. ``against``: the project each is compared with ("did either of
    them run longer than ELISE?"), named in the reply too."""
    if not 2 <= len(ids) <= LIST_EACH or claim_of(normalize(text).split()) in (
            *PAIR_CLAIMS,) and not against:  # a claim of two together, not of each (but
        return None  # "did they end in the same year as NORTHOPEDICS?" pairs each with it
    tokens = normalize(text).split()
    only = _only_one_words(tokens)
    if only:  # "only one of them had Japan, right?": the claim of each without "only"
        text = " ".join(t for i, t in enumerate(tokens) if i not in only)
    checked = [check(replace(u, projects=(pid, *against) if against else ()), text, (pid,), kb,
                     lang) for pid in ids]
    result = _one_or_each(checked, ids, only, some, against)
    if result is not None and against:
        result.projects = tuple(dict.fromkeys((*result.projects, *ids, *against)))
    return result


def _one_or_each(checked: list[Answer | None], ids: tuple[str, ...], only: list[int],
                 some: bool, against: tuple[str, ...]) -> Answer | None:
    """The claims of each project checked, as one verdict: of exactly one, of any, or of each."""
    if only:
        return _only_one(checked, ids)
    if some:
        return _some(checked, ids)
    if any(c is None or not c.lines or not (c.lines[0].key.startswith("verdict_") or
                                            not c.answered) or
           c.projects[:1] != (pid,) or against and c.projects not in ((pid,), (pid, *against))
           for c, pid in zip(checked, ids, strict=True)):
        return None  # (each claim of its own project, and of those it leads to: "did both
    # have follow-ups?" names each follow-up; one the page is silent on leaves it unsaid)
    each = _each([c for c in checked if c is not None],
                 tuple(dict.fromkeys(p for c in checked if c is not None for p in c.projects)))
    if against and {YES, NO} == set(_verdicts(checked, ids)):  # "Endeten die im selben Jahr
        each.lines[0] = replace(each.lines[0], key=f"verdict_{PARTLY}")  # wie NORTHOPEDICS?":
    return each  # some did, some didn't, each told


def _some(checked: list[Answer | None], ids: tuple[str, ...]) -> Answer | None:
    """One claim of any of several projects: yes if it holds for one (that one's facts, so
    the reply names it), no if it fails for each, else None (the page doesn't settle it)."""
    kinds = _verdicts(checked, ids)
    held = [c for c, kind in zip(checked, kinds, strict=True) if kind == YES and c is not None]
    if held:
        facts = Answer(held[0].intent, projects=tuple(p for c in held for p in c.projects))
        for c in held:  # (a line two give, the one compared with, once)
            facts.lines.extend(x for x in c.lines[1:] if x not in facts.lines)
            facts.facts.extend(c.facts)
        for c, kind in zip(checked, kinds, strict=True):  # "was either of them led by LSN?":
            if kind == UNKNOWN and c is not None and c.lines[1:] and \
                    c.lines[1].key == "lead_unknown":  # BFCC was; the page names
                facts.lines.append(c.lines[1])  # no lead for ELISE (said, not left out; a
                # place the page doesn't give is left out: "did any of them target Japan?")
                facts.facts.extend(c.facts)
                facts.projects = (*facts.projects, *c.projects[:1])
        return verdict(YES, facts, held[0].intent, facts.projects)
    if kinds and all(kind == NO for kind in kinds):
        return _each([c for c in checked if c is not None], ids)
    if NO in kinds and all(kind in (NO, UNKNOWN) for kind in kinds):
        each = _each([c for c in checked if c is not None], ids)  # "was either of them led by
        return verdict(UNKNOWN, replace(each, lines=each.lines[1:]), each.intent, ids)  # UKSH?":
        # not BFCC, and the page names no lead for ELISE: it doesn't say (never a "no")
    return None


def only_one_of(text: str) -> bool:
    """ "did only one of ELISE and BFCC …?", "only one of them …?": a claim of exactly one."""
    return bool(_only_one_words(normalize(text).split()))


def _only_one_words(tokens: list[str]) -> list[int]:
    """Where "only"/"nur" stands right before "one"/"eins": the words to drop from the claim."""
    return [i for i, t in enumerate(tokens[:-1]) if t in phrases().only_one and
            tokens[i + 1] in ("one", "eins", "eines", "einer", "eine")]


def _verdicts(checked: list[Answer | None], ids: tuple[str, ...]) -> list[str | None]:
    """Each project's verdict on one claim, None where its check said nothing of it alone."""
    return [verdict_of(c) if c is not None and c.lines and c.projects[:1] == (pid,) else None
            for c, pid in zip(checked, ids, strict=True)]


def _only_one(checked: list[Answer | None], ids: tuple[str, ...]) -> Answer | None:
    """One claim of exactly one of several projects: yes if it holds for one and fails for
    the others, no if it holds for two or for none, else None (the page doesn't settle it)."""
    kinds = _verdicts(checked, ids)
    held = kinds.count(YES)
    if held > 1 or held == 1 and kinds.count(NO) == len(kinds) - 1 or kinds.count(NO) == len(
            kinds):
        kind = YES if held == 1 and kinds.count(NO) == len(kinds) - 1 else NO
        result = _each([c for c in checked if c is not None], ids)
        result.lines[0] = replace(result.lines[0], key=f"verdict_{kind}")
        return result
    return None


def _each(checked: list[Answer], ids: tuple[str, ...], intent: str | None = None) -> Answer:
    """One claim checked of several projects: yes if it holds for each, no if it fails for
    one, else the page doesn't say; the facts of each (a place claim stays "places", though
    one project's answer names the partner from there)."""
    kinds = [verdict_of(c) for c in checked]
    intent = intent or checked[0].intent
    facts = Answer(intent, projects=ids)
    for c in checked:  # a fact two of them give (MAGIA2Market's partners are MAGIA's) once
        facts.lines.extend(x for x in c.lines[1 if verdict_of(c) else 0:]
                           if x not in facts.lines)  # ("The page names no follow-up for BFCC.")
        facts.facts.extend(c.facts)
    kind = NO if NO in kinds else YES if set(kinds) == {YES} else UNKNOWN
    if kind == YES and checked[0].lines[0].key == f"verdict_{CONTRADICTED}":
        kind = CONTRADICTED  # "Hatten beide keinen Nachfolger?": "Doch."
    return verdict(kind, facts, intent, ids)


def _compare(pid: str, other: str, compare: str, tokens: list[str], kb: KnowledgeBase,
             lang: str, last: str | None = None) -> Answer:
    """ "Hat HIHeal länger gedauert als ELISE?": both figures, and which is larger where the
    page's figures settle it (a duration known only in years may not). Without a unit, what
    the answer before was about: "was that more than KI#CK got?" after ELISE's grant."""
    unit = next((u for u, ws in _words().compared_units.items() if _has_unit(tokens, ws)),
                "euros" if _has_any(tokens, _words().received) else
                _LAST_UNITS.get(last or "", "months"))
    if unit == "months" and last not in _MONTHS_LAST and _has_any(tokens, _words().bare_sizes):
        return sizes_told("bigger" if compare in ("more", "at_least") else "smaller",
                          Filters(), kb, lang, (pid, other))  # "was ELISE bigger than BFCC?"
    bound = {"months": duration_bounds, "euros": _total,
             "partners": lambda p: _pair(partner_count(p)),
             "targets": lambda p: _pair(len({*p.target_countries, *p.added_targets}) or None)
             }[unit]
    intent = {"months": "duration", "euros": "amount", "partners": "partners",
              "targets": "places"}[unit]
    ids = (pid, other)
    facts = Answer("superlative", projects=ids)
    for i in ids:
        facts.build(intent, kb.projects[i], kb, lang)
    a, b = (bound(kb.projects[i]) for i in ids)
    if not (a and b):  # no ranking: what the page lacks is the figure
        return verdict(UNKNOWN, facts, intent, ids)
    larger, smaller = a[0] > b[1], a[1] <= b[0]
    if compare in ("less", "at_most"):
        larger, smaller = a[1] < b[0], a[0] >= b[1]
    kind = YES if larger else NO if smaller else UNKNOWN  # a yes/no takes the intent of the
    result = verdict(kind, facts, intent, ids)  # fact it checks: "did A run longer?" duration
    if a == b and a[0] == a[1]:  # "No." alone would hide a tie: "both ran 5 years"
        result.lines.insert(1, Line(f"compare_equal_{unit}", {"names": project_names(ids, kb)}))
    return result


_LAST_UNITS = {"amount": "euros", "funding": "euros", "partners": "partners"}
_MONTHS_LAST = ("duration", "dates")  # "was it bigger?" right after how long each ran: by that

UNIT_TAIL = 4  # letters a unit's word keeps as the last part of a compound ("Fördergeld")


def _has_unit(tokens: list[str], words: frozenset[str]) -> bool:
    """A unit's word, alone or as the last part of a German compound: "Fördergeld",
    "Fördersumme", "Geldsumme", "Projektbudget", "Fördermittel", "Projektpartner"."""
    return _has_any(tokens, words) or any(
        len(t) > len(w) >= UNIT_TAIL and t.endswith(w) for t in tokens for w in words)


@cache
def _larger_share() -> frozenset[str]:
    return _check_words("larger_share")


def _compare_shares(p: Project, funders: tuple[str, ...], compare: str, text: str,
                    kb: KnowledgeBase, lang: str, named_first: bool = False) -> Answer:
    """Two shares of one project's money: the funder named against the rest, or against the
    other funder named, on the side of the comparison where each was named ("ESF share bigger
    than …", "mehr vom Land als vom ESF", "more from the ESF than from the EU/state funds")."""
    facts = _facts("amount", p.id, kb, lang)
    funder = funders[0]
    named, whole = _total(p, (funder,), kb), _total(p)
    if not (named and whole) or whole[0] <= named[0]:
        return verdict(UNKNOWN, facts, "amount", (p.id,))
    rest = (whole[0] - named[0], whole[1] - named[1])
    if len(funders) > 1:  # the other share is the one named, where the page gives it apart
        other = _total(p, funders[1:], kb)
        if not other or other[0] >= whole[0]:
            return verdict(UNKNOWN, facts, "amount", (p.id,))
        rest = other
    tokens = normalize(text).split()
    at = comparison_at(tokens)
    names = {normalize(n) for n in _names_of(funder, kb)}
    first = named_first or at is not None and _has_any(tokens[: at[1]], frozenset(names))
    a, b = (named, rest) if first else (rest, named)
    larger = a[0] > b[1] if compare in ("more", "at_least") else a[1] < b[0]
    return verdict(YES if larger else NO, facts, "amount", (p.id,))


def alliance_of(ids: tuple[str, ...], tokens: list[str], kb: KnowledgeBase
                ) -> tuple[str, ...] | None:
    """ "how many clusters were in the alliance?" right after MAGIA and MAGIA2Market: the
    alliance is the one the earlier project formed (the follow-up built on "the MAGIA-Alliance –
    consisting of four leading European Life Science clusters"), so it asks of that one alone;
    None where the two are not a project and its follow-up or no alliance is named."""
    if len(ids) != 2 or not _has_any(tokens, _words().alliance):
        return None
    a, b = (kb.projects[i] for i in ids)
    earlier = a if b.follows == a.id else b if a.follows == b.id else None
    return (earlier.id,) if earlier else None


def _predecessors_alliance(c: _Claim) -> Answer | None:
    """ "Gab es vier Cluster in der Allianz?" of MAGIA2Market, whose clusters the page doesn't
    count: the alliance is the one of the project it followed ("the MAGIA-Alliance –
    consisting of four leading European Life Science clusters"), checked with its partners."""
    p, kb = c.project, c.kb
    if c.found[0].unit != "clusters" or _clusters(p) or not p.follows or \
            p.follows not in kb.projects or not _has_any(c.tokens, _words().alliance):
        return None
    result = _measured(kb.projects[p.follows], c.found[0], kb, c.lang)
    result.projects = (p.id, p.follows)
    return result


def _as_budget(c: _Claim, result: Answer) -> Answer:
    """ "Hatte ELISE ein Budget von 5 Millionen Euro?": the page gives what funders gave (a
    grant volume), not what a project cost in all, so a budget claimed is neither a "no" nor
    a "yes" ("Was ELISE's budget over one million euros?": the grant was, the budget the page
    doesn't give): the page doesn't say, that it gives the grant, then the grant."""
    if not (c.found[0].unit == "euros" and c.project.amounts and all(
            a.sources for a in c.project.amounts) and _has_any(c.tokens, _words().budget)):
        return result
    if verdict_of(result) in (YES, NO):
        result = verdict(UNKNOWN, replace(result, lines=result.lines[1:]), result.intent,
                         result.projects, like=result)
    result.lines.insert(1, Line("amount_not_budget", {"name": Bold(c.project.name)}))
    return result


def _pair(n: int | None) -> tuple[float, float] | None:
    return (n, n) if n else None


def _total(p: Project, funders: tuple[str, ...] = (), kb: KnowledgeBase | None = None
           ) -> tuple[float, float] | None:
    """The project's euros, or those the page says came from the funders named (else from
    their funds: "from the EU" of an ESF amount)."""
    total = sum(a.value for a in _euros(p, funders, kb))
    return (total, total) if total else None


def _euros(p: Project, funders: tuple[str, ...] = (), kb: KnowledgeBase | None = None
           ) -> list[Amount]:
    """The project's amounts in euros, or those from the funders named (see _total)."""
    euros = [a for a in p.amounts if a.currency == "EUR"]
    if funders and kb is not None:
        euros = [a for a in euros if set(a.sources) & set(funders)] or [
            a for a in euros if any(f in kb.funder_ancestors(s) for s in a.sources
                                    for f in funders)]
    return euros


def _ran_until(p: Project, year: int, kb: KnowledgeBase, lang: str, beyond: bool = False
               ) -> Answer:
    """ "Did ELISE run until 2022?": its end year; "longer than until 2021?": a later one."""
    facts = _facts("end", p.id, kb, lang)
    if not p.end:
        return verdict(UNKNOWN, facts, "end", (p.id,))
    held = p.end.year > year if beyond else p.end.year == year
    return verdict(YES if held else NO, facts, "end", (p.id,))


def _by_year(tokens: list[str]) -> bool:
    """ "by 2017", "spätestens 2017": a year word of a state reached right before the year."""
    return any(t in vocabulary().phrase_sets["year_by"] and nxt.isdigit() and len(nxt) == 4
               for t, nxt in itertools.pairwise(tokens))


def _running_by(p: Project, year: int, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Was BFCC running by 2017?": whether it had begun by that year and not yet ended
    before it, with its dates."""
    facts = _facts("dates", p.id, kb, lang)
    if not p.start:
        return verdict(UNKNOWN, facts, "dates", (p.id,))
    held = p.start.year <= year and not (p.end and p.end.year < year)
    return verdict(YES if held else NO, facts, "dates", (p.id,))


def _run_bound(c: _Claim) -> Answer | None:
    """ "Lief NORTHOPEDICS ab Juli 2016?", "did BONEBANK run until July 2020?": a run said to
    go from or until one date claims its start or its end, not that it was going on then. A
    month is checked at the page's precision (of a project the page dates by year alone it
    doesn't say); a year until which it ran is _ran_until's, one from which it ran its start
    year ("ab 2017" of a project begun in 2016: no)."""
    years = [i for i, t in enumerate(c.tokens) if len(t) == 4 and t.isdigit()]
    if len(years) != 1 or c.others:
        return None  # "from 2016 to 2019": a range; "did both run until July 2020?": each
    at = years[0]
    month = at > 0 and c.tokens[at - 1] in month_names()
    which = _bound_word(c.tokens[:at - 1 if month else at])
    if month and which and (dates := claimed_dates(c.text)):
        return _dated(c.pid, dates, which, c.kb, c.lang)
    if month or which != "start":
        return None
    p, year = c.project, int(c.tokens[at])
    kind = UNKNOWN if p.start is None else YES if p.start.year == year else NO
    return verdict(kind, _facts("start", c.pid, c.kb, c.lang), "start", (c.pid,))


def _bound_word(before: list[str]) -> str | None:
    """ "start" where the words before a date say from when ("ab dem 21.", "from early"),
    "end" where until when ("bis Ende", "until the end of"), else None."""
    sets = vocabulary().phrase_sets
    fillers = sets["year_bound_fillers"]
    i = len(before)
    while i and (before[i - 1] in fillers or before[i - 1].isdigit()):
        i -= 1
    for n in (2, 1):
        words = " ".join(before[max(0, i - n):i])
        if words in sets["year_since"]:
            return "start"
        if words in sets["year_until"]:
            return "end"
    return None


def _over_by(p: Project, year: int, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Was ELISE over by 2020?": whether it had ended by the end of that year, a status (as
    "still running in 2020?"), with its end."""
    facts = _facts("end", p.id, kb, lang)
    if not p.end:
        return verdict(UNKNOWN, facts, "status", (p.id,))
    return verdict(YES if p.end.year <= year else NO, facts, "status", (p.id,))


def compared_with_named(text: str, kb: KnowledgeBase, lang: str) -> bool:
    """ "did it run longer than InnoReAct?", "did it start before HIHeal?": the project named
    is what the subject is compared with; the subject is the one talked about."""
    tokens = normalize(text).split()
    if claim_of(tokens) in PAIR_CLAIMS and not comparison_at(tokens):
        return True  # "Hatte NORTHOPEDICS die gleichen Geldgeber wie das?": both, either way
    found = comparison_at(tokens) if not measures(text) else None
    at = found[1] if found else next(
        (i for i in range(len(tokens)) for words in phrases().order.values()
         if _starts_with_any(tokens[i:], words)), None)  # ("earlier than": two words)
    if at is None and (_when_order(tokens) or _during(tokens)):  # "was it still running
        at = _when_at(tokens)[0]  # when InnoReAct started?": the named one's date
    if at is None:  # "is that the same funder as for HIHeal?": a claim about two projects
        at = next((i for i in range(len(tokens)) for kind in PAIR_CLAIMS
                   if _starts_with_any(tokens[i:], phrases().claims[kind])),
                  next((at for kind in SAME_NOUNS if (at := same_at(tokens, kind)) is not None),
                       None))  # "dasselbe Programm wie bei ELISE", "the same countries as"
    return at is not None and not understand(" ".join(tokens[:at]), kb, lang).projects


PAIR_CLAIMS = ("same_year", "same_month", "same_length", "overlap", "gap", "adjacent",
               "same_funder", "same_places")  # claims about two


def _starts_with_any(tokens: list[str], words: frozenset[str]) -> bool:
    return any(" ".join(tokens[:n]) in words for n in (1, 2, 3, 4))


ORDER_TYPO = 5  # the shortest typo read as an order word ("befor", "bevoor"; not "aftr")


NAME_TYPO = 75  # a word this close to a word of a project's name, where the name itself is
# not written, is that name misspelt ("NORTOPEDICS": 96 to "northopedics")


def _names_spelt_right(tokens: list[str], ids: tuple[str, ...], kb: KnowledgeBase
                       ) -> list[str]:
    """ "was NORTOPEDICS about bone healing?": the understanding reads the misspelt name as the
    project; the claim reads it as the project's name too, not as a word of what it was about
    (which its texts never use: "No."). Only where the project's name itself is not written."""
    fixed = list(tokens)
    for pid in ids:
        names = _project_words(kb.projects[pid])  # (its long name too: "hygiene" is a word of
        if not set(normalize(kb.projects[pid].name).split()).isdisjoint(fixed):  # HIHeal's)
            continue
        near = [(fuzz.ratio(t, n), i, n) for i, t in enumerate(fixed)
                if len(t) >= 4 and t not in names for n in names if len(n) >= 4]
        score, i, name = max(near, default=(0, 0, ""))
        if score >= NAME_TYPO:
            fixed[i] = name
    return fixed


def _order_typos(tokens: list[str]) -> list[str]:
    """ "did bonebank start befor bfcc?": a typo of a one-word order word, where two projects
    are named and no order word is written, is that word (the understanding corrects typos only
    for its intent phrases)."""
    order = frozenset().union(*phrases().order.values())
    if _has_any(tokens, order):
        return tokens
    common = vocabulary().common
    return [fixed if len(t) >= ORDER_TYPO and t not in common and (fixed := correction(t)) in
            order else t for t in tokens]


def order_words(tokens: list[str]) -> str | None:
    """The order a message claims of two projects ("before", "nach"), if any."""
    return _order_words(tokens)


def _order_words(tokens: list[str]) -> str | None:
    """ "before", "später als", and split by a verb: "später zu Ende gegangen als"."""
    for kind, words in phrases().order.items():
        if _has_any(tokens, words) or _split_order(tokens, words):
            return kind
    return None


def _order_events(tokens: list[str]) -> tuple[str | None, str | None]:
    """The date each side of an order word speaks of: the last event word before it, the first
    after it ("end … before … started": end, start); None where a side names none."""
    order = frozenset().union(*phrases().order.values())
    at = next(((i, n) for i in range(len(tokens)) for n in (3, 2, 1)
               if " ".join(tokens[i:i + n]) in order), None)
    if at is None:
        return None, None
    before, after = _events_in(tokens[:at[0]]), _events_in(tokens[at[0] + at[1]:])
    return (before[-1] if before else None), (after[0] if after else None)


def _when_order(tokens: list[str]) -> tuple[str, str, str] | None:
    """ "Was BFCC already over when MAGIA began?": the order, then the date of each side (its
    end before that start); "still running when …" is its end after the other's date."""
    at, size = _when_at(tokens)
    after = _events_in(tokens[at + size:]) if at else []
    if not after:
        return None
    claim = claim_of(tokens[:at])
    if claim in ("ended", "running"):
        return ("before" if claim == "ended" else "after"), "end", after[0]
    before = _events_in(tokens[:at])
    return ("before", before[-1], after[0]) if before else None


def _when_at(tokens: list[str]) -> tuple[int | None, int]:
    """Where the first word relating to another project's date stands past the first word, and
    how many words it has ("when", "by the time", "zu dem zeitpunkt als")."""
    words = phrases().order_when
    return next(((i, n) for i in range(1, len(tokens)) for n in (4, 3, 2, 1)
                 if " ".join(tokens[i:i + n]) in words), (None, 0))


def _during(tokens: list[str]) -> bool:
    """ "Lief MAGIA2Market schon, als MAGIA noch lief?", "was A running while B was still
    running?": the other's run after "als", "while", and no start or end named on either side,
    so whether the two runs shared any time."""
    at, size = _when_at(tokens)
    return at is not None and not phrases().order_during.isdisjoint(tokens[at + size:]) and \
        not _events_in(tokens)


def _events_in(words: list[str]) -> list[str]:
    """ "start" or "end" for each event word, in order ("began", "zu Ende", "finished")."""
    return [kind for i in range(len(words)) for kind, ws in phrases().order_events.items()
            if any(" ".join(words[i:i + n]) in ws for n in (1, 2, 3))]


def _split_order(tokens: list[str], words: frozenset[str]) -> bool:
    """ "later … than", "früher … als": a comparative with its "than" a few words on."""
    for phrase in words:
        head, _, than = phrase.rpartition(" ")
        if head and " " not in head and head in tokens and than in tokens[
                tokens.index(head) + 1:tokens.index(head) + 6]:
            return True
    return False


def _co_funding(tokens: list[str]) -> bool:
    """ "co-funded", "mitfinanziert", "also funded … too": a funder claimed beside others."""
    words = _words()
    return _has_any(tokens, words.co_funding) or any(
        _has_any(tokens, frozenset({a})) and _has_any(tokens, frozenset({b}))
        for a, b in words.co_funding_both)


def _names_co_funder(p: Project, kb: KnowledgeBase) -> bool:
    """Whether the page names who co-financed the project beside the EU: a public body of its
    own (the State of Schleswig-Holstein for P.I.L.O.T., Hamburg for HIHeal). Then another
    co-funder is ruled out ("co-funded by Hamburg?" of P.I.L.O.T.: no); where it names only an
    EU programme (Interreg, COSME), the co-financing it doesn't name can't be ruled out."""
    whole = data_file("query")["checks"]["co_funders_beside"]
    return any(kb.funders[f].kind == "public body" and whole not in kb.funder_ancestors(f)
               for f in p.funding if f in kb.funders)


def _has_any(tokens: list[str], words: frozenset[str]) -> bool:
    """Whether the tokens hold one of the phrases (of up to four words, as query.yaml's: "project
    of its own" was never found among three-word grams)."""
    grams = {" ".join(tokens[i : i + n]) for n in (1, 2, 3, 4) for i in range(len(tokens))}
    return bool(grams & words)


def _order(pid: str, other: str, order: str, u: Understanding, kb: KnowledgeBase,
           lang: str, tokens: list[str], events: tuple[str, str] | None = None) -> Answer:
    """ "Did BONEBANK end before BFCC?": the two dates, at the precision both have."""
    which = "end" if u.filters.mode == "ended" or dict(u.scores).get("end", 0) >= 1 or \
        claim_of(tokens) == "ended" else "start"  # "später zu Ende gegangen als"
    first, second = events or _order_events(tokens)
    if first or second:  # "Did BONEBANK end before P.I.L.O.T. started?": an end and a start
        which = first or second
        second = second or which
    else:
        second = which
    a, b = getattr(kb.projects[pid], which), getattr(kb.projects[other], second)
    facts = Answer(which, projects=(pid, other))
    for i, event in ((pid, which), (other, second)):
        facts.build(event, kb.projects[i], kb, lang)
    if not (a and b) or a.upper() >= b.lower() and b.upper() >= a.lower():
        return verdict(UNKNOWN, facts, which, (pid, other))  # unknown, or too close to tell
    earlier = a.upper() < b.lower()
    return verdict(YES if earlier == (order == "before") else NO, facts, which, (pid, other))


# --------------------------------------------------------------------------- relations


def _name_spans(words: list[str], ids: tuple[str, ...], kb: KnowledgeBase
                ) -> dict[str, list[tuple[int, int]]]:
    """Where each project's names stand in the words, in order; a name inside another one's
    longer name ("magia" in "magia 2 market") is not its own."""
    spans = {}
    for pid in ids:
        names = {tuple(normalize(n).split()) for n in kb.projects[pid].names()} - {()}
        spans[pid] = [(i, i + len(n)) for n in names for i in range(len(words) - len(n) + 1)
                      if tuple(words[i:i + len(n)]) == n]
    return {pid: sorted(s for s in found if not any(
        o != pid and a <= s[0] and s[1] <= b for o in ids for a, b in spans[o]))
        for pid, found in spans.items()}


def _joined(text: str, ids: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """The first two projects are named side by side, only "and" or "und" between them
    ("HIHeal und MAGIA"), not linked ("MAGIA2Market, der Nachfolger von MAGIA")."""
    words = normalize(text).split()
    found = _name_spans(words, ids[:2], kb)
    if not all(found.values()):
        return False
    (_, end), (start, _) = sorted(spans[0] for spans in found.values())
    between = words[end:start]
    joins = vocabulary().phrase_sets["conjunctions"]
    return bool(between) and all(w in joins for w in between)


def _linked_pair(pid: str, other: str, kb: KnowledgeBase) -> bool:
    """Whether the page links the two projects either way: a part, a follow-up."""
    p, o = kb.projects[pid], kb.projects[other]
    return other in (p.part_of, p.follows, *p.continued_by) or \
        pid in (o.part_of, o.follows, *o.continued_by)


def _link_noun_at(words: list[str], i: int) -> tuple[str, int] | None:
    """The kind of link noun that begins at word i ("successor", "Teilprojekt", "part"), and
    where it ends."""
    nouns = {**phrases().link_nouns, "part_of": phrases().link_nouns["part_of"] |
             phrases().link_claims["part_nouns"]}
    return next(((kind, i + n) for n in (3, 2, 1) for kind, found in nouns.items()
                 if " ".join(words[i:i + n]) in found and i + n <= len(words)), None)


def _claimed_link(text: str, pid: str, other: str, kb: KnowledgeBase
                  ) -> tuple[str, str, str] | None:
    """Which way the link claimed between two named projects runs, as (how, x, y): x "follows"
    y, or x is "part_of" y; None where the words don't tell (bot/data/query.yaml,
    link_claims)."""
    words = normalize(text).split()
    spans = _name_spans(words, (pid, other), kb)
    if not all(spans.values()):
        return None
    starts = {a: p for p, found in spans.items() for a, _ in found}
    ends = {b: p for p, found in spans.items() for _, b in found}
    words_of, words_as = phrases().link_claims["of"], phrases().link_claims["as"]
    for i in range(len(words)):
        if (noun := _link_noun_at(words, i)) is None:
            continue
        kind, j = noun
        k = j
        while k < min(j + 2, len(words)) and words[k] in words_of:
            k += 1
        b = i
        while b > max(i - 2, 0) and words[b - 1] in words_as:
            b -= 1
        if k > j and k in starts:  # "the successor of MAGIA": MAGIA's
            obj = starts[k]
            end = next(e for a, e in spans[obj] if a == k)
            if _link_noun_at(words, end):  # "part of HIHeal's follow-up": of another project
                return None
            subj = other if obj == pid else pid
        elif b < i and b in ends:  # "MAGIA2Market als Nachfolger": MAGIA2Market is it
            subj = ends[b]
            obj = other if subj == pid else pid
        elif i in ends:  # "MAGIA's successor"
            obj = ends[i]
            subj = other if obj == pid else pid
        else:
            continue
        return ("follows", obj, subj) if kind == "predecessor" else \
            ("follows" if kind == "follow_up" else "part_of", subj, obj)
    verbs = phrases().link_verbs
    if link_verb_words().isdisjoint(words) and \
            phrases().link_claims["verbs"].isdisjoint(words):  # ("follow", "succeed" too)
        return None
    first = min(spans, key=lambda p: spans[p][0])
    passive = has_phrase(words, verbs["passive"])
    doer = next((starts[k] for k in starts if passive and (
        k >= 1 and words[k - 1] in verbs["agents"] or
        k >= 2 and words[k - 2] in verbs["agents"] and words[k - 1] in words_of)), first)
    return ("follows", doer, other if doer == pid else pid)


def _link_holds(how: str, x: str, y: str, kb: KnowledgeBase) -> bool:
    """Whether x follows y ("follows") or is part of it ("part_of"), as the page links them."""
    p = kb.projects[x]
    return p.part_of == y if how == "part_of" else \
        p.follows == y or x in kb.projects[y].continued_by


def _relation(pid: str, other: str, kind: str, kb: KnowledgeBase, lang: str,
              text: str = "") -> Answer:
    """ "Was BRIDGE 53 part of HIHeal?", "Did MAGIA2Market follow MAGIA?". Where the words tell
    which way the claimed link runs, a link that runs the other way is a No ("Was MAGIA the
    successor of MAGIA2Market?")."""
    p, o = kb.projects[pid], kb.projects[other]
    if read := _claimed_link(text, pid, other, kb):
        how, x, y = read
        facts = Answer("relations", projects=(pid, other))
        holds = _link_holds(how, x, y, kb)
        if holds or _link_holds(how, y, x, kb):
            facts.build("relations", kb.projects[x], kb, lang)
            return verdict(YES if holds else NO, facts, kind, (pid, other))
    how = "part_of" if kind == "part_of" else "follows"  # (a predecessor claimed: it follows)
    facts = Answer("relations", projects=(pid, other))
    if _link_holds(how, pid, other, kb):
        facts.build("relations", p, kb, lang)
        return verdict(YES, facts, kind, (pid, other))
    if _link_holds(how, other, pid, kb):  # the link runs the other way: state it, without a
        # yes or a no (the words didn't tell which way the claim runs)
        facts.build("relations", o, kb, lang)
        facts.intent = kind
        return facts
    facts.build("relations", p, kb, lang)
    stated = tuple(i for k in ("part_of", "follow_up", "predecessor", "contains")
                   for i in linked(p, k))  # "No. BRIDGE 53 was part of HIHeal.": the reply
    if read and (real := _real_link(read, kb)):  # "Ist InnoReAct der Nachfolger von HIHeal?":
        facts.build("relations", kb.projects[read[2]], kb, lang)  # no, and HIHeal's own
        stated = (*stated, read[2], *real)  # follow-up (HIHeal next level transition)
    result = verdict(NO, facts, kind, (pid, *dict.fromkeys(stated)) if stated else (pid, other))
    result.focus = (pid,)  # speaks of HIHeal, not of ELISE
    return result


def _real_link(read: tuple[str, str, str], kb: KnowledgeBase) -> tuple[str, ...]:
    """The projects that truly stand where a false link claim puts one: the follow-ups of the
    project a successor is claimed of, the project another is claimed part of its parts."""
    how, x, y = read
    o = kb.projects[y]
    real = o.continued_by if how == "follows" else tuple(
        i for i, q in kb.projects.items() if q.part_of == y)
    return tuple(i for i in real if i != x and i in kb.projects)


# --------------------------------------------------------------------------- status and years


def _status(p: Project, claim: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Is MAGIA still running?": No. "Has BFCC ended?": Yes. A follow-up the page only
    names, or a past project it gives no end for ("Läuft KI#CK noch?", "Ist BRIDGE 53 schon
    abgeschlossen?"; sets 12 and 20, the brief): the page doesn't say."""
    if p.follow_up_only or not p.end:
        return verdict(UNKNOWN, _facts("status", p.id, kb, lang), "status", (p.id,))
    ended = True  # every project on the page is a past project; only follow-ups run on
    kind = YES if (claim == "ended") == ended else NO
    facts = _facts("dates", p.id, kb, lang)
    if p.continued_by:
        facts.add("status_continued", other=project_names(p.continued_by, kb))
    return verdict(kind, facts, "status", (p.id,))


def _overlap(ids: tuple[str, str], kb: KnowledgeBase, lang: str) -> Answer:
    """ "Were MAGIA and BFCC running at the same time?": whether their runs share any time."""
    (a, b), facts = _both_dated(ids, kb, lang)
    if not (a.start and a.end and b.start and b.end):
        return verdict(UNKNOWN, facts, "dates", ids)
    surely = a.start.upper() <= b.end.lower() and b.start.upper() <= a.end.lower()
    never = a.start.lower() > b.end.upper() or b.start.lower() > a.end.upper()
    kind = YES if surely else NO if never else UNKNOWN
    return verdict(kind, facts, "dates", ids)


def _gap(ids: tuple[str, str], kb: KnowledgeBase, lang: str) -> Answer:
    """ "So there was a gap between MAGIA and MAGIA2Market?": whether time passed between the
    end of one and the start of the other (P.I.L.O.T. ending in March and its follow-up
    starting in April is no gap; the dates at their precision may leave it open)."""
    (a, b), facts = _both_dated(ids, kb, lang)
    if not (a.start and b.start):
        return verdict(UNKNOWN, facts, "dates", ids)
    first, then = (a, b) if a.start.lower() <= b.start.lower() else (b, a)
    if not first.end:  # (the later one's end doesn't matter: "seit April 2023")
        return verdict(UNKNOWN, facts, "dates", ids)
    least, most = _days_between(first.end, then.start)
    kind = YES if least > 1 else NO if most <= 1 else UNKNOWN
    return verdict(kind, facts, "dates", ids)


def _both_dated(ids: tuple[str, str], kb: KnowledgeBase, lang: str
                ) -> tuple[tuple[Project, Project], Answer]:
    """The two projects of a claim about their runs, and an answer giving both their dates."""
    facts = Answer("dates", projects=ids)
    for pid in ids:
        facts.build("dates", kb.projects[pid], kb, lang)
    a, b = (kb.projects[i] for i in ids)
    return (a, b), facts


def _days_between(end: PartialDate, start: PartialDate) -> tuple[int, int]:
    """The least and the most days from an end to a later start, at both dates' precision."""
    return (start.lower() - end.upper()).days, (start.upper() - end.lower()).days


NEXT_MONTH = 31  # days: a start within the month after the other's end is right after it


def _adjacent(ids: tuple[str, str], kb: KnowledgeBase, lang: str) -> Answer:
    """ "Did MAGIA2Market start right after MAGIA ended?": whether the first named began when
    the second ended, within the month after (P.I.L.O.T. ending on 31 March 2023 and its
    follow-up starting in April 2023: yes); a gap of months or an overlap is a no."""
    later, before = (kb.projects[i] for i in ids)
    facts = Answer("start", projects=ids)
    facts.build("start", later, kb, lang)
    facts.build("end", before, kb, lang)
    if not (later.start and before.end):
        return verdict(UNKNOWN, facts, "start", ids)
    least, most = _days_between(before.end, later.start)
    kind = YES if least >= 0 and most <= NEXT_MONTH + 1 else \
        NO if least > NEXT_MONTH + 1 or most < 0 else UNKNOWN
    return verdict(kind, facts, "start", ids)


_EVENTS = {"started": "start", "ended": "end"}
_PRECISION = ("year", "month", "day")


def _event_dates(ids: tuple[str, ...], which: str, kb: KnowledgeBase, lang: str
                 ) -> tuple[list[PartialDate | None], Answer]:
    """The projects' dates of one event (start or end), and the answer's lines of them."""
    facts = Answer(which, projects=ids)
    for i in ids:
        facts.build(which, kb.projects[i], kb, lang)
    return [getattr(kb.projects[i], which) for i in ids], facts


def _same_time(ids: tuple[str, str], which: str, kb: KnowledgeBase, lang: str) -> Answer:
    """ "Did MAGIA2Market end at the same time as InnoReAct?": the two dates of that event at
    the coarser precision of the two ("February 2023" and "28 February 2023" are the same
    month); a year alone can't say whether they were the same time."""
    dates, facts = _event_dates(ids, which, kb, lang)
    if not all(dates):
        return verdict(UNKNOWN, facts, which, ids)
    level = min(_PRECISION.index(d.precision) for d in dates)
    keys = {(d.year, d.month if level else 0, d.day if level > 1 else 0) for d in dates}
    kind = NO if len(keys) > 1 else YES if level else UNKNOWN
    return verdict(kind, facts, which, ids)


def _same_funders(ids: tuple[str, str], kb: KnowledgeBase, lang: str) -> Answer:
    """ "Is that the same funder as for HIHeal?": the funders the page names for both."""
    a, b = (kb.projects[i] for i in ids)
    facts = Answer("funding", projects=ids)
    for p in (a, b):
        facts.build("funding", p, kb, lang)
    if not (a.funding and b.funding):
        return verdict(UNKNOWN, facts, "funding", ids)
    # one's funders all funded the other too (HIHeal's ERDF and City of Hamburg funded
    # InnoReAct, whose REACT-EU money came through them): the same funders, and both are shown
    shared = set(a.funding) & set(b.funding)
    if shared and shared not in (set(a.funding), set(b.funding)):
        # BONEBANK (Interreg, ERDF) and NORTHOPEDICS (ERDF, the State): partly the same
        result = verdict(PARTLY, facts, "funding", ids)
        result.lines.insert(1, Line("funders_shared", {
            "funders": funder_names([f for f in a.funding if f in shared], kb, lang)}))
        return result
    return verdict(YES if shared else NO, facts, "funding", ids)


def _same_places(ids: tuple[str, str], targets: bool, kb: KnowledgeBase, lang: str
                 ) -> Answer:
    """ "Did MAGIA and MAGIA2Market have the same target countries?": no, MAGIA2Market added
    Japan; the markets aimed at where a target is named, else the countries the page gives
    each. Where it gives one of them none, the page doesn't say; with the places of both."""
    facts = Answer("places", projects=ids)
    for pid in ids:
        facts.build("places", kb.projects[pid], kb, lang)
    field = "target_countries" if targets else "countries"
    a, b = (set(getattr(kb.projects[i], field)) for i in ids)
    kind = UNKNOWN if not (a and b) else YES if a == b else NO
    return verdict(kind, facts, "places", ids)


SAME_LENGTH = 1  # months: "about the same length" allows this much difference


def _same_length(ids: tuple[str, ...], kb: KnowledgeBase, lang: str) -> Answer:
    """ "Haben BFCC und NORTHOPEDICS gleich lang gedauert?": yes within a month, where the
    page's dates settle it (dates given only as years may not), with both lengths; dates given
    only to the month are said to hold to about a month."""
    facts = Answer("superlative", projects=ids)
    for i in ids:
        facts.build("duration", kb.projects[i], kb, lang)
    bounds = [duration_bounds(kb.projects[i]) for i in ids]
    if not (bounds[0] and bounds[1]):
        return verdict(UNKNOWN, facts, "superlative", ids)
    (a_lo, a_hi), (b_lo, b_hi) = bounds
    if a_lo == a_hi and b_lo == b_hi:
        kind = YES if abs(a_lo - b_lo) <= SAME_LENGTH else NO
    else:  # a range: no only where the ranges lie apart
        kind = NO if a_hi + SAME_LENGTH < b_lo or b_hi + SAME_LENGTH < a_lo else UNKNOWN
    result = verdict(kind, facts, "superlative", ids)
    rough = tuple(i for i in ids if any(d and d.precision == "month" for d in (
        kb.projects[i].start, kb.projects[i].end)))
    if rough and kind == YES:
        result.add("same_length_rough", names=project_names(rough, kb))
    return result


def _same_year(ids: tuple[str, ...], u: Understanding, kb: KnowledgeBase, lang: str,
               month: bool = False) -> Answer:
    """ "So they started in the same year?" (or month) over the projects just compared, or
    "all three" just talked about."""
    which = {"started": "start", "ended": "end"}.get(u.filters.mode, "start")
    dates, facts = _event_dates(ids, which, kb, lang)
    if not all(dates):
        return verdict(UNKNOWN, facts, which, ids)
    if month and not all(d.month for d in dates) and len({d.year for d in dates}) == 1:
        return verdict(UNKNOWN, facts, which, ids)  # a month the page doesn't give
    same = len({(d.year, d.month if month else 0) for d in dates}) == 1
    return verdict(YES if same else NO, facts, which, ids)


# --------------------------------------------------------------------------- filters


_EVIDENCE = {"funders": "funding", "places": "places", "organisations": "partners",
             "topics": "overview"}


def _end_unknown_then(p: Project, filters: Filters) -> bool:
    """ "does P.I.L.O.T. Next Level end in 2025?", "was it running in 2024?": a project with a
    start and no end the page gives (a follow-up it only names) may have ended, or run on, in
    any year from its start; before it, it surely neither ran nor ended."""
    conditions = [(filters.years, filters.mode), *((y, m) for y, _, m in filters.also_years)]
    open_then = [bool(years) and p.start is not None and p.end is None and
                 mode in ("ended", "active") and years[1] >= p.start.year
                 for years, mode in conditions]
    # ("started in 2023 and ended in 2025?": the start holds, the end is open)
    return any(open_then) and all(
        unsure or _year_holds(p, years, mode)
        for (years, mode), unsure in zip(conditions, open_then, strict=True))


def _year_holds(p: Project, years: tuple[int, int] | None, mode: str) -> bool:
    """Whether the page's dates meet one year condition surely."""
    lo, hi = years or (0, 9999)
    if mode == "started" or mode == "ended":
        date = p.start if mode == "started" else p.end
        return date is not None and lo <= date.year <= hi
    return p.start is not None and p.end is not None and p.start.year <= hi and \
        lo <= p.end.year


def _filters(pid: str, filters: Filters, kind: str, u: Understanding, tokens: list[str],
             kb: KnowledgeBase, lang: str) -> Answer:
    """A funder, place, organisation, topic or years, checked as a list over one project."""
    p = kb.projects[pid]
    if kind == "organisations" and _asks_lead(u):
        return _lead(p, filters.organisations, kb, lang)
    chosen = select(kb, filters, (pid,))
    intent = _year_intent(filters) if kind == "years" else _EVIDENCE[kind]
    if intent == "dates" and _going_on(tokens):
        intent = "status"  # "was ELISE (still) running in 2020?": whether it had ended by then
    if kind == "organisations" and _lsn_alone(filters.organisations, u, kb):
        intent = "lsn_role"  # "War LSN bei MAGIA Projektpartner?": its own part, told by its role
        if not p.lsn_role:  # "was LSN a partner in ELISE?": the page names no part of its own
            return about_projects(intent, (pid,), kb, lang)
    if kind == "topics":
        told, intent = _topic_claim(p, pid in chosen.ids, filters, intent, u, tokens, kb, lang)
        if told is not None:
            return told
    facts = _facts(_status_facts(p, filters, tokens) if intent == "status" else intent, pid, kb,
                   lang, u.asks)
    if kind == "topics" and intent == "activities" and _about_subject(tokens):
        intent = "goals"  # "ging es bei BRIDGE 53 um Medikamente?": what it was about is its
        # aim, as every set labels it (docs/labels.md), told by the text that says it
    if kind == "years" and intent == "dates" and _one_year_run(filters, tokens):
        intent = facts.intent = "status"  # "Lief ELISE im Jahr 2018?": whether it was going
        # on then, told by its run (sets 32, 37, 40, 44; docs/labels.md, flipped in session 18)
    if pid in chosen.ids:
        if kind == "places" and filters.places:  # "War Belgien bei MAGIA dabei?": BioWin
            before = len(facts.lines)
            partners_from(facts, (pid,), filters.places, kb, lang)
            if len(facts.lines) > before and (filters.organisations and not _through_one(
                    tokens, filters.organisations, kb) or _kind_of_organisation(tokens)):
                intent = facts.intent = "partners"  # "a Belgian cluster in MAGIA?" asks an
                # organisation; a country alone, or partners from it, a place (docs/labels.md)
        return verdict(YES, facts, intent, (pid,))
    if pid in chosen.undated or _unnamed_places(p, filters, kind) or kind == "topics" or \
            kind == "years" and _end_unknown_then(p, filters) or \
            not _states_any(p, kind, kb) or kind == "places" and within_unnamed(
                p, [n for i in filters.places for n in place_names(kb, i)], kb):
        return verdict(UNKNOWN, facts, intent, (pid,))
    if kind == "funders" and _kind_unsettled(p, filters.funders, tokens, kb):
        return verdict(UNKNOWN, facts, intent, (pid,))  # "funded by the state?" of ELISE
    if kind == "funders" and fund_unsaid(p, filters.funders, kb):
        return verdict(UNKNOWN, facts, intent, (pid,))  # "KI#CK, ERDF too?": EU money of an
        # unnamed fund may have been the ERDF's; "BFCC, ERDF?": Interreg, whose fund the page
        # names for BONEBANK's programme only
    if kind == "funders" and _co_funding(tokens) and not _names_co_funder(p, kb):
        result = verdict(UNKNOWN, facts, intent, (pid,))  # "was ELISE co-funded by
        result.lines.append(Line("co_funding_unknown", {  # Schleswig-Holstein?": the page
            "name": Bold(p.name), "funders": funder_names(filters.funders, kb, lang)}))
        return result  # names only its EU programme, not who co-financed it
    # "did the first one have Japan too?": the linked project that had it, after the no (the
    # answer stays about the project asked of)
    near = tuple(i for i in (*p.continued_by, *((p.follows,) if p.follows else ()))
                 if i in kb.projects)
    others = select(kb, filters, near).ids if near and kind == "places" else ()
    for other in others:
        facts.build(intent, kb.projects[other], kb, lang)
    later = [o for o in others if o in p.continued_by] if _has_any(
        tokens, _words().later) else []
    offered = later and _later_offered(tokens)  # "already in MAGIA, or only later?"
    if later:  # "kam Japan später noch dazu?" of MAGIA: yes, with its follow-up
        facts.lines.insert(0, Line("only_later_by" if offered else "later_by",
                                   {"other": project_names(tuple(later), kb)}))
    if kind == "places" and _partners_unsettled(p, tokens, kb, filters.places):
        return _partners_unsaid(p, facts, intent, u, kb, lang)
    if not later or offered:  # (sets 1, 3, 5, 6 and 7 list only the project asked of here;
        return verdict(NO, facts, intent, (pid, *later))  # "or only later": no, the follow-up)
    result = verdict(YES, facts, intent, (pid, *later))  # the yes rests on the follow-up
    result.focus = (pid,)  # ("it" stays the project asked of)
    return result


def _later_offered(tokens: list[str]) -> bool:
    """ "did MAGIA already target Japan or was that only later?", "oder erst später?": the
    claim of the project itself offered beside a later one; no to the first, with the later."""
    joins = vocabulary().phrase_sets["alternatives"]
    at = next((i for i, t in enumerate(tokens) if t in joins), None)
    return at is not None and _has_any(tokens[at + 1:], _words().later)


def _of_partners(tokens: list[str]) -> bool:
    """ "partners from Denmark", "Danish partners", "Partner aus Dänemark", "Projektpartner",
    "War Dänemark an NORTHOPEDICS beteiligt?":
    a claim about where a project's partners came from, not where it was active."""
    sets = vocabulary().phrase_sets
    words = sets["filter_partner_places"] | sets["filter_taking_part"]
    return any(t in words or t.startswith("partner") for t in tokens)


def _partners_unsettled(p: Project, tokens: list[str], kb: KnowledgeBase,
                        claimed: tuple[str, ...] = ()) -> bool:
    """A claim of where the partners came from, of a project whose partners' places the page
    doesn't settle: it names neither the whole consortium (KI#CK) nor all its partner regions
    (ELISE), or it names them all but not every one's country, where the one without could be
    from a place claimed (MAGIA's Life Science Nord: "did MAGIA have a German partner?"; not
    "War die Slowakei bei MAGIA dabei?"). Where it was active is no list of its partners."""
    settled = p.partners_complete and all(
        x.country or _away_from_home(x.org, claimed, kb) for x in p.partners)
    return _of_partners(tokens) and not (settled or p.partner_regions)


def _away_from_home(org: str, claimed: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether every place claimed is another country than the organisation's home (Life
    Science Nord's Germany): a country of the page or a place it never names that lies in no
    such home ("Spanien"); a German state or city ("Kiel") may be where it sits."""
    home = kb.organisations[org].home if org in kb.organisations else None
    return bool(home and claimed) and all(
        c != home and kb.places[c].kind == "country" if c in kb.places else
        not lies_in(c, (home,)) for c in claimed)


def _partners_unsaid(p: Project, facts: Answer, intent: str, u: Understanding,
                     kb: KnowledgeBase, lang: str) -> Answer:
    """ "Gab es bei NORTHOPEDICS Partner aus Dänemark?": the page doesn't say, with what it
    says of the partners before where the project was active."""
    partners = _facts("partners", p.id, kb, lang, u.asks)
    facts.lines[:0] = [x for x in partners.lines if x.key != "lead"]
    return verdict(UNKNOWN, facts, intent, (p.id,))


def _continued_after(c: _Claim) -> Answer | None:
    """ "did it continue after 2019?", "Wurde MAGIA nach 2019 fortgesetzt?": after the year it
    ended, the project went on only in the follow-up the page names; yes, with that one."""
    u, p = c.u, c.project
    if not (u.filters.years and u.filters.year_kind == "since" and p.continued_by and
            p.end and p.end.year < u.filters.years[0] and
            dict(u.scores).get("follow_up", 0) >= 2):
        return None
    result = verdict(YES, _facts("follow_up", c.pid, c.kb, c.lang), "follow_up",
                     (c.pid, *p.continued_by))
    result.focus = (c.pid,)  # ("it" stays the project asked of)
    return result


def _made_elsewhere(p: Project, topics: tuple[str, ...], kb: KnowledgeBase, lang: str
                    ) -> Answer | None:
    """A thing made claimed of a project whose texts never name it, where the results of
    another project name it (BFCC's fracture registry, BONEBANK's biobank and competence
    atlas): no, with what the page says of the project and whose results it was."""
    missing = tuple(t for t in topics if p.id not in select(kb, Filters(topics=(t,)), (p.id,)).ids)
    if not missing or missing != topics or any(t in o.within for t in missing
                                               for o in kb.topics.values()):
        return None  # (a kind of thing, "a guide", is no one thing made elsewhere)
    names = [normalize(n) for t in missing for n in (
        kb.topics[t].name.en, kb.topics[t].name.de, *kb.topics[t].aliases)]
    words = [w for n in names for w in n.split()]
    makers = [i for i in select(kb, Filters(topics=missing)).ids if i != p.id and
              any(_says(kb.projects[i], "results", w) for w in words)]
    texts = [f" {_stems(t)[1]} " for f in (*TEXTS, "summary") if (text := getattr(p, f, None))
             for t in (text.get("en"), text.get("de")) if t]
    if not makers or len(makers) > 2 or any(f" {n} " in t for n in names for t in texts):
        return None  # (its own texts name it: "registration" is no registry)
    field = "results" if p.results else "goals" if p.goals else "overview"
    result = verdict(NO, _facts(field, p.id, kb, lang), field, (p.id, *makers))
    result.lines.append(Line("made_by", {"other": project_names(tuple(makers), kb)}))
    for other in makers:
        result.build("results", kb.projects[other], kb, lang)
    result.focus = (p.id,)
    return result


def _through_one(tokens: list[str], orgs: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """ "Belgien war über BioWin dabei, oder?", "Belgium took part through BioWin": the
    organisation is how the country took part, the claim is of the country (a place)."""
    words = _words().through
    return any(t in words and " ".join(tokens[i + 1:]).startswith(name)
               for i, t in enumerate(tokens) for o in orgs
               for name in (normalize(n) for n in (kb.organisations[o].name,
                                                    *kb.organisations[o].aliases)))


def _lsn_alone(orgs: tuple[str, ...], u: Understanding, kb: KnowledgeBase) -> bool:
    """Life Science Nord alone is claimed to take part, with no question of who or how many."""
    return len(orgs) == 1 and kb.organisations[orgs[0]].self and not u.asks & {
        "who", "names", "count"}


def _elsewhere(p: Project, u: Understanding, tokens: list[str], kb: KnowledgeBase,
               lang: str) -> Answer:
    """A place or programme the page never mentions: no, where the page names the project's
    places or funders; else the page doesn't say (BFCC's seven countries are not named). A
    programme named is the claim, a place beside it only where it sits ("funded by the federal
    government in Berlin?": a funder, answered with the project's funders)."""
    kind = "funders" if u.other_funders else "places"
    intent = _EVIDENCE[kind]
    facts = _facts(intent, p.id, kb, lang, u.asks)
    if kind == "funders" and set(maybe_funders(u.other_funders)) & set(p.funding):
        return verdict(UNKNOWN, facts, intent, (p.id,))  # "aus dem Landesprogramm Wirtschaft?"
        # of NORTHOPEDICS, which the page says the Regional Economic Programme funded
    named = _states_any(p, kind, kb) and not _unnamed_places(p, Filters(), kind) and not (
        kind == "places" and (any(lies_in(e, p.regions) for e in u.elsewhere) or
                              within_unnamed(p, u.elsewhere, kb)))  # "in Kiel?" of
    # a Schleswig-Holstein one; "partners from Sweden?"
    if named and kind == "places" and _partners_unsettled(p, tokens, kb, u.elsewhere):
        return _partners_unsaid(p, facts, intent, u, kb, lang)
    return verdict(NO if named else UNKNOWN, facts, intent, (p.id,))


def _elsewhere_only(p: Project, u: Understanding, kb: KnowledgeBase, lang: str) -> Answer:
    """ "War P.I.L.O.T. nur auf Hamburg ausgerichtet?": a place the page never names for the
    project claimed as its only one: no where the page names a place of its own (Schleswig-
    Holstein), which lies in no such place; else the page doesn't say."""
    facts = _facts("places", p.id, kb, lang, u.asks)
    return verdict(NO if _states_any(p, "places", kb) else UNKNOWN, facts, "places", (p.id,))


def _larger_whole(u: Understanding, pid: str, kb: KnowledgeBase, lang: str) -> Answer | None:
    """ "Gehörte BFCC zu einem größeren EU-Vorhaben?": what it was part of, where the funders
    and places named describe that whole (HIHeal had Hamburg's money; the EU Strategy names the
    EU); a whole they don't describe ("a bigger Hamburg project" of BFCC) gets no yes."""
    answer = _exists(u, pid, kb, lang)
    p = kb.projects[pid]
    named = (*u.filters.funders, *u.filters.places)
    if answer is None or verdict_of(answer) != YES or not named:
        return answer
    parent = linked(p, "part_of")
    if parent:
        fits = bool(select(kb, replace(Filters(), funders=u.filters.funders,
                                       places=u.filters.places), base=parent).ids)
    else:
        topic = kb.topics.get(p.part_of_external or "")
        said = normalize(f"{topic.name.en} {topic.name.de} {' '.join(topic.aliases)}"
                         if topic else "").split()
        fits = topic is not None and all(
            any(normalize(n) in said for n in _names_of(i, kb)) for i in named)
    if not fits:
        answer.lines[0] = replace(answer.lines[0], key=f"verdict_{UNKNOWN}")
        answer.answered = False
    return answer


def _names_of(eid: str, kb: KnowledgeBase) -> list[str]:
    record = kb.funders.get(eid) or kb.places.get(eid)
    return [record.name.en, record.name.de, *record.aliases] if record else []


def _initiative(p: Project, initiative: str, kb: KnowledgeBase, lang: str) -> Answer:
    """A claim that a project was part of a larger initiative (HealthRegion of the EU Strategy
    for the Baltic Sea Region): yes where the page says so; else the page doesn't say, since it
    names no initiative for most projects."""
    facts = _facts("part_of", p.id, kb, lang)
    if p.part_of_external == initiative:
        return verdict(YES, facts, "part_of", (p.id,))
    if not facts.answered_by_builder:
        facts = _facts("overview", p.id, kb, lang)
    return verdict(UNKNOWN, facts, "part_of", (p.id,))


def _funder_as_place(u: Understanding, tokens: list[str], p: Project,
                     last: str | None = None) -> str | None:
    """A funder named after a city ("Hamburg") right after "in", "at", "bei", in a claim that
    speaks of no money and about a project that city didn't fund: the city, a place. In a claim
    of "only" it is the place wherever it stands, also as "Hamburger" ("nur auf Hamburg
    ausgerichtet?", "only in Hamburg?" of HIHeal, which Hamburg funded); so it is in a claim of
    one of the project's places ("Was Hamburg one of the German regions in ELISE?") and before a
    project noun ("was KI#CK a Hamburg project?", "ein Hamburger Projekt?"). Before a partner's
    noun it is where the partner came from, also of a project the city funded ("did any
    hamburg hospital take part in BFCC?", "ein Hamburger Unternehmen bei InnoReAct?"). Right
    after the project's places (``last``) it is one more place wherever it stands ("War Hamburg
    eins davon?", "was Hamburg one of them?" after ELISE's places and its two German states)."""
    scores, only = dict(u.scores), _only_claim(tokens)
    placed = only or last == "places"
    if not u.filters.funders or scores.get("funding", 0) + scores.get("amount", 0) > 0 and \
            "own_programme" not in u.asks:  # ("the KI#CK programme": no money talk)
        return None
    words = _words()
    partner = next((place for i, t in enumerate(tokens[:-1]) for place in words.funder_places
                    if t.startswith(place) and (tokens[i + 1] in words.partner_nouns or
                                                _kinds_of(tokens[i + 1]) - {"cluster"})), None)
    if partner or set(u.filters.funders) & set(p.funding) and not placed:
        return partner  # (a cluster named by its city is an organisation: _funders_as_clusters)
    anywhere = placed or _has_any(tokens, words.place_nouns)
    own_kind = not any(scores.get(k, 0) > 0 for k in RELATIONS)  # ("zu einem größeren
    # Hamburger Projekt?" names another project, the one it belonged to)
    return next((place for i, t in enumerate(tokens) for place in words.funder_places
                 if t.startswith(place) and (anywhere or i and t == place and
                                             tokens[i - 1] in words.place_prepositions or
                                             # "a Hamburg project", "ein Hamburger Projekt"
                                             own_kind and tokens[i + 1:i + 2] and
                                             tokens[i + 1] in words.subject_heads)), None)


CLUSTER_AFTER = 4  # words between a city and the cluster it names ("hamburg and lsn clusters")


def _funders_as_clusters(u: Understanding, tokens: list[str]) -> tuple[str, ...]:
    """Funders named after a city ("Hamburg") that stand shortly before a cluster ("the hamburg
    health cluster", "the hamburg and lsn clusters"), in a claim that speaks of no money: the
    city's cluster, an organisation, not the city's money."""
    scores = dict(u.scores)
    if not u.filters.funders or scores.get("funding", 0) + scores.get("amount", 0) > 0 and \
            "own_programme" not in u.asks:
        return ()
    cities = {t for i, t in enumerate(tokens) if t in _words().funder_places and any(
        "cluster" in _kinds_of(w) for w in tokens[i + 1:i + 1 + CLUSTER_AFTER])}
    return tuple(f for f in u.filters.funders if f in cities)


def _city_clusters(cities: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """The clusters the knowledge base names after one of the cities ("Cluster
    Gesundheitswirtschaft Hamburg")."""
    found = []
    for oid, o in kb.organisations.items():
        words = normalize(" ".join((o.name, *o.aliases))).split()
        if any(_kinds_of(w) == {"cluster"} for w in words) and any(
                normalize(str(kb.funders[f].name.en)).split()[-1] in words or f in words
                for f in cities if f in kb.funders):
            found.append(oid)
    return tuple(found)


def _kind_unsettled(p: Project, funders: tuple[str, ...], tokens: list[str],
                    kb: KnowledgeBase) -> bool:
    """A public funder named by its kind ("was ELISE funded by the state?", "HIHeal vom Land
    gefördert?") that the project's funders don't settle: the page names only its EU
    programme (so no public co-financer of its own to hold the claim against), or another
    funder of that kind (Hamburg, a city that is a state too)."""
    kinds = funders_by_kind(tokens)
    if not funders or not set(funders) <= kinds.keys() or any(
            _names_of_funder(f, kb) & _grams(tokens) for f in funders):
        return False  # ("vom Land Schleswig-Holstein": named, not only its kind)
    return not _names_co_funder(p, kb) or any(
        other in p.funding for f in funders for other in kinds[f])


@lru_cache(maxsize=256)
def _names_of_funder(fid: str, kb: KnowledgeBase) -> frozenset[str]:
    f = kb.funders[fid]
    return frozenset(normalize(n) for n in (f.name.en, f.name.de, *f.aliases))


def _grams(tokens: list[str]) -> frozenset[str]:
    return frozenset(" ".join(tokens[i:i + n]) for n in (1, 2, 3, 4)
                     for i in range(len(tokens)))


def _states_any(p: Project, kind: str, kb: KnowledgeBase) -> bool:
    """Whether the page says anything of this kind about the project: a "no" needs the page's
    list to hold against ("Was MAGIA2Market funded by COSME?" - the page names no funder)."""
    parent = kb.projects.get(p.part_of or "")
    return {
        "funders": bool(p.funding or parent and parent.funding),
        "places": bool(p.countries or p.cities or p.regions or p.target_countries or
                       any(x.country for x in p.partners)),
        # a partner the page doesn't name may still have taken part, unless it names them all
        "organisations": p.partners_complete,
        "years": bool(p.start or p.end),
    }.get(kind, True)


TEXTS = ("goals", "results", "activities", "lsn_role")  # where a project's texts say things
DONE_ORDER = ("results", "activities", "goals", "lsn_role")  # of a claim of what was done


def _topic_chosen(u: Understanding, tokens: list[str], p: Project, intent: str,
                  kb: KnowledgeBase, lang: str) -> Answer:
    """ "Was HIHeal about hygiene or cancer?": a choice between a topic the project is about and
    a word its texts never use is settled by the topic, with the text that says it."""
    result = verdict(YES, _facts(intent, p.id, kb, lang, u.asks), intent, (p.id,))
    name = str(getattr(kb.topics[u.filters.topics[0]].name, lang))
    result.lines[0] = Line("either_said", {"word": name[:1].upper() + name[1:]})
    return result


def _topic_words(kb: KnowledgeBase, topics: tuple[str, ...], tokens: list[str]) -> list[str]:
    """The words of the topics' names that the question used ("Register" of "registries")."""
    said = {t[:5] for t in tokens}
    words = [w for t in topics for n in (kb.topics[t].name.en, kb.topics[t].name.de,
                                         *kb.topics[t].aliases) for w in normalize(n).split()]
    return [w for w in words if w[:5] in said] or words


def _content_words(tokens: list[str], p: Project) -> list[str]:
    """The words of a claim that say what it is about: not everyday words, not the name; a
    German compound on "-projekt" gives its first part ("Krebsprojekt": "krebs")."""
    vocab = vocabulary()
    common = vocab.common - vocab.ordinals.keys()  # the query stage's words are common too
    names = set(normalize(" ".join(p.names())).split())
    fillers, heads = _words().fillers, _words().subject_heads
    tokens = _before_speaker(tokens)
    cut = [head_off(t, heads) for t in tokens]
    # "a second phase": an ordinal or a number qualifies the claim and must be found too;
    # the first part of a compound is what it is about, however common ("Netzwerkprojekt")
    return [_unslipped(p, c) for t, c in zip(tokens, cut, strict=True)
            if (len(c) >= 4 or c in vocab.ordinals) and (c not in common or c != t) and
            c not in names and c not in fillers]


SPEAKER_FROM = 3  # "did we lead BFCC?": the speaker opening the claim is its subject


def _before_speaker(tokens: list[str]) -> list[str]:
    """A claim's words before a clause of the speaker's own ("is there a network guide for
    NORTHOPEDICS I can grab?", "…, den ich mir holen kann?"): what the speaker would do with
    a thing is no part of what the project was or made."""
    at = next((i for i, t in enumerate(tokens) if i >= SPEAKER_FROM and t in _words().speaker),
              len(tokens))
    return tokens[:at]


def _about_subject(tokens: list[str]) -> bool:
    """A claim about what a project was about ("about cancer", "ein Krebsprojekt"): the page
    says that of each project, so a key word it never uses makes the claim false."""
    heads = _words().subject_heads
    return _has_spread(tokens, _words().subject_claims) or any(
        head_off(t, heads) != t for t in tokens)


def _has_spread(tokens: list[str], phrases_: frozenset[str], gap: int = 3) -> bool:
    """Whether a phrase's words stand in order with at most ``gap`` words between each two:
    "ging es bei NORTHOPEDICS um" holds "ging es um"."""
    for phrase in phrases_:
        words, at = phrase.split(), -1
        for n, w in enumerate(words):
            window = tokens[at + 1:] if n == 0 else tokens[at + 1:at + 2 + gap]
            if w not in window:
                break
            at += 1 + window.index(w)
        else:
            return True
    return False


PARTICIPLE_STEM = 4  # letters a German verb's stem keeps without its prefixes ("baut")


@lru_cache(maxsize=4096)
def verb_stem(word: str) -> str | None:
    """A German participle or "zu"-infinitive without its prefixes: "eingelagert" -> "lagert",
    "aufgebaut" -> "baut", "gesammelt" -> "sammelt", "aufzubauen" -> "bauen"; None for a word
    of no such form."""
    if not word.endswith(("t", "en")):
        return None
    rest = next((word[len(p):] for p in _words().verb_prefixes
                 if word.startswith(p) and len(word) - len(p) > PARTICIPLE_STEM), word)
    for inner in ("ge", "zu"):
        if rest.startswith(inner) and len(rest) - len(inner) >= PARTICIPLE_STEM and (
                rest != word or inner == "ge"):
            return rest[len(inner):]
    return None


@lru_cache(maxsize=1024)
def _stems(text: str) -> tuple[frozenset[str], str]:
    words = normalize(text).split()
    stems = [w for w in words if len(w) >= 4]
    stems += [s for w in stems if (s := verb_stem(w))]  # "gesammelt": "sammelt"
    return frozenset(w[:5] for w in stems), " ".join(words)


def _says(p: Project, field: str, word: str, kb: KnowledgeBase | None = None) -> bool:
    """Whether a project's text (both languages) uses the word: its first five letters start
    one of the text's words, or its first six stand inside one ("register" in
    "Frakturregister")."""
    text = getattr(p, field, None)
    if field == "topics" and kb is not None:
        texts = [n for t in p.topics if t in kb.topics for n in (
            kb.topics[t].name.en, kb.topics[t].name.de, *kb.topics[t].aliases)]
    else:
        texts = [text.get("en"), text.get("de")] if text else []
        texts += _page_words(p, field) if text else []  # the page's own words for it
    return _texts_say(texts, word)


@lru_cache(maxsize=256)
def _page_words(p: Project, field: str) -> tuple[str, ...]:
    """The page's words a project's text rests on (its evidence), without everyday words and
    the project's names: "job creation" says what ELISE's goals ("growth, jobs") put in our
    words; "the InnoReAct project" says nothing of what it was."""
    common, names = vocabulary().common, set(normalize(" ".join(p.names())).split())
    return tuple(" ".join(w for w in normalize(q).split() if w not in common and w not in names)
                 for q in p.evidence.get(field, ()))


SHORT_WORD = 4  # shorter words have no stem of their own: a text says them only whole


def _texts_say(texts: list[str | None], word: str) -> bool:
    alternatives = _words().synonyms.get(word[:5], frozenset()) | {word[:5]}
    stem = verb_stem(word)  # "eingelagert" is said by "lagerte", "aufgebaut" by "baute … auf"
    if stem:
        alternatives |= _words().synonyms.get(stem[:5], frozenset()) | {stem[:5]}
    for t in texts:
        if not t:
            continue
        stems, joined = _stems(t)
        if alternatives & stems or len(word) >= 6 and word[:6] in joined or stem and len(
                stem) == PARTICIPLE_STEM and f" {stem}" in f" {joined}" or len(
                word) < SHORT_WORD and f" {word} " in f" {joined} ":  # "KMU", "SME": whole
            return True
    return False


def _topic_claim(p: Project, chosen: bool, filters: Filters, intent: str, u: Understanding,
                 tokens: list[str], kb: KnowledgeBase, lang: str) -> tuple[Answer | None, str]:
    """A topic claimed of a project: settled by its texts where they say it or clearly don't
    (the answer), else the text that would say it (the intent of the plain yes or no)."""
    pid = p.id
    if _has_any(tokens, _words().made_public) and (made := _made_words(tokens, p)):
        return _made_claim(made, False, p, kb, lang), intent  # "Did BFCC publish fracture
        # data?": the data must be named, not only fractures
    said = [*_topic_words(kb, filters.topics, tokens), *_content_words(tokens, p)]
    intent = "overview" if _kind_said(tokens, p) else _purpose(  # "a network?": what it was
        u, _where_said(p, said, _content_words(tokens, p), done=_done(tokens)) or (
            # "an AI thing?", "a response to covid?": a topic it has, said by a short name
            # or an alias its texts don't use, is where they use the topic's own names
            chosen and _where_said(p, _topic_words(kb, filters.topics, []))) or (
            # else the text that says so:
            "results" if any(kb.topics[t].kind == "product" for t in filters.topics)
            else "goals" if p.goals and _about_subject(tokens) else intent))
    # "Gab es bei BFCC ein Register?" -> results, a thing made (a guide); "was KI#CK about
    # training?" -> its aim, as every claim of what a project was about (docs/labels.md)
    claimed = _content_words(tokens, p) if chosen else _topic_words(kb, filters.topics, tokens)
    missing = _missing(p, claimed, kb)  # "about cancer therapies", "about stem cells"
    if missing and chosen and _has_any(tokens, vocabulary().phrase_sets["alternatives"]):
        return _topic_chosen(u, tokens, p, intent, kb, lang), intent  # "hygiene or cancer?"
    if missing and (chosen or missing == claimed):
        return _false_content(u, tokens, p, kb, lang), intent
    if _only_claim(tokens) and (field := _not_only_said(p, said)):
        return verdict(NO, _facts(field, pid, kb, lang, u.asks), intent, (pid,)), intent
    if chosen and (_only_claim(tokens) or _narrowed_by_everyday_noun(tokens, p)):
        return verdict(UNKNOWN, _facts(intent, pid, kb, lang, u.asks), intent, (pid,)), intent
        # that it was about the topic is no "only" ("online only?"), nor a yes to it in
        # hospitals
    if not chosen and (found := _said_outright(tokens, p)):
        return verdict(YES, _facts(found, pid, kb, lang, u.asks), _purpose(u, found),
                       (pid,)), intent
    if chosen and (field := _done_by_verb(tokens, p)):  # "did BONEBANK harvest bone?":
        return verdict(YES, _facts(field, pid, kb, lang, u.asks), "activities", (pid,)), \
            "activities"  # what was done, told by the text that says it
    return None, intent


def _done_by_verb(tokens: list[str], p: Project) -> str | None:
    """The text that says the verb and the own words of a claim made with a verb of doing,
    keeping or harvesting ("Wurden bei BONEBANK Stammzellen eingelagert?": its results, "a
    biobank in Lübeck and Odense holding the stem cells"), what came of it first, as for a
    claim in the passive (_where_said); None for a claim without such a verb, of what the
    project was about, or that no text says whole."""
    verbs = [t for t in tokens if t in _words().done_verbs]
    if not verbs or _about_subject(tokens):
        return None
    words = [w for w in dict.fromkeys((*_content_words(tokens, p), *verbs)) if len(w) >= 4]
    return next((f for f in DONE_ORDER if all(_says(p, f, w) for w in words)), None)


NOT_ONLY_REACH = 4  # words after the page's "not only" that say what it was not only


def _not_only_said(p: Project, words: list[str]) -> str | None:
    """The text whose page words say the project did "not only" what a claim says it did only
    ("Was P.I.L.O.T. only about digitisation?": "the project did not only approaches
    digitisation itself"); None where the page says no such thing."""
    phrases = [normalize(str(w)) for w in data_file("query")["checks"]["page_not_only"]]
    for field in (*TEXTS, "summary"):
        for quote in p.evidence.get(field, ()) if words else ():
            text = normalize(quote)
            for phrase in phrases:
                at = text.find(f"{phrase} ")
                after = text[at + len(phrase):].split()[:NOT_ONLY_REACH] if at >= 0 else []
                if after and any(_texts_say([" ".join(after)], w) for w in words):
                    return field
    return None


def _kind_head(tokens: list[str]) -> str | None:
    """ "was NORTHOPEDICS a (cardiology) network?", "War es ein Netzwerk zur Knochenheilung?":
    the noun a claim says the project was, after its article and before a preposition or the
    end; None for a project or a thing ("ein Krebsprojekt", "a corona thing"), which claims
    what it was about."""
    words = _words()
    at = next((i for i, t in enumerate(tokens) if t in words.kind_articles), None)
    if at is None or not tokens or tokens[0] not in words.kind_verbs:
        return None
    group = list(itertools.takewhile(lambda t: t not in words.kind_ends, tokens[at + 1:]))
    head = group[-1] if group else None
    if not head or head in words.fillers or head in words.kind_not or \
            head_off(head, words.subject_heads) != head:
        return None
    return head


def _kind_said(tokens: list[str], p: Project) -> bool:
    """Whether a claim of what the project was names a noun its summary uses: then what the
    page says it was (its overview) settles it."""
    head = _kind_head(tokens)
    return bool(head and p.summary and _says(p, "summary", head))


def _purpose(u: Understanding, field: str) -> str:
    """What a claim checked in a project's text asks: its aim where the question says so ("Was
    it meant to give scientists access …?" is checked in what BRIDGE 53 did), else the text's."""
    return "goals" if u.intent == "goals" and field in TEXTS else field


HEAD = 5  # letters after the part a text shares that make a compound's own head ("daten")


def _said_outright(tokens: list[str], p: Project) -> str | None:
    """The text that says every word of a claim of a thing a project had ("Gab es bei MAGIA
    Video-Trainings?": its activities name video trainings), though the topic the words name
    (qualification) is not one of the project's; a claim of what it was about is no such
    thing ("was MAGIA about training?": its topics say no)."""
    words = _content_words(tokens, p)
    if not words or _about_subject(tokens) or _only_claim(tokens) or \
            _narrowed_by_everyday_noun(tokens, p) or _headless(p, words):
        return None
    field = _where_said(p, words)
    return field if field and all(_says(p, field, w) for w in words) else None


def _said_by(tokens: list[str], p: Project) -> str | None:
    """The text of a project that says most of a claim's words, where its texts say every one
    ("did small companies get market studies?" of MAGIA: its aim names small companies, what
    it did the market studies)."""
    if found := _said_outright(tokens, p):
        return found
    words = _content_words(tokens, p)
    if not words or _about_subject(tokens) or _only_claim(tokens) or _headless(p, words) or \
            not all(any(_says(p, f, w) for f in (*TEXTS, "summary")) for w in words):
        return None
    return _where_said(p, words)


def _headless(p: Project, words: list[str]) -> bool:
    """Whether a word shares only its first part with the project's texts, and what it names,
    its head, is a word of its own: "Frakturdaten" (fracture data) against "Frakturregister"
    and "Frakturversorgung"; not an ending ("Patientinnen" against "Patienten")."""
    said = {w for f in (*TEXTS, "summary") if (text := getattr(p, f, None))
            for t in (text.get("en"), text.get("de")) if t for w in _stems(t)[1].split()}
    endings = _words().word_endings
    for word in words:
        shared = max((len(commonprefix([word, w])) for w in said), default=0)
        rest = word[shared:]
        if shared >= 5 and len(rest) >= HEAD and not rest.startswith(endings) and not any(
                w.startswith(rest[:HEAD]) for w in said):  # ("Netzwerkleitfaden": "Netzwerk-
            # Leitfaden" on the page)
            return True
    return False


def _missing(p: Project, words: list[str], kb: KnowledgeBase) -> list[str]:
    """The claim's words that none of the project's texts or topics uses."""
    fields = (*TEXTS, "summary", "topics")
    return [w for w in words if not any(_says(p, f, w, kb) for f in fields)]


SLIP_LENGTH = 6  # a word this long, one letter off a text's word, is a typo of it
SHORT_SLIP = 4  # shorter ones only with a doubled letter typed once or one typed twice ("cels")


@lru_cache(maxsize=1024)
def _unslipped(p: Project, word: str) -> str:
    """A claim's word, or the word of the project's texts it is one slip from where no text
    says it: a letter typed twice or left out, or two letters swapped ("bone healling",
    "haeling": "healing"; of a short word only a doubled letter: "stem cels"). A letter typed
    for another is no such slip ("hearing" is a word of its own), nor is a word of our
    everyday vocabulary."""
    if len(word) < SHORT_SLIP or word in vocabulary().common or word in (said := _text_words(p)):
        return word
    doubled = len(word) < SLIP_LENGTH
    return next((w for w in sorted(said) if abs(len(w) - len(word)) <= 1 and
                 _one_slip(word, w, doubled)), word)


@lru_cache(maxsize=256)
def _text_words(p: Project) -> frozenset[str]:
    """The words (four letters or more) of a project's texts and the page's words for them."""
    texts = [t for f in (*TEXTS, "summary") if (text := getattr(p, f, None))
             for t in (text.get("en"), text.get("de"), *_page_words(p, f)) if t]
    return frozenset(w for t in texts for w in normalize(t).split() if len(w) >= SHORT_SLIP)


def _one_slip(typed: str, word: str, doubled: bool = False) -> bool:
    """A letter more or fewer than the word, or two neighbours swapped; ``doubled``: only a
    letter more or fewer beside the same letter ("cels", "cellls")."""
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        return not doubled and len(diff) == 2 and diff[1] == diff[0] + 1 and \
            typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]
    longer, shorter = (typed, word) if len(typed) > len(word) else (word, typed)
    return any(longer[:i] + longer[i + 1:] == shorter and (not doubled or longer[i] in (
        longer[i - 1:i] + longer[i + 1:i + 2])) for i in range(len(longer)))


def _done(tokens: list[str]) -> bool:
    """ "Was bone material harvested during routine operations?", "Wurde das Knochenmaterial
    bei Routine-OPs gewonnen?": a claim in the passive of what was done, not of what a project
    was about ("was it focused on …?")."""
    words = _words()
    return bool(tokens) and tokens[0] in words.done_starts and not _about_subject(tokens) and (
        tokens[0] in words.done_alone or any(
            t.endswith(e) and len(t) > len(e) + 3 for t in tokens[1:] for e in words.done_ends))


def _where_said(p: Project, words: list[str], own: list[str] | None = None,
                done: bool = False) -> str | None:
    """The text field (goals, results, …) of a project that uses the most of the words; of
    two that use as many, the one that uses more of them whole ("Marktstudien" is in MAGIA's
    activities, its goals only share "Markt"). Of a claim of what was done, the first of what
    came of it, what was done and the aim that says all its own words ("Was bone material
    harvested during routine operations?": BONEBANK's activities, though its goals say more of
    the words)."""
    own = words if own is None else own  # the claim's own words, not a topic's names
    long = [w for w in own if len(w) >= 4]
    if done and long and (first := next((f for f in DONE_ORDER if all(
            _says(p, f, w) for w in long)), None)):
        return first
    hits = [(sum(_says(p, f, w) for w in words if len(w) >= 4),
             sum(_says_whole(p, f, w) for w in words),
             sum(_found_length(p, f, w) for w in own), -i, f) for i, f in enumerate(TEXTS)]
    best = max(hits)  # then the one that has more of the words ("Frakturregister" is in BFCC's
    return best[4] if best[0] else None  # results, only "Fraktur…" in its goals)


DETAIL_TEXTS = ("activities", "results", "goals")  # what was done says a detail before the aim


def said_in(p: Project, words: tuple[str, ...]) -> str | None:
    """The text of a project that says all of a question's content words: "during what kind
    of operations?" of BONEBANK asks its activities ("routine operations"); where several
    say them, what was done before what came of it and what it aimed at."""
    long = [w for w in words if len(w) >= 5]
    return next((f for f in DETAIL_TEXTS if long and all(_says(p, f, w) for w in long)), None)


WHOLE = 7  # letters of a long word that, found in a text, say the text uses that word


def _says_whole(p: Project, field: str, word: str) -> bool:
    text = getattr(p, field, None)
    return len(word) >= WHOLE and bool(text) and any(
        word[:WHOLE] in _stems(t)[1] for t in (text.get("en"), text.get("de")) if t)


def _found_length(p: Project, field: str, word: str) -> int:
    """How many of the word's first letters the text holds, from five up: "frakturregister"
    whole, or only "fraktur" of "Frakturversorgung"."""
    text = getattr(p, field, None)
    joined = [_stems(t)[1] for t in (text.get("en"), text.get("de")) if t] if text else []
    return next((n for n in range(len(word), 4, -1) if any(word[:n] in j for j in joined)), 0)


def _false_content(u: Understanding, tokens: list[str], p: Project, kb: KnowledgeBase,
                   lang: str) -> Answer:
    """A claim with a key word the project's texts never use: "no" and what the page says
    the project was about, where the claim is about that; else the page doesn't say."""
    about = _about_subject(tokens) and (p.goals or p.summary)
    field = "goals" if p.goals and not _kind_said(tokens, p) else "overview"  # ("a cardiology
    if about and not _near_subject(_missing(p, _content_words(tokens, p), kb),  # network?")
                                   u.filters.topics, p, kb):
        return verdict(NO, _facts(field, p.id, kb, lang), field, (p.id,))
    if about and field == "goals":  # "was P.I.L.O.T. an AI project?": near what its aim says
        return verdict(UNKNOWN, _facts(field, p.id, kb, lang), field, (p.id,))  # (digitisation)
    return verdict(UNKNOWN, _facts("overview", p.id, kb, lang), u.intent or "overview",
                   (p.id,))


COMPOUND_TAIL = 6  # letters of a German compound's last part that a text may use alone


def _near_subject(missing: list[str], topics: tuple[str, ...], p: Project, kb: KnowledgeBase
                  ) -> bool:
    """Whether a claimed subject the project's texts don't name is close to what the page says
    it was about, so that the page's silence is no "no": a German compound with a later part
    (six letters or more) that starts like a word of its texts ("Krankenhaushygiene" of HIHeal,
    whose texts say "Hygiene"; this errs towards "doesn't say"), or a topic
    of the knowledge base that shares a broader topic with one of the project's ("fractures"
    and NORTHOPEDICS' bone healing are both about bones)."""
    texts = [t for f in (*TEXTS, "summary") if (text := getattr(p, f, None))
             for t in (text.get("en"), text.get("de")) if t]
    said = set().union(*(_stems(t)[0] for t in texts)) if texts else set()
    if any(w[i:i + 5] in said and _plain_modifier(w[:i], said)
           for w in missing for i in range(3, len(w) - COMPOUND_TAIL + 1)):
        return True
    own = {t for t in p.topics if t in kb.topics}
    near = own | {b for t in own for b in kb.topics[t].within}
    for topic in kb.topics.values():
        if topic.id in own or not (topic.id in near or set(topic.within) & near):
            continue
        names = (topic.name.en, topic.name.de, *topic.aliases)
        if topic.id in topics or any(_texts_say(list(names), w) for w in missing):
            return True
    return any(near & set(ids) and any(_texts_say(list(names), w) for w in missing)
               for names, ids in _near_topics())  # "osteoporosis" of bone healing


@cache
def _near_topics() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Subjects the page never names, each with the knowledge base topics it lies close to
    (bot/data/world.yaml near_topics)."""
    return tuple((tuple(normalize(str(w)) for w in entry["words"]),
                  tuple(str(t) for t in entry["topics"]))
                 for entry in data_file("world").get("near_topics", ()))


def _plain_modifier(first: str, said: set[str]) -> bool:
    """Whether the first part of a compound whose later part the texts use adds no subject of
    its own, as its English words would not: "Krankenhaus-" of "Krankenhaushygiene" (hospital
    hygiene: "hospital" is an everyday word) or a part the texts use too; not "Krebs-" of
    "Krebstherapien" (cancer therapies, where the page names therapies against infections)."""
    bare = first[:-1] if first.endswith("s") and len(first) > 4 else first  # "Infektions-"
    return first in vocabulary().common or bare in vocabulary().common or \
        first[:5] in said or len(first) < 4


def content_claim(u: Understanding, tokens: list[str], p: Project, kb: KnowledgeBase,
                  lang: str) -> Answer | None:
    """ "Did InnoReAct have anything to do with Corona?": where the project's own texts say
    it, yes and the text that says it; a claim about what it was about with a word they never
    use, no; else the page doesn't say."""
    words = _content_words(tokens, p) or _people_said(tokens, p)
    if not words:
        return None
    field = "overview" if _kind_said(tokens, p) else _where_said(p, words, done=_done(tokens))
    long = [w for w in words if len(w) >= 4]
    if field is None and long and p.summary and u.intent in (None, "overview") and \
            all(_says(p, "summary", w) for w in long):
        field = "overview"  # "Ist ELISE ein europäisches Projekt?": what the summary alone says
    if field and not _missing(p, words, kb):
        kind = UNKNOWN if _narrowed_by_everyday_noun(tokens, p) or _headless(p, words) else YES
        return verdict(kind, _facts(field, p.id, kb, lang), _purpose(u, field), (p.id,))
    return _false_content(u, tokens, p, kb, lang)


def _people_said(tokens: list[str], p: Project) -> list[str]:
    """ "ging es bei ELISE auch um Patienten?": people a claim says a project was about are
    everyday words (the query stage counts them), but where its own texts name them (ELISE's
    ecosystem brings patients together) they are what the claim is about."""
    if not _about_subject(tokens):
        return []
    people = _people_words()
    return [t for t in tokens if t in people and any(_says(p, f, t) for f in TEXTS)]


@cache
def _people_words() -> frozenset[str]:
    return frozenset(w for w, kind in measure_units().items() if kind == "people")


def _narrowed_by_everyday_noun(tokens: list[str], p: Project) -> bool:
    """ "was HIHeal about hospital hygiene?", "Hygiene in Kliniken?": an everyday noun the
    texts don't use (hospitals, companies, staff: words the content check passes over) narrows
    what they say; that the project was about hygiene is no yes to hygiene in hospitals (nor,
    the noun being everyday, a no)."""
    stems = {n[:5] for n in vocabulary().aspects.get("uncounted", frozenset()) if len(n) >= 5}
    return any(t[:5] in stems and not any(_says(p, f, t) for f in (*TEXTS, "summary"))
               for t in tokens if len(t) >= 5)


def _in_month(pid: str, filters: Filters, kb: KnowledgeBase, lang: str) -> Answer:
    """ "did it start in March?": the month of its start or end, in whatever year; the page
    doesn't say where it gives no date or the year alone."""
    which = "start" if filters.mode == "started" else "end"
    date = getattr(kb.projects[pid], which)
    kind = UNKNOWN if date is None or not date.month else \
        YES if date.month == filters.month else NO
    return verdict(kind, _facts(which, pid, kb, lang), which, (pid,))


def _dated(pid: str, dates: tuple[PartialDate, ...], intent: str, kb: KnowledgeBase,
           lang: str) -> Answer:
    """A day or a month claimed as a project's start, end or a time it ran, at the page's own
    precision: "yes" only where the page's date lies within the one claimed, "no" where the two
    cannot meet, else the page doesn't say ("ended on 30 November 2019?" of a project the page
    dates by year only). Each reading of an ambiguous date must agree."""
    p = kb.projects[pid]
    kinds = {_date_verdict(p, intent, d) for d in dates}
    kind = kinds.pop() if len(kinds) == 1 else UNKNOWN
    finest = "day" if any(d.day for d in dates) else "month"
    result = verdict(kind, _facts(intent, pid, kb, lang, frozenset({finest})), intent, (pid,))
    if kind == NO and intent in ("start", "end"):
        _linked_date_fits(result, p, dates, intent, kb, lang, frozenset({finest}))
    return result


def _linked_date_fits(result: Answer, p: Project, dates: tuple[PartialDate, ...], intent: str,
                      kb: KnowledgeBase, lang: str, asks: frozenset[str]) -> None:
    """ "Lief MAGIA bis Februar 2023?": no; the date claimed is its follow-up's (or its
    predecessor's), which is said after the no, as the claim may mix the two up."""
    for link in ("follow_up", "predecessor"):
        for other in linked(p, link):
            if other in kb.projects and {_date_verdict(kb.projects[other], intent, d)
                                         for d in dates} == {YES}:
                result.add(f"date_fits_{link}", name=kb.projects[other].name)
                result.lines += _facts(intent, other, kb, lang, asks).lines
                result.projects = (*result.projects, other)
                return


def _date_verdict(p: Project, intent: str, claimed: PartialDate) -> str:
    low, high = claimed.lower(), claimed.upper()
    if intent in ("start", "end"):
        date = p.start if intent == "start" else p.end
        if date is None:
            return UNKNOWN
        if high < date.lower() or low > date.upper():
            return NO
        return YES if low <= date.lower() and date.upper() <= high else UNKNOWN
    if p.start is None or p.end is None:  # "did it run on 1 March 2018?"
        return UNKNOWN
    if high < p.start.lower() or low > p.end.upper():
        return NO
    return YES if p.start.upper() <= low and high <= p.end.lower() else UNKNOWN


def _going_on(tokens: list[str]) -> bool:
    """ "still running", "running in 2022", "active in 2018", "Lief BRIDGE 53 schon 2017?":
    whether it was going on then (by then, already), a status (the brief: "was X still running
    in 2020?"), not its dates."""
    words = phrases().current
    return any(_has_any(tokens, words[k]) for k in ("still", "ongoing", "already"))


def _one_year_run(filters: Filters, tokens: list[str]) -> bool:
    """ "did ELISE run in 2018?", "Lief BFCC 2018?": one year claimed of its run (not "in 2018
    and 2019", not a month), which asks whether it was going on then."""
    years = filters.years
    return bool(years) and years[0] == years[1] and filters.mode == "active" and \
        not filters.also_years and filters.month is None and \
        _has_any(tokens, phrases().current["ran"])


def _status_facts(p: Project, filters: Filters, tokens: list[str]) -> str:
    """Its end, or its run where the year asked lies before its start ("was MAGIA running in
    2016?": it ran from 2018, not "it ended in 2019") or the claim is that it had begun
    ("already running in 2019?": when it started, with its end), or it began in the year asked
    ("Lief MAGIA2Market 2020 noch?": it started in September 2020, so "still" is told by both)."""
    before = p.start and filters.years and filters.years[1] < p.start.year
    began = p.start and filters.years and filters.years[0] <= p.start.year <= filters.years[1]
    return "dates" if before or began or _has_any(tokens, phrases().current["already"]) \
        else "end"




def _year_intent(filters: Filters) -> str:
    """The date a year claim checks; both ends where it claims two ("started before 2018 and
    ended after 2020")."""
    if any(mode != filters.mode for _, _, mode in filters.also_years):
        return "dates"
    return {"started": "start", "ended": "end"}.get(filters.mode, "dates")


def _asks_lead(u: Understanding) -> bool:
    return dict(u.scores).get("lead", 0) >= 1


def _lead(p: Project, orgs: tuple[str, ...], kb: KnowledgeBase, lang: str,
          qualifiers: tuple[str, ...] = (), joined: tuple[str, ...] = ()) -> Answer:
    """ "Hat LSN P.I.L.O.T. geleitet?": the page's lead, not its partners; "vom UKSH Kiel":
    a place after the name that the lead's name doesn't hold is another organisation. An
    organisation it ran "with" (``joined``: "LSN ran it with TH Lübeck") is one the page gives
    beside the lead; "with" is not "only with": oncampus unnamed, it still holds."""
    facts = _facts("lead", p.id, kb, lang)
    if not p.lead:  # no lead named: no, where the page gives each organisation claimed a
        roles = _words().partner_roles  # role that says it only took part ("project partner")
        partner = {x.org for x in p.partners if x.role and normalize(x.role.en) in roles}
        claimed = set(orgs) - set(joined)
        if not claimed or not claimed <= partner:
            return verdict(UNKNOWN, facts, "lead", (p.id,))
        if all(kb.organisations[o].self for o in claimed):  # Life Science Nord: its part, as
            return verdict(NO, _facts("lsn_role", p.id, kb, lang), "lsn_role", (p.id,))  # sets
        return verdict(NO, facts, "lead", (p.id,))  # 6, 13 and 43 label it (docs/labels.md)
    names = {w for o in p.lead if o in kb.organisations for n in (
        kb.organisations[o].name, *kb.organisations[o].aliases) for w in normalize(n).split()}
    other = any(q not in names for q in qualifiers)
    beside = set(p.organisations())
    held = set(orgs) - set(joined) <= set(p.lead) and set(joined) <= beside
    return verdict(YES if held and not other else NO, facts, "lead", (p.id,))


def _run_with(tokens: list[str], u: Understanding, kb: KnowledgeBase) -> tuple[str, ...]:
    """The organisations named right after "with" / "mit" (an article between or not): "ran
    it with the TH Lübeck", "gemeinsam mit der TH Lübeck"; and those joined to one of them by
    "and": "zusammen mit der TH Lübeck und oncampus"."""
    words = _words()
    spans: dict[str, tuple[int, int]] = {}
    for o in u.filters.organisations:
        org = kb.organisations.get(o)
        for alias in [normalize(n).split() for n in (org.name, *org.aliases)] if org else []:
            at = next((i for i in range(len(tokens) - len(alias) + 1)
                       if tokens[i: i + len(alias)] == alias), None)
            if at is not None:
                spans[o] = (at, at + len(alias))
                break
    found: list[str] = []
    for _ in range(len(spans)):  # each round may join one more after "and"
        for o, (at, _end) in spans.items():
            before = tokens[max(0, at - 3): at]
            while before and before[-1] in words.run_with_articles:
                before = before[:-1]
            joined = len(before) >= 1 and before[-1] in ("and", "und") and any(
                spans[f][1] == at - (len(tokens[max(0, at - 3): at]) - len(before)) - 1
                for f in found)
            if o not in found and before and (joined or before[-1] in words.run_with or
                                              " ".join(before[-2:]) in words.run_with):
                found.append(o)
    return tuple(found)


def _qualifiers(tokens: list[str], u: Understanding, kb: KnowledgeBase) -> tuple[str, ...]:
    """Places named right after an organisation's name: "UKSH Kiel", "UKSH in Kiel"."""
    places = {normalize(n) for n in u.elsewhere} | {normalize(i) for i in u.filters.places}
    found = []
    for o in u.filters.organisations:
        org = kb.organisations.get(o)
        aliases = [normalize(n).split() for n in (org.name, *org.aliases)] if org else []
        for alias in aliases:
            for i in range(len(tokens) - len(alias)):
                if tokens[i : i + len(alias)] == alias:
                    after = [t for t in tokens[i + len(alias): i + len(alias) + 2]
                             if t not in ("in", "aus", "from", "of")]
                    found += [t for t in after[:1] if t in places]
    return tuple(found)


def _unnamed_places(p: Project, filters: Filters, kind: str) -> bool:
    """BFCC's partners came from seven countries the page doesn't name: a country we can't rule
    out."""
    return kind == "places" and "countries" in dict(p.counts) and not p.countries and \
        not any(x.country for x in p.partners)


# --------------------------------------------------------------------------- follow-ups


def follows_check(text: str, u: Understanding) -> bool:
    """ "what about KI#CK?", "und Litauen?", "and before HIHeal?", "and start in the same year
    too?": a short continuation that asks nothing new but changes the last claim."""
    tokens = normalize(text).split()
    claim = claim_of(tokens)
    changes = bool(u.projects or u.filters.any() or u.elsewhere or u.other_funders or claim)
    # longer only where it asks nothing new: "Dieselbe Frage stellt sich mir hinsichtlich …"
    short = len(tokens) <= (7 if u.intent else LONGEST_CONTINUATION)
    # ("und wann ist es ausgelaufen?" asks when, no claim of its ending)
    asks = not phrases().any_question_word.isdisjoint(tokens)
    return u.continuation and short and changes and (
        u.intent is None or bool(claim) and not asks) and \
        not has_phrase(tokens, phrases().opposite_choices)  # ("what about HIHeal, before or
    # after ELISE?" asks which, no claim one way)


LONGEST_CONTINUATION = 10  # words of a follow-up that asks nothing new itself


@cache
def _about_again_words() -> tuple[dict[str, tuple[tuple[str, ...], ...]],
                                  dict[str, frozenset[str]], dict[str, str]]:
    """query.yaml checks.about_again: the openings (longest first), tails and frame by
    language."""
    data = data_file("query")["checks"]["about_again"]
    opens = {lang: tuple(sorted((tuple(normalize(str(p)).split()) for p in ps), key=len,
                                reverse=True)) for lang, ps in data["opens"].items()}
    tails = {lang: frozenset(normalize(str(w)) for w in ws) for lang, ws in data["tails"].items()}
    return opens, tails, {lang: str(f) for lang, f in data["frame"].items()}


def about_again(text: str, last: str, lang: str) -> str | None:
    """ "and about job creation too?" right after "Was ELISE about healthy and active ageing?":
    the claim of what the project was about, asked again of the new words ("was it about job
    creation"); None for any other follow-up, or after a claim of another kind."""
    opens, tails, frame = _about_again_words()
    tokens = normalize(text).split()
    start = next((len(o) for o in opens.get(lang, ()) if tuple(tokens[:len(o)]) == o), 0)
    rest = tokens[start:]
    while rest and rest[-1] in tails.get(lang, ()):
        rest = rest[:-1]
    if not start or not rest or len(rest) > ABOUT_AGAIN_WORDS or \
            not _about_subject(claim_tokens(normalize(last).split(), lang)):
        return None
    return f"{frame[lang]} {' '.join(rest)}?"


ABOUT_AGAIN_WORDS = 5  # words a follow-up's new subject may have: "job creation", "die KI"


def recheck_about(text: str, last: tuple[str, ...], kb: KnowledgeBase, lang: str,
                  about: str | None = None) -> Answer | None:
    """The claim ``about_again`` made of the text, checked of the project the last claim was
    of."""
    subject = tuple(p for p in last[1:2] if p in kb.projects)
    if not subject:
        return None
    u = understand(text, kb, lang)
    result = check(replace(u, projects=subject), text, subject, kb, lang, about)
    if result is not None:
        result.claim = (text, *subject)
    return result


def name_only(text: str, u: Understanding, kb: KnowledgeBase) -> bool:
    """ "HIHeal?" right after "War BONEBANK 2020 noch aktiv?": a project's name and nothing
    else, which asks the last yes/no of it as "und HIHeal?" does (sets 2 and 71)."""
    return len(u.projects) == 1 and u.intent is None and not u.filters.any() and \
        not _without_names(text, u.projects, kb)


def asks_check_again(text: str, u: Understanding, kb: KnowledgeBase) -> bool:
    """A follow-up that asks the last yes/no claim again: a short continuation that changes
    it ("what about KI#CK?") or a project's name alone ("HIHeal?")."""
    return follows_check(text, u) or name_only(text, u, kb)


def recheck(text: str, u: Understanding, last: tuple[str, ...], kb: KnowledgeBase,
            about: str | None = None) -> Answer | None:
    """The last yes/no claim again, with what the follow-up changed: its subject (or the
    project compared with), its place, funder or topic, or its claim about the same projects."""
    said, subject = last[0], tuple(p for p in last[1:] if p in kb.projects)
    lang = u.language
    if not subject:
        return None
    if claim_of(normalize(text).split()):  # "and start in the same year too?"
        result = check(u, text, subject, kb, lang, about)
    else:
        old = understand(said, kb, lang)
        against = len(u.projects) == 1 and len(subject) >= 2 and \
            compared_with_named(text, kb, lang)  # "before BFCC too?" after "did it start
        # before NORTHOPEDICS?": BFCC is the one compared with, the subject stays
        if len(u.projects) == 1 and len(subject) >= 2 and len(old.projects) == 1 and \
                old.projects[0] == subject[1] and not against:  # "was that more than KI#CK
            subject = (u.projects[0], subject[1])  # got?", then "same question for BFCC":
            old = replace(old, projects=subject)  # BFCC against KI#CK
        elif u.projects:
            subject = (subject[0], u.projects[0]) if len(old.projects) >= 2 or against else \
                u.projects
            said = _without_names(said, last[1:], kb)
            old = replace(old, projects=subject)
        if _only_years(u) and old.filters.years:  # "did ELISE end in 2021?" - "and HIHeal
            said = _years_replaced(said, old.filters.years, u.filters.years)  # in 2022?": the
            old = replace(understand(said, kb, lang), projects=old.projects)  # same claim
        elif u.filters.funders and old.filters.funders and not replace(
                u.filters, funders=()).any() and (
                new := _funders_replaced(said, old.filters.funders, u.filters.funders, kb)):
            said = new  # "was ELISE funded by Interreg?" - "and NORTHOPEDICS by the ERDF?": the
            old = replace(understand(said, kb, lang), projects=old.projects)  # same claim of
            # the new funder, kept for "and P.I.L.O.T.?" after it
        elif u.filters.any() or u.elsewhere or u.other_funders:
            if (old.filters.places or old.elsewhere) and (city := _funder_as_place(
                    u, normalize(text).split(), kb.projects[subject[0]])):
                u = replace(u, filters=replace(u.filters, funders=()), elsewhere=(city,))
                # "und in Hamburg?" after a place claimed: the city, a place, as in the claim
            old = replace(old, filters=u.filters, elsewhere=u.elsewhere,
                          other_funders=u.other_funders, unknown_filters=u.unknown_filters)
        result = check(old, said, subject, kb, lang, about)
    if result is not None:
        result.claim = (said, *subject)
    return result


def _only_years(u: Understanding) -> bool:
    """A follow-up that changes only the year of the last claim (and perhaps its subject)."""
    return bool(u.filters.years) and not replace(u.filters, years=None).any() and \
        u.filters.mode == "active" and not (u.elsewhere or u.other_funders)


def _years_replaced(text: str, old: tuple[int, int], new: tuple[int, int]) -> str:
    """The claim's words with the follow-up's years for its own."""
    for before, after in zip(old, new, strict=True):
        text = re.sub(rf"\b{before}\b", str(after), text)
    return text


def _funders_replaced(text: str, old: tuple[str, ...], new: tuple[str, ...],
                      kb: KnowledgeBase) -> str | None:
    """The claim's words with the follow-up's funder for the one it named; None where the
    claim's words don't hold its funder's name."""
    tokens = normalize(text).split()
    for fid in old:
        for name in sorted(_names_of_funder(fid, kb), key=len, reverse=True):
            words = name.split()
            at = next((i for i in range(len(tokens) - len(words) + 1)
                       if tokens[i:i + len(words)] == words), None)
            if words and at is not None:
                said = _undated_name(new[0], kb).split()
                return " ".join(tokens[:at] + said + tokens[at + len(words):])
    return None


def _undated_name(fid: str, kb: KnowledgeBase) -> str:
    """A funder's name to put into a claim's words: one without a year ("Interreg Baltic Sea
    Region", not "… Programme 2014-2020", whose years would claim a run from 2014 to 2020)."""
    f = kb.funders[fid]
    names = [normalize(n) for n in (f.name.en, *f.aliases, f.name.de)]
    return next((n for n in names if not any(map(str.isdigit, n))), names[0])


def _without_names(text: str, ids: tuple[str, ...], kb: KnowledgeBase) -> str:
    """The claim's words without the names of the projects it was about."""
    tokens = normalize(text).split()
    names = {w for i in ids if i in kb.projects for w in
             normalize(" ".join(kb.projects[i].names())).split()}
    return " ".join(t for t in tokens if t not in names)
