"""The next daily reminders from a given local time: for the settings page and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from stretchtimer.model.reminders.schedule import DailyReminder, ReminderSettings


@dataclass(frozen=True)
class Upcoming:
    when: datetime  # local, in the zone of the ``now`` given
    reminder: DailyReminder | None  # None: the streak nudge


def upcoming(settings: ReminderSettings, now: datetime, count: int = 5) -> list[Upcoming]:
    """Up to ``count`` reminders after ``now`` (an aware local time) within a week.

    Slots inside a pause are left out, as the rules pass over them.
    """
    if not settings.enabled:
        return []
    zone = now.tzinfo
    found: list[Upcoming] = []
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        for reminder in settings.daily:
            if day.weekday() in reminder.days:
                found.append(Upcoming(datetime.combine(day, reminder.at, tzinfo=zone), reminder))
        if settings.streak_nudge:
            found.append(
                Upcoming(datetime.combine(day, settings.streak_nudge_at, tzinfo=zone), None)
            )
    paused = settings.paused_until
    now_utc = now.astimezone(UTC)
    kept = [
        u
        for u in found
        if u.when.astimezone(UTC) > now_utc and (paused is None or u.when.astimezone(UTC) >= paused)
    ]
    kept.sort(key=lambda u: u.when.astimezone(UTC))
    return kept[:count]


def pause_until_tomorrow(now: datetime) -> datetime:
    """The start of the next local day, as a UTC instant."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    return tomorrow.astimezone(UTC)


__all__ = ["Upcoming", "pause_until_tomorrow", "upcoming"]
