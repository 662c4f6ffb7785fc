"""The sessions the history page shows (the calendar's year, the recent list), kept between
refreshes and brought up to date by the sessions that changed rather than read again."""

from __future__ import annotations

from datetime import date, datetime

from stretchtimer.model.history import HistoryStore, SessionRecord
from stretchtimer.model.history.changes import ChangeCursor, SessionChanges


def _order(record: SessionRecord) -> tuple[datetime, int]:
    return record.started_utc, record.id


class KeptSessions:
    """The year since a day and the newest ``limit`` sessions, as of the store's digest.

    ``full_reads`` counts how often both were read whole (for tests and benches).
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._cursor: ChangeCursor | None = None
        self._since: date | None = None
        self.year: dict[int, SessionRecord] = {}
        self.recent: list[SessionRecord] = []  # newest first
        self.full_reads = 0

    def forget(self) -> None:
        """Read everything next time (a read failed part-way)."""
        self._cursor = None

    def update(self, store: HistoryStore, since: date) -> None:
        """Catch up with ``store`` (call after its ``digest()``); the year starts ``since``.

        Raises:
            HistoryError: the store could not be read (what is kept is then unchanged).
        """
        changes = store.changes(self._cursor if since == self._since else None)
        if not changes.known:
            year = {r.id: r for r in store.sessions(since=since)}
            recent = store.sessions(limit=self._limit)
            self.full_reads += 1
        else:
            year = dict(self.year)
            for session_id in changes.ids:
                year.pop(session_id, None)
            year.update((r.id, r) for r in changes.records if r.local_date >= since)
            recent = self._merged(changes) or store.sessions(limit=self._limit)
        self.year, self.recent = year, recent
        self._cursor, self._since = changes.cursor, since

    def _merged(self, changes: SessionChanges) -> list[SessionRecord] | None:
        """The recent list with the changes in it, or None when it must be read again."""
        kept = [r for r in self.recent if r.id not in changes.ids]
        if len(self.recent) < self._limit:  # the list held every session there was
            return sorted([*kept, *changes.records], key=_order, reverse=True)[: self._limit]
        # A full list is known down to its oldest row; below that there are rows not kept.
        bound = _order(self.recent[-1])
        merged = [*kept, *(r for r in changes.records if _order(r) >= bound)]
        if len(merged) < self._limit:
            return None
        return sorted(merged, key=_order, reverse=True)[: self._limit]


__all__ = ["KeptSessions"]
