"""Streaks and statistics from stored sessions: pure functions of the records and "today".

Every rule here works on the ``local_date`` stored with each session, never on a time
zone read later: flying to another continent does not move past sessions to other days.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stretchtimer.model.history import RecordStatus, SessionRecord

MIN_COUNTED_SECONDS = 180.0
"""A day counts toward a streak when it has a completed routine, or when its sessions
(of any status: stopped and interrupted ones too) add up to at least this many seconds of
credited stretching, i.e. time actually spent in holds. Three minutes is enough for a
short desk break to count without letting a session started by mistake count."""

DEFAULT_DAY_START_HOUR = 3
"""Sessions before this local hour count for the evening before: a late session at 00:30
continues yesterday rather than starting today."""

WEEKS_SHOWN = 12
FAVOURITES = 3
_FIXED_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$")


def _zone(tz_name: str) -> tzinfo:
    if tz_name in ("UTC", "GMT", "Z"):
        return UTC
    fixed = _FIXED_OFFSET.match(tz_name)
    if fixed:
        sign = -1 if fixed.group(1) == "-" else 1
        offset = timedelta(hours=int(fixed.group(2)), minutes=int(fixed.group(3) or 0))
        if offset < timedelta(hours=24):
            return timezone(sign * offset)
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tz_name!r}") from exc


def local_day(
    started_utc: datetime, tz_name: str, day_start_hour: int = DEFAULT_DAY_START_HOUR
) -> date:
    """The date a session starting at ``started_utc`` in ``tz_name`` counts for.

    The wall-clock hour decides, so the rule holds on the days clocks change: before
    ``day_start_hour`` o'clock local time the session belongs to the day before.
    ``tz_name`` is an IANA name (``Europe/Berlin``) or a fixed offset (``UTC+05:30``).
    """
    if started_utc.tzinfo is None or started_utc.utcoffset() is None:
        raise ValueError(f"the start time must carry its time zone: {started_utc!r}")
    if not 0 <= day_start_hour <= 23:
        raise ValueError(f"the day-start hour must be 0 to 23, not {day_start_hour}")
    local = started_utc.astimezone(_zone(tz_name))
    if local.hour < day_start_hour:
        return local.date() - timedelta(days=1)
    return local.date()


@dataclass(frozen=True, slots=True)
class DayActivity:
    """What one stored local date holds."""

    day: date
    sessions: int
    credited_seconds: float
    completed: int

    @property
    def counts(self) -> bool:
        return self.completed > 0 or self.credited_seconds >= MIN_COUNTED_SECONDS


@dataclass(frozen=True, slots=True)
class WeekTotal:
    week_start: date  # a Monday
    minutes: float
    days_done: int


@dataclass(frozen=True, slots=True)
class RoutineCount:
    routine_id: str
    routine_name: str  # the name it had most recently
    sessions: int


@dataclass(frozen=True, slots=True)
class CheckinPoint:
    session_id: int
    local_date: date
    started_utc: datetime
    before: int | None
    after: int | None


@dataclass(frozen=True)
class Stats:
    """Everything the history page and ``stretchtimer stats`` show."""

    today: date
    today_done: bool
    current_streak: int
    longest_streak: int
    weekly_goal_days: int
    week_days_done: int
    weeks_in_a_row: int
    longest_weeks_in_a_row: int
    total_sessions: int
    total_minutes: float
    minutes_per_week: tuple[WeekTotal, ...]
    favourite_routines: tuple[RoutineCount, ...]
    before_average: float | None
    after_average: float | None
    change_average: float | None  # mean of after - before; below zero means easier after
    checkins: tuple[CheckinPoint, ...]
    days: dict[date, DayActivity]

    @property
    def week_goal_met(self) -> bool:
        return self.week_days_done >= self.weekly_goal_days

    @property
    def streak_waiting_for_today(self) -> bool:
        """The streak is alive but ends tonight unless today counts."""
        return self.current_streak > 0 and not self.today_done


def counts_as_session(record: SessionRecord) -> bool:
    """Sessions started by mistake (nothing held, not completed) are not counted or listed
    among favourites; they still appear in the history list."""
    return record.status is RecordStatus.COMPLETED or record.credited_seconds > 0


def day_activity(records: Iterable[SessionRecord]) -> dict[date, DayActivity]:
    totals: dict[date, list[float]] = {}
    for r in records:
        entry = totals.setdefault(r.local_date, [0, 0.0, 0])
        entry[0] += 1
        entry[1] += r.credited_seconds
        entry[2] += r.status is RecordStatus.COMPLETED
    return {
        day: DayActivity(day, int(n), seconds, int(done))
        for day, (n, seconds, done) in totals.items()
    }


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _runs(days: Iterable[date], step: timedelta) -> list[tuple[date, date]]:
    """Maximal runs of consecutive dates (``step`` apart) as (first, last) pairs."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and day - runs[-1][1] == step:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _current_run(runs: list[tuple[date, date]], anchors: Iterable[date], step: timedelta) -> int:
    for anchor in anchors:
        for first, last in runs:
            if first <= anchor <= last:
                return (last - first) // step + 1
    return 0


def _longest(runs: list[tuple[date, date]], step: timedelta) -> int:
    return max(((last - first) // step + 1 for first, last in runs), default=0)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def compute_stats(
    records: Iterable[SessionRecord], today: date, weekly_goal_days: int = 4
) -> Stats:
    """Streaks, the weekly goal, totals and check-in trends as of ``today``.

    ``today`` is the local day now (see :func:`local_day`). A day not yet done does not
    break the streak until it is over, and the current week does not break the run of
    weeks that met the goal until it is over. A day stored after ``today`` (possible after
    flying west) joins the streak it touches.
    """
    records = list(records)
    one_day, one_week = timedelta(days=1), timedelta(weeks=1)
    days = day_activity(records)
    done = [d for d, a in days.items() if a.counts]
    day_runs = _runs(done, one_day)
    yesterday, tomorrow = today - one_day, today + one_day
    this_week = monday(today)

    days_per_week = Counter(monday(d) for d in done)
    met = [w for w, n in days_per_week.items() if n >= weekly_goal_days]
    week_runs = _runs(met, one_week)

    minutes_by_week: dict[date, float] = {}
    first_week = this_week - (WEEKS_SHOWN - 1) * one_week
    for day, activity in days.items():
        week = monday(day)
        if first_week <= week <= this_week:
            minutes_by_week[week] = minutes_by_week.get(week, 0.0) + activity.credited_seconds / 60

    counted = [r for r in records if counts_as_session(r)]
    routine_counts = Counter(r.routine_id for r in counted)
    latest_name: dict[str, tuple[datetime, str]] = {}
    for r in counted:
        if r.routine_id not in latest_name or r.started_utc > latest_name[r.routine_id][0]:
            latest_name[r.routine_id] = (r.started_utc, r.routine_name)
    favourites = sorted(routine_counts.items(), key=lambda kv: (-kv[1], latest_name[kv[0]][1]))

    rated = sorted(
        (r for r in records if r.stiffness_before is not None or r.stiffness_after is not None),
        key=lambda r: (r.started_utc, r.id),
    )
    befores = [r.stiffness_before for r in rated if r.stiffness_before is not None]
    afters = [r.stiffness_after for r in rated if r.stiffness_after is not None]
    changes = [
        r.stiffness_after - r.stiffness_before
        for r in rated
        if r.stiffness_before is not None and r.stiffness_after is not None
    ]

    return Stats(
        today=today,
        today_done=today in days and days[today].counts,
        current_streak=_current_run(day_runs, (today, yesterday, tomorrow), one_day),
        longest_streak=_longest(day_runs, one_day),
        weekly_goal_days=weekly_goal_days,
        week_days_done=days_per_week.get(this_week, 0),
        weeks_in_a_row=_current_run(week_runs, (this_week, this_week - one_week), one_week),
        longest_weeks_in_a_row=_longest(week_runs, one_week),
        total_sessions=len(counted),
        total_minutes=sum(r.credited_seconds for r in records) / 60,
        minutes_per_week=tuple(
            WeekTotal(w, minutes_by_week.get(w, 0.0), days_per_week.get(w, 0))
            for w in (first_week + i * one_week for i in range(WEEKS_SHOWN))
        ),
        favourite_routines=tuple(
            RoutineCount(rid, latest_name[rid][1], n) for rid, n in favourites[:FAVOURITES]
        ),
        before_average=_mean(befores),
        after_average=_mean(afters),
        change_average=_mean(changes),
        checkins=tuple(
            CheckinPoint(r.id, r.local_date, r.started_utc, r.stiffness_before, r.stiffness_after)
            for r in rated
        ),
        days=days,
    )


__all__ = [
    "DEFAULT_DAY_START_HOUR",
    "MIN_COUNTED_SECONDS",
    "CheckinPoint",
    "DayActivity",
    "RoutineCount",
    "Stats",
    "WeekTotal",
    "compute_stats",
    "counts_as_session",
    "day_activity",
    "local_day",
    "monday",
]
