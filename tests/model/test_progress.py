"""The standing a summary celebrates: the streak, whether today extended it, the week, the
milestones; and when each routine was last done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_streaks import COMPLETED, STOPPED, rec

from stretchtimer.model.history import SessionRecord
from stretchtimer.model.progress import last_done, progress, with_session
from stretchtimer.model.session import SessionStatus, SessionSummary
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS, compute_stats, digest

TODAY = date(2025, 6, 18)  # a Wednesday


def session(
    seconds: float = 300.0, status: SessionStatus = SessionStatus.COMPLETED
) -> SessionSummary:
    return SessionSummary("morning-back", "Morning back", status, 600.0, seconds, seconds, ())


def streak_up_to_yesterday(days: int) -> list[SessionRecord]:
    return [rec(TODAY - timedelta(days=n)) for n in range(1, days + 1)]


@pytest.mark.parametrize(
    ("before_days", "summary", "streak", "extended", "milestone"),
    [
        (0, session(), 1, True, None),  # the first day of a streak
        (6, session(), 7, True, 7),  # a week: the first milestone
        (29, session(), 30, True, 30),
        (99, session(), 100, True, 100),
        (7, session(), 8, True, None),
        (6, session(60, SessionStatus.STOPPED), 6, False, None),  # too short to count today
        (6, session(MIN_COUNTED_SECONDS, SessionStatus.STOPPED), 7, True, 7),
    ],
)
def test_the_streak_after_a_session(
    before_days: int, summary: SessionSummary, streak: int, extended: bool, milestone: int | None
) -> None:
    history = digest(streak_up_to_yesterday(before_days))
    got = progress(history, TODAY, summary, weekly_goal_days=4)
    assert (got.streak, got.extended, got.milestone) == (streak, extended, milestone)


def test_a_second_session_today_does_not_extend_it_again() -> None:
    records = [*streak_up_to_yesterday(6), rec(TODAY)]
    got = progress(digest(records), TODAY, session(), weekly_goal_days=4)
    assert got.streak == 7 and not got.extended and got.milestone is None
    assert got.minutes_today == pytest.approx(10)


def test_the_week_goal_is_met_by_this_session() -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    records = [rec(monday), rec(monday + timedelta(days=1))]
    got = progress(digest(records), TODAY, session(), weekly_goal_days=3)
    assert (got.before.week_days_done, got.after.week_days_done) == (2, 3)
    assert got.goal_just_met and got.after.week_goal_met
    again = progress(digest([*records, rec(TODAY)]), TODAY, session(), weekly_goal_days=3)
    assert not again.goal_just_met


@given(
    st.lists(st.integers(0, 40), max_size=30),
    st.floats(0, 900),
    st.sampled_from([SessionStatus.COMPLETED, SessionStatus.STOPPED]),
)
def test_adding_a_session_agrees_with_storing_it(
    offsets: list[int], seconds: float, status: SessionStatus
) -> None:
    """The standing after is what the store's records would give once the session is in."""
    records = [rec(TODAY - timedelta(days=n)) for n in offsets]
    kind = COMPLETED if status is SessionStatus.COMPLETED else STOPPED
    stored = rec(TODAY, seconds, kind, name="Morning back")
    got = progress(digest(records), TODAY, session(seconds, status), weekly_goal_days=4)
    assert got.after == compute_stats([*records, stored], TODAY, 4)
    assert with_session(digest(records), TODAY, session(seconds, status)) == digest(
        [*records, stored]
    )


def test_last_done_is_the_latest_counted_day_of_each_routine() -> None:
    records = [
        rec("2025-06-01", routine="a"),
        rec("2025-06-10", routine="a"),
        rec("2025-06-12", 0, STOPPED, routine="a"),  # started by mistake: not "done"
        rec("2025-06-05", routine="b"),
    ]
    assert last_done(records) == {"a": date(2025, 6, 10), "b": date(2025, 6, 5)}
