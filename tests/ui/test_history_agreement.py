"""Sessions run through the real window land in history; the page and the CLI agree."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer import app, paths
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.history_writer import HistoryWriter
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.history.page import HistoryPage
from stretchtimer.ui.recorder import HistoryRecorder
from stretchtimer.ui.settings_model import SettingsModel


def test_three_days_of_sessions_show_the_same_streak_on_the_page_and_in_stats(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, _ = HistoryStore.open(paths.history_path(tmp_path))
    # This moment two days ago, one day ago and now: three local days in a row (the
    # day-start hour is 0 so the dates are plain calendar dates).
    now = datetime.now(UTC)
    moments = iter([now - timedelta(days=2), now - timedelta(days=1), now])
    settings = Settings(day_start_hour=0)
    writer = HistoryWriter(lambda: HistoryStore.open(paths.history_path(tmp_path))[0])
    recorder = HistoryRecorder(writer, day_start_hour=0, utc_now=lambda: next(moments))
    clock = FakeClock()

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    page = HistoryPage(store, settings)
    window = MainWindow(
        short_catalogue(),
        SettingsModel(settings),
        builtin_safety(),
        make_driver,
        recorder=recorder,
        history_page=page,
    )
    qtbot.addWidget(window)
    for _ in range(3):
        window.start_routine(SHORT.id)
        assert window.driver is not None
        while window.driver.state is SessionState.RUNNING:
            clock.now += 0.25
            window.driver.poll()
        window.show_picker()
    recorder.stop()
    assert writer.close()

    window.show_history()
    assert window.stack.currentWidget() is page
    assert page.stats is not None
    assert page.stats.current_streak == 3
    assert "3" in page.cards.streak_card.value.text()

    store.close()
    assert app.main(["--data-dir", str(tmp_path), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["current_streak_days"] == page.stats.current_streak == 3
    assert stats["longest_streak_days"] == page.stats.longest_streak
    assert stats["sessions"] == 3
    assert stats["this_week_days"] == page.stats.week_days_done
    assert stats["minutes"] == pytest.approx(page.stats.total_minutes, abs=0.01)
