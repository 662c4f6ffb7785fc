"""Session history in SQLite: the record of every session, kept safe across crashes.

The history is personal health data, so the store is careful in the ways that matter:
WAL with ``synchronous=FULL`` and one ``BEGIN IMMEDIATE`` transaction per write (a kill or a
power cut loses at most the write in flight, never earlier ones), ``CHECK`` constraints on
every column, forward migrations recorded in ``schema_version``, and a file written by a
newer StretchTimer is refused rather than touched. A damaged file is never overwritten: it
is moved aside together with its ``-wal``/``-shm`` companions and a fresh history starts.
From schema version 2 every session and check-in carries a UUID, the id of the device that
last changed it and ``updated_utc``, and a delete is a tombstone, so records can travel
between a user's machines. A row that breaks a rule (a hand edit) is left out of every read
and described by :meth:`HistoryStore.problems`.

Writes that fail because the disk is full or read-only raise :class:`HistoryWriteError`.
``checkpoint`` and ``finish`` always carry the whole state so far, so retrying the newest
one is enough; :class:`PendingWrites` does that bookkeeping for a running session.

The parts, a module each: ``connection`` (the one connection and its transactions),
``reads``, ``writes``, ``problems`` (rows that break a rule), ``files`` (checking, moving
aside, backing up), ``rules``, ``schema`` and ``migrations``, and ``store``, the
:class:`HistoryStore` that holds them. Records and errors are in ``records``. Every public
name is importable from here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from stretchtimer.model.session import SessionStatus

# Each name is loaded from its module on first use: the records and the time zone are
# wanted by the first screen, the store (with sqlite3 and the migrations) only later.
_HOMES = {
    "Check": "files",
    "MIGRATIONS": "migrations",
    "SCHEMA_VERSION": "migrations",
    "PendingWrites": "pending",
    "HistoryError": "records",
    "HistoryDamagedError": "records",
    "HistoryWriteError": "records",
    "ItemRecord": "records",
    "RecordStatus": "records",
    "RowProblem": "records",
    "RowProblems": "records",
    "SessionRecord": "records",
    "SessionSnapshot": "records",
    "HistoryStore": "store",
    "system_tz_name": "zones",
}

if TYPE_CHECKING:
    from stretchtimer.model.history.files import Check
    from stretchtimer.model.history.migrations import MIGRATIONS, SCHEMA_VERSION
    from stretchtimer.model.history.pending import PendingWrites
    from stretchtimer.model.history.records import (
        HistoryDamagedError,
        HistoryError,
        HistoryWriteError,
        ItemRecord,
        RecordStatus,
        RowProblem,
        RowProblems,
        SessionRecord,
        SessionSnapshot,
    )
    from stretchtimer.model.history.store import HistoryStore
    from stretchtimer.model.history.zones import system_tz_name


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Check",
    "HistoryDamagedError",
    "HistoryError",
    "HistoryStore",
    "HistoryWriteError",
    "ItemRecord",
    "PendingWrites",
    "RecordStatus",
    "RowProblem",
    "RowProblems",
    "SessionRecord",
    "SessionSnapshot",
    "SessionStatus",
    "system_tz_name",
]
