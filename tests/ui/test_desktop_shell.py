"""The desktop parts connected to the real window: every tray action, closing, hand-over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.autostart import Autostart
from stretchtimer.ui.desktop.close_to_tray import CloseToTray
from stretchtimer.ui.desktop.settings_group import DesktopOptions
from stretchtimer.ui.desktop.shell import DesktopParts, DesktopShell
from stretchtimer.ui.desktop.single_instance import HandOver
from stretchtimer.ui.desktop.today_status import TodayStatus
from stretchtimer.ui.desktop.tray import TrayIcon
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_model import SettingsModel


class Log:
    def __init__(self) -> None:
        self.notices: list[tuple[str, str]] = []

    def notice(self, kind: str, message: str) -> None:
        self.notices.append((kind, message))


class Rig:
    def __init__(self, qtbot: QtBot, tmp_path: Path, settings: Settings, background: bool) -> None:
        self.clock = FakeClock()
        self.quits: list[int] = []
        self.settings = SettingsModel(settings)  # no file: nothing is written
        self.log = Log()

        def make_driver(plan: Plan) -> SessionDriver:
            driver = SessionDriver(plan, self.clock)
            self.shell.follow(driver)
            return driver

        catalogue = short_catalogue()
        self.window = MainWindow(catalogue, self.settings, builtin_safety(), make_driver)
        qtbot.addWidget(self.window)
        self.tray = TrayIcon(QIcon())
        self.autostart = Autostart(tmp_path / "config", ["/usr/bin/stretchtimer"], platform="linux")
        closer = CloseToTray(self.window, quit_app=lambda: self.quits.append(1))
        parts = DesktopParts(
            tray=self.tray,
            closer=closer,
            status=TodayStatus(lambda: self.settings.value),
            autostart=self.autostart,
            instance=None,
            options=DesktopOptions(Availability.yes(), Availability.yes()),
        )
        routines = [(r.id, r.name) for r in catalogue.routines.values()]
        self.shell = DesktopShell(
            parts, self.window, self.settings, routines,
            started_in_background=background, event_log=self.log, tray_available=lambda: True,
        )  # fmt: skip
        self.tray.show()

    def state(self) -> SessionState | None:
        driver = self.window.driver
        return None if driver is None else driver.state


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, tmp_path, Settings(), background=False)
    yield made
    if made.window.driver is not None:
        made.window.driver.stop()
    made.tray.hide()


def test_every_tray_action_reaches_the_window(qtbot: QtBot, rig: Rig) -> None:
    assert not rig.window.isVisible()
    rig.tray.open_action.trigger()
    assert rig.window.isVisible()
    rig.window.hide()

    start = next(a for a in rig.tray.routines_menu.actions() if a.text() == SHORT.name)
    start.trigger()
    assert rig.window.isVisible() and rig.state() is SessionState.RUNNING
    assert rig.tray.pause_action.isVisible()

    rig.tray.pause_action.trigger()
    assert rig.state() is SessionState.PAUSED and rig.tray.pause_action.text() == "&Resume"
    rig.tray.pause_action.trigger()
    assert rig.state() is SessionState.RUNNING

    rig.window.hide()
    rig.tray.stop_action.trigger()  # under a minute done: it stops without asking
    assert rig.state() is SessionState.FINISHED and rig.window.isVisible()
    assert not rig.tray.pause_action.isVisible()

    rig.tray.quit_action.trigger()
    assert rig.quits == [1] and not rig.window.isVisible()


def test_closing_with_autostart_on_keeps_it_in_the_tray_and_says_so_once(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.settings.update(start_at_login=True)
    rig.window.show()
    qtbot.waitExposed(rig.window)
    rig.window.setGeometry(40, 50, 900, 600)
    assert not rig.window.close()
    assert not rig.window.isVisible() and rig.quits == []
    assert rig.settings.value.tray_notice_shown
    assert rig.settings.value.window_geometry == (40, 50, 900, 600)
    assert ("hidden_to_tray", "the window went to the tray") in rig.log.notices
    rig.tray.open_action.trigger()
    rig.window.close()
    assert not rig.window.isVisible() and rig.quits == []


def test_closing_without_a_reason_to_stay_quits(qtbot: QtBot, rig: Rig) -> None:
    rig.window.show()
    qtbot.waitExposed(rig.window)
    assert rig.window.close()
    assert rig.quits == [1]


def test_reminders_keep_it_in_the_tray_and_turn_the_pauses_on(qtbot: QtBot, rig: Rig) -> None:
    from datetime import time

    from stretchtimer.model.reminders import DailyReminder, ReminderSettings

    assert not rig.tray.pause_hour_action.isEnabled()
    rig.settings.update(reminders=ReminderSettings(daily=(DailyReminder(time(12, 30)),)))
    assert rig.tray.pause_hour_action.isEnabled() and rig.tray.pause_day_action.isEnabled()
    rig.window.show()
    qtbot.waitExposed(rig.window)
    assert not rig.window.close()
    assert not rig.window.isVisible() and rig.quits == []
    rig.settings.update(reminders=ReminderSettings())  # none set: closing quits again
    assert not rig.tray.pause_hour_action.isEnabled()
    rig.tray.open_action.trigger()
    assert rig.window.close() and rig.quits == [1]


def test_a_background_start_stays_in_the_tray(qtbot: QtBot, tmp_path: Path) -> None:
    rig = Rig(qtbot, tmp_path, Settings(tray_notice_shown=True), background=True)
    rig.window.show()
    assert not rig.window.close() and rig.quits == []
    rig.tray.hide()
    rig.window.show()
    assert rig.window.close() and rig.quits == [1]  # no tray icon shown: closing quits


def test_start_at_login_writes_and_removes_the_autostart_entry(rig: Rig) -> None:
    rig.settings.update(start_at_login=True)
    assert rig.autostart.is_enabled()
    rig.settings.update(start_at_login=False)
    assert not rig.autostart.path.exists()


def test_an_autostart_folder_that_cannot_be_written_is_reported(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "config").write_text("a file where the folder should be")
    rig = Rig(qtbot, tmp_path, Settings(), background=False)
    problems: list[str] = []
    rig.window.show_problem = problems.append  # type: ignore[method-assign, assignment]
    rig.settings.update(start_at_login=True)
    assert len(problems) == 1 and "Starting at login could not be changed" in problems[0]
    assert rig.settings.value.start_at_login is False


def test_an_entry_changed_outside_wins_over_the_setting(qtbot: QtBot, tmp_path: Path) -> None:
    Autostart(tmp_path / "config", ["/x"], platform="linux").set_enabled(True)
    rig = Rig(qtbot, tmp_path, Settings(start_at_login=False), background=False)
    assert rig.settings.value.start_at_login is True


def test_pinned_routines_follow_the_settings(rig: Rig) -> None:
    rig.settings.update(pinned_routines=("quick-reset",))
    assert rig.tray.routines_menu.title() == "All &routines"
    assert "Quick reset" in [a.text() for a in rig.tray.menu.actions() if a.isVisible()]


def test_hand_overs_wait_for_the_window_to_be_ready(qtbot: QtBot, rig: Rig) -> None:
    rig.shell._on_instance_handed_over(HandOver(routine=SHORT.id, start=True))
    assert rig.window.driver is None and not rig.window.isVisible()
    rig.shell.set_ready()
    assert rig.window.isVisible() and rig.state() is SessionState.RUNNING
    # With a session running a second launch only raises the window.
    rig.window.hide()
    rig.shell._on_instance_handed_over(HandOver(routine="quick-reset", start=True))
    assert rig.window.isVisible()
    assert rig.window.driver is not None and rig.window.driver.plan.routine.id == SHORT.id
    kinds = [kind for kind, _ in rig.log.notices]
    assert kinds.count("handed_over") == 2


def test_a_background_hand_over_shows_nothing(rig: Rig) -> None:
    rig.shell.set_ready()
    rig.shell._on_instance_handed_over(HandOver(background=True))
    assert not rig.window.isVisible()
    rig.shell._on_instance_handed_over(HandOver(routine="quick-reset"))
    assert rig.window.isVisible() and rig.window.driver is None
    assert rig.window.stack.currentWidget() is rig.window.preview_page
