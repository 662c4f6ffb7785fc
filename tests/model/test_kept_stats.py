"""The kept statistics are the pure function's, whatever the days did in between."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from stretchtimer.model.kept_stats import KeptStats
from stretchtimer.model.streaks import DayActivity, HistoryDigest, stats_from_digest

TODAY = date(2025, 6, 18)
# A day's activity: (days before today, sessions, credited seconds, completed); 0 sessions
# takes the day out of the history (deleted).
EDIT = st.tuples(
    st.integers(-2, 120),
    st.integers(0, 3),
    st.sampled_from([0.0, 30.0, 179.999, 180.0, 600.5]),
    st.integers(0, 2),
)


def _digest(days: dict[date, DayActivity]) -> HistoryDigest:
    total = sum(a.credited_seconds for a in days.values())
    return HistoryDigest(dict(days), sum(a.sessions for a in days.values()), total, (), ())


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(EDIT, min_size=1, max_size=6), min_size=1, max_size=8),
    st.integers(0, 7),
    st.integers(0, 3),
)
def test_kept_stats_are_always_those_of_the_whole_digest(
    rounds: list[list[tuple[int, int, float, int]]], goal: int, later: int
) -> None:
    kept = KeptStats()
    days: dict[date, DayActivity] = {}
    for edits in rounds:
        days = dict(days)  # as the digest's keeper: a new dict, unchanged days the same objects
        for back, sessions, seconds, completed in edits:
            day = TODAY - timedelta(days=back)
            if sessions == 0:
                days.pop(day, None)
            else:
                done = min(completed, sessions)
                days[day] = DayActivity(day, sessions, seconds, done, sessions)
        today = TODAY + timedelta(days=later)
        summary = _digest(days)
        assert kept.stats(summary, today, goal) == stats_from_digest(summary, today, goal)


def test_only_the_days_that_changed_are_worked_out_again() -> None:
    days = {
        TODAY - timedelta(days=n): DayActivity(TODAY - timedelta(days=n), 1, 300.0, 1, 1)
        for n in range(1, 400)
    }
    kept = KeptStats()
    kept.stats(_digest(days), TODAY)
    assert kept.days_redone == 399
    days = {**days, TODAY: DayActivity(TODAY, 1, 200.0, 1, 1)}
    stats = kept.stats(_digest(days), TODAY)
    assert kept.days_redone == 400
    assert stats.current_streak == 400
    assert stats == stats_from_digest(_digest(days), TODAY)
