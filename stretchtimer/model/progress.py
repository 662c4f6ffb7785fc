"""Where the streak keeper stands: before a session, after it, and when each routine was done.

The summary page celebrates a session the moment it ends, before the history writer may
have stored it, so the standing after it is worked out here from the standing before it
plus the session itself, with the streak rules of :mod:`stretchtimer.model.streaks`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from stretchtimer.model.history import SessionRecord
from stretchtimer.model.session import SessionStatus, SessionSummary
from stretchtimer.model.streaks import (
    DayActivity,
    HistoryDigest,
    RoutineCount,
    Stats,
    counts_as_session,
    credited_ms,
    rank_routines,
    stats_from_digest,
)

MILESTONES = (7, 30, 100)
"""Streak lengths that get a moment of their own on the summary."""


def last_done(records: Iterable[SessionRecord]) -> dict[str, date]:
    """The latest local date each routine was done on (sessions started by mistake aside)."""
    found: dict[str, date] = {}
    for record in records:
        if not counts_as_session(record):
            continue
        seen = found.get(record.routine_id)
        if seen is None or record.local_date > seen:
            found[record.routine_id] = record.local_date
    return found


def with_session(history: HistoryDigest, day: date, summary: SessionSummary) -> HistoryDigest:
    """``history`` with one more session on ``day``, counted as the store would count it."""
    completed = summary.status is SessionStatus.COMPLETED
    credited = summary.credited_hold_seconds
    counted = completed or credited > 0
    old = history.days.get(day, DayActivity(day, 0, 0.0, 0, 0))
    days = dict(history.days)
    days[day] = DayActivity(
        day,
        old.sessions + 1,
        (credited_ms(old.credited_seconds) + credited_ms(credited)) / 1000,
        old.completed + int(completed),
        old.counted_sessions + int(counted),
    )
    routines = {r.routine_id: r for r in history.routines}
    if counted:
        seen = routines.get(summary.routine_id)
        runs = 1 if seen is None else seen.sessions + 1
        routines[summary.routine_id] = RoutineCount(summary.routine_id, summary.routine_name, runs)
    return replace(
        history,
        days=days,
        counted_sessions=history.counted_sessions + int(counted),
        total_seconds=(credited_ms(history.total_seconds) + credited_ms(credited)) / 1000,
        routines=rank_routines(routines.values()),
    )


@dataclass(frozen=True)
class Progress:
    """The standing before and after one session on ``day``."""

    day: date
    before: Stats
    after: Stats

    @property
    def streak(self) -> int:
        return self.after.current_streak

    @property
    def extended(self) -> bool:
        """This session made today count, so the streak grew (or began) with it."""
        return self.after.today_done and not self.before.today_done

    @property
    def milestone(self) -> int | None:
        """7, 30 or 100 when this session just took the streak to that many days."""
        if self.extended and self.after.current_streak in MILESTONES:
            return self.after.current_streak
        return None

    @property
    def goal_just_met(self) -> bool:
        return self.after.week_goal_met and not self.before.week_goal_met

    @property
    def minutes_today(self) -> float:
        today = self.after.days.get(self.day)
        return 0.0 if today is None else today.credited_seconds / 60


def progress(
    history: HistoryDigest, day: date, summary: SessionSummary, weekly_goal_days: int
) -> Progress:
    """The standing before a session on ``day`` (``history``) and after ``summary``."""
    before = stats_from_digest(history, day, weekly_goal_days)
    after = stats_from_digest(with_session(history, day, summary), day, weekly_goal_days)
    return Progress(day, before, after)


__all__ = ["MILESTONES", "Progress", "last_done", "progress", "with_session"]
