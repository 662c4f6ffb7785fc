"""Reminder rules, case by case: daily times across DST and travel, suspend, quiet, idle."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from reminder_fakes import CALM, NEW_YORK, PARIS, Desk

from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    HoldReason,
    Kind,
    Quiet,
    ReminderSettings,
    Signal,
    SkipWhenDone,
    WorkingHours,
)
from stretchtimer.model.reminders.engine import MAX_SLEEP, QUIET_RECHECK
from stretchtimer.model.reminders.schedule import WORK_DAYS

MIDDAY = DailyReminder(time(12, 30), WORK_DAYS, "midday-desk")
EVERY_DAY = DailyReminder(time(12, 30))


def daily(*reminders: DailyReminder, **more: object) -> ReminderSettings:
    return ReminderSettings(daily=reminders).with_changes(**more)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_fires_once_at_its_time_on_a_weekday() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:00"))  # a Monday
    shown = desk.run(3600)
    assert [(r.kind, r.routine, r.slot) for r in shown] == [
        (Kind.DAILY, "midday-desk", local("2024-06-03").date())
    ]
    assert shown[0].due_utc == local("2024-06-03 12:30").replace(tzinfo=PARIS).astimezone(UTC)


def test_not_on_a_weekend_day() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-08 12:00"))  # a Saturday
    assert desk.run(2 * 3600) == []


def test_sleeps_until_the_slot_but_never_longer_than_a_minute() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29:30"))
    decision = desk.poll()
    assert decision.next_in == 30 and Signal.QUIET in decision.needs
    desk = Desk(daily(MIDDAY), local("2024-06-03 09:00"))
    decision = desk.poll()
    assert decision.next_in == MAX_SLEEP and decision.needs == frozenset()


def test_a_slot_before_the_start_is_not_a_reminder() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:31"))
    assert desk.run(600) == []


def test_spring_forward_a_time_in_the_gap_comes_after_it_once() -> None:
    early = DailyReminder(time(2, 30))
    desk = Desk(daily(early), local("2024-03-31 01:00"))  # clocks go 02:00 -> 03:00
    shown = desk.run(4 * 3600)
    assert len(shown) == 1
    assert shown[0].due_utc.astimezone(PARIS).strftime("%H:%M") == "03:30"


def test_fall_back_a_time_that_happens_twice_fires_once() -> None:
    early = DailyReminder(time(2, 30))
    desk = Desk(daily(early), local("2024-10-27 01:00"))  # 02:00-03:00 happens twice
    shown = desk.run(5 * 3600)
    assert len(shown) == 1
    assert shown[0].due_utc == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # the first 02:30


def test_a_day_after_dst_the_local_time_still_holds() -> None:
    desk = Desk(daily(EVERY_DAY), local("2024-03-30 12:00"))
    shown = desk.run(26 * 3600)
    assert [r.due_utc.astimezone(PARIS).strftime("%d %H:%M") for r in shown] == [
        "30 12:30", "31 12:30"
    ]  # fmt: skip


def test_flying_west_the_same_day_is_not_reminded_twice() -> None:
    desk = Desk(daily(EVERY_DAY), local("2024-06-03 12:00"))
    assert len(desk.run(3600)) == 1  # 12:30 in Paris
    desk.travel(NEW_YORK)  # 07:30 the same day in New York
    assert desk.run(6 * 3600) == []
    assert len(desk.run(24 * 3600)) == 1  # the next day, 12:30 New York time


def test_local_times_follow_the_new_zone() -> None:
    desk = Desk(daily(EVERY_DAY), local("2024-06-03 08:00"))
    desk.travel(NEW_YORK)  # 02:00 in New York
    shown = desk.run(12 * 3600)
    assert [r.due_utc.astimezone(NEW_YORK).strftime("%H:%M") for r in shown] == ["12:30"]


def test_suspend_across_the_slot_gives_one_reminder_on_waking() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:00"))
    desk.poll()
    desk.step(40 * 60, awake=False)  # lid closed 12:00-12:40
    assert desk.poll().due is not None
    assert desk.run(3600) == []


def test_missed_reminders_collapse_into_the_latest() -> None:
    two = daily(DailyReminder(time(12, 30)), DailyReminder(time(13, 0), routine="neck"))
    desk = Desk(two, local("2024-06-03 12:00"))
    desk.poll()
    desk.step(75 * 60, awake=False)  # woke at 13:15
    shown = desk.run(3 * 3600)
    assert [r.routine for r in shown] == ["neck"]


def test_after_a_day_away_nothing_is_shown_late() -> None:
    desk = Desk(daily(EVERY_DAY), local("2024-06-03 09:00"))
    desk.poll()
    desk.step(8 * 3600, awake=False)  # woke at 17:00, 4.5 hours after the slot
    assert desk.run(3600) == []


def test_full_screen_holds_it_until_it_is_left() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29"), quiet=Quiet(True, False, False))
    desk.run(70)
    decision = desk.poll()
    assert decision.due is None and decision.held_because is HoldReason.FULL_SCREEN
    assert decision.next_in == QUIET_RECHECK and Signal.QUIET in decision.needs
    assert desk.run(30 * 60) == []
    desk.quiet = CALM
    assert [r.routine for r in desk.run(60)] == ["midday-desk"]
    assert desk.run(3600) == []


def test_each_quiet_reason_holds() -> None:
    for quiet, reason in [
        (Quiet(False, True, False), HoldReason.DO_NOT_DISTURB),
        (Quiet(False, False, True), HoldReason.LOCKED),
    ]:
        desk = Desk(daily(MIDDAY), local("2024-06-03 12:30"), quiet=quiet)
        desk.step(1)
        assert desk.poll().held_because is reason


def test_unavailable_signals_do_not_hold_it_back() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29"), quiet=Quiet(None, None, None))
    assert len(desk.run(120)) == 1


def test_not_looked_at_yet_asks_to_look_at_once() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:30"))
    desk.step(1)
    decision = desk.engine.poll(desk.moment().__class__(desk.local, desk.mono))
    assert decision.held_because is HoldReason.UNCHECKED and decision.next_in == 0
    assert decision.needs == frozenset(Signal)
    assert desk.poll().due is not None


def test_a_reminder_waits_for_the_person_to_come_back() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:00"))
    assert desk.run(40 * 60, idle_grows=True) == []  # away from 12:00
    assert desk.poll().held_because is HoldReason.AWAY
    desk.idle = 0.0  # a key pressed at 12:40
    assert len(desk.run(30)) == 1


def test_held_too_long_it_is_dropped() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29"), quiet=Quiet(True, False, False))
    desk.run(3 * 3600)
    desk.quiet = CALM
    assert desk.run(3600) == []


def test_snooze_brings_it_back_after_the_minutes_chosen() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29"))
    assert len(desk.run(120)) == 1
    desk.engine.snooze(10, desk.moment())
    assert desk.run(9 * 60) == []
    again = desk.run(90)
    assert [r.routine for r in again] == ["midday-desk"]
    assert desk.run(3600) == []


def test_skip_is_the_end_of_it() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29"))
    desk.run(120)
    desk.engine.skip()
    desk.engine.snooze(5, desk.moment())  # nothing shown any more: nothing to snooze
    assert desk.run(3600) == []


def test_done_today_skipping() -> None:
    own = DailyReminder(time(12, 30), routine="midday-desk", skip_when_done=SkipWhenDone.ROUTINE)
    anything = DailyReminder(time(12, 30), routine="neck", skip_when_done=SkipWhenDone.ANY)
    for reminder, done, shown in [
        (own, {"morning"}, 1), (own, {"midday-desk"}, 0), (anything, {"morning"}, 0),
        (anything, set(), 1), (MIDDAY, {"midday-desk"}, 1),
    ]:  # fmt: skip
        desk = Desk(daily(reminder), local("2024-06-03 12:00"), done_today=frozenset(done))
        assert len(desk.run(3600)) == shown, (reminder, done)


def test_paused_slots_are_passed_over_and_come_back_after() -> None:
    start = local("2024-06-03 12:00").replace(tzinfo=PARIS)
    paused = daily(MIDDAY, paused_until=(start + timedelta(hours=1)).astimezone(UTC))
    desk = Desk(paused, start)
    decision = desk.poll()
    assert decision.next_in == MAX_SLEEP and decision.needs == frozenset()
    assert desk.run(2 * 3600) == []
    assert len(desk.run(24 * 3600)) == 1  # the next day's


def test_turned_off_nothing_comes() -> None:
    desk = Desk(daily(MIDDAY, enabled=False), local("2024-06-03 12:00"))
    assert desk.run(3600) == []


def test_active_time_reminds_after_the_minutes_at_the_computer() -> None:
    settings = ReminderSettings(active_break=ActiveBreak(50, "desk", natural_break_minutes=5))
    desk = Desk(settings, local("2024-06-03 09:00"))
    decision = desk.poll()
    assert decision.needs == {Signal.IDLE} and decision.next_in == 60
    assert desk.run(49 * 60) == []
    shown = desk.run(2 * 60)
    assert [(r.kind, r.routine) for r in shown] == [(Kind.ACTIVE, "desk")]
    assert desk.engine.active_seconds < 120  # counting again from the reminder


def test_short_pauses_count_as_idle_and_a_natural_break_restarts_the_count() -> None:
    settings = ReminderSettings(active_break=ActiveBreak(30, natural_break_minutes=5))
    desk = Desk(settings, local("2024-06-03 09:00"))
    desk.run(20 * 60)
    desk.run(3 * 60, idle_grows=True)  # three minutes reading: not counted, no break
    assert 19 * 60 <= desk.engine.active_seconds <= 21 * 60
    desk.run(3 * 60, idle_grows=True)  # six minutes away in all: a natural break
    assert desk.engine.active_seconds == 0
    desk.idle = 0
    assert desk.run(29 * 60) == []
    assert len(desk.run(2 * 60)) == 1


def test_a_suspend_is_a_natural_break() -> None:
    settings = ReminderSettings(active_break=ActiveBreak(30))
    desk = Desk(settings, local("2024-06-03 09:00"))
    desk.run(25 * 60)
    desk.step(20 * 60, awake=False)
    desk.poll()
    assert desk.engine.active_seconds == 0


def test_active_time_counts_only_in_working_hours() -> None:
    hours = WorkingHours(((9 * 60, 17 * 60),) * 5 + (None, None))
    settings = ReminderSettings(active_break=ActiveBreak(30), working_hours=hours)
    desk = Desk(settings, local("2024-06-03 08:00"))
    assert desk.run(60 * 60) == []  # 08:00-09:00 not counted
    assert desk.run(25 * 60) == []
    assert len(desk.run(10 * 60)) == 1  # 09:30
    weekend = Desk(settings, local("2024-06-08 10:00"))
    assert weekend.run(3 * 3600) == []


def test_a_session_restarts_the_count() -> None:
    desk = Desk(ReminderSettings(active_break=ActiveBreak(30)), local("2024-06-03 09:00"))
    desk.run(25 * 60)
    desk.engine.session_started()
    assert desk.run(25 * 60) == []


def test_streak_nudge_only_with_a_streak_at_stake() -> None:
    settings = ReminderSettings(streak_nudge=True, streak_nudge_at=time(20, 0))
    for streak, done, shown in [(12, frozenset(), 1), (0, frozenset(), 0), (12, frozenset({"x"}), 0)]:
        desk = Desk(settings, local("2024-06-03 19:59"), streak_days=streak, done_today=done)
        got = desk.run(300)
        assert len(got) == shown
        if got:
            assert got[0].kind is Kind.STREAK and got[0].streak_days == 12


def test_streak_nudge_is_off_by_default() -> None:
    assert ReminderSettings().streak_nudge is False
    desk = Desk(ReminderSettings(), local("2024-06-03 19:59"), streak_days=12)
    assert desk.run(3600) == []


def test_removing_a_reminder_drops_its_waiting_one() -> None:
    desk = Desk(daily(MIDDAY), local("2024-06-03 12:29"), quiet=Quiet(True, False, False))
    desk.run(120)
    desk.engine.set_settings(daily())
    desk.quiet = CALM
    assert desk.run(600) == []
