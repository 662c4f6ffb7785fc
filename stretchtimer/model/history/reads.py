"""Reading the history back: sessions, their exercises, and the totals statistics need."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from stretchtimer.model.history.connection import HistoryConnection
from stretchtimer.model.history.records import (
    HistoryError,
    ItemRecord,
    RecordStatus,
    SessionRecord,
    SessionSnapshot,
)
from stretchtimer.model.session import ItemOutcome
from stretchtimer.model.streaks import (
    CheckinPoint,
    DayActivity,
    HistoryDigest,
    RoutineCount,
    rank_routines,
)

_SESSION_COLUMNS = (
    "s.id, s.routine_id, s.routine_name, s.started_utc, s.tz_name, s.local_date, "
    "s.planned_seconds, s.active_seconds, s.credited_seconds, s.status, s.updated_utc, "
    "c.stiffness_before, c.stiffness_after"
)
_SESSION_FROM = "sessions s LEFT JOIN checkins c ON c.session_id = s.id"
ITEM_COLUMNS = "item, exercise_id, exercise_name, planned_seconds, credited_seconds, outcome"
# streaks.counts_as_session in SQL; a test keeps the two in step.
_COUNTED = "(status = 'completed' OR credited_seconds > 0)"


def _record(row: Any) -> SessionRecord:
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
    )


def _item(row: Any) -> ItemRecord:
    return ItemRecord(row[0], row[1], row[2], row[3], row[4], ItemOutcome(row[5]))


class HistoryReads(HistoryConnection):
    """The reading half of :class:`~stretchtimer.model.history.HistoryStore`."""

    def _snapshot(self, conn: sqlite3.Connection, session_id: int) -> SessionSnapshot:
        row = conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE s.id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise HistoryError(f"There is no session {session_id} in the history.")
        items = conn.execute(
            f"SELECT {ITEM_COLUMNS} FROM session_items WHERE session_id = ? ORDER BY item",
            (session_id,),
        ).fetchall()
        return SessionSnapshot(_record(row), tuple(_item(i) for i in items))

    def session(self, session_id: int) -> SessionRecord | None:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE s.id = ?", (session_id,)
            ).fetchone()
        return None if row is None else _record(row)

    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[SessionRecord]:
        """Stored sessions with ``since <= local_date <= until``, by start time."""
        where: list[str] = []
        params: list[object] = []
        if since is not None:
            where.append("s.local_date >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("s.local_date <= ?")
            params.append(until.isoformat())
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY s.started_utc {order}, s.id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        with self._read() as conn:
            return [_record(r) for r in conn.execute(sql, params)]

    def items(self, session_id: int) -> list[ItemRecord]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {ITEM_COLUMNS} FROM session_items WHERE session_id = ? ORDER BY item",
                (session_id,),
            )
            return [_item(r) for r in rows]

    def all_items(self) -> dict[int, list[ItemRecord]]:
        """Every session's exercises, keyed by session id (for export)."""
        found: dict[int, list[ItemRecord]] = {}
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT session_id, {ITEM_COLUMNS} FROM session_items ORDER BY session_id, item"
            )
            for row in rows:
                found.setdefault(row[0], []).append(_item(row[1:]))
        return found

    def day_totals(self, since: date | None = None) -> dict[date, DayActivity]:
        """Sessions, credited seconds and completed sessions per stored local date."""
        sql = (
            "SELECT local_date, count(*), total(credited_seconds), sum(status = 'completed'), "
            f"sum({_COUNTED}) FROM sessions"
        )
        params: tuple[str, ...] = ()
        if since is not None:
            sql += " WHERE local_date >= ?"
            params = (since.isoformat(),)
        with self._read() as conn:
            rows = conn.execute(sql + " GROUP BY local_date", params).fetchall()
        fromiso = date.fromisoformat
        return {(day := fromiso(r[0])): DayActivity(day, r[1], r[2], r[3], r[4]) for r in rows}

    def digest(self) -> HistoryDigest:
        """What :func:`~stretchtimer.model.streaks.stats_from_digest` needs, summed by SQL.

        The same as ``streaks.digest(self.sessions())`` (a test holds them together) but
        it never builds a Python object per session, so it stays fast on a long history.
        """
        days = self.day_totals()
        with self._read() as conn:
            counts = conn.execute(
                f"SELECT routine_id, count(*) FROM sessions WHERE {_COUNTED} GROUP BY routine_id"
            ).fetchall()
            routines = [
                (
                    routine_id,
                    conn.execute(
                        "SELECT routine_name FROM sessions WHERE routine_id = ? AND "
                        f"{_COUNTED} ORDER BY started_utc DESC, id DESC LIMIT 1",
                        (routine_id,),
                    ).fetchone()[0],
                    count,
                )
                for routine_id, count in counts
            ]
            checkins = conn.execute(
                "SELECT s.id, s.local_date, s.started_utc, c.stiffness_before, "
                "c.stiffness_after FROM checkins c JOIN sessions s ON s.id = c.session_id "
                "WHERE c.stiffness_before IS NOT NULL OR c.stiffness_after IS NOT NULL "
                "ORDER BY s.started_utc, s.id"
            ).fetchall()
        return HistoryDigest(
            days=days,
            counted_sessions=sum(d.counted_sessions for d in days.values()),
            total_seconds=sum(d.credited_seconds for d in days.values()),
            routines=rank_routines(RoutineCount(r[0], r[1], r[2]) for r in routines),
            checkins=tuple(
                CheckinPoint(
                    c[0], date.fromisoformat(c[1]), datetime.fromisoformat(c[2]), c[3], c[4]
                )
                for c in checkins
            ),
        )

    def schema_version(self) -> int:
        with self._read() as conn:
            return int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0])


__all__ = ["ITEM_COLUMNS", "HistoryReads"]
