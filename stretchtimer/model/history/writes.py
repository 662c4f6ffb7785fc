"""Writing to the history: sessions as they run and finish, check-ins, delete and its undo.

Each write is one transaction (:meth:`HistoryConnection.write`) and stamps what it
changes with ``updated_utc`` and this device's id. Seconds and ratings are checked here
first, so a bad one is refused with the field's name. A delete is a tombstone
(``deleted_utc``) that can travel to the user's other machines; its undo clears it.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime
from types import EllipsisType

from stretchtimer.model.history.connection import HistoryConnection, utc_text
from stretchtimer.model.history.reads import ITEM_COLUMNS, HistoryReader
from stretchtimer.model.history.records import HistoryError, RecordStatus, SessionSnapshot
from stretchtimer.model.history.rules import new_uuid, uuid_rule
from stretchtimer.model.session import SessionSummary

MAX_SECONDS = 1e7  # far beyond any real session; keeps infinities and garbage out
MAX_RATING = 10
_INSERT_ITEM = (
    f"INSERT INTO session_items (session_id, {ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_LIVE_SESSION = "SELECT 1 FROM sessions WHERE id = ? AND deleted_utc IS NULL"


def _after(stamp: str, column: str = "updated_utc") -> str:
    """SQL for the new ``updated_utc``: now, or 1 ms after the version being replaced.

    A version stamped by a device whose clock runs ahead must not outlive a change made
    here after it arrived (see ``stretchtimer.model.sync``): the change is always later.
    """
    return f"max({stamp}, strftime('%Y-%m-%dT%H:%M:%fZ', {column}, '+0.001 seconds'))"


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


def device_id(conn: sqlite3.Connection) -> str | None:
    """The id stored for this data folder's device, or ``None`` if it is missing or bad."""
    row = conn.execute(
        f"SELECT value FROM meta WHERE key = 'device_id' AND {uuid_rule('value').check()}"
    ).fetchone()
    return None if row is None else str(row[0])


class HistoryWriter:
    """The writes of :class:`~stretchtimer.model.history.HistoryStore`, over its connection."""

    def __init__(self, connection: HistoryConnection, reader: HistoryReader) -> None:
        self._db = connection
        self._reader = reader
        self._device: str | None = None

    def device(self, conn: sqlite3.Connection) -> str:
        """This device's id, made once per data folder (again only if it was lost)."""
        if self._device is None:
            self._device = device_id(conn)
            if self._device is None:
                self._device = new_uuid()
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?)",
                    (self._device,),
                )
        return self._device

    def _replace_items(
        self, conn: sqlite3.Connection, session_id: int, summary: SessionSummary
    ) -> None:
        # The exercises are part of their session's record, not records of their own.
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
        with self._db.write() as conn:
            stamp = (self._db.stamp(), self.device(conn))
            if status is None:
                # A late retry of a checkpoint must never reopen a finished session.
                cursor = conn.execute(
                    "UPDATE sessions SET planned_seconds = ?, active_seconds = ?, "
                    f"credited_seconds = ?, status = 'in_progress', updated_utc = {_after('?')}, "
                    "device_id = ? WHERE id = ? AND deleted_utc IS NULL "
                    "AND status IN ('in_progress', 'interrupted')",
                    (*values, *stamp, session_id),
                )
            else:
                cursor = conn.execute(
                    "UPDATE sessions SET planned_seconds = ?, active_seconds = ?, "
                    f"credited_seconds = ?, status = ?, updated_utc = {_after('?')}, "
                    "device_id = ? WHERE id = ? AND deleted_utc IS NULL",
                    (*values, status.value, *stamp, session_id),
                )
            if cursor.rowcount:
                self._replace_items(conn, session_id, summary)
            elif conn.execute(_LIVE_SESSION, (session_id,)).fetchone() is None:
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
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (uuid, device_id, routine_id, routine_name, started_utc, "
                "tz_name, local_date, planned_seconds, status, updated_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?)",
                (
                    new_uuid(),
                    self.device(conn),
                    routine_id,
                    routine_name,
                    started,
                    tz_name,
                    local_date.isoformat(),
                    planned,
                    self._db.stamp(),
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
        with self._db.write() as conn:
            return conn.execute(
                f"UPDATE sessions SET status = 'interrupted', updated_utc = {_after('?')}, "
                "device_id = ? WHERE status = 'in_progress'",
                (self._db.stamp(), self.device(conn)),
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
        with self._db.write() as conn:
            if conn.execute(_LIVE_SESSION, (session_id,)).fetchone() is None:
                raise HistoryError(f"There is no session {session_id} in the history.")
            # A new check-in gets its own UUID; a changed one keeps it.
            conn.execute(
                f"INSERT INTO checkins (session_id, uuid, device_id, {columns}, updated_utc) "
                f"VALUES (?, ?, ?, {', '.join('?' * len(changes))}, ?) "
                f"ON CONFLICT (session_id) DO UPDATE SET {updates}, "
                "device_id = excluded.device_id, "
                f"updated_utc = {_after('excluded.updated_utc', 'checkins.updated_utc')}",
                (session_id, new_uuid(), self.device(conn), *changes.values(), self._db.stamp()),
            )

    def delete_session(self, session_id: int) -> SessionSnapshot:
        """Delete a finished session (a tombstone); returns what :meth:`restore_session` needs."""
        with self._db.write() as conn:
            snapshot = self._reader.snapshot(conn, session_id)
            if snapshot.record.status is RecordStatus.IN_PROGRESS:
                raise HistoryError("A session still in progress cannot be deleted.")
            stamp = (self._db.stamp(), self.device(conn))
            conn.execute(
                f"UPDATE sessions SET deleted_utc = ?1, updated_utc = {_after('?1')}, "
                "device_id = ?2 WHERE id = ?3",
                (*stamp, session_id),
            )
            conn.execute(
                f"UPDATE checkins SET deleted_utc = ?1, updated_utc = {_after('?1')}, "
                "device_id = ?2 WHERE session_id = ?3 AND deleted_utc IS NULL",
                (*stamp, session_id),
            )
        return snapshot

    def restore_session(self, snapshot: SessionSnapshot) -> None:
        """Undo a delete: clear the session's tombstone, and its check-in's from that delete.

        The session comes back with the same id and UUID, its exercises untouched.
        """
        r = snapshot.record
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT deleted_utc, uuid FROM sessions WHERE id = ?", (r.id,)
            ).fetchone()
            if row is None or (r.uuid and row[1] != r.uuid):
                raise HistoryError(f"There is no session {r.id} in the history.")
            if row[0] is None:
                raise HistoryError(f"Session {r.id} is already in the history.")
            stamp = (self._db.stamp(), self.device(conn))
            conn.execute(
                f"UPDATE sessions SET deleted_utc = NULL, updated_utc = {_after('?1')}, "
                "device_id = ?2 WHERE id = ?3",
                (*stamp, r.id),
            )
            conn.execute(
                f"UPDATE checkins SET deleted_utc = NULL, updated_utc = {_after('?1')}, "
                "device_id = ?2 WHERE session_id = ?3 AND deleted_utc = ?4",
                (*stamp, r.id, row[0]),
            )


__all__ = ["MAX_RATING", "MAX_SECONDS", "HistoryWriter", "device_id"]
