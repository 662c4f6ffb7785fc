"""The local history as the merge sees it, and an in-memory one for tests and benches.

The merge needs three things of a history (:class:`RecordStore`): the version of every
record it holds, the records for some keys, and a way to take in newer versions. The
SQLite history provides them over its own tables; :class:`MemoryStore` keeps them in
dictionaries and also offers the local writes (record, rate, delete, undo) the way the
real history makes them, with :func:`~stretchtimer.model.sync.records.next_stamp`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from stretchtimer.model.sync.records import (
    CheckinBody,
    Key,
    Kind,
    SessionBody,
    SyncRecord,
    Version,
    next_stamp,
)


class StoreError(Exception):
    """The local history could not be read or written; nothing of the merge was kept."""


@dataclass
class ApplyResult:
    """What :meth:`RecordStore.apply` did.

    ``applied``: the keys taken in. ``orphans``: check-ins of sessions not here (yet).
    ``refused``: records the history would not hold, with why (named for the person).
    """

    applied: list[Key] = field(default_factory=list)
    orphans: list[SyncRecord] = field(default_factory=list)
    refused: list[tuple[SyncRecord, str]] = field(default_factory=list)


class RecordStore(Protocol):
    """The local history, for the merge.

    ``versions`` lists what may travel: every session that is no longer in progress
    (tombstones included) and the check-ins of those sessions. ``apply`` takes in each
    record only if it is newer than what the history holds *at that moment* (a local write
    may have happened since ``versions``), a tombstone only for a session it holds, a
    check-in only for a session it holds; each record whole or not at all.
    """

    def versions(self) -> dict[Key, Version]: ...
    def records(self, keys: Collection[Key]) -> list[SyncRecord]: ...
    def apply(self, records: Sequence[SyncRecord]) -> ApplyResult: ...
    def token(self) -> object:
        """Equal to an earlier token only if nothing was written since (apply included)."""
        ...


@dataclass
class _Row:
    version: Version
    body: SessionBody | CheckinBody  # kept under a tombstone too, so undo can restore it


class MemoryStore:
    """A history in memory: the same rules as the SQLite one, for tests and benches."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.rows: dict[Key, _Row] = {}
        self._writes = 0

    # ----- local writes, as the history makes them ------------------------------------------
    def _write(
        self, key: Key, body: SessionBody | CheckinBody, now_ms: int, deleted: bool
    ) -> Version:
        previous = self.rows.get(key)
        version = Version(
            next_stamp(now_ms, previous.version if previous else None), deleted, self.device
        )
        self.rows[key] = _Row(version, body)
        self._writes += 1
        return version

    def add_session(self, uuid: str, body: SessionBody, now_ms: int) -> Version:
        return self._write(Key(Kind.SESSION, uuid), body, now_ms, False)

    def set_checkin(
        self,
        session_uuid: str,
        checkin_uuid: str,
        before: int | None,
        after: int | None,
        now_ms: int,
    ) -> Version:
        key = Key(Kind.CHECKIN, session_uuid)
        if Key(Kind.SESSION, session_uuid) not in self.rows:
            raise KeyError(session_uuid)
        row = self.rows.get(key)
        own_uuid = row.body.uuid if row and isinstance(row.body, CheckinBody) else checkin_uuid
        return self._write(key, CheckinBody(own_uuid, before, after), now_ms, False)

    def delete(self, uuid: str, now_ms: int) -> Version:
        row = self.rows[Key(Kind.SESSION, uuid)]
        return self._write(Key(Kind.SESSION, uuid), row.body, now_ms, True)

    def undo_delete(self, uuid: str, now_ms: int) -> Version:
        row = self.rows[Key(Kind.SESSION, uuid)]
        return self._write(Key(Kind.SESSION, uuid), row.body, now_ms, False)

    # ----- what people see ---------------------------------------------------------------------
    def visible(self) -> dict[str, tuple[SessionBody, CheckinBody | None]]:
        """Every session not deleted, with its ratings (the check-in's own uuid left out)."""
        shown: dict[str, tuple[SessionBody, CheckinBody | None]] = {}
        for key, row in self.rows.items():
            if key.kind is Kind.SESSION and not row.version.deleted:
                assert isinstance(row.body, SessionBody)
                checkin = self.rows.get(Key(Kind.CHECKIN, key.uuid))
                rating = None
                if checkin is not None and not checkin.version.deleted:
                    assert isinstance(checkin.body, CheckinBody)
                    rating = replace(checkin.body, uuid="")
                shown[key.uuid] = (row.body, rating)
        return shown

    # ----- the RecordStore protocol -----------------------------------------------------------
    def versions(self) -> dict[Key, Version]:
        return {key: row.version for key, row in self.rows.items()}

    def token(self) -> object:
        return self._writes

    def records(self, keys: Collection[Key]) -> list[SyncRecord]:
        found = []
        for key in keys:
            row = self.rows.get(key)
            if row is not None:
                body = None if row.version.deleted else row.body
                found.append(SyncRecord(key, row.version, body))
        return found

    def apply(self, records: Sequence[SyncRecord]) -> ApplyResult:
        result = ApplyResult()
        for record in sorted(records, key=lambda r: r.key.kind is Kind.CHECKIN):
            key = record.key
            row = self.rows.get(key)
            if row is not None and record.version <= row.version:
                continue
            if key.kind is Kind.CHECKIN and Key(Kind.SESSION, key.uuid) not in self.rows:
                result.orphans.append(record)
                continue
            if record.body is None:
                if row is None:
                    continue  # a tombstone for something never here: nothing to hide
                self.rows[key] = _Row(record.version, row.body)
            else:
                self.rows[key] = _Row(record.version, record.body)
            result.applied.append(key)
        self._writes += bool(result.applied)
        return result


__all__ = ["ApplyResult", "MemoryStore", "RecordStore", "StoreError"]
