"""Days as the streak rules count them, and the clock times shown beside them.

Both faces (the command line and the window) show the same "today", the same start times
and the same sentence for the counting rule, so they are worked out here once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from stretchtimer.model.history import SessionRecord, system_tz_name
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS, local_day, time_zone
from stretchtimer.model.texts import QT_TRANSLATE_NOOP, Text


def counting_rule(settings: Settings) -> Text:
    """The rule for a counted day, as one sentence."""
    source = QT_TRANSLATE_NOOP(
        "CountingRule",
        "A day counts when you complete a routine or hold stretches for %1 minutes or more "
        "in total; a day starts at %2.",
    )
    minutes = f"{MIN_COUNTED_SECONDS / 60:g}"
    return Text("CountingRule", source, (minutes, f"{settings.day_start_hour:02d}:00"))


def today_for(settings: Settings, now: datetime | None = None) -> date:
    """Today's local day for the streak rules, from the machine's clock and time zone."""
    return local_day(now or datetime.now(UTC), system_tz_name(), settings.day_start_hour)


def started_local(record: SessionRecord) -> datetime:
    """The start time on the clock where the session happened."""
    try:
        return record.started_utc.astimezone(time_zone(record.tz_name))
    except ValueError:
        return record.started_utc


def clock_time(record: SessionRecord) -> str:
    """``HH:MM`` of the start, on the clock where the session happened."""
    local = started_local(record)
    return f"{local.hour:02d}:{local.minute:02d}"


__all__ = ["clock_time", "counting_rule", "started_local", "today_for"]
