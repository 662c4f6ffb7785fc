"""Reading the history back: sessions, their exercises, and the totals statistics need.

Every read keeps to live, valid rows (``schema.LIVE``): a deleted session is a tombstone
that is never shown, and a row that breaks a rule is left out here and described by
:meth:`HistoryReader.problems`.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from stretchtimer.model.history import problems
from stretchtimer.model.history.changes import ChangeCursor, SessionChanges, changed_ids
from stretchtimer.model.history.connection import HistoryConnection
from stretchtimer.model.history.digest import DigestKeeper
from stretchtimer.model.history.records import (
    HistoryError,
    ItemRecord,
    RecordStatus,
    RowProblem,
    RowProblems,
    SessionRecord,
    SessionSnapshot,
)
from stretchtimer.model.session import ItemOutcome
from stretchtimer.model.streaks import DayActivity, HistoryDigest

_SESSION_COLUMNS = (
    "s.id, s.routine_id, s.routine_name, s.started_utc, s.tz_name, s.local_date, "
    "s.planned_seconds, s.active_seconds, s.credited_seconds, s.status, s.updated_utc, "
    "c.stiffness_before, c.stiffness_after, s.uuid, s.device_id"
)
_LIVE = "s.deleted_utc IS NULL AND s.valid"
_CHECKIN = "c.session_id = s.id AND c.deleted_utc IS NULL AND c.valid"
_SESSION_FROM = f"sessions s LEFT JOIN checkins c ON {_CHECKIN}"
ITEM_COLUMNS = "item, exercise_id, exercise_name, planned_seconds, credited_seconds, outcome"
_ITEMS_FROM = f"session_items i JOIN sessions s ON s.id = i.session_id AND {_LIVE}"
_ITEM_COLUMNS = ", ".join(f"i.{c}" for c in ITEM_COLUMNS.split(", "))
# streaks.counts_as_session in SQL; a test keeps the two in step.
_COUNTED = "(status = 'completed' OR credited_seconds > 0)"


class _UnreadableError(Exception):
    """A row passed the rules but still did not convert (a gap in the rules)."""


def _record(row: Any) -> SessionRecord:
    try:
        return SessionRecord(
            row[0],
            row[1],
            row[2],
            datetime.fromisoformat(row[3]),
            row[4],
            date.fromisoformat(row[5]),
            row[6],
            row[7],
            row[8],
            RecordStatus(row[9]),
            datetime.fromisoformat(row[10]),
            row[11],
            row[12],
            row[13],
            row[14],
        )
    except (ValueError, TypeError, OverflowError) as exc:
        raise _UnreadableError(str(exc)) from exc


def _item(row: Any) -> ItemRecord:
    try:
        return ItemRecord(row[0], row[1], row[2], row[3], row[4], ItemOutcome(row[5]))
    except (ValueError, TypeError) as exc:
        raise _UnreadableError(str(exc)) from exc


class HistoryReader:
    """The reads of :class:`~stretchtimer.model.history.HistoryStore`, over its connection."""

    def __init__(self, connection: HistoryConnection) -> None:
        self._db = connection
        # Rows that kept the rules but failed to convert; never expected, still never fatal.
        self._unreadable: dict[tuple[str, object, object], RowProblem] = {}
        self._keeper = DigestKeeper()

    def _records(self, rows: Any) -> list[SessionRecord]:
        found = []
        for row in rows:
            try:
                found.append(_record(row))
            except _UnreadableError as exc:
                self._note("sessions", row[0], None, str(exc))
            else:
                self._unreadable.pop(("sessions", row[0], None), None)
        return found

    def _items(self, rows: Any, session_id: object) -> list[ItemRecord]:
        found = []
        for row in rows:
            try:
                found.append(_item(row))
            except _UnreadableError as exc:
                self._note("session_items", session_id, row[0], str(exc))
            else:
                self._unreadable.pop(("session_items", session_id, row[0]), None)
        return found

    def _note(self, table: str, session_id: object, item: object, why: str) -> None:
        self._unreadable[(table, session_id, item)] = RowProblem(
            self._db.path, table, session_id, "the row", why, "it cannot be read", item
        )

    def snapshot(self, conn: sqlite3.Connection, session_id: int) -> SessionSnapshot:
        """A live session and its exercises, read inside the caller's transaction."""
        rows = conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE s.id = ? AND {_LIVE}",
            (session_id,),
        ).fetchall()
        records = self._records(rows)
        if not records:
            raise HistoryError(f"There is no session {session_id} in the history.")
        items = conn.execute(
            f"SELECT {ITEM_COLUMNS} FROM session_items WHERE session_id = ? AND valid "
            "ORDER BY item",
            (session_id,),
        )
        return SessionSnapshot(records[0], tuple(self._items(items, session_id)))

    def session(self, session_id: int) -> SessionRecord | None:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE s.id = ? AND {_LIVE}",
                (session_id,),
            ).fetchall()
        records = self._records(rows)
        return records[0] if records else None

    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[SessionRecord]:
        """Stored sessions with ``since <= local_date <= until``, by start time."""
        where = [_LIVE]
        params: list[object] = []
        if since is not None:
            where.append("s.local_date >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("s.local_date <= ?")
            params.append(until.isoformat())
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE " + " AND ".join(where)
        sql += f" ORDER BY s.started_utc {order}, s.id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        with self._db.read() as conn:
            return self._records(conn.execute(sql, params).fetchall())

    def items(self, session_id: int) -> list[ItemRecord]:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM {_ITEMS_FROM} WHERE i.session_id = ? AND i.valid "
                "ORDER BY i.item",
                (session_id,),
            ).fetchall()
        return self._items(rows, session_id)

    def all_items(self) -> dict[int, list[ItemRecord]]:
        """Every live session's exercises, keyed by session id (for export)."""
        found: dict[int, list[ItemRecord]] = {}
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT i.session_id, {_ITEM_COLUMNS} FROM {_ITEMS_FROM} WHERE i.valid "
                "ORDER BY i.session_id, i.item"
            ).fetchall()
        for row in rows:
            found.setdefault(row[0], []).extend(self._items([row[1:]], row[0]))
        return found

    def change_mark(self) -> tuple[int, int, int]:
        """A value that differs whenever the file has changed since it was last taken.

        Another connection's commit (the writer's thread, sync, another program) moves
        SQLite's ``data_version``; this connection's own writes move its ``total_changes``;
        a new file started in place of a damaged one moves the connection's generation.
        Reading it costs no scan, so a reader can skip re-reading a file that is as it was.
        """
        with self._db.read() as conn:
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
            return self._db.generation, version, conn.total_changes

    def day_totals(self, since: date | None = None) -> dict[date, DayActivity]:
        """Sessions, credited seconds and completed sessions per stored local date."""
        sql = (
            "SELECT local_date, count(*), sum(CAST(credited_seconds * 1000 + 0.5 AS INTEGER)), "
            "sum(status = 'completed'), "
            f"sum({_COUNTED}) FROM sessions WHERE deleted_utc IS NULL AND valid"
        )
        params: tuple[str, ...] = ()
        if since is not None:
            sql += " AND local_date >= ?"
            params = (since.isoformat(),)
        with self._db.read() as conn:
            rows = conn.execute(sql + " GROUP BY local_date", params).fetchall()
        fromiso = date.fromisoformat
        return {
            (day := fromiso(r[0])): DayActivity(day, r[1], r[2] / 1000, r[3], r[4]) for r in rows
        }

    def digest(self) -> HistoryDigest:
        """What :func:`~stretchtimer.model.streaks.stats_from_digest` needs, summed by SQL.

        The same as ``streaks.digest(self.sessions())`` (a test holds them together) but
        it never builds a Python object per session, and after the first time it sums
        again only the days and routines of the sessions that changed (:mod:`.digest`).
        """
        with self._db.read() as conn:
            return self._keeper.digest(conn)

    def changes(self, since: ChangeCursor | None) -> SessionChanges:
        """The sessions changed since ``since``, as of the last :meth:`digest` (see
        :mod:`.changes`); not ``known`` when ``since`` is None or everything was summed."""
        keeper = self._keeper
        cursor = ChangeCursor(self._db.generation, keeper.full_sums, *keeper.marks())
        if since is None or (since.generation, since.full_sums) != (
            cursor.generation,
            cursor.full_sums,
        ):
            return SessionChanges(cursor, known=False)
        with self._db.read() as conn:
            last = keeper.last_changes
            marks = (since.top_id, since.stamp)
            ids = last[1] if last is not None and last[0] == marks else changed_ids(conn, since)
            if ids is None:
                return SessionChanges(cursor, known=False)
            found: list[SessionRecord] = []
            chosen = sorted(ids)
            for start in range(0, len(chosen), 500):
                chunk = chosen[start : start + 500]
                rows = conn.execute(
                    f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} "
                    f"WHERE s.id IN ({', '.join('?' * len(chunk))}) AND {_LIVE}",
                    chunk,
                ).fetchall()
                found.extend(self._records(rows))
        return SessionChanges(cursor, True, frozenset(ids), tuple(found))

    def problems(self, limit: int = problems.SHOWN) -> RowProblems:
        """The rows that break a rule and are left out of every read."""
        with self._db.read() as conn:
            found = problems.find(conn, self._db.path, limit)
        extra = [p for p in self._unreadable.values() if p not in found.shown]
        room = max(0, limit - len(found.shown))
        return RowProblems(
            found.shown + tuple(extra[:room]), found.more + max(0, len(extra) - room)
        )

    def schema_version(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0])


__all__ = ["ITEM_COLUMNS", "HistoryReader"]
