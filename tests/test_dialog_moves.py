"""Conversational moves that act on the last question rather than ask a new one: asking for
the last answer again ("sorry, say that again?") and asking for it in the other language
("auf Deutsch bitte") after a list, a yes/no or several asks."""

from __future__ import annotations

import pytest

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase
from tests.conftest import ask


@pytest.mark.parametrize("question", [
    "when did ELISE run?",
    "what were MAGIA's target countries?",
    "which projects were about bones?",
    "was BFCC funded by Interreg?",
    "Wie viele Organisationen waren bei BFCC dabei?",
    "Wann lief HIHeal und wer hat es gefördert?",
])
@pytest.mark.parametrize("again", [
    "sorry, say that again?", "what? repeat pls", "come again?", "could you repeat that please",
    "Nochmal bitte?", "Können Sie das noch einmal sagen?", "wie bitte?",
])
def test_asking_for_the_last_answer_again_repeats_it(
        kb: KnowledgeBase, question: str, again: str) -> None:
    # Given a question answered (about one project, a list, a yes/no, several asks)
    first, repeated = ask(kb, question, again)
    # When the next message only asks for that answer again (English or German, casual)
    # Then the same answer comes again, in the chat's language (not "I didn't understand")
    assert (repeated.intent, repeated.projects, repeated.text) == \
        (first.intent, first.projects, first.text)


@pytest.mark.parametrize("messages", [
    ("which projects were about bones?", "the second one, who led it?", "say that again"),
    ("list all the projects", "tell me about no. 6", "and the one after it?", "repeat please"),
])
def test_a_question_that_needs_the_turns_before_it_is_repeated_of_its_project(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a question that reads only with the turns before it ("the one after it")
    *_, last, repeated = ask(kb, *messages)
    # When the answer is asked for again
    # Then it is the same project's answer again, not the next one in the list
    assert repeated.projects == last.projects and repeated.intent == last.intent


@pytest.mark.parametrize("messages", [
    ("Tell me about BFCC", "was war das nochmal?"),
    ("Tell me about BFCC", "wann lief das nochmal?"),
    ("who led BFCC?", "and again for ELISE?"),
])
def test_a_question_with_again_in_it_is_no_request_to_repeat(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a question answered
    first, reply = ask(kb, *messages)
    # When the next one asks something with "nochmal"/"again" in it
    # Then it is answered as a question of its own
    assert reply.text != first.text and reply.intent != "fallback"


@pytest.mark.parametrize("question,switch", [
    ("which projects were about bones?", "auf deutsch bitte"),
    ("Which projects did the ERDF fund?", "Kannst du mir das auch auf Deutsch sagen?"),
    ("Welche Projekte liefen 2018?", "english please"),
])
def test_the_other_language_after_a_list_gives_the_list(
        kb: KnowledgeBase, question: str, switch: str) -> None:
    # Given a list given
    first, switched = ask(kb, question, switch)
    # When the other language is asked for
    # Then the same list comes in that language (not the help text)
    assert switched.intent == first.intent == "list"
    assert switched.projects == first.projects and switched.language != first.language


@pytest.mark.parametrize("question,switch,yes", [
    ("was BFCC funded by Interreg?", "auf deutsch bitte", "Ja."),
    ("Did UKSH Lübeck lead BFCC?", "Kannst du das auf Deutsch sagen?", "Nein."),
    ("Wurde ELISE von Interreg Europe gefördert?", "in english please", "Yes."),
])
def test_the_other_language_after_a_yes_no_keeps_the_yes_or_no(
        kb: KnowledgeBase, question: str, switch: str, yes: str) -> None:
    # Given a yes/no question answered
    first, switched = ask(kb, question, switch)
    # When the other language is asked for
    # Then the answer in it still says yes or no first, of the same project
    assert switched.text.startswith(yes), switched.text
    assert switched.projects == first.projects


def test_the_other_language_after_several_asks_answers_each(kb: KnowledgeBase) -> None:
    # Given two asks in one message: ELISE's dates and its funder
    first, switched = ask(kb, "when did ELISE run and who funded it?", "auf deutsch bitte")
    # When German is asked for
    # Then both come again in German: the dates and the funder the page names
    german = ask(kb, "Wann lief ELISE?")[0]
    assert switched.language == "de" and switched.text.startswith(german.text)
    assert "Interreg Europe" in switched.text.split(german.text, 1)[1]


def test_the_question_kept_goes_through_the_states_dict_form(kb: KnowledgeBase) -> None:
    # Given a list given, and the state carried as the web chat carries it (a dict)
    first = answer("which projects were about bones?", State(), kb)
    state = State.from_dict(first.state.to_dict())
    # When German is asked for
    again = answer("auf deutsch bitte", state, kb)
    # Then the list comes again
    assert again.intent == "list" and again.projects == first.projects


def test_a_long_message_is_not_kept(kb: KnowledgeBase) -> None:
    # Given a very long message (the state is signed into the web chat's token: kept small)
    text = "when did ELISE run? " + "I am asking because I write a report. " * 10
    # Then it is answered, but not kept to ask again
    assert answer(text, State(), kb).state.question is None


@pytest.mark.parametrize("card,shorter", [
    ("tell me about BONEBANK", "shorter"),
    ("what's P.I.L.O.T.?", "tldr?"),
    ("what was HIHeal", "in one sentence please"),
    ("Erzählen Sie mir etwas über ELISE", "kürzer bitte, ein Satz"),
    ("Was war MAGIA?", "Kurzfassung bitte"),
])
def test_shorter_after_a_projects_card_is_what_it_is_in_one_line(
        kb: KnowledgeBase, card: str, shorter: str) -> None:
    # Given a project's card (what it is, dates, funders, lead …)
    first, short = ask(kb, card, shorter)
    # When a shorter version is asked for (not "which ran shorter?")
    # Then it is the card's name and summary alone, of the same project
    assert short.intent == "overview" and short.projects == first.projects
    lines = first.text.splitlines()
    assert short.text.splitlines() == lines[:2] and len(lines) > 2


@pytest.mark.parametrize("messages", [
    ("which project ran longest?", "shorter?"),
    ("Welches Projekt lief am längsten?", "und kürzer?"),
])
def test_shorter_after_a_ranking_still_ranks(kb: KnowledgeBase,
                                             messages: tuple[str, ...]) -> None:
    # Given a ranking by length; when "shorter?" follows
    reply = ask(kb, *messages)[-1]
    # Then it ranks the other way, as a question of its own
    assert reply.intent == "superlative" and reply.projects != ask(kb, messages[0])[0].projects


@pytest.mark.parametrize("card,more", [
    ("what was MAGIA? short pls", "ok now more details"),
    ("Was war BRIDGE 53, kurz?", "Können Sie das genauer erklären?"),
    ("tell me about BONEBANK", "tell me more"),
    ("Was war KI#CK?", "mehr dazu bitte"),
])
def test_more_details_after_a_card_tell_what_else_the_page_says(
        kb: KnowledgeBase, card: str, more: str) -> None:
    # Given a project's card
    first, detailed = ask(kb, card, more)
    # When more details are asked for
    # Then the reply tells the project's goal as the page gives it (the goal question's own
    # answer), beyond the card, and not the card again
    goal = ask(kb, card, "what was its goal?" if first.language == "en"
               else "Was war sein Ziel?")[-1]
    assert detailed.projects[:1] == first.projects[:1] and detailed.text != first.text
    assert goal.intent == "goals"
    goal_line = goal.text.splitlines()[-1]
    assert goal_line in detailed.text


@pytest.mark.parametrize("messages", [
    ("what did KI#CK do", "go on, anything else?"),
    ("Wer hat MAGIA gefördert?", "Was noch?"),
])
def test_more_after_another_answer_gives_the_card_and_the_rest(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given an answer about one project that was not its card
    first, detailed = ask(kb, *messages)
    # When more is asked for
    # Then the project's card comes, with more beside it
    card = ask(kb, f"tell me about {first.projects[0]}" if first.language == "en"
               else f"Was war {first.projects[0]}?")[0]
    assert detailed.intent == "overview" and detailed.text.startswith(
        card.text.splitlines()[0])
    assert len(detailed.text.splitlines()) > len(card.text.splitlines())


@pytest.mark.parametrize("question", ["how long did P.I.L.O.T. run", "Wer hat MAGIA gefördert?"])
@pytest.mark.parametrize("correction", [
    "oops wrong one, InnoReAct", "oops wrong project, InnoReAct", "not that one, InnoReAct",
    "sorry, InnoReAct?", "my bad - InnoReAct", "Verzeihung, ich meinte InnoReAct",
    "Nein, das falsche – InnoReAct", "nein nein, InnoReAct",
])
def test_a_correction_then_a_name_asks_the_last_question_of_it(
        kb: KnowledgeBase, question: str, correction: str) -> None:
    # Given a question about one project answered
    first, corrected = ask(kb, question, correction)
    # When the next message says the project was the wrong one and names another
    # Then the same question is answered of the one named (not its card)
    assert corrected.projects[:1] == ("innoreact",)
    assert corrected.intent == first.intent != "overview"


@pytest.mark.parametrize("messages", [
    ("how long did P.I.L.O.T. run", "sorry, what was InnoReAct about?"),
    ("Wie lange lief P.I.L.O.T.?", "Entschuldigung, worum ging es bei InnoReAct?"),
])
def test_a_question_of_its_own_after_sorry_is_no_correction(
        kb: KnowledgeBase, messages: tuple[str, ...]) -> None:
    # Given a question answered; when the next message asks a question of its own after
    # "sorry"
    reply = ask(kb, *messages)[-1]
    # Then it is read as before: what the project is
    assert reply.intent == "overview" and reply.projects[:1] == ("innoreact",)


@pytest.mark.parametrize("back,asked,intent", [
    ("Zurück zum ersten – wer hat das finanziert?", "elise", "funding"),
    ("back to the first, who funded it?", "elise", "funding"),
    ("Nochmal zum ersten: wann lief das?", "elise", "dates"),
    ("and the second, when did it end?", "bfcc", "end"),
])
def test_back_to_a_project_talked_about_by_its_place_then_a_question(
        kb: KnowledgeBase, back: str, asked: str, intent: str) -> None:
    # Given three projects talked about one per turn (ELISE, BFCC, KI#CK), no list given
    reply = ask(kb, "Was war ELISE?", "Und BFCC?", "und KI#CK?", back)[-1]
    # When a message goes back to one by its place, then asks a question after a break
    # Then the question is asked of that one (not of the last one talked about)
    assert (reply.intent, reply.projects[:1]) == (intent, (asked,))


@pytest.mark.parametrize("aside", [
    "btw whats the weather in hamburg", "und wie wird das Wetter morgen in Kiel?",
    "what time is it", "who won the football yesterday?", "Wie spät ist es?",
])
def test_an_aside_on_something_else_is_not_a_question_of_the_project(
        kb: KnowledgeBase, aside: str) -> None:
    # Given a question about MAGIA answered
    first, off, back = ask(kb, "when did MAGIA run?", aside, "ok, who were its partners?")
    # When an aside asks of something no project is about (weather in Hamburg, the time)
    # Then it is not understood, as in a new chat (not "MAGIA was funded by …", Hamburg read
    # as a funder), and the next question about "it" is still about MAGIA
    new_chat = ask(kb, aside)[0]
    assert (off.intent, off.projects, off.answered) == ("fallback", (), False) == (
        new_chat.intent, new_chat.projects, new_chat.answered)
    assert back.intent == "partners" and back.projects[:1] == ("magia",)


def test_projects_asked_for_on_such_a_thing_are_still_a_list(kb: KnowledgeBase) -> None:
    # Given a question for the projects on a thing none is about
    reply = ask(kb, "when did MAGIA run?", "which projects were about the weather?")[-1]
    # Then it is a list question, answered that the page names none (not "not understood")
    assert reply.intent == "list" and not reply.projects and not reply.answered


@pytest.mark.parametrize("question,doubt", [
    ("when did BFCC end?", "are u sure? i thought 2020"),
    ("how long was KI#CK", "pretty sure it was 3"),
    ("Wie viele Länder waren bei BFCC?", "Bist du sicher?"),
    ("Wer hat BONEBANK geleitet?", "Wirklich?"),
    ("which projects were about bones?", "really?"),
])
def test_a_doubt_gets_the_pages_answer_again_said_to_be_checked(
        kb: KnowledgeBase, question: str, doubt: str) -> None:
    # Given a question answered from the page
    first, checked = ask(kb, question, doubt)
    # When the user doubts it, perhaps naming another figure
    # Then the page's answer comes again, said to be checked (not "not understood", and no
    # figure of the user's taken up)
    assert checked.text.endswith(first.text) and checked.text != first.text
    assert (checked.intent, checked.projects) == (first.intent, first.projects)


def test_a_message_that_cannot_be_written_as_utf8_is_not_kept(kb: KnowledgeBase) -> None:
    # Given a message with a lone surrogate (hostile input; the web chat signs the state)
    reply = answer("when did ELISE run?\ud800", State(), kb)
    # Then it is answered, but not kept: the state stays writable
    assert reply.state.question is None
    import json
    json.dumps(reply.state.to_dict(), ensure_ascii=False).encode("utf-8")
