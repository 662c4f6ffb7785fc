"""The ``reminders`` object of the settings file, read as untrusted input and written back.

Each field is checked on its own and each daily reminder is an item of its own: a bad one
is named (file, item number, field) and dropped, and the rest still count.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from stretchtimer.model.field_rules import MAX_PROBLEMS, short_key
from stretchtimer.model.reminders.schedule import (
    MAX_ACTIVE_MINUTES,
    MAX_DAILY,
    MAX_NATURAL_BREAK,
    MIN_ACTIVE_MINUTES,
    MIN_NATURAL_BREAK,
    WEEKDAYS,
    ActiveBreak,
    DailyReminder,
    ReminderSettings,
    SkipWhenDone,
    WorkingHours,
    parse_clock,
)
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import Message, quoted, said

MAX_ID_LENGTH = 200
_DAILY_FIELDS = {"time", "days", "routine", "skip_when_done"}
_ACTIVE_FIELDS = {"minutes", "routine", "natural_break_minutes"}
_TOP_FIELDS = {
    "enabled",
    "daily",
    "active_break",
    "working_hours",
    "streak_nudge",
    "streak_nudge_at",
    "paused_until",
}


def _is_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _routine(value: Any) -> tuple[bool, str | None]:
    if value is None:
        return True, None
    if isinstance(value, str) and 0 < len(value) <= MAX_ID_LENGTH:
        return True, value
    return False, None


_NOT_CLOCK_DROPPED = QT_TRANSLATE_NOOP("Problem", "%1 is not HH:MM; dropped")
_NOT_ID_DROPPED = QT_TRANSLATE_NOOP("Problem", "%1 is not an id; dropped")


def _field(name: str) -> Message:
    return said(QT_TRANSLATE_NOOP("Problem", "field '%1'"), name)


class _Reader:
    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[str] = []  # each a Message

    def add(self, line: Message) -> None:
        # A hostile file could hold thousands of mistakes: enough to fix it, never a flood.
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(line)

    def bad(self, place: str, value: Any, why: str, *values: object) -> None:
        """``why`` is a marked source whose %1 is the value, quoted; ``values`` fill the rest."""
        what = said(why, quoted(value), *values)
        self.add(said(QT_TRANSLATE_NOOP("Problem", "%1: %2: %3"), self.where, place, what))

    def unknown(self, place: str, data: dict[str, Any], known: set[str]) -> None:
        """Each key of ``data`` not in ``known``; ``place`` is a field name or a daily item."""
        for key in data:
            if key not in known:
                if isinstance(place, Message):
                    source = QT_TRANSLATE_NOOP("Problem", "%1: %2, field '%3': unknown, ignored")
                else:
                    source = QT_TRANSLATE_NOOP("Problem", "%1: %2 field '%3': unknown, ignored")
                self.add(said(source, self.where, place, short_key(str(key))))

    def daily_item(self, index: int, item: Any) -> DailyReminder | None:
        place = said(QT_TRANSLATE_NOOP("Problem", "daily reminder %1"), index + 1)

        def field(name: str) -> Message:
            return said(QT_TRANSLATE_NOOP("Problem", "%1, field '%2'"), place, name)

        if not isinstance(item, dict):
            self.bad(place, item, QT_TRANSLATE_NOOP("Problem", "%1 is not an object; dropped"))
            return None
        self.unknown(place, item, _DAILY_FIELDS)
        at = parse_clock(item.get("time", ""))
        if at is None:
            self.bad(field("time"), item.get("time"), _NOT_CLOCK_DROPPED)
            return None
        days_value = item.get("days", list(WEEKDAYS))
        if (
            not isinstance(days_value, list)
            or not days_value
            or not all(isinstance(d, str) and d in WEEKDAYS for d in days_value)
        ):
            no_days = QT_TRANSLATE_NOOP("Problem", "%1 is not a list of weekdays; dropped")
            self.bad(field("days"), days_value, no_days)
            return None
        ok, routine = _routine(item.get("routine"))
        if not ok:
            self.bad(field("routine"), item.get("routine"), _NOT_ID_DROPPED)
            return None
        skip_value = item.get("skip_when_done", SkipWhenDone.NEVER.value)
        try:
            skip = SkipWhenDone(skip_value)
        except ValueError:
            skip_why = QT_TRANSLATE_NOOP("Problem", "%1 is not never, routine or any; using never")
            self.bad(field("skip_when_done"), skip_value, skip_why)
            skip = SkipWhenDone.NEVER
        days = frozenset(WEEKDAYS.index(d) for d in days_value)
        return DailyReminder(at, days, routine, skip)

    def active_break(self, value: Any) -> ActiveBreak | None:
        place = _field("active_break")

        def part(name: str) -> Message:
            return said(QT_TRANSLATE_NOOP("Problem", "field '%1', '%2'"), "active_break", name)

        if value is None:
            return None
        if not isinstance(value, dict):
            no_break = QT_TRANSLATE_NOOP(
                "Problem", "%1 is not an object; no break after active time"
            )
            self.bad(place, value, no_break)
            return None
        self.unknown("active_break", value, _ACTIVE_FIELDS)
        minutes = value.get("minutes")
        if not _is_int(minutes, MIN_ACTIVE_MINUTES, MAX_ACTIVE_MINUTES):
            range_dropped = QT_TRANSLATE_NOOP("Problem", "%1 is not %2 to %3; dropped")
            self.bad(
                part("minutes"), minutes, range_dropped, MIN_ACTIVE_MINUTES, MAX_ACTIVE_MINUTES
            )
            return None
        ok, routine = _routine(value.get("routine"))
        if not ok:
            self.bad(part("routine"), value.get("routine"), _NOT_ID_DROPPED)
            return None
        natural = value.get("natural_break_minutes", 5)
        if not _is_int(natural, MIN_NATURAL_BREAK, MAX_NATURAL_BREAK):
            range_five = QT_TRANSLATE_NOOP("Problem", "%1 is not %2 to %3; using 5")
            limits = (MIN_NATURAL_BREAK, MAX_NATURAL_BREAK)
            self.bad(part("natural_break_minutes"), natural, range_five, *limits)
            natural = 5
        assert isinstance(minutes, int) and isinstance(natural, int)
        return ActiveBreak(minutes, routine, natural)

    def working_hours(self, value: Any) -> WorkingHours | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            no_hours = QT_TRANSLATE_NOOP("Problem", "%1 is not an object; no working hours")
            self.bad(_field("working_hours"), value, no_hours)
            return None
        self.unknown("working_hours", value, set(WEEKDAYS))
        days: list[tuple[int, int] | None] = []
        for name in WEEKDAYS:
            span = value.get(name)
            hours = self._span(span)
            if span is not None and hours is None:
                why = QT_TRANSLATE_NOOP(
                    "Problem",
                    '%1 is not ["HH:MM", "HH:MM"] with the start first; not a working day',
                )
                day = said(QT_TRANSLATE_NOOP("Problem", "%1, field '%2'"), "working_hours", name)
                self.bad(day, span, why)
            days.append(hours)
        return WorkingHours(tuple(days))

    @staticmethod
    def _span(span: Any) -> tuple[int, int] | None:
        if not isinstance(span, list) or len(span) != 2:
            return None
        ends = [parse_clock(s) if isinstance(s, str) else None for s in span]
        if ends[0] is None or ends[1] is None:
            return None
        start, end = (e.hour * 60 + e.minute for e in ends if e is not None)
        return (start, end) if start < end else None


def reminders_from_json(data: Any, where: str) -> tuple[ReminderSettings, list[str]]:
    """The reminder settings in ``data``; every problem named, only the bad parts dropped."""
    reader = _Reader(where)
    if not isinstance(data, dict):
        none = QT_TRANSLATE_NOOP("Problem", "%1 is not an object; no reminders")
        reader.bad(_field("reminders"), data, none)
        return ReminderSettings(), reader.problems
    reader.unknown("reminders", data, _TOP_FIELDS)
    defaults = ReminderSettings()
    values: dict[str, Any] = {}
    for name in ("enabled", "streak_nudge"):
        if name in data:
            if isinstance(data[name], bool):
                values[name] = data[name]
            else:
                not_bool = QT_TRANSLATE_NOOP("Problem", "%1 is not true or false; using %2")
                using = str(getattr(defaults, name)).lower()
                reader.bad(_field(name), data[name], not_bool, using)
    daily = data.get("daily", [])
    if not isinstance(daily, list):
        no_list = QT_TRANSLATE_NOOP("Problem", "%1 is not a list; no daily reminders")
        reader.bad(_field("daily"), daily, no_list)
        daily = []
    if len(daily) > MAX_DAILY:
        too_many = QT_TRANSLATE_NOOP("Problem", "'%1 items' is more than %2; the first %3 kept")
        what = said(too_many, len(daily), MAX_DAILY, MAX_DAILY)
        reader.add(said(QT_TRANSLATE_NOOP("Problem", "%1: %2: %3"), where, _field("daily"), what))
    items = [reader.daily_item(i, item) for i, item in enumerate(daily[:MAX_DAILY])]
    values["daily"] = tuple(dict.fromkeys(i for i in items if i is not None))
    values["active_break"] = reader.active_break(data.get("active_break"))
    values["working_hours"] = reader.working_hours(data.get("working_hours"))
    if "streak_nudge_at" in data:
        nudge = data["streak_nudge_at"]
        at = parse_clock(nudge) if isinstance(nudge, str) else None
        if at is None:
            late = QT_TRANSLATE_NOOP("Problem", "%1 is not HH:MM; using 20:00")
            reader.bad(_field("streak_nudge_at"), nudge, late)
        else:
            values["streak_nudge_at"] = at
    values["paused_until"] = _instant(reader, data.get("paused_until"))
    return defaults.with_changes(**values), reader.problems


def _instant(reader: _Reader, value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        instant = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        no_zone = QT_TRANSLATE_NOOP("Problem", "%1 is not an ISO instant with a zone; not paused")
        reader.bad(_field("paused_until"), value, no_zone)
        return None
    return instant.astimezone(UTC)


def reminders_to_json(settings: ReminderSettings) -> dict[str, Any]:
    """The form :func:`reminders_from_json` reads back unchanged."""
    hours = settings.working_hours
    return {
        "enabled": settings.enabled,
        "daily": [
            {
                "time": f"{r.at:%H:%M}",
                "days": [WEEKDAYS[d] for d in sorted(r.days)],
                "routine": r.routine,
                "skip_when_done": r.skip_when_done.value,
            }
            for r in settings.daily
        ],
        "active_break": None
        if settings.active_break is None
        else {
            "minutes": settings.active_break.minutes,
            "routine": settings.active_break.routine,
            "natural_break_minutes": settings.active_break.natural_break_minutes,
        },
        "working_hours": None
        if hours is None
        else {
            name: [_clock(span[0]), _clock(span[1])]
            for name, span in zip(WEEKDAYS, hours.days, strict=True)
            if span is not None
        },
        "streak_nudge": settings.streak_nudge,
        "streak_nudge_at": f"{settings.streak_nudge_at:%H:%M}",
        "paused_until": None
        if settings.paused_until is None
        else settings.paused_until.astimezone(UTC).isoformat(),
    }


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


__all__ = ["reminders_from_json", "reminders_to_json"]
