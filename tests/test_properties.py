"""Property tests: for any Unicode text, the core answers without raising, within Telegram's
limits, in valid Telegram HTML; and gibberish is never a confident answer."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation import State, answer
from bot.knowledge import KnowledgeBase, load
from tests.test_conversation import assert_valid_html

KB: KnowledgeBase = load()
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

any_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=400
) | st.text(max_size=10_000, alphabet=st.sampled_from("aäß <>&\"'*_`[]()#.!?\u200b\u202e😀"))

project_words = st.sampled_from([p.name for p in KB.projects.values()])
question_words = st.sampled_from(
    ["when", "who", "funded", "wann", "wer", "how much", "welche Projekte", "and", "it", "?"]
)
mixed = st.lists(st.one_of(project_words, question_words, st.text(max_size=12)), max_size=12).map(
    " ".join
)
gibberish = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=6, max_size=14).flatmap(
    lambda w: st.lists(st.just(w), min_size=1, max_size=3).map(" ".join)
)


@SETTINGS
@given(text=any_text)
def test_any_text_gets_a_safe_reply(text: str) -> None:
    reply = answer(text, State(), KB)
    assert len(reply.text) <= 4096 and len(reply.html) <= 4096
    assert_valid_html(reply.html)
    assert reply.language in ("en", "de")


@SETTINGS
@given(messages=st.lists(mixed, min_size=1, max_size=4), hint=st.sampled_from([None, "en", "de"]))
def test_dialogs_of_project_words_never_break_the_state(messages: list[str], hint: str) -> None:
    state = State()
    for text in messages:
        reply = answer(text, state, KB, hint)
        assert_valid_html(reply.html)
        assert set(reply.projects) <= set(KB.projects)
        state = reply.state
        assert State.from_dict(state.to_dict()) == state


@SETTINGS
@given(text=gibberish)
def test_gibberish_is_not_answered(text: str) -> None:
    reply = answer(text, State(), KB)
    assert not reply.answered, (text, reply.intent, reply.text)


@SETTINGS
@given(punctuation=st.text(alphabet=string.punctuation + " ", max_size=50))
def test_punctuation_alone_is_not_answered(punctuation: str) -> None:
    assert not answer(punctuation, State(), KB).answered


unicode_digits = st.characters(categories=("Nd", "No", "Nl")).filter(str.isdigit)


@SETTINGS
@given(digit=unicode_digits, template=st.sampled_from(
    ["projects in {d}", "the {d} one", "{d}", "{d}{d}{d}{d}", "projects from 20{d}8", "no {d}"]))
def test_unicode_digits_never_raise(digit: str, template: str) -> None:
    # Given a character that str.isdigit() accepts but int() may not, such as ❸ or ➀,
    # after a list (so "the ➀ one" is read as a choice)
    state = answer("which projects did the ERDF fund?", State(), KB).state
    # When it is asked about, alone or in a dialog
    for before in (State(), state):
        reply = answer(template.format(d=digit), before, KB)
        # Then there is a reply, not an exception
        assert reply.language in ("en", "de")


def test_the_digits_the_fuzzer_found() -> None:
    state = answer("which projects did the ERDF fund?", State(), KB).state
    for text in ("projects in ❸", "the ➀ one", "②", "the ⑳ one"):
        assert answer(text, state, KB).text
        assert answer(text, State(), KB).text


old_values = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(
    ["bfcc", "gone-project", "overview", "funding", "no-such-intent", "longest", "ended", "de",
     "fr", "bfcc:dates", "gone:dates"]))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(saved=st.dictionaries(st.sampled_from(
    ["language", "projects", "intent", "last_list", "choices", "pending_intent", "list_mode",
     "ranking", "earlier", "facts", "unknown_key"]),
    st.one_of(old_values, st.lists(old_values, max_size=3))),
    text=st.sampled_from(["and when did it end?", "the second one", "und BFCC?", "Quelle?",
                          "which of them ran longest?", "auf Deutsch bitte", "yes", "3"]))
def test_a_state_from_an_older_version_never_breaks_an_answer(saved: dict, text: str) -> None:
    # Given a saved state with values this version doesn't know (a removed project, an old
    # intent), When a follow-up is answered, Then it answers and the new state is valid
    reply = answer(text, State.from_dict(saved), KB)
    assert reply.text and set(reply.state.projects) <= set(KB.projects)
