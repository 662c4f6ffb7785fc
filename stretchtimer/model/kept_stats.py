"""The statistics of a digest that changed a little since the last one, worked out again
only for the days that changed rather than for every day of twenty years."""

from __future__ import annotations

from collections import Counter
from datetime import date

from stretchtimer.model.streaks import (
    DayActivity,
    HistoryDigest,
    Stats,
    _monday,
    _runs,
    assemble_stats,
    credited_ms,
)


class KeptStats:
    """:func:`~stretchtimer.model.streaks.stats_from_digest`, kept between digests.

    The digest's keeper hands on the same day objects for days that did not change, so a
    day is worked out again only when its object is new. ``days_redone`` counts those days
    (for tests and benches).
    """

    def __init__(self) -> None:
        self._days: dict[date, DayActivity] = {}
        self._done: set[int] = set()  # the day numbers that count
        self._done_per_week: Counter[int] = Counter()  # by the Monday's day number
        self._ms_per_week: Counter[int] = Counter()
        self._day_runs: list[tuple[int, int]] | None = None
        self._week_runs: tuple[int, list[tuple[int, int]]] | None = None  # (goal, runs)
        self.days_redone = 0

    def stats(self, summary: HistoryDigest, today: date, weekly_goal_days: int = 4) -> Stats:
        """What ``stats_from_digest(summary, today, weekly_goal_days)`` gives."""
        self._catch_up(summary.days)
        if self._day_runs is None:
            self._day_runs = _runs(self._done, 1)
        if self._week_runs is None or self._week_runs[0] != weekly_goal_days:
            met = (w for w, n in self._done_per_week.items() if n >= weekly_goal_days)
            self._week_runs = (weekly_goal_days, _runs(met, 7))
        return assemble_stats(
            summary,
            today,
            weekly_goal_days,
            runs=(self._day_runs, self._week_runs[1]),
            days_per_week=self._done_per_week,
            ms_per_week=self._ms_per_week,
        )

    def _catch_up(self, days: dict[date, DayActivity]) -> None:
        before = self._days
        if days is before:
            return
        changed = [d for d, a in days.items() if before.get(d) is not a]
        added = sum(d not in before for d in changed)
        gone = list(before.keys() - days.keys()) if len(days) - added != len(before) else []
        for day in (*changed, *gone):
            self.days_redone += 1
            self._count(day, before.get(day), days.get(day))
        self._days = days

    def _count(self, day: date, was: DayActivity | None, now: DayActivity | None) -> None:
        n = day.toordinal()
        week = _monday(n)
        ms = credited_ms(now.credited_seconds) if now is not None else 0
        ms -= credited_ms(was.credited_seconds) if was is not None else 0
        self._ms_per_week[week] += ms
        if not self._ms_per_week[week]:
            del self._ms_per_week[week]
        counted = int(now is not None and now.counts) - int(was is not None and was.counts)
        if counted:  # only then can a streak or a run of weeks change
            if counted > 0:
                self._done.add(n)
            else:
                self._done.discard(n)
            self._done_per_week[week] += counted
            if not self._done_per_week[week]:
                del self._done_per_week[week]
            self._day_runs = self._week_runs = None


__all__ = ["KeptStats"]
