"""The real window on a fake clock, with recording stand-ins for sound and history."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock, short_catalogue
from window_kit import RecordingPlayer, RecordingRecorder

from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.settings import Settings
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_model import SettingsModel


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player() -> RecordingPlayer:
    return RecordingPlayer()


@pytest.fixture
def recorder() -> RecordingRecorder:
    return RecordingRecorder()


@pytest.fixture
def window(
    qtbot: QtBot, clock: FakeClock, player: RecordingPlayer, recorder: RecordingRecorder
) -> Iterator[MainWindow]:
    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    w = MainWindow(
        short_catalogue(),
        SettingsModel(Settings()),
        builtin_safety(),
        make_driver,
        player=player,
        recorder=recorder,
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.driver is not None:
        w.driver.stop()
        assert not w.driver.is_timer_active
