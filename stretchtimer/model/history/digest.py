"""The history's digest, kept up to date by the sessions that changed, not by twenty years.

:class:`DigestKeeper` sums the whole file once, then on each later call asks SQLite which
sessions and check-ins changed since (a new id, or an ``updated_utc`` at or after the
newest it had seen: every write stamps it) and sums again only their days and their
routines and re-reads their check-ins. Everything is summed in whole milliseconds, so a
day summed again is exactly what summing everything would give.

A change it cannot see that way (a merge that keeps an older stamp, a clock set back, a
hand edit) is caught by comparing the kept totals with the file's own, one cheap pass over
an index; then, as when very many rows changed, everything is summed again.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from stretchtimer.model.history.schema import LIVE
from stretchtimer.model.streaks import (
    CheckinPoint,
    DayActivity,
    HistoryDigest,
    RoutineCount,
    credited_ms,
    rank_routines,
)

S_LIVE = "s.deleted_utc IS NULL AND s.valid"
CHECKIN = "c.session_id = s.id AND c.deleted_utc IS NULL AND c.valid"
# streaks.counts_as_session in SQL; a test keeps the two in step.
COUNTED = "(status = 'completed' OR credited_seconds > 0)"
MS = "CAST(credited_seconds * 1000 + 0.5 AS INTEGER)"
RATED = "(c.stiffness_before IS NOT NULL OR c.stiffness_after IS NOT NULL)"
_DAY_SUMS = f"count(*), sum({MS}), sum(status = 'completed'), sum({COUNTED})"
_CHECKIN_COLUMNS = "s.id, s.local_date, s.started_utc, c.stiffness_before, c.stiffness_after"
_CHECKIN_FROM = f"checkins c JOIN sessions s ON {CHECKIN} AND {S_LIVE}"
# Both totals in one statement, each read the cheap way: the day sums from the covering
# per-day index (the range, which every live row's date keeps, is what makes SQLite choose
# it over the smaller start index and a table read per row: 17 -> 7 ms at 20 years), the
# check-ins by walking the few check-ins and looking their sessions up (8 -> 4 ms).
_TOTALS = (
    f"SELECT * FROM (SELECT {_DAY_SUMS} FROM sessions "
    f"WHERE {LIVE} AND local_date >= '0001-01-01'), "
    "(SELECT count(*), total(c.stiffness_before), total(c.stiffness_after) "
    f"FROM checkins c CROSS JOIN sessions s ON {CHECKIN} AND {S_LIVE} WHERE {RATED})"
)
# More changed sessions than this and summing everything again is as quick.
MANY = 400
_CHUNK = 500  # SQLite's bound on ``?`` in one statement is far above this


def changed_rows(
    conn: sqlite3.Connection, top_id: int, stamp: str
) -> tuple[list[Any], list[Any]] | None:
    """The sessions with a newer id or a stamp at or after ``stamp`` (id, local date,
    routine, stamp) and the check-ins stamped since (session id, stamp); None when either
    is more than ``MANY``, which is cheaper to sum again than to follow."""
    sessions = conn.execute(
        "SELECT id, local_date, routine_id, updated_utc FROM sessions "
        f"WHERE id > ? OR updated_utc >= ? LIMIT {MANY + 1}",
        (top_id, stamp),
    ).fetchall()
    rated = conn.execute(
        f"SELECT session_id, updated_utc FROM checkins WHERE updated_utc >= ? LIMIT {MANY + 1}",
        (stamp,),
    ).fetchall()
    if len(sessions) > MANY or len(rated) > MANY:
        return None
    return sessions, rated


def _day(row: Any) -> DayActivity:
    return DayActivity(date.fromisoformat(row[0]), row[1], row[2] / 1000, row[3], row[4])


def _checkin(row: Any) -> CheckinPoint:
    return CheckinPoint(
        row[0], date.fromisoformat(row[1]), datetime.fromisoformat(row[2]), row[3], row[4]
    )


def _chunks(values: list[Any]) -> list[list[Any]]:
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]


# A stamp written by hand may be of any type; only text ones move the mark.
_TEXT_STAMP = "max(CASE WHEN typeof(updated_utc) = 'text' THEN updated_utc END)"


def _stamp(value: object) -> str:
    return value if isinstance(value, str) else ""


def _marks(conn: sqlite3.Connection) -> tuple[int, str]:
    """The newest session id and the newest stamp of any session or check-in."""
    top, stamp = conn.execute(f"SELECT max(id), {_TEXT_STAMP} FROM sessions").fetchone()
    checked = conn.execute(f"SELECT {_TEXT_STAMP} FROM checkins").fetchone()[0]
    return top or 0, max(_stamp(stamp), _stamp(checked))


def _routine(conn: sqlite3.Connection, routine_id: str) -> RoutineCount | None:
    """A routine's counted sessions and the name it had most recently."""
    where = f"routine_id = ? AND {LIVE} AND {COUNTED}"
    count = conn.execute(f"SELECT count(*) FROM sessions WHERE {where}", (routine_id,))
    sessions = count.fetchone()[0]
    if not sessions:
        return None
    name = conn.execute(
        f"SELECT routine_name FROM sessions WHERE {where} "
        "ORDER BY started_utc DESC, id DESC LIMIT 1",
        (routine_id,),
    ).fetchone()[0]
    return RoutineCount(routine_id, name, sessions)


def _day_sums(day: DayActivity) -> tuple[int, int, int, int]:
    return day.sessions, credited_ms(day.credited_seconds), day.completed, day.counted_sessions


def _checkin_sums(point: CheckinPoint) -> tuple[int, int, int]:
    return 1, point.before or 0, point.after or 0


def _add(total: list[int], part: tuple[int, ...], sign: int = 1) -> None:
    for i, value in enumerate(part):
        total[i] += sign * value


@dataclass
class _Kept:
    """The digest's parts, and their totals (which the file's own are compared with)."""

    days: dict[date, DayActivity]
    routines: dict[str, RoutineCount]
    checkins: dict[int, CheckinPoint]
    top_id: int
    stamp: str
    day_total: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    checkin_total: list[int] = field(default_factory=lambda: [0, 0, 0])
    digest: HistoryDigest | None = None

    def __post_init__(self) -> None:
        for day in self.days.values():
            _add(self.day_total, _day_sums(day))
        for point in self.checkins.values():
            _add(self.checkin_total, _checkin_sums(point))

    def drop_day(self, day: date) -> None:
        gone = self.days.pop(day, None)
        if gone is not None:
            _add(self.day_total, _day_sums(gone), -1)

    def put_day(self, day: DayActivity) -> None:
        if self.days.get(day.day) == day:
            return  # the same object stays, so the statistics see the day did not change
        self.drop_day(day.day)
        self.days[day.day] = day
        _add(self.day_total, _day_sums(day))

    def drop_checkin(self, session_id: int) -> None:
        gone = self.checkins.pop(session_id, None)
        if gone is not None:
            _add(self.checkin_total, _checkin_sums(gone), -1)

    def put_checkin(self, point: CheckinPoint) -> None:
        self.drop_checkin(point.session_id)
        self.checkins[point.session_id] = point
        _add(self.checkin_total, _checkin_sums(point))


def sum_everything(conn: sqlite3.Connection) -> HistoryDigest:
    """The digest summed over the whole file (what the keeper keeps up to date)."""
    return _digest(_sum_everything(conn))


def _sum_everything(conn: sqlite3.Connection) -> _Kept:
    top_id, stamp = _marks(conn)
    rows = conn.execute(f"SELECT local_date, {_DAY_SUMS} FROM sessions WHERE {LIVE} GROUP BY 1")
    days = {(d := _day(r)).day: d for r in rows}
    counts = conn.execute(
        f"SELECT routine_id FROM sessions WHERE {LIVE} AND {COUNTED} GROUP BY routine_id"
    ).fetchall()
    routines = {r[0]: found for r in counts if (found := _routine(conn, r[0])) is not None}
    rated = conn.execute(f"SELECT {_CHECKIN_COLUMNS} FROM {_CHECKIN_FROM} WHERE {RATED}")
    checkins = {(c := _checkin(r)).session_id: c for r in rated}
    return _Kept(days, routines, checkins, top_id, stamp)


def _digest(kept: _Kept) -> HistoryDigest:
    if kept.digest is None:
        kept.digest = HistoryDigest(
            days=dict(kept.days),  # a copy: the kept one changes under later calls
            counted_sessions=kept.day_total[3],
            total_seconds=kept.day_total[1] / 1000,
            routines=rank_routines(kept.routines.values()),
            checkins=tuple(
                sorted(kept.checkins.values(), key=lambda c: (c.started_utc, c.session_id))
            ),
        )
    return kept.digest


class DigestKeeper:
    """One connection's digest, summed again only where the file changed."""

    def __init__(self) -> None:
        self._kept: _Kept | None = None
        self.full_sums = 0  # how often everything was summed (also tells readers to re-read)
        # The marks before the last catch-up and the sessions it found changed, so that a
        # reader who stood at those marks learns what changed without asking SQLite again.
        self.last_changes: tuple[tuple[int, str], frozenset[int]] | None = None

    def forget(self) -> None:
        """Sum everything next time (the file may have been replaced)."""
        self._kept = None
        self.last_changes = None

    def marks(self) -> tuple[int, str]:
        """The newest session id and stamp summed so far (none yet: nothing is summed)."""
        kept = self._kept
        return (kept.top_id, kept.stamp) if kept is not None else (0, "")

    def digest(self, conn: sqlite3.Connection) -> HistoryDigest:
        kept = self._kept
        if kept is not None and not self._catch_up(conn, kept):
            kept = None
        if kept is None:
            kept = self._kept = _sum_everything(conn)
            self.full_sums += 1
            self.last_changes = None
        return _digest(kept)

    def _catch_up(self, conn: sqlite3.Connection, kept: _Kept) -> bool:
        """Bring ``kept`` up to date with the file; False if it must be summed again."""
        changed = changed_rows(conn, kept.top_id, kept.stamp)
        if changed is None:
            return False
        sessions, rated = changed
        ids = frozenset(int(r[0]) for r in sessions) | {int(r[0]) for r in rated}
        self.last_changes = ((kept.top_id, kept.stamp), ids)
        if sessions or rated:
            self._sum_again(conn, kept, sessions, rated)
        return self._agrees(conn, kept)

    def _sum_again(
        self, conn: sqlite3.Connection, kept: _Kept, sessions: list[Any], rated: list[Any]
    ) -> None:
        kept.digest = None
        day_texts = sorted({str(r[1]) for r in sessions})
        for chunk in _chunks(day_texts):
            marks = ", ".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT local_date, {_DAY_SUMS} FROM sessions "
                f"WHERE local_date IN ({marks}) AND {LIVE} GROUP BY 1",
                chunk,
            )
            summed = {(day := _day(row)).day: day for row in rows}
            for text in chunk:
                # A day with no live session left goes (a text that is no date was never kept).
                with suppress(ValueError):
                    if (on := date.fromisoformat(text)) not in summed:
                        kept.drop_day(on)
            for day in summed.values():
                kept.put_day(day)
        for routine_id in {str(r[2]) for r in sessions}:
            found = _routine(conn, routine_id)
            if found is None:
                kept.routines.pop(routine_id, None)
            else:
                kept.routines[routine_id] = found
        ids = sorted({int(r[0]) for r in sessions} | {int(r[0]) for r in rated})
        for chunk in _chunks(ids):
            for session_id in chunk:
                kept.drop_checkin(session_id)
            marks = ", ".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT {_CHECKIN_COLUMNS} FROM {_CHECKIN_FROM} "
                f"WHERE s.id IN ({marks}) AND {RATED}",
                chunk,
            )
            for row in rows:
                kept.put_checkin(_checkin(row))
        stamps = [_stamp(r[3]) for r in sessions] + [_stamp(r[1]) for r in rated]
        kept.top_id = max([kept.top_id, *(int(r[0]) for r in sessions)])
        kept.stamp = max([kept.stamp, *stamps])

    def _agrees(self, conn: sqlite3.Connection, kept: _Kept) -> bool:
        """Whether the kept totals are the file's (a change the stamps did not show)."""
        found = conn.execute(_TOTALS).fetchone()
        days = [v or 0 for v in found[:4]]
        # A change stamped before the marks (the clock set back) hides from the catch-up,
        # and re-summing its day for another change can make the day totals right while
        # its routine's count stays old: every counted session has one routine.
        counted = sum(r.sessions for r in kept.routines.values())
        return (
            days == kept.day_total
            and counted == days[3]
            and [found[4], int(found[5]), int(found[6])] == kept.checkin_total
        )


__all__ = ["MANY", "DigestKeeper", "changed_rows", "sum_everything"]
