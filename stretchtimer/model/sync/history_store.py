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
_SESSION_FIELDS = (
    "routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds, "
    "active_seconds, credited_seconds, status"
)
_ITEM_FIELDS = "item, exercise_id, exercise_name, planned_seconds, credited_seconds, outcome"
_TRAVELS = "s.status <> 'in_progress' AND s.valid"


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
    """:class:`~stretchtimer.model.sync.store.RecordStore` over an open :class:`HistoryStore`."""

    def __init__(self, store: HistoryStore) -> None:
        self._db = store.connection
        self._writes = store.writes

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
                sessions = conn.execute(
                    "SELECT s.uuid, s.updated_utc, s.deleted_utc, s.device_id FROM sessions s "
                    f"WHERE {_TRAVELS}"
                ).fetchall()
                checkins = conn.execute(
                    "SELECT s.uuid, c.updated_utc, c.deleted_utc, c.device_id FROM checkins c "
                    f"JOIN sessions s ON s.id = c.session_id WHERE {_TRAVELS} AND c.valid"
                ).fetchall()
        except HistoryError as exc:
            raise StoreError(str(exc)) from exc
        found = {Key(Kind.SESSION, r[0]): _version(r[1], r[2], r[3]) for r in sessions}
        found.update((Key(Kind.CHECKIN, r[0]), _version(r[1], r[2], r[3])) for r in checkins)
        return found

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
            # Short transactions, so a rating or a delete made meanwhile waits milliseconds
            # for the lock, not the seconds a first merge of years of history takes.
            for start in range(0, len(ordered), _CHUNK):
                with self._db.write() as conn:
                    for record in ordered[start : start + _CHUNK]:
                        self._apply_one(conn, record, result)
        except HistoryError as exc:
            raise StoreError(str(exc)) from exc
        return result

    def _apply_one(self, conn: sqlite3.Connection, record: SyncRecord, result: ApplyResult) -> None:
        conn.execute("SAVEPOINT record")
        applied: bool | None
        try:
            if record.key.kind is Kind.SESSION:
                applied = _apply_session(conn, record)
            else:
                applied = _apply_checkin(conn, record)
                if applied is None:
                    result.orphans.append(record)
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK TO record")
            result.refused.append((record, f"the history refused it ({exc})"))
            applied = False
        finally:
            conn.execute("RELEASE record")
        if applied:
            result.applied.append(record.key)


def _held(row: Any) -> Version:
    return _version(row[1], row[2], row[3])


def _apply_session(conn: sqlite3.Connection, record: SyncRecord) -> bool:
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
    conn.executemany(
        f"INSERT INTO session_items (session_id, {_ITEM_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (session_id, i.item, i.exercise_id, i.exercise_name, i.planned_seconds,
             i.credited_seconds, i.outcome)
            for i in body.items
        ],
    )  # fmt: skip
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
