"""The history's tables with their ``CHECK`` constraints, and the forward migrations.

``schema_version`` records each migration applied; :class:`~stretchtimer.model.history.HistoryStore`
runs the missing ones when it opens a file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Final

from stretchtimer.model.history.records import RecordStatus
from stretchtimer.model.session import ItemOutcome

_SECONDS = "BETWEEN 0 AND 1e7"
_RATING = "{c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 10)"
_STATUSES = ", ".join(f"'{s.value}'" for s in RecordStatus)
_OUTCOMES = ", ".join(f"'{o.value}'" for o in ItemOutcome)
_UTC_TEXT = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]*Z'"

_V1 = (
    """CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY CHECK (typeof(version) = 'integer' AND version >= 1),
        applied_utc TEXT NOT NULL)""",
    f"""CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 200),
        routine_name TEXT NOT NULL CHECK (length(routine_name) <= 500),
        started_utc TEXT NOT NULL CHECK (started_utc {_UTC_TEXT}),
        tz_name TEXT NOT NULL CHECK (length(tz_name) BETWEEN 1 AND 100),
        local_date TEXT NOT NULL CHECK (date(local_date, '+0 days') IS local_date),
        planned_seconds REAL NOT NULL CHECK (planned_seconds {_SECONDS}),
        active_seconds REAL NOT NULL DEFAULT 0 CHECK (active_seconds {_SECONDS}),
        credited_seconds REAL NOT NULL DEFAULT 0 CHECK (credited_seconds {_SECONDS}),
        status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ({_STATUSES})),
        updated_utc TEXT NOT NULL CHECK (updated_utc {_UTC_TEXT}))""",
    f"""CREATE TABLE session_items (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        item INTEGER NOT NULL CHECK (typeof(item) = 'integer' AND item >= 0),
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        planned_seconds REAL NOT NULL CHECK (planned_seconds {_SECONDS}),
        credited_seconds REAL NOT NULL CHECK (credited_seconds {_SECONDS}),
        outcome TEXT NOT NULL CHECK (outcome IN ({_OUTCOMES})),
        PRIMARY KEY (session_id, item)) WITHOUT ROWID""",
    f"""CREATE TABLE checkins (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        stiffness_before INTEGER CHECK ({_RATING.format(c="stiffness_before")}),
        stiffness_after INTEGER CHECK ({_RATING.format(c="stiffness_after")}),
        updated_utc TEXT NOT NULL CHECK (updated_utc {_UTC_TEXT}))""",
    # Covers the per-day totals, so statistics never read the whole table.
    "CREATE INDEX sessions_by_day ON sessions(local_date, status, credited_seconds)",
    "CREATE INDEX sessions_by_start ON sessions(started_utc, id)",
    # Covers counting sessions per routine and finding each routine's latest name.
    "CREATE INDEX sessions_by_routine ON sessions(routine_id, started_utc, id, status, "
    "credited_seconds)",
    "CREATE INDEX sessions_in_progress ON sessions(status) WHERE status = 'in_progress'",
)


def _migrate_to_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


# Migration n (1-based) brings a version n-1 file to version n. Append; never edit a shipped one.
MIGRATIONS: Final[tuple[Callable[[sqlite3.Connection], None], ...]] = (_migrate_to_v1,)
SCHEMA_VERSION: Final = len(MIGRATIONS)


__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]
