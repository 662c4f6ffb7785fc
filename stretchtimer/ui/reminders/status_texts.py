"""Words for the Reminders page: weekday names, signal names and states, why one waits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from stretchtimer.model.reminders import HoldReason
from stretchtimer.model.reminders.schedule import EVERY_DAY, WORK_DAYS
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.placeholders import fill


def day_names() -> list[str]:
    """Monday first, in the locale's short form."""
    locale = QLocale()
    return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def days_label(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return QCoreApplication.translate("ReminderStatusTexts", "every day")
    names = day_names()
    ordered = sorted(days)
    if days == WORK_DAYS or (
        len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1))
    ):
        return f"{names[ordered[0]]}–{names[ordered[-1]]}"
    return ", ".join(names[d] for d in ordered)


def signal_label(name: str) -> str:
    labels = {
        "notifications": QCoreApplication.translate("ReminderStatusTexts", "Notifications"),
        "idle": QCoreApplication.translate("ReminderStatusTexts", "Time away from the keyboard"),
        "full_screen": QCoreApplication.translate("ReminderStatusTexts", "Full-screen windows"),
        "do_not_disturb": QCoreApplication.translate("ReminderStatusTexts", "Do not disturb"),
        "screen_lock": QCoreApplication.translate("ReminderStatusTexts", "Screen lock"),
    }
    return labels.get(name, name)


def signal_state_text(availability: Availability | None) -> str:
    if availability is None:
        return QCoreApplication.translate("ReminderStatusTexts", "Not known (reminders are off)")
    if availability.available:
        return fill(
            QCoreApplication.translate("ReminderStatusTexts", "Available, through %1"),
            availability.source,
        )
    if not availability.reason:
        return QCoreApplication.translate("ReminderStatusTexts", "Checking…")
    return fill(
        QCoreApplication.translate("ReminderStatusTexts", "Unavailable: %1"), availability.reason
    )


def hold_text(reason: HoldReason | None) -> str:
    texts = {
        HoldReason.FULL_SCREEN: QCoreApplication.translate(
            "ReminderStatusTexts", "A reminder is waiting: a full-screen window is in front."
        ),
        HoldReason.DO_NOT_DISTURB: QCoreApplication.translate(
            "ReminderStatusTexts", "A reminder is waiting: do not disturb is on."
        ),
        HoldReason.LOCKED: QCoreApplication.translate(
            "ReminderStatusTexts", "A reminder is waiting: the screen is locked."
        ),
        HoldReason.AWAY: QCoreApplication.translate(
            "ReminderStatusTexts", "A reminder is waiting for you to come back."
        ),
        HoldReason.UNCHECKED: QCoreApplication.translate(
            "ReminderStatusTexts", "A reminder is due; looking at the desktop first."
        ),
    }
    return "" if reason is None else texts[reason]


__all__ = ["day_names", "days_label", "hold_text", "signal_label", "signal_state_text"]
