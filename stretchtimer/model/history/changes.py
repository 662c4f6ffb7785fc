"""Which sessions changed since a reader last looked, so that a page updates only those.

A :class:`ChangeCursor` is taken from the digest's keeper (:mod:`.digest`) as it stands:
the newest id and stamp it has summed, and how often it had to sum everything. Asked again
with that cursor, the reader names the sessions with a newer id or a stamp at or after it
(on the session or its check-in): the rows the keeper sums again, from the same query
(``digest.changed_rows``). When the keeper had to sum everything in between (a change the
stamps did not show, very many changes, a new file), nobody knows what changed: the
answer says so and the caller reads everything.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from stretchtimer.model.history.digest import changed_rows
from stretchtimer.model.history.records import SessionRecord


@dataclass(frozen=True)
class ChangeCursor:
    """Where a reader stands: the file's generation, the keeper's full sums, its marks."""

    generation: int
    full_sums: int
    top_id: int
    stamp: str


@dataclass(frozen=True)
class SessionChanges:
    """What changed since a cursor; ``known`` False means read everything again."""

    cursor: ChangeCursor
    known: bool
    ids: frozenset[int] = frozenset()  # every changed session, deleted ones too
    records: tuple[SessionRecord, ...] = ()  # those of them that are live


def changed_ids(conn: sqlite3.Connection, since: ChangeCursor) -> set[int] | None:
    """The sessions changed since ``since``, or None when they are too many to list."""
    changed = changed_rows(conn, since.top_id, since.stamp)
    if changed is None:
        return None
    sessions, rated = changed
    return {int(r[0]) for r in sessions} | {int(r[0]) for r in rated}


__all__ = ["ChangeCursor", "SessionChanges", "changed_ids"]
