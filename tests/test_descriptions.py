"""A project described before the question, not named ("someone mentioned a bone project with
Denmark. who ran that one?"): the description singles one out, offers the few it fits, or
changes nothing. Facts are the page's, written out here."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.descriptions import _stems, _word_index, describe, names_a_kind, only_guess, plural
from bot.knowledge import KnowledgeBase, load
from bot.text import _normalize_short
from bot.understanding import understand
from tests.conftest import ask


def _described(text: str, kb: KnowledgeBase) -> str | None:
    return describe(text, understand(text, kb).filters, kb).one


# ------------------------------------------------------------------ scoring the description


@pytest.mark.parametrize("text,project", [
    # a place, a topic and words of its summary; the asker's own context adds nothing
    ("I write about EU money in the north. A friend told me about a bone project in Odense.",
     "bonebank"),
    ("Wir suchen Schulungen zu künstlicher Intelligenz für unser Personal.", "kick"),
    ("there was some platform giving researchers access to industry for new drugs", "bridge53"),
    ("ein Projekt, das Firmen in der Corona-Pandemie widerstandsfähiger machen sollte",
     "innoreact"),
    ("a network for the digitisation of precision medicine", "pilot"),
])
def test_a_description_singles_out_the_project_it_fits_best(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given words that describe one project of the page without its name
    # When they are scored against every project
    # Then that project stands out
    assert _described(text, kb) == project


@pytest.mark.parametrize("text", [
    "a network project",  # five projects were networks
    "I'm writing about EU projects.",  # most were EU-funded
    "we work on infections in hospitals",  # HIHeal and BRIDGE 53 alike
    "Ich studiere in Kiel.",
    "",
])
def test_a_weak_description_singles_out_none(kb: KnowledgeBase, text: str) -> None:
    assert _described(text, kb) is None


def test_a_description_that_fits_two_alike_offers_those_two(kb: KnowledgeBase) -> None:
    # Given an alliance of clusters for medtech firms going to the USA: MAGIA and its follow-up
    text = "a European cluster alliance that helped medtech SMEs into the US market"
    found = describe(text, understand(text, kb).filters, kb)
    # Then neither is guessed; both are offered
    assert found.one is None and set(found.few) == {"magia", "magia2market"}


def test_the_words_that_mark_a_description(kb: KnowledgeBase) -> None:
    assert names_a_kind("someone mentioned a bone project")
    assert names_a_kind("LSN did something on AI")
    assert names_a_kind("gab es eine Forschungsplattform dazu")  # a compound ending in one
    assert not names_a_kind("I work in Hamburg on infections")
    assert only_guess("I'm trying to remember - was that NORTHOPEDICS?", {"northopedics"})
    assert only_guess("oder war es vielleicht ELISE?", {"elise"})
    assert not only_guess("did NORTHOPEDICS end in 2019?", {"northopedics"})
    assert plural("which of your projects helped SMEs?") and plural("Welche Projekte gab es?")
    assert not plural("welche Cluster waren da dabei?")  # clusters of one project


# ------------------------------------------------------------------ in the conversation


@pytest.mark.parametrize("message,project,intent,facts", [
    ("A friend told me about a project that built fracture registries around the Baltic. "
     "Who led it?", "bfcc", "lead", ["BFCC", "Life Science Nord"]),
    ("Mein Kollege erwähnte ein Projekt, bei dem Stammzellen aus Knochen in Odense gelagert "
     "wurden. Wann endete es?", "bonebank", "end", ["BONEBANK", "August 2020"]),
    ("Ich habe von einem Projekt zu Corona-Hilfen für Firmen gehört. Wer hat das bezahlt?",
     "innoreact", "funding", ["InnoReAct", "REACT-EU"]),
    ("My boss remembers an AI training programme for life science staff. how long did it "
     "run?", "kick", "duration", ["KI#CK", "two years"]),
])
def test_a_question_after_a_description_is_about_the_project_described(
        kb: KnowledgeBase, message: str, project: str, intent: str, facts: list[str]) -> None:
    # Given a message that describes a project and then asks about "it"
    reply = answer(message, State(), kb)
    # Then the answer says which project that is, answers the question of it, and "it" is
    # that project in the next message
    assert reply.projects == (project,) and reply.intent == intent and reply.answered
    assert all(f in reply.text for f in facts), reply.text
    assert reply.state.projects == (project,)


def test_a_name_asked_for_a_description_is_the_project_itself(kb: KnowledgeBase) -> None:
    reply = answer("I heard about a network for precision medicine in Schleswig-Holstein. "
                   "what was it called?", State(), kb)
    # the one project that fits, a list of one (docs/labels.md, session 11)
    assert reply.intent == "list" and reply.projects == ("pilot",)
    assert reply.text.startswith("That was P.I.L.O.T.:"), reply.text


def test_a_wrong_guess_at_the_described_project_is_answered_no(kb: KnowledgeBase) -> None:
    # Given a description of P.I.L.O.T. and a guess that it was ELISE
    reply = answer("jemand hat mir von einem Projekt zur Digitalisierung der Präzisionsmedizin "
                   "erzählt. War das ELISE?", State(), kb)
    # Then: no, and which project it was; the talk goes on about that one
    assert reply.text.startswith("Nein. Das war P.I.L.O.T.:"), reply.text
    assert reply.projects == ("pilot",)
    after = answer("und wer hat es gefördert?", reply.state, kb)
    assert after.projects == ("pilot",) and "Schleswig-Holstein" in after.text


def test_a_right_guess_is_answered_yes(kb: KnowledgeBase) -> None:
    reply = answer("we stored stem cells from bone operations in a cross-border biobank, "
                   "with Odense. was that BONEBANK?", State(), kb)
    assert reply.text.startswith("Yes. That was BONEBANK:"), reply.text


def test_whether_there_was_such_a_project_is_yes_with_the_one_found(
        kb: KnowledgeBase) -> None:
    # Given needs no single condition of which holds for one project alone … (AND finds none)
    reply = answer("Wir sind eine Medizintechnikfirma in Schleswig-Holstein und suchen "
                   "KI-Schulungen für die Belegschaft. Hatte LSN so etwas mal als Projekt?",
                   State(), kb)
    # … the description still fits KI#CK best
    assert reply.text.startswith("Ja. Das war KI#CK:"), reply.text
    assert answer("wann lief das?", reply.state, kb).projects == ("kick",)


@pytest.mark.parametrize("text,opens,project,fact", [
    ("Did LSN run any project specifically reacting to Corona? If yes, who funded it?",
     "Yes. That was InnoReAct:", "innoreact", "REACT-EU"),
    ("Gab es bei Life Science Nord ein Projekt zur Präzisionsmedizin? Wenn ja, wann lief das?",
     "Ja. Das war P.I.L.O.T.:", "pilot", "2023"),
    ("Was Life Science Nord involved in any Interreg Deutschland-Danmark project, and which "
     "partner led it?", "Yes. That was BONEBANK:", "bonebank", "UKSH"),
    ("Gab es mal ein Projekt, das Firmen beim Markteintritt in Japan unterstützt hat? Und bis "
     "wann lief das?", "Ja. Das war MAGIA2Market:", "magia2market", "2023"),
    # the kind of project in a compound; who did it with "you" asks for the partners
    ("Gab es da bei euch nicht mal ein Qualifizierungsprojekt, und wer hat das mit euch "
     "zusammen gemacht?", "Ja. Das war KI#CK:", "kick", "oncampus"),
])
def test_whether_there_was_such_a_project_then_a_question_of_it_is_yes_first(
        kb: KnowledgeBase, text: str, opens: str, project: str, fact: str) -> None:
    # Given whether such a project existed, asked, and a question of it after
    reply = answer(text, State(), kb)
    # Then yes, which one it was, and the answer about it
    assert reply.text.startswith(opens), reply.text
    assert reply.projects[:1] == (project,) and fact in reply.text and reply.answered
    # … a list of the one that fits, the first ask's kind (docs/labels.md, session 12)
    assert reply.intent == "list" and reply.state.last_list == (project,)


@pytest.mark.parametrize("text,fact", [
    ("We're thinking about the US market. Was there an LSN project that helped companies like "
     "ours get into foreign markets, and which countries did it target?", "Japan"),
    ("Wir wollen in die USA. Gab es ein LSN-Projekt, das Firmen beim Markteintritt im Ausland "
     "geholfen hat, und wer hat es gefördert?", "COSME"),
])
def test_whether_there_was_a_project_two_fit_then_a_question_is_both_listed(
        kb: KnowledgeBase, text: str, fact: str) -> None:
    # Given whether a project existed, asked by a description MAGIA and its follow-up both fit,
    # and a question of it after
    reply = answer(text, State(), kb)
    # Then yes, both, listed, and the question answered of each
    first = reply.text.split("\n")[0]
    assert first.startswith(("Yes. That description fits", "Ja. Diese Beschreibung passt")) and \
        "MAGIA2Market" in first and "MAGIA" in first.replace("MAGIA2Market", ""), reply.text
    assert reply.intent == "list" and set(reply.projects) == {"magia", "magia2market"}
    assert fact in reply.text and set(reply.state.last_list) == {"magia", "magia2market"}


def test_a_description_that_fits_two_asks_which(kb: KnowledgeBase) -> None:
    reply = answer("There was an alliance of European clusters targeting China and the US, "
                   "I think. Who funded it?", State(), kb)
    assert reply.intent == "clarify" and set(reply.state.choices) == {"magia", "magia2market"}
    assert not reply.answered


@pytest.mark.parametrize("message", [
    "someone mentioned a project about space travel. who led it?",  # fits none
    "a colleague mentioned a network project. who led it?",  # fits five
    "I work in Hamburg on infections. when did it start?",  # the asker, no project described
])
def test_a_weak_or_missing_description_still_asks_which_project(
        kb: KnowledgeBase, message: str) -> None:
    reply = answer(message, State(), kb)
    assert not reply.answered and reply.projects == (), reply.text


def test_the_asker_s_own_context_leaves_the_project_talked_about(kb: KnowledgeBase) -> None:
    # Given a talk about BONEBANK
    first = answer("when did BONEBANK run?", State(), kb)
    # When the asker tells of their own work, describing no project, and asks of "it"
    reply = answer("I work in Hamburg on infections. Did it have partners there?", first.state,
                   kb)
    # Then "it" is still BONEBANK
    assert reply.projects[:1] == ("bonebank",), reply.text


def test_a_programme_the_page_never_names_describes_no_project(kb: KnowledgeBase) -> None:
    # "Horizon Europe" funded none of the page's projects: P.I.L.O.T. (digital health) is not it
    reply = answer("wasn't there a Horizon Europe project on digital health? what was it "
                   "called", State(), kb)
    assert not reply.answered and "P.I.L.O.T." not in reply.text, reply.text
    assert not answer("was there a Horizon 2020 project on digital health?", State(),
                      kb).answered


# ------------------------------------------------------------------ one question that describes


@pytest.mark.parametrize("message,project,intent,fact", [
    ("Wer hat die Biobank in Odense geleitet?", "bonebank", "lead", "UKSH"),
    ("In which cities did the cross-border biobank store its stem cells?", "bonebank", "places",
     "Odense"),
    ("Wo stand die grenzüberschreitende Biobank?", "bonebank", "places", "Lübeck"),
])
def test_a_question_that_describes_its_project_is_about_that_project(
        kb: KnowledgeBase, message: str, project: str, intent: str, fact: str) -> None:
    # Given one question whose words describe one project ("the biobank in Odense"), though
    # they are no condition a list would hold only that project under alone
    reply = answer(message, State(), kb)
    # Then it is answered of that project, after saying which project it is
    assert reply.projects == (project,) and reply.intent == intent, reply.text
    assert fact in reply.text and reply.text.startswith(("That was", "Das war")), reply.text


def test_the_name_of_a_described_thing_is_its_project(kb: KnowledgeBase) -> None:
    reply = answer("wie hieß nochmal die Plattform für die Wirkstoffentwicklung?", State(), kb)
    assert reply.projects == ("bridge53",) and reply.text.startswith("Das war BRIDGE 53:")


def test_a_described_question_fitting_several_is_not_guessed(kb: KnowledgeBase) -> None:
    reply = answer("Wie hieß die Allianz europäischer Cluster für den US-Markt?", State(), kb)
    # (MAGIA and MAGIA2Market alike: neither is picked; the US market names both, so the
    # reply may list the two, never one of them as "that was")
    assert not reply.text.startswith("Das war"), reply.text
    assert set(reply.projects) in (set(), {"magia", "magia2market"}), reply.text


def test_a_question_of_it_describes_no_project_of_its_own(kb: KnowledgeBase) -> None:
    # "register" is no registry, and "it" is something else than a project described
    reply = answer("what does it cost to register on LSN XCHANGE?", State(), kb)
    assert "That was" not in reply.text and "BFCC" not in reply.text, reply.text


@pytest.mark.parametrize("text,word", [
    ("We make medical devices and want to expand to China. Did you ever have a project for "
     "that, and who funded it?", "COSME"),
    ("Wir sind ein Medizintechnik-Start-up und wollen in den US-Markt. Hatte LSN mal ein "
     "Projekt für Firmen wie uns, und wann lief das?", "2023"),
])
def test_whether_such_a_project_existed_answers_each_of_two_it_fits(
        kb: KnowledgeBase, text: str, word: str) -> None:
    # Given a need of the asker's that fits two projects equally, and whether one existed
    reply = answer(text, State(), kb)
    # Then the question is answered of both (not "which one do you mean?")
    assert set(reply.projects) == {"magia", "magia2market"} and word in reply.text, reply.text
    assert "MAGIA2Market" in reply.text and reply.intent != "clarify"


def test_whether_such_a_project_existed_alone_is_yes_with_both(kb: KnowledgeBase) -> None:
    # Given only whether LSN did something for such companies
    reply = answer("Wir wollen als Medtech-Firma nach China expandieren. Hat LSN mal etwas für "
                   "Firmen wie uns gemacht?", State(), kb)
    # Then yes, with both projects the need fits
    assert reply.text.startswith("Ja.") and set(reply.projects) == {"magia", "magia2market"}


@pytest.mark.parametrize("text,intent", [
    ("For the competence network on bone healing, I need the end date as it is written on "
     "the page.", "end"),
    ("Für das Kompetenznetzwerk zur Knochenheilung brauche ich den Förderzeitraum, wie es auf "
     "Ihrer Seite steht.", "dates"),
])
def test_a_competence_network_described_with_as_it_is_stated_is_that_project(
        kb: KnowledgeBase, text: str, intent: str) -> None:
    # Given a "competence network" (not training in competences) described, and "as it is
    # stated", whose "it" is the page's wording, not a thing talked about before
    reply = answer(text, State(), kb)
    # Then it is the described project, asked about, not a list of projects on the topics
    assert reply.intent == intent and reply.projects == ("northopedics",), reply.text


@pytest.mark.parametrize(("told", "place"), [
    ("Hey, kurze Frage: Ich arbeite bei einem kleinen Medtech-Startup in Hamburg und wir denken "
     "über eine Expansion nach Japan nach. Gab es da mal ein LSN-Projekt zu?", "japan"),
    ("Our medtech company in Kiel wants to expand to Japan. Did LSN have a project for that?",
     "japan"),
])
def test_of_projects_a_description_fits_the_one_with_more_told_conditions_is_meant(
        kb: KnowledgeBase, told: str, place: str) -> None:
    # given a place told that only one of two similar projects has (the speaker's own city
    # holds for neither)
    having = [p.id for p in kb.projects.values() if place in p.target_countries]
    assert len(having) == 1
    # when asked whether there was such a project, then about "it"
    replies = ask(kb, told, "Läuft das noch?" if "Gab" in told else "is it still running?")
    # then that one project is the answer, and "it" is that project
    assert replies[0].projects == tuple(having) and replies[0].answered, replies[0].text
    assert replies[1].projects == tuple(having), replies[1].text


# ------------------------------------------------------------------ a thing a project made

@pytest.mark.parametrize("text,projects,intent,facts", [
    # the page: NORTHOPEDICS "Download The network guide"; InnoReAct "Leitfaden zum Projekt
    # InnoReAct"; BONEBANK's competence atlas "can be found after registration on LSN XCHANGE"
    ("what is the network guide?", ("northopedics",), "results", ["network guide"]),
    ("Wo finde ich den Kompetenzatlas?", ("bonebank",), "contact", ["LSN XCHANGE"]),
    # ("what is LSN XCHANGE?" is said undescribed: test_misreadings.py)
    ("what does LSN XCHANGE have to do with the projects?", ("bonebank",), "results",
     ["competence atlas"]),
    ("was ist der Leitfaden?", ("innoreact", "northopedics"), "results",
     ["Ergebnisse von InnoReAct", "Ergebnisse von NORTHOPEDICS"]),
])
def test_a_thing_made_asked_about_alone_is_answered_by_its_projects_results(
    kb: KnowledgeBase, text: str, projects: tuple[str, ...], intent: str, facts: list[str]
) -> None:
    # Given a thing the page says a project made, named without the project
    # When asked what or where it is
    reply = ask(kb, text)[0]
    # Then the answer is what that project made and where it is, not a list of projects
    assert (reply.intent, reply.projects, reply.answered) == (intent, projects, True), reply.text
    assert all(f in reply.text for f in facts), reply.text


def test_a_thing_made_in_a_list_question_stays_a_list(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which projects made a guide?")[0]
    assert reply.intent == "list" and set(reply.projects) == {"innoreact", "northopedics"}


def test_a_thing_made_asked_of_the_project_talked_about_is_that_ones(kb: KnowledgeBase) -> None:
    replies = ask(kb, "tell me about InnoReAct", "what is the guide?")
    assert replies[1].projects == ("innoreact",) and "Leitfaden" in replies[1].text


def test_a_price_for_a_thing_made_is_not_on_the_page(kb: KnowledgeBase) -> None:
    reply = ask(kb, "was kostet die Registrierung bei LSN XCHANGE?")[0]
    assert not reply.answered and reply.projects == ("bonebank",)


@pytest.mark.parametrize("text,pid,fact", [
    ("We noticed Lithuania was in one of the LSN projects. Which project was it and which "
     "programme funded it?", "elise", "Interreg Europe"),
    ("Someone mentioned a bone project with Denmark. Which project was that, and who led it?",
     "bonebank", "UKSH"),
])
def test_which_project_it_was_is_said_once_before_the_next_ask(
    kb: KnowledgeBase, text: str, pid: str, fact: str
) -> None:
    # Given a description, then "which project was it?" and another question
    reply = ask(kb, text)[0]
    # Then the project is named once, with its summary, then the other question is answered
    summary = kb.projects[pid].summary.en
    assert reply.text.count(summary) == 1 and fact in reply.text, reply.text
    assert reply.projects == (pid,)


@pytest.mark.parametrize("text,fact", [
    ("Ich hab gehört, dass es mal KI-Kurse für Life-Science-Beschäftigte in SH gab. Wie viel "
     "mussten die Teilnehmenden dafür bezahlen?", "nennt die Seite für KI#CK nicht"),
    ("I heard there were AI courses for life science staff in SH. How much did participants "
     "have to pay?", "no such figure for KI#CK"),
])
def test_courses_described_are_the_project_that_offered_them(
        kb: KnowledgeBase, text: str, fact: str) -> None:
    # Given courses told of (an offer of a project, not the project's name), then a fee asked
    reply = answer(text, State(), kb)
    # Then which project it was, and that the page gives no fee (not the project's grant);
    # its summary said once
    assert reply.projects == ("kick",) and reply.intent == "quantity", reply.text
    assert fact in reply.text and not reply.answered and "€" not in reply.text
    summary = kb.projects["kick"].summary.get(reply.language)
    assert reply.text.count(summary) == 1, reply.text


@pytest.mark.parametrize("text,project,fact", [
    ("where were the stem cells stored?", "bonebank", "Odense"),
    ("who led the hygiene work?", "hiheal", "HIHeal"),
    ("who funded stem cell research?", "bonebank", "Interreg"),
])
def test_an_aspect_of_a_thing_one_project_worked_with_is_asked_of_that_project(
        kb: KnowledgeBase, text: str, project: str, fact: str) -> None:
    # Given an aspect asked of a thing (stem cells, hygiene), not of projects
    reply = answer(text, State(), kb)
    # Then which project it was, and the aspect of it (not a list of the projects on it)
    assert reply.projects[:1] == (project,) and reply.intent != "list", reply.text
    assert fact in reply.text, reply.text


def test_an_aspect_of_projects_on_a_thing_stays_a_list(kb: KnowledgeBase) -> None:
    reply = answer("when did the bone projects run?", State(), kb)
    assert reply.intent == "list" and len(reply.projects) == 3, reply.text


def test_a_project_remembered_by_what_it_was_about_lists_those_it_could_be(
        kb: KnowledgeBase) -> None:
    # Given a name the page lacks, then what the project was about, asking nothing else
    replies = ask(kb, "tell me about the project MEDCARE NORTH",
                  "hmm ok. maybe i mixed it up, it was something with medtech and the US",
                  "yes that one, the first one. who were the partners?")
    # Then the projects it could be, to pick from; the first of them picked in a sentence of
    # its own ("the first one.") is the one asked about
    assert replies[1].intent == "list", replies[1].text
    assert set(replies[1].projects) == {"magia", "magia2market"}
    assert replies[2].projects == ("magia",) and "bioPmed" in replies[2].text


def test_a_german_project_remembered_by_its_topic_and_country_lists_it(
        kb: KnowledgeBase) -> None:
    reply = answer("es war irgendein Projekt mit Knochen und Dänemark", State(), kb)
    assert reply.intent == "list" and reply.projects == ("bonebank",), reply.text


@pytest.mark.parametrize("text,project", [
    ("Hallo, ich erstelle gerade eine Übersicht über COSME-Projekte in Norddeutschland. "
     "Welches Projekt auf der Seite wurde über COSME gefördert?", "magia"),
    ("I'm compiling a list of Interreg Europe projects. Which project was financed through "
     "Interreg Europe?", "elise"),
    ("Ich schreibe über ESF-Projekte. Welches Projekt wurde vom ESF gefördert?", "kick"),
])
def test_which_project_meets_a_condition_it_names_is_a_list_after_a_description(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given words before the question that describe one project, and a question of which
    # project meets a condition it names itself (a funder)
    reply = answer(text, State(), kb)
    # Then the list under that condition answers it, the one project in it, not its funding
    assert reply.intent == "list" and reply.projects == (project,), reply.text
    assert reply.state.last_list == (project,)


@pytest.mark.parametrize("text", [
    "Which project connected the Hamburg health economy cluster with Life Science Nord?",
    "I'm doing a feature on cluster cooperation between Hamburg and Schleswig-Holstein. Which "
    "project connected the Hamburg health economy cluster with Life Science Nord?",
    "which project linked LSN and the Hamburg cluster?",
])
def test_a_link_word_between_no_projects_describes_the_project_asked_for(
        kb: KnowledgeBase, text: str) -> None:
    # Given "which project connected …" with organisations, not projects, as the objects
    reply = answer(text, State(), kb)
    # Then it is the one project that did so (a list of one), not the links between projects
    assert reply.intent == "list" and reply.projects == ("hiheal",), reply.text
    # … and "it" next is that project alone
    after = answer("when did it run and who paid", reply.state, kb)
    assert after.projects == ("hiheal",) and "2016" in after.text and "ERDF" in after.text


def test_which_project_described_then_another_question_lists_it_and_answers(
        kb: KnowledgeBase) -> None:
    reply = answer("Which project connected the Hamburg health economy cluster with Life "
                   "Science Nord, and when did it run?", State(), kb)
    assert reply.intent == "list" and reply.projects == ("hiheal",), reply.text
    assert reply.text.startswith("That was HIHeal:") and "2022" in reply.text


@pytest.mark.parametrize("text,opens", [
    ("Hallo, ich studiere Medizininformatik in Lübeck und suche ein Thema im Bereich "
     "Präzisionsmedizin. Gab es ein LSN-Projekt, das sich mit Digitalisierung in der "
     "Präzisionsmedizin beschäftigt hat?", "Ja. Das war P.I.L.O.T.:"),
    ("Hi, I study medical informatics in Lübeck and look for a thesis topic in precision "
     "medicine. Was there an LSN project that dealt with digitisation in precision medicine?",
     "Yes. That was P.I.L.O.T.:"),
])
def test_of_a_few_the_told_words_fit_the_one_the_question_claims_is_the_answer(
        kb: KnowledgeBase, text: str, opens: str) -> None:
    # Given told words that fit P.I.L.O.T. (precision medicine) and BONEBANK (the asker's
    # Lübeck) about equally, and a yes/no whose own conditions only P.I.L.O.T. meets
    reply = answer(text, State(), kb)
    # Then it is P.I.L.O.T. alone
    assert reply.text.startswith(opens) and reply.projects == ("pilot",), reply.text
    # … and "läuft das noch?" next is of it: no, it ended
    after = answer("und läuft das noch?", reply.state, kb)
    assert after.text.startswith("Nein") and after.projects == ("pilot",)


@pytest.mark.parametrize("text,opens", [
    ("Moin! Ich arbeite bei einem Medizintechnik-Startup und wir wollen nach China. Hat Life "
     "Science Nord da früher mal was gemacht? Falls ja, wie hieß das Projekt?",
     "Ja. Diese Beschreibung passt zu MAGIA"),
    ("We're a medtech startup and want to go to China. Did LSN ever do something like that? "
     "If so, what was the project called?", "Yes. That description fits MAGIA"),
])
def test_whether_one_existed_and_its_name_lists_each_that_fits(
        kb: KnowledgeBase, text: str, opens: str) -> None:
    # Given whether such a project existed and what it was called, of a description MAGIA and
    # its follow-up fit equally
    reply = answer(text, State(), kb)
    # Then yes, both by name (no question which one is meant)
    assert reply.text.startswith(opens) and reply.intent == "list", reply.text
    assert set(reply.projects) == {"magia", "magia2market"} and reply.answered


@pytest.mark.parametrize("text,intent,said", [
    ("what happened to the bone material after harvesting?", "activities", "stem cells"),
    ("where was the bone material harvested?", "places", "Odense"),
    ("Wurden die Knochen auch in Hamburg entnommen?", "places", "Nein."),
    ("was bone harvested in Hamburg?", "places", "No."),
])
def test_a_thing_only_one_project_did_something_with_is_asked_of_that_project(
        kb: KnowledgeBase, text: str, intent: str, said: str) -> None:
    # Given bone material, which only BONEBANK's texts harvest (BFCC and NORTHOPEDICS are on
    # bones too); harvested only at the hospitals in Lübeck and Odense
    # When something is asked or claimed of the harvested bone, naming no project
    reply = ask(kb, text)[0]
    # Then it is BONEBANK's (not a list of the bone projects); Hamburg in a claim of where is
    # a place, checked "No" with Lübeck and Odense
    assert reply.projects == ("bonebank",) and reply.intent == intent, reply.text
    assert said in reply.text


@pytest.mark.parametrize("turns", [
    ["Was hat man bei BONEBANK mit den Knochen gemacht?", "und woher kamen die Knochen?"],
    ["Tell me about BONEBANK", "and where did the stem cells come from?"],
    ["Erzähl mir von BONEBANK", "woher stammten die Knochen?"],
    ["Woher kamen bei BONEBANK die Knochen?"],
])
def test_where_a_thing_came_from_is_where_the_step_took_it(kb: KnowledgeBase,
                                                           turns: list[str]) -> None:
    # Given BONEBANK, whose bone was harvested only at the hospitals in Lübeck and Odense
    # When where the bone (or the stem cells) came from is asked of it ("woher kamen" alone
    # asks the money; with the topic a list of the bone projects)
    reply = ask(kb, *turns)[-1]
    # Then it is the place of the step the page tells: its activities, with both cities
    activities = kb.projects["bonebank"].activities
    assert activities is not None
    assert reply.projects == ("bonebank",) and reply.intent == "places", reply.text
    assert activities.get(reply.language) in reply.text
    assert ask(kb, "BONEBANK: woher kam das Geld?")[0].intent == "funding"


def test_a_claim_of_money_for_a_topic_still_asks_of_every_project_on_it(
        kb: KnowledgeBase) -> None:
    # Given BONEBANK and NORTHOPEDICS, both on bones and ERDF-funded
    reply = ask(kb, "Did the ERDF fund bone research?")[0]
    # Then both are listed: money for a topic picks no one project's thing
    assert set(reply.projects) == {"bonebank", "northopedics"}, reply.text


# ------------------------------------------------------------------ the index of the texts' words


def test_the_word_index_holds_each_stem_s_projects_in_order_with_their_share(
        kb: KnowledgeBase) -> None:
    # Given the index of the projects' texts: a stem -> its projects and how much they hold it
    words = _word_index(kb)
    order = list(kb.projects)
    # Then each stem's projects are each there once, in the knowledge base's order (ties in a
    # description's scores keep it), each with its share: 1 where the summary or full name
    # holds the word, else 0.5 (goals, activities, results)
    for stem, (pids, shares) in words.items():
        assert len(pids) == len(shares) == len(set(pids)) > 0, stem
        assert [order.index(p) for p in pids] == sorted(order.index(p) for p in pids), stem
        for pid, share in zip(pids, shares, strict=True):
            p = kb.projects[pid]
            full = {s for t in (p.summary, p.full_name) if t for s in _stems(f"{t.en} {t.de}")}
            assert share == (1.0 if stem in full else 0.5), (stem, pid)
    bone = _stems(kb.projects["bonebank"].summary.en)
    assert any(("bonebank" in words[s][0]) for s in bone)


def test_indexing_the_projects_texts_leaves_the_messages_cache_alone() -> None:
    # Given a knowledge base of its own (its word index not built yet)
    fresh = load()
    before = _normalize_short.cache_info()
    # When the index of its texts is built
    _word_index(fresh)
    # Then no text went through the cache of short texts (each is read once; there it only
    # pushed out the words of messages, and over 10,000 projects left the heap larger)
    after = _normalize_short.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)


# ------------------------------------------------------------------ a project called by its topic


@pytest.mark.parametrize("text,project", [
    # the page: InnoReAct faced "the effects of the Corona pandemic"; HIHeal was on "hygiene,
    # infection and health"; NORTHOPEDICS "an innovation-oriented competency network in the
    # field of bone healing"; KI#CK on "Artificial Intelligence"
    ("das corona-ding?", "innoreact"),
    ("the corona one?", "innoreact"),
    ("was ist das mit hygiene?", "hiheal"),
    ("what's the thing with hygiene?", "hiheal"),
    ("the bone healing network?", "northopedics"),
    ("und das netzwerk zur knochenheilung?", "northopedics"),
    ("das KI-Ding?", "kick"),
    ("the hygiene project?", "hiheal"),
])
def test_a_project_called_by_its_topic_with_the_is_that_project(
        kb: KnowledgeBase, text: str, project: str) -> None:
    # Given a project called by what it was about, with "the"/"das" and nothing else asked,
    # where only that project is on the topic
    reply = ask(kb, text)[0]
    # Then the reply is what that project was, not a list of one
    assert (reply.intent, reply.projects, reply.answered) == ("overview", (project,), True), \
        reply.text


@pytest.mark.parametrize("text", ["anything with denmark?", "es war irgendein projekt zu knochen"])
def test_a_topic_without_the_still_lists_what_fits(kb: KnowledgeBase, text: str) -> None:
    # Given a topic asked for with no word pointing at one thing
    reply = ask(kb, text)[0]
    # Then the projects on it are listed
    assert reply.intent == "list", reply.text


def test_a_project_called_by_its_topic_after_a_question_carries_it(kb: KnowledgeBase) -> None:
    # Given BFCC's dates asked, then "and the corona one?"
    reply = ask(kb, "when did BFCC run?", "and the corona one?")[-1]
    # Then InnoReAct's dates: "InnoReAct ran from 01.01.2022 - 28.2.2023"
    assert (reply.intent, reply.projects) == ("dates", ("innoreact",)), reply.text
    assert "2022" in reply.text and "2023" in reply.text


@pytest.mark.parametrize("text,intent,projects,said", [
    ("the corona one and the bone healing network – when did each run?", "dates",
     ("innoreact", "northopedics"), ("2022", "2023", "2016", "2019")),
    ("das KI-Projekt und das Corona-Projekt – wer hat die geleitet?", "lead",
     ("kick", "innoreact"), ("Life Science Nord",)),
    ("the corona thing and the hygiene thing, who funded them?", "funding",
     ("innoreact", "hiheal"), ("REACT", "Hamburg")),
    ("BFCC and the AI project - who led them?", "lead", ("bfcc", "kick"),
     ("Life Science Nord",)),
])
def test_projects_called_by_their_topics_together_are_asked_of_each(
        kb: KnowledgeBase, text: str, intent: str, projects: tuple[str, ...],
        said: tuple[str, ...]) -> None:
    # Given two projects each called by its topic (or one by name), joined by "and"
    reply = ask(kb, text)[0]
    # Then the question is answered of each, in the order written
    assert (reply.intent, reply.projects) == (intent, projects), reply.text
    assert all(s in reply.text for s in said), reply.text


def test_lsn_asking_who_is_its_partners_in_the_project_described(kb: KnowledgeBase) -> None:
    # Given Life Science Nord beside "with whom" and a project called by its topic
    for text in ("mit wem hat LSN das KI-Projekt gemacht?",
                 "with whom did LSN run the AI project?"):
        reply = ask(kb, text)[0]
        # Then KI#CK's partners: "together with the University of Applied Sciences
        # (Technischen Hochschule Lübeck and oncampus GmbH)", not a list of projects
        assert (reply.intent, reply.projects) == ("partners", ("kick",)), reply.text
        assert "oncampus" in reply.text


@pytest.mark.parametrize("turns", [
    ("what projects were about infections?", "the platform one, what was its goal?"),
    ("welche projekte hatten mit infektionen zu tun?", "und das mit der plattform?"),
])
def test_the_one_of_a_short_list_its_words_point_at_is_meant(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given BRIDGE 53 and HIHeal listed (both on infection); only BRIDGE 53 "was creating a
    # platform"
    reply = ask(kb, *turns)[-1]
    # Then "the platform one" is BRIDGE 53, not a question which one
    assert reply.projects == ("bridge53",) and reply.answered, reply.text


@pytest.mark.parametrize("text,project,lang", [
    ("the AI project, what was that?", "kick", "en"),
    ("das hygiene-projekt mit hamburg, was war das?", "hiheal", "de"),
    ("I heard about some EU alliance of life science clusters that helped medtech SMEs. "
     "Which LSN project was that and who were the other clusters?", "magia", "en"),
])
def test_the_summary_after_that_was_is_not_said_again(
        kb: KnowledgeBase, text: str, project: str, lang: str) -> None:
    # Given a project described, not named, and asked what it was
    reply = ask(kb, text)[-1]
    # Then "That was …: <summary>" says what it is once; the overview after it does not
    # repeat the summary word for word
    summary = kb.projects[project].summary.get(lang)
    assert reply.projects[:1] == (project,) and reply.text.count(summary) == 1, reply.text


@pytest.mark.parametrize("turns", [
    ("what projects were about infections?", "which of them built a platform?"),
    ("welche projekte hatten mit infektionen zu tun?",
     "welches davon hat eine Plattform aufgebaut?"),
    ("Gab es ein Projekt zu Infektionskrankheiten?", "und welches davon baute eine Plattform?"),
])
def test_which_of_a_short_list_by_the_words_of_its_texts_narrows_it(
        kb: KnowledgeBase, turns: tuple[str, ...]) -> None:
    # Given BRIDGE 53 and HIHeal listed (both on infection); only BRIDGE 53 "was creating a
    # platform"
    replies = ask(kb, *turns, "für wen war die Plattform gedacht?")
    # When "which of them …" asks by words of one's own texts, no topic or funder
    # Then the list narrows to BRIDGE 53 (was: not understood, or the results of both), and
    # the next question is of it
    assert (replies[1].intent, replies[1].projects) == ("list", ("bridge53",)), replies[1].text
    assert "BRIDGE 53" in replies[1].text and replies[1].answered
    assert replies[2].projects == ("bridge53",) and replies[2].answered, replies[2].text
