"""Streaks and statistics from stored sessions: pure functions of the records and "today".

Every rule here works on the ``local_date`` stored with each session, never on a time
zone read later: flying to another continent does not move past sessions to other days.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


def time_zone(tz_name: str) -> tzinfo:
    """The zone for a stored name: an IANA name or a fixed offset such as ``UTC+05:30``."""
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
    local = started_utc.astimezone(time_zone(tz_name))
    if local.hour < day_start_hour:
        return local.date() - timedelta(days=1)
    return local.date()


class SessionFacts(Protocol):
    """What the rules read from a stored session; a history ``SessionRecord`` has it all.

    The rules ask for this shape rather than import the history, which builds its digests
    with the types defined here.
    """

    @property
    def id(self) -> int: ...
    @property
    def routine_id(self) -> str: ...
    @property
    def routine_name(self) -> str: ...
    @property
    def started_utc(self) -> datetime: ...
    @property
    def local_date(self) -> date: ...
    @property
    def credited_seconds(self) -> float: ...
    @property
    def status(self) -> str: ...
    @property
    def stiffness_before(self) -> int | None: ...
    @property
    def stiffness_after(self) -> int | None: ...


# Small value types are named tuples: a long history makes thousands of them per refresh.
class DayActivity(NamedTuple):
    """What one stored local date holds."""

    day: date
    sessions: int
    credited_seconds: float
    completed: int
    counted_sessions: int  # the sessions that count as sessions (see counts_as_session)

    @property
    def counts(self) -> bool:
        return self.completed > 0 or self.credited_seconds >= MIN_COUNTED_SECONDS


class WeekTotal(NamedTuple):
    week_start: date  # a Monday
    minutes: float
    days_done: int


class RoutineCount(NamedTuple):
    routine_id: str
    routine_name: str  # the name it had most recently
    sessions: int


class CheckinPoint(NamedTuple):
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


@dataclass(frozen=True)
class HistoryDigest:
    """The few totals the statistics need, per day and per routine.

    :func:`digest` makes one from session records; ``HistoryStore.digest`` makes the same
    with SQL, so a twenty-year history is summed in the database rather than in Python.
    """

    days: dict[date, DayActivity]
    counted_sessions: int
    total_seconds: float
    routines: tuple[RoutineCount, ...]  # most sessions first, then by name
    checkins: tuple[CheckinPoint, ...]  # in start order


def counts_as_session(record: SessionFacts) -> bool:
    """Sessions started by mistake (nothing held, not completed) are not counted or listed
    among favourites; they still appear in the history list."""
    return record.status == "completed" or record.credited_seconds > 0


def credited_ms(seconds: float) -> int:
    """Whole milliseconds, so that totals come out the same in whatever order rows are added.

    Adding floats depends on their order (SQLite and Python scan rows differently);
    adding integers does not. SQL rounds the same way: ``CAST(x * 1000 + 0.5 AS INTEGER)``.
    """
    return int(seconds * 1000 + 0.5)


def day_activity(records: Iterable[SessionFacts]) -> dict[date, DayActivity]:
    totals: dict[date, list[int]] = {}
    for r in records:
        entry = totals.setdefault(r.local_date, [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += credited_ms(r.credited_seconds)
        entry[2] += r.status == "completed"
        entry[3] += counts_as_session(r)
    return {
        day: DayActivity(day, n, ms / 1000, done, counted)
        for day, (n, ms, done, counted) in totals.items()
    }


def rank_routines(counts: Iterable[RoutineCount]) -> tuple[RoutineCount, ...]:
    return tuple(sorted(counts, key=lambda c: (-c.sessions, c.routine_name, c.routine_id)))


def digest(records: Iterable[SessionFacts]) -> HistoryDigest:
    records = list(records)
    counted = [r for r in records if counts_as_session(r)]
    counts = Counter(r.routine_id for r in counted)
    latest: dict[str, SessionFacts] = {}
    for r in counted:
        best = latest.get(r.routine_id)
        if best is None or (r.started_utc, r.id) > (best.started_utc, best.id):
            latest[r.routine_id] = r
    rated = sorted(
        (r for r in records if r.stiffness_before is not None or r.stiffness_after is not None),
        key=lambda r: (r.started_utc, r.id),
    )
    return HistoryDigest(
        days=day_activity(records),
        counted_sessions=len(counted),
        total_seconds=sum(credited_ms(r.credited_seconds) for r in records) / 1000,
        routines=rank_routines(
            RoutineCount(rid, latest[rid].routine_name, n) for rid, n in counts.items()
        ),
        checkins=tuple(
            CheckinPoint(r.id, r.local_date, r.started_utc, r.stiffness_before, r.stiffness_after)
            for r in rated
        ),
    )


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _monday(ordinal: int) -> int:
    return ordinal - (ordinal + 6) % 7  # ordinal 1 (1 January of year 1) was a Monday


def _runs(ordinals: Iterable[int], step: int) -> list[tuple[int, int]]:
    """Maximal runs of day numbers ``step`` apart, as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for n in sorted(set(ordinals)):
        if runs and n - runs[-1][1] == step:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _current_run(runs: list[tuple[int, int]], anchors: Iterable[int], step: int) -> int:
    for anchor in anchors:
        for first, last in reversed(runs):  # the current run is nearly always the last
            if first <= anchor <= last:
                return (last - first) // step + 1
    return 0


def _longest(runs: list[tuple[int, int]], step: int) -> int:
    return max(((last - first) // step + 1 for first, last in runs), default=0)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def compute_stats(records: Iterable[SessionFacts], today: date, weekly_goal_days: int = 4) -> Stats:
    """Streaks, the weekly goal, totals and check-in trends as of ``today``.

    ``today`` is the local day now (see :func:`local_day`). A day not yet done does not
    break the streak until it is over, and the current week does not break the run of
    weeks that met the goal until it is over. A day stored after ``today`` (possible after
    flying west) joins the streak it touches.
    """
    return stats_from_digest(digest(records), today, weekly_goal_days)


def stats_from_digest(summary: HistoryDigest, today: date, weekly_goal_days: int = 4) -> Stats:
    """:func:`compute_stats` for a digest (``HistoryStore.digest()`` or :func:`digest`)."""
    days = summary.days
    done = [d.toordinal() for d, a in days.items() if a.counts]
    day_runs = _runs(done, 1)
    now = today.toordinal()
    this_week = _monday(now)

    days_per_week = Counter(_monday(n) for n in done)
    week_runs = _runs((w for w, n in days_per_week.items() if n >= weekly_goal_days), 7)

    first_week = this_week - (WEEKS_SHOWN - 1) * 7
    ms_by_week = dict.fromkeys(range(first_week, this_week + 1, 7), 0)
    for day, activity in days.items():
        week = _monday(day.toordinal())
        if week in ms_by_week:
            ms_by_week[week] += credited_ms(activity.credited_seconds)

    return assemble_stats(
        summary,
        today,
        weekly_goal_days,
        runs=(day_runs, week_runs),
        days_per_week=days_per_week,
        ms_per_week=ms_by_week,
    )


def assemble_stats(
    summary: HistoryDigest,
    today: date,
    weekly_goal_days: int,
    *,
    runs: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    days_per_week: Mapping[int, int],
    ms_per_week: Mapping[int, int],
) -> Stats:
    """:class:`Stats` from the parts worked out already: the runs of counted days and of
    weeks that met the goal, and the days done and milliseconds per week (by the Monday's
    day number). Shared by :func:`stats_from_digest` and the kept statistics, so both give
    the same answer from the same parts."""
    day_runs, week_runs = runs
    days = summary.days
    now = today.toordinal()
    this_week = _monday(now)
    weeks = range(this_week - (WEEKS_SHOWN - 1) * 7, this_week + 1, 7)
    checkins = summary.checkins
    befores = [c.before for c in checkins if c.before is not None]
    afters = [c.after for c in checkins if c.after is not None]
    changes = [c.after - c.before for c in checkins if c.before is not None and c.after is not None]
    return Stats(
        today=today,
        today_done=today in days and days[today].counts,
        current_streak=_current_run(day_runs, (now, now - 1, now + 1), 1),
        longest_streak=_longest(day_runs, 1),
        weekly_goal_days=weekly_goal_days,
        week_days_done=days_per_week.get(this_week, 0),
        weeks_in_a_row=_current_run(week_runs, (this_week, this_week - 7), 7),
        longest_weeks_in_a_row=_longest(week_runs, 7),
        total_sessions=summary.counted_sessions,
        total_minutes=summary.total_seconds / 60,
        minutes_per_week=tuple(
            WeekTotal(date.fromordinal(w), ms_per_week.get(w, 0) / 60_000, days_per_week.get(w, 0))
            for w in weeks
        ),
        favourite_routines=summary.routines[:FAVOURITES],
        before_average=_mean(befores),
        after_average=_mean(afters),
        change_average=_mean(changes),
        checkins=checkins,
        days=days,
    )


__all__ = [
    "DEFAULT_DAY_START_HOUR",
    "MIN_COUNTED_SECONDS",
    "CheckinPoint",
    "DayActivity",
    "HistoryDigest",
    "RoutineCount",
    "SessionFacts",
    "Stats",
    "WeekTotal",
    "assemble_stats",
    "compute_stats",
    "counts_as_session",
    "day_activity",
    "digest",
    "local_day",
    "monday",
    "rank_routines",
    "stats_from_digest",
    "time_zone",
]
