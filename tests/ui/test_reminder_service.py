"""The reminder service: its one timer asks the rules, reads only what they need, stops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from stretchtimer.model.reminders import DailyReminder, Quiet, Reminder, ReminderSettings
from stretchtimer.model.reminders import Signal as Need
from stretchtimer.ui.reminders.service import ReminderService

PARIS = ZoneInfo("Europe/Paris")
CALM = Quiet(False, False, False)


class Desk:
    """Wall and monotonic clocks moved by hand, and the desktop's answers, recorded."""

    def __init__(self, start: datetime) -> None:
        self.wall = start
        self.mono = 100.0
        self.quiet = CALM
        self.asked: list[frozenset[Need]] = []
        self.hold: Callable[[float | None, Quiet | None], None] | None = None
        self.answer_later = False

    def read(self, needs: frozenset[Need], done: Callable[[float | None, Quiet | None], None]) -> None:
        self.asked.append(needs)
        quiet = self.quiet if Need.QUIET in needs else None
        if self.answer_later:
            self.hold = lambda idle, _q: done(idle, quiet)
        else:
            done(0.0, quiet)

    def forward(self, seconds: float) -> None:
        self.wall = (self.wall.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(PARIS)
        self.mono += seconds


def make(desk: Desk, settings: ReminderSettings) -> tuple[ReminderService, list[Reminder]]:
    service = ReminderService(settings, desk.read, lambda: desk.wall, lambda: desk.mono)
    shown: list[Reminder] = []
    service.reminder_due.connect(shown.append)
    return service, shown


MIDDAY = ReminderSettings(daily=(DailyReminder(time(12, 30), routine="midday-desk-break"),))


def test_sleeps_until_the_slot_then_reminds_once(qtbot: QtBot) -> None:
    desk = Desk(datetime(2024, 6, 3, 12, 29, 40, tzinfo=PARIS))
    service, shown = make(desk, MIDDAY)
    service.start()
    assert service.timer.isActive() and service.timer.interval() == 20_000
    assert service.needs == {Need.IDLE, Need.QUIET}
    desk.forward(20)
    service.poll()
    assert [r.routine for r in shown] == ["midday-desk-break"]
    assert desk.asked[-1] == {Need.IDLE, Need.QUIET}
    assert service.needs == frozenset()  # nothing pending: no desktop reads next time
    desk.forward(60)
    service.poll()
    assert len(shown) == 1
    service.stop()
    assert not service.timer.isActive()


def test_nothing_is_read_from_the_desktop_while_nothing_is_pending(qtbot: QtBot) -> None:
    desk = Desk(datetime(2024, 6, 3, 9, 0, tzinfo=PARIS))
    service, _ = make(desk, MIDDAY)
    service.start()
    for _ in range(5):
        desk.forward(60)
        service.poll()
    assert desk.asked == [frozenset()] * 6
    assert service.timer.interval() == 60_000
    service.stop()


def test_a_full_screen_window_holds_it_and_rechecks_every_ten_seconds(qtbot: QtBot) -> None:
    desk = Desk(datetime(2024, 6, 3, 12, 30, 5, tzinfo=PARIS))
    desk.quiet = Quiet(True, False, False)
    service, shown = make(desk, MIDDAY.with_changes(daily=(DailyReminder(time(12, 30, 10)),)))
    service.start()
    desk.forward(10)
    service.poll()
    assert shown == [] and service.timer.interval() == 10_000
    assert service.last is not None and service.last.held_because is not None
    desk.quiet = CALM
    desk.forward(10)
    service.poll()
    assert len(shown) == 1
    service.stop()


def test_a_poll_asked_while_a_read_is_out_runs_after_it(qtbot: QtBot) -> None:
    desk = Desk(datetime(2024, 6, 3, 9, 0, tzinfo=PARIS))
    desk.answer_later = True
    service, _ = make(desk, MIDDAY)
    service.start()
    service.poll()
    assert len(desk.asked) == 1 and desk.hold is not None
    desk.answer_later = False
    desk.hold(None, None)
    assert len(desk.asked) == 2 and service.timer.isActive()
    service.stop()


def test_new_settings_are_used_at_once(qtbot: QtBot) -> None:
    desk = Desk(datetime(2024, 6, 3, 12, 31, tzinfo=PARIS))
    service, shown = make(desk, ReminderSettings())
    service.start()
    service.set_settings(ReminderSettings(daily=(DailyReminder(time(12, 31, 30)),)))
    assert service.timer.interval() == 30_000
    desk.forward(30)
    service.poll()
    assert len(shown) == 1
    service.snooze(5)
    assert service.timer.interval() <= 60_000
    for _ in range(5):
        desk.forward(60)
        service.poll()
    assert len(shown) == 2
    service.stop()
