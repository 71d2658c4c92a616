"""Property tests: for any Unicode text, the core answers without raising, within Telegram's
limits, in valid Telegram HTML; gibberish is never a confident answer; and any line of bytes or
any JSON object gets exactly one valid UTF-8, standard-JSON reply from the JSON-lines loop."""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation import State, answer
from bot.jsonl import Session, encode
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


# --------------------------------------------------------------------------- the JSON-lines loop

SESSION = Session(KB, data_dir=Path(tempfile.mkdtemp(prefix="lsn-props-")))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=12,
)
messages = st.fixed_dictionaries(
    {}, optional={"chat": json_values, "text": json_values | any_text,
                  "language": json_values | st.sampled_from(["en", "de"]), "extra": json_values})


def valid_reply(raw: bytes) -> dict[str, object]:
    """One reply line, which must be valid UTF-8 and standard JSON (no NaN, no Infinity)."""
    out = encode(SESSION.handle(raw))
    assert out.endswith(b"\n") and out.count(b"\n") == 1
    return json.loads(out.decode("utf-8"), parse_constant=lambda name: 1 / 0)


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_any_bytes_get_one_valid_reply(raw: bytes) -> None:
    reply = valid_reply(raw.replace(b"\n", b" "))
    assert "internal" not in str(reply.get("error", ""))


@SETTINGS
@given(message=messages, ascii_only=st.booleans())
def test_any_json_object_gets_one_valid_reply(message: dict[str, object], ascii_only: bool
                                              ) -> None:
    # Given any JSON object, with lone surrogates, NaN, Infinity, huge numbers and nesting
    raw = json.dumps(message, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    # When it is one line of the JSON-lines interface
    reply = valid_reply(raw)
    # Then the reply is an answer or an error, never an internal error
    assert ("error" in reply) != ("answered" in reply)
    assert "internal" not in str(reply.get("error", ""))
