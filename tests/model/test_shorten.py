"""Messages cut for display: a bounded length, no word too long to wrap, the start kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stretchtimer.model.shorten import MAX_CHARS, MAX_WORD, for_display


def test_short_text_is_unchanged() -> None:
    text = "settings.json: field 'volume': 300 is not a valid value; using 70"
    assert for_display(text) == text


def test_a_long_word_keeps_its_start_and_gets_an_ellipsis() -> None:
    assert for_display("x.json: " + "W" * 200 + " tail") == (
        "x.json: " + "W" * (MAX_WORD - 1) + "… tail"
    )
    assert for_display("x.json: " + "W" * 2048) == "x.json: " + "W" * (MAX_WORD - 1) + "…"


def test_a_long_text_is_cut_at_the_cap() -> None:
    shown = for_display("word " * 10_000_000)  # 50 MB
    assert len(shown) == MAX_CHARS and shown.endswith("…") and shown.startswith("word word")


def test_a_lone_surrogate_is_shown_as_its_code() -> None:
    assert for_display("name \ud800!") == "name \\ud800!"


@settings(max_examples=300, deadline=1000)
@given(st.text(), st.integers(10, 400), st.integers(2, 80))
def test_any_text_fits(text: str, max_chars: int, max_word: int) -> None:
    shown = for_display(text, max_chars=max_chars, max_word=max_word)
    shown.encode("utf-8")  # always drawable and printable
    # A surrogate shown as its code is six characters for one; everything else is bounded.
    if not any("\ud800" <= c <= "\udfff" for c in text):
        assert len(shown) <= max_chars
        assert all(len(word) <= max_word for word in shown.split())
    if len(text) <= max_chars and all(len(w) <= max_word for w in text.split()):
        assert shown == text.encode("utf-8", "backslashreplace").decode("utf-8")
