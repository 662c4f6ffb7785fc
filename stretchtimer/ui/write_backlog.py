"""What the history writer's thread keeps of unsaved writes, and how it writes them.

No Qt and no thread here: :class:`WriteBacklog` is used by one thread at a time (the
writer's), which owns its store. A session's writes are folded as they come (its newest
checkpoint or finish carries everything before it), written through the model's
:class:`PendingWrites`, and kept while the disk fails, so a retry writes them in order.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import EllipsisType

from stretchtimer.model.history import (
    Check,
    HistoryDamagedError,
    HistoryError,
    HistoryStore,
    HistoryWriteError,
    PendingWrites,
)
from stretchtimer.model.session import SessionSummary

Opener = Callable[[], HistoryStore]
Rating = int | EllipsisType | None  # ... is "no change"
BeginArgs = tuple[str, str, datetime, str, date, float]


@dataclass(frozen=True)
class Begin:
    key: int
    args: BeginArgs


@dataclass(frozen=True)
class Progress:
    """A checkpoint, or with ``final`` the session's end."""

    key: int
    summary: SessionSummary
    final: bool


@dataclass(frozen=True)
class Checkin:
    key: int
    before: Rating
    after: Rating


Request = Begin | Progress | Checkin


def store_opener(
    path: Path, *, tidy: bool, check: Check = Check.FULL, move_damaged: bool = True
) -> Opener:
    """Opens the history for the writer's thread; ``tidy`` closes what a crash left open.

    Start-up opened the file too and told the person what it found, so the notices of
    this second opening are not repeated. Tidying is for when start-up could not do it;
    ``check`` can be the quick one when start-up has just checked the file as it needed,
    and is the quick one that start-up left to this thread after a clean exit. While the
    window holds the file open it is the one to move a damaged file aside
    (``move_damaged=False``: this raises :class:`HistoryDamagedError` instead).
    """

    def open_for_writing() -> HistoryStore:
        store, _notices = HistoryStore.open(path, check=check, move_damaged=move_damaged)
        if tidy:
            try:
                store.close_interrupted()
            except BaseException:
                store.close()
                raise
        return store

    return open_for_writing


def may_come_back(exc: HistoryError) -> bool:
    """Whether a history that could not be opened may open later: a disk full or locked.

    A file from a newer StretchTimer, or one that is not a history, stays so; a full disk
    is freed and a lock is let go, so the writer keeps trying those.
    """
    if isinstance(exc, HistoryWriteError):
        return True
    cause = exc.__cause__
    if isinstance(cause, sqlite3.Error):
        name = str(getattr(cause, "sqlite_errorname", ""))
        return name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_LOCKED"))
    return isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT)


def reason(exc: Exception) -> str:
    """The history's own messages are for the person; anything else says what it was."""
    return str(exc) if isinstance(exc, HistoryError) else f"{type(exc).__name__}: {exc}"


@dataclass
class _Session:
    """One session's writes; only the newest state is kept."""

    begin: BeginArgs
    pending: PendingWrites | None = None
    summary: SessionSummary | None = None  # newer than what ``pending`` holds
    final: bool = False
    before: Rating = ...  # a rating not yet written
    after: Rating = ...
    announced: bool = False
    refused: bool = False

    @property
    def unsaved(self) -> bool:
        if self.refused:
            return False
        return (
            self.pending is None
            or self.summary is not None
            or not self.pending.saved
            or not isinstance(self.before, EllipsisType)
            or not isinstance(self.after, EllipsisType)
        )


class WriteBacklog:
    """The unsaved writes of every session of this run, oldest first.

    ``on_began(key, id)`` is called once a session's row is in the file; ``on_refused``
    when the history refuses a write for good (it is dropped, the rest goes on);
    ``on_damaged`` when opening found the file damaged and left it for the window.
    """

    def __init__(
        self,
        opener: Opener,
        *,
        on_began: Callable[[int, int], None],
        on_refused: Callable[[str], None],
        on_damaged: Callable[[str], None] = lambda _why: None,
    ) -> None:
        self._opener = opener
        self._on_began = on_began
        self._on_refused = on_refused
        self._on_damaged = on_damaged
        self._store: HistoryStore | None = None
        self._open_error = ""
        self._sessions: dict[int, _Session] = {}

    def open(self) -> bool:
        if self._store is None:
            try:
                self._store = self._opener()
            except HistoryDamagedError as exc:
                self._open_error = reason(exc)
                self._on_damaged(str(exc.__cause__ or exc))
                return False
            except Exception as exc:  # not only HistoryError: the caller must go on
                self._open_error = reason(exc)
                return False
        return True

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def take(self, request: Request) -> None:
        """Fold a request into what is unsaved; nothing is written yet."""
        if isinstance(request, Begin):
            self._sessions[request.key] = _Session(request.args)
            return
        session = self._sessions.get(request.key)
        if session is None:
            return
        if isinstance(request, Progress):
            if not session.final:
                session.summary, session.final = request.summary, request.final
            return
        if not isinstance(request.before, EllipsisType):
            session.before = request.before
        if not isinstance(request.after, EllipsisType):
            session.after = request.after

    def flush(self) -> bool | str:
        """Write what is unsaved, oldest session first: True, or why it stopped.

        A failure stops the round, so nothing later lands before it; it stays to retry.
        """
        if not any(s.unsaved for s in self._sessions.values()):
            return True
        if not self.open():
            return self._open_error
        assert self._store is not None
        for key, session in self._sessions.items():
            if not session.unsaved:
                continue
            try:
                problem = self._write_session(key, session, self._store)
            except (HistoryError, ValueError) as exc:
                session.refused = True
                self._on_refused(str(exc))
                continue
            if problem is None:
                problem = self._write_ratings(session, self._store)
            if problem is not None:
                return problem
        return True

    def _write_session(self, key: int, session: _Session, store: HistoryStore) -> str | None:
        pending = session.pending
        if pending is None:
            pending = session.pending = PendingWrites(store)
            if not pending.begin(*session.begin):
                return pending.error
        if session.summary is not None:
            summary, session.summary = session.summary, None
            ok = pending.finish(summary) if session.final else pending.checkpoint(summary)
        else:
            ok = pending.saved or pending.retry()
        if not ok:
            return pending.error
        if not session.announced and pending.session_id is not None:
            session.announced = True
            self._on_began(key, pending.session_id)
        return None

    def _write_ratings(self, session: _Session, store: HistoryStore) -> str | None:
        sid = None if session.pending is None else session.pending.session_id
        if sid is None or (
            isinstance(session.before, EllipsisType) and isinstance(session.after, EllipsisType)
        ):
            return None
        try:
            store.set_checkin(sid, before=session.before, after=session.after)
        except HistoryWriteError as exc:
            return str(exc)
        except (HistoryError, ValueError) as exc:
            self._on_refused(str(exc))
        session.before = session.after = ...
        return None
