"""Forward migrations: each brings a file up one schema version, all in one transaction.

``schema_version`` records each migration applied. :func:`migrate` runs the missing
ones when a store opens a file; a file written by a newer StretchTimer is never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from typing import Final

from stretchtimer.model.history.connection import HistoryConnection
from stretchtimer.model.history.rules import new_uuid
from stretchtimer.model.history.schema import V1, V2_INDEXES, V2_TABLES


def _migrate_to_v1(conn: sqlite3.Connection) -> None:
    for statement in V1:
        conn.execute(statement)


def _migrate_to_v2(conn: sqlite3.Connection) -> None:
    """UUIDs, the device id, ``updated_utc`` everywhere and tombstones for deletes.

    The new tables are filled beside the old ones and renamed into place (SQLite cannot
    add a ``NOT NULL UNIQUE`` column). Rows that break a new rule are copied as they are:
    their ``valid`` column marks them and reads leave them out, so nothing is lost.
    """
    device = new_uuid()
    conn.create_function("stretchtimer_uuid4", 0, new_uuid, deterministic=False)
    # A gap left by the newest deleted session must stay a gap: ids are never reused.
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sessions'").fetchone()
    sequence = row[0] if row else 0
    for statement in V2_TABLES:
        conn.execute(statement)
    conn.execute("INSERT INTO meta (key, value) VALUES ('device_id', ?)", (device,))
    conn.execute(
        "INSERT INTO sessions_v2 (id, uuid, device_id, routine_id, routine_name, started_utc, "
        "tz_name, local_date, planned_seconds, active_seconds, credited_seconds, status, "
        "updated_utc, deleted_utc) SELECT id, stretchtimer_uuid4(), ?, routine_id, "
        "routine_name, started_utc, tz_name, local_date, planned_seconds, active_seconds, "
        "credited_seconds, status, updated_utc, NULL FROM sessions ORDER BY id",
        (device,),
    )
    # Rows whose session is gone (possible only if foreign keys were off) stay behind:
    # they belong to nothing that could be shown. The copy made before migrating has them.
    conn.execute(
        "INSERT INTO session_items_v2 (session_id, item, exercise_id, exercise_name, "
        "planned_seconds, credited_seconds, outcome) SELECT i.session_id, i.item, "
        "i.exercise_id, i.exercise_name, i.planned_seconds, i.credited_seconds, i.outcome "
        "FROM session_items i JOIN sessions s ON s.id = i.session_id "
        "ORDER BY i.session_id, i.item"
    )
    conn.execute(
        "INSERT INTO checkins_v2 (session_id, uuid, device_id, stiffness_before, "
        "stiffness_after, updated_utc, deleted_utc) SELECT c.session_id, "
        "stretchtimer_uuid4(), ?, c.stiffness_before, c.stiffness_after, c.updated_utc, NULL "
        "FROM checkins c JOIN sessions s ON s.id = c.session_id ORDER BY c.session_id",
        (device,),
    )
    for table in ("checkins", "session_items", "sessions"):
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_v2 RENAME TO {table}")
    conn.execute(
        "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'sessions'", (sequence,)
    )
    if sequence and conn.execute("SELECT changes()").fetchone()[0] == 0:
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('sessions', ?)", (sequence,))
    for statement in V2_INDEXES:
        conn.execute(statement)


Migration = Callable[[sqlite3.Connection], None]

# Migration n (1-based) brings a version n-1 file to version n. Append; never edit a shipped one.
MIGRATIONS: Final[tuple[Migration, ...]] = (_migrate_to_v1, _migrate_to_v2)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def migrate(connection: HistoryConnection) -> None:
    """Run the migrations the file lacks, in one transaction; on failure nothing changes.

    ``MIGRATIONS`` and ``SCHEMA_VERSION`` are looked up here at call time, so the ones set
    on this module (the migration tests add one) are the ones that run.
    """
    conn = connection.raw()
    # Tables are rebuilt and renamed: foreign keys must not cascade or check half-way, and
    # rows that break a newer rule are carried over rather than stopping the upgrade. Both
    # pragmas only take effect outside a transaction, so they are set around it.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        with connection.write() as conn:
            # Another StretchTimer may have migrated the file since it was checked.
            version = 0
            if conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
            ).fetchone():
                version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target - 1](conn)
                conn.execute(
                    "INSERT INTO schema_version (version, applied_utc) VALUES (?, ?)",
                    (target, connection.stamp()),
                )
    finally:
        with suppress(sqlite3.Error):
            conn.execute("PRAGMA ignore_check_constraints = OFF")
            conn.execute("PRAGMA foreign_keys = ON")
    if 0 < version < SCHEMA_VERSION:
        # The rebuilt tables left the old ones' pages free: give them back, so the file and
        # the check at every start are no bigger than the history. Only space is at stake,
        # so a disk too full for it is no reason to stop.
        with suppress(sqlite3.Error):
            conn.execute("VACUUM")


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]
