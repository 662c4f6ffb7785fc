"""Keeps the history store up to date while a session runs, and survives a failing disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from stretchtimer.model.history import HistoryError, HistoryStore, system_tz_name
from stretchtimer.model.plan import Plan
from stretchtimer.model.session import SessionSummary
from stretchtimer.model.streaks import local_day

CHECKPOINT_MS = 5000


class HistoryRecorder(QObject):
    """Writes a session row at start, a checkpoint every few seconds, the result at the end.

    A failed write (read-only or full disk) never stops the session: the recorder says so
    once through ``problem`` and tries again at the next checkpoint; a finish that could
    not be written is retried until it lands or the app quits.

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
        summary_source: Callable[[], SessionSummary] | None = None,
        utc_now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.day_start_hour = day_start_hour
        self.summary_source = summary_source
        self._utc_now = utc_now
        self.session_id: int | None = None
        self._pending_begin: tuple[str, str, datetime, str, float] | None = None
        self._pending_finish: SessionSummary | None = None
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECKPOINT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    # ----- the SessionRecorder protocol -------------------------------------------------
    def begin(self, plan: Plan, summary: Callable[[], SessionSummary] | None = None) -> None:
        """A session started; ``summary`` gives its live state for the periodic checkpoints."""
        if summary is not None:
            self.summary_source = summary
        started = self._utc_now()
        self.session_id = None
        self._pending_finish = None
        self._pending_begin = (
            plan.routine.id,
            plan.routine.name,
            started,
            system_tz_name(),
            plan.total_seconds,
        )
        self._try_begin()
        self._timer.start()

    def update(self, summary: SessionSummary) -> None:
        if not self._try_begin() or self.session_id is None:
            return
        self._attempt(lambda: self.store.checkpoint(self.session_id or 0, summary))

    def finish(self, summary: SessionSummary) -> None:
        self._pending_finish = summary
        self._flush_finish()

    def set_checkin(self, *, before: int | None = None, after: int | None = None) -> bool:
        """Store a rating for the current (or just finished) session."""
        if self.session_id is None:
            return False
        sid = self.session_id
        if before is not None:
            return self._attempt(lambda: self.store.set_checkin(sid, before=before))
        if after is not None:
            return self._attempt(lambda: self.store.set_checkin(sid, after=after))
        return False

    @property
    def is_timer_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    # ----- internals -------------------------------------------------------------------
    def _try_begin(self) -> bool:
        if self._pending_begin is None:
            return True
        routine_id, name, started, tz, planned = self._pending_begin
        day = local_day(started, tz, self.day_start_hour)

        def write() -> None:
            self.session_id = self.store.begin_session(routine_id, name, started, tz, day, planned)

        if self._attempt(write):
            self._pending_begin = None
            return True
        return False

    def _flush_finish(self) -> None:
        summary = self._pending_finish
        if summary is None:
            return
        if not self._try_begin() or self.session_id is None:
            self._timer.start()  # keep trying
            return
        sid = self.session_id
        if self._attempt(lambda: self.store.finish(sid, summary)):
            self._pending_finish = None
            self._timer.stop()
        else:
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._pending_finish is not None:
            self._flush_finish()
        elif self.summary_source is not None:
            self.update(self.summary_source())

    def _attempt(self, write: Callable[[], None]) -> bool:
        try:
            write()
        except HistoryError as exc:
            if not self._failing:
                self._failing = True
                message = self.tr(
                    "History could not be saved ({error}). The session goes on, "
                    "and StretchTimer will try again."
                )
                self.problem.emit(message.format(error=exc))
            return False
        if self._failing:
            self._failing = False
            self.recovered.emit()
        return True
