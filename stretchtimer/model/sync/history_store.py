"""The SQLite history as the merge's record store: its sessions, exercises and check-ins.

What travels is what the history holds past the running session: every session that is
no longer in progress, deleted ones as tombstones, and their check-ins, each as it is
stored (``uuid``, ``device_id``, ``updated_utc``, ``deleted_utc``). A session from
another device is stored with a new local id and its own UUID, local date and time zone,
so it counts for the day it was on the clock of the person doing it. A row that breaks
the history's rules (a hand edit) stays where it is and does not travel.

An import is a few short transactions, and each record in them is taken only if it is
newer than its row at that moment (a session may have been rated since the merge
began); a record the history's ``CHECK`` constraints refuse is rolled back alone and
reported. A failure part-way leaves whole records only, and the next merge goes on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from stretchtimer.model.history import HistoryError, HistoryStore
from stretchtimer.model.sync.records import (
    CheckinBody,
    ItemBody,
    Key,
    Kind,
    SessionBody,
    SyncRecord,
    Version,
    stamp_text,
)
from stretchtimer.model.sync.store import ApplyResult, StoreError

_CHUNK = 500  # well under SQLite's limit on parameters
# Records per import transaction: a fraction of a second of the lock, few fsyncs.
_TRANSACTION = 2000
_SESSION_FIELDS = (
    "routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds, "
    "active_seconds, credited_seconds, status"
)
_ITEM_FIELDS = "item, exercise_id, exercise_name, planned_seconds, credited_seconds, outcome"
_TRAVELS = "s.status <> 'in_progress' AND s.valid"
_INSERT_ITEM = (
    f"INSERT INTO session_items (session_id, {_ITEM_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _stamp_sql(table: str) -> str:
    """A row's version time in ms, worked out by SQLite (exact: it counts in ms itself)."""
    latest = f"max({table}.updated_utc, coalesce({table}.deleted_utc, {table}.updated_utc))"
    return f"CAST(round((julianday({latest}) - 2440587.5) * 86400000.0) AS INTEGER)"


def stamp_ms_of_text(text: str) -> int:
    """Milliseconds of a time as the history stores it (``2024-05-01T12:00:00.000Z``)."""
    return round(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def _version(updated: str, deleted: str | None, device: str) -> Version:
    stamp = stamp_ms_of_text(updated)
    if deleted is not None:
        stamp = max(stamp, stamp_ms_of_text(deleted))
    return Version(stamp, deleted is not None, device)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class HistoryRecords:
    """:class:`~stretchtimer.model.sync.store.RecordStore` over an open :class:`HistoryStore`.

    Keep one for a connection: it remembers the versions it last read, and reads them
    again only when something else wrote since: another connection (the recorder, the
    history page: SQLite's ``data_version``) or the store's own (its ``total_changes``).
    So a merge after another device's files arrived does not read twenty years of history
    to find that nothing changed here.
    """

    def __init__(self, store: HistoryStore) -> None:
        self._db = store.connection
        self._writes = store.writes
        self._known: dict[Key, Version] | None = None
        self._seen: tuple[int, int] | None = None  # data_version, total_changes

    def device_id(self) -> str:
        """This data folder's device id, made now if nothing was ever recorded here."""
        try:
            with self._db.write() as conn:
                return self._writes.device(conn)
        except HistoryError as exc:
            raise StoreError(str(exc)) from exc

    # ----- what the history holds ---------------------------------------------------------------
    def versions(self) -> dict[Key, Version]:
        try:
            with self._db.read() as conn:
                seen = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
                if self._known is not None and seen == self._seen:
                    return dict(self._known)
                sessions = conn.execute(
                    f"SELECT s.uuid, {_stamp_sql('s')}, s.deleted_utc IS NOT NULL, s.device_id "
                    f"FROM sessions s WHERE {_TRAVELS}"
                ).fetchall()
                checkins = conn.execute(
                    f"SELECT s.uuid, {_stamp_sql('c')}, c.deleted_utc IS NOT NULL, c.device_id "
                    "FROM checkins c JOIN sessions s ON s.id = c.session_id "
                    f"WHERE {_TRAVELS} AND c.valid"
                ).fetchall()
        except HistoryError as exc:
            raise StoreError(str(exc)) from exc
        session, checkin = Kind.SESSION, Kind.CHECKIN
        found = {Key(session, r[0]): Version(r[1], bool(r[2]), r[3]) for r in sessions}
        found.update((Key(checkin, r[0]), Version(r[1], bool(r[2]), r[3])) for r in checkins)
        self._known, self._seen = found, seen
        return dict(found)

    def token(self) -> object:
        """What SQLite said of the file at the last look (see the class docstring)."""
        return self._seen

    def records(self, keys: Collection[Key]) -> list[SyncRecord]:
        sessions = sorted(k.uuid for k in keys if k.kind is Kind.SESSION)
        checkins = sorted(k.uuid for k in keys if k.kind is Kind.CHECKIN)
        found: list[SyncRecord] = []
        try:
            with self._db.read() as conn:
                for chunk in _chunks(sessions):
                    found += self._sessions(conn, chunk)
                for chunk in _chunks(checkins):
                    found += self._checkins(conn, chunk)
        except HistoryError as exc:
            raise StoreError(str(exc)) from exc
        return found

    def _sessions(self, conn: sqlite3.Connection, uuids: Sequence[str]) -> list[SyncRecord]:
        marks = ", ".join("?" * len(uuids))
        rows = conn.execute(
            f"SELECT s.id, s.uuid, s.updated_utc, s.deleted_utc, s.device_id, {_SESSION_FIELDS} "
            f"FROM sessions s WHERE s.uuid IN ({marks}) AND {_TRAVELS}",
            tuple(uuids),
        ).fetchall()
        items: dict[int, list[ItemBody]] = {}
        ids = [r[0] for r in rows if r[3] is None]
        if ids:
            for item in conn.execute(
                f"SELECT session_id, {_ITEM_FIELDS} FROM session_items "
                f"WHERE session_id IN ({', '.join('?' * len(ids))}) AND valid "
                "ORDER BY session_id, item",
                ids,
            ):
                items.setdefault(item[0], []).append(ItemBody(*item[1:]))
        found = []
        for row in rows:
            key = Key(Kind.SESSION, row[1])
            version = _version(row[2], row[3], row[4])
            body = None
            if not version.deleted:
                body = SessionBody(
                    row[5], row[6], row[7], row[8], date.fromisoformat(row[9]),
                    float(row[10]), float(row[11]), float(row[12]), row[13],
                    tuple(items.get(row[0], ())),
                )  # fmt: skip
            found.append(SyncRecord(key, version, body))
        return found

    def _checkins(self, conn: sqlite3.Connection, uuids: Sequence[str]) -> list[SyncRecord]:
        marks = ", ".join("?" * len(uuids))
        rows = conn.execute(
            "SELECT s.uuid, c.updated_utc, c.deleted_utc, c.device_id, c.uuid, "
            "c.stiffness_before, c.stiffness_after FROM checkins c "
            f"JOIN sessions s ON s.id = c.session_id WHERE s.uuid IN ({marks}) "
            f"AND {_TRAVELS} AND c.valid",
            tuple(uuids),
        ).fetchall()
        found = []
        for row in rows:
            version = _version(row[1], row[2], row[3])
            body = None if version.deleted else CheckinBody(row[4], row[5], row[6])
            found.append(SyncRecord(Key(Kind.CHECKIN, row[0]), version, body))
        return found

    # ----- taking in newer versions -------------------------------------------------------------
    def apply(self, records: Sequence[SyncRecord]) -> ApplyResult:
        result = ApplyResult()
        if not records:
            return result
        ordered = sorted(records, key=lambda r: r.key.kind is Kind.CHECKIN)
        try:
            # Short transactions, so a rating or a delete made meanwhile waits a fraction
            # of a second for the lock, not the seconds a first merge of years takes.
            for start in range(0, len(ordered), _TRANSACTION):
                with self._db.write() as conn:
                    self._apply_chunk(conn, ordered[start : start + _TRANSACTION], result)
        except HistoryError as exc:
            self._known = None  # part may be in: read it all again next time
            raise StoreError(str(exc)) from exc
        if self._known is not None and self._seen is not None:
            by_key = {r.key: r.version for r in records}
            self._known.update((key, by_key[key]) for key in result.applied)
            self._seen = (self._seen[0], self._db.raw().total_changes)
        return result

    def _apply_chunk(
        self, conn: sqlite3.Connection, records: Sequence[SyncRecord], result: ApplyResult
    ) -> None:
        """All of ``records`` at once; if the history refuses one, each alone, to find it."""
        done = ApplyResult()
        items: list[tuple[Any, ...]] = []
        conn.execute("SAVEPOINT chunk")
        try:
            for record in records:
                _apply_record(conn, record, done, items)
            conn.executemany(_INSERT_ITEM, items)  # the exercises of the chunk at once
        except sqlite3.IntegrityError:
            conn.execute("ROLLBACK TO chunk")
            done = ApplyResult()
            for record in records:
                self._apply_one(conn, record, done)
        finally:
            conn.execute("RELEASE chunk")
        result.applied += done.applied
        result.orphans += done.orphans
        result.refused += done.refused

    def _apply_one(self, conn: sqlite3.Connection, record: SyncRecord, result: ApplyResult) -> None:
        conn.execute("SAVEPOINT record")
        try:
            _apply_record(conn, record, result)
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK TO record")
            result.refused.append((record, f"the history refused it ({exc})"))
        finally:
            conn.execute("RELEASE record")


def _apply_record(
    conn: sqlite3.Connection,
    record: SyncRecord,
    result: ApplyResult,
    items: list[tuple[Any, ...]] | None = None,
) -> None:
    """Take in ``record`` if it is newer; a session's exercises go to ``items`` if given."""
    if record.key.kind is Kind.SESSION:
        applied: bool | None = _apply_session(conn, record, items)
    else:
        applied = _apply_checkin(conn, record)
        if applied is None:
            result.orphans.append(record)
    if applied:
        result.applied.append(record.key)


def _held(row: Any) -> Version:
    return _version(row[1], row[2], row[3])


def _apply_session(
    conn: sqlite3.Connection, record: SyncRecord, items: list[tuple[Any, ...]] | None
) -> bool:
    row = conn.execute(
        "SELECT id, updated_utc, deleted_utc, device_id, status FROM sessions WHERE uuid = ?",
        (record.key.uuid,),
    ).fetchone()
    # A session running here is this device's alone; nothing from elsewhere replaces it.
    if row is not None and (row[4] == "in_progress" or record.version <= _held(row)):
        return False
    version = record.version
    stamp, device = stamp_text(version.stamp_ms), version.device
    body = record.body
    if body is None:
        if row is None:
            return False
        conn.execute(
            "UPDATE sessions SET deleted_utc = ?1, updated_utc = ?1, device_id = ?2 WHERE id = ?3",
            (stamp, device, row[0]),
        )
        return True
    assert isinstance(body, SessionBody)
    values = (
        body.routine_id, body.routine_name, body.started_utc, body.tz_name,
        body.local_date.isoformat(), body.planned_seconds, body.active_seconds,
        body.credited_seconds, body.status,
    )  # fmt: skip
    if row is None:
        session_id = conn.execute(
            f"INSERT INTO sessions (uuid, device_id, updated_utc, {_SESSION_FIELDS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.key.uuid, device, stamp, *values),
        ).lastrowid
    else:
        session_id = row[0]
        conn.execute(
            "UPDATE sessions SET device_id = ?, updated_utc = ?, deleted_utc = NULL, "
            "routine_id = ?, routine_name = ?, started_utc = ?, tz_name = ?, local_date = ?, "
            "planned_seconds = ?, active_seconds = ?, credited_seconds = ?, status = ? "
            "WHERE id = ?",
            (device, stamp, *values, session_id),
        )
        conn.execute("DELETE FROM session_items WHERE session_id = ?", (session_id,))
    rows = [
        (session_id, i.item, i.exercise_id, i.exercise_name, i.planned_seconds,
         i.credited_seconds, i.outcome)
        for i in body.items
    ]  # fmt: skip
    if items is None:
        conn.executemany(_INSERT_ITEM, rows)
    else:
        items += rows
    return True


def _apply_checkin(conn: sqlite3.Connection, record: SyncRecord) -> bool | None:
    """True if taken in, False if not newer, None if its session is not here."""
    session = conn.execute("SELECT id FROM sessions WHERE uuid = ?", (record.key.uuid,)).fetchone()
    if session is None:
        return None
    row = conn.execute(
        "SELECT session_id, updated_utc, deleted_utc, device_id FROM checkins WHERE session_id = ?",
        (session[0],),
    ).fetchone()
    if row is not None and record.version <= _held(row):
        return False
    stamp, device = stamp_text(record.version.stamp_ms), record.version.device
    body = record.body
    if body is None:
        if row is None:
            return False
        conn.execute(
            "UPDATE checkins SET deleted_utc = ?1, updated_utc = ?1, device_id = ?2 "
            "WHERE session_id = ?3",
            (stamp, device, session[0]),
        )
        return True
    assert isinstance(body, CheckinBody)
    conn.execute(
        "INSERT INTO checkins (session_id, uuid, device_id, stiffness_before, stiffness_after, "
        "updated_utc) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
        "uuid = excluded.uuid, device_id = excluded.device_id, "
        "stiffness_before = excluded.stiffness_before, stiffness_after = excluded.stiffness_after, "
        "updated_utc = excluded.updated_utc, deleted_utc = NULL",
        (session[0], body.uuid, device, body.stiffness_before, body.stiffness_after, stamp),
    )
    return True


__all__ = ["HistoryRecords"]
