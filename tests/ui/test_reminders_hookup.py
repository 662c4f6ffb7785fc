"""Reminders in the window: a due reminder shown (here in the corner window), Start opens
the routine's session, a session started otherwise withdraws it, the tray's pauses saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.plan import Plan
from stretchtimer.model.reminders import DailyReminder, Quiet, ReminderSettings
from stretchtimer.model.reminders import Signal as Need
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.signals import DesktopSignals
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.reminders.hookup import Reminders
from stretchtimer.ui.settings_model import SettingsModel

PARIS = ZoneInfo("Europe/Paris")


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2024, 6, 3, 12, 29, 50, tzinfo=PARIS)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def parts(qtbot: QtBot) -> Iterator[tuple[Reminders, MainWindow, Wall, FakeClock]]:
    clock = FakeClock()

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    reminders_on = ReminderSettings(daily=(DailyReminder(time(12, 30), routine=SHORT.id),))
    model = SettingsModel(Settings(reminders=reminders_on))
    window = MainWindow(short_catalogue(), model, builtin_safety(), make_driver)
    qtbot.addWidget(window)
    signals = DesktopSignals()

    # The desktop is not under test here: a calm one, answering at once.
    def calm(needs: frozenset[Need], done: Callable[[float | None, Quiet | None], None]) -> None:
        done(0.0, Quiet(False, False, False))

    signals.read = calm  # type: ignore[method-assign]
    wall = Wall()
    reminders = Reminders(model, short_catalogue(), window, signals=signals, notifier=None,
                          wall_clock=wall, monotonic=clock)  # fmt: skip
    reminders.start()
    yield reminders, window, wall, clock
    reminders.stop()
    if window.driver is not None:
        window.driver.stop()
    if reminders.prompter.window is not None:
        reminders.prompter.window.close()


def due(reminders: Reminders, wall: Wall, clock: FakeClock) -> None:
    wall.now += timedelta(seconds=15)
    clock.now += 15
    reminders.service.poll()


def test_start_from_the_reminder_opens_the_routine(
    parts: tuple[Reminders, MainWindow, Wall, FakeClock], qtbot: QtBot
) -> None:
    reminders, window, wall, clock = parts
    assert reminders.on
    due(reminders, wall, clock)
    prompt = reminders.prompter.window
    assert prompt is not None and prompt.isVisible()
    assert prompt.body.text().startswith("UI short, ")
    qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.driver is not None
    assert window.driver.state is SessionState.RUNNING
    assert window.driver.plan.routine.id == SHORT.id


def test_a_session_started_otherwise_withdraws_the_prompt(
    parts: tuple[Reminders, MainWindow, Wall, FakeClock],
) -> None:
    reminders, window, wall, clock = parts
    due(reminders, wall, clock)
    assert reminders.prompter.window is not None and reminders.prompter.window.isVisible()
    window.start_routine(SHORT.id)
    assert not reminders.prompter.window.isVisible() and reminders.current is None


def test_pauses_from_the_tray_are_saved_in_the_settings(
    parts: tuple[Reminders, MainWindow, Wall, FakeClock],
) -> None:
    reminders, window, wall, _ = parts
    reminders.pause("hour")
    until = window.settings.value.reminders.paused_until
    assert until == (wall.now + timedelta(hours=1)).astimezone(UTC)
    reminders.pause("tomorrow")
    assert window.settings.value.reminders.paused_until == datetime(2024, 6, 3, 22, 0, tzinfo=UTC)
    reminders.resume()
    assert window.settings.value.reminders.paused_until is None


def test_done_today_skips_today_and_not_tomorrow(
    parts: tuple[Reminders, MainWindow, Wall, FakeClock],
) -> None:
    from stretchtimer.model.reminders import SkipWhenDone
    from stretchtimer.model.session import SessionStatus, SessionSummary

    reminders, window, wall, clock = parts
    skip = DailyReminder(time(12, 30), routine=SHORT.id, skip_when_done=SkipWhenDone.ROUTINE)
    window.settings.update(reminders=ReminderSettings(daily=(skip,)))
    window.session_ended.emit(
        SessionSummary(SHORT.id, SHORT.name, SessionStatus.COMPLETED, 60, 60, 40, ())
    )
    shown: list[object] = []
    reminders.service.reminder_due.connect(shown.append)
    due(reminders, wall, clock)
    assert shown == []
    wall.now += timedelta(days=1)
    clock.now += 24 * 3600
    reminders.service.poll()  # the next day, 12:30:05: its slot is due
    assert len(shown) == 1


def test_news_of_the_desktop_after_stop_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    # The desktop's first answer may come after a quick quit has stopped the reminders.
    model = SettingsModel(Settings())
    window = MainWindow(short_catalogue(), model, builtin_safety(), lambda p: SessionDriver(p, FakeClock()))
    qtbot.addWidget(window)
    signals = DesktopSignals()
    answers: list[Callable[[float | None, Quiet | None], None]] = []
    signals.read = lambda needs, done: answers.append(done)  # type: ignore[method-assign]
    status = tmp_path / "status.json"
    reminders = Reminders(model, short_catalogue(), window, signals=signals, notifier=None,
                          status_file=status)  # fmt: skip
    reminders._on_availability_changed()  # a status file written while running
    reminders.start()
    reminders.stop()
    written = status.read_bytes()
    answers[0](0.0, Quiet(False, False, False))
    # The desktop says something new (here: the idle time cannot be read after all).
    signals.availabilities = lambda: {"idle": Availability.no("gone")}  # type: ignore[method-assign]
    signals.availability_changed.emit()
    assert status.read_bytes() == written
