"""Numbers, dates and times as each shipped language writes them on the command line."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from stretchtimer.cli.locale_format import LocaleFormat

MOMENT = datetime(2026, 12, 1, 9, 5)  # a Tuesday


def test_english_reads_as_the_commands_always_wrote_it() -> None:
    english = LocaleFormat("en")
    assert english.fixed(12.5, 1) == "12.5"
    assert english.fixed(1234.4, 0) == "1,234"
    assert english.signed(0.5, 1) == "+0.5"
    assert english.signed(-0.25, 1) == "-0.2"
    assert english.short(30.0) == "30" and english.short(12.5) == "12.5"
    assert english.integer(1234) == "1234"
    assert english.clock(9, 5) == "09:05"
    assert english.weekday_clock(MOMENT) == "Tue 09:05"
    assert english.day_clock(MOMENT) == "Tue 01 Dec 09:05"
    assert english.date(date(2026, 12, 1)) == "2026-12-01"
    assert english.date_clock(MOMENT) == "2026-12-01 09:05"


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_german_french_and_spanish_write_a_decimal_comma(language: str) -> None:
    words = LocaleFormat(language)
    assert words.fixed(12.5, 1) == "12,5"
    assert words.short(12.5) == "12,5"
    assert words.short(30.0) == "30"
    assert words.signed(0.5, 1) == "+0,5"
    assert words.signed(-1.5, 1) == "-1,5"


def test_each_language_names_days_and_months_its_own_way() -> None:
    german, french, spanish = LocaleFormat("de"), LocaleFormat("fr"), LocaleFormat("es")
    assert german.weekday_clock(MOMENT) == "Di. 09:05"
    assert german.day_clock(MOMENT) == "Di. 1 Dez. 09:05"
    assert german.date(date(2026, 12, 1)) == "01.12.2026"  # the whole year: 26 could be 1926
    assert german.fixed(1234.0, 0) == "1.234"
    assert french.day_clock(MOMENT) == "mar. 1 déc. 09:05"
    assert french.date(date(2026, 12, 1)) == "01/12/2026"
    assert spanish.weekday_clock(MOMENT) == "mar 9:05"
    assert spanish.clock(21, 30) == "21:30"  # a 24-hour clock in every one of them
