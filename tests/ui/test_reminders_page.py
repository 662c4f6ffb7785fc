"""The Reminders page: editing daily times, the active-time break and working hours, and
each desktop signal's state and reason shown."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    HoldReason,
    ReminderSettings,
    SkipWhenDone,
)
from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.reminders.page import RemindersPage
from stretchtimer.ui.settings_dialog import SettingsDialog

ROUTINES = [("midday-desk-break", "Midday desk break"), ("neck", "Neck and shoulders")]


class Status:
    def availabilities(self) -> dict[str, Availability]:
        return {
            "notifications": Availability.via("dunst 1.9.0"),
            "idle": Availability.via("X11 screen-saver extension"),
            "screen_lock": Availability.no("org.freedesktop.login1: no system bus"),
        }

    def waiting(self) -> HoldReason | None:
        return HoldReason.FULL_SCREEN


def test_add_and_remove_daily_reminders(qtbot: QtBot) -> None:
    page = RemindersPage(ReminderSettings(), ROUTINES)
    qtbot.addWidget(page)
    page.new_time.setTime(QTime(12, 30))
    page.new_routine.setCurrentIndex(page.new_routine.findData("midday-desk-break"))
    page.new_skip.setCurrentIndex(page.new_skip.findData(SkipWhenDone.ROUTINE))
    page.add_button.click()
    page.new_time.setTime(QTime(7, 30))
    for box in page.new_days:
        box.setChecked(True)
    page.new_routine.setCurrentIndex(0)
    page.new_skip.setCurrentIndex(0)
    page.add_button.click()
    page.add_button.click()  # the same one again is not a second reminder
    assert page.daily_list.count() == 2
    assert page.daily_list.item(0).text().startswith("07:30")
    assert "Midday desk break" in page.daily_list.item(1).text()
    assert page.result().daily == (
        DailyReminder(time(7, 30)),
        DailyReminder(time(12, 30), frozenset(range(5)), "midday-desk-break", SkipWhenDone.ROUTINE),
    )
    assert not page.remove_button.isEnabled()
    page.daily_list.setCurrentRow(0)
    page.remove_button.click()
    assert [r.at for r in page.result().daily] == [time(12, 30)]


def test_break_after_active_time_and_working_hours(qtbot: QtBot) -> None:
    page = RemindersPage(ReminderSettings(), ROUTINES)
    qtbot.addWidget(page)
    assert page.result().active_break is None and page.result().working_hours is None
    page.active_on.setChecked(True)
    page.active_minutes.setValue(45)
    page.active_routine.setCurrentIndex(page.active_routine.findData("neck"))
    page.natural.setValue(3)
    page.hours_on.setChecked(True)
    friday = page.hour_days[4]
    friday[2].setTime(QTime(13, 0))
    page.hour_days[5][0].setChecked(True)  # Saturday, 09:00-17:00
    result = page.result()
    assert result.active_break == ActiveBreak(45, "neck", 3)
    assert result.working_hours is not None
    assert result.working_hours.days[4] == (540, 780)
    assert result.working_hours.days[5] == (540, 1020) and result.working_hours.days[6] is None


def test_a_gone_routine_is_kept_and_named(qtbot: QtBot) -> None:
    settings = ReminderSettings(daily=(DailyReminder(time(9, 0), routine="deleted-one"),))
    page = RemindersPage(settings, ROUTINES)
    qtbot.addWidget(page)
    assert "deleted-one (not found)" in page.daily_list.item(0).text()
    assert page.result().daily == settings.daily


def test_each_signal_state_and_reason_is_shown(qtbot: QtBot) -> None:
    page = RemindersPage(ReminderSettings(), ROUTINES, Status())
    qtbot.addWidget(page)
    labels = {name: label.text() for name, label in page.signal_labels.items()}
    assert labels["notifications"] == "Available, through dunst 1.9.0"
    assert labels["idle"] == "Available, through X11 screen-saver extension"
    assert labels["screen_lock"] == "Unavailable: org.freedesktop.login1: no system bus"
    assert labels["full_screen"] == "Not known (reminders are off)"
    assert "full-screen window" in page.waiting_label.text()


def test_pause_shown_and_resumed(qtbot: QtBot) -> None:
    until = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
    page = RemindersPage(ReminderSettings(paused_until=until), ROUTINES)
    qtbot.addWidget(page)
    page.show()
    assert "paused until" in page.paused_label.text() and page.resume_button.isVisible()
    page.resume_button.click()
    assert page.result().paused_until is None and not page.resume_button.isVisible()


def test_the_dialog_has_a_reminders_tab_and_keeps_the_rest(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(volume=20), routines=ROUTINES)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["&General", "&Reminders"]
    dialog.reminders_page.streak_on.setChecked(True)
    result = dialog.result_settings()
    assert result.volume == 20 and result.reminders.streak_nudge
