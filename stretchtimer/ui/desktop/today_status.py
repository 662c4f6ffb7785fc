"""Today's status for the tray menu: the streak, today, this week, from the history.

The history is read lazily: when the menu first opens, and again at the first opening
after a session has ended. Between those, opening the menu works the day out afresh
from what was read (so midnight needs no timer) without touching the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryError
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import HistoryDigest, Stats, stats_from_digest


class DigestSource(Protocol):
    def digest(self) -> HistoryDigest: ...


class TodayStatus:
    """Callable as the tray's status source: ``Stats``, or None while there is no history."""

    def __init__(
        self,
        settings: Callable[[], Settings],
        today: Callable[[Settings], date] = today_for,
    ) -> None:
        self._settings = settings
        self._today = today
        self._store: DigestSource | None = None
        self._digest: HistoryDigest | None = None
        self._stale = True

    def set_store(self, store: DigestSource | None) -> None:
        self._store = store
        self._stale = True

    def mark_stale(self) -> None:
        """A session ended: read the history again the next time the menu opens."""
        self._stale = True

    def __call__(self) -> Stats | None:
        if self._store is None:
            return None
        if self._stale or self._digest is None:
            try:
                self._digest = self._store.digest()
            except HistoryError:
                self._digest = None
                return None
            self._stale = False
        settings = self._settings()
        return stats_from_digest(self._digest, self._today(settings), settings.weekly_goal_days)


__all__ = ["TodayStatus"]
