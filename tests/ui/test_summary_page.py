"""The summary celebrates: the streak and whether today extended it, the week, the minutes
today, the check-in before and after, and a moment of its own for 7, 30 and 100 days."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot
from test_picker_page import add_session
from ui_fakes import SHORT, FakeClock
from window_kit import key, until_phase

from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.plan import Phase
from stretchtimer.ui.main_window import MainWindow


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    opened, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    return opened


def finish_short(window: MainWindow, clock: FakeClock, qtbot: QtBot, before: int) -> None:
    window.start_routine(SHORT.id, check_in=True)
    qtbot.keyClick(window.session_page.before_checkin, Qt.Key(Qt.Key.Key_0 + before))
    until_phase(window, clock, Phase.DONE)


def test_a_seventh_day_is_a_milestone_and_the_summary_says_where_you_stand(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, store: HistoryStore
) -> None:
    today = today_for(window.settings.value)
    for back in range(1, 7):
        add_session(store, SHORT.id, today - timedelta(days=back))
    window.attach(history=store)
    finish_short(window, clock, qtbot, before=6)
    page = window.summary_page
    assert page.title.text() == "Well done!"
    assert page.milestone.isVisible()
    assert page.milestone.value.text() == "7 days in a row!"
    assert page.streak_tile.value.text() == "7 days in a row"
    assert page.streak_tile.caption.text() == "Today added a day to your streak."
    assert page.week_tile.value.text().endswith(" of 4 days")
    assert page.today_tile.value.text().endswith(" min")
    assert page.checkin_tile.value.text() == "6"
    qtbot.keyClick(page.checkin, Qt.Key.Key_3)
    assert page.checkin_tile.value.text() == "6 → 3"
    assert page.checkin_tile.caption.text() == "Stiffness before and after: easier now."
    # The details come after the celebration, in smaller type.
    assert QFontInfo(page.table.font()).pixelSize() < QFontInfo(page.totals.font()).pixelSize()
    store.close()


def test_a_short_stopped_session_says_today_does_not_count_yet(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, store: HistoryStore
) -> None:
    today = today_for(window.settings.value)
    add_session(store, SHORT.id, today - timedelta(days=1))
    window.attach(history=store)
    window.start_routine(SHORT.id)
    key(qtbot, window, Qt.Key.Key_Escape)  # under a minute: stops without asking
    page = window.summary_page
    assert page.title.text() == "Session stopped"
    assert not page.milestone.isVisible()
    assert page.streak_tile.value.text() == "1 day in a row"
    assert page.streak_tile.caption.text().startswith("Today counts once you finish a routine")
    store.close()


def test_a_second_session_today_keeps_the_streak_as_it_was(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, store: HistoryStore
) -> None:
    today = today_for(window.settings.value)
    add_session(store, SHORT.id, today)
    window.attach(history=store)
    finish_short(window, clock, qtbot, before=4)
    page = window.summary_page
    assert page.streak_tile.caption.text() == (
        "Today already counted, so the streak stays as it was."
    )
    assert not page.milestone.isVisible()
    store.close()


def test_without_a_history_the_summary_shows_the_session_only(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, Phase.DONE)
    page = window.summary_page
    assert not page.streak_tile.isVisible() and not page.milestone.isVisible()
    assert page.totals.text().startswith("UI short: ")
    assert page.table.rowCount() == 2
