"""Keeps the history store up to date while a session runs, and survives a failing disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from stretchtimer.model.history import HistoryError, HistoryStore, PendingWrites, system_tz_name
from stretchtimer.model.plan import Plan
from stretchtimer.model.session import SessionSummary
from stretchtimer.model.streaks import local_day

CHECKPOINT_MS = 5000


class HistoryRecorder(QObject):
    """Writes a session row at start, a checkpoint every few seconds, the result at the end.

    The retry bookkeeping is the model's :class:`PendingWrites`; this class adds the timer
    and tells the window. A failed write (read-only or full disk) never stops the session:
    the recorder says so once through ``problem`` and tries again at the next checkpoint;
    a finish that could not be written is retried until it lands or the app quits.

    Signals:
        problem(str): a write failed; the message is for the person.
        recovered(): writes work again after a problem.
    """

    problem = Signal(str)
    recovered = Signal()

    def __init__(
        self,
        store: HistoryStore,
        *,
        day_start_hour: int = 3,
        utc_now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.day_start_hour = day_start_hour
        self._utc_now = utc_now
        self._pending: PendingWrites | None = None
        self._summary: Callable[[], SessionSummary] | None = None
        self._finished = False
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECKPOINT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def session_id(self) -> int | None:
        return None if self._pending is None else self._pending.session_id

    @property
    def is_timer_active(self) -> bool:
        return self._timer.isActive()

    # ----- the SessionRecorder protocol -------------------------------------------------
    def begin(self, plan: Plan, summary: Callable[[], SessionSummary] | None = None) -> None:
        """A session started; ``summary`` gives its live state for the periodic checkpoints."""
        started = self._utc_now()
        tz = system_tz_name()
        day = local_day(started, tz, self.day_start_hour)
        self._summary = summary
        self._finished = False
        self._pending = PendingWrites(self.store)
        name = plan.routine.name
        self._report(
            self._pending.begin(plan.routine.id, name, started, tz, day, plan.total_seconds)
        )
        self._timer.start()

    def update(self, summary: SessionSummary) -> None:
        if self._pending is not None and not self._finished:
            self._report(self._pending.checkpoint(summary))

    def finish(self, summary: SessionSummary) -> None:
        if self._pending is None:
            return
        self._finished = True
        saved = self._pending.finish(summary)
        self._report(saved)
        if saved:
            self._timer.stop()

    def set_checkin(self, *, before: int | None = None, after: int | None = None) -> bool:
        """Store a rating for the current (or just finished) session."""
        sid = self.session_id
        if sid is None or (before is None and after is None):
            return False
        try:
            if before is not None:
                self.store.set_checkin(sid, before=before)
            if after is not None:
                self.store.set_checkin(sid, after=after)
        except HistoryError as exc:
            self.problem.emit(
                self.tr("Your rating could not be saved ({error}).").format(error=exc)
            )
            return False
        return True

    def stop(self) -> None:
        self._timer.stop()

    # ----- internals -------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if self._pending is None:
            self._timer.stop()
        elif self._finished:
            saved = self._pending.retry()
            self._report(saved)
            if saved:
                self._timer.stop()
        elif self._summary is not None:
            self.update(self._summary())

    def _report(self, saved: bool) -> None:
        if not saved and not self._failing and self._pending is not None:
            self._failing = True
            message = self.tr(
                "History could not be saved ({error}). The session goes on, "
                "and StretchTimer will try again."
            )
            self.problem.emit(message.format(error=self._pending.error))
        elif saved and self._failing:
            self._failing = False
            self.recovered.emit()
