"""The words of a reminder: its title and the line that names the routine and its length."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from stretchtimer.model.reminders import Kind, Reminder
from stretchtimer.ui.placeholders import fill


class ReminderWords(QObject):
    """Counted words with their real plural forms (``%n``)."""

    def streak_ends(self, days: int, at: str) -> str:
        text = self.tr("Your %n-day streak ends at %1 unless you stretch today.", "", days)
        return fill(text, at)

    def at_the_computer(self, minutes: int) -> str:
        return self.tr("You have been at the computer for %n minute(s).", "", minutes)

    def routine_line(self, name: str, minutes: int) -> str:
        return fill(self.tr("%1, %n min.", "", minutes), name)


def reminder_title(reminder: Reminder) -> str:
    if reminder.kind is Kind.STREAK:
        return QCoreApplication.translate("ReminderTexts", "Keep your streak going")
    if reminder.kind is Kind.ACTIVE:
        return QCoreApplication.translate("ReminderTexts", "Time for a break")
    return QCoreApplication.translate("ReminderTexts", "Time to stretch")


def reminder_body(
    reminder: Reminder,
    routine_name: str | None,
    minutes: int | None,
    day_starts: int,
    active_minutes: int | None = None,
) -> str:
    """Which routine and how long; for the streak nudge, when the streak ends."""
    words = ReminderWords()
    if reminder.kind is Kind.STREAK:
        return words.streak_ends(reminder.streak_days, f"{day_starts:02d}:00")
    lines: list[str] = []
    if reminder.kind is Kind.ACTIVE and active_minutes is not None:
        lines.append(words.at_the_computer(active_minutes))
    if routine_name is not None and minutes is not None:
        lines.append(words.routine_line(routine_name, minutes))
    else:
        lines.append(
            QCoreApplication.translate("ReminderTexts", "Pick a routine when you are ready.")
        )
    return " ".join(lines)


def button_labels() -> dict[str, str]:
    """The notification's buttons, by action id."""
    return {
        "start": QCoreApplication.translate("ReminderTexts", "Start"),
        "later": QCoreApplication.translate("ReminderTexts", "In 10 minutes"),
        "skip": QCoreApplication.translate("ReminderTexts", "Skip"),
    }


__all__ = ["ReminderWords", "button_labels", "reminder_body", "reminder_title"]
