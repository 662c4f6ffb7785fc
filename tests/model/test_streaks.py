"""Streak and statistics rules, table by table: each row is a situation a person can be in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretchtimer.model.history import RecordStatus, SessionRecord
from stretchtimer.model.streaks import (
    MIN_COUNTED_SECONDS,
    WEEKS_SHOWN,
    compute_stats,
    local_day,
    monday,
)

D = date.fromisoformat
COMPLETED, STOPPED, INTERRUPTED = (
    RecordStatus.COMPLETED,
    RecordStatus.STOPPED,
    RecordStatus.INTERRUPTED,
)
_ids = iter(range(1, 10**9))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def rec(
    day: str | date,
    seconds: float = 300.0,
    status: RecordStatus = COMPLETED,
    *,
    routine: str = "morning-back",
    name: str | None = None,
    before: int | None = None,
    after: int | None = None,
    started: datetime | None = None,
    tz: str = "Europe/Berlin",
) -> SessionRecord:
    local = D(day) if isinstance(day, str) else day
    start = started or datetime(local.year, local.month, local.day, 8, tzinfo=UTC)
    return SessionRecord(
        id=next(_ids),
        routine_id=routine,
        routine_name=name or routine.replace("-", " ").capitalize(),
        started_utc=start,
        tz_name=tz,
        local_date=local,
        planned_seconds=600.0,
        active_seconds=seconds,
        credited_seconds=seconds,
        status=status,
        updated_utc=start,
        stiffness_before=before,
        stiffness_after=after,
    )


def days(first: str, last: str, seconds: float = 300.0) -> list[SessionRecord]:
    start, end = D(first), D(last)
    return [rec(start + timedelta(n), seconds) for n in range((end - start).days + 1)]


# ----- local_day ---------------------------------------------------------------------------
LOCAL_DAY_CASES = [
    # (why, UTC start, zone, day-start hour, the day it counts for)
    ("00:30 in Berlin is the evening before", "2024-06-10T22:30", "Europe/Berlin", 3, "2024-06-10"),
    ("02:59 in Berlin is still the evening before", "2024-06-11T00:59", "Europe/Berlin", 3, "2024-06-10"),
    ("03:00 in Berlin starts the day", "2024-06-11T01:00", "Europe/Berlin", 3, "2024-06-11"),
    ("with day start 0, 00:30 is the new day", "2024-06-10T22:30", "Europe/Berlin", 0, "2024-06-11"),
    ("a later day start of 5 keeps 04:30", "2024-06-11T02:30", "Europe/Berlin", 5, "2024-06-10"),
    ("Berlin spring forward: 01:59 CET", "2024-03-31T00:59", "Europe/Berlin", 3, "2024-03-30"),
    ("Berlin spring forward: 03:00 CEST", "2024-03-31T01:00", "Europe/Berlin", 3, "2024-03-31"),
    ("Berlin fall back: first 02:30 (CEST)", "2024-10-27T00:30", "Europe/Berlin", 3, "2024-10-26"),
    ("Berlin fall back: second 02:30 (CET)", "2024-10-27T01:30", "Europe/Berlin", 3, "2024-10-26"),
    ("Berlin fall back: 03:00 CET", "2024-10-27T02:00", "Europe/Berlin", 3, "2024-10-27"),
    ("New York spring forward: 01:59 EST", "2024-03-10T06:59", "America/New_York", 3, "2024-03-09"),
    ("New York spring forward: 03:00 EDT", "2024-03-10T07:00", "America/New_York", 3, "2024-03-10"),
    ("New York fall back: first 01:30 (EDT)", "2024-11-03T05:30", "America/New_York", 3, "2024-11-02"),
    ("New York fall back: second 01:30 (EST)", "2024-11-03T06:30", "America/New_York", 3, "2024-11-02"),
    ("New York fall back: 02:59 EST", "2024-11-03T07:59", "America/New_York", 3, "2024-11-02"),
    ("New York fall back: 03:00 EST", "2024-11-03T08:00", "America/New_York", 3, "2024-11-03"),
    ("New York evening is a UTC morning", "2024-06-11T02:00", "America/New_York", 3, "2024-06-10"),
    ("Tokyo 01:00 is the evening before", "2024-06-10T16:00", "Asia/Tokyo", 3, "2024-06-10"),
    ("Tokyo 07:00 is a UTC evening", "2024-06-10T22:00", "Asia/Tokyo", 3, "2024-06-11"),
    ("leap day itself", "2024-02-29T12:00", "Europe/Berlin", 3, "2024-02-29"),
    ("02:00 on 1 March is still leap day", "2024-03-01T01:00", "Europe/Berlin", 3, "2024-02-29"),
    ("01:30 on New Year's Day is New Year's Eve", "2025-01-01T00:30", "Europe/Berlin", 3, "2024-12-31"),
    ("New Year's Eve in New York", "2025-01-01T04:00", "America/New_York", 3, "2024-12-31"),
    ("a fixed offset with minutes", "2024-06-10T20:00", "UTC+05:30", 3, "2024-06-10"),
    ("a negative fixed offset", "2024-06-11T06:00", "UTC-03:00", 3, "2024-06-11"),
    ("02:00 at UTC-03:00 is the evening before", "2024-06-11T05:00", "UTC-03:00", 3, "2024-06-10"),
    ("plain UTC", "2024-06-11T02:59", "UTC", 3, "2024-06-10"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("started", "zone", "hour", "expected"),
    [c[1:] for c in LOCAL_DAY_CASES],
    ids=[c[0] for c in LOCAL_DAY_CASES],
)
def test_local_day(started: str, zone: str, hour: int, expected: str) -> None:
    assert local_day(utc(started), zone, hour) == D(expected)


def test_local_day_default_day_start_is_three() -> None:
    assert local_day(utc("2024-06-11T00:59"), "Europe/Berlin") == D("2024-06-10")
    assert local_day(utc("2024-06-11T01:00"), "Europe/Berlin") == D("2024-06-11")


@pytest.mark.parametrize(
    ("started", "zone", "hour", "message"),
    [
        (datetime(2024, 6, 10, 8), "Europe/Berlin", 3, "time zone"),
        (utc("2024-06-10T08:00"), "Mars/Olympus_Mons", 3, "unknown time zone"),
        (utc("2024-06-10T08:00"), "Europe/Berlin", 24, "day-start hour"),
    ],
)
def test_local_day_refuses_bad_input(started: datetime, zone: str, hour: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        local_day(started, zone, hour)


# ----- streaks -------------------------------------------------------------------------------
def _travel_east() -> list[SessionRecord]:
    # Berlin 21:00 on 5 June, then Tokyo 07:00 on 6 June: three hours apart, two days.
    first, second = utc("2024-06-05T19:00"), utc("2024-06-05T22:00")
    return [
        rec(local_day(first, "Europe/Berlin"), started=first, tz="Europe/Berlin"),
        rec(local_day(second, "Asia/Tokyo"), started=second, tz="Asia/Tokyo"),
    ]


def _travel_west() -> list[SessionRecord]:
    # Berlin 08:00 on 6 June, New York 20:00 on 6 June: eighteen hours apart, one day.
    first, second = utc("2024-06-06T06:00"), utc("2024-06-07T00:00")
    return [
        *days("2024-06-03", "2024-06-05"),
        rec(local_day(first, "Europe/Berlin"), started=first, tz="Europe/Berlin"),
        rec(local_day(second, "America/New_York"), started=second, tz="America/New_York"),
    ]


def _daily_at(utc_time: str, first: str, count: int, zone: str) -> list[SessionRecord]:
    records = []
    for n in range(count):
        start = utc(f"{D(first) + timedelta(n)}T{utc_time}")
        records.append(rec(local_day(start, zone), started=start, tz=zone))
    return records


STREAK_CASES: list[tuple[str, list[SessionRecord], str, dict[str, Any]]] = [
    ("empty history", [], "2024-06-10",
     {"current_streak": 0, "longest_streak": 0, "today_done": False, "total_sessions": 0}),
    ("one completed session today", [rec("2024-06-10")], "2024-06-10",
     {"current_streak": 1, "longest_streak": 1, "today_done": True}),
    ("today not done yet keeps yesterday's streak", days("2024-06-07", "2024-06-09"), "2024-06-10",
     {"current_streak": 3, "today_done": False, "streak_waiting_for_today": True}),
    ("a missed day starts a new streak", days("2024-06-01", "2024-06-03") + days("2024-06-05", "2024-06-06"),
     "2024-06-06", {"current_streak": 2, "longest_streak": 3}),
    ("missing yesterday and today ends it", days("2024-06-01", "2024-06-04"), "2024-06-06",
     {"current_streak": 0, "longest_streak": 4, "streak_waiting_for_today": False}),
    ("two sessions a day count the day once",
     [rec("2024-06-09"), rec("2024-06-09"), rec("2024-06-10"), rec("2024-06-10")], "2024-06-10",
     {"current_streak": 2, "total_sessions": 4, "total_minutes": 20.0}),
    ("two short stopped sessions add up to three minutes",
     [rec("2024-06-10", 100, STOPPED), rec("2024-06-10", 80, STOPPED)], "2024-06-10",
     {"current_streak": 1, "today_done": True}),
    ("179 s of a stopped session is not a day", [rec("2024-06-10", 179, STOPPED)], "2024-06-10",
     {"current_streak": 0, "today_done": False, "total_sessions": 1}),
    ("exactly three minutes counts", [rec("2024-06-10", MIN_COUNTED_SECONDS, STOPPED)], "2024-06-10",
     {"current_streak": 1}),
    ("a short routine completed counts", [rec("2024-06-10", 60, COMPLETED)], "2024-06-10",
     {"current_streak": 1}),
    ("an interrupted session's credit counts", [rec("2024-06-10", 200, INTERRUPTED)], "2024-06-10",
     {"current_streak": 1}),
    ("a partial day breaks the streak",
     [*days("2024-06-07", "2024-06-08"), rec("2024-06-09", 120, STOPPED), rec("2024-06-10")],
     "2024-06-10", {"current_streak": 1, "longest_streak": 2}),
    ("a session started by mistake is not a session", [rec("2024-06-10", 0, STOPPED)], "2024-06-10",
     {"current_streak": 0, "total_sessions": 0}),
    ("across leap day", days("2024-02-28", "2024-03-01"), "2024-03-01",
     {"current_streak": 3, "longest_streak": 3}),
    ("no leap day in 2023", [rec("2023-02-28"), rec("2023-03-01")], "2023-03-01",
     {"current_streak": 2}),
    ("across the year end", days("2024-12-29", "2025-01-02"), "2025-01-02",
     {"current_streak": 5}),
    ("travel east: three hours apart, two days", _travel_east(), "2024-06-06",
     {"current_streak": 2, "today_done": True}),
    ("travel west: eighteen hours apart, one day", _travel_west(), "2024-06-06",
     {"current_streak": 4, "total_sessions": 5}),
    ("a day stored ahead of today (flown west) joins the streak",
     days("2024-06-04", "2024-06-07"), "2024-06-06", {"current_streak": 4}),
    ("a day ahead, today open, yesterday done",
     [*days("2024-06-03", "2024-06-05"), rec("2024-06-07")], "2024-06-06", {"current_streak": 3}),
    ("Berlin spring forward, daily at 00:30 UTC", _daily_at("00:30", "2024-03-28", 7, "Europe/Berlin"),
     "2024-04-03", {"current_streak": 7, "longest_streak": 7}),
    ("Berlin fall back, daily at 00:30 UTC", _daily_at("00:30", "2024-10-24", 7, "Europe/Berlin"),
     "2024-10-30", {"current_streak": 7}),
    ("New York spring forward, daily at 06:30 UTC",
     _daily_at("06:30", "2024-03-07", 7, "America/New_York"), "2024-03-13", {"current_streak": 7}),
    ("New York fall back, daily at 06:30 UTC",
     _daily_at("06:30", "2024-10-31", 7, "America/New_York"), "2024-11-06", {"current_streak": 7}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("records", "today", "expected"),
    [c[1:] for c in STREAK_CASES],
    ids=[c[0] for c in STREAK_CASES],
)
def test_streaks(records: list[SessionRecord], today: str, expected: dict[str, Any]) -> None:
    stats = compute_stats(records, D(today))
    for field, value in expected.items():
        assert getattr(stats, field) == pytest.approx(value), field


@pytest.mark.parametrize(
    ("utc_time", "first", "zone"),
    [
        ("00:30", "2024-03-28", "Europe/Berlin"),  # 01:30 CET, then 02:30 CEST
        ("00:30", "2024-10-24", "Europe/Berlin"),  # 02:30 CEST, then 01:30 CET
        ("06:30", "2024-03-07", "America/New_York"),  # 01:30 EST, then 02:30 EDT
        ("06:30", "2024-10-31", "America/New_York"),  # 02:30 EDT, then 01:30 EST
    ],
)
def test_a_nightly_session_keeps_one_day_each_across_a_clock_change(
    utc_time: str, first: str, zone: str
) -> None:
    stored = [r.local_date for r in _daily_at(utc_time, first, 7, zone)]
    # Every one of them is before 03:00 local, so each counts for the day before its UTC date.
    assert stored == [D(first) + timedelta(days=n - 1) for n in range(7)]


# ----- weekly goal ---------------------------------------------------------------------------
def _week(start: str, count: int) -> list[SessionRecord]:
    return [rec(D(start) + timedelta(n)) for n in range(count)]


WEEK_CASES: list[tuple[str, list[SessionRecord], str, int, dict[str, Any]]] = [
    ("two met weeks, this week under way",
     _week("2024-06-03", 4) + _week("2024-06-10", 4) + _week("2024-06-17", 2), "2024-06-19", 4,
     {"week_days_done": 2, "weeks_in_a_row": 2, "longest_weeks_in_a_row": 2, "week_goal_met": False}),
    ("this week met already",
     _week("2024-06-03", 4) + _week("2024-06-10", 4) + _week("2024-06-17", 4), "2024-06-20", 4,
     {"week_days_done": 4, "weeks_in_a_row": 3, "week_goal_met": True}),
    ("a missed week resets the run",
     _week("2024-05-27", 5) + _week("2024-06-03", 2) + _week("2024-06-10", 4), "2024-06-17", 4,
     {"week_days_done": 0, "weeks_in_a_row": 1, "longest_weeks_in_a_row": 1}),
    ("last week missed and this week open", _week("2024-06-03", 4), "2024-06-17", 4,
     {"weeks_in_a_row": 0, "longest_weeks_in_a_row": 1}),
    ("a goal of seven days", _week("2024-06-03", 7) + _week("2024-06-10", 6), "2024-06-16", 7,
     {"weeks_in_a_row": 1, "week_days_done": 6}),
    ("a goal of one day", [rec("2024-06-05"), rec("2024-06-12"), rec("2024-06-19")], "2024-06-19", 1,
     {"weeks_in_a_row": 3}),
    ("weeks run Monday to Sunday across the year end",
     _week("2024-12-23", 4) + _week("2024-12-30", 4), "2025-01-02", 4,
     {"weeks_in_a_row": 2, "week_days_done": 4}),
    ("partial days do not count toward the goal",
     [rec(D("2024-06-10") + timedelta(n), 60, STOPPED) for n in range(5)], "2024-06-15", 4,
     {"week_days_done": 0, "weeks_in_a_row": 0}),
    ("two sessions on one day are one day of the goal",
     [rec("2024-06-10"), rec("2024-06-10"), rec("2024-06-11")], "2024-06-12", 4,
     {"week_days_done": 2}),
    ("empty history", [], "2024-06-12", 4, {"week_days_done": 0, "weeks_in_a_row": 0}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("records", "today", "goal", "expected"),
    [c[1:] for c in WEEK_CASES],
    ids=[c[0] for c in WEEK_CASES],
)
def test_weekly_goal(
    records: list[SessionRecord], today: str, goal: int, expected: dict[str, Any]
) -> None:
    stats = compute_stats(records, D(today), weekly_goal_days=goal)
    assert stats.weekly_goal_days == goal
    for field, value in expected.items():
        assert getattr(stats, field) == value, field


# ----- totals, favourites, check-ins ---------------------------------------------------------
def test_minutes_per_week_covers_twelve_weeks_ending_this_week() -> None:
    today = D("2024-06-19")  # a Wednesday
    records = [
        rec("2024-06-17", 600),  # this week
        rec("2024-06-19", 300),  # this week, today
        rec("2024-06-16", 120, STOPPED),  # last week (Sunday)
        rec(monday(today) - timedelta(weeks=11), 60),  # the oldest week shown
        rec(monday(today) - timedelta(weeks=12), 6000),  # too old to show
    ]
    weeks = compute_stats(records, today).minutes_per_week
    assert len(weeks) == WEEKS_SHOWN
    assert [w.week_start.weekday() for w in weeks] == [0] * WEEKS_SHOWN
    assert weeks[-1].week_start == D("2024-06-17")
    assert weeks[-1].minutes == pytest.approx(15.0)
    assert weeks[-1].days_done == 2
    assert weeks[-2].minutes == pytest.approx(2.0)
    assert weeks[-2].days_done == 0
    assert weeks[0].minutes == pytest.approx(1.0)
    assert sum(w.minutes for w in weeks) == pytest.approx(18.0)


def test_totals_count_every_status_but_sessions_started_by_mistake() -> None:
    records = [
        rec("2024-06-10", 600),
        rec("2024-06-11", 90, STOPPED),
        rec("2024-06-12", 0, STOPPED),
    ]
    stats = compute_stats(records, D("2024-06-12"))
    assert stats.total_sessions == 2
    assert stats.total_minutes == pytest.approx(11.5)


def test_favourite_routines_are_the_top_three_by_count_with_their_latest_name() -> None:
    records = [
        rec("2024-06-01", routine="desk", name="Desk break (old name)",
            started=utc("2024-06-01T08:00")),
        rec("2024-06-02", routine="desk", name="Desk break", started=utc("2024-06-02T08:00")),
        rec("2024-06-03", routine="desk", name="Desk break", started=utc("2024-06-03T08:00")),
        rec("2024-06-03", routine="morning", name="Morning back"),
        rec("2024-06-04", routine="morning", name="Morning back"),
        rec("2024-06-05", routine="hips", name="Hips"),
        rec("2024-06-06", routine="neck", name="Neck"),
        rec("2024-06-07", 0, STOPPED, routine="wrists", name="Wrists"),
        rec("2024-06-08", 0, STOPPED, routine="wrists", name="Wrists"),
        rec("2024-06-09", 0, STOPPED, routine="wrists", name="Wrists"),
    ]  # fmt: skip
    favourites = compute_stats(records, D("2024-06-09")).favourite_routines
    assert [(f.routine_id, f.routine_name, f.sessions) for f in favourites] == [
        ("desk", "Desk break", 3),
        ("morning", "Morning back", 2),
        ("hips", "Hips", 1),  # ties go by name: Hips before Neck; mistaken starts not counted
    ]


CHECKIN_CASES = [
    ("no check-ins", [], None, None, None),
    ("one session both ways", [(7, 4)], 7.0, 4.0, -3.0),
    ("before only and after only", [(6, None), (None, 2)], 6.0, 2.0, None),
    ("the change uses sessions rated both ways only", [(8, 5), (6, None), (4, 4)], 6.0, 4.5, -1.5),
    ("zero is a rating, not a gap", [(0, 0), (2, 0)], 1.0, 0.0, -1.0),
    ("worse after", [(3, 5)], 3.0, 5.0, 2.0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("ratings", "before", "after", "change"),
    [c[1:] for c in CHECKIN_CASES],
    ids=[c[0] for c in CHECKIN_CASES],
)
def test_checkin_averages(
    ratings: list[tuple[int | None, int | None]],
    before: float | None,
    after: float | None,
    change: float | None,
) -> None:
    records = [
        rec(D("2024-06-01") + timedelta(n), before=b, after=a) for n, (b, a) in enumerate(ratings)
    ]
    records.append(rec("2024-06-20"))  # a session without a check-in changes nothing
    stats = compute_stats(records, D("2024-06-20"))
    assert stats.before_average == (pytest.approx(before) if before is not None else None)
    assert stats.after_average == (pytest.approx(after) if after is not None else None)
    assert stats.change_average == (pytest.approx(change) if change is not None else None)
    assert len(stats.checkins) == len(ratings)


def test_checkin_series_is_in_start_order_whatever_the_input_order() -> None:
    late = rec("2024-06-02", before=5, after=3, started=utc("2024-06-02T07:00"))
    early = rec("2024-06-01", before=7, after=6, started=utc("2024-06-01T07:00"))
    plain = rec("2024-06-03")
    series = compute_stats([late, plain, early], D("2024-06-03")).checkins
    assert [(p.session_id, p.before, p.after) for p in series] == [
        (early.id, 7, 6),
        (late.id, 5, 3),
    ]


# ----- properties ----------------------------------------------------------------------------
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=60), max_size=40),
    today_offset=st.integers(min_value=0, max_value=62),
    goal=st.integers(min_value=1, max_value=7),
)
def test_streak_invariants(offsets: list[int], today_offset: int, goal: int) -> None:
    base = D("2024-01-01")
    records = [rec(base + timedelta(days=o)) for o in offsets]
    today = base + timedelta(days=today_offset)
    stats = compute_stats(records, today, goal)
    done = {base + timedelta(days=o) for o in offsets}
    assert 0 <= stats.current_streak <= stats.longest_streak <= len(done)
    assert stats.weeks_in_a_row <= stats.longest_weeks_in_a_row
    assert stats.today_done == (today in done)
    if stats.current_streak:
        # The run holds today or yesterday (or tomorrow, after flying west) and is unbroken.
        anchor = next(d for d in (today, today - timedelta(1), today + timedelta(1)) if d in done)
        end = anchor
        while end + timedelta(1) in done:
            end += timedelta(1)
        run = [end - timedelta(n) for n in range(stats.current_streak)]
        assert all(d in done for d in run)
        assert end - timedelta(stats.current_streak) not in done
    else:
        assert not ({today, today - timedelta(1), today + timedelta(1)} & done)
