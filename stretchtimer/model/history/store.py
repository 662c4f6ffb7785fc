"""The history store: one connection, with its reader, writer and migrations over it.

:class:`HistoryStore` opens a file safely (:mod:`~stretchtimer.model.history.files`),
brings it up to date (:mod:`~stretchtimer.model.history.migrations`) and hands each call
on to the part that does it; it holds no logic of its own beyond opening.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from types import EllipsisType, TracebackType
from typing import Self

from stretchtimer.model.history import migrations
from stretchtimer.model.history.changes import ChangeCursor, SessionChanges
from stretchtimer.model.history.connection import HistoryConnection, utc_now
from stretchtimer.model.history.files import (
    Check,
    DamagedError,
    backup,
    move_aside,
    open_for_use,
    probe,
)
from stretchtimer.model.history.problems import SHOWN
from stretchtimer.model.history.reads import HistoryReader
from stretchtimer.model.history.records import (
    HistoryDamagedError,
    HistoryError,
    ItemRecord,
    RowProblems,
    SessionRecord,
    SessionSnapshot,
)
from stretchtimer.model.history.writes import HistoryWriter, device_id
from stretchtimer.model.session import SessionSummary
from stretchtimer.model.streaks import DayActivity, HistoryDigest
from stretchtimer.paths import ensure_private_dir


def _damaged(path: Path, damage: DamagedError, now: Callable[[], datetime]) -> str:
    try:
        aside = move_aside(path, now())
    except OSError as exc:
        raise HistoryError(
            f"The history at {path} is damaged ({damage}) and could not be moved "
            f"aside ({exc}); it was left untouched."
        ) from exc
    return (
        f"The history file was damaged and could not be read ({damage}). It was kept as "
        f"{aside} and a new, empty history was started."
    )


class HistoryStore:
    """The history file. Open it with :meth:`open`; every write is one transaction.

    ``connection``, ``reads`` and ``writes`` are the parts; the methods here are theirs.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.connection = HistoryConnection(conn, path, read_only=read_only, now=now)
        self.reads = HistoryReader(self.connection)
        self.writes = HistoryWriter(self.connection, self.reads)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        now: Callable[[], datetime] = utc_now,
        check: Check = Check.FULL,
        move_damaged: bool = True,
    ) -> tuple[HistoryStore, list[str]]:
        """Open (or create) the history at ``path``; also returns notices for the user.

        ``check`` is how thoroughly the file is checked first (see :mod:`.clean_exit`).
        A damaged file is moved aside and a new history started, unless ``move_damaged``
        is False: then it is left as it is for the connection that owns it to do that
        (:meth:`replace_damaged`), since a file moved under an open connection is not
        the only thing that moves.

        Raises:
            HistoryDamagedError: the file is damaged and ``move_damaged`` is False.
            HistoryError: the file was written by a newer StretchTimer (it is left as it
                is), or it cannot be opened or created at all.
        """
        path = Path(path)
        try:
            ensure_private_dir(path.parent)
        except OSError as exc:
            if not path.parent.is_dir():
                raise HistoryError(
                    f"The history folder {path.parent} cannot be created: {exc}."
                ) from exc
        notices: list[str] = []
        try:
            version = probe(path, check)
        except DamagedError as damage:
            if not move_damaged:
                raise HistoryDamagedError(
                    f"The history at {path} is damaged ({damage})."
                ) from damage
            notices.append(_damaged(path, damage, now))
            version = None
        latest = migrations.SCHEMA_VERSION
        if version is not None and version > latest:
            raise HistoryError(
                f"The history at {path} was written by a newer version of StretchTimer "
                f"(history format {version}; this version reads up to {latest}). "
                "It was left untouched; update StretchTimer to see and add to it."
            )
        conn, read_only = open_for_use(path)
        store = cls(conn, path, read_only=read_only, now=now)
        if read_only:
            if (version or 0) < latest:
                conn.close()
                raise HistoryError(f"The history at {path} is read-only and needs an upgrade.")
            notices.append(
                f"The history at {path} is read-only: past sessions are shown, "
                "but new ones cannot be saved."
            )
        elif (version or 0) < latest:
            try:
                notices.extend(store._upgrade(version))
            except BaseException:
                store.close()
                raise
            if version is None:
                # Best effort: on a filesystem without modes the private folder still protects it.
                with suppress(OSError):
                    path.chmod(0o600)
        return store, notices

    def replace_damaged(self, damage: str) -> list[str]:
        """A check after opening found this file damaged: keep it aside, start a new one.

        What :meth:`open` does with a damaged file, for a store that is open already and
        whose readers hold it: this connection is closed first (SQLite tidies a log by
        its name as it closes, which after the move would be the new file's), the file
        and its companions are renamed, and the store goes on with a new, empty history.
        Returns the notices for the person.

        Raises:
            HistoryError: the file could not be moved aside (it is left untouched and
                the store stays closed) or the new one could not be made.
        """
        path = self.path
        self.connection.close()
        notices = [_damaged(path, DamagedError(damage), self.connection.now)]
        conn, read_only = open_for_use(path)
        self.connection.adopt(conn, read_only=read_only)
        self.reads = HistoryReader(self.connection)
        self.writes = HistoryWriter(self.connection, self.reads)
        if not read_only:
            notices.extend(self._upgrade(None))
            with suppress(OSError):
                path.chmod(0o600)
        return notices

    def _upgrade(self, version: int | None) -> list[str]:
        notices = []
        if version:
            # A copy first: the migration is one transaction, the copy guards against its rules.
            try:
                backup(self.connection.raw(), self.path, version, self.connection.now())
            except (OSError, sqlite3.Error) as exc:
                notices.append(
                    f"No copy of the history at {self.path} could be kept before updating its "
                    f"format ({exc}); it was updated all the same."
                )
        migrations.migrate(self.connection)
        return notices

    # ----- the file ----------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.connection.path

    @property
    def read_only(self) -> bool:
        return self.connection.read_only

    @property
    def device_id(self) -> str | None:
        """This data folder's device id, stamped on every record it writes."""
        with self.connection.read() as conn:
            return device_id(conn)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ----- reads -------------------------------------------------------------------------
    def session(self, session_id: int) -> SessionRecord | None:
        return self.reads.session(session_id)

    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[SessionRecord]:
        """Stored sessions with ``since <= local_date <= until``, by start time."""
        return self.reads.sessions(since=since, until=until, limit=limit, newest_first=newest_first)

    def items(self, session_id: int) -> list[ItemRecord]:
        return self.reads.items(session_id)

    def all_items(self) -> dict[int, list[ItemRecord]]:
        """Every session's exercises, keyed by session id (for export)."""
        return self.reads.all_items()

    def day_totals(self, since: date | None = None) -> dict[date, DayActivity]:
        return self.reads.day_totals(since)

    def change_mark(self) -> tuple[int, int, int]:
        """Differs whenever the file changed since it was last taken (see the reader's)."""
        return self.reads.change_mark()

    def digest(self) -> HistoryDigest:
        """The totals :func:`~stretchtimer.model.streaks.stats_from_digest` needs."""
        return self.reads.digest()

    def changes(self, since: ChangeCursor | None) -> SessionChanges:
        """The sessions changed since ``since`` (a cursor from an earlier answer), as of
        the last :meth:`digest`; see :mod:`~stretchtimer.model.history.changes`."""
        return self.reads.changes(since)

    def problems(self, limit: int = SHOWN) -> RowProblems:
        """The rows that break a rule, which every read leaves out (cheap: an index)."""
        return self.reads.problems(limit)

    def schema_version(self) -> int:
        return self.reads.schema_version()

    # ----- writes ------------------------------------------------------------------------
    def begin_session(  # noqa: PLR0917 (the order the window calls it in)
        self,
        routine_id: str,
        routine_name: str,
        started_utc: datetime,
        tz_name: str,
        local_date: date,
        planned_seconds: float,
    ) -> int:
        """Record that a session started; returns its id."""
        return self.writes.begin_session(
            routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds
        )

    def checkpoint(self, session_id: int, summary: SessionSummary) -> None:
        """Save the credit so far; the session stays in progress. Safe to repeat."""
        self.writes.checkpoint(session_id, summary)

    def finish(self, session_id: int, summary: SessionSummary) -> None:
        """Save the final state (completed or stopped) and its exercises. Safe to repeat."""
        self.writes.finish(session_id, summary)

    def close_interrupted(self) -> int:
        """At start-up: sessions left in progress by a crash keep their last credit."""
        return self.writes.close_interrupted()

    def set_checkin(
        self,
        session_id: int,
        *,
        before: int | EllipsisType | None = ...,
        after: int | EllipsisType | None = ...,
    ) -> None:
        """Set the 0–10 stiffness ratings; a rating left out keeps its value, ``None`` clears it."""
        self.writes.set_checkin(session_id, before=before, after=after)

    def delete_session(self, session_id: int) -> SessionSnapshot:
        """Delete a finished session; returns what :meth:`restore_session` needs to undo it."""
        return self.writes.delete_session(session_id)

    def restore_session(self, snapshot: SessionSnapshot) -> None:
        """Undo :meth:`delete_session`: the same session, id and UUID, back in the history."""
        self.writes.restore_session(snapshot)


__all__ = ["HistoryStore"]
