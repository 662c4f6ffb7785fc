"""Today's status for the tray: read lazily, again after a session, the day worked out fresh."""

from __future__ import annotations

from datetime import date

from stretchtimer.model.history import HistoryError
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import DayActivity, HistoryDigest
from stretchtimer.ui.desktop.today_status import TodayStatus


class CountingStore:
    def __init__(self) -> None:
        self.reads = 0
        self.days: dict[date, DayActivity] = {}
        self.broken = False

    def digest(self) -> HistoryDigest:
        self.reads += 1
        if self.broken:
            raise HistoryError("The history could not be read: disk I/O error.")
        return HistoryDigest(self.days, len(self.days), 600.0 * len(self.days), (), ())


def done_on(day: date) -> DayActivity:
    return DayActivity(day, 1, 600.0, 1, 1)


def test_read_once_then_again_only_after_a_session() -> None:
    store = CountingStore()
    today = [date(2026, 3, 4)]  # a Wednesday
    store.days = {date(2026, 3, 3): done_on(date(2026, 3, 3))}
    status = TodayStatus(lambda: Settings(weekly_goal_days=3), lambda _s: today[0])
    assert status() is None  # no history yet
    status.set_store(store)
    first = status()
    assert first is not None and store.reads == 1
    assert (first.current_streak, first.today_done, first.week_days_done) == (1, False, 1)
    assert first.weekly_goal_days == 3
    status()
    assert store.reads == 1  # opening the menu again reads nothing

    store.days[today[0]] = done_on(today[0])
    status.mark_stale()
    after = status()
    assert store.reads == 2 and after is not None
    assert (after.current_streak, after.today_done, after.week_days_done) == (2, True, 2)

    today[0] = date(2026, 3, 9)  # the next Monday: no new read, a new day and week
    monday = status()
    assert store.reads == 2 and monday is not None
    assert (monday.today_done, monday.week_days_done) == (False, 0)


def test_a_history_that_cannot_be_read_shows_no_status() -> None:
    store = CountingStore()
    store.broken = True
    status = TodayStatus(Settings)
    status.set_store(store)
    assert status() is None
