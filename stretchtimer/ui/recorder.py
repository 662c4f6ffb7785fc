"""Keeps the history up to date while a session runs, and survives a failing disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchtimer.model.history import system_tz_name
from stretchtimer.model.plan import Plan
from stretchtimer.model.session import SessionSummary
from stretchtimer.model.streaks import local_day
from stretchtimer.ui.history_writer import HistoryWriter

CHECKPOINT_MS = 5000


class HistoryRecorder(QObject):
    """Writes a session row at start, a checkpoint every few seconds, the result at the end.

    Every write goes through the :class:`HistoryWriter`, on its own thread, so nothing
    here waits on the disk. A failed write (full, read-only or locked disk) never stops
    the session: the recorder says so once through ``problem``, the writer keeps the
    newest unsaved state, and the timer asks it to try again every few seconds until
    everything is saved; then ``recovered`` says the problem is over.

    Signals:
        problem(str): a write failed or was refused; the message is for the person.
        recovered(str): writes work again; the message of the problem that is over.
        saved(): everything handed over so far is in the file (it lands a moment after
            the call that asked for it, so readers of the file refresh on this).
    """

    problem = Signal(str)
    recovered = Signal(str)
    saved = Signal()

    def __init__(
        self,
        writer: HistoryWriter,
        *,
        day_start_hour: int = 3,
        utc_now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.day_start_hour = day_start_hour
        self._utc_now = utc_now
        self._key: int | None = None
        self._session_id: int | None = None
        self._summary: Callable[[], SessionSummary] | None = None
        self._finished = False
        self._failure: str | None = None  # the message shown while writes fail
        self._timer = QTimer(self)
        self._timer.setInterval(CHECKPOINT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        queued = Qt.ConnectionType.QueuedConnection
        writer.began.connect(self._on_writer_began, queued)
        writer.saved.connect(self._on_writer_saved, queued)
        writer.failed.connect(self._on_writer_failed, queued)
        writer.refused.connect(self._on_writer_refused, queued)

    @property
    def session_id(self) -> int | None:
        """The current session's id in the history, once its first write has landed."""
        return self._session_id

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
        self._session_id = None
        self._key = self.writer.begin(
            plan.routine.id, plan.routine.name, started, tz, day, plan.total_seconds
        )
        self._timer.start()

    def update(self, summary: SessionSummary) -> None:
        if self._key is not None and not self._finished:
            self.writer.checkpoint(self._key, summary)

    def finish(self, summary: SessionSummary) -> None:
        if self._key is None:
            return
        self._finished = True
        self.writer.finish(self._key, summary)

    def set_checkin(self, *, before: int | None = None, after: int | None = None) -> bool:
        """Store a rating for the current (or just finished) session; False if there is none.

        The rating is written in the background; a failure comes back through ``problem``.
        """
        if self._key is None or (before is None and after is None):
            return False
        if before is not None:
            self.writer.set_checkin(self._key, before=before)
        if after is not None:
            self.writer.set_checkin(self._key, after=after)
        return True

    def stop(self) -> None:
        self._timer.stop()

    # ----- internals -------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if self._key is not None and not self._finished and self._summary is not None:
            self.writer.checkpoint(self._key, self._summary())
        else:
            self.writer.retry()

    def _on_writer_began(self, key: int, session_id: object) -> None:
        if key == self._key and isinstance(session_id, int):
            self._session_id = session_id

    def _on_writer_saved(self) -> None:
        if self._finished or self._key is None:
            self._timer.stop()
        if self._failure is not None:
            message, self._failure = self._failure, None
            self.recovered.emit(message)
        self.saved.emit()

    def _on_writer_failed(self, error: str) -> None:
        if not self._timer.isActive():
            self._timer.start()
        if self._failure is None:
            self._failure = self.tr(
                "History could not be saved (%1). The session goes on, "
                "and StretchTimer will try again."
            ).replace("%1", error)
            self.problem.emit(self._failure)

    def _on_writer_refused(self, error: str) -> None:
        self.problem.emit(self.tr("The history refused a change (%1).").replace("%1", error))
