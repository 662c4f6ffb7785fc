"""The prompt: with no notification server and no tray, a corner window that takes no focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from stretchtimer.ui.reminders.prompter import ReminderPrompter


def test_falls_back_to_a_window_that_never_takes_the_keyboard(qtbot: QtBot) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    prompter = ReminderPrompter(None)
    channels: list[str] = []
    prompter.channel_used.connect(channels.append)
    prompter.show("Time to stretch", "Midday desk break, 7 min.")
    window = prompter.window
    assert window is not None and window.isVisible() and channels == ["window"]
    qtbot.addWidget(window)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus
               for b in (window.start_button, window.later_button, window.skip_button))
    assert window.body.text() == "Midday desk break, 7 min."
    with qtbot.waitSignal(prompter.start_requested):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_the_window_snoozes_and_skips(qtbot: QtBot) -> None:
    prompter = ReminderPrompter(None)
    prompter.show("Time to stretch", "x")
    window = prompter.window
    assert window is not None
    qtbot.addWidget(window)
    menu = window.later_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["In 5 minutes", "In 10 minutes", "In 30 minutes"]
    with qtbot.waitSignal(prompter.snooze_requested) as snoozed:
        menu.actions()[2].trigger()
    assert snoozed.args == [30] and not window.isVisible()
    prompter.show("Time to stretch", "x")
    with qtbot.waitSignal(prompter.skip_requested):
        qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)


def test_the_words_name_the_routine_its_length_and_the_streak(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from stretchtimer.model.reminders import Kind, Reminder
    from stretchtimer.ui.reminders.texts import reminder_body, reminder_title

    at = datetime(2024, 6, 3, tzinfo=UTC)
    daily = Reminder(Kind.DAILY, "k", "midday", at)
    assert reminder_title(daily) == "Time to stretch"
    assert reminder_body(daily, "Midday desk break", 7, 3) == "Midday desk break, 7 min."
    assert reminder_body(daily, None, None, 3) == "Pick a routine when you are ready."
    active = Reminder(Kind.ACTIVE, "active", None, at)
    assert reminder_body(active, "Neck", 1, 3, active_minutes=1).startswith(
        "You have been at the computer for 1 minute. Neck, 1 min."
    )
    streak = Reminder(Kind.STREAK, "streak", None, at, streak_days=12)
    assert reminder_title(streak) == "Keep your streak going"
    assert reminder_body(streak, None, None, 3) == (
        "Your 12-day streak ends at 03:00 unless you stretch today."
    )
