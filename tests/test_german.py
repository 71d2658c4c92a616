"""German replies: no English left in, "Sie" never "du", no broken case forms, the twelve months,
and a "Ja" or "Nein" that matches the page.

Every reply template is rendered for every project, as the core renders it and template by
template with each project's names, dates and funders in its slots; the expected month names and
verdicts are written out here from the page, never computed by the bot's code.
"""

from __future__ import annotations

import re
import string

import pytest

from bot.answers import (
    PROJECT_BUILDERS,
    Answer,
    Joined,
    about_projects,
    fill,
    fmt_date,
    fmt_duration,
    funder_names,
    org_names,
    project_names,
    render,
    reply_template,
    templates,
)
from bot.answers import Bold as Name
from bot.conversation import State, answer
from bot.datafiles import data_file
from bot.knowledge import KnowledgeBase, PartialDate
from bot.lists import superlative_answer
from bot.understanding import Filters
from tests.conftest import ask

ENGLISH = re.compile(
    r"\b(the|and|of|with|from|to|were|which|has|have|had|page|funded|project|projects|ran|"
    r"led|by|for|is|it|its|not|no|yes|doesn't|about|when|who|ended|started|running|partners|"
    r"between|only|since|until|known|one|more|than|or|this|that|there|what|where|"
    r"you|your|please|sorry|ask|here|years?|months?|days?)\b", re.IGNORECASE)
ADJECTIVE = r"[A-ZÄÖÜ]\w*(?:isch|al|ei|ig|lich|er)"  # "Europäische", "Freie", "Regionale"
DU = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b"
                r"|\b(?:Frag|Schreib|Tipp|Gib|Sag|Wähl|Schau|Versuch|Nimm|Klick|Drück|Probier)\b"
                r"(?! Sie)", re.IGNORECASE)  # the pronouns, and imperatives without "Sie"
BROKEN = (
    (re.compile(r"(?<!, )\b(zu|von|in|bei) dem\b"), "no contraction (zum, vom, im, beim)"),
    (re.compile(r"\b(von|mit|aus|bei|nach|seit|zu|vom|zum) (die|das)\b"), "nominative after "
     "a dative preposition"),
    (re.compile(rf"\b(von|mit|aus|bei|nach|seit|zu) der {ADJECTIVE}e [A-ZÄÖÜ]"),
     "nominative adjective after a dative article"),
    (re.compile(rf"\b(dem|vom|zum|im|beim) {ADJECTIVE}e [A-ZÄÖÜ]"), "nominative adjective after "
     "dem"),
    (re.compile(r"\b(durch|für) (dem|der) "), "dative after an accusative preposition"),
    (re.compile(r"[{}]|\bNone\b|  | [,.;:]|\.\.(?!\.)|\(\s*\)|\b(?!die |der |das )(\w+) \1\b"),
     "a slot, a gap or a doubled word"),
)


def names_of(kb: KnowledgeBase) -> list[str]:
    """Every proper name the knowledge base holds, longest first: they may be English."""
    out: set[str] = set()
    for p in kb.projects.values():
        out.add(p.name)
        if p.full_name:
            out.update((p.full_name.en, p.full_name.de))
    for group in (kb.funders, kb.organisations, kb.places):
        for record in group.values():
            name = record.name
            out.update((name.en, name.de) if hasattr(name, "de") else [name])
    return sorted(out, key=len, reverse=True)


def problems(text: str, proper: list[str]) -> list[str]:
    plain = text
    for name in proper:
        plain = plain.replace(name, "Name")
    plain = re.sub(r"“[^”]*”|„[^“]*“", "Zitat", plain)  # the page's own words, quoted
    found = [f"English {m!r}" for m in ENGLISH.findall(plain)]
    found += [f"du form {m!r}" for m in DU.findall(plain)]
    found += [f"{why}: {m.group(0)!r}" for rule, why in BROKEN for m in rule.finditer(plain)]
    return found


@pytest.fixture(scope="module")
def proper(kb: KnowledgeBase) -> list[str]:
    return names_of(kb)


def test_every_answer_about_every_project_is_german_with_sie(
        kb: KnowledgeBase, proper: list[str]) -> None:
    # Given every kind of question about every project, when the core answers in German,
    # then no English word, no "du" and no broken form is left in it
    wrong = []
    for pid in kb.projects:
        for kind in PROJECT_BUILDERS:
            text = render(about_projects(kind, (pid,), kb, "de"), "de")
            wrong += [f"{pid}/{kind}: {p} in {text!r}" for p in problems(text, proper)]
    assert not wrong, wrong[:10]


def slots_for(template: str, pid: str, kb: KnowledgeBase) -> dict[str, object]:
    """Values for a template's slots, taken from one project (or plain stand-ins)."""
    p = kb.projects[pid]
    date = p.start or p.end or PartialDate(2020, 3)
    values: dict[str, object] = {
        "name": Name(p.name), "other": Name(p.name), "parent": Name(p.name),
        "start": fmt_date(p.start or date, "de"), "end": fmt_date(p.end or date, "de"),
        "funders": funder_names(p.funding or ("erdf",), kb, "de"),
        "sources": funder_names(p.funding or ("erdf",), kb, "de"),
        "lead": org_names(p.lead or ("lsn",), kb, "de"),
        "others": org_names(p.together_with or p.lead or ("lsn",), kb, "de"),
        "items": project_names(tuple(kb.projects)[:3], kb), "names": Name(p.name),
        "duration": fmt_duration(p.duration_months or 14, "de"),
    }
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return {f: values.get(f, "3" if f in ("n", "a", "b", "count") else "Lübeck") for f in fields}


def test_every_reply_template_filled_with_every_project_is_german_with_sie(
        kb: KnowledgeBase, proper: list[str]) -> None:
    wrong = []
    for key, entry in templates()["replies"].items():
        assert entry.get("de"), f"{key} has no German text"
        for pid in kb.projects:
            text = fill(key, "de", **slots_for(entry["de"], pid, kb))
            wrong += [f"{key}/{pid}: {p} in {text!r}" for p in problems(text, proper)]
    assert not wrong, wrong[:10]


SAME_IN_BOTH = {"Bot"}  # words German uses too


@pytest.mark.parametrize("name", ["telegram", "terminal", "web"])
def test_every_front_end_text_is_german_with_sie(name: str, proper: list[str]) -> None:
    # The front ends' own texts: each German text differs from the English and reads German
    data = data_file(name)
    pairs = list(_pairs(data))
    assert len(pairs) >= 5
    wrong = [f"{where}: {p} in {de!r}" for where, en, de in pairs if "switch" not in where
             for p in (["same as English"] if de == en and de not in SAME_IN_BOTH else [])
             + problems(re.sub(r"\{\w*\}", "X", de), proper)]
    assert not wrong, wrong[:10]


def _pairs(data: object, where: str = ""):
    """(where, English, German) for every text of a front end's data file."""
    if isinstance(data, dict) and isinstance(data.get("en"), str) and "de" in data:
        yield where, data["en"], data["de"]
    elif isinstance(data, dict) and isinstance(data.get("en"), dict):  # web.yaml: en/de pages
        for key, en in data["en"].items():
            if isinstance(en, str):
                yield f"{where}{key}", en, data.get("de", {}).get(key, "")
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _pairs(value, f"{where}{key}.")


MONTHS = [("January", "Januar"), ("February", "Februar"), ("March", "März"), ("April", "April"),
          ("May", "Mai"), ("June", "Juni"), ("July", "Juli"), ("August", "August"),
          ("September", "September"), ("October", "Oktober"), ("November", "November"),
          ("December", "Dezember")]


@pytest.mark.parametrize(("month", "names"), list(enumerate(MONTHS, start=1)))
def test_the_twelve_months_in_both_languages(month: int, names: tuple[str, str]) -> None:
    english, german = names
    assert fmt_date(PartialDate(2020, month), "en") == f"{english} 2020"
    assert fmt_date(PartialDate(2020, month), "de") == f"{german} 2020"
    assert fmt_date(PartialDate(2021, month, 7), "en") == f"7 {english} 2021"
    assert fmt_date(PartialDate(2021, month, 7), "de") == f"7. {german} 2021"


@pytest.mark.parametrize(("question", "dates"), [
    ("Wann lief BFCC?", ["März 2016", "Februar 2019"]),
    ("Wann lief BONEBANK?", ["September 2015", "August 2020"]),
    ("Wann lief NORTHOPEDICS?", ["21. Juni 2016", "30. Juni 2019"]),
    ("Wann lief MAGIA2Market?", ["September 2020", "Februar 2023"]),
    ("When did NORTHOPEDICS run?", ["21 June 2016", "30 June 2019"]),
    ("When did BONEBANK run?", ["September 2015", "August 2020"]),
])
def test_dates_of_the_page_in_words(kb: KnowledgeBase, question: str, dates: list[str]) -> None:
    text = answer(question, State(), kb).text
    positions = [text.index(d) for d in dates]
    assert positions == sorted(positions), text  # start before end
    if question.startswith("Wann"):
        assert " bis " in text, text


# Yes/no questions and the answer the page gives (written from the page).
VERDICTS = [
    ("Ist ELISE beendet?", "Ja"), ("Läuft ELISE noch?", "Nein"),
    ("Ist MAGIA abgeschlossen?", "Ja"), ("Läuft BFCC noch?", "Nein"),
    ("Wurde KI#CK vom ESF gefördert?", "Ja"), ("Wurde HIHeal vom ESF gefördert?", "Nein"),
    ("Wurde ELISE von Interreg Europe gefördert?", "Ja"),
    ("Hat BFCC 2016 begonnen?", "Ja"), ("Endete BFCC 2019?", "Ja"), ("Endete BFCC 2020?", "Nein"),
    ("War BRIDGE 53 Teil von HIHeal?", "Ja"),
    ("Lief ELISE länger als drei Jahre?", "Ja"), ("Lief MAGIA länger als drei Jahre?", "Nein"),
    ("Hatte BFCC mehr als 10 Partner?", "Ja"), ("Hatte BFCC mehr als 20 Partner?", "Nein"),
    ("War Dänemark bei BONEBANK dabei?", "Ja"), ("War Spanien bei ELISE dabei?", "Nein"),
    ("Hat Life Science Nord BFCC geleitet?", "Ja"),
    ("Liefen MAGIA und BFCC gleichzeitig?", "Ja"),
    ("Liefen MAGIA und InnoReAct gleichzeitig?", "Nein"),
    ("Hat MAGIA vor BFCC begonnen?", "Nein"),
    ("Is ELISE still running?", "No"), ("Has ELISE ended?", "Yes"),
    ("ELISE still running?", "No"), ("ELISE noch aktiv?", "Nein"),
    ("Did the ESF fund KI#CK?", "Yes"), ("Did the ESF fund HIHeal?", "No"),
    ("Did ELISE run longer than 3 years?", "Yes"), ("Did BFCC start in 2016?", "Yes"),
    ("Did BFCC start in 2017?", "No"), ("Was BRIDGE 53 part of HIHeal?", "Yes"),
    ("Was Spain one of ELISE's countries?", "No"), ("Did MAGIA start before BFCC?", "No"),
    ("Did BONEBANK and HIHeal run at the same time?", "Yes"),
    # ELISE's grant volume is €1,217,494
    ("Did ELISE get about 1.2 million euros?", "Yes"),
    ("Did ELISE get about 1.1 million euros?", "No"),
    ("Did ELISE get more than 1 million euros?", "Yes"),
    ("Erhielt ELISE mehr als 1,5 Millionen Euro?", "Nein"),
    ("Erhielt ELISE mehr als 1,1 Millionen Euro?", "Ja"),
    ("Did ELISE run about 4.5 years?", "No"),
    # Comparisons at their boundaries: BFCC brought together 13 organisations from seven
    # countries; ELISE ran five years
    ("Did BFCC have at least 13 partners?", "Yes"), ("Did BFCC have more than 13 partners?", "No"),
    ("Did BFCC have fewer than 13 partners?", "No"), ("Did BFCC have at most 13 partners?", "Yes"),
    ("Did BFCC have less than 14 partners?", "Yes"), ("Did BFCC have at most 12 partners?", "No"),
    ("Did ELISE run more than 5 years?", "No"), ("Did ELISE run at least 5 years?", "Yes"),
    ("Did ELISE run less than 5 years?", "No"), ("Hatte BFCC mindestens 13 Partner?", "Ja"),
    ("Hatte BFCC höchstens 12 Partner?", "Nein"), ("Hatte BFCC weniger als 13 Partner?", "Nein"),
    ("Did BFCC involve 7 countries?", "Yes"), ("Did BFCC involve more than 7 countries?", "No"),
    ("Did BFCC have at least 12 partners?", "Yes"), ("Did BFCC have at most 14 partners?", "Yes"),
    ("Did ELISE run about 61 months?", "Yes"), ("Did ELISE run about 62 months?", "No"),
    # KI#CK was a two-year project
    ("War KI#CK ein zweijähriges Projekt?", "Ja"), ("War KI#CK ein dreijähriges Projekt?", "Nein"),
    ("war KI#CK ein dreijahresprojekt", "Nein"), ("War NORTHOPEDICS ein Dreijahresprojekt?", "Ja"),
    ("Was KI#CK a two-year project?", "Yes"), ("Lief KI#CK zwei Jahre?", "Ja"),
    # KI#CK: approx. 193,000 EUR from the EU and the state, approx. 249,000 Euro from the ESF
    ("Did ELISE get about 1,200,000 euros?", "Yes"),
    ("Bekam ELISE mehr als 1.000.000 Euro?", "Ja"),
    ("Did KI#CK get about 249,000 euros from the ESF?", "Yes"),
    ("Did KI#CK get about 193,000 euros from the EU?", "Yes"),
    ("Did KI#CK get about 249,000 euros?", "No"), ("Did KI#CK get about 442,000 euros?", "Yes"),
]


@pytest.mark.parametrize(("question", "verdict"), VERDICTS)
def test_yes_or_no_matches_the_page(kb: KnowledgeBase, question: str, verdict: str) -> None:
    reply = answer(question, State(), kb)
    assert re.match(rf"{verdict}[.,] ", reply.text), reply.text
    assert reply.answered
    assert reply.language == ("de" if verdict in ("Ja", "Nein") else "en")


@pytest.mark.parametrize("question", ["BONEBANK Träger?", "Gründe?"])
def test_umlauts_count_towards_german(kb: KnowledgeBase, question: str) -> None:
    # Given a question whose only sign of German is its umlauts, in a chat that began in English
    assert answer(question, State(), kb, "en").language == "de"


def test_a_superlative_over_all_projects_capitalises_als_erstes(kb: KnowledgeBase) -> None:
    assert answer("Welches Projekt endete als erstes?", State(), kb).text.startswith(
        "Als Erstes endete ")


def test_partners_are_partners_bei_a_project_and_funding_lists_carry_no_article(
        kb: KnowledgeBase) -> None:
    assert answer("Mit wem arbeitete KI#CK zusammen?", State(), kb).text.startswith(
        "Partner bei KI#CK: ")
    for question in ("Woher kam das Geld für MAGIA?", "Wer finanzierte KI#CK?"):
        text = answer(question, State(), kb).text
        assert re.search(r"Förderung von [^:]+: (?!der |die |das )", text), text


def test_what_the_page_points_to_is_a_label_not_an_object(kb: KnowledgeBase) -> None:
    # "Sie verweist aber auf: der Link" put a nominative after "auf"
    text = answer("Hat ELISE eine Homepage?", State(), kb).text
    assert "Weiterführende Hinweise: der Link" in text, text


@pytest.mark.parametrize("question", [
    "Welche Interreg-Projekte dauerten mehr als vier Jahre?",
    "Zeitstrahl für Projekte mit einer Laufzeit über zwölf Jahre",
    "Zeitstrahl der Projekte, die länger als drei Jahre liefen",
])
def test_a_relative_clause_condition_has_one_comma_and_no_gap(
        kb: KnowledgeBase, question: str) -> None:
    # "Projekte gefördert durch X,, die …", "Zeitstrahl: Projekte , die …" before
    text = answer(question, State(), kb).text
    assert ", die länger als" in text and ",," not in text and " ," not in text, text


def test_a_follow_up_without_end_date_reads_as_one_clause(kb: KnowledgeBase) -> None:
    # "Die Seite nennt es als Nachfolgeprojekt von P.I.L.O.T., seit April 2023, aber …" before
    text = answer("Ist das Nachfolgeprojekt von P.I.L.O.T. noch aktiv?", State(), kb).text
    assert "das P.I.L.O.T. seit April 2023 fortführt; ein Enddatum nennt sie nicht" in text
    everything = answer("Ist irgendein Projekt noch aktiv?", State(), kb).text
    assert "(setzt P.I.L.O.T. seit April 2023 fort)" in everything, everything


@pytest.mark.parametrize(("question", "opening"), [
    ("Was lief länger: NORTHOPEDICS oder HIHeal?", "Länger lief HIHeal: "),
    ("Welches Vorhaben war früher zu Ende, MAGIA oder BFCC?", "Früher endete BFCC: "),
    ("Which one ended earlier, ELISE or BFCC?", "BFCC ended earlier: "),
])
def test_two_projects_compared_take_the_comparative(
        kb: KnowledgeBase, question: str, opening: str) -> None:
    # Given two projects whose figures are both known, when asked which is ahead,
    # then the reply says "länger"/"earlier", not "am längsten"/"first"
    assert answer(question, State(), kb).text.startswith(opening)


def test_one_thing_counted_takes_the_singular(kb: KnowledgeBase) -> None:
    # Given one project among those compared or left open, then the words agree with one
    # (of the EFRE projects the page counts HIHeal's partners only, so it names no winner; of
    # two it names none either)
    state = answer("Welche Projekte wurden vom EFRE gefördert?", State(), kb).state
    one = answer("und welches davon hatte die meisten Partner?", state, kb).text
    assert "Die Partnerzahl nennt sie nur für HIHeal (2 Partner)" in one, one
    one = answer("Welches startete eher, KI#CK oder BONEBANK?", State(), kb).text
    assert "Das Startdatum nennt sie nur für BONEBANK" in one, one
    month = answer("Welche Projekte waren im Mai 2018 aktiv?", State(), kb).text
    assert "Für MAGIA nennt die Seite nur die Jahre; ob es dazugehört" in month
    # and a line about several keeps the plural
    two = Answer("list").add("list_unsure", items=Joined((Name("MAGIA"), Name("BFCC"))))
    assert "ob sie dazugehören" in render(two, "de")


@pytest.mark.parametrize("question,project,start,end", [
    # the page: "Running from September 2020 to February 2023, the MAGIA2Market project …"
    ("magia2market: wann anfang und ende?", "magia2market", "September 2020", "Februar 2023"),
    # BONEBANK: "from September 2015 till August 2020"
    ("wann start und ende von bonebank", "bonebank", "September 2015", "August 2020"),
])
def test_start_and_end_asked_as_nouns_get_one_answer_with_both(
        kb: KnowledgeBase, question: str, project: str, start: str, end: str) -> None:
    reply = answer(question, State(), kb)
    assert reply.intent == "dates" and reply.projects == (project,)
    assert start in reply.text and end in reply.text


@pytest.mark.parametrize("key", [k for k in templates()["replies"] if k.endswith("_many")])
def test_several_winners_take_a_plural_verb(key: str) -> None:
    # Given a sentence whose subject names two projects ("Als Erstes endete A und B" before),
    # when it is rendered in German, then its verb is the plural one
    single, many = reply_template(key.removesuffix("_many"), "de"), reply_template(key, "de")
    subject = "names" if "{names}" in many else "others"
    two = Answer("superlative").add(key.removesuffix("_many"), **{
        subject: Joined((Name("BFCC"), Name("MAGIA"))), "name": Name("HIHeal"), "value": "x"})
    one = Answer("superlative").add(key.removesuffix("_many"), **{
        subject: Joined((Name("BFCC"),)), "name": Name("HIHeal"), "value": "x"})
    assert single != many
    assert render(two, "de") == many.format(**{subject: "BFCC und MAGIA", "name": "HIHeal",
                                                 "value": "x"})
    assert render(one, "de") == single.format(**{subject: "BFCC", "name": "HIHeal",
                                                  "value": "x"})


@pytest.mark.parametrize("question", [
    "Welches Projekt war früher zu Ende, MAGIA2Market oder InnoReAct?",
    "Which finished first, InnoReAct or MAGIA2Market?",
])
def test_two_projects_level_at_the_page_s_precision_each_keep_their_own_date(
        kb: KnowledgeBase, question: str) -> None:
    # Given InnoReAct (ended 28 February 2023) and MAGIA2Market (ended February 2023, no day),
    # when asked which ended first, then neither is said to be ahead, nor both to have ended
    # on the 28th: each gets its own date
    text = answer(question, State(), kb).text
    assert "jeweils" not in text and " each " not in text, text
    assert re.search(r"MAGIA2Market: (Februar|February) 2023\.", text), text


def test_a_month_without_a_day_is_not_called_a_year_only(kb: KnowledgeBase) -> None:
    # Given MAGIA2Market, whose end the page gives as "February 2023", compared with InnoReAct
    # (28 February 2023), when the later one is asked, then the note says the day is missing,
    # not "nur Jahreszahlen"; a year-only span is written "2018–2019", without spaces
    replies = ask(kb, "Welche Projekte endeten im Februar 2023?", "Welches davon endete später?")
    assert "Für MAGIA2Market nennt die Seite das Datum nicht auf den Tag genau" in \
        replies[-1].text and "Jahreszahlen" not in replies[-1].text, replies[-1].text
    text = answer("Was lief länger, ELISE oder MAGIA?", State(), kb).text
    assert "(2018–2019)" in text, text


@pytest.mark.parametrize(("question", "title"), [
    ("Gab es Projekte zu Knochen in Dänemark?",
     "Projekte mit Bezug zu Dänemark und zum Thema Knochen"),
    ("Welche vom Land Schleswig-Holstein geförderten Projekte liefen 2019?",
     "Projekte mit Förderung durch das Land Schleswig-Holstein und mit Laufzeit im Jahr 2019"),
    ("Welche Projekte mit mehr als 5 Partnern liefen 2018?",
     "Projekte mit Laufzeit im Jahr 2018, die mehr als 5 Partner hatten"),
    ("Welche Projekte wurden durch ein Folgeprojekt fortgesetzt?",
     "Projekte, die durch ein anderes Projekt fortgeführt wurden"),
])
def test_a_list_title_joins_its_conditions_as_german_does(
        kb: KnowledgeBase, question: str, title: str) -> None:
    # Given a list asked with two conditions, when the title names them, then the last is
    # joined with "und" and a relative clause comes after the others ("zum Thema X, zum Thema
    # Y", "Projekte gefördert durch X, mit Laufzeit" and "die ein anderes Projekt fortführte",
    # with the other project as its subject, before)
    text = answer(question, State(), kb).text
    assert f"{title} (" in text or f"{title}:" in text, text


def test_each_language_keeps_its_own_terms_and_dashes(kb: KnowledgeBase) -> None:
    # Given every kind of answer about every project, when rendered in each language, then
    # German says EFRE and English ERDF ("the European Regional Development Fund (EFRE)" in an
    # English reply before), and a German span of years takes the en dash ("2014–2020")
    wrong = []
    for pid in kb.projects:
        for kind in PROJECT_BUILDERS:
            german = render(about_projects(kind, (pid,), kb, "de"), "de")
            english = render(about_projects(kind, (pid,), kb, "en"), "en")
            wrong += [f"{pid}/{kind}: {german!r}" for _ in re.findall(r"\bERDF\b|\d{4}-\d{4}",
                                                                         german)]
            wrong += [f"{pid}/{kind}: {english!r}" for _ in re.findall(r"\bEFRE\b", english)]
    assert not wrong, wrong[:5]


def test_amounts_are_counted_and_their_sources_kept_apart(kb: KnowledgeBase) -> None:
    # Given KI#CK's two amounts, each from sources joined by "und", when they are listed,
    # then "Beträge" and "sowie" between them ("Summe: … und dem Land … und ca. 249.000 €"
    # before); one amount is a "Betrag"
    two = answer("Wie hoch war die Förderung von KI#CK?", State(), kb).text
    assert "Beträge: ca. 193.000 € von der Europäischen Union und dem Land Schleswig-Holstein " \
        "sowie ca. 249.000 € vom Europäischen Sozialfonds (ESF)." in two, two
    one = answer("Wie viel Geld gab es für ELISE?", State(), kb).text
    assert "Betrag: 1.217.494 € (Fördervolumen) von Interreg Europe." in one, one


def test_several_winners_each_keep_their_own_date(kb: KnowledgeBase) -> None:
    # Given three projects of which InnoReAct (28 February 2023) and MAGIA2Market (February
    # 2023) ended first, as far as the page says, when the first to end is asked, then both
    # are named with a plural verb and each date, "bzw." between them ("28. Februar 2023" for
    # both before)
    answer = superlative_answer("earliest_end", Filters(), kb, "de",
                                ("pilot", "innoreact", "magia2market"))
    assert render(answer, "de").startswith(
        "Als Erstes endeten InnoReAct und MAGIA2Market: 28. Februar 2023 bzw. Februar 2023.")
    # and a follow-up the page only names is named "nur als Nachfolgeprojekt", without a comma
    text = answer_to("Welches Vorhaben startete zuletzt?", kb)
    assert "P.I.L.O.T. Next Level nennt die Seite nur als Nachfolgeprojekt; " in text, text


def answer_to(question: str, kb: KnowledgeBase) -> str:
    return answer(question, State(), kb).text


def test_a_short_german_claim_with_an_english_looking_word_stays_german(kb: KnowledgeBase
                                                                        ) -> None:
    # Given two durations asked in German (ELISE 5 years, BONEBANK 5 years), then "also gleich
    # lang?" ("also" is an English word too)
    reply = ask(kb, "Wie lange lief ELISE?", "und BONEBANK?", "also gleich lang?")[-1]
    # Then "gleich" and "lang" make it German: a German "Ja"
    assert reply.language == "de" and reply.text.startswith("Ja"), reply.text


def test_plural_past_forms_ask_the_end_and_the_start(kb: KnowledgeBase) -> None:
    # Given "endeten"/"starteten" (the plural past of enden/starten) asked of two projects
    ended = ask(kb, "ELISE und HIHeal – wann endeten die beiden?")[0]
    started = ask(kb, "Wann starteten ELISE und HIHeal?")[0]
    # Then they ask when each ended / started, not both ends
    assert ended.intent == "end" and "31. Dezember 2021" in ended.text, ended.text
    assert "1. April 2016" not in ended.text
    assert started.intent == "start" and "1. April 2016" in started.text, started.text


def test_a_separable_verb_with_its_particle_last_filters_by_start(kb: KnowledgeBase) -> None:
    # Given "anlaufen" (to start) split around the year: "liefen 2016 an"
    reply = ask(kb, "Wie viele Projekte liefen 2016 an?")[0]
    # Then it counts the projects that started in 2016 (BFCC, HIHeal, NORTHOPEDICS), not
    # BONEBANK, which started in 2015 and was running in 2016
    assert reply.intent == "count", reply.text
    assert set(reply.projects) == {"bfcc", "hiheal", "northopedics"}, reply.text
    assert "Beginn im Jahr 2016: 3" in reply.text, reply.text


@pytest.mark.parametrize("question,term", [
    ("was wollte magia2market erreichen", "Medtech"),  # the page: "MedTech companies"
    ("Worum ging es bei MAGIA?", "Medtech"),
    ("moin, was war innoreact", "Resilienz"),  # the page: "increase the resilience"
    ("Was war das Ziel von InnoReAct?", "Resilienz"),
    # the page: "one transnational fracture registry", asked "Was für eine Registry …?"
    ("Was für eine Registry hat BFCC aufgebaut?", "transnational fracture registry"),
    ("Was kam bei BFCC raus?", "transnational fracture registry"),
])
def test_german_replies_keep_the_page_s_own_terms(kb: KnowledgeBase, question: str,
                                                  term: str) -> None:
    # Given a term the page uses that German also uses ("MedTech", "resilience")
    (reply,) = ask(kb, question)
    # Then the German reply says it so, not in other words ("Medizintechnik",
    # "widerstandsfähiger"): people look for the page's words
    assert reply.language == "de" and term in reply.text, reply.text


@pytest.mark.parametrize("question,before,after", [
    ("Was war der Vorgänger von MAGIA2Market?", "MAGIA", "2018"),
    ("Vorgängerprojekt von P.I.L.O.T. Next Level", "P.I.L.O.T.", "2020"),
])
def test_a_predecessor_s_dates_follow_its_own_name(kb: KnowledgeBase, question: str,
                                                   before: str, after: str) -> None:
    # Given a follow-up asked for its predecessor, which the page dates
    (reply,) = ask(kb, question)
    # Then the relative clause with the dates stands right after the predecessor's name
    # ("… setzte MAGIA fort, das von 2018 …"), not after "das Nachfolgeprojekt von MAGIA",
    # where "das" could be the follow-up
    clause = re.search(r"(\S+) fort, das (.*?\d{4})", reply.text)
    assert clause and clause.group(1) == before and after in clause.group(2), reply.text


@pytest.mark.parametrize("question", [
    "Welche Projekte sind 2016 losgegangen?", "Welche Projekte haben 2016 losgelegt?",
])
def test_colloquial_start_verbs_ask_for_the_start_year(kb: KnowledgeBase, question: str) -> None:
    # Given a year asked with a colloquial start verb ("losgehen", "loslegen")
    (reply,) = ask(kb, question)
    # Then the list holds the projects that began that year, not every one running in it
    # (BONEBANK ran in 2016 but began in 2015)
    assert list(reply.projects) == ["bfcc", "hiheal", "northopedics"], reply.text


def test_am_spaetesten_ranks_over_every_project_after_a_single_winner(kb: KnowledgeBase) -> None:
    # Given a ranking whose winner was one project (BONEBANK began first)
    ask_turns = ask(kb, "welches projekt hat am frühesten angefangen",
                    "und welches hat am spätesten aufgehört")
    # When the next turn asks "am spätesten" with an end verb
    reply = ask_turns[-1]
    # Then it ranks every project by end, not BONEBANK's end date
    assert reply.intent == "superlative" and list(reply.projects[:1]) == ["pilot"], reply.text


@pytest.mark.parametrize("question", [
    "und in wie vielen ländern waren die partner", "In wie vielen Staaten waren die Partner?",
])
def test_in_wie_vielen_laendern_counts_the_countries_of_the_project_talked_about(
        kb: KnowledgeBase, question: str) -> None:
    # Given a chat about BFCC (the page: "13 organisations from seven countries")
    reply = ask(kb, "bfcc wann lief das", question)[-1]
    # When "in wie vielen Ländern" asks of its partners, with no name
    # Then it is BFCC's places with the seven countries, not a count of projects ("in wie
    # vielen Projekten") whose condition could not be applied
    assert (reply.intent, reply.projects, reply.answered) == ("places", ("bfcc",), True), \
        reply.text
    assert "sieben Ländern" in reply.text, reply.text


@pytest.mark.parametrize("question,intent", [
    ("wie lief das mit den stammzellen bei bonebank", "activities"),
    ("Wie lief es mit den Knochen bei BONEBANK?", "activities"),
    ("wie lief das mit der förderung bei bonebank", "funding"),  # a word of another question
    ("wie lange lief das bei bonebank", "duration"),
])
def test_wie_lief_das_mit_asks_how_it_went_not_when_it_ran(
        kb: KnowledgeBase, question: str, intent: str) -> None:
    # Given "wie lief das mit …" of a thing of BONEBANK, without "ab"
    (reply,) = ask(kb, question)
    # Then it asks how it went (what was done: the page's Lübeck and Odense), not its dates;
    # a word of another question still decides
    assert (reply.intent, reply.projects) == (intent, ("bonebank",)), reply.text
    assert intent != "activities" or "Lübeck" in reply.text, reply.text


@pytest.mark.parametrize("messages, intent, figure", [
    # BFCC "brought together 13 organisations" (was "Die Seite nennt keinen Betrag für BFCC")
    (("was is bfcc überhaupt", "wer hat das geleitet und wieviel partner"), "lead", "13"),
    (("wie viel Partner hatte BFCC?",), "partners", "13"),
    # eleven past projects (was every project's amount)
    (("wie vile projekte hat lsn insgesammt gemacht?",), "count", "11"),
])
def test_wie_viel_before_a_counted_noun_asks_how_many(
        kb: KnowledgeBase, messages: tuple[str, ...], intent: str, figure: str) -> None:
    reply = ask(kb, *messages)[-1]
    assert reply.intent == intent and figure in reply.text, reply.text
    assert "Betrag" not in reply.text, reply.text
