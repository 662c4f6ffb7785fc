"""The history's tables, with a ``CHECK`` constraint on every column.

A version's statements are never edited once shipped: a file is brought forward by the
migrations in :mod:`stretchtimer.model.history.migrations`, which run these in order.
"""

from __future__ import annotations

from typing import Final

from stretchtimer.model.history.records import RecordStatus
from stretchtimer.model.history.rules import (
    CHECKIN_RULES,
    ITEM_RULES,
    SESSION_RULES,
    Rule,
    uuid_rule,
    valid_column,
)
from stretchtimer.model.session import ItemOutcome

# ----- version 1 (shipped: leave as it is) ---------------------------------------------------
_SECONDS = "BETWEEN 0 AND 1e7"
_RATING = "{c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 10)"
_STATUSES = ", ".join(f"'{s.value}'" for s in RecordStatus)
_OUTCOMES = ", ".join(f"'{o.value}'" for o in ItemOutcome)
_UTC_TEXT = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]*Z'"

V1: Final = (
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


# ----- version 2: records that can travel between machines -----------------------------------
# Every session and check-in has a UUID and the device that last changed it; a delete sets
# deleted_utc instead of removing the row. Exercises belong to their session and travel
# with it. The new tables are built beside the old ones and renamed into place.
def _checked(rules: tuple[Rule, ...], column: str) -> str:
    return next(f"CHECK ({r.check()})" for r in rules if r.column == column)


def _s(column: str) -> str:
    return _checked(SESSION_RULES, column)


def _i(column: str) -> str:
    return _checked(ITEM_RULES, column)


def _c(column: str) -> str:
    return _checked(CHECKIN_RULES, column)


LIVE: Final = "deleted_utc IS NULL AND valid"
"""The rows every read keeps to; the partial indexes below hold only those."""

V2_TABLES: Final = (
    f"""CREATE TABLE meta (
        key TEXT PRIMARY KEY CHECK (typeof(key) = 'text' AND length(key) BETWEEN 1 AND 100),
        value TEXT NOT NULL CHECK (key <> 'device_id' OR ({uuid_rule("value").check()})))
        WITHOUT ROWID""",
    f"""CREATE TABLE sessions_v2 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE {_s("uuid")},
        device_id TEXT NOT NULL {_s("device_id")},
        routine_id TEXT NOT NULL {_s("routine_id")},
        routine_name TEXT NOT NULL {_s("routine_name")},
        started_utc TEXT NOT NULL {_s("started_utc")},
        tz_name TEXT NOT NULL {_s("tz_name")},
        local_date TEXT NOT NULL {_s("local_date")},
        planned_seconds REAL NOT NULL {_s("planned_seconds")},
        active_seconds REAL NOT NULL DEFAULT 0 {_s("active_seconds")},
        credited_seconds REAL NOT NULL DEFAULT 0 {_s("credited_seconds")},
        status TEXT NOT NULL DEFAULT 'in_progress' {_s("status")},
        updated_utc TEXT NOT NULL {_s("updated_utc")},
        deleted_utc TEXT {_s("deleted_utc")},
        {valid_column(SESSION_RULES)})""",
    f"""CREATE TABLE session_items_v2 (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        item INTEGER NOT NULL {_i("item")},
        exercise_id TEXT NOT NULL {_i("exercise_id")},
        exercise_name TEXT NOT NULL {_i("exercise_name")},
        planned_seconds REAL NOT NULL {_i("planned_seconds")},
        credited_seconds REAL NOT NULL {_i("credited_seconds")},
        outcome TEXT NOT NULL {_i("outcome")},
        {valid_column(ITEM_RULES)},
        PRIMARY KEY (session_id, item)) WITHOUT ROWID""",
    f"""CREATE TABLE checkins_v2 (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        uuid TEXT NOT NULL UNIQUE {_c("uuid")},
        device_id TEXT NOT NULL {_c("device_id")},
        stiffness_before INTEGER {_c("stiffness_before")},
        stiffness_after INTEGER {_c("stiffness_after")},
        updated_utc TEXT NOT NULL {_c("updated_utc")},
        deleted_utc TEXT {_c("deleted_utc")},
        {valid_column(CHECKIN_RULES)})""",
)

V2_INDEXES: Final = (
    # Covers the per-day totals, so statistics never read the whole table.
    f"CREATE INDEX sessions_by_day ON sessions(local_date, status, credited_seconds) WHERE {LIVE}",
    f"CREATE INDEX sessions_by_start ON sessions(started_utc, id) WHERE {LIVE}",
    # Covers counting sessions per routine and finding each routine's latest name.
    "CREATE INDEX sessions_by_routine ON sessions(routine_id, started_utc, id, status, "
    f"credited_seconds) WHERE {LIVE}",
    "CREATE INDEX sessions_in_progress ON sessions(status) WHERE status = 'in_progress'",
    # The rows that break a rule, found at once however long the history is.
    "CREATE INDEX sessions_broken ON sessions(id) WHERE NOT valid",
    "CREATE INDEX session_items_broken ON session_items(session_id, item) WHERE NOT valid",
    "CREATE INDEX checkins_broken ON checkins(session_id) WHERE NOT valid",
)

SESSION_COLUMNS: Final = tuple(r.column for r in SESSION_RULES)
ITEM_COLUMNS: Final = tuple(r.column for r in ITEM_RULES)
CHECKIN_COLUMNS: Final = tuple(r.column for r in CHECKIN_RULES)

__all__ = [
    "CHECKIN_COLUMNS",
    "ITEM_COLUMNS",
    "LIVE",
    "SESSION_COLUMNS",
    "V1",
    "V2_INDEXES",
    "V2_TABLES",
]
