"""What a person sets for reminders: daily times, a break after active time, working hours.

The values are frozen dataclasses; :mod:`~stretchtimer.model.reminders.stored` reads and
writes them as the ``reminders`` object of the settings file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from enum import StrEnum
from typing import Any

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = frozenset(range(7))
WORK_DAYS = frozenset(range(5))

MAX_DAILY = 24
MIN_ACTIVE_MINUTES = 5
MAX_ACTIVE_MINUTES = 240
MIN_NATURAL_BREAK = 1
MAX_NATURAL_BREAK = 60
SNOOZE_MINUTES = (5, 10, 30)

_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class SkipWhenDone(StrEnum):
    """Whether a daily reminder stays quiet once today's practice is done."""

    NEVER = "never"
    ROUTINE = "routine"  # its own routine was completed today
    ANY = "any"  # any routine was completed today


@dataclass(frozen=True)
class DailyReminder:
    """A time of day on some weekdays (0 = Monday), suggesting a routine (or the list)."""

    at: time
    days: frozenset[int] = EVERY_DAY
    routine: str | None = None
    skip_when_done: SkipWhenDone = SkipWhenDone.NEVER

    @property
    def key(self) -> str:
        """Who this reminder is, for remembering which of its days were already handled."""
        days = "".join(str(d) for d in sorted(self.days))
        return f"daily/{self.at:%H:%M}/{days}/{self.routine or ''}"


@dataclass(frozen=True)
class ActiveBreak:
    """After ``minutes`` of active time at the computer, suggest ``routine``.

    Time away from the keyboard for ``natural_break_minutes`` or more is a break already,
    and the count starts again.
    """

    minutes: int
    routine: str | None = None
    natural_break_minutes: int = 5


@dataclass(frozen=True)
class WorkingHours:
    """For each weekday (Monday first) the working minutes of the day as (start, end), or None."""

    days: tuple[tuple[int, int] | None, ...] = field(default=((540, 1020),) * 5 + (None, None))

    def contains(self, local: datetime) -> bool:
        hours = self.days[local.weekday()]
        if hours is None:
            return False
        minute = local.hour * 60 + local.minute
        return hours[0] <= minute < hours[1]


@dataclass(frozen=True)
class ReminderSettings:
    """Everything about reminders; ``paused_until`` is an aware UTC instant or None."""

    enabled: bool = True
    daily: tuple[DailyReminder, ...] = ()
    active_break: ActiveBreak | None = None
    working_hours: WorkingHours | None = None
    streak_nudge: bool = False
    streak_nudge_at: time = time(20, 0)
    paused_until: datetime | None = None

    @property
    def any_on(self) -> bool:
        """Something could remind: the reason StretchTimer keeps running in the tray."""
        return self.enabled and bool(self.daily or self.active_break or self.streak_nudge)

    def with_changes(self, **changes: Any) -> ReminderSettings:
        return replace(self, **changes)


def parse_clock(text: str) -> time | None:
    """``HH:MM`` (24-hour) as a time, or None."""
    match = _CLOCK.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        return None
    return time(int(match.group(1)), int(match.group(2)))


def parse_days(text: str) -> frozenset[int] | None:
    """Weekdays from ``mon-fri``, ``mon,wed,fri``, ``sat-sun``, ``weekdays``, ``daily``.

    Ranges may wrap (``fri-mon``). None when any part is not understood.
    """
    weekend = frozenset({5, 6})
    words = {
        "daily": EVERY_DAY,
        "every-day": EVERY_DAY,
        "all": EVERY_DAY,
        "weekdays": WORK_DAYS,
        "weekends": weekend,
        "weekend": weekend,
    }
    text = text.strip().lower()
    if text in words:
        return words[text]
    days: set[int] = set()
    for part in text.split(","):
        ends = part.strip().split("-")
        if len(ends) > 2 or not all(e.strip()[:3] in WEEKDAYS and e.strip() for e in ends):
            return None
        first, last = (WEEKDAYS.index(e.strip()[:3]) for e in (ends[0], ends[-1]))
        span = (last - first) % 7
        days.update((first + i) % 7 for i in range(span + 1))
    return frozenset(days) if days else None


def days_text(days: frozenset[int]) -> str:
    """The short form :func:`parse_days` reads back: ``mon-fri``, ``sat,sun``, ``daily``."""
    if days == EVERY_DAY:
        return "daily"
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{WEEKDAYS[ordered[0]]}-{WEEKDAYS[ordered[-1]]}"
    return ",".join(WEEKDAYS[d] for d in ordered)


__all__ = [
    "EVERY_DAY",
    "MAX_ACTIVE_MINUTES",
    "MAX_DAILY",
    "MAX_NATURAL_BREAK",
    "MIN_ACTIVE_MINUTES",
    "MIN_NATURAL_BREAK",
    "SNOOZE_MINUTES",
    "WEEKDAYS",
    "WORK_DAYS",
    "ActiveBreak",
    "DailyReminder",
    "ReminderSettings",
    "SkipWhenDone",
    "WorkingHours",
    "days_text",
    "parse_clock",
    "parse_days",
]
