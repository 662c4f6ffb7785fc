"""Reminder properties over random days: never twice for one slot, never late, never early."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from reminder_fakes import Desk

from stretchtimer.model.reminders import (
    DROP_AFTER,
    ActiveBreak,
    DailyReminder,
    Kind,
    Quiet,
    ReminderSettings,
)

ZONES = [ZoneInfo(z) for z in ("Europe/Paris", "America/New_York", "Asia/Kolkata",
                               "Australia/Lord_Howe", "UTC")]  # fmt: skip
# Starts near both DST changes in Europe and America.
STARTS = [datetime(2024, 3, 30, 22), datetime(2024, 10, 26, 23), datetime(2024, 3, 9, 23),
          datetime(2024, 6, 3, 11)]  # fmt: skip

reminders = st.builds(
    DailyReminder,
    at=st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 59])),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    routine=st.sampled_from([None, "a", "b"]),
)
schedules = st.builds(
    ReminderSettings,
    daily=st.lists(reminders, max_size=4, unique=True).map(tuple),
    active_break=st.one_of(st.none(), st.builds(ActiveBreak, st.integers(5, 90))),
    streak_nudge=st.booleans(),
)
steps = st.one_of(
    st.tuples(st.just("wait"), st.floats(1, 3600)),
    st.tuples(st.just("sleep"), st.floats(60, 30 * 3600)),
    st.tuples(st.just("travel"), st.sampled_from(ZONES)),
    st.tuples(st.just("quiet"), st.booleans()),
    st.tuples(st.just("idle"), st.floats(0, 7200)),
    st.tuples(st.just("snooze"), st.sampled_from([5, 10, 30])),
)


def walk(schedule: ReminderSettings, zone: ZoneInfo, start: datetime,
         plan: list[tuple[str, object]]) -> tuple[Desk, int, list[datetime]]:  # fmt: skip
    desk = Desk(schedule, start.replace(tzinfo=zone), zone=zone, streak_days=3)
    snoozes = 0
    polled_at: list[datetime] = []
    for action, value in plan:
        if action == "wait":
            assert isinstance(value, float)
            end = desk.mono + value
            while desk.mono < end:
                decision = desk.poll()
                polled_at.append(desk.local)
                assert 0 <= decision.next_in <= 60
                desk.step(max(1.0, min(decision.next_in, end - desk.mono)))
        elif action == "sleep":
            assert isinstance(value, float)
            desk.step(value, awake=False)
        elif action == "travel":
            assert isinstance(value, ZoneInfo)
            desk.travel(value)
        elif action == "quiet":
            desk.quiet = Quiet(bool(value), False, False)
        elif action == "idle":
            assert isinstance(value, float)
            desk.idle = value
        elif action == "snooze":
            assert isinstance(value, int)
            if desk.shown:
                snoozes += 1
            desk.engine.snooze(value, desk.moment())
        desk.poll()
        polled_at.append(desk.local)
    return desk, snoozes, polled_at


@settings(max_examples=150, deadline=None)
@given(schedules, st.sampled_from(ZONES), st.sampled_from(STARTS), st.lists(steps, max_size=25))
def test_no_slot_is_shown_twice_unless_snoozed(
    schedule: ReminderSettings, zone: ZoneInfo, start: datetime, plan: list[tuple[str, object]]
) -> None:
    desk, snoozes, _ = walk(schedule, zone, start, plan)
    slots = [(r.key, r.slot) for r in desk.shown if r.kind is not Kind.ACTIVE]
    assert len(slots) - len(set(slots)) <= snoozes


@settings(max_examples=150, deadline=None)
@given(schedules, st.sampled_from(ZONES), st.sampled_from(STARTS),
       st.lists(steps.filter(lambda s: s[0] != "snooze"), max_size=25))  # fmt: skip
def test_shown_reminders_are_due_recent_and_from_after_the_start(
    schedule: ReminderSettings, zone: ZoneInfo, start: datetime, plan: list[tuple[str, object]]
) -> None:
    desk, _, _ = walk(schedule, zone, start, plan)
    begin = start.replace(tzinfo=zone)
    slots = [(r.key, r.slot) for r in desk.shown if r.kind is not Kind.ACTIVE]
    assert len(slots) == len(set(slots))
    for reminder in desk.shown:
        assert reminder.due_utc >= begin
        assert reminder.due_utc - begin <= timedelta(days=60)
    assert all(r.due_utc <= desk.local for r in desk.shown)


@settings(max_examples=100, deadline=None)
@given(schedules, st.sampled_from(ZONES), st.sampled_from(STARTS), st.floats(60, 40 * 3600))
def test_a_suspend_gives_at_most_one_reminder_on_waking(
    schedule: ReminderSettings, zone: ZoneInfo, start: datetime, asleep: float
) -> None:
    desk = Desk(schedule, start.replace(tzinfo=zone), zone=zone, streak_days=3)
    desk.poll()
    before = len(desk.shown)
    desk.step(asleep, awake=False)
    woke = desk.local
    desk.poll()
    desk.poll()
    after = desk.shown[before:]
    assert len(after) <= 1
    for reminder in after:
        assert woke - reminder.due_utc <= DROP_AFTER
