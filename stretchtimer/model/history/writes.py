"""Writing to the history: sessions as they run and finish, check-ins, delete and its undo.

Each write is one transaction (:meth:`HistoryConnection._write`); seconds and ratings are
checked here first, so a bad one is refused with the field's name.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime
from types import EllipsisType

from stretchtimer.model.history.connection import utc_text
from stretchtimer.model.history.reads import ITEM_COLUMNS, HistoryReads
from stretchtimer.model.history.records import HistoryError, RecordStatus, SessionSnapshot
from stretchtimer.model.session import SessionSummary

MAX_SECONDS = 1e7  # far beyond any real session; keeps infinities and garbage out
MAX_RATING = 10
_INSERT_ITEM = (
    f"INSERT INTO session_items (session_id, {ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _seconds(value: float, what: str) -> float:
    number = float(value)
    if not (math.isfinite(number) and 0 <= number <= MAX_SECONDS):
        raise ValueError(
            f"{what} must be a number of seconds from 0 to {MAX_SECONDS:g}, not {value!r}"
        )
    return number


def _rating(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RATING:
        raise ValueError(f"{what} must be a whole number from 0 to {MAX_RATING}, not {value!r}")
    return value


class HistoryWrites(HistoryReads):
    """The writing half of :class:`~stretchtimer.model.history.HistoryStore`."""

    def _replace_items(
        self, conn: sqlite3.Connection, session_id: int, summary: SessionSummary
    ) -> None:
        conn.execute("DELETE FROM session_items WHERE session_id = ?", (session_id,))
        conn.executemany(
            _INSERT_ITEM,
            [
                (
                    session_id,
                    i.item,
                    i.exercise_id,
                    i.exercise_name,
                    _seconds(i.planned_hold_seconds, "planned seconds"),
                    _seconds(i.credited_hold_seconds, "credited seconds"),
                    i.outcome.value,
                )
                for i in summary.items
            ],
        )

    def _update(self, session_id: int, summary: SessionSummary, status: RecordStatus | None) -> int:
        values = (
            _seconds(summary.planned_seconds, "planned seconds"),
            _seconds(summary.active_seconds, "active seconds"),
            _seconds(summary.credited_hold_seconds, "credited seconds"),
        )
        with self._write() as conn:
            if status is None:
                # A late retry of a checkpoint must never reopen a finished session.
                cursor = conn.execute(
                    "UPDATE sessions SET planned_seconds = ?, active_seconds = ?, "
                    "credited_seconds = ?, status = 'in_progress', updated_utc = ? "
                    "WHERE id = ? AND status IN ('in_progress', 'interrupted')",
                    (*values, self._stamp(), session_id),
                )
            else:
                cursor = conn.execute(
                    "UPDATE sessions SET planned_seconds = ?, active_seconds = ?, "
                    "credited_seconds = ?, status = ?, updated_utc = ? WHERE id = ?",
                    (*values, status.value, self._stamp(), session_id),
                )
            if cursor.rowcount:
                self._replace_items(conn, session_id, summary)
            elif (
                conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
                is None
            ):
                raise HistoryError(f"There is no session {session_id} in the history.")
            return cursor.rowcount

    # ----- writes ------------------------------------------------------------------------
    def begin_session(  # noqa: PLR0917 (the order the window calls it in)
        self,
        routine_id: str,
        routine_name: str,
        started_utc: datetime,
        tz_name: str,
        local_date: date,
        planned_seconds: float,
    ) -> int:
        """Record that a session started; returns its id."""
        started = utc_text(started_utc)
        planned = _seconds(planned_seconds, "planned seconds")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, routine_name, started_utc, tz_name, local_date, "
                "planned_seconds, status, updated_utc) VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?)",
                (
                    routine_id,
                    routine_name,
                    started,
                    tz_name,
                    local_date.isoformat(),
                    planned,
                    self._stamp(),
                ),
            )
            session_id = cursor.lastrowid
        assert session_id is not None
        return session_id

    def checkpoint(self, session_id: int, summary: SessionSummary) -> None:
        """Save the credit so far; the session stays in progress. Safe to repeat."""
        self._update(session_id, summary, None)

    def finish(self, session_id: int, summary: SessionSummary) -> None:
        """Save the final state (completed or stopped) and its exercises. Safe to repeat."""
        if summary.status is None:
            raise ValueError("finish needs a summary of a finished session (status is None)")
        self._update(session_id, summary, RecordStatus(summary.status.value))

    def close_interrupted(self) -> int:
        """At start-up: sessions left in progress by a crash keep their last credit."""
        with self._write() as conn:
            return conn.execute(
                "UPDATE sessions SET status = 'interrupted', updated_utc = ? "
                "WHERE status = 'in_progress'",
                (self._stamp(),),
            ).rowcount

    def set_checkin(
        self,
        session_id: int,
        *,
        before: int | EllipsisType | None = ...,
        after: int | EllipsisType | None = ...,
    ) -> None:
        """Set the 0–10 stiffness ratings; a rating left out keeps its value, ``None`` clears it."""
        changes: dict[str, int | None] = {}
        if not isinstance(before, EllipsisType):
            changes["stiffness_before"] = _rating(before, "the rating before")
        if not isinstance(after, EllipsisType):
            changes["stiffness_after"] = _rating(after, "the rating after")
        if not changes:
            return
        columns = ", ".join(changes)
        updates = ", ".join(f"{c} = excluded.{c}" for c in changes)
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
                is None
            ):
                raise HistoryError(f"There is no session {session_id} in the history.")
            conn.execute(
                f"INSERT INTO checkins (session_id, {columns}, updated_utc) "
                f"VALUES (?, {', '.join('?' * len(changes))}, ?) "
                f"ON CONFLICT (session_id) DO UPDATE SET {updates}, "
                "updated_utc = excluded.updated_utc",
                (session_id, *changes.values(), self._stamp()),
            )

    def delete_session(self, session_id: int) -> SessionSnapshot:
        """Delete a finished session; returns what :meth:`restore_session` needs to undo it."""
        with self._write() as conn:
            snapshot = self._snapshot(conn, session_id)
            if snapshot.record.status is RecordStatus.IN_PROGRESS:
                raise HistoryError("A session still in progress cannot be deleted.")
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return snapshot

    def restore_session(self, snapshot: SessionSnapshot) -> None:
        """Put a deleted session back exactly as it was, with the same id."""
        r = snapshot.record
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (r.id,)).fetchone():
                raise HistoryError(f"Session {r.id} is already in the history.")
            conn.execute(
                "INSERT INTO sessions (id, routine_id, routine_name, started_utc, tz_name, "
                "local_date, planned_seconds, active_seconds, credited_seconds, status, "
                "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    r.id,
                    r.routine_id,
                    r.routine_name,
                    utc_text(r.started_utc),
                    r.tz_name,
                    r.local_date.isoformat(),
                    r.planned_seconds,
                    r.active_seconds,
                    r.credited_seconds,
                    r.status.value,
                    utc_text(r.updated_utc),
                ),
            )
            conn.executemany(
                _INSERT_ITEM,
                [(r.id, *i.values()) for i in snapshot.items],
            )
            if r.stiffness_before is not None or r.stiffness_after is not None:
                conn.execute(
                    "INSERT INTO checkins (session_id, stiffness_before, stiffness_after, "
                    "updated_utc) VALUES (?, ?, ?, ?)",
                    (r.id, r.stiffness_before, r.stiffness_after, self._stamp()),
                )


__all__ = ["MAX_RATING", "MAX_SECONDS", "HistoryWrites"]
