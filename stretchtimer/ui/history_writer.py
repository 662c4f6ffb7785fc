"""HistoryWriter: the history's writes on a thread of their own, so the GUI never waits.

While another program holds SQLite's write lock, each write waits out the busy timeout;
on a full, failing or slow disk a write with ``fsync`` can take as long. None of that may
reach the GUI thread, where a late wake-up is a late or lost cue. So the window only puts
requests on a queue, and one thread opens the history with a connection of its own (a
connection belongs to the thread that made it) and writes them in order.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance

from stretchtimer.model.session import SessionSummary
from stretchtimer.ui.write_backlog import (
    Begin,
    Checkin,
    Opener,
    Progress,
    Rating,
    Request,
    WriteBacklog,
    reason,
)

# On a normal quit the last writes (the session saved as stopped) get this long to land.
DRAIN_SECONDS = 5.0
_DRAIN_PAUSE = 0.25


@dataclass(frozen=True)
class _Close:
    deadline: float


_Message = Request | _Close | None  # None: try again what is unsaved


class HistoryWriter(QObject):
    """Writes sessions and check-ins in order, on a thread with its own history connection.

    Requests return at once. The thread folds what queued up while a write was slow (a
    session's newest checkpoint carries everything before it) and writes through the
    model's ``PendingWrites``, which keeps the newest unsaved state: a full, read-only or
    locked disk loses nothing while the app runs. Nothing is retried on the thread's own
    time: each new request, and :meth:`retry`, tries again.

    Signals (emitted from the thread; connect with ``Qt.QueuedConnection``):
        began(int, int): the session of that key has that id in the history.
        saved(): everything asked for so far is in the file.
        failed(str): a write failed and is kept to be tried again; the reason.
        refused(str): the history refused a write for good (a value out of range, a
            session no longer there); it was dropped.
        damaged(str): opening the file found it damaged (what the check said) and left
            it for the window to move aside; writes wait, and :meth:`retry` tries again.
    """

    began = Signal(int, object)  # a history id may not fit a C++ int
    saved = Signal()
    failed = Signal(str)
    refused = Signal(str)
    damaged = Signal(str)

    def __init__(
        self,
        opener: Opener,
        parent: QObject | None = None,
        *,
        on_damaged: Callable[[str], object] | None = None,
    ) -> None:
        """``on_damaged`` is connected to :attr:`damaged` (queued) before the thread starts,
        so the first opening's news cannot come before anyone listens."""
        super().__init__(parent)
        self._messages: queue.SimpleQueue[_Message] = queue.SimpleQueue()
        self._keys = 0
        self._closing = False
        self._drained = False
        self._backlog = WriteBacklog(
            opener,
            on_began=lambda key, sid: self._emit(self.began, key, sid),
            on_refused=lambda error: self._emit(self.refused, error),
            on_damaged=lambda why: self._emit(self.damaged, why),
        )
        if on_damaged is not None:
            self.damaged.connect(on_damaged, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    @property
    def thread_ident(self) -> int | None:
        return self._thread.ident

    # ----- requests (from the window's thread) -------------------------------------------
    def begin(  # noqa: PLR0917 (mirrors HistoryStore.begin_session)
        self,
        routine_id: str,
        routine_name: str,
        started_utc: datetime,
        tz_name: str,
        local_date: date,
        planned_seconds: float,
    ) -> int:
        """Record that a session started; returns the key its later writes name."""
        self._keys += 1
        args = (routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds)
        self._put(Begin(self._keys, args))
        return self._keys

    def checkpoint(self, key: int, summary: SessionSummary) -> None:
        self._put(Progress(key, summary, final=False))

    def finish(self, key: int, summary: SessionSummary) -> None:
        self._put(Progress(key, summary, final=True))

    def set_checkin(self, key: int, *, before: Rating = ..., after: Rating = ...) -> None:
        """A rating left out keeps its value, ``None`` clears it (as the store's)."""
        self._put(Checkin(key, before, after))

    def retry(self) -> None:
        """Try again whatever has not been saved yet."""
        self._put(None)

    def close(self, timeout: float = DRAIN_SECONDS) -> bool:
        """Write what is queued (trying again for up to ``timeout`` s), then close.

        Returns whether everything was written. What was not is lost, as a kill would
        lose it, and the file stays sound.
        """
        if not self._closing:
            self._closing = True
            self._messages.put(_Close(time.monotonic() + timeout))
        # A write in flight at the deadline may still take the busy timeout to return.
        self._thread.join(timeout + 3.0)
        return self._drained and not self._thread.is_alive()

    def _put(self, message: _Message) -> None:
        # Nothing asks after the quit has begun; if something did, the thread is gone.
        if not self._closing:
            self._messages.put(message)

    # ----- the thread ------------------------------------------------------------------
    def _run(self) -> None:
        self._backlog.open()  # at once, so the first write does not wait for it
        while True:
            message = self._messages.get()
            closing: _Close | None = None
            while True:  # fold everything that queued up behind a slow write
                if isinstance(message, _Close):
                    closing = message
                elif message is not None:
                    self._backlog.take(message)
                try:
                    message = self._messages.get_nowait()
                except queue.Empty:
                    break
            if closing is not None:
                self._drain(closing.deadline)
                return
            outcome = self._flush()
            # "Saved" only when nothing waits behind this round; a failure is news at once.
            if outcome is True and self._messages.empty():
                self._emit(self.saved)
            elif isinstance(outcome, str):
                self._emit(self.failed, outcome)

    def _flush(self) -> bool | str:
        # The thread must outlive a fault of its own: what is unsaved stays to be retried.
        try:
            return self._backlog.flush()
        except Exception as exc:
            return reason(exc)

    def _drain(self, deadline: float) -> None:
        try:
            while True:
                if self._flush() is True:
                    self._drained = True
                    return
                if time.monotonic() + _DRAIN_PAUSE >= deadline:
                    return
                time.sleep(_DRAIN_PAUSE)
        finally:
            self._backlog.close()

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        # After a quit that did not wait for the thread, the window's objects may be gone.
        with suppress(RuntimeError):
            signal.emit(*args)
