"""Retrying a running session's history writes when the disk is full or read-only."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from stretchtimer.model.history.records import HistoryWriteError
from stretchtimer.model.session import SessionSummary

if TYPE_CHECKING:
    from stretchtimer.model.history.store import HistoryStore


class PendingWrites:
    """Keeps one session's history writes going when the disk is full or read-only.

    Every write carries the whole state so far, so only the newest unsaved one is kept and
    retried. Each call returns whether everything is saved; ``error`` holds the reason
    when it is not, for the window to show.
    """

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self.session_id: int | None = None
        self.error: str | None = None
        self._begin: tuple[str, str, datetime, str, date, float] | None = None
        self._summary: SessionSummary | None = None
        self._final = False

    @property
    def saved(self) -> bool:
        return (
            self.error is None
            and self._summary is None
            and (self._begin is None or self.session_id is not None)
        )

    def begin(  # noqa: PLR0917 (mirrors HistoryStore.begin_session)
        self,
        routine_id: str,
        routine_name: str,
        started_utc: datetime,
        tz_name: str,
        local_date: date,
        planned_seconds: float,
    ) -> bool:
        self._begin = (routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds)
        return self.retry()

    def checkpoint(self, summary: SessionSummary) -> bool:
        if not self._final:
            self._summary = summary
        return self.retry()

    def finish(self, summary: SessionSummary) -> bool:
        self._summary, self._final = summary, True
        return self.retry()

    def retry(self) -> bool:
        """Try the unsaved writes again (the window calls this at each checkpoint)."""
        try:
            if self.session_id is None and self._begin is not None:
                self.session_id = self.store.begin_session(*self._begin)
            if self._summary is not None and self.session_id is not None:
                if self._final:
                    self.store.finish(self.session_id, self._summary)
                else:
                    self.store.checkpoint(self.session_id, self._summary)
                self._summary = None
        except HistoryWriteError as exc:
            self.error = str(exc)
            return False
        self.error = None
        return True


__all__ = ["PendingWrites"]
