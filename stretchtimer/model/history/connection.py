"""The history's one connection: a transaction per write, failures worded for the user.

The readers, the writers and the migrations of a store all work through the same
:class:`HistoryConnection`; none of them holds a ``sqlite3.Connection`` of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from stretchtimer.model.history.files import error_name, is_read_only
from stretchtimer.model.history.records import HistoryError, HistoryWriteError


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a time stored in the history must carry its time zone: {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class HistoryConnection:
    """An open history file and the clock that stamps its changes."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.read_only = read_only
        self._now = now
        self.generation = 0  # moves on with each file adopted: the same path, another file

    def adopt(self, conn: sqlite3.Connection, *, read_only: bool) -> None:
        """Go on with another file at the same path (one started after damage)."""
        self.close()
        self._conn = conn
        self.read_only = read_only
        self.generation += 1

    def raw(self) -> sqlite3.Connection:
        """The SQLite connection itself; raises :class:`HistoryError` once closed."""
        if self._conn is None:
            raise HistoryError("The history is closed.")
        return self._conn

    def now(self) -> datetime:
        return self._now()

    def stamp(self) -> str:
        """Now, as the history stores times."""
        return utc_text(self._now())

    def write_error(self, exc: sqlite3.Error) -> HistoryWriteError:
        name = error_name(exc)
        if name.startswith("SQLITE_FULL"):
            why = "the disk is full"
        elif is_read_only(exc):
            why = "the history file or its folder is read-only"
        elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            why = "another StretchTimer is writing to it"
        else:
            why = str(exc)
        return HistoryWriteError(f"Could not save to the history at {self.path}: {why}.")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = self.raw()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise HistoryError(f"The history at {self.path} could not be read: {exc}.") from exc

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction: all of it is saved, or none of it."""
        conn = self.raw()
        if self.read_only:
            raise HistoryWriteError(
                f"Could not save to the history at {self.path}: it is read-only."
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.write_error(exc) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                # A failed COMMIT may have ended it already; either way the write is not there.
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError):
                raise HistoryError(f"The history refused a value: {exc}.") from exc
            if isinstance(exc, sqlite3.Error):
                raise self.write_error(exc) from exc
            raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


__all__ = ["HistoryConnection", "utc_now", "utc_text"]
