"""The tray menu driven action by action, and the session shown from a real driver's signals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.plan import compile_plan
from stretchtimer.model.streaks import compute_stats
from stretchtimer.ui.desktop.tray import TrayIcon
from stretchtimer.ui.driver import SessionDriver

ROUTINES = [("midday-desk-break", "Midday desk break"), ("quick-reset", "Quick reset"),
            ("r&d", "Stretch & breathe")]  # fmt: skip


@pytest.fixture
def tray(qtbot: QtBot) -> Iterator[TrayIcon]:
    icon = TrayIcon(QIcon())
    icon.set_routines(ROUTINES)
    yield icon
    icon.hide()
    icon.menu.deleteLater()


def visible_texts(actions: list[QAction]) -> list[str]:
    return [a.text() for a in actions if a.isVisible() and not a.isSeparator()]


def test_open_quit_and_every_routine_emit_their_signals(qtbot: QtBot, tray: TrayIcon) -> None:
    with qtbot.waitSignal(tray.open_requested):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()
    for action, (routine_id, _name) in zip(tray.routines_menu.actions(), ROUTINES, strict=True):
        with qtbot.waitSignal(tray.routine_requested) as blocker:
            action.trigger()
        assert blocker.args == [routine_id]
    # A routine's "&" is shown, not turned into a shortcut.
    assert tray.routines_menu.actions()[2].text() == "Stretch && breathe"


def test_clicking_the_icon_opens_the_window(qtbot: QtBot, tray: TrayIcon) -> None:
    with qtbot.waitSignal(tray.open_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.open_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_pinned_routines_come_first_then_all_in_a_submenu(qtbot: QtBot, tray: TrayIcon) -> None:
    assert tray.routines_menu.title() == "Start a &routine"
    tray.set_routines(ROUTINES, pinned=["quick-reset", "gone-since", "quick-reset"])
    top = visible_texts(tray.menu.actions())
    assert top[:3] == ["&Open StretchTimer", "Quick reset", "All &routines"]
    assert [a.text() for a in tray.routines_menu.actions()] == [
        "Midday desk break", "Quick reset", "Stretch && breathe",
    ]  # fmt: skip
    with qtbot.waitSignal(tray.routine_requested) as blocker:
        next(a for a in tray.menu.actions() if a.text() == "Quick reset").trigger()
    assert blocker.args == ["quick-reset"]
    tray.set_routines(ROUTINES, pinned=[])
    assert "Quick reset" not in visible_texts(tray.menu.actions())


def test_todays_status_is_read_when_the_menu_opens(tray: TrayIcon) -> None:
    tray.refresh_status()
    assert not tray.streak_line.isVisible()  # no history yet: no status lines at all
    stats = replace(
        compute_stats([], date(2026, 3, 4), weekly_goal_days=4),
        current_streak=3,
        today_done=True,
        week_days_done=2,
    )
    asked: list[int] = []

    def source() -> object:
        asked.append(1)
        return stats

    tray.set_status_source(source)  # type: ignore[arg-type]
    tray.menu.aboutToShow.emit()
    assert asked == [1]
    assert [tray.streak_line.text(), tray.today_line.text(), tray.week_line.text()] == [
        "Days in a row: 3", "Done today", "Days this week: 2 of 4",
    ]  # fmt: skip
    assert not tray.streak_line.isEnabled()  # information, not a command
    stats = replace(stats, today_done=False)
    tray.menu.aboutToShow.emit()
    assert tray.today_line.text() == "Not done yet today"


def test_reminder_pauses_say_why_they_are_off_while_no_reminder_is_set(
    qtbot: QtBot, tray: TrayIcon
) -> None:
    for action in (tray.pause_hour_action, tray.pause_day_action):
        assert not action.isEnabled()
        assert "No reminders are set" in action.toolTip()
    with qtbot.assertNotEmitted(tray.pause_reminders_requested):
        tray.pause_hour_action.trigger()
    tray.set_reminders_available(True)
    with qtbot.waitSignal(tray.pause_reminders_requested) as blocker:
        tray.pause_day_action.trigger()
    assert blocker.args == ["tomorrow"]
    with qtbot.waitSignal(tray.pause_reminders_requested) as blocker:
        tray.pause_hour_action.trigger()
    assert blocker.args == ["hour"]


def test_a_session_shows_in_the_menu_and_tooltip_from_the_drivers_signals(
    qtbot: QtBot, tray: TrayIcon
) -> None:
    clock = FakeClock()
    catalogue = short_catalogue()
    plan = compile_plan(catalogue.routine("midday-desk-break"), catalogue)
    driver = SessionDriver(plan, clock)
    tray.follow(driver)
    assert not tray.pause_action.isVisible() and tray.icon.toolTip() == "StretchTimer"

    began = clock.now
    driver.start()
    assert tray.pause_action.isVisible() and tray.stop_action.isVisible()
    assert tray.pause_action.text() == "&Pause"
    assert not tray.routines_menu.menuAction().isEnabled()
    minutes = int(plan.total_seconds / 60 + 0.5)
    assert tray.icon.toolTip() == f"StretchTimer: Warm up, about {minutes} min left"

    first = next(step for step in plan.steps if step.exercise is not None)
    assert first.exercise is not None
    while clock.now < began + first.start + 0.01:
        clock.now += 0.1  # small steps: a big jump would look like a suspend and pause
        driver.poll()
    left = int((plan.total_seconds - first.start) / 60 + 0.5)
    assert tray.icon.toolTip() == f"StretchTimer: {first.exercise.name}, about {left} min left"

    with qtbot.waitSignal(tray.pause_toggled):
        tray.pause_action.trigger()
    driver.pause()
    assert tray.pause_action.text() == "&Resume"
    assert tray.icon.toolTip() == (
        f"StretchTimer, paused: {first.exercise.name}, about {left} min left"
    )
    driver.resume()
    assert tray.pause_action.text() == "&Pause"

    with qtbot.waitSignal(tray.stop_requested):
        tray.stop_action.trigger()
    driver.stop()
    assert not tray.pause_action.isVisible() and not tray.stop_action.isVisible()
    assert tray.routines_menu.menuAction().isEnabled()
    assert tray.icon.toolTip() == "StretchTimer"
    assert not driver.is_timer_active


def test_the_tooltip_counts_down_in_whole_minutes(tray: TrayIcon) -> None:
    clock = FakeClock()
    driver = SessionDriver(compile_plan(SHORT, short_catalogue()), clock)
    tray.follow(driver)
    driver.start()
    changes: list[str] = []
    last = tray.icon.toolTip()
    while driver.snapshot().total_remaining > 0.5:
        clock.now += 0.5
        driver.poll()
        if tray.icon.toolTip() != last:
            last = tray.icon.toolTip()
            changes.append(last)
    assert any("less than a minute left" in text for text in changes)
    # One change per step or per minute, not one per frame.
    assert len(changes) <= len(driver.plan.steps) + 3
    driver.stop()


def test_the_tray_runs_no_timer(tray: TrayIcon) -> None:
    assert not [t for t in tray.findChildren(QTimer) if t.isActive()]
