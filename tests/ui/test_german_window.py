"""With ``LANGUAGE=de`` the window shows the catalogue in German, loaded the way the app does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock

from stretchtimer import cli, resources
from stretchtimer.model.catalogue_i18n import translate_safety, translate_warmups
from stretchtimer.model.plan import Phase, Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.settings import Settings
from stretchtimer.model.warmups import load_warmups
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.i18n import locale_for, use_language
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_model import SettingsModel


@pytest.fixture
def german_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> Iterator[MainWindow]:
    monkeypatch.setenv("LANGUAGE", "de")
    ctx = cli.CliContext(data_dir=tmp_path)
    assert ctx.language == "de"
    warmups, _ = load_warmups(resources.warmups_path())
    english_safety = builtin_safety()
    # As app.run_window does: the translation is checked against all three and applied.
    loaded = ctx.load_localised(warmups=warmups, safety=english_safety)
    assert loaded.translation_problems == []

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    w = MainWindow(
        loaded.result.catalogue,
        SettingsModel(Settings()),
        translate_safety(english_safety, loaded.translation),
        make_driver,
        warmups=translate_warmups(warmups, loaded.translation),
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.driver is not None:
        w.driver.stop()
        assert not w.driver.is_timer_active


def test_the_picker_shows_german_routines_targets_and_safety(german_window: MainWindow) -> None:
    cards = {c.info.routine_id: c for c in german_window.picker.cards}
    assert cards["midday-desk-break"].accessibleName() == "Mittagspause am Schreibtisch"
    assert cards["quick-reset"].info.description.startswith("Drei Minuten im Stehen")
    # The focus words are the exercises' target words, in German.
    assert "Nacken" in cards["neck-and-shoulders"].info.focus
    assert german_window.picker.safety_title.text() == "Bevor du anfängst"


def test_a_session_shows_the_exercise_warm_up_and_cues_in_german(
    german_window: MainWindow, clock: FakeClock
) -> None:
    german_window.start_routine("midday-desk-break")
    driver = german_window.driver
    assert driver is not None
    page = german_window.session_page
    assert page.routine_label.text() == "Mittagspause am Schreibtisch"
    assert [driver.step.phase] == [Phase.WARMUP]
    assert "Marschier mit den Füßen" in page.exercise_label.text() + page.guidance_label.text()
    while driver.step.phase != Phase.GET_READY:
        clock.now += 0.5
        driver.poll()
    assert page.exercise_label.text() == "Schulterkreisen"
    assert "Zieh beide Schultern langsam zu den Ohren hoch." in page.instructions_label.text()


def test_dates_and_numbers_follow_the_language(qtbot: QtBot) -> None:
    before = QLocale()
    try:
        assert use_language("de").language() == QLocale.Language.German
        assert QLocale().monthName(3) == "März"
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        QLocale.setDefault(before)
    # The system's own locale is kept when it is that language (an Austrian's dates).
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert locale_for("fr", QLocale("de_AT")).name() == "fr_FR"
    assert locale_for("en", QLocale.c()).language() == QLocale.Language.C
