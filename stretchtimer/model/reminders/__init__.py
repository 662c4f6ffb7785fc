"""Reminders: what a person sets (:mod:`.schedule`), how it is stored (:mod:`.stored`) and
the rules that decide what is due and when to ask again (:mod:`.engine`). No Qt, no clock."""

from stretchtimer.model.reminders.engine import (
    DROP_AFTER,
    Decision,
    HoldReason,
    Kind,
    Moment,
    Quiet,
    Reminder,
    ReminderEngine,
    Signal,
)
from stretchtimer.model.reminders.schedule import (
    ActiveBreak,
    DailyReminder,
    ReminderSettings,
    SkipWhenDone,
    WorkingHours,
    days_text,
    parse_clock,
    parse_days,
)
from stretchtimer.model.reminders.stored import reminders_from_json, reminders_to_json
from stretchtimer.model.reminders.upcoming import Upcoming, pause_until_tomorrow, upcoming

__all__ = [
    "DROP_AFTER",
    "ActiveBreak",
    "DailyReminder",
    "Decision",
    "HoldReason",
    "Kind",
    "Moment",
    "Quiet",
    "Reminder",
    "ReminderEngine",
    "ReminderSettings",
    "Signal",
    "SkipWhenDone",
    "Upcoming",
    "WorkingHours",
    "days_text",
    "parse_clock",
    "parse_days",
    "pause_until_tomorrow",
    "reminders_from_json",
    "reminders_to_json",
    "upcoming",
]
