"""The history's one connection: a transaction per write, failures worded for the user."""

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
    """An open history file; :class:`~stretchtimer.model.history.HistoryStore` builds on it."""

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

    # ----- plumbing ----------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise HistoryError("The history is closed.")
        return self._conn

    def _stamp(self) -> str:
        return utc_text(self._now())

    def _write_error(self, exc: sqlite3.Error) -> HistoryWriteError:
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
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise HistoryError(f"The history at {self.path} could not be read: {exc}.") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        if self.read_only:
            raise HistoryWriteError(
                f"Could not save to the history at {self.path}: it is read-only."
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from exc
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
                raise self._write_error(exc) from exc
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
