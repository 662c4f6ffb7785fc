"""Connecting to the history file, checking it, and moving a damaged one aside.

The check goes through a read-only connection, so it changes nothing on disk; a damaged
file is renamed together with its ``-wal``/``-shm`` companions, never overwritten.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from stretchtimer.model.history.records import HistoryError

BUSY_TIMEOUT_SECONDS = 2.0
_INTEGRITY_MESSAGES = 5


def error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _is_corruption(exc: sqlite3.Error) -> bool:
    name = error_name(exc)
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def is_read_only(exc: sqlite3.Error) -> bool:
    return error_name(exc).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"))


class DamagedError(Exception):
    """The file is not a usable StretchTimer history; the text says why."""


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection set up for durability, or a read-only one.

    A read-only connection first tries the normal way, which needs the folder to be
    writable for WAL's shared-memory file. In a folder it cannot write, and when no log is
    waiting to be applied, the file is read as immutable instead: nothing else can be
    changing it there.
    """
    modes = ["ro", "ro&immutable=1"] if read_only else ["rwc"]
    for mode in modes:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_SECONDS,
            check_same_thread=True,
        )
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            wal = Path(f"{path}-wal")
            log_waiting = wal.exists() and wal.stat().st_size > 0
            if mode == "ro" and is_read_only(exc) and not log_waiting:
                continue
            raise
        except BaseException:
            conn.close()
            raise
        return conn
    raise AssertionError("unreachable: the last mode either returns or raises")


def _check(conn: sqlite3.Connection) -> int | None:
    """The file's schema version (``None`` for an empty file); raises ``DamagedError``."""
    try:
        rows = conn.execute(f"PRAGMA integrity_check({_INTEGRITY_MESSAGES})").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise DamagedError("integrity check failed: " + "; ".join(str(r[0]) for r in rows))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "schema_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DamagedError("it is an SQLite file, but not a StretchTimer history")
            return None
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            raise DamagedError(str(exc)) from exc
        raise
    if not isinstance(version, int):
        raise DamagedError("its schema version is missing")
    return version


def move_aside(path: Path, when: datetime) -> Path:
    """Rename a damaged file and its companions out of the way, keeping them as a set."""
    stem = f"{path.name}.corrupt-{when.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    aside = path.with_name(stem)
    n = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", "-wal", "-shm", "-journal")):
        aside = path.with_name(f"{stem}-{n}")
        n += 1
    # Companions first: a stale -wal beside a fresh file would be replayed into it.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(f"{aside}{suffix}")
    path.rename(aside)
    return aside


def probe(path: Path) -> int | None:
    """Check an existing file and return its schema version, changing nothing on disk.

    A read-only connection never checkpoints or deletes the ``-wal`` log, so when the file
    turns out to be damaged its log is still there to be kept with it.
    """
    if not path.exists():
        return None
    if not path.is_file():
        raise HistoryError(f"The history at {path} is not a file.")
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        if _is_corruption(exc):
            raise DamagedError(str(exc)) from exc
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc
    try:
        return _check(conn)
    except sqlite3.Error as exc:
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc
    finally:
        conn.close()


def open_for_use(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Connect read-write, or read-only when the file or its folder cannot be written."""
    try:
        return _connect(path, read_only=False), False
    except sqlite3.Error as exc:
        if not (is_read_only(exc) and path.is_file()):
            raise HistoryError(f"The history at {path} cannot be opened: {exc}.") from exc
    try:
        return _connect(path, read_only=True), True
    except sqlite3.Error as exc:
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc


__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "DamagedError",
    "error_name",
    "is_read_only",
    "move_aside",
    "open_for_use",
    "probe",
]
