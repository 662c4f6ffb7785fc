"""Sentences from the model: English for the command line, source and values for Qt."""

from __future__ import annotations

from stretchtimer.model.days import counting_rule
from stretchtimer.model.settings import Settings
from stretchtimer.model.texts import QT_TRANSLATE_NOOP, Text, fill


def test_fill_is_one_pass() -> None:
    assert fill("%1 of %2", "a %2 b", "x") == "a %2 b of x"
    assert fill("%1 and %3", "a") == "a and %3"


def test_the_marker_returns_the_source_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Ctx", "Hello %1") == "Hello %1"


def test_counting_rule_is_one_translatable_sentence_with_its_values() -> None:
    rule = counting_rule(Settings(day_start_hour=5))
    assert isinstance(rule, Text)
    assert rule.context == "CountingRule"
    assert "%1" in rule.source and "%2" in rule.source
    assert rule.english() == (
        "A day counts when you complete a routine or hold stretches for 3 minutes or more "
        "in total; a day starts at 05:00."
    )
